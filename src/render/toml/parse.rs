//! The TOML parser of BurntSushi/toml v1.6.0 (helm 4.1.4's `fromToml`), over the items of
//! [`super::lex`]: the same key bookkeeping (contexts, implicit tables, types of keys), so
//! duplicate keys and tables are refused where that decoder refuses them, with its messages,
//! `(last key "…")` part and line numbers.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use gostd::time::{parse_in_location, Location, Time};

use super::lex::{is_hex, lex, Item, ItemType};

/// A TOML table as the decoder holds it: shared like a Go map, because the parser reaches
/// the same table through several paths.
pub type Hash = Rc<RefCell<BTreeMap<String, TomlValue>>>;

/// A decoded TOML value, with the Go type the decoder gives it.
#[derive(Clone, Debug)]
pub enum TomlValue {
    /// `string`
    Str(String),
    /// `int64`
    Int(i64),
    /// `float64`
    Float(f64),
    /// `bool`
    Bool(bool),
    /// `time.Time` (offset and local datetimes, local dates and times).
    Time(Time),
    /// `[]interface {}`
    Array(Vec<TomlValue>),
    /// `map[string]interface {}`
    Hash(Hash),
    /// `[]map[string]interface {}` (an array of tables, `[[x]]`).
    ArrayHash(Vec<Hash>),
}

/// The decoder's type of a key (`tomlType`); only arrays are looked at again.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TomlType {
    Integer,
    Float,
    Datetime,
    String,
    Bool,
    Array,
    Hash,
    ArrayHash,
}

fn new_hash() -> Hash {
    Rc::new(RefCell::new(BTreeMap::new()))
}

/// A key as `Key.String()` prints it: bare parts as they are, others quoted.
fn key_string(key: &[String]) -> String {
    super::key_path(key)
}

struct Parser {
    items: std::vec::IntoIter<Item>,
    context: Vec<String>,
    current_key: String,
    /// The line of the last item read with `next_pos` (`p.pos`).
    pos_line: usize,
    key_info: HashMap<String, TomlType>,
    mapping: Hash,
    implicits: HashSet<String>,
}

type PResult<T> = Result<T, String>;

/// The zone a datetime layout parses in.
type ZoneFn = fn() -> Location;

/// Parses a TOML document into its top-level table, or gives the decoder's error text.
pub fn parse(data: &str) -> PResult<Hash> {
    let data = data.strip_prefix('\u{feff}').unwrap_or(data);
    if data.as_bytes().iter().take(6).any(|b| *b == 0) {
        return Err(
            "toml: line 1: files cannot contain NULL bytes; probably using UTF-16; TOML files must be UTF-8"
                .into(),
        );
    }
    let mut p = Parser {
        items: lex(data).into_iter(),
        context: Vec::new(),
        current_key: String::new(),
        pos_line: 0,
        key_info: HashMap::new(),
        mapping: new_hash(),
        implicits: HashSet::new(),
    };
    loop {
        let item = p.next()?;
        if item.typ == ItemType::Eof {
            break;
        }
        p.top_level(item)?;
    }
    Ok(p.mapping)
}

/// Go's `strings.FieldsFunc` splitting on `.`, `e` and `E`.
fn float_parts(s: &str) -> Vec<&str> {
    s.split(['.', 'e', 'E']).filter(|p| !p.is_empty()).collect()
}

fn num_has_leading_zero(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() > 1 && b[0] == b'0' && !matches!(b[1], b'b' | b'o' | b'x') {
        return true;
    }
    b.len() > 2 && (b[0] == b'-' || b[0] == b'+') && b[1] == b'0'
}

fn num_underscores_ok(s: &str) -> bool {
    if matches!(s, "nan" | "+nan" | "-nan" | "inf" | "-inf" | "+inf") {
        return true;
    }
    let mut accept = false;
    for r in s.chars() {
        if r == '_' && !accept {
            return false;
        }
        accept = is_hex(r);
    }
    accept
}

fn num_periods_ok(s: &str) -> bool {
    let mut period = false;
    for r in s.chars() {
        if period && !r.is_ascii_digit() {
            return false;
        }
        period = r == '.';
    }
    !period
}

fn strip_first_newline(s: &str) -> &str {
    s.strip_prefix('\n')
        .or_else(|| s.strip_prefix("\r\n"))
        .unwrap_or(s)
}

