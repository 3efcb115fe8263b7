//! The template engine: Helm 4.1.4's `engine.Render` (`allTemplates`, `recAllTpls`, `render`).
//!
//! All templates of a chart and its enabled subcharts are parsed into one set named `gotpl`
//! (missing keys give zero values), in Helm's order: deeper paths first, then names in reverse.
//! Every non-partial template is then executed with its chart's scope: `.Values` is the chart's
//! section of its parent's values, `.Chart` its metadata, `.Files` its files, `.Subcharts` the
//! scopes of its subcharts, and `.Template` the file being rendered. Library charts contribute
//! only their partials.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use gotemplate::{MapRef, MissingKey, Templates, Value};

use super::errors::{exec_error_text, parse_error_text, RenderError};
use super::funcs::{helm_funcs, FuncOptions, LookupFn, SET_NAME};
use super::objects::{
    chart_value, map_to_template, Capabilities, Files, ReleaseOptions, ValuesType,
};
use crate::chart::Chart;
use crate::parallel::{map_in_order_lending, LentMap};

/// The native stack a render thread gets; deep `include` recursion needs it (Helm stops a
/// template including itself after 1000 levels).
pub const RENDER_STACK_BYTES: usize = 1 << 30;
/// How much of it template execution may use before Go's depth-limit error.
pub const TEMPLATE_STACK_BYTES: usize = 900 << 20;

