//! Reading fields of objects as the API server returns them (`serde_json::Value`).

use serde_json::Value;
use std::fmt;

use crate::Time;

/// Errors from reading an object whose fields have unexpected types.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ObjectError {
    /// A field exists but has the wrong JSON type.
    #[error("looking up {path} from resource: .{path} accessor error: {found} is of the type {actual}, expected {expected}")]
    WrongType {
        /// Dotted path of the field.
        path: String,
        /// The value found, rendered as JSON.
        found: String,
        /// The JSON type found.
        actual: &'static str,
        /// The type that was expected.
        expected: &'static str,
    },
    /// `status.conditions` is not a list of condition objects.
    #[error("malformed status.conditions: {0}")]
    Conditions(String),
}

/// Walks `path` from `obj`; `None` when any step is missing or not an object.
pub fn field<'a>(obj: &'a Value, path: &[&str]) -> Option<&'a Value> {
    let mut cur = obj;
    for p in path {
        cur = cur.as_object()?.get(*p)?;
    }
    Some(cur)
}

/// A string field, or `default` when missing or not a string (kstatus `GetStringField`).
pub fn str_or<'a>(obj: &'a Value, path: &[&str], default: &'a str) -> &'a str {
    field(obj, path).and_then(Value::as_str).unwrap_or(default)
}

/// An integer field, or `default` when missing or not an integer (kstatus `GetIntField`).
pub fn int_or(obj: &Value, path: &[&str], default: i64) -> i64 {
    field(obj, path).and_then(Value::as_i64).unwrap_or(default)
}

/// An optional integer field; an error when present with another type (Go `NestedInt64`).
pub fn nested_int(obj: &Value, path: &[&str]) -> Result<Option<i64>, ObjectError> {
    match field(obj, path) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v.as_i64().map(Some).ok_or_else(|| wrong(path, v, "int64")),
    }
}

/// An optional string field; an error when present with another type (Go `NestedString`).
pub fn nested_str<'a>(obj: &'a Value, path: &[&str]) -> Result<Option<&'a str>, ObjectError> {
    match field(obj, path) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v.as_str().map(Some).ok_or_else(|| wrong(path, v, "string")),
    }
}

fn wrong(path: &[&str], v: &Value, expected: &'static str) -> ObjectError {
    ObjectError::WrongType {
        path: path.join("."),
        found: match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        },
        actual: gostd::json::type_name(v),
        expected,
    }
}

/// One entry of `status.conditions`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ObjCondition {
    /// `type`.
    pub type_: String,
    /// `status`: `True`, `False` or `Unknown`.
    pub status: String,
    /// `reason` (may be empty).
    pub reason: String,
    /// `message` (may be empty).
    pub message: String,
    /// `lastTransitionTime`, when present and valid.
    pub last_transition: Option<Time>,
}

/// The `status.conditions` of an object; an error when they have the wrong shape.
pub fn conditions(obj: &Value) -> Result<Vec<ObjCondition>, ObjectError> {
    let list = match field(obj, &["status", "conditions"]) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(a)) => a,
        Some(v) => {
            return Err(ObjectError::Conditions(format!(
                "expected a list, found {}",
                gostd::json::type_name(v)
            )))
        }
    };
    let mut out = Vec::with_capacity(list.len());
    for c in list {
        let m = c.as_object().ok_or_else(|| {
            ObjectError::Conditions(format!(
                "expected an object, found {}",
                gostd::json::type_name(c)
            ))
        })?;
        let s = |k: &str| -> Result<String, ObjectError> {
            match m.get(k) {
                None | Some(Value::Null) => Ok(String::new()),
                Some(Value::String(s)) => Ok(s.clone()),
                Some(v) => Err(ObjectError::Conditions(format!(
                    "field {k} is {}, expected string",
                    gostd::json::type_name(v)
                ))),
            }
        };
        out.push(ObjCondition {
            type_: s("type")?,
            status: s("status")?,
            reason: s("reason")?,
            message: s("message")?,
            last_transition: m
                .get("lastTransitionTime")
                .and_then(Value::as_str)
                .and_then(Time::parse),
        });
    }
    Ok(out)
}

