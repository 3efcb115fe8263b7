//! Sprig's defaults family: `default`, `empty`, `coalesce`, `all`, `any`, `ternary`, the JSON
//! functions and `fail`.

use std::collections::BTreeMap;

use crate::func::{FuncError, FuncMap, Function};
use crate::value::{GoType, Value};
use gostd::strconv;

/// Sprig's `empty`: nil, false, zero numbers, and empty strings, slices and maps are empty.
/// Objects follow their truth: structs and non-nil pointers are never empty, while objects of
/// other kinds (a `complex128`, a `time.Duration`) are empty when zero.
pub fn empty(v: &Value) -> bool {
    match v {
        Value::Nil => true,
        Value::Bool(b) => !b,
        Value::Int(i) | Value::Int64(i) => *i == 0,
        Value::Float(f) => *f == 0.0,
        Value::String(s) => s.is_empty(),
        Value::Bytes(b) => b.is_empty(),
        Value::List(l) => l.items.is_empty(),
        Value::Map(m) => m.borrow().entries.is_empty(),
        Value::Object(o) => !o.truthy(),
    }
}

fn arg(args: &[Value], i: usize) -> &Value {
    args.get(i).unwrap_or(&Value::Nil)
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    use GoType::{Bool, Interface, String as Str};
    m.insert(Function::pure(
        "default",
        vec![Interface],
        Some(Interface),
        |a| {
            let given = &a[1.min(a.len())..];
            match given.first() {
                Some(g) if !empty(g) => Ok(g.clone()),
                _ => Ok(arg(a, 0).clone()),
            }
        },
    ));
    m.insert(Function::pure("empty", vec![Interface], None, |a| {
        Ok(Value::Bool(empty(arg(a, 0))))
    }));
    m.insert(Function::pure("coalesce", vec![], Some(Interface), |a| {
        Ok(a.iter().find(|v| !empty(v)).cloned().unwrap_or(Value::Nil))
    }));
    m.insert(Function::pure("all", vec![], Some(Interface), |a| {
        Ok(Value::Bool(a.iter().all(|v| !empty(v))))
    }));
    m.insert(Function::pure("any", vec![], Some(Interface), |a| {
        Ok(Value::Bool(a.iter().any(|v| !empty(v))))
    }));
    m.insert(Function::pure(
        "ternary",
        vec![Interface, Interface, Bool],
        None,
        |a| {
            if matches!(arg(a, 2), Value::Bool(true)) {
                Ok(arg(a, 0).clone())
            } else {
                Ok(arg(a, 1).clone())
            }
        },
    ));
    m.insert(Function::pure("fromJson", vec![Str], None, |a| {
        let text = crate::gostr::lossy_text(arg(a, 0).as_str().unwrap_or(""));
        Ok(json_decode(&text).unwrap_or(Value::Nil))
    }));
    m.insert(Function::pure("mustFromJson", vec![Str], None, |a| {
        // Go's JSON decoder reads each byte that is not UTF-8 as U+FFFD.
        let text = crate::gostr::lossy_text(arg(a, 0).as_str().unwrap_or(""));
        json_decode(&text).map_err(FuncError::new)
    }));
    m.insert(Function::pure("toJson", vec![Interface], None, |a| {
        Ok(Value::from(
            json_encode(arg(a, 0), true, false).unwrap_or_default(),
        ))
    }));
    m.insert(Function::pure("mustToJson", vec![Interface], None, |a| {
        json_encode(arg(a, 0), true, false)
            .map(Value::from)
            .map_err(FuncError::new)
    }));
    m.insert(Function::pure("toPrettyJson", vec![Interface], None, |a| {
        Ok(Value::from(
            json_encode(arg(a, 0), true, true).unwrap_or_default(),
        ))
    }));
    m.insert(Function::pure(
        "mustToPrettyJson",
        vec![Interface],
        None,
        |a| {
            json_encode(arg(a, 0), true, true)
                .map(Value::from)
                .map_err(FuncError::new)
        },
    ));
    // toRawJson panics on error; the panic text is the error's.
    for name in ["toRawJson", "mustToRawJson"] {
        m.insert(Function::pure(name, vec![Interface], None, |a| {
            json_encode(arg(a, 0), false, false)
                .map(Value::from)
                .map_err(FuncError::new)
        }));
    }
    m.insert(Function::pure("fail", vec![Str], None, |a| {
        Err(FuncError::new(arg(a, 0).as_str().unwrap_or("")))
    }));
}

