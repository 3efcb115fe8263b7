//! Bringing the cluster from one release manifest to the next: Helm's `Client.Update` (and the
//! object creation of `Client.Create`), shared by install, upgrade and rollback.
//!
//! Every target object is created when missing and updated otherwise, kind by kind in manifest
//! order (objects of one kind in parallel); then the objects only the old manifest has are
//! deleted, unless their live annotation `helm.sh/resource-policy` is `keep`.

use std::collections::HashSet;

use futures::StreamExt;
use serde_json::Value;

use super::resources::{
    Cluster, Resource, ResourceError, ResourceKey, FIELD_MANAGER, RESOURCE_POLICY_ANNOTATION,
};
use super::strategic;

/// How many objects of one kind are written at the same time.
const PARALLEL_WRITES: usize = 16;

/// How objects are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ApplyOptions {
    /// Server-side apply (field manager `helm`) instead of client-side patches.
    pub server_side: bool,
    /// Replace existing objects with PUT instead of patching them (client-side only).
    pub force_replace: bool,
    /// Take over fields other managers own (server-side apply only).
    pub force_conflicts: bool,
    /// Find out which objects were created (for `--cleanup-on-fail`), at the cost of a read per
    /// object when applying server-side.
    pub track_created: bool,
    /// Before the first server-side apply of a release that was applied client-side, hand the
    /// fields `helm` owns by update over to `helm`'s apply (client-go's `csaupgrade`), so the
    /// apply does not conflict with them.
    pub migrate_client_side_fields: bool,
}

/// What an update did.
#[derive(Debug, Default)]
pub struct ApplyReport {
    /// Objects that did not exist and were created (or whose creation was attempted: Helm counts
    /// an object as created even when creating it failed, so cleanup tries to delete it).
    pub created: Vec<Resource>,
    /// Objects that existed and were patched, replaced or applied.
    pub updated: Vec<ResourceKey>,
    /// Objects of the old manifest that were deleted.
    pub deleted: Vec<ResourceKey>,
}

/// Why an update failed. The texts are Helm's: one fatal error as is, patch errors joined with
/// ` && `, deletion errors likewise.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    /// `--force-replace` with server-side apply, which Helm refuses.
    #[error("invalid operation: cannot use server-side apply and force replace together")]
    ForceReplaceWithServerSide,
    /// `--force-replace` with `--force-conflicts`, which Helm refuses.
    #[error("invalid operation: cannot use force conflicts and force replace together")]
    ForceReplaceWithForceConflicts,
    /// Reading or creating an object failed; nothing after it was written.
    #[error("{0}")]
    Write(ObjectError),
    /// Some existing objects could not be updated; the others were.
    #[error("{}", join(.0, " && "))]
    Update(Vec<ObjectError>),
    /// Some objects the new manifest dropped could not be deleted.
    #[error("{}", join(.0, " && "))]
    Delete(Vec<ObjectError>),
}

impl ApplyError {
    /// True when the write failed because the object exists already.
    pub fn is_already_exists(&self) -> bool {
        matches!(self, ApplyError::Write(e) if e.source.is_already_exists())
    }
}

/// One object's failed request: Helm's words for it, and the API error behind them.
#[derive(Debug, thiserror::Error)]
#[error("{text}")]
pub struct ObjectError {
    /// Helm's text for the failure.
    pub text: String,
    /// The API error behind it.
    #[source]
    pub source: ResourceError,
}

/// What Helm says when a request about `r` fails.
#[derive(Clone, Copy)]
enum Request {
    Get,
    Create,
    /// Creation by server-side apply during an update: Helm's creation prefix on the apply's
    /// words.
    CreateApply,
    /// Creation as part of an install (Helm's `Create`): the API's words alone.
    InstallCreate,
    Apply,
    Patch,
    Replace,
    Delete,
}

fn object_error(request: Request, r: &Resource, source: ResourceError) -> ObjectError {
    let api = source.api_text();
    let text = match request {
        Request::Get => format!("could not get information about the resource: {api}"),
        Request::Create => format!("failed to create resource: {api}"),
        Request::CreateApply => format!("failed to create resource: {}", apply_text(r, &source)),
        Request::InstallCreate | Request::Apply => apply_text(r, &source),
        Request::Patch => format!(
            "cannot patch {:?} with kind {}: {api}",
            r.key.name, r.key.kind
        ),
        Request::Replace => format!("failed to replace object: {api}"),
        Request::Delete => format!("failed to delete resource {}: {api}", r.key.name),
    };
    ObjectError { text, source }
}

