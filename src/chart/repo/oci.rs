//! Charts in OCI registries, as Helm 4 keeps them there (`pkg/registry`): references
//! (`oci://host[:port]/path/chart[:tag][@sha256:…]`, `+` in tags stored as `_`), the few
//! distribution-spec calls a chart needs (ping, tag list, manifest, blobs, upload), basic and
//! bearer-token authentication from the flags or the credentials file, and Helm's media types,
//! manifest and annotations on push so that helm and rhelm read each other's charts.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use serde_json::{Map, Value};

use super::credentials::{self, Credential};
use super::http::{self, HttpError, HttpsClient, Response, TlsFiles};
use super::{sha256_hex, RepoError};
use crate::chart::metadata::Metadata;
use crate::chart::semver::{Constraints, Version};

/// `oci://`.
pub const SCHEME_PREFIX: &str = "oci://";
/// The chart's config blob: its metadata as JSON.
pub const CONFIG_MEDIA_TYPE: &str = "application/vnd.cncf.helm.config.v1+json";
/// The chart archive layer.
pub const CHART_LAYER_MEDIA_TYPE: &str = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";
/// The chart layer of old pushes (accepted with Helm's warning).
pub const LEGACY_CHART_LAYER_MEDIA_TYPE: &str = "application/tar+gzip";
/// The provenance layer.
pub const PROV_LAYER_MEDIA_TYPE: &str = "application/vnd.cncf.helm.chart.provenance.v1.prov";
/// OCI image manifest.
pub const MANIFEST_MEDIA_TYPE: &str = "application/vnd.oci.image.manifest.v1+json";
const INDEX_MEDIA_TYPE: &str = "application/vnd.oci.image.index.v1+json";

/// Helm's note after a push or pull whose tag has an underscore.
pub const UNDERSCORE_NOTE: &str =
    "OCI artifact references (e.g. tags) do not support the plus sign (+). To support
storing semantic versions, Helm adopts the convention of changing plus (+) to
an underscore (_) in chart version tags when pushing to a registry and back to
a plus (+) when pulling from a registry.";

/// Registry calls time out like Helm's getter.
const TIMEOUT: Duration = http::DEFAULT_TIMEOUT;

/// What a registry operation failed on, in Helm's (oras') words.
#[derive(Debug, thiserror::Error)]
pub enum OciError {
    /// A reference that does not parse (`invalid reference: invalid tag "…"`).
    #[error("invalid reference: {0}")]
    Reference(String),
    /// The request failed before a response (connection, TLS).
    #[error(transparent)]
    Http(#[from] HttpError),
    /// The registry answered with an error status (`GET "URL": response status code 404: …`).
    #[error("{method} {url:?}: response status code {status}: {text}")]
    Status {
        /// Go's spelling of the method (`GET`, `HEAD`, …).
        method: String,
        /// The URL.
        url: String,
        /// The HTTP status code.
        status: u16,
        /// The registry's error text.
        text: String,
    },
    /// A 401 with no credential to answer it.
    #[error("{method} {url:?}: basic credential not found")]
    NoCredential {
        /// Go's spelling of the method (`GET`, `HEAD`, …).
        method: String,
        /// The URL.
        url: String,
    },
    /// A manifest or tag that the registry does not have (`HOST/REPO:TAG: not found`).
    #[error("{0}: not found")]
    NotFound(String),
    /// An operation's step failed (`failed to perform "FetchReference" on source: …`).
    #[error("failed to perform {op:?} on {side}: {cause}")]
    Step {
        /// The operation (`FetchReference`, `Push`, …).
        op: &'static str,
        /// `source` or `destination`.
        side: &'static str,
        /// Why it failed.
        cause: Box<OciError>,
    },
    /// Content whose digest is not the one asked for, or any other failure.
    #[error("{0}")]
    Msg(String),
}

impl OciError {
    fn step(op: &'static str, side: &'static str) -> impl FnOnce(OciError) -> OciError {
        move |e| OciError::Step {
            op,
            side,
            cause: Box::new(e),
        }
    }
}

/// A parsed chart reference (Helm's `newReference`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The registry host (and port).
    pub registry: String,
    /// The repository path on the registry.
    pub repository: String,
    /// The tag as stored (`+` already turned into `_`); empty when none.
    pub tag: String,
    /// `sha256:…`; empty when none.
    pub digest: String,
}

fn valid_registry(r: &str) -> bool {
    if r.is_empty() || r.contains(['/', '@', '?', '#', ' ']) || r.contains("://") {
        return false;
    }
    let (host, port) = match r.rsplit_once(':') {
        Some((h, p)) if !r.ends_with(']') => (h, Some(p)),
        _ => (r, None),
    };
    if port.is_some_and(|p| !p.chars().all(|c| c.is_ascii_digit())) {
        return false;
    }
    !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '[' | ']' | ':'))
}

/// The distribution spec's repository name: lowercase components separated by `/`, each
/// `[a-z0-9]+` joined by `.`, `_`, `__` or runs of `-`.
fn valid_repository(r: &str) -> bool {
    !r.is_empty()
        && r.split('/').all(|comp| {
            let b = comp.as_bytes();
            if b.is_empty()
                || !b[0].is_ascii_alphanumeric()
                || !b[b.len() - 1].is_ascii_alphanumeric()
            {
                return false;
            }
            let mut i = 0;
            while i < b.len() {
                let c = b[i];
                if c.is_ascii_digit() || c.is_ascii_lowercase() {
                    i += 1;
                    continue;
                }
                // A separator: `.`, `_`, `__` or `-`+, between alphanumerics.
                let start = i;
                while i < b.len() && matches!(b[i], b'.' | b'_' | b'-') {
                    i += 1;
                }
                let sep = &comp[start..i];
                let ok = sep == "." || sep == "_" || sep == "__" || sep.bytes().all(|x| x == b'-');
                if !ok || i == start {
                    return false;
                }
            }
            true
        })
}

fn valid_tag(t: &str) -> bool {
    let b = t.as_bytes();
    !b.is_empty()
        && b.len() <= 128
        && (b[0].is_ascii_alphanumeric() || b[0] == b'_')
        && b[1..]
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
}