/// Go's `json.Marshal` (`escape_html`) or `json.MarshalIndent(v, "", "  ")` (`indent`) of a
/// value: sorted map keys, `[]byte` as base64, floats in JSON style. `Err` holds Go's error.
pub fn json_encode(v: &Value, escape_html: bool, indent: bool) -> Result<String, String> {
    let mut out = String::new();
    encode_value(
        &mut out,
        v,
        escape_html,
        if indent { Some(0) } else { None },
    )?;
    Ok(out)
}

/// Go's encoding of a JSON string: each byte that is not UTF-8 is written `\ufffd`.
pub fn json_quote(out: &mut String, s: &str, escape_html: bool) {
    out.push('"');
    match crate::gostr::to_text(s) {
        Ok(text) => json_quote_text(out, &text, escape_html),
        Err(bytes) => {
            for chunk in bytes.utf8_chunks() {
                json_quote_text(out, chunk.valid(), escape_html);
                for _ in chunk.invalid() {
                    out.push_str("\\ufffd");
                }
            }
        }
    }
    out.push('"');
}

fn json_quote_text(out: &mut String, s: &str, escape_html: bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' if escape_html => {
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 0xf] as char);
            }
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 0xf] as char);
            }
            // A real U+10FF80..U+10FFFF stays escaped in the template text.
            c if crate::gostr::is_escape(c) => {
                let mut buf = [0u8; 4];
                out.push_str(&crate::gostr::from_bytes(
                    c.encode_utf8(&mut buf).as_bytes(),
                ));
            }
            c => out.push(c),
        }
    }
}

/// Go's JSON float formatting: `%f`-style for 1e-6 ≤ |x| < 1e21, else `%e` with a short
/// exponent (`1e-7`, `1e+21`).
pub fn json_float(f: f64) -> Result<String, String> {
    if f.is_nan() || f.is_infinite() {
        return Err(format!(
            "json: unsupported value: {}",
            strconv::format_float(f, 'g', -1, 64)
        ));
    }
    Ok(gostd::json::format_float(f))
}

fn newline(out: &mut String, level: Option<usize>) {
    if let Some(l) = level {
        out.push('\n');
        for _ in 0..l {
            out.push_str("  ");
        }
    }
}

thread_local! {
    /// The maps being encoded on the current path, to report cycles as Go does.
    static ENCODING: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn encode_value(
    out: &mut String,
    v: &Value,
    escape_html: bool,
    level: Option<usize>,
) -> Result<(), String> {
    if let Value::Map(m) = v {
        let ptr = m.addr();
        if ENCODING.with(|e| e.borrow().contains(&ptr)) {
            return Err(format!(
                "json: unsupported value: encountered a cycle via {}",
                v.go_type()
            ));
        }
        ENCODING.with(|e| e.borrow_mut().push(ptr));
        let r = encode_inner(out, v, escape_html, level);
        ENCODING.with(|e| e.borrow_mut().pop());
        return r;
    }
    encode_inner(out, v, escape_html, level)
}

fn encode_inner(
    out: &mut String,
    v: &Value,
    escape_html: bool,
    level: Option<usize>,
) -> Result<(), String> {
    match v {
        Value::Nil => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) | Value::Int64(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&json_float(*f)?),
        Value::String(s) => json_quote(out, s, escape_html),
        Value::Bytes(b) => {
            out.push('"');
            out.push_str(&crate::sprig::encoding::b64_encode(b));
            out.push('"');
        }
        Value::List(l) => {
            if l.items.is_empty() {
                out.push_str("[]");
                return Ok(());
            }
            out.push('[');
            let inner = level.map(|l| l + 1);
            for (i, item) in l.items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                encode_value(out, item, escape_html, inner)?;
            }
            newline(out, level);
            out.push(']');
        }
        Value::Map(m) => {
            let entries: Vec<(String, Value)> = m
                .borrow()
                .go_order()
                .into_iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            if entries.is_empty() {
                out.push_str("{}");
                return Ok(());
            }
            out.push('{');
            let inner = level.map(|l| l + 1);
            for (i, (k, item)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                json_quote(out, k, escape_html);
                out.push(':');
                if level.is_some() {
                    out.push(' ');
                }
                encode_value(out, item, escape_html, inner)?;
            }
            newline(out, level);
            out.push('}');
        }
        Value::Object(o) => match o.to_json() {
            Some(j) => encode_serde(out, &j, escape_html, level)?,
            None => match o.kind() {
                "complex64" | "complex128" | "chan" | "func" | "unsafe.Pointer" => {
                    return Err(format!("json: unsupported type: {}", o.type_name()));
                }
                _ => json_quote(out, &o.format(), escape_html),
            },
        },
    }
    Ok(())
}

