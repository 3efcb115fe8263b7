//! The cluster objects a release manifest names: building them from YAML, and creating,
//! applying, patching, replacing and deleting them through discovery-resolved dynamic APIs.
//!
//! Identity follows Helm (`isMatchingInfo`): group, kind, namespace and name; the version is
//! ignored, so `apps/v1` and `apps/v1beta2` Deployments of one name are the same object.

use std::collections::HashMap;
use std::sync::Mutex;

use futures::StreamExt as _;

use kube::api::{
    Api, DeleteParams, DynamicObject, Patch, PatchParams, PostParams, PropagationPolicy,
};
use kube::core::GroupVersionKind;
use kube::discovery::{ApiCapabilities, ApiResource, Scope};
use kube::Client;
use serde_json::{Map, Value};

use crate::release::manifest::split_manifests;

/// The field manager Helm writes with; rhelm uses the same so the two can take turns.
pub const FIELD_MANAGER: &str = "helm";
/// The label Helm sets to `Helm` on every object of a release.
pub const MANAGED_BY_LABEL: &str = "app.kubernetes.io/managed-by";
/// The annotation naming the release that owns an object.
pub const RELEASE_NAME_ANNOTATION: &str = "meta.helm.sh/release-name";
/// The annotation naming the namespace of the release that owns an object.
pub const RELEASE_NAMESPACE_ANNOTATION: &str = "meta.helm.sh/release-namespace";
/// The annotation whose value `keep` leaves an object in place on uninstall and upgrade.
pub const RESOURCE_POLICY_ANNOTATION: &str = "helm.sh/resource-policy";

/// Why a manifest could not be turned into objects, or a request about one failed.
#[derive(Debug, thiserror::Error)]
pub enum ResourceError {
    #[error("error parsing manifest document {index}: {message}")]
    /// A manifest document is not YAML.
    Parse {
        /// The document's position in the manifest.
        index: usize,
        /// The YAML parser's error.
        message: String,
    },
    #[error("manifest document {index} has no {field}")]
    /// A manifest document lacks a field every object needs.
    Missing {
        /// The document's position in the manifest.
        index: usize,
        /// The missing field.
        field: &'static str,
    },
    /// The cluster serves no API for the object's kind (Helm's words, CRDs suggested).
    #[error(
        "resource mapping not found for name: {name:?} namespace: {namespace:?} from \"\": no matches for kind {kind:?} in version {api_version:?}\nensure CRDs are installed first"
    )]
    NoMapping {
        /// The object name.
        name: String,
        /// The object namespace.
        namespace: String,
        /// The Kind.
        kind: String,
        /// The `apiVersion`.
        api_version: String,
    },
    /// The API server refused or did not answer a request.
    #[error("{action} {what}: {}", api_message(source))]
    Api {
        /// What was asked (`get`, `create`, …).
        action: &'static str,
        /// The object, as Helm describes it.
        what: String,
        /// The client's error.
        #[source]
        source: Box<kube::Error>,
    },
}

impl ResourceError {
    /// The API server's words alone (for a failed request), or the whole text.
    pub fn api_text(&self) -> String {
        match self {
            ResourceError::Api { source, .. } => api_message(source),
            other => other.to_string(),
        }
    }

    /// True when the API server answered with a conflict (HTTP 409 other than AlreadyExists).
    pub fn is_conflict(&self) -> bool {
        matches!(self, ResourceError::Api { source, .. } if matches!(source.as_ref(), kube::Error::Api(s) if s.code == 409 && s.reason != "AlreadyExists"))
    }

    /// True when the cluster failed the request rather than refusing it: no answer at all
    /// (refused, reset, timed out), or a server error (`5xx`: its storage is down, it timed
    /// out, a gateway failed). A refusal (`4xx`: forbidden, invalid, conflict) is not.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, ResourceError::Api { source, .. } if match source.as_ref() {
            kube::Error::HyperError(_) | kube::Error::Service(_) => true,
            kube::Error::Api(s) => s.code >= 500,
            _ => false,
        })
    }

    /// True when the API server refused the object itself: a `4xx`, or the `500` it gives a
    /// server-side apply whose values have the wrong type (`failed to create typed patch
    /// object`), which no retry or healthier server would accept either.
    pub fn is_refusal(&self) -> bool {
        matches!(self, ResourceError::Api { source, .. } if matches!(source.as_ref(), kube::Error::Api(s)
            if (400..500).contains(&s.code)
                || (s.code == 500 && s.message.starts_with("failed to create typed patch object"))))
    }

    /// True when the API server answered that the object exists already.
    pub fn is_already_exists(&self) -> bool {
        matches!(self, ResourceError::Api { source, .. } if matches!(source.as_ref(), kube::Error::Api(s) if s.code == 409 && s.reason == "AlreadyExists"))
    }
}

