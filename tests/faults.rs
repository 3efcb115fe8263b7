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
    let r = plane.run(helm, &["history", "web", "-o", "json"]).ok();
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
