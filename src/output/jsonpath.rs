//! Kubernetes JSONPath templates (`k8s.io/client-go/util/jsonpath`) as Helm's `--jsonpath`
//! flag prints them: text outside `{…}` as is; inside, `.field`, `['field']`, `[n]` (negative
//! from the end), `[start:end:step]`, `[*]`, `.*`, `..field`, `"literal"`, `range EXPR` …
//! `end`, and `[?(@.path == 'text')]` filters on strings. A field found nowhere or an index out
//! of range is an error of the k8s evaluator that Helm drops, printing nothing at all; so does
//! rhelm. Several results of one action are separated by a space; strings print raw,
//! lists and maps as Go's compact JSON, numbers as Go prints a float64.
//!
//! Not supported: unions (`[a,b]`, a parse error). Filters comparing numbers match nothing,
//! as Helm's do (its values are float64, the literals integers).

use serde_json::Value;

/// A template that cannot be parsed, with the k8s parser's text where it has one.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct JsonPathError(String);

fn err(s: impl Into<String>) -> JsonPathError {
    JsonPathError(s.into())
}

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Field(String),
    /// `.*` or `[*]`.
    Wildcard,
    /// `..` before the next step.
    Recursive,
    Index(i64),
    Slice(Option<i64>, Option<i64>, Option<i64>),
    /// `[?(@.path == 'text')]` (`equal` false for `!=`); `None` text: the path exists.
    Filter(Vec<Step>, Option<(bool, String)>),
    /// A filter comparing numbers (or with `<`, `>`): Helm's values are float64 and its
    /// literals integers, so such a filter never matches there; here neither.
    NeverMatches,
}

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Text(String),
    Path(Vec<Step>),
    Range(Vec<Step>, Vec<Node>),
}

/// Parses a template.
fn parse(template: &str) -> Result<Vec<Node>, JsonPathError> {
    let mut stack: Vec<(Vec<Step>, Vec<Node>)> = Vec::new();
    let mut nodes = Vec::new();
    let mut rest = template;
    while !rest.is_empty() {
        let Some(open) = rest.find('{') else {
            nodes.push(Node::Text(rest.to_string()));
            break;
        };
        if open > 0 {
            nodes.push(Node::Text(rest[..open].to_string()));
        }
        let close = action_end(&rest[open + 1..]).ok_or_else(|| err("unclosed action"))?;
        let action = rest[open + 1..open + 1 + close].trim();
        rest = &rest[open + 1 + close + 1..];
        if let Some(expr) = action.strip_prefix("range ") {
            stack.push((parse_path(expr.trim())?, std::mem::take(&mut nodes)));
        } else if action == "end" {
            // An `end` outside any range prints nothing, as in the k8s printer.
            if let Some((steps, outer)) = stack.pop() {
                let body = std::mem::replace(&mut nodes, outer);
                nodes.push(Node::Range(steps, body));
            }
        } else if let Some(lit) = quoted(action) {
            nodes.push(Node::Text(lit));
        } else {
            nodes.push(Node::Path(parse_path(action)?));
        }
    }
    if !stack.is_empty() {
        return Err(err("unclosed range"));
    }
    Ok(nodes)
}

/// The offset of the `}` closing an action, quotes skipped.
fn action_end(s: &str) -> Option<usize> {
    let mut quote = None;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '}' => return Some(i),
            None => {}
        }
    }
    None
}

/// A double-quoted literal with Go's escapes (`\n`, `\t`, `\"`, `\\`).
fn quoted(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(o) => out.push(o),
            None => out.push('\\'),
        }
    }
    Some(out)
}

fn parse_path(s: &str) -> Result<Vec<Step>, JsonPathError> {
    let mut steps = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    // `@` is the current object (inside filters); a leading `$` is the root.
    if s.starts_with('$') || s.starts_with('@') {
        i = 1;
    }
    while i < b.len() {
        match b[i] {
            b'.' if b.get(i + 1) == Some(&b'.') => {
                steps.push(Step::Recursive);
                i += 2;
            }
            b'.' => {
                i += 1;
                let start = i;
                while i < b.len() && !matches!(b[i], b'.' | b'[') {
                    i += 1;
                }
                match &s[start..i] {
                    "" => {}
                    "*" => steps.push(Step::Wildcard),
                    name => steps.push(Step::Field(name.to_string())),
                }
            }
            b'[' => {
                let close = bracket_end(&s[i..]).ok_or_else(|| err("unterminated array"))?;
                steps.push(parse_bracket(&s[i + 1..i + close])?);
                i += close + 1;
            }
            _ => {
                // A bare name after `..` (`..name`), else not a path.
                let start = i;
                while i < b.len() && !matches!(b[i], b'.' | b'[') {
                    i += 1;
                }
                let name = &s[start..i];
                if steps.last() != Some(&Step::Recursive) {
                    return Err(err(format!("unrecognized identifier {name}")));
                }
                steps.push(Step::Field(name.to_string()));
            }
        }
    }
    Ok(steps)
}

