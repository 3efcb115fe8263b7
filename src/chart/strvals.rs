//! `--set`, `--set-string`, `--set-file`, `--set-json` and `--set-literal` parsing with Helm's
//! strvals rules: `a.b=c` nests maps, `a[0]=x` sets list items (padding with nulls), `a={x,y}`
//! makes a list, `\` escapes the next character, and `--set` turns `true`/`false`/`null`/ints
//! into typed values (ints become int64: a [`serde_json::Number`] that is not `f64`).
//!
//! Error texts are Helm's, including its recovered Go panics (`unable to parse key: ...`).

use serde_json::{Map, Value};

use super::gofmt;

/// Helm's limit on list indexes (`strvals.MaxIndex`).
pub const MAX_INDEX: i64 = 65536;
/// Helm's limit on dotted name nesting (`strvals.MaxNestedNameLevel`).
pub const MAX_NESTED_NAME_LEVEL: usize = 30;

/// A strvals parse failure; the text is Helm's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct StrvalsError(pub String);

/// Reads the file named by a `--set-file` value and returns the value to store.
pub type FileReader<'a> = dyn FnMut(&str) -> Result<Value, String> + 'a;

enum Mode<'a, 'b> {
    Typed,
    Strings,
    Json,
    File(&'b mut FileReader<'a>),
}

enum PErr {
    Eof,
    NotList,
    Msg(String),
}

impl PErr {
    fn msg(s: impl Into<String>) -> Self {
        PErr::Msg(s.into())
    }
}

fn panic_msg(found: &Value, want: &str) -> PErr {
    PErr::Msg(format!(
        "unable to parse key: interface conversion: interface {{}} is {}, not {}",
        gofmt::type_name(found),
        want
    ))
}

const LIST_TYPE: &str = "[]interface {}";
const MAP_TYPE: &str = "map[string]interface {}";

struct Parser<'s, 'a, 'b> {
    src: &'s str,
    pos: usize,
    prev: usize,
    mode: Mode<'a, 'b>,
    literal: bool,
}

/// Parses a `--set` line (`name1=value1,name2=value2`) into a fresh map.
pub fn parse(s: &str) -> Result<Map<String, Value>, StrvalsError> {
    let mut m = Map::new();
    parse_into(s, &mut m)?;
    Ok(m)
}

/// Parses a `--set` line into `dest`, overwriting keys it sets.
pub fn parse_into(s: &str, dest: &mut Map<String, Value>) -> Result<(), StrvalsError> {
    run(s, dest, Mode::Typed, false)
}

/// Parses a `--set-string` line: every value is a string.
pub fn parse_string(s: &str) -> Result<Map<String, Value>, StrvalsError> {
    let mut m = Map::new();
    parse_into_string(s, &mut m)?;
    Ok(m)
}

/// Parses a `--set-string` line into `dest`.
pub fn parse_into_string(s: &str, dest: &mut Map<String, Value>) -> Result<(), StrvalsError> {
    run(s, dest, Mode::Strings, false)
}

/// Parses a `--set-json` line (`key=<json>,key2=<json>`) into `dest`. An empty value is null.
pub fn parse_json(s: &str, dest: &mut Map<String, Value>) -> Result<(), StrvalsError> {
    run(s, dest, Mode::Json, false)
}

/// Parses a `--set-file` line; each value is a path handed to `reader`.
pub fn parse_into_file(
    s: &str,
    dest: &mut Map<String, Value>,
    reader: &mut FileReader<'_>,
) -> Result<(), StrvalsError> {
    run(s, dest, Mode::File(reader), false)
}

/// Parses a `--set-literal` line: the value is everything after the first `=`, verbatim.
pub fn parse_literal_into(s: &str, dest: &mut Map<String, Value>) -> Result<(), StrvalsError> {
    run(s, dest, Mode::Strings, true)
}

/// Parses a `--set-literal` line into a fresh map.
pub fn parse_literal(s: &str) -> Result<Map<String, Value>, StrvalsError> {
    let mut m = Map::new();
    parse_literal_into(s, &mut m)?;
    Ok(m)
}

