//! GET over HTTP(S) the way Helm's `HTTPGetter` does it: `User-Agent: Helm/4.1.4`, basic auth
//! only towards the host the credentials were given for (unless told to pass them everywhere),
//! TLS verified against the system roots or `--ca-file` (which replaces them), an optional
//! client certificate, `--insecure-skip-tls-verify`, redirects followed (credentials dropped
//! when the host changes), and a status other than 200 as `failed to fetch URL : STATUS`.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use http_body_util::{BodyExt as _, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

use super::url::{same_origin, Url};

/// Helm's default download timeout (`getter.DefaultHTTPTimeout`).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);

/// The `User-Agent` Helm 4.1.4 sends; servers that tell clients apart see the same one.
const USER_AGENT: &str = "Helm/4.1.4";

/// What a download failed on.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    /// A TLS file could not be used (`--ca-file`, `--cert-file`, `--key-file`).
    #[error("can't create TLS config for client: {0}")]
    Tls(String),
    /// The URL is not one this getter handles.
    #[error("could not find protocol handler for: {0}")]
    Scheme(String),
    /// The request failed before a response (connection refused, TLS handshake, timeout).
    #[error("Get {url:?}: {cause}")]
    Request {
        /// The URL.
        url: String,
        /// Why it failed.
        cause: String,
    },
    /// The server answered with a status other than 200.
    #[error("failed to fetch {url} : {status}")]
    Status {
        /// The URL.
        url: String,
        /// The status line, as Go prints it (`404 Not Found`).
        status: String,
    },
    /// A request of [`send`] failed before a response, in Go's words (`Head "URL": cause`).
    #[error("{method} {url:?}: {cause}")]
    Send {
        /// Go's spelling of the method (`Get`, `Head`, `Put`, `Post`).
        method: String,
        /// The URL.
        url: String,
        /// Why it failed.
        cause: String,
    },
}

/// TLS settings of a repository or of the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsFiles {
    /// A CA bundle that verifies the server.
    pub ca_file: String,
    /// A client certificate file.
    pub cert_file: String,
    /// The client certificate's key file.
    pub key_file: String,
    /// Whether the server's certificate is not checked.
    pub insecure_skip_tls_verify: bool,
}

/// Basic-auth credentials and the URL they were given for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    /// The basic-auth user name.
    pub username: String,
    /// The basic-auth password.
    pub password: String,
    /// The repository (or `--repo`) URL: credentials go only to its scheme and host:port…
    pub url: String,
    /// …unless this is set (`--pass-credentials`).
    pub pass_all: bool,
}

impl Credentials {
    /// Whether a request to `target` carries these credentials.
    pub fn applies_to(&self, target: &str) -> bool {
        !self.username.is_empty()
            && !self.password.is_empty()
            && (self.pass_all || same_origin(&self.url, target))
    }
}

/// The `Authorization` value of HTTP basic auth: `Basic base64(user:password)`.
pub fn basic_auth(username: &str, password: &str) -> String {
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
    format!("Basic {token}")
}

/// One download's settings.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The URL to get.
    pub url: &'a str,
    /// The TLS settings.
    pub tls: &'a TlsFiles,
    /// The credentials, sent where they apply.
    pub credentials: &'a Credentials,
    /// `Accept` header (Helm sends one for chart downloads only).
    pub accept: Option<&'a str>,
    /// How long the request may take.
    pub timeout: Duration,
}

/// Accept header Helm sends when downloading a chart archive.
pub const ACCEPT_CHART: &str = "application/gzip,application/octet-stream";

/// A client from [`client`]: HTTP and HTTPS, the TLS settings it was built with.
pub type HttpsClient = Client<
    hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>,
    Full<Bytes>,
>;

