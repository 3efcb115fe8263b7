//! A fast, conservative recognizer for the plain block YAML that rendered manifests are made of.
//!
//! Sorting rendered manifests only needs a few top-level keys of each document, yet Helm parses
//! every document whole and fails on any YAML error. Parsing multi-megabyte CRDs through the
//! full decoder dominated `template` on large charts, so this module answers a narrower
//! question in one pass over the text: "is this document certainly accepted by go-yaml v2 and
//! sigs.k8s.io/yaml's JSON conversion, and where are its top-level entries?"
//!
//! It knows only a small subset: block mappings with simple keys, block sequences (also
//! indentless ones and compact `- key: value` entries), single-line plain and quoted scalars,
//! literal and folded block scalars, `{}` and `[]`, and comment lines. Anything outside the
//! subset, or merely unusual (tabs, anchors, tags, flow collections, multi-line plain
//! scalars, comments after values, keys that do not resolve to plain strings, `.inf`), gets
//! `None`, and the caller falls back to the full decoder, which then gives the exact result or
//! error. So `None` never means "invalid"; `Some` always means "valid".

use foldhash::{HashSet, HashSetExt};
use std::ops::Range;

/// One entry of the top-level mapping: its key and the byte range of its lines (key line up to
/// the next top-level entry or the end).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopEntry<'a> {
    /// The key, as written.
    pub key: &'a str,
    /// The byte range of the entry in the document.
    pub span: Range<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Map,
    Seq,
}

struct Level<'a> {
    col: usize,
    kind: Kind,
    /// A sequence at the same column as the mapping key it is the value of.
    indentless: bool,
    keys: HashSet<&'a str>,
}

impl<'a> Level<'a> {
    fn new(col: usize, kind: Kind, indentless: bool) -> Self {
        Level {
            col,
            kind,
            indentless,
            keys: HashSet::new(),
        }
    }
}

/// A value still to come on later lines.
#[derive(Clone, Copy)]
enum Pending {
    /// After `key:` at the end of a line, in a mapping at this column.
    MapValue(usize),
    /// After a lone `-`, in a sequence at this column.
    SeqItem(usize),
}

struct BlockScalar {
    /// Content must be indented deeper than this column.
    parent_col: usize,
    /// The content indentation, fixed by the first non-blank line.
    indent: Option<usize>,
    /// The most spaces on a blank line before the first content line.
    leading_blank: usize,
}

/// What follows a key's `:` or a sequence's `-` on the same line.
enum ValueShape {
    Done,
    /// A plain scalar, which later, deeper lines may continue.
    Plain,
    /// A quoted scalar (`'` or `"`) that continues on later lines.
    Open(u8),
    Pending,
    Block,
}

