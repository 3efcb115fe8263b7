//! `rhelm history RELEASE_NAME [--max N] [-o table|json|yaml]`.

use clap::Args;

use super::{one_arg, out, parse_format, warn_broken, Ctx};
use crate::action::history;
use crate::output::{self, Format};

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// RELEASE_NAME
    #[arg(value_name = "RELEASE_NAME")]
    args: Vec<String>,
    /// maximum number of revision to include in history
    #[arg(long, default_value_t = 256, allow_negative_numbers = true, value_name = "int", value_parser = super::cobra::go_int)]
    max: i64,
    /// prints the output in the specified format. Allowed values: table, json, yaml
    #[arg(short = 'o', long = "output", default_value = "table", value_name = "format", value_parser = parse_format)]
    output: Format,
}

pub async fn run(ctx: &Ctx, a: HistoryArgs) -> anyhow::Result<()> {
    let name = one_arg("history", "history RELEASE_NAME", &a.args)?;
    let storage = ctx.storage(false).await?;
    let res = history::run(&storage, &name, a.max).await?;
    warn_broken(&res.broken);
    let bytes = output::rows::history(&res.value, a.output)?;
    out(&bytes)
}
