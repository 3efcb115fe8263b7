//! `rhelm status RELEASE_NAME [--revision N] [-o table|json|yaml]`.

use clap::Args;

use super::{one_arg, out, parse_format, warn_broken, Ctx};
use crate::action::status;
use crate::output::{self, status_text::StatusOptions, Format};

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// RELEASE_NAME
    #[arg(value_name = "RELEASE_NAME")]
    args: Vec<String>,
    /// prints the output in the specified format. Allowed values: table, json, yaml
    #[arg(short = 'o', long = "output", default_value = "table", value_name = "format", value_parser = parse_format)]
    output: Format,
    /// if set, display the status of the named release with revision
    #[arg(long, default_value_t = 0, allow_negative_numbers = true, value_name = "int", value_parser = super::cobra::go_int)]
    revision: i64,
}

pub async fn run(ctx: &Ctx, a: StatusArgs) -> anyhow::Result<()> {
    let name = one_arg("status", "status RELEASE_NAME", &a.args)?;
    let storage = ctx.storage(false).await?;
    let live = if ctx.uses_cluster() {
        Some(status::Live {
            client: crate::cluster::client(&ctx.kube_options()).await?,
            as_table: a.output == Format::Table,
        })
    } else {
        None
    };
    let res = status::run(&storage, &name, a.revision, live).await?;
    warn_broken(&res.broken);
    let rel = res.value.release.helm4();
    let bytes = match a.output {
        Format::Table => {
            // Helm 4's --debug only adds log lines; the status layout stays the same.
            let opts = StatusOptions {
                hide_notes: false,
                debug: false,
                show_metadata: false,
                color: ctx.color(),
            };
            let block = (!res.value.resources.is_empty())
                .then(|| output::kubetable::resources_block(&res.value.resources));
            output::status_text::render(&rel, block.as_deref(), opts).into_bytes()
        }
        Format::Json => output::json(&output::release::release_value(&rel)?)?.into_bytes(),
        Format::Yaml => output::yaml(&output::release::release_value(&rel)?)?.into_bytes(),
    };
    out(&bytes)
}
