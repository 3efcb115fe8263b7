//! YAML text -> `serde_json::Value`, the way sigs.k8s.io/yaml `Unmarshal` into `interface{}` does
//! it: go-yaml v2 builds a node tree from libyaml events, decodes it with YAML 1.1 resolution
//! (merge keys, aliases, last duplicate key wins), then non-string keys become strings.

use foldhash::{HashMap, HashMapExt};

use libyaml_safer::{ErrorKind, EventData, MappingStyle, Mark, Parser, ScalarStyle, SequenceStyle};
use serde_json::{Map, Number, Value};

use crate::resolve::{
    resolve_hinted, short_tag, tag_of, Resolved, BINARY_TAG, BOOL_TAG, FLOAT_TAG, INT_TAG,
    MERGE_TAG, NULL_TAG, STR_TAG, TIMESTAMP_TAG,
};
use crate::Error;
use gostd::strconv::format_float;

pub(crate) enum Kind {
    Scalar {
        /// A cell so that the decoder can move the text out when nothing aliases it.
        value: std::cell::Cell<String>,
        tag: String,
        /// go-yaml's `implicit`: plain style (or the non-specific `!` tag).
        implicit: bool,
    },
    Seq(Vec<usize>),
    Map(Vec<usize>),
    Alias {
        name: String,
        target: usize,
    },
}

pub(crate) struct Node {
    pub(crate) kind: Kind,
}

/// One parsed document: a node arena and its root.
pub(crate) struct Doc {
    pub(crate) nodes: Vec<Node>,
    pub(crate) root: usize,
    /// Deepest collection nesting.
    pub(crate) depth: usize,
    /// Whether any alias occurs (then nodes may be decoded more than once).
    pub(crate) has_alias: bool,
}

/// A copy of a cell's text.
fn peek(cell: &std::cell::Cell<String>) -> String {
    let s = cell.take();
    let copy = s.clone();
    cell.set(s);
    copy
}

/// go-yaml's scanner limit on nesting (flow levels and indentation levels).
const MAX_DEPTH: usize = 10000;

fn yaml_err(msg: impl Into<String>) -> Error {
    Error::Yaml(format!("yaml: {}", msg.into()))
}

/// go-yaml v2 `parser.fail()`: the line comes from the problem mark (plus one for scanner
/// errors only), else from the context mark; line 0 is not printed.
pub(crate) fn parse_error(e: &libyaml_safer::Error) -> Error {
    let mut line = 0u64;
    if let Some(pm) = e.problem_mark() {
        if pm.line != 0 {
            line = pm.line;
            if e.kind() == ErrorKind::Scanner {
                line += 1;
            }
        }
    }
    if line == 0 {
        if let Some(cm) = e.context_mark() {
            line = cm.line;
        }
    }
    let problem = e.problem();
    let problem = if problem.is_empty() {
        "unknown problem parsing YAML content"
    } else {
        problem
    };
    if line != 0 {
        yaml_err(format!("line {line}: {problem}"))
    } else {
        yaml_err(problem)
    }
}

enum Frame {
    Seq(usize, Vec<usize>),
    Map(usize, Vec<usize>),
}

/// An open flow collection, for the checks where go-yaml's scanner differs from libyaml 0.2.5.
struct FlowCtx {
    /// The closing bracket go-yaml's parser would complain about (`]` or `}`).
    close: char,
    start: Mark,
}

/// Number of line breaks (as libyaml counts them) in `s`.
fn count_breaks(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => n += 1,
            b'\r' if b.get(i + 1) != Some(&b'\n') => n += 1,
            0xC2 if b.get(i + 1) == Some(&0x85) => n += 1,
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => {
                n += 1
            }
            _ => {}
        }
        i += 1;
    }
    n
}

/// The raw source text of an event.
fn raw(text: &str, start: Mark, end: Mark) -> &str {
    let (a, b) = (start.index as usize, end.index as usize);
    text.get(a.min(text.len())..b.min(text.len())).unwrap_or("")
}

/// go-yaml's line rule for an error: problem line (+1 for scanner errors) unless it is 0, then the
/// context line.
fn located(problem_line: u64, scanner: bool, context_line: u64, msg: &str) -> Error {
    let line = if problem_line != 0 {
        problem_line + u64::from(scanner)
    } else {
        context_line
    };
    if line != 0 {
        yaml_err(format!("line {line}: {msg}"))
    } else {
        yaml_err(msg)
    }
}

/// go-yaml v2 accepts YAML 1.1 escapes only: `\/` is an error, `\'` an apostrophe.
fn check_double_quoted(text: &str, start: Mark, end: Mark) -> Result<(), Error> {
    let r = raw(text, start, end);
    let b = r.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            if b.get(i + 1) == Some(&b'/') {
                let line = start.line + count_breaks(&r[..i]);
                return Err(located(
                    line,
                    true,
                    start.line,
                    "found unknown escape character",
                ));
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    Ok(())
}

/// go-yaml v2 ends a plain scalar at `?` inside flow collections, after which its parser fails.
fn check_flow_plain(text: &str, start: Mark, end: Mark, flow: &FlowCtx) -> Result<(), Error> {
    let r = raw(text, start, end);
    if let Some(pos) = r
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c == '?')
        .map(|(i, _)| i)
    {
        let line = start.line + count_breaks(&r[..pos]);
        let msg = format!("did not find expected ',' or '{}'", flow.close);
        return Err(located(line, false, flow.start.line, &msg));
    }
    Ok(())
}

