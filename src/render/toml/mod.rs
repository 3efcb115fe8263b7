//! TOML for Helm's `toToml` and `fromToml`, following the BurntSushi/toml encoder and decoder
//! Helm uses: keys sorted, plain values before tables, sub-table contents indented by two
//! spaces per level, arrays of maps as `[[key]]` sections; decoding gives `int64`, `float64`,
//! `string`, `bool`, `[]interface {}` and `map[string]interface {}` values.

use std::collections::BTreeMap;

use gotemplate::{GoType, Value};

use parse::TomlValue;

mod lex;
mod parse;

/// Why encoding failed (`toToml` prints the message instead of TOML).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct TomlError(pub String);

/// `toToml`: the TOML text of a value as BurntSushi/toml's encoder writes it (a map or struct
/// as a document, any other value as its bare TOML element), or the encoder's error text. The
/// `Err` is the one failure Helm does not turn into text: encoding nil panics inside reflect.
pub fn to_toml(v: &Value) -> Result<String, TomlError> {
    let mut enc = Encoder::default();
    let done = match v {
        Value::Nil => {
            return Err(TomlError(
                "reflect: call of reflect.Value.Type on zero Value".into(),
            ))
        }
        _ if table_entries(v).is_some() => enc.table(&[], v),
        Value::List(l) if is_table_array(&l.items)? => Err(TomlError(
            "toml: top-level values must be Go maps or structs".into(),
        )),
        _ => element(&mut enc.out, v),
    };
    Ok(match done {
        Ok(()) => enc.out,
        Err(e) => e.0,
    })
}

#[derive(Default)]
struct Encoder {
    out: String,
}

/// The keys and values of a TOML table: a map's entries sorted, or a struct's exported
/// fields in order. `None` when `v` is not a table.
fn table_entries(v: &Value) -> Option<Vec<(String, Value)>> {
    match v {
        Value::Map(m) => Some(
            m.borrow()
                .go_order()
                .into_iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        Value::Object(o) if time_text(v).is_none() => o.struct_fields().map(|fields| {
            fields
                .into_iter()
                .filter(|(name, _)| name.starts_with(|c: char| c.is_ascii_uppercase()))
                .map(|(name, v)| (name.to_string(), v))
                .collect()
        }),
        _ => None,
    }
}

/// A `time.Time` as the encoder writes it (RFC 3339 with nanoseconds, unquoted); the local
/// datetimes, dates and times the decoder makes (by their zones) keep their TOML forms.
fn time_text(v: &Value) -> Option<String> {
    use gotemplate::sprig::dates::{Location, TimeObject};
    let Value::Object(o) = v else { return None };
    let t = &o.as_any().downcast_ref::<TimeObject>()?.0;
    let layout = match &t.loc {
        Location::Fixed(name, _) if name == "datetime-local" => "2006-01-02T15:04:05.999999999",
        Location::Fixed(name, _) if name == "date-local" => "2006-01-02",
        Location::Fixed(name, _) if name == "time-local" => "15:04:05.999999999",
        _ => {
            return match o.to_json() {
                Some(serde_json::Value::String(s)) => Some(s),
                _ => None,
            }
        }
    };
    Some(gostd::time::format(&t.in_loc(Location::Utc), layout))
}

/// Whether a value is written as a `[table]` or `[[table]]` section rather than `key = value`.
fn is_table(v: &Value) -> Result<bool, TomlError> {
    match v {
        Value::List(l) => is_table_array(&l.items),
        _ => Ok(table_entries(v).is_some()),
    }
}

/// An array of tables: not empty and all tables. A nil element anywhere is an error.
fn is_table_array(items: &[Value]) -> Result<bool, TomlError> {
    if items.iter().any(Value::is_nil) {
        return Err(TomlError(
            "toml: cannot encode array with nil element".into(),
        ));
    }
    Ok(!items.is_empty() && items.iter().all(|i| table_entries(i).is_some()))
}

fn bare_key(k: &str) -> bool {
    !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The encoder's quoting: `"` and `\` escaped, control characters and DEL as escapes.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn key_part(k: &str) -> String {
    if bare_key(k) {
        k.to_string()
    } else {
        quote(k)
    }
}

fn key_path(key: &[String]) -> String {
    key.iter()
        .map(|k| key_part(k))
        .collect::<Vec<_>>()
        .join(".")
}

fn indent(key: &[String]) -> String {
    "  ".repeat(key.len().saturating_sub(1))
}

/// Entries split as the encoder writes them: plain values first, then tables.
type Split = (Vec<(String, Value)>, Vec<(String, Value)>);

fn split_entries(v: &Value) -> Result<Split, TomlError> {
    let mut direct = Vec::new();
    let mut subs = Vec::new();
    for (k, val) in table_entries(v).unwrap_or_default() {
        if is_table(&val)? {
            subs.push((k, val));
        } else {
            direct.push((k, val));
        }
    }
    Ok((direct, subs))
}

impl Encoder {
    fn newline(&mut self) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
    }

    /// The body of a table: direct keys, then sub-tables.
    fn table(&mut self, key: &[String], v: &Value) -> Result<(), TomlError> {
        let (direct, subs) = split_entries(v)?;
        for (k, val) in direct.iter().chain(subs.iter()) {
            if val.is_nil() {
                continue;
            }
            let mut path = key.to_vec();
            path.push(k.clone());
            self.encode(&path, val)?;
        }
        Ok(())
    }

    fn encode(&mut self, key: &[String], v: &Value) -> Result<(), TomlError> {
        match v {
            Value::Nil => Ok(()),
            Value::List(l) if is_table_array(&l.items)? => {
                for item in &l.items {
                    self.newline();
                    self.out
                        .push_str(&format!("{}[[{}]]", indent(key), key_path(key)));
                    self.newline();
                    self.table(key, item)?;
                }
                Ok(())
            }
            _ if table_entries(v).is_some() => {
                if key.len() == 1 {
                    self.newline();
                }
                self.out
                    .push_str(&format!("{}[{}]", indent(key), key_path(key)));
                self.newline();
                self.table(key, v)
            }
            _ => {
                let last = key.last().map(String::as_str).unwrap_or("");
                self.out
                    .push_str(&format!("{}{} = ", indent(key), key_part(last)));
                let mut s = String::new();
                element(&mut s, v)?;
                self.out.push_str(&s);
                self.newline();
                Ok(())
            }
        }
    }
}

