//! Chart repositories against the real nginx-served repositories of the test environment
//! (plain HTTP, and TLS + basic auth), next to the real helm 4: a repository added by one is
//! used by the other, `repo list`, `template REPO/CHART --version X`, `pull` and the error
//! texts match helm's, and bad input (unknown repository, chart or version, a corrupt index,
//! wrong credentials, an untrusted certificate, a wrong digest, a truncated archive) fails
//! cleanly without half-written files. No cluster is needed.

mod common;

use std::path::{Path, PathBuf};

use common::home::HelmHome;
use common::{chart_repos, files_under, ChartRepos, Run};

/// A private helm home (config, cache, data) shared by helm and rhelm in one test; each tool
/// gets its own content cache unless told otherwise, so rhelm's downloads are its own.
struct Home {
    home: HelmHome,
    repos: ChartRepos,
}

impl Home {
    fn new() -> Option<Home> {
        Some(Home {
            home: HelmHome::new(),
            repos: chart_repos()?,
        })
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.home.path(rel)
    }

    fn run(&self, bin: &Path, content: &str, args: &[&str], stdin: Option<&str>) -> Run {
        self.home.run(bin, content, "config", args, stdin)
    }

    fn rhelm(&self, args: &[&str]) -> Run {
        self.run(
            Path::new(env!("CARGO_BIN_EXE_rhelm")),
            "content-rhelm",
            args,
            None,
        )
    }

    fn helm(&self, args: &[&str]) -> Run {
        self.run(&self.repos.helm4.clone(), "content-helm", args, None)
    }

    /// `repo add` of the two test repositories (`plain` and `sec`) with one tool.
    fn add_both(&self, helm: bool) {
        let r = &self.repos;
        let plain = ["repo", "add", "plain", r.url.as_str()];
        let ca = r.ca.to_str().unwrap();
        let sec = [
            "repo",
            "add",
            "sec",
            r.tls_url.as_str(),
            "--username",
            r.user.as_str(),
            "--password",
            r.password.as_str(),
            "--ca-file",
            ca,
        ];
        for args in [&plain[..], &sec[..]] {
            let out = if helm {
                self.helm(args)
            } else {
                self.rhelm(args)
            };
            out.ok();
        }
    }

    fn repo_file(&self) -> Option<String> {
        std::fs::read_to_string(self.path("config/repositories.yaml")).ok()
    }

    /// Every file under the home's cache and the content caches (relative paths), to prove
    /// nothing was left behind.
    fn cache_files(&self) -> Vec<String> {
        let mut out = files_under(&self.path("cache"));
        for p in ["content-rhelm", "content-helm"] {
            out.extend(
                files_under(&self.path(p))
                    .into_iter()
                    .map(|f| format!("{p}/{f}")),
            );
        }
        out.sort();
        out
    }
}

/// Asserts that rhelm and helm give the same stdout, stderr and exit code.
fn same(h: &Home, args: &[&str]) -> Run {
    let helm = h.helm(args);
    let rhelm = h.rhelm(args);
    assert_eq!(
        (rhelm.status, &rhelm.stdout, &rhelm.stderr),
        (helm.status, &helm.stdout, &helm.stderr),
        "rhelm and helm differ for {args:?}"
    );
    rhelm
}

#[test]
fn a_repository_added_by_helm_is_used_by_rhelm() {
    let Some(h) = Home::new() else { return };
    h.add_both(true);
    for args in [
        &["repo", "list"][..],
        &["repo", "list", "-o", "json"],
        &["repo", "list", "-o", "yaml"],
        &["repo", "list", "--no-headers"],
    ] {
        same(&h, args);
    }
    // Through the plain and the TLS + auth repository, with versions and constraints.
    for args in [
        &["template", "x", "plain/demo"][..],
        &["template", "x", "plain/demo", "--version", "0.2.0"],
        &["template", "x", "sec/demo", "--version", "0.1.0"],
        &["template", "x", "sec/tested"],
    ] {
        let out = same(&h, args);
        assert_eq!(out.status, 0, "{args:?}: {}", out.stderr);
        assert!(out.stdout.contains("# Source: "), "{}", out.stdout);
    }
    // rhelm downloaded into its own content cache, under the index digests.
    let cached: Vec<_> = h
        .cache_files()
        .into_iter()
        .filter(|f| f.starts_with("content-rhelm/"))
        .collect();
    assert_eq!(cached.len(), 4, "{cached:?}");
    assert!(cached.iter().all(|f| f.ends_with(".chart")));
}

