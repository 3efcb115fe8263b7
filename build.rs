//! Links the `rhelm` executable as a position-dependent (non-PIE) binary on Linux. A PIE of this
//! size carries ~30,000 relative relocations that the dynamic loader applies, page by page, on
//! every start; a CLI that runs for a few milliseconds (`template` on a small chart) spends a
//! measurable share of its time there. Only the final link changes, so no crate is rebuilt.
//!
//! It also records the git commit, tree state and compiler for `rhelm version`.
use std::process::Command;

fn output(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    // Run again when HEAD moves; the tree state is the one of that run.
    if let Some(path) = output("git", &["rev-parse", "--git-path", "HEAD"]) {
        println!("cargo:rerun-if-changed={path}");
    }
    if let Some(head_ref) = output("git", &["symbolic-ref", "-q", "HEAD"]) {
        if let Some(path) = output("git", &["rev-parse", "--git-path", &head_ref]) {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    let commit = output("git", &["rev-parse", "HEAD"]).unwrap_or_default();
    let state = match output("git", &["status", "--porcelain", "--untracked-files=no"]) {
        Some(s) if s.is_empty() => "clean",
        Some(_) => "dirty",
        None => "",
    };
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let rustc_version = output(&rustc, &["--version"])
        .and_then(|v| v.split_whitespace().nth(1).map(|v| format!("rust{v}")))
        .unwrap_or_default();
    println!("cargo:rustc-env=RHELM_GIT_COMMIT={commit}");
    println!("cargo:rustc-env=RHELM_GIT_TREE_STATE={state}");
    println!("cargo:rustc-env=RHELM_RUSTC_VERSION={rustc_version}");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
