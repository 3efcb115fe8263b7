//! Charts: loading them (directories and `.tgz` archives, `.helmignore`, subcharts), their
//! metadata, dependency processing (conditions, tags, aliases, import-values), and computing
//! values exactly as Helm does (`-f`/`--set*` merging with strvals rules, coalescing with chart
//! and subchart defaults, globals).
//!
//! # Numbers in values
//!
//! Values are `serde_json::Value`s. A number that `is_f64()` is a Go `float64` (every number
//! read from YAML or JSON is one, as in Helm), while an integer number (`is_i64()`/`is_u64()`)
//! is a Go `int64`, which only `--set` produces (`--set n=3`). Renderers must keep that
//! distinction when converting to template values.

pub mod archive;
pub mod coalesce;
pub mod dependencies;
pub mod gofmt;
pub mod ignore;
pub mod loader;
pub mod lock;
pub mod metadata;
pub mod package;
pub mod provenance;
pub mod repo;
pub mod schema;
pub mod semver;
pub mod show;
pub mod stored;
pub mod strvals;
pub mod values;
pub mod yaml;

use std::collections::BTreeMap;
use std::time::SystemTime;

use serde_json::{Map, Value};

pub use coalesce::{coalesce_values, merge_values, CoalesceOutput};
pub use dependencies::process_dependencies;
pub use loader::{load, load_archive, load_dir, load_file, load_files};
pub use metadata::{Dependency, Lock, Maintainer, Metadata, ValidationError};
pub use schema::validate_against_schema;
pub use values::ValueOptions;

/// A file of a chart, named by its chart-relative `/`-separated path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct File {
    /// The chart-relative path.
    pub name: String,
    /// Shared, so copies of a chart (aliased dependencies) do not copy file contents.
    pub data: std::sync::Arc<[u8]>,
}

/// A loaded chart.
#[derive(Debug, Clone, Default)]
pub struct Chart {
    /// `Chart.yaml` (plus `requirements.yaml` for apiVersion v1 charts).
    pub metadata: Metadata,
    /// `Chart.lock` or `requirements.lock`.
    pub lock: Option<Lock>,
    /// Files under `templates/`, in load order.
    pub templates: Vec<File>,
    /// `values.yaml` (all documents merged); empty when absent.
    pub values: Map<String, Value>,
    /// `values.schema.json`, verbatim.
    pub schema: Option<Vec<u8>>,
    /// Every other file (what templates see as `.Files`), including `crds/`.
    pub files: Vec<File>,
    /// Every file as read, for `helm show`.
    pub raw: Vec<File>,
    /// Subcharts from `charts/` (after [`process_dependencies`], only the enabled ones, with
    /// aliases applied).
    pub dependencies: Vec<Chart>,
    /// Lines Helm logs on stderr while loading this chart and its subcharts (symbolic links,
    /// deprecated `requirements.yaml`/`requirements.lock` in an apiVersion v2 chart); set on
    /// the chart a loader returns (its subcharts' lines are there too, theirs stay empty).
    pub load_warnings: Vec<String>,
    /// Modification time of `Chart.yaml` (Helm's `Chart.ModTime`, stored in releases).
    pub mod_time: Option<SystemTime>,
    /// Modification time of `values.schema.json` (Helm's `SchemaModTime`).
    pub schema_mod_time: Option<SystemTime>,
    /// Modification time of each file (templates, files and raw files share names), from the
    /// file system or the archive's tar headers.
    pub file_mod_times: BTreeMap<String, SystemTime>,
}

/// A CRD file of a chart or subchart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrdFile {
    /// The file's name inside its chart (`crds/x.yaml`).
    pub name: String,
    /// Its name prefixed with the chart's full path (`parent/charts/sub/crds/x.yaml`).
    pub filename: String,
    /// The file's bytes, shared with the chart.
    pub data: std::sync::Arc<[u8]>,
}

impl Chart {
    /// The chart's name (`metadata.name`, or an alias after dependency processing).
    pub fn name(&self) -> &str {
        &self.metadata.name
    }

    /// Whether this is a library chart.
    pub fn is_library(&self) -> bool {
        self.metadata.is_library()
    }

