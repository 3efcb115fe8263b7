//! Sprig's URL functions: `urlParse` and `urlJoin`, following Go's `net/url`.

use std::collections::BTreeMap;

use crate::func::{FuncError, FuncMap, Function};
use crate::value::{GoType, Value};

/// The parts of a Go `url.URL` that Sprig uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Url {
    /// The scheme, lower-cased, without `:`.
    pub scheme: String,
    /// The opaque part of a URL like `mailto:x@y` (then path and host are empty).
    pub opaque: String,
    /// `username[:password]`, unescaped, if present.
    pub user: Option<(String, Option<String>)>,
    /// `host[:port]`.
    pub host: String,
    /// The path, unescaped.
    pub path: String,
    /// The query, without `?` and still escaped.
    pub raw_query: String,
    /// The URL ends with a `?` and no query.
    pub force_query: bool,
    /// The fragment, without `#`, unescaped.
    pub fragment: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Path,
    Host,
    Zone,
    UserPassword,
    QueryComponent,
    Fragment,
}

fn is_hex(b: u8) -> bool {
    b.is_ascii_hexdigit()
}

fn unhex(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        _ => b - b'A' + 10,
    }
}

/// Go's `shouldEscape`.
fn should_escape(c: u8, mode: Mode) -> bool {
    if c.is_ascii_alphanumeric() {
        return false;
    }
    if (mode == Mode::Host || mode == Mode::Zone)
        && matches!(
            c,
            b'!' | b'$'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b'+'
                | b','
                | b';'
                | b'='
                | b':'
                | b'['
                | b']'
                | b'<'
                | b'>'
                | b'"'
        )
    {
        return false;
    }
    match c {
        b'-' | b'_' | b'.' | b'~' => return false,
        b'$' | b'&' | b'+' | b',' | b'/' | b':' | b';' | b'=' | b'?' | b'@' => {
            return match mode {
                Mode::Path => c == b'?',
                Mode::UserPassword => matches!(c, b'@' | b'/' | b'?' | b':'),
                Mode::QueryComponent => true,
                Mode::Fragment => false,
                _ => true,
            };
        }
        _ => {}
    }
    if mode == Mode::Fragment && matches!(c, b'!' | b'(' | b')' | b'*') {
        return false;
    }
    true
}

/// Go's `escape`.
fn escape(s: &str, mode: Mode) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if should_escape(b, mode) {
            if b == b' ' && mode == Mode::QueryComponent {
                out.push('+');
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(b as char);
        }
    }
    out
}

/// Go's `unescape`.
fn unescape(s: &str, mode: Mode) -> Result<String, String> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                if i + 2 >= b.len() || !is_hex(b[i + 1]) || !is_hex(b[i + 2]) {
                    let end = (i + 3).min(b.len());
                    return Err(format!(
                        "invalid URL escape {}",
                        go_quote(&String::from_utf8_lossy(&b[i..end]))
                    ));
                }
                if mode == Mode::Host && unhex(b[i + 1]) < 8 && &s[i..i + 3] != "%25" {
                    return Err(format!("invalid URL escape {}", go_quote(&s[i..i + 3])));
                }
                i += 3;
            }
            b'+' => i += 1,
            c => {
                if (mode == Mode::Host || mode == Mode::Zone) && c < 0x80 && should_escape(c, mode)
                {
                    return Err(format!(
                        "invalid character {} in host name",
                        go_quote(&(c as char).to_string())
                    ));
                }
                i += 1;
            }
        }
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                out.push(unhex(b[i + 1]) << 4 | unhex(b[i + 2]));
                i += 3;
            }
            b'+' if mode == Mode::QueryComponent => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

fn go_quote(s: &str) -> String {
    gostd::strconv::quote(s)
}

/// Go's `getScheme`.
fn get_scheme(raw: &str) -> Result<(String, &str), String> {
    for (i, c) in raw.bytes().enumerate() {
        if c.is_ascii_alphabetic() {
            continue;
        }
        if c.is_ascii_digit() || c == b'+' || c == b'-' || c == b'.' {
            if i == 0 {
                return Ok((String::new(), raw));
            }
            continue;
        }
        if c == b':' {
            if i == 0 {
                return Err("missing protocol scheme".into());
            }
            return Ok((raw[..i].to_string(), &raw[i + 1..]));
        }
        return Ok((String::new(), raw));
    }
    Ok((String::new(), raw))
}

