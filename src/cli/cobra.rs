//! pflag's parsing rules and cobra's error texts on top of clap: a repeated flag takes its last
//! value, a flag's value may start with `-`, booleans take `--flag=false`, numbers parse as Go's
//! `strconv` does, and errors name a flag as `-o, --output` when it has a shorthand.

use clap::builder::ValueParser;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

/// The command tree with pflag's parsing rules applied to every command and flag.
pub fn pflag_rules(cmd: Command) -> Command {
    cmd.args_override_self(true)
        .disable_help_flag(true)
        .mut_args(pflag_arg)
        .mut_subcommands(pflag_rules)
}

/// A command's arguments with pflag's rules applied as its flags are added: the lazy command
/// tree adds a command's flags only when that command is parsed, after [`pflag_rules`] ran on
/// the root (applying the rules twice to a flag changes nothing).
#[derive(Debug)]
pub struct Pflag<T>(pub T);

impl<T: clap::Args> clap::Args for Pflag<T> {
    fn augment_args(cmd: Command) -> Command {
        pflag_rules(T::augment_args(cmd))
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        pflag_rules(T::augment_args_for_update(cmd))
    }

    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }
}

impl<T: clap::FromArgMatches> clap::FromArgMatches for Pflag<T> {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(m).map(Pflag)
    }

    fn from_arg_matches_mut(m: &mut clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches_mut(m).map(Pflag)
    }

    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(m)
    }

    fn update_from_arg_matches_mut(&mut self, m: &mut clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(m)
    }
}

fn pflag_arg(a: Arg) -> Arg {
    if a.is_positional() {
        return a;
    }
    match a.get_action() {
        // pflag's bool flags: `--flag`, `--flag=true|false|1|0|t|f…`, never `--flag value`.
        ArgAction::SetTrue => a
            .action(ArgAction::Set)
            .num_args(0..=1)
            .require_equals(true)
            .default_missing_value("true")
            .default_value("false")
            .value_parser(ValueParser::new(go_bool)),
        // pflag takes the next argument as the value, whatever it looks like (`-n -A`).
        ArgAction::Set | ArgAction::Append if !a.is_require_equals_set() => {
            a.allow_hyphen_values(true)
        }
        _ => a,
    }
}

/// Go's `strconv.ParseBool`, with its error text.
pub fn go_bool(s: &str) -> Result<bool, String> {
    gostd::strconv::parse_bool(s).ok_or_else(|| {
        format!(
            "strconv.ParseBool: parsing {}: invalid syntax",
            gostd::strconv::quote(s)
        )
    })
}

/// pflag's `UintVar`: `strconv.ParseUint(s, 0, 64)`.
pub fn go_uint(s: &str) -> Result<usize, String> {
    let v = gostd::strconv::parse_uint(s, 0).map_err(|e| e.to_string())?;
    usize::try_from(v).map_err(|_| {
        format!(
            "strconv.ParseUint: parsing {}: value out of range",
            gostd::strconv::quote(s)
        )
    })
}

/// pflag's `IntVar`: `strconv.ParseInt(s, 0, 64)` (so `0x10` and `1_000` are numbers).
pub fn go_int(s: &str) -> Result<i64, String> {
    gostd::strconv::parse_int(s, 0).map_err(|e| e.to_string())
}

/// pflag's `IntVar` for `--history-max`, where Helm treats 0 and below as "no limit".
pub fn go_count(s: &str) -> Result<usize, String> {
    Ok(usize::try_from(go_int(s)?).unwrap_or(0))
}

/// pflag's `Float32Var`: `strconv.ParseFloat(s, 32)`.
pub fn go_float32(s: &str) -> Result<f32, String> {
    let v = gostd::strconv::parse_float(s).map_err(|e| e.to_string())?;
    if v.is_finite() && (v as f32).is_infinite() {
        return Err(format!(
            "strconv.ParseFloat: parsing {}: value out of range",
            gostd::strconv::quote(s)
        ));
    }
    Ok(v as f32)
}

