//! Fixtures: objects shaped as the API server returns them (defaults filled in,
//! `metadata` with uid/resourceVersion/generation, full `status`).
#![allow(dead_code)]

use serde_json::{json, Value};

/// Deep-merges `patch` into `base` (objects merge, everything else replaces;
/// `null` removes the key), like a JSON merge patch.
pub fn merge(mut base: Value, patch: Value) -> Value {
    fn go(base: &mut Value, patch: Value) {
        match (base, patch) {
            (Value::Object(b), Value::Object(p)) => {
                for (k, v) in p {
                    if v.is_null() {
                        b.remove(&k);
                    } else {
                        go(b.entry(k).or_insert(Value::Null), v);
                    }
                }
            }
            (b, p) => *b = p,
        }
    }
    go(&mut base, patch);
    base
}

pub const NOW: &str = "2024-05-01T10:05:00Z";

pub fn now() -> kready::Time {
    kready::Time::parse(NOW).unwrap()
}

pub fn pod_template() -> Value {
    json!({
        "metadata": {"creationTimestamp": null, "labels": {"app.kubernetes.io/name": "web"}},
        "spec": {
            "containers": [{
                "name": "app",
                "image": "ghcr.io/example/web:1.4.2",
                "imagePullPolicy": "IfNotPresent",
                "ports": [{"containerPort": 8080, "name": "http", "protocol": "TCP"}],
                "readinessProbe": {
                    "httpGet": {"path": "/healthz", "port": "http", "scheme": "HTTP"},
                    "failureThreshold": 3, "periodSeconds": 10, "successThreshold": 1, "timeoutSeconds": 1
                },
                "resources": {"limits": {"memory": "128Mi"}, "requests": {"cpu": "100m", "memory": "64Mi"}},
                "terminationMessagePath": "/dev/termination-log",
                "terminationMessagePolicy": "File"
            }],
            "dnsPolicy": "ClusterFirst",
            "restartPolicy": "Always",
            "schedulerName": "default-scheduler",
            "securityContext": {},
            "terminationGracePeriodSeconds": 30
        }
    })
}

/// A healthy, fully rolled-out Deployment with 2 replicas (as `kubectl get -o json` shows).
pub fn deployment() -> Value {
    json!({
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {
            "annotations": {"deployment.kubernetes.io/revision": "1", "meta.helm.sh/release-name": "web"},
            "creationTimestamp": "2024-05-01T10:00:00Z",
            "generation": 1,
            "labels": {"app.kubernetes.io/managed-by": "Helm", "app.kubernetes.io/name": "web"},
            "name": "web",
            "namespace": "shop",
            "resourceVersion": "4711",
            "uid": "5d1b7c1e-8f8a-4c55-9f0e-1f2a3b4c5d6e"
        },
        "spec": {
            "progressDeadlineSeconds": 600,
            "replicas": 2,
            "revisionHistoryLimit": 10,
            "selector": {"matchLabels": {"app.kubernetes.io/name": "web"}},
            "strategy": {"rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"}, "type": "RollingUpdate"},
            "template": pod_template()
        },
        "status": {
            "availableReplicas": 2,
            "conditions": [
                {
                    "lastTransitionTime": "2024-05-01T10:00:20Z", "lastUpdateTime": "2024-05-01T10:00:20Z",
                    "message": "Deployment has minimum availability.", "reason": "MinimumReplicasAvailable",
                    "status": "True", "type": "Available"
                },
                {
                    "lastTransitionTime": "2024-05-01T10:00:00Z", "lastUpdateTime": "2024-05-01T10:00:20Z",
                    "message": "ReplicaSet \"web-7c9d8f6b5d\" has successfully progressed.",
                    "reason": "NewReplicaSetAvailable", "status": "True", "type": "Progressing"
                }
            ],
            "observedGeneration": 1,
            "readyReplicas": 2,
            "replicas": 2,
            "updatedReplicas": 2
        }
    })
}

/// The Deployment's current ReplicaSet.
pub fn replicaset() -> Value {
    let mut tpl = pod_template();
    tpl["metadata"]["labels"]["pod-template-hash"] = json!("7c9d8f6b5d");
    json!({
        "apiVersion": "apps/v1",
        "kind": "ReplicaSet",
        "metadata": {
            "annotations": {"deployment.kubernetes.io/desired-replicas": "2", "deployment.kubernetes.io/max-replicas": "3", "deployment.kubernetes.io/revision": "1"},
            "creationTimestamp": "2024-05-01T10:00:00Z",
            "generation": 1,
            "labels": {"app.kubernetes.io/name": "web", "pod-template-hash": "7c9d8f6b5d"},
            "name": "web-7c9d8f6b5d",
            "namespace": "shop",
            "ownerReferences": [{
                "apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true,
                "kind": "Deployment", "name": "web", "uid": "5d1b7c1e-8f8a-4c55-9f0e-1f2a3b4c5d6e"
            }],
            "resourceVersion": "4705",
            "uid": "0c6c2a43-3c1e-4c0b-a0a4-6f7e8d9c0b1a"
        },
        "spec": {
            "replicas": 2,
            "selector": {"matchLabels": {"app.kubernetes.io/name": "web", "pod-template-hash": "7c9d8f6b5d"}},
            "template": tpl
        },
        "status": {
            "availableReplicas": 2, "fullyLabeledReplicas": 2, "observedGeneration": 1,
            "readyReplicas": 2, "replicas": 2
        }
    })
}

