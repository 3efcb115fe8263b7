//! From a chart reference to a chart archive on disk (Helm 4's `LocateChart`,
//! `ChartDownloader.ResolveChartVersion` and `DownloadToCache`): a local folder or archive, a
//! `repo/chart` name looked up in the cached index of a configured repository, a chart in a
//! repository given by `--repo URL`, a chart URL, or an `oci://` reference (see [`super::oci`]).
//! Downloads land in Helm 4's content cache (`<content cache>/<2 hex>/<sha256>.chart`), keyed by
//! the index digest or the chart layer's digest, so a warm cache needs no chart download. Unlike
//! Helm, a download whose sha256 differs from the index digest is refused.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::config::{Entry, RepoFile};
use super::http::{self, Credentials, TlsFiles, ACCEPT_CHART};
use super::index::IndexFile;
use super::url::{resolve_reference, Url};
use super::{oci, sha256_hex, write_atomic, HelmPaths, RepoError};
use crate::chart::provenance;

/// Where a chart comes from (Helm's `ChartPathOptions`).
#[derive(Debug, Clone, Default)]
pub struct ChartOptions {
    /// A version or a Masterminds constraint; empty means the newest stable version.
    pub version: String,
    /// `--devel`: with no `--version`, prereleases count too.
    pub devel: bool,
    /// `--repo`.
    pub repo_url: String,
    /// `--username`.
    pub username: String,
    /// `--password`.
    pub password: String,
    /// `--pass-credentials`: credentials go to other hosts too.
    pub pass_credentials: bool,
    /// `--ca-file`, `--cert-file`, `--key-file`, `--insecure-skip-tls-verify`.
    pub tls: TlsFiles,
    /// `--plain-http` (OCI registries only).
    pub plain_http: bool,
    /// The registry credentials file (`--registry-config`), for `oci://` references.
    pub registry_config: PathBuf,
    /// `--verify` (`Always`) or `pull --prov` (`Later`).
    pub verify: Verify,
    /// `--keyring`: the public keys `--verify` trusts.
    pub keyring: PathBuf,
}

/// Helm's verification strategies for a downloaded chart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Verify {
    /// No provenance file is fetched.
    #[default]
    Never,
    /// The provenance file must exist and verify (`--verify`).
    Always,
    /// The provenance file is checked when there is one (`dependency build --verify`).
    IfPossible,
    /// The provenance file is fetched when there is one, and not checked (`pull --prov`).
    Later,
}

impl ChartOptions {
    /// The version constraint in force: `--version` trimmed, else `>0.0.0-0` with `--devel`.
    pub fn effective_version(&self) -> String {
        let v = self.version.trim();
        if v.is_empty() && self.devel {
            ">0.0.0-0".into()
        } else {
            v.to_string()
        }
    }
}

/// Whether `name` names a local chart (an existing path) rather than a remote one.
pub fn local_path(name: &str, opts: &ChartOptions) -> Result<Option<PathBuf>, RepoError> {
    let name = name.trim();
    if !opts.repo_url.is_empty() {
        return Ok(None);
    }
    let p = Path::new(name);
    if p.exists() {
        let abs = std::path::absolute(p)
            .map_err(|e| RepoError::io(format!("cannot resolve {name}"), e))?;
        return Ok(Some(abs));
    }
    if p.is_absolute() || name.starts_with('.') {
        return Err(RepoError::Msg(format!("path {name:?} not found")));
    }
    Ok(None)
}

/// A remote chart resolved to a URL, with what to send when downloading it.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The archive's URL.
    pub url: String,
    /// The index digest (hex, `sha256:` stripped), empty when unknown.
    pub digest: String,
    /// The TLS settings for the download.
    pub tls: TlsFiles,
    /// The credentials for the download.
    pub credentials: Credentials,
    /// Warnings Helm logs while resolving.
    pub warnings: Vec<String>,
}

