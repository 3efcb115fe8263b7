//! Helm's `toYamlPretty`: yaml.v3's encoder with indent 2, applied to the Go value directly
//! (no JSON round trip): JSON integers are Go ints, other numbers float64.

use serde_json::Value;

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
    let mut e = Emitter::new(Settings {
        best_indent: 2,
        best_width: i64::from(i32::MAX),
        v3: true,
    });
    e.document(&to_node(value));
    e.finish()
}
