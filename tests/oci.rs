//! OCI registries against the real CNCF distribution registries of the test environment (TLS
//! with htpasswd authentication, and plain HTTP), next to the real helm 4: credentials written
//! by one are used by the other, a chart pushed by one is pulled (same bytes) and rendered by
//! the other, rhelm's manifest digest is helm's, and bad input (wrong password, unknown tag or
//! repository, an untrusted certificate) fails with helm's text, exit 1 and no file left behind.
//! No cluster is needed.

mod common;

use std::path::{Path, PathBuf};

use common::home::HelmHome;
use common::{files_under, oci_registries, unique_name, OciRegistries, Run};

/// A private helm home shared by helm and rhelm in one test; each tool has its own content
/// cache, so rhelm's downloads are its own.
struct Home {
    home: HelmHome,
    reg: OciRegistries,
}

impl Home {
    fn new() -> Option<Home> {
        Some(Home {
            home: HelmHome::new(),
            reg: oci_registries()?,
        })
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.home.path(rel)
    }

    fn ca(&self) -> &str {
        self.reg.ca.to_str().unwrap()
    }

    /// Runs `bin` in the home; `config` names the registry credentials file's folder.
    fn run(&self, bin: &Path, content: &str, config: &str, args: &[&str], stdin: &str) -> Run {
        self.home.run(bin, content, config, args, Some(stdin))
    }

    fn rhelm(&self, args: &[&str]) -> Run {
        let bin = Path::new(env!("CARGO_BIN_EXE_rhelm"));
        self.run(bin, "content-rhelm", "config", args, "")
    }

    fn helm(&self, args: &[&str]) -> Run {
        self.run(&self.reg.helm4.clone(), "content-helm", "config", args, "")
    }

    /// `registry login` to the TLS registry with the password on stdin.
    fn login_args(&self) -> [&str; 8] {
        let r = &self.reg;
        [
            "registry",
            "login",
            r.host.as_str(),
            "-u",
            r.user.as_str(),
            "--password-stdin",
            "--ca-file",
            self.ca(),
        ]
    }

    /// Logs both tools in to the TLS registry (through helm's file, shared by both).
    fn login(&self) {
        let helm = self.reg.helm4.clone();
        self.run(
            &helm,
            "content-helm",
            "config",
            &self.login_args(),
            &self.reg.password,
        )
        .ok();
    }

    /// `helm package` of the demo chart at `version`, with the metadata every annotation
    /// comes from; returns the archive's path.
    fn package(&self, version: &str) -> String {
        let src = self.path(&format!("src-{version}/demo"));
        copy_dir(&common::demo_chart(), &src);
        let chart_yaml = src.join("Chart.yaml");
        let mut text = std::fs::read_to_string(&chart_yaml).unwrap();
        text.push_str(
            "home: https://example.com/demo\nsources:\n- https://example.com/src\n- https://example.com/other\nmaintainers:\n- name: Ann\n  email: ann@example.com\n- name: Bob\nannotations:\n  org.opencontainers.image.title: ignored\n  example.com/team: web\n",
        );
        std::fs::write(&chart_yaml, text).unwrap();
        let dest = self.path("pkg");
        self.helm(&[
            "package",
            src.to_str().unwrap(),
            "--version",
            version,
            "-d",
            dest.to_str().unwrap(),
        ])
        .ok();
        dest.join(format!("demo-{version}.tgz"))
            .to_string_lossy()
            .into_owned()
    }

    /// Logs in, packages the demo chart at `version` and pushes it with helm to a fresh
    /// repository path of the TLS registry; returns the chart's `oci://` reference.
    fn pushed_by_helm(&self, version: &str) -> String {
        self.login();
        let tgz = self.package(version);
        let remote = repo_path(&self.reg.host);
        self.helm(&["push", &tgz, &remote, "--ca-file", self.ca()])
            .ok();
        format!("{remote}/demo")
    }

    /// Every file below `rel` (relative paths, sorted).
    fn files(&self, rel: &str) -> Vec<String> {
        files_under(&self.path(rel))
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        let t = to.join(e.file_name());
        if p.is_dir() {
            copy_dir(&p, &t);
        } else {
            std::fs::copy(&p, &t).unwrap();
        }
    }
}

/// Asserts rhelm and helm give the same exit code, stdout and stderr.
fn same(h: &Home, args: &[&str]) -> Run {
    let helm = h.helm(args);
    let mut rhelm = h.rhelm(args);
    // Usage lines name the binary.
    rhelm.stderr = rhelm
        .stderr
        .replace("\"rhelm ", "\"helm ")
        .replace("Usage:  rhelm ", "Usage:  helm ");
    assert_eq!(
        (rhelm.status, &rhelm.stdout, &rhelm.stderr),
        (helm.status, &helm.stdout, &helm.stderr),
        "rhelm and helm differ for {args:?}"
    );
    rhelm
}

