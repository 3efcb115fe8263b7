//! Why a resource is not ready: the failing pod, container and cause, and recent events.
//!
//! Helm reports only "timed out waiting for the condition". [`diagnose`] takes the
//! not-ready resource, the pods and related objects the caller listed, and the namespace's
//! events, and explains: which pod, which container, why (crash loop with restart count
//! and last exit, image pull failure, unschedulable with the scheduler's message, missing
//! config, OOM kill, failed Job, pending claim …), and whether waiting longer can help.

use serde_json::Value;
use std::collections::HashMap;
use std::fmt;

use crate::kstatus::{compute, Status, StatusResult};
use crate::object::{
    conditions, field, find_condition, group_of, int_or, is_controlled_by, pods_selected, str_or,
    ResourceId,
};
use crate::Time;

/// What to diagnose.
#[derive(Debug, Clone, Copy)]
pub struct DiagnoseInput<'a> {
    /// The not-ready resource, as read from the API server.
    pub resource: &'a Value,
    /// Pods the caller listed (usually with the resource's selector); only those the
    /// resource's selector matches are used.
    pub pods: &'a [Value],
    /// Events of the namespace (`v1` or `events.k8s.io/v1`); only those about the
    /// resource, its pods and related objects are used.
    pub events: &'a [Value],
    /// Other related objects: the Deployment's ReplicaSets, PersistentVolumeClaims used by
    /// the pods or a StatefulSet's claim templates.
    pub related: &'a [Value],
    /// The current time (kstatus's pod scheduling window).
    pub now: Time,
}

/// Options for [`diagnose_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiagnoseOptions {
    /// At most this many events (after deduplication), newest first.
    pub max_events: usize,
    /// Keep only `Warning` events.
    pub warnings_only: bool,
}

impl Default for DiagnoseOptions {
    fn default() -> DiagnoseOptions {
        DiagnoseOptions {
            max_events: 10,
            warnings_only: false,
        }
    }
}

/// Why something is not ready.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cause {
    /// A container keeps crashing and the kubelet backs off restarting it.
    CrashLoopBackOff {
        /// `restartCount`.
        restarts: i64,
        /// `lastState.terminated.reason` (`Error`, `OOMKilled`, …).
        last_reason: Option<String>,
        /// `lastState.terminated.exitCode`.
        last_exit_code: Option<i64>,
    },
    /// The image cannot be pulled (`ImagePullBackOff`, `ErrImagePull`, `InvalidImageName`, …).
    ImagePull {
        /// The waiting reason.
        reason: String,
        /// The image reference.
        image: String,
        /// The kubelet's message.
        message: Option<String>,
    },
    /// The scheduler cannot place the pod (`PodScheduled=False`, reason `Unschedulable`).
    Unschedulable {
        /// The scheduler's message, e.g. `0/1 nodes are available: …`.
        message: String,
    },
    /// The container cannot be created or started (`CreateContainerConfigError` — usually a
    /// missing Secret or ConfigMap —, `CreateContainerError`, `RunContainerError`).
    ContainerConfig {
        /// The waiting reason.
        reason: String,
        /// The kubelet's message.
        message: Option<String>,
    },
    /// The container was killed for exceeding its memory limit.
    OomKilled {
        /// `restartCount`.
        restarts: i64,
    },
    /// The container terminated with a non-zero exit code and is not being restarted.
    ContainerFailed {
        /// `state.terminated.reason`.
        reason: Option<String>,
        /// `state.terminated.exitCode`.
        exit_code: i64,
        /// `state.terminated.message`.
        message: Option<String>,
    },
    /// The container waits for another reason.
    ContainerWaiting {
        /// The waiting reason.
        reason: String,
        /// The kubelet's message.
        message: Option<String>,
    },
    /// The container runs but is not ready (readiness probe failing or not yet passed).
    ContainerNotReady {
        /// `restartCount`.
        restarts: i64,
    },
    /// The pod failed (phase `Failed`), e.g. evicted.
    PodFailed {
        /// `status.reason` (e.g. `Evicted`).
        reason: Option<String>,
        /// `status.message`.
        message: Option<String>,
    },
    /// The Job failed (condition `Failed=True`).
    JobFailed {
        /// The condition's reason (`BackoffLimitExceeded`, `DeadlineExceeded`, …).
        reason: String,
        /// The condition's message.
        message: String,
    },
    /// A PersistentVolumeClaim is not bound.
    PvcPending {
        /// Its phase.
        phase: String,
        /// The latest event about it (e.g. a provisioning failure).
        message: Option<String>,
    },
    /// The Deployment exceeded its progress deadline.
    ProgressDeadlineExceeded {
        /// The `Progressing` condition's message.
        message: String,
    },
    /// The controller cannot create pods (`ReplicaFailure=True`, e.g. quota exceeded).
    ReplicaFailure {
        /// The condition's reason.
        reason: String,
        /// The condition's message.
        message: String,
    },
    /// kstatus reports the resource `Failed` for another reason (`Stalled`, CRD names…).
    Stalled {
        /// kstatus's message.
        message: String,
    },
}