/// Resolves a remote reference (`repo/chart`, a chart URL, or a chart in `--repo`).
pub async fn resolve(
    name: &str,
    opts: &ChartOptions,
    paths: &HelmPaths,
) -> Result<Resolved, RepoError> {
    let name = name.trim();
    let version = opts.effective_version();
    let flag_creds = |url: &str| Credentials {
        username: opts.username.clone(),
        password: opts.password.clone(),
        url: url.to_string(),
        pass_all: opts.pass_credentials,
    };
    if !opts.repo_url.is_empty() {
        let entry = Entry {
            name: String::new(),
            url: opts.repo_url.clone(),
            username: opts.username.clone(),
            password: opts.password.clone(),
            cert_file: opts.tls.cert_file.clone(),
            key_file: opts.tls.key_file.clone(),
            ca_file: opts.tls.ca_file.clone(),
            insecure_skip_tls_verify: opts.tls.insecure_skip_tls_verify,
            pass_credentials_all: opts.pass_credentials,
        };
        let mut warnings = Vec::new();
        let (_, index) = download_index(&entry, http::DEFAULT_TIMEOUT, &mut warnings)
            .await
            .map_err(|e| {
                RepoError::Msg(format!(
                    "looks like {:?} is not a valid chart repository or cannot be reached: {e}",
                    opts.repo_url
                ))
            })?;
        let mut what = format!("chart {name:?}");
        if !version.is_empty() {
            what.push_str(&format!(" version {version:?}"));
        }
        let (cv, warning) = index.get(name, &version).map_err(|_| {
            RepoError::Msg(format!("{what} not found in {} repository", opts.repo_url))
        })?;
        warnings.extend(warning);
        let first = cv
            .urls
            .first()
            .ok_or_else(|| RepoError::Msg(format!("{what} has no downloadable URLs")))?;
        let url = resolve_reference(&opts.repo_url, first)
            .map_err(|e| RepoError::Msg(format!("failed to make chart URL absolute: {e}")))?;
        return Ok(Resolved {
            digest: strip_algorithm(&cv.digest).to_string(),
            credentials: flag_creds(&opts.repo_url),
            url,
            tls: opts.tls.clone(),
            warnings,
        });
    }
    let repos = RepoFile::load_or_default(&paths.repository_config)?;
    if Url::parse(name).is_some_and(|u| !u.path.is_empty()) {
        // A chart URL: a configured repository serving it lends its TLS files and credentials.
        let mut resolved = Resolved {
            url: name.to_string(),
            digest: String::new(),
            tls: opts.tls.clone(),
            credentials: flag_creds(name),
            warnings: Vec::new(),
        };
        if let Some(entry) = owner_repo(name, &repos, paths)? {
            apply_entry(&mut resolved, &entry);
        }
        return Ok(resolved);
    }
    let Some((repo_name, chart)) = name.split_once('/') else {
        return Err(RepoError::Msg(format!(
            "non-absolute URLs should be in form of repo_name/path_to_chart, got: {name}"
        )));
    };
    let entry = repos
        .get(repo_name)
        .ok_or_else(|| RepoError::Msg(format!("repo {repo_name} not found")))?
        .clone();
    if entry.url.is_empty() {
        return Err(RepoError::Msg(format!(
            "no URL found for repository {repo_name}"
        )));
    }
    let mut warnings = Vec::new();
    let index_path = paths.index_file(repo_name);
    let index = IndexFile::load_file_for_chart(&index_path, chart, &mut warnings).map_err(|e| {
        RepoError::Msg(format!(
            "no cached repo found. (try 'helm repo update'): {e}"
        ))
    })?;
    let (cv, warning) = index.get(chart, &version).map_err(|e| {
        RepoError::Msg(format!(
            "chart {chart:?} matching {version} not found in {repo_name} index. (try 'helm repo update'): {e}"
        ))
    })?;
    warnings.extend(warning);
    let first = cv
        .urls
        .first()
        .ok_or_else(|| RepoError::Msg(format!("chart {name:?} has no downloadable URLs")))?;
    let url = resolve_reference(&entry.url, first)
        .map_err(|_| RepoError::Msg(format!("invalid chart URL format: {name}")))?;
    let mut resolved = Resolved {
        url,
        digest: strip_algorithm(&cv.digest).to_string(),
        tls: opts.tls.clone(),
        credentials: flag_creds(&entry.url),
        warnings,
    };
    apply_entry(&mut resolved, &entry);
    Ok(resolved)
}

