//! `rhelm completion bash|zsh|fish|powershell`: shell completion scripts for rhelm's commands
//! and flags (clap_complete); the bash script also completes release names and revisions from
//! the cluster through `rhelm __complete`, which this module answers as helm's cobra does.

use clap::{Args, Subcommand};
use clap_complete::Shell;

use super::Ctx;

#[derive(Debug, Args)]
pub struct CompletionArgs {
    #[command(subcommand)]
    shell: CompletionShell,
}

#[derive(Debug, Subcommand)]
enum CompletionShell {
    /// generate autocompletion script for bash
    Bash(NoDescriptions),
    /// generate autocompletion script for fish
    Fish(NoDescriptions),
    /// generate autocompletion script for powershell
    Powershell(NoDescriptions),
    /// generate autocompletion script for zsh
    Zsh(NoDescriptions),
}

#[derive(Debug, Args)]
struct NoDescriptions {
    /// disable completion descriptions
    #[arg(long = "no-descriptions")]
    no_descriptions: bool,
}

pub fn run(_ctx: &Ctx, a: CompletionArgs) -> anyhow::Result<()> {
    let shell = match a.shell {
        CompletionShell::Bash(_) => Shell::Bash,
        CompletionShell::Fish(_) => Shell::Fish,
        CompletionShell::Powershell(_) => Shell::PowerShell,
        CompletionShell::Zsh(_) => Shell::Zsh,
    };
    let mut cmd = super::cobra::pflag_rules(<super::Cli as clap::CommandFactory>::command());
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "rhelm", &mut buf);
    if shell == Shell::Bash {
        buf = with_cluster_completion(&String::from_utf8_lossy(&buf)).into_bytes();
    }
    super::out(&buf)
}

/// Asks `rhelm __complete` first (release names and revisions from the cluster), and falls
/// back to the static completion of commands and flags when it offers nothing.
const BASH_CLUSTER: &str = r#"
# Release names, revisions and subcommands come from `rhelm __completeNoDesc` (the protocol
# helm's scripts speak); flags and everything else from the static completion above.
_rhelm_cluster() {
    local cur="${COMP_WORDS[COMP_CWORD]}" line
    local -a found=()
    while IFS= read -r line; do
        case "$line" in
            :*|_activeHelp_*|'') ;;
            *) found+=("$line") ;;
        esac
    done < <("${COMP_WORDS[0]}" __completeNoDesc "${COMP_WORDS[@]:1:COMP_CWORD-1}" "$cur" 2>/dev/null)
    if [[ ${#found[@]} -gt 0 ]]; then
        COMPREPLY=( $(compgen -W "${found[*]}" -- "$cur") )
    else
        _rhelm "$@"
    fi
}
"#;

/// clap's bash script with [`BASH_CLUSTER`] registered in place of its own function.
fn with_cluster_completion(script: &str) -> String {
    let registered = script.replace("complete -F _rhelm ", "complete -F _rhelm_cluster ");
    match registered.rfind("\nif [[ \"${BASH_VERSINFO[0]}\"") {
        Some(at) => format!("{}{BASH_CLUSTER}{}", &registered[..at], &registered[at..]),
        None => format!("{registered}{BASH_CLUSTER}"),
    }
}

/// Cobra's completion directives (`:4` ends the answer of `helm __complete`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Directive {
    Default = 0,
    Error = 1,
    NoFileComp = 4,
}

impl Directive {
    fn name(self) -> &'static str {
        match self {
            Directive::Default => "ShellCompDirectiveDefault",
            Directive::Error => "ShellCompDirectiveError",
            Directive::NoFileComp => "ShellCompDirectiveNoFileComp",
        }
    }
}

/// Cobra's ActiveHelp line for a command that takes no more arguments.
const NO_MORE_ARGS: &str =
    "_activeHelp_ This command does not take any more arguments (but may accept flags).";

/// Commands whose first argument is a release name, and how many arguments they take in all
/// (`None`: any number of release names, as `uninstall` takes).
fn release_args(path: &[&str]) -> Option<Option<usize>> {
    match path {
        ["history" | "hist" | "status" | "test" | "unlock"] => Some(Some(1)),
        ["get", "all" | "hooks" | "manifest" | "metadata" | "notes" | "values"] => Some(Some(1)),
        ["rollback"] => Some(Some(2)),
        ["upgrade"] => Some(Some(2)),
        ["uninstall" | "del" | "delete" | "un"] => Some(None),
        _ => None,
    }
}

