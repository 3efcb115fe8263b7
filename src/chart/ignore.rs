//! `.helmignore` rules, as Helm evaluates them: Go `path.Match` globs (`*` and `?` never cross
//! `/`, `[a-z]`/`[^x]` classes, `\` escapes), a leading `!` negates, a trailing `/` matches
//! directories only, a leading `/` anchors at the chart root, a pattern without `/` is matched
//! against the base name only, and `**` is rejected.
//!
//! Helm's negation is peculiar and reproduced as is: a negated rule that does *not* match
//! makes the path ignored, and one that matches lets evaluation continue.

/// The name of the ignore file in a chart directory.
pub const HELM_IGNORE: &str = ".helmignore";

/// A bad `.helmignore` line; the texts are Helm's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IgnoreError {
    /// A pattern uses `**`, which `.helmignore` does not support.
    #[error("double-star (**) syntax is not supported")]
    DoubleStar,
    /// A pattern is not a valid Go `filepath.Match` pattern.
    #[error("syntax error in pattern")]
    BadPattern,
}

#[derive(Debug, Clone)]
enum Matcher {
    /// Anchored at the root: the whole relative path must match.
    Root(String),
    /// Contains a `/`: the whole relative path must match.
    Path(String),
    /// No `/`: only the base name must match.
    Base(String),
}

#[derive(Debug, Clone)]
struct Pattern {
    raw: String,
    matcher: Matcher,
    negate: bool,
    must_dir: bool,
}

/// An ordered set of ignore rules.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    patterns: Vec<Pattern>,
}

impl Rules {
    /// No rules: nothing is ignored.
    pub fn empty() -> Self {
        Rules::default()
    }

    /// Parses the text of a `.helmignore` file.
    pub fn parse(text: &[u8]) -> Result<Self, IgnoreError> {
        let text = text.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(text);
        let text = String::from_utf8_lossy(text);
        let mut r = Rules::empty();
        for line in text.split('\n') {
            let line = line.strip_suffix('\r').unwrap_or(line);
            r.parse_rule(line)?;
        }
        Ok(r)
    }

    /// Adds Helm's default rule: dot files under `templates/` are ignored.
    pub fn add_defaults(&mut self) {
        self.parse_rule("templates/.?*")
            .expect("the default helmignore rule is valid");
    }

    /// The raw text of each rule, in order.
    pub fn raw_patterns(&self) -> impl Iterator<Item = &str> {
        self.patterns.iter().map(|p| p.raw.as_str())
    }

    fn parse_rule(&mut self, rule: &str) -> Result<(), IgnoreError> {
        let rule = rule.trim_matches(|c: char| crate::chart::gofmt::is_space(c));
        if rule.is_empty() || rule.starts_with('#') {
            return Ok(());
        }
        if rule.contains("**") {
            return Err(IgnoreError::DoubleStar);
        }
        go_match(rule, "abc")?;
        let raw = rule.to_string();
        let mut rule = rule;
        let mut negate = false;
        let mut must_dir = false;
        if let Some(r) = rule.strip_prefix('!') {
            negate = true;
            rule = r;
        }
        if let Some(r) = rule.strip_suffix('/') {
            must_dir = true;
            rule = r;
        }
        let matcher = if let Some(r) = rule.strip_prefix('/') {
            Matcher::Root(r.to_string())
        } else if rule.contains('/') {
            Matcher::Path(rule.to_string())
        } else {
            Matcher::Base(rule.to_string())
        };
        self.patterns.push(Pattern {
            raw,
            matcher,
            negate,
            must_dir,
        });
        Ok(())
    }

    /// Whether the chart-relative, `/`-separated `path` is ignored.
    pub fn ignore(&self, path: &str, is_dir: bool) -> bool {
        if path.is_empty() || path == "." || path == "./" {
            return false;
        }
        for p in &self.patterns {
            if p.negate {
                if p.must_dir && !is_dir {
                    return true;
                }
                if !p.matches(path) {
                    return true;
                }
                continue;
            }
            if p.must_dir && !is_dir {
                continue;
            }
            if p.matches(path) {
                return true;
            }
        }
        false
    }
}

