//! `rhelm rollback` against the real control plane, side by side with the real helm.

mod common;

use common::twin::{history, live, same_objects, statuses, wait_for_last_status, DEMO_OBJECTS};
use common::{demo_chart, testenv, Helm, TestEnv};
use serde_json::Value;

fn chart() -> String {
    demo_chart().to_str().unwrap().to_string()
}

/// helm 4 `install` or `upgrade` of the demo chart as release `web`, with extra flags.
fn helm_web(env: &TestEnv, verb: &str, ns: &str, extra: &[&str]) {
    let c = chart();
    let mut args = vec![verb, "web", c.as_str(), "-n", ns];
    args.extend_from_slice(extra);
    env.helm(Helm::V4, &args).ok();
}

/// install, then two upgrades that change values, scale, add a ConfigMap and pod labels.
const HISTORY: [&str; 3] = [
    "install web CHART --wait --timeout 90s",
    "upgrade web CHART --wait --timeout 90s --set message=v2 --set replicaCount=3 \
     --set extra.enabled=true --set podLabels.tier=two",
    "upgrade web CHART --wait --timeout 90s --set message=v3",
];

/// Release `web` in `ns` with the three revisions of [`HISTORY`], made by `helm`.
fn build_history(env: &TestEnv, helm: Helm, ns: &str) {
    let c = chart();
    for step in HISTORY {
        env.helm_in(helm, ns, &step.replace("CHART", &c)).ok();
    }
}

fn same_cluster_state(env: &TestEnv, a: &str, b: &str) {
    same_objects(env, a, b, &DEMO_OBJECTS);
}

#[test]
fn rollback_matches_helm4_on_twin_releases() {
    let Some(env) = testenv() else { return };
    let by_helm = env.namespace("rb-helm");
    let by_rhelm = env.namespace("rb-rhelm");
    build_history(&env, Helm::V4, &by_helm.name);
    build_history(&env, Helm::V4, &by_rhelm.name);

    for target in ["2", "1"] {
        env.helm(
            Helm::V4,
            &[
                "rollback",
                "web",
                target,
                "-n",
                &by_helm.name,
                "--wait",
                "--timeout",
                "90s",
            ],
        )
        .ok();
        let r = env
            .rhelm(&[
                "rollback",
                "web",
                target,
                "-n",
                &by_rhelm.name,
                "--wait",
                "--timeout",
                "90s",
            ])
            .ok();
        assert_eq!(r.stdout, "Rollback was a success! Happy Helming!\n");
        assert_eq!(
            history(&env, &by_helm.name, "web"),
            history(&env, &by_rhelm.name, "web")
        );
        for what in [
            &["get", "manifest", "web"][..],
            &["get", "values", "web", "-a", "-o", "json"][..],
        ] {
            let mut h = what.to_vec();
            h.extend(["-n", &by_helm.name]);
            let mut r = what.to_vec();
            r.extend(["-n", &by_rhelm.name]);
            assert_eq!(
                env.helm(Helm::V4, &h).ok().stdout,
                env.helm(Helm::V4, &r).ok().stdout
            );
        }
        same_cluster_state(&env, &by_helm.name, &by_rhelm.name);
    }
    // Revision 1 has neither the extra ConfigMap nor the pod label of revision 2.
    assert!(live(&env, &by_rhelm.name, "configmap", "web-demo-extra").is_none());
    let d = live(&env, &by_rhelm.name, "deployment", "web-demo").unwrap();
    assert_eq!(d["spec"]["replicas"], 2);
    assert!(d["spec"]["template"]["metadata"]["labels"]
        .get("tier")
        .is_none());
}

#[test]
fn history_max_prunes_what_helm_prunes() {
    let Some(env) = testenv() else { return };
    let by_helm = env.namespace("prune-helm");
    let by_rhelm = env.namespace("prune-rhelm");
    for ns in [&by_helm.name, &by_rhelm.name] {
        build_history(&env, Helm::V4, ns);
    }
    env.helm_in(Helm::V4, &by_helm.name, "rollback web 1 --history-max 2")
        .ok();
    env.rhelm_in(&by_rhelm.name, "rollback web 1 --history-max 2")
        .ok();
    let kept = history(&env, &by_rhelm.name, "web");
    assert_eq!(history(&env, &by_helm.name, "web"), kept);
    let revisions: Vec<i64> = kept
        .iter()
        .map(|e| e["revision"].as_i64().unwrap())
        .collect();
    assert_eq!(
        revisions,
        [3, 4],
        "the deployed revision 3 is protected, the new record 4 is added"
    );
}

