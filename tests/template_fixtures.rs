//! `rhelm template` against outputs of the real helm 4.1.4 stored under
//! tests/fixtures/template: `<case>.out` (standard output), `<case>.err` (standard error,
//! when helm printed any: warnings of successful runs, or the logged lines and the error of
//! failures) and `<case>.rc` (the exit code of failures). Standard error must match exactly
//! (a missing `.err` means it must be empty); failures only compare it, not standard output.
//!
//! `cases.txt` lists each case as `name | arguments`; `CHART` stands for the fixture chart
//! `fx`. Every other chart, values file or `--set-file` file is named by its path relative
//! to tests/fixtures/template, where both binaries run. Arguments split on whitespace,
//! except inside single quotes (`'a b'` is one argument, quotes removed); `<path` feeds
//! that file to the command's standard input (for `-f -`). `$HELM_PLUGINS` is the folder
//! `plugins` there, for the `--post-renderer` cases.
//! When helm 4 is available (`$RHELM_HELM4`, or the test environment's copy) a second test
//! checks that the stored outputs are still what helm prints.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Case {
    name: String,
    args: Vec<String>,
    stdin: Option<PathBuf>,
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/template")
}

/// Splits a case's arguments: whitespace separates them, single quotes group.
fn split_args(text: &str) -> Vec<String> {
    let mut args = Vec::new();
    let mut cur: Option<String> = None;
    let mut quoted = false;
    for ch in text.chars() {
        match ch {
            '\'' => {
                quoted = !quoted;
                cur.get_or_insert_with(String::new);
            }
            c if c.is_whitespace() && !quoted => {
                if let Some(a) = cur.take() {
                    args.push(a);
                }
            }
            c => cur.get_or_insert_with(String::new).push(c),
        }
    }
    assert!(!quoted, "unbalanced quote in {text:?}");
    args.extend(cur);
    args
}

fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(fixtures().join("cases.txt")).expect("cases.txt");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, args) = l.split_once('|').expect("name | args");
            let mut stdin = None;
            let args = split_args(args)
                .into_iter()
                .filter_map(|a| {
                    if a == "CHART" {
                        Some("fx".to_string())
                    } else if let Some(path) = a.strip_prefix('<') {
                        stdin = Some(fixtures().join(path));
                        None
                    } else {
                        Some(a)
                    }
                })
                .collect();
            Case {
                name: name.trim().to_string(),
                args,
                stdin,
            }
        })
        .collect()
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
    /// The bytes as printed, which regeneration stores.
    raw: std::process::Output,
}

/// Output as text to compare: UTF-8 as it is, anything else with every byte that is not
/// printable ASCII escaped (`\x80`), so bytes that are not UTF-8 are compared exactly.
fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| e.into_bytes().escape_ascii().to_string())
}

fn run(program: &Path, args: &[String], stdin: Option<&Path>) -> Run {
    let input = match stdin {
        Some(p) => Stdio::from(std::fs::File::open(p).expect("stdin file")),
        None => Stdio::null(),
    };
    let out = Command::new(program)
        .arg("template")
        .args(args)
        .current_dir(fixtures())
        .env("TZ", "UTC")
        .env("KUBECONFIG", "/nonexistent/kubeconfig")
        // --post-renderer plugins of the cases.
        .env("HELM_PLUGINS", fixtures().join("plugins"))
        .env_remove("HELM_NAMESPACE")
        .env_remove("HELM_DEBUG")
        .stdin(input)
        .output()
        .expect("run");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: text(out.stdout.clone()),
        stderr: text(out.stderr.clone()),
        raw: out,
    }
}

struct Expected {
    stdout: String,
    stderr: String,
    fails: bool,
}

fn expected(name: &str) -> Expected {
    let dir = fixtures();
    let read = |ext: &str| {
        std::fs::read(dir.join(format!("{name}.{ext}")))
            .ok()
            .map(text)
    };
    Expected {
        stdout: read("out").unwrap_or_default(),
        stderr: read("err").unwrap_or_default(),
        fails: read("rc").is_some(),
    }
}

