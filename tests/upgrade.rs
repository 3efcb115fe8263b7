//! `rhelm install` and `rhelm upgrade` against the real control plane: every scenario is run
//! twice, by helm 4.1.4 in one namespace and by rhelm in another, and the two are compared on
//! exit codes, output, stored records (times aside), history and live objects.

mod common;

use common::twin::{
    history, live, same_objects, same_records, statuses, wait_for_last_status, Twin, DEMO_OBJECTS,
};
use common::{demo_chart, testenv, write_chart, Helm, TestEnv};
use serde_json::Value;

fn chart() -> String {
    demo_chart().to_str().unwrap().to_string()
}

#[test]
fn install_and_upgrades_in_every_values_mode_match_helm() {
    let Some(env) = testenv() else { return };
    let t = Twin::new(&env, "up-modes");
    let c = chart();
    let dir = tempfile::tempdir().unwrap();
    let values = dir.path().join("prod.yaml");
    std::fs::write(&values, "message: from a file\nextra:\n  enabled: true\n").unwrap();
    let values = values.to_str().unwrap();

    t.same(&["install", "web", &c, "-f", values, "--set", "image.tag=2.0"]);
    t.same_state("web");
    // No values given: the current ones are kept.
    t.same(&["upgrade", "web", &c]);
    t.same_state("web");
    t.same(&["upgrade", "web", &c, "--set", "replicaCount=3"]);
    t.same_state("web");
    t.same(&[
        "upgrade",
        "web",
        &c,
        "--reuse-values",
        "--set",
        "message=reused",
    ]);
    t.same_state("web");
    t.same(&[
        "upgrade",
        "web",
        &c,
        "--reset-then-reuse-values",
        "--set",
        "podLabels.tier=two",
    ]);
    t.same_state("web");
    t.same(&[
        "upgrade",
        "web",
        &c,
        "--reset-values",
        "--set",
        "extra.enabled=false",
    ]);
    t.same_state("web");
    assert_eq!(statuses(&env, &t.rhelm.name, "web").len(), 6);
    assert!(live(&env, &t.rhelm.name, "configmap", "web-demo-extra").is_none());

    // JSON output is the whole record; equal once times and namespaces are put aside.
    let (h, r) = t.same_json(&["upgrade", "web", &c, "--set", "message=json", "-o", "json"]);
    assert_eq!(h, r);
    let (h, r) = t.both(&["get", "all", "web"]);
    assert_eq!(
        t.normalised(&h.stdout, &t.helm.name),
        t.normalised(&r.stdout, &t.rhelm.name)
    );
}

#[test]
fn errors_match_helm_and_leave_history_alone() {
    let Some(env) = testenv() else { return };
    let t = Twin::new(&env, "up-errors");
    let c = chart();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "a: [unclosed\n").unwrap();
    let bad = bad.to_str().unwrap();

    // Nothing installed yet.
    t.same(&["upgrade", "web", &c]);
    t.same(&["install", "Web_1", &c]);
    t.same(&["install", "web", "./no-such-chart"]);
    t.same(&["install", "web", &c, "-f", bad]);
    t.same(&["install", "web", &c, "--labels", "owner=me"]);
    t.same(&["install", "web", &c, "--hide-secret"]);
    t.same(&["install", "web", &c]);
    // The name is taken now.
    t.same(&["install", "web", &c]);
    t.same(&["upgrade", "web", &c, "--labels", "status=x"]);
    t.same(&["upgrade", "web", &c, "-f", bad]);
    t.same_state("web");
    assert_eq!(statuses(&env, &t.rhelm.name, "web").len(), 1);
    // Refused by the apply step, after the record exists: a failed revision, as in helm.
    t.same(&[
        "upgrade",
        "web",
        &c,
        "--force-replace",
        "--server-side",
        "true",
    ]);
    t.same_state("web");
    assert_eq!(statuses(&env, &t.rhelm.name, "web")[1].1, "failed");
}