#[test]
fn a_repository_added_by_rhelm_is_used_by_helm() {
    let Some(h) = Home::new() else { return };
    h.add_both(false);
    let ours = h.repo_file().expect("rhelm wrote repositories.yaml");
    // helm, in a home of its own, writes the same bytes for the same two commands.
    let other = Home::new().unwrap();
    other.add_both(true);
    assert_eq!(ours, other.repo_file().unwrap());
    // The cached index is the bytes the server sent; the chart list names every chart.
    let index = std::fs::read_to_string(h.path("cache/repository/plain-index.yaml")).unwrap();
    assert_eq!(
        index,
        std::fs::read_to_string(other.path("cache/repository/plain-index.yaml")).unwrap()
    );
    let mut names: Vec<_> = std::fs::read_to_string(h.path("cache/repository/sec-charts.txt"))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    names.sort();
    assert_eq!(names, ["demo", "legacy", "pipeline", "tested"]);
    // helm reads what rhelm wrote: update, template and list work.
    let up = h.helm(&["repo", "update"]).ok();
    assert!(up.stdout.contains("Update Complete"), "{}", up.stdout);
    let t = h
        .helm(&["template", "x", "sec/demo", "--version", "1.0.0"])
        .ok();
    assert!(t.stdout.contains("# Source: demo/"), "{}", t.stdout);
    same(&h, &["repo", "list"]);
    // helm 3 reads it too.
    if let Some(helm3) = std::env::var_os("RHELM_HELM3").map(PathBuf::from) {
        let t = h.run(
            &helm3,
            "content-helm",
            &["template", "x", "sec/demo", "--version", "0.1.0"],
            None,
        );
        assert_eq!(t.status, 0, "{}", t.stderr);
        assert_eq!(
            t.stdout,
            h.rhelm(&["template", "x", "sec/demo", "--version", "0.1.0"])
                .ok()
                .stdout
        );
    }
    // A second identical add is a no-op; a different one is refused.
    same(&h, &["repo", "add", "plain", &h.repos.url]);
    same(&h, &["repo", "add", "plain", &format!("{}/", h.repos.url)]);
    assert_eq!(h.repo_file().unwrap(), ours);
}

#[test]
fn versions_resolve_like_helm() {
    let Some(h) = Home::new() else { return };
    h.add_both(false);
    for v in [
        "0.1.0",
        "~0.1",
        "^0.2",
        "1",
        ">0.1.0 <1.0.0",
        "1.1.0-rc.1",
        ">=1.1.0-0",
        "9.9.9",
        "not a version",
        " 0.2.0 ",
    ] {
        same(&h, &["template", "x", "plain/demo", "--version", v]);
    }
    same(&h, &["template", "x", "plain/demo", "--devel"]);
    same(&h, &["template", "x", "plain/nothere"]);
    same(&h, &["template", "x", "nothere/demo"]);
    same(&h, &["template", "x", "demo"]);
    same(&h, &["template", "x", "./nothere"]);
    // --repo and chart URLs.
    let url = h.repos.url.clone();
    for v in ["0.2.0", "7.0.0"] {
        same(
            &h,
            &["template", "x", "demo", "--repo", &url, "--version", v],
        );
    }
    same(&h, &["template", "x", "nothere", "--repo", &url]);
    same(&h, &["template", "x", &format!("{url}/demo-0.1.0.tgz")]);
    same(&h, &["template", "x", &format!("{url}/nothere-0.1.0.tgz")]);
}

