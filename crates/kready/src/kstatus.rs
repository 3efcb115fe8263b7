//! kstatus: the status model Helm 4 uses for `--wait=watcher`.
//!
//! Behaviour follows `pkg/kstatus/status` of fluxcd/cli-utils (the fork Helm 4 vendors):
//! generic rules first (deletion, observed generation, `Reconciling`/`Stalled` conditions),
//! then per-kind rules, then a `Ready` condition, else `Current`. Messages are kstatus's.
//! Helm 4's own readers (`internal/statusreaders`) are selected with [`Reader`].

use serde_json::Value;
use std::fmt;

use crate::object::{
    conditions, creation_time, field, find_condition, group_of, int_or, nested_int, nested_str,
    str_or, ObjectError, ResourceId,
};
use crate::Time;

/// Helm 4's status watcher uses this timeout when given a zero timeout (30 s).
pub const DEFAULT_WATCHER_TIMEOUT_SECS: u64 = 30;

/// How long a pod may be unschedulable before kstatus reports it `Failed` (15 s).
pub const SCHEDULE_WINDOW_SECS: i64 = 15;

/// The status of a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Being reconciled; not yet at the desired state.
    InProgress,
    /// Reconciliation failed and needs intervention.
    Failed,
    /// Fully reconciled.
    Current,
    /// Being deleted.
    Terminating,
    /// Does not exist.
    NotFound,
    /// Could not be determined (for example, reading it failed).
    Unknown,
}

impl Status {
    /// The kstatus spelling (`InProgress`, `Current`, …).
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::InProgress => "InProgress",
            Status::Failed => "Failed",
            Status::Current => "Current",
            Status::Terminating => "Terminating",
            Status::NotFound => "NotFound",
            Status::Unknown => "Unknown",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The standard condition a result implies (kstatus's abnormal-true conditions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConditionType {
    /// `Reconciling=True`: work in progress.
    Reconciling,
    /// `Stalled=True`: no progress possible without intervention.
    Stalled,
}

/// A standard condition computed for a resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    /// `Reconciling` or `Stalled` (always with status `True`).
    pub type_: ConditionType,
    /// CamelCase reason, e.g. `LessReady`.
    pub reason: String,
    /// Human-readable message.
    pub message: String,
}

/// The result of computing the status of one object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusResult {
    /// The status.
    pub status: Status,
    /// Why, in kstatus's words (e.g. `Ready: 1/2`).
    pub message: String,
    /// The standard conditions implied.
    pub conditions: Vec<Condition>,
}

impl StatusResult {
    fn plain(status: Status, message: impl Into<String>) -> StatusResult {
        StatusResult {
            status,
            message: message.into(),
            conditions: Vec::new(),
        }
    }

    fn current(message: impl Into<String>) -> StatusResult {
        StatusResult::plain(Status::Current, message)
    }

    fn in_progress(reason: &str, message: impl Into<String>) -> StatusResult {
        let message = message.into();
        StatusResult {
            status: Status::InProgress,
            conditions: vec![Condition {
                type_: ConditionType::Reconciling,
                reason: reason.to_string(),
                message: message.clone(),
            }],
            message,
        }
    }

    fn failed(reason: &str, message: impl Into<String>) -> StatusResult {
        let message = message.into();
        StatusResult {
            status: Status::Failed,
            conditions: vec![Condition {
                type_: ConditionType::Stalled,
                reason: reason.to_string(),
                message: message.clone(),
            }],
            message,
        }
    }

    /// The reason of the first implied condition, if any.
    pub fn reason(&self) -> Option<&str> {
        self.conditions.first().map(|c| c.reason.as_str())
    }
}

/// Errors computing a status; a reader reports these as [`Status::Unknown`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatusError {
    /// A field had an unexpected type.
    #[error(transparent)]
    Object(#[from] ObjectError),
    /// A pod reported a phase kstatus does not know.
    #[error("unknown phase {0}")]
    UnknownPodPhase(String),
}