/// Removes a line-ending backslash and the whitespace after it in a multi-line string.
fn strip_escaped_newlines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut s = s;
    let mut i = 0;
    loop {
        let Some(ix) = s[i..].find('\\') else {
            out.push_str(s);
            return out;
        };
        i += ix;
        let b = s.as_bytes();
        if b.len() > i + 1 && b[i + 1] == b'\\' {
            i += 2;
            continue;
        }
        let mut j = i + 1;
        while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\r' | b'\n') {
            j += 1;
        }
        if j == i + 1 || !s[i..j].contains('\n') {
            i += 1;
            continue;
        }
        out.push_str(&s[..i]);
        s = &s[j..];
        i = 0;
    }
}

/// Go's `missingLeadingZero`: the value has a one-digit field where the layout has two.
fn missing_leading_zero(d: &str, layout: &str) -> bool {
    let d = d.as_bytes();
    for (i, c) in layout.bytes().enumerate() {
        if c == b'.' || c == b'Z' {
            return false;
        }
        if !c.is_ascii_digit() && d.get(i) != Some(&c) {
            return true;
        }
    }
    false
}

/// The zones of TOML's local datetime, date and time: fixed at the local offset, named so
/// that they print as BurntSushi/toml's do.
fn local_zone(name: &str) -> Location {
    let now = Time::now();
    let (_, offset) = Location::Local.lookup(now.unix);
    Location::Fixed(name.to_string(), offset)
}

impl Parser {
    fn current(&self) -> String {
        if self.current_key.is_empty() {
            return key_string(&self.context);
        }
        if self.context.is_empty() {
            return self.current_key.clone();
        }
        format!("{}.{}", key_string(&self.context), self.current_key)
    }

    /// A `ParseError`'s text for an error on `line`.
    fn err_at<T>(&self, line: usize, msg: impl Into<String>) -> PResult<T> {
        let last = self.current();
        let msg = msg.into();
        Err(if last.is_empty() {
            format!("toml: line {line}: {msg}")
        } else {
            format!(
                "toml: line {line} (last key {}): {msg}",
                gostd::strconv::quote(&last)
            )
        })
    }

    /// `panicf`: an error at the position of the last key or table name read.
    fn errf<T>(&self, msg: impl Into<String>) -> PResult<T> {
        self.err_at(self.pos_line, msg)
    }

    fn next(&mut self) -> PResult<Item> {
        let it = self.items.next().unwrap_or(Item {
            typ: ItemType::Eof,
            val: String::new(),
            line: 0,
        });
        if it.typ == ItemType::Error {
            return self.err_at(it.line, it.val);
        }
        Ok(it)
    }

    fn next_pos(&mut self) -> PResult<Item> {
        let it = self.next()?;
        self.pos_line = it.line;
        Ok(it)
    }

    fn bug<T>(&self, msg: String) -> PResult<T> {
        Err(format!("BUG: {msg}"))
    }

    /// The parts of a key or table name up to `end`.
    fn key_parts(&mut self, first: Item, end: ItemType) -> PResult<Vec<String>> {
        let mut key = Vec::new();
        let mut name = first;
        while name.typ != end && name.typ != ItemType::Eof {
            key.push(self.key_part(&name)?);
            name = self.next()?;
        }
        if name.typ != end {
            return self.bug(format!("Expected '{end:?}' but got '{:?}'.", name.typ));
        }
        Ok(key)
    }

    fn top_level(&mut self, item: Item) -> PResult<()> {
        match item.typ {
            ItemType::CommentStart => {
                self.next()?;
            }
            ItemType::TableStart | ItemType::ArrayTableStart => {
                let array = item.typ == ItemType::ArrayTableStart;
                let first = self.next_pos()?;
                let end = if array {
                    ItemType::ArrayTableEnd
                } else {
                    ItemType::TableEnd
                };
                let key = self.key_parts(first, end)?;
                self.add_context(&key, array)?;
                let typ = if array {
                    TomlType::ArrayHash
                } else {
                    TomlType::Hash
                };
                self.set_type("", typ);
            }
            ItemType::KeyStart => {
                let outer = self.context.clone();
                let first = self.next_pos()?;
                let key = self.key_parts(first, ItemType::KeyEnd)?;
                self.assign(&key)?;
                self.context = outer;
                self.current_key.clear();
            }
            other => return self.bug(format!("Unexpected type at top level: {other:?}")),
        }
        Ok(())
    }

