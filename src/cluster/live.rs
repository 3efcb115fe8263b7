//! Live objects of a release for `helm status` (Helm 4 `kube.Client.Get(resources, true)`):
//! every manifest object, keyed `<version>/<Kind>`, plus the pods selected by workload
//! selectors under `v1/Pod(related)`. In table mode the server renders `meta.k8s.io/v1`
//! Tables; otherwise the objects themselves are returned.

use futures::{StreamExt as _, TryStreamExt as _};
use kube::api::{DynamicObject, GetParams, ListParams};
use kube::core::Request;
use kube::Resource as _;
use serde_json::Value;

use super::resources::{Cluster, Resource};

const TABLE_ACCEPT: &str = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

/// Errors while reading live objects.
#[derive(Debug, thiserror::Error)]
pub enum LiveError {
    /// The manifest does not build into objects.
    #[error("{0}")]
    Build(#[from] super::resources::ResourceError),
    #[error("cannot build the request for {what}: {message}")]
    /// A request could not be built.
    Request {
        /// The object, as Helm describes it.
        what: String,
        /// Why the request could not be built.
        message: String,
    },
}

/// Live objects grouped by key, in first-seen order.
pub type Grouped = Vec<(String, Vec<Value>)>;

fn push(groups: &mut Grouped, key: &str, v: Value) {
    match groups.iter_mut().find(|(k, _)| k == key) {
        Some((_, items)) => items.push(v),
        None => groups.push((key.to_string(), vec![v])),
    }
}

/// The pod selector of a workload (`getSelectorFromObject`).
fn pod_selector(obj: &Value) -> Option<Vec<(String, String)>> {
    let kind = obj.get("kind")?.as_str()?;
    let sel = match kind {
        "ReplicationController" => obj.pointer("/spec/selector")?,
        "ReplicaSet" | "Deployment" | "StatefulSet" | "DaemonSet" | "Job" => {
            obj.pointer("/spec/selector/matchLabels")?
        }
        _ => return None,
    };
    let m = sel.as_object()?;
    let mut pairs: Vec<(String, String)> = m
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
        .collect();
    pairs.sort();
    Some(pairs)
}

async fn fetch_one(
    cluster: &Cluster,
    r: &Resource,
    as_table: bool,
) -> Result<Option<Value>, LiveError> {
    let ns = r.namespaced.then_some(r.key.namespace.as_str());
    let path = DynamicObject::url_path(&r.api, ns);
    let mut req = Request::new(path)
        .get(&r.key.name, &GetParams::default())
        .map_err(|e| LiveError::Request {
            what: r.key.to_string(),
            message: e.to_string(),
        })?;
    if as_table {
        let uri = format!("{}?includeObject=Object", req.uri().path());
        if let Ok(u) = uri.parse() {
            *req.uri_mut() = u;
        }
        if let Ok(v) = TABLE_ACCEPT.parse() {
            req.headers_mut().insert("accept", v);
        }
    }
    match cluster.client().request::<Value>(req).await {
        Ok(v) => Ok(Some(v)),
        // Objects that cannot be read are left out, as Helm only logs them.
        Err(e) => {
            tracing::trace!("get {} failed: {e}", r.key);
            Ok(None)
        }
    }
}

/// Lists the pods `selector` selects in `namespace` (the error is logged by the caller, in
/// Helm's order).
async fn related_pods(
    cluster: &Cluster,
    namespace: &str,
    selector: &[(String, String)],
    as_table: bool,
) -> Result<Result<Value, kube::Error>, LiveError> {
    let sel = selector
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",");
    let path = format!("/api/v1/namespaces/{namespace}/pods");
    let mut req = Request::new(path)
        .list(&ListParams::default().labels(&sel))
        .map_err(|e| LiveError::Request {
            what: format!("pods with {sel}"),
            message: e.to_string(),
        })?;
    if as_table {
        let uri = format!(
            "{}?{}&includeObject=Object",
            req.uri().path(),
            req.uri().query().unwrap_or("")
        );
        if let Ok(u) = uri.parse() {
            *req.uri_mut() = u;
        }
        if let Ok(v) = TABLE_ACCEPT.parse() {
            req.headers_mut().insert("accept", v);
        }
    }
    Ok(cluster.client().request::<Value>(req).await.map(|mut v| {
        if !as_table {
            // The API omits the kind of list items; Helm's unstructured list carries
            // `kind`/`apiVersion` on the list and on every item.
            if let Some(o) = v.as_object_mut() {
                o.insert("kind".into(), Value::from("PodList"));
                o.insert("apiVersion".into(), Value::from("v1"));
                if let Some(Value::Array(items)) = o.get_mut("items") {
                    for item in items.iter_mut().filter_map(Value::as_object_mut) {
                        item.insert("apiVersion".into(), Value::from("v1"));
                        item.insert("kind".into(), Value::from("Pod"));
                    }
                }
            }
        }
        v
    }))
}

