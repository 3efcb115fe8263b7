//! Helm's `ProcessDependencies`: aliases, `condition`s and `tags` decide which subcharts are
//! enabled (disabled ones are removed from the chart), then `import-values` copy values from
//! children into parents (which also makes each parent's values include its subcharts' values,
//! as in Helm). Warnings are returned as the `level=... msg=...` lines Helm prints on stderr.

use serde_json::{Map, Value};

use super::coalesce::{coalesce_logged, merge_tables};
use super::gofmt::{fmt_v, slog_line};
use super::metadata::Dependency;
use super::semver::is_compatible_range;
use super::{Chart, ChartError};

/// Helm's `Values.Table`: the map at a dotted path.
pub fn table<'a>(v: &'a Map<String, Value>, path: &str) -> Result<&'a Map<String, Value>, String> {
    let mut t = v;
    for part in path.split('.') {
        match t.get(part) {
            Some(Value::Object(m)) => t = m,
            _ => return Err(format!("{} is not a table", super::gofmt::quote(part))),
        }
    }
    Ok(t)
}

/// Helm's `Values.PathValue`: the non-map value at a dotted path.
pub fn path_value<'a>(v: &'a Map<String, Value>, path: &str) -> Result<&'a Value, PathError> {
    if path.is_empty() {
        return Err(PathError::Empty);
    }
    let parts: Vec<&str> = path.split('.').collect();
    let (key, parents) = parts.split_last().expect("split yields at least one part");
    let t = if parents.is_empty() {
        v
    } else {
        table(v, &parents.join(".")).map_err(|_| PathError::NoValue(key.to_string()))?
    };
    match t.get(*key) {
        Some(x) if !x.is_object() => Ok(x),
        _ => Err(PathError::NoValue(key.to_string())),
    }
}

/// Why [`path_value`] found nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PathError {
    /// The path is empty.
    #[error("YAML path cannot be empty")]
    Empty,
    /// The path leads to nothing, or to a table.
    #[error("{} is not a value", super::gofmt::quote(.0))]
    NoValue(String),
}

/// Helm's `ProcessDependencies`. Mutates `chart` (its subcharts, dependency metadata and
/// values) and appends the lines Helm would log to `log`, also those logged before an error.
pub fn process_dependencies(
    chart: &mut Chart,
    vals: &Map<String, Value>,
    log: &mut Vec<String>,
) -> Result<(), ChartError> {
    process_enabled(log, chart, vals, "")?;
    process_import_values_rec(log, chart)
}

fn alias_dependency(charts: &[Chart], dep: &Dependency) -> Option<Chart> {
    let c = charts
        .iter()
        .find(|c| c.name() == dep.name && is_compatible_range(&dep.version, &c.metadata.version))?;
    let mut out = c.clone();
    if !dep.alias.is_empty() {
        out.metadata.name = dep.alias.clone();
    }
    Some(out)
}

fn process_enabled(
    w: &mut Vec<String>,
    c: &mut Chart,
    v: &Map<String, Value>,
    path: &str,
) -> Result<(), ChartError> {
    let Some(mut reqs) = c.metadata.dependencies.take() else {
        return Ok(());
    };
    let mut chart_deps: Vec<Chart> = Vec::new();
    for existing in &c.dependencies {
        let declared = reqs.iter().any(|r| {
            existing.name() == r.name && is_compatible_range(&r.version, &existing.metadata.version)
        });
        if !declared {
            chart_deps.push(existing.clone());
        }
    }
    for req in reqs.iter_mut() {
        if let Some(cd) = alias_dependency(&c.dependencies, req) {
            chart_deps.push(cd);
        }
        if !req.alias.is_empty() {
            req.name = req.alias.clone();
        }
    }
    c.dependencies = chart_deps;
    for r in reqs.iter_mut() {
        r.enabled = true;
    }
    c.metadata.dependencies = Some(reqs);
    let cvals = coalesce_logged(c, v, false, w)?;
    let mut reqs = c.metadata.dependencies.take().unwrap_or_default();
    process_tags(w, &mut reqs, &cvals);
    process_conditions(w, &mut reqs, &cvals, path);
    let rm: Vec<String> = reqs
        .iter()
        .filter(|r| !r.enabled)
        .map(|r| r.name.clone())
        .collect();
    let mut cd: Vec<Chart> = std::mem::take(&mut c.dependencies)
        .into_iter()
        .filter(|d| !rm.contains(&d.metadata.name))
        .collect();
    let cd_meta: Vec<Dependency> = reqs.into_iter().filter(|r| !rm.contains(&r.name)).collect();
    for t in cd.iter_mut() {
        let sub = format!("{path}{}.", t.metadata.name);
        process_enabled(w, t, &cvals, &sub)?;
    }
    c.metadata.dependencies = if cd_meta.is_empty() {
        None
    } else {
        Some(cd_meta)
    };
    c.dependencies = cd;
    Ok(())
}

