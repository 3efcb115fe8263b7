//! Helm 3 `ReadyChecker` behaviour (`pkg/kube/ready.go`).

mod common;

use common::*;
use kready::legacy::{
    deployment_max_unavailable, find_new_replica_set, related_needed, scaled_int_or_percent,
    Flavor, LegacyChecker, LegacyError, Readiness, Related,
};
use serde_json::{json, Value};

fn checker() -> LegacyChecker {
    LegacyChecker {
        check_jobs: false,
        paused_as_ready: true,
        flavor: Flavor::Helm3,
    }
}

fn ready(obj: &Value, related: Related<'_>) -> bool {
    checker().is_ready(obj, &related).unwrap().is_ready()
}

fn none() -> Related<'static> {
    Related::default()
}

// ---------------------------------------------------------------- Deployment

#[test]
fn deployment_ready_via_new_replicaset() {
    let rss = [replicaset()];
    assert!(ready(
        &deployment(),
        Related {
            replica_sets: &rss,
            pods: &[]
        }
    ));
}

#[test]
fn deployment_without_its_replicaset_is_not_ready() {
    assert!(!ready(&deployment(), none()));
    // A ReplicaSet not controlled by the Deployment does not count.
    let foreign = merge(
        replicaset(),
        json!({"metadata": {"ownerReferences": [{
        "apiVersion": "apps/v1", "controller": true, "kind": "Deployment", "name": "other", "uid": "other-uid"}]}}),
    );
    assert!(!ready(
        &deployment(),
        Related {
            replica_sets: &[foreign],
            pods: &[]
        }
    ));
    // Neither does an old ReplicaSet with a different template.
    let mut old = replicaset();
    old["spec"]["template"]["spec"]["containers"][0]["image"] = json!("ghcr.io/example/web:1.4.1");
    assert!(!ready(
        &deployment(),
        Related {
            replica_sets: &[old],
            pods: &[]
        }
    ));
}

#[test]
fn deployment_ready_count_uses_max_unavailable() {
    // 2 replicas, maxUnavailable 25% → floor(0.5) = 0, maxSurge 25% → ceil(0.5) = 1: need 2 ready.
    let one_ready = merge(replicaset(), json!({"status": {"readyReplicas": 1}}));
    assert!(!ready(
        &deployment(),
        Related {
            replica_sets: std::slice::from_ref(&one_ready),
            pods: &[]
        }
    ));
    // maxUnavailable 1 → need 1 ready.
    let lenient = merge(
        deployment(),
        json!({"spec": {"strategy": {"rollingUpdate": {"maxUnavailable": 1}}}}),
    );
    assert!(ready(
        &lenient,
        Related {
            replica_sets: std::slice::from_ref(&one_ready),
            pods: &[]
        }
    ));
    // Recreate strategy: maxUnavailable 0 → need 2.
    let recreate = merge(
        deployment(),
        json!({"spec": {"strategy": {"type": "Recreate", "rollingUpdate": null}}}),
    );
    assert!(!ready(
        &recreate,
        Related {
            replica_sets: std::slice::from_ref(&one_ready),
            pods: &[]
        }
    ));
}

#[test]
fn deployment_generations_must_be_observed() {
    let rss = [replicaset()];
    let unobserved = merge(deployment(), json!({"metadata": {"generation": 2}}));
    let r = checker()
        .is_ready(
            &unobserved,
            &Related {
                replica_sets: &rss,
                pods: &[],
            },
        )
        .unwrap();
    assert!(!r.is_ready());
    let rs_unobserved = [merge(
        replicaset(),
        json!({"status": {"observedGeneration": 0}}),
    )];
    assert!(!ready(
        &deployment(),
        Related {
            replica_sets: &rs_unobserved,
            pods: &[]
        }
    ));
}

#[test]
fn paused_deployment() {
    let paused = merge(deployment(), json!({"spec": {"paused": true}}));
    assert!(ready(&paused, none()));
    let strict = LegacyChecker {
        paused_as_ready: false,
        ..checker()
    };
    assert!(!strict.is_ready(&paused, &none()).unwrap().is_ready());
}

