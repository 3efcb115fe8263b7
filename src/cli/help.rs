//! Help in cobra's layout: the description, `Usage:`, `Aliases:`, `Available Commands:`,
//! `Flags:` (the command's own, with `-h, --help`), `Global Flags:`, each flag list sorted by
//! name and printed as pflag prints it (`  -o, --output format   … (default table)`).

use clap::{Arg, ArgAction, Command};

/// Helm's `Use` of each command: the arguments its usage line names.
const USES: &[(&str, &str)] = &[
    ("completion bash", "bash"),
    ("completion fish", "fish"),
    ("completion powershell", "powershell"),
    ("completion zsh", "zsh"),
    ("dependency build", "build CHART"),
    ("dependency list", "list CHART"),
    ("dependency update", "update CHART"),
    ("get all", "all RELEASE_NAME"),
    ("get hooks", "hooks RELEASE_NAME"),
    ("get manifest", "manifest RELEASE_NAME"),
    ("get metadata", "metadata RELEASE_NAME"),
    ("get notes", "notes RELEASE_NAME"),
    ("get values", "values RELEASE_NAME"),
    ("help", "help [command]"),
    ("history", "history RELEASE_NAME"),
    ("install", "install [NAME] [CHART]"),
    ("pull", "pull [chart URL | repo/chartname] [...]"),
    ("repo add", "add [NAME] [URL]"),
    ("repo index", "index [DIR]"),
    ("repo remove", "remove [REPO1 [REPO2 ...]]"),
    ("repo update", "update [REPO1 [REPO2 ...]]"),
    ("push", "push [chart] [remote]"),
    ("verify", "verify PATH"),
    ("registry login", "login [host]"),
    ("registry logout", "logout [host]"),
    ("rollback", "rollback <RELEASE> [REVISION]"),
    ("search repo", "repo [keyword]"),
    ("show all", "all [CHART]"),
    ("show chart", "chart [CHART]"),
    ("show crds", "crds [CHART]"),
    ("show readme", "readme [CHART]"),
    ("show values", "values [CHART]"),
    ("status", "status RELEASE_NAME"),
    ("template", "template [NAME] [CHART]"),
    ("test", "test [RELEASE]"),
    ("uninstall", "uninstall RELEASE_NAME [...]"),
    ("unlock", "unlock RELEASE_NAME"),
    ("upgrade", "upgrade [RELEASE] [CHART]"),
];

/// The values of flags given without a value, where they are not a boolean's `true`.
const NO_OPT_DEFAULTS: &[(&str, &str)] = &[("dry-run", "unset"), ("wait", "watcher")];

/// The help of the command at `path` (names from the root down, the root excluded).
pub fn render(root: &Command, path: &[&str]) -> String {
    let mut chain = vec![root];
    for name in path {
        let leaf = chain[chain.len() - 1];
        match leaf.find_subcommand(name) {
            Some(c) => chain.push(c),
            None => break,
        }
    }
    let cmd = chain[chain.len() - 1];
    let mut out = String::new();
    let desc = cmd
        .get_long_about()
        .or(cmd.get_about())
        .map(|s| s.to_string())
        .unwrap_or_default();
    let desc = desc.trim_end();
    if !desc.is_empty() {
        out.push_str(desc);
        out.push_str("\n\n");
    }
    out.push_str(&usage(root, &chain, true));
    out
}