impl Cause {
    /// Whether waiting longer cannot help, so `--wait` may fail at once instead of at the timeout.
    ///
    /// Crash loops, image pull failures, failed Jobs and pods, an exceeded progress
    /// deadline and kstatus `Failed` qualify. Unschedulable pods (an autoscaler may add
    /// nodes), missing Secrets/ConfigMaps (another controller may create them), pending
    /// claims and unready containers do not.
    pub fn fail_fast(&self) -> bool {
        matches!(
            self,
            Cause::CrashLoopBackOff { .. }
                | Cause::ImagePull { .. }
                | Cause::JobFailed { .. }
                | Cause::PodFailed { .. }
                | Cause::ContainerFailed { .. }
                | Cause::ProgressDeadlineExceeded { .. }
                | Cause::Stalled { .. }
        )
    }

    /// Whether the cause keeps the object from ever becoming ready unless something outside
    /// it changes: everything [`Cause::fail_fast`] covers, and a pod no node fits, a claim not
    /// bound, a missing Secret or ConfigMap, a controller refused pods (waiting on those can
    /// still help: an autoscaler may add a node, another controller create the object).
    pub fn blocks(&self) -> bool {
        self.fail_fast()
            || matches!(
                self,
                Cause::Unschedulable { .. }
                    | Cause::PvcPending { .. }
                    | Cause::ContainerConfig { .. }
                    | Cause::ReplicaFailure { .. }
            )
    }

    /// The reason alone (`CrashLoopBackOff`, `Unschedulable`, `ImagePullBackOff`…).
    pub fn reason(&self) -> String {
        match self {
            Cause::CrashLoopBackOff { .. } => "CrashLoopBackOff".to_string(),
            Cause::ImagePull { reason, .. }
            | Cause::ContainerConfig { reason, .. }
            | Cause::ContainerWaiting { reason, .. } => reason.clone(),
            Cause::Unschedulable { .. } => "Unschedulable".to_string(),
            Cause::OomKilled { .. } => "OOMKilled".to_string(),
            Cause::ContainerFailed { reason, .. } => {
                reason.clone().unwrap_or_else(|| "Error".to_string())
            }
            Cause::ContainerNotReady { .. } => "not ready".to_string(),
            Cause::PodFailed { reason, .. } => {
                format!("Failed ({})", reason.as_deref().unwrap_or("unknown reason"))
            }
            Cause::JobFailed { reason, .. } => format!("Job failed: {reason}"),
            Cause::PvcPending { phase, .. } => format!("claim {phase}"),
            Cause::ProgressDeadlineExceeded { .. } => "ProgressDeadlineExceeded".to_string(),
            Cause::ReplicaFailure { reason, .. } => format!("ReplicaFailure: {reason}"),
            Cause::Stalled { .. } => "Failed".to_string(),
        }
    }

    /// The short form used in one-line progress (`CrashLoopBackOff (restarts 3)`): the
    /// reason with what matters most about it.
    pub fn short(&self) -> String {
        match self {
            Cause::CrashLoopBackOff { restarts, .. } => {
                format!("CrashLoopBackOff (restarts {restarts})")
            }
            Cause::ImagePull { reason, image, .. } => format!("{reason} ({image})"),
            Cause::Unschedulable { message } => format!("Unschedulable: {message}"),
            Cause::ContainerConfig {
                reason,
                message: Some(m),
            } => format!("{reason}: {m}"),
            Cause::OomKilled { restarts } => format!("OOMKilled (restarts {restarts})"),
            Cause::ContainerFailed {
                reason, exit_code, ..
            } => format!(
                "terminated: {} (exit code {exit_code})",
                reason.as_deref().unwrap_or("Error")
            ),
            Cause::Stalled { message } => format!("Failed: {message}"),
            other => other.reason(),
        }
    }

