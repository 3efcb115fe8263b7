//! Turning rendered template files into Helm's manifest and hooks: splitting files into YAML
//! documents, reading each document's head, separating hooks, and sorting by kind.
//!
//! Follows Helm 4.1's `releaseutil` (identical to Helm 3 here): the separator regexp, the
//! whitespace trimming, the stable kind sort, and which hook annotations count.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::chart::gofmt::json_kind;
use crate::release::manifest::split_manifests;

/// The annotation that makes a document a hook.
pub const HOOK_ANNOTATION: &str = "helm.sh/hook";
/// The annotation that orders hooks of one event.
pub const HOOK_WEIGHT_ANNOTATION: &str = "helm.sh/hook-weight";
/// The annotation that says when a hook is deleted.
pub const HOOK_DELETE_ANNOTATION: &str = "helm.sh/hook-delete-policy";
/// The annotation that says when a hook's pod logs are printed.
pub const HOOK_OUTPUT_LOG_ANNOTATION: &str = "helm.sh/hook-output-log-policy";

/// Kinds in the order Helm installs them. Unknown kinds come after these, by name.
pub const INSTALL_ORDER: &[&str] = &[
    "PriorityClass",
    "Namespace",
    "NetworkPolicy",
    "ResourceQuota",
    "LimitRange",
    "PodSecurityPolicy",
    "PodDisruptionBudget",
    "ServiceAccount",
    "Secret",
    "SecretList",
    "ConfigMap",
    "StorageClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "CustomResourceDefinition",
    "ClusterRole",
    "ClusterRoleList",
    "ClusterRoleBinding",
    "ClusterRoleBindingList",
    "Role",
    "RoleList",
    "RoleBinding",
    "RoleBindingList",
    "Service",
    "DaemonSet",
    "Pod",
    "ReplicationController",
    "ReplicaSet",
    "Deployment",
    "HorizontalPodAutoscaler",
    "StatefulSet",
    "Job",
    "CronJob",
    "IngressClass",
    "Ingress",
    "APIService",
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration",
];

/// Kinds in the order Helm deletes them: webhooks first, so they cannot block the rest.
pub const UNINSTALL_ORDER: &[&str] = &[
    "ValidatingWebhookConfiguration",
    "MutatingWebhookConfiguration",
    "APIService",
    "Ingress",
    "IngressClass",
    "Service",
    "CronJob",
    "Job",
    "StatefulSet",
    "HorizontalPodAutoscaler",
    "Deployment",
    "ReplicaSet",
    "ReplicationController",
    "Pod",
    "DaemonSet",
    "RoleBindingList",
    "RoleBinding",
    "RoleList",
    "Role",
    "ClusterRoleBindingList",
    "ClusterRoleBinding",
    "ClusterRoleList",
    "ClusterRole",
    "CustomResourceDefinition",
    "PersistentVolumeClaim",
    "PersistentVolume",
    "StorageClass",
    "ConfigMap",
    "SecretList",
    "Secret",
    "ServiceAccount",
    "PodDisruptionBudget",
    "PodSecurityPolicy",
    "LimitRange",
    "ResourceQuota",
    "NetworkPolicy",
    "Namespace",
    "PriorityClass",
];

/// The hook events Helm knows; `test-success` is Helm 2's name for `test`.
const HOOK_EVENTS: &[(&str, &str)] = &[
    ("pre-install", "pre-install"),
    ("post-install", "post-install"),
    ("pre-delete", "pre-delete"),
    ("post-delete", "post-delete"),
    ("pre-upgrade", "pre-upgrade"),
    ("post-upgrade", "post-upgrade"),
    ("pre-rollback", "pre-rollback"),
    ("post-rollback", "post-rollback"),
    ("test", "test"),
    ("test-success", "test"),
];

/// Why the rendered documents could not be sorted.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    /// A rendered document is not YAML that Helm could read the head of.
    #[error("YAML parse error on {path}: {message}")]
    Parse {
        /// The template path of the document.
        path: String,
        /// The YAML parser's error.
        message: String,
    },
}

