//! Helm's built-in objects as Go templates see them: `.Values`, `.Release`, `.Chart`,
//! `.Capabilities` and `.Files`.
//!
//! Types, printing, `toYaml`/`toJson` and method calls follow Helm 4.1.4: `.Capabilities` is a
//! `*common.Capabilities` struct pointer whose `KubeVersion` has `String`/`GitVersion` methods
//! and whose `APIVersions` (a `common.VersionSet`) has `Has`; `.Files` is an `engine.files` map
//! with `Get`, `GetBytes`, `Glob`, `Lines`, `AsConfig` and `AsSecrets`; `.Chart` is the chart
//! metadata turned into a map keyed by Go field names.

use std::any::Any;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::rc::Rc;

use base64::Engine as _;
use gotemplate::{FuncError, Function, GoType, MapRef, MapType, Member, Object, Value};

use super::glob::Glob;
use crate::chart::Metadata;

/// Helm's build information, as `helm version` of 4.1.4 reports it.
pub const HELM_VERSION: &str = "v4.1.4";
/// The Helm commit rhelm reports as its build (`.Capabilities.HelmVersion`).
pub const HELM_GIT_COMMIT: &str = "05fa37973dc9e42b76e1d2883494c87174b6074f";
/// The git tree state of that build.
pub const HELM_GIT_TREE_STATE: &str = "clean";
/// The Go version of that build.
pub const HELM_GO_VERSION: &str = "go1.25.9";
/// The Kubernetes client version of that build.
pub const HELM_KUBE_CLIENT_VERSION: &str = "v1.35";

/// The Kubernetes version `helm template` assumes without `--kube-version`.
pub const DEFAULT_KUBE_VERSION: &str = "v1.35.0";

/// The API versions Helm 4.1.4 reports without a cluster: client-go's scheme groups in priority
/// order, then the apiextensions groups.
pub const DEFAULT_API_VERSIONS: &[&str] = &[
    "v1",
    "admissionregistration.k8s.io/v1",
    "admissionregistration.k8s.io/v1alpha1",
    "admissionregistration.k8s.io/v1beta1",
    "internal.apiserver.k8s.io/v1alpha1",
    "apps/v1",
    "apps/v1beta1",
    "apps/v1beta2",
    "authentication.k8s.io/v1",
    "authentication.k8s.io/v1alpha1",
    "authentication.k8s.io/v1beta1",
    "authorization.k8s.io/v1",
    "authorization.k8s.io/v1beta1",
    "autoscaling/v1",
    "autoscaling/v2",
    "autoscaling/v2beta1",
    "autoscaling/v2beta2",
    "batch/v1",
    "batch/v1beta1",
    "certificates.k8s.io/v1",
    "certificates.k8s.io/v1beta1",
    "certificates.k8s.io/v1alpha1",
    "coordination.k8s.io/v1alpha2",
    "coordination.k8s.io/v1beta1",
    "coordination.k8s.io/v1",
    "discovery.k8s.io/v1",
    "discovery.k8s.io/v1beta1",
    "events.k8s.io/v1",
    "events.k8s.io/v1beta1",
    "extensions/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1",
    "flowcontrol.apiserver.k8s.io/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1beta2",
    "flowcontrol.apiserver.k8s.io/v1beta3",
    "networking.k8s.io/v1",
    "networking.k8s.io/v1beta1",
    "node.k8s.io/v1",
    "node.k8s.io/v1alpha1",
    "node.k8s.io/v1beta1",
    "policy/v1",
    "policy/v1beta1",
    "rbac.authorization.k8s.io/v1",
    "rbac.authorization.k8s.io/v1beta1",
    "rbac.authorization.k8s.io/v1alpha1",
    "resource.k8s.io/v1",
    "resource.k8s.io/v1beta2",
    "resource.k8s.io/v1beta1",
    "resource.k8s.io/v1alpha3",
    "scheduling.k8s.io/v1alpha1",
    "scheduling.k8s.io/v1beta1",
    "scheduling.k8s.io/v1",
    "storage.k8s.io/v1beta1",
    "storage.k8s.io/v1",
    "storage.k8s.io/v1alpha1",
    "storagemigration.k8s.io/v1beta1",
    "apiextensions.k8s.io/v1beta1",
    "apiextensions.k8s.io/v1",
];

/// A Kubernetes version as given with `--kube-version` (Helm's `common.KubeVersion`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KubeVersion {
    /// The full version, with a `v` prefix (`v1.33.4-gke.1`).
    pub version: String,
    /// The version without suffixes, used for constraint checks (`v1.33.4`).
    pub normalized: String,
    /// The major version (`1`).
    pub major: String,
    /// The minor version, as the server reports it (`33`, `33+`).
    pub minor: String,
}

