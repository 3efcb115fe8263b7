//! `rhelm template [NAME] CHART`: renders a chart locally, as `helm template` does (a
//! client-only install that prints the manifests and hooks).

use std::path::PathBuf;

use anyhow::anyhow;
use clap::Args;

use super::flags::{
    label_value, load_chart, locate_chart, parse_labels, print_log as log, ChartFlags,
    PostRendererFlags, ValueFlags, WaitFlags,
};
use super::{out, Ctx};
use crate::action::deploy::{DeployOptions, DryRun};
use crate::action::install::{self, InstallFailure, InstallRequest, TemplateRender};
use crate::render::install::{
    release_output_dir, template_output, InstallError, RenderedRelease, TemplateOutput,
};
use crate::render::objects::KubeVersion;

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// [NAME] [CHART]
    #[arg(value_name = "ARGS")]
    args: Vec<String>,
    #[command(flatten)]
    values: ValueFlags,
    #[command(flatten)]
    chart: ChartFlags,
    /// generate the name (and omit the NAME parameter)
    #[arg(short = 'g', long = "generate-name")]
    generate_name: bool,
    /// specify template used to name the release
    #[arg(long = "name-template", default_value = "")]
    name_template: String,
    /// prevent hooks from running during install
    #[arg(long = "no-hooks")]
    no_hooks: bool,
    /// if set, disables JSON schema validation
    #[arg(long = "skip-schema-validation")]
    skip_schema_validation: bool,
    /// if set, no CRDs will be installed. By default, CRDs are installed if not already present
    #[arg(long = "skip-crds")]
    skip_crds: bool,
    /// only show manifests rendered from the given templates
    #[arg(short = 's', long = "show-only")]
    show_only: Vec<String>,
    /// writes the executed templates to files in output-dir instead of stdout
    #[arg(long = "output-dir")]
    output_dir: Option<PathBuf>,
    /// include CRDs in the templated output
    #[arg(long = "include-crds")]
    include_crds: bool,
    /// skip tests from templated output
    #[arg(long = "skip-tests")]
    skip_tests: bool,
    /// set .Release.IsUpgrade instead of .Release.IsInstall
    #[arg(long = "is-upgrade")]
    is_upgrade: bool,
    /// Kubernetes version used for Capabilities.KubeVersion
    #[arg(long = "kube-version", default_value = "")]
    kube_version: String,
    /// Kubernetes api versions used for Capabilities.APIVersions (multiple can be specified)
    #[arg(short = 'a', long = "api-versions", value_delimiter = ',')]
    api_versions: Vec<String>,
    /// use release name in the output-dir path.
    #[arg(long = "release-name")]
    release_name: bool,
    /// if set, render subchart notes along with the parent
    #[arg(long = "render-subchart-notes")]
    render_subchart_notes: bool,
    /// simulates the operation either client-side or server-side. Must be either: "client", or "server". '--dry-run=client simulates the operation client-side only and avoids cluster connections. '--dry-run=server' simulates/validates the operation on the server, requiring cluster connectivity.
    #[arg(long = "dry-run", num_args = 0..=1, require_equals = true, default_missing_value = "unset", default_value = "client", value_name = "string", verbatim_doc_comment)]
    dry_run: String,
    /// deprecated
    #[arg(long, hide = true)]
    validate: bool,
    /// Labels that would be added to release metadata. Should be divided by comma.
    #[arg(short = 'l', long = "labels", value_name = "stringToString", value_parser = label_value)]
    labels: Vec<String>,
    /// enable DNS lookups when rendering templates
    #[arg(long)]
    enable_dns: bool,
    #[command(flatten)]
    post_renderer: PostRendererFlags,
    /// Install flags `helm template` accepts and has no use for: a template is never applied.
    #[command(flatten)]
    unused: UnusedInstallFlags,
    /// update dependencies if they are missing before installing the chart
    #[arg(long)]
    dependency_update: bool,
}

/// The install flags `helm template` shares with `helm install` that only matter when a
/// release is applied; accepted (and checked) as helm does, then ignored.
#[derive(Debug, Args)]
struct UnusedInstallFlags {
    #[command(flatten)]
    wait: WaitFlags,
    /// create the release namespace if not present
    #[arg(long)]
    create_namespace: bool,
    /// force resource updates by replacement
    #[arg(long = "force-replace", alias = "force")]
    force_replace: bool,
    /// if set server-side apply will force changes against conflicts
    #[arg(long)]
    force_conflicts: bool,
    /// object updates run in the server instead of the client
    #[arg(long, default_value = "true", num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "bool", value_parser = super::cobra::go_bool)]
    server_side: bool,
    /// reuse the given name, only if that name is a deleted release which remains in the history. This is unsafe in production
    #[arg(long)]
    replace: bool,
    /// add a custom description
    #[arg(long, default_value = "")]
    description: String,
    /// if set, the installation process will not validate rendered templates against the Kubernetes OpenAPI Schema
    #[arg(long)]
    disable_openapi_validation: bool,
    /// if set, Helm will rollback (uninstall) the installation upon failure. The --wait flag will be default to "watcher" if --rollback-on-failure is set
    #[arg(long = "rollback-on-failure", alias = "atomic")]
    rollback_on_failure: bool,
    /// if set, do not show notes in install output. Does not affect presence in chart metadata
    #[arg(long)]
    hide_notes: bool,
    /// if set, install will ignore the check for helm annotations and take ownership of the existing resources
    #[arg(long)]
    take_ownership: bool,
}