/// go-digest's check of a `sha256:<hex>` digest: `None` when valid, else its complaint.
fn digest_problem(d: &str) -> Option<&'static str> {
    let Some((alg, hex)) = d
        .split_once(':')
        .filter(|(a, h)| !a.is_empty() && !h.is_empty())
    else {
        return Some("invalid checksum digest format");
    };
    if !matches!(alg, "sha256" | "sha384" | "sha512") {
        return Some("unsupported digest algorithm");
    }
    if !hex
        .bytes()
        .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))
    {
        return Some("invalid checksum digest format");
    }
    let want = match alg {
        "sha256" => 64,
        "sha384" => 96,
        _ => 128,
    };
    (hex.len() != want).then_some("invalid checksum digest length")
}

impl Reference {
    /// Parses `[oci://]host[:port]/repo[:tag][@digest]` as Helm does: the digest is split at the
    /// last `@`, a tag's `+` become `_`, then oras' checks.
    pub fn parse(raw: &str) -> Result<Reference, OciError> {
        let raw = raw.strip_prefix(SCHEME_PREFIX).unwrap_or(raw);
        let (rest, digest) = match raw.rfind('@') {
            Some(i) => (&raw[..i], raw[i + 1..].to_string()),
            None => (raw, String::new()),
        };
        let Some((registry, path)) = rest.split_once('/') else {
            return Err(OciError::Reference("missing registry or repository".into()));
        };
        // oras splits the tag off at the first `:` of the path.
        let (repository, tag) = match path.find(':') {
            Some(i) => (&path[..i], path[i + 1..].replace('+', "_")),
            None => (path, String::new()),
        };
        if !valid_registry(registry) {
            return Err(OciError::Reference(format!(
                "invalid registry {registry:?}"
            )));
        }
        if !valid_repository(repository) {
            return Err(OciError::Reference(format!(
                "invalid repository {repository:?}"
            )));
        }
        if !tag.is_empty() && !valid_tag(&tag) {
            return Err(OciError::Reference(format!("invalid tag {tag:?}")));
        }
        if let Some(problem) = (!digest.is_empty())
            .then(|| digest_problem(&digest))
            .flatten()
        {
            return Err(OciError::Reference(format!(
                "invalid digest {digest:?}: {problem}"
            )));
        }
        Ok(Reference {
            registry: registry.to_string(),
            repository: repository.to_string(),
            tag,
            digest,
        })
    }

    /// What the manifest is fetched by: the digest when there is one, else the tag.
    fn manifest_ref(&self) -> &str {
        if !self.digest.is_empty() {
            &self.digest
        } else {
            &self.tag
        }
    }
}

impl std::fmt::Display for Reference {
    /// `host/repo:tag`, or `host/repo@digest` without a tag (Helm's `reference.String`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.registry, self.repository)?;
        if !self.tag.is_empty() {
            write!(f, ":{}", self.tag)
        } else if !self.digest.is_empty() {
            write!(f, "@{}", self.digest)
        } else {
            Ok(())
        }
    }
}

/// How to reach a registry and who to be there.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// `--ca-file`, `--cert-file`, `--key-file`, `--insecure-skip-tls-verify`.
    pub tls: TlsFiles,
    /// `--plain-http` (ignored when a TLS setting is given, as in Helm).
    pub plain_http: bool,
    /// `--username`/`--password`: used when both are set, else the credentials file.
    pub username: String,
    /// The password for `username`.
    pub password: String,
    /// The credentials file (`--registry-config`, `HELM_REGISTRY_CONFIG`).
    pub registry_config: PathBuf,
}

impl Settings {
    fn tls_set(&self) -> bool {
        let t = &self.tls;
        (!t.cert_file.is_empty() && !t.key_file.is_empty())
            || !t.ca_file.is_empty()
            || t.insecure_skip_tls_verify
    }
}

/// A client for one registry host.
pub struct Registry {
    host: String,
    scheme: &'static str,
    client: HttpsClient,
    credential: Option<Credential>,
    /// The `Authorization` value that answered the last challenge, sent up front afterwards.
    authorization: Mutex<Option<String>>,
}

/// A manifest as fetched.
#[derive(Debug, Clone)]
pub struct Manifest {
    /// The manifest's digest (`sha256:…`).
    pub digest: String,
    /// The manifest as fetched.
    pub bytes: Vec<u8>,
    /// The config blob.
    pub config: Descriptor,
    /// The layers (the chart archive, and a provenance file if pushed).
    pub layers: Vec<Descriptor>,
}

/// A manifest's reference to a blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Descriptor {
    /// The blob's media type.
    pub media_type: String,
    /// The blob's digest (`sha256:…`).
    pub digest: String,
    /// The blob's size in bytes.
    pub size: u64,
}

impl Descriptor {
    fn from_json(v: &Value) -> Option<Descriptor> {
        Some(Descriptor {
            media_type: v.get("mediaType")?.as_str()?.to_string(),
            digest: v.get("digest")?.as_str()?.to_string(),
            size: v.get("size").and_then(Value::as_u64).unwrap_or(0),
        })
    }

    fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("mediaType".into(), Value::String(self.media_type.clone()));
        m.insert("digest".into(), Value::String(self.digest.clone()));
        m.insert("size".into(), Value::from(self.size));
        Value::Object(m)
    }

    fn of(media_type: &str, data: &[u8]) -> Descriptor {
        Descriptor {
            media_type: media_type.to_string(),
            digest: format!("sha256:{}", sha256_hex(data)),
            size: data.len() as u64,
        }
    }
}

/// Go's `%v` of a decoded JSON value (`map[k:v]`, `[a b]`), for oras' error details.
fn go_value(v: &Value) -> String {
    match v {
        Value::Null => "<nil>".into(),
        Value::String(s) => s.clone(),
        Value::Array(a) => format!("[{}]", a.iter().map(go_value).collect::<Vec<_>>().join(" ")),
        Value::Object(m) => {
            let mut kv: Vec<(&String, &Value)> = m.iter().collect();
            kv.sort_by(|a, b| a.0.cmp(b.0));
            let parts: Vec<String> = kv
                .iter()
                .map(|(k, v)| format!("{k}:{}", go_value(v)))
                .collect();
            format!("map[{}]", parts.join(" "))
        }
        other => other.to_string(),
    }
}

