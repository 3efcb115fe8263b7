//! `Chart.yaml`, `requirements.yaml` and `Chart.lock` models, decoded from the JSON form of the
//! YAML the way Helm decodes them (sigs.k8s.io/yaml + encoding/json): unknown keys are ignored,
//! keys match case-insensitively when no exact match exists, numbers and booleans given where a
//! string is expected become strings (`appVersion: 1.10` is `"1.1"`), and type mismatches give Go's
//! `json: cannot unmarshal ...` errors. Validation errors are Helm's `validation: ...` texts.

use std::fmt::Write as _;

use serde_json::{Map, Value};

use super::gofmt::json_kind;
use super::semver;

/// API version of Helm 2 style charts.
pub const API_VERSION_V1: &str = "v1";
/// API version of Helm 3+ charts.
pub const API_VERSION_V2: &str = "v2";

/// A chart maintainer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Maintainer {
    /// The maintainer's name.
    pub name: String,
    /// The maintainer's e-mail address.
    pub email: String,
    /// A URL for the maintainer.
    pub url: String,
}

/// A dependency from `Chart.yaml`, `requirements.yaml` or a lock file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dependency {
    /// The dependency's chart name.
    pub name: String,
    /// The version range it asks for.
    pub version: String,
    /// The repository URL or alias (`@name`), or a `file://` path.
    pub repository: String,
    /// A values path that enables or disables it.
    pub condition: String,
    /// Tags that enable or disable it as a group.
    pub tags: Vec<String>,
    /// Whether it is enabled (the outcome of condition and tags).
    pub enabled: bool,
    /// Each item is a string (`exports.<name>` shorthand) or a `{child, parent}` map.
    pub import_values: Vec<Value>,
    /// The name it is used under.
    pub alias: String,
}

/// The contents of `Chart.yaml`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    /// The chart's name.
    pub name: String,
    /// The project's home page.
    pub home: String,
    /// URLs of the project's source.
    pub sources: Vec<String>,
    /// The chart's SemVer version.
    pub version: String,
    /// A one-sentence description.
    pub description: String,
    /// Search keywords.
    pub keywords: Vec<String>,
    /// The maintainers.
    pub maintainers: Vec<Maintainer>,
    /// A URL of an icon.
    pub icon: String,
    /// The chart API version (`v1` or `v2`).
    pub api_version: String,
    /// A values path that enables or disables the chart as a dependency.
    pub condition: String,
    /// Tags that enable or disable the chart as a dependency.
    pub tags: String,
    /// The version of the application the chart deploys.
    pub app_version: String,
    /// Whether the chart is deprecated.
    pub deprecated: bool,
    /// `None` when absent (Go's nil map).
    pub annotations: Option<Map<String, Value>>,
    /// The Kubernetes versions the chart supports (a SemVer range).
    pub kube_version: String,
    /// `None` when absent: Helm distinguishes a nil list from an empty one.
    pub dependencies: Option<Vec<Dependency>>,
    /// `application`, `library` or empty.
    pub chart_type: String,
    null_maintainer: bool,
    null_dependency: bool,
}

/// `Chart.lock` / `requirements.lock`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lock {
    /// RFC 3339 text as written in the file.
    pub generated: String,
    /// The digest of the dependencies the lock was made for.
    pub digest: String,
    /// The dependencies, at the versions resolved.
    pub dependencies: Vec<Dependency>,
}

/// A Go `encoding/json` decoding error (`json: cannot unmarshal X into Go ... of type T`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("json: cannot unmarshal {found} into Go {place} of type {want}")]
pub struct DecodeError {
    found: &'static str,
    place: String,
    want: &'static str,
}

/// Where a field lives, for error texts: `Go struct field Metadata.maintainers.name`.
struct Ctx<'a> {
    top: &'a str,
    path: String,
}

impl Ctx<'_> {
    fn err(&self, field: &str, found: &Value, want: &'static str) -> DecodeError {
        let mut place = format!("struct field {}.", self.top);
        if !self.path.is_empty() {
            let _ = write!(place, "{}.", self.path);
        }
        place.push_str(field);
        DecodeError {
            found: json_kind(found),
            place,
            want,
        }
    }
}

