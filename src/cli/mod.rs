//! Command-line parsing (clap, one file per command) and printing through `output`.

mod flags;
mod get;
mod history;
mod install;
mod list;
mod progress;
mod pull;
mod repo;
mod rollback;
mod search;
mod show;
mod status;
mod template;
mod test;
mod uninstall;
mod unlock;
mod upgrade;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::kube::KubeOptions;
use crate::output::Format;
use crate::storage::{Broken, Storage};

/// A Helm-compatible client for Kubernetes releases.
#[derive(Debug, Parser)]
#[command(name = "rhelm", version, about, disable_help_subcommand = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command accepts (Helm's global flags).
#[derive(Debug, Clone, Args)]
pub struct Global {
    /// namespace scope for this request
    #[arg(short = 'n', long, global = true, env = "HELM_NAMESPACE")]
    pub namespace: Option<String>,
    /// name of the kubeconfig context to use
    #[arg(long = "kube-context", global = true, env = "HELM_KUBECONTEXT")]
    pub kube_context: Option<String>,
    /// path to the kubeconfig file
    #[arg(long, global = true)]
    pub kubeconfig: Option<PathBuf>,
    /// enable verbose output
    #[arg(long, global = true, env = "HELM_DEBUG", value_parser = clap::builder::FalseyValueParser::new())]
    pub debug: bool,
    /// use colored output (never, auto, always)
    #[arg(
        long,
        visible_alias = "colour",
        global = true,
        env = "HELM_COLOR",
        default_value = "auto"
    )]
    pub color: String,
    /// the address and the port for the Kubernetes API server
    #[arg(long = "kube-apiserver", global = true, env = "HELM_KUBEAPISERVER")]
    pub kube_apiserver: Option<String>,
    /// bearer token used for authentication
    #[arg(
        long = "kube-token",
        global = true,
        env = "HELM_KUBETOKEN",
        hide_env_values = true
    )]
    pub kube_token: Option<String>,
    /// username to impersonate for the operation
    #[arg(long = "kube-as-user", global = true, env = "HELM_KUBEASUSER")]
    pub kube_as_user: Option<String>,
    /// group to impersonate for the operation, this flag can be repeated to specify multiple groups.
    #[arg(long = "kube-as-group", global = true)]
    pub kube_as_group: Vec<String>,
    /// if true, the Kubernetes API server's certificate will not be checked for validity. This will make your HTTPS connections insecure
    #[arg(long = "kube-insecure-skip-tls-verify", global = true, env = "HELM_KUBEINSECURE_SKIP_TLS_VERIFY", value_parser = clap::builder::FalseyValueParser::new())]
    pub kube_insecure_skip_tls_verify: bool,
    /// server name to use for Kubernetes API server certificate validation. If it is not provided, the hostname used to contact the server is used
    #[arg(
        long = "kube-tls-server-name",
        global = true,
        env = "HELM_KUBETLS_SERVER_NAME"
    )]
    pub kube_tls_server_name: Option<String>,
    #[command(flatten)]
    pub repo_paths: flags::RepoPathFlags,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// fetch release history
    #[command(visible_alias = "hist")]
    History(history::HistoryArgs),
    /// list releases
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    /// display the status of the named release
    Status(status::StatusArgs),
    /// download extended information of a named release
    Get(get::GetArgs),
    /// install a chart
    Install(install::InstallArgs),
    /// upgrade a release
    Upgrade(upgrade::UpgradeArgs),
    /// roll back a release to a previous revision
    Rollback(rollback::RollbackArgs),
    /// mark a release's stale pending-* record failed so it can be upgraded or rolled back
    Unlock(unlock::UnlockArgs),
    /// locally render templates
    Template(template::TemplateArgs),
    /// run tests for a release
    Test(test::TestArgs),
    /// uninstall a release
    #[command(visible_aliases = ["del", "delete", "un"])]
    Uninstall(uninstall::UninstallArgs),
    /// add, list, remove, update, and index chart repositories
    Repo(repo::RepoArgs),
    /// download a chart from a repository and (optionally) unpack it in local directory
    #[command(visible_alias = "fetch")]
    Pull(pull::PullArgs),
    /// search for a keyword in charts
    Search(search::SearchArgs),
    /// show information of a chart
    #[command(visible_alias = "inspect")]
    Show(show::ShowArgs),
}

/// Output-format flag shared by several commands.
pub fn parse_format(s: &str) -> Result<Format, String> {
    s.parse::<Format>().map_err(|e| e.to_string())
}

/// Context handed to each command.
pub struct Ctx {
    pub global: Global,
}

impl Ctx {
    pub fn kube_options(&self) -> KubeOptions {
        KubeOptions {
            kubeconfig: self.global.kubeconfig.clone(),
            context: self.global.kube_context.clone(),
            apiserver: self.global.kube_apiserver.clone(),
            token: self.global.kube_token.clone(),
            as_user: self.global.kube_as_user.clone(),
            as_groups: self.global.kube_as_group.clone(),
            insecure_skip_tls_verify: self.global.kube_insecure_skip_tls_verify,
            tls_server_name: self.global.kube_tls_server_name.clone(),
        }
    }

