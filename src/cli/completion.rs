//! `rhelm completion bash|zsh|fish|powershell`: shell completion scripts for rhelm's commands
//! and flags (clap_complete).

use clap::{Args, Subcommand};
use clap_complete::Shell;

use super::Ctx;

#[derive(Debug, Args)]
pub struct CompletionArgs {
    #[command(subcommand)]
    shell: CompletionShell,
}

#[derive(Debug, Subcommand)]
enum CompletionShell {
    /// generate autocompletion script for bash
    Bash(NoDescriptions),
    /// generate autocompletion script for fish
    Fish(NoDescriptions),
    /// generate autocompletion script for powershell
    Powershell(NoDescriptions),
    /// generate autocompletion script for zsh
    Zsh(NoDescriptions),
}

#[derive(Debug, Args)]
struct NoDescriptions {
    /// disable completion descriptions
    #[arg(long = "no-descriptions")]
    no_descriptions: bool,
}

pub fn run(_ctx: &Ctx, a: CompletionArgs) -> anyhow::Result<()> {
    let shell = match a.shell {
        CompletionShell::Bash(_) => Shell::Bash,
        CompletionShell::Fish(_) => Shell::Fish,
        CompletionShell::Powershell(_) => Shell::PowerShell,
        CompletionShell::Zsh(_) => Shell::Zsh,
    };
    let mut cmd = super::cobra::pflag_rules(<super::Cli as clap::CommandFactory>::command());
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "rhelm", &mut buf);
    super::out(&buf)
}
