//! Twin releases: the same operation driven by helm 4 in one namespace and by rhelm in
//! another, then compared on what a user sees (history, records, live objects).

use serde_json::Value;

use super::{Helm, TestEnv};

/// `helm history -o json` (read by helm 4) without the times, which differ between any runs.
pub fn history(env: &TestEnv, ns: &str, name: &str) -> Vec<Value> {
    let run = env
        .helm(Helm::V4, &["history", name, "-n", ns, "-o", "json"])
        .ok();
    let mut v: Vec<Value> = serde_json::from_str(&run.stdout).expect("history json");
    for e in &mut v {
        e.as_object_mut().unwrap().remove("updated");
    }
    v
}

/// Revision, status and description of every record, oldest first.
pub fn statuses(env: &TestEnv, ns: &str, name: &str) -> Vec<(i64, String, String)> {
    history(env, ns, name)
        .iter()
        .map(|e| {
            (
                e["revision"].as_i64().unwrap(),
                e["status"].as_str().unwrap().to_string(),
                e["description"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Waits (up to a minute) until the latest revision of `web` has `status`.
pub fn wait_for_last_status(env: &TestEnv, ns: &str, status: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while statuses(env, ns, "web").last().map(|s| s.1.as_str()) != Some(status) {
        assert!(
            std::time::Instant::now() < deadline,
            "web never reached {status}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// A live object with what differs between namespaces and runs removed, or `None` if absent.
pub fn live(env: &TestEnv, ns: &str, kind: &str, name: &str) -> Option<Value> {
    let run = env.kubectl(&[
        "get",
        kind,
        name,
        "-n",
        ns,
        "-o",
        "json",
        "--ignore-not-found",
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    if run.stdout.trim().is_empty() {
        return None;
    }
    let mut v: Value = serde_json::from_str(&run.stdout).unwrap();
    let meta = v["metadata"].as_object_mut().unwrap();
    for k in [
        "uid",
        "resourceVersion",
        "creationTimestamp",
        "managedFields",
        "namespace",
        "generation",
    ] {
        meta.remove(k);
    }
    if let Some(a) = meta.get_mut("annotations").and_then(Value::as_object_mut) {
        a.remove("meta.helm.sh/release-namespace");
        a.remove("deployment.kubernetes.io/revision");
    }
    v.as_object_mut().unwrap().remove("status");
    // Service cluster IPs are assigned per object.
    if let Some(spec) = v.get_mut("spec").and_then(Value::as_object_mut) {
        spec.remove("clusterIP");
        spec.remove("clusterIPs");
    }
    Some(v)
}

/// The demo chart's objects of release `web`.
pub const DEMO_OBJECTS: [(&str, &str); 4] = [
    ("configmap", "web-demo"),
    ("configmap", "web-demo-extra"),
    ("deployment", "web-demo"),
    ("service", "web-demo"),
];

/// Asserts that `objects` are the same (or absent in both) in namespaces `a` and `b`.
pub fn same_objects(env: &TestEnv, a: &str, b: &str, objects: &[(&str, &str)]) {
    for (kind, name) in objects {
        assert_eq!(
            live(env, a, kind, name),
            live(env, b, kind, name),
            "{kind}/{name} differs between namespace {a} (helm) and {b} (rhelm)"
        );
    }
}

/// One stored record, decoded, with times and the namespace replaced by placeholders, and
/// its custom labels (system labels that carry times left out).
pub fn record(env: &TestEnv, ns: &str, name: &str, version: i64) -> Option<(Value, Value)> {
    let key = format!("sh.helm.release.v1.{name}.v{version}");
    let run = env.kubectl(&[
        "get",
        "secret",
        &key,
        "-n",
        ns,
        "-o",
        "json",
        "--ignore-not-found",
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    if run.stdout.trim().is_empty() {
        return None;
    }
    let secret: Value = serde_json::from_str(&run.stdout).unwrap();
    let data = secret["data"]["release"].as_str().expect("release data");
    use base64::Engine as _;
    let inner = base64::engine::general_purpose::STANDARD
        .decode(data)
        .expect("base64");
    let inner = String::from_utf8(inner).expect("utf8");
    let rel = rhelm::release::decode(&inner).expect("a decodable record");
    let mut json = serde_json::to_value(&rel).unwrap();
    normalise(&mut json, ns);
    // rhelm also records which revision a rollback restored (Helm's next field); helm 4.1
    // ignores it when it reads the record.
    if let Some(info) = json.get_mut("info").and_then(Value::as_object_mut) {
        info.remove("rollback_revision");
    }
    let mut labels = secret["metadata"]["labels"].clone();
    if let Some(l) = labels.as_object_mut() {
        l.remove("createdAt");
        l.remove("modifiedAt");
    }
    Some((json, labels))
}

const TIME_KEYS: [&str; 6] = [
    "first_deployed",
    "last_deployed",
    "deleted",
    "started_at",
    "completed_at",
    "modtime",
];

fn normalise(v: &mut Value, ns: &str) {
    match v {
        Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                if TIME_KEYS.contains(&k.as_str()) && x.is_string() {
                    *x = Value::from("T");
                } else if k == "namespace" && x == ns {
                    *x = Value::from("NS");
                } else {
                    normalise(x, ns);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| normalise(x, ns)),
        _ => {}
    }
}

/// Asserts that every stored revision of `name` is the same in `a` (helm) and `b` (rhelm),
/// times aside, with the same labels; `describe` may rewrite a description that is allowed to
/// differ (a root cause rhelm gives where helm says less).
pub fn same_records(
    env: &TestEnv,
    a: &str,
    b: &str,
    name: &str,
    describe: &dyn Fn(&str) -> String,
) {
    let revisions: Vec<i64> = history(env, a, name)
        .iter()
        .map(|e| e["revision"].as_i64().unwrap())
        .collect();
    let theirs: Vec<i64> = history(env, b, name)
        .iter()
        .map(|e| e["revision"].as_i64().unwrap())
        .collect();
    assert_eq!(revisions, theirs, "revisions of {name} differ");
    for v in revisions {
        let (mut x, lx) = record(env, a, name, v).expect("helm's record");
        let (mut y, ly) = record(env, b, name, v).expect("rhelm's record");
        for r in [&mut x, &mut y] {
            if let Some(d) = r.pointer_mut("/info/description") {
                *d = Value::from(describe(d.as_str().unwrap_or_default()));
            }
        }
        if x != y {
            let (xs, ys) = (
                serde_json::to_string_pretty(&x).unwrap(),
                serde_json::to_string_pretty(&y).unwrap(),
            );
            let first = xs
                .lines()
                .zip(ys.lines())
                .position(|(p, q)| p != q)
                .unwrap_or(0);
            let show = |s: &str| {
                s.lines()
                    .skip(first.saturating_sub(3))
                    .take(8)
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            panic!(
                "revision {v} of {name} differs (helm in {a}, rhelm in {b}) at line {first}:\nhelm:\n{}\nrhelm:\n{}",
                show(&xs),
                show(&ys)
            );
        }
        assert_eq!(lx, ly, "labels of revision {v} of {name} differ");
    }
}
