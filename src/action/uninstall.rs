//! `uninstall`: delete a release's objects and its records (or mark the newest one
//! `uninstalled`), with Helm 4's semantics (`pkg/action/uninstall.go`).
//!
//! [`run`] prints nothing; other actions call it too (an install that rolls back on failure).

use std::collections::BTreeMap;
use std::time::Duration;

use kube::api::PropagationPolicy;

use crate::action::deploy::WaitStrategy;
use crate::action::hooks::{self, HookError};
use crate::cluster::resources::{Cluster, Resource, ResourceError, RESOURCE_POLICY_ANNOTATION};
use crate::cluster::wait;
use crate::release::manifest::split_manifests;
use crate::release::time::{GoTime, HelmTime};
use crate::release::{Info, Release, Status};
use crate::render::manifest::{sort_manifests, UNINSTALL_ORDER};
use crate::storage::{custom_labels, Storage, StorageError};

/// `--cascade`: what happens to the dependents of deleted objects.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Cascade {
    /// The API server deletes dependents in the background (the default).
    #[default]
    Background,
    /// Dependents are deleted before the object.
    Foreground,
    /// Dependents are left behind.
    Orphan,
}

impl Cascade {
    /// Parses `--cascade`'s value, with Helm's error for anything else.
    pub fn parse(s: &str) -> Result<Cascade, UninstallError> {
        match s {
            "background" => Ok(Cascade::Background),
            "foreground" => Ok(Cascade::Foreground),
            "orphan" => Ok(Cascade::Orphan),
            other => Err(UninstallError::InvalidCascade(other.to_string())),
        }
    }

    fn policy(self) -> PropagationPolicy {
        match self {
            Cascade::Background => PropagationPolicy::Background,
            Cascade::Foreground => PropagationPolicy::Foreground,
            Cascade::Orphan => PropagationPolicy::Orphan,
        }
    }
}

/// Options of an uninstall.
#[derive(Clone, Debug)]
pub struct UninstallOptions {
    /// Mark the newest record `uninstalled` instead of deleting every record.
    pub keep_history: bool,
    /// `--no-hooks`: `pre-delete` and `post-delete` hooks are not run.
    pub no_hooks: bool,
    /// `--cascade`: what happens to dependents of deleted objects.
    pub cascade: Cascade,
    /// Whether, and how, to wait for the deleted objects to be gone: not with `hookOnly`;
    /// `watcher` fails with one line per object still present, `legacy` with
    /// `context deadline exceeded`.
    pub wait: WaitStrategy,
    /// For hooks and the wait.
    pub timeout: Duration,
    /// Only check that the release exists.
    pub dry_run: bool,
    /// A release that does not exist is uninstalled already.
    pub ignore_not_found: bool,
    /// The description of the `uninstalled` record (default `Uninstallation complete`).
    pub description: String,
}

impl Default for UninstallOptions {
    fn default() -> Self {
        UninstallOptions {
            keep_history: false,
            no_hooks: false,
            cascade: Cascade::Background,
            wait: WaitStrategy::HookOnly,
            timeout: Duration::from_secs(300),
            dry_run: false,
            ignore_not_found: false,
            description: String::new(),
        }
    }
}

