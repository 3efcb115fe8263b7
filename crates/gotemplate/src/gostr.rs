//! Go strings are bytes; a [`crate::Value::String`] is Rust text. Bytes that are not UTF-8 are
//! kept inside the text losslessly, the way Python's `surrogateescape` does, with code points
//! Rust allows: byte `0x80 + n` becomes U+10FF80 + n (the last 128 code points of plane 16,
//! private use). A real occurrence of one of those code points is stored as its own four
//! UTF-8 bytes, each escaped, so every text maps back to exactly one byte string.
//!
//! Text functions work on the escaped text (one escaped byte is one rune, as Go's range over a
//! string sees an invalid byte); the edges that need bytes decode it: the template output,
//! `len`, byte-oriented functions, `%q`/`%x`, and the JSON encoder (Go writes `\ufffd` for each
//! invalid byte). [`lossy`] is what Go's rune-rebuilding functions (`strings.Map`,
//! `ToUpper`, `json.Marshal` followed by a decode) produce: U+FFFD for each invalid byte.

use std::borrow::Cow;

/// The first code point used for an escaped byte (byte 0x80).
const BASE: u32 = 0x10FF00;
/// UTF-8 of U+10FF80..=U+10FFFF starts with these two bytes, then 0xBE or 0xBF.
const LEAD: [u8; 2] = [0xF4, 0x8F];

fn escaped(b: u8) -> char {
    char::from_u32(BASE + u32::from(b)).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// Whether `c` stands for one byte.
pub fn is_escape(c: char) -> bool {
    (c as u32) >= BASE + 0x80
}

/// Whether `s` holds escaped bytes (or escaped real code points). Only code points from
/// U+100000 start with 0xF4, so most texts are cleared by one fast byte search.
pub fn has_escapes(s: &str) -> bool {
    let b = s.as_bytes();
    if !b.contains(&LEAD[0]) {
        return false;
    }
    b.windows(3)
        .any(|w| w[..2] == LEAD && (w[2] == 0xBE || w[2] == 0xBF))
}

/// The template text of `s`, Rust text from outside the engine (values, files, chart
/// metadata): the same as `s` unless it holds real U+10FF80..U+10FFFF characters, which are
/// escaped byte by byte so that they stay themselves (see the module documentation).
pub fn from_text(s: &str) -> Cow<'_, str> {
    if !has_escapes(s) {
        return Cow::Borrowed(s);
    }
    from_bytes(s.as_bytes())
}

/// The escaped form of one byte that is not part of valid UTF-8.
pub fn escape_byte(b: u8) -> char {
    escaped(b)
}

/// The byte an escape character stands for, if `c` is one.
pub fn escaped_byte(c: char) -> Option<u8> {
    is_escape(c).then(|| (c as u32 - BASE) as u8)
}

/// Appends the character `c`, produced inside the engine (`printf "%c"`), to the template
/// text `out`: escaped when it is one of the code points escapes use.
pub fn push_char(out: &mut String, c: char) {
    if is_escape(c) {
        let mut buf = [0u8; 4];
        for byte in c.encode_utf8(&mut buf).bytes() {
            out.push(escaped(byte));
        }
    } else {
        out.push(c);
    }
}

/// The text of the Go string `b`.
pub fn from_bytes(b: &[u8]) -> Cow<'_, str> {
    if let Ok(s) = std::str::from_utf8(b) {
        if !has_escapes(s) {
            return Cow::Borrowed(s);
        }
    }
    let mut out = String::with_capacity(b.len() + 8);
    for chunk in b.utf8_chunks() {
        for c in chunk.valid().chars() {
            push_char(&mut out, c);
        }
        for &byte in chunk.invalid() {
            out.push(escaped(byte));
        }
    }
    Cow::Owned(out)
}

/// The bytes of the Go string whose text is `s`.
pub fn to_bytes(s: &str) -> Cow<'_, [u8]> {
    if !has_escapes(s) {
        return Cow::Borrowed(s.as_bytes());
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if is_escape(c) {
            out.push((c as u32 - BASE) as u8);
        } else {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    Cow::Owned(out)
}

/// Go's order of the strings whose texts are `a` and `b`: by their bytes, where an escaped
/// byte sorts as the byte itself (0x80..=0xFF), not as the code point that carries it. The
/// same as the texts' own order when neither holds escapes.
pub fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
    if !has_escapes(a) && !has_escapes(b) {
        return a.cmp(b);
    }
    to_bytes(a).cmp(&to_bytes(b))
}

/// The bytes of `s` as UTF-8 text: `Ok` when they are valid (escapes of bytes that join into
/// valid sequences become those characters), else the bytes.
pub fn to_text(s: &str) -> Result<Cow<'_, str>, Vec<u8>> {
    match to_bytes(s) {
        Cow::Borrowed(_) => Ok(Cow::Borrowed(s)),
        Cow::Owned(b) => String::from_utf8(b)
            .map(Cow::Owned)
            .map_err(|e| e.into_bytes()),
    }
}

