//! `rhelm repo add|list|update|remove|index`: Helm's chart repository commands, on the same
//! `repositories.yaml` and cache files as Helm.

use std::io::{IsTerminal as _, Read as _};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, bail};
use clap::{Args, Subcommand};
use serde::Serialize;

use super::flags::{parse_go_duration, print_log};
use super::{out, parse_format, Ctx};
use crate::chart::repo::config::{self, Entry, RepoFile};
use crate::chart::repo::index::{index_directory, IndexFile};
use crate::chart::repo::locate::{download_index, write_index_cache};
use crate::chart::repo::refresh::refresh_indexes;
use crate::chart::repo::write_atomic;
use crate::output::{self, Format, Table};

#[derive(Debug, Args)]
pub struct RepoArgs {
    #[command(subcommand)]
    command: RepoCommand,
}

#[derive(Debug, Subcommand)]
enum RepoCommand {
    /// add a chart repository
    Add(AddArgs),
    /// list chart repositories
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// update information of available charts locally from chart repositories
    #[command(visible_alias = "up")]
    Update(UpdateArgs),
    /// remove one or more chart repositories
    #[command(visible_alias = "rm")]
    Remove(RemoveArgs),
    /// generate an index file given a directory containing packaged charts
    Index(IndexArgs),
}

#[derive(Debug, Args)]
struct AddArgs {
    /// [NAME] [URL]
    #[arg(value_name = "ARGS")]
    args: Vec<String>,
    /// chart repository username
    #[arg(long, default_value = "")]
    username: String,
    /// chart repository password
    #[arg(long, default_value = "")]
    password: String,
    /// read chart repository password from stdin
    #[arg(long = "password-stdin")]
    password_stdin: bool,
    /// replace (overwrite) the repo if it already exists
    #[arg(long = "force-update")]
    force_update: bool,
    /// identify HTTPS client using this SSL certificate file
    #[arg(long = "cert-file", default_value = "")]
    cert_file: String,
    /// identify HTTPS client using this SSL key file
    #[arg(long = "key-file", default_value = "")]
    key_file: String,
    /// verify certificates of HTTPS-enabled servers using this CA bundle
    #[arg(long = "ca-file", default_value = "")]
    ca_file: String,
    /// skip tls certificate checks for the repository
    #[arg(long = "insecure-skip-tls-verify")]
    insecure_skip_tls_verify: bool,
    /// by default, this command will not allow adding official repos that have been permanently deleted. This disables that behavior
    #[arg(long = "allow-deprecated-repos")]
    allow_deprecated_repos: bool,
    /// pass credentials to all domains
    #[arg(long = "pass-credentials")]
    pass_credentials: bool,
    /// time to wait for the index file download to complete
    #[arg(long, value_name = "duration", default_value = "2m0s", value_parser = parse_go_duration)]
    timeout: Duration,
}

#[derive(Debug, Args)]
struct ListArgs {
    /// prints the output in the specified format. Allowed values: table, json, yaml
    #[arg(short = 'o', long = "output", default_value = "table", value_name = "format", value_parser = parse_format)]
    output: Format,
    /// suppress headers in the output
    #[arg(long = "no-headers")]
    no_headers: bool,
}

#[derive(Debug, Args)]
struct UpdateArgs {
    /// [REPO1 [REPO2 ...]]
    #[arg(value_name = "REPO")]
    names: Vec<String>,
    /// time to wait for the index file download to complete
    #[arg(long, value_name = "duration", default_value = "2m0s", value_parser = parse_go_duration)]
    timeout: Duration,
}

#[derive(Debug, Args)]
struct RemoveArgs {
    /// [REPO1 [REPO2 ...]]
    #[arg(value_name = "REPO")]
    names: Vec<String>,
}

#[derive(Debug, Args)]
struct IndexArgs {
    /// [DIR]
    #[arg(value_name = "DIR")]
    args: Vec<String>,
    /// url of chart repository
    #[arg(long, default_value = "")]
    url: String,
    /// merge the generated index into the given index
    #[arg(long, default_value = "")]
    merge: String,
    /// output in JSON format
    #[arg(long)]
    json: bool,
}

pub async fn run(ctx: &Ctx, a: RepoArgs) -> anyhow::Result<()> {
    match a.command {
        RepoCommand::Add(a) => add(ctx, a).await,
        RepoCommand::List(a) => list(ctx, a),
        RepoCommand::Update(a) => update(ctx, a).await,
        RepoCommand::Remove(a) => remove(ctx, a),
        RepoCommand::Index(a) => index(a),
    }
}