#[test]
fn ownership_of_existing_objects_is_checked_or_taken() {
    let Some(env) = testenv() else { return };
    let t = Twin::new(&env, "up-owner");
    let c = chart();
    for ns in [&t.helm.name, &t.rhelm.name] {
        env.kubectl(&[
            "create",
            "configmap",
            "web-demo",
            "-n",
            ns,
            "--from-literal=k=v",
        ])
        .ok();
    }
    let (h, _) = t.same(&["install", "web", &c]);
    assert!(
        h.stderr
            .contains("exists and cannot be imported into the current release"),
        "{}",
        h.stderr
    );
    assert!(history_empty(&env, &t.rhelm.name));
    t.same(&["install", "web", &c, "--take-ownership"]);
    t.same_state("web");

    // An upgrade that adds an object somebody else created.
    for ns in [&t.helm.name, &t.rhelm.name] {
        env.kubectl(&[
            "create",
            "configmap",
            "web-demo-extra",
            "-n",
            ns,
            "--from-literal=k=v",
        ])
        .ok();
    }
    t.same(&["upgrade", "web", &c, "--set", "extra.enabled=true"]);
    t.same_state("web");
    t.same(&[
        "upgrade",
        "web",
        &c,
        "--set",
        "extra.enabled=true",
        "--take-ownership",
    ]);
    t.same_state("web");
}

fn history_empty(env: &TestEnv, ns: &str) -> bool {
    env.kubectl(&["get", "secrets", "-n", ns, "-l", "owner=helm", "-o", "name"])
        .ok()
        .stdout
        .trim()
        .is_empty()
}

#[test]
fn upgrade_install_on_a_missing_and_on_an_uninstalled_release() {
    let Some(env) = testenv() else { return };
    let t = Twin::new(&env, "up-inst");
    let c = chart();
    t.same(&["upgrade", "--install", "web", &c, "--description", "first"]);
    t.same_state("web");
    t.same(&[
        "upgrade",
        "-i",
        "web",
        &c,
        "--set",
        "message=two",
        "--labels",
        "team=a,tier=web",
    ]);
    t.same_state("web");
    t.same(&["upgrade", "-i", "web", &c, "--labels", "tier=null,team=b"]);
    t.same_state("web");
    for ns in [&t.helm.name, &t.rhelm.name] {
        env.helm_in(Helm::V4, ns, "uninstall web --keep-history")
            .ok();
    }
    // The uninstalled release is installed again as the next revision.
    t.same(&["upgrade", "--install", "web", &c]);
    t.same_state("web");
    let s = statuses(&env, &t.rhelm.name, "web");
    assert_eq!(s[2].1, "superseded");
    assert_eq!(s[2].2, "superseded by new release");
    assert_eq!(s[3], (4, "deployed".into(), "Install complete".into()));
}

#[test]
fn dry_runs_print_what_helm_prints_and_write_nothing() {
    let Some(env) = testenv() else { return };
    let t = Twin::new(&env, "up-dry");
    let c = chart();
    t.same(&["install", "web", &c, "--dry-run"]);
    t.same(&[
        "install",
        "web",
        &c,
        "--dry-run=server",
        "--set",
        "deployHooks=true",
    ]);
    assert!(history_empty(&env, &t.rhelm.name));
    assert!(live(&env, &t.rhelm.name, "deployment", "web-demo").is_none());
    t.same(&["install", "web", &c]);
    t.same(&["upgrade", "web", &c, "--dry-run", "--set", "replicaCount=5"]);
    t.same(&["upgrade", "web", &c, "--dry-run=server", "--hide-secret"]);
    t.same_state("web");
    assert_eq!(history(&env, &t.rhelm.name, "web").len(), 1);
}