    /// CRDs in `crds/` (`.yaml`, `.yml`, `.json`, any case) of this chart and its subcharts,
    /// depth first. `full_path` is this chart's full path (its name for the root chart).
    pub fn crd_objects(&self, full_path: &str) -> Vec<CrdFile> {
        let mut out = Vec::new();
        for f in &self.files {
            if f.name.starts_with("crds/") && has_manifest_extension(&f.name) {
                out.push(CrdFile {
                    name: f.name.clone(),
                    filename: format!("{full_path}/{}", f.name),
                    data: f.data.clone(),
                });
            }
        }
        for d in &self.dependencies {
            out.extend(d.crd_objects(&format!("{full_path}/charts/{}", d.name())));
        }
        out
    }

    /// Helm's `checkIfInstallable`: only application charts can be installed or rendered.
    pub fn check_installable(&self) -> Result<(), ChartError> {
        match self.metadata.chart_type.as_str() {
            "" | "application" => Ok(()),
            t => Err(ChartError::NotInstallable(t.to_string())),
        }
    }

    /// Helm's `CheckDependencies`: every dependency in `Chart.yaml` must be in `charts/`.
    pub fn check_dependencies(&self) -> Result<(), ChartError> {
        let missing: Vec<String> = self
            .metadata
            .dependencies
            .iter()
            .flatten()
            .filter(|r| !self.dependencies.iter().any(|d| d.name() == r.name))
            .map(|r| r.name.clone())
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(ChartError::MissingDependencies(missing))
        }
    }

    /// The `kubeVersion` check Helm makes before rendering: `kube_version` is the cluster
    /// version as Helm prints it, with its `v` (`v1.33.0`; Helm turns `--kube-version 1.33.0`
    /// into `v1.33.0`).
    pub fn check_kube_version(&self, kube_version: &str) -> Result<(), ChartError> {
        let c = &self.metadata.kube_version;
        if c.is_empty() || semver::is_compatible_range(c, kube_version) {
            Ok(())
        } else {
            Err(ChartError::KubeVersion {
                constraint: c.clone(),
                kube_version: kube_version.to_string(),
            })
        }
    }
}

fn has_manifest_extension(name: &str) -> bool {
    let base = ignore::base_name(name);
    match base.rfind('.') {
        Some(i) => {
            let ext = &base[i..];
            ext.eq_ignore_ascii_case(".yaml")
                || ext.eq_ignore_ascii_case(".yml")
                || ext.eq_ignore_ascii_case(".json")
        }
        None => false,
    }
}

