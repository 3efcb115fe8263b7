//! Access: a user without RBAC rights gets helm 4's error, which names the verb, the resource and
//! the namespace, followed by what to do; a kubeconfig whose CA did not sign the API server's
//! certificate is refused unless `--kube-insecure-skip-tls-verify`.

mod common;

use std::process::Command;

use common::{testenv, unique_name, write_chart, Helm};

/// The `Error: …` line of a command's stderr.
fn error_line(stderr: &str) -> &str {
    stderr
        .lines()
        .find(|l| l.starts_with("Error: "))
        .unwrap_or_else(|| panic!("no error line in:\n{stderr}"))
}

#[test]
fn rbac_denials_match_helm_and_say_what_to_do() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("access");
    let n = ns.name.as_str();
    let chart = common::demo_chart();
    let chart = chart.to_str().unwrap();
    env.rhelm(&["install", "acl", chart, "-n", n]).ok();
    let alice = env.user_context.as_str();
    let mut compared = 0;
    for args in [
        &["history", "acl"][..],
        &["history", "acl", "-o", "json"],
        &["status", "acl"],
        &["get", "values", "acl"],
        &["get", "manifest", "acl"],
        &["get", "all", "acl"],
        &["list"],
        &["upgrade", "acl", chart],
        &["rollback", "acl", "1"],
        &["uninstall", "acl"],
    ] {
        let mut a: Vec<&str> = args.to_vec();
        a.extend(["-n", n, "--kube-context", alice]);
        let ours = env.rhelm(&a);
        let theirs = env.helm(Helm::V4, &a);
        assert!(
            ours.status != 0 && theirs.status != 0,
            "{a:?}: alice has no rights in {n}"
        );
        assert_eq!(
            error_line(&ours.stderr),
            error_line(&theirs.stderr),
            "{a:?}: rhelm words the denial as helm 4 does"
        );
        for needed in [
            "User \"alice\" cannot list resource \"secrets\"",
            &format!("in the namespace \"{n}\""),
            "ask a cluster administrator for RBAC rights",
            "--kube-context",
        ] {
            assert!(
                ours.stderr.contains(needed),
                "{a:?}: {needed:?} missing from:\n{}",
                ours.stderr
            );
        }
        compared += 1;
    }
    // Nothing was changed by any of them.
    let h = env.rhelm(&["history", "acl", "-n", n, "-o", "json"]).ok();
    let v: Vec<serde_json::Value> = serde_json::from_str(&h.stdout).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["status"], "deployed");

    // A denial on an object of the chart (a cluster-scoped one, in the namespace alice may use).
    if let Ok(own) = std::env::var("RHELM_TESTENV_USER_NAMESPACE") {
        let dir = std::env::temp_dir().join(unique_name("rhelm-access-chart"));
        write_chart(
            &dir,
            &[
                ("Chart.yaml", "apiVersion: v2\nname: cr\nversion: 0.1.0\n"),
                (
                    "templates/cr.yaml",
                    "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: {{ .Release.Name }}-cr\nrules: []\n",
                ),
            ],
        );
        let c = dir.to_str().unwrap();
        let name = unique_name("cr");
        let a = ["install", &name, c, "-n", &own, "--kube-context", alice];
        let ours = env.rhelm(&a);
        let theirs = env.helm(Helm::V4, &a);
        assert!(ours.status != 0 && theirs.status != 0);
        assert_eq!(
            error_line(&ours.stderr),
            error_line(&theirs.stderr),
            "a denied object is named as helm 4 names it"
        );
        assert!(ours
            .stderr
            .contains("cannot get resource \"clusterroles\" in API group \"rbac.authorization.k8s.io\" at the cluster scope"));
        compared += 1;
        let _ = std::fs::remove_dir_all(&dir);
    }
    eprintln!("rbac: {compared} denials worded as helm 4 words them");
}

#[test]
fn a_wrong_ca_is_refused_unless_verification_is_skipped() {
    let Some(env) = testenv() else { return };
    let dir = std::env::temp_dir().join(unique_name("rhelm-wrong-ca"));
    std::fs::create_dir_all(&dir).unwrap();
    // A CA of our own, which did not sign the API server's certificate.
    let st = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args(["-subj", "/CN=rhelm-wrong-ca", "-keyout"])
        .arg(dir.join("ca.key"))
        .arg("-out")
        .arg(dir.join("ca.crt"))
        .output()
        .expect("run openssl (testenv/start.sh needs it too)");
    assert!(
        st.status.success(),
        "{}",
        String::from_utf8_lossy(&st.stderr)
    );
    let ca = std::fs::read(dir.join("ca.crt")).unwrap();
    use base64::Engine;
    let ca = base64::engine::general_purpose::STANDARD.encode(ca);
    let kubeconfig = std::fs::read_to_string(&env.kubeconfig).unwrap();
    assert!(kubeconfig.contains("certificate-authority-data: "));
    let wrong: String = kubeconfig
        .lines()
        .map(|l| match l.split_once("certificate-authority-data: ") {
            Some((indent, _)) => format!("{indent}certificate-authority-data: {ca}\n"),
            None => format!("{l}\n"),
        })
        .collect();
    let wrong_path = dir.join("kubeconfig");
    std::fs::write(&wrong_path, wrong).unwrap();
    let kc = wrong_path.to_str().unwrap();

    let refused = env.rhelm(&["list", "-A", "--kubeconfig", kc]);
    let helm = env.helm(Helm::V4, &["list", "-A", "--kubeconfig", kc]);
    assert_ne!(refused.status, 0, "a wrong CA must be refused");
    assert!(
        refused
            .stderr
            .contains("certificate signed by unknown authority"),
        "{}",
        refused.stderr
    );
    assert_eq!(error_line(&refused.stderr), error_line(&helm.stderr));
    // A write is refused the same way, and writes nothing.
    let chart = common::demo_chart();
    let name = unique_name("tls");
    let w = env.rhelm(&[
        "install",
        &name,
        chart.to_str().unwrap(),
        "--kubeconfig",
        kc,
    ]);
    assert_ne!(w.status, 0);
    assert!(w.stderr.contains("certificate signed by unknown authority"));

    let skipped = env.rhelm(&[
        "list",
        "-A",
        "--kubeconfig",
        kc,
        "--kube-insecure-skip-tls-verify",
    ]);
    assert_eq!(skipped.status, 0, "{}", skipped.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}
