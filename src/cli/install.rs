//! `rhelm install [NAME] [CHART]`: Helm 4's flags, Helm 3's spellings accepted.

use std::sync::Arc;

use clap::Args;

use super::flags::{
    load_chart, load_chart_updating, locate_chart, parse_labels, print_log, ChartFlags,
    DryRunFlags, PostRendererFlags, ValueFlags, WaitFlags,
};
use super::progress::{cancelled, Progress};
use super::{out, parse_format, Ctx};
use crate::action::deploy::{DeployOptions, PostRenderer, ServerSide};
use crate::action::install::{self, InstallRequest};
use crate::cluster::resources::Cluster;
use crate::output::{self, status_text::StatusOptions, Format};
use crate::release::Release;
use crate::storage::Storage;

/// Flags install shares with `upgrade --install`.
#[derive(Debug, Args)]
pub struct DeployFlags {
    #[command(flatten)]
    pub values: ValueFlags,
    #[command(flatten)]
    pub wait: WaitFlags,
    #[command(flatten)]
    pub dry_run: DryRunFlags,
    #[command(flatten)]
    pub chart: ChartFlags,
    /// hide Kubernetes Secrets when also using the --dry-run flag
    #[arg(long)]
    pub hide_secret: bool,
    /// force resource updates by replacement
    #[arg(long = "force-replace", alias = "force")]
    pub force_replace: bool,
    /// if set server-side apply will force changes against conflicts
    #[arg(long)]
    pub force_conflicts: bool,
    /// prevent hooks from running during install
    #[arg(long)]
    pub no_hooks: bool,
    /// add a custom description
    #[arg(long, default_value = "")]
    pub description: String,
    /// update dependencies if they are missing before installing the chart
    #[arg(long)]
    pub dependency_update: bool,
    /// if set, the installation process will not validate rendered templates against the Kubernetes OpenAPI Schema
    #[arg(long)]
    pub disable_openapi_validation: bool,
    /// if set, Helm will rollback the release upon failure (uninstall on install). The --wait flag will be defaulted to "watcher" if --rollback-on-failure is set
    #[arg(long = "rollback-on-failure", alias = "atomic")]
    pub rollback_on_failure: bool,
    /// if set, no CRDs will be installed. By default, CRDs are installed if not already present
    #[arg(long)]
    pub skip_crds: bool,
    /// if set, render subchart notes along with the parent
    #[arg(long)]
    pub render_subchart_notes: bool,
    /// if set, disables JSON schema validation
    #[arg(long)]
    pub skip_schema_validation: bool,
    /// Labels that would be added to release metadata. Should be divided by comma.
    #[arg(short = 'l', long = "labels", value_name = "stringToString", value_parser = super::flags::label_value)]
    pub labels: Vec<String>,
    /// enable DNS lookups when rendering templates
    #[arg(long)]
    pub enable_dns: bool,
    /// if set, do not show notes in the output. Does not affect presence in chart metadata
    #[arg(long)]
    pub hide_notes: bool,
    /// if set, ignore the check for helm annotations and take ownership of the existing resources
    #[arg(long)]
    pub take_ownership: bool,
    /// before applying (or instead, with --dry-run), print one unified diff per object between the live cluster and the new manifest
    #[arg(long)]
    pub diff: bool,
    /// with --diff, show Secret values instead of redacting them
    #[arg(long)]
    pub show_secrets: bool,
    #[command(flatten)]
    pub post_renderer: PostRendererFlags,
    /// prints the output in the specified format. Allowed values: table, json, yaml
    #[arg(short = 'o', long = "output", default_value = "table", value_name = "format", value_parser = parse_format)]
    pub output: Format,
}

impl DeployFlags {
    /// Prints the warnings Helm prints while parsing these flags of `command` (deprecated
    /// spellings).
    pub fn warn(&self, command: &str) {
        let mut lines = super::cobra::deprecation_notices(command);
        lines.extend(self.dry_run.warning());
        lines.extend(self.wait.warning());
        print_log(&lines);
    }

    /// The action's options; `server_side` and `history_max` differ between the commands, and
    /// the post-renderer is looked up first, while flags are parsed ([`PostRendererFlags::resolve`]).
    pub fn options(
        &self,
        server_side: ServerSide,
        history_max: usize,
        post_renderer: Option<PostRenderer>,
    ) -> anyhow::Result<DeployOptions> {
        Ok(DeployOptions {
            no_hooks: self.no_hooks,
            wait: self.wait.strategy(),
            wait_for_jobs: self.wait.wait_for_jobs,
            timeout: self.wait.timeout,
            description: self.description.clone(),
            labels: parse_labels(&self.labels)?,
            force_replace: self.force_replace,
            force_conflicts: self.force_conflicts,
            server_side,
            dry_run: self.dry_run.strategy()?,
            hide_secret: self.hide_secret,
            sub_notes: self.render_subchart_notes,
            skip_schema_validation: self.skip_schema_validation,
            skip_crds: self.skip_crds,
            take_ownership: self.take_ownership,
            rollback_on_failure: self.rollback_on_failure,
            cleanup_on_fail: false,
            history_max,
            create_namespace: false,
            diff: self.diff,
            show_secrets: self.show_secrets,
            post_renderer,
            enable_dns: self.enable_dns,
        })
    }
}