/// The part of a document Helm reads to sort it: `apiVersion`, `kind`, name and annotations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Head {
    /// `apiVersion`.
    pub api_version: String,
    /// `kind`.
    pub kind: String,
    /// `metadata.name`.
    pub name: String,
    /// `metadata.annotations`.
    pub annotations: BTreeMap<String, String>,
    /// Whether the document has a `metadata` key at all.
    pub has_metadata: bool,
}

/// One non-hook document of the release manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Manifest {
    /// The template path it came from (`chart/templates/x.yaml`).
    pub path: String,
    /// The document's text.
    pub content: String,
    /// What Helm read of it.
    pub head: Head,
}

/// A document that declares a hook, with the fields Helm stores for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HookDoc {
    /// The object name.
    pub name: String,
    /// The object kind.
    pub kind: String,
    /// The template path it came from.
    pub path: String,
    /// The document's text.
    pub manifest: String,
    /// The events it runs on (`helm.sh/hook`).
    pub events: Vec<String>,
    /// Its order among the hooks of one event (`helm.sh/hook-weight`).
    pub weight: i64,
    /// When it is deleted (`helm.sh/hook-delete-policy`).
    pub delete_policies: Vec<String>,
    /// When its pods' logs are printed (`helm.sh/hook-output-log-policy`).
    pub output_log_policies: Vec<String>,
}

/// Reads a document's head the way Helm does: through YAML→JSON and a case-insensitive JSON
/// decode into a struct whose annotations are strings.
pub fn parse_head(doc: &str) -> Result<Head, String> {
    // Most rendered documents are plain block YAML; when the quick recognizer vouches for the
    // whole document, only its head entries need the full decoder. Otherwise (and for any
    // error, so its text and line are exact) the whole document goes through it.
    if let Some(entries) = goyaml::quick::top_level_entries(doc) {
        let mut head_text = String::new();
        for e in entries.iter().filter(|e| {
            ["apiVersion", "kind", "metadata"]
                .iter()
                .any(|k| e.key.eq_ignore_ascii_case(k))
        }) {
            head_text.push_str(&doc[e.span.clone()]);
            if !head_text.ends_with('\n') {
                head_text.push('\n');
            }
        }
        if let Ok(head) = parse_head_whole(&head_text) {
            return Ok(head);
        }
    }
    parse_head_whole(doc)
}

/// [`parse_head`] through the full decoder.
fn parse_head_whole(doc: &str) -> Result<Head, String> {
    let json = goyaml::from_str(doc).map_err(|e| e.to_string())?;
    let serde_json::Value::Object(top) = json else {
        return match json {
            serde_json::Value::Null => Ok(Head::default()),
            other => Err(format!(
                "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go value of type util.SimpleHead",
                json_kind(&other)
            )),
        };
    };
    let mut head = Head::default();
    // encoding/json matches keys case-insensitively; the last matching key wins.
    for (k, v) in &top {
        if k.eq_ignore_ascii_case("apiVersion") {
            head.api_version = string_field(v, "apiVersion")?;
        } else if k.eq_ignore_ascii_case("kind") {
            head.kind = string_field(v, "kind")?;
        } else if k.eq_ignore_ascii_case("metadata") {
            read_metadata(v, &mut head)?;
        }
    }
    Ok(head)
}

fn read_metadata(v: &serde_json::Value, head: &mut Head) -> Result<(), String> {
    match v {
        serde_json::Value::Null => Ok(()),
        serde_json::Value::Object(m) => {
            head.has_metadata = true;
            for (k, v) in m {
                if k.eq_ignore_ascii_case("name") {
                    head.name = string_field(v, "metadata.name")?;
                } else if k.eq_ignore_ascii_case("annotations") {
                    head.annotations.clear();
                    match v {
                        serde_json::Value::Null => {}
                        serde_json::Value::Object(a) => {
                            for (ak, av) in a {
                                let s = map_string(av, "metadata.annotations")?;
                                head.annotations.insert(ak.clone(), s);
                            }
                        }
                        other => return Err(type_error(other, "metadata.annotations", "map[string]string")),
                    }
                }
            }
            Ok(())
        }
        other => Err(type_error(other, "metadata", "struct { Name string \"json:\\\"name\\\"\"; Annotations map[string]string \"json:\\\"annotations\\\"\" }")),
    }
}

