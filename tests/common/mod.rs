//! Shared harness for integration tests against the real local control plane.
//!
//! `testenv/test.sh` (and `source DIR/env` after `testenv/start.sh DIR`) exports the
//! kubeconfig and the paths of the real helm 3, helm 4 and kubectl binaries. Tests call
//! [`testenv`]; without an environment they skip with a note, unless `RHELM_REQUIRE_TESTENV=1`
//! (set by the test script and CI), where a missing environment is a failure. The same switch
//! makes the shared material next to the checkout ([`shared`]) and the real helm 4 binary
//! ([`helm4_binary`]) required.
#![allow(dead_code)]

pub mod home;
pub mod proxy;
pub mod records;
pub mod twin;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Paths and settings of the running control plane.
#[derive(Clone, Debug)]
pub struct TestEnv {
    pub kubeconfig: PathBuf,
    pub helm3: PathBuf,
    pub helm4: PathBuf,
    pub kubectl: PathBuf,
    /// The kubeconfig context of the restricted user, who has no RBAC rights by default.
    pub user_context: String,
    /// A private HELM_*_HOME so helm's config and cache stay out of the user's home.
    pub helm_home: PathBuf,
}

/// Which real helm binary to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Helm {
    V3,
    V4,
}

/// Whether what a test needs from outside the repository must be there
/// (`RHELM_REQUIRE_TESTENV=1`): a missing piece is then a failure, not a skip.
pub fn required() -> bool {
    std::env::var("RHELM_REQUIRE_TESTENV").is_ok_and(|v| v == "1")
}

/// Skips (returns `None` after a note) or, when [`required`], fails for a missing `what`.
fn missing<T>(what: &str) -> Option<T> {
    if required() {
        panic!("RHELM_REQUIRE_TESTENV=1 but {what}");
    }
    eprintln!("skipped: {what}");
    None
}

/// Shared test material kept next to the checkout, `CARGO_MANIFEST_DIR/../shared/<rel>`
/// (the chart corpus, the snippet cases and their comparison tools), or `None` when absent.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    if p.exists() {
        return Some(p);
    }
    missing(&format!(
        "{} is absent: put the shared test material next to the checkout",
        p.display()
    ))
}

/// The real helm 4 binary: `$RHELM_HELM4`, else the newest one testenv has built into
/// `~/.cache/rhelm-testenv`, or `None` when there is none.
pub fn helm4_binary() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("RHELM_HELM4").map(PathBuf::from) {
        if p.is_file() {
            return Some(p);
        }
        return missing(&format!("RHELM_HELM4={} is not a file", p.display()));
    }
    let cache = std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/rhelm-testenv"));
    let mut found: Vec<PathBuf> = cache
        .and_then(|c| std::fs::read_dir(c).ok())
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path().join("bin/helm4/helm"))
        .filter(|p| p.is_file())
        .collect();
    found.sort();
    match found.pop() {
        Some(p) => Some(p),
        None => missing("no helm 4 binary: set RHELM_HELM4 or build one with testenv/build.sh"),
    }
}

/// The control plane, or `None` (after printing why) when the test should be skipped.
pub fn testenv() -> Option<TestEnv> {
    let get = |k: &str| std::env::var_os(k).map(PathBuf::from);
    let required = required();
    match (get("KUBECONFIG"), get("RHELM_HELM3"), get("RHELM_HELM4"), get("RHELM_KUBECTL")) {
        (Some(kubeconfig), Some(helm3), Some(helm4), Some(kubectl)) => {
            let helm_home = std::env::temp_dir().join(format!("rhelm-test-helm-home-{}", std::process::id()));
            std::fs::create_dir_all(&helm_home).expect("create helm home");
            Some(TestEnv {
                kubeconfig,
                helm3,
                helm4,
                kubectl,
                user_context: std::env::var("RHELM_TESTENV_USER_CONTEXT").unwrap_or_else(|_| "alice".into()),
                helm_home,
            })
        }
        _ if required => panic!(
            "RHELM_REQUIRE_TESTENV=1 but KUBECONFIG/RHELM_HELM3/RHELM_HELM4/RHELM_KUBECTL are not all set: \
             run the tests through testenv/test.sh"
        ),
        _ => {
            eprintln!("skipped: no control plane (run through testenv/test.sh, or source DIR/env after testenv/start.sh DIR)");
            None
        }
    }
}

