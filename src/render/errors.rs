//! Rendering errors with Helm 4.1.4's texts: `parse error at (FILE:LINE): MSG`,
//! `execution error at (FILE:LINE:COL): MSG` for `required`/`fail`, and the multi-line trace
//! Helm 4 makes of a chain of template execution errors.

use super::funcs::{WARN_END, WARN_START};

/// Why rendering failed. The texts are what Helm prints after `Error: `.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    /// A template did not parse.
    #[error("{0}")]
    Parse(String),
    /// A template failed while executing.
    #[error("{0}")]
    Exec(String),
}

/// Helm's `cleanupParseError`: the location and the last part of Go's parse error.
pub fn parse_error_text(filename: &str, err: &gotemplate::Error) -> String {
    let text = err.to_string();
    let tokens: Vec<&str> = text.split(": ").collect();
    if tokens.len() == 1 {
        return format!("parse error in ({filename}): {text}");
    }
    format!(
        "parse error at ({}): {}",
        tokens[1],
        tokens[tokens.len() - 1]
    )
}

/// Helm's `reformatExecErrorMsg` for an error from executing `filename`.
pub fn exec_error_text(filename: &str, err: &gotemplate::Error) -> String {
    let text = err.to_string();
    let is_exec = matches!(
        err,
        gotemplate::Error::Exec { .. } | gotemplate::Error::ExecNoNode { .. }
    );
    if !is_exec {
        return text;
    }
    reformat_exec_error(filename, &text)
}

/// The rewriting itself, on Go's error text. Go's `error calling F: ERR` wraps ERR, so a chain
/// of nested template errors (through `include`) is recovered from the text; when any link is
/// not a template error, Helm keeps Go's one-line text.
pub fn reformat_exec_error(filename: &str, text: &str) -> String {
    let tokens: Vec<&str> = text.splitn(3, ": ").collect();
    if tokens.len() != 3 {
        return format!("execution error in ({filename}): {text}");
    }
    if let Some(msg) = warn_message(tokens[2]) {
        return format!("execution error at ({}): {msg}", tokens[1]);
    }
    let mut links: Vec<Traceable> = Vec::new();
    let mut current = Some(text.to_string());
    while let Some(cur) = current.take() {
        let Some(t) = parse_link(&cur) else {
            return text.to_string();
        };
        current = t.wrapped.clone();
        if links.last() != Some(&t) {
            links.push(t);
        }
    }
    let mut out = String::new();
    for l in &links {
        if !l.location.is_empty() {
            out.push_str(&l.location);
            out.push_str("\n  ");
        }
        if !l.executed.is_empty() {
            out.push_str(&l.executed);
            out.push_str("\n    ");
        }
        if !l.message.is_empty() {
            out.push_str(&l.message);
            out.push('\n');
        }
    }
    out.trim().to_string()
}

/// The text between the first start marker and the last end marker.
fn warn_message(s: &str) -> Option<&str> {
    let start = s.find(WARN_START)? + WARN_START.len();
    let end = s.rfind(WARN_END)?;
    (end >= start).then(|| &s[start..end])
}

#[derive(Debug, Clone)]
struct Traceable {
    location: String,
    message: String,
    executed: String,
    /// The error this one wraps (Go's `errors.Unwrap`), when it wraps one.
    wrapped: Option<String>,
}

impl PartialEq for Traceable {
    fn eq(&self, o: &Self) -> bool {
        self.location == o.location && self.message == o.message && self.executed == o.executed
    }
}

fn cut_chained(msg: &str) -> String {
    match msg.find(" template:") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// Helm's `parseTemplateExecErrorString` for one link of the chain.
fn parse_link(s: &str) -> Option<Traceable> {
    let rest = s.strip_prefix("template: ")?;
    if rest.starts_with("no template ") {
        return Some(Traceable {
            location: String::new(),
            message: s.to_string(),
            executed: String::new(),
            wrapped: None,
        });
    }
    if let Some(idx) = rest.find(": executing ") {
        let name = &rest[..idx];
        let after = &rest[idx + ": executing ".len()..];
        if let Some(q) = after.strip_prefix('"') {
            if let Some(endq) = q.find('"') {
                let func = &q[..endq];
                if let Some(after_at) = q[endq + 1..].strip_prefix(" at <") {
                    if let Some(end_loc) = after_at.find(">: ") {
                        let node = &after_at[..end_loc];
                        let msg = &after_at[end_loc + 3..];
                        return Some(Traceable {
                            location: name.to_string(),
                            message: cut_chained(msg),
                            executed: format!("executing \"{func}\" at <{node}>:"),
                            wrapped: wrapped_error(msg),
                        });
                    }
                }
            }
        }
        return None;
    }
    let sep = rest.rfind(": ")?;
    Some(Traceable {
        location: rest[..sep].to_string(),
        message: cut_chained(&rest[sep + 2..]),
        executed: String::new(),
        wrapped: None,
    })
}

/// `error calling F: ERR` wraps ERR; other execution messages wrap nothing.
fn wrapped_error(msg: &str) -> Option<String> {
    let rest = msg.strip_prefix("error calling ")?;
    let (_, inner) = rest.split_once(": ")?;
    Some(inner.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_exec_errors_become_traces() {
        let t = "template: c/templates/t.yaml:1:5: executing \"c/templates/t.yaml\" at <.Values.x.y>: can't evaluate field y in type interface {}";
        assert_eq!(
            reformat_exec_error("c/templates/t.yaml", t),
            "c/templates/t.yaml:1:5\n  executing \"c/templates/t.yaml\" at <.Values.x.y>:\n    can't evaluate field y in type interface {}"
        );
    }

    #[test]
    fn function_errors_stay_one_line() {
        let t = "template: c/t.yaml:1:5: executing \"c/t.yaml\" at <div 1 0>: error calling div: runtime error: integer divide by zero";
        assert_eq!(reformat_exec_error("c/t.yaml", t), t);
    }

    #[test]
    fn include_chains_and_missing_templates() {
        let t = "template: c/t.yaml:1:5: executing \"c/t.yaml\" at <include \"nope\" .>: error calling include: template: no template \"nope\" associated with template \"gotpl\"";
        assert_eq!(
            reformat_exec_error("c/t.yaml", t),
            "c/t.yaml:1:5\n  executing \"c/t.yaml\" at <include \"nope\" .>:\n    error calling include:\ntemplate: no template \"nope\" associated with template \"gotpl\""
        );
    }

    #[test]
    fn required_messages() {
        let t = "template: c/t.yaml:3:7: executing \"c/t.yaml\" at <required \"need x\" .Values.x>: error calling required: HELM_ERR_STARTneed xHELM_ERR_END";
        assert_eq!(
            reformat_exec_error("c/t.yaml", t),
            "execution error at (c/t.yaml:3:7): need x"
        );
    }
}
