//! The deploy script of a CI pipeline, run verbatim (its names read from the environment) with
//! `helm` on PATH resolving to rhelm, and again with it resolving to helm 4.1.4: at every step
//! the exit code, history, values and live objects must be the same.

mod common;

use std::path::Path;

use common::twin::{history, live};
use common::{fixture_chart, testenv, Namespace, TestEnv};
use serde_json::Value;

/// The pipeline's script, as a user writes it (also run by bench/ci_script.sh).
const SCRIPT: &str = include_str!("fixtures/ci/deploy.sh");

/// One side of the twin: a namespace and a folder whose `helm` is the tool under test.
struct Side {
    ns: Namespace,
    bin_dir: tempfile::TempDir,
}

impl Side {
    fn new(env: &TestEnv, prefix: &str, helm: &Path) -> Side {
        let bin_dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(helm, bin_dir.path().join("helm")).unwrap();
        Side {
            ns: env.namespace(prefix),
            bin_dir,
        }
    }

    /// Runs the script; returns its exit code.
    fn deploy(&self, env: &TestEnv, script: &Path, values: &Path, tag: &str) -> i32 {
        let path = format!(
            "{}:{}",
            self.bin_dir.path().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let out = std::process::Command::new("bash")
            .arg(script)
            .env("PATH", path)
            .env("KUBECONFIG", &env.kubeconfig)
            .env("HELM_CONFIG_HOME", env.helm_home.join("config"))
            .env("HELM_CACHE_HOME", env.helm_home.join("cache"))
            .env("HELM_DATA_HOME", env.helm_home.join("data"))
            .env_remove("HELM_NAMESPACE")
            .env_remove("HELM_DRIVER")
            .env("RELEASE_NAME", "app")
            .env("NAMESPACE", &self.ns.name)
            .env("CHART_PATH", fixture_chart("pipeline"))
            .env("VALUES_FILE", values)
            .env("IMAGE_TAG", tag)
            .env("TIMEOUT", "20s")
            .output()
            .expect("run the script");
        out.status.code().unwrap_or(-1)
    }
}

/// History with failure causes cut (rhelm names the root cause where helm says less).
fn outline(env: &TestEnv, ns: &str) -> Vec<(i64, String, String)> {
    history(env, ns, "app")
        .iter()
        .map(|e| {
            let d = e["description"].as_str().unwrap_or_default();
            let d = match d.find(" failed: ") {
                Some(i) => d[..i + " failed: ".len()].to_string(),
                None => d.to_string(),
            };
            (
                e["revision"].as_i64().unwrap(),
                e["status"].as_str().unwrap().to_string(),
                d,
            )
        })
        .collect()
}

fn values(env: &TestEnv, ns: &str) -> Value {
    let run = env
        .helm(
            common::Helm::V4,
            &["get", "values", "app", "-n", ns, "-o", "json"],
        )
        .ok();
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn the_ci_deploy_script_runs_on_rhelm_as_on_helm() {
    let Some(env) = testenv() else { return };
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("deploy.sh");
    std::fs::write(&script, SCRIPT).unwrap();
    let file = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let good = file("good.yaml", "replicaCount: 2\n");
    let never_ready = file(
        "never-ready.yaml",
        "podLabels:\n  rhelm.test/not-ready: \"true\"\n",
    );
    let failing_test = file("failing-test.yaml", "failTest: true\n");

    let by_helm = Side::new(&env, "ci-helm", &env.helm4);
    let by_rhelm = Side::new(&env, "ci-rhelm", Path::new(env!("CARGO_BIN_EXE_rhelm")));
    let compare = |step: &str, h: i32, r: i32| {
        assert_eq!(h, r, "exit code of {step}");
        assert_eq!(
            outline(&env, &by_helm.ns.name),
            outline(&env, &by_rhelm.ns.name),
            "history after {step}"
        );
        assert_eq!(
            values(&env, &by_helm.ns.name),
            values(&env, &by_rhelm.ns.name),
            "values after {step}"
        );
        for (kind, name) in [("deployment", "app-app"), ("service", "app-app")] {
            assert_eq!(
                live(&env, &by_helm.ns.name, kind, name),
                live(&env, &by_rhelm.ns.name, kind, name),
                "{kind}/{name} after {step}"
            );
        }
    };

    // Without a release the script's first line fails (no history), with both tools.
    let h = by_helm.deploy(&env, &script, &good, "1");
    let r = by_rhelm.deploy(&env, &script, &good, "1");
    assert_eq!((h, r), (1, 1), "a first run without a release");
    for side in [&by_helm, &by_rhelm] {
        let c = fixture_chart("pipeline");
        let run = std::process::Command::new(side.bin_dir.path().join("helm"))
            .args(["upgrade", "--install", "app", &c, "-n", &side.ns.name])
            .env("KUBECONFIG", &env.kubeconfig)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }

    let h = by_helm.deploy(&env, &script, &good, "2");
    let r = by_rhelm.deploy(&env, &script, &good, "2");
    assert_eq!(r, 0);
    compare("a deploy that passes", h, r);

    let h = by_helm.deploy(&env, &script, &never_ready, "3");
    let r = by_rhelm.deploy(&env, &script, &never_ready, "3");
    assert_eq!(r, 1);
    compare("a deploy whose pods never become ready", h, r);

    let h = by_helm.deploy(&env, &script, &failing_test, "4");
    let r = by_rhelm.deploy(&env, &script, &failing_test, "4");
    assert_eq!(r, 1);
    compare("a deploy whose tests fail", h, r);

    for tag in 5..12 {
        let tag = tag.to_string();
        let h = by_helm.deploy(&env, &script, &good, &tag);
        let r = by_rhelm.deploy(&env, &script, &good, &tag);
        assert_eq!(r, 0);
        compare(&format!("deploy of tag {tag}"), h, r);
    }
    let kept = history(&env, &by_rhelm.ns.name, "app");
    assert_eq!(kept.len(), 10, "--history-max 10 prunes");
}
