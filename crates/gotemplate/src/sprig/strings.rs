//! Sprig's string functions (without the random ones), following Go's `strings` package,
//! Masterminds/goutils and huandu/xstrings v1.5.
//!
//! Go strings are bytes: `trunc` and `substr` cut bytes, and a cut may leave invalid UTF-8,
//! which the string's text keeps escaped ([`crate::gostr`]). Functions that rebuild a string
//! rune by rune in Go (`upper`, `title`, `camelcase`, ...) see each invalid byte as U+FFFD.

use std::collections::BTreeMap;

use crate::func::{FuncError, FuncMap, Function};
use crate::gofmt;
use crate::sprig::conv::{strslice, strval};
use crate::value::{GoType, Value};
use gostd::strconv;
use gostd::strconv::category;

/// The bytes of a value that is a Go string.
pub fn go_string_bytes(v: &Value) -> Option<std::borrow::Cow<'_, [u8]>> {
    match v {
        Value::String(s) => Some(crate::gostr::to_bytes(s)),
        _ => None,
    }
}

/// The Go string of these bytes.
pub fn go_string(b: &[u8]) -> Value {
    Value::str(&*crate::gostr::from_bytes(b))
}

/// The bytes of a string argument.
fn bytes_of(v: &Value) -> Vec<u8> {
    match v {
        Value::Bytes(b) => b.to_vec(),
        _ => go_string_bytes(v)
            .map(|b| b.into_owned())
            .unwrap_or_default(),
    }
}

fn arg(args: &[Value], i: usize) -> &Value {
    args.get(i).unwrap_or(&Value::Nil)
}

fn s(args: &[Value], i: usize) -> String {
    match arg(args, i) {
        Value::Bytes(b) => crate::gostr::from_bytes(b).into_owned(),
        v => v.as_str().unwrap_or_default().to_string(),
    }
}

fn int(args: &[Value], i: usize) -> i64 {
    match arg(args, i) {
        Value::Int(n) | Value::Int64(n) => *n,
        _ => 0,
    }
}

/// Go's `unicode.ToUpper` applied rune by rune (simple case mapping: `ß` stays `ß`).
pub fn go_to_upper(s: &str) -> String {
    s.chars().map(upper_rune).collect()
}

/// Go's `strings.ToLower`.
pub fn go_to_lower(s: &str) -> String {
    s.chars().map(lower_rune).collect()
}

fn upper_rune(c: char) -> char {
    // Greek letters with ypogegrammeni: Unicode's simple mapping (Go's) is the title-case
    // letter with prosgegrammeni; Rust's full mapping expands to two letters.
    let u = c as u32;
    if matches!(u, 0x1f80..=0x1f87 | 0x1f90..=0x1f97 | 0x1fa0..=0x1fa7) {
        return char::from_u32(u + 8).unwrap_or(c);
    }
    if matches!(u, 0x1fb3 | 0x1fc3 | 0x1ff3) {
        return char::from_u32(u + 9).unwrap_or(c);
    }
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// Go's `unicode.ToTitle`: upper case, except for the Latin digraphs, whose title case is
/// their own letter (`ǆ` → `ǅ`).
fn title_rune(c: char) -> char {
    match c {
        '\u{1c4}'..='\u{1c6}' => '\u{1c5}',
        '\u{1c7}'..='\u{1c9}' => '\u{1c8}',
        '\u{1ca}'..='\u{1cc}' => '\u{1cb}',
        '\u{1f1}'..='\u{1f3}' => '\u{1f2}',
        _ if category::is_title(c) => c,
        _ => upper_rune(c),
    }
}

fn lower_rune(c: char) -> char {
    if c == '\u{130}' {
        return 'i';
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Go's `unicode.IsSpace`.
fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Go's `unicode.IsUpper`.
fn is_upper(c: char) -> bool {
    category::is_upper(c)
}

/// Go's `unicode.IsLower`.
fn is_lower(c: char) -> bool {
    category::is_lower(c)
}

/// Go's `unicode.IsPunct` (category P). Exact for ASCII; common ranges elsewhere.
fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            '!' | '"'
                | '#'
                | '%'
                | '&'
                | '\''
                | '('
                | ')'
                | '*'
                | ','
                | '-'
                | '.'
                | '/'
                | ':'
                | ';'
                | '?'
                | '@'
                | '['
                | '\\'
                | ']'
                | '_'
                | '{'
                | '}'
        );
    }
    category::is_punct(c)
}

