//! Go's `strconv`: float formatting (`'g'`, `'e'`, `'f'`, shortest digits, bit sizes 64 and
//! 32), integer and float parsing with Go's base prefixes and error texts, and quoting with
//! Go's `IsPrint` rules.

/// Decimal digits of a finite, non-negative float: `0.d1d2d3... × 10^dp`. No trailing zeros
/// (except the single `0` of zero, which has `digits == "0"` and `dp == 1`... see `nd`).
struct Digits {
    /// Significant digits, without trailing zeros. Empty for zero.
    d: Vec<u8>,
    /// Position of the decimal point relative to the start of `d`.
    dp: i32,
}

/// Splits Rust's `{:e}` rendering (`1.2345e-7`) into digits and decimal point position.
fn parse_sci(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

/// The shortest digits that read back as `x` at the given bit size (32: `x` is a float32
/// widened to f64, which is exact). When `x` lies exactly halfway between two shortest
/// candidates, Go picks the one with the even last digit; Rust's formatter may not.
fn shortest_digits(x: f64, bit_size: u32) -> Digits {
    let x = x.abs();
    let d = if bit_size == 32 {
        parse_sci(&format!("{:e}", x as f32))
    } else {
        parse_sci(&format!("{:e}", x))
    };
    let n = d.d.len();
    if n == 0 || !x.is_finite() {
        return d;
    }
    // A tie needs an exact expansion of n + 1 significant digits ending in 5; rounding to
    // n + 1 digits is a cheap filter before the exact (up to 767 digits) expansion.
    let near = format!("{:.*e}", n, x);
    if near.split_once('e').is_none_or(|(m, _)| !m.ends_with('5')) {
        return d;
    }
    let exact = parse_sci(&format!("{:.*e}", 800, x));
    if exact.d.len() != n + 1 || exact.d[n] != b'5' {
        return d;
    }
    let mut low = exact.d[..n].to_vec();
    let low_dp = exact.dp;
    if low[n - 1].is_multiple_of(2) {
        let cand = Digits { d: low, dp: low_dp };
        return if reads_back(&cand, x, bit_size) {
            trim(cand)
        } else {
            d
        };
    }
    // Round the odd last digit up, carrying.
    let mut i = n;
    let mut dp = low_dp;
    loop {
        if i == 0 {
            low.insert(0, b'1');
            dp += 1;
            break;
        }
        i -= 1;
        if low[i] == b'9' {
            low[i] = b'0';
        } else {
            low[i] += 1;
            break;
        }
    }
    let cand = Digits { d: low, dp };
    if reads_back(&cand, x, bit_size) {
        trim(cand)
    } else {
        d
    }
}

fn trim(mut d: Digits) -> Digits {
    while d.d.last() == Some(&b'0') {
        d.d.pop();
    }
    d
}

fn reads_back(d: &Digits, x: f64, bit_size: u32) -> bool {
    let text = format!("0.{}e{}", std::str::from_utf8(&d.d).unwrap_or("0"), d.dp);
    if bit_size == 32 {
        text.parse::<f32>().map(f64::from) == Ok(x)
    } else {
        text.parse::<f64>() == Ok(x)
    }
}

/// The first `n` (≥ 1) significant digits, correctly rounded (ties to even on the exact value).
fn fixed_digits(x: f64, n: usize) -> Digits {
    parse_sci(&format!("{:.*e}", n.saturating_sub(1), x.abs()))
}

/// Digits rounded at `prec` places after the decimal point.
fn frac_digits(x: f64, prec: usize) -> Digits {
    let s = format!("{:.*}", prec, x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut all: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let mut dp = int.len() as i32;
    while all.first() == Some(&b'0') {
        all.remove(0);
        dp -= 1;
    }
    while all.last() == Some(&b'0') {
        all.pop();
    }
    if all.is_empty() {
        dp = 0;
    }
    Digits { d: all, dp }
}

fn digit_at(d: &Digits, i: i32) -> u8 {
    if i >= 0 && (i as usize) < d.d.len() {
        d.d[i as usize]
    } else {
        b'0'
    }
}

/// Go's `fmtE`: `d.ddddde±dd`.
fn fmt_e(out: &mut String, d: &Digits, prec: i32, e: char) {
    out.push(digit_at(d, 0) as char);
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            out.push(digit_at(d, i) as char);
        }
    }
    out.push(e);
    let exp = if d.d.is_empty() { 0 } else { d.dp - 1 };
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
}

