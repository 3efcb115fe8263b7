//! Helm's value coalescing (`CoalesceValues`, `MergeValues`, `CoalesceTables`, `MergeTables`):
//! user values win over chart defaults, maps merge, scalars and lists replace, `null` deletes a
//! chart default (when coalescing), each subchart sees its own section plus `global`, and parent
//! globals flow down into subcharts.
//!
//! Helm logs warnings with `log.Printf`; here they are returned for the caller to print.

use serde_json::{Map, Value};

use super::gofmt::fmt_v;
use super::{Chart, ChartError};

/// The key holding global values.
pub const GLOBAL_KEY: &str = "global";

/// Coalesced values plus the warnings Helm would have logged.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CoalesceOutput {
    pub values: Map<String, Value>,
    pub warnings: Vec<String>,
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
    let mut dest = vals.clone();
    coalesce(&mut warnings, chart, &mut dest, "", merge)?;
    Ok(CoalesceOutput {
        values: dest,
        warnings,
    })
}

fn coalesce(
    w: &mut Vec<String>,
    ch: &Chart,
    dest: &mut Map<String, Value>,
    prefix: &str,
    merge: bool,
) -> Result<(), ChartError> {
    coalesce_chart_values(w, ch, dest, prefix, merge);
    coalesce_deps(w, ch, dest, prefix, merge)
}

fn coalesce_deps(
    w: &mut Vec<String>,
    ch: &Chart,
    dest: &mut Map<String, Value>,
    prefix: &str,
    merge: bool,
) -> Result<(), ChartError> {
    for sub in &ch.dependencies {
        let name = sub.name().to_string();
        match dest.get(&name) {
            None => {
                dest.insert(name.clone(), Value::Object(Map::new()));
            }
            Some(Value::Object(_)) => {}
            Some(other) => {
                return Err(ChartError::TypeMismatch {
                    name,
                    go_type: super::gofmt::type_name(other).to_string(),
                    value: fmt_v(other),
                })
            }
        }
        let sub_prefix = concat_prefix(prefix, ch.name());
        let mut dv = match dest.get_mut(&name) {
            Some(Value::Object(m)) => std::mem::take(m),
            _ => Map::new(),
        };
        coalesce_globals(w, &mut dv, dest, &sub_prefix);
        let res = coalesce(w, sub, &mut dv, &sub_prefix, merge);
        dest.insert(name, Value::Object(dv));
        res?;
    }
    Ok(())
}

/// Copies the globals of `src` (the parent's values) into `dest` (a subchart's values).
fn coalesce_globals(
    w: &mut Vec<String>,
    dest: &mut Map<String, Value>,
    src: &Map<String, Value>,
    prefix: &str,
) {
    let mut dg = match dest.get(GLOBAL_KEY) {
        None => Map::new(),
        Some(Value::Object(m)) => m.clone(),
        Some(_) => {
            w.push(format!(
                "warning: skipping globals because destination {GLOBAL_KEY} is not a table."
            ));
            return;
        }
    };
    let sg = match src.get(GLOBAL_KEY) {
        None => Map::new(),
        Some(Value::Object(m)) => m.clone(),
        Some(_) => {
            w.push(format!(
                "warning: skipping globals because source {GLOBAL_KEY} is not a table."
            ));
            return;
        }
    };
    for (key, val) in sg {
        if let Value::Object(vm) = val {
            let mut vv = vm;
            match dg.get_mut(&key) {
                None => {
                    dg.insert(key, Value::Object(vv));
                }
                Some(Value::Object(destv)) => {
                    let sub_prefix = concat_prefix(prefix, &key);
                    let mut src_tbl = std::mem::take(destv);
                    coalesce_tables_full_key(w, &mut vv, &mut src_tbl, &sub_prefix, true);
                    dg.insert(key, Value::Object(vv));
                }
                Some(_) => {
                    w.push(format!(
                        "Conflict: cannot merge map onto non-map for {}. Skipping.",
                        super::gofmt::quote(&key)
                    ));
                }
            }
        } else if matches!(dg.get(&key), Some(Value::Object(_))) {
            w.push(format!("key {key} is table. Skipping"));
        } else {
            dg.insert(key, val);
        }
    }
    dest.insert(GLOBAL_KEY.to_string(), Value::Object(dg));
}

/// Merges a chart's default values (`ch.values`) under the values in `v`.
fn coalesce_chart_values(
    w: &mut Vec<String>,
    ch: &Chart,
    v: &mut Map<String, Value>,
    prefix: &str,
    merge: bool,
) {
    let sub_prefix = concat_prefix(prefix, ch.name());
    for (key, val) in ch.values.clone() {
        match v.get_mut(&key) {
            Some(Value::Null) if !merge => {
                v.shift_remove(&key);
            }
            Some(Value::Object(dest)) => match val {
                Value::Object(mut src) => {
                    let merge = merge || ch.dependencies.iter().any(|d| d.name() == key);
                    coalesce_tables_full_key(
                        w,
                        dest,
                        &mut src,
                        &concat_prefix(&sub_prefix, &key),
                        merge,
                    );
                }
                Value::Null => {}
                _ => w.push(format!(
                    "warning: skipped value for {sub_prefix}.{key}: Not a table."
                )),
            },
            Some(_) => {}
            None => {
                v.insert(key, val);
            }
        }
    }
}

/// Helm's `CoalesceTables`: merges `src` into `dst`; `dst` wins, `null` in `dst` deletes.
pub fn coalesce_tables(dst: &mut Map<String, Value>, src: Map<String, Value>) -> Vec<String> {
    let mut w = Vec::new();
    let mut src = src;
    coalesce_tables_full_key(&mut w, dst, &mut src, "", false);
    w
}

/// Helm's `MergeTables`: like [`coalesce_tables`] but `null`s are kept.
pub fn merge_tables(dst: &mut Map<String, Value>, src: Map<String, Value>) -> Vec<String> {
    let mut w = Vec::new();
    let mut src = src;
    coalesce_tables_full_key(&mut w, dst, &mut src, "", true);
    w
}

fn coalesce_tables_full_key(
    w: &mut Vec<String>,
    dst: &mut Map<String, Value>,
    src: &mut Map<String, Value>,
    prefix: &str,
    merge: bool,
) {
    let src_non_nil: std::collections::HashSet<String> = src
        .iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, _)| k.clone())
        .collect();
    for (key, val) in dst.iter() {
        if val.is_null() {
            src.insert(key.clone(), Value::Null);
        }
    }
    for (key, val) in std::mem::take(src) {
        let full_key = concat_prefix(prefix, &key);
        match dst.get_mut(&key) {
            Some(Value::Null) if !merge && src_non_nil.contains(&key) => {
                dst.shift_remove(&key);
            }
            None => {
                dst.insert(key, val);
            }
            Some(dv) => match val {
                Value::Object(mut sv) => {
                    if let Value::Object(dm) = dv {
                        coalesce_tables_full_key(w, dm, &mut sv, &full_key, merge);
                    } else {
                        w.push(format!(
                            "warning: cannot overwrite table with non table for {full_key} ({})",
                            fmt_v(&Value::Object(sv))
                        ));
                    }
                }
                val => {
                    if dv.is_object() && !val.is_null() {
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
            vec!["warning: skipped value for top.t: Not a table."]
        );
        let mut dst = obj(json!({"a": {"b": 1.0}}));
        let w = coalesce_tables(&mut dst, obj(json!({"a": 2.0})));
        assert_eq!(
            w,
            vec!["warning: destination for a is a table. Ignoring non-table value (2)"]
        );
    }
}
