//! Template sets: parsing named templates, defining, looking up and executing them.
//!
//! A [`Templates`] set is Go's `*template.Template` with its associated templates: every
//! `parse` adds the text's top-level template and its `{{define}}`s to the set (a later
//! definition of a name replaces the earlier one, an empty one never replaces a non-empty one).
//! Parsed trees are shared, so cloning a set is cheap.

use foldhash::{HashMap, HashMapExt};
use std::rc::Rc;

use crate::ast::is_empty_tree;
use crate::builtins;
use crate::error::Error;
use crate::exec;
use crate::func::FuncMap;
use crate::lex::go_quote;
use crate::parse::{self, Tree};
use crate::value::Value;

/// What a field lookup of a missing map key yields (Go's `missingkey` option).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MissingKey {
    /// `missingkey=default` or `missingkey=invalid`: no value (an action prints `<no value>`).
    #[default]
    Default,
    /// `missingkey=zero`: the zero value of the map's element type.
    Zero,
    /// `missingkey=error`: execution stops with `map has no entry for key "x"`.
    Error,
}

/// Parses texts for a [`Templates`] set on any thread (see [`Templates::parser`]). Two
/// parsers are equal when they parse every text alike (same delimiters and function names).
#[derive(PartialEq)]
pub struct Parser {
    left_delim: String,
    right_delim: String,
    functions: foldhash::HashSet<String>,
}

/// The templates one text defines, parsed but not yet added to a set.
#[derive(Clone)]
pub struct Parsed {
    name: String,
    trees: HashMap<String, Tree>,
}

impl Parsed {
    /// What parsing the same text as the template `name` gives, without parsing it again: the
    /// same bodies, the top-level tree under `name`, and `name` in every error location.
    /// `None` when a tree the text defines is itself named `name` (parse the text again then).
    pub fn renamed(&self, name: &str) -> Option<Parsed> {
        if name != self.name && self.trees.contains_key(name) {
            return None;
        }
        let parse_name: std::sync::Arc<str> = std::sync::Arc::from(name);
        let trees = self
            .trees
            .iter()
            .map(|(tname, tree)| {
                let tname = if *tname == self.name { name } else { tname };
                let tree = Tree {
                    name: tname.to_string(),
                    parse_name: parse_name.clone(),
                    text: tree.text.clone(),
                    root: tree.root.clone(),
                };
                (tname.to_string(), tree)
            })
            .collect();
        Some(Parsed {
            name: name.to_string(),
            trees,
        })
    }
}

impl Parser {
    /// Parses `text` as the template `name`, as [`Templates::parse`] does.
    pub fn parse(&self, name: &str, text: &str) -> Result<Parsed, Error> {
        let has = |f: &str| self.functions.contains(f);
        let trees = parse::parse(name, text, &self.left_delim, &self.right_delim, &has)?;
        Ok(Parsed {
            name: name.to_string(),
            trees,
        })
    }
}

/// A set of named templates sharing functions and options.
#[derive(Clone)]
pub struct Templates {
    name: Rc<str>,
    pub(crate) funcs: Rc<FuncMap>,
    pub(crate) builtins: Rc<FuncMap>,
    pub(crate) trees: HashMap<String, Rc<Tree>>,
    pub(crate) missing_key: MissingKey,
    left_delim: String,
    right_delim: String,
    pub(crate) max_stack: Option<usize>,
}

/// The stack space an execution may use before it fails as Go does at its depth limit, where
/// the thread's stack size cannot be read and no limit was set.
pub const DEFAULT_MAX_STACK: usize = 1 << 20;

impl Templates {
    /// A new, empty set named `name` (the name Go reports in `no template "x" associated with
    /// template "NAME"`), calling `funcs` in addition to the builtins.
    pub fn new(name: &str, funcs: FuncMap) -> Templates {
        Templates {
            name: Rc::from(name),
            funcs: Rc::new(funcs),
            builtins: Rc::new(builtins::builtins()),
            trees: HashMap::new(),
            missing_key: MissingKey::Default,
            left_delim: String::new(),
            right_delim: String::new(),
            max_stack: None,
        }
    }