/// Why an uninstall failed; the texts are Helm's.
#[derive(Debug, thiserror::Error)]
pub enum UninstallError {
    /// `--cascade` has a value Helm does not know.
    #[error("invalid cascade value ({0}). Must be \"background\", \"foreground\", or \"orphan\"")]
    InvalidCascade(String),
    /// The release name breaks Helm's rule.
    #[error("uninstall: Release name is invalid: {0}")]
    InvalidName(String),
    /// The release name breaks Helm's rule (dry run, Helm's other wording).
    #[error("releaseContent: Release name is invalid: {0}")]
    InvalidNameDryRun(String),
    /// The release's records could not be read.
    #[error("uninstall: Release not loaded: {name}: {cause}")]
    NotLoaded {
        /// The release name.
        name: String,
        /// Why they could not be read.
        cause: StorageError,
    },
    /// The release is already uninstalled.
    #[error("the release named {0:?} is already deleted")]
    AlreadyDeleted(String),
    /// Deleting the records failed.
    #[error("uninstall: Failed to purge the release: {0}")]
    Purge(StorageError),
    /// A `pre-delete` hook failed; the newest record is left `uninstalling`, as in Helm.
    #[error(transparent)]
    Hook(#[from] HookError),
    /// Objects could not be deleted. Helm prints only the first line; `causes` says why.
    #[error("failed to delete release: {name}")]
    Delete {
        /// The release name.
        name: String,
        /// One line per object that could not be deleted.
        causes: Vec<String>,
    },
    /// The release was uninstalled, but the wait, a `post-delete` hook or the purge failed.
    #[error("uninstallation completed with {} error(s): {}", .errors.len(), .errors.join("; "))]
    Completed {
        /// What failed after the objects were deleted.
        errors: Vec<String>,
    },
    /// Reading or writing a record failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The uninstall stopped half-way (the cluster went away): what it left, and how to finish.
    #[error("{failure}\nRevision {version} of {name:?} is left {status}, and some of its objects may be deleted already. Once the cluster is reachable again, check `rhelm history {name}` and run `rhelm uninstall {name}` again to finish.")]
    Interrupted {
        /// What failed. Printed first, so not a `source`: `{e:#}` would print it twice.
        failure: Box<UninstallError>,
        /// The release name.
        name: String,
        /// The revision left behind.
        version: i64,
        /// Its status.
        status: String,
    },
}

impl UninstallError {
    /// Why objects could not be deleted, when that is what failed.
    pub fn delete_causes(&self) -> Option<&[String]> {
        match self {
            UninstallError::Delete { causes, .. } => Some(causes),
            UninstallError::Interrupted { failure, .. } => failure.delete_causes(),
            _ => None,
        }
    }
}

/// An object left in place by `helm.sh/resource-policy: keep`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    /// The object's Kind.
    pub kind: String,
    /// The object's name.
    pub name: String,
}

/// What an uninstall did.
#[derive(Debug, Default)]
pub struct UninstallOutcome {
    /// The newest record as it ended (`uninstalled`), or as found (dry run); `None` when the
    /// release did not exist and `ignore_not_found` was set.
    pub release: Option<Release>,
    /// The objects left in place by `helm.sh/resource-policy: keep`.
    pub kept: Vec<Kept>,
}

/// Stores `r` as it is (Helm's `Releases.Update`), with only its custom labels.
async fn store(storage: &Storage, r: &Release) -> Result<(), StorageError> {
    let mut stored = r.clone();
    stored.labels = custom_labels(&stored.labels);
    storage.driver().update(&stored).await
}

