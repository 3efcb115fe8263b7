//! `rhelm show chart|values|readme|crds|all CHART` (alias `inspect`): prints parts of a chart
//! from a folder, an archive, a repository or a URL, as `helm show` does.

use clap::{Args, Subcommand};

use super::flags::{locate_chart_blocking, print_log, ChartFlags};
use super::{out, Ctx};
use crate::chart::show::{show, ShowPart};

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(subcommand)]
    command: ShowCommand,
}

#[derive(Debug, Subcommand)]
enum ShowCommand {
    /// show all information of the chart
    All(PartArgs),
    /// show the chart's definition
    Chart(PartArgs),
    /// show the chart's README
    Readme(PartArgs),
    /// show the chart's values
    Values(PartArgs),
    /// show the chart's CRDs
    Crds(PartArgs),
}

#[derive(Debug, Args)]
struct PartArgs {
    /// [CHART]
    #[arg(value_name = "CHART")]
    args: Vec<String>,
    #[command(flatten)]
    chart: ChartFlags,
}

pub fn run(ctx: &Ctx, a: ShowArgs) -> anyhow::Result<()> {
    let (name, part, a) = match a.command {
        ShowCommand::All(a) => ("all", ShowPart::All, a),
        ShowCommand::Chart(a) => ("chart", ShowPart::Chart, a),
        ShowCommand::Readme(a) => ("readme", ShowPart::Readme, a),
        ShowCommand::Values(a) => ("values", ShowPart::Values, a),
        ShowCommand::Crds(a) => ("crds", ShowPart::Crds, a),
    };
    let chart_ref = super::one_arg(
        &format!("show {name}"),
        &format!("show {name} [CHART]"),
        &a.args,
    )?;
    let path = locate_chart_blocking(&chart_ref, &a.chart, &ctx.global)?;
    // Unlike install, show neither checks dependencies nor refuses library charts, and it
    // reads archives with Helm's chart v2 loader (see `load_v2`).
    let chart = crate::chart::loader::load_v2(&path)?;
    print_log(&chart.load_warnings);
    out(show(&chart, part).as_bytes())
}
