//! `rhelm pull CHART...` (alias `fetch`): downloads charts from repositories, URLs or OCI
//! registries and saves them as archives, or expands them with `--untar`, as `helm pull` does.

use std::path::PathBuf;

use clap::Args;

use super::flags::{print_log, ChartFlags};
use super::Ctx;
use crate::chart::repo::locate::{self, PullOptions};

#[derive(Debug, Args)]
pub struct PullArgs {
    /// [chart URL | repo/chartname] [...]
    #[arg(value_name = "CHART")]
    charts: Vec<String>,
    #[command(flatten)]
    chart: ChartFlags,
    /// if set to true, will untar the chart after downloading it
    #[arg(long)]
    untar: bool,
    /// if untar is specified, this flag specifies the name of the directory into which the chart is expanded
    #[arg(long, default_value = ".")]
    untardir: PathBuf,
    /// location to write the chart. If this and untardir are specified, untardir is appended to this
    #[arg(short = 'd', long = "destination", default_value = ".")]
    destination: PathBuf,
}

pub async fn run(ctx: &Ctx, a: PullArgs) -> anyhow::Result<()> {
    if a.charts.is_empty() {
        anyhow::bail!("\"rhelm pull\" requires at least 1 argument\n\nUsage:  rhelm pull [chart URL | repo/chartname] [...] [flags]");
    }
    a.chart.check_supported()?;
    let paths = ctx.global.repo_paths.paths();
    let opts = locate::ChartOptions {
        registry_config: super::env::registry_config(&ctx.global),
        ..a.chart.options()
    };
    let pull = PullOptions {
        destination: a.destination,
        untar: a.untar,
        untar_dir: a.untardir,
    };
    for chart in &a.charts {
        let warnings = locate::pull(chart, &opts, &paths, &pull).await?;
        print_log(&warnings);
    }
    Ok(())
}
