//! Helm's value coalescing (`CoalesceValues`, `MergeValues`, `CoalesceTables`, `MergeTables`):
//! user values win over chart defaults, maps merge, scalars and lists replace, `null` deletes a
//! chart default (when coalescing), each subchart sees its own section plus `global`, and parent
//! globals flow down into subcharts.
//!
//! Helm logs warnings with `log.Printf`; here they are returned, as the lines Helm prints on
//! stderr (`level=INFO msg="..."`), for the caller to print.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::rc::Rc;

use serde_json::{Map, Value};

use super::gofmt::fmt_v;
use super::{Chart, ChartError};

/// The key holding global values.
pub const GLOBAL_KEY: &str = "global";

/// Coalesced values plus the warnings Helm would have logged.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CoalesceOutput {
    /// The coalesced values.
    pub values: Map<String, Value>,
    /// The warnings, as Helm logs them.
    pub warnings: Vec<String>,
}

// Helm coalesces Go maps, which are references: a map placed in two spots is one object, and
// later merges into it show in both (e.g. nested globals a subchart adds become visible to its
// parent). Within one coalescing run values are therefore modelled as shared maps.

type MapRef = Rc<RefCell<BTreeMap<String, Gv>>>;

#[derive(Debug, Clone)]
enum Gv {
    Map(MapRef),
    /// Anything else (lists are never merged into, so they can be plain values).
    Val(Value),
}

impl Gv {
    fn is_null(&self) -> bool {
        matches!(self, Gv::Val(Value::Null))
    }
}

fn new_map() -> MapRef {
    Rc::new(RefCell::new(BTreeMap::new()))
}

/// A deep copy into fresh maps (Go's `copystructure.Copy`).
fn to_gv(v: &Value) -> Gv {
    match v {
        Value::Object(m) => Gv::Map(map_to_ref(m)),
        other => Gv::Val(other.clone()),
    }
}

fn map_to_ref(m: &Map<String, Value>) -> MapRef {
    Rc::new(RefCell::new(
        m.iter().map(|(k, v)| (k.clone(), to_gv(v))).collect(),
    ))
}

fn ref_to_map(m: &MapRef) -> Map<String, Value> {
    m.borrow()
        .iter()
        .map(|(k, v)| (k.clone(), from_gv(v)))
        .collect()
}

fn from_gv(v: &Gv) -> Value {
    match v {
        Gv::Map(m) => Value::Object(ref_to_map(m)),
        Gv::Val(v) => v.clone(),
    }
}

/// [`ref_to_map`] that moves keys and values out of the maps nothing else holds any more
/// (a shared map is copied where it is met first, and moved where it is met last).
fn into_map(m: MapRef) -> Map<String, Value> {
    match Rc::try_unwrap(m) {
        Ok(cell) => cell
            .into_inner()
            .into_iter()
            .map(|(k, v)| (k, into_value(v)))
            .collect(),
        Err(shared) => ref_to_map(&shared),
    }
}

fn into_value(v: Gv) -> Value {
    match v {
        Gv::Map(m) => Value::Object(into_map(m)),
        Gv::Val(v) => v,
    }
}

fn entries(m: &MapRef) -> Vec<(String, Gv)> {
    m.borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn get(m: &MapRef, k: &str) -> Option<Gv> {
    m.borrow().get(k).cloned()
}

fn set(m: &MapRef, k: &str, v: Gv) {
    m.borrow_mut().insert(k.to_string(), v);
}

fn concat_prefix(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}.{b}")
    }
}

/// Helm's `CoalesceValues`: the values to render `chart` with, given user values `vals`.
/// `null` user values delete chart defaults.
pub fn coalesce_values(
    chart: &Chart,
    vals: &Map<String, Value>,
) -> Result<CoalesceOutput, ChartError> {
    run(chart, vals, false)
}

/// Helm's `CoalesceValues` for a chart known only by its name and default values, as a stored
/// release keeps it (a release record does not store sub-charts): the computed values that
/// `get values --all` and `status` print. Either side may be absent.
pub fn coalesce_stored(
    name: &str,
    defaults: Option<&Map<String, Value>>,
    vals: Option<&Map<String, Value>>,
) -> CoalesceOutput {
    let mut w = Vec::new();
    let dest = vals.map(map_to_ref).unwrap_or_else(new_map);
    if let Some(defaults) = defaults {
        coalesce_defaults(&mut w, name, defaults, &|_| false, &dest, "", false);
    }
    CoalesceOutput {
        values: into_map(dest),
        warnings: as_log_lines(w),
    }
}

