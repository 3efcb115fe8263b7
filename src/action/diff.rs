//! Diffs of cluster objects: what a rollback (or upgrade) would change, one unified diff per
//! object, with the fields the server manages left out and Secret values redacted.

use serde_json::{Map, Value};
use similar::TextDiff;

use super::deploy::DryRun;
use crate::kube::apply::kept_by_policy;
use crate::kube::resources::{
    apply_merge_patch, three_way_merge_patch, Cluster, Resource, ResourceError, ResourceKey,
};

/// What happens to one object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Create,
    Update,
    Delete,
    Unchanged,
}

/// The change of one object and its unified diff (empty when unchanged).
#[derive(Clone, Debug)]
pub struct ObjectDiff {
    pub key: ResourceKey,
    pub change: Change,
    pub unified: String,
}

/// Removes what the API server writes itself, so a diff shows only what the manifest controls.
pub fn normalize(obj: &Value) -> Value {
    let mut v = obj.clone();
    if let Some(o) = v.as_object_mut() {
        o.remove("status");
        if let Some(Value::Object(meta)) = o.get_mut("metadata") {
            for k in [
                "managedFields",
                "resourceVersion",
                "uid",
                "creationTimestamp",
                "generation",
                "selfLink",
            ] {
                meta.remove(k);
            }
            if let Some(Value::Object(a)) = meta.get_mut("annotations") {
                a.remove("deployment.kubernetes.io/revision");
                a.remove("kubectl.kubernetes.io/last-applied-configuration");
                if a.is_empty() {
                    meta.remove("annotations");
                }
            }
        }
    }
    v
}

/// Replaces every value of a Secret's `data` and `stringData` with a fingerprint, so a diff
/// shows which keys changed without showing what they hold.
pub fn redact_secret(obj: &mut Value) {
    if obj.get("kind").and_then(Value::as_str) != Some("Secret")
        || obj.get("apiVersion").and_then(Value::as_str) != Some("v1")
    {
        return;
    }
    for field in ["data", "stringData"] {
        if let Some(Value::Object(m)) = obj.get_mut(field) {
            let redacted: Map<String, Value> = m
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        Value::String(format!(
                            "(redacted, {} bytes)",
                            v.as_str().map_or(0, str::len)
                        )),
                    )
                })
                .collect();
            // Same length but different content must still show as a change.
            let fingerprints: Vec<(String, String)> = m
                .iter()
                .map(|(k, v)| (k.clone(), fingerprint(v.as_str().unwrap_or(""))))
                .collect();
            let mut out = redacted;
            for (k, fp) in fingerprints {
                if let Some(Value::String(s)) = out.get_mut(&k) {
                    s.insert_str(s.len() - 1, &format!(", {fp}"));
                }
            }
            *m = out;
        }
    }
}

/// A short, stable fingerprint (FNV-1a): enough to tell two values apart in a diff.
fn fingerprint(s: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("fingerprint {:08x}", h >> 32)
}

/// Fills what the server defaulted into list items that a JSON merge patch replaced.
///
/// A merge patch replaces a list as a whole, and the server then defaults the new items again
/// (`protocol: TCP`, `imagePullPolicy`, ...). A locally computed result lacks those defaults;
/// copying them from the matching live item (same `name`, else same position) keeps a client-side
/// diff to what really changes. Keys the target sets are never touched.
pub fn fill_server_defaults(after: &mut Value, live: &Value) {
    match (after, live) {
        (Value::Object(a), Value::Object(l)) => {
            for (k, av) in a.iter_mut() {
                if let Some(lv) = l.get(k) {
                    fill_server_defaults(av, lv);
                }
            }
        }
        (Value::Array(a), Value::Array(l)) => {
            for (i, item) in a.iter_mut().enumerate() {
                let by_name = item
                    .get("name")
                    .and_then(|n| l.iter().find(|x| x.get("name") == Some(n)));
                let Some(matching) = by_name.or_else(|| l.get(i)) else {
                    continue;
                };
                if let (Value::Object(ai), Value::Object(li)) = (&mut *item, matching) {
                    for (k, v) in li {
                        ai.entry(k.clone()).or_insert_with(|| v.clone());
                    }
                }
                fill_server_defaults(item, matching);
            }
        }
        _ => {}
    }
}

fn to_yaml(v: Option<&Value>) -> String {
    v.map(goyaml::to_string).unwrap_or_default()
}

/// Diffs the live object against what it would become. `None` on either side means absent.
pub fn diff_object(
    key: &ResourceKey,
    live: Option<&Value>,
    target: Option<&Value>,
    show_secrets: bool,
) -> ObjectDiff {
    let prepare = |v: Option<&Value>| {
        v.map(|v| {
            let mut n = normalize(v);
            if !show_secrets {
                redact_secret(&mut n);
            }
            n
        })
    };
    let (before, after) = (prepare(live), prepare(target));
    let change = match (&before, &after) {
        (None, Some(_)) => Change::Create,
        (Some(_), None) => Change::Delete,
        (Some(a), Some(b)) if a == b => Change::Unchanged,
        (Some(_), Some(_)) => Change::Update,
        (None, None) => Change::Unchanged,
    };
    let unified = if change == Change::Unchanged {
        String::new()
    } else {
        let (a, b) = (to_yaml(before.as_ref()), to_yaml(after.as_ref()));
        let name = key.to_string();
        TextDiff::from_lines(&a, &b)
            .unified_diff()
            .context_radius(3)
            .header(&format!("live: {name}"), &format!("after: {name}"))
            .to_string()
    };
    ObjectDiff {
        key: key.clone(),
        change,
        unified,
    }
}

