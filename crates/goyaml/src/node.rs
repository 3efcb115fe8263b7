//! yaml.v3's node tree: YAML read without resolving it into values, so that it can be written
//! back as written (scalar styles, flow collections, explicit tags, anchors and aliases, and
//! comments), and changed on the way (kustomize's kyaml works on this tree).

use libyaml_safer::{EventData, MappingStyle, Parser, ScalarStyle as LibStyle, SequenceStyle};

use crate::decode::{is_line_break, parse_guarded, unappend_break, Chunks};
use crate::Error;
use libyaml_safer::ErrorKind;

/// How a scalar is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ScalarStyle {
    /// Unquoted.
    #[default]
    Plain,
    /// `'text'`.
    SingleQuoted,
    /// `"text"`.
    DoubleQuoted,
    /// `|` block.
    Literal,
    /// `>` block.
    Folded,
}

/// What a node holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A scalar's text.
    Scalar(String),
    /// A sequence's items.
    Sequence(Vec<Node>),
    /// A mapping's entries, in document order.
    Mapping(Vec<(Node, Node)>),
    /// `*name`.
    Alias(String),
}

impl Default for Kind {
    fn default() -> Self {
        Kind::Scalar(String::new())
    }
}

/// One node (yaml.v3's `yaml.Node`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Node {
    /// Its content.
    pub kind: Kind,
    /// A scalar's style.
    pub style: ScalarStyle,
    /// A collection written in flow style (`[a]`, `{a: b}`).
    pub flow: bool,
    /// A tag written in the text, in short form (`!!binary`, `!custom`).
    pub tag: Option<String>,
    /// `&name`.
    pub anchor: Option<String>,
    /// Comment lines before the node (`# ` included, lines joined by `\n`).
    pub head_comment: String,
    /// The comment at the end of the node's line.
    pub line_comment: String,
    /// Comment lines after the node.
    pub foot_comment: String,
}

/// One document: its root node and the comments around it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The root node.
    pub root: Node,
    /// Comments before the content, separated from it by a blank line.
    pub head_comment: String,
    /// Comments after the content.
    pub foot_comment: String,
}

impl Node {
    /// A plain-style scalar.
    pub fn scalar(value: impl Into<String>) -> Node {
        Node {
            kind: Kind::Scalar(value.into()),
            ..Node::default()
        }
    }

    /// An empty block mapping.
    pub fn mapping() -> Node {
        Node {
            kind: Kind::Mapping(Vec::new()),
            ..Node::default()
        }
    }

    /// The kind's name as yaml.v3 prints it (`MappingNode`, ...).
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            Kind::Scalar(_) => "ScalarNode",
            Kind::Sequence(_) => "SequenceNode",
            Kind::Mapping(_) => "MappingNode",
            Kind::Alias(_) => "AliasNode",
        }
    }

    /// Whether the node is yaml.v3's null: a plain `~`, `null`, `Null`, `NULL` or empty scalar,
    /// or one tagged `!!null`.
    pub fn is_null(&self) -> bool {
        let Kind::Scalar(v) = &self.kind else {
            return false;
        };
        match &self.tag {
            Some(t) => t == "!!null",
            None => {
                self.style == ScalarStyle::Plain
                    && matches!(v.as_str(), "" | "~" | "null" | "Null" | "NULL")
            }
        }
    }

    /// A scalar's text, else `None`.
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar(v) => Some(v),
            _ => None,
        }
    }

    /// A mapping's entries, else `None`.
    pub fn entries(&self) -> Option<&Vec<(Node, Node)>> {
        match &self.kind {
            Kind::Mapping(e) => Some(e),
            _ => None,
        }
    }

    /// A mapping's entries for change, else `None`.
    pub fn entries_mut(&mut self) -> Option<&mut Vec<(Node, Node)>> {
        match &mut self.kind {
            Kind::Mapping(e) => Some(e),
            _ => None,
        }
    }

    /// The value under `key` in a mapping (the first such key).
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entries()?
            .iter()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(_, v)| v)
    }

    /// The value under `key` in a mapping, for change.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Node> {
        self.entries_mut()?
            .iter_mut()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(_, v)| v)
    }

    /// Whether a collection has content (kyaml's `len(node.Content) > 0`).
    pub fn has_content(&self) -> bool {
        match &self.kind {
            Kind::Sequence(items) => !items.is_empty(),
            Kind::Mapping(entries) => !entries.is_empty(),
            _ => false,
        }
    }
}