/// xstrings' `isAlphabet`: letters, except CJK ideographs.
fn is_alphabet(c: char) -> bool {
    if !category::is_letter(c) {
        return false;
    }
    let u = c as u32;
    !((0x4e00..=0x9fcc).contains(&u)
        || (0x3400..=0x4d85).contains(&u)
        || (0x20000..=0x2b81d).contains(&u))
}

fn is_connector(c: char) -> bool {
    c == '-' || c == '_' || is_space(c)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum WordType {
    Invalid,
    Number,
    UpperCase,
    Alphabet,
    Connector,
    Punct,
    Other,
}

/// xstrings' `nextValidRune`: the first rune that is not U+FFFD (Go's `RuneError`, which a
/// valid U+FFFD and a byte that is not UTF-8, escaped here, decode to) and the bytes up to and including it; `prev` and all of `s`
/// when there is none.
fn next_valid_rune(s: &str, prev: char) -> (char, usize) {
    let mut size = 0;
    for c in s.chars() {
        size += c.len_utf8();
        if c != '\u{fffd}' && !crate::gostr::is_escape(c) {
            return (c, size);
        }
    }
    (prev, size)
}

/// xstrings' `nextWord`: the type and text of the first word of `s`, and the rest.
fn next_word(s: &str) -> (WordType, &str, &str) {
    const ERR: char = '\u{fffd}';
    if s.is_empty() {
        return (WordType::Invalid, "", "");
    }
    let (mut r, mut size) = next_valid_rune(s, ERR);
    let mut offset = size;
    if r == ERR {
        return (WordType::Invalid, &s[..offset], &s[offset..]);
    }
    let mut rem = offset;
    // Extends the word while `pred` holds for the next valid rune.
    let extend =
        |r: &mut char, offset: &mut usize, rem: &mut usize, pred: &dyn Fn(char) -> bool| {
            while *rem < s.len() {
                let (c, sz) = next_valid_rune(&s[*rem..], *r);
                *r = c;
                if !pred(c) {
                    break;
                }
                *offset += sz;
                *rem += sz;
            }
        };
    let wt;
    if is_connector(r) {
        wt = WordType::Connector;
        extend(&mut r, &mut offset, &mut rem, &is_connector);
    } else if is_punct(r) {
        wt = WordType::Punct;
        extend(&mut r, &mut offset, &mut rem, &is_punct);
    } else if is_upper(r) {
        wt = WordType::UpperCase;
        if rem < s.len() {
            (r, size) = next_valid_rune(&s[rem..], r);
            if is_upper(r) {
                let mut prev_size = size;
                offset += size;
                rem += size;
                while rem < s.len() {
                    let (c, sz) = next_valid_rune(&s[rem..], r);
                    r = c;
                    if !is_upper(c) {
                        break;
                    }
                    prev_size = sz;
                    offset += sz;
                    rem += sz;
                }
                // "HTTPStatus" splits into "HTTP" and "Status".
                if rem < s.len() && is_alphabet(r) {
                    offset -= prev_size;
                }
            } else if is_alphabet(r) {
                offset += size;
                rem += size;
                extend(&mut r, &mut offset, &mut rem, &|c| {
                    is_alphabet(c) && !is_upper(c)
                });
            }
        }
    } else if is_alphabet(r) {
        wt = WordType::Alphabet;
        extend(&mut r, &mut offset, &mut rem, &|c| {
            is_alphabet(c) && !is_upper(c)
        });
    } else if category::is_number(r) {
        wt = WordType::Number;
        extend(&mut r, &mut offset, &mut rem, &|c: char| {
            category::is_number(c)
        });
    } else {
        wt = WordType::Other;
        extend(&mut r, &mut offset, &mut rem, &|c: char| {
            !(is_connector(c) || is_alphabet(c) || category::is_number(c) || is_punct(c))
        });
    }
    (wt, &s[..offset], &s[offset..])
}

fn word_to_lower(buf: &mut String, wt: WordType, word: &str, connector: char) {
    if wt != WordType::UpperCase && wt != WordType::Connector {
        buf.push_str(word);
        return;
    }
    for c in word.chars() {
        if is_connector(c) {
            buf.push(connector);
        } else if is_upper(c) {
            buf.push(lower_rune(c));
        } else {
            buf.push(c);
        }
    }
}

/// xstrings' `camelCaseToLowerCase` (`snakecase`, `kebabcase`).
fn camel_to_lower(s: &str, connector: char) -> String {
    use WordType::*;
    if s.is_empty() {
        return String::new();
    }
    let mut buf = String::with_capacity(s.len() + 4);
    let (mut wt, mut word, mut remaining) = next_word(s);
    while !remaining.is_empty() {
        if wt != Connector {
            word_to_lower(&mut buf, wt, word, connector);
        }
        let prev = wt;
        let last = word;
        (wt, word, remaining) = next_word(remaining);
        match prev {
            Number => {
                while wt == Alphabet || wt == Number {
                    word_to_lower(&mut buf, wt, word, connector);
                    (wt, word, remaining) = next_word(remaining);
                }
                if wt != Invalid && wt != Punct && wt != Connector {
                    buf.push(connector);
                }
            }
            Connector => word_to_lower(&mut buf, prev, last, connector),
            Punct => {}
            _ => {
                if wt != Number {
                    if wt != Connector && wt != Punct {
                        buf.push(connector);
                    }
                    continue;
                }
                if remaining.is_empty() {
                    continue;
                }
                let last = word;
                (wt, word, remaining) = next_word(remaining);
                if wt != Alphabet {
                    word_to_lower(&mut buf, Number, last, connector);
                    if wt != Connector && wt != Punct {
                        buf.push(connector);
                    }
                    continue;
                }
                buf.push(connector);
                word_to_lower(&mut buf, Number, last, connector);
                while wt == Alphabet || wt == Number {
                    word_to_lower(&mut buf, wt, word, connector);
                    (wt, word, remaining) = next_word(remaining);
                }
                if wt != Invalid && wt != Connector && wt != Punct {
                    buf.push(connector);
                }
            }
        }
    }
    word_to_lower(&mut buf, wt, word, connector);
    buf
}

/// xstrings `ToSnakeCase`.
pub fn snakecase(s: &str) -> String {
    camel_to_lower(s, '_')
}

/// xstrings `ToKebabCase`.
pub fn kebabcase(s: &str) -> String {
    camel_to_lower(s, '-')
}

/// xstrings v1.5 `ToPascalCase` (Sprig's `camelcase`).
pub fn camelcase(s: &str) -> String {
    if s.is_empty() {
        return String::new();
    }
    let mut buf = String::new();
    let mut chars = s.chars();
    let mut r0 = '\0';
    let mut first_upper = false;
    for c in chars.by_ref() {
        r0 = c;
        if !is_connector(c) {
            first_upper = is_upper(c);
            r0 = upper_rune(c);
            break;
        }
        buf.push(c);
    }
    let rest: Vec<char> = chars.collect();
    if rest.is_empty() {
        // xstrings writes the last rune read once more, so "_" becomes "__".
        buf.push(r0);
        return buf;
    }
    for c in rest {
        let r1 = r0;
        r0 = c;
        if is_connector(r0) && is_connector(r1) {
            buf.push(r1);
            continue;
        }
        if is_connector(r1) {
            first_upper = is_upper(r0);
            r0 = upper_rune(r0);
        } else {
            if first_upper {
                if is_upper(r0) {
                    r0 = lower_rune(r0);
                } else {
                    first_upper = false;
                }
            }
            buf.push(r1);
        }
    }
    buf.push(r0);
    buf
}

/// goutils `SwapCase` (Sprig's `swapcase`): upper and title case letters become lower case; a
/// lower case letter becomes title case after whitespace (or at the start), else upper case.
pub fn swapcase(s: &str) -> String {
    let mut whitespace = true;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_upper(c) || category::is_title(c) {
            out.push(lower_rune(c));
            whitespace = false;
        } else if is_lower(c) {
            out.push(if whitespace {
                title_rune(c)
            } else {
                upper_rune(c)
            });
            whitespace = false;
        } else {
            out.push(c);
            whitespace = is_space(c);
        }
    }
    out
}

