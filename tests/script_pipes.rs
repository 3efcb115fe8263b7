//! The shell scripts run under `set -o pipefail`, where `producer | head -1` can fail: when the
//! consumer exits before reading everything, the producer dies of SIGPIPE (status 141) and the
//! whole pipeline fails, now and then, under load. No script may pipe into a command that stops
//! reading early (`head`, `grep -q/-m/-l`, `sed …q`, `awk … exit`).

use std::path::{Path, PathBuf};

fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            scripts(&p, out);
        } else if p.extension().is_some_and(|x| x == "sh") || p.ends_with(".ci/run") {
            out.push(p);
        }
    }
}

/// The consumer of a pipe stage, if it may stop reading before its input ends.
fn early_exit(stage: &str) -> bool {
    let words: Vec<&str> = stage.split_whitespace().collect();
    let Some(cmd) = words.first() else {
        return false;
    };
    match *cmd {
        "head" => true,
        "grep" | "egrep" | "fgrep" => words[1..].iter().any(|w| {
            (w.starts_with('-') && !w.starts_with("--") && w[1..].contains(['q', 'm', 'l']))
                || *w == "--quiet"
                || *w == "--silent"
                || w.starts_with("--max-count")
                || *w == "--files-with-matches"
        }),
        "sed" => words[1..]
            .iter()
            .any(|w| w.trim_matches('\'').trim_matches('"').ends_with('q')),
        "awk" => stage.contains("exit"),
        _ => false,
    }
}

#[test]
fn no_script_pipes_into_a_command_that_stops_reading_early() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for d in ["testenv", "bench", ".ci", "examples", "tests/fixtures"] {
        scripts(&root.join(d), &mut files);
    }
    assert!(files.len() > 10, "found only {files:?}");
    let mut bad = Vec::new();
    for f in &files {
        // A pipeline continued on the next line (`a |` newline `head`, or a trailing `\`) is one line.
        let text = std::fs::read_to_string(f)
            .unwrap()
            .replace("\\\n", " ")
            .replace("|\n", "| ");
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with('#') {
                continue;
            }
            // `a | b`, not `a || b`.
            let stages: Vec<&str> = code
                .split("||")
                .flat_map(|s| s.split('|').skip(1))
                .collect();
            if stages.iter().any(|s| early_exit(s.trim())) {
                bad.push(format!("{} (logical line {}): {line}", f.display(), n + 1));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "pipes into a command that may stop reading early (SIGPIPE under pipefail):\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_check_sees_the_patterns() {
    assert!(early_exit("head -1"));
    assert!(early_exit("grep -q foo"));
    assert!(early_exit("grep -qE foo"));
    assert!(early_exit("grep --max-count=1 foo"));
    assert!(early_exit("sed 1q"));
    assert!(early_exit("awk '{print; exit}'"));
    assert!(!early_exit("grep foo"));
    assert!(!early_exit("sed -n 1p"));
    assert!(!early_exit("tail -1"));
}
