//! Sprig's regex functions, with Go RE2 semantics on top of the `regex` crate.
//!
//! Go's `\d`, `\w`, `\s`, `\b` are ASCII-only, `{` that does not start a repeat count is a
//! literal, `[` inside a class is a literal, and `\Q...\E` quotes; patterns are rewritten to
//! the `regex` crate's syntax accordingly. Syntax errors carry Go's texts
//! (`error parsing regexp: missing closing ): `(``) for the common cases.

use std::rc::Rc;

use regex::Regex;

use crate::func::{FuncError, FuncMap, Function};
use crate::value::{GoType, Value};

/// A Go `*syntax.Error` text.
fn syntax_error(code: &str, expr: &str) -> String {
    format!("error parsing regexp: {code}: `{expr}`")
}

/// Appends the translation of a Perl class escape (`d`, `w`, `s` and negations) to `out`,
/// inside a bracket class when `in_class`.
fn perl_class(c: char, in_class: bool, out: &mut String) {
    let body = match c.to_ascii_lowercase() {
        'd' => "0-9",
        'w' => "0-9A-Za-z_",
        _ => r"\t\n\f\r ",
    };
    if c.is_ascii_uppercase() {
        out.push_str(&format!("[^{body}]"));
    } else if in_class {
        out.push_str(body);
    } else {
        out.push_str(&format!("[{body}]"));
    }
}

/// A character for the `regex` crate: letters and digits as they are, anything else as
/// `\x{…}`, which means the same inside and outside classes.
fn literal(c: char) -> String {
    if c.is_alphanumeric() || c == '_' {
        c.to_string()
    } else {
        format!("\\x{{{:x}}}", c as u32)
    }
}

fn next_char(pat: &str, pos: usize) -> Option<char> {
    pat.get(pos..).and_then(|s| s.chars().next())
}

/// Go's `parseEscape` for the escape at byte `pos` (a backslash): the character it stands
/// for and its length in bytes.
fn escape_char(pat: &str, pos: usize) -> Result<(char, usize), String> {
    let rest = &pat[pos + 1..];
    let Some(c) = rest.chars().next() else {
        return Err(syntax_error("trailing backslash at end of expression", ""));
    };
    let invalid = |len: usize| syntax_error("invalid escape sequence", &pat[pos..pos + 1 + len]);
    let b = rest.as_bytes();
    let ch = |v: u32, len: usize| {
        char::from_u32(v)
            .map(|c| (c, len))
            .ok_or_else(|| invalid(len - 1))
    };
    match c {
        '1'..='7' if !b.get(1).is_some_and(|d| (b'0'..=b'7').contains(d)) => Err(invalid(1)),
        '0'..='7' => {
            // Octal: up to three digits.
            let mut v = u32::from(b[0] - b'0');
            let mut n = 1;
            while n < 3 && b.get(n).is_some_and(|d| (b'0'..=b'7').contains(d)) {
                v = v * 8 + u32::from(b[n] - b'0');
                n += 1;
            }
            ch(v, 1 + n)
        }
        'x' => {
            // The text of an invalid `\x` escape runs through the characters Go consumed.
            let through = |chars: usize| {
                let end = rest
                    .char_indices()
                    .nth(chars)
                    .map_or(rest.len(), |(i, _)| i);
                syntax_error("invalid escape sequence", &pat[pos..pos + 1 + end])
            };
            if rest[1..].starts_with('{') {
                let mut v: u32 = 0;
                for (k, h) in rest[2..].chars().enumerate() {
                    if h == '}' {
                        if k == 0 {
                            return Err(through(k + 3));
                        }
                        return ch(v, 1 + 2 + k + 1);
                    }
                    let Some(d) = h.to_digit(16) else {
                        return Err(through(k + 3));
                    };
                    v = v * 16 + d;
                    if v > 0x10FFFF {
                        return Err(through(k + 3));
                    }
                }
                return Err(through(usize::MAX));
            }
            let mut digits = rest[1..].chars();
            match (digits.next(), digits.next()) {
                (Some(h), Some(l)) if h.is_ascii_hexdigit() && l.is_ascii_hexdigit() => ch(
                    h.to_digit(16).unwrap_or(0) * 16 + l.to_digit(16).unwrap_or(0),
                    4,
                ),
                _ => Err(through(3)),
            }
        }
        'a' => Ok(('\u{7}', 2)),
        'f' => Ok(('\u{c}', 2)),
        'n' => Ok(('\n', 2)),
        'r' => Ok(('\r', 2)),
        't' => Ok(('\t', 2)),
        'v' => Ok(('\u{b}', 2)),
        // Escaped punctuation is that character (`\<` is not a word boundary in Go).
        c if c.is_ascii() && !c.is_ascii_alphanumeric() => Ok((c, 2)),
        c => Err(invalid(c.len_utf8())),
    }
}