/// oras' `ErrorResponse` text for a response: the registry's errors (`code: message: detail`,
/// `; `-joined), else Go's status text.
fn status_error(method: &str, url: &str, r: &Response) -> OciError {
    let errors = serde_json::from_slice::<Value>(&r.body)
        .ok()
        .and_then(|v| v.get("errors").and_then(Value::as_array).cloned())
        .unwrap_or_default();
    let texts: Vec<String> = errors
        .iter()
        .map(|e| {
            let code = e
                .get("code")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_lowercase()
                .replace('_', " ");
            let msg = e.get("message").and_then(Value::as_str).unwrap_or("");
            match e.get("detail").filter(|d| !d.is_null()) {
                _ if msg.is_empty() => code,
                None => format!("{code}: {msg}"),
                Some(d) => format!("{code}: {msg}: {}", go_value(d)),
            }
        })
        .collect();
    let text = if texts.is_empty() {
        hyper::StatusCode::from_u16(r.status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("")
            .to_string()
    } else {
        texts.join("; ")
    };
    OciError::Status {
        method: method.to_string(),
        url: url.to_string(),
        status: r.status,
        text,
    }
}

/// Basic auth with a registry credential.
fn basic_auth(c: &Credential) -> String {
    http::basic_auth(&c.username, &c.password)
}

/// The parameters of a `WWW-Authenticate` challenge (`Bearer realm="…",service="…"`).
fn parse_challenge(h: &str) -> (String, Vec<(String, String)>) {
    let h = h.trim();
    let (scheme, rest) = h.split_once(' ').unwrap_or((h, ""));
    let mut params = Vec::new();
    let mut s = rest.trim();
    while !s.is_empty() {
        let Some((k, after)) = s.split_once('=') else {
            break;
        };
        let k = k.trim().trim_start_matches(',').trim().to_ascii_lowercase();
        let after = after.trim_start();
        let (v, next) = if let Some(q) = after.strip_prefix('"') {
            let mut val = String::new();
            let mut chars = q.char_indices();
            let mut end = q.len();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, n)) = chars.next() {
                            val.push(n);
                        }
                    }
                    '"' => {
                        end = i + 1;
                        break;
                    }
                    c => val.push(c),
                }
            }
            (val, &q[end..])
        } else {
            let end = after.find(',').unwrap_or(after.len());
            (after[..end].trim().to_string(), &after[end..])
        };
        params.push((k, v));
        s = next.trim_start().trim_start_matches(',').trim_start();
    }
    (scheme.to_ascii_lowercase(), params)
}

impl Registry {
    /// A client for `host` with these settings; credentials from the flags when both are set,
    /// else from the credentials file (Helm's, then Docker's).
    pub fn new(host: &str, s: &Settings) -> Result<Registry, OciError> {
        let credential = if !s.username.is_empty() && !s.password.is_empty() {
            Some(Credential {
                username: s.username.clone(),
                password: s.password.clone(),
            })
        } else {
            credentials::lookup(&s.registry_config, host)
                .map_err(|e| OciError::Msg(e.to_string()))?
        };
        Self::with_credential(host, s, credential)
    }

