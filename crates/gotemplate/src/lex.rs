//! Lexer: Go text/template's tokens, trim markers, comments and delimiters.
//!
//! The lexer follows Go's `text/template/parse` lexer state by state, so that token boundaries,
//! line numbers and error texts come out as Go produces them. It runs ahead of the parser
//! lazily, one item at a time.

use std::borrow::Cow;
use std::fmt;

/// The kind of a lexical item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemType {
    /// An error; the value is its text.
    Error,
    /// `true` or `false`.
    Bool,
    /// A printable ASCII character not otherwise recognised (such as `,`).
    Char,
    /// A character constant (`'a'`).
    CharConstant,
    /// A comment (`{{/* … */}}`).
    Comment,
    /// A complex constant (`1+2i`).
    Complex,
    /// `=`
    Assign,
    /// `:=`
    Declare,
    /// The end of the input.
    Eof,
    /// A field name starting with `.` (`.Field`).
    Field,
    /// An identifier: a function or keyword name.
    Identifier,
    /// The left delimiter (`{{`), trim marker included.
    LeftDelim,
    /// `(`
    LeftParen,
    /// A number constant.
    Number,
    /// `|`
    Pipe,
    /// A raw string (`` `…` ``).
    RawString,
    /// The right delimiter (`}}`), trim marker included.
    RightDelim,
    /// `)`
    RightParen,
    /// A run of spaces.
    Space,
    /// A quoted string, quotes included.
    String,
    /// Plain text outside actions.
    Text,
    /// A variable name starting with `$`.
    Variable,
    // Keywords.
    /// The `block` keyword.
    Block,
    /// The `break` keyword.
    Break,
    /// The `continue` keyword.
    Continue,
    /// The cursor, `.`.
    Dot,
    /// The `define` keyword.
    Define,
    /// The `else` keyword.
    Else,
    /// The `end` keyword.
    End,
    /// The `if` keyword.
    If,
    /// The untyped `nil`.
    Nil,
    /// The `range` keyword.
    Range,
    /// The `template` keyword.
    Template,
    /// The `with` keyword.
    With,
}

impl ItemType {
    /// Whether the item is a keyword (Go prints these as `<word>`).
    pub fn is_keyword(self) -> bool {
        matches!(
            self,
            ItemType::Block
                | ItemType::Break
                | ItemType::Continue
                | ItemType::Dot
                | ItemType::Define
                | ItemType::Else
                | ItemType::End
                | ItemType::If
                | ItemType::Nil
                | ItemType::Range
                | ItemType::Template
                | ItemType::With
        )
    }
}

fn keyword(word: &str) -> Option<ItemType> {
    Some(match word {
        "." => ItemType::Dot,
        "block" => ItemType::Block,
        "break" => ItemType::Break,
        "continue" => ItemType::Continue,
        "define" => ItemType::Define,
        "else" => ItemType::Else,
        "end" => ItemType::End,
        "if" => ItemType::If,
        "range" => ItemType::Range,
        "nil" => ItemType::Nil,
        "template" => ItemType::Template,
        "with" => ItemType::With,
        _ => return None,
    })
}

/// A token or text string returned by the lexer. Its text borrows the input (only error
/// items own theirs), so handing tokens around the parser copies no text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item<'a> {
    /// What kind of item this is.
    pub typ: ItemType,
    /// Byte offset of the item in the input.
    pub pos: usize,
    /// The item's text as it appears in the input (an error item's message).
    pub val: Cow<'a, str>,
    /// Line number (1-based) at the start of the item.
    pub line: usize,
}

impl Item<'_> {
    fn empty() -> Self {
        Item {
            typ: ItemType::Eof,
            pos: 0,
            val: Cow::Borrowed(""),
            line: 0,
        }
    }
}

