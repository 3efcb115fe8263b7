//! Waiting for release objects to become ready, and saying why they are not.
//!
//! Readiness is kstatus's (Helm 4's default `--wait=watcher`), computed by the `kready` crate
//! from objects polled from the API server. While waiting, each not-ready object gets a one-line
//! explanation; a problem that waiting cannot fix (a crash-looping container, an image that
//! cannot be pulled, a failed Job) ends the wait at once instead of at the timeout.

use std::fmt;
use std::time::{Duration, Instant};

use k8s_openapi::api::apps::v1::ReplicaSet;
use k8s_openapi::api::core::v1::{Event, Pod};
use kready::kstatus::{helm4_status, helm4_wait_errors, Reader, WaitGoal};
use kready::legacy::{related_needed, Flavor, LegacyChecker, Readiness, Related};
use kready::{diagnose, DiagnoseInput, Status, Time};
use kube::api::{Api, ListParams};
use serde_json::Value;

use super::resources::{Cluster, Resource, ResourceError};

/// Why waiting for objects failed.
#[derive(Debug, thiserror::Error)]
pub enum WaitError {
    /// The timeout passed with objects still present (waiting for their deletion).
    #[error("timed out waiting for the condition:\n{0}")]
    Timeout(String),
    /// Objects did not become ready: the timeout passed, or waiting cannot help (a crash
    /// loop, an image that cannot be pulled, a failed Job...). The text is the short form
    /// failure records keep; [`NotReady::report`] has the full explanation.
    #[error("{0}")]
    NotReady(Box<NotReady>),
    /// Objects not in the wanted state when waiting stopped, in Helm 4's lines
    /// (`resource Job/ns/x not ready. status: Failed, message: …`), then
    /// `context deadline exceeded` when the time ran out.
    #[error("{}", .0.join("\n"))]
    Unmet(Vec<String>),
    /// Reading an object failed.
    #[error(transparent)]
    Api(#[from] ResourceError),
}

/// Objects that did not become ready, said two ways: in at most two lines in Helm 4's form
/// (what [`fmt::Display`] prints, for the release record and the error), and in full (which
/// pod, which container, why, recent events) for the terminal.
#[derive(Debug)]
pub struct NotReady {
    /// The timeout passed; otherwise waiting stopped early because it cannot help.
    pub timed_out: bool,
    /// Helm 4's line for each object not ready, the object that ended the wait first
    /// (`resource Deployment/ns/web not ready. status: InProgress, message: Available: 0/1`);
    /// empty with Helm 3's readiness rules, whose waiter names no object.
    pub objects: Vec<String>,
    /// The root cause in one line, when one is known
    /// (`pod web-abc: container web CrashLoopBackOff (restarts 3)`); printed in the short form
    /// in place of Helm's `context deadline exceeded` when waiting stopped early.
    pub cause: Option<String>,
    /// The full explanation, several lines per object.
    pub report: String,
}

impl fmt::Display for NotReady {
    /// `resource Deployment/ns/web not ready. status: InProgress, message: Available: 0/1`
    /// then `context deadline exceeded` (Helm 4's words) or the root cause.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut lines = Vec::new();
        if let Some(first) = self.objects.first() {
            match self.objects.len() - 1 {
                0 => lines.push(first.clone()),
                more => lines.push(format!("{first} (and {more} more not ready)")),
            }
        }
        if self.timed_out {
            lines.push("context deadline exceeded".to_string());
        } else if let Some(cause) = &self.cause {
            lines.push(cause.clone());
        }
        f.write_str(&lines.join("\n"))
    }
}

/// How often objects are polled.
const POLL: Duration = Duration::from_millis(500);

/// Polls of short-lived things (hooks, deletions) start this often and slow down to [`POLL`]:
/// most hooks finish, and most deleted objects vanish, within a fraction of a second.
pub const FIRST_POLL: Duration = Duration::from_millis(25);

/// Sleeps `delay`, then doubles it up to [`POLL`].
pub async fn back_off(delay: &mut Duration) {
    tokio::time::sleep(*delay).await;
    *delay = (*delay * 2).min(POLL);
}