/// The short form of a tag libyaml resolved (`tag:yaml.org,2002:str` is `!!str`).
fn short_tag(tag: &str) -> String {
    match tag.strip_prefix("tag:yaml.org,2002:") {
        Some(rest) => format!("!!{rest}"),
        None => tag.to_string(),
    }
}

/// An explicit tag as yaml.v3 keeps it: none for `!` (the non-specific tag).
fn explicit_tag(tag: Option<String>) -> Option<String> {
    tag.filter(|t| !t.is_empty() && t != "!")
        .map(|t| short_tag(&t))
}

enum Open {
    Seq(Node),
    Map(Node, Option<Node>),
}

/// Where a node sits and what of the text it covers, for placing comments.
#[derive(Clone, Debug)]
struct Placed {
    /// Child slots from the root (in a mapping, `2i` is entry i's key and `2i+1` its value).
    path: Vec<usize>,
    start: usize,
    end: usize,
    /// A scalar, an alias or a flow collection: ends where its text ends.
    leaf: bool,
    /// Parent is a block mapping and this is a key.
    key: bool,
    /// The column it starts at.
    column: usize,
    /// A `|` or `>` scalar (its header line may end in a comment).
    block: bool,
    /// A scalar (a `#` inside it is text).
    scalar: bool,
}

/// The slot the next child of the innermost open collection takes.
fn next_slot(stack: &[Open]) -> usize {
    match stack.last() {
        Some(Open::Seq(n)) => match &n.kind {
            Kind::Sequence(items) => items.len(),
            _ => 0,
        },
        Some(Open::Map(n, key)) => match &n.kind {
            Kind::Mapping(entries) => 2 * entries.len() + usize::from(key.is_some()),
            _ => 0,
        },
        None => 0,
    }
}

/// Parses the first document of `text` as yaml.v3's `Decoder.Decode` does; `None` when the
/// text holds no document. Comments are attached as yaml.v3 does in the common cases (see
/// [`attach_comments`]).
pub fn parse_document(text: &str) -> Result<Option<Document>, Error> {
    match parse_once(text, None) {
        // libyaml-safer stops where a block scalar meets the end of input without a line
        // break: parse again with one appended and undo its effect on the scalar.
        Err(Stop::EndOfInput(_)) if !text.is_empty() && !text.ends_with(is_line_break) => {
            parse_once(&format!("{text}\n"), Some(text.len())).map_err(Stop::into_error)
        }
        other => other.map_err(Stop::into_error),
    }
}

/// yaml.v3's `parser.fail()`: the context line, else the problem line (one more for scanner
/// errors); no line when it is 0.
fn parse_error_v3(e: &libyaml_safer::Error) -> Error {
    let scanner = u64::from(e.kind() == ErrorKind::Scanner);
    let line = match (e.context_mark(), e.problem_mark()) {
        (Some(c), _) if c.line != 0 => c.line + scanner,
        (_, Some(p)) if p.line != 0 => p.line + scanner,
        _ => 0,
    };
    let problem = match e.problem() {
        "" => "unknown problem parsing YAML content",
        p => p,
    };
    Error::Parse(if line != 0 {
        format!("yaml: line {line}: {problem}")
    } else {
        format!("yaml: {problem}")
    })
}

/// Why a parse stopped: a YAML error, or libyaml-safer's panic at the end of input.
enum Stop {
    Yaml(Error),
    EndOfInput(String),
}

impl Stop {
    fn into_error(self) -> Error {
        match self {
            Stop::Yaml(e) => e,
            Stop::EndOfInput(m) => Error::Parse(format!("yaml: {m}")),
        }
    }
}