    /// A client that answers challenges with `credential` only (`registry login`).
    pub fn with_credential(
        host: &str,
        s: &Settings,
        credential: Option<Credential>,
    ) -> Result<Registry, OciError> {
        let scheme = if s.plain_http && !s.tls_set() {
            "http"
        } else {
            "https"
        };
        // The credential was given for this host: sent up front (as Helm's HTTP getter sends
        // basic auth), it saves the 401 round trip of every call; a registry that wants a
        // bearer token still answers with its challenge.
        let basic = credential.as_ref().map(basic_auth);
        Ok(Registry {
            host: host.to_string(),
            scheme,
            client: http::client(&s.tls)?,
            credential,
            authorization: Mutex::new(basic),
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}://{}{path}", self.scheme, self.host)
    }

    /// One call, answering a 401 challenge (basic, or a bearer token for `scope`) once.
    async fn call(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, String)],
        body: &[u8],
        scope: &str,
    ) -> Result<Response, OciError> {
        let cached = self.authorization.lock().ok().and_then(|a| a.clone());
        let with_auth = |auth: &Option<String>| {
            let mut h: Vec<(&str, String)> = headers.to_vec();
            if let Some(a) = auth {
                h.push(("Authorization", a.clone()));
            }
            h
        };
        let r = http::send(
            &self.client,
            method,
            url,
            &with_auth(&cached),
            body.to_vec(),
            TIMEOUT,
        )
        .await?;
        if r.status != 401 {
            return Ok(r);
        }
        let challenge = r.header("www-authenticate").unwrap_or("").to_string();
        let (scheme, params) = parse_challenge(&challenge);
        let auth = match scheme.as_str() {
            "basic" => {
                let Some(c) = &self.credential else {
                    return Err(OciError::NoCredential {
                        method: method.to_string(),
                        url: url.to_string(),
                    });
                };
                basic_auth(c)
            }
            "bearer" => format!("Bearer {}", self.token(&params, scope).await?),
            _ => return Err(status_error(method, url, &r)),
        };
        if cached.as_deref() == Some(auth.as_str()) {
            return Err(status_error(method, url, &r));
        }
        let r = http::send(
            &self.client,
            method,
            url,
            &with_auth(&Some(auth.clone())),
            body.to_vec(),
            TIMEOUT,
        )
        .await?;
        if r.status != 401 {
            if let Ok(mut a) = self.authorization.lock() {
                *a = Some(auth);
            }
        }
        Ok(r)
    }

    /// The distribution token flow: `GET realm?service=…&scope=…`, with the credential as basic
    /// auth when there is one; the answer's `token` (or `access_token`).
    async fn token(&self, params: &[(String, String)], scope: &str) -> Result<String, OciError> {
        let get = |k: &str| {
            params
                .iter()
                .find(|(pk, _)| pk == k)
                .map(|(_, v)| v.as_str())
                .unwrap_or("")
        };
        let realm = get("realm");
        if realm.is_empty() {
            return Err(OciError::Msg(format!(
                "the registry {} asked for a bearer token without naming a realm",
                self.host
            )));
        }
        let enc = |s: &str| {
            s.bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                        (b as char).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect::<String>()
        };
        let mut query = Vec::new();
        if !get("service").is_empty() {
            query.push(format!("service={}", enc(get("service"))));
        }
        let scope = if get("scope").is_empty() {
            scope
        } else {
            get("scope")
        };
        if !scope.is_empty() {
            query.push(format!("scope={}", enc(scope)));
        }
        let sep = if realm.contains('?') { '&' } else { '?' };
        let url = if query.is_empty() {
            realm.to_string()
        } else {
            format!("{realm}{sep}{}", query.join("&"))
        };
        let mut headers = Vec::new();
        if let Some(c) = &self.credential {
            headers.push(("Authorization", basic_auth(c)));
        }
        let r = http::send(&self.client, "GET", &url, &headers, Vec::new(), TIMEOUT).await?;
        if r.status != 200 {
            return Err(status_error("GET", &url, &r));
        }
        let v: Value = serde_json::from_slice(&r.body).unwrap_or(Value::Null);
        v.get("token")
            .or_else(|| v.get("access_token"))
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .ok_or_else(|| {
                OciError::Msg(format!(
                    "GET {url:?}: the token server answered without a token"
                ))
            })
    }

    /// `GET /v2/` with the credential (`registry login`).
    pub async fn ping(&self) -> Result<(), OciError> {
        let url = self.url("/v2/");
        let r = self.call("GET", &url, &[], &[], "").await?;
        match r.status {
            200 => Ok(()),
            404 => Err(OciError::NotFound(url)),
            _ => Err(status_error("GET", &url, &r)),
        }
    }

    /// Every tag of `repository` (following `Link` pages).
    pub async fn tags(&self, repository: &str) -> Result<Vec<String>, OciError> {
        let scope = format!("repository:{repository}:pull");
        let mut url = self.url(&format!("/v2/{repository}/tags/list"));
        let mut all = Vec::new();
        for _ in 0..1000 {
            let r = self.call("GET", &url, &[], &[], &scope).await?;
            if r.status != 200 {
                return Err(status_error("GET", &url, &r));
            }
            let v: Value = serde_json::from_slice(&r.body)
                .map_err(|e| OciError::Msg(format!("{url}: the tag list is not JSON: {e}")))?;
            if let Some(t) = v.get("tags").and_then(Value::as_array) {
                all.extend(t.iter().filter_map(Value::as_str).map(str::to_string));
            }
            // `Link: </v2/…?last=x&n=y>; rel="next"`
            let next = r.header("link").and_then(|l| {
                let start = l.find('<')? + 1;
                let end = l[start..].find('>')? + start;
                Some(super::url::resolve_redirect(&url, &l[start..end]))
            });
            match next {
                Some(n) => url = n,
                None => return Ok(all),
            }
        }
        Ok(all)
    }

    /// The manifest `reference` names, with its digest (checked when the reference is one).
    pub async fn manifest(&self, reference: &Reference) -> Result<Manifest, OciError> {
        let repo = &reference.repository;
        let url = self.url(&format!(
            "/v2/{repo}/manifests/{}",
            reference.manifest_ref()
        ));
        let accept = [MANIFEST_MEDIA_TYPE, INDEX_MEDIA_TYPE].join(", ");
        let scope = format!("repository:{repo}:pull");
        let r = self
            .call("GET", &url, &[("Accept", accept)], &[], &scope)
            .await?;
        match r.status {
            200 => {}
            404 => return Err(OciError::NotFound(reference.to_string())),
            _ => return Err(status_error("GET", &url, &r)),
        }
        let digest = format!("sha256:{}", sha256_hex(&r.body));
        if !reference.digest.is_empty() && reference.digest != digest {
            return Err(OciError::Msg(format!(
                "{reference}: the registry served a manifest whose digest is {digest}"
            )));
        }
        let v: Value = serde_json::from_slice(&r.body)
            .map_err(|e| OciError::Msg(format!("{reference}: the manifest is not JSON: {e}")))?;
        let media = v.get("mediaType").and_then(Value::as_str).unwrap_or("");
        if media == INDEX_MEDIA_TYPE || v.get("manifests").is_some() {
            return Err(OciError::Msg(format!(
                "{reference} is an image index, not a chart: Helm charts are single manifests"
            )));
        }
        let config = v.get("config").and_then(Descriptor::from_json);
        let layers: Vec<Descriptor> = v
            .get("layers")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Descriptor::from_json).collect())
            .unwrap_or_default();
        let config = config.ok_or_else(|| {
            OciError::Msg(format!(
                "could not load config with mediatype {CONFIG_MEDIA_TYPE}"
            ))
        })?;
        Ok(Manifest {
            digest,
            bytes: r.body,
            config,
            layers,
        })
    }

    /// A blob, its digest checked. Redirects (to a storage backend) are followed without the
    /// registry's credentials.
    pub async fn blob(&self, repository: &str, digest: &str) -> Result<Vec<u8>, OciError> {
        let scope = format!("repository:{repository}:pull");
        let mut url = self.url(&format!("/v2/{repository}/blobs/{digest}"));
        let mut r = self.call("GET", &url, &[], &[], &scope).await?;
        for _ in 0..10 {
            if !matches!(r.status, 301 | 302 | 303 | 307 | 308) {
                break;
            }
            let Some(loc) = r.header("location") else {
                break;
            };
            url = super::url::resolve_redirect(&url, loc);
            r = http::send(&self.client, "GET", &url, &[], Vec::new(), TIMEOUT).await?;
        }
        if r.status != 200 {
            return Err(status_error("GET", &url, &r));
        }
        let got = format!("sha256:{}", sha256_hex(&r.body));
        if got != digest {
            return Err(OciError::Msg(format!(
                "the blob {digest} of {}/{repository} has digest {got}: the registry's content is corrupt",
                self.host
            )));
        }
        Ok(r.body)
    }

    async fn exists(&self, repository: &str, kind: &str, digest: &str) -> Result<bool, OciError> {
        let url = self.url(&format!("/v2/{repository}/{kind}/{digest}"));
        let scope = format!("repository:{repository}:pull,push");
        let accept = [("Accept", MANIFEST_MEDIA_TYPE.to_string())];
        let headers: &[(&str, String)] = if kind == "manifests" { &accept } else { &[] };
        let r = self.call("HEAD", &url, headers, &[], &scope).await?;
        match r.status {
            200 => Ok(true),
            404 => Ok(false),
            _ => Err(status_error("HEAD", &url, &r)),
        }
    }

    /// Uploads a blob unless the registry has it (monolithic upload: POST, then PUT).
    async fn push_blob(
        &self,
        repository: &str,
        d: &Descriptor,
        data: &[u8],
    ) -> Result<(), OciError> {
        if self
            .exists(repository, "blobs", &d.digest)
            .await
            .map_err(OciError::step("Exists", "destination"))?
        {
            return Ok(());
        }
        let scope = format!("repository:{repository}:pull,push");
        let url = self.url(&format!("/v2/{repository}/blobs/uploads/"));
        let r = self.call("POST", &url, &[], &[], &scope).await?;
        if r.status != 202 {
            return Err(status_error("POST", &url, &r));
        }
        let loc = r.header("location").ok_or_else(|| {
            OciError::Msg(format!(
                "POST {url:?}: the registry gave no upload location"
            ))
        })?;
        let loc = super::url::resolve_redirect(&url, loc);
        let sep = if loc.contains('?') { '&' } else { '?' };
        let put = format!("{loc}{sep}digest={}", d.digest.replace(':', "%3A"));
        let headers = [("Content-Type", "application/octet-stream".to_string())];
        let r = self.call("PUT", &put, &headers, data, &scope).await?;
        if r.status != 201 {
            return Err(status_error("PUT", &put, &r));
        }
        Ok(())
    }

    async fn put_manifest(&self, reference: &Reference, bytes: &[u8]) -> Result<(), OciError> {
        let repo = &reference.repository;
        let url = self.url(&format!("/v2/{repo}/manifests/{}", reference.tag));
        let scope = format!("repository:{repo}:pull,push");
        let headers = [("Content-Type", MANIFEST_MEDIA_TYPE.to_string())];
        let r = self.call("PUT", &url, &headers, bytes, &scope).await?;
        if r.status != 201 {
            return Err(status_error("PUT", &url, &r));
        }
        Ok(())
    }
}