/// A string field of the head. sigs.k8s.io/yaml converts with the target struct in view: a
/// YAML boolean or number bound for a string field (`name: n`, `name: 1`) becomes its text;
/// map values (annotations) get no such help.
fn string_field(v: &serde_json::Value, field: &str) -> Result<String, String> {
    match v {
        serde_json::Value::Bool(_) | serde_json::Value::Number(_) => Ok(scalar_text(v)),
        other => map_string(other, field),
    }
}

/// The text sigs.k8s.io/yaml gives a YAML boolean or number bound for a string.
fn scalar_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Bool(b) => b.to_string(),
        serde_json::Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => i.to_string(),
            (None, Some(f)) => gostd::strconv::format_float(f, 'g', -1, 64),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// A string value of a `map[string]string`.
fn map_string(v: &serde_json::Value, field: &str) -> Result<String, String> {
    match v {
        serde_json::Value::String(s) => Ok(s.clone()),
        serde_json::Value::Null => Ok(String::new()),
        other => Err(type_error(other, field, "string")),
    }
}

fn type_error(v: &serde_json::Value, field: &str, go_type: &str) -> String {
    format!(
        "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go struct field SimpleHead.{field} of type {go_type}",
        json_kind(v)
    )
}

/// Sorts rendered files into hooks and manifest documents, as Helm's `SortManifests`: files in
/// path order, partials (`_*`) and blank files skipped, documents in file order, then both lists
/// sorted stably by `order`. A hook naming any unknown event is dropped entirely.
pub fn sort_manifests(
    files: &BTreeMap<String, String>,
    order: &[&str],
) -> Result<(Vec<HookDoc>, Vec<Manifest>), ManifestError> {
    sort_rendered(files, &BTreeSet::new(), order)
}

/// [`sort_manifests`] of freshly rendered files, where the files named in `escaped` hold bytes
/// that are not UTF-8, escaped as the template engine keeps them ([`gotemplate::gostr`]): a
/// document with such bytes fails as go-yaml's reader fails on them.
pub fn sort_rendered(
    files: &BTreeMap<String, String>,
    escaped: &BTreeSet<String>,
    order: &[&str],
) -> Result<(Vec<HookDoc>, Vec<Manifest>), ManifestError> {
    let mut docs: Vec<(&String, String)> = Vec::new();
    for (path, content) in files {
        let base = path.rsplit('/').next().unwrap_or(path);
        if base.starts_with('_') || content.trim().is_empty() {
            continue;
        }
        docs.extend(split_manifests(content).into_iter().map(|d| (path, d)));
    }
    let bytes = docs_len(&docs);
    let heads = if crate::parallel::worth_lending(bytes) {
        // The lent thread gets copies of the documents (copying is cheap next to parsing);
        // it is idle here, where a new thread would first touch fresh memory.
        let texts: Vec<(bool, String)> = docs
            .iter()
            .map(|(path, d)| (escaped.contains(*path), d.clone()))
            .collect();
        crate::parallel::map_in_order_lending(
            texts,
            bytes,
            |_| true,
            |(escaped, d)| rendered_head(*escaped, d),
        )
    } else {
        crate::parallel::map_in_order(&docs, bytes, |(path, d)| {
            rendered_head(escaped.contains(*path), d)
        })
    };
    let mut hooks = Vec::new();
    let mut generic = Vec::new();
    for ((path, doc), head) in docs.into_iter().zip(heads) {
        let head = head.map_err(|message| ManifestError::Parse {
            path: path.clone(),
            message,
        })?;
        let Some(events) = head.annotations.get(HOOK_ANNOTATION) else {
            generic.push(Manifest {
                path: path.clone(),
                content: doc,
                head,
            });
            continue;
        };
        let Some(events) = hook_events(events) else {
            continue;
        };
        hooks.push(HookDoc {
            name: head.name.clone(),
            kind: head.kind.clone(),
            path: path.clone(),
            events,
            weight: head
                .annotations
                .get(HOOK_WEIGHT_ANNOTATION)
                .and_then(|w| go_atoi(w))
                .unwrap_or(0),
            delete_policies: policy_list(head.annotations.get(HOOK_DELETE_ANNOTATION)),
            output_log_policies: policy_list(head.annotations.get(HOOK_OUTPUT_LOG_ANNOTATION)),
            manifest: doc,
        });
    }
    let rank = kind_rank(order);
    hooks.sort_by(|a, b| compare_kinds(&a.kind, &b.kind, &rank));
    generic.sort_by(|a, b| compare_kinds(&a.head.kind, &b.head.kind, &rank));
    Ok((hooks, generic))
}