/// Repositories that were deleted for good, and where their charts went.
const DEPRECATED: &[(&str, &str)] = &[
    (
        "//kubernetes-charts.storage.googleapis.com",
        "https://charts.helm.sh/stable",
    ),
    (
        "//kubernetes-charts-incubator.storage.googleapis.com",
        "https://charts.helm.sh/incubator",
    ),
];

fn quote(s: &str) -> String {
    gostd::strconv::quote(s)
}

async fn add(ctx: &Ctx, mut a: AddArgs) -> anyhow::Result<()> {
    if a.args.len() != 2 {
        bail!(
            "\"rhelm repo add\" requires 2 arguments\n\nUsage:  rhelm repo add [NAME] [URL] [flags]"
        );
    }
    let (name, url) = (a.args[0].clone(), a.args[1].clone());
    if !a.allow_deprecated_repos {
        for (old, new) in DEPRECATED {
            if url.contains(old) {
                bail!(
                    "repo {} is no longer available; try {} instead",
                    quote(&url),
                    quote(new)
                );
            }
        }
    }
    let paths = ctx.global.repo_paths.paths();
    let _lock = config::lock(&paths.repository_config)?;
    let mut file = RepoFile::load_or_default(&paths.repository_config)?;
    if !a.username.is_empty() && a.password.is_empty() {
        a.password = read_password(a.password_stdin)?;
    }
    let entry = Entry {
        name: name.clone(),
        url: url.clone(),
        username: a.username,
        password: a.password,
        cert_file: a.cert_file,
        key_file: a.key_file,
        ca_file: a.ca_file,
        insecure_skip_tls_verify: a.insecure_skip_tls_verify,
        pass_credentials_all: a.pass_credentials,
    };
    if name.contains('/') {
        bail!("repository name ({name}) contains '/', please specify a different name without '/'");
    }
    if !a.force_update {
        if let Some(existing) = file.get(&name) {
            if *existing != entry {
                bail!("repository name ({name}) already exists, please specify a different name");
            }
            out(format!(
                "{} already exists with the same configuration, skipping\n",
                quote(&name)
            )
            .as_bytes())?;
            return Ok(());
        }
    }
    let mut warnings = Vec::new();
    let fetched = download_index(&entry, a.timeout, &mut warnings).await;
    print_log(&warnings);
    let (data, index) = fetched.map_err(|e| {
        anyhow!(
            "looks like {} is not a valid chart repository or cannot be reached: {e}",
            quote(&url)
        )
    })?;
    write_index_cache(&paths, &name, &data, &index)?;
    file.update(entry);
    file.write(&paths.repository_config)?;
    out(format!("{} has been added to your repositories\n", quote(&name)).as_bytes())
}

/// `--password-stdin` (all of stdin, without one trailing newline), else a prompt on a
/// terminal.
pub(super) fn read_password(from_stdin: bool) -> anyhow::Result<String> {
    if from_stdin {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| anyhow!("cannot read the password from stdin: {e}"))?;
        let s = s.strip_suffix('\n').unwrap_or(&s);
        let s = s.strip_suffix('\r').unwrap_or(s);
        return Ok(s.to_string());
    }
    out(b"Password: ")?;
    if !std::io::stdin().is_terminal() {
        out(b"\n")?;
        bail!("inappropriate ioctl for device");
    }
    let password = read_hidden_line();
    out(b"\n")?;
    password.map_err(|e| anyhow!("cannot read the password from the terminal: {e}"))
}

/// One line from the terminal with echo off (Go's `term.ReadPassword`).
#[cfg(unix)]
pub(super) fn read_hidden_line() -> std::io::Result<String> {
    use rustix::termios::{tcgetattr, tcsetattr, LocalModes, OptionalActions};
    let stdin = std::io::stdin();
    let old = tcgetattr(&stdin)?;
    let mut quiet = old.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    tcsetattr(&stdin, OptionalActions::Now, &quiet)?;
    let mut line = String::new();
    let read = stdin.read_line(&mut line);
    let _ = tcsetattr(&stdin, OptionalActions::Now, &old);
    read?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

#[cfg(not(unix))]
pub(super) fn read_hidden_line() -> std::io::Result<String> {
    Err(std::io::Error::other(
        "not supported on this system: pass the password with --password-stdin",
    ))
}

#[derive(Serialize)]
struct RepoElement<'a> {
    name: &'a str,
    url: &'a str,
}

