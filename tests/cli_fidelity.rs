//! The command line as a user meets it, compared with the real helm 4.1.4: list order and its
//! ties, flags as cobra parses them, the small commands (`version`, `env`, `completion`, `help`),
//! help layout and the error texts. Cases that need no cluster use the memory driver and only
//! the helm 4 binary; the others need the control plane (see tests/common).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{helm4_binary, testenv};

fn fixture(p: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cli")
        .join(p)
        .to_string_lossy()
        .into_owned()
}

fn rhelm_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_rhelm"))
}

/// Exit code, stdout and stderr of one run.
#[derive(Debug, PartialEq, Eq, Clone)]
struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `bin` with a clean Helm environment plus `vars`.
fn run(bin: &Path, vars: &[(&str, &str)], args: &[&str]) -> Out {
    let home = std::env::temp_dir().join(format!("cli-fidelity-home-{}", std::process::id()));
    let mut c = Command::new(bin);
    for k in [
        "HELM_NAMESPACE",
        "HELM_DRIVER",
        "HELM_DEBUG",
        "HELM_KUBECONTEXT",
        "HELM_KUBEAPISERVER",
        "HELM_KUBETOKEN",
        "HELM_COLOR",
        "HELM_MEMORY_DRIVER_DATA",
    ] {
        c.env_remove(k);
    }
    c.env("KUBECONFIG", "/nonexistent-rhelm-test-kubeconfig")
        .env("HELM_CONFIG_HOME", home.join("config"))
        .env("HELM_CACHE_HOME", home.join("cache"))
        .env("HELM_DATA_HOME", home.join("data"))
        .env("NO_COLOR", "1");
    for (k, v) in vars {
        c.env(k, v);
    }
    let out = c.args(args).output().expect("run binary");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Collects differences so one run reports all of them.
struct Diffs(Vec<String>);

impl Diffs {
    fn check(&mut self, what: &str, ours: &Out, theirs: &Out) {
        if ours != theirs {
            self.0.push(format!(
                "`{what}`: exit {} vs {}\n--- rhelm stdout\n{}--- helm stdout\n{}--- rhelm stderr\n{}--- helm stderr\n{}",
                ours.code, theirs.code, ours.stdout, theirs.stdout, ours.stderr, theirs.stderr
            ));
        }
    }

    fn finish(self) {
        assert!(
            self.0.is_empty(),
            "{} differences from helm 4:\n\n{}",
            self.0.len(),
            self.0.join("\n\n")
        );
    }
}

/// Helm's `TestListCmd` cases (their golden files `pkg/cmd/testdata/output/list-*.txt`) and
/// the neighbours of every sort flag, replayed against the memory driver with both binaries.
#[test]
fn list_orders_and_ties_match_helm4() {
    let Some(helm4) = helm4_binary() else { return };
    let main = fixture("list-cmd.yaml");
    let revisions = fixture("list-revisions.yaml");
    let mut diffs = Diffs(Vec::new());
    let cases: &[(&str, &[&str])] = &[
        (&main, &[]),
        (&main, &["--no-headers"]),
        (&main, &["--date"]),
        (&main, &["--failed"]),
        (&main, &["--filter=.*"]),
        (&main, &["--max", "1"]),
        (&main, &["--offset", "1"]),
        (&main, &["--pending"]),
        (&main, &["--reverse"]),
        (&main, &["--date", "--reverse"]),
        (&main, &["--short"]),
        (&main, &["--short", "--output", "yaml"]),
        (&main, &["--short", "--output", "json"]),
        (&main, &["--deployed", "--failed"]),
        (&main, &["--superseded"]),
        (&main, &["--uninstalled"]),
        (&main, &["--uninstalling"]),
        (&main, &["-n", "milano"]),
        // Neighbours: every sort with paging, short forms and other formats.
        (&main, &["-d", "-m", "3"]),
        (&main, &["-d", "--offset", "2", "-m", "2"]),
        (&main, &["-d", "-r", "--offset", "3"]),
        (&main, &["-r", "-m", "2", "--offset", "1"]),
        (&main, &["-d", "-q"]),
        (&main, &["-d", "-r", "-o", "json"]),
        (&main, &["-d", "-o", "yaml"]),
        (&main, &["-m", "0"]),
        (&main, &["-m", "-1", "-d"]),
        (&main, &["--offset", "99"]),
        (&revisions, &["--superseded"]),
        (&revisions, &["--superseded", "-r"]),
        (&revisions, &["--superseded", "-d"]),
        (&revisions, &["--superseded", "-d", "-r"]),
    ];
    for (data, args) in cases {
        let vars = [
            ("HELM_DRIVER", "memory"),
            ("HELM_MEMORY_DRIVER_DATA", *data),
        ];
        let mut full = vec!["list"];
        full.extend_from_slice(args);
        let theirs = run(&helm4, &vars, &full);
        assert_eq!(theirs.code, 0, "helm failed on {full:?}: {}", theirs.stderr);
        // Helm's sort of these small lists is stable, so one run of helm is its answer.
        for _ in 0..3 {
            diffs.check(&full.join(" "), &run(&rhelm_bin(), &vars, &full), &theirs);
        }
    }
    diffs.finish();
}

/// `list -A` with one release name in two namespaces: helm prints the two in either order from
/// run to run; rhelm always prints them by namespace (reversed with `-r`), and the rest as helm.
#[test]
fn list_all_namespaces_orders_same_names_by_namespace() {
    let Some(env) = testenv() else { return };
    let kubeconfig = env.kubeconfig.to_string_lossy().into_owned();
    let data = fixture("list-cmd.yaml");
    let vars = [
        ("HELM_DRIVER", "memory"),
        ("HELM_MEMORY_DRIVER_DATA", data.as_str()),
        ("KUBECONFIG", kubeconfig.as_str()),
    ];
    let starlords = |o: &Out| -> Vec<String> {
        o.stdout
            .lines()
            .filter(|l| l.starts_with("starlord"))
            .map(|l| l.split('\t').nth(1).unwrap_or("").trim().to_string())
            .collect()
    };
    let mask = |o: &Out| -> Out {
        let mut o = o.clone();
        o.stdout = o
            .stdout
            .lines()
            .map(|l| {
                if l.starts_with("starlord") {
                    l.replace("milano ", "NS     ")
                        .replace("default", "NS     ")
                } else {
                    l.to_string()
                }
            })
            .map(|l| l + "\n")
            .collect();
        o
    };
    let mut diffs = Diffs(Vec::new());
    for (args, expect) in [
        (&["list", "-A"][..], ["default", "milano"]),
        (&["list", "-A", "-d"], ["default", "milano"]),
        (&["list", "-A", "-r"], ["milano", "default"]),
        (&["list", "-A", "-d", "-r"], ["milano", "default"]),
    ] {
        let theirs = run(&env.helm4, &vars, args);
        assert_eq!(theirs.code, 0, "helm failed on {args:?}: {}", theirs.stderr);
        for _ in 0..3 {
            let ours = run(&rhelm_bin(), &vars, args);
            assert_eq!(starlords(&ours), expect, "{args:?}:\n{}", ours.stdout);
            diffs.check(&args.join(" "), &mask(&ours), &mask(&theirs));
        }
    }
    diffs.finish();
}

/// Runs both binaries on the memory driver (no cluster) and records any difference.
fn compare_memory(diffs: &mut Diffs, helm4: &Path, args: &[&str]) {
    let data = fixture("list-cmd.yaml");
    let vars = [
        ("HELM_DRIVER", "memory"),
        ("HELM_MEMORY_DRIVER_DATA", data.as_str()),
    ];
    let theirs = run(helm4, &vars, args);
    let ours = as_helm(&run(&rhelm_bin(), &vars, args));
    diffs.check(&args.join(" "), &ours, &theirs);
}

/// Flags parsed as pflag parses them, with cobra's error texts: a repeated flag takes its last
/// value, values may start with `-`, booleans take `=false`, numbers are Go's, and a flag with
/// a shorthand is named `-o, --output`.
#[test]
fn flags_parse_and_fail_as_in_helm4() {
    let Some(helm4) = helm4_binary() else { return };
    let chart = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/read/chart")
        .to_string_lossy()
        .into_owned();
    let c = chart.as_str();
    let mut diffs = Diffs(Vec::new());
    let cases: &[&[&str]] = &[
        &["list", "-o", "xml"],
        &["list", "--output=xml"],
        &["get", "values", "starlord", "-o", "xml"],
        &["list", "-n", "nope", "-n", "milano"],
        &["list", "--namespace", "nope", "--namespace=milano"],
        &["list", "-q", "-q", "--debug", "--debug=false"],
        &["list", "-n"],
        &["list", "--namespace"],
        &["list", "-o"],
        &["list", "-qn"],
        &["list", "-n", "-A"],
        &["status", "starlord", "--revision", "abc"],
        &["status", "starlord", "--revision", "1.5"],
        &["get", "values", "starlord", "--revision"],
        &["history", "starlord", "--max", "abc"],
        &["list", "-m", "abc"],
        &["list", "--max", "99999999999999999999"],
        &["list", "--max", "0x2"],
        &["list", "--max", "1_0"],
        &["list", "--offset=x"],
        &["list", "--debug=bogus"],
        &["list", "-d=bogus"],
        &["list", "-qd=false"],
        &["list", "-dq=0"],
        &["list", "-Z"],
        &["list", "-qZ"],
        &["list", "-Zq"],
        &["list", "--zz"],
        &["list", "--zz=1"],
        &["install", "x", c, "--dry-run=bogus"],
        &[
            "install",
            "x",
            c,
            "--dry-run=T",
            "-o",
            "json",
            "--wait=bogus",
        ],
        &["upgrade", "x", c, "--dry-run=bogus"],
        &["upgrade", "x", c, "--history-max", "abc"],
        &["upgrade", "x", c, "--timeout", "5"],
        &["rollback", "starlord", "--dry-run=bogus"],
        &["uninstall", "starlord", "--dry-run=bogus"],
        &["list", "--color", "purple"],
        &["list", "--colour=purple"],
        &["status", "starlord", "--color", "never"],
        // Every global flag of helm is accepted.
        &["list", "--kube-ca-file", "/nonexistent-ca.crt"],
        &["list", "--burst-limit", "10", "--qps", "5.5"],
        &["list", "--burst-limit", "abc"],
        &["list", "--qps", "abc"],
        &["list", "--qps", "1e39"],
        &[
            "list",
            "--registry-config",
            "/x",
            "--repository-config",
            "/y",
            "--repository-cache",
            "/z",
            "--content-cache",
            "/w",
        ],
        &["list", "--kube-insecure-skip-tls-verify=nope"],
        &["list", "--kube-as-group"],
        // -h/--help is a boolean flag too, and a flag error comes before the help.
        &["list", "--help=false", "-q"],
        &["list", "-qh=0"],
        &["list", "-h=x"],
        &["list", "--zz", "--help"],
        &["list", "-o", "xml", "-h"],
        &["nosuch", "--help"],
    ];
    for args in cases {
        compare_memory(&mut diffs, &helm4, args);
    }
    diffs.finish();
}

/// Every flag of every command helm also has, with no value, with a bad number or a bad
/// boolean: the same error text as helm's.
#[test]
fn every_flag_error_names_the_flag_as_helm4_does() {
    use clap::CommandFactory;
    let Some(helm4) = helm4_binary() else { return };
    let root = rhelm::cli::Cli::command();
    let globals: Vec<clap::Arg> = root.get_arguments().cloned().collect();
    let mut commands: Vec<(Vec<String>, &clap::Command)> = Vec::new();
    for sub in root.get_subcommands() {
        if sub.has_subcommands() {
            for s in sub.get_subcommands() {
                commands.push((vec![sub.get_name().into(), s.get_name().into()], s));
            }
        } else {
            commands.push((vec![sub.get_name().into()], sub));
        }
    }
    let mut diffs = Diffs(Vec::new());
    let mut checked = 0;
    for (path, cmd) in &commands {
        // Commands helm does not have are rhelm's own.
        let probe: Vec<&str> = path.iter().map(String::as_str).chain(["--help"]).collect();
        if run(&helm4, &[], &probe).code != 0 {
            continue;
        }
        let args = cmd.get_arguments().chain(globals.iter());
        // helm 4's --post-renderer names a plugin, looked up while parsing; rhelm's runs a
        // program (helm 3's meaning), so its errors differ on purpose.
        let own = |a: &clap::Arg| a.get_long() == Some("post-renderer");
        for a in args.filter(|a| !a.is_positional() && a.get_long().is_some() && !own(a)) {
            let long = format!("--{}", a.get_long().unwrap());
            let takes_value = a.get_num_args().is_some_and(|n| n.min_values() > 0)
                || !matches!(a.get_action(), clap::ArgAction::SetTrue);
            let mut tries: Vec<Vec<String>> = Vec::new();
            if matches!(a.get_action(), clap::ArgAction::SetTrue) {
                tries.push(vec![format!("{long}=bogus")]);
            } else if takes_value && !a.is_require_equals_set() {
                tries.push(vec![long.clone()]);
                if let Some(c) = a.get_short() {
                    tries.push(vec![format!("-{c}")]);
                }
                tries.push(vec![long.clone(), "x1".into()]);
            } else {
                tries.push(vec![format!("{long}=bogus")]);
            }
            for t in tries {
                let full: Vec<&str> = path
                    .iter()
                    .map(String::as_str)
                    .chain(t.iter().map(String::as_str))
                    .collect();
                let data = fixture("list-cmd.yaml");
                let vars = [
                    ("HELM_DRIVER", "memory"),
                    ("HELM_MEMORY_DRIVER_DATA", data.as_str()),
                ];
                let theirs = run(&helm4, &vars, &full);
                // A flag helm lacks is rhelm's own; what a valid value does is other tests' work.
                let first = theirs.stderr.lines().next().unwrap_or("");
                if first.starts_with("Error: unknown flag")
                    || !(first.contains("\" flag: ")
                        || first.contains("flag needs an argument")
                        || first.contains("dry-run"))
                {
                    continue;
                }
                checked += 1;
                diffs.check(&full.join(" "), &run(&rhelm_bin(), &vars, &full), &theirs);
            }
        }
    }
    assert!(checked > 50, "only {checked} flag errors compared");
    diffs.finish();
}

/// rhelm's output with its name written as helm's, to compare layouts.
fn as_helm(o: &Out) -> Out {
    Out {
        code: o.code,
        stdout: o.stdout.replace("rhelm", "helm"),
        stderr: o.stderr.replace("rhelm", "helm"),
    }
}

/// The sections of a help text from `Usage:` on (the description is each tool's own words).
fn sections(help: &str) -> Vec<(String, Vec<String>)> {
    let start = help.find("Usage:").expect("a Usage: section");
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in help[start..].lines() {
        if !line.is_empty() && !line.starts_with(' ') {
            out.push((line.to_string(), Vec::new()));
        } else if let Some(last) = out.last_mut() {
            if !line.is_empty() {
                last.1.push(line.to_string());
            }
        }
    }
    out
}

/// A flag line's name/type column and its default: `  -o, --output format` and
/// `(default table)`.
fn flag_spec(line: &str) -> (String, String) {
    let from = line.find("--").unwrap_or(0);
    let end = line[from..].find("   ").map_or(line.len(), |i| from + i);
    let spec = line[..end].trim_end().to_string();
    let default = line
        .rfind(" (default ")
        .map(|i| line[i..].to_string())
        .unwrap_or_default();
    (spec, default)
}

/// `--help` lays out as helm's: the same sections in the same order, the same usage line and
/// aliases, `Global Flags:` byte for byte, and each flag both have with the same name,
/// shorthand, type and default, in the same (sorted) order.
#[test]
fn help_layout_matches_helm4() {
    let Some(helm4) = helm4_binary() else { return };
    let mut problems = Vec::new();
    let commands: &[&[&str]] = &[
        &[],
        &["list"],
        &["history"],
        &["status"],
        &["get"],
        &["get", "all"],
        &["get", "values"],
        &["get", "manifest"],
        &["get", "hooks"],
        &["get", "notes"],
        &["get", "metadata"],
        &["install"],
        &["upgrade"],
        &["rollback"],
        &["uninstall"],
        &["test"],
        &["template"],
        &["version"],
        &["env"],
        &["completion"],
        &["completion", "zsh"],
        &["dependency"],
        &["dependency", "list"],
        &["dependency", "update"],
        &["dependency", "build"],
        &["repo"],
        &["repo", "add"],
        &["repo", "list"],
        &["repo", "update"],
        &["repo", "remove"],
        &["repo", "index"],
        &["search", "repo"],
        &["show"],
        &["show", "all"],
        &["show", "chart"],
        &["show", "readme"],
        &["show", "crds"],
        &["registry"],
        &["registry", "login"],
        &["registry", "logout"],
        &["push"],
    ];
    for path in commands {
        let mut args: Vec<&str> = path.to_vec();
        args.push("--help");
        let theirs = run(&helm4, &[], &args);
        let ours = as_helm(&run(&rhelm_bin(), &[], &args));
        let what = args.join(" ");
        if ours.code != 0 || !ours.stderr.is_empty() {
            problems.push(format!("{what}: exit {} {}", ours.code, ours.stderr));
            continue;
        }
        // `rhelm help CMD` is `rhelm CMD --help`.
        let mut help_args = vec!["help"];
        help_args.extend_from_slice(path);
        let via_help = as_helm(&run(&rhelm_bin(), &[], &help_args));
        if via_help != ours {
            problems.push(format!("`help {}` differs from `{what}`", path.join(" ")));
        }
        let (h, r) = (sections(&theirs.stdout), sections(&ours.stdout));
        let names = |s: &[(String, Vec<String>)]| s.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
        if names(&h) != names(&r) {
            problems.push(format!(
                "{what}: sections {:?} vs helm's {:?}",
                names(&r),
                names(&h)
            ));
            continue;
        }
        for ((title, hl), (_, rl)) in h.iter().zip(&r) {
            match title.as_str() {
                "Usage:" | "Aliases:" if hl != rl => {
                    problems.push(format!("{what}: {title} {rl:?} vs helm's {hl:?}"))
                }
                "Global Flags:" if hl != rl => problems.push(format!(
                    "{what}: Global Flags:\n{}\nvs helm's\n{}",
                    rl.join("\n"),
                    hl.join("\n")
                )),
                "Flags:" => {
                    let hs: Vec<(String, String)> = hl.iter().map(|l| flag_spec(l)).collect();
                    let rs: Vec<(String, String)> = rl.iter().map(|l| flag_spec(l)).collect();
                    let name = |s: &str| {
                        s.split("--")
                            .nth(1)
                            .unwrap_or("")
                            .split([' ', '['])
                            .next()
                            .unwrap_or("")
                            .to_string()
                    };
                    let common_h: Vec<&(String, String)> = hs
                        .iter()
                        .filter(|x| rs.iter().any(|y| name(&y.0) == name(&x.0)))
                        .collect();
                    let common_r: Vec<&(String, String)> = rs
                        .iter()
                        .filter(|x| hs.iter().any(|y| name(&y.0) == name(&x.0)))
                        .collect();
                    if common_h != common_r {
                        problems.push(format!(
                            "{what}: flags\n{common_r:#?}\nvs helm's\n{common_h:#?}"
                        ));
                    }
                }
                "Available Commands:" => {
                    let cmd = |l: &String| l.split_whitespace().next().unwrap_or("").to_string();
                    let mut last = String::new();
                    for l in rl {
                        if cmd(l) < last {
                            problems.push(format!("{what}: commands not sorted at {l}"));
                        }
                        last = cmd(l);
                        // Same padding: the description starts in helm's column.
                        if let Some(hline) = hl.iter().find(|x| cmd(x) == cmd(l)) {
                            let col = |s: &str| {
                                s[2..].find(' ').map(|i| {
                                    i + 2 + s[2 + i..].len() - s[2 + i..].trim_start().len()
                                })
                            };
                            if col(hline) != col(l) {
                                problems.push(format!("{what}: {l:?} vs helm's {hline:?}"));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    // Defaults that come from the environment show as helm shows them.
    for (args, vars, flag) in [
        (
            ["list", "--help"],
            [("HELM_BURST_LIMIT", "7")],
            "--burst-limit",
        ),
        (
            ["upgrade", "--help"],
            [("HELM_MAX_HISTORY", "3")],
            "--history-max",
        ),
        (["status", "--help"], [("HELM_COLOR", "always")], "--color"),
    ] {
        let line = |o: Out| {
            o.stdout
                .lines()
                .find(|l| l.contains(flag))
                .map(str::to_string)
        };
        let (h, r) = (
            line(run(&helm4, &vars, &args)),
            line(run(&rhelm_bin(), &vars, &args)),
        );
        if h != r || h.is_none() {
            problems.push(format!("{vars:?} {args:?}: {r:?} vs helm's {h:?}"));
        }
    }
    // `rhelm` and `rhelm get` alone print their help and exit 0, as helm does.
    for (alone, full) in [(&["get"][..], &["get", "--help"][..]), (&[], &["--help"])] {
        let a = run(&rhelm_bin(), &[], alone);
        let f = run(&rhelm_bin(), &[], full);
        let h = run(&helm4, &[], alone);
        if a != f || h.code != 0 || a.code != 0 {
            problems.push(format!(
                "`{}` alone: exit {} (helm {})",
                alone.join(" "),
                a.code,
                h.code
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// `version`, `env`, `completion`, unknown commands and `help` topics, as helm has them.
#[test]
fn small_commands_match_helm4() {
    let Some(helm4) = helm4_binary() else { return };
    let mut diffs = Diffs(Vec::new());
    let same = |diffs: &mut Diffs, args: &[&str], vars: &[(&str, &str)]| {
        let theirs = run(&helm4, vars, args);
        let ours = as_helm(&run(&rhelm_bin(), vars, args));
        diffs.check(&args.join(" "), &ours, &theirs);
    };
    // Unknown commands, with cobra's suggestions (cases where helm's candidates are commands
    // rhelm has too).
    for cmd in [
        "stat", "foo", "instal", "unistall", "rollbak", "histroy", "templat", "upgrad",
    ] {
        same(&mut diffs, &[cmd], &[]);
    }
    // An unknown help topic: cobra's line and the root usage (without -h) on stderr, exit 0.
    for o in [
        run(&helm4, &[], &["help", "nosuch"]),
        as_helm(&run(&rhelm_bin(), &[], &["help", "nosuch"])),
    ] {
        assert_eq!(o.code, 0);
        assert!(o.stdout.is_empty());
        let start =
            "Unknown help topic [`nosuch`]\nUsage:\n  helm [command]\n\nAvailable Commands:\n";
        assert!(o.stderr.starts_with(start), "{}", o.stderr);
        assert!(!o.stderr.contains("--help "), "{}", o.stderr);
    }
    same(&mut diffs, &["version", "extra"], &[]);
    // A HELM_MAX_HISTORY that is no number is ignored, as helm's envIntOr does.
    let data = fixture("list-cmd.yaml");
    let chart = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/read/chart")
        .to_string_lossy()
        .into_owned();
    same(
        &mut diffs,
        &["env", "HELM_MAX_HISTORY"],
        &[("HELM_MAX_HISTORY", "abc")],
    );
    let vars = [
        ("HELM_MAX_HISTORY", "abc"),
        ("HELM_DRIVER", "memory"),
        ("HELM_MEMORY_DRIVER_DATA", data.as_str()),
    ];
    let up = run(&rhelm_bin(), &vars, &["upgrade", "nosuch", &chart]);
    assert!(!up.stderr.contains("history-max"), "{}", up.stderr);
    same(&mut diffs, &["env", "a", "b"], &[]);
    same(
        &mut diffs,
        &["completion", "bash", "--no-descriptions=x"],
        &[],
    );
    // `helm env` with rhelm's values: all but HELM_BIN (the binary's own path) as helm's.
    let strip_bin = |o: Out| Out {
        stdout: o
            .stdout
            .lines()
            .filter(|l| !l.starts_with("HELM_BIN="))
            .map(|l| format!("{l}\n"))
            .collect(),
        ..o
    };
    for (args, vars) in [
        (&["env"][..], &[][..]),
        // (Not --kube-as-group: helm 4 parses the flags twice and prints each group twice.)
        (
            &[
                "env",
                "-n",
                "prod",
                "--burst-limit",
                "7",
                "--qps",
                "2.5",
                "--kubeconfig",
                "/x",
                "--debug",
                "--registry-config",
                "/r",
            ],
            &[],
        ),
        (
            &["env"],
            &[
                ("HELM_CACHE_HOME", "/c//"),
                ("XDG_CONFIG_HOME", "/xdg"),
                ("HELM_DEBUG", "T"),
                ("HELM_QPS", "x"),
                ("HELM_MAX_HISTORY", "3"),
                ("HELM_KUBEASGROUPS", ",g1,g2, "),
                ("HELM_KUBEINSECURE_SKIP_TLS_VERIFY", "yes"),
            ],
        ),
    ] {
        let theirs = strip_bin(run(&helm4, vars, args));
        let ours = strip_bin(run(&rhelm_bin(), vars, args));
        diffs.check(&args.join(" "), &ours, &theirs);
    }
    for v in ["HELM_NAMESPACE", "HELM_QPS", "NOPE"] {
        let args = ["env", v, "-n", "x"];
        let theirs = run(&helm4, &[], &args);
        diffs.check(&args.join(" "), &run(&rhelm_bin(), &[], &args), &theirs);
    }
    diffs.finish();

    // `version`: rhelm's own facts in helm's layout.
    let full = run(&rhelm_bin(), &[], &["version"]).stdout;
    let helm_full = run(&helm4, &[], &["version"]).stdout;
    let keys = |s: &str| -> Vec<String> {
        s.split([',', '{'])
            .filter_map(|f| f.trim().split_once(':').map(|(k, _)| k.to_string()))
            .collect()
    };
    assert!(full.starts_with("version.BuildInfo{Version:\"v"), "{full}");
    assert!(full.ends_with("}\n"), "{full}");
    assert_eq!(keys(&full), keys(&helm_full), "{full} vs {helm_full}");
    let short = run(&rhelm_bin(), &[], &["version", "--short"]).stdout;
    let version = run(
        &rhelm_bin(),
        &[],
        &["version", "--template", "{{.Version}}"],
    )
    .stdout;
    let commit = run(
        &rhelm_bin(),
        &[],
        &["version", "--template", "{{.GitCommit}}"],
    )
    .stdout;
    assert!(
        version.starts_with('v') && !version.ends_with('\n'),
        "{version:?}"
    );
    let expect_short = if commit.len() >= 7 {
        format!("{version}+g{}\n", &commit[..7])
    } else {
        format!("{version}\n")
    };
    assert_eq!(short, expect_short);
    assert!(full.contains(&format!("Version:\"{version}\"")), "{full}");
    let bad = run(&rhelm_bin(), &[], &["version", "--template", "{{.Version"]);
    let helm_bad = run(&helm4, &[], &["version", "--template", "{{.Version"]);
    assert_eq!((bad.code, bad.stderr), (helm_bad.code, helm_bad.stderr));
}

/// The completion scripts load in their shell and complete commands and flags.
#[test]
fn completion_scripts_complete_commands_and_flags() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let o = run(&rhelm_bin(), &[], &["completion", shell]);
        assert_eq!(o.code, 0, "{shell}: {}", o.stderr);
        assert!(
            o.stdout.contains("rhelm") && o.stdout.contains("rollback"),
            "{shell}"
        );
    }
    if Command::new("bash").arg("--version").output().is_err() {
        eprintln!("skipped: no bash to load the script");
        return;
    }
    let script = format!(
        "source <({bin} completion bash)\n\
         COMP_WORDS=(rhelm li); COMP_CWORD=1; _rhelm rhelm li rhelm; echo \"${{COMPREPLY[@]}}\"\n\
         COMP_WORDS=(rhelm list --ti); COMP_CWORD=2; _rhelm rhelm --ti list; echo \"${{COMPREPLY[@]}}\"\n",
        bin = rhelm_bin().display()
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "list\n--time-format\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A copy of the test kubeconfig whose cluster is at `server`.
fn kubeconfig_with_server(env: &common::TestEnv, dir: &Path, server: &str) -> String {
    let text = std::fs::read_to_string(&env.kubeconfig).unwrap();
    let changed: String = text
        .lines()
        .map(|l| match l.find("server:") {
            Some(i) => format!("{}server: {server}\n", &l[..i]),
            None => format!("{l}\n"),
        })
        .collect();
    let path = dir.join(format!("kubeconfig-{}", server.replace([':', '/'], "_")));
    std::fs::write(&path, changed).unwrap();
    path.to_string_lossy().into_owned()
}

/// A server that cannot be reached is named as helm names it: a refused connection, a
/// certificate for another name, an unknown CA, a TLS handshake that never ends, a missing
/// context, a missing kubeconfig.
#[test]
fn unreachable_servers_are_named_as_helm4_names_them() {
    let Some(env) = testenv() else { return };
    let dir = tempfile::tempdir().unwrap();
    let kc = env.kubeconfig.to_string_lossy().into_owned();
    // A port with nothing listening, and one that accepts but never answers.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_port = silent.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for c in silent.incoming().flatten() {
            held.push(c);
        }
    });
    let refused = kubeconfig_with_server(&env, dir.path(), &format!("https://127.0.0.1:{closed}"));
    let hanging = kubeconfig_with_server(
        &env,
        dir.path(),
        &format!("https://127.0.0.1:{silent_port}"),
    );
    // A CA of our own, which signed nothing the server presents (testenv needs openssl too).
    let other_ca = dir.path().join("other-ca.crt");
    let made = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=other",
        ])
        .arg("-keyout")
        .arg(dir.path().join("other-ca.key"))
        .arg("-out")
        .arg(&other_ca)
        .output()
        .expect("run openssl");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let leaf = other_ca.to_string_lossy().into_owned();
    let chart = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/read/chart")
        .to_string_lossy()
        .into_owned();
    let mut diffs = Diffs(Vec::new());
    let cases: Vec<Vec<&str>> = vec![
        vec!["list", "--kubeconfig", &refused],
        vec!["status", "x", "--kubeconfig", &refused],
        vec!["history", "x", "--kubeconfig", &refused],
        vec!["get", "values", "x", "--kubeconfig", &refused],
        vec!["install", "x", &chart, "--kubeconfig", &refused],
        vec!["upgrade", "x", &chart, "--kubeconfig", &refused],
        vec![
            "list",
            "--kubeconfig",
            &kc,
            "--kube-tls-server-name",
            "nosuch.example",
        ],
        vec![
            "list",
            "--kubeconfig",
            &kc,
            "--kube-tls-server-name",
            "10.9.9.9",
        ],
        vec!["status", "x", "--kubeconfig", &kc, "--kube-ca-file", &leaf],
        vec!["list", "--kubeconfig", &hanging],
        vec!["list", "--kubeconfig", &kc, "--kube-context", "nosuch"],
        vec!["status", "x", "--kubeconfig", "/nonexistent-kubeconfig"],
    ];
    for args in &cases {
        let theirs = run(&env.helm4, &[], args);
        let ours = run(&rhelm_bin(), &[], args);
        assert_ne!(theirs.code, 0, "helm succeeded on {args:?}");
        diffs.check(&args.join(" "), &ours, &theirs);
    }
    diffs.finish();
}

/// An invalid `list -f` regular expression is Go's one-line error.
#[test]
fn invalid_list_filters_fail_as_in_helm4() {
    let Some(helm4) = helm4_binary() else { return };
    let mut diffs = Diffs(Vec::new());
    for p in [
        "a[b", "(a", "a)", "*a", "[z-a]", "a\\q", "a\\", "x{2,1}", "(?=a)", "(?P<>a)", "\\1",
        "\\pX", "(?i", "\\x{zz}", "(?z)",
    ] {
        compare_memory(&mut diffs, &helm4, &["list", "-f", p]);
    }
    diffs.finish();
}