impl Default for KubeVersion {
    fn default() -> Self {
        KubeVersion::parse(DEFAULT_KUBE_VERSION).expect("default version parses")
    }
}

impl KubeVersion {
    /// Helm's `ParseKubeVersion` (Kubernetes' generic version parser): `v?N.N[.N...]` with an
    /// optional suffix. The error text is the parser's.
    pub fn parse(input: &str) -> Result<KubeVersion, String> {
        let s = input.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
        let s = s.strip_prefix('v').unwrap_or(s);
        let end = {
            // Digits and dots; the numbers part must not end in a dot.
            let mut end = 0;
            let bytes = s.as_bytes();
            let mut i = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i > 0 {
                end = i;
                loop {
                    if end < bytes.len() && bytes[end] == b'.' {
                        let mut j = end + 1;
                        while j < bytes.len() && bytes[j].is_ascii_digit() {
                            j += 1;
                        }
                        if j > end + 1 {
                            end = j;
                            continue;
                        }
                    }
                    break;
                }
            }
            end
        };
        if end == 0 {
            return Err(format!("could not parse {} as version", go_quote(input)));
        }
        let components: Vec<&str> = s[..end].split('.').collect();
        if components.len() < 2 {
            return Err(format!("illegal version string {}", go_quote(input)));
        }
        let mut nums = Vec::new();
        for (i, c) in components.iter().enumerate() {
            if i == 0 && c.starts_with('0') && *c != "0" {
                return Err(format!(
                    "illegal zero-prefixed version component {} in {}",
                    go_quote(c),
                    go_quote(input)
                ));
            }
            let n: u64 = c.parse().map_err(|_| {
                format!(
                    "illegal non-numeric version component {} in {}: strconv.ParseUint: parsing {}: value out of range",
                    go_quote(c),
                    go_quote(input),
                    go_quote(c)
                )
            })?;
            nums.push(n);
        }
        let version = if input.starts_with('v') {
            input.to_string()
        } else {
            format!("v{input}")
        };
        let normalized = format!(
            "v{}",
            nums.iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(".")
        );
        Ok(KubeVersion {
            version,
            normalized,
            major: nums[0].to_string(),
            minor: nums[1].to_string(),
        })
    }

    /// What `String()` returns: the normalized version.
    pub fn string(&self) -> &str {
        if self.normalized.is_empty() {
            &self.version
        } else {
            &self.normalized
        }
    }
}

fn go_quote(s: &str) -> String {
    gostd::strconv::quote(s)
}

/// What `.Capabilities` describes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Capabilities {
    /// `.Capabilities.KubeVersion`.
    pub kube_version: KubeVersion,
    /// `.Capabilities.APIVersions`: the group versions and `group/version/Kind`s served.
    pub api_versions: Vec<String>,
}

impl Default for Capabilities {
    fn default() -> Self {
        Capabilities {
            kube_version: KubeVersion::default(),
            api_versions: DEFAULT_API_VERSIONS.iter().map(|s| s.to_string()).collect(),
        }
    }
}

impl Capabilities {
    /// `helm template`'s capabilities: the defaults, `--kube-version` and extra API versions.
    pub fn for_template(kube_version: Option<KubeVersion>, extra_apis: &[String]) -> Self {
        let mut c = Capabilities::default();
        if let Some(k) = kube_version {
            c.kube_version = k;
        }
        c.api_versions.extend(extra_apis.iter().cloned());
        c
    }

    /// The template value (`*common.Capabilities`).
    pub fn to_value(&self) -> Value {
        Value::object(CapabilitiesObj {
            kube: Rc::new(KubeVersionObj(self.kube_version.clone())),
            apis: Rc::new(VersionSetObj(Rc::new(self.api_versions.clone()))),
            helm: Rc::new(BuildInfoObj),
        })
    }
}

struct CapabilitiesObj {
    kube: Rc<KubeVersionObj>,
    apis: Rc<VersionSetObj>,
    helm: Rc<BuildInfoObj>,
}

impl Object for CapabilitiesObj {
    fn type_name(&self) -> &'static str {
        "*common.Capabilities"
    }
    fn member(&self, name: &str) -> Option<Member> {
        let v = match name {
            "KubeVersion" => Value::Object(self.kube.clone()),
            "APIVersions" => Value::Object(self.apis.clone()),
            "HelmVersion" => Value::Object(self.helm.clone()),
            _ => return None,
        };
        Some(Member::Field(v))
    }
    fn format(&self) -> Cow<'_, str> {
        format!(
            "{{{} {} {}}}",
            gotemplate::gofmt::format_v(&Value::Object(self.kube.clone())),
            self.apis.format(),
            self.helm.format()
        )
        .into()
    }
    fn struct_fields(&self) -> Option<Vec<(&'static str, Value)>> {
        Some(vec![
            ("KubeVersion", Value::Object(self.kube.clone())),
            ("APIVersions", Value::Object(self.apis.clone())),
            ("HelmVersion", Value::Object(self.helm.clone())),
        ])
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn to_json(&self) -> Option<serde_json::Value> {
        let mut m = serde_json::Map::new();
        m.insert("KubeVersion".into(), self.kube.to_json()?);
        m.insert("APIVersions".into(), self.apis.to_json()?);
        m.insert("HelmVersion".into(), self.helm.to_json()?);
        Some(serde_json::Value::Object(m))
    }
}