/// Errors from loading charts and computing values. Texts are Helm's where Helm has one.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// A loading failure, with Helm's text.
    #[error("{0}")]
    Load(String),
    /// The data is not gzip.
    #[error("gzip: invalid header")]
    GzipHeader,
    /// The tar stream is corrupt.
    #[error("{0}")]
    Archive(String),
    /// Helm's generic loader hides why an archive cannot be read (its whole message is the
    /// first line); the file and the cause follow on a second line.
    #[error("unable to load chart archive\n{path}: {cause}: the archive is damaged or unsafe; download it again, or rebuild it from its chart folder with `helm package`")]
    UnreadableArchive {
        /// The archive's path.
        path: String,
        /// Why it cannot be read.
        cause: String,
    },
    /// Chart.yaml breaks a rule Helm checks (name, version, API version, …).
    #[error(transparent)]
    Validation(#[from] ValidationError),
    /// `.helmignore` has a bad pattern.
    #[error(transparent)]
    Ignore(#[from] ignore::IgnoreError),
    /// A values failure (`failed parsing --set data: ...`, unreadable values file, ...).
    #[error("{0}")]
    Values(String),
    /// Coalescing met a non-map where a subchart's values belong.
    /// `operand` is the value as Go's `%t` prints it (see `gofmt::fmt_t`).
    #[error("type mismatch on {name}: {operand}")]
    TypeMismatch {
        /// The values key.
        name: String,
        /// The value found there.
        operand: String,
    },
    /// The chart's `kubeVersion` does not admit the cluster's version.
    #[error("chart requires kubeVersion: {constraint} which is incompatible with Kubernetes {kube_version}")]
    KubeVersion {
        /// The chart's `kubeVersion` range.
        constraint: String,
        /// The cluster's version.
        kube_version: String,
    },
    /// Dependencies declared in Chart.yaml that are not in `charts/`.
    #[error("found in Chart.yaml, but missing in charts/ directory: {}", .0.join(", "))]
    MissingDependencies(Vec<String>),
    /// A library chart (the type named) was asked to install.
    #[error("{0} charts are not installable")]
    NotInstallable(String),
    /// values.schema.json validation failed; the text is Helm's full message.
    #[error("{0}")]
    Schema(String),
}

/// The values a chart is rendered with, as Helm's `install`/`upgrade`/`template` compute them:
/// [`process_dependencies`] (which prunes disabled subcharts and applies aliases and
/// import-values to `chart`), then [`coalesce_values`], then (unless `skip_schema`) validation
/// against every `values.schema.json`. Returns the values and the warnings Helm would log.
pub fn values_for_render(
    chart: &mut Chart,
    user_values: &Map<String, Value>,
    skip_schema: bool,
) -> Result<(Map<String, Value>, Vec<String>), ChartError> {
    let mut warnings = Vec::new();
    process_dependencies(chart, user_values, &mut warnings)?;
    let mut values = coalesce::coalesce_logged(chart, user_values, false, &mut warnings)?;
    if !skip_schema {
        values = validate_against_schema(chart, values, None)?;
    }
    Ok((values, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart_with(yaml: &str) -> Chart {
        load_files(vec![archive::BufferedFile {
            name: "Chart.yaml".into(),
            data: yaml.as_bytes().to_vec(),
            mod_time: None,
        }])
        .unwrap()
    }

    #[test]
    fn kube_version_and_installable_checks() {
        let c =
            chart_with("apiVersion: v2\nname: k\nversion: 0.1.0\nkubeVersion: \">=1.40.0-0\"\n");
        assert_eq!(
            c.check_kube_version("v1.33.0").unwrap_err().to_string(),
            "chart requires kubeVersion: >=1.40.0-0 which is incompatible with Kubernetes v1.33.0"
        );
        assert!(c.check_kube_version("v1.41.2").is_ok());
        let lib = chart_with("apiVersion: v2\nname: k\nversion: 0.1.0\ntype: library\n");
        assert_eq!(
            lib.check_installable().unwrap_err().to_string(),
            "library charts are not installable"
        );
        let deps = chart_with(
            "apiVersion: v2\nname: k\nversion: 0.1.0\ndependencies:\n- name: a\n- name: b\n",
        );
        assert_eq!(
            deps.check_dependencies().unwrap_err().to_string(),
            "found in Chart.yaml, but missing in charts/ directory: a, b"
        );
    }

    #[test]
    fn crds_and_requirements_warning() {
        let c = load_files(vec![
            archive::BufferedFile {
                name: "Chart.yaml".into(),
                data: b"apiVersion: v2\nname: top\nversion: 1.0.0\n".to_vec(),
                mod_time: None,
            },
            archive::BufferedFile {
                name: "requirements.yaml".into(),
                data: b"dependencies: []\n".to_vec(),
                mod_time: None,
            },
            archive::BufferedFile {
                name: "crds/a.YAML".into(),
                data: b"kind: CustomResourceDefinition\n".to_vec(),
                mod_time: None,
            },
            archive::BufferedFile {
                name: "crds/notes.txt".into(),
                data: b"x".to_vec(),
                mod_time: None,
            },
            archive::BufferedFile {
                name: "charts/sub/Chart.yaml".into(),
                data: b"apiVersion: v2\nname: sub\nversion: 1.0.0\n".to_vec(),
                mod_time: None,
            },
            archive::BufferedFile {
                name: "charts/sub/crds/b.json".into(),
                data: b"{}".to_vec(),
                mod_time: None,
            },
        ])
        .unwrap();
        assert_eq!(c.load_warnings.len(), 1);
        assert!(
            c.load_warnings[0].starts_with("level=INFO msg=\"Warning: Dependencies are handled")
        );
        let crds: Vec<String> = c
            .crd_objects("top")
            .into_iter()
            .map(|c| c.filename)
            .collect();
        assert_eq!(crds, vec!["top/crds/a.YAML", "top/charts/sub/crds/b.json"]);
    }
}
