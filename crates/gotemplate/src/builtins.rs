//! text/template's predefined functions: and, or, not, len, index, slice, print, printf, println, html, js, urlquery, call, eq, ne, lt, le, gt, ge.
//!
//! Their parameters are Go `reflect.Value`s, which accept any argument; here they are
//! `interface {}`. `and` and `or` short-circuit in the executor; the functions registered here
//! are what a non-short-circuit call would compute.

use crate::func::{FuncError, FuncMap, Function};
use crate::gofmt;
use crate::value::{GoType, Value};

fn any() -> GoType {
    GoType::Interface
}

/// The builtin functions, by name.
pub fn builtins() -> FuncMap {
    let mut m = FuncMap::new();
    m.insert(Function::pure("and", vec![any()], Some(any()), |a| {
        Ok(logic(a, false))
    }));
    m.insert(Function::pure("or", vec![any()], Some(any()), |a| {
        Ok(logic(a, true))
    }));
    m.insert(Function::pure("not", vec![any()], None, |a| {
        Ok(Value::Bool(!a[0].truthy()))
    }));
    m.insert(Function::pure("len", vec![any()], None, |a| length(&a[0])));
    m.insert(Function::pure("index", vec![any()], Some(any()), |a| {
        index(&a[0], &a[1..])
    }));
    m.insert(Function::pure("slice", vec![any()], Some(any()), |a| {
        slice(&a[0], &a[1..])
    }));
    m.insert(Function::pure("print", vec![], Some(any()), |a| {
        Ok(Value::from(gofmt::sprint(a)))
    }));
    m.insert(Function::pure("println", vec![], Some(any()), |a| {
        Ok(Value::from(gofmt::sprintln(a)))
    }));
    m.insert(Function::pure(
        "printf",
        vec![GoType::String],
        Some(any()),
        |a| {
            Ok(Value::from(gofmt::sprintf(
                a[0].as_str().unwrap_or(""),
                &a[1..],
            )))
        },
    ));
    m.insert(Function::pure("html", vec![], Some(any()), |a| {
        Ok(Value::from(html_escape(&eval_args(a))))
    }));
    m.insert(Function::pure("js", vec![], Some(any()), |a| {
        Ok(Value::from(js_escape(&eval_args(a))))
    }));
    m.insert(Function::pure("urlquery", vec![], Some(any()), |a| {
        Ok(Value::from(query_escape(&eval_args(a))))
    }));
    // The executor passes the callee's text first, as Go does.
    m.insert(Function::pure(
        "call",
        vec![any()],
        Some(any()),
        |a| match a {
            [name, f, ..] => call(name.as_str().unwrap_or_default(), f),
            _ => Err(err("call of nil")),
        },
    ));
    m.insert(Function::pure("eq", vec![any()], Some(any()), |a| {
        eq(&a[0], &a[1..]).map(Value::Bool)
    }));
    m.insert(Function::pure("ne", vec![any(), any()], None, |a| {
        eq(&a[0], &a[1..2]).map(|b| Value::Bool(!b))
    }));
    m.insert(Function::pure("lt", vec![any(), any()], None, |a| {
        lt(&a[0], &a[1]).map(Value::Bool)
    }));
    m.insert(Function::pure("le", vec![any(), any()], None, |a| {
        le(&a[0], &a[1]).map(Value::Bool)
    }));
    m.insert(Function::pure("gt", vec![any(), any()], None, |a| {
        le(&a[0], &a[1]).map(|b| Value::Bool(!b))
    }));
    m.insert(Function::pure("ge", vec![any(), any()], None, |a| {
        lt(&a[0], &a[1]).map(|b| Value::Bool(!b))
    }));
    m
}

/// The names of the builtins.
pub const NAMES: &[&str] = &[
    "and", "or", "not", "len", "index", "slice", "print", "printf", "println", "html", "js",
    "urlquery", "call", "eq", "ne", "lt", "le", "gt", "ge",
];

fn logic(args: &[Value], or: bool) -> Value {
    for a in args {
        if a.truthy() == or {
            return a.clone();
        }
    }
    args.last().cloned().unwrap_or(Value::Nil)
}

fn err(msg: impl Into<String>) -> FuncError {
    FuncError::new(msg)
}

fn length(v: &Value) -> Result<Value, FuncError> {
    let v = &v.resolved();
    let n = match v {
        Value::Nil => return Err(err("reflect: call of reflect.Value.Type on zero Value")),
        Value::String(s) => crate::gostr::to_bytes(s).len(),
        Value::Bytes(b) => b.len(),
        Value::List(l) => l.items.len(),
        Value::Map(m) => m.borrow().entries.len(),
        other => return Err(err(format!("len of type {}", indirect_type_of(other)))),
    };
    Ok(Value::Int(n as i64))
}

