//! `rhelm uninstall` against the real control plane, side by side with helm 4.1.4: twin
//! releases of the `tested` fixture chart, both installed by helm 4, one uninstalled by helm
//! and one by rhelm.

mod common;

use common::twin::{history, live};
use common::{fixture_chart, normalise, testenv, without_klog, Helm, Namespace, Run, TestEnv};

fn install(env: &TestEnv, ns: &str, name: &str, set: &[&str]) {
    let chart = fixture_chart("tested");
    let mut args = vec![
        "install",
        name,
        chart.as_str(),
        "-n",
        ns,
        "--wait",
        "--timeout",
        "60s",
    ];
    for s in set {
        args.extend(["--set", s]);
    }
    env.helm(Helm::V4, &args).ok();
}

/// Two namespaces, each with release `web` of the `tested` chart installed by helm 4.
fn twins(env: &TestEnv, prefix: &str, set: &[&str]) -> (Namespace, Namespace) {
    let by_helm = env.namespace(&format!("{prefix}-helm"));
    let by_rhelm = env.namespace(&format!("{prefix}-rhelm"));
    for ns in [&by_helm.name, &by_rhelm.name] {
        install(env, ns, "web", set);
    }
    (by_helm, by_rhelm)
}

/// Runs `helm <args>` in one namespace and `rhelm <args>` in the other; exit codes, stdout and
/// stderr must be equal once the namespaces are. Returns rhelm's run.
fn both(env: &TestEnv, h: &str, r: &str, args: &[&str]) -> Run {
    let with_ns = |ns: &str| {
        let mut a: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        a.extend(["-n".to_string(), ns.to_string()]);
        a
    };
    let ha = with_ns(h);
    let ra = with_ns(r);
    let by_helm = env.helm(Helm::V4, &ha.iter().map(String::as_str).collect::<Vec<_>>());
    let by_rhelm = env.rhelm(&ra.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(
        by_helm.status, by_rhelm.status,
        "{args:?}: {by_helm:?}\n{by_rhelm:?}"
    );
    assert_eq!(
        normalise(&by_helm.stdout, h),
        normalise(&by_rhelm.stdout, r),
        "{args:?}"
    );
    assert_eq!(
        normalise(&without_klog(&by_helm.stderr), h),
        normalise(&by_rhelm.stderr, r),
        "{args:?}"
    );
    by_rhelm
}

/// The live objects of the chart in `ns` (None when absent), comparable across namespaces.
fn objects(env: &TestEnv, ns: &str) -> Vec<Option<serde_json::Value>> {
    [
        ("configmap", "web-config"),
        ("configmap", "web-kept"),
        ("configmap", "web-post-delete"),
        ("deployment", "web-app"),
        ("service", "web-app"),
        ("job", "web-pre-delete"),
    ]
    .iter()
    .map(|(kind, name)| {
        live(env, ns, kind, name).map(|mut v| {
            if let Some(spec) = v.get_mut("spec").and_then(|s| s.as_object_mut()) {
                spec.remove("clusterIP");
                spec.remove("clusterIPs");
            }
            without_uids(&mut v);
            v
        })
    })
    .collect()
}

/// Drops the per-object `controller-uid` labels a Job controller adds, everywhere in `v`.
fn without_uids(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.remove("controller-uid");
            m.remove("batch.kubernetes.io/controller-uid");
            m.values_mut().for_each(without_uids);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(without_uids),
        _ => {}
    }
}

fn release_secrets(env: &TestEnv, ns: &str) -> usize {
    let run = env
        .kubectl(&["get", "secrets", "-n", ns, "-l", "owner=helm", "-o", "name"])
        .ok();
    run.stdout.lines().count()
}

#[test]
fn uninstall_matches_helm4() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "un", &[]);
    let out = both(&env, &h.name, &r.name, &["uninstall", "web"]);
    assert_eq!(
        out.stdout,
        "These resources were kept due to the resource policy:\n[ConfigMap] web-kept\n\nrelease \"web\" uninstalled\n"
    );
    assert_eq!(objects(&env, &h.name), objects(&env, &r.name));
    // Kept object and post-delete hook stay; the rest, the records and the
    // hook-succeeded pre-delete Job are gone.
    let o = objects(&env, &r.name);
    assert!(o[1].is_some() && o[2].is_some(), "{o:?}");
    assert!(o[0].is_none() && o[4].is_none() && o[5].is_none(), "{o:?}");
    assert_eq!(release_secrets(&env, &r.name), 0);
    both(&env, &h.name, &r.name, &["history", "web"]);
}

