//! User-supplied values: `-f/--values`, `--set-json`, `--set`, `--set-string`, `--set-file` and
//! `--set-literal`, merged in Helm's order (files, then JSON, set, string, file, literal).

use std::io::Read;
use std::path::Path;

use serde_json::{Map, Value};

use super::loader::go_io_error;
use super::yaml::{load_values, merge_maps};
use super::{strvals, ChartError};

/// The values flags of `helm install/upgrade/template`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValueOptions {
    /// `-f/--values`: files (or `-` for stdin), later ones win.
    pub value_files: Vec<String>,
    /// `--set-string`.
    pub string_values: Vec<String>,
    /// `--set`.
    pub values: Vec<String>,
    /// `--set-file`.
    pub file_values: Vec<String>,
    /// `--set-json`.
    pub json_values: Vec<String>,
    /// `--set-literal`.
    pub literal_values: Vec<String>,
}

/// Reads the data behind a `-f` or `--set-file` argument. Errors are Go-style texts.
pub trait ValueSource {
    /// The bytes behind `name` (a path, a URL or `-`), or Go's error text.
    fn read(&mut self, name: &str) -> Result<Vec<u8>, String>;
}

/// Reads local files, stdin for `-`, and `http(s)://` URLs (as Helm's getters do).
#[derive(Debug, Default)]
pub struct LocalSource;

impl ValueSource for LocalSource {
    fn read(&mut self, name: &str) -> Result<Vec<u8>, String> {
        if name.trim() == "-" {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("read /dev/stdin: {}", super::loader::go_errno_text(&e)))?;
            return Ok(buf);
        }
        if let Some((scheme, _)) = name.split_once("://") {
            match scheme {
                "http" | "https" => {
                    return crate::chart::repo::http::get_blocking(name).map_err(|e| e.to_string())
                }
                "oci" => {
                    return Err(format!(
                        "reading values from OCI registries is not supported yet: {name}"
                    ))
                }
                _ => {}
            }
        }
        std::fs::read(name).map_err(|e| {
            // Go opens a directory fine and fails reading it.
            let op = if Path::new(name).is_dir() {
                "read"
            } else {
                "open"
            };
            go_io_error(op, Path::new(name), &e)
        })
    }
}

impl ValueOptions {
    /// Helm's `Options.MergeValues`, reading local files and stdin.
    pub fn merge_values(&self) -> Result<Map<String, Value>, ChartError> {
        self.merge_values_with(&mut LocalSource)
    }

    /// Helm's `Options.MergeValues` with a custom reader for files, stdin and URLs.
    pub fn merge_values_with(
        &self,
        src: &mut dyn ValueSource,
    ) -> Result<Map<String, Value>, ChartError> {
        let mut base = Map::new();
        for path in &self.value_files {
            let raw = src.read(path).map_err(ChartError::Values)?;
            let current = load_values(&raw)
                .map_err(|e| ChartError::Values(format!("failed to parse {path}: {e}")))?;
            base = merge_maps(base, current);
        }
        for value in &self.json_values {
            let trimmed = value.trim();
            if trimmed.starts_with('{') {
                let parsed: Result<Map<String, Value>, _> =
                    crate::release::gojson::from_slice(trimmed.as_bytes());
                match parsed {
                    Ok(mut m) => {
                        m.values_mut().for_each(strvals::make_floats);
                        base = merge_maps(base, m);
                    }
                    Err(_) => {
                        return Err(ChartError::Values(format!(
                            "failed parsing --set-json data JSON: {value}"
                        )))
                    }
                }
            } else if strvals::parse_json(value, &mut base).is_err() {
                return Err(ChartError::Values(format!(
                    "failed parsing --set-json data {value}"
                )));
            }
        }
        for value in &self.values {
            strvals::parse_into(value, &mut base)
                .map_err(|e| ChartError::Values(format!("failed parsing --set data: {e}")))?;
        }
        for value in &self.string_values {
            strvals::parse_into_string(value, &mut base).map_err(|e| {
                ChartError::Values(format!("failed parsing --set-string data: {e}"))
            })?;
        }
        for value in &self.file_values {
            let mut reader = |p: &str| -> Result<Value, String> {
                let data = src.read(p)?;
                Ok(Value::String(String::from_utf8_lossy(&data).into_owned()))
            };
            strvals::parse_into_file(value, &mut base, &mut reader)
                .map_err(|e| ChartError::Values(format!("failed parsing --set-file data: {e}")))?;
        }
        for value in &self.literal_values {
            strvals::parse_literal_into(value, &mut base).map_err(|e| {
                ChartError::Values(format!("failed parsing --set-literal data: {e}"))
            })?;
        }
        Ok(base)
    }
}