/// Encodes an object's own JSON form, keeping its field order.
fn encode_serde(
    out: &mut String,
    v: &serde_json::Value,
    escape_html: bool,
    level: Option<usize>,
) -> Result<(), String> {
    use serde_json::Value as J;
    match v {
        J::Null => out.push_str("null"),
        J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        J::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => out.push_str(&i.to_string()),
            (None, Some(u)) => out.push_str(&u.to_string()),
            _ => out.push_str(&json_float(n.as_f64().unwrap_or(0.0))?),
        },
        J::String(s) => json_quote(out, s, escape_html),
        J::Array(a) => {
            if a.is_empty() {
                out.push_str("[]");
                return Ok(());
            }
            out.push('[');
            let inner = level.map(|l| l + 1);
            for (i, item) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                encode_serde(out, item, escape_html, inner)?;
            }
            newline(out, level);
            out.push(']');
        }
        J::Object(m) => {
            if m.is_empty() {
                out.push_str("{}");
                return Ok(());
            }
            out.push('{');
            let inner = level.map(|l| l + 1);
            for (i, (k, item)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                json_quote(out, k, escape_html);
                out.push(':');
                if level.is_some() {
                    out.push(' ');
                }
                encode_serde(out, item, escape_html, inner)?;
            }
            newline(out, level);
            out.push('}');
        }
    }
    Ok(())
}

/// Go's `json.Unmarshal` into `interface{}`: numbers become float64. `Err` holds Go's error
/// text (`invalid character 'b' looking for beginning of value`).
pub fn json_decode(s: &str) -> Result<Value, String> {
    let (v, type_err) = json_decode_partial(s)?;
    match type_err {
        Some(e) => Err(e),
        None => Ok(v),
    }
}

/// Go's `json.Unmarshal` as far as it gets: a syntax error is `Err`, as nothing is decoded
/// then; a number out of range for float64 leaves nil in its place, decoding goes on, and
/// the first such error comes back beside the value.
pub fn json_decode_partial(s: &str) -> Result<(Value, Option<String>), String> {
    let mut p = JsonParser {
        b: s.as_bytes(),
        i: 0,
        num_err: None,
    };
    p.skip_ws();
    let v = p.value()?;
    p.skip_ws();
    if p.i < p.b.len() {
        return Err(p.invalid("after top-level value"));
    }
    // Go checks the syntax of the whole input before reporting a type error.
    Ok((v, p.num_err))
}

/// The JSON type name Go's `UnmarshalTypeError` prints for a decoded value.
fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Nil => "null",
        Value::Bool(_) => "bool",
        Value::Float(_) | Value::Int(_) | Value::Int64(_) => "number",
        Value::String(_) | Value::Bytes(_) => "string",
        Value::List(_) => "array",
        _ => "object",
    }
}

/// Go's `json.Unmarshal` into a `map[string]interface{}` (Helm's `fromJson`): `null` leaves
/// the map empty; another top-level type is Go's `cannot unmarshal array into Go value of
/// type map[string]interface {}`.
pub fn json_decode_map(s: &str) -> Result<BTreeMap<String, Value>, String> {
    match json_decode(s)? {
        Value::Nil => Ok(BTreeMap::new()),
        Value::Map(m) => Ok(m.borrow().entries.clone()),
        other => Err(format!(
            "json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
            json_kind(&other)
        )),
    }
}

/// Go's `json.Unmarshal` into a `[]interface{}` (Helm's `fromJsonArray`).
pub fn json_decode_list(s: &str) -> Result<Vec<Value>, String> {
    match json_decode(s)? {
        Value::Nil => Ok(Vec::new()),
        Value::List(l) => Ok(l.items.clone()),
        other => Err(format!(
            "json: cannot unmarshal {} into Go value of type []interface {{}}",
            json_kind(&other)
        )),
    }
}

struct JsonParser<'a> {
    b: &'a [u8],
    i: usize,
    num_err: Option<String>,
}

/// Go's `maxNestingDepth` for JSON input.
const MAX_JSON_DEPTH: usize = 10000;