/// Uninstalls release `name` (Helm 4's `Uninstall.Run`).
pub async fn run(
    storage: &Storage,
    cluster: &Cluster,
    name: &str,
    opts: &UninstallOptions,
) -> Result<UninstallOutcome, UninstallError> {
    if opts.dry_run {
        if crate::action::validate_name(name).is_err() {
            return Err(UninstallError::InvalidNameDryRun(name.to_string()));
        }
        return match storage.last(name).await {
            Ok((rel, _)) => Ok(UninstallOutcome {
                release: Some(rel),
                kept: Vec::new(),
            }),
            Err(StorageError::NotFound) if opts.ignore_not_found => Ok(UninstallOutcome::default()),
            Err(e) => Err(e.into()),
        };
    }
    if crate::action::validate_name(name).is_err() {
        return Err(UninstallError::InvalidName(name.to_string()));
    }
    let fetched = match storage.history(name, None).await {
        Ok(f) => f,
        Err(_) if opts.ignore_not_found => return Ok(UninstallOutcome::default()),
        Err(cause) => {
            return Err(UninstallError::NotLoaded {
                name: name.to_string(),
                cause,
            })
        }
    };
    let mut history = fetched.releases;
    history.sort_by_key(|r| r.version);
    // Records that cannot be read are purged with the rest.
    let broken_keys: Vec<String> = fetched.broken.into_iter().map(|b| b.key).collect();
    let Some(mut rel) = history.last().cloned() else {
        return Err(UninstallError::NotLoaded {
            name: name.to_string(),
            cause: StorageError::NoRevision(name.to_string()),
        });
    };

    if rel.state() == Some(Status::Uninstalled) {
        if opts.keep_history {
            return Err(UninstallError::AlreadyDeleted(name.to_string()));
        }
        purge(storage, &history, &broken_keys)
            .await
            .map_err(UninstallError::Purge)?;
        return Ok(UninstallOutcome {
            release: Some(rel),
            kept: Vec::new(),
        });
    }

    tracing::debug!(name, "uninstall: deleting release");
    // The status to report if marking the record `uninstalling` fails.
    let found = rel
        .info
        .as_ref()
        .map(|i| i.status.clone())
        .unwrap_or_default();
    {
        rel.set_status(Status::Uninstalling, None);
        let info = rel.info.get_or_insert_with(Info::default);
        info.deleted = HelmTime::At(GoTime::now());
        info.description = "Deletion in progress (or silently failed)".into();
    }
    if !opts.no_hooks {
        hooks::run(storage, cluster, &mut rel, "pre-delete", opts.timeout, true).await?;
    } else {
        tracing::debug!(release = name, "delete hooks disabled");
    }
    crate::testpoint::pause_point("pending-record").await;
    // From here on the release is `uninstalling`; like Helm, a failed write does not stop it,
    // but an error says what was left.
    let marked = store(storage, &rel).await.is_ok();
    crate::testpoint::pause_point("recorded").await;
    let left = |failure: UninstallError, version: i64| UninstallError::Interrupted {
        failure: Box::new(failure),
        name: name.to_string(),
        version,
        status: if marked {
            "uninstalling".into()
        } else {
            found.clone()
        },
    };

    let (deleted, kept) = delete_objects(cluster, &rel, opts.cascade)
        .await
        .map_err(|failed| {
            let e = UninstallError::Delete {
                name: name.to_string(),
                causes: failed.causes,
            };
            // A refusal (forbidden, invalid) is helm's error as it is; only a cluster that
            // failed (went away, lost its storage) leaves the release half-way, which the user
            // must be told.
            if failed.unavailable {
                left(e, rel.version)
            } else {
                e
            }
        })?;

    let mut errors = Vec::new();
    if opts.wait != WaitStrategy::HookOnly {
        crate::testpoint::pause_point("wait").await;
        let legacy = opts.wait == WaitStrategy::Legacy;
        if let Err(e) = wait::until_gone(cluster, &deleted, opts.timeout, legacy).await {
            errors.push(e.to_string());
        }
    }
    if !opts.no_hooks {
        if let Err(e) = hooks::run(
            storage,
            cluster,
            &mut rel,
            "post-delete",
            opts.timeout,
            true,
        )
        .await
        {
            errors.push(e.to_string());
        }
    }
    {
        let description = if opts.description.is_empty() {
            "Uninstallation complete".into()
        } else {
            opts.description.clone()
        };
        rel.set_status(Status::Uninstalled, Some(description));
    }

    crate::testpoint::pause_point("final-record").await;
    let mut recorded = true;
    if opts.keep_history {
        if let Err(e) = store(storage, &rel).await {
            recorded = false;
            errors.push(format!("uninstall: Failed to store updated release: {e}"));
        }
        // Any older record still deployed is superseded now (Helm issue #12556).
        for r in history
            .iter()
            .filter(|r| r.version != rel.version && r.state() == Some(Status::Deployed))
        {
            let mut r = r.clone();
            tracing::debug!(version = r.version, "superseding previous deployment");
            if r.info.is_some() {
                r.set_status(Status::Superseded, None);
            }
            let _ = store(storage, &r).await;
        }
    } else {
        tracing::debug!(release = name, "purge requested");
        if let Err(e) = purge(storage, &history, &broken_keys).await {
            recorded = false;
            errors.push(UninstallError::Purge(e).to_string());
        }
    }
    if !errors.is_empty() {
        let e = UninstallError::Completed { errors };
        return Err(if recorded { e } else { left(e, rel.version) });
    }
    Ok(UninstallOutcome {
        release: Some(rel),
        kept,
    })
}