#[test]
fn hooks_history_max_and_objects_deleted_by_hand() {
    let Some(env) = testenv() else { return };
    let t = Twin::new(&env, "up-hooks");
    let c = chart();
    t.same(&[
        "install",
        "web",
        &c,
        "--set",
        "deployHooks=true",
        "--wait",
        "--timeout",
        "90s",
    ]);
    t.same_state("web");
    for (i, msg) in ["a", "b", "c", "d"].iter().enumerate() {
        let set = format!("message={msg}");
        t.same(&[
            "upgrade",
            "web",
            &c,
            "--set",
            "deployHooks=true",
            "--set",
            &set,
            "--history-max",
            "3",
        ]);
        assert!(history(&env, &t.rhelm.name, "web").len() <= 3, "round {i}");
    }
    t.same_state("web");
    let post = live(&env, &t.rhelm.name, "configmap", "web-demo-post-deploy").unwrap();
    assert_eq!(post["data"]["revision"], "5");

    for ns in [&t.helm.name, &t.rhelm.name] {
        env.kubectl(&["delete", "deployment", "web-demo", "-n", ns])
            .ok();
    }
    t.same(&[
        "upgrade",
        "web",
        &c,
        "--set",
        "deployHooks=true",
        "--history-max",
        "3",
    ]);
    t.same_state("web");
    assert!(live(&env, &t.rhelm.name, "deployment", "web-demo").is_some());
}

#[test]
fn client_side_apply_and_force_replace() {
    let Some(env) = testenv() else { return };
    let t = Twin::new(&env, "up-csa");
    let c = chart();
    t.same(&["install", "web", &c, "--server-side=false"]);
    t.same_state("web");
    // auto follows the record's apply method: client-side.
    t.same(&["upgrade", "web", &c, "--set", "replicaCount=1"]);
    t.same_state("web");
    t.same(&[
        "upgrade",
        "web",
        &c,
        "--set",
        "replicaCount=4",
        "--force-replace",
    ]);
    t.same_state("web");
    t.same(&[
        "upgrade",
        "web",
        &c,
        "--server-side",
        "true",
        "--set",
        "message=ssa",
    ]);
    t.same_state("web");
}

/// Descriptions of failed records: rhelm names the root cause where helm 4 says less, so only
/// the part before the cause is compared.
fn failure_prefix(d: &str) -> String {
    match d.find(" failed: ") {
        Some(i) => d[..i + " failed: ".len()].to_string(),
        None => d.to_string(),
    }
}

#[test]
fn failures_with_and_without_atomic() {
    let Some(env) = testenv() else { return };
    let t = Twin::new(&env, "up-fail");
    let c = chart();
    t.same(&["install", "web", &c]);
    // The API server rejects the object: the same error, record and rollback as helm.
    t.same(&["upgrade", "web", &c, "--set", "replicaCount=-1"]);
    t.same_state("web");
    t.same(&[
        "upgrade",
        "web",
        &c,
        "--atomic",
        "--set",
        "replicaCount=-1",
        "--timeout",
        "60s",
    ]);
    t.same_state("web");
    let s = statuses(&env, &t.rhelm.name, "web");
    assert_eq!(
        s.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
        ["superseded", "failed", "failed", "deployed"]
    );
    assert_eq!(s[3].2, "Rollback to 1");

    // Pods that never become ready: both fail and roll back; rhelm says why, and sooner.
    let (h, r) = t.both(&[
        "upgrade",
        "web",
        &c,
        "--rollback-on-failure",
        "--timeout",
        "20s",
        "--set-string",
        "podLabels.rhelm\\.test/not-ready=true",
    ]);
    assert_eq!((h.status, r.status), (1, 1));
    assert!(
        r.stderr.contains(&format!("\nError: UPGRADE FAILED: release web failed, and has been rolled back due to rollback-on-failure being set: resource Deployment/{}/web-demo not ready. status: InProgress, message: ", t.rhelm.name)),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("container web: CrashLoopBackOff"),
        "names the root cause: {}",
        r.stderr
    );
    same_records(&env, &t.helm.name, &t.rhelm.name, "web", &failure_prefix);
    same_objects(&env, &t.helm.name, &t.rhelm.name, &DEMO_OBJECTS);

    // A release whose only revision failed can still be upgraded.
    let u = Twin::new(&env, "up-nodeploy");
    u.same(&["install", "web", &c, "--set", "replicaCount=-1"]);
    u.same(&["upgrade", "web", &c, "--set", "replicaCount=1"]);
    u.same_state("web");
}

