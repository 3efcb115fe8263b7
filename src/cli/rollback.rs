//! `rhelm rollback RELEASE [REVISION]`: Helm 4's flags, with Helm 3's spellings accepted.

use std::time::Duration;

use clap::Args;

use super::{out, Ctx};
use crate::action::diff as rollback_diff;
use crate::action::rollback::{self, RollbackOptions, ServerSide};
use crate::kube::resources::Cluster;

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
    #[arg(long, default_value = "5m0s", value_parser = parse_go_duration)]
    timeout: Duration,
    /// wait until all resources are ready: watcher (kstatus, the default), legacy (Helm 3) or hookOnly
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "watcher", value_parser = parse_wait)]
    wait: Option<WaitFlag>,
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
    #[arg(long = "force-replace", visible_alias = "force")]
    force_replace: bool,
    /// if set server-side apply will force changes against conflicts
    #[arg(long)]
    force_conflicts: bool,
    /// must be "true", "false" or "auto"; auto follows the target revision's apply method
    #[arg(long, default_value = "auto", value_parser = parse_server_side)]
    server_side: ServerSide,
    /// show what would change, as one diff per object, and write nothing: client (computed
    /// locally, the default) or server (a server-side dry run)
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "client", value_parser = parse_dry_run)]
    dry_run: Option<DryRunFlag>,
    /// with --dry-run, show Secret values instead of redacting them
    #[arg(long)]
    show_secrets: bool,
    /// limit the maximum number of revisions saved per release. Use 0 for no limit
    #[arg(long, env = "HELM_MAX_HISTORY", default_value_t = 10)]
    history_max: usize,
}

/// `--wait`'s strategy: watcher (kstatus), legacy (Helm 3's rules) or hookOnly (no wait).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum WaitFlag {
    Watcher,
    Legacy,
    HookOnly,
}

pub(super) fn parse_wait(s: &str) -> Result<WaitFlag, String> {
    match s {
        "watcher" | "true" => Ok(WaitFlag::Watcher),
        "legacy" => Ok(WaitFlag::Legacy),
        "hookOnly" | "false" => Ok(WaitFlag::HookOnly),
        other => Err(format!(
            "invalid wait input {other:?}. Valid inputs are watcher, hookOnly, and legacy"
        )),
    }
}

/// `--dry-run`'s value; `none` runs the rollback for real.
#[derive(Clone, Copy, Debug)]
struct DryRunFlag(Option<rollback::DryRun>);

fn parse_dry_run(s: &str) -> Result<DryRunFlag, String> {
    match s {
        "client" | "true" => Ok(DryRunFlag(Some(rollback::DryRun::Client))),
        "server" => Ok(DryRunFlag(Some(rollback::DryRun::Server))),
        "none" | "false" => Ok(DryRunFlag(None)),
        other => Err(format!(
            "invalid dry-run value {other:?}: use none, client or server"
        )),
    }
}

fn parse_server_side(s: &str) -> Result<ServerSide, String> {
    match s {
        "auto" => Ok(ServerSide::Auto),
        "true" => Ok(ServerSide::Always),
        "false" => Ok(ServerSide::Never),
        other => Err(format!(
            "invalid/unknown release server-side apply method: {other}"
        )),
    }
}

/// Go's `time.ParseDuration`: decimal numbers with units ns, us, µs, ms, s, m, h; "0" alone.
pub fn parse_go_duration(s: &str) -> Result<Duration, String> {
    let bad = || format!("time: invalid duration {}", gotemplate::strconv::quote(s));
    let body = s.strip_prefix('+').unwrap_or(s);
    if body.starts_with('-') {
        return Err(format!("negative durations are not allowed: {s}"));
    }
    if body == "0" {
        return Ok(Duration::ZERO);
    }
    if body.is_empty() {
        return Err(bad());
    }
    let mut rest = body;
    let mut total = 0f64;
    while !rest.is_empty() {
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .ok_or_else(|| {
                format!(
                    "time: missing unit in duration {}",
                    gotemplate::strconv::quote(s)
                )
            })?;
        let number: f64 = rest[..num_len].parse().map_err(|_| bad())?;
        rest = &rest[num_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" | "μs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            u => {
                return Err(format!(
                    "time: unknown unit {} in duration {}",
                    gotemplate::strconv::quote(u),
                    gotemplate::strconv::quote(s)
                ))
            }
        };
        total += number * scale;
        rest = &rest[unit_len..];
    }
    Ok(Duration::from_secs_f64(total))
}

