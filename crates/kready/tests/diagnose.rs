//! Root-cause diagnosis of not-ready resources.

mod common;

use common::*;
use kready::diagnose::{pod_problems, relevant_events};
use kready::{diagnose, diagnose_with, Cause, DiagnoseInput, DiagnoseOptions, ResourceId, Status};
use serde_json::{json, Value};

fn input<'a>(
    resource: &'a Value,
    pods: &'a [Value],
    events: &'a [Value],
    related: &'a [Value],
) -> DiagnoseInput<'a> {
    DiagnoseInput {
        resource,
        pods,
        events,
        related,
        now: now(),
    }
}

fn one_ready() -> Value {
    merge(
        deployment(),
        json!({"status": {"readyReplicas": 1, "availableReplicas": 1, "unavailableReplicas": 1,
        "conditions": [{"type": "Available", "status": "False", "reason": "MinimumReplicasUnavailable", "message": "Deployment does not have minimum availability."},
                       {"type": "Progressing", "status": "True", "reason": "ReplicaSetUpdated", "message": "ReplicaSet \"web-7c9d8f6b5d\" is progressing."}]}}),
    )
}

#[test]
fn crash_loop_in_a_deployment() {
    let dep = one_ready();
    let pods = [
        pod("web-7c9d8f6b5d-2xk9p"),
        crashlooping_pod("web-7c9d8f6b5d-abc12", 3, "Error", 1),
    ];
    let d = diagnose(&input(&dep, &pods, &[], &[]));
    assert_eq!(
        d.resource,
        ResourceId::new("apps", "Deployment", "shop", "web")
    );
    assert_eq!(d.summary, "1/2 replicas ready");
    assert_eq!(d.status.as_ref().unwrap().status, Status::InProgress);
    assert_eq!(d.problems.len(), 1);
    let p = &d.problems[0];
    assert_eq!(p.object.name, "web-7c9d8f6b5d-abc12");
    assert_eq!(p.container.as_deref(), Some("app"));
    assert_eq!(
        p.cause,
        Cause::CrashLoopBackOff {
            restarts: 3,
            last_reason: Some("Error".into()),
            last_exit_code: Some(1)
        }
    );
    assert!(p.fail_fast);
    assert_eq!(
        d.progress_line().to_string(),
        "Deployment/web: 1/2 replicas ready; pod web-7c9d8f6b5d-abc12: container app CrashLoopBackOff (restarts 3)"
    );
    assert_eq!(d.fail_fast().unwrap().object.name, "web-7c9d8f6b5d-abc12");
}

#[test]
fn oom_killed_crash_loop_reports_the_last_termination() {
    let dep = one_ready();
    let pods = [crashlooping_pod(
        "web-7c9d8f6b5d-abc12",
        5,
        "OOMKilled",
        137,
    )];
    let d = diagnose(&input(&dep, &pods, &[], &[]));
    assert_eq!(
        d.problems[0].cause.detail(),
        "CrashLoopBackOff, restarted 5 times; last terminated: OOMKilled (exit code 137)"
    );
}

#[test]
fn oom_killed_while_running_again() {
    let mut p = pod("web-7c9d8f6b5d-abc12");
    p["status"]["containerStatuses"][0]["restartCount"] = json!(1);
    p["status"]["containerStatuses"][0]["lastState"] = json!({"terminated": {
        "containerID": "containerd://1a", "exitCode": 137, "reason": "OOMKilled",
        "startedAt": "2024-05-01T10:01:00Z", "finishedAt": "2024-05-01T10:03:00Z"}});
    let problems = pod_problems(&p);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].cause, Cause::OomKilled { restarts: 1 });
    assert!(!problems[0].fail_fast, "it may stay up this time");
}

fn waiting_pod(name: &str, reason: &str, message: &str) -> Value {
    let mut p = crashlooping_pod(name, 0, "Error", 1);
    p["status"]["containerStatuses"][0]["lastState"] = json!({});
    p["status"]["containerStatuses"][0]["state"] =
        json!({"waiting": {"reason": reason, "message": message}});
    p["status"]["phase"] = json!("Pending");
    p
}