/// `helm template`'s reading of `--dry-run` (`cmdGetDryRunFlagStrategy` with `isTemplate`): a
/// template is always a dry run, so "none" and false are refused. Returns whether the run is
/// server-side and the warning Helm logs for the older spellings.
fn template_dry_run(v: &str) -> anyhow::Result<(bool, Option<String>)> {
    use crate::chart::gofmt::slog_line;
    let refuse = || {
        anyhow!(
            "invalid dry-run value ({}). Must be \"server\" or \"client\"",
            gostd::strconv::quote(v)
        )
    };
    match v {
        "unset" => Ok((
            false,
            Some(slog_line(
                "WARN",
                "--dry-run is deprecated and should be replaced with '--dry-run=client'",
                &[],
            )),
        )),
        "client" => Ok((false, None)),
        "server" => Ok((true, None)),
        "none" => Err(refuse()),
        other => match super::cobra::go_bool(other) {
            Err(_) => Err(anyhow!(
                "invalid dry-run value ({}). Must be \"none\", \"server\", or \"client\"",
                gostd::strconv::quote(other)
            )),
            Ok(false) => Err(refuse()),
            Ok(true) => Ok((
                false,
                Some(slog_line(
                    "WARN",
                    &format!("boolean '--dry-run={other}' flag is deprecated and must be replaced with '--dry-run=client'"),
                    &[],
                )),
            )),
        },
    }
}

const USAGE: &str = "template [NAME] [CHART]";

pub fn run(ctx: &Ctx, a: TemplateArgs) -> anyhow::Result<()> {
    if a.args.is_empty() {
        anyhow::bail!(
            "\"rhelm template\" requires at least 1 argument\n\nUsage:  rhelm {USAGE} [flags]"
        );
    }
    let mut warnings = super::cobra::deprecation_notices("template");
    warnings.extend(a.unused.wait.warning());
    log(&warnings);
    let kube_version = if a.kube_version.is_empty() {
        None
    } else {
        Some(
            KubeVersion::parse(&a.kube_version)
                .map_err(|e| anyhow!("invalid kube version '{}': {e}", a.kube_version))?,
        )
    };
    let (server, warning) = template_dry_run(&a.dry_run)?;
    log(&warning.into_iter().collect::<Vec<_>>());
    // `--validate` is a server dry run in helm 4.
    let server = server || a.validate;
    let labels = parse_labels(&a.labels)?;
    if crate::action::deploy::has_system_labels(&labels) {
        anyhow::bail!(crate::action::deploy::SYSTEM_LABELS_ERROR);
    }
    // helm 4 looks the plugin up while parsing the flag, and takes it once.
    let post_renderer = a.post_renderer.resolve()?;
    let (name, chart_ref) = name_and_chart(&a.args, a.generate_name, &a.name_template, true)?;
    // Helm's `template` is its install as a dry run: client-only unless `--dry-run=server`.
    let req = InstallRequest {
        deploy: DeployOptions {
            dry_run: Some(if server {
                DryRun::Server
            } else {
                DryRun::Client
            }),
            labels,
            sub_notes: a.render_subchart_notes,
            skip_schema_validation: a.skip_schema_validation,
            take_ownership: a.unused.take_ownership,
            post_renderer,
            enable_dns: a.enable_dns,
            ..DeployOptions::default()
        },
        replace: true,
        template: TemplateRender {
            include_crds: a.include_crds,
            is_upgrade: a.is_upgrade,
            output_dir: a.output_dir.clone(),
            use_release_name: a.release_name,
            kube_version,
            api_versions: a.api_versions.clone(),
            rendered_only: true,
        },
    };
    let show = TemplateOutput {
        disable_hooks: a.no_hooks,
        skip_tests: a.skip_tests,
        show_only: a.show_only.clone(),
        hooks_dir: release_output_dir(a.output_dir.as_deref(), a.release_name, &name),
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| anyhow!("cannot start the async runtime: {e}"))?;
    let rendered = rt.block_on(async {
        a.chart.log_version();
        let chart_path = locate_chart(&chart_ref, &a.chart, &ctx.global).await?;
        super::flags::log_chart_path(&chart_path);
        let vals = a.values.merge()?;
        let chart = if a.dependency_update {
            super::flags::load_chart_updating(&chart_path, true, &a.chart, &ctx.global).await?
        } else {
            load_chart(&chart_path, true)?
        };
        Ok::<_, anyhow::Error>(install_dry_run(ctx, &name, chart, vals, &req).await)
    })?;
    let result = match rendered {
        Ok(mut rel) => {
            let text = template_output(&mut rel, &show);
            Ok((rel.wrote, text))
        }
        Err(Stopped::Render(e)) => Err(e),
        // Only a server dry run reaches for the cluster (helm checks it can be reached first).
        Err(Stopped::Setup(m)) if server => {
            return Err(anyhow!(super::reachability_failure(ctx, &m).unwrap_or(m)));
        }
        Err(Stopped::Setup(m)) => return Err(anyhow!(m)),
    };
    print_template(result, ctx.global.debug())
}