#[test]
fn max_unavailable_resolution() {
    let d = |replicas: i64, surge: Value, unavail: Value| {
        merge(
            deployment(),
            json!({"spec": {"replicas": replicas, "strategy": {"rollingUpdate": {"maxSurge": surge, "maxUnavailable": unavail}}}}),
        )
    };
    assert_eq!(
        deployment_max_unavailable(&d(4, json!("25%"), json!("25%"))),
        1
    );
    assert_eq!(
        deployment_max_unavailable(&d(10, json!("25%"), json!("25%"))),
        2
    );
    // Both resolve to zero → 1.
    assert_eq!(deployment_max_unavailable(&d(2, json!(0), json!("10%"))), 1);
    assert_eq!(deployment_max_unavailable(&d(3, json!(1), json!(5))), 3);
    assert_eq!(deployment_max_unavailable(&d(0, json!(1), json!(1))), 0);
    // Invalid values: Helm ignores the error → 0.
    assert_eq!(deployment_max_unavailable(&d(3, json!("x"), json!(1))), 0);
    assert_eq!(scaled_int_or_percent(Some(&json!("50%")), 3, true), Some(2));
    assert_eq!(
        scaled_int_or_percent(Some(&json!("50%")), 3, false),
        Some(1)
    );
    assert_eq!(scaled_int_or_percent(Some(&json!("5")), 3, false), None);
    assert_eq!(scaled_int_or_percent(None, 3, false), None);
}

#[test]
fn new_replicaset_selection_prefers_oldest_matching() {
    let mut newer = replicaset();
    newer["metadata"]["name"] = json!("web-aaaa");
    newer["metadata"]["creationTimestamp"] = json!("2024-05-01T10:03:00Z");
    newer["metadata"]["uid"] = json!("rs-newer");
    let older = replicaset();
    let mut stale = replicaset();
    stale["metadata"]["name"] = json!("web-old");
    stale["metadata"]["creationTimestamp"] = json!("2024-04-01T10:00:00Z");
    stale["spec"]["template"]["spec"]["containers"][0]["image"] =
        json!("ghcr.io/example/web:1.0.0");
    let all = [newer, stale, older];
    let found = find_new_replica_set(&deployment(), &all).unwrap();
    assert_eq!(found["metadata"]["name"], "web-7c9d8f6b5d");
}

#[test]
fn related_needs() {
    let needs = related_needed(&deployment(), &checker());
    assert_eq!(
        needs.replica_sets,
        Some(json!({"matchLabels": {"app.kubernetes.io/name": "web"}}))
    );
    assert_eq!(needs.pods, None);
    let needs = related_needed(&replicaset(), &checker());
    assert!(needs.pods.is_some() && needs.replica_sets.is_none());
    assert_eq!(related_needed(&pod("p"), &checker()), Default::default());
}

// ---------------------------------------------------------------- ReplicaSet / RC

#[test]
fn replicaset_needs_every_selected_pod_ready() {
    let good = [pod("web-7c9d8f6b5d-a"), pod("web-7c9d8f6b5d-b")];
    assert!(ready(
        &replicaset(),
        Related {
            replica_sets: &[],
            pods: &good
        }
    ));
    let bad = [
        pod("web-7c9d8f6b5d-a"),
        crashlooping_pod("web-7c9d8f6b5d-b", 2, "Error", 1),
    ];
    let r = checker()
        .is_ready(
            &replicaset(),
            &Related {
                replica_sets: &[],
                pods: &bad,
            },
        )
        .unwrap();
    assert!(!r.is_ready());
    assert!(r.to_string().contains("web-7c9d8f6b5d-b"), "{r}");
    // Pods not matched by the selector are ignored.
    let mut other = crashlooping_pod("db-0", 2, "Error", 1);
    other["metadata"]["labels"] = json!({"app": "db"});
    assert!(ready(
        &replicaset(),
        Related {
            replica_sets: &[],
            pods: &[pod("web-7c9d8f6b5d-a"), other]
        }
    ));
    // Generation not observed.
    let unobserved = merge(replicaset(), json!({"status": {"observedGeneration": 0}}));
    assert!(!ready(
        &unobserved,
        Related {
            replica_sets: &[],
            pods: &good
        }
    ));
}