    /// The set's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Sets the `missingkey` option.
    pub fn set_missing_key(&mut self, mk: MissingKey) {
        self.missing_key = mk;
    }

    /// What a missing map key yields (`missingkey=` option).
    pub fn missing_key(&self) -> MissingKey {
        self.missing_key
    }

    /// Sets the action delimiters for later `parse` calls; empty strings mean `{{` and `}}`.
    pub fn set_delims(&mut self, left: &str, right: &str) {
        self.left_delim = left.to_string();
        self.right_delim = right.to_string();
    }

    /// Limits the native stack an execution (with nested `template` calls and functions such
    /// as Helm's `include`) may use; past it execution fails with Go's `exceeded maximum
    /// template depth (100000)`. Without a limit, on Linux with glibc the thread's real stack
    /// end is used (keeping a safety margin), elsewhere [`DEFAULT_MAX_STACK`]. Deep recursion
    /// needs a thread with a big stack: about 3 KiB per nested `include` in release builds.
    pub fn set_max_stack_bytes(&mut self, bytes: usize) {
        self.max_stack = Some(bytes);
    }

    /// The functions templates of this set can call (without the builtins).
    pub fn funcs(&self) -> &FuncMap {
        &self.funcs
    }

    /// Adds or replaces functions; affects later parses and executions.
    pub fn add_funcs(&mut self, funcs: FuncMap) {
        Rc::make_mut(&mut self.funcs).extend(funcs);
    }

    /// Whether `name` is a function of the set or a builtin.
    pub fn has_function(&self, name: &str) -> bool {
        self.funcs.contains(name) || self.builtins.contains(name)
    }

    /// Parses `text` as the template `name`, adding it and every template it defines to the
    /// set. On error nothing is added. `text` is template text: bytes that are not UTF-8 are
    /// escaped ([`crate::gostr::from_bytes`] of a template file's bytes).
    pub fn parse(&mut self, name: &str, text: &str) -> Result<(), Error> {
        self.parse_top(name, text).map(|_| ())
    }

    /// Like [`Templates::parse`], returning the text's own top-level tree. That tree is what
    /// Go executes for the new template even when the set keeps an earlier, non-empty template
    /// of the same name (an empty tree never replaces one).
    pub(crate) fn parse_top(&mut self, name: &str, text: &str) -> Result<Rc<Tree>, Error> {
        let trees = {
            let has = |f: &str| self.has_function(f);
            parse::parse(name, text, &self.left_delim, &self.right_delim, &has)?
        };
        self.insert_trees(name, trees)
    }

    /// What parsing needs from this set (delimiters, function names), detached from it so that
    /// texts can be parsed on other threads and then added with [`Templates::add_parsed`].
    pub fn parser(&self) -> Parser {
        Parser {
            left_delim: self.left_delim.clone(),
            right_delim: self.right_delim.clone(),
            functions: self
                .funcs
                .names()
                .chain(self.builtins.names())
                .map(str::to_string)
                .collect(),
        }
    }

    /// Adds what [`Parser::parse`] made of a text, exactly as [`Templates::parse`] of that text
    /// would have.
    pub fn add_parsed(&mut self, parsed: Parsed) -> Result<(), Error> {
        self.insert_trees(&parsed.name, parsed.trees).map(|_| ())
    }

    fn insert_trees(
        &mut self,
        name: &str,
        trees: HashMap<String, Tree>,
    ) -> Result<Rc<Tree>, Error> {
        let mut top = None;
        for (tname, tree) in trees {
            let tree = Rc::new(tree);
            if tname == name {
                top = Some(tree.clone());
            }
            if self.trees.contains_key(&tname) && is_empty_tree(&tree.root) {
                continue;
            }
            self.trees.insert(tname, tree);
        }
        top.ok_or_else(|| Error::Other(format!("template: {name}: no tree after parsing")))
    }