/// Helm's words for a failed server-side apply (`patchResourceServerSide`): a conflict names
/// the object, anything else is the API's text.
pub fn apply_text(r: &Resource, source: &ResourceError) -> String {
    let api = source.api_text();
    if source.is_conflict() {
        format!(
            "conflict occurred while applying object {}/{} {}: {api}",
            r.key.namespace,
            r.key.name,
            r.gvk_string()
        )
    } else {
        api
    }
}

fn join(errors: &[ObjectError], sep: &str) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(sep)
}

/// An update that failed, with what it had done by then.
#[derive(Debug)]
pub struct ApplyFailure {
    /// What the update did before it failed.
    pub report: ApplyReport,
    /// Why it failed.
    pub error: ApplyError,
}

impl std::fmt::Display for ApplyFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.error.fmt(f)
    }
}

impl std::error::Error for ApplyFailure {}

/// What writing one target object did.
enum Written {
    Created(Box<Resource>),
    Updated(ResourceKey),
}

/// Why writing one target object failed: write errors stop the update (as in Helm), update
/// errors are collected and reported together.
enum WriteError {
    Write(ObjectError),
    Update(ObjectError),
}

async fn write_one(
    cluster: &Cluster,
    before: &[Resource],
    target: &Resource,
    opts: ApplyOptions,
) -> Result<Written, (Option<Resource>, WriteError)> {
    if opts.server_side && !opts.track_created && !opts.migrate_client_side_fields {
        // Server-side apply creates or updates in one request; whether the object existed
        // only matters for --cleanup-on-fail, and for the words of a failure: Helm reads the
        // object first, so a failed creation stops the update ("failed to create resource")
        // while a failed update is collected with the others. A refused object is rare, so
        // only then is it read; a cluster that failed (no answer, storage down) is not asked
        // again, and its error stops the update as before.
        let Err(e) = cluster.apply(target, opts.force_conflicts, false).await else {
            return Ok(Written::Updated(target.key.clone()));
        };
        let live = if e.is_refusal() {
            cluster.get(target).await.ok()
        } else {
            None
        };
        return Err(match live {
            Some(Some(_)) => (
                None,
                WriteError::Update(object_error(Request::Apply, target, e)),
            ),
            Some(None) => (
                None,
                WriteError::Write(object_error(Request::CreateApply, target, e)),
            ),
            None => (
                None,
                WriteError::Write(object_error(Request::Apply, target, e)),
            ),
        });
    }
    let live = cluster.get(target).await.map_err(|e| {
        (
            None,
            WriteError::Write(object_error(Request::Get, target, e)),
        )
    })?;
    let Some(live) = live else {
        let (request, res) = if opts.server_side {
            (
                Request::CreateApply,
                cluster.apply(target, opts.force_conflicts, false).await,
            )
        } else {
            (Request::Create, cluster.create(target).await)
        };
        return match res {
            Ok(_) => Ok(Written::Created(Box::new(target.clone()))),
            Err(e) => Err((
                Some(target.clone()),
                WriteError::Write(object_error(request, target, e)),
            )),
        };
    };
    let (request, res) = if opts.server_side {
        if opts.migrate_client_side_fields {
            if let Some(patch) = client_side_fields_patch(&live) {
                cluster.json_patch(target, &patch).await.map_err(|e| {
                    (
                        None,
                        WriteError::Update(object_error(Request::Apply, target, e)),
                    )
                })?;
            }
        }
        (
            Request::Apply,
            cluster
                .apply(target, opts.force_conflicts, false)
                .await
                .map(|_| ()),
        )
    } else if opts.force_replace {
        let rv = live
            .pointer("/metadata/resourceVersion")
            .and_then(Value::as_str);
        (
            Request::Replace,
            cluster.replace(target, rv).await.map(|_| ()),
        )
    } else {
        // The previous manifest's object is the baseline; an object only the cluster has
        // (kept by policy, adopted) uses the live state instead.
        let original = before
            .iter()
            .find(|b| b.key == target.key)
            .map(|b| &b.object)
            .unwrap_or(&live);
        // Built-in kinds get Helm's three-way strategic merge patch, custom resources its
        // two-way JSON merge patch.
        let res = if strategic::is_typed(&target.api.group, &target.api.version) {
            let patch = strategic::three_way(&target.key.kind, original, &target.object, &live);
            cluster.strategic_patch(target, &patch).await
        } else {
            let patch = strategic::two_way_merge(original, &target.object);
            cluster.merge_patch(target, &patch).await
        };
        (Request::Patch, res)
    };
    res.map(|_| Written::Updated(target.key.clone()))
        .map_err(|e| (None, WriteError::Update(object_error(request, target, e))))
}

