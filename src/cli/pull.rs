//! `rhelm pull CHART...` (alias `fetch`): downloads charts from repositories, URLs or OCI
//! registries and saves them as archives, or expands them with `--untar`, as `helm pull` does.

use std::path::PathBuf;

use clap::Args;

use super::flags::{print_log, ChartFlags};
use super::Ctx;
use crate::chart::repo::locate::{self, PullOptions};

#[derive(Debug, Args)]
// helm's pull declares its own --devel, whose help ends with a full stop (on the struct, so
// that the flag exists when this runs, also when the command's flags are added lazily).
#[command(mut_arg("devel", |a| a.help("use development versions, too. Equivalent to version '>0.0.0-0'. If --version is set, this is ignored.")))]
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
    /// fetch the provenance file, but don't perform verification
    #[arg(long)]
    prov: bool,
}

pub async fn run(ctx: &Ctx, a: PullArgs) -> anyhow::Result<()> {
    if a.charts.is_empty() {
        anyhow::bail!("\"rhelm pull\" requires at least 1 argument\n\nUsage:  rhelm pull [chart URL | repo/chartname] [...] [flags]");
    }
    let paths = ctx.global.repo_paths.paths();
    let mut opts = locate::ChartOptions {
        registry_config: super::env::registry_config(&ctx.global),
        ..a.chart.options()
    };
    if a.prov && !a.chart.verify {
        opts.verify = locate::Verify::Later;
    }
    let pull = PullOptions {
        destination: a.destination,
        untar: a.untar,
        untar_dir: a.untardir,
    };
    for chart in &a.charts {
        let mut log = Vec::new();
        let pulled = locate::pull(chart, &opts, &paths, &pull, &mut log).await;
        print_log(&log);
        super::out(pulled?.as_bytes())?;
    }
    Ok(())
}