thread_local! {
    /// Whether this thread is a render thread (its stack is [`RENDER_STACK_BYTES`]).
    static ON_RENDER_STACK: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the calling thread already has the render stack (it runs inside
/// [`with_render_stack`]).
pub fn on_render_stack() -> bool {
    ON_RENDER_STACK.with(|c| c.get())
}

/// Runs `f` on a thread with a stack big enough for deep template recursion: this one when it
/// already has that stack (a thread costs more than rendering a small chart), else a new one.
pub fn with_render_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    if on_render_stack() {
        return f();
    }
    join_render_thread(spawn_render_thread(f))
}

/// A render thread started before its work is known, for a thread with nothing else to do
/// once it has handed the work over (the process's main thread): starting it (a stack mapping,
/// and the first page of its own heap, a fresh huge page) overlaps what the caller does
/// meanwhile, and the caller is lent to its parallel work
/// ([`crate::parallel::lend_current_thread`]) until the work is done.
pub struct RenderThread<A, T> {
    work: std::sync::mpsc::Sender<A>,
    done: std::sync::mpsc::Receiver<T>,
    jobs: crate::parallel::Jobs,
    handle: std::thread::JoinHandle<()>,
}

impl<A: Send + 'static, T: Send + 'static> RenderThread<A, T> {
    /// Starts the thread that will run `f` on what [`RenderThread::run`] gives it. Dropped
    /// instead, the thread ends without running `f`.
    pub fn start(f: impl FnOnce(A) -> T + Send + 'static) -> Self {
        let (work, work_rx) = std::sync::mpsc::channel::<A>();
        let (done_tx, done) = std::sync::mpsc::channel::<T>();
        let (lending, jobs) = crate::parallel::lend_current_thread();
        let handle = spawn_render_thread(move || {
            let Ok(arg) = work_rx.recv() else {
                return;
            };
            let out = {
                let _lending = lending;
                f(arg)
            };
            let _ = done_tx.send(out);
        });
        RenderThread {
            work,
            done,
            jobs,
            handle,
        }
    }

    /// Runs `f` on `arg` on the render thread and returns what it gave, this thread serving
    /// its parallel work meanwhile. The result comes back before the thread has ended: the
    /// process may exit while it does (a thread's exit frees its 1 GiB stack mapping).
    pub fn run(self, arg: A) -> T {
        let _ = self.work.send(arg);
        self.jobs.serve();
        match self.done.recv() {
            Ok(out) => out,
            // `f` panicked: the join gives its panic.
            Err(_) => {
                join_render_thread(self.handle);
                unreachable!("the render thread ended without a result")
            }
        }
    }
}

fn spawn_render_thread<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> std::thread::JoinHandle<T> {
    std::thread::Builder::new()
        .name("render".into())
        .stack_size(RENDER_STACK_BYTES)
        .spawn(move || {
            ON_RENDER_STACK.with(|c| c.set(true));
            f()
        })
        .expect("spawn render thread")
}

fn join_render_thread<T>(handle: std::thread::JoinHandle<T>) -> T {
    match handle.join() {
        Ok(v) => v,
        Err(p) => std::panic::resume_unwind(p),
    }
}

/// The engine's options (Helm's `Engine` fields).
#[derive(Clone, Default)]
pub struct Engine {
    /// `missingkey=error` instead of `missingkey=zero`.
    pub strict: bool,
    /// Lint mode: `required` and `fail` do not fail.
    pub lint: bool,
    /// Live objects for `lookup`; `None` makes it return empty maps.
    pub lookup: Option<LookupFn>,
    /// The stack execution may use; `None` keeps the template crate's default.
    pub max_stack_bytes: Option<usize>,
    /// `--enable-dns`: `getHostByName` resolves names.
    pub enable_dns: bool,
}

/// What the top-level scope holds besides values.
#[derive(Clone, Debug, Default)]
pub struct RenderContext {
    /// `.Release`.
    pub release: ReleaseOptions,
    /// `.Capabilities`.
    pub capabilities: Capabilities,
    /// The coalesced values of the root chart (an object; shared with their schema check).
    pub values: std::sync::Arc<serde_json::Value>,
}

struct Renderable {
    /// The template's bytes, shared with the chart (read as UTF-8, lossily, when parsed).
    text: std::sync::Arc<[u8]>,
    vals: MapRef,
    base_path: String,
}

/// A template text: its name in the set (`chart/charts/sub/templates/x.yaml`) and its bytes.
type Text = (String, Arc<[u8]>);

/// What parsing a text gave.
type ParseResult = Result<gotemplate::Parsed, gotemplate::Error>;

/// A chart's template texts being parsed on the lent thread ([`crate::parallel`]) while the
/// render thread processes dependencies and computes and checks the values; [`Engine::render`]
/// takes what is done and parses the rest.
pub struct ParseAhead {
    /// The parser the texts are parsed with (made on the lent thread), to compare with the
    /// render's own: a text parsed with other function names is parsed again.
    parser: Arc<OnceLock<gotemplate::Parser>>,
    texts: Vec<Text>,
    copies: Copies,
    /// Parsing the originals among `texts`.
    map: LentMap<Text, ParseResult>,
}

impl ParseAhead {
    /// Starts parsing every template of `chart` and its subcharts (before dependency
    /// processing, so some may go unused) on the lent thread; `None` when no thread is lent or
    /// the chart is too small to be worth it.
    pub fn start(chart: &Chart) -> Option<ParseAhead> {
        let mut texts = Vec::new();
        template_texts(chart, None, &mut texts);
        let copies = Copies::of(&texts);
        let originals = copies.originals(&texts);
        let bytes: usize = originals.iter().map(|(_, t)| t.len()).sum();
        if !crate::parallel::worth_lending(bytes) {
            return None;
        }
        let parser: Arc<OnceLock<gotemplate::Parser>> = Arc::default();
        let theirs = Arc::clone(&parser);
        let map = LentMap::start(
            originals,
            bytes,
            |(_, text): &Text| gotemplate::parse::fits_stack(text),
            move |(name, text): &Text| {
                // Helm's function names, as the render's set will have them (checked there).
                let parser = theirs.get_or_init(|| {
                    Templates::new(SET_NAME, helm_funcs(&FuncOptions::default())).parser()
                });
                parser.parse(name, &gotemplate::gostr::from_bytes(text))
            },
        );
        Some(ParseAhead {
            parser,
            texts,
            copies,
            map,
        })
    }

    /// Stops the parsing and returns what it finished, by name with the text parsed, when it
    /// was parsed as `parser` parses.
    fn take(self, parser: &gotemplate::Parser) -> HashMap<String, (Arc<[u8]>, ParseResult)> {
        let done = self.map.stop();
        if self.parser.get() != Some(parser) {
            return HashMap::new();
        }
        let done = self.copies.spread(&self.texts, done);
        self.texts
            .into_iter()
            .zip(done)
            .filter_map(|((name, text), r)| r.map(|r| (name, (text, r))))
            .collect()
    }
}

/// The template texts of `chart` (under `parent`'s path) and its subcharts, named as
/// [`collect`] names them.
fn template_texts(chart: &Chart, parent: Option<&str>, out: &mut Vec<Text>) {
    let full_path = chart_path(chart, parent);
    for dep in &chart.dependencies {
        template_texts(dep, Some(&full_path), out);
    }
    for t in rendered_templates(chart) {
        out.push((join_path(&full_path, &t.name), t.data.clone()));
    }
}

/// Which texts are byte-for-byte copies of an earlier one. Bitnami's charts vendor the
/// `common` library into each of their subcharts (76 KB of templates a copy, up to 7 copies):
/// each distinct text is parsed once and its parse renamed for the copies
/// ([`gotemplate::Parsed::renamed`]), as parsing each copy under its own name would give.
struct Copies {
    /// For each text, the index of the first text with its bytes.
    original: Vec<usize>,
}

impl Copies {
    fn of(texts: &[Text]) -> Copies {
        // Texts of one length are compared byte for byte; lengths rarely repeat otherwise.
        let mut by_len: HashMap<usize, Vec<usize>> = HashMap::new();
        let original = texts
            .iter()
            .enumerate()
            .map(|(i, (_, text))| {
                let same_len = by_len.entry(text.len()).or_default();
                match same_len.iter().find(|&&j| texts[j].1[..] == text[..]) {
                    Some(&j) => j,
                    None => {
                        same_len.push(i);
                        i
                    }
                }
            })
            .collect();
        Copies { original }
    }

    /// The texts that are the first with their bytes, in order.
    fn originals(&self, texts: &[Text]) -> Vec<Text> {
        texts
            .iter()
            .zip(&self.original)
            .enumerate()
            .filter(|(i, (_, o))| i == *o)
            .map(|(_, (t, _))| t.clone())
            .collect()
    }

    /// One result per text from `done`, one per original ([`Copies::originals`]): a copy's is
    /// its original's parse renamed, `None` where that cannot be (the original's parse failed
    /// or is missing, or the text defines a template of the copy's name) and it must be parsed.
    fn spread(&self, texts: &[Text], done: Vec<Option<ParseResult>>) -> Vec<Option<ParseResult>> {
        let mut done = done.into_iter();
        let mut out: Vec<Option<ParseResult>> = (self.original.iter().enumerate())
            .map(|(i, &o)| if i == o { done.next().flatten() } else { None })
            .collect();
        // An original comes before its copies.
        for (i, &o) in self.original.iter().enumerate().filter(|(i, o)| i != *o) {
            out[i] = match &out[o] {
                Some(Ok(p)) => p.renamed(&texts[i].0).map(Ok),
                _ => None,
            };
        }
        out
    }
}

/// A chart's path in the template set: its name, under `parent`'s path when it is a subchart
/// (`root/charts/sub`).
fn chart_path(chart: &Chart, parent: Option<&str>) -> String {
    match parent {
        None => chart.name().to_string(),
        Some(p) => format!("{p}/charts/{}", chart.name()),
    }
}

/// The templates of `chart` that join the set: all of them, or a library chart's partials
/// (`_*.tpl`) only.
fn rendered_templates(chart: &Chart) -> impl Iterator<Item = &crate::chart::File> {
    let library = chart.is_library();
    chart.templates.iter().filter(move |t| {
        !library
            || t.name
                .rsplit('/')
                .next()
                .unwrap_or(&t.name)
                .starts_with('_')
    })
}

impl Engine {
    /// Renders every template of `chart` (dependencies already processed) and returns the
    /// output by template path (`chart/templates/x.yaml`), partials excluded. The output is the
    /// template engine's text: bytes that are not UTF-8 are escaped ([`gotemplate::gostr`]).
    /// Texts already parsed `ahead` are not parsed again.
    pub fn render(
        &self,
        chart: &Chart,
        ctx: &RenderContext,
        ahead: Option<ParseAhead>,
    ) -> Result<BTreeMap<String, String>, RenderError> {
        let release = ctx.release.to_value();
        let caps = ctx.capabilities.to_value();
        let values = match &*ctx.values {
            serde_json::Value::Object(m) => map_to_template(m),
            _ => map_to_template(&serde_json::Map::new()),
        };
        let values = ValuesType::wrap(&values);
        let mut templates = BTreeMap::new();
        collect(
            chart,
            &Scope {
                release: &release,
                caps: &caps,
                values: &values,
            },
            None,
            &mut templates,
        );
        self.render_all(templates, ahead)
    }

    fn render_all(
        &self,
        tpls: BTreeMap<String, Renderable>,
        ahead: Option<ParseAhead>,
    ) -> Result<BTreeMap<String, String>, RenderError> {
        let funcs = helm_funcs(&FuncOptions {
            lint: self.lint,
            lookup: self.lookup.clone(),
            enable_dns: self.enable_dns,
        });
        let mut set = Templates::new(SET_NAME, funcs);
        set.set_missing_key(if self.strict {
            MissingKey::Error
        } else {
            MissingKey::Zero
        });
        if let Some(b) = self.max_stack_bytes {
            set.set_max_stack_bytes(b);
        }
        let keys = sort_templates(tpls.keys().cloned().collect());
        // Texts parse independently (those not parsed ahead: large charts on all cores, with
        // the lent thread smaller ones too), then join the set in Helm's order; the first error
        // in that order is the one reported.
        let parser = set.parser();
        let mut ready = ahead.map(|a| a.take(&parser)).unwrap_or_default();
        let mut parsed: Vec<Option<ParseResult>> = keys
            .iter()
            .map(|k| match ready.remove(k) {
                Some((text, r)) if Arc::ptr_eq(&text, &tpls[k].text) => Some(r),
                _ => None,
            })
            .collect();
        let todo: Vec<Text> = keys
            .iter()
            .zip(&parsed)
            .filter(|(_, p)| p.is_none())
            .map(|(k, _)| (k.clone(), tpls[k].text.clone()))
            .collect();
        let copies = Copies::of(&todo);
        let originals = copies.originals(&todo);
        let total: usize = originals.iter().map(|(_, t)| t.len()).sum();
        let parser = Arc::new(parser);
        let theirs = Arc::clone(&parser);
        let done = map_in_order_lending(
            originals,
            total,
            |(_, text): &Text| gotemplate::parse::fits_stack(text),
            move |(name, text): &Text| theirs.parse(name, &gotemplate::gostr::from_bytes(text)),
        );
        let rest = copies.spread(&todo, done.into_iter().map(Some).collect());
        let mut rest = todo.iter().zip(rest).map(|((name, text), r)| {
            r.unwrap_or_else(|| parser.parse(name, &gotemplate::gostr::from_bytes(text)))
        });
        for p in parsed.iter_mut().filter(|p| p.is_none()) {
            *p = rest.next();
        }
        for (name, p) in keys.iter().zip(parsed) {
            let p = p.expect("every text is parsed");
            if let Err(e) = p.and_then(|p| set.add_parsed(p)) {
                return Err(RenderError::Parse(parse_error_text(name, &e)));
            }
        }
        let mut rendered = BTreeMap::new();
        for name in &keys {
            let base = name.rsplit('/').next().unwrap_or(name);
            if base.starts_with('_') {
                continue;
            }
            let r = &tpls[name];
            let mut tm = BTreeMap::new();
            tm.insert("Name".to_string(), Value::str(name.as_str()));
            tm.insert("BasePath".to_string(), Value::str(r.base_path.as_str()));
            r.vals
                .borrow_mut()
                .entries
                .insert("Template".to_string(), ValuesType::wrap(&Value::map(tm)));
            // Templates see their scope as a `common.Values` (`.Subcharts` holds it as a plain
            // map).
            let data = Value::Map(ValuesType::wrap_ref(&r.vals));
            match set.execute(name, &data) {
                Ok(out) => {
                    let out = if out.contains("<no value>") {
                        out.replace("<no value>", "")
                    } else {
                        out
                    };
                    rendered.insert(name.clone(), out);
                }
                Err(e) => return Err(RenderError::Exec(exec_error_text(name, &e))),
            }
        }
        crate::teardown::discard(set);
        Ok(rendered)
    }
}

/// Helm's `sortTemplates`: more path segments first; equal depth in reverse name order.
pub fn sort_templates(mut names: Vec<String>) -> Vec<String> {
    names.sort_by(|a, b| {
        let (ca, cb) = (a.matches('/').count(), b.matches('/').count());
        cb.cmp(&ca).then_with(|| b.cmp(a))
    });
    names
}

struct Scope<'a> {
    release: &'a Value,
    caps: &'a Value,
    /// The root values (for the root chart) or the parent's scope `Values`.
    values: &'a Value,
}

