//! Helpers for the unit tests of the Sprig modules: call a Sprig function by name, as a
//! template would find it, and look into the values it returns.

use crate::func::{FuncError, FuncMap, NoEnv};
use crate::value::{Member, Value};

thread_local! {
    static FUNCS: FuncMap = super::funcs();
}

/// Calls the Sprig function `name` with `args` (already of its parameter types).
pub(crate) fn call(name: &str, args: &[Value]) -> Result<Value, FuncError> {
    let f = FUNCS.with(|m| m.get(name).cloned());
    f.unwrap_or_else(|| panic!("no Sprig function {name}"))
        .call(&mut NoEnv, args)
}

/// The string the Sprig function `name` returns for `args`.
pub(crate) fn text(name: &str, args: &[Value]) -> String {
    match call(name, args) {
        Ok(v) => v
            .as_str()
            .unwrap_or_else(|| panic!("{name} returned {v:?}, not a string"))
            .to_string(),
        Err(e) => panic!("{name} failed: {}", e.0),
    }
}

/// Calls the method `name` of the object `v`.
pub(crate) fn method(v: &Value, name: &str, args: &[Value]) -> Value {
    let Value::Object(o) = v else {
        panic!("not an object: {v:?}")
    };
    let Some(Member::Method(f)) = o.member(name) else {
        panic!("no method {name}")
    };
    f.call(&mut NoEnv, args)
        .unwrap_or_else(|e| panic!("{name} failed: {}", e.0))
}

/// The string field `name` of the object `v`.
pub(crate) fn field(v: &Value, name: &str) -> String {
    let Value::Object(o) = v else {
        panic!("not an object: {v:?}")
    };
    let Some(Member::Field(f)) = o.member(name) else {
        panic!("no field {name}")
    };
    f.as_str()
        .unwrap_or_else(|| panic!("field {name} is {f:?}, not a string"))
        .to_string()
}
