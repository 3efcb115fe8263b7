//! Chart repositories as Helm keeps them: `repositories.yaml` ([`config`]), the cached and
//! served `index.yaml` ([`index`]), downloads over HTTP(S) ([`http`]) and the resolution of a
//! chart reference (`repo/chart`, `--repo URL chart`, a chart URL) to an archive in the
//! content cache ([`locate`]). Files are the ones Helm 4 reads and writes, so helm and rhelm can
//! share one configuration and cache in either direction.

pub mod config;
pub mod credentials;
pub mod http;
pub mod index;
pub mod locate;
pub mod oci;
pub mod paths;
pub mod refresh;
pub mod search;
pub mod url;

use std::io::Write as _;
use std::path::{Path, PathBuf};

pub use paths::HelmPaths;

/// A failure of a repository operation, with Helm's text where Helm has one.
#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    /// A file could not be read or written; `what` says which and why it was touched.
    #[error("{what}: {source}")]
    Io {
        /// What was being done, and to which file.
        what: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A download failed (connection, TLS, HTTP status, body).
    #[error(transparent)]
    Http(#[from] http::HttpError),
    /// `repositories.yaml` could not be parsed.
    #[error("{path}: {msg}")]
    Config {
        /// The file's path.
        path: PathBuf,
        /// Why it does not parse.
        msg: String,
    },
    /// An index could not be loaded (empty, not YAML/JSON, unknown field, no apiVersion).
    #[error("{0}")]
    Index(String),
    /// An OCI registry operation failed.
    #[error(transparent)]
    Oci(#[from] oci::OciError),
    /// A provenance check failed (`--verify`).
    #[error(transparent)]
    Provenance(#[from] crate::chart::provenance::ProvenanceError),
    /// Any other failure, with Helm's message (`repo NAME not found`, `no cached repo found…`).
    #[error("{0}")]
    Msg(String),
}

impl RepoError {
    pub(crate) fn io(what: impl Into<String>, source: std::io::Error) -> RepoError {
        RepoError::Io {
            what: what.into(),
            source,
        }
    }
}

/// Writes `data` to `path` through a temporary file in the same folder and a rename, so a
/// reader sees the old or the new content, never a half-written file. Creates the folder.
pub fn write_atomic(path: &Path, data: &[u8], mode: u32) -> Result<(), RepoError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .map_err(|e| RepoError::io(format!("cannot create {}", dir.display()), e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .tempfile_in(dir)
        .map_err(|e| RepoError::io(format!("cannot create a file in {}", dir.display()), e))?;
    let what = || format!("cannot write {}", path.display());
    tmp.write_all(data).map_err(|e| RepoError::io(what(), e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(|e| RepoError::io(what(), e))?;
    }
    #[cfg(not(unix))]
    let _ = mode;
    tmp.persist(path)
        .map_err(|e| RepoError::io(what(), e.error))?;
    Ok(())
}

/// Lowercase hex of bytes (digests).
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// The sha256 of `data`, as lowercase hex.
pub fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest as _;
    hex(&sha2::Sha256::digest(data))
}
