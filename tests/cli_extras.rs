//! What a user of the CLI meets beyond a command's own output, compared with helm 4.1.4 on the
//! real control plane: the words of an RBAC denial, `--debug` lines, and `__complete`, the
//! protocol helm's completion scripts speak. And every `rhelm CMD` a message recommends exists.

mod common;

use std::path::Path;
use std::process::Command;

use common::{demo_chart, testenv, Helm, TestEnv};

/// Runs `program` against the control plane with `HELM_DRIVER=driver`; (exit, stdout, stderr).
fn run_with_driver(
    env: &TestEnv,
    program: &Path,
    driver: &str,
    args: &[&str],
) -> (i32, String, String) {
    let out = env
        .command(program)
        .args(args)
        .env_remove("HELM_DEBUG")
        .env("HELM_DRIVER", driver)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn an_rbac_denial_on_a_read_is_worded_as_helm_words_it() {
    let Some(env) = testenv() else { return };
    // The restricted user may read nothing in a namespace of its own making.
    let ns = env.namespace("rbac-words");
    let rhelm = Path::new(env!("CARGO_BIN_EXE_rhelm"));
    let ctx = env.user_context.clone();
    for driver in ["secret", "configmap"] {
        for cmd in [
            &["history", "web"][..],
            &["status", "web"],
            &["status", "web", "--revision", "1"],
            &["get", "values", "web"],
            &["get", "all", "web", "--revision", "2"],
            &["list"],
        ] {
            for debug in [false, true] {
                let mut args: Vec<&str> = cmd.to_vec();
                args.extend(["-n", &ns.name, "--kube-context", &ctx]);
                if debug {
                    args.push("--debug");
                }
                let h = run_with_driver(&env, &env.helm4, driver, &args);
                let r = run_with_driver(&env, rhelm, driver, &args);
                assert_eq!(h.0, 1, "{driver} {args:?}: {}", h.2);
                assert!(h.2.contains("is forbidden"), "{}", h.2);
                // Helm's lines first; a denial then says what the user can do (#14).
                let helm_lines = |t: &str| -> String {
                    t.lines()
                        .filter(|l| !l.starts_with("The credentials in use are not allowed"))
                        .collect::<Vec<_>>()
                        .join("\n")
                };
                assert_eq!(
                    (r.0, &r.1, helm_lines(&r.2)),
                    (h.0, &h.1, helm_lines(&h.2)),
                    "HELM_DRIVER={driver} {args:?}"
                );
            }
        }
    }
    // The texts themselves, as helm 4.1.4 prints them.
    let (_, _, secret) = run_with_driver(
        &env,
        rhelm,
        "secret",
        &["history", "web", "-n", &ns.name, "--kube-context", &ctx],
    );
    assert!(
        secret
            .starts_with("Error: query: failed to query with labels: secrets is forbidden: User "),
        "{secret}"
    );
    let (_, _, get) = run_with_driver(
        &env,
        rhelm,
        "secret",
        &[
            "status",
            "web",
            "--revision",
            "3",
            "-n",
            &ns.name,
            "--kube-context",
            &ctx,
        ],
    );
    assert!(
        get.starts_with("Error: get: failed to get \"sh.helm.release.v1.web.v3\": secrets \"sh.helm.release.v1.web.v3\" is forbidden"),
        "{get}"
    );
    let (_, _, cm) = run_with_driver(
        &env,
        rhelm,
        "configmap",
        &["history", "web", "-n", &ns.name, "--kube-context", &ctx],
    );
    assert!(
        cm.starts_with("Error: configmaps is forbidden: User "),
        "{cm}"
    );
}

#[test]
fn debug_prints_helms_lines() {
    let Some(env) = testenv() else { return };
    let (h_ns, r_ns) = (env.namespace("debug-h"), env.namespace("debug-r"));
    let chart = demo_chart();
    let chart = chart.to_str().unwrap();
    for ns in [&h_ns.name, &r_ns.name] {
        env.helm(Helm::V4, &["install", "web", chart, "-n", ns])
            .ok();
        env.helm(Helm::V4, &["upgrade", "web", chart, "-n", ns])
            .ok();
    }
    let h = env
        .helm_in(Helm::V4, &h_ns.name, "history web --debug")
        .ok();
    let r = env.rhelm_in(&r_ns.name, "history web --debug").ok();
    assert_eq!(r.stderr, h.stderr);
    assert_eq!(
        r.stderr,
        "level=DEBUG msg=\"getting history for release\" release=web\n"
    );
    let quiet = env.rhelm_in(&r_ns.name, "history web").ok();
    assert_eq!(quiet.stderr, "");
    let h = env.helm_in(Helm::V4, &h_ns.name, "status web --debug").ok();
    let r = env.rhelm_in(&r_ns.name, "status web --debug").ok();
    assert_eq!(
        r.stderr.replace(&r_ns.name, "NS"),
        h.stderr.replace(&h_ns.name, "NS")
    );
    assert_eq!(r.stderr.lines().count(), 3, "{}", r.stderr);

    // Rollback: helm's own lines, in helm's order. helm also logs the steps of its Kubernetes
    // client (`Patched resource …`); rhelm does not.
    let h = env
        .helm_in(Helm::V4, &h_ns.name, "rollback web 1 --debug")
        .ok();
    let r = env.rhelm_in(&r_ns.name, "rollback web 1 --debug").ok();
    let rhelm_lines: Vec<&str> = r.stderr.lines().collect();
    let helm_lines: Vec<&str> = h
        .stderr
        .lines()
        .filter(|l| {
            let msg = l.split("msg=\"").nth(1).and_then(|m| m.split('"').next());
            rhelm_lines
                .iter()
                .any(|r| r.split("msg=\"").nth(1).and_then(|m| m.split('"').next()) == msg)
        })
        .collect();
    assert_eq!(rhelm_lines, helm_lines, "helm:\n{}", h.stderr);
    assert_eq!(
        rhelm_lines,
        [
            "level=DEBUG msg=\"preparing rollback\" name=web",
            "level=DEBUG msg=\"rolling back\" name=web currentVersion=2 targetVersion=1",
            "level=DEBUG msg=\"creating rolled back release\" name=web",
            "level=DEBUG msg=\"performing rollback\" name=web",
            "level=DEBUG msg=\"superseding previous deployment\" version=2",
            "level=DEBUG msg=\"updating status for rolled back release\" name=web",
        ]
    );

    // Upgrade, uninstall and install likewise.
    let c = chart.to_string();
    let chart_line = format!("level=DEBUG msg=\"Chart path\" path={c}");
    for (args, expected) in [
        (
            vec!["upgrade", "web", c.as_str(), "--debug"],
            vec![
                "level=DEBUG msg=\"preparing upgrade\" name=web",
                "level=DEBUG msg=\"number of dependencies in the chart\" chart=demo dependencies=0",
                "level=DEBUG msg=\"determined release apply method\" server_side_apply=true previous_release_apply_method=ssa",
                "level=DEBUG msg=\"performing update\" name=web",
                "level=DEBUG msg=\"creating upgraded release\" name=web",
                "level=DEBUG msg=\"updating status for upgraded release\" name=web",
            ],
        ),
        (
            vec!["uninstall", "web", "--debug"],
            vec![
                "level=DEBUG msg=\"uninstall: deleting release\" name=web",
                "level=DEBUG msg=\"starting delete resource\" namespace=NS name=web-demo kind=Service",
                "level=DEBUG msg=\"starting delete resource\" namespace=NS name=web-demo kind=Deployment",
                "level=DEBUG msg=\"starting delete resource\" namespace=NS name=web-demo kind=ConfigMap",
                "level=DEBUG msg=\"purge requested\" release=web",
            ],
        ),
        (
            vec!["install", "web", c.as_str(), "--debug"],
            vec![
                "level=DEBUG msg=\"Original chart version\" version=\"\"",
                chart_line.as_str(),
                "level=DEBUG msg=\"number of dependencies in the chart\" chart=demo dependencies=0",
            ],
        ),
    ] {
        let with_ns = |ns: &str| {
            let mut a = args.clone();
            a.extend(["-n", ns]);
            a.into_iter().map(String::from).collect::<Vec<_>>()
        };
        let h_args = with_ns(&h_ns.name);
        let r_args = with_ns(&r_ns.name);
        let h = env
            .helm(Helm::V4, &h_args.iter().map(String::as_str).collect::<Vec<_>>())
            .ok();
        let r = env
            .rhelm(&r_args.iter().map(String::as_str).collect::<Vec<_>>())
            .ok();
        let r_text = r.stderr.replace(&r_ns.name, "NS");
        let h_text = h.stderr.replace(&h_ns.name, "NS");
        assert_eq!(r_text.lines().collect::<Vec<_>>(), expected, "{args:?}");
        assert_eq!(
            h_text.lines().filter(|l| expected.contains(l)).collect::<Vec<_>>(),
            expected,
            "helm {args:?}:\n{h_text}"
        );
    }
}

#[test]
fn complete_lists_releases_and_revisions_as_helm_does() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("complete");
    let chart = demo_chart();
    let chart = chart.to_str().unwrap();
    for name in ["web", "api"] {
        env.helm(Helm::V4, &["install", name, chart, "-n", &ns.name])
            .ok();
    }
    env.helm(Helm::V4, &["upgrade", "web", chart, "-n", &ns.name])
        .ok();
    env.helm(
        Helm::V4,
        &[
            "install",
            "bad",
            chart,
            "-n",
            &ns.name,
            "--set",
            "replicaCount=-1",
        ],
    );
    let n = ns.name.as_str();
    let cases: &[&[&str]] = &[
        &["__complete", "history", "-n", n, ""],
        &["__complete", "history", "-n", n, "we"],
        &["__complete", "status", "-n", n, ""],
        &["__complete", "-n", n, "get", "values", ""],
        &["__complete", "get", "manifest", "-n", n, "web", ""],
        &["__complete", "rollback", "-n", n, ""],
        &["__complete", "rollback", "-n", n, "web", ""],
        &["__complete", "rollback", "-n", n, "web", "1", ""],
        &["__complete", "status", "-n", n, "web", "--revision", ""],
        &["__complete", "uninstall", "-n", n, "web", ""],
        &["__complete", "upgrade", "-n", n, ""],
        &["__complete", "test", "-n", n, ""],
        &["__complete", "get", "-n", n, ""],
        &["__completeNoDesc", "history", "-n", n, ""],
        &["__complete", "-n", n, "history", "-o", ""],
        &["__complete", "get", "values", "web", "--output", ""],
        &["__complete", "history", "--max", ""],
        // The restricted user may not list namespaces.
        &[
            "__complete",
            "--kube-context",
            &env.user_context,
            "status",
            "-n",
            "",
        ],
        // A namespace without releases, and one the user may not read.
        &["__complete", "history", "-n", "kube-public", ""],
        &[
            "__complete",
            "history",
            "-n",
            n,
            "--kube-context",
            &env.user_context,
            "",
        ],
    ];
    for args in cases {
        let h = env.helm(Helm::V4, args);
        let r = env.rhelm(args);
        assert_eq!(
            (r.status, r.stdout.as_str(), r.stderr.as_str()),
            (h.status, h.stdout.as_str(), h.stderr.as_str()),
            "{args:?}"
        );
    }
    // Namespaces (others come and go as tests run) and contexts (helm prints them in Go's
    // map order, rhelm by name).
    let namespaces = env.rhelm(&["__complete", "status", "-n", ""]).ok();
    assert!(
        namespaces.stdout.lines().any(|l| l == "default")
            && namespaces.stdout.lines().any(|l| l == n)
            && namespaces.stdout.ends_with("\n:4\n"),
        "{}",
        namespaces.stdout
    );
    let sorted = |text: &str| {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        lines.sort();
        lines
    };
    let args = ["__complete", "history", "--kube-context", ""];
    let (h, r) = (env.helm(Helm::V4, &args).ok(), env.rhelm(&args).ok());
    assert_eq!(sorted(&r.stdout), sorted(&h.stdout));
    assert_eq!(r.stderr, h.stderr);
    assert!(
        r.stdout.contains(&format!("{}\t", env.user_context)),
        "{}",
        r.stdout
    );

    let names = env.rhelm(&["__complete", "history", "-n", n, ""]).ok();
    assert_eq!(
        names.stdout,
        "api\tdemo-0.1.0 -> deployed\nbad\tdemo-0.1.0 -> failed\nweb\tdemo-0.1.0 -> deployed\n:4\n"
    );
    let revisions = env
        .rhelm(&["__complete", "rollback", "-n", n, "web", ""])
        .ok();
    assert_eq!(
        revisions.stdout,
        "1\tApp: 1.0.0, Chart: demo-0.1.0\n2\tApp: 1.0.0, Chart: demo-0.1.0\n:4\n"
    );
}