/// The JSON patch that hands the fields [`FIELD_MANAGER`] owns through client-side updates
/// over to its server-side apply entry (client-go's `csaupgrade.UpgradeManagedFieldsPatch`):
/// the update entry becomes the apply entry, or is merged into an existing one. `None` when
/// there is nothing to hand over.
pub fn client_side_fields_patch(live: &Value) -> Option<Value> {
    let mut fields = live.pointer("/metadata/managedFields")?.as_array()?.clone();
    let is = |e: &Value, op: &str| {
        e.get("manager").and_then(Value::as_str) == Some(FIELD_MANAGER)
            && e.get("operation").and_then(Value::as_str) == Some(op)
            && e.get("subresource")
                .and_then(Value::as_str)
                .unwrap_or("")
                .is_empty()
    };
    let csa = fields.iter().position(|e| is(e, "Update"))?;
    match fields.iter().position(|e| is(e, "Apply")) {
        None => {
            fields[csa]["operation"] = Value::from("Apply");
        }
        Some(ssa) => {
            let from = fields[csa].get("fieldsV1").cloned().unwrap_or(Value::Null);
            let into = fields[ssa]
                .as_object_mut()?
                .entry("fieldsV1")
                .or_insert_with(|| Value::Object(Default::default()));
            union_fields(into, &from);
            fields.remove(csa);
        }
    }
    let rv = live.pointer("/metadata/resourceVersion").cloned()?;
    Some(serde_json::json!([
        {"op": "replace", "path": "/metadata/managedFields", "value": fields},
        {"op": "replace", "path": "/metadata/resourceVersion", "value": rv},
    ]))
}

/// The union of two managed-fields sets (`fieldsV1` trees).
fn union_fields(into: &mut Value, from: &Value) {
    let (Value::Object(a), Value::Object(b)) = (into, from) else {
        return;
    };
    for (k, v) in b {
        match a.get_mut(k) {
            Some(existing) => union_fields(existing, v),
            None => {
                a.insert(k.clone(), v.clone());
            }
        }
    }
}

/// Whether the live object asks to be kept when its release no longer has it.
pub fn kept_by_policy(live: &Value) -> bool {
    live.pointer("/metadata/annotations")
        .and_then(|a| a.get(RESOURCE_POLICY_ANNOTATION))
        .and_then(Value::as_str)
        == Some("keep")
}

/// Brings the cluster from `before` to `after` (Helm's `Client.Update`): creates or updates
/// every target object, kind by kind in manifest order, then deletes what the target no longer
/// has (unless kept by policy).
pub async fn update(
    cluster: &Cluster,
    before: &[Resource],
    after: &[Resource],
    opts: ApplyOptions,
) -> Result<ApplyReport, Box<ApplyFailure>> {
    let mut report = ApplyReport::default();
    let fail = |report, error| Err(Box::new(ApplyFailure { report, error }));
    // In Helm's order of checks (`Client.Update`).
    if opts.force_replace && opts.force_conflicts {
        return fail(report, ApplyError::ForceReplaceWithForceConflicts);
    }
    if opts.force_replace && opts.server_side {
        return fail(report, ApplyError::ForceReplaceWithServerSide);
    }
    let mut update_errors = Vec::new();
    for group in after.chunk_by(|a, b| a.key.kind == b.key.kind) {
        let results: Vec<_> = futures::stream::iter(group)
            .map(|target| write_one(cluster, before, target, opts))
            .buffered(PARALLEL_WRITES)
            .collect()
            .await;
        crate::testpoint::pause_point("apply").await;
        let mut fatal = None;
        for r in results {
            match r {
                Ok(Written::Created(res)) => report.created.push(*res),
                Ok(Written::Updated(key)) => report.updated.push(key),
                Err((res, e)) => {
                    report.created.extend(res);
                    match e {
                        WriteError::Write(e) => {
                            fatal.get_or_insert(e);
                        }
                        WriteError::Update(e) => update_errors.push(e),
                    }
                }
            }
        }
        if let Some(e) = fatal {
            return fail(report, ApplyError::Write(e));
        }
    }
    if !update_errors.is_empty() {
        return fail(report, ApplyError::Update(update_errors));
    }
    let keep: HashSet<_> = after.iter().map(|r| &r.key).collect();
    let gone: Vec<&Resource> = before.iter().filter(|r| !keep.contains(&r.key)).collect();
    let deletions: Vec<(ResourceKey, Result<bool, ObjectError>)> = futures::stream::iter(gone)
        .map(|old| async move {
            // An object that cannot be read is skipped, as in Helm.
            let Ok(Some(live)) = cluster.get(old).await else {
                return None;
            };
            if kept_by_policy(&live) {
                return None;
            }
            let deleted = cluster
                .delete(old)
                .await
                .map_err(|e| object_error(Request::Delete, old, e));
            Some((old.key.clone(), deleted))
        })
        .buffered(PARALLEL_WRITES)
        .filter_map(|e| async move { e })
        .collect()
        .await;
    let mut delete_errors = Vec::new();
    for (key, result) in deletions {
        match result {
            Ok(true) => report.deleted.push(key),
            Ok(false) => {}
            Err(e) => delete_errors.push(e),
        }
    }
    if delete_errors.is_empty() {
        Ok(report)
    } else {
        fail(report, ApplyError::Delete(delete_errors))
    }
}