/// Deletes every record of the release.
async fn purge(
    storage: &Storage,
    history: &[Release],
    broken_keys: &[String],
) -> Result<(), StorageError> {
    let keys = history
        .iter()
        .map(Release::storage_key)
        .chain(broken_keys.iter().cloned());
    for key in keys {
        match storage.driver().delete(&key).await {
            Ok(_) | Err(StorageError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// The manifest's documents in the order Helm deletes them, split into those to delete and
/// those `helm.sh/resource-policy: keep` keeps. A document whose policy has any other value is
/// in neither list, as in Helm.
pub fn plan_deletion(manifest: &str) -> Result<(Vec<String>, Vec<Kept>), String> {
    // Helm names the documents `manifest-<n>` and sorts those names as strings before sorting
    // by kind, which decides the order within a kind.
    let files: BTreeMap<String, String> = split_manifests(manifest)
        .into_iter()
        .enumerate()
        .map(|(i, d)| (format!("manifest-{i}"), d))
        .collect();
    let (_, docs) = sort_manifests(&files, UNINSTALL_ORDER).map_err(|e| e.to_string())?;
    let mut delete = Vec::new();
    let mut kept = Vec::new();
    for d in docs {
        match d.head.annotations.get(RESOURCE_POLICY_ANNOTATION) {
            None => delete.push(d.content),
            Some(p) if p.trim().to_lowercase() == "keep" => kept.push(Kept {
                kind: d.head.kind,
                name: d.head.name,
            }),
            Some(_) => {}
        }
    }
    Ok((delete, kept))
}

/// Why [`delete_objects`] failed: the causes as helm words them, and whether the cluster
/// failed a request (no answer, or a server error) rather than refusing it.
struct DeleteFailure {
    causes: Vec<String>,
    unavailable: bool,
}

/// Deletes the release's objects, kind by kind in uninstall order (the objects of one kind at
/// once). Returns the objects to wait for and the kept ones, or every error.
async fn delete_objects(
    cluster: &Cluster,
    rel: &Release,
    cascade: Cascade,
) -> Result<(Vec<Resource>, Vec<Kept>), DeleteFailure> {
    let (docs, kept) = plan_deletion(&rel.manifest).map_err(|e| DeleteFailure {
        causes: vec![format!(
            "corrupted release record. You must manually delete the resources: {e}"
        )],
        unavailable: false,
    })?;
    let text: String = docs.iter().map(|d| format!("\n---\n{d}")).collect();
    let resources = cluster
        .build(&text, &rel.namespace)
        .await
        .map_err(|e| DeleteFailure {
            unavailable: e.is_unavailable(),
            causes: vec![format!(
                "unable to build kubernetes objects for delete: {e}"
            )],
        })?;
    for r in &resources {
        tracing::debug!(
            namespace = r.key.namespace,
            name = r.key.name,
            kind = r.key.kind,
            "starting delete resource"
        );
    }
    let mut errors = Vec::new();
    for group in resources.chunk_by(|a, b| a.key.kind == b.key.kind) {
        let results = futures::future::join_all(
            group
                .iter()
                .map(|r| cluster.delete_with(r, cascade.policy())),
        )
        .await;
        crate::testpoint::pause_point("delete").await;
        errors.extend(results.into_iter().filter_map(Result::err));
    }
    if !errors.is_empty() {
        return Err(DeleteFailure {
            unavailable: errors.iter().any(ResourceError::is_unavailable),
            causes: errors.iter().map(ToString::to_string).collect(),
        });
    }
    Ok((resources, kept))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deletion_order_policy_and_kept_list() {
        let manifest = "\
---
# Source: c/templates/cm.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: plain
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: kept
  annotations:
    helm.sh/resource-policy: \" Keep \"
---
apiVersion: v1
kind: Secret
metadata:
  name: odd-policy
  annotations:
    helm.sh/resource-policy: retain
---
apiVersion: v1
kind: Service
metadata:
  name: web
";
        let (delete, kept) = plan_deletion(manifest).unwrap();
        let kinds: Vec<&str> = delete
            .iter()
            .map(|d| {
                d.lines()
                    .find_map(|l| l.strip_prefix("kind: "))
                    .unwrap_or("")
            })
            .collect();
        assert_eq!(kinds, ["Service", "Deployment", "ConfigMap"]);
        assert_eq!(
            kept,
            [Kept {
                kind: "ConfigMap".into(),
                name: "kept".into()
            }]
        );
    }

    #[test]
    fn documents_of_one_kind_follow_helms_string_sorted_names() {
        // manifest-10 sorts before manifest-2, as Go's sort.Strings puts it.
        let manifest: String = (0..12)
            .map(|i| format!("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm{i}\n"))
            .collect();
        let (delete, _) = plan_deletion(&manifest).unwrap();
        let names: Vec<&str> = delete
            .iter()
            .map(|d| d.rsplit("name: ").next().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "cm0", "cm1", "cm10", "cm11", "cm2", "cm3", "cm4", "cm5", "cm6", "cm7", "cm8",
                "cm9"
            ]
        );
    }

    #[test]
    fn cascade_values() {
        assert_eq!(Cascade::parse("orphan").unwrap(), Cascade::Orphan);
        assert_eq!(
            Cascade::parse("bogus").unwrap_err().to_string(),
            "invalid cascade value (bogus). Must be \"background\", \"foreground\", or \"orphan\""
        );
    }
}