/// Go's `fmtF`: `ddd.ddd`.
fn fmt_f(out: &mut String, d: &Digits, prec: i32) {
    if d.dp > 0 {
        for i in 0..d.dp {
            out.push(digit_at(d, i) as char);
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 0..prec {
            out.push(digit_at(d, d.dp + i) as char);
        }
    }
}

/// Go's `strconv.FormatFloat(x, fmt, prec, bit_size)` for the formats `e E f F g G`
/// (`prec < 0` means the shortest representation that reads back at `bit_size`; a `bit_size`
/// of 32 first rounds `x` to a float32, as Go does).
pub fn format_float(x: f64, fmt: char, prec: i32, bit_size: u32) -> String {
    let x = if bit_size == 32 {
        f64::from(x as f32)
    } else {
        x
    };
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let shortest = prec < 0;
    match fmt {
        'e' | 'E' => {
            let (d, prec) = if shortest {
                let d = shortest_digits(x, bit_size);
                let p = d.d.len().max(1) as i32 - 1;
                (d, p)
            } else {
                (fixed_digits(x, prec as usize + 1), prec)
            };
            fmt_e(&mut out, &d, prec, fmt);
        }
        'f' | 'F' => {
            let (d, prec) = if shortest {
                let d = shortest_digits(x, bit_size);
                let p = (d.d.len() as i32 - d.dp).max(0);
                (d, p)
            } else {
                (frac_digits(x, prec as usize), prec)
            };
            fmt_f(&mut out, &d, prec);
        }
        'g' | 'G' => {
            let mut prec = prec;
            let d = if shortest {
                let d = shortest_digits(x, bit_size);
                prec = d.d.len() as i32;
                d
            } else {
                if prec == 0 {
                    prec = 1;
                }
                fixed_digits(x, prec as usize)
            };
            let nd = d.d.len() as i32;
            // Zero has no digits here; Go's decimal has nd = 0, dp = 0 as well.
            let mut eprec = prec;
            if eprec > nd && nd >= d.dp {
                eprec = nd;
            }
            if shortest {
                eprec = 6;
            }
            let exp = d.dp - 1;
            let e = if fmt == 'g' { 'e' } else { 'E' };
            if !d.d.is_empty() && (exp < -4 || exp >= eprec) {
                if prec > nd {
                    prec = nd;
                }
                fmt_e(&mut out, &d, prec - 1, e);
            } else {
                if prec > d.dp {
                    prec = nd;
                }
                fmt_f(&mut out, &d, (prec - d.dp).max(0));
            }
        }
        _ => {
            out.push('%');
            out.push(fmt);
        }
    }
    out
}

/// `%v` of a float64, i.e. `FormatFloat(x, 'g', -1, 64)`.
pub fn format_float_v(x: f64) -> String {
    format_float(x, 'g', -1, 64)
}

/// Go's `strconv.FormatInt(i, base)` for bases 2..=36.
pub fn format_int(i: i64, base: u32) -> String {
    let neg = i < 0;
    let mut u = i.unsigned_abs();
    if u == 0 {
        return "0".into();
    }
    let mut buf = Vec::new();
    while u > 0 {
        let d = (u % base as u64) as u8;
        buf.push(if d < 10 { b'0' + d } else { b'a' + d - 10 });
        u /= base as u64;
    }
    if neg {
        buf.push(b'-');
    }
    buf.reverse();
    String::from_utf8(buf).unwrap_or_default()
}

/// A strconv error kind, as Go's `*NumError` prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumErrorKind {
    /// `invalid syntax`: the text is not a number of the kind asked for.
    Syntax,
    /// `value out of range`: the number does not fit.
    Range,
}