/// A repository path no other test uses.
fn repo_path(host: &str) -> String {
    format!("oci://{host}/{}", unique_name("t").replace('-', ""))
}

#[test]
fn credentials_written_by_one_tool_are_used_by_the_other() {
    let Some(h) = Home::new() else { return };
    let r = h.reg.clone();
    // helm logs in and pushes; rhelm pulls with helm's stored credentials.
    let chart = h.pushed_by_helm("0.1.0");
    let tgz = h.path("pkg/demo-0.1.0.tgz");
    std::fs::create_dir_all(h.path("r")).unwrap();
    let pulled = h
        .rhelm(&["pull", &chart, "--ca-file", h.ca(), "-d", "r"])
        .ok();
    assert!(pulled.stderr.starts_with("Pulled: "), "{}", pulled.stderr);
    assert_eq!(
        std::fs::read(h.path("r/demo-0.1.0.tgz")).unwrap(),
        std::fs::read(&tgz).unwrap()
    );
    // rhelm logs out: helm's file says so, and neither tool gets in any more.
    let out = same(&h, &["registry", "logout", &r.host]);
    assert_eq!(
        out.stderr,
        format!("Removing login credentials for {}\n", r.host)
    );
    assert_eq!(
        std::fs::read_to_string(h.path("config/registry/config.json")).unwrap(),
        "{\n\t\"auths\": {}\n}"
    );
    let denied = same(
        &h,
        &["pull", &chart, "--version", "0.1.0", "--ca-file", h.ca()],
    );
    assert_eq!(denied.status, 1);
    assert!(
        denied.stderr.contains("basic credential not found"),
        "{}",
        denied.stderr
    );
    // rhelm logs in: its file is byte for byte helm's, and helm pulls with it.
    let args = h.login_args();
    let bin = Path::new(env!("CARGO_BIN_EXE_rhelm"));
    let ours = h.run(bin, "content-rhelm", "config-rhelm", &args, &r.password);
    let theirs = h.run(&r.helm4, "content-helm", "config-helm", &args, &r.password);
    assert_eq!(
        (ours.status, &ours.stderr),
        (0, &"Login Succeeded\n".to_string())
    );
    assert_eq!((theirs.status, &theirs.stderr), (ours.status, &ours.stderr));
    let file = |d: &str| std::fs::read(h.path(&format!("{d}/registry/config.json"))).unwrap();
    assert_eq!(file("config-rhelm"), file("config-helm"));
    std::fs::create_dir_all(h.path("h")).unwrap();
    h.run(
        &r.helm4,
        "content-helm",
        "config-rhelm",
        &["pull", &chart, "--ca-file", h.ca(), "-d", "h"],
        "",
    )
    .ok();
    assert!(h.path("h/demo-0.1.0.tgz").is_file());
    // A wrong password: helm's text, and nothing stored.
    let bad = [
        "registry",
        "login",
        &r.host,
        "-u",
        &r.user,
        "-p",
        "wrong",
        "--ca-file",
        h.ca(),
    ];
    let before = std::fs::read(h.path("config/registry/config.json")).unwrap();
    let out = same(&h, &bad);
    assert_eq!(out.status, 1);
    assert!(
        out.stderr.contains("response status code 401"),
        "{}",
        out.stderr
    );
    assert_eq!(
        std::fs::read(h.path("config/registry/config.json")).unwrap(),
        before
    );
}

