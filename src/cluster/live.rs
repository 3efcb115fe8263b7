//! Live objects of a release for `helm status` (Helm 4 `kube.Client.Get(resources, true)`):
//! every manifest object, keyed `<version>/<Kind>`, plus the pods selected by workload
//! selectors under `v1/Pod(related)`. In table mode the server renders `meta.k8s.io/v1`
//! Tables; otherwise the objects themselves are returned.

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

async fn related_pods(
    cluster: &Cluster,
    namespace: &str,
    selector: &[(String, String)],
    as_table: bool,
) -> Result<Option<Value>, LiveError> {
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
    match cluster.client().request::<Value>(req).await {
        Ok(mut v) => {
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
            Ok(Some(v))
        }
        Err(e) => {
            tracing::warn!(error = %e, "get the relation pod is failed");
            Ok(None)
        }
    }
}

/// Reads the live objects of a manifest.
pub async fn live_objects(
    client: kube::Client,
    manifest: &str,
    namespace: &str,
    as_table: bool,
) -> Result<Grouped, LiveError> {
    let cluster = Cluster::new(client);
    let resources = cluster.build(manifest, namespace).await?;
    let mut groups: Grouped = Vec::new();
    let mut related: Vec<Value> = Vec::new();
    let mut seen_selectors: Vec<Vec<(String, String)>> = Vec::new();
    for r in &resources {
        let key = format!("{}/{}", r.api.version, r.key.kind);
        let Some(obj) = fetch_one(&cluster, r, as_table).await? else {
            continue;
        };
        // The selector comes from the live object (inside the Table's row in table mode).
        let live_obj = if as_table {
            obj.pointer("/rows/0/object")
                .cloned()
                .unwrap_or(Value::Null)
        } else {
            obj.clone()
        };
        push(&mut groups, &key, obj);
        tracing::debug!(
            namespace = r.key.namespace,
            name = r.key.name,
            kind = r.key.kind,
            "get relation pod of object"
        );
        if let Some(sel) = pod_selector(&live_obj) {
            if seen_selectors.contains(&sel) {
                continue;
            }
            seen_selectors.push(sel.clone());
            let ns = if r.namespaced {
                r.key.namespace.as_str()
            } else {
                namespace
            };
            if let Some(p) = related_pods(&cluster, ns, &sel, as_table).await? {
                related.push(p);
            }
        }
    }
    for p in related {
        push(&mut groups, "v1/Pod(related)", p);
    }
    Ok(groups)
}
