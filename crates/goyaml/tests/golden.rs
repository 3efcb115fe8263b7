//! Golden comparisons against outputs recorded from the real helm binary.
//! See tests/golden/README.md for how the data was produced.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Helm keeps values as float64 after the JSON round trip.
fn as_helm_values(v: Value) -> Value {
    match v {
        Value::Number(n) => {
            let f = n.as_f64().unwrap();
            Value::Number(serde_json::Number::from_f64(f).unwrap())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(as_helm_values).collect()),
        Value::Object(m) => {
            Value::Object(m.into_iter().map(|(k, v)| (k, as_helm_values(v))).collect())
        }
        other => other,
    }
}

fn merge_maps(a: &mut Map<String, Value>, b: Map<String, Value>) {
    for (k, v) in b {
        match (a.get_mut(&k), v) {
            (Some(Value::Object(av)), Value::Object(bv)) => merge_maps(av, bv),
            (_, v) => {
                a.insert(k, v);
            }
        }
    }
}

/// Helm 4's values loading: the file is split into documents at `---` lines (the Kubernetes
/// YAML reader), each parsed with sigs.k8s.io/yaml into a map, and the maps merged.
fn load_values(input: &str) -> Result<Value, String> {
    let mut chunks: Vec<String> = vec![String::new()];
    for line in input.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("---") {
            let t = rest.trim();
            if t.is_empty() || t.starts_with('#') {
                chunks.push(String::new());
                continue;
            }
        }
        chunks.last_mut().unwrap().push_str(line);
    }
    let mut out = Map::new();
    for c in chunks {
        if c.is_empty() {
            continue;
        }
        match goyaml::from_str(&c) {
            Err(e) => return Err(e.to_string()),
            Ok(Value::Null) => {}
            Ok(Value::Object(m)) => merge_maps(&mut out, m),
            Ok(other) => {
                let kind = match other {
                    Value::Array(_) => "array",
                    Value::String(_) => "string",
                    Value::Number(_) => "number",
                    _ => "bool",
                };
                return Err(format!(
                    "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {kind} into Go value of type map[string]interface {{}}"
                ));
            }
        }
    }
    Ok(as_helm_values(Value::Object(out)))
}

/// Structural equality with numbers compared as float64 (Helm's toJson prints float64s).
fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| json_eq(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

#[derive(Default)]
struct Tally {
    pass: Vec<String>,
    fail: Vec<String>,
}

impl Tally {
    fn check(&mut self, what: String, ok: bool, detail: impl FnOnce() -> String) {
        if ok {
            self.pass.push(what);
        } else {
            self.fail.push(format!("{what}\n{}", detail()));
        }
    }
}

fn run(kind: &str) -> Tally {
    let dir = golden_dir();
    let mut names: Vec<String> = fs::read_dir(dir.join("cases"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".yaml").map(str::to_string))
        .collect();
    names.sort();
    let mut t = Tally::default();
    for name in names {
        let input = fs::read_to_string(dir.join("cases").join(format!("{name}.yaml"))).unwrap();
        let exp =
            |ext: &str| fs::read_to_string(dir.join("expected").join(format!("{name}{ext}"))).ok();
        let got = load_values(&input);
        match kind {
            "parse" => {
                if let Some(err) = exp(".err") {
                    let err = err.trim_end().to_string();
                    t.check(
                        format!("{name}: error"),
                        got.as_ref().err() == Some(&err),
                        || format!("  want error: {err}\n  got: {got:?}"),
                    );
                    continue;
                }
                let want: Value = serde_json::from_str(&exp(".json").unwrap()).unwrap();
                let ok = got.as_ref().is_ok_and(|g| json_eq(g, &want));
                t.check(format!("{name}: toJson"), ok, || {
                    format!("  want: {want}\n  got:  {got:?}")
                });
            }
            "toyaml" | "v" | "pretty" => {
                let Ok(values) = got else { continue };
                let (ext, input) = match kind {
                    "toyaml" => (".toyaml", values.clone()),
                    "v" => (".v.toyaml", values.get("v").cloned().unwrap_or(Value::Null)),
                    _ => (".pretty", values.clone()),
                };
                let Some(want) = exp(ext) else { continue };
                // toYaml trims one final newline; an empty output means Marshal failed.
                let want = if want.is_empty() {
                    want
                } else {
                    format!("{want}\n")
                };
                let out = if kind == "pretty" {
                    goyaml::to_string_pretty(&input)
                } else {
                    goyaml::to_string(&input)
                };
                t.check(format!("{name}{ext}"), out == want, || diff(&want, &out));
            }
            _ => unreachable!(),
        }
    }
    t
}

fn diff(want: &str, got: &str) -> String {
    let mut s = String::new();
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    for i in 0..w.len().max(g.len()) {
        let a = w.get(i).copied().unwrap_or("<none>");
        let b = g.get(i).copied().unwrap_or("<none>");
        if a != b {
            s.push_str(&format!(
                "  line {}:\n    want: {a:?}\n    got:  {b:?}\n",
                i + 1
            ));
        }
    }
    s
}

fn report(kind: &str, t: &Tally, min_pass: usize) {
    for f in &t.fail {
        eprintln!("FAIL {f}");
    }
    eprintln!("{kind}: {} passed, {} failed", t.pass.len(), t.fail.len());
    assert!(
        t.pass.len() >= min_pass,
        "{kind}: only {} passed (want at least {min_pass})",
        t.pass.len()
    );
}

#[test]
fn golden_parse() {
    let t = run("parse");
    report("parse", &t, 107);
    assert!(t.fail.is_empty());
}

#[test]
fn golden_to_yaml() {
    let t = run("toyaml");
    report("toYaml", &t, 61);
    assert!(t.fail.is_empty());
}

#[test]
fn golden_to_yaml_v() {
    let t = run("v");
    report("toYaml .Values.v", &t, 61);
    assert!(t.fail.is_empty());
}

#[test]
fn golden_to_yaml_pretty() {
    let t = run("pretty");
    report("toYamlPretty", &t, 61);
    assert!(t.fail.is_empty());
}

/// Helm's `fromYaml`: sigs.k8s.io/yaml `Unmarshal` of the raw text into a map; errors land in
/// the map's `Error` key.
fn from_yaml(text: &str) -> Value {
    match goyaml::from_str(text) {
        Err(e) => serde_json::json!({ "Error": e.to_string() }),
        Ok(Value::Null) => Value::Object(Map::new()),
        Ok(Value::Object(m)) => as_helm_values(Value::Object(m)),
        Ok(other) => {
            let kind = match other {
                Value::Array(_) => "array",
                Value::String(_) => "string",
                Value::Number(_) => "number",
                _ => "bool",
            };
            serde_json::json!({ "Error": format!(
                "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {kind} into Go value of type map[string]interface {{}}"
            ) })
        }
    }
}

#[test]
fn golden_from_yaml_raw() {
    let dir = golden_dir();
    let cases: Vec<String> =
        serde_json::from_str(&fs::read_to_string(dir.join("raw_cases.json")).unwrap()).unwrap();
    let want: Vec<Value> =
        serde_json::from_str(&fs::read_to_string(dir.join("expected/raw.json")).unwrap()).unwrap();
    assert_eq!(cases.len(), want.len());
    let mut t = Tally::default();
    for (i, (c, w)) in cases.iter().zip(&want).enumerate() {
        let got = from_yaml(c);
        t.check(format!("raw #{i} {c:?}"), json_eq(&got, w), || {
            format!("  want: {w}\n  got:  {got}")
        });
    }
    report("fromYaml (raw text)", &t, cases.len());
    assert!(t.fail.is_empty());
}
