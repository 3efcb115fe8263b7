//! Flag groups several commands share (values, waiting, dry runs, server-side apply, charts),
//! parsed the way Helm's cobra/pflag flags are.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::anyhow;
use clap::Args;

use crate::action::deploy::{DryRun, ServerSide, WaitStrategy};
use crate::chart::gofmt::slog_line;
use crate::chart::repo::http::TlsFiles;
use crate::chart::repo::locate::{self, ChartOptions};
use crate::chart::repo::HelmPaths;
use crate::chart::{Chart, ValueOptions};

/// `-f`, `--set` and the other value flags (Helm's `addValueOptionsFlags`).
#[derive(Debug, Clone, Default, Args)]
pub struct ValueFlags {
    /// specify values in a YAML file or a URL (can specify multiple)
    #[arg(short = 'f', long = "values", value_delimiter = ',')]
    pub values: Vec<String>,
    /// set values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)
    #[arg(long = "set")]
    pub set: Vec<String>,
    /// set STRING values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)
    #[arg(long = "set-string")]
    pub set_string: Vec<String>,
    /// set values from respective files specified via the command line (can specify multiple or separate values with commas: key1=path1,key2=path2)
    #[arg(long = "set-file")]
    pub set_file: Vec<String>,
    /// set JSON values on the command line (can specify multiple or separate values with commas: key1=jsonval1,key2=jsonval2)
    #[arg(long = "set-json")]
    pub set_json: Vec<String>,
    /// set a literal STRING value on the command line
    #[arg(long = "set-literal")]
    pub set_literal: Vec<String>,
}

impl ValueFlags {
    /// The user values these flags give, merged in Helm's order.
    pub fn merge(&self) -> anyhow::Result<serde_json::Map<String, serde_json::Value>> {
        let opts = ValueOptions {
            value_files: self.values.clone(),
            string_values: self.set_string.clone(),
            values: self.set.clone(),
            file_values: self.set_file.clone(),
            json_values: self.set_json.clone(),
            literal_values: self.set_literal.clone(),
        };
        Ok(opts.merge_values()?)
    }
}

/// `--wait`, `--wait-for-jobs` and `--timeout` (Helm 4's `AddWaitFlag`).
#[derive(Debug, Clone, Args)]
pub struct WaitFlags {
    /// if specified, wait until resources are ready (up to --timeout). Values: 'watcher', 'hookOnly', and 'legacy'.
    #[arg(long = "wait", num_args = 0..=1, require_equals = true, default_missing_value = "watcher", default_value = "hookOnly", value_name = "WaitStrategy", value_parser = parse_wait_text)]
    pub wait_text: Option<String>,
    /// if set and --wait enabled, will wait until all Jobs have been completed before marking the release as successful. It will wait for as long as --timeout
    #[arg(long)]
    pub wait_for_jobs: bool,
    /// time to wait for any individual Kubernetes operation (like Jobs for hooks)
    #[arg(long, default_value = "5m0s", value_name = "duration", value_parser = parse_go_duration)]
    pub timeout: Duration,
}

impl WaitFlags {
    /// The strategy; Helm 4's default is to wait for hooks only.
    pub fn strategy(&self) -> WaitStrategy {
        self.wait_text
            .as_deref()
            .and_then(|t| parse_wait(t).ok())
            .unwrap_or(WaitStrategy::HookOnly)
    }

    /// Helm's warning for the boolean spellings.
    pub fn warning(&self) -> Option<String> {
        let (text, new) = match self.wait_text.as_deref() {
            Some("true") => ("true", "watcher"),
            Some("false") => ("false", "hookOnly"),
            _ => return None,
        };
        Some(slog_line(
            "WARN",
            &format!(
                "--wait={text} is deprecated (boolean value) and can be replaced with --wait={new}"
            ),
            &[],
        ))
    }
}

fn parse_wait_text(s: &str) -> Result<String, String> {
    parse_wait(s).map(|_| s.to_string())
}

