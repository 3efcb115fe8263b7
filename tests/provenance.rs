//! Provenance checks (`--verify`, `--keyring`, `pull --prov`, `dependency build|update
//! --verify`) next to the real helm 4, on charts signed by `helm package --sign` (the test
//! environment's `signed` repository: demo 0.3.0 signed, 0.4.0 changed after signing, 0.5.0
//! unsigned) served over HTTP and pushed to the plain OCI registry: the same stdout, stderr
//! and exit code; a tampered archive, a wrong key and a missing provenance file are refused
//! with helm's texts, and rhelm writes nothing then. No cluster is needed.

mod common;

use std::path::PathBuf;

use common::twin::{run_difference, Trees};
use common::{chart_repos, finish, Run, Tool};

/// One helm home and work folder per tool ([`Trees`]), and the keyrings.
struct Env {
    trees: Trees,
    /// `http://…/signed`.
    signed_url: String,
    /// The signer's public keyring, and another key's.
    pubring: String,
    other: String,
    /// The repository's folder (signed archives are copied from it).
    signed_dir: PathBuf,
}

impl std::ops::Deref for Env {
    type Target = Trees;

    fn deref(&self) -> &Trees {
        &self.trees
    }
}

impl Env {
    fn new() -> Option<Env> {
        let repos = chart_repos()?;
        let repo_dir = PathBuf::from(std::env::var("RHELM_TEST_REPO_DIR").ok()?);
        let root = repo_dir.parent()?.to_path_buf();
        let signed_url = format!("{}/signed", repos.url.trim_end_matches("/charts"));
        let keys = root.join("keys");
        let e = Env {
            trees: Trees::new(&repos.helm4),
            signed_url,
            pubring: keys.join("pubring.gpg").to_string_lossy().into_owned(),
            other: keys.join("other.gpg").to_string_lossy().into_owned(),
            signed_dir: root.join("signed"),
        };
        for tool in [Tool::Helm, Tool::Rhelm] {
            let url = e.signed_url.clone();
            e.run(tool, "", &["repo", "add", "signed", &url]).ok();
        }
        Some(e)
    }

    /// Copies a file of the signed repository into both work folders.
    fn copy_in(&self, name: &str, to: &str) {
        for tool in [Tool::Helm, Tool::Rhelm] {
            let dest = self.tree(tool).join(to);
            std::fs::create_dir_all(&dest).unwrap();
            std::fs::copy(self.signed_dir.join(name), dest.join(name)).unwrap();
        }
    }

    /// The files of a folder of one tool's work tree (sorted names).
    fn files(&self, tool: Tool, rel: &str) -> Vec<String> {
        common::files_under(&self.tree(tool).join(rel))
    }

    /// Runs `args` with both tools; returns the differences of exit code, stdout and stderr
    /// (and of the files under `rel` when `files` is set), and rhelm's run.
    fn compare(&self, args: &[&str], rel: &str, files: bool, problems: &mut Vec<String>) -> Run {
        // `pull -d` wants an existing folder.
        for tool in [Tool::Helm, Tool::Rhelm] {
            std::fs::create_dir_all(self.tree(tool).join(rel)).unwrap();
        }
        let (h, r) = self.both("", args);
        problems.extend(run_difference(&args.join(" "), &h, &r));
        if files {
            let (hf, rf) = (self.files(Tool::Helm, rel), self.files(Tool::Rhelm, rel));
            if hf != rf {
                let what = args.join(" ");
                problems.push(format!("{what}: files differ: helm {hf:?}, rhelm {rf:?}"));
            }
        }
        r
    }

    /// Like [`Env::compare`] for a refusal: exit 1 and helm's stderr, and rhelm leaves
    /// `rel` empty (helm itself writes the archive before checking it).
    fn refused(&self, args: &[&str], rel: &str, text: &str, problems: &mut Vec<String>) {
        for tool in [Tool::Helm, Tool::Rhelm] {
            let _ = std::fs::remove_dir_all(self.tree(tool).join(rel));
            std::fs::create_dir_all(self.tree(tool).join(rel)).unwrap();
        }
        let r = self.compare(args, rel, false, problems);
        if r.status != 1 || !r.stderr.contains(text) {
            problems.push(format!(
                "{}: want exit 1 and {text:?}, got exit {}: {}",
                args.join(" "),
                r.status,
                r.stderr
            ));
        }
        let left = self.files(Tool::Rhelm, rel);
        if !left.is_empty() {
            problems.push(format!("{}: rhelm left {left:?}", args.join(" ")));
        }
    }
}

