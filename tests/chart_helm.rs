//! Coalesced values compared with the real helm 4 binary: each chart (fixtures and the shared
//! corpus) is copied with its templates replaced by `{{ toJson .Values }}`, rendered by
//! `helm template`, and every chart's `.Values` compared with ours (loading, dependency
//! processing, value options and coalescing). Skips when helm (`$RHELM_HELM4`, else the testenv
//! cache) or the shared corpus is absent, fails then with `RHELM_REQUIRE_TESTENV=1`.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::write_chart;
use rhelm::chart::{self, Chart, ValueOptions};
use serde_json::{Map, Value};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/charts")
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dst = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dst);
        } else {
            fs::copy(e.path(), dst).unwrap();
        }
    }
}

/// Replaces the templates of the chart at `dir` and of its unpacked subcharts with a values dump.
fn inject_values_dump(dir: &Path) {
    if !dir.join("Chart.yaml").is_file() {
        return;
    }
    let t = dir.join("templates");
    if t.is_dir() {
        fs::remove_dir_all(&t).unwrap();
    }
    fs::create_dir_all(&t).unwrap();
    fs::write(t.join("zz-values.yaml"), "{{ toJson .Values }}\n").unwrap();
    if let Ok(rd) = fs::read_dir(dir.join("charts")) {
        for e in rd.flatten() {
            if e.path().is_dir() {
                inject_values_dump(&e.path());
            }
        }
    }
}

fn helm_args(o: &ValueOptions) -> Vec<String> {
    let mut a = Vec::new();
    let mut add = |flag: &str, vals: &[String]| {
        for v in vals {
            a.push(flag.to_string());
            a.push(v.clone());
        }
    };
    add("-f", &o.value_files);
    add("--set-json", &o.json_values);
    add("--set", &o.values);
    add("--set-string", &o.string_values);
    add("--set-file", &o.file_values);
    add("--set-literal", &o.literal_values);
    a
}

/// Runs helm on a values-dumping copy of `chart_dir`: chart full path -> `.Values`.
fn helm_values(
    helm: &Path,
    chart_dir: &Path,
    o: &ValueOptions,
) -> Result<BTreeMap<String, Value>, String> {
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path().join(chart_dir.file_name().unwrap());
    copy_dir(chart_dir, &copy);
    inject_values_dump(&copy);
    let out = Command::new(helm)
        .arg("template")
        .arg("rel")
        .arg(&copy)
        .args(["--namespace", "ns", "--kube-version", "1.33.0"])
        .args(helm_args(o))
        .env("HELM_CACHE_HOME", tmp.path().join("cache"))
        .env("HELM_CONFIG_HOME", tmp.path().join("config"))
        .env("HELM_DATA_HOME", tmp.path().join("data"))
        .output()
        .unwrap();
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    let text = String::from_utf8(out.stdout).unwrap();
    let mut res = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(src) = line.strip_prefix("# Source: ") {
            current = src
                .strip_suffix("/templates/zz-values.yaml")
                .map(str::to_string);
        } else if let Some(path) = &current {
            if line.starts_with('{') {
                res.insert(path.clone(), serde_json::from_str(line).unwrap());
                current = None;
            }
        }
    }
    Ok(res)
}

/// Our values: chart full path -> `.Values`, for every chart of the processed tree.
fn our_values(chart_dir: &Path, o: &ValueOptions) -> Result<BTreeMap<String, Value>, String> {
    let mut c = chart::load(chart_dir).map_err(|e| e.to_string())?;
    let vals = o.merge_values().map_err(|e| e.to_string())?;
    chart::process_dependencies(&mut c, &vals, &mut Vec::new()).map_err(|e| e.to_string())?;
    let top = chart::coalesce_values(&c, &vals)
        .map_err(|e| e.to_string())?
        .values;
    let mut res = BTreeMap::new();
    fn walk(c: &Chart, path: &str, vals: &Map<String, Value>, res: &mut BTreeMap<String, Value>) {
        res.insert(path.to_string(), Value::Object(vals.clone()));
        for d in &c.dependencies {
            let sub = match vals.get(d.name()) {
                Some(Value::Object(m)) => m.clone(),
                _ => Map::new(),
            };
            walk(d, &format!("{path}/charts/{}", d.name()), &sub, res);
        }
    }
    walk(&c, c.name(), &top, &mut res);
    Ok(res)
}