/// `--wait`'s values; `true`/`false` are Helm 3's spellings.
pub fn parse_wait(s: &str) -> Result<WaitStrategy, String> {
    match s {
        "watcher" | "true" => Ok(WaitStrategy::Watcher),
        "legacy" => Ok(WaitStrategy::Legacy),
        "hookOnly" | "false" => Ok(WaitStrategy::HookOnly),
        other => Err(format!(
            "invalid wait input {other:?}. Valid inputs are watcher, hookOnly, and legacy"
        )),
    }
}

/// The `--dry-run[=none|client|server]` flag as install and upgrade take it (Helm 4);
/// `true`/`false` and a bare `--dry-run` are the older spellings.
#[derive(Debug, Clone, Args)]
pub struct DryRunFlags {
    /// simulates the operation without persisting changes. Must be one of: "none" (default), "client", or "server". '--dry-run=none' executes the operation normally and persists changes (no simulation). '--dry-run=client' simulates the operation client-side only and avoids cluster connections. '--dry-run=server' simulates the operation on the server, requiring cluster connectivity.
    #[arg(long = "dry-run", num_args = 0..=1, require_equals = true, default_missing_value = "unset", default_value = "none", verbatim_doc_comment)]
    pub dry_run_text: String,
}

impl DryRunFlags {
    /// The strategy (Helm's `cmdGetDryRunFlagStrategy`); `None` runs for real.
    pub fn strategy(&self) -> anyhow::Result<Option<DryRun>> {
        parse_dry_run(&self.dry_run_text).map_err(|e| anyhow!(e))
    }

    /// Helm's warning for the older spellings.
    pub fn warning(&self) -> Option<String> {
        let v = self.dry_run_text.as_str();
        let msg = match v {
            "unset" => {
                "--dry-run is deprecated and should be replaced with '--dry-run=client'".to_string()
            }
            "client" | "server" | "none" => return None,
            _ => {
                let new = if super::cobra::go_bool(v).ok()? {
                    "client"
                } else {
                    "none"
                };
                format!("boolean '--dry-run={v}' flag is deprecated and must be replaced with '--dry-run={new}'")
            }
        };
        Some(slog_line("WARN", &msg, &[]))
    }
}

/// Parses `--dry-run`'s value (Helm's `cmdGetDryRunFlagStrategy`); `None` runs for real.
/// The boolean spellings are `strconv.ParseBool`'s.
pub fn parse_dry_run(s: &str) -> Result<Option<DryRun>, String> {
    match s {
        "unset" | "client" => Ok(Some(DryRun::Client)),
        "server" => Ok(Some(DryRun::Server)),
        "none" => Ok(None),
        other => match super::cobra::go_bool(other) {
            Ok(true) => Ok(Some(DryRun::Client)),
            Ok(false) => Ok(None),
            Err(_) => Err(format!(
                "invalid dry-run value ({other:?}). Must be \"none\", \"server\", or \"client\""
            )),
        },
    }
}

/// The flags given on the command line (clap argument ids), recorded when it is parsed.
static CHANGED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Records which flags the command line set, from the parsed matches of every subcommand level
/// (cobra's `Flags().Changed`).
pub fn record_changed(m: &clap::ArgMatches) {
    let mut given = Vec::new();
    let mut level = Some(m);
    while let Some(m) = level {
        for id in m.ids() {
            if m.value_source(id.as_str()) == Some(clap::parser::ValueSource::CommandLine) {
                given.push(id.as_str().to_string());
            }
        }
        level = m.subcommand().map(|(_, sub)| sub);
    }
    *CHANGED.lock().unwrap_or_else(|p| p.into_inner()) = given;
}

/// Whether the command line set the flag with clap id `id` (cobra's `Flags().Changed`), as
/// opposed to its default.
pub fn changed(id: &str) -> bool {
    CHANGED
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .any(|g| g == id)
}

