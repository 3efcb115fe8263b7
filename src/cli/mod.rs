//! Command-line parsing (clap, one file per command) and printing through `output`.

mod cobra;
mod completion;
mod debuglog;
mod dependency;
mod diff;
mod env;
mod flags;
mod get;
mod help;
mod history;
mod install;
mod list;
mod progress;
mod pull;
mod push;
mod registry;
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
mod verify;
mod version;

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::cluster::KubeOptions;
use crate::output::Format;
use crate::storage::{secret_configmap, Backend, Broken, DriverKind, Storage, StorageError};

/// A Helm-compatible client for Kubernetes releases.
#[derive(Debug, Parser)]
#[command(
    name = "rhelm",
    about,
    disable_help_subcommand = true,
    disable_version_flag = true
)]
// clap prints doc comments as help text, so the parsed command line's parts say what they are
// in plain comments.
#[allow(missing_docs)]
pub struct Cli {
    // The global flags.
    #[command(flatten)]
    pub global: Global,
    // The command and its own flags.
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
    // The default is `HELM_DEBUG` (Helm's `strconv.ParseBool`), read in `Global::debug`.
    #[arg(long = "debug", global = true, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "bool", value_parser = cobra::go_bool)]
    debug_flag: Option<bool>,
    /// use colored output (never, auto, always)
    // The default is `NO_COLOR`/`HELM_COLOR` (`output::color::env_mode`), read in `Global::color`.
    #[arg(long = "color", visible_alias = "colour", global = true)]
    color_flag: Option<String>,
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
    #[arg(
        long = "kube-as-group",
        global = true,
        help = "group to impersonate for the operation, this flag can be repeated to specify multiple groups."
    )]
    kube_as_group_flag: Vec<String>,
    /// if true, the Kubernetes API server's certificate will not be checked for validity. This will make your HTTPS connections insecure
    #[arg(long = "kube-insecure-skip-tls-verify", global = true, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "bool", value_parser = cobra::go_bool)]
    kube_insecure_skip_tls_verify_flag: Option<bool>,
    /// server name to use for Kubernetes API server certificate validation. If it is not provided, the hostname used to contact the server is used
    #[arg(
        long = "kube-tls-server-name",
        global = true,
        env = "HELM_KUBETLS_SERVER_NAME"
    )]
    pub kube_tls_server_name: Option<String>,
    /// the certificate authority file for the Kubernetes API server connection
    #[arg(long = "kube-ca-file", global = true, env = "HELM_KUBECAFILE")]
    pub kube_ca_file: Option<PathBuf>,
    /// client-side default throttling limit
    // The default is `HELM_BURST_LIMIT`, else 100, read in `Global::burst_limit`.
    #[arg(long = "burst-limit", global = true, value_name = "int", allow_negative_numbers = true, value_parser = cobra::go_int)]
    burst_limit_flag: Option<i64>,
    /// queries per second used when communicating with the Kubernetes API, not including bursting
    #[arg(long = "qps", global = true, value_name = "float32", allow_negative_numbers = true, value_parser = cobra::go_float32)]
    qps_flag: Option<f32>,
    /// path to the registry config file
    #[arg(long = "registry-config", global = true, env = "HELM_REGISTRY_CONFIG")]
    pub registry_config: Option<String>,
    /// `--repository-config` and `--repository-cache`.
    #[command(flatten)]
    pub repo_paths: flags::RepoPathFlags,
    /// path to the directory containing cached content (e.g. charts)
    #[arg(long = "content-cache", global = true, env = "HELM_CONTENT_CACHE")]
    pub content_cache: Option<String>,
}

/// `HELM_BURST_LIMIT` as Helm reads it (`envIntOr`), else 100.
pub fn env_burst_limit() -> i64 {
    std::env::var("HELM_BURST_LIMIT")
        .ok()
        .and_then(|v| gostd::strconv::atoi(&v).ok())
        .unwrap_or(100)
}

/// Helm's `envBoolOr`: a variable that `strconv.ParseBool` cannot read gives the default.
fn env_bool(name: &str) -> bool {
    std::env::var(name)
        .ok()
        .and_then(|v| cobra::go_bool(&v).ok())
        .unwrap_or(false)
}

impl Global {
    /// `--color`, else the mode `NO_COLOR` and `HELM_COLOR` give.
    pub fn color(&self) -> String {
        self.color_flag
            .clone()
            .unwrap_or_else(crate::output::color::env_mode)
    }