/// Go's `validOptionalPort`.
fn valid_optional_port(port: &str) -> bool {
    if port.is_empty() {
        return true;
    }
    port.starts_with(':') && port[1..].bytes().all(|b| b.is_ascii_digit())
}

fn parse_host(host: &str) -> Result<String, String> {
    if host.starts_with('[') {
        let Some(i) = host.rfind(']') else {
            return Err("missing ']' in host".into());
        };
        let colon_port = &host[i + 1..];
        if !valid_optional_port(colon_port) {
            return Err(format!("invalid port {} after host", go_quote(colon_port)));
        }
        return unescape(host, Mode::Host);
    }
    if let Some(i) = host.rfind(':') {
        let colon_port = &host[i..];
        if !valid_optional_port(colon_port) {
            return Err(format!("invalid port {} after host", go_quote(colon_port)));
        }
    }
    unescape(host, Mode::Host)
}

fn valid_userinfo(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-._:~!$&'()*+,;=%@".contains(&b) || b >= 0x80)
}

type UserInfo = Option<(String, Option<String>)>;

fn parse_authority(authority: &str) -> Result<(UserInfo, String), String> {
    let (userinfo, host) = match authority.rfind('@') {
        Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
        None => (None, authority),
    };
    let host = parse_host(host)?;
    let Some(userinfo) = userinfo else {
        return Ok((None, host));
    };
    if !valid_userinfo(userinfo) {
        return Err("net/url: invalid userinfo".into());
    }
    let user = match userinfo.split_once(':') {
        Some((u, p)) => (
            unescape(u, Mode::UserPassword)?,
            Some(unescape(p, Mode::UserPassword)?),
        ),
        None => (unescape(userinfo, Mode::UserPassword)?, None),
    };
    Ok((Some(user), host))
}

impl Url {
    /// Go's `url.Parse`; the error is the `*url.Error` text.
    pub fn parse(raw: &str) -> Result<Url, String> {
        let (u, frag) = match raw.split_once('#') {
            Some((u, f)) => (u, Some(f)),
            None => (raw, None),
        };
        let wrap = |e: String| format!("parse {}: {e}", go_quote(raw));
        let mut url = Url::parse_no_fragment(u).map_err(|e| wrap(e.clone()))?;
        if let Some(f) = frag {
            url.fragment = unescape(f, Mode::Fragment).map_err(wrap)?;
        }
        Ok(url)
    }

    fn parse_no_fragment(raw: &str) -> Result<Url, String> {
        if raw.bytes().any(|b| b < 0x20 || b == 0x7f) {
            return Err("net/url: invalid control character in URL".into());
        }
        let mut url = Url::default();
        if raw == "*" {
            url.path = "*".into();
            return Ok(url);
        }
        let (scheme, rest) = get_scheme(raw)?;
        url.scheme = scheme.to_ascii_lowercase();
        let mut rest = rest.to_string();
        if rest.ends_with('?') && rest.matches('?').count() == 1 {
            url.force_query = true;
            rest.pop();
        } else if let Some((r, q)) = rest.clone().split_once('?') {
            rest = r.to_string();
            url.raw_query = q.to_string();
        }
        if !rest.starts_with('/') {
            if !url.scheme.is_empty() {
                url.opaque = rest;
                return Ok(url);
            }
            let segment = rest.split('/').next().unwrap_or("");
            if segment.contains(':') {
                return Err("first path segment in URL cannot contain colon".into());
            }
        }
        if (!url.scheme.is_empty() || !rest.starts_with("///")) && rest.starts_with("//") {
            let after = &rest[2..];
            let (authority, path) = match after.find('/') {
                Some(i) => (&after[..i], &after[i..]),
                None => (after, ""),
            };
            let (user, host) = parse_authority(authority)?;
            url.user = user;
            url.host = host;
            rest = path.to_string();
        }
        url.path = unescape(&rest, Mode::Path)?;
        Ok(url)
    }

    /// Go's `URL.Hostname`.
    pub fn hostname(&self) -> String {
        let (host, _) = split_host_port(&self.host);
        host.to_string()
    }