/// `--server-side true|false|auto`.
pub fn parse_server_side(s: &str) -> Result<ServerSide, String> {
    match s {
        "auto" => Ok(ServerSide::Auto),
        "true" => Ok(ServerSide::Always),
        "false" => Ok(ServerSide::Never),
        other => Err(format!(
            "invalid/unknown release server-side apply method: {other}"
        )),
    }
}

/// pflag's `StringToString`: `k=v` pairs separated by commas, repeatable.
pub fn parse_labels(values: &[String]) -> anyhow::Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for v in values {
        let pairs = label_pairs(v)
            .map_err(|e| anyhow!("invalid argument {v:?} for \"-l, --labels\" flag: {e}"))?;
        out.extend(pairs);
    }
    Ok(out)
}

/// One `--labels` value checked while the command line is parsed, as pflag does.
pub fn label_value(v: &str) -> Result<String, String> {
    label_pairs(v).map(|_| v.to_string())
}

fn label_pairs(v: &str) -> Result<Vec<(String, String)>, String> {
    v.split(',')
        .filter(|p| !p.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((k, val)) => Ok((k.to_string(), val.to_string())),
            None => Err(format!("{pair} must be formatted as key=value")),
        })
        .collect()
}

/// `HELM_MAX_HISTORY` as Helm reads it (`envIntOr`): a value `strconv.Atoi` cannot read gives 10.
pub fn env_max_history() -> i64 {
    std::env::var("HELM_MAX_HISTORY")
        .ok()
        .and_then(|v| gostd::strconv::atoi(&v).ok())
        .unwrap_or(10)
}

/// `--history-max`, else `HELM_MAX_HISTORY`; 0 and below keep every revision.
pub fn history_max(flag: Option<usize>) -> usize {
    flag.unwrap_or_else(|| usize::try_from(env_max_history()).unwrap_or(0))
}

/// `--timeout`'s value: Go's `time.ParseDuration` (gostd), without negative durations.
pub fn parse_go_duration(s: &str) -> Result<Duration, String> {
    if s.trim_start_matches('+').starts_with('-') {
        return Err(format!("negative durations are not allowed: {s}"));
    }
    let nanos = gostd::time::parse_duration(s)?;
    Ok(Duration::from_nanos(nanos.max(0) as u64))
}

/// Helm's global `--repository-config` and `--repository-cache` flags.
#[derive(Debug, Clone, Default, Args)]
pub struct RepoPathFlags {
    /// path to the file containing repository names and URLs
    #[arg(
        long = "repository-config",
        global = true,
        env = "HELM_REPOSITORY_CONFIG"
    )]
    pub repository_config: Option<PathBuf>,
    /// path to the directory containing cached repository indexes
    #[arg(
        long = "repository-cache",
        global = true,
        env = "HELM_REPOSITORY_CACHE"
    )]
    pub repository_cache: Option<PathBuf>,
}

impl RepoPathFlags {
    /// Where the repository files are, as Helm resolves them.
    pub fn paths(&self) -> HelmPaths {
        HelmPaths::from_env(
            self.repository_config.clone(),
            self.repository_cache.clone(),
        )
    }
}

/// The TLS and transport flags of `push` and `registry login`.
#[derive(Debug, Clone, Default, Args)]
pub struct RegistryTlsFlags {
    /// identify registry client using this SSL certificate file
    #[arg(long = "cert-file", default_value = "")]
    pub cert_file: String,
    /// identify registry client using this SSL key file
    #[arg(long = "key-file", default_value = "")]
    pub key_file: String,
    /// verify certificates of HTTPS-enabled servers using this CA bundle
    #[arg(long = "ca-file", default_value = "")]
    pub ca_file: String,
    /// use insecure HTTP connections for the chart upload
    #[arg(long = "plain-http")]
    pub plain_http: bool,
}

impl RegistryTlsFlags {
    /// The TLS files, with `insecure` (`--insecure-skip-tls-verify`, `--insecure`).
    pub fn tls(&self, insecure: bool) -> TlsFiles {
        TlsFiles {
            ca_file: self.ca_file.clone(),
            cert_file: self.cert_file.clone(),
            key_file: self.key_file.clone(),
            insecure_skip_tls_verify: insecure,
        }
    }
}

