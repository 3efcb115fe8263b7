fn main() -> std::process::ExitCode {
    rhelm::cli::main()
}
