//! Client-side patches as Helm computes them (`createPatch` in Helm's kube client): a
//! three-way strategic merge patch for built-in kinds, so lists keyed by a field (containers,
//! env, ports, volumes...) are merged item by item and items another controller added (an
//! injected sidecar, say) survive; a two-way JSON merge patch for custom resources.
//!
//! The merge keys are those of the Kubernetes API types (`patchMergeKey` struct tags), for the
//! list fields charts set; any other list is replaced as a whole, as the API server does for
//! lists without a merge strategy.

use serde_json::{Map, Value};

/// API groups whose kinds client-go knows as typed objects (Helm patches those with strategic
/// merge patches; everything else is unstructured).
const TYPED_GROUPS: &[&str] = &[
    "",
    "admissionregistration.k8s.io",
    "apps",
    "authentication.k8s.io",
    "authorization.k8s.io",
    "autoscaling",
    "batch",
    "certificates.k8s.io",
    "coordination.k8s.io",
    "discovery.k8s.io",
    "events.k8s.io",
    "flowcontrol.apiserver.k8s.io",
    "networking.k8s.io",
    "node.k8s.io",
    "policy",
    "rbac.authorization.k8s.io",
    "resource.k8s.io",
    "scheduling.k8s.io",
    "storage.k8s.io",
];

/// Whether objects of this group and version are patched with a strategic merge patch.
pub fn is_typed(group: &str, version: &str) -> bool {
    if group == "apiextensions.k8s.io" {
        // Helm treats v1beta1 CRDs as unstructured.
        return version == "v1";
    }
    TYPED_GROUPS.contains(&group)
}

/// The merge key of the list at `path` (field names from the object's root) in an object of
/// `kind`, when the list is merged item by item.
pub fn merge_key(kind: &str, path: &[&str]) -> Option<&'static str> {
    if let Some(rest) = pod_spec_rest(kind, path) {
        return pod_spec_merge_key(rest);
    }
    match (kind, path) {
        (_, ["metadata", "ownerReferences"]) => Some("uid"),
        ("Service", ["spec", "ports"]) => Some("port"),
        _ => None,
    }
}

/// The part of `path` inside a pod spec, when `path` lies in one for this kind.
fn pod_spec_rest<'a>(kind: &str, path: &'a [&'a str]) -> Option<&'a [&'a str]> {
    let prefix: &[&str] = match kind {
        "Pod" => &["spec"],
        "Deployment"
        | "ReplicaSet"
        | "StatefulSet"
        | "DaemonSet"
        | "Job"
        | "ReplicationController" => &["spec", "template", "spec"],
        "CronJob" => &["spec", "jobTemplate", "spec", "template", "spec"],
        "PodTemplate" => &["template", "spec"],
        _ => return None,
    };
    path.strip_prefix(prefix)
}

fn pod_spec_merge_key(rest: &[&str]) -> Option<&'static str> {
    match rest {
        ["containers" | "initContainers" | "ephemeralContainers"] => Some("name"),
        ["volumes" | "imagePullSecrets" | "resourceClaims" | "schedulingGates"] => Some("name"),
        ["hostAliases"] => Some("ip"),
        ["topologySpreadConstraints"] => Some("topologyKey"),
        ["containers" | "initContainers" | "ephemeralContainers", _, field] => match *field {
            "env" => Some("name"),
            "ports" => Some("containerPort"),
            "volumeMounts" => Some("mountPath"),
            "volumeDevices" => Some("devicePath"),
            _ => None,
        },
        _ => None,
    }
}

/// Helm's three-way strategic merge patch: what takes `current` to `modified`, deleting what
/// `original` had and `modified` dropped; what others added to `current` stays.
pub fn three_way(kind: &str, original: &Value, modified: &Value, current: &Value) -> Value {
    let mut path = Vec::new();
    let mut patch = additions(kind, &mut path, current, modified);
    let removed = deletions(kind, &mut path, original, modified);
    merge_patches(&mut patch, removed);
    Value::Object(patch)
}

/// A two-way JSON merge patch from `original` to `modified` (Helm's patch for custom
/// resources: the live state is not looked at).
pub fn two_way_merge(original: &Value, modified: &Value) -> Value {
    match (original, modified) {
        (Value::Object(o), Value::Object(m)) => {
            let mut out = Map::new();
            for (k, mv) in m {
                match o.get(k) {
                    Some(ov) if ov == mv => {}
                    Some(ov @ Value::Object(_)) if mv.is_object() => {
                        let sub = two_way_merge(ov, mv);
                        if sub.as_object().is_some_and(|s| !s.is_empty()) {
                            out.insert(k.clone(), sub);
                        }
                    }
                    _ => {
                        out.insert(k.clone(), mv.clone());
                    }
                }
            }
            for k in o.keys() {
                if !m.contains_key(k) {
                    out.insert(k.clone(), Value::Null);
                }
            }
            Value::Object(out)
        }
        (_, m) => m.clone(),
    }
}

