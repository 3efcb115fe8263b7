//! `--output structured` (`diff/structured.go`): per object, whether it exists on each side and
//! the field changes of a JSON merge patch from old to new, walked with sorted keys (arrays
//! compared index by index). Values are what Go's `encoding/json` decodes (numbers are float64).

use serde::Serialize;
use serde_json::{Map, Value};

use super::report::key_parts;

/// One object of the structured report.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StructuredEntry {
    /// `apiVersion`.
    #[serde(rename = "apiVersion", skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    /// `kind`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub kind: String,
    /// The namespace.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    /// The object name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// `ADD`, `REMOVE`, `MODIFY`, … (see [`super::report::Change::as_str`]).
    #[serde(rename = "changeType", skip_serializing_if = "String::is_empty")]
    pub change_type: String,
    /// Whether the object exists before and after.
    #[serde(rename = "resourceStatus")]
    pub resource_status: ResourceStatus,
    /// The changed fields.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<FieldChange>,
    /// The changes were left out (a suppressed kind, or Secrets not shown).
    #[serde(rename = "changesSuppressed", skip_serializing_if = "is_false")]
    pub changes_suppressed: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Whether the object exists before and after.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ResourceStatus {
    /// The object exists before the change.
    #[serde(rename = "oldExists")]
    pub old_exists: bool,
    /// The object exists after the change.
    #[serde(rename = "newExists")]
    pub new_exists: bool,
}

/// One changed field: `path` is dotted with `[i]` for indexes, `field` the last token.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FieldChange {
    /// The dotted path of the field.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub path: String,
    /// The path's last token.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub field: String,
    /// `add`, `remove` or `replace`.
    pub change: String,
    /// The value before (`null` for an added field).
    #[serde(rename = "oldValue", skip_serializing_if = "Value::is_null")]
    pub old_value: Value,
    /// The value after (`null` for a removed field).
    #[serde(rename = "newValue", skip_serializing_if = "Value::is_null")]
    pub new_value: Value,
}

/// Builds the entry of one object; `Err` carries the text of helm-diff's warning.
pub(crate) fn build(
    key: &str,
    change_type: &str,
    suppressed: bool,
    old: Option<&str>,
    new: Option<&str>,
) -> Result<StructuredEntry, String> {
    let exists = |c: Option<&str>| c.is_some_and(|c| !c.trim().is_empty());
    let mut entry = StructuredEntry {
        change_type: change_type.to_string(),
        resource_status: ResourceStatus {
            old_exists: exists(old),
            new_exists: exists(new),
        },
        changes_suppressed: suppressed,
        ..Default::default()
    };
    let old_doc = to_json(old).map_err(|e| format!("convert old manifest: {e}"))?;
    let new_doc = to_json(new).map_err(|e| format!("convert new manifest: {e}"))?;
    entry.fill_metadata(key, [old_doc.as_ref(), new_doc.as_ref()]);
    if suppressed {
        return Ok(entry);
    }
    if let (Some(o), Some(n)) = (&old_doc, &new_doc) {
        if change_type == "MODIFY" {
            let patch = merge_patch(as_map(o), as_map(n));
            let mut changes = Vec::new();
            if !patch.is_empty() {
                walk(&mut changes, &mut Vec::new(), &Value::Object(patch), o, n)?;
            }
            entry.changes = changes;
        }
    }
    Ok(entry)
}

fn as_map(v: &Value) -> &Map<String, Value> {
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    v.as_object().unwrap_or_else(|| EMPTY.get_or_init(Map::new))
}

