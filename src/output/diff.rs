//! Printers of a helm-diff report (`diff/report.go`), byte for byte: `diff` (the default),
//! `simple`, `json`, `template` and `structured`. Colours are mgutz/ansi's
//! (`ESC[0;<code>m` … `ESC[0m`).

use std::io::Write;

use gotemplate::{FuncError, FuncMap, Function, GoType, Templates, Value};

use crate::diff::{key_parts, Change, LineKind, Report, StructuredEntry};
use crate::output::gojson;
use crate::output::gotmpl::Struct;

/// helm-diff's default template, the `json` format.
pub const DEFAULT_TEMPLATE: &str = r#"[
{{- $global := . -}}
{{- range $idx, $entry := . -}}
{
  "api": "{{ $entry.API }}",
  "kind": "{{ $entry.Kind }}",
  "namespace": "{{ $entry.Namespace }}",
  "name": "{{ $entry.Name }}",
  "change": "{{ $entry.Change }}"
}{{ if not (last $idx  $global) }},{{ end }}
{{- end }}]"#;

/// An `--output` format of `rhelm diff`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffFormat {
    /// Unified diffs of the changed objects (the default).
    Diff,
    /// One line per changed object and a plan summary.
    Simple,
    /// The default template.
    Json,
    /// A Go template over `[{Namespace, Name, Kind, API, Change}]`, with helm-diff's `last`.
    Template(String),
    /// Field-level changes as JSON.
    Structured,
}

impl DiffFormat {
    /// `--output NAME` as helm-diff reads it: `template` uses `template` (the contents of the
    /// `HELM_DIFF_TPL` file) or, without one, the default template; an unknown name (and
    /// `dyff`, which rhelm does not implement) is `diff`.
    pub fn parse(name: &str, template: Option<String>) -> DiffFormat {
        match name {
            "simple" => DiffFormat::Simple,
            "json" => DiffFormat::Json,
            "template" => {
                DiffFormat::Template(template.unwrap_or_else(|| DEFAULT_TEMPLATE.to_string()))
            }
            "structured" => DiffFormat::Structured,
            _ => DiffFormat::Diff,
        }
    }
}