fn run(
    s: &str,
    dest: &mut Map<String, Value>,
    mode: Mode<'_, '_>,
    literal: bool,
) -> Result<(), StrvalsError> {
    let mut p = Parser {
        src: s,
        pos: 0,
        prev: 0,
        mode,
        literal,
    };
    loop {
        match p.key(dest, 0) {
            Ok(()) => continue,
            Err(PErr::Eof) => return Ok(()),
            Err(PErr::NotList) => return Err(StrvalsError("not a list".into())),
            Err(PErr::Msg(m)) => return Err(StrvalsError(m)),
        }
    }
}

/// Helm's `typedVal`: `true`/`false`/`null` (any case), `0`, and ints without a leading zero.
pub fn typed_val(val: &str, strings: bool) -> Value {
    if strings {
        return Value::String(val.to_string());
    }
    if val.eq_ignore_ascii_case("true") {
        return Value::Bool(true);
    }
    if val.eq_ignore_ascii_case("false") {
        return Value::Bool(false);
    }
    if val.eq_ignore_ascii_case("null") {
        return Value::Null;
    }
    if val == "0" {
        return Value::from(0i64);
    }
    if !val.is_empty() && !val.starts_with('0') {
        if let Some(i) = parse_int64(val) {
            return Value::from(i);
        }
    }
    Value::String(val.to_string())
}

/// `strconv.ParseInt(s, 10, 64)`.
fn parse_int64(s: &str) -> Option<i64> {
    gostd::strconv::atoi(s).ok()
}

fn set(data: &mut Map<String, Value>, key: &str, val: Value) {
    if key.is_empty() {
        return;
    }
    data.insert(key.to_string(), val);
}

fn set_index(mut list: Vec<Value>, index: i64, val: Value) -> (Vec<Value>, Result<(), PErr>) {
    if index < 0 {
        return (
            list,
            Err(PErr::msg(format!("negative {index} index not allowed"))),
        );
    }
    if index > MAX_INDEX {
        return (
            list,
            Err(PErr::msg(format!(
                "index of {index} is greater than maximum supported index of {MAX_INDEX}"
            ))),
        );
    }
    let index = index as usize;
    if list.len() <= index {
        list.resize(index + 1, Value::Null);
    }
    list[index] = val;
    (list, Ok(()))
}

