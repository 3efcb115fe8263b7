//! `template --dry-run=server`/`--validate`, `--post-renderer` and `--enable-dns` of install
//! and upgrade, and cobra's mutually exclusive flag groups, compared with helm 4.1.4 against
//! the real control plane (issue 15).

mod common;

use std::path::{Path, PathBuf};

use common::{normalise, write_chart, Helm, Run, TestEnv};

/// A chart folder under a fresh temporary directory, from `(path, text)` files.
fn chart(files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = write_chart(&dir.path().join("c"), files);
    (dir, root)
}

const CHART_YAML: &str = "apiVersion: v2\nname: c\nversion: 0.1.0\n";

/// A chart whose templates read the cluster: capabilities, `lookup`, and a hook.
fn cluster_chart() -> (tempfile::TempDir, PathBuf) {
    chart(&[
        ("Chart.yaml", CHART_YAML),
        (
            "templates/cm.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-cm\ndata:\n  kube: {{ .Capabilities.KubeVersion.Version | quote }}\n  apps: {{ .Capabilities.APIVersions.Has \"apps/v1\" | quote }}\n  ns: {{ (lookup \"v1\" \"Namespace\" \"\" .Release.Namespace).metadata.name | quote }}\n  upgrade: {{ .Release.IsUpgrade | quote }}\n",
        ),
        (
            "templates/hook.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-hook\n  annotations:\n    helm.sh/hook: pre-install\ndata: {}\n",
        ),
        (
            "templates/tests/t.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}-test\n  annotations:\n    helm.sh/hook: test\nspec:\n  containers:\n  - name: t\n    image: busybox\n",
        ),
    ])
}

/// Runs `args` with helm 4 and rhelm (plugins from the template fixtures) and asserts the
/// same exit code, stdout and stderr (the namespace and times normalised).
fn same(env: &TestEnv, ns: &str, args: &[&str]) -> Run {
    let plugins = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/template/plugins");
    let plugins = plugins.to_str().unwrap();
    let want = env.helm_with(Helm::V4, &[("HELM_PLUGINS", plugins)], args);
    let got = env.rhelm_with(&[("HELM_PLUGINS", plugins)], args);
    let label = args.join(" ");
    assert_eq!(
        got.status, want.status,
        "{label}: exit\nhelm stderr:\n{}\nrhelm stderr:\n{}",
        want.stderr, got.stderr
    );
    assert_eq!(
        normalise(&got.stdout, ns),
        normalise(&want.stdout, ns),
        "{label}: stdout"
    );
    assert_eq!(
        normalise(got.stderr.trim_end(), ns),
        normalise(want.stderr.trim_end(), ns),
        "{label}: stderr"
    );
    got
}

/// Runs `template r CHART FLAGS -n NS` for each row with helm 4 and rhelm ([`same`]), and
/// checks that the output (stdout and stderr) says the row's texts.
fn same_templates(env: &TestEnv, ns: &str, c: &str, rows: &[(&[&str], &[&str])]) {
    for (flags, texts) in rows {
        let mut args = vec!["template", "r", c];
        args.extend_from_slice(flags);
        args.extend(["-n", ns]);
        let got = same(env, ns, &args);
        let output = format!("{}{}", got.stdout, got.stderr);
        for text in *texts {
            assert!(
                output.contains(text),
                "{args:?} does not say {text:?}:\n{output}"
            );
        }
    }
}

#[test]
fn template_dry_run_server_reads_the_cluster() {
    let Some(env) = common::testenv() else { return };
    let ns = env.namespace("fid-srv");
    let (_d, c) = cluster_chart();
    let ns_line = format!("ns: \"{}\"", ns.name);
    same_templates(
        &env,
        &ns.name,
        c.to_str().unwrap(),
        &[
            // The cluster's API versions and `lookup`.
            (&["--dry-run=server"], &["apps: \"true\"", &ns_line]),
            // --validate is the same server dry run, with a deprecation notice.
            (&["--validate"], &["apps: \"true\""]),
            // --is-upgrade: .Release.IsUpgrade, no ownership check; hooks and tests filtered.
            (
                &["--dry-run=server", "--is-upgrade", "--skip-tests"],
                &["upgrade: \"true\""],
            ),
            (
                &[
                    "--dry-run=server",
                    "--no-hooks",
                    "--show-only",
                    "templates/cm.yaml",
                ],
                &[&ns_line],
            ),
        ],
    );
}

#[test]
fn template_dry_run_server_validates_objects() {
    let Some(env) = common::testenv() else { return };
    let ns = env.namespace("fid-val");
    let (_d, c) = chart(&[
        ("Chart.yaml", CHART_YAML),
        (
            "templates/x.yaml",
            "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n",
        ),
    ]);
    let unmapped = "resource mapping not found for name: \"w\"";
    same_templates(
        &env,
        &ns.name,
        c.to_str().unwrap(),
        &[
            (&["--dry-run=server"], &[unmapped]),
            (&["--validate"], &[unmapped]),
            // A client dry run renders it without asking the cluster.
            (&[], &["kind: Widget"]),
        ],
    );
}

