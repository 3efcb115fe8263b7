//! `rhelm upgrade RELEASE CHART`: Helm 4's flags (`--install`, the value modes, `--atomic` /
//! `--rollback-on-failure`...), Helm 3's spellings accepted.

use std::sync::Arc;

use clap::Args;

use super::flags::{load_chart, load_chart_updating, locate_chart, parse_server_side};
use super::install::{install_release, print_release, DeployFlags};
use super::progress::{cancelled, Progress};
use super::{out, Ctx};
use crate::action::deploy::ServerSide;
use crate::action::install::InstallRequest;
use crate::action::upgrade::{self, UpgradeOptions, ValuesMode};
use crate::cluster::resources::Cluster;
use crate::output::Format;
use crate::release::Status;

#[derive(Debug, Args)]
pub struct UpgradeArgs {
    /// RELEASE CHART
    #[arg(value_name = "RELEASE CHART")]
    args: Vec<String>,
    #[command(flatten)]
    deploy: DeployFlags,
    /// if a release by this name doesn't already exist, run an install
    #[arg(short = 'i', long)]
    install: bool,
    /// if --install is set, create the release namespace if not present
    #[arg(long)]
    create_namespace: bool,
    /// must be "true", "false" or "auto". Object updates run in the server instead of the client ("auto" defaults the value from the previous chart release's method)
    #[arg(long, default_value = "auto", value_parser = parse_server_side)]
    server_side: ServerSide,
    /// when upgrading, reset the values to the ones built into the chart
    #[arg(long)]
    reset_values: bool,
    /// when upgrading, reuse the last release's values and merge in any overrides from the command line via --set and -f. If '--reset-values' is specified, this is ignored
    #[arg(long)]
    reuse_values: bool,
    /// when upgrading, reset the values to the ones built into the chart, apply the last release's values and merge in any overrides from the command line via --set and -f. If '--reset-values' or '--reuse-values' is specified, this is ignored
    #[arg(long)]
    reset_then_reuse_values: bool,
    /// limit the maximum number of revisions saved per release. Use 0 for no limit
    #[arg(long, allow_negative_numbers = true, value_name = "int", value_parser = super::cobra::go_count)]
    history_max: Option<usize>,
    /// allow deletion of new resources created in this upgrade when upgrade fails
    #[arg(long)]
    cleanup_on_fail: bool,
}

impl UpgradeArgs {
    fn values_mode(&self) -> ValuesMode {
        if self.reset_values {
            ValuesMode::Reset
        } else if self.reuse_values {
            ValuesMode::Reuse
        } else if self.reset_then_reuse_values {
            ValuesMode::ResetThenReuse
        } else {
            ValuesMode::Default
        }
    }
}

pub async fn run(ctx: &Ctx, a: UpgradeArgs) -> anyhow::Result<()> {
    // helm 4 looks the plugin up while parsing the flag: its error comes first.
    let post_renderer = a.deploy.post_renderer.resolve()?;
    if a.args.len() != 2 {
        anyhow::bail!(
            "\"rhelm upgrade\" requires 2 arguments\n\nUsage:  rhelm upgrade [RELEASE] [CHART] [flags]"
        );
    }
    a.deploy.warn("upgrade");
    let (name, chart_ref) = (a.args[0].clone(), a.args[1].clone());
    let mut opts = a.deploy.options(
        a.server_side,
        super::flags::history_max(a.history_max),
        post_renderer,
    )?;
    opts.cleanup_on_fail = a.cleanup_on_fail;
    let storage = ctx.storage(false).await?;

    if a.install {
        // Helm looks at the last element of the unsorted history: the records as listed.
        let latest = storage.latest(&name).await?;
        let missing = latest.is_none();
        let uninstalled = latest.is_some_and(|r| r.state() == Some(Status::Uninstalled));
        if missing || uninstalled {
            if a.deploy.output == Format::Table {
                out(format!("Release {name:?} does not exist. Installing it now.\n").as_bytes())?;
            }
            let mut install_opts = opts.clone();
            install_opts.create_namespace = a.create_namespace;
            install_opts.server_side = if a.server_side == ServerSide::Never {
                ServerSide::Never
            } else {
                ServerSide::Always
            };
            install_opts.history_max = 0;
            let req = InstallRequest {
                deploy: install_opts,
                replace: uninstalled,
                ..InstallRequest::default()
            };
            // Helm returns the install's error as it is, without a prefix.
            let rel = install_release(ctx, &name, &chart_ref, &a.deploy, &req)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            return print_release(ctx, &rel, &a.deploy);
        }
    }

    let path = locate_chart(&chart_ref, &a.deploy.chart, &ctx.global).await?;
    let values = a.deploy.values.merge()?;
    let chart = if a.deploy.dependency_update {
        load_chart_updating(&path, false, &a.deploy.chart, &ctx.global).await?
    } else {
        load_chart(&path, false)?
    };
    let cluster = Arc::new(Cluster::new(
        crate::cluster::client(&ctx.kube_options()).await?,
    ));
    let upgrade_opts = UpgradeOptions {
        deploy: opts,
        values_mode: a.values_mode(),
    };
    let mut progress = Progress::new();
    progress.color = ctx.color();
    let outcome = upgrade::run(
        &storage,
        cluster,
        &name,
        chart,
        values,
        &upgrade_opts,
        &mut |e| progress.show(e),
        cancelled(name.clone()),
    )
    .await
    .map_err(|e| anyhow::anyhow!("UPGRADE FAILED: {e}"))?;
    if a.deploy.output == Format::Table {
        out(format!("Release {name:?} has been upgraded. Happy Helming!\n").as_bytes())?;
    }
    print_release(ctx, &outcome.release, &a.deploy)
}