#[test]
fn helm3_release_rolled_back_by_rhelm_upgrades_cleanly_with_helm3() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("rb-helm3");
    build_history(&env, Helm::V3, &ns.name);
    env.rhelm_in(&ns.name, "rollback web 1 --wait --timeout 90s")
        .ok();
    let d = live(&env, &ns.name, "deployment", "web-demo").unwrap();
    assert_eq!(
        d["spec"]["replicas"], 2,
        "client-side patch restores the replica count"
    );
    assert!(
        d["spec"]["template"]["metadata"]["labels"]
            .get("tier")
            .is_none(),
        "no field left behind"
    );
    assert!(live(&env, &ns.name, "configmap", "web-demo-extra").is_none());

    let c = chart();
    env.helm(
        Helm::V3,
        &[
            "upgrade",
            "web",
            &c,
            "-n",
            &ns.name,
            "--wait",
            "--timeout",
            "90s",
            "--set",
            "message=v5",
        ],
    )
    .ok();
    let cm = live(&env, &ns.name, "configmap", "web-demo").unwrap();
    assert_eq!(cm["data"]["message"], "v5");
    let s = statuses(&env, &ns.name, "web");
    assert_eq!(s.last().unwrap().1, "deployed");
    assert_eq!(s[3].2, "Rollback to 1");
}

#[test]
fn rollback_restores_deleted_objects_and_honours_keep() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("rb-keep");
    let c = chart();
    env.helm(Helm::V4, &["install", "web", &c, "-n", &ns.name])
        .ok();
    helm_web(
        &env,
        "upgrade",
        &ns.name,
        &["--set", "extra.enabled=true", "--set", "extra.keep=true"],
    );
    env.kubectl(&["delete", "configmap", "web-demo", "-n", &ns.name])
        .ok();
    env.rhelm_in(&ns.name, "rollback web 1").ok();
    assert!(
        live(&env, &ns.name, "configmap", "web-demo").is_some(),
        "a ConfigMap deleted by hand is restored"
    );
    assert!(
        live(&env, &ns.name, "configmap", "web-demo-extra").is_some(),
        "helm.sh/resource-policy: keep survives a rollback to a revision without it"
    );
}

#[test]
fn last_good_skips_a_failed_upgrade_and_a_crash_loop_fails_early() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("rb-lastgood");
    let c = chart();
    helm_web(&env, "install", &ns.name, &["--wait", "--timeout", "90s"]);
    // kwok keeps pods with this label crash-looping, so the upgrade fails its wait.
    let failed = env.helm(
        Helm::V4,
        &[
            "upgrade",
            "web",
            &c,
            "-n",
            &ns.name,
            "--wait",
            "--timeout",
            "5s",
            "--set-string",
            "podLabels.rhelm\\.test/not-ready=true",
        ],
    );
    assert_ne!(
        failed.status, 0,
        "the upgrade should fail: {}",
        failed.stdout
    );

    let warned = env.rhelm_in(&ns.name, "rollback web 2").ok();
    assert!(
        warned
            .stderr
            .contains("the newest revision that deployed successfully is 1"),
        "{}",
        warned.stderr
    );
    env.rhelm_in(&ns.name, "rollback web --last-good --wait --timeout 90s")
        .ok();
    let s = statuses(&env, &ns.name, "web");
    assert_eq!(
        s.last().unwrap(),
        &(4, "deployed".to_string(), "Rollback to 1".to_string())
    );
    // Revision 4 is good now, and newer than 1: the warning names it.
    let warned = env.rhelm_in(&ns.name, "rollback web 2 --dry-run").ok();
    assert!(
        warned
            .stderr
            .contains("the newest revision that deployed successfully is 4, the current one"),
        "{}",
        warned.stderr
    );

    // Rolling back to the crash-looping revision with --wait fails on the crash loop itself,
    // naming the pod's container and reason, without waiting for the timeout.
    let r = env.rhelm_in(&ns.name, "rollback web 2 --wait --timeout 300s");
    assert_ne!(r.status, 0);
    assert!(
        r.stderr
            .contains(": container web: CrashLoopBackOff (waiting longer will not help)"),
        "{}",
        r.stderr
    );
    let s = statuses(&env, &ns.name, "web");
    let last = s.last().unwrap();
    assert_eq!((last.0, last.1.as_str()), (5, "failed"));
    // The record keeps two lines: Helm's line for the Deployment, and the crash loop.
    let lines: Vec<&str> = last.2.lines().collect();
    assert_eq!(lines.len(), 2, "{}", last.2);
    assert!(
        lines[0].starts_with(&format!(
            "Release \"web\" failed: resource Deployment/{}/web-demo not ready. status: InProgress, message: ",
            ns.name
        )),
        "{}",
        last.2
    );
    assert!(
        lines[1].starts_with("pod web-demo-")
            && lines[1].contains("container web CrashLoopBackOff (restarts "),
        "{}",
        last.2
    );
    // The error is Helm's with that short form; the full explanation came before it.
    let error = r.stderr.split("\nError: ").nth(1).unwrap_or_default();
    assert_eq!(
        error.trim_end(),
        format!(
            "release web failed: {}",
            &last.2["Release \"web\" failed: ".len()..]
        )
    );
    assert!(
        r.stderr.contains("recent events (newest first):"),
        "{}",
        r.stderr
    );
}

