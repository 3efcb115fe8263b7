//! Byte-for-byte comparison of rhelm's read-only commands with the real helm 4.1.4.
//!
//! Release histories are built with the real helm 3 and helm 4 on the local control plane
//! (install, upgrades with changed values, a failed upgrade, rollback, uninstall
//! --keep-history, hooks, notes, custom labels, unicode and `<>&` in values, two namespaces),
//! then every command runs in every output format with both binaries; stdout and exit code must
//! match. Without a control plane the tests skip with a note (see tests/common).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{testenv, unique_name, Run, TestEnv};

fn fixture(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/read")
        .join(p)
}

fn chart() -> String {
    fixture("chart").to_string_lossy().into_owned()
}

/// Runs a binary with the test environment plus extra variables (driver selection).
fn run_with(env: &TestEnv, bin: &Path, extra: &[(String, String)], args: &[&str]) -> Run {
    let mut c = Command::new(bin);
    c.env("KUBECONFIG", &env.kubeconfig)
        .env("HELM_CONFIG_HOME", env.helm_home.join("config"))
        .env("HELM_CACHE_HOME", env.helm_home.join("cache"))
        .env("HELM_DATA_HOME", env.helm_home.join("data"))
        .env_remove("HELM_NAMESPACE")
        .env_remove("HELM_DRIVER")
        .env_remove("NO_COLOR")
        .env_remove("HELM_COLOR");
    for (k, v) in extra {
        c.env(k, v);
    }
    let out = c.args(args).output().expect("run binary");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Collects comparisons and reports every mismatch at the end.
struct Compare<'a> {
    env: &'a TestEnv,
    extra: Vec<(String, String)>,
    same: usize,
    diffs: Vec<String>,
}

impl<'a> Compare<'a> {
    fn new(env: &'a TestEnv, extra: &[(&str, &str)]) -> Self {
        Compare {
            env,
            extra: extra
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            same: 0,
            diffs: Vec::new(),
        }
    }

    fn helm4(&self, args: &[&str]) -> Run {
        run_with(self.env, &self.env.helm4, &self.extra, args)
    }

    fn helm3(&self, args: &[&str]) -> Run {
        run_with(self.env, &self.env.helm3, &self.extra, args)
    }

    fn rhelm(&self, args: &[&str]) -> Run {
        run_with(
            self.env,
            Path::new(env!("CARGO_BIN_EXE_rhelm")),
            &self.extra,
            args,
        )
    }

    /// Runs both binaries; retried a few times because live object ages tick.
    fn check(&mut self, args: &[&str]) {
        let mut last = None;
        for _ in 0..3 {
            let ours = self.rhelm(args);
            let theirs = self.helm4(args);
            if ours.stdout == theirs.stdout && ours.status == theirs.status {
                self.same += 1;
                return;
            }
            last = Some((ours, theirs));
        }
        let (ours, theirs) = last.expect("ran at least once");
        self.diffs.push(format!(
            "`{}`: exit rhelm={} helm={}\n--- rhelm stdout\n{}\n--- helm stdout\n{}\n--- rhelm stderr\n{}",
            args.join(" "),
            ours.status,
            theirs.status,
            ours.stdout,
            theirs.stdout,
            ours.stderr
        ));
    }

    /// Every output format of one command.
    fn check_formats(&mut self, args: &[&str]) {
        for fmt in ["table", "json", "yaml"] {
            let mut a: Vec<&str> = args.to_vec();
            a.extend(["-o", fmt]);
            self.check(&a);
        }
    }

    fn finish(self, what: &str) {
        eprintln!(
            "{what}: {} identical outputs, {} different",
            self.same,
            self.diffs.len()
        );
        assert!(
            self.diffs.is_empty(),
            "{what}: {} of {} comparisons differ:\n\n{}",
            self.diffs.len(),
            self.same + self.diffs.len(),
            self.diffs.join("\n\n")
        );
        assert!(self.same > 0, "{what}: nothing was compared");
    }
}

fn ok(r: Run, what: &str) -> Run {
    assert_eq!(r.status, 0, "{what} failed:\n{}\n{}", r.stdout, r.stderr);
    r
}

