//! `rhelm diff upgrade|revision|rollback|release|values|live`: the helm-diff plugin's commands,
//! flags, environment variables, output formats and exit codes, built in.

use std::io::IsTerminal;
use std::sync::Arc;

use anyhow::Context as _;
use clap::{Args, Subcommand};

use super::flags::{
    load_chart, locate_chart, parse_server_side, print_log, ChartFlags, ValueFlags,
};
use super::{out, Ctx, Exit};
use crate::action::deploy::{DeployOptions, Event, PostRenderer, ServerSide};
use crate::action::diff::{self, Against, Outcome, ReleasesDiff, Settings, UpgradeRequest};
use crate::action::upgrade::{UpgradeOptions, ValuesMode};
use crate::cluster::resources::Cluster;
use crate::diff::report::{DiffOptions, SecretMode};
use crate::output::diff::{write_report, DiffFormat};

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[command(subcommand)]
    command: DiffCommand,
}

#[derive(Debug, Subcommand)]
enum DiffCommand {
    /// Show a diff explaining what a helm upgrade would change
    Upgrade(Box<UpgradeDiffArgs>),
    /// Show a diff between two revisions of a release (the second defaults to the current one)
    Revision(RevisionDiffArgs),
    /// Show a diff explaining what a helm rollback would change
    Rollback(RollbackDiffArgs),
    /// Show a diff between two releases of the same chart
    Release(ReleaseDiffArgs),
    /// Show a diff of the values of two revisions of a release
    Values(ValuesDiffArgs),
    /// Show what changed in the cluster since a revision was deployed (drift)
    Live(LiveDiffArgs),
}

/// The report flags every diff command takes (helm-diff's `addCommonCmdOptions`).
#[derive(Debug, Args)]
struct ReportFlags {
    /// suppress secrets in the output
    #[arg(short = 'q', long)]
    suppress_secrets: bool,
    /// do not redact secret values in the output
    #[arg(long)]
    show_secrets: bool,
    /// decode secret values in the output
    #[arg(long)]
    show_secrets_decoded: bool,
    /// allows suppression of the kinds listed in the diff output (can specify multiple, like '--suppress Deployment --suppress Service')
    #[arg(long = "suppress", value_name = "KIND")]
    suppress: Vec<String>,
    /// output NUM lines of context around changes (-1: the whole object)
    #[arg(short = 'C', long = "context", default_value_t = -1, allow_negative_numbers = true)]
    context: i64,
    /// Possible values: diff, simple, template, json, structured. When set to "template", use the env var HELM_DIFF_TPL to specify the template.
    #[arg(short = 'o', long, default_value = "diff")]
    output: String,
    /// strip trailing carriage return on input
    #[arg(long)]
    strip_trailing_cr: bool,
    /// enable rename detection if set to any value greater than 0. If specified, the value denotes the maximum fraction of changed content as lines added + removed compared to total lines in a diff for considering it a rename. Only objects of the same Kind are attempted to be matched
    #[arg(short = 'D', long = "find-renames", default_value_t = 0.0)]
    find_renames: f64,
    /// a regular expression: diff lines that match it are left out (can specify multiple)
    #[arg(long = "suppress-output-line-regex", value_name = "RE")]
    suppress_output_line_regex: Vec<String>,
    /// return a non-zero exit code when there are changes
    #[arg(long)]
    detailed_exitcode: bool,
    /// enable the diffing of the helm test hooks
    #[arg(long)]
    include_tests: bool,
    /// normalize manifests before running diff to exclude style differences from the output
    #[arg(long)]
    normalize_manifests: bool,
    /// remove colors from the output
    #[arg(long)]
    no_color: bool,
}

/// helm-diff's boolean environment switches act only when exactly `true`.
fn env_true(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| v == "true")
}