/// Go's `quoteChar` for scanner errors.
fn quote_char(c: char) -> String {
    match c {
        '\'' => "'\\''".to_string(),
        '"' => "'\"'".to_string(),
        _ => {
            let q = strconv::quote(&c.to_string());
            format!("'{}'", &q[1..q.len() - 1])
        }
    }
}

impl JsonParser<'_> {
    fn skip_ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    /// The byte at the error, as Go's scanner quotes it (a byte taken as a Latin-1 rune). At
    /// the end of input Go's scanner feeds a space, so errors there name `' '`.
    fn cur_char(&self) -> char {
        self.b.get(self.i).map_or(' ', |&b| char::from(b))
    }

    fn eof(&self) -> String {
        "unexpected end of JSON input".to_string()
    }

    fn invalid(&self, ctx: &str) -> String {
        format!("invalid character {} {ctx}", quote_char(self.cur_char()))
    }

    fn err_here(&self, ctx: &str) -> String {
        if self.i >= self.b.len() {
            self.eof()
        } else {
            self.invalid(ctx)
        }
    }

    /// A scalar value, or `None` at the start of an array or object.
    fn scalar(&mut self) -> Result<Option<Value>, String> {
        if self.i >= self.b.len() {
            return Err(self.eof());
        }
        match self.b[self.i] {
            b'{' | b'[' => Ok(None),
            b'"' => Ok(Some(Value::from(self.string()?))),
            b't' => self.literal("true", Value::Bool(true)).map(Some),
            b'f' => self.literal("false", Value::Bool(false)).map(Some),
            b'n' => self.literal("null", Value::Nil).map(Some),
            b'-' | b'0'..=b'9' => self.number().map(Some),
            _ => Err(self.invalid("looking for beginning of value")),
        }
    }

    /// After `{`: the first key (and its colon), or `None` for `{}`.
    fn object_key(&mut self, first: bool) -> Result<Option<String>, String> {
        self.skip_ws();
        if first && self.i < self.b.len() && self.b[self.i] == b'}' {
            self.i += 1;
            return Ok(None);
        }
        if self.i >= self.b.len() || self.b[self.i] != b'"' {
            return Err(self.err_here("looking for beginning of object key string"));
        }
        let k = self.string()?;
        self.skip_ws();
        if self.i >= self.b.len() || self.b[self.i] != b':' {
            return Err(self.err_here("after object key"));
        }
        self.i += 1;
        self.skip_ws();
        Ok(Some(k))
    }

    /// One JSON value, parsed without recursion (nesting is bounded only by Go's limit).
    fn value(&mut self) -> Result<Value, String> {
        enum Frame {
            Arr(Vec<Value>),
            Obj(BTreeMap<String, Value>, String),
        }
        let mut stack: Vec<Frame> = Vec::new();
        'outer: loop {
            // Parse a value start; open containers push frames.
            let mut v = match self.scalar()? {
                Some(v) => v,
                None => {
                    if stack.len() + 1 > MAX_JSON_DEPTH {
                        return Err(self.invalid("exceeded max depth"));
                    }
                    let open = self.b[self.i];
                    self.i += 1;
                    if open == b'[' {
                        self.skip_ws();
                        if self.i < self.b.len() && self.b[self.i] == b']' {
                            self.i += 1;
                            Value::list(Vec::new())
                        } else {
                            stack.push(Frame::Arr(Vec::new()));
                            continue 'outer;
                        }
                    } else {
                        match self.object_key(true)? {
                            None => Value::map(BTreeMap::new()),
                            Some(k) => {
                                stack.push(Frame::Obj(BTreeMap::new(), k));
                                continue 'outer;
                            }
                        }
                    }
                }
            };
            // Attach the finished value to its container, closing containers as they end.
            loop {
                let Some(top) = stack.last_mut() else {
                    return Ok(v);
                };
                self.skip_ws();
                if self.i >= self.b.len() {
                    return Err(self.eof());
                }
                let c = self.b[self.i];
                match top {
                    Frame::Arr(items) => {
                        items.push(v);
                        match c {
                            b',' => {
                                self.i += 1;
                                self.skip_ws();
                                continue 'outer;
                            }
                            b']' => {
                                self.i += 1;
                                let Some(Frame::Arr(items)) = stack.pop() else {
                                    unreachable!("top frame is an array")
                                };
                                v = Value::list(items);
                            }
                            _ => return Err(self.invalid("after array element")),
                        }
                    }
                    Frame::Obj(entries, key) => {
                        entries.insert(std::mem::take(key), v);
                        match c {
                            b',' => {
                                self.i += 1;
                                let k = self.object_key(false)?.unwrap_or_default();
                                if let Some(Frame::Obj(_, key)) = stack.last_mut() {
                                    *key = k;
                                }
                                continue 'outer;
                            }
                            b'}' => {
                                self.i += 1;
                                let Some(Frame::Obj(entries, _)) = stack.pop() else {
                                    unreachable!("top frame is an object")
                                };
                                v = Value::map(entries);
                            }
                            _ => return Err(self.invalid("after object key:value pair")),
                        }
                    }
                }
            }
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> Result<Value, String> {
        let w = word.as_bytes();
        self.i += 1;
        for &expected in &w[1..] {
            // At the end of input Go's scanner sees a space: `invalid character ' ' ...`.
            if self.b.get(self.i) != Some(&expected) {
                return Err(self.invalid(&format!(
                    "in literal {word} (expecting {})",
                    quote_char(expected as char)
                )));
            }
            self.i += 1;
        }
        Ok(v)
    }

    fn number(&mut self) -> Result<Value, String> {
        let start = self.i;
        if self.b[self.i] == b'-' {
            self.i += 1;
            if !self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
                return Err(self.invalid("in numeric literal"));
            }
        }
        if self.b[self.i] == b'0' {
            self.i += 1;
        } else {
            while self.i < self.b.len() && self.b[self.i].is_ascii_digit() {
                self.i += 1;
            }
        }
        if self.i < self.b.len() && self.b[self.i] == b'.' {
            self.i += 1;
            if !self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
                return Err(self.invalid("after decimal point in numeric literal"));
            }
            while self.i < self.b.len() && self.b[self.i].is_ascii_digit() {
                self.i += 1;
            }
        }
        if self.i < self.b.len() && (self.b[self.i] == b'e' || self.b[self.i] == b'E') {
            self.i += 1;
            if self.i < self.b.len() && (self.b[self.i] == b'+' || self.b[self.i] == b'-') {
                self.i += 1;
            }
            if !self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
                return Err(self.invalid("in exponent of numeric literal"));
            }
            while self.i < self.b.len() && self.b[self.i].is_ascii_digit() {
                self.i += 1;
            }
        }
        let text = std::str::from_utf8(&self.b[start..self.i]).unwrap_or("0");
        match text.parse::<f64>() {
            Ok(f) if f.is_finite() => Ok(Value::Float(f)),
            _ => {
                if self.num_err.is_none() {
                    self.num_err = Some(format!(
                        "json: cannot unmarshal number {text} into Go value of type float64"
                    ));
                }
                Ok(Value::Nil)
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let mut v = 0u32;
        for _ in 0..4 {
            // At the end of input Go's scanner sees a space.
            let d = self
                .b
                .get(self.i)
                .and_then(|&c| (c as char).to_digit(16))
                .ok_or_else(|| self.invalid("in \\u hexadecimal character escape"))?;
            v = v * 16 + d;
            self.i += 1;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            if self.i >= self.b.len() {
                return Err(self.eof());
            }
            let c = self.b[self.i];
            match c {
                b'"' => {
                    self.i += 1;
                    break;
                }
                b'\\' => {
                    self.i += 1;
                    if self.i >= self.b.len() {
                        return Err(self.invalid("in string escape code"));
                    }
                    let e = self.b[self.i];
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut r = self.hex4()?;
                            if (0xd800..0xdc00).contains(&r)
                                && self.b.get(self.i) == Some(&b'\\')
                                && self.b.get(self.i + 1) == Some(&b'u')
                            {
                                let save = self.i;
                                self.i += 2;
                                let r2 = self.hex4()?;
                                if (0xdc00..0xe000).contains(&r2) {
                                    r = 0x10000 + ((r - 0xd800) << 10) + (r2 - 0xdc00);
                                } else {
                                    self.i = save;
                                }
                            }
                            char::from_u32(r).unwrap_or('\u{fffd}')
                        }
                        _ => {
                            self.i -= 1;
                            return Err(self.invalid("in string escape code"));
                        }
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                c if c < 0x20 => return Err(self.invalid("in string literal")),
                _ => {
                    out.push(c);
                    self.i += 1;
                }
            }
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }
}
