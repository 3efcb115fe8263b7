//! `rhelm get all|hooks|manifest|metadata|notes|values RELEASE_NAME`.

use clap::{Args, Subcommand};

use super::{one_arg, out, parse_format, warn_broken, Ctx};
use crate::action::get::{self, label_string, MetadataView};
use crate::chart::values::sorted;
use crate::output::{self, status_text::StatusOptions, Format};
use crate::release::Want;

#[derive(Debug, Args)]
pub struct GetArgs {
    #[command(subcommand)]
    cmd: GetCommand,
}

#[derive(Debug, Args)]
pub struct Common {
    /// RELEASE_NAME
    #[arg(value_name = "RELEASE_NAME")]
    args: Vec<String>,
    /// get the named release with revision
    #[arg(long, default_value_t = 0, allow_negative_numbers = true, value_name = "int", value_parser = super::cobra::go_int)]
    revision: i64,
}

#[derive(Debug, Args)]
pub struct WithOutput {
    #[command(flatten)]
    common: Common,
    /// prints the output in the specified format. Allowed values: table, json, yaml
    #[arg(short = 'o', long = "output", default_value = "table", value_name = "format", value_parser = parse_format)]
    output: Format,
}

#[derive(Debug, Args)]
pub struct ValuesArgs {
    #[command(flatten)]
    inner: WithOutput,
    /// dump all (computed) values
    #[arg(short = 'a', long = "all")]
    all: bool,
}

#[derive(Debug, Args)]
pub struct AllArgs {
    #[command(flatten)]
    common: Common,
    /// go template for formatting the output, eg: {{.Release.Name}}
    #[arg(long)]
    template: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum GetCommand {
    /// download all information for a named release
    All(AllArgs),
    /// download all hooks for a named release
    Hooks(Common),
    /// download the manifest for a named release
    Manifest(Common),
    /// This command fetches metadata for a given release
    Metadata(WithOutput),
    /// download the notes for a named release
    Notes(Common),
    /// download the values file for a named release
    Values(ValuesArgs),
}

/// Loads the `want`ed parts of the release `c` names.
async fn load(
    ctx: &Ctx,
    sub: &str,
    c: &Common,
    want: Want,
) -> anyhow::Result<crate::release::Release> {
    let name = one_arg(
        &format!("get {sub}"),
        &format!("get {sub} RELEASE_NAME"),
        &c.args,
    )?;
    let storage = ctx.storage(false).await?;
    let res = get::release_parts(&storage, &name, c.revision, want).await?;
    warn_broken(&res.broken);
    Ok(res.value)
}

pub async fn run(ctx: &Ctx, a: GetArgs) -> anyhow::Result<()> {
    let bytes: Vec<u8> = match a.cmd {
        GetCommand::All(a) => {
            let rel = load(ctx, "all", &a.common, Want::ALL).await?;
            match a.template.as_deref().filter(|t| !t.is_empty()) {
                Some(t) => output::gotmpl::render(t, &rel)?.into_bytes(),
                None => {
                    let opts = StatusOptions {
                        hide_notes: false,
                        debug: true,
                        show_metadata: true,
                        color: ctx.color(),
                    };
                    output::status_text::render(&rel.helm4(), None, opts).into_bytes()
                }
            }
        }
        GetCommand::Hooks(c) => {
            let want = Want {
                hooks: true,
                ..Want::SUMMARY
            };
            let rel = load(ctx, "hooks", &c, want).await?;
            crate::release::manifest::hooks_text(&rel.hooks).into_bytes()
        }
        GetCommand::Manifest(c) => {
            let want = Want {
                manifest: true,
                ..Want::SUMMARY
            };
            let rel = load(ctx, "manifest", &c, want).await?;
            format!("{}\n", rel.manifest).into_bytes()
        }
        GetCommand::Notes(c) => {
            let rel = load(ctx, "notes", &c, Want::SUMMARY).await?;
            let notes = rel.info.map(|i| i.notes).unwrap_or_default();
            if notes.is_empty() {
                Vec::new()
            } else {
                format!("NOTES:\n{notes}\n").into_bytes()
            }
        }
        GetCommand::Metadata(w) => {
            let rel = load(ctx, "metadata", &w.common, Want::SUMMARY).await?;
            let m = MetadataView::new(&rel);
            match w.output {
                Format::Table => {
                    let mut s = String::new();
                    s.push_str(&format!("NAME: {}\n", m.name));
                    s.push_str(&format!("CHART: {}\n", m.chart));
                    s.push_str(&format!("VERSION: {}\n", m.version));
                    s.push_str(&format!("APP_VERSION: {}\n", m.app_version));
                    s.push_str(&format!("ANNOTATIONS: {}\n", label_string(&m.annotations)));
                    s.push_str(&format!("LABELS: {}\n", label_string(&m.labels)));
                    s.push_str(&format!("DEPENDENCIES: {}\n", m.dependency_names()));
                    s.push_str(&format!("NAMESPACE: {}\n", m.namespace));
                    s.push_str(&format!("REVISION: {}\n", m.revision));
                    s.push_str(&format!("STATUS: {}\n", m.status));
                    s.push_str(&format!("DEPLOYED_AT: {}\n", m.deployed_at));
                    s.push_str(&format!("APPLY_METHOD: {}\n", m.apply_method_text()));
                    s.into_bytes()
                }
                Format::Json => output::json(&m)?.into_bytes(),
                Format::Yaml => output::yaml(&m)?.into_bytes(),
            }
        }
        GetCommand::Values(v) => {
            let want = Want {
                config: true,
                chart_values: v.all,
                ..Want::SUMMARY
            };
            let rel = load(ctx, "values", &v.inner.common, want).await?;
            let vals = sorted(&get::values(&rel, v.all));
            match v.inner.output {
                Format::Table => {
                    let header = if v.all {
                        "COMPUTED VALUES:\n"
                    } else {
                        "USER-SUPPLIED VALUES:\n"
                    };
                    format!("{header}{}", output::yaml(&vals)?).into_bytes()
                }
                Format::Json => output::json(&vals)?.into_bytes(),
                Format::Yaml => output::yaml(&vals)?.into_bytes(),
            }
        }
    };
    out(&bytes)
}