fn parse_once(text: &str, appended: Option<usize>) -> Result<Option<Document>, Stop> {
    let bytes: &[u8] = if text.is_empty() {
        b"\n"
    } else {
        text.as_bytes()
    };
    let mut parser = Parser::new();
    parser.set_input(Chunks { rest: bytes });
    let mut stack: Vec<Open> = Vec::new();
    // Paths and start offsets of the open collections.
    let mut open: Vec<(Vec<usize>, usize, bool, usize)> = Vec::new();
    let mut placed: Vec<Placed> = Vec::new();
    let mut root: Option<Node> = None;
    let mut anchors: std::collections::HashSet<String> = std::collections::HashSet::new();
    loop {
        let ev = match parse_guarded(&mut parser) {
            Ok(Ok(ev)) => ev,
            Ok(Err(e)) => return Err(Stop::Yaml(parse_error_v3(&e))),
            Err(panic) => return Err(Stop::EndOfInput(panic)),
        };
        if let EventData::Scalar {
            anchor: Some(a), ..
        }
        | EventData::SequenceStart {
            anchor: Some(a), ..
        }
        | EventData::MappingStart {
            anchor: Some(a), ..
        } = &ev.data
        {
            anchors.insert(a.clone());
        }
        let path = || {
            let mut p = open.last().map(|o| o.0.clone()).unwrap_or_default();
            p.push(next_slot(&stack));
            p
        };
        let in_block_map = matches!(stack.last(), Some(Open::Map(m, _)) if !m.flow);
        let is_key = in_block_map && matches!(stack.last(), Some(Open::Map(_, None)));
        let (start, end) = (ev.start_mark.index as usize, ev.end_mark.index as usize);
        let column = ev.start_mark.column as usize;
        let leaf = |scalar: bool, block: bool| Placed {
            path: path(),
            start,
            end,
            leaf: true,
            key: is_key,
            column,
            block,
            scalar,
        };
        let node = match ev.data {
            EventData::StreamStart { .. } => continue,
            EventData::StreamEnd => return Ok(None),
            EventData::DocumentStart { .. } => continue,
            EventData::DocumentEnd { .. } => {
                return Ok(root.map(|root| {
                    let mut doc = Document {
                        root,
                        ..Document::default()
                    };
                    attach_comments(text, &mut doc, &placed);
                    doc
                }))
            }
            EventData::Alias { anchor } => {
                if !anchors.contains(&anchor) {
                    return Err(Stop::Yaml(Error::Parse(format!(
                        "yaml: unknown anchor '{anchor}' referenced"
                    ))));
                }
                placed.push(leaf(false, false));
                Node {
                    kind: Kind::Alias(anchor),
                    ..Node::default()
                }
            }
            EventData::Scalar {
                anchor,
                tag,
                mut value,
                style,
                ..
            } => {
                if let Some(len) = appended {
                    if matches!(style, LibStyle::Literal | LibStyle::Folded) && end > len {
                        let header = text.get(start..end.min(len)).unwrap_or("");
                        unappend_break(&mut value, header, text.get(..len).unwrap_or(text));
                    }
                }
                placed.push(leaf(
                    true,
                    matches!(style, LibStyle::Literal | LibStyle::Folded),
                ));
                Node {
                    kind: Kind::Scalar(value),
                    style: match style {
                        LibStyle::SingleQuoted => ScalarStyle::SingleQuoted,
                        LibStyle::DoubleQuoted => ScalarStyle::DoubleQuoted,
                        LibStyle::Literal => ScalarStyle::Literal,
                        LibStyle::Folded => ScalarStyle::Folded,
                        _ => ScalarStyle::Plain,
                    },
                    tag: explicit_tag(tag),
                    anchor,
                    ..Node::default()
                }
            }
            EventData::SequenceStart {
                anchor, tag, style, ..
            } => {
                open.push((path(), start, is_key, column));
                stack.push(Open::Seq(Node {
                    kind: Kind::Sequence(Vec::new()),
                    flow: style == SequenceStyle::Flow,
                    tag: explicit_tag(tag),
                    anchor,
                    ..Node::default()
                }));
                continue;
            }
            EventData::MappingStart {
                anchor, tag, style, ..
            } => {
                open.push((path(), start, is_key, column));
                stack.push(Open::Map(
                    Node {
                        kind: Kind::Mapping(Vec::new()),
                        flow: style == MappingStyle::Flow,
                        tag: explicit_tag(tag),
                        anchor,
                        ..Node::default()
                    },
                    None,
                ));
                continue;
            }
            EventData::SequenceEnd | EventData::MappingEnd => {
                let Some(n) = stack.pop().map(|o| match o {
                    Open::Seq(n) | Open::Map(n, _) => n,
                }) else {
                    continue;
                };
                if let Some((path, start, key, column)) = open.pop() {
                    placed.push(Placed {
                        path,
                        start,
                        end,
                        leaf: n.flow,
                        key,
                        column,
                        block: false,
                        scalar: false,
                    });
                }
                n
            }
        };
        match stack.last_mut() {
            None => root = Some(node),
            Some(Open::Seq(seq)) => {
                if let Kind::Sequence(items) = &mut seq.kind {
                    items.push(node);
                }
            }
            Some(Open::Map(map, key)) => match key.take() {
                None => *key = Some(node),
                Some(k) => {
                    if let Kind::Mapping(entries) = &mut map.kind {
                        entries.push((k, node));
                    }
                }
            },
        }
    }
}

