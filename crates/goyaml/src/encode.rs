//! `serde_json::Value` -> YAML text the way sigs.k8s.io/yaml `Marshal` prints it: the value goes
//! through JSON (so numbers take encoding/json's text), go-yaml v2 reads that JSON back (YAML 1.1
//! resolution picks int or float) and go-yaml v2's encoder and libyaml-derived emitter write it.
//! The emitter below re-implements the behaviour of go-yaml v2's emitter for the subset of events
//! its encoder produces for such data (block collections, empty flow collections, scalars).

use std::borrow::Cow;

use serde_json::Value;

use crate::decode::{go_unmarshal, GoVal};
use crate::resolve::{is_base60_float, resolve_plain, Resolved};
use crate::Error;
use gostd::json::format_float as format_json;
use gostd::strconv::format_float;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

/// The node tree handed to the emitter.
pub(crate) enum Node<'a> {
    Scalar(Cow<'a, str>, Style),
    /// A `!!binary` scalar: base64 text laid out as yaml.v3's `encodeBase64` does (lines of
    /// 70 characters, each ending in a newline, when there is more than one).
    Binary(String),
    Seq(Vec<Node<'a>>),
    Map(Vec<(Node<'a>, Node<'a>)>),
}

/// go-yaml v2 `stringv`: literal for multi-line, plain when it reads back as the same string,
/// otherwise double-quoted.
pub(crate) fn string_node<'a>(s: impl Into<Cow<'a, str>>) -> Node<'a> {
    let s = s.into();
    let can_plain = resolve_plain(&s) == Resolved::Str && !is_base60_float(&s);
    let style = if s.contains('\n') {
        Style::Literal
    } else if can_plain {
        Style::Plain
    } else {
        Style::DoubleQuoted
    };
    Node::Scalar(s, style)
}

/// A JSON number as it comes back from go-yaml v2 reading encoding/json's text.
fn number_text(n: &serde_json::Number) -> String {
    let json = if let Some(i) = n.as_i64() {
        i.to_string()
    } else if let Some(u) = n.as_u64() {
        u.to_string()
    } else {
        format_json(n.as_f64().unwrap_or(0.0))
    };
    match resolve_plain(&json) {
        Resolved::Int(i) => i.to_string(),
        Resolved::Uint(u) => u.to_string(),
        Resolved::Float(f) => float_text(f),
        _ => json,
    }
}

/// go-yaml v2 `floatv`.
pub(crate) fn float_text(f: f64) -> String {
    match format_float(f, 'g', -1, 64).as_str() {
        "+Inf" => ".inf".to_string(),
        "-Inf" => "-.inf".to_string(),
        "NaN" => ".nan".to_string(),
        s => s.to_string(),
    }
}

/// Whether go-yaml v2 reading encoding/json's text could give something else than the string
/// itself. JSON escapes control characters below 0x20, U+2028 and U+2029, but not DEL, C1
/// controls or U+FFFE/U+FFFF: libyaml's reader rejects most of those, and a raw NEL (U+0085) is
/// a line break that the scanner folds (or that breaks a key).
fn string_needs_text_roundtrip(s: &str) -> bool {
    // Byte test for U+007F..=U+009F (7F, C2 80..C2 9F) and U+FFFE/U+FFFF (EF BF BE/BF).
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        0x7F => true,
        0xC2 => matches!(b.get(i + 1), Some(0x80..=0x9F)),
        0xEF => b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)),
        _ => false,
    })
}

fn needs_text_roundtrip(v: &Value) -> bool {
    match v {
        Value::String(s) => string_needs_text_roundtrip(s),
        Value::Array(items) => items.iter().any(needs_text_roundtrip),
        Value::Object(m) => m
            .iter()
            .any(|(k, v)| string_needs_text_roundtrip(k) || needs_text_roundtrip(v)),
        _ => false,
    }
}