/// Helm applies a repository's TLS files and (when both are set) its credentials on top of the
/// flags, but not its `insecure_skip_tls_verify`.
fn apply_entry(r: &mut Resolved, entry: &Entry) {
    if !entry.cert_file.is_empty() || !entry.key_file.is_empty() || !entry.ca_file.is_empty() {
        r.tls.cert_file = entry.cert_file.clone();
        r.tls.key_file = entry.key_file.clone();
        r.tls.ca_file = entry.ca_file.clone();
    }
    if !entry.username.is_empty() && !entry.password.is_empty() {
        r.credentials = entry.credentials();
    }
}

/// The first configured repository whose cached index lists `chart_url` (Helm's
/// `scanReposForURL`); a missing cache met before a match is Helm's error.
fn owner_repo(
    chart_url: &str,
    repos: &RepoFile,
    paths: &HelmPaths,
) -> Result<Option<Entry>, RepoError> {
    for entry in &repos.repositories {
        let mut ignored = Vec::new();
        let index =
            IndexFile::load_file(&paths.index_file(&entry.name), &mut ignored).map_err(|e| {
                RepoError::Msg(format!(
                    "no cached repo found. (try 'helm repo update'): {e}"
                ))
            })?;
        for cv in index.entries.values().flatten() {
            let Some(first) = cv.urls.first() else {
                continue;
            };
            if resolve_reference(&entry.url, first).is_ok_and(|u| u == chart_url) {
                return Ok(Some(entry.clone()));
            }
        }
    }
    Ok(None)
}

fn strip_algorithm(digest: &str) -> &str {
    digest.split_once(':').map_or(digest, |(_, hex)| hex)
}

/// `<content cache>/<first 2 hex>/<64 hex>.chart`.
pub fn content_path(paths: &HelmPaths, digest_hex: &str) -> PathBuf {
    paths
        .content_cache
        .join(&digest_hex[..2.min(digest_hex.len())])
        .join(format!("{digest_hex}.chart"))
}

fn check_digest(digest: &str) -> Result<(), RepoError> {
    if digest.is_empty() {
        return Ok(());
    }
    if let Some((i, c)) = digest.char_indices().find(|(_, c)| !c.is_ascii_hexdigit()) {
        return Err(RepoError::Msg(format!(
            "unable to decode digest: encoding/hex: invalid byte: U+{:04X} {c:?} at offset {i}",
            c as u32
        )));
    }
    if digest.len() % 2 == 1 {
        return Err(RepoError::Msg(
            "unable to decode digest: encoding/hex: odd length hex string".into(),
        ));
    }
    if digest.len() != 64 {
        return Err(RepoError::Msg(format!(
            "invalid digest length: {}",
            digest.len() / 2
        )));
    }
    Ok(())
}

/// Downloads a resolved chart, checking its sha256 against the index digest when there is one.
pub async fn download(r: &Resolved) -> Result<Vec<u8>, RepoError> {
    let data = http::get(&http::Request {
        url: &r.url,
        tls: &r.tls,
        credentials: &r.credentials,
        accept: Some(ACCEPT_CHART),
        timeout: http::DEFAULT_TIMEOUT,
    })
    .await?;
    if !r.digest.is_empty() {
        let got = sha256_hex(&data);
        if !got.eq_ignore_ascii_case(&r.digest) {
            return Err(RepoError::Msg(format!(
                "the chart downloaded from {} has digest sha256:{got}, but the repository index says sha256:{}: the index or the archive is corrupt or stale; run 'helm repo update' and try again",
                r.url, r.digest
            )));
        }
    }
    Ok(data)
}

