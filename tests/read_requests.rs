//! What the read commands ask the API server for (issue 16): `get …`/`status` with
//! `--revision N` send one GET of that record and nothing else; without it, one metadata-only
//! LIST of the release's records and one GET of the newest; `history` one LIST of the records.
//! The records are large and one in the middle is damaged: the output must still equal helm
//! 4.1.4's, and the warning must name that record.
//! rhelm talks to the control plane through the loopback proxy of tests/common/proxy.rs, which
//! logs every request.

mod common;

use std::collections::BTreeMap;

use common::proxy::{Proxy, Seen};
use common::{testenv, Helm, TestEnv};
use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::ByteString;
use kube::api::{Api, ObjectMeta, PostParams};
use rhelm::release::codec;
use rhelm::storage::secret_configmap::{Kind, KubeDriver};
use rhelm::storage::Driver;

/// Text gzip cannot shrink much (a linear congruential generator's letters), so that each
/// record stays large once stored.
fn noise(seed: u64, len: usize) -> String {
    let mut x = seed;
    (0..len)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            char::from(b'a' + ((x >> 33) % 26) as u8)
        })
        .collect()
}

/// Revision `v` of release `big` in `ns`: about 60 KB of values, notes and a small manifest.
fn record(ns: &str, v: i64, last: i64) -> rhelm::release::Release {
    let status = if v == last { "deployed" } else { "superseded" };
    codec::from_value(serde_json::json!({
        "name": "big",
        "namespace": ns,
        "version": v,
        "info": {
            "first_deployed": "2024-05-01T10:00:00Z",
            "last_deployed": format!("2024-05-01T10:{v:02}:00.25Z"),
            "description": format!("Upgrade {v} <complete> & done"),
            "status": status,
            "notes": format!("notes of revision {v}\n"),
        },
        "chart": {"metadata": {"name": "big", "version": "1.2.3", "appVersion": "4.5"},
                  "templates": [{"name": "templates/cm.yaml", "data": "a2luZDogQ29uZmlnTWFw"}],
                  "values": {"size": "small", "nested": {"a": 1, "b": [1, 2]}}},
        "config": {"size": "large", "revision": v, "blob": noise(v as u64, 60_000)},
        "manifest": format!("---\n# Source: big/templates/cm.yaml\n# revision {v}\n"),
    }))
    .unwrap()
}

/// `env` with its kubeconfig pointing at `proxy`.
fn through(env: &TestEnv, proxy: &Proxy) -> TestEnv {
    let mut env = env.clone();
    env.kubeconfig = proxy.kubeconfig.clone();
    env
}

/// The requests for release Secrets, as "METHOD path?query".
fn secret_requests(seen: &[Seen]) -> Vec<String> {
    seen.iter()
        .filter(|s| s.path.contains("/secrets"))
        .map(|s| format!("{} {}", s.method, s.path))
        .collect()
}

#[test]
fn reads_send_only_the_requests_their_output_needs() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("read-req");
    let n = ns.name.clone();
    let last = 5;
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let client = env.client().await;
        let driver = KubeDriver::new(client.clone(), Kind::Secret, Some(n.clone()), &n);
        for v in (1..=last).filter(|v| *v != 2) {
            driver.create(&record(&n, v, last)).await.unwrap();
        }
        // Revision 2 is damaged: its labels are right, its payload is not a record.
        let labels = BTreeMap::from(
            [
                ("name", "big"),
                ("owner", "helm"),
                ("status", "superseded"),
                ("version", "2"),
            ]
            .map(|(k, v)| (k.to_string(), v.to_string())),
        );
        let damaged = Secret {
            metadata: ObjectMeta {
                name: Some("sh.helm.release.v1.big.v2".into()),
                labels: Some(labels),
                ..Default::default()
            },
            type_: Some("helm.sh/release.v1".into()),
            data: Some(BTreeMap::from([(
                "release".to_string(),
                ByteString(b"H4sI this is not a record".to_vec()),
            )])),
            ..Default::default()
        };
        Api::<Secret>::namespaced(client, &n)
            .create(&PostParams::default(), &damaged)
            .await
            .unwrap();
    });
    drop(rt);

    let dir = tempfile::tempdir().unwrap();
    let proxy = Proxy::start(&env, dir.path());
    let via = through(&env, &proxy);
    let base = format!("/api/v1/namespaces/{n}/secrets");
    let get = |v: i64| format!("GET {base}/sh.helm.release.v1.big.v{v}");
    let problems = std::cell::RefCell::new(Vec::new());
    let check = |args: &[&str], want: &dyn Fn(&[String]) -> bool, expected: &str| {
        let mut full = args.to_vec();
        full.extend(["-n", n.as_str()]);
        let helm = env.helm(Helm::V4, &full);
        proxy.reset();
        let ours = via.rhelm(&full);
        let asked = secret_requests(&proxy.seen());
        if ours.stdout != helm.stdout || ours.status != helm.status {
            problems.borrow_mut().push(format!(
                "rhelm {full:?}: output differs from helm 4's\n--- helm (exit {})\n{}{}\n--- rhelm (exit {})\n{}{}",
                helm.status, helm.stdout, helm.stderr, ours.status, ours.stdout, ours.stderr
            ));
        }
        if !want(&asked) {
            problems.borrow_mut().push(format!(
                "rhelm {full:?}: asked the API server for {asked:#?}, expected {expected}"
            ));
        }
        ours
    };

    // With --revision: that record, one GET, nothing else.
    let rev = "3";
    for args in [
        &["get", "values", "big", "--revision", rev][..],
        &[
            "get",
            "values",
            "big",
            "--revision",
            rev,
            "--all",
            "-o",
            "json",
        ],
        &["get", "manifest", "big", "--revision", rev],
        &["get", "notes", "big", "--revision", rev],
        &["get", "metadata", "big", "--revision", rev],
        &["status", "big", "--revision", rev],
    ] {
        check(
            args,
            &|asked| asked == [get(3)],
            &format!("only [{}]", get(3)),
        );
    }
    // Without: the newest record is found by a metadata-only LIST of the release's records,
    // then read by one GET.
    let list_then_newest = |asked: &[String]| {
        asked.len() == 2
            && asked[0].starts_with(&format!("GET {base}?"))
            && asked[0].contains("labelSelector")
            && asked[1] == get(last)
    };
    for args in [
        &["get", "values", "big"][..],
        &["get", "manifest", "big"],
        &["status", "big", "-o", "json"],
    ] {
        check(
            args,
            &list_then_newest,
            &format!("one LIST of the release's records, then [{}]", get(last)),
        );
    }
    // history: one LIST of the records, bodies included; the damaged one is named.
    for fmt in ["table", "json", "yaml"] {
        let ours = check(
            &["history", "big", "-o", fmt],
            &|asked| asked.len() == 1 && asked[0].starts_with(&format!("GET {base}?")),
            "one LIST of the release's records",
        );
        if !ours.stderr.contains("sh.helm.release.v1.big.v2") || ours.stderr.contains(".big.v3") {
            problems.borrow_mut().push(format!(
                "history -o {fmt}: the warning must name the damaged record v2 and no other: {}",
                ours.stderr
            ));
        }
    }
    common::finish(problems.into_inner());
}
