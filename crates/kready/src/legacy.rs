//! Helm 3 readiness (`pkg/kube/ready.go` `ReadyChecker`), used by Helm 3's `--wait` and
//! Helm 4's `--wait=legacy`.
//!
//! Helm reads the live object and, for some kinds, related objects (a Deployment's
//! ReplicaSets, the pods of a ReplicaSet or ReplicationController). Here the caller fetches
//! them: [`related_needed`] says which, [`Related`] carries them in.

use serde_json::Value;
use std::fmt;

use crate::object::{
    conditions, creation_time, field, find_condition, group_of, int_or, is_controlled_by,
    pods_selected, str_or, version_of,
};

/// Which Helm's rules to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Flavor {
    /// Helm 3: also recognises `extensions/v1beta1`, `apps/v1beta1` and `apps/v1beta2`
    /// workloads (converted to `apps/v1`).
    #[default]
    Helm3,
    /// Helm 4 `--wait=legacy`: only `apps/v1` workloads; older versions count as ready.
    Helm4,
}

/// Options of the checker (Helm's `ReadyCheckerOption`s).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct LegacyChecker {
    /// `--wait-for-jobs`: wait for Jobs to complete (otherwise Jobs are ready at once).
    pub check_jobs: bool,
    /// Treat paused Deployments as ready (Helm's waiter sets this).
    pub paused_as_ready: bool,
    /// Helm 3 or Helm 4 legacy kind recognition.
    pub flavor: Flavor,
}

/// Related objects the caller fetched for a check.
#[derive(Debug, Clone, Copy, Default)]
pub struct Related<'a> {
    /// ReplicaSets in the Deployment's namespace (listed with its selector). Only those
    /// controlled by the Deployment are considered.
    pub replica_sets: &'a [Value],
    /// Pods in the object's namespace (listed with its selector). Only those the
    /// object's selector matches are considered.
    pub pods: &'a [Value],
}

/// What a check needs besides the live object.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RelatedNeeds {
    /// List ReplicaSets with this label selector (`spec.selector` of a Deployment).
    pub replica_sets: Option<Value>,
    /// List pods with this label selector.
    pub pods: Option<Value>,
}

/// The outcome of a readiness check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readiness {
    /// Ready.
    Ready,
    /// Not ready, and why (Helm only logs this at debug level).
    NotReady(String),
}

impl Readiness {
    /// Whether ready.
    pub fn is_ready(&self) -> bool {
        matches!(self, Readiness::Ready)
    }
}

impl fmt::Display for Readiness {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Readiness::Ready => f.write_str("ready"),
            Readiness::NotReady(why) => f.write_str(why),
        }
    }
}

/// A check that cannot become ready: Helm fails the wait with it at once.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LegacyError {
    /// `status.failed > spec.backoffLimit` with `--wait-for-jobs`.
    #[error("job is failed: {namespace}/{name}")]
    JobFailed {
        /// Namespace of the Job.
        namespace: String,
        /// Name of the Job.
        name: String,
    },
}

/// The kinds the legacy checker distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Pod,
    Job,
    Deployment,
    Pvc,
    Service,
    DaemonSet,
    Crd,
    StatefulSet,
    ReplicationController,
    ReplicaSet,
    Other,
}

fn kind_of(obj: &Value, flavor: Flavor) -> Kind {
    let group = group_of(obj);
    let version = version_of(obj);
    let kind = str_or(obj, &["kind"], "");
    let gv = (group, version);
    let apps_v1 = gv == ("apps", "v1");
    let h3 = flavor == Flavor::Helm3;
    match kind {
        "Pod" if gv == ("", "v1") => Kind::Pod,
        "Job" if gv == ("batch", "v1") => Kind::Job,
        "PersistentVolumeClaim" if gv == ("", "v1") => Kind::Pvc,
        "Service" if gv == ("", "v1") => Kind::Service,
        "ReplicationController" if gv == ("", "v1") => Kind::ReplicationController,
        "CustomResourceDefinition"
            if group == "apiextensions.k8s.io" && (version == "v1" || version == "v1beta1") =>
        {
            Kind::Crd
        }
        "Deployment"
            if apps_v1
                || (h3
                    && matches!(
                        gv,
                        ("apps", "v1beta1") | ("apps", "v1beta2") | ("extensions", "v1beta1")
                    )) =>
        {
            Kind::Deployment
        }
        "DaemonSet"
            if apps_v1 || (h3 && matches!(gv, ("apps", "v1beta2") | ("extensions", "v1beta1"))) =>
        {
            Kind::DaemonSet
        }
        "StatefulSet"
            if apps_v1 || (h3 && matches!(gv, ("apps", "v1beta1") | ("apps", "v1beta2"))) =>
        {
            Kind::StatefulSet
        }
        "ReplicaSet"
            if apps_v1 || (h3 && matches!(gv, ("apps", "v1beta2") | ("extensions", "v1beta1"))) =>
        {
            Kind::ReplicaSet
        }
        _ => Kind::Other,
    }
}