#[test]
fn image_pull_failures_fail_fast() {
    let dep = merge(
        one_ready(),
        json!({"status": {"readyReplicas": 0, "availableReplicas": 0}}),
    );
    for reason in ["ImagePullBackOff", "ErrImagePull", "InvalidImageName"] {
        let pods = [waiting_pod(
            "web-7c9d8f6b5d-abc12",
            reason,
            "Back-off pulling image \"ghcr.io/example/web:1.4.2\": ErrImagePull: failed to pull and unpack image: not found",
        )];
        let d = diagnose(&input(&dep, &pods, &[], &[]));
        assert_eq!(d.problems.len(), 1, "{reason}");
        match &d.problems[0].cause {
            Cause::ImagePull {
                reason: r,
                image,
                message,
            } => {
                assert_eq!(r, reason);
                assert_eq!(image, "ghcr.io/example/web:1.4.2");
                assert!(message
                    .as_deref()
                    .unwrap()
                    .starts_with("Back-off pulling image"));
            }
            other => panic!("{other:?}"),
        }
        assert!(d.fail_fast().is_some(), "{reason}");
        assert_eq!(
            d.progress_line().to_string(),
            format!("Deployment/web: 0/2 replicas ready; pod web-7c9d8f6b5d-abc12: container app {reason} (ghcr.io/example/web:1.4.2)")
        );
    }
}

#[test]
fn missing_secret_is_not_fail_fast() {
    let dep = one_ready();
    let pods = [waiting_pod(
        "web-7c9d8f6b5d-abc12",
        "CreateContainerConfigError",
        "secret \"web-db\" not found",
    )];
    let d = diagnose(&input(&dep, &pods, &[], &[]));
    assert_eq!(
        d.problems[0].cause,
        Cause::ContainerConfig {
            reason: "CreateContainerConfigError".into(),
            message: Some("secret \"web-db\" not found".into())
        }
    );
    assert!(d.fail_fast().is_none());
    assert!(d
        .progress_line()
        .to_string()
        .ends_with("container app CreateContainerConfigError: secret \"web-db\" not found"));
}

#[test]
fn containers_still_creating_are_not_problems() {
    let pods = [waiting_pod("web-7c9d8f6b5d-abc12", "ContainerCreating", "")];
    assert!(pod_problems(&pods[0]).is_empty());
}

fn unschedulable_pod() -> Value {
    merge(
        pod("web-7c9d8f6b5d-zz9"),
        json!({"status": {
            "phase": "Pending", "containerStatuses": null, "hostIP": null, "podIP": null, "podIPs": null, "startTime": null,
            "conditions": [{"lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:01Z",
                "message": "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
                "reason": "Unschedulable", "status": "False", "type": "PodScheduled"}]
        }}),
    )
}

#[test]
fn unschedulable_pod_reports_the_scheduler_message() {
    let dep = one_ready();
    let pods = [pod("web-7c9d8f6b5d-2xk9p"), unschedulable_pod()];
    let d = diagnose(&input(&dep, &pods, &[], &[]));
    assert_eq!(d.problems.len(), 1);
    let Cause::Unschedulable { message } = &d.problems[0].cause else {
        panic!("{:?}", d.problems)
    };
    assert!(message.starts_with(
        "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector"
    ));
    assert_eq!(d.problems[0].container, None);
    assert!(d.fail_fast().is_none());
    assert!(d
        .progress_line()
        .to_string()
        .starts_with("Deployment/web: 1/2 replicas ready; pod web-7c9d8f6b5d-zz9: Unschedulable: 0/1 nodes are available"));
    // Named as the root cause, as a crash loop is, though waiting may still help (a node can
    // be added).
    assert_eq!(d.root_cause(), Some(&d.problems[0]));
    assert!(
        d.report()
            .to_string()
            .contains("\n  root cause: pod web-7c9d8f6b5d-zz9: Unschedulable\n"),
        "{}",
        d.report()
    );
    // A pod that only is not ready yet explains nothing on its own.
    let mut slow = pod("web-7c9d8f6b5d-2xk9p");
    slow["status"]["containerStatuses"][0]["ready"] = json!(false);
    slow["status"]["conditions"] = json!([{"type": "Ready", "status": "False"}]);
    let d = diagnose(&input(&dep, &[slow], &[], &[]));
    assert!(d.root_cause().is_none(), "{:?}", d.problems);
}

