//! Go's `strconv.FormatFloat` shortest formats, as used by encoding/json and go-yaml.

/// Shortest decimal digits and the decimal point position: value = 0.d1d2d3... * 10^dp.
fn shortest_digits(f: f64, f32_precision: bool) -> (String, i32) {
    // Rust's `{:e}` prints the shortest representation that round-trips, like Go's -1 precision.
    let s = if f32_precision {
        format!("{:e}", (f as f32).abs())
    } else {
        format!("{:e}", f.abs())
    };
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0').to_string();
    if digits.is_empty() {
        return ("0".to_string(), 1);
    }
    (digits, exp + 1)
}

fn fmt_e(neg: bool, digits: &str, dp: i32) -> String {
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push_str(&digits[..1]);
    if digits.len() > 1 {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    out.push('e');
    let exp = if digits == "0" { 0 } else { dp - 1 };
    if exp < 0 {
        out.push('-');
    } else {
        out.push('+');
    }
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
    out
}

fn fmt_f(neg: bool, digits: &str, dp: i32) -> String {
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if dp <= 0 {
        out.push('0');
        out.push('.');
        for _ in 0..(-dp) {
            out.push('0');
        }
        out.push_str(digits);
    } else {
        let dpu = dp as usize;
        if digits.len() <= dpu {
            out.push_str(digits);
            for _ in digits.len()..dpu {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..dpu]);
            out.push('.');
            out.push_str(&digits[dpu..]);
        }
    }
    out
}

fn special(f: f64) -> Option<String> {
    if f.is_nan() {
        Some("NaN".into())
    } else if f == f64::INFINITY {
        Some("+Inf".into())
    } else if f == f64::NEG_INFINITY {
        Some("-Inf".into())
    } else {
        None
    }
}

/// `strconv.FormatFloat(f, 'g', -1, 64)` (or bit size 32 when `f32_precision`).
pub(crate) fn format_g(f: f64, f32_precision: bool) -> String {
    if let Some(s) = special(f) {
        return s;
    }
    let neg = f.is_sign_negative();
    let (digits, dp) = shortest_digits(f, f32_precision);
    if digits == "0" {
        return fmt_f(neg, "0", 1);
    }
    // Go uses precision 6 for the %e decision when formatting the shortest representation.
    let exp = dp - 1;
    if !(-4..6).contains(&exp) {
        return fmt_e(neg, &digits, dp);
    }
    fmt_f(neg, &digits, dp)
}

/// `strconv.FormatFloat(f, 'f', -1, 64)`.
fn format_f(f: f64) -> String {
    let neg = f.is_sign_negative();
    let (digits, dp) = shortest_digits(f, false);
    if digits == "0" {
        return if neg { "-0".into() } else { "0".into() };
    }
    fmt_f(neg, &digits, dp)
}

/// encoding/json's float64 encoding (finite values only).
pub(crate) fn format_json(f: f64) -> String {
    let a = f.abs();
    if a != 0.0 && !(1e-6..1e21).contains(&a) {
        let neg = f.is_sign_negative();
        let (digits, dp) = shortest_digits(f, false);
        let s = fmt_e(neg, &digits, dp);
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
    format_f(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn g_format() {
        assert_eq!(format_g(1.5, false), "1.5");
        assert_eq!(format_g(3.0, false), "3");
        assert_eq!(format_g(1e6, false), "1e+06");
        assert_eq!(format_g(123456.0, false), "123456");
        assert_eq!(format_g(1234567.0, false), "1.234567e+06");
        assert_eq!(format_g(0.0001, false), "0.0001");
        assert_eq!(format_g(0.00001, false), "1e-05");
        assert_eq!(format_g(1e21, false), "1e+21");
        assert_eq!(format_g(-2.5e-10, false), "-2.5e-10");
        assert_eq!(format_g(0.0, false), "0");
        assert_eq!(format_g(0.1, true), "0.1");
        assert_eq!(format_g(1.23456789, true), "1.2345679");
        assert_eq!(format_g(f64::INFINITY, false), "+Inf");
        assert_eq!(format_g(1.2345678e7, false), "1.2345678e+07");
    }

    #[test]
    fn json_format() {
        assert_eq!(format_json(3.0), "3");
        assert_eq!(format_json(1e21), "1e+21");
        assert_eq!(format_json(1e20), "100000000000000000000");
        assert_eq!(format_json(0.000001), "0.000001");
        assert_eq!(format_json(1e-7), "1e-7");
        assert_eq!(format_json(1.5), "1.5");
        assert_eq!(format_json(-0.0), "-0");
    }
}
