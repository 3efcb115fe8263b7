//! The Secret and ConfigMap drivers (`pkg/storage/driver/secrets.go`, `cfgmaps.go`).
//!
//! Objects are named by the storage key, labelled `name`, `owner=helm`, `status`, `version`,
//! `createdAt`/`modifiedAt` plus custom labels, and hold `data.release` = base64(gzip(json)).

use std::borrow::Cow;
use std::collections::BTreeMap;

use base64::Engine as _;

use futures::future::BoxFuture;
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use k8s_openapi::ByteString;
use kube::api::{Api, DeleteParams, GetParams, ListParams, ObjectMeta, PostParams};
use kube::Resource;
use serde::Deserialize;

use super::{custom_labels, head_from_labels, Driver, Head, Records, StorageError};
use crate::release::{codec, DecodeError, Release, Summary, Want};

/// Which object kind holds the records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Secrets (`HELM_DRIVER=secret`, the default).
    Secret,
    /// ConfigMaps (`HELM_DRIVER=configmap`).
    ConfigMap,
}

/// Page size for lists with payloads: a page is held whole while its records are read.
const PAYLOAD_PAGE: u32 = 100;
/// The text a page of summaries may grow to: pages of small records ask for more of them
/// (a page is a round trip), pages of large ones stay at [`PAYLOAD_PAGE`] records.
const SUMMARY_PAGE_BYTES: usize = 4 << 20;
/// The most records a page of summaries asks for.
const SUMMARY_PAGE_MAX: u32 = 2000;

/// Driver over Secrets or ConfigMaps.
pub struct KubeDriver {
    client: kube::Client,
    kind: Kind,
    /// `None` lists across all namespaces.
    scope: Option<String>,
    /// Namespace for reads and writes by key.
    namespace: String,
}

/// An API error in the words of helm's driver for `kind`: the Secrets driver says what it was
/// doing (`query: failed to query with labels: …`, `list: failed to list: …`,
/// `get: failed to get "KEY": …`, `create: failed to create: …`, `update: failed to update: …`);
/// the ConfigMaps driver, and both on delete, pass the API's message on alone.
/// A denial (403, whose text names the verb, the resource and the namespace) also says what
/// the user can do, on a line of its own after helm's.
fn api_err(kind: Kind, op: &'static str, key: &str, e: kube::Error) -> StorageError {
    let mut text = match &e {
        kube::Error::Api(s) if !s.message.is_empty() => s.message.clone(),
        other => other.to_string(),
    };
    if matches!(&e, kube::Error::Api(s) if s.code == 403) {
        text.push_str("\nThe credentials in use are not allowed to do this: ask a cluster administrator for RBAC rights to that verb on that resource in that namespace (a Role and a RoleBinding), or use a kube context that has them (--kube-context).");
    }
    let doing = match op {
        "query" => "query with labels".to_string(),
        "get" => format!("get {}", gostd::strconv::quote(key)),
        other => other.to_string(),
    };
    match &e {
        kube::Error::Api(s) if s.code == 404 => StorageError::NotFound,
        kube::Error::Api(s) if s.code == 409 && op == "create" => StorageError::AlreadyExists,
        _ if kind == Kind::ConfigMap || op == "delete" => StorageError::Api(text),
        _ => StorageError::Backend {
            op,
            message: format!("failed to {doing}: {text}"),
        },
    }
}

/// Helm's name for listing records by `selector`: a `query` for one release's records (its
/// driver's `Query`), else a `list`.
fn list_op(selector: &str) -> &'static str {
    if selector.starts_with("name=") {
        "query"
    } else {
        "list"
    }
}

fn now_unix() -> String {
    jiff::Timestamp::now().as_second().to_string()
}

fn system_labels(rls: &Release, stamp: &str) -> BTreeMap<String, String> {
    let mut labels = custom_labels(&rls.labels);
    labels.insert(stamp.to_string(), now_unix());
    labels.insert("name".into(), rls.name.clone());
    labels.insert("owner".into(), "helm".into());
    labels.insert("status".into(), rls.status().to_string());
    labels.insert("version".into(), rls.version.to_string());
    labels
}

/// The stored release string of a record, or why there is none.
type Payload<'a> = Option<Result<Cow<'a, str>, String>>;

