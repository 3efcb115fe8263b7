//! JSON exactly as Go's `encoding/json` writes it: compact, HTML-safe escaping of `<`, `>`, `&`,
//! U+2028 and U+2029, and numbers printed the way Go prints a float64 (values decoded from JSON
//! into `interface{}` are float64 in Go, so large integers lose precision exactly as in Helm),
//! and JSON read with Go's nesting limit ([`from_slice`]).

use std::io;

use serde::Serialize;
use serde_json::ser::{CharEscape, Formatter};

use gostd::json::format_float;

/// Parses JSON into a value nesting as deep as Go's `encoding/json` allows (10000 levels, not
/// serde_json's 128): deeper input is refused with Go's error before anything is decoded.
/// Values this deep need a large stack to decode, merge and drop (the CLI runs commands on one).
pub fn from_slice<T: serde::de::DeserializeOwned>(json: &[u8]) -> Result<T, serde_json::Error> {
    gostd::json::check_depth(json).map_err(<serde_json::Error as serde::de::Error>::custom)?;
    let mut de = serde_json::Deserializer::from_slice(json);
    de.disable_recursion_limit();
    let v = T::deserialize(&mut de)?;
    de.end()?;
    Ok(v)
}

/// True when Go would print this integer differently from its exact decimal form.
fn lossy(v: u64) -> bool {
    v > (1u64 << 53)
}

struct GoFormatter;

impl Formatter for GoFormatter {
    fn write_i64<W: ?Sized + io::Write>(&mut self, w: &mut W, value: i64) -> io::Result<()> {
        if lossy(value.unsigned_abs()) {
            w.write_all(format_float(value as f64).as_bytes())
        } else {
            write!(w, "{value}")
        }
    }

    fn write_u64<W: ?Sized + io::Write>(&mut self, w: &mut W, value: u64) -> io::Result<()> {
        if lossy(value) {
            w.write_all(format_float(value as f64).as_bytes())
        } else {
            write!(w, "{value}")
        }
    }

    fn write_f64<W: ?Sized + io::Write>(&mut self, w: &mut W, value: f64) -> io::Result<()> {
        w.write_all(format_float(value).as_bytes())
    }

    fn write_f32<W: ?Sized + io::Write>(&mut self, w: &mut W, value: f32) -> io::Result<()> {
        w.write_all(format_float(value as f64).as_bytes())
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            let esc = match c {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                '\u{2028}' => "\\u2028",
                '\u{2029}' => "\\u2029",
                _ => continue,
            };
            w.write_all(&fragment.as_bytes()[start..i])?;
            w.write_all(esc.as_bytes())?;
            start = i + c.len_utf8();
        }
        w.write_all(&fragment.as_bytes()[start..])
    }

    fn write_char_escape<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        escape: CharEscape,
    ) -> io::Result<()> {
        let s: &[u8] = match escape {
            CharEscape::Quote => b"\\\"",
            CharEscape::ReverseSolidus => b"\\\\",
            CharEscape::Solidus => b"/",
            CharEscape::Backspace => b"\\b",
            CharEscape::FormFeed => b"\\f",
            CharEscape::LineFeed => b"\\n",
            CharEscape::CarriageReturn => b"\\r",
            CharEscape::Tab => b"\\t",
            CharEscape::AsciiControl(b) => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let buf = [
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[(b >> 4) as usize],
                    HEX[(b & 0xf) as usize],
                ];
                return w.write_all(&buf);
            }
        };
        w.write_all(s)
    }
}

/// Serialises like Go's `json.Marshal` (no trailing newline).
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    let mut buf = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, GoFormatter);
    value.serialize(&mut ser)?;
    // The formatter only writes valid UTF-8.
    Ok(String::from_utf8(buf).unwrap_or_default())
}

/// Rewrites numbers in a JSON value the way a Go round-trip through `interface{}` (float64) would,
/// so that other printers (YAML) see the same numbers Helm does.
pub fn go_numbers(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                if lossy(u) {
                    return serde_json::Number::from_f64(u as f64).map_or(v.clone(), Value::Number);
                }
            } else if let Some(i) = n.as_i64() {
                if lossy(i.unsigned_abs()) {
                    return serde_json::Number::from_f64(i as f64).map_or(v.clone(), Value::Number);
                }
            }
            v.clone()
        }
        Value::Array(a) => Value::Array(a.iter().map(go_numbers).collect()),
        Value::Object(m) => {
            Value::Object(m.iter().map(|(k, v)| (k.clone(), go_numbers(v))).collect())
        }
        _ => v.clone(),
    }
}

/// Sorts every object's keys, recursively, as Go's encoder orders map keys.
pub fn sort_map_keys(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.sort_keys();
            m.values_mut().for_each(sort_map_keys);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(sort_map_keys),
        _ => {}
    }
}

/// A release as Go encodes it: struct fields in declaration order, and the maps among them
/// (user values, chart defaults, live resources) with sorted keys.
pub fn release_value(rls: &super::Release) -> Result<serde_json::Value, serde_json::Error> {
    let mut v = serde_json::to_value(rls)?;
    for path in ["/config", "/chart/values", "/info/resources"] {
        if let Some(x) = v.pointer_mut(path) {
            sort_map_keys(x);
        }
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn html_escaping() {
        let v = json!({"a": "<b>&\u{2028}\u{2029}ü\n\t\u{1}\u{8}\u{c}\"\\/"});
        assert_eq!(
            to_string(&v).unwrap(),
            r#"{"a":"\u003cb\u003e\u0026\u2028\u2029ü\n\t\u0001\b\f\"\\/"}"#
        );
    }

    #[test]
    fn numbers_like_go() {
        assert_eq!(format_float(1.0), "1");
        assert_eq!(format_float(1.5), "1.5");
        assert_eq!(format_float(100000000.0), "100000000");
        assert_eq!(format_float(1e21), "1e+21");
        assert_eq!(format_float(1e-7), "1e-7");
        assert_eq!(format_float(1.5e300), "1.5e+300");
        assert_eq!(format_float(1.5e-300), "1.5e-300");
        assert_eq!(format_float(0.000001), "0.000001");
        let v: serde_json::Value = serde_json::from_str("[123456789012345678, 2.0, -3]").unwrap();
        assert_eq!(to_string(&v).unwrap(), "[123456789012345680,2,-3]");
    }
}