#[test]
fn pull_saves_and_untars_like_helm() {
    let Some(h) = Home::new() else { return };
    h.add_both(false);
    for tool in ["helm", "rhelm"] {
        std::fs::create_dir_all(h.path(tool)).unwrap();
    }
    let cases: &[&[&str]] = &[
        &["pull", "plain/demo"],
        &["pull", "sec/demo", "--version", "0.1.0"],
        &["pull", "plain/demo", "--version", "~0.2", "--untar"],
        &["pull", "plain/demo", "--version", "~0.2", "--untar"],
        &["pull", "plain/tested", "--untar", "--untardir", "un"],
        &["pull", "plain/pipeline", "plain/legacy"],
        &["pull", "plain/nothere"],
    ];
    // Run each tool in its own folder and compare the trees.
    for (tool, bin, content) in [
        ("helm", h.repos.helm4.clone(), "content-helm"),
        (
            "rhelm",
            PathBuf::from(env!("CARGO_BIN_EXE_rhelm")),
            "content-rhelm",
        ),
    ] {
        for args in cases {
            let mut full: Vec<String> = args.iter().map(|s| s.to_string()).collect();
            full.push("-d".into());
            full.push(h.path(tool).display().to_string());
            let refs: Vec<&str> = full.iter().map(String::as_str).collect();
            h.run(&bin, content, &refs, None);
        }
    }
    let tree = |tool: &str| {
        let root = h.path(tool);
        files_under(&root)
            .into_iter()
            .map(|f| {
                let data = std::fs::read(root.join(&f)).unwrap();
                (f, data)
            })
            .collect::<Vec<_>>()
    };
    let (ht, rt) = (tree("helm"), tree("rhelm"));
    let names = |t: &[(String, Vec<u8>)]| t.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&rt), names(&ht));
    assert_eq!(rt, ht);
    assert!(
        names(&rt).contains(&"demo-1.0.0.tgz".to_string()),
        "{:?}",
        names(&rt)
    );
    assert!(
        names(&rt).contains(&"demo/Chart.yaml".to_string()),
        "{:?}",
        names(&rt)
    );
    // Untarring over an existing chart folder is refused with helm's text.
    same(
        &h,
        &[
            "pull",
            "plain/demo",
            "--untar",
            "-d",
            h.path("rhelm").to_str().unwrap(),
        ],
    );
}

#[test]
fn update_and_remove() {
    let Some(h) = Home::new() else { return };
    same(&h, &["repo", "update"]);
    same(&h, &["repo", "remove", "plain"]);
    h.add_both(false);
    let up = h.rhelm(&["repo", "update"]).ok();
    let mut lines: Vec<&str> = up.stdout.lines().collect();
    assert_eq!(
        lines.remove(0),
        "Hang tight while we grab the latest from your chart repositories..."
    );
    assert_eq!(lines.pop(), Some("Update Complete. ⎈Happy Helming!⎈"));
    lines.sort();
    assert_eq!(
        lines,
        [
            "...Successfully got an update from the \"plain\" chart repository",
            "...Successfully got an update from the \"sec\" chart repository"
        ]
    );
    same(&h, &["repo", "update", "plain"]);
    same(&h, &["repo", "update", "nothere"]);
    same(&h, &["repo", "remove", "nothere"]);
    let rm = h.rhelm(&["repo", "remove", "plain"]).ok();
    assert_eq!(
        rm.stdout,
        "\"plain\" has been removed from your repositories\n"
    );
    assert!(!h.path("cache/repository/plain-index.yaml").exists());
    assert!(!h.path("cache/repository/plain-charts.txt").exists());
    assert!(h.path("cache/repository/sec-index.yaml").exists());
    same(&h, &["repo", "list"]);
    // A repository whose server is gone: helm 4's report and exit code.
    let mut file = h.repo_file().unwrap();
    file = file.replace(&h.repos.tls_url, "http://127.0.0.1:1/charts");
    std::fs::write(h.path("config/repositories.yaml"), file).unwrap();
    let out = same(&h, &["repo", "update"]);
    assert_eq!(out.status, 1);
    assert!(out.stdout.contains("...Unable to get an update from the \"sec\" chart repository (http://127.0.0.1:1/charts):\n\tGet \"http://127.0.0.1:1/charts/index.yaml\": dial tcp 127.0.0.1:1: connect: connection refused"), "{}", out.stdout);
}

