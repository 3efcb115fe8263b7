//! How Go's `encoding/json` prints numbers.

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
