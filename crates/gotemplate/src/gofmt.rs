//! Go's fmt printing (Sprint, Sprintln, Sprintf) of template values.
//!
//! This follows `fmt/print.go` and `fmt/format.go`: flags and width apply to every element of a
//! slice or map, map keys print sorted, a bad verb prints `%!d(string=x)`, a missing operand
//! `%!d(MISSING)`, surplus operands `%!(EXTRA string=x)`.

use crate::value::{as_complex, Value};
use gostd::strconv;

/// Go's `fmt.Sprint`: operands printed with `%v`, with a space between two operands when
/// neither is a string.
pub fn sprint(args: &[Value]) -> String {
    let mut p = Printer::default();
    let mut prev_string = false;
    for (i, a) in args.iter().enumerate() {
        let is_string = match a {
            Value::String(_) => true,
            Value::Object(o) => o.kind() == "string",
            _ => false,
        };
        if i > 0 && !is_string && !prev_string {
            p.buf.push(' ');
        }
        p.print_arg(a, 'v');
        prev_string = is_string;
    }
    p.buf
}

/// Go's `fmt.Sprintln`: operands printed with `%v`, always space-separated, then a newline.
pub fn sprintln(args: &[Value]) -> String {
    let mut p = Printer::default();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            p.buf.push(' ');
        }
        p.print_arg(a, 'v');
    }
    p.buf.push('\n');
    p.buf
}

/// `%v` of a `complex128`: `(1+2i)`.
pub fn complex_v(re: f64, im: f64) -> String {
    let mut p = Printer::default();
    p.fmt_complex(re, im, 'v', &Value::Nil);
    p.buf
}

/// `%v` of one value, as an action prints it (`<nil>` for nil).
pub fn format_v(v: &Value) -> String {
    let mut p = Printer::default();
    p.print_arg(v, 'v');
    p.buf
}

/// Go's `fmt.Sprintf`.
pub fn sprintf(format: &str, args: &[Value]) -> String {
    let mut p = Printer::default();
    p.do_printf(format, args);
    p.buf
}

/// The Go type name of a value as `%T` prints it (`<nil>` for nil).
pub fn type_name(v: &Value) -> String {
    match v {
        Value::Nil => "<nil>".into(),
        _ => v.go_type().to_string(),
    }
}

#[derive(Default, Clone, Copy)]
struct Flags {
    plus: bool,
    minus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    plus_v: bool,
    sharp_v: bool,
    wid: usize,
    wid_present: bool,
    prec: usize,
    prec_present: bool,
}

#[derive(Default)]
struct Printer {
    buf: String,
    f: Flags,
    reordered: bool,
    good_arg_num: bool,
}

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

fn too_large(n: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&n)
}

/// Go's `parsenum`: (number, found, new index).
fn parsenum(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num as usize, isnum, i)
}