/// The commands named on the command line, from the root down to the one that runs.
fn active_path<'a>(root: &'a Command, argv: &[String]) -> Vec<&'a Command> {
    scan(root, argv).0
}

/// Where `-h`/`--help` appears: the token, the byte offset of `h` in a group of shorthands, and
/// the value given with `=`.
struct HelpUse {
    index: usize,
    short_at: Option<usize>,
    value: Option<String>,
}

/// Walks the command line as pflag does: the commands it names, and each `-h`/`--help`.
fn scan<'a>(root: &'a Command, argv: &[String]) -> (Vec<&'a Command>, Vec<HelpUse>) {
    let mut path = vec![root];
    let mut helps = Vec::new();
    let mut i = 0;
    while i < argv.len() {
        let at = i;
        let tok = argv[i].as_str();
        i += 1;
        if tok == "--" {
            break;
        }
        if let Some(long) = tok.strip_prefix("--") {
            if long == "help" || long.starts_with("help=") {
                helps.push(HelpUse {
                    index: at,
                    short_at: None,
                    value: long.strip_prefix("help=").map(str::to_string),
                });
            } else if !long.contains('=')
                && find_arg(&path, |a| a.get_long() == Some(long)).is_some_and(takes_separate_value)
            {
                i += 1;
            }
            continue;
        }
        if let Some(shorts) = tok.strip_prefix('-').filter(|s| !s.is_empty()) {
            // The first short flag that takes a value takes the rest of the token, or the next one.
            for (n, c) in shorts.char_indices() {
                if c == 'h' {
                    let rest = &shorts[n + 1..];
                    helps.push(HelpUse {
                        index: at,
                        short_at: Some(n + 1),
                        value: rest.strip_prefix('=').map(str::to_string),
                    });
                    if rest.starts_with('=') {
                        break;
                    }
                    continue;
                }
                if let Some(a) = find_arg(&path, |a| a.get_short() == Some(c)) {
                    if takes_separate_value(a) {
                        if n + c.len_utf8() == shorts.len() {
                            i += 1;
                        }
                        break;
                    }
                }
            }
            continue;
        }
        let leaf = path[path.len() - 1];
        if let Some(sub) = leaf
            .get_subcommands()
            .find(|s| s.get_name() == tok || s.get_all_aliases().any(|a| a == tok))
        {
            path.push(sub);
        }
    }
    (path, helps)
}

/// What `-h`/`--help` asks for: cobra's help flag is a boolean like any other.
pub enum HelpFlag {
    /// Not given, or given as false: parse these arguments (without it).
    Parse(Vec<String>),
    /// Show the help of this command (names from the root down), unless the other arguments
    /// have a flag error, which cobra reports first.
    Show(Vec<String>, Vec<String>),
    /// A value `strconv.ParseBool` cannot read.
    Invalid(String),
}

/// Finds `-h`/`--help` (with pflag's `=true|false` forms); the last one given wins.
pub fn help_flag(root: &Command, argv: &[String]) -> HelpFlag {
    let (path, helps) = scan(root, argv);
    let mut on = false;
    for h in &helps {
        match h.value.as_deref().map(go_bool).unwrap_or(Ok(true)) {
            Ok(v) => on = v,
            Err(e) => {
                return HelpFlag::Invalid(format!(
                    "invalid argument {} for \"-h, --help\" flag: {e}",
                    gostd::strconv::quote(h.value.as_deref().unwrap_or_default())
                ))
            }
        }
    }
    // Clap never sees the flag: it is dropped from what clap parses.
    let mut args = argv.to_vec();
    for h in helps.iter().rev() {
        match h.short_at {
            None => {
                args.remove(h.index);
            }
            Some(at) => {
                let tok = &args[h.index];
                let end = if h.value.is_some() { tok.len() } else { at + 1 };
                let rest = format!("{}{}", &tok[..at], &tok[end..]);
                if rest == "-" {
                    args.remove(h.index);
                } else {
                    args[h.index] = rest;
                }
            }
        }
    }
    if on {
        let names = path[1..].iter().map(|c| c.get_name().to_string()).collect();
        return HelpFlag::Show(names, args);
    }
    HelpFlag::Parse(args)
}