/// Helm 4's `DownloadToCache`: the cached archive when the index digest is known and cached,
/// else a download stored under its digest.
pub async fn download_to_cache(r: &Resolved, paths: &HelmPaths) -> Result<PathBuf, RepoError> {
    check_digest(&r.digest)?;
    if !r.digest.is_empty() {
        let p = content_path(paths, &r.digest.to_ascii_lowercase());
        if std::fs::metadata(&p).is_ok_and(|m| m.is_file() && m.len() > 0) {
            return Ok(p);
        }
    }
    let data = download(r).await?;
    let key = if r.digest.is_empty() {
        sha256_hex(&data)
    } else {
        r.digest.to_ascii_lowercase()
    };
    let p = content_path(paths, &key);
    write_atomic(&p, &data, 0o644)?;
    Ok(p)
}

/// Helm's `LocateChart` for install, upgrade, template and show: a local path as is, else the
/// chart in the content cache (downloaded when missing). With `--verify` its provenance file
/// (beside a local archive; from the cache, else fetched and cached) must verify. The lines
/// Helm logs on the way are added to `log`, also when it fails.
pub async fn locate(
    name: &str,
    opts: &ChartOptions,
    paths: &HelmPaths,
    log: &mut Vec<String>,
) -> Result<PathBuf, RepoError> {
    let verify = opts.verify == Verify::Always;
    if let Some(p) = local_path(name, opts)? {
        if verify {
            let prov = PathBuf::from(format!("{}.prov", p.display()));
            provenance::verify_chart(&p, &prov, &opts.keyring)?;
        }
        return Ok(p);
    }
    if is_oci(name) {
        let pulled = pull_oci(name, &opts.effective_version(), &oci_settings(opts), paths).await?;
        log.extend(pulled.log.iter().cloned());
        let hex = pulled
            .chart_digest
            .strip_prefix("sha256:")
            .unwrap_or(&pulled.chart_digest);
        let path = content_path(paths, hex);
        if !std::fs::metadata(&path).is_ok_and(|m| m.is_file() && m.len() > 0) {
            write_atomic(&path, &pulled.data, 0o644)?;
        }
        if verify {
            let source = Source::Oci(&pulled.reference);
            let prov = provenance_of(
                &source,
                &pulled.data,
                opts,
                paths,
                ProvCache::ReadWrite,
                log,
            )
            .await?;
            let name = oci::archive_name(&pulled.reference);
            check(&pulled.data, prov.ok().as_deref(), &name, opts)?;
        }
        return Ok(path);
    }
    let r = resolve(name, opts, paths).await?;
    log.extend(r.warnings.iter().cloned());
    let path = download_to_cache(&r, paths).await?;
    if verify {
        let data = std::fs::read(&path)
            .map_err(|e| RepoError::io(format!("cannot read {}", path.display()), e))?;
        let prov = provenance_of(
            &Source::Http(&r),
            &data,
            opts,
            paths,
            ProvCache::ReadWrite,
            log,
        )
        .await?;
        check(
            &data,
            prov.ok().as_deref(),
            super::url::base_name(&r.url),
            opts,
        )?;
    }
    Ok(path)
}

/// Where a remote chart came from, for fetching its provenance file beside it.
enum Source<'a> {
    Http(&'a Resolved),
    Oci(&'a oci::Reference),
}

impl Source<'_> {
    /// The provenance file's location as Helm names it in its errors.
    fn prov_url(&self) -> String {
        match self {
            Source::Http(r) => format!("{}.prov", r.url),
            Source::Oci(r) => format!("{}{r}.prov", oci::SCHEME_PREFIX),
        }
    }
}

/// How the content cache serves provenance files: `DownloadToCache` reads and fills it,
/// `DownloadTo` (`pull`) only reads it for a chart whose index digest is known, and not for
/// OCI charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ProvCache {
    ReadWrite,
    Read,
    Unused,
}

/// Helm's warning when `pull --prov` (or `dependency build --verify`) finds no provenance
/// file for `reference` (the chart as asked for).
fn missing_prov_warning(reference: &str, reason: &str) -> String {
    format!("WARNING: Verification not found for {reference}: {reason}\n")
}