/// The offset of the `]` closing the `[` at the start of `s`, quotes and parentheses skipped.
fn bracket_end(s: &str) -> Option<usize> {
    let mut depth = 0;
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '\'' | '"' => quote = Some(c),
                '[' | '(' => depth += 1,
                ')' => depth -= 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            },
        }
    }
    None
}

fn parse_bracket(inner: &str) -> Result<Step, JsonPathError> {
    let t = inner.trim();
    if t == "*" {
        return Ok(Step::Wildcard);
    }
    if let Some(f) = t.strip_prefix("?(").and_then(|f| f.strip_suffix(')')) {
        return parse_filter(f.trim());
    }
    for q in ['\'', '"'] {
        if let Some(name) = t.strip_prefix(q).and_then(|n| n.strip_suffix(q)) {
            if !name.contains(q) {
                return Ok(Step::Field(name.to_string()));
            }
        }
    }
    if t.contains(',') {
        let first = t.split(',').next().unwrap_or("").trim();
        let shown = first.trim_matches(|c| c == '"' || c == '\'');
        if first.parse::<i64>().is_err() {
            return Err(err(format!(
                "invalid array index {}",
                gostd::strconv::quote(shown)
            )));
        }
        return Err(err(
            "unions of array indexes are not supported by rhelm's JSONPath",
        ));
    }
    let index = |p: &str| -> Result<Option<i64>, JsonPathError> {
        let p = p.trim();
        if p.is_empty() {
            return Ok(None);
        }
        p.parse::<i64>()
            .map(Some)
            .map_err(|_| err(format!("invalid array index {p}")))
    };
    let parts: Vec<&str> = t.split(':').collect();
    match parts.as_slice() {
        [one] => Ok(Step::Index(
            index(one)?.ok_or_else(|| err("invalid array index "))?,
        )),
        [a, b] => Ok(Step::Slice(index(a)?, index(b)?, None)),
        [a, b, c] => Ok(Step::Slice(index(a)?, index(b)?, index(c)?)),
        _ => Err(err(format!("invalid array index {t}"))),
    }
}

fn parse_filter(f: &str) -> Result<Step, JsonPathError> {
    for (op, equal) in [("==", true), ("!=", false)] {
        if let Some((left, right)) = f.split_once(op) {
            let right = right.trim();
            let text = ['\'', '"'].iter().find_map(|q| {
                right
                    .strip_prefix(*q)
                    .and_then(|r| r.strip_suffix(*q))
                    .map(str::to_string)
            });
            return match text {
                Some(text) => Ok(Step::Filter(parse_path(left.trim())?, Some((equal, text)))),
                None => Ok(Step::NeverMatches),
            };
        }
    }
    if f.contains(['<', '>', '=', '!']) {
        return Ok(Step::NeverMatches);
    }
    Ok(Step::Filter(parse_path(f)?, None))
}

/// A lookup the k8s evaluator reports as an error (a field found in none of the values, an
/// index out of range); Helm drops the error and with it the whole output.
struct NotFound;

/// The values `steps` select from `input`; `strict` makes a missing field or index an error
/// (filters test their paths leniently).
fn apply<'a>(
    steps: &[Step],
    input: Vec<&'a Value>,
    strict: bool,
) -> Result<Vec<&'a Value>, NotFound> {
    let mut cur = input;
    for step in steps {
        let mut next = Vec::new();
        let mut out_of_range = false;
        for v in &cur {
            let v: &'a Value = v;
            match step {
                Step::Field(name) => {
                    if let Some(x) = v.as_object().and_then(|m| m.get(name)) {
                        next.push(x);
                    }
                }
                Step::Wildcard => match v {
                    Value::Object(m) => {
                        let mut keys: Vec<&String> = m.keys().collect();
                        keys.sort();
                        next.extend(keys.into_iter().map(|k| &m[k]));
                    }
                    Value::Array(a) => next.extend(a.iter()),
                    _ => {}
                },
                Step::Recursive => descendants(v, &mut next),
                Step::Index(i) => {
                    if let Some(a) = v.as_array() {
                        let len = a.len() as i64;
                        let i = if *i < 0 { len + i } else { *i };
                        if (0..len).contains(&i) {
                            next.push(&a[i as usize]);
                        } else {
                            out_of_range = true;
                        }
                    }
                }
                Step::Slice(start, end, step) => {
                    if let Some(a) = v.as_array() {
                        let len = a.len() as i64;
                        let norm = |x: i64| if x < 0 { (len + x).max(0) } else { x.min(len) };
                        let (s, e) = (norm(start.unwrap_or(0)), norm(end.unwrap_or(len)));
                        let step = step.unwrap_or(1).max(1) as usize;
                        if s < e {
                            next.extend(a[s as usize..e as usize].iter().step_by(step));
                        }
                    }
                }
                Step::NeverMatches => {}
                Step::Filter(path, test) => {
                    let items: Vec<&Value> = match v {
                        Value::Array(a) => a.iter().collect(),
                        other => vec![other],
                    };
                    for item in items {
                        let found = apply(path, vec![item], false).unwrap_or_default();
                        let keep = match test {
                            None => !found.is_empty(),
                            Some((equal, text)) => {
                                found.iter().any(|f| f.as_str() == Some(text.as_str())) == *equal
                            }
                        };
                        if keep {
                            next.push(item);
                        }
                    }
                }
            }
        }
        let missing = matches!(step, Step::Field(_)) && next.is_empty();
        if strict && (missing || out_of_range) {
            return Err(NotFound);
        }
        cur = next;
    }
    Ok(cur)
}