#[test]
fn pod_resource_itself() {
    // A bare pod that is crash-looping: kstatus says Failed, the diagnosis says why.
    let p = crashlooping_pod("debug", 7, "Error", 2);
    let d = diagnose(&input(&p, &[], &[], &[]));
    assert_eq!(d.summary, "Running, not ready");
    assert_eq!(d.status.as_ref().unwrap().status, Status::Failed);
    assert_eq!(
        d.progress_line().to_string(),
        "Pod/debug: Running, not ready; pod debug: container app CrashLoopBackOff (restarts 7)"
    );
    // A bare pod that failed for good (restartPolicy Never).
    let failed = merge(
        pod("once"),
        json!({"spec": {"restartPolicy": "Never"}, "status": {"phase": "Failed",
        "conditions": [{"type": "Ready", "status": "False", "reason": "PodFailed"}],
        "containerStatuses": [{"name": "app", "image": "x:1", "ready": false, "restartCount": 0,
            "state": {"terminated": {"exitCode": 3, "reason": "Error", "message": "config invalid"}}}]}}),
    );
    let d = diagnose(&input(&failed, &[], &[], &[]));
    assert_eq!(d.problems.len(), 1);
    assert_eq!(
        d.problems[0].cause,
        Cause::ContainerFailed {
            reason: Some("Error".into()),
            exit_code: 3,
            message: Some("config invalid".into())
        }
    );
    assert!(d.problems[0].fail_fast);
    // Evicted pod: no container problem, the pod's own reason.
    let evicted = merge(
        pod("ev"),
        json!({"status": {"phase": "Failed", "reason": "Evicted",
        "message": "The node was low on resource: memory.", "containerStatuses": null,
        "conditions": [{"type": "Ready", "status": "False"}]}}),
    );
    let pr = pod_problems(&evicted);
    assert_eq!(pr.len(), 1);
    assert_eq!(
        pr[0].cause,
        Cause::PodFailed {
            reason: Some("Evicted".into()),
            message: Some("The node was low on resource: memory.".into())
        }
    );
}

#[test]
fn running_but_not_ready() {
    let mut p = pod("web-7c9d8f6b5d-abc12");
    p["status"]["conditions"][2]["status"] = json!("False");
    p["status"]["containerStatuses"][0]["ready"] = json!(false);
    let pr = pod_problems(&p);
    assert_eq!(pr.len(), 1);
    assert_eq!(pr[0].cause, Cause::ContainerNotReady { restarts: 0 });
    assert!(!pr[0].fail_fast);
}

#[test]
fn init_container_crash_loop() {
    let mut p = crashlooping_pod("web-7c9d8f6b5d-abc12", 2, "Error", 1);
    let mut cs = p["status"]["containerStatuses"][0].clone();
    cs["name"] = json!("migrate");
    p["status"]["initContainerStatuses"] = json!([cs]);
    p["status"]["containerStatuses"] = json!([{"name": "app", "image": "ghcr.io/example/web:1.4.2", "ready": false,
        "restartCount": 0, "started": false, "state": {"waiting": {"reason": "PodInitializing"}}}]);
    p["status"]["phase"] = json!("Pending");
    let pr = pod_problems(&p);
    assert_eq!(pr.len(), 1);
    assert!(pr[0].init_container);
    assert_eq!(
        pr[0].to_string(),
        "pod web-7c9d8f6b5d-abc12: init container migrate CrashLoopBackOff (restarts 2)"
    );
}

fn failed_job() -> Value {
    json!({
        "apiVersion": "batch/v1", "kind": "Job",
        "metadata": {"name": "migrate", "namespace": "shop", "generation": 1, "uid": "u-job"},
        "spec": {"backoffLimit": 1, "completions": 1, "parallelism": 1,
                 "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": "u-job"}},
                 "template": {"metadata": {"labels": {"batch.kubernetes.io/controller-uid": "u-job", "batch.kubernetes.io/job-name": "migrate"}},
                              "spec": {"containers": [{"name": "migrate", "image": "migrate:3"}], "restartPolicy": "Never"}}},
        "status": {"failed": 2, "startTime": "2024-05-01T10:00:00Z", "terminating": 0, "ready": 0,
                   "uncountedTerminatedPods": {},
                   "conditions": [
                       {"type": "FailureTarget", "status": "True", "reason": "BackoffLimitExceeded", "message": "Job has reached the specified backoff limit"},
                       {"type": "Failed", "status": "True", "reason": "BackoffLimitExceeded", "message": "Job has reached the specified backoff limit"}]}
    })
}