impl fmt::Display for Item<'_> {
    /// Go's `item.String()`, used in parse error texts.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.typ {
            ItemType::Eof => f.write_str("EOF"),
            ItemType::Error => f.write_str(&self.val),
            t if t.is_keyword() => write!(f, "<{}>", self.val),
            _ => {
                if self.val.chars().count() > 10 {
                    let head: String = self.val.chars().take(10).collect();
                    write!(f, "{}...", go_quote(&head))
                } else {
                    f.write_str(&go_quote(&self.val))
                }
            }
        }
    }
}

/// Go's `strconv.Quote`, for token texts in error messages.
pub(crate) fn go_quote(s: &str) -> String {
    gostd::strconv::quote(s)
}

fn is_go_print(c: char) -> bool {
    gostd::strconv::is_print(c)
}

/// Go's `%#U` of a rune: `U+002D '-'`.
pub(crate) fn sharp_u(r: char) -> String {
    if is_go_print(r) {
        format!("U+{:04X} '{}'", r as u32, r)
    } else {
        format!("U+{:04X}", r as u32)
    }
}

const TRIM_MARKER: u8 = b'-';
const TRIM_MARKER_LEN: usize = 2;
const LEFT_COMMENT: &str = "/*";
const RIGHT_COMMENT: &str = "*/";

/// How many line feeds `s` holds: a byte count the compiler vectorizes, where a `char`
/// pattern search steps from one line feed to the next.
pub(crate) fn newlines(s: &str) -> usize {
    s.bytes().filter(|&b| b == b'\n').count()
}

/// Whether `rest` begins with `delim`. The usual two-byte delimiters are compared byte by
/// byte: a slice comparison calls `memcmp`, and the lexer asks at every step of an action.
fn starts_with_delim(rest: &[u8], delim: &[u8]) -> bool {
    match (rest, delim) {
        ([a, b, ..], [x, y]) => a == x && b == y,
        (_, [_, _]) => false,
        _ => rest.starts_with(delim),
    }
}

