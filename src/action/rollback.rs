//! `rollback`: restore an earlier revision's manifest, recording it as a new revision, with
//! Helm 4's semantics (`pkg/action/rollback.go`) so helm and rhelm can take turns on a release.
//!
//! The planning steps are pure functions (which revision, what the new record holds, which old
//! records pruning removes) so they are tested without a cluster; [`run`] performs them against
//! storage and the cluster.

use std::time::Duration;

use crate::action::hooks;
use crate::cluster::apply::{self, ApplyError, ApplyOptions};
use crate::cluster::resources::{Cluster, ResourceError};
use crate::cluster::wait::WaitError;
use crate::release::time::{GoTime, HelmTime};
use crate::release::{Info, Release, Status};
use crate::storage::{custom_labels, Storage, StorageError};

use super::deploy::{build_current_and_new, BuildError};
pub use super::deploy::{DryRun, Event, ServerSide};

/// Options of a rollback.
#[derive(Clone, Debug)]
pub struct RollbackOptions {
    /// The revision to restore; 0 means the one before the latest.
    pub revision: i64,
    /// Restore the newest revision that deployed successfully instead of `revision`.
    pub last_good: bool,
    /// `--no-hooks`: `pre-rollback` and `post-rollback` hooks are not run.
    pub no_hooks: bool,
    /// Wait until the restored objects are ready.
    pub wait: bool,
    /// With `wait`, also wait for Jobs to complete.
    pub wait_for_jobs: bool,
    /// With `wait`, Helm 3's readiness rules (`--wait=legacy`) instead of kstatus.
    pub legacy_wait: bool,
    /// Delete the pods of restored workloads so they are recreated (Helm 3's flag).
    pub recreate_pods: bool,
    /// `--timeout`: how long hooks and the wait may take.
    pub timeout: Duration,
    /// `--cleanup-on-fail`: objects created by a failed rollback are deleted.
    pub cleanup_on_fail: bool,
    /// Replace objects with PUT instead of patching them (client-side only).
    pub force_replace: bool,
    /// Take over fields other managers own (server-side apply only).
    pub force_conflicts: bool,
    /// `--server-side`: how objects are written.
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

/// Why a rollback failed; the texts are Helm's, or say how to recover.
#[derive(Debug, thiserror::Error)]
pub enum RollbackError {
    /// The release has no records.
    #[error("release: not found")]
    NotFound,
    /// The revision asked for does not exist.
    #[error("release has no {0} version")]
    NoSuchRevision(i64),
    /// A negative revision was asked for.
    #[error("invalid release revision")]
    NegativeRevision,
    /// `--last-good` found no earlier revision that deployed.
    #[error("release {name:?} has no earlier revision that deployed successfully; pick one with `rhelm history {name}`")]
    NoGoodRevision {
        /// The release name.
        name: String,
    },
    /// A hook failed.
    #[error(transparent)]
    Hook(#[from] crate::action::hooks::HookError),
    /// A manifest does not build into objects.
    #[error(transparent)]
    Build(#[from] BuildError),
    /// Applying the objects failed.
    #[error(transparent)]
    Apply(ApplyError),
    /// Reading an object for a dry run failed.
    #[error(transparent)]
    Resource(#[from] ResourceError),
    #[error("an error occurred while cleaning up resources. original rollback error: {original}: unable to cleanup resources: {cleanup}")]
    /// The rollback failed, and so did deleting the objects it created (`--cleanup-on-fail`).
    Cleanup {
        /// Why the rollback failed.
        original: String,
        /// Why the clean-up failed.
        cleanup: super::deploy::CleanupError,
    },
    /// Helm's text; the wait error is its short form (the full explanation went to stderr).
    #[error("release {name} failed: {wait}")]
    Wait {
        /// The release name.
        name: String,
        /// Why the wait failed.
        wait: Box<WaitError>,
    },
    /// The rollback failed and its failure could not be recorded.
    #[error("rollback of {name:?} failed: {reason}\nRecording the failure failed as well ({storage}), so revision {version} is left pending-rollback. Once the cluster is reachable again, check `rhelm history {name}`, run `rhelm unlock {name} --force` and roll back again.")]
    Unrecorded {
        /// The release name.
        name: String,
        /// The revision left pending.
        version: i64,
        /// Why the rollback failed.
        reason: String,
        /// Why recording it failed.
        storage: String,
    },
    /// The rollback stopped with its record still pending.
    #[error("{failure}\nRevision {version} is left pending-rollback, as Helm leaves it. Check `rhelm history {name}`, then run `rhelm unlock {name} --force` and roll back again.")]
    LeftPending {
        /// The release name.
        name: String,
        /// The revision left pending.
        version: i64,
        /// What failed. Printed first, so not a `source`: `{e:#}` would print it twice.
        failure: Box<RollbackError>,
    },
    /// A signal stopped the rollback.
    #[error("rollback interrupted by {signal}: revision {version} is recorded as failed, and the release's objects may be part-way between two revisions. Check `rhelm history {name}` and roll back again.")]
    Interrupted {
        /// The release name.
        name: String,
        /// The revision recorded as failed.
        version: i64,
        /// What interrupted it.
        signal: String,
    },
    /// The latest record is pending and recent: another client may be working on the release.
    #[error("another operation (install/upgrade/rollback) is in progress\nRevision {version} of {name:?} has been {status} for {age}s, less than the timeout of {timeout}s, so its operation may still be running. Wait for it, or if no other client is working on the release (a killed client leaves it so), run `rhelm unlock {name} --force` and roll back again.")]
    Pending {
        /// The release name.
        name: String,
        /// The pending revision.
        version: i64,
        /// Its status.
        status: String,
        /// How long it has been pending, in seconds.
        age: i64,
        /// The timeout, in seconds.
        timeout: u64,
    },
    /// Reading or writing a record failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Whether the rollback writes with server-side apply: as asked, else as the restored revision
/// was written (Helm 4's `--server-side=auto`).
fn applies_server_side(opts: &RollbackOptions, plan: &Plan) -> bool {
    match opts.server_side {
        ServerSide::Always => true,
        ServerSide::Never => false,
        ServerSide::Auto => plan.target.apply_method == "ssa",
    }
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
            .filter(|r| r.version < below && r.deployed_successfully())
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
    if let Some(operation) = current.state().and_then(Status::pending_operation) {
        warnings.push(format!(
            "revision {} is still {}: the {operation} that wrote it did not finish (a killed client?); it stays in the history with that status, and `rhelm unlock {}` marks such records failed",
            current.version,
            current.status(),
            current.name
        ));
    }
    if !target.deployed_successfully() {
        // The newest good revision of the whole history, the current one included: that is
        // where the release stands if it is good, else what `--last-good` restores.
        let newest = history
            .iter()
            .filter(|r| r.deployed_successfully())
            .max_by_key(|r| r.version);
        let hint = match newest {
            Some(good) if good.version == current.version => format!(
                "; the newest revision that deployed successfully is {}, the current one",
                good.version
            ),
            Some(good) => format!(
                "; the newest revision that deployed successfully is {}",
                good.version
            ),
            None => String::new(),
        };
        warnings.push(format!(
            "revision {} did not deploy successfully (status {}: {}){hint}",
            target.version,
            target.status(),
            target.short_description()
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
            status: Status::PendingRollback.as_str().into(),
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

/// What happened, for the CLI to report.
#[derive(Debug)]
pub struct RollbackOutcome {
    /// The revision restored.
    pub target: i64,
    /// The revision the rollback wrote.
    pub new_revision: i64,
    /// Warnings for the CLI to print.
    pub warnings: Vec<String>,
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
    // Helm 4's debug lines (`--debug`) are kept in its order.
    tracing::debug!(name, "preparing rollback");
    let fetched = match storage.history(name, None).await {
        Err(StorageError::NotFound) => return Err(RollbackError::NotFound),
        other => other?,
    };
    // Damaged records are skipped, as helm skips them, but named: a rollback that cannot find
    // its target should say why.
    for b in &fetched.broken {
        events(Event::Warning(&b.warning()));
    }
    let history = fetched.releases;
    let now = GoTime::now();
    let plan = plan(&history, opts.revision, opts.last_good, now.clone())?;
    // Unlike Helm's rollback, which has no such check and so can run beside another operation
    // (two `deployed` records), a pending latest record younger than the timeout is taken as an
    // operation still running: the same rule as `rhelm unlock`. An older one (a killed client)
    // is rolled back over, with the warning the plan carries.
    if let Some(status) = plan.current.state().filter(|s| s.is_pending()) {
        let since = plan
            .current
            .info
            .as_ref()
            .map(|i| i.last_deployed.time().unix())
            .unwrap_or(0);
        let age = now.unix() - since;
        if age < opts.timeout.as_secs() as i64 {
            return Err(RollbackError::Pending {
                name: name.to_string(),
                version: plan.current.version,
                status: status.to_string(),
                age,
                timeout: opts.timeout.as_secs(),
            });
        }
    }
    tracing::debug!(
        name,
        currentVersion = plan.current.version,
        targetVersion = plan.target.version,
        "rolling back"
    );
    for w in &plan.warnings {
        events(Event::Warning(w));
    }
    // `--force-replace` with server-side apply is refused by the apply step, after the pending
    // record and the pre-rollback hooks, so the failed rollback is recorded as Helm records it.
    let server_side = applies_server_side(opts, &plan);
    let mut record = plan.record.clone();
    record.apply_method = if server_side {
        "ssa".into()
    } else {
        "csa".into()
    };

    // Store the pending record first: it is the lock other writers collide on.
    tracing::debug!(name, "creating rolled back release");
    crate::testpoint::pause_point("pending-record").await;
    let interrupt = futures::FutureExt::fuse(interrupt);
    tokio::pin!(interrupt);
    super::deploy::arm(interrupt.as_mut()).await;
    storage.create(&record, opts.history_max).await?;
    crate::testpoint::pause_point("recorded").await;
    tracing::debug!(name, "performing rollback");
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
    tokio::select! {
        done = work => done.map_err(|e| match e {
            // These failures come before anything records an outcome: like Helm, the record
            // stays pending-rollback; say so, and how to recover.
            RollbackError::Build(_) | RollbackError::Hook(_) | RollbackError::Storage(_) => {
                RollbackError::LeftPending {
                    name: name.to_string(),
                    version,
                    failure: Box::new(e),
                }
            }
            other => other,
        }),
        why = &mut interrupt => {
            let reason = format!("interrupted by {why}");
            let recorded = async {
                let mut rec = storage.get(name, version).await?;
                rec.set_status(Status::Failed, Some(format!("Rollback {name:?} failed: {reason}")));
                storage.update(&rec).await
            };
            match recorded.await {
                Ok(()) => Err(RollbackError::Interrupted {
                    name: name.to_string(),
                    version,
                    signal: why,
                }),
                Err(e) => Err(RollbackError::Unrecorded {
                    name: name.to_string(),
                    version,
                    reason,
                    storage: e.to_string(),
                }),
            }
        }
    }
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
    } else {
        tracing::debug!(name, "rollback hooks disabled");
    }

    let apply_opts = ApplyOptions {
        server_side,
        force_replace: opts.force_replace,
        force_conflicts: opts.force_conflicts,
        track_created: opts.cleanup_on_fail,
        migrate_client_side_fields: true,
    };
    if let Err(failure) = apply::update(cluster, &before, &after, apply_opts).await {
        let reason = failure.error.to_string();
        let msg = format!("Rollback {name:?} failed: {reason}");
        events(Event::Log(&[crate::chart::gofmt::slog_line(
            "WARN",
            &msg,
            &[],
        )]));
        current.set_status(Status::Superseded, None);
        record.set_status(
            Status::Failed,
            Some(format!("Rollback {name:?} failed: {reason}")),
        );
        record_failure(storage, &current, &record, &reason).await?;
        let created = &failure.report.created;
        if opts.cleanup_on_fail && !created.is_empty() {
            if let Err(cleanup) = super::deploy::clean_up(cluster, created).await {
                return Err(RollbackError::Cleanup {
                    original: reason,
                    cleanup,
                });
            }
        }
        return Err(RollbackError::Apply(failure.error));
    }

    if opts.recreate_pods {
        for w in crate::cluster::wait::recreate_pods(cluster, &after).await {
            events(Event::Warning(&w));
        }
    }
    if opts.wait {
        crate::testpoint::pause_point("wait").await;
        let waited = super::deploy::wait_ready(
            cluster,
            &after,
            opts.timeout,
            crate::cluster::wait::WaitMode {
                legacy: opts.legacy_wait,
                wait_for_jobs: opts.wait_for_jobs,
            },
            events,
        )
        .await;
        if let Err(source) = waited {
            let reason = source.to_string();
            record.set_status(
                Status::Failed,
                Some(format!("Release {name:?} failed: {reason}")),
            );
            record_failure(storage, &current, &record, &reason).await?;
            return Err(RollbackError::Wait {
                name: name.to_string(),
                wait: Box::new(source),
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

    crate::testpoint::pause_point("final-record").await;
    // Every record marked deployed now (Helm's `DeployedAll`, read again at this point, so a
    // revision another client deployed meanwhile is included) is superseded; like Helm's
    // `recordRelease`, a failed write is only logged.
    let deployed: Vec<Release> = match storage.history(name, None).await {
        Ok(fetched) => fetched.releases,
        Err(_) => history.to_vec(),
    };
    for r in deployed
        .iter()
        .filter(|r| r.version != record.version && r.state() == Some(Status::Deployed))
    {
        let mut r = r.clone();
        tracing::debug!(version = r.version, "superseding previous deployment");
        r.set_status(Status::Superseded, None);
        super::deploy::record_release(storage, &r, events).await;
    }
    record.set_status(Status::Deployed, None);
    tracing::debug!(name, "updating status for rolled back release");
    storage
        .record_outcome(&record, Status::PendingRollback)
        .await?;
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
        if let Err(e) = storage.update(r).await {
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

/// What a rollback would do, with nothing written.
#[derive(Debug)]
pub struct DryRunReport {
    /// What the rollback would do.
    pub plan: Plan,
    /// The diff of the objects it would change.
    pub report: crate::diff::report::Report,
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
    let (before, after) = build_current_and_new(
        cluster,
        &plan.current.manifest,
        &plan.record.manifest,
        name,
        &namespace,
    )
    .await?;
    // A server dry run asks the API server what the rollback's own writes would do: a
    // server-side apply for a release that applies server-side, else Helm's client-side patch
    // (a server-side apply over fields Helm's client-side manager owns would only conflict).
    let mode = match mode {
        DryRun::Server if !applies_server_side(opts, &plan) => DryRun::Client,
        other => other,
    };
    let report = crate::action::diff::against_cluster(
        cluster,
        &before,
        &after,
        mode,
        &super::deploy::preview_options(show_secrets),
    )
    .await?;
    Ok(DryRunReport { plan, report })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(version: i64, status: &str, description: &str) -> Release {
        let mut r = crate::release::sample("app", "ns", version, status);
        r.manifest = format!("manifest of {version}");
        let info = r.info.as_mut().expect("sample has info");
        info.description = description.into();
        info.notes = format!("notes {version}");
        r
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
        // Revision 5 deployed successfully and is the newest: it is the one named, not 3.
        assert!(
            p.warnings[0].ends_with("is 5, the current one"),
            "{}",
            p.warnings[0]
        );
        // With the current revision failed, the newest good one below it.
        let p = plan(&history(), 4, false, GoTime::now()).unwrap();
        assert!(p.warnings[0].ends_with("is 3"), "{}", p.warnings[0]);
        // A long description of an older client is cut to its first lines.
        let mut h = history();
        h[3].set_status(
            Status::Failed,
            Some("Release \"app\" failed: resources cannot become ready:\nDeployment/app: 0/1\n  pod app-1: CrashLoopBackOff\n  recent events:".into()),
        );
        let p = plan(&h, 4, false, GoTime::now()).unwrap();
        assert_eq!(
            p.warnings[0],
            "revision 4 did not deploy successfully (status failed: Release \"app\" failed: resources cannot become ready:; Deployment/app: 0/1; …); the newest revision that deployed successfully is 3"
        );
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
}
