//! Faults at every step of every write command (`install`, `upgrade`, `rollback`,
//! `uninstall`): the client is SIGKILLed, or the API server or etcd is stopped, while
//! `RHELM_TEST_PAUSE_AT` (src/testpoint.rs) holds rhelm at the step. Afterwards helm 4 and rhelm
//! read the same history, no record is lost or half-written, the command (when it lived) exited
//! non-zero saying what it left and how to recover, and that recovery brings the release back.
//! The tests that stop a component start a private control plane, so they never disturb the
//! shared one.

mod common;

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{checked_history, demo_chart, statuses, testenv, TestEnv};

/// A control plane of this test's own, stopped when dropped.
struct PrivatePlane {
    dir: PathBuf,
    /// The shared environment's binaries, pointed at this plane.
    env: TestEnv,
}

fn testenv_script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("testenv")
        .join(name)
}

impl PrivatePlane {
    /// Starts a control plane whose API server gives up on a request after
    /// `request_timeout` (with etcd down, requests otherwise hang for a minute).
    fn start(shared: &TestEnv, request_timeout: &str) -> PrivatePlane {
        let dir = std::env::temp_dir().join(common::unique_name("rhelm-fault-plane"));
        let st = Command::new(testenv_script("start.sh"))
            .arg(&dir)
            .env("RHELM_TESTENV_POSTGRES", "0")
            .env("RHELM_TESTENV_CHART_REPOS", "0")
            .env("RHELM_TESTENV_REGISTRY", "0")
            .env(
                "RHELM_TESTENV_APISERVER_ARGS",
                format!("--request-timeout={request_timeout}"),
            )
            .status()
            .expect("run testenv/start.sh");
        assert!(st.success(), "the private control plane did not start");
        let mut env = shared.clone();
        env.kubeconfig = dir.join("kubeconfig");
        PrivatePlane { dir, env }
    }

    /// Stops `component` (`kube-apiserver` or `etcd`) and leaves it down.
    fn stop(&self, component: &str) {
        self.restart(component, &["--down-seconds", "stop"]);
    }

    /// Starts `component` again; returns once the API server is ready.
    fn start_again(&self, component: &str) {
        self.restart(component, &[]);
    }

    fn restart(&self, component: &str, action: &[&str]) {
        let st = Command::new(testenv_script("restart.sh"))
            .arg(&self.dir)
            .arg(component)
            .args(action)
            .status()
            .unwrap();
        assert!(st.success(), "testenv/restart.sh {component} {action:?}");
    }
}

impl Drop for PrivatePlane {
    fn drop(&mut self) {
        if std::thread::panicking() {
            for log in ["kube-apiserver", "etcd"] {
                let path = self.dir.join(format!("logs/{log}.log"));
                let _ = std::fs::copy(
                    &path,
                    std::env::temp_dir().join(format!("rhelm-fault-{log}.log")),
                );
                if let Ok(text) = std::fs::read_to_string(&path) {
                    let tail: Vec<&str> = text.lines().rev().take(15).collect();
                    eprintln!("{log} log (last lines, newest first):\n{}", tail.join("\n"));
                }
            }
        }
        let _ = Command::new(testenv_script("stop.sh"))
            .arg(&self.dir)
            .status();
    }
}

