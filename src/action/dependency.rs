//! `dependency list|update|build`: a chart's `charts/` folder brought in line with the
//! dependencies its `Chart.yaml` declares (Helm's `action.Dependency` and
//! `downloader.Manager`). Versions are resolved against the cached indexes of configured
//! repositories (`@name`/`alias:name`, or a URL equal to a configured one), of unmanaged
//! repositories named by URL (cached as `helm-manager-<sha256 of the URL>`), and `file://`
//! folders; `Chart.lock` records the result, and `build` reproduces it.
//!
//! Nothing here prints: the lines Helm prints go through the caller's [`Output`] sink as they
//! happen, so a long download is visible while it runs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::chart::lock;
use crate::chart::metadata::{Dependency, Lock, API_VERSION_V1};
use crate::chart::repo::config::{Entry, RepoFile};
use crate::chart::repo::index::IndexFile;
use crate::chart::repo::locate::{self, ChartOptions, PullOptions};
use crate::chart::repo::oci;
use crate::chart::repo::refresh::refresh_indexes;
use crate::chart::repo::url::resolve_reference;
use crate::chart::repo::{sha256_hex, HelmPaths, RepoError};
use crate::chart::semver::{Constraints, Version};
use crate::chart::{loader, Chart, ChartError};

/// What the dependency commands print: stdout text (Helm's `Manager.Out`, exact, with its own
/// newlines) or a log line for stderr.
pub enum Output {
    /// Text for stdout, exactly as Helm prints it.
    Stdout(String),
    /// A log line for stderr.
    Log(String),
}

/// Options of `dependency update|build` (and of `--dependency-update`).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--skip-refresh`: use the cached indexes as they are.
    pub skip_refresh: bool,
    /// `--debug`: Helm's extra lines (`Archiving …`, `Repository from local path: …`).
    pub debug: bool,
    /// How to reach `oci://` repositories (Helm's registry client of the command), and the
    /// provenance check of downloads (`--verify`, `--keyring`); the version is not read.
    pub chart: ChartOptions,
}

/// Index downloads of the dependency manager have no deadline in Helm; this one is generous.
const REFRESH_TIMEOUT: Duration = Duration::from_secs(120);

/// A failed dependency operation, with Helm's text.
#[derive(Debug, thiserror::Error)]
pub enum DependencyError {
    /// The chart could not be loaded.
    #[error(transparent)]
    Chart(#[from] ChartError),
    /// A repository could not be read or reached.
    #[error(transparent)]
    Repo(#[from] RepoError),
    /// The lock file could not be written.
    #[error(transparent)]
    Lock(#[from] lock::WriteError),
    /// A local dependency could not be packaged.
    #[error(transparent)]
    Package(#[from] crate::chart::package::PackageError),
    /// Lock-file repositories that match no configured repository (`dependency build`).
    #[error("no repository definition for {}. Please add the missing repos via 'helm repo add'", .0.join(", "))]
    RepoNotFound(Vec<String>),
    /// Any other failure, in Helm's words.
    #[error("{0}")]
    Msg(String),
}

fn msg(s: impl Into<String>) -> DependencyError {
    DependencyError::Msg(s.into())
}

// ---------------------------------------------------------------------------------------------
// list

/// One row of `dependency list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRow {
    /// The dependency's name.
    pub name: String,
    /// The version range it asks for.
    pub version: String,
    /// Its repository.
    pub repository: String,
    /// `ok`, `missing`, `wrong version`, … as Helm reports it.
    pub status: String,
}

/// What `dependency list` prints: `None` rows when `Chart.yaml` declares no dependencies
/// (Helm's `WARNING: no dependencies at …`), and warnings about files in `charts/`.
#[derive(Debug, Clone, Default)]
pub struct ListReport {
    /// One row per declared dependency.
    pub rows: Option<Vec<ListRow>>,
    /// The chart's `charts/` folder.
    pub charts_dir: PathBuf,
    /// Warnings about files in `charts/`.
    pub warnings: Vec<String>,
    /// The loader's log lines (symbolic links followed), for stderr.
    pub load_log: Vec<String>,
}

/// `dependency list`: each declared dependency and whether `charts/` satisfies it.
pub fn list(chart_path: &Path) -> Result<ListReport, DependencyError> {
    let chart = load_v2(chart_path)?;
    // Go's filepath.Join cleans (`./charts` is `charts`).
    let charts_dir = PathBuf::from(crate::chart::archive::clean_path(
        &chart_path.join("charts").to_string_lossy(),
    ));
    let Some(deps) = chart.metadata.dependencies.as_ref() else {
        return Ok(ListReport {
            rows: None,
            charts_dir,
            warnings: Vec::new(),
            load_log: chart.load_warnings.clone(),
        });
    };
    let rows = deps
        .iter()
        .map(|d| ListRow {
            name: d.name.clone(),
            version: d.version.clone(),
            repository: d.repository.clone(),
            status: status(&charts_dir, d, &chart),
        })
        .collect();
    let mut warnings = Vec::new();
    for f in sorted_entries(&charts_dir) {
        let is_dir = f.is_dir();
        if !is_dir && f.extension().is_none_or(|e| e != "tgz") {
            continue;
        }
        match loader::load(&f) {
            Err(_) => warnings.push(format!(
                "WARNING: {} is not a chart.",
                gostd::strconv::quote(&f.display().to_string())
            )),
            Ok(c) if !deps.iter().any(|d| d.name == c.name()) => warnings.push(format!(
                "WARNING: {} is not in Chart.yaml.",
                gostd::strconv::quote(&f.display().to_string())
            )),
            Ok(_) => {}
        }
    }
    Ok(ListReport {
        rows: Some(rows),
        charts_dir,
        warnings,
        load_log: chart.load_warnings.clone(),
    })
}

/// The entries of a folder, sorted by name (Go's `filepath.Glob`), joined to it.
fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

/// Helm's `dependencyStatus`: an archive `charts/NAME-*.tgz` is checked first, then an
/// unpacked subchart of that name.
fn status(charts_dir: &Path, dep: &Dependency, parent: &Chart) -> String {
    let prefix = format!("{}-", dep.name);
    let archives: Vec<PathBuf> = sorted_entries(charts_dir)
        .into_iter()
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".tgz"))
        })
        .collect();
    let archive = match archives.len() {
        0 => None,
        1 => archives.first(),
        _ => {
            let strict: Vec<&PathBuf> = archives
                .iter()
                .filter(|p| {
                    let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
                    Version::parse_strict(&stem[prefix.len().min(stem.len())..]).is_ok()
                })
                .collect();
            match strict.len() {
                0 => None,
                1 => strict.first().copied(),
                _ => return "too many matches".into(),
            }
        }
    };
    if let Some(archive) = archive {
        let Ok(c) = loader::load(archive) else {
            return "corrupt".into();
        };
        if c.name() != dep.name {
            return "misnamed".into();
        }
        return version_status(&c.metadata.version, &dep.version).unwrap_or("ok".into());
    }
    let Some(sub) = parent
        .dependencies
        .iter()
        .rev()
        .find(|c| c.name() == dep.name)
    else {
        return "missing".into();
    };
    version_status(&sub.metadata.version, &dep.version).unwrap_or("unpacked".into())
}