fn process_tags(w: &mut Vec<String>, reqs: &mut [Dependency], cvals: &Map<String, Value>) {
    let Ok(vt) = table(cvals, "tags") else {
        return;
    };
    for r in reqs.iter_mut() {
        let (mut has_true, mut has_false) = (false, false);
        for k in &r.tags {
            if let Some(b) = vt.get(k) {
                match b {
                    Value::Bool(true) => has_true = true,
                    Value::Bool(false) => has_false = true,
                    _ => w.push(slog_line(
                        "WARN",
                        "returned non-bool value",
                        &[("tag", k), ("chart", &r.name)],
                    )),
                }
            }
        }
        if !has_true && has_false {
            r.enabled = false;
        } else if has_true || !has_false {
            r.enabled = true;
        }
    }
}

fn process_conditions(
    w: &mut Vec<String>,
    reqs: &mut [Dependency],
    cvals: &Map<String, Value>,
    cpath: &str,
) {
    for r in reqs.iter_mut() {
        let cond = r.condition.trim().to_string();
        for c in cond.split(',') {
            if c.is_empty() {
                continue;
            }
            match path_value(cvals, &format!("{cpath}{c}")) {
                Ok(Value::Bool(b)) => {
                    r.enabled = *b;
                    break;
                }
                Ok(_) => w.push(slog_line(
                    "WARN",
                    "returned non-bool value",
                    &[("path", c), ("chart", &r.name)],
                )),
                Err(PathError::NoValue(_)) => {}
                Err(e) => w.push(slog_line(
                    "WARN",
                    "the method PathValue returned error",
                    &[("error", &e.to_string())],
                )),
            }
        }
    }
}

fn process_import_values_rec(w: &mut Vec<String>, c: &mut Chart) -> Result<(), ChartError> {
    for d in c.dependencies.iter_mut() {
        process_import_values_rec(w, d)?;
    }
    process_import_values(w, c)
}

/// Builds `{a: {b: data}}` from `a.b` (`.` means the top level).
fn path_to_map(path: &str, data: Map<String, Value>) -> Map<String, Value> {
    if path == "." {
        return data;
    }
    let mut cur = data;
    for part in path.split('.').rev() {
        let mut m = Map::new();
        m.insert(part.to_string(), Value::Object(cur));
        cur = m;
    }
    cur
}

