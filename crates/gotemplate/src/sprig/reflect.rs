//! Sprig's reflection functions: `typeOf`, `typeIs`, `typeIsLike`, `kindOf`, `kindIs` and
//! `deepEqual` (Go's `reflect.DeepEqual`).

use crate::func::{FuncMap, Function};
use crate::gofmt;
use crate::value::{GoType, Value};

/// Sprig's `typeOf`: `fmt.Sprintf("%T", v)` (`<nil>` for nil).
pub fn type_of(v: &Value) -> String {
    gofmt::type_name(v)
}

/// Sprig's `kindOf`: the reflect kind name (`invalid` for nil).
pub fn kind_of(v: &Value) -> &'static str {
    v.kind_name()
}

fn arg(args: &[Value], i: usize) -> &Value {
    args.get(i).unwrap_or(&Value::Nil)
}

fn s(args: &[Value], i: usize) -> &str {
    arg(args, i).as_str().unwrap_or("")
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    use GoType::{Interface, String as Str};
    m.insert(Function::pure("typeOf", vec![Interface], None, |a| {
        Ok(Value::from(type_of(arg(a, 0))))
    }));
    m.insert(Function::pure("typeIs", vec![Str, Interface], None, |a| {
        Ok(Value::Bool(s(a, 0) == type_of(arg(a, 1))))
    }));
    m.insert(Function::pure(
        "typeIsLike",
        vec![Str, Interface],
        None,
        |a| {
            let t = type_of(arg(a, 1));
            let target = s(a, 0);
            Ok(Value::Bool(target == t || format!("*{target}") == t))
        },
    ));
    m.insert(Function::pure("kindOf", vec![Interface], None, |a| {
        Ok(Value::from(kind_of(arg(a, 0))))
    }));
    m.insert(Function::pure("kindIs", vec![Str, Interface], None, |a| {
        Ok(Value::Bool(s(a, 0) == kind_of(arg(a, 1))))
    }));
    m.insert(Function::pure(
        "deepEqual",
        vec![Interface, Interface],
        None,
        |a| Ok(Value::Bool(arg(a, 0).deep_equal(arg(a, 1)))),
    ));
}
