//! Sprig's list functions (`list.go`), with their `must*` variants. A plain variant reports the
//! same message as its `must*` twin (in Go it panics, and text/template turns the panic into
//! `error calling X: ...`).

use crate::func::{FuncError, FuncMap, Function};
use crate::sprig::conv::to_int;
use crate::sprig::defaults::empty;
use crate::value::{GoType, Value};

/// Go's panic text when Sprig calls `reflect.TypeOf(nil).Kind()`.
pub const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference";

/// The reflect kind name of a value (`string`, `map`, `int`...), as Sprig's error texts print it.
pub fn kind_of(v: &Value) -> &'static str {
    v.kind_name()
}

/// The items of a slice argument, or Sprig's error for any other kind (`what` completes
/// `Cannot find {what} on type {kind}`-style messages via `msg`).
fn items_or(v: &Value, msg: impl Fn(&str) -> String) -> Result<Vec<Value>, FuncError> {
    match &v.resolved() {
        Value::List(l) => Ok(l.items.clone()),
        Value::Bytes(b) => Ok(b.iter().map(|c| Value::Int(*c as i64)).collect()),
        Value::Nil => Err(FuncError::new(NIL_DEREF)),
        _ => Err(FuncError::new(msg(kind_of(v)))),
    }
}

fn arg(args: &[Value], i: usize) -> &Value {
    args.get(i).unwrap_or(&Value::Nil)
}

fn in_list(haystack: &[Value], needle: &Value) -> bool {
    haystack.iter().any(|h| needle.deep_equal(h))
}

/// Registers `name` and `must{Name}` with the same implementation.
fn both(
    m: &mut FuncMap,
    names: &[&str],
    params: Vec<GoType>,
    variadic: Option<GoType>,
    f: fn(&[Value]) -> Result<Value, FuncError>,
) {
    for n in names {
        m.insert(Function::pure(n, params.clone(), variadic.clone(), f));
    }
}

fn push(a: &[Value]) -> Result<Value, FuncError> {
    let mut items = items_or(arg(a, 0), |k| format!("Cannot push on type {k}"))?;
    items.push(arg(a, 1).clone());
    Ok(Value::list(items))
}

fn prepend(a: &[Value]) -> Result<Value, FuncError> {
    let mut items = items_or(arg(a, 0), |k| format!("Cannot prepend on type {k}"))?;
    items.insert(0, arg(a, 1).clone());
    Ok(Value::list(items))
}

fn chunk(a: &[Value]) -> Result<Value, FuncError> {
    let size = match arg(a, 0) {
        Value::Int(n) | Value::Int64(n) => *n,
        _ => 0,
    };
    let items = items_or(arg(a, 1), |k| format!("Cannot chunk type {k}"))?;
    let l = items.len() as i64;
    let cs = ((l - 1) as f64 / size as f64).floor() + 1.0;
    let cs = crate::sprig::conv::float_to_int64(cs);
    if cs < 0 || size <= 0 && l > 0 {
        return Err(FuncError::new("runtime error: makeslice: len out of range"));
    }
    let mut out = Vec::with_capacity(cs as usize);
    for i in 0..cs {
        let mut clen = size;
        if i == cs - 1 {
            clen = l % size;
            if clen == 0 {
                clen = size;
            }
        }
        if clen < 0 {
            return Err(FuncError::new("runtime error: makeslice: len out of range"));
        }
        let start = (i * size) as usize;
        let end = (start + clen as usize).min(items.len());
        out.push(Value::list(items[start..end].to_vec()));
    }
    Ok(Value::typed_list(GoType::slice_of(GoType::Interface), out))
}

fn last(a: &[Value]) -> Result<Value, FuncError> {
    let items = items_or(arg(a, 0), |k| format!("Cannot find last on type {k}"))?;
    Ok(items.last().cloned().unwrap_or(Value::Nil))
}

fn first(a: &[Value]) -> Result<Value, FuncError> {
    let items = items_or(arg(a, 0), |k| format!("Cannot find first on type {k}"))?;
    Ok(items.first().cloned().unwrap_or(Value::Nil))
}

fn rest(a: &[Value]) -> Result<Value, FuncError> {
    let items = items_or(arg(a, 0), |k| format!("Cannot find rest on type {k}"))?;
    Ok(Value::list(items.into_iter().skip(1).collect()))
}

fn initial(a: &[Value]) -> Result<Value, FuncError> {
    let mut items = items_or(arg(a, 0), |k| format!("Cannot find initial on type {k}"))?;
    items.pop();
    Ok(Value::list(items))
}