fn job_pod(name: &str) -> Value {
    json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": name, "namespace": "shop",
                     "labels": {"batch.kubernetes.io/controller-uid": "u-job", "batch.kubernetes.io/job-name": "migrate", "job-name": "migrate"}},
        "spec": {"containers": [{"name": "migrate", "image": "migrate:3"}], "restartPolicy": "Never"},
        "status": {"phase": "Failed",
                   "conditions": [{"type": "Ready", "status": "False", "reason": "PodFailed"}],
                   "containerStatuses": [{"name": "migrate", "image": "migrate:3", "ready": false, "restartCount": 0, "started": false,
                       "state": {"terminated": {"exitCode": 1, "reason": "Error", "startedAt": "2024-05-01T10:00:02Z", "finishedAt": "2024-05-01T10:00:04Z"}}}]}
    })
}

#[test]
fn job_failed_with_its_pods() {
    let job = failed_job();
    let pods = [job_pod("migrate-b7x2k"), job_pod("migrate-9zq4d")];
    let d = diagnose(&input(&job, &pods, &[], &[]));
    assert_eq!(d.summary, "0/1 completions succeeded, 2 pods failed");
    assert_eq!(
        d.problems[0].cause,
        Cause::JobFailed {
            reason: "BackoffLimitExceeded".into(),
            message: "Job has reached the specified backoff limit".into()
        }
    );
    assert!(d.problems[0].fail_fast);
    // The pods' failures are listed (sorted by name) but are not themselves fail-fast.
    assert_eq!(d.problems[1].object.name, "migrate-9zq4d");
    assert_eq!(
        d.problems[1].cause,
        Cause::ContainerFailed {
            reason: Some("Error".into()),
            exit_code: 1,
            message: None
        }
    );
    assert!(!d.problems[1].fail_fast);
    assert_eq!(
        d.progress_line().to_string(),
        "Job/migrate: 0/1 completions succeeded, 2 pods failed; Job failed: BackoffLimitExceeded; pod migrate-9zq4d: container migrate terminated: Error (exit code 1); and 1 more"
    );
}

#[test]
fn pending_claim_of_a_statefulset() {
    let sts = json!({
        "apiVersion": "apps/v1", "kind": "StatefulSet",
        "metadata": {"name": "db", "namespace": "shop", "generation": 1},
        "spec": {"replicas": 1, "serviceName": "db", "selector": {"matchLabels": {"app": "db"}},
                 "template": {"metadata": {"labels": {"app": "db"}}, "spec": {"containers": [{"name": "pg", "image": "postgres:16"}]}},
                 "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": 0}},
                 "volumeClaimTemplates": [{"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "data"},
                     "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": "fast", "resources": {"requests": {"storage": "1Gi"}}}}]},
        "status": {"observedGeneration": 1, "replicas": 1, "readyReplicas": 0, "currentReplicas": 1, "updatedReplicas": 1,
                   "currentRevision": "db-1", "updateRevision": "db-1", "availableReplicas": 0}
    });
    let pvc = json!({
        "apiVersion": "v1", "kind": "PersistentVolumeClaim",
        "metadata": {"name": "data-db-0", "namespace": "shop", "labels": {"app": "db"}},
        "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": "fast", "resources": {"requests": {"storage": "1Gi"}}, "volumeMode": "Filesystem"},
        "status": {"phase": "Pending"}
    });
    let unrelated_pvc = merge(pvc.clone(), json!({"metadata": {"name": "cache-other-0"}}));
    let mut db0 = unschedulable_pod();
    db0["metadata"]["name"] = json!("db-0");
    db0["metadata"]["labels"] = json!({"app": "db"});
    db0["status"]["conditions"][0]["message"] = json!("0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.");
    let events = [
        event(
            "PersistentVolumeClaim",
            "data-db-0",
            "Warning",
            "ProvisioningFailed",
            "storageclass.storage.k8s.io \"fast\" not found",
            "2024-05-01T10:04:50Z",
            14,
        ),
        event(
            "Pod",
            "db-0",
            "Warning",
            "FailedScheduling",
            "0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims.",
            "2024-05-01T10:04:30Z",
            3,
        ),
        event(
            "Pod",
            "web-unrelated",
            "Warning",
            "BackOff",
            "nope",
            "2024-05-01T10:04:59Z",
            1,
        ),
    ];
    let d = diagnose(&input(&sts, &[db0], &events, &[pvc, unrelated_pvc]));
    assert_eq!(d.summary, "0/1 replicas ready");
    let causes: Vec<&Cause> = d.problems.iter().map(|p| &p.cause).collect();
    assert!(matches!(causes[0], Cause::Unschedulable { .. }));
    assert_eq!(
        causes[1],
        &Cause::PvcPending {
            phase: "Pending".into(),
            message: Some("storageclass.storage.k8s.io \"fast\" not found".into())
        }
    );
    assert_eq!(d.problems.len(), 2, "the unrelated claim is ignored");
    assert_eq!(d.problems[1].to_string(), "pvc data-db-0: claim Pending");
    // Events of the claim and the pod, newest first; the unrelated pod's event is dropped.
    let reasons: Vec<&str> = d.events.iter().map(|e| e.reason.as_str()).collect();
    assert_eq!(reasons, ["ProvisioningFailed", "FailedScheduling"]);
    assert!(d.fail_fast().is_none());
}