#[derive(Clone, Debug, PartialEq, Eq)]
/// Go's `*strconv.NumError`; `Display` gives Go's text (`strconv.Atoi: parsing "x": invalid syntax`).
pub struct NumError {
    /// The function that failed (`Atoi`, `ParseInt`, `ParseFloat`).
    pub func: &'static str,
    /// The input text.
    pub num: String,
    /// Why it failed.
    pub kind: NumErrorKind,
}

impl std::fmt::Display for NumError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let msg = match self.kind {
            NumErrorKind::Syntax => "invalid syntax",
            NumErrorKind::Range => "value out of range",
        };
        write!(
            f,
            "strconv.{}: parsing {}: {}",
            self.func,
            quote(&self.num),
            msg
        )
    }
}

fn underscore_ok(s: &str) -> bool {
    let b = s.as_bytes();
    let mut saw = b'^';
    let mut i = 0;
    if !b.is_empty() && (b[0] == b'-' || b[0] == b'+') {
        i = 1;
    }
    let mut hex = false;
    if b.len() - i >= 2 && b[i] == b'0' {
        let c = b[i + 1] | 0x20;
        if c == b'b' || c == b'o' || c == b'x' {
            hex = c == b'x';
            i += 2;
            saw = b'0';
        }
    }
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() || (hex && (c | 0x20).is_ascii_hexdigit()) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// Go's `strconv.ParseUint(s, base, 64)` core without the sign; `base == 0` detects prefixes.
fn parse_uint_named(func: &'static str, orig: &str, s: &str, base: u32) -> Result<u64, NumError> {
    let err = |kind| NumError {
        func,
        num: orig.to_string(),
        kind,
    };
    if s.is_empty() {
        return Err(err(NumErrorKind::Syntax));
    }
    let base0 = base == 0;
    let mut base = base;
    let mut digits = s;
    if base0 {
        base = 10;
        let b = s.as_bytes();
        if b[0] == b'0' {
            if b.len() >= 3 && (b[1] | 0x20) == b'b' {
                base = 2;
                digits = &s[2..];
            } else if b.len() >= 3 && (b[1] | 0x20) == b'o' {
                base = 8;
                digits = &s[2..];
            } else if b.len() >= 3 && (b[1] | 0x20) == b'x' {
                base = 16;
                digits = &s[2..];
            } else {
                base = 8;
                digits = &s[1..];
            }
        }
    }
    let mut n: u64 = 0;
    let mut underscores = false;
    for c in digits.bytes() {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => (c - b'0') as u32,
            b'a'..=b'z' => (c - b'a') as u32 + 10,
            b'A'..=b'Z' => (c - b'A') as u32 + 10,
            _ => return Err(err(NumErrorKind::Syntax)),
        };
        if d >= base {
            return Err(err(NumErrorKind::Syntax));
        }
        match n
            .checked_mul(base as u64)
            .and_then(|v| v.checked_add(d as u64))
        {
            Some(v) => n = v,
            // Go stops at the first overflow: later bad characters are not seen.
            None => return Err(err(NumErrorKind::Range)),
        }
    }
    if underscores && !underscore_ok(s) {
        return Err(err(NumErrorKind::Syntax));
    }
    Ok(n)
}

/// Go's `strconv.ParseUint(s, base, 64)` (`base` 0 reads Go's prefixes and underscores).
pub fn parse_uint(s: &str, base: u32) -> Result<u64, NumError> {
    parse_uint_named("ParseUint", s, s, base)
}

/// Go's `strconv.ParseInt(s, base, 64)`.
pub fn parse_int(s: &str, base: u32) -> Result<i64, NumError> {
    parse_int_named("ParseInt", s, base)
}

