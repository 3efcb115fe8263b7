//! The chart as stored inside a release (`pkg/chart/v2`): metadata, lock, templates, default
//! values, schema and files. Sub-charts are not stored by Helm.
//!
//! Every struct reads as Go reads it (`goread`): a `null` leaves a field at its zero value.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::goread::go_struct;
use super::time::{HelmTime, PlainTime};
use super::Object;

fn is_false(b: &bool) -> bool {
    !*b
}

/// A stored chart.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default)]
pub struct Chart {
    pub metadata: Option<Metadata>,
    pub lock: Option<Value>,
    pub templates: Option<Vec<File>>,
    pub values: Option<Object>,
    /// Base64 of the raw `values.schema.json`.
    pub schema: Option<String>,
    /// Helm 4 only; `None` when the record was written by Helm 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schemamodtime: Option<PlainTime>,
    pub files: Option<Vec<File>>,
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub modtime: HelmTime,
    #[serde(flatten, skip_deserializing)]
    pub extra: Object,
}

impl Chart {
    pub(crate) fn strip_unknown(&mut self) {
        self.extra.clear();
        if let Some(m) = &mut self.metadata {
            m.extra.clear();
        }
        for f in self
            .templates
            .iter_mut()
            .flatten()
            .chain(self.files.iter_mut().flatten())
        {
            f.extra.clear();
        }
    }
}

/// A chart file: name and base64 data, plus its mtime in Helm 4 records.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default)]
pub struct File {
    pub name: String,
    pub data: String,
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub modtime: HelmTime,
    #[serde(flatten, skip_deserializing)]
    pub extra: Object,
}

/// A chart maintainer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default)]
pub struct Maintainer {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub email: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub url: String,
}

/// A chart dependency as declared in Chart.yaml.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default)]
pub struct Dependency {
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub version: String,
    pub repository: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub condition: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub enabled: bool,
    #[serde(rename = "import-values", skip_serializing_if = "Vec::is_empty")]
    pub import_values: Vec<Value>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub alias: String,
}

/// Chart.yaml contents (`pkg/chart/v2/metadata.go`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default, rename_all = "camelCase")]
pub struct Metadata {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub home: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub version: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub maintainers: Vec<Option<Maintainer>>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub icon: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub condition: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub tags: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub app_version: String,
    #[serde(skip_serializing_if = "is_false")]
    pub deprecated: bool,
    #[serde(skip_serializing_if = "annotations_empty")]
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub kube_version: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dependencies: Vec<Option<Dependency>>,
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    pub chart_type: String,
    #[serde(flatten, skip_deserializing)]
    pub extra: Object,
}

// Read like Go (a `null` is the zero value; see `goread`). Helm's `Maintainer` and
// `Dependency` drop the keys they do not declare, as Go does; the others keep them.
go_struct!(Chart, File, Metadata);
go_struct!(drop_unknown: Maintainer, Dependency);

fn annotations_empty(a: &Option<std::collections::BTreeMap<String, String>>) -> bool {
    a.as_ref().is_none_or(|m| m.is_empty())
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;

    #[test]
    fn nulls_read_as_zero_values_and_unknown_keys_stay_where_go_keeps_them() {
        let v = json!({
            "metadata": {"name": null, "deprecated": null, "keywords": null, "future": 3,
                "maintainers": [{"name": null, "email": "e", "x": 1}, null],
                "dependencies": [{"name": "d", "import-values": null, "enabled": null, "y": 2}]},
            "files": [{"name": null, "data": "ZA==", "z": 4}],
            "lock": null,
            "other": 5
        });
        let c: Chart = serde_json::from_value(v).unwrap();
        let m = c.metadata.as_ref().unwrap();
        assert_eq!((m.name.as_str(), m.deprecated), ("", false));
        assert!(m.keywords.is_empty());
        let maintainer = Maintainer {
            email: "e".into(),
            ..Maintainer::default()
        };
        assert_eq!(m.maintainers, vec![Some(maintainer), None]);
        let dependency = Dependency {
            name: "d".into(),
            ..Dependency::default()
        };
        assert_eq!(m.dependencies, vec![Some(dependency)]);
        assert_eq!(Value::Object(m.extra.clone()), json!({"future": 3}));
        let files = c.files.as_ref().unwrap();
        assert_eq!(files[0].name, "");
        assert_eq!(Value::Object(files[0].extra.clone()), json!({"z": 4}));
        assert_eq!((c.lock.is_none(), c.templates.is_none()), (true, true));
        assert_eq!(Value::Object(c.extra.clone()), json!({"other": 5}));
        // Written back, Maintainer and Dependency have dropped their unknown keys as Go does.
        let back = serde_json::to_value(&c).unwrap();
        assert_eq!(
            back["metadata"]["maintainers"],
            json!([{"email": "e"}, null])
        );
        assert_eq!(
            back["metadata"]["dependencies"],
            json!([{"name": "d", "repository": ""}])
        );
        assert_eq!(
            (back["other"].clone(), back["metadata"]["future"].clone()),
            (json!(5), json!(3))
        );
    }
}