/// Builds the release histories of one namespace pair and returns the release names.
struct World {
    a: String,
    b: String,
    c: String,
    d: String,
    tag: String,
}

fn build_world(cmp: &Compare, ns1: &str, ns2: &str) -> World {
    let tag = unique_name("t").replace('-', "");
    let tag = tag[tag.len().saturating_sub(8)..].to_string();
    let w = World {
        a: format!("a{tag}"),
        b: format!("b{tag}"),
        c: format!("c{tag}"),
        d: format!("d{tag}"),
        tag,
    };
    let ch = chart();
    // a: helm 3 install, helm 4 upgrades (values change), a failed upgrade, a rollback.
    ok(
        cmp.helm3(&[
            "install",
            &w.a,
            &ch,
            "-n",
            ns1,
            "--set-string",
            "greeting=<b>&ünï",
            "--set",
            "count=3",
        ]),
        "helm3 install a",
    );
    ok(
        cmp.helm4(&[
            "upgrade",
            &w.a,
            &ch,
            "-n",
            ns1,
            "--set",
            "count=4,nested.keep=null",
        ]),
        "helm4 upgrade a",
    );
    let failed = cmp.helm4(&["upgrade", &w.a, &ch, "-n", ns1, "--set", "fail=true"]);
    assert_ne!(failed.status, 0, "the failing upgrade should fail");
    ok(
        cmp.helm4(&["rollback", &w.a, "2", "-n", ns1]),
        "helm4 rollback a",
    );
    // `list -d` orders by whole seconds and Helm leaves ties in random order: avoid ties.
    let tick = || std::thread::sleep(std::time::Duration::from_millis(1100));
    tick();
    // b: helm 4 install with custom labels.
    ok(
        cmp.helm4(&[
            "install",
            &w.b,
            &ch,
            "-n",
            ns1,
            "--labels",
            "team=x,tier=web",
            "--description",
            "first <b> & ünï",
        ]),
        "helm4 install b",
    );
    tick();
    // c: helm 3 install, helm 4 uninstall --keep-history.
    ok(
        cmp.helm3(&["install", &w.c, &ch, "-n", ns1]),
        "helm3 install c",
    );
    ok(
        cmp.helm4(&["uninstall", &w.c, "-n", ns1, "--keep-history"]),
        "helm4 uninstall c",
    );
    // d: another namespace.
    ok(
        cmp.helm4(&["install", &w.d, &ch, "-n", ns2]),
        "helm4 install d",
    );
    w
}

