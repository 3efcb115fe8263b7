//! helm-diff's manifest parsing (`manifest/parse.go`): a release manifest becomes a map from
//! `"<namespace>, <name>, <Kind> (<group>)"` to the document's text.

use std::collections::BTreeMap;

use serde_json::Value;

use super::DiffError;

/// The largest document helm-diff's scanner accepts (10 MiB).
const MAX_DOCUMENT: usize = 10 * 1024 * 1024;

const HOOK: &str = "helm.sh/hook";
const RESOURCE_POLICY: &str = "helm.sh/resource-policy";
const BASE_NAME: &str = "helm-diff/base-name";

/// One object of a manifest.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// `"<namespace>, <name>, <Kind> (<group>)"` (or the template path for `diff release`).
    pub key: String,
    /// `apiVersion`.
    pub api_version: String,
    /// `kind`.
    pub kind: String,
    /// `metadata.name` as written (the key uses `helm-diff/base-name` when set).
    pub name: String,
    /// `metadata.namespace`, or the default namespace when empty.
    pub namespace: String,
    /// The text that is diffed: the trimmed document (its `# Source:` line included), or its
    /// re-serialisation (normalized, List items, live objects).
    pub content: String,
    /// `helm.sh/resource-policy`, `""` if none.
    pub resource_policy: String,
    /// `helm.sh/hook`, `""` if none.
    pub hook: String,
}

/// How a manifest is read.
#[derive(Clone, Debug, Default)]
pub struct ParseOptions {
    /// `HELM_NAMESPACE`: the namespace of objects without one (cluster-scoped ones too).
    pub default_namespace: String,
    /// `--normalize-manifests`: re-serialise every document (sorted keys, comments dropped).
    pub normalize: bool,
    /// `--include-tests`: keep objects whose `helm.sh/hook` is `test` or `test-success`.
    pub include_tests: bool,
}

/// A parsed manifest.
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    /// The objects by key.
    pub docs: BTreeMap<String, Document>,
    /// Keys seen more than once, in the order met (the first object was kept). helm-diff logs
    /// `Error: Found duplicate key "<key>" in manifest` for each and carries on.
    pub duplicates: Vec<String>,
}

/// Splits and indexes a manifest as helm-diff does.
pub fn parse(manifest: &str, opts: &ParseOptions) -> Result<Parsed, DiffError> {
    let text = format!("\n{manifest}");
    let mut parsed = Parsed::default();
    for (index, chunk) in text.split("\n---\n").enumerate() {
        if chunk.len() > MAX_DOCUMENT {
            return Err(DiffError::DocumentTooLarge {
                index,
                size: chunk.len(),
            });
        }
        let content = chunk.trim();
        if content.is_empty() {
            continue;
        }
        for doc in parse_content(content.to_string(), opts)? {
            if parsed.docs.contains_key(&doc.key) {
                parsed.duplicates.push(doc.key);
            } else {
                parsed.docs.insert(doc.key.clone(), doc);
            }
        }
    }
    Ok(parsed)
}

/// `diff release`: [`parse`], then every object is keyed by its template path (the first
/// line of its content minus `# Source: `), in the order of the original keys; a path seen
/// again gets ` 2`, ` 3`, … appended.
pub fn parse_by_source(manifest: &str, opts: &ParseOptions) -> Result<Parsed, DiffError> {
    let parsed = parse(manifest, opts)?;
    let mut docs = BTreeMap::new();
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for (_, mut doc) in parsed.docs {
        let first = doc.content.split('\n').next().unwrap_or_default();
        let source = first.replacen("# Source: ", "", 1);
        let n = count.entry(source.clone()).or_insert(0);
        *n += 1;
        doc.key = if docs.contains_key(&source) {
            format!("{source} {n}")
        } else {
            source
        };
        docs.insert(doc.key.clone(), doc);
    }
    Ok(Parsed {
        docs,
        duplicates: parsed.duplicates,
    })
}

/// A document for an object held as JSON (a live object, a three-way merge result): its
/// content is the object as sigs.k8s.io/yaml writes it (sorted keys), without the final
/// newline, as helm-diff's parser leaves it; keyed like [`parse`].
pub fn document_from_object(obj: &Value, default_namespace: &str) -> Document {
    let content = goyaml::to_string(obj).trim().to_string();
    let meta = Meta::of(obj);
    meta.document(content, default_namespace)
}