/// Helm's `Client.Tags` view of a tag list: only strict semver tags (after `_` → `+`),
/// newest first, as versions (`+` restored).
pub fn semver_tags(tags: &[String]) -> Vec<String> {
    let mut versions: Vec<Version> = tags
        .iter()
        .filter_map(|t| Version::parse_strict(&t.replace('_', "+")).ok())
        .collect();
    versions.sort_by(|a, b| b.compare(a));
    versions.iter().map(|v| v.to_string()).collect()
}

/// The newest tag matching `version` (Helm's `GetTagMatchingVersionOrConstraint`): `tags` are
/// the registry's, only strict semver ones (after `_` → `+`) count, newest first; an exact
/// match wins, else the first satisfying the constraint (`*` when empty).
pub fn match_tag(tags: &[String], version: &str) -> Result<Option<String>, OciError> {
    let tags = semver_tags(tags);
    if tags.is_empty() {
        return Ok(None);
    }
    if !version.is_empty() {
        if let Some(t) = tags.iter().find(|t| *t == version) {
            return Ok(Some(t.clone()));
        }
    }
    let constraint = Constraints::parse(if version.is_empty() { "*" } else { version })
        .map_err(OciError::Msg)?;
    for t in &tags {
        if Version::parse(t).is_ok_and(|v| constraint.check(&v)) {
            return Ok(Some(t.clone()));
        }
    }
    Err(OciError::Msg(format!(
        "could not locate a version matching provided version string {version}"
    )))
}

/// Helm's `ValidateReference`: the reference to pull for `name` and `--version`.
pub async fn resolve(reg: &Registry, name: &str, version: &str) -> Result<Reference, OciError> {
    let mut r = Reference::parse(name)?;
    let mut version = version.to_string();
    if version.is_empty() {
        version = r.tag.clone();
    } else if !r.tag.is_empty() && r.tag != version {
        return Err(OciError::Msg(format!(
            "chart reference and version mismatch: {version} is not {}",
            r.tag
        )));
    }
    if !r.digest.is_empty() {
        if !version.is_empty() {
            // A tag given with a digest must name the same manifest (when it resolves at all).
            let tagged = Reference {
                tag: version.replace('+', "_"),
                digest: String::new(),
                ..r.clone()
            };
            if let Ok(m) = reg.manifest(&tagged).await {
                if m.digest != r.digest {
                    return Err(OciError::Msg(format!(
                        "chart reference digest mismatch: {} is not {}",
                        m.digest, r.digest
                    )));
                }
            }
        }
        r.tag = String::new();
        return Ok(r);
    }
    let tag = if Version::parse(&version).is_ok() {
        version
    } else {
        let tags = reg.tags(&r.repository).await?;
        match match_tag(&tags, &version)? {
            Some(t) => t,
            None => {
                return Err(OciError::Msg(format!(
                    "unable to locate any tags in provided repository: {name}"
                )))
            }
        }
    };
    r.tag = tag.replace('+', "_");
    Ok(r)
}

/// A pulled chart: where its archive is, and the lines Helm prints on the way.
#[derive(Debug, Clone)]
pub struct Pulled {
    /// The reference pulled.
    pub reference: Reference,
    /// The manifest's digest (`sha256:…`).
    pub manifest_digest: String,
    /// The chart layer's digest (`sha256:…`), the content cache key.
    pub chart_digest: String,
    /// The chart archive.
    pub data: Vec<u8>,
    /// `Pulled:`, `Digest:` and Helm's notes (stderr).
    pub log: Vec<String>,
}

