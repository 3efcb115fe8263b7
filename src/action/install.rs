//! `install`: render a chart as revision 1 of a new release (or the next revision of an
//! uninstalled one with `--replace`) and roll it out, with Helm 4.1's semantics
//! (`pkg/action/install.go`).

use std::sync::Arc;

use serde_json::{Map, Value};

use super::deploy::{
    self, cluster_capabilities, cluster_lookup, has_system_labels, outcome_not_recorded,
    stored_hook, DeployOptions, DryRun, Event, Rollout, ServerSide, StepFailure,
    SYSTEM_LABELS_ERROR,
};
use super::uninstall::{self, UninstallOptions};
use crate::chart::gofmt::slog_line;
use crate::chart::Chart;
use crate::cluster::apply::{self, ApplyOptions};
use crate::cluster::ownership::{existing_objects, Adoption, OwnershipError};
use crate::cluster::resources::{set_ownership_metadata, Cluster, ResourceError};
use crate::cluster::wait;
use crate::release::time::{GoTime, HelmTime};
use crate::release::{Info, Release, Status};
use crate::render::install::{
    log_failed_step, prepare_chart, InstallError, InstallOptions, RenderedRelease,
};
use crate::render::objects::{Capabilities, KubeVersion};
use crate::storage::{Storage, StorageError};

/// How long CRDs from `crds/` may take to be established.
const CRD_WAIT: std::time::Duration = std::time::Duration::from_secs(60);

/// Options of an install.
#[derive(Clone, Debug, Default)]
pub struct InstallRequest {
    /// The options install shares with upgrade.
    pub deploy: DeployOptions,
    /// `--replace`: re-use the name of an uninstalled or failed release.
    pub replace: bool,
    /// What `template --dry-run=server` renders beyond an install.
    pub template: TemplateRender,
}

/// The rendering options `helm template` gives its install (with `--dry-run=server` too):
/// CRDs in the manifest, `.Release.IsUpgrade` on a dry run, files under an output folder.
#[derive(Clone, Debug, Default)]
pub struct TemplateRender {
    /// `--include-crds`.
    pub include_crds: bool,
    /// `--is-upgrade`: `.Release.IsUpgrade` (a dry run only), and no check that the objects
    /// are free to take.
    pub is_upgrade: bool,
    /// `--output-dir`.
    pub output_dir: Option<std::path::PathBuf>,
    /// `--release-name`.
    pub use_release_name: bool,
    /// `--kube-version`: `.Capabilities.KubeVersion` of a client-only run (Helm's
    /// `Install.KubeVersion`); a run against a cluster asks the cluster.
    pub kube_version: Option<KubeVersion>,
    /// `--api-versions`: added to a client-only run's `.Capabilities.APIVersions`.
    pub api_versions: Vec<String>,
    /// The caller uses only what was rendered (`template`): a dry run's release record then
    /// goes without its copy of the chart, whose files it would base64-encode (for a chart
    /// with large CRDs, a fifth of the whole run).
    pub rendered_only: bool,
}