impl Pattern {
    fn matches(&self, path: &str) -> bool {
        match &self.matcher {
            Matcher::Root(r) | Matcher::Path(r) => go_match(r, path).unwrap_or(false),
            Matcher::Base(r) => go_match(r, base_name(path)).unwrap_or(false),
        }
    }
}

/// Go's `filepath.Base` for `/`-separated paths.
pub fn base_name(path: &str) -> &str {
    if path.is_empty() {
        return ".";
    }
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return "/";
    }
    match trimmed.rfind('/') {
        Some(i) => &trimmed[i + 1..],
        None => trimmed,
    }
}

/// Go's `path.Match` (Unix `filepath.Match`): does `name` match the shell pattern?
pub fn go_match(pattern: &str, name: &str) -> Result<bool, IgnoreError> {
    // Most .helmignore lines are a name (`.git`) or a suffix (`*.swp`), checked against every
    // file of the chart: those need no pattern walk.
    let is_meta = |b: u8| matches!(b, b'*' | b'?' | b'[' | b'\\');
    if !pattern.bytes().any(is_meta) {
        return Ok(pattern == name);
    }
    if let Some(suffix) = pattern.strip_prefix('*') {
        if !suffix.bytes().any(is_meta) {
            return Ok(name
                .strip_suffix(suffix)
                .is_some_and(|head| !head.contains('/')));
        }
    }
    match_pattern(pattern, name)
}

/// [`go_match`] for any pattern.
fn match_pattern(pattern: &str, name: &str) -> Result<bool, IgnoreError> {
    let mut pattern = pattern.as_bytes();
    let mut name = name.as_bytes();
    'pattern: while !pattern.is_empty() {
        let (star, chunk, rest) = scan_chunk(pattern);
        pattern = rest;
        if star && chunk.is_empty() {
            return Ok(!name.contains(&b'/'));
        }
        let (t, ok) = match_chunk(chunk, name)?;
        if ok && (t.is_empty() || !pattern.is_empty()) {
            name = t;
            continue;
        }
        if star {
            let mut i = 0;
            while i < name.len() && name[i] != b'/' {
                let (t, ok) = match_chunk(chunk, &name[i + 1..])?;
                if ok {
                    if pattern.is_empty() && !t.is_empty() {
                        i += 1;
                        continue;
                    }
                    name = t;
                    continue 'pattern;
                }
                i += 1;
            }
        }
        while !pattern.is_empty() {
            let (_, chunk, rest) = scan_chunk(pattern);
            pattern = rest;
            match_chunk(chunk, b"")?;
        }
        return Ok(false);
    }
    Ok(name.is_empty())
}

fn scan_chunk(mut pattern: &[u8]) -> (bool, &[u8], &[u8]) {
    let mut star = false;
    while let Some(b'*') = pattern.first() {
        pattern = &pattern[1..];
        star = true;
    }
    let mut in_range = false;
    let mut i = 0;
    while i < pattern.len() {
        match pattern[i] {
            b'\\' if i + 1 < pattern.len() => i += 1,
            b'[' => in_range = true,
            b']' => in_range = false,
            b'*' if !in_range => break,
            _ => {}
        }
        i += 1;
    }
    (star, &pattern[..i], &pattern[i..])
}

fn decode_rune(s: &[u8]) -> (Option<char>, usize) {
    if s.is_empty() {
        return (None, 0);
    }
    let len = match s[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return (None, 1),
    };
    match s.get(..len).and_then(|b| std::str::from_utf8(b).ok()) {
        Some(st) => (st.chars().next(), len),
        None => (None, 1),
    }
}