/// Where `delim` (a delimiter or `*/`) first starts in `hay`: its first byte found with
/// `memchr`, then the rest compared; a general substring search costs more to set up than most
/// texts and comments are long.
fn find_delim(hay: &[u8], delim: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = memchr::memchr(delim[0], &hay[from..]) {
        let at = from + i;
        if starts_with_delim(&hay[at..], delim) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

fn is_space_byte(b: u8) -> bool {
    b == b' ' || b == b'\t' || b == b'\r' || b == b'\n'
}

fn is_alnum(c: char) -> bool {
    c == '_' || c.is_alphabetic() || is_go_digit(c)
}

/// Go's `unicode.IsDigit` (category Nd). Rust's `is_numeric` also covers Nl and No; exclude
/// the common ones of those.
fn is_go_digit(c: char) -> bool {
    c.is_ascii_digit()
        || (!c.is_ascii()
            && c.is_numeric()
            && !matches!(c as u32, 0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE | 0x2150..=0x218B
                | 0x2460..=0x24FF | 0x2776..=0x2793 | 0x3007 | 0x3021..=0x3029))
}

fn has_left_trim_marker(s: &[u8]) -> bool {
    s.len() >= 2 && s[0] == TRIM_MARKER && is_space_byte(s[1])
}

fn has_right_trim_marker(s: &[u8]) -> bool {
    s.len() >= 2 && is_space_byte(s[0]) && s[1] == TRIM_MARKER
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Text,
    LeftDelim,
    Comment,
    RightDelim,
    InsideAction,
    Space,
    Identifier,
    Field,
    Variable,
    Char,
    Number,
    Quote,
    RawQuote,
}

enum Step<'a> {
    Emit(Item<'a>),
    Next(State),
}

/// The lexer. Call [`Lexer::next_item`] repeatedly; after an error or EOF it keeps returning EOF.
pub struct Lexer<'a> {
    input: &'a str,
    left_delim: &'a str,
    right_delim: &'a str,
    pos: usize,
    start: usize,
    at_eof: bool,
    paren_depth: i32,
    line: usize,
    start_line: usize,
    inside_action: bool,
    finished: bool,
    /// Whether `break` is a keyword (it is unless a function named `break` exists).
    pub break_ok: bool,
    /// Whether `continue` is a keyword.
    pub continue_ok: bool,
}

impl<'a> Lexer<'a> {
    /// A lexer for `input`; empty delimiters mean the defaults `{{` and `}}`.
    pub fn new(input: &'a str, left: &'a str, right: &'a str) -> Lexer<'a> {
        Lexer {
            input,
            left_delim: if left.is_empty() { "{{" } else { left },
            right_delim: if right.is_empty() { "}}" } else { right },
            pos: 0,
            start: 0,
            at_eof: false,
            paren_depth: 0,
            line: 1,
            start_line: 1,
            inside_action: false,
            finished: false,
            break_ok: true,
            continue_ok: true,
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.input.as_bytes()
    }

    fn next(&mut self) -> Option<char> {
        let Some(&b) = self.bytes().get(self.pos) else {
            self.at_eof = true;
            return None;
        };
        // Templates are mostly ASCII: decode a character only when it is not.
        let c = if b.is_ascii() {
            self.pos += 1;
            b as char
        } else {
            let c = self.input[self.pos..].chars().next().unwrap_or('\0');
            self.pos += c.len_utf8();
            c
        };
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn peek(&mut self) -> Option<char> {
        let r = self.next();
        self.backup();
        r
    }

    fn backup(&mut self) {
        if !self.at_eof && self.pos > 0 {
            let b = self.bytes()[self.pos - 1];
            if b.is_ascii() {
                self.pos -= 1;
                if b == b'\n' {
                    self.line -= 1;
                }
            } else if let Some(c) = self.input[..self.pos].chars().next_back() {
                self.pos -= c.len_utf8();
                if c == '\n' {
                    self.line -= 1;
                }
            }
        }
    }

    fn this_item(&mut self, typ: ItemType) -> Item<'a> {
        let it = Item {
            typ,
            pos: self.start,
            val: Cow::Borrowed(&self.input[self.start..self.pos]),
            line: self.start_line,
        };
        self.start = self.pos;
        self.start_line = self.line;
        it
    }

    fn emit(&mut self, typ: ItemType) -> Step<'a> {
        Step::Emit(self.this_item(typ))
    }

    fn ignore(&mut self) {
        self.line += newlines(&self.input[self.start..self.pos]);
        self.start = self.pos;
        self.start_line = self.line;
    }

    fn accept(&mut self, valid: &str) -> bool {
        match self.next() {
            Some(c) if valid.contains(c) => true,
            _ => {
                self.backup();
                false
            }
        }
    }

    fn accept_run(&mut self, valid: &str) {
        loop {
            match self.next() {
                Some(c) if valid.contains(c) => {}
                _ => break,
            }
        }
        self.backup();
    }

    fn errorf(&mut self, msg: String) -> Step<'a> {
        let it = Item {
            typ: ItemType::Error,
            pos: self.start,
            val: Cow::Owned(msg),
            line: self.start_line,
        };
        self.finished = true;
        Step::Emit(it)
    }

    /// Returns the next item. After the input ends (or an error item) it returns EOF items.
    pub fn next_item(&mut self) -> Item<'a> {
        if self.finished {
            return Item {
                typ: ItemType::Eof,
                pos: self.pos,
                val: Cow::Borrowed("EOF"),
                line: self.start_line,
            };
        }
        let mut state = if self.inside_action {
            State::InsideAction
        } else {
            State::Text
        };
        loop {
            let step = match state {
                State::Text => self.lex_text(),
                State::LeftDelim => self.lex_left_delim(),
                State::Comment => self.lex_comment(),
                State::RightDelim => self.lex_right_delim(),
                State::InsideAction => self.lex_inside_action(),
                State::Space => self.lex_space(),
                State::Identifier => self.lex_identifier(),
                State::Field => self.lex_field_or_variable(ItemType::Field),
                State::Variable => self.lex_variable(),
                State::Char => self.lex_char(),
                State::Number => self.lex_number(),
                State::Quote => self.lex_quote(),
                State::RawQuote => self.lex_raw_quote(),
            };
            match step {
                Step::Emit(it) => {
                    if it.typ == ItemType::Eof {
                        self.finished = true;
                    }
                    return it;
                }
                Step::Next(s) => state = s,
            }
        }
    }

    fn lex_text(&mut self) -> Step<'a> {
        if let Some(x) = find_delim(&self.bytes()[self.pos..], self.left_delim.as_bytes()) {
            if x > 0 {
                self.pos += x;
                let delim_end = self.pos + self.left_delim.len();
                let mut trim = 0;
                if has_left_trim_marker(&self.bytes()[delim_end..]) {
                    let text = &self.input[self.start..self.pos];
                    trim = text.len() - text.trim_end_matches(is_space).len();
                }
                self.pos -= trim;
                self.line += newlines(&self.input[self.start..self.pos]);
                let it = self.this_item(ItemType::Text);
                self.pos += trim;
                self.ignore();
                if !it.val.is_empty() {
                    return Step::Emit(it);
                }
            }
            return Step::Next(State::LeftDelim);
        }
        self.pos = self.input.len();
        if self.pos > self.start {
            self.line += newlines(&self.input[self.start..self.pos]);
            return self.emit(ItemType::Text);
        }
        self.emit(ItemType::Eof)
    }

    fn at_right_delim(&self) -> (bool, bool) {
        let rest = &self.bytes()[self.pos..];
        let delim = self.right_delim.as_bytes();
        if has_right_trim_marker(rest) && starts_with_delim(&rest[TRIM_MARKER_LEN..], delim) {
            return (true, true);
        }
        if starts_with_delim(rest, delim) {
            return (true, false);
        }
        (false, false)
    }

    fn lex_left_delim(&mut self) -> Step<'a> {
        self.pos += self.left_delim.len();
        let trim = has_left_trim_marker(&self.bytes()[self.pos..]);
        let after = if trim { TRIM_MARKER_LEN } else { 0 };
        if self.input[self.pos + after..].starts_with(LEFT_COMMENT) {
            self.pos += after;
            self.ignore();
            return Step::Next(State::Comment);
        }
        let it = self.this_item(ItemType::LeftDelim);
        self.inside_action = true;
        self.pos += after;
        self.ignore();
        self.paren_depth = 0;
        Step::Emit(it)
    }

    fn lex_comment(&mut self) -> Step<'a> {
        self.pos += LEFT_COMMENT.len();
        let Some(x) = find_delim(&self.bytes()[self.pos..], RIGHT_COMMENT.as_bytes()) else {
            return self.errorf("unclosed comment".into());
        };
        self.pos += x + RIGHT_COMMENT.len();
        let (delim, trim) = self.at_right_delim();
        if !delim {
            return self.errorf("comment ends before closing delimiter".into());
        }
        self.line += newlines(&self.input[self.start..self.pos]);
        let _ = self.this_item(ItemType::Comment);
        if trim {
            self.pos += TRIM_MARKER_LEN;
        }
        self.pos += self.right_delim.len();
        if trim {
            let rest = &self.input[self.pos..];
            self.pos += rest.len() - rest.trim_start_matches(is_space).len();
        }
        self.ignore();
        Step::Next(State::Text)
    }

    fn lex_right_delim(&mut self) -> Step<'a> {
        let (_, trim) = self.at_right_delim();
        if trim {
            self.pos += TRIM_MARKER_LEN;
            self.ignore();
        }
        self.pos += self.right_delim.len();
        let it = self.this_item(ItemType::RightDelim);
        if trim {
            let rest = &self.input[self.pos..];
            self.pos += rest.len() - rest.trim_start_matches(is_space).len();
            self.ignore();
        }
        self.inside_action = false;
        Step::Emit(it)
    }

    fn lex_inside_action(&mut self) -> Step<'a> {
        let (delim, _) = self.at_right_delim();
        if delim {
            if self.paren_depth == 0 {
                return Step::Next(State::RightDelim);
            }
            return self.errorf("unclosed left paren".into());
        }
        let Some(r) = self.next() else {
            return self.errorf("unclosed action".into());
        };
        match r {
            r if is_space(r) => {
                self.backup();
                Step::Next(State::Space)
            }
            '=' => self.emit(ItemType::Assign),
            ':' => {
                if self.next() != Some('=') {
                    return self.errorf("expected :=".into());
                }
                self.emit(ItemType::Declare)
            }
            '|' => self.emit(ItemType::Pipe),
            '"' => Step::Next(State::Quote),
            '`' => Step::Next(State::RawQuote),
            '$' => Step::Next(State::Variable),
            '\'' => Step::Next(State::Char),
            '.' => {
                if self.pos < self.input.len() {
                    let b = self.bytes()[self.pos];
                    if !b.is_ascii_digit() {
                        return Step::Next(State::Field);
                    }
                }
                self.backup();
                Step::Next(State::Number)
            }
            '+' | '-' | '0'..='9' => {
                self.backup();
                Step::Next(State::Number)
            }
            r if is_alnum(r) => {
                self.backup();
                Step::Next(State::Identifier)
            }
            '(' => {
                self.paren_depth += 1;
                self.emit(ItemType::LeftParen)
            }
            ')' => {
                self.paren_depth -= 1;
                if self.paren_depth < 0 {
                    return self.errorf("unexpected right paren".into());
                }
                self.emit(ItemType::RightParen)
            }
            r if r.is_ascii() && !r.is_ascii_control() => self.emit(ItemType::Char),
            r => self.errorf(format!("unrecognized character in action: {}", sharp_u(r))),
        }
    }

    fn lex_space(&mut self) -> Step<'a> {
        let b = self.bytes();
        let from = self.pos;
        while let Some(&c) = b.get(self.pos) {
            if !is_space_byte(c) {
                break;
            }
            if c == b'\n' {
                self.line += 1;
            }
            self.pos += 1;
        }
        let num = self.pos - from;
        // Go peeks past the run: at the end of the input that marks the end as reached.
        if self.pos == b.len() {
            self.at_eof = true;
        }
        if has_right_trim_marker(&self.bytes()[self.pos - 1..])
            && starts_with_delim(
                &self.bytes()[self.pos - 1 + TRIM_MARKER_LEN..],
                self.right_delim.as_bytes(),
            )
        {
            self.backup();
            if num == 1 {
                return Step::Next(State::RightDelim);
            }
        }
        self.emit(ItemType::Space)
    }

    /// Steps over a run of alphanumeric characters (`next` until one is not, then `backup`):
    /// ASCII bytes are compared directly. Returns the character after the run, `None` at the
    /// end of the input (which `next` would have marked).
    fn skip_alnum(&mut self) -> Option<char> {
        let b = self.bytes();
        loop {
            match b.get(self.pos) {
                None => {
                    self.at_eof = true;
                    return None;
                }
                Some(&c) if c.is_ascii_alphanumeric() || c == b'_' => self.pos += 1,
                Some(&c) if c.is_ascii() => return Some(c as char),
                Some(_) => {
                    let c = self.input[self.pos..].chars().next().unwrap_or('\0');
                    if !is_alnum(c) {
                        return Some(c);
                    }
                    self.pos += c.len_utf8();
                }
            }
        }
    }

    fn lex_identifier(&mut self) -> Step<'a> {
        let r = self.skip_alnum();
        let word = &self.input[self.start..self.pos];
        if !self.at_terminator() {
            return self.errorf(format!("bad character {}", sharp_u(r.unwrap_or('\0'))));
        }
        if let Some(k) = keyword(word) {
            if (k == ItemType::Break && !self.break_ok)
                || (k == ItemType::Continue && !self.continue_ok)
            {
                return self.emit(ItemType::Identifier);
            }
            return self.emit(k);
        }
        if word.starts_with('.') {
            return self.emit(ItemType::Field);
        }
        if word == "true" || word == "false" {
            return self.emit(ItemType::Bool);
        }
        self.emit(ItemType::Identifier)
    }

    fn lex_variable(&mut self) -> Step<'a> {
        if self.at_terminator() {
            return self.emit(ItemType::Variable);
        }
        self.lex_field_or_variable(ItemType::Variable)
    }

    fn lex_field_or_variable(&mut self, typ: ItemType) -> Step<'a> {
        if self.at_terminator() {
            if typ == ItemType::Variable {
                return self.emit(ItemType::Variable);
            }
            return self.emit(ItemType::Dot);
        }
        let r = self.skip_alnum();
        if !self.at_terminator() {
            return self.errorf(format!("bad character {}", sharp_u(r.unwrap_or('\0'))));
        }
        self.emit(typ)
    }

    /// Whether the next character ends a word (Go's `atTerminator`, which peeks at it).
    fn at_terminator(&mut self) -> bool {
        match self.bytes().get(self.pos) {
            None => {
                // The peek meets the end of the input, and `next` marks it.
                self.at_eof = true;
                true
            }
            Some(&b) if is_space_byte(b) => true,
            Some(b'.' | b',' | b'|' | b':' | b')' | b'(') => true,
            _ => starts_with_delim(&self.bytes()[self.pos..], self.right_delim.as_bytes()),
        }
    }

    fn lex_char(&mut self) -> Step<'a> {
        loop {
            match self.next() {
                Some('\\') => match self.next() {
                    Some(c) if c != '\n' => {}
                    _ => return self.errorf("unterminated character constant".into()),
                },
                None | Some('\n') => return self.errorf("unterminated character constant".into()),
                Some('\'') => break,
                _ => {}
            }
        }
        self.emit(ItemType::CharConstant)
    }

    fn lex_number(&mut self) -> Step<'a> {
        if !self.scan_number() {
            let t = self.input[self.start..self.pos].to_string();
            return self.errorf(format!("bad number syntax: {}", go_quote(&t)));
        }
        if let Some('+' | '-') = self.peek() {
            if !self.scan_number() || self.bytes()[self.pos - 1] != b'i' {
                let t = self.input[self.start..self.pos].to_string();
                return self.errorf(format!("bad number syntax: {}", go_quote(&t)));
            }
            return self.emit(ItemType::Complex);
        }
        self.emit(ItemType::Number)
    }

    fn scan_number(&mut self) -> bool {
        self.accept("+-");
        let mut digits = "0123456789_";
        if self.accept("0") {
            if self.accept("xX") {
                digits = "0123456789abcdefABCDEF_";
            } else if self.accept("oO") {
                digits = "01234567_";
            } else if self.accept("bB") {
                digits = "01_";
            }
        }
        self.accept_run(digits);
        if self.accept(".") {
            self.accept_run(digits);
        }
        if digits.len() == 11 && self.accept("eE") {
            self.accept("+-");
            self.accept_run("0123456789_");
        }
        if digits.len() == 23 && self.accept("pP") {
            self.accept("+-");
            self.accept_run("0123456789_");
        }
        self.accept("i");
        if let Some(c) = self.peek() {
            if is_alnum(c) {
                self.next();
                return false;
            }
        }
        true
    }

    fn lex_quote(&mut self) -> Step<'a> {
        // Go steps a character at a time; the string ends at the first `"` not escaped, and a
        // line feed (escaped or not) or the end of the input leaves it unterminated. Only ASCII
        // bytes are looked for, so an escaped character is skipped by its first byte.
        let b = self.bytes();
        loop {
            let Some(i) = memchr::memchr3(b'"', b'\\', b'\n', &b[self.pos..]) else {
                self.pos = b.len();
                self.at_eof = true;
                return self.errorf("unterminated quoted string".into());
            };
            let at = self.pos + i;
            match b[at] {
                b'"' => {
                    self.pos = at + 1;
                    break;
                }
                b'\\' if !matches!(b.get(at + 1), None | Some(b'\n')) => self.pos = at + 2,
                b'\\' if at + 1 == b.len() => {
                    self.pos = b.len();
                    self.at_eof = true;
                    return self.errorf("unterminated quoted string".into());
                }
                c => {
                    self.pos = at + if c == b'\n' { 1 } else { 2 };
                    self.line += 1;
                    return self.errorf("unterminated quoted string".into());
                }
            }
        }
        self.emit(ItemType::String)
    }

    fn lex_raw_quote(&mut self) -> Step<'a> {
        let b = self.bytes();
        let Some(i) = memchr::memchr(b'`', &b[self.pos..]) else {
            self.line += newlines(&self.input[self.pos..]);
            self.pos = b.len();
            self.at_eof = true;
            return self.errorf("unterminated raw quoted string".into());
        };
        self.line += newlines(&self.input[self.pos..self.pos + i]);
        self.pos += i + 1;
        self.emit(ItemType::RawString)
    }
}