struct KubeVersionObj(KubeVersion);

impl Object for KubeVersionObj {
    fn type_name(&self) -> &'static str {
        "common.KubeVersion"
    }
    fn kind(&self) -> &'static str {
        "struct"
    }
    fn member(&self, name: &str) -> Option<Member> {
        let k = &self.0;
        match name {
            "Version" => Some(Member::Field(Value::str(k.version.as_str()))),
            "Major" => Some(Member::Field(Value::str(k.major.as_str()))),
            "Minor" => Some(Member::Field(Value::str(k.minor.as_str()))),
            "String" => {
                let s = k.string().to_string();
                Some(Member::Method(Function::pure(
                    "String",
                    vec![],
                    None,
                    move |_| Ok(Value::str(s.as_str())),
                )))
            }
            "GitVersion" => {
                let s = k.version.clone();
                Some(Member::Method(Function::pure(
                    "GitVersion",
                    vec![],
                    None,
                    move |_| Ok(Value::str(s.as_str())),
                )))
            }
            _ => None,
        }
    }
    /// Templates print the addressable field through its `String` method.
    fn format(&self) -> Cow<'_, str> {
        self.0.string().to_string().into()
    }
    /// A copy (what a function receives) has no `String` method: fmt prints all four fields.
    fn struct_fields(&self) -> Option<Vec<(&'static str, Value)>> {
        let k = &self.0;
        Some(vec![
            ("Version", Value::str(k.version.as_str())),
            ("normalizedVersion", Value::str(k.normalized.as_str())),
            ("Major", Value::str(k.major.as_str())),
            ("Minor", Value::str(k.minor.as_str())),
        ])
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn to_json(&self) -> Option<serde_json::Value> {
        let k = &self.0;
        let mut m = serde_json::Map::new();
        m.insert("Version".into(), k.version.clone().into());
        m.insert("Major".into(), k.major.clone().into());
        m.insert("Minor".into(), k.minor.clone().into());
        Some(serde_json::Value::Object(m))
    }
}

struct VersionSetObj(Rc<Vec<String>>);

impl Object for VersionSetObj {
    fn type_name(&self) -> &'static str {
        "common.VersionSet"
    }
    fn kind(&self) -> &'static str {
        "slice"
    }
    fn member(&self, name: &str) -> Option<Member> {
        match name {
            "Has" => {
                let set = self.0.clone();
                Some(Member::Method(Function::pure(
                    "Has",
                    vec![GoType::String],
                    None,
                    move |a| {
                        let want = a[0].as_str().unwrap_or("");
                        Ok(Value::Bool(set.iter().any(|v| v == want)))
                    },
                )))
            }
            _ => None,
        }
    }
    fn format(&self) -> Cow<'_, str> {
        format!("[{}]", self.0.join(" ")).into()
    }
    fn underlying(&self) -> Option<Value> {
        Some(Value::typed_list(
            GoType::String,
            self.0.iter().map(|v| Value::str(v.as_str())).collect(),
        ))
    }
    fn truthy(&self) -> bool {
        !self.0.is_empty()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn to_json(&self) -> Option<serde_json::Value> {
        Some(serde_json::Value::Array(
            self.0
                .iter()
                .cloned()
                .map(serde_json::Value::String)
                .collect(),
        ))
    }
}

struct BuildInfoObj;

