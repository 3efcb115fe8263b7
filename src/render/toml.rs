//! TOML for Helm's `toToml` and `fromToml`, following the BurntSushi/toml encoder and decoder
//! Helm uses: keys sorted, plain values before tables, sub-table contents indented by two
//! spaces per level, arrays of maps as `[[key]]` sections; decoding gives `int64`, `float64`,
//! `string`, `bool`, `[]interface {}` and `map[string]interface {}` values.

use std::collections::BTreeMap;

use gotemplate::Value;

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
                .entries
                .iter()
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

/// A `time.Time` as the encoder writes it (RFC 3339 with nanoseconds, unquoted).
fn time_text(v: &Value) -> Option<String> {
    use gotemplate::sprig::dates::TimeObject;
    match v {
        Value::Object(o) if o.as_any().is::<TimeObject>() => match o.to_json() {
            Some(serde_json::Value::String(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
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

/// `fromToml`: a map, or a map holding the decoder's error under `Error`.
pub fn from_toml(text: &str) -> Value {
    match Parser::new(text).document() {
        Ok(m) => to_value(TomlValue::Table(m)),
        Err(e) => {
            let mut m = BTreeMap::new();
            m.insert("Error".to_string(), Value::str(e));
            Value::map(m)
        }
    }
}

#[derive(Debug, Clone)]
enum TomlValue {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Array(Vec<TomlValue>),
    Table(BTreeMap<String, TomlValue>),
    /// An array of tables (`[[x]]`).
    Tables(Vec<BTreeMap<String, TomlValue>>),
}

fn to_value(v: TomlValue) -> Value {
    match v {
        TomlValue::Str(s) => Value::str(s),
        TomlValue::Int(i) => Value::Int64(i),
        TomlValue::Float(f) => Value::Float(f),
        TomlValue::Bool(b) => Value::Bool(b),
        TomlValue::Array(a) => Value::list(a.into_iter().map(to_value).collect()),
        TomlValue::Table(t) => Value::map(t.into_iter().map(|(k, v)| (k, to_value(v))).collect()),
        TomlValue::Tables(ts) => Value::list(
            ts.into_iter()
                .map(|t| to_value(TomlValue::Table(t)))
                .collect(),
        ),
    }
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    pos: usize,
}

type PResult<T> = Result<T, String>;

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        Parser {
            s: text.as_bytes(),
            text,
            pos: 0,
        }
    }

    fn line(&self) -> usize {
        self.s[..self.pos.min(self.s.len())]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    fn err<T>(&self, msg: impl Into<String>) -> PResult<T> {
        Err(format!("toml: line {}: {}", self.line(), msg.into()))
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn got(&self) -> String {
        match self.text[self.pos.min(self.text.len())..].chars().next() {
            Some(c) => format!("{c:?}").trim_matches('\'').to_string(),
            None => "EOF".to_string(),
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    fn skip_comment(&mut self) {
        if self.peek() == Some(b'#') {
            while !matches!(self.peek(), None | Some(b'\n')) {
                self.pos += 1;
            }
        }
    }

    fn skip_ws_nl(&mut self) {
        loop {
            self.skip_ws();
            self.skip_comment();
            match self.peek() {
                Some(b'\n') => self.pos += 1,
                Some(b'\r') if self.s.get(self.pos + 1) == Some(&b'\n') => self.pos += 2,
                _ => break,
            }
        }
    }

    fn end_of_line(&mut self) -> PResult<()> {
        self.skip_ws();
        self.skip_comment();
        match self.peek() {
            None => Ok(()),
            Some(b'\n') => {
                self.pos += 1;
                Ok(())
            }
            Some(b'\r') if self.s.get(self.pos + 1) == Some(&b'\n') => {
                self.pos += 2;
                Ok(())
            }
            _ => {
                let g = self.got();
                self.err(format!(
                    "expected a top-level item to end with a newline, comment, or EOF, but got '{g}' instead"
                ))
            }
        }
    }

    fn document(&mut self) -> PResult<BTreeMap<String, TomlValue>> {
        let mut root = BTreeMap::new();
        let mut current: Vec<String> = Vec::new();
        let mut current_is_array = false;
        loop {
            self.skip_ws_nl();
            let Some(c) = self.peek() else { break };
            if c == b'[' {
                self.pos += 1;
                let array = self.peek() == Some(b'[');
                if array {
                    self.pos += 1;
                }
                self.skip_ws();
                let key = self.key()?;
                self.skip_ws();
                if self.peek() != Some(b']') {
                    let g = self.got();
                    return self.err(format!(
                        "expected ']' to close table name, but got '{g}' instead"
                    ));
                }
                self.pos += 1;
                if array {
                    if self.peek() != Some(b']') {
                        return self.err("expected ']]' to close array of tables");
                    }
                    self.pos += 1;
                }
                self.end_of_line()?;
                if array {
                    let (parent, last) = key.split_at(key.len() - 1);
                    let t = self.table_at(&mut root, parent)?;
                    match t
                        .entry(last[0].clone())
                        .or_insert_with(|| TomlValue::Tables(vec![]))
                    {
                        TomlValue::Tables(v) => v.push(BTreeMap::new()),
                        _ => {
                            return self
                                .err(format!("key {:?} is not an array of tables", key.join(".")))
                        }
                    }
                } else {
                    self.table_at(&mut root, &key)?;
                }
                current = key;
                current_is_array = array;
                continue;
            }
            let key = self.key()?;
            self.skip_ws();
            if self.peek() != Some(b'=') {
                let g = self.got();
                return self.err(format!("expected '.' or '=', but got '{g}' instead"));
            }
            self.pos += 1;
            self.skip_ws();
            let v = self.value()?;
            self.end_of_line()?;
            let _ = current_is_array;
            let table = self.table_at(&mut root, &current)?;
            let (parent, last) = key.split_at(key.len() - 1);
            let t = self.table_at_in(table, parent)?;
            if t.contains_key(&last[0]) {
                return self.err(format!("key {:?} has already been defined", key.join(".")));
            }
            t.insert(last[0].clone(), v);
        }
        Ok(root)
    }

    /// The table at `path`, creating tables on the way; the last element of an array of
    /// tables stands for the array.
    fn table_at<'m>(
        &self,
        root: &'m mut BTreeMap<String, TomlValue>,
        path: &[String],
    ) -> PResult<&'m mut BTreeMap<String, TomlValue>> {
        self.table_at_in(root, path)
    }

    fn table_at_in<'m>(
        &self,
        mut t: &'m mut BTreeMap<String, TomlValue>,
        path: &[String],
    ) -> PResult<&'m mut BTreeMap<String, TomlValue>> {
        for k in path {
            let entry = t
                .entry(k.clone())
                .or_insert_with(|| TomlValue::Table(BTreeMap::new()));
            t = match entry {
                TomlValue::Table(m) => m,
                TomlValue::Tables(v) if !v.is_empty() => v.last_mut().expect("non-empty"),
                _ => return self.err(format!("key {k:?} is not a table")),
            };
        }
        Ok(t)
    }

    fn key(&mut self) -> PResult<Vec<String>> {
        let mut parts = vec![self.simple_key()?];
        loop {
            self.skip_ws();
            if self.peek() == Some(b'.') {
                self.pos += 1;
                self.skip_ws();
                parts.push(self.simple_key()?);
            } else {
                break;
            }
        }
        Ok(parts)
    }

    fn simple_key(&mut self) -> PResult<String> {
        match self.peek() {
            Some(b'"') => self.basic_string(),
            Some(b'\'') => self.literal_string(),
            _ => {
                let start = self.pos;
                while self
                    .peek()
                    .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                {
                    self.pos += 1;
                }
                if start == self.pos {
                    let g = self.got();
                    return self.err(format!("bare keys cannot contain '{g}'"));
                }
                Ok(self.text[start..self.pos].to_string())
            }
        }
    }

    fn value(&mut self) -> PResult<TomlValue> {
        match self.peek() {
            Some(b'"') => {
                if self.s[self.pos..].starts_with(b"\"\"\"") {
                    self.ml_basic_string().map(TomlValue::Str)
                } else {
                    self.basic_string().map(TomlValue::Str)
                }
            }
            Some(b'\'') => {
                if self.s[self.pos..].starts_with(b"'''") {
                    self.ml_literal_string().map(TomlValue::Str)
                } else {
                    self.literal_string().map(TomlValue::Str)
                }
            }
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_ws_nl();
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        break;
                    }
                    items.push(self.value()?);
                    self.skip_ws_nl();
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {
                            self.pos += 1;
                            break;
                        }
                        _ => {
                            let g = self.got();
                            return self.err(format!(
                                "expected a comma (',') or array terminator (']'), but got '{g}'"
                            ));
                        }
                    }
                }
                Ok(TomlValue::Array(items))
            }
            Some(b'{') => {
                self.pos += 1;
                let mut t = BTreeMap::new();
                self.skip_ws();
                if self.peek() == Some(b'}') {
                    self.pos += 1;
                    return Ok(TomlValue::Table(t));
                }
                loop {
                    self.skip_ws();
                    let key = self.key()?;
                    self.skip_ws();
                    if self.peek() != Some(b'=') {
                        let g = self.got();
                        return self.err(format!("expected '.' or '=', but got '{g}' instead"));
                    }
                    self.pos += 1;
                    self.skip_ws();
                    let v = self.value()?;
                    let (parent, last) = key.split_at(key.len() - 1);
                    let tt = self.table_at_in(&mut t, parent)?;
                    tt.insert(last[0].clone(), v);
                    self.skip_ws();
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b'}') => {
                            self.pos += 1;
                            break;
                        }
                        _ => {
                            let g = self.got();
                            return self.err(format!(
                                "expected a comma or an inline table terminator '}}', but got '{g}' instead"
                            ));
                        }
                    }
                }
                Ok(TomlValue::Table(t))
            }
            _ => self.scalar(),
        }
    }

    fn scalar(&mut self) -> PResult<TomlValue> {
        let start = self.pos;
        while self.peek().is_some_and(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+' | b'.' | b':')
        }) {
            self.pos += 1;
        }
        let word = &self.text[start..self.pos];
        match word {
            "true" => return Ok(TomlValue::Bool(true)),
            "false" => return Ok(TomlValue::Bool(false)),
            "inf" | "+inf" => return Ok(TomlValue::Float(f64::INFINITY)),
            "-inf" => return Ok(TomlValue::Float(f64::NEG_INFINITY)),
            "nan" | "+nan" | "-nan" => return Ok(TomlValue::Float(f64::NAN)),
            "" => {
                let g = self.got();
                return self.err(format!("expected value but found '{g}' instead"));
            }
            _ => {}
        }
        let clean = word.replace('_', "");
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
            if let Some(d) = clean.strip_prefix(prefix) {
                return i64::from_str_radix(d, radix)
                    .map(TomlValue::Int)
                    .or_else(|_| self.err(format!("invalid integer {word:?}")));
            }
        }
        if let Ok(i) = clean.parse::<i64>() {
            return Ok(TomlValue::Int(i));
        }
        if clean
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        {
            if let Ok(f) = clean.parse::<f64>() {
                return Ok(TomlValue::Float(f));
            }
        }
        // Dates and times are kept as their text.
        if word.len() >= 8 && word.as_bytes()[0].is_ascii_digit() {
            let mut end = self.pos;
            // `1979-05-27 07:32:00` has a space between date and time.
            if self.peek() == Some(b' ')
                && self.s.get(self.pos + 1).is_some_and(|b| b.is_ascii_digit())
                && word.len() == 10
            {
                end += 1;
                while self.s.get(end).is_some_and(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b':' | b'.' | b'+' | b'-')
                }) {
                    end += 1;
                }
                self.pos = end;
            }
            return Ok(TomlValue::Str(self.text[start..self.pos].to_string()));
        }
        self.err(format!("expected value but found {word:?} instead"))
    }

    fn basic_string(&mut self) -> PResult<String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.text[self.pos..].chars().next() else {
                return self.err("unexpected EOF; expected '\"'");
            };
            self.pos += c.len_utf8();
            match c {
                '"' => return Ok(out),
                '\n' => return self.err("strings cannot contain newlines"),
                '\\' => self.escape(&mut out)?,
                c => out.push(c),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> PResult<()> {
        let Some(e) = self.peek() else {
            return self.err("unexpected EOF");
        };
        self.pos += 1;
        match e {
            b'b' => out.push('\u{8}'),
            b't' => out.push('\t'),
            b'n' => out.push('\n'),
            b'f' => out.push('\u{c}'),
            b'r' => out.push('\r'),
            b'"' => out.push('"'),
            b'\\' => out.push('\\'),
            b'e' => out.push('\u{1b}'),
            b'u' | b'U' => {
                let n = if e == b'u' { 4 } else { 8 };
                let hex = self.text.get(self.pos..self.pos + n).unwrap_or("");
                let code = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
                match code {
                    Some(c) if hex.len() == n => {
                        out.push(c);
                        self.pos += n;
                    }
                    _ => return self.err(format!("invalid unicode escape: '\\{}{hex}'", e as char)),
                }
            }
            other => {
                return self.err(format!(
                    "invalid escape character '{}'; only the following escape characters are allowed: \\b, \\t, \\n, \\f, \\r, \\\", \\\\, \\uXXXX, and \\UXXXXXXXX",
                    other as char
                ))
            }
        }
        Ok(())
    }

    fn ml_basic_string(&mut self) -> PResult<String> {
        self.pos += 3;
        if self.peek() == Some(b'\n') {
            self.pos += 1;
        } else if self.s[self.pos..].starts_with(b"\r\n") {
            self.pos += 2;
        }
        let mut out = String::new();
        loop {
            if self.s[self.pos..].starts_with(b"\"\"\"") {
                self.pos += 3;
                // Up to two more quotes belong to the string.
                while self.peek() == Some(b'"') && out.len() < usize::MAX {
                    out.push('"');
                    self.pos += 1;
                }
                return Ok(out);
            }
            let Some(c) = self.text[self.pos..].chars().next() else {
                return self.err("unexpected EOF; expected '\"\"\"'");
            };
            self.pos += c.len_utf8();
            if c == '\\' {
                // A line-ending backslash trims the newline and following whitespace.
                let rest = &self.text[self.pos..];
                let trimmed = rest.trim_start_matches([' ', '\t']);
                if trimmed.starts_with('\n') || trimmed.starts_with("\r\n") {
                    let skip = rest.len() - trimmed.len();
                    self.pos += skip;
                    while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                        self.pos += 1;
                    }
                    continue;
                }
                self.escape(&mut out)?;
            } else {
                out.push(c);
            }
        }
    }

    fn literal_string(&mut self) -> PResult<String> {
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.peek() {
                None | Some(b'\n') => return self.err("unexpected EOF; expected \"'\""),
                Some(b'\'') => {
                    let s = self.text[start..self.pos].to_string();
                    self.pos += 1;
                    return Ok(s);
                }
                _ => self.pos += 1,
            }
        }
    }

    fn ml_literal_string(&mut self) -> PResult<String> {
        self.pos += 3;
        if self.peek() == Some(b'\n') {
            self.pos += 1;
        } else if self.s[self.pos..].starts_with(b"\r\n") {
            self.pos += 2;
        }
        let start = self.pos;
        loop {
            if self.s[self.pos..].starts_with(b"'''") {
                let mut end = self.pos;
                self.pos += 3;
                while self.peek() == Some(b'\'') {
                    self.pos += 1;
                    end += 1;
                }
                return Ok(self.text[start..end].to_string());
            }
            if self.peek().is_none() {
                return self.err("unexpected EOF; expected \"'''\"");
            }
            self.pos += 1;
        }
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
