//! `rollback`: restore an earlier revision's manifest, recording it as a new revision, with
//! Helm 4's semantics (`pkg/action/rollback.go`) so helm and rhelm can take turns on a release.
//!
//! The planning steps are pure functions (which revision, what the new record holds, which old
//! records pruning removes) so they are tested without a cluster; [`run`] performs them against
//! storage and the cluster.

use std::collections::HashSet;
use std::time::Duration;

use serde_json::Value;

use crate::action::diff::{diff_object, fill_server_defaults, ObjectDiff};
use crate::action::hooks;
use crate::kube::resources::{
    apply_merge_patch, set_ownership_metadata, three_way_merge_patch, Cluster, Resource,
    ResourceError, RESOURCE_POLICY_ANNOTATION,
};
use crate::release::time::{GoTime, HelmTime};
use crate::release::{Info, Release};
use crate::storage::{custom_labels, Storage, StorageError};

/// How objects are written to the cluster.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ServerSide {
    /// Follow the target revision's stored `apply_method` (`ssa` → server-side apply).
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Clone, Debug)]
pub struct RollbackOptions {
    /// The revision to restore; 0 means the one before the latest.
    pub revision: i64,
    /// Restore the newest revision that deployed successfully instead of `revision`.
    pub last_good: bool,
    pub no_hooks: bool,
    /// Wait until the restored objects are ready.
    pub wait: bool,
    /// With `wait`, also wait for Jobs to complete.
    pub wait_for_jobs: bool,
    /// With `wait`, Helm 3's readiness rules (`--wait=legacy`) instead of kstatus.
    pub legacy_wait: bool,
    /// Delete the pods of restored workloads so they are recreated (Helm 3's flag).
    pub recreate_pods: bool,
    pub timeout: Duration,
    pub cleanup_on_fail: bool,
    /// Replace objects with PUT instead of patching them (client-side only).
    pub force_replace: bool,
    /// Take over fields other managers own (server-side apply only).
    pub force_conflicts: bool,
    pub server_side: ServerSide,
    /// Records kept after this one is written; 0 keeps all.
    pub history_max: usize,
}