/// A running, ready pod of the Deployment.
pub fn pod(name: &str) -> Value {
    json!({
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
            "creationTimestamp": "2024-05-01T10:00:01Z",
            "generateName": "web-7c9d8f6b5d-",
            "labels": {"app.kubernetes.io/name": "web", "pod-template-hash": "7c9d8f6b5d"},
            "name": name,
            "namespace": "shop",
            "ownerReferences": [{
                "apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true,
                "kind": "ReplicaSet", "name": "web-7c9d8f6b5d", "uid": "0c6c2a43-3c1e-4c0b-a0a4-6f7e8d9c0b1a"
            }],
            "resourceVersion": "4700",
            "uid": format!("uid-{name}")
        },
        "spec": pod_template()["spec"].clone(),
        "status": {
            "conditions": [
                {"lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:01Z", "status": "True", "type": "PodReadyToStartContainers"},
                {"lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:01Z", "status": "True", "type": "Initialized"},
                {"lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:15Z", "status": "True", "type": "Ready"},
                {"lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:15Z", "status": "True", "type": "ContainersReady"},
                {"lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:01Z", "status": "True", "type": "PodScheduled"}
            ],
            "containerStatuses": [{
                "containerID": "containerd://3f1e",
                "image": "ghcr.io/example/web:1.4.2",
                "imageID": "ghcr.io/example/web@sha256:9b2c",
                "lastState": {},
                "name": "app",
                "ready": true,
                "restartCount": 0,
                "started": true,
                "state": {"running": {"startedAt": "2024-05-01T10:00:05Z"}}
            }],
            "hostIP": "10.0.0.5",
            "phase": "Running",
            "podIP": "10.244.0.12",
            "podIPs": [{"ip": "10.244.0.12"}],
            "qosClass": "Burstable",
            "startTime": "2024-05-01T10:00:01Z"
        }
    })
}

/// A pod whose only container is crash-looping.
pub fn crashlooping_pod(name: &str, restarts: i64, last_reason: &str, exit_code: i64) -> Value {
    merge(
        pod(name),
        json!({"status": {
            "conditions": [
                {"lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:01Z", "status": "True", "type": "Initialized"},
                {"lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:01Z", "message": "containers with unready status: [app]", "reason": "ContainersNotReady", "status": "False", "type": "Ready"},
                {"lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:01Z", "message": "containers with unready status: [app]", "reason": "ContainersNotReady", "status": "False", "type": "ContainersReady"},
                {"lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:01Z", "status": "True", "type": "PodScheduled"}
            ],
            "containerStatuses": [{
                "containerID": "containerd://77aa",
                "image": "ghcr.io/example/web:1.4.2",
                "imageID": "ghcr.io/example/web@sha256:9b2c",
                "lastState": {"terminated": {
                    "containerID": "containerd://77aa", "exitCode": exit_code,
                    "finishedAt": "2024-05-01T10:04:10Z", "reason": last_reason, "startedAt": "2024-05-01T10:04:09Z"
                }},
                "name": "app",
                "ready": false,
                "restartCount": restarts,
                "started": false,
                "state": {"waiting": {
                    "message": format!("back-off 1m20s restarting failed container=app pod={name}_shop(uid-{name})"),
                    "reason": "CrashLoopBackOff"
                }}
            }]
        }}),
    )
}

/// A core/v1 Event.
pub fn event(
    kind: &str,
    name: &str,
    type_: &str,
    reason: &str,
    message: &str,
    last: &str,
    count: i64,
) -> Value {
    json!({
        "apiVersion": "v1",
        "kind": "Event",
        "count": count,
        "firstTimestamp": "2024-05-01T10:00:01Z",
        "involvedObject": {"apiVersion": "v1", "kind": kind, "name": name, "namespace": "shop", "uid": format!("uid-{name}")},
        "lastTimestamp": last,
        "message": message,
        "metadata": {"creationTimestamp": "2024-05-01T10:00:01Z", "name": format!("{name}.17c9a"), "namespace": "shop"},
        "reason": reason,
        "reportingComponent": "kubelet",
        "source": {"component": "kubelet", "host": "node-1"},
        "type": type_
    })
}
