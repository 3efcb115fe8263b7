//! Registry credentials in Docker's `config.json` format, the file `helm registry login` writes
//! (`HELM_REGISTRY_CONFIG`, default `<config>/registry/config.json`): `auths` maps a registry
//! `host[:port]` to `{"auth": base64("user:password")}`. Lookups fall back to Docker's own file
//! (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`) as Helm's store does; writes go to
//! Helm's file only, tab-indented, mode 0600 in a 0700 folder, other keys kept. A file naming a
//! credential helper (`credHelpers`, `credsStore`) is answered by `docker-credential-NAME get`.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde_json::{Map, Value};

use super::{write_atomic, RepoError};

/// A user name and password (or identity token) for one registry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credential {
    /// The user name.
    pub username: String,
    /// The password or identity token.
    pub password: String,
}

/// The key a registry host is stored under (oras' `ServerAddressFromRegistry`): Docker Hub's
/// names map to Docker's historical key.
pub fn server_address(host: &str) -> String {
    match host {
        "docker.io" | "registry-1.docker.io" | "index.docker.io" => {
            "https://index.docker.io/v1/".to_string()
        }
        h => h.to_string(),
    }
}

fn read_config(path: &Path) -> Result<Option<Map<String, Value>>, RepoError> {
    let data = match std::fs::read(path) {
        Ok(d) => d,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(RepoError::io(format!("cannot read {}", path.display()), e)),
    };
    if data.iter().all(u8::is_ascii_whitespace) {
        return Ok(Some(Map::new()));
    }
    match serde_json::from_slice::<Value>(&data) {
        Ok(Value::Object(m)) => Ok(Some(m)),
        Ok(_) | Err(_) => Err(RepoError::Msg(format!(
            "failed to decode config file at {}: invalid JSON: fix or remove the file and log in again",
            path.display()
        ))),
    }
}

fn entry_credential(entry: &Value) -> Option<Credential> {
    let e = entry.as_object()?;
    let text = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let auth = text("auth");
    if !auth.is_empty() {
        let raw = base64::engine::general_purpose::STANDARD
            .decode(auth.trim())
            .ok()?;
        let raw = String::from_utf8(raw).ok()?;
        let (u, p) = raw.split_once(':')?;
        return Some(Credential {
            username: u.to_string(),
            password: p.to_string(),
        });
    }
    let (username, password, token) = (text("username"), text("password"), text("identitytoken"));
    if !token.is_empty() {
        return Some(Credential {
            username: String::new(),
            password: token,
        });
    }
    (!username.is_empty() || !password.is_empty()).then_some(Credential { username, password })
}

/// Docker's own credentials file, Helm's fallback for reading.
fn docker_config() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("DOCKER_CONFIG").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d).join("config.json"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".docker/config.json"))
}

/// The stored credential for `host`: Helm's file first, then Docker's. An unreadable Docker
/// file is skipped; an unreadable Helm file is an error. In each file a credential helper
/// (`credHelpers[host]`, else `credsStore`) answers instead of `auths`, as in Docker.
pub fn lookup(helm_file: &Path, host: &str) -> Result<Option<Credential>, RepoError> {
    let key = server_address(host);
    if let Some(m) = read_config(helm_file)? {
        if let Some(c) = find(&m, &key)? {
            return Ok(Some(c));
        }
    }
    match docker_config().and_then(|p| read_config(&p).ok().flatten()) {
        Some(m) => find(&m, &key),
        None => Ok(None),
    }
}

/// The credential one config file holds for `key`.
fn find(m: &Map<String, Value>, key: &str) -> Result<Option<Credential>, RepoError> {
    let helper = m
        .get("credHelpers")
        .and_then(|h| h.get(key))
        .and_then(Value::as_str)
        .or_else(|| m.get("credsStore").and_then(Value::as_str))
        .filter(|h| !h.is_empty());
    if let Some(helper) = helper {
        return helper_get(helper, key);
    }
    Ok(m.get("auths")
        .and_then(Value::as_object)
        .and_then(|a| a.get(key))
        .and_then(entry_credential))
}