/// A report that could not be printed.
#[derive(Debug, thiserror::Error)]
pub enum DiffPrintError {
    /// Writing the report failed.
    #[error("cannot write the diff: {0}")]
    Io(#[from] std::io::Error),
    /// The `--output template` file does not parse (helm-diff: `Error loading custom template`).
    #[error("Error loading custom template: {0}; fix the template in HELM_DIFF_TPL")]
    Template(gotemplate::Error),
    /// The structured report does not encode as JSON.
    #[error("cannot encode the structured diff: {0}")]
    Json(#[from] serde_json::Error),
}

const GREEN: &str = "32";
const RED: &str = "31";
const YELLOW: &str = "33";
const MAGENTA: &str = "35";
const BRIGHT_BLUE: &str = "94";

/// mgutz/ansi `Color(s, style)`.
fn paint(s: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[0;{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

fn style(change: Change, simple: bool) -> (&'static str, &'static str) {
    match (change, simple) {
        (Change::Add, false) => (GREEN, "has been added:"),
        (Change::Remove, false) => (RED, "has been removed:"),
        (Change::Modify, false) => (YELLOW, "has changed:"),
        (Change::Ownership, false) => (MAGENTA, "changed ownership:"),
        (Change::Add, true) => (GREEN, "to be added."),
        (Change::Remove, true) => (RED, "to be removed."),
        (Change::Modify, true) => (YELLOW, "to be changed."),
        (Change::Ownership, true) => (MAGENTA, "to change ownership."),
        (Change::ModifySuppressed, _) => (
            BRIGHT_BLUE,
            "has changed, but diff is empty after suppression.",
        ),
    }
}

/// Prints a report in a format.
pub fn write_report(
    report: &Report,
    format: &DiffFormat,
    color: bool,
    out: &mut dyn Write,
) -> Result<(), DiffPrintError> {
    match format {
        DiffFormat::Diff => write_diff(report, color, out),
        DiffFormat::Simple => write_simple(report, color, out),
        DiffFormat::Json => write_template(report, DEFAULT_TEMPLATE, out),
        DiffFormat::Template(source) => write_template(report, source, out),
        DiffFormat::Structured => write_structured(report, out),
    }
}

fn write_diff(report: &Report, color: bool, out: &mut dyn Write) -> Result<(), DiffPrintError> {
    let mut s = String::new();
    for e in &report.entries {
        let (code, message) = style(e.change, false);
        s.push_str(&paint(&format!("{} {message}", e.key), code, color));
        s.push('\n');
        if e.suppressed_kind {
            let notice = format!(
                "+ Changes suppressed on sensitive content of type {}\n",
                e.kind
            );
            s.push_str(&paint(&notice, YELLOW, color));
            continue;
        }
        for line in &e.lines {
            match line.kind {
                LineKind::Added => s.push_str(&paint(&format!("+ {}", line.text), GREEN, color)),
                LineKind::Removed => s.push_str(&paint(&format!("- {}", line.text), RED, color)),
                LineKind::Common if line.text.is_empty() => {}
                LineKind::Common => {
                    s.push_str("  ");
                    s.push_str(&line.text);
                }
                LineKind::Elided => s.push_str("..."),
            }
            s.push('\n');
        }
    }
    out.write_all(s.as_bytes())?;
    Ok(())
}

fn write_simple(report: &Report, color: bool, out: &mut dyn Write) -> Result<(), DiffPrintError> {
    let mut s = String::new();
    for e in &report.entries {
        let (code, message) = style(e.change, true);
        s.push_str(&paint(&format!("{} {message}", e.key), code, color));
        s.push('\n');
    }
    let (add, change, destroy, ownership) = report.counts();
    s.push_str(&format!(
        "Plan: {add} to add, {change} to change, {destroy} to destroy, {ownership} to change ownership.\n"
    ));
    out.write_all(s.as_bytes())?;
    Ok(())
}

/// Keys the `json`/`template` formats leave out because helm-diff's key pattern does not
/// match them; helm-diff logs `error processing report entry` for each.
pub fn template_skipped_keys(report: &Report) -> Vec<&str> {
    report
        .entries
        .iter()
        .filter(|e| key_parts(&e.key).is_none())
        .map(|e| e.key.as_str())
        .collect()
}

/// helm-diff's `last`: whether `x` is the last index of `a`.
fn last_function() -> Function {
    Function::pure(
        "last",
        vec![GoType::Int, GoType::Interface],
        None,
        |args: &[Value]| {
            let x = match &args[0] {
                Value::Int(i) | Value::Int64(i) => *i,
                _ => return Err(FuncError::new("last: the index must be an int")),
            };
            let len = match &args[1] {
                Value::List(l) => l.items.len() as i64,
                Value::Map(m) => m.borrow().entries.len() as i64,
                Value::String(s) => s.len() as i64,
                Value::Bytes(b) => b.len() as i64,
                other => {
                    return Err(FuncError::new(format!(
                        "reflect: call of reflect.Value.Len on {} Value",
                        other.kind_name()
                    )))
                }
            };
            Ok(Value::Bool(x == len - 1))
        },
    )
}

fn write_template(
    report: &Report,
    source: &str,
    out: &mut dyn Write,
) -> Result<(), DiffPrintError> {
    let mut funcs = FuncMap::new();
    funcs.insert(last_function());
    let mut set = Templates::new("entries", funcs);
    set.parse("entries", source)
        .map_err(DiffPrintError::Template)?;
    let items = report
        .entries
        .iter()
        .filter_map(|e| {
            let p = key_parts(&e.key)?;
            Some(Value::object(Struct {
                type_name: "diff.ReportTemplateSpec",
                pointer: false,
                fields: vec![
                    ("Namespace", Value::from(p.namespace.as_str())),
                    ("Name", Value::from(p.name.as_str())),
                    ("Kind", Value::from(p.kind.as_str())),
                    ("API", Value::from(p.api.as_str())),
                    ("Change", Value::from(e.change.as_str())),
                ],
            }))
        })
        .collect();
    let mut text = String::new();
    // helm-diff ignores execution errors: what was written before the error is kept.
    let _ = set.execute_into("entries", &Value::list(items), &mut text);
    text.push('\n');
    out.write_all(text.as_bytes())?;
    Ok(())
}

fn write_structured(report: &Report, out: &mut dyn Write) -> Result<(), DiffPrintError> {
    let entries: Vec<StructuredEntry> = report
        .entries
        .iter()
        .map(|e| match &e.structured {
            Some(s) => {
                let mut s = s.clone();
                if s.change_type.is_empty() {
                    s.change_type = e.change.as_str().to_string();
                }
                for c in &mut s.changes {
                    gojson::sort_map_keys(&mut c.old_value);
                    gojson::sort_map_keys(&mut c.new_value);
                }
                s
            }
            None => StructuredEntry {
                name: e.key.clone(),
                change_type: e.change.as_str().to_string(),
                ..Default::default()
            },
        })
        .collect();
    let compact = gojson::to_string(&entries)?;
    let mut text = go_indent(&compact, "  ");
    text.push('\n');
    out.write_all(text.as_bytes())?;
    Ok(())
}

/// Go's `json.Indent` with an empty prefix: a newline and indentation after `{`, `[` and `,`
/// (empty `{}` and `[]` stay on one line), `": "` after keys.
fn go_indent(compact: &str, indent: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut need_indent = false;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str(indent);
        }
    };
    for c in compact.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        if need_indent && c != ']' && c != '}' {
            need_indent = false;
            depth += 1;
            newline(&mut out, depth);
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                need_indent = true;
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            '}' | ']' => {
                if need_indent {
                    need_indent = false;
                } else {
                    depth = depth.saturating_sub(1);
                    newline(&mut out, depth);
                }
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_indent_like_json_indent() {
        assert_eq!(go_indent("[]", "  "), "[]");
        assert_eq!(
            go_indent(r#"[{"a":{},"b":[1,2],"c":"x,:{"}]"#, "  "),
            "[\n  {\n    \"a\": {},\n    \"b\": [\n      1,\n      2\n    ],\n    \"c\": \"x,:{\"\n  }\n]"
        );
    }

    #[test]
    fn unknown_formats_are_diff() {
        assert_eq!(DiffFormat::parse("dyff", None), DiffFormat::Diff);
        assert_eq!(DiffFormat::parse("nope", None), DiffFormat::Diff);
        assert_eq!(
            DiffFormat::parse("template", None),
            DiffFormat::Template(DEFAULT_TEMPLATE.to_string())
        );
    }
}
