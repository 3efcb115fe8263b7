//! Kubernetes label selectors (`k8s.io/apimachinery/pkg/labels` syntax, v0.35 as helm 4.1.4
//! builds it) matched against a release's labels, as `helm list --selector` does: the same
//! lexer, grammar, validation and error texts.

use crate::release::is_dns1123_subdomain;
use std::collections::{BTreeMap, BTreeSet};

/// An operator of a requirement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    In,
    NotIn,
    Equals,
    NotEquals,
    GreaterThan,
    LessThan,
    Exists,
    DoesNotExist,
}

/// One requirement of a selector: a key, an operator and its values.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Req {
    key: String,
    op: Op,
    values: Vec<String>,
}

/// A parsed selector; the empty selector matches everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selector {
    reqs: Vec<Req>,
}

/// A selector that does not parse, in apimachinery's words (`unable to parse requirement: …`,
/// `found 'x', expected: …`).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SelectorError(String);

/// The lexer's tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    End,
    ClosedPar,
    Comma,
    DoesNotExist,
    DoubleEquals,
    Equals,
    GreaterThan,
    Identifier,
    In,
    LessThan,
    NotEquals,
    NotIn,
    OpenPar,
}

/// Literal tokens: the special symbols and the two keywords.
fn literal_token(s: &[u8]) -> Option<Tok> {
    Some(match s {
        b")" => Tok::ClosedPar,
        b"," => Tok::Comma,
        b"!" => Tok::DoesNotExist,
        b"==" => Tok::DoubleEquals,
        b"=" => Tok::Equals,
        b">" => Tok::GreaterThan,
        b"in" => Tok::In,
        b"<" => Tok::LessThan,
        b"!=" => Tok::NotEquals,
        b"notin" => Tok::NotIn,
        b"(" => Tok::OpenPar,
        _ => return None,
    })
}

fn is_whitespace(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_special(c: u8) -> bool {
    matches!(c, b'=' | b'!' | b'(' | b')' | b',' | b'>' | b'<')
}

/// Splits `input` into tokens as apimachinery's `Lexer` does (a NUL byte ends the input, as
/// its `read` does), ending with [`Tok::End`].
fn lex(input: &str) -> Vec<(Tok, String)> {
    let b = input.as_bytes();
    let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    let b = &b[..end];
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < b.len() && is_whitespace(b[i]) {
            i += 1;
        }
        if i == b.len() {
            out.push((Tok::End, String::new()));
            return out;
        }
        let start = i;
        if is_special(b[i]) {
            // The longest run of special symbols that is still a token.
            let mut best = None;
            while i < b.len() && is_special(b[i]) {
                match literal_token(&b[start..=i]) {
                    Some(t) => best = Some((t, i + 1)),
                    None if best.is_some() => break,
                    None => {}
                }
                i += 1;
            }
            // Every single special symbol is a token, so `best` is always set.
            let (t, stop) = best.unwrap_or((Tok::Identifier, i));
            i = stop;
            out.push((t, input[start..stop].to_string()));
        } else {
            while i < b.len() && !is_special(b[i]) && !is_whitespace(b[i]) {
                i += 1;
            }
            let s = &b[start..i];
            let t = literal_token(s).unwrap_or(Tok::Identifier);
            out.push((t, String::from_utf8_lossy(s).into_owned()));
        }
    }
}

/// Whether the parser is after a key (where `in`/`notin` are operators) or reading values
/// (where they are identifiers).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    KeyAndOperator,
    Values,
}

struct Parser {
    items: Vec<(Tok, String)>,
    pos: usize,
}

fn err(msg: String) -> SelectorError {
    SelectorError(msg)
}

impl Parser {
    fn lookahead(&self, ctx: Context) -> (Tok, String) {
        let (t, l) = self.items[self.pos.min(self.items.len() - 1)].clone();
        (Self::in_context(t, ctx), l)
    }

    fn consume(&mut self, ctx: Context) -> (Tok, String) {
        let item = self.lookahead(ctx);
        self.pos += 1;
        item
    }

    fn in_context(t: Tok, ctx: Context) -> Tok {
        match t {
            Tok::In | Tok::NotIn if ctx == Context::Values => Tok::Identifier,
            other => other,
        }
    }

