//! The rows `list` and `history` print of release records (Helm 4's `releaseElement` and
//! `releaseInfo`): built by the actions, printed by `output::rows`.

use serde::Serialize;

use super::{GoTime, HelmTime};

/// One listed release (`releaseElement` in Helm 4's `cmd/list.go`).
#[derive(Clone, Debug, Serialize)]
pub struct ListEntry {
    pub name: String,
    pub namespace: String,
    pub revision: String,
    pub updated: String,
    pub status: String,
    pub chart: String,
    pub app_version: String,
}

/// One history row (`releaseInfo` in Helm 4's `cmd/history.go`).
#[derive(Clone, Debug, Serialize)]
pub struct HistoryEntry {
    pub revision: i64,
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub updated: HelmTime,
    pub status: String,
    pub chart: String,
    pub app_version: String,
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