/// `None` when `have` is the requested version or satisfies the constraint.
fn version_status(have: &str, wanted: &str) -> Option<String> {
    if have == wanted {
        return None;
    }
    let (Ok(c), Ok(v)) = (Constraints::parse(wanted), Version::parse(have)) else {
        return Some("invalid version".into());
    };
    (!c.check(&v)).then(|| "wrong version".into())
}

// ---------------------------------------------------------------------------------------------
// update and build

/// `dependency update`: resolves every dependency to a version, downloads them into
/// `charts/`, and writes the lock file when its digest changed.
pub async fn update(
    chart_path: &Path,
    opts: &Options,
    paths: &HelmPaths,
    out: &mut dyn FnMut(Output),
) -> Result<(), DependencyError> {
    let chart = load_chart_dir(chart_path)?;
    for l in &chart.load_warnings {
        out(Output::Log(l.clone()));
    }
    let Some(mut requested) = chart.metadata.dependencies.clone() else {
        return Ok(());
    };
    let repos = load_repo_config(paths)?;
    let mut names = resolve_repo_names(&mut requested, repos.as_ref(), chart_path, opts, out)?;
    ensure_missing_repos(&mut names, &requested, paths, opts, out).await?;
    if !opts.skip_refresh {
        update_repositories(repos.as_ref(), paths, out).await;
    }
    let registry = locate::oci_settings(&opts.chart);
    let locked = resolve(&requested, &names, chart_path, paths, &registry).await?;
    let locked = download_all(chart_path, locked, repos.as_ref(), paths, opts, out).await?;
    let digest = lock::digest(Some(&requested[..]), &locked);
    if chart.lock.as_ref().is_some_and(|l| l.digest == digest) {
        return Ok(());
    }
    let new_lock = Lock {
        generated: crate::release::GoTime::now().rfc3339_nano(),
        digest,
        dependencies: locked,
    };
    lock::write(chart_path, &new_lock, &chart.metadata.api_version)?;
    Ok(())
}