/// `s` with each byte that is not part of valid UTF-8 replaced by U+FFFD, as Go's rune loops
/// (`for _, r := range s`) rebuild a string; still a template text (escaped).
pub fn lossy(s: &str) -> Cow<'_, str> {
    if !has_escapes(s) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(from_bytes(lossy_bytes(&to_bytes(s)).as_bytes()).into_owned())
}

/// [`lossy`] as plain Rust text, for what leaves the template engine (JSON values, notes).
pub fn lossy_text(s: &str) -> Cow<'_, str> {
    match to_text(s) {
        Ok(t) => t,
        Err(b) => Cow::Owned(lossy_bytes(&b)),
    }
}

/// [`lossy`] of raw bytes: one U+FFFD per invalid byte (Go's `utf8.DecodeRune` width 1).
pub fn lossy_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 8);
    for chunk in b.utf8_chunks() {
        out.push_str(chunk.valid());
        for _ in chunk.invalid() {
            out.push(char::REPLACEMENT_CHARACTER);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip_through_text() {
        let cases: &[&[u8]] = &[
            b"plain",
            b"a\xffb",
            b"\xc3(",
            b"\xed\xa0\x80",
            "\u{10FF80}x\u{10FFFF}".as_bytes(),
            b"\xf4\x8f\xbe",
            "é\u{FFFD}".as_bytes(),
        ];
        for b in cases {
            let t = from_bytes(b);
            assert_eq!(&*to_bytes(&t), *b, "{t:?}");
        }
        assert!(matches!(from_bytes(b"plain"), Cow::Borrowed(_)));
        // One escape character per invalid byte.
        assert_eq!(from_bytes(b"a\xffb").chars().count(), 3);
        // A real U+10FF80 is four escaped bytes.
        assert_eq!(from_bytes("\u{10FF80}".as_bytes()).chars().count(), 4);
    }

    #[test]
    fn text_from_outside_keeps_real_escape_code_points() {
        let real = "a\u{10FFFF}b";
        let t = from_text(real);
        assert_eq!(t.chars().count(), 6);
        assert_eq!(&*to_bytes(&t), real.as_bytes());
        assert!(matches!(from_text("plain é"), Cow::Borrowed(_)));
        let mut out = String::new();
        push_char(&mut out, '\u{10FF80}');
        push_char(&mut out, 'x');
        assert_eq!(to_text(&out).unwrap(), "\u{10FF80}x");
        assert_eq!(escaped_byte(escape_byte(0xfe)), Some(0xfe));
        assert_eq!(escaped_byte('x'), None);
    }

    #[test]
    fn escaped_bytes_that_join_become_text() {
        let joined = format!("{}{}", from_bytes(b"\xc3"), from_bytes(b"\xa9"));
        assert_eq!(to_text(&joined).unwrap(), "é");
        assert_eq!(to_text(&from_bytes(b"a\xff")).unwrap_err(), b"a\xff");
    }

    #[test]
    fn lossy_replaces_each_invalid_byte() {
        assert_eq!(
            lossy_text(&from_bytes(b"a\xf0\x90\x80b")),
            "a\u{FFFD}\u{FFFD}\u{FFFD}b"
        );
        assert_eq!(lossy("ok"), "ok");
        // A real U+10FF80 stays escaped in the template text, and plain in the Rust text.
        let real = format!(
            "{}{}",
            from_bytes("\u{10FF80}".as_bytes()),
            from_bytes(b"\xff")
        );
        assert_eq!(to_bytes(&lossy(&real)), "\u{10FF80}\u{FFFD}".as_bytes());
        assert_eq!(lossy_text(&real), "\u{10FF80}\u{FFFD}");
    }

    #[test]
    fn order_is_go_byte_order() {
        use std::cmp::Ordering::{Greater, Less};
        let (b80, bff) = (from_bytes(b"\x80"), from_bytes(b"\xff"));
        // Byte 0x80 sorts before é (0xc3 0xa9) and U+10000 (0xf0 ...), though its escape
        // code point sorts after them.
        assert_eq!(cmp(&b80, "é"), Less);
        assert_eq!(cmp(&b80, "\u{10000}"), Less);
        assert_eq!("\u{10000}".cmp(&*b80), Less);
        // 0xff sorts after every UTF-8 byte; U+10FFFF (0xf4 ...; escaped byte by byte in
        // template text) before it.
        assert_eq!(cmp(&bff, &from_text("\u{10FFFF}")), Greater);
        assert_eq!(cmp(&bff, &b80), Greater);
        assert_eq!(cmp("a", "b"), Less);
    }
}
