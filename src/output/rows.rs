//! The `list` and `history` printouts (Helm 4's `cmd/list.go` and `cmd/history.go` writers):
//! a gosuri/uitable table, or the rows as JSON or YAML.

use super::{color, json, yaml, EncodeError, Format, Table};
use crate::release::rows::{HistoryEntry, ListEntry};

/// How `list` prints its rows.
#[derive(Clone, Copy, Debug, Default)]
pub struct ListLayout {
    /// Table, JSON or YAML (`-o`).
    pub format: Format,
    /// `-q`: names only.
    pub short: bool,
    /// `--no-headers` (table only).
    pub no_headers: bool,
    /// Colour the header, namespace and status (table only).
    pub color: bool,
}

/// The `list` printout of `rows`.
pub fn list(rows: &[ListEntry], layout: ListLayout) -> Result<Vec<u8>, EncodeError> {
    if layout.short {
        let names: Vec<&str> = rows.iter().map(|e| e.name.as_str()).collect();
        return Ok(match layout.format {
            Format::Table => {
                let mut out = String::with_capacity(names.iter().map(|n| n.len() + 1).sum());
                for n in names {
                    out.push_str(n);
                    out.push('\n');
                }
                out.into_bytes()
            }
            Format::Json => json(&names)?.into_bytes(),
            Format::Yaml => yaml(&names)?.into_bytes(),
        });
    }
    Ok(match layout.format {
        Format::Table => {
            let on = layout.color;
            let mut t = Table::new();
            if !layout.no_headers {
                let h: Vec<String> = [
                    "NAME",
                    "NAMESPACE",
                    "REVISION",
                    "UPDATED",
                    "STATUS",
                    "CHART",
                    "APP VERSION",
                ]
                .iter()
                .map(|h| color::header(h, on))
                .collect();
                t.add_row(&h);
            }
            for e in rows {
                t.add_row(&[
                    e.name.clone(),
                    color::namespace(&e.namespace, on),
                    e.revision.clone(),
                    e.updated.clone(),
                    color::status(&e.status, on),
                    e.chart.clone(),
                    e.app_version.clone(),
                ]);
            }
            t.encode()
        }
        Format::Json => json(rows)?.into_bytes(),
        Format::Yaml => yaml(rows)?.into_bytes(),
    })
}

/// The `history` printout of `rows` (oldest first).
pub fn history(rows: &[HistoryEntry], format: Format) -> Result<Vec<u8>, EncodeError> {
    Ok(match format {
        Format::Table => {
            let mut t = Table::new();
            t.add_row(&[
                "REVISION",
                "UPDATED",
                "STATUS",
                "CHART",
                "APP VERSION",
                "DESCRIPTION",
            ]);
            for e in rows {
                t.add_row(&[
                    e.revision.to_string(),
                    e.updated_ansic(),
                    e.status.clone(),
                    e.chart.clone(),
                    e.app_version.clone(),
                    e.description.clone(),
                ]);
            }
            t.encode()
        }
        Format::Json => json(rows)?.into_bytes(),
        Format::Yaml => yaml(rows)?.into_bytes(),
    })
}