enum Attempt {
    Done(Vec<Doc>),
    /// Parse again after replacing a byte range: go-yaml accepts input libyaml 0.2.5 rejects.
    Rewrite(std::ops::Range<usize>, String),
    /// The parser panicked at the end of the input: in an escape sequence, or in a block scalar.
    EndOfInput {
        escape: bool,
    },
}

/// go-yaml v2 keeps a `:` followed by a flow indicator inside a flow plain scalar (`[a:]` is the
/// string `a:`), where libyaml 0.2.5 fails with "found unexpected ':'". Such a scalar always
/// resolves to a string, so it can be re-parsed as the equivalent double-quoted scalar.
fn colon_rewrite(input: &str, e: &libyaml_safer::Error) -> Option<Attempt> {
    let start = e.context_mark()?.index as usize;
    let colon = e.problem_mark()?.index as usize;
    if input.as_bytes().get(colon) != Some(&b':') || start >= colon {
        return None;
    }
    let scalar = input.get(start..=colon)?;
    let mut quoted = String::with_capacity(scalar.len() + 2);
    quoted.push('"');
    for c in scalar.chars() {
        if c == '"' || c == '\\' {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    Some(Attempt::Rewrite(start..colon + 1, quoted))
}

thread_local! {
    /// Set while this thread runs the parser, so that its panics are not reported.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs (once) a panic hook that stays silent for panics inside [`parse_guarded`] and hands
/// every other panic to the hook that was there before.
fn install_quiet_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(|q| q.get()) {
                previous(info);
            }
        }));
    });
}

/// The next event, or the panic message when the parser panicked.
/// The input handed to libyaml a few KiB at a time. Given the whole slice at once, its reader
/// decodes everything into a queue of `char`s up front (4 bytes per input byte, regrown by
/// copying), which dominated the parse time of large manifests.
pub(crate) struct Chunks<'a> {
    pub(crate) rest: &'a [u8],
}

const CHUNK: usize = 16 * 1024;

impl std::io::Read for Chunks<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(self.rest.len());
        buf[..n].copy_from_slice(&self.rest[..n]);
        self.rest = &self.rest[n..];
        Ok(n)
    }
}

impl std::io::BufRead for Chunks<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        Ok(&self.rest[..self.rest.len().min(CHUNK)])
    }

    fn consume(&mut self, n: usize) {
        self.rest = &self.rest[n..];
    }
}

pub(crate) fn parse_guarded(
    parser: &mut Parser<Chunks<'_>>,
) -> Result<Result<libyaml_safer::Event, libyaml_safer::Error>, String> {
    install_quiet_hook();
    QUIET.with(|q| q.set(true));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parser.parse()));
    QUIET.with(|q| q.set(false));
    r.map_err(|p| {
        p.downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default()
    })
}

pub(crate) fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// go-yaml's value for a block scalar that runs to the end of input with no final line break,
/// given libyaml's value for the same input with a line break appended: the appended break is
/// kept by `|+`, and by clipping when the last line has content.
pub(crate) fn unappend_break(value: &mut String, header: &str, input: &str) {
    let indicators: String = header
        .chars()
        .skip(1)
        .take_while(|c| matches!(c, '+' | '-' | '1'..='9'))
        .collect();
    let last_line = input.rsplit(is_line_break).next().unwrap_or("");
    let has_content = last_line.chars().any(|c| c != ' ' && c != '\t');
    let remove = if indicators.contains('+') {
        true
    } else {
        !indicators.contains('-') && has_content
    };
    if remove && value.ends_with('\n') {
        value.pop();
    }
}