    /// Go's `URL.Port`.
    pub fn port(&self) -> String {
        let (_, port) = split_host_port(&self.host);
        port.to_string()
    }

    /// Go's `Userinfo.String`.
    pub fn userinfo(&self) -> String {
        match &self.user {
            None => String::new(),
            Some((u, p)) => {
                let mut s = escape(u, Mode::UserPassword);
                if let Some(p) = p {
                    s.push(':');
                    s.push_str(&escape(p, Mode::UserPassword));
                }
                s
            }
        }
    }

    /// Go's `URL.String`.
    pub fn to_go_string(&self) -> String {
        let mut buf = String::new();
        if !self.scheme.is_empty() {
            buf.push_str(&self.scheme);
            buf.push(':');
        }
        if !self.opaque.is_empty() {
            buf.push_str(&self.opaque);
        } else {
            if !self.scheme.is_empty() || !self.host.is_empty() || self.user.is_some() {
                if !self.host.is_empty() || !self.path.is_empty() || self.user.is_some() {
                    buf.push_str("//");
                }
                if self.user.is_some() {
                    buf.push_str(&self.userinfo());
                    buf.push('@');
                }
                if !self.host.is_empty() {
                    buf.push_str(&escape(&self.host, Mode::Host));
                }
            }
            let path = if self.path == "*" {
                "*".to_string()
            } else {
                escape(&self.path, Mode::Path)
            };
            if !path.is_empty() && !path.starts_with('/') && !self.host.is_empty() {
                buf.push('/');
            }
            if buf.is_empty() {
                let segment = path.split('/').next().unwrap_or("");
                if segment.contains(':') {
                    buf.push_str("./");
                }
            }
            buf.push_str(&path);
        }
        if self.force_query || !self.raw_query.is_empty() {
            buf.push('?');
            buf.push_str(&self.raw_query);
        }
        if !self.fragment.is_empty() {
            buf.push('#');
            buf.push_str(&escape(&self.fragment, Mode::Fragment));
        }
        buf
    }
}

/// Go's `splitHostPort` (used by `Hostname` and `Port`).
fn split_host_port(hostport: &str) -> (&str, &str) {
    let mut host = hostport;
    let mut port = "";
    if let Some(colon) = host.rfind(':') {
        if valid_optional_port(&host[colon..]) {
            port = &host[colon + 1..];
            host = &host[..colon];
        }
    }
    if host.starts_with('[') && host.ends_with(']') {
        host = &host[1..host.len() - 1];
    }
    (host, port)
}

fn url_parse(args: &[Value]) -> Result<Value, FuncError> {
    let raw = args[0].as_str().unwrap_or_default();
    let u = Url::parse(raw).map_err(|e| FuncError::new(format!("unable to parse url: {e}")))?;
    let mut d = BTreeMap::new();
    let mut put = |k: &str, v: String| {
        d.insert(k.to_string(), Value::str(v));
    };
    put("scheme", u.scheme.clone());
    put("host", u.host.clone());
    put("hostname", u.hostname());
    put("path", u.path.clone());
    put("query", u.raw_query.clone());
    put("opaque", u.opaque.clone());
    put("fragment", u.fragment.clone());
    put("userinfo", u.userinfo());
    Ok(Value::map(d))
}

/// Sprig's `dictGetOrEmpty`: a missing key is empty, a non-string value panics.
fn dict_get(d: &BTreeMap<String, Value>, key: &str) -> Result<String, FuncError> {
    match d.get(key) {
        None => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.to_string()),
        Some(Value::Nil) => Err(FuncError::new(
            "runtime error: invalid memory address or nil pointer dereference",
        )),
        Some(v) => Err(FuncError::new(format!(
            "unable to parse {key} key, must be of type string, but {} found",
            v.kind_name()
        ))),
    }
}

