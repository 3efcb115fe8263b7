//! Records whose labels are missing or disagree with their body (very old or hand-made records):
//! `list`, `history`, `get` and `status` choose the newest revision from the labels and read only
//! that one (and of it only what they print), so they must notice the disagreement and read the
//! bodies; their output must still equal helm 4.1.4's, which always reads every body.

mod common;

use std::collections::BTreeMap;

use common::{testenv, Helm};
use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::ByteString;
use kube::api::{Api, ObjectMeta, PostParams};
use rhelm::release::codec;

/// A release body.
fn body(name: &str, ns: &str, version: i64, status: &str, minute: u32) -> String {
    let rel = codec::from_value(serde_json::json!({
        "name": name,
        "namespace": ns,
        "version": version,
        "info": {
            "first_deployed": "2024-05-01T10:00:00Z",
            "last_deployed": format!("2024-05-01T10:{minute:02}:00Z"),
            "description": format!("{name} revision {version}"),
            "status": status,
            "notes": format!("notes of {name} revision {version}"),
        },
        "chart": {"metadata": {"name": "labels", "version": "1.0.0", "appVersion": "2"},
                  "templates": [{"name": "templates/a.yaml", "data": "YQ=="}],
                  "values": {"a": 0, "b": {"c": version}}},
        "config": {"a": version},
        "manifest": "---\n",
        "hooks": [{"name": format!("{name}-hook"), "kind": "Job",
                   "path": "labels/templates/hook.yaml",
                   "manifest": format!("kind: Job\nmetadata:\n  name: hook-{version}\n"),
                   "events": ["post-install"],
                   "last_run": {"started_at": "2024-05-01T10:00:01Z",
                                "completed_at": "2024-05-01T10:00:02Z", "phase": "Succeeded"}}],
    }))
    .unwrap();
    codec::encode(&rel).unwrap()
}

/// Stores a record under `key` with exactly `labels` (plus owner=helm).
async fn put(api: &Api<Secret>, key: &str, labels: &[(&str, &str)], data: String) {
    let mut l: BTreeMap<String, String> = labels
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    l.insert("owner".into(), "helm".into());
    let secret = Secret {
        metadata: ObjectMeta {
            name: Some(key.to_string()),
            labels: Some(l),
            ..Default::default()
        },
        type_: Some("helm.sh/release.v1".into()),
        data: Some(BTreeMap::from([(
            "release".to_string(),
            ByteString(data.into_bytes()),
        )])),
        ..Default::default()
    };
    api.create(&PostParams::default(), &secret).await.unwrap();
}

#[tokio::test]
async fn records_whose_labels_lie_are_read_by_their_body() {
    let Some(env) = testenv() else { return };
    // Records without labels make every body count for the whole list, so they get a
    // namespace of their own: in the other one, only the bodies that disagree tell.
    let ns = env.namespace("read-labels");
    let bare_ns = env.namespace("read-labels-bare");
    let n = ns.name.as_str();
    let bn = bare_ns.name.as_str();
    let api: Api<Secret> = Api::namespaced(env.client().await, n);
    let bare_api: Api<Secret> = Api::namespaced(env.client().await, bn);
    let key = |name: &str, v: u32| format!("sh.helm.release.v1.{name}.v{v}");

    // Labels say v1 is revision 5; the bodies say v2 (revision 2) is the newest.
    put(
        &api,
        &key("liar", 1),
        &[("name", "liar"), ("version", "5"), ("status", "deployed")],
        body("liar", n, 1, "superseded", 1),
    )
    .await;
    put(
        &api,
        &key("liar", 2),
        &[("name", "liar"), ("version", "2"), ("status", "superseded")],
        body("liar", n, 2, "deployed", 2),
    )
    .await;
    // No name, version or status labels at all.
    for v in 1..=3 {
        let status = if v == 3 { "failed" } else { "superseded" };
        put(
            &bare_api,
            &key("bare", v),
            &[],
            body("bare", bn, i64::from(v), status, v),
        )
        .await;
    }
    // The label names one release, the body another (which then has two records).
    put(
        &api,
        &key("alias", 1),
        &[("name", "alias"), ("version", "1"), ("status", "deployed")],
        body("real", n, 7, "deployed", 7),
    )
    .await;
    put(
        &api,
        &key("real", 1),
        &[("name", "real"), ("version", "1"), ("status", "deployed")],
        body("real", n, 1, "superseded", 3),
    )
    .await;
    // Honest records, so that the quick path is taken for some releases.
    for (a, ns) in [(&api, n), (&bare_api, bn)] {
        for v in 1..=2 {
            let status = if v == 2 { "deployed" } else { "superseded" };
            let version = v.to_string();
            let labels = [
                ("name", "honest"),
                ("version", &version),
                ("status", status),
            ];
            let data = body("honest", ns, i64::from(v), status, 10 + v);
            put(a, &key("honest", v), &labels, data).await;
        }
    }

    let mut lists = Vec::new();
    for ns in [n, bn] {
        for fmt in ["table", "json", "yaml"] {
            lists.push(vec!["list", "-n", ns, "-o", fmt]);
            lists.push(vec!["list", "-n", ns, "-o", fmt, "--all"]);
        }
        lists.push(vec!["list", "-n", ns, "--superseded"]);
        lists.push(vec!["list", "-n", ns, "-d", "-r"]);
    }
    let histories = [
        ("liar", n),
        ("bare", bn),
        ("alias", n),
        ("real", n),
        ("honest", n),
    ];
    for (name, ns) in histories {
        for max in ["1", "2", "256"] {
            lists.push(vec!["history", name, "-n", ns, "--max", max, "-o", "json"]);
        }
        lists.push(vec!["history", name, "-n", ns]);
        // `get` and `status` read only the parts they print of the newest record (by body) or
        // of the revision asked for.
        for rev in [&[][..], &["--revision", "1"]] {
            for cmd in [
                &["get", "values"][..],
                &["get", "values", "--all", "-o", "json"],
                &["get", "manifest"],
                &["get", "hooks"],
                &["get", "notes"],
                &["get", "metadata", "-o", "json"],
                &["status", "-o", "json"],
            ] {
                lists.push([cmd, &[name, "-n", ns], rev].concat());
            }
        }
    }
    for args in lists {
        let ours = env.rhelm(&args);
        let theirs = env.helm(Helm::V4, &args);
        assert_eq!(
            (ours.status, &ours.stdout),
            (theirs.status, &theirs.stdout),
            "{args:?}\nstderr: {}",
            ours.stderr
        );
    }
    // The table really shows the body's choice (not the labels').
    let table = env.rhelm(&["list", "-n", n]).stdout;
    let liar = table.lines().find(|l| l.starts_with("liar")).unwrap();
    assert!(liar.split_whitespace().nth(2) == Some("2"), "{table}");
    let real = table.lines().find(|l| l.starts_with("real")).unwrap();
    assert!(real.split_whitespace().nth(2) == Some("7"), "{table}");
}
