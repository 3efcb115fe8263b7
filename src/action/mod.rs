//! Actions: what each command does, returning data and printing nothing.

pub mod dependency;
pub mod deploy;
pub mod diff;
pub mod get;
pub mod history;
pub mod hooks;
pub mod install;
pub mod list;
pub mod release_testing;
pub mod rollback;
pub mod status;
pub mod uninstall;
pub mod unlock;
pub mod upgrade;

use crate::release::Chart;
use crate::storage::{Broken, StorageError};

/// Errors of the read-only actions.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    /// The records could not be read.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The release name breaks Helm's rule.
    #[error("release name is invalid: {0}")]
    InvalidName(String),
    /// `--selector` does not parse.
    #[error("{0}")]
    Filter(String),
    /// The release's objects could not be read (`--show-resources`).
    #[error("{0}")]
    Resources(String),
}

/// Helm's release name rule ([`crate::release::validate_name`]) as an action error.
pub fn validate_name(name: &str) -> Result<(), ActionError> {
    crate::release::validate_name(name).map_err(|_| ActionError::InvalidName(name.to_string()))
}

/// `<chart name>-<chart version>`, or `MISSING` when the record has no chart metadata.
pub fn chart_name(chart: Option<&Chart>) -> String {
    match chart.and_then(|c| c.metadata.as_ref()) {
        Some(m) => format!("{}-{}", m.name, m.version),
        None => "MISSING".to_string(),
    }
}

/// The chart's appVersion, or `MISSING`.
pub fn app_version(chart: Option<&Chart>) -> String {
    match chart.and_then(|c| c.metadata.as_ref()) {
        Some(m) => m.app_version.clone(),
        None => "MISSING".to_string(),
    }
}

/// A result plus the records that were skipped because they could not be read.
#[derive(Debug)]
pub struct WithWarnings<T> {
    /// The result.
    pub value: T,
    /// The records that could not be read.
    pub broken: Vec<Broken>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(validate_name("my-release.v2").is_ok());
        for bad in ["", "Upper", "-x", "x-", &"a".repeat(54), "a_b"] {
            assert!(validate_name(bad).is_err(), "{bad}");
        }
    }
}
