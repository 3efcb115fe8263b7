//! `--debug`: rhelm's `tracing` events printed on stderr as helm 4's slog text handler prints
//! its log lines (`level=DEBUG msg="getting history for release" release=web`).

use std::fmt::Write as _;

use tracing::field::{Field, Visit};
use tracing::{span, Event, Level, Metadata, Subscriber};

/// Prints rhelm's own events (not those of the libraries it uses) at DEBUG and above.
struct HelmLog;

/// The message and the other fields of one event, in order.
#[derive(Default)]
struct Fields {
    message: String,
    attrs: Vec<(&'static str, String)>,
}

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.put(field, value.to_string());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let mut text = String::new();
        let _ = write!(text, "{value:?}");
        self.put(field, text);
    }
}

impl Fields {
    fn put(&mut self, field: &Field, value: String) {
        if field.name() == "message" {
            self.message = value;
        } else {
            self.attrs.push((field.name(), value));
        }
    }
}

/// slog's level names.
fn level_name(level: &Level) -> &'static str {
    match *level {
        Level::ERROR => "ERROR",
        Level::WARN => "WARN",
        Level::INFO => "INFO",
        _ => "DEBUG",
    }
}

/// The slog line of one event.
fn line_of(event: &Event<'_>) -> String {
    let mut fields = Fields::default();
    event.record(&mut fields);
    let attrs: Vec<(&str, &str)> = fields.attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    crate::chart::gofmt::slog_line(
        level_name(event.metadata().level()),
        &fields.message,
        &attrs,
    )
}

impl Subscriber for HelmLog {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.target().starts_with("rhelm") && *metadata.level() <= Level::DEBUG
    }

    fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
        span::Id::from_u64(1)
    }

    fn record(&self, _: &span::Id, _: &span::Record<'_>) {}

    fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}

    fn event(&self, event: &Event<'_>) {
        super::flags::print_log(&[line_of(event)]);
    }

    fn enter(&self, _: &span::Id) {}

    fn exit(&self, _: &span::Id) {}
}

/// Turns the debug lines on for the rest of the process.
pub fn enable() {
    let _ = tracing::subscriber::set_global_default(HelmLog);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_become_slog_lines() {
        let dispatch = tracing::Dispatch::new(Capture(std::sync::Mutex::new(Vec::new())));
        tracing::dispatcher::with_default(&dispatch, || {
            tracing::debug!(release = "web", "getting history for release");
            tracing::debug!(
                name = "web",
                currentVersion = 3,
                targetVersion = 1,
                "rolling back"
            );
        });
        let lines = dispatch
            .downcast_ref::<Capture>()
            .unwrap()
            .0
            .lock()
            .unwrap()
            .clone();
        assert_eq!(
            lines,
            [
                r#"level=DEBUG msg="getting history for release" release=web"#,
                r#"level=DEBUG msg="rolling back" name=web currentVersion=3 targetVersion=1"#,
            ]
        );
    }

    /// [`HelmLog`]'s formatting into a buffer.
    struct Capture(std::sync::Mutex<Vec<String>>);

    impl Subscriber for Capture {
        fn enabled(&self, m: &Metadata<'_>) -> bool {
            HelmLog.enabled(m)
        }
        fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
            span::Id::from_u64(1)
        }
        fn record(&self, _: &span::Id, _: &span::Record<'_>) {}
        fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}
        fn event(&self, event: &Event<'_>) {
            self.0.lock().unwrap().push(line_of(event));
        }
        fn enter(&self, _: &span::Id) {}
        fn exit(&self, _: &span::Id) {}
    }
}
