//! The memory driver (`pkg/storage/driver/memory.go`): records live in this process only. With
//! `HELM_DRIVER=memory` the CLI pre-loads them from the colon-separated YAML files named by
//! `HELM_MEMORY_DRIVER_DATA` (each a YAML list of releases), like Helm's `loadReleasesInMemory`.

use std::collections::BTreeMap;
use std::sync::Mutex;

use futures::future::BoxFuture;

use super::{parse_key, record_namespace, Driver, Head, StorageError};
use crate::release::{codec, storage_key, Release};

/// In-memory records keyed by (namespace, storage key).
pub struct MemoryDriver {
    records: Mutex<BTreeMap<(String, String), Release>>,
    scope: Option<String>,
    namespace: String,
}

impl MemoryDriver {
    /// An empty store; `scope` `None` sees every namespace.
    pub fn new(scope: Option<String>, namespace: &str) -> MemoryDriver {
        MemoryDriver {
            records: Mutex::new(BTreeMap::new()),
            scope,
            namespace: namespace.to_string(),
        }
    }

    /// A store pre-loaded from YAML files (the CLI passes `HELM_MEMORY_DRIVER_DATA` split at
    /// `:`; like Helm, an empty name is an unreadable file).
    pub fn load(
        scope: Option<String>,
        namespace: &str,
        files: &[String],
    ) -> Result<MemoryDriver, StorageError> {
        let d = MemoryDriver::new(scope, namespace);
        for path in files {
            let text = std::fs::read_to_string(path).map_err(|e| {
                StorageError::Config(format!(
                    "Unable to read memory driver data {path:?}: {e}; set HELM_MEMORY_DRIVER_DATA to colon-separated YAML files"
                ))
            })?;
            d.load_yaml(&text).map_err(|e| {
                StorageError::Config(format!("Unable to read memory driver data {path:?}: {e}"))
            })?;
        }
        Ok(d)
    }