/// Deletes the pods of every workload among `resources` so their controllers recreate them
/// (Helm 3's `--recreate-pods`). Failures are returned as warnings, as Helm only logs them.
pub async fn recreate_pods(cluster: &Cluster, resources: &[Resource]) -> Vec<String> {
    use kube::api::{DeleteParams, Preconditions};
    let mut warnings = Vec::new();
    for r in resources {
        if !matches!(
            r.key.kind.as_str(),
            "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet" | "ReplicationController"
        ) {
            continue;
        }
        let Some(sel) = r.object.pointer("/spec/selector").and_then(selector_string) else {
            continue;
        };
        let api: Api<Pod> = Api::namespaced(cluster.client().clone(), &r.key.namespace);
        let pods = match api.list(&ListParams::default().labels(&sel)).await {
            Ok(p) => p.items,
            Err(e) => {
                warnings.push(format!("cannot list the pods of {}: {e}", r.key));
                continue;
            }
        };
        for pod in pods {
            let name = pod.metadata.name.clone().unwrap_or_default();
            let dp = DeleteParams {
                preconditions: Some(Preconditions {
                    uid: pod.metadata.uid.clone(),
                    resource_version: None,
                }),
                ..Default::default()
            };
            if let Err(e) = api.delete(&name, &dp).await {
                warnings.push(format!("cannot delete pod {name} of {}: {e}", r.key));
            }
        }
    }
    warnings
}

/// Turns a `LabelSelector` object into the string form a list request takes.
pub fn selector_string(sel: &Value) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(labels) = sel.get("matchLabels").and_then(Value::as_object) {
        for (k, v) in labels {
            parts.push(format!("{k}={}", v.as_str().unwrap_or_default()));
        }
    }
    for e in sel
        .get("matchExpressions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let key = e.get("key").and_then(Value::as_str)?;
        let values: Vec<&str> = e
            .get("values")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        match e.get("operator").and_then(Value::as_str)? {
            "In" => parts.push(format!("{key} in ({})", values.join(","))),
            "NotIn" => parts.push(format!("{key} notin ({})", values.join(","))),
            "Exists" => parts.push(key.to_string()),
            "DoesNotExist" => parts.push(format!("!{key}")),
            _ => return None,
        }
    }
    Some(parts.join(","))
}

/// One not-ready object and what is known about why.
struct Pending {
    /// The progress line.
    line: String,
    /// Helm 4's line for it (empty with Helm 3's rules).
    helm: String,
    /// The root cause, in one line.
    cause: Option<String>,
    report: String,
    fail_fast: bool,
}

/// Lists objects of one kind in `ns` (all, or those `selector` matches) as JSON; see
/// [`list_objects`].
async fn list_json<K>(cluster: &Cluster, ns: &str, selector: Option<&Value>) -> Vec<Value>
where
    K: kube::Resource<Scope = k8s_openapi::NamespaceResourceScope, DynamicType = ()>
        + k8s_openapi::Resource
        + Clone
        + std::fmt::Debug
        + serde::de::DeserializeOwned
        + serde::Serialize,
{
    let mut lp = ListParams::default();
    if let Some(sel) = selector {
        match selector_string(sel) {
            Some(s) => lp = lp.labels(&s),
            None => return Vec::new(),
        }
    }
    list_objects::<K>(cluster, ns, &lp).await
}

/// Lists objects of one kind in `ns` as JSON, with the `apiVersion` and `kind` typed lists
/// leave out (kready reads them). Empty on any error: this only feeds explanations.
pub async fn list_objects<K>(cluster: &Cluster, ns: &str, lp: &ListParams) -> Vec<Value>
where
    K: kube::Resource<Scope = k8s_openapi::NamespaceResourceScope, DynamicType = ()>
        + k8s_openapi::Resource
        + Clone
        + std::fmt::Debug
        + serde::de::DeserializeOwned
        + serde::Serialize,
{
    let api: Api<K> = Api::namespaced(cluster.client().clone(), ns);
    let Ok(list) = api.list(lp).await else {
        return Vec::new();
    };
    list.items
        .into_iter()
        .filter_map(|o| serde_json::to_value(o).ok())
        .map(|mut o| {
            o["apiVersion"] = <K as k8s_openapi::Resource>::API_VERSION.into();
            o["kind"] = <K as k8s_openapi::Resource>::KIND.into();
            o
        })
        .collect()
}

async fn explain(cluster: &Cluster, r: &Resource, live: &Value, message: &str) -> Pending {
    let needs = kready::diagnose::diagnose_needs(live);
    let ns = r.key.namespace.as_str();
    let pods = match &needs.pods {
        Some(sel) => list_json::<Pod>(cluster, ns, Some(sel)).await,
        None => Vec::new(),
    };
    let related = match &needs.replica_sets {
        Some(sel) => list_json::<ReplicaSet>(cluster, ns, Some(sel)).await,
        None => Vec::new(),
    };
    let events = if ns.is_empty() {
        Vec::new()
    } else {
        list_json::<Event>(cluster, ns, None).await
    };
    let d = diagnose(&DiagnoseInput {
        resource: live,
        pods: &pods,
        events: &events,
        related: &related,
        now: Time::now(),
    });
    let mut line = d.progress_line().to_string();
    if line.is_empty() {
        line = format!("{}/{}: {message}", r.key.kind, r.key.name);
    }
    Pending {
        line,
        helm: String::new(),
        cause: d.root_cause().map(ToString::to_string),
        report: d.report().to_string(),
        fail_fast: d.fail_fast().is_some(),
    }
}