/// sigs.k8s.io/yaml `YAMLToJSON` then `json.Unmarshal` into a map: `None` for no content,
/// `Some(Null)` for a `null` document, an error for anything but an object.
fn to_json(content: Option<&str>) -> Result<Option<Value>, String> {
    let Some(c) = content.filter(|c| !c.trim().is_empty()) else {
        return Ok(None);
    };
    let v = goyaml::from_str(c).map_err(|e| e.to_string())?;
    match v {
        Value::Null | Value::Object(_) => Ok(Some(floats(&v))),
        Value::Array(_) => {
            Err("json: cannot unmarshal array into Go value of type map[string]interface {}".into())
        }
        _ => Err(
            "json: cannot unmarshal a scalar into Go value of type map[string]interface {}".into(),
        ),
    }
}

/// Every number as a float64, as Go decodes JSON into `interface{}`.
fn floats(v: &Value) -> Value {
    match v {
        Value::Number(n) => n
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or(Value::Null, Value::Number),
        Value::Array(a) => Value::Array(a.iter().map(floats).collect()),
        Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), floats(v))).collect()),
        _ => v.clone(),
    }
}

impl StructuredEntry {
    fn fill_metadata(&mut self, key: &str, docs: [Option<&Value>; 2]) {
        for doc in docs.into_iter().flatten() {
            let text = |p: &str| doc.pointer(p).and_then(Value::as_str).map(str::to_string);
            let fill = |slot: &mut String, v: Option<String>| {
                if slot.is_empty() {
                    if let Some(v) = v {
                        *slot = v;
                    }
                }
            };
            fill(&mut self.api_version, text("/apiVersion"));
            fill(&mut self.kind, text("/kind"));
            fill(&mut self.name, text("/metadata/name"));
            fill(&mut self.namespace, text("/metadata/namespace"));
        }
        if self.kind.is_empty()
            || self.name.is_empty()
            || self.namespace.is_empty()
            || self.api_version.is_empty()
        {
            if let Some(p) = key_parts(key) {
                for (slot, v) in [
                    (&mut self.kind, p.kind),
                    (&mut self.name, p.name),
                    (&mut self.namespace, p.namespace),
                    (&mut self.api_version, p.api),
                ] {
                    if slot.is_empty() {
                        *slot = v;
                    }
                }
            }
        }
    }
}

/// An RFC 7386 merge patch from `a` to `b` (evanphx/json-patch `CreateMergePatch`).
fn merge_patch(a: &Map<String, Value>, b: &Map<String, Value>) -> Map<String, Value> {
    let mut into = Map::new();
    for (k, bv) in b {
        match (a.get(k), bv) {
            (None, _) => {
                into.insert(k.clone(), bv.clone());
            }
            (Some(Value::Object(ao)), Value::Object(bo)) => {
                let d = merge_patch(ao, bo);
                if !d.is_empty() {
                    into.insert(k.clone(), Value::Object(d));
                }
            }
            (Some(av), _) if av == bv => {}
            _ => {
                into.insert(k.clone(), bv.clone());
            }
        }
    }
    for k in a.keys() {
        if !b.contains_key(k) {
            into.insert(k.clone(), Value::Null);
        }
    }
    into
}

fn is_scalar(v: &Value) -> bool {
    matches!(v, Value::String(_) | Value::Bool(_) | Value::Number(_))
}

fn change(tokens: &[String], kind: &str, old: &Value, new: &Value) -> FieldChange {
    let (path, field) = match tokens.split_last() {
        Some((last, rest)) => (format_path(rest), last.clone()),
        None => (String::new(), String::new()),
    };
    FieldChange {
        path,
        field,
        change: kind.to_string(),
        old_value: old.clone(),
        new_value: new.clone(),
    }
}

fn walk(
    out: &mut Vec<FieldChange>,
    tokens: &mut Vec<String>,
    patch: &Value,
    old: &Value,
    new: &Value,
) -> Result<(), String> {
    match patch {
        Value::Object(p) => {
            let mut keys: Vec<&String> = p.keys().collect();
            keys.sort();
            for k in keys {
                let child = |v: &Value| v.get(k.as_str()).cloned().unwrap_or(Value::Null);
                tokens.push(k.clone());
                let r = walk(out, tokens, &p[k.as_str()], &child(old), &child(new));
                tokens.pop();
                r?;
            }
        }
        Value::Array(_) => diff_arrays(out, tokens, old, new)?,
        Value::Null => out.push(change(tokens, "remove", old, &Value::Null)),
        _ if old.is_null() => out.push(change(tokens, "add", &Value::Null, new)),
        _ if old == new => {}
        _ => out.push(change(tokens, "replace", old, new)),
    }
    Ok(())
}