#[test]
fn template_dry_run_server_refuses_objects_owned_elsewhere() {
    let Some(env) = common::testenv() else { return };
    let ns = env.namespace("fid-own");
    env.kubectl(&["create", "configmap", "r-cm", "-n", &ns.name])
        .ok();
    let (_d, c) = cluster_chart();
    same_templates(
        &env,
        &ns.name,
        c.to_str().unwrap(),
        &[
            (&["--dry-run=server"], &["unable to continue with install"]),
            // With --take-ownership the object may be adopted.
            (&["--dry-run=server", "--take-ownership"], &["name: r-cm"]),
        ],
    );
}

#[test]
fn mutually_exclusive_flags_read_as_cobra_words_them() {
    let Some(env) = common::testenv() else { return };
    let ns = env.namespace("fid-excl");
    let (_d, c) = cluster_chart();
    let c = c.to_str().unwrap();
    for args in [
        vec!["template", "r", c, "--validate", "--dry-run=server"],
        vec!["template", "r", c, "--dry-run", "--validate"],
        vec![
            "install",
            "r",
            c,
            "--force-replace",
            "--force-conflicts",
            "-n",
            &ns.name,
        ],
        vec![
            "install",
            "r",
            c,
            "--force",
            "--force-conflicts",
            "-n",
            &ns.name,
        ],
        vec![
            "upgrade",
            "r",
            c,
            "--force-conflicts",
            "--force",
            "--install",
            "-n",
            &ns.name,
        ],
        vec![
            "rollback",
            "r",
            "1",
            "--force-replace",
            "--force-conflicts",
            "-n",
            &ns.name,
        ],
        // template shares install's flags and their groups.
        vec!["template", "r", c, "--force-replace", "--force-conflicts"],
        vec![
            "template",
            "r",
            c,
            "--force-conflicts",
            "--atomic",
            "--force",
            "--validate",
        ],
    ] {
        let got = same(&env, &ns.name, &args);
        assert!(
            got.stderr.contains("none of the others can be"),
            "{}",
            got.stderr
        );
    }
}

#[test]
fn install_and_upgrade_take_enable_dns() {
    let Some(env) = common::testenv() else { return };
    let ns = env.namespace("fid-dns");
    let (_d, c) = chart(&[
        ("Chart.yaml", CHART_YAML),
        (
            "templates/cm.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dns\ndata:\n  ip: {{ getHostByName \"127.0.0.1\" | quote }}\n",
        ),
    ]);
    let c = c.to_str().unwrap();
    for dns in [None, Some("--enable-dns")] {
        let mut install = vec!["install", "r", c, "--dry-run=server", "-n", &ns.name];
        let mut upgrade = vec!["upgrade", "r", c, "--install", "--dry-run", "-n", &ns.name];
        install.extend(dns);
        upgrade.extend(dns);
        let got = same(&env, &ns.name, &install);
        let want = if dns.is_some() {
            "ip: \"127.0.0.1\""
        } else {
            "ip: \"\""
        };
        assert!(got.stdout.contains(want), "{}", got.stdout);
        same(&env, &ns.name, &upgrade);
    }
}