/// The API server's own message for a failed request (what client-go's error prints), without
/// kube-rs's debug dump.
pub fn api_message(e: &kube::Error) -> String {
    match e {
        kube::Error::Api(s) if !s.message.is_empty() => s.message.clone(),
        other => other.to_string(),
    }
}

/// Helm's identity of an object: group, kind, namespace and name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResourceKey {
    /// The API group (empty for the core group).
    pub group: String,
    /// The Kind.
    pub kind: String,
    /// The namespace (empty for a cluster-scoped object).
    pub namespace: String,
    /// The object name.
    pub name: String,
}

impl std::fmt::Display for ResourceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.namespace.is_empty() {
            write!(f, "{}/{}", self.kind, self.name)
        } else {
            write!(
                f,
                "{}/{} in namespace {}",
                self.kind, self.name, self.namespace
            )
        }
    }
}

/// One object of a manifest, resolved against the cluster's API.
#[derive(Clone, Debug)]
pub struct Resource {
    /// Helm's identity of the object.
    pub key: ResourceKey,
    /// The API that serves it.
    pub api: ApiResource,
    /// Whether the kind lives in a namespace.
    pub namespaced: bool,
    /// The object as the manifest gives it (plus the default namespace, if namespaced).
    pub object: Value,
}

impl Resource {
    /// The group/version/kind as client-go prints it (`apps/v1, Kind=Deployment`).
    pub fn gvk_string(&self) -> String {
        if self.api.group.is_empty() {
            format!("/{}, Kind={}", self.api.version, self.api.kind)
        } else {
            format!(
                "{}/{}, Kind={}",
                self.api.group, self.api.version, self.api.kind
            )
        }
    }

    /// The object's Kind.
    pub fn kind(&self) -> &str {
        &self.key.kind
    }

    /// The object's name.
    pub fn name(&self) -> &str {
        &self.key.name
    }

    /// An annotation of the object, if set.
    pub fn annotation(&self, key: &str) -> Option<&str> {
        self.object
            .pointer("/metadata/annotations")
            .and_then(|a| a.get(key))
            .and_then(Value::as_str)
    }
}

/// A group/version/kind from a document's `apiVersion` and `kind`.
pub fn gvk_of(api_version: &str, kind: &str) -> GroupVersionKind {
    match api_version.split_once('/') {
        Some((group, version)) => GroupVersionKind::gvk(group, version, kind),
        None => GroupVersionKind::gvk("", api_version, kind),
    }
}

/// Parses a manifest into documents (JSON objects), skipping empty ones.
pub fn parse_manifest(manifest: &str) -> Result<Vec<Value>, ResourceError> {
    let mut out = Vec::new();
    for (index, doc) in split_manifests(manifest).iter().enumerate() {
        let value = goyaml::from_str(doc).map_err(|e| ResourceError::Parse {
            index,
            message: e.to_string(),
        })?;
        match value {
            Value::Null => continue,
            Value::Object(_) => out.push(value),
            other => {
                // Quote the start of the document only: it may be megabytes long.
                let text = other.to_string();
                let mut end = text.len().min(80);
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                let found = if end < text.len() {
                    format!("{}… ({} bytes)", &text[..end], text.len())
                } else {
                    text
                };
                return Err(ResourceError::Parse {
                    index,
                    message: format!("expected a mapping, found {found}"),
                });
            }
        }
    }
    Ok(out)
}

/// Adds Helm's ownership label and annotations (overwriting), as install, upgrade and rollback
/// do for every non-hook object they send.
pub fn set_ownership_metadata(object: &mut Value, release: &str, namespace: &str) {
    let meta = object.as_object_mut().map(|o| {
        o.entry("metadata")
            .or_insert_with(|| Value::Object(Map::new()))
    });
    let Some(Value::Object(meta)) = meta else {
        return;
    };
    let labels = meta
        .entry("labels")
        .or_insert_with(|| Value::Object(Map::new()));
    if !labels.is_object() {
        *labels = Value::Object(Map::new());
    }
    labels[MANAGED_BY_LABEL] = Value::from("Helm");
    let annotations = meta
        .entry("annotations")
        .or_insert_with(|| Value::Object(Map::new()));
    if !annotations.is_object() {
        *annotations = Value::Object(Map::new());
    }
    annotations[RELEASE_NAME_ANNOTATION] = Value::from(release);
    annotations[RELEASE_NAMESPACE_ANNOTATION] = Value::from(namespace);
}

