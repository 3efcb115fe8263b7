//! Running a release's hooks for one event, as Helm 4's `execHook` does: by weight then name,
//! each created, waited for (Jobs to complete, Pods to succeed; other kinds at once) and
//! deleted according to its policies, with its last run recorded in the release.

use std::time::Duration;

use crate::cluster::resources::{Cluster, Resource};
use crate::cluster::wait::{self, WaitError};
use crate::release::time::{GoTime, HelmTime};
use crate::release::{Hook, Release};
use crate::storage::{custom_labels, Storage, StorageError};

/// Why a hook failed; the texts are Helm's.
#[derive(Debug, thiserror::Error)]
pub enum HookError {
    /// The hook's manifest does not build into an object.
    #[error("unable to build kubernetes object for {event} hook {path}: {message}")]
    Build {
        /// The hook event.
        event: String,
        /// The hook's template path.
        path: String,
        /// Why it does not build.
        message: String,
    },
    /// The hook failed (Helm's `warning: Hook … failed` text).
    #[error("warning: Hook {event} {path} failed: {message}")]
    Create {
        /// The hook event.
        event: String,
        /// The hook's template path.
        path: String,
        /// Why it failed.
        message: String,
    },
    /// Waiting for the hook failed.
    #[error("{0}")]
    Wait(WaitError),
    /// A hook object could not be deleted by its policy.
    #[error("{0}")]
    Delete(String),
    /// Writing the record failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

fn has_policy(h: &Hook, policy: &str) -> bool {
    h.delete_policies.iter().any(|p| p == policy)
}

async fn build(
    cluster: &Cluster,
    h: &Hook,
    namespace: &str,
    event: &str,
) -> Result<Vec<Resource>, HookError> {
    cluster
        .build(&h.manifest, namespace)
        .await
        .map_err(|e| HookError::Build {
            event: event.to_string(),
            path: h.path.clone(),
            message: e.to_string(),
        })
}

/// Deletes a hook's objects if it has `policy`, and waits for them to be gone.
async fn delete_by_policy(
    cluster: &Cluster,
    h: &Hook,
    policy: &str,
    namespace: &str,
    timeout: Duration,
) -> Result<(), HookError> {
    if h.kind == "CustomResourceDefinition" || !has_policy(h, policy) {
        return Ok(());
    }
    let objects = cluster.build(&h.manifest, namespace).await.map_err(|e| {
        HookError::Delete(format!(
            "unable to build kubernetes object for deleting hook {}: {e}",
            h.path
        ))
    })?;
    for o in &objects {
        cluster
            .delete(o)
            .await
            .map_err(|e| HookError::Delete(e.to_string()))?;
    }
    wait::until_deleted(cluster, &objects, timeout)
        .await
        .map_err(|e| {
            HookError::Delete(match e {
                // Helm 4's words for a hook that outlives the timeout.
                WaitError::Timeout(left) => format!("{left}\ncontext deadline exceeded"),
                other => other.to_string(),
            })
        })
}

/// Runs the hooks of `event` in `rls`, recording each hook's last run in storage as it starts.
/// The final phases are stored by the caller's next write of the record, as in Helm.
pub async fn run(
    storage: &Storage,
    cluster: &Cluster,
    rls: &mut Release,
    event: &str,
    timeout: Duration,
    server_side: bool,
) -> Result<(), HookError> {
    let (ran, cleanup) = run_deferred(storage, cluster, rls, event, timeout, server_side).await;
    // As Helm's execHook: a failed deletion is reported over the hook's own failure.
    match cleanup.run(cluster, timeout).await {
        Err(e) => Err(e),
        Ok(()) => ran,
    }
}

/// The deletions hooks' policies ask for once they have run (Helm 4's delayed shutdown):
/// `helm test` collects the pods' logs before them.
#[derive(Debug, Default)]
pub struct Cleanup {
    namespace: String,
    /// The hook that failed, deleted if it has `hook-failed` (errors ignored, as in Helm).
    failed: Option<Hook>,
    /// Hooks to delete if they have `hook-succeeded`, in this order.
    succeeded: Vec<Hook>,
}

impl Cleanup {
    /// Performs the deletions; the first error ends them.
    pub async fn run(self, cluster: &Cluster, timeout: Duration) -> Result<(), HookError> {
        if let Some(h) = &self.failed {
            let _ = delete_by_policy(cluster, h, "hook-failed", &self.namespace, timeout).await;
        }
        for h in &self.succeeded {
            delete_by_policy(cluster, h, "hook-succeeded", &self.namespace, timeout).await?;
        }
        Ok(())
    }
}

/// [`run`] without the final deletions by policy, which the caller performs with the returned
/// [`Cleanup`] (also on failure).
pub async fn run_deferred(
    storage: &Storage,
    cluster: &Cluster,
    rls: &mut Release,
    event: &str,
    timeout: Duration,
    server_side: bool,
) -> (Result<(), HookError>, Cleanup) {
    let mut order: Vec<usize> = (0..rls.hooks.len())
        .filter(|&i| rls.hooks[i].events.iter().any(|e| e == event))
        .collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&rls.hooks[a], &rls.hooks[b]);
        x.weight.cmp(&y.weight).then_with(|| x.name.cmp(&y.name))
    });
    let namespace = rls.namespace.clone();
    let mut cleanup = Cleanup {
        namespace: namespace.clone(),
        ..Default::default()
    };
    for (n, &i) in order.iter().enumerate() {
        if rls.hooks[i].delete_policies.is_empty() {
            rls.hooks[i].delete_policies = vec!["before-hook-creation".into()];
        }
        let h = rls.hooks[i].clone();
        let prepared = async {
            delete_by_policy(cluster, &h, "before-hook-creation", &namespace, timeout).await?;
            let objects = build(cluster, &h, &namespace, event).await?;
            rls.hooks[i].last_run.started_at = HelmTime::At(GoTime::now());
            rls.hooks[i].last_run.completed_at = HelmTime::default();
            rls.hooks[i].last_run.phase = "Running".into();
            let mut stored = rls.clone();
            stored.labels = custom_labels(&stored.labels);
            storage.update(&stored).await?;
            Ok::<_, HookError>(objects)
        };
        let objects = match prepared.await {
            Ok(o) => o,
            Err(e) => return (Err(e), Cleanup::default()),
        };
        rls.hooks[i].last_run.phase = "Unknown".into();

        for o in &objects {
            // Helm's `Client.Create` returns the API's words (a conflict of an apply named).
            let created = if server_side {
                cluster
                    .apply(o, false, false)
                    .await
                    .map_err(|e| crate::cluster::apply::apply_text(o, &e))
            } else {
                cluster.create(o).await.map_err(|e| e.api_text())
            };
            if let Err(message) = created {
                rls.hooks[i].last_run.completed_at = HelmTime::At(GoTime::now());
                rls.hooks[i].last_run.phase = "Failed".into();
                let err = HookError::Create {
                    event: event.to_string(),
                    path: h.path.clone(),
                    message,
                };
                return (Err(err), Cleanup::default());
            }
        }
        let waited = wait::until_hooks_done(cluster, &objects, timeout).await;
        rls.hooks[i].last_run.completed_at = HelmTime::At(GoTime::now());
        if let Err(reason) = waited {
            rls.hooks[i].last_run.phase = "Failed".into();
            // As in Helm: clean up by policy, then report the hook's failure.
            cleanup.failed = Some(h);
            cleanup.succeeded = order[..n].iter().map(|&j| rls.hooks[j].clone()).collect();
            return (Err(HookError::Wait(reason)), cleanup);
        }
        rls.hooks[i].last_run.phase = "Succeeded".into();
    }
    cleanup.succeeded = order.iter().rev().map(|&i| rls.hooks[i].clone()).collect();
    (Ok(()), cleanup)
}