/// Go's `strconv.FormatFloat(f, 'g', -1, 32)`, which sigs.k8s.io/yaml uses when a YAML float
/// meets a string field.
fn format_float32_g(f: f64) -> String {
    gostd::strconv::format_float(f, 'g', -1, 32)
}

/// The string sigs.k8s.io/yaml gives a scalar decoded into a Go string field.
pub(crate) fn scalar_to_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                return Some(i.to_string());
            }
            if let Some(u) = n.as_u64() {
                return Some(u.to_string());
            }
            let f = n.as_f64().unwrap_or(0.0);
            if f.fract() == 0.0 && f.abs() < 9.2e18 {
                // go-yaml decodes integer literals as ints, which are formatted exactly.
                Some((f as i64).to_string())
            } else {
                Some(format_float32_g(f))
            }
        }
        _ => None,
    }
}

fn lookup<'v>(obj: &'v Map<String, Value>, name: &str) -> Option<&'v Value> {
    if let Some(v) = obj.get(name) {
        return Some(v);
    }
    obj.iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
        .next_back()
}

fn get_string(
    obj: &Map<String, Value>,
    name: &str,
    ctx: &Ctx<'_>,
    out: &mut String,
) -> Result<(), DecodeError> {
    match lookup(obj, name) {
        None | Some(Value::Null) => Ok(()),
        Some(v) => match scalar_to_string(v) {
            Some(s) => {
                *out = s;
                Ok(())
            }
            None => Err(ctx.err(name, v, "string")),
        },
    }
}

fn get_bool(
    obj: &Map<String, Value>,
    name: &str,
    ctx: &Ctx<'_>,
    out: &mut bool,
) -> Result<(), DecodeError> {
    match lookup(obj, name) {
        None | Some(Value::Null) => Ok(()),
        Some(Value::Bool(b)) => {
            *out = *b;
            Ok(())
        }
        Some(v) => Err(ctx.err(name, v, "bool")),
    }
}

fn get_strings(
    obj: &Map<String, Value>,
    name: &str,
    ctx: &Ctx<'_>,
    out: &mut Vec<String>,
) -> Result<(), DecodeError> {
    match lookup(obj, name) {
        None | Some(Value::Null) => Ok(()),
        Some(Value::Array(items)) => {
            out.clear();
            for it in items {
                match it {
                    Value::Null => out.push(String::new()),
                    v => match scalar_to_string(v) {
                        Some(s) => out.push(s),
                        None => return Err(ctx.err(name, v, "string")),
                    },
                }
            }
            Ok(())
        }
        Some(v) => Err(ctx.err(name, v, "[]string")),
    }
}

fn decode_maintainer(v: &Map<String, Value>, ctx: &Ctx<'_>) -> Result<Maintainer, DecodeError> {
    let ctx = Ctx {
        top: "Maintainer",
        path: join(&ctx.path, "maintainers"),
    };
    let mut m = Maintainer::default();
    get_string(v, "name", &ctx, &mut m.name)?;
    get_string(v, "email", &ctx, &mut m.email)?;
    get_string(v, "url", &ctx, &mut m.url)?;
    Ok(m)
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}.{b}")
    }
}

fn decode_dependency(
    v: &Map<String, Value>,
    ctx: &Ctx<'_>,
    field: &str,
) -> Result<Dependency, DecodeError> {
    let ctx = Ctx {
        top: "Dependency",
        path: join(&ctx.path, field),
    };
    let mut d = Dependency::default();
    get_string(v, "name", &ctx, &mut d.name)?;
    get_string(v, "version", &ctx, &mut d.version)?;
    get_string(v, "repository", &ctx, &mut d.repository)?;
    get_string(v, "condition", &ctx, &mut d.condition)?;
    get_strings(v, "tags", &ctx, &mut d.tags)?;
    get_bool(v, "enabled", &ctx, &mut d.enabled)?;
    match lookup(v, "import-values") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => d.import_values = items.clone(),
        Some(other) => return Err(ctx.err("import-values", other, "[]interface {}")),
    }
    get_string(v, "alias", &ctx, &mut d.alias)?;
    Ok(d)
}