/// What writing `after` over `before` would do to each object, as one diff per object against
/// the live cluster: computed here (`Client`: the patch applied to the live object) or by the
/// API server (`Server`: a server-side apply dry run, with admission and defaults). Objects
/// `before` has and `after` drops are shown deleted unless kept by policy. Nothing is written.
pub async fn against_cluster(
    cluster: &Cluster,
    before: &[Resource],
    after: &[Resource],
    mode: DryRun,
    show_secrets: bool,
) -> Result<Vec<ObjectDiff>, ResourceError> {
    let mut diffs = Vec::new();
    for r in after {
        let live = cluster.get(r).await?;
        let result = match (mode, &live) {
            (DryRun::Server, _) => cluster.apply(r, true, true).await?,
            (DryRun::Client, None) => r.object.clone(),
            (DryRun::Client, Some(live)) => {
                let original = before
                    .iter()
                    .find(|b| b.key == r.key)
                    .map(|b| b.object.clone())
                    .unwrap_or_else(|| live.clone());
                let mut next = live.clone();
                apply_merge_patch(
                    &mut next,
                    &three_way_merge_patch(&original, &r.object, live),
                );
                fill_server_defaults(&mut next, live);
                next
            }
        };
        diffs.push(diff_object(
            &r.key,
            live.as_ref(),
            Some(&result),
            show_secrets,
        ));
    }
    for old in before
        .iter()
        .filter(|b| !after.iter().any(|a| a.key == b.key))
    {
        let Some(live) = cluster.get(old).await? else {
            continue;
        };
        if !kept_by_policy(&live) {
            diffs.push(diff_object(&old.key, Some(&live), None, show_secrets));
        }
    }
    Ok(diffs)
}

/// How many objects the diffs create, change and delete.
pub fn counts(diffs: &[ObjectDiff]) -> [usize; 3] {
    let mut counts = [0usize; 3];
    for d in diffs {
        match d.change {
            Change::Create => counts[0] += 1,
            Change::Update => counts[1] += 1,
            Change::Delete => counts[2] += 1,
            Change::Unchanged => {}
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn key() -> ResourceKey {
        ResourceKey {
            group: String::new(),
            kind: "ConfigMap".into(),
            namespace: "ns".into(),
            name: "c".into(),
        }
    }

    #[test]
    fn server_fields_do_not_count_as_changes() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "uid": "u", "resourceVersion": "5", "managedFields": []}, "data": {"a": "1"}});
        let target = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"a": "1"}});
        let d = diff_object(&key(), Some(&live), Some(&target), false);
        assert_eq!(d.change, Change::Unchanged);
        assert!(d.unified.is_empty());
    }

    #[test]
    fn a_change_is_a_unified_diff() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"a": "1"}});
        let target = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"a": "2"}});
        let d = diff_object(&key(), Some(&live), Some(&target), false);
        assert_eq!(d.change, Change::Update);
        assert!(
            d.unified.contains("--- live: ConfigMap/c in namespace ns"),
            "{}",
            d.unified
        );
        assert!(
            d.unified.contains("-  a: \"1\"\n+  a: \"2\"\n"),
            "{}",
            d.unified
        );
        assert_eq!(
            diff_object(&key(), None, Some(&target), false).change,
            Change::Create
        );
        assert_eq!(
            diff_object(&key(), Some(&live), None, false).change,
            Change::Delete
        );
    }

    #[test]
    fn defaults_in_replaced_lists_come_back_from_the_live_object() {
        let live = json!({"spec": {"containers": [{"name": "web", "image": "a:1", "imagePullPolicy": "IfNotPresent", "ports": [{"containerPort": 80, "protocol": "TCP"}]}]}});
        let mut after = json!({"spec": {"containers": [{"name": "web", "image": "a:2", "ports": [{"containerPort": 80}]}]}});
        fill_server_defaults(&mut after, &live);
        assert_eq!(
            after,
            json!({"spec": {"containers": [{"name": "web", "image": "a:2", "imagePullPolicy": "IfNotPresent", "ports": [{"containerPort": 80, "protocol": "TCP"}]}]}})
        );
    }

    #[test]
    fn secret_values_are_redacted_unless_asked() {
        let live = json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}, "data": {"password": "c2VjcmV0"}});
        let target = json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}, "data": {"password": "b3RoZXI="}});
        let d = diff_object(&key(), Some(&live), Some(&target), false);
        assert_eq!(
            d.change,
            Change::Update,
            "a changed value still shows as a change"
        );
        assert!(
            !d.unified.contains("c2VjcmV0") && !d.unified.contains("b3RoZXI="),
            "{}",
            d.unified
        );
        assert!(d.unified.contains("redacted"), "{}", d.unified);
        let shown = diff_object(&key(), Some(&live), Some(&target), true);
        assert!(shown.unified.contains("c2VjcmV0"));
    }
}