/// Helm's `recAllTpls`: builds `chart`'s scope, recursing into subcharts, and records its
/// templates. `parent` is the parent's full path (`None` for the root chart).
fn collect(
    chart: &Chart,
    scope: &Scope<'_>,
    parent: Option<&str>,
    out: &mut BTreeMap<String, Renderable>,
) -> Value {
    let is_root = parent.is_none();
    let full_path = chart_path(chart, parent);
    let values = if is_root {
        scope.values.clone()
    } else {
        table(scope.values, chart.name()).unwrap_or_else(ValuesType::empty)
    };
    let subcharts = Value::map(BTreeMap::new());
    let mut next = BTreeMap::new();
    next.insert("Chart".to_string(), chart_value(&chart.metadata, is_root));
    next.insert("Files".to_string(), Files::new(&chart.files).to_value());
    next.insert("Release".to_string(), scope.release.clone());
    next.insert("Capabilities".to_string(), scope.caps.clone());
    next.insert("Values".to_string(), values.clone());
    next.insert("Subcharts".to_string(), subcharts.clone());
    let next = Value::map(next);
    let Value::Map(next_ref) = &next else {
        unreachable!("a map")
    };

    for dep in &chart.dependencies {
        let child_scope = Scope {
            release: scope.release,
            caps: scope.caps,
            values: &values,
        };
        let sub = collect(dep, &child_scope, Some(&full_path), out);
        if let Value::Map(s) = &subcharts {
            s.borrow_mut().entries.insert(dep.name().to_string(), sub);
        }
    }

    for t in rendered_templates(chart) {
        out.insert(
            join_path(&full_path, &t.name),
            Renderable {
                text: t.data.clone(),
                vals: next_ref.clone(),
                base_path: format!("{full_path}/templates"),
            },
        );
    }
    next
}

