//! `rhelm registry login|logout HOST`: stores or removes a registry's credentials in the same
//! file as `helm registry login` (`--registry-config`, `HELM_REGISTRY_CONFIG`).

use std::io::{BufRead as _, IsTerminal as _};

use anyhow::{anyhow, bail};
use clap::{Args, Subcommand};

use super::flags::{print_log, RegistryTlsFlags};
use super::repo::{read_hidden_line, read_password};
use super::{out, Ctx};
use crate::chart::gofmt::slog_line;
use crate::chart::repo::credentials::{self, Credential};
use crate::chart::repo::oci;

#[derive(Debug, Args)]
pub struct RegistryArgs {
    #[command(subcommand)]
    command: RegistryCommand,
}

#[derive(Debug, Subcommand)]
enum RegistryCommand {
    /// login to a registry
    #[command(
        long_about = "\nAuthenticate to a remote registry.\n\nFor example for Github Container Registry:\n\n    echo \"$GITHUB_TOKEN\" | helm registry login ghcr.io -u $GITHUB_USER --password-stdin\n"
    )]
    Login(LoginArgs),
    /// logout from a registry
    #[command(long_about = "\nRemove credentials stored for a remote registry.\n")]
    Logout(LogoutArgs),
}

#[derive(Debug, Args)]
struct LoginArgs {
    /// [host]
    #[arg(value_name = "host")]
    args: Vec<String>,
    /// registry username
    #[arg(short = 'u', long, default_value = "")]
    username: String,
    /// registry password or identity token
    #[arg(short = 'p', long, default_value = "")]
    password: String,
    /// read password or identity token from stdin
    #[arg(long = "password-stdin")]
    password_stdin: bool,
    /// allow connections to TLS registry without certs
    #[arg(long)]
    insecure: bool,
    #[command(flatten)]
    registry: RegistryTlsFlags,
}

#[derive(Debug, Args)]
struct LogoutArgs {
    /// [host]
    #[arg(value_name = "host")]
    args: Vec<String>,
}

pub async fn run(ctx: &Ctx, a: RegistryArgs) -> anyhow::Result<()> {
    match a.command {
        RegistryCommand::Login(a) => login(ctx, a).await,
        RegistryCommand::Logout(a) => logout(ctx, a),
    }
}

fn host_arg(cmd: &str, args: &[String]) -> anyhow::Result<String> {
    match args.first() {
        Some(h) => Ok(h.clone()),
        None => bail!(
            "\"rhelm registry {cmd}\" requires at least 1 argument\n\nUsage:  rhelm registry {cmd} [host] [flags]"
        ),
    }
}

/// One line typed at a prompt (echoed), as Helm's `readLine` without `silent`.
fn read_line(prompt: &str) -> anyhow::Result<String> {
    out(prompt.as_bytes())?;
    let mut line = String::new();
    let n = std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| anyhow!("cannot read from stdin: {e}"))?;
    if n == 0 {
        bail!("EOF");
    }
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

/// Helm's `getUsernamePassword`: `--password-stdin`, `--password` (with a warning), else
/// prompts for the user name (when not given) and the password or token (echo off).
fn username_password(a: &LoginArgs) -> anyhow::Result<(String, String)> {
    let mut username = a.username.clone();
    if a.password_stdin {
        return Ok((username, read_password(true)?));
    }
    if !a.password.is_empty() {
        print_log(&[slog_line(
            "WARN",
            "using --password via the CLI is insecure. Use --password-stdin",
            &[],
        )]);
        return Ok((username, a.password.clone()));
    }
    if username.is_empty() {
        username = read_line("Username: ")?.trim().to_string();
    }
    let (prompt, missing) = if username.is_empty() {
        ("Token: ", "token required")
    } else {
        ("Password: ", "password required")
    };
    out(prompt.as_bytes())?;
    if !std::io::stdin().is_terminal() {
        bail!("inappropriate ioctl for device");
    }
    let password = read_hidden_line().map_err(|e| anyhow!("cannot read from the terminal: {e}"))?;
    out(b"\n")?;
    if password.is_empty() {
        bail!("{missing}");
    }
    Ok((username, password))
}

async fn login(ctx: &Ctx, a: LoginArgs) -> anyhow::Result<()> {
    let host = host_arg("login", &a.args)?;
    let (username, password) = username_password(&a)?;
    let settings = oci::Settings {
        tls: a.registry.tls(a.insecure),
        plain_http: a.registry.plain_http,
        username: String::new(),
        password: String::new(),
        registry_config: super::env::registry_config(&ctx.global),
    };
    if host.contains('/') {
        let suggested = host.split('/').next().unwrap_or("");
        print_log(&[slog_line(
            "WARN",
            "registry login currently only supports registry hostname, not a repository path",
            &[("host", &host), ("suggested", suggested)],
        )]);
    }
    oci::login(&host, &settings, &Credential { username, password }).await?;
    print_log(&["Login Succeeded".to_string()]);
    Ok(())
}

fn logout(ctx: &Ctx, a: LogoutArgs) -> anyhow::Result<()> {
    let host = host_arg("logout", &a.args)?;
    credentials::remove(&super::env::registry_config(&ctx.global), &host)?;
    print_log(&[format!("Removing login credentials for {host}")]);
    Ok(())
}