#[test]
fn api_server_lost_mid_rollback_loses_nothing_and_rhelm_recovers() {
    let Some(shared) = testenv() else { return };
    let plane = PrivatePlane::start(&shared, "60s");
    let env = &plane.env;
    let helm = env.helm4.clone();
    let rhelm = Path::new(env!("CARGO_BIN_EXE_rhelm"));
    let chart = demo_chart();
    let chart = chart.to_str().unwrap();
    // Revision 1's pods can never be scheduled, so a rollback to it waits until stopped.
    env.run(
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
    env.run(&helm, &["upgrade", "web", chart, "--set", "message=v2"])
        .ok();

    let child = Command::new(rhelm)
        .args(["rollback", "web", "1", "--wait", "--timeout", "300s"])
        .env("KUBECONFIG", &env.kubeconfig)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while statuses(env, &helm, "web", "default")
        .last()
        .map(|s| s.1.as_str())
        != Some("pending-rollback")
    {
        assert!(
            Instant::now() < deadline,
            "rhelm never wrote the pending record"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    plane.stop("kube-apiserver");
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

    plane.start_again("kube-apiserver");
    let hist = env.run(rhelm, &["history", "web", "-o", "json"]).ok();
    let records: Vec<serde_json::Value> = serde_json::from_str(&hist.stdout).unwrap();
    let revisions: Vec<i64> = records
        .iter()
        .map(|r| r["revision"].as_i64().unwrap())
        .collect();
    assert_eq!(revisions, [1, 2, 3], "every record survived");
    assert_eq!(records[2]["status"], "pending-rollback");

    env.run(rhelm, &["unlock", "web", "--force"]).ok();
    env.run(rhelm, &["rollback", "web", "2"]).ok();
    assert_eq!(
        statuses(env, &helm, "web", "default"),
        [
            (1, "superseded".to_string()),
            (2, "superseded".to_string()),
            (3, "failed".to_string()),
            (4, "deployed".to_string())
        ]
    );
    // And helm can carry on with the release.
    env.run(&helm, &["upgrade", "web", chart, "--set", "message=v5"])
        .ok();
}

/// A write command under test.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Install,
    Upgrade,
    Rollback,
    Uninstall,
}

impl Op {
    const ALL: [Op; 4] = [Op::Install, Op::Upgrade, Op::Rollback, Op::Uninstall];

    fn name(self) -> &'static str {
        match self {
            Op::Install => "install",
            Op::Upgrade => "upgrade",
            Op::Rollback => "rollback",
            Op::Uninstall => "uninstall",
        }
    }

    /// The steps at which `RHELM_TEST_PAUSE_AT` holds the command (src/testpoint.rs).
    fn steps(self) -> [&'static str; 5] {
        match self {
            Op::Uninstall => [
                "pending-record",
                "recorded",
                "delete",
                "wait",
                "final-record",
            ],
            _ => [
                "pending-record",
                "recorded",
                "apply",
                "wait",
                "final-record",
            ],
        }
    }

    /// Sets release `name` up for the command: nothing for an install, else revisions 1
    /// (superseded) and 2 (deployed) written by helm 4. Returns the history.
    fn prepare(self, env: &TestEnv, name: &str, ns: &str, chart: &str) -> Vec<(i64, String)> {
        if self != Op::Install {
            let helm = |args: &[&str]| env.helm(common::Helm::V4, args).ok();
            helm(&["install", name, chart, "-n", ns, "--set", "message=v1"]);
            helm(&["upgrade", name, chart, "-n", ns, "--set", "message=v2"]);
        }
        checked_history(env, name, ns)
    }

    /// rhelm's arguments for the command on release `name`.
    fn args(self, name: &str, ns: &str, chart: &str, step: &str) -> Vec<String> {
        let mut args: Vec<&str> = match self {
            Op::Install => vec!["install", name, chart, "--set", "message=v3"],
            Op::Upgrade => vec!["upgrade", name, chart, "--set", "message=v3"],
            Op::Rollback => vec!["rollback", name, "1"],
            Op::Uninstall => vec!["uninstall", name],
        };
        args.extend(["-n", ns, "--timeout", "60s"]);
        // Only the wait step waits: after a restart the fake kubelet may take long to report
        // pods ready again.
        if step == "wait" {
            args.push("--wait");
        }
        args.into_iter().map(String::from).collect()
    }

    /// The record the command leaves when it stops at `step`: `None` when it changed nothing.
    fn left(self, step: &str) -> Option<(i64, &'static str)> {
        match (self, step) {
            (_, "pending-record") => None,
            (Op::Install, _) => Some((1, "pending-install")),
            (Op::Upgrade, _) => Some((3, "pending-upgrade")),
            (Op::Rollback, _) => Some((3, "pending-rollback")),
            (Op::Uninstall, _) => Some((2, "uninstalling")),
        }
    }

    /// What the error of a command that lost its cluster at `step` must say: the state it
    /// left and the way out.
    fn message(self, name: &str, step: &str) -> Vec<String> {
        match (self, self.left(step)) {
            (Op::Uninstall, left) => vec![
                format!(
                    "evision 2 of {name:?} is left {}",
                    left.map_or("deployed", |l| l.1)
                ),
                format!("run `rhelm uninstall {name}` again"),
            ],
            (_, None) => vec![
                "was not recorded, or the answer to its creation was lost".to_string(),
                format!("`rhelm history {name}`"),
                format!("rhelm unlock {name} --force"),
            ],
            (_, Some((revision, status))) => vec![
                format!("evision {revision} is left {status}"),
                format!("rhelm unlock {name} --force"),
            ],
        }
    }

    /// Brings the release back after the fault and checks the end state: one deployed
    /// revision, the newest (or, for an uninstall, no record left); then helm 4 carries on.
    fn recover(self, env: &TestEnv, name: &str, ns: &str, chart: &str, context: &str) {
        let rhelm = |args: &[&str]| env.rhelm(args).ok();
        if self == Op::Uninstall {
            rhelm(&["uninstall", name, "-n", ns]);
            assert!(checked_history(env, name, ns).is_empty(), "{context}");
            env.helm(common::Helm::V4, &["install", name, chart, "-n", ns])
                .ok();
            return;
        }
        if self.left("recorded")
            == checked_history(env, name, ns)
                .last()
                .map(|(r, s)| (*r, s.as_str()))
        {
            // The lock holds until unlocked.
            let blocked = env.rhelm(&["upgrade", name, chart, "-n", ns]);
            assert!(
                blocked
                    .stderr
                    .contains("another operation (install/upgrade/rollback) is in progress")
                    && blocked.stderr.contains(&format!("rhelm unlock {name}")),
                "{context}: {}",
                blocked.stderr
            );
            rhelm(&["unlock", name, "-n", ns, "--force"]);
        }
        rhelm(&[
            "upgrade",
            "--install",
            name,
            chart,
            "-n",
            ns,
            "--set",
            "message=v4",
        ]);
        if self != Op::Install {
            rhelm(&["rollback", name, "2", "-n", ns]);
        }
        let end = checked_history(env, name, ns);
        let deployed: Vec<_> = end.iter().filter(|r| r.1 == "deployed").collect();
        assert_eq!(deployed, [end.last().unwrap()], "{context}: then {end:?}");
        env.helm(common::Helm::V4, &["upgrade", name, chart, "-n", ns])
            .ok();
    }
}

/// How a fault test breaks the command.
#[derive(Clone, Copy)]
enum Fault<'a> {
    /// SIGKILL of rhelm at the step.
    Kill,
    /// The component (`kube-apiserver`, `etcd`) of the private plane stops at the step; rhelm
    /// goes on without it, and the component starts again once rhelm has exited.
    Stop(&'a PrivatePlane, &'static str),
}