/// The top-level entries of `doc` when it is certainly a valid single-document block mapping in
/// the recognized subset; `None` when unsure.
pub fn top_level_entries(doc: &str) -> Option<Vec<TopEntry<'_>>> {
    if !all_printable(doc) {
        return None;
    }
    let mut stack: Vec<Level<'_>> = vec![Level::new(0, Kind::Map, false)];
    let mut pending: Option<Pending> = None;
    let mut block: Option<BlockScalar> = None;
    // After a plain scalar: lines deeper than this column continue it.
    let mut plain_cont: Option<usize> = None;
    // Inside a quoted scalar left open (`'` or `"`): its lines must be deeper than the column.
    let mut quoted_open: Option<(u8, usize)> = None;
    let mut entries: Vec<TopEntry<'_>> = Vec::new();
    let mut offset = 0usize;
    for raw in doc.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let line = raw.strip_suffix('\n').unwrap_or(raw);
        let col = line.len() - line.trim_start_matches(' ').len();
        let blank = col == line.len();

        if let Some((quote, min)) = quoted_open {
            if blank {
                continue;
            }
            if col <= min {
                return None;
            }
            let end = if quote == b'"' {
                double_quote_end(line, col).ok()?
            } else {
                single_quote_end(line, col)
            };
            if let Some(end) = end {
                if !only_comment(&line[end..]) {
                    return None;
                }
                quoted_open = None;
            }
            continue;
        }
        if let Some(b) = block.as_mut() {
            if blank {
                if b.indent.is_none() {
                    b.leading_blank = b.leading_blank.max(col);
                }
                continue;
            }
            match b.indent {
                None => {
                    if col <= b.parent_col || b.leading_blank > col {
                        return None;
                    }
                    b.indent = Some(col);
                    continue;
                }
                Some(n) if col >= n => continue,
                Some(_) => block = None,
            }
        }
        if blank {
            continue;
        }
        let rest = &line[col..];
        if let Some(min) = plain_cont {
            if col > min && !rest.starts_with('#') {
                if !plain_continuation(rest) {
                    return None;
                }
                continue;
            }
            plain_cont = None;
        }
        if rest.starts_with('#') {
            continue;
        }
        if col == 0 && (rest.starts_with("---") || rest.starts_with("...") || rest.starts_with('%'))
        {
            return None;
        }
        let dash = rest == "-" || rest.starts_with("- ");

        if let Some(p) = pending.take() {
            let (pcol, map_value) = match p {
                Pending::MapValue(c) => (c, true),
                Pending::SeqItem(c) => (c, false),
            };
            if col > pcol && is_empty_flow(rest) {
                // `key:` then `{}` or `[]` alone on a deeper line.
                continue;
            } else if col > pcol {
                let kind = if dash { Kind::Seq } else { Kind::Map };
                stack.push(Level::new(col, kind, false));
            } else if map_value && col == pcol && dash {
                stack.push(Level::new(col, Kind::Seq, true));
            }
        }
        while stack.last().is_some_and(|l| l.col > col) {
            stack.pop();
        }
        let top = stack.last()?;
        if top.col != col || stack.len() > 1000 {
            return None;
        }
        if top.kind == Kind::Seq && !dash {
            if !top.indentless {
                return None;
            }
            stack.pop();
        }
        let top = stack.last_mut()?;
        if top.col != col {
            return None;
        }
        let shape = if dash {
            if top.kind != Kind::Seq {
                return None;
            }
            let after = &rest[1..];
            let item = after.trim_start_matches(' ');
            if item.is_empty() {
                pending = Some(Pending::SeqItem(col));
                continue;
            }
            let item_col = col + 1 + (after.len() - item.len());
            if let Some((key, value)) = split_key(item) {
                let mut map = Level::new(item_col, Kind::Map, false);
                map.keys.insert(key);
                stack.push(map);
                value_shape(value, item_col, &mut pending)?
            } else {
                value_shape_scalar(item)?
            }
        } else {
            if top.kind != Kind::Map {
                return None;
            }
            let (key, value) = split_key(rest)?;
            if !top.keys.insert(key) {
                return None;
            }
            if stack.len() == 1 {
                if let Some(last) = entries.last_mut() {
                    last.span.end = start;
                }
                entries.push(TopEntry {
                    key,
                    span: start..doc.len(),
                });
            }
            value_shape(value, col, &mut pending)?
        };
        let parent_col = stack.last().map_or(0, |l| l.col);
        match shape {
            ValueShape::Block => {
                block = Some(BlockScalar {
                    parent_col,
                    indent: None,
                    leading_blank: 0,
                })
            }
            ValueShape::Plain => plain_cont = Some(parent_col),
            ValueShape::Open(quote) => quoted_open = Some((quote, parent_col)),
            ValueShape::Done | ValueShape::Pending => {}
        }
    }
    if entries.is_empty() || quoted_open.is_some() {
        return None;
    }
    Some(entries)
}

