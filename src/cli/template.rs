//! `rhelm template [NAME] CHART`: renders a chart locally, as `helm template` does (a
//! client-only install that prints the manifests and hooks).

use std::path::PathBuf;

use anyhow::anyhow;
use clap::Args;

use super::flags::{load_chart, locate_chart_blocking, print_log as log, ChartFlags, ValueFlags};
use super::{out, Ctx};
use crate::render::engine::{with_render_stack, Engine, TEMPLATE_STACK_BYTES};
use crate::render::objects::{Capabilities, KubeVersion};
use crate::render::release::{
    render_release, template_output, InstallError, InstallOptions, TemplateOutput,
};

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
}

const USAGE: &str = "template [NAME] [CHART]";

pub fn run(ctx: &Ctx, a: TemplateArgs) -> anyhow::Result<()> {
    if a.args.is_empty() {
        anyhow::bail!(
            "\"rhelm template\" requires at least 1 argument\n\nUsage:  rhelm {USAGE} [flags]"
        );
    }
    let kube_version = if a.kube_version.is_empty() {
        None
    } else {
        Some(
            KubeVersion::parse(&a.kube_version)
                .map_err(|e| anyhow!("invalid kube version '{}': {e}", a.kube_version))?,
        )
    };
    let (name, chart_ref) = name_and_chart(&a.args, a.generate_name, &a.name_template, true)?;
    let chart_path = locate_chart_blocking(&chart_ref, &a.chart, &ctx.global)?;
    let vals = a.values.merge()?;
    let chart = load_chart(&chart_path, true)?;
    let opts = InstallOptions {
        release_name: name,
        namespace: ctx.namespace(),
        revision: 1,
        is_upgrade: a.is_upgrade,
        capabilities: Capabilities::for_template(kube_version, &a.api_versions),
        include_crds: a.include_crds,
        sub_notes: a.render_subchart_notes,
        output_dir: a.output_dir.clone(),
        use_release_name: a.release_name,
        skip_schema_validation: a.skip_schema_validation,
        hide_secret: false,
        prepared: false,
    };
    let show = TemplateOutput {
        disable_hooks: a.no_hooks,
        skip_tests: a.skip_tests,
        show_only: a.show_only.clone(),
    };
    let debug = ctx.global.debug();
    // Templates run on their own thread, with room for deep include recursion.
    let (logs, result) = with_render_stack(move || {
        let engine = Engine {
            max_stack_bytes: Some(TEMPLATE_STACK_BYTES),
            ..Engine::default()
        };
        let rendered = render_release(chart, &vals, &opts, &engine);
        let result = rendered.result.map(|mut rel| {
            let text = template_output(&mut rel, &show, &opts);
            (rel.wrote, text)
        });
        (rendered.logs, result)
    });
    log(&logs);
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
        Err(InstallError::Setup(m)) => Err(anyhow!(m)),
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