/// Replaces what follows `message: ` on each line (the Deployment's progress when the wait
/// ended, which timing decides) with `…`.
fn without_messages(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("message: ") {
            Some(i) => format!("{}…", &l[..i + "message: ".len()]),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_timed_out_wait_is_recorded_as_helm_records_it_and_explained_on_stderr() {
    let Some(env) = testenv() else { return };
    let (h_ns, r_ns) = (env.namespace("rb-wait-h"), env.namespace("rb-wait-r"));
    for ns in [&h_ns.name, &r_ns.name] {
        helm_web(&env, "install", ns, &["--wait", "--timeout", "90s"]);
        // Revision 2's pods fit no node: the real scheduler leaves them Pending/Unschedulable.
        helm_web(
            &env,
            "upgrade",
            ns,
            &["--set-string", "nodeSelector.rhelm\\.test/never=true"],
        );
        helm_web(&env, "upgrade", ns, &[]);
    }
    let args = |ns: &str| -> Vec<String> {
        [
            "rollback",
            "web",
            "2",
            "-n",
            ns,
            "--wait",
            "--timeout",
            "5s",
        ]
        .map(String::from)
        .to_vec()
    };
    let h_args = args(&h_ns.name);
    let r_args = args(&r_ns.name);
    let h = env.helm(
        Helm::V4,
        &h_args.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let r = env.rhelm(&r_args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!((h.status, r.status), (1, 1), "{}\n{}", h.stderr, r.stderr);

    // The record: helm's two lines.
    let h_rec = statuses(&env, &h_ns.name, "web").pop().unwrap();
    let r_rec = statuses(&env, &r_ns.name, "web").pop().unwrap();
    assert_eq!((r_rec.0, r_rec.1.as_str()), (4, "failed"));
    assert_eq!(
        without_messages(&r_rec.2.replace(&r_ns.name, "NS")),
        without_messages(&h_rec.2.replace(&h_ns.name, "NS")),
    );
    assert_eq!(
        without_messages(&r_rec.2.replace(&r_ns.name, "NS")),
        "Release \"web\" failed: resource Deployment/NS/web-demo not ready. status: InProgress, message: …\ncontext deadline exceeded"
    );
    // The error line as well.
    let error = |text: &str, ns: &str| {
        let e = text
            .split("Error: ")
            .last()
            .unwrap_or_default()
            .replace(ns, "NS");
        without_messages(e.trim_end())
    };
    assert_eq!(error(&r.stderr, &r_ns.name), error(&h.stderr, &h_ns.name));
    // The root cause, with the scheduler's event, is on stderr only.
    assert!(
        r.stderr.contains("  root cause: pod web-demo-") && r.stderr.contains(": Unschedulable\n"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("Warning FailedScheduling Pod/web-demo-"),
        "{}",
        r.stderr
    );
    // Progress lines carry the time waited so far, and the last state is printed again with a
    // later time only when it changed (stderr is not a terminal here).
    assert!(
        r.stderr
            .lines()
            .any(|l| l.starts_with("waiting: [0s] Deployment/web-demo: ")),
        "{}",
        r.stderr
    );
    let status = env.rhelm_in(&r_ns.name, "status web").ok();
    assert!(
        !status.stdout.contains("FailedScheduling"),
        "{}",
        status.stdout
    );
    assert!(!status.stdout.contains("root cause"), "{}", status.stdout);

    // Rolling back to that failed revision warns with its short description on one line.
    let again = env.rhelm_in(&r_ns.name, "rollback web 4 --dry-run").ok();
    let warning = again
        .stderr
        .lines()
        .find(|l| l.starts_with("WARNING: revision 4 did not deploy successfully"))
        .unwrap_or_else(|| panic!("{}", again.stderr));
    assert!(
        warning.contains(&format!(
            "(status failed: Release \"web\" failed: resource Deployment/{}/web-demo not ready.",
            r_ns.name
        )) && warning.contains(
            "; context deadline exceeded); the newest revision that deployed successfully is 3"
        ),
        "{warning}"
    );
}

#[test]
fn rollback_errors_match_helm() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("rb-errors");
    let missing = env.rhelm_in(&ns.name, "rollback nope");
    let helm_missing = env.helm_in(Helm::V4, &ns.name, "rollback nope");
    assert_eq!(
        (missing.status, missing.stderr.trim()),
        (1, "Error: release: not found")
    );
    assert_eq!(helm_missing.stderr.trim(), "Error: release: not found");
    env.helm(Helm::V4, &["install", "web", &chart(), "-n", &ns.name])
        .ok();
    let r = env.rhelm_in(&ns.name, "rollback web");
    let h = env.helm_in(Helm::V4, &ns.name, "rollback web");
    assert_eq!((r.status, r.stderr.trim()), (h.status, h.stderr.trim()));
    assert_eq!(r.stderr.trim(), "Error: release has no 0 version");
    let bad = env.rhelm_in(&ns.name, "rollback web x");
    assert_eq!(
        bad.stderr.trim(),
        "Error: could not convert revision to a number: strconv.Atoi: parsing \"x\": invalid syntax"
    );
}

/// `--force` (helm 4's deprecated spelling of `--force-replace`) on a release applied
/// server-side: helm prints pflag's notice, records the rollback as failed and says why; with
/// `--force-conflicts` too, cobra refuses the flag group before anything is recorded.
#[test]
fn force_replace_with_server_side_apply_is_recorded_as_a_failed_rollback() {
    let Some(env) = testenv() else { return };
    let by_helm = env.namespace("rb-force-helm");
    let by_rhelm = env.namespace("rb-force-rhelm");
    for ns in [&by_helm.name, &by_rhelm.name] {
        helm_web(&env, "install", ns, &[]);
        helm_web(&env, "upgrade", ns, &["--set", "message=v2"]);
    }
    for cmd in [
        "rollback web 1 --force",
        "rollback web 1 --force-replace --force-conflicts",
    ] {
        let h = env.helm_in(Helm::V4, &by_helm.name, cmd);
        let r = env.rhelm_in(&by_rhelm.name, cmd);
        assert_eq!(
            (
                r.status,
                r.stdout.as_str(),
                r.stderr.replace(&by_rhelm.name, "NS")
            ),
            (
                h.status,
                h.stdout.as_str(),
                h.stderr.replace(&by_helm.name, "NS")
            ),
            "{cmd}"
        );
        assert_eq!(
            history(&env, &by_helm.name, "web"),
            history(&env, &by_rhelm.name, "web"),
            "{cmd}"
        );
    }
    let s = statuses(&env, &by_rhelm.name, "web");
    assert_eq!(s.len(), 3, "one failed rollback recorded: {s:?}");
    assert_eq!(
        (s[2].1.as_str(), s[2].2.as_str()),
        (
            "failed",
            "Rollback \"web\" failed: invalid operation: cannot use server-side apply and force replace together"
        )
    );
}

/// Starts `helm upgrade --wait` on pods that can never be scheduled and kills the client, as a
/// crashed CI job would: the release is left `pending-upgrade`.
fn leave_pending_upgrade(env: &TestEnv, ns: &str) {
    let c = chart();
    env.helm(
        Helm::V4,
        &["install", "web", &c, "-n", ns, "--wait", "--timeout", "90s"],
    )
    .ok();
    let mut child = std::process::Command::new(&env.helm4)
        .args([
            "upgrade",
            "web",
            &c,
            "-n",
            ns,
            "--wait",
            "--timeout",
            "120s",
        ])
        .args(["--set-string", "nodeSelector.rhelm\\.test/never=true"])
        .env("KUBECONFIG", &env.kubeconfig)
        .env("HELM_CONFIG_HOME", env.helm_home.join("config"))
        .env("HELM_CACHE_HOME", env.helm_home.join("cache"))
        .env("HELM_DATA_HOME", env.helm_home.join("data"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    wait_for_last_status(env, ns, "pending-upgrade");
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn unlock_frees_a_release_left_pending_by_a_killed_client() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("unlock");
    leave_pending_upgrade(&env, &ns.name);
    let c = chart();
    let blocked = env.helm(Helm::V4, &["upgrade", "web", &c, "-n", &ns.name]);
    assert!(blocked
        .stderr
        .contains("another operation (install/upgrade/rollback) is in progress"));

    let recent = env.rhelm_in(&ns.name, "unlock web");
    assert_ne!(recent.status, 0);
    assert!(
        recent.stderr.contains("may still be running"),
        "{}",
        recent.stderr
    );
    assert_eq!(
        statuses(&env, &ns.name, "web").last().unwrap().1,
        "pending-upgrade",
        "nothing changed"
    );

    let done = env.rhelm_in(&ns.name, "unlock web --force").ok();
    assert!(
        done.stdout.contains("revision 2 was pending-upgrade"),
        "{}",
        done.stdout
    );
    let last = statuses(&env, &ns.name, "web").pop().unwrap();
    assert_eq!(
        (last.1.as_str(), last.2.as_str()),
        (
            "failed",
            "Upgrade interrupted: marked failed by rhelm unlock"
        )
    );
    env.helm(Helm::V4, &["upgrade", "web", &c, "-n", &ns.name])
        .ok();

    let not_stuck = env.rhelm_in(&ns.name, "unlock web");
    assert!(
        not_stuck.stderr.contains("is not stuck"),
        "{}",
        not_stuck.stderr
    );
}

#[test]
fn rollback_of_a_pending_release_explains_it() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("rb-pending");
    leave_pending_upgrade(&env, &ns.name);
    // A pending record younger than the timeout may belong to an operation still running.
    let recent = env.rhelm_in(&ns.name, "rollback web 1");
    assert!(
        recent.status != 0
            && recent
                .stderr
                .contains("another operation (install/upgrade/rollback) is in progress")
            && recent.stderr.contains("rhelm unlock web --force"),
        "{}",
        recent.stderr
    );
    // Older than the timeout, it was left by a killed client: the rollback goes ahead.
    std::thread::sleep(std::time::Duration::from_secs(2));
    let r = env.rhelm_in(&ns.name, "rollback web 1 --timeout 1s").ok();
    assert!(
        r.stderr.contains("revision 2 is still pending-upgrade"),
        "{}",
        r.stderr
    );
    let s = statuses(&env, &ns.name, "web");
    assert_eq!(
        s.last().unwrap(),
        &(3, "deployed".to_string(), "Rollback to 1".to_string())
    );
    // The warning's advice works: unlock clears the stale pending record below the latest
    // one, without waiting for the timeout (a newer operation was recorded after it).
    assert_eq!(s[1].1, "pending-upgrade");
    let u = env.rhelm_in(&ns.name, "unlock web").ok();
    assert!(
        u.stdout.contains("revision 2 was pending-upgrade"),
        "{}",
        u.stdout
    );
    let s = statuses(&env, &ns.name, "web");
    assert_eq!(
        s[1],
        (
            2,
            "failed".to_string(),
            "Upgrade interrupted: marked failed by rhelm unlock".to_string()
        )
    );
    assert_eq!(s[2].1, "deployed");
    let nothing = env.rhelm_in(&ns.name, "unlock web");
    assert!(
        nothing.stderr.contains("is not stuck"),
        "{}",
        nothing.stderr
    );
}

#[cfg(unix)]
#[test]
fn sigint_during_a_rollback_records_it_as_failed() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("rb-sigint");
    let c = chart();
    helm_web(&env, "install", &ns.name, &["--wait", "--timeout", "90s"]);
    // Revision 2's pods can never be scheduled, so waiting for them never ends.
    helm_web(
        &env,
        "upgrade",
        &ns.name,
        &["--set-string", "nodeSelector.rhelm\\.test/never=true"],
    );
    // (Not waited for: the rollout away from unschedulable pods is slow under kwok.)
    env.helm(Helm::V4, &["upgrade", "web", &c, "-n", &ns.name])
        .ok();

    let child = std::process::Command::new(env!("CARGO_BIN_EXE_rhelm"))
        .args([
            "rollback",
            "web",
            "2",
            "-n",
            &ns.name,
            "--wait",
            "--timeout",
            "300s",
        ])
        .env("KUBECONFIG", &env.kubeconfig)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_last_status(&env, &ns.name, "pending-rollback");
    let kill = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let out = child.wait_with_output().unwrap();
    // Ctrl-C exits 130, as shells and other CLIs do.
    assert_eq!(out.status.code(), Some(130));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("interrupted by SIGINT"), "{stderr}");
    assert!(
        stderr.contains("revision 4 is recorded as failed")
            && stderr.contains("`rhelm history web`"),
        "{stderr}"
    );
    let last = statuses(&env, &ns.name, "web").pop().unwrap();
    assert_eq!((last.0, last.1.as_str()), (4, "failed"));
    assert_eq!(last.2, "Rollback \"web\" failed: interrupted by SIGINT");
}

#[test]
fn dry_run_shows_a_diff_per_object_and_writes_nothing() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("rb-dryrun");
    build_history(&env, Helm::V4, &ns.name);
    let before = history(&env, &ns.name, "web");
    let live_before = live(&env, &ns.name, "deployment", "web-demo");

    for mode in ["--dry-run", "--dry-run=server"] {
        let r = env
            .rhelm(&["rollback", "web", "2", "-n", &ns.name, mode])
            .ok();
        // The diffs are helm-diff's (`rhelm diff`'s) format, with three lines of context.
        assert!(
            r.stdout.contains(&format!(
                "{}, web-demo, ConfigMap (v1) has changed:\n",
                ns.name
            )),
            "{}",
            r.stdout
        );
        assert!(
            r.stdout.contains("-   message: v3\n+   message: v2\n"),
            "{mode}: {}",
            r.stdout
        );
        assert!(
            r.stdout.contains("-   replicas: 2\n+   replicas: 3\n"),
            "{mode}: {}",
            r.stdout
        );
        assert!(
            r.stdout.contains(&format!(
                "{}, web-demo-extra, ConfigMap (v1) has been added:\n",
                ns.name
            )) && r.stdout.contains("+   name: web-demo-extra\n"),
            "{mode}: the extra ConfigMap would be created: {}",
            r.stdout
        );
        // Server defaults the client-side computation cannot know are not shown as removals.
        assert!(
            !r.stdout.contains("-        imagePullPolicy"),
            "{mode}: {}",
            r.stdout
        );
        assert!(
            r.stdout.ends_with(
                "would create 1, change 2 and delete 0 objects (dry run: nothing was changed).\n"
            ),
            "{mode}: {}",
            r.stdout
        );
    }
    assert_eq!(
        history(&env, &ns.name, "web"),
        before,
        "a dry run writes no record"
    );
    assert_eq!(
        live(&env, &ns.name, "deployment", "web-demo"),
        live_before,
        "a dry run changes no object"
    );
    assert!(live(&env, &ns.name, "configmap", "web-demo-extra").is_none());
}

#[test]
fn rollback_hooks_run_like_helms() {
    let Some(env) = testenv() else { return };
    let by_helm = env.namespace("hooks-helm");
    let by_rhelm = env.namespace("hooks-rhelm");
    for ns in [&by_helm.name, &by_rhelm.name] {
        helm_web(&env, "install", ns, &["--set", "hooks.enabled=true"]);
        helm_web(
            &env,
            "upgrade",
            ns,
            &["--set", "hooks.enabled=true", "--set", "message=v2"],
        );
    }
    env.helm_in(Helm::V4, &by_helm.name, "rollback web 1 --timeout 90s")
        .ok();
    env.rhelm_in(&by_rhelm.name, "rollback web 1 --timeout 90s")
        .ok();
    assert_eq!(
        history(&env, &by_helm.name, "web"),
        history(&env, &by_rhelm.name, "web")
    );

    let hooks = |ns: &str| -> Vec<(String, String, Vec<Value>)> {
        let s: Value =
            serde_json::from_str(&env.helm_in(Helm::V4, ns, "status web -o json").ok().stdout)
                .unwrap();
        let mut v: Vec<_> = s["hooks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                (
                    h["name"].as_str().unwrap().to_string(),
                    h["last_run"]["phase"].as_str().unwrap_or("").to_string(),
                    h["delete_policies"].as_array().cloned().unwrap_or_default(),
                )
            })
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    };
    let h = hooks(&by_helm.name);
    assert_eq!(h, hooks(&by_rhelm.name));
    assert!(h.iter().all(|(_, phase, _)| phase == "Succeeded"), "{h:?}");
    // The Job hook was deleted on success; the ConfigMap hook stays, as in Helm.
    assert!(live(&env, &by_rhelm.name, "job", "web-demo-pre-rollback").is_none());
    // Rollback re-runs the target revision's stored hooks verbatim: rendered for revision 1.
    let cm = live(&env, &by_rhelm.name, "configmap", "web-demo-post-rollback").unwrap();
    assert_eq!(cm["data"]["revision"], "1");
    assert_eq!(
        Some(cm),
        live(&env, &by_helm.name, "configmap", "web-demo-post-rollback")
    );
}

