//! A slow, dropping API server: rhelm talks to the control plane through a loopback proxy
//! (tests/common/proxy.rs) that resets connections, answers 5xx and 429 with `Retry-After`,
//! delays answers and never answers. Reads are sent again until they succeed; a write is sent
//! again only when the server cannot have carried it out (429), so no record is ever written
//! twice; a write that cannot complete fails with a message saying what it left.

mod common;

use std::time::{Duration, Instant};

use common::proxy::{Fault, Proxy, Seen};
use common::{checked_history, demo_chart, testenv, TestEnv};

/// `env` with its kubeconfig pointing at `proxy`.
fn through(env: &TestEnv, proxy: &Proxy) -> TestEnv {
    let mut env = env.clone();
    env.kubeconfig = proxy.kubeconfig.clone();
    env
}

fn requests<'a>(seen: &'a [Seen], method: &str, path: &str) -> Vec<&'a Seen> {
    seen.iter()
        .filter(|s| s.method == method && s.path.contains(path))
        .collect()
}

/// Each record was created once at most: no release Secret was POSTed to the API server twice.
fn assert_no_double_write(seen: &[Seen], context: &str) {
    let forwarded: Vec<&Seen> = requests(seen, "POST", "/secrets")
        .into_iter()
        .filter(|s| s.forwarded)
        .collect();
    assert!(
        forwarded.len() <= 1,
        "a record was written more than once ({context}): {forwarded:?}"
    );
}

#[test]
fn reads_are_retried_through_resets_server_errors_and_429() {
    let Some(env) = testenv() else { return };
    let dir = tempfile::tempdir().unwrap();
    let proxy = Proxy::start(&env, dir.path());
    let slow = through(&env, &proxy);
    let ns = env.namespace("slow-read");
    let ns = ns.name.as_str();
    let chart = demo_chart();
    env.helm(
        common::Helm::V4,
        &["install", "web", chart.to_str().unwrap(), "-n", ns],
    )
    .ok();
    let direct = env.rhelm(&["history", "web", "-n", ns]).ok().stdout;

    // Four failures in a row, each of another kind, on the first read of the records: the
    // fifth try gets through.
    let faults = [
        [
            Fault::ResetBefore,
            Fault::Status(503, None),
            Fault::Status(429, Some(1)),
            Fault::ResetAfter,
        ],
        [
            Fault::Status(500, None),
            Fault::Status(502, None),
            Fault::Status(504, None),
            Fault::Delay(Duration::from_secs(2)),
        ],
    ];
    for (command, faults) in ["history", "status"].into_iter().zip(faults) {
        proxy.reset();
        for f in &faults {
            proxy.add("GET", "/secrets", f.clone(), 1);
        }
        let run = slow.rhelm(&[command, "web", "-n", ns]).ok();
        if command == "history" {
            assert_eq!(run.stdout, direct, "the same history through the proxy");
        }
        let seen = proxy.seen();
        let reads = requests(&seen, "GET", "/secrets");
        let injected: Vec<_> = reads.iter().filter_map(|s| s.fault.clone()).collect();
        assert_eq!(injected, faults, "{command}: {reads:?}");
        assert_eq!(
            reads.last().unwrap().status,
            Some(200),
            "{command}: a retry got through: {reads:?}"
        );
        eprintln!(
            "{command}: {} reads of the records, {} faults retried",
            reads.len(),
            faults.len()
        );
    }

    // A read that is never answered times out on the client side and is sent again.
    proxy.reset();
    proxy.add("GET", "/secrets", Fault::Hang, 1);
    let started = Instant::now();
    let run = slow.rhelm(&["history", "web", "-n", ns]).ok();
    assert_eq!(run.stdout, direct);
    let seen = proxy.seen();
    let reads = requests(&seen, "GET", "/secrets");
    assert_eq!(reads[0].fault, Some(Fault::Hang), "{reads:?}");
    assert!(
        reads[1..].iter().any(|s| s.status == Some(200)),
        "{reads:?}"
    );
    eprintln!(
        "a read never answered: timed out and retried, {:.1}s in all",
        started.elapsed().as_secs_f64()
    );

    // Five failures are one too many: the command fails and says why.
    proxy.reset();
    proxy.add("GET", "/secrets", Fault::Status(503, None), 5);
    let run = slow.rhelm(&["history", "web", "-n", ns]);
    assert_ne!(run.status, 0, "{run:?}");
    assert!(
        run.stderr.contains("injected by the test proxy"),
        "{}",
        run.stderr
    );
    assert_eq!(requests(&proxy.seen(), "GET", "/secrets").len(), 5);
}

