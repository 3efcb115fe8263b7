//! kstatus behaviour (fluxcd/cli-utils `pkg/kstatus/status`), expectations taken from
//! kstatus's rules and messages.

mod common;

use common::*;
use kready::kstatus::{
    aggregate, compute, helm4_skips, helm4_status, helm4_wait_done, helm4_wait_errors,
    ConditionType, Reader, ResourceStatus, Status, StatusError, WaitGoal,
};
use kready::{ResourceId, Time};
use serde_json::{json, Value};

fn status(obj: &Value) -> (Status, String, Option<String>) {
    let r = compute(obj, now()).expect("computes");
    let reason = r.reason().map(str::to_string);
    (r.status, r.message, reason)
}

fn in_progress(msg: &str, reason: &str) -> (Status, String, Option<String>) {
    (
        Status::InProgress,
        msg.to_string(),
        Some(reason.to_string()),
    )
}

fn current(msg: &str) -> (Status, String, Option<String>) {
    (Status::Current, msg.to_string(), None)
}

// ---------------------------------------------------------------- generic rules

#[test]
fn deletion_timestamp_means_terminating() {
    let d = merge(
        deployment(),
        json!({"metadata": {"deletionTimestamp": "2024-05-01T10:04:00Z", "deletionGracePeriodSeconds": 0, "finalizers": ["foregroundDeletion"]}}),
    );
    assert_eq!(
        status(&d),
        (
            Status::Terminating,
            "Resource scheduled for deletion".into(),
            None
        )
    );
}

#[test]
fn unobserved_generation_is_in_progress() {
    let d = merge(
        deployment(),
        json!({"metadata": {"generation": 3}, "status": {"observedGeneration": 2}}),
    );
    assert_eq!(
        status(&d),
        in_progress(
            "Deployment generation is 3, but latest observed generation is 2",
            "LatestGenerationNotObserved"
        )
    );
}

#[test]
fn missing_observed_generation_skips_the_generation_check() {
    // A custom resource whose controller does not publish observedGeneration.
    let cr = json!({
        "apiVersion": "example.com/v1", "kind": "Widget",
        "metadata": {"name": "w", "namespace": "shop", "generation": 4},
        "status": {"phase": "Whatever"}
    });
    assert_eq!(status(&cr), current("Resource is current"));
}

#[test]
fn reconciling_and_stalled_conditions_decide_first() {
    let cr = |conds: Value| {
        json!({
            "apiVersion": "example.com/v1", "kind": "Widget",
            "metadata": {"name": "w", "namespace": "shop", "generation": 2},
            "status": {"observedGeneration": 2, "conditions": conds}
        })
    };
    let r = compute(
        &cr(json!([{"type": "Reconciling", "status": "True", "reason": "Progressing", "message": "scaling up"},
                   {"type": "Ready", "status": "True", "reason": "Ok", "message": ""}])),
        now(),
    )
    .unwrap();
    assert_eq!(
        (r.status, r.message.as_str()),
        (Status::InProgress, "scaling up")
    );
    assert_eq!(r.conditions[0].type_, ConditionType::Reconciling);
    assert_eq!(r.conditions[0].reason, "Progressing");

    let r = compute(
        &cr(json!([{"type": "Stalled", "status": "True", "reason": "InvalidSpec", "message": "spec.size must be positive"}])),
        now(),
    )
    .unwrap();
    assert_eq!(
        (r.status, r.message.as_str()),
        (Status::Failed, "spec.size must be positive")
    );
    assert_eq!(r.conditions[0].type_, ConditionType::Stalled);
    assert_eq!(r.conditions[0].reason, "InvalidSpec");

    // False Reconciling/Stalled do not count.
    let r = compute(
        &cr(
            json!([{"type": "Reconciling", "status": "False", "reason": "Done"},
                   {"type": "Stalled", "status": "False", "reason": "Fine"}]),
        ),
        now(),
    )
    .unwrap();
    assert_eq!(r.status, Status::Current);
}

#[test]
fn stalled_applies_to_builtin_kinds_too() {
    let d = merge(
        deployment(),
        json!({"status": {"conditions": [{"type": "Stalled", "status": "True", "reason": "X", "message": "stuck"}]}}),
    );
    assert_eq!(status(&d).0, Status::Failed);
}

#[test]
fn ready_condition_of_unknown_kinds() {
    let cr = |s: &str| {
        json!({
            "apiVersion": "cert-manager.io/v1", "kind": "Certificate",
            "metadata": {"name": "tls", "namespace": "shop", "generation": 1},
            "status": {"conditions": [{
                "type": "Ready", "status": s, "reason": "Issuing",
                "message": "Issuing certificate as Secret does not exist", "observedGeneration": 1
            }]}
        })
    };
    assert_eq!(status(&cr("True")), current("Resource is Ready"));
    assert_eq!(
        status(&cr("False")),
        in_progress("Issuing certificate as Secret does not exist", "Issuing")
    );
    assert_eq!(
        status(&cr("Unknown")),
        in_progress("Issuing certificate as Secret does not exist", "Issuing")
    );
    // No Ready condition at all: assumed current.
    let bare = json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}});
    assert_eq!(status(&bare), current("Resource is current"));
}