/// encoding/json's text for a value: keys sorted by bytes, HTML-safe escaping.
fn go_json(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                out.push_str(&i.to_string());
            } else if let Some(u) = n.as_u64() {
                out.push_str(&u.to_string());
            } else {
                out.push_str(&format_json(n.as_f64().unwrap_or(0.0)));
            }
        }
        Value::String(s) => go_json_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                go_json(item, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                go_json_string(k, out);
                out.push(':');
                go_json(&m[k.as_str()], out);
            }
            out.push('}');
        }
    }
}

fn go_json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// go-yaml v2 value -> emitter node (`JSONToYAML` after its `Unmarshal`).
fn go_to_node(v: GoVal) -> Node<'static> {
    match v {
        GoVal::Null => Node::Scalar(Cow::Borrowed("null"), Style::Plain),
        GoVal::Bool(b) => Node::Scalar(
            Cow::Borrowed(if b { "true" } else { "false" }),
            Style::Plain,
        ),
        GoVal::Int(i) => Node::Scalar(i.to_string().into(), Style::Plain),
        GoVal::Uint(u) => Node::Scalar(u.to_string().into(), Style::Plain),
        GoVal::Float(f) => Node::Scalar(float_text(f).into(), Style::Plain),
        GoVal::Str(s) => string_node(s),
        GoVal::Seq(items) => Node::Seq(items.into_iter().map(go_to_node).collect()),
        GoVal::Map(m) => {
            // Keys read back from JSON text are always strings.
            let mut entries: Vec<(String, GoVal)> = m
                .entries
                .into_iter()
                .map(|(k, v)| match k {
                    GoVal::Str(s) => (s, v),
                    other => (format!("{other:?}"), v),
                })
                .collect();
            crate::sorter::sort_keys(&mut entries, |a, b| crate::sorter::compare(&a.0, &b.0));
            Node::Map(
                entries
                    .into_iter()
                    .map(|(k, v)| (string_node(k), go_to_node(v)))
                    .collect(),
            )
        }
    }
}

/// reflect.Kind of a decoded key, as go-yaml v2's `keyList.Less` sees it (nil stays an
/// interface).
fn key_kind(k: &GoVal) -> u8 {
    match k {
        GoVal::Bool(_) => 1,
        GoVal::Int(_) => 2,
        GoVal::Uint(_) => 11,
        GoVal::Float(_) => 14,
        GoVal::Null => 20,
        GoVal::Map(_) => 21,
        GoVal::Seq(_) => 23,
        GoVal::Str(_) => 24,
    }
}

fn key_float(k: &GoVal) -> Option<f64> {
    match k {
        GoVal::Int(i) => Some(*i as f64),
        GoVal::Uint(u) => Some(*u as f64),
        GoVal::Float(f) => Some(*f),
        GoVal::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
        _ => None,
    }
}

/// go-yaml v2 `keyList.Less` for keys of any type: numbers and bools by value first, then by
/// kind; strings in the natural order; otherwise by kind.
fn typed_key_less(a: &GoVal, b: &GoVal) -> bool {
    let (ak, bk) = (key_kind(a), key_kind(b));
    if let (Some(af), Some(bf)) = (key_float(a), key_float(b)) {
        if af != bf {
            return af < bf;
        }
        if ak != bk {
            return ak < bk;
        }
        return match (a, b) {
            (GoVal::Int(x), GoVal::Int(y)) => x < y,
            (GoVal::Uint(x), GoVal::Uint(y)) => x < y,
            (GoVal::Float(x), GoVal::Float(y)) => x < y,
            (GoVal::Bool(x), GoVal::Bool(y)) => !x & y,
            _ => false,
        };
    }
    match (a, b) {
        (GoVal::Str(x), GoVal::Str(y)) => crate::sorter::compare(x, y) == std::cmp::Ordering::Less,
        _ => ak < bk,
    }
}

