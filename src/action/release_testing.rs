//! `test`: run a release's `test` hooks and store their last runs in the same revision, with
//! Helm 4's semantics (`pkg/action/release_testing.go`). Beyond Helm, a failed test is
//! explained: its pod and container, the reason and the latest events.

use std::time::Duration;

use k8s_openapi::api::core::v1::{Event, Pod};
use kready::{diagnose, DiagnoseInput, Time};
use kube::api::{Api, ListParams, LogParams};

use crate::action::hooks::{self, HookError};
use crate::cluster::resources::Cluster;
use crate::cluster::wait::selector_string;
use crate::release::{Hook, Release};
use crate::storage::{custom_labels, Storage, StorageError};

/// Options of `helm test`.
#[derive(Clone, Debug)]
pub struct TestOptions {
    /// For each hook's wait.
    pub timeout: Duration,
    /// `--filter name=N`: run only these tests (when any is given).
    pub include: Vec<String>,
    /// `--filter !name=N`: skip these tests.
    pub exclude: Vec<String>,
    /// Collect each test pod's logs before the hooks' deletion policies apply.
    pub logs: bool,
    /// Where test pods' logs are read (Helm uses the client's namespace).
    pub namespace: String,
}

impl Default for TestOptions {
    fn default() -> Self {
        TestOptions {
            timeout: Duration::from_secs(300),
            include: Vec::new(),
            exclude: Vec::new(),
            logs: false,
            namespace: String::new(),
        }
    }
}

/// Failures before any test ran (no status is printed for these).
#[derive(Debug, thiserror::Error)]
pub enum TestError {
    /// The release name breaks Helm's rule.
    #[error("releaseTest: Release name is invalid: {0}")]
    InvalidName(String),
    /// The records could not be read or written.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// The logs of one test pod.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PodLogs {
    /// The pod's name.
    pub pod: String,
    /// Its logs.
    pub text: String,
}

/// A test that failed, as Helm reports it, and why, as far as the cluster tells.
#[derive(Debug)]
pub struct TestFailure {
    /// Helm's error for the test.
    pub error: HookError,
    /// One report per object of the failed test (pod, container, reason, recent events).
    pub diagnosis: Vec<String>,
}

/// What a test run did. The release is the record as stored again (same revision).
#[derive(Debug)]
pub struct TestOutcome {
    /// The record as stored again.
    pub release: Release,
    /// With `logs`: the logs collected before an error stopped the collection.
    pub logs: Vec<PodLogs>,
    /// `unable to get pod logs for …`, when collecting logs failed.
    pub logs_error: Option<String>,
    /// The first failed test.
    pub failure: Option<TestFailure>,
    /// Storing the record after the tests passed failed.
    pub store_error: Option<String>,
    /// Deleting hooks by their policies failed.
    pub cleanup_error: Option<String>,
}

impl TestOutcome {
    /// The error Helm's `helm test` ends with, if any: the tests' (or the write's) error, joined
    /// with the log collection's; else the hook deletions'.
    pub fn error_text(&self) -> Option<String> {
        let run_err = match &self.failure {
            Some(f) => Some(f.error.to_string()),
            None => self.store_error.clone(),
        };
        match (run_err, &self.logs_error) {
            (Some(r), Some(l)) => Some(format!("{r}\n{l}")),
            (None, Some(l)) => Some(l.clone()),
            (Some(r), None) => Some(r),
            (None, None) => self.cleanup_error.clone(),
        }
    }
}

fn is_test(h: &Hook) -> bool {
    h.events.iter().any(|e| e == "test")
}

/// Splits hooks as Helm's filters do: excluded names first, then (if any) only included names
/// run. Returns (skipped, executing), each in stored order.
pub fn filter_hooks(
    hooks: Vec<Hook>,
    include: &[String],
    exclude: &[String],
) -> (Vec<Hook>, Vec<Hook>) {
    let mut skipped = Vec::new();
    let mut executing = hooks;
    if !exclude.is_empty() {
        let (out, keep): (Vec<Hook>, Vec<Hook>) = executing
            .into_iter()
            .partition(|h| exclude.contains(&h.name));
        skipped.extend(out);
        executing = keep;
    }
    if !include.is_empty() {
        let (keep, out): (Vec<Hook>, Vec<Hook>) = executing
            .into_iter()
            .partition(|h| include.contains(&h.name));
        skipped.extend(out);
        executing = keep;
    }
    (skipped, executing)
}