/// Go's `parseUnicodeClass` for `\p`/`\P` at byte `pos`: the translation and its length.
fn unicode_class(pat: &str, pos: usize) -> Result<(String, usize), String> {
    let rest = &pat[pos..];
    let sign = &rest[1..2];
    let (name, len) = if rest[2..].starts_with('{') {
        let Some(e) = rest.find('}') else {
            return Err(syntax_error("invalid character class range", rest));
        };
        (&rest[3..e], e + 1)
    } else {
        match next_char(rest, 2) {
            Some(c) => (&rest[2..2 + c.len_utf8()], 2 + c.len_utf8()),
            None => return Err(syntax_error("invalid character class range", rest)),
        }
    };
    // `\p{^Greek}` is `\P{Greek}`.
    let (sign, name) = match name.strip_prefix('^') {
        Some(n) => (if sign == "p" { "P" } else { "p" }, n),
        None => (sign, name),
    };
    let text = format!("\\{sign}{{{name}}}");
    let known = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && Regex::new(&text).is_ok();
    if !known {
        return Err(syntax_error("invalid character class range", &rest[..len]));
    }
    Ok((text, len))
}

const POSIX_CLASSES: [&str; 14] = [
    "alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct",
    "space", "upper", "word", "xdigit",
];

/// Go's `parseClass` for the class at byte `pos` (a `[`): the translation and its length.
fn class(pat: &str, pos: usize) -> Result<(String, usize), String> {
    let mut out = String::from("[");
    let mut t = pos + 1;
    if pat[t..].starts_with('^') {
        out.push('^');
        t += 1;
    }
    let mut first = true;
    loop {
        let Some(c) = next_char(pat, t) else {
            return Err(syntax_error("missing closing ]", &pat[pos..]));
        };
        if c == ']' && !first {
            out.push(']');
            return Ok((out, t + 1 - pos));
        }
        first = false;
        let rest = &pat[t..];
        if let Some(posix) = rest.strip_prefix("[:") {
            if let Some(e) = posix.find(":]") {
                let name = &posix[..e];
                if !POSIX_CLASSES.contains(&name.strip_prefix('^').unwrap_or(name)) {
                    return Err(syntax_error(
                        "invalid character class range",
                        &rest[..e + 4],
                    ));
                }
                out.push_str(&rest[..e + 4]);
                t += e + 4;
                continue;
            }
        }
        if rest.starts_with('\\') {
            match next_char(rest, 1) {
                Some(p @ ('d' | 'D' | 'w' | 'W' | 's' | 'S')) => {
                    perl_class(p, true, &mut out);
                    t += 2;
                    continue;
                }
                Some('p' | 'P') => {
                    let (text, len) = unicode_class(pat, t)?;
                    out.push_str(&text);
                    t += len;
                    continue;
                }
                _ => {}
            }
        }
        // A character or a range.
        let start = t;
        let (lo, n) = class_char(pat, t)?;
        t += n;
        let rest = &pat[t..];
        if rest.starts_with('-') && rest.len() >= 2 && !rest[1..].starts_with(']') {
            t += 1;
            let (hi, n) = class_char(pat, t)?;
            t += n;
            if hi < lo {
                return Err(syntax_error(
                    "invalid character class range",
                    &pat[start..t],
                ));
            }
            out.push_str(&format!("{}-{}", literal(lo), literal(hi)));
        } else {
            out.push_str(&literal(lo));
        }
    }
}

/// Go's `parseClassChar`: a literal character or an escape.
fn class_char(pat: &str, t: usize) -> Result<(char, usize), String> {
    if pat[t..].starts_with('\\') {
        return escape_char(pat, t);
    }
    let c = next_char(pat, t).unwrap_or('\0');
    Ok((c, c.len_utf8()))
}

/// Go's `parsePerlFlags` for a group starting `(?` at byte `pos`: the translation and its
/// length, or Go's error.
fn perl_group(pat: &str, pos: usize) -> Result<(String, usize, bool), String> {
    let t = &pat[pos..];
    if t.starts_with("(?P<") || t.starts_with("(?<") {
        let begin = if t.starts_with("(?P<") { 4 } else { 3 };
        let Some(end) = t.find('>') else {
            return Err(syntax_error("invalid named capture", t));
        };
        let name = &t[begin..end];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(syntax_error("invalid named capture", &t[..=end]));
        }
        return Ok((format!("(?P<{name}>"), end + 1, true));
    }
    let mut negated = false;
    let mut saw_flag = false;
    for (i, c) in t.char_indices().skip(2) {
        match c {
            'i' | 'm' | 's' | 'U' => saw_flag = true,
            '-' if !negated => {
                negated = true;
                saw_flag = false;
            }
            ':' | ')' if !negated || saw_flag => {
                // Go accepts an empty flag group `(?)`, which changes nothing.
                let text = if i == 2 && c == ')' { "" } else { &t[..=i] };
                return Ok((text.to_string(), i + 1, c == ':'));
            }
            _ => {
                return Err(syntax_error(
                    "invalid or unsupported Perl syntax",
                    &t[..i + c.len_utf8()],
                ))
            }
        }
    }
    Err(syntax_error("invalid or unsupported Perl syntax", t))
}

