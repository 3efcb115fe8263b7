//! Sprig's dict functions (`dict.go`): `dict`, `get`, `set`, `unset`, `hasKey`, `pluck`, `keys`,
//! `values`, `pick`, `omit`, `merge`/`mergeOverwrite` (dario.cat/mergo v1.0.1 semantics),
//! `deepCopy` and `dig`.
//!
//! Maps are shared: `set`, `unset` and the merges change the map they are given, as in Go.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::func::{FuncError, FuncMap, Function};
use crate::gofmt;
use crate::sprig::conv::{string_list, strval};
use crate::value::{GoType, List, MapRef, Value};

fn arg(args: &[Value], i: usize) -> &Value {
    args.get(i).unwrap_or(&Value::Nil)
}

fn s(args: &[Value], i: usize) -> String {
    arg(args, i).as_str().unwrap_or("").to_string()
}

fn map_arg(v: &Value) -> Option<&MapRef> {
    match v {
        Value::Map(m) => Some(m),
        _ => None,
    }
}

fn new_map() -> MapRef {
    match Value::map(BTreeMap::new()) {
        Value::Map(m) => m,
        _ => unreachable!("Value::map builds a map"),
    }
}

/// mergo's `isEmptyValue` (dereferencing interfaces).
fn mergo_empty(v: &Value) -> bool {
    crate::sprig::defaults::empty(v)
}

/// mergo's `deepMerge` of two maps, changing `dst` in place.
pub fn mergo_merge(dst: &MapRef, src: &MapRef, overwrite: bool) {
    if MapRef::ptr_eq(dst, src) {
        return;
    }
    let src_entries: Vec<(String, Value)> = src
        .borrow()
        .entries
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (k, sv) in src_entries {
        if sv.is_nil() {
            if overwrite {
                dst.borrow_mut().entries.insert(k, Value::Nil);
            }
            continue;
        }
        let dv = dst.borrow().entries.get(&k).cloned();
        match (&sv, &dv) {
            (Value::Map(sm), Some(Value::Map(dm))) => {
                // Nested maps merge in place (the inner destination map is shared).
                mergo_merge(dm, sm, overwrite);
            }
            (Value::List(_) | Value::Bytes(_), _) => {
                // mergo stores a slice for the key first: the source slice when overwriting
                // (or when the destination map is empty), else what was there (or an empty
                // slice of the source's type).
                let dst_empty = dst.borrow().entries.is_empty();
                let stored = if overwrite || dst_empty {
                    sv.clone()
                } else {
                    match &dv {
                        Some(v) if !v.is_nil() => v.clone(),
                        _ => match &sv {
                            Value::List(l) => Value::typed_list(l.elem.clone(), vec![]),
                            _ => Value::Bytes(Rc::from(&b""[..])),
                        },
                    }
                };
                dst.borrow_mut().entries.insert(k.clone(), stored);
            }
            _ => {}
        }
        if let Some(d) = &dv {
            if !mergo_empty(d) {
                if matches!(sv, Value::List(_) | Value::Bytes(_)) {
                    continue;
                }
                if matches!(sv, Value::Map(_)) && matches!(d, Value::Map(_)) {
                    continue;
                }
            }
        }
        if overwrite || dv.as_ref().is_none_or(mergo_empty) {
            dst.borrow_mut().entries.insert(k, sv);
        }
    }
}

/// The merges: `dst` changed in place by each source in turn, then returned.
fn merge_all(a: &[Value], overwrite: bool) -> Value {
    let dst = match arg(a, 0) {
        Value::Map(m) => m.clone(),
        _ => new_map(),
    };
    for src in a.iter().skip(1) {
        if let Value::Map(sm) = src {
            mergo_merge(&dst, sm, overwrite);
        }
    }
    Value::Map(dst)
}

/// copystructure's deep copy: maps and slices are copied, everything else shared.
pub fn deep_copy(v: &Value) -> Value {
    match v {
        Value::Map(m) => {
            let copy = {
                let m = m.borrow();
                Value::typed_map(
                    m.elem.clone(),
                    m.entries
                        .iter()
                        .map(|(k, v)| (k.clone(), deep_copy(v)))
                        .collect(),
                )
            };
            // The copy keeps the original's type, named or not.
            match copy {
                Value::Map(c) => Value::Map(c.with_type(m.named().cloned())),
                other => other,
            }
        }
        Value::List(l) => Value::List(Rc::new(List {
            elem: l.elem.clone(),
            items: l.items.iter().map(deep_copy).collect(),
        })),
        Value::Bytes(b) => Value::Bytes(Rc::from(&b[..])),
        _ => v.clone(),
    }
}

/// Go's text for a failed `x.(map[string]interface {})` (or `.(string)`) assertion.
fn conversion_panic(v: &Value, want: &str) -> FuncError {
    let got = match v {
        Value::Nil => "nil".to_string(),
        _ => gofmt::type_name(v),
    };
    FuncError::new(format!(
        "interface conversion: interface {{}} is {got}, not {want}"
    ))
}

const MAP_IFACE: &str = "map[string]interface {}";

fn as_iface_map(v: &Value) -> Result<&MapRef, FuncError> {
    match v {
        // A named map type (Helm's `common.Values`) fails the assertion, as in Go.
        Value::Map(m) if m.named().is_none() && m.borrow().elem == GoType::Interface => Ok(m),
        _ => Err(conversion_panic(v, MAP_IFACE)),
    }
}