#[test]
fn ready_condition_is_not_used_for_builtin_kinds() {
    // A Pod's Ready=False is handled by the pod rules, not the generic Ready rule.
    let p = merge(
        pod("web-1"),
        json!({"status": {"phase": "Pending", "conditions": [
            {"type": "Ready", "status": "False", "reason": "ContainersNotReady", "message": "x"}
        ]}}),
    );
    assert_eq!(
        status(&p),
        in_progress("Pod is in the Pending phase", "PodPending")
    );
}

#[test]
fn malformed_fields_are_errors() {
    let d = merge(deployment(), json!({"status": {"observedGeneration": "1"}}));
    assert!(matches!(compute(&d, now()), Err(StatusError::Object(_))));
    let d = merge(
        deployment(),
        json!({"status": {"conditions": {"type": "Available"}}}),
    );
    assert!(compute(&d, now()).is_err());
    let d = merge(deployment(), json!({"metadata": {"deletionTimestamp": 5}}));
    assert!(compute(&d, now()).is_err());
}

// ---------------------------------------------------------------- Deployment

#[test]
fn deployment_available() {
    assert_eq!(
        status(&deployment()),
        current("Deployment is available. Replicas: 2")
    );
}

#[test]
fn deployment_rollout_steps() {
    let d = |s: Value| merge(deployment(), json!({"status": s}));
    assert_eq!(
        status(&d(json!({"replicas": 1}))),
        in_progress("Replicas: 1/2", "LessReplicas")
    );
    assert_eq!(
        status(&d(json!({"updatedReplicas": 1}))),
        in_progress("Updated: 1/2", "LessUpdated")
    );
    // Surge during a rollout: 3 pods for 2 wanted.
    assert_eq!(
        status(&d(json!({"replicas": 3}))),
        in_progress("Pending termination: 1", "ExtraPods")
    );
    assert_eq!(
        status(&d(json!({"availableReplicas": 1}))),
        in_progress("Available: 1/2", "LessAvailable")
    );
    assert_eq!(
        status(&d(json!({"readyReplicas": 1}))),
        in_progress("Ready: 1/2", "LessReady")
    );
}

#[test]
fn deployment_without_status() {
    let d = merge(deployment(), json!({"status": null}));
    assert_eq!(status(&d), in_progress("Replicas: 0/2", "LessReplicas"));
}

#[test]
fn deployment_default_replicas_is_one() {
    let d = merge(
        deployment(),
        json!({"spec": {"replicas": null}, "status": {"replicas": 0, "updatedReplicas": 0, "readyReplicas": 0, "availableReplicas": 0}}),
    );
    assert_eq!(status(&d), in_progress("Replicas: 0/1", "LessReplicas"));
}

#[test]
fn deployment_conditions() {
    let with_conds = |conds: Value| merge(deployment(), json!({"status": {"conditions": conds}}));
    let available =
        json!({"type": "Available", "status": "True", "reason": "MinimumReplicasAvailable"});
    let progressing_rs_updated = json!({"type": "Progressing", "status": "True", "reason": "ReplicaSetUpdated", "message": "ReplicaSet \"web-x\" is progressing."});
    assert_eq!(
        status(&with_conds(json!([
            available.clone(),
            progressing_rs_updated
        ]))),
        in_progress("ReplicaSet not Available", "ReplicaSetNotAvailable")
    );
    let unavailable =
        json!({"type": "Available", "status": "False", "reason": "MinimumReplicasUnavailable"});
    let progressing_ok =
        json!({"type": "Progressing", "status": "True", "reason": "NewReplicaSetAvailable"});
    assert_eq!(
        status(&with_conds(json!([unavailable, progressing_ok]))),
        in_progress("Deployment not Available", "DeploymentNotAvailable")
    );

    // Without progressDeadlineSeconds the controller sets no Progressing condition.
    let no_deadline = merge(
        deployment(),
        json!({"spec": {"progressDeadlineSeconds": null}, "status": {"conditions": [available]}}),
    );
    assert_eq!(
        status(&no_deadline),
        current("Deployment is available. Replicas: 2")
    );
}

