//! Sprig's regex functions, with Go RE2 semantics on top of the `regex` crate.
//!
//! Go's `\d`, `\w`, `\s`, `\b` are ASCII-only, `{` that does not start a repeat count is a
//! literal, `[` inside a class is a literal, and `\Q...\E` quotes; patterns are rewritten to
//! the `regex` crate's syntax accordingly. Syntax errors carry Go's texts
//! (`error parsing regexp: missing closing ): `(``) for the common cases.

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

/// Go's `parseEscape` (plus `\p` classes) for the escape at byte `pos`: its translation to
/// the `regex` crate's syntax and its length in bytes.
fn simple_escape(pat: &str, pos: usize) -> Result<(String, usize), String> {
    let rest = &pat[pos + 1..];
    let Some(c) = rest.chars().next() else {
        return Err(syntax_error("trailing backslash at end of expression", ""));
    };
    let invalid = |len: usize| syntax_error("invalid escape sequence", &pat[pos..pos + 1 + len]);
    let b = rest.as_bytes();
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
            Ok((format!("\\x{{{v:x}}}"), 1 + n))
        }
        'x' => {
            if rest[1..].starts_with('{') {
                let Some(e) = rest.find('}') else {
                    return Err(invalid(rest.len()));
                };
                let hex = &rest[2..e];
                if hex.is_empty() || !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
                    return Err(invalid(e + 1));
                }
                return Ok((format!("\\x{{{hex}}}"), 1 + e + 1));
            }
            if b.len() >= 3 && b[1].is_ascii_hexdigit() && b[2].is_ascii_hexdigit() {
                return Ok((format!("\\x{}", &rest[1..3]), 4));
            }
            Err(invalid(rest.len().min(3)))
        }
        'a' => Ok(("\\x07".into(), 2)),
        'f' | 'n' | 'r' | 't' | 'v' => Ok((format!("\\{c}"), 2)),
        'p' | 'P' => {
            if rest[1..].starts_with('{') {
                let Some(e) = rest.find('}') else {
                    return Err(syntax_error("invalid character class range", &pat[pos..]));
                };
                return Ok((format!("\\{}", &rest[..=e]), 1 + e + 1));
            }
            match rest[1..].chars().next() {
                Some(l) if l.is_ascii_alphabetic() => Ok((format!("\\{c}{l}"), 3)),
                _ => Err(syntax_error(
                    "invalid character class range",
                    &pat[pos..(pos + 2 + rest[1..].chars().next().map_or(0, char::len_utf8))],
                )),
            }
        }
        c if c.is_ascii() && !c.is_ascii_alphanumeric() => {
            // Escaped punctuation is that character (`\<` is not a word boundary in Go).
            Ok((regex::escape(&c.to_string()), 2))
        }
        c => Err(invalid(c.len_utf8())),
    }
}