/// `dependency build`: downloads exactly the versions of the lock file (or updates when there
/// is none), after checking that the lock still matches `Chart.yaml`.
pub async fn build(
    chart_path: &Path,
    opts: &Options,
    paths: &HelmPaths,
    out: &mut dyn FnMut(Output),
) -> Result<(), DependencyError> {
    let chart = load_chart_dir(chart_path)?;
    for l in &chart.load_warnings {
        out(Output::Log(l.clone()));
    }
    let Some(lock_file) = chart.lock.clone() else {
        return Box::pin(update(chart_path, opts, paths, out)).await;
    };
    let v1 = chart.metadata.api_version == API_VERSION_V1;
    let out_of_sync = || {
        msg(if v1 {
            "the lock file (requirements.lock) is out of sync with the dependencies file (requirements.yaml). Please update the dependencies"
        } else {
            "the lock file (Chart.lock) is out of sync with the dependencies file (Chart.yaml). Please update the dependencies"
        })
    };
    let mut requested = chart.metadata.dependencies.clone();
    // Helm 2's digest is taken before `@name` references are replaced by URLs.
    let v2_digest = lock::digest_v2(requested.as_deref().unwrap_or_default());
    let repos = load_repo_config(paths)?;
    if let Some(req) = requested.as_mut() {
        resolve_repo_names(req, repos.as_ref(), chart_path, opts, out)?;
    }
    if lock::digest(requested.as_deref(), &lock_file.dependencies) != lock_file.digest {
        if !v1 {
            return Err(out_of_sync());
        }
        out(Output::Log(crate::chart::gofmt::slog_line(
            "INFO",
            "warning: a valid Helm v3 hash was not found. Checking against Helm v2 hash...",
            &[],
        )));
        if v2_digest != lock_file.digest {
            return Err(out_of_sync());
        }
    }
    has_all_repos(&lock_file.dependencies, repos.as_ref())?;
    if !opts.skip_refresh {
        update_repositories(repos.as_ref(), paths, out).await;
    }
    download_all(
        chart_path,
        lock_file.dependencies,
        repos.as_ref(),
        paths,
        opts,
        out,
    )
    .await?;
    Ok(())
}

/// Helm's check before install, upgrade and template: every dependency `Chart.yaml` declares
/// must be in `charts/`.
pub fn check_present(chart: &Chart) -> Result<(), DependencyError> {
    if chart
        .metadata
        .dependencies
        .as_ref()
        .is_none_or(|d| d.is_empty())
    {
        return Ok(());
    }
    chart.check_dependencies().map_err(|missing| {
        msg(format!(
            "an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: {missing}"
        ))
    })
}

/// `--dependency-update`: when a declared dependency is missing from `charts/`, runs
/// [`update`] and loads the chart again.
pub async fn ensure_present(
    chart_path: &Path,
    chart: Chart,
    opts: &Options,
    paths: &HelmPaths,
    out: &mut dyn FnMut(Output),
) -> Result<Chart, DependencyError> {
    if check_present(&chart).is_ok() {
        return Ok(chart);
    }
    update(chart_path, opts, paths, out).await?;
    let mut log = Vec::new();
    let reloaded = loader::load_logged(chart_path, &mut log);
    for l in log {
        out(Output::Log(l));
    }
    reloaded.map_err(|e| msg(format!("failed reloading chart after repo update: {e}")))
}

fn load_chart_dir(chart_path: &Path) -> Result<Chart, DependencyError> {
    match std::fs::metadata(chart_path) {
        Err(e) => Err(msg(format!(
            "could not find {}: {}",
            chart_path.display(),
            loader::go_io_error("stat", chart_path, &e)
        ))),
        Ok(md) if !md.is_dir() => Err(msg("only unpacked charts can be updated")),
        Ok(_) => load_v2(chart_path),
    }
}

/// Helm's chart v2 loader, which the dependency commands use directly: a folder without
/// `Chart.yaml` is named as that loader names it.
fn load_v2(chart_path: &Path) -> Result<Chart, DependencyError> {
    if chart_path.is_dir() && !chart_path.join("Chart.yaml").exists() {
        return Err(msg("Chart.yaml file is missing"));
    }
    Ok(loader::load(chart_path)?)
}

/// `repositories.yaml`, `None` when it does not exist (Helm then knows no repository).
fn load_repo_config(paths: &HelmPaths) -> Result<Option<RepoFile>, DependencyError> {
    Ok(RepoFile::load(&paths.repository_config)?)
}

fn entries(repos: Option<&RepoFile>) -> &[Entry] {
    repos.map(|r| r.repositories.as_slice()).unwrap_or_default()
}

fn is_oci(repository: &str) -> bool {
    repository.starts_with("oci://")
}

/// Helm's `urlutil.Equal`: two URLs naming the same place, trailing slashes and `.`/`..`
/// segments of the path aside.
fn url_equal(a: &str, b: &str) -> bool {
    fn norm(u: &str) -> String {
        let (base, query) = match u.find(['?', '#']) {
            Some(i) => u.split_at(i),
            None => (u, ""),
        };
        let (scheme_host, path) = match base.find("://") {
            Some(i) => match base[i + 3..].find('/') {
                Some(j) => base.split_at(i + 3 + j),
                None => (base, ""),
            },
            None => ("", base),
        };
        let path = if path.is_empty() {
            "/".to_string()
        } else {
            crate::chart::archive::clean_path(path)
        };
        format!("{scheme_host}{path}{query}")
    }
    norm(a) == norm(b)
}