    /// `--color` when given on the command line.
    pub fn color_flag(&self) -> Option<&str> {
        self.color_flag.as_deref()
    }

    /// `--debug`, else `HELM_DEBUG`.
    pub fn debug(&self) -> bool {
        self.debug_flag.unwrap_or_else(|| env_bool("HELM_DEBUG"))
    }

    /// `--kube-insecure-skip-tls-verify`, else `HELM_KUBEINSECURE_SKIP_TLS_VERIFY`.
    pub fn kube_insecure_skip_tls_verify(&self) -> bool {
        self.kube_insecure_skip_tls_verify_flag
            .unwrap_or_else(|| env_bool("HELM_KUBEINSECURE_SKIP_TLS_VERIFY"))
    }

    /// `--kube-as-group` (repeatable), else the comma-separated `HELM_KUBEASGROUPS`.
    pub fn kube_as_group(&self) -> Vec<String> {
        if !self.kube_as_group_flag.is_empty() {
            return self.kube_as_group_flag.clone();
        }
        let env = std::env::var("HELM_KUBEASGROUPS").unwrap_or_default();
        let trimmed = env.trim_matches(|c| c == ',' || c == ' ');
        if trimmed.is_empty() {
            return Vec::new();
        }
        trimmed.split(',').map(str::to_string).collect()
    }

    /// `--burst-limit`, else [`env_burst_limit`].
    pub fn burst_limit(&self) -> i64 {
        self.burst_limit_flag.unwrap_or_else(env_burst_limit)
    }

    /// `--qps`, else `HELM_QPS`, else 0 (the client library's default).
    pub fn qps(&self) -> f32 {
        self.qps_flag.unwrap_or_else(|| {
            std::env::var("HELM_QPS")
                .ok()
                .and_then(|v| cobra::go_float32(&v).ok())
                .unwrap_or(0.0)
        })
    }
}