fn dig(a: &[Value]) -> Result<Value, FuncError> {
    if a.len() < 3 {
        return Err(FuncError::new("dig needs at least three arguments"));
    }
    let mut dict = as_iface_map(&a[a.len() - 1])?.clone();
    let def = a[a.len() - 2].clone();
    let mut keys = Vec::with_capacity(a.len() - 2);
    for k in &a[..a.len() - 2] {
        match k {
            Value::String(s) => keys.push(s.to_string()),
            _ => return Err(conversion_panic(k, "string")),
        }
    }
    for (i, k) in keys.iter().enumerate() {
        let step = dict.borrow().entries.get(k).cloned();
        let Some(step) = step else {
            return Ok(def);
        };
        if i == keys.len() - 1 {
            return Ok(step);
        }
        dict = as_iface_map(&step)?.clone();
    }
    Ok(def)
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    use GoType::{Interface, String as Str};
    let map_t = || GoType::map_of(Interface);

    m.insert(Function::pure("dict", vec![], Some(Interface), |a| {
        let mut entries = BTreeMap::new();
        for pair in a.chunks(2) {
            let key = strval(&pair[0]);
            let v = pair.get(1).cloned().unwrap_or_else(|| Value::str(""));
            entries.insert(key, v);
        }
        Ok(Value::map(entries))
    }));
    m.insert(Function::pure("get", vec![map_t(), Str], None, |a| {
        let key = s(a, 1);
        Ok(map_arg(arg(a, 0))
            .and_then(|m| m.borrow().entries.get(&key).cloned())
            .unwrap_or_else(|| Value::str("")))
    }));
    m.insert(Function::pure(
        "set",
        vec![map_t(), Str, Interface],
        None,
        |a| {
            let Some(mr) = map_arg(arg(a, 0)) else {
                return Err(FuncError::new("assignment to entry in nil map"));
            };
            mr.borrow_mut().entries.insert(s(a, 1), arg(a, 2).clone());
            Ok(Value::Map(mr.clone()))
        },
    ));
    m.insert(Function::pure(
        "unset",
        vec![map_t(), Str],
        None,
        |a| match map_arg(arg(a, 0)) {
            Some(mr) => {
                mr.borrow_mut().entries.remove(&s(a, 1));
                Ok(Value::Map(mr.clone()))
            }
            // A nil map: deleting is a no-op, and the nil map prints as `map[]`.
            None => Ok(Value::map(BTreeMap::new())),
        },
    ));
    m.insert(Function::pure("hasKey", vec![map_t(), Str], None, |a| {
        let key = s(a, 1);
        Ok(Value::Bool(
            map_arg(arg(a, 0)).is_some_and(|m| m.borrow().entries.contains_key(&key)),
        ))
    }));
    m.insert(Function::pure("pluck", vec![Str], Some(map_t()), |a| {
        let key = s(a, 0);
        let res: Vec<Value> = a
            .iter()
            .skip(1)
            .filter_map(|d| map_arg(d).and_then(|m| m.borrow().entries.get(&key).cloned()))
            .collect();
        Ok(Value::list(res))
    }));
    m.insert(Function::pure("keys", vec![], Some(map_t()), |a| {
        let mut k = Vec::new();
        for d in a {
            if let Some(m) = map_arg(d) {
                k.extend(m.borrow().entries.keys().cloned());
            }
        }
        Ok(string_list(k))
    }));
    m.insert(Function::pure("values", vec![map_t()], None, |a| {
        Ok(Value::list(
            map_arg(arg(a, 0))
                .map(|m| m.borrow().entries.values().cloned().collect())
                .unwrap_or_default(),
        ))
    }));
    m.insert(Function::pure("pick", vec![map_t()], Some(Str), |a| {
        let mut res = BTreeMap::new();
        if let Some(m) = map_arg(arg(a, 0)) {
            let m = m.borrow();
            for k in a.iter().skip(1) {
                let k = k.as_str().unwrap_or("");
                if let Some(v) = m.entries.get(k) {
                    res.insert(k.to_string(), v.clone());
                }
            }
        }
        Ok(Value::map(res))
    }));
    m.insert(Function::pure("omit", vec![map_t()], Some(Str), |a| {
        let omit: Vec<&str> = a.iter().skip(1).map(|k| k.as_str().unwrap_or("")).collect();
        let mut res = BTreeMap::new();
        if let Some(m) = map_arg(arg(a, 0)) {
            for (k, v) in &m.borrow().entries {
                if !omit.contains(&k.as_str()) {
                    res.insert(k.clone(), v.clone());
                }
            }
        }
        Ok(Value::map(res))
    }));
    for (name, overwrite) in [
        ("merge", false),
        ("mustMerge", false),
        ("mergeOverwrite", true),
        ("mustMergeOverwrite", true),
    ] {
        m.insert(Function::pure(
            name,
            vec![map_t()],
            Some(map_t()),
            move |a| Ok(merge_all(a, overwrite)),
        ));
    }
    for name in ["deepCopy", "mustDeepCopy"] {
        m.insert(Function::pure(name, vec![Interface], None, |a| {
            match arg(a, 0) {
                // copystructure panics inside reflect on a nil interface.
                Value::Nil => Err(FuncError::new(
                    "reflect: call of reflect.Value.Type on zero Value",
                )),
                v => Ok(deep_copy(v)),
            }
        }));
    }
    m.insert(Function::pure("dig", vec![], Some(Interface), dig));
}

/// A `map[string]interface {}` from pairs (a convenience for tests and callers).
pub fn dict_of(pairs: Vec<(&str, Value)>) -> Value {
    Value::map(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}
