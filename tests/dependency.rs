//! `dependency list|update|build` and `--dependency-update`, next to the real helm 4 against
//! the nginx-served chart repository of the test environment: the same stdout, stderr, exit
//! code, `charts/` folder and `Chart.lock` (its `generated` time aside) for each case, a lock
//! written by one tool is built by the other, and bad input fails as helm fails. No cluster is
//! needed.

mod common;

use std::path::Path;

use common::twin::{run_difference, Trees};
use common::{chart_repos, finish, ChartRepos, Run, Tool};

/// Two copies of one tree of charts, one per tool, each with its own helm home in which the
/// test repository is added as `myrepo` (by that tool).
struct Twin {
    trees: Trees,
    repos: ChartRepos,
}

impl std::ops::Deref for Twin {
    type Target = Trees;

    fn deref(&self) -> &Trees {
        &self.trees
    }
}

impl Twin {
    fn new() -> Option<Twin> {
        let repos = chart_repos()?;
        let t = Twin {
            trees: Trees::new(&repos.helm4),
            repos,
        };
        for tool in [Tool::Helm, Tool::Rhelm] {
            let url = t.repos.url.clone();
            t.run(tool, "", &["repo", "add", "myrepo", &url]).ok();
        }
        Some(t)
    }

    /// Writes a chart into both trees: `Chart.yaml` (name, version, then `extra`) and a
    /// ConfigMap template.
    fn chart(&self, rel: &str, name: &str, version: &str, extra: &str) {
        self.write(
            rel,
            &[
                (
                    "Chart.yaml",
                    format!("apiVersion: v2\nname: {name}\nversion: {version}\n{extra}"),
                ),
                (
                    "templates/cm.yaml",
                    format!(
                        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{{{ .Release.Name }}}}-{name}\n"
                    ),
                ),
            ],
        );
    }

    /// Writes one file into both trees.
    fn file(&self, rel: &str, data: &[u8]) {
        self.write("", &[(rel, data)]);
    }

    /// The files under `rel` (names and, for non-archives, contents; archives by the chart
    /// they hold), and the lock file without its time.
    fn state(&self, tool: Tool, rel: &str) -> Vec<String> {
        let mut out = Vec::new();
        let dir = self.tree(tool).join(rel);
        let charts = dir.join("charts");
        let mut names: Vec<String> = std::fs::read_dir(&charts)
            .map(|rd| {
                rd.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        out.extend(names.into_iter().map(|n| format!("charts/{n}")));
        for lock in ["Chart.lock", "requirements.lock"] {
            if let Ok(text) = std::fs::read_to_string(dir.join(lock)) {
                out.extend(
                    text.lines()
                        .filter(|l| !l.starts_with("generated:"))
                        .map(|l| format!("{lock}: {l}")),
                );
            }
        }
        out
    }

    /// Runs `args` with both tools and returns the differences (empty when they agree): exit
    /// code, output, and the `charts/` folder and lock of `state_of`.
    fn compare(&self, cwd: &str, args: &[&str], state_of: &str) -> Vec<String> {
        let (h, r) = self.both(cwd, args);
        let what = args.join(" ");
        let mut problems: Vec<String> = run_difference(&what, &h, &r).into_iter().collect();
        let (hs, rs) = (
            self.state(Tool::Helm, state_of),
            self.state(Tool::Rhelm, state_of),
        );
        if hs != rs {
            problems.push(format!(
                "{what}: files differ\n--- helm\n{}\n--- rhelm\n{}",
                hs.join("\n"),
                rs.join("\n")
            ));
        }
        problems
    }
}

/// A parent with a dependency by repository alias, by `file://`, and by URL with an alias.
fn parent(t: &Twin, rel: &str) {
    t.chart("local", "local", "0.3.0", "");
    let url = &t.repos.url;
    t.chart(
        rel,
        "parent",
        "1.0.0",
        &format!(
            "dependencies:\n- name: demo\n  version: ^0.1.0\n  repository: \"@myrepo\"\n- name: local\n  version: \">=0.1.0\"\n  repository: file://../local\n- name: tested\n  version: \"*\"\n  repository: {url}\n  alias: t2\n"
        ),
    );
}

#[test]
fn update_build_and_list_match_helm4() {
    let Some(t) = Twin::new() else { return };
    parent(&t, "parent");
    let mut problems = Vec::new();
    problems.extend(t.compare("", &["dependency", "list", "parent"], "parent"));
    problems.extend(t.compare("", &["dependency", "update", "parent"], "parent"));
    // The lock pins the three versions; `list` sees them all `ok`.
    let state = t.state(Tool::Rhelm, "parent");
    for want in [
        "charts/demo-0.1.0.tgz",
        "charts/local-0.3.0.tgz",
        "charts/tested-0.1.0.tgz",
        "Chart.lock:   version: 0.1.0",
    ] {
        assert!(state.iter().any(|l| l == want), "{want} in {state:?}");
    }
    problems.extend(t.compare("", &["dependency", "list", "parent"], "parent"));
    // With the lock: build downloads exactly the locked versions, with and without a refresh.
    for tool in [Tool::Helm, Tool::Rhelm] {
        std::fs::remove_dir_all(t.tree(tool).join("parent/charts")).unwrap();
    }
    problems.extend(t.compare("parent", &["dependency", "build"], "parent"));
    problems.extend(t.compare("", &["dep", "build", "parent", "--skip-refresh"], "parent"));
    // An up-to-date lock is not rewritten; an archive nobody declares is deleted.
    t.file("parent/charts/stale-9.9.9.tgz", b"not a chart");
    problems.extend(t.compare(
        "",
        &["dependency", "up", "parent", "--skip-refresh"],
        "parent",
    ));
    finish(problems);
}

#[test]
fn a_lock_written_by_one_tool_is_built_by_the_other() {
    let Some(t) = Twin::new() else { return };
    parent(&t, "parent");
    for (writer, builder) in [(Tool::Rhelm, Tool::Helm), (Tool::Helm, Tool::Rhelm)] {
        let w = t.run(writer, "", &["dependency", "update", "parent"]);
        assert_eq!(w.status, 0, "{}", w.stderr);
        let lock = t.tree(writer).join("parent/Chart.lock");
        std::fs::copy(&lock, t.tree(builder).join("parent/Chart.lock")).unwrap();
        let _ = std::fs::remove_dir_all(t.tree(builder).join("parent/charts"));
        let b = t.run(
            builder,
            "",
            &["dependency", "build", "parent", "--skip-refresh"],
        );
        assert_eq!(b.status, 0, "{}{}", b.stdout, b.stderr);
        assert!(b.stdout.contains("Saving 3 charts"), "{}", b.stdout);
        assert_eq!(
            t.state(builder, "parent"),
            t.state(writer, "parent"),
            "a lock from one tool builds the same charts/ with the other"
        );
    }
}

#[test]
fn list_statuses_match_helm4() {
    let Some(t) = Twin::new() else { return };
    let deps = "dependencies:\n- name: demo\n  version: ^0.1.0\n  repository: \"@myrepo\"\n- name: sub\n  version: ^2.0.0\n  repository: \"\"\n- name: gone\n  version: 1.0.0\n  repository: \"@myrepo\"\n- name: named\n  version: 1.0.0\n  repository: \"@myrepo\"\n- name: broken\n  version: 1.0.0\n  repository: \"@myrepo\"\n- name: bad\n  version: \"nonsense\"\n  repository: \"@myrepo\"\n";
    t.chart("p", "p", "1.0.0", deps);
    t.chart("p/charts/sub", "sub", "1.5.0", "");
    t.chart("p/charts/extra", "extra", "1.0.0", "");
    t.chart("p/charts/bad", "bad", "1.0.0", "");
    // `named-1.0.0.tgz` holds a chart of another name.
    let demo = std::fs::read(
        Path::new(&std::env::var("RHELM_TEST_REPO_DIR").unwrap()).join("demo-0.1.0.tgz"),
    );
    if let Ok(demo) = demo {
        t.file("p/charts/named-1.0.0.tgz", &demo);
        t.file("p/charts/demo-0.1.0.tgz", &demo);
    }
    let mut problems = Vec::new();
    problems.extend(t.compare("", &["dependency", "list", "p"], "p"));
    problems.extend(t.compare(
        "",
        &["dependency", "list", "p", "--max-col-width", "6"],
        "p",
    ));
    problems.extend(t.compare("p", &["dependency", "ls"], "p"));
    t.chart("none", "none", "1.0.0", "");
    problems.extend(t.compare("", &["dependency", "list", "none"], "none"));
    // One unreadable entry in charts/ at a time (with several, helm names one at random): a
    // truncated archive, a file that is no archive, an empty archive.
    for (i, (file, data)) in [
        ("broken-1.0.0.tgz", &b"garbage"[..]),
        ("notes.txt", &b"not an archive"[..]),
        ("empty-1.0.0.tgz", &b""[..]),
    ]
    .into_iter()
    .enumerate()
    {
        let rel = format!("bad{i}");
        t.chart(&rel, &rel, "1.0.0", deps);
        t.file(&format!("{rel}/charts/{file}"), data);
        problems.extend(t.compare("", &["dependency", "list", &rel], &rel));
    }
    finish(problems);
}

#[test]
fn bad_input_fails_as_helm4_does() {
    let Some(t) = Twin::new() else { return };
    t.chart("local", "local", "0.3.0", "");
    let url = t.repos.url.clone();
    let cases: Vec<(&str, String)> = vec![
        ("unknownalias", "- name: demo\n  version: ^0.1.0\n  repository: \"@nosuch\"\n".into()),
        ("nonurl", "- name: demo\n  version: ^0.1.0\n  repository: myrepo\n- name: x\n  version: 1.0.0\n  repository: \"alias:zz\"\n".into()),
        ("badconstraint", "- name: demo\n  version: \"not a version\"\n  repository: \"@myrepo\"\n".into()),
        ("noversion", "- name: demo\n  version: ^9.0.0\n  repository: \"@myrepo\"\n- name: local\n  version: ^9.0.0\n  repository: file://../local\n".into()),
        ("nochart", "- name: nosuchchart\n  version: \"*\"\n  repository: \"@myrepo\"\n".into()),
        ("filemissing", "- name: x\n  version: \"*\"\n  repository: file://../nothere\n".into()),
        ("repoless", "- name: sub\n  version: ^1.0.0\n  repository: \"\"\n".into()),
        ("unmanaged", format!("- name: demo\n  version: \"~0.2\"\n  repository: {url}/\n")),
        ("unreachable", "- name: demo\n  version: \"~0.2\"\n  repository: http://127.0.0.1:1/charts\n".into()),
        ("devel", "- name: demo\n  version: \">=1.1.0-0\"\n  repository: \"@myrepo\"\n".into()),
    ];
    let mut problems = Vec::new();
    for (name, deps) in &cases {
        t.chart(name, name, "1.0.0", &format!("dependencies:\n{deps}"));
        problems.extend(t.compare("", &["dependency", "update", name], name));
    }
    // A lock that no longer matches Chart.yaml, and a lock naming an unknown repository.
    parent(&t, "drift");
    for tool in [Tool::Helm, Tool::Rhelm] {
        assert_eq!(
            t.run(tool, "", &["dependency", "update", "drift"]).status,
            0
        );
    }
    let lock_text = std::fs::read_to_string(t.tree(Tool::Helm).join("drift/Chart.lock")).unwrap();
    t.file(
        "unknownrepo/Chart.lock",
        lock_text
            .replace(&url, "http://127.0.0.1:2/charts")
            .as_bytes(),
    );
    for tool in [Tool::Helm, Tool::Rhelm] {
        let root = t.tree(tool);
        let y = std::fs::read_to_string(root.join("drift/Chart.yaml")).unwrap();
        std::fs::write(root.join("drift/Chart.yaml"), y.replace("^0.1.0", "^0.2.0")).unwrap();
    }
    problems.extend(t.compare("", &["dependency", "build", "drift"], "drift"));
    parent(&t, "unknownrepo");
    problems.extend(t.compare("", &["dependency", "build", "unknownrepo"], "unknownrepo"));
    // Not a chart folder, an archive, a missing path, too many arguments.
    problems.extend(t.compare("", &["dependency", "update"], "."));
    problems.extend(t.compare("", &["dependency", "update", "nothere"], "."));
    problems.extend(t.compare("", &["dependency", "list", "a", "b"], "."));
    // A lock file that is a symbolic link: followed when read (helm logs it), never written
    // through; a dangling one names its target.
    parent(&t, "linked");
    parent(&t, "dangling");
    for tool in [Tool::Helm, Tool::Rhelm] {
        let root = t.tree(tool);
        std::fs::write(root.join("real.lock"), &lock_text).unwrap();
        std::os::unix::fs::symlink(root.join("real.lock"), root.join("linked/Chart.lock")).unwrap();
        std::os::unix::fs::symlink(root.join("gone.lock"), root.join("dangling/Chart.lock"))
            .unwrap();
    }
    problems.extend(t.compare("", &["dependency", "list", "linked"], "linked"));
    problems.extend(t.compare(
        "",
        &["dependency", "update", "linked", "--skip-refresh"],
        "linked",
    ));
    problems.extend(t.compare("", &["dependency", "update", "dangling"], "dangling"));
    finish(problems);
}

#[test]
fn dependency_update_flag_fetches_missing_subcharts_before_install() {
    let Some(t) = Twin::new() else { return };
    parent(&t, "parent");
    let install = [
        "install",
        "web",
        "parent",
        "--dry-run=client",
        "--namespace",
        "default",
    ];
    // Without the flag: helm's error, nothing fetched.
    let mut problems = t.compare("", &install, "parent");
    let mut with_flag = install.to_vec();
    with_flag.push("--dependency-update");
    let h = t.run(Tool::Helm, "", &with_flag);
    let r = t.run(Tool::Rhelm, "", &with_flag);
    assert_eq!((h.status, r.status), (0, 0), "{}\n{}", h.stderr, r.stderr);
    // The manager's lines come first on stdout, then the release; both render the subcharts.
    for run in [&h, &r] {
        assert!(run.stdout.starts_with("Hang tight"), "{}", run.stdout);
        assert!(run.stdout.contains("Saving 3 charts\n"), "{}", run.stdout);
        for source in [
            "# Source: parent/templates/",
            "# Source: parent/charts/demo/",
            "# Source: parent/charts/local/",
            "# Source: parent/charts/t2/",
        ] {
            assert!(
                run.stdout.contains(source),
                "{source} rendered:\n{}",
                run.stdout
            );
        }
    }
    let manager = |s: &str| s[..s.find("NAME:").unwrap_or(s.len())].to_string();
    if manager(&h.stdout) != manager(&r.stdout) {
        problems.push(format!(
            "manager lines differ\n--- helm\n{}--- rhelm\n{}",
            manager(&h.stdout),
            manager(&r.stdout)
        ));
    }
    if t.state(Tool::Helm, "parent") != t.state(Tool::Rhelm, "parent") {
        problems.push("charts/ and Chart.lock differ after --dependency-update".into());
    }
    finish(problems);
}

/// Packages the demo chart at each version with helm and pushes it to a fresh repository path
/// of the registry at `host` (`--plain-http` for the plain one, else `--ca-file`); returns the
/// `oci://` repository the charts are in.
fn push_demo(t: &Twin, host: &str, tls: &[&str], versions: &[&str]) -> String {
    let repo = format!(
        "oci://{host}/{}",
        common::unique_name("dep").replace('-', "")
    );
    let pkg = t.dir.path().join("pkg");
    let demo = common::demo_chart();
    for v in versions {
        t.run(
            Tool::Helm,
            "",
            &[
                "package",
                demo.to_str().unwrap(),
                "--version",
                v,
                "-d",
                pkg.to_str().unwrap(),
            ],
        )
        .ok();
        let tgz = pkg.join(format!("demo-{v}.tgz"));
        let mut args = vec!["push", tgz.to_str().unwrap(), repo.as_str()];
        args.extend_from_slice(tls);
        t.run(Tool::Helm, "", &args).ok();
    }
    repo
}

#[test]
fn oci_dependencies_match_helm4() {
    let Some(t) = Twin::new() else { return };
    let Some(reg) = common::oci_registries() else {
        return;
    };
    let plain = ["--plain-http"];
    let repo = push_demo(&t, &reg.plain_host, &plain, &["0.1.0", "0.2.0", "1.0.0"]);
    // A constraint (resolved against the tag list), an exact version (taken as written) and a
    // second alias of the same chart.
    t.chart(
        "oci",
        "oci",
        "1.0.0",
        &format!(
            "dependencies:\n- name: demo\n  version: \"~0.2\"\n  repository: {repo}\n- name: demo\n  alias: pinned\n  version: 1.0.0\n  repository: {repo}\n- name: demo\n  alias: low\n  version: \"<0.2.0\"\n  repository: {repo}\n"
        ),
    );
    let mut problems = Vec::new();
    problems.extend(t.compare("", &["dependency", "update", "oci", "--plain-http"], "oci"));
    let state = t.state(Tool::Rhelm, "oci");
    for want in [
        "charts/demo-0.1.0.tgz",
        "charts/demo-0.2.0.tgz",
        "charts/demo-1.0.0.tgz",
        "Chart.lock:   version: 0.2.0",
        "Chart.lock:   version: 1.0.0",
    ] {
        assert!(state.iter().any(|l| l == want), "{want} in {state:?}");
    }
    problems.extend(t.compare("", &["dependency", "list", "oci"], "oci"));
    for tool in [Tool::Helm, Tool::Rhelm] {
        std::fs::remove_dir_all(t.tree(tool).join("oci/charts")).unwrap();
    }
    problems.extend(t.compare("oci", &["dependency", "build", "--plain-http"], "oci"));
    // `--dependency-update` fetches them through the command's registry flags.
    for tool in [Tool::Helm, Tool::Rhelm] {
        std::fs::remove_dir_all(t.tree(tool).join("oci/charts")).unwrap();
    }
    problems.extend(t.compare(
        "",
        &[
            "template",
            "x",
            "oci",
            "--dependency-update",
            "--plain-http",
        ],
        "oci",
    ));
    // Each tool builds the other's lock.
    for (writer, builder) in [(Tool::Rhelm, Tool::Helm), (Tool::Helm, Tool::Rhelm)] {
        let lock = t.tree(writer).join("oci/Chart.lock");
        std::fs::copy(&lock, t.tree(builder).join("oci/Chart.lock")).unwrap();
        let _ = std::fs::remove_dir_all(t.tree(builder).join("oci/charts"));
        let b = t.run(builder, "", &["dependency", "build", "oci", "--plain-http"]);
        assert_eq!(b.status, 0, "{}{}", b.stdout, b.stderr);
        assert_eq!(t.state(builder, "oci"), t.state(writer, "oci"));
    }
    // No satisfying tag; the registry spoken to over HTTPS; a chart the registry lacks.
    let cases = [
        (
            "ocinone",
            format!("- name: demo\n  version: \"~5.0\"\n  repository: {repo}\n"),
        ),
        (
            "ocimissing",
            format!("- name: nosuch\n  version: 1.0.0\n  repository: {repo}\n"),
        ),
        (
            "ocirange",
            format!("- name: nosuch\n  version: ^1.0.0\n  repository: {repo}\n"),
        ),
    ];
    for (name, deps) in &cases {
        t.chart(name, name, "1.0.0", &format!("dependencies:\n{deps}"));
        problems.extend(t.compare("", &["dependency", "update", name, "--plain-http"], name));
    }
    problems.extend(t.compare("", &["dependency", "update", "oci"], "oci"));
    finish(problems);
}

#[test]
fn oci_dependencies_from_a_registry_with_tls_and_login() {
    let Some(t) = Twin::new() else { return };
    let Some(reg) = common::oci_registries() else {
        return;
    };
    let ca = reg.ca.to_str().unwrap();
    // Each tool logs in in its own home (helm's credentials file).
    for tool in [Tool::Helm, Tool::Rhelm] {
        let mut c = t.command(
            tool,
            "",
            &[
                "registry",
                "login",
                &reg.host,
                "-u",
                &reg.user,
                "--password-stdin",
                "--ca-file",
                ca,
            ],
        );
        Run::piped(&mut c, Some(&reg.password), "registry login").ok();
    }
    let repo = push_demo(&t, &reg.host, &["--ca-file", ca], &["0.1.0", "0.2.0"]);
    t.chart(
        "tls",
        "tls",
        "1.0.0",
        &format!("dependencies:\n- name: demo\n  version: \">=0.1.0\"\n  repository: {repo}\n"),
    );
    let mut problems = t.compare("", &["dependency", "update", "tls", "--ca-file", ca], "tls");
    assert!(
        t.state(Tool::Rhelm, "tls")
            .contains(&"charts/demo-0.2.0.tgz".to_string()),
        "{:?}",
        t.state(Tool::Rhelm, "tls")
    );
    // Without the CA the certificate is refused, as helm refuses it.
    for tool in [Tool::Helm, Tool::Rhelm] {
        std::fs::remove_dir_all(t.tree(tool).join("tls/charts")).unwrap();
    }
    let h = t.run(Tool::Helm, "", &["dependency", "build", "tls"]);
    let r = t.run(Tool::Rhelm, "", &["dependency", "build", "tls"]);
    assert_eq!((h.status, r.status), (1, 1), "{}\n{}", h.stderr, r.stderr);
    assert_eq!(h.stdout, r.stdout);
    assert!(r.stderr.contains("certificate"), "{}", r.stderr);
    problems.extend(t.compare("", &["dependency", "build", "tls", "--ca-file", ca], "tls"));
    finish(problems);
}

#[test]
fn a_requirements_lock_written_by_one_tool_is_built_by_the_other() {
    let Some(t) = Twin::new() else { return };
    t.chart("local", "local", "0.3.0", "");
    // An apiVersion v1 chart: dependencies in requirements.yaml, locked in requirements.lock.
    let url = t.repos.url.clone();
    for tool in [Tool::Helm, Tool::Rhelm] {
        let d = t.tree(tool).join("v1");
        std::fs::create_dir_all(d.join("templates")).unwrap();
        std::fs::write(
            d.join("Chart.yaml"),
            "apiVersion: v1\nname: v1\nversion: 1.0.0\n",
        )
        .unwrap();
        std::fs::write(
            d.join("requirements.yaml"),
            format!("dependencies:\n- name: demo\n  version: ^0.1.0\n  repository: \"@myrepo\"\n- name: local\n  version: \">=0.1.0\"\n  repository: file://../local\n- name: tested\n  version: \"*\"\n  repository: {url}\n"),
        )
        .unwrap();
    }
    let mut problems = t.compare("", &["dependency", "update", "v1"], "v1");
    let state = t.state(Tool::Rhelm, "v1");
    assert!(
        state
            .iter()
            .any(|l| l.starts_with("requirements.lock: digest: sha256:")),
        "{state:?}"
    );
    assert!(!t.tree(Tool::Rhelm).join("v1/Chart.lock").exists());
    problems.extend(t.compare("", &["dependency", "list", "v1"], "v1"));
    for (writer, builder) in [(Tool::Rhelm, Tool::Helm), (Tool::Helm, Tool::Rhelm)] {
        let lock = t.tree(writer).join("v1/requirements.lock");
        std::fs::copy(&lock, t.tree(builder).join("v1/requirements.lock")).unwrap();
        let _ = std::fs::remove_dir_all(t.tree(builder).join("v1/charts"));
        let b = t.run(
            builder,
            "",
            &["dependency", "build", "v1", "--skip-refresh"],
        );
        assert_eq!(b.status, 0, "{}{}", b.stdout, b.stderr);
        assert!(b.stdout.contains("Saving 3 charts"), "{}", b.stdout);
        assert_eq!(t.state(builder, "v1"), t.state(writer, "v1"));
    }
    // A requirements.yaml changed after locking: both refuse with helm's v1 text.
    for tool in [Tool::Helm, Tool::Rhelm] {
        let p = t.tree(tool).join("v1/requirements.yaml");
        let y = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, y.replace("^0.1.0", "^0.2.0")).unwrap();
    }
    problems.extend(t.compare("", &["dependency", "build", "v1"], "v1"));
    finish(problems);
}
