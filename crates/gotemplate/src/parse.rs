//! Parser: Go text/template's grammar and its error texts.
//!
//! [`parse`] turns one text into its named trees: the top-level one and every `{{define}}` and
//! `{{block}}` in it, as Go's `parse.Parse` does.

use foldhash::{HashMap, HashMapExt};
use std::sync::Arc;

use gostd::strconv;

use crate::ast::*;
use crate::error::Error;
use crate::lex::{go_quote, Item, ItemType, Lexer};

/// One parsed template: its name, the name of the text it came from, and its body.
#[derive(Clone, Debug)]
pub struct Tree {
    /// The template's name (set by `define`, or the name it was parsed under).
    pub name: String,
    /// The name of the top-level template of the text (used in error locations).
    pub parse_name: Arc<str>,
    /// The whole text parsed (shared by every tree of one parse).
    pub text: Arc<str>,
    /// The body (shared by the copies [`crate::Parsed::renamed`] makes).
    pub root: Arc<ListNode>,
}

impl Tree {
    /// Go's `ErrorContext`: `NAME:LINE:COL` for a byte position in the text.
    pub fn location(&self, pos: Pos) -> String {
        let pos = pos.min(self.text.len());
        let before = &self.text[..pos];
        let col = match before.rfind('\n') {
            None => pos,
            Some(i) => pos - (i + 1),
        };
        let line = 1 + crate::lex::newlines(before);
        format!("{}:{}:{}", self.parse_name, line, col)
    }
}

/// Parses `text` as the template `name`. Returns every tree it defines, keyed by name (the
/// top-level tree under `name`). `has_func` says whether a function name is defined.
pub fn parse(
    name: &str,
    text: &str,
    left_delim: &str,
    right_delim: &str,
    has_func: &dyn Fn(&str) -> bool,
) -> Result<HashMap<String, Tree>, Error> {
    let shared: Arc<str> = Arc::from(text);
    let mut lex = Lexer::new(text, left_delim, right_delim);
    lex.break_ok = !has_func("break");
    lex.continue_ok = !has_func("continue");
    let mut p = Parser {
        lex,
        token: Default::default(),
        peek_count: 0,
        vars: vec!["$".into()],
        action_line: 0,
        range_depth: 0,
        stack_depth: 0,
        name: name.to_string(),
        parse_name: Arc::from(name),
        text: shared,
        has_func,
        tree_set: HashMap::new(),
    };
    let root = p.parse_top()?;
    p.add(root)?;
    Ok(p.tree_set)
}

const MAX_STACK_DEPTH: usize = 10000;
const MAX_PIPELINE_CMDS: usize = 100000;

enum Parsed {
    Node(Node),
    End,
    Else(Pos),
}

impl Parsed {
    fn describe(&self) -> String {
        match self {
            Parsed::Node(n) => n.to_string(),
            Parsed::End => "{{end}}".into(),
            Parsed::Else(_) => "{{else}}".into(),
        }
    }
}

/// The parsing state of one tree (saved while a `define` or `block` body is parsed).
struct TreeState<'a> {
    token: [Item<'a>; 3],
    peek_count: usize,
    vars: Vec<String>,
    action_line: usize,
    range_depth: usize,
    stack_depth: usize,
    name: String,
}