#[test]
fn pvc_resource_itself() {
    let pvc = json!({
        "apiVersion": "v1", "kind": "PersistentVolumeClaim",
        "metadata": {"name": "uploads", "namespace": "shop"},
        "spec": {"accessModes": ["ReadWriteMany"], "resources": {"requests": {"storage": "5Gi"}}, "storageClassName": "standard"},
        "status": {"phase": "Pending"}
    });
    let events = [event(
        "PersistentVolumeClaim",
        "uploads",
        "Normal",
        "WaitForFirstConsumer",
        "waiting for first consumer to be created before binding",
        "2024-05-01T10:01:00Z",
        4,
    )];
    let d = diagnose(&input(&pvc, &[], &events, &[]));
    assert_eq!(d.summary, "phase Pending");
    assert_eq!(
        d.problems[0].cause.detail(),
        "claim is Pending, not Bound: waiting for first consumer to be created before binding"
    );
}

#[test]
fn replica_failure_from_quota() {
    let dep = merge(
        deployment(),
        json!({"status": {"readyReplicas": 1, "availableReplicas": 1, "replicas": 1, "updatedReplicas": 1}}),
    );
    let rs = merge(
        replicaset(),
        json!({"status": {"replicas": 1, "readyReplicas": 1, "availableReplicas": 1, "fullyLabeledReplicas": 1,
        "conditions": [{"type": "ReplicaFailure", "status": "True", "reason": "FailedCreate",
            "message": "pods \"web-7c9d8f6b5d-x\" is forbidden: exceeded quota: compute, requested: limits.memory=128Mi, used: limits.memory=1Gi, limited: limits.memory=1Gi",
            "lastTransitionTime": "2024-05-01T10:00:02Z"}]}}),
    );
    let d = diagnose(&input(&dep, &[pod("web-7c9d8f6b5d-2xk9p")], &[], &[rs]));
    assert_eq!(d.problems.len(), 1);
    assert_eq!(d.problems[0].object.name, "web-7c9d8f6b5d");
    let Cause::ReplicaFailure { reason, message } = &d.problems[0].cause else {
        panic!()
    };
    assert_eq!(reason, "FailedCreate");
    assert!(message.contains("exceeded quota"));
}

#[test]
fn progress_deadline_exceeded() {
    let dep = merge(
        one_ready(),
        json!({"status": {"conditions": [
        {"type": "Available", "status": "False", "reason": "MinimumReplicasUnavailable"},
        {"type": "Progressing", "status": "False", "reason": "ProgressDeadlineExceeded", "message": "ReplicaSet \"web-7c9d8f6b5d\" has timed out progressing."}]}}),
    );
    let d = diagnose(&input(&dep, &[], &[], &[]));
    assert_eq!(d.status.as_ref().unwrap().status, Status::Failed);
    assert_eq!(
        d.problems[0].cause,
        Cause::ProgressDeadlineExceeded {
            message: "ReplicaSet \"web-7c9d8f6b5d\" has timed out progressing.".into()
        }
    );
    assert!(d.fail_fast().is_some());
}

