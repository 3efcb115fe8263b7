//! `rhelm template` checks values against values.schema.json exactly as helm 4.1.4 does.

use std::path::{Path, PathBuf};
use std::process::Command;

fn helm4() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("RHELM_HELM4") {
        return Some(PathBuf::from(p));
    }
    let cache = Path::new(&std::env::var_os("HOME")?).join(".cache/rhelm-testenv");
    std::fs::read_dir(cache)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path().join("bin/helm4/helm"))
        .find(|p| p.exists())
}

fn run(program: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(program).args(args).output().expect("runs");
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn schema_violations_match_helm() {
    let Some(helm) = helm4() else {
        eprintln!("skipped: no helm 4 binary (run testenv/build.sh)");
        return;
    };
    let chart = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/template/schema");
    let chart = chart.to_str().unwrap();
    let rhelm = Path::new(env!("CARGO_BIN_EXE_rhelm"));
    let cases: [&[&str]; 4] = [
        &[],
        &["--set", "replicas=0"],
        &["--set", "name=toolongname", "--set", "replicas=0"],
        &["--set", "replicas=0", "--skip-schema-validation"],
    ];
    for extra in cases {
        let mut args = vec!["template", "r", chart];
        args.extend_from_slice(extra);
        let want = run(&helm, &args);
        let got = run(rhelm, &args);
        // Helm lists several violations in Go's random map order: compare them as a set.
        let lines = |(code, text): &(i32, String)| {
            let mut l: Vec<String> = text.lines().map(str::to_string).collect();
            l.sort();
            (*code, l)
        };
        assert_eq!(lines(&got), lines(&want), "{extra:?}");
        if extra.len() == 2 {
            assert_ne!(want.0, 0, "the schema should reject {extra:?}");
            assert_eq!(got, want, "a single violation prints identically");
        }
    }
}
