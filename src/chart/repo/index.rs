//! A repository's `index.yaml` (Helm's `repo.IndexFile`): loaded like `loadIndex` (JSON when
//! the bytes are JSON, else strict YAML; invalid versions dropped with Helm's warning; each
//! chart's versions sorted newest first), searched like `IndexFile.Get`, and written like
//! `helm repo index`.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Map, Value};

use super::RepoError;
use crate::chart::gofmt::slog_line;
use crate::chart::metadata::Metadata;
use crate::chart::semver::{Constraints, Version};

/// One version of a chart in an index.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartVersion {
    /// The chart's Chart.yaml fields.
    pub metadata: Metadata,
    /// Where the archive can be downloaded (absolute, or relative to the index).
    pub urls: Vec<String>,
    /// RFC 3339 text as written.
    pub created: String,
    /// Whether the version is marked removed.
    pub removed: bool,
    /// The archive's SHA-256 (hex).
    pub digest: String,
}

impl ChartVersion {
    /// The version entry as Helm serialises it (metadata fields, then `urls`, `created`,
    /// `removed`, `digest`; empty ones left out).
    pub fn to_json(&self) -> Value {
        let mut m = match self.metadata.to_json() {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        m.insert(
            "urls".into(),
            Value::Array(self.urls.iter().cloned().map(Value::String).collect()),
        );
        if !self.created.is_empty() {
            m.insert("created".into(), self.created.clone().into());
        }
        if self.removed {
            m.insert("removed".into(), true.into());
        }
        if !self.digest.is_empty() {
            m.insert("digest".into(), self.digest.clone().into());
        }
        Value::Object(m)
    }
}

/// A loaded index.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexFile {
    /// `apiVersion` as written.
    pub api_version: String,
    /// `generated` as written.
    pub generated: String,
    /// Chart name → versions, newest first.
    pub entries: BTreeMap<String, Vec<ChartVersion>>,
    /// The repository's public keys.
    pub public_keys: Vec<String>,
    /// Free-form annotations.
    pub annotations: BTreeMap<String, String>,
}

/// Keys an index may have at the top level (anything else fails the strict YAML decode).
const TOP_KEYS: &[&str] = &[
    "apiVersion",
    "generated",
    "entries",
    "publicKeys",
    "annotations",
    "serverInfo",
];

/// Keys a version entry may have: the chart metadata, the index fields and Helm 2's legacy ones.
const VERSION_KEYS: &[&str] = &[
    "name",
    "home",
    "sources",
    "version",
    "description",
    "keywords",
    "maintainers",
    "icon",
    "apiVersion",
    "condition",
    "tags",
    "appVersion",
    "deprecated",
    "annotations",
    "kubeVersion",
    "dependencies",
    "type",
    "urls",
    "created",
    "removed",
    "digest",
    "checksum",
    "engine",
    "tillerVersion",
    "url",
];

fn unknown_field(m: &Map<String, Value>, known: &[&str]) -> Option<String> {
    m.keys()
        .find(|k| !known.iter().any(|n| n.eq_ignore_ascii_case(k)))
        .cloned()
}

fn strict_error(field: &str) -> RepoError {
    RepoError::Index(format!(
        "error unmarshaling JSON: while decoding JSON: json: unknown field {field:?}"
    ))
}

fn get<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    m.get(key).or_else(|| {
        m.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    })
}

fn string_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(other @ (Value::Number(_) | Value::Bool(_))) => other.to_string(),
        _ => String::new(),
    }
}

impl IndexFile {
    /// Reads and loads a cached index file; `source` in warnings is the file path.
    pub fn load_file(path: &Path, warnings: &mut Vec<String>) -> Result<IndexFile, RepoError> {
        let data = std::fs::read(path)
            .map_err(|e| RepoError::Index(crate::chart::loader::go_io_error("open", path, &e)))?;
        IndexFile::load(&data, &path.display().to_string(), warnings)
            .map_err(|e| RepoError::Index(format!("error loading {}: {e}", path.display())))
    }

