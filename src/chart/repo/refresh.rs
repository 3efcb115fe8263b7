//! Refreshing cached indexes: each repository's `index.yaml` downloaded concurrently and
//! stored in the repository cache, as `helm repo update` and the dependency manager do.

use std::time::Duration;

use futures::StreamExt as _;

use super::config::Entry;
use super::locate::{download_index, write_index_cache};
use super::{HelmPaths, RepoError};

/// How one repository's refresh ended, with the lines Helm logs while loading its index.
pub struct Refreshed<'a> {
    /// The repository.
    pub entry: &'a Entry,
    /// Warnings Helm logs while loading the index.
    pub warnings: Vec<String>,
    /// Whether the index was downloaded and loaded.
    pub result: Result<(), RepoError>,
}

/// Downloads every entry's index concurrently and caches it under the entry's name;
/// `on_done` sees each repository as it finishes (in completion order, as Helm prints them).
pub async fn refresh_indexes<'a>(
    entries: &[&'a Entry],
    paths: &HelmPaths,
    timeout: Duration,
    mut on_done: impl FnMut(Refreshed<'a>),
) {
    let mut pending: futures::stream::FuturesUnordered<_> = entries
        .iter()
        .map(|&entry| async move {
            let mut warnings = Vec::new();
            let result = match download_index(entry, timeout, &mut warnings).await {
                Ok((data, index)) => write_index_cache(paths, &entry.name, &data, &index),
                Err(e) => Err(e),
            };
            Refreshed {
                entry,
                warnings,
                result,
            }
        })
        .collect();
    while let Some(done) = pending.next().await {
        on_done(done);
    }
}
