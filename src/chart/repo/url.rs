//! The little URL handling repositories need: splitting an absolute URL, Helm's
//! `ResolveReferenceURL` (a chart's `urls[0]` against the repository URL) and the
//! same-host test that decides whether credentials go with a request.

/// An absolute URL split into its parts (`scheme://authority/path?query#fragment`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url<'a> {
    /// `https`, `oci`, ….
    pub scheme: &'a str,
    /// `host:port`, with any user information.
    pub authority: &'a str,
    /// The path, from its leading `/`.
    pub path: &'a str,
    /// The query, without `?`.
    pub query: Option<&'a str>,
}

impl<'a> Url<'a> {
    /// Splits `s` when it is an absolute URL with a host (`http://h/x`), else `None`.
    pub fn parse(s: &'a str) -> Option<Url<'a>> {
        let (scheme, rest) = s.split_once("://")?;
        if scheme.is_empty()
            || !scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        {
            return None;
        }
        let rest = rest.split('#').next().unwrap_or("");
        let (before_query, query) = match rest.split_once('?') {
            Some((a, q)) => (a, Some(q)),
            None => (rest, None),
        };
        let (authority, path) = match before_query.find('/') {
            Some(i) => before_query.split_at(i),
            None => (before_query, ""),
        };
        Some(Url {
            scheme,
            authority,
            path,
            query,
        })
    }

    /// The host without user info, with the port when one is given.
    pub fn host_port(&self) -> &'a str {
        self.authority
            .rsplit_once('@')
            .map_or(self.authority, |(_, h)| h)
    }

    /// The host and port, with the scheme's default port when none is given (`h:443`).
    pub fn host_with_default_port(&self) -> String {
        let hp = self.host_port();
        let has_port = hp
            .rsplit_once(':')
            .is_some_and(|(_, p)| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
            && !hp.ends_with(']');
        if has_port {
            return hp.to_ascii_lowercase();
        }
        let port = match self.scheme.to_ascii_lowercase().as_str() {
            "https" => "443",
            _ => "80",
        };
        format!("{}:{port}", hp.to_ascii_lowercase())
    }
}

/// Whether two URLs have the same scheme and host:port (Helm's test before it sends
/// credentials to a URL other than the one they were given for).
pub fn same_origin(a: &str, b: &str) -> bool {
    match (Url::parse(a), Url::parse(b)) {
        (Some(x), Some(y)) => {
            x.scheme.eq_ignore_ascii_case(y.scheme)
                && x.host_with_default_port() == y.host_with_default_port()
        }
        _ => false,
    }
}

/// Helm's `ResolveReferenceURL`: an absolute `reference` is used as is; otherwise it is
/// resolved (RFC 3986) against `base` with exactly one trailing `/` on its path, and the base's
/// query replaces the result's.
pub fn resolve_reference(base: &str, reference: &str) -> Result<String, String> {
    if Url::parse(reference).is_some() {
        return Ok(reference.to_string());
    }
    let b = Url::parse(base).ok_or_else(|| format!("failed to parse {base} as URL"))?;
    let reference = reference.split('#').next().unwrap_or("");
    let ref_path = reference.split('?').next().unwrap_or("");
    let base_dir = format!("{}/", b.path.trim_end_matches('/'));
    let merged = if ref_path.starts_with("//") {
        // A network-path reference keeps only the scheme.
        let u = format!("{}:{}", b.scheme, ref_path);
        return Ok(match b.query {
            Some(q) => format!("{u}?{q}"),
            None => u,
        });
    } else if ref_path.starts_with('/') {
        ref_path.to_string()
    } else {
        format!("{base_dir}{ref_path}")
    };
    let path = remove_dot_segments(&merged);
    let mut out = format!("{}://{}{}", b.scheme, b.authority, path);
    if let Some(q) = b.query {
        out.push('?');
        out.push_str(q);
    }
    Ok(out)
}

fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segs: Vec<&str> = path.split('/').collect();
    let last = segs.len().saturating_sub(1);
    for (i, s) in segs.iter().enumerate() {
        match *s {
            "." => {
                if i == last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let joined = out.join("/");
    if joined.starts_with('/') {
        joined
    } else {
        format!("/{joined}")
    }
}

/// The target of a redirect: `location` resolved against the URL that answered.
pub fn resolve_redirect(current: &str, location: &str) -> String {
    if Url::parse(location).is_some() {
        return location.to_string();
    }
    let Some(c) = Url::parse(current) else {
        return location.to_string();
    };
    if location.starts_with("//") {
        return format!("{}:{location}", c.scheme);
    }
    let path = if location.starts_with('/') {
        location.to_string()
    } else {
        let dir = c.path.rsplit_once('/').map_or("", |(d, _)| d);
        format!("{dir}/{location}")
    };
    let (p, q) = match path.split_once('?') {
        Some((p, q)) => (p.to_string(), Some(q.to_string())),
        None => (path, None),
    };
    let mut out = format!("{}://{}{}", c.scheme, c.authority, remove_dot_segments(&p));
    if let Some(q) = q {
        out.push('?');
        out.push_str(&q);
    }
    out
}

/// The last path segment of a URL (`…/demo-0.1.0.tgz` → `demo-0.1.0.tgz`).
pub fn base_name(u: &str) -> &str {
    let path = u.split(['?', '#']).next().unwrap_or(u);
    path.rsplit('/').next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_like_helm() {
        let cases = [
            (
                "http://h/charts",
                "index.yaml",
                "http://h/charts/index.yaml",
            ),
            (
                "http://h/charts/",
                "index.yaml",
                "http://h/charts/index.yaml",
            ),
            (
                "http://h/charts?sig=1",
                "index.yaml",
                "http://h/charts/index.yaml?sig=1",
            ),
            ("http://h/charts", "sub/x.tgz", "http://h/charts/sub/x.tgz"),
            ("http://h/charts", "/abs/x.tgz", "http://h/abs/x.tgz"),
            ("http://h/charts", "../x.tgz", "http://h/x.tgz"),
            (
                "http://h/charts?sig=1",
                "x.tgz?o=2",
                "http://h/charts/x.tgz?sig=1",
            ),
            ("http://h:8080", "x.tgz", "http://h:8080/x.tgz"),
            ("http://h/charts", "https://o/y.tgz", "https://o/y.tgz"),
        ];
        for (base, r, want) in cases {
            assert_eq!(resolve_reference(base, r).unwrap(), want, "{base} + {r}");
        }
    }

    #[test]
    fn origins() {
        assert!(same_origin("https://h/a", "https://h:443/b"));
        assert!(same_origin("http://u@h:80/a", "http://h/b"));
        assert!(!same_origin("http://h:1/a", "http://h:2/a"));
        assert!(!same_origin("http://h/a", "https://h/a"));
        assert!(!same_origin("http://localhost/a", "http://127.0.0.1/a"));
    }
}
