//! Links the `rhelm` executable as a position-dependent (non-PIE) binary on Linux. A PIE of this
//! size carries ~30,000 relative relocations that the dynamic loader applies, page by page, on
//! every start; a CLI that runs for a few milliseconds (`template` on a small chart) spends a
//! measurable share of its time there. Only the final link changes, so no crate is rebuilt.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