impl ReportFlags {
    fn settings(&self) -> anyhow::Result<Settings> {
        let mut suppressed_kinds = self.suppress.clone();
        if self.suppress_secrets {
            suppressed_kinds.push("Secret".into());
        }
        let secrets = if self.show_secrets_decoded {
            SecretMode::ShowDecoded
        } else if self.show_secrets {
            SecretMode::Show
        } else {
            SecretMode::Redact
        };
        let context = self.context_lines();
        let suppress_line_regex = self
            .suppress_output_line_regex
            .iter()
            // helm-diff matches with Go's regexp: its syntax, not Rust's.
            .map(|re| {
                gotemplate::sprig::regex::compile(re).map_err(|e| {
                    anyhow::anyhow!("invalid --suppress-output-line-regex {re:?}: it must be a regular expression (RE2 syntax): {e}")
                })
            })
            .collect::<anyhow::Result<_>>()?;
        Ok(Settings {
            normalize: self.normalize_manifests,
            include_tests: self.include_tests,
            report: DiffOptions {
                context,
                suppressed_kinds,
                secrets,
                find_renames: self.find_renames,
                strip_trailing_cr: self.strip_trailing_cr,
                suppress_line_regex,
                structured: self.output_name()? == "structured",
            },
        })
    }

    /// `-C`, else `HELM_DIFF_OUTPUT_CONTEXT` when it is a number; negative means all lines.
    fn context_lines(&self) -> Option<usize> {
        let n = if super::flags::changed("context") {
            self.context
        } else {
            std::env::var("HELM_DIFF_OUTPUT_CONTEXT")
                .ok()
                .and_then(|v| v.trim().parse::<i64>().ok())
                .unwrap_or(self.context)
        };
        usize::try_from(n).ok()
    }

    /// `--output`, else `HELM_DIFF_OUTPUT`.
    fn output_name(&self) -> anyhow::Result<String> {
        let mut name = self.output.clone();
        if !super::flags::changed("output") {
            if let Ok(v) = std::env::var("HELM_DIFF_OUTPUT") {
                if !v.trim().is_empty() {
                    name = v.trim().to_string();
                }
            }
        }
        // helm-diff prints an unknown format as `diff`; a typo in a CI script should not
        // silently change what the script parses.
        if !["diff", "simple", "json", "template", "structured"].contains(&name.as_str()) {
            anyhow::bail!(
                "unknown output format {name:?}: use diff, simple, json, template or structured"
            );
        }
        Ok(name)
    }

    /// The output format; `template` reads the file `HELM_DIFF_TPL` names.
    fn format(&self) -> anyhow::Result<DiffFormat> {
        let name = self.output_name()?;
        let template = if name == "template" {
            let path = std::env::var("HELM_DIFF_TPL").unwrap_or_default();
            let text = std::fs::read_to_string(&path).with_context(|| {
                format!("cannot read the template for --output template from HELM_DIFF_TPL={path:?}: set HELM_DIFF_TPL to a Go template file")
            })?;
            Some(text)
        } else {
            None
        };
        Ok(DiffFormat::parse(&name, template))
    }

    /// helm-diff's colour rule: `--no-color`, else an explicit `--color`, else
    /// `HELM_DIFF_COLOR`, else a terminal whose `TERM` is not `dumb`.
    fn color(&self, ctx: &Ctx) -> bool {
        if self.no_color {
            return false;
        }
        match ctx.global.color_flag() {
            Some("always") => return true,
            Some("never") => return false,
            _ => {}
        }
        if let Some(b) = std::env::var("HELM_DIFF_COLOR")
            .ok()
            .and_then(|v| gostd::strconv::parse_bool(&v))
        {
            return b;
        }
        std::io::stdout().is_terminal() && std::env::var("TERM").map_or(true, |t| t != "dumb")
    }