/// The node at `path`.
fn node_at<'a>(root: &'a mut Node, path: &[usize]) -> Option<&'a mut Node> {
    let mut n = root;
    for &slot in path.iter().skip(1) {
        n = match &mut n.kind {
            Kind::Sequence(items) => items.get_mut(slot)?,
            Kind::Mapping(entries) => {
                let e = entries.get_mut(slot / 2)?;
                if slot % 2 == 0 {
                    &mut e.0
                } else {
                    &mut e.1
                }
            }
            _ => return None,
        };
    }
    Some(n)
}

fn append_comment(to: &mut String, text: &str) {
    if !to.is_empty() {
        to.push('\n');
    }
    to.push_str(text);
}

/// A run of comment-only lines (blank lines inside it are kept as empty lines).
struct Block {
    start: usize,
    column: usize,
    text: String,
    /// It starts on the line after content (yaml.v3's "foot line").
    foot_line: bool,
    /// That content line ends in a `:` (yaml.v3's prior VALUE token).
    after_key: bool,
    /// The indentation of the innermost block collection around it.
    indent: usize,
    /// The last line seen was blank.
    recent_empty: bool,
    /// A blank line separates it from the content before.
    after_blank: bool,
}

/// What ended a run of comment-only lines.
enum After {
    /// A line with content at this offset.
    Content(usize),
    /// A blank line or the end of the text.
    Gap,
    /// A line at this column, less indented than the collection around the run; `first`
    /// when nothing was split off the comments before it since the last content.
    Dedent { column: usize, first: bool },
}