/// What a failed lookup of `kind` in `api_version` means: no such kind (404, or discovery
/// without it), or an error.
fn undiscovered(
    api_version: &str,
    kind: &str,
    e: kube::Error,
) -> Result<Option<(ApiResource, bool)>, ResourceError> {
    match e {
        kube::Error::Api(s) if s.code == 404 => Ok(None),
        kube::Error::Discovery(_) => Ok(None),
        source => Err(ResourceError::Api {
            action: "could not discover",
            what: format!("{kind} in {api_version}"),
            source: Box::new(source),
        }),
    }
}

/// How many API versions [`Cluster::build`] looks up at the same time: one, on one connection
/// (see `live::CONCURRENCY` for why more connections do not pay on a busy API server).
const DISCOVERY_CONCURRENCY: usize = 1;

/// A client for release objects, with a per-run cache of API discovery.
pub struct Cluster {
    client: Client,
    discovered: Mutex<HashMap<(String, String), (ApiResource, ApiCapabilities)>>,
}

impl Cluster {
    /// A cluster reached through `client`, with nothing discovered yet.
    pub fn new(client: Client) -> Cluster {
        Cluster {
            client,
            discovered: Mutex::new(HashMap::new()),
        }
    }

    /// The client underneath.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Finds the API resource for an `apiVersion` and `kind`, asking the server once per pair.
    pub async fn resolve(
        &self,
        api_version: &str,
        kind: &str,
    ) -> Result<Option<(ApiResource, bool)>, ResourceError> {
        let key = (api_version.to_string(), kind.to_string());
        if let Some((ar, caps)) = self.discovered.lock().expect("discovery cache").get(&key) {
            return Ok(Some((ar.clone(), caps.scope == Scope::Namespaced)));
        }
        let gvk = gvk_of(api_version, kind);
        match kube::discovery::pinned_kind(&self.client, &gvk).await {
            Ok((ar, caps)) => {
                let namespaced = caps.scope == Scope::Namespaced;
                self.discovered
                    .lock()
                    .expect("discovery cache")
                    .insert(key, (ar.clone(), caps));
                Ok(Some((ar, namespaced)))
            }
            Err(e) => undiscovered(api_version, kind, e),
        }
    }

    /// Looks up every kind of each API version in `versions` ([`DISCOVERY_CONCURRENCY`] at a time, one request
    /// per version) into the cache [`Cluster::resolve`] reads. Gives the versions whose lookup
    /// failed other than for a discovery answer it could not read (that one is left to
    /// `resolve`), so that the caller reports the failure where it would have met it.
    async fn discover_versions(&self, versions: Vec<String>) -> HashMap<String, kube::Error> {
        futures::stream::iter(versions)
            .map(|api_version| async move {
                let gvk = gvk_of(&api_version, "");
                let gv = kube::core::GroupVersion::gv(&gvk.group, &gvk.version);
                match kube::discovery::pinned_group(&self.client, &gv).await {
                    Ok(group) => {
                        let mut cache = self.discovered.lock().expect("discovery cache");
                        for (ar, caps) in group.versioned_resources(&gv.version) {
                            // The first resource of a kind, as a lookup of that kind finds.
                            cache
                                .entry((api_version.clone(), ar.kind.clone()))
                                .or_insert((ar, caps));
                        }
                        None
                    }
                    Err(kube::Error::Discovery(_)) => None,
                    Err(e) => Some((api_version, e)),
                }
            })
            .buffer_unordered(DISCOVERY_CONCURRENCY)
            .filter_map(|failed| async move { failed })
            .collect()
            .await
    }