/// Commands whose `-o` takes helm's `table`, `json` and `yaml`.
fn output_formats(path: &[&str]) -> bool {
    matches!(
        path,
        ["history" | "hist" | "list" | "ls" | "status"]
            | ["get", "values" | "metadata"]
            | ["repo", "list" | "ls"]
            | ["search", _]
    )
}

/// What to offer for the word being completed.
enum Want {
    /// Release names, except these (already given).
    Releases(Vec<String>),
    /// Revisions of a release.
    Revisions(String),
    /// The cluster's namespaces (`-n`).
    Namespaces,
    /// The kubeconfig's contexts (`--kube-context`), with their clusters.
    Contexts,
    /// Fixed choices (subcommands) with their descriptions.
    Choices(Vec<(String, String)>),
    /// Nothing more is accepted.
    NoMoreArgs,
    /// Not something rhelm completes from the cluster (files, charts, flags).
    Other,
}

/// `rhelm __complete WORDS… WORD` (and `__completeNoDesc`): cobra's protocol that helm's
/// completion scripts call. Release names and revisions come from the cluster as helm's do
/// (`NAME<TAB>CHART-VERSION -> STATUS`, `REVISION<TAB>App: …, Chart: …`), subcommands from the
/// command tree; the last line is `:DIRECTIVE`.
pub fn complete(words: &[String], descriptions: bool) -> u8 {
    let (_, before) = words.split_last().unwrap_or((&String::new(), &[]));
    let root = super::cobra::pflag_rules(<super::Cli as clap::CommandFactory>::command())
        .ignore_errors(true);
    let argv = std::iter::once("rhelm".to_string()).chain(before.iter().cloned());
    let (choices, directive) = match root.clone().try_get_matches_from(argv) {
        Ok(m) => match want(&root, &m, before) {
            Want::Other => (Vec::new(), Directive::Default),
            Want::NoMoreArgs => (vec![NO_MORE_ARGS.to_string()], Directive::NoFileComp),
            Want::Choices(c) => (
                c.into_iter().map(|(n, d)| format!("{n}\t{d}")).collect(),
                Directive::NoFileComp,
            ),
            w => {
                let global = <super::Global as clap::FromArgMatches>::from_arg_matches(&m).ok();
                match global {
                    Some(g) => from_cluster(&super::Ctx { global: g }, w),
                    None => (Vec::new(), Directive::Error),
                }
            }
        },
        Err(_) => (Vec::new(), Directive::Error),
    };
    let mut text = String::new();
    for c in choices {
        let c = if descriptions {
            c
        } else {
            c.split('\t').next().unwrap_or_default().to_string()
        };
        text.push_str(&c);
        text.push('\n');
    }
    text.push_str(&format!(":{}\n", directive as u8));
    let _ = super::out(text.as_bytes());
    eprintln!("Completion ended with directive: {}", directive.name());
    0
}