/// The test hooks whose pods' logs Helm prints: by weight then name, filters applied.
fn log_hooks<'a>(rel: &'a Release, opts: &TestOptions) -> Vec<&'a Hook> {
    let mut hooks: Vec<&Hook> = rel
        .hooks
        .iter()
        .filter(|h| is_test(h))
        .filter(|h| !opts.exclude.contains(&h.name))
        .filter(|h| opts.include.is_empty() || opts.include.contains(&h.name))
        .collect();
    hooks.sort_by(|a, b| a.weight.cmp(&b.weight).then_with(|| a.name.cmp(&b.name)));
    hooks
}

/// Reads each test pod's logs, stopping at the first error as Helm does.
async fn collect_logs(
    cluster: &Cluster,
    rel: &Release,
    opts: &TestOptions,
) -> (Vec<PodLogs>, Option<String>) {
    let api: Api<Pod> = Api::namespaced(cluster.client().clone(), &opts.namespace);
    let mut logs = Vec::new();
    for h in log_hooks(rel, opts) {
        match api.logs(&h.name, &LogParams::default()).await {
            Ok(text) => logs.push(PodLogs {
                pod: h.name.clone(),
                text,
            }),
            Err(e) => {
                let why = format!(
                    "unable to get pod logs for {}: {}",
                    h.name,
                    crate::cluster::resources::api_message(&e)
                );
                return (logs, Some(why));
            }
        }
    }
    (logs, None)
}

/// Explains why the objects of a failed test hook failed: the pods (the test Pod, or the
/// Job's), their containers' states and the namespace's recent events about them.
async fn diagnose_hook(cluster: &Cluster, h: &Hook, namespace: &str) -> Vec<String> {
    let Ok(objects) = cluster.build(&h.manifest, namespace).await else {
        return Vec::new();
    };
    let mut reports = Vec::new();
    for o in objects {
        let Ok(Some(live)) = cluster.get(&o).await else {
            continue;
        };
        let ns = o.key.namespace.as_str();
        let pods = if o.key.kind == "Pod" {
            vec![live.clone()]
        } else {
            match kready::diagnose::diagnose_needs(&live)
                .pods
                .as_ref()
                .and_then(selector_string)
            {
                Some(sel) => {
                    crate::cluster::wait::list_objects::<Pod>(
                        cluster,
                        ns,
                        &ListParams::default().labels(&sel),
                    )
                    .await
                }
                None => Vec::new(),
            }
        };
        let events = if ns.is_empty() {
            Vec::new()
        } else {
            crate::cluster::wait::list_objects::<Event>(cluster, ns, &ListParams::default()).await
        };
        let d = diagnose(&DiagnoseInput {
            resource: &live,
            pods: &pods,
            events: &events,
            related: &[],
            now: Time::now(),
        });
        reports.push(d.report().to_string().trim_end().to_string());
    }
    reports
}

