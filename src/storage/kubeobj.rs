//! The Secret and ConfigMap drivers (`pkg/storage/driver/secrets.go`, `cfgmaps.go`).
//!
//! Objects are named by the storage key, labelled `name`, `owner=helm`, `status`, `version`,
//! `createdAt`/`modifiedAt` plus custom labels, and hold `data.release` = base64(gzip(json)).

use std::collections::BTreeMap;

use futures::future::BoxFuture;
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use k8s_openapi::ByteString;
use kube::api::{Api, DeleteParams, ListParams, ObjectMeta, PostParams};

use super::{custom_labels, head_from_labels, Driver, Head, Records, StorageError};
use crate::release::{codec, Release};

/// Which object kind holds the records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Secret,
    ConfigMap,
}

/// Page size for metadata lists.
const PAGE: u32 = 500;

/// Driver over Secrets or ConfigMaps.
pub struct KubeDriver {
    client: kube::Client,
    kind: Kind,
    /// `None` lists across all namespaces.
    scope: Option<String>,
    /// Namespace for reads and writes by key.
    namespace: String,
}

fn api_err(op: &'static str, e: kube::Error) -> StorageError {
    let text = match &e {
        kube::Error::Api(s) if !s.message.is_empty() => s.message.clone(),
        other => other.to_string(),
    };
    match &e {
        kube::Error::Api(s) if s.code == 404 => StorageError::NotFound,
        kube::Error::Api(s) if s.code == 409 && op == "create" => StorageError::AlreadyExists,
        _ => StorageError::Backend {
            op,
            message: format!("failed to {op}: {text}"),
        },
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

fn decode_payload(
    key: &str,
    data: Option<Result<String, String>>,
    labels: BTreeMap<String, String>,
) -> Result<Release, StorageError> {
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
    let mut rls = codec::decode(&data).map_err(|source| StorageError::Decode {
        key: key.to_string(),
        source,
    })?;
    rls.labels = labels;
    Ok(rls)
}

fn decode_secret(s: Secret) -> (Head, Result<Release, StorageError>) {
    let key = s.metadata.name.clone().unwrap_or_default();
    let ns = s.metadata.namespace.clone().unwrap_or_default();
    let labels = s.metadata.labels.clone().unwrap_or_default();
    let data = s
        .data
        .unwrap_or_default()
        .remove("release")
        .map(|b| String::from_utf8(b.0).map_err(|_| "data.release is not text".to_string()));
    let r = decode_payload(&key, data, labels.clone());
    (head_from_labels(&key, &ns, labels), r)
}

fn decode_configmap(c: ConfigMap) -> (Head, Result<Release, StorageError>) {
    let key = c.metadata.name.clone().unwrap_or_default();
    let ns = c.metadata.namespace.clone().unwrap_or_default();
    let labels = c.metadata.labels.clone().unwrap_or_default();
    let data = c.data.unwrap_or_default().remove("release").map(Ok);
    let r = decode_payload(&key, data, labels.clone());
    (head_from_labels(&key, &ns, labels), r)
}

impl KubeDriver {
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

    async fn list_heads(&self, selector: &str) -> Result<Vec<Head>, kube::Error> {
        let mut lp = ListParams::default().labels(selector).limit(PAGE);
        let mut heads = Vec::new();
        loop {
            let (items, token) = match self.kind {
                Kind::Secret => {
                    let page = self
                        .secrets(self.scope.as_deref())
                        .list_metadata(&lp)
                        .await?;
                    let t = page.metadata.continue_.clone();
                    (
                        page.items
                            .into_iter()
                            .map(|o| o.metadata)
                            .collect::<Vec<_>>(),
                        t,
                    )
                }
                Kind::ConfigMap => {
                    let page = self
                        .configmaps(self.scope.as_deref())
                        .list_metadata(&lp)
                        .await?;
                    let t = page.metadata.continue_.clone();
                    (
                        page.items
                            .into_iter()
                            .map(|o| o.metadata)
                            .collect::<Vec<_>>(),
                        t,
                    )
                }
            };
            for m in items {
                let key = m.name.clone().unwrap_or_default();
                let ns = m.namespace.clone().unwrap_or_default();
                heads.push(head_from_labels(&key, &ns, m.labels.unwrap_or_default()));
            }
            match token.as_deref() {
                Some(t) if !t.is_empty() => lp = lp.continue_token(t),
                _ => break,
            }
        }
        Ok(heads)
    }

    /// Reads one object and decodes it; labels = all object labels.
    async fn read(&self, ns: &str, key: &str) -> Result<Release, StorageError> {
        match self.kind {
            Kind::Secret => {
                let s = self
                    .secrets(Some(ns))
                    .get(key)
                    .await
                    .map_err(|e| api_err("get", e))?;
                decode_secret(s).1
            }
            Kind::ConfigMap => {
                let c = self
                    .configmaps(Some(ns))
                    .get(key)
                    .await
                    .map_err(|e| api_err("get", e))?;
                decode_configmap(c).1
            }
        }
    }

    /// Lists whole objects (payload included) page by page.
    async fn list_records(&self, selector: &str) -> Result<Records, kube::Error> {
        let mut lp = ListParams::default().labels(selector).limit(PAGE);
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
            ..Default::default()
        };
        let pp = PostParams::default();
        let res = match self.kind {
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
        };
        res.map_err(|e| api_err(op, e))
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
            self.list_heads(&selector)
                .await
                .map_err(|e| api_err("list", e))
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
                .map_err(|e| api_err("list", e))
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Release, StorageError>> {
        Box::pin(self.read(&self.namespace, key))
    }

    fn create<'a>(&'a self, rls: &'a Release) -> BoxFuture<'a, Result<(), StorageError>> {
        Box::pin(self.write(rls, true))
    }

    fn update<'a>(&'a self, rls: &'a Release) -> BoxFuture<'a, Result<(), StorageError>> {
        Box::pin(self.write(rls, false))
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
            res.map_err(|e| api_err("delete", e))?;
            Ok(rls)
        })
    }
}