fn url_join(args: &[Value]) -> Result<Value, FuncError> {
    let entries = match &args[0] {
        Value::Map(m) => m.borrow().entries.clone(),
        _ => BTreeMap::new(),
    };
    let mut u = Url {
        scheme: dict_get(&entries, "scheme")?,
        host: dict_get(&entries, "host")?,
        path: dict_get(&entries, "path")?,
        raw_query: dict_get(&entries, "query")?,
        opaque: dict_get(&entries, "opaque")?,
        fragment: dict_get(&entries, "fragment")?,
        ..Url::default()
    };
    let userinfo = dict_get(&entries, "userinfo")?;
    if !userinfo.is_empty() {
        let tmp = Url::parse(&format!("proto://{userinfo}@host"))
            .map_err(|e| FuncError::new(format!("unable to parse userinfo in dict: {e}")))?;
        u.user = tmp.user;
    }
    Ok(Value::str(u.to_go_string()))
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    m.insert(Function::pure(
        "urlParse",
        vec![GoType::String],
        None,
        url_parse,
    ));
    m.insert(Function::pure(
        "urlJoin",
        vec![GoType::map_of(GoType::Interface)],
        None,
        url_join,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sprig::testing::call;

    fn field(v: &Value, k: &str) -> String {
        let Value::Map(m) = v else {
            panic!("not a map")
        };
        m.borrow().entries[k].as_str().unwrap().to_string()
    }

    fn dict(pairs: &[(&str, &str)]) -> Value {
        Value::map(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), Value::from(*v)))
                .collect(),
        )
    }

    #[test]
    fn parse_fields() {
        let u = call("urlParse", &["https://example.com:8443/path".into()]).unwrap();
        assert_eq!(field(&u, "scheme"), "https");
        assert_eq!(field(&u, "host"), "example.com:8443");
        assert_eq!(field(&u, "hostname"), "example.com");
        assert_eq!(field(&u, "path"), "/path");
        assert_eq!(field(&u, "query"), "");
        let Value::Map(m) = &u else { panic!() };
        assert!(!m.borrow().entries.contains_key("port"));
        let u = call(
            "urlParse",
            &["HTTP://us%20er:p%40ss@[::1]:80/a%20b?x=1&y=%20#fr%20ag".into()],
        )
        .unwrap();
        assert_eq!(field(&u, "scheme"), "http");
        assert_eq!(field(&u, "host"), "[::1]:80");
        assert_eq!(field(&u, "hostname"), "::1");
        assert_eq!(field(&u, "path"), "/a b");
        assert_eq!(field(&u, "query"), "x=1&y=%20");
        assert_eq!(field(&u, "fragment"), "fr ag");
        assert_eq!(field(&u, "userinfo"), "us%20er:p%40ss");
        let u = call("urlParse", &["mailto:joe@example.com".into()]).unwrap();
        assert_eq!(field(&u, "opaque"), "joe@example.com");
    }

    #[test]
    fn parse_errors() {
        assert_eq!(
            call("urlParse", &[":x".into()]).unwrap_err().0,
            "unable to parse url: parse \":x\": missing protocol scheme"
        );
        assert_eq!(
            call("urlParse", &["http://h:x/".into()]).unwrap_err().0,
            "unable to parse url: parse \"http://h:x/\": invalid port \":x\" after host"
        );
    }

    #[test]
    fn join_round_trips() {
        let raw = "https://user@example.com:8443/a/b?x=1#frag";
        let u = call("urlParse", &[raw.into()]).unwrap();
        assert_eq!(call("urlJoin", &[u]).unwrap().as_str(), Some(raw));
        assert_eq!(call("urlJoin", &[dict(&[])]).unwrap().as_str(), Some(""));
        assert_eq!(
            call(
                "urlJoin",
                &[dict(&[("path", "rel/p"), ("query", "a=1&b=2")])]
            )
            .unwrap()
            .as_str(),
            Some("rel/p?a=1&b=2")
        );
        assert_eq!(
            call(
                "urlJoin",
                &[dict(&[
                    ("scheme", "http"),
                    ("host", "h"),
                    ("path", "a b"),
                    ("fragment", "x y")
                ])]
            )
            .unwrap()
            .as_str(),
            Some("http://h/a%20b#x%20y")
        );
        assert_eq!(
            call("urlJoin", &[dict(&[("path", "a:b")])])
                .unwrap()
                .as_str(),
            Some("./a:b")
        );
    }

    #[test]
    fn join_rejects_non_strings() {
        let d = Value::map([("host".to_string(), Value::Int(1))].into_iter().collect());
        assert_eq!(
            call("urlJoin", &[d]).unwrap_err().0,
            "unable to parse host key, must be of type string, but int found"
        );
    }
}