fn stderr_differs(name: &str, want: &str, got: &str) -> String {
    format!("{name}: stderr differs\n--- want\n{want}\n--- got\n{got}")
}

fn check(program: &Path, c: &Case) -> Result<(), String> {
    let got = run(program, &c.args, c.stdin.as_deref());
    let want = expected(&c.name);
    if want.fails {
        if got.code == 0 {
            return Err(format!("{}: expected an error, exited 0", c.name));
        }
        // Trailing whitespace aside: the error is printed with a final newline or not.
        if !same_stderr(&got.stderr, &want.stderr) {
            return Err(stderr_differs(&c.name, &want.stderr, &got.stderr));
        }
        return Ok(());
    }
    if got.code != 0 {
        return Err(format!("{}: exited {}: {}", c.name, got.code, got.stderr));
    }
    if got.stdout != want.stdout {
        return Err(format!(
            "{}: stdout differs\n--- want\n{}\n--- got\n{}",
            c.name, want.stdout, got.stdout
        ));
    }
    if !same_stderr(&got.stderr, &want.stderr) {
        return Err(stderr_differs(&c.name, &want.stderr, &got.stderr));
    }
    Ok(())
}

/// Stderr compared as helm produces it: log lines (`level=…`) as a multiset, because helm
/// coalesces values in Go's random map order and so logs some warnings in a varying order;
/// every other line (the error) exactly and in order; trailing whitespace aside.
fn same_stderr(got: &str, want: &str) -> bool {
    fn parts(s: &str) -> (Vec<&str>, Vec<&str>) {
        let (mut logs, rest): (Vec<&str>, Vec<&str>) =
            s.trim_end().lines().partition(|l| l.starts_with("level="));
        logs.sort_unstable();
        (logs, rest)
    }
    parts(got) == parts(want)
}

#[test]
fn rhelm_template_matches_helm_outputs() {
    let bin = Path::new(env!("CARGO_BIN_EXE_rhelm"));
    let all = cases();
    assert!(all.len() >= 6, "cases.txt lists the fixture cases");
    let failures: Vec<String> = all.iter().filter_map(|c| check(bin, c).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn stored_outputs_are_what_helm_prints() {
    let Some(helm) = common::helm4_binary() else {
        return;
    };
    let failures: Vec<String> = cases()
        .iter()
        .filter_map(|c| check(&helm, c).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Writes the stored outputs from helm 4 for the cases named in `$RHELM_REGEN_FIXTURES`
/// (comma-separated, or `all`): `<case>.out` always, `<case>.err` when helm printed anything
/// on standard error, and `<case>.rc` when helm fails. Run with
/// `RHELM_REGEN_FIXTURES=name cargo test --test template_fixtures -- --ignored regenerate`.
#[test]
#[ignore = "rewrites the stored outputs; run on purpose"]
fn regenerate_stored_outputs_from_helm() {
    let Ok(which) = std::env::var("RHELM_REGEN_FIXTURES") else {
        println!("note: set RHELM_REGEN_FIXTURES to the cases to regenerate (or `all`)");
        return;
    };
    let helm = common::helm4_binary().expect("helm 4 (set RHELM_HELM4)");
    let wanted: Vec<&str> = which.split(',').map(str::trim).collect();
    let dir = fixtures();
    for c in cases() {
        if !wanted.contains(&"all") && !wanted.contains(&c.name.as_str()) {
            continue;
        }
        let got = run(&helm, &c.args, c.stdin.as_deref());
        let path = |ext: &str| dir.join(format!("{}.{ext}", c.name));
        std::fs::write(path("out"), &got.raw.stdout).expect("write .out");
        if got.raw.stderr.is_empty() {
            let _ = std::fs::remove_file(path("err"));
        } else {
            std::fs::write(path("err"), &got.raw.stderr).expect("write .err");
        }
        if got.code == 0 {
            let _ = std::fs::remove_file(path("rc"));
        } else {
            std::fs::write(path("rc"), format!("{}\n", got.code)).expect("write .rc");
        }
        println!("{}: exit {}", c.name, got.code);
    }
}