impl Object for BuildInfoObj {
    fn type_name(&self) -> &'static str {
        "version.BuildInfo"
    }
    fn kind(&self) -> &'static str {
        "struct"
    }
    fn member(&self, name: &str) -> Option<Member> {
        let v = match name {
            "Version" => HELM_VERSION,
            "GitCommit" => HELM_GIT_COMMIT,
            "GitTreeState" => HELM_GIT_TREE_STATE,
            "GoVersion" => HELM_GO_VERSION,
            "KubeClientVersion" => HELM_KUBE_CLIENT_VERSION,
            _ => return None,
        };
        Some(Member::Field(Value::str(v)))
    }
    fn format(&self) -> Cow<'_, str> {
        format!(
            "{{{HELM_VERSION} {HELM_GIT_COMMIT} {HELM_GIT_TREE_STATE} {HELM_GO_VERSION} {HELM_KUBE_CLIENT_VERSION}}}"
        ).into()
    }
    fn struct_fields(&self) -> Option<Vec<(&'static str, Value)>> {
        Some(vec![
            ("Version", Value::str(HELM_VERSION)),
            ("GitCommit", Value::str(HELM_GIT_COMMIT)),
            ("GitTreeState", Value::str(HELM_GIT_TREE_STATE)),
            ("GoVersion", Value::str(HELM_GO_VERSION)),
            ("KubeClientVersion", Value::str(HELM_KUBE_CLIENT_VERSION)),
        ])
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn to_json(&self) -> Option<serde_json::Value> {
        let mut m = serde_json::Map::new();
        m.insert("version".into(), HELM_VERSION.into());
        m.insert("git_commit".into(), HELM_GIT_COMMIT.into());
        m.insert("git_tree_state".into(), HELM_GIT_TREE_STATE.into());
        m.insert("go_version".into(), HELM_GO_VERSION.into());
        m.insert(
            "kube_client_version".into(),
            HELM_KUBE_CLIENT_VERSION.into(),
        );
        Some(serde_json::Value::Object(m))
    }
}

/// `.Files`: a chart's non-template files by name (Helm's `engine.files`), and its `%v` text
/// once something has printed it (the files never change, and charts that print the whole
/// context, `.Files` included, tend to do so many times: the text is several times the size
/// of the files).
#[derive(Clone, Default)]
pub struct Files(
    /// Shared with the chart: a file is copied only when a template asks for its bytes.
    pub Rc<BTreeMap<String, std::sync::Arc<[u8]>>>,
    Rc<std::cell::OnceCell<String>>,
);

impl Files {
    /// The files of a chart, by name.
    pub fn new(files: &[crate::chart::File]) -> Files {
        Files(
            Rc::new(
                files
                    .iter()
                    .map(|f| (f.name.clone(), f.data.clone()))
                    .collect(),
            ),
            Rc::default(),
        )
    }

    /// Go's `%v` of a `map[string][]byte`: `map[a:[104 105] b:[]]`, written into one buffer
    /// sized up front.
    fn go_text(&self) -> String {
        // At most three digits and a separator per byte.
        let size: usize = self.0.iter().map(|(k, v)| k.len() + 4 + 4 * v.len()).sum();
        let mut out = String::with_capacity(size + 5);
        out.push_str("map[");
        for (i, (k, v)) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(k);
            out.push_str(":[");
            for (j, &b) in v.iter().enumerate() {
                if j > 0 {
                    out.push(' ');
                }
                if b >= 100 {
                    out.push(char::from(b'0' + b / 100));
                }
                if b >= 10 {
                    out.push(char::from(b'0' + b / 10 % 10));
                }
                out.push(char::from(b'0' + b % 10));
            }
            out.push(']');
        }
        out.push(']');
        out
    }

    /// The bytes of a file, empty when there is none (as Helm's `Files` reads a missing key).
    fn bytes(&self, name: &str) -> &[u8] {
        self.0.get(name).map_or(&[], |d| d)
    }

    /// `GetBytes`: a copy of the file's bytes (empty when there is none).
    pub fn get_bytes(&self, name: &str) -> Rc<[u8]> {
        Rc::from(self.bytes(name))
    }

    /// `Get`: the file as a Go string, which keeps bytes that are not UTF-8
    /// ([`gotemplate::gostr`]).
    pub fn get(&self, name: &str) -> Value {
        gotemplate::sprig::strings::go_string(self.bytes(name))
    }

    /// The files whose names match a gobwas-style glob (`/` separates); a bad pattern
    /// matches everything, as in Helm.
    pub fn glob(&self, pattern: &str) -> Files {
        let g = Glob::compile(pattern).unwrap_or_else(|_| Glob::compile("**").expect("valid"));
        Files(
            Rc::new(
                self.0
                    .iter()
                    .filter(|(k, _)| g.matches(k))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            ),
            Rc::default(),
        )
    }

    /// `Lines`: the file split on `\n`, one final newline dropped. Helm looks at the last
    /// byte without checking the length, so an empty file fails as Go's runtime does.
    /// The lines are template text ([`gotemplate::gostr`]).
    pub fn lines(&self, name: &str) -> Result<Vec<String>, FuncError> {
        let Some(data) = self.0.get(name) else {
            return Ok(vec![]);
        };
        if data.is_empty() {
            return Err(FuncError::new("runtime error: index out of range [-1]"));
        }
        // Template text: bytes that are not UTF-8 stay escaped ([`gotemplate::gostr`]).
        let s = gotemplate::gostr::from_bytes(data);
        let s = s.strip_suffix('\n').unwrap_or(&s);
        Ok(s.split('\n').map(str::to_string).collect())
    }

    fn by_base(&self, f: impl Fn(&[u8]) -> String) -> String {
        let m: BTreeMap<String, Value> = self
            .0
            .iter()
            .map(|(k, v)| {
                let base = k.rsplit('/').next().unwrap_or(k).to_string();
                (base, Value::str(f(v)))
            })
            .collect();
        super::funcs::to_yaml(&Value::typed_map(GoType::String, m))
    }

    /// `AsConfig`: the files as a YAML map of base names to their text.
    pub fn as_config(&self) -> String {
        self.by_base(|v| gotemplate::gostr::from_bytes(v).into_owned())
    }

    /// `AsSecrets`: the files as a YAML map of base names to base64 of their bytes.
    pub fn as_secrets(&self) -> String {
        self.by_base(|v| base64::engine::general_purpose::STANDARD.encode(v))
    }

    /// The template value (`.Files`).
    pub fn to_value(&self) -> Value {
        Value::object(self.clone())
    }
}

