//! `upgrade`: render a chart over an existing release and roll it out as a new revision, with
//! Helm 4.1's semantics (`pkg/action/upgrade.go`): the same records, statuses, descriptions and
//! errors, so helm and rhelm can take turns on a release.

use std::sync::Arc;

use serde_json::{Map, Value};

use super::deploy::{
    self, build_current_and_new, clean_up, cluster_capabilities, cluster_lookup, has_system_labels,
    merge_labels, outcome_not_recorded, record_release, stored_hook, BuildError, DeployOptions,
    DryRun, Event, Rollout, ServerSide, StepFailure, SYSTEM_LABELS_ERROR,
};
use super::rollback::{self, RollbackOptions};
use crate::chart::coalesce::coalesce_tables;
use crate::chart::gofmt::slog_line;
use crate::chart::Chart;
use crate::cluster::apply::ApplyOptions;
use crate::cluster::ownership::{existing_objects, Adoption, OwnershipError};
use crate::cluster::resources::{Cluster, Resource, ResourceError};
use crate::release::time::{GoTime, HelmTime};
use crate::release::{Info, Release, Status};
use crate::render::install::{InstallError, InstallOptions};
use crate::storage::{Storage, StorageError};

/// How the new revision's values relate to the current one's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ValuesMode {
    /// The new values; the current ones when none are given.
    #[default]
    Default,
    /// `--reset-values`: only the new values.
    Reset,
    /// `--reuse-values`: the new values over the current ones, and the current chart defaults.
    Reuse,
    /// `--reset-then-reuse-values`: the new values over the current ones, new chart defaults.
    ResetThenReuse,
}

/// Options of an upgrade.
#[derive(Clone, Debug, Default)]
pub struct UpgradeOptions {
    /// The options upgrade shares with install.
    pub deploy: DeployOptions,
    /// How the new values are made (`--reuse-values`, `--reset-values`, …).
    pub values_mode: ValuesMode,
}

