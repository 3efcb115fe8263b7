//! Pure helpers of the `diff live` and `diff values` views: a live object seen through the
//! fields a manifest sets, and credentials in values redacted pairwise.

use serde_json::{Map, Value};

/// Annotations and labels the API server, controllers or Helm itself write: not drift.
fn written_by_others(key: &str) -> bool {
    key.starts_with("meta.helm.sh/")
        || key.starts_with("deployment.kubernetes.io/")
        || key == "kubectl.kubernetes.io/last-applied-configuration"
        || key == "app.kubernetes.io/managed-by"
}

/// The live object seen through `deployed`: the fields the manifest sets, with their live
/// values (lists matched item by item, by `name` where items have one), plus every label and
/// annotation the live object carries that someone set by hand. What the manifest leaves to
/// the server's defaults stays out, so only real drift shows.
pub fn project(deployed: &Value, live: &Value) -> Value {
    let mut seen = project_value(deployed, live);
    for field in ["labels", "annotations"] {
        let (Some(Value::Object(live_map)), Some(meta)) = (
            live.pointer(&format!("/metadata/{field}")),
            seen.get_mut("metadata").and_then(Value::as_object_mut),
        ) else {
            continue;
        };
        let declared = deployed.pointer(&format!("/metadata/{field}"));
        let mut merged = Map::new();
        for (k, v) in live_map {
            let in_manifest = declared.and_then(|d| d.get(k)).is_some();
            if in_manifest || !written_by_others(k) {
                merged.insert(k.clone(), v.clone());
            }
        }
        if merged.is_empty() {
            meta.remove(field);
        } else {
            meta.insert(field.to_string(), Value::Object(merged));
        }
    }
    seen
}

fn project_value(deployed: &Value, live: &Value) -> Value {
    match (deployed, live) {
        (Value::Object(d), Value::Object(l)) => {
            let mut out = Map::new();
            for (k, dv) in d {
                if let Some(lv) = l.get(k) {
                    out.insert(k.clone(), project_value(dv, lv));
                }
            }
            Value::Object(out)
        }
        (Value::Array(d), Value::Array(l)) => {
            let mut used = vec![false; l.len()];
            let mut out = Vec::new();
            for (i, dv) in d.iter().enumerate() {
                let by_name = dv.get("name").and_then(|n| {
                    l.iter()
                        .position(|lv| lv.get("name") == Some(n))
                        .filter(|&j| !used[j])
                });
                let by_index = (dv.get("name").is_none() && i < l.len() && !used[i]).then_some(i);
                if let Some(j) = by_name.or(by_index) {
                    used[j] = true;
                    out.push(project_value(dv, &l[j]));
                }
            }
            // Items someone added (a sidecar injected by hand, an extra port) are drift too.
            out.extend(
                l.iter()
                    .zip(&used)
                    .filter(|(_, u)| !**u)
                    .map(|(lv, _)| lv.clone()),
            );
            Value::Array(out)
        }
        (d, l) if same_scalar(d, l) => d.clone(),
        (_, l) => l.clone(),
    }
}

/// Equal, or the same number written differently (`1` and `1.0`).
fn same_scalar(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// A Secret as the API server stores it: `stringData` folded into `data` (base64), where it
/// wins, as the server does on write. Other objects are returned as they are.
pub fn fold_string_data(obj: &Value) -> Value {
    use base64::Engine;
    let mut v = obj.clone();
    if v.get("kind").and_then(Value::as_str) != Some("Secret") {
        return v;
    }
    let Some(o) = v.as_object_mut() else { return v };
    let Some(Value::Object(string_data)) = o.remove("stringData") else {
        return v;
    };
    let data = o.entry("data").or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(data) = data {
        for (k, s) in string_data {
            let text = s
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| s.to_string());
            let encoded = base64::engine::general_purpose::STANDARD.encode(text);
            data.insert(k, Value::String(encoded));
        }
    }
    v
}

/// Whether a values key names a credential.
fn is_credential(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    [
        "password",
        "passwd",
        "secret",
        "token",
        "apikey",
        "api_key",
        "privatekey",
        "private_key",
        "credential",
    ]
    .iter()
    .any(|w| k.contains(w))
}

/// Replaces the string values under credential-like keys in both trees, helm-diff's way for
/// Secrets: `REDACTED # (N bytes)` where both sides agree, `-------- # (N bytes)` and
/// `++++++++ # (N bytes)` where they differ, so a diff says what changed but not to what.
pub fn redact_credentials(old: &mut Value, new: &mut Value) {
    redact_pair(Some(old), Some(new), false);
}