/// A value and everything below it (map keys sorted), as `..` sees them.
fn descendants<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    out.push(v);
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            for k in keys {
                descendants(&m[k], out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| descendants(x, out)),
        _ => {}
    }
}

/// How one result prints.
fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => match n.as_f64() {
            Some(f) => gostd::strconv::format_float_v(f),
            None => n.to_string(),
        },
        Value::Array(_) | Value::Object(_) => {
            let mut sorted = crate::release::gojson::go_numbers(v);
            crate::release::gojson::sort_map_keys(&mut sorted);
            crate::release::gojson::to_string(&sorted).unwrap_or_default()
        }
    }
}

fn render(nodes: &[Node], current: &Value, out: &mut String) -> Result<(), NotFound> {
    for n in nodes {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Path(steps) => {
                let found = apply(steps, vec![current], true)?;
                let texts: Vec<String> = found.into_iter().map(text).collect();
                out.push_str(&texts.join(" "));
            }
            Node::Range(steps, body) => {
                for item in apply(steps, vec![current], true)? {
                    render(body, item, out)?;
                }
            }
        }
    }
    Ok(())
}

/// Prints `data` through the JSONPath `template`.
pub fn execute(template: &str, data: &Value) -> Result<String, JsonPathError> {
    let nodes = parse(template)?;
    let mut out = String::new();
    if render(&nodes, data, &mut out).is_err() {
        out.clear();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> Value {
        serde_json::json!({
            "image": {"repository": "nginx", "tag": "1.2"},
            "replicas": 3, "ratio": 1.5, "enabled": true, "none": null,
            "list": [{"name": "a", "port": 80}, {"name": "b", "port": 443}],
        })
    }

    #[test]
    fn prints_what_helm_prints() {
        let v = values();
        for (t, want) in [
            ("{.image.repository}", "nginx"),
            ("{.replicas}", "3"),
            ("{.image}", r#"{"repository":"nginx","tag":"1.2"}"#),
            ("{.list[*].name}", "a b"),
            ("{.list[0]}", r#"{"name":"a","port":80}"#),
            ("{.enabled}{.ratio}{.none}", "true1.5null"),
            (
                "{range .list[*]}{.name}:{.port}{\"\\n\"}{end}",
                "a:80\nb:443\n",
            ),
            ("{..name}", "a b"),
            ("{.missing}", ""),
            ("{.list[-1].name}", "b"),
            ("text {.replicas}", "text 3"),
            ("{.list[0:1].name}", "a"),
            ("{.image['tag']}", "1.2"),
            ("{.image.*}", "nginx 1.2"),
            ("{.list[?(@.name=='b')].port}", "443"),
            ("{.list[?(@.port==443)].name}", ""),
            ("{.image.tag} {.missing}", ""),
            ("{.list[5]}", ""),
            ("{end}", ""),
        ] {
            assert_eq!(execute(t, &v).unwrap(), want, "{t}");
        }
    }

    #[test]
    fn refuses_what_helm_refuses() {
        let v = values();
        assert_eq!(execute("{", &v).unwrap_err().to_string(), "unclosed action");
        assert_eq!(
            execute("{.list[a]}", &v).unwrap_err().to_string(),
            "invalid array index a"
        );
        assert_eq!(
            execute(r#"{.list[*]["name","port"]}"#, &v)
                .unwrap_err()
                .to_string(),
            "invalid array index \"name\""
        );
    }
}
