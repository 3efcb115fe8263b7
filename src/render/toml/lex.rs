//! The TOML lexer of BurntSushi/toml v1.6.0 (the decoder helm 4.1.4's `fromToml` uses), as a
//! state machine with the same states, so that the items, and the errors with their line
//! numbers, are the ones helm reports. TOML 1.1 is on, as in that version: newlines in inline
//! tables, `\e` and `\xHH` escapes, times without seconds.

/// What an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemType {
    Error,
    Eof,
    Text,
    String,
    StringEsc,
    RawString,
    MultilineString,
    RawMultilineString,
    Bool,
    Integer,
    Float,
    Datetime,
    Array,
    ArrayEnd,
    TableStart,
    TableEnd,
    ArrayTableStart,
    ArrayTableEnd,
    KeyStart,
    KeyEnd,
    CommentStart,
    InlineTableStart,
    InlineTableEnd,
}

/// One lexed item: its type, text (or error message) and line.
#[derive(Clone, Debug)]
pub struct Item {
    pub typ: ItemType,
    pub val: String,
    pub line: usize,
}

/// The rune the lexer returns at the end of input (Go's `eof` constant, 0).
const EOF: char = '\0';

#[derive(Clone, Copy, Debug)]
enum State {
    Top,
    TopEnd,
    TableStart,
    TableEnd,
    ArrayTableEnd,
    TableNameStart,
    TableNameEnd,
    BareName,
    QuotedName,
    KeyStart,
    KeyNameStart,
    KeyEnd,
    Value,
    ArrayValue,
    ArrayValueEnd,
    ArrayEnd,
    InlineTableValue,
    InlineTableValueEnd,
    InlineTableEnd,
    Str,
    MultilineString,
    RawString,
    MultilineRawString,
    MultilineStringEscape,
    StringEscape,
    HexEscape,
    ShortUnicodeEscape,
    LongUnicodeEscape,
    NumberOrDateStart,
    NumberOrDate,
    Datetime,
    HexInteger,
    OctalInteger,
    BinaryInteger,
    DecimalNumber,
    DecimalNumberStart,
    BaseNumberOrDate,
    Float,
    Bool,
    CommentStart,
    Comment,
}

struct Lexer<'a> {
    input: &'a str,
    start: usize,
    pos: usize,
    line: usize,
    esc: bool,
    prev_widths: [usize; 4],
    nprev: usize,
    at_eof: bool,
    stack: Vec<State>,
    items: Vec<Item>,
    /// Set once an error item is emitted: the parser stops there, so lexing does too.
    failed: bool,
}

/// Lexes `input` into items, ending with an EOF item or the first error item.
pub fn lex(input: &str) -> Vec<Item> {
    let mut lx = Lexer {
        input,
        start: 0,
        pos: 0,
        line: 1,
        esc: false,
        prev_widths: [0; 4],
        nprev: 0,
        at_eof: false,
        stack: Vec::new(),
        items: Vec::new(),
        failed: false,
    };
    let mut state = Some(State::Top);
    while let Some(s) = state {
        state = lx.step(s);
        if lx.failed {
            break;
        }
    }
    lx.items
}

fn is_whitespace(r: char) -> bool {
    r == '\t' || r == ' '
}
fn is_nl(r: char) -> bool {
    r == '\n' || r == '\r'
}
fn is_control(r: char) -> bool {
    match r {
        '\t' | '\r' | '\n' => false,
        _ => (r as u32) <= 0x1f || r as u32 == 0x7f,
    }
}
fn is_digit(r: char) -> bool {
    r.is_ascii_digit()
}
fn is_binary(r: char) -> bool {
    r == '0' || r == '1'
}
fn is_octal(r: char) -> bool {
    ('0'..='7').contains(&r)
}
pub fn is_hex(r: char) -> bool {
    r.is_ascii_hexdigit()
}
fn is_bare_key_char(r: char) -> bool {
    r.is_ascii_alphanumeric() || r == '_' || r == '-'
}
fn is_letter(r: char) -> bool {
    r.is_ascii_alphabetic() || (!r.is_ascii() && gostd::strconv::category::is_letter(r))
}