impl Fault<'_> {
    fn label(&self) -> String {
        match self {
            Fault::Kill => "SIGKILL".to_string(),
            Fault::Stop(_, component) => format!("{component} stopped"),
        }
    }
}

/// Runs `op` on release `name` with `fault` at `step`, then checks what it left and recovers.
/// Returns the seconds the command took.
fn fault_at(env: &TestEnv, op: Op, step: &str, fault: Fault, name: &str, ns: &str) -> f64 {
    let chart = demo_chart();
    let chart = chart.to_str().unwrap();
    let before = op.prepare(env, name, ns, chart);
    let resume = std::env::temp_dir().join(common::unique_name("rhelm-fault-resume"));
    let mut cmd = env.command(Path::new(env!("CARGO_BIN_EXE_rhelm")));
    cmd.args(op.args(name, ns, chart, step))
        .env("RHELM_TEST_PAUSE_AT", step)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Fault::Stop(..) = fault {
        cmd.env("RHELM_TEST_RESUME_FILE", &resume);
    }
    let started = Instant::now();
    let mut child = cmd.spawn().unwrap();
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
    let reached = rx.recv_timeout(Duration::from_secs(120));
    if reached.is_err() {
        let _ = child.kill();
        panic!(
            "rhelm {} never reached step {step}:\n{}",
            op.name(),
            reader.join().unwrap()
        );
    }
    let status = match fault {
        Fault::Kill => {
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap()
        }
        Fault::Stop(plane, component) => {
            plane.stop(component);
            std::fs::write(&resume, "").unwrap();
            let status = child.wait().unwrap();
            plane.start_again(component);
            status
        }
    };
    let took = started.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&resume);
    let stderr = reader.join().unwrap();
    let context = format!("{} with {} at {step}:\n{stderr}", op.name(), fault.label());
    assert!(!status.success(), "{context}");
    if let Fault::Stop(..) = fault {
        for part in op.message(name, step) {
            assert!(
                stderr.contains(&part),
                "the error says what it left and how to recover ({part:?}): {context}"
            );
        }
    }

    let after = checked_history(env, name, ns);
    let mut expected = before.clone();
    if let Some((revision, status)) = op.left(step) {
        if op == Op::Uninstall {
            expected.pop();
        }
        expected.push((revision, status.to_string()));
    }
    assert_eq!(
        after, expected,
        "nothing lost, nothing half-written: {context}"
    );
    op.recover(env, name, ns, chart, &context);
    took
}