/// Attaches the comments of `text` to the nodes, following yaml.v3's scanner for the usual
/// layouts: a comment after content on its line is the line comment of the last node that
/// ended before it there (a key's, when its value starts on a later line). Comment lines
/// (with blank lines among them) before content are the head comment of the outermost node
/// starting there, unless yaml.v3 splits them off as the foot of what came before: at the
/// first blank line when they start right after content (not after `key:`, or when they are
/// less indented than the collection around them), or at a line less indented than that
/// collection. A foot goes to the previous node (its key, in a mapping), or, at a blank line
/// or the end, to the last mapping key at or left of its column. At the start of a document,
/// what comes before its last blank line is the document's head comment; at its end after a
/// blank line, its foot.
fn attach_comments(text: &str, doc: &mut Document, placed: &[Placed]) {
    if !text.contains('#') {
        return;
    }
    let mut leaves: Vec<&Placed> = placed.iter().filter(|p| p.scalar).collect();
    leaves.sort_by_key(|p| p.start);
    let inside_scalar = |pos: usize| {
        let i = leaves.partition_point(|p| p.start <= pos);
        leaves[..i].iter().rev().take(64).any(|p| {
            // A block scalar's header line may end in a comment.
            pos < p.end && (!p.block || text.get(p.start..pos).is_none_or(|t| t.contains('\n')))
        })
    };
    // The column of the innermost block collection around `pos` (0 outside any).
    let indent_at = |pos: usize| {
        placed
            .iter()
            .filter(|p| !p.leaf && p.start <= pos && pos < p.end)
            .max_by_key(|p| p.path.len())
            .map_or(0, |p| p.column)
    };
    let mut blocks: Vec<(Block, After)> = Vec::new();
    let mut current: Option<Block> = None;
    let mut blank = false;
    let mut last_content: Option<usize> = None;
    let mut after_key = false;
    let mut splits = 0;
    let mut offset = 0;
    for (line_no, line) in text.split_inclusive('\n').enumerate() {
        let line_start = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim_start_matches([' ', '\t']);
        let indent = body.len() - trimmed.len();
        let column = body[..indent].chars().count();
        if trimmed.is_empty() {
            if let Some(mut b) = current.take() {
                if !b.recent_empty && b.foot_line && (!b.after_key || b.column < b.indent) {
                    blocks.push((b, After::Gap));
                    splits += 1;
                } else {
                    if !b.recent_empty {
                        b.text.push('\n');
                    }
                    b.recent_empty = true;
                    current = Some(b);
                }
            }
            blank = true;
            continue;
        }
        // The first `#` that starts a comment on this line.
        let mut comment_at = None;
        for (i, c) in body.char_indices() {
            if c != '#' {
                continue;
            }
            let prev = body[..i].chars().next_back();
            if (prev.is_none() || matches!(prev, Some(' ' | '\t')))
                && !inside_scalar(line_start + i)
            {
                comment_at = Some(i);
                break;
            }
        }
        let dedented = |b: &Block| column < b.indent && column != b.column;
        match comment_at {
            Some(i) if i == indent => {
                let comment = &body[i..];
                match current.take() {
                    Some(mut b) if !dedented(&b) => {
                        b.text.push('\n');
                        b.text.push_str(comment);
                        b.recent_empty = false;
                        current = Some(b);
                    }
                    other => {
                        if let Some(b) = other {
                            let first = splits == 0;
                            blocks.push((b, After::Dedent { column, first }));
                            splits += 1;
                        }
                        current = Some(Block {
                            start: line_start + i,
                            column,
                            text: comment.to_string(),
                            foot_line: last_content.is_some_and(|l| l + 1 == line_no),
                            after_key,
                            indent: indent_at(line_start + i),
                            recent_empty: false,
                            after_blank: blank,
                        });
                    }
                }
            }
            other => {
                if let Some(b) = current.take() {
                    let after = if dedented(&b) {
                        After::Dedent {
                            column,
                            first: splits == 0,
                        }
                    } else {
                        After::Content(line_start + indent)
                    };
                    blocks.push((b, after));
                }
                let content = match other {
                    Some(i) => {
                        line_comment(
                            doc,
                            placed,
                            line_start,
                            line_start + i,
                            body[i..].to_string(),
                        );
                        &body[..i]
                    }
                    None => body,
                };
                after_key = content.trim_end().ends_with(':');
                last_content = Some(line_no);
                splits = 0;
                blank = false;
            }
        }
    }
    if let Some(b) = current.take() {
        blocks.push((b, After::Gap));
    }
    for (b, after) in blocks {
        let prior = placed.iter().any(|p| p.start < b.start);
        let last = !placed.iter().any(|p| p.start > b.start);
        let text = match after {
            After::Content(_) => b.text.clone(),
            _ => b.text.trim_end_matches('\n').to_string(),
        };
        match after {
            After::Gap if prior && last && b.after_blank => {
                append_comment(&mut doc.foot_comment, &text)
            }
            After::Content(at) => {
                // Before the first content, what precedes the last empty line is the
                // document's.
                let mut head = text.as_str();
                if !prior {
                    if let Some(k) = head.strip_suffix('\n') {
                        append_comment(&mut doc.head_comment, k);
                        head = "";
                    } else if let Some(k) = head.rfind("\n\n") {
                        append_comment(&mut doc.head_comment, &head[..k]);
                        head = &head[k + 2..];
                    }
                }
                // The outermost node starting first at or after the content.
                let target = placed
                    .iter()
                    .filter(|p| p.start >= at)
                    .min_by_key(|p| (p.start, p.path.len()));
                if let Some(n) = target.and_then(|t| node_at(&mut doc.root, &t.path)) {
                    if !head.is_empty() {
                        append_comment(&mut n.head_comment, head);
                    }
                }
            }
            After::Gap if !prior => append_comment(&mut doc.head_comment, &text),
            After::Gap => key_foot(doc, placed, b.start, b.column, &text),
            After::Dedent {
                column,
                first: false,
            } => key_foot(doc, placed, b.start, column, &text),
            After::Dedent { .. } => prior_foot(doc, placed, b.start, &text),
        }
    }
}