/// `<content cache>/<2 hex>/<64 hex>.prov`: a provenance file cached under its chart's digest.
fn prov_cache_path(paths: &HelmPaths, chart: &[u8]) -> PathBuf {
    content_path(paths, &sha256_hex(chart)).with_extension("prov")
}

/// Helm's provenance step of `DownloadTo`/`DownloadToCache`: the chart's `.prov`, from the
/// content cache (keyed by the chart's digest), else fetched beside the chart (the `.prov`
/// layer in a registry). When it cannot be fetched: Helm's error with `opts.verify`
/// `Always`, else the reason as the inner `Err` (for Helm's warning).
async fn provenance_of(
    source: &Source<'_>,
    chart: &[u8],
    opts: &ChartOptions,
    paths: &HelmPaths,
    cache: ProvCache,
    log: &mut Vec<String>,
) -> Result<Result<Vec<u8>, String>, RepoError> {
    let cached = prov_cache_path(paths, chart);
    if cache != ProvCache::Unused {
        if let Ok(data) = std::fs::read(&cached) {
            return Ok(Ok(data));
        }
    }
    let fetched: Result<Vec<u8>, RepoError> = match source {
        Source::Http(r) => {
            let url = format!("{}.prov", r.url);
            http::get(&http::Request {
                url: &url,
                tls: &r.tls,
                credentials: &r.credentials,
                accept: None,
                timeout: http::DEFAULT_TIMEOUT,
            })
            .await
            .map_err(RepoError::from)
        }
        Source::Oci(reference) => async {
            let reg = oci::Registry::new(&reference.registry, &oci_settings(opts))?;
            let (data, lines) = oci::pull_prov(&reg, reference).await?;
            log.extend(lines);
            Ok(data)
        }
        .await
        .map_err(|e: oci::OciError| RepoError::from(e)),
    };
    match fetched {
        Ok(data) => {
            if cache == ProvCache::ReadWrite {
                write_atomic(&cached, &data, 0o644)?;
            }
            Ok(Ok(data))
        }
        Err(_) if opts.verify == Verify::Always => Err(RepoError::Msg(format!(
            "failed to fetch provenance {}",
            gostd::strconv::quote(&source.prov_url())
        ))),
        Err(e) => Ok(Err(e.to_string())),
    }
}

/// The provenance check of `--verify`: `chart` saved as `file_name` against the keyring.
fn check(
    chart: &[u8],
    prov: Option<&[u8]>,
    file_name: &str,
    opts: &ChartOptions,
) -> Result<provenance::Verification, RepoError> {
    let keys = provenance::load_keyring(&opts.keyring)?;
    Ok(provenance::verify(
        chart,
        prov.unwrap_or_default(),
        file_name,
        &keys,
    )?)
}

/// Whether `name` is an OCI reference (`oci://…`).
pub fn is_oci(name: &str) -> bool {
    name.trim().starts_with(oci::SCHEME_PREFIX)
}

/// The registry settings of these chart options.
pub fn oci_settings(opts: &ChartOptions) -> oci::Settings {
    oci::Settings {
        tls: opts.tls.clone(),
        plain_http: opts.plain_http,
        username: opts.username.clone(),
        password: opts.password.clone(),
        registry_config: opts.registry_config.clone(),
    }
}

/// An `oci://` chart: the reference resolved against `--version` (Helm's
/// `ValidateReference`), then the chart layer from the content cache when it holds that
/// digest, else from the registry.
pub async fn pull_oci(
    name: &str,
    version: &str,
    settings: &oci::Settings,
    paths: &HelmPaths,
) -> Result<oci::Pulled, RepoError> {
    let name = name.trim();
    let reference = oci::Reference::parse(name)?;
    let reg = oci::Registry::new(&reference.registry, settings)
        .map_err(|e| RepoError::Msg(format!("missing registry client: {e}")))?;
    let resolved = oci::resolve(&reg, name, version).await?;
    let cached = |hex: &str| {
        std::fs::read(content_path(paths, hex))
            .ok()
            .filter(|d| !d.is_empty())
    };
    Ok(oci::pull(&reg, &resolved, cached).await?)
}