    /// Whether the set has a template named `name`.
    pub fn has_template(&self, name: &str) -> bool {
        self.trees.contains_key(name)
    }

    /// The parsed template `name`.
    pub fn lookup(&self, name: &str) -> Option<&Tree> {
        self.trees.get(name).map(|t| &**t)
    }

    /// The names of the templates in the set, in no particular order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.trees.keys().map(String::as_str)
    }

    /// Executes the template `name` with `data` as dot and returns its output.
    pub fn execute(&self, name: &str, data: &Value) -> Result<String, Error> {
        let mut out = String::new();
        self.execute_into(name, data, &mut out)?;
        Ok(out)
    }

    /// Executes the template `name`, appending its output to `out` (partial output stays there
    /// on error, as with Go's writer). The output is template text: [`crate::gostr::to_bytes`]
    /// gives the bytes Go would write.
    pub fn execute_into(&self, name: &str, data: &Value, out: &mut String) -> Result<(), Error> {
        let Some(tree) = self.trees.get(name) else {
            return Err(Error::Other(format!(
                "template: no template {} associated with template {}",
                go_quote(name),
                go_quote(&self.name)
            )));
        };
        exec::execute(self, tree, data, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A parse renamed is the parse of the same text under the new name: the top-level tree
    /// and every error location carry the new name; defined templates keep theirs.
    #[test]
    fn a_renamed_parse_is_the_parse_under_that_name() {
        let text = "{{define \"x\"}}{{.a.b}}{{end}}top {{template \"x\" .}}";
        let parser = Templates::new("root", FuncMap::new()).parser();
        let renamed = parser.parse("one", text).unwrap().renamed("two").unwrap();
        let direct = parser.parse("two", text).unwrap();
        assert_eq!(renamed.name, direct.name);
        let mut names: Vec<_> = renamed.trees.keys().cloned().collect();
        names.sort();
        assert_eq!(names, ["two", "x"]);
        for (name, tree) in &renamed.trees {
            let want = &direct.trees[name];
            assert_eq!(
                (&tree.name, &*tree.parse_name, tree.root.to_string()),
                (&want.name, &*want.parse_name, want.root.to_string())
            );
        }
        let data = Value::map(std::collections::BTreeMap::from([(
            "a".to_string(),
            Value::Int(1),
        )]));
        let mut errors = vec![];
        for parsed in [renamed, direct] {
            let mut set = Templates::new("root", FuncMap::new());
            set.add_parsed(parsed).unwrap();
            errors.push(set.execute("two", &data).unwrap_err().to_string());
        }
        assert!(
            errors[0].starts_with("template: two:1:18: executing \"x\" at <.a.b>"),
            "{}",
            errors[0]
        );
        assert_eq!(errors[0], errors[1]);
        // A text defining a template of the new name is not renamed.
        let defines = parser.parse("one", "{{define \"two\"}}{{end}}").unwrap();
        assert!(defines.renamed("two").is_none());
        assert!(defines.renamed("one").is_some());
    }

    #[test]
    fn later_definitions_replace_earlier_ones() {
        let mut t = Templates::new("root", FuncMap::new());
        t.parse("a", "{{define \"x\"}}A{{end}}").unwrap();
        t.parse("b", "{{define \"x\"}}B{{end}}").unwrap();
        t.parse("c", "{{define \"x\"}}  {{end}}").unwrap();
        assert_eq!(t.execute("x", &Value::Nil).unwrap(), "B");
        assert_eq!(
            t.execute("nope", &Value::Nil).unwrap_err().to_string(),
            "template: no template \"nope\" associated with template \"root\""
        );
    }

    #[test]
    fn clone_is_independent() {
        let mut t = Templates::new("root", FuncMap::new());
        t.parse("a", "{{define \"x\"}}A{{end}}").unwrap();
        let mut c = t.clone();
        c.parse("b", "{{define \"x\"}}B{{end}}").unwrap();
        assert_eq!(t.execute("x", &Value::Nil).unwrap(), "A");
        assert_eq!(c.execute("x", &Value::Nil).unwrap(), "B");
    }
}