/// Go's `url.ParseRequestURI` accepting a text: an absolute URL or an absolute path.
fn is_request_uri(s: &str) -> bool {
    if s.starts_with('/') {
        return true;
    }
    match s.split_once(':') {
        Some((scheme, _)) => {
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// Helm's `resolver.GetLocalPath`: a `file://` reference relative to the chart (or absolute).
fn local_path(repository: &str, chart_path: &Path) -> Result<PathBuf, DependencyError> {
    let p = repository.trim_start_matches("file://");
    let dep = if p.starts_with('/') {
        PathBuf::from(crate::chart::archive::clean_path(p))
    } else {
        PathBuf::from(crate::chart::archive::clean_path(
            &chart_path.join(p).to_string_lossy(),
        ))
    };
    match std::fs::metadata(&dep) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(msg(format!("directory {} not found", dep.display())))
        }
        Err(e) => Err(msg(loader::go_io_error("stat", &dep, &e))),
        Ok(_) => Ok(dep),
    }
}

/// Helm's `resolveRepoNames`: the configured repository name of each dependency (keyed by
/// dependency name), with `@name`/`alias:name` references replaced by the repository's URL.
fn resolve_repo_names(
    requested: &mut [Dependency],
    repos: Option<&RepoFile>,
    chart_path: &Path,
    opts: &Options,
    out: &mut dyn FnMut(Output),
) -> Result<BTreeMap<String, String>, DependencyError> {
    let mut names = BTreeMap::new();
    // A missing repositories.yaml is an empty one (Helm's `loadRepoConfig`).
    let repos = entries(repos);
    let mut missing = Vec::new();
    for d in requested.iter_mut() {
        if d.repository.is_empty() {
            continue;
        }
        if d.repository.starts_with("file://") {
            local_path(&d.repository, chart_path)?;
            if opts.debug {
                out(Output::Stdout(format!(
                    "Repository from local path: {}\n",
                    d.repository
                )));
            }
            names.insert(d.name.clone(), d.repository.clone());
            continue;
        }
        if is_oci(&d.repository) {
            names.insert(d.name.clone(), d.repository.clone());
            continue;
        }
        let alias = d
            .repository
            .strip_prefix('@')
            .or_else(|| d.repository.strip_prefix("alias:"));
        let found = repos.iter().find(|r| {
            alias.is_some_and(|a| a == r.name)
                || (alias.is_none() && url_equal(&r.url, &d.repository))
        });
        match found {
            Some(r) => {
                if alias.is_some() {
                    d.repository = r.url.clone();
                }
                names.insert(d.name.clone(), r.name.clone());
            }
            // An unconfigured URL is keyed by itself, so it becomes an unmanaged repository.
            None if is_request_uri(&d.repository) => {
                names.insert(d.repository.clone(), d.repository.clone());
            }
            None => missing.push(d.repository.clone()),
        }
    }
    if missing.is_empty() {
        return Ok(names);
    }
    let mut text = format!(
        "no repository definition for {}. Please add them via 'helm repo add'",
        missing.join(", ")
    );
    if missing
        .iter()
        .any(|r| !r.contains("//") && !r.starts_with('@') && !r.starts_with("alias:"))
    {
        text.push_str(concat!(
            "\nNote that repositories must be URLs or aliases. For example, to refer to the \"example\"\n",
            "repository, use \"https://charts.example.com/\" or \"@example\" instead of\n",
            "\"example\". Don't forget to add the repo, too ('helm repo add')."
        ));
    }
    Err(msg(text))
}

const MANAGER_PREFIX: &str = "helm-manager-";

/// Helm's `ensureMissingRepos`: a dependency whose repository is no configured one gets an
/// unmanaged repository named after the hash of its URL, refreshed here.
async fn ensure_missing_repos(
    names: &mut BTreeMap<String, String>,
    requested: &[Dependency],
    paths: &HelmPaths,
    opts: &Options,
    out: &mut dyn FnMut(Output),
) -> Result<(), DependencyError> {
    let mut unmanaged = Vec::new();
    for d in requested {
        if d.repository.is_empty() || names.contains_key(&d.name) {
            continue;
        }
        let name = format!("{MANAGER_PREFIX}{}", sha256_hex(d.repository.as_bytes()));
        names.insert(d.name.clone(), name.clone());
        unmanaged.push(Entry {
            name,
            url: d.repository.clone(),
            ..Default::default()
        });
    }
    if opts.skip_refresh || unmanaged.is_empty() {
        return Ok(());
    }
    out(Output::Stdout(
        "Getting updates for unmanaged Helm repositories...\n".into(),
    ));
    parallel_repo_update(&unmanaged, paths, out).await
}

/// Helm's `UpdateRepositories`: every configured repository refreshed, failures only printed.
async fn update_repositories(
    repos: Option<&RepoFile>,
    paths: &HelmPaths,
    out: &mut dyn FnMut(Output),
) {
    let entries = entries(repos);
    if entries.is_empty() {
        return;
    }
    out(Output::Stdout(
        "Hang tight while we grab the latest from your chart repositories...\n".into(),
    ));
    // Configured URLs use known schemes (`repo add` checked them); a failure is only printed.
    let _ = parallel_repo_update(entries, paths, out).await;
    out(Output::Stdout("Update Complete. ⎈Happy Helming!⎈\n".into()));
}

/// Helm's `parallelRepoUpdate`: one refresh per URL (the last entry of a URL wins), each
/// success or failure printed as it finishes. A URL no getter serves fails the whole call.
async fn parallel_repo_update(
    entries: &[Entry],
    paths: &HelmPaths,
    out: &mut dyn FnMut(Output),
) -> Result<(), DependencyError> {
    let mut by_url: BTreeMap<&str, &Entry> = BTreeMap::new();
    for e in entries {
        by_url.insert(e.url.trim_end_matches('/'), e);
    }
    let unique: Vec<&Entry> = by_url.into_values().collect();
    for e in &unique {
        let scheme = e.url.split_once("://").map_or("", |(s, _)| s);
        if !matches!(scheme, "http" | "https" | "oci") {
            return Err(msg(format!(
                "could not find protocol handler for: {scheme}"
            )));
        }
    }
    refresh_indexes(&unique, paths, REFRESH_TIMEOUT, |done| {
        for w in done.warnings {
            out(Output::Log(w));
        }
        let e = done.entry;
        let managed = !e.name.starts_with(MANAGER_PREFIX);
        let who = if managed { &e.name } else { &e.url };
        let line = match done.result {
            Ok(()) => format!(
                "...Successfully got an update from the {} chart repository\n",
                gostd::strconv::quote(who)
            ),
            Err(err) if managed => format!(
                "...Unable to get an update from the {} chart repository ({}):\n\t{err}\n",
                gostd::strconv::quote(who),
                e.url
            ),
            Err(err) => format!(
                "...Unable to get an update from the {} chart repository:\n\t{err}\n",
                gostd::strconv::quote(who)
            ),
        };
        out(Output::Stdout(line));
    })
    .await;
    Ok(())
}

fn invalid_constraint(name: &str, e: &str) -> DependencyError {
    msg(format!(
        "dependency {} has an invalid version/constraint format: {e}",
        gostd::strconv::quote(name)
    ))
}

/// Helm's `Resolver.Resolve`: the locked version of each dependency.
async fn resolve(
    requested: &[Dependency],
    names: &BTreeMap<String, String>,
    chart_path: &Path,
    paths: &HelmPaths,
    registry: &oci::Settings,
) -> Result<Vec<Dependency>, DependencyError> {
    let mut locked = Vec::with_capacity(requested.len());
    let mut missing = Vec::new();
    let locked_dep = |d: &Dependency, version: &str| Dependency {
        name: d.name.clone(),
        repository: d.repository.clone(),
        version: version.to_string(),
        ..Default::default()
    };
    for d in requested {
        let constraint =
            Constraints::parse(&d.version).map_err(|e| invalid_constraint(&d.name, &e))?;
        let missed = || {
            format!(
                "{} (repository {}, version {})",
                gostd::strconv::quote(&d.name),
                gostd::strconv::quote(&d.repository),
                gostd::strconv::quote(&d.version)
            )
        };
        if d.repository.is_empty() {
            local_path(&format!("charts/{}", d.name), chart_path)?;
            locked.push(locked_dep(d, &d.version));
            continue;
        }
        if d.repository.starts_with("file://") {
            let dir = local_path(&d.repository, chart_path)?;
            let sub = loader::load_dir(&dir)?;
            match Version::parse(&sub.metadata.version) {
                Ok(v) if constraint.check(&v) => locked.push(locked_dep(d, &sub.metadata.version)),
                _ => missing.push(missed()),
            }
            continue;
        }
        if is_oci(&d.repository) {
            // Helm keeps the constraint itself when no tag satisfies it (the download fails).
            let version = oci_version(d, &constraint, registry).await?;
            locked.push(locked_dep(d, version.as_deref().unwrap_or(&d.version)));
            continue;
        }
        let repo_name = names.get(&d.name).map(String::as_str).unwrap_or("");
        if repo_name.is_empty() {
            locked.push(locked_dep(d, &d.version));
            continue;
        }
        let mut ignored = Vec::new();
        let index =
            IndexFile::load_file_for_chart(&paths.index_file(repo_name), &d.name, &mut ignored)
                .map_err(|e| {
                    msg(format!(
                        "no cached repository for {repo_name} found. (try 'helm repo update'): {e}"
                    ))
                })?;
        let versions = index.entries.get(&d.name).ok_or_else(|| {
            msg(format!(
                "{} chart not found in repo {}",
                d.name, d.repository
            ))
        })?;
        let found = versions.iter().find(|cv| {
            !cv.urls.is_empty()
                && Version::parse(&cv.metadata.version).is_ok_and(|v| constraint.check(&v))
        });
        match found {
            Some(cv) => locked.push(locked_dep(d, &cv.metadata.version)),
            None => missing.push(missed()),
        }
    }
    if !missing.is_empty() {
        return Err(msg(format!(
            "can't get a valid version for {} subchart(s): {}. Make sure a matching chart version exists in the repo, or change the version constraint in Chart.yaml",
            missing.len(),
            missing.join(", ")
        )));
    }
    Ok(locked)
}

/// The version of an `oci://` dependency: an exact version as it is written, else the newest
/// semver tag of `REPOSITORY/NAME` satisfying the constraint (`None` when none does).
async fn oci_version(
    d: &Dependency,
    constraint: &Constraints,
    registry: &oci::Settings,
) -> Result<Option<String>, DependencyError> {
    let candidates = if Version::parse(&d.version).is_ok() {
        vec![d.version.clone()]
    } else {
        let tags_error = |e: &dyn std::fmt::Display| {
            msg(format!(
                "could not retrieve list of tags for repository {}: {e}",
                d.repository
            ))
        };
        let reference = oci::Reference::parse(&format!("{}/{}", d.repository, d.name))
            .map_err(|e| tags_error(&e))?;
        let reg = oci::Registry::new(&reference.registry, registry).map_err(|e| tags_error(&e))?;
        let tags = reg
            .tags(&reference.repository)
            .await
            .map_err(|e| tags_error(&e))?;
        oci::semver_tags(&tags)
    };
    Ok(candidates
        .into_iter()
        .find(|c| Version::parse(c).is_ok_and(|v| constraint.check(&v))))
}

/// Helm's `parseOCIRef`: `oci://HOST[:PORT]/PATH:TAG` split into the reference and the tag.
fn parse_oci_ref(chart_ref: &str) -> Result<(String, String), DependencyError> {
    static RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(oci://[^:]+(:[0-9]{1,5})?[^:]+):(.*)$").expect("valid pattern")
    });
    let caps = RE.captures(chart_ref).ok_or_else(|| {
        msg(format!(
            "could not parse OCI reference: improperly formatted oci chart reference: {chart_ref}"
        ))
    })?;
    Ok((caps[1].to_string(), caps[3].to_string()))
}