/// Why an install failed. The texts are Helm 4.1's; the CLI prefixes `INSTALLATION FAILED: `.
#[derive(Debug, thiserror::Error)]
pub enum InstallFailure {
    /// `--hide-secret` without `--dry-run`.
    #[error("hiding Kubernetes secrets requires a dry-run mode")]
    HideSecretNeedsDryRun,
    /// The name belongs to a release that is not uninstalled (or failed, with `--replace`).
    #[error("release name check failed: cannot reuse a name that is still in use")]
    NameInUse,
    /// The chart did not render.
    #[error("{0}")]
    Render(InstallError),
    /// A CRD from `crds/` could not be installed.
    #[error("failed to install CRD {name}: {message}")]
    Crd {
        /// The CRD's file.
        name: String,
        /// Why it failed.
        message: String,
    },
    /// `--labels` sets a label Helm reserves.
    #[error("{SYSTEM_LABELS_ERROR}")]
    SystemLabels,
    /// The manifest does not build into objects.
    #[error("unable to build kubernetes objects from release manifest: {0}")]
    Build(ResourceError),
    /// An object exists and belongs to no release or another.
    #[error("unable to continue with install: {0}")]
    Ownership(#[from] OwnershipError),
    /// `--create-namespace` could not read the namespace.
    #[error("{0}")]
    Namespace(ResourceError),
    /// Reading live objects for `--diff` failed.
    #[error(transparent)]
    Resource(ResourceError),
    /// The cluster's capabilities could not be read.
    #[error("{0}")]
    Capabilities(String),
    /// Reading or writing the record failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The release was recorded and then failed; `message` is Helm's text.
    #[error("{message}")]
    Failed {
        /// Helm's text.
        message: String,
    },
}

/// The record as the install left it, and Helm's log lines from rendering.
#[derive(Debug)]
pub struct InstallOutcome {
    /// The record as written (or as a dry run would write it).
    pub release: Release,
    /// Helm's log lines from rendering.
    pub logs: Vec<String>,
    /// A dry run's rendering (hooks as documents, files written to an output folder), which
    /// `template` prints.
    pub rendered: Option<RenderedRelease>,
}

/// The storage of a client-only install (`template`, `install --dry-run=client`): records in
/// memory, as Helm's client-only install keeps them, so neither a kubeconfig nor a cluster is
/// needed.
pub async fn client_only_storage(namespace: &str) -> Result<Storage, StorageError> {
    let memory = crate::storage::Backend::Memory { files: Vec::new() };
    crate::storage::open(memory, namespace, false).await
}

/// Installs `chart` as release `name` in `namespace`. Without a cluster (`None`, a client dry
/// run) nothing is read or written: the release is rendered with the default capabilities and
/// the versions `req.template` adds.
#[allow(clippy::too_many_arguments)]
pub async fn run(
    storage: &Storage,
    cluster: Option<Arc<Cluster>>,
    name: &str,
    namespace: &str,
    mut chart: Chart,
    values: Map<String, Value>,
    req: &InstallRequest,
    events: &mut dyn FnMut(Event<'_>),
    interrupt: impl std::future::Future<Output = String>,
) -> Result<InstallOutcome, InstallFailure> {
    let mut d = req.deploy.clone();
    d.wait = d.wait.promoted(d.rollback_on_failure);
    let d = &d;
    if d.dry_run.is_none() && d.hide_secret {
        let err = InstallFailure::HideSecretNeedsDryRun.to_string();
        events(Event::Log(&[slog_line("ERROR", &err, &[])]));
        return Err(InstallFailure::HideSecretNeedsDryRun);
    }
    // A valid name must also be free (Helm's `availableName`), before dependency processing.
    if crate::release::validate_name(name).is_ok() && d.dry_run.is_none() {
        if let Some(last) = storage.latest(name).await? {
            let reusable =
                req.replace && matches!(last.state(), Some(Status::Uninstalled | Status::Failed));
            if !reusable {
                let mut l = Vec::new();
                log_failed_step(
                    &mut l,
                    "release name check failed",
                    "cannot reuse a name that is still in use",
                );
                events(Event::Log(&l));
                return Err(InstallFailure::NameInUse);
            }
        }
    }
    let mut logs = Vec::new();
    let prepared = prepare_chart(&mut chart, &values, name, &mut logs);
    events(Event::Log(&logs));
    prepared.map_err(InstallFailure::Render)?;

    let server_side = d.server_side != ServerSide::Never;
    let crds = chart.crd_objects(chart.name());
    if let Some(cluster) = &cluster {
        if !d.skip_crds && !crds.is_empty() {
            if d.dry_run.is_some() {
                events(Event::Log(&[slog_line(
                    "WARN",
                    "This chart or one of its subcharts contains CRDs. Rendering may fail or contain inaccuracies.",
                    &[],
                )]));
            } else {
                install_crds(cluster, &crds, server_side, d.force_conflicts).await?;
            }
        }
    }
    let capabilities = match &cluster {
        Some(c) if d.dry_run != Some(DryRun::Client) => cluster_capabilities(c)
            .await
            .map_err(InstallFailure::Capabilities)?,
        // Client-only (`helm template`): the defaults, with the versions the request names.
        _ => Capabilities::for_template(
            req.template.kube_version.clone(),
            &req.template.api_versions,
        ),
    };
    let lookup = match &cluster {
        Some(c) if d.dry_run != Some(DryRun::Client) => Some(cluster_lookup(c)),
        _ => None,
    };
    let render_opts = InstallOptions {
        release_name: name.to_string(),
        namespace: namespace.to_string(),
        revision: 1,
        capabilities,
        sub_notes: d.sub_notes,
        skip_schema_validation: d.skip_schema_validation,
        hide_secret: d.hide_secret,
        prepared: true,
        enable_dns: d.enable_dns,
        post_render: d.post_renderer.as_ref().map(deploy::post_render_hook),
        include_crds: req.template.include_crds,
        is_upgrade: req.template.is_upgrade && d.dry_run.is_some(),
        output_dir: req.template.output_dir.clone(),
        use_release_name: req.template.use_release_name,
    };
    let rendered = deploy::render(chart, values.clone(), render_opts, lookup).await;
    events(Event::Log(&rendered.logs));
    logs.extend(rendered.logs);
    let rendered = rendered.result.map_err(InstallFailure::Render)?;
    if has_system_labels(&d.labels) {
        return Err(InstallFailure::SystemLabels);
    }
    let now = HelmTime::At(GoTime::now());
    let mut record = Release {
        name: name.to_string(),
        namespace: namespace.to_string(),
        chart: (!(req.template.rendered_only && d.dry_run.is_some()))
            .then(|| rendered.chart.to_stored()),
        config: Some(values),
        manifest: rendered.manifest.clone(),
        hooks: rendered.hooks.iter().map(stored_hook).collect(),
        version: 1,
        labels: d.labels.clone(),
        apply_method: if server_side { "ssa" } else { "csa" }.into(),
        info: Some(Info {
            first_deployed: now.clone(),
            last_deployed: now,
            status: Status::PendingInstall.as_str().into(),
            description: "Initial install underway".into(),
            notes: rendered.notes.clone(),
            ..Default::default()
        }),
        ..Default::default()
    };

    let Some(cluster) = cluster else {
        record.set_status(Status::PendingInstall, Some("Dry run complete".into()));
        return Ok(InstallOutcome {
            release: record,
            logs,
            rendered: Some(rendered),
        });
    };
    let mut resources = cluster
        .build(&record.manifest, namespace)
        .await
        .map_err(InstallFailure::Build)?;
    for r in &mut resources {
        set_ownership_metadata(&mut r.object, name, namespace);
    }
    let adoption = if d.take_ownership {
        Adoption::TakeOwnership
    } else {
        Adoption::OwnedOnly
    };
    // Helm checks that the objects are free to take only for an install proper.
    let adopted = if req.template.is_upgrade && d.dry_run.is_some() {
        Vec::new()
    } else {
        existing_objects(&cluster, &resources, name, namespace, adoption).await?
    };
    deploy::report_diff(&cluster, &adopted, &resources, server_side, d, events)
        .await
        .map_err(InstallFailure::Resource)?;
    if d.dry_run.is_some() {
        record.set_status(Status::PendingInstall, Some("Dry run complete".into()));
        return Ok(InstallOutcome {
            release: record,
            logs,
            rendered: Some(rendered),
        });
    }
    if d.create_namespace {
        create_namespace(&cluster, namespace, server_side).await?;
    }
    if req.replace {
        if let Some(mut last) = storage.latest(name).await? {
            // Read again just before the write: if another client took the name since the
            // check above (a rollback or install now pending), its record is not ours to touch.
            if !matches!(last.state(), Some(Status::Uninstalled | Status::Failed)) {
                return Err(InstallFailure::NameInUse);
            }
            record.version = last.version + 1;
            if last.state() != Some(Status::Failed) {
                last.set_status(Status::Superseded, Some("superseded by new release".into()));
                storage.update(&last).await?;
            }
        }
    }
    let interrupt = futures::FutureExt::fuse(interrupt);
    tokio::pin!(interrupt);
    crate::testpoint::pause_point("pending-record").await;
    deploy::arm(interrupt.as_mut()).await;
    storage.create(&record, 0).await?;
    crate::testpoint::pause_point("recorded").await;

    let rollout = Rollout {
        storage,
        cluster: &cluster,
        before: &adopted,
        after: &resources,
        create_only: adopted.is_empty(),
        hook_events: ("pre-install", "post-install"),
        apply: ApplyOptions {
            server_side,
            force_replace: d.force_replace,
            force_conflicts: d.force_conflicts,
            track_created: false,
            migrate_client_side_fields: true,
        },
        opts: d,
    };
    let outcome = {
        let work = rollout.run(&mut record, events);
        tokio::select! {
            done = work => done.map_err(|f| match f.step {
                StepFailure::PreHooks(e) => format!("failed pre-install: {e}"),
                StepFailure::Apply(e) => e.to_string(),
                StepFailure::Wait(e) => e.to_string(),
                StepFailure::PostHooks(e) => format!("failed post-install: {e}"),
            }),
            _ = &mut interrupt => Err("context canceled".to_string()),
        }
    };
    match outcome {
        Ok(_) => {
            crate::testpoint::pause_point("final-record").await;
            let description = if d.description.is_empty() {
                "Install complete".to_string()
            } else {
                d.description.clone()
            };
            record.set_status(Status::Deployed, Some(description));
            // Helm logs a failure to record success and still reports the install as done;
            // rhelm fails, as its upgrade does, since the record is left pending.
            if let Err(e) = storage
                .record_outcome(&record, Status::PendingInstall)
                .await
            {
                return Err(InstallFailure::Failed {
                    message: outcome_not_recorded(&e, || {
                        format!("{e}\nThe release was installed, but recording its outcome failed, so revision {} is left pending-install. Once the cluster is reachable again, check `rhelm history {name}` and run `rhelm unlock {name} --force`.", record.version)
                    }),
                });
            }
            Ok(InstallOutcome {
                release: record,
                logs,
                rendered: None,
            })
        }
        Err(message) => {
            record.set_status(
                Status::Failed,
                Some(format!("Release {name:?} failed: {message}")),
            );
            if !d.rollback_on_failure {
                if let Err(e) = storage
                    .record_outcome(&record, Status::PendingInstall)
                    .await
                {
                    let why = outcome_not_recorded(&e, || {
                        format!("Recording the failure failed as well ({e}), so revision {} is left pending-install. Once the cluster is reachable again, check `rhelm history {name}` and run `rhelm unlock {name} --force`.", record.version)
                    });
                    return Err(InstallFailure::Failed {
                        message: format!("{message}\n{why}"),
                    });
                }
                return Err(InstallFailure::Failed { message });
            }
            let removed = remove_failed_install(storage, &cluster, &record, d).await;
            Err(InstallFailure::Failed {
                message: match removed {
                    Ok(()) => format!("release {name} failed, and has been uninstalled due to rollback-on-failure being set: {message}"),
                    Err(e) => format!("an error occurred while uninstalling the release. original install error: {message}: {e}"),
                },
            })
        }
    }
}

/// `--atomic` on a failed install: Helm's uninstall without `--keep-history` (hooks, objects
/// in uninstall order except those kept by policy, every record removed).
async fn remove_failed_install(
    storage: &Storage,
    cluster: &Cluster,
    record: &Release,
    d: &DeployOptions,
) -> Result<(), uninstall::UninstallError> {
    let opts = UninstallOptions {
        keep_history: false,
        no_hooks: d.no_hooks,
        timeout: d.timeout,
        wait: d.wait,
        ..UninstallOptions::default()
    };
    uninstall::run(storage, cluster, &record.name, &opts)
        .await
        .map(|_| ())
}

/// Creates the chart's CRDs (those that exist already are left alone) and waits until they
/// are established, as Helm's `installCRDs`.
async fn install_crds(
    cluster: &Cluster,
    crds: &[crate::chart::CrdFile],
    server_side: bool,
    force_conflicts: bool,
) -> Result<(), InstallFailure> {
    let mut created = Vec::new();
    for crd in crds {
        let fail = |message: String| InstallFailure::Crd {
            name: crd.name.clone(),
            message,
        };
        let text = String::from_utf8_lossy(&crd.data);
        let objects = cluster
            .build(&text, "")
            .await
            .map_err(|e| fail(e.to_string()))?;
        if objects.is_empty() {
            return Err(fail("resources are empty".into()));
        }
        let opts = ApplyOptions {
            server_side,
            force_conflicts,
            ..ApplyOptions::default()
        };
        match apply::create(cluster, &objects, opts).await {
            Ok(_) => created.extend(objects),
            Err(f) if f.error.is_already_exists() => {}
            Err(f) => return Err(fail(f.error.to_string())),
        }
    }
    if !created.is_empty() {
        wait::until_ready(cluster, &created, CRD_WAIT)
            .await
            .map_err(|e| InstallFailure::Crd {
                name: "definitions".into(),
                message: e.to_string(),
            })?;
    }
    Ok(())
}

/// `--create-namespace`: the release namespace, labelled `name: <namespace>`; one that exists
/// already is fine.
async fn create_namespace(
    cluster: &Cluster,
    namespace: &str,
    server_side: bool,
) -> Result<(), InstallFailure> {
    let manifest = format!(
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {namespace}\n  labels:\n    name: {namespace}\n"
    );
    let objects = cluster
        .build(&manifest, "")
        .await
        .map_err(InstallFailure::Namespace)?;
    let opts = ApplyOptions {
        server_side,
        ..ApplyOptions::default()
    };
    match apply::create(cluster, &objects, opts).await {
        Ok(_) => Ok(()),
        Err(f) if f.error.is_already_exists() => Ok(()),
        Err(f) => Err(InstallFailure::Failed {
            message: f.error.to_string(),
        }),
    }
}