/// Decodes a list of dependencies; `Ok(None)` when absent or null. Null items are reported
/// through `saw_null`.
fn decode_dependencies(
    obj: &Map<String, Value>,
    field: &str,
    ctx: &Ctx<'_>,
    saw_null: &mut bool,
) -> Result<Option<Vec<Dependency>>, DecodeError> {
    match lookup(obj, field) {
        None => Ok(None),
        Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => {
            let mut out = Vec::new();
            for it in items {
                match it {
                    Value::Null => *saw_null = true,
                    Value::Object(m) => out.push(decode_dependency(m, ctx, field)?),
                    v => return Err(ctx.err(field, v, "v2.Dependency")),
                }
            }
            Ok(Some(out))
        }
        Some(v) => Err(ctx.err(field, v, "[]*v2.Dependency")),
    }
}

impl Metadata {
    /// Decodes (the JSON form of) `Chart.yaml` over `self`, as Go's `json.Unmarshal` into an
    /// existing struct does: fields absent from `v` keep their values.
    pub fn decode_into(&mut self, v: &Value) -> Result<(), DecodeError> {
        let obj = match v {
            Value::Null => return Ok(()),
            Value::Object(m) => m,
            other => {
                return Err(DecodeError {
                    found: json_kind(other),
                    place: "value".into(),
                    want: "v2.Metadata",
                })
            }
        };
        let ctx = Ctx {
            top: "Metadata",
            path: String::new(),
        };
        get_string(obj, "name", &ctx, &mut self.name)?;
        get_string(obj, "home", &ctx, &mut self.home)?;
        get_strings(obj, "sources", &ctx, &mut self.sources)?;
        get_string(obj, "version", &ctx, &mut self.version)?;
        get_string(obj, "description", &ctx, &mut self.description)?;
        get_strings(obj, "keywords", &ctx, &mut self.keywords)?;
        match lookup(obj, "maintainers") {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                self.maintainers.clear();
                for it in items {
                    match it {
                        Value::Null => self.null_maintainer = true,
                        Value::Object(m) => self.maintainers.push(decode_maintainer(m, &ctx)?),
                        v => return Err(ctx.err("maintainers", v, "v2.Maintainer")),
                    }
                }
            }
            Some(v) => return Err(ctx.err("maintainers", v, "[]*v2.Maintainer")),
        }
        get_string(obj, "icon", &ctx, &mut self.icon)?;
        get_string(obj, "apiVersion", &ctx, &mut self.api_version)?;
        get_string(obj, "condition", &ctx, &mut self.condition)?;
        get_string(obj, "tags", &ctx, &mut self.tags)?;
        get_string(obj, "appVersion", &ctx, &mut self.app_version)?;
        get_bool(obj, "deprecated", &ctx, &mut self.deprecated)?;
        match lookup(obj, "annotations") {
            None | Some(Value::Null) => {}
            Some(Value::Object(m)) => {
                let mut out = self.annotations.take().unwrap_or_default();
                for (k, v) in m {
                    let s = match v {
                        Value::Null => String::new(),
                        v => scalar_to_string(v)
                            .ok_or_else(|| ctx.err("annotations", v, "string"))?,
                    };
                    out.insert(k.clone(), Value::String(s));
                }
                self.annotations = Some(out);
            }
            Some(v) => return Err(ctx.err("annotations", v, "map[string]string")),
        }
        get_string(obj, "kubeVersion", &ctx, &mut self.kube_version)?;
        let mut null_dep = false;
        if let Some(deps) = decode_dependencies(obj, "dependencies", &ctx, &mut null_dep)? {
            self.dependencies = Some(deps);
        } else if matches!(lookup(obj, "dependencies"), Some(Value::Null)) {
            self.dependencies = None;
        }
        self.null_dependency |= null_dep;
        get_string(obj, "type", &ctx, &mut self.chart_type)?;
        Ok(())
    }

    /// Decodes `Chart.yaml` content (already converted from YAML).
    pub fn from_value(v: &Value) -> Result<Self, DecodeError> {
        let mut m = Metadata::default();
        m.decode_into(v)?;
        Ok(m)
    }

    /// Helm's `Metadata.Validate`: sanitizes strings and checks required fields.
    pub fn validate(&mut self) -> Result<(), ValidationError> {
        for s in [
            &mut self.name,
            &mut self.description,
            &mut self.home,
            &mut self.icon,
            &mut self.condition,
            &mut self.tags,
            &mut self.app_version,
            &mut self.kube_version,
        ] {
            *s = sanitize(s);
        }
        for s in self.sources.iter_mut().chain(self.keywords.iter_mut()) {
            *s = sanitize(s);
        }
        if self.api_version.is_empty() {
            return Err(ValidationError(
                "chart.metadata.apiVersion is required".into(),
            ));
        }
        if self.name.is_empty() {
            return Err(ValidationError("chart.metadata.name is required".into()));
        }
        if self.name == "." || self.name == ".." {
            return Err(ValidationError(format!(
                "chart.metadata.name {} is not allowed",
                super::gofmt::quote(&self.name)
            )));
        }
        if self.name != super::ignore::base_name(&self.name) {
            return Err(ValidationError(format!(
                "chart.metadata.name {} is invalid",
                super::gofmt::quote(&self.name)
            )));
        }
        if self.version.is_empty() {
            return Err(ValidationError("chart.metadata.version is required".into()));
        }
        if semver::Version::parse(&self.version).is_err() {
            return Err(ValidationError(format!(
                "chart.metadata.version {} is invalid",
                super::gofmt::quote(&self.version)
            )));
        }
        if !matches!(self.chart_type.as_str(), "" | "application" | "library") {
            return Err(ValidationError(
                "chart.metadata.type must be application or library".into(),
            ));
        }
        if self.null_maintainer {
            return Err(ValidationError(
                "maintainers must not contain empty or null nodes".into(),
            ));
        }
        for m in &mut self.maintainers {
            m.name = sanitize(&m.name);
            m.email = sanitize(&m.email);
            m.url = sanitize(&m.url);
        }
        if self.null_dependency {
            return Err(ValidationError(
                "dependencies must not contain empty or null nodes".into(),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for d in self.dependencies.iter_mut().flatten() {
            d.validate()?;
            let key = if d.alias.is_empty() {
                d.name.clone()
            } else {
                d.alias.clone()
            };
            if !seen.insert(key.clone()) {
                return Err(ValidationError(format!(
                    "more than one dependency with name or alias {}",
                    super::gofmt::quote(&key)
                )));
            }
        }
        Ok(())
    }

    /// Whether `type: library`.
    pub fn is_library(&self) -> bool {
        self.chart_type == "library"
    }

    /// The metadata as templates see it in `.Chart`: Go field names (`Name`, `AppVersion`,
    /// `APIVersion`, `KubeVersion`, ...), every field present.
    pub fn as_template_map(&self) -> Value {
        let strs = |v: &[String]| Value::Array(v.iter().cloned().map(Value::String).collect());
        let mut m = Map::new();
        m.insert("Name".into(), self.name.clone().into());
        m.insert("Home".into(), self.home.clone().into());
        m.insert("Sources".into(), strs(&self.sources));
        m.insert("Version".into(), self.version.clone().into());
        m.insert("Description".into(), self.description.clone().into());
        m.insert("Keywords".into(), strs(&self.keywords));
        m.insert(
            "Maintainers".into(),
            Value::Array(
                self.maintainers
                    .iter()
                    .map(|x| {
                        let mut mm = Map::new();
                        mm.insert("Name".into(), x.name.clone().into());
                        mm.insert("Email".into(), x.email.clone().into());
                        mm.insert("URL".into(), x.url.clone().into());
                        Value::Object(mm)
                    })
                    .collect(),
            ),
        );
        m.insert("Icon".into(), self.icon.clone().into());
        m.insert("APIVersion".into(), self.api_version.clone().into());
        m.insert("Condition".into(), self.condition.clone().into());
        m.insert("Tags".into(), self.tags.clone().into());
        m.insert("AppVersion".into(), self.app_version.clone().into());
        m.insert("Deprecated".into(), self.deprecated.into());
        m.insert(
            "Annotations".into(),
            self.annotations.clone().map_or(Value::Null, Value::Object),
        );
        m.insert("KubeVersion".into(), self.kube_version.clone().into());
        m.insert(
            "Dependencies".into(),
            Value::Array(
                self.dependencies
                    .iter()
                    .flatten()
                    .map(Dependency::as_template_map)
                    .collect(),
            ),
        );
        m.insert("Type".into(), self.chart_type.clone().into());
        Value::Object(m)
    }
}

impl Dependency {
    /// Helm's `Dependency.Validate`.
    pub fn validate(&mut self) -> Result<(), ValidationError> {
        self.name = sanitize(&self.name);
        self.version = sanitize(&self.version);
        self.repository = sanitize(&self.repository);
        self.condition = sanitize(&self.condition);
        for t in &mut self.tags {
            *t = sanitize(t);
        }
        if !self.alias.is_empty()
            && !self
                .alias
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return Err(ValidationError(format!(
                "dependency {} has disallowed characters in the alias",
                super::gofmt::quote(&self.name)
            )));
        }
        Ok(())
    }

    /// The dependency as templates see it in `.Chart.Dependencies`.
    pub fn as_template_map(&self) -> Value {
        let mut m = Map::new();
        m.insert("Name".into(), self.name.clone().into());
        m.insert("Version".into(), self.version.clone().into());
        m.insert("Repository".into(), self.repository.clone().into());
        m.insert("Condition".into(), self.condition.clone().into());
        m.insert(
            "Tags".into(),
            Value::Array(self.tags.iter().cloned().map(Value::String).collect()),
        );
        m.insert("Enabled".into(), self.enabled.into());
        m.insert(
            "ImportValues".into(),
            Value::Array(self.import_values.clone()),
        );
        m.insert("Alias".into(), self.alias.clone().into());
        Value::Object(m)
    }
}

impl Lock {
    /// Decodes (the JSON form of) a lock file.
    pub fn from_value(v: &Value) -> Result<Self, DecodeError> {
        let obj = match v {
            Value::Null => return Ok(Lock::default()),
            Value::Object(m) => m,
            other => {
                return Err(DecodeError {
                    found: json_kind(other),
                    place: "value".into(),
                    want: "v2.Lock",
                })
            }
        };
        let ctx = Ctx {
            top: "Lock",
            path: String::new(),
        };
        let mut l = Lock::default();
        get_string(obj, "generated", &ctx, &mut l.generated)?;
        get_string(obj, "digest", &ctx, &mut l.digest)?;
        let mut saw_null = false;
        if let Some(d) = decode_dependencies(obj, "dependencies", &ctx, &mut saw_null)? {
            l.dependencies = d;
        }
        Ok(l)
    }
}

/// A chart metadata validation failure (`validation: ...`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("validation: {0}")]
pub struct ValidationError(pub String);

/// Helm's `sanitizeString`: whitespace becomes a space, non-printable characters are dropped.
pub fn sanitize(s: &str) -> String {
    s.chars()
        .filter_map(|c| {
            if super::gofmt::is_space(c) {
                Some(' ')
            } else if super::gofmt::is_print(c) {
                Some(c)
            } else {
                None
            }
        })
        .collect()
}

fn put_str(m: &mut Map<String, Value>, k: &str, v: &str) {
    if !v.is_empty() {
        m.insert(k.into(), Value::String(v.to_string()));
    }
}

fn put_strs(m: &mut Map<String, Value>, k: &str, v: &[String]) {
    if !v.is_empty() {
        m.insert(
            k.into(),
            Value::Array(v.iter().cloned().map(Value::String).collect()),
        );
    }
}

impl Dependency {
    /// The JSON Helm stores and prints (`name` and `repository` always, the rest when set).
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("name".into(), Value::String(self.name.clone()));
        put_str(&mut m, "version", &self.version);
        m.insert("repository".into(), Value::String(self.repository.clone()));
        put_str(&mut m, "condition", &self.condition);
        put_strs(&mut m, "tags", &self.tags);
        if self.enabled {
            m.insert("enabled".into(), Value::Bool(true));
        }
        if !self.import_values.is_empty() {
            m.insert(
                "import-values".into(),
                Value::Array(self.import_values.clone()),
            );
        }
        put_str(&mut m, "alias", &self.alias);
        Value::Object(m)
    }
}