/// Go's `strings.Title`.
pub fn title(s: &str) -> String {
    fn is_separator(c: char) -> bool {
        if c.is_ascii() {
            return !(c.is_ascii_alphanumeric() || c == '_');
        }
        if category::is_letter(c) || category::is_digit(c) {
            return false;
        }
        is_space(c)
    }
    let mut prev = ' ';
    s.chars()
        .map(|c| {
            let r = if is_separator(prev) { title_rune(c) } else { c };
            prev = c;
            r
        })
        .collect()
}

/// goutils `Uncapitalize` (Sprig's `untitle`).
pub fn untitle(s: &str) -> String {
    let mut next = true;
    s.chars()
        .map(|c| {
            if is_space(c) {
                next = true;
                c
            } else if next {
                next = false;
                lower_rune(c)
            } else {
                c
            }
        })
        .collect()
}

/// goutils `Initials`: works on bytes, each taken as a Latin-1 rune.
pub fn initials(s: &str) -> String {
    let mut out = String::new();
    let mut gap = true;
    for &b in crate::gostr::to_bytes(s).iter() {
        let c = char::from(b);
        if is_space(c) {
            gap = true;
        } else if gap {
            out.push(c);
            gap = false;
        }
    }
    out
}

/// goutils `DeleteWhiteSpace` (Sprig's `nospace`): bytes taken as Latin-1 runes.
pub fn nospace(s: &str) -> String {
    let bytes = crate::gostr::to_bytes(s);
    let kept: String = bytes
        .iter()
        .map(|&b| char::from(b))
        .filter(|c| !is_space(*c))
        .collect();
    if kept.chars().count() == bytes.len() {
        return s.to_string();
    }
    kept
}