/// How many objects are read at the same time. Each request in flight needs a connection of
/// its own (HTTP/1.1), and each new connection a TLS handshake on both sides: on a busy API
/// server (this machine's test control plane) 4 at a time were slower than one after the other
/// on one connection (the best of 31 runs of `status`: 87 ms against 61 ms), so one it is.
const CONCURRENCY: usize = 1;

/// Reads the live objects of a manifest. The objects, then the pods their selectors select,
/// are read [`CONCURRENCY`] at a time and handled in manifest order, as Helm reads them one
/// after the other: the result and the log lines are the same whatever the concurrency.
pub async fn live_objects(
    client: kube::Client,
    manifest: &str,
    namespace: &str,
    as_table: bool,
) -> Result<Grouped, LiveError> {
    let cluster = Cluster::new(client);
    let resources = cluster.build(manifest, namespace).await?;
    let objects: Vec<Option<Value>> = futures::stream::iter(&resources)
        .map(|r| fetch_one(&cluster, r, as_table))
        .buffered(CONCURRENCY)
        .try_collect()
        .await?;
    let mut groups: Grouped = Vec::new();
    // The objects read, each with the index of the pod selector it added (if new).
    let mut read: Vec<(&Resource, Option<usize>)> = Vec::new();
    let mut selectors: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for (r, obj) in resources.iter().zip(objects) {
        let key = format!("{}/{}", r.api.version, r.key.kind);
        let Some(obj) = obj else {
            continue;
        };
        // The selector comes from the live object (inside the Table's row in table mode).
        let sel = if as_table {
            obj.pointer("/rows/0/object").and_then(pod_selector)
        } else {
            pod_selector(&obj)
        };
        push(&mut groups, &key, obj);
        let added = match sel {
            Some(sel) if !selectors.iter().any(|(_, s)| *s == sel) => {
                let ns = if r.namespaced {
                    r.key.namespace.clone()
                } else {
                    namespace.to_string()
                };
                selectors.push((ns, sel));
                Some(selectors.len() - 1)
            }
            _ => None,
        };
        read.push((r, added));
    }
    let pods: Vec<Result<Value, kube::Error>> = futures::stream::iter(&selectors)
        .map(|(ns, sel)| related_pods(&cluster, ns, sel, as_table))
        .buffered(CONCURRENCY)
        .try_collect()
        .await?;
    let mut pods: Vec<Option<Result<Value, kube::Error>>> = pods.into_iter().map(Some).collect();
    let mut related: Vec<Value> = Vec::new();
    for (r, added) in read {
        tracing::debug!(
            namespace = r.key.namespace,
            name = r.key.name,
            kind = r.key.kind,
            "get relation pod of object"
        );
        match added.and_then(|i| pods[i].take()) {
            Some(Ok(p)) => related.push(p),
            Some(Err(e)) => tracing::warn!(error = %e, "get the relation pod is failed"),
            None => {}
        }
    }
    for p in related {
        push(&mut groups, "v1/Pod(related)", p);
    }
    Ok(groups)
}
