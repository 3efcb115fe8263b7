//! `rhelm dependency list|update|build [CHART]` (aliases `dep`, `dependencies`): the
//! subcharts a chart declares in `Chart.yaml`, fetched into its `charts/` folder and pinned in
//! `Chart.lock`, with Helm's files, lines and errors.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::flags::print_log;
use super::{out, Ctx};
use crate::action::dependency::{self, ListReport, Options, Output};
use crate::chart::repo::locate::{ChartOptions, Verify};
use crate::output::Table;

#[derive(Debug, Args)]
pub struct DependencyArgs {
    #[command(subcommand)]
    command: DependencyCommand,
}

#[derive(Debug, Subcommand)]
enum DependencyCommand {
    /// list the dependencies for the given chart
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// update charts/ based on the contents of Chart.yaml
    #[command(visible_alias = "up")]
    Update(FetchArgs),
    /// rebuild the charts/ directory based on the Chart.lock file
    Build(FetchArgs),
}

#[derive(Debug, Args)]
struct ListArgs {
    #[arg(value_name = "CHART")]
    args: Vec<String>,
    /// maximum column width for output table
    #[arg(long = "max-col-width", value_name = "uint", default_value_t = 80, value_parser = super::cobra::go_uint)]
    max_col_width: usize,
}

// The credential and TLS flags reach only OCI registries (Helm's registry client).
#[derive(Debug, Args)]
struct FetchArgs {
    #[arg(value_name = "CHART")]
    args: Vec<String>,
    /// verify the packages against signatures
    #[arg(long)]
    verify: bool,
    /// keyring containing public keys
    #[arg(long)]
    keyring: Option<String>,
    /// do not refresh the local repository cache
    #[arg(long = "skip-refresh")]
    skip_refresh: bool,
    /// chart repository username where to locate the requested chart
    #[arg(long, default_value = "")]
    username: String,
    /// chart repository password where to locate the requested chart
    #[arg(long, default_value = "")]
    password: String,
    /// identify HTTPS client using this SSL certificate file
    #[arg(long = "cert-file", default_value = "")]
    cert_file: String,
    /// identify HTTPS client using this SSL key file
    #[arg(long = "key-file", default_value = "")]
    key_file: String,
    /// skip tls certificate checks for the chart download
    #[arg(long = "insecure-skip-tls-verify")]
    insecure_skip_tls_verify: bool,
    /// use insecure HTTP connections for the chart download
    #[arg(long = "plain-http")]
    plain_http: bool,
    /// verify certificates of HTTPS-enabled servers using this CA bundle
    #[arg(long = "ca-file", default_value = "")]
    ca_file: String,
}

/// The chart folder: the one argument (cleaned as Go's `filepath.Clean`), else `.`.
fn chart_path(cmd: &str, args: &[String]) -> anyhow::Result<PathBuf> {
    match args {
        [] => Ok(PathBuf::from(".")),
        [one] => Ok(PathBuf::from(crate::chart::archive::clean_path(one))),
        _ => anyhow::bail!(
            "\"rhelm dependency {cmd}\" accepts at most 1 argument\n\nUsage:  rhelm dependency {cmd} CHART [flags]"
        ),
    }
}

pub async fn run(ctx: &Ctx, a: DependencyArgs) -> anyhow::Result<()> {
    match a.command {
        DependencyCommand::List(a) => list(&chart_path("list", &a.args)?, a.max_col_width),
        DependencyCommand::Update(a) => fetch(ctx, "update", a).await,
        DependencyCommand::Build(a) => fetch(ctx, "build", a).await,
    }
}

fn list(path: &Path, max_col_width: usize) -> anyhow::Result<()> {
    let ListReport {
        rows,
        charts_dir,
        warnings,
        load_log,
    } = dependency::list(path)?;
    print_log(&load_log);
    let Some(rows) = rows else {
        return out(format!("WARNING: no dependencies at {}\n", charts_dir.display()).as_bytes());
    };
    let mut t = Table::with_max_col_width(max_col_width);
    t.add_row(&["NAME", "VERSION", "REPOSITORY", "STATUS"]);
    for r in &rows {
        t.add_row(&[&r.name, &r.version, &r.repository, &r.status]);
    }
    let mut text = t.encode();
    text.push(b'\n');
    for w in warnings {
        text.extend_from_slice(w.as_bytes());
        text.push(b'\n');
    }
    out(&text)
}

/// Prints the dependency manager's lines as they come: its own on stdout, logs on stderr.
pub fn print_output(o: Output) {
    match o {
        Output::Stdout(text) => {
            let _ = out(text.as_bytes());
        }
        Output::Log(line) => print_log(&[line]),
    }
}

async fn fetch(ctx: &Ctx, cmd: &str, a: FetchArgs) -> anyhow::Result<()> {
    let path = chart_path(cmd, &a.args)?;
    let opts = Options {
        skip_refresh: a.skip_refresh,
        debug: ctx.global.debug(),
        chart: ChartOptions {
            tls: crate::chart::repo::http::TlsFiles {
                ca_file: a.ca_file,
                cert_file: a.cert_file,
                key_file: a.key_file,
                insecure_skip_tls_verify: a.insecure_skip_tls_verify,
            },
            plain_http: a.plain_http,
            username: a.username,
            password: a.password,
            registry_config: super::env::registry_config(&ctx.global),
            // Helm's `build --verify` checks what has a provenance file; `update --verify` all.
            verify: match (a.verify, cmd) {
                (false, _) => Verify::Never,
                (true, "build") => Verify::IfPossible,
                (true, _) => Verify::Always,
            },
            keyring: super::flags::keyring_path(a.keyring.as_deref()),
            ..Default::default()
        },
    };
    let paths = ctx.global.repo_paths.paths();
    let mut sink = print_output;
    let result = if cmd == "update" {
        dependency::update(&path, &opts, &paths, &mut sink).await
    } else {
        dependency::build(&path, &opts, &paths, &mut sink).await
    };
    Ok(result?)
}
