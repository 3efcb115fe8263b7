//! `rhelm uninstall RELEASE_NAME [...]`: Helm 4's flags and messages.

use std::time::Duration;

use clap::Args;

use super::flags::{parse_go_duration, parse_wait};
use super::{out, Ctx};
use crate::action::deploy::WaitStrategy;
use crate::action::uninstall::{self, Cascade, UninstallOptions};
use crate::cluster::resources::Cluster;

#[derive(Debug, Args)]
pub struct UninstallArgs {
    /// RELEASE_NAME [...]
    #[arg(value_name = "RELEASE_NAME")]
    names: Vec<String>,
    /// simulate a uninstall
    #[arg(long)]
    dry_run: bool,
    /// prevent hooks from running during uninstallation
    #[arg(long)]
    no_hooks: bool,
    /// Treat "release not found" as a successful uninstall
    #[arg(long)]
    ignore_not_found: bool,
    /// remove all associated resources and mark the release as deleted, but retain the release history
    #[arg(long)]
    keep_history: bool,
    /// Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents. Defaults to background.
    #[arg(long, default_value = "background", verbatim_doc_comment)]
    cascade: String,
    /// time to wait for any individual Kubernetes operation (like Jobs for hooks)
    #[arg(long, default_value = "5m0s", value_name = "duration", value_parser = parse_go_duration)]
    timeout: Duration,
    /// add a custom description
    #[arg(long, default_value = "")]
    description: String,
    /// if specified, wait until resources are deleted (up to --timeout): watcher, legacy or hookOnly
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "watcher", default_value = "hookOnly", value_name = "WaitStrategy", value_parser = parse_wait)]
    wait: Option<WaitStrategy>,
}

/// Helm's lines for a finished uninstall: the kept objects, then `release "x" uninstalled`.
fn report(name: &str, kept: &[uninstall::Kept]) -> String {
    let mut text = String::new();
    if !kept.is_empty() {
        text.push_str("These resources were kept due to the resource policy:\n");
        for k in kept {
            text.push_str(&format!("[{}] {}\n", k.kind, k.name));
        }
        text.push('\n');
    }
    text.push_str(&format!("release \"{name}\" uninstalled\n"));
    text
}

pub async fn run(ctx: &Ctx, a: UninstallArgs) -> anyhow::Result<()> {
    if a.names.is_empty() {
        anyhow::bail!("\"rhelm uninstall\" requires at least 1 argument\n\nUsage:  rhelm uninstall RELEASE_NAME [...] [flags]");
    }
    let cascade = Cascade::parse(&a.cascade)?;
    let opts = UninstallOptions {
        keep_history: a.keep_history,
        no_hooks: a.no_hooks,
        cascade,
        wait: a.wait.unwrap_or(WaitStrategy::HookOnly),
        timeout: a.timeout,
        dry_run: a.dry_run,
        ignore_not_found: a.ignore_not_found,
        description: a.description,
    };
    let storage = ctx.storage(false).await?;
    let cluster = Cluster::new(crate::cluster::client(&ctx.kube_options()).await?);
    for name in &a.names {
        let done = match uninstall::run(&storage, &cluster, name, &opts).await {
            Ok(done) => done,
            Err(e) => {
                // Helm names the objects that could not be deleted only in its debug log.
                if let (true, Some(causes)) = (ctx.global.debug(), e.delete_causes()) {
                    for c in causes {
                        eprintln!("uninstall: {c}");
                    }
                }
                return Err(e.into());
            }
        };
        out(report(name, &done.kept).as_bytes())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_objects_are_listed_before_the_success_line() {
        let kept = [uninstall::Kept {
            kind: "ConfigMap".into(),
            name: "keep-me".into(),
        }];
        assert_eq!(
            report("web", &kept),
            "These resources were kept due to the resource policy:\n[ConfigMap] keep-me\n\nrelease \"web\" uninstalled\n"
        );
        assert_eq!(report("web", &[]), "release \"web\" uninstalled\n");
    }
}
