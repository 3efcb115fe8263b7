//! Faults: the API server goes away in the middle of a rollback. These tests start a private
//! control plane (they stop its API server), so they never disturb the shared one.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{demo_chart, testenv};

/// A control plane of this test's own, stopped when dropped.
struct PrivatePlane {
    dir: PathBuf,
    kubeconfig: PathBuf,
}

fn testenv_script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("testenv")
        .join(name)
}

impl PrivatePlane {
    fn start() -> PrivatePlane {
        let dir = std::env::temp_dir().join(common::unique_name("rhelm-fault-plane"));
        let st = Command::new(testenv_script("start.sh"))
            .arg(&dir)
            .env("RHELM_TESTENV_POSTGRES", "0")
            .status()
            .expect("run testenv/start.sh");
        assert!(st.success(), "the private control plane did not start");
        PrivatePlane {
            kubeconfig: dir.join("kubeconfig"),
            dir,
        }
    }

    fn apiserver(&self, action: &[&str]) {
        let st = Command::new(testenv_script("restart.sh"))
            .arg(&self.dir)
            .arg("kube-apiserver")
            .args(action)
            .status()
            .unwrap();
        assert!(st.success());
    }

    fn run(&self, program: &Path, args: &[&str]) -> common::Run {
        let out = Command::new(program)
            .args(args)
            .env("KUBECONFIG", &self.kubeconfig)
            .env("HELM_CONFIG_HOME", self.dir.join("helm/config"))
            .env("HELM_CACHE_HOME", self.dir.join("helm/cache"))
            .env("HELM_DATA_HOME", self.dir.join("helm/data"))
            .output()
            .unwrap();
        common::Run {
            status: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Drop for PrivatePlane {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let _ = std::fs::copy(
                self.dir.join("logs/kube-apiserver.log"),
                std::env::temp_dir().join("rhelm-fault-kube-apiserver.log"),
            );
            if let Ok(log) = std::fs::read_to_string(self.dir.join("logs/kube-apiserver.log")) {
                let tail: Vec<&str> = log.lines().rev().take(15).collect();
                eprintln!(
                    "kube-apiserver log (last lines, newest first):\n{}",
                    tail.join("\n")
                );
            }
        }
        let _ = Command::new(testenv_script("stop.sh"))
            .arg(&self.dir)
            .status();
    }
}

fn statuses(plane: &PrivatePlane, helm: &Path) -> Vec<(i64, String)> {
    statuses_of(plane, helm, "web")
}

/// (revision, status) of every record of release `name`, as `helm` (helm 4 or rhelm) reads them.
fn statuses_of(plane: &PrivatePlane, helm: &Path, name: &str) -> Vec<(i64, String)> {
    let r = plane
        .run(helm, &["history", name, "-o", "json", "--max", "1000"])
        .ok();
    let v: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    v.iter()
        .map(|e| {
            (
                e["revision"].as_i64().unwrap(),
                e["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn api_server_lost_mid_rollback_loses_nothing_and_rhelm_recovers() {
    let Some(env) = testenv() else { return };
    let plane = PrivatePlane::start();
    let helm = env.helm4.clone();
    let rhelm = Path::new(env!("CARGO_BIN_EXE_rhelm"));
    let chart = demo_chart();
    let chart = chart.to_str().unwrap();
    // Revision 1's pods can never be scheduled, so a rollback to it waits until stopped.
    plane
        .run(
            &helm,
            &[
                "install",
                "web",
                chart,
                "--set-string",
                "nodeSelector.rhelm\\.test/never=true",
            ],
        )
        .ok();
    plane
        .run(&helm, &["upgrade", "web", chart, "--set", "message=v2"])
        .ok();

    let child = Command::new(rhelm)
        .args(["rollback", "web", "1", "--wait", "--timeout", "300s"])
        .env("KUBECONFIG", &plane.kubeconfig)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while statuses(&plane, &helm).last().map(|s| s.1.as_str()) != Some("pending-rollback") {
        assert!(
            Instant::now() < deadline,
            "rhelm never wrote the pending record"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    plane.apiserver(&["--down-seconds", "stop"]);
    let out = child.wait_with_output().unwrap();
    assert!(
        !out.status.success(),
        "the rollback cannot succeed without an API server"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        // The API server may go away while rhelm waits or while it still reads the manifests.
        stderr.contains("evision 3 is left pending-rollback"),
        "{stderr}"
    );
    assert!(stderr.contains("rhelm unlock web --force"), "{stderr}");

    plane.apiserver(&[]);
    let hist = plane.run(rhelm, &["history", "web", "-o", "json"]).ok();
    let records: Vec<serde_json::Value> = serde_json::from_str(&hist.stdout).unwrap();
    let revisions: Vec<i64> = records
        .iter()
        .map(|r| r["revision"].as_i64().unwrap())
        .collect();
    assert_eq!(revisions, [1, 2, 3], "every record survived");
    assert_eq!(records[2]["status"], "pending-rollback");

    plane.run(rhelm, &["unlock", "web", "--force"]).ok();
    plane.run(rhelm, &["rollback", "web", "2"]).ok();
    assert_eq!(
        statuses(&plane, &helm),
        [
            (1, "superseded".to_string()),
            (2, "superseded".to_string()),
            (3, "failed".to_string()),
            (4, "deployed".to_string())
        ]
    );
    // And helm can carry on with the release.
    plane
        .run(&helm, &["upgrade", "web", chart, "--set", "message=v5"])
        .ok();
}

/// The steps of an upgrade or rollback at which `RHELM_TEST_PAUSE_AT` (src/testpoint.rs) holds
/// rhelm, and the status the new revision has when the client dies there (`None`: not written).
const STEPS: [(&str, Option<&str>); 5] = [
    ("pending-record", None),
    ("recorded", Some("pending")),
    ("apply", Some("pending")),
    ("wait", Some("pending")),
    ("final-record", Some("pending")),
];

/// Starts rhelm with `args`, held at `step`, and SIGKILLs it once it says it got there.
fn kill_at(env: &common::TestEnv, step: &str, args: &[&str]) {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_rhelm"))
        .args(args)
        .env("KUBECONFIG", &env.kubeconfig)
        .env("RHELM_TEST_PAUSE_AT", step)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut seen = String::new();
    for line in std::io::BufReader::new(stderr).lines() {
        let line = line.unwrap();
        seen.push_str(&line);
        seen.push('\n');
        if line.contains(&format!("paused at {step} ")) {
            break;
        }
    }
    assert!(
        seen.contains(&format!("paused at {step} ")),
        "rhelm {args:?} never reached step {step}:\n{seen}"
    );
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
}

/// (revision, status) of every record as helm 4 decodes them, checked against the raw Secrets
/// (nothing stored that helm cannot read) and rhelm's reading of the same history.
fn checked_history(env: &common::TestEnv, ns: &str) -> Vec<(i64, String)> {
    let h = env
        .helm(
            common::Helm::V4,
            &["history", "web", "-n", ns, "-o", "json", "--max", "1000"],
        )
        .ok();
    let v: Vec<serde_json::Value> = serde_json::from_str(&h.stdout).unwrap();
    let helm: Vec<(i64, String)> = v
        .iter()
        .map(|e| {
            (
                e["revision"].as_i64().unwrap(),
                e["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let r = env
        .rhelm(&["history", "web", "-n", ns, "-o", "json", "--max", "1000"])
        .ok();
    let v: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    let ours: Vec<(i64, String)> = v
        .iter()
        .map(|e| {
            (
                e["revision"].as_i64().unwrap(),
                e["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(helm, ours, "helm 4 and rhelm read the same history");
    let stored = env
        .kubectl(&[
            "get",
            "secrets",
            "-n",
            ns,
            "-l",
            "owner=helm,name=web",
            "-o",
            "name",
        ])
        .ok();
    assert_eq!(
        stored.stdout.lines().count(),
        helm.len(),
        "every stored record decodes: {}",
        stored.stdout
    );
    helm
}

/// SIGKILL of the rhelm client at each step of an upgrade and of a rollback: nothing already
/// recorded is lost or half-written, helm 4 and rhelm read the history, and `rhelm unlock`
/// followed by a new upgrade or rollback brings the release back.
#[test]
fn sigkill_at_every_step_of_upgrade_and_rollback_loses_nothing() {
    let Some(env) = testenv() else { return };
    let chart = demo_chart();
    let chart = chart.to_str().unwrap();
    let mut runs = 0;
    for command in ["upgrade", "rollback"] {
        for (step, written) in STEPS {
            let ns = env.namespace("kill");
            let ns = ns.name.as_str();
            env.helm(
                common::Helm::V4,
                &["install", "web", chart, "-n", ns, "--set", "message=v1"],
            )
            .ok();
            env.helm(
                common::Helm::V4,
                &["upgrade", "web", chart, "-n", ns, "--set", "message=v2"],
            )
            .ok();
            let before = checked_history(&env, ns);
            let args: Vec<&str> = match command {
                "upgrade" => vec![
                    "upgrade",
                    "web",
                    chart,
                    "-n",
                    ns,
                    "--set",
                    "message=v3",
                    "--wait",
                    "--timeout",
                    "60s",
                ],
                _ => vec![
                    "rollback",
                    "web",
                    "1",
                    "-n",
                    ns,
                    "--wait",
                    "--timeout",
                    "60s",
                ],
            };
            kill_at(&env, step, &args);
            runs += 1;

            let after = checked_history(&env, ns);
            let context = format!("{command} killed at {step}: {before:?} -> {after:?}");
            assert_eq!(
                &after[..2],
                &before[..],
                "the records before the killed operation are untouched: {context}"
            );
            match written {
                None => assert_eq!(after.len(), 2, "{context}"),
                Some(_) => {
                    assert_eq!(after.len(), 3, "{context}");
                    assert_eq!(after[2].0, 3, "{context}");
                    assert_eq!(
                        after[2].1,
                        format!("pending-{command}"),
                        "the new record stays pending, as Helm's would: {context}"
                    );
                    // The lock holds until unlocked...
                    let blocked = env.rhelm(&["upgrade", "web", chart, "-n", ns]);
                    assert!(
                        blocked.stderr.contains(
                            "another operation (install/upgrade/rollback) is in progress"
                        ) && blocked.stderr.contains("rhelm unlock web"),
                        "{context}: {}",
                        blocked.stderr
                    );
                    env.rhelm(&["unlock", "web", "-n", ns, "--force"]).ok();
                }
            }
            // ...and then a new upgrade and a rollback bring the release back.
            env.rhelm(&["upgrade", "web", chart, "-n", ns, "--set", "message=v4"])
                .ok();
            env.rhelm(&["rollback", "web", "2", "-n", ns]).ok();
            let end = checked_history(&env, ns);
            let deployed: Vec<_> = end.iter().filter(|r| r.1 == "deployed").collect();
            assert_eq!(deployed, [end.last().unwrap()], "{context}: then {end:?}");
            // And helm 4 carries on with the release.
            env.helm(common::Helm::V4, &["upgrade", "web", chart, "-n", ns])
                .ok();
        }
    }
    eprintln!(
        "sigkill: {runs} runs (upgrade and rollback x {} steps), nothing lost",
        STEPS.len()
    );
}

/// The API server stops at each step of an upgrade, then of a rollback, in turn (rhelm held
/// there by `RHELM_TEST_PAUSE_AT`, then let go with the server down) and starts again: the
/// command exits non-zero saying what it left and how to recover, helm 4 and rhelm read the same
/// history, no record is lost, and `rhelm unlock` plus a new upgrade bring the release back.
#[test]
fn api_server_lost_at_every_step_of_upgrade_and_rollback_loses_nothing() {
    use std::io::BufRead;
    let Some(env) = testenv() else { return };
    let plane = PrivatePlane::start();
    let helm = env.helm4.clone();
    let rhelm = Path::new(env!("CARGO_BIN_EXE_rhelm"));
    let chart = demo_chart();
    let chart = chart.to_str().unwrap();
    let cases = ["upgrade", "rollback"]
        .into_iter()
        .flat_map(|c| STEPS.iter().map(move |s| (c, s)));
    for (i, (command, (step, written))) in cases.enumerate() {
        let name = format!("{}{i}", &command[..2]);
        let name = name.as_str();
        plane
            .run(&helm, &["install", name, chart, "--set", "message=v1"])
            .ok();
        plane
            .run(&helm, &["upgrade", name, chart, "--set", "message=v2"])
            .ok();
        let resume = plane.dir.join(format!("resume-{i}"));
        let mut child = Command::new(rhelm)
            .args(match command {
                "upgrade" => vec![command, name, chart, "--set", "message=v3"],
                _ => vec![command, name, "1"],
            })
            .args(["--timeout", "60s"])
            // Only the wait step waits: after the API server's restarts the fake kubelet may
            // take long to report pods ready again.
            .args(if *step == "wait" {
                &["--wait"][..]
            } else {
                &[][..]
            })
            .env("KUBECONFIG", &plane.kubeconfig)
            .env("RHELM_TEST_PAUSE_AT", step)
            .env("RHELM_TEST_RESUME_FILE", &resume)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut all = String::new();
            for line in std::io::BufReader::new(stderr).lines() {
                let line = line.unwrap();
                if line.contains("paused at ") {
                    let _ = tx.send(());
                }
                all.push_str(&line);
                all.push('\n');
            }
            all
        });
        rx.recv_timeout(Duration::from_secs(120))
            .unwrap_or_else(|_| panic!("rhelm never reached step {step}"));
        plane.apiserver(&["--down-seconds", "stop"]);
        std::fs::write(&resume, "").unwrap();
        let status = child.wait().unwrap();
        let stderr = reader.join().unwrap();
        plane.apiserver(&[]);
        let context = format!("API server stopped at {step} of {command}:\n{stderr}");
        assert!(!status.success(), "{context}");

        let seen = statuses_of(&plane, &helm, name);
        assert_eq!(seen, statuses_of(&plane, rhelm, name), "{context}");
        assert_eq!(
            &seen[..2],
            &[(1, "superseded".to_string()), (2, "deployed".to_string())],
            "{context}"
        );
        if written.is_some() {
            assert_eq!(seen.len(), 3, "{context}: {seen:?}");
            assert_eq!(seen[2], (3, format!("pending-{command}")), "{context}");
            assert!(
                stderr.contains(&format!("evision 3 is left pending-{command}"))
                    && stderr.contains(&format!("rhelm unlock {name} --force")),
                "the error says what it left and how to recover: {context}"
            );
            plane.run(rhelm, &["unlock", name, "--force"]).ok();
        } else {
            assert_eq!(seen.len(), 2, "nothing was written: {context}");
        }
        plane
            .run(rhelm, &["upgrade", name, chart, "--set", "message=v4"])
            .ok();
        let end = statuses_of(&plane, &helm, name);
        let deployed: Vec<_> = end.iter().filter(|r| r.1 == "deployed").collect();
        assert_eq!(deployed, [end.last().unwrap()], "{context}: then {end:?}");
        plane
            .run(&helm, &["upgrade", name, chart, "--set", "message=v5"])
            .ok();
    }
}