/// helm-diff's tidy-up of a live object before it is diffed (`deleteStatusAndTidyMetadata`):
/// drops `status`, the server-set metadata (`managedFields`, `generation`,
/// `creationTimestamp`, `resourceVersion`, `uid`), Helm's ownership annotations and
/// `deployment.kubernetes.io/revision`, and an `annotations` map left empty.
pub fn tidy_live_object(obj: &mut Value) {
    let Some(map) = obj.as_object_mut() else {
        return;
    };
    map.remove("status");
    let Some(meta) = map.get_mut("metadata").and_then(Value::as_object_mut) else {
        return;
    };
    for k in [
        "managedFields",
        "generation",
        "creationTimestamp",
        "resourceVersion",
        "uid",
    ] {
        meta.remove(k);
    }
    if let Some(ann) = meta.get_mut("annotations").and_then(Value::as_object_mut) {
        for k in [
            "meta.helm.sh/release-name",
            "meta.helm.sh/release-namespace",
            "deployment.kubernetes.io/revision",
        ] {
            ann.remove(k);
        }
        if ann.is_empty() {
            meta.remove("annotations");
        }
    }
}

/// The release that owns a live object, as `--take-ownership` compares it:
/// `"<meta.helm.sh/release-namespace>/" + "<meta.helm.sh/release-name>"`, each part only when
/// the annotation is there (so `""` for an unowned object).
pub fn release_owner(obj: &Value) -> String {
    let ann = obj.pointer("/metadata/annotations");
    let get = |k: &str| ann.and_then(|a| a.get(k)).and_then(Value::as_str);
    let mut owner = String::new();
    if let Some(ns) = get("meta.helm.sh/release-namespace") {
        owner.push_str(ns);
        owner.push('/');
    }
    if let Some(name) = get("meta.helm.sh/release-name") {
        owner.push_str(name);
    }
    owner
}

/// `--normalize-manifests`: yaml.v2 `Unmarshal` into a map, then `Marshal` (keys sorted,
/// comments dropped, a final newline; an empty document gives `{}\n`).
pub fn normalize_content(content: &str) -> Result<String, DiffError> {
    match goyaml::remarshal_map(content) {
        Ok(Some(text)) => Ok(text),
        Ok(None) => Err(DiffError::Normalize(
            "the document is not a mapping (cannot unmarshal it into map[interface {}]interface {})"
                .to_string(),
        )),
        Err(e) => Err(DiffError::Normalize(e.inner().to_string())),
    }
}

fn yaml_tag(v: &Value) -> &'static str {
    match v {
        Value::Array(_) => "!!seq",
        Value::String(_) => "!!str",
        Value::Number(_) => "a number",
        Value::Bool(_) => "!!bool",
        _ => "a value",
    }
}

/// The fields helm-diff reads from a document.
#[derive(Default)]
struct Meta {
    api_version: String,
    kind: String,
    name: String,
    namespace: String,
    annotations: BTreeMap<String, String>,
}

/// A scalar as yaml.v2 stores it in a string field.
fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

impl Meta {
    fn of(v: &Value) -> Meta {
        let field = |p: &str| v.pointer(p).map(scalar_text).unwrap_or_default();
        let annotations = v
            .pointer("/metadata/annotations")
            .and_then(Value::as_object)
            .map(|m| m.iter().map(|(k, v)| (k.clone(), scalar_text(v))).collect())
            .unwrap_or_default();
        Meta {
            api_version: field("/apiVersion"),
            kind: field("/kind"),
            name: field("/metadata/name"),
            namespace: field("/metadata/namespace"),
            annotations,
        }
    }

    fn key(&self, namespace: &str) -> String {
        let group = match self.api_version.rfind('/') {
            Some(i) => &self.api_version[..i],
            None => &self.api_version,
        };
        let name = self.annotations.get(BASE_NAME).unwrap_or(&self.name);
        format!("{namespace}, {name}, {} ({group})", self.kind)
    }

