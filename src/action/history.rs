//! `helm history`: the newest `--max` revisions, oldest first.

use serde::Serialize;

use super::{app_version, chart_name, validate_name, ActionError, WithWarnings};
use crate::release::{GoTime, HelmTime};
use crate::storage::Storage;

/// One history row (`releaseInfo` in Helm 4's `history.go`).
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

/// Runs `history NAME --max MAX`.
pub async fn run(
    storage: &Storage,
    name: &str,
    max: i64,
) -> Result<WithWarnings<Vec<HistoryEntry>>, ActionError> {
    validate_name(name)?;
    tracing::debug!(release = name, "getting history for release");
    let want = usize::try_from(max).unwrap_or(0);
    let fetched = storage.history_summaries(name, Some(want)).await?;
    let mut rels = fetched.releases;
    rels.sort_by_key(|r| r.version);
    let value = rels
        .iter()
        .map(|r| {
            let info = r.info.clone().unwrap_or_default();
            HistoryEntry {
                revision: r.version,
                updated: info.last_deployed.helm4(),
                status: info.status,
                chart: chart_name(r.chart.as_ref()),
                app_version: app_version(r.chart.as_ref()),
                description: info.description,
            }
        })
        .collect();
    Ok(WithWarnings {
        value,
        broken: fetched.broken,
    })
}