impl Default for RollbackOptions {
    fn default() -> Self {
        RollbackOptions {
            revision: 0,
            last_good: false,
            no_hooks: false,
            wait: false,
            wait_for_jobs: false,
            legacy_wait: false,
            recreate_pods: false,
            timeout: Duration::from_secs(300),
            cleanup_on_fail: false,
            force_replace: false,
            force_conflicts: false,
            server_side: ServerSide::Auto,
            history_max: 10,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RollbackError {
    #[error("release: not found")]
    NotFound,
    #[error("release has no {0} version")]
    NoSuchRevision(i64),
    #[error("invalid release revision")]
    NegativeRevision,
    #[error("release {name:?} has no earlier revision that deployed successfully; pick one with `rhelm history {name}`")]
    NoGoodRevision { name: String },
    #[error(transparent)]
    Hook(#[from] crate::action::hooks::HookError),
    #[error("invalid operation: cannot use server-side apply and force replace together")]
    ForceReplaceWithServerSide,
    #[error("unable to build kubernetes objects from {which} release manifest: {source}")]
    Build {
        which: &'static str,
        #[source]
        source: ResourceError,
    },
    #[error("{0}")]
    Apply(String),
    #[error("an error occurred while cleaning up resources. original rollback error: {original}: unable to cleanup resources: {cleanup}")]
    Cleanup { original: String, cleanup: String },
    #[error("release {name} failed: {reason}")]
    Wait { name: String, reason: String },
    #[error("rollback of {name:?} failed: {reason}\nRecording the failure failed as well ({storage}), so revision {version} is left pending-rollback. Once the cluster is reachable again, check `rhelm history {name}`, run `rhelm unlock {name} --force` and roll back again.")]
    Unrecorded {
        name: String,
        version: i64,
        reason: String,
        storage: String,
    },
    #[error("{source}\nRevision {version} is left pending-rollback, as Helm leaves it. Check `rhelm history {name}`, then run `rhelm unlock {name} --force` and roll back again.")]
    LeftPending {
        name: String,
        version: i64,
        source: Box<RollbackError>,
    },
    #[error("rollback interrupted by {0}: the new revision is recorded as failed; check `rhelm history` and roll back again")]
    Interrupted(String),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// What a rollback will do, decided from the release history alone.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The latest record, of any status.
    pub current: Release,
    /// The revision being restored.
    pub target: Release,
    /// The new record, stored as `pending-rollback` until the rollback ends.
    pub record: Release,
    /// Things the user should know (a failed target, say).
    pub warnings: Vec<String>,
}

fn status(r: &Release) -> &str {
    r.info.as_ref().map(|i| i.status.as_str()).unwrap_or("")
}

fn description(r: &Release) -> &str {
    r.info
        .as_ref()
        .map(|i| i.description.as_str())
        .unwrap_or("")
}

/// A revision that was deployed successfully: deployed now, or superseded later by a newer one,
/// and not described as a failure (Helm marks the current record superseded even when a
/// rollback away from a failed revision fails).
pub fn deployed_successfully(r: &Release) -> bool {
    matches!(status(r), "deployed" | "superseded") && !description(r).contains(" failed")
}

/// Decides the target and the new record, as Helm's `prepareRollback` does.
pub fn plan(
    history: &[Release],
    revision: i64,
    last_good: bool,
    now: GoTime,
) -> Result<Plan, RollbackError> {
    if revision < 0 {
        return Err(RollbackError::NegativeRevision);
    }
    let current = history
        .iter()
        .max_by_key(|r| r.version)
        .cloned()
        .ok_or(RollbackError::NotFound)?;
    let newest_good = |below: i64| {
        history
            .iter()
            .filter(|r| r.version < below && deployed_successfully(r))
            .max_by_key(|r| r.version)
    };
    let target_version = if last_good {
        newest_good(current.version)
            .map(|r| r.version)
            .ok_or_else(|| RollbackError::NoGoodRevision {
                name: current.name.clone(),
            })?
    } else if revision == 0 {
        current.version - 1
    } else {
        revision
    };
    let target = history
        .iter()
        .find(|r| r.version == target_version)
        .cloned()
        .ok_or(RollbackError::NoSuchRevision(target_version))?;

    let mut warnings = Vec::new();
    if status(&current).starts_with("pending-") {
        warnings.push(format!(
            "revision {} is still {}: the {} that wrote it did not finish (a killed client?); it stays in the history with that status, and `rhelm unlock {}` marks such records failed",
            current.version,
            status(&current),
            status(&current).trim_start_matches("pending-"),
            current.name
        ));
    }
    if !deployed_successfully(&target) {
        let hint = match newest_good(current.version) {
            Some(good) => format!(
                "; the newest revision that deployed successfully is {}",
                good.version
            ),
            None => String::new(),
        };
        warnings.push(format!(
            "revision {} did not deploy successfully (status {}: {}){hint}",
            target.version,
            status(&target),
            description(&target)
        ));
    }

    let current_info = current.info.clone().unwrap_or_default();
    let target_info = target.info.clone().unwrap_or_default();
    let record = Release {
        name: current.name.clone(),
        namespace: current.namespace.clone(),
        version: current.version + 1,
        chart: target.chart.clone(),
        config: target.config.clone(),
        manifest: target.manifest.clone(),
        hooks: target.hooks.clone(),
        labels: custom_labels(&target.labels),
        apply_method: target.apply_method.clone(),
        info: Some(Info {
            first_deployed: current_info.first_deployed.clone(),
            last_deployed: HelmTime::At(now),
            status: "pending-rollback".into(),
            notes: target_info.notes.clone(),
            description: format!("Rollback to {}", target.version),
            rollback_revision: target.version,
            ..Default::default()
        }),
        ..Default::default()
    };
    Ok(Plan {
        current,
        target,
        record,
        warnings,
    })
}

/// The revisions Helm's `removeLeastRecent` deletes before a new record is created so that at
/// most `max` remain afterwards (0 keeps all). The newest deployed revision is never removed.
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
        .filter(|r| status(r) == "deployed")
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

/// What happened, for the CLI to report.
#[derive(Debug)]
pub struct RollbackOutcome {
    pub target: i64,
    pub new_revision: i64,
    pub warnings: Vec<String>,
}

fn set_status(r: &mut Release, status: &str, description: Option<String>) {
    let info = r.info.get_or_insert_with(Info::default);
    info.status = status.to_string();
    if let Some(d) = description {
        info.description = d;
    }
}

/// What a running rollback reports as it goes.
pub enum Event<'a> {
    /// Something the user should know; the rollback goes on.
    Warning(&'a str),
    /// While waiting: one line per object that is not ready yet (empty when all are).
    Waiting(&'a [String]),
}

/// Performs a rollback (Helm's `Run` + `performRollback`). If `interrupt` completes first (the
/// CLI passes SIGINT/SIGTERM), the new record is marked failed instead of being left pending.
pub async fn run(
    storage: &Storage,
    cluster: &Cluster,
    name: &str,
    opts: &RollbackOptions,
    events: &mut dyn FnMut(Event<'_>),
    interrupt: impl std::future::Future<Output = String>,
) -> Result<RollbackOutcome, RollbackError> {
    let fetched = match storage.history(name, None).await {
        Err(StorageError::NotFound) => return Err(RollbackError::NotFound),
        other => other?,
    };
    let history = fetched.releases;
    let plan = plan(&history, opts.revision, opts.last_good, GoTime::now())?;
    for w in &plan.warnings {
        events(Event::Warning(w));
    }
    let server_side = match opts.server_side {
        ServerSide::Always => true,
        ServerSide::Never => false,
        ServerSide::Auto => plan.target.apply_method == "ssa",
    };
    if server_side && opts.force_replace {
        return Err(RollbackError::ForceReplaceWithServerSide);
    }
    let mut record = plan.record.clone();
    record.apply_method = if server_side {
        "ssa".into()
    } else {
        "csa".into()
    };

    // Store the pending record first: it is the lock other writers collide on.
    for version in prune_revisions(&history, opts.history_max) {
        match storage
            .driver()
            .delete(&crate::release::storage_key(name, version))
            .await
        {
            Ok(_) | Err(StorageError::NotFound) => {}
            Err(e) => return Err(e.into()),
        }
    }
    storage.driver().create(&record).await?;
    let version = record.version;

    let work = perform(
        storage,
        cluster,
        name,
        opts,
        &history,
        &plan,
        record,
        server_side,
        events,
    );
    tokio::pin!(interrupt);
    tokio::select! {
        done = work => done.map_err(|e| match e {
            // These failures come before anything records an outcome: like Helm, the record
            // stays pending-rollback; say so, and how to recover.
            RollbackError::Build { .. } | RollbackError::Hook(_) | RollbackError::Storage(_) => {
                RollbackError::LeftPending {
                    name: name.to_string(),
                    version,
                    source: Box::new(e),
                }
            }
            other => other,
        }),
        why = &mut interrupt => {
            let mut rec = storage.get(name, version).await?;
            set_status(&mut rec, "failed", Some(format!("Rollback {name:?} failed: interrupted by {why}")));
            storage.driver().update(&rec).await?;
            Err(RollbackError::Interrupted(why))
        }
    }
}

/// The objects of the current release and of the one being restored; the restored ones carry
/// the release's ownership labels and annotations, as they will be applied.
async fn build_current_and_new(
    cluster: &Cluster,
    current_manifest: &str,
    new_manifest: &str,
    name: &str,
    namespace: &str,
) -> Result<(Vec<Resource>, Vec<Resource>), RollbackError> {
    let before = cluster
        .build(current_manifest, namespace)
        .await
        .map_err(|source| RollbackError::Build {
            which: "current",
            source,
        })?;
    let mut after = cluster
        .build(new_manifest, namespace)
        .await
        .map_err(|source| RollbackError::Build {
            which: "new",
            source,
        })?;
    for r in &mut after {
        set_ownership_metadata(&mut r.object, name, namespace);
    }
    Ok((before, after))
}

#[allow(clippy::too_many_arguments)]
async fn perform(
    storage: &Storage,
    cluster: &Cluster,
    name: &str,
    opts: &RollbackOptions,
    history: &[Release],
    plan: &Plan,
    mut record: Release,
    server_side: bool,
    events: &mut dyn FnMut(Event<'_>),
) -> Result<RollbackOutcome, RollbackError> {
    let mut current = plan.current.clone();
    let namespace = record.namespace.clone();
    let (before, after) = build_current_and_new(
        cluster,
        &current.manifest,
        &record.manifest,
        name,
        &namespace,
    )
    .await?;
    if !opts.no_hooks {
        hooks::run(
            storage,
            cluster,
            &mut record,
            "pre-rollback",
            opts.timeout,
            server_side,
        )
        .await?;
    }

    let mut created = Vec::new();
    if let Err(err) = update(cluster, &before, &after, server_side, opts, &mut created).await {
        let reason = err.to_string();
        set_status(&mut current, "superseded", None);
        set_status(
            &mut record,
            "failed",
            Some(format!("Rollback {name:?} failed: {reason}")),
        );
        record_failure(storage, &current, &record, &reason).await?;
        if opts.cleanup_on_fail && !created.is_empty() {
            let mut problems = Vec::new();
            for r in &created {
                if let Err(e) = cluster.delete(r).await {
                    problems.push(e.to_string());
                }
            }
            if !problems.is_empty() {
                return Err(RollbackError::Cleanup {
                    original: reason,
                    cleanup: problems.join(", "),
                });
            }
        }
        return Err(RollbackError::Apply(reason));
    }

    if opts.recreate_pods {
        for w in crate::kube::wait::recreate_pods(cluster, &after).await {
            events(Event::Warning(&w));
        }
    }
    if opts.wait {
        let waited = crate::kube::wait::until_ready_with(
            cluster,
            &after,
            opts.timeout,
            crate::kube::wait::WaitMode {
                legacy: opts.legacy_wait,
                wait_for_jobs: opts.wait_for_jobs,
            },
            &mut |lines| events(Event::Waiting(lines)),
        )
        .await;
        if let Err(reason) = waited {
            set_status(
                &mut record,
                "failed",
                Some(format!("Release {name:?} failed: {reason}")),
            );
            record_failure(storage, &current, &record, &reason).await?;
            return Err(RollbackError::Wait {
                name: name.to_string(),
                reason,
            });
        }
    }

    if !opts.no_hooks {
        hooks::run(
            storage,
            cluster,
            &mut record,
            "post-rollback",
            opts.timeout,
            server_side,
        )
        .await?;
    }

    // Every other record still marked deployed is superseded now.
    for r in history.iter().filter(|r| status(r) == "deployed") {
        let mut r = r.clone();
        set_status(&mut r, "superseded", None);
        storage.driver().update(&r).await?;
    }
    set_status(&mut record, "deployed", None);
    storage.driver().update(&record).await?;
    Ok(RollbackOutcome {
        target: plan.target.version,
        new_revision: record.version,
        warnings: plan.warnings.clone(),
    })
}

/// Stores the outcome of a failed rollback. If storage cannot be written either (the cluster
/// went away), says so, and how to recover once it is back.
async fn record_failure(
    storage: &Storage,
    current: &Release,
    record: &Release,
    reason: &str,
) -> Result<(), RollbackError> {
    for r in [current, record] {
        if let Err(e) = storage.driver().update(r).await {
            return Err(RollbackError::Unrecorded {
                name: record.name.clone(),
                version: record.version,
                reason: reason.to_string(),
                storage: e.to_string(),
            });
        }
    }
    Ok(())
}

/// How `--dry-run` finds out what objects would become.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DryRun {
    /// Computed here: the three-way merge patch applied to the live object.
    Client,
    /// Asked of the API server: a server-side apply dry run (admission and defaults included).
    Server,
}

/// What a rollback would do, with nothing written.
#[derive(Debug)]
pub struct DryRunReport {
    pub plan: Plan,
    pub diffs: Vec<ObjectDiff>,
}

/// Plans the rollback and diffs every object against the cluster, writing nothing.
pub async fn dry_run(
    storage: &Storage,
    cluster: &Cluster,
    name: &str,
    opts: &RollbackOptions,
    mode: DryRun,
    show_secrets: bool,
) -> Result<DryRunReport, RollbackError> {
    let history = match storage.history(name, None).await {
        Err(StorageError::NotFound) => return Err(RollbackError::NotFound),
        other => other?.releases,
    };
    let plan = plan(&history, opts.revision, opts.last_good, GoTime::now())?;
    let namespace = plan.record.namespace.clone();
    let (before, mut after) = build_current_and_new(
        cluster,
        &plan.current.manifest,
        &plan.record.manifest,
        name,
        &namespace,
    )
    .await?;
    let mut diffs = Vec::new();
    for r in &mut after {
        let live = cluster
            .get(r)
            .await
            .map_err(|e| RollbackError::Apply(e.to_string()))?;
        let result = match (mode, &live) {
            (DryRun::Server, _) => cluster
                .apply(r, true, true)
                .await
                .map_err(|e| RollbackError::Apply(e.to_string()))?,
            (DryRun::Client, None) => r.object.clone(),
            (DryRun::Client, Some(live)) => {
                let original = before
                    .iter()
                    .find(|b| b.key == r.key)
                    .map(|b| b.object.clone())
                    .unwrap_or_else(|| live.clone());
                let mut next = live.clone();
                apply_merge_patch(
                    &mut next,
                    &three_way_merge_patch(&original, &r.object, live),
                );
                fill_server_defaults(&mut next, live);
                next
            }
        };
        diffs.push(diff_object(
            &r.key,
            live.as_ref(),
            Some(&result),
            show_secrets,
        ));
    }
    for old in before
        .iter()
        .filter(|b| !after.iter().any(|a| a.key == b.key))
    {
        let Some(live) = cluster
            .get(old)
            .await
            .map_err(|e| RollbackError::Apply(e.to_string()))?
        else {
            continue;
        };
        let kept = live
            .pointer("/metadata/annotations")
            .and_then(|a| a.get(RESOURCE_POLICY_ANNOTATION))
            .and_then(Value::as_str)
            == Some("keep");
        if !kept {
            diffs.push(diff_object(&old.key, Some(&live), None, show_secrets));
        }
    }
    Ok(DryRunReport { plan, diffs })
}

/// How many objects of one kind are written at the same time.
const PARALLEL_WRITES: usize = 16;

/// What writing one target object did.
enum Written {
    Created(Box<Resource>),
    Updated,
}

/// Why writing one target object failed: fatal errors stop the rollback (as in Helm), patch
/// errors are collected and reported together.
enum WriteError {
    Fatal(String),
    Patch(String),
}

async fn write_one(
    cluster: &Cluster,
    before: &[Resource],
    target: &Resource,
    server_side: bool,
    opts: &RollbackOptions,
) -> Result<Written, (Option<Resource>, WriteError)> {
    if server_side && !opts.cleanup_on_fail {
        // Server-side apply creates or updates in one request; whether the object existed
        // only matters for --cleanup-on-fail.
        return match cluster.apply(target, opts.force_conflicts, false).await {
            Ok(_) => Ok(Written::Updated),
            Err(e) => Err((None, WriteError::Fatal(e.to_string()))),
        };
    }
    let live = cluster
        .get(target)
        .await
        .map_err(|e| (None, WriteError::Fatal(e.to_string())))?;
    let Some(live) = live else {
        let res = if server_side {
            cluster.apply(target, opts.force_conflicts, false).await
        } else {
            cluster.create(target).await
        };
        return match res {
            Ok(_) => Ok(Written::Created(Box::new(target.clone()))),
            // Helm counts an object as created even when creating it failed.
            Err(e) => Err((Some(target.clone()), WriteError::Fatal(e.to_string()))),
        };
    };
    let res = if server_side {
        cluster
            .apply(target, opts.force_conflicts, false)
            .await
            .map(|_| ())
    } else if opts.force_replace {
        let rv = live
            .pointer("/metadata/resourceVersion")
            .and_then(Value::as_str);
        cluster.replace(target, rv).await.map(|_| ())
    } else {
        // The previous manifest's object is the baseline; an object only the cluster has
        // (kept by policy, adopted) uses the live state instead.
        let original = before
            .iter()
            .find(|b| b.key == target.key)
            .map(|b| b.object.clone())
            .unwrap_or_else(|| live.clone());
        let patch = three_way_merge_patch(&original, &target.object, &live);
        cluster.merge_patch(target, &patch).await
    };
    res.map(|_| Written::Updated)
        .map_err(|e| (None, WriteError::Patch(e.to_string())))
}

/// Brings the cluster from `before` to `after`: creates or updates every target object, kind
/// by kind in manifest order (objects of one kind in parallel), then deletes what the target no
/// longer has (unless kept by policy).
async fn update(
    cluster: &Cluster,
    before: &[Resource],
    after: &[Resource],
    server_side: bool,
    opts: &RollbackOptions,
    created: &mut Vec<Resource>,
) -> Result<(), String> {
    use futures::StreamExt;
    let mut patch_errors = Vec::new();
    for group in after.chunk_by(|a, b| a.key.kind == b.key.kind) {
        let results: Vec<_> = futures::stream::iter(group)
            .map(|target| write_one(cluster, before, target, server_side, opts))
            .buffered(PARALLEL_WRITES)
            .collect()
            .await;
        let mut fatal = None;
        for r in results {
            match r {
                Ok(Written::Created(res)) => created.push(*res),
                Ok(Written::Updated) => {}
                Err((res, e)) => {
                    created.extend(res);
                    match e {
                        WriteError::Fatal(e) => {
                            fatal.get_or_insert(e);
                        }
                        WriteError::Patch(e) => patch_errors.push(e),
                    }
                }
            }
        }
        if let Some(e) = fatal {
            return Err(e);
        }
    }
    if !patch_errors.is_empty() {
        return Err(patch_errors.join(" && "));
    }
    let keep: HashSet<_> = after.iter().map(|r| &r.key).collect();
    let gone: Vec<&Resource> = before.iter().filter(|r| !keep.contains(&r.key)).collect();
    let delete_errors: Vec<String> = futures::stream::iter(gone)
        .map(|old| async move {
            let Ok(Some(live)) = cluster.get(old).await else {
                return None;
            };
            let policy = live
                .pointer("/metadata/annotations")
                .and_then(|a| a.get(RESOURCE_POLICY_ANNOTATION))
                .and_then(Value::as_str);
            if policy == Some("keep") {
                return None;
            }
            cluster.delete(old).await.err().map(|e| e.to_string())
        })
        .buffered(PARALLEL_WRITES)
        .filter_map(|e| async move { e })
        .collect()
        .await;
    if delete_errors.is_empty() {
        Ok(())
    } else {
        Err(delete_errors.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(version: i64, status: &str, description: &str) -> Release {
        Release {
            name: "app".into(),
            namespace: "ns".into(),
            version,
            manifest: format!("manifest of {version}"),
            info: Some(Info {
                status: status.into(),
                description: description.into(),
                notes: format!("notes {version}"),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    fn history() -> Vec<Release> {
        vec![
            rel(1, "superseded", "Install complete"),
            rel(2, "superseded", "Upgrade complete"),
            rel(3, "deployed", "Upgrade complete"),
            rel(4, "failed", "Upgrade \"app\" failed: timed out"),
        ]
    }

    #[test]
    fn omitted_revision_means_the_previous_one_whatever_its_status() {
        let p = plan(&history(), 0, false, GoTime::now()).unwrap();
        assert_eq!(p.current.version, 4);
        assert_eq!(p.target.version, 3);
        let r = &p.record;
        assert_eq!(r.version, 5);
        assert_eq!(r.manifest, "manifest of 3");
        let info = r.info.as_ref().unwrap();
        assert_eq!(info.description, "Rollback to 3");
        assert_eq!(info.status, "pending-rollback");
        assert_eq!(info.notes, "notes 3");
        assert_eq!(info.rollback_revision, 3);
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn a_missing_revision_is_helms_error() {
        let err = plan(&history(), 9, false, GoTime::now()).unwrap_err();
        assert_eq!(err.to_string(), "release has no 9 version");
        let only_one = vec![rel(1, "deployed", "Install complete")];
        let err = plan(&only_one, 0, false, GoTime::now()).unwrap_err();
        assert_eq!(err.to_string(), "release has no 0 version");
    }

    #[test]
    fn rolling_back_to_a_failed_revision_warns_with_the_last_good_one() {
        let mut h = history();
        h.push(rel(5, "deployed", "Rollback to 3"));
        let p = plan(&h, 4, false, GoTime::now()).unwrap();
        assert_eq!(p.warnings.len(), 1);
        assert!(
            p.warnings[0].contains("revision 4 did not deploy successfully"),
            "{}",
            p.warnings[0]
        );
        assert!(p.warnings[0].ends_with("is 3"), "{}", p.warnings[0]);
    }

    #[test]
    fn last_good_skips_failed_revisions() {
        let p = plan(&history(), 0, true, GoTime::now()).unwrap();
        assert_eq!(p.target.version, 3);
        let mut h = history();
        h[2] = rel(3, "superseded", "Upgrade \"app\" failed: boom");
        let p = plan(&h, 0, true, GoTime::now()).unwrap();
        assert_eq!(p.target.version, 2);
        let bad = vec![
            rel(1, "failed", "Install failed"),
            rel(2, "failed", "x failed"),
        ];
        assert!(matches!(
            plan(&bad, 0, true, GoTime::now()),
            Err(RollbackError::NoGoodRevision { .. })
        ));
    }

    #[test]
    fn pruning_keeps_the_newest_deployed_record() {
        // 4 records, history-max 3: one must go before the 5th is written; the oldest goes.
        assert_eq!(prune_revisions(&history(), 3), vec![1, 2]);
        // history-max 1: everything but the deployed record is removed.
        assert_eq!(prune_revisions(&history(), 1), vec![1, 2, 4]);
        assert!(prune_revisions(&history(), 0).is_empty());
        assert!(prune_revisions(&history(), 10).is_empty());
    }
}
