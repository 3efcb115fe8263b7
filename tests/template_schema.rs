//! `rhelm template` checks values against values.schema.json exactly as helm 4.1.4 does.

mod common;

use std::path::Path;
use std::process::Command;

fn run(program: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(program).args(args).output().expect("runs");
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn schema_violations_match_helm() {
    let Some(helm) = common::helm4_binary() else {
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