    fn document(&self, content: String, default_namespace: &str) -> Document {
        let namespace = if self.namespace.is_empty() {
            default_namespace.to_string()
        } else {
            self.namespace.clone()
        };
        Document {
            key: self.key(&namespace),
            api_version: self.api_version.clone(),
            kind: self.kind.clone(),
            name: self.name.clone(),
            namespace,
            content,
            resource_policy: self
                .annotations
                .get(RESOURCE_POLICY)
                .cloned()
                .unwrap_or_default(),
            hook: self.annotations.get(HOOK).cloned().unwrap_or_default(),
        }
    }
}

fn parse_content(content: String, opts: &ParseOptions) -> Result<Vec<Document>, DiffError> {
    let value = goyaml::from_str(&content).map_err(|e| DiffError::Yaml {
        error: e.inner().to_string(),
        document: excerpt(&content),
    })?;
    let meta = match &value {
        Value::Null => return Ok(Vec::new()),
        Value::Object(_) => Meta::of(&value),
        other => {
            return Err(DiffError::Yaml {
                error: format!("cannot unmarshal {} into an object", yaml_tag(other)),
                document: excerpt(&content),
            })
        }
    };
    // A template that renders only comments.
    if meta.api_version.is_empty() && meta.kind.is_empty() {
        return Ok(Vec::new());
    }
    if meta.kind.ends_with("List") {
        // yaml.v2 reads each item as a MapSlice and writes it back in document order.
        let items = goyaml::remarshal_items(&content, "items")
            .map_err(|e| DiffError::ListItem {
                kind: meta.kind.clone(),
                error: e.inner().to_string(),
            })?
            .ok_or_else(|| DiffError::ListItem {
                kind: meta.kind.clone(),
                error: "`items` is not a list of objects".to_string(),
            })?;
        let mut docs = Vec::new();
        for item in items {
            docs.extend(parse_content(item, opts)?);
        }
        return Ok(docs);
    }
    let content = if opts.normalize {
        normalize_content(&content)?
    } else {
        content
    };
    if !opts.include_tests {
        if let Some(hook) = meta.annotations.get(HOOK) {
            if hook == "test" || hook == "test-success" {
                return Ok(Vec::new());
            }
        }
    }
    Ok(vec![meta.document(content, &opts.default_namespace)])
}