struct Parser<'a, 'f> {
    lex: Lexer<'a>,
    token: [Item<'a>; 3],
    peek_count: usize,
    vars: Vec<String>,
    action_line: usize,
    range_depth: usize,
    stack_depth: usize,
    name: String,
    parse_name: Arc<str>,
    text: Arc<str>,
    has_func: &'f dyn Fn(&str) -> bool,
    tree_set: HashMap<String, Tree>,
}

type PResult<T> = Result<T, Error>;

/// The native stack that parsing may use for each level of nesting (an action inside a
/// control structure, or a parenthesised pipeline), with a margin: optimised x86_64 builds
/// measured ~2-4 KiB a level for `if` nests and ~1-2 KiB for parentheses; unoptimised builds
/// use far larger frames.
const PARSE_STACK_PER_LEVEL: usize = if cfg!(debug_assertions) {
    64 << 10
} else {
    8 << 10
};

/// Whether parsing `text` surely fits in what is left of the calling thread's stack, judged by
/// the deepest nesting the text could have; `false` where the platform does not tell a
/// thread's stack bounds. For handing texts to threads whose stacks are ordinary (a thread
/// with a large stack parses anything).
pub fn fits_stack(text: &[u8]) -> bool {
    let need =
        parse_nesting_bound(text).saturating_mul(PARSE_STACK_PER_LEVEL) + crate::exec::STACK_MARGIN;
    crate::exec::stack_remaining().is_some_and(|room| need < room)
}

/// An upper bound on how deeply `text` can nest when parsed with the default delimiters: every
/// level needs a `(` or an action's `{{`.
fn parse_nesting_bound(text: &[u8]) -> usize {
    let (parens, braces) = text.iter().fold((0usize, 0usize), |(p, b), &c| {
        (p + usize::from(c == b'('), b + usize::from(c == b'{'))
    });
    parens + braces / 2
}

impl<'a> Parser<'a, '_> {
    fn next(&mut self) -> Item<'a> {
        if self.peek_count > 0 {
            self.peek_count -= 1;
        } else {
            self.token[0] = self.lex.next_item();
        }
        self.token[self.peek_count].clone()
    }

    fn backup(&mut self) {
        self.peek_count += 1;
    }

    fn backup2(&mut self, t1: Item<'a>) {
        self.token[1] = t1;
        self.peek_count = 2;
    }

    fn backup3(&mut self, t2: Item<'a>, t1: Item<'a>) {
        self.token[1] = t1;
        self.token[2] = t2;
        self.peek_count = 3;
    }

    fn peek(&mut self) -> Item<'a> {
        if self.peek_count > 0 {
            return self.token[self.peek_count - 1].clone();
        }
        self.peek_count = 1;
        self.token[0] = self.lex.next_item();
        self.token[0].clone()
    }

    fn next_non_space(&mut self) -> Item<'a> {
        loop {
            let t = self.next();
            if t.typ != ItemType::Space {
                return t;
            }
        }
    }

    fn peek_non_space(&mut self) -> Item<'a> {
        let t = self.next_non_space();
        self.backup();
        t
    }

    fn errorf(&self, msg: impl Into<String>) -> Error {
        Error::Parse {
            name: self.parse_name.to_string(),
            line: self.token[0].line,
            msg: msg.into(),
        }
    }

    fn expect(&mut self, expected: ItemType, context: &str) -> PResult<Item<'a>> {
        let t = self.next_non_space();
        if t.typ != expected {
            return Err(self.unexpected(&t, context));
        }
        Ok(t)
    }

    fn unexpected(&self, token: &Item, context: &str) -> Error {
        if token.typ == ItemType::Error {
            let mut extra = String::new();
            if self.action_line != 0 && self.action_line != token.line {
                extra = format!(
                    " in action started at {}:{}",
                    self.parse_name, self.action_line
                );
                if token.val.ends_with(" action") {
                    extra = extra[" in action".len()..].to_string();
                }
            }
            return self.errorf(format!("{token}{extra}"));
        }
        self.errorf(format!("unexpected {token} in {context}"))
    }

    fn save(&mut self, name: String) -> TreeState<'a> {
        TreeState {
            token: std::mem::take(&mut self.token),
            peek_count: std::mem::replace(&mut self.peek_count, 0),
            vars: std::mem::replace(&mut self.vars, vec!["$".into()]),
            action_line: std::mem::replace(&mut self.action_line, 0),
            range_depth: std::mem::replace(&mut self.range_depth, 0),
            stack_depth: std::mem::replace(&mut self.stack_depth, 0),
            name: std::mem::replace(&mut self.name, name),
        }
    }

    fn restore(&mut self, s: TreeState<'a>) {
        self.token = s.token;
        self.peek_count = s.peek_count;
        self.vars = s.vars;
        self.action_line = s.action_line;
        self.range_depth = s.range_depth;
        self.stack_depth = s.stack_depth;
        self.name = s.name;
    }

    /// Adds the current tree to the set (Go's `Tree.add`).
    fn add(&mut self, root: ListNode) -> PResult<()> {
        let name = self.name.clone();
        if let Some(existing) = self.tree_set.get(&name) {
            if !is_empty_tree(&existing.root) {
                if !is_empty_tree(&root) {
                    return Err(self.errorf(format!(
                        "template: multiple definition of template {}",
                        go_quote(&name)
                    )));
                }
                return Ok(());
            }
        }
        self.tree_set.insert(
            name.clone(),
            Tree {
                name,
                parse_name: self.parse_name.clone(),
                text: self.text.clone(),
                root: Arc::new(root),
            },
        );
        Ok(())
    }

    fn parse_top(&mut self) -> PResult<ListNode> {
        let mut root = ListNode {
            pos: self.peek().pos,
            nodes: vec![],
        };
        while self.peek().typ != ItemType::Eof {
            if self.peek().typ == ItemType::LeftDelim {
                let delim = self.next();
                if self.next_non_space().typ == ItemType::Define {
                    let saved = self.save("definition".into());
                    let r = self.parse_definition();
                    self.restore(saved);
                    r?;
                    continue;
                }
                self.backup2(delim);
            }
            match self.text_or_action()? {
                Parsed::Node(n) => root.nodes.push(n),
                other => return Err(self.errorf(format!("unexpected {}", other.describe()))),
            }
        }
        Ok(root)
    }

    fn parse_definition(&mut self) -> PResult<()> {
        const CONTEXT: &str = "define clause";
        let name = self.next_non_space();
        if name.typ != ItemType::String && name.typ != ItemType::RawString {
            return Err(self.unexpected(&name, CONTEXT));
        }
        self.name = unquote(&name.val).map_err(|e| self.errorf(e))?;
        self.expect(ItemType::RightDelim, CONTEXT)?;
        let (list, end) = self.item_list()?;
        if !matches!(end, Parsed::End) {
            return Err(self.errorf(format!("unexpected {} in {CONTEXT}", end.describe())));
        }
        self.add(list)
    }

    fn item_list(&mut self) -> PResult<(ListNode, Parsed)> {
        let mut list = ListNode {
            pos: self.peek_non_space().pos,
            nodes: vec![],
        };
        while self.peek_non_space().typ != ItemType::Eof {
            match self.text_or_action()? {
                Parsed::Node(n) => list.nodes.push(n),
                other => return Ok((list, other)),
            }
        }
        Err(self.errorf("unexpected EOF"))
    }

    fn text_or_action(&mut self) -> PResult<Parsed> {
        let token = self.next_non_space();
        match token.typ {
            ItemType::Text => Ok(Parsed::Node(Node::Text {
                pos: token.pos,
                text: Arc::from(&*token.val),
            })),
            ItemType::LeftDelim => {
                self.action_line = token.line;
                let r = self.action();
                self.action_line = 0;
                r
            }
            ItemType::Comment => Ok(Parsed::Node(Node::Comment {
                pos: token.pos,
                text: token.val.into_owned(),
            })),
            _ => Err(self.unexpected(&token, "input")),
        }
    }

    fn action(&mut self) -> PResult<Parsed> {
        let token = self.next_non_space();
        match token.typ {
            ItemType::Block => return self.block_control().map(Parsed::Node),
            ItemType::Break => return self.break_control(token.pos, token.line, true),
            ItemType::Continue => return self.break_control(token.pos, token.line, false),
            ItemType::Else => return self.else_control(),
            ItemType::End => {
                self.expect(ItemType::RightDelim, "end")?;
                return Ok(Parsed::End);
            }
            ItemType::If => return self.parse_control("if").map(|b| Parsed::Node(Node::If(b))),
            ItemType::Range => {
                return self
                    .parse_control("range")
                    .map(|b| Parsed::Node(Node::Range(b)))
            }
            ItemType::Template => return self.template_control().map(Parsed::Node),
            ItemType::With => {
                return self
                    .parse_control("with")
                    .map(|b| Parsed::Node(Node::With(b)))
            }
            _ => {}
        }
        self.backup();
        let token = self.peek();
        let pipe = self.pipeline("command", ItemType::RightDelim)?;
        Ok(Parsed::Node(Node::Action(ActionNode {
            pos: token.pos,
            line: token.line,
            pipe,
        })))
    }

    fn break_control(&mut self, pos: Pos, line: usize, is_break: bool) -> PResult<Parsed> {
        let word = if is_break {
            "{{break}}"
        } else {
            "{{continue}}"
        };
        let token = self.next_non_space();
        if token.typ != ItemType::RightDelim {
            return Err(self.unexpected(&token, word));
        }
        if self.range_depth == 0 {
            return Err(self.errorf(format!("{word} outside {{{{range}}}}")));
        }
        Ok(Parsed::Node(if is_break {
            Node::Break { pos, line }
        } else {
            Node::Continue { pos, line }
        }))
    }

    fn else_control(&mut self) -> PResult<Parsed> {
        let peek = self.peek_non_space();
        if peek.typ == ItemType::If || peek.typ == ItemType::With {
            return Ok(Parsed::Else(peek.pos));
        }
        let token = self.expect(ItemType::RightDelim, "else")?;
        Ok(Parsed::Else(token.pos))
    }

    fn pipeline(&mut self, context: &str, end: ItemType) -> PResult<PipeNode> {
        let token = self.peek_non_space();
        let mut pipe = PipeNode {
            pos: token.pos,
            line: token.line,
            is_assign: false,
            decl: vec![],
            cmds: vec![],
        };
        'decls: loop {
            let v = self.peek_non_space();
            if v.typ != ItemType::Variable {
                break;
            }
            self.next();
            let token_after = self.peek();
            let next = self.peek_non_space();
            if next.typ == ItemType::Assign || next.typ == ItemType::Declare {
                pipe.is_assign = next.typ == ItemType::Assign;
                self.next_non_space();
                pipe.decl.push(new_variable(v.pos, &v.val));
                self.vars.push(v.val.to_string());
            } else if next.typ == ItemType::Char && next.val == "," {
                self.next_non_space();
                pipe.decl.push(new_variable(v.pos, &v.val));
                self.vars.push(v.val.to_string());
                if context == "range" && pipe.decl.len() < 2 {
                    match self.peek_non_space().typ {
                        ItemType::Variable | ItemType::RightDelim | ItemType::RightParen => {
                            continue 'decls;
                        }
                        _ => return Err(self.errorf("range can only initialize variables")),
                    }
                }
                return Err(self.errorf(format!("too many declarations in {context}")));
            } else if token_after.typ == ItemType::Space {
                self.backup3(v, token_after);
            } else {
                self.backup2(v);
            }
            break;
        }
        loop {
            let token = self.next_non_space();
            if token.typ == end {
                self.check_pipeline(&pipe, context)?;
                return Ok(pipe);
            }
            match token.typ {
                ItemType::Bool
                | ItemType::CharConstant
                | ItemType::Complex
                | ItemType::Dot
                | ItemType::Field
                | ItemType::Identifier
                | ItemType::Number
                | ItemType::Nil
                | ItemType::RawString
                | ItemType::String
                | ItemType::Variable
                | ItemType::LeftParen => {
                    self.backup();
                    let cmd = self.command()?;
                    pipe.cmds.push(cmd);
                    if pipe.cmds.len() > MAX_PIPELINE_CMDS {
                        return Err(self.errorf("pipeline too long"));
                    }
                }
                _ => return Err(self.unexpected(&token, context)),
            }
        }
    }

    fn check_pipeline(&self, pipe: &PipeNode, context: &str) -> PResult<()> {
        if pipe.cmds.is_empty() {
            return Err(self.errorf(format!("missing value for {context}")));
        }
        for (i, c) in pipe.cmds.iter().enumerate().skip(1) {
            if matches!(
                c.args[0],
                Arg::Bool { .. }
                    | Arg::Dot { .. }
                    | Arg::Nil { .. }
                    | Arg::Number(_)
                    | Arg::String { .. }
            ) {
                return Err(self.errorf(format!(
                    "non executable command in pipeline stage {}",
                    i + 1
                )));
            }
        }
        Ok(())
    }

    fn parse_control(&mut self, context: &str) -> PResult<BranchNode> {
        let mark = self.vars.len();
        let r = self.parse_control_inner(context);
        self.vars.truncate(mark);
        r
    }

    fn parse_control_inner(&mut self, context: &str) -> PResult<BranchNode> {
        let pipe = self.pipeline(context, ItemType::RightDelim)?;
        if context == "range" {
            self.range_depth += 1;
        }
        let r = self.item_list();
        if context == "range" {
            self.range_depth -= 1;
        }
        let (list, next) = r?;
        let mut else_list = None;
        match next {
            Parsed::End => {}
            Parsed::Else(pos) => {
                if context == "if" && self.peek().typ == ItemType::If {
                    self.next();
                    let inner = self.parse_control("if")?;
                    else_list = Some(ListNode {
                        pos,
                        nodes: vec![Node::If(inner)],
                    });
                } else if context == "with" && self.peek().typ == ItemType::With {
                    self.next();
                    let inner = self.parse_control("with")?;
                    else_list = Some(ListNode {
                        pos,
                        nodes: vec![Node::With(inner)],
                    });
                } else {
                    let (l, next) = self.item_list()?;
                    if !matches!(next, Parsed::End) {
                        return Err(self.errorf(format!("expected end; found {}", next.describe())));
                    }
                    else_list = Some(l);
                }
            }
            // item_list never ends on a node.
            Parsed::Node(_) => {}
        }
        Ok(BranchNode {
            pos: pipe.pos,
            line: pipe.line,
            pipe,
            list,
            else_list,
        })
    }

    fn block_control(&mut self) -> PResult<Node> {
        const CONTEXT: &str = "block clause";
        let token = self.next_non_space();
        let name = self.parse_template_name(&token, CONTEXT)?;
        let pipe = self.pipeline(CONTEXT, ItemType::RightDelim)?;

        let saved = self.save(name.clone());
        let r = self.item_list().and_then(|(list, end)| match end {
            Parsed::End => self.add(list).map(|_| None),
            other => Ok(Some(other.describe())),
        });
        self.restore(saved);
        if let Some(desc) = r? {
            // Go reports this with the enclosing tree's state.
            return Err(self.errorf(format!("unexpected {desc} in {CONTEXT}")));
        }
        Ok(Node::Template(TemplateNode {
            pos: token.pos,
            line: token.line,
            name,
            pipe: Some(pipe),
        }))
    }

    fn template_control(&mut self) -> PResult<Node> {
        const CONTEXT: &str = "template clause";
        let token = self.next_non_space();
        let name = self.parse_template_name(&token, CONTEXT)?;
        let mut pipe = None;
        if self.next_non_space().typ != ItemType::RightDelim {
            self.backup();
            pipe = Some(self.pipeline(CONTEXT, ItemType::RightDelim)?);
        }
        Ok(Node::Template(TemplateNode {
            pos: token.pos,
            line: token.line,
            name,
            pipe,
        }))
    }

    fn parse_template_name(&mut self, token: &Item, context: &str) -> PResult<String> {
        match token.typ {
            ItemType::String | ItemType::RawString => {
                unquote(&token.val).map_err(|e| self.errorf(e))
            }
            _ => Err(self.unexpected(token, context)),
        }
    }

    fn command(&mut self) -> PResult<CommandNode> {
        let mut cmd = CommandNode {
            pos: self.peek_non_space().pos,
            args: vec![],
        };
        loop {
            self.peek_non_space();
            if let Some(op) = self.operand()? {
                cmd.args.push(op);
            }
            let token = self.next();
            match token.typ {
                ItemType::Space => continue,
                ItemType::RightDelim | ItemType::RightParen => self.backup(),
                ItemType::Pipe => {}
                _ => return Err(self.unexpected(&token, "operand")),
            }
            break;
        }
        if cmd.args.is_empty() {
            return Err(self.errorf("empty command"));
        }
        Ok(cmd)
    }

    fn operand(&mut self) -> PResult<Option<Arg>> {
        let Some(node) = self.term()? else {
            return Ok(None);
        };
        if self.peek().typ != ItemType::Field {
            return Ok(Some(node));
        }
        let chain_pos = self.peek().pos;
        let mut fields = vec![];
        while self.peek().typ == ItemType::Field {
            let f = self.next().val;
            fields.push(f[1..].to_string());
        }
        Ok(Some(match node {
            Arg::Field { mut ident, .. } => {
                ident.extend(fields);
                Arg::Field {
                    pos: chain_pos,
                    ident,
                }
            }
            Arg::Variable(mut v) => {
                v.ident.extend(fields);
                Arg::Variable(VariableNode {
                    pos: chain_pos,
                    ident: v.ident,
                })
            }
            Arg::Bool { .. }
            | Arg::String { .. }
            | Arg::Number(_)
            | Arg::Nil { .. }
            | Arg::Dot { .. } => {
                return Err(self.errorf(format!(
                    "unexpected . after term {}",
                    go_quote(&node.to_string())
                )));
            }
            other => Arg::Chain {
                pos: chain_pos,
                node: Box::new(other),
                field: fields,
            },
        }))
    }

    fn term(&mut self) -> PResult<Option<Arg>> {
        let token = self.next_non_space();
        Ok(Some(match token.typ {
            ItemType::Identifier => {
                if !(self.has_func)(&token.val) {
                    return Err(
                        self.errorf(format!("function {} not defined", go_quote(&token.val)))
                    );
                }
                Arg::Identifier {
                    pos: token.pos,
                    name: token.val.into_owned(),
                }
            }
            ItemType::Dot => Arg::Dot { pos: token.pos },
            ItemType::Nil => Arg::Nil { pos: token.pos },
            ItemType::Variable => {
                let v = new_variable(token.pos, &token.val);
                if !self.vars.iter().any(|n| *n == v.ident[0]) {
                    return Err(
                        self.errorf(format!("undefined variable {}", go_quote(&v.ident[0])))
                    );
                }
                Arg::Variable(v)
            }
            ItemType::Field => Arg::Field {
                pos: token.pos,
                ident: token.val[1..].split('.').map(str::to_string).collect(),
            },
            ItemType::Bool => Arg::Bool {
                pos: token.pos,
                val: token.val == "true",
            },
            ItemType::CharConstant | ItemType::Complex | ItemType::Number => {
                let n = new_number(token.pos, &token.val, token.typ).map_err(|e| self.errorf(e))?;
                Arg::Number(Box::new(n))
            }
            ItemType::LeftParen => {
                if self.stack_depth >= MAX_STACK_DEPTH {
                    return Err(self.errorf("max expression depth exceeded"));
                }
                self.stack_depth += 1;
                let r = self.pipeline("parenthesized pipeline", ItemType::RightParen);
                self.stack_depth -= 1;
                Arg::Pipe(Box::new(r?))
            }
            ItemType::String | ItemType::RawString => {
                let b = unquote_bytes(&token.val).map_err(|e| self.errorf(e))?;
                let text = Arc::from(&*crate::gostr::from_bytes(&b));
                Arg::String {
                    pos: token.pos,
                    quoted: token.val.into_owned(),
                    text,
                }
            }
            _ => {
                self.backup();
                return Ok(None);
            }
        }))
    }
}