fn compare_world(cmp: &mut Compare, w: &World, ns1: &str, ns2: &str) {
    let (a, b, c, d) = (w.a.as_str(), w.b.as_str(), w.c.as_str(), w.d.as_str());
    for name in [a, b, c] {
        cmp.check_formats(&["history", name, "-n", ns1]);
    }
    cmp.check_formats(&["history", a, "-n", ns1, "--max", "2"]);
    cmp.check(&["history", a, "-n", ns1, "--max", "0"]);
    cmp.check(&["history", "does-not-exist", "-n", ns1]);
    cmp.check(&["history", "Bad_Name", "-n", ns1]);

    cmp.check_formats(&["list", "-n", ns1]);
    cmp.check_formats(&["list", "-n", ns1, "-q"]);
    let filter = w.tag.clone();
    cmp.check_formats(&["list", "-A", "-f", &filter]);
    for flags in [
        &["--superseded"][..],
        &["--failed"],
        &["--deployed"],
        &["--uninstalled"],
        &["--pending"],
        &["--uninstalling"],
        &["--deployed", "--uninstalled"],
        &["-d"],
        &["-r"],
        &["-d", "-r"],
        &["-m", "1"],
        &["-m", "1", "--offset", "1"],
        &["--offset", "9"],
        &["--no-headers"],
        &["--time-format", "2006-01-02 15:04"],
        &["-l", "team=x"],
        &["-l", "status=deployed"],
        &["-l", "tier!=web"],
        &["-l", "team in (x, y),!nope"],
        &["-l", "version>1,version<3"],
        &["-l", "team in (),x notin (a,,b)"],
        // apimachinery's parse errors and validation texts.
        &["-l", "bad selector"],
        &["-l", "a=(b"],
        &["-l", "=x"],
        &["-l", "a=b,"],
        &["-l", "a in (b c)"],
        &["-l", "-x"],
        &["-l", "a=-b"],
        &["-l", "a>b,c in (-d)"],
        &["-l", "a/b/c"],
        &["-l", "Bad.Prefix/x"],
        &["-l", "!a=b"],
        // A selector is only parsed when some release passed the name filter.
        &["-f", "^matches-nothing$", "-l", "bad selector"],
        &["-f", "^b"],
    ] {
        let mut args = vec!["list", "-n", ns1];
        args.extend_from_slice(flags);
        cmp.check(&args);
    }
    cmp.check_formats(&["list", "-n", ns2]);

    for name in [a, b, c] {
        cmp.check_formats(&["status", name, "-n", ns1]);
    }
    cmp.check_formats(&["status", a, "-n", ns1, "--revision", "1"]);
    cmp.check_formats(&["status", d, "-n", ns2]);
    cmp.check(&["status", "does-not-exist", "-n", ns1]);

    for name in [a, b, c] {
        cmp.check_formats(&["get", "values", name, "-n", ns1]);
        cmp.check_formats(&["get", "values", name, "-n", ns1, "--all"]);
        cmp.check_formats(&["get", "metadata", name, "-n", ns1]);
        cmp.check(&["get", "manifest", name, "-n", ns1]);
        cmp.check(&["get", "notes", name, "-n", ns1]);
        cmp.check(&["get", "hooks", name, "-n", ns1]);
        cmp.check(&["get", "all", name, "-n", ns1]);
    }
    for rev in ["1", "2", "3", "4"] {
        cmp.check_formats(&["get", "values", a, "-n", ns1, "--revision", rev]);
        cmp.check_formats(&["get", "metadata", a, "-n", ns1, "--revision", rev]);
        cmp.check(&["get", "manifest", a, "-n", ns1, "--revision", rev]);
        cmp.check(&["get", "all", a, "-n", ns1, "--revision", rev]);
    }
    for t in [
        "{{.Release.Name}} {{.Release.Version}} {{.Release.Info.Status}} {{.Release.Namespace}}",
        "{{.Release.Chart.Metadata.Version}}/{{.Release.Chart.Metadata.AppVersion}}",
        "{{.Release.Info.LastDeployed}} {{.Release.Info.Deleted}} {{.Release.Info.Description}}",
        "{{range .Release.Hooks}}{{.Name}} {{.Weight}} {{.Events}} {{.LastRun.Phase}};{{end}}",
        "{{.Release.Config}} {{.Release.Labels}} {{.Release.ApplyMethod}}",
        "{{.Release.Nope}}",
        "{{ .Release.Chart.Metadata.Annotations }} {{len .Release.Chart.Templates}}",
    ] {
        for name in [a, b, c] {
            cmp.check(&["get", "all", name, "-n", ns1, "--template", t]);
        }
        cmp.check(&[
            "get",
            "all",
            a,
            "-n",
            ns1,
            "--revision",
            "1",
            "--template",
            t,
        ]);
    }
    // Helm 4's colours (bold headers, cyan namespaces, coloured statuses).
    cmp.check(&["list", "-n", ns1, "--color", "always"]);
    cmp.check(&["list", "-A", "-f", &filter, "--colour", "always"]);
    cmp.check(&["status", a, "-n", ns1, "--color", "always"]);
    cmp.check(&["get", "all", c, "-n", ns1, "--color", "always"]);
    cmp.check(&["history", a, "-n", ns1, "--color", "always"]);
    cmp.check(&["get", "values", a, "-n", ns1, "--revision", "9"]);
    cmp.check(&["get", "notes", "does-not-exist", "-n", ns1]);
}

#[test]
fn read_commands_match_helm4_with_secret_storage() {
    let Some(env) = testenv() else { return };
    let ns1 = env.namespace("read-s1");
    let ns2 = env.namespace("read-s2");
    let mut cmp = Compare::new(&env, &[]);
    let w = build_world(&cmp, &ns1.name, &ns2.name);
    compare_world(&mut cmp, &w, &ns1.name, &ns2.name);
    cmp.finish("secret driver");
}