    /// Builds the objects of a manifest; namespaced objects without a namespace get
    /// `default_namespace`, as Helm's builder does.
    pub async fn build(
        &self,
        manifest: &str,
        default_namespace: &str,
    ) -> Result<Vec<Resource>, ResourceError> {
        let objects = parse_manifest(manifest)?;
        // The kinds of every API version the manifest uses are looked up first, one request per
        // version (instead of one per kind); the objects are then built in order, so the first
        // object that fails gives the same error as before.
        let mut versions: Vec<String> = Vec::new();
        for o in &objects {
            let text = |p: &str| o.pointer(p).and_then(Value::as_str).unwrap_or("");
            let (api_version, kind) = (text("/apiVersion"), text("/kind"));
            let known = self
                .discovered
                .lock()
                .expect("discovery cache")
                .contains_key(&(api_version.to_string(), kind.to_string()));
            if !api_version.is_empty()
                && !kind.is_empty()
                && !known
                && !versions.iter().any(|v| v == api_version)
            {
                versions.push(api_version.to_string());
            }
        }
        let mut failed = self.discover_versions(versions).await;
        let mut out = Vec::new();
        for (index, mut object) in objects.into_iter().enumerate() {
            let field = |o: &Value, p: &str| {
                o.pointer(p)
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string()
            };
            let api_version = field(&object, "/apiVersion");
            let kind = field(&object, "/kind");
            let name = field(&object, "/metadata/name");
            if api_version.is_empty() {
                return Err(ResourceError::Missing {
                    index,
                    field: "apiVersion",
                });
            }
            if kind.is_empty() {
                return Err(ResourceError::Missing {
                    index,
                    field: "kind",
                });
            }
            let cached = self
                .discovered
                .lock()
                .expect("discovery cache")
                .contains_key(&(api_version.clone(), kind.clone()));
            let found = match failed.remove(&api_version).filter(|_| !cached) {
                Some(e) => undiscovered(&api_version, &kind, e),
                None => self.resolve(&api_version, &kind).await,
            };
            let Some((api, namespaced)) = found? else {
                return Err(ResourceError::NoMapping {
                    name,
                    namespace: field(&object, "/metadata/namespace"),
                    kind,
                    api_version,
                });
            };
            let mut namespace = String::new();
            if namespaced {
                namespace = field(&object, "/metadata/namespace");
                if namespace.is_empty() {
                    namespace = default_namespace.to_string();
                    if let Some(Value::Object(meta)) = object.get_mut("metadata") {
                        meta.insert("namespace".into(), Value::from(namespace.clone()));
                    }
                }
            }
            out.push(Resource {
                key: ResourceKey {
                    group: api.group.clone(),
                    kind,
                    namespace,
                    name,
                },
                api,
                namespaced,
                object,
            });
        }
        Ok(out)
    }

    /// The server's version (`gitVersion`) and every API version it serves, as Helm's
    /// capabilities list them (`group/version` and `group/version/Kind`), from aggregated
    /// discovery (two requests). The discovered kinds also fill the cache [`resolve`] uses.
    ///
    /// [`resolve`]: Cluster::resolve
    pub async fn server_capabilities(&self) -> Result<(String, Vec<String>), ResourceError> {
        let api_error = |what: &str, source| ResourceError::Api {
            action: "could not discover",
            what: what.to_string(),
            source: Box::new(source),
        };
        let version = self
            .client
            .apiserver_version()
            .await
            .map_err(|e| api_error("the server version", e))?;
        let discovery = kube::Discovery::new(self.client.clone())
            .run_aggregated()
            .await
            .map_err(|e| api_error("the server's API groups", e))?;
        let mut versions = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut cache = self.discovered.lock().expect("discovery cache");
        for group in discovery.groups() {
            for v in group.versions() {
                let gv = if group.name().is_empty() {
                    v.to_string()
                } else {
                    format!("{}/{v}", group.name())
                };
                if seen.insert(gv.clone()) {
                    versions.push(gv.clone());
                }
                for (ar, caps) in group.versioned_resources(v) {
                    let id = format!("{gv}/{}", ar.kind);
                    if seen.insert(id.clone()) {
                        versions.push(id);
                    }
                    cache
                        .entry((gv.clone(), ar.kind.clone()))
                        .or_insert((ar, caps));
                }
            }
        }
        Ok((version.git_version, versions))
    }

