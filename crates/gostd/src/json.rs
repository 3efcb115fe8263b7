//! How Go's `encoding/json` prints numbers, and how deep it lets JSON nest.

/// The Go type of a value `encoding/json` decoded into `interface{}`, as `%T` prints it: numbers
/// are `float64` unless they are integers (as `--set` and YAML produce them, `int64`), and
/// null is `<nil>`.
pub fn type_name(v: &serde_json::Value) -> &'static str {
    use serde_json::Value;
    match v {
        Value::Null => "<nil>",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float64",
        Value::Number(_) => "int64",
        Value::String(_) => "string",
        Value::Array(_) => "[]interface {}",
        Value::Object(_) => "map[string]interface {}",
    }
}

/// `encoding/json`'s nesting limit (`maxNestingDepth`): deeper arrays and objects are a
/// syntax error.
pub const MAX_NESTING_DEPTH: usize = 10000;

/// Checks that `json` nests arrays and objects at most [`MAX_NESTING_DEPTH`] deep, the way
/// Go's scanner does before it decodes anything; the error is Go's text. Brackets inside
/// strings do not count. The scan is linear and keeps no stack, so it is safe on any input and
/// lets a recursive decoder run without its own depth limit.
pub fn check_depth(json: &[u8]) -> Result<(), String> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < json.len() {
        let b = json[i];
        i += 1;
        match b {
            // A string's content cannot nest: jump to its closing quote, past escapes (most
            // of a release record is long strings, so this is where the scan spends its time).
            b'"' => loop {
                let Some(rest) = json.get(i..) else {
                    return Ok(());
                };
                match memchr::memchr2(b'"', b'\\', rest) {
                    Some(at) if json[i + at] == b'\\' => i += at + 2,
                    Some(at) => {
                        i += at + 1;
                        break;
                    }
                    None => return Ok(()),
                }
            },
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING_DEPTH {
                    return Err(format!(
                        "invalid character '{}' exceeded max depth",
                        b as char
                    ));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// `encoding/json`'s float64 encoding of a finite value: the shortest `'f'` form, or the
/// shortest `'e'` form with a one-digit negative exponent kept short (`1e-7`, not `1e-07`)
/// when the magnitude is below 1e-6 or at least 1e21.
pub fn format_float(f: f64) -> String {
    let a = f.abs();
    if a != 0.0 && !(1e-6..1e21).contains(&a) {
        let s = crate::strconv::format_float(f, 'e', -1, 64);
        // e-07 -> e-7
        let b = s.as_bytes();
        let n = b.len();
        if n >= 4 && b[n - 4] == b'e' && b[n - 3] == b'-' && b[n - 2] == b'0' {
            let mut t = s[..n - 2].to_string();
            t.push(b[n - 1] as char);
            return t;
        }
        return s;
    }
    crate::strconv::format_float(f, 'f', -1, 64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_depth_is_go_s() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(check_depth(nested(MAX_NESTING_DEPTH).as_bytes()).is_ok());
        assert_eq!(
            check_depth(nested(MAX_NESTING_DEPTH + 1).as_bytes()).unwrap_err(),
            "invalid character '[' exceeded max depth"
        );
        // Brackets in strings, escaped quotes included, are text.
        let s = format!("[\"\\\"{}\"]", "[".repeat(MAX_NESTING_DEPTH * 2));
        assert!(check_depth(s.as_bytes()).is_ok());
        assert!(check_depth(b"{\"a\":{\"b\":[1,{}]}}").is_ok());
        // An escaped backslash ends before the quote; the brackets after it count again.
        let s = format!("[\"\\\\\"{}", "[".repeat(MAX_NESTING_DEPTH));
        assert!(check_depth(s.as_bytes()).is_err());
        // Input that ends inside a string or an escape is not refused here.
        assert!(check_depth(b"[\"abc\\").is_ok());
        assert!(check_depth(b"[\"abc").is_ok());
    }

    #[test]
    fn json_format() {
        assert_eq!(format_float(3.0), "3");
        assert_eq!(format_float(1e21), "1e+21");
        assert_eq!(format_float(1e20), "100000000000000000000");
        assert_eq!(format_float(0.000001), "0.000001");
        assert_eq!(format_float(1e-7), "1e-7");
        assert_eq!(format_float(1.5), "1.5");
        assert_eq!(format_float(-0.0), "-0");
        assert_eq!(format_float(-1.25e-8), "-1.25e-8");
    }
}