fn reverse(a: &[Value]) -> Result<Value, FuncError> {
    let mut items = items_or(arg(a, 0), |k| format!("Cannot find reverse on type {k}"))?;
    items.reverse();
    Ok(Value::list(items))
}

fn compact(a: &[Value]) -> Result<Value, FuncError> {
    let items = items_or(arg(a, 0), |k| format!("Cannot compact on type {k}"))?;
    Ok(Value::list(
        items.into_iter().filter(|v| !empty(v)).collect(),
    ))
}

fn uniq(a: &[Value]) -> Result<Value, FuncError> {
    let items = items_or(arg(a, 0), |k| format!("Cannot find uniq on type {k}"))?;
    let mut dest: Vec<Value> = Vec::new();
    for it in items {
        if !in_list(&dest, &it) {
            dest.push(it);
        }
    }
    Ok(Value::list(dest))
}

fn without(a: &[Value]) -> Result<Value, FuncError> {
    let items = items_or(arg(a, 0), |k| format!("Cannot find without on type {k}"))?;
    let omit = a.get(1..).unwrap_or(&[]);
    Ok(Value::list(
        items.into_iter().filter(|v| !in_list(omit, v)).collect(),
    ))
}

fn has(a: &[Value]) -> Result<Value, FuncError> {
    let hay = arg(a, 1);
    if hay.is_nil() {
        return Ok(Value::Bool(false));
    }
    let items = items_or(hay, |k| format!("Cannot find has on type {k}"))?;
    Ok(Value::Bool(in_list(&items, arg(a, 0))))
}

fn slice(a: &[Value]) -> Result<Value, FuncError> {
    let list = arg(a, 0);
    let items = items_or(list, |k| {
        format!("list should be type of slice or array but {k}")
    })?;
    let l = items.len() as i64;
    if l == 0 {
        return Ok(Value::Nil);
    }
    let start = a.get(1).map(to_int).unwrap_or(0);
    let end = if a.len() < 3 { l } else { to_int(&a[2]) };
    if start < 0 || end < start || end > l {
        return Err(FuncError::new(
            "reflect.Value.Slice: slice index out of bounds",
        ));
    }
    let (s, e) = (start as usize, end as usize);
    Ok(match list {
        Value::List(lst) => Value::typed_list(lst.elem.clone(), items[s..e].to_vec()),
        Value::Bytes(b) => Value::Bytes(b[s..e].into()),
        _ => Value::list(items[s..e].to_vec()),
    })
}

fn concat(a: &[Value]) -> Result<Value, FuncError> {
    let mut res = Vec::new();
    for l in a {
        let items = items_or(l, |k| format!("Cannot concat type {k} as list"))?;
        res.extend(items);
    }
    Ok(Value::list(res))
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    use GoType::*;
    for name in ["list", "tuple"] {
        m.insert(Function::pure(name, vec![], Some(Interface), |a| {
            Ok(Value::list(a.to_vec()))
        }));
    }
    both(
        m,
        &["append", "push", "mustAppend", "mustPush"],
        vec![Interface, Interface],
        None,
        push,
    );
    both(
        m,
        &["prepend", "mustPrepend"],
        vec![Interface, Interface],
        None,
        prepend,
    );
    both(
        m,
        &["chunk", "mustChunk"],
        vec![Int, Interface],
        None,
        chunk,
    );
    both(m, &["last", "mustLast"], vec![Interface], None, last);
    both(m, &["first", "mustFirst"], vec![Interface], None, first);
    both(m, &["rest", "mustRest"], vec![Interface], None, rest);
    both(
        m,
        &["initial", "mustInitial"],
        vec![Interface],
        None,
        initial,
    );
    both(
        m,
        &["reverse", "mustReverse"],
        vec![Interface],
        None,
        reverse,
    );
    both(
        m,
        &["compact", "mustCompact"],
        vec![Interface],
        None,
        compact,
    );
    both(m, &["uniq", "mustUniq"], vec![Interface], None, uniq);
    both(
        m,
        &["without", "mustWithout"],
        vec![Interface],
        Some(Interface),
        without,
    );
    both(
        m,
        &["has", "mustHas"],
        vec![Interface, Interface],
        None,
        has,
    );
    both(
        m,
        &["slice", "mustSlice"],
        vec![Interface],
        Some(Interface),
        slice,
    );
    both(m, &["concat"], vec![], Some(Interface), concat);
}