fn decode_payload<T>(
    key: &str,
    data: Payload<'_>,
    decode: impl FnOnce(&str) -> Result<T, DecodeError>,
) -> Result<T, StorageError> {
    let data = match data {
        None => {
            return Err(StorageError::Corrupt {
                key: key.to_string(),
                reason: "it has no data.release entry".to_string(),
            })
        }
        Some(Err(reason)) => {
            return Err(StorageError::Corrupt {
                key: key.to_string(),
                reason,
            })
        }
        Some(Ok(d)) => d,
    };
    decode(&data).map_err(|source| StorageError::Decode {
        key: key.to_string(),
        source,
    })
}

/// A Secret's `data.release` bytes as the release string.
fn secret_text(bytes: Vec<u8>) -> Result<Cow<'static, str>, String> {
    String::from_utf8(bytes)
        .map(Cow::Owned)
        .map_err(|_| "data.release is not text".to_string())
}

fn decode_secret(s: Secret) -> (Head, Result<Release, StorageError>) {
    let key = s.metadata.name.clone().unwrap_or_default();
    let ns = s.metadata.namespace.clone().unwrap_or_default();
    let labels = s.metadata.labels.clone().unwrap_or_default();
    let data = s
        .data
        .unwrap_or_default()
        .remove("release")
        .map(|b| secret_text(b.0));
    let r = decode_payload(&key, data, codec::decode).map(|mut r| {
        r.labels = labels.clone();
        r
    });
    (head_from_labels(&key, &ns, labels), r)
}

fn decode_configmap(c: ConfigMap) -> (Head, Result<Release, StorageError>) {
    let key = c.metadata.name.clone().unwrap_or_default();
    let ns = c.metadata.namespace.clone().unwrap_or_default();
    let labels = c.metadata.labels.clone().unwrap_or_default();
    let data = c
        .data
        .unwrap_or_default()
        .remove("release")
        .map(|d| Ok(Cow::Owned(d)));
    let r = decode_payload(&key, data, codec::decode).map(|mut r| {
        r.labels = labels.clone();
        r
    });
    (head_from_labels(&key, &ns, labels), r)
}

/// The parts of a Secret or ConfigMap that `list` and `history` need, the payload borrowed
/// from the response text (the rest of the object is skipped unread).
#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(default)]
    metadata: EnvelopeMeta,
    #[serde(borrow, default)]
    data: Option<EnvelopeData<'a>>,
}

#[derive(Default, Deserialize)]
struct EnvelopeMeta {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    namespace: Option<String>,
    #[serde(default)]
    labels: Option<BTreeMap<String, String>>,
}

#[derive(Deserialize)]
struct EnvelopeData<'a> {
    #[serde(borrow, default)]
    release: Option<Cow<'a, str>>,
}

/// One page of a list of Secrets or ConfigMaps.
#[derive(Deserialize)]
struct EnvelopePage<'a> {
    /// `null` when the list is empty.
    #[serde(borrow, default)]
    items: Option<Vec<Envelope<'a>>>,
    #[serde(default)]
    metadata: PageMeta,
}

/// A page's continue token and item count, its items skipped.
#[derive(Deserialize)]
struct PagePeek {
    #[serde(default)]
    items: Option<Vec<serde::de::IgnoredAny>>,
    #[serde(default)]
    metadata: PageMeta,
}