    /// Helm's `lookup` template function: the live object (or, with an empty name, the list of
    /// them) as JSON; an empty object when it does not exist.
    pub async fn lookup(
        &self,
        api_version: &str,
        kind: &str,
        namespace: &str,
        name: &str,
    ) -> Result<Value, String> {
        let Some((ar, namespaced)) = self
            .resolve(api_version, kind)
            .await
            .map_err(|e| e.to_string())?
        else {
            return Err(format!(
                "unable to get apiresource from unstructured: {api_version}, Kind={kind}"
            ));
        };
        let api: Api<DynamicObject> = if namespaced && !namespace.is_empty() {
            Api::namespaced_with(self.client.clone(), namespace, &ar)
        } else {
            Api::all_with(self.client.clone(), &ar)
        };
        if name.is_empty() {
            let list = api
                .list(&Default::default())
                .await
                .map_err(|e| api_message(&e))?;
            let mut items = Vec::new();
            for o in list.items {
                let mut v = serde_json::to_value(o).map_err(|e| e.to_string())?;
                v["apiVersion"] = Value::from(ar.api_version.clone());
                v["kind"] = Value::from(ar.kind.clone());
                items.push(v);
            }
            let mut out = Map::new();
            out.insert("apiVersion".into(), Value::from(ar.api_version.clone()));
            out.insert("items".into(), Value::Array(items));
            out.insert("kind".into(), Value::from(format!("{}List", ar.kind)));
            out.insert(
                "metadata".into(),
                serde_json::to_value(list.metadata).map_err(|e| e.to_string())?,
            );
            return Ok(Value::Object(out));
        }
        match api.get_opt(name).await {
            Ok(Some(o)) => serde_json::to_value(o).map_err(|e| e.to_string()),
            Ok(None) => Ok(Value::Object(Map::new())),
            Err(e) => Err(api_message(&e)),
        }
    }

    fn api(&self, r: &Resource) -> Api<DynamicObject> {
        if r.namespaced {
            Api::namespaced_with(self.client.clone(), &r.key.namespace, &r.api)
        } else {
            Api::all_with(self.client.clone(), &r.api)
        }
    }

    fn api_error(action: &'static str, r: &Resource, source: kube::Error) -> ResourceError {
        ResourceError::Api {
            action,
            what: r.key.to_string(),
            source: Box::new(source),
        }
    }

    /// The live object, or `None` when it does not exist.
    pub async fn get(&self, r: &Resource) -> Result<Option<Value>, ResourceError> {
        let live =
            self.api(r).get_opt(&r.key.name).await.map_err(|e| {
                Self::api_error("could not get information about the resource", r, e)
            })?;
        Ok(live.map(|o| serde_json::to_value(o).expect("objects serialize")))
    }

    /// Server-side apply with field manager `helm`.
    pub async fn apply(
        &self,
        r: &Resource,
        force_conflicts: bool,
        dry_run: bool,
    ) -> Result<Value, ResourceError> {
        let mut pp = PatchParams::apply(FIELD_MANAGER).validation_strict();
        if force_conflicts {
            pp = pp.force();
        }
        if dry_run {
            pp = pp.dry_run();
        }
        let applied = self
            .api(r)
            .patch(&r.key.name, &pp, &Patch::Apply(&r.object))
            .await
            .map_err(|e| Self::api_error("server-side apply failed for", r, e))?;
        Ok(serde_json::to_value(applied).expect("objects serialize"))
    }

    /// Creates the object (client-side apply's path for a missing object).
    pub async fn create(&self, r: &Resource) -> Result<Value, ResourceError> {
        let obj: DynamicObject =
            serde_json::from_value(r.object.clone()).map_err(|e| ResourceError::Parse {
                index: 0,
                message: e.to_string(),
            })?;
        let pp = PostParams {
            field_manager: Some(FIELD_MANAGER.into()),
            ..Default::default()
        };
        let created = self
            .api(r)
            .create(&pp, &obj)
            .await
            .map_err(|e| Self::api_error("failed to create resource", r, e))?;
        Ok(serde_json::to_value(created).expect("objects serialize"))
    }

    /// Replaces the whole object (HTTP PUT), as `--force` does in Helm 3.
    pub async fn replace(
        &self,
        r: &Resource,
        live_resource_version: Option<&str>,
    ) -> Result<Value, ResourceError> {
        let mut object = r.object.clone();
        if let (Some(rv), Some(Value::Object(meta))) =
            (live_resource_version, object.get_mut("metadata"))
        {
            meta.insert("resourceVersion".into(), Value::from(rv));
        }
        let obj: DynamicObject =
            serde_json::from_value(object).map_err(|e| ResourceError::Parse {
                index: 0,
                message: e.to_string(),
            })?;
        let pp = PostParams {
            field_manager: Some(FIELD_MANAGER.into()),
            ..Default::default()
        };
        let replaced = self
            .api(r)
            .replace(&r.key.name, &pp, &obj)
            .await
            .map_err(|e| Self::api_error("failed to replace object", r, e))?;
        Ok(serde_json::to_value(replaced).expect("objects serialize"))
    }