/// Go's `path.Join` for a chart path and a chart-relative file name.
fn join_path(a: &str, b: &str) -> String {
    let joined = format!("{a}/{b}");
    let mut parts: Vec<&str> = Vec::new();
    for p in joined.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// `Values.Table(name)`: the subchart's section (as a `common.Values`) when it is a map.
fn table(values: &Value, name: &str) -> Option<Value> {
    let Value::Map(m) = values else {
        return None;
    };
    ValuesType::table(m, name).ok().map(Value::Map)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each distinct text is parsed once; its copies get its parse under their own names, and
    /// a copy of a text that failed to parse is left to be parsed in its own name.
    #[test]
    fn copies_share_their_originals_parse() {
        let text = |name: &str, t: &str| -> Text { (name.to_string(), Arc::from(t.as_bytes())) };
        let texts = vec![
            text("c/templates/_a.tpl", "{{define \"a\"}}A{{end}}"),
            text("c/templates/bad.yaml", "{{ nope }}"),
            text("c/charts/s/templates/_a.tpl", "{{define \"a\"}}A{{end}}"),
            text("c/templates/b.yaml", "{{define \"a\"}}B{{end}}"),
            text("c/charts/s/templates/bad.yaml", "{{ nope }}"),
        ];
        let copies = Copies::of(&texts);
        assert_eq!(copies.original, [0, 1, 0, 3, 1]);
        let originals = copies.originals(&texts);
        let names: Vec<&str> = originals.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "c/templates/_a.tpl",
                "c/templates/bad.yaml",
                "c/templates/b.yaml"
            ]
        );
        let parser = Templates::new(SET_NAME, helm_funcs(&FuncOptions::default())).parser();
        let done = originals
            .iter()
            .map(|(n, t)| Some(parser.parse(n, std::str::from_utf8(t).unwrap())))
            .collect();
        let spread = copies.spread(&texts, done);
        assert!(matches!(spread[1], Some(Err(_))));
        assert!(spread[4].is_none(), "a failed parse is not renamed");
        let mut set = Templates::new(SET_NAME, helm_funcs(&FuncOptions::default()));
        for p in spread.into_iter().flatten().flatten() {
            set.add_parsed(p).unwrap();
        }
        assert!(set.has_template("c/charts/s/templates/_a.tpl"));
        assert_eq!(set.execute("a", &Value::Nil).unwrap(), "B");
    }

    #[test]
    fn templates_sort_deepest_first_then_reverse_names() {
        let got = sort_templates(vec![
            "c/templates/a.yaml".into(),
            "c/templates/b.yaml".into(),
            "c/charts/s/templates/z.yaml".into(),
            "c/templates/sub/x.yaml".into(),
        ]);
        assert_eq!(
            got,
            [
                "c/charts/s/templates/z.yaml",
                "c/templates/sub/x.yaml",
                "c/templates/b.yaml",
                "c/templates/a.yaml"
            ]
        );
    }

    fn chart_of(templates: &[(&str, String)]) -> Chart {
        let mut chart = Chart::default();
        chart.metadata.name = "c".into();
        chart.metadata.version = "1.0.0".into();
        chart.templates = templates
            .iter()
            .map(|(name, text)| crate::chart::File {
                name: name.to_string(),
                data: text.as_bytes().into(),
            })
            .collect();
        chart
    }

    fn render_chart(chart: &Chart) -> Result<BTreeMap<String, String>, RenderError> {
        let ctx = RenderContext {
            release: ReleaseOptions {
                name: "r".into(),
                namespace: "ns".into(),
                revision: 1,
                is_install: true,
                is_upgrade: false,
            },
            capabilities: Default::default(),
            values: Default::default(),
        };
        Engine::default().render(chart, &ctx, None)
    }

    #[test]
    fn large_charts_parse_in_parallel_with_helms_result_and_first_error() {
        // Over the parallel threshold: many templates, each defining and using a helper.
        let filler = "#".repeat(20_000);
        let mut templates: Vec<(String, String)> = (0..12)
            .map(|i| {
                (
                    format!("templates/t{i:02}.yaml"),
                    format!("{{{{ define \"h{i}\" }}}}v{i}{{{{ end }}}}k: {{{{ include \"h{i}\" . }}}}\n# {filler}\n"),
                )
            })
            .collect();
        let list: Vec<(&str, String)> = templates
            .iter()
            .map(|(n, t)| (n.as_str(), t.clone()))
            .collect();
        let out = render_chart(&chart_of(&list)).unwrap();
        assert_eq!(out.len(), 12);
        assert!(out["c/templates/t07.yaml"].starts_with("k: v7\n"));

        // Two broken templates: Helm parses in reverse name order at equal depth, so the error
        // is t09's, whichever thread parsed what.
        templates[3].1 = "{{ if }}".into();
        templates[9].1 = "{{ end }}".into();
        let list: Vec<(&str, String)> = templates
            .iter()
            .map(|(n, t)| (n.as_str(), t.clone()))
            .collect();
        match render_chart(&chart_of(&list)) {
            Err(RenderError::Parse(m)) => assert!(m.contains("t09.yaml"), "{m}"),
            other => panic!("expected a parse error, got {:?}", other.map(|m| m.len())),
        }
    }

    #[test]
    fn paths_join_like_go() {
        assert_eq!(join_path("c", "templates/x.yaml"), "c/templates/x.yaml");
        assert_eq!(join_path("c", "templates/../x.yaml"), "c/x.yaml");
    }
}