/// The shape of a mapping value; an empty value leaves `pending` set for the mapping at `col`.
fn value_shape(value: &str, col: usize, pending: &mut Option<Pending>) -> Option<ValueShape> {
    let v = value.trim_start_matches(' ');
    if v.is_empty() || (v.starts_with('#') && v.len() < value.len()) {
        *pending = Some(Pending::MapValue(col));
        return Some(ValueShape::Pending);
    }
    value_shape_scalar(v)
}

/// A scalar value on one line (or a block scalar header), optionally followed by a comment.
fn value_shape_scalar(v: &str) -> Option<ValueShape> {
    let first = v.as_bytes()[0];
    let after = match first {
        b'|' | b'>' => {
            let h = &v[1..];
            let h = h.strip_prefix(['-', '+']).unwrap_or(h);
            return h.bytes().all(|b| b == b' ').then_some(ValueShape::Block);
        }
        b'"' => match double_quote_end(v, 1).ok()? {
            Some(end) => &v[end..],
            None => return Some(ValueShape::Open(b'"')),
        },
        b'\'' => match single_quote_end(v, 1) {
            Some(end) => &v[end..],
            None => return Some(ValueShape::Open(b'\'')),
        },
        b'[' | b'{' => &v[flow_len(v)?..],
        _ => {
            // A plain scalar ends at ` #`; after a comment no later line can continue it.
            let (text, shape) = match v.find(" #") {
                Some(i) => (&v[..i], ValueShape::Done),
                None => (v, ValueShape::Plain),
            };
            return plain_value(text.trim_end_matches(' ')).then_some(shape);
        }
    };
    only_comment(after).then_some(ValueShape::Done)
}

/// Nothing but spaces, or spaces and then a comment.
fn only_comment(rest: &str) -> bool {
    let t = rest.trim_start_matches(' ');
    t.is_empty() || (t.len() < rest.len() && t.starts_with('#'))
}

/// `{}` or `[]` and at most a comment after.
fn is_empty_flow(rest: &str) -> bool {
    (rest.starts_with("{}") || rest.starts_with("[]")) && only_comment(&rest[2..])
}

/// The length of a one-line flow collection: `{}`, or `[...]` of simple scalars.
fn flow_len(v: &str) -> Option<usize> {
    if v.starts_with("{}") || v.starts_with("[]") {
        return Some(2);
    }
    if !v.starts_with('[') {
        return None;
    }
    let mut i = 1;
    loop {
        i += v[i..].len() - v[i..].trim_start_matches(' ').len();
        let item = &v[i..];
        let n = match item.as_bytes().first()? {
            b'"' => double_quote_end(item, 1).ok()??,
            b'\'' => single_quote_end(item, 1)?,
            _ => {
                let n = item
                    .bytes()
                    .take_while(|c| {
                        c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'/' | b'-')
                    })
                    .count();
                if n == 0 || !item.as_bytes()[0].is_ascii_alphanumeric() {
                    return None;
                }
                n
            }
        };
        i += n;
        i += v[i..].len() - v[i..].trim_start_matches(' ').len();
        match v.as_bytes().get(i)? {
            b',' => i += 1,
            b']' => return Some(i + 1),
            _ => return None,
        }
    }
}

/// A further line of a multi-line plain scalar (leading spaces removed): anything but a
/// comment, a `: ` (which would make it a key) or a comment after text.
fn plain_continuation(t: &str) -> bool {
    let t = t.trim_end_matches(' ');
    !(t.starts_with('#') || t.contains(": ") || t.ends_with(':') || t.contains(" #"))
}

/// `key: rest` or `key:` with a simple key; returns the key and what follows the colon.
fn split_key(s: &str) -> Option<(&str, &str)> {
    if let Some(quoted) = s.strip_prefix('"') {
        // A double-quoted key without escapes is always a string.
        let close = quoted.find('"')?;
        let key = &quoted[..close];
        let after = quoted[close + 1..].strip_prefix(':')?;
        if key.contains('\\') || key.len() > 1000 || !(after.is_empty() || after.starts_with(' ')) {
            return None;
        }
        return Some((key, after));
    }
    let end = s.find(':')?;
    let (key, after) = (&s[..end], &s[end + 1..]);
    // libyaml limits an implicit key to 1024 characters.
    if !(after.is_empty() || after.starts_with(' ')) || key.len() > 1000 || !simple_key(key) {
        return None;
    }
    Some((key, after))
}

