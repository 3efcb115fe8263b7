//! `rhelm diff` against the real control plane: each diff is checked against what the
//! operation it predicts really does to the live objects (read before and after with kubectl),
//! releases are made by helm 4 as well as by rhelm, Secrets never leak, and the exit codes are
//! helm-diff's (0 no change, 2 changes with `--detailed-exitcode`, 1 errors, never 2).

mod common;

use std::collections::BTreeMap;

use common::{fixture_chart, testenv, Helm, Run, TestEnv};
use serde_json::Value;

const PLANTED: [&str; 2] = ["s3cr3t-Planted-Value", "new-Planted-Value"];

fn chart() -> String {
    fixture_chart("diffable")
}

/// Base64 of a planted value, as a Secret's `data` would carry it.
fn b64(s: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(s)
}

/// Fails if any planted secret value (plain or base64) appears in the command's output.
fn no_secret(run: &Run) {
    for p in PLANTED {
        for needle in [p.to_string(), b64(p)] {
            assert!(
                !run.stdout.contains(&needle) && !run.stderr.contains(&needle),
                "secret {needle:?} leaked:\n{}{}",
                run.stdout,
                run.stderr
            );
        }
    }
}

/// The release's live objects (those named after it), without what the server writes itself,
/// keyed as helm-diff keys them: `(kind, name)`.
fn live_objects(env: &TestEnv, ns: &str, release: &str) -> BTreeMap<(String, String), Value> {
    let run = env
        .kubectl(&[
            "get",
            "configmaps,secrets,deployments.apps,services,pods",
            "-n",
            ns,
            "-o",
            "json",
        ])
        .ok();
    let list: Value = serde_json::from_str(&run.stdout).unwrap();
    let mut out = BTreeMap::new();
    for item in list["items"].as_array().unwrap() {
        let name = item["metadata"]["name"].as_str().unwrap().to_string();
        let kind = item["kind"].as_str().unwrap().to_string();
        // Pods of the Deployment are not release objects.
        if !name.starts_with(&format!("{release}-"))
            || item["metadata"]["ownerReferences"].is_array()
        {
            continue;
        }
        let mut v = item.clone();
        let o = v.as_object_mut().unwrap();
        o.remove("status");
        let meta = o.get_mut("metadata").unwrap().as_object_mut().unwrap();
        for k in [
            "uid",
            "resourceVersion",
            "generation",
            "creationTimestamp",
            "managedFields",
        ] {
            meta.remove(k);
        }
        if let Some(Value::Object(a)) = meta.get_mut("annotations") {
            a.remove("deployment.kubernetes.io/revision");
        }
        out.insert((kind, name), v);
    }
    out
}

/// What changed between two views of the live objects, as `(kind, name) -> ADD|REMOVE|MODIFY`.
fn live_changes(
    before: &BTreeMap<(String, String), Value>,
    after: &BTreeMap<(String, String), Value>,
) -> BTreeMap<(String, String), &'static str> {
    let mut out = BTreeMap::new();
    for (k, v) in after {
        match before.get(k) {
            None => {
                out.insert(k.clone(), "ADD");
            }
            Some(b) if b != v => {
                out.insert(k.clone(), "MODIFY");
            }
            Some(_) => {}
        }
    }
    for k in before.keys().filter(|k| !after.contains_key(*k)) {
        out.insert(k.clone(), "REMOVE");
    }
    out
}