/// Numbers compare by value (Go prints float64 and int64 alike in JSON).
fn normalize(v: &Value) -> Value {
    match v {
        Value::Number(n) => {
            serde_json::Number::from_f64(n.as_f64().unwrap()).map_or(Value::Null, Value::Number)
        }
        Value::Array(a) => Value::Array(a.iter().map(normalize).collect()),
        Value::Object(m) => {
            Value::Object(m.iter().map(|(k, v)| (k.clone(), normalize(v))).collect())
        }
        other => other.clone(),
    }
}

/// Compares our values with helm's for every chart helm rendered; returns the differences.
fn compare(helm: &Path, chart_dir: &Path, o: &ValueOptions) -> Vec<String> {
    let theirs = match helm_values(helm, chart_dir, o) {
        Ok(v) => v,
        Err(e) => {
            return match our_values(chart_dir, o) {
                Err(_) => Vec::new(),
                Ok(_) => vec![format!("helm failed but we succeeded: {e}")],
            }
        }
    };
    let ours = match our_values(chart_dir, o) {
        Ok(v) => v,
        Err(e) => return vec![format!("we failed but helm succeeded: {e}")],
    };
    let mut diffs = Vec::new();
    if theirs.is_empty() {
        diffs.push("helm rendered no values".to_string());
    }
    for (path, hv) in &theirs {
        match ours.get(path) {
            None => diffs.push(format!("{path}: missing in ours")),
            Some(ov) if normalize(ov) != normalize(hv) => diffs.push(format!(
                "{path}:\n  helm: {}\n  ours: {}",
                serde_json::to_string(&normalize(hv)).unwrap(),
                serde_json::to_string(&normalize(ov)).unwrap()
            )),
            Some(_) => {}
        }
    }
    for path in ours.keys() {
        let library = false;
        if !theirs.contains_key(path) && !library && !path.ends_with("/charts/lib") {
            diffs.push(format!("{path}: rendered by us only"));
        }
    }
    diffs
}

fn opts(f: impl FnOnce(&mut ValueOptions)) -> ValueOptions {
    let mut o = ValueOptions::default();
    f(&mut o);
    o
}