/// Which related objects checking `obj` needs.
pub fn related_needed(obj: &Value, checker: &LegacyChecker) -> RelatedNeeds {
    match kind_of(obj, checker.flavor) {
        Kind::Deployment => RelatedNeeds {
            replica_sets: field(obj, &["spec", "selector"]).cloned(),
            pods: None,
        },
        Kind::ReplicaSet | Kind::ReplicationController => RelatedNeeds {
            replica_sets: None,
            pods: field(obj, &["spec", "selector"]).cloned(),
        },
        _ => RelatedNeeds::default(),
    }
}

/// Resolves an `IntOrString` (`5` or `"25%"`) against `total` (apimachinery
/// `GetScaledValueFromIntOrPercent`); `None` for a missing or invalid value.
pub fn scaled_int_or_percent(v: Option<&Value>, total: i64, round_up: bool) -> Option<i64> {
    match v? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => {
            let p: i64 = s.strip_suffix('%')?.parse().ok()?;
            let scaled = p * total;
            Some(if round_up {
                (scaled + 99).div_euclid(100)
            } else {
                scaled.div_euclid(100)
            })
        }
        _ => None,
    }
}

/// Kubernetes' `deploymentutil.MaxUnavailable` of a Deployment.
pub fn deployment_max_unavailable(dep: &Value) -> i64 {
    let replicas = int_or(dep, &["spec", "replicas"], 1);
    if str_or(dep, &["spec", "strategy", "type"], "") != "RollingUpdate" || replicas == 0 {
        return 0;
    }
    let ru = field(dep, &["spec", "strategy", "rollingUpdate"]);
    let zero = Value::from(0);
    let get = |k: &str| {
        ru.and_then(|r| field(r, &[k]))
            .filter(|v| !v.is_null())
            .unwrap_or(&zero)
    };
    let surge = scaled_int_or_percent(Some(get("maxSurge")), replicas, true);
    let unavailable = scaled_int_or_percent(Some(get("maxUnavailable")), replicas, false);
    let max_unavailable = match (surge, unavailable) {
        (Some(0), Some(0)) => 1,
        (Some(_), Some(u)) => u,
        // ResolveFenceposts failed; Helm ignores the error and uses 0.
        _ => 0,
    };
    max_unavailable.min(replicas)
}

/// The Deployment's newest ReplicaSet: among `replica_sets` controlled by `dep`, oldest first
/// (name breaks ties), the first whose pod template equals the Deployment's ignoring the
/// `pod-template-hash` label (`deploymentutil.FindNewReplicaSet`).
pub fn find_new_replica_set<'a>(dep: &Value, replica_sets: &'a [Value]) -> Option<&'a Value> {
    let ns = str_or(dep, &["metadata", "namespace"], "");
    let mut owned: Vec<&Value> = replica_sets
        .iter()
        .filter(|rs| str_or(rs, &["metadata", "namespace"], ns) == ns)
        .filter(|rs| is_controlled_by(rs, dep))
        .collect();
    owned.sort_by(|a, b| {
        creation_time(a).cmp(&creation_time(b)).then_with(|| {
            str_or(a, &["metadata", "name"], "").cmp(str_or(b, &["metadata", "name"], ""))
        })
    });
    let want = template_without_hash(field(dep, &["spec", "template"]));
    owned
        .into_iter()
        .find(|rs| template_without_hash(field(rs, &["spec", "template"])) == want)
}

