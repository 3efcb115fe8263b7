//! Glob patterns as `.Files.Glob` reads them (gobwas/glob with `/` as the separator):
//! `*` matches within one path segment, `**` across segments, `?` one non-separator
//! character, `[abc]`, `[a-z]`, `[!x]` character classes, `{a,b}` alternatives and `\`
//! escapes.

/// A compiled pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glob {
    seq: Vec<Tok>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Lit(char),
    Any,
    Super,
    Single,
    Class { neg: bool, items: Vec<(char, char)> },
    Alt(Vec<Vec<Tok>>),
}

/// Why a pattern does not compile.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("glob: {0}")]
pub struct GlobError(pub String);

const SEP: char = '/';

impl Glob {
    /// Parses a gobwas-style glob (`*`, `**`, `?`, `[…]`, `{a,b}`), or says why it cannot.
    pub fn compile(pattern: &str) -> Result<Glob, GlobError> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut pos = 0;
        let seq = parse_seq(&chars, &mut pos, false)?;
        if pos != chars.len() {
            return Err(GlobError(format!("unexpected {:?}", chars[pos])));
        }
        Ok(Glob { seq })
    }

    /// Whether `s` matches the whole pattern.
    pub fn matches(&self, s: &str) -> bool {
        let chars: Vec<char> = s.chars().collect();
        match_seq(&self.seq, &chars, &[])
    }
}

fn parse_seq(chars: &[char], pos: &mut usize, in_alt: bool) -> Result<Vec<Tok>, GlobError> {
    let mut out = Vec::new();
    while *pos < chars.len() {
        let c = chars[*pos];
        match c {
            ',' | '}' if in_alt => break,
            '\\' => {
                *pos += 1;
                let Some(&e) = chars.get(*pos) else {
                    return Err(GlobError("unexpected end of pattern after escape".into()));
                };
                out.push(Tok::Lit(e));
                *pos += 1;
            }
            '*' => {
                if chars.get(*pos + 1) == Some(&'*') {
                    out.push(Tok::Super);
                    *pos += 2;
                } else {
                    out.push(Tok::Any);
                    *pos += 1;
                }
            }
            '?' => {
                out.push(Tok::Single);
                *pos += 1;
            }
            '[' => {
                *pos += 1;
                let neg = chars.get(*pos) == Some(&'!');
                if neg {
                    *pos += 1;
                }
                let mut items = Vec::new();
                loop {
                    let Some(&a) = chars.get(*pos) else {
                        return Err(GlobError("unclosed character class".into()));
                    };
                    if a == ']' {
                        *pos += 1;
                        break;
                    }
                    let a = if a == '\\' {
                        *pos += 1;
                        *chars
                            .get(*pos)
                            .ok_or_else(|| GlobError("unclosed character class".into()))?
                    } else {
                        a
                    };
                    *pos += 1;
                    if chars.get(*pos) == Some(&'-')
                        && chars.get(*pos + 1).is_some_and(|c| *c != ']')
                    {
                        let b = chars[*pos + 1];
                        *pos += 2;
                        items.push((a, b));
                    } else {
                        items.push((a, a));
                    }
                }
                if items.is_empty() {
                    return Err(GlobError("empty character class".into()));
                }
                out.push(Tok::Class { neg, items });
            }
            '{' => {
                *pos += 1;
                let mut alts = Vec::new();
                loop {
                    let alt = parse_seq(chars, pos, true)?;
                    alts.push(alt);
                    match chars.get(*pos) {
                        Some(',') => *pos += 1,
                        Some('}') => {
                            *pos += 1;
                            break;
                        }
                        _ => return Err(GlobError("unclosed alternatives".into())),
                    }
                }
                out.push(Tok::Alt(alts));
            }
            _ => {
                out.push(Tok::Lit(c));
                *pos += 1;
            }
        }
    }
    Ok(out)
}

/// Matches `toks` followed by `rest` (the continuation after an alternative) against `s`.
fn match_seq(toks: &[Tok], s: &[char], rest: &[&[Tok]]) -> bool {
    let Some((first, tail)) = toks.split_first() else {
        return match rest.split_first() {
            Some((next, more)) => match_seq(next, s, more),
            None => s.is_empty(),
        };
    };
    match first {
        Tok::Lit(c) => s.first() == Some(c) && match_seq(tail, &s[1..], rest),
        Tok::Single => s.first().is_some_and(|c| *c != SEP) && match_seq(tail, &s[1..], rest),
        Tok::Class { neg, items } => match s.first() {
            Some(c) => {
                let inside = items.iter().any(|(a, b)| a <= c && c <= b);
                inside != *neg && match_seq(tail, &s[1..], rest)
            }
            None => false,
        },
        Tok::Any => {
            for i in 0..=s.len() {
                if match_seq(tail, &s[i..], rest) {
                    return true;
                }
                if i < s.len() && s[i] == SEP {
                    return false;
                }
            }
            false
        }
        Tok::Super => (0..=s.len()).any(|i| match_seq(tail, &s[i..], rest)),
        Tok::Alt(alts) => {
            let mut cont: Vec<&[Tok]> = Vec::with_capacity(rest.len() + 1);
            cont.push(tail);
            cont.extend_from_slice(rest);
            alts.iter().any(|a| match_seq(a, s, &cont))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, s: &str) -> bool {
        Glob::compile(p).unwrap().matches(s)
    }

    #[test]
    fn stars_and_separators() {
        assert!(m("files/*", "files/a.txt"));
        assert!(!m("files/*", "files/x/a.txt"));
        assert!(m("files/**", "files/x/a.txt"));
        assert!(m("**.yaml", "a/b/c.yaml"));
        assert!(m("*.{yaml,json}", "c.json"));
        assert!(!m("*.{yaml,json}", "c.txt"));
        assert!(m("f?le[0-9]", "file7"));
        assert!(!m("f[!i]le", "file"));
        assert!(m("a\\*", "a*"));
        assert!(Glob::compile("[abc").is_err());
        assert!(Glob::compile("{a,b").is_err());
    }
}
