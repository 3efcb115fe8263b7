//! Sprig's conversion functions and the spf13/cast v1.7 rules they (and Sprig's arithmetic)
//! are built on.

use crate::func::{FuncMap, Function};
use crate::gofmt;
use crate::value::{GoType, Value};
use gostd::strconv;

/// Go's `int64(f)` on amd64: truncation toward zero, and the "integer indefinite" value
/// (`math.MinInt64`) for NaN and out-of-range floats.
pub fn float_to_int64(f: f64) -> i64 {
    if f.is_nan() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

/// cast's `trimZeroDecimal`: `"12.000"` → `"12"`; anything else unchanged.
fn trim_zero_decimal(s: &str) -> &str {
    let b = s.as_bytes();
    let mut found_zero = false;
    for i in (1..=b.len()).rev() {
        match b[i - 1] {
            b'.' => {
                if found_zero {
                    return &s[..i - 1];
                }
            }
            b'0' => found_zero = true,
            _ => return s,
        }
    }
    s
}

/// `cast.ToInt64E`: `Err` holds cast's error text.
pub fn to_int64_e(v: &Value) -> Result<i64, String> {
    match v {
        Value::Int(i) | Value::Int64(i) => Ok(*i),
        Value::Float(f) => Ok(float_to_int64(*f)),
        Value::String(s) => strconv::parse_int(trim_zero_decimal(s), 0).map_err(|_| {
            format!(
                "unable to cast {} of type string to int64",
                strconv::quote(s)
            )
        }),
        Value::Bool(b) => Ok(*b as i64),
        Value::Nil => Ok(0),
        _ => Err(format!(
            "unable to cast {} of type {} to int64",
            gofmt::sprintf("%#v", std::slice::from_ref(v)),
            gofmt::type_name(v)
        )),
    }
}

/// `cast.ToInt64`: strings parse with base prefixes (`"0x1F"`, `"017"`), `"12.0"` is 12, floats
/// truncate, bools are 1/0, and anything unconvertible (`"12abc"`, nil) is 0.
pub fn to_int64(v: &Value) -> i64 {
    to_int64_e(v).unwrap_or(0)
}

/// `cast.ToInt` (Go `int` is 64-bit here).
pub fn to_int(v: &Value) -> i64 {
    to_int64(v)
}

/// `cast.ToFloat64E`.
pub fn to_float64_e(v: &Value) -> Result<f64, String> {
    match v {
        Value::Int(i) | Value::Int64(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::String(s) => strconv::parse_float(s).map_err(|_| {
            format!(
                "unable to cast {} of type string to float64",
                strconv::quote(s)
            )
        }),
        Value::Bool(b) => Ok(if *b { 1.0 } else { 0.0 }),
        Value::Nil => Ok(0.0),
        _ => Err(format!(
            "unable to cast {} of type {} to float64",
            gofmt::sprintf("%#v", std::slice::from_ref(v)),
            gofmt::type_name(v)
        )),
    }
}

/// `cast.ToFloat64`: unconvertible values are 0.
pub fn to_float64(v: &Value) -> f64 {
    to_float64_e(v).unwrap_or(0.0)
}

pub use gostd::strconv::parse_bool;

/// `cast.ToBool`: numbers are true when non-zero, strings use `strconv.ParseBool`, and
/// anything else is false.
pub fn to_bool(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Int(i) | Value::Int64(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::String(s) => parse_bool(s).unwrap_or(false),
        _ => false,
    }
}

/// Sprig's `strval`: strings as they are, `[]byte` as text, objects by their `String()`, and
/// everything else with `%v`.
pub fn strval(v: &Value) -> String {
    match v {
        Value::String(s) => s.to_string(),
        Value::Bytes(b) => crate::gostr::from_bytes(b).into_owned(),
        // A struct passed by value has no pointer-receiver String method: fmt prints it.
        Value::Object(o) if o.struct_fields().is_none() => o.format().into_owned(),
        _ => gofmt::format_v(v),
    }
}

/// Sprig's `strslice` (`toStrings`): slice elements through `strval`, skipping nils; nil is an
/// empty list; any other value a one-element list.
pub fn strslice(v: &Value) -> Vec<String> {
    match v {
        Value::List(l) => l.items.iter().filter(|x| !x.is_nil()).map(strval).collect(),
        Value::Bytes(b) => b.iter().map(|c| c.to_string()).collect(),
        Value::Nil => Vec::new(),
        _ => vec![strval(v)],
    }
}

/// A `[]string` value.
pub fn string_list(items: Vec<String>) -> Value {
    Value::typed_list(GoType::String, items.into_iter().map(Value::from).collect())
}

/// Sprig's `toDecimal`: `fmt.Sprint(v)` parsed as octal, 0 on error.
pub fn to_decimal(v: &Value) -> i64 {
    let s = gofmt::sprint(std::slice::from_ref(v));
    strconv::parse_int(&s, 8).unwrap_or(0)
}

fn arg(args: &[Value], i: usize) -> &Value {
    args.get(i).unwrap_or(&Value::Nil)
}

fn arg_str(args: &[Value], i: usize) -> &str {
    arg(args, i).as_str().unwrap_or("")
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    use GoType::*;
    m.insert(Function::pure("atoi", vec![String], None, |a| {
        // Go's Atoi reports a range error with the value clamped; Sprig keeps the value.
        let text = arg_str(a, 0);
        Ok(Value::Int(match strconv::atoi(text) {
            Ok(n) => n,
            Err(e) if e.kind == strconv::NumErrorKind::Range => {
                if text.starts_with('-') {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
            Err(_) => 0,
        }))
    }));
    m.insert(Function::pure("int64", vec![Interface], None, |a| {
        Ok(Value::Int64(to_int64(arg(a, 0))))
    }));
    m.insert(Function::pure("int", vec![Interface], None, |a| {
        Ok(Value::Int(to_int(arg(a, 0))))
    }));
    m.insert(Function::pure("float64", vec![Interface], None, |a| {
        Ok(Value::Float(to_float64(arg(a, 0))))
    }));
    m.insert(Function::pure("toDecimal", vec![Interface], None, |a| {
        Ok(Value::Int64(to_decimal(arg(a, 0))))
    }));
    m.insert(Function::pure("toString", vec![Interface], None, |a| {
        // A Go string (with any bytes) stays the same string.
        if let Value::String(_) = arg(a, 0) {
            return Ok(arg(a, 0).clone());
        }
        Ok(Value::from(strval(arg(a, 0))))
    }));
    m.insert(Function::pure("toStrings", vec![Interface], None, |a| {
        Ok(string_list(strslice(arg(a, 0))))
    }));
}
