//! kubectl's human-readable printing of server-side `meta.k8s.io/v1` Tables, as Helm 4's
//! `helm status` uses it: one Go `text/tabwriter` (min width 6, padding 3) per printed object,
//! headers printed again only when the column set changes.

use serde_json::Value;

/// Go `text/tabwriter` with kubectl's settings (minwidth 6, tabwidth 4, padding 3, ' ', no flags).
pub fn tabwriter(text: &str) -> String {
    const MINWIDTH: usize = 6;
    const PADDING: usize = 3;
    let body = text.strip_suffix('\n').unwrap_or(text);
    let lines: Vec<Vec<&str>> = body.split('\n').map(|l| l.split('\t').collect()).collect();
    let width = |s: &str| s.chars().count();
    let mut out = String::new();
    format_block(
        &lines,
        0,
        lines.len(),
        &mut Vec::new(),
        &mut out,
        &width,
        MINWIDTH,
        PADDING,
    );
    if !text.ends_with('\n') {
        out.pop();
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn format_block(
    lines: &[Vec<&str>],
    mut line0: usize,
    line1: usize,
    widths: &mut Vec<usize>,
    out: &mut String,
    width: &dyn Fn(&str) -> usize,
    minwidth: usize,
    padding: usize,
) {
    let column = widths.len();
    let mut this = line0;
    while this < line1 {
        if column + 1 >= lines[this].len() {
            this += 1;
            continue;
        }
        write_lines(lines, line0, this, widths, out, width);
        line0 = this;
        let mut w = minwidth;
        while this < line1 && column + 1 < lines[this].len() {
            w = w.max(width(lines[this][column]) + padding);
            this += 1;
        }
        widths.push(w);
        format_block(lines, line0, this, widths, out, width, minwidth, padding);
        widths.pop();
        line0 = this;
    }
    write_lines(lines, line0, line1, widths, out, width);
}

fn write_lines(
    lines: &[Vec<&str>],
    from: usize,
    to: usize,
    widths: &[usize],
    out: &mut String,
    width: &dyn Fn(&str) -> usize,
) {
    for line in &lines[from..to] {
        for (j, cell) in line.iter().enumerate() {
            out.push_str(cell);
            if j < widths.len() && j + 1 < line.len() {
                for _ in width(cell)..widths[j] {
                    out.push(' ');
                }
            }
        }
        out.push('\n');
    }
}

fn cell_text(cell: &Value) -> String {
    match cell {
        Value::Null => String::new(),
        Value::String(s) => match s.find(['\x0c', '\n', '\r']) {
            Some(i) => format!("{}...", &s[..i]),
            None => s.clone(),
        },
        Value::Number(n) => match n.as_i64() {
            Some(i) => i.to_string(),
            None => gostd::json::format_float(n.as_f64().unwrap_or(0.0)),
        },
        Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

/// Printer state shared across objects (kubectl `HumanReadablePrinter`).
#[derive(Default)]
pub struct TablePrinter {
    last_columns: Option<Value>,
    printed_headers: bool,
}

impl TablePrinter {
    /// Prints one Table object (or nothing when it is not a Table).
    pub fn print(&mut self, table: &Value) -> String {
        if table.get("kind").and_then(Value::as_str) != Some("Table") {
            return String::new();
        }
        let mut cols = table
            .get("columnDefinitions")
            .cloned()
            .unwrap_or(Value::Array(Vec::new()));
        let cols_empty = cols.as_array().is_none_or(Vec::is_empty);
        let no_headers =
            self.printed_headers && (cols_empty || Some(&cols) == self.last_columns.as_ref());
        if cols_empty {
            cols = self
                .last_columns
                .clone()
                .unwrap_or(Value::Array(Vec::new()));
        } else if Some(&cols) != self.last_columns.as_ref() {
            self.last_columns = Some(cols.clone());
            self.printed_headers = false;
        }
        let rows = table
            .get("rows")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if !rows.is_empty() {
            self.printed_headers = true;
        }
        let cols = cols.as_array().cloned().unwrap_or_default();
        let visible: Vec<usize> = cols
            .iter()
            .enumerate()
            .filter(|(_, c)| c.get("priority").and_then(Value::as_i64).unwrap_or(0) == 0)
            .map(|(i, _)| i)
            .collect();
        let mut text = String::new();
        if !no_headers {
            if rows.is_empty() {
                return String::new();
            }
            let names: Vec<String> = visible
                .iter()
                .map(|&i| {
                    cols[i]
                        .get("name")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_uppercase()
                })
                .collect();
            text.push_str(&names.join("\t"));
            text.push('\n');
        }
        for row in &rows {
            let cells = row
                .get("cells")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let parts: Vec<String> = visible
                .iter()
                .filter(|&&i| i < cells.len())
                .map(|&i| cell_text(&cells[i]))
                .collect();
            text.push_str(&parts.join("\t"));
            text.push('\n');
        }
        tabwriter(&text)
    }
}

/// The body of the RESOURCES block: `==> key` sections of printed tables, each followed by a
/// blank line.
pub fn resources_block(groups: &[(String, Vec<Value>)]) -> String {
    let mut printer = TablePrinter::default();
    let mut buf = String::new();
    for (key, objs) in groups {
        buf.push_str(&format!("==> {key}\n"));
        for o in objs {
            buf.push_str(&printer.print(o));
        }
        buf.push('\n');
    }
    buf
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tabwriter_like_go() {
        assert_eq!(
            tabwriter("NAME\tDATA\tAGE\nd1-a\t1\t3s\n"),
            "NAME   DATA   AGE\nd1-a   1      3s\n"
        );
        assert_eq!(
            tabwriter("d1-bbbbbbbbbbbb\t2\t3s\n"),
            "d1-bbbbbbbbbbbb   2     3s\n"
        );
    }

    #[test]
    fn headers_only_when_columns_change() {
        let cols = json!([{"name": "Name", "priority": 0}, {"name": "Data", "priority": 0},
                          {"name": "Hidden", "priority": 1}, {"name": "Age", "priority": 0}]);
        let t1 = json!({"kind": "Table", "columnDefinitions": cols,
                        "rows": [{"cells": ["d1-a", 1, "x", "3s"]}]});
        let t2 = json!({"kind": "Table", "columnDefinitions": cols,
                        "rows": [{"cells": ["d1-bbbbbbbbbbbb", 2, "x", "3s"]}]});
        let block = resources_block(&[("v1/ConfigMap".into(), vec![t1, t2])]);
        assert_eq!(
            block,
            "==> v1/ConfigMap\nNAME   DATA   AGE\nd1-a   1      3s\nd1-bbbbbbbbbbbb   2     3s\n\n"
        );
    }
}