/// Computes the kstatus status of `obj` (kstatus `status.Compute`).
///
/// `now` is used only for pods: an unschedulable pod is `InProgress` for its first
/// [`SCHEDULE_WINDOW_SECS`] seconds after `metadata.creationTimestamp`, then `Failed`.
pub fn compute(obj: &Value, now: Time) -> Result<StatusResult, StatusError> {
    if let Some(res) = generic(obj)? {
        return Ok(res);
    }
    let kind = str_or(obj, &["kind"], "");
    let res = match (group_of(obj), kind) {
        ("", "Service") => Some(service(obj)),
        ("", "Pod") => Some(pod(obj, now)?),
        ("", "Secret") | ("", "ConfigMap") | ("batch", "CronJob") => {
            Some(StatusResult::current("Resource is always ready"))
        }
        ("", "PersistentVolumeClaim") => Some(pvc(obj)),
        ("apps", "StatefulSet") => Some(statefulset(obj)),
        ("apps" | "extensions", "DaemonSet") => Some(daemonset(obj, kind)?),
        ("apps" | "extensions", "Deployment") => Some(deployment(obj)?),
        ("apps" | "extensions", "ReplicaSet") => Some(replicaset(obj)?),
        ("policy", "PodDisruptionBudget") => Some(StatusResult::current(
            "AllowedDisruptions has been computed.",
        )),
        ("batch", "Job") => Some(job(obj)?),
        ("apiextensions.k8s.io", "CustomResourceDefinition") => Some(crd(obj)?),
        _ => None,
    };
    if let Some(res) = res {
        return Ok(res);
    }
    if let Some(res) = ready_condition(obj)? {
        return Ok(res);
    }
    Ok(StatusResult::current("Resource is current"))
}

/// Rules that apply to every object; `None` when they do not decide.
fn generic(obj: &Value) -> Result<Option<StatusResult>, StatusError> {
    if let Some(ts) = nested_str(obj, &["metadata", "deletionTimestamp"])? {
        if !ts.is_empty() {
            return Ok(Some(StatusResult::plain(
                Status::Terminating,
                "Resource scheduled for deletion",
            )));
        }
    }
    if let Some(generation) = nested_int(obj, &["metadata", "generation"])? {
        if let Some(observed) = nested_int(obj, &["status", "observedGeneration"])? {
            if observed != generation {
                let kind = str_or(obj, &["kind"], "");
                return Ok(Some(StatusResult::in_progress(
                    "LatestGenerationNotObserved",
                    format!(
                        "{kind} generation is {generation}, but latest observed generation is {observed}"
                    ),
                )));
            }
        }
    }
    for c in conditions(obj)? {
        if c.type_ == "Reconciling" && c.status == "True" {
            return Ok(Some(StatusResult::in_progress(&c.reason, c.message)));
        }
        if c.type_ == "Stalled" && c.status == "True" {
            return Ok(Some(StatusResult::failed(&c.reason, c.message)));
        }
    }
    Ok(None)
}

fn ready_condition(obj: &Value) -> Result<Option<StatusResult>, StatusError> {
    for c in conditions(obj)? {
        if c.type_ != "Ready" {
            continue;
        }
        match c.status.as_str() {
            "True" => return Ok(Some(StatusResult::current("Resource is Ready"))),
            "False" | "Unknown" => {
                return Ok(Some(StatusResult::in_progress(&c.reason, c.message)))
            }
            _ => {}
        }
    }
    Ok(None)
}

