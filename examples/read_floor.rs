//! The floor of the read path, for `bench/read_path.sh`: the bytes a read command must move,
//! fetched over the same HTTP stack rhelm uses (kube's client) and never decoded.
//!
//! usage: read_floor list | history NAME NAMESPACE | last NAME NAMESPACE | get NAME NAMESPACE REVISION
//!   list     one metadata-only LIST of every release Secret (all namespaces), then a GET of the
//!            newest record of each release (by its labels), 16 in flight; only the labels of
//!            the metadata list are read, the records' bytes are counted and dropped
//!   history  one LIST of the release's Secrets, payloads included
//!   last     one metadata-only LIST of the release's Secrets, then a GET of its newest record
//!            (by its labels): what `get values` or `status` without `--revision` must fetch
//!   get      one GET of one record
//! Prints the number of bytes read to stderr. Uses $KUBECONFIG like rhelm.

use std::collections::HashMap;

use futures::{AsyncReadExt as _, StreamExt as _};
use k8s_openapi::api::core::v1::Secret;
use kube::api::{GetParams, ListParams};
use kube::core::Request;
use kube::Resource;
use serde::Deserialize;

#[derive(Deserialize)]
struct MetaList {
    items: Option<Vec<MetaItem>>,
}

#[derive(Deserialize)]
struct MetaItem {
    metadata: Meta,
}

#[derive(Deserialize)]
struct Meta {
    name: String,
    namespace: String,
    #[serde(default)]
    labels: HashMap<String, String>,
}

/// Sends a request and reads the whole answer into a buffer.
async fn fetch(client: &kube::Client, req: http::Request<Vec<u8>>) -> anyhow::Result<Vec<u8>> {
    let body = client.request_stream(req).await?;
    let mut body = std::pin::pin!(body);
    let mut out = Vec::new();
    body.read_to_end(&mut out).await?;
    Ok(out)
}

/// One metadata-only LIST of the release Secrets `selector` picks (in `ns`, or all namespaces):
/// its size in bytes, and the (namespace, key) of the newest record of each release by labels.
async fn newest_keys(
    client: &kube::Client,
    ns: Option<&str>,
    selector: &str,
) -> anyhow::Result<(usize, Vec<(String, String)>)> {
    let req = Request::new(Secret::url_path(&(), ns))
        .list_metadata(&ListParams::default().labels(selector))?;
    let text = fetch(client, req).await?;
    let page: MetaList = serde_json::from_slice(&text)?;
    let mut newest: HashMap<(String, String), (i64, String)> = HashMap::new();
    for m in page.items.into_iter().flatten().map(|i| i.metadata) {
        let v = m
            .labels
            .get("version")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let k = (
            m.namespace,
            m.labels.get("name").cloned().unwrap_or_default(),
        );
        if newest.get(&k).is_none_or(|(cur, _)| *cur < v) {
            newest.insert(k, (v, m.name));
        }
    }
    let keys = newest
        .into_iter()
        .map(|((ns, _), (_, key))| (ns, key))
        .collect();
    Ok((text.len(), keys))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let client = kube::Client::try_default().await?;
    let path = |ns: Option<&str>| Secret::url_path(&(), ns);
    let bytes = match args.first().map(String::as_str) {
        Some("list") => {
            let (listed, newest) = newest_keys(&client, None, "owner=helm").await?;
            let gets = newest.into_iter().map(|(ns, key)| {
                let client = client.clone();
                let req = Request::new(path(Some(&ns))).get(&key, &GetParams::default());
                async move { fetch(&client, req?).await.map(|b| b.len()) }
            });
            let sizes: Vec<anyhow::Result<usize>> = futures::stream::iter(gets)
                .buffer_unordered(16)
                .collect()
                .await;
            let mut total = listed;
            for s in sizes {
                total += s?;
            }
            total
        }
        Some("last") if args.len() == 3 => {
            let selector = format!("name={},owner=helm", args[1]);
            let (listed, newest) = newest_keys(&client, Some(&args[2]), &selector).await?;
            let Some((ns, key)) = newest.into_iter().next() else {
                anyhow::bail!("release {:?} has no records in {:?}", args[1], args[2]);
            };
            let req = Request::new(path(Some(&ns))).get(&key, &GetParams::default())?;
            listed + fetch(&client, req).await?.len()
        }
        Some("history") if args.len() == 3 => {
            let lp = ListParams::default().labels(&format!("name={},owner=helm", args[1]));
            let req = Request::new(path(Some(&args[2]))).list(&lp)?;
            fetch(&client, req).await?.len()
        }
        Some("get") if args.len() == 4 => {
            let key = format!("sh.helm.release.v1.{}.v{}", args[1], args[3]);
            let req = Request::new(path(Some(&args[2]))).get(&key, &GetParams::default())?;
            fetch(&client, req).await?.len()
        }
        _ => anyhow::bail!(
            "usage: read_floor list | history NAME NAMESPACE | last NAME NAMESPACE | get NAME NAMESPACE REVISION"
        ),
    };
    eprintln!("{bytes} bytes");
    Ok(())
}
