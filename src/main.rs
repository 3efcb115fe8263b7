//! The `rhelm` command; everything it does is in the `rhelm` library crate.

// Rendering and release decoding allocate many small, short-lived values; mimalloc serves them
// markedly faster than glibc's allocator. Its page sizes are set in `.cargo/config.toml`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // The process ends with `_exit` after its command: large structures are left to it.
    rhelm::teardown::exit_follows();
    let status = rhelm::cli::main();
    rhelm::cli::exit(status)
}