#[test]
fn install_and_upgrade_post_renderer_names_a_plugin() {
    let Some(env) = common::testenv() else { return };
    let ns = env.namespace("fid-pr");
    let (_d, c) = chart(&[
        ("Chart.yaml", CHART_YAML),
        (
            "templates/cm.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pr\ndata:\n  a: b\n",
        ),
        // Several documents, a flow mapping, lists in both indent styles, a block scalar,
        // quoted scalars and a hook: helm 4 re-splits and reformats all of them.
        (
            "templates/more.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: flow}\ndata:\n  q: \"1\"\n  s: 'x'\n  text: |\n    one\n    two\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  ports:\n    - port: 80\n      targetPort: 8080\n  selector: {app: x}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pr-hook\n  annotations:\n    helm.sh/hook: pre-install\ndata:\n  list:   \"[a]\"\n",
        ),
    ]);
    let c = c.to_str().unwrap();
    // helm 4 takes a plugin name: an executable (helm 3's meaning) is not found.
    for cmd in [
        vec!["install", "r", c, "--dry-run", "-n", &ns.name],
        vec!["upgrade", "r", c, "--install", "--dry-run", "-n", &ns.name],
    ] {
        for pr in [
            vec!["--post-renderer", "/bin/cat"],
            vec!["--post-renderer", "nosuch"],
            vec!["--post-renderer", "cli-only"],
            vec!["--post-renderer", "fail-pr"],
            vec!["--post-renderer", "empty-pr", "--post-renderer", "upper-pr"],
        ] {
            let mut args = cmd.clone();
            args.extend(pr);
            let got = same(&env, &ns.name, &args);
            assert_ne!(got.status, 0, "{args:?}");
        }
    }
    // A working plugin installs for real (each tool in its own namespace): helm 4 runs it on
    // the rendered files, hooks included, and stores the re-split, kyaml-formatted result
    // (input-pr adds a ConfigMap holding the stream it was given).
    let plugins = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/template/plugins");
    let vars = [("HELM_PLUGINS", plugins.to_str().unwrap())];
    let theirs = env.namespace("fid-pr-helm");
    let install = |ns: &str, plugin: &str| {
        vec!["install", "r", c, "--post-renderer", plugin, "-n", ns]
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    for (plugin, args) in [
        ("input-pr", vec![]),
        ("upper-pr", vec!["--post-renderer-args", "x"]),
    ] {
        let mut args_h = install(&theirs.name, plugin);
        let mut args_r = install(&ns.name, plugin);
        args_h.extend(args.iter().map(|a| a.to_string()));
        args_r.extend(args.iter().map(|a| a.to_string()));
        let want = env
            .helm_with(
                Helm::V4,
                &vars,
                &args_h.iter().map(String::as_str).collect::<Vec<_>>(),
            )
            .ok();
        let got = env
            .rhelm_with(
                &vars,
                &args_r.iter().map(String::as_str).collect::<Vec<_>>(),
            )
            .ok();
        assert_eq!(
            normalise(&got.stdout, &ns.name),
            normalise(&want.stdout, &theirs.name)
        );
        for what in ["manifest", "hooks"] {
            let m_h = env
                .helm(Helm::V4, &["get", what, "r", "-n", &theirs.name])
                .ok();
            let m_r = env.rhelm(&["get", what, "r", "-n", &ns.name]).ok();
            assert_eq!(m_r.stdout, m_h.stdout, "get {what} after {plugin}");
            assert!(
                m_r.stdout.contains("pr-hook") || what == "manifest",
                "{}",
                m_r.stdout
            );
        }
        // An upgrade stores what the plugin made of the new revision's files the same way.
        let upgrade = |ns: &str| {
            let mut a = install(ns, plugin);
            a[0] = "upgrade".to_string();
            a.extend(args.iter().map(|a| a.to_string()));
            a
        };
        let (up_h, up_r) = (upgrade(&theirs.name), upgrade(&ns.name));
        env.helm_with(
            Helm::V4,
            &vars,
            &up_h.iter().map(String::as_str).collect::<Vec<_>>(),
        )
        .ok();
        env.rhelm_with(&vars, &up_r.iter().map(String::as_str).collect::<Vec<_>>())
            .ok();
        let m_h = env
            .helm(Helm::V4, &["get", "manifest", "r", "-n", &theirs.name])
            .ok();
        let m_r = env.rhelm(&["get", "manifest", "r", "-n", &ns.name]).ok();
        assert_eq!(
            m_r.stdout, m_h.stdout,
            "get manifest after upgrade with {plugin}"
        );
        env.helm(Helm::V4, &["uninstall", "r", "-n", &theirs.name])
            .ok();
        env.rhelm(&["uninstall", "r", "-n", &ns.name]).ok();
    }
}

#[test]
fn template_dry_run_server_names_an_unreachable_cluster() {
    let Some(env) = common::testenv() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let kubeconfig = dir.path().join("kubeconfig");
    // Port 1 on the loopback address: nothing listens there.
    std::fs::write(
        &kubeconfig,
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster: {server: \"https://127.0.0.1:1\"}\n  name: dead\ncontexts:\n- context: {cluster: dead, user: u}\n  name: dead\ncurrent-context: dead\nusers:\n- name: u\n  user: {token: x}\n",
    )
    .unwrap();
    let (_d, c) = cluster_chart();
    let args = ["template", "r", c.to_str().unwrap(), "--dry-run=server"];
    let vars = [("KUBECONFIG", kubeconfig.to_str().unwrap())];
    let want = env.helm_with(Helm::V4, &vars, &args);
    let got = env.rhelm_with(&vars, &args);
    assert_eq!(got.status, want.status);
    assert_eq!(got.stderr, want.stderr);
    assert!(
        got.stderr.contains("cluster reachability check failed"),
        "{}",
        got.stderr
    );
}

#[test]
fn client_dry_runs_need_no_kubeconfig() {
    let Some(env) = common::testenv() else { return };
    let (_d, c) = chart(&[
        ("Chart.yaml", CHART_YAML),
        (
            "templates/cm.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-cm\ndata:\n  kube: {{ .Capabilities.KubeVersion.Version | quote }}\n",
        ),
    ]);
    let c = c.to_str().unwrap();
    // A client-only install keeps its records in memory and reaches no cluster, as helm's.
    let vars = [("KUBECONFIG", "/nonexistent/rhelm-test-kubeconfig")];
    for args in [
        vec!["install", "r", c, "--dry-run=client"],
        vec!["template", "r", c],
    ] {
        let want = env.helm_with(Helm::V4, &vars, &args);
        let got = env.rhelm_with(&vars, &args);
        assert_eq!(got.status, 0, "{args:?}: {}", got.stderr);
        assert_eq!(
            (got.status, normalise(&got.stdout, "default"), got.stderr),
            (want.status, normalise(&want.stdout, "default"), want.stderr),
            "{args:?}"
        );
    }
}