/// A key that go-yaml reads as a plain string: a letter, `_` or `$` first, then letters,
/// digits and `_.-/$`, and not a YAML 1.1 boolean or null word.
fn simple_key(k: &str) -> bool {
    let b = k.as_bytes();
    if b.is_empty() || !(b[0].is_ascii_alphabetic() || b[0] == b'_' || b[0] == b'$') {
        return false;
    }
    if !b
        .iter()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-' | b'/' | b'$'))
    {
        return false;
    }
    const RESERVED: &[&str] = &["y", "yes", "n", "no", "true", "false", "on", "off", "null"];
    !RESERVED.iter().any(|r| k.eq_ignore_ascii_case(r))
}

/// A single-line plain scalar in block context that cannot start another token, end a key,
/// hold a comment, or resolve to a float infinity or NaN (which JSON cannot carry).
fn plain_value(t: &str) -> bool {
    let b = t.as_bytes();
    let Some(&first) = b.first() else {
        return false;
    };
    if b"?:,[]{}#&*!|>'\"%@`".contains(&first) {
        return false;
    }
    if first == b'-' && (b.len() == 1 || b[1] == b' ') {
        return false;
    }
    // Float infinities and NaN, which the conversion to JSON rejects.
    // (Compared in place: this runs on every plain scalar of a document.)
    if [".inf", "+.inf", "-.inf", ".nan"]
        .iter()
        .any(|w| t.eq_ignore_ascii_case(w))
    {
        return false;
    }
    !(t.contains(": ") || t.ends_with(':') || t.contains(" #"))
}

/// Where a double-quoted scalar closes: the index just past the closing `"`, searching `line`
/// from `from`; `Ok(None)` when it stays open past the line. Only simple escapes are allowed,
/// and none at the end of a line (`Err`).
fn double_quote_end(line: &str, from: usize) -> Result<Option<usize>, ()> {
    let b = line.as_bytes();
    let mut i = from;
    while i < b.len() {
        match b[i] {
            b'"' => return Ok(Some(i + 1)),
            b'\\' => {
                let e = *b.get(i + 1).ok_or(())?;
                if !matches!(
                    e,
                    b'\\' | b'"' | b'n' | b't' | b'r' | b'b' | b'f' | b'0' | b'a' | b'v' | b'e'
                ) {
                    return Err(());
                }
                i += 2;
            }
            _ => i += 1,
        }
    }
    Ok(None)
}

/// Where a single-quoted scalar closes: the index just past the closing `'`, searching `line`
/// from `from` (`''` is a quote inside); `None` when it stays open past the line.
fn single_quote_end(line: &str, from: usize) -> Option<usize> {
    let b = line.as_bytes();
    let mut i = from;
    while i < b.len() {
        if b[i] == b'\'' {
            if b.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Some(i + 1);
        }
        i += 1;
    }
    None
}

