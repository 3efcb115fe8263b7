//! `helm status`: a stored revision without its chart, plus the live objects it manages.

use super::{get, ActionError, WithWarnings};
use crate::release::Release;
use crate::storage::Storage;

/// Loads the revision (latest when `revision <= 0`) and strips the chart like Helm does.
pub async fn run(
    storage: &Storage,
    name: &str,
    revision: i64,
) -> Result<WithWarnings<Release>, ActionError> {
    let mut r = get::release(storage, name, revision).await?;
    r.value.chart = None;
    Ok(r)
}

/// The release as Go prints it: struct fields in order, every map's keys sorted.
pub fn sorted_release(rel: &Release) -> Result<serde_json::Value, serde_json::Error> {
    let mut v = serde_json::to_value(rel)?;
    if let Some(obj) = v.as_object_mut() {
        for key in ["config"] {
            if let Some(x) = obj.get_mut(key) {
                *x = super::get::sorted(x);
            }
        }
        if let Some(info) = obj.get_mut("info").and_then(|i| i.as_object_mut()) {
            if let Some(r) = info.get_mut("resources") {
                *r = super::get::sorted(r);
            }
        }
    }
    Ok(v)
}