impl Parser<'_, '_, '_> {
    fn read(&mut self) -> Option<char> {
        let c = self.src[self.pos..].chars().next()?;
        self.prev = self.pos;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn unread(&mut self) {
        self.pos = self.prev;
    }

    /// Reads up to (and consuming) a stop rune. `None` as the stop means end of input.
    fn until(&mut self, stop: &[char]) -> (String, Option<char>) {
        let mut v = String::new();
        loop {
            match self.read() {
                None => return (v, None),
                Some(c) if stop.contains(&c) => return (v, Some(c)),
                Some('\\') if !self.literal => match self.read() {
                    None => return (v, None),
                    Some(n) => v.push(n),
                },
                Some(c) => v.push(c),
            }
        }
    }

    fn read_value(&mut self, rs: &str) -> Result<Value, PErr> {
        match &mut self.mode {
            Mode::Typed => Ok(typed_val(rs, false)),
            Mode::Strings | Mode::Json => Ok(typed_val(rs, true)),
            Mode::File(r) => r(rs).map_err(PErr::Msg),
        }
    }

    /// Reads `N]`. Running out of input is `Eof` (Go wraps `io.EOF` in "error parsing index",
    /// which still ends parsing successfully); a bad number is a message.
    fn key_index(&mut self) -> Result<i64, PErr> {
        let (v, last) = self.until(&[']']);
        if last.is_none() {
            return Err(PErr::Eof);
        }
        gostd::strconv::atoi(&v).map_err(|e| PErr::msg(format!("error parsing index: {e}")))
    }

    fn key(&mut self, data: &mut Map<String, Value>, mut level: usize) -> Result<(), PErr> {
        let stop: &[char] = if self.literal {
            &['=', '[', '.']
        } else {
            &['=', '[', ',', '.']
        };
        let (k, last) = self.until(stop);
        match last {
            None => {
                if k.is_empty() {
                    Err(PErr::Eof)
                } else {
                    Err(PErr::msg(format!("key {} has no value", gofmt::quote(&k))))
                }
            }
            Some('[') => {
                let i = self.key_index()?;
                let list = match data.get(&k) {
                    None => Vec::new(),
                    Some(Value::Array(a)) => a.clone(),
                    Some(other) => return Err(panic_msg(other, LIST_TYPE)),
                };
                let (list, res) = self.list_item(list, i, level);
                set(data, &k, Value::Array(list));
                res
            }
            Some('=') => {
                if self.literal {
                    let (v, _) = self.until(&[]);
                    set(data, &k, Value::String(v));
                    return Ok(());
                }
                if matches!(self.mode, Mode::Json) {
                    if self.empty_val() {
                        set(data, &k, Value::Null);
                        return Ok(());
                    }
                    let v = self.json_value()?;
                    set(data, &k, v);
                    self.empty_val();
                    return Ok(());
                }
                match self.val_list() {
                    Ok(vl) => {
                        set(data, &k, Value::Array(vl));
                        Ok(())
                    }
                    Err(PErr::Eof) => {
                        set(data, &k, Value::String(String::new()));
                        Err(PErr::Eof)
                    }
                    Err(PErr::NotList) => {
                        let (rs, _) = self.until(&[',']);
                        let v = self.read_value(&rs);
                        match v {
                            Ok(v) => {
                                set(data, &k, v);
                                Ok(())
                            }
                            Err(e) => {
                                // Go stores the reader's (nil) result before returning the error.
                                set(data, &k, Value::Null);
                                Err(e)
                            }
                        }
                    }
                    Err(e) => Err(e),
                }
            }
            Some(',') => {
                set(data, &k, Value::String(String::new()));
                Err(PErr::msg(format!(
                    "key {} has no value (cannot end with ,)",
                    gofmt::quote(&k)
                )))
            }
            Some(_) => {
                // '.'
                level += 1;
                if level > MAX_NESTED_NAME_LEVEL {
                    return Err(PErr::msg(format!(
                        "value name nested level is greater than maximum supported nested level of {MAX_NESTED_NAME_LEVEL}"
                    )));
                }
                let mut inner = match data.get(&k) {
                    None => Map::new(),
                    Some(Value::Object(m)) => m.clone(),
                    Some(other) => return Err(panic_msg(other, MAP_TYPE)),
                };
                let e = self.key(&mut inner, level);
                if e.is_ok() && inner.is_empty() {
                    return Err(PErr::msg(format!(
                        "key map {} has no value",
                        gofmt::quote(&k)
                    )));
                }
                if !inner.is_empty() {
                    set(data, &k, Value::Object(inner));
                }
                e
            }
        }
    }

    fn list_item(
        &mut self,
        mut list: Vec<Value>,
        i: i64,
        level: usize,
    ) -> (Vec<Value>, Result<(), PErr>) {
        if i < 0 {
            return (
                list,
                Err(PErr::msg(format!("negative {i} index not allowed"))),
            );
        }
        let (k, last) = self.until(&['[', '.', '=']);
        if !k.is_empty() {
            return (
                list,
                Err(PErr::msg(format!(
                    "unexpected data at end of array index: {}",
                    gofmt::quote_runes(&k)
                ))),
            );
        }
        match last {
            None => (list, Err(PErr::Eof)),
            Some('=') => {
                if self.literal {
                    let (v, _) = self.until(&[]);
                    return set_index(list, i, Value::String(v));
                }
                if matches!(self.mode, Mode::Json) {
                    if self.empty_val() {
                        return set_index(list, i, Value::Null);
                    }
                    let v = match self.json_value() {
                        Ok(v) => v,
                        Err(e) => return (list, Err(e)),
                    };
                    let (list, res) = set_index(list, i, v);
                    if res.is_err() {
                        return (list, res);
                    }
                    self.empty_val();
                    return (list, Ok(()));
                }
                match self.val_list() {
                    Ok(vl) => set_index(list, i, Value::Array(vl)),
                    Err(PErr::Eof) => set_index(list, i, Value::String(String::new())),
                    Err(PErr::NotList) => {
                        let (rs, _) = self.until(&[',']);
                        match self.read_value(&rs) {
                            Ok(v) => set_index(list, i, v),
                            Err(e) => (list, Err(e)),
                        }
                    }
                    Err(e) => (list, Err(e)),
                }
            }
            Some('[') => {
                let next_i = match self.key_index() {
                    Ok(n) => n,
                    Err(e) => return (list, Err(e)),
                };
                let mut crt = Vec::new();
                if (list.len() as i64) > i {
                    match &list[i as usize] {
                        Value::Null => {}
                        Value::Array(a) => crt = a.clone(),
                        other => {
                            let e = panic_msg(other, LIST_TYPE);
                            return (list, Err(e));
                        }
                    }
                }
                let (list2, res) = self.list_item(crt, next_i, level);
                if res.is_err() {
                    return (list, res);
                }
                set_index(list, i, Value::Array(list2))
            }
            Some(_) => {
                // '.'
                let existing = (list.len() as i64) > i;
                let mut inner = Map::new();
                if existing {
                    match &list[i as usize] {
                        Value::Object(m) => inner = m.clone(),
                        _ => list[i as usize] = Value::Object(Map::new()),
                    }
                }
                let res = self.key(&mut inner, level);
                if let Err(e) = res {
                    if existing {
                        list[i as usize] = Value::Object(inner);
                    }
                    return (list, Err(e));
                }
                set_index(list, i, Value::Object(inner))
            }
        }
    }

    /// Skips blanks; true when the value is empty (a `,` or the end follows). A `,` is consumed.
    fn empty_val(&mut self) -> bool {
        loop {
            match self.read() {
                None => return true,
                Some(',') => return true,
                Some(c) if gofmt::is_space(c) => continue,
                Some(_) => {
                    self.unread();
                    return false;
                }
            }
        }
    }

    /// Decodes one JSON value from the rest of the input, like Go's `json.Decoder`: the value
    /// ends where its grammar ends (`null.` is `null` followed by `.`).
    fn json_value(&mut self) -> Result<Value, PErr> {
        let rest = &self.src[self.pos..];
        let end = json_value_end(rest).ok_or_else(|| PErr::msg("invalid JSON value"))?;
        let v: Value = crate::release::gojson::from_slice(&rest.as_bytes()[..end])
            .map_err(|e| PErr::msg(e.to_string()))?;
        self.pos += end;
        Ok(floats_only(v))
    }

    fn val_list(&mut self) -> Result<Vec<Value>, PErr> {
        match self.read() {
            None => return Err(PErr::Eof),
            Some('{') => {}
            Some(_) => {
                self.unread();
                return Err(PErr::NotList);
            }
        }
        let mut list = Vec::new();
        loop {
            let (rs, last) = self.until(&[',', '}']);
            match last {
                None => return Err(PErr::msg("list must terminate with '}'")),
                Some('}') => {
                    if let Some(c) = self.read() {
                        if c != ',' {
                            self.unread();
                        }
                    }
                    let v = self.read_value(&rs)?;
                    list.push(v);
                    return Ok(list);
                }
                Some(_) => {
                    let v = self.read_value(&rs)?;
                    list.push(v);
                }
            }
        }
    }
}