/// Go's `%q` of a rune.
fn q(r: char) -> String {
    gostd::strconv::quote_rune(r)
}

fn rune_or_eof(r: char) -> String {
    if r == EOF {
        "end of file".into()
    } else {
        format!("'{r}'")
    }
}

impl Lexer<'_> {
    fn current(&self) -> &str {
        self.input.get(self.start..self.pos).unwrap_or("")
    }

    fn emit(&mut self, typ: ItemType) {
        let val = self.current().to_string();
        self.items.push(Item {
            typ,
            val,
            line: self.line,
        });
        self.start = self.pos;
    }

    fn emit_trim(&mut self, typ: ItemType) {
        let val = self.current().trim().to_string();
        self.items.push(Item {
            typ,
            val,
            line: self.line,
        });
        self.start = self.pos;
    }

    fn next(&mut self) -> char {
        if self.pos >= self.input.len() {
            self.at_eof = true;
            return EOF;
        }
        let b = self.input.as_bytes();
        if b[self.pos] == b'\n' {
            self.line += 1;
        }
        self.prev_widths[3] = self.prev_widths[2];
        self.prev_widths[2] = self.prev_widths[1];
        self.prev_widths[1] = self.prev_widths[0];
        if self.nprev < 4 {
            self.nprev += 1;
        }
        let r = self.input[self.pos..].chars().next().unwrap_or(EOF);
        // A byte that is not UTF-8 (escaped in template text, [`gotemplate::gostr`]).
        if let Some(byte) = gotemplate::gostr::escaped_byte(r) {
            self.error_line(self.line, format!("invalid UTF-8 byte: 0x{byte:02x}"));
            return '\u{fffd}';
        }
        if is_control(r)
            || (r == '\r' && (self.input.len() - 1 == self.pos || b[self.pos + 1] != b'\n'))
        {
            self.error_line(
                self.line,
                format!(
                    "TOML files cannot contain control characters: '0x{:02x}'",
                    r as u32
                ),
            );
            return '\u{fffd}';
        }
        self.prev_widths[0] = r.len_utf8();
        self.pos += r.len_utf8();
        r
    }

    fn ignore(&mut self) {
        self.start = self.pos;
    }

    fn backup(&mut self) {
        if self.at_eof {
            self.at_eof = false;
            return;
        }
        if self.nprev < 1 {
            // A lexer bug in Go (it panics); stop here.
            self.failed = true;
            return;
        }
        let w = self.prev_widths[0];
        self.prev_widths[0] = self.prev_widths[1];
        self.prev_widths[1] = self.prev_widths[2];
        self.prev_widths[2] = self.prev_widths[3];
        self.nprev -= 1;
        self.pos -= w;
        if self.pos < self.input.len() && self.input.as_bytes()[self.pos] == b'\n' {
            self.line -= 1;
        }
    }

    fn accept(&mut self, valid: char) -> bool {
        if self.next() == valid {
            return true;
        }
        self.backup();
        false
    }

    fn peek(&mut self) -> char {
        let r = self.next();
        self.backup();
        r
    }

    fn skip(&mut self, pred: fn(char) -> bool) {
        loop {
            let r = self.next();
            if pred(r) && !self.failed {
                continue;
            }
            self.backup();
            self.ignore();
            return;
        }
    }

    fn error_line(&mut self, line: usize, msg: String) {
        if self.failed {
            return;
        }
        self.items.push(Item {
            typ: ItemType::Error,
            val: msg,
            line,
        });
        self.failed = true;
    }

    /// Go's `lx.error`.
    fn error(&mut self, msg: String) -> Option<State> {
        if self.at_eof {
            return self.error_prev_line(msg);
        }
        self.error_line(self.line, msg);
        None
    }

    fn error_prev_line(&mut self, msg: String) -> Option<State> {
        self.error_line(self.line.saturating_sub(1), msg);
        None
    }

    fn errorf(&mut self, msg: String) -> Option<State> {
        if self.at_eof {
            let mut line = self.line;
            if self.pos >= 1 && self.input.as_bytes()[self.pos - 1] == b'\n' {
                line -= 1;
            }
            self.error_line(line, msg);
            return None;
        }
        self.error_line(self.line, msg);
        None
    }

    fn push(&mut self, s: State) {
        self.stack.push(s);
    }

    fn pop(&mut self) -> Option<State> {
        let s = self.stack.pop();
        if s.is_none() {
            self.failed = true;
        }
        s
    }

    fn step(&mut self, s: State) -> Option<State> {
        use State as S;
        match s {
            S::Top => {
                let r = self.next();
                if is_whitespace(r) || is_nl(r) {
                    self.ignore();
                    return Some(S::Top);
                }
                match r {
                    '#' => {
                        self.push(S::Top);
                        return Some(S::CommentStart);
                    }
                    '[' => return Some(S::TableStart),
                    EOF => {
                        if self.pos > self.start {
                            return self.errorf("unexpected EOF".into());
                        }
                        self.emit(ItemType::Eof);
                        return None;
                    }
                    _ => {}
                }
                self.backup();
                self.push(S::TopEnd);
                Some(S::KeyStart)
            }
            S::TopEnd => {
                let r = self.next();
                match r {
                    '#' => {
                        self.push(S::Top);
                        Some(S::CommentStart)
                    }
                    _ if is_whitespace(r) => Some(S::TopEnd),
                    _ if is_nl(r) => {
                        self.ignore();
                        Some(S::Top)
                    }
                    EOF => {
                        self.emit(ItemType::Eof);
                        None
                    }
                    _ => self.errorf(format!(
                        "expected a top-level item to end with a newline, comment, or EOF, but got {} instead",
                        q(r)
                    )),
                }
            }
            S::TableStart => {
                if self.peek() == '[' {
                    self.next();
                    self.emit(ItemType::ArrayTableStart);
                    self.push(S::ArrayTableEnd);
                } else {
                    self.emit(ItemType::TableStart);
                    self.push(S::TableEnd);
                }
                Some(S::TableNameStart)
            }
            S::TableEnd => {
                self.emit(ItemType::TableEnd);
                Some(S::TopEnd)
            }
            S::ArrayTableEnd => {
                let r = self.next();
                if r != ']' {
                    return self.errorf(format!(
                        "expected end of table array name delimiter ']', but got {} instead",
                        q(r)
                    ));
                }
                self.emit(ItemType::ArrayTableEnd);
                Some(S::TopEnd)
            }
            S::TableNameStart => {
                self.skip(is_whitespace);
                match self.peek() {
                    ']' | EOF => self.errorf(
                        "unexpected end of table name (table names cannot be empty)".into(),
                    ),
                    '.' => self
                        .errorf("unexpected table separator (table names cannot be empty)".into()),
                    '"' | '\'' => {
                        self.ignore();
                        self.push(S::TableNameEnd);
                        Some(S::QuotedName)
                    }
                    _ => {
                        self.push(S::TableNameEnd);
                        Some(S::BareName)
                    }
                }
            }
            S::TableNameEnd => {
                self.skip(is_whitespace);
                match self.next() {
                    '.' => {
                        self.ignore();
                        Some(S::TableNameStart)
                    }
                    ']' => self.pop(),
                    r => self.errorf(format!(
                        "expected '.' or ']' to end table name, but got {} instead",
                        q(r)
                    )),
                }
            }
            S::BareName => {
                let r = self.next();
                if is_bare_key_char(r) {
                    return Some(S::BareName);
                }
                self.backup();
                self.emit(ItemType::Text);
                self.pop()
            }
            S::QuotedName => {
                let r = self.next();
                match r {
                    '"' => {
                        self.ignore();
                        Some(S::Str)
                    }
                    '\'' => {
                        self.ignore();
                        Some(S::RawString)
                    }
                    _ if is_whitespace(r) => {
                        self.ignore();
                        Some(S::Value)
                    }
                    EOF => self.errorf("unexpected EOF; expected value".into()),
                    _ => self.errorf(format!("expected value but found {} instead", q(r))),
                }
            }
            S::KeyStart => {
                self.skip(is_whitespace);
                match self.peek() {
                    '=' | EOF => self.errorf("unexpected '=': key name appears blank".into()),
                    '.' => self.errorf("unexpected '.': keys cannot start with a '.'".into()),
                    r => {
                        if r == '"' || r == '\'' {
                            self.ignore();
                        }
                        self.emit(ItemType::KeyStart);
                        Some(S::KeyNameStart)
                    }
                }
            }
            S::KeyNameStart => {
                self.skip(is_whitespace);
                match self.peek() {
                    '"' | '\'' => {
                        self.ignore();
                        self.push(S::KeyEnd);
                        Some(S::QuotedName)
                    }
                    '=' | EOF => self.errorf("unexpected '='".into()),
                    '.' => self.errorf("unexpected '.'".into()),
                    _ => {
                        self.push(S::KeyEnd);
                        Some(S::BareName)
                    }
                }
            }
            S::KeyEnd => {
                self.skip(is_whitespace);
                let r = self.next();
                match r {
                    _ if is_whitespace(r) => {
                        self.ignore();
                        Some(S::KeyEnd)
                    }
                    EOF => self.errorf("unexpected EOF; expected key separator '='".into()),
                    '.' => {
                        self.ignore();
                        Some(S::KeyNameStart)
                    }
                    '=' => {
                        self.emit(ItemType::KeyEnd);
                        self.ignore();
                        Some(S::Value)
                    }
                    '\n' => self
                        .error_prev_line(format!("expected '.' or '=', but got {} instead", q(r))),
                    _ => self.errorf(format!("expected '.' or '=', but got {} instead", q(r))),
                }
            }
            S::Value => self.lex_value(),
            S::ArrayValue => {
                let r = self.next();
                match r {
                    _ if is_whitespace(r) || is_nl(r) => {
                        self.ignore();
                        Some(S::ArrayValue)
                    }
                    '#' => {
                        self.push(S::ArrayValue);
                        Some(S::CommentStart)
                    }
                    ',' => self.errorf("unexpected comma".into()),
                    ']' => Some(S::ArrayEnd),
                    _ => {
                        self.backup();
                        self.push(S::ArrayValueEnd);
                        Some(S::Value)
                    }
                }
            }
            S::ArrayValueEnd => {
                let r = self.next();
                match r {
                    _ if is_whitespace(r) || is_nl(r) => {
                        self.ignore();
                        Some(S::ArrayValueEnd)
                    }
                    '#' => {
                        self.push(S::ArrayValueEnd);
                        Some(S::CommentStart)
                    }
                    ',' => {
                        self.ignore();
                        Some(S::ArrayValue)
                    }
                    ']' => Some(S::ArrayEnd),
                    _ => self.errorf(format!(
                        "expected a comma (',') or array terminator (']'), but got {}",
                        rune_or_eof(r)
                    )),
                }
            }
            S::ArrayEnd => {
                self.ignore();
                self.emit(ItemType::ArrayEnd);
                self.pop()
            }
            S::InlineTableValue => {
                let r = self.next();
                match r {
                    _ if is_whitespace(r) || is_nl(r) => {
                        self.ignore();
                        Some(S::InlineTableValue)
                    }
                    '#' => {
                        self.push(S::InlineTableValue);
                        Some(S::CommentStart)
                    }
                    ',' => self.errorf("unexpected comma".into()),
                    '}' => Some(S::InlineTableEnd),
                    _ => {
                        self.backup();
                        self.push(S::InlineTableValueEnd);
                        Some(S::KeyStart)
                    }
                }
            }
            S::InlineTableValueEnd => {
                let r = self.next();
                match r {
                    _ if is_whitespace(r) || is_nl(r) => {
                        self.ignore();
                        Some(S::InlineTableValueEnd)
                    }
                    '#' => {
                        self.push(S::InlineTableValueEnd);
                        Some(S::CommentStart)
                    }
                    ',' => {
                        self.ignore();
                        self.skip(is_whitespace);
                        if self.peek() == '}' {
                            return Some(S::InlineTableValueEnd);
                        }
                        Some(S::InlineTableValue)
                    }
                    '}' => Some(S::InlineTableEnd),
                    _ => self.errorf(format!(
                        "expected a comma or an inline table terminator '}}', but got {} instead",
                        rune_or_eof(r)
                    )),
                }
            }
            S::InlineTableEnd => {
                self.ignore();
                self.emit(ItemType::InlineTableEnd);
                self.pop()
            }
            S::Str => {
                let r = self.next();
                match r {
                    EOF => self.errorf("unexpected EOF; expected '\"'".into()),
                    _ if is_nl(r) => self.error_prev_line("strings cannot contain newlines".into()),
                    '\\' => {
                        self.push(S::Str);
                        Some(S::StringEscape)
                    }
                    '"' => {
                        self.backup();
                        if self.esc {
                            self.esc = false;
                            self.emit(ItemType::StringEsc);
                        } else {
                            self.emit(ItemType::String);
                        }
                        self.next();
                        self.ignore();
                        self.pop()
                    }
                    _ => Some(S::Str),
                }
            }
            S::MultilineString => {
                let r = self.next();
                match r {
                    EOF => self.errorf("unexpected EOF; expected '\"\"\"'".into()),
                    '\\' => Some(S::MultilineStringEscape),
                    '"' => {
                        if self.accept('"') {
                            if self.accept('"') {
                                if self.peek() == '"' {
                                    let cur = self.current();
                                    if cur.ends_with("\"\"\"\"\"") && !cur.ends_with("\\\"\"\"\"\"")
                                    {
                                        return self.errorf("unexpected '\"\"\"\"\"\"'".into());
                                    }
                                    self.backup();
                                    self.backup();
                                    return Some(S::MultilineString);
                                }
                                self.backup();
                                self.backup();
                                self.backup();
                                self.esc = false;
                                self.emit(ItemType::MultilineString);
                                self.next();
                                self.next();
                                self.next();
                                self.ignore();
                                return self.pop();
                            }
                            self.backup();
                        }
                        Some(S::MultilineString)
                    }
                    _ => Some(S::MultilineString),
                }
            }
            S::RawString => {
                let r = self.next();
                match r {
                    EOF => self.errorf("unexpected EOF; expected \"'\"".into()),
                    _ if is_nl(r) => self.error_prev_line("strings cannot contain newlines".into()),
                    '\'' => {
                        self.backup();
                        self.emit(ItemType::RawString);
                        self.next();
                        self.ignore();
                        self.pop()
                    }
                    _ => Some(S::RawString),
                }
            }
            S::MultilineRawString => {
                let r = self.next();
                match r {
                    EOF => self.errorf("unexpected EOF; expected \"'''\"".into()),
                    '\'' => {
                        if self.accept('\'') {
                            if self.accept('\'') {
                                if self.peek() == '\'' {
                                    if self.current().ends_with("'''''") {
                                        return self.errorf("unexpected \"''''''\"".into());
                                    }
                                    self.backup();
                                    self.backup();
                                    return Some(S::MultilineRawString);
                                }
                                self.backup();
                                self.backup();
                                self.backup();
                                self.emit(ItemType::RawMultilineString);
                                self.next();
                                self.next();
                                self.next();
                                self.ignore();
                                return self.pop();
                            }
                            self.backup();
                        }
                        Some(S::MultilineRawString)
                    }
                    _ => Some(S::MultilineRawString),
                }
            }
            S::MultilineStringEscape => {
                if is_nl(self.next()) {
                    return Some(S::MultilineString);
                }
                self.backup();
                self.push(S::MultilineString);
                self.step(S::StringEscape)
            }
            S::StringEscape => {
                self.esc = true;
                let r = self.next();
                match r {
                    'e' | 'b' | 't' | 'n' | 'f' | 'r' | '"' | ' ' | '\t' | '\\' => self.pop(),
                    'x' => Some(S::HexEscape),
                    'u' => Some(S::ShortUnicodeEscape),
                    'U' => Some(S::LongUnicodeEscape),
                    _ => self.error(format!("invalid escape in string '\\{r}'")),
                }
            }
            S::HexEscape => self.hex_digits(2, "two", 'x'),
            S::ShortUnicodeEscape => self.hex_digits(4, "four", 'u'),
            S::LongUnicodeEscape => self.hex_digits(8, "eight", 'U'),
            S::NumberOrDateStart => {
                if self.next() == '0' {
                    return Some(S::BaseNumberOrDate);
                }
                Some(S::NumberOrDate)
            }
            S::NumberOrDate => {
                let r = self.next();
                if is_digit(r) {
                    return Some(S::NumberOrDate);
                }
                match r {
                    '-' | ':' => Some(S::Datetime),
                    '_' => Some(S::DecimalNumber),
                    '.' | 'e' | 'E' => Some(S::Float),
                    _ => {
                        self.backup();
                        self.emit(ItemType::Integer);
                        self.pop()
                    }
                }
            }
            S::Datetime => {
                let r = self.next();
                if is_digit(r) || matches!(r, '-' | ':' | 'T' | 't' | ' ' | '.' | 'Z' | 'z' | '+') {
                    return Some(S::Datetime);
                }
                self.backup();
                self.emit_trim(ItemType::Datetime);
                self.pop()
            }
            S::HexInteger => self.digits(is_hex, S::HexInteger),
            S::OctalInteger => self.digits(is_octal, S::OctalInteger),
            S::BinaryInteger => self.digits(is_binary, S::BinaryInteger),
            S::DecimalNumber => {
                let r = self.next();
                if is_digit(r) {
                    return Some(S::DecimalNumber);
                }
                match r {
                    '.' | 'e' | 'E' => Some(S::Float),
                    '_' => Some(S::DecimalNumber),
                    _ => {
                        self.backup();
                        self.emit(ItemType::Integer);
                        self.pop()
                    }
                }
            }
            S::DecimalNumberStart => {
                let r = self.next();
                match r {
                    'i' => {
                        if !self.accept('n') || !self.accept('f') {
                            let c = self.current().to_string();
                            return self.errorf(format!("invalid float: '{c}'"));
                        }
                        self.emit(ItemType::Float);
                        return self.pop();
                    }
                    'n' => {
                        if !self.accept('a') || !self.accept('n') {
                            let c = self.current().to_string();
                            return self.errorf(format!("invalid float: '{c}'"));
                        }
                        self.emit(ItemType::Float);
                        return self.pop();
                    }
                    '0' => {
                        let p = self.peek();
                        if matches!(p, 'b' | 'o' | 'x') {
                            let c = self.current().to_string();
                            return self.errorf(format!(
                                "cannot use sign with non-decimal numbers: '{c}{p}'"
                            ));
                        }
                    }
                    '.' => return self.errorf("floats must start with a digit, not '.'".into()),
                    _ => {}
                }
                if is_digit(r) {
                    return Some(S::DecimalNumber);
                }
                self.errorf(format!("expected a digit but got {}", q(r)))
            }
            S::BaseNumberOrDate => {
                let r = self.next();
                if is_digit(r) {
                    return Some(S::NumberOrDate);
                }
                let base = |lx: &mut Self, ok: fn(char) -> bool, what: &str, next: State| {
                    let p = lx.peek();
                    if !ok(p) {
                        let c = lx.current().to_string();
                        lx.errorf(format!("not {what} number: '{c}{p}'"));
                    }
                    Some(next)
                };
                match r {
                    '_' => Some(S::DecimalNumber),
                    '.' | 'e' | 'E' => Some(S::Float),
                    'b' => base(self, is_binary, "a binary", S::BinaryInteger),
                    'o' => base(self, is_octal, "an octal", S::OctalInteger),
                    'x' => base(self, is_hex, "a hexadecimal", S::HexInteger),
                    _ => {
                        self.backup();
                        self.emit(ItemType::Integer);
                        self.pop()
                    }
                }
            }
            S::Float => {
                let r = self.next();
                if is_digit(r) || matches!(r, '_' | '.' | '-' | '+' | 'e' | 'E') {
                    return Some(S::Float);
                }
                self.backup();
                self.emit(ItemType::Float);
                self.pop()
            }
            S::Bool => {
                let mut word = String::new();
                loop {
                    let r = self.next();
                    if !is_letter(r) || self.failed {
                        self.backup();
                        break;
                    }
                    word.push(r);
                }
                match word.as_str() {
                    "true" | "false" => {
                        self.emit(ItemType::Bool);
                        self.pop()
                    }
                    _ => self.errorf(format!(
                        "expected value but found {} instead",
                        gostd::strconv::quote(&word)
                    )),
                }
            }
            S::CommentStart => {
                self.ignore();
                self.emit(ItemType::CommentStart);
                Some(S::Comment)
            }
            S::Comment => {
                let r = self.next();
                if is_nl(r) || r == EOF {
                    self.backup();
                    self.emit(ItemType::Text);
                    return self.pop();
                }
                Some(S::Comment)
            }
        }
    }

    fn hex_digits(&mut self, n: usize, word: &str, letter: char) -> Option<State> {
        for _ in 0..n {
            let r = self.next();
            if !is_hex(r) {
                let c = gostd::strconv::quote(self.current());
                return self.errorf(format!(
                    "expected {word} hexadecimal digits after '\\{letter}', but got {c} instead"
                ));
            }
        }
        self.pop()
    }

    fn digits(&mut self, ok: fn(char) -> bool, again: State) -> Option<State> {
        let r = self.next();
        if ok(r) || r == '_' {
            return Some(again);
        }
        self.backup();
        self.emit(ItemType::Integer);
        self.pop()
    }

    fn lex_value(&mut self) -> Option<State> {
        use State as S;
        let r = self.next();
        if is_whitespace(r) {
            self.ignore();
            return Some(S::Value);
        }
        if is_digit(r) {
            self.backup();
            return Some(S::NumberOrDateStart);
        }
        match r {
            '[' => {
                self.ignore();
                self.emit(ItemType::Array);
                return Some(S::ArrayValue);
            }
            '{' => {
                self.ignore();
                self.emit(ItemType::InlineTableStart);
                return Some(S::InlineTableValue);
            }
            '"' => {
                if self.accept('"') {
                    if self.accept('"') {
                        self.ignore();
                        return Some(S::MultilineString);
                    }
                    self.backup();
                }
                self.ignore();
                return Some(S::Str);
            }
            '\'' => {
                if self.accept('\'') {
                    if self.accept('\'') {
                        self.ignore();
                        return Some(S::MultilineRawString);
                    }
                    self.backup();
                }
                self.ignore();
                return Some(S::RawString);
            }
            '.' => return self.errorf("floats must start with a digit, not '.'".into()),
            'i' | 'n'
                if (self.accept('n') && self.accept('f'))
                    || (self.accept('a') && self.accept('n')) =>
            {
                self.emit(ItemType::Float);
                return self.pop();
            }
            '-' | '+' => return Some(S::DecimalNumberStart),
            _ => {}
        }
        if is_letter(r) {
            self.backup();
            return Some(S::Bool);
        }
        if r == EOF {
            return self.errorf("unexpected EOF; expected value".into());
        }
        if r == '\n' {
            return self.error_prev_line(format!("expected value but found {} instead", q(r)));
        }
        self.errorf(format!("expected value but found {} instead", q(r)))
    }
}
