//! `rhelm search repo [KEYWORD...]`: searches the cached indexes of the configured
//! repositories, as `helm search repo` does.

use anyhow::bail;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::flags::print_log;
use super::{out, parse_format, Ctx};
use crate::chart::gofmt::slog_line;
use crate::chart::repo::config::RepoFile;
use crate::chart::repo::index::IndexFile;
use crate::chart::repo::search::{search, Query};
use crate::output::{self, Format, Table};

#[derive(Debug, Args)]
pub struct SearchArgs {
    #[command(subcommand)]
    command: SearchCommand,
}

#[derive(Debug, Subcommand)]
enum SearchCommand {
    /// search repositories for a keyword in charts
    Repo(RepoSearchArgs),
}

#[derive(Debug, Args)]
struct RepoSearchArgs {
    /// [keyword]
    #[arg(value_name = "KEYWORD")]
    keywords: Vec<String>,
    /// use regular expressions for searching repositories you have added
    #[arg(short = 'r', long)]
    regexp: bool,
    /// show the long listing, with each version of each chart on its own line, for repositories you have added
    #[arg(short = 'l', long)]
    versions: bool,
    /// use development versions (alpha, beta, and release candidate releases), too. Equivalent to version '>0.0.0-0'. If --version is set, this is ignored
    #[arg(long)]
    devel: bool,
    /// search using semantic versioning constraints on repositories you have added
    #[arg(long, default_value = "")]
    version: String,
    /// maximum column width for output table
    #[arg(long = "max-col-width", value_name = "uint", default_value_t = 50, value_parser = super::cobra::go_uint)]
    max_col_width: usize,
    /// search fails if no results are found
    #[arg(long = "fail-on-no-result")]
    fail_on_no_result: bool,
    /// prints the output in the specified format. Allowed values: table, json, yaml
    #[arg(short = 'o', long = "output", default_value = "table", value_name = "format", value_parser = parse_format)]
    output: Format,
}

#[derive(Serialize)]
struct Element<'a> {
    name: &'a str,
    version: &'a str,
    app_version: &'a str,
    description: &'a str,
}

pub fn run(ctx: &Ctx, a: SearchArgs) -> anyhow::Result<()> {
    let SearchCommand::Repo(a) = a.command;
    let version = match (a.version.is_empty(), a.devel) {
        (false, _) => a.version.clone(),
        (true, true) => ">0.0.0-0".into(),
        (true, false) => ">0.0.0".into(),
    };
    let paths = ctx.global.repo_paths.paths();
    let file = match RepoFile::load(&paths.repository_config) {
        Ok(Some(f)) if !f.repositories.is_empty() => f,
        _ => bail!("no repositories configured"),
    };
    let mut indexes = Vec::new();
    for r in &file.repositories {
        let mut warnings = Vec::new();
        match IndexFile::load_file(&paths.index_file(&r.name), &mut warnings) {
            Ok(i) => {
                print_log(&warnings);
                indexes.push((r.name.clone(), i));
            }
            Err(e) => print_log(&[slog_line(
                "WARN",
                "repo is corrupt or missing",
                &[("repo", &r.name), ("error", &e.to_string())],
            )]),
        }
    }
    let terms = (!a.keywords.is_empty()).then(|| a.keywords.join(" "));
    let results = search(
        &indexes,
        &Query {
            terms,
            regexp: a.regexp,
            version,
            versions: a.versions,
        },
    )?;
    if results.is_empty() && a.fail_on_no_result {
        bail!("no results found");
    }
    let elements: Vec<Element> = results
        .iter()
        .map(|r| Element {
            name: &r.name,
            version: &r.chart.metadata.version,
            app_version: &r.chart.metadata.app_version,
            description: &r.chart.metadata.description,
        })
        .collect();
    match a.output {
        Format::Json => out(output::json(&elements)?.as_bytes()),
        Format::Yaml => out(output::yaml(&elements)?.as_bytes()),
        Format::Table => {
            if elements.is_empty() {
                return out(b"No results found\n");
            }
            let mut t = Table::with_max_col_width(a.max_col_width);
            t.add_row(&["NAME", "CHART VERSION", "APP VERSION", "DESCRIPTION"]);
            for e in &elements {
                t.add_row(&[e.name, e.version, e.app_version, e.description]);
            }
            out(&t.encode())
        }
    }
}
