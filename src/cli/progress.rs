//! What a running install, upgrade or rollback shows on stderr, and the signals that cancel it.

use crate::action::deploy::Event;

/// Completes with the signal's name on SIGINT or SIGTERM.
pub async fn interrupted() -> String {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) {
            (Ok(mut int), Ok(mut term)) => tokio::select! {
                _ = int.recv() => "SIGINT".to_string(),
                _ = term.recv() => "SIGTERM".to_string(),
            },
            _ => std::future::pending().await,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        "interrupt".to_string()
    }
}

/// [`interrupted`], printing Helm's `Release NAME has been cancelled.` on stdout first.
pub async fn cancelled(release: String) -> String {
    let why = interrupted().await;
    let _ = super::out(format!("Release {release} has been cancelled.\n").as_bytes());
    why
}

/// Prints warnings and log lines, and the not-ready objects while waiting: redrawn in place
/// on a terminal, printed only when they change otherwise.
pub struct Progress {
    tty: bool,
    /// Whether `--diff` output is coloured (`--color`).
    pub color: bool,
    drawn: usize,
    last: Vec<String>,
}

impl Progress {
    pub fn new() -> Progress {
        use std::io::IsTerminal;
        Progress {
            tty: std::io::stderr().is_terminal(),
            color: false,
            drawn: 0,
            last: Vec::new(),
        }
    }

    pub fn show(&mut self, e: Event<'_>) {
        match e {
            Event::Warning(w) => eprintln!("WARNING: {w}"),
            Event::Log(lines) => super::flags::print_log(lines),
            Event::Diff(report) => {
                let mut text = Vec::new();
                let format = crate::output::diff::DiffFormat::Diff;
                let _ = crate::output::diff::write_report(report, &format, self.color, &mut text);
                let (create, change, delete, _) = report.counts();
                text.extend(format!(
                    "The new manifest creates {create}, changes {change} and deletes {delete} objects.\n"
                ).bytes());
                let _ = super::out(&text);
            }
            Event::Waiting(lines) => {
                if lines == self.last.as_slice() {
                    return;
                }
                if self.tty && self.drawn > 0 {
                    eprint!("\x1b[{}A\x1b[J", self.drawn);
                }
                for l in lines {
                    eprintln!("waiting: {l}");
                }
                self.drawn = lines.len();
                self.last = lines.to_vec();
            }
        }
    }
}

impl Default for Progress {
    fn default() -> Self {
        Progress::new()
    }
}