/// Only characters libyaml accepts in any position, and no tab, carriage return, byte-order
/// mark or non-ASCII line break (which change how lines and indentation count).
fn all_printable(s: &str) -> bool {
    if s.is_ascii() {
        return s.bytes().all(|b| b == b'\n' || (0x20..0x7f).contains(&b));
    }
    s.chars().all(|c| {
        let u = c as u32;
        c == '\n'
            || (0x20..0x7f).contains(&u)
            || (0xa0..=0xd7ff).contains(&u)
            || ((0xe000..=0xfffd).contains(&u) && u != 0xfeff)
            || (0x10000..=0x10ffff).contains(&u)
    }) && !s.contains(['\u{2028}', '\u{2029}'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(doc: &str) -> Option<Vec<&str>> {
        top_level_entries(doc).map(|e| e.iter().map(|t| t.key).collect())
    }

    #[test]
    fn recognizes_common_manifest_shapes() {
        let doc = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    app.kubernetes.io/name: \"a\"\n  annotations: {}\ndata:\n  a: |\n    line\n\n    # not a comment\n  b: >-\n    folded\nlist:\n- a\n- name: b\n  value: 'it''s'\n-\n  - x\nspec:\n  items:\n    - 1\n    - -2\n  empty:\n  after: []\n";
        assert_eq!(
            keys(doc),
            Some(vec![
                "apiVersion",
                "kind",
                "metadata",
                "data",
                "list",
                "spec"
            ])
        );
        // A sequence nested on the same line is outside the subset.
        let doc = doc.replace("-\n  - x\n", "- - x\n");
        assert_eq!(keys(&doc), None);
        let doc = doc.replace("- - x\n", "-\n  z: 1\n");
        assert!(keys(&doc).is_some());
        let e = top_level_entries(&doc).unwrap();
        assert_eq!(&doc[e[1].span.clone()], "kind: ConfigMap\n");
    }

    #[test]
    fn unusual_or_invalid_input_is_left_to_the_full_parser() {
        for doc in [
            "a: b: c\n",
            "a:\n  b: 1\n c: 2\n",
            "a: 1\n  b: 2\n",
            "a: x\n- b\n",
            "a: &x 1\n",
            "a: !!str 1\n",
            "a: [1, [2]]\n",
            "a: [*x]\n",
            "a: {b: 1}\n",
            "a:\tb\n",
            "a: .inf\n",
            "a: -.Inf\n",
            "on: 1\n",
            "null: 1\n",
            "a: 1\na: 2\n",
            "a: \"x\\q\"\n",
            "a: \"open\n",
            "a: 'open\n",
            "a: 'open\nb: x'\n",
            "a: \"open\n  x\\\n  y\"\n",
            "a: \"open\n",
            "a: 'open\n  x' y\n",
            "a: b #c\n  d\n",
            "a: |\n   x\n  y\n",
            "a: |\n      \n  x\n",
            "- a\n",
            "plain\n",
            "a: x\n  b: c\n",
            "a: @x\n",
            "a: -\n",
            "a:\n- x\n  b: y\n",
            "\"q\\\\n\": 1\n",
            "\"q\" : 1\n",
            "a: b\u{85}c\n",
            "a: b\r\n",
            "- - x\n",
            &format!("{}: 1\n", "k".repeat(1100)),
            "",
        ] {
            assert_eq!(keys(doc), None, "{doc:?}");
        }
    }

    #[test]
    fn comments_flow_sequences_quoted_keys_and_continued_plain_scalars() {
        let doc = "a: b # c\nl: [\"x\", 'y', z.1] # c\n\"q.k/x\": 1\ne: # c\n  {}\nd: some\n  more text\n\n  and more\nf: .status.x\ng: 'multi: line\n\n  it''s\n  # not a comment\n  done' # c\n";
        assert_eq!(keys(doc), Some(vec!["a", "l", "q.k/x", "e", "d", "f", "g"]));
        // A continuation line may start with any indicator but `#`: `x - c` is one scalar.
        assert_eq!(keys("a: x\n  - c\n"), Some(vec!["a"]));
        assert_eq!(
            crate::from_str("a: x\n  - c\n").unwrap(),
            serde_json::json!({"a": "x - c"})
        );
        assert_eq!(
            crate::from_str("a:\n- x\n  - y\n").unwrap(),
            serde_json::json!({"a": ["x - y"]})
        );
        assert!(keys("a:\n- x\n  - y\n").is_some());
    }

    #[test]
    fn indentless_sequences_and_compact_mappings() {
        let doc = "a:\n- x\n- k: v\n  j:\n  - 1\n  l: |\n     t\nb: 2\n";
        assert_eq!(keys(doc), Some(vec!["a", "b"]));
    }
}
