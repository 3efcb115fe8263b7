//! `rhelm env`: Helm's environment variables and the values rhelm uses for them, and the
//! directories of Helm's `helmpath` (rhelm reads and writes the same files as helm).

use std::path::{Path, PathBuf};

use clap::Args;

use super::{out, Ctx};

#[derive(Debug, Args)]
pub struct EnvArgs {
    /// print only this variable's value
    #[arg(value_name = "NAME")]
    args: Vec<String>,
}

/// Helm's configuration, cache and data paths.
pub struct HelmPaths {
    pub cache_home: String,
    pub config_home: String,
    pub data_home: String,
    pub plugins: String,
    pub registry_config: String,
    pub repository_config: String,
    pub repository_cache: String,
    pub content_cache: String,
}

/// Go's `filepath.Join`: joined and cleaned (`a//b/` is `a/b`).
fn join(base: &str, elems: &[&str]) -> String {
    let mut p = PathBuf::from(base);
    for e in elems {
        p.push(e);
    }
    let s = p.to_string_lossy().into_owned();
    let mut cleaned = String::new();
    for (i, part) in s.split('/').enumerate() {
        if part.is_empty() && i > 0 {
            continue;
        }
        if i > 0 {
            cleaned.push('/');
        }
        cleaned.push_str(part);
    }
    if cleaned.is_empty() {
        "/".into()
    } else {
        cleaned.trim_end_matches('/').to_string()
    }
}

/// helmpath's lookup: `HELM_*_HOME`, else `XDG_*_HOME`/helm, else the default under `$HOME`.
fn helm_home(helm_var: &str, xdg_var: &str, default: &str, elems: &[&str]) -> String {
    if let Some(base) = std::env::var(helm_var).ok().filter(|b| !b.is_empty()) {
        return join(&base, elems);
    }
    let base = std::env::var(xdg_var)
        .ok()
        .filter(|b| !b.is_empty())
        .unwrap_or_else(|| {
            let home = std::env::var("HOME").unwrap_or_default();
            Path::new(&home)
                .join(default)
                .to_string_lossy()
                .into_owned()
        });
    let mut all = vec!["helm"];
    all.extend_from_slice(elems);
    join(&base, &all)
}

fn env_or(name: &str, default: String) -> String {
    std::env::var(name).unwrap_or(default)
}

/// The paths helm would use here.
pub fn paths() -> HelmPaths {
    let cache = |e: &[&str]| helm_home("HELM_CACHE_HOME", "XDG_CACHE_HOME", ".cache", e);
    let config = |e: &[&str]| helm_home("HELM_CONFIG_HOME", "XDG_CONFIG_HOME", ".config", e);
    let data = |e: &[&str]| helm_home("HELM_DATA_HOME", "XDG_DATA_HOME", ".local/share", e);
    HelmPaths {
        cache_home: cache(&[]),
        config_home: config(&[]),
        data_home: data(&[]),
        plugins: env_or("HELM_PLUGINS", data(&["plugins"])),
        registry_config: env_or("HELM_REGISTRY_CONFIG", config(&["registry", "config.json"])),
        repository_config: env_or("HELM_REPOSITORY_CONFIG", config(&["repositories.yaml"])),
        repository_cache: env_or("HELM_REPOSITORY_CACHE", cache(&["repository"])),
        content_cache: env_or("HELM_CONTENT_CACHE", cache(&["content"])),
    }
}

/// The registry credentials file: `--registry-config`, else `HELM_REGISTRY_CONFIG`, else
/// `<config>/registry/config.json`.
pub fn registry_config(g: &super::Global) -> PathBuf {
    PathBuf::from(
        g.registry_config
            .clone()
            .unwrap_or_else(|| paths().registry_config),
    )
}

/// Helm's `EnvVars`, with the values this run of rhelm uses.
pub fn vars(ctx: &Ctx) -> Vec<(String, String)> {
    let g = &ctx.global;
    let p = paths();
    let s = |o: &Option<String>| o.clone().unwrap_or_default();
    let max_history = super::flags::env_max_history();
    let mut v: Vec<(String, String)> = [
        ("HELM_BIN", std::env::args().next().unwrap_or_default()),
        ("HELM_CACHE_HOME", p.cache_home),
        ("HELM_CONFIG_HOME", p.config_home),
        ("HELM_DATA_HOME", p.data_home),
        ("HELM_DEBUG", g.debug().to_string()),
        ("HELM_PLUGINS", p.plugins),
        (
            "HELM_REGISTRY_CONFIG",
            registry_config(g).display().to_string(),
        ),
        (
            "HELM_REPOSITORY_CACHE",
            g.repo_paths
                .repository_cache
                .as_ref()
                .map_or(p.repository_cache, |c| c.display().to_string()),
        ),
        (
            "HELM_CONTENT_CACHE",
            g.content_cache.clone().unwrap_or(p.content_cache),
        ),
        (
            "HELM_REPOSITORY_CONFIG",
            g.repo_paths
                .repository_config
                .as_ref()
                .map_or(p.repository_config, |c| c.display().to_string()),
        ),
        ("HELM_NAMESPACE", ctx.namespace()),
        ("HELM_MAX_HISTORY", max_history.to_string()),
        ("HELM_BURST_LIMIT", g.burst_limit().to_string()),
        ("HELM_QPS", format!("{:.2}", g.qps())),
        ("HELM_KUBECONTEXT", s(&g.kube_context)),
        ("HELM_KUBETOKEN", s(&g.kube_token)),
        ("HELM_KUBEASUSER", s(&g.kube_as_user)),
        ("HELM_KUBEASGROUPS", g.kube_as_group().join(",")),
        ("HELM_KUBEAPISERVER", s(&g.kube_apiserver)),
        (
            "HELM_KUBECAFILE",
            g.kube_ca_file
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
        (
            "HELM_KUBEINSECURE_SKIP_TLS_VERIFY",
            g.kube_insecure_skip_tls_verify().to_string(),
        ),
        ("HELM_KUBETLS_SERVER_NAME", s(&g.kube_tls_server_name)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    // Helm sets KUBECONFIG only from the --kubeconfig flag.
    if let Some(k) = &g.kubeconfig {
        v.push(("KUBECONFIG".into(), k.display().to_string()));
    }
    v.sort();
    v
}

pub fn run(ctx: &Ctx, a: EnvArgs) -> anyhow::Result<()> {
    if a.args.len() > 1 {
        anyhow::bail!("\"rhelm env\" accepts at most 1 argument\n\nUsage:  rhelm env [flags]");
    }
    let vars = vars(ctx);
    let text = match a.args.first() {
        Some(name) => {
            let v = vars
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str());
            format!("{}\n", v.unwrap_or(""))
        }
        None => vars.iter().map(|(k, v)| format!("{k}=\"{v}\"\n")).collect(),
    };
    out(text.as_bytes())
}