impl Object for Files {
    fn type_name(&self) -> &'static str {
        "engine.files"
    }
    fn underlying(&self) -> Option<Value> {
        Some(Value::typed_map(
            GoType::Bytes,
            self.0
                .iter()
                .map(|(k, v)| (k.clone(), Value::Bytes(Rc::from(&v[..]))))
                .collect(),
        ))
    }
    fn kind(&self) -> &'static str {
        "map"
    }
    fn member(&self, name: &str) -> Option<Member> {
        let me = self.clone();
        let s = || vec![GoType::String];
        let f = match name {
            "Get" => Function::pure("Get", s(), None, move |a| {
                Ok(me.get(a[0].as_str().unwrap_or("")))
            }),
            "GetBytes" => Function::pure("GetBytes", s(), None, move |a| {
                Ok(Value::Bytes(me.get_bytes(a[0].as_str().unwrap_or(""))))
            }),
            "Glob" => Function::pure("Glob", s(), None, move |a| {
                Ok(me.glob(a[0].as_str().unwrap_or("")).to_value())
            }),
            "Lines" => Function::pure("Lines", s(), None, move |a| {
                Ok(Value::typed_list(
                    GoType::String,
                    me.lines(a[0].as_str().unwrap_or(""))?
                        .into_iter()
                        .map(Value::from)
                        .collect(),
                ))
            }),
            "AsConfig" => Function::pure("AsConfig", vec![], None, move |_| {
                Ok(Value::text(&me.as_config()))
            }),
            "AsSecrets" => Function::pure("AsSecrets", vec![], None, move |_| {
                Ok(Value::str(me.as_secrets()))
            }),
            _ => return None,
        };
        Some(Member::Method(f))
    }
    fn format(&self) -> Cow<'_, str> {
        self.1.get_or_init(|| self.go_text()).as_str().into()
    }
    fn deep_equal(&self, other: &dyn Object) -> Option<bool> {
        let other = other.as_any().downcast_ref::<Files>()?;
        Some(Rc::ptr_eq(&self.0, &other.0) || self.0 == other.0)
    }
    fn truthy(&self) -> bool {
        !self.0.is_empty()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn to_json(&self) -> Option<serde_json::Value> {
        Some(serde_json::Value::Object(
            self.0
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        serde_json::Value::String(
                            base64::engine::general_purpose::STANDARD.encode(v),
                        ),
                    )
                })
                .collect(),
        ))
    }
}

/// Helm's `common.Values`, a named `map[string]interface {}`: `.Values`, the top-level object
/// and `.Template` have this type, with its methods `YAML`, `Table`, `AsMap`, `Encode` and
/// `PathValue`. Maps inside it are plain maps.
pub struct ValuesType;

const VALUES_TYPE: &str = "common.Values";

impl ValuesType {
    /// `v` (a map) seen as a `common.Values`; other values are returned unchanged.
    pub fn wrap(v: &Value) -> Value {
        match v {
            Value::Map(m) => Value::Map(Self::wrap_ref(m)),
            other => other.clone(),
        }
    }

    /// The same map seen as a `common.Values`.
    pub fn wrap_ref(m: &MapRef) -> MapRef {
        m.with_type(Some(Rc::new(ValuesType)))
    }

    /// A new, empty `common.Values`.
    pub fn empty() -> Value {
        Value::named_map(Rc::new(ValuesType), BTreeMap::new())
    }

    /// Helm's `tableLookup`: the map under `key` when it is a `map[string]interface {}` (or
    /// already a `common.Values`).
    fn lookup(m: &MapRef, key: &str) -> Result<MapRef, FuncError> {
        match m.borrow().entries.get(key) {
            Some(Value::Map(inner))
                if inner.named().is_some_and(|t| t.type_name() == VALUES_TYPE)
                    || (inner.named().is_none() && inner.borrow().elem == GoType::Interface) =>
            {
                Ok(Self::wrap_ref(inner))
            }
            _ => Err(FuncError(format!("{} is not a table", go_quote(key)))),
        }
    }

