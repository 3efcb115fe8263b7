//! Where Helm keeps its configuration and caches (`pkg/helmpath`, `pkg/cli/environment.go`):
//! `HELM_{CONFIG,CACHE}_HOME` as given, else `XDG_{CONFIG,CACHE}_HOME/helm`, else
//! `~/.config/helm` and `~/.cache/helm`; the repository files below them unless
//! `HELM_REPOSITORY_CONFIG`, `HELM_REPOSITORY_CACHE` or `HELM_CONTENT_CACHE` say otherwise.

use std::path::PathBuf;

/// The files and folders repository commands use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelmPaths {
    /// `repositories.yaml`.
    pub repository_config: PathBuf,
    /// Where `<name>-index.yaml` and `<name>-charts.txt` live.
    pub repository_cache: PathBuf,
    /// Helm 4's digest-keyed cache of downloaded charts.
    pub content_cache: PathBuf,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default()
}

fn base(helm_var: &str, xdg_var: &str, default: &str) -> PathBuf {
    if let Some(p) = env(helm_var) {
        return PathBuf::from(p);
    }
    match env(xdg_var).filter(|p| !p.is_empty()) {
        Some(p) => PathBuf::from(p).join("helm"),
        None => home().join(default).join("helm"),
    }
}

impl HelmPaths {
    /// The paths from the environment, with the `--repository-config`/`--repository-cache`
    /// flags (when given) taking precedence as in Helm.
    pub fn from_env(repository_config: Option<PathBuf>, repository_cache: Option<PathBuf>) -> Self {
        let config = base("HELM_CONFIG_HOME", "XDG_CONFIG_HOME", ".config");
        let cache = base("HELM_CACHE_HOME", "XDG_CACHE_HOME", ".cache");
        HelmPaths {
            repository_config: repository_config.unwrap_or_else(|| {
                env("HELM_REPOSITORY_CONFIG")
                    .map(PathBuf::from)
                    .unwrap_or_else(|| config.join("repositories.yaml"))
            }),
            repository_cache: repository_cache.unwrap_or_else(|| {
                env("HELM_REPOSITORY_CACHE")
                    .map(PathBuf::from)
                    .unwrap_or_else(|| cache.join("repository"))
            }),
            content_cache: env("HELM_CONTENT_CACHE")
                .map(PathBuf::from)
                .unwrap_or_else(|| cache.join("content")),
        }
    }

    /// `<cache>/<name>-index.yaml`.
    pub fn index_file(&self, repo: &str) -> PathBuf {
        self.repository_cache.join(format!("{repo}-index.yaml"))
    }

    /// `<cache>/<name>-charts.txt`.
    pub fn charts_file(&self, repo: &str) -> PathBuf {
        self.repository_cache.join(format!("{repo}-charts.txt"))
    }
}