#[test]
fn bad_input_fails_cleanly() {
    let Some(h) = Home::new() else { return };
    let r = h.repos.clone();
    let base = r.url.trim_end_matches("/charts").to_string();
    let ca = r.ca.to_str().unwrap().to_string();
    // Nothing a failed add tried may stay behind.
    let failing_adds: Vec<Vec<String>> = vec![
        vec!["bad".into(), format!("{base}/broken")],
        vec!["bad".into(), format!("{}/nothere", r.url)],
        vec![
            "bad".into(),
            r.tls_url.clone(),
            "--ca-file".into(),
            ca.clone(),
        ],
        vec![
            "bad".into(),
            r.tls_url.clone(),
            "--ca-file".into(),
            ca.clone(),
            "--username".into(),
            r.user.clone(),
            "--password".into(),
            "wrong".into(),
        ],
        vec![
            "bad".into(),
            r.tls_url.clone(),
            "--username".into(),
            r.user.clone(),
            "--password".into(),
            r.password.clone(),
        ],
        vec![
            "bad".into(),
            r.tls_url.clone(),
            "--ca-file".into(),
            "/nonexistent/ca.crt".into(),
        ],
        vec!["bad".into(), "http://127.0.0.1:1/charts".into()],
        vec!["a/b".into(), r.url.clone()],
    ];
    for extra in &failing_adds {
        let mut args = vec!["repo", "add"];
        args.extend(extra.iter().map(String::as_str));
        let out = same(&h, &args);
        assert_eq!(out.status, 1, "{args:?}");
        assert!(out.stderr.starts_with("Error: "), "{}", out.stderr);
        assert_eq!(h.repo_file(), None, "{args:?} wrote repositories.yaml");
        assert!(
            h.cache_files().iter().all(|f| !f.contains("bad-")),
            "{args:?} left {:?}",
            h.cache_files()
        );
    }
    // The password from stdin: a wrong one is refused, the right one works.
    let stdin_add = |pw: &str| {
        h.run(
            Path::new(env!("CARGO_BIN_EXE_rhelm")),
            "content-rhelm",
            &[
                "repo",
                "add",
                "sec",
                &r.tls_url,
                "--ca-file",
                &ca,
                "--username",
                &r.user,
                "--password-stdin",
            ],
            Some(pw),
        )
    };
    let out = stdin_add("wrong\n");
    assert_eq!(out.status, 1);
    assert!(out.stderr.contains(": 401 Unauthorized"), "{}", out.stderr);
    stdin_add(&format!("{}\n", r.password)).ok();
    h.rhelm(&["repo", "add", "plain", &r.url]).ok();
    let before = h.repo_file().unwrap();

    // A cached index that was corrupted after the fact.
    std::fs::write(
        h.path("cache/repository/plain-index.yaml"),
        "apiVersion: v1\nentries: [x\n",
    )
    .unwrap();
    let out = same(&h, &["template", "x", "plain/demo"]);
    assert_eq!(out.status, 1);
    assert!(
        out.stderr
            .contains("no cached repo found. (try 'helm repo update')"),
        "{}",
        out.stderr
    );
    h.rhelm(&["repo", "update", "plain"]).ok();

    // Untrusted certificate on a chart download: the repository's CA is not used for --repo.
    let out = same(&h, &["template", "x", "demo", "--repo", &r.tls_url]);
    assert!(
        out.stderr.contains(
            "tls: failed to verify certificate: x509: certificate signed by unknown authority"
        ),
        "{}",
        out.stderr
    );

    // A digest that does not match the archive, and an archive cut short (rhelm only: helm
    // does not check digests).
    h.rhelm(&["repo", "add", "tampered", &format!("{base}/tampered")])
        .ok();
    let out = h.rhelm(&["template", "x", "tampered/demo", "--version", "0.1.0"]);
    assert_eq!(out.status, 1);
    assert!(
        out.stderr.contains("has digest sha256:")
            && out
                .stderr
                .contains("but the repository index says sha256:aaaa"),
        "{}",
        out.stderr
    );
    let out = h.rhelm(&["template", "x", "tampered/demo", "--version", "0.2.0"]);
    assert_eq!(out.status, 1, "{}", out.stdout);
    assert!(out.stderr.starts_with("Error: "), "{}", out.stderr);
    let out = h.rhelm(&["pull", "tampered/demo", "--version", "0.1.0"]);
    assert_eq!(out.status, 1);
    assert!(!h.path("demo-0.1.0.tgz").exists());
    assert!(
        h.cache_files().iter().all(|f| !f.contains("aaaaaaaa")),
        "{:?}",
        h.cache_files()
    );
    assert_eq!(h.repo_file().unwrap().replace(&format!("- caFile: \"\"\n  certFile: \"\"\n  insecure_skip_tls_verify: false\n  keyFile: \"\"\n  name: tampered\n  pass_credentials_all: false\n  password: \"\"\n  url: {base}/tampered\n  username: \"\"\n"), ""), before);
}

