//! Test-only pause points, so the fault tests can stop a write command at an exact step without
//! timing luck (tests/faults.rs).
//!
//! When the environment variable `RHELM_TEST_PAUSE_AT` names a step that a running command
//! reaches, the command prints `rhelm: paused at <step> (RHELM_TEST_PAUSE_AT)` on stderr and
//! sleeps until it is killed. The steps are `pending-record` (just before the new revision's
//! record is created), `recorded` (just after), `apply` (objects of the first kind applied, the
//! rest not yet), `wait` (everything applied, before waiting) and `final-record` (the roll-out is
//! done, before the outcome is recorded), in install, upgrade and rollback. Uninstall has
//! `pending-record` and `recorded` around marking the release `uninstalling`, `delete` (objects
//! of the first kind deleted), `wait` and `final-record` (before the records are purged or the
//! `uninstalled` one is stored). With `RHELM_TEST_RESUME_FILE` also set, the command
//! goes on once that file exists (so a test can stop the API server in between). Unset, or
//! naming another step, nothing happens: no other behaviour depends on them. They are not user
//! settings and are not documented as such.

/// Pauses at `step` when `RHELM_TEST_PAUSE_AT` names it: until `RHELM_TEST_RESUME_FILE`
/// exists, or forever.
pub async fn pause_point(step: &str) {
    if std::env::var_os("RHELM_TEST_PAUSE_AT").is_some_and(|v| v == step) {
        eprintln!("rhelm: paused at {step} (RHELM_TEST_PAUSE_AT)");
        match std::env::var_os("RHELM_TEST_RESUME_FILE") {
            Some(file) => {
                while !std::path::Path::new(&file).exists() {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
            }
            None => std::future::pending::<()>().await,
        }
    }
}
