//! Kubernetes client set-up the way Helm (client-go's loading rules) does it: `--kubeconfig`, else
//! the `KUBECONFIG` list (missing files skipped, first definition wins), else `~/.kube/config`,
//! else the in-cluster service account; `--kube-context` picks the context; the namespace comes
//! from `-n`, `HELM_NAMESPACE` (handled by the CLI) or the context.

pub mod apply;
pub mod live;
pub mod ownership;
pub mod resources;
pub mod retry;
pub mod strategic;
pub mod unreachable;
pub mod wait;

use std::path::{Path, PathBuf};
use std::time::Duration;

use kube::config::{KubeConfigOptions, Kubeconfig};

/// How long one API request may take before it fails.
pub const READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Errors while loading the Kubernetes configuration.
#[derive(Debug, thiserror::Error)]
pub enum KubeError {
    /// The kubeconfig file does not read.
    #[error(
        "cannot read kubeconfig {path}: {source}; check the file or pass another with --kubeconfig"
    )]
    Read {
        /// The file's path.
        path: String,
        /// Why it does not read.
        source: kube::config::KubeconfigError,
    },
    /// Helm's `stat PATH: no such file or directory` for a kubeconfig that is not there.
    #[error("kubernetes cluster unreachable: stat {0}: no such file or directory")]
    Missing(String),
    /// The kubeconfig does not give a usable connection (no context, no server, …).
    #[error("kubernetes cluster unreachable: {0}")]
    Config(String),
    /// The client could not be built from the configuration.
    #[error("kubernetes cluster unreachable: cannot create the client: {0}")]
    Client(#[from] kube::Error),
}

/// Options that select the cluster connection.
#[derive(Clone, Debug, Default)]
pub struct KubeOptions {
    /// `--kubeconfig`: the file to read instead of `$KUBECONFIG` or `~/.kube/config`.
    pub kubeconfig: Option<PathBuf>,
    /// `--kube-context`: the context to use instead of the current one.
    pub context: Option<String>,
    /// `--kube-apiserver`: overrides the cluster address.
    pub apiserver: Option<String>,
    /// `--kube-token`: bearer token.
    pub token: Option<String>,
    /// `--kube-as-user` / `--kube-as-group`: impersonation.
    pub as_user: Option<String>,
    /// The groups to impersonate (with `as_user`).
    pub as_groups: Vec<String>,
    /// `--kube-insecure-skip-tls-verify`.
    pub insecure_skip_tls_verify: bool,
    /// `--kube-tls-server-name`.
    pub tls_server_name: Option<String>,
    /// `--kube-ca-file`: the CA that signs the API server's certificate, instead of the
    /// kubeconfig's.
    pub ca_file: Option<PathBuf>,
}

fn kubeconfig_paths(opts: &KubeOptions) -> Vec<PathBuf> {
    if let Some(p) = &opts.kubeconfig {
        return vec![p.clone()];
    }
    if let Some(list) = std::env::var_os("KUBECONFIG") {
        let paths: Vec<PathBuf> = std::env::split_paths(&list)
            .filter(|p| !p.as_os_str().is_empty() && p.exists())
            .collect();
        if !paths.is_empty() || !list.is_empty() {
            return paths;
        }
    }
    std::env::var_os("HOME")
        .map(|h| Path::new(&h).join(".kube").join("config"))
        .filter(|p| p.exists())
        .into_iter()
        .collect()
}

/// Loads and merges the kubeconfig files; `None` when there are none.
pub fn load_kubeconfig(opts: &KubeOptions) -> Result<Option<Kubeconfig>, KubeError> {
    let mut merged: Option<Kubeconfig> = None;
    for path in kubeconfig_paths(opts) {
        if !path.exists() {
            return Err(KubeError::Missing(path.display().to_string()));
        }
        let kc = Kubeconfig::read_from(&path).map_err(|source| KubeError::Read {
            path: path.display().to_string(),
            source,
        })?;
        merged = Some(match merged {
            None => kc,
            Some(m) => m.merge(kc).map_err(|source| KubeError::Read {
                path: path.display().to_string(),
                source,
            })?,
        });
    }
    Ok(merged)
}

/// The namespace of the selected context, if it sets one.
pub fn context_namespace(kc: &Kubeconfig, context: Option<&str>) -> Option<String> {
    let name = context.or(kc.current_context.as_deref())?;
    kc.contexts
        .iter()
        .find(|c| c.name == name)
        .and_then(|c| c.context.as_ref())
        .and_then(|c| c.namespace.clone())
        .filter(|n| !n.is_empty())
}