fn takes_separate_value(a: &Arg) -> bool {
    matches!(a.get_action(), ArgAction::Set | ArgAction::Append) && !a.is_require_equals_set()
}

/// The flag matching `pred`, looked up from the running command up to the root (global flags).
fn find_arg<'a>(path: &[&'a Command], pred: impl Fn(&Arg) -> bool) -> Option<&'a Arg> {
    path.iter()
        .rev()
        .find_map(|c| c.get_arguments().find(|a| !a.is_positional() && pred(a)))
}

/// A flag's name as pflag prints it in errors: `-o, --output` or `--output`.
fn flag_name(a: &Arg) -> String {
    let long = a.get_long().unwrap_or_default();
    match a.get_short() {
        Some(c) => format!("-{c}, --{long}"),
        None => format!("--{long}"),
    }
}

/// A clap error in the words cobra and pflag use (`unknown flag: --x`,
/// `flag needs an argument: 'n' in -n`, `invalid argument "x" for "-o, --output" flag: …`).
pub fn error_text(root: &Command, argv: &[String], e: &clap::Error) -> String {
    let ctx = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let path = active_path(root, argv);
    // `--output <OUTPUT>` or `--wait[=<WAIT>]` → the Arg.
    let arg_of = |shown: &str| {
        let long: String = shown
            .trim_start_matches('-')
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        if shown.starts_with("--") {
            find_arg(&path, |a| a.get_long() == Some(long.as_str()))
        } else {
            let c = long.chars().next();
            find_arg(&path, |a| a.get_short() == c)
        }
    };
    match e.kind() {
        ErrorKind::UnknownArgument => match ctx(ContextKind::InvalidArg) {
            Some(a) if a.starts_with("--") => {
                format!("unknown flag: {}", a.split('=').next().unwrap_or(&a))
            }
            Some(a) if a.starts_with('-') => {
                // pflag names the unknown letter and the rest of its group (`'Z' in -Zq`).
                let c = a.chars().nth(1).unwrap_or('-');
                let rest = argv
                    .iter()
                    .take_while(|t| t.as_str() != "--")
                    .filter(|t| t.starts_with('-') && !t.starts_with("--"))
                    .find_map(|t| t[1..].find(c).map(|i| t[1 + i..].to_string()))
                    .unwrap_or_else(|| c.to_string());
                format!("unknown shorthand flag: '{c}' in -{rest}")
            }
            _ => first_line(e),
        },
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let (Some(shown), Some(val)) =
                (ctx(ContextKind::InvalidArg), ctx(ContextKind::InvalidValue))
            else {
                return first_line(e);
            };
            let Some(arg) = arg_of(&shown) else {
                return first_line(e);
            };
            if e.kind() == ErrorKind::InvalidValue && val.is_empty() {
                // A value-taking flag last on the line.
                let last = argv
                    .iter()
                    .take_while(|t| t.as_str() != "--")
                    .last()
                    .map(String::as_str)
                    .unwrap_or("");
                return match (last.starts_with("--"), arg.get_short()) {
                    (false, Some(c)) => format!("flag needs an argument: '{c}' in -{c}"),
                    _ => format!(
                        "flag needs an argument: --{}",
                        arg.get_long().unwrap_or_default()
                    ),
                };
            }
            let reason = std::error::Error::source(e)
                .map(|s| s.to_string())
                .unwrap_or_else(|| "invalid value".to_string());
            format!(
                "invalid argument {} for \"{}\" flag: {reason}",
                gostd::strconv::quote(&val),
                flag_name(arg)
            )
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

/// What cobra does when the command line does not name a command to run: help for `--help`,
/// for a bare command group (`rhelm`, `rhelm get`) and for `rhelm get nosuch`; an unknown
/// command with the nearest names; else the flag error. Returns the exit code.
pub fn parse_failed(root: &Command, argv: &[String], e: &clap::Error) -> u8 {
    let path = active_path(root, argv);
    let names: Vec<&str> = path[1..].iter().map(|c| c.get_name()).collect();
    let help_root = <super::Cli as clap::CommandFactory>::command();
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {}
        ErrorKind::InvalidSubcommand if path.len() > 1 => {}
        ErrorKind::InvalidSubcommand => {
            let typed = match e.get(ContextKind::InvalidSubcommand) {
                Some(ContextValue::String(s)) => s.clone(),
                _ => String::new(),
            };
            eprintln!("{}", unknown_command(root, &typed));
            return 1;
        }
        _ => {
            eprintln!("Error: {}", error_text(root, argv, e));
            return 1;
        }
    }
    let text = super::help::render(&help_root, &names);
    match super::out(text.as_bytes()) {
        Ok(()) => 0,
        Err(_) => 1,
    }
}

/// Cobra's error for an unknown command, with its suggestions (names within two edits, or
/// starting with what was typed).
fn unknown_command(root: &Command, typed: &str) -> String {
    let lower = typed.to_lowercase();
    let mut names: Vec<&str> = root
        .get_subcommands()
        .filter(|c| !c.is_hide_set() && c.get_name() != "help")
        .map(|c| c.get_name())
        .collect();
    names.sort();
    let near: Vec<&str> = names
        .into_iter()
        .filter(|n| {
            levenshtein(&lower, &n.to_lowercase()) <= 2 || n.to_lowercase().starts_with(&lower)
        })
        .collect();
    let name = root.get_name();
    let mut msg = format!(
        "Error: unknown command {} for \"{name}\"",
        gostd::strconv::quote(typed)
    );
    if !near.is_empty() {
        msg.push_str("\n\nDid you mean this?\n");
        for n in near {
            msg.push_str(&format!("\t{n}\n"));
        }
    }
    msg.push_str(&format!("\nRun '{name} --help' for usage."));
    msg
}

/// Edit distance between two strings, by characters.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// `rhelm help [command…]`: that command's help, or cobra's "Unknown help topic" and the root
/// usage on stderr.
pub fn help_command(args: &[String]) -> anyhow::Result<()> {
    let root = <super::Cli as clap::CommandFactory>::command();
    let mut names: Vec<String> = Vec::new();
    let mut cur = &root;
    for a in args {
        match cur.find_subcommand(a) {
            Some(c) => {
                names.push(c.get_name().to_string());
                cur = c;
            }
            None if names.is_empty() => {
                let topics: Vec<String> = args.iter().map(|a| format!("`{a}`")).collect();
                eprint!(
                    "Unknown help topic [{}]\n{}",
                    topics.join(" "),
                    super::help::usage(&root, &[&root], false)
                );
                return Ok(());
            }
            None => break,
        }
    }
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    super::out(super::help::render(&root, &names).as_bytes())
}

/// Helm's `MarkFlagsMutuallyExclusive` groups, by command (each group in declared order).
const EXCLUSIVE_GROUPS: &[(&str, &[&[&str]])] = &[
    (
        "install",
        &[
            &["force-replace", "force-conflicts"],
            &["force", "force-conflicts"],
        ],
    ),
    (
        "upgrade",
        &[
            &["force-replace", "force-conflicts"],
            &["force", "force-conflicts"],
        ],
    ),
    (
        "rollback",
        &[
            &["force-replace", "force-conflicts"],
            &["force", "force-conflicts"],
        ],
    ),
    // template shares install's flags, and their groups (`addInstallFlags`).
    (
        "template",
        &[
            &["force-replace", "force-conflicts"],
            &["force", "force-conflicts"],
            &["validate", "dry-run"],
        ],
    ),
];

/// pflag's notices for the deprecated flags of `command` on this process's command line, in
/// the order given (pflag prints one each time it sets such a flag).
pub fn deprecation_notices(command: &str) -> Vec<String> {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    notices_in(command, &argv)
}

/// [`deprecation_notices`] for the command line `argv`.
fn notices_in(command: &str, argv: &[String]) -> Vec<String> {
    argv.iter()
        .take_while(|t| t.as_str() != "--")
        .filter_map(|t| {
            let flag = t.strip_prefix("--")?.split('=').next()?;
            DEPRECATED
                .iter()
                .find(|(c, f, _)| *c == command && *f == flag)
                .map(|(_, f, use_)| format!("Flag --{f} has been deprecated, {use_}"))
        })
        .collect()
}

/// Deprecated flags (of every command that has any), and pflag's notice for each.
const DEPRECATED: &[(&str, &str, &str)] = &[
    ("install", "atomic", "use --rollback-on-failure instead"),
    ("install", "force", "use --force-replace instead"),
    ("upgrade", "atomic", "use --rollback-on-failure instead"),
    ("upgrade", "force", "use --force-replace instead"),
    ("rollback", "force", "use --force-replace instead"),
    ("template", "atomic", "use --rollback-on-failure instead"),
    ("template", "force", "use --force-replace instead"),
    ("template", "validate", "use '--dry-run=server' instead"),
];

/// Cobra's `ValidateFlagGroups` for mutually exclusive flags: the first group (by its
/// space-joined names, as cobra sorts them) with more than one flag given on the command line.
/// The error comes with the deprecation notices pflag printed while parsing, as helm's does.
pub fn exclusive_flags_error(root: &Command, argv: &[String]) -> Option<String> {
    let path = active_path(root, argv);
    let name = path.last()?.get_name();
    let groups = EXCLUSIVE_GROUPS.iter().find(|(c, _)| *c == name)?.1;
    let notices: Vec<String> = notices_in(name, argv)
        .into_iter()
        .map(|n| n + "\n")
        .collect();
    let given = |flag: &str| {
        argv.iter().take_while(|t| t.as_str() != "--").any(|t| {
            t.strip_prefix("--")
                .is_some_and(|l| l == flag || l.split_once('=').is_some_and(|(n, _)| n == flag))
        })
    };
    let mut keyed: Vec<(String, &[&str])> = groups.iter().map(|g| (g.join(" "), *g)).collect();
    keyed.sort();
    keyed.into_iter().find_map(|(key, group)| {
        let mut set: Vec<&str> = group.iter().copied().filter(|f| given(f)).collect();
        (set.len() > 1).then(|| {
            set.sort_unstable();
            format!(
                "{}Error: if any flags in the group [{key}] are set none of the others can be; [{}] were all set",
                notices.concat(),
                set.join(" ")
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_numbers_and_bools() {
        assert_eq!(go_int("0x10"), Ok(16));
        assert_eq!(go_int("1_000"), Ok(1000));
        assert_eq!(
            go_int("abc").unwrap_err(),
            "strconv.ParseInt: parsing \"abc\": invalid syntax"
        );
        assert_eq!(
            go_int("99999999999999999999").unwrap_err(),
            "strconv.ParseInt: parsing \"99999999999999999999\": value out of range"
        );
        assert_eq!(go_bool("T"), Ok(true));
        assert_eq!(go_bool("0"), Ok(false));
        assert_eq!(
            go_bool("yes").unwrap_err(),
            "strconv.ParseBool: parsing \"yes\": invalid syntax"
        );
        assert_eq!(go_float32("2.5"), Ok(2.5));
        assert_eq!(
            go_float32("1e39").unwrap_err(),
            "strconv.ParseFloat: parsing \"1e39\": value out of range"
        );
    }
}
