//! The rows `list` and `history` print of release records (Helm 4's `releaseElement` and
//! `releaseInfo`): built by the actions, printed by `output::rows`.

use serde::Serialize;

use super::{GoTime, HelmTime};

/// One listed release (`releaseElement` in Helm 4's `cmd/list.go`).
#[derive(Clone, Debug, Serialize)]
pub struct ListEntry {
    /// The release name.
    pub name: String,
    /// Its namespace.
    pub namespace: String,
    /// Its newest revision, as text (Helm prints it from a string).
    pub revision: String,
    /// When that revision was deployed, in Go's time format.
    pub updated: String,
    /// Its status.
    pub status: String,
    /// `NAME-VERSION` of its chart.
    pub chart: String,
    /// The chart's `appVersion`.
    pub app_version: String,
}

/// One history row (`releaseInfo` in Helm 4's `cmd/history.go`).
#[derive(Clone, Debug, Serialize)]
pub struct HistoryEntry {
    /// The revision.
    pub revision: i64,
    /// When it was deployed (omitted from JSON and YAML when Helm omits it).
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub updated: HelmTime,
    /// Its status.
    pub status: String,
    /// `NAME-VERSION` of its chart.
    pub chart: String,
    /// The chart's `appVersion`.
    pub app_version: String,
    /// What happened (`Install complete`, `Rollback to 2`, …).
    pub description: String,
}

impl HistoryEntry {
    /// The UPDATED column (Go's `time.ANSIC`).
    pub fn updated_ansic(&self) -> String {
        match &self.updated {
            HelmTime::At(t) => t.ansic(),
            HelmTime::Zero(_) => GoTime::zero().ansic(),
        }
    }
}