pub async fn run(ctx: &Ctx, a: RollbackArgs) -> anyhow::Result<()> {
    let Some(name) = a.args.first().cloned() else {
        anyhow::bail!("\"rhelm rollback\" requires at least 1 argument\n\nUsage:  rhelm rollback <RELEASE> [REVISION] [flags]");
    };
    let revision = match a.args.get(1) {
        None => 0,
        Some(r) => gotemplate::strconv::atoi(r).map_err(|_| {
            anyhow::anyhow!(
                "could not convert revision to a number: strconv.Atoi: parsing {}: invalid syntax",
                gotemplate::strconv::quote(r)
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
        wait: matches!(a.wait, Some(WaitFlag::Watcher | WaitFlag::Legacy)),
        legacy_wait: a.wait == Some(WaitFlag::Legacy),
        wait_for_jobs: a.wait_for_jobs,
        recreate_pods: a.recreate_pods,
        timeout: a.timeout,
        cleanup_on_fail: a.cleanup_on_fail,
        force_replace: a.force_replace,
        force_conflicts: a.force_conflicts,
        server_side: a.server_side,
        history_max: a.history_max,
    };
    let storage = ctx.storage(false).await?;
    let client = crate::kube::client(&ctx.kube_options()).await?;
    let cluster = Cluster::new(client);
    if let Some(DryRunFlag(Some(mode))) = a.dry_run {
        let report =
            rollback::dry_run(&storage, &cluster, &name, &opts, mode, a.show_secrets).await?;
        for w in &report.plan.warnings {
            eprintln!("WARNING: {w}");
        }
        let mut text = String::new();
        let mut counts = [0usize; 3];
        for d in &report.diffs {
            let i = match d.change {
                rollback_diff::Change::Create => 0,
                rollback_diff::Change::Update => 1,
                rollback_diff::Change::Delete => 2,
                rollback_diff::Change::Unchanged => continue,
            };
            counts[i] += 1;
            text.push_str(&d.unified);
        }
        text.push_str(&format!(
            "Rolling back {name:?} to revision {} would create {}, change {} and delete {} objects (dry run: nothing was changed).\n",
            report.plan.target.version, counts[0], counts[1], counts[2]
        ));
        return out(text.as_bytes());
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

/// Completes with the signal's name on SIGINT or SIGTERM.
pub async fn interrupted() -> String {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) {
            (Ok(mut int), Ok(mut term)) => tokio::select! {
                _ = int.recv() => "SIGINT".to_string(),
                _ = term.recv() => "SIGTERM".to_string(),
            },
            _ => std::future::pending().await,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        "interrupt".to_string()
    }
}

/// Prints warnings, and the not-ready objects while waiting: redrawn in place on a terminal,
/// printed only when they change otherwise.
struct Progress {
    tty: bool,
    drawn: usize,
    last: Vec<String>,
}

impl Progress {
    fn new() -> Progress {
        use std::io::IsTerminal;
        Progress {
            tty: std::io::stderr().is_terminal(),
            drawn: 0,
            last: Vec::new(),
        }
    }

    fn show(&mut self, e: rollback::Event<'_>) {
        match e {
            rollback::Event::Warning(w) => eprintln!("WARNING: {w}"),
            rollback::Event::Waiting(lines) => {
                if lines == self.last.as_slice() {
                    return;
                }
                if self.tty && self.drawn > 0 {
                    eprint!("\x1b[{}A\x1b[J", self.drawn);
                }
                for l in lines {
                    eprintln!("waiting: {l}");
                }
                self.drawn = lines.len();
                self.last = lines.to_vec();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_durations_parse_like_go() {
        assert_eq!(parse_go_duration("5m0s").unwrap(), Duration::from_secs(300));
        assert_eq!(
            parse_go_duration("1h2m3.5s").unwrap(),
            Duration::from_secs_f64(3723.5)
        );
        assert_eq!(
            parse_go_duration("250ms").unwrap(),
            Duration::from_millis(250)
        );
        assert_eq!(parse_go_duration("0").unwrap(), Duration::ZERO);
        assert_eq!(
            parse_go_duration("5").unwrap_err(),
            "time: missing unit in duration \"5\""
        );
        assert!(parse_go_duration("5x")
            .unwrap_err()
            .contains("unknown unit \"x\""));
        assert!(parse_go_duration("").is_err());
    }
}