#[test]
fn replication_controller() {
    let rc = json!({
        "apiVersion": "v1", "kind": "ReplicationController",
        "metadata": {"name": "legacy", "namespace": "shop", "generation": 1},
        "spec": {"replicas": 1, "selector": {"app": "legacy"},
                 "template": {"metadata": {"labels": {"app": "legacy"}}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}}},
        "status": {"observedGeneration": 1, "replicas": 1, "readyReplicas": 1, "availableReplicas": 1, "fullyLabeledReplicas": 1}
    });
    let mut p = pod("legacy-x");
    p["metadata"]["labels"] = json!({"app": "legacy"});
    assert!(ready(
        &rc,
        Related {
            replica_sets: &[],
            pods: std::slice::from_ref(&p)
        }
    ));
    let mut unready = crashlooping_pod("legacy-y", 1, "Error", 1);
    unready["metadata"]["labels"] = json!({"app": "legacy"});
    assert!(!ready(
        &rc,
        Related {
            replica_sets: &[],
            pods: &[p, unready]
        }
    ));
}

// ---------------------------------------------------------------- Pod, PVC, Service, CRD

#[test]
fn pod_needs_ready_condition() {
    assert!(ready(&pod("web-1"), none()));
    assert!(!ready(&crashlooping_pod("web-1", 1, "Error", 1), none()));
    // A completed pod is not Ready.
    let done = merge(
        pod("web-1"),
        json!({"status": {"phase": "Succeeded", "conditions": [
        {"type": "Ready", "status": "False", "reason": "PodCompleted"}]}}),
    );
    assert!(!ready(&done, none()));
}

#[test]
fn pvc_must_be_bound() {
    let pvc = |phase: &str| {
        json!({
            "apiVersion": "v1", "kind": "PersistentVolumeClaim",
            "metadata": {"name": "data", "namespace": "shop"},
            "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}},
            "status": {"phase": phase}
        })
    };
    assert!(ready(&pvc("Bound"), none()));
    assert!(!ready(&pvc("Pending"), none()));
    assert!(!ready(&pvc("Lost"), none()));
}

#[test]
fn service_rules_differ_from_kstatus() {
    let svc = |spec: Value, st: Value| {
        merge(
            json!({
                "apiVersion": "v1", "kind": "Service",
                "metadata": {"name": "web", "namespace": "shop"},
                "spec": {"clusterIP": "10.96.12.7", "clusterIPs": ["10.96.12.7"], "type": "ClusterIP",
                         "ports": [{"port": 80, "protocol": "TCP", "targetPort": 8080}]},
                "status": {"loadBalancer": {}}
            }),
            json!({"spec": spec, "status": st}),
        )
    };
    assert!(ready(&svc(json!({}), json!({})), none()));
    assert!(!ready(&svc(json!({"clusterIP": ""}), json!({})), none()));
    // Helm 3 waits for a load balancer ingress…
    let lb = svc(json!({"type": "LoadBalancer"}), json!({}));
    assert!(!ready(&lb, none()));
    let lb_ok = svc(
        json!({"type": "LoadBalancer"}),
        json!({"loadBalancer": {"ingress": [{"ip": "203.0.113.10", "ipMode": "VIP"}]}}),
    );
    assert!(ready(&lb_ok, none()));
    // …unless external IPs are set.
    let lb_ext = svc(
        json!({"type": "LoadBalancer", "externalIPs": ["198.51.100.1"]}),
        json!({}),
    );
    assert!(ready(&lb_ext, none()));
    let ext = svc(
        json!({"type": "ExternalName", "externalName": "db.example.com", "clusterIP": null, "clusterIPs": null}),
        json!({}),
    );
    assert!(ready(&ext, none()));
}

#[test]
fn crd_established_or_names_not_accepted() {
    let crd = |conds: Value| {
        json!({
            "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
            "metadata": {"name": "widgets.example.com"},
            "spec": {"group": "example.com", "scope": "Namespaced", "names": {"kind": "Widget", "plural": "widgets"}},
            "status": {"conditions": conds}
        })
    };
    assert!(ready(
        &crd(
            json!([{"type": "NamesAccepted", "status": "True"}, {"type": "Established", "status": "True"}])
        ),
        none()
    ));
    assert!(!ready(
        &crd(
            json!([{"type": "NamesAccepted", "status": "True"}, {"type": "Established", "status": "False", "reason": "Installing"}])
        ),
        none()
    ));
    // Helm treats a name conflict as "ready" so the release can continue.
    assert!(ready(
        &crd(json!([{"type": "NamesAccepted", "status": "False", "reason": "PluralConflict"}])),
        none()
    ));
    let mut beta = crd(json!([]));
    beta["apiVersion"] = json!("apiextensions.k8s.io/v1beta1");
    assert!(!ready(&beta, none()));
}

