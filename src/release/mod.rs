//! The release document (Helm's JSON, keys and order), statuses and the storage codec.
//!
//! Every struct keeps the JSON keys Helm 3 and Helm 4 write, in Helm's order, and collects keys it
//! does not know in an `extra` map so a record read and written again loses nothing.

pub mod chart;
pub mod codec;
pub mod gojson;
mod goread;
pub mod lifecycle;
pub mod manifest;
pub mod rows;
pub mod summary;
pub mod time;

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use chart::{Chart, Dependency, File, Maintainer, Metadata};
pub use codec::{decode, decode_parts, decode_summary, encode, DecodeError};
pub use summary::{Summary, Want};
pub use time::{GoTime, HelmTime, ZeroForm};

/// A JSON object with its key order kept.
pub type Object = Map<String, Value>;

pub(crate) fn is_zero_i64(v: &i64) -> bool {
    *v == 0
}

fn config_is_empty(c: &Option<Object>) -> bool {
    c.as_ref().is_none_or(|m| m.is_empty())
}

/// A release record (`pkg/release/v1/release.go`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default)]
pub struct Release {
    /// The release name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Status, times, description and notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub info: Option<Info>,
    /// The chart the release was made from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chart: Option<Chart>,
    /// The values the user supplied (not the chart's defaults).
    #[serde(skip_serializing_if = "config_is_empty")]
    pub config: Option<Object>,
    /// The rendered manifest (hooks apart).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub manifest: String,
    /// The rendered hooks.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hooks: Vec<Hook>,
    /// The revision number.
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub version: i64,
    /// The namespace the release is in.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    /// `ssa` or `csa`: how Helm 4 applied the objects (empty in Helm 3 records).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub apply_method: String,
    /// Keys this version does not know, kept for lossless round trips.
    #[serde(flatten, skip_deserializing)]
    pub extra: Object,
    /// Labels of the storage object (not part of the JSON).
    #[serde(skip)]
    pub labels: BTreeMap<String, String>,
}

/// Release information (`pkg/release/v1/info.go`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default)]
pub struct Info {
    /// When revision 1 was deployed.
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub first_deployed: HelmTime,
    /// When this revision was deployed.
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub last_deployed: HelmTime,
    /// When the release was uninstalled.
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub deleted: HelmTime,
    /// A human-readable description of what the revision did.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The status, as Helm spells it (see [`Status`]).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    /// The revision a rollback restored (rhelm's record of Helm's next field).
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub rollback_revision: i64,
    /// The rendered `NOTES.txt`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The objects of the release as `kubectl get` shows them (Helm's `--show-resources`).
    #[serde(skip_serializing_if = "config_is_empty")]
    pub resources: Option<Object>,
    /// Keys this version does not know, kept for lossless round trips.
    #[serde(flatten, skip_deserializing)]
    pub extra: Object,
}

/// A hook (`pkg/release/v1/hook.go`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default)]
pub struct Hook {
    /// The hook's object name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The hook's object kind.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub kind: String,
    /// The template path it was rendered from.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub path: String,
    /// The rendered object.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub manifest: String,
    /// The events it runs on (`pre-install`, `test`, …).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    /// Its last run.
    pub last_run: HookExecution,
    /// Its order among the hooks of one event.
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub weight: i64,
    /// When it is deleted (`before-hook-creation`, `hook-succeeded`, `hook-failed`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub delete_policies: Vec<String>,
    /// When its pods' logs are printed (`hook-succeeded`, `hook-failed`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub output_log_policies: Vec<String>,
    /// Keys this version does not know, kept for lossless round trips.
    #[serde(flatten, skip_deserializing)]
    pub extra: Object,
}

/// The last run of a hook.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default)]
pub struct HookExecution {
    /// When the run started.
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub started_at: HelmTime,
    /// When the run ended.
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub completed_at: HelmTime,
    /// `Running`, `Succeeded`, `Failed` or `Unknown` (empty when it never ran).
    pub phase: String,
    /// Keys this version does not know, kept for lossless round trips.
    #[serde(flatten, skip_deserializing)]
    pub extra: Object,
}

goread::go_struct!(Release, Info, Hook, HookExecution);

/// Release statuses (`pkg/release/common/status.go`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// A status this version does not know.
    Unknown,
    /// The revision is the release's current one.
    Deployed,
    /// The release was uninstalled with `--keep-history`.
    Uninstalled,
    /// A later revision replaced this one.
    Superseded,
    /// The operation that made the revision failed.
    Failed,
    /// An uninstall is under way.
    Uninstalling,
    /// An install is under way.
    PendingInstall,
    /// An upgrade is under way.
    PendingUpgrade,
    /// A rollback is under way.
    PendingRollback,
}

impl Status {
    /// Every status, in Helm's order.
    pub const ALL: [Status; 9] = [
        Status::Unknown,
        Status::Deployed,
        Status::Uninstalled,
        Status::Superseded,
        Status::Failed,
        Status::Uninstalling,
        Status::PendingInstall,
        Status::PendingUpgrade,
        Status::PendingRollback,
    ];