/// go-yaml v2 `Marshal` of a value go-yaml v2 `Unmarshal` gave (keys keep their Go types);
/// map keys sorted as `keyList.Less` sorts them, or in document order (a `yaml.MapSlice`).
fn go_to_node_typed(v: GoVal, sort: bool) -> Node<'static> {
    match v {
        GoVal::Seq(items) => Node::Seq(
            items
                .into_iter()
                .map(|i| go_to_node_typed(i, sort))
                .collect(),
        ),
        GoVal::Map(m) => {
            let mut entries = m.entries;
            if sort {
                crate::sorter::sort_keys(&mut entries, |a, b| {
                    if typed_key_less(&a.0, &b.0) {
                        std::cmp::Ordering::Less
                    } else if typed_key_less(&b.0, &a.0) {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Equal
                    }
                });
            }
            Node::Map(
                entries
                    .into_iter()
                    .map(|(k, v)| (go_to_node_typed(k, sort), go_to_node_typed(v, sort)))
                    .collect(),
            )
        }
        scalar => go_to_node(scalar),
    }
}

/// go-yaml v2 `Unmarshal` into `map[interface{}]interface{}`, then `Marshal`. `None` when the
/// document is not a mapping (an empty or `null` document gives `{}`).
pub(crate) fn remarshal_map(input: &str) -> Result<Option<String>, Error> {
    match go_unmarshal(input)? {
        GoVal::Null => Ok(Some("{}\n".to_string())),
        m @ GoVal::Map(_) => Ok(Some(emit(&go_to_node_typed(m, true)))),
        _ => Ok(None),
    }
}

/// The items of the top-level sequence `key`, each read as a `yaml.MapSlice` and written back
/// by go-yaml v2 (keys in document order at every level, with their YAML types). `None` when
/// the document is not a mapping, `key` is not a sequence, or an item is not a mapping.
pub(crate) fn remarshal_items(input: &str, key: &str) -> Result<Option<Vec<String>>, Error> {
    let GoVal::Map(m) = go_unmarshal(input)? else {
        return Ok(None);
    };
    let items = m
        .entries
        .into_iter()
        .find(|(k, _)| matches!(k, GoVal::Str(s) if s == key))
        .map(|(_, v)| v);
    let items = match items {
        None | Some(GoVal::Null) => return Ok(Some(Vec::new())),
        Some(GoVal::Seq(items)) => items,
        Some(_) => return Ok(None),
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match item {
            GoVal::Map(_) => out.push(emit(&go_to_node_typed(item, false))),
            _ => return Ok(None),
        }
    }
    Ok(Some(out))
}

/// Direct conversion, valid when no string needs the text round trip.
fn to_node_direct(v: &Value) -> Node<'_> {
    match v {
        Value::Null => Node::Scalar(Cow::Borrowed("null"), Style::Plain),
        Value::Bool(b) => Node::Scalar(
            Cow::Borrowed(if *b { "true" } else { "false" }),
            Style::Plain,
        ),
        Value::Number(n) => Node::Scalar(number_text(n).into(), Style::Plain),
        Value::String(s) => string_node(s.as_str()),
        Value::Array(items) => Node::Seq(items.iter().map(to_node_direct).collect()),
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            crate::sorter::sort_keys(&mut keys, |a, b| crate::sorter::compare(a, b));
            Node::Map(
                keys.into_iter()
                    .map(|k| (string_node(k.as_str()), to_node_direct(&m[k.as_str()])))
                    .collect(),
            )
        }
    }
}

/// The node tree `JSONToYAML(json.Marshal(v))` would emit.
pub(crate) fn to_node(v: &Value) -> Result<Node<'_>, Error> {
    if !needs_text_roundtrip(v) {
        return Ok(to_node_direct(v));
    }
    let mut text = String::new();
    go_json(v, &mut text);
    Ok(go_to_node(go_unmarshal(&text)?))
}

// ---------------------------------------------------------------------------------------------
// Character classes over UTF-8 bytes (libyaml's macros); reads past the end see a NUL byte.

#[inline]
pub(crate) fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