#[test]
fn deployment_progress_deadline_exceeded_fails() {
    let d = merge(
        deployment(),
        json!({"status": {"readyReplicas": 1, "availableReplicas": 1, "conditions": [
            {"type": "Available", "status": "False", "reason": "MinimumReplicasUnavailable", "message": "Deployment does not have minimum availability."},
            {"type": "Progressing", "status": "False", "reason": "ProgressDeadlineExceeded",
             "message": "ReplicaSet \"web-7c9d8f6b5d\" has timed out progressing."}
        ]}}),
    );
    let r = compute(&d, now()).unwrap();
    assert_eq!(r.status, Status::Failed);
    assert_eq!(r.message, "Progress deadline exceeded");
    assert_eq!(r.conditions[0].type_, ConditionType::Stalled);
    assert_eq!(r.conditions[0].reason, "ProgressDeadlineExceeded");
    assert_eq!(
        r.conditions[0].message,
        "ReplicaSet \"web-7c9d8f6b5d\" has timed out progressing."
    );
}

#[test]
fn extensions_deployment_uses_the_same_rules() {
    let d = merge(
        deployment(),
        json!({"apiVersion": "extensions/v1beta1", "status": {"readyReplicas": 0}}),
    );
    assert_eq!(status(&d), in_progress("Ready: 0/2", "LessReady"));
}

// ---------------------------------------------------------------- StatefulSet

fn statefulset() -> Value {
    json!({
        "apiVersion": "apps/v1", "kind": "StatefulSet",
        "metadata": {"name": "db", "namespace": "shop", "generation": 2, "uid": "u-sts",
                     "creationTimestamp": "2024-05-01T10:00:00Z", "resourceVersion": "900"},
        "spec": {
            "persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Retain", "whenScaled": "Retain"},
            "podManagementPolicy": "OrderedReady",
            "replicas": 3,
            "revisionHistoryLimit": 10,
            "selector": {"matchLabels": {"app": "db"}},
            "serviceName": "db",
            "template": {"metadata": {"labels": {"app": "db"}}, "spec": {"containers": [{"name": "pg", "image": "postgres:16"}]}},
            "updateStrategy": {"rollingUpdate": {"partition": 0}, "type": "RollingUpdate"},
            "volumeClaimTemplates": [{"apiVersion": "v1", "kind": "PersistentVolumeClaim",
                "metadata": {"name": "data"},
                "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}, "volumeMode": "Filesystem"},
                "status": {"phase": "Pending"}}]
        },
        "status": {
            "availableReplicas": 3, "collisionCount": 0, "currentReplicas": 3,
            "currentRevision": "db-5b6f7d8c9", "observedGeneration": 2, "readyReplicas": 3,
            "replicas": 3, "updateRevision": "db-5b6f7d8c9", "updatedReplicas": 3
        }
    })
}

#[test]
fn statefulset_rules() {
    // The fixture has partition 0 set explicitly (as the API server defaults it).
    assert_eq!(
        status(&statefulset()),
        current("Partition rollout complete. updated: 3")
    );

    let no_partition = merge(
        statefulset(),
        json!({"spec": {"updateStrategy": {"rollingUpdate": null}}}),
    );
    assert_eq!(
        status(&no_partition),
        current("All replicas scheduled as expected. Replicas: 3")
    );
    let s = |st: Value| merge(no_partition.clone(), json!({"status": st}));
    assert_eq!(
        status(&s(json!({"replicas": 2}))),
        in_progress("Replicas: 2/3", "LessReplicas")
    );
    assert_eq!(
        status(&s(json!({"readyReplicas": 1}))),
        in_progress("Ready: 1/3", "LessReady")
    );
    assert_eq!(
        status(&s(json!({"replicas": 4}))),
        in_progress("Pending termination: 1", "ExtraPods")
    );
    assert_eq!(
        status(&s(json!({"currentReplicas": 2}))),
        in_progress("current: 2/3", "LessCurrent")
    );
    assert_eq!(
        status(&s(json!({"updateRevision": "db-6c7d8e9f0"}))),
        in_progress(
            "Waiting for updated revision to match current",
            "RevisionMismatch"
        )
    );
}

#[test]
fn statefulset_partition_and_ondelete() {
    let partitioned = merge(
        statefulset(),
        json!({"spec": {"updateStrategy": {"rollingUpdate": {"partition": 2}}},
               "status": {"updatedReplicas": 0, "currentReplicas": 2, "updateRevision": "db-new"}}),
    );
    assert_eq!(
        status(&partitioned),
        in_progress("updated: 0/1", "PartitionRollout")
    );
    let done = merge(partitioned, json!({"status": {"updatedReplicas": 1}}));
    assert_eq!(
        status(&done),
        current("Partition rollout complete. updated: 1")
    );

    let ondelete = merge(
        statefulset(),
        json!({"spec": {"updateStrategy": {"type": "OnDelete", "rollingUpdate": null}}, "status": {"readyReplicas": 0}}),
    );
    assert_eq!(
        status(&ondelete),
        current("StatefulSet is using the ondelete update strategy")
    );
}

// ---------------------------------------------------------------- DaemonSet