    /// `key = value` once the key is read: implicit tables for the dotted parts, then the
    /// value. Returns the value set (an inline table keeps its own copy of it).
    fn assign(&mut self, key: &[String]) -> PResult<TomlValue> {
        let Some((last, parents)) = key.split_last() else {
            return self.bug("empty key".into());
        };
        self.current_key = last.clone();
        for part in parents {
            let mut k = self.context.clone();
            k.push(part.clone());
            self.add_implicit(&k);
            self.add_context(&k, false)?;
        }
        let v_item = self.next()?;
        let (val, typ) = self.value(v_item, false)?;
        let name = self.current_key.clone();
        self.set_value(&name, val.clone())?;
        self.set_type(&name, typ);
        Ok(val)
    }

    fn key_part(&mut self, it: &Item) -> PResult<String> {
        match it.typ {
            ItemType::Text => Ok(it.val.clone()),
            ItemType::String
            | ItemType::StringEsc
            | ItemType::MultilineString
            | ItemType::RawString
            | ItemType::RawMultilineString => match self.value(it.clone(), false)?.0 {
                TomlValue::Str(s) => Ok(s),
                _ => self.bug("key is not a string".into()),
            },
            other => self.bug(format!("Unexpected key type: {other:?}")),
        }
    }

    fn value(&mut self, it: Item, parent_is_array: bool) -> PResult<(TomlValue, TomlType)> {
        let s = |v: String| Ok((TomlValue::Str(v), TomlType::String));
        match it.typ {
            ItemType::String | ItemType::RawString => s(it.val),
            ItemType::StringEsc => s(self.replace_escapes(&it, &it.val)?),
            ItemType::MultilineString => {
                let text = strip_escaped_newlines(strip_first_newline(&it.val));
                s(self.replace_escapes(&it, &text)?)
            }
            ItemType::RawMultilineString => s(strip_first_newline(&it.val).to_string()),
            ItemType::Integer => self.value_integer(&it),
            ItemType::Float => self.value_float(&it),
            ItemType::Bool => match it.val.as_str() {
                "true" => Ok((TomlValue::Bool(true), TomlType::Bool)),
                "false" => Ok((TomlValue::Bool(false), TomlType::Bool)),
                other => self.bug(format!("Expected boolean value, but got '{other}'.")),
            },
            ItemType::Datetime => self.value_datetime(&it),
            ItemType::Array => self.value_array(),
            ItemType::InlineTableStart => self.value_inline_table(parent_is_array),
            other => self.bug(format!("Unexpected value type: {other:?}")),
        }
    }

    fn value_integer(&self, it: &Item) -> PResult<(TomlValue, TomlType)> {
        let q = gostd::strconv::quote(&it.val);
        if !num_underscores_ok(&it.val) {
            return self.err_at(
                it.line,
                format!("Invalid integer {q}: underscores must be surrounded by digits"),
            );
        }
        if num_has_leading_zero(&it.val) {
            return self.err_at(
                it.line,
                format!("Invalid integer {q}: cannot have leading zeroes"),
            );
        }
        match gostd::strconv::parse_int(&it.val, 0) {
            Ok(n) => Ok((TomlValue::Int(n), TomlType::Integer)),
            Err(e) if e.kind == gostd::strconv::NumErrorKind::Range => {
                self.err_at(it.line, format!("{} is out of range for int64", it.val))
            }
            Err(_) => self.bug(format!("Expected integer value, but got '{}'.", it.val)),
        }
    }

    fn value_float(&self, it: &Item) -> PResult<(TomlValue, TomlType)> {
        let q = gostd::strconv::quote(&it.val);
        let parts = float_parts(&it.val);
        if parts.iter().any(|p| !num_underscores_ok(p)) {
            return self.err_at(
                it.line,
                format!("Invalid float {q}: underscores must be surrounded by digits"),
            );
        }
        if parts.first().is_some_and(|p| num_has_leading_zero(p)) {
            return self.err_at(
                it.line,
                format!("Invalid float {q}: cannot have leading zeroes"),
            );
        }
        if !num_periods_ok(&it.val) {
            return self.err_at(
                it.line,
                format!("Invalid float {q}: '.' must be followed by one or more digits"),
            );
        }
        let mut val = it.val.replace('_', "");
        let mut signbit = false;
        if val == "+nan" || val == "-nan" {
            signbit = val == "-nan";
            val = "nan".into();
        }
        match gostd::strconv::parse_float(&val) {
            Ok(n) => Ok((
                TomlValue::Float(if signbit { -n.abs() } else { n }),
                TomlType::Float,
            )),
            Err(e) if e.kind == gostd::strconv::NumErrorKind::Range => {
                self.err_at(it.line, format!("{} is out of range for float64", it.val))
            }
            Err(_) => self.err_at(it.line, format!("Invalid float value: {q}")),
        }
    }

