//! `helm get …`: one stored revision and the data derived from it.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::{validate_name, ActionError, WithWarnings};
use crate::release::{Dependency, Object, Release};
use crate::storage::Storage;

/// Loads `--revision N`, or the latest record of any status when `revision <= 0`
/// (Helm's `releaseContent`).
pub async fn release(
    storage: &Storage,
    name: &str,
    revision: i64,
) -> Result<WithWarnings<Release>, ActionError> {
    validate_name(name)?;
    if revision <= 0 {
        let (value, broken) = storage.last(name).await?;
        Ok(WithWarnings { value, broken })
    } else {
        Ok(WithWarnings {
            value: storage.get(name, revision).await?,
            broken: Vec::new(),
        })
    }
}

/// Sorts object keys recursively (Go prints map keys sorted).
pub fn sorted(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sorted(&m[k])))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

fn coalesce_tables(dst: &mut Object, src: &mut Object) {
    for (k, v) in dst.iter() {
        if v.is_null() {
            src.insert(k.clone(), Value::Null);
        }
    }
    for (k, sv) in src.iter_mut() {
        match dst.get_mut(k) {
            Some(Value::Null) => {
                dst.remove(k);
            }
            None => {
                dst.insert(k.clone(), sv.clone());
            }
            Some(Value::Object(dv)) => {
                if let Value::Object(sm) = sv {
                    coalesce_tables(dv, sm);
                }
            }
            Some(_) => {}
        }
    }
}

/// Chart defaults coalesced with user values (`chartutil.CoalesceValues` for a chart without
/// stored sub-charts): user values win, `null` deletes a key, tables merge recursively.
pub fn coalesce_values(chart_values: Option<&Object>, config: Option<&Object>) -> Object {
    let mut v = config.cloned().unwrap_or_default();
    if let Some(defaults) = chart_values {
        for (k, cv) in defaults {
            match v.get_mut(k) {
                None => {
                    v.insert(k.clone(), cv.clone());
                }
                Some(Value::Null) => {
                    v.remove(k);
                }
                Some(Value::Object(dst)) => {
                    if let Value::Object(src) = cv {
                        let mut src = src.clone();
                        coalesce_tables(dst, &mut src);
                    }
                }
                Some(_) => {}
            }
        }
    }
    v
}

/// The data `get values` prints: user config, or computed values with `--all`.
pub fn values(rls: &Release, all: bool) -> Value {
    if all {
        let chart_values = rls.chart.as_ref().and_then(|c| c.values.as_ref());
        Value::Object(coalesce_values(chart_values, rls.config.as_ref()))
    } else {
        match &rls.config {
            Some(c) => Value::Object(c.clone()),
            None => Value::Null,
        }
    }
}

/// `helm get metadata` (Helm 4 fields and order).
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MetadataView {
    pub name: String,
    pub chart: String,
    pub version: String,
    pub app_version: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dependencies: Vec<Option<Dependency>>,
    pub namespace: String,
    pub revision: i64,
    pub status: String,
    pub deployed_at: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub apply_method: String,
}

impl MetadataView {
    pub fn new(rls: &Release) -> MetadataView {
        let md = rls.metadata().cloned().unwrap_or_default();
        MetadataView {
            name: rls.name.clone(),
            chart: md.name,
            version: md.version,
            app_version: md.app_version,
            annotations: md.annotations.unwrap_or_default(),
            labels: rls.labels.clone(),
            dependencies: md.dependencies,
            namespace: rls.namespace.clone(),
            revision: rls.version,
            status: rls.status().to_string(),
            deployed_at: rls.last_deployed().format("2006-01-02T15:04:05Z07:00"),
            apply_method: rls.apply_method.clone(),
        }
    }

    /// Sorted dependency names, comma-joined.
    pub fn dependency_names(&self) -> String {
        let mut names: Vec<&str> = self
            .dependencies
            .iter()
            .flatten()
            .map(|d| d.name.as_str())
            .collect();
        names.sort();
        names.join(",")
    }

    /// The APPLY_METHOD line's text.
    pub fn apply_method_text(&self) -> String {
        match self.apply_method.as_str() {
            "" => "client-side apply (defaulted)".to_string(),
            "csa" => "client-side apply".to_string(),
            "ssa" => "server-side apply".to_string(),
            other => format!("unknown ({other:?})"),
        }
    }
}

/// `k8s.io/apimachinery` `labels.Set.String()`: sorted `k=v` pairs joined by commas.
pub fn label_string(m: &BTreeMap<String, String>) -> String {
    m.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Object {
        match v {
            Value::Object(m) => m,
            _ => unreachable!("test input is an object"),
        }
    }

    #[test]
    fn coalesce_follows_helm() {
        let defaults = obj(json!({"a": 1, "b": {"x": 1, "y": 2}, "c": 3, "d": {"k": 1}}));
        let config = obj(json!({"a": 9, "b": {"y": null, "z": 3}, "c": null, "d": 5}));
        let out = coalesce_values(Some(&defaults), Some(&config));
        assert_eq!(
            sorted(&Value::Object(out)),
            json!({"a": 9, "b": {"x": 1, "z": 3}, "d": 5})
        );
    }

    #[test]
    fn labels_and_apply_method() {
        let mut m = BTreeMap::new();
        m.insert("b".to_string(), "2".to_string());
        m.insert("a".to_string(), "1".to_string());
        assert_eq!(label_string(&m), "a=1,b=2");
        let r =
            crate::release::codec::from_value(json!({"name": "x", "apply_method": "ssa"})).unwrap();
        assert_eq!(
            MetadataView::new(&r).apply_method_text(),
            "server-side apply"
        );
        assert_eq!(MetadataView::new(&r).deployed_at, "0001-01-01T00:00:00Z");
    }
}
