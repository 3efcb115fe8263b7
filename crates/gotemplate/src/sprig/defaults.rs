//! Sprig's defaults family: `default`, `empty`, `coalesce`, `all`, `any`, `ternary`, the JSON
//! functions and `fail`.

use crate::func::{FuncError, FuncMap, Function};
use crate::value::{GoType, Value};

/// Sprig's `empty`: nil, false, zero numbers, and empty strings, slices and maps are empty;
/// objects (structs and non-nil pointers) never are.
pub fn empty(v: &Value) -> bool {
    match v {
        Value::Nil => true,
        Value::Bool(b) => !b,
        Value::Int(i) | Value::Int64(i) => *i == 0,
        Value::Float(f) => *f == 0.0,
        Value::String(s) => s.is_empty(),
        Value::Bytes(b) => b.is_empty(),
        Value::List(l) => l.items.is_empty(),
        Value::Map(m) => m.borrow().entries.is_empty(),
        Value::Object(_) => false,
    }
}

fn arg(args: &[Value], i: usize) -> &Value {
    args.get(i).unwrap_or(&Value::Nil)
}

pub fn register(m: &mut FuncMap) {
    use GoType::*;
    m.insert(Function::pure(
        "default",
        vec![Interface],
        Some(Interface),
        |a| {
            let given = &a[1.min(a.len())..];
            match given.first() {
                Some(g) if !empty(g) => Ok(g.clone()),
                _ => Ok(arg(a, 0).clone()),
            }
        },
    ));
    m.insert(Function::pure("empty", vec![Interface], None, |a| {
        Ok(Value::Bool(empty(arg(a, 0))))
    }));
    m.insert(Function::pure("coalesce", vec![], Some(Interface), |a| {
        Ok(a.iter().find(|v| !empty(v)).cloned().unwrap_or(Value::Nil))
    }));
    m.insert(Function::pure("all", vec![], Some(Interface), |a| {
        Ok(Value::Bool(a.iter().all(|v| !empty(v))))
    }));
    m.insert(Function::pure("any", vec![], Some(Interface), |a| {
        Ok(Value::Bool(a.iter().any(|v| !empty(v))))
    }));
    m.insert(Function::pure(
        "ternary",
        vec![Interface, Interface, Bool],
        None,
        |a| {
            if matches!(arg(a, 2), Value::Bool(true)) {
                Ok(arg(a, 0).clone())
            } else {
                Ok(arg(a, 1).clone())
            }
        },
    ));
    m.insert(Function::pure("fail", vec![String], None, |a| {
        Err(FuncError::new(arg(a, 0).as_str().unwrap_or("")))
    }));
}