fn statefulset(obj: &Value) -> StatusResult {
    if str_or(obj, &["spec", "updateStrategy", "type"], "") == "OnDelete" {
        return StatusResult::current("StatefulSet is using the ondelete update strategy");
    }
    let spec = int_or(obj, &["spec", "replicas"], 1);
    let ready = int_or(obj, &["status", "readyReplicas"], 0);
    let current = int_or(obj, &["status", "currentReplicas"], 0);
    let updated = int_or(obj, &["status", "updatedReplicas"], 0);
    let replicas = int_or(obj, &["status", "replicas"], 0);
    let partition = int_or(
        obj,
        &["spec", "updateStrategy", "rollingUpdate", "partition"],
        -1,
    );
    if spec > replicas {
        return StatusResult::in_progress("LessReplicas", format!("Replicas: {replicas}/{spec}"));
    }
    if spec > ready {
        return StatusResult::in_progress("LessReady", format!("Ready: {ready}/{spec}"));
    }
    if replicas > spec {
        return StatusResult::in_progress(
            "ExtraPods",
            format!("Pending termination: {}", replicas - spec),
        );
    }
    if partition != -1 {
        if updated < spec - partition {
            return StatusResult::in_progress(
                "PartitionRollout",
                format!("updated: {updated}/{}", spec - partition),
            );
        }
        return StatusResult::current(format!("Partition rollout complete. updated: {updated}"));
    }
    if spec > current {
        return StatusResult::in_progress("LessCurrent", format!("current: {current}/{spec}"));
    }
    let cur_rev = str_or(obj, &["status", "currentRevision"], "");
    let upd_rev = str_or(obj, &["status", "updateRevision"], "");
    if cur_rev != upd_rev {
        return StatusResult::in_progress(
            "RevisionMismatch",
            "Waiting for updated revision to match current",
        );
    }
    StatusResult::current(format!(
        "All replicas scheduled as expected. Replicas: {replicas}"
    ))
}

fn deployment(obj: &Value) -> Result<StatusResult, StatusError> {
    // Without progressDeadlineSeconds the controller never sets Progressing.
    let mut progressing =
        int_or(obj, &["spec", "progressDeadlineSeconds"], i32::MAX as i64) == i32::MAX as i64;
    let mut available = false;
    for c in conditions(obj)? {
        match c.type_.as_str() {
            "Progressing" => {
                if c.reason == "ProgressDeadlineExceeded" {
                    return Ok(StatusResult {
                        status: Status::Failed,
                        message: "Progress deadline exceeded".to_string(),
                        conditions: vec![Condition {
                            type_: ConditionType::Stalled,
                            reason: c.reason,
                            message: c.message,
                        }],
                    });
                }
                if c.status == "True" && c.reason == "NewReplicaSetAvailable" {
                    progressing = true;
                }
            }
            "Available" if c.status == "True" => available = true,
            _ => {}
        }
    }
    let spec = int_or(obj, &["spec", "replicas"], 1);
    let replicas = int_or(obj, &["status", "replicas"], 0);
    let updated = int_or(obj, &["status", "updatedReplicas"], 0);
    let ready = int_or(obj, &["status", "readyReplicas"], 0);
    let avail = int_or(obj, &["status", "availableReplicas"], 0);
    Ok(if spec > replicas {
        StatusResult::in_progress("LessReplicas", format!("Replicas: {replicas}/{spec}"))
    } else if spec > updated {
        StatusResult::in_progress("LessUpdated", format!("Updated: {updated}/{spec}"))
    } else if replicas > spec {
        StatusResult::in_progress(
            "ExtraPods",
            format!("Pending termination: {}", replicas - spec),
        )
    } else if updated > avail {
        StatusResult::in_progress("LessAvailable", format!("Available: {avail}/{updated}"))
    } else if spec > ready {
        StatusResult::in_progress("LessReady", format!("Ready: {ready}/{spec}"))
    } else if !progressing {
        StatusResult::in_progress("ReplicaSetNotAvailable", "ReplicaSet not Available")
    } else if !available {
        StatusResult::in_progress("DeploymentNotAvailable", "Deployment not Available")
    } else {
        StatusResult::current(format!("Deployment is available. Replicas: {replicas}"))
    })
}