fn daemonset() -> Value {
    json!({
        "apiVersion": "apps/v1", "kind": "DaemonSet",
        "metadata": {"name": "agent", "namespace": "kube-system", "generation": 1, "uid": "u-ds"},
        "spec": {
            "revisionHistoryLimit": 10,
            "selector": {"matchLabels": {"app": "agent"}},
            "template": {"metadata": {"labels": {"app": "agent"}}, "spec": {"containers": [{"name": "a", "image": "agent:2"}]}},
            "updateStrategy": {"rollingUpdate": {"maxSurge": 0, "maxUnavailable": 1}, "type": "RollingUpdate"}
        },
        "status": {
            "currentNumberScheduled": 3, "desiredNumberScheduled": 3, "numberAvailable": 3,
            "numberMisscheduled": 0, "numberReady": 3, "observedGeneration": 1, "updatedNumberScheduled": 3
        }
    })
}

#[test]
fn daemonset_rules() {
    assert_eq!(
        status(&daemonset()),
        current("All replicas scheduled as expected. Replicas: 3")
    );
    let d = |st: Value| merge(daemonset(), json!({"status": st}));
    assert_eq!(
        status(&d(json!({"currentNumberScheduled": 2}))),
        in_progress("Current: 2/3", "LessCurrent")
    );
    assert_eq!(
        status(&d(json!({"updatedNumberScheduled": 1}))),
        in_progress("Updated: 1/3", "LessUpdated")
    );
    assert_eq!(
        status(&d(json!({"numberAvailable": 0}))),
        in_progress("Available: 0/3", "LessAvailable")
    );
    assert_eq!(
        status(&d(json!({"numberReady": 2}))),
        in_progress("Ready: 2/3", "LessReady")
    );
    assert_eq!(
        status(&d(json!({"desiredNumberScheduled": null}))),
        in_progress("Missing .status.desiredNumberScheduled", "NoDesiredNumber")
    );
}

#[test]
fn daemonset_requires_generations() {
    let no_obs = merge(daemonset(), json!({"status": {"observedGeneration": null}}));
    assert_eq!(
        status(&no_obs),
        in_progress(
            "DaemonSet status.observedGeneration not found",
            "NoObservedGeneration"
        )
    );
    let no_gen = merge(daemonset(), json!({"metadata": {"generation": null}}));
    assert_eq!(
        status(&no_gen),
        in_progress("DaemonSet metadata.generation not found", "NoGeneration")
    );
    let fresh = merge(daemonset(), json!({"status": null}));
    assert_eq!(status(&fresh).0, Status::InProgress);
}

// ---------------------------------------------------------------- ReplicaSet

#[test]
fn replicaset_rules() {
    assert_eq!(
        status(&replicaset()),
        current("ReplicaSet is available. Replicas: 2")
    );
    let r = |st: Value| merge(replicaset(), json!({"status": st}));
    assert_eq!(
        status(&r(json!({"fullyLabeledReplicas": 1}))),
        in_progress("Labelled: 1/2", "LessLabelled")
    );
    assert_eq!(
        status(&r(json!({"availableReplicas": 1}))),
        in_progress("Available: 1/2", "LessAvailable")
    );
    assert_eq!(
        status(&r(json!({"readyReplicas": 1}))),
        in_progress("Ready: 1/2", "LessReady")
    );
    assert_eq!(
        status(&r(json!({"replicas": 3}))),
        in_progress("Pending termination: 1", "ExtraPods")
    );
    let failing = r(json!({"conditions": [{
        "lastTransitionTime": "2024-05-01T10:00:02Z",
        "message": "pods \"web-7c9d8f6b5d-x\" is forbidden: exceeded quota: compute, requested: limits.memory=128Mi, used: limits.memory=1Gi, limited: limits.memory=1Gi",
        "reason": "FailedCreate", "status": "True", "type": "ReplicaFailure"
    }]}));
    assert_eq!(
        status(&failing),
        in_progress("Replica Failure condition. Check Pods", "ReplicaFailure")
    );
}

// ---------------------------------------------------------------- Pod

fn pending_pod(created: &str, scheduled: Value) -> Value {
    merge(
        pod("web-1"),
        json!({"metadata": {"creationTimestamp": created},
               "status": {"phase": "Pending", "conditions": [scheduled], "containerStatuses": null,
                          "podIP": null, "podIPs": null, "hostIP": null, "startTime": null}}),
    )
}