    fn value_datetime(&self, it: &Item) -> PResult<(TomlValue, TomlType)> {
        let val: String = it
            .val
            .chars()
            .map(|c| match c {
                'z' => 'Z',
                't' | ' ' => 'T',
                c => c,
            })
            .collect();
        let types: [(&str, ZoneFn); 7] = [
            ("2006-01-02T15:04:05.999999999Z07:00", || Location::Local),
            ("2006-01-02T15:04:05.999999999", || {
                local_zone("datetime-local")
            }),
            ("2006-01-02", || local_zone("date-local")),
            ("15:04:05.999999999", || local_zone("time-local")),
            ("2006-01-02T15:04Z07:00", || Location::Local),
            ("2006-01-02T15:04", || local_zone("datetime-local")),
            ("15:04", || local_zone("time-local")),
        ];
        let bad = || {
            self.err_at(
                it.line,
                format!("invalid datetime: {}", gostd::strconv::quote(&val)),
            )
        };
        for (layout, zone) in types {
            if let Ok(t) = parse_in_location(layout, &val, zone()) {
                if missing_leading_zero(&val, layout) {
                    return bad();
                }
                return Ok((TomlValue::Time(t), TomlType::Datetime));
            }
        }
        bad()
    }

    fn value_array(&mut self) -> PResult<(TomlValue, TomlType)> {
        let name = self.current_key.clone();
        self.set_type(&name, TomlType::Array);
        let mut array = Vec::new();
        loop {
            let it = self.next()?;
            match it.typ {
                ItemType::ArrayEnd => break,
                ItemType::CommentStart => {
                    self.next()?;
                }
                _ => array.push(self.value(it, true)?.0),
            }
        }
        Ok((TomlValue::Array(array), TomlType::Array))
    }

    fn value_inline_table(&mut self, parent_is_array: bool) -> PResult<(TomlValue, TomlType)> {
        let top = new_hash();
        let outer_context = self.context.clone();
        let outer_key = std::mem::take(&mut self.current_key);
        self.context.push(outer_key.clone());
        let prev_context = self.context.clone();
        self.add_implicit(&prev_context);
        self.add_context(&prev_context, parent_is_array)?;
        loop {
            let it = self.next()?;
            match it.typ {
                ItemType::InlineTableEnd => break,
                ItemType::CommentStart => {
                    self.next()?;
                    continue;
                }
                _ => {}
            }
            let first = self.next_pos()?;
            let key = self.key_parts(first, ItemType::KeyEnd)?;
            let val = self.assign(&key)?;
            let mut hash = top.clone();
            for c in &key[..key.len() - 1] {
                let child = hash
                    .borrow_mut()
                    .entry(c.clone())
                    .or_insert_with(|| TomlValue::Hash(new_hash()))
                    .clone();
                hash = match child {
                    TomlValue::Hash(h) => h,
                    _ => {
                        return self.errf(format!(
                            "{} is not a table",
                            gostd::strconv::quote(&key_string(&self.context))
                        ))
                    }
                };
            }
            hash.borrow_mut().insert(self.current_key.clone(), val);
            self.context = prev_context.clone();
        }
        self.context = outer_context;
        self.current_key = outer_key;
        Ok((TomlValue::Hash(top), TomlType::Hash))
    }

    /// Makes `key` the current table (or a new element of the array of tables `key`),
    /// creating implicit tables for its parents; refuses a key already used otherwise.
    fn add_context(&mut self, key: &[String], array: bool) -> PResult<()> {
        let Some((last, parents)) = key.split_last() else {
            return self.bug("empty table name".into());
        };
        let mut hash = self.mapping.clone();
        let mut key_context: Vec<String> = Vec::new();
        for k in parents {
            key_context.push(k.clone());
            if !hash.borrow().contains_key(k) {
                self.add_implicit(&key_context);
                hash.borrow_mut()
                    .insert(k.clone(), TomlValue::Hash(new_hash()));
            }
            let next = match hash.borrow().get(k) {
                Some(TomlValue::ArrayHash(t)) => t.last().cloned(),
                Some(TomlValue::Hash(t)) => Some(t.clone()),
                _ => None,
            };
            match next {
                Some(h) => hash = h,
                None => {
                    return self.errf(format!(
                        "Key '{}' was already created as a hash.",
                        key_string(&key_context)
                    ))
                }
            }
        }
        self.context = key_context;
        if array {
            let mut h = hash.borrow_mut();
            let entry = h
                .entry(last.clone())
                .or_insert_with(|| TomlValue::ArrayHash(Vec::new()));
            match entry {
                TomlValue::ArrayHash(v) => v.push(new_hash()),
                _ => {
                    drop(h);
                    return self.errf(format!(
                        "Key '{}' was already created and cannot be used as an array.",
                        key_string(key)
                    ));
                }
            }
        } else {
            self.set_value(last, TomlValue::Hash(new_hash()))?;
        }
        self.context.push(last.clone());
        Ok(())
    }