/// Rewrites a Go regexp to the `regex` crate's syntax, or returns Go's error text.
pub fn translate(pat: &str) -> Result<String, String> {
    let mut out = String::with_capacity(pat.len() + 8);
    let mut depth = 0usize;
    let mut pos = 0;
    // Whether the previous item can take a repetition operator, and where the previous
    // repetition operator began (for nested-repetition errors).
    let mut can_repeat = false;
    let mut last_repeat: Option<usize> = None;
    while let Some(c) = next_char(pat, pos) {
        let rest = &pat[pos..];
        match c {
            '\\' => {
                let n = next_char(pat, pos + 1);
                let len = match n {
                    None => {
                        return Err(syntax_error("trailing backslash at end of expression", ""))
                    }
                    Some(p @ ('d' | 'D' | 'w' | 'W' | 's' | 'S')) => {
                        perl_class(p, false, &mut out);
                        2
                    }
                    Some(a @ ('b' | 'B')) => {
                        out.push_str(&format!("(?-u:\\{a})"));
                        2
                    }
                    Some(a @ ('A' | 'z')) => {
                        out.push('\\');
                        out.push(a);
                        2
                    }
                    Some('Q') => {
                        let body = &rest[2..];
                        let (lit, consumed) = match body.find("\\E") {
                            Some(e) => (&body[..e], e + 2),
                            None => (body, body.len()),
                        };
                        out.extend(lit.chars().map(literal));
                        can_repeat = !lit.is_empty();
                        last_repeat = None;
                        pos += 2 + consumed;
                        continue;
                    }
                    Some('C') => return Err(syntax_error("invalid escape sequence", "\\C")),
                    Some('p' | 'P') => {
                        let (text, len) = unicode_class(pat, pos)?;
                        out.push_str(&text);
                        len
                    }
                    Some(_) => {
                        let (ch, len) = escape_char(pat, pos)?;
                        out.push_str(&literal(ch));
                        len
                    }
                };
                can_repeat = true;
                last_repeat = None;
                pos += len;
            }
            '[' => {
                let (text, len) = class(pat, pos)?;
                out.push_str(&text);
                pos += len;
                can_repeat = true;
                last_repeat = None;
            }
            '(' => {
                if rest.starts_with("(?") {
                    let (text, len, opens) = perl_group(pat, pos)?;
                    out.push_str(&text);
                    if opens {
                        depth += 1;
                    }
                    pos += len;
                } else {
                    out.push('(');
                    depth += 1;
                    pos += 1;
                }
                can_repeat = false;
                last_repeat = None;
            }
            ')' => {
                if depth == 0 {
                    return Err(syntax_error("unexpected )", pat));
                }
                depth -= 1;
                out.push(')');
                pos += 1;
                can_repeat = true;
                last_repeat = None;
            }
            '|' => {
                out.push('|');
                pos += 1;
                can_repeat = false;
                last_repeat = None;
            }
            '*' | '+' | '?' | '{' => {
                let mut end = pos + 1;
                if c == '{' {
                    // `{n}`, `{n,}` or `{n,m}`; anything else is a literal brace in Go.
                    let close = rest.find('}');
                    let valid = close.is_some_and(|e| {
                        let inner = &rest[1..e];
                        let (a, b) = inner.split_once(',').unwrap_or((inner, "0"));
                        !a.is_empty()
                            && a.bytes().all(|x| x.is_ascii_digit())
                            && b.bytes().all(|x| x.is_ascii_digit())
                    });
                    let Some(e) = close.filter(|_| valid) else {
                        out.push_str("\\{");
                        pos += 1;
                        can_repeat = true;
                        last_repeat = None;
                        continue;
                    };
                    let inner = &rest[1..e];
                    let too_big = inner
                        .split(',')
                        .any(|n| !n.is_empty() && n.parse::<u32>().map_or(true, |v| v > 1000));
                    let bad_order = match inner.split_once(',') {
                        Some((a, b)) if !b.is_empty() => {
                            a.parse::<u32>().ok() > b.parse::<u32>().ok()
                        }
                        _ => false,
                    };
                    if too_big || bad_order {
                        return Err(syntax_error("invalid repeat count", &rest[..=e]));
                    }
                    end = pos + e + 1;
                }
                if pat[end..].starts_with('?') {
                    end += 1;
                }
                let op = &pat[pos..end];
                if let Some(prev) = last_repeat {
                    return Err(syntax_error(
                        "invalid nested repetition operator",
                        &pat[prev..end],
                    ));
                }
                if !can_repeat {
                    return Err(syntax_error("missing argument to repetition operator", op));
                }
                out.push_str(op);
                last_repeat = Some(pos);
                pos = end;
            }
            '}' => {
                out.push_str("\\}");
                pos += 1;
                can_repeat = true;
                last_repeat = None;
            }
            '.' | '^' | '$' => {
                out.push(c);
                pos += 1;
                can_repeat = true;
                last_repeat = None;
            }
            _ => {
                out.push_str(&literal(c));
                pos += c.len_utf8();
                can_repeat = true;
                last_repeat = None;
            }
        }
    }
    if depth > 0 {
        return Err(syntax_error("missing closing )", pat));
    }
    Ok(out)
}

/// How many compiled patterns a thread keeps: templates use a handful of distinct patterns,
/// each called for every resource, so a bound only guards against patterns built from data.
const COMPILED_KEPT: usize = 256;

