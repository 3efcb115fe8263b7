//! `rhelm rollback RELEASE [REVISION]`: Helm 4's flags, with Helm 3's spellings accepted.

use std::time::Duration;

use clap::Args;

use super::flags::{parse_go_duration, parse_server_side, parse_wait, DryRunFlags};
use super::progress::{interrupted, Progress};
use super::{out, Ctx};
use crate::action::deploy::{ServerSide, WaitStrategy};
use crate::action::rollback::{self, RollbackOptions};
use crate::cluster::resources::Cluster;

#[derive(Debug, Args)]
pub struct RollbackArgs {
    /// RELEASE [REVISION]
    #[arg(value_name = "RELEASE [REVISION]")]
    args: Vec<String>,
    /// roll back to the newest revision that deployed successfully, skipping failed ones
    #[arg(long)]
    last_good: bool,
    /// prevent hooks from running during rollback
    #[arg(long)]
    no_hooks: bool,
    /// time to wait for any individual Kubernetes operation (like Jobs for hooks)
    #[arg(long, default_value = "5m0s", value_name = "duration", value_parser = parse_go_duration)]
    timeout: Duration,
    /// wait until all resources are ready: watcher (kstatus, the default), legacy (Helm 3) or hookOnly
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "watcher", default_value = "hookOnly", value_name = "WaitStrategy", value_parser = parse_wait)]
    wait: Option<WaitStrategy>,
    /// if set and --wait enabled, will wait until all Jobs have been completed before marking the release as successful
    #[arg(long)]
    wait_for_jobs: bool,
    /// performs pods restart for the resource if applicable (Helm 3)
    #[arg(long)]
    recreate_pods: bool,
    /// allow deletion of new resources created in this rollback when rollback fails
    #[arg(long)]
    cleanup_on_fail: bool,
    /// force resource updates by replacement
    #[arg(long = "force-replace", alias = "force")]
    force_replace: bool,
    /// if set server-side apply will force changes against conflicts
    #[arg(long)]
    force_conflicts: bool,
    /// must be "true", "false" or "auto"; auto follows the target revision's apply method
    #[arg(long, default_value = "auto", value_parser = parse_server_side)]
    server_side: ServerSide,
    /// `--dry-run[=client|server]`: show what would change, as one diff per object, and write
    /// nothing (computed locally, or by a server-side dry run)
    #[command(flatten)]
    dry_run: DryRunFlags,
    /// with --dry-run, show Secret values instead of redacting them
    #[arg(long)]
    show_secrets: bool,
    /// limit the maximum number of revisions saved per release. Use 0 for no limit
    #[arg(long, allow_negative_numbers = true, value_name = "int", value_parser = super::cobra::go_count)]
    history_max: Option<usize>,
}

pub async fn run(ctx: &Ctx, a: RollbackArgs) -> anyhow::Result<()> {
    let dry_run = a.dry_run.strategy()?;
    let mut notices = super::cobra::deprecation_notices("rollback");
    notices.extend(a.dry_run.warning());
    super::flags::print_log(&notices);
    let Some(name) = a.args.first().cloned() else {
        anyhow::bail!("\"rhelm rollback\" requires at least 1 argument\n\nUsage:  rhelm rollback <RELEASE> [REVISION] [flags]");
    };
    let revision = match a.args.get(1) {
        None => 0,
        Some(r) => gostd::strconv::atoi(r).map_err(|_| {
            anyhow::anyhow!(
                "could not convert revision to a number: strconv.Atoi: parsing {}: invalid syntax",
                gostd::strconv::quote(r)
            )
        })?,
    };
    if a.last_good && a.args.len() > 1 {
        anyhow::bail!(
            "--last-good picks the revision itself: drop the REVISION argument or the flag"
        );
    }
    let opts = RollbackOptions {
        revision,
        last_good: a.last_good,
        no_hooks: a.no_hooks,
        wait: matches!(a.wait, Some(WaitStrategy::Watcher | WaitStrategy::Legacy)),
        legacy_wait: a.wait == Some(WaitStrategy::Legacy),
        wait_for_jobs: a.wait_for_jobs,
        recreate_pods: a.recreate_pods,
        timeout: a.timeout,
        cleanup_on_fail: a.cleanup_on_fail,
        force_replace: a.force_replace,
        force_conflicts: a.force_conflicts,
        server_side: a.server_side,
        history_max: super::flags::history_max(a.history_max),
    };
    let storage = ctx.storage(false).await?;
    let client = crate::cluster::client(&ctx.kube_options()).await?;
    let cluster = Cluster::new(client);
    if let Some(mode) = dry_run {
        let report =
            rollback::dry_run(&storage, &cluster, &name, &opts, mode, a.show_secrets).await?;
        for w in &report.plan.warnings {
            eprintln!("WARNING: {w}");
        }
        let mut text = Vec::new();
        let format = crate::output::diff::DiffFormat::Diff;
        crate::output::diff::write_report(&report.report, &format, ctx.color(), &mut text)?;
        let (create, change, delete, _) = report.report.counts();
        text.extend(format!(
            "Rolling back {name:?} to revision {} would create {create}, change {change} and delete {delete} objects (dry run: nothing was changed).\n",
            report.plan.target.version
        ).bytes());
        return out(&text);
    }
    let mut progress = Progress::new();
    rollback::run(
        &storage,
        &cluster,
        &name,
        &opts,
        &mut |e| progress.show(e),
        interrupted(),
    )
    .await?;
    out(b"Rollback was a success! Happy Helming!\n")
}