#[test]
fn fixture_values_match_helm() {
    let Some(helm) = common::helm4_binary() else {
        return;
    };
    let fx = fixtures();
    let over = fx.join("parent-override.yaml").display().to_string();
    let cases: Vec<(&str, ValueOptions)> = vec![
        ("parent", ValueOptions::default()),
        (
            "parent",
            opts(|o| o.values = vec!["child.enabled=false,tags.twins=false".into()]),
        ),
        (
            "parent",
            opts(|o| {
                o.value_files = vec![over.clone()];
                o.values = vec!["other.enabled=true".into()];
            }),
        ),
        (
            "parent",
            opts(|o| {
                o.values = vec!["other.enabled=null".into(), "global.otherOn=true".into()];
            }),
        ),
        (
            "parent",
            opts(|o| {
                o.values =
                    vec!["other.enabled=null,tags.optional=true,grandchild.enabled=false".into()];
            }),
        ),
        (
            "parent",
            opts(|o| {
                o.values = vec!["child.grandchild.enabled=false,global.nested.level2.z=9".into()];
                o.string_values = vec!["child.replicas=4".into()];
                o.json_values = vec![
                    r#"twin={"list":[1,{"a":null}]}"#.into(),
                    r#"{"global":{"j":1.5}}"#.into(),
                ];
                o.literal_values = vec!["imported.lit=a,b\\c".into()];
            }),
        ),
        ("parent", opts(|o| o.values = vec!["global=null".into()])),
        (
            "parent",
            opts(|o| o.values = vec!["global.nested=str".into()]),
        ),
        ("parent", opts(|o| o.values = vec!["child=str".into()])),
        ("parent", opts(|o| o.values = vec!["child=null".into()])),
        (
            "parent",
            opts(|o| o.values = vec!["twin.global.region=x,child.global.nested=null".into()]),
        ),
        (
            "parent",
            opts(|o| o.values = vec!["global.nested.level2=null,imported=null".into()]),
        ),
        (
            "parent",
            opts(|o| {
                o.value_files = vec![over.clone()];
                o.string_values = vec!["global.list[0]=q,child.exports.data.extra=1".into()];
            }),
        ),
        (
            "parent",
            opts(|o| {
                o.values = vec!["tags.twins=false,child.enabled=true,twin.enabled=false".into()]
            }),
        ),
        ("legacy", ValueOptions::default()),
        (
            "legacy",
            opts(|o| o.values = vec!["renamed.on=false".into()]),
        ),
        (
            "legacy",
            opts(|o| o.values = vec!["renamed.list[2]=c,renamed.v=null".into()]),
        ),
    ];
    let mut failures = Vec::new();
    for (name, o) in &cases {
        let diffs = compare(&helm, &fx.join(name), o);
        if !diffs.is_empty() {
            failures.push(format!("{name} {:?}:\n{}", helm_args(o), diffs.join("\n")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn corpus_values_match_helm() {
    let Some(helm) = common::helm4_binary() else {
        return;
    };
    let Some(root) = common::shared("corpus/charts") else {
        return;
    };
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.path().join("chart"))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut failures = Vec::new();
    for d in &dirs {
        let diffs = compare(&helm, d, &ValueOptions::default());
        if !diffs.is_empty() {
            failures.push(format!("{}:\n{}", d.display(), diffs.join("\n")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} charts differ:\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n\n")
    );
}

/// Chart path -> (templates, `.Files` names).
type Layout = BTreeMap<String, (Vec<String>, Vec<String>)>;

const FILES_TPL: &str = "{{ range $p, $_ := .Files }}# {{ $p }}\n{{ end }}";

/// Helm's view: chart path -> (rendered templates, `.Files` names), or helm's error text.
fn helm_layout(helm: &Path, dir: &Path) -> Result<Layout, String> {
    let out = Command::new(helm)
        .args(["template", "rel"])
        .arg(dir)
        .output()
        .unwrap();
    if !out.status.success() {
        let e = String::from_utf8_lossy(&out.stderr);
        let line = e
            .lines()
            .find(|l| l.starts_with("Error: "))
            .unwrap_or("")
            .to_string();
        return Err(line.trim_start_matches("Error: ").to_string());
    }
    let text = String::from_utf8(out.stdout).unwrap();
    let mut res: Layout = BTreeMap::new();
    let mut cur: Option<(String, bool)> = None;
    for line in text.lines() {
        if let Some(src) = line.strip_prefix("# Source: ") {
            let (chart, tpl) = src.split_once("/templates/").unwrap();
            let e = res.entry(chart.to_string()).or_default();
            e.0.push(format!("templates/{tpl}"));
            cur = Some((chart.to_string(), tpl == "files.yaml"));
        } else if let (Some((chart, true)), Some(f)) = (&cur, line.strip_prefix("# ")) {
            res.get_mut(chart).unwrap().1.push(f.to_string());
        }
    }
    for v in res.values_mut() {
        v.0.sort();
        v.1.sort();
    }
    Ok(res)
}

fn our_layout(dir: &Path) -> Result<Layout, String> {
    let c = chart::load(dir).map_err(|e| e.to_string())?;
    let mut res = BTreeMap::new();
    fn walk(c: &Chart, path: &str, res: &mut Layout) {
        let mut t: Vec<String> = c.templates.iter().map(|f| f.name.clone()).collect();
        let mut f: Vec<String> = c.files.iter().map(|f| f.name.clone()).collect();
        // Helm renders only non-partial templates that produce output; ours lists all.
        t.retain(|n| !n.rsplit('/').next().unwrap().starts_with('_'));
        if !t.iter().any(|n| n == "templates/files.yaml") {
            f.clear();
        }
        t.sort();
        f.sort();
        res.insert(path.to_string(), (t, f));
        for d in &c.dependencies {
            walk(d, &format!("{path}/charts/{}", d.name()), res);
        }
    }
    walk(&c, c.name(), &mut res);
    Ok(res)
}

#[test]
fn loader_layout_matches_helm() {
    let Some(helm) = common::helm4_binary() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let chart_yaml = |n: &str| format!("apiVersion: v2\nname: {n}\nversion: 0.1.0\n");
    let top = chart_yaml("top");
    let sub = chart_yaml("sub");
    let cases: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "ignore",
            vec![
                ("Chart.yaml", &top),
                (
                    ".helmignore",
                    "# comment\n*.md\ndocs/\n/rootonly.txt\nsubd*/\n",
                ),
                ("keep.txt", "a"),
                ("README.md", "b"),
                ("docs/y.txt", "c"),
                ("nested/rootonly.txt", "d"),
                ("rootonly.txt", "e"),
                ("subdir/z.txt", "f"),
                ("crds/c.yaml", "kind: A"),
                ("templates/.hidden", "x"),
                ("templates/t.yaml", "# t"),
                ("templates/_helpers.tpl", "{{ define \"x\" }}{{ end }}"),
                ("templates/files.yaml", FILES_TPL),
                ("charts/_skip/Chart.yaml", &sub),
                ("charts/sub/Chart.yaml", &sub),
                ("charts/sub/a.txt", "s"),
                ("charts/sub/templates/s.yaml", "# s"),
                ("charts/sub/templates/files.yaml", FILES_TPL),
                ("charts/sub-0.1.0.tgz.prov", "sig"),
            ],
        ),
        (
            "negation",
            vec![
                ("Chart.yaml", &top),
                (".helmignore", "*.md\n!keep.md\n"),
                ("keep.md", "a"),
                ("templates/t.yaml", "# t"),
            ],
        ),
        (
            "stray",
            vec![
                ("Chart.yaml", &top),
                ("charts/README.md", "x"),
                ("templates/t.yaml", "# t"),
            ],
        ),
        (
            "badignore",
            vec![("Chart.yaml", &top), (".helmignore", "a/**/b\n")],
        ),
        (
            "badname",
            vec![("Chart.yaml", "apiVersion: v2\nname: a/b\nversion: 1\n")],
        ),
        (
            "badversion",
            vec![("Chart.yaml", "apiVersion: v2\nname: top\nversion: one\n")],
        ),
        (
            "badtype",
            vec![(
                "Chart.yaml",
                "apiVersion: v2\nname: top\nversion: 1.0.0\ntype: plugin\n",
            )],
        ),
        (
            "badsub",
            vec![
                ("Chart.yaml", &top),
                ("charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\n"),
            ],
        ),
        (
            "badvalues",
            vec![("Chart.yaml", &top), ("values.yaml", "a: [1\n")],
        ),
        (
            "v1",
            vec![
                ("Chart.yaml", "name: top\nversion: 1.0.0\n"),
                (
                    "requirements.yaml",
                    "dependencies:\n- name: sub\n  version: 0.1.0\n",
                ),
                (
                    "requirements.lock",
                    "dependencies:\n- name: sub\n  version: 0.1.0\n",
                ),
                ("templates/files.yaml", FILES_TPL),
                ("charts/sub/Chart.yaml", &sub),
                ("charts/sub/templates/s.yaml", "# s"),
            ],
        ),
    ];
    let mut failures = Vec::new();
    for (name, files) in &cases {
        let dir = write_chart(&tmp.path().join(name), files);
        let theirs = helm_layout(&helm, &dir);
        let ours = our_layout(&dir);
        eprintln!("{name}: helm {theirs:?}");
        // Guard against a broken harness: these cases must load (with .Files seen) in helm.
        if matches!(*name, "ignore" | "v1") {
            let h = theirs.as_ref().expect("helm loads this case");
            assert!(
                h.values().any(|(_, f)| !f.is_empty()),
                "{name}: no .Files seen"
            );
        }
        match (&theirs, &ours) {
            (Ok(h), Ok(o)) => {
                for (path, hv) in h {
                    match o.get(path) {
                        Some(ov) if ov == hv => {}
                        other => {
                            failures.push(format!("{name} {path}: helm {hv:?}, ours {other:?}"))
                        }
                    }
                }
            }
            (Err(h), Err(o)) if h == o => {}
            _ => failures.push(format!("{name}: helm {theirs:?}\n  ours {ours:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn schema_errors_match_helm() {
    let Some(helm) = common::helm4_binary() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let schema = r##"{
      "type": "object",
      "properties": {
        "a": {"type": "integer", "minimum": 5, "maximum": 1000000},
        "name": {"type": "string", "pattern": "^x", "minLength": 3},
        "mode": {"enum": ["a", "b", 3, null]},
        "list": {"type": "array", "items": {"type": "string"}, "maxItems": 1, "uniqueItems": true},
        "obj": {"type": "object", "required": ["q", "r"], "additionalProperties": false,
                "properties": {"q": {}, "r": {}}},
        "e": {"$ref": "#/$defs/pos"},
        "f": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
        "g": {"oneOf": [{"type": "number"}, {"type": "integer"}]},
        "h": {"not": {"type": "string"}},
        "i": {"allOf": [{"minimum": 3}, {"maximum": 1}]},
        "j": {"multipleOf": 0.5, "exclusiveMaximum": 10},
        "o": {"if": {"type": "string"}, "then": {"minLength": 2}, "else": {"type": "integer"}},
        "c": {"const": {"x": 1}}
      },
      "$defs": {"pos": {"type": "integer", "minimum": 0}}
    }"##;
    let sub_schema = r#"{"properties": {"port": {"type": "integer"}}, "required": ["port"]}"#;
    let dir = write_chart(
        &tmp.path().join("sch"),
        &[
            ("Chart.yaml", "apiVersion: v2\nname: sch\nversion: 0.1.0\n"),
            ("values.yaml", "a: 7\nsub:\n  port: 80\n"),
            ("values.schema.json", schema),
            ("templates/t.yaml", "# t"),
            (
                "charts/sub/Chart.yaml",
                "apiVersion: v2\nname: sub\nversion: 0.1.0\n",
            ),
            ("charts/sub/values.schema.json", sub_schema),
            ("charts/sub/templates/t.yaml", "# s"),
        ],
    );
    let cases: &[&[&str]] = &[
        &[],
        &["--set", "a=x"],
        &["--set", "a=1"],
        &["--set-json", "a=1234567"],
        &["--set", "name=ab"],
        &["--set", "name=xyz"],
        &["--set", "mode=c"],
        &["--set", "list={1,1}"],
        &["--set", "obj.z=1"],
        &["--set", "e=-1"],
        &["--set", "f=true"],
        &["--set", "g=3"],
        &["--set", "h=x"],
        &["--set", "i=2"],
        &["--set-json", "j=10.25"],
        &["--set", "o=z"],
        &["--set", "o=true"],
        &["--set", "c.x=2"],
        &["--set", "sub.port=x"],
        &["--set", "sub.port=null"],
        &["--set", "sub=5"],
    ];
    // Only the chart defaults and `name=xyz` fit the schema: helm must refuse every other case,
    // or the harness is not seeing helm's errors.
    let valid: &[&[&str]] = &[&[], &["--set", "name=xyz"]];
    let mut failures = Vec::new();
    for args in cases {
        let out = Command::new(&helm)
            .args(["template", "rel"])
            .arg(&dir)
            .args(*args)
            .output()
            .unwrap();
        let helm_err = if out.status.success() {
            None
        } else {
            Some(String::from_utf8_lossy(&out.stderr).trim_end().to_string())
        };
        if helm_err.is_none() != valid.contains(args) {
            failures.push(format!(
                "{args:?}: helm's outcome {helm_err:?} is not the expected one"
            ));
        }
        let o = ValueOptions {
            values: args
                .chunks(2)
                .filter(|c| c[0] == "--set")
                .map(|c| c[1].to_string())
                .collect(),
            json_values: args
                .chunks(2)
                .filter(|c| c[0] == "--set-json")
                .map(|c| c[1].to_string())
                .collect(),
            ..Default::default()
        };
        let ours = (|| -> Result<(), String> {
            let mut c = chart::load(&dir).map_err(|e| e.to_string())?;
            let vals = o.merge_values().map_err(|e| e.to_string())?;
            chart::values_for_render(&mut c, &vals, false)
                .map(|_| ())
                .map_err(|e| e.to_string())
        })();
        let ours = ours
            .err()
            .map(|e| format!("Error: {e}").trim_end().to_string());
        if ours != helm_err {
            failures.push(format!("{args:?}:\n  helm: {helm_err:?}\n  ours: {ours:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn pack(dir: &Path, top: &str, out: &Path) {
    let f = fs::File::create(out).unwrap();
    let gz = flate2::write::GzEncoder::new(f, flate2::Compression::default());
    let mut b = tar::Builder::new(gz);
    b.append_dir_all(top, dir).unwrap();
    b.into_inner().unwrap().finish().unwrap();
}

#[test]
fn archives_match_helm() {
    let Some(helm) = common::helm4_binary() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let sub_src = write_chart(
        &tmp.path().join("subsrc"),
        &[
            ("Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n"),
            ("values.yaml", "x: 1\n"),
            ("notes.txt", "n"),
            ("templates/s.yaml", "# s"),
            ("templates/files.yaml", FILES_TPL),
        ],
    );
    let dir = write_chart(
        &tmp.path().join("top"),
        &[
            ("Chart.yaml", "apiVersion: v2\nname: top\nversion: 0.1.0\n"),
            ("values.yaml", "sub:\n  yy: 2\n"),
            (".helmignore", "*.bak\n"),
            ("skip.bak", "x"),
            ("templates/t.yaml", "# t"),
            ("templates/files.yaml", FILES_TPL),
        ],
    );
    fs::create_dir_all(dir.join("charts")).unwrap();
    pack(&sub_src, "sub", &dir.join("charts/sub-0.1.0.tgz"));
    let tgz = tmp.path().join("top-0.1.0.tgz");
    pack(&dir, "top", &tgz);
    for target in [&dir, &tgz] {
        let theirs = helm_layout(&helm, target).expect("helm loads the chart");
        assert!(theirs.contains_key("top/charts/sub"), "{theirs:?}");
        let ours = our_layout(target).unwrap();
        for (path, hv) in &theirs {
            assert_eq!(ours.get(path), Some(hv), "{}: {path}", target.display());
        }
        let o = ValueOptions::default();
        let mut c = chart::load(target).unwrap();
        let (v, _) = chart::values_for_render(&mut c, &o.merge_values().unwrap(), false).unwrap();
        assert_eq!(
            normalize(&v["sub"]),
            json_norm(r#"{"x":1,"yy":2,"global":{}}"#)
        );
    }
    // Not an archive, and a YAML file given as a chart.
    let not = tmp.path().join("values.yaml");
    fs::write(&not, "a: 1\n").unwrap();
    let e = chart::load(&not).unwrap_err().to_string();
    assert_eq!(helm_layout(&helm, &not).unwrap_err(), e);
    let bin = tmp.path().join("chart.tgz");
    fs::write(&bin, [0u8, 1, 2, 3]).unwrap();
    let e = chart::load(&bin).unwrap_err().to_string();
    assert_eq!(helm_layout(&helm, &bin).unwrap_err(), e);
}

fn json_norm(s: &str) -> Value {
    normalize(&serde_json::from_str(s).unwrap())
}

/// Every tiny chart of the shared template cases loads unless helm failed to load it, and the
/// values of the values/files/builtin cases match helm's.
#[test]
fn snippet_cases_load_and_values_match_helm() {
    let Some(root) = common::shared("snippets/cases") else {
        return;
    };
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("Chart.yaml").is_file())
        .collect();
    dirs.sort();
    let mut failures = Vec::new();
    for d in &dirs {
        if let Err(e) = chart::load(d) {
            let err = fs::read_to_string(d.join("expected.err")).unwrap_or_default();
            if !err.contains(&e.to_string()) {
                failures.push(format!("{}: {e}", d.display()));
            }
        }
    }
    if let Some(helm) = common::helm4_binary() {
        for d in &dirs {
            let name = d.file_name().unwrap().to_string_lossy();
            if !(name.starts_with("helm-values")
                || name.starts_with("helm-files")
                || name.starts_with("helm-builtin-chart"))
            {
                continue;
            }
            let diffs = compare(&helm, d, &ValueOptions::default());
            if !diffs.is_empty() {
                failures.push(format!("{name}:\n{}", diffs.join("\n")));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The warnings we return are the lines helm logs on stderr.
#[test]
fn warnings_match_helm() {
    let Some(helm) = common::helm4_binary() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_chart(&tmp.path().join("w"),
        &[
            (
                "Chart.yaml",
                "apiVersion: v2\nname: w\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 0.1.0\n  condition: sub.on\n  tags: [t]\n  import-values: [nope, {child: missing, parent: x}]\n",
            ),
            ("values.yaml", "global: {a: {b: 1}}\nt: s\nm: {x: 1}\ntags: {t: str}\n"),
            ("templates/t.yaml", "# t"),
            ("charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n"),
            ("charts/sub/values.yaml", "global: {a: {b: {d: 2}}}\n"),
            ("charts/sub/templates/s.yaml", "# s"),
        ],
    );
    let cases: &[&[&str]] = &[
        &["--set", "t.a=1"],
        &["--set", "sub.global.a=5"],
        &["--set", "sub.on=str"],
        &["--set", "m=str,global=3"],
    ];
    let mut failures = Vec::new();
    for args in cases {
        let out = Command::new(&helm)
            .args(["template", "rel"])
            .arg(&dir)
            .args(*args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let theirs: Vec<String> = String::from_utf8_lossy(&out.stderr)
            .lines()
            .filter(|l| l.starts_with("level="))
            .map(str::to_string)
            .collect();
        let o = ValueOptions {
            values: vec![args[1].to_string()],
            ..Default::default()
        };
        let mut c = chart::load(&dir).unwrap();
        let (_, ours) =
            chart::values_for_render(&mut c, &o.merge_values().unwrap(), false).unwrap();
        if theirs != ours {
            failures.push(format!("{args:?}:\n  helm: {theirs:#?}\n  ours: {ours:#?}"));
        }
        assert!(!theirs.is_empty(), "{args:?}: helm logged nothing");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Pseudo-random `--set`/`--set-string`/`--set-literal`/`--set-json` lines (fixed seed): the
/// values or the error text must equal helm's.
const RANDOM_CASES: usize = 120;

#[test]
fn random_set_lines_match_helm() {
    let Some(helm) = common::helm4_binary() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_chart(
        &tmp.path().join("r"),
        &[
            ("Chart.yaml", "apiVersion: v2\nname: r\nversion: 0.1.0\n"),
            ("templates/v.yaml", "{{ toJson .Values }}\n"),
        ],
    );
    let pieces = [
        "a", "b", "x1", ".", ".", "[0]", "[1]", "[2]", "=", "=", ",", "{", "}", "\\,", "\\.", "1",
        "0", "-3", "007", "true", "null", "Null", "1.5", " ", "\\", "[", "]", "=\"s\"",
    ];
    let mut seed: u64 = 0x5eed_1234_abcd_0001;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n
    };
    let flags = [
        "--set",
        "--set",
        "--set-string",
        "--set-literal",
        "--set-json",
    ];
    let mut failures = Vec::new();
    for _ in 0..RANDOM_CASES {
        let len = 2 + next(7);
        let mut line = String::from(["a", "b", "c.d", "l[1]"][next(4)]);
        line.push('=');
        for _ in 0..len {
            line.push_str(pieces[next(pieces.len())]);
        }
        let flag = flags[next(flags.len())];
        let out = Command::new(&helm)
            .args(["template", "rel"])
            .arg(&dir)
            .arg(format!("{flag}={line}"))
            .output()
            .unwrap();
        let theirs: Result<Value, String> = if out.status.success() {
            let text = String::from_utf8_lossy(&out.stdout);
            let json = text.lines().find(|l| l.starts_with('{')).unwrap_or("{}");
            Ok(normalize(&serde_json::from_str(json).unwrap()))
        } else {
            Err(String::from_utf8_lossy(&out.stderr)
                .lines()
                .find(|l| l.starts_with("Error: "))
                .unwrap_or("")
                .trim_start_matches("Error: ")
                .to_string())
        };
        let mut o = ValueOptions::default();
        match flag {
            "--set" => o.values.push(line.clone()),
            "--set-string" => o.string_values.push(line.clone()),
            "--set-literal" => o.literal_values.push(line.clone()),
            _ => o.json_values.push(line.clone()),
        }
        let ours: Result<Value, String> = (|| {
            let mut c = chart::load(&dir).map_err(|e| e.to_string())?;
            let vals = o.merge_values().map_err(|e| e.to_string())?;
            let (v, _) =
                chart::values_for_render(&mut c, &vals, false).map_err(|e| e.to_string())?;
            Ok(normalize(&Value::Object(v)))
        })();
        // --set-json errors only echo the input; the JSON decoder's detail is not printed.
        if theirs != ours {
            failures.push(format!(
                "{flag} {line:?}:\n  helm: {theirs:?}\n  ours: {ours:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `.Chart` as templates see it (our map plus the engine's `IsRoot`) equals helm's.
#[test]
fn chart_object_matches_helm() {
    let Some(helm) = common::helm4_binary() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let metas = [
        "apiVersion: v2\nname: ch\nversion: 0.1.0\nappVersion: 1.10\nmaintainers:\n- name: me\nannotations:\n  a: 1\ndependencies:\n- name: sub\n  version: 0.1.0\n  import-values: [x, {child: a, parent: b}]\n  tags: [t]\n",
        "apiVersion: v2\nname: ch\nversion: 0.1.0\n",
        "name: ch\nversion: 1.2.3-rc.1\ndescription: \"tab\\there\"\nkeywords: [a, 2]\nsources: [s]\ndeprecated: true\nkubeVersion: '>=1.20'\ntype: application\n",
    ];
    for (i, meta) in metas.iter().enumerate() {
        let dir = write_chart(
            &tmp.path().join(format!("ch{i}")),
            &[
                ("Chart.yaml", *meta),
                (
                    "charts/sub/Chart.yaml",
                    "apiVersion: v2\nname: sub\nversion: 0.1.0\n",
                ),
                ("templates/c.yaml", "{{ toJson .Chart }}\n"),
            ],
        );
        let out = Command::new(&helm)
            .args(["template", "rel"])
            .arg(&dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        let theirs: Value =
            serde_json::from_str(text.lines().find(|l| l.starts_with('{')).unwrap()).unwrap();
        let mut c = chart::load(&dir).unwrap();
        chart::values_for_render(&mut c, &Map::new(), false).unwrap();
        let mut ours = c.metadata.as_template_map();
        ours.as_object_mut()
            .unwrap()
            .insert("IsRoot".into(), Value::Bool(true));
        assert_eq!(normalize(&ours), normalize(&theirs), "case {i}");
    }
}

/// Symbolic links are followed; a FIFO is an irregular file and fails the load, as in Helm.
#[test]
fn symlinks_and_irregular_files_match_helm() {
    let Some(helm) = common::helm4_binary() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let outside = write_chart(
        &tmp.path().join("outside"),
        &[("data.txt", "linked"), ("dir/inner.txt", "in")],
    );
    let dir = write_chart(
        &tmp.path().join("links"),
        &[
            (
                "Chart.yaml",
                "apiVersion: v2\nname: links\nversion: 0.1.0\n",
            ),
            ("templates/files.yaml", FILES_TPL),
        ],
    );
    std::os::unix::fs::symlink(outside.join("data.txt"), dir.join("link.txt")).unwrap();
    std::os::unix::fs::symlink(outside.join("dir"), dir.join("linkdir")).unwrap();
    let theirs = helm_layout(&helm, &dir).expect("helm loads symlinks");
    assert_eq!(our_layout(&dir).unwrap(), theirs);
    assert!(theirs["links"].1.contains(&"linkdir/inner.txt".to_string()));
    let out = Command::new(&helm)
        .args(["template", "rel"])
        .arg(&dir)
        .output()
        .unwrap();
    let logged: Vec<String> = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.starts_with("level="))
        .map(str::to_string)
        .collect();
    assert_eq!(chart::load(&dir).unwrap().load_warnings, logged);

    let status = Command::new("mkfifo").arg(dir.join("pipe")).status();
    if !status.is_ok_and(|s| s.success()) {
        eprintln!("note: mkfifo unavailable; skipping the irregular file case");
        return;
    }
    let theirs = helm_layout(&helm, &dir).unwrap_err();
    let ours = chart::load(&dir).unwrap_err().to_string();
    assert_eq!(ours, theirs);
}

/// `Metadata::to_json` is what `helm show chart` prints.
#[test]
fn show_chart_matches_helm() {
    let Some(helm) = common::helm4_binary() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let metas = [
        "apiVersion: v2\nname: ch\nversion: 0.1.0\nappVersion: 1.10\nmaintainers:\n- name: me\n  url: u\nannotations:\n  a: 1\ndependencies:\n- name: sub\n  version: 0.1.0\n  import-values: [x]\n  tags: [t]\n  enabled: true\n- name: other\n  repository: https://r\n  alias: o\n",
        "apiVersion: v2\nname: ch\nversion: 0.1.0\nannotations: {}\ndependencies: []\nsources: []\n",
        "name: ch\nversion: 1.2.3-rc.1\ndescription: \"tab\\there\"\nkeywords: [a, 2]\nsources: [s]\ndeprecated: true\nkubeVersion: '>=1.20'\ntype: library\nicon: i\nhome: h\n",
    ];
    for (i, meta) in metas.iter().enumerate() {
        let dir = write_chart(
            &tmp.path().join(format!("show{i}")),
            &[("Chart.yaml", meta)],
        );
        let out = Command::new(&helm)
            .args(["show", "chart"])
            .arg(&dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let theirs = goyaml::from_str(&String::from_utf8_lossy(&out.stdout)).unwrap();
        let c = chart::load(&dir).unwrap();
        assert_eq!(
            normalize(&c.metadata.to_json()),
            normalize(&theirs),
            "case {i}"
        );
        assert_eq!(
            // `helm show chart` prints the YAML and a newline.
            format!("{}\n", goyaml::to_string(&c.metadata.to_json())),
            String::from_utf8_lossy(&out.stdout),
            "case {i}"
        );
    }
}