    /// Prints the report (and its warnings) and applies `--detailed-exitcode`.
    fn finish(&self, ctx: &Ctx, outcome: Outcome) -> anyhow::Result<()> {
        print_log(&outcome.warnings);
        print_log(&outcome.report.warnings);
        let format = self.format()?;
        let mut bytes = Vec::new();
        write_report(&outcome.report, &format, self.color(ctx), &mut bytes)
            .context("cannot print the diff")?;
        out(&bytes)?;
        if self.detailed_exitcode && outcome.report.has_changes() {
            return Err(Exit {
                code: 2,
                message: "identified at least one change, exiting with non-zero exit code (detailed-exitcode parameter enabled)".into(),
            }
            .into());
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
struct UpgradeDiffArgs {
    /// RELEASE CHART
    #[arg(value_name = "RELEASE CHART")]
    args: Vec<String>,
    #[command(flatten)]
    report: ReportFlags,
    #[command(flatten)]
    values: ValueFlags,
    #[command(flatten)]
    chart: ChartFlags,
    /// enables diffing of releases that are not yet deployed via Helm (equivalent to --install, use either)
    #[arg(long = "allow-unreleased", visible_alias = "install")]
    allow_unreleased: bool,
    /// reuse the last release's values and merge in any new values. If '--reset-values' is specified, this is ignored
    #[arg(long)]
    reuse_values: bool,
    /// reset the values to the ones built into the chart and merge in any new values
    #[arg(long)]
    reset_values: bool,
    /// reset the values to the ones built into the chart, apply the last release's values and merge in any new values. If '--reset-values' or '--reuse-values' is specified, this is ignored
    #[arg(long)]
    reset_then_reuse_values: bool,
    /// disable diffing of hooks
    #[arg(long)]
    no_hooks: bool,
    /// use a three-way merge: the live objects, and what the upgrade's patch would make of them
    #[arg(long)]
    three_way_merge: bool,
    /// compare the live objects with a server-side apply dry run of the new ones (what would really change, defaults and drift included)
    #[arg(long, conflicts_with = "three_way_merge")]
    against_live: bool,
    /// disables rendering with the cluster ('lookup', capabilities); implies --dry-run=client
    #[arg(long)]
    disable_validation: bool,
    /// --dry-run, --dry-run=client, or --dry-run=true: render without the cluster (everything shows as added); --dry-run=server (the default): 'lookup' sees the cluster
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "client", value_parser = parse_diff_dry_run)]
    dry_run: Option<bool>,
    /// must be "true", "false" or "auto": as 'upgrade --server-side'
    #[arg(long, default_value = "auto", value_parser = parse_server_side)]
    server_side: ServerSide,
    /// if set, ignore the check for helm annotations and take ownership of the existing resources
    #[arg(long)]
    take_ownership: bool,
    /// if set, disables JSON schema validation
    #[arg(long)]
    skip_schema_validation: bool,
    /// the path to an executable to be used for post rendering
    #[arg(long)]
    post_renderer: Option<String>,
    /// an argument to the post-renderer (can specify multiple)
    #[arg(long)]
    post_renderer_args: Vec<String>,
}

/// `--dry-run`'s values: `Some(true)` renders without the cluster.
fn parse_diff_dry_run(s: &str) -> Result<bool, String> {
    match s {
        "client" | "true" => Ok(true),
        "server" | "false" => Ok(false),
        other => Err(format!(
            "flag \"dry-run\" must take a bool value or either \"client\" or \"server\", but got {other:?}"
        )),
    }
}

#[derive(Debug, Args)]
struct RevisionDiffArgs {
    /// RELEASE REVISION1 [REVISION2]
    #[arg(value_name = "RELEASE REVISION1 [REVISION2]")]
    args: Vec<String>,
    #[command(flatten)]
    report: ReportFlags,
}

#[derive(Debug, Args)]
struct RollbackDiffArgs {
    /// RELEASE [REVISION]
    #[arg(value_name = "RELEASE [REVISION]")]
    args: Vec<String>,
    #[command(flatten)]
    report: ReportFlags,
}

#[derive(Debug, Args)]
struct ReleaseDiffArgs {
    /// [NAMESPACE/]RELEASE1 [NAMESPACE/]RELEASE2
    #[arg(value_name = "RELEASE1 RELEASE2")]
    args: Vec<String>,
    #[command(flatten)]
    report: ReportFlags,
}

#[derive(Debug, Args)]
struct ValuesDiffArgs {
    /// RELEASE REVISION1 [REVISION2]
    #[arg(value_name = "RELEASE REVISION1 [REVISION2]")]
    args: Vec<String>,
    /// compare the computed values (chart defaults included), not only the user-supplied ones
    #[arg(short = 'a', long)]
    all: bool,
    #[command(flatten)]
    report: ReportFlags,
}

#[derive(Debug, Args)]
struct LiveDiffArgs {
    /// RELEASE
    #[arg(value_name = "RELEASE")]
    args: Vec<String>,
    /// the revision whose manifest is compared with the cluster (default: the newest)
    #[arg(long)]
    revision: Option<i64>,
    #[command(flatten)]
    report: ReportFlags,
}

/// A revision argument.
fn revision_arg(s: &str) -> anyhow::Result<i64> {
    s.parse::<i64>()
        .ok()
        .filter(|v| *v > 0)
        .ok_or_else(|| anyhow::anyhow!("invalid revision {s:?}: revisions are numbers from 1 up, as `rhelm history` lists them"))
}

pub async fn run(ctx: &Ctx, a: DiffArgs) -> anyhow::Result<()> {
    match a.command {
        DiffCommand::Upgrade(a) => upgrade(ctx, *a).await,
        DiffCommand::Revision(a) => {
            match a.args.len() {
                0 | 1 => anyhow::bail!("Too few arguments to Command \"revision\".\nMinimum 2 arguments required: release name, revision"),
                2 | 3 => {}
                _ => anyhow::bail!("Too many arguments to Command \"revision\".\nMaximum 3 arguments allowed: release name, revision1, revision2"),
            }
            let settings = a.report.settings()?;
            let first = revision_arg(&a.args[1])?;
            let second = a.args.get(2).map(|s| revision_arg(s)).transpose()?;
            let storage = ctx.storage(false).await?;
            let outcome = diff::revisions(&storage, &a.args[0], first, second, &settings).await?;
            a.report.finish(ctx, outcome)
        }
        DiffCommand::Rollback(a) => {
            if a.args.is_empty() || a.args.len() > 2 {
                anyhow::bail!("This command needs 1 or 2 arguments: release name, revision number (default: the previous revision)");
            }
            let settings = a.report.settings()?;
            let revision = a.args.get(1).map(|s| revision_arg(s)).transpose()?;
            let storage = ctx.storage(false).await?;
            let outcome =
                diff::rollback(&storage, &a.args[0], revision.unwrap_or(0), &settings).await?;
            a.report.finish(ctx, outcome)
        }
        DiffCommand::Release(a) => {
            if a.args.len() < 2 {
                anyhow::bail!("Too few arguments to Command \"release\".\nMinimum 2 arguments required: release name-1, release name-2");
            }
            let settings = a.report.settings()?;
            let (ns1, name1) = split_namespace(ctx, &a.args[0]);
            let (ns2, name2) = split_namespace(ctx, &a.args[1]);
            let (s1, s2) = (ctx.storage_in(&ns1).await?, ctx.storage_in(&ns2).await?);
            match diff::releases((&s1, &name1), (&s2, &name2), &settings).await? {
                ReleasesDiff::Incomparable { first, second } => out(format!(
                    "Error : Incomparable Releases \n Unable to compare releases from two different charts {first:?}, {second:?}. \n try helm diff release --help to know more \n"
                ).as_bytes()),
                ReleasesDiff::Compared(outcome) => a.report.finish(ctx, outcome),
            }
        }
        DiffCommand::Values(a) => {
            if a.args.len() < 2 || a.args.len() > 3 {
                anyhow::bail!("This command needs 2 or 3 arguments: release name, revision1 and (default: the current revision) revision2");
            }
            let settings = a.report.settings()?;
            let first = revision_arg(&a.args[1])?;
            let second = a.args.get(2).map(|s| revision_arg(s)).transpose()?;
            let storage = ctx.storage(false).await?;
            let show = a.report.show_secrets || a.report.show_secrets_decoded;
            let outcome =
                diff::values(&storage, &a.args[0], first, second, a.all, show, &settings).await?;
            a.report.finish(ctx, outcome)
        }
        DiffCommand::Live(a) => {
            if a.args.len() != 1 {
                anyhow::bail!("This command needs 1 argument: release name");
            }
            let settings = a.report.settings()?;
            if let Some(r) = a.revision {
                revision_arg(&r.to_string())?;
            }
            let storage = ctx.storage(false).await?;
            let cluster = Cluster::new(crate::cluster::client(&ctx.kube_options()).await?);
            let outcome = diff::live(&storage, &cluster, &a.args[0], a.revision, &settings).await?;
            a.report.finish(ctx, outcome)
        }
    }
}

/// `NAMESPACE/NAME`, or the namespace of the command.
fn split_namespace(ctx: &Ctx, arg: &str) -> (String, String) {
    match arg.split_once('/') {
        Some((ns, name)) => (ns.to_string(), name.to_string()),
        None => (ctx.namespace(), arg.to_string()),
    }
}

async fn upgrade(ctx: &Ctx, a: UpgradeDiffArgs) -> anyhow::Result<()> {
    if a.args.len() != 2 {
        anyhow::bail!("This command needs 2 arguments: release name, chart path");
    }
    let mut settings = a.report.settings()?;
    if !a.report.normalize_manifests && env_true("HELM_DIFF_NORMALIZE_MANIFESTS") {
        eprintln!("Enabled normalize manifests via the envvar");
        settings.normalize = true;
    }
    let three_way = a.three_way_merge
        || a.take_ownership
        || (env_true("HELM_DIFF_THREE_WAY_MERGE") && {
            eprintln!("Enabled three way merge via the envvar");
            true
        });
    let client_only = a.dry_run == Some(true) || a.disable_validation;
    let (name, chart_ref) = (a.args[0].clone(), a.args[1].clone());
    let path = locate_chart(&chart_ref, &a.chart, &ctx.global).await?;
    let values = a.values.merge()?;
    let chart = load_chart(&path, false)?;
    let storage = ctx.storage(false).await?;
    let cluster = if client_only {
        None
    } else {
        Some(Arc::new(Cluster::new(
            crate::cluster::client(&ctx.kube_options()).await?,
        )))
    };
    let values_mode = if a.reset_values || client_only {
        ValuesMode::Reset
    } else if a.reuse_values {
        ValuesMode::Reuse
    } else if a.reset_then_reuse_values {
        ValuesMode::ResetThenReuse
    } else {
        ValuesMode::Default
    };
    let deploy = DeployOptions {
        server_side: a.server_side,
        take_ownership: a.take_ownership,
        skip_schema_validation: a.skip_schema_validation,
        post_renderer: a.post_renderer.as_ref().map(|p| PostRenderer {
            program: p.clone(),
            args: a.post_renderer_args.clone(),
            plugin: None,
        }),
        ..DeployOptions::default()
    };
    let against = if a.against_live {
        Against::ServerSideApply
    } else if three_way {
        Against::ThreeWay
    } else {
        Against::Record
    };
    let req = UpgradeRequest {
        name: name.clone(),
        namespace: ctx.namespace(),
        chart,
        values,
        options: UpgradeOptions {
            deploy,
            values_mode,
        },
        install: a.allow_unreleased || client_only,
        no_hooks: a.no_hooks,
        against,
    };
    let mut events = |e: Event<'_>| match e {
        Event::Log(lines) => print_log(lines),
        Event::Warning(w) => eprintln!("WARNING: {w}"),
        Event::Waiting(_) | Event::Diff(_) | Event::WaitFailed(_) => {}
    };
    let outcome = match diff::upgrade(&storage, cluster, req, &settings, &mut events).await {
        Err(diff::DiffError::ReleaseNotFound { .. }) => {
            eprint!("********************\n\n\tRelease was not present in Helm.  Include the `--allow-unreleased` to perform diff without exiting in error.\n\n********************\n");
            anyhow::bail!("release: not found");
        }
        other => other?,
    };
    a.report.finish(ctx, outcome)
}