fn replicaset(obj: &Value) -> Result<StatusResult, StatusError> {
    if find_condition(&conditions(obj)?, "ReplicaFailure", "True").is_some() {
        return Ok(StatusResult::in_progress(
            "ReplicaFailure",
            "Replica Failure condition. Check Pods",
        ));
    }
    let spec = int_or(obj, &["spec", "replicas"], 1);
    let replicas = int_or(obj, &["status", "replicas"], 0);
    let ready = int_or(obj, &["status", "readyReplicas"], 0);
    let avail = int_or(obj, &["status", "availableReplicas"], 0);
    let labelled = int_or(obj, &["status", "fullyLabeledReplicas"], 0);
    Ok(if spec > labelled {
        StatusResult::in_progress("LessLabelled", format!("Labelled: {labelled}/{spec}"))
    } else if spec > avail {
        StatusResult::in_progress("LessAvailable", format!("Available: {avail}/{spec}"))
    } else if spec > ready {
        StatusResult::in_progress("LessReady", format!("Ready: {ready}/{spec}"))
    } else if replicas > spec {
        StatusResult::in_progress(
            "ExtraPods",
            format!("Pending termination: {}", replicas - spec),
        )
    } else {
        StatusResult::current(format!("ReplicaSet is available. Replicas: {replicas}"))
    })
}

fn daemonset(obj: &Value, kind: &str) -> Result<StatusResult, StatusError> {
    if nested_int(obj, &["metadata", "generation"])?.is_none() {
        return Ok(StatusResult::in_progress(
            "NoGeneration",
            format!("{kind} metadata.generation not found"),
        ));
    }
    if nested_int(obj, &["status", "observedGeneration"])?.is_none() {
        return Ok(StatusResult::in_progress(
            "NoObservedGeneration",
            format!("{kind} status.observedGeneration not found"),
        ));
    }
    let desired = int_or(obj, &["status", "desiredNumberScheduled"], -1);
    let current = int_or(obj, &["status", "currentNumberScheduled"], 0);
    let updated = int_or(obj, &["status", "updatedNumberScheduled"], 0);
    let avail = int_or(obj, &["status", "numberAvailable"], 0);
    let ready = int_or(obj, &["status", "numberReady"], 0);
    Ok(if desired == -1 {
        StatusResult::in_progress("NoDesiredNumber", "Missing .status.desiredNumberScheduled")
    } else if desired > current {
        StatusResult::in_progress("LessCurrent", format!("Current: {current}/{desired}"))
    } else if desired > updated {
        StatusResult::in_progress("LessUpdated", format!("Updated: {updated}/{desired}"))
    } else if desired > avail {
        StatusResult::in_progress("LessAvailable", format!("Available: {avail}/{desired}"))
    } else if desired > ready {
        StatusResult::in_progress("LessReady", format!("Ready: {ready}/{desired}"))
    } else {
        StatusResult::current(format!(
            "All replicas scheduled as expected. Replicas: {desired}"
        ))
    })
}

fn pvc(obj: &Value) -> StatusResult {
    let phase = str_or(obj, &["status", "phase"], "unknown");
    if phase != "Bound" {
        return StatusResult::in_progress("NotBound", format!("PVC is not Bound. phase: {phase}"));
    }
    StatusResult::current("PVC is Bound")
}

/// Names of containers whose current state is waiting with reason `CrashLoopBackOff`.
pub fn crash_looping_containers(pod: &Value) -> Vec<String> {
    field(pod, &["status", "containerStatuses"])
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|cs| str_or(cs, &["state", "waiting", "reason"], "") == "CrashLoopBackOff")
        .filter_map(|cs| field(cs, &["name"]).and_then(Value::as_str))
        .map(str::to_string)
        .collect()
}