/// Downloads a repository's index (`<url>/index.yaml`) with the entry's TLS files and
/// credentials, and loads it (warnings name the repository URL).
pub async fn download_index(
    entry: &Entry,
    timeout: Duration,
    warnings: &mut Vec<String>,
) -> Result<(Vec<u8>, IndexFile), RepoError> {
    let url = resolve_reference(&entry.url, "index.yaml").map_err(RepoError::Msg)?;
    if !entry.url.contains("://") {
        return Err(RepoError::Msg(format!(
            "could not find protocol handler for: {}",
            entry.url.split(':').next().unwrap_or("")
        )));
    }
    let data = http::get(&http::Request {
        url: &url,
        tls: &entry.tls(),
        credentials: &entry.credentials(),
        accept: None,
        timeout,
    })
    .await?;
    let index = IndexFile::load(&data, &entry.url, warnings)?;
    Ok((data, index))
}

/// Stores a downloaded index in the repository cache: `<name>-charts.txt`, then
/// `<name>-index.yaml` (the bytes served), both atomically.
pub fn write_index_cache(
    paths: &HelmPaths,
    name: &str,
    data: &[u8],
    index: &IndexFile,
) -> Result<(), RepoError> {
    write_atomic(
        &paths.charts_file(name),
        index.chart_names().as_bytes(),
        0o644,
    )?;
    write_atomic(&paths.index_file(name), data, 0o644)
}

/// What `pull` does with the chart (Helm's `-d`, `--untar`, `--untardir`).
#[derive(Debug, Clone)]
pub struct PullOptions {
    /// `-d`: where the archive is saved.
    pub destination: PathBuf,
    /// `--untar`: unpack the archive instead of keeping it.
    pub untar: bool,
    /// `--untardir`: where it is unpacked, under the destination.
    pub untar_dir: PathBuf,
}

/// Helm's `pull`: the archive saved as `DEST/<file name of its URL>` (DEST must exist), or with
/// `--untar` expanded into `DEST/UNTARDIR/<chart name>` (refused when that exists). A cached
/// copy (by index digest) is used instead of a download. With `--verify` the provenance file
/// is fetched and checked before anything is written (Helm writes first and checks after),
/// and saved beside the archive; with `--prov` it is saved unchecked when there is one.
/// Returns what Helm prints on stdout (the verification report, a missing-provenance
/// warning); its log lines are added to `log`, also when it fails.
pub async fn pull(
    name: &str,
    opts: &ChartOptions,
    paths: &HelmPaths,
    pull: &PullOptions,
    log: &mut Vec<String>,
) -> Result<String, RepoError> {
    let mut output = String::new();
    let fetch_prov = opts.verify != Verify::Never;
    let (data, file_name, prov) = if is_oci(name) {
        let p = pull_oci(name, &opts.effective_version(), &oci_settings(opts), paths).await?;
        log.extend(p.log.iter().cloned());
        let file_name = oci::archive_name(&p.reference);
        let prov = match fetch_prov {
            false => None,
            true => {
                let source = Source::Oci(&p.reference);
                provenance_of(&source, &p.data, opts, paths, ProvCache::Unused, log)
                    .await?
                    .map_err(|e| output.push_str(&missing_prov_warning(name.trim(), &e)))
                    .ok()
            }
        };
        (p.data, file_name, prov)
    } else {
        let r = resolve(name, opts, paths).await?;
        check_digest(&r.digest)?;
        let cached = (!r.digest.is_empty())
            .then(|| content_path(paths, &r.digest.to_ascii_lowercase()))
            .and_then(|p| std::fs::read(p).ok())
            .filter(|d| !d.is_empty());
        let data = match cached {
            Some(d) => d,
            None => download(&r).await?,
        };
        log.extend(r.warnings.iter().cloned());
        let prov = match fetch_prov {
            false => None,
            true => {
                let source = Source::Http(&r);
                let cache = match r.digest.is_empty() {
                    true => ProvCache::Unused,
                    false => ProvCache::Read,
                };
                // With --repo, helm downloads (and names) the chart's URL.
                let reference = match opts.repo_url.is_empty() {
                    true => name.trim(),
                    false => r.url.as_str(),
                };
                provenance_of(&source, &data, opts, paths, cache, log)
                    .await?
                    .map_err(|e| output.push_str(&missing_prov_warning(reference, &e)))
                    .ok()
            }
        };
        (data, super::url::base_name(&r.url).to_string(), prov)
    };
    let checked = match opts.verify {
        Verify::Always => true,
        Verify::IfPossible => prov.is_some(),
        Verify::Never | Verify::Later => false,
    };
    if checked {
        let v = check(&data, prov.as_deref(), &file_name, opts)?;
        output.push_str(&v.report());
    }
    if !pull.untar {
        let file = pull.destination.join(&file_name);
        if !pull.destination.is_dir() {
            return Err(RepoError::Msg(format!(
                "cannot save {}: the destination folder {} does not exist; create it or pass another -d",
                file.display(),
                pull.destination.display()
            )));
        }
        write_atomic(&file, &data, 0o644)?;
        if let Some(prov) = &prov {
            let prov_file = pull.destination.join(format!("{file_name}.prov"));
            write_atomic(&prov_file, prov, 0o644)?;
        }
        return Ok(output);
    }
    // Go's filepath.Join and Clean: `./.` is `.`, `d/./x` is `d/x`.
    let clean = |p: &Path| PathBuf::from(crate::chart::archive::clean_path(&p.to_string_lossy()));
    let ud = if pull.untar_dir.is_absolute() {
        clean(&pull.untar_dir)
    } else {
        clean(&pull.destination.join(&pull.untar_dir))
    };
    let chart_base = Path::new(name.trim())
        .file_name()
        .map(PathBuf::from)
        .unwrap_or_default();
    let check = if ud == Path::new(".") {
        chart_base
    } else {
        ud.join(chart_base)
    };
    if check.exists() {
        return Err(RepoError::Msg(format!(
            "failed to untar: a file or directory with the name {} already exists",
            check.display()
        )));
    }
    std::fs::create_dir_all(&check)
        .map_err(|e| RepoError::io(format!("failed to untar (mkdir {})", check.display()), e))?;
    expand(&ud, &data)?;
    Ok(output)
}

