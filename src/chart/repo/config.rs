//! `repositories.yaml` (Helm's `repo.File`): read leniently like sigs.k8s.io/yaml into Go
//! structs (unknown keys ignored, keys matched case-insensitively), written with sorted keys
//! and every entry field present, atomically and with mode 0600. Writers hold Helm's lock
//! file (`repositories.lock` beside it) so helm and rhelm never interleave their updates.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use super::http::{Credentials, TlsFiles};
use super::{write_atomic, RepoError};

/// One configured repository (Helm's `repo.Entry`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// The name the repository is added under.
    pub name: String,
    /// The repository URL.
    pub url: String,
    /// The basic-auth user name.
    pub username: String,
    /// The basic-auth password.
    pub password: String,
    /// A client certificate file.
    pub cert_file: String,
    /// The client certificate's key file.
    pub key_file: String,
    /// A CA bundle that verifies the server.
    pub ca_file: String,
    /// Whether the server's certificate is not checked.
    pub insecure_skip_tls_verify: bool,
    /// Whether credentials go to other hosts too (chart URLs elsewhere).
    pub pass_credentials_all: bool,
}

impl Entry {
    /// The entry's TLS files and its own `insecure_skip_tls_verify`.
    pub fn tls(&self) -> TlsFiles {
        TlsFiles {
            ca_file: self.ca_file.clone(),
            cert_file: self.cert_file.clone(),
            key_file: self.key_file.clone(),
            insecure_skip_tls_verify: self.insecure_skip_tls_verify,
        }
    }

    /// The entry's credentials, bound to its URL.
    pub fn credentials(&self) -> Credentials {
        Credentials {
            username: self.username.clone(),
            password: self.password.clone(),
            url: self.url.clone(),
            pass_all: self.pass_credentials_all,
        }
    }

    fn from_value(v: &Value) -> Entry {
        let Value::Object(m) = v else {
            return Entry::default();
        };
        let s = |k: &str| match field(m, k) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::Bool(b)) => b.to_string(),
            _ => String::new(),
        };
        let b = |k: &str| matches!(field(m, k), Some(Value::Bool(true)));
        Entry {
            name: s("name"),
            url: s("url"),
            username: s("username"),
            password: s("password"),
            cert_file: s("certFile"),
            key_file: s("keyFile"),
            ca_file: s("caFile"),
            insecure_skip_tls_verify: b("insecure_skip_tls_verify"),
            pass_credentials_all: b("pass_credentials_all"),
        }
    }

    fn to_value(&self) -> Value {
        let mut m = Map::new();
        m.insert("caFile".into(), self.ca_file.clone().into());
        m.insert("certFile".into(), self.cert_file.clone().into());
        m.insert(
            "insecure_skip_tls_verify".into(),
            self.insecure_skip_tls_verify.into(),
        );
        m.insert("keyFile".into(), self.key_file.clone().into());
        m.insert("name".into(), self.name.clone().into());
        m.insert(
            "pass_credentials_all".into(),
            self.pass_credentials_all.into(),
        );
        m.insert("password".into(), self.password.clone().into());
        m.insert("url".into(), self.url.clone().into());
        m.insert("username".into(), self.username.clone().into());
        Value::Object(m)
    }
}

/// encoding/json's field match: the exact key, else a case-insensitive one.
fn field<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    m.get(key).or_else(|| {
        m.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    })
}

/// The whole file (Helm's `repo.File`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoFile {
    /// `apiVersion` as written.
    pub api_version: String,
    /// `generated` as written; Go's zero time when the file is new.
    pub generated: String,
    /// The repositories, in the file's order.
    pub repositories: Vec<Entry>,
}

impl Default for RepoFile {
    fn default() -> Self {
        RepoFile {
            api_version: String::new(),
            generated: "0001-01-01T00:00:00Z".into(),
            repositories: Vec::new(),
        }
    }
}