fn parse_int_named(func: &'static str, s: &str, base: u32) -> Result<i64, NumError> {
    if s.is_empty() {
        return Err(NumError {
            func,
            num: s.into(),
            kind: NumErrorKind::Syntax,
        });
    }
    let (neg, body) = match s.as_bytes()[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let un = parse_uint_named(func, s, body, base).map_err(|mut e| {
        e.num = s.to_string();
        e
    })?;
    let range = || NumError {
        func,
        num: s.to_string(),
        kind: NumErrorKind::Range,
    };
    if neg {
        if un > 1u64 << 63 {
            return Err(range());
        }
        Ok((un as i64).wrapping_neg())
    } else {
        if un >= 1u64 << 63 {
            return Err(range());
        }
        Ok(un as i64)
    }
}

/// Go's `strconv.ParseBool`: `1 t T TRUE true True` and `0 f F FALSE false False`.
pub fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// Go's `strconv.Atoi`.
pub fn atoi(s: &str) -> Result<i64, NumError> {
    parse_int_named("Atoi", s, 10)
}

/// Go's `strconv.ParseFloat(s, 64)` (decimal forms, `inf`/`infinity`/`nan`, underscores in Go
/// syntax, and hexadecimal mantissas with a `p` exponent).
pub fn parse_float(s: &str) -> Result<f64, NumError> {
    let err = |kind| NumError {
        func: "ParseFloat",
        num: s.to_string(),
        kind,
    };
    if s.is_empty() {
        return Err(err(NumErrorKind::Syntax));
    }
    let (neg, body) = match s.as_bytes()[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let sign = if neg { -1.0 } else { 1.0 };
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        if body.len() == s.len() {
            return Ok(f64::NAN);
        }
        return Err(err(NumErrorKind::Syntax));
    }
    if body.contains('_') && !underscore_ok(s) {
        return Err(err(NumErrorKind::Syntax));
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    if clean.is_empty() {
        return Err(err(NumErrorKind::Syntax));
    }
    if clean.len() > 2 && clean.as_bytes()[0] == b'0' && (clean.as_bytes()[1] | 0x20) == b'x' {
        return parse_hex_float(&clean[2..])
            .map(|v| sign * v)
            .ok_or_else(|| err(NumErrorKind::Syntax));
    }
    // Rust accepts a few spellings Go does not (none with only digits, '.', 'e' and signs).
    if !clean
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
        || !clean.bytes().any(|c| c.is_ascii_digit())
    {
        return Err(err(NumErrorKind::Syntax));
    }
    match clean.parse::<f64>() {
        Ok(v) if v.is_infinite() => Err(err(NumErrorKind::Range)),
        Ok(v) => Ok(sign * v),
        Err(_) => Err(err(NumErrorKind::Syntax)),
    }
}

fn parse_hex_float(s: &str) -> Option<f64> {
    let (mant, exp) = match s.find(['p', 'P']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
        None => return None,
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for c in int.chars() {
        v = v * 16.0 + c.to_digit(16)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac.chars() {
        v += c.to_digit(16)? as f64 * scale;
        scale /= 16.0;
    }
    Some(v * 2f64.powi(exp))
}

/// Unicode general categories of non-ASCII runes, as Go's `unicode` package tests them.
pub mod category {
    use std::sync::OnceLock;

    use regex::Regex;

    fn matches(re: &'static OnceLock<Regex>, pattern: &str, c: char) -> bool {
        let re = re.get_or_init(|| Regex::new(pattern).expect("valid category pattern"));
        let mut buf = [0u8; 4];
        re.is_match(c.encode_utf8(&mut buf))
    }

    /// `unicode.IsGraphic` minus spaces: letters, marks, numbers, punctuation, symbols.
    pub fn is_lmnps(c: char) -> bool {
        static RE: OnceLock<Regex> = OnceLock::new();
        matches(&RE, r"^[\p{L}\p{M}\p{N}\p{P}\p{S}]$", c)
    }

    /// `unicode.IsPunct` (category P).
    pub fn is_punct(c: char) -> bool {
        static RE: OnceLock<Regex> = OnceLock::new();
        matches(&RE, r"^\p{P}$", c)
    }

    /// `unicode.IsUpper` (category Lu).
    pub fn is_upper(c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_uppercase();
        }
        static RE: OnceLock<Regex> = OnceLock::new();
        matches(&RE, r"^\p{Lu}$", c)
    }

    /// `unicode.IsLower` (category Ll).
    pub fn is_lower(c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_lowercase();
        }
        static RE: OnceLock<Regex> = OnceLock::new();
        matches(&RE, r"^\p{Ll}$", c)
    }

    /// `unicode.IsLetter` (category L).
    pub fn is_letter(c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_alphabetic();
        }
        static RE: OnceLock<Regex> = OnceLock::new();
        matches(&RE, r"^\p{L}$", c)
    }

    /// `unicode.IsNumber` (category N).
    pub fn is_number(c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_digit();
        }
        static RE: OnceLock<Regex> = OnceLock::new();
        matches(&RE, r"^\p{N}$", c)
    }

    /// `unicode.IsTitle` (category Lt).
    pub fn is_title(c: char) -> bool {
        if c.is_ascii() {
            return false;
        }
        static RE: OnceLock<Regex> = OnceLock::new();
        matches(&RE, r"^\p{Lt}$", c)
    }

    /// `unicode.IsDigit` (category Nd).
    pub fn is_digit(c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_digit();
        }
        static RE: OnceLock<Regex> = OnceLock::new();
        matches(&RE, r"^\p{Nd}$", c)
    }
}

/// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
pub fn is_print(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return (0x20..0x7f).contains(&u);
    }
    category::is_lmnps(c)
}

fn append_escaped_rune(out: &mut String, r: char, quote: char, ascii_only: bool) {
    if r == quote || r == '\\' {
        out.push('\\');
        out.push(r);
        return;
    }
    if ascii_only {
        if (r as u32) < 0x80 && is_print(r) {
            out.push(r);
            return;
        }
    } else if is_print(r) {
        out.push(r);
        return;
    }
    match r {
        '\u{7}' => out.push_str("\\a"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\u{b}' => out.push_str("\\v"),
        _ => {
            let u = r as u32;
            if u < 0x20 || u == 0x7f {
                out.push_str(&format!("\\x{u:02x}"));
            } else if u < 0x10000 {
                out.push_str(&format!("\\u{u:04x}"));
            } else {
                out.push_str(&format!("\\U{u:08x}"));
            }
        }
    }
}

fn quote_with(s: &[u8], quote_char: char, ascii_only: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote_char);
    let mut rest = s;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                for c in valid.chars() {
                    append_escaped_rune(&mut out, c, quote_char, ascii_only);
                }
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                // `good` is valid UTF-8 by construction.
                for c in String::from_utf8_lossy(good).chars() {
                    append_escaped_rune(&mut out, c, quote_char, ascii_only);
                }
                // Go decodes an invalid byte as a one-byte RuneError and escapes it alone.
                out.push_str(&format!("\\x{:02x}", bad[0]));
                rest = &bad[1..];
            }
        }
    }
    out.push(quote_char);
    out
}

/// Go's `strconv.Quote`.
pub fn quote(s: &str) -> String {
    quote_with(s.as_bytes(), '"', false)
}

/// Go's `strconv.Quote` of arbitrary bytes (invalid UTF-8 becomes `\xNN`).
pub fn quote_bytes(s: &[u8]) -> String {
    quote_with(s, '"', false)
}

/// Go's `strconv.QuoteToASCII`.
pub fn quote_to_ascii(s: &[u8]) -> String {
    quote_with(s, '"', true)
}

/// Go's `strconv.QuoteRune`.
pub fn quote_rune(r: char) -> String {
    let mut out = String::from("'");
    append_escaped_rune(&mut out, r, '\'', false);
    out.push('\'');
    out
}

/// Go's `strconv.QuoteRuneToASCII`.
pub fn quote_rune_to_ascii(r: char) -> String {
    let mut out = String::from("'");
    append_escaped_rune(&mut out, r, '\'', true);
    out.push('\'');
    out
}

/// Go's `strconv.CanBackquote`.
pub fn can_backquote(s: &str) -> bool {
    s.chars().all(|c| {
        c != '`' && c != '\u{feff}' && (c == '\t' || !((c as u32) < 0x20 || c == '\u{7f}'))
    })
}
