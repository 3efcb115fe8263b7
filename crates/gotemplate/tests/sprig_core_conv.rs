//! Go-behaviour tests for src/sprig/conv.rs.

use gotemplate::sprig::conv::*;
use gotemplate::Value;
#[test]
fn cast_rules() {
    assert_eq!(to_int64(&Value::str("12abc")), 0);
    assert_eq!(to_int64(&Value::str("0x1F")), 31);
    assert_eq!(to_int64(&Value::str("017")), 15);
    assert_eq!(to_int64(&Value::str("12.0")), 12);
    assert_eq!(to_int64(&Value::str("12.5")), 0);
    assert_eq!(to_int64(&Value::Float(3.9)), 3);
    assert_eq!(to_int64(&Value::Float(-3.9)), -3);
    assert_eq!(to_int64(&Value::Bool(true)), 1);
    assert_eq!(to_int64(&Value::Nil), 0);
    assert_eq!(to_float64(&Value::str("1.5")), 1.5);
    assert_eq!(to_float64(&Value::str("x")), 0.0);
    assert_eq!(to_float64(&Value::Int(2)), 2.0);
    assert!(to_bool(&Value::str("True")));
    assert!(!to_bool(&Value::str("yes")));
    assert_eq!(to_int64(&Value::str("10.00")), 10);
    assert_eq!(to_int64(&Value::str("10.")), 0);
    assert_eq!(to_int64(&Value::str("10.")), 0);
}

#[test]
fn strval_rules() {
    assert_eq!(strval(&Value::Float(1e6)), "1e+06");
    assert_eq!(strval(&Value::Nil), "<nil>");
    assert_eq!(
        strval(&Value::list(vec![Value::Int(1), Value::str("a")])),
        "[1 a]"
    );
    assert_eq!(
        strslice(&Value::list(vec![
            Value::Int(1),
            Value::Nil,
            Value::str("a")
        ])),
        vec!["1", "a"]
    );
    assert_eq!(to_decimal(&Value::str("0777")), 511);
    assert_eq!(to_decimal(&Value::Int(777)), 511);
    assert_eq!(to_decimal(&Value::str("8")), 0);
}