/// A TOML float as the encoder writes it: Go's shortest `%g`, with `.0` added when there is
/// neither a point nor an exponent.
fn float_text(f: f64) -> String {
    if f.is_nan() {
        return if f.is_sign_negative() { "-nan" } else { "nan" }.into();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf" } else { "inf" }.into();
    }
    let s = gostd::strconv::format_float(f, 'g', -1, 64);
    if s.contains(['.', 'e']) {
        s
    } else {
        s + ".0"
    }
}

fn element(out: &mut String, v: &Value) -> Result<(), TomlError> {
    if let Some(t) = time_text(v) {
        out.push_str(&t);
        return Ok(());
    }
    match v {
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) | Value::Int64(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&float_text(*f)),
        Value::String(s) => out.push_str(&quote(s)),
        // A []byte is a slice of integers to the encoder.
        Value::Bytes(b) => {
            let items: Vec<String> = b.iter().map(u8::to_string).collect();
            out.push_str(&format!("[{}]", items.join(", ")));
        }
        Value::List(l) => {
            is_table_array(&l.items)?;
            out.push('[');
            for (i, item) in l.items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                element(out, item)?;
            }
            out.push(']');
        }
        _ if table_entries(v).is_some() => {
            out.push('{');
            let (direct, subs) = split_entries(v)?;
            let has_subs = !subs.is_empty();
            for (group, trail) in [(direct, has_subs), (subs, false)] {
                let n = group.len();
                for (i, (k, val)) in group.into_iter().enumerate() {
                    if val.is_nil() {
                        continue;
                    }
                    out.push_str(&format!("{} = ", key_part(&k)));
                    element(out, &val)?;
                    if trail || i != n - 1 {
                        out.push_str(", ");
                    }
                }
            }
            out.push('}');
        }
        Value::Nil | Value::Map(_) => {}
        Value::Object(o) => out.push_str(&quote(&o.format())),
    }
    Ok(())
}

/// `fromToml`: a map, or a map holding the decoder's error under `Error`. Tables are
/// `map[string]interface {}`, arrays `[]interface {}`, arrays of tables
/// `[]map[string]interface {}`, datetimes `time.Time` (local ones in BurntSushi/toml's
/// `datetime-local`, `date-local` and `time-local` zones).
pub fn from_toml(text: &str) -> Value {
    match parse::parse(text) {
        Ok(m) => hash_value(&m),
        Err(e) => {
            let mut m = BTreeMap::new();
            m.insert("Error".to_string(), Value::str(e));
            Value::map(m)
        }
    }
}

fn hash_value(h: &parse::Hash) -> Value {
    Value::map(
        h.borrow()
            .iter()
            .map(|(k, v)| (k.clone(), to_value(v)))
            .collect(),
    )
}

fn to_value(v: &TomlValue) -> Value {
    match v {
        TomlValue::Str(s) => Value::str(s.as_str()),
        TomlValue::Int(i) => Value::Int64(*i),
        TomlValue::Float(f) => Value::Float(*f),
        TomlValue::Bool(b) => Value::Bool(*b),
        TomlValue::Time(t) => gotemplate::sprig::dates::time_value(t.clone()),
        TomlValue::Array(a) => Value::list(a.iter().map(to_value).collect()),
        TomlValue::Hash(h) => hash_value(h),
        TomlValue::ArrayHash(ts) => Value::typed_list(
            GoType::map_of(GoType::Interface),
            ts.iter().map(hash_value).collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dict(entries: Vec<(&str, Value)>) -> Value {
        Value::map(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    #[test]
    fn encodes_like_burntsushi() {
        let v = dict(vec![
            ("z", Value::Int(1)),
            ("a", dict(vec![("y", Value::Int(1))])),
            ("b", Value::Float(2.0)),
            ("key with space", Value::str("v")),
            ("em", dict(vec![])),
        ]);
        assert_eq!(
            to_toml(&v).unwrap(),
            "b = 2.0\n\"key with space\" = \"v\"\nz = 1\n\n[a]\n  y = 1\n\n[em]\n"
        );
        assert_eq!(to_toml(&Value::Int(1)).unwrap(), "1");
        assert_eq!(to_toml(&Value::Float(1e21)).unwrap(), "1e+21");
        assert_eq!(
            to_toml(&Value::list(vec![dict(vec![])])).unwrap(),
            "toml: top-level values must be Go maps or structs"
        );
        assert!(to_toml(&Value::Nil).is_err());
    }

    #[test]
    fn decodes_tables_and_reports_errors() {
        let v = from_toml("a = 1\nb = \"two\"\nc = [1, 2]\n[t]\nk = true");
        assert_eq!(
            format!("{v:?}"),
            "{\"a\": Int64(1), \"b\": String(\"two\"), \"c\": [Int64(1), Int64(2)], \"t\": {\"k\": Bool(true)}}"
        );
        let Value::Map(m) = from_toml("bad toml =") else {
            panic!()
        };
        assert_eq!(
            m.borrow().entries["Error"].as_str(),
            Some("toml: line 1: expected '.' or '=', but got 't' instead")
        );
    }
}
