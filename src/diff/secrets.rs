//! helm-diff's handling of `Secret` objects before they are diffed (`redactSecrets`,
//! `decodeSecrets`): the content is decoded as a typed `v1.Secret` (base64 `data`, with
//! `stringData` merged over it), then written back the way the Kubernetes YAML serializer writes
//! it (keys sorted, `creationTimestamp: null` line removed) with every value replaced by a
//! redaction marker, or by its decoded text. A document that does not decode is replaced by
//! `Error parsing old secret: <error>` (or `new`). Like the plugin, this changes the documents in
//! place, so a document handled twice (rename search, then the diff) is handled twice.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::manifest::Document;

const SECRET: &str = "Secret";

/// A decoded `v1.Secret`: the fields the typed decode keeps, `data` base64-decoded and
/// `stringData` merged into it.
struct Secret {
    fields: Map<String, Value>,
    data: BTreeMap<String, Vec<u8>>,
}

/// Both sides must be Secrets (or absent) for anything to happen.
fn both_secrets(old: &Option<&mut Document>, new: &Option<&mut Document>) -> bool {
    let not_secret = |d: &Option<&mut Document>| d.as_ref().is_some_and(|d| d.kind != SECRET);
    !(not_secret(old) || not_secret(new))
}

/// The decoded values of a side that decoded, else none.
fn data_of<'a>(
    s: &'a Option<Option<Secret>>,
    empty: &'a BTreeMap<String, Vec<u8>>,
) -> &'a BTreeMap<String, Vec<u8>> {
    match s {
        Some(Some(s)) => &s.data,
        _ => empty,
    }
}

/// Default mode: values become `REDACTED # (N bytes)` when equal on both sides, else
/// `-------- # (N bytes)` (old) and `++++++++ # (N bytes)` (new); the `stringData` key that
/// holds them is written as `data`.
pub(crate) fn redact(mut old: Option<&mut Document>, mut new: Option<&mut Document>) {
    if !both_secrets(&old, &new) {
        return;
    }
    let old_s = old.as_deref_mut().map(|d| decode_or_mark(d, "old"));
    let new_s = new.as_deref_mut().map(|d| decode_or_mark(d, "new"));
    let empty = BTreeMap::new();
    let old_data = data_of(&old_s, &empty);
    let new_data = data_of(&new_s, &empty);
    let marks = |mine: &BTreeMap<String, Vec<u8>>,
                 other: &BTreeMap<String, Vec<u8>>,
                 other_present: bool,
                 changed: &str| {
        mine.iter()
            .map(|(k, v)| {
                let same = other_present && *v == other.get(k).cloned().unwrap_or_default();
                let text = if same {
                    format!("REDACTED # ({} bytes)", v.len())
                } else {
                    format!("{changed} # ({} bytes)", v.len())
                };
                (k.clone(), Value::String(text))
            })
            .collect::<Map<String, Value>>()
    };
    let old_marks = marks(old_data, new_data, new.is_some(), "--------");
    let new_marks = marks(new_data, old_data, old.is_some(), "++++++++");
    if let (Some(doc), Some(Some(s))) = (old, &old_s) {
        write_back(doc, s, old_marks, true);
    }
    if let (Some(doc), Some(Some(s))) = (new, &new_s) {
        write_back(doc, s, new_marks, true);
    }
}

/// `--show-secrets-decoded`: values are shown as text under `stringData:`.
pub(crate) fn decode(old: Option<&mut Document>, new: Option<&mut Document>) {
    if !both_secrets(&old, &new) {
        return;
    }
    for (doc, side) in [(old, "old"), (new, "new")] {
        let Some(doc) = doc else { continue };
        if let Some(s) = decode_or_mark(doc, side) {
            let plain = s
                .data
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        Value::String(String::from_utf8_lossy(v).into_owned()),
                    )
                })
                .collect();
            write_back(doc, &s, plain, false);
        }
    }
}

fn decode_or_mark(doc: &mut Document, side: &str) -> Option<Secret> {
    match decode_secret(&doc.content) {
        Ok(s) => Some(s),
        Err(e) => {
            doc.content = format!("Error parsing {side} secret: {e}");
            None
        }
    }
}

