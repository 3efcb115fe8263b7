//! `rhelm test RELEASE`: run the release's tests, print its status (and the test pods' logs).

use std::time::Duration;

use clap::Args;

use super::flags::parse_go_duration;
use super::{one_arg, out, Ctx};
use crate::action::release_testing::{self, TestOptions, TestOutcome};
use crate::cluster::resources::Cluster;
use crate::output::{self, status_text::StatusOptions};

#[derive(Debug, Args)]
pub struct TestArgs {
    /// RELEASE
    #[arg(value_name = "RELEASE")]
    args: Vec<String>,
    /// time to wait for any individual Kubernetes operation (like Jobs for hooks)
    #[arg(long, default_value = "5m0s", value_name = "duration", value_parser = parse_go_duration)]
    timeout: Duration,
    /// dump the logs from test pods (this runs after all tests are complete, but before any cleanup)
    #[arg(long)]
    logs: bool,
    /// specify tests by attribute (currently "name") using attribute=value syntax or '!attribute=value' to exclude a test (can specify multiple or separate values with commas: name=test1,name=test2)
    #[arg(long, value_delimiter = ',')]
    filter: Vec<String>,
    /// Helm 3's flag, accepted for its scripts: notes are never printed
    #[arg(long, hide = true)]
    hide_notes: bool,
}

/// Splits `--filter` values into included and excluded names, as Helm reads them
/// (`name=N`, `!name=N` or `! name=N`; anything else is ignored).
fn parse_filters(filters: &[String]) -> (Vec<String>, Vec<String>) {
    let mut include = Vec::new();
    let mut exclude = Vec::new();
    for f in filters {
        if let Some(n) = f.strip_prefix("name=") {
            include.push(n.to_string());
        } else if let Some(rest) = f.strip_prefix('!') {
            let rest = rest
                .strip_prefix(|c: char| c.is_ascii_whitespace())
                .unwrap_or(rest);
            if let Some(n) = rest.strip_prefix("name=") {
                exclude.push(n.to_string());
            }
        }
    }
    (include, exclude)
}

/// stdout of `helm test`: the status without notes, then, with `--logs`, each pod's logs.
fn render(outcome: &TestOutcome, with_logs: bool, color: bool) -> String {
    let rel = outcome.release.helm4();
    let opts = StatusOptions {
        debug: false,
        show_metadata: false,
        color,
        hide_notes: true,
    };
    let mut text = output::status_text::render(&rel, None, opts);
    if with_logs {
        text.push('\n');
        for l in &outcome.logs {
            text.push_str(&format!("POD LOGS: {}\n{}\n", l.pod, l.text));
        }
    }
    text
}

pub async fn run(ctx: &Ctx, a: TestArgs) -> anyhow::Result<()> {
    let name = one_arg("test", "test [RELEASE]", &a.args)?;
    let (include, exclude) = parse_filters(&a.filter);
    let opts = TestOptions {
        timeout: a.timeout,
        include,
        exclude,
        logs: a.logs,
        namespace: ctx.namespace(),
    };
    let storage = ctx.storage(false).await?;
    let cluster = Cluster::new(crate::cluster::client(&ctx.kube_options()).await?);
    let outcome = release_testing::run(&storage, &cluster, &name, &opts).await?;
    out(render(&outcome, a.logs, ctx.color()).as_bytes())?;
    if let Some(f) = &outcome.failure {
        for report in &f.diagnosis {
            eprintln!("{report}");
        }
    }
    match outcome.error_text() {
        Some(e) => Err(anyhow::anyhow!(e)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_read_like_helms() {
        let f: Vec<String> = ["name=a", "!name=b", "! name=c", "!  name=d", "kind=Pod"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (inc, exc) = parse_filters(&f);
        assert_eq!(inc, ["a"]);
        assert_eq!(exc, ["b", "c"]);
    }
}