#[test]
fn recreate_pods_replaces_the_pods_of_restored_workloads() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("rb-recreate");
    helm_web(&env, "install", &ns.name, &["--wait", "--timeout", "90s"]);
    helm_web(
        &env,
        "upgrade",
        &ns.name,
        &["--set", "message=v2", "--wait", "--timeout", "90s"],
    );
    let pods = |ns: &str| -> Vec<String> {
        let r = env
            .kubectl(&[
                "get",
                "pods",
                "-n",
                ns,
                "-o",
                "jsonpath={.items[*].metadata.uid}",
            ])
            .ok();
        r.stdout.split_whitespace().map(str::to_string).collect()
    };
    let before = pods(&ns.name);
    assert_eq!(before.len(), 2);
    // Revision 2 -> 2 changes nothing in the pod template: only --recreate-pods replaces pods.
    env.rhelm_in(
        &ns.name,
        "rollback web 2 --recreate-pods --wait --timeout 90s",
    )
    .ok();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let now = pods(&ns.name);
        if now.len() == 2 && now.iter().all(|u| !before.contains(u)) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "pods were not recreated: {before:?} -> {now:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

#[test]
fn legacy_wait_uses_helm3_readiness() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("rb-legacy");
    helm_web(&env, "install", &ns.name, &["--wait", "--timeout", "90s"]);
    helm_web(
        &env,
        "upgrade",
        &ns.name,
        &["--set-string", "nodeSelector.rhelm\\.test/never=true"],
    );
    env.rhelm_in(&ns.name, "rollback web 1 --wait=legacy --timeout 90s")
        .ok();
    let d = live(&env, &ns.name, "deployment", "web-demo").unwrap();
    assert!(d["spec"]["template"]["spec"].get("nodeSelector").is_none());

    // Back to the unschedulable revision: Helm 3's checker never sees it ready.
    let r = env.rhelm_in(&ns.name, "rollback web 2 --wait=legacy --timeout 5s");
    assert_ne!(r.status, 0);
    // Helm 4's legacy waiter names no object: its error is the deadline alone.
    assert!(
        r.stderr
            .ends_with("\nError: release web failed: context deadline exceeded\n"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("Unschedulable"),
        "the cause is named: {}",
        r.stderr
    );
    let last = statuses(&env, &ns.name, "web").pop().unwrap();
    assert_eq!(
        last,
        (
            4,
            "failed".to_string(),
            "Release \"web\" failed: context deadline exceeded".to_string()
        )
    );
}