    /// Sets `key` in the current table; a key may be set again only when it was an
    /// implicit table.
    fn set_value(&mut self, key: &str, value: TomlValue) -> PResult<()> {
        let mut hash = self.mapping.clone();
        let mut key_context: Vec<String> = Vec::new();
        for k in &self.context {
            key_context.push(k.clone());
            let next = match hash.borrow().get(k) {
                None => {
                    return self.bug(format!(
                        "Context for key '{}' has not been established.",
                        key_string(&key_context)
                    ))
                }
                Some(TomlValue::ArrayHash(t)) => t.last().cloned(),
                Some(TomlValue::Hash(t)) => Some(t.clone()),
                Some(_) => None,
            };
            match next {
                Some(h) => hash = h,
                None => {
                    return self.errf(format!(
                        "Key '{}' has already been defined.",
                        key_string(&key_context)
                    ))
                }
            }
        }
        key_context.push(key.to_string());
        let exists = hash.borrow().contains_key(key);
        if exists {
            let ks = key_string(&key_context);
            if self.key_info.get(&ks) == Some(&TomlType::Array) {
                if !self.implicits.contains(&ks) {
                    return self.errf(format!("Key '{ks}' has already been defined."));
                }
                self.implicits.remove(&ks);
                hash.borrow_mut().insert(key.to_string(), value);
                return Ok(());
            }
            if self.implicits.remove(&ks) {
                return Ok(());
            }
            return self.errf(format!("Key '{ks}' has already been defined."));
        }
        hash.borrow_mut().insert(key.to_string(), value);
        Ok(())
    }

    fn set_type(&mut self, key: &str, typ: TomlType) {
        let mut k = self.context.clone();
        if !key.is_empty() {
            k.push(key.to_string());
        }
        if k.is_empty() {
            k.push(String::new());
        }
        self.key_info.insert(key_string(&k), typ);
    }

    fn add_implicit(&mut self, key: &[String]) {
        self.implicits.insert(key_string(key));
    }

    fn replace_escapes(&self, it: &Item, s: &str) -> PResult<String> {
        let mut out = String::with_capacity(s.len());
        let b = s.as_bytes();
        let mut skip = 0;
        for (i, c) in s.char_indices() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            if c != '\\' {
                out.push(c);
                continue;
            }
            let Some(&e) = b.get(i + 1) else {
                return self.bug("Escape sequence at end of string.".into());
            };
            let simple = match e {
                b'b' => Some('\u{8}'),
                b't' => Some('\t'),
                b'n' => Some('\n'),
                b'f' => Some('\u{c}'),
                b'r' => Some('\r'),
                b'e' => Some('\u{1b}'),
                b'"' => Some('"'),
                b'\\' => Some('\\'),
                _ => None,
            };
            if let Some(ch) = simple {
                out.push(ch);
                skip = 1;
                continue;
            }
            let n = match e {
                b' ' | b'\t' => {
                    return self.err_at(it.line, format!("invalid escape: '\\{}'", e as char))
                }
                b'x' => 2,
                b'u' => 4,
                b'U' => 8,
                _ => return self.bug(format!("Expected valid escape code after \\, but got {e}.")),
            };
            let hex = s.get(i + 2..i + 2 + n).unwrap_or("");
            let code = u32::from_str_radix(hex, 16).unwrap_or(0);
            match char::from_u32(code) {
                Some(ch) => out.push(ch),
                None => {
                    return self.err_at(
                        it.line,
                        format!("Escaped character '\\u{hex}' is not valid UTF-8."),
                    )
                }
            }
            skip = n + 1;
        }
        Ok(out)
    }
}