fn process_import_values(w: &mut Vec<String>, c: &mut Chart) -> Result<(), ChartError> {
    let Some(mut reqs) = c.metadata.dependencies.take() else {
        return Ok(());
    };
    let cvals = match coalesce_logged(c, &Map::new(), true, w) {
        Ok(v) => v,
        Err(e) => {
            c.metadata.dependencies = Some(reqs);
            return Err(e);
        }
    };
    let mut b = Map::new();
    for r in reqs.iter_mut() {
        let mut out: Vec<Value> = Vec::new();
        for riv in &r.import_values {
            match riv {
                Value::Object(iv) => {
                    let show = |k: &str| iv.get(k).map_or("<nil>".to_string(), fmt_v);
                    let child = show("child");
                    let parent = show("parent");
                    let mut pair = Map::new();
                    pair.insert("child".into(), Value::String(child.clone()));
                    pair.insert("parent".into(), Value::String(parent.clone()));
                    out.push(Value::Object(pair));
                    match table(&cvals, &format!("{}.{child}", r.name)) {
                        Ok(vv) => {
                            w.extend(merge_tables(&mut b, path_to_map(&parent, vv.clone())));
                        }
                        Err(e) => w.push(slog_line(
                            "WARN",
                            "ImportValues missing table from chart",
                            &[("chart", &r.name), ("error", &e)],
                        )),
                    }
                }
                Value::String(iv) => {
                    let child = format!("exports.{iv}");
                    let mut pair = Map::new();
                    pair.insert("child".into(), Value::String(child.clone()));
                    pair.insert("parent".into(), Value::String(".".into()));
                    out.push(Value::Object(pair));
                    match table(&cvals, &format!("{}.{child}", r.name)) {
                        Ok(vm) => w.extend(merge_tables(&mut b, vm.clone())),
                        Err(e) => w.push(slog_line(
                            "WARN",
                            "ImportValues missing table",
                            &[("error", &e)],
                        )),
                    }
                }
                _ => {}
            }
        }
        r.import_values = out;
    }
    c.metadata.dependencies = Some(reqs);
    let mut values = cvals;
    w.extend(merge_tables(&mut values, b));
    c.values = values;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn chart(name: &str, version: &str, values: Value) -> Chart {
        let mut c = Chart::default();
        c.metadata.name = name.into();
        c.metadata.version = version.into();
        c.metadata.api_version = "v2".into();
        c.values = obj(values);
        c
    }

    fn dep(v: Value) -> Dependency {
        let mut md = super::super::Metadata::from_value(&json!({"dependencies": [v]})).unwrap();
        md.dependencies.take().unwrap().remove(0)
    }

    #[test]
    fn paths() {
        let v = obj(json!({"a": {"b": {"c": true}}, "x": 1}));
        assert_eq!(path_value(&v, "a.b.c"), Ok(&json!(true)));
        assert_eq!(path_value(&v, "x"), Ok(&json!(1)));
        assert_eq!(path_value(&v, "a.b"), Err(PathError::NoValue("b".into())));
        assert_eq!(path_value(&v, "a.z.c"), Err(PathError::NoValue("c".into())));
        assert_eq!(table(&v, "a.q").unwrap_err(), "\"q\" is not a table");
    }

    #[test]
    fn conditions_tags_and_aliases() {
        let mut top = chart(
            "top",
            "1.0.0",
            json!({"sub1": {"enabled": false}, "tags": {"front": false}}),
        );
        top.dependencies = vec![
            chart("sub1", "0.1.0", json!({"v": 1.0})),
            chart("sub2", "0.2.0", json!({})),
            chart("sub3", "0.3.0", json!({})),
            chart("extra", "9.0.0", json!({})),
        ];
        top.metadata.dependencies = Some(vec![
            dep(json!({"name": "sub1", "version": "~0.1", "condition": "sub1.enabled"})),
            dep(json!({"name": "sub2", "version": "0.2.0", "tags": ["front"]})),
            dep(json!({"name": "sub3", "version": ">0.1", "alias": "third"})),
            dep(
                json!({"name": "sub3", "version": ">0.1", "alias": "fourth", "condition": "fourth.on", "tags": ["front"]}),
            ),
        ]);
        let mut w = Vec::new();
        process_dependencies(&mut top, &obj(json!({"fourth": {"on": true}})), &mut w).unwrap();
        assert!(w.is_empty(), "{w:?}");
        let names: Vec<&str> = top.dependencies.iter().map(|d| d.name()).collect();
        assert_eq!(names, vec!["extra", "third", "fourth"]);
        let meta: Vec<&str> = top
            .metadata
            .dependencies
            .as_ref()
            .unwrap()
            .iter()
            .map(|d| d.name.as_str())
            .collect();
        assert_eq!(meta, vec!["third", "fourth"]);
    }

    #[test]
    fn missing_version_constraint_keeps_chart_unaliased() {
        let mut top = chart("top", "1.0.0", json!({}));
        top.dependencies = vec![chart("sub", "0.1.0", json!({}))];
        top.metadata.dependencies = Some(vec![dep(json!({"name": "sub", "alias": "renamed"}))]);
        process_dependencies(&mut top, &Map::new(), &mut Vec::new()).unwrap();
        assert_eq!(top.dependencies[0].name(), "sub");
    }

    #[test]
    fn import_values_both_forms() {
        let mut top = chart("top", "1.0.0", json!({"own": {"x": "parent"}}));
        top.dependencies = vec![chart(
            "sub",
            "0.1.0",
            json!({"exports": {"data": {"fromExport": 1.0}}, "deep": {"x": "child", "y": "child"}}),
        )];
        top.metadata.dependencies = Some(vec![dep(json!({
            "name": "sub", "version": "0.1.0",
            "import-values": ["data", {"child": "deep", "parent": "own"}, 5]
        }))]);
        process_dependencies(&mut top, &Map::new(), &mut Vec::new()).unwrap();
        assert_eq!(top.values["fromExport"], json!(1.0));
        assert_eq!(top.values["own"], json!({"x": "parent", "y": "child"}));
        assert!(
            top.values["sub"].is_object(),
            "parent values include the subchart's"
        );
        let iv = &top.metadata.dependencies.as_ref().unwrap()[0].import_values;
        assert_eq!(
            Value::Array(iv.clone()),
            json!([{"child": "exports.data", "parent": "."}, {"child": "deep", "parent": "own"}])
        );
    }
}