    fn parse(&mut self) -> Result<Vec<Req>, SelectorError> {
        let mut reqs = Vec::new();
        loop {
            let (t, lit) = self.lookahead(Context::Values);
            match t {
                Tok::Identifier | Tok::DoesNotExist => {
                    let r = self
                        .requirement()
                        .map_err(|e| err(format!("unable to parse requirement: {}", e.0)))?;
                    reqs.push(r);
                    let (t, l) = self.consume(Context::Values);
                    match t {
                        Tok::End => return Ok(reqs),
                        Tok::Comma => {
                            let (t2, l2) = self.lookahead(Context::Values);
                            if t2 != Tok::Identifier && t2 != Tok::DoesNotExist {
                                return Err(err(format!(
                                    "found '{l2}', expected: identifier after ','"
                                )));
                            }
                        }
                        _ => {
                            return Err(err(format!(
                                "found '{l}', expected: ',' or 'end of string'"
                            )))
                        }
                    }
                }
                Tok::End => return Ok(reqs),
                _ => {
                    return Err(err(format!(
                        "found '{lit}', expected: !, identifier, or 'end of string'"
                    )))
                }
            }
        }
    }

    fn requirement(&mut self) -> Result<Req, SelectorError> {
        let (key, op) = self.key_and_inferred_operator()?;
        if let Some(op) = op {
            return new_requirement(key, op, Vec::new());
        }
        let op = self.operator()?;
        let values = match op {
            Op::In | Op::NotIn => self.values()?,
            _ => self.exact_value()?,
        };
        new_requirement(key, op, values.into_iter().collect())
    }

    /// The key, and `Exists`/`DoesNotExist` when no binary operator follows.
    fn key_and_inferred_operator(&mut self) -> Result<(String, Option<Op>), SelectorError> {
        let mut op = None;
        let (mut t, mut lit) = self.consume(Context::Values);
        if t == Tok::DoesNotExist {
            op = Some(Op::DoesNotExist);
            (t, lit) = self.consume(Context::Values);
        }
        if t != Tok::Identifier {
            return Err(err(format!("found '{lit}', expected: identifier")));
        }
        // The parser's own path is nil, which Go prints as `<nil>`.
        if let Some(e) = invalid_key("<nil>", &lit) {
            return Err(err(e));
        }
        let (next, _) = self.lookahead(Context::Values);
        if (next == Tok::End || next == Tok::Comma) && op.is_none() {
            op = Some(Op::Exists);
        }
        Ok((lit, op))
    }

    fn operator(&mut self) -> Result<Op, SelectorError> {
        let (t, lit) = self.consume(Context::KeyAndOperator);
        Ok(match t {
            Tok::In => Op::In,
            Tok::Equals | Tok::DoubleEquals => Op::Equals,
            Tok::GreaterThan => Op::GreaterThan,
            Tok::LessThan => Op::LessThan,
            Tok::NotIn => Op::NotIn,
            Tok::NotEquals => Op::NotEquals,
            _ => {
                return Err(err(format!(
                    "found '{lit}', expected: in, notin, =, ==, !=, gt, lt"
                )))
            }
        })
    }

    fn values(&mut self) -> Result<BTreeSet<String>, SelectorError> {
        let (t, lit) = self.consume(Context::Values);
        if t != Tok::OpenPar {
            return Err(err(format!("found '{lit}' expected: '('")));
        }
        let (t, lit) = self.lookahead(Context::Values);
        match t {
            Tok::Identifier | Tok::Comma => {
                let s = self.identifiers()?;
                let (t, _) = self.consume(Context::Values);
                if t != Tok::ClosedPar {
                    return Err(err(format!("found '{lit}', expected: ')'")));
                }
                Ok(s)
            }
            Tok::ClosedPar => {
                self.consume(Context::Values);
                Ok(BTreeSet::from([String::new()]))
            }
            _ => Err(err(format!(
                "found '{lit}', expected: ',', ')' or identifier"
            ))),
        }
    }

    fn identifiers(&mut self) -> Result<BTreeSet<String>, SelectorError> {
        let mut s = BTreeSet::new();
        loop {
            let (t, lit) = self.consume(Context::Values);
            match t {
                Tok::Identifier => {
                    s.insert(lit);
                    let (t2, l2) = self.lookahead(Context::Values);
                    match t2 {
                        Tok::Comma => continue,
                        Tok::ClosedPar => return Ok(s),
                        _ => return Err(err(format!("found '{l2}', expected: ',' or ')'"))),
                    }
                }
                Tok::Comma => {
                    // `(,`, `,)` and `,,` stand for empty values.
                    if s.is_empty() {
                        s.insert(String::new());
                    }
                    let (t2, _) = self.lookahead(Context::Values);
                    if t2 == Tok::ClosedPar {
                        s.insert(String::new());
                        return Ok(s);
                    }
                    if t2 == Tok::Comma {
                        s.insert(String::new());
                    }
                }
                _ => return Err(err(format!("found '{lit}', expected: ',', or identifier"))),
            }
        }
    }