/// The byte length of the first JSON value in `s` (after leading blanks), by its grammar.
fn json_value_end(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    let start = *b.get(i)?;
    match start {
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut in_str = false;
            while i < b.len() {
                let c = b[i];
                if in_str {
                    match c {
                        b'\\' => i += 1,
                        b'"' => in_str = false,
                        _ => {}
                    }
                } else {
                    match c {
                        b'"' => in_str = true,
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                return Some(i + 1);
                            }
                        }
                        _ => {}
                    }
                }
                i += 1;
            }
            None
        }
        b'"' => {
            i += 1;
            while i < b.len() {
                match b[i] {
                    b'\\' => i += 1,
                    b'"' => return Some(i + 1),
                    _ => {}
                }
                i += 1;
            }
            None
        }
        b't' | b'f' | b'n' => ["true", "false", "null"]
            .iter()
            .find(|w| s[i..].starts_with(*w))
            .map(|w| i + w.len()),
        b'-' | b'0'..=b'9' => {
            let digits = |mut j: usize| {
                let st = j;
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                (j, j > st)
            };
            if b[i] == b'-' {
                i += 1;
            }
            match b.get(i) {
                Some(b'0') => i += 1,
                Some(b'1'..=b'9') => i = digits(i).0,
                _ => return None,
            }
            if b.get(i) == Some(&b'.') {
                let (j, any) = digits(i + 1);
                if !any {
                    return None;
                }
                i = j;
            }
            if matches!(b.get(i), Some(b'e' | b'E')) {
                let mut j = i + 1;
                if matches!(b.get(j), Some(b'+' | b'-')) {
                    j += 1;
                }
                let (j, any) = digits(j);
                if !any {
                    return None;
                }
                i = j;
            }
            Some(i)
        }
        _ => None,
    }
}