/// A name no other test (or earlier run) uses.
pub fn unique_name(prefix: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!(
        "{prefix}-{}-{n}-{:x}",
        std::process::id() % 100_000,
        t % 0xfffff
    )
}

/// The outcome of a command, with a readable failure message.
#[derive(Debug)]
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(cmd: &str, out: Output) -> Run {
        let run = Run {
            status: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        if std::env::var_os("RHELM_TEST_VERBOSE").is_some() {
            eprintln!("$ {cmd}\n{}{}[exit {}]", run.stdout, run.stderr, run.status);
        }
        run
    }

    /// Runs `c` with `stdin` as its standard input (an empty one when `None`); `label` names
    /// it in the `RHELM_TEST_VERBOSE` log.
    pub fn piped(c: &mut Command, stdin: Option<&str>, label: &str) -> Run {
        use std::io::Write;
        use std::process::Stdio;
        let out = match stdin {
            None => c.stdin(Stdio::null()).output(),
            Some(text) => {
                let mut child = c
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn");
                let _ = child.stdin.take().unwrap().write_all(text.as_bytes());
                child.wait_with_output()
            }
        }
        .expect("run");
        Run::from(label, out)
    }

    /// Panics with the command's output unless it exited 0.
    pub fn ok(self) -> Run {
        assert_eq!(
            self.status, 0,
            "command failed:\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

impl TestEnv {
    /// A command for `program` against the control plane, with helm's directories private to
    /// the tests and no `HELM_NAMESPACE`/`HELM_DRIVER` from the caller's environment.
    pub fn command(&self, program: &Path) -> Command {
        let mut c = Command::new(program);
        c.env("KUBECONFIG", &self.kubeconfig)
            .env("HELM_CONFIG_HOME", self.helm_home.join("config"))
            .env("HELM_CACHE_HOME", self.helm_home.join("cache"))
            .env("HELM_DATA_HOME", self.helm_home.join("data"))
            .env_remove("HELM_NAMESPACE")
            .env_remove("HELM_DRIVER");
        c
    }

    /// Runs `program` (rhelm or a helm binary) against the control plane.
    pub fn run(&self, program: &Path, args: &[&str]) -> Run {
        let out = self.command(program).args(args).output().expect("run");
        Run::from(&format!("{} {}", program.display(), args.join(" ")), out)
    }

    /// Runs a real helm binary against the control plane.
    pub fn helm(&self, which: Helm, args: &[&str]) -> Run {
        self.helm_with(which, &[], args)
    }

    /// [`TestEnv::helm`] with extra environment variables (`HELM_DRIVER=sql`, say).
    pub fn helm_with(&self, which: Helm, vars: &[(&str, &str)], args: &[&str]) -> Run {
        let bin = match which {
            Helm::V3 => &self.helm3,
            Helm::V4 => &self.helm4,
        };
        let out = self
            .command(bin)
            .envs(vars.iter().copied())
            .args(args)
            .output()
            .expect("run helm");
        Run::from(
            &format!(
                "helm{} {}",
                if which == Helm::V3 { 3 } else { 4 },
                args.join(" ")
            ),
            out,
        )
    }

    /// Runs the rhelm binary built for this test run against the control plane.
    pub fn rhelm(&self, args: &[&str]) -> Run {
        self.rhelm_with(&[], args)
    }

    /// `rhelm LINE -n NS`, the arguments written as one line split at spaces (so a table of
    /// steps reads as the commands a user types; an argument with a space needs [`TestEnv::rhelm`]).
    pub fn rhelm_in(&self, ns: &str, line: &str) -> Run {
        self.rhelm(&in_namespace(ns, line))
    }

    /// `helm LINE -n NS` for `which` helm, as [`TestEnv::rhelm_in`].
    pub fn helm_in(&self, which: Helm, ns: &str, line: &str) -> Run {
        self.helm(which, &in_namespace(ns, line))
    }

    /// [`TestEnv::rhelm`] with extra environment variables (`HELM_DRIVER=sql`, say).
    pub fn rhelm_with(&self, vars: &[(&str, &str)], args: &[&str]) -> Run {
        let out = self
            .command(Path::new(env!("CARGO_BIN_EXE_rhelm")))
            .envs(vars.iter().copied())
            .args(args)
            .output()
            .expect("run rhelm");
        Run::from(&format!("rhelm {}", args.join(" ")), out)
    }

    /// Runs kubectl against the control plane.
    pub fn kubectl(&self, args: &[&str]) -> Run {
        let out = self
            .command(&self.kubectl)
            .args(args)
            .output()
            .expect("run kubectl");
        Run::from(&format!("kubectl {}", args.join(" ")), out)
    }

    /// Creates a fresh namespace that is deleted when the guard drops.
    pub fn namespace(&self, prefix: &str) -> Namespace {
        let name = unique_name(prefix);
        self.kubectl(&["create", "namespace", &name]).ok();
        Namespace {
            env: self.clone(),
            name,
        }
    }

    /// A kube-rs client for the admin context.
    pub async fn client(&self) -> kube::Client {
        self.client_for_context(None).await
    }

    /// A kube-rs client for a named kubeconfig context (the restricted user's, say).
    pub async fn client_for_context(&self, context: Option<&str>) -> kube::Client {
        let kc = kube::config::Kubeconfig::read_from(&self.kubeconfig).expect("read kubeconfig");
        let opts = kube::config::KubeConfigOptions {
            context: context.map(str::to_owned),
            ..Default::default()
        };
        let cfg = kube::Config::from_custom_kubeconfig(kc, &opts)
            .await
            .expect("kubeconfig");
        kube::Client::try_from(cfg).expect("client")
    }
}

/// A namespace owned by one test; deleted (without waiting) on drop.
pub struct Namespace {
    env: TestEnv,
    pub name: String,
}

impl Drop for Namespace {
    fn drop(&mut self) {
        if std::env::var_os("RHELM_TEST_KEEP_NAMESPACES").is_none() {
            let _ = self
                .env
                .kubectl(&["delete", "namespace", &self.name, "--wait=false"]);
        }
    }
}

/// (revision, status) of every record of release `name` in `ns`, as `helm` (helm 4 or rhelm)
/// reads them; empty when the release has no record.
pub fn statuses(env: &TestEnv, helm: &Path, name: &str, ns: &str) -> Vec<(i64, String)> {
    let r = env.run(
        helm,
        &["history", name, "-n", ns, "-o", "json", "--max", "1000"],
    );
    if r.status != 0 && r.stderr.contains("release: not found") {
        return Vec::new();
    }
    let r = r.ok();
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

/// The history as helm 4 decodes it, checked against rhelm's reading of it and against the
/// stored Secrets (nothing stored that helm cannot read, nothing half-written).
pub fn checked_history(env: &TestEnv, name: &str, ns: &str) -> Vec<(i64, String)> {
    let helm = statuses(env, &env.helm4, name, ns);
    let ours = statuses(env, Path::new(env!("CARGO_BIN_EXE_rhelm")), name, ns);
    assert_eq!(helm, ours, "helm 4 and rhelm read the same history");
    let stored = env
        .kubectl(&[
            "get",
            "secrets",
            "-n",
            ns,
            "-l",
            &format!("owner=helm,name={name}"),
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

/// The chart folder of the demo application shipped in examples/.
pub fn demo_chart() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo")
}

/// Command output made comparable between twin releases: the namespace `ns` becomes `NS`, and
/// the times of `LAST DEPLOYED:`, `Last Started:` and `Last Completed:` lines become `TIME`.
pub fn normalise(text: &str, ns: &str) -> String {
    text.replace(ns, "NS")
        .lines()
        .map(|l| {
            for label in ["LAST DEPLOYED:", "Last Started:", "Last Completed:"] {
                if l.starts_with(label) {
                    return format!("{label} TIME");
                }
            }
            l.to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// helm's output without client-go's log lines (`I1206 04:50:00.1 …` throttling notes and
/// `watch ended with error` warnings), which a loaded machine adds at random.
pub fn without_klog(text: &str) -> String {
    text.split_inclusive('\n')
        .filter(|l| {
            let b = l.as_bytes();
            !(b.len() > 5
                && b"IWE".contains(&b[0])
                && b[1..5].iter().all(u8::is_ascii_digit)
                && b[5] == b' ')
        })
        .collect()
}

/// The chart folder of a fixture chart under tests/fixtures/charts.
pub fn fixture_chart(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/charts")
        .join(name)
        .to_str()
        .expect("utf-8 path")
        .to_string()
}

/// The HTTP chart repositories testenv/start.sh serves (testenv/chart-repos.sh).
#[derive(Clone, Debug)]
pub struct ChartRepos {
    /// Plain HTTP, no authentication.
    pub url: String,
    /// HTTPS with the testenv CA and basic authentication.
    pub tls_url: String,
    pub user: String,
    pub password: String,
    pub ca: PathBuf,
    /// The plain server's `<basic-auth user>|<request>|<status>` log.
    pub access_log: PathBuf,
    /// The real helm 4 binary.
    pub helm4: PathBuf,
}

/// The chart repositories, or `None` (after a note) when the test should be skipped; with
/// `RHELM_REQUIRE_TESTENV=1` their absence is a failure.
pub fn chart_repos() -> Option<ChartRepos> {
    let get = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    match (
        get("RHELM_TEST_REPO_URL"),
        get("RHELM_TEST_REPO_TLS_URL"),
        get("RHELM_TEST_REPO_USER"),
        get("RHELM_TEST_REPO_PASSWORD"),
        get("RHELM_TEST_REPO_CA"),
        get("RHELM_TEST_REPO_ACCESS_LOG"),
    ) {
        (Some(url), Some(tls_url), Some(user), Some(password), Some(ca), Some(log)) => {
            Some(ChartRepos {
                url,
                tls_url,
                user,
                password,
                ca: PathBuf::from(ca),
                access_log: PathBuf::from(log),
                helm4: helm4_binary()?,
            })
        }
        _ => missing(
            "no chart repositories (RHELM_TEST_REPO_*): run through testenv/test.sh, or source DIR/env after testenv/start.sh DIR",
        ),
    }
}

/// The OCI registries testenv/start.sh serves (testenv/registry.sh, the CNCF distribution
/// registry).
#[derive(Clone, Debug)]
pub struct OciRegistries {
    /// `host:port` of the registry with TLS (testenv CA) and htpasswd authentication.
    pub host: String,
    /// `host:port` of the plain-HTTP registry without authentication (`--plain-http`).
    pub plain_host: String,
    pub user: String,
    pub password: String,
    pub ca: PathBuf,
    /// The real helm 4 binary.
    pub helm4: PathBuf,
}

/// The OCI registries, or `None` (after a note) when the test should be skipped; with
/// `RHELM_REQUIRE_TESTENV=1` their absence is a failure.
pub fn oci_registries() -> Option<OciRegistries> {
    let get = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    match (
        get("RHELM_TEST_OCI_HOST"),
        get("RHELM_TEST_OCI_PLAIN_HOST"),
        get("RHELM_TEST_OCI_USER"),
        get("RHELM_TEST_OCI_PASSWORD"),
        get("RHELM_TEST_OCI_CA"),
    ) {
        (Some(host), Some(plain_host), Some(user), Some(password), Some(ca)) => {
            Some(OciRegistries {
                host,
                plain_host,
                user,
                password,
                ca: PathBuf::from(ca),
                helm4: helm4_binary()?,
            })
        }
        _ => missing(
            "no OCI registries (RHELM_TEST_OCI_*): run through testenv/test.sh, or source DIR/env after testenv/start.sh DIR",
        ),
    }
}

/// Writes `files` (`(path, contents)`, folders made as needed) under `root`, and returns
/// `root`: a chart, or any tree of files, that a test spells out in place.
pub fn write_chart<C: AsRef<[u8]>>(root: &Path, files: &[(&str, C)]) -> PathBuf {
    for (rel, contents) in files {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("a file under root")).unwrap();
        std::fs::write(&path, contents).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    std::fs::create_dir_all(root).unwrap();
    root.to_path_buf()
}

/// Asserts that a side-by-side test found no differences, listing them all when it did.
pub fn finish(problems: Vec<String>) {
    assert!(problems.is_empty(), "\n{}", problems.join("\n\n"));
}

/// The files below `root`, as sorted paths relative to it (none when it does not exist).
pub fn files_under(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(root).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

/// One of the two programs a side-by-side test runs.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Tool {
    Helm,
    Rhelm,
}

impl Tool {
    /// A short tag for the tool's folders (`h`, `r`).
    pub fn tag(self) -> &'static str {
        match self {
            Tool::Helm => "h",
            Tool::Rhelm => "r",
        }
    }

    /// The binary: helm 4 from the test environment, or the rhelm under test.
    pub fn binary(self, helm4: &Path) -> PathBuf {
        match self {
            Tool::Helm => helm4.to_path_buf(),
            Tool::Rhelm => PathBuf::from(env!("CARGO_BIN_EXE_rhelm")),
        }
    }
}

/// The words of `line` followed by `-n NS`.
fn in_namespace<'a>(ns: &'a str, line: &'a str) -> Vec<&'a str> {
    line.split_whitespace().chain(["-n", ns]).collect()
}