#[test]
fn pod_rules() {
    assert_eq!(status(&pod("web-1")), current("Pod is Ready"));
    let succeeded = merge(pod("web-1"), json!({"status": {"phase": "Succeeded"}}));
    assert_eq!(
        status(&succeeded),
        current("Pod has completed successfully")
    );
    let failed = merge(pod("web-1"), json!({"status": {"phase": "Failed"}}));
    assert_eq!(
        status(&failed),
        current("Pod has completed, but not successfully")
    );

    let unobserved = merge(pod("web-1"), json!({"status": null}));
    assert_eq!(
        status(&unobserved),
        in_progress("Pod phase not available", "PodNotObserved")
    );

    let not_ready = merge(
        pod("web-1"),
        json!({"status": {"conditions": [{"type": "Ready", "status": "False", "reason": "ContainersNotReady"}]}}),
    );
    assert_eq!(
        status(&not_ready),
        in_progress("Pod is running but is not Ready", "PodRunningNotReady")
    );

    let r = compute(&crashlooping_pod("web-1", 4, "Error", 1), now()).unwrap();
    assert_eq!(r.status, Status::Failed);
    assert_eq!(r.message, "Containers in CrashLoop state: app");
    assert_eq!(r.reason(), Some("ContainerCrashLooping"));

    let weird = merge(pod("web-1"), json!({"status": {"phase": "Exploded"}}));
    assert_eq!(
        compute(&weird, now()).unwrap_err(),
        StatusError::UnknownPodPhase("Exploded".into())
    );
}

#[test]
fn crash_looping_lists_every_container() {
    let mut p = crashlooping_pod("web-1", 2, "Error", 1);
    let mut second = p["status"]["containerStatuses"][0].clone();
    second["name"] = json!("sidecar");
    p["status"]["containerStatuses"]
        .as_array_mut()
        .unwrap()
        .push(second);
    assert_eq!(status(&p).1, "Containers in CrashLoop state: app,sidecar");
}

#[test]
fn pod_pending_and_unschedulable_window() {
    let unsched = json!({
        "lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:04:55Z",
        "message": "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
        "reason": "Unschedulable", "status": "False", "type": "PodScheduled"
    });
    // Created 5 s before `now`: still inside the 15 s window.
    assert_eq!(
        status(&pending_pod("2024-05-01T10:04:55Z", unsched.clone())),
        in_progress("Pod has not been scheduled", "PodNotScheduled")
    );
    // Created 20 s before: unschedulable.
    let r = compute(&pending_pod("2024-05-01T10:04:40Z", unsched.clone()), now()).unwrap();
    assert_eq!(
        (r.status, r.message.as_str()),
        (Status::Failed, "Pod could not be scheduled")
    );
    assert_eq!(r.reason(), Some("PodUnschedulable"));
    // Exactly 15 s: no longer "before" the window start.
    assert_eq!(
        status(&pending_pod("2024-05-01T10:04:45Z", unsched)).0,
        Status::Failed
    );

    let scheduled = json!({"type": "PodScheduled", "status": "True"});
    assert_eq!(
        status(&pending_pod("2024-05-01T10:04:40Z", scheduled)),
        in_progress("Pod is in the Pending phase", "PodPending")
    );
}

// ---------------------------------------------------------------- Job

fn job() -> Value {
    json!({
        "apiVersion": "batch/v1", "kind": "Job",
        "metadata": {"name": "migrate", "namespace": "shop", "generation": 1, "uid": "u-job",
                     "labels": {"batch.kubernetes.io/job-name": "migrate"}},
        "spec": {
            "backoffLimit": 2, "completionMode": "NonIndexed", "completions": 1, "manualSelector": false,
            "parallelism": 1, "podReplacementPolicy": "TerminatingOrFailed",
            "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": "u-job"}},
            "suspend": false,
            "template": {"metadata": {"labels": {"batch.kubernetes.io/controller-uid": "u-job", "batch.kubernetes.io/job-name": "migrate"}},
                         "spec": {"containers": [{"name": "migrate", "image": "migrate:3"}], "restartPolicy": "Never"}}
        },
        "status": {"active": 1, "ready": 0, "startTime": "2024-05-01T10:00:00Z", "terminating": 0,
                   "uncountedTerminatedPods": {}}
    })
}

fn job_complete() -> Value {
    merge(
        job(),
        json!({"status": {"active": null, "succeeded": 1, "completionTime": "2024-05-01T10:00:30Z",
        "conditions": [
            {"type": "SuccessCriteriaMet", "status": "True", "reason": "CompletionsReached", "message": "Reached expected number of succeeded pods"},
            {"type": "Complete", "status": "True", "reason": "CompletionsReached", "message": "Reached expected number of succeeded pods"}
        ]}}),
    )
}

fn job_failed() -> Value {
    merge(
        job(),
        json!({"status": {"active": null, "failed": 3,
        "conditions": [
            {"type": "FailureTarget", "status": "True", "reason": "BackoffLimitExceeded", "message": "Job has reached the specified backoff limit"},
            {"type": "Failed", "status": "True", "reason": "BackoffLimitExceeded", "message": "Job has reached the specified backoff limit"}
        ]}}),
    )
}