/// goutils `WrapCustom`, on bytes.
pub fn wrap_custom(s: &[u8], wrap_length: i64, newline: &[u8], wrap_long_words: bool) -> Vec<u8> {
    if s.is_empty() {
        return Vec::new();
    }
    let newline: &[u8] = if newline.is_empty() { b"\n" } else { newline };
    let wrap_length = wrap_length.max(1) as usize;
    let len = s.len();
    let mut offset = 0usize;
    let mut out = Vec::with_capacity(len + 8);
    while len - offset > wrap_length {
        if s[offset] == b' ' {
            offset += 1;
            continue;
        }
        let end = wrap_length + offset + 1;
        let space = s[offset..end].iter().rposition(|&c| c == b' ');
        if let Some(sp) = space {
            let at = sp + offset;
            out.extend_from_slice(&s[offset..at]);
            out.extend_from_slice(newline);
            offset = at + 1;
        } else if wrap_long_words {
            let end = wrap_length + offset;
            out.extend_from_slice(&s[offset..end]);
            out.extend_from_slice(newline);
            offset += wrap_length;
        } else {
            let end = wrap_length + offset;
            match s[end..].iter().position(|&c| c == b' ') {
                None => {
                    out.extend_from_slice(&s[offset..]);
                    offset = len;
                }
                Some(i) => {
                    let at = i + end;
                    out.extend_from_slice(&s[offset..at]);
                    out.extend_from_slice(newline);
                    offset = at + 1;
                }
            }
        }
    }
    out.extend_from_slice(&s[offset..]);
    out
}

/// goutils `AbbreviateFull`, on bytes (errors as `None`).
fn abbreviate_full(s: &[u8], offset: i64, max_width: i64) -> Option<Vec<u8>> {
    if s.is_empty() {
        return Some(Vec::new());
    }
    if max_width < 4 {
        return None;
    }
    let len = s.len() as i64;
    if len <= max_width {
        return Some(s.to_vec());
    }
    let mut offset = offset.min(len);
    if len - offset < max_width - 3 {
        offset = len - (max_width - 3);
    }
    let marker = b"...";
    if offset <= 4 {
        let mut r = s[..(max_width - 3) as usize].to_vec();
        r.extend_from_slice(marker);
        return Some(r);
    }
    if max_width < 7 {
        return None;
    }
    if offset + max_width - 3 < len {
        let inner = abbreviate_full(&s[offset as usize..], 0, max_width - 3).unwrap_or_default();
        let mut r = marker.to_vec();
        r.extend_from_slice(&inner);
        return Some(r);
    }
    let mut r = marker.to_vec();
    r.extend_from_slice(&s[(len - (max_width - 3)) as usize..]);
    Some(r)
}