/// Go's `parseArgNumber` on `s` starting at `[`: (zero-based index, bytes consumed, ok).
fn parse_arg_number(s: &[u8]) -> (i64, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (w, ok, newi) = parsenum(s, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (w as i64 - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

impl Printer {
    fn write_padding(&mut self, n: usize) {
        let c = if self.f.zero && !self.f.minus {
            '0'
        } else {
            ' '
        };
        for _ in 0..n {
            self.buf.push(c);
        }
    }

    /// Go's `fmt.pad`/`padString`: width counts runes.
    fn pad(&mut self, s: &str) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.push_str(s);
            return;
        }
        let n = s.chars().count();
        let width = self.f.wid.saturating_sub(n);
        if !self.f.minus {
            self.write_padding(width);
            self.buf.push_str(s);
        } else {
            self.buf.push_str(s);
            self.write_padding(width);
        }
    }

    fn pad_no_zero(&mut self, s: &str) {
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(s);
        self.f.zero = old;
    }

    fn truncate<'a>(&self, s: &'a str) -> &'a str {
        if self.f.prec_present {
            if let Some((i, _)) = s.char_indices().nth(self.f.prec) {
                return &s[..i];
            }
        }
        s
    }

    fn fmt_s(&mut self, s: &str) {
        let s = self.truncate(s);
        self.pad(s);
    }

    fn fmt_q(&mut self, s: &str) {
        let s = self.truncate(s);
        // Escaped bytes ([`crate::gostr`]) are quoted as the bytes they stand for.
        let text = match crate::gostr::to_text(s) {
            Ok(text) => text,
            Err(b) => {
                let q = if self.f.plus {
                    strconv::quote_to_ascii(&b)
                } else {
                    strconv::quote_bytes(&b)
                };
                self.pad(&q);
                return;
            }
        };
        if self.f.sharp && strconv::can_backquote(&text) {
            // The original text, escaped as template text is.
            let q = format!("`{s}`");
            self.pad(&q);
            return;
        }
        let q = if self.f.plus {
            strconv::quote_to_ascii(text.as_bytes())
        } else {
            strconv::quote(&text)
        };
        self.pad(&q);
    }

    fn fmt_q_bytes(&mut self, b: &[u8]) {
        self.fmt_q(&crate::gostr::from_bytes(b));
    }

    /// Go's `fmtSbx`: hex encoding of string or byte contents.
    fn fmt_sbx(&mut self, b: &[u8], digits: &[u8; 17]) {
        let mut length = b.len();
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(self.f.wid - width);
        }
        if self.f.sharp {
            self.buf.push('0');
            self.buf.push(digits[16] as char);
        }
        for (i, c) in b[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(' ');
                if self.f.sharp {
                    self.buf.push('0');
                    self.buf.push(digits[16] as char);
                }
            }
            self.buf.push(digits[(c >> 4) as usize] as char);
            self.buf.push(digits[(c & 0xf) as usize] as char);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(self.f.wid - width);
        }
    }

    /// Go's `fmt.fmtInteger`.
    fn fmt_integer(&mut self, u: u64, base: u64, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative {
            (u as i64).unsigned_abs()
        } else {
            u
        };
        let mut prec = 0usize;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let old = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = old;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        let mut rev: Vec<u8> = Vec::with_capacity(24);
        loop {
            rev.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while rev.len() < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => {
                    rev.push(b'b');
                    rev.push(b'0');
                }
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.push(b'o');
            rev.push(b'0');
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        let s = String::from_utf8(rev).unwrap_or_default();
        self.pad_no_zero(&s);
    }

    fn fmt_c(&mut self, c: u64) {
        let r = char::from_u32(c.min(u32::MAX as u64) as u32).unwrap_or('\u{fffd}');
        let mut s = String::new();
        crate::gostr::push_char(&mut s, r);
        self.pad(&s);
    }

    fn fmt_qc(&mut self, c: u64) {
        let r = char::from_u32(c.min(u32::MAX as u64) as u32).unwrap_or('\u{fffd}');
        let s = if self.f.plus {
            strconv::quote_rune_to_ascii(r)
        } else {
            strconv::quote_rune(r)
        };
        self.pad(&s);
    }

    fn fmt_unicode(&mut self, u: u64) {
        let prec = if self.f.prec_present && self.f.prec > 4 {
            self.f.prec
        } else {
            4
        };
        let mut s = format!("U+{:0width$X}", u, width = prec);
        if self.f.sharp && u <= 0x10ffff {
            if let Some(r) = char::from_u32(u as u32) {
                if strconv::is_print(r) {
                    s.push_str(" '");
                    s.push(r);
                    s.push('\'');
                }
            }
        }
        self.pad_no_zero(&s);
    }

    fn fmt_int_verb(&mut self, v: i64, verb: char, arg: &Value) {
        let u = v as u64;
        match verb {
            'v' | 'd' => self.fmt_integer(u, 10, true, verb, LDIGITS),
            'b' => self.fmt_integer(u, 2, true, verb, LDIGITS),
            'o' | 'O' => self.fmt_integer(u, 8, true, verb, LDIGITS),
            'x' => self.fmt_integer(u, 16, true, verb, LDIGITS),
            'X' => self.fmt_integer(u, 16, true, verb, UDIGITS),
            'c' => self.fmt_c(u),
            'q' => self.fmt_qc(u),
            'U' => self.fmt_unicode(u),
            _ => self.bad_verb(verb, arg),
        }
    }

    /// Go's `fmt.fmtFloat` with the precision `prec` used when none was given.
    fn fmt_float(&mut self, v: f64, verb: char, prec: i32) {
        let prec = if self.f.prec_present {
            self.f.prec as i32
        } else {
            prec
        };
        let body = match verb {
            'b' => format_float_b(v),
            'x' | 'X' => format_float_x(v, prec, verb == 'X'),
            _ => strconv::format_float(v, verb, prec, 64),
        };
        let mut num = if body.starts_with('-') || body.starts_with('+') {
            body
        } else {
            format!("+{body}")
        };
        if self.f.space && num.starts_with('+') && !self.f.plus {
            num.replace_range(0..1, " ");
        }
        let second = num.as_bytes().get(1).copied();
        if second == Some(b'I') || second == Some(b'N') {
            let old = self.f.zero;
            self.f.zero = false;
            if second == Some(b'N') && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old;
            return;
        }
        if self.f.sharp && verb != 'b' {
            let mut digits: i32 = 0;
            if matches!(verb, 'v' | 'g' | 'G' | 'x') {
                digits = prec;
                if digits == -1 {
                    digits = 6;
                }
            }
            let mut tail = String::new();
            let bytes: Vec<u8> = num.bytes().collect();
            let mut head_end = bytes.len();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < bytes.len() {
                let c = bytes[i];
                match c {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail = num[i..].to_string();
                        head_end = i;
                        break;
                    }
                    b'e' | b'E' if verb != 'x' && verb != 'X' => {
                        tail = num[i..].to_string();
                        head_end = i;
                        break;
                    }
                    _ => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            num.truncate(head_end);
            if !has_point {
                if num.len() == 2 && num.as_bytes()[1] == b'0' {
                    digits -= 1;
                }
                num.push('.');
            }
            while digits > 0 {
                num.push('0');
                digits -= 1;
            }
            num.push_str(&tail);
        }
        if self.f.plus || !num.starts_with('+') {
            let n = num.chars().count();
            if self.f.zero && !self.f.minus && self.f.wid_present && self.f.wid > n {
                let sign = num.remove(0);
                self.buf.push(sign);
                self.write_padding(self.f.wid - n);
                self.buf.push_str(&num);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    fn fmt_float_verb(&mut self, v: f64, verb: char, arg: &Value) {
        match verb {
            'v' => self.fmt_float(v, 'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float(v, verb, -1),
            'f' | 'e' | 'E' => self.fmt_float(v, verb, 6),
            'F' => self.fmt_float(v, 'f', 6),
            _ => self.bad_verb(verb, arg),
        }
    }

    /// Go's `fmtComplex`: `(re+imi)`, each part printed as a float with the verb, the
    /// imaginary part always signed.
    fn fmt_complex(&mut self, re: f64, im: f64, verb: char, arg: &Value) {
        if !matches!(
            verb,
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E'
        ) {
            self.bad_verb(verb, arg);
            return;
        }
        let old_plus = self.f.plus;
        self.buf.push('(');
        self.fmt_float_verb(re, verb, arg);
        self.f.plus = true;
        self.fmt_float_verb(im, verb, arg);
        self.buf.push_str("i)");
        self.f.plus = old_plus;
    }

    fn fmt_string_verb(&mut self, s: &str, verb: char, arg: &Value) {
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.fmt_q(s)
                } else {
                    self.fmt_s(s)
                }
            }
            's' => self.fmt_s(s),
            'x' => self.fmt_sbx(&crate::gostr::to_bytes(s), LDIGITS),
            'X' => self.fmt_sbx(&crate::gostr::to_bytes(s), UDIGITS),
            'q' => self.fmt_q(s),
            _ => self.bad_verb(verb, arg),
        }
    }

    fn fmt_bytes(&mut self, b: &[u8], verb: char, arg: &Value, depth: usize) {
        match verb {
            'v' | 'd' => {
                if self.f.sharp_v {
                    self.buf.push_str("[]byte{");
                    for (i, c) in b.iter().enumerate() {
                        if i > 0 {
                            self.buf.push_str(", ");
                        }
                        self.fmt_0x64(*c as u64, true);
                    }
                    self.buf.push('}');
                } else {
                    self.buf.push('[');
                    for (i, c) in b.iter().enumerate() {
                        if i > 0 {
                            self.buf.push(' ');
                        }
                        self.fmt_integer(*c as u64, 10, false, verb, LDIGITS);
                    }
                    self.buf.push(']');
                }
            }
            's' => {
                // Go writes the raw bytes (kept escaped in the text).
                let s = crate::gostr::from_bytes(b);
                self.fmt_s(&s);
            }
            'x' => self.fmt_sbx(b, LDIGITS),
            'X' => self.fmt_sbx(b, UDIGITS),
            'q' => self.fmt_q_bytes(b),
            _ => {
                // Go prints the slice element by element (each a uint8).
                let _ = arg;
                self.buf.push('[');
                for (i, c) in b.iter().enumerate() {
                    if i > 0 {
                        self.buf.push(' ');
                    }
                    self.print_uint8(*c, verb, depth + 1);
                }
                self.buf.push(']');
            }
        }
    }

    fn print_uint8(&mut self, c: u8, verb: char, _depth: usize) {
        let u = c as u64;
        match verb {
            'v' | 'd' => self.fmt_integer(u, 10, false, verb, LDIGITS),
            'b' => self.fmt_integer(u, 2, false, verb, LDIGITS),
            'o' | 'O' => self.fmt_integer(u, 8, false, verb, LDIGITS),
            'x' => self.fmt_integer(u, 16, false, verb, LDIGITS),
            'X' => self.fmt_integer(u, 16, false, verb, UDIGITS),
            'c' => self.fmt_c(u),
            'q' => self.fmt_qc(u),
            'U' => self.fmt_unicode(u),
            _ => {
                self.buf.push_str("%!");
                self.buf.push(verb);
                self.buf.push_str("(uint8=");
                self.fmt_integer(u, 10, false, 'v', LDIGITS);
                self.buf.push(')');
            }
        }
    }

    fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading0x;
        self.fmt_integer(v, 16, false, 'v', LDIGITS);
        self.f.sharp = sharp;
    }

    fn bad_verb(&mut self, verb: char, arg: &Value) {
        self.buf.push_str("%!");
        self.buf.push(verb);
        self.buf.push('(');
        match arg {
            Value::Nil => self.buf.push_str("<nil>"),
            _ => {
                self.buf.push_str(&type_name(arg));
                self.buf.push('=');
                self.print_value(arg, 'v', 0);
            }
        }
        self.buf.push(')');
    }

    /// Go's `printArg`.
    fn print_arg(&mut self, arg: &Value, verb: char) {
        if let Value::Nil = arg {
            match verb {
                'T' | 'v' => self.pad("<nil>"),
                _ => self.bad_verb(verb, arg),
            }
            return;
        }
        if verb == 'T' {
            let t = type_name(arg);
            self.fmt_s(&t);
            return;
        }
        if verb == 'p' {
            self.bad_verb(verb, arg);
            return;
        }
        self.print_value(arg, verb, 0);
    }

    /// Go's `printValue` (and the simple cases of `printArg`).
    fn print_value(&mut self, v: &Value, verb: char, depth: usize) {
        match v {
            Value::Nil => {
                if depth == 0 {
                    self.print_arg(v, verb);
                } else if self.f.sharp_v {
                    self.buf.push_str("interface {}(nil)");
                } else {
                    self.buf.push_str("<nil>");
                }
            }
            Value::Bool(b) => match verb {
                't' | 'v' => self.pad(if *b { "true" } else { "false" }),
                _ => self.bad_verb(verb, v),
            },
            Value::Int(i) | Value::Int64(i) => self.fmt_int_verb(*i, verb, v),
            Value::Float(f) => self.fmt_float_verb(*f, verb, v),
            Value::String(s) => self.fmt_string_verb(s, verb, v),
            Value::Bytes(b) => self.fmt_bytes(b, verb, v, depth),
            Value::List(l) => {
                if self.f.sharp_v {
                    self.buf.push_str(&v.go_type().to_string());
                    self.buf.push('{');
                    for (i, item) in l.items.iter().enumerate() {
                        if i > 0 {
                            self.buf.push_str(", ");
                        }
                        self.print_value(item, verb, depth + 1);
                    }
                    self.buf.push('}');
                } else {
                    self.buf.push('[');
                    for (i, item) in l.items.iter().enumerate() {
                        if i > 0 {
                            self.buf.push(' ');
                        }
                        self.print_value(item, verb, depth + 1);
                    }
                    self.buf.push(']');
                }
            }
            Value::Map(m) => {
                let entries: Vec<(String, Value)> = m
                    .borrow()
                    .go_order()
                    .into_iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                if self.f.sharp_v {
                    self.buf.push_str(&v.go_type().to_string());
                    self.buf.push('{');
                } else {
                    self.buf.push_str("map[");
                }
                for (i, (k, val)) in entries.iter().enumerate() {
                    if i > 0 {
                        if self.f.sharp_v {
                            self.buf.push_str(", ");
                        } else {
                            self.buf.push(' ');
                        }
                    }
                    let key = Value::str(k.as_str());
                    self.print_value(&key, verb, depth + 1);
                    self.buf.push(':');
                    self.print_value(val, verb, depth + 1);
                }
                self.buf.push(if self.f.sharp_v { '}' } else { ']' });
            }
            Value::Object(_) if as_complex(v).is_some() => {
                let (re, im) = as_complex(v).unwrap_or_default();
                self.fmt_complex(re, im, verb, v);
            }
            Value::Object(o) if self.f.sharp_v && o.go_string().is_some() => {
                let s = o.go_string().unwrap_or_default();
                self.fmt_s(&s);
            }
            Value::Object(o) if o.struct_fields().is_some() => {
                let fields = o.struct_fields().unwrap_or_default();
                if o.kind() == "ptr" {
                    self.buf.push('&');
                }
                if self.f.sharp_v {
                    self.buf.push_str(o.type_name().trim_start_matches('*'));
                }
                self.buf.push('{');
                for (i, (name, field)) in fields.iter().enumerate() {
                    if i > 0 {
                        self.buf.push_str(if self.f.sharp_v { ", " } else { " " });
                    }
                    if self.f.plus_v || self.f.sharp_v {
                        self.buf.push_str(name);
                        self.buf.push(':');
                    }
                    self.print_value(field, verb, depth + 1);
                }
                self.buf.push('}');
            }
            Value::Object(o) => match verb {
                'v' | 's' => {
                    let s = o.format();
                    self.fmt_s(&s);
                }
                'q' => {
                    let s = o.format();
                    self.fmt_q(&s);
                }
                'x' => {
                    let s = o.format();
                    self.fmt_sbx(s.as_bytes(), LDIGITS);
                }
                'X' => {
                    let s = o.format();
                    self.fmt_sbx(s.as_bytes(), UDIGITS);
                }
                _ => {
                    self.buf.push_str("%!");
                    self.buf.push(verb);
                    self.buf.push('(');
                    self.buf.push_str(o.type_name());
                    self.buf.push('=');
                    self.buf.push_str(&o.format());
                    self.buf.push(')');
                }
            },
        }
    }

    /// Go's `intFromArg`: (value, ok, new arg index).
    fn int_from_arg(args: &[Value], arg_num: usize) -> (i64, bool, usize) {
        let mut new = arg_num;
        let mut num = 0i64;
        let mut is_int = false;
        if arg_num < args.len() {
            if let Value::Int(i) | Value::Int64(i) = &args[arg_num] {
                num = *i;
                is_int = true;
            }
            new = arg_num + 1;
            if too_large(num) {
                num = 0;
                is_int = false;
            }
        }
        (num, is_int, new)
    }

    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// Go's `doPrintf`.
    fn do_printf(&mut self, format: &str, a: &[Value]) {
        let fb = format.as_bytes();
        let end = fb.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0usize;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && fb[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.push_str(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.f = Flags::default();
            // Flags and the fast path.
            while i < end {
                let c = fb[i];
                match c {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = true,
                    b'+' => self.f.plus = true,
                    b'-' => self.f.minus = true,
                    b' ' => self.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < a.len() {
                            if c == b'v' {
                                self.f.sharp_v = self.f.sharp;
                                self.f.sharp = false;
                                self.f.plus_v = self.f.plus;
                                self.f.plus = false;
                            }
                            self.print_arg(&a[arg_num], c as char);
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        break;
                    }
                }
                i += 1;
            }

            let r = self.arg_number(arg_num, fb, i, a.len());
            arg_num = r.0;
            i = r.1;
            after_index = r.2;

            // Width.
            if i < end && fb[i] == b'*' {
                i += 1;
                let (w, ok, n) = Self::int_from_arg(a, arg_num);
                arg_num = n;
                self.f.wid_present = ok;
                if !ok {
                    self.buf.push_str("%!(BADWIDTH)");
                }
                if w < 0 {
                    self.f.wid = w.unsigned_abs() as usize;
                    self.f.minus = true;
                    self.f.zero = false;
                } else {
                    self.f.wid = w as usize;
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parsenum(fb, i, end);
                self.f.wid = w;
                self.f.wid_present = ok;
                i = ni;
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }

            // Precision.
            if i + 1 < end && fb[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                let r = self.arg_number(arg_num, fb, i, a.len());
                arg_num = r.0;
                i = r.1;
                after_index = r.2;
                if i < end && fb[i] == b'*' {
                    i += 1;
                    let (p, ok, n) = Self::int_from_arg(a, arg_num);
                    arg_num = n;
                    self.f.prec_present = ok;
                    if p < 0 {
                        self.f.prec = 0;
                        self.f.prec_present = false;
                    } else {
                        self.f.prec = p as usize;
                    }
                    if !self.f.prec_present {
                        self.buf.push_str("%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, ok, ni) = parsenum(fb, i, end);
                    i = ni;
                    self.f.prec = p;
                    self.f.prec_present = true;
                    if !ok {
                        self.f.prec = 0;
                    }
                }
            }

            if !after_index {
                let r = self.arg_number(arg_num, fb, i, a.len());
                arg_num = r.0;
                i = r.1;
            }

            if i >= end {
                self.buf.push_str("%!(NOVERB)");
                break;
            }

            let verb = format[i..].chars().next().unwrap_or('?');
            i += verb.len_utf8();

            if verb == '%' {
                self.buf.push('%');
            } else if !self.good_arg_num {
                self.buf.push_str("%!");
                self.buf.push(verb);
                self.buf.push_str("(BADINDEX)");
            } else if arg_num >= a.len() {
                self.buf.push_str("%!");
                self.buf.push(verb);
                self.buf.push_str("(MISSING)");
            } else {
                if verb == 'v' {
                    self.f.sharp_v = self.f.sharp;
                    self.f.sharp = false;
                    self.f.plus_v = self.f.plus;
                    self.f.plus = false;
                }
                self.print_arg(&a[arg_num], verb);
                arg_num += 1;
            }
        }

        if !self.reordered && arg_num < a.len() {
            self.f = Flags::default();
            self.buf.push_str("%!(EXTRA ");
            for (i, arg) in a[arg_num..].iter().enumerate() {
                if i > 0 {
                    self.buf.push_str(", ");
                }
                if let Value::Nil = arg {
                    self.buf.push_str("<nil>");
                } else {
                    self.buf.push_str(&type_name(arg));
                    self.buf.push('=');
                    self.print_arg(arg, 'v');
                }
            }
            self.buf.push(')');
        }
    }
}

/// `strconv.FormatFloat(v, 'b', -1, 64)`: `mantissa p exponent`.
fn format_float_b(v: f64) -> String {
    let bits = v.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    let e = if exp == 0 {
        -1074
    } else {
        mant |= 1u64 << 52;
        exp - 1075
    };
    format!(
        "{}{}p{}{}",
        if neg { "-" } else { "" },
        mant,
        if e >= 0 { "+" } else { "" },
        e
    )
}

/// `strconv.FormatFloat(v, 'x', prec, 64)`: `-0x1.8p+01` style.
fn format_float_x(v: f64, prec: i32, upper: bool) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let bits = v.to_bits();
    let neg = bits >> 63 != 0;
    let bexp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    let mut exp: i64;
    if bexp == 0 {
        exp = -1074;
    } else {
        mant |= 1u64 << 52;
        exp = bexp - 1075;
    }
    // Normalise so that the leading 1 sits at bit 60 (Go's layout).
    if mant == 0 {
        exp = 0;
    } else {
        let shift = 60 - (63 - mant.leading_zeros() as i64);
        if shift >= 0 {
            mant <<= shift;
        } else {
            mant >>= -shift;
        }
        exp -= shift;
        // The mantissa is now 1.xxx × 2^60; the value is mant × 2^exp.
        exp += 60;
    }
    // Round to prec hex digits (each 4 bits) after the point.
    if (0..15).contains(&prec) {
        let shift = 60 - 4 * prec as u32;
        let extra = mant & ((1u64 << shift) - 1);
        mant >>= shift;
        let half = 1u64 << (shift - 1);
        if extra > half || (extra == half && mant & 1 == 1) {
            mant += 1;
        }
        mant <<= shift;
        if mant >> 61 != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let digits: &[u8] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push('0');
    out.push(if upper { 'X' } else { 'x' });
    out.push((b'0' + ((mant >> 60) & 1) as u8) as char);
    let mut frac_digits = String::new();
    let mut m = mant & ((1u64 << 60) - 1);
    if prec < 0 {
        while m != 0 {
            frac_digits.push(digits[((m >> 56) & 0xf) as usize] as char);
            m = (m << 4) & ((1u64 << 60) - 1);
        }
    } else {
        for _ in 0..prec {
            frac_digits.push(digits[((m >> 56) & 0xf) as usize] as char);
            m = (m << 4) & ((1u64 << 60) - 1);
        }
    }
    if !frac_digits.is_empty() {
        out.push('.');
        out.push_str(&frac_digits);
    }
    out.push(if upper { 'P' } else { 'p' });
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
    out
}