#[test]
fn kstatus_failure_without_other_explanation() {
    let crd = json!({
        "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": "widgets.example.com"},
        "spec": {"group": "example.com", "names": {"kind": "Widget", "plural": "widgets"}, "scope": "Namespaced"},
        "status": {"conditions": [{"type": "NamesAccepted", "status": "False", "reason": "PluralConflict", "message": "\"widgets\" is already in use"}]}
    });
    let d = diagnose(&input(&crd, &[], &[], &[]));
    assert_eq!(d.problems.len(), 1);
    assert_eq!(
        d.problems[0].cause,
        Cause::Stalled {
            message: "\"widgets\" is already in use".into()
        }
    );
    assert!(d.fail_fast().is_some());
    assert_eq!(
        d.progress_line().to_string(),
        "CustomResourceDefinition/widgets.example.com: Failed: \"widgets\" is already in use"
    );
}

#[test]
fn healthy_deployment_has_no_problems() {
    let pods = [pod("web-7c9d8f6b5d-a"), pod("web-7c9d8f6b5d-b")];
    let d = diagnose(&input(&deployment(), &pods, &[], &[]));
    assert!(d.problems.is_empty());
    assert!(d.fail_fast().is_none());
    assert_eq!(
        d.progress_line().to_string(),
        "Deployment/web: 2/2 replicas ready"
    );
}

#[test]
fn events_sorted_deduplicated_and_limited() {
    let mut newer_dup = event(
        "Pod",
        "web-1",
        "Warning",
        "BackOff",
        "Back-off restarting failed container app in pod web-1_shop(uid)",
        "2024-05-01T10:04:00Z",
        3,
    );
    newer_dup["metadata"]["name"] = json!("web-1.b");
    let events = vec![
        event(
            "Pod",
            "web-1",
            "Warning",
            "BackOff",
            "Back-off restarting failed container app in pod web-1_shop(uid)",
            "2024-05-01T10:02:00Z",
            5,
        ),
        event(
            "Pod",
            "web-1",
            "Normal",
            "Pulled",
            "Container image \"ghcr.io/example/web:1.4.2\" already present on machine",
            "2024-05-01T10:03:00Z",
            4,
        ),
        newer_dup,
        // events.k8s.io/v1 shape with eventTime and series.
        json!({
            "apiVersion": "events.k8s.io/v1", "kind": "Event",
            "metadata": {"name": "web.x", "namespace": "shop", "creationTimestamp": "2024-05-01T10:00:00Z"},
            "eventTime": "2024-05-01T10:04:30.123456Z",
            "series": {"count": 2, "lastObservedTime": "2024-05-01T10:04:31.000000Z"},
            "reason": "ScalingReplicaSet", "note": "Scaled up replica set web-7c9d8f6b5d to 2", "type": "Normal",
            "regarding": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web", "namespace": "shop"},
            "reportingController": "deployment-controller", "action": "ScaleUp"
        }),
        event(
            "Pod",
            "other",
            "Warning",
            "Failed",
            "unrelated",
            "2024-05-01T10:04:59Z",
            1,
        ),
    ];
    let objects = [
        ResourceId::new("apps", "Deployment", "shop", "web"),
        ResourceId::new("", "Pod", "shop", "web-1"),
    ];
    let ev = relevant_events(&events, &objects, &DiagnoseOptions::default());
    let got: Vec<(String, i64, String)> = ev
        .iter()
        .map(|e| (e.reason.clone(), e.count, e.last_seen.unwrap().to_string()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "ScalingReplicaSet".to_string(),
                2,
                "2024-05-01T10:04:31Z".to_string()
            ),
            ("BackOff".to_string(), 8, "2024-05-01T10:04:00Z".to_string()),
            ("Pulled".to_string(), 4, "2024-05-01T10:03:00Z".to_string()),
        ]
    );
    assert_eq!(ev[0].message, "Scaled up replica set web-7c9d8f6b5d to 2");
    let warnings = relevant_events(
        &events,
        &objects,
        &DiagnoseOptions {
            max_events: 10,
            warnings_only: true,
        },
    );
    assert_eq!(warnings.len(), 1);
    let limited = relevant_events(
        &events,
        &objects,
        &DiagnoseOptions {
            max_events: 2,
            warnings_only: false,
        },
    );
    assert_eq!(limited.len(), 2);
    assert_eq!(limited[1].reason, "BackOff");
}