#[test]
fn job_rules_default_reader() {
    assert_eq!(
        status(&job()),
        current("Job in progress. success:0, active: 1, failed: 0")
    );
    assert_eq!(
        status(&job_complete()),
        current("Job Completed. succeeded: 1/1")
    );
    let r = compute(&job_failed(), now()).unwrap();
    assert_eq!(
        (r.status, r.message.as_str()),
        (Status::Failed, "Job Failed. failed: 3/1")
    );
    assert_eq!(r.reason(), Some("JobFailed"));
    let not_started = merge(job(), json!({"status": null}));
    assert_eq!(
        status(&not_started),
        in_progress("Job not started", "JobNotStarted")
    );
    // completions defaults to parallelism.
    let parallel = merge(
        job_complete(),
        json!({"spec": {"completions": null, "parallelism": 4}, "status": {"succeeded": 4}}),
    );
    assert_eq!(status(&parallel), current("Job Completed. succeeded: 4/4"));
}

#[test]
fn job_rules_helm_reader() {
    let st = |o: &Value| helm4_status(o, Reader::WaitWithJobs, now()).unwrap();
    let r = st(&job());
    assert_eq!(
        (r.status, r.message.as_str(), r.reason()),
        (Status::InProgress, "Job in progress", Some("JobInProgress"))
    );
    let not_started = merge(job(), json!({"status": null}));
    assert_eq!(st(&not_started).status, Status::InProgress);
    assert_eq!(st(&job_complete()).message, "Job Completed. succeeded: 1/1");
    assert_eq!(st(&job_complete()).status, Status::Current);
    let f = st(&job_failed());
    assert_eq!(
        (f.status, f.message.as_str(), f.reason()),
        (Status::Failed, "Job Failed. failed: 3/1", Some("JobFailed"))
    );
    // Helm's reader skips the generic rules.
    let deleting = merge(
        job(),
        json!({"metadata": {"deletionTimestamp": "2024-05-01T10:04:00Z"}}),
    );
    assert_eq!(st(&deleting).status, Status::InProgress);
    assert_eq!(
        compute(&deleting, now()).unwrap().status,
        Status::Terminating
    );
    // Other kinds still use kstatus under WaitWithJobs.
    assert_eq!(
        st(&deployment()).message,
        "Deployment is available. Replicas: 2"
    );
}

#[test]
fn hook_reader() {
    let st = |o: &Value| helm4_status(o, Reader::Hooks, now()).unwrap();
    let hook_pod = merge(
        pod("pre-install"),
        json!({"status": {"phase": "Succeeded"}}),
    );
    let r = st(&hook_pod);
    assert_eq!(
        (r.status, r.message.as_str()),
        (Status::Current, "pod pre-install succeeded")
    );
    let failed = merge(pod("pre-install"), json!({"status": {"phase": "Failed"}}));
    let r = st(&failed);
    assert_eq!(
        (r.status, r.message.as_str(), r.reason()),
        (Status::Failed, "pod pre-install failed", Some("PodFailed"))
    );
    // A Ready, running hook pod has not finished yet.
    let r = st(&pod("pre-install"));
    assert_eq!(
        (r.status, r.message.as_str()),
        (Status::InProgress, "Pod in progress")
    );
    assert_eq!(st(&job_complete()).status, Status::Current);
    assert_eq!(st(&job()).status, Status::InProgress);
    // Anything else is not waited for.
    let not_ready = merge(deployment(), json!({"status": {"readyReplicas": 0}}));
    assert_eq!(st(&not_ready).status, Status::Current);
    assert_eq!(st(&not_ready).message, "Resource is current");
}

// ---------------------------------------------------------------- other kinds

#[test]
fn pvc_rules() {
    let pvc = |phase: Option<&str>| {
        let mut v = json!({
            "apiVersion": "v1", "kind": "PersistentVolumeClaim",
            "metadata": {"name": "data-db-0", "namespace": "shop", "finalizers": ["kubernetes.io/pvc-protection"]},
            "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}},
                     "storageClassName": "standard", "volumeMode": "Filesystem"},
            "status": {}
        });
        if let Some(p) = phase {
            v["status"]["phase"] = json!(p);
        }
        v
    };
    assert_eq!(status(&pvc(Some("Bound"))), current("PVC is Bound"));
    assert_eq!(
        status(&pvc(Some("Pending"))),
        in_progress("PVC is not Bound. phase: Pending", "NotBound")
    );
    assert_eq!(
        status(&pvc(None)),
        in_progress("PVC is not Bound. phase: unknown", "NotBound")
    );
}

#[test]
fn service_rules() {
    let svc = |t: &str, ip: Option<&str>| {
        let mut v = json!({
            "apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "web", "namespace": "shop"},
            "spec": {"type": t, "ports": [{"port": 80, "protocol": "TCP", "targetPort": "http"}],
                     "selector": {"app.kubernetes.io/name": "web"}, "sessionAffinity": "None"},
            "status": {"loadBalancer": {}}
        });
        if let Some(ip) = ip {
            v["spec"]["clusterIP"] = json!(ip);
            v["spec"]["clusterIPs"] = json!([ip]);
        }
        v
    };
    assert_eq!(
        status(&svc("ClusterIP", Some("10.96.0.10"))),
        current("Service is ready")
    );
    // kstatus does not wait for a load balancer's ingress.
    assert_eq!(
        status(&svc("LoadBalancer", Some("10.96.0.11"))),
        current("Service is ready")
    );
    assert_eq!(
        status(&svc("LoadBalancer", None)),
        in_progress(
            "ClusterIP not set. Service type: LoadBalancer",
            "NoIPAssigned"
        )
    );
    assert_eq!(status(&svc("ClusterIP", None)), current("Service is ready"));
}