/// Rewrites a Go regexp to the `regex` crate's syntax, or returns Go's error text.
pub fn translate(pat: &str) -> Result<String, String> {
    let chars: Vec<(usize, char)> = pat.char_indices().collect();
    let mut out = String::with_capacity(pat.len() + 8);
    let mut depth = 0usize;
    let mut i = 0;
    // Whether the previous item can take a repetition operator, and where the previous
    // repetition operator began (for nested-repetition errors).
    let mut can_repeat = false;
    let mut last_repeat: Option<usize> = None;
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let offset = |k: usize| chars.get(k).map_or(pat.len(), |&(o, _)| o);
    while i < chars.len() {
        let (pos, c) = chars[i];
        match c {
            '\\' => {
                let Some(n) = at(i + 1) else {
                    return Err(syntax_error("trailing backslash at end of expression", ""));
                };
                match n {
                    'd' | 'D' | 'w' | 'W' | 's' | 'S' => perl_class(n, false, &mut out),
                    'b' | 'B' => {
                        out.push_str(&format!("(?-u:\\{n})"));
                        can_repeat = false;
                        last_repeat = None;
                        i += 2;
                        continue;
                    }
                    'Q' => {
                        let rest = &pat[offset(i + 2)..];
                        let (lit, consumed) = match rest.find("\\E") {
                            Some(e) => (&rest[..e], e + 2),
                            None => (rest, rest.len()),
                        };
                        out.push_str(&regex::escape(lit));
                        let end = offset(i + 2) + consumed;
                        while i < chars.len() && chars[i].0 < end {
                            i += 1;
                        }
                        can_repeat = !lit.is_empty();
                        last_repeat = None;
                        continue;
                    }
                    'A' | 'z' => {
                        out.push('\\');
                        out.push(n);
                        can_repeat = false;
                        last_repeat = None;
                        i += 2;
                        continue;
                    }
                    _ => {
                        let (text, len) = simple_escape(pat, pos)?;
                        out.push_str(&text);
                        while i < chars.len() && chars[i].0 < pos + len {
                            i += 1;
                        }
                        can_repeat = true;
                        last_repeat = None;
                        continue;
                    }
                }
                can_repeat = true;
                last_repeat = None;
                i += 2;
            }
            '[' => {
                let start = pos;
                let mut j = i + 1;
                out.push('[');
                if at(j) == Some('^') {
                    out.push('^');
                    j += 1;
                }
                let mut first = true;
                loop {
                    let Some(ch) = at(j) else {
                        return Err(syntax_error("missing closing ]", &pat[start..]));
                    };
                    if ch == ']' && !first {
                        out.push(']');
                        j += 1;
                        break;
                    }
                    first = false;
                    match ch {
                        '\\' => {
                            let Some(n) = at(j + 1) else {
                                return Err(syntax_error(
                                    "trailing backslash at end of expression",
                                    "",
                                ));
                            };
                            match n {
                                'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                                    perl_class(n, true, &mut out);
                                    j += 2;
                                }
                                _ => {
                                    let p0 = offset(j);
                                    let (text, len) = simple_escape(pat, p0)?;
                                    out.push_str(&text);
                                    while j < chars.len() && chars[j].0 < p0 + len {
                                        j += 1;
                                    }
                                }
                            }
                        }
                        '[' if at(j + 1) == Some(':') => {
                            // A POSIX class `[:alpha:]` stays as it is.
                            let rest = &pat[offset(j)..];
                            match rest.find(":]") {
                                Some(e) if e > 1 => {
                                    out.push_str(&rest[..e + 2]);
                                    let end = offset(j) + e + 2;
                                    while j < chars.len() && chars[j].0 < end {
                                        j += 1;
                                    }
                                }
                                _ => {
                                    out.push_str("\\[");
                                    j += 1;
                                }
                            }
                        }
                        '[' | '&' | '~' => {
                            out.push('\\');
                            out.push(ch);
                            j += 1;
                        }
                        '-' if at(j + 1) == Some('-') => {
                            out.push_str("\\-");
                            j += 1;
                        }
                        _ => {
                            out.push(ch);
                            j += 1;
                        }
                    }
                }
                i = j;
                can_repeat = true;
                last_repeat = None;
            }
            '(' => {
                if pat[pos..].starts_with("(?=")
                    || pat[pos..].starts_with("(?!")
                    || pat[pos..].starts_with("(?<=")
                    || pat[pos..].starts_with("(?<!")
                {
                    let len = if pat[pos..].starts_with("(?<") { 4 } else { 3 };
                    return Err(syntax_error(
                        "invalid or unsupported Perl syntax",
                        &pat[pos..pos + len],
                    ));
                }
                depth += 1;
                out.push('(');
                i += 1;
                // Copy a group prefix such as `?:`, `?P<name>` or `?i:` verbatim.
                if at(i) == Some('?') {
                    while let Some(ch) = at(i) {
                        out.push(ch);
                        i += 1;
                        if ch == ':' || ch == '>' {
                            break;
                        }
                        if ch == ')' {
                            // A flag group `(?i)` closes itself.
                            depth -= 1;
                            break;
                        }
                    }
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
                i += 1;
                can_repeat = true;
                last_repeat = None;
            }
            '|' => {
                out.push('|');
                i += 1;
                can_repeat = false;
                last_repeat = None;
            }
            '*' | '+' | '?' | '{' => {
                let mut end = i + 1;
                if c == '{' {
                    // `{n}`, `{n,}` or `{n,m}`; anything else is a literal brace in Go.
                    let rest = &pat[pos..];
                    let close = rest.find('}');
                    let valid = close.is_some_and(|e| {
                        let inner = &rest[1..e];
                        let (a, b) = inner.split_once(',').unwrap_or((inner, "0"));
                        !a.is_empty()
                            && a.bytes().all(|x| x.is_ascii_digit())
                            && b.bytes().all(|x| x.is_ascii_digit())
                    });
                    if !valid {
                        out.push_str("\\{");
                        i += 1;
                        can_repeat = true;
                        last_repeat = None;
                        continue;
                    }
                    let e = close.unwrap_or(0);
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
                    while end < chars.len() && chars[end].0 <= pos + e {
                        end += 1;
                    }
                }
                if at(end) == Some('?') {
                    end += 1;
                }
                let op = &pat[pos..offset(end)];
                if let Some(prev) = last_repeat {
                    return Err(syntax_error(
                        "invalid nested repetition operator",
                        &pat[prev..offset(end)],
                    ));
                }
                if !can_repeat {
                    return Err(syntax_error("missing argument to repetition operator", op));
                }
                out.push_str(op);
                last_repeat = Some(pos);
                i = end;
            }
            '}' => {
                out.push_str("\\}");
                i += 1;
                can_repeat = true;
                last_repeat = None;
            }
            '^' | '$' => {
                out.push(c);
                i += 1;
                can_repeat = true;
                last_repeat = None;
            }
            _ => {
                out.push(c);
                i += 1;
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

/// Go's `regexp.Compile`: the compiled regex, or Go's error text.
pub fn compile(pat: &str) -> Result<Regex, String> {
    let translated = translate(pat)?;
    Regex::new(&translated).map_err(|e| {
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
    if crate::strconv::can_backquote(s) {
        format!("`{s}`")
    } else {
        crate::strconv::quote(s)
    }
}

/// Go's `regexp.MustCompile`, whose panic becomes the template error.
fn must_compile(pat: &str) -> Result<Regex, FuncError> {
    compile(pat).map_err(|e| FuncError::new(format!("regexp: Compile({}): {e}", go_quote(pat))))
}

fn try_compile(pat: &str) -> Result<Regex, FuncError> {
    compile(pat).map_err(FuncError::new)
}

/// Go's `FindAllStringIndex(s, n)`: `n < 0` means all.
fn find_all(re: &Regex, s: &str, n: i64) -> Vec<(usize, usize)> {
    let it = re.find_iter(s).map(|m| (m.start(), m.end()));
    if n < 0 {
        it.collect()
    } else {
        it.take(n as usize).collect()
    }
}

/// Go's `Regexp.Split`.
pub fn split(re: &Regex, pat: &str, s: &str, n: i64) -> Vec<String> {
    if n == 0 {
        return Vec::new();
    }
    if !pat.is_empty() && s.is_empty() {
        return vec![String::new()];
    }
    let mut parts = Vec::new();
    let (mut beg, mut end) = (0usize, 0usize);
    for (a, b) in find_all(re, s, n) {
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

fn find_all_strings(re: &Regex, text: &str, n: i64) -> Value {
    strings(
        find_all(re, text, n)
            .into_iter()
            .map(|(a, b)| text[a..b].to_string())
            .collect(),
    )
}

fn find_first(re: &Regex, text: &str) -> Value {
    Value::str(re.find(text).map_or("", |m| m.as_str()))
}

fn replace(re: &Regex, text: &str, repl: &str, literal: bool) -> Value {
    let out = if literal {
        re.replace_all(text, regex::NoExpand(repl))
    } else {
        re.replace_all(text, repl)
    };
    Value::str(out.into_owned())
}

pub fn register(m: &mut FuncMap) {
    use GoType::{Int, String as Str};

    m.insert(Function::pure("regexMatch", vec![Str, Str], None, |a| {
        Ok(Value::Bool(
            compile(s(&a[0])).is_ok_and(|re| re.is_match(s(&a[1]))),
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
                &must_compile(s(&a[0]))?,
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
                &try_compile(s(&a[0]))?,
                s(&a[1]),
                int(&a[2]),
            ))
        },
    ));
    m.insert(Function::pure("regexFind", vec![Str, Str], None, |a| {
        Ok(find_first(&must_compile(s(&a[0]))?, s(&a[1])))
    }));
    m.insert(Function::pure("mustRegexFind", vec![Str, Str], None, |a| {
        Ok(find_first(&try_compile(s(&a[0]))?, s(&a[1])))
    }));
    m.insert(Function::pure(
        "regexReplaceAll",
        vec![Str, Str, Str],
        None,
        |a| Ok(replace(&must_compile(s(&a[0]))?, s(&a[1]), s(&a[2]), false)),
    ));
    m.insert(Function::pure(
        "mustRegexReplaceAll",
        vec![Str, Str, Str],
        None,
        |a| Ok(replace(&try_compile(s(&a[0]))?, s(&a[1]), s(&a[2]), false)),
    ));
    m.insert(Function::pure(
        "regexReplaceAllLiteral",
        vec![Str, Str, Str],
        None,
        |a| Ok(replace(&must_compile(s(&a[0]))?, s(&a[1]), s(&a[2]), true)),
    ));
    m.insert(Function::pure(
        "mustRegexReplaceAllLiteral",
        vec![Str, Str, Str],
        None,
        |a| Ok(replace(&try_compile(s(&a[0]))?, s(&a[1]), s(&a[2]), true)),
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
    use crate::func::NoEnv;

    fn call(name: &str, args: &[Value]) -> Result<Value, FuncError> {
        let mut m = FuncMap::new();
        register(&mut m);
        m.get(name).unwrap().call(&mut NoEnv, args)
    }

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
}