/// Declares the commands twice from one list: [`Command`], the whole tree (help, usage,
/// errors and completion read it), and `LazyCommand`, whose commands get their flags only when
/// one is parsed (clap's `defer`), so that a run builds the flags of its own command alone.
macro_rules! commands {
    ($($(#[$meta:meta])* $variant:ident($args:ty),)*) => {
        // A command of the command line (clap prints doc comments as help text).
        #[derive(Debug, Subcommand)]
        #[allow(missing_docs)]
        pub enum Command {
            $($(#[$meta])* $variant($args),)*
        }

        // The same commands, each one's flags added (with pflag's rules) when it is parsed.
        #[derive(Debug, Subcommand)]
        #[command(defer = true)]
        enum LazyCommand {
            $($(#[$meta])* $variant(cobra::Pflag<$args>),)*
        }

        impl From<LazyCommand> for Command {
            fn from(c: LazyCommand) -> Command {
                match c {
                    $(LazyCommand::$variant(a) => Command::$variant(a.0),)*
                }
            }
        }
    };
}

commands! {
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
    /// show what an upgrade, rollback or another revision would change (helm-diff built in)
    Diff(diff::DiffArgs),
    /// print the rhelm version information
    Version(version::VersionArgs),
    /// rhelm client environment information
    Env(env::EnvArgs),
    /// generate autocompletion scripts for the specified shell
    Completion(completion::CompletionArgs),
    /// Help about any command
    Help(HelpArgs),
    /// add, list, remove, update, and index chart repositories
    Repo(repo::RepoArgs),
    /// download a chart from a repository and (optionally) unpack it in local directory
    #[command(visible_alias = "fetch")]
    Pull(pull::PullArgs),
    /// search for a keyword in charts
    Search(search::SearchArgs),
    /// manage a chart's dependencies
    #[command(visible_aliases = ["dep", "dependencies"])]
    Dependency(dependency::DependencyArgs),
    /// show information of a chart
    #[command(visible_alias = "inspect")]
    Show(show::ShowArgs),
    /// push a chart to remote
    #[command(long_about = push::LONG_ABOUT)]
    Push(push::PushArgs),
    /// verify that a chart at the given path has been signed and is valid
    #[command(long_about = verify::LONG_ABOUT)]
    Verify(verify::VerifyArgs),
    /// login to or logout from a registry
    #[command(
        long_about = "\nThis command consists of multiple subcommands to interact with registries.\n"
    )]
    Registry(registry::RegistryArgs),
}

/// `rhelm help [command]`.
#[derive(Debug, Args)]
pub struct HelpArgs {
    #[arg(value_name = "command")]
    command: Vec<String>,
}

/// Output-format flag shared by several commands.
pub fn parse_format(s: &str) -> Result<Format, String> {
    s.parse::<Format>().map_err(|e| e.to_string())
}

/// Context handed to each command.
pub struct Ctx {
    /// The global flags of the command line.
    pub global: Global,
}

impl Ctx {
    /// The cluster connection the global flags ask for.
    pub fn kube_options(&self) -> KubeOptions {
        KubeOptions {
            kubeconfig: self.global.kubeconfig.clone(),
            context: self.global.kube_context.clone(),
            apiserver: self.global.kube_apiserver.clone(),
            token: self.global.kube_token.clone(),
            as_user: self.global.kube_as_user.clone(),
            as_groups: self.global.kube_as_group(),
            insecure_skip_tls_verify: self.global.kube_insecure_skip_tls_verify(),
            ca_file: self.global.kube_ca_file.clone(),
            tls_server_name: self.global.kube_tls_server_name.clone(),
        }
    }

    /// The namespace to work in: `--namespace`, else the kubeconfig context's, else `default`.
    pub fn namespace(&self) -> String {
        crate::cluster::resolve_namespace(self.global.namespace.as_deref(), &self.kube_options())
    }

    /// Whether tables and status lines are coloured (Helm 4's `--color`).
    pub fn color(&self) -> bool {
        crate::output::color::enabled(&self.global.color())
    }

    /// The storage driver `HELM_DRIVER` names.
    fn driver(&self) -> Result<DriverKind, StorageError> {
        DriverKind::parse(&std::env::var("HELM_DRIVER").unwrap_or_default())
    }

    /// False for the memory driver, which (like Helm) works without a cluster.
    pub fn uses_cluster(&self) -> bool {
        self.driver().map_or(true, DriverKind::uses_cluster)
    }

    /// Opens the storage chosen by `HELM_DRIVER`.
    pub async fn storage(&self, all_namespaces: bool) -> anyhow::Result<Storage> {
        let ns = self.namespace();
        self.open_storage(&ns, all_namespaces).await
    }

    /// Opens the storage of another namespace.
    pub async fn storage_in(&self, namespace: &str) -> anyhow::Result<Storage> {
        self.open_storage(namespace, false).await
    }

    /// Builds what the chosen driver needs (a Kubernetes client, the memory driver's files,
    /// the SQL connection string) and opens it.
    async fn open_storage(&self, namespace: &str, all_namespaces: bool) -> anyhow::Result<Storage> {
        let backend = match self.driver()? {
            kind @ (DriverKind::Secret | DriverKind::ConfigMap) => Backend::Kube {
                client: crate::cluster::client(&self.kube_options()).await?,
                kind: if kind == DriverKind::Secret {
                    secret_configmap::Kind::Secret
                } else {
                    secret_configmap::Kind::ConfigMap
                },
            },
            DriverKind::Memory => Backend::Memory {
                files: std::env::var("HELM_MEMORY_DRIVER_DATA")
                    .unwrap_or_default()
                    .split(':')
                    .map(str::to_string)
                    .collect(),
            },
            DriverKind::Sql => Backend::Sql {
                connection: std::env::var("HELM_DRIVER_SQL_CONNECTION_STRING").unwrap_or_default(),
            },
        };
        Ok(crate::storage::open(backend, namespace, all_namespaces).await?)
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
        eprintln!("WARNING: {}", b.warning());
    }
}

/// An error that ends the command with its own exit code (helm-diff's `--detailed-exitcode`
/// exits 2 when there are changes).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Exit {
    /// The process exit code.
    pub code: u8,
    /// The message printed after `Error: `.
    pub message: String,
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
        Command::Diff(a) => diff::run(ctx, a).await,
        Command::Repo(a) => repo::run(ctx, a).await,
        Command::Pull(a) => pull::run(ctx, a).await,
        Command::Dependency(a) => dependency::run(ctx, a).await,
        Command::Push(a) => push::run(ctx, a).await,
        Command::Verify(a) => verify::run(a),
        Command::Registry(a) => registry::run(ctx, a).await,
        Command::Template(_)
        | Command::Search(_)
        | Command::Show(_)
        | Command::Version(_)
        | Command::Env(_)
        | Command::Completion(_)
        | Command::Help(_) => unreachable!("runs without the async runtime"),
    }
}

/// Runs a command that talks to a cluster or a database, on an async runtime.
///
/// `get`, `history` and `status` read one release's records (a request or two, and `status`
/// the live objects of one manifest): they run on this thread alone, as worker threads would
/// cost more to start and to hand each answer to than the requests do. The other commands
/// decode many records or do several things at once, on two worker threads.
fn run_async(ctx: &Ctx, command: Command) -> anyhow::Result<()> {
    let mut builder = match command {
        Command::Get(_) | Command::History(_) | Command::Status(_) => {
            tokio::runtime::Builder::new_current_thread()
        }
        _ => {
            let mut b = tokio::runtime::Builder::new_multi_thread();
            b.worker_threads(2);
            b
        }
    };
    let rt = builder
        .enable_all()
        .build()
        .map_err(|e| anyhow::anyhow!("cannot start the async runtime: {e}"))?;
    rt.block_on(dispatch(ctx, command))
}

/// Helm's install (and `template --dry-run=server`) checks that the cluster can be reached
/// first, and logs the failure as well: `cluster reachability check failed: …`, or `None` when
/// `text` is no failure to connect.
pub fn reachability_failure(ctx: &Ctx, text: &str) -> Option<String> {
    let found = diagnose_unreachable(ctx, text.lines().next().unwrap_or_default())?;
    let msg = format!("cluster reachability check failed: {found}");
    flags::print_log(&[crate::chart::gofmt::slog_line("ERROR", &msg, &[])]);
    Some(msg)
}

/// Helm's words for why the API server cannot be reached, when `text` (one line) is a failed
/// connection of a command that uses the cluster; `None` otherwise.
fn diagnose_unreachable(ctx: &Ctx, text: &str) -> Option<String> {
    if !ctx.uses_cluster() || !crate::cluster::unreachable::looks_like_connect_failure(text) {
        return None;
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    rt.block_on(crate::cluster::unreachable::diagnose(&ctx.kube_options()))
}

/// Helm's words for a failed connection to the API server (kube-rs only says
/// `client error (Connect)`), keeping the command's own prefix (`INSTALLATION FAILED: `).
fn unreachable_text(ctx: &Ctx, text: &str) -> Option<String> {
    // Lines after the first say what state an operation left and how to recover (a rollback
    // cut off mid-way): they stay, and only the failure itself is named as helm names it.
    if let Some((first, rest)) = text.split_once('\n') {
        return unreachable_text(ctx, first).map(|named| format!("{named}\n{rest}"));
    }
    if let Some(rest) = text.strip_prefix("INSTALLATION FAILED: ") {
        return reachability_failure(ctx, rest).map(|msg| format!("INSTALLATION FAILED: {msg}"));
    }
    let found = diagnose_unreachable(ctx, text)?;
    let prefix = if text.starts_with("UPGRADE FAILED: ") {
        "UPGRADE FAILED: "
    } else {
        ""
    };
    Some(format!("{prefix}{found}"))
}

/// Parses the command line, runs the command and maps errors to Helm's `Error: …` and exit 1.
/// Returns the exit status, for [`exit`].
pub fn main() -> u8 {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match argv.first().map(String::as_str) {
        Some("__complete") => return completion::complete(&argv[1..], true),
        Some("__completeNoDesc") => return completion::complete(&argv[1..], false),
        _ => {}
    }
    // The command runs on a thread with a large stack: deeply nested input (`--set a[0][0]…`,
    // values and release records near the 10000-level limits of go-yaml and encoding/json) is
    // parsed, merged, encoded and dropped by recursive code that the 8 MiB main stack cannot hold.
    // It starts now, while the command line is parsed; this thread, waiting meanwhile, takes a
    // share of the command's parallel work.
    let render = crate::render::engine::RenderThread::start(run_command);
    let (cli, root) = match parse_lazy(&argv) {
        Some(parsed) => parsed,
        None => match parse_full(&argv) {
            Ok(parsed) => parsed,
            Err(code) => return code,
        },
    };
    if let Some(msg) = cobra::exclusive_flags_error(&root, &argv) {
        eprintln!("{msg}");
        return 1;
    }
    // Helm checks the colour mode before it runs any command, and fails outside cobra's
    // error path (a log line, no `Error:`).
    let color = cli.global.color();
    if !matches!(color.as_str(), "never" | "auto" | "always") {
        let err = format!(
            "invalid color mode {}: must be one of: never, auto, always",
            gostd::strconv::quote(&color)
        );
        flags::print_log(&[crate::chart::gofmt::slog_line(
            "WARN",
            "command failed",
            &[("error", &err)],
        )]);
        return 1;
    }
    if cli.global.debug() {
        debuglog::enable();
    }
    render.run(cli)
}

/// Ends the process with `status` once the command is done and its output flushed, without
/// the clean-up a normal exit runs: that is the allocator giving every freed page back to the
/// kernel (a few hundred `madvise` calls, each splitting a huge page) and the loader's
/// destructors, work for a process that is about to vanish. Nothing rhelm needs runs at exit:
/// temporary files and locks are released when their owners are dropped, before this.
#[allow(unsafe_code)]
pub fn exit(status: u8) -> ! {
    extern "C" {
        fn _exit(status: std::ffi::c_int) -> !;
    }
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: POSIX `_exit` takes a plain int and ends the process at once; nothing runs after it.
    unsafe { _exit(std::ffi::c_int::from(status)) }
}

/// The root of the command line as [`LazyCommand`]'s commands are parsed: the global flags,
/// to which the one command named on the command line is added.
#[derive(Debug, Parser)]
#[command(
    name = "rhelm",
    about,
    disable_help_subcommand = true,
    disable_version_flag = true
)]
struct LazyRoot {
    #[command(flatten)]
    global: Global,
}

/// The tree [`parse_lazy`] parses with: the root and the command `name` names (`None` when it
/// names none); its flags are added when the parser reaches it.
fn lazy_tree(name: &str) -> Option<clap::Command> {
    let shells =
        <LazyCommand as clap::Subcommand>::augment_subcommands(clap::Command::new("rhelm"));
    let shell = shells.find_subcommand(name)?.clone();
    Some(cobra::pflag_rules(
        <LazyRoot as clap::CommandFactory>::command().subcommand(shell),
    ))
}

/// Parses a command line that runs a command, building the flags of that command alone (the
/// whole tree costs more than a small command's request); `None` when the command line may ask
/// for help or does not parse, which [`parse_full`] answers with the whole tree.
///
/// The command is the first word that names one: a word before it is a flag's value, or the
/// command line does not parse (clap, knowing no other command, fails on it), so a command line
/// parsed here parses alike with the whole tree.
fn parse_lazy(argv: &[String]) -> Option<(Cli, clap::Command)> {
    // `--help`, `--help=…` or a shorthand group holding `h`: cobra's help flag (anywhere, even
    // as a flag's value, the whole tree decides).
    let may_ask_help = argv.iter().any(|t| {
        t.starts_with("--help") || (t.starts_with('-') && !t.starts_with("--") && t.contains('h'))
    });
    if may_ask_help {
        return None;
    }
    let mut root = argv.iter().find_map(|t| lazy_tree(t))?;
    let m = root
        .try_get_matches_from_mut(std::iter::once("rhelm").chain(argv.iter().map(String::as_str)))
        .ok()?;
    let global = <Global as clap::FromArgMatches>::from_arg_matches(&m).ok()?;
    let command = <LazyCommand as clap::FromArgMatches>::from_arg_matches(&m).ok()?;
    flags::record_changed(&m);
    let cli = Cli {
        global,
        command: command.into(),
    };
    Some((cli, root))
}

/// Parses the command line with the whole command tree: `-h`/`--help`, and cobra's texts for a
/// command line that does not parse (the exit code, after printing them, is the `Err`).
fn parse_full(argv: &[String]) -> Result<(Cli, clap::Command), u8> {
    let root = cobra::pflag_rules(<Cli as clap::CommandFactory>::command());
    let parse = |args: &[String]| {
        root.clone()
            .try_get_matches_from(std::iter::once("rhelm".to_string()).chain(args.iter().cloned()))
            .and_then(|m| {
                flags::record_changed(&m);
                <Cli as clap::FromArgMatches>::from_arg_matches(&m)
            })
    };
    let argv = match cobra::help_flag(&root, argv) {
        cobra::HelpFlag::Parse(args) => args,
        cobra::HelpFlag::Invalid(msg) => {
            eprintln!("Error: {msg}");
            return Err(1);
        }
        cobra::HelpFlag::Show(names, rest) => {
            use clap::error::ErrorKind as K;
            if let Err(e) = parse(&rest) {
                if matches!(
                    e.kind(),
                    K::UnknownArgument
                        | K::InvalidValue
                        | K::ValueValidation
                        | K::ArgumentConflict
                        | K::InvalidSubcommand
                ) {
                    return Err(cobra::parse_failed(&root, &rest, &e));
                }
            }
            let help_root = <Cli as clap::CommandFactory>::command();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            return Err(match out(help::render(&help_root, &names).as_bytes()) {
                Ok(()) => 0,
                Err(_) => 1,
            });
        }
    };
    match parse(&argv) {
        Ok(cli) => Ok((cli, root)),
        Err(e) => Err(cobra::parse_failed(&root, &argv, &e)),
    }
}

/// Runs a parsed command line and maps its error to Helm's `Error: …` line and exit code.
fn run_command(cli: Cli) -> u8 {
    let ctx = Ctx { global: cli.global };
    let result = match cli.command {
        // `template` talks to a cluster only with `--dry-run=server`; it runs on a runtime of
        // its own on this thread, as worker threads would cost more than rendering a small chart.
        Command::Template(a) => template::run(&ctx, a),
        Command::Version(a) => version::run(&ctx, a),
        Command::Env(a) => env::run(&ctx, a),
        Command::Completion(a) => completion::run(&ctx, a),
        Command::Help(a) => cobra::help_command(&a.command),
        Command::Search(a) => search::run(&ctx, a),
        Command::Show(a) => show::run(&ctx, a),
        command => run_async(&ctx, command),
    };
    match result {
        Ok(()) => 0,
        Err(e) => {
            let text = format!("{e:#}");
            let text = unreachable_text(&ctx, &text).unwrap_or(text);
            // A template's error quotes its bytes, which need not be UTF-8 (they travel in the
            // text as escapes): printed as the bytes, as helm prints them.
            let line = [b"Error: ", &*gotemplate::gostr::to_bytes(&text), b"\n"].concat();
            let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), &line);
            match e.downcast_ref::<Exit>() {
                Some(exit) => exit.code,
                // An install, upgrade or rollback cancelled by Ctrl-C exits 130 (SIGTERM 143).
                None => progress::signal_exit_code().unwrap_or(1),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// A command's flags, sorted (the lazy tree adds the global flags before a command's own,
    /// the whole tree after them).
    fn flags_of(cmd: &clap::Command) -> Vec<String> {
        let mut flags: Vec<String> = cmd.get_arguments().map(|a| format!("{a:?}")).collect();
        flags.sort();
        flags
    }

    fn same_flags(path: &str, full: &clap::Command, lazy: &clap::Command) {
        let ids: Vec<&str> = lazy.get_arguments().map(|a| a.get_id().as_str()).collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(
            unique.len(),
            ids.len(),
            "{path}: a flag is declared twice: {ids:?}"
        );
        assert_eq!(flags_of(full), flags_of(lazy), "{path}: the flags differ");
        // The lazy root holds one command; below it, every command is there.
        let names = |c: &clap::Command| -> Vec<String> {
            c.get_subcommands()
                .map(|s| s.get_name().to_string())
                .collect()
        };
        if path != "rhelm" {
            assert_eq!(names(full), names(lazy), "{path}: the commands differ");
        }
        for other in lazy.get_subcommands() {
            let sub = full.find_subcommand(other.get_name()).unwrap();
            same_flags(&format!("{path} {}", sub.get_name()), sub, other);
        }
    }

    /// The lazy tree of each command, built (as parsing builds the command that runs), has
    /// that command's flags exactly as the whole tree declares them, with pflag's rules applied.
    #[test]
    fn lazy_tree_parses_with_the_whole_trees_flags() {
        let mut full = cobra::pflag_rules(Cli::command());
        full.build();
        for sub in full.get_subcommands() {
            let mut lazy = lazy_tree(sub.get_name()).unwrap();
            lazy.build();
            same_flags("rhelm", &full, &lazy);
            for alias in sub.get_all_aliases() {
                let lazy = lazy_tree(alias).unwrap();
                assert!(lazy.find_subcommand(sub.get_name()).is_some(), "{alias}");
            }
        }
        assert!(lazy_tree("nosuch").is_none());
    }
}