/// The size of `docs`, which decides whether their heads are parsed on several cores: parsing
/// every rendered document is most of the work of `template` on large charts (CRDs), and
/// documents are independent.
/// The head of a rendered document; `escaped` when its file holds bytes that are not UTF-8
/// (see [`sort_rendered`]).
fn rendered_head(escaped: bool, doc: &str) -> Result<Head, String> {
    if escaped {
        if let Err(bytes) = gotemplate::gostr::to_text(doc) {
            crate::chart::yaml::utf8_text(&bytes)?;
        }
    }
    parse_head(doc)
}

fn docs_len(docs: &[(&String, String)]) -> usize {
    docs.iter().map(|(_, d)| d.len()).sum()
}

fn hook_events(value: &str) -> Option<Vec<String>> {
    value
        .split(',')
        .map(|e| {
            let e = e.trim().to_lowercase();
            HOOK_EVENTS
                .iter()
                .find(|(name, _)| *name == e)
                .map(|(_, stored)| stored.to_string())
        })
        .collect()
}

fn policy_list(value: Option<&String>) -> Vec<String> {
    value
        .map(|v| v.split(',').map(|p| p.trim().to_lowercase()).collect())
        .unwrap_or_default()
}

/// Helm reads a hook weight with Go's `strconv.Atoi`.
fn go_atoi(s: &str) -> Option<i64> {
    gostd::strconv::atoi(s).ok()
}

fn kind_rank<'a>(order: &[&'a str]) -> HashMap<&'a str, usize> {
    order.iter().enumerate().map(|(i, k)| (*k, i)).collect()
}