fn redact_pair(old: Option<&mut Value>, new: Option<&mut Value>, secret: bool) {
    match (old, new) {
        (Some(Value::Object(o)), Some(Value::Object(n))) => {
            for (k, ov) in o.iter_mut() {
                redact_pair(Some(ov), n.get_mut(k), secret || is_credential(k));
            }
            for (k, nv) in n.iter_mut().filter(|(k, _)| !o.contains_key(*k)) {
                redact_pair(None, Some(nv), secret || is_credential(k));
            }
        }
        (Some(Value::Array(o)), Some(Value::Array(n))) => {
            let len = o.len().max(n.len());
            let (mut o, mut n) = (o.iter_mut(), n.iter_mut());
            for _ in 0..len {
                redact_pair(o.next(), n.next(), secret);
            }
        }
        (old, new) => {
            let same = matches!((&old, &new), (Some(a), Some(b)) if a == b);
            let (old_label, new_label) = if same {
                ("REDACTED", "REDACTED")
            } else {
                ("--------", "++++++++")
            };
            if let Some(v) = old {
                redact_all(v, secret, old_label);
            }
            if let Some(v) = new {
                redact_all(v, secret, new_label);
            }
        }
    }
}

/// Redacts every credential string in `v` with `label`.
fn redact_all(v: &mut Value, secret: bool, label: &str) {
    match v {
        Value::Object(m) => {
            for (k, inner) in m.iter_mut() {
                redact_all(inner, secret || is_credential(k), label);
            }
        }
        Value::Array(items) => {
            for inner in items {
                redact_all(inner, secret, label);
            }
        }
        Value::String(s) if secret => *s = format!("{label} # ({} bytes)", s.len()),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn server_defaults_are_not_drift_but_edits_are() {
        let deployed = json!({"metadata": {"name": "web", "labels": {"app": "web"}},
            "spec": {"replicas": 1, "template": {"spec": {"containers": [{"name": "web", "image": "nginx:1"}]}}}});
        let live = json!({"metadata": {"name": "web", "uid": "u",
                "labels": {"app": "web", "app.kubernetes.io/managed-by": "Helm", "team": "ops"},
                "annotations": {"meta.helm.sh/release-name": "web"}},
            "spec": {"replicas": 3, "strategy": {"type": "RollingUpdate"},
                "template": {"spec": {"containers": [{"name": "web", "image": "nginx:1", "imagePullPolicy": "IfNotPresent"}]}}}});
        assert_eq!(
            project(&deployed, &live),
            json!({"metadata": {"name": "web", "labels": {"app": "web", "team": "ops"}},
                "spec": {"replicas": 3, "template": {"spec": {"containers": [{"name": "web", "image": "nginx:1"}]}}}})
        );
        let untouched = json!({"metadata": {"name": "web", "labels": {"app": "web"}},
            "spec": {"replicas": 1.0, "strategy": {}, "template": {"spec": {"containers": [{"name": "web", "image": "nginx:1"}]}}}});
        assert_eq!(project(&deployed, &untouched), deployed);
    }

    #[test]
    fn items_added_by_hand_show_and_items_are_matched_by_name() {
        let deployed = json!({"c": [{"name": "a", "v": 1}, {"name": "b", "v": 2}]});
        let live = json!({"c": [{"name": "b", "v": 2, "x": 0}, {"name": "side", "v": 9}, {"name": "a", "v": 1}]});
        assert_eq!(
            project(&deployed, &live),
            json!({"c": [{"name": "a", "v": 1}, {"name": "b", "v": 2}, {"name": "side", "v": 9}]})
        );
    }

    #[test]
    fn string_data_is_folded_into_data_as_the_server_stores_it() {
        let s = json!({"kind": "Secret", "data": {"a": "eA==", "b": "eQ=="}, "stringData": {"b": "z", "c": "w"}});
        assert_eq!(
            fold_string_data(&s),
            json!({"kind": "Secret", "data": {"a": "eA==", "b": "eg==", "c": "dw=="}})
        );
        let cm = json!({"kind": "ConfigMap", "stringData": {"b": "z"}});
        assert_eq!(fold_string_data(&cm), cm);
    }

    #[test]
    fn credentials_are_redacted_and_still_show_a_change() {
        let mut old = json!({"db": {"password": "hunter2", "host": "a"}, "apiToken": "t1", "list": [{"secret": "s"}]});
        let mut new = json!({"db": {"password": "hunter2", "host": "b"}, "apiToken": "t22", "extra": {"token": "zz"}, "list": [{"secret": "s"}]});
        redact_credentials(&mut old, &mut new);
        assert_eq!(old["db"]["password"], "REDACTED # (7 bytes)");
        assert_eq!(new["db"]["password"], "REDACTED # (7 bytes)");
        assert_eq!(old["db"]["host"], "a", "other values stay");
        assert_eq!(old["apiToken"], "-------- # (2 bytes)");
        assert_eq!(new["apiToken"], "++++++++ # (3 bytes)");
        assert_eq!(new["extra"]["token"], "++++++++ # (2 bytes)");
        assert_eq!(old["list"][0]["secret"], "REDACTED # (1 bytes)");
        let text = format!("{old}{new}");
        for secret in ["hunter2", "t1", "t22", "zz", "\"s\""] {
            assert!(!text.contains(secret), "{secret} leaked: {text}");
        }
    }
}