/// Go decodes JSON numbers into float64: make every number an `f64` one.
pub fn floats_only(mut v: Value) -> Value {
    make_floats(&mut v);
    v
}

/// [`floats_only`] in place: the maps are kept, not built again.
pub fn make_floats(v: &mut Value) {
    match v {
        Value::Number(n) if !n.is_f64() => {
            let f = n.as_f64().unwrap_or(0.0);
            *v = serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number);
        }
        Value::Array(a) => a.iter_mut().for_each(make_floats),
        Value::Object(m) => m.values_mut().for_each(make_floats),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn p(s: &str) -> Value {
        Value::Object(parse(s).unwrap_or_else(|e| panic!("{s}: {e}")))
    }
    fn perr(s: &str) -> String {
        parse(s).unwrap_err().0
    }

    #[test]
    fn scalars_and_types() {
        assert_eq!(
            p("name1=null,f=false,t=true"),
            json!({"name1": null, "f": false, "t": true})
        );
        assert_eq!(
            p("a=0,b=1234567890,c=00009,d=-5,e=1.5"),
            json!({"a":0,"b":1234567890,"c":"00009","d":-5,"e":"1.5"})
        );
        assert!(p("b=12").get("b").unwrap().is_i64());
        assert_eq!(p("a=TRUE,b=Null"), json!({"a": true, "b": null}));
        assert_eq!(
            p("x=99999999999999999999"),
            json!({"x": "99999999999999999999"})
        );
        assert_eq!(
            Value::Object(parse_string("a=true,b=1,c=null").unwrap()),
            json!({"a":"true","b":"1","c":"null"})
        );
    }

    #[test]
    fn escapes_and_empties() {
        assert_eq!(
            p(r"name1=one\,two,name2=three\,four"),
            json!({"name1":"one,two","name2":"three,four"})
        );
        assert_eq!(p(r"name1=one\=two"), json!({"name1":"one=two"}));
        assert_eq!(p(r"a\.b=c"), json!({"a.b":"c"}));
        assert_eq!(
            p("name1=,name2=value2"),
            json!({"name1":"","name2":"value2"})
        );
        assert_eq!(p("name1="), json!({"name1":""}));
        assert_eq!(p("a=one two"), json!({"a":"one two"}));
    }

    #[test]
    fn nesting_and_lists() {
        assert_eq!(p("outer.inner=value"), json!({"outer":{"inner":"value"}}));
        assert_eq!(
            p("outer.inner1=value,outer.inner2=value2"),
            json!({"outer":{"inner1":"value","inner2":"value2"}})
        );
        assert_eq!(
            p("name1={value1,value2}"),
            json!({"name1":["value1","value2"]})
        );
        assert_eq!(p("name1={1021,902}"), json!({"name1":[1021,902]}));
        assert_eq!(p("list[0]=foo,list[1]=bar"), json!({"list":["foo","bar"]}));
        assert_eq!(
            p("list[0]=foo,list[3]=bar"),
            json!({"list":["foo",null,null,"bar"]})
        );
        assert_eq!(
            p("list[0].foo=bar,list[0].hello=world"),
            json!({"list":[{"foo":"bar","hello":"world"}]})
        );
        assert_eq!(p("noval[0]"), json!({"noval":[]}));
        assert_eq!(p("noval[0]="), json!({"noval":[""]}));
        assert_eq!(p("nested[0][0]=1"), json!({"nested":[[1]]}));
        assert_eq!(p("nested[1][1]=1"), json!({"nested":[null,[null,1]]}));
        assert_eq!(
            p("a.b[1].foo=bar,a.b[0].foo=bar"),
            json!({"a":{"b":[{"foo":"bar"},{"foo":"bar"}]}})
        );
        assert_eq!(p("a={}"), json!({"a":[""]}));
        // An unterminated index ends parsing without an error, as in Helm.
        assert_eq!(p("l[1]=x,[}"), json!({"l":[null,"x"]}));
        assert_eq!(p("l[0][1"), json!({"l":[]}));
    }

    #[test]
    fn errors_match_helm() {
        assert_eq!(perr("name1"), "key \"name1\" has no value");
        assert_eq!(
            perr("name1,name2="),
            "key \"name1\" has no value (cannot end with ,)"
        );
        assert_eq!(perr("a.=x"), "key map \"a\" has no value");
        assert_eq!(perr("a={1,2"), "list must terminate with '}'");
        assert_eq!(
            perr("list[0]x=1"),
            "unexpected data at end of array index: ['x']"
        );
        assert_eq!(
            perr("list[a]=1"),
            "error parsing index: strconv.Atoi: parsing \"a\": invalid syntax"
        );
        assert_eq!(perr("list[-1]=1"), "negative -1 index not allowed");
        assert_eq!(
            perr("list[65537]=1"),
            "index of 65537 is greater than maximum supported index of 65536"
        );
        assert_eq!(
            perr("a=1,a.b=2"),
            "unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}"
        );
        assert_eq!(
            perr("a=x,a[0]=2"),
            "unable to parse key: interface conversion: interface {} is string, not []interface {}"
        );
        let deep = (0..32)
            .map(|i| format!("k{i}"))
            .collect::<Vec<_>>()
            .join(".")
            + "=1";
        assert_eq!(
            perr(&deep),
            "value name nested level is greater than maximum supported nested level of 30"
        );
    }

    #[test]
    fn parse_into_overwrites() {
        let mut m = parse("a.b=1,c=2").unwrap();
        parse_into("a.d=3,c=4", &mut m).unwrap();
        assert_eq!(Value::Object(m), json!({"a":{"b":1,"d":3},"c":4}));
    }

    #[test]
    fn json_values() {
        let mut m = Map::new();
        parse_json(r#"a={"b":[1,2]},c="x",d=,e[1]=true"#, &mut m).unwrap();
        assert_eq!(
            Value::Object(m.clone()),
            json!({"a":{"b":[1.0,2.0]},"c":"x","d":null,"e":[null,true]})
        );
        assert!(m["a"]["b"][0].is_f64());
        let mut m = Map::new();
        assert!(parse_json("a={", &mut m).is_err());
        for (line, want) in [
            ("a=null.", json!({"a": null})),
            ("a=-3b.", json!({"a": -3.0})),
            ("a=1.5..", json!({"a": 1.5})),
        ] {
            let mut m = Map::new();
            parse_json(line, &mut m).unwrap();
            assert_eq!(Value::Object(m), want, "{line}");
        }
    }

    #[test]
    fn literal_values() {
        let m = parse_literal("a.b=x,y=z\\n").unwrap();
        assert_eq!(Value::Object(m), json!({"a":{"b":"x,y=z\\n"}}));
        let m = parse_literal("l[1]=v,w").unwrap();
        assert_eq!(Value::Object(m), json!({"l":[null,"v,w"]}));
        assert_eq!(
            parse_literal("abc").unwrap_err().0,
            "key \"abc\" has no value"
        );
    }

    #[test]
    fn file_values() {
        let mut m = Map::new();
        let mut reader = |p: &str| -> Result<Value, String> {
            if p == "missing" {
                Err("open missing: no such file or directory".into())
            } else {
                Ok(Value::String(format!("content of {p}")))
            }
        };
        parse_into_file("a=f1,b={f2,f3}", &mut m, &mut reader).unwrap();
        assert_eq!(
            Value::Object(m.clone()),
            json!({"a":"content of f1","b":["content of f2","content of f3"]})
        );
        let err = parse_into_file("c=missing", &mut m, &mut reader).unwrap_err();
        assert_eq!(err.0, "open missing: no such file or directory");
    }
}
