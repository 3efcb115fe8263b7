//! Small helpers that reproduce Go's text formatting where Helm's error messages depend on it.

pub use gostd::strconv::{is_print, quote, quote_rune};

/// `%q` of a `[]rune`: `['a' 'b']`.
pub fn quote_runes(s: &str) -> String {
    let parts: Vec<String> = s.chars().map(quote_rune).collect();
    format!("[{}]", parts.join(" "))
}

/// Go's `unicode.IsSpace`.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ' | '\u{85}' | '\u{A0}'
    ) || (c as u32 > 0xff && c.is_whitespace())
}

/// The Go type name of a JSON-model value as a failed type assertion names it (`interface {}
/// is nil, not string`): `%T`'s name, but nil is `nil`.
pub fn type_name(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "nil",
        other => gostd::json::type_name(other),
    }
}

/// The JSON kind word Go's decoder uses in errors (`cannot unmarshal array into ...`).
pub fn json_kind(v: &serde_json::Value) -> &'static str {
    use serde_json::Value;
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Go's `%v` of a JSON-model value: `map[a:1 b:x]` (keys sorted), `[a b]`, `<nil>`, floats in
/// `'g'` form.
pub fn fmt_v(v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => "<nil>".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => {
            if n.is_f64() {
                gostd::strconv::format_float(n.as_f64().unwrap_or(0.0), 'g', -1, 64)
            } else {
                n.to_string()
            }
        }
        Value::String(s) => s.clone(),
        Value::Array(a) => format!("[{}]", a.iter().map(fmt_v).collect::<Vec<_>>().join(" ")),
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            let parts: Vec<String> = keys
                .iter()
                .map(|k| format!("{k}:{}", fmt_v(&m[*k])))
                .collect();
            format!("map[{}]", parts.join(" "))
        }
    }
}

/// Go's `%t` of a JSON-model value, as `fmt.Errorf("...%t", v)` prints a non-bool: booleans as
/// `true`, other scalars as `%!t(string=x)`, a nil value as `%!t(<nil>)`; lists and maps
/// element by element (`[%!t(string=a) <nil>]`, `map[%!t(string=k):true]`, keys sorted).
pub fn fmt_t(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "%!t(<nil>)".into(),
        other => fmt_t_elem(other),
    }
}

fn fmt_t_elem(v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => "<nil>".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(_) | Value::String(_) => format!("%!t({}={})", type_name(v), fmt_v(v)),
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().map(fmt_t_elem).collect();
            format!("[{}]", parts.join(" "))
        }
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            let parts: Vec<String> = keys
                .iter()
                .map(|k| format!("%!t(string={k}):{}", fmt_t_elem(&m[*k])))
                .collect();
            format!("map[{}]", parts.join(" "))
        }
    }
}

/// A line as Helm's slog text handler prints it on stderr, without the time:
/// `level=WARN msg="returned non-bool value" path=sub.on chart=sub`.
pub fn slog_line(level: &str, msg: &str, attrs: &[(&str, &str)]) -> String {
    let mut out = format!("level={level} msg={}", slog_value(msg));
    for (k, v) in attrs {
        out.push_str(&format!(" {k}={}", slog_value(v)));
    }
    out
}

fn slog_value(s: &str) -> String {
    let needs = s.is_empty()
        || s.chars()
            .any(|c| c == ' ' || c == '=' || c == '"' || !is_print(c) || is_space(c));
    if needs {
        quote(s)
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod format_tests {
    use super::*;

    #[test]
    fn quoting_matches_go() {
        assert_eq!(quote("a\"b\\c\n"), r#""a\"b\\c\n""#);
        assert_eq!(quote("\x01é"), "\"\\x01é\"");
        assert_eq!(quote_runes("ab"), "['a' 'b']");
        assert_eq!(quote_rune('\''), r"'\''");
    }

    #[test]
    fn v_format() {
        let v = serde_json::json!({"b": [1.0, "x", null], "a": true});
        assert_eq!(fmt_v(&v), "map[a:true b:[1 x <nil>]]");
    }

    #[test]
    fn t_format() {
        assert_eq!(fmt_t(&serde_json::json!(null)), "%!t(<nil>)");
        assert_eq!(fmt_t(&serde_json::json!(true)), "true");
        assert_eq!(fmt_t(&serde_json::json!(5)), "%!t(int64=5)");
        assert_eq!(fmt_t(&serde_json::json!("x")), "%!t(string=x)");
        let v = serde_json::json!([true, null, {"a": [1.5]}]);
        assert_eq!(
            fmt_t(&v),
            "[true <nil> map[%!t(string=a):[%!t(float64=1.5)]]]"
        );
    }
}