/// A copy of `v` with the keys of every object sorted, as Go prints a map.
pub fn sorted(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sorted(&m[k])))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::HashMap;

    struct Mem(HashMap<String, Vec<u8>>);
    impl ValueSource for Mem {
        fn read(&mut self, name: &str) -> Result<Vec<u8>, String> {
            self.0
                .get(name)
                .cloned()
                .ok_or_else(|| format!("open {name}: no such file or directory"))
        }
    }

    fn mem() -> Mem {
        let mut m = HashMap::new();
        m.insert("a.yaml".to_string(), b"x: 1\nm: {a: 1, b: 2}\n".to_vec());
        m.insert("b.yaml".to_string(), b"m: {b: 3}\nl: [1]\n".to_vec());
        m.insert("f.txt".to_string(), b"file body\n".to_vec());
        Mem(m)
    }

    #[test]
    fn order_and_types() {
        let o = ValueOptions {
            value_files: vec!["a.yaml".into(), "b.yaml".into()],
            json_values: vec![r#"{"j": {"k": 1}}"#.into(), "jl=[1,2]".into()],
            values: vec!["x=2,s=abc".into()],
            string_values: vec!["x=3".into()],
            file_values: vec!["f=f.txt".into()],
            literal_values: vec!["lit=a,b=c".into()],
        };
        let v = o.merge_values_with(&mut mem()).unwrap();
        assert_eq!(
            Value::Object(v.clone()),
            json!({"x": "3", "m": {"a": 1.0, "b": 3.0}, "l": [1.0], "j": {"k": 1.0},
                   "jl": [1.0, 2.0], "s": "abc", "f": "file body\n", "lit": "a,b=c"})
        );
        assert!(v["m"]["a"].is_f64());
        let o = ValueOptions {
            values: vec!["n=5".into()],
            ..Default::default()
        };
        assert!(o.merge_values_with(&mut mem()).unwrap()["n"].is_i64());
    }

    #[test]
    fn local_files_and_directories() {
        let tmp = tempfile::tempdir().unwrap();
        let f = tmp.path().join("v.yaml");
        std::fs::write(&f, "a: 1\n").unwrap();
        let o = ValueOptions {
            value_files: vec![f.display().to_string()],
            ..Default::default()
        };
        assert_eq!(Value::Object(o.merge_values().unwrap()), json!({"a": 1.0}));
        let d = tmp.path().display().to_string();
        let o = ValueOptions {
            value_files: vec![d.clone()],
            ..Default::default()
        };
        assert_eq!(
            o.merge_values().unwrap_err().to_string(),
            format!("read {d}: is a directory")
        );
    }

    #[test]
    fn error_texts() {
        let e = |o: ValueOptions| o.merge_values_with(&mut mem()).unwrap_err().to_string();
        assert_eq!(
            e(ValueOptions {
                values: vec!["a".into()],
                ..Default::default()
            }),
            "failed parsing --set data: key \"a\" has no value"
        );
        assert_eq!(
            e(ValueOptions {
                json_values: vec!["{bad".into()],
                ..Default::default()
            }),
            "failed parsing --set-json data JSON: {bad"
        );
        assert_eq!(
            e(ValueOptions {
                json_values: vec!["a=[1".into()],
                ..Default::default()
            }),
            "failed parsing --set-json data a=[1"
        );
        assert_eq!(
            e(ValueOptions {
                file_values: vec!["a=nope".into()],
                ..Default::default()
            }),
            "failed parsing --set-file data: open nope: no such file or directory"
        );
        assert_eq!(
            e(ValueOptions {
                value_files: vec!["nope".into()],
                ..Default::default()
            }),
            "open nope: no such file or directory"
        );
    }
}
