//! Small helpers that reproduce Go's text formatting where Helm's error messages depend on it.

pub use gotemplate::strconv::{is_print, quote, quote_rune};

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

/// The Go type name of a JSON-model value, as `%T` or a failed type assertion prints it.
/// Integers are `int64` (as `--set` produces them) and other numbers `float64`.
pub fn type_name(v: &serde_json::Value) -> &'static str {
    use serde_json::Value;
    match v {
        Value::Null => "nil",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float64",
        Value::Number(_) => "int64",
        Value::String(_) => "string",
        Value::Array(_) => "[]interface {}",
        Value::Object(_) => "map[string]interface {}",
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

/// Go's `strconv.Atoi`, with Go's error text.
pub fn atoi(s: &str) -> Result<i64, String> {
    gotemplate::strconv::atoi(s).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_matches_go() {
        assert_eq!(quote("a\"b\\c\n"), r#""a\"b\\c\n""#);
        assert_eq!(quote("\x01é"), "\"\\x01é\"");
        assert_eq!(quote_runes("ab"), "['a' 'b']");
        assert_eq!(quote_rune('\''), r"'\''");
    }

    #[test]
    fn atoi_matches_go() {
        assert_eq!(atoi("12"), Ok(12));
        assert_eq!(atoi("-3"), Ok(-3));
        assert_eq!(atoi("+3"), Ok(3));
        assert_eq!(
            atoi("a").unwrap_err(),
            "strconv.Atoi: parsing \"a\": invalid syntax"
        );
        assert_eq!(
            atoi("").unwrap_err(),
            "strconv.Atoi: parsing \"\": invalid syntax"
        );
        assert_eq!(
            atoi("99999999999999999999").unwrap_err(),
            "strconv.Atoi: parsing \"99999999999999999999\": value out of range"
        );
    }
}

/// Go's `strconv.FormatFloat(f, 'g', -1, 64 or 32)`: shortest digits, `%e` form when the
/// exponent is < -4 or >= 6 (`1e+06`, `1.234567e+06`, `123456`, `1e-05`).
pub fn format_g(f: f64, bits32: bool) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let sci = if bits32 {
        format!("{:e}", f as f32)
    } else {
        format!("{f:e}")
    };
    let (mant, exp) = sci
        .split_once('e')
        .expect("scientific format has an exponent");
    let exp: i32 = exp.parse().expect("exponent is an integer");
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if mant.starts_with('-') {
        out.push('-');
    }
    if !(-4..6).contains(&exp) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
        return out;
    }
    if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let int_len = (exp + 1) as usize;
        if digits.len() <= int_len {
            out.push_str(&digits);
            out.push_str(&"0".repeat(int_len - digits.len()));
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    }
    out
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
                format_g(n.as_f64().unwrap_or(0.0), false)
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

#[cfg(test)]
mod format_tests {
    use super::*;

    #[test]
    fn g_format() {
        assert_eq!(format_g(1e6, false), "1e+06");
        assert_eq!(format_g(1234567.0, false), "1.234567e+06");
        assert_eq!(format_g(123456.0, false), "123456");
        assert_eq!(format_g(1e-5, false), "1e-05");
        assert_eq!(format_g(0.0001, false), "0.0001");
        assert_eq!(format_g(3.5, false), "3.5");
        assert_eq!(format_g(-2.0, false), "-2");
        assert_eq!(format_g(1.1, true), "1.1");
        assert_eq!(format_g(1.10, true), "1.1");
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
