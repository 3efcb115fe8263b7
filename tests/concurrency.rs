//! Concurrency: two to eight clients, a mix of rhelm and real helm 4, run `upgrade`,
//! `rollback`, `uninstall` and `upgrade --install` on one release at the same moment, round after
//! round (helm 4 runs `upgrade` and `upgrade --install`: its `rollback` and `uninstall` do not
//! check for an operation in progress, so two of them can run at once whatever rhelm does; rhelm
//! runs all four). After every round the history (read by helm 4, which decodes every record) must have no
//! gap, no duplicate revision, at most one `deployed` record and no record left pending, and every
//! client that failed must have failed for a reason a concurrent client explains (Helm's
//! "another operation ... is in progress", a create conflict on the revision's key, or the release
//! being gone because a concurrent uninstall removed it). The counts are printed at the end.
//!
//! `RHELM_CONCURRENCY_ROUNDS` overrides the number of rounds (default 200).

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Barrier};

use common::{testenv, write_chart, Run, TestEnv};

/// A chart of one ConfigMap, so an operation is quick and needs no waiting.
fn tiny_chart(dir: &Path) -> String {
    write_chart(
        dir,
        &[
            ("Chart.yaml", "apiVersion: v2\nname: tiny\nversion: 0.1.0\n"),
            ("values.yaml", "v: start\n"),
            (
                "templates/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-cm\ndata:\n  v: {{ .Values.v | quote }}\n",
            ),
        ],
    );
    dir.to_str().unwrap().to_string()
}

/// A small deterministic generator, so a failing round can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Tool {
    Rhelm,
    Helm4,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Op {
    Upgrade,
    Rollback,
    Uninstall,
    UninstallKeepHistory,
    UpgradeInstall,
}

/// Why a client that exited non-zero failed.
fn loss_reason(stderr: &str) -> Option<&'static str> {
    const KNOWN: [(&str, &str); 9] = [
        // First: rhelm's create conflict also says that another operation is in progress.
        (
            "release: already exists",
            "create conflict (release: already exists)",
        ),
        // helm 4's SQL driver words the same conflict as PostgreSQL does
        (
            "duplicate key value violates unique constraint",
            "create conflict (SQL duplicate key)",
        ),
        (
            "another operation (install/upgrade/rollback) is in progress",
            "another operation is in progress",
        ),
        (
            "has no deployed releases",
            "release gone (has no deployed releases)",
        ),
        ("release: not found", "release gone (release: not found)"),
        ("a name that is still in use", "name in use (install raced)"),
        ("is already deleted", "already uninstalled"),
        // rollback when the revision before the latest is gone (an uninstall purged the history)
        ("release has no ", "no earlier revision"),
        (
            "not found",
            "object or record deleted by a concurrent uninstall",
        ),
    ];
    KNOWN
        .iter()
        .find(|(needle, _)| stderr.contains(needle))
        .map(|(_, label)| *label)
}

/// Revision and status of every record, as helm 4 reads them (`None`: the release is gone).
fn helm_history(
    env: &TestEnv,
    vars: &[(&str, &str)],
    ns: &str,
    name: &str,
) -> Option<Vec<(i64, String)>> {
    let r = env.helm_with(
        common::Helm::V4,
        vars,
        &["history", name, "-n", ns, "-o", "json", "--max", "100000"],
    );
    if r.status != 0 {
        assert!(
            r.stderr.contains("release: not found"),
            "helm 4 cannot read the history: {}",
            r.stderr
        );
        return None;
    }
    let v: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    Some(
        v.iter()
            .map(|e| {
                (
                    e["revision"].as_i64().unwrap(),
                    e["status"].as_str().unwrap().to_string(),
                )
            })
            .collect(),
    )
}

/// The records of `name` in the storage, by Secret name, straight from the API server (in
/// process, to keep rounds short): every one must be one helm listed (nothing helm could not
/// decode hides in the storage).
fn stored_keys(
    rt: &tokio::runtime::Runtime,
    client: &kube::Client,
    ns: &str,
    name: &str,
) -> Vec<String> {
    let api: kube::Api<k8s_openapi::api::core::v1::Secret> =
        kube::Api::namespaced(client.clone(), ns);
    let lp = kube::api::ListParams::default().labels(&format!("owner=helm,name={name}"));
    let list = rt
        .block_on(api.list_metadata(&lp))
        .expect("list the release's Secrets");
    let mut keys: Vec<String> = list
        .items
        .into_iter()
        .filter_map(|o| o.metadata.name)
        .collect();
    keys.sort();
    keys
}