/// Known kinds by rank; unknown kinds after them, by name; equal keeps input order.
fn compare_kinds(a: &str, b: &str, rank: &HashMap<&str, usize>) -> std::cmp::Ordering {
    match (rank.get(a), rank.get(b)) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

/// Sorts documents (already split, with heads) by kind, stably.
pub fn sort_by_kind(manifests: &mut [Manifest], order: &[&str]) {
    let rank = kind_rank(order);
    manifests.sort_by(|a, b| compare_kinds(&a.head.kind, &b.head.kind, &rank));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> BTreeMap<String, String> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn documents_sort_by_install_order_then_unknown_kinds_by_name() {
        let f = files(&[
            (
                "c/templates/a.yaml",
                "kind: Deployment\nmetadata:\n  name: d\n---\nkind: Zebra\n---\nkind: Apple",
            ),
            (
                "c/templates/b.yaml",
                "kind: ConfigMap\nmetadata:\n  name: cm\n---\nkind: Namespace",
            ),
            ("c/templates/_helpers.tpl", "kind: Secret"),
        ]);
        let (hooks, docs) = sort_manifests(&f, INSTALL_ORDER).unwrap();
        assert!(hooks.is_empty());
        let kinds: Vec<_> = docs.iter().map(|d| d.head.kind.as_str()).collect();
        assert_eq!(
            kinds,
            ["Namespace", "ConfigMap", "Deployment", "Apple", "Zebra"]
        );
        assert_eq!(docs[1].path, "c/templates/b.yaml");
    }

    #[test]
    fn large_batches_parse_in_parallel_with_the_same_result_and_first_error() {
        // Enough YAML to take the multi-threaded path of `parse_heads`.
        let filler = format!("data:\n  big: \"{}\"\n", "x".repeat(40_000));
        let mut list = Vec::new();
        for i in 0..12 {
            let kind = ["Service", "ConfigMap", "Deployment"][i % 3];
            list.push((
                format!("c/templates/f{i:02}.yaml"),
                format!("kind: {kind}\nmetadata:\n  name: n{i}\n{filler}---\nkind: Secret\n"),
            ));
        }
        let f: BTreeMap<String, String> = list.iter().cloned().collect();
        let (_, docs) = sort_manifests(&f, INSTALL_ORDER).unwrap();
        let serial: Vec<Head> = list
            .iter()
            .flat_map(|(_, c)| split_manifests(c))
            .map(|d| parse_head(&d).unwrap())
            .collect();
        assert_eq!(docs.len(), serial.len());
        let mut names: Vec<_> = docs.iter().map(|d| d.head.name.clone()).collect();
        let mut want: Vec<_> = serial.iter().map(|h| h.name.clone()).collect();
        names.sort();
        want.sort();
        assert_eq!(names, want);
        assert_eq!(docs[0].head.kind, "Secret");

        // Two broken files: the error names the first in path order, as Helm's serial loop does.
        let mut bad = f.clone();
        bad.insert("c/templates/f03.yaml".into(), format!("{filler}kind: [x\n"));
        bad.insert("c/templates/f09.yaml".into(), format!("{filler}: : :\n"));
        match sort_manifests(&bad, INSTALL_ORDER) {
            Err(ManifestError::Parse { path, .. }) => assert_eq!(path, "c/templates/f03.yaml"),
            Ok(_) => panic!("broken YAML was accepted"),
        }
    }

    #[test]
    fn hooks_are_split_out_with_weights_and_policies() {
        let f = files(&[(
            "c/templates/hooks.yaml",
            "kind: Job\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: Pre-Install, test-success\n    helm.sh/hook-weight: \"-5\"\n    helm.sh/hook-delete-policy: hook-succeeded,Before-Hook-Creation\n---\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    helm.sh/hook: pre-install,bogus\n---\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    other: x",
        )]);
        let (hooks, docs) = sort_manifests(&f, INSTALL_ORDER).unwrap();
        assert_eq!(hooks.len(), 1, "a hook with an unknown event is dropped");
        let h = &hooks[0];
        assert_eq!(h.events, ["pre-install", "test"]);
        assert_eq!(h.weight, -5);
        assert_eq!(
            h.delete_policies,
            ["hook-succeeded", "before-hook-creation"]
        );
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].head.name, "c");
    }

    #[test]
    fn head_keys_match_case_insensitively_and_reject_wrong_types() {
        let h = parse_head("Kind: Service\nAPIVERSION: v1\nMetadata:\n  Name: s").unwrap();
        assert_eq!(
            (h.kind.as_str(), h.api_version.as_str(), h.name.as_str()),
            ("Service", "v1", "s")
        );
        let err = parse_head("kind: Job\nmetadata:\n  annotations:\n    helm.sh/hook-weight: 5")
            .unwrap_err();
        assert!(err.contains("cannot unmarshal number"), "{err}");
    }

    #[test]
    fn hook_weight_is_go_atoi() {
        assert_eq!(go_atoi("12"), Some(12));
        assert_eq!(go_atoi("-3"), Some(-3));
        assert_eq!(go_atoi(" 3"), None);
        assert_eq!(go_atoi("3.0"), None);
    }
}
