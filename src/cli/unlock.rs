//! `rhelm unlock RELEASE`: mark a release's stale pending records failed so it can be upgraded
//! or rolled back again.

use std::time::Duration;

use clap::Args;

use super::flags::parse_go_duration;
use super::{one_arg, out, Ctx};
use crate::action::unlock;

#[derive(Debug, Args)]
pub struct UnlockArgs {
    /// RELEASE
    #[arg(value_name = "RELEASE")]
    args: Vec<String>,
    /// the interrupted operation's timeout: only records older than this are unlocked
    #[arg(long, default_value = "5m0s", value_name = "duration", value_parser = parse_go_duration)]
    timeout: Duration,
    /// unlock even if the record is recent (only when you know nothing is running)
    #[arg(long)]
    force: bool,
}

pub async fn run(ctx: &Ctx, a: UnlockArgs) -> anyhow::Result<()> {
    let name = one_arg("unlock", "unlock RELEASE", &a.args)?;
    let storage = ctx.storage(false).await?;
    let unlocked = unlock::run(&storage, &name, a.timeout, a.force).await?;
    let mut text = String::new();
    for u in &unlocked {
        text.push_str(&format!(
            "release {:?}: revision {} was {} since {}; it is now marked failed.\n",
            u.name,
            u.revision,
            u.was,
            u.since.ansic()
        ));
    }
    text.push_str("`rhelm upgrade` and `rhelm rollback` can proceed.\n");
    out(text.as_bytes())
}
