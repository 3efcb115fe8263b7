//! Writing records: Helm's `Storage.Create` (with `--history-max` pruning), `Update` and
//! `Delete`. Every action writes through these, never through a driver directly.

use super::{Storage, StorageError};
use crate::release::{storage_key, Release, Status};

/// The revisions Helm's `removeLeastRecent` deletes before a new record is created so that at
/// most `max` remain afterwards (0 keeps all): the oldest first, never the newest deployed one.
pub fn prune_revisions(history: &[Release], max: usize) -> Vec<i64> {
    if max == 0 {
        return Vec::new();
    }
    let keep = max - 1;
    if history.len() <= keep {
        return Vec::new();
    }
    let mut versions: Vec<&Release> = history.iter().collect();
    versions.sort_by_key(|r| r.version);
    let protected = history
        .iter()
        .filter(|r| r.status() == Status::Deployed.as_str())
        .map(|r| r.version)
        .max();
    let mut out = Vec::new();
    for r in versions {
        if history.len() - out.len() == keep {
            break;
        }
        if Some(r.version) == protected {
            continue;
        }
        out.push(r.version);
    }
    out
}

impl Storage {
    /// Stores a new record (Helm's `Storage.Create`). With `history_max > 0` the oldest records
    /// are removed first so that at most `history_max` remain with the new one. Creation is
    /// create-only: when another client wrote the same revision first, this fails with
    /// [`StorageError::Conflict`] and nothing is overwritten.
    pub async fn create(&self, rls: &Release, history_max: usize) -> Result<(), StorageError> {
        let created = async {
            if history_max > 0 {
                match self.history(&rls.name, None).await {
                    Ok(fetched) => {
                        for version in prune_revisions(&fetched.releases, history_max) {
                            self.delete(&rls.name, version).await?;
                        }
                    }
                    Err(StorageError::NotFound) => {}
                    Err(e) => return Err(e),
                }
            }
            self.driver.create(rls).await
        };
        // Whatever failed, pruning or the create itself, the caller learns what was left.
        match created.await {
            Err(StorageError::AlreadyExists) => Err(StorageError::Conflict {
                name: rls.name.clone(),
                version: rls.version,
            }),
            Err(e) => Err(StorageError::NotCreated {
                failure: Box::new(e),
                name: rls.name.clone(),
                version: rls.version,
                status: rls.status().to_string(),
            }),
            Ok(()) => Ok(()),
        }
    }

    /// Replaces a stored record (Helm's `Storage.Update`); only custom labels are kept, the
    /// driver sets the system ones.
    pub async fn update(&self, rls: &Release) -> Result<(), StorageError> {
        self.driver.update(rls).await
    }

    /// Records the outcome of an operation on the revision it created as `pending` (install,
    /// upgrade, rollback): replaces the record only while it is still `pending`, so an outcome
    /// never overwrites what another client wrote meanwhile ([`StorageError::Changed`]).
    pub async fn record_outcome(&self, rls: &Release, pending: Status) -> Result<(), StorageError> {
        self.driver.update_if_status(rls, pending.as_str()).await
    }

    /// Deletes one revision; a revision already gone is not an error.
    pub async fn delete(&self, name: &str, version: i64) -> Result<(), StorageError> {
        match self.driver.delete(&storage_key(name, version)).await {
            Ok(_) | Err(StorageError::NotFound) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(version: i64, status: &str) -> Release {
        crate::release::sample("app", "", version, status)
    }

    fn history() -> Vec<Release> {
        vec![
            rel(1, "superseded"),
            rel(2, "superseded"),
            rel(3, "deployed"),
            rel(4, "failed"),
        ]
    }

    fn memory_storage() -> Storage {
        Storage::new(Box::new(crate::storage::memory::MemoryDriver::new(
            Some("default".into()),
            "default",
        )))
    }

    #[tokio::test]
    async fn a_second_create_of_a_revision_is_a_conflict_and_overwrites_nothing() {
        let storage = memory_storage();
        let mut first = rel(2, "pending-upgrade");
        first.namespace = "default".into();
        first.manifest = "first".into();
        storage.create(&first, 0).await.unwrap();
        let mut second = first.clone();
        second.manifest = "second".into();
        let err = storage.create(&second, 0).await.unwrap_err();
        assert!(
            matches!(err, StorageError::Conflict { version: 2, .. }),
            "{err:?}"
        );
        let text = err.to_string();
        assert!(
            text.starts_with("release: already exists\nRevision 2 of \"app\""),
            "{text}"
        );
        assert!(text.contains("another operation (install/upgrade/rollback) is in progress"));
        assert_eq!(storage.get("app", 2).await.unwrap().manifest, "first");
    }

    #[tokio::test]
    async fn an_outcome_is_recorded_only_on_the_pending_record_it_follows() {
        let storage = memory_storage();
        let mut pending = rel(3, "pending-upgrade");
        pending.namespace = "default".into();
        storage.create(&pending, 0).await.unwrap();
        let mut deployed = pending.clone();
        deployed.set_status(Status::Deployed, None);
        // Still pending: the outcome replaces it.
        storage
            .record_outcome(&deployed, Status::PendingUpgrade)
            .await
            .unwrap();
        assert_eq!(storage.get("app", 3).await.unwrap().status(), "deployed");
        // Changed by another client (here: now deployed, not pending): nothing is overwritten.
        let mut failed = pending.clone();
        failed.set_status(Status::Failed, None);
        let err = storage
            .record_outcome(&failed, Status::PendingUpgrade)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, StorageError::Changed { version: 3, status, .. } if status == "deployed"),
            "{err:?}"
        );
        let text = err.to_string();
        assert!(
            text.contains("Revision 3 of \"app\" became deployed"),
            "{text}"
        );
        assert_eq!(storage.get("app", 3).await.unwrap().status(), "deployed");
        // A record that is gone is not found.
        let mut gone = failed.clone();
        gone.version = 9;
        assert!(matches!(
            storage.record_outcome(&gone, Status::PendingUpgrade).await,
            Err(StorageError::NotFound)
        ));
    }

    #[test]
    fn pruning_keeps_the_newest_deployed_record() {
        // 4 records, history-max 3: two go before the 5th is written; the oldest go first.
        assert_eq!(prune_revisions(&history(), 3), vec![1, 2]);
        // history-max 1: everything but the deployed record is removed.
        assert_eq!(prune_revisions(&history(), 1), vec![1, 2, 4]);
        assert!(prune_revisions(&history(), 0).is_empty());
        assert!(prune_revisions(&history(), 10).is_empty());
    }
}