#[derive(Debug, Args)]
pub struct InstallArgs {
    /// [NAME] [CHART]
    #[arg(value_name = "ARGS")]
    args: Vec<String>,
    #[command(flatten)]
    deploy: DeployFlags,
    /// create the release namespace if not present
    #[arg(long)]
    create_namespace: bool,
    /// object updates run in the server instead of the client
    #[arg(long, default_value = "true", num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "bool", value_parser = server_side_bool)]
    server_side: ServerSide,
    /// reuse the given name, only if that name is a deleted release which remains in the history. This is unsafe in production
    #[arg(long)]
    replace: bool,
    /// generate the name (and omit the NAME parameter)
    #[arg(short = 'g', long = "generate-name")]
    generate_name: bool,
    /// specify template used to name the release
    #[arg(long = "name-template", default_value = "")]
    name_template: String,
}

/// install's `--server-side` is a boolean in Helm (upgrade's also takes `auto`).
fn server_side_bool(s: &str) -> Result<ServerSide, String> {
    Ok(if super::cobra::go_bool(s)? {
        ServerSide::Always
    } else {
        ServerSide::Never
    })
}

pub async fn run(ctx: &Ctx, a: InstallArgs) -> anyhow::Result<()> {
    // helm 4 looks the plugin up while parsing the flag: its error comes first, unprefixed.
    let post_renderer = a.deploy.post_renderer.resolve()?;
    if a.args.is_empty() {
        anyhow::bail!(
            "\"rhelm install\" requires at least 1 argument\n\nUsage:  rhelm install [NAME] [CHART] [flags]"
        );
    }
    // Helm rejects a bad --dry-run before anything else, without "INSTALLATION FAILED".
    a.deploy.dry_run.strategy()?;
    a.deploy.warn("install");
    let (name, chart_ref) =
        super::template::name_and_chart(&a.args, a.generate_name, &a.name_template, false)
            .map_err(|e| anyhow::anyhow!("INSTALLATION FAILED: {e}"))?;
    let mut opts = a
        .deploy
        .options(a.server_side, 0, post_renderer)
        .map_err(|e| anyhow::anyhow!("INSTALLATION FAILED: {e}"))?;
    opts.create_namespace = a.create_namespace;
    let req = InstallRequest {
        deploy: opts,
        replace: a.replace,
        ..InstallRequest::default()
    };
    let rel = install_release(ctx, &name, &chart_ref, &a.deploy, &req)
        .await
        .map_err(|e| anyhow::anyhow!("INSTALLATION FAILED: {e}"))?;
    print_release(ctx, &rel, &a.deploy)
}

/// Loads the chart and installs it (also `upgrade --install` of a missing release).
pub async fn install_release(
    ctx: &Ctx,
    name: &str,
    chart_ref: &str,
    flags: &DeployFlags,
    req: &InstallRequest,
) -> anyhow::Result<Release> {
    flags.chart.log_version();
    let path = locate_chart(chart_ref, &flags.chart, &ctx.global).await?;
    super::flags::log_chart_path(&path);
    let values = flags.values.merge()?;
    let chart = if flags.dependency_update {
        load_chart_updating(&path, true, &flags.chart, &ctx.global).await?
    } else {
        load_chart(&path, true)?
    };
    let namespace = ctx.namespace();
    let client_only = req.deploy.dry_run == Some(crate::action::deploy::DryRun::Client);
    let (storage, cluster) = install_target(ctx, &namespace, client_only).await?;
    let mut progress = Progress::new();
    progress.color = ctx.color();
    let outcome = install::run(
        &storage,
        cluster,
        name,
        &namespace,
        chart,
        values,
        req,
        &mut |e| progress.show(e),
        cancelled(name.to_string()),
    )
    .await?;
    Ok(outcome.release)
}

/// Where an install runs: a client-only one (`--dry-run=client`, and `template` without
/// `--dry-run=server`) keeps its records in memory and has no cluster, as helm's does; any
/// other opens the configured storage and a client of the cluster.
pub(super) async fn install_target(
    ctx: &Ctx,
    namespace: &str,
    client_only: bool,
) -> anyhow::Result<(Storage, Option<Arc<Cluster>>)> {
    if client_only {
        return Ok((install::client_only_storage(namespace).await?, None));
    }
    let storage = ctx.storage(false).await?;
    let client = crate::cluster::client(&ctx.kube_options()).await?;
    Ok((storage, Some(Arc::new(Cluster::new(client)))))
}

/// Prints the release as install and upgrade do: the status layout, or the whole record.
pub fn print_release(ctx: &Ctx, rel: &Release, flags: &DeployFlags) -> anyhow::Result<()> {
    let bytes = match flags.output {
        Format::Table => {
            let opts = StatusOptions {
                debug: ctx.global.debug(),
                show_metadata: false,
                color: ctx.color(),
                hide_notes: flags.hide_notes,
            };
            output::status_text::render(rel, None, opts).into_bytes()
        }
        Format::Json => output::json(&output::release::release_value(rel)?)?.into_bytes(),
        Format::Yaml => output::yaml(&output::release::release_value(rel)?)?.into_bytes(),
    };
    out(&bytes)
}