fn template_without_hash(t: Option<&Value>) -> Value {
    let mut t = t.cloned().unwrap_or(Value::Null);
    if let Some(meta) = t.get_mut("metadata").and_then(Value::as_object_mut) {
        if let Some(labels) = meta.get_mut("labels").and_then(Value::as_object_mut) {
            labels.remove("pod-template-hash");
            if labels.is_empty() {
                meta.remove("labels");
            }
        }
        if meta.is_empty() {
            t.as_object_mut().map(|o| o.remove("metadata"));
        }
    }
    t
}

/// Whether a pod has condition `Ready=True`.
pub fn is_pod_ready(pod: &Value) -> bool {
    conditions(pod)
        .map(|c| find_condition(&c, "Ready", "True").is_some())
        .unwrap_or(false)
}

fn generation_observed(obj: &Value) -> Option<String> {
    let generation = int_or(obj, &["metadata", "generation"], 0);
    let observed = int_or(obj, &["status", "observedGeneration"], 0);
    if generation == observed {
        None
    } else {
        Some(format!(
            "{} {} has observed generation {observed}, want {generation}",
            str_or(obj, &["kind"], ""),
            str_or(obj, &["metadata", "name"], "")
        ))
    }
}

/// Helm 3 polls readiness every 2 seconds (the first check is immediate).
pub const POLL_INTERVAL_SECS: u64 = 2;

/// Helm 3 tolerates this many consecutive retryable errors per object before failing the wait.
pub const MAX_RETRYABLE_ERRORS: u32 = 30;

/// Whether Helm 3's waiter retries after an API error with this HTTP status code:
/// 0 (no status), 429, and 5xx except 501. Other status errors fail the wait at once;
/// errors without an HTTP status are always retried.
pub fn is_retryable_status(code: u16) -> bool {
    code == 0 || code == 429 || (code >= 500 && code != 501)
}

