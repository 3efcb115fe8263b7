//! Helm's `toYamlPretty`: yaml.v3's encoder with indent 2, applied to the Go value directly
//! (no JSON round trip): JSON integers are Go ints, other numbers float64.

use serde_json::Value;

/// A Go value as yaml.v3's encoder sees it, for values JSON cannot describe.
#[derive(Clone, Debug, PartialEq)]
pub enum GoValue {
    /// A value encoded like its JSON form (null, bools, numbers, strings, and nestings).
    Json(Value),
    /// A scalar written in plain style whatever it reads as: a `time.Time`, which yaml.v3
    /// writes as RFC 3339 text where a string with that text would be quoted.
    Plain(String),
    /// A Go string whose bytes are not UTF-8: yaml.v3 writes it as a `!!binary` scalar holding
    /// their base64.
    Binary(Vec<u8>),
    /// A sequence.
    Seq(Vec<GoValue>),
    /// A map's entries, keys as the bytes of Go strings; they are written sorted as yaml.v3
    /// sorts keys, and a key that is not UTF-8 as `!!binary`.
    Map(Vec<(Vec<u8>, GoValue)>),
}

impl GoValue {
    pub(crate) fn depth(&self) -> usize {
        match self {
            GoValue::Json(v) => crate::value_depth(v),
            GoValue::Plain(_) | GoValue::Binary(_) => 1,
            GoValue::Seq(items) => 1 + items.iter().map(GoValue::depth).max().unwrap_or(0),
            GoValue::Map(m) => 1 + m.iter().map(|(_, v)| v.depth()).max().unwrap_or(0),
        }
    }
}

fn go_node(v: &GoValue) -> Node<'_> {
    match v {
        GoValue::Json(j) => to_node(j),
        GoValue::Plain(s) => Node::Scalar(s.as_str().into(), Style::Plain),
        GoValue::Seq(items) => Node::Seq(items.iter().map(go_node).collect()),
        GoValue::Binary(b) => binary_node(b),
        GoValue::Map(m) => {
            // yaml.v3 compares keys as runes: each byte that is not UTF-8 is U+FFFD.
            let mut entries: Vec<(String, &Vec<u8>, &GoValue)> =
                m.iter().map(|(k, v)| (rune_text(k), k, v)).collect();
            crate::sorter::sort_keys(&mut entries, |a, b| crate::sorter::compare_v3(&a.0, &b.0));
            Node::Map(
                entries
                    .into_iter()
                    .map(|(_, k, v)| {
                        let key = match std::str::from_utf8(k) {
                            Ok(t) => string_node(t),
                            Err(_) => binary_node(k),
                        };
                        (key, go_node(v))
                    })
                    .collect(),
            )
        }
    }
}

/// Go's `[]rune(s)` made text again: U+FFFD for each byte that is not part of valid UTF-8.
fn rune_text(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len());
    for chunk in b.utf8_chunks() {
        out.push_str(chunk.valid());
        out.extend(chunk.invalid().iter().map(|_| char::REPLACEMENT_CHARACTER));
    }
    out
}

/// yaml.v3's `encodeBase64`: standard base64 in lines of 70 characters, each ending in a
/// newline when there is more than one line (the encoded length is 70 or more).
fn binary_node(b: &[u8]) -> Node<'static> {
    use base64::Engine;
    const LINE: usize = 70;
    let encoded = base64::engine::general_purpose::STANDARD.encode(b);
    if encoded.len() / LINE == 0 {
        return Node::Binary(encoded);
    }
    let mut out = String::with_capacity(encoded.len() + encoded.len() / LINE + 1);
    for line in encoded.as_bytes().chunks(LINE) {
        out.push_str(std::str::from_utf8(line).unwrap_or_default());
        out.push('\n');
    }
    Node::Binary(out)
}

use crate::encode::{float_text, string_node, Emitter, Node, Settings, Style};

fn to_node(v: &Value) -> Node<'_> {
    match v {
        Value::Null => Node::Scalar("null".into(), Style::Plain),
        Value::Bool(b) => Node::Scalar(if *b { "true" } else { "false" }.into(), Style::Plain),
        Value::Number(n) => {
            let text = if let Some(i) = n.as_i64() {
                i.to_string()
            } else if let Some(u) = n.as_u64() {
                u.to_string()
            } else {
                float_text(n.as_f64().unwrap_or(0.0))
            };
            Node::Scalar(text.into(), Style::Plain)
        }
        // yaml.v3's plain-style test (its resolver plus `isOldBool`) accepts exactly the strings
        // go-yaml v2's resolver leaves as strings.
        Value::String(s) => string_node(s.as_str()),
        Value::Array(items) => Node::Seq(items.iter().map(to_node).collect()),
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            crate::sorter::sort_keys(&mut keys, |a, b| crate::sorter::compare_v3(a, b));
            Node::Map(
                keys.into_iter()
                    .map(|k| (string_node(k.as_str()), to_node(&m[k.as_str()])))
                    .collect(),
            )
        }
    }
}

pub(crate) fn to_string_pretty(value: &Value) -> String {
    emit(&to_node(value))
}

pub(crate) fn go_to_string_pretty(value: &GoValue) -> String {
    emit(&go_node(value))
}

fn emit(node: &Node<'_>) -> String {
    let mut e = Emitter::new(Settings {
        best_indent: 2,
        best_width: i64::from(i32::MAX),
        v3: true,
    });
    e.document(node);
    e.finish()
}