    /// The detailed form used in the failure report.
    pub fn detail(&self) -> String {
        let with = |head: String, m: &Option<String>| match m {
            Some(m) if !m.is_empty() => format!("{head}: {m}"),
            _ => head,
        };
        match self {
            Cause::CrashLoopBackOff {
                restarts,
                last_reason,
                last_exit_code,
            } => {
                let mut s = format!("CrashLoopBackOff, restarted {restarts} times");
                match (last_reason, last_exit_code) {
                    (Some(r), Some(c)) => {
                        s.push_str(&format!("; last terminated: {r} (exit code {c})"))
                    }
                    (Some(r), None) => s.push_str(&format!("; last terminated: {r}")),
                    (None, Some(c)) => s.push_str(&format!("; last exit code {c}")),
                    (None, None) => {}
                }
                s
            }
            Cause::ImagePull {
                reason,
                image,
                message,
            } => with(format!("{reason}: cannot pull image {image}"), message),
            Cause::Unschedulable { message } => format!("Unschedulable: {message}"),
            Cause::ContainerConfig { reason, message } => with(reason.clone(), message),
            Cause::OomKilled { restarts } => {
                format!("OOMKilled: exceeded its memory limit (restarted {restarts} times)")
            }
            Cause::ContainerFailed {
                reason,
                exit_code,
                message,
            } => with(
                format!(
                    "terminated: {} (exit code {exit_code})",
                    reason.as_deref().unwrap_or("Error")
                ),
                message,
            ),
            Cause::ContainerWaiting { reason, message } => {
                with(format!("waiting: {reason}"), message)
            }
            Cause::ContainerNotReady { restarts } => {
                format!("running but not ready (readiness probe not passing; restarts {restarts})")
            }
            Cause::PodFailed { reason, message } => with(
                format!(
                    "pod failed ({})",
                    reason.as_deref().unwrap_or("unknown reason")
                ),
                message,
            ),
            Cause::JobFailed { reason, message } => format!("Job failed: {reason}: {message}"),
            Cause::PvcPending { phase, message } => {
                with(format!("claim is {phase}, not Bound"), message)
            }
            Cause::ProgressDeadlineExceeded { message } => {
                format!("ProgressDeadlineExceeded: {message}")
            }
            Cause::ReplicaFailure { reason, message } => {
                format!("ReplicaFailure: {reason}: {message}")
            }
            Cause::Stalled { message } => format!("Failed: {message}"),
        }
    }
}

/// One explained problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The object with the problem: the resource itself, one of its pods, a claim, a ReplicaSet.
    pub object: ResourceId,
    /// The container, for container problems.
    pub container: Option<String>,
    /// Whether `container` is an init container.
    pub init_container: bool,
    /// The cause.
    pub cause: Cause,
    /// Whether waiting longer cannot help (see [`Cause::fail_fast`]; a failed pod of a
    /// controller such as a Job or ReplicaSet does not count, as the controller replaces it).
    pub fail_fast: bool,
}

impl Problem {
    fn new(object: ResourceId, container: Option<(&str, bool)>, cause: Cause) -> Problem {
        Problem {
            object,
            container: container.map(|(c, _)| c.to_string()),
            init_container: container.is_some_and(|(_, i)| i),
            fail_fast: cause.fail_fast(),
            cause,
        }
    }

    fn subject(&self) -> String {
        let obj = match self.object.kind.as_str() {
            "Pod" => format!("pod {}", self.object.name),
            "PersistentVolumeClaim" => format!("pvc {}", self.object.name),
            _ => self.object.to_string(),
        };
        match &self.container {
            Some(c) if self.init_container => format!("{obj}: init container {c}"),
            Some(c) => format!("{obj}: container {c}"),
            None => obj,
        }
    }
}

impl fmt::Display for Problem {
    /// `pod web-abc: container app CrashLoopBackOff (restarts 3)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sep = if self.container.is_some() { " " } else { ": " };
        write!(f, "{}{sep}{}", self.subject(), self.cause.short())
    }
}

/// An event, deduplicated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventSummary {
    /// What it is about (`Pod/web-abc`).
    pub object: ResourceId,
    /// `Normal` or `Warning`.
    pub type_: String,
    /// Reason (`BackOff`, `FailedScheduling`, …).
    pub reason: String,
    /// Message.
    pub message: String,
    /// Occurrences (summed over duplicates).
    pub count: i64,
    /// When last seen.
    pub last_seen: Option<Time>,
}

impl fmt::Display for EventSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.last_seen {
            Some(t) => write!(f, "{t} ")?,
            None => f.write_str("-                    ")?,
        }
        write!(
            f,
            "{} {} {}/{}: {}",
            self.type_, self.reason, self.object.kind, self.object.name, self.message
        )?;
        if self.count > 1 {
            write!(f, " (x{})", self.count)?;
        }
        Ok(())
    }
}

/// The explanation of a not-ready resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    /// The resource.
    pub resource: ResourceId,
    /// Its kstatus status (`None` when it could not be computed).
    pub status: Option<StatusResult>,
    /// A short state summary, e.g. `1/2 replicas ready`.
    pub summary: String,
    /// The problems found, resource-level first, then pods in name order.
    pub problems: Vec<Problem>,
    /// Recent relevant events, newest first, deduplicated.
    pub events: Vec<EventSummary>,
}