/// Where a chart comes from (Helm's `ChartPathOptions`): a local folder or archive,
/// `repo/chart`, a chart URL, or a chart in the repository given by `--repo`.
#[derive(Debug, Clone, Default, Args)]
pub struct ChartFlags {
    /// specify a version constraint for the chart version to use. This constraint can be a specific tag (e.g. 1.1.1) or it may reference a valid range (e.g. ^2.0.0). If this is not specified, the latest version is used
    #[arg(long, default_value = "")]
    pub version: String,
    /// use development versions, too. Equivalent to version '>0.0.0-0'. If --version is set, this is ignored
    #[arg(long)]
    pub devel: bool,
    /// chart repository url where to locate the requested chart
    #[arg(long = "repo", default_value = "")]
    pub repo: String,
    /// chart repository username where to locate the requested chart
    #[arg(long, default_value = "")]
    pub username: String,
    /// chart repository password where to locate the requested chart
    #[arg(long, default_value = "")]
    pub password: String,
    /// pass credentials to all domains
    #[arg(long = "pass-credentials")]
    pub pass_credentials: bool,
    /// verify certificates of HTTPS-enabled servers using this CA bundle
    #[arg(long = "ca-file", default_value = "")]
    pub ca_file: String,
    /// identify HTTPS client using this SSL certificate file
    #[arg(long = "cert-file", default_value = "")]
    pub cert_file: String,
    /// identify HTTPS client using this SSL key file
    #[arg(long = "key-file", default_value = "")]
    pub key_file: String,
    /// skip tls certificate checks for the chart download
    #[arg(long = "insecure-skip-tls-verify")]
    pub insecure_skip_tls_verify: bool,
    /// use insecure HTTP connections for the chart download
    #[arg(long = "plain-http")]
    pub plain_http: bool,
    /// verify the package before using it
    #[arg(long)]
    pub verify: bool,
    /// location of public keys used for verification
    // Helm's default (`$GNUPGHOME/pubring.gpg`, else `~/.gnupg/pubring.gpg`) is shown by help.
    #[arg(long)]
    pub keyring: Option<String>,
}

/// `--keyring` as given, else Helm's default keyring.
pub fn keyring_path(flag: Option<&str>) -> PathBuf {
    flag.map(PathBuf::from)
        .unwrap_or_else(crate::chart::provenance::default_keyring)
}

impl ChartFlags {
    /// Helm's `--debug` lines on the version asked for, before the chart is located.
    pub fn log_version(&self) {
        tracing::debug!(version = self.version, "Original chart version");
        if self.version.is_empty() && self.devel {
            tracing::debug!("setting version to >0.0.0-0");
        }
    }

    /// The library's view of these flags.
    pub fn options(&self) -> ChartOptions {
        ChartOptions {
            version: self.version.clone(),
            devel: self.devel,
            repo_url: self.repo.clone(),
            username: self.username.clone(),
            password: self.password.clone(),
            pass_credentials: self.pass_credentials,
            tls: TlsFiles {
                ca_file: self.ca_file.clone(),
                cert_file: self.cert_file.clone(),
                key_file: self.key_file.clone(),
                insecure_skip_tls_verify: self.insecure_skip_tls_verify,
            },
            plain_http: self.plain_http,
            registry_config: PathBuf::new(),
            verify: if self.verify {
                locate::Verify::Always
            } else {
                locate::Verify::Never
            },
            keyring: keyring_path(self.keyring.as_deref()),
        }
    }
}

/// Helm's `LocateChart`: a local chart as is, else the chart downloaded into (or found in)
/// the content cache. Helm's log lines go to stderr.
pub async fn locate_chart(
    name: &str,
    flags: &ChartFlags,
    global: &super::Global,
) -> anyhow::Result<PathBuf> {
    let opts = ChartOptions {
        registry_config: super::env::registry_config(global),
        ..flags.options()
    };
    let mut log = Vec::new();
    let located = locate::locate(name, &opts, &global.repo_paths.paths(), &mut log).await;
    print_log(&log);
    Ok(located?)
}