impl Metadata {
    /// The JSON Helm stores in releases and prints in `helm show chart` (Go's `omitempty`
    /// fields left out), keys in Go's field order.
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        put_str(&mut m, "name", &self.name);
        put_str(&mut m, "home", &self.home);
        put_strs(&mut m, "sources", &self.sources);
        put_str(&mut m, "version", &self.version);
        put_str(&mut m, "description", &self.description);
        put_strs(&mut m, "keywords", &self.keywords);
        if !self.maintainers.is_empty() {
            let ms = self
                .maintainers
                .iter()
                .map(|x| {
                    let mut mm = Map::new();
                    put_str(&mut mm, "name", &x.name);
                    put_str(&mut mm, "email", &x.email);
                    put_str(&mut mm, "url", &x.url);
                    Value::Object(mm)
                })
                .collect();
            m.insert("maintainers".into(), Value::Array(ms));
        }
        put_str(&mut m, "icon", &self.icon);
        put_str(&mut m, "apiVersion", &self.api_version);
        put_str(&mut m, "condition", &self.condition);
        put_str(&mut m, "tags", &self.tags);
        put_str(&mut m, "appVersion", &self.app_version);
        if self.deprecated {
            m.insert("deprecated".into(), Value::Bool(true));
        }
        if let Some(a) = self.annotations.as_ref().filter(|a| !a.is_empty()) {
            m.insert("annotations".into(), Value::Object(a.clone()));
        }
        put_str(&mut m, "kubeVersion", &self.kube_version);
        if let Some(d) = self.dependencies.as_ref().filter(|d| !d.is_empty()) {
            m.insert(
                "dependencies".into(),
                Value::Array(d.iter().map(Dependency::to_json).collect()),
            );
        }
        put_str(&mut m, "type", &self.chart_type);
        Value::Object(m)
    }
}