/// Helm's `Client.Pull` of the chart layer: the manifest, then the chart blob unless
/// `cached(chart digest)` already has it.
pub async fn pull(
    reg: &Registry,
    reference: &Reference,
    cached: impl Fn(&str) -> Option<Vec<u8>>,
) -> Result<Pulled, OciError> {
    let m = reg
        .manifest(reference)
        .await
        .map_err(OciError::step("FetchReference", "source"))?;
    let mut log = Vec::new();
    let known = std::iter::once(&m.config)
        .chain(&m.layers)
        .filter(|d| {
            [
                CONFIG_MEDIA_TYPE,
                CHART_LAYER_MEDIA_TYPE,
                LEGACY_CHART_LAYER_MEDIA_TYPE,
            ]
            .contains(&d.media_type.as_str())
        })
        .count();
    if known < 2 {
        return Err(OciError::Msg(format!(
            "manifest does not contain minimum number of descriptors (2), descriptors found: {known}"
        )));
    }
    let mut chart = None;
    for d in &m.layers {
        match d.media_type.as_str() {
            CHART_LAYER_MEDIA_TYPE => chart = Some(d),
            LEGACY_CHART_LAYER_MEDIA_TYPE => {
                chart = Some(d);
                log.push(format!(
                    "Warning: chart media type {LEGACY_CHART_LAYER_MEDIA_TYPE} is deprecated"
                ));
            }
            _ => {}
        }
    }
    if m.config.media_type != CONFIG_MEDIA_TYPE {
        return Err(OciError::Msg(format!(
            "could not load config with mediatype {CONFIG_MEDIA_TYPE}"
        )));
    }
    let chart = chart.ok_or_else(|| {
        OciError::Msg(format!(
            "manifest does not contain a layer with mediatype {CHART_LAYER_MEDIA_TYPE}"
        ))
    })?;
    let hex = chart
        .digest
        .strip_prefix("sha256:")
        .unwrap_or(&chart.digest);
    let data = match cached(hex).filter(|d| format!("sha256:{}", sha256_hex(d)) == chart.digest) {
        Some(d) => d,
        None => reg
            .blob(&reference.repository, &chart.digest)
            .await
            .map_err(|e| {
                OciError::Msg(format!(
                    "unable to retrieve blob with digest {}: {e}",
                    chart.digest
                ))
            })?,
    };
    pulled_log(reference, &m.digest, &mut log);
    Ok(Pulled {
        reference: reference.clone(),
        manifest_digest: m.digest,
        chart_digest: chart.digest.clone(),
        data,
        log,
    })
}

/// The lines Helm's registry client prints after a pull.
fn pulled_log(reference: &Reference, manifest_digest: &str, log: &mut Vec<String>) {
    log.push(format!("Pulled: {reference}"));
    log.push(format!("Digest: {manifest_digest}"));
    if reference.to_string().contains('_') {
        log.push(format!("{reference} contains an underscore."));
        log.push(String::new());
        log.extend(UNDERSCORE_NOTE.lines().map(str::to_string));
    }
}

/// Helm's pull of the provenance layer alone (the OCI getter asked for `REF.prov`): its bytes
/// and the lines printed.
pub async fn pull_prov(
    reg: &Registry,
    reference: &Reference,
) -> Result<(Vec<u8>, Vec<String>), OciError> {
    let m = reg
        .manifest(reference)
        .await
        .map_err(OciError::step("FetchReference", "source"))?;
    let prov = m
        .layers
        .iter()
        .find(|d| d.media_type == PROV_LAYER_MEDIA_TYPE)
        .ok_or_else(|| {
            OciError::Msg(format!(
                "manifest does not contain a layer with mediatype {PROV_LAYER_MEDIA_TYPE}"
            ))
        })?;
    let data = reg
        .blob(&reference.repository, &prov.digest)
        .await
        .map_err(|e| {
            OciError::Msg(format!(
                "unable to retrieve blob with digest {}: {e}",
                prov.digest
            ))
        })?;
    let mut log = Vec::new();
    pulled_log(reference, &m.digest, &mut log);
    Ok((data, log))
}

/// The file name `pull` saves a chart as: `name-tag.tgz` with `+` restored, or
/// `name@sha256-hex.tgz` for a digest.
pub fn archive_name(reference: &Reference) -> String {
    let base = reference
        .repository
        .rsplit('/')
        .next()
        .unwrap_or(&reference.repository);
    if reference.tag.is_empty() {
        format!("{base}@{}.tgz", reference.digest.replacen(':', "-", 1))
    } else {
        format!("{base}-{}.tgz", reference.tag.replace('_', "+"))
    }
}

/// Helm's manifest annotations: the `org.opencontainers.image.*` ones from Chart.yaml (only
/// non-blank values), then the chart's own annotations except title and version.
pub fn annotations(meta: &Metadata, created: &str) -> Map<String, Value> {
    let mut m: Vec<(String, String)> = Vec::new();
    let mut add = |k: &str, v: &str| {
        if !v.trim().is_empty() {
            m.retain(|(x, _)| x != k);
            m.push((k.to_string(), v.to_string()));
        }
    };
    add("org.opencontainers.image.description", &meta.description);
    add("org.opencontainers.image.title", &meta.name);
    add("org.opencontainers.image.version", &meta.version);
    add("org.opencontainers.image.url", &meta.home);
    add("org.opencontainers.image.created", created);
    if let Some(s) = meta.sources.first() {
        add("org.opencontainers.image.source", s);
    }
    if !meta.maintainers.is_empty() {
        let authors: Vec<String> = meta
            .maintainers
            .iter()
            .map(|x| {
                let mut s = x.name.clone();
                if !x.email.is_empty() {
                    s.push_str(&format!(" ({})", x.email));
                }
                s
            })
            .collect();
        add("org.opencontainers.image.authors", &authors.join(", "));
    }
    if let Some(a) = &meta.annotations {
        for (k, v) in a {
            if k == "org.opencontainers.image.version" || k == "org.opencontainers.image.title" {
                continue;
            }
            // Chart annotations are strings; Helm copies them even when blank.
            let v = v
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string());
            m.retain(|(x, _)| x != k);
            m.push((k.clone(), v));
        }
    }
    m.sort_by(|a, b| a.0.cmp(&b.0));
    m.into_iter().map(|(k, v)| (k, Value::String(v))).collect()
}

