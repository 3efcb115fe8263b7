//! A direct reader for the YAML most values files are written in, building the node tree that
//! libyaml's events build in [`crate::decode`] without going through libyaml, which reads a
//! character at a time through a queue (~160 instructions a byte; `template` of the prometheus
//! chart runs 14.6M instructions fewer of 86M with this reader).
//!
//! It reads one document (after an optional `---` line) of block mappings and sequences
//! (indentless sequences and compact `- key: value` entries included), plain and quoted scalars
//! on one line (with the escapes `\\`, `\"`, `\n`, `\t`), literal and folded block scalars,
//! `[]`, `{}` and one-line flow sequences of simple items, and comments. On anything else
//! (anchors, aliases, tags, other escapes, multi-line plain, quoted or flow scalars, further
//! document markers and directives, tabs outside comments and block text, control characters,
//! and every error) it gives up, and the caller parses with libyaml: what this reader accepts
//! it reads exactly as libyaml does (the tests compare the trees on the corpus, thousands of
//! variants of it and generated documents), and everything else keeps libyaml's results and
//! errors.

use crate::decode::{Doc, Kind, Node};

/// The input is not in the subset this reader handles; libyaml reads it instead.
pub(crate) struct GiveUp;

type Res<T> = Result<T, GiveUp>;

/// Deeper nesting is left to libyaml (and its depth limit); values files nest a few levels.
const MAX_DEPTH: usize = 64;

/// libyaml accepts a simple key of at most 1024 characters; longer keys are left to it.
const MAX_KEY: usize = 1000;

/// Reads `input` as one document, or gives up (see the module documentation).
pub(crate) fn read(input: &str) -> Res<Doc> {
    check_characters(input)?;
    let mut r = Reader {
        b: input.as_bytes(),
        src: input,
        pos: 0,
        nodes: Vec::new(),
        depth: 0,
    };
    r.pos = r.document_start();
    let (line, col) = r.peek_line()?.ok_or(GiveUp)?;
    let root = r.collection(line, col, None, 1)?;
    // Anything after the root collection (a line indented less than a root that is indented)
    // is not this reader's to judge.
    if r.peek_line()?.is_some() {
        return Err(GiveUp);
    }
    Ok(Doc {
        nodes: r.nodes,
        root,
        depth: r.depth,
        has_alias: false,
    })
}

/// Gives up on characters libyaml treats specially or rejects: control characters other than
/// line feed and tab (carriage returns included), C1 controls, the byte order mark, and the
/// line breaks NEL, LS and PS.
fn check_characters(input: &str) -> Res<()> {
    // Flags folded over whole chunks (no early exit), which the compiler vectorises.
    let (mut control, mut non_ascii) = (false, false);
    for chunk in input.as_bytes().chunks(256) {
        for &c in chunk {
            control |= (c < 0x20 && c != b'\n' && c != b'\t') | (c == 0x7f);
            non_ascii |= c >= 0x80;
        }
        if control {
            return Err(GiveUp);
        }
    }
    if non_ascii
        && input.chars().any(|c| {
            matches!(
                c,
                '\u{80}'
                    ..='\u{9f}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
            )
        })
    {
        return Err(GiveUp);
    }
    Ok(())
}

struct Reader<'a> {
    src: &'a str,
    b: &'a [u8],
    /// Start of the line to read next.
    pos: usize,
    nodes: Vec<Node>,
    /// Deepest collection nesting so far.
    depth: usize,
}

/// The first position from `i` that is not a space.
fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// What follows a node's text on its line.
fn rest_is_blank(b: &[u8], i: usize) -> bool {
    let i = skip_spaces(b, i);
    // A comment needs a space before it; `"a"#b` is an error for libyaml.
    match b.get(i) {
        None | Some(b'\n') => true,
        Some(b'#') => b[i - 1] == b' ',
        _ => false,
    }
}

/// Whether `c` may start a plain scalar here (followed by `next`): not an indicator, nor a
/// character this reader leaves to libyaml.
fn plain_start(c: u8, next: Option<u8>) -> bool {
    match c {
        b'-' => !matches!(next, None | Some(b' ' | b'\n' | b'\t')),
        b'?' | b':' | b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|'
        | b'>' | b'\'' | b'"' | b'%' | b'@' | b'`' | b' ' | b'\t' | b'\n' => false,
        _ => true,
    }
}