impl RepoFile {
    /// Reads `path`; `Ok(None)` when it does not exist.
    pub fn load(path: &Path) -> Result<Option<RepoFile>, RepoError> {
        let data = match std::fs::read(path) {
            Ok(d) => d,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(RepoError::io(
                    format!("couldn't load repositories file ({})", path.display()),
                    e,
                ))
            }
        };
        Self::parse(&data)
            .map(Some)
            .map_err(|msg| RepoError::Config {
                path: path.to_path_buf(),
                msg,
            })
    }

    /// Reads `path`, an absent file being an empty configuration.
    pub fn load_or_default(path: &Path) -> Result<RepoFile, RepoError> {
        Ok(Self::load(path)?.unwrap_or_default())
    }

    /// Parses the YAML (or JSON) text of a repositories file.
    pub fn parse(data: &[u8]) -> Result<RepoFile, String> {
        let text = String::from_utf8_lossy(data);
        let v = goyaml::from_str(&text).map_err(|e| e.to_string())?;
        let mut f = RepoFile::default();
        let m = match v {
            Value::Null => return Ok(f),
            Value::Object(m) => m,
            other => {
                return Err(format!(
                    "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go value of type repo.File",
                    crate::chart::gofmt::json_kind(&other)
                ))
            }
        };
        if let Some(Value::String(s)) = field(&m, "apiVersion") {
            f.api_version = s.clone();
        }
        if let Some(Value::String(s)) = field(&m, "generated") {
            f.generated = s.clone();
        }
        if let Some(Value::Array(items)) = field(&m, "repositories") {
            f.repositories = items.iter().map(Entry::from_value).collect();
        }
        Ok(f)
    }

    /// The YAML Helm writes (sigs.k8s.io/yaml: keys sorted, every entry field present).
    pub fn to_yaml(&self) -> String {
        let mut m = Map::new();
        m.insert("apiVersion".into(), self.api_version.clone().into());
        m.insert("generated".into(), self.generated.clone().into());
        m.insert(
            "repositories".into(),
            Value::Array(self.repositories.iter().map(Entry::to_value).collect()),
        );
        goyaml::to_string(&Value::Object(m))
    }

    /// Writes the file atomically with mode 0600.
    pub fn write(&self, path: &Path) -> Result<(), RepoError> {
        write_atomic(path, self.to_yaml().as_bytes(), 0o600)
    }

    /// The entry named `name`.
    pub fn get(&self, name: &str) -> Option<&Entry> {
        self.repositories.iter().find(|e| e.name == name)
    }

    /// Replaces the entry of the same name in place, or appends it.
    pub fn update(&mut self, entry: Entry) {
        match self.repositories.iter_mut().find(|e| e.name == entry.name) {
            Some(e) => *e = entry,
            None => self.repositories.push(entry),
        }
    }

    /// Removes the entry named `name`; false when there is none.
    pub fn remove(&mut self, name: &str) -> bool {
        let before = self.repositories.len();
        self.repositories.retain(|e| e.name != name);
        self.repositories.len() != before
    }
}

/// Helm's lock on the repositories file, released on drop (the file stays, as with Helm).
#[derive(Debug)]
pub struct RepoLock {
    _file: File,
}

/// `repositories.yaml` → `repositories.lock` (the extension replaced, else appended).
pub fn lock_path(config: &Path) -> PathBuf {
    match config.extension() {
        Some(_) if config.file_stem().is_some_and(|s| !s.is_empty()) => {
            config.with_extension("lock")
        }
        _ => PathBuf::from(format!("{}.lock", config.display())),
    }
}

/// Takes the lock beside `config` (creating its folder), retrying every second for up to
/// 30 seconds as Helm does.
pub fn lock(config: &Path) -> Result<RepoLock, RepoError> {
    let path = lock_path(config);
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| RepoError::io(format!("cannot create {}", dir.display()), e))?;
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.create(true).truncate(false).read(true).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let file = opts
        .open(&path)
        .map_err(|e| RepoError::io(format!("cannot open the lock file {}", path.display()), e))?;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(RepoLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_secs(1));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(RepoError::Msg(format!(
                    "timed out after 30s waiting for the lock on {}: another helm or rhelm is changing the repositories; try again when it has finished",
                    path.display()
                )))
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(RepoError::io(format!("cannot lock {}", path.display()), e))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_what_helm_writes() {
        let mut f = RepoFile::default();
        f.update(Entry {
            name: "myrepo".into(),
            url: "http://127.0.0.1:8879/charts".into(),
            ..Default::default()
        });
        assert_eq!(
            f.to_yaml(),
            "apiVersion: \"\"\ngenerated: \"0001-01-01T00:00:00Z\"\nrepositories:\n- caFile: \"\"\n  certFile: \"\"\n  insecure_skip_tls_verify: false\n  keyFile: \"\"\n  name: myrepo\n  pass_credentials_all: false\n  password: \"\"\n  url: http://127.0.0.1:8879/charts\n  username: \"\"\n"
        );
        let back = RepoFile::parse(f.to_yaml().as_bytes()).unwrap();
        assert_eq!(back, f);
    }

    #[test]
    fn reads_leniently() {
        let f = RepoFile::parse(
            b"apiVersion: v1\nrepositories:\n- name: a\n  URL: http://x\n  cache: old\n  insecure_skip_tls_verify: true\n",
        )
        .unwrap();
        assert_eq!(f.repositories[0].url, "http://x");
        assert!(f.repositories[0].insecure_skip_tls_verify);
        assert_eq!(f.generated, "0001-01-01T00:00:00Z");
        assert!(RepoFile::parse(b"- a\n").is_err());
    }

    #[test]
    fn lock_file_names() {
        assert_eq!(
            lock_path(Path::new("/h/repositories.yaml")),
            Path::new("/h/repositories.lock")
        );
        assert_eq!(lock_path(Path::new("/h/repos")), Path::new("/h/repos.lock"));
    }
}
