//! The modules of the rhelm crate depend on each other only along the data flow
//! `cli` → `action` → (`storage` | `render` | `kube`), with `cli` printing through `output`
//! (see src/lib.rs). This test reads every source file under src/ and fails on a path into a
//! module its own module must not use: `crate::action::…`, `use crate::{cli, …}`, and
//! `super::super::…` that climbs to the crate root, in code, tests and doc links alike.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The top-level modules each module must not reach.
const FORBIDDEN: &[(&str, &[&str])] = &[
    // The top: it parses flags, calls actions and prints through output.
    ("cli", &[]),
    ("chart", &["action", "cli", "output"]),
    ("release", &["action", "cli", "output"]),
    ("render", &["action", "cli", "output"]),
    ("storage", &["action", "cli", "output", "cluster"]),
    ("cluster", &["action", "cli", "output", "render"]),
    ("action", &["cli", "output"]),
    ("output", &["action", "cli"]),
    (
        "diff",
        &["action", "cli", "output", "cluster", "storage", "render"],
    ),
    // Leaves: shared by the layers above, they use none of them.
    ("neterror", LEAF),
    ("parallel", LEAF),
    ("teardown", LEAF),
    ("testpoint", LEAF),
];

/// What a leaf module must not use: every layer of the data flow.
const LEAF: &[&str] = &[
    "action", "chart", "cli", "diff", "cluster", "output", "release", "render", "storage",
];

/// Imports against the flow that the code has today, as (file under src/, module used). Each
/// is a debt: move the shared piece down a layer and delete the line here. A new violation
/// fails the test, and so does a line here that no longer matches anything.
const KNOWN: &[(&str, &str)] = &[];

/// The top-level modules of the crate.
const MODULES: &[&str] = &[
    "action",
    "chart",
    "cli",
    "diff",
    "cluster",
    "output",
    "release",
    "render",
    "storage",
    "neterror",
    "parallel",
    "teardown",
    "testpoint",
];

/// Source without `//` comments (doc links in `///` comments are code too, so those stay).
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//")
                && !trimmed.starts_with("///")
                && !trimmed.starts_with("//!")
            {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The identifier at the start of `s`.
fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The top-level names a `{…}` group at the start of `s` lists (`{action::x, cli}` → action, cli).
fn group(s: &str) -> Vec<&str> {
    let mut depth = 0;
    let mut names = Vec::new();
    let mut start = true;
    for (i, c) in s.char_indices() {
        match c {
            '{' => {
                depth += 1;
                start = depth == 1;
                continue;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => {
                start = true;
                continue;
            }
            c if c.is_whitespace() => continue,
            _ => {}
        }
        if start && depth == 1 {
            names.push(ident(&s[i..]));
            start = false;
        }
    }
    names
}

/// The top-level modules that `text`, a file `depth` folders below src/, names by path.
fn modules_used(text: &str, depth: usize) -> BTreeSet<String> {
    let code = code_of(text);
    let mut used = BTreeSet::new();
    let mut note = |name: &str| {
        if MODULES.contains(&name) {
            used.insert(name.to_string());
        }
    };
    for (i, _) in code.match_indices("crate::") {
        let before = code[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = &code[i + "crate::".len()..];
        if rest.starts_with('{') {
            group(rest).into_iter().for_each(&mut note);
        } else {
            note(ident(rest));
        }
    }
    // `super::` climbs one folder from a module file; from a file `depth` folders down,
    // that many `super::` reach the crate root (a mod.rs counts as its folder).
    if depth > 0 {
        let climb = "super::".repeat(depth);
        for (i, _) in code.match_indices(&climb) {
            let rest = &code[i + climb.len()..];
            if rest.starts_with("super::") {
                continue;
            }
            if rest.starts_with('{') {
                group(rest).into_iter().for_each(&mut note);
            } else {
                note(ident(rest));
            }
        }
    }
    used
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every (file under src/, forbidden module it uses).
fn violations(src: &Path) -> BTreeSet<(String, String)> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut found = BTreeSet::new();
    for file in files {
        let rel = file.strip_prefix(src).expect("under src");
        let parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let top = parts[0].trim_end_matches(".rs");
        let Some((_, forbidden)) = FORBIDDEN.iter().find(|(m, _)| *m == top) else {
            continue;
        };
        // src/cluster/mod.rs is the module `cluster` (depth 1); src/cluster/wait.rs is `cluster::wait`
        // (depth 2): `super::` from wait.rs is `cluster`, `super::super::` the crate root.
        let depth = if parts.last().is_some_and(|f| f == "mod.rs") {
            parts.len() - 1
        } else {
            parts.len()
        };
        let text = std::fs::read_to_string(&file).expect("read source");
        for m in modules_used(&text, depth) {
            if forbidden.contains(&m.as_str()) {
                found.insert((parts.join("/"), m));
            }
        }
    }
    found
}

#[test]
fn modules_import_only_along_the_data_flow() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = violations(&src);
    let known: BTreeSet<(String, String)> = KNOWN
        .iter()
        .map(|(f, m)| (f.to_string(), m.to_string()))
        .collect();
    let new: Vec<String> = found
        .difference(&known)
        .map(|(f, m)| format!("src/{f} uses crate::{m}"))
        .collect();
    assert!(
        new.is_empty(),
        "imports against the data flow cli -> action -> (storage | render | kube), output \
         used by cli:\n  {}\nmove the shared code down a layer instead",
        new.join("\n  ")
    );
    let stale: Vec<String> = known
        .difference(&found)
        .map(|(f, m)| format!("({f:?}, {m:?})"))
        .collect();
    assert!(
        stale.is_empty(),
        "these known exceptions no longer occur; delete them from KNOWN: {}",
        stale.join(", ")
    );
}

#[test]
fn the_scanner_sees_every_form_of_path() {
    let used = |text: &str, depth: usize| -> Vec<String> {
        modules_used(text, depth).into_iter().collect()
    };
    assert_eq!(used("use crate::action::get::sorted;", 1), ["action"]);
    assert_eq!(
        used("use crate::{chart::values, output::status_text as s};", 1),
        ["chart", "output"]
    );
    assert_eq!(
        used(
            "use crate::{\n    cli,\n    release::{Release, Status},\n};",
            2
        ),
        ["cli", "release"]
    );
    assert_eq!(used("let c = crate::cluster::client(o);", 1), ["cluster"]);
    assert_eq!(used("/// See [`crate::render::engine`].", 1), ["render"]);
    assert_eq!(
        used("// crate::action in a plain comment", 1),
        Vec::<String>::new()
    );
    assert_eq!(used("use super::super::cli::Ctx;", 2), ["cli"]);
    assert_eq!(used("use super::manifest;", 2), Vec::<String>::new());
    assert_eq!(used("use super::super::super::x;", 2), Vec::<String>::new());
    assert_eq!(used("use somecrate::output;", 1), Vec::<String>::new());
}

#[test]
fn every_top_level_module_has_its_rules() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut unruled = Vec::new();
    for entry in std::fs::read_dir(&src).expect("read src/") {
        let name = entry.expect("directory entry").file_name();
        let name = name.to_string_lossy();
        let module = name.trim_end_matches(".rs");
        if module == "lib" || module == "main" {
            continue;
        }
        if !MODULES.contains(&module) || !FORBIDDEN.iter().any(|(m, _)| *m == module) {
            unruled.push(module.to_string());
        }
    }
    assert!(
        unruled.is_empty(),
        "top-level modules without layering rules (add them to MODULES and FORBIDDEN in \
         tests/layering.rs): {unruled:?}"
    );
}
