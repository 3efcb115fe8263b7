//! Records rhelm writes are read back unchanged by helm 3.17.3 and helm 4.1.4: every record
//! written by real helm is decoded by rhelm, encoded again (same JSON bytes, newly gzipped) and
//! stored as a copy in a second namespace, where both helms must print exactly what they print
//! for the original.

mod common;

use std::io::Read;
use std::path::Path;

use base64::Engine as _;
use common::{testenv, Helm};
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::api::{Api, ListParams};
use rhelm::release::codec;
use rhelm::storage::secret_configmap::{Kind, KubeDriver};
use rhelm::storage::Driver;

fn json_of(stored: &str) -> Vec<u8> {
    let raw = base64::engine::general_purpose::STANDARD
        .decode(stored)
        .expect("base64");
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&raw[..])
        .read_to_end(&mut out)
        .expect("gzip");
    out
}

#[tokio::test]
async fn records_rewritten_by_rhelm_read_back_identically_in_helm3_and_helm4() {
    let Some(env) = testenv() else { return };
    let src = env.namespace("read-rt-src");
    let dst = env.namespace("read-rt-dst");
    let chart = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/read/chart");
    let chart = chart.to_str().unwrap();
    let (s, d) = (src.name.as_str(), dst.name.as_str());
    env.helm(
        Helm::V3,
        &[
            "install",
            "rt",
            chart,
            "-n",
            s,
            "--set-string",
            "greeting=<x>&ü",
        ],
    )
    .ok();
    env.helm(
        Helm::V4,
        &["upgrade", "rt", chart, "-n", s, "--set", "count=7"],
    )
    .ok();
    env.helm(
        Helm::V4,
        &["install", "lb", chart, "-n", s, "--labels", "team=x"],
    )
    .ok();
    env.helm(Helm::V3, &["uninstall", "lb", "-n", s, "--keep-history"])
        .ok();

    for kind in [Kind::Secret, Kind::ConfigMap] {
        let client = env.client().await;
        let source = KubeDriver::new(client.clone(), kind, Some(s.to_string()), s);
        let target_ns = if kind == Kind::Secret { d } else { s };
        let target = KubeDriver::new(client.clone(), kind, Some(target_ns.to_string()), target_ns);
        if kind == Kind::ConfigMap {
            // Second pass: copy the Secret records into ConfigMaps of the source namespace.
            let secrets = KubeDriver::new(client.clone(), Kind::Secret, Some(s.to_string()), s);
            for h in secrets.heads(None).await.unwrap() {
                let r = secrets.fetch(&h).await.unwrap();
                target.create(&r).await.unwrap();
            }
        } else {
            for h in source.heads(None).await.unwrap() {
                let mut r = source.get(&h.key).await.unwrap();
                r.labels = rhelm::storage::custom_labels(&r.labels);
                target.create(&r).await.unwrap();
                target.update(&r).await.unwrap();
            }
        }
    }

    // The JSON inside every copy is byte-for-byte the JSON helm wrote.
    let secrets_src: Api<Secret> = Api::namespaced(env.client().await, s);
    let secrets_dst: Api<Secret> = Api::namespaced(env.client().await, d);
    let cms: Api<ConfigMap> = Api::namespaced(env.client().await, s);
    let lp = ListParams::default().labels("owner=helm");
    let originals = secrets_src.list(&lp).await.unwrap().items;
    assert_eq!(originals.len(), 3, "rt v1, rt v2 and lb v1 (uninstalled)");
    for o in &originals {
        let key = o.metadata.name.clone().unwrap();
        let orig = String::from_utf8(o.data.as_ref().unwrap()["release"].0.clone()).unwrap();
        let copy = secrets_dst.get(&key).await.unwrap();
        let copy = String::from_utf8(copy.data.unwrap()["release"].0.clone()).unwrap();
        assert_eq!(
            String::from_utf8(json_of(&copy)).unwrap(),
            String::from_utf8(json_of(&orig)).unwrap(),
            "{key}: JSON changed"
        );
        let cm = cms.get(&key).await.unwrap();
        assert_eq!(
            json_of(&cm.data.unwrap()["release"]),
            json_of(&orig),
            "{key} (ConfigMap)"
        );
        // And rhelm decodes its own encoding to the same record.
        assert_eq!(codec::decode(&copy).unwrap(), codec::decode(&orig).unwrap());
    }

    // Both helms print the same for the copies as for the originals.
    for which in [Helm::V3, Helm::V4] {
        for args in [
            &["history", "rt", "-o", "json"][..],
            &["history", "lb", "-o", "yaml"],
            &["get", "all", "rt"],
            &["get", "all", "lb", "--revision", "1"],
            &["get", "values", "rt", "-a", "-o", "json"],
            &["get", "values", "rt", "--revision", "1", "-o", "yaml"],
            &["get", "manifest", "rt"],
            &["get", "hooks", "rt"],
            &["get", "notes", "rt"],
            &["get", "metadata", "lb", "--revision", "1", "-o", "json"],
            &["list", "-a"],
        ] {
            if which == Helm::V4 && args == ["list", "-a"] {
                continue;
            }
            let mut a1: Vec<&str> = args.to_vec();
            a1.extend(["-n", s]);
            let mut a2: Vec<&str> = args.to_vec();
            a2.extend(["-n", d]);
            let orig = env.helm(which, &a1);
            let copy = env.helm(which, &a2);
            assert_eq!(orig.status, 0, "{which:?} {a1:?}: {}", orig.stderr);
            // The namespace printed is the one inside the record, so it is the same too.
            let expected = orig.stdout.clone();
            assert_eq!(
                copy.stdout, expected,
                "{which:?} {args:?} differs on rhelm's copy"
            );
        }
    }
    // ConfigMap copies read by helm 4.
    let env_cm = |args: &[&str]| {
        let out = std::process::Command::new(&env.helm4)
            .env("KUBECONFIG", &env.kubeconfig)
            .env("HELM_DRIVER", "configmap")
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    for args in [
        &["history", "rt", "-o", "json", "-n", s][..],
        &["get", "all", "lb", "-n", s, "--revision", "1"],
    ] {
        let secret_view = env.helm(Helm::V4, args).ok().stdout;
        assert!(!secret_view.is_empty(), "helm {args:?} printed nothing");
        assert_eq!(env_cm(args), secret_view, "configmap copy {args:?}");
    }
}