    /// `Values.Table(name)`: a dotted path of tables.
    pub fn table(m: &MapRef, name: &str) -> Result<MapRef, FuncError> {
        let mut t = Self::wrap_ref(m);
        for part in name.split('.') {
            t = Self::lookup(&t, part)?;
        }
        Ok(t)
    }

    /// Helm's `istable`: a plain `map[string]interface {}`.
    fn is_table(v: &Value) -> bool {
        matches!(v, Value::Map(m) if m.named().is_none() && m.borrow().elem == GoType::Interface)
    }

    /// `Values.PathValue(path)`: the non-table value at a dotted path.
    pub fn path_value(m: &MapRef, path: &str) -> Result<Value, FuncError> {
        if path.is_empty() {
            return Err(FuncError::new("YAML path cannot be empty"));
        }
        let no_value = |k: &str| FuncError(format!("{} is not a value", go_quote(k)));
        let (table, key) = match path.rsplit_once('.') {
            None => (m.clone(), path),
            Some((rest, key)) => (Self::table(m, rest).map_err(|_| no_value(key))?, key),
        };
        let found = table.borrow().entries.get(key).cloned();
        match found {
            Some(v) if !Self::is_table(&v) => Ok(v),
            _ => Err(no_value(key)),
        }
    }
}

impl MapType for ValuesType {
    fn type_name(&self) -> &'static str {
        VALUES_TYPE
    }

    fn method(&self, recv: &MapRef, name: &str) -> Option<Function> {
        let me = recv.clone();
        let s = || vec![GoType::String];
        let f = match name {
            "YAML" => Function::pure("YAML", vec![], None, move |_| {
                let v = Value::Map(me.clone());
                if let Some(t) = super::funcs::unsupported_json_type(&v) {
                    return Err(FuncError(format!(
                        "error marshaling into JSON: json: unsupported type: {t}"
                    )));
                }
                Ok(Value::text(&goyaml::to_string(&v.to_json())))
            }),
            "Table" => Function::pure("Table", s(), None, move |a| {
                Ok(Value::Map(ValuesType::table(
                    &me,
                    a[0].as_str().unwrap_or(""),
                )?))
            }),
            "AsMap" => Function::pure("AsMap", vec![], None, move |_| {
                if me.borrow().entries.is_empty() {
                    Ok(Value::map(BTreeMap::new()))
                } else {
                    Ok(Value::Map(me.with_type(None)))
                }
            }),
            // A template can only pass nil for the io.Writer, which Go dereferences.
            "Encode" => Function::pure("Encode", vec![GoType::Named("io.Writer")], None, |_| {
                Err(FuncError::new(
                    "runtime error: invalid memory address or nil pointer dereference",
                ))
            }),
            "PathValue" => Function::pure("PathValue", s(), None, move |a| {
                ValuesType::path_value(&me, a[0].as_str().unwrap_or(""))
            }),
            _ => return None,
        };
        Some(f)
    }
}

/// Converts values (JSON from the chart layer) to template values: floating-point numbers are
/// Go `float64`s, integer numbers (only `--set` makes them) Go `int64`s.
pub fn values_to_template(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Nil,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => {
            if n.is_f64() {
                Value::Float(n.as_f64().unwrap_or(0.0))
            } else if let Some(i) = n.as_i64() {
                Value::Int64(i)
            } else {
                Value::Float(n.as_f64().unwrap_or(0.0))
            }
        }
        serde_json::Value::String(s) => Value::text(s),
        serde_json::Value::Array(a) => Value::list(a.iter().map(values_to_template).collect()),
        serde_json::Value::Object(m) => map_to_template(m),
    }
}

/// [`values_to_template`] of a JSON object (without wrapping, and so copying, it first).
pub fn map_to_template(m: &serde_json::Map<String, serde_json::Value>) -> Value {
    Value::map(
        m.iter()
            .map(|(k, v)| {
                (
                    gotemplate::gostr::from_text(k).into_owned(),
                    values_to_template(v),
                )
            })
            .collect(),
    )
}

/// `.Release`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReleaseOptions {
    /// `.Release.Name`.
    pub name: String,
    /// `.Release.Namespace`.
    pub namespace: String,
    /// `.Release.Revision`.
    pub revision: i64,
    /// `.Release.IsInstall`.
    pub is_install: bool,
    /// `.Release.IsUpgrade`.
    pub is_upgrade: bool,
}