/// Helm's `hasAllRepos`: every locked repository URL (other than `file://`, OCI or none) must
/// be a configured repository.
fn has_all_repos(locked: &[Dependency], repos: Option<&RepoFile>) -> Result<(), DependencyError> {
    let missing: Vec<String> = locked
        .iter()
        .filter(|d| {
            !d.repository.is_empty()
                && !d.repository.starts_with("file://")
                && !is_oci(&d.repository)
                && !entries(repos)
                    .iter()
                    .any(|r| url_equal(&r.url, d.repository.trim_end_matches('/')))
        })
        .map(|d| d.repository.clone())
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(DependencyError::RepoNotFound(missing))
    }
}

/// Removes the temporary download folder however the download ends.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Helm's `downloadAll`: every dependency fetched (or packaged from its `file://` folder)
/// into `charts/tmpcharts-<pid>`, then moved into `charts/`, and the archives no dependency
/// owns any more deleted. Returns the dependencies with the versions actually saved.
async fn download_all(
    chart_path: &Path,
    mut deps: Vec<Dependency>,
    repos: Option<&RepoFile>,
    paths: &HelmPaths,
    opts: &Options,
    out: &mut dyn FnMut(Output),
) -> Result<Vec<Dependency>, DependencyError> {
    // Helm loads every configured repository's cached index before it starts.
    let mut indexes = Vec::new();
    for entry in entries(repos) {
        let mut ignored = Vec::new();
        let index = IndexFile::load_file(&paths.index_file(&entry.name), &mut ignored)?;
        indexes.push((entry, index));
    }
    let dest = chart_path.join("charts");
    match std::fs::metadata(&dest) {
        Ok(md) if !md.is_dir() => {
            return Err(msg(format!(
                "{} is not a directory",
                gostd::strconv::quote(&dest.display().to_string())
            )))
        }
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => std::fs::create_dir_all(&dest)
            .map_err(|e| msg(loader::go_io_error("mkdir", &dest, &e)))?,
        Err(e) => {
            return Err(msg(format!(
                "unable to retrieve file info for '{}': {}",
                dest.display(),
                loader::go_io_error("stat", &dest, &e)
            )))
        }
    }
    let tmp = TempDir(chart_path.join(format!("tmpcharts-{}", std::process::id())));
    std::fs::create_dir_all(&tmp.0).map_err(|e| msg(loader::go_io_error("mkdir", &tmp.0, &e)))?;

    out(Output::Stdout(format!("Saving {} charts\n", deps.len())));
    let mut save_error: Option<DependencyError> = None;
    let mut downloaded: BTreeSet<String> = BTreeSet::new();
    for dep in deps.iter_mut() {
        if dep.repository.is_empty() {
            out(Output::Stdout(format!(
                "Dependency {} did not declare a repository. Assuming it exists in the charts directory\n",
                dep.name
            )));
            let dir = dest.join(&dep.name);
            let sub = loader::load_dir(&dir)
                .map_err(|e| msg(format!("unable to load chart '{}': {e}", dir.display())))?;
            let constraint = Constraints::parse(&dep.version).map_err(|e| {
                msg(format!(
                    "dependency {} has an invalid version/constraint format: {e}",
                    dep.name
                ))
            })?;
            let v = Version::parse(&sub.metadata.version).map_err(|e| {
                msg(format!(
                    "invalid version {} for dependency {}: {e}",
                    dep.version, dep.name
                ))
            })?;
            if !constraint.check(&v) {
                save_error = Some(msg(format!(
                    "dependency {} at version {} does not satisfy the constraint {}",
                    dep.name, sub.metadata.version, dep.version
                )));
                break;
            }
            continue;
        }
        if dep.repository.starts_with("file://") {
            if opts.debug {
                out(Output::Stdout(format!(
                    "Archiving {} from repo {}\n",
                    dep.name, dep.repository
                )));
            }
            match package_local(chart_path, dep, &tmp.0) {
                Ok(version) => dep.version = version,
                Err(e) => {
                    save_error = Some(e);
                    break;
                }
            }
            continue;
        }
        let (url, options) = if is_oci(&dep.repository) {
            // Helm never reports an OCI chart as already downloaded: it remembers the
            // reference without its tag and looks for it with one.
            out(Output::Stdout(format!(
                "Downloading {} from repo {}\n",
                dep.name, dep.repository
            )));
            let (reference, tag) =
                parse_oci_ref(&format!("{}/{}:{}", dep.repository, dep.name, dep.version))?;
            let options = ChartOptions {
                version: tag,
                ..opts.chart.clone()
            };
            (reference, options)
        } else {
            let found = match find_chart_url(dep, &indexes).await {
                Ok(f) => f,
                Err(e) => {
                    save_error = Some(msg(format!("could not find : {e}")));
                    break;
                }
            };
            if !downloaded.insert(found.url.clone()) {
                out(Output::Stdout(format!(
                    "Already downloaded {} from repo {}\n",
                    dep.name, dep.repository
                )));
                continue;
            }
            out(Output::Stdout(format!(
                "Downloading {} from repo {}\n",
                dep.name, dep.repository
            )));
            let options = ChartOptions {
                verify: opts.chart.verify,
                keyring: opts.chart.keyring.clone(),
                ..found.options
            };
            (found.url, options)
        };
        let mut log = Vec::new();
        let pulled = locate::pull(
            &url,
            &options,
            paths,
            &PullOptions {
                destination: tmp.0.clone(),
                untar: false,
                untar_dir: PathBuf::from("."),
            },
            &mut log,
        )
        .await;
        log.into_iter().for_each(|w| out(Output::Log(w)));
        match pulled {
            Ok(output) => {
                // Helm's manager prints only the warning of a missing provenance file.
                for line in output.lines().filter(|l| l.starts_with("WARNING:")) {
                    out(Output::Stdout(format!("{line}\n")));
                }
            }
            Err(e) => {
                save_error = Some(msg(format!("could not download {url}: {e}")));
                break;
            }
        }
    }
    if let Some(e) = save_error {
        out(Output::Stdout(format!("Save error occurred:  {e}\n")));
        return Err(e);
    }
    safe_move(&deps, &tmp.0, &dest, out)?;
    Ok(deps)
}