/// Resolves the namespace: explicit value, else the context's, else `default`.
pub fn resolve_namespace(explicit: Option<&str>, opts: &KubeOptions) -> String {
    if let Some(ns) = explicit.filter(|n| !n.is_empty()) {
        return ns.to_string();
    }
    load_kubeconfig(opts)
        .ok()
        .flatten()
        .and_then(|kc| context_namespace(&kc, opts.context.as_deref()))
        .unwrap_or_else(|| "default".to_string())
}

/// Points the selected context's cluster at `ca` (client-go's `CAFile` override).
fn use_ca_file(kc: &mut Kubeconfig, context: Option<&str>, ca: &Path) {
    let Some(ctx_name) = context
        .or(kc.current_context.as_deref())
        .map(str::to_string)
    else {
        return;
    };
    let cluster = kc
        .contexts
        .iter()
        .find(|c| c.name == ctx_name)
        .and_then(|c| c.context.as_ref())
        .map(|c| c.cluster.clone());
    for c in &mut kc.clusters {
        if Some(&c.name) == cluster.as_ref() {
            if let Some(cl) = c.cluster.as_mut() {
                cl.certificate_authority = Some(ca.display().to_string());
                cl.certificate_authority_data = None;
            }
        }
    }
}

/// Builds a client with a read timeout that sends again what failed for a transient reason
/// and cannot have been carried out twice ([`retry`]).
pub async fn client(opts: &KubeOptions) -> Result<kube::Client, KubeError> {
    let mut cfg = config(opts).await?;
    // kube-rs's own retries would send writes again after a 503 or 504, and wait up to minutes.
    cfg.default_retry = false;
    let namespace = cfg.default_namespace.clone();
    let base = cfg.cluster_url.clone();
    let inner = kube::Client::try_from(cfg)?;
    let valid_until = *inner.valid_until();
    Ok(
        kube::Client::new(retry::Retrying::new(inner, &base), namespace)
            .with_valid_until(valid_until),
    )
}

/// The client configuration the options select.
pub async fn config(opts: &KubeOptions) -> Result<kube::Config, KubeError> {
    let mut cfg = match load_kubeconfig(opts)? {
        Some(mut kc) => {
            if let Some(name) = &opts.context {
                if !kc.contexts.iter().any(|c| &c.name == name) {
                    return Err(KubeError::Config(format!("context {name:?} does not exist")));
                }
            }
            if let Some(ca) = &opts.ca_file {
                use_ca_file(&mut kc, opts.context.as_deref(), ca);
            }
            let kopts = KubeConfigOptions {
                context: opts.context.clone(),
                cluster: None,
                user: None,
            };
            kube::Config::from_custom_kubeconfig(kc, &kopts)
                .await
                .map_err(|e| KubeError::Config(e.to_string()))?
        }
        None => match &opts.apiserver {
            Some(url) => kube::Config::new(url.parse().map_err(|e| {
                KubeError::Config(format!("invalid --kube-apiserver {url:?}: {e}"))
            })?),
            None => kube::Config::incluster().map_err(|e| {
                KubeError::Config(format!(
                    "no kubeconfig found and not running in a cluster ({e}); set KUBECONFIG or pass --kubeconfig"
                ))
            })?,
        },
    };
    if let Some(url) = &opts.apiserver {
        cfg.cluster_url = url
            .parse()
            .map_err(|e| KubeError::Config(format!("invalid --kube-apiserver {url:?}: {e}")))?;
    }
    if let Some(token) = &opts.token {
        cfg.auth_info.token = Some(token.clone().into());
        cfg.auth_info.token_file = None;
    }
    if let Some(user) = &opts.as_user {
        cfg.auth_info.impersonate = Some(user.clone());
    }
    if !opts.as_groups.is_empty() {
        cfg.auth_info.impersonate_groups = Some(opts.as_groups.clone());
    }
    if opts.insecure_skip_tls_verify {
        cfg.accept_invalid_certs = true;
    }
    if let Some(name) = &opts.tls_server_name {
        cfg.tls_server_name = Some(name.clone());
    }
    cfg.read_timeout = Some(READ_TIMEOUT);
    cfg.connect_timeout = Some(Duration::from_secs(10));
    Ok(cfg)
}
