//! `rhelm test` against the real control plane, side by side with helm 4.1.4: twin releases
//! of the `tested` fixture chart, both installed by helm 4, one tested by helm and one by rhelm.

mod common;

use common::twin::{history, live};
use common::{fixture_chart, normalise, testenv, without_klog, Helm, Namespace, Run, TestEnv};

/// Two namespaces, each with release `web` of the `tested` chart installed by helm 4.
fn twins(env: &TestEnv, prefix: &str, set: &[&str]) -> (Namespace, Namespace) {
    let by_helm = env.namespace(&format!("{prefix}-helm"));
    let by_rhelm = env.namespace(&format!("{prefix}-rhelm"));
    let chart = fixture_chart("tested");
    for ns in [&by_helm.name, &by_rhelm.name] {
        let mut args = vec!["install", "web", chart.as_str(), "-n", ns.as_str()];
        for s in set {
            args.extend(["--set", s]);
        }
        env.helm(Helm::V4, &args).ok();
    }
    (by_helm, by_rhelm)
}

/// `helm get all` of `web`, normalised.
fn get_all(env: &TestEnv, ns: &str) -> String {
    normalise(&env.helm_in(Helm::V4, ns, "get all web").ok().stdout, ns)
}

/// Runs `helm test` on one twin and `rhelm test` on the other with the same flags, and checks
/// that exit code, stdout, the error line, the history and `helm get all` agree.
fn test_both(env: &TestEnv, h: &Namespace, r: &Namespace, flags: &[&str]) -> (Run, Run) {
    let args = |ns: &str| {
        let mut a = vec!["test", "web", "-n", ns];
        if !flags.contains(&"--timeout") {
            a.extend(["--timeout", "60s"]);
        }
        a.extend_from_slice(flags);
        a.into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    let ha = args(&h.name);
    let ra = args(&r.name);
    let by_helm = env.helm(Helm::V4, &ha.iter().map(String::as_str).collect::<Vec<_>>());
    let by_rhelm = env.rhelm(&ra.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(
        by_helm.status, by_rhelm.status,
        "exit codes: {by_helm:?}\n{by_rhelm:?}"
    );
    assert_eq!(
        normalise(&by_helm.stdout, &h.name),
        normalise(&by_rhelm.stdout, &r.name)
    );
    // rhelm's stderr is helm's, after its explanation of a failed test.
    let (he, re) = (
        normalise(&without_klog(&by_helm.stderr), &h.name),
        normalise(&by_rhelm.stderr, &r.name),
    );
    assert!(re.ends_with(&he), "helm's stderr:\n{he}\nrhelm's:\n{re}");
    assert_eq!(history(env, &h.name, "web"), history(env, &r.name, "web"));
    assert_eq!(get_all(env, &h.name), get_all(env, &r.name));
    (by_helm, by_rhelm)
}

#[test]
fn passing_tests_match_helm4() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "test-ok", &[]);
    let (_, by_rhelm) = test_both(&env, &h, &r, &[]);
    assert_eq!(by_rhelm.status, 0, "{}", by_rhelm.stderr);
    let out = &by_rhelm.stdout;
    for name in ["web-test-connection", "web-test-job", "web-test-config"] {
        assert!(out.contains(&format!("TEST SUITE:     {name}\n")), "{out}");
    }
    assert_eq!(
        out.matches("Phase:          Succeeded\n").count(),
        3,
        "{out}"
    );
    assert!(!out.contains("NOTES:"), "helm 4 prints no notes: {out}");
    // The Job test was deleted on success (hook-succeeded); the pods stay (before-hook-creation).
    for ns in [&h.name, &r.name] {
        assert!(live(&env, ns, "job", "web-test-job").is_none());
        assert!(live(&env, ns, "pod", "web-test-connection").is_some());
    }
    // A second run replaces the pods (before-hook-creation) and stores the same revision.
    test_both(&env, &h, &r, &[]);
    assert_eq!(history(&env, &r.name, "web").len(), 1);
}

