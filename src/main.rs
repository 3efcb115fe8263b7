//! The `rhelm` command; everything it does is in the `rhelm` library crate.

// Rendering and release decoding allocate many small, short-lived values; mimalloc serves them
// markedly faster than glibc's allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    rhelm::cli::main()
}
