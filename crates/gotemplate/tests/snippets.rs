//! Conformance harness: runs the `tmpl-*` and `sprig-*` cases of /work/shared/snippets/cases
//! (Helm 4.1.4's real output) through the engine the way Helm renders a chart, and compares.
//!
//! Helm's own functions are not part of this crate; `include` and `tpl` are emulated here (they
//! exercise the engine's `Env`), and cases that need other Helm functions or objects (`toYaml`,
//! `required`, `.Files`, `.Capabilities`, ...) are counted as skipped with a reason.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use gotemplate::{Env, FuncError, FuncMap, Function, GoType, MissingKey, Templates, Value};

const CASES: &str = "/work/shared/snippets/cases";

/// The minimum number of cases that must pass (raised as the engine grows).
const MIN_PASS: usize = 300;

enum Outcome {
    Pass,
    Fail(String),
    Skip(String),
}

fn helm_funcs() -> FuncMap {
    let mut m = gotemplate::sprig::funcs();
    m.insert(Function::new(
        "include",
        vec![GoType::String, GoType::Interface],
        None,
        |env: &mut dyn Env, args: &[Value]| {
            let name = args[0].as_str().unwrap_or_default().to_string();
            env.execute_template(&name, &args[1]).map(Value::from)
        },
    ));
    m.insert(Function::new(
        "tpl",
        vec![GoType::String, GoType::Interface],
        None,
        |env: &mut dyn Env, args: &[Value]| {
            let text = args[0].as_str().unwrap_or_default().to_string();
            match env.execute_text("gotpl", &text, &args[1]) {
                Ok(s) => Ok(Value::from(s.replace("<no value>", ""))),
                Err(e) => Err(FuncError(format!(
                    "error during tpl function execution for {}: {}",
                    go_quote(&text),
                    e.0
                ))),
            }
        },
    ));
    // Helm's `fail` and `required` wrap their message so the error can be recognised.
    m.insert(Function::pure("fail", vec![GoType::String], None, |a| {
        Err(FuncError(warn_wrap(a[0].as_str().unwrap_or_default())))
    }));
    m.insert(Function::pure(
        "required",
        vec![GoType::String, GoType::Interface],
        None,
        |a| match &a[1] {
            Value::Nil => Err(FuncError(warn_wrap(a[0].as_str().unwrap_or_default()))),
            Value::String(s) if s.is_empty() => {
                Err(FuncError(warn_wrap(a[0].as_str().unwrap_or_default())))
            }
            v => Ok(v.clone()),
        },
    ));
    m
}

const WARN_START: &str = "HELM_ERR_START";
const WARN_END: &str = "HELM_ERR_END";

fn warn_wrap(msg: &str) -> String {
    format!("{WARN_START}{msg}{WARN_END}")
}

fn go_quote(s: &str) -> String {
    gotemplate::strconv::quote(s)
}

fn map(entries: Vec<(&str, Value)>) -> Value {
    Value::map(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect::<BTreeMap<_, _>>(),
    )
}

fn load_values(dir: &Path) -> Result<Value, String> {
    let text = fs::read_to_string(dir.join("values.yaml")).unwrap_or_default();
    let json = goyaml::from_str(&text).map_err(|e| e.to_string())?;
    Ok(match json {
        serde_json::Value::Null => Value::map(BTreeMap::new()),
        other => Value::from_json(&other),
    })
}

/// Helm's template order: deeper paths first, then names in reverse.
fn helm_sort(names: &mut [String]) {
    names.sort_by(|a, b| {
        let (ca, cb) = (a.matches('/').count(), b.matches('/').count());
        cb.cmp(&ca).then_with(|| b.cmp(a))
    });
}

/// Helm's `cleanupParseError`.
fn helm_parse_error(text: &str) -> String {
    let tokens: Vec<&str> = text.split(": ").collect();
    if tokens.len() == 1 {
        return text.to_string();
    }
    format!(
        "parse error at ({}): {}",
        tokens[1],
        tokens[tokens.len() - 1]
    )
}

