//! `unlock`: free a release stuck in `pending-install`, `pending-upgrade` or
//! `pending-rollback` after a client was killed, by marking the stale records failed.
//!
//! Helm refuses to upgrade such a release ("another operation (install/upgrade/rollback) is in
//! progress") and offers no way out but editing storage by hand. The latest record is only
//! considered stale when it is older than the operation's timeout, unless the user forces it;
//! a pending record below a newer revision is stale whatever its age (a later operation was
//! recorded after it, as when a rollback ran over a release a killed client left pending).

use std::time::Duration;

use crate::release::time::GoTime;
use crate::release::{Release, Status};
use crate::storage::{Storage, StorageError};

/// Why `unlock` changed nothing.
#[derive(Debug, thiserror::Error)]
pub enum UnlockError {
    /// The release has no records.
    #[error("release: not found")]
    NotFound,
    /// The latest revision is not pending.
    #[error("release {name:?} is not stuck: its latest revision {revision} is {status}; nothing to unlock")]
    NotPending {
        /// The release name.
        name: String,
        /// The latest revision.
        revision: i64,
        /// Its status.
        status: String,
    },
    /// The latest revision is pending but younger than the timeout (without `--force`).
    #[error("revision {revision} of {name:?} has been {status} for {age}s, less than the timeout of {timeout}s: its operation may still be running. Wait, or pass --force if you are sure nothing is running")]
    TooRecent {
        /// The release name.
        name: String,
        /// The latest revision.
        revision: i64,
        /// Its status.
        status: String,
        /// How long it has been pending, in seconds.
        age: i64,
        /// The timeout, in seconds.
        timeout: u64,
    },
    /// Reading or writing the record failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// One record unlock marked failed.
#[derive(Debug)]
pub struct Unlocked {
    /// The release name.
    pub name: String,
    /// The revision marked failed.
    pub revision: i64,
    /// The status the record had (`pending-upgrade`, ...).
    pub was: String,
    /// When the interrupted operation started.
    pub since: GoTime,
}

/// Marks the pending records of `name` failed: every one below the latest revision (a later
/// operation was recorded after it, so nothing is still working on it), and the latest if it
/// is older than `timeout` (or `force`). Returns them oldest first.
pub async fn run(
    storage: &Storage,
    name: &str,
    timeout: Duration,
    force: bool,
) -> Result<Vec<Unlocked>, UnlockError> {
    let mut history = match storage.history(name, None).await {
        Err(StorageError::NotFound) => return Err(UnlockError::NotFound),
        other => other?.releases,
    };
    history.sort_by_key(|r| r.version);
    let Some(latest) = history.last() else {
        return Err(UnlockError::NotFound);
    };
    let latest_version = latest.version;
    let latest_status = latest.status().to_string();
    let mut stuck: Vec<Release> = history
        .into_iter()
        .filter(|r| r.state().is_some_and(Status::is_pending))
        .collect();
    if stuck.is_empty() {
        return Err(UnlockError::NotPending {
            name: name.to_string(),
            revision: latest_version,
            status: latest_status,
        });
    }
    if let Some(last) = stuck.last().filter(|r| r.version == latest_version) {
        let age = GoTime::now().unix()
            - last
                .info
                .clone()
                .unwrap_or_default()
                .last_deployed
                .time()
                .unix();
        if !force && age < timeout.as_secs() as i64 {
            return Err(UnlockError::TooRecent {
                name: name.to_string(),
                revision: last.version,
                status: last.status().to_string(),
                age,
                timeout: timeout.as_secs(),
            });
        }
    }
    let mut done = Vec::new();
    for rec in &mut stuck {
        let info = rec.info.clone().unwrap_or_default();
        let op = rec
            .state()
            .and_then(Status::pending_operation)
            .unwrap_or_default();
        rec.set_status(
            Status::Failed,
            Some(format!(
                "{} interrupted: marked failed by rhelm unlock",
                capitalize(op)
            )),
        );
        // History reads all labels; storage writes its own system labels back.
        rec.labels = crate::storage::custom_labels(&rec.labels);
        storage.update(rec).await?;
        done.push(Unlocked {
            name: name.to_string(),
            revision: rec.version,
            was: info.status,
            since: info.last_deployed.time(),
        });
    }
    Ok(done)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