/// Returns the rest of `s` after matching `chunk` and whether it matched.
fn match_chunk<'a>(mut chunk: &[u8], mut s: &'a [u8]) -> Result<(&'a [u8], bool), IgnoreError> {
    let mut failed = false;
    while !chunk.is_empty() {
        if !failed && s.is_empty() {
            failed = true;
        }
        match chunk[0] {
            b'[' => {
                let mut r: u32 = 0;
                if !failed {
                    let (c, n) = decode_rune(s);
                    r = c.map_or(0xFFFD, |c| c as u32);
                    s = &s[n..];
                }
                chunk = &chunk[1..];
                let mut negated = false;
                if chunk.first() == Some(&b'^') {
                    negated = true;
                    chunk = &chunk[1..];
                }
                let mut matched = false;
                let mut nrange = 0;
                loop {
                    if chunk.first() == Some(&b']') && nrange > 0 {
                        chunk = &chunk[1..];
                        break;
                    }
                    let (lo, rest) = get_esc(chunk)?;
                    chunk = rest;
                    let mut hi = lo;
                    if chunk[0] == b'-' {
                        let (h, rest) = get_esc(&chunk[1..])?;
                        hi = h;
                        chunk = rest;
                    }
                    if lo <= r && r <= hi {
                        matched = true;
                    }
                    nrange += 1;
                }
                if matched == negated {
                    failed = true;
                }
            }
            b'?' => {
                if !failed {
                    if s[0] == b'/' {
                        failed = true;
                    }
                    let (_, n) = decode_rune(s);
                    s = &s[n..];
                }
                chunk = &chunk[1..];
            }
            c => {
                let mut c = c;
                if c == b'\\' {
                    chunk = &chunk[1..];
                    if chunk.is_empty() {
                        return Err(IgnoreError::BadPattern);
                    }
                    c = chunk[0];
                }
                if !failed {
                    if c != s[0] {
                        failed = true;
                    }
                    s = &s[1..];
                }
                chunk = &chunk[1..];
            }
        }
    }
    if failed {
        Ok((&[], false))
    } else {
        Ok((s, true))
    }
}

