//! `helm get …`: one stored revision and the data derived from it.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::{validate_name, ActionError, WithWarnings};
use crate::chart::coalesce::coalesce_stored;
use crate::release::{Dependency, Release, Want};
use crate::storage::Storage;

/// Loads `--revision N`, or the latest record of any status when `revision <= 0`
/// (Helm's `releaseContent`).
pub async fn release(
    storage: &Storage,
    name: &str,
    revision: i64,
) -> Result<WithWarnings<Release>, ActionError> {
    release_parts(storage, name, revision, Want::ALL).await
}

/// [`release`], reading only the `want`ed parts of the record (the rest is left empty).
pub async fn release_parts(
    storage: &Storage,
    name: &str,
    revision: i64,
    want: Want,
) -> Result<WithWarnings<Release>, ActionError> {
    validate_name(name)?;
    if revision <= 0 {
        let (value, broken) = storage.last_parts(name, want).await?;
        Ok(WithWarnings { value, broken })
    } else {
        Ok(WithWarnings {
            value: storage.get_parts(name, revision, want).await?,
            broken: Vec::new(),
        })
    }
}

/// The data `get values` prints: user config, or computed values with `--all`.
pub fn values(rls: &Release, all: bool) -> Value {
    if all {
        let chart_values = rls.chart.as_ref().and_then(|c| c.values.as_ref());
        let name = rls.metadata().map_or("", |m| m.name.as_str());
        Value::Object(coalesce_stored(name, chart_values, rls.config.as_ref()).values)
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
    /// The release name.
    pub name: String,
    /// The chart's name.
    pub chart: String,
    /// The chart's version.
    pub version: String,
    /// The chart's `appVersion`.
    pub app_version: String,
    /// The chart's annotations.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
    /// The release's custom labels.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    /// The chart's dependencies.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dependencies: Vec<Option<Dependency>>,
    /// The release namespace.
    pub namespace: String,
    /// The revision shown.
    pub revision: i64,
    /// Its status.
    pub status: String,
    /// When it was deployed (RFC 3339).
    pub deployed_at: String,
    /// How its objects were applied (`csa` or `ssa`; omitted for records from before helm 4).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub apply_method: String,
}

impl MetadataView {
    /// The metadata of `rls`.
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
    use crate::chart::values::sorted;
    use serde_json::json;

    #[test]
    fn all_values_are_the_stored_chart_defaults_coalesced_with_the_config() {
        let r = crate::release::codec::from_value(json!({
            "name": "x",
            "chart": {"metadata": {"name": "c"}, "values": {"a": 1, "b": {"x": 1, "y": 2}, "c": 3}},
            "config": {"a": 9, "b": {"y": null, "z": 3}, "c": null}
        }))
        .unwrap();
        assert_eq!(
            sorted(&values(&r, true)),
            json!({"a": 9, "b": {"x": 1, "z": 3}})
        );
        assert_eq!(
            values(&r, false),
            json!({"a": 9, "b": {"y": null, "z": 3}, "c": null})
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
