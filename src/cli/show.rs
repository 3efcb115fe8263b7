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
    #[command(
        long_about = "\nThis command inspects a chart (directory, file, or URL) and displays all its content\n(values.yaml, Chart.yaml, README)\n"
    )]
    All(PartArgs),
    /// show the chart's definition
    #[command(
        long_about = "\nThis command inspects a chart (directory, file, or URL) and displays the contents\nof the Chart.yaml file\n"
    )]
    Chart(PartArgs),
    /// show the chart's README
    #[command(
        long_about = "\nThis command inspects a chart (directory, file, or URL) and displays the contents\nof the README file\n"
    )]
    Readme(PartArgs),
    /// show the chart's values
    #[command(
        long_about = "\nThis command inspects a chart (directory, file, or URL) and displays the contents\nof the values.yaml file\n"
    )]
    Values(ValuesArgs),
    /// show the chart's CRDs
    #[command(
        long_about = "\nThis command inspects a chart (directory, file, or URL) and displays the contents\nof the CustomResourceDefinition files\n"
    )]
    Crds(PartArgs),
}

#[derive(Debug, Args)]
struct ValuesArgs {
    #[command(flatten)]
    part: PartArgs,
    /// supply a JSONPath expression to filter the output
    #[arg(long, default_value = "")]
    jsonpath: String,
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
    let mut jsonpath = String::new();
    let (name, part, a) = match a.command {
        ShowCommand::All(a) => ("all", ShowPart::All, a),
        ShowCommand::Chart(a) => ("chart", ShowPart::Chart, a),
        ShowCommand::Readme(a) => ("readme", ShowPart::Readme, a),
        ShowCommand::Values(a) => {
            jsonpath = a.jsonpath;
            ("values", ShowPart::Values, a.part)
        }
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
    if !jsonpath.is_empty() {
        // Helm filters the parsed values (not the file) through the template.
        let values = serde_json::Value::Object(chart.values.clone());
        let text = crate::output::jsonpath::execute(&jsonpath, &values)
            .map_err(|e| anyhow::anyhow!("error parsing jsonpath {jsonpath}: {e}"))?;
        return out(text.as_bytes());
    }
    out(show(&chart, part).as_bytes())
}
