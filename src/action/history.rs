//! `helm history`: the newest `--max` revisions, oldest first.

use super::{app_version, chart_name, validate_name, ActionError, WithWarnings};
pub use crate::release::rows::HistoryEntry;
use crate::storage::Storage;

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