#[test]
fn failing_test_matches_helm4_and_is_explained() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "test-fail", &["failTest=true"]);
    let (by_helm, by_rhelm) = test_both(&env, &h, &r, &[]);
    assert_eq!(by_helm.status, 1);
    assert!(
        by_rhelm.stdout.contains("Phase:          Failed\n"),
        "{}",
        by_rhelm.stdout
    );
    // Beyond Helm: the failed pod, its container, the reason.
    let err = &by_rhelm.stderr;
    assert!(err.contains("web-test-config"), "{err}");
    assert!(err.contains("container check"), "{err}");
    assert!(err.contains("terminated: Error (exit code 1)"), "{err}");
}

#[test]
fn failing_job_and_timed_out_test_match_helm4() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "test-job", &["failJob=true"]);
    let (_, by_rhelm) = test_both(&env, &h, &r, &[]);
    assert_eq!(by_rhelm.status, 1);
    assert!(
        by_rhelm.stderr.contains("BackoffLimitExceeded"),
        "{}",
        by_rhelm.stderr
    );
    // A test pod that never completes fails at --timeout with kstatus's words.
    let chart = fixture_chart("tested");
    for ns in [&h.name, &r.name] {
        env.helm(
            Helm::V4,
            &["upgrade", "web", &chart, "-n", ns, "--set", "hangTest=true"],
        )
        .ok();
    }
    let (_, by_rhelm) = test_both(&env, &h, &r, &["--timeout", "4s"]);
    assert!(
        by_rhelm.stderr.ends_with("context deadline exceeded\n"),
        "{}",
        by_rhelm.stderr
    );
}

#[test]
fn filters_run_only_the_chosen_tests_like_helm4() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "test-filter", &["failTest=true"]);
    // Excluding the failing test makes the run pass; skipped tests never ran.
    let (_, by_rhelm) = test_both(&env, &h, &r, &["--filter", "!name=web-test-config"]);
    assert_eq!(by_rhelm.status, 0, "{}", by_rhelm.stderr);
    assert!(!by_rhelm.stdout.contains("TEST SUITE:     web-test-config"));
    // Including one test by name, with a comma-separated second value.
    let (_, by_rhelm) = test_both(
        &env,
        &h,
        &r,
        &["--filter", "name=web-test-connection,name=web-test-job"],
    );
    assert_eq!(by_rhelm.status, 0, "{}", by_rhelm.stderr);
    assert!(live(&env, &r.name, "pod", "web-test-config").is_none());
}

#[test]
fn logs_are_printed_like_helm4() {
    let Some(env) = testenv() else { return };
    let (h, r) = twins(&env, "test-logs", &["testJob=false"]);
    let (_, by_rhelm) = test_both(&env, &h, &r, &["--logs"]);
    assert_eq!(by_rhelm.status, 0, "{}", by_rhelm.stderr);
    assert!(
        by_rhelm.stdout.contains(
            "POD LOGS: web-test-connection\nrhelm test log: started\nrhelm test log: done\n\n"
        ),
        "{}",
        by_rhelm.stdout
    );
}

#[test]
fn logs_of_a_job_test_fail_like_helm4() {
    let Some(env) = testenv() else { return };
    // Helm reads logs of a pod named like each test hook: a Job's has another name.
    let (h, r) = twins(&env, "test-joblogs", &[]);
    let (_, by_rhelm) = test_both(&env, &h, &r, &["--logs"]);
    assert_eq!(by_rhelm.status, 1);
    assert!(
        by_rhelm
            .stderr
            .contains("unable to get pod logs for web-test-job"),
        "{}",
        by_rhelm.stderr
    );
}

#[test]
fn test_errors_match_helm4() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("test-errors");
    for args in [
        &["test", "missing", "-n", &ns.name][..],
        &["test", "Bad_Name", "-n", &ns.name][..],
        &["test", "-n", &ns.name][..],
    ] {
        let h = env.helm(Helm::V4, args);
        let r = env.rhelm(args);
        assert_eq!(h.status, r.status, "{args:?}");
        assert_eq!(h.stdout, r.stdout, "{args:?}");
        // Usage lines name the binary; the error itself must agree.
        assert_eq!(
            h.stderr.lines().next().map(|l| l.replace("helm", "rhelm")),
            r.stderr.lines().next().map(str::to_string),
            "{args:?}"
        );
    }
}