/// Helm's `tarFromLocalDir`: a `file://` dependency packaged into `dest`, if its version
/// satisfies the constraint. Returns that version.
fn package_local(
    chart_path: &Path,
    dep: &Dependency,
    dest: &Path,
) -> Result<String, DependencyError> {
    let dir = local_path(&dep.repository, chart_path)?;
    let sub = loader::load_dir(&dir)?;
    let constraint = Constraints::parse(&dep.version).map_err(|e| {
        msg(format!(
            "dependency {} has an invalid version/constraint format: {e}",
            dep.name
        ))
    })?;
    let v = Version::parse(&sub.metadata.version).map_err(msg)?;
    if !constraint.check(&v) {
        return Err(msg(format!(
            "can't get a valid version for dependency {}",
            dep.name
        )));
    }
    crate::chart::package::save(&sub, dest)?;
    Ok(sub.metadata.version.clone())
}

/// A dependency's archive URL and what to send when downloading it.
struct ChartUrl {
    url: String,
    options: ChartOptions,
}

/// Helm's `findChartURL`: from the cached index of the configured repository with the
/// dependency's URL (with that repository's credentials and TLS files), else from the
/// repository's index downloaded now.
async fn find_chart_url(
    dep: &Dependency,
    indexes: &[(&Entry, IndexFile)],
) -> Result<ChartUrl, DependencyError> {
    let mut options = ChartOptions {
        version: dep.version.clone(),
        ..Default::default()
    };
    let configured = indexes
        .iter()
        .find(|(e, _)| url_equal(&dep.repository, &e.url));
    let downloaded;
    let index = match configured {
        Some((entry, index)) => {
            options.username = entry.username.clone();
            options.password = entry.password.clone();
            options.pass_credentials = entry.pass_credentials_all;
            options.tls = entry.tls();
            index
        }
        None => {
            let entry = Entry {
                url: dep.repository.clone(),
                ..Default::default()
            };
            let mut ignored = Vec::new();
            downloaded = locate::download_index(&entry, REFRESH_TIMEOUT, &mut ignored)
                .await
                .map_err(|e| {
                    msg(format!(
                        "chart {} not found in {}: looks like {} is not a valid chart repository or cannot be reached: {e}",
                        dep.name,
                        dep.repository,
                        gostd::strconv::quote(&dep.repository)
                    ))
                })?
                .1;
            &downloaded
        }
    };
    let unmanaged = configured.is_none();
    let not_found = |what: &str| {
        if unmanaged {
            msg(format!(
                "chart {} not found in {}: chart {} version {} not found in {} repository",
                dep.name,
                dep.repository,
                gostd::strconv::quote(&dep.name),
                gostd::strconv::quote(&dep.version),
                dep.repository
            ))
        } else {
            msg(what.to_string())
        }
    };
    let versions = index
        .entries
        .get(&dep.name)
        .ok_or_else(|| not_found("entry not found"))?;
    let cv = versions
        .iter()
        .filter(|cv| !cv.urls.is_empty())
        .find(|cv| dep.version.is_empty() || version_equals(&dep.version, &cv.metadata.version))
        .ok_or_else(|| not_found("no matching version"))?;
    let url = resolve_reference(&dep.repository, &cv.urls[0]).map_err(msg)?;
    Ok(ChartUrl { url, options })
}