impl Diagnosis {
    /// The first problem that waiting cannot fix, if any: `--wait` may stop now.
    pub fn fail_fast(&self) -> Option<&Problem> {
        self.problems.iter().find(|p| p.fail_fast)
    }

    /// The problem that explains why the resource is not ready: the one waiting cannot fix,
    /// else the first that keeps it from becoming ready until the cluster changes (a pod no
    /// node fits, say; see [`Cause::blocks`]).
    pub fn root_cause(&self) -> Option<&Problem> {
        self.fail_fast()
            .or_else(|| self.problems.iter().find(|p| p.cause.blocks()))
    }

    /// A one-line progress rendering:
    /// `Deployment/web: 1/2 replicas ready; pod web-abc: container app CrashLoopBackOff (restarts 3)`.
    pub fn progress_line(&self) -> ProgressLine<'_> {
        ProgressLine(self)
    }

    /// A multi-line failure report.
    pub fn report(&self) -> Report<'_> {
        Report(self)
    }
}

/// See [`Diagnosis::progress_line`].
#[derive(Debug, Clone, Copy)]
pub struct ProgressLine<'a>(&'a Diagnosis);

impl fmt::Display for ProgressLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.0;
        write!(f, "{}: {}", d.resource, d.summary)?;
        // One problem per object, to keep the line short.
        let mut seen: Vec<&ResourceId> = Vec::new();
        let mut hidden = 0;
        for p in &d.problems {
            let own = p.object == d.resource && p.container.is_none();
            if own && matches!(p.cause, Cause::Stalled { .. }) {
                // Already in the summary ("Failed: <message>").
                continue;
            }
            if seen.contains(&&p.object) {
                continue;
            }
            seen.push(&p.object);
            if seen.len() > 2 {
                hidden += 1;
                continue;
            }
            if own {
                write!(f, "; {}", p.cause.short())?;
            } else {
                write!(f, "; {p}")?;
            }
        }
        if hidden > 0 {
            write!(f, "; and {hidden} more")?;
        }
        Ok(())
    }
}

/// See [`Diagnosis::report`].
#[derive(Debug, Clone, Copy)]
pub struct Report<'a>(&'a Diagnosis);

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.0;
        write!(f, "{}", d.resource)?;
        if !d.resource.namespace.is_empty() {
            write!(f, " (namespace {})", d.resource.namespace)?;
        }
        writeln!(f, " is not ready: {}", d.summary)?;
        if let Some(s) = &d.status {
            writeln!(f, "  status: {}: {}", s.status, s.message)?;
        }
        let mut last_obj: Option<&ResourceId> = None;
        for p in &d.problems {
            if p.container.is_some() {
                if last_obj != Some(&p.object) {
                    writeln!(
                        f,
                        "  {}:",
                        Problem {
                            container: None,
                            ..p.clone()
                        }
                        .subject()
                    )?;
                    last_obj = Some(&p.object);
                }
                let c = p.container.as_deref().unwrap_or_default();
                let label = if p.init_container {
                    "init container"
                } else {
                    "container"
                };
                writeln!(f, "    {label} {c}: {}", p.cause.detail())?;
            } else {
                last_obj = None;
                writeln!(f, "  {}: {}", p.subject(), p.cause.detail())?;
            }
        }
        if let Some(p) = d.root_cause() {
            let hint = if p.fail_fast {
                " (waiting longer will not help)"
            } else {
                ""
            };
            writeln!(
                f,
                "  root cause: {}: {}{hint}",
                p.subject(),
                p.cause.reason()
            )?;
        }
        if !d.events.is_empty() {
            writeln!(f, "  recent events (newest first):")?;
            for e in &d.events {
                writeln!(f, "    {e}")?;
            }
        }
        Ok(())
    }
}

/// What [`diagnose`] can use besides the resource and the namespace's events.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DiagnoseNeeds {
    /// List pods with this label selector.
    pub pods: Option<Value>,
    /// List ReplicaSets with this label selector (a Deployment's).
    pub replica_sets: Option<Value>,
    /// Get these PersistentVolumeClaims (mounted by the pod template).
    pub claims: Vec<String>,
    /// List PersistentVolumeClaims whose names start with one of these (a StatefulSet's
    /// `volumeClaimTemplates`: `<template>-<statefulset>-<ordinal>`). Claims mounted by the
    /// listed pods are used as well.
    pub claim_prefixes: Vec<String>,
}