fn tls_config(tls: &TlsFiles) -> Result<rustls::ClientConfig, HttpError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| HttpError::Tls(e.to_string()))?;
    let builder = if tls.insecure_skip_tls_verify {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerification(provider)))
    } else {
        let mut roots = rustls::RootCertStore::empty();
        if tls.ca_file.is_empty() {
            for c in rustls_native_certs::load_native_certs().certs {
                let _ = roots.add(c);
            }
        } else {
            let pem = std::fs::read(&tls.ca_file).map_err(|e| {
                HttpError::Tls(format!(
                    "can't read CA file: {:?}: {}",
                    tls.ca_file,
                    crate::chart::loader::go_io_error("open", Path::new(&tls.ca_file), &e)
                ))
            })?;
            let certs = pem_certs(&pem);
            let (added, _) = roots.add_parsable_certificates(certs);
            if added == 0 {
                return Err(HttpError::Tls(format!(
                    "failed to append certificates from pem block: {:?}",
                    tls.ca_file
                )));
            }
        }
        builder.with_root_certificates(roots)
    };
    if !tls.cert_file.is_empty() && !tls.key_file.is_empty() {
        let read = |p: &str| {
            std::fs::read(p).map_err(|e| {
                HttpError::Tls(format!(
                    "unable to read cert file: {p:?}: {}",
                    crate::chart::loader::go_io_error("open", Path::new(p), &e)
                ))
            })
        };
        let certs = pem_certs(&read(&tls.cert_file)?);
        let key = pem_key(&read(&tls.key_file)?)
            .ok_or_else(|| HttpError::Tls(format!("no private key found in {:?}", tls.key_file)))?;
        builder
            .with_client_auth_cert(certs, key)
            .map_err(|e| HttpError::Tls(format!("unable to load cert from key pair: {e}")))
    } else {
        Ok(builder.with_no_client_auth())
    }
}

fn pem_certs(pem: &[u8]) -> Vec<CertificateDer<'static>> {
    use rustls::pki_types::pem::PemObject as _;
    CertificateDer::pem_slice_iter(pem)
        .filter_map(Result::ok)
        .collect()
}

fn pem_key(pem: &[u8]) -> Option<PrivateKeyDer<'static>> {
    use rustls::pki_types::pem::PemObject as _;
    PrivateKeyDer::from_pem_slice(pem).ok()
}

/// A client for the given TLS settings; build one per repository and reuse it.
pub fn client(tls: &TlsFiles) -> Result<HttpsClient, HttpError> {
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(tls_config(tls)?)
        .https_or_http()
        .enable_http1()
        .build();
    Ok(Client::builder(TokioExecutor::new()).build(connector))
}

/// Downloads `req.url` with a fresh client.
pub async fn get(req: &Request<'_>) -> Result<Vec<u8>, HttpError> {
    let c = client(req.tls)?;
    get_with(&c, req).await
}

/// Downloads `url` (no credentials, default TLS) from synchronous code, which may itself run
/// inside an async runtime: the download gets its own thread and runtime.
pub fn get_blocking(url: &str) -> Result<Vec<u8>, HttpError> {
    std::thread::scope(|s| {
        s.spawn(|| {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| HttpError::Request {
                    url: url.to_string(),
                    cause: format!("cannot start the async runtime: {e}"),
                })?;
            rt.block_on(get(&Request {
                url,
                tls: &TlsFiles::default(),
                credentials: &Credentials::default(),
                accept: None,
                timeout: DEFAULT_TIMEOUT,
            }))
        })
        .join()
        .unwrap_or_else(|_| {
            Err(HttpError::Request {
                url: url.to_string(),
                cause: "the download thread panicked".into(),
            })
        })
    })
}

/// Downloads `req.url` with `client` (from [`client`] with the same TLS settings).
pub async fn get_with(client: &HttpsClient, req: &Request<'_>) -> Result<Vec<u8>, HttpError> {
    match tokio::time::timeout(req.timeout, fetch(client, req)).await {
        Ok(r) => r,
        Err(_) => Err(HttpError::Request {
            url: req.url.to_string(),
            cause: format!(
                "context deadline exceeded (Client.Timeout exceeded after {:?})",
                req.timeout
            ),
        }),
    }
}