/// A command line split at spaces (the paths in these tests have none).
fn argv(line: &str) -> Vec<&str> {
    line.split(' ').collect()
}

#[test]
fn pull_verify_and_prov_from_a_repository_match_helm4() {
    let Some(e) = Env::new() else { return };
    let (pubring, other) = (e.pubring.clone(), e.other.clone());
    let mut p = Vec::new();
    // Verified: the report on stdout, the archive and its provenance file saved.
    let r = e.compare(
        &argv(&format!(
            "pull signed/demo --version 0.3.0 --verify --keyring {pubring} -d ok"
        )),
        "ok",
        false,
        &mut p,
    );
    assert!(
        r.stdout.starts_with(
            "Signed by: helm test signer <signer@example.com>\nUsing Key With Fingerprint: "
        ),
        "{}{}",
        r.stdout,
        r.stderr
    );
    assert!(
        r.stdout.contains("Chart Hash Verified: sha256:"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    for tool in [Tool::Helm, Tool::Rhelm] {
        assert_eq!(
            e.files(tool, "ok"),
            ["demo-0.3.0.tgz", "demo-0.3.0.tgz.prov"]
        );
    }
    // The same by --repo URL, and expanded with --untar (no provenance file kept); --prov:
    // the provenance file fetched and not checked, a missing one a warning on stdout.
    let url = &e.signed_url;
    for (line, dir, stdout_starts) in [
        (
            format!("pull demo --repo {url} --version 0.3.0 --verify --keyring {pubring} -d byurl"),
            "byurl",
            "",
        ),
        (
            format!(
                "pull signed/demo --version 0.3.0 --verify --keyring {pubring} --untar -d untar"
            ),
            "untar",
            "",
        ),
        (
            "pull signed/demo --version 0.4.0 --prov -d prov".into(),
            "prov",
            "",
        ),
        (
            "pull signed/demo --version 0.5.0 --prov -d noprov".into(),
            "noprov",
            "WARNING: Verification not found for ",
        ),
    ] {
        let r = e.compare(&argv(&line), dir, true, &mut p);
        if !r.stdout.starts_with(stdout_starts) {
            p.push(format!(
                "{line}: stdout does not start with {stdout_starts:?}: {}",
                r.stdout
            ));
        }
    }
    // Refusals: a changed archive, another key, no provenance file, no keyring.
    for (line, text) in [
        (
            format!("pull signed/demo --version 0.4.0 --verify --keyring {pubring} -d bad"),
            "Error: sha256 sum does not match for demo-0.4.0.tgz: \"sha256:",
        ),
        (
            format!("pull signed/demo --version 0.3.0 --verify --keyring {other} -d bad"),
            "Error: openpgp: signature made by unknown entity\n",
        ),
        (
            format!("pull signed/demo --version 0.5.0 --verify --keyring {pubring} -d bad"),
            "Error: failed to fetch provenance \"http://",
        ),
        (
            "pull signed/demo --version 0.3.0 --verify -d bad".into(),
            "Error: failed to load keyring: open HOME/.gnupg/pubring.gpg: no such file or directory\n",
        ),
    ] {
        e.refused(&argv(&line), "bad", text, &mut p);
    }
    finish(p);
}

#[test]
fn template_and_install_verify_local_and_repository_charts_like_helm4() {
    let Some(e) = Env::new() else { return };
    let (pubring, other) = (e.pubring.clone(), e.other.clone());
    e.copy_in("demo-0.3.0.tgz", "local");
    e.copy_in("demo-0.3.0.tgz.prov", "local");
    e.copy_in("demo-0.4.0.tgz", "local");
    e.copy_in("demo-0.4.0.tgz.prov", "local");
    e.copy_in("demo-0.5.0.tgz", "local");
    let mut p = Vec::new();
    // Verified: rendered (or installed as a dry run) as helm does.
    for line in [
        format!("template x signed/demo --version 0.3.0 --verify --keyring {pubring}"),
        format!("template x local/demo-0.3.0.tgz --verify --keyring {pubring}"),
        format!("show chart local/demo-0.3.0.tgz --verify --keyring {pubring}"),
        format!("install x signed/demo --version 0.3.0 --verify --keyring {pubring} --dry-run=client --namespace default"),
    ] {
        let ok = e.compare(&argv(&line), "", false, &mut p);
        assert_eq!(ok.status, 0, "{line}: {}", ok.stderr);
        assert!(ok.stdout.contains("name: demo"), "{line}: {}", ok.stdout);
    }
    for (args, text) in [
        (vec!["template", "x", "local/demo-0.4.0.tgz"], "sha256 sum does not match for demo-0.4.0.tgz"),
        (vec!["template", "x", "signed/demo", "--version", "0.4.0"], "sha256 sum does not match"),
        (vec!["template", "x", "local/demo-0.5.0.tgz"], "could not load provenance file WORK/local/demo-0.5.0.tgz.prov: stat WORK/local/demo-0.5.0.tgz.prov: no such file or directory"),
        (vec!["template", "x", "signed/demo", "--version", "0.5.0"], "failed to fetch provenance"),
        (vec!["install", "x", "signed/demo", "--version", "0.4.0", "--dry-run=client"], "sha256 sum does not match"),
        (vec!["upgrade", "x", "local/demo-0.4.0.tgz", "--install", "--dry-run=client"], "sha256 sum does not match"),
        (vec!["template", "x", "local"], "unpacked charts cannot be verified"),
    ] {
        let mut args = args.clone();
        args.extend(["--verify", "--keyring", &pubring]);
        let r = e.compare(&args, "", false, &mut p);
        if r.status != 1 || !r.stderr.contains(text) {
            p.push(format!("{args:?}: want {text:?}: {}", r.stderr));
        }
    }
    let r = e.compare(
        &argv(&format!(
            "template x local/demo-0.3.0.tgz --verify --keyring {other}"
        )),
        "",
        false,
        &mut p,
    );
    assert_eq!(
        r.stderr,
        "Error: openpgp: signature made by unknown entity\n"
    );
    // `verify PATH`: the same report, and the same refusals.
    let r = e.compare(
        &["verify", "local/demo-0.3.0.tgz", "--keyring", &pubring],
        "",
        false,
        &mut p,
    );
    assert!(
        r.stdout.contains("Chart Hash Verified: sha256:"),
        "{}",
        r.stderr
    );
    for args in [
        vec!["verify", "local/demo-0.4.0.tgz", "--keyring", &pubring],
        vec!["verify", "local/demo-0.3.0.tgz", "--keyring", &other],
        vec!["verify", "local/demo-0.5.0.tgz", "--keyring", &pubring],
        vec!["verify", "local/demo-0.3.0.tgz"],
        vec!["verify", "local", "--keyring", &pubring],
        vec!["verify"],
    ] {
        let r = e.compare(&args, "", false, &mut p);
        assert_eq!(r.status, 1, "{args:?}");
    }
    // A provenance file whose signature no longer matches its text.
    for tool in [Tool::Helm, Tool::Rhelm] {
        let prov = e.tree(tool).join("local/demo-0.3.0.tgz.prov");
        let text = std::fs::read_to_string(&prov).unwrap();
        std::fs::write(&prov, text.replacen("name: demo", "name: demx", 1)).unwrap();
    }
    let r = e.compare(
        &argv(&format!(
            "template x local/demo-0.3.0.tgz --verify --keyring {pubring}"
        )),
        "",
        false,
        &mut p,
    );
    assert_eq!(
        r.stderr,
        "Error: openpgp: invalid signature: RSA verification failure\n"
    );
    finish(p);
}

#[test]
fn verify_charts_in_an_oci_registry_like_helm4() {
    let Some(e) = Env::new() else { return };
    let Some(reg) = common::oci_registries() else {
        return;
    };
    let pubring = e.pubring.clone();
    let repo = format!(
        "oci://{}/{}",
        reg.plain_host,
        common::unique_name("prov").replace('-', "")
    );
    // helm pushes the signed archive with its provenance file beside it, and an unsigned one.
    e.copy_in("demo-0.3.0.tgz", "push");
    e.copy_in("demo-0.3.0.tgz.prov", "push");
    e.copy_in("demo-0.5.0.tgz", "push");
    for v in ["0.3.0", "0.5.0"] {
        let tgz = format!("push/demo-{v}.tgz");
        let r = e.run(Tool::Helm, "", &["push", &tgz, &repo, "--plain-http"]);
        assert_eq!(r.status, 0, "{}", r.stderr);
    }
    let chart = format!("{repo}/demo");
    let mut p = Vec::new();
    let r = e.compare(
        &argv(&format!(
            "pull {chart} --version 0.3.0 --verify --keyring {pubring} --plain-http -d oci"
        )),
        "oci",
        true,
        &mut p,
    );
    assert!(
        r.stdout.contains("Chart Hash Verified: sha256:"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    e.compare(
        &argv(&format!(
            "template x {chart} --version 0.3.0 --verify --keyring {pubring} --plain-http"
        )),
        "",
        false,
        &mut p,
    );
    e.refused(
        &argv(&format!(
            "pull {chart} --version 0.5.0 --verify --keyring {pubring} --plain-http -d bad"
        )),
        "bad",
        "Error: failed to fetch provenance \"oci://",
        &mut p,
    );
    e.refused(
        &argv(&format!(
            "pull {chart} --version 0.3.0 --verify --keyring {} --plain-http -d bad",
            e.other
        )),
        "bad",
        "Error: openpgp: signature made by unknown entity\n",
        &mut p,
    );
    finish(p);
}

#[test]
fn dependency_verify_matches_helm4() {
    let Some(e) = Env::new() else { return };
    let pubring = e.pubring.clone();
    let url = e.signed_url.clone();
    let write_parent = |rel: &str, version: &str| {
        for tool in [Tool::Helm, Tool::Rhelm] {
            let _ = std::fs::remove_dir_all(e.tree(tool).join(rel));
        }
        e.write(
            rel,
            &[(
                "Chart.yaml",
                format!("apiVersion: v2\nname: {rel}\nversion: 1.0.0\ndependencies:\n- name: demo\n  version: {version}\n  repository: {url}\n"),
            )],
        );
    };
    let mut p = Vec::new();
    let state = |e: &Env, tool: Tool, rel: &str| e.files(tool, &format!("{rel}/charts"));
    // Signed: both commands check it and keep only the archive in charts/.
    write_parent("good", "0.3.0");
    for cmd in ["update", "build"] {
        let r = e.compare(
            &["dependency", cmd, "good", "--verify", "--keyring", &pubring],
            "good/charts",
            true,
            &mut p,
        );
        assert_eq!(r.status, 0, "{}", r.stderr);
        assert_eq!(state(&e, Tool::Rhelm, "good"), ["demo-0.3.0.tgz"]);
    }
    // Unsigned: update refuses it; build warns and takes it.
    write_parent("unsigned", "0.5.0");
    let r = e.compare(
        &argv(&format!(
            "dependency update unsigned --verify --keyring {pubring}"
        )),
        "unsigned",
        true,
        &mut p,
    );
    assert_eq!(r.status, 1, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("Save error occurred:  could not download"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    // With a lock (made without --verify), build takes it with helm's warning.
    for tool in [Tool::Helm, Tool::Rhelm] {
        let r = e.run(tool, "", &["dependency", "update", "unsigned"]);
        assert_eq!(r.status, 0, "{}", r.stderr);
        std::fs::remove_dir_all(e.tree(tool).join("unsigned/charts")).unwrap();
    }
    let r = e.compare(
        &argv(&format!(
            "dependency build unsigned --verify --keyring {pubring}"
        )),
        "unsigned",
        true,
        &mut p,
    );
    assert!(
        r.stdout.contains("WARNING: Verification not found for "),
        "{}{}",
        r.stdout,
        r.stderr
    );
    assert_eq!(state(&e, Tool::Rhelm, "unsigned"), ["demo-0.5.0.tgz"]);
    // Tampered: refused by both commands, nothing kept.
    write_parent("tampered", "0.4.0");
    let r = e.compare(
        &argv(&format!(
            "dependency update tampered --verify --keyring {pubring}"
        )),
        "tampered",
        true,
        &mut p,
    );
    assert!(
        r.stdout.contains("sha256 sum does not match"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    assert!(state(&e, Tool::Rhelm, "tampered").is_empty());
    finish(p);
}