/// Helm's `MergeValues`: like [`coalesce_values`] but `null`s are kept.
pub fn merge_values(
    chart: &Chart,
    vals: &Map<String, Value>,
) -> Result<CoalesceOutput, ChartError> {
    run(chart, vals, true)
}

fn run(
    chart: &Chart,
    vals: &Map<String, Value>,
    merge: bool,
) -> Result<CoalesceOutput, ChartError> {
    let mut warnings = Vec::new();
    let values = coalesce_logged(chart, vals, merge, &mut warnings)?;
    Ok(CoalesceOutput { values, warnings })
}

/// [`coalesce_values`] (or, with `merge`, [`merge_values`]) that appends its warnings to
/// `log` as it goes, so that those logged before an error are kept, as Helm has printed them
/// by then.
pub fn coalesce_logged(
    chart: &Chart,
    vals: &Map<String, Value>,
    merge: bool,
    log: &mut Vec<String>,
) -> Result<Map<String, Value>, ChartError> {
    let mut warnings = Vec::new();
    let dest = map_to_ref(vals);
    let res = coalesce(&mut warnings, chart, &dest, "", merge);
    log.extend(as_log_lines(warnings));
    res.map(|()| into_map(dest))
}

fn coalesce(
    w: &mut Vec<String>,
    ch: &Chart,
    dest: &MapRef,
    prefix: &str,
    merge: bool,
) -> Result<(), ChartError> {
    coalesce_chart_values(w, ch, dest, prefix, merge);
    coalesce_deps(w, ch, dest, prefix, merge)
}

fn coalesce_deps(
    w: &mut Vec<String>,
    ch: &Chart,
    dest: &MapRef,
    prefix: &str,
    merge: bool,
) -> Result<(), ChartError> {
    for sub in &ch.dependencies {
        let name = sub.name();
        let dv = match get(dest, name) {
            None => {
                let m = new_map();
                set(dest, name, Gv::Map(m.clone()));
                m
            }
            Some(Gv::Map(m)) => m,
            Some(Gv::Val(other)) => {
                return Err(ChartError::TypeMismatch {
                    name: name.to_string(),
                    operand: super::gofmt::fmt_t(&other),
                })
            }
        };
        let sub_prefix = concat_prefix(prefix, ch.name());
        coalesce_globals(w, &dv, dest, &sub_prefix);
        coalesce(w, sub, &dv, &sub_prefix, merge)?;
    }
    Ok(())
}

/// Copies the globals of `src` (the parent's values) into `dest` (a subchart's values).
fn coalesce_globals(w: &mut Vec<String>, dest: &MapRef, src: &MapRef, prefix: &str) {
    let dg = match get(dest, GLOBAL_KEY) {
        None => new_map(),
        Some(Gv::Map(m)) => m,
        Some(Gv::Val(_)) => {
            w.push(format!(
                "warning: skipping globals because destination {GLOBAL_KEY} is not a table."
            ));
            return;
        }
    };
    let sg = match get(src, GLOBAL_KEY) {
        None => new_map(),
        Some(Gv::Map(m)) => m,
        Some(Gv::Val(_)) => {
            w.push(format!(
                "warning: skipping globals because source {GLOBAL_KEY} is not a table."
            ));
            return;
        }
    };
    for (key, val) in entries(&sg) {
        match val {
            Gv::Map(vm) => {
                // A shallow copy: nested maps stay shared with the parent's globals.
                let vv: MapRef = Rc::new(RefCell::new(vm.borrow().clone()));
                match get(&dg, &key) {
                    None => set(&dg, &key, Gv::Map(vv)),
                    Some(Gv::Map(destv)) => {
                        let sub_prefix = concat_prefix(prefix, &key);
                        coalesce_tables_full_key(w, &vv, &destv, &sub_prefix, true);
                        set(&dg, &key, Gv::Map(vv));
                    }
                    Some(Gv::Val(_)) => w.push(format!(
                        "Conflict: cannot merge map onto non-map for {}. Skipping.",
                        super::gofmt::quote(&key)
                    )),
                }
            }
            val => {
                if let Some(Gv::Map(_)) = get(&dg, &key) {
                    w.push(format!("key {key} is table. Skipping"));
                } else {
                    set(&dg, &key, val);
                }
            }
        }
    }
    set(dest, GLOBAL_KEY, Gv::Map(dg));
}