fn list(ctx: &Ctx, a: ListArgs) -> anyhow::Result<()> {
    let paths = ctx.global.repo_paths.paths();
    // Like Helm, an unreadable file counts as no repositories.
    let file = RepoFile::load_or_default(&paths.repository_config).unwrap_or_default();
    let repos = &file.repositories;
    let elements: Vec<RepoElement> = repos
        .iter()
        .map(|r| RepoElement {
            name: &r.name,
            url: &r.url,
        })
        .collect();
    match a.output {
        Format::Json => out(output::json(&elements)?.as_bytes()),
        Format::Yaml => out(output::yaml(&elements)?.as_bytes()),
        Format::Table => {
            if repos.is_empty() {
                eprintln!("no repositories to show");
                return Ok(());
            }
            let mut t = Table::new();
            if !a.no_headers {
                t.add_row(&["NAME", "URL"]);
            }
            for r in repos {
                t.add_row(&[&r.name, &r.url]);
            }
            out(&t.encode())
        }
    }
}

async fn update(ctx: &Ctx, a: UpdateArgs) -> anyhow::Result<()> {
    const NONE: &str = "no repositories found. You must add one before updating";
    let paths = ctx.global.repo_paths.paths();
    let file = match RepoFile::load(&paths.repository_config) {
        Ok(Some(f)) if !f.repositories.is_empty() => f,
        Ok(_) => bail!(NONE),
        Err(e) => bail!(
            "failed loading file: {}: {e}",
            paths.repository_config.display()
        ),
    };
    for n in &a.names {
        if file.get(n).is_none() {
            bail!("no repositories found matching '{n}'.  Nothing will be updated");
        }
    }
    let selected: Vec<&Entry> = file
        .repositories
        .iter()
        .filter(|e| a.names.is_empty() || a.names.contains(&e.name))
        .collect();
    out(b"Hang tight while we grab the latest from your chart repositories...\n")?;
    let mut failed = Vec::new();
    let mut written = Ok(());
    refresh_indexes(&selected, &paths, a.timeout, |done| {
        print_log(&done.warnings);
        let line = match done.result {
            Ok(()) => format!(
                "...Successfully got an update from the {} chart repository\n",
                quote(&done.entry.name)
            ),
            Err(e) => {
                failed.push(done.entry.url.clone());
                format!(
                    "...Unable to get an update from the {} chart repository ({}):\n\t{e}\n",
                    quote(&done.entry.name),
                    done.entry.url
                )
            }
        };
        if written.is_ok() {
            written = out(line.as_bytes());
        }
    })
    .await;
    written?;
    if !failed.is_empty() {
        bail!(
            "failed to update the following repositories: [{}]",
            failed.join(" ")
        );
    }
    out("Update Complete. ⎈Happy Helming!⎈\n".as_bytes())
}

fn remove(ctx: &Ctx, a: RemoveArgs) -> anyhow::Result<()> {
    if a.names.is_empty() {
        bail!("\"rhelm repo remove\" requires at least 1 argument\n\nUsage:  rhelm repo remove [REPO1 [REPO2 ...]] [flags]");
    }
    let paths = ctx.global.repo_paths.paths();
    let _lock = config::lock(&paths.repository_config)?;
    let mut file = match RepoFile::load(&paths.repository_config)? {
        Some(f) if !f.repositories.is_empty() => f,
        _ => bail!("no repositories configured"),
    };
    for name in &a.names {
        if !file.remove(name) {
            bail!("no repo named {} found", quote(name));
        }
        file.write(&paths.repository_config)?;
        for p in [paths.charts_file(name), paths.index_file(name)] {
            match std::fs::remove_file(&p) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    bail!("can't remove index file {}: {e}", p.display())
                }
                _ => {}
            }
        }
        out(format!("{} has been removed from your repositories\n", quote(name)).as_bytes())?;
    }
    Ok(())
}

fn index(a: IndexArgs) -> anyhow::Result<()> {
    if a.args.len() != 1 {
        bail!("\"rhelm repo index\" requires 1 argument\n\nUsage:  rhelm repo index [DIR] [flags]");
    }
    let dir = PathBuf::from(&a.args[0]);
    let mut index = index_directory(&dir, &a.url)?;
    if !a.merge.is_empty() {
        let merge = PathBuf::from(&a.merge);
        if !merge.exists() {
            let empty = IndexFile {
                api_version: "v1".into(),
                generated: crate::release::GoTime::now().rfc3339_nano(),
                ..Default::default()
            };
            write_atomic(&merge, &empty.to_bytes(false), 0o644)?;
        }
        let mut warnings = Vec::new();
        let other = IndexFile::load_file(&merge, &mut warnings)
            .map_err(|e| anyhow!("merge failed: {e}"))?;
        print_log(&warnings);
        index.merge(&other);
        index.sort_entries();
    }
    write_atomic(&dir.join("index.yaml"), &index.to_bytes(a.json), 0o644)?;
    Ok(())
}
