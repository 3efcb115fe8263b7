//! `unlock`: free a release stuck in `pending-install`, `pending-upgrade` or
//! `pending-rollback` after a client was killed, by marking the stale record failed.
//!
//! Helm refuses to upgrade such a release ("another operation (install/upgrade/rollback) is in
//! progress") and offers no way out but editing storage by hand. A record is only considered
//! stale when it is older than the operation's timeout, unless the user forces it.

use std::time::Duration;

use crate::release::time::GoTime;
use crate::storage::{Storage, StorageError};

#[derive(Debug, thiserror::Error)]
pub enum UnlockError {
    #[error("release: not found")]
    NotFound,
    #[error("release {name:?} is not stuck: its latest revision {revision} is {status}; nothing to unlock")]
    NotPending {
        name: String,
        revision: i64,
        status: String,
    },
    #[error("revision {revision} of {name:?} has been {status} for {age}s, less than the timeout of {timeout}s: its operation may still be running. Wait, or pass --force if you are sure nothing is running")]
    TooRecent {
        name: String,
        revision: i64,
        status: String,
        age: i64,
        timeout: u64,
    },
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// What unlock changed.
#[derive(Debug)]
pub struct Unlocked {
    pub name: String,
    pub revision: i64,
    /// The status the record had (`pending-upgrade`, ...).
    pub was: String,
    /// When the interrupted operation started.
    pub since: GoTime,
}

/// Marks the latest record of `name` failed if it is pending and older than `timeout` (or
/// `force`).
pub async fn run(
    storage: &Storage,
    name: &str,
    timeout: Duration,
    force: bool,
) -> Result<Unlocked, UnlockError> {
    let (mut latest, _broken) = match storage.last(name).await {
        Err(StorageError::NotFound) => return Err(UnlockError::NotFound),
        other => other?,
    };
    let info = latest.info.clone().unwrap_or_default();
    if !info.status.starts_with("pending-") {
        return Err(UnlockError::NotPending {
            name: name.to_string(),
            revision: latest.version,
            status: info.status,
        });
    }
    let since = info.last_deployed.time();
    let age = GoTime::now().unix() - since.unix();
    if !force && age < timeout.as_secs() as i64 {
        return Err(UnlockError::TooRecent {
            name: name.to_string(),
            revision: latest.version,
            status: info.status,
            age,
            timeout: timeout.as_secs(),
        });
    }
    let op = info.status.trim_start_matches("pending-").to_string();
    let record = latest.info.get_or_insert_with(Default::default);
    record.status = "failed".into();
    record.description = format!(
        "{} interrupted: marked failed by rhelm unlock",
        capitalize(&op)
    );
    // `last` reads all labels; storage writes its own system labels back.
    latest.labels = crate::storage::custom_labels(&latest.labels);
    storage.update(&latest).await?;
    Ok(Unlocked {
        name: name.to_string(),
        revision: latest.version,
        was: info.status,
        since,
    })
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