#[test]
fn always_ready_kinds() {
    for (av, kind) in [
        ("v1", "Secret"),
        ("v1", "ConfigMap"),
        ("batch/v1", "CronJob"),
    ] {
        let o =
            json!({"apiVersion": av, "kind": kind, "metadata": {"name": "x", "namespace": "shop"}});
        assert_eq!(status(&o), current("Resource is always ready"), "{kind}");
    }
    let pdb = json!({
        "apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
        "metadata": {"name": "web", "namespace": "shop", "generation": 1},
        "spec": {"minAvailable": 1, "selector": {"matchLabels": {"app": "web"}}},
        "status": {"currentHealthy": 2, "desiredHealthy": 1, "disruptionsAllowed": 1, "expectedPods": 2, "observedGeneration": 1,
                   "conditions": [{"type": "DisruptionAllowed", "status": "True", "reason": "SufficientPods"}]}
    });
    assert_eq!(
        status(&pdb),
        current("AllowedDisruptions has been computed.")
    );
    let unobserved = merge(pdb, json!({"metadata": {"generation": 2}}));
    assert_eq!(status(&unobserved).0, Status::InProgress);
}

fn crd(conds: Value) -> Value {
    json!({
        "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": "widgets.example.com", "generation": 1},
        "spec": {"group": "example.com", "names": {"kind": "Widget", "listKind": "WidgetList", "plural": "widgets", "singular": "widget"},
                 "scope": "Namespaced", "versions": [{"name": "v1", "served": true, "storage": true}]},
        "status": {"acceptedNames": {"kind": "", "plural": ""}, "conditions": conds, "storedVersions": ["v1"]}
    })
}

#[test]
fn crd_rules() {
    let established = crd(json!([
        {"type": "NamesAccepted", "status": "True", "reason": "NoConflicts", "message": "no conflicts found"},
        {"type": "Established", "status": "True", "reason": "InitialNamesAccepted", "message": "the initial names have been accepted"}
    ]));
    assert_eq!(status(&established), current("CRD is established"));
    let installing = crd(json!([
        {"type": "NamesAccepted", "status": "True", "reason": "NoConflicts", "message": "no conflicts found"},
        {"type": "Established", "status": "False", "reason": "Installing", "message": "the initial names have been accepted"}
    ]));
    assert_eq!(
        status(&installing),
        in_progress("Install in progress", "Installing")
    );
    let conflict = crd(json!([
        {"type": "NamesAccepted", "status": "False", "reason": "ListKindConflict", "message": "\"WidgetList\" is already in use"},
        {"type": "Established", "status": "False", "reason": "NotAccepted", "message": "not all names are accepted"}
    ]));
    let r = compute(&conflict, now()).unwrap();
    assert_eq!(
        (r.status, r.message.as_str(), r.reason()),
        (
            Status::Failed,
            "\"WidgetList\" is already in use",
            Some("ListKindConflict")
        )
    );
    let not_accepted = crd(json!([
        {"type": "Established", "status": "False", "reason": "NotAccepted", "message": "not all names are accepted"}
    ]));
    assert_eq!(status(&not_accepted).0, Status::Failed);
    assert_eq!(
        status(&crd(json!([]))),
        in_progress("Install in progress", "Installing")
    );
}

// ---------------------------------------------------------------- Helm 4 waiting

fn rs(kind: &str, name: &str, st: Status, msg: &str) -> ResourceStatus {
    ResourceStatus {
        id: ResourceId::new("apps", kind, "shop", name),
        status: st,
        message: msg.to_string(),
        error: None,
    }
}

#[test]
fn read_handles_not_found_and_errors() {
    let id = ResourceId::of(&deployment());
    let r = ResourceStatus::read(&id, None, Reader::Wait, now());
    assert_eq!(
        (r.status, r.message.as_str()),
        (Status::NotFound, "Resource not found")
    );
    let bad = merge(pod("web-1"), json!({"status": {"phase": "Exploded"}}));
    let r = ResourceStatus::read(&ResourceId::of(&bad), Some(&bad), Reader::Wait, now());
    assert_eq!(r.status, Status::Unknown);
    assert_eq!(r.error.unwrap().to_string(), "unknown phase Exploded");
    let r = ResourceStatus::read(&id, Some(&deployment()), Reader::Wait, now());
    assert_eq!((r.status, r.error), (Status::Current, None));
    assert_eq!(ResourceStatus::unobserved(&id).status, Status::Unknown);
}