/// Runs the `test` hooks of the newest revision of `name` (Helm 4's `ReleaseTesting.Run`,
/// `GetPodLogs` and the deferred hook deletions, in that order).
pub async fn run(
    storage: &Storage,
    cluster: &Cluster,
    name: &str,
    opts: &TestOptions,
) -> Result<TestOutcome, TestError> {
    if crate::action::validate_name(name).is_err() {
        return Err(TestError::InvalidName(name.to_string()));
    }
    let (mut rel, _) = storage.last(name).await?;
    let (skipped, executing) =
        filter_hooks(std::mem::take(&mut rel.hooks), &opts.include, &opts.exclude);
    rel.hooks = executing;
    let server_side = rel.apply_method == "ssa";
    let (ran, cleanup) = hooks::run_deferred(
        storage,
        cluster,
        &mut rel,
        "test",
        opts.timeout,
        server_side,
    )
    .await;

    let failure = match ran {
        Ok(()) => None,
        Err(error) => {
            let mut diagnosis = Vec::new();
            if matches!(error, HookError::Wait(_)) {
                if let Some(h) = rel
                    .hooks
                    .iter()
                    .find(|h| is_test(h) && h.last_run.phase == "Failed")
                {
                    diagnosis = diagnose_hook(cluster, h, &rel.namespace).await;
                }
            }
            Some(TestFailure { error, diagnosis })
        }
    };
    // Skipped tests go first in the stored list, as in Helm.
    let mut hooks_now = skipped;
    hooks_now.append(&mut rel.hooks);
    rel.hooks = hooks_now;
    let mut stored = rel.clone();
    stored.labels = custom_labels(&stored.labels);
    let store_error = match storage.driver().update(&stored).await {
        // Helm ignores a failed write when a test failed.
        Err(e) if failure.is_none() => Some(e.to_string()),
        _ => None,
    };

    let (logs, logs_error) = if opts.logs {
        collect_logs(cluster, &rel, opts).await
    } else {
        (Vec::new(), None)
    };
    let cleanup_error = cleanup
        .run(cluster, opts.timeout)
        .await
        .err()
        .map(|e| e.to_string());
    Ok(TestOutcome {
        release: rel,
        logs,
        logs_error,
        failure,
        store_error,
        cleanup_error,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hook(name: &str) -> Hook {
        Hook {
            name: name.into(),
            events: vec!["test".into()],
            ..Default::default()
        }
    }

    fn names(h: &[Hook]) -> Vec<&str> {
        h.iter().map(|h| h.name.as_str()).collect()
    }

    #[test]
    fn filters_split_hooks_like_helm() {
        let all = vec![hook("a"), hook("b"), hook("c")];
        let (s, e) = filter_hooks(all.clone(), &[], &["b".into()]);
        assert_eq!((names(&s), names(&e)), (vec!["b"], vec!["a", "c"]));
        let (s, e) = filter_hooks(all.clone(), &["c".into()], &[]);
        assert_eq!((names(&s), names(&e)), (vec!["a", "b"], vec!["c"]));
        let (s, e) = filter_hooks(all.clone(), &["a".into(), "b".into()], &["a".into()]);
        assert_eq!((names(&s), names(&e)), (vec!["a", "c"], vec!["b"]));
        let (s, e) = filter_hooks(all, &[], &[]);
        assert!(s.is_empty());
        assert_eq!(names(&e), ["a", "b", "c"]);
    }

    #[test]
    fn the_final_error_is_composed_like_helms() {
        let outcome = |failure: bool, store: bool, logs: bool, cleanup: bool| TestOutcome {
            release: Release::default(),
            logs: Vec::new(),
            logs_error: logs.then(|| "unable to get pod logs for t: gone".to_string()),
            failure: failure.then(|| TestFailure {
                error: HookError::Wait(crate::cluster::wait::WaitError::Unmet(vec![
                    "pod t failed".into(),
                ])),
                diagnosis: Vec::new(),
            }),
            store_error: store.then(|| "cannot store".to_string()),
            cleanup_error: cleanup.then(|| "cannot delete".to_string()),
        };
        assert_eq!(outcome(false, false, false, false).error_text(), None);
        assert_eq!(
            outcome(true, false, true, true).error_text().unwrap(),
            "pod t failed\nunable to get pod logs for t: gone"
        );
        assert_eq!(
            outcome(false, true, false, true).error_text().unwrap(),
            "cannot store"
        );
        assert_eq!(
            outcome(false, false, true, true).error_text().unwrap(),
            "unable to get pod logs for t: gone"
        );
        assert_eq!(
            outcome(false, false, false, true).error_text().unwrap(),
            "cannot delete"
        );
    }

    #[test]
    fn logs_follow_weight_then_name_and_filters() {
        let mut rel = Release::default();
        let mut heavy = hook("a-heavy");
        heavy.weight = 5;
        let mut not_test = hook("setup");
        not_test.events = vec!["pre-install".into()];
        rel.hooks = vec![heavy, hook("z"), hook("b"), not_test];
        let opts = TestOptions {
            exclude: vec!["z".into()],
            ..Default::default()
        };
        let got: Vec<&str> = log_hooks(&rel, &opts)
            .iter()
            .map(|h| h.name.as_str())
            .collect();
        assert_eq!(got, ["b", "a-heavy"]);
    }
}
