//! `Chart.lock` (and apiVersion v1's `requirements.lock`) as `helm dependency update` writes
//! and `helm dependency build` checks it: the digest of the requested and locked dependencies,
//! and the file's YAML.

use std::path::Path;

use serde_json::{Map, Value};

use super::metadata::{Dependency, Lock};

/// Helm's `resolver.HashReq`: `sha256:` and the hex SHA-256 of Go's JSON of
/// `[requested, locked]` (each dependency with Go's field order and `omitempty`s; no
/// requested list at all is Go's `null`).
pub fn digest(requested: Option<&[Dependency]>, locked: &[Dependency]) -> String {
    let list = |deps: &[Dependency]| Value::Array(deps.iter().map(go_dependency).collect());
    let requested = requested.map_or(Value::Null, list);
    hash(&Value::Array(vec![requested, list(locked)]))
}

/// Helm's `resolver.HashV2Req`, the digest Helm 2 wrote into `requirements.lock`:
/// Go's JSON of `{"dependencies": requested}`.
pub fn digest_v2(requested: &[Dependency]) -> String {
    let mut m = Map::new();
    m.insert(
        "dependencies".into(),
        Value::Array(requested.iter().map(go_dependency).collect()),
    );
    hash(&Value::Object(m))
}

fn hash(v: &Value) -> String {
    let json = crate::release::gojson::to_string(v).unwrap_or_default();
    format!("sha256:{}", crate::chart::repo::sha256_hex(json.as_bytes()))
}

/// A dependency as Go marshals `*chart.Dependency`: fields in struct order, and the maps in
/// `import-values` with sorted keys and Go's numbers, as a round trip through `interface{}`.
fn go_dependency(d: &Dependency) -> Value {
    let mut v = crate::release::gojson::go_numbers(&d.to_json());
    if let Some(Value::Array(items)) = v.get_mut("import-values") {
        for item in items {
            crate::release::gojson::sort_map_keys(item);
        }
    }
    v
}

/// The lock file's name for a chart of `api_version`.
pub fn file_name(api_version: &str) -> &'static str {
    if api_version == super::metadata::API_VERSION_V1 {
        "requirements.lock"
    } else {
        "Chart.lock"
    }
}

/// The YAML Helm writes (sigs.k8s.io/yaml: keys sorted; each dependency keeps only `name`,
/// `repository` and, when set, `version`).
pub fn to_yaml(lock: &Lock) -> String {
    let deps = lock
        .dependencies
        .iter()
        .map(|d| {
            let mut m = Map::new();
            m.insert("name".into(), d.name.clone().into());
            m.insert("repository".into(), d.repository.clone().into());
            if !d.version.is_empty() {
                m.insert("version".into(), d.version.clone().into());
            }
            Value::Object(m)
        })
        .collect();
    let mut m = Map::new();
    m.insert("dependencies".into(), Value::Array(deps));
    m.insert("digest".into(), lock.digest.clone().into());
    m.insert("generated".into(), lock.generated.clone().into());
    goyaml::to_string(&Value::Object(m))
}

/// A lock file that could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("the {name} file is a symlink to {target:?}")]
    /// The lock file is a symbolic link, which Helm refuses to write through.
    Symlink {
        /// `Chart.lock` or `requirements.lock`.
        name: &'static str,
        /// Where the link points.
        target: String,
    },
    /// The file could not be written.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file's path.
        path: String,
        /// Why it could not be written.
        #[source]
        source: std::io::Error,
    },
}

/// Writes the lock file into `chart_dir` (mode 0644), refusing to follow a symbolic link there.
pub fn write(chart_dir: &Path, lock: &Lock, api_version: &str) -> Result<(), WriteError> {
    let name = file_name(api_version);
    let dest = chart_dir.join(name);
    let io = |source| WriteError::Io {
        path: dest.display().to_string(),
        source,
    };
    match std::fs::symlink_metadata(&dest) {
        Ok(md) if md.file_type().is_symlink() => {
            let target = std::fs::read_link(&dest).map_err(io)?;
            return Err(WriteError::Symlink {
                name,
                target: target.display().to_string(),
            });
        }
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(e)),
        _ => {}
    }
    crate::chart::repo::write_atomic(&dest, to_yaml(lock).as_bytes(), 0o644).map_err(|e| {
        WriteError::Io {
            path: dest.display().to_string(),
            source: std::io::Error::other(e.to_string()),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dep(name: &str, version: &str, repository: &str) -> Dependency {
        Dependency {
            name: name.into(),
            version: version.into(),
            repository: repository.into(),
            ..Default::default()
        }
    }

    #[test]
    fn digest_hashes_go_json_of_requested_and_locked() {
        let req = [dep("web", "^1.0.0", "https://example.com/a&b")];
        let locked = [dep("web", "1.2.0", "https://example.com/a&b")];
        // Go escapes `&` as \u0026 and leaves out an empty version.
        let json = r#"[[{"name":"web","version":"^1.0.0","repository":"https://example.com/a\u0026b"}],[{"name":"web","version":"1.2.0","repository":"https://example.com/a\u0026b"}]]"#;
        assert_eq!(
            digest(Some(&req), &locked),
            format!("sha256:{}", crate::chart::repo::sha256_hex(json.as_bytes()))
        );
        let v2 = r#"{"dependencies":[{"name":"web","version":"^1.0.0","repository":"https://example.com/a\u0026b"}]}"#;
        assert_eq!(
            digest_v2(&req),
            format!("sha256:{}", crate::chart::repo::sha256_hex(v2.as_bytes()))
        );
    }

    #[test]
    fn yaml_keeps_three_fields_sorted() {
        let mut d = dep("web", "1.0", "file://../web");
        d.alias = "front".into();
        let lock = Lock {
            generated: "2026-12-06T02:57:48.159619566Z".into(),
            digest: "sha256:ab".into(),
            dependencies: vec![d, dep("db", "", "")],
        };
        assert_eq!(
            to_yaml(&lock),
            "dependencies:\n- name: web\n  repository: file://../web\n  version: \"1.0\"\n- name: db\n  repository: \"\"\ndigest: sha256:ab\ngenerated: \"2026-12-06T02:57:48.159619566Z\"\n"
        );
    }
}