/// Creates every object of a fresh install (Helm's `Client.Create`): server-side apply or a
/// plain create, kind by kind in manifest order. An object that already exists is an error.
pub async fn create(
    cluster: &Cluster,
    objects: &[Resource],
    opts: ApplyOptions,
) -> Result<ApplyReport, Box<ApplyFailure>> {
    let mut report = ApplyReport::default();
    for group in objects.chunk_by(|a, b| a.key.kind == b.key.kind) {
        let results: Vec<_> = futures::stream::iter(group)
            .map(|o| async move {
                let res = if opts.server_side {
                    cluster.apply(o, opts.force_conflicts, false).await
                } else {
                    cluster.create(o).await
                };
                (o, res)
            })
            .buffered(PARALLEL_WRITES)
            .collect()
            .await;
        crate::testpoint::pause_point("apply").await;
        let mut fatal = None;
        for (o, res) in results {
            report.created.push(o.clone());
            if let Err(e) = res {
                fatal.get_or_insert(object_error(Request::InstallCreate, o, e));
            }
        }
        if let Some(e) = fatal {
            return Err(Box::new(ApplyFailure {
                report,
                error: ApplyError::Write(e),
            }));
        }
    }
    Ok(report)
}

/// Deletes `objects` (the cleanup of `--cleanup-on-fail`); returns the errors, if any.
pub async fn delete_all(cluster: &Cluster, objects: &[Resource]) -> Vec<ObjectError> {
    let mut problems = Vec::new();
    for r in objects {
        if let Err(e) = cluster.delete(r).await {
            problems.push(object_error(Request::Delete, r, e));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn client_side_fields_become_helms_apply_fields() {
        let live = json!({"metadata": {"resourceVersion": "7", "managedFields": [
            {"manager": "helm", "operation": "Update", "fieldsV1": {"f:data": {"f:a": {}}}},
            {"manager": "kubectl", "operation": "Update", "fieldsV1": {"f:data": {"f:b": {}}}}
        ]}});
        let patch = client_side_fields_patch(&live).unwrap();
        assert_eq!(patch[0]["value"][0]["operation"], "Apply");
        assert_eq!(patch[0]["value"][1]["manager"], "kubectl");
        assert_eq!(patch[1]["value"], "7");

        let both = json!({"metadata": {"resourceVersion": "8", "managedFields": [
            {"manager": "helm", "operation": "Apply", "fieldsV1": {"f:data": {"f:a": {}}}},
            {"manager": "helm", "operation": "Update", "fieldsV1": {"f:data": {"f:c": {}}, "f:metadata": {}}}
        ]}});
        let patch = client_side_fields_patch(&both).unwrap();
        let fields = patch[0]["value"].as_array().unwrap();
        assert_eq!(fields.len(), 1);
        assert_eq!(
            fields[0]["fieldsV1"],
            json!({"f:data": {"f:a": {}, "f:c": {}}, "f:metadata": {}})
        );

        let ssa_only = json!({"metadata": {"resourceVersion": "9", "managedFields": [
            {"manager": "helm", "operation": "Apply", "fieldsV1": {}}
        ]}});
        assert!(client_side_fields_patch(&ssa_only).is_none());
    }
}