#[test]
fn read_commands_match_helm4_with_configmap_storage() {
    let Some(env) = testenv() else { return };
    let ns1 = env.namespace("read-c1");
    let ns2 = env.namespace("read-c2");
    let mut cmp = Compare::new(&env, &[("HELM_DRIVER", "configmap")]);
    let w = build_world(&cmp, &ns1.name, &ns2.name);
    compare_world(&mut cmp, &w, &ns1.name, &ns2.name);
    cmp.finish("configmap driver");
}

#[test]
fn read_commands_match_helm4_with_sql_storage() {
    let Some(env) = testenv() else { return };
    let Ok(pg) = std::env::var("RHELM_TEST_PG") else {
        eprintln!("skipped: RHELM_TEST_PG (PostgreSQL of the test environment) is not set");
        return;
    };
    let ns1 = env.namespace("read-q1");
    let ns2 = env.namespace("read-q2");
    let mut cmp = Compare::new(
        &env,
        &[
            ("HELM_DRIVER", "sql"),
            ("HELM_DRIVER_SQL_CONNECTION_STRING", pg.as_str()),
        ],
    );
    let w = build_world(&cmp, &ns1.name, &ns2.name);
    compare_world(&mut cmp, &w, &ns1.name, &ns2.name);
    cmp.finish("sql driver");
}