#[test]
fn releases_pass_between_helm_and_rhelm() {
    let Some(env) = testenv() else { return };
    let c = chart();
    // helm 3 installs, rhelm upgrades, helm 3 upgrades again.
    let ns = env.namespace("up-h3");
    env.helm(Helm::V3, &["install", "web", &c, "-n", &ns.name])
        .ok();
    env.rhelm(&[
        "upgrade",
        "web",
        &c,
        "-n",
        &ns.name,
        "--set",
        "replicaCount=3",
    ])
    .ok();
    env.helm(
        Helm::V3,
        &[
            "upgrade",
            "web",
            &c,
            "-n",
            &ns.name,
            "--reuse-values",
            "--set",
            "message=h3",
        ],
    )
    .ok();
    let vals = env
        .helm_in(Helm::V3, &ns.name, "get values web -o json")
        .ok();
    let vals: Value = serde_json::from_str(&vals.stdout).unwrap();
    assert_eq!(
        vals,
        serde_json::json!({"message": "h3", "replicaCount": 3})
    );
    let d = live(&env, &ns.name, "deployment", "web-demo").unwrap();
    assert_eq!(d["spec"]["replicas"], 3);
    let s = statuses(&env, &ns.name, "web");
    assert_eq!(
        s.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
        ["superseded", "superseded", "deployed"]
    );

    // rhelm installs, helm 4 upgrades.
    let ns4 = env.namespace("up-h4");
    env.rhelm(&[
        "install",
        "web",
        &c,
        "-n",
        &ns4.name,
        "--set",
        "extra.enabled=true",
    ])
    .ok();
    env.helm(
        Helm::V4,
        &["upgrade", "web", &c, "-n", &ns4.name, "--reuse-values"],
    )
    .ok();
    assert!(live(&env, &ns4.name, "configmap", "web-demo-extra").is_some());
    env.helm(
        Helm::V4,
        &["upgrade", "web", &c, "-n", &ns4.name, "--reset-values"],
    )
    .ok();
    assert!(live(&env, &ns4.name, "configmap", "web-demo-extra").is_none());
}

#[test]
fn client_side_upgrades_merge_lists_so_an_injected_sidecar_survives() {
    let Some(env) = testenv() else { return };
    let t = Twin::new(&env, "up-sidecar");
    let c = chart();
    t.same(&["install", "web", &c, "--server-side=false"]);
    let sidecar = r#"{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"registry.invalid/proxy:1"}]}}}}"#;
    for ns in [&t.helm.name, &t.rhelm.name] {
        env.kubectl(&[
            "patch",
            "deployment",
            "web-demo",
            "-n",
            ns,
            "--type=strategic",
            "--field-manager=injector",
            "-p",
            sidecar,
        ])
        .ok();
    }
    t.same(&["upgrade", "web", &c, "--set", "image.tag=2.0"]);
    t.same_state("web");
    let d = live(&env, &t.rhelm.name, "deployment", "web-demo").unwrap();
    let containers = d["spec"]["template"]["spec"]["containers"]
        .as_array()
        .unwrap();
    let image = |name: &str| {
        containers
            .iter()
            .find(|c| c["name"] == name)
            .map(|c| c["image"].clone())
    };
    assert_eq!(containers.len(), 2);
    assert_eq!(image("web").unwrap(), "registry.invalid/demo/web:2.0");
    assert_eq!(image("sidecar").unwrap(), "registry.invalid/proxy:1");
}