#[test]
fn failure_report() {
    let dep = one_ready();
    let pods = [
        pod("web-7c9d8f6b5d-2xk9p"),
        crashlooping_pod("web-7c9d8f6b5d-abc12", 3, "Error", 1),
    ];
    let events = [
        event("Pod", "web-7c9d8f6b5d-abc12", "Warning", "BackOff",
              "Back-off restarting failed container app in pod web-7c9d8f6b5d-abc12_shop(uid-web-7c9d8f6b5d-abc12)", "2024-05-01T10:04:10Z", 6),
        event("Pod", "web-7c9d8f6b5d-abc12", "Normal", "Started", "Started container app", "2024-05-01T10:04:09Z", 4),
    ];
    let d = diagnose_with(
        &input(&dep, &pods, &events, &[]),
        &DiagnoseOptions {
            max_events: 5,
            warnings_only: false,
        },
    );
    let expected = "\
Deployment/web (namespace shop) is not ready: 1/2 replicas ready
  status: InProgress: Available: 1/2
  pod web-7c9d8f6b5d-abc12:
    container app: CrashLoopBackOff, restarted 3 times; last terminated: Error (exit code 1)
  root cause: pod web-7c9d8f6b5d-abc12: container app: CrashLoopBackOff (waiting longer will not help)
  recent events (newest first):
    2024-05-01T10:04:10Z Warning BackOff Pod/web-7c9d8f6b5d-abc12: Back-off restarting failed container app in pod web-7c9d8f6b5d-abc12_shop(uid-web-7c9d8f6b5d-abc12) (x6)
    2024-05-01T10:04:09Z Normal Started Pod/web-7c9d8f6b5d-abc12: Started container app (x4)
";
    assert_eq!(d.report().to_string(), expected);
}

#[test]
fn selector_limits_the_pods_considered() {
    let dep = one_ready();
    let mut foreign = crashlooping_pod("api-1", 9, "Error", 1);
    foreign["metadata"]["labels"] = json!({"app.kubernetes.io/name": "api"});
    let mut other_ns = crashlooping_pod("web-elsewhere", 9, "Error", 1);
    other_ns["metadata"]["namespace"] = json!("staging");
    let d = diagnose(&input(&dep, &[foreign, other_ns], &[], &[]));
    assert!(d.problems.is_empty(), "{:?}", d.problems);
}

#[test]
fn terminating_pods_are_not_blamed() {
    let dep = one_ready();
    let mut old = crashlooping_pod("web-5f5f5f5f5f-old", 9, "Error", 1);
    old["metadata"]["deletionTimestamp"] = json!("2024-05-01T10:04:00Z");
    old["metadata"]["deletionGracePeriodSeconds"] = json!(30);
    let d = diagnose(&input(&dep, &[old], &[], &[]));
    assert!(d.problems.is_empty(), "{:?}", d.problems);
}

#[test]
fn evicted_pod_of_a_deployment_is_replaced_not_final() {
    let dep = one_ready();
    let evicted = merge(
        pod("web-7c9d8f6b5d-ev1"),
        json!({"status": {"phase": "Failed", "reason": "Evicted",
        "message": "The node was low on resource: ephemeral-storage.", "containerStatuses": null,
        "conditions": [{"type": "Ready", "status": "False"}]}}),
    );
    let d = diagnose(&input(&dep, &[evicted], &[], &[]));
    assert_eq!(d.problems.len(), 1);
    assert!(matches!(d.problems[0].cause, Cause::PodFailed { .. }));
    assert!(d.fail_fast().is_none());
}

#[test]
fn what_to_fetch() {
    use kready::diagnose_needs;
    let mut dep = deployment();
    dep["spec"]["template"]["spec"]["volumes"] = json!([
        {"name": "uploads", "persistentVolumeClaim": {"claimName": "web-uploads"}},
        {"name": "cfg", "configMap": {"name": "web", "defaultMode": 420}}
    ]);
    let n = diagnose_needs(&dep);
    let sel = json!({"matchLabels": {"app.kubernetes.io/name": "web"}});
    assert_eq!(n.pods.as_ref(), Some(&sel));
    assert_eq!(n.replica_sets.as_ref(), Some(&sel));
    assert_eq!(n.claims, ["web-uploads"]);
    let sts = json!({"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "db"},
        "spec": {"selector": {"matchLabels": {"app": "db"}},
                 "volumeClaimTemplates": [{"metadata": {"name": "data"}}, {"metadata": {"name": "wal"}}]}});
    let n = diagnose_needs(&sts);
    assert_eq!(n.claim_prefixes, ["data-db-", "wal-db-"]);
    assert!(n.replica_sets.is_none());
    let cm = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}});
    assert_eq!(diagnose_needs(&cm), Default::default());
}