/// SIGKILL of the rhelm client at each step of each write command: nothing already recorded is
/// lost or half-written, helm 4 and rhelm read the history, and `rhelm unlock` (or uninstall
/// again) followed by a new command brings the release back.
#[test]
fn sigkill_at_every_step_of_every_write_command_loses_nothing() {
    let Some(env) = testenv() else { return };
    let mut runs = 0;
    for op in Op::ALL {
        for step in op.steps() {
            let ns = env.namespace("kill");
            fault_at(&env, op, step, Fault::Kill, "web", &ns.name);
            runs += 1;
        }
    }
    eprintln!("sigkill: {runs} runs (4 commands x 5 steps), nothing lost");
}

/// How many commands of one fault table run side by side, each on its own private plane (two
/// tables run at once, so this many planes per table besides the shared one: enough to halve
/// the time, few enough for two cores).
const COLUMNS_AT_ONCE: usize = 2;

/// Stops `component` of a private plane at each step of each write command in turn and starts
/// it again once rhelm has exited. Each command has a plane of its own, and
/// [`COLUMNS_AT_ONCE`] commands run side by side: a fault on one plane cannot touch another
/// command, and with etcd down every step waits out request timeouts, so running the columns
/// one after another would take over twenty minutes.
fn stop_at_every_step(component: &'static str, request_timeout: &str) {
    let Some(shared) = testenv() else { return };
    let queue = std::sync::Mutex::new(Op::ALL.into_iter());
    let next_op = || queue.lock().unwrap().next();
    let runs: usize = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..COLUMNS_AT_ONCE)
            .map(|_| {
                scope.spawn(|| {
                    let mut runs = 0;
                    while let Some(op) = next_op() {
                        let plane = PrivatePlane::start(&shared, request_timeout);
                        for (i, step) in op.steps().into_iter().enumerate() {
                            let name = format!("{}{i}", &op.name()[..2]);
                            let took = fault_at(
                                &plane.env,
                                op,
                                step,
                                Fault::Stop(&plane, component),
                                &name,
                                "default",
                            );
                            eprintln!(
                                "{component} stopped at {step} of {}: rhelm exited after {took:.1}s",
                                op.name()
                            );
                            runs += 1;
                        }
                    }
                    runs
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .sum()
    });
    assert_eq!(runs, 20, "every step of every command ran");
    eprintln!("{component} stopped: {runs} runs (4 commands x 5 steps), nothing lost");
}

/// The API server stops at each step: rhelm's requests are refused.
#[test]
fn api_server_lost_at_every_step_of_every_write_command_loses_nothing() {
    stop_at_every_step("kube-apiserver", "60s");
}

/// etcd stops at each step: the API server still answers, with errors and timeouts (it gives
/// up after 5 s here instead of a minute, so that a write cannot land after rhelm gave up on
/// it and the test stays short).
#[test]
fn etcd_lost_at_every_step_of_every_write_command_loses_nothing() {
    stop_at_every_step("etcd", "5s");
}

/// Another client changes the pending record while install, upgrade or rollback is still at
/// work (here `rhelm unlock --force` marks it failed, as helm's `install --replace` marks it
/// superseded): the command does not overwrite that with its outcome, exits non-zero saying
/// so, the history keeps what the other client wrote, and a new command goes on from there.
/// Each of the Secret, ConfigMap and (when PostgreSQL runs) SQL drivers.
#[test]
fn an_outcome_never_overwrites_a_pending_record_another_client_changed() {
    let Some(env) = testenv() else { return };
    let chart = demo_chart();
    let chart = chart.to_str().unwrap();
    let pg = std::env::var("RHELM_TEST_PG").ok();
    let mut drivers: Vec<Vec<(&str, &str)>> = vec![
        vec![("HELM_DRIVER", "secret")],
        vec![("HELM_DRIVER", "configmap")],
    ];
    match &pg {
        Some(pg) => drivers.push(vec![
            ("HELM_DRIVER", "sql"),
            ("HELM_DRIVER_SQL_CONNECTION_STRING", pg),
        ]),
        None => eprintln!("SQL driver skipped: RHELM_TEST_PG is not set"),
    }
    let superseded = |v: i64| (v, "superseded".to_string());
    for vars in &drivers {
        for op in [Op::Install, Op::Upgrade, Op::Rollback] {
            let ns = env.namespace("changed");
            let ns = ns.name.as_str();
            // The SQL tables are shared by every namespace: each case has a name of its own.
            let name = common::unique_name("web");
            let name = name.as_str();
            let context = format!("{} with {vars:?}", op.name());
            let rhelm = |args: &[&str]| env.rhelm_with(vars, args);
            let history = || {
                let r = rhelm(&["history", name, "-n", ns, "-o", "json"]).ok();
                let v: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
                v.iter()
                    .map(|e| {
                        let status = e["status"].as_str().unwrap().to_string();
                        (e["revision"].as_i64().unwrap(), status)
                    })
                    .collect::<Vec<_>>()
            };
            if op != Op::Install {
                rhelm(&["install", name, chart, "-n", ns, "--set", "message=v1"]).ok();
                rhelm(&["upgrade", name, chart, "-n", ns, "--set", "message=v2"]).ok();
            }
            let resume = std::env::temp_dir().join(common::unique_name("rhelm-changed-resume"));
            let mut child = env
                .command(Path::new(env!("CARGO_BIN_EXE_rhelm")))
                .envs(vars.iter().copied())
                .args(op.args(name, ns, chart, "final-record"))
                .env("RHELM_TEST_PAUSE_AT", "final-record")
                .env("RHELM_TEST_RESUME_FILE", &resume)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
            let mut seen = String::new();
            while !seen.contains("paused at final-record") {
                let mut line = String::new();
                if stderr.read_line(&mut line).unwrap() == 0 {
                    panic!("{context}: rhelm never reached its final record:\n{seen}");
                }
                seen.push_str(&line);
            }
            let (revision, pending) = op.left("final-record").unwrap();
            let unlocked = rhelm(&["unlock", name, "-n", ns, "--force"]).ok();
            assert!(
                unlocked
                    .stdout
                    .contains(&format!("revision {revision} was {pending}")),
                "{context}: unlock freed the pending record: {}",
                unlocked.stdout
            );
            std::fs::write(&resume, "").unwrap();
            let status = child.wait().unwrap();
            std::io::Read::read_to_string(&mut stderr, &mut seen).unwrap();
            let _ = std::fs::remove_file(&resume);
            assert!(!status.success(), "{context}: {seen}");
            for part in [
                "release: changed by another client".to_string(),
                format!("Revision {revision} of {name:?} became failed"),
                format!("rhelm history {name}"),
            ] {
                assert!(
                    seen.contains(&part),
                    "{context}: the error says {part:?}:\n{seen}"
                );
            }
            // What unlock wrote stands; the deployed revision before it was superseded first
            // (Helm's order: a crash in between leaves no second `deployed`).
            let mut expected = match op {
                Op::Install => vec![],
                _ => vec![superseded(1), superseded(2)],
            };
            expected.push((revision, "failed".to_string()));
            assert_eq!(history(), expected, "{context}");
            // And the release carries on from there (the failed revision, the newest, is the
            // one an upgrade supersedes, as in Helm).
            rhelm(&["upgrade", name, chart, "-n", ns, "--set", "message=v4"]).ok();
            expected.pop();
            expected.extend([superseded(revision), (revision + 1, "deployed".to_string())]);
            assert_eq!(history(), expected, "{context}");
            if vars.iter().any(|v| v.1 == "sql") {
                rhelm(&["uninstall", name, "-n", ns]).ok();
            }
        }
    }
}