fn new_variable(pos: Pos, name: &str) -> VariableNode {
    VariableNode {
        pos,
        ident: name.split('.').map(str::to_string).collect(),
    }
}

// ---------------------------------------------------------------------------------------------
// Go's strconv parsing, as the parser needs it.

/// Go's `strconv.Unquote` for double-quoted and raw strings. Errors are Go's texts.
pub fn unquote(s: &str) -> Result<String, String> {
    unquote_bytes(s).map(|b| match String::from_utf8(b) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// [`unquote`] keeping the exact bytes, which `\x` and octal escapes may leave invalid UTF-8.
pub fn unquote_bytes(s: &str) -> Result<Vec<u8>, String> {
    const SYNTAX: &str = "invalid syntax";
    let b = s.as_bytes();
    if b.len() < 2 {
        return Err(SYNTAX.into());
    }
    let q = b[0];
    if q != b[b.len() - 1] {
        return Err(SYNTAX.into());
    }
    let body = &s[1..s.len() - 1];
    match q {
        b'`' => {
            if body.contains('`') {
                return Err(SYNTAX.into());
            }
            // Bytes that are not UTF-8 stay themselves in a raw string.
            Ok(crate::gostr::to_bytes(&body.replace('\r', "")).into_owned())
        }
        b'"' => {
            let mut out: Vec<u8> = Vec::with_capacity(body.len());
            let mut rest = body;
            while !rest.is_empty() {
                // A run of plain ASCII is itself (most strings are one such run).
                let plain = rest
                    .bytes()
                    .take_while(|&b| b.is_ascii() && b != b'\\' && b != b'"' && b != b'\n')
                    .count();
                if plain > 0 {
                    out.extend_from_slice(&rest.as_bytes()[..plain]);
                    rest = &rest[plain..];
                    continue;
                }
                let c = rest.chars().next().unwrap_or('\0');
                if c == '"' || c == '\n' {
                    return Err(SYNTAX.into());
                }
                let (bytes, tail) = unquote_char(rest, b'"').map_err(|_| SYNTAX.to_string())?;
                out.extend_from_slice(&bytes);
                rest = tail;
            }
            Ok(out)
        }
        _ => Err(SYNTAX.into()),
    }
}

/// A character of a quoted string whose source bytes were not UTF-8 (escaped, see
/// [`crate::gostr`]): Go decodes one rune there, U+FFFD for a byte that starts none, or the
/// character that escaped bytes spell (a real U+10FF80..U+10FFFF).
fn unquote_escaped(s: &str) -> (Vec<u8>, &str) {
    let mut bytes = Vec::with_capacity(4);
    let mut ends = Vec::with_capacity(4);
    for (i, c) in s.char_indices().take(4) {
        let Some(b) = crate::gostr::escaped_byte(c) else {
            break;
        };
        bytes.push(b);
        ends.push(i + c.len_utf8());
    }
    if let Some(chunk) = bytes.utf8_chunks().next() {
        if let Some(c) = chunk.valid().chars().next() {
            let n = c.len_utf8();
            return (bytes[..n].to_vec(), &s[ends[n - 1]..]);
        }
    }
    ("\u{FFFD}".as_bytes().to_vec(), &s[ends[0]..])
}

/// Go's `strconv.UnquoteChar`: decodes one (possibly escaped) character, returning its bytes
/// (a `\xNN` or octal escape is a single byte) and the rest of the input.
fn unquote_char(s: &str, quote: u8) -> Result<(Vec<u8>, &str), ()> {
    let mut chars = s.chars();
    let c = chars.next().ok_or(())?;
    if c as u32 == quote as u32 && (quote == b'\'' || quote == b'"') {
        return Err(());
    }
    if c != '\\' {
        if crate::gostr::is_escape(c) {
            return Ok(unquote_escaped(s));
        }
        let mut buf = [0u8; 4];
        return Ok((c.encode_utf8(&mut buf).as_bytes().to_vec(), chars.as_str()));
    }
    let rest = chars.as_str();
    let mut it = rest.chars();
    let e = it.next().ok_or(())?;
    let tail = it.as_str();
    let simple = |ch: char| {
        let mut buf = [0u8; 4];
        ch.encode_utf8(&mut buf).as_bytes().to_vec()
    };
    match e {
        'a' => Ok((vec![7], tail)),
        'b' => Ok((vec![8], tail)),
        'f' => Ok((vec![12], tail)),
        'n' => Ok((vec![b'\n'], tail)),
        'r' => Ok((vec![b'\r'], tail)),
        't' => Ok((vec![b'\t'], tail)),
        'v' => Ok((vec![11], tail)),
        '\\' => Ok((vec![b'\\'], tail)),
        'x' | 'u' | 'U' => {
            let n = match e {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            if tail.len() < n || !tail.is_char_boundary(n) {
                return Err(());
            }
            let v = u32::from_str_radix(&tail[..n], 16).map_err(|_| ())?;
            if tail[..n].starts_with(['+', '-']) {
                return Err(());
            }
            let after = &tail[n..];
            if e == 'x' {
                return Ok((vec![v as u8], after));
            }
            let ch = char::from_u32(v).ok_or(())?;
            Ok((simple(ch), after))
        }
        '0'..='7' => {
            if tail.len() < 2 {
                return Err(());
            }
            let digits = format!("{e}{}", &tail[..2]);
            if !digits.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
                return Err(());
            }
            let v = u32::from_str_radix(&digits, 8).map_err(|_| ())?;
            if v > 255 {
                return Err(());
            }
            Ok((vec![v as u8], &tail[2..]))
        }
        '\'' | '"' => {
            if e as u32 != quote as u32 {
                return Err(());
            }
            Ok((vec![e as u8], tail))
        }
        _ => Err(()),
    }
}

/// Go's `simplifyComplex`: a complex constant with no imaginary part is also a float, and an
/// integer when the float is integral.
fn simplify_complex(n: &mut NumberNode) {
    n.is_float = n.complex.1 == 0.0;
    if n.is_float {
        let f = n.complex.0;
        n.float64 = f;
        n.is_int = (f as i64) as f64 == f && f.abs() < 9.3e18;
        if n.is_int {
            n.int64 = f as i64;
        }
        n.is_uint = f >= 0.0 && (f as u64) as f64 == f && f < 1.8e19;
        if n.is_uint {
            n.uint64 = f as u64;
        }
    }
}

/// `fmt.Sscan` of a complex constant as the lexer delivers it (`1+2i`, `-1.5e3-2i`): a float,
/// a sign, a float and `i`. Errors are fmt's and strconv's texts.
fn scan_complex(text: &str) -> Result<(f64, f64), String> {
    let b = text.as_bytes();
    // fmt's floatToken: sign, digits (hex after 0x), a point, an exponent with its sign.
    let float_token = |mut i: usize| -> usize {
        if i < b.len() && matches!(b[i], b'+' | b'-') {
            i += 1;
        }
        let mut hex = false;
        let mut exp: &[u8] = b"eEpP";
        if b.get(i) == Some(&b'0') && matches!(b.get(i + 1), Some(b'x' | b'X')) {
            i += 2;
            hex = true;
            exp = b"pP";
        }
        let digit = |c: u8| {
            c == b'_'
                || if hex {
                    c.is_ascii_hexdigit()
                } else {
                    c.is_ascii_digit()
                }
        };
        while i < b.len() && digit(b[i]) {
            i += 1;
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            while i < b.len() && digit(b[i]) {
                i += 1;
            }
        }
        if i < b.len() && exp.contains(&b[i]) {
            i += 1;
            if i < b.len() && matches!(b[i], b'+' | b'-') {
                i += 1;
            }
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
                i += 1;
            }
        }
        i
    };
    let bad = || "syntax error scanning complex number".to_string();
    let re_end = float_token(0);
    if !matches!(b.get(re_end), Some(b'+' | b'-')) {
        return Err(bad());
    }
    let im_end = float_token(re_end);
    if b.get(im_end) != Some(&b'i') {
        return Err(bad());
    }
    let re = strconv::parse_float(&text[..re_end]).map_err(|e| e.to_string())?;
    let im = strconv::parse_float(&text[re_end..im_end]).map_err(|e| e.to_string())?;
    Ok((re, im))
}

/// Go's `parse.newNumber`: a number constant under all the types that can represent it.
pub fn new_number(pos: Pos, text: &str, typ: ItemType) -> Result<NumberNode, String> {
    let mut n = NumberNode {
        pos,
        is_int: false,
        is_uint: false,
        is_float: false,
        is_complex: false,
        int64: 0,
        uint64: 0,
        float64: 0.0,
        complex: (0.0, 0.0),
        text: text.to_string(),
    };
    if typ == ItemType::CharConstant {
        let inner = &text[1..];
        let (bytes, tail) = unquote_char(inner, b'\'').map_err(|_| "invalid syntax".to_string())?;
        if tail != "'" {
            return Err(format!("malformed character constant: {text}"));
        }
        let r = match std::str::from_utf8(&bytes) {
            Ok(s) if s.chars().count() == 1 => s.chars().next().map(|c| c as i64).unwrap_or(0),
            _ => bytes.first().copied().unwrap_or(0) as i64,
        };
        n.int64 = r;
        n.is_int = true;
        n.uint64 = r as u64;
        n.is_uint = true;
        n.float64 = r as f64;
        n.is_float = true;
        return Ok(n);
    }
    if typ == ItemType::Complex {
        n.complex = scan_complex(text)?;
        n.is_complex = true;
        simplify_complex(&mut n);
        return Ok(n);
    }
    if let Some(body) = text.strip_suffix('i') {
        if let Ok(f) = strconv::parse_float(body) {
            n.is_complex = true;
            n.complex = (0.0, f);
            simplify_complex(&mut n);
            return Ok(n);
        }
    }
    if let Ok(u) = strconv::parse_uint(text, 0) {
        n.is_uint = true;
        n.uint64 = u;
    }
    if let Ok(i) = strconv::parse_int(text, 0) {
        n.is_int = true;
        n.int64 = i;
        if i == 0 {
            n.is_uint = true;
            n.uint64 = 0;
        }
    }
    if n.is_int {
        n.is_float = true;
        n.float64 = n.int64 as f64;
    } else if n.is_uint {
        n.is_float = true;
        n.float64 = n.uint64 as f64;
    } else if let Ok(f) = strconv::parse_float(text) {
        if !text.contains(['.', 'e', 'E', 'p', 'P']) {
            return Err(format!("integer overflow: {}", go_quote(text)));
        }
        n.is_float = true;
        n.float64 = f;
        if !n.is_int && (f as i64) as f64 == f && f.fract() == 0.0 && f.abs() < 9.3e18 {
            n.is_int = true;
            n.int64 = f as i64;
        }
        if !n.is_uint && f >= 0.0 && (f as u64) as f64 == f && f < 1.8e19 {
            n.is_uint = true;
            n.uint64 = f as u64;
        }
    }
    if !n.is_int && !n.is_uint && !n.is_float {
        return Err(format!("illegal number syntax: {}", go_quote(text)));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn funcs(name: &str) -> bool {
        matches!(name, "printf" | "len" | "eq" | "index" | "upper")
    }

    fn p(text: &str) -> Result<HashMap<String, Tree>, String> {
        parse("t", text, "", "", &funcs).map_err(|e| e.to_string())
    }

    fn round_trip(text: &str) -> String {
        p(text).unwrap()["t"].root.to_string()
    }

    #[test]
    fn plain_and_escaped_strings_unquote_alike() {
        assert_eq!(unquote_bytes("\"plain text\"").unwrap(), b"plain text");
        assert_eq!(unquote_bytes("\"\"").unwrap(), b"");
        assert_eq!(unquote_bytes("\"a\\tb\\\"c\"").unwrap(), b"a\tb\"c");
        assert_eq!(
            unquote_bytes("\"caf\u{e9}\"").unwrap(),
            "caf\u{e9}".as_bytes()
        );
        assert!(unquote_bytes("\"a\nb\"").is_err());
        assert!(unquote_bytes("\"a\"b\"").is_err());
        assert!(unquote_bytes("\"a\\\"").is_err());
    }

    #[test]
    fn unquote_reads_escaped_source_bytes_as_go_does() {
        use crate::gostr::from_bytes;
        // A raw byte inside double quotes is U+FFFD; inside backquotes it stays.
        let src = from_bytes(b"\"a\xffb\"");
        assert_eq!(unquote_bytes(&src).unwrap(), "a\u{FFFD}b".as_bytes());
        let src = from_bytes(b"`a\xffb`");
        assert_eq!(unquote_bytes(&src).unwrap(), b"a\xffb");
        // A real U+10FFFF in the source is escaped as four bytes and read back whole.
        let src = from_bytes("\"\u{10FFFF}\"".as_bytes());
        assert_eq!(unquote_bytes(&src).unwrap(), "\u{10FFFF}".as_bytes());
        // `\x` escapes give single bytes.
        assert_eq!(unquote_bytes("\"\\xff\"").unwrap(), b"\xff");
    }

    #[test]
    fn prints_back_like_go() {
        assert_eq!(round_trip("a{{.X.Y}}b"), "a{{.X.Y}}b");
        assert_eq!(
            round_trip("{{if .A}}x{{else if .B}}y{{else}}z{{end}}"),
            "{{if .A}}x{{else}}{{if .B}}y{{else}}z{{end}}{{end}}"
        );
        assert_eq!(
            round_trip("{{range $i, $v := .L}}{{$v}}{{break}}{{end}}"),
            "{{range $i, $v := .L}}{{$v}}{{break}}{{end}}"
        );
        assert_eq!(
            round_trip("{{ (printf \"%d\" 1).X | len }}"),
            "{{(printf \"%d\" 1).X | len}}"
        );
        assert_eq!(
            round_trip("{{with $x := 3}}{{$x = 4}}{{end}}"),
            "{{with $x := 3}}{{$x = 4}}{{end}}"
        );
        assert_eq!(
            round_trip("{{template \"a\" .}}{{ 'a' }} {{ 0x1F }}"),
            "{{template \"a\" .}}{{'a'}} {{0x1F}}"
        );
    }

    #[test]
    fn defines_and_blocks() {
        let set = p("{{define \"a\"}}A{{end}}x{{block \"b\" .}}B{{end}}").unwrap();
        assert_eq!(set["a"].root.to_string(), "A");
        assert_eq!(set["b"].root.to_string(), "B");
        assert_eq!(set["t"].root.to_string(), "x{{template \"b\" .}}");
        assert_eq!(
            p("{{define \"a\"}}A{{end}}{{define \"a\"}}B{{end}}").unwrap_err(),
            "template: t:1: template: multiple definition of template \"a\""
        );
    }

    #[test]
    fn parse_errors_match_go() {
        assert_eq!(
            p("{{nosuch}}").unwrap_err(),
            "template: t:1: function \"nosuch\" not defined"
        );
        assert_eq!(p("a\n{{ .X").unwrap_err(), "template: t:2: unclosed action");
        assert!(p("{{ .X\n}}").is_ok());
        assert_eq!(
            p("{{if}}{{end}}").unwrap_err(),
            "template: t:1: missing value for if"
        );
        assert_eq!(
            p("{{1 | 2}}").unwrap_err(),
            "template: t:1: non executable command in pipeline stage 2"
        );
        assert_eq!(
            p("{{$x}}").unwrap_err(),
            "template: t:1: undefined variable \"$x\""
        );
        assert_eq!(
            p("{{$a, $b := 1}}").unwrap_err(),
            "template: t:1: too many declarations in command"
        );
        assert_eq!(
            p("{{break}}").unwrap_err(),
            "template: t:1: {{break}} outside {{range}}"
        );
        assert_eq!(
            p("{{end}}").unwrap_err(),
            "template: t:1: unexpected {{end}}"
        );
        assert_eq!(p("{{if 1}}").unwrap_err(), "template: t:1: unexpected EOF");
        assert_eq!(
            p("{{1a}}").unwrap_err(),
            "template: t:1: bad number syntax: \"1a\""
        );
        assert_eq!(
            p("{{08}}").unwrap_err(),
            "template: t:1: integer overflow: \"08\""
        );
        assert_eq!(
            p("{{1e400}}").unwrap_err(),
            "template: t:1: illegal number syntax: \"1e400\""
        );
        assert_eq!(
            p("{{1.2.3}}").unwrap_err(),
            "template: t:1: unexpected \".3\" in operand"
        );
        assert_eq!(
            p("{{\"x\".y}}").unwrap_err(),
            "template: t:1: unexpected . after term \"\\\"x\\\"\""
        );
        assert_eq!(
            p("{{with 1}}{{else if 1}}{{end}}").unwrap_err(),
            "template: t:1: unexpected <if> in input"
        );
        assert_eq!(
            p("a\n{{ printf \"%s\" \"a\"\n").unwrap_err(),
            "template: t:3: unclosed action started at t:2"
        );
        assert_eq!(
            p("{{ print \"a\" | }}").unwrap_err(),
            "template: t:1: function \"print\" not defined"
        );
        assert!(p("{{ printf \"a\" | }}").is_ok());
    }

    #[test]
    fn numbers_follow_go() {
        let n = new_number(0, "0x1F", ItemType::Number).unwrap();
        assert!(n.is_int && n.int64 == 31);
        let n = new_number(0, "1_000", ItemType::Number).unwrap();
        assert_eq!(n.int64, 1000);
        let n = new_number(0, "0o17", ItemType::Number).unwrap();
        assert_eq!(n.int64, 15);
        let n = new_number(0, "017", ItemType::Number).unwrap();
        assert_eq!(n.int64, 15);
        let n = new_number(0, "0b101", ItemType::Number).unwrap();
        assert_eq!(n.int64, 5);
        let n = new_number(0, "1e3", ItemType::Number).unwrap();
        assert!(n.is_float && n.is_int && n.int64 == 1000);
        let n = new_number(0, "0x1p-2", ItemType::Number).unwrap();
        assert!(n.is_float && n.float64 == 0.25 && !n.is_int);
        let n = new_number(0, "'a'", ItemType::CharConstant).unwrap();
        assert_eq!(n.int64, 97);
        let n = new_number(0, "'\\n'", ItemType::CharConstant).unwrap();
        assert_eq!(n.int64, 10);
        let n = new_number(0, "-5", ItemType::Number).unwrap();
        assert!(n.is_int && !n.is_uint && n.int64 == -5);
        assert_eq!(unquote("\"a\\tb\\u00e9\"").unwrap(), "a\tb\u{e9}");
        assert_eq!(unquote("`a\\n`").unwrap(), "a\\n");
    }
}