/// Helm 4's rewriting of execution errors: a chain of template errors becomes a trace;
/// anything else stays Go's one-line text.
fn helm_exec_error(text: &str) -> String {
    let tokens: Vec<&str> = text.splitn(3, ": ").collect();
    if tokens.len() == 3 {
        if let Some(i) = tokens[2].find(WARN_START) {
            let rest = &tokens[2][i + WARN_START.len()..];
            if let Some(j) = rest.find(WARN_END) {
                return format!("execution error at ({}): {}", tokens[1], &rest[..j]);
            }
        }
    }
    let re = regex::Regex::new(r#"(?s)^template: (.*?): executing "(.*?)" at <(.*?)>: (.*)$"#)
        .expect("valid regex");
    let mut blocks = vec![];
    let mut cur = text.to_string();
    loop {
        let Some(c) = re.captures(&cur) else {
            return text.to_string();
        };
        let (loc, name, node, msg) = (&c[1], &c[2], &c[3], c[4].to_string());
        if let Some(rest) = msg.strip_prefix("error calling ") {
            if let Some((func, inner)) = rest.split_once(": ") {
                if inner.starts_with("template: ") {
                    blocks.push(format!(
                        "{loc}\n  executing \"{name}\" at <{node}>:\n    error calling {func}:"
                    ));
                    if !re.is_match(inner) {
                        // A plain error from the template package ends the trace as is.
                        blocks.push(inner.to_string());
                        return blocks.join("\n");
                    }
                    cur = inner.to_string();
                    continue;
                }
            }
            return text.to_string();
        }
        blocks.push(format!(
            "{loc}\n  executing \"{name}\" at <{node}>:\n    {msg}"
        ));
        return blocks.join("\n");
    }
}

/// Helm's manifest splitting and printing for one rendered file.
fn helm_output(name: &str, rendered: &str, out: &mut String) {
    let sep = regex::Regex::new(r"(?:^|\s*\n)---\s*").expect("valid regex");
    for doc in sep.split(rendered.trim()) {
        let doc = doc.trim();
        if doc.is_empty() {
            continue;
        }
        out.push_str(&format!("---\n# Source: {name}\n{doc}\n"));
    }
}

fn expected_error(dir: &Path) -> Option<String> {
    let text = fs::read_to_string(dir.join("expected.err")).ok()?;
    let text = text.trim_end();
    let text = text.strip_prefix("Error: ").unwrap_or(text);
    let text = match text.find("\n\nUse --debug flag") {
        Some(i) => &text[..i],
        None => text,
    };
    Some(text.trim_end().to_string())
}

fn run_case(dir: &Path) -> Outcome {
    let tdir = dir.join("templates");
    let mut files: Vec<(String, String)> = vec![];
    let Ok(rd) = fs::read_dir(&tdir) else {
        return Outcome::Skip("no templates".into());
    };
    for e in rd.flatten() {
        let fname = e.file_name().to_string_lossy().to_string();
        let text = fs::read_to_string(e.path()).unwrap_or_default();
        files.push((format!("c/templates/{fname}"), text));
    }
    let all_text: String = files.iter().map(|(_, t)| t.as_str()).collect();
    for needle in [".Capabilities", ".Files", "lookup", "fromJson"] {
        if all_text.contains(needle) {
            return Outcome::Skip(format!("needs Helm's {needle}"));
        }
    }
    let expected_err = expected_error(dir);
    if let Some(e) = &expected_err {
        if e.starts_with("YAML parse error") || e.starts_with("cannot load values.yaml") {
            return Outcome::Skip("needs Helm's YAML handling".into());
        }
    }
    let values = match load_values(dir) {
        Ok(v) => v,
        Err(e) => return Outcome::Skip(format!("values: {e}")),
    };

    let mut set = Templates::new("gotpl", helm_funcs());
    set.set_missing_key(MissingKey::Zero);
    let mut names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    helm_sort(&mut names);
    for name in &names {
        let text = &files.iter().find(|(n, _)| n == name).expect("file").1;
        if let Err(e) = set.parse(name, text) {
            let msg = e.to_string();
            if let Some(rest) = msg.split("function \"").nth(1) {
                let f = rest.split('"').next().unwrap_or_default();
                let expected_mentions = expected_err.as_deref().is_some_and(|x| x.contains(f));
                if !expected_mentions {
                    return Outcome::Skip(format!("needs function {f}"));
                }
            }
            let got = helm_parse_error(&msg);
            return compare_error(expected_err.as_deref(), &got);
        }
    }

    let chart_meta =
        goyaml::from_str(&fs::read_to_string(dir.join("Chart.yaml")).unwrap_or_default())
            .map(|j| Value::from_json(&j))
            .unwrap_or(Value::Nil);
    let chart_name = match &chart_meta {
        Value::Map(m) => m
            .borrow()
            .entries
            .get("name")
            .cloned()
            .unwrap_or(Value::Nil),
        _ => Value::Nil,
    };
    let mut out = String::new();
    let mut outputs: Vec<&String> = names
        .iter()
        .filter(|n| !n.rsplit('/').next().unwrap_or("").starts_with('_'))
        .collect();
    outputs.sort();
    for name in outputs {
        let data = map(vec![
            ("Values", values.clone()),
            (
                "Release",
                map(vec![
                    ("Name", Value::from("rel")),
                    ("Namespace", Value::from("ns")),
                    ("Service", Value::from("Helm")),
                    ("IsInstall", Value::Bool(true)),
                    ("IsUpgrade", Value::Bool(false)),
                ]),
            ),
            ("Chart", map(vec![("Name", chart_name.clone())])),
            (
                "Template",
                map(vec![
                    ("Name", Value::from(name.as_str())),
                    ("BasePath", Value::from("c/templates")),
                ]),
            ),
        ]);
        match set.execute(name, &data) {
            Ok(s) => helm_output(name, &s.replace("<no value>", ""), &mut out),
            Err(e) => {
                let got = helm_exec_error(&e.to_string());
                return compare_error(expected_err.as_deref(), &got);
            }
        }
    }
    if let Some(e) = expected_err {
        return Outcome::Fail(format!("expected error:\n{e}\ngot output:\n{out}"));
    }
    let expected = fs::read_to_string(dir.join("expected.out")).unwrap_or_default();
    if expected == out {
        return Outcome::Pass;
    }
    if let Ok(second) = fs::read_to_string(dir.join("expected2.out")) {
        if random_match(&expected, &second, &out) {
            return Outcome::Pass;
        }
    }
    {
        Outcome::Fail(format!("expected:\n{expected}\ngot:\n{out}"))
    }
}

/// The rule for random cases: lines stable between two Helm runs must match; a line that
/// changed must match up to where the two runs differ.
fn random_match(first: &str, second: &str, got: &str) -> bool {
    let (a, b, g): (Vec<&str>, Vec<&str>, Vec<&str>) = (
        first.lines().collect(),
        second.lines().collect(),
        got.lines().collect(),
    );
    if a.len() != b.len() || a.len() != g.len() {
        return false;
    }
    a.iter().zip(&b).zip(&g).all(|((x, y), z)| {
        if x == y {
            return x == z;
        }
        let common = x
            .char_indices()
            .zip(y.chars())
            .find(|((_, c1), c2)| c1 != c2)
            .map(|((i, _), _)| i)
            .unwrap_or(x.len().min(y.len()));
        z.starts_with(&x[..common])
    })
}

fn compare_error(expected: Option<&str>, got: &str) -> Outcome {
    match expected {
        Some(e) if e == got => Outcome::Pass,
        Some(e) => Outcome::Fail(format!("expected error:\n{e}\ngot error:\n{got}")),
        None => Outcome::Fail(format!("unexpected error:\n{got}")),
    }
}

#[test]
fn snippet_cases() {
    let root = PathBuf::from(CASES);
    if !root.is_dir() {
        println!("note: {CASES} is absent; snippet conformance cases skipped");
        return;
    }
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .expect("read cases")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let n = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            n.starts_with("tmpl-") || n.starts_with("sprig-")
        })
        .collect();
    dirs.sort();
    let filter = std::env::var("SNIPPET").unwrap_or_default();
    let (mut pass, mut fail, mut skip) = (0, 0, 0);
    for d in &dirs {
        let name = d
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if !filter.is_empty() && !name.contains(&filter) {
            continue;
        }
        match run_case(d) {
            Outcome::Pass => {
                pass += 1;
                println!("PASS {name}");
            }
            Outcome::Fail(why) => {
                fail += 1;
                println!("FAIL {name}\n{}", indent(&why));
            }
            Outcome::Skip(why) => {
                skip += 1;
                println!("SKIP {name}: {why}");
            }
        }
    }
    println!("{pass} passed, {fail} failed, {skip} skipped");
    if filter.is_empty() {
        assert!(
            pass >= MIN_PASS,
            "only {pass} snippet cases passed (minimum {MIN_PASS})"
        );
    }
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    | {l}\n")).collect()
}
