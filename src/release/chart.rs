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
    /// Chart.yaml's contents.
    pub metadata: Option<Metadata>,
    /// `Chart.lock`, kept as Helm wrote it.
    pub lock: Option<Value>,
    /// The templates, base64-encoded.
    pub templates: Option<Vec<File>>,
    /// The chart's default values (`values.yaml`).
    pub values: Option<Object>,
    /// Base64 of the raw `values.schema.json`.
    pub schema: Option<String>,
    /// Helm 4 only; `None` when the record was written by Helm 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schemamodtime: Option<PlainTime>,
    /// The chart's other files (README, `.helmignore`, …), base64-encoded.
    pub files: Option<Vec<File>>,
    /// When the chart was loaded (Helm 4 records).
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub modtime: HelmTime,
    /// Keys this version does not know, kept for lossless round trips.
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
    /// The path inside the chart.
    pub name: String,
    /// The contents, base64-encoded.
    pub data: String,
    /// The file's modification time (Helm 4 records).
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub modtime: HelmTime,
    /// Keys this version does not know, kept for lossless round trips.
    #[serde(flatten, skip_deserializing)]
    pub extra: Object,
}

/// A chart maintainer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default)]
pub struct Maintainer {
    /// The maintainer's name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The maintainer's e-mail address.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// A URL for the maintainer.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub url: String,
}

/// A chart dependency as declared in Chart.yaml.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default)]
pub struct Dependency {
    /// The dependency's chart name.
    pub name: String,
    /// The version range it asks for.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// The repository URL or alias (`@name`), or a `file://` path.
    pub repository: String,
    /// A values path that enables or disables it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub condition: String,
    /// Tags that enable or disable it as a group.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Whether it is enabled (the outcome of condition and tags).
    #[serde(skip_serializing_if = "is_false")]
    pub enabled: bool,
    /// Values imported from the dependency into the parent.
    #[serde(rename = "import-values", skip_serializing_if = "Vec::is_empty")]
    pub import_values: Vec<Value>,
    /// The name it is used under.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub alias: String,
}

/// Chart.yaml contents (`pkg/chart/v2/metadata.go`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default, rename_all = "camelCase")]
pub struct Metadata {
    /// The chart's name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The project's home page.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub home: String,
    /// URLs of the project's source.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// The chart's SemVer version.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// A one-sentence description.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Search keywords.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// The maintainers (a `null` entry is kept as Helm keeps it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub maintainers: Vec<Option<Maintainer>>,
    /// A URL of an icon.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub icon: String,
    /// The chart API version (`v1` or `v2`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    /// A values path that enables or disables the chart as a dependency.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub condition: String,
    /// Tags that enable or disable the chart as a dependency.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub tags: String,
    /// The version of the application the chart deploys.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub app_version: String,
    /// Whether the chart is deprecated.
    #[serde(skip_serializing_if = "is_false")]
    pub deprecated: bool,
    /// Free-form annotations.
    #[serde(skip_serializing_if = "annotations_empty")]
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
    /// The Kubernetes versions the chart supports (a SemVer range).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub kube_version: String,
    /// The chart's dependencies (a `null` entry is kept as Helm keeps it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dependencies: Vec<Option<Dependency>>,
    /// `application` or `library`.
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    pub chart_type: String,
    /// Keys this version does not know, kept for lossless round trips.
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