/// The first condition of `type_` whose status is `status`.
pub fn find_condition<'a>(
    conds: &'a [ObjCondition],
    type_: &str,
    status: &str,
) -> Option<&'a ObjCondition> {
    conds
        .iter()
        .find(|c| c.type_ == type_ && c.status == status)
}

/// Identity of an object: group, kind, namespace and name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct ResourceId {
    /// API group (`""` for the core group, `apps`, `batch`, …).
    pub group: String,
    /// Kind (`Deployment`).
    pub kind: String,
    /// Namespace (`""` for cluster-scoped objects).
    pub namespace: String,
    /// Name.
    pub name: String,
}

impl ResourceId {
    /// A new identity.
    pub fn new(group: &str, kind: &str, namespace: &str, name: &str) -> ResourceId {
        ResourceId {
            group: group.to_string(),
            kind: kind.to_string(),
            namespace: namespace.to_string(),
            name: name.to_string(),
        }
    }

    /// The identity of `obj` from `apiVersion`, `kind`, `metadata.namespace` and `metadata.name`.
    pub fn of(obj: &Value) -> ResourceId {
        ResourceId {
            group: group_of(obj).to_string(),
            kind: str_or(obj, &["kind"], "").to_string(),
            namespace: str_or(obj, &["metadata", "namespace"], "").to_string(),
            name: str_or(obj, &["metadata", "name"], "").to_string(),
        }
    }
}

impl fmt::Display for ResourceId {
    /// `Kind/name`, the way kubectl and Helm name objects in messages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.kind, self.name)
    }
}

/// The API group of an object, from its `apiVersion` (`apps/v1` → `apps`, `v1` → ``).
pub fn group_of(obj: &Value) -> &str {
    let av = str_or(obj, &["apiVersion"], "");
    match av.split_once('/') {
        Some((g, _)) => g,
        None => "",
    }
}

/// The version part of `apiVersion` (`apps/v1` → `v1`).
pub fn version_of(obj: &Value) -> &str {
    let av = str_or(obj, &["apiVersion"], "");
    match av.split_once('/') {
        Some((_, v)) => v,
        None => av,
    }
}

/// `metadata.creationTimestamp`, parsed.
pub fn creation_time(obj: &Value) -> Option<Time> {
    field(obj, &["metadata", "creationTimestamp"])
        .and_then(Value::as_str)
        .and_then(Time::parse)
}