#[test]
fn sigint_during_an_atomic_upgrade_records_it_as_failed_and_rolls_back() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("up-sigint");
    let c = chart();
    env.rhelm(&["install", "web", &c, "-n", &ns.name]).ok();
    // The new pods can never be scheduled, so waiting for them never ends by itself.
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_rhelm"))
        .args([
            "upgrade",
            "web",
            &c,
            "-n",
            &ns.name,
            "--atomic",
            "--timeout",
            "300s",
            "--set-string",
            "nodeSelector.rhelm\\.test/never=true",
        ])
        .env("KUBECONFIG", &env.kubeconfig)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_last_status(&env, &ns.name, "pending-upgrade");
    std::thread::sleep(std::time::Duration::from_millis(500));
    let kill = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let out = child.wait_with_output().unwrap();
    // Ctrl-C exits 130, as shells and other CLIs do (helm exits 1).
    assert_eq!(out.status.code(), Some(130));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains("Release web has been cancelled.\n"),
        "{stdout}"
    );
    assert!(
        stderr.contains("Error: UPGRADE FAILED: release web failed, and has been rolled back due to rollback-on-failure being set: context canceled"),
        "{stderr}"
    );
    let s = statuses(&env, &ns.name, "web");
    assert_eq!(
        s,
        vec![
            (1, "superseded".into(), "Install complete".into()),
            (
                2,
                "failed".into(),
                "Upgrade \"web\" failed: context canceled".into()
            ),
            (3, "deployed".into(), "Rollback to 1".into()),
        ]
    );
}

#[test]
fn diff_shows_each_change_before_applying_or_instead_with_dry_run() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("up-diff");
    let c = chart();
    env.rhelm(&["install", "web", &c, "-n", &ns.name]).ok();
    let plain = env
        .rhelm(&[
            "upgrade",
            "web",
            &c,
            "-n",
            &ns.name,
            "--set",
            "message=x",
            "--dry-run",
        ])
        .ok();
    let r = env
        .rhelm(&[
            "upgrade",
            "web",
            &c,
            "-n",
            &ns.name,
            "--set",
            "message=x",
            "--set",
            "extra.enabled=true",
            "--dry-run",
            "--diff",
        ])
        .ok();
    assert!(
        r.stdout
            .contains("-   message: hello from rhelm's demo\n+   message: x\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("The new manifest creates 1, changes 2 and deletes 0 objects.\n"),
        "{}",
        r.stdout
    );
    // What helm prints for a dry run follows, unchanged.
    let tail = &r.stdout[r.stdout.find("Release \"web\" has been upgraded").unwrap()..];
    assert_eq!(
        tail.lines().next(),
        plain.stdout.lines().next(),
        "the dry-run output follows the diffs"
    );
    assert_eq!(
        statuses(&env, &ns.name, "web").len(),
        1,
        "nothing was written"
    );
}

#[test]
fn a_failed_atomic_install_is_uninstalled() {
    let Some(env) = testenv() else { return };
    let t = Twin::new(&env, "up-inst-atomic");
    let c = chart();
    let (h, _) = t.same(&[
        "install",
        "web",
        &c,
        "--atomic",
        "--timeout",
        "30s",
        "--set",
        "replicaCount=-1",
    ]);
    assert!(
        h.stderr
            .contains("has been uninstalled due to rollback-on-failure being set"),
        "{}",
        h.stderr
    );
    assert!(history_empty(&env, &t.rhelm.name));
    same_objects(&env, &t.helm.name, &t.rhelm.name, &DEMO_OBJECTS);
    assert!(live(&env, &t.rhelm.name, "configmap", "web-demo").is_none());
    // The name is free again.
    t.same(&["upgrade", "--install", "web", &c]);
    t.same_state("web");
}

/// A ConfigMap whose data comes from `lookup`s of the release namespace.
const LOOKER_CM: &str = r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: looked-up
data:
  seed: {{ dig "data" "k" "none" (lookup "v1" "ConfigMap" .Release.Namespace "seed") | quote }}
  count: {{ dig "items" list (lookup "v1" "ConfigMap" .Release.Namespace "") | len | quote }}
  missing: {{ lookup "v1" "Secret" .Release.Namespace "nope" | len | quote }}