    /// Adds the releases of a YAML list.
    pub fn load_yaml(&self, text: &str) -> Result<(), String> {
        let value = goyaml::from_str(text).map_err(|e| e.to_string())?;
        let items = match value {
            serde_json::Value::Null => Vec::new(),
            serde_json::Value::Array(items) => items,
            _ => return Err("the file is not a YAML list of releases".to_string()),
        };
        for item in items {
            let rls = codec::from_value(item).map_err(|e| e.to_string())?;
            self.insert(rls).map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// Adds one release (`AlreadyExists` if its key is taken).
    pub fn insert(&self, rls: Release) -> Result<(), StorageError> {
        let k = (record_namespace(&rls), rls.storage_key());
        let mut recs = self.records.lock().unwrap_or_else(|p| p.into_inner());
        if recs.contains_key(&k) {
            return Err(StorageError::AlreadyExists);
        }
        recs.insert(k, rls);
        Ok(())
    }

    fn in_scope(&self, ns: &str) -> bool {
        self.scope.as_deref().is_none_or(|s| s == ns)
    }
}

impl Driver for MemoryDriver {
    fn name(&self) -> &'static str {
        "Memory"
    }

    fn heads<'a>(
        &'a self,
        name: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Vec<Head>, StorageError>> {
        Box::pin(async move {
            let recs = self.records.lock().unwrap_or_else(|p| p.into_inner());
            let mut heads: Vec<Head> = recs
                .iter()
                .filter(|((ns, _), r)| self.in_scope(ns) && name.is_none_or(|n| r.name == n))
                .map(|((ns, key), r)| Head {
                    key: key.clone(),
                    name: r.name.clone(),
                    namespace: ns.clone(),
                    version: r.version,
                    status: r.status().to_string(),
                    labels: r.labels.clone(),
                    labelled: true,
                })
                .collect();
            // Helm's memory driver keeps each release's records in revision order (the Secret
            // and ConfigMap drivers list them in key order, `v1, v10, v2`); `list` keeps that
            // order for records of one name.
            heads.sort_by(|a, b| {
                (&a.namespace, &a.name, a.version).cmp(&(&b.namespace, &b.name, b.version))
            });
            Ok(heads)
        })
    }

    fn fetch<'a>(&'a self, head: &'a Head) -> BoxFuture<'a, Result<Release, StorageError>> {
        Box::pin(async move {
            let recs = self.records.lock().unwrap_or_else(|p| p.into_inner());
            recs.get(&(head.namespace.clone(), head.key.clone()))
                .cloned()
                .ok_or(StorageError::NotFound)
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Release, StorageError>> {
        Box::pin(async move {
            if parse_key(key).is_none() {
                return Err(StorageError::InvalidKey);
            }
            let recs = self.records.lock().unwrap_or_else(|p| p.into_inner());
            recs.get(&(self.namespace.clone(), key.to_string()))
                .cloned()
                .ok_or(StorageError::NotFound)
        })
    }

    fn create<'a>(&'a self, rls: &'a Release) -> BoxFuture<'a, Result<(), StorageError>> {
        Box::pin(async move { self.insert(rls.clone()) })
    }

    fn update<'a>(&'a self, rls: &'a Release) -> BoxFuture<'a, Result<(), StorageError>> {
        Box::pin(async move {
            let k = (record_namespace(rls), storage_key(&rls.name, rls.version));
            let mut recs = self.records.lock().unwrap_or_else(|p| p.into_inner());
            match recs.get_mut(&k) {
                Some(r) => {
                    *r = rls.clone();
                    Ok(())
                }
                None => Err(StorageError::NotFound),
            }
        })
    }

    fn update_if_status<'a>(
        &'a self,
        rls: &'a Release,
        expected: &'a str,
    ) -> BoxFuture<'a, Result<(), StorageError>> {
        Box::pin(async move {
            let k = (record_namespace(rls), storage_key(&rls.name, rls.version));
            let mut recs = self.records.lock().unwrap_or_else(|p| p.into_inner());
            match recs.get_mut(&k) {
                Some(r) if r.status() == expected => {
                    *r = rls.clone();
                    Ok(())
                }
                Some(r) => Err(StorageError::changed(rls, r.status())),
                None => Err(StorageError::NotFound),
            }
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Release, StorageError>> {
        Box::pin(async move {
            let mut recs = self.records.lock().unwrap_or_else(|p| p.into_inner());
            recs.remove(&(self.namespace.clone(), key.to_string()))
                .ok_or(StorageError::NotFound)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::Storage;

    fn rel(name: &str, ns: &str, v: i64, status: &str) -> Release {
        codec::from_value(serde_json::json!({
            "name": name, "namespace": ns, "version": v,
            "info": {"status": status, "last_deployed": "2016-01-16T00:00:00Z"}
        }))
        .unwrap()
    }

    #[tokio::test]
    async fn history_last_and_latest() {
        let d = MemoryDriver::new(Some("default".into()), "default");
        for v in 1..=4 {
            d.insert(rel(
                "a",
                "default",
                v,
                if v == 4 { "deployed" } else { "superseded" },
            ))
            .unwrap();
        }
        d.insert(rel("b", "default", 1, "failed")).unwrap();
        d.insert(rel("c", "other", 1, "deployed")).unwrap();
        let s = Storage::new(Box::new(d));
        let h = s.history("a", Some(2)).await.unwrap();
        let mut vs: Vec<i64> = h.releases.iter().map(|r| r.version).collect();
        vs.sort();
        assert_eq!(vs, vec![3, 4]);
        assert_eq!(s.last("a").await.unwrap().0.version, 4);
        assert!(matches!(
            s.history("zzz", None).await,
            Err(StorageError::NotFound)
        ));
        let mut latest: Vec<(String, i64)> = s
            .list_latest()
            .await
            .unwrap()
            .releases
            .into_iter()
            .map(|r| (r.name, r.version))
            .collect();
        latest.sort();
        assert_eq!(latest, vec![("a".into(), 4), ("b".into(), 1)]);
        assert_eq!(s.get("a", 2).await.unwrap().version, 2);
        assert!(matches!(s.get("a", 9).await, Err(StorageError::NotFound)));
    }
}