fn check_history(history: &[(i64, String)], round: usize, detail: &str) {
    let mut revisions: Vec<i64> = history.iter().map(|h| h.0).collect();
    revisions.sort();
    let mut unique = revisions.clone();
    unique.dedup();
    assert_eq!(
        unique.len(),
        revisions.len(),
        "round {round}: duplicate revision in {history:?}\n{detail}"
    );
    for w in revisions.windows(2) {
        assert_eq!(
            w[1],
            w[0] + 1,
            "round {round}: gap in the history {history:?}\n{detail}"
        );
    }
    let deployed = history.iter().filter(|h| h.1 == "deployed").count();
    assert!(
        deployed <= 1,
        "round {round}: {deployed} deployed records in {history:?}\n{detail}"
    );
    let pending: Vec<_> = history
        .iter()
        .filter(|h| h.1.starts_with("pending-") || h.1 == "uninstalling")
        .collect();
    assert!(
        pending.is_empty(),
        "round {round}: every client has exited, yet {pending:?} is left in {history:?}\n{detail}"
    );
}

#[test]
fn concurrent_clients_never_lose_or_duplicate_a_revision() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("conc");
    let name = "race";
    let tmp = std::env::temp_dir().join(common::unique_name("rhelm-conc-chart"));
    let chart = tiny_chart(&tmp);
    let rounds: usize = std::env::var("RHELM_CONCURRENCY_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let mut rng = Lcg(0x5eed_2026);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let client = rt.block_on(env.client());

    let mut winners: BTreeMap<(Tool, Op), usize> = BTreeMap::new();
    let mut losers: BTreeMap<(Tool, &'static str), usize> = BTreeMap::new();
    let mut contended = 0usize;
    let mut single_winner_rounds = 0usize;
    let mut multi_winner_rounds = 0usize;
    let mut clients_total = 0usize;
    let started = std::time::Instant::now();

    env.rhelm(&["install", name, &chart, "-n", &ns.name]).ok();
    let mut before = helm_history(&env, &[], &ns.name, name);
    for round in 0..rounds {
        let live = before
            .as_ref()
            .and_then(|h| h.iter().max_by_key(|r| r.0))
            .is_some_and(|last| last.1 != "uninstalled");
        // 2 to 8 clients, fewer more often (the machine running the tests is small).
        let n = 2 + rng.next(7).min(rng.next(7)) as usize;
        // Helm's install over an uninstalled release (`replaceRelease`) supersedes whatever
        // record is last, a pending one included, and its outcome is written blindly: two helm
        // clients re-creating a release together can leave two `deployed` records (seen: 84
        // and 85, both helm 4). That race is helm's own, so at most one helm client takes part
        // in a re-creation.
        let mut helm_recreating = false;
        let plan: Vec<(Tool, Op)> = (0..n)
            .map(|_| {
                let mut tool = if rng.next(2) == 0 {
                    Tool::Rhelm
                } else {
                    Tool::Helm4
                };
                if !live && tool == Tool::Helm4 {
                    if helm_recreating {
                        tool = Tool::Rhelm;
                    }
                    helm_recreating = true;
                }
                let op = if !live {
                    // Gone or uninstalled with its history: everyone re-creates it (or rolls
                    // an uninstalled release back, as Helm allows).
                    if before.is_some() && rng.next(3) == 0 {
                        Op::Rollback
                    } else {
                        Op::UpgradeInstall
                    }
                } else {
                    match rng.next(20) {
                        0 => Op::Uninstall,
                        1 => Op::UninstallKeepHistory,
                        2..=9 => Op::Rollback,
                        _ => Op::Upgrade,
                    }
                };
                // Helm's own rollback and uninstall do not check for an operation in progress,
                // so helm 4 runs only the operations that honour the lock.
                let op = match (tool, op) {
                    (Tool::Helm4, Op::Rollback | Op::Uninstall | Op::UninstallKeepHistory) => {
                        if live {
                            Op::Upgrade
                        } else {
                            Op::UpgradeInstall
                        }
                    }
                    _ => op,
                };
                (tool, op)
            })
            .collect();
        clients_total += n;

        let barrier = Arc::new(Barrier::new(n));
        let handles: Vec<_> = plan
            .iter()
            .enumerate()
            .map(|(i, &(tool, op))| {
                let env = env.clone();
                let barrier = barrier.clone();
                let ns = ns.name.clone();
                let chart = chart.clone();
                let value = format!("v={round}-{i}");
                std::thread::spawn(move || {
                    let mut args: Vec<&str> = match op {
                        Op::Upgrade => vec!["upgrade", name, &chart, "--set", &value],
                        Op::UpgradeInstall => {
                            vec!["upgrade", "--install", name, &chart, "--set", &value]
                        }
                        Op::Rollback => vec!["rollback", name],
                        Op::Uninstall => vec!["uninstall", name],
                        Op::UninstallKeepHistory => vec!["uninstall", name, "--keep-history"],
                    };
                    args.extend(["-n", &ns]);
                    if matches!(op, Op::Upgrade | Op::UpgradeInstall | Op::Rollback) {
                        // Keep every record, so a gap can only come from a lost write.
                        args.extend(["--history-max", "0"]);
                    }
                    barrier.wait();
                    let run: Run = match tool {
                        Tool::Rhelm => env.rhelm(&args),
                        Tool::Helm4 => env.helm(common::Helm::V4, &args),
                    };
                    (tool, op, args.join(" "), run)
                })
            })
            .collect();
        let results: Vec<(Tool, Op, String, Run)> =
            handles.into_iter().map(|h| h.join().unwrap()).collect();

        let mut detail = format!("round {round} started from {before:?}:\n");
        let mut round_winners = 0;
        for (tool, op, args, run) in &results {
            detail.push_str(&format!(
                "  {tool:?} {args} -> exit {}: {}\n",
                run.status,
                run.stderr.trim()
            ));
            if run.status == 0 {
                round_winners += 1;
                *winners.entry((*tool, *op)).or_default() += 1;
            }
        }
        for (tool, _, _, run) in &results {
            if run.status != 0 {
                let reason = loss_reason(&run.stderr).unwrap_or_else(|| {
                    panic!("round {round}: a client failed for no concurrent reason\n{detail}")
                });
                *losers.entry((*tool, reason)).or_default() += 1;
            }
        }
        if n > 1 {
            contended += 1;
        }
        if round_winners == 1 {
            single_winner_rounds += 1;
        } else if round_winners > 1 {
            multi_winner_rounds += 1;
        }

        let after = helm_history(&env, &[], &ns.name, name);
        let keys = stored_keys(&rt, &client, &ns.name, name);
        if let Some(h) = &after {
            check_history(h, round, &detail);
            let mut listed: Vec<String> = h
                .iter()
                .map(|(v, _)| format!("sh.helm.release.v1.{name}.v{v}"))
                .collect();
            listed.sort();
            assert_eq!(
                keys, listed,
                "round {round}: the stored records differ from those helm 4 decodes\n{detail}"
            );
            // rhelm reads the same history (every tenth round, to keep the test short).
            if round % 10 == 0 {
                let r = env.rhelm(&[
                    "history", name, "-n", &ns.name, "-o", "json", "--max", "100000",
                ]);
                assert_eq!(r.status, 0, "round {round}: {}\n{detail}", r.stderr);
                let ours: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
                assert_eq!(ours.len(), h.len(), "round {round}\n{detail}");
            }
        } else {
            assert!(
                keys.is_empty(),
                "round {round}: helm 4 finds no release, yet records {keys:?} are stored\n{detail}"
            );
        }
        // Without an uninstall in the round, every successful upgrade or rollback added exactly
        // one revision: none was overwritten by another client.
        let uninstalling = results
            .iter()
            .any(|r| matches!(r.1, Op::Uninstall | Op::UninstallKeepHistory));
        if !uninstalling {
            let top = |h: &Option<Vec<(i64, String)>>| {
                h.as_ref()
                    .and_then(|h| h.iter().map(|r| r.0).max())
                    .unwrap_or(0)
            };
            let writes = results.iter().filter(|r| r.3.status == 0).count() as i64;
            assert_eq!(
                top(&after) - top(&before),
                writes,
                "round {round}: {writes} clients succeeded but the history grew by {} revisions\n{detail}",
                top(&after) - top(&before)
            );
        }
        before = after;
    }

    fn fmt<K: std::fmt::Debug>(m: &BTreeMap<K, usize>) -> String {
        m.iter().map(|(k, v)| format!("    {k:?}: {v}\n")).collect()
    }
    eprintln!(
        "concurrency: {rounds} rounds ({contended} with 2-8 clients at once), {clients_total} client runs in {:.0?}\n  rounds with one winner: {single_winner_rounds}, with several (one after the other, or an uninstall, which takes no lock in helm or rhelm): {multi_winner_rounds}\n  winners (tool, operation):\n{}  losers (tool, reason):\n{}",
        started.elapsed(),
        fmt(&winners),
        fmt(&losers),
    );
    let _ = std::fs::remove_dir_all(&tmp);
}

/// The ConfigMap and SQL drivers create revision records create-only too: rounds of two to four
/// concurrent upgrades (rhelm and helm 4) on one release stored by each driver never overwrite a
/// revision, leave a gap, two `deployed` records or a pending one, and every success adds one
/// revision.
#[test]
fn configmap_and_sql_drivers_create_revisions_create_only() {
    let Some(env) = testenv() else { return };
    let tmp = std::env::temp_dir().join(common::unique_name("rhelm-conc-driver-chart"));
    let chart = tiny_chart(&tmp);
    // (Leaked: the client threads need the variables for as long as the test runs.)
    let pg: Option<&'static str> = std::env::var("RHELM_TEST_PG")
        .ok()
        .map(|s| &*Box::leak(s.into_boxed_str()));
    let mut drivers: Vec<Vec<(&str, &str)>> = vec![vec![("HELM_DRIVER", "configmap")]];
    match pg {
        Some(pg) => drivers.push(vec![
            ("HELM_DRIVER", "sql"),
            ("HELM_DRIVER_SQL_CONNECTION_STRING", pg),
        ]),
        None => eprintln!("SQL driver skipped: RHELM_TEST_PG is not set"),
    }
    let mut rng = Lcg(0xd21_7e55);
    for vars in &drivers {
        let ns = env.namespace("conc-driver");
        let name = "race";
        env.rhelm_with(vars, &["install", name, &chart, "-n", &ns.name])
            .ok();
        let mut before = helm_history(&env, vars, &ns.name, name).unwrap();
        let (mut wins, mut losses) = (0, 0);
        for round in 0..25 {
            let n = 2 + rng.next(3) as usize;
            let barrier = Arc::new(Barrier::new(n));
            let handles: Vec<_> = (0..n)
                .map(|i| {
                    let (env, barrier, vars) = (env.clone(), barrier.clone(), vars.clone());
                    let (ns, chart) = (ns.name.clone(), chart.clone());
                    let rhelm = rng.next(2) == 0;
                    std::thread::spawn(move || {
                        let value = format!("v={round}-{i}");
                        let args = ["upgrade", name, &chart, "-n", &ns, "--set", &value];
                        barrier.wait();
                        if rhelm {
                            env.rhelm_with(&vars, &args)
                        } else {
                            env.helm_with(common::Helm::V4, &vars, &args)
                        }
                    })
                })
                .collect();
            let runs: Vec<Run> = handles.into_iter().map(|h| h.join().unwrap()).collect();
            let detail: String = runs
                .iter()
                .map(|r| format!("  exit {}: {}\n", r.status, r.stderr.trim()))
                .collect();
            for r in &runs {
                if r.status == 0 {
                    wins += 1;
                } else {
                    assert!(
                        loss_reason(&r.stderr).is_some(),
                        "{vars:?} round {round}: a client failed for no concurrent reason\n{detail}"
                    );
                    losses += 1;
                }
            }
            let after = helm_history(&env, vars, &ns.name, name).unwrap();
            check_history(&after, round, &detail);
            let top = |h: &[(i64, String)]| h.iter().map(|r| r.0).max().unwrap_or(0);
            let grew = top(&after) - top(&before);
            let ok = runs.iter().filter(|r| r.status == 0).count() as i64;
            assert_eq!(grew, ok, "{vars:?} round {round}\n{detail}");
            before = after;
        }
        eprintln!("{vars:?}: 25 rounds, {wins} upgrades proceeded, {losses} refused");
        if vars.iter().any(|v| v.1 == "sql") {
            env.rhelm_with(vars, &["uninstall", name, "-n", &ns.name])
                .ok();
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