// ---------------------------------------------------------------- DaemonSet

fn ds(max_unavailable: Value, ready_n: i64, desired: i64, updated: i64) -> Value {
    json!({
        "apiVersion": "apps/v1", "kind": "DaemonSet",
        "metadata": {"name": "agent", "namespace": "kube-system", "generation": 1},
        "spec": {"selector": {"matchLabels": {"app": "agent"}},
                 "template": {"metadata": {"labels": {"app": "agent"}}, "spec": {"containers": [{"name": "a", "image": "agent:2"}]}},
                 "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 0, "maxUnavailable": max_unavailable}}},
        "status": {"observedGeneration": 1, "desiredNumberScheduled": desired, "currentNumberScheduled": desired,
                   "numberReady": ready_n, "numberAvailable": ready_n, "updatedNumberScheduled": updated, "numberMisscheduled": 0}
    })
}

#[test]
fn daemonset_rules() {
    assert!(ready(&ds(json!(0), 1, 1, 1), none()));
    assert!(!ready(&ds(json!(0), 0, 1, 1), none()));
    assert!(
        !ready(&ds(json!(0), 0, 1, 0), none()),
        "not all updated pods scheduled"
    );
    assert!(ready(&ds(json!(1), 1, 2, 2), none()));
    // Percentages round up: 50% of 3 → 2 may be unavailable.
    assert!(ready(&ds(json!("50%"), 1, 3, 3), none()));
    assert!(!ready(&ds(json!("10%"), 1, 3, 3), none()));
    // Invalid value: maxUnavailable = desired.
    assert!(ready(&ds(json!("lots"), 0, 3, 3), none()));
    let ondelete = merge(
        ds(json!(0), 0, 3, 0),
        json!({"spec": {"updateStrategy": {"type": "OnDelete", "rollingUpdate": null}}}),
    );
    assert!(ready(&ondelete, none()));
    let unobserved = merge(
        ds(json!(0), 1, 1, 1),
        json!({"metadata": {"generation": 2}}),
    );
    assert!(!ready(&unobserved, none()));
}

// ---------------------------------------------------------------- StatefulSet

fn sts(replicas: i64, partition: i64, ready_n: i64, updated: i64) -> Value {
    json!({
        "apiVersion": "apps/v1", "kind": "StatefulSet",
        "metadata": {"name": "db", "namespace": "shop", "generation": 1},
        "spec": {"replicas": replicas, "serviceName": "db", "selector": {"matchLabels": {"app": "db"}},
                 "template": {"metadata": {"labels": {"app": "db"}}, "spec": {"containers": [{"name": "pg", "image": "postgres:16"}]}},
                 "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": partition}}},
        "status": {"observedGeneration": 1, "replicas": replicas, "readyReplicas": ready_n, "updatedReplicas": updated,
                   "currentReplicas": replicas, "currentRevision": "db-aaaaaaa", "updateRevision": "db-aaaaaaa"}
    })
}

#[test]
fn statefulset_rules() {
    assert!(ready(&sts(1, 0, 1, 1), none()));
    assert!(!ready(&sts(1, 0, 0, 1), none()));
    assert!(
        ready(&sts(2, 1, 2, 1), none()),
        "partition 1: one updated pod suffices"
    );
    assert!(!ready(&sts(2, 1, 1, 0), none()));
    assert!(ready(&sts(2, 1, 2, 2), none()));
    assert!(ready(&sts(1, 2, 1, 1), none()), "partition above replicas");
    let newgen = merge(sts(1, 0, 1, 1), json!({"metadata": {"generation": 2}}));
    assert!(!ready(&newgen, none()));
    let rev = merge(
        sts(1, 0, 1, 1),
        json!({"status": {"updateRevision": "db-bbbbbbb"}}),
    );
    assert!(!ready(&rev, none()));
    let rev_partitioned = merge(
        sts(3, 2, 3, 3),
        json!({"status": {"updateRevision": "db-bbbbbbb"}}),
    );
    assert!(ready(&rev_partitioned, none()));
    let ondelete = merge(
        sts(3, 0, 0, 0),
        json!({"spec": {"updateStrategy": {"type": "OnDelete", "rollingUpdate": null}}}),
    );
    assert!(ready(&ondelete, none()));
    // replicas defaults to 1 and partition to 0 when absent.
    let defaults = merge(
        sts(1, 0, 1, 1),
        json!({"spec": {"replicas": null, "updateStrategy": {"rollingUpdate": null}}}),
    );
    assert!(ready(&defaults, none()));
}