/// What `push` produced.
#[derive(Debug, Clone)]
pub struct Pushed {
    /// The reference pushed to.
    pub reference: Reference,
    /// The manifest's digest (`sha256:…`).
    pub manifest_digest: String,
    /// `Pushed:` and `Digest:`, the lines Helm prints.
    pub log: Vec<String>,
}

/// The manifest Helm pushes for a chart: config = the metadata's JSON, layers (chart, and the
/// provenance when given) sorted by digest, annotations; compact JSON without `mediaType`.
pub fn chart_manifest(
    meta: &Metadata,
    chart: &[u8],
    prov: Option<&[u8]>,
    created: &str,
) -> (Vec<u8>, Vec<u8>, Vec<Descriptor>) {
    let config = serde_json::to_vec(&meta.to_json()).unwrap_or_default();
    let mut layers = vec![Descriptor::of(CHART_LAYER_MEDIA_TYPE, chart)];
    if let Some(p) = prov {
        layers.push(Descriptor::of(PROV_LAYER_MEDIA_TYPE, p));
    }
    layers.sort_by(|a, b| a.digest.cmp(&b.digest));
    let mut m = Map::new();
    m.insert("schemaVersion".into(), Value::from(2));
    m.insert(
        "config".into(),
        Descriptor::of(CONFIG_MEDIA_TYPE, &config).to_json(),
    );
    m.insert(
        "layers".into(),
        Value::Array(layers.iter().map(Descriptor::to_json).collect()),
    );
    let ann = annotations(meta, created);
    if !ann.is_empty() {
        m.insert("annotations".into(), Value::Object(ann));
    }
    let bytes = serde_json::to_vec(&Value::Object(m)).unwrap_or_default();
    (bytes, config, layers)
}

