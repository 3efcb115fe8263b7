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

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

pub use chart::{Chart, Dependency, File, Maintainer, Metadata};
pub use codec::{decode, decode_parts, decode_summary, encode, DecodeError};
pub use summary::{Summary, Want};
pub use time::{GoTime, HelmTime, ZeroForm};

/// A JSON object with its key order kept.
pub type Object = Map<String, Value>;

/// Deserialises `null` as the type's default, like Go leaves a field unset (for the chart
/// structs; the record structs read every field this way through `goread`).
pub(crate) fn null_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

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
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub info: Option<Info>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chart: Option<Chart>,
    #[serde(skip_serializing_if = "config_is_empty")]
    pub config: Option<Object>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub manifest: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hooks: Vec<Hook>,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub version: i64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub namespace: String,
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
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub first_deployed: HelmTime,
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub last_deployed: HelmTime,
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub deleted: HelmTime,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub rollback_revision: i64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(skip_serializing_if = "config_is_empty")]
    pub resources: Option<Object>,
    #[serde(flatten, skip_deserializing)]
    pub extra: Object,
}

/// A hook (`pkg/release/v1/hook.go`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default)]
pub struct Hook {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub kind: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub path: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub manifest: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    pub last_run: HookExecution,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub weight: i64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub delete_policies: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub output_log_policies: Vec<String>,
    #[serde(flatten, skip_deserializing)]
    pub extra: Object,
}

/// The last run of a hook.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", default)]
pub struct HookExecution {
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub started_at: HelmTime,
    #[serde(skip_serializing_if = "HelmTime::is_omitted")]
    pub completed_at: HelmTime,
    pub phase: String,
    #[serde(flatten, skip_deserializing)]
    pub extra: Object,
}

goread::go_struct!(Release, Info, Hook, HookExecution);

/// Release statuses (`pkg/release/common/status.go`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Unknown,
    Deployed,
    Uninstalled,
    Superseded,
    Failed,
    Uninstalling,
    PendingInstall,
    PendingUpgrade,
    PendingRollback,
}

impl Status {
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
    #[error("no name provided")]
    Empty,
    #[error("invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53")]
    Invalid,
}

/// Helm's release name rule: dot-separated DNS-1123 labels, at most 53 characters in all.
pub fn validate_name(name: &str) -> Result<(), NameError> {
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    let label_ok = |label: &str| {
        let b = label.as_bytes();
        !b.is_empty()
            && b.iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
            && b[0] != b'-'
            && b[b.len() - 1] != b'-'
    };
    if name.len() > 53 || !name.split('.').all(label_ok) {
        return Err(NameError::Invalid);
    }
    Ok(())
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
