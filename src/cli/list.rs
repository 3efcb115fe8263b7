//! `rhelm list` with Helm 4's flags.

use clap::Args;

use super::{out, parse_format, warn_broken, Ctx};
use crate::action::list::{self, ListOptions, StateFlags};
use crate::output::{self, color, Format, Table};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// list releases across all namespaces
    #[arg(short = 'A', long = "all-namespaces")]
    all_namespaces: bool,
    /// sort by release date
    #[arg(short = 'd', long = "date")]
    date: bool,
    /// show deployed releases
    #[arg(long)]
    deployed: bool,
    /// show failed releases
    #[arg(long)]
    failed: bool,
    /// a regular expression (Perl compatible). Any releases that match the expression will be included in the results
    #[arg(short = 'f', long)]
    filter: Option<String>,
    /// maximum number of releases to fetch
    #[arg(
        short = 'm',
        long = "max",
        default_value_t = 256,
        allow_negative_numbers = true,
        value_name = "int",
        value_parser = super::cobra::go_int
    )]
    max: i64,
    /// don't print headers when using the default output format
    #[arg(long = "no-headers")]
    no_headers: bool,
    /// next release index in the list, used to offset from start value
    #[arg(long, default_value_t = 0, allow_negative_numbers = true, value_name = "int", value_parser = super::cobra::go_int)]
    offset: i64,
    /// prints the output in the specified format. Allowed values: table, json, yaml
    #[arg(short = 'o', long = "output", default_value = "table", value_name = "format", value_parser = parse_format)]
    output: Format,
    /// show pending releases
    #[arg(long)]
    pending: bool,
    /// reverse the sort order
    #[arg(short = 'r', long)]
    reverse: bool,
    /// Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)
    #[arg(short = 'l', long)]
    selector: Option<String>,
    /// output short (quiet) listing format
    #[arg(short = 'q', long)]
    short: bool,
    /// show superseded releases
    #[arg(long)]
    superseded: bool,
    /// format time using golang time formatter. Example: --time-format "2006-01-02 15:04:05Z0700"
    #[arg(long = "time-format")]
    time_format: Option<String>,
    /// show uninstalled releases (if 'helm uninstall --keep-history' was used)
    #[arg(long)]
    uninstalled: bool,
    /// show releases that are currently being uninstalled
    #[arg(long)]
    uninstalling: bool,
    #[arg(hide = true)]
    extra: Vec<String>,
}

pub async fn run(ctx: &Ctx, a: ListArgs) -> anyhow::Result<()> {
    if !a.extra.is_empty() {
        anyhow::bail!("\"rhelm list\" accepts no arguments\n\nUsage:  rhelm list [flags]");
    }
    let storage = ctx.storage(a.all_namespaces).await?;
    let opts = ListOptions {
        states: StateFlags {
            deployed: a.deployed,
            failed: a.failed,
            uninstalled: a.uninstalled,
            uninstalling: a.uninstalling,
            superseded: a.superseded,
            pending: a.pending,
        },
        filter: a.filter,
        selector: a.selector,
        by_date: a.date,
        reverse: a.reverse,
        limit: a.max,
        offset: a.offset,
        time_format: a.time_format,
    };
    let res = list::run(&storage, &opts).await?;
    warn_broken(&res.broken);
    let bytes = if a.short {
        let names: Vec<&str> = res.value.iter().map(|e| e.name.as_str()).collect();
        match a.output {
            Format::Table => names
                .iter()
                .map(|n| format!("{n}\n"))
                .collect::<String>()
                .into_bytes(),
            Format::Json => output::json(&names)?.into_bytes(),
            Format::Yaml => output::yaml(&names)?.into_bytes(),
        }
    } else {
        match a.output {
            Format::Table => {
                let on = ctx.color();
                let mut t = Table::new();
                if !a.no_headers {
                    let h: Vec<String> = [
                        "NAME",
                        "NAMESPACE",
                        "REVISION",
                        "UPDATED",
                        "STATUS",
                        "CHART",
                        "APP VERSION",
                    ]
                    .iter()
                    .map(|h| color::header(h, on))
                    .collect();
                    t.add_row(&h);
                }
                for e in &res.value {
                    t.add_row(&[
                        e.name.clone(),
                        color::namespace(&e.namespace, on),
                        e.revision.clone(),
                        e.updated.clone(),
                        color::status(&e.status, on),
                        e.chart.clone(),
                        e.app_version.clone(),
                    ]);
                }
                t.encode()
            }
            Format::Json => output::json(&res.value)?.into_bytes(),
            Format::Yaml => output::yaml(&res.value)?.into_bytes(),
        }
    };
    out(&bytes)
}
