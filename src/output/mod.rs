//! Printers with Helm's exact bytes: output formats (`-o table|json|yaml`), Go JSON, YAML via
//! `goyaml`, and gosuri/uitable tables.

pub mod color;
pub mod diff;
pub mod gotmpl;
pub mod jsonpath;
pub mod kubetable;
pub mod release;
pub mod rows;
pub mod status_text;
pub mod table;

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

pub use crate::release::gojson;
pub use table::Table;

/// An `--output` format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Columns for a terminal.
    #[default]
    Table,
    /// JSON.
    Json,
    /// YAML.
    Yaml,
}

/// An unknown `--output` value.
#[derive(Debug, thiserror::Error)]
#[error("invalid format type")]
pub struct InvalidFormat;

impl FromStr for Format {
    type Err = InvalidFormat;
    fn from_str(s: &str) -> Result<Format, InvalidFormat> {
        match s {
            "table" => Ok(Format::Table),
            "json" => Ok(Format::Json),
            "yaml" => Ok(Format::Yaml),
            _ => Err(InvalidFormat),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Yaml => "yaml",
        })
    }
}

/// Error while encoding output.
#[derive(Debug, thiserror::Error)]
#[error("cannot encode the output: {0}")]
pub struct EncodeError(#[from] serde_json::Error);

/// Helm's `EncodeJSON`: Go JSON plus a newline.
pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<String, EncodeError> {
    let mut s = gojson::to_string(value)?;
    s.push('\n');
    Ok(s)
}

/// Helm's `EncodeYAML` (sigs.k8s.io/yaml `Marshal`): Go JSON first, then YAML.
pub fn yaml<T: Serialize + ?Sized>(value: &T) -> Result<String, EncodeError> {
    let v = serde_json::to_value(value)?;
    Ok(goyaml::to_string(&gojson::go_numbers(&v)))
}