#[test]
fn writes_are_sent_once_and_a_lost_write_says_what_it_left() {
    let Some(env) = testenv() else { return };
    let dir = tempfile::tempdir().unwrap();
    let proxy = Proxy::start(&env, dir.path());
    let slow = through(&env, &proxy);
    let ns = env.namespace("slow-write");
    let ns = ns.name.as_str();
    let chart = demo_chart();
    let chart = chart.to_str().unwrap();
    env.helm(common::Helm::V4, &["install", "web", chart, "-n", ns])
        .ok();
    let upgrade = |message: &str| {
        slow.rhelm(&[
            "upgrade",
            "web",
            chart,
            "-n",
            ns,
            "--set",
            &format!("message={message}"),
        ])
    };
    let mut runs = Vec::new();

    // 429: the server turned the create away unhandled; rhelm waits Retry-After, sends it again.
    proxy.reset();
    proxy.add("POST", "/secrets", Fault::Status(429, Some(1)), 1);
    upgrade("v2").ok();
    let seen = proxy.seen();
    let creates = requests(&seen, "POST", "/secrets");
    assert_eq!(creates.len(), 2, "{creates:?}");
    assert!(!creates[0].forwarded && creates[1].forwarded, "{creates:?}");
    assert_no_double_write(&seen, "429");
    assert_eq!(
        checked_history(&env, "web", ns).last().unwrap(),
        &(2, "deployed".to_string())
    );
    runs.push("429 on the record's create: sent again after Retry-After, written once");

    // The create reaches the server but its answer is lost: never sent again.
    proxy.reset();
    proxy.add("POST", "/secrets", Fault::ResetAfter, 1);
    let run = upgrade("v3");
    assert_ne!(run.status, 0);
    for part in [
        "Revision 3 of \"web\" was not recorded, or the answer to its creation was lost",
        "rhelm unlock web --force",
    ] {
        assert!(run.stderr.contains(part), "{part:?}: {}", run.stderr);
    }
    let seen = proxy.seen();
    assert_eq!(requests(&seen, "POST", "/secrets").len(), 1, "{seen:?}");
    assert_no_double_write(&seen, "answer lost");
    assert_eq!(
        checked_history(&env, "web", ns).last().unwrap(),
        &(3, "pending-upgrade".to_string()),
        "the record the server wrote is there, once"
    );
    slow.rhelm(&["unlock", "web", "-n", ns, "--force"]).ok();
    runs.push("create's answer lost: not sent again, error names revision 3, unlock frees it");

    // An object's server-side apply is carried out but its answer is lost: apply is harmless
    // to repeat, so it is sent again and the upgrade goes on.
    proxy.reset();
    proxy.add("PATCH", "/configmaps/", Fault::ResetAfter, 1);
    upgrade("v4").ok();
    let seen = proxy.seen();
    let patches = requests(&seen, "PATCH", "/configmaps/");
    assert!(
        patches.len() >= 2 && patches[0].fault.is_some() && patches[1].fault.is_none(),
        "{patches:?}"
    );
    assert_no_double_write(&seen, "apply answer lost");
    assert_eq!(
        checked_history(&env, "web", ns).last().unwrap(),
        &(4, "deployed".to_string())
    );
    runs.push("a server-side apply's answer lost: applied again, revision 4 deployed");

    // A client-side update (a strategic merge patch) is reset: it may have been carried out and
    // is not sent again; the failure is recorded.
    proxy.reset();
    proxy.add("PATCH", "/configmaps/", Fault::ResetBefore, 1);
    let run = slow.rhelm(&[
        "upgrade",
        "web",
        chart,
        "-n",
        ns,
        "--server-side=false",
        "--set",
        "message=v5",
    ]);
    assert_ne!(run.status, 0);
    let seen = proxy.seen();
    let patches = requests(&seen, "PATCH", "/configmaps/");
    assert_eq!(
        patches.iter().filter(|s| s.fault.is_some()).count(),
        1,
        "{seen:?}"
    );
    assert!(
        patches.iter().all(|s| s.fault.is_some()),
        "not sent again: {patches:?}"
    );
    assert!(
        run.stderr.contains("Patch \"") && run.stderr.contains("/configmaps/"),
        "the error names the request that got no answer: {}",
        run.stderr
    );
    assert_no_double_write(&seen, "patch reset");
    assert_eq!(
        checked_history(&env, "web", ns).last().unwrap(),
        &(5, "failed".to_string()),
        "{}",
        run.stderr
    );
    runs.push("a client-side PATCH reset: not sent again, revision 5 recorded failed");

    // The outcome's write fails with 503: not sent again; the error says it is left pending.
    proxy.reset();
    proxy.add(
        "PUT",
        "/secrets/sh.helm.release.v1.web.v6",
        Fault::Status(503, None),
        1,
    );
    let run = upgrade("v6");
    assert_ne!(run.status, 0);
    assert!(
        run.stderr.contains("revision 6 is left pending-upgrade")
            && run.stderr.contains("rhelm unlock web --force"),
        "{}",
        run.stderr
    );
    let seen = proxy.seen();
    assert_eq!(
        requests(&seen, "PUT", "/secrets/sh.helm.release.v1.web.v6").len(),
        1,
        "{seen:?}"
    );
    assert_no_double_write(&seen, "503 on the outcome");
    assert_eq!(
        checked_history(&env, "web", ns).last().unwrap(),
        &(6, "pending-upgrade".to_string())
    );
    slow.rhelm(&["unlock", "web", "-n", ns, "--force"]).ok();
    runs.push("503 on the outcome's PUT: not sent again, error names revision 6 pending");

    // The create is never answered: it times out on the client side and is not sent again.
    proxy.reset();
    proxy.add("POST", "/secrets", Fault::Hang, 1);
    let started = Instant::now();
    let run = upgrade("v7");
    assert_ne!(run.status, 0);
    assert!(
        run.stderr.contains(
            "Revision 7 of \"web\" was not recorded, or the answer to its creation was lost"
        ),
        "{}",
        run.stderr
    );
    let seen = proxy.seen();
    assert_eq!(requests(&seen, "POST", "/secrets").len(), 1, "{seen:?}");
    assert_eq!(checked_history(&env, "web", ns).len(), 6);
    runs.push("create never answered: client timeout, not sent again, nothing written");
    eprintln!(
        "create never answered: gave up after {:.1}s",
        started.elapsed().as_secs_f64()
    );

    // Through the proxy, with no faults, the release carries on; helm 4 too.
    proxy.reset();
    upgrade("v8").ok();
    let end = checked_history(&env, "web", ns);
    let revisions: Vec<i64> = end.iter().map(|r| r.0).collect();
    assert_eq!(revisions, [1, 2, 3, 4, 5, 6, 7], "no gap, no duplicate");
    let deployed: Vec<_> = end.iter().filter(|r| r.1 == "deployed").collect();
    assert_eq!(deployed, [end.last().unwrap()], "{end:?}");
    env.helm(common::Helm::V4, &["upgrade", "web", chart, "-n", ns])
        .ok();
    for r in runs {
        eprintln!("slow API: {r}");
    }
}