/// The first line when the content starts with a comment (the `# Source:` line).
fn leading_comment(s: &str) -> &str {
    match s.find('\n') {
        Some(i) if s.starts_with('#') => &s[..=i],
        _ => "",
    }
}

fn write_back(doc: &mut Document, s: &Secret, values: Map<String, Value>, rename: bool) {
    let mut fields = s.fields.clone();
    if !values.is_empty() {
        fields.insert("stringData".into(), Value::Object(values));
    }
    let mut text = goyaml::to_string(&Value::Object(fields));
    if rename {
        text = text.replacen("stringData", "data", 1);
    }
    text = text.replacen("  creationTimestamp: null\n", "", 1);
    doc.content = format!("{}{text}", leading_comment(&doc.content));
}

fn type_error(value: &Value, field: &str, go_type: &str) -> String {
    let what = match value {
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        Value::Number(_) => "number",
        Value::Bool(_) => "bool",
        Value::String(_) => "string",
        Value::Null => "null",
    };
    format!("json: cannot unmarshal {what} into Go struct field Secret.{field} of type {go_type}")
}

/// JSON-decodes the document into the fields of a `v1.Secret`.
fn decode_secret(content: &str) -> Result<Secret, String> {
    if content.trim().is_empty() {
        return Err("EOF".into());
    }
    let value = goyaml::from_str(content).map_err(|e| e.to_string())?;
    // The YAML-to-JSON decoder wraps errors of the JSON stage.
    typed_secret(value).map_err(|e| format!("error unmarshaling JSON: while decoding JSON: {e}"))
}

fn typed_secret(value: Value) -> Result<Secret, String> {
    let obj = match value {
        Value::Null => Map::new(),
        Value::Object(m) => m,
        other => {
            return Err(type_error(&other, "", "v1.Secret")
                .replace("Go struct field Secret. of type", "Go value of type"))
        }
    };
    let mut fields = Map::new();
    for key in ["apiVersion", "kind", "type"] {
        match obj.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s.is_empty() => {}
            Some(v @ Value::String(_)) => {
                fields.insert(key.into(), v.clone());
            }
            Some(v) => return Err(type_error(v, key, "string")),
        }
    }
    match obj.get("immutable") {
        None | Some(Value::Null) => {}
        Some(v @ Value::Bool(_)) => {
            fields.insert("immutable".into(), v.clone());
        }
        Some(v) => return Err(type_error(v, "immutable", "bool")),
    }
    let mut meta = match obj.get("metadata") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(m)) => m.clone(),
        Some(v) => return Err(type_error(v, "metadata", "v1.ObjectMeta")),
    };
    if !meta.contains_key("creationTimestamp") {
        meta.insert("creationTimestamp".into(), Value::Null);
    }
    fields.insert("metadata".into(), Value::Object(meta));

    let mut data = BTreeMap::new();
    match obj.get("data") {
        None | Some(Value::Null) => {}
        Some(Value::Object(m)) => {
            for (k, v) in m {
                let bytes = match v {
                    Value::Null => Vec::new(),
                    Value::String(s) => go_base64(s.as_bytes())?,
                    other => return Err(type_error(other, "data", "[]uint8")),
                };
                data.insert(k.clone(), bytes);
            }
        }
        Some(v) => return Err(type_error(v, "data", "map[string][]uint8")),
    }
    match obj.get("stringData") {
        None | Some(Value::Null) => {}
        Some(Value::Object(m)) => {
            for (k, v) in m {
                let text = match v {
                    Value::Null => String::new(),
                    Value::String(s) => s.clone(),
                    other => return Err(type_error(other, "stringData", "string")),
                };
                data.insert(k.clone(), text.into_bytes());
            }
        }
        Some(v) => return Err(type_error(v, "stringData", "map[string]string")),
    }
    Ok(Secret { fields, data })
}