#[test]
fn read_commands_match_helm4_with_memory_storage() {
    // The memory driver needs no cluster, only the helm 4 binary.
    let Some(helm4) = std::env::var_os("RHELM_HELM4").map(PathBuf::from) else {
        eprintln!("skipped: RHELM_HELM4 is not set");
        return;
    };
    let data = fixture("memory.yaml");
    let run = |bin: &Path, args: &[&str]| {
        let out = Command::new(bin)
            .env("HELM_DRIVER", "memory")
            .env("HELM_MEMORY_DRIVER_DATA", &data)
            .env("KUBECONFIG", "/nonexistent-rhelm-test-kubeconfig")
            .env("NO_COLOR", "1")
            .env_remove("HELM_NAMESPACE")
            .args(args)
            .output()
            .expect("run");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let rhelm = Path::new(env!("CARGO_BIN_EXE_rhelm"));
    let mut same = 0;
    let mut diffs = Vec::new();
    let mut check = |args: &[&str]| {
        let ours = run(rhelm, args);
        let theirs = run(&helm4, args);
        if ours == theirs {
            same += 1;
        } else {
            diffs.push(format!(
                "`{}`: exit {} vs {}\n--- rhelm\n{}\n--- helm\n{}",
                args.join(" "),
                ours.0,
                theirs.0,
                ours.1,
                theirs.1
            ));
        }
    };
    let formats = ["table", "json", "yaml"];
    for f in formats {
        check(&["history", "angry-bird", "-o", f]);
        check(&["history", "zero-time", "-o", f]);
        check(&["history", "nochart", "-o", f]);
        check(&["list", "-o", f]);
        check(&["list", "-q", "-o", f]);
        check(&["status", "angry-bird", "-o", f]);
        check(&["status", "angry-bird", "--revision", "2", "-o", f]);
        check(&["status", "zebra", "-o", f]);
        check(&["get", "values", "angry-bird", "--revision", "2", "-o", f]);
        check(&[
            "get",
            "values",
            "angry-bird",
            "--revision",
            "2",
            "-a",
            "-o",
            f,
        ]);
        check(&["get", "values", "zebra", "-o", f]);
        check(&["get", "metadata", "angry-bird", "-o", f]);
        check(&["get", "metadata", "angry-bird", "--revision", "1", "-o", f]);
    }
    for flags in [
        &["--superseded"][..],
        &["--failed"],
        &["--pending"],
        &["--uninstalled"],
        &["-d"],
        &["-d", "-r"],
        &["-r"],
        &["-m", "2", "--offset", "1"],
        &["--time-format", "Mon Jan _2 15:04:05.000 MST 2006"],
        &["-f", "a.*b"],
        &["-n", "other"],
    ] {
        let mut args = vec!["list"];
        args.extend_from_slice(flags);
        check(&args);
    }
    check(&["history", "angry-bird", "--max", "1"]);
    check(&["get", "all", "angry-bird"]);
    check(&["get", "all", "angry-bird", "--revision", "2"]);
    check(&["get", "hooks", "angry-bird", "--revision", "2"]);
    check(&["get", "notes", "angry-bird"]);
    check(&["get", "manifest", "angry-bird"]);
    check(&["status", "nope"]);
    eprintln!(
        "memory driver: {same} identical outputs, {} different",
        diffs.len()
    );
    assert!(diffs.is_empty(), "{}", diffs.join("\n\n"));
}

#[test]
fn kubeconfig_context_and_namespace_selection_match_helm4() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("read-kc");
    let n = ns.name.as_str();
    let cmp0 = Compare::new(&env, &[]);
    ok(
        cmp0.helm4(&["install", "kc", &chart(), "-n", n]),
        "helm4 install kc",
    );

    // A kubeconfig whose current context defaults to the test namespace.
    let dir = tempfile::tempdir().unwrap();
    let kc = dir.path().join("config");
    let raw = ok(
        env.kubectl(&["config", "view", "--raw", "--flatten"]),
        "kubectl config view",
    );
    std::fs::write(&kc, raw.stdout).unwrap();
    let kcs = kc.to_string_lossy().into_owned();
    ok(
        env.kubectl(&[
            "--kubeconfig",
            &kcs,
            "config",
            "set-context",
            "--current",
            "--namespace",
            n,
        ]),
        "set context namespace",
    );
    let missing_then_kc = format!("/nonexistent/rhelm-kubeconfig:{kcs}");

    let mut by_context = Compare::new(&env, &[("KUBECONFIG", kcs.as_str())]);
    by_context.check(&["list"]);
    by_context.check(&["history", "kc"]);
    by_context.check(&["get", "values", "kc", "-o", "json"]);
    by_context.finish("namespace from the kubeconfig context");

    let mut list_with_missing = Compare::new(&env, &[("KUBECONFIG", missing_then_kc.as_str())]);
    list_with_missing.check(&["list"]);
    list_with_missing.check(&["status", "kc", "-o", "json"]);
    list_with_missing.finish("KUBECONFIG list with a missing file");

    let mut by_env = Compare::new(&env, &[("HELM_NAMESPACE", n)]);
    by_env.check(&["list"]);
    by_env.check(&["history", "kc", "-o", "yaml"]);
    by_env.finish("HELM_NAMESPACE");

    let mut by_flag = Compare::new(&env, &[]);
    by_flag.check(&["list", "--kubeconfig", &kcs]);
    by_flag.check(&["list", "--kubeconfig", &kcs, "-n", "default", "-f", "^kc$"]);
    // The restricted user may not read this namespace: both fail.
    by_flag.check(&["list", "-n", n, "--kube-context", &env.user_context]);
    by_flag.check(&[
        "history",
        "kc",
        "-n",
        n,
        "--kube-context",
        &env.user_context,
    ]);
    by_flag.check(&["list", "-n", n, "--kube-as-user", &env.user_context]);
    by_flag.check(&[
        "list",
        "-n",
        n,
        "--kube-as-user",
        "someone",
        "--kube-as-group",
        "system:masters",
    ]);
    by_flag.finish("--kubeconfig, --kube-context and impersonation");

    // Only flags, no kubeconfig: --kube-apiserver, --kube-token, --kube-insecure-skip-tls-verify.
    if let (Ok(api), Ok(token)) = (
        std::env::var("RHELM_TESTENV_API"),
        std::env::var("RHELM_TESTENV_ADMIN_TOKEN"),
    ) {
        let mut flags_only = Compare::new(&env, &[("KUBECONFIG", "/nonexistent/rhelm-kubeconfig")]);
        let base = [
            "--kube-apiserver",
            api.as_str(),
            "--kube-token",
            token.as_str(),
        ];
        let mut args = vec!["list", "-n", n, "--kube-insecure-skip-tls-verify"];
        args.extend(base);
        flags_only.check(&args);
        let mut args = vec![
            "get",
            "values",
            "kc",
            "-n",
            n,
            "--kube-insecure-skip-tls-verify",
            "-o",
            "json",
        ];
        args.extend(base);
        flags_only.check(&args);
        flags_only.finish("--kube-apiserver and --kube-token");
    }
}