async fn fetch(client: &HttpsClient, req: &Request<'_>) -> Result<Vec<u8>, HttpError> {
    let mut url = req.url.to_string();
    let mut send_auth = req.credentials.applies_to(&url);
    for _ in 0..10 {
        let parsed = Url::parse(&url).ok_or_else(|| HttpError::Scheme(url.clone()))?;
        if !matches!(parsed.scheme, "http" | "https") {
            return Err(HttpError::Scheme(parsed.scheme.to_string()));
        }
        let request_err = |cause: String| HttpError::Request {
            url: url.clone(),
            cause,
        };
        let mut b = hyper::Request::get(url.as_str()).header("User-Agent", USER_AGENT);
        if let Some(a) = req.accept {
            b = b.header("Accept", a);
        }
        if send_auth {
            let c = req.credentials;
            b = b.header("Authorization", basic_auth(&c.username, &c.password));
        }
        let request = b
            .body(Full::new(Bytes::new()))
            .map_err(|e| request_err(e.to_string()))?;
        let resp = client
            .request(request)
            .await
            .map_err(|e| request_err(error_chain(&e, &url)))?;
        let status = resp.status();
        if status.is_redirection() {
            if let Some(loc) = resp.headers().get("location").and_then(|l| l.to_str().ok()) {
                let next = super::url::resolve_redirect(&url, loc);
                // Go drops the Authorization header when a redirect leaves the host.
                send_auth = send_auth && same_origin(&url, &next);
                url = next;
                continue;
            }
        }
        if status != hyper::StatusCode::OK {
            return Err(HttpError::Status {
                url: url.clone(),
                status: format!(
                    "{} {}",
                    status.as_u16(),
                    status.canonical_reason().unwrap_or("")
                )
                .trim_end()
                .to_string(),
            });
        }
        let body = resp
            .into_body()
            .collect()
            .await
            .map_err(|e| request_err(error_chain(&e, &url)))?;
        return Ok(body.to_bytes().to_vec());
    }
    Err(HttpError::Request {
        url,
        cause: "stopped after 10 redirects".into(),
    })
}

/// A response of [`send`]: any status, the headers and the whole body.
#[derive(Debug)]
pub struct Response {
    /// The HTTP status code.
    pub status: u16,
    /// The response headers.
    pub headers: hyper::HeaderMap,
    /// The response body.
    pub body: Vec<u8>,
}

impl Response {
    /// A header's value as text, when present and readable.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// One request with any method, headers and body (a registry's API): no redirect is followed
/// and the status is not checked. Sends Helm's `User-Agent`.
pub async fn send(
    client: &HttpsClient,
    method: &str,
    url: &str,
    headers: &[(&str, String)],
    body: Vec<u8>,
    timeout: Duration,
) -> Result<Response, HttpError> {
    // Go's url.Error names the method as `Get`, `Head`, `Put`.
    let go_method = {
        let lower = method.to_ascii_lowercase();
        let mut c = lower.chars();
        c.next()
            .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
            .unwrap_or_default()
    };
    let err = |cause: String| HttpError::Send {
        method: go_method.clone(),
        url: url.to_string(),
        cause,
    };
    let mut b = hyper::Request::builder()
        .method(method)
        .uri(url)
        .header("User-Agent", USER_AGENT);
    for (k, v) in headers {
        b = b.header(*k, v.as_str());
    }
    let request = b
        .body(Full::new(Bytes::from(body)))
        .map_err(|e| err(e.to_string()))?;
    let exchange = async {
        let resp = client
            .request(request)
            .await
            .map_err(|e| err(error_chain(&e, url)))?;
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let body = resp
            .into_body()
            .collect()
            .await
            .map_err(|e| err(error_chain(&e, url)))?
            .to_bytes()
            .to_vec();
        Ok(Response {
            status,
            headers,
            body,
        })
    };
    match tokio::time::timeout(timeout, exchange).await {
        Ok(r) => r,
        Err(_) => Err(err(format!(
            "context deadline exceeded (Client.Timeout exceeded after {timeout:?})"
        ))),
    }
}

/// Why a request failed, in the words Go's client uses for the common cases (connection
/// refused, an untrusted or mismatched certificate), else the error and its causes `: `-joined
/// without hyper's wrapper texts.
fn error_chain(e: &(dyn std::error::Error + 'static), url: &str) -> String {
    if let Some(tls) = crate::neterror::tls_failure(e) {
        return tls;
    }
    let mut parts: Vec<String> = Vec::new();
    for err in crate::neterror::causes(e) {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::ConnectionRefused {
                let host = Url::parse(url)
                    .map(|u| u.host_with_default_port())
                    .unwrap_or_default();
                return format!("dial tcp {host}: connect: connection refused");
            }
        }
        let s = err.to_string();
        let wrapper = s.starts_with("client error (") || s == "tcp connect error";
        if !wrapper && !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
    }
    parts.join(": ")
}

/// `--insecure-skip-tls-verify`: any server certificate is accepted; signatures are still
/// checked so the handshake itself stays sound.
#[derive(Debug)]
struct NoVerification(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for NoVerification {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
