//! Twin releases: the same operation driven by helm 4 in one namespace and by rhelm in
//! another, then compared on what a user sees (history, records, live objects); and twin
//! trees ([`Trees`]), the same for commands that work on files without a cluster.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use super::{without_klog, Helm, Namespace, Run, TestEnv, Tool};

/// `helm history -o json` (read by helm 4) without the times, which differ between any runs.
pub fn history(env: &TestEnv, ns: &str, name: &str) -> Vec<Value> {
    let run = env
        .helm(Helm::V4, &["history", name, "-n", ns, "-o", "json"])
        .ok();
    let mut v: Vec<Value> = serde_json::from_str(&run.stdout).expect("history json");
    for e in &mut v {
        e.as_object_mut().unwrap().remove("updated");
    }
    v
}

/// Revision, status and description of every record, oldest first.
pub fn statuses(env: &TestEnv, ns: &str, name: &str) -> Vec<(i64, String, String)> {
    history(env, ns, name)
        .iter()
        .map(|e| {
            (
                e["revision"].as_i64().unwrap(),
                e["status"].as_str().unwrap().to_string(),
                e["description"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Waits (up to a minute) until the latest revision of `web` has `status`.
pub fn wait_for_last_status(env: &TestEnv, ns: &str, status: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while statuses(env, ns, "web").last().map(|s| s.1.as_str()) != Some(status) {
        assert!(
            std::time::Instant::now() < deadline,
            "web never reached {status}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// A live object with what differs between namespaces and runs removed, or `None` if absent.
pub fn live(env: &TestEnv, ns: &str, kind: &str, name: &str) -> Option<Value> {
    let run = env.kubectl(&[
        "get",
        kind,
        name,
        "-n",
        ns,
        "-o",
        "json",
        "--ignore-not-found",
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    if run.stdout.trim().is_empty() {
        return None;
    }
    let mut v: Value = serde_json::from_str(&run.stdout).unwrap();
    let meta = v["metadata"].as_object_mut().unwrap();
    for k in [
        "uid",
        "resourceVersion",
        "creationTimestamp",
        "managedFields",
        "namespace",
        "generation",
    ] {
        meta.remove(k);
    }
    if let Some(a) = meta.get_mut("annotations").and_then(Value::as_object_mut) {
        a.remove("meta.helm.sh/release-namespace");
        a.remove("deployment.kubernetes.io/revision");
    }
    v.as_object_mut().unwrap().remove("status");
    // Service cluster IPs are assigned per object.
    if let Some(spec) = v.get_mut("spec").and_then(Value::as_object_mut) {
        spec.remove("clusterIP");
        spec.remove("clusterIPs");
    }
    Some(v)
}

/// The demo chart's objects of release `web`.
pub const DEMO_OBJECTS: [(&str, &str); 4] = [
    ("configmap", "web-demo"),
    ("configmap", "web-demo-extra"),
    ("deployment", "web-demo"),
    ("service", "web-demo"),
];

/// Asserts that `objects` are the same (or absent in both) in namespaces `a` and `b`.
pub fn same_objects(env: &TestEnv, a: &str, b: &str, objects: &[(&str, &str)]) {
    for (kind, name) in objects {
        assert_eq!(
            live(env, a, kind, name),
            live(env, b, kind, name),
            "{kind}/{name} differs between namespace {a} (helm) and {b} (rhelm)"
        );
    }
}

/// One stored record, decoded, with times and the namespace replaced by placeholders, and
/// its custom labels (system labels that carry times left out).
pub fn record(env: &TestEnv, ns: &str, name: &str, version: i64) -> Option<(Value, Value)> {
    let key = format!("sh.helm.release.v1.{name}.v{version}");
    let run = env.kubectl(&[
        "get",
        "secret",
        &key,
        "-n",
        ns,
        "-o",
        "json",
        "--ignore-not-found",
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    if run.stdout.trim().is_empty() {
        return None;
    }
    let secret: Value = serde_json::from_str(&run.stdout).unwrap();
    let data = secret["data"]["release"].as_str().expect("release data");
    use base64::Engine as _;
    let inner = base64::engine::general_purpose::STANDARD
        .decode(data)
        .expect("base64");
    let inner = String::from_utf8(inner).expect("utf8");
    let rel = rhelm::release::decode(&inner).expect("a decodable record");
    let mut json = serde_json::to_value(&rel).unwrap();
    normalise(&mut json, ns);
    // rhelm also records which revision a rollback restored (Helm's next field); helm 4.1
    // ignores it when it reads the record.
    if let Some(info) = json.get_mut("info").and_then(Value::as_object_mut) {
        info.remove("rollback_revision");
    }
    let mut labels = secret["metadata"]["labels"].clone();
    if let Some(l) = labels.as_object_mut() {
        l.remove("createdAt");
        l.remove("modifiedAt");
    }
    Some((json, labels))
}

const TIME_KEYS: [&str; 6] = [
    "first_deployed",
    "last_deployed",
    "deleted",
    "started_at",
    "completed_at",
    "modtime",
];

fn normalise(v: &mut Value, ns: &str) {
    match v {
        Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                if TIME_KEYS.contains(&k.as_str()) && x.is_string() {
                    *x = Value::from("T");
                } else if k == "namespace" && x == ns {
                    *x = Value::from("NS");
                } else {
                    normalise(x, ns);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| normalise(x, ns)),
        _ => {}
    }
}

/// Asserts that every stored revision of `name` is the same in `a` (helm) and `b` (rhelm),
/// times aside, with the same labels; `describe` may rewrite a description that is allowed to
/// differ (a root cause rhelm gives where helm says less).
pub fn same_records(
    env: &TestEnv,
    a: &str,
    b: &str,
    name: &str,
    describe: &dyn Fn(&str) -> String,
) {
    let revisions: Vec<i64> = history(env, a, name)
        .iter()
        .map(|e| e["revision"].as_i64().unwrap())
        .collect();
    let theirs: Vec<i64> = history(env, b, name)
        .iter()
        .map(|e| e["revision"].as_i64().unwrap())
        .collect();
    assert_eq!(revisions, theirs, "revisions of {name} differ");
    for v in revisions {
        let (mut x, lx) = record(env, a, name, v).expect("helm's record");
        let (mut y, ly) = record(env, b, name, v).expect("rhelm's record");
        for r in [&mut x, &mut y] {
            if let Some(d) = r.pointer_mut("/info/description") {
                *d = Value::from(describe(d.as_str().unwrap_or_default()));
            }
        }
        if x != y {
            let (xs, ys) = (
                serde_json::to_string_pretty(&x).unwrap(),
                serde_json::to_string_pretty(&y).unwrap(),
            );
            let first = xs
                .lines()
                .zip(ys.lines())
                .position(|(p, q)| p != q)
                .unwrap_or(0);
            let show = |s: &str| {
                s.lines()
                    .skip(first.saturating_sub(3))
                    .take(8)
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            panic!(
                "revision {v} of {name} differs (helm in {a}, rhelm in {b}) at line {first}:\nhelm:\n{}\nrhelm:\n{}",
                show(&xs),
                show(&ys)
            );
        }
        assert_eq!(lx, ly, "labels of revision {v} of {name} differ");
    }
}

/// A pair of namespaces for one scenario: helm 4 runs it in one, rhelm in the other.
pub struct Twin<'a> {
    pub env: &'a TestEnv,
    pub helm: Namespace,
    pub rhelm: Namespace,
}

impl<'a> Twin<'a> {
    pub fn new(env: &'a TestEnv, prefix: &str) -> Twin<'a> {
        Twin {
            env,
            helm: env.namespace(&format!("{prefix}-h")),
            rhelm: env.namespace(&format!("{prefix}-r")),
        }
    }

    /// Runs `args -n NS` with helm 4 and with rhelm, each in its namespace.
    pub fn both(&self, args: &[&str]) -> (Run, Run) {
        let mut h = args.to_vec();
        h.extend(["-n", &self.helm.name]);
        let mut r = args.to_vec();
        r.extend(["-n", &self.rhelm.name]);
        (self.env.helm(Helm::V4, &h), self.env.rhelm(&r))
    }

    /// Output with the namespace names and the deploy time made equal, without the progress
    /// lines rhelm prints while waiting and the client-go log lines helm sometimes prints
    /// (`I1206 04:55:24.609950 ... watch ended with error`).
    pub fn normalised(&self, text: &str, ns: &str) -> String {
        without_klog(text)
            .lines()
            .filter(|l| !l.starts_with("waiting: "))
            .map(|l| {
                if l.starts_with("LAST DEPLOYED: ") {
                    "LAST DEPLOYED: T".to_string()
                } else {
                    l.replace(ns, "NS")
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Runs both and requires the same exit code, stdout and stderr.
    pub fn same(&self, args: &[&str]) -> (Run, Run) {
        let (h, r) = self.both(args);
        assert_eq!(
            (h.status, self.normalised(&h.stdout, &self.helm.name)),
            (r.status, self.normalised(&r.stdout, &self.rhelm.name)),
            "stdout of `{}` differs\nhelm stderr: {}\nrhelm stderr: {}",
            args.join(" "),
            h.stderr,
            r.stderr
        );
        assert_eq!(
            self.normalised(&h.stderr, &self.helm.name),
            self.normalised(&r.stderr, &self.rhelm.name),
            "stderr of `{}` differs",
            args.join(" ")
        );
        (h, r)
    }

    /// Requires the same records, history and demo objects for release `name`.
    pub fn same_state(&self, name: &str) {
        same_records(self.env, &self.helm.name, &self.rhelm.name, name, &|d| {
            d.to_string()
        });
        same_objects(self.env, &self.helm.name, &self.rhelm.name, &DEMO_OBJECTS);
    }
}

impl Twin<'_> {
    /// Runs both with `-o json` and returns the two documents with times and namespaces
    /// replaced.
    pub fn same_json(&self, args: &[&str]) -> (Value, Value) {
        let (h, r) = self.both(args);
        assert_eq!(h.status, 0, "{}", h.stderr);
        assert_eq!(r.status, 0, "{}", r.stderr);
        let clean = |text: &str, ns: &str| {
            let mut v: Value = serde_json::from_str(text).expect("json output");
            scrub(&mut v, ns);
            v
        };
        (
            clean(&h.stdout, &self.helm.name),
            clean(&r.stdout, &self.rhelm.name),
        )
    }
}

/// Times become `T` and the namespace `ns` becomes `NS`, at any depth.
fn scrub(v: &mut Value, ns: &str) {
    match v {
        Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                if [
                    "first_deployed",
                    "last_deployed",
                    "modtime",
                    "started_at",
                    "completed_at",
                ]
                .contains(&k.as_str())
                {
                    *x = Value::from("T");
                } else if x == ns {
                    *x = Value::from("NS");
                } else {
                    scrub(x, ns);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| scrub(x, ns)),
        _ => {}
    }
}

/// helm 4 and rhelm side by side on files, without a cluster: each tool has its own work tree
/// and helm home under one temporary folder (no GnuPG home, times in UTC), and its output has
/// those paths, the program's name and the process id of helm's `tmpcharts-PID` folder made
/// equal (`WORK`, `HOME`, `helm`, `tmpcharts_PID`).
pub struct Trees {
    /// The temporary folder that holds both trees and both homes.
    pub dir: tempfile::TempDir,
    helm4: PathBuf,
}

impl Trees {
    /// Two empty work trees, run by `helm4` and by the rhelm under test.
    pub fn new(helm4: &Path) -> Trees {
        let t = Trees {
            dir: tempfile::tempdir().expect("temp dir"),
            helm4: helm4.to_path_buf(),
        };
        for tool in [Tool::Helm, Tool::Rhelm] {
            std::fs::create_dir_all(t.tree(tool)).unwrap();
        }
        t
    }

    /// The work tree of `tool`.
    pub fn tree(&self, tool: Tool) -> PathBuf {
        self.dir.path().join(format!("work-{}", tool.tag()))
    }

    /// The helm home of `tool`.
    pub fn home(&self, tool: Tool) -> PathBuf {
        self.dir.path().join(format!("home-{}", tool.tag()))
    }

    /// Writes the same files under `rel` in both trees.
    pub fn write<C: AsRef<[u8]>>(&self, rel: &str, files: &[(&str, C)]) {
        for tool in [Tool::Helm, Tool::Rhelm] {
            super::write_chart(&self.tree(tool).join(rel), files);
        }
    }

    /// Runs `tool` with `args` in `cwd` inside its tree (see [`Trees::command`]), the output
    /// normalised.
    pub fn run(&self, tool: Tool, cwd: &str, args: &[&str]) -> Run {
        let mut c = self.command(tool, cwd, args);
        let mut run = Run::piped(&mut c, None, &args.join(" "));
        run.stdout = self.normalise(tool, &run.stdout);
        run.stderr = self.normalise(tool, &run.stderr);
        run
    }

    /// The command line of `tool` with `args` in `cwd` inside its tree, with its own helm home
    /// and none of the caller's repository, registry or GnuPG settings.
    pub fn command(&self, tool: Tool, cwd: &str, args: &[&str]) -> Command {
        let home = self.home(tool);
        let mut c = Command::new(tool.binary(&self.helm4));
        c.current_dir(self.tree(tool).join(cwd))
            .env("HELM_CONFIG_HOME", home.join("config"))
            .env("HELM_CACHE_HOME", home.join("cache"))
            .env("HELM_DATA_HOME", home.join("data"))
            .env("HOME", &home)
            .env_remove("GNUPGHOME")
            .env_remove("HELM_REPOSITORY_CONFIG")
            .env_remove("HELM_REPOSITORY_CACHE")
            .env_remove("HELM_CONTENT_CACHE")
            .env_remove("HELM_REGISTRY_CONFIG")
            .env_remove("HELM_DEBUG")
            .env("TZ", "UTC")
            .args(args);
        c
    }

    /// Runs `args` in `cwd` with helm 4, then with rhelm.
    pub fn both(&self, cwd: &str, args: &[&str]) -> (Run, Run) {
        (
            self.run(Tool::Helm, cwd, args),
            self.run(Tool::Rhelm, cwd, args),
        )
    }

    /// `text` of `tool` with the folders, the program's name, deploy times and process ids
    /// made comparable.
    pub fn normalise(&self, tool: Tool, text: &str) -> String {
        let mut s = text
            .replace(self.tree(tool).to_str().unwrap(), "WORK")
            .replace(self.home(tool).to_str().unwrap(), "HOME")
            .replace("rhelm", "helm")
            .split_inclusive('\n')
            .map(|l| match l.starts_with("LAST DEPLOYED:") {
                true => "LAST DEPLOYED: TIME\n",
                false => l,
            })
            .collect::<String>();
        // The dependency manager's temporary folder is named after the process.
        while let Some(i) = s.find("tmpcharts-") {
            let end = s[i + 10..]
                .find(|c: char| !c.is_ascii_digit())
                .map_or(s.len(), |e| i + 10 + e);
            s.replace_range(i..end, "tmpcharts_PID");
        }
        s
    }
}

/// How helm's run `h` and rhelm's `r` of `what` differ in exit code, stdout or stderr, or
/// `None` when they agree.
pub fn run_difference(what: &str, h: &Run, r: &Run) -> Option<String> {
    ((h.status, &h.stdout, &h.stderr) != (r.status, &r.stdout, &r.stderr)).then(|| {
        format!(
            "{what}:\n--- helm (exit {})\n{}{}--- rhelm (exit {})\n{}{}",
            h.status, h.stdout, h.stderr, r.status, r.stdout, r.stderr
        )
    })
}