    /// The versions of one chart from a cached index file, without reading the whole index
    /// when it can: cached indexes were checked whole when `repo add`/`update` (rhelm's or
    /// Helm's) wrote them, so when the file has `helm repo index`'s block layout only
    /// `apiVersion` and the chart's own block are parsed (strictly, as in [`IndexFile::load`]).
    /// Any other layout, or a chart that is not there, loads the whole file, which gives
    /// Helm's errors.
    pub fn load_file_for_chart(
        path: &Path,
        chart: &str,
        warnings: &mut Vec<String>,
    ) -> Result<IndexFile, RepoError> {
        if let Ok(data) = std::fs::read(path) {
            if let Some(mini) = chart_block(&data, chart) {
                let mut w = Vec::new();
                if let Ok(index) =
                    IndexFile::load(mini.as_bytes(), &path.display().to_string(), &mut w)
                {
                    if index.entries.contains_key(chart) {
                        warnings.extend(w);
                        return Ok(index);
                    }
                }
            }
        }
        IndexFile::load_file(path, warnings)
    }

    /// Helm's `loadIndex`: `source` names the index in warnings (its URL or file path).
    pub fn load(
        data: &[u8],
        source: &str,
        warnings: &mut Vec<String>,
    ) -> Result<IndexFile, RepoError> {
        if data.is_empty() {
            return Err(RepoError::Index("empty index.yaml file".into()));
        }
        if let Ok(v) = serde_json::from_slice::<Value>(data) {
            return IndexFile::from_value(v, false, source, warnings);
        }
        let text = std::str::from_utf8(data).map_err(|e| {
            RepoError::Index(format!(
                "error converting YAML to JSON: yaml: {}",
                crate::chart::yaml::utf8_error(data, &e)
            ))
        })?;
        // Large indexes in `helm repo index`'s layout are parsed chart by chart on all cores;
        // anything else, and any error, goes through one parse of the whole text, which gives
        // Helm's exact result or error.
        if let Some(v) = parse_by_chart(text) {
            let mut w = Vec::new();
            if let Ok(index) = IndexFile::from_value(v, true, source, &mut w) {
                warnings.extend(w);
                return Ok(index);
            }
        }
        let v = goyaml::from_str(text).map_err(|e| RepoError::Index(e.to_string()))?;
        IndexFile::from_value(v, true, source, warnings)
    }