/// How many searches a pattern makes with `regex-lite` before the `regex` crate compiles it.
/// `regex-lite` compiles a typical chart pattern in 1-3 µs where the `regex` crate takes
/// 50-90 µs (and a few hundred KiB of scratch memory: fresh pages), but searches a short
/// string 1-3 µs slower: past ~25 searches the full compile has paid for itself.
const LITE_SEARCHES: u32 = 24;

/// The longest text searched with `regex-lite` (a backtracker / PikeVM, no DFA): names and
/// labels are short; a whole file is searched with the `regex` crate.
const LITE_HAYSTACK_MAX: usize = 256;

/// A Go pattern compiled for repeated use ([`compiled`]): searched with `regex-lite` while
/// that is cheaper, then with the `regex` crate. Both run the same translated pattern with
/// the same leftmost-first semantics; `regex-lite` is used only for patterns without the
/// Unicode features it lacks (`\p` classes, case folding beyond ASCII).
#[derive(Debug)]
pub struct Compiled {
    translated: String,
    lite: Option<regex_lite::Regex>,
    /// The `regex` crate's compile, made on first need (`None`: it refused a pattern that
    /// `regex-lite` took, over its size limit; `regex-lite` then does every search).
    full: std::cell::OnceCell<Option<Regex>>,
    lite_searches: std::cell::Cell<u32>,
}

/// One engine's search over a text, as the template functions use it.
enum Engine<'a> {
    Lite(&'a regex_lite::Regex),
    Full(&'a Regex),
}

impl Compiled {
    /// Go's `regexp.Compile` of `pat` (its errors are [`compile`]'s).
    pub fn new(pat: &str) -> Result<Compiled, String> {
        let translated = translate_checked(pat)?;
        let lite = lite_can_run(&translated)
            .then(|| regex_lite::Regex::new(&translated).ok())
            .flatten();
        let full = match lite {
            Some(_) => std::cell::OnceCell::new(),
            None => std::cell::OnceCell::from(Some(full_compile(pat, &translated)?)),
        };
        Ok(Compiled {
            translated,
            lite,
            full,
            lite_searches: std::cell::Cell::new(0),
        })
    }

    /// This pattern searched by the `regex` crate only (to compare the engines).
    pub fn full_only(self) -> Result<Compiled, String> {
        let full = Regex::new(&self.translated).map_err(|e| e.to_string())?;
        Ok(Compiled {
            lite: None,
            full: std::cell::OnceCell::from(Some(full)),
            ..self
        })
    }

    /// Whether searches start with `regex-lite`.
    pub fn runs_lite(&self) -> bool {
        self.lite.is_some()
    }

    /// The engine for a search of `text`.
    fn engine(&self, text: &str) -> Engine<'_> {
        if let Some(lite) = &self.lite {
            let n = self.lite_searches.get();
            if n < LITE_SEARCHES && text.len() <= LITE_HAYSTACK_MAX {
                self.lite_searches.set(n + 1);
                return Engine::Lite(lite);
            }
            let full = self.full.get_or_init(|| Regex::new(&self.translated).ok());
            return match full {
                Some(re) => Engine::Full(re),
                None => Engine::Lite(lite),
            };
        }
        match self.full.get() {
            Some(Some(re)) => Engine::Full(re),
            _ => unreachable!("a pattern regex-lite does not run is compiled by the regex crate"),
        }
    }

    /// Whether `text` holds a match.
    pub fn is_match(&self, text: &str) -> bool {
        match self.engine(text) {
            Engine::Lite(re) => re.is_match(text),
            Engine::Full(re) => re.is_match(text),
        }
    }

    /// The first match's span.
    pub fn find(&self, text: &str) -> Option<(usize, usize)> {
        match self.engine(text) {
            Engine::Lite(re) => re.find(text).map(|m| (m.start(), m.end())),
            Engine::Full(re) => re.find(text).map(|m| (m.start(), m.end())),
        }
    }

    /// Go's `FindAllStringIndex(s, n)`: `n < 0` means all.
    pub fn find_all(&self, text: &str, n: i64) -> Vec<(usize, usize)> {
        let take = if n < 0 { usize::MAX } else { n as usize };
        match self.engine(text) {
            Engine::Lite(re) => re
                .find_iter(text)
                .take(take)
                .map(|m| (m.start(), m.end()))
                .collect(),
            Engine::Full(re) => re
                .find_iter(text)
                .take(take)
                .map(|m| (m.start(), m.end()))
                .collect(),
        }
    }

    /// Go's `ReplaceAllString` (`$1` expanded) or `ReplaceAllLiteralString`.
    pub fn replace_all(&self, text: &str, repl: &str, literal: bool) -> String {
        match (self.engine(text), literal) {
            (Engine::Lite(re), true) => re.replace_all(text, regex_lite::NoExpand(repl)),
            (Engine::Lite(re), false) => re.replace_all(text, repl),
            (Engine::Full(re), true) => re.replace_all(text, regex::NoExpand(repl)),
            (Engine::Full(re), false) => re.replace_all(text, repl),
        }
        .into_owned()
    }
}