/// Go's `indexArg`: an index must be an integer in 0..=cap.
fn index_arg(index: &Value, cap: usize) -> Result<usize, FuncError> {
    let x = match index {
        Value::Int(i) | Value::Int64(i) => *i,
        Value::Nil => return Err(err("cannot index slice/array with nil")),
        other => {
            return Err(err(format!(
                "cannot index slice/array with type {}",
                other.go_type()
            )))
        }
    };
    if x < 0 || x as u64 > cap as u64 {
        return Err(err(format!("index out of range: {x}")));
    }
    Ok(x as usize)
}

fn index(item: &Value, indexes: &[Value]) -> Result<Value, FuncError> {
    if item.is_nil() {
        return Err(err("index of untyped nil"));
    }
    let mut v = item.resolved();
    for i in indexes {
        v = v.resolved();
        v = match &v {
            Value::Nil => return Err(err("index of nil pointer")),
            Value::String(s) => {
                let s = crate::gostr::to_bytes(s);
                let x = index_arg(i, s.len())?;
                match s.get(x) {
                    Some(b) => Value::Int(*b as i64),
                    None => return Err(err("reflect: string index out of range")),
                }
            }
            Value::Bytes(b) => {
                let x = index_arg(i, b.len())?;
                match b.get(x) {
                    Some(b) => Value::Int(*b as i64),
                    None => return Err(err("reflect: slice index out of range")),
                }
            }
            Value::List(l) => {
                let x = index_arg(i, l.items.len())?;
                match l.items.get(x) {
                    Some(e) => e.clone(),
                    None => return Err(err("reflect: slice index out of range")),
                }
            }
            Value::Map(m) => {
                let key = match i {
                    Value::String(s) => s.clone(),
                    Value::Nil => return Err(err("value is nil; should be of type string")),
                    other => {
                        return Err(err(format!(
                            "value has type {}; should be string",
                            other.go_type()
                        )))
                    }
                };
                let m = m.borrow();
                match m.entries.get(&*key) {
                    Some(e) => e.clone(),
                    None => zero_value(&m.elem),
                }
            }
            other => {
                return Err(err(format!(
                    "can't index item of type {}",
                    indirect_type_of(other)
                )))
            }
        };
    }
    Ok(v)
}

fn type_of(v: &Value) -> String {
    match v {
        Value::Object(o) => o.type_name().to_string(),
        other => other.go_type().to_string(),
    }
}

/// The type after Go's `indirect`: a pointer object's element type (`*pkg.T` becomes `pkg.T`).
fn indirect_type_of(v: &Value) -> String {
    match v {
        Value::Object(o) if o.kind() == "ptr" => {
            let t = o.type_name();
            t.strip_prefix('*').unwrap_or(t).to_string()
        }
        other => type_of(other),
    }
}

/// The zero value of a Go type, as `reflect.Zero` gives it (nil for nillable types).
pub fn zero_value(t: &GoType) -> Value {
    match t {
        GoType::Bool => Value::Bool(false),
        GoType::Int => Value::Int(0),
        GoType::Int64 => Value::Int64(0),
        GoType::Float64 => Value::Float(0.0),
        GoType::String => Value::str(""),
        GoType::Bytes => Value::Bytes(std::rc::Rc::from(&[][..])),
        _ => Value::Nil,
    }
}

fn slice(item: &Value, indexes: &[Value]) -> Result<Value, FuncError> {
    if item.is_nil() {
        return Err(err("slice of untyped nil"));
    }
    if indexes.len() > 3 {
        return Err(err(format!("too many slice indexes: {}", indexes.len())));
    }
    let len = match item {
        Value::String(s) => {
            if indexes.len() == 3 {
                return Err(err("cannot 3-index slice a string"));
            }
            crate::gostr::to_bytes(s).len()
        }
        Value::Bytes(b) => b.len(),
        Value::List(l) => l.items.len(),
        other => return Err(err(format!("can't slice item of type {}", type_of(other)))),
    };
    let mut idx = [0usize, len, len];
    for (k, i) in indexes.iter().enumerate() {
        idx[k] = index_arg(i, len)?;
    }
    if idx[0] > idx[1] {
        return Err(err(format!("invalid slice index: {} > {}", idx[0], idx[1])));
    }
    if indexes.len() == 3 && idx[1] > idx[2] {
        return Err(err(format!("invalid slice index: {} > {}", idx[1], idx[2])));
    }
    Ok(match item {
        Value::String(s) => {
            crate::sprig::strings::go_string(&crate::gostr::to_bytes(s)[idx[0]..idx[1]])
        }
        Value::Bytes(b) => Value::Bytes(b[idx[0]..idx[1]].into()),
        Value::List(l) => Value::typed_list(l.elem.clone(), l.items[idx[0]..idx[1]].to_vec()),
        _ => Value::Nil,
    })
}