    fn exact_value(&mut self) -> Result<BTreeSet<String>, SelectorError> {
        let (t, _) = self.lookahead(Context::Values);
        if t == Tok::End || t == Tok::Comma {
            return Ok(BTreeSet::from([String::new()]));
        }
        let (t, lit) = self.consume(Context::Values);
        if t == Tok::Identifier {
            return Ok(BTreeSet::from([lit]));
        }
        Err(err(format!("found '{lit}', expected: identifier")))
    }
}

/// apimachinery's `NewRequirement`: the values checked for the operator, every error of the
/// requirement aggregated (`[a, b]` when there are several).
fn new_requirement(key: String, op: Op, values: Vec<String>) -> Result<Req, SelectorError> {
    let mut errs: Vec<String> = Vec::new();
    if let Some(e) = invalid_key("key", &key) {
        errs.push(e);
    }
    if matches!(op, Op::GreaterThan | Op::LessThan) {
        if values.len() != 1 {
            errs.push(format!(
                "values: Invalid value: {}: for 'Gt', 'Lt' operators, exactly one value is required",
                json_list(&values)
            ));
        }
        for (i, v) in values.iter().enumerate() {
            if v.parse::<i64>().is_err() {
                errs.push(format!(
                    "values[{i}]: Invalid value: {}: for 'Gt', 'Lt' operators, the value must be an integer",
                    gostd::strconv::quote(v)
                ));
            }
        }
    }
    for (i, v) in values.iter().enumerate() {
        let msgs = label_value_errors(v);
        if !msgs.is_empty() {
            errs.push(format!(
                "values[{i}][{key}]: Invalid value: {}: {}",
                gostd::strconv::quote(v),
                msgs.join("; ")
            ));
        }
    }
    // ToAggregate drops repeated texts; one error prints alone, several in brackets.
    let mut seen = BTreeSet::new();
    errs.retain(|e| seen.insert(e.clone()));
    match errs.len() {
        0 => Ok(Req { key, op, values }),
        1 => Err(err(errs.remove(0))),
        _ => Err(err(format!("[{}]", errs.join(", ")))),
    }
}

/// A `[]string` as encoding/json writes it (as field errors print their bad value).
fn json_list(values: &[String]) -> String {
    serde_json::to_string(values).unwrap_or_default()
}

const LABEL_KEY_FMT: &str = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
const LABEL_KEY_MSG: &str = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const DNS1123_LABEL_FMT: &str = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

/// apimachinery's `RegexError`: the message, its examples and the pattern.
fn regex_error(msg: &str, re: &str, examples: &[&str]) -> String {
    let mut out = format!("{msg} (e.g. ");
    for (i, e) in examples.iter().enumerate() {
        if i > 0 {
            out.push_str(" or ");
        }
        out.push_str(&format!("'{e}', "));
    }
    out.push_str(&format!("regex used for validation is '{re}')"));
    out
}

/// `^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$`.
fn is_label_name(s: &str) -> bool {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) => {
            f.is_ascii_alphanumeric()
                && l.is_ascii_alphanumeric()
                && b.iter()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
        }
        _ => false,
    }
}

/// `content.IsLabelKey`'s complaints about `key`.
fn label_key_errors(key: &str) -> Vec<String> {
    let mut errs = Vec::new();
    let parts: Vec<&str> = key.split('/').collect();
    let name = match parts.as_slice() {
        [name] => *name,
        [prefix, name] => {
            if prefix.is_empty() {
                errs.push("prefix part must be non-empty".to_string());
            } else {
                if prefix.len() > 253 {
                    errs.push("prefix part must be no more than 253 bytes".to_string());
                }
                if !is_dns1123_subdomain(prefix) {
                    errs.push(format!(
                        "prefix part {}",
                        regex_error(
                            "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
                            &format!("{DNS1123_LABEL_FMT}(\\.{DNS1123_LABEL_FMT})*"),
                            &["example.com"],
                        )
                    ));
                }
            }
            *name
        }
        _ => {
            errs.push(format!(
                "a valid label key {} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
                regex_error(LABEL_KEY_MSG, LABEL_KEY_FMT, &["MyName", "my.name", "123-abc"])
            ));
            return errs;
        }
    };
    if name.is_empty() {
        errs.push("name part must be non-empty".to_string());
    } else if name.len() > 63 {
        errs.push("name part must be no more than 63 bytes".to_string());
    }
    if !is_label_name(name) {
        errs.push(format!(
            "name part {}",
            regex_error(
                LABEL_KEY_MSG,
                LABEL_KEY_FMT,
                &["MyName", "my.name", "123-abc"]
            )
        ));
    }
    errs
}