/// Helm's `versionEquals`: equal as semantic versions, else as text.
fn version_equals(a: &str, b: &str) -> bool {
    match Version::parse(a) {
        Err(_) => a == b,
        Ok(va) => Version::parse(b).is_ok_and(|vb| va.compare(&vb).is_eq()),
    }
}

/// Helm's `safeMoveDeps`: the downloaded archives moved into `charts/`, then the archives
/// there that were not just downloaded deleted (except repository-less dependencies').
fn safe_move(
    deps: &[Dependency],
    source: &Path,
    dest: &Path,
    out: &mut dyn FnMut(Output),
) -> Result<(), DependencyError> {
    let local: BTreeSet<&str> = deps
        .iter()
        .filter(|d| d.repository.is_empty())
        .map(|d| d.name.as_str())
        .collect();
    let read = |dir: &Path| -> Result<Vec<(String, bool)>, DependencyError> {
        let mut v: Vec<(String, bool)> = std::fs::read_dir(dir)
            .map_err(|e| msg(loader::go_io_error("open", dir, &e)))?
            .filter_map(|e| e.ok())
            .map(|e| {
                (
                    e.file_name().to_string_lossy().into_owned(),
                    e.file_type().is_ok_and(|t| t.is_dir()),
                )
            })
            .collect();
        v.sort();
        Ok(v)
    };
    let source_files = read(source)?;
    let dest_files = read(dest)?;
    let mut moved = BTreeSet::new();
    for (name, is_dir) in &source_files {
        if *is_dir {
            continue;
        }
        let from = source.join(name);
        moved.insert(name.clone());
        if let Err(e) = loader::load_file(&from) {
            out(Output::Stdout(format!(
                "Could not verify {} for moving: {e} (Skipping)",
                from.display()
            )));
            continue;
        }
        if let Err(e) = std::fs::rename(&from, dest.join(name)) {
            out(Output::Stdout(format!(
                "Unable to move {} to charts dir {e} (Skipping)",
                from.display()
            )));
        }
    }
    out(Output::Stdout("Deleting outdated charts\n".into()));
    for (name, is_dir) in dest_files {
        if is_dir || moved.contains(&name) {
            continue;
        }
        let path = dest.join(&name);
        let chart = match loader::load_file(&path) {
            Ok(c) => c,
            Err(e) => {
                out(Output::Stdout(format!(
                    "Could not verify {} for deletion: {e} (Skipping)\n",
                    path.display()
                )));
                continue;
            }
        };
        if local.contains(chart.name()) {
            continue;
        }
        if let Err(e) = std::fs::remove_file(&path) {
            out(Output::Stdout(format!(
                "Could not delete {}: {e} (Skipping)",
                path.display()
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_compare_as_helm_compares_them() {
        assert!(url_equal(
            "https://a.example/charts",
            "https://a.example/charts/"
        ));
        assert!(url_equal("https://a.example", "https://a.example/"));
        assert!(url_equal(
            "https://a.example/x/../charts",
            "https://a.example/charts"
        ));
        assert!(!url_equal(
            "https://a.example/charts",
            "https://b.example/charts"
        ));
        assert!(!url_equal(
            "http://a.example/charts",
            "https://a.example/charts"
        ));
    }

    #[test]
    fn request_uris_are_absolute() {
        assert!(is_request_uri("https://x"));
        assert!(is_request_uri("/abs/path"));
        assert!(!is_request_uri("example"));
        assert!(!is_request_uri("@example"));
        assert!(!is_request_uri("charts.example.com"));
    }

    #[test]
    fn status_names_version_problems() {
        assert_eq!(version_status("1.2.3", "1.2.3"), None);
        assert_eq!(version_status("1.2.3", "^1.0.0"), None);
        assert_eq!(
            version_status("2.0.0", "^1.0.0"),
            Some("wrong version".into())
        );
        assert_eq!(
            version_status("x", "^1.0.0"),
            Some("invalid version".into())
        );
    }
}