/// The entries of helm-diff's `--output json`, as `(kind, name) -> change`.
fn json_entries(run: &Run) -> BTreeMap<(String, String), String> {
    let v: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", run.stdout));
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                (
                    e["kind"].as_str().unwrap().to_string(),
                    e["name"].as_str().unwrap().to_string(),
                ),
                e["change"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn with<A: AsRef<str>>(args: &[A], extra: &[&str]) -> Vec<String> {
    args.iter()
        .map(|s| s.as_ref().to_string())
        .chain(extra.iter().map(|s| s.to_string()))
        .collect()
}

fn rhelm(env: &TestEnv, args: &[String]) -> Run {
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    env.rhelm(&a)
}

const CHANGES: [&str; 10] = [
    "--set",
    "replicas=3",
    "--set",
    "message=changed",
    "--set",
    "copies=3",
    "--set",
    "password=new-Planted-Value",
    "--set",
    "extra.enabled=false",
];

#[test]
fn diff_upgrade_predicts_the_upgrade_and_diff_rollback_the_rollback() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("diff-up");
    let n = ns.name.as_str();
    let chart = chart();
    // helm 4 installs; rhelm diffs and upgrades; helm 4 rolls back.
    env.helm(
        Helm::V4,
        &[
            "install",
            "app",
            &chart,
            "-n",
            n,
            "--set",
            "extra.enabled=true",
        ],
    )
    .ok();

    let same = env.rhelm(&[
        "diff",
        "upgrade",
        "app",
        &chart,
        "-n",
        n,
        "--detailed-exitcode",
    ]);
    assert_eq!(same.status, 0, "no change, exit 0: {same:?}");
    assert_eq!(same.stdout, "", "nothing to report");

    let before = live_objects(&env, n, "app");
    let base = ["diff", "upgrade", "app", chart.as_str(), "-n", n];
    let predicted = rhelm(
        &env,
        &with(
            &with(&base, &CHANGES),
            &["--output", "json", "--detailed-exitcode"],
        ),
    );
    assert_eq!(predicted.status, 2, "changes, exit 2: {predicted:?}");
    assert!(
        predicted.stderr.contains("identified at least one change"),
        "{}",
        predicted.stderr
    );
    no_secret(&predicted);
    let text = rhelm(&env, &with(&base, &CHANGES)).ok();
    no_secret(&text);
    assert!(
        text.stdout
            .contains(&format!("{n}, app-web, Deployment (apps) has changed:"))
            && text.stdout.contains("-   replicas: 1\n+   replicas: 3\n"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout
            .contains("-   password: '-------- # (20 bytes)'")
            && text
                .stdout
                .contains("+   password: '++++++++ # (17 bytes)'"),
        "the Secret's change is shown redacted:\n{}",
        text.stdout
    );

    rhelm(
        &env,
        &with(&["upgrade", "app", chart.as_str(), "-n", n], &CHANGES),
    )
    .ok();
    let after = live_objects(&env, n, "app");
    let expected: BTreeMap<_, _> = live_changes(&before, &after)
        .into_iter()
        .map(|(k, v)| (k, v.to_string()))
        .collect();
    assert!(
        expected.len() >= 5,
        "the upgrade changed objects: {expected:?}"
    );
    assert_eq!(
        json_entries(&predicted),
        expected,
        "diff upgrade predicted the upgrade"
    );

    let again = rhelm(
        &env,
        &with(&with(&base, &CHANGES), &["--detailed-exitcode"]),
    );
    assert_eq!((again.status, again.stdout.as_str()), (0, ""), "{again:?}");

    // diff rollback, then helm 4's rollback.
    let predicted = env.rhelm_in(n, "diff rollback app -o json --detailed-exitcode");
    assert_eq!(predicted.status, 2, "{predicted:?}");
    no_secret(&predicted);
    env.helm_in(Helm::V4, n, "rollback app").ok();
    let rolled = live_objects(&env, n, "app");
    let mut expected: BTreeMap<_, _> = live_changes(&after, &rolled)
        .into_iter()
        .map(|(k, v)| (k, v.to_string()))
        .collect();
    // Hooks are not part of a rollback's diff (helm-diff reads only manifests), and the
    // pre-upgrade hook is not run by a rollback either.
    expected.remove(&("ConfigMap".to_string(), "app-pre-upgrade".to_string()));
    assert_eq!(
        json_entries(&predicted),
        expected,
        "diff rollback predicted the rollback"
    );
}

#[test]
fn diff_revision_values_and_their_errors() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("diff-rev");
    let n = ns.name.as_str();
    let chart = chart();
    env.rhelm(&["install", "app", &chart, "-n", n]).ok();
    rhelm(
        &env,
        &with(&["upgrade", "app", chart.as_str(), "-n", n], &CHANGES),
    )
    .ok();

    let forward = env.rhelm_in(n, "diff revision app 1 2").ok();
    let swapped = env.rhelm_in(n, "diff revision app 2 1").ok();
    let to_current = env.rhelm_in(n, "diff revision app 1").ok();
    assert_eq!(
        forward.stdout, swapped.stdout,
        "the lower revision is the old side"
    );
    assert_eq!(
        forward.stdout, to_current.stdout,
        "B defaults to the current revision"
    );
    assert!(
        forward
            .stdout
            .contains("-   replicas: 1\n+   replicas: 3\n"),
        "{}",
        forward.stdout
    );
    assert!(
        forward
            .stdout
            .contains(&format!("{n}, app-copy-2, ConfigMap (v1) has been added:")),
        "{}",
        forward.stdout
    );
    no_secret(&forward);
    let simple = env
        .rhelm_in(n, "diff revision app 1 2 --output simple")
        .ok();
    assert!(
        simple
            .stdout
            .ends_with("Plan: 1 to add, 5 to change, 0 to destroy, 0 to change ownership.\n"),
        "{}",
        simple.stdout
    );
    let decoded = env
        .rhelm_in(n, "diff revision app 1 2 --show-secrets-decoded")
        .ok();
    assert!(
        decoded
            .stdout
            .contains("-   password: s3cr3t-Planted-Value")
            && decoded.stdout.contains("+   password: new-Planted-Value"),
        "decoded values are shown only when asked:\n{}",
        decoded.stdout
    );
    let suppressed = env
        .rhelm_in(n, "diff revision app 1 2 --suppress-secrets")
        .ok();
    assert!(
        suppressed
            .stdout
            .contains("+ Changes suppressed on sensitive content of type Secret\n"),
        "{}",
        suppressed.stdout
    );

    let values = env.rhelm_in(n, "diff values app 1 2").ok();
    no_secret(&values);
    assert!(
        values.stdout.contains("+ replicas: 3\n"),
        "{}",
        values.stdout
    );
    assert!(
        values
            .stdout
            .contains("+ password: '++++++++ # (17 bytes)'")
            || values.stdout.contains("+ password: ++++++++ # (17 bytes)"),
        "{}",
        values.stdout
    );
    let shown = env.rhelm_in(n, "diff values app 1 2 --show-secrets").ok();
    assert!(
        shown.stdout.contains("new-Planted-Value"),
        "{}",
        shown.stdout
    );

    // Bad input: exit 1 with a message naming the problem, never 2.
    for (args, needle) in [
        (vec!["diff", "revision", "app", "9"], "no revision 9"),
        (
            vec!["diff", "revision", "app", "abc"],
            "invalid revision \"abc\"",
        ),
        (vec!["diff", "revision", "nosuch", "1"], "no revision 1"),
        (vec!["diff", "rollback", "app", "7"], "no revision 7"),
        (vec!["diff", "values", "app", "0"], "invalid revision \"0\""),
        (
            vec!["diff", "revision", "app"],
            "Minimum 2 arguments required",
        ),
        (
            vec!["diff", "revision", "app", "1", "2", "--output", "xml"],
            "xml",
        ),
    ] {
        let mut a = args.clone();
        a.extend(["-n", n, "--detailed-exitcode"]);
        let run = env.rhelm(&a);
        assert_eq!(run.status, 1, "{args:?}: {run:?}");
        assert!(run.stderr.contains(needle), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn diff_live_finds_hand_edits_and_three_way_merge_sees_them() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("diff-live");
    let n = ns.name.as_str();
    let chart = chart();
    env.rhelm(&["install", "app", &chart, "-n", n]).ok();

    let clean = env.rhelm_in(n, "diff live app --detailed-exitcode");
    assert_eq!(
        (clean.status, clean.stdout.as_str()),
        (0, ""),
        "no drift yet: {clean:?}"
    );
    let stored = env.rhelm(&[
        "diff",
        "upgrade",
        "app",
        &chart,
        "-n",
        n,
        "--three-way-merge",
        "--detailed-exitcode",
    ]);
    assert_eq!(
        (stored.status, stored.stdout.as_str()),
        (0, ""),
        "{stored:?}"
    );

    env.kubectl(&["scale", "deployment/app-web", "--replicas=4", "-n", n])
        .ok();
    env.kubectl(&[
        "patch",
        "configmap",
        "app-config",
        "-n",
        n,
        "-p",
        r#"{"data":{"message":"edited"}}"#,
    ])
    .ok();
    env.kubectl(&["label", "service", "app-web", "team=ops", "-n", n])
        .ok();
    env.kubectl(&["delete", "configmap", "app-copy-0", "-n", n])
        .ok();

    let drift = env.rhelm_in(n, "diff live app --detailed-exitcode");
    assert_eq!(drift.status, 2, "{drift:?}");
    no_secret(&drift);
    let out = &drift.stdout;
    for needle in [
        &format!("{n}, app-web, Deployment (apps) has changed:") as &str,
        "-   replicas: 1\n+   replicas: 4\n",
        "-   message: hello\n+   message: edited\n",
        "+     team: ops\n",
        &format!("{n}, app-copy-0, ConfigMap (v1) has been removed:"),
    ] {
        assert!(out.contains(needle), "missing {needle:?} in:\n{out}");
    }
    assert!(
        !out.contains("app-copy-1"),
        "untouched objects are not reported:\n{out}"
    );

    // The stored manifest did not change, so a plain diff sees nothing; the three-way merge
    // sees the live objects and what the upgrade would set back.
    let plain = env.rhelm(&[
        "diff",
        "upgrade",
        "app",
        &chart,
        "-n",
        n,
        "--detailed-exitcode",
    ]);
    assert_eq!((plain.status, plain.stdout.as_str()), (0, ""), "{plain:?}");
    let three = env.rhelm(&[
        "diff",
        "upgrade",
        "app",
        &chart,
        "-n",
        n,
        "--three-way-merge",
        "--detailed-exitcode",
    ]);
    assert_eq!(three.status, 2, "{three:?}");
    no_secret(&three);
    assert!(
        three.stdout.contains("-   replicas: 4\n+   replicas: 1\n"),
        "{}",
        three.stdout
    );
    assert!(
        three
            .stdout
            .contains(&format!("{n}, app-copy-0, ConfigMap (v1) has been added:")),
        "{}",
        three.stdout
    );
}

#[test]
fn diff_upgrade_of_a_missing_release_and_bad_charts() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("diff-bad");
    let n = ns.name.as_str();
    let chart = chart();

    let missing = env.rhelm(&[
        "diff",
        "upgrade",
        "app",
        &chart,
        "-n",
        n,
        "--detailed-exitcode",
    ]);
    assert_eq!(missing.status, 1, "{missing:?}");
    assert!(
        missing.stderr.contains("Release was not present in Helm"),
        "{}",
        missing.stderr
    );
    assert!(
        missing.stderr.contains("Error: release: not found"),
        "{}",
        missing.stderr
    );

    let install = env.rhelm(&[
        "diff",
        "upgrade",
        "app",
        &chart,
        "-n",
        n,
        "--install",
        "--output",
        "simple",
        "--detailed-exitcode",
    ]);
    assert_eq!(install.status, 2, "{install:?}");
    assert!(
        install
            .stdout
            .ends_with("Plan: 7 to add, 0 to change, 0 to destroy, 0 to change ownership.\n"),
        "secret, 3 ConfigMaps, Deployment, Service, hook; no test hook:\n{}",
        install.stdout
    );
    let with_tests = env.rhelm(&[
        "diff",
        "upgrade",
        "app",
        &chart,
        "-n",
        n,
        "--allow-unreleased",
        "--output",
        "simple",
        "--include-tests",
    ]);
    assert!(
        with_tests
            .stdout
            .contains("app-test, Pod (v1) to be added."),
        "{with_tests:?}"
    );
    let client = env
        .rhelm(&["diff", "upgrade", "app", &chart, "-n", n, "--dry-run"])
        .ok();
    assert!(client.stdout.contains("has been added:"), "{client:?}");
    no_secret(&client);

    for (args, needle) in [
        (
            vec!["--set", "fail=true", "--install"],
            "the chart was asked to fail",
        ),
        (
            vec!["--install", "--dry-run=bogus"],
            "must take a bool value",
        ),
        (
            vec!["-f", "/nonexistent/values.yaml", "--install"],
            "/nonexistent/values.yaml",
        ),
    ] {
        let mut a = vec![
            "diff",
            "upgrade",
            "app",
            chart.as_str(),
            "-n",
            n,
            "--detailed-exitcode",
        ];
        a.extend(args.iter().copied());
        let run = env.rhelm(&a);
        assert_eq!(run.status, 1, "{args:?}: {run:?}");
        assert!(run.stderr.contains(needle), "{args:?}: {}", run.stderr);
    }
    let no_chart = env.rhelm_in(n, "diff upgrade app ./no-such-chart");
    assert_eq!(no_chart.status, 1, "{no_chart:?}");
    assert!(
        no_chart.stderr.contains("no-such-chart"),
        "{}",
        no_chart.stderr
    );
}

#[test]
fn take_ownership_reports_the_change_of_hands() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("diff-own");
    let n = ns.name.as_str();
    let chart = chart();
    env.kubectl(&[
        "create",
        "configmap",
        "app-config",
        "-n",
        n,
        "--from-literal=message=hello",
    ])
    .ok();
    let refused = env.rhelm(&["diff", "upgrade", "app", &chart, "-n", n, "--install"]);
    assert_eq!(
        refused.status, 1,
        "an object of no release is not taken silently: {refused:?}"
    );
    assert!(refused.stderr.contains("app-config"), "{}", refused.stderr);
    let run = env
        .rhelm(&[
            "diff",
            "upgrade",
            "app",
            &chart,
            "-n",
            n,
            "--install",
            "--take-ownership",
        ])
        .ok();
    let header = format!("{n}, app-config, ConfigMap (v1) changed ownership:\n");
    assert!(
        run.stdout.starts_with(&header) && run.stdout.contains(&format!("+ {n}/app\n")),
        "ownership entries come first:\n{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains(&format!("{n}, app-creds, Secret (v1) has been added:")),
        "{}",
        run.stdout
    );
    no_secret(&run);
}