#[test]
fn credentials_stay_on_their_host() {
    let Some(h) = Home::new() else { return };
    let r = h.repos.clone();
    // elsewhere/ is on the TLS server (auth) but its chart URLs point at the plain server.
    let elsewhere = format!("{}/elsewhere", r.tls_url.trim_end_matches("/charts"));
    let ca = r.ca.to_str().unwrap();
    let common = [
        "--username",
        r.user.as_str(),
        "--password",
        r.password.as_str(),
        "--ca-file",
        ca,
    ];
    h.rhelm(&[&["repo", "add", "away", elsewhere.as_str()][..], &common].concat())
        .ok();
    h.rhelm(
        &[
            &[
                "repo",
                "add",
                "away-pass",
                elsewhere.as_str(),
                "--pass-credentials",
            ][..],
            &common,
        ]
        .concat(),
    )
    .ok();
    // Count the plain server's requests that carried the user: only the second may.
    let with_user = || {
        std::fs::read_to_string(&r.access_log)
            .unwrap_or_default()
            .lines()
            .filter(|l| l.starts_with(&format!("{}|GET /charts/demo-0.1.0.tgz", r.user)))
            .count()
    };
    let before = with_user();
    h.rhelm(&[
        "pull",
        "away/demo",
        "--version",
        "0.1.0",
        "-d",
        h.path("").to_str().unwrap(),
    ])
    .ok();
    assert_eq!(with_user(), before, "credentials went to another host");
    std::fs::remove_file(h.path("demo-0.1.0.tgz")).unwrap();
    h.rhelm(&["pull", "away-pass/demo", "--version", "0.1.0"])
        .ok();
    assert_eq!(
        with_user(),
        before + 1,
        "--pass-credentials did not pass them"
    );
}