#[test]
fn keep_history_then_upgrade_install_matches_helm4() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "unkeep", &[]);
    let chart = fixture_chart("tested");
    for ns in [&h.name, &r.name] {
        env.helm(
            Helm::V4,
            &[
                "upgrade",
                "web",
                &chart,
                "-n",
                ns,
                "--set",
                "replicaCount=2",
            ],
        )
        .ok();
    }
    both(
        &env,
        &h.name,
        &r.name,
        &[
            "uninstall",
            "web",
            "--keep-history",
            "--description",
            "gone for now",
        ],
    );
    assert_eq!(history(&env, &h.name, "web"), history(&env, &r.name, "web"));
    let last = history(&env, &r.name, "web").pop().unwrap();
    assert_eq!(last["status"], "uninstalled");
    assert_eq!(last["description"], "gone for now");
    // (`status` is left out: its RESOURCES table shows object ages.)
    both(&env, &h.name, &r.name, &["get", "all", "web"]);
    assert_eq!(objects(&env, &h.name), objects(&env, &r.name));
    // A second uninstall that keeps history refuses; upgrade --install continues the history.
    let again = both(
        &env,
        &h.name,
        &r.name,
        &["uninstall", "web", "--keep-history"],
    );
    assert_eq!(
        again.stderr,
        "Error: the release named \"web\" is already deleted\n"
    );
    for ns in [&h.name, &r.name] {
        env.helm(Helm::V4, &["upgrade", "--install", "web", &chart, "-n", ns])
            .ok();
    }
    assert_eq!(history(&env, &h.name, "web"), history(&env, &r.name, "web"));
    assert_eq!(history(&env, &r.name, "web").len(), 3);
}

#[test]
fn uninstall_of_an_uninstalled_release_purges_its_history() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "unpurge", &["deleteHooks=false"]);
    for ns in [&h.name, &r.name] {
        env.helm_in(Helm::V4, ns, "uninstall web --keep-history")
            .ok();
    }
    both(&env, &h.name, &r.name, &["uninstall", "web"]);
    assert_eq!(release_secrets(&env, &r.name), 0);
}

#[test]
fn missing_releases_and_bad_arguments_match_helm4() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "unmiss", &["deleteHooks=false", "keep=false"]);
    for ns in [&h.name, &r.name] {
        install(&env, ns, "other", &["deleteHooks=false", "keep=false"]);
    }
    for args in [
        &["uninstall", "nope"][..],
        &["uninstall", "nope", "--ignore-not-found"][..],
        &["uninstall", "nope", "--dry-run"][..],
        &["uninstall", "nope", "--dry-run", "--ignore-not-found"][..],
        &["uninstall", "Bad_Name"][..],
        &["uninstall", "web", "--cascade", "sideways"][..],
    ] {
        both(&env, &h.name, &r.name, args);
    }
    // Names are handled in order; the first error stops the rest.
    let out = both(
        &env,
        &h.name,
        &r.name,
        &["uninstall", "web", "nope", "other"],
    );
    assert_eq!(out.status, 1);
    assert_eq!(out.stdout, "release \"web\" uninstalled\n");
    assert_eq!(history(&env, &r.name, "other").len(), 1);
    let out = both(
        &env,
        &h.name,
        &r.name,
        &["un", "other", "nope", "--ignore-not-found"],
    );
    assert_eq!(
        out.stdout,
        "release \"other\" uninstalled\nrelease \"nope\" uninstalled\n"
    );
}

#[test]
fn dry_run_changes_nothing() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "undry", &[]);
    let before = objects(&env, &r.name);
    let out = both(&env, &h.name, &r.name, &["uninstall", "web", "--dry-run"]);
    assert_eq!(out.stdout, "release \"web\" uninstalled\n");
    assert_eq!(objects(&env, &r.name), before);
    assert_eq!(history(&env, &h.name, "web"), history(&env, &r.name, "web"));
    assert_eq!(history(&env, &r.name, "web")[0]["status"], "deployed");
}

fn replica_sets(env: &TestEnv, ns: &str) -> usize {
    env.kubectl(&["get", "rs", "-n", ns, "-l", "app=web-app", "-o", "name"])
        .ok()
        .stdout
        .lines()
        .count()
}

#[test]
fn cascade_orphan_leaves_dependents_like_helm4() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "unorphan", &["deleteHooks=false"]);
    both(
        &env,
        &h.name,
        &r.name,
        &[
            "uninstall",
            "web",
            "--cascade",
            "orphan",
            "--wait",
            "--timeout",
            "60s",
        ],
    );
    assert_eq!(objects(&env, &h.name), objects(&env, &r.name));
    assert!(live(&env, &r.name, "deployment", "web-app").is_none());
    // The Deployment's ReplicaSet is orphaned, not collected.
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(replica_sets(&env, &h.name), 1);
    assert_eq!(replica_sets(&env, &r.name), 1);
}