#[inline]
pub(crate) fn width(c: u8) -> usize {
    if c & 0x80 == 0 {
        1
    } else if c & 0xE0 == 0xC0 {
        2
    } else if c & 0xF0 == 0xE0 {
        3
    } else if c & 0xF8 == 0xF0 {
        4
    } else {
        0
    }
}

pub(crate) fn is_printable(b: &[u8], i: usize) -> bool {
    let c = at(b, i);
    let c1 = at(b, i + 1);
    let c2 = at(b, i + 2);
    c == 0x0A
        || (0x20..=0x7E).contains(&c)
        || (c == 0xC2 && c1 >= 0xA0)
        || (c > 0xC2 && c < 0xED)
        || (c == 0xED && c1 < 0xA0)
        || c == 0xEE
        || (c == 0xEF && !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)))
}

/// go-yaml's `is_bom` looks at the start of the value whatever the index.
pub(crate) fn is_bom(b: &[u8]) -> bool {
    at(b, 0) == 0xEF && at(b, 1) == 0xBB && at(b, 2) == 0xBF
}

#[inline]
pub(crate) fn is_space(b: &[u8], i: usize) -> bool {
    at(b, i) == b' '
}

#[inline]
pub(crate) fn is_blank(b: &[u8], i: usize) -> bool {
    matches!(at(b, i), b' ' | b'\t')
}

pub(crate) fn is_break(b: &[u8], i: usize) -> bool {
    let c = at(b, i);
    c == b'\r'
        || c == b'\n'
        || (c == 0xC2 && at(b, i + 1) == 0x85)
        || (c == 0xE2 && at(b, i + 1) == 0x80 && (at(b, i + 2) == 0xA8 || at(b, i + 2) == 0xA9))
}

pub(crate) fn is_blankz(b: &[u8], i: usize) -> bool {
    is_blank(b, i) || is_break(b, i) || at(b, i) == 0
}

/// Whether a double-quoted scalar writes the character at `i` as an escape.
pub(crate) fn needs_escape(value: &[u8], i: usize, bom: bool) -> bool {
    let c = value[i];
    !is_printable(value, i) || bom || is_break(value, i) || c == b'"' || c == b'\\'
}

/// The escape (after its `\\`) of the character at `i`, and how many bytes it takes.
pub(crate) fn escape(value: &[u8], i: usize) -> (Vec<u8>, usize) {
    let c = value[i];
    let w = width(c).max(1);
    let mut v: u32 = match w {
        1 => (c & 0x7F) as u32,
        2 => (c & 0x1F) as u32,
        3 => (c & 0x0F) as u32,
        _ => (c & 0x07) as u32,
    };
    for k in 1..w {
        v = (v << 6) + (at(value, i + k) as u32 & 0x3F);
    }
    let short = match v {
        0x00 => b'0',
        0x07 => b'a',
        0x08 => b'b',
        0x09 => b't',
        0x0A => b'n',
        0x0B => b'v',
        0x0C => b'f',
        0x0D => b'r',
        0x1B => b'e',
        0x22 => b'"',
        0x5C => b'\\',
        0x85 => b'N',
        0xA0 => b'_',
        0x2028 => b'L',
        0x2029 => b'P',
        _ => 0,
    };
    if short != 0 {
        return (vec![short], w);
    }
    let (letter, digits) = if v <= 0xFF {
        (b'x', 2)
    } else if v <= 0xFFFF {
        (b'u', 4)
    } else {
        (b'U', 8)
    };
    let mut out = vec![letter];
    for k in (0..digits).rev() {
        let d = ((v >> (k * 4)) & 0x0F) as u8;
        out.push(if d < 10 { b'0' + d } else { b'A' + d - 10 });
    }
    (out, w)
}

/// A block scalar's chomping indicator: `-` without a final line break, `+` with more than
/// one (or only a line break), none for exactly one.
pub(crate) fn chomp_hint(value: &[u8]) -> Option<u8> {
    if value.is_empty() {
        return Some(b'-');
    }
    let mut i = value.len() - 1;
    while i > 0 && value[i] & 0xC0 == 0x80 {
        i -= 1;
    }
    if !is_break(value, i) {
        return Some(b'-');
    }
    if i == 0 {
        return Some(b'+');
    }
    i -= 1;
    while i > 0 && value[i] & 0xC0 == 0x80 {
        i -= 1;
    }
    is_break(value, i).then_some(b'+')
}