/// The Secret's block of a dry run's output (from its header to the next blank line).
fn secret_block(out: &str) -> String {
    let mut lines = out
        .lines()
        .skip_while(|l| !l.contains(", creds, Secret (v1)"));
    let mut block: Vec<&str> = Vec::new();
    for l in lines.by_ref() {
        if l.is_empty() || l.starts_with("Rolling back") {
            break;
        }
        block.push(l);
    }
    block.join("\n")
}

#[test]
fn dry_run_of_a_secret_written_with_string_data() {
    let Some(env) = testenv() else { return };
    let c = common::fixture_chart("stringdata");
    for (helm, prefix) in [(Helm::V4, "rb-sd4"), (Helm::V3, "rb-sd3")] {
        // helm 4 writes server-side, helm 3 client-side: both dry runs must work on either.
        let ns = env.namespace(prefix);
        let n = ns.name.as_str();
        env.helm(helm, &["install", "s", &c, "-n", n]).ok();
        env.helm(helm, &["upgrade", "s", &c, "-n", n, "--set", "note=two"])
            .ok();
        let dry = |revision: &str, mode: &str| {
            env.rhelm(&["rollback", "s", revision, "-n", n, mode])
                .ok()
                .stdout
        };
        // stringData the cluster keeps as data: unchanged, in both modes.
        for mode in ["--dry-run=client", "--dry-run=server"] {
            let out = dry("1", mode);
            assert_eq!(secret_block(&out), "", "{prefix} {mode}:\n{out}");
            assert!(
                out.contains("would create 0, change 1 and delete 0 objects"),
                "{prefix} {mode}:\n{out}"
            );
        }
        // A real change of data (a token added) and of a stringData value: shown redacted
        // with the decoded sizes, the same in both modes.
        env.helm(
            helm,
            &[
                "upgrade",
                "s",
                &c,
                "-n",
                n,
                "--set",
                "note=three",
                "--set",
                "token=abcdef",
                "--set",
                "pw=longer-password",
            ],
        )
        .ok();
        let client = secret_block(&dry("2", "--dry-run=client"));
        let server = secret_block(&dry("2", "--dry-run=server"));
        assert_eq!(client, server, "{prefix}");
        assert!(
            client.ends_with(
                "  data:\n-   password: '-------- # (15 bytes)'\n-   token: '-------- # (6 bytes)'\n+   password: '++++++++ # (7 bytes)'\n  type: Opaque"
            ),
            "{prefix}:\n{client}"
        );
        assert!(
            !client.contains("hunter2") && !client.contains("YWJjZGVm"),
            "{client}"
        );
        // Nothing was written.
        assert_eq!(statuses(&env, n, "s").len(), 3);
    }
}