impl Lock {
    /// The JSON form of a lock (`generated`, `digest`, `dependencies`).
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("generated".into(), Value::String(self.generated.clone()));
        m.insert("digest".into(), Value::String(self.digest.clone()));
        m.insert(
            "dependencies".into(),
            Value::Array(self.dependencies.iter().map(Dependency::to_json).collect()),
        );
        Value::Object(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn decodes_like_go() {
        let v = json!({
            "apiVersion": "v2", "NAME": "demo", "version": 1.0, "appVersion": 1.10,
            "deprecated": true, "annotations": {"a": 1, "b": "x"},
            "maintainers": [{"name": "me", "email": "m@x"}],
            "dependencies": [{"name": "sub", "tags": ["t1"], "import-values": ["data", {"child": "a", "parent": "b"}]}],
            "unknown": {"ignored": true},
        });
        let m = Metadata::from_value(&v).unwrap();
        assert_eq!(m.name, "demo");
        assert_eq!(m.version, "1");
        assert_eq!(m.app_version, "1.1");
        assert!(m.deprecated);
        assert_eq!(m.annotations.unwrap()["a"], json!("1"));
        assert_eq!(m.maintainers[0].email, "m@x");
        let deps = m.dependencies.unwrap();
        assert_eq!(deps[0].tags, vec!["t1"]);
        assert_eq!(deps[0].import_values.len(), 2);
    }

    #[test]
    fn type_errors_are_go_texts() {
        let e = Metadata::from_value(&json!({"name": ["x"]})).unwrap_err();
        assert_eq!(
            e.to_string(),
            "json: cannot unmarshal array into Go struct field Metadata.name of type string"
        );
        let e = Metadata::from_value(&json!({"maintainers": [{"name": {}}]})).unwrap_err();
        assert_eq!(
            e.to_string(),
            "json: cannot unmarshal object into Go struct field Maintainer.maintainers.name of type string"
        );
        let e = Metadata::from_value(&json!({"deprecated": "yes"})).unwrap_err();
        assert_eq!(
            e.to_string(),
            "json: cannot unmarshal string into Go struct field Metadata.deprecated of type bool"
        );
        let e = Metadata::from_value(&json!(["a"])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "json: cannot unmarshal array into Go value of type v2.Metadata"
        );
    }

    #[test]
    fn float32_formatting() {
        assert_eq!(format_float32_g(1.1), "1.1");
        assert_eq!(format_float32_g(0.5), "0.5");
        assert_eq!(format_float32_g(0.0001), "0.0001");
        assert_eq!(format_float32_g(0.00001), "1e-05");
        assert_eq!(format_float32_g(1234.5), "1234.5");
        assert_eq!(format_float32_g(2.5625), "2.5625");
    }

    fn valid(v: Value) -> Result<(), String> {
        Metadata::from_value(&v)
            .unwrap()
            .validate()
            .map_err(|e| e.to_string())
    }

    #[test]
    fn validation_messages() {
        assert_eq!(
            valid(json!({"name": "a", "version": "1.0.0"})).unwrap_err(),
            "validation: chart.metadata.apiVersion is required"
        );
        assert_eq!(
            valid(json!({"apiVersion": "v2", "version": "1.0.0"})).unwrap_err(),
            "validation: chart.metadata.name is required"
        );
        assert_eq!(
            valid(json!({"apiVersion": "v2", "name": "..", "version": "1"})).unwrap_err(),
            "validation: chart.metadata.name \"..\" is not allowed"
        );
        assert_eq!(
            valid(json!({"apiVersion": "v2", "name": "a/b", "version": "1"})).unwrap_err(),
            "validation: chart.metadata.name \"a/b\" is invalid"
        );
        assert_eq!(
            valid(json!({"apiVersion": "v2", "name": "a"})).unwrap_err(),
            "validation: chart.metadata.version is required"
        );
        assert_eq!(
            valid(json!({"apiVersion": "v2", "name": "a", "version": "one"})).unwrap_err(),
            "validation: chart.metadata.version \"one\" is invalid"
        );
        assert_eq!(
            valid(json!({"apiVersion": "v2", "name": "a", "version": "1", "type": "x"}))
                .unwrap_err(),
            "validation: chart.metadata.type must be application or library"
        );
        assert_eq!(
            valid(json!({"apiVersion": "v2", "name": "a", "version": "1", "dependencies": [null]}))
                .unwrap_err(),
            "validation: dependencies must not contain empty or null nodes"
        );
        assert_eq!(
            valid(json!({"apiVersion": "v2", "name": "a", "version": "1",
                "dependencies": [{"name": "x", "alias": "a.b"}]}))
            .unwrap_err(),
            "validation: dependency \"x\" has disallowed characters in the alias"
        );
        assert_eq!(
            valid(json!({"apiVersion": "v2", "name": "a", "version": "1",
                "dependencies": [{"name": "x"}, {"name": "y", "alias": "x"}]}))
            .unwrap_err(),
            "validation: more than one dependency with name or alias \"x\""
        );
        assert!(valid(json!({"apiVersion": "v2", "name": "a", "version": "1.2.3"})).is_ok());
        let mut m =
            Metadata::from_value(&json!({"apiVersion":"v2","name":"a\tb\u{7}","version":"1"}))
                .unwrap();
        m.validate().unwrap();
        assert_eq!(m.name, "a b");
    }
}
