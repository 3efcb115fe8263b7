//! `rhelm list` with Helm 4's flags.

use clap::Args;

use super::{out, parse_format, warn_broken, Ctx};
use crate::action::list::{self, ListOptions, StateFlags};
use crate::output::{self, Format};

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
    // A bad pattern fails before the cluster is asked, as in Helm.
    let filter = match a.filter.as_deref().filter(|f| !f.is_empty()) {
        Some(f) => Some(gotemplate::sprig::regex::compile(f).map_err(|e| anyhow::anyhow!(e))?),
        None => None,
    };
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
        filter,
        selector: a.selector,
        by_date: a.date,
        reverse: a.reverse,
        limit: a.max,
        offset: a.offset,
        time_format: a.time_format,
    };
    let res = list::run(&storage, &opts).await?;
    warn_broken(&res.broken);
    let layout = output::rows::ListLayout {
        format: a.output,
        short: a.short,
        no_headers: a.no_headers,
        color: ctx.color(),
    };
    let bytes = output::rows::list(&res.value, layout)?;
    out(&bytes)
}

#[cfg(test)]
mod tests {
    /// The filter's error, as `run` reports it.
    fn err(p: &str) -> String {
        gotemplate::sprig::regex::compile(p).unwrap_err()
    }

    #[test]
    fn regexp_errors_read_as_go_s() {
        // Rust's regex accepts nested repetition; Go does not.
        assert_eq!(
            err("x**"),
            "error parsing regexp: invalid nested repetition operator: `**`"
        );
        assert_eq!(err("a[b"), "error parsing regexp: missing closing ]: `[b`");
        assert_eq!(err("(a"), "error parsing regexp: missing closing ): `(a`");
        assert_eq!(err("a)"), "error parsing regexp: unexpected ): `a)`");
        assert_eq!(
            err("*a"),
            "error parsing regexp: missing argument to repetition operator: `*`"
        );
        assert_eq!(
            err("[z-a]"),
            "error parsing regexp: invalid character class range: `z-a`"
        );
        assert_eq!(
            err("(?P<>a)"),
            "error parsing regexp: invalid named capture: `(?P<>`"
        );
        assert_eq!(
            err("\\pX"),
            "error parsing regexp: invalid character class range: `\\pX`"
        );
        assert!(!err("x{2,1}").contains('\n'));
    }
}
