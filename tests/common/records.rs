//! Planting hand-made release records (`sh.helm.release.v1.NAME.vN` Secrets) in a namespace,
//! for tests of damaged and hostile records.

use std::collections::BTreeMap;
use std::io::Write;

use base64::Engine as _;
use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::ByteString;
use kube::api::{Api, ObjectMeta, PostParams};

/// gzip of `data` at the default level.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(data).unwrap();
    gz.finish().unwrap()
}

/// Standard base64 of `data`.
pub fn b64(data: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(data)
}

/// One record to plant.
#[derive(Clone, Debug)]
pub struct Record {
    /// The Secret's name; `sh.helm.release.v1.NAME.vVERSION` by default.
    pub key: Option<String>,
    pub name: String,
    pub version: u32,
    /// Labels put on the Secret; `name`, `owner=helm`, `status=deployed` and `version` unless
    /// given here.
    pub labels: BTreeMap<String, String>,
    /// The `release` data (Helm's base64 text), or `None` for a Secret without that key.
    pub data: Option<String>,
}

impl Record {
    pub fn new(name: &str, version: u32, data: Option<String>) -> Record {
        Record {
            key: None,
            name: name.to_string(),
            version,
            labels: BTreeMap::new(),
            data,
        }
    }

    /// The Secret's name.
    pub fn key(&self) -> String {
        self.key
            .clone()
            .unwrap_or_else(|| format!("sh.helm.release.v1.{}.v{}", self.name, self.version))
    }
}

/// Creates the record's Secret in `api`'s namespace.
pub async fn plant(api: &Api<Secret>, rec: &Record) {
    let mut labels: BTreeMap<String, String> = [
        ("name", rec.name.clone()),
        ("owner", "helm".to_string()),
        ("status", "deployed".to_string()),
        ("version", rec.version.to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    labels.extend(rec.labels.clone());
    let mut map = BTreeMap::new();
    match &rec.data {
        Some(d) => map.insert("release".to_string(), ByteString(d.clone().into_bytes())),
        None => map.insert("other".to_string(), ByteString(b"x".to_vec())),
    };
    let secret = Secret {
        metadata: ObjectMeta {
            name: Some(rec.key()),
            labels: Some(labels),
            ..Default::default()
        },
        type_: Some("helm.sh/release.v1".into()),
        data: Some(map),
        ..Default::default()
    };
    api.create(&PostParams::default(), &secret)
        .await
        .unwrap_or_else(|e| panic!("cannot plant {}: {e}", rec.key()));
}

/// The `release` data of a Secret now, or `None` when it is gone or has no such key.
pub async fn data_of(api: &Api<Secret>, key: &str) -> Option<Vec<u8>> {
    let s = api.get_opt(key).await.ok()??;
    s.data?.get("release").map(|b| b.0.clone())
}