#[cfg(unix)]
#[test]
fn wait_progress_redraws_on_a_terminal_with_the_time_waited() {
    let Some(env) = testenv() else { return };
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` to give rhelm a terminal");
        return;
    }
    let ns = env.namespace("rb-tty");
    helm_web(&env, "install", &ns.name, &["--wait", "--timeout", "90s"]);
    helm_web(
        &env,
        "upgrade",
        &ns.name,
        &["--set-string", "nodeSelector.rhelm\\.test/never=true"],
    );
    helm_web(&env, "upgrade", &ns.name, &[]);
    // `script` runs rhelm on a pseudo-terminal and copies what it writes.
    let command = format!(
        "{} rollback web 2 -n {} --wait --timeout 3s",
        env!("CARGO_BIN_EXE_rhelm"),
        ns.name
    );
    let out = env
        .command(std::path::Path::new("script"))
        .args(["-qec", &command, "/dev/null"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_ne!(out.status.code(), Some(0), "{text}");
    // The not-ready lines are erased and drawn again as the clock moves, state changed or not.
    assert!(text.contains("\x1b[1A\x1b[J"), "{text:?}");
    for t in ["[0s]", "[1s]", "[2s]"] {
        assert!(
            text.contains(&format!("waiting: {t} Deployment/web-demo: ")),
            "{t}: {text:?}"
        );
    }
}