/// Merges a chart's default values (`ch.values`, freshly copied) under the values in `v`.
fn coalesce_chart_values(w: &mut Vec<String>, ch: &Chart, v: &MapRef, prefix: &str, merge: bool) {
    let is_subchart = |key: &str| ch.dependencies.iter().any(|d| d.name() == key);
    coalesce_defaults(w, ch.name(), &ch.values, &is_subchart, v, prefix, merge);
}

/// Merges the default values `defaults` of the chart `name` (freshly copied) under the values
/// in `v`; the sections of sub-charts (`is_subchart`) are merged, keeping their `null`s.
fn coalesce_defaults(
    w: &mut Vec<String>,
    name: &str,
    defaults: &Map<String, Value>,
    is_subchart: &dyn Fn(&str) -> bool,
    v: &MapRef,
    prefix: &str,
    merge: bool,
) {
    let sub_prefix = concat_prefix(prefix, name);
    for (key, val) in defaults {
        match get(v, key) {
            Some(cur) if cur.is_null() && !merge => {
                v.borrow_mut().remove(key);
            }
            Some(Gv::Map(dest)) => match val {
                Value::Object(src) => {
                    let merge = merge || is_subchart(key);
                    let src = map_to_ref(src);
                    coalesce_tables_full_key(
                        w,
                        &dest,
                        &src,
                        &concat_prefix(&sub_prefix, key),
                        merge,
                    );
                }
                Value::Null => {}
                _ => w.push(format!(
                    "warning: skipped value for {sub_prefix}.{key}: Not a table."
                )),
            },
            Some(_) => {}
            None => set(v, key, to_gv(val)),
        }
    }
}

/// Helm's `CoalesceTables`: merges `src` into `dst`; `dst` wins, `null` in `dst` deletes.
pub fn coalesce_tables(dst: &mut Map<String, Value>, src: Map<String, Value>) -> Vec<String> {
    tables(dst, src, false)
}

/// Helm's `MergeTables`: like [`coalesce_tables`] but `null`s are kept.
pub fn merge_tables(dst: &mut Map<String, Value>, src: Map<String, Value>) -> Vec<String> {
    tables(dst, src, true)
}

fn tables(dst: &mut Map<String, Value>, src: Map<String, Value>, merge: bool) -> Vec<String> {
    let mut w = Vec::new();
    let d = map_to_ref(dst);
    let s = map_to_ref(&src);
    coalesce_tables_full_key(&mut w, &d, &s, "", merge);
    drop(s);
    *dst = into_map(d);
    as_log_lines(w)
}

/// Helm logs these through `log.Printf`, which Helm 4 routes to slog at INFO level.
fn as_log_lines(w: Vec<String>) -> Vec<String> {
    w.iter()
        .map(|m| super::gofmt::slog_line("INFO", m, &[]))
        .collect()
}