/// `content.IsLabelValue`'s complaints about `value`.
fn label_value_errors(value: &str) -> Vec<String> {
    let mut errs = Vec::new();
    if value.len() > 63 {
        errs.push("must be no more than 63 bytes".to_string());
    }
    if !value.is_empty() && !is_label_name(value) {
        errs.push(regex_error(
            "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
            &format!("({LABEL_KEY_FMT})?"),
            &["MyValue", "my_value", "12345"],
        ));
    }
    errs
}

/// The field error for an invalid key at `path`, if it is invalid.
fn invalid_key(path: &str, key: &str) -> Option<String> {
    let errs = label_key_errors(key);
    (!errs.is_empty()).then(|| {
        format!(
            "{path}: Invalid value: {}: {}",
            gostd::strconv::quote(key),
            errs.join("; ")
        )
    })
}

impl Selector {
    /// Parses a selector string (`labels.Parse`).
    pub fn parse(input: &str) -> Result<Selector, SelectorError> {
        let mut p = Parser {
            items: lex(input),
            pos: 0,
        };
        Ok(Selector { reqs: p.parse()? })
    }

    /// True when every requirement holds for `labels`.
    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        self.reqs.iter().all(|r| {
            let has = |v: &String| r.values.contains(v);
            match r.op {
                Op::In | Op::Equals => labels.get(&r.key).is_some_and(has),
                Op::NotIn | Op::NotEquals => labels.get(&r.key).is_none_or(|v| !has(v)),
                Op::Exists => labels.contains_key(&r.key),
                Op::DoesNotExist => !labels.contains_key(&r.key),
                Op::GreaterThan | Op::LessThan => {
                    let (Some(Ok(have)), [want]) = (
                        labels.get(&r.key).map(|v| v.parse::<i64>()),
                        r.values.as_slice(),
                    ) else {
                        return false;
                    };
                    let Ok(want) = want.parse::<i64>() else {
                        return false;
                    };
                    if r.op == Op::GreaterThan {
                        have > want
                    } else {
                        have < want
                    }
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors() {
        let l: BTreeMap<String, String> = [("team", "x"), ("status", "deployed"), ("n", "5")]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let m = |s: &str| Selector::parse(s).unwrap().matches(&l);
        assert!(m(""));
        assert!(m("team=x"));
        assert!(m("team==x,status=deployed"));
        assert!(!m("team!=x"));
        assert!(m("team in (x, y)"));
        assert!(!m("team notin (x)"));
        assert!(m("status"));
        assert!(m("!missing"));
        assert!(!m("missing=1"));
        assert!(m("n>4,n<6"));
        assert!(!m("n>5"));
        assert!(!m("team>1"));
        assert!(m("team in (,x)"));
    }

    /// apimachinery's texts, as helm 4.1.4 prints them.
    #[test]
    fn errors() {
        let e = |s: &str| Selector::parse(s).unwrap_err().to_string();
        assert_eq!(
            e("bad selector"),
            "unable to parse requirement: found 'selector', expected: in, notin, =, ==, !=, gt, lt"
        );
        assert_eq!(
            e("a=(b"),
            "unable to parse requirement: found '(', expected: identifier"
        );
        assert_eq!(
            e("=x"),
            "found '=', expected: !, identifier, or 'end of string'"
        );
        assert_eq!(e("a=b,"), "found '', expected: identifier after ','");
        assert_eq!(
            e("a in b"),
            "unable to parse requirement: found 'b' expected: '('"
        );
        assert_eq!(e("a=b c"), "found 'c', expected: ',' or 'end of string'");
        assert_eq!(
            e("-x"),
            "unable to parse requirement: <nil>: Invalid value: \"-x\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
        );
        assert_eq!(
            e("a=-b"),
            "unable to parse requirement: values[0][a]: Invalid value: \"-b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
        );
        assert_eq!(
            e("a>b"),
            "unable to parse requirement: values[0]: Invalid value: \"b\": for 'Gt', 'Lt' operators, the value must be an integer"
        );
    }
}