fn pod(obj: &Value, now: Time) -> Result<StatusResult, StatusError> {
    let conds = conditions(obj)?;
    let phase = str_or(obj, &["status", "phase"], "");
    match phase {
        "Succeeded" => Ok(StatusResult::current("Pod has completed successfully")),
        "Failed" => Ok(StatusResult::current(
            "Pod has completed, but not successfully",
        )),
        "Running" => {
            if find_condition(&conds, "Ready", "True").is_some() {
                return Ok(StatusResult::current("Pod is Ready"));
            }
            let looping = crash_looping_containers(obj);
            if !looping.is_empty() {
                return Ok(StatusResult::failed(
                    "ContainerCrashLooping",
                    format!("Containers in CrashLoop state: {}", looping.join(",")),
                ));
            }
            Ok(StatusResult::in_progress(
                "PodRunningNotReady",
                "Pod is running but is not Ready",
            ))
        }
        "Pending" => {
            if let Some(c) = find_condition(&conds, "PodScheduled", "False") {
                if c.reason == "Unschedulable" {
                    let created = creation_time(obj).unwrap_or(Time::EPOCH);
                    if now.add_seconds(-SCHEDULE_WINDOW_SECS) < created {
                        return Ok(StatusResult::in_progress(
                            "PodNotScheduled",
                            "Pod has not been scheduled",
                        ));
                    }
                    return Ok(StatusResult::failed(
                        "PodUnschedulable",
                        "Pod could not be scheduled",
                    ));
                }
            }
            Ok(StatusResult::in_progress(
                "PodPending",
                "Pod is in the Pending phase",
            ))
        }
        "" => Ok(StatusResult::in_progress(
            "PodNotObserved",
            "Pod phase not available",
        )),
        other => Err(StatusError::UnknownPodPhase(other.to_string())),
    }
}

struct JobCounts {
    completions: i64,
    succeeded: i64,
    failed: i64,
    active: i64,
}

fn job_counts(obj: &Value) -> JobCounts {
    let parallelism = int_or(obj, &["spec", "parallelism"], 1);
    JobCounts {
        completions: int_or(obj, &["spec", "completions"], parallelism),
        succeeded: int_or(obj, &["status", "succeeded"], 0),
        failed: int_or(obj, &["status", "failed"], 0),
        active: int_or(obj, &["status", "active"], 0),
    }
}

fn job(obj: &Value) -> Result<StatusResult, StatusError> {
    let n = job_counts(obj);
    for c in conditions(obj)? {
        match (c.type_.as_str(), c.status.as_str()) {
            ("Complete", "True") => {
                return Ok(StatusResult::current(format!(
                    "Job Completed. succeeded: {}/{}",
                    n.succeeded, n.completions
                )))
            }
            ("Failed", "True") => {
                return Ok(StatusResult::failed(
                    "JobFailed",
                    format!("Job Failed. failed: {}/{}", n.failed, n.completions),
                ))
            }
            _ => {}
        }
    }
    if str_or(obj, &["status", "startTime"], "").is_empty() {
        return Ok(StatusResult::in_progress(
            "JobNotStarted",
            "Job not started",
        ));
    }
    Ok(StatusResult::current(format!(
        "Job in progress. success:{}, active: {}, failed: {}",
        n.succeeded, n.active, n.failed
    )))
}

fn service(obj: &Value) -> StatusResult {
    let type_ = str_or(obj, &["spec", "type"], "ClusterIP");
    if type_ == "LoadBalancer" && str_or(obj, &["spec", "clusterIP"], "").is_empty() {
        return StatusResult::in_progress(
            "NoIPAssigned",
            "ClusterIP not set. Service type: LoadBalancer",
        );
    }
    StatusResult::current("Service is ready")
}

fn crd(obj: &Value) -> Result<StatusResult, StatusError> {
    for c in conditions(obj)? {
        if c.type_ == "NamesAccepted" && c.status == "False" {
            return Ok(StatusResult::failed(&c.reason, c.message));
        }
        if c.type_ == "Established" {
            if c.status == "False" && c.reason != "Installing" {
                return Ok(StatusResult::failed(&c.reason, c.message));
            }
            if c.status == "True" {
                return Ok(StatusResult::current("CRD is established"));
            }
        }
    }
    Ok(StatusResult::in_progress(
        "Installing",
        "Install in progress",
    ))
}