/// Whether `regex-lite` means by `translated` what the `regex` crate does: it has no Unicode
/// classes (`\p{Greek}`) and folds case for ASCII only. Go's `\d`, `\w`, `\s`, `\b` are
/// ASCII and [`translate`] spells them so; a literal `(` is written `\x{28}`, so `(?` opens a
/// flag group.
fn lite_can_run(translated: &str) -> bool {
    if translated.contains("\\p") || translated.contains("\\P") {
        return false;
    }
    let mut rest = translated;
    while let Some(at) = rest.find("(?") {
        rest = &rest[at + 2..];
        let flags_end = rest.find([':', ')']).unwrap_or(rest.len());
        if rest[..flags_end].contains('i') {
            return false;
        }
    }
    true
}

thread_local! {
    /// Compiled patterns by their Go text. Bitnami's `common` library calls `regexReplaceAll`
    /// in its name and label helpers, for every resource: compiling each time (the `regex`
    /// crate builds an NFA and its DFA caches) was half of such a chart's `template`. Shared
    /// as `Rc`s, not cloned: a `Regex` clone starts an empty pool of search caches.
    static COMPILED: std::cell::RefCell<std::collections::HashMap<String, Rc<Compiled>>> =
        std::cell::RefCell::default();
}

/// A Go pattern for use again and again (a template function's, a schema's): a pattern
/// compiled before on this thread is not compiled again. Errors are [`compile`]'s.
pub fn compiled(pat: &str) -> Result<Rc<Compiled>, String> {
    if let Some(re) = COMPILED.with(|c| c.borrow().get(pat).cloned()) {
        return Ok(re);
    }
    let re = Rc::new(Compiled::new(pat)?);
    COMPILED.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= COMPILED_KEPT {
            c.clear();
        }
        c.insert(pat.to_string(), Rc::clone(&re));
    });
    Ok(re)
}

/// Go's `regexp.Compile`: the compiled regex, or Go's error text.
pub fn compile(pat: &str) -> Result<Regex, String> {
    full_compile(pat, &translate_checked(pat)?)
}

/// [`translate`] after Go's check that the pattern is UTF-8.
fn translate_checked(pat: &str) -> Result<String, String> {
    // Go's parser stops at a byte that is not UTF-8, naming the pattern from there on.
    let bytes = crate::gostr::to_bytes(pat);
    if let Err(e) = std::str::from_utf8(&bytes) {
        let rest = crate::gostr::from_bytes(&bytes[e.valid_up_to()..]);
        return Err(syntax_error("invalid UTF-8", &rest));
    }
    translate(pat)
}

/// The `regex` crate's compile of `translated` (the translation of `pat`), its error as Go's.
fn full_compile(pat: &str, translated: &str) -> Result<Regex, String> {
    Regex::new(translated).map_err(|e| {
        let detail = e
            .to_string()
            .lines()
            .rfind(|l| l.starts_with("error: "))
            .map(|l| l.trim_start_matches("error: ").to_string())
            .unwrap_or_else(|| "invalid regexp".to_string());
        syntax_error(&detail, pat)
    })
}

/// Go's `quote` in regexp's MustCompile panic: backquoted when possible.
fn go_quote(s: &str) -> String {
    // Go quotes the pattern's bytes: the text may carry bytes that are not UTF-8.
    let bytes = crate::gostr::to_bytes(s);
    match std::str::from_utf8(&bytes) {
        Ok(text) if gostd::strconv::can_backquote(text) => format!("`{s}`"),
        Ok(text) => gostd::strconv::quote(text),
        Err(_) => gostd::strconv::quote_bytes(&bytes),
    }
}

/// Go's `regexp.MustCompile`, whose panic becomes the template error.
fn must_compile(pat: &str) -> Result<Rc<Compiled>, FuncError> {
    compiled(pat).map_err(|e| FuncError::new(format!("regexp: Compile({}): {e}", go_quote(pat))))
}

fn try_compile(pat: &str) -> Result<Rc<Compiled>, FuncError> {
    compiled(pat).map_err(FuncError::new)
}

/// Go's `Regexp.Split`.
pub fn split(re: &Compiled, pat: &str, s: &str, n: i64) -> Vec<String> {
    if n == 0 {
        return Vec::new();
    }
    if !pat.is_empty() && s.is_empty() {
        return vec![String::new()];
    }
    let mut parts = Vec::new();
    let (mut beg, mut end) = (0usize, 0usize);
    for (a, b) in re.find_all(s, n) {
        if n > 0 && parts.len() as i64 == n - 1 {
            break;
        }
        end = a;
        if b != 0 {
            parts.push(s[beg..end].to_string());
        }
        beg = b;
    }
    if end != s.len() {
        parts.push(s[beg..].to_string());
    }
    parts
}

/// Go's `QuoteMeta`.
pub fn quote_meta(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) | Value::Int64(i) => *i,
        Value::Float(f) => *f as i64,
        _ => 0,
    }
}

fn strings(items: Vec<String>) -> Value {
    Value::typed_list(GoType::String, items.into_iter().map(Value::from).collect())
}