/// Every `rhelm CMD` a message in the sources tells the user to run is a command rhelm has.
#[test]
fn messages_recommend_only_commands_that_exist() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut mentioned = std::collections::BTreeSet::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, _) in text.match_indices("`rhelm ") {
                    let rest = &text[i + "`rhelm ".len()..];
                    let word: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                        .collect();
                    if !word.is_empty() {
                        mentioned.insert((word, path.display().to_string()));
                    }
                }
            }
        }
    }
    assert!(
        mentioned.iter().any(|(w, _)| w == "unlock"),
        "the scan finds the recovery advice: {mentioned:?}"
    );
    for (word, file) in &mentioned {
        let out = Command::new(env!("CARGO_BIN_EXE_rhelm"))
            .args([word.as_str(), "--help"])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && stdout.contains(&format!("rhelm {word}")),
            "{file} recommends `rhelm {word}`, which is not a command: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// What the bash completion script offers for the words of a command line, the last one being
/// completed, run in a real bash against the control plane.
fn bash_complete(env: &TestEnv, script: &Path, words: &[&str]) -> Vec<String> {
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_rhelm")).parent().unwrap();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{}'; COMP_WORDS=({}); COMP_CWORD={}; _rhelm_cluster rhelm '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words.len() - 1,
        words[words.len() - 1],
        words[words.len().saturating_sub(2)],
    );
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = env
        .command(Path::new("bash"))
        .args(["-c", &program])
        .env("PATH", path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn the_bash_script_completes_release_names_from_the_cluster() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("complete-bash");
    let chart = demo_chart();
    let chart = chart.to_str().unwrap();
    for name in ["web", "worker", "api"] {
        env.helm(Helm::V4, &["install", name, chart, "-n", &ns.name])
            .ok();
    }
    let script = env.rhelm(&["completion", "bash"]).ok();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rhelm.bash");
    std::fs::write(&path, script.stdout).unwrap();
    let n = ns.name.as_str();
    assert_eq!(
        bash_complete(&env, &path, &["rhelm", "status", "-n", n, ""]),
        ["api", "web", "worker"]
    );
    assert_eq!(
        bash_complete(&env, &path, &["rhelm", "history", "-n", n, "w"]),
        ["web", "worker"]
    );
    assert_eq!(
        bash_complete(&env, &path, &["rhelm", "rollback", "-n", n, "web", ""]),
        ["1"]
    );
    // Commands and flags still come from the static completion.
    assert_eq!(bash_complete(&env, &path, &["rhelm", "hist"]), ["history"]);
    assert!(bash_complete(&env, &path, &["rhelm", "history", "--m"]).contains(&"--max".to_string()));
}

/// `install --wait` shares the wait of upgrade and rollback: the same short record and error.
#[test]
fn a_failed_install_wait_is_recorded_as_helm_records_it() {
    let Some(env) = testenv() else { return };
    let (h_ns, r_ns) = (env.namespace("inst-wait-h"), env.namespace("inst-wait-r"));
    let chart = demo_chart();
    let chart = chart.to_str().unwrap();
    let args = |ns: &str| {
        [
            "install",
            "web",
            chart,
            "-n",
            ns,
            "--wait",
            "--timeout",
            "4s",
            "--set-string",
            "nodeSelector.rhelm\\.test/never=true",
        ]
        .map(String::from)
    };
    let (ha, ra) = (args(&h_ns.name), args(&r_ns.name));
    let h = env.helm(Helm::V4, &ha.iter().map(String::as_str).collect::<Vec<_>>());
    let r = env.rhelm(&ra.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!((h.status, r.status), (1, 1));
    let error = |text: &str, ns: &str| {
        text.split("Error: ")
            .last()
            .unwrap_or_default()
            .replace(ns, "NS")
    };
    // What follows `message: ` is the Deployment's progress when the wait ended (timing).
    let without_message = |text: String| -> String {
        text.lines()
            .map(|l| match l.find("message: ") {
                Some(i) => format!("{}…", &l[..i + "message: ".len()]),
                None => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        without_message(error(&r.stderr, &r_ns.name)),
        without_message(error(&h.stderr, &h_ns.name))
    );
    assert_eq!(
        without_message(error(&r.stderr, &r_ns.name)),
        "INSTALLATION FAILED: resource Deployment/NS/web-demo not ready. status: InProgress, message: …\ncontext deadline exceeded"
    );
    let description = |ns: &str| {
        let run = env.helm_in(Helm::V4, ns, "history web -o json").ok();
        let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        v[0]["description"].as_str().unwrap().replace(ns, "NS")
    };
    assert_eq!(
        without_message(description(&r_ns.name)),
        without_message(description(&h_ns.name))
    );
    assert!(
        r.stderr.contains("  root cause: pod web-demo-"),
        "{}",
        r.stderr
    );
}
