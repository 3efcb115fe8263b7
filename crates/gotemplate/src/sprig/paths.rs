//! Sprig's path functions: Go's `path` package (`base`, `dir`, `clean`, `ext`, `isAbs`) and
//! `path/filepath` (`osBase` and friends), which on Unix behave the same.

use crate::func::{FuncMap, Function};
use crate::value::{GoType, Value};

/// Go's `path.Clean`.
pub fn clean(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".into(),
        (false, false) => joined,
    }
}

/// Go's `path.Base`.
pub fn base(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let trimmed = p.trim_end_matches('/');
    if trimmed.is_empty() {
        return "/".into();
    }
    match trimmed.rfind('/') {
        Some(i) => trimmed[i + 1..].to_string(),
        None => trimmed.to_string(),
    }
}

/// Go's `path.Dir`.
pub fn dir(p: &str) -> String {
    let d = match p.rfind('/') {
        Some(i) => &p[..=i],
        None => "",
    };
    clean(d)
}

/// Go's `path.Ext`: the suffix from the last dot of the last element.
pub fn ext(p: &str) -> String {
    for (i, c) in p.char_indices().rev() {
        match c {
            '/' => break,
            '.' => return p[i..].to_string(),
            _ => {}
        }
    }
    String::new()
}

/// Go's `path.IsAbs`: the path starts with `/`.
pub fn is_abs(p: &str) -> bool {
    p.starts_with('/')
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    for (name, os) in [
        ("base", "osBase"),
        ("dir", "osDir"),
        ("clean", "osClean"),
        ("ext", "osExt"),
    ] {
        let f: fn(&str) -> String = match name {
            "base" => base,
            "dir" => dir,
            "clean" => clean,
            _ => ext,
        };
        for n in [name, os] {
            m.insert(Function::pure(n, vec![GoType::String], None, move |a| {
                Ok(Value::str(f(&s(&a[0]))))
            }));
        }
    }
    for n in ["isAbs", "osIsAbs"] {
        m.insert(Function::pure(n, vec![GoType::String], None, move |a| {
            Ok(Value::Bool(is_abs(&s(&a[0]))))
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sprig::testing;

    fn text(name: &str, arg: &str) -> String {
        testing::text(name, &[arg.into()])
    }

    #[test]
    fn helm_outputs() {
        assert_eq!(text("dir", ""), ".");
        assert_eq!(text("clean", "a//b/../c/./d/"), "a/c/d");
        assert_eq!(text("clean", ""), ".");
        assert_eq!(text("clean", "/../x"), "/x");
        assert_eq!(text("ext", "file.tar.gz"), ".gz");
        assert_eq!(text("ext", "noext"), "");
        assert_eq!(text("ext", "a.b/c"), "");
        assert_eq!(text("ext", ".hidden"), ".hidden");
        assert!(matches!(
            testing::call("isAbs", &["/x".into()]).unwrap(),
            Value::Bool(true)
        ));
        assert!(matches!(
            testing::call("isAbs", &["x/y".into()]).unwrap(),
            Value::Bool(false)
        ));
        assert!(matches!(
            testing::call("isAbs", &["".into()]).unwrap(),
            Value::Bool(false)
        ));
        assert_eq!(text("base", "C:\\dir\\f.txt"), "C:\\dir\\f.txt");
    }

    #[test]
    fn go_path_rules() {
        assert_eq!(text("base", ""), ".");
        assert_eq!(text("base", "///"), "/");
        assert_eq!(text("base", "a/b/"), "b");
        assert_eq!(text("dir", "a/b/c"), "a/b");
        assert_eq!(text("dir", "/a"), "/");
        assert_eq!(text("dir", "abc"), ".");
        assert_eq!(text("dir", "a//b//"), "a/b");
        assert_eq!(text("clean", "../../a/.."), "../..");
        assert_eq!(text("clean", "/.."), "/");
        assert_eq!(text("osClean", "a/./b"), "a/b");
        assert_eq!(text("osBase", "/x/y.txt"), "y.txt");
        assert_eq!(text("osDir", "/x/y.txt"), "/x");
        assert_eq!(text("osExt", "y.txt"), ".txt");
        assert!(matches!(
            testing::call("osIsAbs", &["/".into()]).unwrap(),
            Value::Bool(true)
        ));
    }
}