/// Helm 4 `--wait-for-jobs` Job reader: `Current` only once the Job is `Complete`.
///
/// Unlike [`compute`], no generic rules apply (Helm's reader replaces `status.Compute`).
pub fn helm_job_status(obj: &Value) -> Result<StatusResult, StatusError> {
    let n = job_counts(obj);
    for c in conditions(obj)? {
        match (c.type_.as_str(), c.status.as_str()) {
            ("Complete", "True") => {
                return Ok(StatusResult::current(format!(
                    "Job Completed. succeeded: {}/{}",
                    n.succeeded, n.completions
                )))
            }
            ("Failed", "True") => {
                return Ok(StatusResult::failed(
                    "JobFailed",
                    format!("Job Failed. failed: {}/{}", n.failed, n.completions),
                ))
            }
            _ => {}
        }
    }
    Ok(StatusResult::in_progress(
        "JobInProgress",
        "Job in progress",
    ))
}

/// Helm 4 hook Pod reader: `Current` once the pod succeeded, `Failed` once it failed,
/// else `InProgress` (a hook pod must run to completion, not merely become Ready).
pub fn helm_pod_status(obj: &Value) -> StatusResult {
    let name = str_or(obj, &["metadata", "name"], "");
    match str_or(obj, &["status", "phase"], "") {
        "Succeeded" => {
            let message = format!("pod {name} succeeded");
            StatusResult {
                status: Status::Current,
                conditions: vec![Condition {
                    type_: ConditionType::Stalled,
                    reason: String::new(),
                    message: message.clone(),
                }],
                message,
            }
        }
        "Failed" => StatusResult::failed("PodFailed", format!("pod {name} failed")),
        _ => StatusResult::in_progress("PodInProgress", "Pod in progress"),
    }
}

/// Which set of status readers Helm 4 uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reader {
    /// `Wait` (`--wait=watcher`): kstatus for everything.
    Wait,
    /// `WaitWithJobs` (`--wait-for-jobs`): Helm's Job reader, kstatus for the rest.
    WaitWithJobs,
    /// `WatchUntilReady` (hooks): Helm's Job and Pod readers; every other kind is
    /// `Current` ("Resource is current").
    Hooks,
}

/// The status of `obj` as Helm 4's status watcher computes it with `reader`.
pub fn helm4_status(obj: &Value, reader: Reader, now: Time) -> Result<StatusResult, StatusError> {
    let gk = (group_of(obj), str_or(obj, &["kind"], ""));
    match (reader, gk) {
        (Reader::WaitWithJobs | Reader::Hooks, ("batch", "Job")) => helm_job_status(obj),
        (Reader::Hooks, ("", "Pod")) => Ok(helm_pod_status(obj)),
        (Reader::Hooks, _) => Ok(StatusResult::current("Resource is current")),
        _ => compute(obj, now),
    }
}

/// The status of one watched resource, as a status event carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceStatus {
    /// Which resource.
    pub id: ResourceId,
    /// Its status.
    pub status: Status,
    /// kstatus's message.
    pub message: String,
    /// The error when the status could not be computed (status `Unknown`).
    pub error: Option<StatusError>,
}

impl ResourceStatus {
    /// The status of `id` given its live object (`None` when the GET returned 404).
    pub fn read(
        id: &ResourceId,
        live: Option<&Value>,
        reader: Reader,
        now: Time,
    ) -> ResourceStatus {
        match live {
            None => ResourceStatus {
                id: id.clone(),
                status: Status::NotFound,
                message: "Resource not found".to_string(),
                error: None,
            },
            Some(obj) => match helm4_status(obj, reader, now) {
                Ok(r) => ResourceStatus {
                    id: id.clone(),
                    status: r.status,
                    message: r.message,
                    error: None,
                },
                Err(e) => ResourceStatus {
                    id: id.clone(),
                    status: Status::Unknown,
                    message: String::new(),
                    error: Some(e),
                },
            },
        }
    }