    /// The index in `value` (the decoded JSON or YAML); `strict` refuses unknown fields as
    /// YAML's strict decoding does.
    fn from_value(
        value: Value,
        strict: bool,
        source: &str,
        warnings: &mut Vec<String>,
    ) -> Result<IndexFile, RepoError> {
        let top = match value {
            Value::Object(m) => m,
            Value::Null => Map::new(),
            other => {
                return Err(RepoError::Index(format!(
                    "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go value of type repo.IndexFile",
                    crate::chart::gofmt::json_kind(&other)
                )))
            }
        };
        if strict {
            if let Some(k) = unknown_field(&top, TOP_KEYS) {
                return Err(strict_error(&k));
            }
        }
        let mut index = IndexFile {
            api_version: string_of(get(&top, "apiVersion")),
            generated: string_of(get(&top, "generated")),
            ..Default::default()
        };
        if let Some(Value::Array(keys)) = get(&top, "publicKeys") {
            index.public_keys = keys.iter().map(|k| string_of(Some(k))).collect();
        }
        if let Some(Value::Object(a)) = get(&top, "annotations") {
            index.annotations = a
                .iter()
                .map(|(k, v)| (k.clone(), string_of(Some(v))))
                .collect();
        }
        match get(&top, "entries") {
            None | Some(Value::Null) => {}
            Some(Value::Object(entries)) => {
                for (name, versions) in entries {
                    let items: &[Value] = match versions {
                        Value::Array(a) => a,
                        Value::Null => &[],
                        other => {
                            return Err(RepoError::Index(format!(
                                "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go struct field IndexFile.entries of type repo.ChartVersions",
                                crate::chart::gofmt::json_kind(other)
                            )))
                        }
                    };
                    let mut kept = Vec::with_capacity(items.len());
                    // Helm walks each list from the end; keep its warning order.
                    for item in items.iter().rev() {
                        let Value::Object(m) = item else {
                            warnings.push(slog_line(
                                "WARN",
                                &format!("skipping loading invalid entry for chart {name:?} from {source}: empty entry"),
                                &[],
                            ));
                            continue;
                        };
                        if strict {
                            if let Some(k) = unknown_field(m, VERSION_KEYS) {
                                return Err(strict_error(&k));
                            }
                        }
                        let mut md = Metadata::from_value(item).map_err(|e| {
                            RepoError::Index(format!(
                                "error unmarshaling JSON: while decoding JSON: {e}"
                            ))
                        })?;
                        if md.api_version.is_empty() {
                            md.api_version = crate::chart::metadata::API_VERSION_V1.into();
                        }
                        if let Err(e) = md.validate() {
                            if !e.0.starts_with("more than one dependency with name or alias") {
                                warnings.push(slog_line(
                                    "WARN",
                                    &format!(
                                        "skipping loading invalid entry for chart {name:?} {:?} from {source}: {e}",
                                        md.version
                                    ),
                                    &[],
                                ));
                                continue;
                            }
                        }
                        let urls = match get(m, "urls") {
                            Some(Value::Array(u)) => u.iter().map(|x| string_of(Some(x))).collect(),
                            _ => Vec::new(),
                        };
                        kept.push(ChartVersion {
                            metadata: md,
                            urls,
                            created: string_of(get(m, "created")),
                            removed: matches!(get(m, "removed"), Some(Value::Bool(true))),
                            digest: string_of(get(m, "digest")),
                        });
                    }
                    kept.reverse();
                    index.entries.insert(name.clone(), kept);
                }
            }
            Some(other) => {
                return Err(RepoError::Index(format!(
                    "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go struct field IndexFile.entries of type map[string]repo.ChartVersions",
                    crate::chart::gofmt::json_kind(other)
                )))
            }
        }
        index.sort_entries();
        if index.api_version.is_empty() {
            return Err(RepoError::Index("no API version specified".into()));
        }
        Ok(index)
    }

    /// Helm's `SortEntries`: newest version first; versions that do not parse go last.
    pub fn sort_entries(&mut self) {
        for versions in self.entries.values_mut() {
            let mut keyed: Vec<(Option<Version>, ChartVersion)> = versions
                .drain(..)
                .map(|v| (Version::parse(&v.metadata.version).ok(), v))
                .collect();
            keyed.sort_by(|(a, _), (b, _)| match (a, b) {
                (Some(a), Some(b)) => b.compare(a),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            });
            versions.extend(keyed.into_iter().map(|(_, v)| v));
        }
    }

    /// Helm's `IndexFile.Get`: an exact version string wins; otherwise the newest version
    /// satisfying the constraint (`*`, the newest stable version, when `version` is empty).
    /// Returns the version and, when it is not an exact match for a requested version, Helm's
    /// "falling back" warning.
    pub fn get(
        &self,
        name: &str,
        version: &str,
    ) -> Result<(&ChartVersion, Option<String>), GetError> {
        let versions = self.entries.get(name).ok_or(GetError::NoChartName)?;
        if versions.is_empty() {
            return Err(GetError::NoChartVersion);
        }
        let constraint = if version.is_empty() { "*" } else { version };
        let constraint = Constraints::parse(constraint).map_err(GetError::Constraint)?;
        if !version.is_empty() {
            if let Some(v) = versions.iter().find(|v| v.metadata.version == version) {
                return Ok((v, None));
            }
        }
        for v in versions {
            let Ok(parsed) = Version::parse(&v.metadata.version) else {
                continue;
            };
            if constraint.check(&parsed) {
                let warning = (!version.is_empty()).then(|| {
                    slog_line(
                        "WARN",
                        "unable to find exact version requested; falling back to closest available version",
                        &[("chart", name), ("requested", version), ("selected", &v.metadata.version)],
                    )
                });
                return Ok((v, warning));
            }
        }
        Err(GetError::NoVersion(format!("{name}-{version}")))
    }

    /// The chart names, one per line (`<name>-charts.txt`).
    pub fn chart_names(&self) -> String {
        self.entries.keys().map(|k| format!("{k}\n")).collect()
    }