fn call(name: &str, f: &Value) -> Result<Value, FuncError> {
    match f {
        Value::Nil => Err(err("call of nil")),
        other => Err(err(format!(
            "non-function {name} of type {}",
            type_of(other)
        ))),
    }
}

/// Go's `evalArgs` for the escapers: a single string is used as is, anything else is printed.
fn eval_args(args: &[Value]) -> String {
    if let [Value::String(s)] = args {
        return s.to_string();
    }
    // Go prints each argument as an action would: nil as `<no value>`.
    let printable: Vec<Value> = args
        .iter()
        .map(|a| match a {
            Value::Nil => Value::from("<no value>"),
            other => other.clone(),
        })
        .collect();
    gofmt::sprint(&printable)
}

/// Go's `template.HTMLEscapeString`.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\0' => out.push('\u{FFFD}'),
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Go's `template.JSEscapeString`.
pub fn js_escape(s: &str) -> String {
    const HEX: &[u8] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '<' => out.push_str("\\u003C"),
            '>' => out.push_str("\\u003E"),
            '&' => out.push_str("\\u0026"),
            '=' => out.push_str("\\u003D"),
            c if (c as u32) < 0x20 => {
                let b = c as u8;
                out.push_str("\\u00");
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
            c if (c as u32) < 0x80 => out.push(c),
            // A byte that is not UTF-8 decodes to U+FFFD, which is printable: Go copies it.
            c if gostd::strconv::is_print(c) || crate::gostr::is_escape(c) => out.push(c),
            c => out.push_str(&format!("\\u{:04X}", c as u32)),
        }
    }
    out
}

/// Go's `url.QueryEscape`.
pub fn query_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in crate::gostr::to_bytes(s).iter() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Invalid,
    Bool,
    Int,
    Float,
    Complex,
    String,
}

fn basic_kind(v: &Value) -> Kind {
    match v {
        Value::Bool(_) => Kind::Bool,
        Value::Int(_) | Value::Int64(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::String(_) => Kind::String,
        v if crate::value::as_complex(v).is_some() => Kind::Complex,
        _ => Kind::Invalid,
    }
}

fn reflect_kind(v: &Value) -> &'static str {
    match v {
        Value::Nil => "invalid",
        Value::Bytes(_) | Value::List(_) => "slice",
        Value::Map(_) => "map",
        Value::Object(o) => o.kind(),
        _ => "basic",
    }
}

fn incompatible(a: &Value, b: &Value) -> FuncError {
    err(format!(
        "incompatible types for comparison: {} and {}",
        type_of(a),
        type_of(b)
    ))
}