/// The byte offset of the first `,` that directly follows a tag (`!...`) after `from`.
fn tag_comma_after(input: &str, from: usize) -> Option<usize> {
    let b = input.as_bytes();
    let mut i = from.min(b.len());
    while i < b.len() {
        let starts_token =
            i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b',');
        if b[i] == b'!' && starts_token {
            let mut j = i + 1;
            while j < b.len()
                && !matches!(
                    b[j],
                    b' ' | b'\t' | b'\n' | b'\r' | b',' | b'[' | b']' | b'{' | b'}'
                )
            {
                j += 1;
            }
            if b.get(j) == Some(&b',') {
                return Some(j);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    None
}

/// Reads documents from the event stream. `max_docs` limits how many are read (go-yaml's
/// `Unmarshal` stops after the first document and never looks further).
/// go-yaml v2 rejects any `%YAML` version but 1.1 as soon as it reads the directives, before
/// libyaml 0.2.5 (which accepts 1.2) could report anything else; checked here for the stream's
/// first document (later ones are checked at their DOCUMENT-START event).
fn check_leading_version(input: &str) -> Result<(), Error> {
    for (n, line) in input.lines().enumerate() {
        let line = line.trim_start_matches('\u{feff}');
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if !line.starts_with('%') {
            return Ok(());
        }
        if let Some(rest) = line.strip_prefix("%YAML") {
            let version = rest.split_whitespace().next().unwrap_or("");
            if let Some((major, minor)) = version.split_once('.') {
                let num = |x: &str| !x.is_empty() && x.bytes().all(|c| c.is_ascii_digit());
                if num(major)
                    && num(minor)
                    && (major.parse() != Ok(1u32) || minor.parse() != Ok(1u32))
                {
                    return Err(located(
                        n as u64,
                        false,
                        0,
                        "found incompatible YAML document",
                    ));
                }
            }
        }
    }
    Ok(())
}

fn parse_docs(input: &str, max_docs: usize) -> Result<Vec<Doc>, Error> {
    // Most values files are plain block YAML, which the simple reader reads directly.
    if let Ok(doc) = crate::simple::read(input) {
        return Ok(vec![doc]);
    }
    parse_docs_libyaml(input, max_docs)
}

/// [`parse_docs`] through libyaml's events, for any input.
pub(crate) fn parse_docs_libyaml(input: &str, max_docs: usize) -> Result<Vec<Doc>, Error> {
    check_leading_version(input)?;
    let mut text: std::borrow::Cow<'_, str> = std::borrow::Cow::Borrowed(input);
    let mut appended: Option<usize> = None;
    // Every rewrite removes one occurrence of what libyaml rejected, so this ends; the bound only
    // guards against surprises.
    for _ in 0..100_000 {
        match parse_docs_once(&text, max_docs, appended)? {
            Attempt::Done(docs) => return Ok(docs),
            Attempt::Rewrite(range, with) => {
                if let Some(len) = appended.as_mut() {
                    if range.start < *len {
                        *len = (*len + with.len()).saturating_sub(range.len());
                    }
                }
                text.to_mut().replace_range(range, &with);
            }
            Attempt::EndOfInput { escape } => {
                // libyaml-safer 0.3 panics where a block scalar (or an escape) meets the end of
                // input without a line break. An escape there is go-yaml's "unknown escape";
                // otherwise parse again with a line break appended and undo its effect.
                if escape && text.ends_with('\\') {
                    let line = text.matches('\n').count() as u64;
                    return Err(located(line, true, 0, "found unknown escape character"));
                }
                if appended.is_some() || text.ends_with(is_line_break) {
                    return Err(yaml_err("found unexpected end of stream"));
                }
                appended = Some(text.len());
                text.to_mut().push('\n');
            }
        }
    }
    Err(yaml_err("unknown problem parsing YAML content"))
}

/// `appended`: the input length before a line break was appended to it (see [`parse_docs`]).
fn parse_docs_once(
    input: &str,
    max_docs: usize,
    appended: Option<usize>,
) -> Result<Attempt, Error> {
    let bytes: &[u8] = if input.is_empty() {
        b"\n"
    } else {
        input.as_bytes()
    };
    let mut parser = Parser::new();
    parser.set_input(Chunks { rest: bytes });
    let mut docs = Vec::new();
    let mut nodes: Vec<Node> = Vec::new();
    let mut anchors: HashMap<String, usize> = HashMap::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut root: Option<usize> = None;
    let mut depth = 0usize;
    let mut flows: Vec<Option<FlowCtx>> = Vec::new();
    let mut last_end = 0usize;
    let mut has_alias = false;
    loop {
        let ev = match parse_guarded(&mut parser) {
            Err(panic) if panic.starts_with("TODO") => {
                // libyaml-safer 0.3 panics on a tag followed by `,` inside a flow collection;
                // go-yaml takes the `,` into the tag. Escape it and parse again.
                return match tag_comma_after(input, last_end) {
                    Some(at) => Ok(Attempt::Rewrite(at..at + 1, "%2C".into())),
                    None => Err(yaml_err("did not find expected whitespace or line break")),
                };
            }
            Err(panic) => {
                return Ok(Attempt::EndOfInput {
                    escape: panic.contains("unwrap"),
                })
            }
            Ok(Ok(ev)) => ev,
            Ok(Err(e)) => {
                if e.problem() == "found unknown escape character" {
                    if let Some(m) = e.problem_mark() {
                        let at = m.index as usize;
                        if input.as_bytes().get(at..at + 2) == Some(b"\\'") {
                            // `\\'` -> `'`: the same character in a double-quoted scalar.
                            return Ok(Attempt::Rewrite(at..at + 2, "'".into()));
                        }
                    }
                }
                // go-yaml's tag URIs may hold `,`, `[` and `]`; libyaml 0.2.5 stops the tag there.
                // Their URI escapes decode to the same tag.
                if e.problem() == "did not find expected whitespace or line break"
                    && e.context() == Some("while scanning a tag")
                {
                    if let Some(m) = e.problem_mark() {
                        let at = m.index as usize;
                        let esc = match input.as_bytes().get(at) {
                            Some(b',') => Some("%2C"),
                            Some(b'[') => Some("%5B"),
                            Some(b']') => Some("%5D"),
                            _ => None,
                        };
                        if let Some(esc) = esc {
                            return Ok(Attempt::Rewrite(at..at + 1, esc.into()));
                        }
                    }
                }
                if e.problem() == "found unexpected ':'" {
                    if let Some(a) = colon_rewrite(input, &e) {
                        return Ok(a);
                    }
                }
                return Err(parse_error(&e));
            }
        };
        let (start_mark, end_mark) = (ev.start_mark, ev.end_mark);
        last_end = end_mark.index as usize;
        // A finished node to attach to its parent.
        let finished: Option<usize> = match ev.data {
            EventData::StreamStart { .. } => None,
            EventData::StreamEnd => break,
            EventData::DocumentStart {
                version_directive, ..
            } => {
                if let Some(v) = version_directive {
                    if v.major != 1 || v.minor != 1 {
                        return Err(located(
                            start_mark.line,
                            false,
                            0,
                            "found incompatible YAML document",
                        ));
                    }
                }
                nodes = Vec::new();
                anchors.clear();
                root = None;
                None
            }
            EventData::DocumentEnd { .. } => {
                let r = root.take().unwrap_or_else(|| {
                    nodes.push(Node {
                        kind: Kind::Scalar {
                            value: Default::default(),
                            tag: String::new(),
                            implicit: true,
                        },
                    });
                    nodes.len() - 1
                });
                docs.push(Doc {
                    nodes: std::mem::take(&mut nodes),
                    root: r,
                    depth,
                    has_alias,
                });
                depth = 0;
                has_alias = false;
                if docs.len() >= max_docs {
                    break;
                }
                None
            }
            EventData::Alias { anchor } => {
                has_alias = true;
                let Some(&target) = anchors.get(&anchor) else {
                    return Err(yaml_err(format!("unknown anchor '{anchor}' referenced")));
                };
                nodes.push(Node {
                    kind: Kind::Alias {
                        name: anchor,
                        target,
                    },
                });
                Some(nodes.len() - 1)
            }
            EventData::Scalar {
                anchor,
                tag,
                mut value,
                plain_implicit,
                style,
                ..
            } => {
                if let Some(len) = appended {
                    if matches!(style, ScalarStyle::Literal | ScalarStyle::Folded)
                        && end_mark.index as usize > len
                    {
                        let header = raw(input, start_mark, end_mark);
                        unappend_break(&mut value, header, input.get(..len).unwrap_or(input));
                    }
                }
                match style {
                    ScalarStyle::DoubleQuoted => check_double_quoted(input, start_mark, end_mark)?,
                    ScalarStyle::Plain => {
                        if let Some(Some(flow)) = flows.last() {
                            check_flow_plain(input, start_mark, end_mark, flow)?;
                        }
                    }
                    _ => {}
                }
                nodes.push(Node {
                    kind: Kind::Scalar {
                        value: std::cell::Cell::new(value),
                        tag: tag.unwrap_or_default(),
                        implicit: plain_implicit,
                    },
                });
                let id = nodes.len() - 1;
                if let Some(a) = anchor {
                    anchors.insert(a, id);
                }
                Some(id)
            }
            EventData::SequenceStart { anchor, style, .. } => {
                flows.push((style == SequenceStyle::Flow).then_some(FlowCtx {
                    close: ']',
                    start: start_mark,
                }));
                nodes.push(Node {
                    kind: Kind::Seq(Vec::new()),
                });
                let id = nodes.len() - 1;
                if let Some(a) = anchor {
                    anchors.insert(a, id);
                }
                stack.push(Frame::Seq(id, Vec::new()));
                depth = depth.max(stack.len());
                if stack.len() > MAX_DEPTH {
                    let line = ev.start_mark.line;
                    return Err(if line != 0 {
                        yaml_err(format!(
                            "line {}: exceeded max depth of {MAX_DEPTH}",
                            line + 1
                        ))
                    } else {
                        yaml_err(format!("exceeded max depth of {MAX_DEPTH}"))
                    });
                }
                None
            }
            EventData::MappingStart { anchor, style, .. } => {
                // A single-pair mapping inside a flow sequence (`[a: b]`) has no brace of its
                // own; go-yaml reports the sequence's bracket then.
                let explicit = input.as_bytes().get(start_mark.index as usize) == Some(&b'{');
                let outer = flows
                    .last()
                    .and_then(|f| f.as_ref())
                    .map(|f| (f.close, f.start));
                flows.push(
                    (style == MappingStyle::Flow).then_some(match (explicit, outer) {
                        (false, Some((close, start))) => FlowCtx { close, start },
                        _ => FlowCtx {
                            close: '}',
                            start: start_mark,
                        },
                    }),
                );
                nodes.push(Node {
                    kind: Kind::Map(Vec::new()),
                });
                let id = nodes.len() - 1;
                if let Some(a) = anchor {
                    anchors.insert(a, id);
                }
                stack.push(Frame::Map(id, Vec::new()));
                depth = depth.max(stack.len());
                if stack.len() > MAX_DEPTH {
                    let line = ev.start_mark.line;
                    return Err(if line != 0 {
                        yaml_err(format!(
                            "line {}: exceeded max depth of {MAX_DEPTH}",
                            line + 1
                        ))
                    } else {
                        yaml_err(format!("exceeded max depth of {MAX_DEPTH}"))
                    });
                }
                None
            }
            EventData::SequenceEnd => {
                flows.pop();
                match stack.pop() {
                    Some(Frame::Seq(id, children)) => {
                        nodes[id].kind = Kind::Seq(children);
                        Some(id)
                    }
                    _ => return Err(yaml_err("unexpected sequence end")),
                }
            }
            EventData::MappingEnd => {
                flows.pop();
                match stack.pop() {
                    Some(Frame::Map(id, children)) => {
                        nodes[id].kind = Kind::Map(children);
                        Some(id)
                    }
                    _ => return Err(yaml_err("unexpected mapping end")),
                }
            }
        };
        if let Some(id) = finished {
            match stack.last_mut() {
                Some(Frame::Seq(_, c)) | Some(Frame::Map(_, c)) => c.push(id),
                None => root = Some(id),
            }
        }
    }
    Ok(Attempt::Done(docs))
}

/// Intermediate value, as go-yaml v2 hands it to sigs.k8s.io/yaml (Go types).
#[derive(Debug, Clone)]
pub(crate) enum GoVal {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(String),
    Seq(Vec<GoVal>),
    Map(GoMap),
}

/// A `map[interface{}]interface{}`: entries keyed by the Go key's type and value.
#[derive(Debug, Clone, Default)]
pub(crate) struct GoMap {
    index: HashMap<String, usize>,
    pub(crate) entries: Vec<(GoVal, GoVal)>,
}

/// Identity of a Go map key (type and value), so `1`, `1.0` and `"1"` stay distinct keys.
fn key_identity(k: &GoVal) -> String {
    match k {
        GoVal::Null => "n".into(),
        GoVal::Bool(b) => format!("b{b}"),
        GoVal::Int(i) => format!("i{i}"),
        GoVal::Uint(u) => format!("u{u}"),
        GoVal::Float(f) => format!("f{}", f.to_bits()),
        GoVal::Str(s) => format!("s{s}"),
        GoVal::Seq(_) | GoVal::Map(_) => String::new(),
    }
}

fn same_key(a: &GoVal, b: &GoVal) -> bool {
    match (a, b) {
        (GoVal::Null, GoVal::Null) => true,
        (GoVal::Bool(x), GoVal::Bool(y)) => x == y,
        (GoVal::Int(x), GoVal::Int(y)) => x == y,
        (GoVal::Uint(x), GoVal::Uint(y)) => x == y,
        (GoVal::Float(x), GoVal::Float(y)) => x.to_bits() == y.to_bits(),
        (GoVal::Str(x), GoVal::Str(y)) => x == y,
        _ => false,
    }
}

/// Below this many entries a linear scan finds duplicate keys faster than hashing.
const INDEX_THRESHOLD: usize = 16;

impl GoMap {
    fn insert(&mut self, k: GoVal, v: GoVal) {
        if self.entries.len() < INDEX_THRESHOLD {
            if let Some(e) = self.entries.iter_mut().find(|e| same_key(&e.0, &k)) {
                e.1 = v;
                return;
            }
            self.entries.push((k, v));
            if self.entries.len() == INDEX_THRESHOLD {
                for (i, e) in self.entries.iter().enumerate() {
                    self.index.insert(key_identity(&e.0), i);
                }
            }
            return;
        }
        let id = key_identity(&k);
        if let Some(&i) = self.index.get(&id) {
            self.entries[i].1 = v;
        } else {
            self.index.insert(id, self.entries.len());
            self.entries.push((k, v));
        }
    }
}

const ALIAS_RATIO_LOW: f64 = 400_000.0;
const ALIAS_RATIO_HIGH: f64 = 4_000_000.0;

fn allowed_alias_ratio(count: usize) -> f64 {
    let c = count as f64;
    if c <= ALIAS_RATIO_LOW {
        0.99
    } else if c >= ALIAS_RATIO_HIGH {
        0.10
    } else {
        0.99 - 0.89 * ((c - ALIAS_RATIO_LOW) / (ALIAS_RATIO_HIGH - ALIAS_RATIO_LOW))
    }
}

struct Decoder<'a> {
    doc: &'a Doc,
    /// Whether a value JSON cannot hold (NaN, infinity) or a key sigs.k8s.io/yaml rejects (null,
    /// uint64) was decoded; only then does the JSON conversion look for errors.
    suspicious: bool,
    active_aliases: Vec<usize>,
    decode_count: usize,
    alias_count: usize,
    alias_depth: usize,
}

impl<'a> Decoder<'a> {
    fn count(&mut self) -> Result<(), Error> {
        self.decode_count += 1;
        if self.alias_depth > 0 {
            self.alias_count += 1;
        }
        if self.alias_count > 100
            && self.decode_count > 1000
            && (self.alias_count as f64 / self.decode_count as f64)
                > allowed_alias_ratio(self.decode_count)
        {
            return Err(yaml_err("document contains excessive aliasing"));
        }
        Ok(())
    }

    fn enter_alias(&mut self, id: usize, name: &str) -> Result<(), Error> {
        if self.active_aliases.contains(&id) {
            return Err(yaml_err(format!("anchor '{name}' value contains itself")));
        }
        self.active_aliases.push(id);
        self.alias_depth += 1;
        Ok(())
    }

    fn leave_alias(&mut self) {
        self.active_aliases.pop();
        self.alias_depth -= 1;
    }

    fn decode(&mut self, id: usize) -> Result<GoVal, Error> {
        self.count()?;
        let doc = self.doc;
        match &doc.nodes[id].kind {
            Kind::Alias { name, target } => {
                self.enter_alias(id, name)?;
                let r = self.decode(*target);
                self.leave_alias();
                r
            }
            Kind::Scalar {
                value,
                tag,
                implicit,
            } => {
                let text = if doc.has_alias {
                    peek(value)
                } else {
                    value.take()
                };
                let v = scalar(text, tag, *implicit)?;
                if matches!(v, GoVal::Float(f) if !f.is_finite()) {
                    self.suspicious = true;
                }
                Ok(v)
            }
            Kind::Seq(children) => {
                let mut out = Vec::with_capacity(children.len());
                for &c in children {
                    out.push(self.decode(c)?);
                }
                Ok(GoVal::Seq(out))
            }
            Kind::Map(_) => {
                let mut m = GoMap::default();
                self.mapping_into(id, &mut m)?;
                Ok(GoVal::Map(m))
            }
        }
    }

    fn is_merge(&self, id: usize) -> bool {
        match &self.doc.nodes[id].kind {
            Kind::Scalar {
                value,
                tag,
                implicit,
            } if *implicit || tag == MERGE_TAG => {
                let s = value.take();
                let merge = s == "<<";
                value.set(s);
                merge
            }
            _ => false,
        }
    }

    /// Decodes the mapping node `id` into `out` (go-yaml `d.mapping` with an existing map).
    fn mapping_into(&mut self, id: usize, out: &mut GoMap) -> Result<(), Error> {
        let doc = self.doc;
        let Kind::Map(children) = &doc.nodes[id].kind else {
            return Err(yaml_err(
                "map merge requires map or sequence of maps as the value",
            ));
        };
        for pair in children.chunks(2) {
            let (k, v) = (pair[0], pair[1]);
            if self.is_merge(k) {
                self.merge(v, out)?;
                continue;
            }
            let key = self.decode(k)?;
            let key = match key {
                GoVal::Map(_) | GoVal::Seq(_) => {
                    return Err(yaml_err(format!("invalid map key: {}", go_sharp_v(&key))));
                }
                other => other,
            };
            let val = self.decode(v)?;
            if !matches!(
                key,
                GoVal::Str(_) | GoVal::Int(_) | GoVal::Float(_) | GoVal::Bool(_)
            ) {
                self.suspicious = true;
            }
            out.insert(key, val);
        }
        Ok(())
    }

    /// Decodes node `id` into an existing map (used by merges): mapping or alias of mapping.
    fn decode_into_map(&mut self, id: usize, out: &mut GoMap) -> Result<(), Error> {
        self.count()?;
        let doc = self.doc;
        match &doc.nodes[id].kind {
            Kind::Alias { name, target } => {
                self.enter_alias(id, name)?;
                let r = self.decode_into_map(*target, out);
                self.leave_alias();
                r
            }
            Kind::Map(_) => self.mapping_into(id, out),
            _ => Err(yaml_err(
                "map merge requires map or sequence of maps as the value",
            )),
        }
    }

    fn alias_target_is_map(&self, id: usize) -> bool {
        match &self.doc.nodes[id].kind {
            Kind::Alias { target, .. } => matches!(self.doc.nodes[*target].kind, Kind::Map(_)),
            Kind::Map(_) => true,
            _ => false,
        }
    }

    fn merge(&mut self, id: usize, out: &mut GoMap) -> Result<(), Error> {
        let want_map = || yaml_err("map merge requires map or sequence of maps as the value");
        let doc = self.doc;
        match &doc.nodes[id].kind {
            Kind::Map(_) => self.decode_into_map(id, out),
            Kind::Alias { .. } => {
                if !self.alias_target_is_map(id) {
                    return Err(want_map());
                }
                self.decode_into_map(id, out)
            }
            Kind::Seq(children) => {
                for &c in children.iter().rev() {
                    if !self.alias_target_is_map(c) {
                        return Err(want_map());
                    }
                    self.decode_into_map(c, out)?;
                }
                Ok(())
            }
            Kind::Scalar { .. } => Err(want_map()),
        }
    }
}

/// Rough Go `%#v` of a decoded value, for error texts.
fn go_sharp_v(v: &GoVal) -> String {
    match v {
        GoVal::Null => "interface {}(nil)".into(),
        GoVal::Bool(b) => b.to_string(),
        GoVal::Int(i) => i.to_string(),
        GoVal::Uint(u) => format!("0x{u:x}"),
        GoVal::Float(f) => format_float(*f, 'g', -1, 64),
        GoVal::Str(s) => format!("{s:?}"),
        GoVal::Seq(items) => format!(
            "[]interface {{}}{{{}}}",
            items.iter().map(go_sharp_v).collect::<Vec<_>>().join(", ")
        ),
        GoVal::Map(m) => format!(
            "map[interface {{}}]interface {{}}{{{}}}",
            m.entries
                .iter()
                .map(|(k, v)| format!("{}:{}", go_sharp_v(k), go_sharp_v(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn go_type_name(v: &GoVal) -> &'static str {
    match v {
        GoVal::Null => "%!s(<nil>)",
        GoVal::Bool(_) => "bool",
        GoVal::Int(_) => "int",
        GoVal::Uint(_) => "uint64",
        GoVal::Float(_) => "float64",
        GoVal::Str(_) => "string",
        GoVal::Seq(_) => "[]interface {}",
        GoVal::Map(_) => "map[interface {}]interface {}",
    }
}

/// sigs.k8s.io/yaml's key stringification.
fn key_string(k: &GoVal, v: &GoVal) -> Result<String, Error> {
    Ok(match k {
        GoVal::Str(s) => s.clone(),
        GoVal::Int(i) => i.to_string(),
        GoVal::Float(f) => match format_float(*f, 'g', -1, 32).as_str() {
            "+Inf" => ".inf".into(),
            "-Inf" => "-.inf".into(),
            "NaN" => ".nan".into(),
            s => s.to_string(),
        },
        GoVal::Bool(b) => b.to_string(),
        _ => {
            let key = match k {
                GoVal::Null => "<nil>".to_string(),
                other => go_sharp_v(other),
            };
            return Err(Error::Yaml(format!(
                "unsupported map key of type: {}, key: {}, value: {}",
                go_type_name(k),
                key,
                match v {
                    // A nil interface prints as <nil> at the top level of %+#v.
                    GoVal::Null => "<nil>".to_string(),
                    other => go_sharp_v(other),
                }
            )));
        }
    })
}

fn resolvable_tag(tag: &str) -> bool {
    matches!(
        tag,
        "" | STR_TAG | BOOL_TAG | INT_TAG | FLOAT_TAG | NULL_TAG | TIMESTAMP_TAG
    )
}

fn resolved_to_go(r: Resolved, value: String) -> GoVal {
    match r {
        Resolved::Null => GoVal::Null,
        Resolved::Bool(b) => GoVal::Bool(b),
        Resolved::Int(i) => GoVal::Int(i),
        Resolved::Uint(u) => GoVal::Uint(u),
        Resolved::Float(f) => GoVal::Float(f),
        Resolved::Timestamp | Resolved::Merge | Resolved::Str => GoVal::Str(value),
    }
}

/// go-yaml v2 `d.scalar` into an `interface{}`.
fn scalar(value: String, tag: &str, implicit: bool) -> Result<GoVal, Error> {
    if tag.is_empty() && !implicit {
        return Ok(GoVal::Str(value));
    }
    if tag == BINARY_TAG {
        return match decode_base64(&value) {
            Some(bytes) => Ok(GoVal::Str(String::from_utf8_lossy(&bytes).into_owned())),
            None => Err(yaml_err("!!binary value contains invalid base64 data")),
        };
    }
    if !resolvable_tag(tag) {
        return Ok(GoVal::Str(value));
    }
    if tag == STR_TAG {
        return Ok(GoVal::Str(value));
    }
    let r = resolve_hinted(&value, tag.is_empty() || tag == TIMESTAMP_TAG);
    if tag.is_empty() {
        return Ok(resolved_to_go(r, value));
    }
    let rtag = tag_of(&r);
    if rtag == tag {
        return Ok(resolved_to_go(r, value));
    }
    if tag == FLOAT_TAG {
        // go-yaml only converts int and int64 here; uint64 falls through to the error.
        if let Resolved::Int(i) = r {
            return Ok(GoVal::Float(i as f64));
        }
    }
    Err(yaml_err(format!(
        "cannot decode {} `{}` as a {}",
        short_tag(rtag),
        value,
        short_tag(tag)
    )))
}

/// Standard base64 (with padding), as Go's `base64.StdEncoding.DecodeString`; line breaks are
/// not allowed by Go except CR/LF which it skips.
fn decode_base64(s: &str) -> Option<Vec<u8>> {
    fn val(c: u8) -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => (c - b'A') as u32,
            b'a'..=b'z' => (c - b'a' + 26) as u32,
            b'0'..=b'9' => (c - b'0' + 52) as u32,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        })
    }
    let clean: Vec<u8> = s.bytes().filter(|&c| c != b'\n' && c != b'\r').collect();
    if !clean.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(clean.len() / 4 * 3);
    for (ci, chunk) in clean.chunks(4).enumerate() {
        let last = ci == clean.len() / 4 - 1;
        let pads = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pads > 2 || (pads > 0 && !last) {
            return None;
        }
        let mut n: u32 = 0;
        for &c in &chunk[..4 - pads] {
            n = (n << 6) | val(c)?;
        }
        n <<= 6 * pads as u32;
        let b = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&b[..3 - pads]);
    }
    Some(out)
}

/// sigs.k8s.io/yaml's key conversion runs before `json.Marshal`, so its errors come first.
fn check_keys(v: &GoVal) -> Result<(), Error> {
    match v {
        GoVal::Seq(items) => items.iter().try_for_each(check_keys),
        GoVal::Map(m) => {
            for (k, v) in &m.entries {
                key_string(k, v)?;
                check_keys(v)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// The first NaN or infinity `json.Marshal` meets (it walks maps in sorted key order).
fn first_unsupported_float(v: &GoVal) -> Option<f64> {
    match v {
        GoVal::Float(f) if !f.is_finite() => Some(*f),
        GoVal::Seq(items) => items.iter().find_map(first_unsupported_float),
        GoVal::Map(m) => {
            let mut entries: Vec<(String, &GoVal)> = m
                .entries
                .iter()
                .map(|(k, v)| (key_string(k, v).unwrap_or_default(), v))
                .collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            entries
                .into_iter()
                .find_map(|(_, v)| first_unsupported_float(v))
        }
        _ => None,
    }
}

/// The JSON round trip: errors as sigs.k8s.io/yaml and encoding/json report them.
fn to_json(v: GoVal, suspicious: bool) -> Result<Value, Error> {
    if !suspicious {
        return Ok(convert(v));
    }
    check_keys(&v)?;
    if let Some(f) = first_unsupported_float(&v) {
        return Err(Error::Yaml(format!(
            "json: unsupported value: {}",
            format_float(f, 'g', -1, 64)
        )));
    }
    Ok(convert(v))
}

fn convert(v: GoVal) -> Value {
    match v {
        GoVal::Null => Value::Null,
        GoVal::Bool(b) => Value::Bool(b),
        GoVal::Int(i) => Value::Number(Number::from(i)),
        GoVal::Uint(u) => Value::Number(Number::from(u)),
        GoVal::Float(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
        GoVal::Str(s) => Value::String(s),
        GoVal::Seq(items) => Value::Array(items.into_iter().map(convert).collect()),
        GoVal::Map(m) => {
            let mut out = Map::with_capacity(m.entries.len());
            for (k, v) in m.entries {
                let ks = match k {
                    GoVal::Str(s) => s,
                    other => key_string(&other, &v).unwrap_or_default(),
                };
                out.insert(ks, convert(v));
            }
            Value::Object(out)
        }
    }
}

/// The decoded value, and whether the JSON conversion needs to look for errors.
fn decode_go(doc: &Doc) -> Result<(GoVal, bool), Error> {
    let mut d = Decoder {
        doc,
        suspicious: false,
        active_aliases: Vec::new(),
        decode_count: 0,
        alias_count: 0,
        alias_depth: 0,
    };
    // The document node itself counts as one decode operation in go-yaml.
    d.count()?;
    let v = d.decode(doc.root)?;
    Ok((v, d.suspicious))
}

fn decode_doc(doc: Doc) -> Result<Value, Error> {
    crate::with_stack(doc.depth, move || {
        let (v, suspicious) = decode_go(&doc)?;
        to_json(v, suspicious)
    })
}

/// go-yaml v2 `Unmarshal` of the first document into `interface{}` (no JSON conversion).
/// Errors carry go-yaml's text (`yaml: ...`) in [`Error::Marshal`].
pub(crate) fn go_unmarshal(input: &str) -> Result<GoVal, Error> {
    let strip = |e: Error| Error::Marshal(e.inner().to_string());
    let docs = parse_docs(input, 1).map_err(strip)?;
    match docs.into_iter().next() {
        None => Ok(GoVal::Null),
        Some(doc) => {
            crate::with_stack(doc.depth, move || decode_go(&doc).map(|(v, _)| v)).map_err(strip)
        }
    }
}

pub(crate) fn from_str(input: &str) -> Result<Value, Error> {
    let docs = parse_docs(input, 1)?;
    match docs.into_iter().next() {
        None => Ok(Value::Null),
        Some(doc) => decode_doc(doc),
    }
}

pub(crate) fn from_str_all(input: &str) -> Result<Vec<Value>, Error> {
    let docs = parse_docs(input, usize::MAX)?;
    docs.into_iter().map(decode_doc).collect()
}