    /// The string Helm stores.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unknown => "unknown",
            Status::Deployed => "deployed",
            Status::Uninstalled => "uninstalled",
            Status::Superseded => "superseded",
            Status::Failed => "failed",
            Status::Uninstalling => "uninstalling",
            Status::PendingInstall => "pending-install",
            Status::PendingUpgrade => "pending-upgrade",
            Status::PendingRollback => "pending-rollback",
        }
    }

    /// Parses a stored status string; unrecognised strings give `None`.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// True for the three `pending-*` statuses.
    pub fn is_pending(self) -> bool {
        matches!(
            self,
            Status::PendingInstall | Status::PendingUpgrade | Status::PendingRollback
        )
    }

    /// The operation a `pending-*` status waits for (`install`, `upgrade`, `rollback`).
    pub fn pending_operation(self) -> Option<&'static str> {
        match self {
            Status::PendingInstall => Some("install"),
            Status::PendingUpgrade => Some("upgrade"),
            Status::PendingRollback => Some("rollback"),
            _ => None,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Release {
    /// The status string of the record (`""` when there is no info).
    pub fn status(&self) -> &str {
        self.info.as_ref().map_or("", |i| i.status.as_str())
    }

    /// `info.last_deployed`, or Go's zero time.
    pub fn last_deployed(&self) -> GoTime {
        self.info
            .as_ref()
            .map_or_else(GoTime::zero, |i| i.last_deployed.time())
    }

    /// Chart metadata, when stored.
    pub fn metadata(&self) -> Option<&Metadata> {
        self.chart.as_ref().and_then(|c| c.metadata.as_ref())
    }

    /// The record as Helm 4 would write it again after decoding: unknown keys dropped and zero
    /// times left out.
    pub fn helm4(&self) -> Release {
        let mut r = self.clone();
        r.extra.clear();
        if let Some(info) = &mut r.info {
            info.extra.clear();
            info.first_deployed = info.first_deployed.helm4();
            info.last_deployed = info.last_deployed.helm4();
            info.deleted = info.deleted.helm4();
            // Helm 4.1 does not know `rollback_revision` (added on Helm's main branch).
            info.rollback_revision = 0;
        }
        for h in &mut r.hooks {
            h.extra.clear();
            h.last_run.extra.clear();
            h.last_run.started_at = h.last_run.started_at.helm4();
            h.last_run.completed_at = h.last_run.completed_at.helm4();
        }
        if let Some(c) = &mut r.chart {
            c.strip_unknown();
        }
        r
    }

    /// The storage key `sh.helm.release.v1.<name>.v<version>`.
    pub fn storage_key(&self) -> String {
        storage_key(&self.name, self.version)
    }
}

/// The storage key of a release revision.
pub fn storage_key(name: &str, version: i64) -> String {
    format!("sh.helm.release.v1.{name}.v{version}")
}

/// Why a release name is refused (Helm's `ValidateReleaseName`, texts as Helm's).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    /// The name is empty.
    #[error("no name provided")]
    Empty,
    /// The name breaks Helm's pattern or is longer than 53 characters.
    #[error("invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53")]
    Invalid,
}

/// Helm's release name rule: dot-separated DNS-1123 labels, at most 53 characters in all.
pub fn validate_name(name: &str) -> Result<(), NameError> {
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if name.len() > 53 || !is_dns1123_subdomain(name) {
        return Err(NameError::Invalid);
    }
    Ok(())
}

/// A DNS-1123 subdomain's form, without its length limit:
/// `^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`.
pub fn is_dns1123_subdomain(s: &str) -> bool {
    s.split('.').all(|label| {
        let b = label.as_bytes();
        let edge = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
        match (b.first(), b.last()) {
            (Some(f), Some(l)) => edge(f) && edge(l) && b.iter().all(|c| edge(c) || *c == b'-'),
            _ => false,
        }
    })
}

/// A record for unit tests: release `name` at `version` in `namespace`, with `status`.
#[cfg(test)]
pub(crate) fn sample(name: &str, namespace: &str, version: i64, status: &str) -> Release {
    Release {
        name: name.into(),
        namespace: namespace.into(),
        version,
        info: Some(Info {
            status: status.into(),
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_names() {
        for good in ["rel", "a.b-c", "my-release.v2", &"a".repeat(53)] {
            assert_eq!(validate_name(good), Ok(()), "{good}");
        }
        assert_eq!(validate_name(""), Err(NameError::Empty));
        for bad in ["Rel", "-x", "x-", "a..b", ".a", "a_b", &"a".repeat(54)] {
            assert_eq!(validate_name(bad), Err(NameError::Invalid), "{bad}");
        }
    }

    #[test]
    fn statuses_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::parse("bogus"), None);
        assert!(Status::PendingRollback.is_pending());
        assert!(!Status::Deployed.is_pending());
    }

    #[test]
    fn storage_keys() {
        assert_eq!(storage_key("a", 12), "sh.helm.release.v1.a.v12");
    }
}