impl ReleaseOptions {
    /// The template value (`.Release`).
    pub fn to_value(&self) -> Value {
        let mut m = BTreeMap::new();
        m.insert("Name".to_string(), Value::str(self.name.as_str()));
        m.insert("Namespace".to_string(), Value::str(self.namespace.as_str()));
        m.insert("IsUpgrade".to_string(), Value::Bool(self.is_upgrade));
        m.insert("IsInstall".to_string(), Value::Bool(self.is_install));
        m.insert("Revision".to_string(), Value::Int(self.revision));
        m.insert("Service".to_string(), Value::str("Helm"));
        Value::map(m)
    }
}

/// `.Chart`: Helm's `structToMap` of the metadata (Go field names; slices become
/// `[]interface {}`, nested structs maps), plus `IsRoot`.
pub fn chart_value(meta: &Metadata, is_root: bool) -> Value {
    let strs = |v: &[String]| Value::list(v.iter().map(|s| Value::str(s.as_str())).collect());
    let s = |v: &str| Value::str(v);
    let mut m = BTreeMap::new();
    m.insert("Name".to_string(), s(&meta.name));
    m.insert("Home".to_string(), s(&meta.home));
    m.insert("Sources".to_string(), strs(&meta.sources));
    m.insert("Version".to_string(), s(&meta.version));
    m.insert("Description".to_string(), s(&meta.description));
    m.insert("Keywords".to_string(), strs(&meta.keywords));
    m.insert(
        "Maintainers".to_string(),
        Value::list(
            meta.maintainers
                .iter()
                .map(|x| {
                    let mut mm = BTreeMap::new();
                    mm.insert("Name".to_string(), s(&x.name));
                    mm.insert("Email".to_string(), s(&x.email));
                    mm.insert("URL".to_string(), s(&x.url));
                    Value::map(mm)
                })
                .collect(),
        ),
    );
    m.insert("Icon".to_string(), s(&meta.icon));
    m.insert("APIVersion".to_string(), s(&meta.api_version));
    m.insert("Condition".to_string(), s(&meta.condition));
    m.insert("Tags".to_string(), s(&meta.tags));
    m.insert("AppVersion".to_string(), s(&meta.app_version));
    m.insert("Deprecated".to_string(), Value::Bool(meta.deprecated));
    let annotations: BTreeMap<String, Value> = meta
        .annotations
        .iter()
        .flatten()
        .map(|(k, v)| {
            let text = match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (k.clone(), Value::str(text))
        })
        .collect();
    // Helm's chart.Metadata leaves Annotations a nil map when Chart.yaml has none.
    let annotations = match meta.annotations {
        Some(_) => Value::typed_map(GoType::String, annotations),
        None => gotemplate::NilMap::value("map[string]string", GoType::String),
    };
    m.insert("Annotations".to_string(), annotations);
    m.insert("KubeVersion".to_string(), s(&meta.kube_version));
    m.insert(
        "Dependencies".to_string(),
        Value::list(
            meta.dependencies
                .iter()
                .flatten()
                .map(|d| {
                    let mut dm = BTreeMap::new();
                    dm.insert("Name".to_string(), s(&d.name));
                    dm.insert("Version".to_string(), s(&d.version));
                    dm.insert("Repository".to_string(), s(&d.repository));
                    dm.insert("Condition".to_string(), s(&d.condition));
                    dm.insert("Tags".to_string(), strs(&d.tags));
                    dm.insert("Enabled".to_string(), Value::Bool(d.enabled));
                    dm.insert(
                        "ImportValues".to_string(),
                        Value::list(d.import_values.iter().map(values_to_template).collect()),
                    );
                    dm.insert("Alias".to_string(), s(&d.alias));
                    Value::map(dm)
                })
                .collect(),
        ),
    );
    m.insert("Type".to_string(), s(&meta.chart_type));
    m.insert("IsRoot".to_string(), Value::Bool(is_root));
    Value::map(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kube_versions_parse_like_kubernetes() {
        let k = KubeVersion::parse("1.33.0").unwrap();
        assert_eq!(
            (
                k.version.as_str(),
                k.string(),
                k.major.as_str(),
                k.minor.as_str()
            ),
            ("v1.33.0", "v1.33.0", "1", "33")
        );
        let k = KubeVersion::parse("v1.33.4-gke.1").unwrap();
        assert_eq!(
            (k.version.as_str(), k.string()),
            ("v1.33.4-gke.1", "v1.33.4")
        );
        assert_eq!(
            KubeVersion::parse("1").unwrap_err(),
            "illegal version string \"1\""
        );
        assert_eq!(
            KubeVersion::parse("abc").unwrap_err(),
            "could not parse \"abc\" as version"
        );
    }

    #[test]
    fn files_lines_glob_and_config() {
        let files = Files::new(&[
            crate::chart::File {
                name: "conf/a.txt".into(),
                data: b"x\ny\n".to_vec().into(),
            },
            crate::chart::File {
                name: "conf/sub/b.txt".into(),
                data: b"z".to_vec().into(),
            },
        ]);
        assert_eq!(files.lines("conf/a.txt").unwrap(), vec!["x", "y"]);
        assert!(files.lines("nope").unwrap().is_empty());
        let bin = Files::new(&[crate::chart::File {
            name: "b".into(),
            data: vec![0, 0xfe].into(),
        }]);
        assert_eq!(
            gotemplate::sprig::strings::go_string_bytes(&bin.get("b")).as_deref(),
            Some(&[0u8, 0xfe][..])
        );
        assert_eq!(files.glob("conf/*").0.len(), 1);
        assert_eq!(files.glob("conf/**").0.len(), 2);
        assert_eq!(files.glob("conf/*").as_config(), "a.txt: |\n  x\n  y");
        assert_eq!(files.glob("**/b.txt").as_secrets(), "b.txt: eg==");
    }

    #[test]
    fn files_print_as_go_prints_a_map_of_byte_slices() {
        let file = |name: &str, data: Vec<u8>| crate::chart::File {
            name: name.into(),
            data: data.into(),
        };
        let files = Files::new(&[
            file("b", vec![]),
            file("a.txt", b"hi".to_vec()),
            file("c", vec![0, 9, 10, 99, 100, 255]),
        ]);
        let want = "map[a.txt:[104 105] b:[] c:[0 9 10 99 100 255]]";
        assert_eq!(files.format(), want);
        // Printed again: the kept text itself, not a copy of it.
        assert!(matches!(files.format(), std::borrow::Cow::Borrowed(s) if s == want));
        // Through fmt as part of a larger value.
        let ctx = Value::map(BTreeMap::from([("Files".to_string(), files.to_value())]));
        assert_eq!(
            gotemplate::gofmt::sprint(&[ctx]),
            format!("map[Files:{want}]")
        );
        // Every byte value, against Rust's own decimal printing.
        let all: Vec<u8> = (0..=255).collect();
        let digits: Vec<String> = all.iter().map(u8::to_string).collect();
        assert_eq!(
            Files::new(&[file("x", all)]).format(),
            format!("map[x:[{}]]", digits.join(" "))
        );
        assert_eq!(Files::default().format(), "map[]");
    }

    #[test]
    fn files_compare_by_contents_without_printing() {
        let file = |name: &str, data: &[u8]| crate::chart::File {
            name: name.into(),
            data: data.to_vec().into(),
        };
        let a = Files::new(&[file("a", b"1"), file("b", b"2")]);
        // Built apart, the same files: equal (Sprig's `has`, `uniq` use reflect.DeepEqual).
        let same = Files::new(&[file("a", b"1"), file("b", b"2")]);
        let other = Files::new(&[file("a", b"1"), file("b", b"3")]);
        assert!(a.to_value().deep_equal(&same.to_value()));
        assert!(a.to_value().deep_equal(&a.to_value()));
        assert!(!a.to_value().deep_equal(&other.to_value()));
        assert!(!a.to_value().deep_equal(&a.glob("a").to_value()));
        // Deciding it printed neither.
        assert!(a.1.get().is_none() && same.1.get().is_none() && other.1.get().is_none());
    }

    #[test]
    fn values_tables_and_paths() {
        let v = ValuesType::wrap(&values_to_template(
            &serde_json::json!({"a": {"b": {"c": 1.5}}, "s": "x"}),
        ));
        let Value::Map(m) = v else { panic!() };
        let t = ValuesType::table(&m, "a.b").unwrap();
        assert_eq!(Value::Map(t).go_type().to_string(), "common.Values");
        assert_eq!(
            ValuesType::table(&m, "a.x").unwrap_err().0,
            "\"x\" is not a table"
        );
        assert!(matches!(ValuesType::path_value(&m, "a.b.c"), Ok(Value::Float(f)) if f == 1.5));
        assert!(matches!(
            ValuesType::path_value(&m, "s"),
            Ok(Value::String(_))
        ));
        assert_eq!(
            ValuesType::path_value(&m, "a.b").unwrap_err().0,
            "\"b\" is not a value"
        );
        assert_eq!(
            ValuesType::path_value(&m, "").unwrap_err().0,
            "YAML path cannot be empty"
        );
    }

    #[test]
    fn set_integers_stay_int64() {
        let v = values_to_template(&serde_json::json!({"a": 1, "b": 1.0}));
        let Value::Map(m) = v else { panic!() };
        assert!(matches!(m.borrow().entries["a"], Value::Int64(1)));
        assert!(matches!(m.borrow().entries["b"], Value::Float(_)));
    }
}