#[test]
fn no_hooks_and_wait_match_helm4() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "unnohooks", &[]);
    both(
        &env,
        &h.name,
        &r.name,
        &[
            "uninstall",
            "web",
            "--no-hooks",
            "--wait",
            "--cascade",
            "foreground",
        ],
    );
    assert_eq!(objects(&env, &h.name), objects(&env, &r.name));
    // No post-delete hook ran; with --wait, the Deployment is gone when uninstall returns.
    let o = objects(&env, &r.name);
    assert!(o[2].is_none() && o[3].is_none(), "{o:?}");
}

#[test]
fn failed_pre_delete_hook_leaves_the_release_uninstalling_like_helm4() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "unprefail", &["failPreDelete=true"]);
    let out = both(
        &env,
        &h.name,
        &r.name,
        &["uninstall", "web", "--timeout", "30s"],
    );
    assert_eq!(out.status, 1);
    assert_eq!(history(&env, &h.name, "web"), history(&env, &r.name, "web"));
    assert_eq!(history(&env, &r.name, "web")[0]["status"], "uninstalling");
    assert_eq!(objects(&env, &h.name), objects(&env, &r.name));
    assert!(live(&env, &r.name, "deployment", "web-app").is_some());
}

#[test]
fn a_wait_that_times_out_fails_like_helm4() {
    let Some(env) = testenv() else { return };
    for strategy in ["--wait=watcher", "--wait=legacy"] {
        let (h, r) = twins(&env, "unwait", &["deleteHooks=false"]);
        // A finalizer nobody removes keeps the ConfigMap terminating.
        let finalizers = |ns: &str, value: &str| {
            let patch = format!("{{\"metadata\":{{\"finalizers\":{value}}}}}");
            env.kubectl(&["patch", "configmap", "web-config", "-n", ns, "-p", &patch])
                .ok();
        };
        for ns in [&h.name, &r.name] {
            finalizers(ns, "[\"example.com/block\"]");
        }
        let out = both(
            &env,
            &h.name,
            &r.name,
            &[
                "uninstall",
                "web",
                strategy,
                "--timeout",
                "3s",
                "--keep-history",
            ],
        );
        assert_eq!(out.status, 1);
        assert!(
            out.stderr
                .starts_with("Error: uninstallation completed with 1 error(s): "),
            "{}",
            out.stderr
        );
        assert_eq!(history(&env, &h.name, "web"), history(&env, &r.name, "web"));
        for ns in [&h.name, &r.name] {
            finalizers(ns, "null");
        }
    }
}

#[test]
fn objects_that_cannot_be_deleted_fail_like_helm4() {
    let Some(env) = testenv() else { return };
    // The restricted user may delete in its namespace but not the chart's ClusterRole.
    let ns = std::env::var("RHELM_TESTENV_USER_NAMESPACE").unwrap_or("rhelm-restricted".into());
    let (h, r) = (
        common::unique_name("del-helm"),
        common::unique_name("del-rhelm"),
    );
    let set = ["clusterRole=true", "deleteHooks=false", "keep=false"];
    install(&env, &ns, &h, &set);
    install(&env, &ns, &r, &set);
    let user = env.user_context.clone();
    let by_helm = env.helm(
        Helm::V4,
        &["uninstall", &h, "-n", &ns, "--kube-context", &user],
    );
    let by_rhelm = env.rhelm(&["uninstall", &r, "-n", &ns, "--kube-context", &user]);
    assert_eq!((by_helm.status, by_rhelm.status), (1, 1));
    assert_eq!(by_helm.stdout, by_rhelm.stdout);
    assert_eq!(
        without_klog(&by_helm.stderr).replace(&h, "NAME"),
        by_rhelm.stderr.replace(&r, "NAME")
    );
    assert_eq!(
        by_rhelm.stderr,
        format!("Error: failed to delete release: {r}\n")
    );
    let mut hist = (history(&env, &ns, &h), history(&env, &ns, &r));
    for e in hist.0.iter_mut().chain(hist.1.iter_mut()) {
        e.as_object_mut().unwrap().remove("name");
    }
    assert_eq!(hist.0, hist.1);
    assert_eq!(hist.1[0]["status"], "uninstalling");
    // The namespaced objects are gone all the same; --debug names what could not be deleted.
    assert!(live(&env, &ns, "configmap", &format!("{r}-config")).is_none());
    let debug = env.rhelm(&[
        "uninstall",
        &r,
        "-n",
        &ns,
        "--kube-context",
        &user,
        "--debug",
    ]);
    assert!(debug.stderr.contains("is forbidden"), "{}", debug.stderr);
    for name in [&h, &r] {
        env.helm(Helm::V4, &["uninstall", name, "-n", &ns]).ok();
    }
}