fn diff_arrays(
    out: &mut Vec<FieldChange>,
    tokens: &mut Vec<String>,
    old: &Value,
    new: &Value,
) -> Result<(), String> {
    let empty = Vec::new();
    let old_items = old.as_array().unwrap_or(&empty);
    let new_items = new.as_array().unwrap_or(&empty);
    for i in 0..old_items.len().max(new_items.len()) {
        let o = old_items.get(i).unwrap_or(&Value::Null);
        let n = new_items.get(i).unwrap_or(&Value::Null);
        tokens.push(i.to_string());
        let r = match (o.is_null(), n.is_null()) {
            (false, false) if o == n => Ok(()),
            (false, false) if is_scalar(o) && is_scalar(n) => {
                out.push(change(tokens, "replace", o, n));
                Ok(())
            }
            (false, false) => element_change(out, tokens, o, n),
            (false, true) => {
                out.push(change(tokens, "remove", o, &Value::Null));
                Ok(())
            }
            (true, false) => {
                out.push(change(tokens, "add", &Value::Null, n));
                Ok(())
            }
            (true, true) => Ok(()),
        };
        tokens.pop();
        r?;
    }
    Ok(())
}

/// Two differing non-scalar array elements: a merge patch between them when both are objects
/// (or both arrays of objects of one length), walked further; other pairs fail as
/// `CreateMergePatch` does.
fn element_change(
    out: &mut Vec<FieldChange>,
    tokens: &mut Vec<String>,
    o: &Value,
    n: &Value,
) -> Result<(), String> {
    match (o, n) {
        (Value::Object(a), Value::Object(b)) => {
            let patch = merge_patch(a, b);
            if patch.is_empty() {
                out.push(change(tokens, "replace", o, n));
                Ok(())
            } else {
                walk(out, tokens, &Value::Object(patch), o, n)
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                return Err("Unable to merge patch arrays of different lengths".into());
            }
            if !a.iter().chain(b).all(Value::is_object) {
                return Err("Invalid JSON Document".into());
            }
            diff_arrays(out, tokens, o, n)
        }
        (Value::Array(_), _) | (_, Value::Array(_)) => Err("Mismatched JSON Documents".into()),
        _ => Err("Invalid JSON Document".into()),
    }
}

fn format_path(tokens: &[String]) -> String {
    let mut segments: Vec<String> = Vec::new();
    for t in tokens {
        if t.is_empty() {
            continue;
        }
        if t.bytes().all(|b| b.is_ascii_digit()) {
            match segments.last_mut() {
                Some(last) => {
                    last.push('[');
                    last.push_str(t);
                    last.push(']');
                }
                None => segments.push(format!("[{t}]")),
            }
        } else {
            segments.push(t.clone());
        }
    }
    segments.join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_path_like_helm_diff() {
        let t = |v: &[&str]| format_path(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(
            t(&["spec", "template", "containers", "0"]),
            "spec.template.containers[0]"
        );
        assert_eq!(t(&["0", "a"]), "[0].a");
        assert_eq!(t(&[]), "");
    }

    #[test]
    fn merge_patch_marks_removals_with_null() {
        let a = serde_json::json!({"a": 1, "b": {"c": 1, "d": 2}, "e": [1]});
        let b = serde_json::json!({"b": {"c": 1, "d": 3}, "e": [1], "f": true});
        let p = merge_patch(as_map(&a), as_map(&b));
        assert_eq!(
            Value::Object(p),
            serde_json::json!({"a": null, "b": {"d": 3}, "f": true})
        );
    }
}