impl Default for Item<'_> {
    fn default() -> Self {
        Item::empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex_all(input: &str) -> Vec<(ItemType, std::string::String)> {
        let mut l = Lexer::new(input, "", "");
        let mut out = vec![];
        loop {
            let it = l.next_item();
            let done = matches!(it.typ, ItemType::Eof | ItemType::Error);
            out.push((it.typ, it.val.into_owned()));
            if done {
                break;
            }
        }
        out
    }

    use ItemType::*;

    #[test]
    fn text_and_action() {
        assert_eq!(
            lex_all("a {{ .X }} b"),
            vec![
                (Text, "a ".into()),
                (LeftDelim, "{{".into()),
                (Space, " ".into()),
                (Field, ".X".into()),
                (Space, " ".into()),
                (RightDelim, "}}".into()),
                (Text, " b".into()),
                (Eof, "".into()),
            ]
        );
    }

    #[test]
    fn trim_markers_need_space() {
        let items = lex_all("a  {{- 3 -}}  b");
        assert_eq!(items[0], (Text, "a".into()));
        assert_eq!(items[2], (Number, "3".into()));
        assert_eq!(items.last().unwrap().0, Eof);
        assert_eq!(items[items.len() - 2], (Text, "b".into()));
        let items = lex_all("{{-3}}");
        assert_eq!(items[1], (Number, "-3".into()));
    }

    #[test]
    fn comments() {
        assert_eq!(
            lex_all("a {{- /* c */ -}} b"),
            vec![(Text, "a".into()), (Text, "b".into()), (Eof, "".into())]
        );
        assert_eq!(
            lex_all("{{/* c */ 1}}").last().unwrap().1,
            "comment ends before closing delimiter"
        );
        assert_eq!(lex_all("{{/* c ").last().unwrap().1, "unclosed comment");
    }

    #[test]
    fn numbers_and_strings() {
        let items = lex_all("{{0x1F 0o17 0b101 1_000 1.5e3 0x1p-2 'a' `r` \"s\\n\"}}");
        let kinds: Vec<_> = items
            .iter()
            .filter(|(t, _)| *t != Space)
            .map(|(t, v)| (*t, v.as_str()))
            .collect();
        assert_eq!(
            kinds[1..10],
            [
                (Number, "0x1F"),
                (Number, "0o17"),
                (Number, "0b101"),
                (Number, "1_000"),
                (Number, "1.5e3"),
                (Number, "0x1p-2"),
                (CharConstant, "'a'"),
                (RawString, "`r`"),
                (String, "\"s\\n\""),
            ]
        );
        assert_eq!(
            lex_all("{{1a}}").last().unwrap().1,
            "bad number syntax: \"1a\""
        );
    }

    /// Strings and spaces are scanned a run at a time: the items, their lines and the errors
    /// are still those of Go's character-by-character lexer.
    #[test]
    fn strings_spaces_and_comments_scanned_as_runs() {
        let items = lex_all("{{ \"a\\\"b\\\\\" \"é\\é\"\t\n `x\ny`}}");
        let kinds: Vec<_> = items.iter().map(|(t, v)| (*t, v.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (LeftDelim, "{{"),
                (Space, " "),
                (String, "\"a\\\"b\\\\\""),
                (Space, " "),
                (String, "\"é\\é\""),
                (Space, "\t\n "),
                (RawString, "`x\ny`"),
                (RightDelim, "}}"),
                (Eof, "")
            ]
        );
        let mut l = Lexer::new("{{ \"a\" \n\n `\n` .x}}\n{{.y}}", "", "");
        let lines: Vec<_> = std::iter::from_fn(|| Some(l.next_item()))
            .take_while(|it| it.typ != Eof)
            .filter(|it| it.typ != Space)
            .map(|it| (it.typ, it.line))
            .collect();
        assert_eq!(
            lines,
            [
                (LeftDelim, 1),
                (String, 1),
                (RawString, 3),
                (Field, 4),
                (RightDelim, 4),
                (Text, 4),
                (LeftDelim, 5),
                (Field, 5),
                (RightDelim, 5)
            ]
        );
        for bad in ["{{\"a", "{{\"a\n\"}}", "{{\"a\\\n\"}}", "{{\"a\\"] {
            assert_eq!(
                lex_all(bad).last().unwrap().1,
                "unterminated quoted string",
                "{bad:?}"
            );
        }
        assert_eq!(
            lex_all("{{`a").last().unwrap().1,
            "unterminated raw quoted string"
        );
        assert_eq!(
            lex_all("{{/* a * / b **/}}x"),
            [(Text, "x".into()), (Eof, "".into())]
        );
        // A space run that ends the input leaves the action unclosed.
        assert_eq!(lex_all("{{ .x  ").last().unwrap().1, "unclosed action");
    }

    #[test]
    fn keywords_variables_and_errors() {
        let items = lex_all("{{range $i, $v := .}}{{end}}");
        let kinds: Vec<_> = items.iter().map(|(t, _)| *t).collect();
        assert_eq!(
            kinds,
            vec![
                LeftDelim, Range, Space, Variable, Char, Space, Variable, Space, Declare, Space,
                Dot, RightDelim, LeftDelim, End, RightDelim, Eof
            ]
        );
        assert_eq!(
            lex_all("{{.a-b}}").last().unwrap().1,
            "bad character U+002D '-'"
        );
        assert_eq!(lex_all("{{ (1 }}").last().unwrap().1, "unclosed left paren");
        assert_eq!(
            lex_all("{{ 1) }}").last().unwrap().1,
            "unexpected right paren"
        );
        assert_eq!(lex_all("{{ .x").last().unwrap().1, "unclosed action");
    }

    #[test]
    fn custom_delimiters_and_lines() {
        let mut l = Lexer::new("a\n<<.x>>\n<<`\n`>>", "<<", ">>");
        let mut lines = vec![];
        loop {
            let it = l.next_item();
            if it.typ == Eof {
                break;
            }
            lines.push((it.typ, it.line));
        }
        assert_eq!(
            lines,
            vec![
                (Text, 1),
                (LeftDelim, 2),
                (Field, 2),
                (RightDelim, 2),
                (Text, 2),
                (LeftDelim, 3),
                (RawString, 3),
                (RightDelim, 4)
            ]
        );
    }

    #[test]
    fn item_display_like_go() {
        let it = Item {
            typ: String,
            pos: 0,
            val: "\"abcdefghijkl\"".into(),
            line: 1,
        };
        assert_eq!(it.to_string(), "\"\\\"abcdefghi\"...");
        let it = Item {
            typ: If,
            pos: 0,
            val: "if".into(),
            line: 1,
        };
        assert_eq!(it.to_string(), "<if>");
    }
}