/// The foot comment of the last mapping key before `at` at or left of `column`, else of the
/// node before.
fn key_foot(doc: &mut Document, placed: &[Placed], at: usize, column: usize, text: &str) {
    let target = placed
        .iter()
        .filter(|p| p.key && p.end <= at && p.column <= column)
        .max_by_key(|p| p.start);
    match target.and_then(|t| node_at(&mut doc.root, &t.path)) {
        Some(n) => append_comment(&mut n.foot_comment, text),
        None => prior_foot(doc, placed, at, text),
    }
}

/// The foot comment of the node that ended last before `at`: its key's when it is a mapping
/// value or key, else its own.
fn prior_foot(doc: &mut Document, placed: &[Placed], at: usize, text: &str) {
    let Some(leaf) = placed
        .iter()
        .filter(|p| p.leaf && p.end <= at)
        .max_by_key(|p| (p.end, p.path.len()))
    else {
        return;
    };
    let mut path = leaf.path.clone();
    let parent_is_map = path.len() >= 2 && {
        let parent = &path[..path.len() - 1];
        node_at(&mut doc.root, parent).is_some_and(|n| matches!(n.kind, Kind::Mapping(_)))
    };
    if parent_is_map {
        if let Some(last) = path.last_mut() {
            *last -= *last % 2;
        }
    }
    if let Some(n) = node_at(&mut doc.root, &path) {
        append_comment(&mut n.foot_comment, text);
    }
}

/// A comment after content on a line: the line comment of the last node that ended before it
/// on that line, else of the last node that started there.
fn line_comment(doc: &mut Document, placed: &[Placed], line_start: usize, at: usize, text: String) {
    let ended = placed
        .iter()
        .filter(|p| p.leaf && p.end <= at && p.end >= line_start)
        .max_by_key(|p| (p.end, std::cmp::Reverse(p.path.len())));
    // After a block collection's anchor or tag (`key: &anchor # c`) the comment goes to the
    // collection's first scalar, as in yaml.v3.
    let opened = placed
        .iter()
        .any(|p| !p.leaf && p.start < at && p.start >= ended.map_or(line_start, |e| e.end));
    let first_inside = opened
        .then(|| {
            placed
                .iter()
                .filter(|p| p.leaf && p.start > at)
                .min_by_key(|p| p.start)
        })
        .flatten();
    let target = first_inside.or(ended).or_else(|| {
        placed
            .iter()
            .filter(|p| p.start >= line_start && p.start < at)
            .max_by_key(|p| p.start)
    });
    if let Some(n) = target.and_then(|t| node_at(&mut doc.root, &t.path)) {
        append_comment(&mut n.line_comment, &text);
    }
}