    /// Sends a JSON merge patch; an empty patch sends nothing.
    pub async fn merge_patch(&self, r: &Resource, patch: &Value) -> Result<(), ResourceError> {
        if patch.as_object().is_some_and(Map::is_empty) {
            return Ok(());
        }
        self.patch(r, &Patch::Merge(patch)).await
    }

    /// Sends a strategic merge patch; an empty patch sends nothing.
    pub async fn strategic_patch(&self, r: &Resource, patch: &Value) -> Result<(), ResourceError> {
        if patch.as_object().is_some_and(Map::is_empty) {
            return Ok(());
        }
        self.patch(r, &Patch::Strategic(patch)).await
    }

    /// What a patch (strategic, or a JSON merge patch) would make of the object: the server's
    /// dry-run answer, with its defaults and admission applied; nothing is written.
    pub async fn patch_dry_run(
        &self,
        r: &Resource,
        patch: &Value,
        strategic: bool,
    ) -> Result<Value, ResourceError> {
        let pp = PatchParams {
            field_manager: Some(FIELD_MANAGER.into()),
            dry_run: true,
            ..Default::default()
        };
        let result = if strategic {
            self.api(r)
                .patch(&r.key.name, &pp, &Patch::Strategic(patch))
                .await
        } else {
            self.api(r)
                .patch(&r.key.name, &pp, &Patch::Merge(patch))
                .await
        };
        let patched = result.map_err(|e| Self::api_error("cannot patch", r, e))?;
        Ok(serde_json::to_value(patched).expect("objects serialize"))
    }

    /// Sends a JSON patch (RFC 6902).
    pub async fn json_patch(&self, r: &Resource, patch: &Value) -> Result<(), ResourceError> {
        let patch: json_patch::Patch =
            serde_json::from_value(patch.clone()).map_err(|e| ResourceError::Parse {
                index: 0,
                message: e.to_string(),
            })?;
        self.patch(r, &Patch::<()>::Json(patch)).await
    }

    /// Sends a patch with field manager `helm`.
    async fn patch<P: serde::Serialize + std::fmt::Debug>(
        &self,
        r: &Resource,
        patch: &Patch<P>,
    ) -> Result<(), ResourceError> {
        let pp = PatchParams {
            field_manager: Some(FIELD_MANAGER.into()),
            ..Default::default()
        };
        self.api(r)
            .patch(&r.key.name, &pp, patch)
            .await
            .map_err(|e| Self::api_error("cannot patch", r, e))?;
        Ok(())
    }

    /// Deletes the object with background propagation. Returns whether it existed.
    pub async fn delete(&self, r: &Resource) -> Result<bool, ResourceError> {
        self.delete_with(r, PropagationPolicy::Background).await
    }

    /// Deletes the object, its dependents as `propagation` says (`--cascade`). Returns whether
    /// it existed.
    pub async fn delete_with(
        &self,
        r: &Resource,
        propagation: PropagationPolicy,
    ) -> Result<bool, ResourceError> {
        let dp = DeleteParams {
            propagation_policy: Some(propagation),
            ..Default::default()
        };
        match self.api(r).delete(&r.key.name, &dp).await {
            Ok(_) => Ok(true),
            Err(kube::Error::Api(s)) if s.code == 404 => Ok(false),
            Err(e) => Err(Self::api_error("failed to delete resource", r, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn gvk_splits_core_and_grouped_versions() {
        let core = gvk_of("v1", "Service");
        assert_eq!((core.group.as_str(), core.version.as_str()), ("", "v1"));
        let apps = gvk_of("apps/v1", "Deployment");
        assert_eq!((apps.group.as_str(), apps.version.as_str()), ("apps", "v1"));
    }

    #[test]
    fn manifest_documents_become_objects() {
        let docs = parse_manifest("---\n# Source: c/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n# only a comment\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\n").unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1]["kind"], "Service");
    }

    #[test]
    fn ownership_metadata_is_added_and_overwrites() {
        let mut o = json!({"kind": "ConfigMap", "metadata": {"name": "a", "labels": {"app.kubernetes.io/managed-by": "me", "x": "y"}}});
        set_ownership_metadata(&mut o, "rel", "ns");
        assert_eq!(
            o["metadata"]["labels"]["app.kubernetes.io/managed-by"],
            "Helm"
        );
        assert_eq!(o["metadata"]["labels"]["x"], "y");
        assert_eq!(
            o["metadata"]["annotations"]["meta.helm.sh/release-name"],
            "rel"
        );
        assert_eq!(
            o["metadata"]["annotations"]["meta.helm.sh/release-namespace"],
            "ns"
        );
    }
}
