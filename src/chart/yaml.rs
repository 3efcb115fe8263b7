//! YAML reading the way Helm's loader does it, on top of `goyaml` (go-yaml v2 semantics).

use serde_json::{Map, Value};

use super::strvals::floats_only;

/// sigs.k8s.io/yaml `Unmarshal` into `interface{}`: the first document, numbers as float64.
pub fn to_value(data: &[u8]) -> Result<Value, String> {
    goyaml::from_str(utf8_text(data)?)
        .map(floats_only)
        .map_err(|e| e.to_string())
}

/// `data` as text, or sigs.k8s.io/yaml's error for bytes that are not UTF-8, which go-yaml's
/// reader refuses before it parses anything.
pub fn utf8_text(data: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(data).map_err(|e| {
        format!(
            "error converting YAML to JSON: yaml: {}",
            utf8_error(data, &e)
        )
    })
}

/// go-yaml's reader error for text that is not UTF-8, judged at the first bad sequence as its
/// reader judges it: a bad first byte, a sequence cut off by the end of the input, a bad
/// continuation byte, an overlong form, or a code point that is no Unicode scalar.
pub fn utf8_error(data: &[u8], e: &std::str::Utf8Error) -> &'static str {
    let b = &data[e.valid_up_to()..];
    let lead = b[0];
    let width = match lead {
        _ if lead & 0x80 == 0 => 1,
        _ if lead & 0xE0 == 0xC0 => 2,
        _ if lead & 0xF0 == 0xE0 => 3,
        _ if lead & 0xF8 == 0xF0 => 4,
        _ => return "invalid leading UTF-8 octet",
    };
    if b.len() < width {
        return "incomplete UTF-8 octet sequence";
    }
    if b[1..width].iter().any(|o| o & 0xC0 != 0x80) {
        return "invalid trailing UTF-8 octet";
    }
    let mut value = u32::from(lead) & [0x7F, 0x1F, 0x0F, 0x07][width - 1];
    for o in &b[1..width] {
        value = (value << 6) | (u32::from(*o) & 0x3F);
    }
    let shortest = match value {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0x800..=0xFFFF => 3,
        _ => 4,
    };
    if width != shortest {
        return "invalid length of a UTF-8 sequence";
    }
    "invalid Unicode character"
}

/// sigs.k8s.io/yaml `Unmarshal` into `map[string]interface{}`.
pub fn to_map(data: &[u8]) -> Result<Map<String, Value>, String> {
    match to_value(data)? {
        Value::Null => Ok(Map::new()),
        Value::Object(m) => Ok(m),
        other => Err(format!(
            "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
            match other {
                Value::Bool(_) => "bool",
                Value::Number(_) => "number",
                Value::String(_) => "string",
                _ => "array",
            }
        )),
    }
}

/// Splits a YAML stream into documents like apimachinery's `YAMLReader`: a line starting with
/// `---` ends a document; only spaces or a comment may follow the marker.
pub fn split_documents(data: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    let mut docs = Vec::new();
    let mut buf: Vec<u8> = Vec::new();
    let mut rest = data;
    while !rest.is_empty() {
        let (line, next) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (&rest[..=i], &rest[i + 1..]),
            None => (rest, &rest[rest.len()..]),
        };
        rest = next;
        if line.starts_with(b"---") {
            let after = String::from_utf8_lossy(&line[3..]);
            let trimmed = after.trim();
            if !trimmed.is_empty() && !trimmed.starts_with('#') {
                return Err(format!("invalid Yaml document separator: {trimmed}"));
            }
            if !buf.is_empty() {
                docs.push(std::mem::take(&mut buf));
            }
            continue;
        }
        buf.extend_from_slice(line);
    }
    if !buf.is_empty() {
        docs.push(buf);
    }
    Ok(docs)
}

/// Helm's `loader.LoadValues`: every document of the stream is read as a map and the maps are
/// merged with [`merge_maps`] (later documents win).
pub fn load_values(data: &[u8]) -> Result<Map<String, Value>, String> {
    let mut values = Map::new();
    let docs = split_documents(data).map_err(|e| format!("error reading yaml document: {e}"))?;
    for doc in docs {
        let current = to_map(&doc).map_err(|e| format!("cannot unmarshal yaml document: {e}"))?;
        values = merge_maps(values, current);
    }
    Ok(values)
}

/// Helm's `loader.MergeMaps`: `b` wins; nested maps present on both sides merge recursively.
pub fn merge_maps(a: Map<String, Value>, b: Map<String, Value>) -> Map<String, Value> {
    let mut out = a;
    for (k, v) in b {
        if let Value::Object(bv) = v {
            if let Some(Value::Object(av)) = out.get_mut(&k) {
                let merged = merge_maps(std::mem::take(av), bv);
                out.insert(k, Value::Object(merged));
                continue;
            }
            out.insert(k, Value::Object(bv));
        } else {
            out.insert(k, v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_errors_are_go_yaml_s() {
        let e = |b: &[u8]| to_value(b).unwrap_err();
        let go = |m: &str| format!("error converting YAML to JSON: yaml: {m}");
        assert_eq!(e(b"a: \xff"), go("invalid leading UTF-8 octet"));
        assert_eq!(e(b"a: \xc3("), go("invalid trailing UTF-8 octet"));
        assert_eq!(e(b"a: \xe2\x82"), go("incomplete UTF-8 octet sequence"));
        assert_eq!(e(b"a: \xc0\x80"), go("invalid length of a UTF-8 sequence"));
        assert_eq!(e(b"a: \xed\xa0\x80"), go("invalid Unicode character"));
        assert_eq!(e(b"a: \xf4\x90\x80\x80"), go("invalid Unicode character"));
    }
    use serde_json::json;

    #[test]
    fn splits_documents() {
        let d = split_documents(b"a: 1\n---\nb: 2\n--- # c\n---\nc: 3").unwrap();
        assert_eq!(d.len(), 3);
        assert_eq!(d[2], b"c: 3");
        assert_eq!(
            split_documents(b"a: 1\n--- b: 2\n").unwrap_err(),
            "invalid Yaml document separator: b: 2"
        );
    }

    #[test]
    fn merges_maps() {
        let a = json!({"x": {"y": 1, "z": 2}, "k": [1]})
            .as_object()
            .unwrap()
            .clone();
        let b = json!({"x": {"y": 3}, "k": {"n": 1}})
            .as_object()
            .unwrap()
            .clone();
        assert_eq!(
            Value::Object(merge_maps(a, b)),
            json!({"x": {"y": 3, "z": 2}, "k": {"n": 1}})
        );
    }

    #[test]
    fn loads_multi_document_values() {
        let v = load_values(b"a: 1\nb: {c: 2}\n---\nb: {d: 3}\n").unwrap();
        assert_eq!(
            Value::Object(v.clone()),
            json!({"a": 1.0, "b": {"c": 2.0, "d": 3.0}})
        );
        assert!(v["a"].is_f64());
        let e = load_values(b"- a\n").unwrap_err();
        assert_eq!(
            e,
            "cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}"
        );
        assert!(load_values(b"").unwrap().is_empty());
    }
}
