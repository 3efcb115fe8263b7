//! Many records: more than one list page (500 objects) in a namespace, a release with 520
//! revisions (history's default `--max 256`) — rhelm's output must still equal helm 4.1.4's.

mod common;

use std::time::Instant;

use common::{testenv, Helm};
use futures::StreamExt;
use rhelm::release::codec;
use rhelm::storage::secret_configmap::{Kind, KubeDriver};
use rhelm::storage::Driver;

#[tokio::test]
async fn paginated_lists_and_long_histories_match_helm4() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("read-many");
    let n = ns.name.clone();
    let driver = KubeDriver::new(env.client().await, Kind::Secret, Some(n.clone()), &n);
    let total = 520;
    let records: Vec<_> = (1..=total)
        .map(|v| {
            let status = if v == total { "deployed" } else { "superseded" };
            let name = if v % 10 == 0 {
                format!("other{v}")
            } else {
                "big".to_string()
            };
            let version = if name == "big" { v } else { 1 };
            let json = serde_json::json!({
                "name": name,
                "namespace": n,
                "version": version,
                "info": {
                    "first_deployed": "2024-05-01T10:00:00Z",
                    "last_deployed": format!("2024-05-01T10:{:02}:{:02}.5Z", (v / 60) % 60, v % 60),
                    "description": format!("step {v} <&>"),
                    "status": status,
                },
                "chart": {"metadata": {"name": "many", "version": "1.0.0", "appVersion": "9"}},
                "config": {"step": v},
                "manifest": "",
            });
            codec::from_value(json).unwrap()
        })
        .collect();
    futures::stream::iter(records.iter())
        .for_each_concurrent(32, |r| {
            let d = &driver;
            async move { d.create(r).await.unwrap() }
        })
        .await;

    for args in [
        &["history", "big"][..],
        &["history", "big", "--max", "600", "-o", "json"],
        &["history", "big", "--max", "3", "-o", "yaml"],
        &["list"],
        &["list", "--superseded", "-o", "json"],
        &["list", "-d", "-r", "-m", "10"],
        &["list", "--offset", "40", "-q"],
        &["get", "values", "big", "--revision", "77", "-o", "json"],
        &["status", "big", "-o", "json"],
    ] {
        let mut a: Vec<&str> = args.to_vec();
        a.extend(["-n", &n]);
        let t0 = Instant::now();
        let ours = env.rhelm(&a);
        let t_ours = t0.elapsed();
        let t1 = Instant::now();
        let theirs = env.helm(Helm::V4, &a);
        let t_theirs = t1.elapsed();
        // Every command reads the records it is given and prints them: a shared failure or an
        // empty answer would make the comparison below pass without checking anything.
        assert_eq!(theirs.status, 0, "helm {a:?}: {}", theirs.stderr);
        assert!(
            !theirs.stdout.trim().is_empty(),
            "helm {a:?} printed nothing"
        );
        assert_eq!(ours.status, theirs.status, "{a:?}: {}", ours.stderr);
        assert_eq!(ours.stdout, theirs.stdout, "{a:?}");
        eprintln!("{args:?}: rhelm {t_ours:?}, helm {t_theirs:?}");
    }
}