/// Why an upgrade failed. The texts are Helm 4.1's; the CLI prefixes `UPGRADE FAILED: `.
#[derive(Debug, thiserror::Error)]
pub enum UpgradeError {
    /// The release name breaks Helm's rule.
    #[error("release name is invalid: {0}")]
    InvalidName(String),
    /// `--hide-secret` without `--dry-run`.
    #[error("hiding Kubernetes secrets requires a dry-run mode")]
    HideSecretNeedsDryRun,
    /// The release has no deployed revision to upgrade from.
    #[error("{0:?} has no deployed releases")]
    NoDeployedReleases(String),
    /// The latest revision is pending and recent: another client may be working on the release.
    #[error("another operation (install/upgrade/rollback) is in progress\nRevision {version} of {name:?} is {status}. If no other client is working on it (a killed client leaves it so), `rhelm unlock {name}` marks it failed so the release can be upgraded again.")]
    Pending {
        /// The release name.
        name: String,
        /// The pending revision.
        version: i64,
        /// Its status.
        status: String,
    },
    /// `--labels` sets a label Helm reserves.
    #[error("{SYSTEM_LABELS_ERROR}")]
    SystemLabels,
    /// The chart did not render.
    #[error("{0}")]
    Render(InstallError),
    /// A manifest does not build into objects.
    #[error(transparent)]
    Build(#[from] BuildError),
    /// Reading live objects for `--diff` failed.
    #[error(transparent)]
    Resource(#[from] ResourceError),
    /// An object exists and belongs to no release or another.
    #[error("unable to continue with update: {0}")]
    Ownership(#[from] OwnershipError),
    /// The cluster's capabilities could not be read.
    #[error("{0}")]
    Capabilities(String),
    /// Reading or writing a record failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The new revision was recorded and then failed; `message` is Helm's text (the failure,
    /// or what `--atomic` did about it).
    #[error("{message}")]
    Failed {
        /// Helm's text.
        message: String,
    },
}

/// What an upgrade gives back: the record as it ended (the dry-run record for a dry run) and
/// Helm's log lines from rendering.
#[derive(Debug)]
pub struct UpgradeOutcome {
    /// The record as written (or as a dry run would write it).
    pub release: Release,
    /// Helm's log lines from rendering.
    pub logs: Vec<String>,
}

/// Helm's choice of the record an upgrade builds on: the latest if deployed, else the newest
/// deployed one, else a latest record that failed or was superseded.
pub fn current_release(
    history: &[Release],
    name: &str,
) -> Result<(Release, Release), UpgradeError> {
    let last = history
        .iter()
        .max_by_key(|r| r.version)
        .cloned()
        .ok_or_else(|| UpgradeError::NoDeployedReleases(name.to_string()))?;
    if let Some(s) = last.state().filter(|s| s.is_pending()) {
        return Err(UpgradeError::Pending {
            name: name.to_string(),
            version: last.version,
            status: s.to_string(),
        });
    }
    if last.state() == Some(Status::Deployed) {
        return Ok((last.clone(), last));
    }
    let deployed = history
        .iter()
        .filter(|r| r.state() == Some(Status::Deployed))
        .max_by_key(|r| r.version)
        .cloned();
    match deployed {
        Some(d) => Ok((d, last)),
        None if matches!(last.state(), Some(Status::Failed | Status::Superseded)) => {
            Ok((last.clone(), last))
        }
        None => Err(UpgradeError::NoDeployedReleases(name.to_string())),
    }
}

/// Helm's `reuseValues`: the values the new revision stores, and (for `--reuse-values`) the
/// chart defaults replaced by the current revision's computed values.
pub fn values_for_upgrade(
    mode: ValuesMode,
    chart: &mut Chart,
    current: &Release,
    new_values: Map<String, Value>,
) -> Map<String, Value> {
    let current_config = current.config.clone().unwrap_or_default();
    match mode {
        ValuesMode::Reset => new_values,
        ValuesMode::Reuse => {
            let mut old = current_config.clone();
            let defaults = current
                .chart
                .as_ref()
                .and_then(|c| c.values.clone())
                .unwrap_or_default();
            coalesce_tables(&mut old, defaults);
            chart.values = old;
            let mut vals = new_values;
            coalesce_tables(&mut vals, current_config);
            vals
        }
        ValuesMode::ResetThenReuse => {
            let mut vals = new_values;
            coalesce_tables(&mut vals, current_config);
            vals
        }
        ValuesMode::Default => {
            if new_values.is_empty() && !current_config.is_empty() {
                current_config
            } else {
                new_values
            }
        }
    }
}

/// Upgrades release `name` to `chart` with user values `values`.
#[allow(clippy::too_many_arguments)]
pub async fn run(
    storage: &Storage,
    cluster: Arc<Cluster>,
    name: &str,
    mut chart: Chart,
    values: Map<String, Value>,
    opts: &UpgradeOptions,
    events: &mut dyn FnMut(Event<'_>),
    interrupt: impl std::future::Future<Output = String>,
) -> Result<UpgradeOutcome, UpgradeError> {
    let d = &opts.deploy;
    let mut d_eff = d.clone();
    d_eff.wait = d.wait.promoted(d.rollback_on_failure);
    let d = &d_eff;
    if crate::release::validate_name(name).is_err() {
        return Err(UpgradeError::InvalidName(name.to_string()));
    }
    if d.dry_run.is_none() && d.hide_secret {
        return Err(UpgradeError::HideSecretNeedsDryRun);
    }
    // Helm 4's debug lines (`--debug`) are kept in its order.
    tracing::debug!(name, "preparing upgrade");
    let history = match storage.history(name, None).await {
        Err(StorageError::NotFound) => {
            return Err(UpgradeError::NoDeployedReleases(name.to_string()))
        }
        other => other?,
    };
    // Damaged records are skipped, as helm skips them, but named (see rollback).
    for b in &history.broken {
        events(Event::Warning(&b.warning()));
    }
    let history = history.releases;
    let (current, last) = current_release(&history, name)?;
    let vals = values_for_upgrade(opts.values_mode, &mut chart, &current, values);
    let revision = last.version + 1;
    let namespace = current.namespace.clone();

    let capabilities = cluster_capabilities(&cluster)
        .await
        .map_err(UpgradeError::Capabilities)?;
    let lookup = (d.dry_run != Some(DryRun::Client)).then(|| cluster_lookup(&cluster));
    let render_opts = InstallOptions {
        release_name: name.to_string(),
        namespace: namespace.clone(),
        revision,
        is_upgrade: true,
        capabilities,
        sub_notes: d.sub_notes,
        skip_schema_validation: d.skip_schema_validation,
        hide_secret: d.hide_secret,
        enable_dns: d.enable_dns,
        post_render: d.post_renderer.as_ref().map(deploy::post_render_hook),
        ..InstallOptions::default()
    };
    let deploy::Rendered { logs, result } =
        deploy::render(chart, vals.clone(), render_opts, lookup).await;
    events(Event::Log(&logs));
    let rendered = result.map_err(UpgradeError::Render)?;
    if has_system_labels(&d.labels) {
        return Err(UpgradeError::SystemLabels);
    }
    let server_side = match d.server_side {
        ServerSide::Auto => last.apply_method == "ssa",
        ServerSide::Always => true,
        ServerSide::Never => false,
    };
    tracing::debug!(
        server_side_apply = server_side,
        previous_release_apply_method = last.apply_method,
        "determined release apply method"
    );

    let mut record = Release {
        name: name.to_string(),
        namespace: namespace.clone(),
        chart: Some(rendered.chart.to_stored()),
        config: Some(vals),
        manifest: rendered.manifest.clone(),
        hooks: rendered.hooks.iter().map(stored_hook).collect(),
        version: revision,
        apply_method: if server_side { "ssa" } else { "csa" }.into(),
        labels: merge_labels(&crate::storage::custom_labels(&last.labels), &d.labels),
        info: Some(Info {
            first_deployed: current
                .info
                .as_ref()
                .map(|i| i.first_deployed.clone())
                .unwrap_or_default(),
            last_deployed: HelmTime::At(GoTime::now()),
            status: Status::PendingUpgrade.as_str().into(),
            description: "Preparing upgrade".into(),
            notes: rendered.notes.clone(),
            ..Default::default()
        }),
        ..Default::default()
    };

    tracing::debug!(name, "performing update");
    let (mut before, after) = build_current_and_new(
        &cluster,
        &current.manifest,
        &record.manifest,
        name,
        &namespace,
    )
    .await?;
    let new_objects: Vec<Resource> = after
        .iter()
        .filter(|a| !before.iter().any(|b| b.key == a.key))
        .cloned()
        .collect();
    let adoption = if d.take_ownership {
        Adoption::TakeOwnership
    } else {
        Adoption::OwnedOnly
    };
    let adopted = existing_objects(&cluster, &new_objects, name, &namespace, adoption).await?;
    before.extend(adopted);
    deploy::report_diff(&cluster, &before, &after, server_side, d, events).await?;

    if d.dry_run.is_some() {
        tracing::debug!(name, "dry run for release");
        let description = if d.description.is_empty() {
            "Dry run complete".to_string()
        } else {
            d.description.clone()
        };
        record.set_status(Status::PendingUpgrade, Some(description));
        return Ok(UpgradeOutcome {
            release: record,
            logs: logs.clone(),
        });
    }
    tracing::debug!(name, "creating upgraded release");
    crate::testpoint::pause_point("pending-record").await;
    let interrupt = futures::FutureExt::fuse(interrupt);
    tokio::pin!(interrupt);
    deploy::arm(interrupt.as_mut()).await;
    storage.create(&record, d.history_max).await?;
    crate::testpoint::pause_point("recorded").await;

    let rollout = Rollout {
        storage,
        cluster: &cluster,
        before: &before,
        after: &after,
        create_only: false,
        hook_events: ("pre-upgrade", "post-upgrade"),
        apply: ApplyOptions {
            server_side,
            force_replace: d.force_replace,
            force_conflicts: d.force_conflicts,
            track_created: d.cleanup_on_fail,
            migrate_client_side_fields: matches!(current.apply_method.as_str(), "" | "csa"),
        },
        opts: d,
    };
    let outcome = {
        let work = rollout.run(&mut record, events);
        tokio::select! {
            done = work => done.map_err(|f| {
                let message = match &f.step {
                    StepFailure::PreHooks(e) => format!("pre-upgrade hooks failed: {e}"),
                    StepFailure::Apply(e) => e.to_string(),
                    StepFailure::Wait(e) => e.to_string(),
                    StepFailure::PostHooks(e) => format!("post-upgrade hooks failed: {e}"),
                };
                (message, f.created)
            }),
            // The CLI says which signal; Helm's record and error say `context canceled`.
            _ = &mut interrupt => Err(("context canceled".to_string(), Vec::new())),
        }
    };
    match outcome {
        Ok(_) => {
            crate::testpoint::pause_point("final-record").await;
            let mut superseded = current.clone();
            superseded.set_status(Status::Superseded, None);
            record_release(storage, &superseded, events).await;
            let description = if d.description.is_empty() {
                "Upgrade complete".to_string()
            } else {
                d.description.clone()
            };
            record.set_status(Status::Deployed, Some(description));
            tracing::debug!(name, "updating status for upgraded release");
            if let Err(e) = storage
                .record_outcome(&record, Status::PendingUpgrade)
                .await
            {
                return Err(UpgradeError::Failed {
                    message: outcome_not_recorded(&e, || {
                        format!("{e}\nThe upgrade was applied, but recording its outcome failed, so revision {} is left pending-upgrade. Once the cluster is reachable again, check `rhelm history {name}` and run `rhelm unlock {name} --force`.", record.version)
                    }),
                });
            }
            Ok(UpgradeOutcome {
                release: record,
                logs: logs.clone(),
            })
        }
        Err((message, created)) => {
            Err(fail_release(storage, &cluster, &mut record, d, message, &created, events).await)
        }
    }
}

/// Helm's `failRelease`: records the failure, cleans up with `--cleanup-on-fail`, and rolls
/// back to the newest deployed or superseded revision with `--atomic`.
async fn fail_release(
    storage: &Storage,
    cluster: &Cluster,
    record: &mut Release,
    d: &DeployOptions,
    message: String,
    created: &[Resource],
    events: &mut dyn FnMut(Event<'_>),
) -> UpgradeError {
    let name = record.name.clone();
    events(Event::Log(&[slog_line(
        "WARN",
        "upgrade failed",
        &[("name", &name), ("error", &message)],
    )]));
    record.set_status(
        Status::Failed,
        Some(format!("Upgrade {name:?} failed: {message}")),
    );
    if let Err(e) = storage.record_outcome(record, Status::PendingUpgrade).await {
        let why = outcome_not_recorded(&e, || {
            format!("Recording the failure failed as well ({e}), so revision {} is left pending-upgrade. Once the cluster is reachable again, check `rhelm history {name}` and run `rhelm unlock {name} --force`.", record.version)
        });
        return UpgradeError::Failed {
            message: format!("{message}\n{why}"),
        };
    }
    if d.cleanup_on_fail && !created.is_empty() {
        if let Err(cleanup) = clean_up(cluster, created).await {
            return UpgradeError::Failed {
                message: format!("an error occurred while cleaning up resources. original upgrade error: {message}: unable to cleanup resources: {cleanup}"),
            };
        }
    }
    if !d.rollback_on_failure {
        return UpgradeError::Failed { message };
    }
    let history = match storage.history(&name, None).await {
        Ok(h) => h.releases,
        Err(e) => {
            return UpgradeError::Failed {
                message: format!("an error occurred while finding last successful release. original upgrade error: {message}: {e}"),
            }
        }
    };
    let Some(target) = history
        .iter()
        .filter(|r| matches!(r.state(), Some(Status::Superseded | Status::Deployed)))
        .map(|r| r.version)
        .max()
    else {
        return UpgradeError::Failed {
            message: format!("unable to find a previously successful release when attempting to rollback. original upgrade error: {message}"),
        };
    };
    let rollback_opts = RollbackOptions {
        revision: target,
        no_hooks: d.no_hooks,
        wait: true,
        legacy_wait: d.wait == deploy::WaitStrategy::Legacy,
        wait_for_jobs: d.wait_for_jobs,
        timeout: d.timeout,
        force_replace: d.force_replace,
        force_conflicts: d.force_conflicts,
        server_side: d.server_side,
        history_max: 0,
        ..RollbackOptions::default()
    };
    let rolled = rollback::run(
        storage,
        cluster,
        &name,
        &rollback_opts,
        events,
        std::future::pending(),
    )
    .await;
    match rolled {
        Ok(_) => UpgradeError::Failed {
            message: format!("release {name} failed, and has been rolled back due to rollback-on-failure being set: {message}"),
        },
        Err(e) => UpgradeError::Failed {
            message: format!("an error occurred while rolling back the release. original upgrade error: {message}: {e}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rel(version: i64, status: &str) -> Release {
        crate::release::sample("app", "", version, status)
    }

    #[test]
    fn current_is_the_deployed_record_and_last_the_newest() {
        let h = vec![rel(1, "superseded"), rel(2, "deployed"), rel(3, "failed")];
        let (current, last) = current_release(&h, "app").unwrap();
        assert_eq!((current.version, last.version), (2, 3));
        let h = vec![rel(1, "failed")];
        let (current, last) = current_release(&h, "app").unwrap();
        assert_eq!((current.version, last.version), (1, 1));
        let h = vec![rel(1, "uninstalled")];
        assert_eq!(
            current_release(&h, "app").unwrap_err().to_string(),
            "\"app\" has no deployed releases"
        );
        let h = vec![rel(1, "deployed"), rel(2, "pending-upgrade")];
        assert!(current_release(&h, "app")
            .unwrap_err()
            .to_string()
            .starts_with("another operation (install/upgrade/rollback) is in progress\n"));
    }

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn values_modes_follow_helm() {
        let mut current = rel(1, "deployed");
        current.config = Some(obj(json!({"a": 1, "nested": {"x": 1, "y": 2}})));
        current.chart = Some(crate::release::Chart {
            values: Some(obj(json!({"d": "old-default", "a": 0}))),
            ..Default::default()
        });
        let new = obj(json!({"nested": {"x": 9, "y": null}, "b": 2}));
        let chart = Chart {
            values: obj(json!({"d": "new-default"})),
            ..Chart::default()
        };

        let v = values_for_upgrade(ValuesMode::Reset, &mut chart.clone(), &current, new.clone());
        assert_eq!(
            Value::Object(v),
            json!({"nested": {"x": 9, "y": null}, "b": 2})
        );

        let v = values_for_upgrade(
            ValuesMode::Default,
            &mut chart.clone(),
            &current,
            Map::new(),
        );
        assert_eq!(
            Value::Object(v),
            json!({"a": 1, "nested": {"x": 1, "y": 2}})
        );

        let mut c = chart.clone();
        let v = values_for_upgrade(ValuesMode::ResetThenReuse, &mut c, &current, new.clone());
        assert_eq!(
            Value::Object(v),
            json!({"nested": {"x": 9}, "b": 2, "a": 1})
        );
        assert_eq!(c.values["d"], "new-default");

        let mut c = chart.clone();
        let v = values_for_upgrade(ValuesMode::Reuse, &mut c, &current, new);
        assert_eq!(
            Value::Object(v),
            json!({"nested": {"x": 9}, "b": 2, "a": 1})
        );
        // The chart's defaults become the current revision's computed values.
        assert_eq!(
            Value::Object(c.values),
            json!({"a": 1, "nested": {"x": 1, "y": 2}, "d": "old-default"})
        );
    }
}
