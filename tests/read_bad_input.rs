//! Damaged release records: `list` and `history` keep showing everything else (exactly like
//! helm 4.1.4, which skips them silently) and name each damaged record on stderr; reading a
//! damaged revision fails with a clear message; nothing panics.

mod common;

use std::path::Path;

use common::records::{self, b64, gzip};
use common::{testenv, Helm, Run, TestEnv};
use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;

async fn put_record(api: &Api<Secret>, name: &str, version: u32, data: Option<String>) {
    records::plant(api, &records::Record::new(name, version, data)).await;
}

fn rhelm(env: &TestEnv, args: &[&str]) -> Run {
    let r = env.rhelm(args);
    assert!(
        !r.stderr.contains("panicked"),
        "rhelm panicked on {args:?}:\n{}",
        r.stderr
    );
    r
}

#[tokio::test]
async fn damaged_records_are_skipped_and_named() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("read-bad");
    let n = ns.name.as_str();
    let chart = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/read/chart");
    let chart = chart.to_str().unwrap();
    env.helm(Helm::V4, &["install", "good", chart, "-n", n])
        .ok();
    env.helm(Helm::V4, &["install", "mix", chart, "-n", n]).ok();

    let api: Api<Secret> = Api::namespaced(env.client().await, n);
    let cases: Vec<(&str, Option<String>)> = vec![
        ("badb64", Some("!!!not base64!!!".to_string())),
        (
            "badgzip",
            Some(b64(&[0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3])),
        ),
        ("badjson", Some(b64(&gzip(b"{\"name\": \"badjson\", ")))),
        ("nokey", None),
        (
            "wrongtype",
            Some(b64(&gzip(b"{\"name\":\"wrongtype\",\"version\":\"one\"}"))),
        ),
        ("notobject", Some(b64(b"[1,2,3]"))),
    ];
    for (name, data) in cases.clone() {
        put_record(&api, name, 1, data).await;
    }
    // A damaged newest revision on top of a good one.
    put_record(&api, "mix", 2, Some(b64(&gzip(b"{broken")))).await;

    // list: same stdout as helm (which skips damaged records), every damaged key named.
    for fmt in ["table", "json", "yaml"] {
        let ours = rhelm(&env, &["list", "-n", n, "-o", fmt]);
        let theirs = env.helm(Helm::V4, &["list", "-n", n, "-o", fmt]);
        assert_eq!(ours.status, 0, "{}", ours.stderr);
        assert_eq!(ours.stdout, theirs.stdout, "list -o {fmt}");
        for (name, _) in &cases {
            let key = format!("sh.helm.release.v1.{name}.v1");
            assert!(
                ours.stderr.contains(&key),
                "list should name {key}:\n{}",
                ours.stderr
            );
        }
        assert!(
            ours.stderr.contains("sh.helm.release.v1.mix.v2"),
            "{}",
            ours.stderr
        );
        assert!(
            ours.stdout.contains("mix"),
            "mix falls back to its readable revision"
        );
    }

    // history of a release whose newest record is damaged: the readable ones, like helm.
    for fmt in ["table", "json", "yaml"] {
        let ours = rhelm(&env, &["history", "mix", "-n", n, "-o", fmt]);
        let theirs = env.helm(Helm::V4, &["history", "mix", "-n", n, "-o", fmt]);
        assert_eq!((ours.status, &ours.stdout), (theirs.status, &theirs.stdout));
        assert!(
            ours.stderr.contains("sh.helm.release.v1.mix.v2"),
            "{}",
            ours.stderr
        );
    }
    // A release with only damaged records: history prints what helm prints (no rows).
    for (name, _) in &cases {
        let ours = rhelm(&env, &["history", name, "-n", n, "-o", "json"]);
        let theirs = env.helm(Helm::V4, &["history", name, "-n", n, "-o", "json"]);
        assert_eq!(
            (ours.status, &ours.stdout),
            (theirs.status, &theirs.stdout),
            "{name}"
        );
    }

    // status and get without --revision use the newest readable revision, like helm.
    let ours = rhelm(&env, &["get", "values", "mix", "-n", n, "-o", "json"]);
    let theirs = env.helm(Helm::V4, &["get", "values", "mix", "-n", n, "-o", "json"]);
    assert_eq!((ours.status, &ours.stdout), (theirs.status, &theirs.stdout));

    // Reading a damaged revision fails with a message naming the record.
    for (name, rev) in [
        ("mix", "2"),
        ("badb64", "1"),
        ("badgzip", "1"),
        ("badjson", "1"),
        ("nokey", "1"),
        ("wrongtype", "1"),
        ("notobject", "1"),
    ] {
        for cmd in [&["get", "values"][..], &["get", "manifest"], &["status"]] {
            let mut args: Vec<&str> = cmd.to_vec();
            args.extend([name, "-n", n, "--revision", rev]);
            let ours = rhelm(&env, &args);
            assert_eq!(ours.status, 1, "{args:?} should fail");
            assert!(ours.stdout.is_empty(), "{args:?} printed {}", ours.stdout);
            let key = format!("sh.helm.release.v1.{name}.v{rev}");
            assert!(
                ours.stderr.starts_with("Error: ")
                    && ours.stderr.contains(&key)
                    && ours.stderr.contains("damaged"),
                "{args:?}: unclear error: {}",
                ours.stderr
            );
            let theirs = env.helm(Helm::V4, &args);
            assert_eq!(theirs.status, 1, "helm also fails on {args:?}");
        }
    }
    // Without --revision, a release whose only records are damaged fails clearly too.
    let ours = rhelm(&env, &["get", "values", "badjson", "-n", n]);
    assert_eq!(ours.status, 1);
    assert!(
        ours.stderr.contains("sh.helm.release.v1.badjson.v1"),
        "{}",
        ours.stderr
    );
}