#[test]
fn a_chart_pushed_by_helm_is_pulled_and_rendered_by_rhelm() {
    let Some(h) = Home::new() else { return };
    let r = h.reg.clone();
    h.login();
    let mut pushed = Vec::new();
    for v in ["0.1.0", "0.2.0", "1.0.0+build.1", "1.1.0-rc.1"] {
        let tgz = h.package(v);
        pushed.push(tgz);
    }
    let remote = repo_path(&r.host);
    for tgz in &pushed {
        h.helm(&["push", tgz, &remote, "--ca-file", h.ca()]).ok();
    }
    let chart = format!("{remote}/demo");
    let ca = ["--ca-file", h.ca()];
    // Versions: exact, a range over the tag list, the newest stable, devel, a `+` version.
    for extra in [
        &["--version", "0.1.0"][..],
        &["--version", "~0.2"],
        &[],
        &["--devel"],
        &["--version", "1.0.0+build.1"],
    ] {
        let mut args = vec!["template", "x", chart.as_str()];
        args.extend_from_slice(&ca);
        args.extend_from_slice(extra);
        let out = same(&h, &args);
        assert_eq!(out.status, 0, "{args:?}: {}", out.stderr);
        assert!(out.stdout.contains("# Source: demo/"), "{}", out.stdout);
    }
    // pull: the same files and lines as helm's (each into its own folder).
    std::fs::create_dir_all(h.path("r")).unwrap();
    std::fs::create_dir_all(h.path("h")).unwrap();
    let pull = |d: &str, version: &str| {
        vec![
            "pull".to_string(),
            chart.clone(),
            "--version".into(),
            version.into(),
            "--ca-file".into(),
            h.ca().into(),
            "-d".into(),
            d.into(),
        ]
    };
    for v in ["0.2.0", "1.0.0+build.1"] {
        let ours = h.rhelm(&pull("r", v).iter().map(String::as_str).collect::<Vec<_>>());
        let theirs = h.helm(&pull("h", v).iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!((ours.status, &ours.stderr), (theirs.status, &theirs.stderr));
    }
    assert_eq!(h.files("r"), h.files("h"));
    assert_eq!(h.files("r"), ["demo-0.2.0.tgz", "demo-1.0.0+build.1.tgz"]);
    for f in h.files("r") {
        assert_eq!(
            std::fs::read(h.path(&format!("r/{f}"))).unwrap(),
            std::fs::read(h.path(&format!("pkg/{f}"))).unwrap(),
            "{f}"
        );
    }
    // By digest: the manifest digest helm printed.
    let ours = h.rhelm(
        &pull("r", "0.1.0")
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    let digest = ours
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("Digest: "))
        .expect("a Digest: line")
        .to_string();
    let by_digest = format!("{chart}@{digest}");
    let out = same(&h, &["template", "x", &by_digest, "--ca-file", h.ca()]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    let out = same(
        &h,
        &[
            "show",
            "chart",
            &by_digest,
            "--version",
            "0.2.0",
            "--ca-file",
            h.ca(),
        ],
    );
    assert_eq!(out.status, 1);
    // rhelm's content cache holds each chart under its layer digest (= the archive's sha256).
    let cached = h.files("content-rhelm");
    for v in ["0.1.0", "0.2.0"] {
        let data = std::fs::read(h.path(&format!("pkg/demo-{v}.tgz"))).unwrap();
        let hex = rhelm::chart::repo::sha256_hex(&data);
        assert!(
            cached.contains(&format!("{}/{hex}.chart", &hex[..2])),
            "{v} not cached: {cached:?}"
        );
    }
    // The plain-HTTP registry, with --plain-http.
    let plain = repo_path(&r.plain_host);
    h.helm(&["push", &pushed[0], &plain, "--plain-http"]).ok();
    let out = same(
        &h,
        &["template", "x", &format!("{plain}/demo"), "--plain-http"],
    );
    assert_eq!(out.status, 0, "{}", out.stderr);
}

#[test]
fn a_chart_pushed_by_rhelm_is_helms_manifest_and_pulled_by_helm() {
    let Some(h) = Home::new() else { return };
    let r = h.reg.clone();
    h.login();
    for version in ["0.3.0", "0.4.0+build.7"] {
        let tgz = h.package(version);
        if version == "0.3.0" {
            // A provenance file beside the archive is pushed as its own layer.
            std::fs::write(format!("{tgz}.prov"), "not checked on push\n").unwrap();
        }
        let (a, b) = (repo_path(&r.host), repo_path(&r.host));
        let ours = h.rhelm(&["push", &tgz, &a, "--ca-file", h.ca()]);
        let theirs = h.helm(&["push", &tgz, &b, "--ca-file", h.ca()]);
        assert_eq!(ours.status, 0, "{}", ours.stderr);
        // The same lines but for the repository path; the same manifest digest.
        let strip = |s: &str, p: &str| s.replace(p.trim_start_matches("oci://"), "REPO");
        assert_eq!(strip(&ours.stderr, &a), strip(&theirs.stderr, &b));
        assert!(ours.stderr.contains("Digest: sha256:"), "{}", ours.stderr);
        // helm pulls rhelm's push: the archive, byte for byte.
        let dest = format!("h-{version}");
        std::fs::create_dir_all(h.path(&dest)).unwrap();
        let pulled = h.helm(&[
            "pull",
            &format!("{a}/demo"),
            "--ca-file",
            h.ca(),
            "-d",
            &dest,
        ]);
        assert_eq!(pulled.status, 0, "{}", pulled.stderr);
        let name = format!("demo-{version}.tgz");
        assert_eq!(
            std::fs::read(h.path(&format!("{dest}/{name}"))).unwrap(),
            std::fs::read(&tgz).unwrap()
        );
    }
    // Helm's refusals, word for word.
    std::fs::create_dir_all(h.path("dir")).unwrap();
    let tgz = h.path("pkg/demo-0.3.0.tgz");
    let tgz = tgz.to_str().unwrap();
    for args in [
        &["push", "dir", "oci://127.0.0.1:1/x"][..],
        &["push", "missing.tgz", "oci://127.0.0.1:1/x"],
        &["push", tgz, "x/y"],
        &["push", tgz, "127.0.0.1:5000/y"],
        &["push", tgz],
    ] {
        let out = same(&h, args);
        assert_eq!(out.status, 1, "{args:?}");
    }
    // Without a TLS setting the test CA is not trusted.
    let out = same(&h, &["push", tgz, &repo_path(&r.host)]);
    assert!(
        out.stderr
            .contains("x509: certificate signed by unknown authority"),
        "{}",
        out.stderr
    );
}

#[test]
fn bad_references_and_credentials_fail_like_helm_and_leave_nothing() {
    let Some(h) = Home::new() else { return };
    let r = h.reg.clone();
    let chart = h.pushed_by_helm("0.1.0");
    let unknown = format!("{}/nope", chart.trim_end_matches("/demo"));
    let plain = format!("oci://{}/x/demo", r.plain_host);
    let tagged = format!("{chart}:0.1.0");
    std::fs::create_dir_all(h.path("out")).unwrap();
    let cases: Vec<Vec<&str>> = vec![
        // Wrong password given on the command line.
        vec![
            "pull",
            &chart,
            "--version",
            "0.1.0",
            "--ca-file",
            h.ca(),
            "--username",
            &r.user,
            "--password",
            "wrong",
            "-d",
            "out",
        ],
        // Unknown tag, unknown repository (by tag list and by tag), bad constraint.
        vec![
            "pull",
            &chart,
            "--version",
            "9.9.9",
            "--ca-file",
            h.ca(),
            "-d",
            "out",
        ],
        vec!["pull", &unknown, "--ca-file", h.ca(), "-d", "out"],
        vec![
            "template",
            "x",
            &unknown,
            "--version",
            "1.0.0",
            "--ca-file",
            h.ca(),
        ],
        vec![
            "template",
            "x",
            &chart,
            "--version",
            "^7",
            "--ca-file",
            h.ca(),
        ],
        // The test CA is not trusted without --ca-file.
        vec!["pull", &chart, "--version", "0.1.0", "-d", "out"],
        vec!["template", "x", &chart],
        // A plain-HTTP registry spoken to over HTTPS.
        vec!["show", "chart", &plain],
        // A reference that does not parse, a tag that disagrees with --version.
        vec!["template", "x", "oci://127.0.0.1:1/Bad/demo"],
        vec!["template", "x", "oci://127.0.0.1:1/x/demo@sha256:00"],
        // A CA file that does not exist.
        vec!["template", "x", &chart, "--ca-file", "/nonexistent/ca.crt"],
        vec!["template", "x", &tagged, "--version", "0.2.0"],
    ];
    for args in &cases {
        let out = same(&h, args);
        assert_eq!(out.status, 1, "{args:?}");
        assert!(
            out.stderr.starts_with("Error: "),
            "{args:?}: {}",
            out.stderr
        );
    }
    assert_eq!(h.files("out"), Vec::<String>::new());
    assert_eq!(h.files("content-rhelm"), Vec::<String>::new());
}

#[test]
fn install_upgrade_and_diff_from_a_registry() {
    let Some(h) = Home::new() else { return };
    let Some(env) = common::testenv() else { return };
    let r = h.reg.clone();
    h.login();
    let remote = repo_path(&r.host);
    for v in ["0.1.0", "0.2.0"] {
        let tgz = h.package(v);
        h.rhelm(&["push", &tgz, &remote, "--ca-file", h.ca()]).ok();
    }
    let chart = format!("{remote}/demo");
    let ns = env.namespace("oci-install");
    let ns = ns.name.as_str();
    let ca = h.ca();
    h.rhelm(&[
        "install",
        "web",
        &chart,
        "--version",
        "0.1.0",
        "--ca-file",
        ca,
        "-n",
        ns,
    ])
    .ok();
    // What an upgrade to the newest 0.2.x would change, then the upgrade itself.
    let diff = h.rhelm(&[
        "diff",
        "upgrade",
        "web",
        &chart,
        "--version",
        "~0.2",
        "--ca-file",
        ca,
        "-n",
        ns,
        "--set",
        "message=changed",
    ]);
    assert_eq!(diff.status, 0, "{}", diff.stderr);
    assert!(diff.stderr.contains("/demo:0.2.0\n"), "{}", diff.stderr);
    assert!(diff.stdout.contains("changed"), "{}", diff.stdout);
    h.rhelm(&[
        "upgrade",
        "web",
        &chart,
        "--version",
        "~0.2",
        "--ca-file",
        ca,
        "-n",
        ns,
    ])
    .ok();
    // helm sees the release with the chart from the registry, rendered as helm renders it.
    let list = h.helm(&["list", "-n", ns, "-o", "json"]).ok();
    assert!(
        list.stdout.contains(r#""chart":"demo-0.2.0""#),
        "{}",
        list.stdout
    );
    let ours = h.helm(&["get", "manifest", "web", "-n", ns]).ok();
    let theirs = h
        .helm(&[
            "template",
            "web",
            &chart,
            "--version",
            "0.2.0",
            "--ca-file",
            ca,
            "-n",
            ns,
        ])
        .ok();
    let manifests = |s: &str| {
        s.split("\n---")
            .filter(|d| !d.contains("helm.sh/hook"))
            .map(|d| d.trim().to_string())
            .collect::<Vec<_>>()
    };
    assert!(manifests(&ours.stdout).len() > 2, "{}", ours.stdout);
    assert_eq!(manifests(&ours.stdout), manifests(&theirs.stdout));
    // An unknown version fails as helm's does.
    let out = same(
        &h,
        &[
            "upgrade",
            "web",
            &chart,
            "--version",
            "9.9.9",
            "--ca-file",
            ca,
            "-n",
            ns,
        ],
    );
    assert_eq!(out.status, 1);
}

#[test]
fn credential_helpers_answer_for_both_tools() {
    let Some(h) = Home::new() else { return };
    let r = h.reg.clone();
    let chart = h.pushed_by_helm("0.1.0");
    // A fake `docker-credential-fake` on PATH answering for the TLS registry only, and a
    // registry config that names it for that host (credHelpers) or for every host
    // (credsStore); a wrong answer shows the helper is asked.
    let bin = h.path("helper-bin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = bin.join("docker-credential-fake");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\n[ \"$1\" = get ] || exit 1\nread -r host\nif [ \"$host\" = \"{}\" ]; then\n  printf '{{\"ServerURL\":\"%s\",\"Username\":\"{}\",\"Secret\":\"%s\"}}' \"$host\" \"$(cat {})\"\nelse\n  echo 'credentials not found in native keychain'; exit 1\nfi\n",
            r.host,
            r.user,
            h.path("secret").display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let pull = |tool: &Path, config: &str, dest: &str| {
        std::fs::create_dir_all(h.path(dest)).unwrap();
        let args = [
            "pull",
            chart.as_str(),
            "--version",
            "0.1.0",
            "--ca-file",
            h.ca(),
            "-d",
            dest,
        ];
        let mut c = h
            .home
            .command(tool, &format!("content-{dest}"), config, &args);
        c.env("PATH", &path);
        Run::piped(&mut c, None, dest)
    };
    let rhelm = Path::new(env!("CARGO_BIN_EXE_rhelm")).to_path_buf();
    for (config, json) in [
        (
            "helpers",
            format!(r#"{{"credHelpers":{{"{}":"fake"}}}}"#, r.host),
        ),
        ("store", r#"{"credsStore":"fake"}"#.to_string()),
    ] {
        std::fs::create_dir_all(h.path(&format!("{config}/registry"))).unwrap();
        std::fs::write(h.path(&format!("{config}/registry/config.json")), json).unwrap();
        for (secret, ok) in [(r.password.as_str(), true), ("wrong", false)] {
            std::fs::write(h.path("secret"), secret).unwrap();
            let helm = pull(&r.helm4, config, &format!("h-{config}-{ok}"));
            let ours = pull(&rhelm, config, &format!("r-{config}-{ok}"));
            assert_eq!(helm.status, if ok { 0 } else { 1 }, "{}", helm.stderr);
            assert_eq!(ours.status, helm.status, "{config}: {}", ours.stderr);
            assert_eq!(
                h.files(&format!("r-{config}-{ok}")),
                h.files(&format!("h-{config}-{ok}"))
            );
        }
    }
}