/// The text of Go's runtime panic for a bad slice expression `s[lo:hi]` on a string.
fn slice_panic(lo: Option<i64>, hi: i64, len: usize) -> FuncError {
    match lo {
        None => {
            if hi < 0 {
                FuncError::new(format!("runtime error: slice bounds out of range [:{hi}]"))
            } else {
                FuncError::new(format!(
                    "runtime error: slice bounds out of range [:{hi}] with length {len}"
                ))
            }
        }
        Some(lo) => {
            if hi > len as i64 {
                FuncError::new(format!(
                    "runtime error: slice bounds out of range [:{hi}] with length {len}"
                ))
            } else {
                FuncError::new(format!(
                    "runtime error: slice bounds out of range [{lo}:{hi}]"
                ))
            }
        }
    }
}

/// Sprig's `substring`.
pub fn substr(start: i64, end: i64, s: &[u8]) -> Result<Vec<u8>, FuncError> {
    let len = s.len();
    if start < 0 {
        if end < 0 || end > len as i64 {
            return Err(slice_panic(None, end, len));
        }
        return Ok(s[..end as usize].to_vec());
    }
    if end < 0 || end > len as i64 {
        if start > len as i64 {
            return Err(slice_panic(Some(start), len as i64, len));
        }
        return Ok(s[start as usize..].to_vec());
    }
    if start > end {
        return Err(slice_panic(Some(start), end, len));
    }
    Ok(s[start as usize..end as usize].to_vec())
}

/// Sprig's `trunc`.
pub fn trunc(c: i64, s: &[u8]) -> Vec<u8> {
    let len = s.len() as i64;
    if c < 0 && len + c > 0 {
        return s[(len + c) as usize..].to_vec();
    }
    if c >= 0 && len > c {
        return s[..c as usize].to_vec();
    }
    s.to_vec()
}

/// Go's `strings.Repeat`, with its panics.
pub fn repeat(s: &str, count: i64) -> Result<String, FuncError> {
    if count < 0 {
        return Err(FuncError::new("strings: negative Repeat count"));
    }
    if count > 0 && (s.len() as u128) * (count as u128) > (i64::MAX as u128) {
        return Err(FuncError::new("strings: Repeat output length overflow"));
    }
    let size = (s.len() as u128) * (count as u128);
    if size > (1u128 << 32) {
        return Err(FuncError::new("runtime error: makeslice: len out of range"));
    }
    if size > super::MAX_GENERATED_BYTES as u128 {
        return Err(super::too_large(
            "bytes",
            size,
            super::MAX_GENERATED_BYTES as u128,
        ));
    }
    Ok(s.repeat(count as usize))
}

/// Go's `strings.SplitN` (`n < 0`: all parts; `n == 0`: none).
pub fn split_n(s: &str, sep: &str, n: i64) -> Vec<String> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        // Explode into runes, the last part taking the rest.
        let chars: Vec<&str> = s
            .char_indices()
            .map(|(i, c)| &s[i..i + c.len_utf8()])
            .collect();
        let limit = if n < 0 || n as usize > chars.len() {
            chars.len()
        } else {
            n as usize
        };
        let mut out: Vec<String> = chars[..limit.saturating_sub(1)]
            .iter()
            .map(|x| x.to_string())
            .collect();
        if limit > 0 {
            let used: usize = out.iter().map(|x| x.len()).sum();
            out.push(s[used..].to_string());
        }
        return out;
    }
    if n < 0 {
        return s.split(sep).map(str::to_string).collect();
    }
    s.splitn(n as usize, sep).map(str::to_string).collect()
}

fn indexed_map(parts: Vec<String>) -> Value {
    let entries: BTreeMap<String, Value> = parts
        .into_iter()
        .enumerate()
        .map(|(i, p)| (format!("_{i}"), Value::from(p)))
        .collect();
    Value::typed_map(GoType::String, entries)
}

/// Go's `strings.Trim(s, cutset)`.
fn trim_cutset(s: &str, cutset: &str) -> String {
    if s.is_empty() || cutset.is_empty() {
        return s.to_string();
    }
    s.trim_matches(|c| cutset.contains(c)).to_string()
}

/// Sprig's `quote` of one value.
fn quote_one(v: &Value) -> String {
    match v {
        Value::Bytes(b) => strconv::quote_bytes(b),
        _ => match go_string_bytes(v) {
            Some(b) => strconv::quote_bytes(&b),
            None => strconv::quote(&strval(v)),
        },
    }
}