/// Cobra's usage text (`UsageString`): everything but the description. `help_flag` adds
/// `-h, --help` to the flags, as cobra does once a command runs.
pub fn usage(root: &Command, chain: &[&Command], help_flag: bool) -> String {
    let cmd = chain[chain.len() - 1];
    let is_root = chain.len() == 1;
    let names: Vec<&str> = chain[1..].iter().map(|c| c.get_name()).collect();
    let command_path = std::iter::once(root.get_name())
        .chain(names.iter().copied())
        .collect::<Vec<_>>()
        .join(" ");
    let subs: Vec<&Command> = {
        let mut v: Vec<&Command> = cmd.get_subcommands().filter(|c| !c.is_hide_set()).collect();
        v.sort_by_key(|c| c.get_name());
        v
    };
    let runnable = subs.is_empty();
    let mut out = String::from("Usage:");
    if runnable {
        let key = names.join(" ");
        let used = USES
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, u)| u.to_string())
            .unwrap_or_else(|| cmd.get_name().to_string());
        let parent = command_path
            .rsplit_once(' ')
            .map(|(p, _)| p)
            .unwrap_or(root.get_name());
        out.push_str(&format!("\n  {parent} {used} [flags]"));
    } else {
        out.push_str(&format!("\n  {command_path} [command]"));
    }
    let aliases: Vec<&str> = cmd.get_visible_aliases().collect();
    if !aliases.is_empty() {
        out.push_str(&format!(
            "\n\nAliases:\n  {}",
            std::iter::once(cmd.get_name())
                .chain(aliases)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if !subs.is_empty() {
        let pad = subs
            .iter()
            .map(|c| c.get_name().len())
            .max()
            .unwrap_or(0)
            .max(11);
        out.push_str("\n\nAvailable Commands:");
        for c in &subs {
            let short = c.get_about().map(|s| s.to_string()).unwrap_or_default();
            out.push_str(&format!("\n  {:<pad$} {short}", c.get_name()));
        }
    }
    let globals: Vec<&Arg> = root.get_arguments().filter(|a| a.is_global_set()).collect();
    let mut local: Vec<FlagLine> = cmd
        .get_arguments()
        .filter(|a| !a.is_positional() && !a.is_hide_set() && (is_root || !a.is_global_set()))
        .flat_map(flag_lines)
        .collect();
    if help_flag {
        local.push(FlagLine {
            name: "help".into(),
            spec: "  -h, --help".into(),
            usage: format!("help for {}", cmd.get_name()),
        });
    }
    if !local.is_empty() {
        out.push_str("\n\nFlags:\n");
        out.push_str(&flag_usages(local));
    }
    if !is_root {
        let inherited: Vec<FlagLine> = globals
            .iter()
            .filter(|a| !a.is_hide_set())
            .flat_map(|a| flag_lines(a))
            .collect();
        out.push_str("\n\nGlobal Flags:\n");
        out.push_str(&flag_usages(inherited));
    }
    if !subs.is_empty() {
        out.push_str(&format!(
            "\n\nUse \"{command_path} [command] --help\" for more information about a command."
        ));
    }
    out.push('\n');
    out
}

/// One flag as pflag lists it: `spec` is `  -o, --output format[=x]`, `usage` the text and
/// default.
struct FlagLine {
    name: String,
    spec: String,
    usage: String,
}

/// The lines of one flag: itself and each visible alias (Helm's `--colour` is a flag of its own).
fn flag_lines(a: &Arg) -> Vec<FlagLine> {
    let Some(long) = a.get_long() else {
        return Vec::new();
    };
    let ty = type_name(a);
    let varname = if ty == "bool" { "" } else { ty.as_str() };
    // pflag's `NoOptDefVal`, the value of a flag given without one (clap has no getter for it).
    let mut opt = String::new();
    if let Some((_, v)) = NO_OPT_DEFAULTS.iter().find(|(l, _)| *l == long) {
        match ty.as_str() {
            "string" => opt = format!("[=\"{v}\"]"),
            "bool" => {}
            _ => opt = format!("[={v}]"),
        }
    }
    let mut usage = a.get_help().map(|s| s.to_string()).unwrap_or_default();
    if let Some(d) = default_text(a, long, &ty) {
        usage.push_str(&d);
    }
    let mut names = vec![long.to_string()];
    names.extend(
        a.get_visible_aliases()
            .unwrap_or_default()
            .iter()
            .map(|s| s.to_string()),
    );
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let mut spec = match a.get_short().filter(|_| i == 0) {
                Some(c) => format!("  -{c}, --{name}"),
                None => format!("      --{name}"),
            };
            if !varname.is_empty() {
                spec.push(' ');
                spec.push_str(varname);
            }
            spec.push_str(&opt);
            FlagLine {
                name,
                spec,
                usage: usage.clone(),
            }
        })
        .collect()
}

/// The pflag type of a flag: the `value_name` where one is given in lower case (`int`,
/// `duration`, `format`, …), else what clap's action says.
fn type_name(a: &Arg) -> String {
    if let Some(v) = a.get_value_names().and_then(|v| v.first()) {
        let v = v.as_str();
        if v.chars().any(|c| c.is_lowercase()) {
            return v.to_string();
        }
    }
    match a.get_action() {
        ArgAction::SetTrue | ArgAction::SetFalse => "bool".into(),
        ArgAction::Append if a.get_value_delimiter().is_some() => "strings".into(),
        ArgAction::Append => "stringArray".into(),
        _ => "string".into(),
    }
}

/// pflag's ` (default …)`, left out for a type's zero value.
fn default_text(a: &Arg, long: &str, ty: &str) -> Option<String> {
    let d = match a.get_default_values().first() {
        Some(d) => d.to_string_lossy().into_owned(),
        // A list flag's empty default prints as `[]`, which only pflag's own list types hide.
        None if matches!(a.get_action(), ArgAction::Append) => "[]".into(),
        None => env_default(long)?,
    };
    let zero = match ty {
        "bool" => d == "false",
        "string" => d.is_empty(),
        "int" | "uint" | "float32" => d == "0",
        "duration" => d == "0s" || d == "0",
        "stringArray" | "strings" => d == "[]",
        // template keeps every --post-renderer given, to refuse a second one as helm does.
        "postRendererString" => d == "[]" || d.is_empty(),
        _ => d.is_empty(),
    };
    if zero {
        return None;
    }
    Some(if ty == "string" {
        format!(" (default {})", gostd::strconv::quote(&d))
    } else {
        format!(" (default {d})")
    })
}

/// Defaults that come from Helm's directories and environment settings.
fn env_default(long: &str) -> Option<String> {
    let p = super::env::paths();
    Some(match long {
        "registry-config" => p.registry_config,
        "repository-config" => p.repository_config,
        "repository-cache" => p.repository_cache,
        "content-cache" => p.content_cache,
        "burst-limit" => super::env_burst_limit().to_string(),
        "history-max" => super::flags::env_max_history().to_string(),
        "color" => crate::output::color::env_mode(),
        "keyring" => crate::chart::provenance::default_keyring()
            .display()
            .to_string(),
        _ => return None,
    })
}

/// pflag's `FlagUsages`: sorted by name, the texts aligned two columns after the longest spec.
fn flag_usages(mut lines: Vec<FlagLine>) -> String {
    lines.sort_by(|a, b| a.name.cmp(&b.name));
    let width = lines.iter().map(|l| l.spec.len()).max().unwrap_or(0);
    let mut out = String::new();
    for l in &lines {
        let usage = l
            .usage
            .replace('\n', &format!("\n{}", " ".repeat(width + 3)));
        out.push_str(&format!("{:<width$}   {usage}\n", l.spec));
    }
    out.trim_end().to_string()
}