/// [`locate_chart`] for commands without an async runtime: a local chart needs none, and a
/// remote one gets a single-threaded runtime for its download.
pub fn locate_chart_blocking(
    name: &str,
    flags: &ChartFlags,
    global: &super::Global,
) -> anyhow::Result<PathBuf> {
    if let Some(p) = locate::local_path(name, &flags.options())? {
        if !flags.verify {
            return Ok(p);
        }
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| anyhow!("cannot start the async runtime: {e}"))?;
    rt.block_on(locate_chart(name, flags, global))
}

/// Loads a chart for install or upgrade: the loader's log lines and the deprecation warning
/// go to stderr as Helm logs them, and missing dependencies are Helm's error.
pub fn load_chart(path: &Path, installable: bool) -> anyhow::Result<Chart> {
    let chart = load_chart_unchecked(path, installable)?;
    crate::action::dependency::check_present(&chart)?;
    Ok(chart)
}

/// Helm's `--debug` line naming the chart it located (as an absolute path).
pub fn log_chart_path(path: &Path) {
    let shown = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    tracing::debug!(path = %shown.display(), "Chart path");
}

/// [`load_chart`] with `--dependency-update`: missing dependencies are fetched (Helm's
/// `dependency update`, its lines on stdout) and the chart loaded again.
pub async fn load_chart_updating(
    path: &Path,
    installable: bool,
    flags: &ChartFlags,
    global: &super::Global,
) -> anyhow::Result<Chart> {
    let chart = load_chart_unchecked(path, installable)?;
    let mut sink = super::dependency::print_output;
    // Helm's manager here is given the keyring but not `--verify`.
    let opts = crate::action::dependency::Options {
        skip_refresh: false,
        debug: global.debug(),
        chart: ChartOptions {
            registry_config: super::env::registry_config(global),
            verify: locate::Verify::Never,
            ..flags.options()
        },
    };
    let paths = global.repo_paths.paths();
    Ok(crate::action::dependency::ensure_present(path, chart, &opts, &paths, &mut sink).await?)
}

fn load_chart_unchecked(path: &Path, installable: bool) -> anyhow::Result<Chart> {
    let mut log = Vec::new();
    let chart = crate::chart::loader::load_logged(path, &mut log);
    print_log(&log);
    let chart = chart?;
    if installable {
        chart.check_installable()?;
    }
    if chart.metadata.deprecated {
        print_log(&[slog_line("WARN", "this chart is deprecated", &[])]);
    }
    Ok(chart)
}