/// Whether a label selector (`metav1.LabelSelector` with `matchLabels`/`matchExpressions`,
/// or a plain map as in a ReplicationController's `spec.selector`) matches `labels`.
///
/// An empty `metav1.LabelSelector` matches everything; a missing selector matches nothing,
/// like `metav1.LabelSelectorAsSelector`. Unknown operators match nothing.
pub fn selector_matches(selector: Option<&Value>, labels: Option<&Value>) -> bool {
    let Some(sel) = selector.and_then(Value::as_object) else {
        return false;
    };
    let empty = serde_json::Map::new();
    let labels = labels.and_then(Value::as_object).unwrap_or(&empty);
    let label = |k: &str| labels.get(k).and_then(Value::as_str);
    let structured = sel.contains_key("matchLabels") || sel.contains_key("matchExpressions");
    if !structured {
        // A plain map selector (ReplicationController) or an empty LabelSelector.
        return sel
            .iter()
            .all(|(k, v)| v.as_str().is_some_and(|v| label(k) == Some(v)));
    }
    if let Some(ml) = sel.get("matchLabels").and_then(Value::as_object) {
        if !ml
            .iter()
            .all(|(k, v)| v.as_str().is_some_and(|v| label(k) == Some(v)))
        {
            return false;
        }
    }
    if let Some(exprs) = sel.get("matchExpressions").and_then(Value::as_array) {
        for e in exprs {
            let key = str_or(e, &["key"], "");
            let values: Vec<&str> = field(e, &["values"])
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let ok = match str_or(e, &["operator"], "") {
                "In" => label(key).is_some_and(|v| values.contains(&v)),
                "NotIn" => label(key).is_none_or(|v| !values.contains(&v)),
                "Exists" => label(key).is_some(),
                "DoesNotExist" => label(key).is_none(),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// The pods among `pods` that `selector` selects, in `namespace` (when not empty).
pub fn pods_selected<'a>(
    selector: Option<&Value>,
    namespace: &str,
    pods: &'a [Value],
) -> Vec<&'a Value> {
    pods.iter()
        .filter(|p| {
            namespace.is_empty() || str_or(p, &["metadata", "namespace"], namespace) == namespace
        })
        .filter(|p| selector_matches(selector, field(p, &["metadata", "labels"])))
        .collect()
}

/// Whether `obj` has an owner reference with `controller: true` pointing at `owner`
/// (by UID when both have one, else by kind and name).
pub fn is_controlled_by(obj: &Value, owner: &Value) -> bool {
    let owner_uid = str_or(owner, &["metadata", "uid"], "");
    let owner_kind = str_or(owner, &["kind"], "");
    let owner_name = str_or(owner, &["metadata", "name"], "");
    field(obj, &["metadata", "ownerReferences"])
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|r| field(r, &["controller"]).and_then(Value::as_bool) == Some(true))
        .any(|r| {
            let uid = str_or(r, &["uid"], "");
            if !uid.is_empty() && !owner_uid.is_empty() {
                uid == owner_uid
            } else {
                str_or(r, &["kind"], "") == owner_kind && str_or(r, &["name"], "") == owner_name
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn selector_forms() {
        let labels = json!({"app": "web", "tier": "fe"});
        assert!(selector_matches(
            Some(&json!({"matchLabels": {"app": "web"}})),
            Some(&labels)
        ));
        assert!(!selector_matches(
            Some(&json!({"matchLabels": {"app": "db"}})),
            Some(&labels)
        ));
        assert!(selector_matches(
            Some(&json!({"app": "web"})),
            Some(&labels)
        ));
        assert!(selector_matches(Some(&json!({})), Some(&labels)));
        assert!(!selector_matches(None, Some(&labels)));
        let expr = |op: &str, vals: Value| json!({"matchExpressions": [{"key": "tier", "operator": op, "values": vals}]});
        assert!(selector_matches(
            Some(&expr("In", json!(["fe", "be"]))),
            Some(&labels)
        ));
        assert!(!selector_matches(
            Some(&expr("NotIn", json!(["fe"]))),
            Some(&labels)
        ));
        assert!(selector_matches(
            Some(&expr("Exists", json!([]))),
            Some(&labels)
        ));
        assert!(!selector_matches(
            Some(&expr("DoesNotExist", json!([]))),
            Some(&labels)
        ));
        assert!(selector_matches(Some(&expr("NotIn", json!(["x"]))), None));
    }

    #[test]
    fn typed_lookups() {
        let o = json!({"metadata": {"generation": 2, "name": 5}, "status": {"observedGeneration": "x"}});
        assert_eq!(nested_int(&o, &["metadata", "generation"]), Ok(Some(2)));
        assert!(nested_int(&o, &["status", "observedGeneration"]).is_err());
        assert!(nested_str(&o, &["metadata", "name"]).is_err());
        assert_eq!(int_or(&o, &["status", "observedGeneration"], 7), 7);
        assert_eq!(str_or(&o, &["metadata", "missing"], "d"), "d");
        assert!(conditions(&json!({"status": {"conditions": "no"}})).is_err());
        assert!(conditions(&json!({"status": {"conditions": [1]}})).is_err());
        assert_eq!(conditions(&json!({"status": {}})).unwrap(), vec![]);
    }
}