"#;

#[test]
fn lookup_reads_the_cluster_during_install_and_upgrade_but_not_in_a_client_dry_run() {
    let Some(env) = testenv() else { return };
    let t = Twin::new(&env, "up-lookup");
    let dir = tempfile::tempdir().unwrap();
    let chart = write_chart(
        &dir.path().join("looker"),
        &[
            (
                "Chart.yaml",
                "apiVersion: v2\nname: looker\nversion: 0.1.0\n",
            ),
            ("templates/cm.yaml", LOOKER_CM),
        ],
    );
    let c = chart.to_str().unwrap();
    for ns in [&t.helm.name, &t.rhelm.name] {
        env.kubectl(&[
            "create",
            "configmap",
            "seed",
            "-n",
            ns,
            "--from-literal=k=v1",
        ])
        .ok();
    }
    let (_, r) = t.same(&["install", "web", c, "--dry-run"]);
    assert!(r.stdout.contains("seed: \"none\""), "{}", r.stdout);
    let (_, r) = t.same(&["install", "web", c, "--dry-run=server"]);
    assert!(r.stdout.contains("seed: \"v1\""), "{}", r.stdout);
    t.same(&["install", "web", c]);
    for ns in [&t.helm.name, &t.rhelm.name] {
        env.kubectl(&[
            "create",
            "configmap",
            "seed2",
            "-n",
            ns,
            "--from-literal=k=v2",
        ])
        .ok();
    }
    t.same(&["upgrade", "web", c]);
    same_records(&env, &t.helm.name, &t.rhelm.name, "web", &|d| d.to_string());
    let cm = live(&env, &t.rhelm.name, "configmap", "looked-up").unwrap();
    assert_eq!(cm["data"]["seed"], "v1");
    assert_eq!(cm["data"]["missing"], "0");
}

/// ConfigMaps an upgrade creates or updates, any of which the API server can be made to reject
/// (a map where a string belongs).
const REJECTED_CM: &str = r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: a
data:
  x: {{ if .Values.badA }}{b: c}{{ else }}"1"{{ end }}
{{- if .Values.newBad }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: b
data:
  x: {b: c}
{{- end }}
{{- if .Values.newGood }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
data:
  x: "1"
{{- end }}
"#;

#[test]
fn rejected_creations_stop_an_upgrade_and_rejected_updates_do_not() {
    let Some(env) = testenv() else { return };
    let t = Twin::new(&env, "up-reject");
    let dir = tempfile::tempdir().unwrap();
    let chart = write_chart(
        &dir.path().join("rejected"),
        &[
            (
                "Chart.yaml",
                "apiVersion: v2\nname: rejected\nversion: 0.1.0\n",
            ),
            ("templates/cm.yaml", REJECTED_CM),
        ],
    );
    let c = chart.to_str().unwrap();
    t.same(&["install", "r", c]);
    // A new object the server rejects: helm says `failed to create resource: …`, in the error
    // and in the failed record.
    // The records' descriptions name each twin's namespace.
    let same_records_of_r = || {
        same_records(&env, &t.helm.name, &t.rhelm.name, "r", &|d| {
            d.replace(&t.helm.name, "NS").replace(&t.rhelm.name, "NS")
        })
    };
    t.same(&["upgrade", "r", c, "--set", "newBad=true"]);
    same_records_of_r();
    // An existing object the server rejects, beside a new one it accepts: the update of `a`
    // fails, `c` is still created, the error is `a`'s.
    t.same(&[
        "upgrade",
        "r",
        c,
        "--set",
        "badA=true",
        "--set",
        "newGood=true",
    ]);
    same_records_of_r();
    assert!(
        live(&env, &t.helm.name, "configmap", "c").is_some(),
        "helm created the accepted new object"
    );
    assert!(
        live(&env, &t.rhelm.name, "configmap", "c").is_some(),
        "the accepted new object was created"
    );
}
