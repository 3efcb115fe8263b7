//! Readiness of Kubernetes objects, and why not.
//!
//! `kready` works on objects exactly as the API server returns them
//! ([`serde_json::Value`]); it performs no I/O, so callers fetch objects and pass them in.
//!
//! * [`kstatus`] — the status model of Helm 4's `--wait=watcher` (fluxcd/cli-utils
//!   kstatus): [`kstatus::compute`] gives `InProgress`, `Failed`, `Current`, `Terminating`
//!   (plus `NotFound`/`Unknown` from [`kstatus::ResourceStatus::read`]) with kstatus's
//!   messages; [`kstatus::helm4_status`] applies Helm 4's Job and Pod readers; the
//!   `helm4_wait_*` functions reproduce when Helm 4 stops waiting and what it reports.
//! * [`legacy`] — Helm 3's `ReadyChecker` (`--wait` in Helm 3, `--wait=legacy` in Helm 4),
//!   with the related objects it needs (a Deployment's ReplicaSets, a ReplicaSet's pods)
//!   supplied by the caller.
//! * [`mod@diagnose`] — root cause of a not-ready resource from its pods and events: which
//!   pod, which container and why, whether waiting longer can help, with one-line
//!   progress and multi-line report renderings.
//!
//! # Example
//!
//! ```
//! use kready::{diagnose, kstatus, DiagnoseInput, Status, Time};
//! use serde_json::json;
//!
//! let deployment = json!({
//!     "apiVersion": "apps/v1", "kind": "Deployment",
//!     "metadata": {"name": "web", "namespace": "default", "generation": 1},
//!     "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}}},
//!     "status": {"observedGeneration": 1, "replicas": 2, "updatedReplicas": 2,
//!                "readyReplicas": 1, "availableReplicas": 1}
//! });
//! let now = Time::parse("2024-05-01T10:05:00Z").unwrap();
//! let status = kstatus::compute(&deployment, now).unwrap();
//! assert_eq!(status.status, Status::InProgress);
//! assert_eq!(status.message, "Available: 1/2");
//!
//! let pod = json!({
//!     "apiVersion": "v1", "kind": "Pod",
//!     "metadata": {"name": "web-abc", "namespace": "default", "labels": {"app": "web"}},
//!     "status": {"phase": "Running", "containerStatuses": [{
//!         "name": "app", "image": "web:1", "ready": false, "restartCount": 3,
//!         "state": {"waiting": {"reason": "CrashLoopBackOff"}},
//!         "lastState": {"terminated": {"reason": "Error", "exitCode": 1}}
//!     }]}
//! });
//! let d = diagnose(&DiagnoseInput {
//!     resource: &deployment, pods: &[pod], events: &[], related: &[], now,
//! });
//! assert_eq!(
//!     d.progress_line().to_string(),
//!     "Deployment/web: 1/2 replicas ready; pod web-abc: container app CrashLoopBackOff (restarts 3)"
//! );
//! assert!(d.fail_fast().is_some()); // crash-looping: no point waiting for the timeout
//! ```
//!
//! Helm 3's checker needs the Deployment's ReplicaSets, which the caller lists:
//!
//! ```
//! use kready::{legacy::related_needed, LegacyChecker, Related};
//! use serde_json::json;
//!
//! let deployment = json!({
//!     "apiVersion": "apps/v1", "kind": "Deployment",
//!     "metadata": {"name": "web", "namespace": "default", "uid": "d-1", "generation": 1},
//!     "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "web"}},
//!              "strategy": {"type": "RollingUpdate",
//!                           "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"}},
//!              "template": {"metadata": {"labels": {"app": "web"}},
//!                           "spec": {"containers": [{"name": "app", "image": "web:1"}]}}},
//!     "status": {"observedGeneration": 1}
//! });
//! let checker = LegacyChecker { paused_as_ready: true, ..Default::default() };
//! // List ReplicaSets with this selector, then pass them in.
//! assert!(related_needed(&deployment, &checker).replica_sets.is_some());
//! let rs = json!({
//!     "apiVersion": "apps/v1", "kind": "ReplicaSet",
//!     "metadata": {"name": "web-5d4f", "namespace": "default", "generation": 1,
//!                  "creationTimestamp": "2024-05-01T10:00:00Z",
//!                  "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment",
//!                                       "name": "web", "uid": "d-1", "controller": true}]},
//!     "spec": {"replicas": 1,
//!              "template": {"metadata": {"labels": {"app": "web", "pod-template-hash": "5d4f"}},
//!                           "spec": {"containers": [{"name": "app", "image": "web:1"}]}}},
//!     "status": {"observedGeneration": 1, "readyReplicas": 0}
//! });
//! let related = Related { replica_sets: std::slice::from_ref(&rs), pods: &[] };
//! assert!(!checker.is_ready(&deployment, &related).unwrap().is_ready());
//! ```

#![warn(missing_docs)]

pub mod diagnose;
pub mod kstatus;
pub mod legacy;
pub mod object;
mod time;

pub use diagnose::{
    diagnose, diagnose_needs, diagnose_with, Cause, DiagnoseInput, DiagnoseNeeds, DiagnoseOptions,
    Diagnosis, EventSummary, Problem,
};
pub use kstatus::{compute, Reader, ResourceStatus, Status, StatusResult};
pub use legacy::{LegacyChecker, Readiness, Related};
pub use object::ResourceId;
pub use time::Time;