/// Go's `eq`: arg1 == arg2 || arg1 == arg3 ...
pub fn eq(a: &Value, others: &[Value]) -> Result<bool, FuncError> {
    if others.is_empty() {
        return Err(err("missing argument for comparison"));
    }
    let k1 = basic_kind(a);
    for b in others {
        let k2 = basic_kind(b);
        let truth = if k1 != k2 {
            if !a.is_nil() && !b.is_nil() {
                return Err(incompatible(a, b));
            }
            false
        } else {
            match (a, b) {
                (Value::Bool(x), Value::Bool(y)) => x == y,
                (Value::Int(x) | Value::Int64(x), Value::Int(y) | Value::Int64(y)) => x == y,
                (Value::Float(x), Value::Float(y)) => x == y,
                (Value::String(x), Value::String(y)) => x == y,
                _ if k1 == Kind::Complex => {
                    crate::value::as_complex(a) == crate::value::as_complex(b)
                }
                _ => {
                    let (ka, kb) = (reflect_kind(a), reflect_kind(b));
                    if ka != kb && ka != "invalid" && kb != "invalid" {
                        return Err(err(format!(
                            "non-comparable types {}: {}, {}: {}",
                            gofmt::sprintf("%s", std::slice::from_ref(a)),
                            type_of(a),
                            type_of(b),
                            gofmt::format_v(b)
                        )));
                    }
                    if a.is_nil() || b.is_nil() {
                        a.is_nil() == b.is_nil()
                    } else if matches!(b, Value::List(_) | Value::Map(_) | Value::Bytes(_)) {
                        return Err(err(format!(
                            "non-comparable type {}: {}",
                            gofmt::sprintf("%s", std::slice::from_ref(b)),
                            type_of(b)
                        )));
                    } else {
                        a.deep_equal(b)
                    }
                }
            }
        };
        if truth {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Go's `lt`.
pub fn lt(a: &Value, b: &Value) -> Result<bool, FuncError> {
    let (k1, k2) = (basic_kind(a), basic_kind(b));
    if k1 == Kind::Invalid || k2 == Kind::Invalid {
        return Err(err("invalid type for comparison"));
    }
    if k1 != k2 {
        return Err(incompatible(a, b));
    }
    Ok(match (a, b) {
        (Value::Int(x) | Value::Int64(x), Value::Int(y) | Value::Int64(y)) => x < y,
        (Value::Float(x), Value::Float(y)) => x < y,
        (Value::String(x), Value::String(y)) => crate::gostr::cmp(x, y).is_lt(),
        _ => return Err(err("invalid type for comparison")),
    })
}

/// Go's `le`: lt or eq.
pub fn le(a: &Value, b: &Value) -> Result<bool, FuncError> {
    if lt(a, b)? {
        return Ok(true);
    }
    eq(a, std::slice::from_ref(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparisons_follow_go() {
        assert!(eq(&Value::Int(1), &[Value::Int(2), Value::Int64(1)]).unwrap());
        assert_eq!(
            eq(&Value::Int(1), &[Value::Float(1.0)]).unwrap_err().0,
            "incompatible types for comparison: int and float64"
        );
        assert!(!eq(&Value::Nil, &[Value::str("x")]).unwrap());
        assert!(eq(&Value::Nil, &[Value::Nil]).unwrap());
        assert_eq!(
            lt(&Value::Int(1), &Value::Nil).unwrap_err().0,
            "invalid type for comparison"
        );
        assert_eq!(
            lt(&Value::Bool(true), &Value::Bool(false)).unwrap_err().0,
            "invalid type for comparison"
        );
        assert!(le(&Value::str("a"), &Value::str("a")).unwrap());
        assert_eq!(
            eq(&Value::list(vec![]), &[Value::list(vec![])])
                .unwrap_err()
                .0,
            "non-comparable type []: []interface {}"
        );
    }

    #[test]
    fn index_and_slice_follow_go() {
        let l = Value::list(vec![Value::str("a"), Value::str("b")]);
        assert_eq!(index(&l, &[Value::Int(1)]).unwrap().as_str(), Some("b"));
        assert_eq!(
            index(&l, &[Value::Int(3)]).unwrap_err().0,
            "index out of range: 3"
        );
        assert_eq!(
            index(&l, &[Value::Int(2)]).unwrap_err().0,
            "reflect: slice index out of range"
        );
        assert_eq!(
            index(&l, &[Value::str("0")]).unwrap_err().0,
            "cannot index slice/array with type string"
        );
        assert_eq!(
            index(&Value::Float(1.0), &[Value::Int(0)]).unwrap_err().0,
            "can't index item of type float64"
        );
        assert_eq!(
            index(&Value::Nil, &[]).unwrap_err().0,
            "index of untyped nil"
        );
        assert_eq!(
            slice(&Value::str("hello"), &[Value::Int(1), Value::Int(3)])
                .unwrap()
                .as_str(),
            Some("el")
        );
        assert_eq!(
            slice(&l, &[Value::Int(2), Value::Int(1)]).unwrap_err().0,
            "invalid slice index: 2 > 1"
        );
    }

    #[test]
    fn escapers_follow_go() {
        assert_eq!(
            html_escape("<a href=\"x\">&'"),
            "&lt;a href=&#34;x&#34;&gt;&amp;&#39;"
        );
        assert_eq!(
            js_escape("a'b\"<=>\n"),
            "a\\'b\\\"\\u003C\\u003D\\u003E\\u000A"
        );
        assert_eq!(query_escape("a b&c=d/é"), "a+b%26c%3Dd%2F%C3%A9");
        assert_eq!(length(&Value::str("héllo")).unwrap().as_str(), None);
        assert!(matches!(
            length(&Value::str("héllo")).unwrap(),
            Value::Int(6)
        ));
    }
}