#[test]
fn summary_mentions_unfinished_rollouts() {
    // All replicas ready, but the new template is not rolled out everywhere yet.
    let rolling = merge(deployment(), json!({"status": {"updatedReplicas": 1}}));
    let d = diagnose(&input(&rolling, &[], &[], &[]));
    assert_eq!(d.summary, "2/2 replicas ready (Updated: 1/2)");
    let unobserved = merge(
        deployment(),
        json!({"metadata": {"generation": 5}, "status": {"observedGeneration": 4}}),
    );
    let d = diagnose(&input(&unobserved, &[], &[], &[]));
    assert_eq!(
        d.summary,
        "2/2 replicas ready (Deployment generation is 5, but latest observed generation is 4)"
    );
    // Counts already say it when pods are not ready.
    let d = diagnose(&input(&one_ready(), &[], &[], &[]));
    assert_eq!(d.summary, "1/2 replicas ready");
    let ds = json!({"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "agent", "namespace": "shop", "generation": 1},
        "spec": {"selector": {"matchLabels": {"app": "agent"}}},
        "status": {"observedGeneration": 1, "desiredNumberScheduled": 3, "currentNumberScheduled": 3,
                   "updatedNumberScheduled": 2, "numberAvailable": 3, "numberReady": 3}});
    assert_eq!(
        diagnose(&input(&ds, &[], &[], &[])).summary,
        "3/3 pods ready (Updated: 2/3)"
    );
}

#[test]
fn old_replicaset_pods_do_not_fail_a_rollout() {
    // Revision 2 rolls back from a crash-looping template: the crash-looping pods belong to the
    // old ReplicaSet (hash "0ld0ld0ld0"), the current one (revision 2) is starting healthy pods.
    let dep = merge(
        one_ready(),
        json!({"metadata": {"annotations": {"deployment.kubernetes.io/revision": "2"}}}),
    );
    let current = merge(
        replicaset(),
        json!({"metadata": {"annotations": {"deployment.kubernetes.io/revision": "2"}}}),
    );
    let old = merge(
        replicaset(),
        json!({"metadata": {"name": "web-0ld0ld0ld0", "uid": "old-rs",
               "labels": {"pod-template-hash": "0ld0ld0ld0"},
               "annotations": {"deployment.kubernetes.io/revision": "1"}}}),
    );
    let crashing_old = merge(
        crashlooping_pod("web-0ld0ld0ld0-aaaaa", 5, "Error", 1),
        json!({"metadata": {"labels": {"pod-template-hash": "0ld0ld0ld0"}}}),
    );
    let pods = [pod("web-7c9d8f6b5d-2xk9p"), crashing_old.clone()];
    let related = [current, old];
    let d = diagnose(&input(&dep, &pods, &[], &related));
    assert!(
        d.fail_fast().is_none(),
        "old pods are going away: {:?}",
        d.problems
    );
    assert!(d
        .problems
        .iter()
        .all(|p| p.object.name != "web-0ld0ld0ld0-aaaaa"));

    // Without the ReplicaSets nothing tells old pods from new ones: every pod counts.
    let d = diagnose(&input(&dep, &pods, &[], &[]));
    assert!(d.fail_fast().is_some());
}

#[test]
fn pods_seen_before_the_controller_caught_up_do_not_fail_fast() {
    let dep = merge(
        one_ready(),
        json!({"metadata": {"generation": 3}, "status": {"observedGeneration": 2}}),
    );
    let pods = [crashlooping_pod("web-7c9d8f6b5d-abc12", 3, "Error", 1)];
    let d = diagnose(&input(&dep, &pods, &[], &[]));
    assert_eq!(d.problems.len(), 1, "the crash loop is still reported");
    assert!(d.fail_fast().is_none());
}