/// Helm 4's words for an object the watcher did not see ready.
fn helm_line(r: &Resource, status: Status, message: &str) -> String {
    let id = kready::ResourceId::new(&r.key.group, &r.key.kind, &r.key.namespace, &r.key.name);
    let rs = kready::kstatus::ResourceStatus {
        id,
        status,
        message: message.to_string(),
        error: None,
    };
    kready::kstatus::helm4_wait_errors(&[rs], kready::kstatus::WaitGoal::Ready, false).concat()
}

/// How to decide readiness.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WaitMode {
    /// Helm 3's readiness rules (`--wait=legacy`) instead of kstatus (`watcher`).
    pub legacy: bool,
    /// Also wait for Jobs to complete.
    pub wait_for_jobs: bool,
}

/// Helm 3's `ReadyChecker` verdict as a kstatus-like status: `Current` when ready, `Failed`
/// for a failed Job, else `InProgress` with the reason.
async fn legacy_status(
    cluster: &Cluster,
    r: &Resource,
    live: &Value,
    checker: &LegacyChecker,
) -> (Status, String) {
    let needs = related_needed(live, checker);
    let ns = r.key.namespace.as_str();
    let replica_sets = match &needs.replica_sets {
        Some(sel) => list_json::<ReplicaSet>(cluster, ns, Some(sel)).await,
        None => Vec::new(),
    };
    let pods = match &needs.pods {
        Some(sel) => list_json::<Pod>(cluster, ns, Some(sel)).await,
        None => Vec::new(),
    };
    let related = Related {
        replica_sets: &replica_sets,
        pods: &pods,
    };
    match checker.is_ready(live, &related) {
        Ok(Readiness::Ready) => (Status::Current, String::new()),
        Ok(Readiness::NotReady(why)) => (Status::InProgress, why),
        Err(e) => (Status::Failed, e.to_string()),
    }
}

/// Waits until every object is ready (kstatus `Current`), or fails with the root cause: at the
/// timeout, or as soon as a problem appears that waiting cannot fix. `progress` receives one
/// line per not-ready object after each poll.
pub async fn until_ready_with(
    cluster: &Cluster,
    resources: &[Resource],
    timeout: Duration,
    mode: WaitMode,
    progress: &mut dyn FnMut(&[String]),
) -> Result<(), WaitError> {
    // Helm 4's readers: Jobs are only waited for to complete with --wait-for-jobs.
    let reader = if mode.wait_for_jobs {
        Reader::WaitWithJobs
    } else {
        Reader::Wait
    };
    let legacy = LegacyChecker {
        check_jobs: mode.wait_for_jobs,
        paused_as_ready: true,
        flavor: Flavor::Helm4,
    };
    let deadline = Instant::now() + timeout;
    loop {
        let now = Time::now();
        let mut pending = Vec::new();
        for r in resources {
            let live = cluster.get(r).await?;
            let Some(live) = live else {
                pending.push(Pending {
                    line: format!("{}/{}: not found", r.key.kind, r.key.name),
                    helm: if mode.legacy {
                        String::new()
                    } else {
                        helm_line(r, Status::NotFound, "Resource not found")
                    },
                    cause: None,
                    report: format!("{} was not found", r.key),
                    fail_fast: false,
                });
                continue;
            };
            let (status, message) = if mode.legacy {
                legacy_status(cluster, r, &live, &legacy).await
            } else {
                match helm4_status(&live, reader, now) {
                    Ok(s) => (s.status, s.message),
                    Err(e) => (Status::Unknown, e.to_string()),
                }
            };
            if status == Status::Current {
                continue;
            }
            let mut p = explain(cluster, r, &live, &message).await;
            if !mode.legacy {
                p.helm = helm_line(r, status, &message);
            }
            if status == Status::Failed && !p.fail_fast {
                p.fail_fast = true;
                p.cause = Some(format!("{}/{}: {message}", r.key.kind, r.key.name));
            }
            pending.push(p);
        }
        if pending.is_empty() {
            progress(&[]);
            return Ok(());
        }
        let lines: Vec<String> = pending.iter().map(|p| p.line.clone()).collect();
        progress(&lines);
        let stop_early = pending.iter().any(|p| p.fail_fast);
        if stop_early || Instant::now() >= deadline {
            // The object that ends the wait comes first.
            pending.sort_by_key(|p| !p.fail_fast);
            let reports: Vec<String> = pending
                .iter()
                .filter(|p| !stop_early || p.fail_fast)
                .map(|p| p.report.trim_end().to_string())
                .collect();
            return Err(WaitError::NotReady(Box::new(NotReady {
                timed_out: !stop_early,
                objects: pending
                    .iter()
                    .map(|p| p.helm.clone())
                    .filter(|h| !h.is_empty())
                    .collect(),
                cause: pending.iter().find_map(|p| p.cause.clone()),
                report: reports.join("\n"),
            })));
        }
        tokio::time::sleep(POLL.min(deadline.saturating_duration_since(Instant::now()))).await;
    }
}

