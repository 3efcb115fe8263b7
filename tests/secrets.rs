//! Secrets never leak: unique values are planted in a chart's Secret (`data` and `stringData`)
//! through values whose keys mark them as credentials (`password`, `token`), then every command
//! runs and its stdout and stderr are searched for them, plain and base64-encoded. They may
//! appear only where the user asked for them: `get manifest|values|all`, `template`, the
//! manifest `upgrade --dry-run` prints (as Helm does; `--hide-secret` hides it) and the whole
//! release record `status -o json` prints and the values and manifest `install|upgrade --debug`
//! print (as Helm 4's do).

mod common;

use base64::Engine;
use common::{testenv, unique_name, write_chart, Run, TestEnv};

const SECRET_TEMPLATE: &str = r#"apiVersion: v1
kind: Secret
metadata:
  name: {{ .Release.Name }}-creds
  labels:
    check: {{ .Values.label | quote }}
type: Opaque
data:
  password: {{ .Values.password | b64enc | quote }}
stringData:
  token: {{ .Values.token | quote }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-cm
data:
  plain: hello
{{- if .Values.broken }}
---
kind: [broken
{{- end }}
"#;

fn secret_chart(dir: &std::path::Path) -> String {
    write_chart(
        dir,
        &[
            ("Chart.yaml", "apiVersion: v2\nname: sec\nversion: 0.1.0\n"),
            (
                "values.yaml",
                "password: default\ntoken: default\nlabel: ok\nbroken: false\n",
            ),
            ("templates/secret.yaml", SECRET_TEMPLATE),
        ],
    );
    dir.to_str().unwrap().to_string()
}

/// The planted values of one revision: what must not show, plain and base64-encoded.
struct Plant {
    password: String,
    token: String,
}

impl Plant {
    fn new(tag: &str) -> Plant {
        let u = unique_name(tag).replace('-', "");
        Plant {
            password: format!("pw{u}"),
            token: format!("tok{u}"),
        }
    }

    fn set(&self) -> Vec<String> {
        vec![
            "--set".into(),
            format!("password={}", self.password),
            "--set".into(),
            format!("token={}", self.token),
        ]
    }

    fn forms(&self) -> Vec<String> {
        let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
        vec![
            self.password.clone(),
            self.token.clone(),
            b64(&self.password),
            b64(&self.token),
        ]
    }
}

fn run(env: &TestEnv, args: &[String]) -> Run {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    env.rhelm(&args)
}

fn leaked(run: &Run, plants: &[&Plant]) -> Vec<String> {
    let text = format!("{}{}", run.stdout, run.stderr);
    plants
        .iter()
        .flat_map(|p| p.forms())
        .filter(|f| text.contains(f.as_str()))
        .collect()
}

#[test]
fn planted_secret_values_show_only_where_asked_for() {
    let Some(env) = testenv() else { return };
    let ns = env.namespace("secrets");
    let dir = std::env::temp_dir().join(unique_name("rhelm-secret-chart"));
    let chart = secret_chart(&dir);
    let (p1, p2, p3) = (Plant::new("one"), Plant::new("two"), Plant::new("three"));
    let all = [&p1, &p2, &p3];
    let base = |words: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        v.extend(["-n".to_string(), ns.name.clone()]);
        v
    };
    let with = |words: &[&str], plant: &Plant, extra: &[&str]| -> Vec<String> {
        let mut v = base(words);
        v.extend(plant.set());
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };

    // (arguments, whether the command must succeed, planted values it may print)
    let mut checked = 0;
    let mut expect_hidden = |args: Vec<String>, must_succeed: bool| {
        let r = run(&env, &args);
        if must_succeed {
            assert_eq!(r.status, 0, "rhelm {args:?}: {}", r.stderr);
        } else {
            assert_ne!(r.status, 0, "rhelm {args:?} should fail");
        }
        let found = leaked(&r, &all);
        assert!(
            found.is_empty(),
            "rhelm {} printed the planted secret values {found:?}:\n{}{}",
            args.join(" "),
            r.stdout,
            r.stderr
        );
        checked += 1;
    };

    expect_hidden(with(&["install", "sec", &chart], &p1, &[]), true);
    expect_hidden(with(&["upgrade", "sec", &chart], &p2, &[]), true);
    // Dry runs, diffs and previews
    expect_hidden(
        with(
            &["upgrade", "sec", &chart],
            &p3,
            &["--dry-run", "--hide-secret"],
        ),
        true,
    );
    expect_hidden(
        with(
            &["upgrade", "sec", &chart],
            &p3,
            &["--dry-run", "--hide-secret", "--diff"],
        ),
        true,
    );
    expect_hidden(with(&["diff", "upgrade", "sec", &chart], &p3, &[]), true);
    expect_hidden(
        with(&["diff", "upgrade", "sec", &chart], &p3, &["--debug"]),
        true,
    );
    expect_hidden(base(&["diff", "revision", "sec", "1", "2"]), true);
    expect_hidden(base(&["diff", "rollback", "sec", "1"]), true);
    expect_hidden(base(&["diff", "values", "sec", "1", "2"]), true);
    expect_hidden(base(&["diff", "live", "sec"]), true);
    expect_hidden(base(&["rollback", "sec", "1", "--dry-run"]), true);
    expect_hidden(
        base(&["rollback", "sec", "1", "--dry-run", "--debug"]),
        true,
    );
    // Reading commands
    for read in [
        &["history", "sec"][..],
        &["history", "sec", "-o", "json"],
        &["history", "sec", "-o", "yaml", "--debug"],
        &["status", "sec"],
        &["status", "sec", "--debug"],
        &["list"],
        &["list", "-o", "json", "--debug"],
        &["get", "notes", "sec"],
        &["get", "hooks", "sec"],
        &["get", "metadata", "sec", "-o", "json"],
    ] {
        expect_hidden(base(read), true);
    }
    // Failure paths whose errors quote a manifest or an object
    expect_hidden(
        with(
            &["upgrade", "sec", &chart],
            &p3,
            &["--set", "broken=true", "--debug"],
        ),
        false,
    );
    expect_hidden(
        with(
            &["upgrade", "sec", &chart],
            &p3,
            &["--set", "label=not valid!", "--debug"],
        ),
        false,
    );
    expect_hidden(with(&["install", "sec", &chart], &p3, &["--debug"]), false);
    expect_hidden(base(&["rollback", "sec", "1", "--debug"]), true);

    // Where the user asks for them, they show: the plant is real.
    let mut asked = |args: Vec<String>, plant: &Plant| {
        let r = run(&env, &args);
        assert_eq!(r.status, 0, "rhelm {args:?}: {}", r.stderr);
        let found = leaked(&r, &[plant]);
        assert!(
            !found.is_empty(),
            "rhelm {} should show what it was asked for:\n{}",
            args.join(" "),
            r.stdout
        );
        checked += 1;
    };
    asked(base(&["get", "values", "sec", "--revision", "2"]), &p2);
    asked(base(&["get", "manifest", "sec", "--revision", "2"]), &p2);
    asked(base(&["get", "all", "sec", "--revision", "2"]), &p2);
    asked(
        base(&["status", "sec", "-o", "json", "--revision", "2"]),
        &p2,
    );
    asked(with(&["template", "sec", &chart], &p3, &[]), &p3);
    asked(with(&["upgrade", "sec", &chart], &p3, &["--dry-run"]), &p3);
    // `--debug` on install and upgrade prints the release's values and manifest, as helm 4's
    // does (USER-SUPPLIED VALUES, COMPUTED VALUES, MANIFEST).
    asked(with(&["upgrade", "sec", &chart], &p3, &["--debug"]), &p3);
    eprintln!("secrets: {checked} commands checked for 3 planted values x 4 forms");
    let _ = std::fs::remove_dir_all(&dir);
}