fn coalesce_tables_full_key(
    w: &mut Vec<String>,
    dst: &MapRef,
    src: &MapRef,
    prefix: &str,
    merge: bool,
) {
    if Rc::ptr_eq(dst, src) {
        return;
    }
    let src_non_nil: HashSet<String> = src
        .borrow()
        .iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, _)| k.clone())
        .collect();
    for (key, val) in entries(dst) {
        if val.is_null() {
            set(src, &key, Gv::Val(Value::Null));
        }
    }
    for (key, val) in entries(src) {
        let full_key = concat_prefix(prefix, &key);
        match get(dst, &key) {
            Some(dv) if dv.is_null() && !merge && src_non_nil.contains(&key) => {
                dst.borrow_mut().remove(&key);
            }
            None => set(dst, &key, val),
            Some(dv) => match val {
                Gv::Map(sv) => {
                    if let Gv::Map(dm) = dv {
                        coalesce_tables_full_key(w, &dm, &sv, &full_key, merge);
                    } else {
                        w.push(format!(
                            "warning: cannot overwrite table with non table for {full_key} ({})",
                            fmt_v(&Value::Object(ref_to_map(&sv)))
                        ));
                    }
                }
                Gv::Val(val) => {
                    if matches!(dv, Gv::Map(_)) && !val.is_null() {
                        w.push(format!(
                            "warning: destination for {full_key} is a table. Ignoring non-table value ({})",
                            fmt_v(&val)
                        ));
                    }
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn chart(name: &str, values: Value, deps: Vec<Chart>) -> Chart {
        let mut c = Chart::default();
        c.metadata.name = name.into();
        c.values = obj(values);
        c.dependencies = deps;
        c
    }

    #[test]
    fn user_values_win_and_maps_merge() {
        let c = chart(
            "top",
            json!({"a": 1.0, "m": {"x": 1.0, "y": 2.0}, "l": [1.0], "gone": "x", "keep": null}),
            vec![],
        );
        let out = coalesce_values(
            &c,
            &obj(json!({"a": 2, "m": {"y": 3}, "l": [], "gone": null, "new": null})),
        )
        .unwrap();
        assert_eq!(
            Value::Object(out.values),
            json!({"a": 2, "m": {"y": 3, "x": 1.0}, "l": [], "new": null, "keep": null})
        );
    }

    #[test]
    fn stored_defaults_coalesce_like_a_chart_without_subcharts() {
        let defaults =
            obj(json!({"a": 1, "b": {"x": 1, "y": 2, "n": null}, "c": 3, "d": {"k": 1}, "e": "s"}));
        let config = obj(
            json!({"a": 9, "b": {"y": null, "z": 3, "n": null}, "c": null, "d": 5, "e": {"q": 1}}),
        );
        let out = coalesce_stored("top", Some(&defaults), Some(&config));
        // A user null removes a default, but a null on both sides stays (Helm 4.1).
        assert_eq!(
            Value::Object(out.values),
            json!({"a": 9, "b": {"x": 1, "z": 3, "n": null}, "d": 5, "e": {"q": 1}})
        );
        assert_eq!(
            out.warnings,
            vec![r#"level=INFO msg="warning: skipped value for top.e: Not a table.""#]
        );
        let out = coalesce_stored("top", None, Some(&config));
        assert_eq!(Value::Object(out.values), Value::Object(config));
        let out = coalesce_stored("top", Some(&defaults), None);
        assert_eq!(Value::Object(out.values), Value::Object(defaults));
    }

    #[test]
    fn nested_null_deletes_default_but_merge_keeps_it() {
        let c = chart("top", json!({"m": {"x": 1.0, "y": 2.0}}), vec![]);
        let user = obj(json!({"m": {"x": null}}));
        let out = coalesce_values(&c, &user).unwrap();
        assert_eq!(Value::Object(out.values), json!({"m": {"y": 2.0}}));
        let out = merge_values(&c, &user).unwrap();
        assert_eq!(
            Value::Object(out.values),
            json!({"m": {"x": null, "y": 2.0}})
        );
    }

    #[test]
    fn subcharts_get_their_section_and_globals() {
        let sub = chart(
            "sub",
            json!({"s": 1.0, "global": {"g2": "sub", "g1": "subdefault"}}),
            vec![],
        );
        let c = chart(
            "top",
            json!({"global": {"g1": "top", "gm": {"a": 1.0}}, "sub": {"s": 2.0}}),
            vec![sub],
        );
        let out = coalesce_values(&c, &obj(json!({"sub": {"x": true}}))).unwrap();
        assert_eq!(
            Value::Object(out.values),
            json!({
                "global": {"g1": "top", "gm": {"a": 1.0}},
                "sub": {"x": true, "s": 2.0, "global": {"g1": "top", "gm": {"a": 1.0}, "g2": "sub"}}
            })
        );
    }

    #[test]
    fn type_mismatch_on_subchart_key() {
        let sub = chart("sub", json!({}), vec![]);
        let c = chart("top", json!({}), vec![sub]);
        let e = coalesce_values(&c, &obj(json!({"sub": "str"}))).unwrap_err();
        assert_eq!(e.to_string(), "type mismatch on sub: %!t(string=str)");
    }

    #[test]
    fn warnings_are_returned() {
        let c = chart("top", json!({"m": {"x": 1.0}, "t": "s"}), vec![]);
        let out = coalesce_values(&c, &obj(json!({"m": "str", "t": {"a": 1}}))).unwrap();
        assert_eq!(
            Value::Object(out.values.clone()),
            json!({"m": "str", "t": {"a": 1}})
        );
        assert_eq!(
            out.warnings,
            vec![r#"level=INFO msg="warning: skipped value for top.t: Not a table.""#]
        );
        let mut dst = obj(json!({"a": {"b": 1.0}}));
        let w = coalesce_tables(&mut dst, obj(json!({"a": 2.0})));
        assert_eq!(
            w,
            vec![
                r#"level=INFO msg="warning: destination for a is a table. Ignoring non-table value (2)""#
            ]
        );
    }
}
