//! Helm 4's optional colours (`internal/cli/output/color.go` with fatih/color): bold headers,
//! cyan namespaces, green/red/yellow statuses. Off unless `--color always`, or `auto` (the
//! default) with a terminal on stdout and no `NO_COLOR`.

use std::io::IsTerminal;

use crate::release::Status;

/// Whether to colour, from the `--color` mode: `always` even with `NO_COLOR` (Helm lets the flag
/// win), `auto` only on a terminal without `NO_COLOR` or `TERM=dumb` (fatih/color's test).
pub fn enabled(mode: &str) -> bool {
    match mode {
        "never" => false,
        "always" => true,
        _ => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    }
}

/// The mode when `--color` is not given (Helm's `envColorMode`): `never` with `NO_COLOR`, else a
/// valid `HELM_COLOR`, else `auto`.
pub fn env_mode() -> String {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return "never".into();
    }
    match std::env::var("HELM_COLOR").map(|v| v.to_lowercase()) {
        Ok(v) if matches!(v.as_str(), "never" | "auto" | "always") => v,
        _ => "auto".into(),
    }
}

/// A table header.
pub fn header(s: &str, on: bool) -> String {
    if on {
        format!("\x1b[1m{s}\x1b[22m")
    } else {
        s.to_string()
    }
}

/// A namespace.
pub fn namespace(s: &str, on: bool) -> String {
    if on {
        format!("\x1b[36m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

/// A release status.
pub fn status(s: &str, on: bool) -> String {
    let code = match Status::parse(s) {
        Some(Status::Deployed) => "32",
        Some(Status::Failed | Status::Unknown) => "31",
        Some(st) if st.is_pending() || st == Status::Uninstalling => "33",
        _ => return s.to_string(),
    };
    if on {
        format!("\x1b[{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_like_fatih_color() {
        assert_eq!(header("NAME", true), "\x1b[1mNAME\x1b[22m");
        assert_eq!(namespace("ns", true), "\x1b[36mns\x1b[0m");
        assert_eq!(status("deployed", true), "\x1b[32mdeployed\x1b[0m");
        assert_eq!(status("superseded", true), "superseded");
        assert_eq!(status("failed", false), "failed");
        assert!(!enabled("never"));
    }
}