/// The first lines of a document, to show which one failed.
fn excerpt(content: &str) -> String {
    let lines: Vec<&str> = content.lines().take(5).collect();
    let mut s = lines.join("\n");
    if content.lines().nth(5).is_some() {
        s.push_str("\n...");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(include_tests: bool) -> ParseOptions {
        ParseOptions {
            default_namespace: "default".into(),
            normalize: false,
            include_tests,
        }
    }

    fn keys(text: &str, o: &ParseOptions) -> Vec<String> {
        parse(text, o).unwrap().docs.into_keys().collect()
    }

    fn fixture(name: &str) -> String {
        let path = format!("{}/tests/fixtures/diff/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn test_pod() {
        assert_eq!(
            keys(&fixture("pod.yaml"), &opts(false)),
            ["default, nginx, Pod (v1)"]
        );
    }

    #[test]
    fn test_pod_namespace() {
        assert_eq!(
            keys(&fixture("pod_namespace.yaml"), &opts(false)),
            ["batcave, nginx, Pod (v1)"]
        );
    }

    /// `TestPodHook`: a `test` hook is dropped unless tests are included.
    #[test]
    fn test_pod_hook() {
        let spec = fixture("pod_hook.yaml");
        assert_eq!(keys(&spec, &opts(true)), ["default, nginx, Pod (v1)"]);
        assert!(keys(&spec, &opts(false)).is_empty());
        let hooked = spec.replace("helm.sh/hook: test", "helm.sh/hook: test-success");
        assert!(keys(&hooked, &opts(false)).is_empty());
        let other = spec.replace("helm.sh/hook: test", "helm.sh/hook: pre-install");
        let parsed = parse(&other, &opts(false)).unwrap();
        assert_eq!(parsed.docs["default, nginx, Pod (v1)"].hook, "pre-install");
    }

    #[test]
    fn test_deploy_v1() {
        assert_eq!(
            keys(&fixture("deploy_v1.yaml"), &opts(false)),
            ["default, nginx, Deployment (apps)"]
        );
    }

    #[test]
    fn test_deploy_v1_beta1() {
        assert_eq!(
            keys(&fixture("deploy_v1beta1.yaml"), &opts(false)),
            ["default, nginx, Deployment (apps)"]
        );
    }

    #[test]
    fn test_list() {
        let parsed = parse(&fixture("list.yaml"), &opts(false)).unwrap();
        assert_eq!(
            parsed.docs.keys().collect::<Vec<_>>(),
            [
                "default, prometheus-operator-example, PrometheusRule (monitoring.coreos.com)",
                "default, prometheus-operator-example2, PrometheusRule (monitoring.coreos.com)",
            ]
        );
        // Items keep their key order at every level (yaml.v2 MapSlice), as yaml.v2 writes it.
        let doc = &parsed.docs
            ["default, prometheus-operator-example, PrometheusRule (monitoring.coreos.com)"];
        assert!(
            doc.content.starts_with(
                "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: prometheus-operator-example\n  namespace: default\n  labels:\n    app: prometheus-operator\n    chart: prometheus-operator-9.3.0\n    release: foo\n    heritage: Helm\nspec:\n  groups:\n  - name: mygroup\n    rules:\n    - annotations:\n        summary: Container {{ $labels.container }} in Pod {{$labels.namespace}}/{{$labels.pod}}\n          restarting\n"
            ),
            "{}",
            doc.content
        );
    }

    #[test]
    fn test_config_map_list() {
        let parsed = parse(&fixture("configmaplist_v1.yaml"), &opts(false)).unwrap();
        assert_eq!(
            parsed.docs.keys().collect::<Vec<_>>(),
            [
                "default, configmap-2-1, ConfigMap (v1)",
                "default, configmap-2-2, ConfigMap (v1)"
            ]
        );
        // An item is re-serialised with its own key order kept at the top.
        assert_eq!(
            parsed.docs["default, configmap-2-1, ConfigMap (v1)"].content,
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: configmap-2-1\ndata:\n  key1: data1\n"
        );
    }

    #[test]
    fn test_secret_list() {
        assert_eq!(
            keys(&fixture("secretlist_v1.yaml"), &opts(false)),
            [
                "default, my-secret-1, Secret (v1)",
                "default, my-secret-2, Secret (v1)"
            ]
        );
    }

    #[test]
    fn test_empty() {
        assert!(keys(&fixture("empty.yaml"), &opts(false)).is_empty());
    }

    #[test]
    fn test_base_name_annotation() {
        let parsed = parse(&fixture("secret_immutable.yaml"), &opts(false)).unwrap();
        let doc = &parsed.docs["default, bat-secret, Secret (v1)"];
        assert_eq!(doc.name, "bat-secret-ab1234cd");
        assert_eq!(parsed.docs.len(), 1);
    }

    /// The content keeps its `# Source:` line and loses surrounding whitespace.
    #[test]
    fn content_is_the_trimmed_document() {
        let parsed = parse(&fixture("pod.yaml"), &opts(false)).unwrap();
        let doc = &parsed.docs["default, nginx, Pod (v1)"];
        assert!(doc
            .content
            .starts_with("# Source: nginx/pod.yaml\napiVersion: v1\n"));
        assert!(doc.content.ends_with("- containerPort: 80"));
        assert_eq!((doc.kind.as_str(), doc.api_version.as_str()), ("Pod", "v1"));
    }

    #[test]
    fn duplicates_keep_the_first() {
        let text = "kind: A\napiVersion: v1\nmetadata:\n  name: x\ndata: 1\n---\nkind: A\napiVersion: v1\nmetadata:\n  name: x\ndata: 2\n";
        let parsed = parse(text, &opts(false)).unwrap();
        assert_eq!(parsed.duplicates, ["default, x, A (v1)"]);
        assert!(parsed.docs["default, x, A (v1)"]
            .content
            .ends_with("data: 1"));
    }

    #[test]
    fn resource_policy_is_read() {
        let text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: k\n  annotations:\n    helm.sh/resource-policy: keep\n";
        let parsed = parse(text, &opts(false)).unwrap();
        assert_eq!(
            parsed.docs["default, k, ConfigMap (v1)"].resource_policy,
            "keep"
        );
    }

    #[test]
    fn bad_yaml_is_an_error() {
        let err = parse("apiVersion: v1\nkind: [\n", &opts(false)).unwrap_err();
        assert!(err.to_string().contains("not valid YAML"), "{err}");
        let err = parse("- a\n- b\n", &opts(false)).unwrap_err();
        assert!(err.to_string().contains("!!seq"), "{err}");
    }

    /// `TestNormalizeContent` (manifest/normalize_test.go).
    #[test]
    fn test_normalize_content() {
        let valid = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: my-pod\nspec:\n  containers:\n  - name: my-container\n    image: nginx";
        assert_eq!(
            normalize_content(valid).unwrap(),
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: my-pod\nspec:\n  containers:\n  - image: nginx\n    name: my-container\n"
        );
        assert_eq!(normalize_content("").unwrap(), "{}\n");
        assert!(normalize_content("- a\n- b").is_err());
        // Keys keep their YAML types: numbers and bools first by value, then null, then
        // strings (bytes checked against helm-diff's yaml.v2).
        assert_eq!(
            normalize_content("b: 1\n10: x\n2: y\non: z\n\"3\": w\n~: n\n1.5: f\n-1: m\n").unwrap(),
            "-1: m\ntrue: z\n1.5: f\n2: true\n10: x\nnull: false\n\"3\": w\nb: 1\n"
        );
    }

    #[test]
    fn normalize_drops_comments() {
        let o = ParseOptions {
            normalize: true,
            ..opts(false)
        };
        let parsed = parse(&fixture("pod.yaml"), &o).unwrap();
        let doc = &parsed.docs["default, nginx, Pod (v1)"];
        assert!(doc.content.starts_with("apiVersion: v1\nkind: Pod\n"));
        assert!(doc.content.ends_with("\n"));
    }

    /// `diff release` keys: template paths, a second object of one file gets ` 2`.
    #[test]
    fn by_source_keys() {
        let text = "---\n# Source: c/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n---\n# Source: c/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n# Source: c/templates/svc.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\n";
        let parsed = parse_by_source(text, &opts(false)).unwrap();
        let keys: Vec<&String> = parsed.docs.keys().collect();
        assert_eq!(
            keys,
            [
                "c/templates/a.yaml",
                "c/templates/a.yaml 2",
                "c/templates/svc.yaml"
            ]
        );
        // Old keys in sorted order: "default, a, …" comes first and keeps the bare path.
        assert!(parsed.docs["c/templates/a.yaml"]
            .content
            .ends_with("name: a"));
        assert_eq!(
            parsed.docs["c/templates/a.yaml 2"].key,
            "c/templates/a.yaml 2"
        );
    }

    /// `TestParseObject`: a live object's owner and key.
    #[test]
    fn test_parse_object() {
        for (file, owner) in [
            ("pod_no_release_annotations.yaml", ""),
            ("pod_release_annotations.yaml", "oldNS/oldReleaseName"),
        ] {
            let obj = goyaml::from_str(&fixture(file)).unwrap();
            let doc = document_from_object(&obj, "testNS");
            assert_eq!(doc.key, "testNS, nginx, Pod (v1)");
            assert_eq!(doc.kind, "Pod");
            assert_eq!(release_owner(&obj), owner);
            assert!(!doc.content.ends_with('\n'));
            assert!(doc
                .content
                .starts_with("apiVersion: v1\nkind: Pod\nmetadata:\n"));
        }
    }

    #[test]
    fn tidy_live_object_drops_server_fields() {
        let mut obj: Value = serde_json::json!({
            "apiVersion": "v1", "kind": "ConfigMap", "status": {"x": 1},
            "metadata": {"name": "a", "uid": "u", "resourceVersion": "1", "generation": 2,
                "creationTimestamp": "t", "managedFields": [],
                "annotations": {"meta.helm.sh/release-name": "r", "meta.helm.sh/release-namespace": "n"}}
        });
        tidy_live_object(&mut obj);
        assert_eq!(
            obj,
            serde_json::json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}})
        );
    }
}