// ---------------------------------------------------------------- Job

fn job(backoff: i64, completions: Option<i64>, succeeded: i64, failed: i64) -> Value {
    let mut j = json!({
        "apiVersion": "batch/v1", "kind": "Job",
        "metadata": {"name": "migrate", "namespace": "shop", "generation": 1},
        "spec": {"backoffLimit": backoff, "parallelism": 1, "completionMode": "NonIndexed",
                 "template": {"spec": {"containers": [{"name": "m", "image": "migrate:3"}], "restartPolicy": "Never"}}},
        "status": {"succeeded": succeeded, "failed": failed, "startTime": "2024-05-01T10:00:00Z"}
    });
    if let Some(c) = completions {
        j["spec"]["completions"] = json!(c);
    }
    j
}

#[test]
fn jobs_only_with_wait_for_jobs() {
    let jobs = LegacyChecker {
        check_jobs: true,
        ..checker()
    };
    let r = |j: &Value| jobs.is_ready(j, &none());
    assert_eq!(r(&job(1, Some(1), 1, 0)), Ok(Readiness::Ready));
    assert!(!r(&job(1, Some(1), 0, 0)).unwrap().is_ready());
    assert!(
        !r(&job(1, Some(1), 0, 1)).unwrap().is_ready(),
        "failed but within backoffLimit"
    );
    assert!(
        r(&job(1, Some(1), 1, 1)).unwrap().is_ready(),
        "completed with retry"
    );
    let err = r(&job(1, Some(1), 0, 2)).unwrap_err();
    assert_eq!(
        err,
        LegacyError::JobFailed {
            namespace: "shop".into(),
            name: "migrate".into()
        }
    );
    assert_eq!(err.to_string(), "job is failed: shop/migrate");
    assert!(r(&job(0, Some(1), 1, 0)).unwrap().is_ready());
    assert!(r(&job(0, Some(1), 0, 1)).is_err());
    assert!(
        r(&job(0, None, 1, 0)).unwrap().is_ready(),
        "null completions"
    );
    assert!(
        r(&job(0, None, 0, 0)).unwrap().is_ready(),
        "null completions: nothing to wait for"
    );
    // Without --wait-for-jobs every Job is ready, even a failed one.
    assert!(ready(&job(0, Some(1), 0, 5), none()));
}

// ---------------------------------------------------------------- versions and flavours

#[test]
fn old_api_versions_by_flavor() {
    let not_ready = merge(deployment(), json!({"apiVersion": "extensions/v1beta1"}));
    // Helm 3 converts extensions/v1beta1 Deployments and checks them (no ReplicaSet → not ready).
    assert!(!ready(&not_ready, none()));
    // Helm 4's legacy waiter only knows apps/v1: anything else is ready.
    let h4 = LegacyChecker {
        flavor: Flavor::Helm4,
        ..checker()
    };
    assert!(h4.is_ready(&not_ready, &none()).unwrap().is_ready());
    let v1beta2_sts = merge(sts(1, 0, 0, 1), json!({"apiVersion": "apps/v1beta2"}));
    assert!(!ready(&v1beta2_sts, none()));
    assert!(h4.is_ready(&v1beta2_sts, &none()).unwrap().is_ready());
    assert!(!h4.is_ready(&sts(1, 0, 0, 1), &none()).unwrap().is_ready());
}

#[test]
fn other_kinds_are_ready() {
    for obj in [
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}),
        json!({"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "i"}, "status": {"loadBalancer": {}}}),
        json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"},
               "status": {"conditions": [{"type": "Ready", "status": "False"}]}}),
    ] {
        assert!(ready(&obj, none()), "{obj}");
    }
}

#[test]
fn retryable_api_errors() {
    use kready::legacy::is_retryable_status;
    for code in [0, 429, 500, 502, 503, 504] {
        assert!(is_retryable_status(code), "{code}");
    }
    for code in [400, 401, 403, 404, 409, 422, 501] {
        assert!(!is_retryable_status(code), "{code}");
    }
}