/// The kstatus of each object as `reader` reads it (a missing object reads as not found).
pub async fn read_statuses(
    cluster: &Cluster,
    objects: &[Resource],
    reader: Reader,
) -> Result<Vec<kready::kstatus::ResourceStatus>, ResourceError> {
    let mut statuses = Vec::with_capacity(objects.len());
    for o in objects {
        let live = cluster.get(o).await?;
        let id = kready::ResourceId::new(&o.key.group, &o.key.kind, &o.key.namespace, &o.key.name);
        statuses.push(kready::kstatus::ResourceStatus::read(
            &id,
            live.as_ref(),
            reader,
            Time::now(),
        ));
    }
    Ok(statuses)
}

/// Waits until every object is gone (Helm's `WaitForDelete`); at the timeout, names what is
/// left.
pub async fn until_deleted(
    cluster: &Cluster,
    resources: &[Resource],
    timeout: Duration,
) -> Result<(), WaitError> {
    let deadline = Instant::now() + timeout;
    let mut delay = FIRST_POLL;
    for r in resources {
        while cluster.get(r).await?.is_some() {
            if Instant::now() >= deadline {
                return Err(WaitError::Timeout(format!(
                    "resource {}/{}/{} still exists",
                    r.key.kind, r.key.namespace, r.key.name
                )));
            }
            back_off(&mut delay).await;
        }
    }
    Ok(())
}

/// Waits until hook Jobs complete and hook Pods succeed (Helm 4's `WatchUntilReady`); fails
/// as soon as one fails, or at the timeout.
pub async fn until_hooks_done(
    cluster: &Cluster,
    objects: &[Resource],
    timeout: Duration,
) -> Result<(), WaitError> {
    let deadline = Instant::now() + timeout;
    let mut delay = FIRST_POLL;
    loop {
        let statuses = read_statuses(cluster, objects, Reader::Hooks).await?;
        let failed = statuses.iter().any(|s| s.status == Status::Failed);
        let timed_out = Instant::now() >= deadline;
        if statuses.iter().all(|s| s.status == Status::Current) {
            return Ok(());
        }
        if failed || timed_out {
            return Err(WaitError::Unmet(helm4_wait_errors(
                &statuses,
                WaitGoal::Ready,
                timed_out && !failed,
            )));
        }
        back_off(&mut delay).await;
    }
}

/// Waits until `objects` are gone as kstatus sees them (Helm 4's `WaitForDelete` after an
/// uninstall). At the timeout it names what is left, or with `legacy` (Helm 3's waiter) says
/// only `context deadline exceeded`.
pub async fn until_gone(
    cluster: &Cluster,
    objects: &[Resource],
    timeout: Duration,
    legacy: bool,
) -> Result<(), WaitError> {
    if objects.is_empty() {
        return Ok(());
    }
    let deadline = Instant::now() + timeout;
    let mut delay = FIRST_POLL;
    loop {
        let statuses = read_statuses(cluster, objects, Reader::Wait).await?;
        if helm4_wait_errors(&statuses, WaitGoal::Deleted, false).is_empty() {
            return Ok(());
        }
        if Instant::now() >= deadline {
            return Err(WaitError::Unmet(if legacy {
                vec!["context deadline exceeded".to_string()]
            } else {
                helm4_wait_errors(&statuses, WaitGoal::Deleted, true)
            }));
        }
        back_off(&mut delay).await;
    }
}

/// [`until_ready_with`] without progress lines.
pub async fn until_ready(
    cluster: &Cluster,
    resources: &[Resource],
    timeout: Duration,
) -> Result<(), WaitError> {
    until_ready_with(
        cluster,
        resources,
        timeout,
        WaitMode::default(),
        &mut |_| {},
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn label_selectors_become_list_selectors() {
        let sel = json!({
            "matchLabels": {"app": "web", "tier": "front"},
            "matchExpressions": [
                {"key": "env", "operator": "In", "values": ["a", "b"]},
                {"key": "canary", "operator": "DoesNotExist"}
            ]
        });
        assert_eq!(
            selector_string(&sel).as_deref(),
            Some("app=web,tier=front,env in (a,b),!canary")
        );
        assert_eq!(
            selector_string(&json!({"matchExpressions": [{"key": "k", "operator": "Bogus"}]})),
            None
        );
    }
}