/// Prints lines Helm logs (`level=WARN msg=...`) on stderr.
pub fn print_log(lines: &[String]) {
    use std::io::Write;
    let mut stderr = std::io::stderr().lock();
    for l in lines {
        let _ = writeln!(stderr, "{l}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_flags_are_the_ones_on_the_command_line() {
        use clap::{FromArgMatches, Parser};
        #[derive(Parser)]
        struct Top {
            #[command(subcommand)]
            cmd: Sub,
        }
        #[derive(clap::Subcommand)]
        enum Sub {
            Diff {
                #[arg(short = 'C', long, default_value_t = -1, allow_negative_numbers = true)]
                context: i64,
                #[arg(short = 'o', long, default_value = "diff")]
                output: String,
            },
        }
        let cases: [(&[&str], bool, bool); 4] = [
            (&["t", "diff"], false, false),
            (&["t", "diff", "-C3"], true, false),
            (&["t", "diff", "--context=-1", "-ojson"], true, true),
            (&["t", "diff", "--output", "diff"], false, true),
        ];
        for (argv, context, output) in cases {
            let m = <Top as clap::CommandFactory>::command().get_matches_from(argv);
            record_changed(&m);
            assert_eq!(
                (changed("context"), changed("output")),
                (context, output),
                "{argv:?}"
            );
            let Sub::Diff { .. } = Top::from_arg_matches(&m).unwrap().cmd;
        }
    }

    #[test]
    fn go_durations_parse_like_go() {
        assert_eq!(parse_go_duration("5m0s").unwrap(), Duration::from_secs(300));
        assert_eq!(
            parse_go_duration("1h2m3.5s").unwrap(),
            Duration::from_secs_f64(3723.5)
        );
        assert_eq!(
            parse_go_duration("250ms").unwrap(),
            Duration::from_millis(250)
        );
        assert_eq!(parse_go_duration("0").unwrap(), Duration::ZERO);
        assert_eq!(
            parse_go_duration("5").unwrap_err(),
            "time: missing unit in duration \"5\""
        );
        assert!(parse_go_duration("5x")
            .unwrap_err()
            .contains("unknown unit \"x\""));
        assert!(parse_go_duration("").is_err());
        assert_eq!(
            parse_go_duration("-5s").unwrap_err(),
            "negative durations are not allowed: -5s"
        );
    }

    #[test]
    fn labels_are_key_value_pairs() {
        let l = parse_labels(&["a=1,b=2".into(), "c=x=y".into()]).unwrap();
        assert_eq!(l["a"], "1");
        assert_eq!(l["b"], "2");
        assert_eq!(l["c"], "x=y");
        assert_eq!(
            parse_labels(&["nope".into()]).unwrap_err().to_string(),
            "invalid argument \"nope\" for \"-l, --labels\" flag: nope must be formatted as key=value"
        );
    }

    #[test]
    fn dry_run_values() {
        assert_eq!(parse_dry_run("unset").unwrap(), Some(DryRun::Client));
        assert_eq!(parse_dry_run("server").unwrap(), Some(DryRun::Server));
        assert_eq!(parse_dry_run("none").unwrap(), None);
        assert!(parse_dry_run("bogus").is_err());
        assert_eq!(parse_dry_run("T").unwrap(), Some(DryRun::Client));
        assert_eq!(parse_dry_run("0").unwrap(), None);
        let one = DryRunFlags {
            dry_run_text: "1".into(),
        };
        assert_eq!(
            one.warning().unwrap(),
            "level=WARN msg=\"boolean '--dry-run=1' flag is deprecated and must be replaced with '--dry-run=client'\""
        );
        let bare = DryRunFlags {
            dry_run_text: "unset".into(),
        };
        assert_eq!(
            bare.warning().unwrap(),
            "level=WARN msg=\"--dry-run is deprecated and should be replaced with '--dry-run=client'\""
        );
    }
}

/// `--post-renderer` and `--post-renderer-args` of install, upgrade and template: helm 4's
/// flags, naming a plugin of type `postrenderer/v1` (helm 3 took an executable).
#[derive(Debug, Args)]
pub struct PostRendererFlags {
    /// the name of a postrenderer type plugin to be used for post rendering. If it exists, the plugin will be used
    #[arg(long, value_name = "postRendererString")]
    pub post_renderer: Vec<String>,
    /// an argument to the post-renderer (can specify multiple)
    #[arg(long, value_name = "postRendererArgsSlice")]
    pub post_renderer_args: Vec<String>,
}

impl PostRendererFlags {
    /// The plugin named, looked up as helm does while it parses the flag (once; an empty
    /// name is no post-renderer), with helm's errors.
    pub fn resolve(&self) -> anyhow::Result<Option<crate::action::deploy::PostRenderer>> {
        let mut found = None;
        for name in self.post_renderer.iter().filter(|n| !n.is_empty()) {
            let bad = |e: String| {
                anyhow!(
                    "invalid argument {} for \"--post-renderer\" flag: {e}",
                    gostd::strconv::quote(name)
                )
            };
            if found.is_some() {
                return Err(bad(
                    "cannot specify --post-renderer flag more than once".into()
                ));
            }
            found = Some(
                crate::action::deploy::postrender_plugin(
                    &super::env::paths().plugins,
                    name,
                    &self.post_renderer_args,
                )
                .map_err(bad)?,
            );
        }
        Ok(found)
    }
}