#[test]
fn aggregation() {
    use Status::*;
    assert_eq!(aggregate(&[], Current), Current);
    assert_eq!(aggregate(&[Current, Failed, Unknown], Current), Failed);
    assert_eq!(aggregate(&[Current, Unknown, InProgress], Current), Unknown);
    assert_eq!(aggregate(&[Current, InProgress], Current), InProgress);
    assert_eq!(aggregate(&[Current, Current], Current), Current);
    assert_eq!(aggregate(&[NotFound, NotFound], NotFound), NotFound);
}

#[test]
fn helm4_wait_stops_when_non_failed_are_current() {
    let done = [
        rs(
            "Deployment",
            "web",
            Status::Current,
            "Deployment is available. Replicas: 2",
        ),
        rs(
            "Deployment",
            "bad",
            Status::Failed,
            "Progress deadline exceeded",
        ),
    ];
    assert!(helm4_wait_done(&done, WaitGoal::Ready));
    assert_eq!(
        helm4_wait_errors(&done, WaitGoal::Ready, false),
        vec!["resource Deployment/shop/bad not ready. status: Failed, message: Progress deadline exceeded"]
    );
    let waiting = [
        rs("Deployment", "web", Status::InProgress, "Ready: 1/2"),
        rs("StatefulSet", "db", Status::Current, "x"),
    ];
    assert!(!helm4_wait_done(&waiting, WaitGoal::Ready));
    assert_eq!(
        helm4_wait_errors(&waiting, WaitGoal::Ready, true),
        vec![
            "resource Deployment/shop/web not ready. status: InProgress, message: Ready: 1/2"
                .to_string(),
            "context deadline exceeded".to_string()
        ]
    );
    // An unobserved resource blocks completion.
    let unobserved = [ResourceStatus::unobserved(&ResourceId::new(
        "", "Service", "shop", "web",
    ))];
    assert!(!helm4_wait_done(&unobserved, WaitGoal::Ready));
    assert!(helm4_wait_done(&[], WaitGoal::Ready));
}

#[test]
fn helm4_wait_for_delete() {
    let gone = [
        rs("Deployment", "web", Status::NotFound, "Resource not found"),
        rs("Deployment", "old", Status::Unknown, ""),
    ];
    assert!(helm4_wait_done(&gone, WaitGoal::Deleted));
    assert!(helm4_wait_errors(&gone, WaitGoal::Deleted, false).is_empty());
    let still = [rs(
        "Deployment",
        "web",
        Status::Terminating,
        "Resource scheduled for deletion",
    )];
    assert!(!helm4_wait_done(&still, WaitGoal::Deleted));
    assert_eq!(
        helm4_wait_errors(&still, WaitGoal::Deleted, true),
        vec![
            "resource Deployment/shop/web still exists. status: Terminating, message: Resource scheduled for deletion".to_string(),
            "context deadline exceeded".to_string()
        ]
    );
}

#[test]
fn helm4_skips_paused_deployments() {
    assert!(helm4_skips(&merge(
        deployment(),
        json!({"spec": {"paused": true}})
    )));
    assert!(!helm4_skips(&deployment()));
    assert!(!helm4_skips(&merge(
        statefulset(),
        json!({"spec": {"paused": true}})
    )));
}

#[test]
fn now_is_used_only_for_pods() {
    let later = Time::parse("2030-01-01T00:00:00Z").unwrap();
    assert_eq!(
        compute(&deployment(), later).unwrap(),
        compute(&deployment(), now()).unwrap()
    );
}

#[test]
fn kinds_are_matched_by_group() {
    // An extensions/v1beta1 DaemonSet uses the DaemonSet rules…
    let ds = merge(
        daemonset(),
        json!({"apiVersion": "extensions/v1beta1", "status": {"numberReady": 1}}),
    );
    assert_eq!(status(&ds), in_progress("Ready: 1/3", "LessReady"));
    // …but a StatefulSet-named kind of another group is an unknown kind.
    let foreign = merge(
        statefulset(),
        json!({"apiVersion": "example.com/v1", "status": {"readyReplicas": 0}}),
    );
    assert_eq!(status(&foreign), current("Resource is current"));
    // ReplicaSet default replicas is 1.
    let rs = json!({"apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": {"name": "x", "generation": 1},
                    "spec": {"selector": {"matchLabels": {"a": "b"}}},
                    "status": {"observedGeneration": 1, "replicas": 0}});
    assert_eq!(status(&rs), in_progress("Labelled: 0/1", "LessLabelled"));
}

#[test]
fn wrong_type_error_message() {
    let d = merge(deployment(), json!({"metadata": {"generation": "1"}}));
    assert_eq!(
        compute(&d, now()).unwrap_err().to_string(),
        "looking up metadata.generation from resource: .metadata.generation accessor error: 1 is of the type string, expected int64"
    );
}