fn find_all_strings(re: &Compiled, text: &str, n: i64) -> Value {
    strings(
        re.find_all(text, n)
            .into_iter()
            .map(|(a, b)| text[a..b].to_string())
            .collect(),
    )
}

fn find_first(re: &Compiled, text: &str) -> Value {
    Value::str(re.find(text).map_or("", |(a, b)| &text[a..b]))
}

fn replace(re: &Compiled, text: &str, repl: &str, literal: bool) -> Value {
    Value::str(re.replace_all(text, repl, literal))
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    use GoType::{Int, String as Str};

    m.insert(Function::pure("regexMatch", vec![Str, Str], None, |a| {
        Ok(Value::Bool(
            compiled(s(&a[0])).is_ok_and(|re| re.is_match(s(&a[1]))),
        ))
    }));
    m.insert(Function::pure(
        "mustRegexMatch",
        vec![Str, Str],
        None,
        |a| Ok(Value::Bool(try_compile(s(&a[0]))?.is_match(s(&a[1])))),
    ));
    m.insert(Function::pure(
        "regexFindAll",
        vec![Str, Str, Int],
        None,
        |a| {
            Ok(find_all_strings(
                &*must_compile(s(&a[0]))?,
                s(&a[1]),
                int(&a[2]),
            ))
        },
    ));
    m.insert(Function::pure(
        "mustRegexFindAll",
        vec![Str, Str, Int],
        None,
        |a| {
            Ok(find_all_strings(
                &*try_compile(s(&a[0]))?,
                s(&a[1]),
                int(&a[2]),
            ))
        },
    ));
    m.insert(Function::pure("regexFind", vec![Str, Str], None, |a| {
        Ok(find_first(&*must_compile(s(&a[0]))?, s(&a[1])))
    }));
    m.insert(Function::pure("mustRegexFind", vec![Str, Str], None, |a| {
        Ok(find_first(&*try_compile(s(&a[0]))?, s(&a[1])))
    }));
    m.insert(Function::pure(
        "regexReplaceAll",
        vec![Str, Str, Str],
        None,
        |a| {
            Ok(replace(
                &*must_compile(s(&a[0]))?,
                s(&a[1]),
                s(&a[2]),
                false,
            ))
        },
    ));
    m.insert(Function::pure(
        "mustRegexReplaceAll",
        vec![Str, Str, Str],
        None,
        |a| Ok(replace(&*try_compile(s(&a[0]))?, s(&a[1]), s(&a[2]), false)),
    ));
    m.insert(Function::pure(
        "regexReplaceAllLiteral",
        vec![Str, Str, Str],
        None,
        |a| Ok(replace(&*must_compile(s(&a[0]))?, s(&a[1]), s(&a[2]), true)),
    ));
    m.insert(Function::pure(
        "mustRegexReplaceAllLiteral",
        vec![Str, Str, Str],
        None,
        |a| Ok(replace(&*try_compile(s(&a[0]))?, s(&a[1]), s(&a[2]), true)),
    ));
    m.insert(Function::pure(
        "regexSplit",
        vec![Str, Str, Int],
        None,
        |a| {
            let re = must_compile(s(&a[0]))?;
            Ok(strings(split(&re, s(&a[0]), s(&a[1]), int(&a[2]))))
        },
    ));
    m.insert(Function::pure(
        "mustRegexSplit",
        vec![Str, Str, Int],
        None,
        |a| {
            let re = try_compile(s(&a[0]))?;
            Ok(strings(split(&re, s(&a[0]), s(&a[1]), int(&a[2]))))
        },
    ));
    m.insert(Function::pure("regexQuoteMeta", vec![Str], None, |a| {
        Ok(Value::str(quote_meta(s(&a[0]))))
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sprig::testing::call;

    fn list(v: Value) -> Vec<String> {
        let Value::List(l) = v else {
            panic!("not a list")
        };
        assert_eq!(l.elem, GoType::String);
        l.items
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    }

    fn text(v: Value) -> String {
        v.as_str().unwrap().to_string()
    }

    /// regex-lite runs a pattern's first searches of short texts and the regex crate the rest,
    /// with the same results; patterns with what regex-lite lacks go to the regex crate.
    #[test]
    fn searches_move_from_regex_lite_to_the_regex_crate() {
        let re = Compiled::new("(-?[^a-z0-9-])+-?").unwrap();
        assert!(re.runs_lite());
        for i in 0..LITE_SEARCHES + 4 {
            assert_eq!(
                re.replace_all("My_Release.Name", "-", false),
                "-y-elease-ame"
            );
            assert_eq!(re.full.get().is_some(), i >= LITE_SEARCHES, "search {i}");
        }
        // A long text goes to the regex crate at once.
        let re = Compiled::new("[0-9]+").unwrap();
        let long = format!("{}7", "x".repeat(LITE_HAYSTACK_MAX));
        assert_eq!(
            re.find(&long),
            Some((LITE_HAYSTACK_MAX, LITE_HAYSTACK_MAX + 1))
        );
        assert!(re.full.get().is_some());
        // Go folds case for all of Unicode (the Kelvin sign is a `k`) and knows `\pL`:
        // regex-lite does neither, so these are the regex crate's from the start.
        for (pat, text) in [
            ("(?i)k", "\u{212a}"),
            ("(?s:a(?i:K))", "a\u{212a}"),
            (r"^\pL$", "é"),
        ] {
            let re = Compiled::new(pat).unwrap();
            assert!(!re.runs_lite(), "{pat}");
            assert!(re.is_match(text), "{pat}");
        }
        // Go's `\b` is ASCII, as regex-lite's is: `é` is not a word character.
        let re = Compiled::new(r"a\b").unwrap();
        assert!(re.runs_lite());
        assert!(re.is_match("aé") && !re.is_match("ab"));
        assert!(Compiled::new("(?m)^a$").unwrap().runs_lite());
    }

    /// Compiled patterns are kept by their text: each text keeps its own meaning when many
    /// patterns pass through (past the bound, which empties the memo), and an invalid one
    /// still fails every time.
    #[test]
    fn kept_patterns_keep_their_meaning() {
        for round in 0..2 {
            for i in 0..(COMPILED_KEPT + 20) {
                let re = compiled(&format!("^a{{{i}}}$")).unwrap();
                assert!(re.is_match(&"a".repeat(i)), "round {round}, {i}");
                assert!(!re.is_match(&"a".repeat(i + 1)), "round {round}, {i}");
            }
            assert!(compiled(r"\d").unwrap().is_match("7"));
            assert!(!compiled(r"\d").unwrap().is_match("\u{0667}"));
            assert_eq!(
                compiled("a(").unwrap_err(),
                "error parsing regexp: missing closing ): `a(`"
            );
        }
        assert!(COMPILED.with(|c| c.borrow().len()) <= COMPILED_KEPT);
    }

    #[test]
    fn helm_error_texts() {
        assert_eq!(
            call("regexFind", &["(".into(), "x".into()]).unwrap_err().0,
            "regexp: Compile(`(`): error parsing regexp: missing closing ): `(`"
        );
        assert_eq!(
            call(
                "mustRegexReplaceAllLiteral",
                &["[".into(), "x".into(), "y".into()]
            )
            .unwrap_err()
            .0,
            "error parsing regexp: missing closing ]: `[`"
        );
        assert_eq!(
            call("regexSplit", &["(".into(), "x".into(), Value::Int(-1)])
                .unwrap_err()
                .0,
            "regexp: Compile(`(`): error parsing regexp: missing closing ): `(`"
        );
    }

    #[test]
    fn go_syntax_errors() {
        assert_eq!(
            compile("*a").unwrap_err(),
            "error parsing regexp: missing argument to repetition operator: `*`"
        );
        assert_eq!(
            compile("a**").unwrap_err(),
            "error parsing regexp: invalid nested repetition operator: `**`"
        );
        assert_eq!(
            compile("a)").unwrap_err(),
            "error parsing regexp: unexpected ): `a)`"
        );
        assert_eq!(
            compile("x[ab").unwrap_err(),
            "error parsing regexp: missing closing ]: `[ab`"
        );
        assert_eq!(
            compile(r"(a)\1").unwrap_err(),
            r"error parsing regexp: invalid escape sequence: `\1`"
        );
        assert_eq!(
            compile(r"\8").unwrap_err(),
            r"error parsing regexp: invalid escape sequence: `\8`"
        );
        assert_eq!(
            compile(r"a\e").unwrap_err(),
            r"error parsing regexp: invalid escape sequence: `\e`"
        );
        assert_eq!(
            compile(r"[\b]").unwrap_err(),
            r"error parsing regexp: invalid escape sequence: `\b`"
        );
        assert_eq!(
            compile("a(?=b)").unwrap_err(),
            "error parsing regexp: invalid or unsupported Perl syntax: `(?=`"
        );
        assert_eq!(
            compile("a{1001}").unwrap_err(),
            "error parsing regexp: invalid repeat count: `{1001}`"
        );
    }

    #[test]
    fn go_semantics() {
        // ASCII-only Perl classes.
        assert!(!compile(r"^\d$").unwrap().is_match("٣"));
        assert!(!compile(r"^\w+$").unwrap().is_match("é"));
        assert!(compile(r"^[\w.]+$").unwrap().is_match("a_b.c"));
        assert!(!compile(r"\s").unwrap().is_match("\u{b}"));
        // A brace that is not a repeat is literal; `[` in a class is literal.
        assert!(compile("a{x}").unwrap().is_match("a{x}"));
        assert!(compile("^a{2}$").unwrap().is_match("aa"));
        assert!(compile("^[[]$").unwrap().is_match("["));
        assert!(compile("^[[:alpha:]]+$").unwrap().is_match("abc"));
        assert!(compile(r"^\Qa.b\E$").unwrap().is_match("a.b"));
        assert!(!compile(r"^\Qa.b\E$").unwrap().is_match("axb"));
        assert!(compile("(?i)ABC").unwrap().is_match("abc"));
        assert!(compile(r"^\p{Greek}+\pL$").unwrap().is_match("αβx"));
        assert!(compile(r"^[\p{Greek}x]+$").unwrap().is_match("αx"));
        assert!(compile(r"^\x{61}$").unwrap().is_match("a"));
        assert!(compile(r"^\x61\141\0$").unwrap().is_match("aa\0"));
        assert!(compile(r"^[\x61-\x63]+$").unwrap().is_match("abc"));
        assert!(compile(r"^a\<b\>$").unwrap().is_match("a<b>"));
        assert!(compile(r"^\Aa\z").unwrap().is_match("a"));
        assert!(compile(r"^\pL\PL$").unwrap().is_match("é1"));
        assert!(compile("(?P<x>a)(?:b)").unwrap().is_match("ab"));
    }

    #[test]
    fn helm_outputs() {
        let r = |p: &str, s: &str, t: &str| {
            text(call("regexReplaceAll", &[p.into(), s.into(), t.into()]).unwrap())
        };
        assert_eq!(
            text(
                call(
                    "mustRegexReplaceAll",
                    &["\\s+".into(), "a  b   c".into(), " ".into()]
                )
                .unwrap()
            ),
            "a b c"
        );
        assert_eq!(r("^", "abc", ">"), ">abc");
        assert_eq!(r("$", "abc", "$$"), "abc$");
        assert_eq!(r("[^a-z0-9-]", "My_App.Name!", "-"), "-y--pp--ame-");
        assert_eq!(r("a(x*)b", "-ab-axxb-", "${1}W"), "-W-xxW-");
        assert_eq!(r("a(x*)b", "-ab-axxb-", "$1W"), "---");
        assert_eq!(r("(?P<n>b+)", "abbc", "<$n>"), "a<bb>c");
        assert_eq!(
            text(
                call(
                    "regexReplaceAllLiteral",
                    &["a(x*)b".into(), "-ab-".into(), "$1".into()]
                )
                .unwrap()
            ),
            "-$1-"
        );
        let sp = |p: &str, s: &str, n: i64| {
            list(call("regexSplit", &[p.into(), s.into(), Value::Int(n)]).unwrap())
        };
        assert_eq!(sp("z+", "pizza", -1), ["pi", "a"]);
        assert_eq!(sp("z+", "pizza", 1), ["pizza"]);
        assert_eq!(sp(",", "a,b,c", 2), ["a", "b,c"]);
        assert_eq!(sp("", "abc", -1), ["a", "b", "c"]);
        assert!(sp(",", "a,b", 0).is_empty());
        assert_eq!(sp(",", "", -1), [""]);
    }

    #[test]
    fn find_and_match() {
        assert!(matches!(
            call("regexMatch", &["^[a-z]+\\d$".into(), "abc1".into()]).unwrap(),
            Value::Bool(true)
        ));
        assert!(matches!(
            call("regexMatch", &["(".into(), "x".into()]).unwrap(),
            Value::Bool(false)
        ));
        assert_eq!(
            call("mustRegexMatch", &["(".into(), "x".into()])
                .unwrap_err()
                .0,
            "error parsing regexp: missing closing ): `(`"
        );
        assert_eq!(
            list(
                call(
                    "regexFindAll",
                    &["a.".into(), "a1a2a3".into(), Value::Int(2)]
                )
                .unwrap()
            ),
            ["a1", "a2"]
        );
        assert_eq!(
            list(
                call(
                    "regexFindAll",
                    &["a.".into(), "a1a2a3".into(), Value::Int(-1)]
                )
                .unwrap()
            ),
            ["a1", "a2", "a3"]
        );
        assert_eq!(
            text(call("regexFind", &["[0-9]+".into(), "ab123cd45".into()]).unwrap()),
            "123"
        );
        assert_eq!(
            text(call("regexQuoteMeta", &["1.2+3 [x] $".into()]).unwrap()),
            r"1\.2\+3 \[x\] \$"
        );
    }

    #[test]
    fn panic_text_quotes_like_go() {
        assert_eq!(go_quote("a`b"), "\"a`b\"");
        assert_eq!(go_quote("a\nb"), "\"a\\nb\"");
        assert_eq!(go_quote("a\tb"), "`a\tb`");
    }

    /// Random patterns from regex-significant pieces and multibyte characters never make the
    /// translation panic, and whatever it accepts compiles.
    #[test]
    fn translate_never_panics() {
        let pieces = [
            "\\", "\\x", "\\x{", "}", "{", "{2}", "{1,", "[", "]", "[:", ":]", "^", "-", "(", "(?",
            "(?P<", "(?<", ">", ")", "?", "*", "+", "|", "\\p", "\\P{", "L", "Greek", "\\Q", "\\E",
            "\\1", "\\0", "é", "€", "a", "z", "0", "9", "_", ".", "$", "i", "s", "-", ":", "alpha",
            "\\d", "\\b",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut failures = vec![];
        for _ in 0..20_000 {
            let mut pat = String::new();
            for _ in 0..(next() % 8) {
                pat.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            if let Ok(t) = translate(&pat) {
                if let Err(e) = Regex::new(&t) {
                    failures.push(format!("{pat:?} -> {t:?}: {e}"));
                }
            }
        }
        failures.sort();
        failures.dedup();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