/// Docker's credential-helper protocol: `docker-credential-HELPER get` with the server
/// address on stdin answers `{"Username": …, "Secret": …}` (user `<token>`: an identity
/// token); "credentials not found" is no credential.
fn helper_get(helper: &str, server: &str) -> Result<Option<Credential>, RepoError> {
    use std::io::Write as _;
    let program = format!("docker-credential-{helper}");
    let failed = |e: String| {
        RepoError::Msg(format!(
            "error getting credentials for {server} from the credential helper {program}: {e}"
        ))
    };
    let mut child = std::process::Command::new(&program)
        .arg("get")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| failed(format!("cannot run it ({e}); install it or fix credsStore/credHelpers in the registry config")))?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(server.as_bytes());
    }
    let out = child
        .wait_with_output()
        .map_err(|e| failed(e.to_string()))?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() {
        if text.contains("credentials not found") {
            return Ok(None);
        }
        return Err(failed(format!("{}, out: `{text}`", out.status)));
    }
    let v: Value =
        serde_json::from_str(&text).map_err(|e| failed(format!("its answer is not JSON: {e}")))?;
    let field = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let (username, secret) = (field("Username"), field("Secret"));
    Ok(Some(if username == "<token>" {
        Credential {
            username: String::new(),
            password: secret,
        }
    } else {
        Credential {
            username,
            password: secret,
        }
    }))
}

/// Go's `json.MarshalIndent(v, "", "\t")`: tab indents, keys in the order given.
fn to_go_json(v: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
    let _ = serde::Serialize::serialize(v, &mut ser);
    out
}

/// Go marshals maps with sorted keys; the file is rewritten that way.
fn sorted(v: Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut entries: Vec<(String, Value)> = m.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        other => other,
    }
}

fn write_config(path: &Path, m: Map<String, Value>) -> Result<(), RepoError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            let mut b = std::fs::DirBuilder::new();
            b.recursive(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                b.mode(0o700);
            }
            b.create(dir)
                .map_err(|e| RepoError::io(format!("cannot create {}", dir.display()), e))?;
        }
    }
    write_atomic(path, &to_go_json(&sorted(Value::Object(m))), 0o600)
}

/// Stores `cred` for `host` in Helm's file (`registry login`).
pub fn store(helm_file: &Path, host: &str, cred: &Credential) -> Result<(), RepoError> {
    let mut m = read_config(helm_file)?.unwrap_or_default();
    let auths = m
        .entry("auths")
        .or_insert_with(|| Value::Object(Map::new()));
    if !auths.is_object() {
        *auths = Value::Object(Map::new());
    }
    let auth = base64::engine::general_purpose::STANDARD
        .encode(format!("{}:{}", cred.username, cred.password));
    let mut entry = Map::new();
    entry.insert("auth".into(), Value::String(auth));
    if let Some(a) = auths.as_object_mut() {
        a.insert(server_address(host), Value::Object(entry));
    }
    write_config(helm_file, m)
}

/// Removes the credential stored for `host` from Helm's file (`registry logout`); nothing
/// stored is not an error, as in Helm 4.
pub fn remove(helm_file: &Path, host: &str) -> Result<(), RepoError> {
    let Some(mut m) = read_config(helm_file)? else {
        return Ok(());
    };
    let key = server_address(host);
    let removed = m
        .get_mut("auths")
        .and_then(Value::as_object_mut)
        .and_then(|a| a.remove(&key))
        .is_some();
    if removed {
        write_config(helm_file, m)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_helms_layout_and_reads_it_back() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("registry/config.json");
        let cred = Credential {
            username: "user".into(),
            password: "pass".into(),
        };
        store(&file, "127.0.0.1:5000", &cred).unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(
            text,
            "{\n\t\"auths\": {\n\t\t\"127.0.0.1:5000\": {\n\t\t\t\"auth\": \"dXNlcjpwYXNz\"\n\t\t}\n\t}\n}"
        );
        assert_eq!(lookup(&file, "127.0.0.1:5000").unwrap(), Some(cred));
        assert_eq!(lookup(&file, "127.0.0.1:5001").unwrap(), None);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&file), 0o600);
            assert_eq!(mode(file.parent().unwrap()), 0o700);
        }
        remove(&file, "127.0.0.1:5000").unwrap();
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            "{\n\t\"auths\": {}\n}"
        );
    }

    #[test]
    fn keeps_other_keys_and_sorts_hosts() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.json");
        std::fs::write(
            &file,
            r#"{"auths":{"z:1":{"auth":"eDp5"}},"credHelpers":{}}"#,
        )
        .unwrap();
        let c = Credential {
            username: "a".into(),
            password: "b:c".into(),
        };
        store(&file, "a:1", &c).unwrap();
        let v: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        let keys: Vec<&String> = v["auths"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["a:1", "z:1"]);
        assert!(v.get("credHelpers").is_some());
        // A password may contain ':'; only the first one splits.
        assert_eq!(lookup(&file, "a:1").unwrap(), Some(c));
    }
}
