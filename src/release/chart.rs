//! The chart as stored inside a release (`pkg/chart/v2`): metadata, lock, templates, default
//! values, schema and files. Sub-charts are not stored by Helm.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::time::{HelmTime, PlainTime};
use super::{null_default, Object};

fn is_false(b: &bool) -> bool {
    !*b
}

/// A stored chart.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    #[serde(default)]
    pub metadata: Option<Metadata>,
    #[serde(default)]
    pub lock: Option<Value>,
    #[serde(default)]
    pub templates: Option<Vec<File>>,
    #[serde(default)]
    pub values: Option<Object>,
    /// Base64 of the raw `values.schema.json`.
    #[serde(default)]
    pub schema: Option<String>,
    /// Helm 4 only; `None` when the record was written by Helm 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schemamodtime: Option<PlainTime>,
    #[serde(default)]
    pub files: Option<Vec<File>>,
    #[serde(default, skip_serializing_if = "HelmTime::is_omitted")]
    pub modtime: HelmTime,
    #[serde(flatten)]
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
pub struct File {
    #[serde(default, deserialize_with = "null_default")]
    pub name: String,
    #[serde(default, deserialize_with = "null_default")]
    pub data: String,
    #[serde(default, skip_serializing_if = "HelmTime::is_omitted")]
    pub modtime: HelmTime,
    #[serde(flatten)]
    pub extra: Object,
}

/// A chart maintainer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Maintainer {
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub email: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub url: String,
}

/// A chart dependency as declared in Chart.yaml.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dependency {
    #[serde(default, deserialize_with = "null_default")]
    pub name: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub version: String,
    #[serde(default, deserialize_with = "null_default")]
    pub repository: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub condition: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub tags: Vec<String>,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "is_false"
    )]
    pub enabled: bool,
    #[serde(
        rename = "import-values",
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub import_values: Vec<Value>,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub alias: String,
}

/// Chart.yaml contents (`pkg/chart/v2/metadata.go`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub home: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub sources: Vec<String>,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub version: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub description: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub keywords: Vec<String>,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub maintainers: Vec<Option<Maintainer>>,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub icon: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub api_version: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub condition: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub tags: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub app_version: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "is_false"
    )]
    pub deprecated: bool,
    #[serde(default, skip_serializing_if = "annotations_empty")]
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub kube_version: String,
    #[serde(
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub dependencies: Vec<Option<Dependency>>,
    #[serde(
        rename = "type",
        default,
        deserialize_with = "null_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub chart_type: String,
    #[serde(flatten)]
    pub extra: Object,
}

fn annotations_empty(a: &Option<std::collections::BTreeMap<String, String>>) -> bool {
    a.as_ref().is_none_or(|m| m.is_empty())
}