/// The path segment of a list item (merge keys do not depend on the index).
const ITEM: &str = "*";

fn key_of<'a>(item: &'a Value, key: &str) -> Option<&'a Value> {
    item.as_object().and_then(|o| o.get(key))
}

/// Changes and additions from `current` to `modified`, deletions ignored.
fn additions<'a>(
    kind: &str,
    path: &mut Vec<&'a str>,
    current: &Value,
    modified: &'a Value,
) -> Map<String, Value> {
    let mut out = Map::new();
    let Value::Object(m) = modified else {
        return out;
    };
    let empty = Map::new();
    let c = current.as_object().unwrap_or(&empty);
    for (k, mv) in m {
        path.push(k);
        match (c.get(k), mv) {
            (Some(cv), _) if cv == mv => {}
            (Some(cv @ Value::Object(_)), Value::Object(_)) => {
                let sub = additions(kind, path, cv, mv);
                if !sub.is_empty() {
                    out.insert(k.clone(), Value::Object(sub));
                }
            }
            (Some(Value::Array(cl)), Value::Array(ml)) => match merge_key(kind, path) {
                Some(key) => {
                    let mut items = Vec::new();
                    for item in ml {
                        let Some(kv) = key_of(item, key) else {
                            items.push(item.clone());
                            continue;
                        };
                        match cl.iter().find(|x| key_of(x, key) == Some(kv)) {
                            None => items.push(item.clone()),
                            Some(existing) => {
                                path.push(ITEM);
                                let mut sub = additions(kind, path, existing, item);
                                path.pop();
                                if !sub.is_empty() {
                                    sub.insert(key.to_string(), kv.clone());
                                    items.push(Value::Object(sub));
                                }
                            }
                        }
                    }
                    if !items.is_empty() {
                        out.insert(k.clone(), Value::Array(items));
                        out.insert(format!("$setElementOrder/{k}"), element_order(ml, key));
                    }
                }
                None => {
                    out.insert(k.clone(), mv.clone());
                }
            },
            _ => {
                out.insert(k.clone(), mv.clone());
            }
        }
        path.pop();
    }
    out
}

/// Deletions from `original` to `modified`, changes and additions ignored.
fn deletions<'a>(
    kind: &str,
    path: &mut Vec<&'a str>,
    original: &'a Value,
    modified: &Value,
) -> Map<String, Value> {
    let mut out = Map::new();
    let (Value::Object(o), Value::Object(m)) = (original, modified) else {
        return out;
    };
    for (k, ov) in o {
        path.push(k);
        match (m.get(k), ov) {
            (None, _) => {
                out.insert(k.clone(), Value::Null);
            }
            (Some(mv @ Value::Object(_)), Value::Object(_)) => {
                let sub = deletions(kind, path, ov, mv);
                if !sub.is_empty() {
                    out.insert(k.clone(), Value::Object(sub));
                }
            }
            (Some(Value::Array(ml)), Value::Array(ol)) => {
                if let Some(key) = merge_key(kind, path) {
                    let mut items = Vec::new();
                    for item in ol {
                        let Some(kv) = key_of(item, key) else {
                            continue;
                        };
                        match ml.iter().find(|x| key_of(x, key) == Some(kv)) {
                            None => {
                                let mut d = Map::new();
                                d.insert("$patch".into(), Value::from("delete"));
                                d.insert(key.to_string(), kv.clone());
                                items.push(Value::Object(d));
                            }
                            Some(kept) => {
                                path.push(ITEM);
                                let mut sub = deletions(kind, path, item, kept);
                                path.pop();
                                if !sub.is_empty() {
                                    sub.insert(key.to_string(), kv.clone());
                                    items.push(Value::Object(sub));
                                }
                            }
                        }
                    }
                    if !items.is_empty() {
                        out.insert(k.clone(), Value::Array(items));
                        out.insert(format!("$setElementOrder/{k}"), element_order(ml, key));
                    }
                }
            }
            _ => {}
        }
        path.pop();
    }
    out
}

/// `$setElementOrder`: the merge keys of the modified list, in its order.
fn element_order(list: &[Value], key: &str) -> Value {
    Value::Array(
        list.iter()
            .filter_map(|item| key_of(item, key))
            .map(|kv| {
                let mut m = Map::new();
                m.insert(key.to_string(), kv.clone());
                Value::Object(m)
            })
            .collect(),
    )
}