/// Decides what the next word can be from the words before it.
fn want(root: &clap::Command, m: &clap::ArgMatches, before: &[String]) -> Want {
    let mut path: Vec<&str> = Vec::new();
    let mut cmd = root;
    let mut matches = m;
    while let Some((name, sub)) = matches.subcommand() {
        path.push(name);
        cmd = match cmd.find_subcommand(name) {
            Some(c) => c,
            None => return Want::Other,
        };
        matches = sub;
    }
    let positionals: Vec<String> = cmd
        .get_positionals()
        .filter_map(|a| matches.get_many::<String>(a.get_id().as_str()))
        .flatten()
        .cloned()
        .collect();
    // A flag waiting for its value.
    let flag = before.last().and_then(|last| {
        let arg = |a: &&clap::Arg| match last.strip_prefix("--") {
            Some(long) => a.get_long() == Some(long),
            None => {
                let mut c = last.chars();
                c.next() == Some('-')
                    && c.next().is_some_and(|s| a.get_short() == Some(s))
                    && c.next().is_none()
            }
        };
        cmd.get_arguments()
            .chain(root.get_arguments())
            .find(arg)
            .filter(|a| a.get_action().takes_values())
    });
    if let Some(flag) = flag {
        return match flag.get_long().unwrap_or_default() {
            "revision" => match positionals.first() {
                Some(r) => Want::Revisions(r.clone()),
                None => Want::Other,
            },
            "namespace" => Want::Namespaces,
            "kube-context" => Want::Contexts,
            "output" if output_formats(&path) => Want::Choices(
                [
                    ("json", "Output result in JSON format"),
                    ("table", "Output result in human-readable format"),
                    ("yaml", "Output result in YAML format"),
                ]
                .map(|(f, d)| (f.to_string(), d.to_string()))
                .to_vec(),
            ),
            _ => Want::Other,
        };
    }
    if cmd.has_subcommands() && positionals.is_empty() {
        return Want::Choices(
            cmd.get_subcommands()
                .filter(|s| !s.is_hide_set())
                .map(|s| {
                    let about = s.get_about().map(|a| a.to_string()).unwrap_or_default();
                    (s.get_name().to_string(), about)
                })
                .collect(),
        );
    }
    match release_args(&path) {
        None => Want::Other,
        Some(None) => Want::Releases(positionals),
        Some(Some(_)) if positionals.is_empty() => Want::Releases(Vec::new()),
        Some(Some(2)) if path == ["rollback"] && positionals.len() == 1 => {
            Want::Revisions(positionals[0].clone())
        }
        // upgrade's second argument is a chart.
        Some(Some(2)) if path == ["upgrade"] && positionals.len() == 1 => Want::Other,
        Some(Some(_)) => Want::NoMoreArgs,
    }
}

/// Release names or revisions read from the cluster, namespaces, or contexts; nothing (and
/// cobra's default directive) when the cluster cannot be read, as helm does.
fn from_cluster(ctx: &super::Ctx, want: Want) -> (Vec<String>, Directive) {
    if let Want::Contexts = want {
        // Helm lists them in Go's map order, which varies; by name here.
        let contexts = crate::cluster::load_kubeconfig(&ctx.kube_options())
            .ok()
            .flatten()
            .map(|kc| kc.contexts)
            .unwrap_or_default();
        let mut found: Vec<String> = contexts
            .into_iter()
            .map(|c| {
                let cluster = c.context.map(|c| c.cluster).unwrap_or_default();
                format!("{}\t{cluster}", c.name)
            })
            .collect();
        found.sort();
        return (found, Directive::NoFileComp);
    }
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return (Vec::new(), Directive::Error);
    };
    rt.block_on(async {
        if let Want::Namespaces = want {
            let Ok(client) = crate::cluster::client(&ctx.kube_options()).await else {
                return (Vec::new(), Directive::Default);
            };
            let api: kube::Api<k8s_openapi::api::core::v1::Namespace> = kube::Api::all(client);
            // Helm waits up to three seconds for them.
            let listed = tokio::time::timeout(
                std::time::Duration::from_secs(3),
                api.list(&kube::api::ListParams::default()),
            )
            .await;
            return match listed {
                Ok(Ok(list)) => (
                    list.items
                        .into_iter()
                        .filter_map(|n| n.metadata.name)
                        .collect(),
                    Directive::NoFileComp,
                ),
                _ => (Vec::new(), Directive::Default),
            };
        }
        let Ok(storage) = ctx.storage(false).await else {
            return (Vec::new(), Directive::Default);
        };
        match want {
            Want::Releases(given) => {
                let opts = crate::action::list::ListOptions {
                    limit: 0,
                    ..Default::default()
                };
                match crate::action::list::run(&storage, &opts).await {
                    Ok(listed) => (
                        listed
                            .value
                            .into_iter()
                            .filter(|r| !given.contains(&r.name))
                            .map(|r| format!("{}\t{} -> {}", r.name, r.chart, r.status))
                            .collect(),
                        Directive::NoFileComp,
                    ),
                    Err(_) => (Vec::new(), Directive::Default),
                }
            }
            Want::Revisions(name) => match crate::action::history::run(&storage, &name, i64::MAX)
                .await
            {
                Ok(h) => (
                    h.value
                        .into_iter()
                        .map(|r| {
                            format!("{}\tApp: {}, Chart: {}", r.revision, r.app_version, r.chart)
                        })
                        .collect(),
                    Directive::NoFileComp,
                ),
                Err(_) => (Vec::new(), Directive::Error),
            },
            _ => (Vec::new(), Directive::Default),
        }
    })
}