/// Helm's `chartutil.ExpandFile`: the archive's files written to `dir/<chart name>/…`, with the
/// archive reader's path checks and size limits.
pub fn expand(dir: &Path, data: &[u8]) -> Result<(), RepoError> {
    // The archive reader's error as helm prints it (no prefix).
    let files = crate::chart::archive::load_archive_files(data)
        .map_err(|e| RepoError::Msg(e.to_string()))?;
    let chart_yaml = files
        .iter()
        .find(|f| f.name == "Chart.yaml")
        .ok_or_else(|| RepoError::Msg("failed to untar: no Chart.yaml in the archive".into()))?;
    let meta = goyaml::from_str(&String::from_utf8_lossy(&chart_yaml.data))
        .ok()
        .and_then(|v| crate::chart::metadata::Metadata::from_value(&v).ok())
        .ok_or_else(|| RepoError::Msg("failed to untar: Chart.yaml cannot be read".into()))?;
    let base = crate::chart::ignore::base_name(&meta.name);
    if base.is_empty() || base == "." || base == ".." {
        return Err(RepoError::Msg(format!(
            "failed to untar: invalid chart name {:?}",
            meta.name
        )));
    }
    let root = dir.join(base);
    for f in &files {
        // The archive reader has already refused absolute names and names leaving the chart.
        // Failures read as Go's (`mkdir out/c/files: not a directory` when an earlier entry
        // made a file where a folder is needed).
        use crate::chart::loader::go_io_error;
        let target = root.join(&f.name);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                RepoError::Msg(if parent.exists() && !parent.is_dir() {
                    format!("mkdir {}: not a directory", parent.display())
                } else {
                    go_io_error("mkdir", parent, &e)
                })
            })?;
        }
        std::fs::write(&target, &f.data)
            .map_err(|e| RepoError::Msg(go_io_error("open", &target, &e)))?;
    }
    Ok(())
}