/// Which related objects to fetch before diagnosing `resource`.
pub fn diagnose_needs(resource: &Value) -> DiagnoseNeeds {
    let kind = str_or(resource, &["kind"], "");
    let name = str_or(resource, &["metadata", "name"], "");
    let selector = || field(resource, &["spec", "selector"]).cloned();
    let mut needs = DiagnoseNeeds::default();
    match (group_of(resource), kind) {
        ("apps" | "extensions", "Deployment") => {
            needs.pods = selector();
            needs.replica_sets = selector();
        }
        ("apps" | "extensions", "StatefulSet" | "DaemonSet" | "ReplicaSet")
        | ("batch", "Job")
        | ("", "ReplicationController") => needs.pods = selector(),
        _ => {}
    }
    needs.claims = claim_names(field(resource, &["spec", "template", "spec"]));
    if kind == "Pod" {
        needs.claims = claim_names(field(resource, &["spec"]));
    }
    if kind == "StatefulSet" {
        needs.claim_prefixes = field(resource, &["spec", "volumeClaimTemplates"])
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|t| format!("{}-{name}-", str_or(t, &["metadata", "name"], "")))
            .collect();
    }
    needs
}

/// The `pod-template-hash` of a Deployment's current ReplicaSet: the one it controls whose
/// `deployment.kubernetes.io/revision` annotation equals the Deployment's own.
fn current_template_hash<'a>(deployment: &Value, related: &'a [Value]) -> Option<&'a str> {
    const REVISION: &str = "deployment.kubernetes.io/revision";
    let want = field(deployment, &["metadata", "annotations", REVISION])?.as_str()?;
    related
        .iter()
        .filter(|r| str_or(r, &["kind"], "") == "ReplicaSet" && is_controlled_by(r, deployment))
        .find(|r| {
            field(r, &["metadata", "annotations", REVISION]).and_then(Value::as_str) == Some(want)
        })
        .and_then(|r| field(r, &["metadata", "labels", "pod-template-hash"]))
        .and_then(Value::as_str)
}

/// Diagnoses with default options.
pub fn diagnose(input: &DiagnoseInput<'_>) -> Diagnosis {
    diagnose_with(input, &DiagnoseOptions::default())
}

const IMAGE_PULL_REASONS: &[&str] = &[
    "ImagePullBackOff",
    "ErrImagePull",
    "InvalidImageName",
    "ErrImageNeverPull",
    "RegistryUnavailable",
    "SignatureValidationFailed",
    "ImageInspectError",
];

const CONFIG_REASONS: &[&str] = &[
    "CreateContainerConfigError",
    "CreateContainerError",
    "RunContainerError",
    "PreCreateHookError",
    "PreStartHookError",
    "PostStartHookError",
];

fn opt_str(v: &Value, path: &[&str]) -> Option<String> {
    field(v, path)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// The problems of one pod.
pub fn pod_problems(pod: &Value) -> Vec<Problem> {
    let id = ResourceId::of(pod);
    let phase = str_or(pod, &["status", "phase"], "");
    let mut out = Vec::new();
    if phase == "Succeeded" {
        return out;
    }
    let conds = conditions(pod).unwrap_or_default();
    if let Some(c) = find_condition(&conds, "PodScheduled", "False") {
        if c.reason == "Unschedulable" {
            out.push(Problem::new(
                id.clone(),
                None,
                Cause::Unschedulable {
                    message: c.message.clone(),
                },
            ));
        }
    }
    let pod_ready = find_condition(&conds, "Ready", "True").is_some();
    let restart_policy = str_or(pod, &["spec", "restartPolicy"], "Always");
    for (key, init) in [
        ("initContainerStatuses", true),
        ("containerStatuses", false),
    ] {
        let Some(list) = field(pod, &["status", key]).and_then(Value::as_array) else {
            continue;
        };
        for cs in list {
            let name = str_or(cs, &["name"], "");
            let restarts = int_or(cs, &["restartCount"], 0);
            let ready = field(cs, &["ready"])
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let last_reason = opt_str(cs, &["lastState", "terminated", "reason"]);
            let last_oom = last_reason.as_deref() == Some("OOMKilled");
            let c = Some((name, init));
            let cause = if let Some(w) = field(cs, &["state", "waiting"]) {
                let reason = str_or(w, &["reason"], "");
                let message = opt_str(w, &["message"]);
                if reason == "CrashLoopBackOff" {
                    Some(Cause::CrashLoopBackOff {
                        restarts,
                        last_reason,
                        last_exit_code: field(cs, &["lastState", "terminated", "exitCode"])
                            .and_then(Value::as_i64),
                    })
                } else if IMAGE_PULL_REASONS.contains(&reason) {
                    Some(Cause::ImagePull {
                        reason: reason.to_string(),
                        image: str_or(cs, &["image"], "").to_string(),
                        message,
                    })
                } else if CONFIG_REASONS.contains(&reason) {
                    Some(Cause::ContainerConfig {
                        reason: reason.to_string(),
                        message,
                    })
                } else if last_oom {
                    Some(Cause::OomKilled { restarts })
                } else if reason.is_empty()
                    || reason == "ContainerCreating"
                    || reason == "PodInitializing"
                {
                    None
                } else {
                    Some(Cause::ContainerWaiting {
                        reason: reason.to_string(),
                        message,
                    })
                }
            } else if let Some(t) = field(cs, &["state", "terminated"]) {
                let exit_code = int_or(t, &["exitCode"], 0);
                let reason = opt_str(t, &["reason"]);
                if reason.as_deref() == Some("OOMKilled") {
                    Some(Cause::OomKilled { restarts })
                } else if exit_code != 0 {
                    Some(Cause::ContainerFailed {
                        reason,
                        exit_code,
                        message: opt_str(t, &["message"]),
                    })
                } else {
                    None
                }
            } else if last_oom {
                Some(Cause::OomKilled { restarts })
            } else if !init && !ready && !pod_ready && phase == "Running" {
                Some(Cause::ContainerNotReady { restarts })
            } else {
                None
            };
            if let Some(cause) = cause {
                let mut p = Problem::new(id.clone(), c, cause);
                if matches!(p.cause, Cause::ContainerFailed { .. }) && restart_policy != "Never" {
                    // The kubelet restarts it; a crash loop will be reported if it keeps failing.
                    p.fail_fast = false;
                }
                out.push(p);
            }
        }
    }
    if phase == "Failed" && !out.iter().any(|p| p.fail_fast) {
        out.push(Problem::new(
            id,
            None,
            Cause::PodFailed {
                reason: opt_str(pod, &["status", "reason"]),
                message: opt_str(pod, &["status", "message"]),
            },
        ));
    }
    out
}

/// Names of PersistentVolumeClaims a pod template or pod mounts.
fn claim_names(pod_spec: Option<&Value>) -> Vec<String> {
    pod_spec
        .and_then(|s| field(s, &["volumes"]))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| opt_str(v, &["persistentVolumeClaim", "claimName"]))
        .collect()
}