#[derive(Default, Clone, Copy)]
pub(crate) struct Analysis {
    pub(crate) multiline: bool,
    pub(crate) flow_plain_allowed: bool,
    pub(crate) block_plain_allowed: bool,
    pub(crate) single_quoted_allowed: bool,
    pub(crate) block_allowed: bool,
}

pub(crate) fn analyze(value: &[u8], v3: bool) -> Analysis {
    if value.is_empty() {
        return Analysis {
            multiline: false,
            flow_plain_allowed: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    let mut block_indicators = false;
    let mut flow_indicators = false;
    let mut line_breaks = false;
    let mut special_characters = false;
    let mut tab_characters = false;
    let mut leading_space = false;
    let mut leading_break = false;
    let mut trailing_space = false;
    let mut trailing_break = false;
    let mut break_space = false;
    let mut space_break = false;
    let mut previous_space = false;
    let mut previous_break = false;

    if value.starts_with(b"---") || value.starts_with(b"...") {
        block_indicators = true;
        flow_indicators = true;
    }
    let mut preceded_by_whitespace = true;
    let mut i = 0;
    while i < value.len() {
        let w = width(value[i]).max(1);
        let followed_by_whitespace = i + w >= value.len() || is_blank(value, i + w);
        let c = value[i];
        if i == 0 {
            match c {
                b'#' | b',' | b'[' | b']' | b'{' | b'}' | b'&' | b'*' | b'!' | b'|' | b'>'
                | b'\'' | b'"' | b'%' | b'@' | b'`' => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                b'?' | b':' => {
                    flow_indicators = true;
                    if followed_by_whitespace {
                        block_indicators = true;
                    }
                }
                b'-' if followed_by_whitespace => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                _ => {}
            }
        } else {
            match c {
                b',' | b'?' | b'[' | b']' | b'{' | b'}' => flow_indicators = true,
                b':' => {
                    flow_indicators = true;
                    if followed_by_whitespace {
                        block_indicators = true;
                    }
                }
                b'#' if preceded_by_whitespace => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                _ => {}
            }
        }
        if v3 && c == b'\t' {
            tab_characters = true;
        } else if !is_printable(value, i) {
            special_characters = true;
        }
        if is_space(value, i) {
            if i == 0 {
                leading_space = true;
            }
            if i + w == value.len() {
                trailing_space = true;
            }
            if previous_break {
                break_space = true;
            }
            previous_space = true;
            previous_break = false;
        } else if is_break(value, i) {
            line_breaks = true;
            if i == 0 {
                leading_break = true;
            }
            if i + w == value.len() {
                trailing_break = true;
            }
            if previous_space {
                space_break = true;
            }
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_blankz(value, i);
        i += w;
    }
    let mut a = Analysis {
        multiline: line_breaks,
        flow_plain_allowed: true,
        block_plain_allowed: true,
        single_quoted_allowed: true,
        block_allowed: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
    }
    if trailing_space {
        a.block_allowed = false;
    }
    if break_space {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
    }
    if space_break || tab_characters || special_characters {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
    }
    if space_break || special_characters {
        a.block_allowed = false;
    }
    if line_breaks {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
    }
    if flow_indicators {
        a.flow_plain_allowed = false;
    }
    if block_indicators {
        a.block_plain_allowed = false;
    }
    a
}

/// Emitter settings: go-yaml v2 uses indent 2 and width 80; yaml.v3's pretty encoder differs.
#[derive(Clone, Copy)]
pub(crate) struct Settings {
    pub best_indent: i64,
    pub best_width: i64,
    /// yaml.v3's emitter changes: sequences in mappings are indented, and a tab does not rule
    /// out literal block style.
    pub v3: bool,
}

pub(crate) struct Emitter {
    out: Vec<u8>,
    column: i64,
    indent: i64,
    indents: Vec<i64>,
    whitespace: bool,
    indention: bool,
    flow_level: i32,
    mapping_context: bool,
    simple_key_context: bool,
    best_indent: i64,
    best_width: i64,
    v3: bool,
}

/// The output operations of an emitter, and the quoted scalar writers (the same in go-yaml
/// v2 and yaml.v3) written with them.
pub(crate) trait ScalarWriter {
    fn put(&mut self, c: u8);
    fn put_break(&mut self);
    /// Copies one character from `s` at `*i`.
    fn write(&mut self, s: &[u8], i: &mut usize);
    fn write_break(&mut self, s: &[u8], i: &mut usize);
    fn write_indent(&mut self);
    fn write_indicator(&mut self, indicator: &[u8], need_ws: bool, is_ws: bool, is_indention: bool);
    fn column(&self) -> i64;
    fn best_width(&self) -> i64;
    fn set_indention(&mut self, on: bool);
    fn set_whitespace(&mut self, on: bool);

    /// The text of a plain scalar, folded at spaces past the best width when `allow_breaks`.
    /// go-yaml v2 marks the line as indentation after a line break in the text
    /// (`break_sets_indention`); yaml.v3 dropped that step.
    fn write_plain_text(&mut self, value: &[u8], allow_breaks: bool, break_sets_indention: bool) {
        let mut spaces = false;
        let mut breaks = false;
        let mut i = 0;
        while i < value.len() {
            if is_space(value, i) {
                if allow_breaks
                    && !spaces
                    && self.column() > self.best_width()
                    && !is_space(value, i + 1)
                {
                    self.write_indent();
                    i += 1;
                } else {
                    self.write(value, &mut i);
                }
                spaces = true;
            } else if is_break(value, i) {
                if !breaks && value[i] == b'\n' {
                    self.put_break();
                }
                self.write_break(value, &mut i);
                if break_sets_indention {
                    self.set_indention(true);
                }
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write(value, &mut i);
                self.set_indention(false);
                spaces = false;
                breaks = false;
            }
        }
    }

    fn write_single_quoted(&mut self, value: &[u8], allow_breaks: bool) {
        self.write_indicator(b"'", true, false, false);
        let mut spaces = false;
        let mut breaks = false;
        let mut i = 0;
        while i < value.len() {
            if is_space(value, i) {
                if allow_breaks
                    && !spaces
                    && self.column() > self.best_width()
                    && i > 0
                    && i < value.len() - 1
                    && !is_space(value, i + 1)
                {
                    self.write_indent();
                    i += 1;
                } else {
                    self.write(value, &mut i);
                }
                spaces = true;
            } else if is_break(value, i) {
                if !breaks && value[i] == b'\n' {
                    self.put_break();
                }
                self.write_break(value, &mut i);
                self.set_indention(true);
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if value[i] == b'\'' {
                    self.put(b'\'');
                }
                self.write(value, &mut i);
                self.set_indention(false);
                spaces = false;
                breaks = false;
            }
        }
        self.write_indicator(b"'", false, false, false);
        self.set_whitespace(false);
        self.set_indention(false);
    }

    fn write_double_quoted(&mut self, value: &[u8], allow_breaks: bool) {
        let mut spaces = false;
        self.write_indicator(b"\"", true, false, false);
        let bom = is_bom(value);
        let mut i = 0;
        while i < value.len() {
            if needs_escape(value, i, bom) {
                let (esc, w) = escape(value, i);
                i += w;
                self.put(b'\\');
                for e in esc {
                    self.put(e);
                }
                spaces = false;
            } else if is_space(value, i) {
                if allow_breaks
                    && !spaces
                    && self.column() > self.best_width()
                    && i > 0
                    && i < value.len() - 1
                {
                    self.write_indent();
                    if is_space(value, i + 1) {
                        self.put(b'\\');
                    }
                    i += 1;
                } else {
                    self.write(value, &mut i);
                }
                spaces = true;
            } else {
                self.write(value, &mut i);
                spaces = false;
            }
        }
        self.write_indicator(b"\"", false, false, false);
        self.set_whitespace(false);
        self.set_indention(false);
    }
}

impl ScalarWriter for Emitter {
    fn put(&mut self, c: u8) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push(b'\n');
        self.column = 0;
    }

    /// Copies one character from `s` at `*i`.
    fn write(&mut self, s: &[u8], i: &mut usize) {
        let w = width(s[*i]).max(1);
        let end = (*i + w).min(s.len());
        self.out.extend_from_slice(&s[*i..end]);
        self.column += 1;
        *i = end;
    }

    fn write_break(&mut self, s: &[u8], i: &mut usize) {
        if s[*i] == b'\n' {
            self.put_break();
            *i += 1;
        } else {
            self.write(s, i);
            self.column = 0;
        }
    }

    fn write_indent(&mut self) {
        let indent = self.indent.max(0);
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(b' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(
        &mut self,
        indicator: &[u8],
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(b' ');
        }
        self.write_all(indicator);
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    fn column(&self) -> i64 {
        self.column
    }

    fn best_width(&self) -> i64 {
        self.best_width
    }

    fn set_indention(&mut self, on: bool) {
        self.indention = on;
    }

    fn set_whitespace(&mut self, on: bool) {
        self.whitespace = on;
    }
}

impl Emitter {
    pub(crate) fn new(settings: Settings) -> Self {
        Emitter {
            out: Vec::new(),
            column: 0,
            indent: -1,
            indents: Vec::new(),
            whitespace: true,
            indention: true,
            flow_level: 0,
            mapping_context: false,
            simple_key_context: false,
            best_indent: settings.best_indent,
            best_width: settings.best_width,
            v3: settings.v3,
        }
    }

    pub(crate) fn finish(self) -> String {
        String::from_utf8(self.out).unwrap_or_default()
    }

    fn write_all(&mut self, s: &[u8]) {
        let mut i = 0;
        while i < s.len() {
            self.write(s, &mut i);
        }
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { self.best_indent } else { 0 };
        } else if !indentless {
            self.indent += self.best_indent;
        }
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    pub(crate) fn document(&mut self, node: &Node) {
        self.emit_node(node, false, false);
        // DOCUMENT-END (implicit)
        self.write_indent();
    }

    fn emit_node(&mut self, node: &Node, mapping: bool, simple_key: bool) {
        self.mapping_context = mapping;
        self.simple_key_context = simple_key;
        match node {
            Node::Scalar(s, style) => self.emit_scalar(s.as_bytes(), *style),
            Node::Binary(s) => {
                // libyaml writes the tag (handle `!!`, suffix `binary`) before the scalar.
                self.write_indicator(b"!!binary", true, false, false);
                let style = if s.contains('\n') {
                    Style::Literal
                } else {
                    Style::Plain
                };
                self.emit_scalar(s.as_bytes(), style);
            }
            Node::Seq(items) => {
                if self.flow_level > 0 || items.is_empty() {
                    self.flow_empty(b"[", b"]");
                } else {
                    self.block_sequence(items);
                }
            }
            Node::Map(entries) => {
                if self.flow_level > 0 || entries.is_empty() {
                    self.flow_empty(b"{", b"}");
                } else {
                    self.block_mapping(entries);
                }
            }
        }
    }

    /// An empty flow collection (the only flow collections the encoder produces).
    fn flow_empty(&mut self, open: &[u8], close: &[u8]) {
        self.write_indicator(open, true, true, false);
        // The flow level and indentation rise and fall again around the (absent) items.
        self.increase_indent(true, false);
        self.pop_indent();
        self.write_indicator(close, false, false, false);
    }

    fn block_sequence(&mut self, items: &[Node]) {
        let indentless = !self.v3 && self.mapping_context && !self.indention;
        self.increase_indent(false, indentless);
        for item in items {
            self.write_indent();
            self.write_indicator(b"-", true, false, true);
            self.emit_node(item, false, false);
        }
        self.pop_indent();
    }

    fn check_simple_key(&self, key: &Node) -> bool {
        match key {
            Node::Scalar(s, _) => {
                let a = analyze(s.as_bytes(), self.v3);
                !a.multiline && s.len() <= 128
            }
            // libyaml counts the tag's handle and suffix in a simple key's length.
            Node::Binary(s) => {
                let a = analyze(s.as_bytes(), self.v3);
                !a.multiline && "!!binary".len() + s.len() <= 128
            }
            Node::Seq(items) => items.is_empty(),
            Node::Map(entries) => entries.is_empty(),
        }
    }

    fn block_mapping(&mut self, entries: &[(Node, Node)]) {
        self.increase_indent(false, false);
        for (k, v) in entries {
            self.write_indent();
            if self.check_simple_key(k) {
                self.emit_node(k, true, true);
                self.write_indicator(b":", false, false, false);
            } else {
                self.write_indicator(b"?", true, false, true);
                self.emit_node(k, true, false);
                self.write_indent();
                self.write_indicator(b":", true, false, true);
            }
            self.emit_node(v, true, false);
        }
        self.pop_indent();
    }

    fn select_style(&self, value: &[u8], requested: Style, a: &Analysis) -> Style {
        let mut style = requested;
        if self.simple_key_context && a.multiline {
            style = Style::DoubleQuoted;
        }
        if style == Style::Plain {
            if (self.flow_level > 0 && !a.flow_plain_allowed)
                || (self.flow_level == 0 && !a.block_plain_allowed)
            {
                style = Style::SingleQuoted;
            }
            if value.is_empty() && (self.flow_level > 0 || self.simple_key_context) {
                style = Style::SingleQuoted;
            }
        }
        if style == Style::SingleQuoted && !a.single_quoted_allowed {
            style = Style::DoubleQuoted;
        }
        if style == Style::Literal
            && (!a.block_allowed || self.flow_level > 0 || self.simple_key_context)
        {
            style = Style::DoubleQuoted;
        }
        style
    }

    fn emit_scalar(&mut self, value: &[u8], requested: Style) {
        let a = analyze(value, self.v3);
        let style = self.select_style(value, requested, &a);
        self.increase_indent(true, false);
        let allow_breaks = !self.simple_key_context;
        match style {
            Style::Plain => self.write_plain(value, allow_breaks),
            Style::SingleQuoted => self.write_single_quoted(value, allow_breaks),
            Style::DoubleQuoted => self.write_double_quoted(value, allow_breaks),
            Style::Literal => self.write_literal(value),
        }
        self.pop_indent();
    }

    fn write_plain(&mut self, value: &[u8], allow_breaks: bool) {
        if !self.whitespace {
            self.put(b' ');
        }
        self.write_plain_text(value, allow_breaks, true);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_block_scalar_hints(&mut self, value: &[u8]) {
        if is_space(value, 0) || is_break(value, 0) {
            let hint = [b'0' + self.best_indent as u8];
            self.write_indicator(&hint, false, false, false);
        }
        let chomp = chomp_hint(value);
        if let Some(c) = chomp {
            self.write_indicator(&[c], false, false, false);
        }
    }

    fn write_literal(&mut self, value: &[u8]) {
        self.write_indicator(b"|", true, false, false);
        self.write_block_scalar_hints(value);
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        let mut i = 0;
        while i < value.len() {
            if is_break(value, i) {
                self.write_break(value, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write(value, &mut i);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

/// sigs.k8s.io/yaml `Marshal` of a JSON value.
pub(crate) fn to_string(v: &Value) -> Result<String, Error> {
    Ok(emit(&to_node(v)?))
}

fn emit(node: &Node) -> String {
    let mut e = Emitter::new(Settings {
        best_indent: 2,
        best_width: 80,
        v3: false,
    });
    e.document(node);
    e.finish()
}
