//! A private helm home (config, cache, data, content cache and Docker credentials under one
//! temporary folder) in which helm and rhelm run side by side in one test.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::Run;

/// A temporary helm home; the folder is removed when the value is dropped.
pub struct HelmHome {
    dir: tempfile::TempDir,
}

impl HelmHome {
    /// A fresh, empty home.
    pub fn new() -> HelmHome {
        HelmHome {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// `rel` under the home.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Runs `bin` with `args` in the home, with the helm folders under it: configuration in
    /// `config`, the content cache in `content` (one per tool keeps each tool's downloads its
    /// own), no repository, registry or namespace settings from the caller's environment, and
    /// times in UTC.
    pub fn run(
        &self,
        bin: &Path,
        content: &str,
        config: &str,
        args: &[&str],
        stdin: Option<&str>,
    ) -> Run {
        let mut c = self.command(bin, content, config, args);
        let label = format!("{} {}", bin.display(), args.join(" "));
        Run::piped(&mut c, stdin, &label)
    }

    /// The command [`HelmHome::run`] runs, for a test that sets more of its environment.
    pub fn command(&self, bin: &Path, content: &str, config: &str, args: &[&str]) -> Command {
        let mut c = Command::new(bin);
        c.current_dir(self.dir.path())
            .env("HELM_CONFIG_HOME", self.path(config))
            .env("HELM_CACHE_HOME", self.path("cache"))
            .env("HELM_DATA_HOME", self.path("data"))
            .env("HELM_CONTENT_CACHE", self.path(content))
            .env("DOCKER_CONFIG", self.path("docker"))
            .env_remove("HELM_REGISTRY_CONFIG")
            .env_remove("HELM_REPOSITORY_CONFIG")
            .env_remove("HELM_REPOSITORY_CACHE")
            .env_remove("HELM_NAMESPACE")
            .env("TZ", "UTC")
            .args(args);
        c
    }
}