    /// The index as `helm repo index` writes it: YAML with sorted keys, or JSON with Go's field
    /// order and two-space indentation.
    pub fn to_bytes(&self, json: bool) -> Vec<u8> {
        let mut top = Map::new();
        top.insert("apiVersion".into(), self.api_version.clone().into());
        top.insert("generated".into(), self.generated.clone().into());
        let mut entries = Map::new();
        for (name, versions) in &self.entries {
            entries.insert(
                name.clone(),
                Value::Array(versions.iter().map(ChartVersion::to_json).collect()),
            );
        }
        top.insert("entries".into(), Value::Object(entries));
        if !self.public_keys.is_empty() {
            top.insert(
                "publicKeys".into(),
                Value::Array(
                    self.public_keys
                        .iter()
                        .cloned()
                        .map(Value::String)
                        .collect(),
                ),
            );
        }
        if !self.annotations.is_empty() {
            top.insert(
                "annotations".into(),
                Value::Object(
                    self.annotations
                        .iter()
                        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                        .collect(),
                ),
            );
        }
        let value = Value::Object(top);
        if json {
            let mut out = serde_json::to_vec_pretty(&value).unwrap_or_default();
            out.push(b'\n');
            out
        } else {
            goyaml::to_string(&value).into_bytes()
        }
    }
}