#[test]
fn repo_index_matches_helm() {
    let Some(h) = Home::new() else { return };
    let served = std::env::var("RHELM_TEST_REPO_DIR").map(PathBuf::from);
    let Ok(served) = served else { return };
    for tool in ["helm", "rhelm"] {
        let d = h.path(tool);
        std::fs::create_dir_all(d.join("sub")).unwrap();
        for f in ["demo-0.1.0.tgz", "demo-1.1.0-rc.1.tgz", "tested-0.1.0.tgz"] {
            std::fs::copy(served.join(f), d.join(f)).unwrap();
        }
        std::fs::copy(
            served.join("legacy-0.0.1.tgz"),
            d.join("sub/legacy-0.0.1.tgz"),
        )
        .unwrap();
        std::fs::write(d.join("not-a-chart.tgz"), b"junk").unwrap();
    }
    let strip = |p: PathBuf| {
        std::fs::read_to_string(p)
            .unwrap()
            .lines()
            .filter(|l| !l.contains("created") && !l.contains("generated"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for extra in [
        &[][..],
        &["--url", "https://example.invalid/charts"],
        &["--json"],
    ] {
        let hd = h.path("helm").display().to_string();
        let rd = h.path("rhelm").display().to_string();
        h.helm(&[&["repo", "index", hd.as_str()][..], extra].concat())
            .ok();
        h.rhelm(&[&["repo", "index", rd.as_str()][..], extra].concat())
            .ok();
        assert_eq!(
            strip(h.path("rhelm/index.yaml")),
            strip(h.path("helm/index.yaml")),
            "{extra:?}"
        );
    }
    // The index rhelm wrote is one helm serves and reads.
    same(&h, &["template", "x", "demo", "--repo", &h.repos.url]);
}

#[test]
fn search_and_show_print_what_helm_prints() {
    let Some(h) = Home::new() else { return };
    same(&h, &["search", "repo"]);
    h.add_both(false);
    for args in [
        &["search", "repo"][..],
        &["search", "repo", "demo"],
        &["search", "repo", "--devel"],
        &["search", "repo", "-l"],
        &["search", "repo", "demo", "--version", "~0.1"],
        &["search", "repo", "small web", "-o", "json"],
        &["search", "repo", "-l", "-o", "yaml"],
        &["search", "repo", "nothing"],
        &["search", "repo", "nothing", "--fail-on-no-result"],
        &["search", "repo", "de.o", "-r"],
        &["search", "repo", "[", "-r"],
        &["search", "repo", "--max-col-width", "10"],
        &["search", "repo", "--version", "!!"],
    ] {
        same(&h, args);
    }
    // A corrupt cached index: a warning, and the other repository is still searched.
    std::fs::write(h.path("cache/repository/sec-index.yaml"), "entries: {}\n").unwrap();
    let out = same(&h, &["search", "repo", "tested"]);
    assert!(
        out.stderr.contains("repo is corrupt or missing"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains("plain/tested"), "{}", out.stdout);
    for part in ["chart", "values", "readme", "crds", "all"] {
        same(&h, &["show", part, "plain/demo", "--version", "0.1.0"]);
        same(&h, &["show", part, "plain/legacy"]);
    }
    same(&h, &["show", "chart", "plain/nothere"]);
    same(&h, &["inspect", "values", "plain/tested", "--devel"]);
    // `show values --jsonpath`: the parsed values through a k8s JSONPath template.
    let values = "image: {repository: nginx, tag: \"1.2\"}\nreplicas: 3\nratio: 1.5\nbig: 1000000\non: true\nnone: null\nlist:\n- {name: a, port: 80}\n- {name: b, port: 443}\nhtml: \"<a&b>\"\n";
    let dir = h.path("jp");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("Chart.yaml"),
        "apiVersion: v2\nname: jp\nversion: 1.0.0\n",
    )
    .unwrap();
    std::fs::write(dir.join("values.yaml"), values).unwrap();
    for template in [
        "{.image.repository}",
        "{.image}",
        "{.replicas} {.ratio} {.big} {.on} {.none}",
        "{.list[*].name}",
        "{.list}",
        "{.list[-1].port}",
        "{.list[0:1]}",
        "{..name}",
        "{.image['tag']}",
        "{range .list[*]}{.name}={.port}{\"\\n\"}{end}",
        "{.list[?(@.name=='b')].port}",
        "{.list[?(@.port==443)].name}",
        "{.missing}",
        "{end}",
        "{.html} {.list[?(@.name)]}",
        "{",
        "{.list[x]}",
    ] {
        same(&h, &["show", "values", "jp", "--jsonpath", template]);
    }
    // A wildcard over a map: helm walks Go's map in random order; rhelm in key order. The
    // same values either way.
    let words = |r: Run| {
        let mut w: Vec<String> = r.stdout.split_whitespace().map(String::from).collect();
        w.sort();
        (r.status, w, r.stderr)
    };
    let args = ["show", "values", "jp", "--jsonpath", "{.image.*}"];
    let ours = h.rhelm(&args);
    assert_eq!(ours.stdout, "nginx 1.2", "in key order");
    assert_eq!(words(ours), words(h.helm(&args)));
    same(
        &h,
        &[
            "show",
            "values",
            "plain/demo",
            "--version",
            "0.1.0",
            "--jsonpath",
            "{.image}",
        ],
    );
}

#[test]
fn install_and_upgrade_from_a_repository() {
    let Some(h) = Home::new() else { return };
    let Some(env) = common::testenv() else { return };
    h.add_both(false);
    let ns = env.namespace("repo-install");
    let ns = ns.name.as_str();
    h.rhelm(&[
        "install",
        "web",
        "plain/demo",
        "--version",
        "0.1.0",
        "-n",
        ns,
    ])
    .ok();
    h.rhelm(&["upgrade", "web", "sec/demo", "--version", "~0.2", "-n", ns])
        .ok();
    let repo = h.repos.url.clone();
    h.rhelm(&[
        "upgrade",
        "--install",
        "web2",
        "demo",
        "--repo",
        &repo,
        "-n",
        ns,
    ])
    .ok();
    // helm sees the releases with the charts from the repository.
    let list = h.helm(&["list", "-n", ns, "-o", "json"]).ok();
    assert!(
        list.stdout.contains(r#""chart":"demo-0.2.0""#),
        "{}",
        list.stdout
    );
    assert!(
        list.stdout.contains(r#""chart":"demo-1.0.0""#),
        "{}",
        list.stdout
    );
    // The manifest equals helm's rendering of the same chart version.
    let ours = h.helm(&["get", "manifest", "web", "-n", ns]).ok();
    let theirs = h
        .helm(&[
            "template",
            "web",
            "plain/demo",
            "--version",
            "0.2.0",
            "-n",
            ns,
        ])
        .ok();
    let manifests = |s: &str| {
        s.split("\n---")
            .filter(|d| !d.contains("helm.sh/hook"))
            .map(str::trim)
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert!(manifests(&ours.stdout).len() > 2, "{}", ours.stdout);
    assert_eq!(manifests(&ours.stdout), manifests(&theirs.stdout));
    same(&h, &["install", "web3", "plain/nothere", "-n", ns]);
    same(
        &h,
        &["upgrade", "web", "plain/demo", "--version", "9", "-n", ns],
    );
}

/// `-f URL` reads a values file over HTTP as helm's getters do; a missing file and an
/// unreachable server fail with helm's texts.
#[test]
fn values_files_from_urls() {
    let Some(h) = Home::new() else { return };
    let demo = common::demo_chart();
    let demo = demo.to_str().unwrap();
    // The served index is a YAML mapping, so it makes a values file.
    let index = format!("{}/index.yaml", h.repos.url);
    let out = same(&h, &["template", "web", demo, "-f", &index]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    let missing = format!("{}/no-such-values.yaml", h.repos.url);
    let out = same(&h, &["template", "web", demo, "-f", &missing]);
    assert_ne!(out.status, 0);
    same(
        &h,
        &[
            "template",
            "web",
            demo,
            "-f",
            "http://127.0.0.1:1/values.yaml",
        ],
    );
}