fn event_time(e: &Value) -> Option<Time> {
    [
        &["lastTimestamp"][..],
        &["deprecatedLastTimestamp"],
        &["series", "lastObservedTime"],
        &["eventTime"],
        &["firstTimestamp"],
        &["deprecatedFirstTimestamp"],
        &["metadata", "creationTimestamp"],
    ]
    .iter()
    .find_map(|p| field(e, p).and_then(Value::as_str).and_then(Time::parse))
}

fn event_subject(e: &Value) -> Option<&Value> {
    field(e, &["involvedObject"])
        .or_else(|| field(e, &["regarding"]))
        .filter(|v| v.is_object())
}

fn event_summary(e: &Value) -> Option<EventSummary> {
    let subj = event_subject(e)?;
    let count = field(e, &["count"])
        .or_else(|| field(e, &["series", "count"]))
        .or_else(|| field(e, &["deprecatedCount"]))
        .and_then(Value::as_i64)
        .unwrap_or(1)
        .max(1);
    Some(EventSummary {
        object: ResourceId {
            group: str_or(subj, &["apiVersion"], "")
                .split_once('/')
                .map(|(g, _)| g.to_string())
                .unwrap_or_default(),
            kind: str_or(subj, &["kind"], "").to_string(),
            namespace: str_or(subj, &["namespace"], "").to_string(),
            name: str_or(subj, &["name"], "").to_string(),
        },
        type_: str_or(e, &["type"], "").to_string(),
        reason: str_or(e, &["reason"], "").to_string(),
        message: field(e, &["message"])
            .or_else(|| field(e, &["note"]))
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim_end()
            .to_string(),
        count,
        last_seen: event_time(e),
    })
}

/// The events about `objects` (matched by kind, name and namespace), deduplicated by
/// object, reason and message (counts summed, newest time kept), newest first.
pub fn relevant_events(
    events: &[Value],
    objects: &[ResourceId],
    opts: &DiagnoseOptions,
) -> Vec<EventSummary> {
    let mut by_key: HashMap<(String, String, String, String), EventSummary> = HashMap::new();
    let mut order: Vec<(String, String, String, String)> = Vec::new();
    for e in events {
        let Some(s) = event_summary(e) else { continue };
        if opts.warnings_only && s.type_ != "Warning" {
            continue;
        }
        let about = objects.iter().any(|o| {
            o.kind == s.object.kind
                && o.name == s.object.name
                && (s.object.namespace.is_empty()
                    || o.namespace.is_empty()
                    || o.namespace == s.object.namespace)
        });
        if !about {
            continue;
        }
        let key = (
            s.object.kind.clone(),
            s.object.name.clone(),
            s.reason.clone(),
            s.message.clone(),
        );
        match by_key.get_mut(&key) {
            Some(prev) => {
                prev.count += s.count;
                if s.last_seen > prev.last_seen {
                    prev.last_seen = s.last_seen;
                    prev.type_ = s.type_;
                }
            }
            None => {
                order.push(key.clone());
                by_key.insert(key, s);
            }
        }
    }
    let mut out: Vec<EventSummary> = order
        .into_iter()
        .filter_map(|k| by_key.remove(&k))
        .collect();
    // Newest first; undated events last; stable otherwise.
    out.sort_by_key(|e| std::cmp::Reverse(e.last_seen));
    out.truncate(opts.max_events);
    out
}