/// A function of one string that Go computes rune by rune, rebuilding the string (each byte
/// that is not UTF-8 becomes U+FFFD).
fn rune_fn(m: &mut FuncMap, name: &str, f: impl Fn(&str) -> String + 'static) {
    m.insert(Function::pure(name, vec![GoType::String], None, move |a| {
        Ok(Value::from(f(&crate::gostr::lossy(&s(a, 0)))))
    }));
}

/// A function of one string that keeps the bytes it does not change.
fn str_fn(m: &mut FuncMap, name: &str, f: impl Fn(&str) -> String + 'static) {
    m.insert(Function::pure(name, vec![GoType::String], None, move |a| {
        Ok(Value::from(f(&s(a, 0))))
    }));
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    use GoType::{Int, Interface, String as Str};
    m.insert(Function::pure("hello", vec![], None, |_| {
        Ok(Value::str("Hello!"))
    }));
    str_fn(m, "trim", |x| x.trim_matches(is_space).to_string());
    rune_fn(m, "upper", go_to_upper);
    rune_fn(m, "lower", go_to_lower);
    rune_fn(m, "title", title);
    rune_fn(m, "untitle", untitle);
    str_fn(m, "nospace", nospace);
    str_fn(m, "initials", initials);
    rune_fn(m, "swapcase", swapcase);
    str_fn(m, "snakecase", snakecase);
    rune_fn(m, "camelcase", camelcase);
    str_fn(m, "kebabcase", kebabcase);

    m.insert(Function::pure("abbrev", vec![Int, Str], None, |a| {
        let w = int(a, 0);
        let b = bytes_of(arg(a, 1));
        if w < 4 {
            return Ok(go_string(&b));
        }
        Ok(go_string(&abbreviate_full(&b, 0, w).unwrap_or_default()))
    }));
    m.insert(Function::pure(
        "abbrevboth",
        vec![Int, Int, Str],
        None,
        |a| {
            let (left, right) = (int(a, 0), int(a, 1));
            let b = bytes_of(arg(a, 2));
            if right < 4 || (left > 0 && right < 7) {
                return Ok(go_string(&b));
            }
            Ok(go_string(
                &abbreviate_full(&b, left, right).unwrap_or_default(),
            ))
        },
    ));
    m.insert(Function::pure("trunc", vec![Int, Str], None, |a| {
        Ok(go_string(&trunc(int(a, 0), &bytes_of(arg(a, 1)))))
    }));
    m.insert(Function::pure("substr", vec![Int, Int, Str], None, |a| {
        Ok(go_string(&substr(
            int(a, 0),
            int(a, 1),
            &bytes_of(arg(a, 2)),
        )?))
    }));
    m.insert(Function::pure("repeat", vec![Int, Str], None, |a| {
        Ok(Value::from(repeat(&s(a, 1), int(a, 0))?))
    }));
    for name in ["trimall", "trimAll"] {
        m.insert(Function::pure(name, vec![Str, Str], None, |a| {
            Ok(Value::from(trim_cutset(&s(a, 1), &s(a, 0))))
        }));
    }
    m.insert(Function::pure("trimSuffix", vec![Str, Str], None, |a| {
        let (suf, x) = (s(a, 0), s(a, 1));
        Ok(Value::from(
            x.strip_suffix(suf.as_str()).unwrap_or(&x).to_string(),
        ))
    }));
    m.insert(Function::pure("trimPrefix", vec![Str, Str], None, |a| {
        let (pre, x) = (s(a, 0), s(a, 1));
        Ok(Value::from(
            x.strip_prefix(pre.as_str()).unwrap_or(&x).to_string(),
        ))
    }));
    m.insert(Function::pure("wrap", vec![Int, Str], None, |a| {
        Ok(go_string(&wrap_custom(
            &bytes_of(arg(a, 1)),
            int(a, 0),
            b"",
            false,
        )))
    }));
    m.insert(Function::pure("wrapWith", vec![Int, Str, Str], None, |a| {
        Ok(go_string(&wrap_custom(
            &bytes_of(arg(a, 2)),
            int(a, 0),
            &bytes_of(arg(a, 1)),
            true,
        )))
    }));
    m.insert(Function::pure("contains", vec![Str, Str], None, |a| {
        Ok(Value::Bool(s(a, 1).contains(s(a, 0).as_str())))
    }));
    m.insert(Function::pure("hasPrefix", vec![Str, Str], None, |a| {
        Ok(Value::Bool(s(a, 1).starts_with(s(a, 0).as_str())))
    }));
    m.insert(Function::pure("hasSuffix", vec![Str, Str], None, |a| {
        Ok(Value::Bool(s(a, 1).ends_with(s(a, 0).as_str())))
    }));
    m.insert(Function::pure("quote", vec![], Some(Interface), |a| {
        let parts: Vec<String> = a.iter().filter(|v| !v.is_nil()).map(quote_one).collect();
        Ok(Value::from(parts.join(" ")))
    }));
    m.insert(Function::pure("squote", vec![], Some(Interface), |a| {
        let parts: Vec<String> = a
            .iter()
            .filter(|v| !v.is_nil())
            .map(|v| format!("'{}'", gofmt::format_v(v)))
            .collect();
        Ok(Value::from(parts.join(" ")))
    }));
    m.insert(Function::pure("cat", vec![], Some(Interface), |a| {
        let parts: Vec<String> = a
            .iter()
            .filter(|v| !v.is_nil())
            .map(gofmt::format_v)
            .collect();
        Ok(Value::from(parts.join(" ")))
    }));
    m.insert(Function::pure("indent", vec![Int, Str], None, |a| {
        let pad = repeat(" ", int(a, 0))?;
        Ok(Value::from(format!(
            "{pad}{}",
            s(a, 1).replace('\n', &format!("\n{pad}"))
        )))
    }));
    m.insert(Function::pure("nindent", vec![Int, Str], None, |a| {
        let pad = repeat(" ", int(a, 0))?;
        Ok(Value::from(format!(
            "\n{pad}{}",
            s(a, 1).replace('\n', &format!("\n{pad}"))
        )))
    }));
    m.insert(Function::pure("replace", vec![Str, Str, Str], None, |a| {
        let (old, new, src) = (s(a, 0), s(a, 1), s(a, 2));
        Ok(Value::from(go_replace_all(&src, &old, &new)))
    }));
    m.insert(Function::pure("plural", vec![Str, Str, Int], None, |a| {
        Ok(Value::from(if int(a, 2) == 1 { s(a, 0) } else { s(a, 1) }))
    }));
    m.insert(Function::pure("split", vec![Str, Str], None, |a| {
        Ok(indexed_map(split_n(&s(a, 1), &s(a, 0), -1)))
    }));
    m.insert(Function::pure("splitn", vec![Str, Int, Str], None, |a| {
        Ok(indexed_map(split_n(&s(a, 2), &s(a, 0), int(a, 1))))
    }));
    m.insert(Function::pure("splitList", vec![Str, Str], None, |a| {
        Ok(crate::sprig::conv::string_list(split_n(
            &s(a, 1),
            &s(a, 0),
            -1,
        )))
    }));
    m.insert(Function::pure("join", vec![Str, Interface], None, |a| {
        Ok(Value::from(strslice(arg(a, 1)).join(&s(a, 0))))
    }));
    m.insert(Function::pure("sortAlpha", vec![Interface], None, |a| {
        let v = arg(a, 0);
        let mut items = match v {
            Value::List(_) | Value::Bytes(_) => strslice(v),
            _ => vec![strval(v)],
        };
        // Go's sort.Strings: byte order.
        items.sort_by(|a, b| crate::gostr::cmp(a, b));
        Ok(crate::sprig::conv::string_list(items))
    }));
}

/// Go's `strings.Replace(s, old, new, -1)`: an empty `old` inserts `new` around every rune.
pub fn go_replace_all(s: &str, old: &str, new: &str) -> String {
    if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1));
        out.push_str(new);
        for c in s.chars() {
            out.push(c);
            out.push_str(new);
        }
        return out;
    }
    s.replace(old, new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeat_is_bounded() {
        let max = crate::sprig::MAX_GENERATED_BYTES as i64;
        assert_eq!(repeat("x", max).unwrap().len() as i64, max);
        let e = repeat("x", max + 1).unwrap_err().0;
        assert!(e.contains("over the limit of 67108864"), "{e}");
        // Go's own failure keeps its text.
        assert_eq!(
            repeat("abc", 2_000_000_000).unwrap_err().0,
            "runtime error: makeslice: len out of range"
        );
    }
}
