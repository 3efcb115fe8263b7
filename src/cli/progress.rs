//! What a running install, upgrade or rollback shows on stderr, and the signals that cancel it.

use std::sync::atomic::{AtomicI32, Ordering};

use crate::action::deploy::Event;

/// The number of the signal that cancelled the running operation (0 when none did): the
/// command then exits with 128 + that number, as shells and other CLIs do (130 for Ctrl-C).
static SIGNALLED: AtomicI32 = AtomicI32::new(0);

/// The exit code for an operation cancelled by a signal, if one was.
pub fn signal_exit_code() -> Option<u8> {
    match SIGNALLED.load(Ordering::SeqCst) {
        0 => None,
        n => u8::try_from(128 + n).ok(),
    }
}

/// Completes with the signal's name on SIGINT or SIGTERM. The operation then records its
/// outcome; a second signal while it does so ends the process at once.
pub async fn interrupted() -> String {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) {
            (Ok(mut int), Ok(mut term)) => {
                let (name, number) = tokio::select! {
                    _ = int.recv() => ("SIGINT", 2),
                    _ = term.recv() => ("SIGTERM", 15),
                };
                SIGNALLED.store(number, Ordering::SeqCst);
                tokio::spawn(async move {
                    let again = tokio::select! {
                        _ = int.recv() => 2,
                        _ = term.recv() => 15,
                    };
                    eprintln!("Error: interrupted again while recording the outcome: it may not be recorded. Check `rhelm history RELEASE`; a revision left pending-* is freed by `rhelm unlock RELEASE`.");
                    std::process::exit(128 + again);
                });
                name.to_string()
            }
            _ => std::future::pending().await,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        SIGNALLED.store(2, Ordering::SeqCst);
        "interrupt".to_string()
    }
}

/// [`interrupted`], printing Helm's `Release NAME has been cancelled.` on stdout first.
pub async fn cancelled(release: String) -> String {
    let why = interrupted().await;
    let _ = super::out(format!("Release {release} has been cancelled.\n").as_bytes());
    why
}

/// Prints warnings and log lines, and the not-ready objects while waiting with the time
/// waited so far: redrawn in place after every poll on a terminal, printed only when the
/// objects' states change otherwise.
pub struct Progress {
    tty: bool,
    /// Whether `--diff` output is coloured (`--color`).
    pub color: bool,
    drawn: usize,
    last: Vec<String>,
    /// When waiting started.
    started: Option<std::time::Instant>,
}

/// A wait's duration as Go prints whole seconds (`7s`, `1m5s`, `1h0m3s`).
fn elapsed_text(d: std::time::Duration) -> String {
    let s = d.as_secs();
    match (s / 3600, s / 60 % 60, s % 60) {
        (0, 0, sec) => format!("{sec}s"),
        (0, m, sec) => format!("{m}m{sec}s"),
        (h, m, sec) => format!("{h}h{m}m{sec}s"),
    }
}

impl Progress {
    pub fn new() -> Progress {
        use std::io::IsTerminal;
        Progress {
            tty: std::io::stderr().is_terminal(),
            color: false,
            drawn: 0,
            last: Vec::new(),
            started: None,
        }
    }

    pub fn show(&mut self, e: Event<'_>) {
        match e {
            Event::Warning(w) => eprintln!("WARNING: {w}"),
            Event::Log(lines) => super::flags::print_log(lines),
            Event::WaitFailed(report) => eprintln!("{}", report.trim_end()),
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
                let started = *self.started.get_or_insert_with(std::time::Instant::now);
                let changed = lines != self.last.as_slice();
                // Off a terminal only a change is worth a line; on one, the clock moves.
                if !changed && (!self.tty || lines.is_empty()) {
                    return;
                }
                if self.tty && self.drawn > 0 {
                    eprint!("\x1b[{}A\x1b[J", self.drawn);
                }
                let elapsed = elapsed_text(started.elapsed());
                for l in lines {
                    eprintln!("waiting: [{elapsed}] {l}");
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn elapsed_time_reads_as_go_prints_it() {
        assert_eq!(elapsed_text(Duration::from_millis(7_900)), "7s");
        assert_eq!(elapsed_text(Duration::from_secs(65)), "1m5s");
        assert_eq!(elapsed_text(Duration::from_secs(3603)), "1h0m3s");
    }
}