/// Whether a `-` at `i` starts a block sequence entry (`-` then a space or the line's end).
fn is_entry(b: &[u8], i: usize) -> bool {
    b.get(i) == Some(&b'-') && matches!(b.get(i + 1), None | Some(b' ' | b'\n'))
}

impl Reader<'_> {
    fn line_end(&self, from: usize) -> usize {
        memchr::memchr(b'\n', &self.b[from..]).map_or(self.b.len(), |i| from + i)
    }

    /// The first line from the line start `line` that is neither blank nor a comment: its
    /// start and the position of its first character other than a space. `None` at the end.
    fn content_line(&self, mut line: usize) -> Option<(usize, usize)> {
        loop {
            let i = skip_spaces(self.b, line);
            match self.b.get(i)? {
                b'\n' => line = i + 1,
                b'#' => line = self.line_end(i) + 1,
                _ => return Some((line, i)),
            }
        }
    }

    /// The next line (from `pos`) with content: its start and indentation. Blank and comment
    /// lines are skipped; `None` at the end of the input.
    fn peek_line(&self) -> Res<Option<(usize, usize)>> {
        let b = self.b;
        let Some((line, i)) = self.content_line(self.pos) else {
            return Ok(None);
        };
        let marker = |m: &[u8]| {
            b[i..].starts_with(m) && matches!(b.get(i + 3), None | Some(b' ' | b'\n' | b'\t'))
        };
        if b[i] == b'\t' || (i == line && (marker(b"---") || marker(b"..."))) {
            return Err(GiveUp);
        }
        Ok(Some((line, i - line)))
    }

    /// Where the document's content starts: after a leading `---` line (with nothing but a
    /// comment after the marker), else at the beginning.
    fn document_start(&self) -> usize {
        let b = self.b;
        match self.content_line(0) {
            Some((line, i))
                if i == line && b[i..].starts_with(b"---") && rest_is_blank(b, i + 3) =>
            {
                (self.line_end(i) + 1).min(b.len())
            }
            _ => 0,
        }
    }

    fn push(&mut self, kind: Kind) -> usize {
        self.nodes.push(Node { kind });
        self.nodes.len() - 1
    }

    fn scalar(&mut self, value: String, plain: bool) -> usize {
        self.push(Kind::Scalar {
            value: std::cell::Cell::new(value),
            tag: String::new(),
            implicit: plain,
        })
    }

    fn enter(&mut self, depth: usize) -> Res<()> {
        if depth > MAX_DEPTH {
            return Err(GiveUp);
        }
        self.depth = self.depth.max(depth);
        Ok(())
    }

    /// The block collection whose first line starts at `line` with content at column `col`.
    /// `parent`: the column of the enclosing mapping when this is its indentless sequence.
    fn collection(
        &mut self,
        line: usize,
        col: usize,
        parent: Option<usize>,
        depth: usize,
    ) -> Res<usize> {
        if is_entry(self.b, line + col) {
            self.sequence(line, col, parent.is_some(), depth)
        } else {
            self.mapping(line + col, col, depth)
        }
    }

    /// A block mapping whose keys sit at column `col`, the first one at byte `at`.
    fn mapping(&mut self, mut at: usize, col: usize, depth: usize) -> Res<usize> {
        self.enter(depth)?;
        let id = self.push(Kind::Map(Vec::new()));
        let mut children = Vec::new();
        loop {
            let (key, plain, after) = self.key(at)?.ok_or(GiveUp)?;
            children.push(self.scalar(key, plain));
            children.push(self.value(after, col, true, depth)?);
            match self.peek_line()? {
                Some((line, c)) if c == col => {
                    if is_entry(self.b, line + c) {
                        return Err(GiveUp);
                    }
                    at = line + c;
                }
                Some((_, c)) if c > col => return Err(GiveUp),
                _ => break,
            }
        }
        self.nodes[id].kind = Kind::Map(children);
        Ok(id)
    }

    /// A block sequence whose entries (`- `) sit at column `col` on lines from `line`.
    /// `indentless`: the value of a mapping key at the same column, which ends at the next key.
    fn sequence(
        &mut self,
        mut line: usize,
        col: usize,
        indentless: bool,
        depth: usize,
    ) -> Res<usize> {
        self.enter(depth)?;
        let id = self.push(Kind::Seq(Vec::new()));
        let mut children = Vec::new();
        loop {
            let dash = line + col;
            let at = skip_spaces(self.b, dash + 1);
            let child = match self.b.get(at) {
                Some(b'\n') | None | Some(b'#') => self.value(dash + 1, col, false, depth)?,
                _ if is_entry(self.b, at) => return Err(GiveUp),
                _ => match self.key(at)? {
                    Some(_) => self.mapping(at, at - line, depth + 1)?,
                    None => self.value(dash + 1, col, false, depth)?,
                },
            };
            children.push(child);
            match self.peek_line()? {
                Some((next, c)) if c == col && is_entry(self.b, next + c) => line = next,
                Some((_, c)) if c == col && indentless => break,
                Some((_, c)) if c >= col => return Err(GiveUp),
                _ => break,
            }
        }
        self.nodes[id].kind = Kind::Seq(children);
        Ok(id)
    }

    /// A key at `at` followed by `:` and a space or the line's end: its text, whether it is
    /// plain, and the position after the `:`. `None` when the line holds no key there.
    fn key(&self, at: usize) -> Res<Option<(String, bool, usize)>> {
        let b = self.b;
        let end = self.line_end(at);
        let colon_follows =
            |i: usize| b.get(i) == Some(&b':') && matches!(b.get(i + 1), None | Some(b' ' | b'\n'));
        let found = match b[at] {
            b'"' | b'\'' => {
                let (text, after) = self.quoted(at, end)?;
                if !colon_follows(after) {
                    return Ok(None);
                }
                (text, false, after + 1)
            }
            c if plain_start(c, b.get(at + 1).copied()) => {
                let mut i = at;
                loop {
                    if i >= end {
                        return Ok(None);
                    }
                    match b[i] {
                        b'\t' => return Err(GiveUp),
                        b'#' if b[i - 1] == b' ' => return Ok(None),
                        b':' if colon_follows(i) => break,
                        _ => i += 1,
                    }
                }
                let text = self.src[at..i].trim_end_matches(' ');
                (text.to_string(), true, i + 1)
            }
            _ => return Ok(None),
        };
        if found.2 - at > MAX_KEY {
            return Err(GiveUp);
        }
        Ok(Some(found))
    }

    /// A quoted scalar starting at `at` that closes on its line (before `end`): its value and
    /// the position after the closing quote. Escapes in double quotes are left to libyaml.
    fn quoted(&self, at: usize, end: usize) -> Res<(String, usize)> {
        let b = self.b;
        let q = b[at];
        let mut text = String::new();
        let mut from = at + 1;
        let mut i = from;
        while i < end {
            match b[i] {
                b'\\' if q == b'"' => {
                    // The common escapes; the rest (and go-yaml's differences) are libyaml's.
                    let c = match b.get(i + 1) {
                        Some(b'\\') => '\\',
                        Some(b'"') => '"',
                        Some(b'n') => '\n',
                        Some(b't') => '\t',
                        _ => return Err(GiveUp),
                    };
                    text.push_str(&self.src[from..i]);
                    text.push(c);
                    i += 2;
                    from = i;
                }
                c if c == q => {
                    if q == b'\'' && b.get(i + 1) == Some(&b'\'') {
                        text.push_str(&self.src[from..=i]);
                        i += 2;
                        from = i;
                        continue;
                    }
                    text.push_str(&self.src[from..i]);
                    return Ok((text, i + 1));
                }
                _ => i += 1,
            }
        }
        Err(GiveUp)
    }

    /// The value that starts after `from` (just past a key's `:` or an entry's `-`) of a node in
    /// the collection at column `col`; reads on to the line after it.
    fn value(&mut self, from: usize, col: usize, in_map: bool, depth: usize) -> Res<usize> {
        let b = self.b;
        let at = skip_spaces(b, from);
        let end = self.line_end(at);
        let next_line = (end + 1).min(b.len());
        let c = b.get(at).copied();
        if matches!(c, None | Some(b'\n')) || c == Some(b'#') && at > from {
            // The value is on the lines below, or empty.
            self.pos = next_line;
            return match self.peek_line()? {
                Some((line, c)) if c > col => {
                    if is_entry(b, line + c) || self.key(line + c)?.is_some() {
                        self.collection(line, c, None, depth + 1)
                    } else {
                        // A scalar or flow collection on a line of its own.
                        self.value(line + c, col, false, depth)
                    }
                }
                Some((line, c)) if c == col && in_map && is_entry(b, line + c) => {
                    self.collection(line, c, Some(col), depth + 1)
                }
                _ => Ok(self.scalar(String::new(), true)),
            };
        }
        let id = match b[at] {
            b'|' | b'>' => return self.block_scalar(at, col),
            b'"' | b'\'' => {
                let (text, after) = self.quoted(at, end)?;
                if !rest_is_blank(b, after) {
                    return Err(GiveUp);
                }
                self.scalar(text, false)
            }
            b'[' => self.flow_sequence(at, end, depth + 1)?,
            b'{' => {
                let i = skip_spaces(b, at + 1);
                if b.get(i) != Some(&b'}') || !rest_is_blank(b, i + 1) {
                    return Err(GiveUp);
                }
                self.enter(depth + 1)?;
                self.push(Kind::Map(Vec::new()))
            }
            c if plain_start(c, b.get(at + 1).copied()) => {
                let mut i = at;
                while i < end {
                    match b[i] {
                        b'\t' => return Err(GiveUp),
                        b'#' if b[i - 1] == b' ' => break,
                        // `a: b` in a value is an error for libyaml.
                        b':' if matches!(b.get(i + 1), None | Some(b' ' | b'\n')) => {
                            return Err(GiveUp)
                        }
                        _ => i += 1,
                    }
                }
                let text = self.src[at..i].trim_end_matches(' ');
                self.scalar(text.to_string(), true)
            }
            _ => return Err(GiveUp),
        };
        self.pos = next_line;
        // A more indented line below continues a plain scalar (or is an error): libyaml's.
        if matches!(self.peek_line()?, Some((_, c)) if c > col) {
            return Err(GiveUp);
        }
        Ok(id)
    }

    /// A one-line flow sequence `[a, "b", 'c']` of plain words and quoted scalars.
    fn flow_sequence(&mut self, at: usize, end: usize, depth: usize) -> Res<usize> {
        self.enter(depth)?;
        let b = self.b;
        let id = self.push(Kind::Seq(Vec::new()));
        let mut children = Vec::new();
        let mut i = skip_spaces(b, at + 1);
        if b.get(i) != Some(&b']') {
            loop {
                i = skip_spaces(b, i);
                let item = match b.get(i) {
                    Some(b'"' | b'\'') => {
                        let (text, after) = self.quoted(i, end)?;
                        i = after;
                        self.scalar(text, false)
                    }
                    Some(&c) if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'/' | b'_') => {
                        let start = i;
                        while i < end && !matches!(b[i], b',' | b']') {
                            // Characters that end or complicate a flow plain scalar.
                            if matches!(
                                b[i],
                                b'[' | b'{' | b'}' | b'#' | b':' | b'?' | b'"' | b'\'' | b'\t'
                            ) {
                                return Err(GiveUp);
                            }
                            i += 1;
                        }
                        let text = self.src[start..i].trim_end_matches(' ');
                        self.scalar(text.to_string(), true)
                    }
                    _ => return Err(GiveUp),
                };
                children.push(item);
                i = skip_spaces(b, i);
                match b.get(i) {
                    Some(b',') => i += 1,
                    Some(b']') => break,
                    _ => return Err(GiveUp),
                }
            }
        }
        if !rest_is_blank(b, i + 1) {
            return Err(GiveUp);
        }
        self.nodes[id].kind = Kind::Seq(children);
        Ok(id)
    }

    /// A literal (`|`) or folded (`>`) block scalar whose header is at `at`, in the collection
    /// at column `parent`: libyaml's `yaml_parser_scan_block_scalar` with an indentation taken
    /// from the text. Reads on to the first line after it.
    fn block_scalar(&mut self, at: usize, parent: usize) -> Res<usize> {
        let b = self.b;
        let literal = b[at] == b'|';
        let mut i = at + 1;
        let chomp = match b.get(i) {
            Some(b'-') => -1,
            Some(b'+') => 1,
            _ => 0,
        };
        if chomp != 0 {
            i += 1;
        }
        // An indentation indicator (or a second chomping one) is left to libyaml.
        if matches!(b.get(i), Some(b'0'..=b'9' | b'+' | b'-')) {
            return Err(GiveUp);
        }
        i = skip_spaces(b, i);
        if b.get(i) == Some(&b'#') {
            i = self.line_end(i);
        }
        // At the end of the input libyaml-safer needs its workaround (see `decode`).
        if b.get(i) != Some(&b'\n') {
            return Err(GiveUp);
        }
        let mut line = i + 1;
        let mut text = String::new();
        let mut indent = 0usize;
        let mut trailing_breaks = 0usize;
        let mut leading_break = false;
        let mut leading_blank = false;
        let mut col = self.block_breaks(&mut line, &mut indent, parent, &mut trailing_breaks)?;
        while col == indent && line + col < b.len() {
            let start = line + col;
            let trailing_blank = matches!(b[start], b' ' | b'\t');
            if !literal && leading_break && !leading_blank && !trailing_blank {
                if trailing_breaks == 0 {
                    text.push(' ');
                }
            } else if leading_break {
                text.push('\n');
            }
            text.extend(std::iter::repeat_n('\n', trailing_breaks));
            trailing_breaks = 0;
            leading_blank = trailing_blank;
            let end = self.line_end(start);
            if end == b.len() {
                return Err(GiveUp);
            }
            text.push_str(&self.src[start..end]);
            leading_break = true;
            line = end + 1;
            col = self.block_breaks(&mut line, &mut indent, parent, &mut trailing_breaks)?;
        }
        if chomp != -1 && leading_break {
            text.push('\n');
        }
        if chomp == 1 {
            text.extend(std::iter::repeat_n('\n', trailing_breaks));
        }
        self.pos = line;
        Ok(self.scalar(text, false))
    }

    /// libyaml's `yaml_parser_scan_block_scalar_breaks`: from the start of `line`, skips
    /// indentation and empty lines (counted in `breaks`) and leaves `line` at the start of the
    /// first line with text, whose column it returns. An `indent` of 0 is set from the text:
    /// the deepest indentation seen, at least one more than the `parent` collection's column.
    fn block_breaks(
        &self,
        line: &mut usize,
        indent: &mut usize,
        parent: usize,
        breaks: &mut usize,
    ) -> Res<usize> {
        let b = self.b;
        let mut max_indent = 0;
        loop {
            let mut col = 0;
            while (*indent == 0 || col < *indent) && b.get(*line + col) == Some(&b' ') {
                col += 1;
            }
            max_indent = max_indent.max(col);
            if (*indent == 0 || col < *indent) && b.get(*line + col) == Some(&b'\t') {
                return Err(GiveUp);
            }
            if b.get(*line + col) != Some(&b'\n') {
                if *indent == 0 {
                    *indent = max_indent.max(parent + 1);
                }
                return Ok(col);
            }
            *breaks += 1;
            *line += col + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::parse_docs_libyaml;

    /// A tree as text (kinds, values, plain or not, nesting, depth), to compare two readers.
    fn dump(doc: &Doc) -> String {
        fn walk(doc: &Doc, id: usize, out: &mut String) {
            match &doc.nodes[id].kind {
                Kind::Scalar {
                    value,
                    tag,
                    implicit,
                } => {
                    let v = value.take();
                    out.push_str(&format!("S({v:?},{tag:?},{implicit})"));
                    value.set(v);
                }
                Kind::Seq(c) | Kind::Map(c) => {
                    let open = if matches!(doc.nodes[id].kind, Kind::Seq(_)) {
                        "["
                    } else {
                        "{"
                    };
                    out.push_str(open);
                    for &c in c {
                        walk(doc, c, out);
                        out.push(',');
                    }
                    out.push(']');
                }
                Kind::Alias { name, .. } => out.push_str(&format!("A({name})")),
            }
        }
        let mut out = format!("depth {} alias {}: ", doc.depth, doc.has_alias);
        walk(doc, doc.root, &mut out);
        out
    }

    /// Whether the simple reader reads `input`; when it does, its tree must be libyaml's and
    /// the stream must hold that one document.
    fn check(input: &str) -> bool {
        let Ok(doc) = read(input) else {
            return false;
        };
        let docs = parse_docs_libyaml(input, usize::MAX).unwrap_or_else(|e| {
            panic!("libyaml rejects what the simple reader read ({e}):\n{input}")
        });
        assert_eq!(docs.len(), 1, "documents in:\n{input}");
        assert_eq!(dump(&doc), dump(&docs[0]), "trees differ for:\n{input}");
        true
    }

    #[test]
    fn reads_block_yaml_as_libyaml_does() {
        let cases = [
            "a: 1\n",
            "a: 1",
            "a:\n  b: c\n  d: [x, \"y\", 'z''s']\ne: {}\nf: []\ng: { }\n",
            "# head\n\na: b # tail\n  # indented comment\nc: 'd' # e\n",
            "list:\n- a\n- b: 1\n  c: 2\n",
            "list:\n  - a\n  -\n    b: 1\n  - # c\n    d\nnext: 1\n",
            "k:\n- a: 1\n  b:\n  - x\n  c: |\n    text\n- z\n",
            "s: |\n  one\n   two\n\n  three\n\n\nt: 1\n",
            "s: |-\n  one\n  \n",
            "s: |+\n  one\n\n\nt: 1\n",
            "s: >\n  folded\n  lines\n\n  para\n   more\n  end\nt: x\n",
            "s: >-\n  a\n  b\n",
            "s: |\n\n\n    deep\n",
            "s: |\n  a\n    \n  b\n",
            "s: |\nt: 1\n",
            "s: | # comment\n  x\n",
            "s: |\n  # not a comment\n  x\n",
            "- |\n  in a sequence\n- >\n  folded\n",
            "# c\n---\na: 1\n",
            "--- # c\na: 1\n",
            "e: \"a\\\\b \\\"q\\\" \\n \\t\"\n",
            "a:\n  {}\nb:\n  []\nc:\n  \"x\"\nd:\n  plain\ne:\n  |\n   t\n",
            "- a\n-\n  [x]\n",
            "url: http://x.y:80/z\nhash: a#b\nneg: -1\nempty:\ntilde: ~\n",
            "\"quoted key\": 1\n'single': 2\nspaced key : 3\n",
            "a:\n  b:\n    c:\n      d: deep\n",
            "  indented: root\n  next: 1\n",
            "items: [a b, c.d/e, 1.5, x-y]\n",
            "unicode: héllo wörld\n# ünïcode comment\n",
            "tab in comment: 1 #\tx\ntab: |\n  a\tb\n",
            "dup: 1\ndup: 2\n",
            "<<: {}\n",
            "- a\n- b\n",
        ];
        for case in cases {
            assert!(check(case), "the simple reader gave up on:\n{case}");
        }
    }

    #[test]
    fn leaves_everything_else_to_libyaml() {
        let cases = [
            "",
            "# only a comment\n",
            "scalar\n",
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "a: plain\n  continued\n",
            "- plain\n  continued\n",
            "a: \"esc\\x41\"\n",
            "a: \"esc\\/\"\n",
            "a: \"multi\n  line\"\n",
            "a: [multi,\n  line]\n",
            "a: {b: c}\n",
            "a: 1\n---\nb: 2\n",
            "--- a\n",
            "a: 1\n...\n",
            "%YAML 1.1\n---\na: 1\n",
            "a:\t1\n",
            "\ta: 1\n",
            "a: 1\r\n",
            "a: b: c\n",
            "a: b:\n",
            "? a\n: b\n",
            "a: |2\n  x\n",
            "a: |\n  no final break",
            "a: 1\n b: 2\n",
            "a:\n  - x\n  y: 1\n",
            "a: 1\n- x\n",
            "- a\nb: 1\n",
            "a: - b\n",
            "- - x\n",
            "a: 'open\n",
            "a: \"x\"y\n",
            "\u{feff}a: 1\n",
            "a: \u{85}\n",
            "a: [x: y]\n",
            "a: [a?b]\n",
            "a: [,]\n",
            "a: @x\n",
        ];
        for case in cases {
            assert!(read(case).is_err(), "the simple reader read:\n{case}");
        }
    }

    /// Every YAML file of the shared corpus's charts, read both ways; then, around every fifth
    /// line of each values file, windows of it with that line changed in ways that break
    /// indentation, keys and scalars. Whatever the simple reader reads must match libyaml.
    #[test]
    fn agrees_with_libyaml_on_the_corpus_and_its_variants() {
        let corpus =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/charts");
        let mut files = Vec::new();
        let mut dirs = vec![corpus.clone()];
        while let Some(dir) = dirs.pop() {
            let entries = std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("read {}: {e} (needs ../shared/corpus)", dir.display()));
            for entry in entries {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                    files.push(path);
                }
            }
        }
        files.sort();
        let (mut values, mut values_read, mut variants, mut variants_read) = (0, 0, 0, 0);
        for path in &files {
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            let read_whole = check(&text);
            if path.file_name().is_none_or(|n| n != "values.yaml") {
                continue;
            }
            values += 1;
            values_read += usize::from(read_whole);
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            for k in (0..lines.len()).step_by(5) {
                let line = lines[k];
                let body = line.trim_end_matches('\n');
                let changed = [
                    String::new(),
                    format!(" {line}"),
                    format!("  {line}"),
                    line.strip_prefix(' ').unwrap_or(line).to_string(),
                    format!("{line}  - x\n"),
                    format!("{line}{line}"),
                    body.replacen(": ", ":", 1) + "\n",
                    body.replacen(": ", ": |\n", 1) + "\n",
                    body.replacen(": ", ": >-\n   ", 1) + "\n",
                    format!("{body} #c\n  more\n"),
                    body.replacen('-', "", 1) + "\n",
                ];
                let from = k.saturating_sub(12);
                let to = (k + 12).min(lines.len());
                for change in changed {
                    let mut window: String = lines[from..k].concat();
                    window.push_str(&change);
                    window.push_str(&lines[k + 1..to].concat());
                    variants += 1;
                    variants_read += usize::from(check(&window));
                }
            }
        }
        eprintln!(
            "simple reader: {values_read}/{values} values files, {variants_read}/{variants} variants"
        );
        assert!(values >= 50, "the corpus has {values} values files");
        // The reader is only worth its place while it reads most values files.
        assert!(
            values_read * 10 >= values * 8,
            "read {values_read} of {values} values files"
        );
    }

    /// Small documents put together at random from pieces that sit on the edges of the
    /// subset (indentation off by one, keys and values with `#`, `:`, quotes, escapes and
    /// spaces, block scalars with blank and deeper lines): whatever the simple reader reads
    /// must match libyaml, and it must read a fair share of them.
    #[test]
    fn agrees_with_libyaml_on_generated_documents() {
        const INDENTS: [&str; 6] = ["", "", " ", "  ", "   ", "    "];
        const ENTRIES: [&str; 5] = ["", "", "- ", "-  ", "-"];
        const KEYS: [&str; 10] = [
            "a", "b", "key", "\"q k\"", "'s''k'", "a b", "-k", "k#x", "x:y", "<<",
        ];
        const SEPS: [&str; 6] = [": ", ": ", ":", ":  ", " : ", ":\t"];
        const VALUES: [&str; 26] = [
            "",
            "",
            "1",
            "-1",
            "v",
            "a b",
            "a  b ",
            "v # c",
            "v#c",
            "a:b",
            "a: b",
            "~",
            "true",
            "\"x\"",
            "\"e\\\"s\\\\\\n\"",
            "'it''s'",
            "'o",
            "[a, b]",
            "[]",
            "{}",
            "[a, \"b\"] # c",
            "|",
            "|-",
            ">",
            "|+ # c",
            "# c",
        ];
        const TEXT: [&str; 8] = ["  t", "   t u", "", "    ", "  # h", " t", "\tt", "  \tt"];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((seed >> 33) as usize) % n
        };
        let (mut docs, mut read_docs) = (0, 0);
        for _ in 0..100_000 {
            let mut doc = String::new();
            let mut width = 0usize;
            for _ in 0..1 + next(7) {
                // Mostly the previous line's indentation or one level in or out.
                width = match next(8) {
                    0..=2 => width,
                    3 | 4 => width + 2,
                    5 => width.saturating_sub(2),
                    _ => INDENTS[next(INDENTS.len())].len(),
                };
                let indent = &" ".repeat(width);
                doc.push_str(indent);
                doc.push_str(ENTRIES[next(ENTRIES.len())]);
                if next(4) != 0 {
                    doc.push_str(KEYS[next(KEYS.len())]);
                    doc.push_str(SEPS[next(SEPS.len())]);
                }
                let value = VALUES[next(VALUES.len())];
                doc.push_str(value);
                doc.push('\n');
                if value.starts_with(['|', '>']) {
                    for _ in 0..next(4) {
                        doc.push_str(indent);
                        doc.push_str(TEXT[next(TEXT.len())]);
                        doc.push('\n');
                    }
                }
            }
            if next(8) == 0 {
                doc.pop();
            }
            docs += 1;
            read_docs += usize::from(check(&doc));
        }
        eprintln!("simple reader: {read_docs}/{docs} generated documents");
        assert!(read_docs >= 5_000, "read {read_docs} of {docs}");
    }
}