    /// A resource not yet observed (how Helm's status collector starts every resource).
    pub fn unobserved(id: &ResourceId) -> ResourceStatus {
        ResourceStatus {
            id: id.clone(),
            status: Status::Unknown,
            message: String::new(),
            error: None,
        }
    }
}

/// kstatus's aggregate of several statuses towards `desired`
/// (`Failed` if any failed, else `Unknown` if any unknown, else `desired` when all are, else `InProgress`).
pub fn aggregate(statuses: &[Status], desired: Status) -> Status {
    if statuses.is_empty() {
        return desired;
    }
    if statuses.contains(&Status::Failed) {
        return Status::Failed;
    }
    if statuses.contains(&Status::Unknown) {
        return Status::Unknown;
    }
    if statuses.iter().all(|s| *s == desired) {
        desired
    } else {
        Status::InProgress
    }
}

/// What Helm 4 waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WaitGoal {
    /// `Wait`, `WaitWithJobs`, `WatchUntilReady`: every resource `Current`.
    Ready,
    /// `WaitForDelete`: every resource `NotFound`.
    Deleted,
}

impl WaitGoal {
    fn desired(self) -> Status {
        match self {
            WaitGoal::Ready => Status::Current,
            WaitGoal::Deleted => Status::NotFound,
        }
    }
}

/// Whether Helm 4's watcher stops waiting: every resource reached the goal, ignoring
/// `Failed` ones when waiting for readiness (they cannot recover) and `Unknown` ones when
/// waiting for deletion (already gone before the watch started).
pub fn helm4_wait_done(statuses: &[ResourceStatus], goal: WaitGoal) -> bool {
    let desired = goal.desired();
    let considered: Vec<Status> = statuses
        .iter()
        .map(|r| r.status)
        .filter(|s| match goal {
            WaitGoal::Ready => *s != Status::Failed,
            WaitGoal::Deleted => *s != Status::Unknown,
        })
        .collect();
    aggregate(&considered, desired) == desired
}

/// The errors Helm 4 reports when a wait ends, one per resource not at the goal, plus
/// `context deadline exceeded` when it timed out; empty when the wait succeeded.
///
/// Lines: `resource <Kind>/<ns>/<name> not ready. status: <Status>, message: <msg>`
/// (or `… still exists. …` when waiting for deletion).
pub fn helm4_wait_errors(
    statuses: &[ResourceStatus],
    goal: WaitGoal,
    timed_out: bool,
) -> Vec<String> {
    let mut errs = Vec::new();
    for rs in statuses {
        let fine = match goal {
            WaitGoal::Ready => rs.status == Status::Current,
            WaitGoal::Deleted => matches!(rs.status, Status::NotFound | Status::Unknown),
        };
        if fine {
            continue;
        }
        let what = match goal {
            WaitGoal::Ready => "not ready",
            WaitGoal::Deleted => "still exists",
        };
        errs.push(format!(
            "resource {}/{}/{} {what}. status: {}, message: {}",
            rs.id.kind, rs.id.namespace, rs.id.name, rs.status, rs.message
        ));
    }
    if timed_out {
        errs.push("context deadline exceeded".to_string());
    }
    errs
}

/// Whether Helm 4's watcher leaves `obj` out of a readiness wait (paused Deployments).
pub fn helm4_skips(obj: &Value) -> bool {
    str_or(obj, &["apiVersion"], "") == "apps/v1"
        && str_or(obj, &["kind"], "") == "Deployment"
        && field(obj, &["spec", "paused"]).and_then(Value::as_bool) == Some(true)
}