/// A page asked for ahead, given up when the reading stops before it is needed.
struct AbortOnDrop(tokio::task::JoinHandle<Result<Vec<u8>, StorageError>>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

#[derive(Default, Deserialize)]
struct PageMeta {
    #[serde(rename = "continue", default)]
    continue_: Option<String>,
}

/// The head of one object and its record, read by `decode`.
fn open_envelope<T>(
    kind: Kind,
    e: Envelope<'_>,
    decode: impl FnOnce(&str) -> Result<T, DecodeError>,
) -> (Head, Result<T, StorageError>) {
    let key = e.metadata.name.unwrap_or_default();
    let ns = e.metadata.namespace.unwrap_or_default();
    let labels = e.metadata.labels.unwrap_or_default();
    let data = e.data.and_then(|d| d.release).map(|text| match kind {
        Kind::ConfigMap => Ok(text),
        // A Secret's data is base64 once more (Kubernetes' encoding of bytes).
        Kind::Secret => base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .map_err(|e| format!("data.release is not valid base64: {e}"))
            .and_then(secret_text),
    });
    let r = decode_payload(&key, data, decode);
    (head_from_labels(&key, &ns, labels), r)
}

/// Reads what `list` and `history` print of one object.
fn summarize(kind: Kind, e: Envelope<'_>) -> (Head, Result<Summary, StorageError>) {
    let (head, r) = open_envelope(kind, e, codec::decode_summary);
    let r = r.map(|mut s| {
        s.labels = head.labels.clone();
        s
    });
    (head, r)
}

/// The body of an answer read into one buffer (kube's `request_text` holds it twice on the way,
/// which for a list of 50,000 heads is tens of MiB).
async fn read_body(
    body: impl futures::AsyncBufRead,
    op: &'static str,
) -> Result<Vec<u8>, StorageError> {
    use futures::AsyncReadExt as _;
    let mut body = std::pin::pin!(body);
    let mut out = Vec::new();
    body.read_to_end(&mut out)
        .await
        .map_err(|e| StorageError::Backend {
            op,
            message: format!("failed to {op}: reading the API server's answer failed: {e}"),
        })?;
    Ok(out)
}

fn envelope_err(op: &'static str, e: serde_json::Error) -> StorageError {
    StorageError::Backend {
        op,
        message: format!(
            "failed to {op}: the API server's answer is not a readable object list: {e}"
        ),
    }
}

fn request_err(op: &'static str, e: kube::core::request::Error) -> StorageError {
    StorageError::Backend {
        op,
        message: format!("failed to {op}: cannot build the request: {e}"),
    }
}

impl KubeDriver {
    /// A driver for `kind` objects through `client`, in `scope` (one namespace, or every one when `None`), writing to `namespace`.
    pub fn new(client: kube::Client, kind: Kind, scope: Option<String>, namespace: &str) -> Self {
        KubeDriver {
            client,
            kind,
            scope,
            namespace: namespace.to_string(),
        }
    }

    fn secrets(&self, ns: Option<&str>) -> Api<Secret> {
        match ns {
            Some(ns) => Api::namespaced(self.client.clone(), ns),
            None => Api::all(self.client.clone()),
        }
    }

    fn configmaps(&self, ns: Option<&str>) -> Api<ConfigMap> {
        match ns {
            Some(ns) => Api::namespaced(self.client.clone(), ns),
            None => Api::all(self.client.clone()),
        }
    }

    /// Lists heads in one request, like Helm: an unpaged list is served from the API server's
    /// cache, while each further page of a paged one is read from etcd (20 pages of 500 heads
    /// took 1.2 s where one list of 10,000 took 0.15 s). Only names, namespaces and labels are
    /// read of the answer.
    async fn list_heads(&self, selector: &str) -> Result<Vec<Head>, StorageError> {
        let mut heads = Vec::new();
        self.each_page(selector, None, |text| {
            let page: EnvelopePage<'_> = serde_json::from_slice(text)?;
            heads.extend(page.items.into_iter().flatten().map(|e| {
                let m = e.metadata;
                head_from_labels(
                    &m.name.unwrap_or_default(),
                    &m.namespace.unwrap_or_default(),
                    m.labels.unwrap_or_default(),
                )
            }));
            Ok(page.metadata.continue_)
        })
        .await?;
        Ok(heads)
    }

    /// Lists the objects matching `selector`, metadata only when `limit` is `None` (in one
    /// request unless the server pages anyway), else whole objects, `limit` on the first page
    /// and then as many as make [`SUMMARY_PAGE_BYTES`] of text at the size seen so far; hands
    /// each page's text to `read`, which returns the page's continue token.
    ///
    /// Pages of whole objects are asked for one ahead: the API server reads and sends the next
    /// page while this one is decoded (two pages are held at most).
    async fn each_page(
        &self,
        selector: &str,
        limit: Option<u32>,
        mut read: impl FnMut(&[u8]) -> Result<Option<String>, serde_json::Error>,
    ) -> Result<(), StorageError> {
        let op = list_op(selector);
        let url = self.url(self.scope.as_deref());
        let (client, kind) = (self.client.clone(), self.kind);
        let fetch = move |lp: ListParams| {
            let (client, url) = (client.clone(), url.clone());
            async move {
                let request = kube::core::Request::new(url);
                let req = match limit {
                    None => request.list_metadata(&lp),
                    Some(_) => request.list(&lp),
                }
                .map_err(|e| request_err(op, e))?;
                let body = client.request_stream(req).await;
                read_body(body.map_err(|e| api_err(kind, op, "", e))?, op).await
            }
        };
        let mut lp = ListParams::default().labels(selector);
        if let Some(l) = limit {
            lp = lp.limit(l);
        }
        let mut text = fetch(lp.clone()).await?;
        loop {
            let mut ahead = None;
            if let Some(first) = limit {
                let peek: PagePeek =
                    serde_json::from_slice(&text).map_err(|e| envelope_err(op, e))?;
                if let Some(per_item) = text.len().checked_div(peek.items.map_or(0, |i| i.len())) {
                    let fits = SUMMARY_PAGE_BYTES / per_item.max(1);
                    let next = u32::try_from(fits).unwrap_or(u32::MAX);
                    lp = lp.limit(next.clamp(first, SUMMARY_PAGE_MAX.max(first)));
                }
                if let Some(t) = peek.metadata.continue_.filter(|t| !t.is_empty()) {
                    lp = lp.continue_token(&t);
                    ahead = Some(AbortOnDrop(tokio::spawn(fetch(lp.clone()))));
                }
            }
            let token = read(&text).map_err(|e| envelope_err(op, e))?;
            text = match (ahead, token) {
                (Some(mut next), _) => match (&mut next.0).await {
                    Ok(page) => page?,
                    Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
                    Err(e) => {
                        return Err(StorageError::Backend {
                            op,
                            message: format!("failed to {op}: {e}"),
                        })
                    }
                },
                (None, Some(t)) if limit.is_none() && !t.is_empty() => {
                    lp = lp.continue_token(&t);
                    fetch(lp.clone()).await?
                }
                _ => return Ok(()),
            };
        }
    }

    /// Reads one object and decodes it; labels = all object labels.
    async fn read(&self, ns: &str, key: &str) -> Result<Release, StorageError> {
        self.read_versioned(ns, key).await.map(|(_, r)| r)
    }

    /// [`KubeDriver::read`], with the object's `resourceVersion`, which a replace can be made
    /// conditional on.
    async fn read_versioned(
        &self,
        ns: &str,
        key: &str,
    ) -> Result<(Option<String>, Release), StorageError> {
        let (version, rls) = match self.kind {
            Kind::Secret => {
                let s = self
                    .secrets(Some(ns))
                    .get(key)
                    .await
                    .map_err(|e| api_err(self.kind, "get", key, e))?;
                (s.metadata.resource_version.clone(), decode_secret(s).1)
            }
            Kind::ConfigMap => {
                let c = self
                    .configmaps(Some(ns))
                    .get(key)
                    .await
                    .map_err(|e| api_err(self.kind, "get", key, e))?;
                (c.metadata.resource_version.clone(), decode_configmap(c).1)
            }
        };
        Ok((version, rls?))
    }

    /// The API path of the object kind in namespace `ns` (all namespaces when `None`).
    fn url(&self, ns: Option<&str>) -> String {
        match self.kind {
            Kind::Secret => Secret::url_path(&(), ns),
            Kind::ConfigMap => ConfigMap::url_path(&(), ns),
        }
    }

    /// The text of one object.
    async fn get_text(&self, ns: &str, key: &str) -> Result<Vec<u8>, StorageError> {
        let req = kube::core::Request::new(self.url(Some(ns)))
            .get(key, &GetParams::default())
            .map_err(|e| request_err("get", e))?;
        let body = self.client.request_stream(req).await;
        read_body(body.map_err(|e| api_err(self.kind, "get", key, e))?, "get").await
    }

    /// Reads what `list` and `history` print of one object, straight from the response text.
    async fn read_summary(&self, ns: &str, key: &str) -> Result<Summary, StorageError> {
        let text = self.get_text(ns, key).await?;
        let envelope = serde_json::from_slice(&text).map_err(|e| envelope_err("get", e))?;
        summarize(self.kind, envelope).1
    }

    /// Reads the `want`ed parts of one object's record, straight from the response text;
    /// labels = all object labels.
    async fn read_parts(&self, ns: &str, key: &str, want: Want) -> Result<Release, StorageError> {
        if want.full() {
            return self.read(ns, key).await;
        }
        let text = self.get_text(ns, key).await?;
        let envelope = serde_json::from_slice(&text).map_err(|e| envelope_err("get", e))?;
        let (head, r) = open_envelope(self.kind, envelope, |d| codec::decode_parts(d, want));
        r.map(|mut r| {
            r.labels = head.labels;
            r
        })
    }

    /// Lists objects page by page, reading what `list` and `history` print of each while the
    /// page is held.
    async fn list_summaries(&self, selector: &str) -> Result<Records<Summary>, StorageError> {
        let mut out = Vec::new();
        self.each_page(selector, Some(PAYLOAD_PAGE), |text| {
            let page: EnvelopePage<'_> = serde_json::from_slice(text)?;
            out.extend(
                page.items
                    .into_iter()
                    .flatten()
                    .map(|e| summarize(self.kind, e)),
            );
            Ok(page.metadata.continue_)
        })
        .await?;
        Ok(out)
    }

    /// Lists whole objects (payload included) page by page.
    async fn list_records(&self, selector: &str) -> Result<Records, kube::Error> {
        let mut lp = ListParams::default().labels(selector).limit(PAYLOAD_PAGE);
        let mut out = Vec::new();
        loop {
            let token = match self.kind {
                Kind::Secret => {
                    let page = self.secrets(self.scope.as_deref()).list(&lp).await?;
                    out.extend(page.items.into_iter().map(decode_secret));
                    page.metadata.continue_
                }
                Kind::ConfigMap => {
                    let page = self.configmaps(self.scope.as_deref()).list(&lp).await?;
                    out.extend(page.items.into_iter().map(decode_configmap));
                    page.metadata.continue_
                }
            };
            match token.as_deref() {
                Some(t) if !t.is_empty() => lp = lp.continue_token(t),
                _ => break,
            }
        }
        Ok(out)
    }

    async fn write(&self, rls: &Release, create: bool) -> Result<(), StorageError> {
        let op = if create { "create" } else { "update" };
        self.send(rls, create, None)
            .await?
            .map_err(|e| api_err(self.kind, op, &rls.storage_key(), e))
    }

    /// Creates or replaces the object of `rls`; a replace at `resource_version` is refused by
    /// the API server (409) when the object changed since that version. The outer error is a
    /// record that cannot be encoded, the inner one the API server's answer.
    async fn send(
        &self,
        rls: &Release,
        create: bool,
        resource_version: Option<String>,
    ) -> Result<Result<(), kube::Error>, StorageError> {
        let op = if create { "create" } else { "update" };
        let key = rls.storage_key();
        let data = codec::encode(rls).map_err(|e| StorageError::Backend {
            op,
            message: format!("failed to encode release {:?}: {e}", rls.name),
        })?;
        let labels = system_labels(rls, if create { "createdAt" } else { "modifiedAt" });
        let meta = ObjectMeta {
            name: Some(key.clone()),
            namespace: Some(self.namespace.clone()),
            labels: Some(labels),
            resource_version,
            ..Default::default()
        };
        let pp = PostParams::default();
        Ok(match self.kind {
            Kind::Secret => {
                let obj = Secret {
                    metadata: meta,
                    type_: Some("helm.sh/release.v1".into()),
                    data: Some(BTreeMap::from([(
                        "release".to_string(),
                        ByteString(data.into_bytes()),
                    )])),
                    ..Default::default()
                };
                let api = self.secrets(Some(&self.namespace));
                if create {
                    api.create(&pp, &obj).await.map(|_| ())
                } else {
                    api.replace(&key, &pp, &obj).await.map(|_| ())
                }
            }
            Kind::ConfigMap => {
                let obj = ConfigMap {
                    metadata: meta,
                    data: Some(BTreeMap::from([("release".to_string(), data)])),
                    ..Default::default()
                };
                let api = self.configmaps(Some(&self.namespace));
                if create {
                    api.create(&pp, &obj).await.map(|_| ())
                } else {
                    api.replace(&key, &pp, &obj).await.map(|_| ())
                }
            }
        })
    }
}

impl Driver for KubeDriver {
    fn name(&self) -> &'static str {
        match self.kind {
            Kind::Secret => "Secret",
            Kind::ConfigMap => "ConfigMap",
        }
    }

    fn heads<'a>(
        &'a self,
        name: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Vec<Head>, StorageError>> {
        Box::pin(async move {
            let selector = match name {
                Some(n) => format!("name={n},owner=helm"),
                None => "owner=helm".to_string(),
            };
            self.list_heads(&selector).await
        })
    }

    fn fetch<'a>(&'a self, head: &'a Head) -> BoxFuture<'a, Result<Release, StorageError>> {
        Box::pin(self.read(&head.namespace, &head.key))
    }

    fn records<'a>(
        &'a self,
        name: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Records, StorageError>> {
        Box::pin(async move {
            let selector = match name {
                Some(n) => format!("name={n},owner=helm"),
                None => "owner=helm".to_string(),
            };
            self.list_records(&selector)
                .await
                .map_err(|e| api_err(self.kind, list_op(&selector), "", e))
        })
    }

    fn fetch_summary<'a>(&'a self, head: &'a Head) -> BoxFuture<'a, Result<Summary, StorageError>> {
        Box::pin(self.read_summary(&head.namespace, &head.key))
    }

    fn summaries<'a>(
        &'a self,
        name: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Records<Summary>, StorageError>> {
        Box::pin(async move {
            let selector = match name {
                Some(n) => format!("name={n},owner=helm"),
                None => "owner=helm".to_string(),
            };
            self.list_summaries(&selector).await
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Release, StorageError>> {
        Box::pin(self.read(&self.namespace, key))
    }

    fn fetch_parts<'a>(
        &'a self,
        head: &'a Head,
        want: Want,
    ) -> BoxFuture<'a, Result<Release, StorageError>> {
        Box::pin(self.read_parts(&head.namespace, &head.key, want))
    }

    fn get_parts<'a>(
        &'a self,
        key: &'a str,
        want: Want,
    ) -> BoxFuture<'a, Result<Release, StorageError>> {
        Box::pin(self.read_parts(&self.namespace, key, want))
    }

    fn create<'a>(&'a self, rls: &'a Release) -> BoxFuture<'a, Result<(), StorageError>> {
        Box::pin(self.write(rls, true))
    }

    fn update<'a>(&'a self, rls: &'a Release) -> BoxFuture<'a, Result<(), StorageError>> {
        Box::pin(self.write(rls, false))
    }

    fn update_if_status<'a>(
        &'a self,
        rls: &'a Release,
        expected: &'a str,
    ) -> BoxFuture<'a, Result<(), StorageError>> {
        Box::pin(async move {
            let key = rls.storage_key();
            let (version, stored) = self.read_versioned(&self.namespace, &key).await?;
            if stored.status() != expected {
                return Err(StorageError::changed(rls, stored.status()));
            }
            match self.send(rls, false, version).await? {
                Ok(()) => Ok(()),
                // Written by another client between the read and the replace.
                Err(kube::Error::Api(s)) if s.code == 409 => {
                    let now = self.read(&self.namespace, &key).await;
                    let status =
                        now.map_or_else(|_| "something else".into(), |r| r.status().to_string());
                    Err(StorageError::changed(rls, status))
                }
                Err(e) => Err(api_err(self.kind, "update", &key, e)),
            }
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Release, StorageError>> {
        Box::pin(async move {
            let rls = self.read(&self.namespace, key).await?;
            let dp = DeleteParams::default();
            let res = match self.kind {
                Kind::Secret => self
                    .secrets(Some(&self.namespace))
                    .delete(key, &dp)
                    .await
                    .map(|_| ()),
                Kind::ConfigMap => self
                    .configmaps(Some(&self.namespace))
                    .delete(key, &dp)
                    .await
                    .map(|_| ()),
            };
            res.map_err(|e| api_err(self.kind, "delete", key, e))?;
            Ok(rls)
        })
    }
}