/// `created`: the archive's modification time, RFC 3339 in the local zone to the second
/// (Helm's `stat.ModTime().Format(time.RFC3339)`).
pub fn created_time(path: &Path) -> String {
    let t = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let ts = t
        .and_then(|t| jiff::Timestamp::try_from(t).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    let zoned = ts.to_zoned(gostd::time::local_zone().clone());
    let secs = zoned
        .round(
            jiff::ZonedRound::new()
                .smallest(jiff::Unit::Second)
                .mode(jiff::RoundMode::Trunc),
        )
        .unwrap_or(zoned);
    if secs.offset().seconds() == 0 {
        secs.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
    } else {
        secs.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
    }
}

/// Helm's `Client.Push`: blobs the registry lacks, then the manifest under the chart's version.
pub async fn push(
    reg: &Registry,
    reference: &Reference,
    meta: &Metadata,
    chart: &[u8],
    prov: Option<&[u8]>,
    created: &str,
) -> Result<Pushed, OciError> {
    let (manifest, config, layers) = chart_manifest(meta, chart, prov, created);
    let manifest_digest = format!("sha256:{}", sha256_hex(&manifest));
    let repo = &reference.repository;
    let have = reg
        .exists(repo, "manifests", &manifest_digest)
        .await
        .map_err(OciError::step("Exists", "destination"))?;
    if !have {
        let config_d = Descriptor::of(CONFIG_MEDIA_TYPE, &config);
        reg.push_blob(repo, &config_d, &config).await?;
        for l in &layers {
            let data = if l.media_type == PROV_LAYER_MEDIA_TYPE {
                prov.unwrap_or_default()
            } else {
                chart
            };
            reg.push_blob(repo, l, data).await?;
        }
    }
    reg.put_manifest(reference, &manifest).await?;
    let mut log = vec![
        format!("Pushed: {reference}"),
        format!("Digest: {manifest_digest}"),
    ];
    if reference.tag.contains('_') {
        log.push(format!("{reference} contains an underscore."));
        log.push(String::new());
        log.extend(UNDERSCORE_NOTE.lines().map(str::to_string));
    }
    Ok(Pushed {
        reference: reference.clone(),
        manifest_digest,
        log,
    })
}

/// `registry login HOST`: the host checked as Helm checks it (a bare `host[:port]`), a ping
/// with the credential, then the credential stored.
pub async fn login(host: &str, s: &Settings, cred: &Credential) -> Result<(), RepoError> {
    if !valid_registry(host) {
        return Err(RepoError::Oci(OciError::Reference(format!(
            "invalid registry {host:?}"
        ))));
    }
    let reg = Registry::with_credential(host, s, Some(cred.clone()))?;
    reg.ping()
        .await
        .map_err(|e| RepoError::Msg(format!("authenticating to {host:?}: {e}")))?;
    credentials::store(&s.registry_config, host, cred)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_parse_like_helm() {
        let r = Reference::parse("oci://127.0.0.1:5000/charts/demo:1.0.0+b.1").unwrap();
        assert_eq!(r.registry, "127.0.0.1:5000");
        assert_eq!(r.repository, "charts/demo");
        assert_eq!(r.tag, "1.0.0_b.1");
        assert_eq!(r.to_string(), "127.0.0.1:5000/charts/demo:1.0.0_b.1");
        let d = format!("sha256:{}", "a".repeat(64));
        let r = Reference::parse(&format!("oci://h/c/demo@{d}")).unwrap();
        assert_eq!((r.tag.as_str(), r.digest.as_str()), ("", d.as_str()));
        assert_eq!(r.to_string(), format!("h/c/demo@{d}"));
        assert_eq!(
            archive_name(&r),
            format!("demo@sha256-{}.tgz", "a".repeat(64))
        );
        let err = |s: &str| Reference::parse(s).unwrap_err().to_string();
        assert_eq!(
            err("oci://h"),
            "invalid reference: missing registry or repository"
        );
        assert_eq!(
            err("oci://h/Demo"),
            "invalid reference: invalid repository \"Demo\""
        );
        assert_eq!(
            err("oci://h/d@sha256:00"),
            "invalid reference: invalid digest \"sha256:00\": invalid checksum digest length"
        );
        assert_eq!(
            err("oci://h/charts/mychart:0.1.1/mychart:0.1.1"),
            "invalid reference: invalid tag \"0.1.1/mychart:0.1.1\""
        );
        assert!(valid_repository("a/b-c/d__e.f"));
        assert!(!valid_repository("a//b"));
        assert!(!valid_repository("a/-b"));
    }

    #[test]
    fn tags_match_like_helm() {
        let tags: Vec<String> = [
            "0.1.0",
            "0.2.0",
            "1.0.0_build.1",
            "1.1.0-rc.1",
            "latest",
            "v2.0.0",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let m = |v: &str| match_tag(&tags, v).unwrap();
        assert_eq!(m("").as_deref(), Some("1.0.0+build.1"));
        assert_eq!(m("~0.1").as_deref(), Some("0.1.0"));
        assert_eq!(m(">0.0.0-0").as_deref(), Some("1.1.0-rc.1"));
        assert_eq!(
            match_tag(&tags, "^5").unwrap_err().to_string(),
            "could not locate a version matching provided version string ^5"
        );
        assert_eq!(match_tag(&["latest".to_string()], "").unwrap(), None);
    }

    #[test]
    fn manifests_are_helms() {
        let mut meta = Metadata::default();
        meta.name = "demo".into();
        meta.version = "0.1.0".into();
        meta.description = "d".into();
        meta.api_version = "v2".into();
        meta.app_version = "1.0.0".into();
        meta.chart_type = "application".into();
        let (bytes, config, layers) = chart_manifest(&meta, b"chart", None, "2026-12-06T10:29:19Z");
        assert_eq!(
            String::from_utf8(config).unwrap(),
            r#"{"name":"demo","version":"0.1.0","description":"d","apiVersion":"v2","appVersion":"1.0.0","type":"application"}"#
        );
        assert_eq!(layers.len(), 1);
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with(r#"{"schemaVersion":2,"config":{"mediaType":"application/vnd.cncf.helm.config.v1+json","digest":"sha256:"#), "{text}");
        assert!(text.ends_with(r#""annotations":{"org.opencontainers.image.created":"2026-12-06T10:29:19Z","org.opencontainers.image.description":"d","org.opencontainers.image.title":"demo","org.opencontainers.image.version":"0.1.0"}}"#), "{text}");
    }

    /// A registry that wants a bearer token from its token server (both on one loopback
    /// listener): the token is fetched with the credential for the scope the challenge names,
    /// then the call is repeated with it.
    #[test]
    fn bearer_token_challenges_are_answered() {
        use std::io::{BufRead as _, BufReader, Write as _};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || {
            let mut seen = Vec::new();
            for stream in listener.incoming().take(3) {
                let mut stream = stream.unwrap();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut head = Vec::new();
                loop {
                    let mut line = String::new();
                    reader.read_line(&mut line).unwrap();
                    if line.trim().is_empty() {
                        break;
                    }
                    head.push(line.trim().to_string());
                }
                let target = head[0].split(' ').nth(1).unwrap_or("").to_string();
                let auth = head
                    .iter()
                    .find_map(|h| {
                        h.strip_prefix("authorization: ")
                            .or(h.strip_prefix("Authorization: "))
                    })
                    .unwrap_or("")
                    .to_string();
                seen.push(format!("{target} {auth}"));
                let (status, extra, body) = if target.starts_with("/token?") {
                    if auth == "Basic dTpw"
                        && target == "/token?service=reg&scope=repository%3Aa%2Fb%3Apull"
                    {
                        ("200 OK", String::new(), r#"{"token":"T1"}"#)
                    } else {
                        ("401 Unauthorized", String::new(), "{}")
                    }
                } else if auth == "Bearer T1" {
                    (
                        "200 OK",
                        String::new(),
                        r#"{"name":"a/b","tags":["0.1.0","1.0.0"]}"#,
                    )
                } else {
                    (
                        "401 Unauthorized",
                        format!("WWW-Authenticate: Bearer realm=\"http://127.0.0.1:{port}/token\",service=\"reg\",scope=\"repository:a/b:pull\"\r\n"),
                        r#"{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}"#,
                    )
                };
                let resp = format!(
                    "HTTP/1.1 {status}\r\n{extra}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                stream.write_all(resp.as_bytes()).unwrap();
            }
            seen
        });
        let settings = Settings {
            plain_http: true,
            ..Default::default()
        };
        let cred = Credential {
            username: "u".into(),
            password: "p".into(),
        };
        let host = format!("127.0.0.1:{port}");
        let reg = Registry::with_credential(&host, &settings, Some(cred)).unwrap();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let tags = rt.block_on(reg.tags("a/b")).unwrap();
        assert_eq!(tags, ["0.1.0", "1.0.0"]);
        let seen = server.join().unwrap();
        assert_eq!(
            seen,
            [
                "/v2/a/b/tags/list Basic dTpw",
                "/token?service=reg&scope=repository%3Aa%2Fb%3Apull Basic dTpw",
                "/v2/a/b/tags/list Bearer T1",
            ]
        );
    }

    #[test]
    fn challenges_and_errors_read_like_oras() {
        let (s, p) = parse_challenge(
            r#"Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push""#,
        );
        assert_eq!(s, "bearer");
        assert_eq!(p[0], ("realm".into(), "https://auth.example/token".into()));
        assert_eq!(p[2], ("scope".into(), "repository:a/b:pull,push".into()));
        let r = Response {
            status: 404,
            headers: Default::default(),
            body: br#"{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{"name":"charts/nope"}}]}"#.to_vec(),
        };
        assert_eq!(
            status_error("GET", "https://h/v2/charts/nope/tags/list", &r).to_string(),
            "GET \"https://h/v2/charts/nope/tags/list\": response status code 404: name unknown: repository name not known to registry: map[name:charts/nope]"
        );
    }
}
