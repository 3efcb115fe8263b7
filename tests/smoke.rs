//! Smoke test of the foundation: the real control plane, the real helm binary and kube-rs.

mod common;

use common::{demo_chart, testenv, Helm};
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, ListParams};

#[tokio::test]
async fn helm4_install_with_wait_is_ready_and_its_release_secret_is_helms() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("smoke");
    let chart = demo_chart();
    env.helm(
        Helm::V4,
        &[
            "install",
            "demo",
            chart.to_str().unwrap(),
            "-n",
            &ns.name,
            "--wait",
            "--timeout",
            "90s",
        ],
    )
    .ok();

    let client = env.client().await;
    let deploy: Deployment = Api::namespaced(client.clone(), &ns.name)
        .get("demo-demo")
        .await
        .unwrap();
    let status = deploy.status.expect("deployment status");
    assert_eq!(
        status.ready_replicas,
        Some(2),
        "kwok should make both pods Ready"
    );

    let secrets: Api<Secret> = Api::namespaced(client, &ns.name);
    let list = secrets
        .list(&ListParams::default().labels("owner=helm"))
        .await
        .unwrap();
    assert_eq!(list.items.len(), 1);
    let secret = &list.items[0];
    assert_eq!(
        secret.metadata.name.as_deref(),
        Some("sh.helm.release.v1.demo.v1")
    );
    assert_eq!(secret.type_.as_deref(), Some("helm.sh/release.v1"));
    let labels = secret.metadata.labels.clone().unwrap_or_default();
    for (k, v) in [
        ("owner", "helm"),
        ("name", "demo"),
        ("status", "deployed"),
        ("version", "1"),
    ] {
        assert_eq!(labels.get(k).map(String::as_str), Some(v), "label {k}");
    }
    let payload = &secret.data.as_ref().expect("secret data")["release"].0;
    // The payload is base64 of gzip: the gzip magic appears once the outer layer is decoded.
    use base64::Engine as _;
    let gz = base64::engine::general_purpose::STANDARD
        .decode(payload)
        .expect("base64 payload");
    assert_eq!(
        &gz[..3],
        &[0x1f, 0x8b, 0x08],
        "release payload should be gzip"
    );
}

#[tokio::test]
async fn restricted_user_has_rights_only_in_its_namespace() {
    let Some(env) = testenv() else { return };
    let own =
        std::env::var("RHELM_TESTENV_USER_NAMESPACE").unwrap_or_else(|_| "rhelm-restricted".into());
    let other = env.namespace("rbac-no");

    let client = env.client_for_context(Some(&env.user_context)).await;
    let mine: Api<Secret> = Api::namespaced(client.clone(), &own);
    mine.list(&ListParams::default())
        .await
        .expect("the restricted user should list secrets in the namespace its Role covers");

    let theirs: Api<Secret> = Api::namespaced(client, &other.name);
    match theirs.list(&ListParams::default()).await {
        Err(kube::Error::Api(status)) => assert_eq!(status.code, 403, "{status:?}"),
        other => panic!("expected 403 Forbidden, got {other:?}"),
    }
}