fn summary(obj: &Value, status: Option<&StatusResult>) -> String {
    let kind = str_or(obj, &["kind"], "");
    // For workloads, kstatus's message is appended when the counts alone would hide
    // why it is not current (rollout not finished, generation not observed, …).
    let detail = |counts: String| match status {
        Some(s)
            if s.status != Status::Current
                && !matches!(s.reason(), Some("LessReady" | "LessAvailable")) =>
        {
            format!("{counts} ({})", s.message)
        }
        _ => counts,
    };
    let replicas = |ready: &[&str]| {
        detail(format!(
            "{}/{} replicas ready",
            int_or(obj, ready, 0),
            int_or(obj, &["spec", "replicas"], 1)
        ))
    };
    match (group_of(obj), kind) {
        ("apps" | "extensions", "Deployment" | "StatefulSet" | "ReplicaSet")
        | ("", "ReplicationController") => replicas(&["status", "readyReplicas"]),
        ("apps" | "extensions", "DaemonSet") => detail(format!(
            "{}/{} pods ready",
            int_or(obj, &["status", "numberReady"], 0),
            int_or(obj, &["status", "desiredNumberScheduled"], 0)
        )),
        ("batch", "Job") => {
            let parallelism = int_or(obj, &["spec", "parallelism"], 1);
            let completions = int_or(obj, &["spec", "completions"], parallelism);
            let failed = int_or(obj, &["status", "failed"], 0);
            let mut s = format!(
                "{}/{} completions succeeded",
                int_or(obj, &["status", "succeeded"], 0),
                completions
            );
            if failed > 0 {
                s.push_str(&format!(", {failed} pods failed"));
            }
            s
        }
        ("", "Pod") => {
            let phase = str_or(obj, &["status", "phase"], "Unknown");
            let conds = conditions(obj).unwrap_or_default();
            if phase == "Running" && find_condition(&conds, "Ready", "True").is_none() {
                "Running, not ready".to_string()
            } else {
                format!("phase {phase}")
            }
        }
        ("", "PersistentVolumeClaim") => {
            format!("phase {}", str_or(obj, &["status", "phase"], "Unknown"))
        }
        _ => status
            .map(|s| format!("{}: {}", s.status, s.message))
            .unwrap_or_default(),
    }
}