/// Why `template`'s install stopped: in rendering (printed as `template` prints it), or
/// before it, opening the storage or reaching the cluster.
enum Stopped {
    Render(InstallError),
    Setup(String),
}

/// Helm's `template`: its install as a dry run, its rendering returned for printing. A
/// client-only run keeps records in memory and has no cluster (default capabilities, with
/// `--kube-version` and `--api-versions`); a server one takes capabilities and `lookup` from
/// the cluster and checks the objects are free to take.
async fn install_dry_run(
    ctx: &Ctx,
    name: &str,
    chart: crate::chart::Chart,
    vals: serde_json::Map<String, serde_json::Value>,
    req: &InstallRequest,
) -> Result<RenderedRelease, Stopped> {
    let failed = Stopped::Setup;
    let namespace = ctx.namespace();
    let client_only = req.deploy.dry_run != Some(DryRun::Server);
    let (storage, cluster) = super::install::install_target(ctx, &namespace, client_only)
        .await
        .map_err(|e| failed(format!("{e:#}")))?;
    let mut progress = super::progress::Progress::new();
    let outcome = install::run(
        &storage,
        cluster,
        name,
        &namespace,
        chart,
        vals,
        req,
        &mut |e| progress.show(e),
        std::future::pending::<String>(),
    )
    .await
    .map_err(|e| match e {
        InstallFailure::Render(r) => Stopped::Render(r),
        other => failed(other.to_string()),
    })?;
    Ok(outcome.rendered.unwrap_or_default())
}

/// Prints what `template` rendered (after the `wrote …` lines of an output folder), or its
/// error as helm words it.
fn print_template(
    result: Result<(Vec<String>, Result<String, String>), InstallError>,
    debug: bool,
) -> anyhow::Result<()> {
    match result {
        Ok((wrote, text)) => {
            let text = text.map_err(|e| anyhow!(e))?;
            if wrote.is_empty() {
                return out(text.as_bytes());
            }
            let mut all = String::new();
            for w in wrote {
                all.push_str(&w);
                all.push('\n');
            }
            all.push_str(&text);
            out(all.as_bytes())
        }
        Err(InstallError::Render { message, manifest }) => {
            if debug {
                out(format!("{}\n", manifest.trim()).as_bytes())?;
                Err(anyhow!(message))
            } else {
                Err(anyhow!(
                    "{message}\n\nUse --debug flag to render out invalid YAML"
                ))
            }
        }
        Err(e) => Err(anyhow!(e.to_string())),
    }
}

/// Helm's `Install.NameAndChart`; `helm template` names a release `release-name` when no name
/// is given, install needs a name or `--generate-name`.
pub fn name_and_chart(
    args: &[String],
    generate_name: bool,
    name_template: &str,
    template_default: bool,
) -> anyhow::Result<(String, String)> {
    if args.len() > 2 {
        anyhow::bail!(
            "expected at most two arguments, unexpected arguments: {}",
            args[2..].join(", ")
        );
    }
    if args.len() == 2 {
        if generate_name {
            anyhow::bail!("cannot set --generate-name and also specify a name");
        }
        if !name_template.is_empty() {
            anyhow::bail!("cannot set --name-template and also specify a name");
        }
        return Ok((args[0].clone(), args[1].clone()));
    }
    if !name_template.is_empty() {
        let mut set = gotemplate::Templates::new("name-template", gotemplate::sprig::funcs());
        set.parse("name-template", name_template)?;
        let name = set.execute("name-template", &gotemplate::Value::Nil)?;
        return Ok((name, args[0].clone()));
    }
    if template_default {
        return Ok(("release-name".to_string(), args[0].clone()));
    }
    if !generate_name {
        anyhow::bail!("must either provide a name or specify --generate-name");
    }
    let base = std::path::Path::new(&args[0])
        .file_name()
        .map(|b| b.to_string_lossy().to_string())
        .filter(|b| !b.is_empty() && b != ".")
        .unwrap_or_else(|| "chart".to_string());
    let base = base.split('.').next().unwrap_or("chart").to_string();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Ok((format!("{base}-{now}"), args[0].clone()))
}
