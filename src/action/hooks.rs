//! Running a release's hooks for one event, as Helm 4's `execHook` does: by weight then name,
//! each created, waited for (Jobs to complete, Pods to succeed; other kinds at once) and
//! deleted according to its policies, with its last run recorded in the release.

use std::time::{Duration, Instant};

use kready::kstatus::{helm4_wait_errors, Reader, ResourceStatus, WaitGoal};
use kready::{ResourceId, Status, Time};

use crate::kube::resources::{Cluster, Resource};
use crate::kube::wait::{self, WaitError};
use crate::release::time::{GoTime, HelmTime};
use crate::release::{Hook, Release};
use crate::storage::{custom_labels, Storage, StorageError};

const POLL: Duration = Duration::from_millis(500);

#[derive(Debug, thiserror::Error)]
pub enum HookError {
    #[error("unable to build kubernetes object for {event} hook {path}: {message}")]
    Build {
        event: String,
        path: String,
        message: String,
    },
    #[error("warning: Hook {event} {path} failed: {message}")]
    Create {
        event: String,
        path: String,
        message: String,
    },
    #[error("{0}")]
    Wait(String),
    #[error("{0}")]
    Delete(String),
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

/// Waits until Jobs complete and Pods succeed (Helm 4's `WatchUntilReady`); fails as soon as
/// one fails, or at the timeout.
async fn watch_until_ready(
    cluster: &Cluster,
    objects: &[Resource],
    timeout: Duration,
) -> Result<(), String> {
    let deadline = Instant::now() + timeout;
    loop {
        let mut statuses = Vec::new();
        for o in objects {
            let live = cluster.get(o).await.map_err(|e| e.to_string())?;
            let id = ResourceId::new(&o.key.group, &o.key.kind, &o.key.namespace, &o.key.name);
            statuses.push(ResourceStatus::read(
                &id,
                live.as_ref(),
                Reader::Hooks,
                Time::now(),
            ));
        }
        let failed = statuses.iter().any(|s| s.status == Status::Failed);
        let timed_out = Instant::now() >= deadline;
        if statuses.iter().all(|s| s.status == Status::Current) {
            return Ok(());
        }
        if failed || timed_out {
            return Err(
                helm4_wait_errors(&statuses, WaitGoal::Ready, timed_out && !failed).join("\n"),
            );
        }
        tokio::time::sleep(POLL).await;
    }
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
    let mut order: Vec<usize> = (0..rls.hooks.len())
        .filter(|&i| rls.hooks[i].events.iter().any(|e| e == event))
        .collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&rls.hooks[a], &rls.hooks[b]);
        x.weight.cmp(&y.weight).then_with(|| x.name.cmp(&y.name))
    });
    let namespace = rls.namespace.clone();
    for (n, &i) in order.iter().enumerate() {
        if rls.hooks[i].delete_policies.is_empty() {
            rls.hooks[i].delete_policies = vec!["before-hook-creation".into()];
        }
        let h = rls.hooks[i].clone();
        delete_by_policy(cluster, &h, "before-hook-creation", &namespace, timeout).await?;
        let objects = build(cluster, &h, &namespace, event).await?;

        rls.hooks[i].last_run.started_at = HelmTime::At(GoTime::now());
        rls.hooks[i].last_run.completed_at = HelmTime::default();
        rls.hooks[i].last_run.phase = "Running".into();
        let mut stored = rls.clone();
        stored.labels = custom_labels(&stored.labels);
        storage.update(&stored).await?;
        rls.hooks[i].last_run.phase = "Unknown".into();

        for o in &objects {
            let created = if server_side {
                cluster.apply(o, false, false).await.map(|_| ())
            } else {
                cluster.create(o).await.map(|_| ())
            };
            if let Err(e) = created {
                rls.hooks[i].last_run.completed_at = HelmTime::At(GoTime::now());
                rls.hooks[i].last_run.phase = "Failed".into();
                return Err(HookError::Create {
                    event: event.to_string(),
                    path: h.path.clone(),
                    message: e.to_string(),
                });
            }
        }
        let waited = watch_until_ready(cluster, &objects, timeout).await;
        rls.hooks[i].last_run.completed_at = HelmTime::At(GoTime::now());
        if let Err(reason) = waited {
            rls.hooks[i].last_run.phase = "Failed".into();
            // Best effort, as in Helm: clean up by policy, then report the hook's failure.
            let _ = delete_by_policy(cluster, &h, "hook-failed", &namespace, timeout).await;
            for &j in &order[..n] {
                let done = rls.hooks[j].clone();
                delete_by_policy(cluster, &done, "hook-succeeded", &namespace, timeout).await?;
            }
            return Err(HookError::Wait(reason));
        }
        rls.hooks[i].last_run.phase = "Succeeded".into();
    }
    for &i in order.iter().rev() {
        let h = rls.hooks[i].clone();
        delete_by_policy(cluster, &h, "hook-succeeded", &namespace, timeout).await?;
    }
    Ok(())
}
