//! Go-behaviour tests for src/gofmt.rs.

use gotemplate::gofmt::*;
use gotemplate::Value;
use std::collections::BTreeMap;
fn s(x: &str) -> Value {
    Value::str(x)
}

#[test]
fn sprint_spacing() {
    assert_eq!(sprint(&[s("a"), s("b")]), "ab");
    assert_eq!(sprint(&[Value::Int(1), Value::Int(2)]), "1 2");
    assert_eq!(sprint(&[s("a"), Value::Int(1), s("b")]), "a1b");
    assert_eq!(sprint(&[Value::Int(1), Value::Nil]), "1 <nil>");
    assert_eq!(sprintln(&[s("a"), s("b")]), "a b\n");
}

#[test]
fn verbs() {
    assert_eq!(sprintf("%d", &[Value::Int(42)]), "42");
    assert_eq!(
        sprintf(
            "%5d|%-5d|%05d",
            &[Value::Int(42), Value::Int(42), Value::Int(-42)]
        ),
        "   42|42   |-0042"
    );
    assert_eq!(
        sprintf(
            "%x %X %o %b %#x %#o",
            &[
                Value::Int(255),
                Value::Int(255),
                Value::Int(8),
                Value::Int(5),
                Value::Int(255),
                Value::Int(8)
            ]
        ),
        "ff FF 10 101 0xff 010"
    );
    assert_eq!(
        sprintf("%c%U", &[Value::Int(65), Value::Int(0x1F600)]),
        "AU+1F600"
    );
    assert_eq!(sprintf("%q", &[Value::Int(65)]), "'A'");
    assert_eq!(
        sprintf(
            "%s|%q|%10s|%-4s|%.2s",
            &[s("x"), s("a\"b"), s("hi"), s("a"), s("hello")]
        ),
        "x|\"a\\\"b\"|        hi|a   |he"
    );
    assert_eq!(
        sprintf("%x % x %#x", &[s("hi"), s("hi"), s("hi")]),
        "6869 68 69 0x6869"
    );
    assert_eq!(sprintf("%t", &[Value::Bool(true)]), "true");
    assert_eq!(
        sprintf(
            "%T %T %T",
            &[Value::Float(1.0), Value::Int64(1), Value::list(vec![])]
        ),
        "float64 int64 []interface {}"
    );
    assert_eq!(
        sprintf(
            "%%|%5.1f|%e|%g|%.3g",
            &[
                Value::Float(2.61828),
                Value::Float(1234.5678),
                Value::Float(1e6),
                Value::Float(2.61828)
            ]
        ),
        "%|  2.6|1.234568e+03|1e+06|2.62"
    );
    assert_eq!(
        sprintf(
            "%+d %+.2f % d",
            &[Value::Int(5), Value::Float(1.5), Value::Int(5)]
        ),
        "+5 +1.50  5"
    );
    assert_eq!(sprintf("%08.3f", &[Value::Float(-2.61828)]), "-002.618");
    assert_eq!(sprintf("%F", &[Value::Float(2.0)]), "2.000000");
}

#[test]
fn bad_forms() {
    assert_eq!(sprintf("%d", &[s("x")]), "%!d(string=x)");
    assert_eq!(sprintf("%s", &[Value::Nil]), "%!s(<nil>)");
    assert_eq!(sprintf("%v", &[Value::Nil]), "<nil>");
    assert_eq!(sprintf("%d", &[Value::Float(3.0)]), "%!d(float64=3)");
    assert_eq!(sprintf("%d %d", &[Value::Int(1)]), "1 %!d(MISSING)");
    assert_eq!(
        sprintf("%d", &[Value::Int(1), s("x")]),
        "1%!(EXTRA string=x)"
    );
    assert_eq!(
        sprintf("x", &[Value::Int(1), Value::Nil]),
        "x%!(EXTRA int=1, <nil>)"
    );
    assert_eq!(sprintf("%", &[]), "%!(NOVERB)");
    assert_eq!(
        sprintf("%[2]d %[1]d", &[Value::Int(1), Value::Int(2)]),
        "2 1"
    );
    assert_eq!(sprintf("%[3]d", &[Value::Int(1)]), "%!d(BADINDEX)");
    assert_eq!(sprintf("%*d", &[Value::Int(4), Value::Int(1)]), "   1");
    assert_eq!(sprintf("%-*d|", &[Value::Int(4), Value::Int(1)]), "1   |");
    assert_eq!(sprintf("%.*f", &[Value::Int(1), Value::Float(2.25)]), "2.2");
    assert_eq!(sprintf("%z", &[Value::Int(1)]), "%!z(int=1)");
}

#[test]
fn composites() {
    let l = Value::list(vec![s("a"), Value::Int(1), Value::Nil, Value::Float(1.5)]);
    assert_eq!(format_v(&l), "[a 1 <nil> 1.5]");
    let mut m = BTreeMap::new();
    m.insert("b".to_string(), Value::Int(2));
    m.insert("a".to_string(), l.clone());
    let m = Value::map(m);
    assert_eq!(format_v(&m), "map[a:[a 1 <nil> 1.5] b:2]");
    assert_eq!(
        sprintf("%d", &[Value::list(vec![Value::Int(1), s("x")])]),
        "[1 %!d(string=x)]"
    );
    assert_eq!(
        sprintf("%q", &[Value::list(vec![s("a"), s("b")])]),
        r#"["a" "b"]"#
    );
    assert_eq!(
        sprintf("%3v", &[Value::list(vec![Value::Int(1), Value::Int(2)])]),
        "[  1   2]"
    );
    assert_eq!(
        format_v(&Value::Bytes(std::rc::Rc::from(&b"hi"[..]))),
        "[104 105]"
    );
    assert_eq!(
        sprintf("%s", &[Value::Bytes(std::rc::Rc::from(&b"hi"[..]))]),
        "hi"
    );
    assert_eq!(
        sprintf("%#v", &[Value::list(vec![s("a"), Value::Int(1)])]),
        r#"[]interface {}{"a", 1}"#
    );
}

#[test]
fn floats() {
    assert_eq!(format_v(&Value::Float(1234567.0)), "1.234567e+06");
    assert_eq!(format_v(&Value::Float(3.0)), "3");
    assert_eq!(format_v(&Value::Float(f64::INFINITY)), "+Inf");
    assert_eq!(format_v(&Value::Float(f64::NAN)), "NaN");
    assert_eq!(
        sprintf("%#v %#g", &[Value::Float(1.0), Value::Float(1.0)]),
        "1 1.00000"
    );
    assert_eq!(sprintf("%x", &[Value::Float(1.0)]), "0x1p+00");
    assert_eq!(sprintf("%.1x", &[Value::Float(3.0)]), "0x1.8p+01");
    assert_eq!(sprintf("%b", &[Value::Float(1.0)]), "4503599627370496p-52");
    assert_eq!(
        sprintf(
            "%6.2f|%-8.3e|",
            &[Value::Float(f64::INFINITY), Value::Float(0.5)]
        ),
        "  +Inf|5.000e-01|"
    );
}