/// Explains why `input.resource` is not ready.
pub fn diagnose_with(input: &DiagnoseInput<'_>, opts: &DiagnoseOptions) -> Diagnosis {
    let obj = input.resource;
    let id = ResourceId::of(obj);
    let status = compute(obj, input.now).ok();
    let kind = id.kind.as_str();
    let group = id.group.as_str();
    let mut problems = Vec::new();
    let conds = conditions(obj).unwrap_or_default();

    // Resource-level causes.
    match (group, kind) {
        ("batch", "Job") => {
            if let Some(c) = find_condition(&conds, "Failed", "True") {
                problems.push(Problem::new(
                    id.clone(),
                    None,
                    Cause::JobFailed {
                        reason: c.reason.clone(),
                        message: c.message.clone(),
                    },
                ));
            }
        }
        ("apps" | "extensions", "Deployment") => {
            if let Some(c) = conds
                .iter()
                .find(|c| c.type_ == "Progressing" && c.reason == "ProgressDeadlineExceeded")
            {
                problems.push(Problem::new(
                    id.clone(),
                    None,
                    Cause::ProgressDeadlineExceeded {
                        message: c.message.clone(),
                    },
                ));
            }
        }
        _ => {}
    }
    if let Some(c) = find_condition(&conds, "ReplicaFailure", "True") {
        problems.push(Problem::new(
            id.clone(),
            None,
            Cause::ReplicaFailure {
                reason: c.reason.clone(),
                message: c.message.clone(),
            },
        ));
    } else if kind == "Deployment" {
        for rs in input
            .related
            .iter()
            .filter(|r| str_or(r, &["kind"], "") == "ReplicaSet" && is_controlled_by(r, obj))
        {
            let rc = conditions(rs).unwrap_or_default();
            if let Some(c) = find_condition(&rc, "ReplicaFailure", "True") {
                problems.push(Problem::new(
                    ResourceId::of(rs),
                    None,
                    Cause::ReplicaFailure {
                        reason: c.reason.clone(),
                        message: c.message.clone(),
                    },
                ));
            }
        }
    }

    // Pods.
    let pods: Vec<&Value> = match (group, kind) {
        ("", "Pod") => vec![obj],
        ("apps" | "extensions", "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet")
        | ("batch", "Job")
        | ("", "ReplicationController") => {
            // Pods being deleted (old revisions scaling down) are not the cause.
            let mut p: Vec<&Value> =
                pods_selected(field(obj, &["spec", "selector"]), &id.namespace, input.pods)
                    .into_iter()
                    .filter(|p| {
                        field(p, &["metadata", "deletionTimestamp"]).is_none_or(Value::is_null)
                    })
                    .collect();
            if kind == "Deployment" {
                // During a rollout the old ReplicaSet's pods are going away: only the pods of
                // the current template can explain why the new revision is not ready.
                if let Some(hash) = current_template_hash(obj, input.related) {
                    p.retain(|pod| {
                        str_or(pod, &["metadata", "labels", "pod-template-hash"], "") == hash
                    });
                }
            }
            p.sort_by_key(|p| str_or(p, &["metadata", "name"], ""));
            p
        }
        _ => Vec::new(),
    };
    let controlled_pods = kind != "Pod";
    // Until the controller has seen the latest spec, its pods may all be of the old template
    // (a rollback away from a crash-looping revision, say): they cannot end the wait.
    let stale = controlled_pods
        && match (
            field(obj, &["metadata", "generation"]).and_then(Value::as_i64),
            field(obj, &["status", "observedGeneration"]).and_then(Value::as_i64),
        ) {
            (Some(g), Some(o)) => o < g,
            (Some(_), None) => true,
            _ => false,
        };
    for pod in &pods {
        for mut p in pod_problems(pod) {
            if stale {
                p.fail_fast = false;
            }
            if controlled_pods
                && matches!(
                    p.cause,
                    Cause::PodFailed { .. } | Cause::ContainerFailed { .. }
                )
            {
                // The controller replaces failed pods (a Job retries them; its own
                // condition decides), so one failed pod is not final.
                p.fail_fast = false;
            }
            problems.push(p);
        }
    }

    // Claims.
    let mut claims: Vec<String> = Vec::new();
    if kind == "PersistentVolumeClaim" {
        claims.push(id.name.clone());
    }
    claims.extend(claim_names(field(obj, &["spec", "template", "spec"])));
    for pod in &pods {
        claims.extend(claim_names(field(pod, &["spec"])));
    }
    let sts_prefixes: Vec<String> = if kind == "StatefulSet" {
        field(obj, &["spec", "volumeClaimTemplates"])
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|t| format!("{}-{}-", str_or(t, &["metadata", "name"], ""), id.name))
            .collect()
    } else {
        Vec::new()
    };
    let mut event_objects: Vec<ResourceId> = vec![id.clone()];
    event_objects.extend(pods.iter().map(|p| ResourceId::of(p)));
    let mut pvcs: Vec<&Value> = Vec::new();
    if kind == "PersistentVolumeClaim" {
        pvcs.push(obj);
    }
    for r in input.related {
        let rid = ResourceId::of(r);
        let wanted_claim = (rid.namespace.is_empty() || rid.namespace == id.namespace)
            && (claims.contains(&rid.name)
                || sts_prefixes
                    .iter()
                    .any(|p| rid.name.starts_with(p.as_str())))
            && !pvcs.iter().any(|p| ResourceId::of(p) == rid);
        match rid.kind.as_str() {
            "PersistentVolumeClaim" if wanted_claim => pvcs.push(r),
            "ReplicaSet" if kind == "Deployment" && is_controlled_by(r, obj) => {
                event_objects.push(rid)
            }
            _ => {}
        }
    }
    for pvc in &pvcs {
        let pid = ResourceId::of(pvc);
        event_objects.push(pid.clone());
        let phase = str_or(pvc, &["status", "phase"], "Pending");
        if phase != "Bound" {
            let latest = relevant_events(
                input.events,
                std::slice::from_ref(&pid),
                &DiagnoseOptions {
                    max_events: 1,
                    warnings_only: false,
                },
            );
            problems.push(Problem::new(
                pid,
                None,
                Cause::PvcPending {
                    phase: phase.to_string(),
                    message: latest.into_iter().next().map(|e| e.message),
                },
            ));
        }
    }

    // kstatus Failed with no explanation yet.
    if let Some(s) = &status {
        if s.status == Status::Failed && problems.is_empty() {
            problems.insert(
                0,
                Problem::new(
                    id.clone(),
                    None,
                    Cause::Stalled {
                        message: s.message.clone(),
                    },
                ),
            );
        }
    }

    event_objects.dedup();
    let events = relevant_events(input.events, &event_objects, opts);
    Diagnosis {
        summary: summary(obj, status.as_ref()),
        resource: id,
        status,
        problems,
        events,
    }
}