    pub fn namespace(&self) -> String {
        crate::kube::resolve_namespace(self.global.namespace.as_deref(), &self.kube_options())
    }

    /// Whether tables and status lines are coloured (Helm 4's `--color`).
    pub fn color(&self) -> bool {
        crate::output::color::enabled(&self.global.color)
    }

    /// False for the memory driver, which (like Helm) works without a cluster.
    pub fn uses_cluster(&self) -> bool {
        std::env::var("HELM_DRIVER").unwrap_or_default() != "memory"
    }

    /// Opens the storage chosen by `HELM_DRIVER`.
    pub async fn storage(&self, all_namespaces: bool) -> anyhow::Result<Storage> {
        let driver = std::env::var("HELM_DRIVER").unwrap_or_default();
        let ns = self.namespace();
        Ok(crate::storage::from_env(&driver, &ns, all_namespaces, &self.kube_options()).await?)
    }
}

/// Checks the positional argument count like Helm's `require.ExactArgs(1)`.
pub fn one_arg(cmd: &str, usage: &str, args: &[String]) -> anyhow::Result<String> {
    if args.len() != 1 {
        anyhow::bail!("\"rhelm {cmd}\" requires 1 argument\n\nUsage:  rhelm {usage} [flags]");
    }
    Ok(args[0].clone())
}

/// Names the records that could not be read.
pub fn warn_broken(broken: &[Broken]) {
    for b in broken {
        eprintln!(
            "WARNING: skipped release record {:?} in namespace {:?}: {}",
            b.key, b.namespace, b.reason
        );
    }
}

/// Writes to stdout, ignoring a closed pipe.
pub fn out(bytes: &[u8]) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|_| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

async fn dispatch(ctx: &Ctx, command: Command) -> anyhow::Result<()> {
    match command {
        Command::History(a) => history::run(ctx, a).await,
        Command::List(a) => list::run(ctx, a).await,
        Command::Status(a) => status::run(ctx, a).await,
        Command::Get(a) => get::run(ctx, a).await,
        Command::Install(a) => install::run(ctx, a).await,
        Command::Upgrade(a) => upgrade::run(ctx, a).await,
        Command::Rollback(a) => rollback::run(ctx, a).await,
        Command::Unlock(a) => unlock::run(ctx, a).await,
        Command::Test(a) => test::run(ctx, a).await,
        Command::Uninstall(a) => uninstall::run(ctx, a).await,
        Command::Repo(a) => repo::run(ctx, a).await,
        Command::Pull(a) => pull::run(ctx, a).await,
        Command::Template(_) | Command::Search(_) | Command::Show(_) => {
            unreachable!("template, search and show run without the async runtime")
        }
    }
}

/// Runs a command that talks to a cluster or a database, on an async runtime.
fn run_async(ctx: &Ctx, command: Command) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| anyhow::anyhow!("cannot start the async runtime: {e}"))?;
    rt.block_on(dispatch(ctx, command))
}

/// A clap error in the words cobra/pflag use (`unknown flag: --x`, `invalid argument …`).
fn clap_error_text(e: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let ctx = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    match e.kind() {
        ErrorKind::UnknownArgument => match ctx(ContextKind::InvalidArg) {
            Some(a) if a.starts_with("--") => {
                format!("unknown flag: {}", a.split('=').next().unwrap_or(&a))
            }
            Some(a) if a.starts_with('-') => {
                let c = a.chars().nth(1).unwrap_or('-');
                format!("unknown shorthand flag: '{c}' in {a}")
            }
            _ => first_line(e),
        },
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            match (ctx(ContextKind::InvalidArg), ctx(ContextKind::InvalidValue)) {
                (Some(arg), Some(val)) => {
                    let long = arg.split_whitespace().next().unwrap_or(&arg);
                    let reason = std::error::Error::source(e)
                        .map(|s| s.to_string())
                        .unwrap_or_else(|| "invalid value".to_string());
                    format!("invalid argument {val:?} for \"{long}\" flag: {reason}")
                }
                _ => first_line(e),
            }
        }
        _ => first_line(e),
    }
}

fn first_line(e: &clap::Error) -> String {
    let msg = e.to_string();
    msg.lines()
        .next()
        .unwrap_or("")
        .trim_start_matches("error: ")
        .to_string()
}

/// Parses the command line, runs the command and maps errors to Helm's `Error: …` and exit 1.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            eprintln!("Error: {}", clap_error_text(&e));
            return ExitCode::from(1);
        }
    };
    if cli.global.debug {
        tracing::debug!("debug output enabled");
    }
    let ctx = Ctx { global: cli.global };
    let result = match cli.command {
        // `template` never talks to a cluster; it runs without an async runtime, whose worker
        // threads would cost more than rendering a small chart.
        Command::Template(a) => template::run(&ctx, a),
        Command::Search(a) => search::run(&ctx, a),
        Command::Show(a) => show::run(&ctx, a),
        command => run_async(&ctx, command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Error: {e:#}");
            ExitCode::from(1)
        }
    }
}