fn get_esc(mut chunk: &[u8]) -> Result<(u32, &[u8]), IgnoreError> {
    if chunk.is_empty() || chunk[0] == b'-' || chunk[0] == b']' {
        return Err(IgnoreError::BadPattern);
    }
    if chunk[0] == b'\\' {
        chunk = &chunk[1..];
        if chunk.is_empty() {
            return Err(IgnoreError::BadPattern);
        }
    }
    let (c, n) = decode_rune(chunk);
    let rest = &chunk[n..];
    match c {
        None => Err(IgnoreError::BadPattern),
        Some(_) if rest.is_empty() => Err(IgnoreError::BadPattern),
        Some(c) => Ok((c as u32, rest)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_suffixes_match_as_the_full_pattern_walk_does() {
        let patterns = [
            ".git", "*.swp", "*", "*~", "*.tar.gz", "*/x", "a/b", "", "*.", ".*", "*a*", "?.x",
        ];
        let names = [
            ".git",
            "x.swp",
            "a/x.swp",
            ".swp",
            "swp",
            "",
            "a",
            "a/b",
            "a/x",
            "b/a/x",
            "f~",
            "x.tar.gz",
            "a.tar.gz/b",
            "x.",
            "a.b",
            "ba",
            "a.x",
        ];
        for p in patterns {
            for n in names {
                assert_eq!(
                    go_match(p, n),
                    match_pattern(p, n),
                    "pattern {p:?} name {n:?}"
                );
            }
        }
    }

    #[test]
    fn go_path_match() {
        let cases: &[(&str, &str, bool)] = &[
            ("abc", "abc", true),
            ("*", "abc", true),
            ("*c", "abc", true),
            ("a*", "a", true),
            ("a*", "ab/c", false),
            ("a*/b", "abc/b", true),
            ("a*/b", "a/c/b", false),
            ("a*b*c*d*e*/f", "axbxcxdxe/f", true),
            ("a*b*c*d*e*/f", "axbxcxdxexxx/f", true),
            ("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false),
            ("a*b?c*x", "abxbbxdbxebxczzx", true),
            ("a*b?c*x", "abxbbxdbxebxczzy", false),
            ("ab[c]", "abc", true),
            ("ab[b-d]", "abc", true),
            ("ab[e-g]", "abc", false),
            ("ab[^c]", "abc", false),
            ("ab[^b-d]", "abe", true),
            ("a\\*b", "a*b", true),
            ("a\\*b", "ab", false),
            ("a?b", "a☺b", true),
            ("a[^a]b", "a☺b", true),
            ("a???b", "a☺b", false),
            ("[a-ζ]*", "α", true),
            ("*[a-ζ]", "A", false),
            ("a?b", "a/b", false),
            ("a*b", "a/b", false),
            ("[\\]a]", "]", true),
            ("[\\-]", "-", true),
            ("[x\\-]", "z", false),
            ("*x", "xxx", true),
        ];
        for (p, n, want) in cases {
            assert_eq!(go_match(p, n), Ok(*want), "Match({p:?}, {n:?})");
        }
        for bad in [
            "[]a]", "[-]", "[x-]", "[a-b-c]", "[", "[^", "[^bc", "a[", "\\", "[\\", "a*b\\",
        ] {
            // Helm checks patterns against "abc"; an invalid pattern must error there.
            assert_eq!(
                go_match(bad, "abc"),
                Err(IgnoreError::BadPattern),
                "{bad:?}"
            );
        }
        // After a mismatch Go still checks the rest of the pattern.
        assert_eq!(go_match("a*[", "x"), Err(IgnoreError::BadPattern));
    }

    fn ig(pattern: &str, name: &str, dir: bool) -> bool {
        Rules::parse(pattern.as_bytes()).unwrap().ignore(name, dir)
    }

    #[test]
    fn helm_ignore_rules() {
        assert!(ig("helm.txt", "helm.txt", false));
        assert!(ig("helm.*", "helm.txt", false));
        assert!(!ig("helm.*", "rudder.txt", false));
        assert!(ig("*.txt", "tiller.txt", false));
        assert!(ig("*.txt", "cargo/a.txt", false));
        assert!(ig("cargo/*.txt", "cargo/a.txt", false));
        assert!(!ig("cargo/*.txt", "mast/a.txt", false));
        assert!(ig("ru[c-e]?er.txt", "rudder.txt", false));
        assert!(ig("templates/.?*", "templates/.dotfile", false));
        assert!(!ig(".*", ".", true));
        assert!(!ig(".*", "./", true));
        assert!(ig(".*", ".joonix", false));
        assert!(!ig(".*", "helm.txt", false));
        assert!(!ig(".*", "", false));
        assert!(ig("cargo/", "cargo", true));
        assert!(!ig("cargo/", "mast", true));
        assert!(!ig("helm.txt/", "helm.txt", false));
        assert!(!ig("!helm.txt", "helm.txt", false));
        assert!(ig("!helm.txt", "tiller.txt", false));
        assert!(ig("!*.txt", "cargo", true));
        assert!(ig("!cargo/", "mast", true));
        assert!(ig("/a.txt", "a.txt", false));
        assert!(!ig("/a.txt", "cargo/a.txt", false));
        assert!(ig("/cargo/a.txt", "cargo/a.txt", false));
        // Comments, blank lines, CRLF and a BOM.
        let r = Rules::parse(b"\xEF\xBB\xBF# c\r\n\r\n*.bak\r\n  \n").unwrap();
        assert_eq!(r.raw_patterns().collect::<Vec<_>>(), vec!["*.bak"]);
        assert!(r.ignore("x/y.bak", false));
    }

    #[test]
    fn helm_ignore_errors() {
        assert_eq!(
            Rules::parse(b"a/**/b").unwrap_err().to_string(),
            "double-star (**) syntax is not supported"
        );
        assert_eq!(
            Rules::parse(b"[z-a").unwrap_err().to_string(),
            "syntax error in pattern"
        );
    }

    #[test]
    fn defaults_ignore_template_dotfiles() {
        let mut r = Rules::empty();
        r.add_defaults();
        assert!(r.ignore("templates/.hidden.yaml", false));
        assert!(!r.ignore("templates/visible.yaml", false));
        assert!(!r.ignore(".hidden", false));
    }
}