/// An index in `helm repo index`'s layout (top-level keys at column 0, chart names at column
/// 2 under `entries:`) decoded one chart block at a time, the blocks spread over the cores;
/// `None` for any other layout or when a part does not parse.
fn parse_by_chart(text: &str) -> Option<Value> {
    const MIN_SIZE: usize = 1 << 20; // below this one parse is as fast
    if text.len() < MIN_SIZE {
        return None;
    }
    let entries = top_line(text, "entries:")?;
    let line_end = text[entries..].find('\n')? + entries;
    if !text[entries + "entries:".len()..line_end].trim().is_empty() {
        return None;
    }
    // Chart blocks: from a `  name:` line to the next; the entries block ends at the next
    // line at column 0.
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut pos = line_end + 1;
    let mut end = text.len();
    for line in text[line_end + 1..].split_inclusive('\n') {
        let b = line.as_bytes();
        match b.first() {
            Some(b' ')
                if b.len() > 2 && b[1] == b' ' && !matches!(b[2], b' ' | b'-' | b'\n' | b'#') =>
            {
                if let Some(last) = blocks.last_mut() {
                    last.1 = pos;
                }
                blocks.push((pos, text.len()));
            }
            Some(b' ') | Some(b'\n') => {
                if blocks.is_empty() && !line.trim().is_empty() {
                    return None;
                }
            }
            Some(b'#') => return None,
            _ => {
                end = pos;
                break;
            }
        }
        pos += line.len();
    }
    if let Some(last) = blocks.last_mut() {
        last.1 = end;
    }
    let header = format!("{}{}", &text[..entries], &text[end..]);
    let mut top = match goyaml::from_str(&header).ok()? {
        Value::Object(m) => m,
        _ => return None,
    };
    if top.contains_key("entries") {
        return None;
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let per = blocks.len().div_ceil(threads).max(1);
    let parsed: Vec<Option<Vec<(String, Value)>>> = std::thread::scope(|s| {
        let handles: Vec<_> = blocks
            .chunks(per)
            .map(|chunk| {
                s.spawn(move || {
                    let mut out = Vec::with_capacity(chunk.len());
                    for &(a, b) in chunk {
                        let doc = format!("entries:\n{}", &text[a..b]);
                        let Value::Object(mut m) = goyaml::from_str(&doc).ok()? else {
                            return None;
                        };
                        let Some(Value::Object(charts)) = m.remove("entries") else {
                            return None;
                        };
                        if charts.len() != 1 {
                            return None;
                        }
                        out.extend(charts);
                    }
                    Some(out)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().ok().flatten())
            .collect()
    });
    let mut entries = Map::new();
    for part in parsed {
        for (name, versions) in part? {
            if entries.insert(name, versions).is_some() {
                return None; // a duplicate key: the whole parse reports it
            }
        }
    }
    top.insert("entries".into(), Value::Object(entries));
    Some(top.into())
}

/// Top-level keys an index may have, as they start a line.
const TOP_LINE_KEYS: &[&str] = &[
    "apiVersion:",
    "generated:",
    "entries:",
    "publicKeys:",
    "annotations:",
    "serverInfo:",
];

/// Where a top-level `key:` line starts (at the start of the text or after a newline).
fn top_line(text: &str, key: &str) -> Option<usize> {
    if text.starts_with(key) {
        return Some(0);
    }
    text.find(&format!("\n{key}")).map(|i| i + 1)
}

/// A small index with the `apiVersion` line and `chart`'s block cut out of `data`, when `data`
/// has `helm repo index`'s layout (`entries:` at column 0, chart names at column 2); else `None`.
fn chart_block(data: &[u8], chart: &str) -> Option<String> {
    let text = std::str::from_utf8(data).ok()?;
    if text.trim_start().starts_with('{') || chart.is_empty() || chart.contains(['\n', ':', '#']) {
        return None;
    }
    let entries = top_line(text, "entries:")?;
    let after_entries = text[entries..].find('\n')? + entries + 1;
    // The entries block ends where the next known top-level key starts.
    let end = TOP_LINE_KEYS
        .iter()
        .filter_map(|k| {
            text[after_entries..]
                .find(&format!("\n{k}"))
                .map(|i| after_entries + i + 1)
        })
        .min()
        .unwrap_or(text.len());
    let block = &text[after_entries..end];
    let key = format!("  {chart}:\n");
    let start = if block.starts_with(&key) {
        0
    } else {
        block.find(&format!("\n{key}"))? + 1
    };
    // The chart's block runs to the next line at column 2 that is not a list item.
    let body_start = start + key.len();
    let mut stop = block.len();
    let mut pos = body_start;
    for line in block[body_start..].split_inclusive('\n') {
        let b = line.as_bytes();
        if b.len() > 2
            && b[0] == b' '
            && b[1] == b' '
            && b[2] != b' '
            && b[2] != b'-'
            && b[2] != b'\n'
        {
            stop = pos;
            break;
        }
        if !line.starts_with(' ') && !line.trim().is_empty() {
            return None; // not the layout this reader knows
        }
        pos += line.len();
    }
    let api_start = top_line(text, "apiVersion:")?;
    let api_line = text[api_start..].lines().next()?;
    let mut mini = String::with_capacity(stop - start + api_line.len() + 16);
    mini.push_str(api_line);
    mini.push_str("\nentries:\n");
    mini.push_str(&block[start..stop]);
    Some(mini)
}

/// Helm's `IndexDirectory` (`helm repo index DIR`): every chart archive in `dir/*.tgz` and
/// `dir/*/*.tgz` (archives that are not charts skipped), with its sha256 digest, the time of
/// indexing as `created`, and its URL relative to `dir` (prefixed with `base_url` when given).
pub fn index_directory(dir: &Path, base_url: &str) -> Result<IndexFile, RepoError> {
    let mut archives = Vec::new();
    let read = |d: &Path| -> Result<Vec<std::path::PathBuf>, RepoError> {
        let mut v: Vec<_> = std::fs::read_dir(d)
            .map_err(|e| RepoError::io(format!("cannot read {}", d.display()), e))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        v.sort();
        Ok(v)
    };
    for p in read(dir)? {
        if p.is_dir() {
            archives.extend(read(&p)?.into_iter().filter(|f| is_tgz(f)));
        } else if is_tgz(&p) {
            archives.push(p);
        }
    }
    archives.sort();
    let now = crate::release::GoTime::now().rfc3339_nano();
    let mut index = IndexFile {
        api_version: "v1".into(),
        generated: now.clone(),
        ..Default::default()
    };
    for path in archives {
        let data = std::fs::read(&path)
            .map_err(|e| RepoError::io(format!("cannot read {}", path.display()), e))?;
        let Ok(chart) = crate::chart::loader::load_archive(&data) else {
            continue; // not a chart
        };
        let rel = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let fname = path.display().to_string();
        let mut md = chart.metadata.clone();
        md.validate().map_err(|e| {
            RepoError::Msg(format!(
                "failed adding to {fname} to index: validate failed for {fname}: {e}"
            ))
        })?;
        let url = if base_url.is_empty() {
            rel
        } else {
            format!("{}/{}", base_url.trim_end_matches('/'), rel)
        };
        index
            .entries
            .entry(md.name.clone())
            .or_default()
            .push(ChartVersion {
                metadata: md,
                urls: vec![url],
                created: now.clone(),
                removed: false,
                digest: super::sha256_hex(&data),
            });
    }
    index.sort_entries();
    Ok(index)
}

fn is_tgz(p: &Path) -> bool {
    p.is_file() && p.extension().is_some_and(|e| e == "tgz")
}

impl IndexFile {
    /// Helm's `IndexFile.Merge`: versions of `other` are added for name+version pairs this
    /// index does not have.
    pub fn merge(&mut self, other: &IndexFile) {
        for (name, versions) in &other.entries {
            for v in versions {
                let mine = self.entries.entry(name.clone()).or_default();
                if !mine
                    .iter()
                    .any(|m| m.metadata.version == v.metadata.version)
                {
                    mine.push(v.clone());
                }
            }
        }
    }
}

/// Why `IndexFile::get` found nothing (Helm's texts).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GetError {
    /// No chart name was given.
    #[error("no chart name found")]
    NoChartName,
    /// The chart has no versions.
    #[error("no chart version found")]
    NoChartVersion,
    /// No version fits the one asked for (named).
    #[error("no chart version found for {0}")]
    NoVersion(String),
    /// The version constraint does not parse.
    #[error("{0}")]
    Constraint(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "apiVersion: v1\nentries:\n  demo:\n  - apiVersion: v2\n    name: demo\n    version: 0.1.0\n    urls: [demo-0.1.0.tgz]\n  - apiVersion: v2\n    name: demo\n    version: 1.1.0-rc.1\n    urls: [demo-1.1.0-rc.1.tgz]\n  - apiVersion: v2\n    name: demo\n    version: 1.0.0\n    urls: [demo-1.0.0.tgz]\n    digest: abc\n  - name: demo\n    version: not-semver\n    urls: [x.tgz]\ngenerated: \"2026-01-01T00:00:00Z\"\n";

    #[test]
    fn loads_sorts_and_finds_like_helm() {
        let mut w = Vec::new();
        let idx = IndexFile::load(INDEX.as_bytes(), "http://x", &mut w).unwrap();
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].contains(r#"skipping loading invalid entry for chart \"demo\" \"not-semver\" from http://x: validation: chart.metadata.version \"not-semver\" is invalid"#), "{w:?}");
        let versions: Vec<_> = idx.entries["demo"]
            .iter()
            .map(|v| v.metadata.version.as_str())
            .collect();
        assert_eq!(versions, ["1.1.0-rc.1", "1.0.0", "0.1.0"]);
        assert_eq!(idx.get("demo", "").unwrap().0.metadata.version, "1.0.0");
        assert_eq!(
            idx.get("demo", ">0.0.0-0").unwrap().0.metadata.version,
            "1.1.0-rc.1"
        );
        let (v, warn) = idx.get("demo", "~0.1").unwrap();
        assert_eq!(v.metadata.version, "0.1.0");
        assert!(warn
            .unwrap()
            .contains("falling back to closest available version"));
        assert_eq!(idx.get("demo", "1.0.0").unwrap().1, None);
        assert_eq!(
            idx.get("demo", "9.9.9").unwrap_err().to_string(),
            "no chart version found for demo-9.9.9"
        );
        assert_eq!(
            idx.get("nope", "").unwrap_err().to_string(),
            "no chart name found"
        );
        assert!(idx.get("demo", "!!").is_err());
        assert_eq!(idx.chart_names(), "demo\n");
    }

    #[test]
    fn reads_one_chart_of_a_large_index() {
        let text = INDEX.replace("entries:\n  demo:", "entries:\n  aaa:\n  - apiVersion: v2\n    name: aaa\n    version: 1.0.0\n    urls: [a.tgz]\n  demo:");
        let text = text.replace("generated:", "  zzz:\n  - apiVersion: v2\n    name: zzz\n    version: 2.0.0\n    urls: [z.tgz]\ngenerated:");
        let mini = chart_block(text.as_bytes(), "demo").unwrap();
        assert!(
            mini.starts_with("apiVersion: v1\nentries:\n  demo:\n"),
            "{mini}"
        );
        assert!(
            !mini.contains("aaa") && !mini.contains("zzz") && !mini.contains("generated"),
            "{mini}"
        );
        let mut w = Vec::new();
        let one = IndexFile::load(mini.as_bytes(), "x", &mut w).unwrap();
        let all = IndexFile::load(text.as_bytes(), "x", &mut Vec::new()).unwrap();
        assert_eq!(one.entries["demo"], all.entries["demo"]);
        assert_eq!(
            chart_block(text.as_bytes(), "zzz")
                .unwrap()
                .matches("version: 2.0.0")
                .count(),
            1
        );
        assert_eq!(chart_block(text.as_bytes(), "nope"), None);
        assert_eq!(chart_block(b"{\"apiVersion\":\"v1\"}", "demo"), None);
    }

    #[test]
    fn parses_a_large_index_by_chart_as_one_parse_would() {
        let mut text = String::from("apiVersion: v1\nentries:\n");
        for c in 0..2000 {
            text.push_str(&format!("  chart{c}:\n"));
            for v in 0..5 {
                text.push_str(&format!(
                    "  - apiVersion: v2\n    name: chart{c}\n    version: {v}.0.{c}\n    description: |\n      line one\n      line two\n    keywords: [a, b]\n    urls:\n    - chart{c}-{v}.tgz\n"
                ));
            }
        }
        text.push_str("generated: \"2026-01-01T00:00:00Z\"\n");
        assert!(text.len() > 1 << 20);
        let split = parse_by_chart(&text).expect("helm repo index layout");
        assert_eq!(split, goyaml::from_str(&text).unwrap());
        let idx = IndexFile::load(text.as_bytes(), "x", &mut Vec::new()).unwrap();
        assert_eq!(idx.entries.len(), 2000);
        assert_eq!(idx.entries["chart7"][0].metadata.version, "4.0.7");
        // An unknown key inside one chart still fails the whole index, and a duplicate chart
        // and a broken block fall back to the full parse and its error.
        let bad = text.replace(
            "  chart5:\n  - apiVersion: v2\n",
            "  chart5:\n  - apiVersion: v2\n    bogus: 1\n",
        );
        let err = IndexFile::load(bad.as_bytes(), "x", &mut Vec::new())
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "error unmarshaling JSON: while decoding JSON: json: unknown field \"bogus\""
        );
        let dup = text.replace("  chart6:\n", "  chart5:\n");
        assert_eq!(parse_by_chart(&dup), None);
        let broken = text.replace("  chart9:\n", "  chart9: [x\n");
        assert!(IndexFile::load(broken.as_bytes(), "x", &mut Vec::new()).is_err());
    }

    #[test]
    fn rejects_what_helm_rejects() {
        let mut w = Vec::new();
        let err = |s: &str| {
            IndexFile::load(s.as_bytes(), "x", &mut Vec::new())
                .unwrap_err()
                .to_string()
        };
        assert_eq!(err(""), "empty index.yaml file");
        assert_eq!(err("entries: {}\n"), "no API version specified");
        assert_eq!(
            err("apiVersion: v1\nfoo: 1\n"),
            "error unmarshaling JSON: while decoding JSON: json: unknown field \"foo\""
        );
        assert!(err("apiVersion: v1\nentries: [x: {\n")
            .starts_with("error converting YAML to JSON: yaml:"));
        // JSON indexes are read leniently.
        let idx = IndexFile::load(br#"{"apiVersion":"v1","foo":1,"entries":{"a":[{"apiVersion":"v2","name":"a","version":"1.0.0","urls":["a.tgz"]}]}}"#, "x", &mut w).unwrap();
        assert_eq!(idx.entries["a"][0].urls, ["a.tgz"]);
    }
}