/// Merges the deletions patch into the additions patch.
fn merge_patches(into: &mut Map<String, Value>, from: Map<String, Value>) {
    for (k, v) in from {
        match (into.get_mut(&k), v) {
            (Some(Value::Object(a)), Value::Object(b)) => merge_patches(a, b),
            (Some(Value::Array(a)), Value::Array(b)) if !k.starts_with("$setElementOrder/") => {
                a.extend(b)
            }
            (Some(_), _) => {}
            (None, v) => {
                into.insert(k, v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn without_merge_keys_three_way_patch_sets_changes_and_deletes_only_what_we_owned() {
        let original = json!({"data": {"a": "1", "b": "2"}, "metadata": {"labels": {"old": "x"}}});
        let modified = json!({"data": {"a": "10", "c": "3"}, "metadata": {"labels": {}}});
        // Someone else added label "theirs" and key "d"; we keep them.
        let current = json!({"data": {"a": "1", "b": "2", "d": "4"}, "metadata": {"labels": {"old": "x", "theirs": "y"}}});
        let patch = three_way("ConfigMap", &original, &modified, &current);
        assert_eq!(
            patch,
            json!({"data": {"a": "10", "c": "3", "b": null}, "metadata": {"labels": {"old": null}}})
        );
    }

    #[test]
    fn without_merge_keys_three_way_patch_is_empty_when_live_matches() {
        let o = json!({"spec": {"replicas": 2, "list": [1, 2]}});
        assert_eq!(three_way("ConfigMap", &o, &o, &o), json!({}));
    }

    #[test]
    fn without_merge_keys_three_way_patch_restores_a_field_changed_by_hand() {
        let o = json!({"spec": {"replicas": 2}});
        let live = json!({"spec": {"replicas": 5}});
        assert_eq!(
            three_way("ConfigMap", &o, &o, &live),
            json!({"spec": {"replicas": 2}})
        );
    }

    fn deployment(containers: Value) -> Value {
        json!({"spec": {"template": {"spec": {"containers": containers}}}})
    }

    #[test]
    fn an_injected_sidecar_survives_a_change_of_the_charts_container() {
        let original = deployment(json!([{"name": "web", "image": "web:1"}]));
        let modified = deployment(json!([{"name": "web", "image": "web:2"}]));
        let current = deployment(json!([
            {"name": "web", "image": "web:1"},
            {"name": "sidecar", "image": "proxy:1"}
        ]));
        let patch = three_way("Deployment", &original, &modified, &current);
        assert_eq!(
            patch,
            json!({"spec": {"template": {"spec": {
                "containers": [{"image": "web:2", "name": "web"}],
                "$setElementOrder/containers": [{"name": "web"}]
            }}}})
        );
    }

    #[test]
    fn dropped_items_are_deleted_by_key_and_env_merges_by_name() {
        let original = deployment(json!([
            {"name": "web", "env": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]},
            {"name": "old"}
        ]));
        let modified = deployment(json!([
            {"name": "web", "env": [{"name": "A", "value": "1"}]}
        ]));
        let patch = three_way("Deployment", &original, &modified, &original);
        assert_eq!(
            patch,
            json!({"spec": {"template": {"spec": {
                "containers": [
                    {"env": [{"$patch": "delete", "name": "B"}], "$setElementOrder/env": [{"name": "A"}], "name": "web"},
                    {"$patch": "delete", "name": "old"}
                ],
                "$setElementOrder/containers": [{"name": "web"}]
            }}}})
        );
    }

    #[test]
    fn unkeyed_lists_are_replaced_and_unchanged_objects_give_an_empty_patch() {
        let o = json!({"spec": {"rules": [1, 2], "x": 1}});
        let m = json!({"spec": {"rules": [3], "x": 1}});
        assert_eq!(
            three_way("Ingress", &o, &m, &o),
            json!({"spec": {"rules": [3]}})
        );
        assert_eq!(three_way("Ingress", &m, &m, &m), json!({}));
    }

    #[test]
    fn custom_resources_get_a_two_way_merge_patch() {
        let o = json!({"spec": {"a": 1, "b": {"c": 2}}});
        let m = json!({"spec": {"a": 1, "b": {"d": 3}}});
        assert_eq!(
            two_way_merge(&o, &m),
            json!({"spec": {"b": {"d": 3, "c": null}}})
        );
        assert!(is_typed("apps", "v1"));
        assert!(is_typed("apiextensions.k8s.io", "v1"));
        assert!(!is_typed("apiextensions.k8s.io", "v1beta1"));
        assert!(!is_typed("example.com", "v1"));
    }
}
