//! `helm status`: a stored revision without its chart, plus the live objects it manages.

use super::{get, ActionError, WithWarnings};
use crate::release::{Release, Want};
use crate::storage::Storage;

/// Where to read live objects from, and in which form.
pub struct Live {
    /// The client for reading the live objects.
    pub client: kube::Client,
    /// Ask the server for Tables (for the text layout) instead of objects.
    pub as_table: bool,
}

/// A status result: the release (chart stripped) and the live objects it manages.
pub struct StatusResult {
    /// The release record shown.
    pub release: Release,
    /// Its live objects grouped by kind (`--show-resources`).
    pub resources: crate::cluster::live::Grouped,
}

/// Loads the revision (latest when `revision <= 0`), strips the chart like Helm does and, with a
/// cluster, reads the live objects of its manifest.
pub async fn run(
    storage: &Storage,
    name: &str,
    revision: i64,
    live: Option<Live>,
) -> Result<WithWarnings<StatusResult>, ActionError> {
    // The chart is not printed: its templates and files are skipped unread.
    let r = get::release_parts(storage, name, revision, Want::NO_CHART).await?;
    let mut release = r.value;
    release.chart = None;
    let mut resources = Vec::new();
    if let Some(live) = live {
        resources = crate::cluster::live::live_objects(
            live.client,
            &release.manifest,
            &release.namespace,
            live.as_table,
        )
        .await
        .map_err(|e| ActionError::Resources(e.to_string()))?;
        if !live.as_table && !resources.is_empty() {
            let map: serde_json::Map<String, serde_json::Value> = resources
                .iter()
                .map(|(k, v)| (k.clone(), serde_json::Value::Array(v.clone())))
                .collect();
            release.info.get_or_insert_with(Default::default).resources = Some(map);
        }
    }
    Ok(WithWarnings {
        value: StatusResult { release, resources },
        broken: r.broken,
    })
}