impl LegacyChecker {
    /// Whether `live` (the object as just read from the API server) is ready.
    ///
    /// Kinds Helm does not check (and Jobs without `check_jobs`) are ready. A Job's
    /// missing `spec.backoffLimit` counts as the API server's default, 6.
    pub fn is_ready(&self, live: &Value, related: &Related<'_>) -> Result<Readiness, LegacyError> {
        use Readiness::{NotReady, Ready};
        let name = str_or(live, &["metadata", "name"], "");
        let ns = str_or(live, &["metadata", "namespace"], "");
        Ok(match kind_of(live, self.flavor) {
            Kind::Pod => {
                if is_pod_ready(live) {
                    Ready
                } else {
                    NotReady(format!("pod {name} is not Ready"))
                }
            }
            Kind::Job if self.check_jobs => {
                let failed = int_or(live, &["status", "failed"], 0);
                if failed > int_or(live, &["spec", "backoffLimit"], 6) {
                    return Err(LegacyError::JobFailed {
                        namespace: ns.to_string(),
                        name: name.to_string(),
                    });
                }
                let succeeded = int_or(live, &["status", "succeeded"], 0);
                match field(live, &["spec", "completions"]).and_then(Value::as_i64) {
                    Some(c) if succeeded < c => {
                        NotReady(format!("job {name}: {succeeded}/{c} completions"))
                    }
                    _ => Ready,
                }
            }
            Kind::Job => Ready,
            Kind::Deployment => {
                if field(live, &["spec", "paused"]).and_then(Value::as_bool) == Some(true) {
                    return Ok(if self.paused_as_ready {
                        Ready
                    } else {
                        NotReady(format!("deployment {name} is paused"))
                    });
                }
                let Some(rs) = find_new_replica_set(live, related.replica_sets) else {
                    return Ok(NotReady(format!(
                        "deployment {name}: new ReplicaSet not found"
                    )));
                };
                if let Some(why) = generation_observed(rs) {
                    return Ok(NotReady(why));
                }
                if let Some(why) = generation_observed(live) {
                    return Ok(NotReady(why));
                }
                let expected =
                    int_or(live, &["spec", "replicas"], 1) - deployment_max_unavailable(live);
                let ready = int_or(rs, &["status", "readyReplicas"], 0);
                if ready < expected {
                    NotReady(format!(
                        "deployment {name}: {ready} of {expected} expected pods ready"
                    ))
                } else {
                    Ready
                }
            }
            Kind::Pvc => {
                let phase = str_or(live, &["status", "phase"], "");
                if phase == "Bound" {
                    Ready
                } else {
                    NotReady(format!(
                        "persistentvolumeclaim {name} is not bound (phase {phase:?})"
                    ))
                }
            }
            Kind::Service => {
                let type_ = str_or(live, &["spec", "type"], "");
                if type_ == "ExternalName" {
                    Ready
                } else if str_or(live, &["spec", "clusterIP"], "").is_empty() {
                    NotReady(format!("service {name} has no cluster IP"))
                } else if type_ == "LoadBalancer"
                    && field(live, &["spec", "externalIPs"])
                        .and_then(Value::as_array)
                        .is_none_or(|a| a.is_empty())
                    && field(live, &["status", "loadBalancer", "ingress"])
                        .is_none_or(Value::is_null)
                {
                    NotReady(format!("service {name} has no load balancer ingress"))
                } else {
                    Ready
                }
            }
            Kind::DaemonSet => {
                if let Some(why) = generation_observed(live) {
                    return Ok(NotReady(why));
                }
                if str_or(live, &["spec", "updateStrategy", "type"], "") != "RollingUpdate" {
                    return Ok(Ready);
                }
                let desired = int_or(live, &["status", "desiredNumberScheduled"], 0);
                let updated = int_or(live, &["status", "updatedNumberScheduled"], 0);
                if updated != desired {
                    return Ok(NotReady(format!(
                        "daemonset {name}: {updated}/{desired} pods updated and scheduled"
                    )));
                }
                let max_unavailable = scaled_int_or_percent(
                    field(
                        live,
                        &["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"],
                    ),
                    desired,
                    true,
                )
                .unwrap_or(desired);
                let expected = desired - max_unavailable;
                let ready = int_or(live, &["status", "numberReady"], 0);
                if ready < expected {
                    NotReady(format!(
                        "daemonset {name}: {ready} of {expected} expected pods ready"
                    ))
                } else {
                    Ready
                }
            }
            Kind::Crd => {
                let conds = conditions(live).unwrap_or_default();
                if find_condition(&conds, "Established", "True").is_some()
                    || find_condition(&conds, "NamesAccepted", "False").is_some()
                {
                    Ready
                } else {
                    NotReady(format!(
                        "customresourcedefinition {name} is not established"
                    ))
                }
            }
            Kind::StatefulSet => {
                if let Some(why) = generation_observed(live) {
                    return Ok(NotReady(why));
                }
                if str_or(live, &["spec", "updateStrategy", "type"], "") != "RollingUpdate" {
                    return Ok(Ready);
                }
                let partition = int_or(
                    live,
                    &["spec", "updateStrategy", "rollingUpdate", "partition"],
                    0,
                );
                let replicas = int_or(live, &["spec", "replicas"], 1);
                let expected = replicas - partition;
                let updated = int_or(live, &["status", "updatedReplicas"], 0);
                let ready = int_or(live, &["status", "readyReplicas"], 0);
                if updated < expected {
                    NotReady(format!(
                        "statefulset {name}: {updated} of {expected} expected pods updated"
                    ))
                } else if ready != replicas {
                    NotReady(format!("statefulset {name}: {ready}/{replicas} pods ready"))
                } else if partition == 0
                    && str_or(live, &["status", "currentRevision"], "")
                        != str_or(live, &["status", "updateRevision"], "")
                {
                    NotReady(format!(
                        "statefulset {name}: currentRevision does not match updateRevision"
                    ))
                } else {
                    Ready
                }
            }
            Kind::ReplicationController | Kind::ReplicaSet => {
                if let Some(why) = generation_observed(live) {
                    return Ok(NotReady(why));
                }
                let pods = pods_selected(field(live, &["spec", "selector"]), ns, related.pods);
                match pods.iter().find(|p| !is_pod_ready(p)) {
                    Some(p) => NotReady(format!(
                        "pod {} of {} {name} is not Ready",
                        str_or(p, &["metadata", "name"], ""),
                        str_or(live, &["kind"], "").to_lowercase()
                    )),
                    None => Ready,
                }
            }
            Kind::Other => Ready,
        })
    }
}