/// Go's `base64.StdEncoding.Decode` (gotemplate's, which Sprig's `b64dec` uses), with Go's
/// error text (`illegal base64 data at input byte N`).
fn go_base64(src: &[u8]) -> Result<Vec<u8>, String> {
    gotemplate::sprig::encoding::b64_decode(src)
        .map_err(|at| format!("illegal base64 data at input byte {at}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(content: &str) -> Document {
        Document {
            key: "default, foo, Secret (v1)".into(),
            kind: "Secret".into(),
            content: content.into(),
            ..Default::default()
        }
    }

    const DATA_OLD: &str = "\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\ntype: Opaque\ndata:\n  key1: dmFsdWUx\n  key2: dmFsdWUy\n";
    const DATA_NEW: &str = "\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\ntype: Opaque\ndata:\n  key1: bmV3dmFsdWUx\n  key2: dmFsdWUy\n";

    #[test]
    fn go_base64_matches_go() {
        assert_eq!(go_base64(b"dmFsdWUx").unwrap(), b"value1");
        assert_eq!(go_base64(b"dmFs\ndWUx").unwrap(), b"value1");
        assert_eq!(
            go_base64(b"dmFsdWUxY2hhbmdlZA==").unwrap(),
            b"value1changed"
        );
        assert_eq!(go_base64(b"").unwrap(), b"");
        assert_eq!(
            go_base64(b"invalidbase64").unwrap_err(),
            "illegal base64 data at input byte 12"
        );
        assert_eq!(
            go_base64(b"-------- # (6 bytes)").unwrap_err(),
            "illegal base64 data at input byte 0"
        );
        assert_eq!(
            go_base64(b"YQ").unwrap_err(),
            "illegal base64 data at input byte 0"
        );
        assert_eq!(go_base64(b"YQ==").unwrap(), b"a");
    }

    /// `TestDecodeSecrets/decodeSecrets with valid base64 data`.
    #[test]
    fn decode_secrets_with_valid_base64_data() {
        let (mut old, mut new) = (secret(DATA_OLD), secret(DATA_NEW));
        decode(Some(&mut old), Some(&mut new));
        assert_eq!(
            old.content,
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\nstringData:\n  key1: value1\n  key2: value2\ntype: Opaque\n"
        );
        assert!(new.content.contains("key1: newvalue1"));
        assert!(new.content.contains("key2: value2"));
    }

    /// `TestDecodeSecrets/decodeSecrets with stringData`.
    #[test]
    fn decode_secrets_with_string_data() {
        let mut old = secret("\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\ntype: Opaque\nstringData:\n  key1: value1\n  key2: value2\n");
        let mut new = secret("\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\ntype: Opaque\nstringData:\n  key1: value1changed\n  key2: value2\n");
        decode(Some(&mut old), Some(&mut new));
        assert!(old.content.contains("key1: value1\n"));
        assert!(old.content.contains("key2: value2"));
        assert!(new.content.contains("key1: value1changed"));
        assert!(new.content.contains("key2: value2"));
    }

    /// `TestDecodeSecrets/… stringData always precedes/overrides data on Secrets`.
    #[test]
    fn decode_secrets_string_data_overrides_data() {
        let mut old = secret("\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\ntype: Opaque\nstringData:\n  key1: value1.stringdata\n  key2: value2.stringdata\ndata:\n  key2: dmFsdWUyLmRhdGE=\n  key3: dmFsdWUzLmRhdGE=\n");
        let mut new = secret("\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\ntype: Opaque\nstringData:\n  key1: value1changed.stringdata\n  key2: value2.stringdata\ndata:\n  key3: dmFsdWUzLmRhdGE=\n");
        decode(Some(&mut old), Some(&mut new));
        for want in [
            "key1: value1.stringdata",
            "key2: value2.stringdata",
            "key3: value3.data",
        ] {
            assert!(old.content.contains(want), "{}", old.content);
        }
        for want in [
            "key1: value1changed.stringdata",
            "key2: value2.stringdata",
            "key3: value3.data",
        ] {
            assert!(new.content.contains(want), "{}", new.content);
        }
    }

    /// `TestDecodeSecrets/decodeSecrets with invalid base64`.
    #[test]
    fn decode_secrets_with_invalid_base64() {
        let mut old = secret("\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\ntype: Opaque\ndata:\n  key1: invalidbase64\n");
        let mut new = secret("\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\ntype: Opaque\ndata:\n  key1: dmFsdWUx\n");
        decode(Some(&mut old), Some(&mut new));
        assert_eq!(
            old.content,
            "Error parsing old secret: error unmarshaling JSON: while decoding JSON: illegal base64 data at input byte 12"
        );
        assert!(new.content.contains("key1: value1"));
    }

    /// `TestDecodeSecrets`/`TestRedactSecrets` `with non-Secret kind` and `with nil arguments`.
    #[test]
    fn non_secrets_and_nothing_are_untouched() {
        let cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: foo\n";
        let mk = || Document {
            kind: "ConfigMap".into(),
            content: cm.into(),
            ..Default::default()
        };
        let (mut a, mut b) = (mk(), mk());
        decode(Some(&mut a), Some(&mut b));
        redact(Some(&mut a), Some(&mut b));
        assert_eq!((a.content.as_str(), b.content.as_str()), (cm, cm));
        // A Secret against a ConfigMap is left alone too.
        let mut s = secret(DATA_OLD);
        redact(Some(&mut s), Some(&mut a));
        assert_eq!(s.content, DATA_OLD);
        decode(None, None);
        redact(None, None);
    }

    /// `TestRedactSecrets/redactSecrets with valid base64 data`.
    #[test]
    fn redact_secrets_with_valid_base64_data() {
        let (mut old, mut new) = (secret(DATA_OLD), secret(DATA_NEW));
        redact(Some(&mut old), Some(&mut new));
        assert_eq!(
            old.content,
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\ndata:\n  key1: '-------- # (6 bytes)'\n  key2: 'REDACTED # (6 bytes)'\ntype: Opaque\n"
        );
        assert!(new.content.contains("key1: '++++++++ # (9 bytes)'"));
        assert!(new.content.contains("key2: 'REDACTED # (6 bytes)'"));
    }

    /// `TestRedactSecrets/redactSecrets with stringData`.
    #[test]
    fn redact_secrets_with_string_data() {
        let mut old = secret("\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\ntype: Opaque\nstringData:\n  key1: value1\n  key2: value2\n");
        let mut new = secret("\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\ntype: Opaque\nstringData:\n  key1: value1changed\n  key2: value2\n");
        redact(Some(&mut old), Some(&mut new));
        assert!(old.content.contains("key1: '-------- # (6 bytes)'"));
        assert!(old.content.contains("key2: 'REDACTED # (6 bytes)'"));
        assert!(new.content.contains("key1: '++++++++ # (13 bytes)'"));
        assert!(new.content.contains("key2: 'REDACTED # (6 bytes)'"));
    }

    /// `TestRedactSecrets/redactSecrets with invalid YAML`.
    #[test]
    fn redact_secrets_with_invalid_yaml() {
        let (mut old, mut new) = (secret("invalid: yaml: :::"), secret("invalid: yaml: :::"));
        redact(Some(&mut old), Some(&mut new));
        assert!(
            old.content.starts_with("Error parsing old secret: "),
            "{}",
            old.content
        );
        assert!(
            new.content.starts_with("Error parsing new secret: "),
            "{}",
            new.content
        );
    }

    /// `TestRedactSecrets/redactSecrets with only old secret` and `… only new secret`.
    #[test]
    fn redact_secrets_one_side_only() {
        let one = "\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\ntype: Opaque\ndata:\n  key1: dmFsdWUx\n";
        let mut old = secret(one);
        redact(Some(&mut old), None);
        assert!(old.content.contains("key1: '-------- # (6 bytes)'"));
        let mut new = secret(one);
        redact(None, Some(&mut new));
        assert!(new.content.contains("key1: '++++++++ # (6 bytes)'"));
    }

    #[test]
    fn the_source_comment_is_kept() {
        let mut new = secret("# Source: c/templates/s.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foo\n  labels:\n    a: b\ndata:\n  k: YQ==\n");
        redact(None, Some(&mut new));
        assert_eq!(
            new.content,
            "# Source: c/templates/s.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  labels:\n    a: b\n  name: foo\ndata:\n  k: '++++++++ # (1 bytes)'\n"
        );
    }
}
