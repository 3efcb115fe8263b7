//! Retries of transient API errors, for every request rhelm sends (wrapped around the client in
//! [`super::client`], the one place clients are built).
//!
//! As client-go does, only what cannot have changed anything twice is sent again:
//! - any request the server surely did not handle: the connection was refused or the request
//!   was never written on it (nothing was sent), or the answer is `429 Too Many Requests`;
//! - reads also after a reset or dropped connection, a read timeout, or a
//!   `500`/`502`/`503`/`504` answer;
//! - server-side apply, which merges the same configuration for the same field manager into
//!   the same object however often it is sent, also after a reset or dropped connection or a
//!   `500`/`502`/`503` answer, but not after a timeout (`504`, or no answer in time): the
//!   server or the client has already waited its whole timeout, and a write is not worth
//!   several more.
//!
//! Any other write whose answer was lost is never sent again (it may have been carried out):
//! the caller gets the error and says what it left. Revision records are created with
//! create-only semantics besides, so a repeated create could only fail, never write a record
//! twice. `Retry-After` is honoured up to [`MAX_RETRY_AFTER`]; otherwise the wait doubles from
//! [`FIRST_BACKOFF`] up to [`MAX_BACKOFF`], for at most [`MAX_RETRIES`] retries.
//!
//! A request that gets no answer in the end is reported as Go's HTTP client reports it,
//! `Patch "URL": cause` ([`Unanswered`]), so the message names what was being sent.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use http::{HeaderMap, Method, Request, Response, StatusCode};
use kube::client::Body;

/// How many times one request is sent again at most.
pub const MAX_RETRIES: u32 = 4;
/// The wait before the first retry; it doubles with each further one.
pub const FIRST_BACKOFF: Duration = Duration::from_millis(100);
/// The longest wait between two tries without a `Retry-After`.
pub const MAX_BACKOFF: Duration = Duration::from_secs(2);
/// The longest `Retry-After` honoured; a longer one is cut to this.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(10);

/// A client service that sends each request through `inner`, again when [`retry_after_answer`]
/// or [`retry_after_error`] says so.
#[derive(Clone)]
pub struct Retrying {
    inner: kube::Client,
    /// The API server's address, to name a request that got no answer.
    base: String,
}

impl Retrying {
    /// Wraps `inner`, whose requests go to the API server at `base`.
    pub fn new(inner: kube::Client, base: &http::Uri) -> Retrying {
        Retrying {
            inner,
            base: base.to_string().trim_end_matches('/').to_string(),
        }
    }
}

impl tower_service::Service<Request<Body>> for Retrying {
    type Response = Response<Body>;
    type Error = kube::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, kube::Error>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), kube::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, req: Request<Body>) -> Self::Future {
        let inner = self.inner.clone();
        let base = self.base.clone();
        Box::pin(async move { send(&inner, &base, req).await })
    }
}

async fn send(
    client: &kube::Client,
    base: &str,
    req: Request<Body>,
) -> Result<Response<Body>, kube::Error> {
    let mut attempt = 0;
    let mut req = req;
    let repeat = repeat_of(req.method(), req.headers());
    loop {
        // A streamed body cannot be sent twice: such a request is tried once.
        let again = (attempt < MAX_RETRIES).then(|| copy(&req)).flatten();
        let method = req.method().clone();
        let uri = req.uri().clone();
        let result = client.send(req).await;
        let wait = match &result {
            Ok(res) => retry_after_answer(repeat, res.status(), res.headers(), attempt),
            Err(e) => retry_after_error(repeat, e, attempt),
        };
        match (wait, again) {
            (Some(wait), Some(next)) => {
                let why = match &result {
                    Ok(res) => res.status().to_string(),
                    Err(e) => e.to_string(),
                };
                tracing::debug!(%method, path = uri.path(), attempt, ?wait, why, "retrying a transient API error");
                tokio::time::sleep(wait).await;
                attempt += 1;
                req = next;
            }
            _ => return result.map_err(|e| Unanswered::wrap(&method, base, &uri, e)),
        }
    }
}

/// The same request again, when its body can be copied.
fn copy(req: &Request<Body>) -> Option<Request<Body>> {
    let body = req.body().try_clone()?;
    let mut copy = Request::new(body);
    *copy.method_mut() = req.method().clone();
    *copy.uri_mut() = req.uri().clone();
    *copy.version_mut() = req.version();
    *copy.headers_mut() = req.headers().clone();
    *copy.extensions_mut() = req.extensions().clone();
    Some(copy)
}

/// What sending a request a second time can do, and so when it is sent again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repeat {
    /// A read: nothing changes.
    Read,
    /// Server-side apply: the same object results however often it is sent.
    Apply,
    /// Any other write: it may be carried out twice, so it is sent again only when the server
    /// surely did not handle it.
    OnlyIfUnhandled,
}

/// How a request with `method` and `headers` may be repeated. Server-side apply is a `PATCH`
/// of `application/apply-patch+yaml`.
pub fn repeat_of(method: &Method, headers: &HeaderMap) -> Repeat {
    let apply = *method == Method::PATCH
        && headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/apply-patch"));
    if matches!(*method, Method::GET | Method::HEAD) {
        Repeat::Read
    } else if apply {
        Repeat::Apply
    } else {
        Repeat::OnlyIfUnhandled
    }
}

/// The wait before the retry number `attempt + 1`, when there is no `Retry-After`.
pub fn backoff(attempt: u32) -> Duration {
    FIRST_BACKOFF
        .saturating_mul(2u32.saturating_pow(attempt))
        .min(MAX_BACKOFF)
}

/// How long to wait before sending a request again after the answer `status`, or `None` when
/// it must not be sent again.
pub fn retry_after_answer(
    repeat: Repeat,
    status: StatusCode,
    headers: &HeaderMap,
    attempt: u32,
) -> Option<Duration> {
    let transient = match status {
        // The server turned the request away before handling it (API priority and fairness).
        StatusCode::TOO_MANY_REQUESTS => true,
        StatusCode::INTERNAL_SERVER_ERROR
        | StatusCode::BAD_GATEWAY
        | StatusCode::SERVICE_UNAVAILABLE => repeat != Repeat::OnlyIfUnhandled,
        StatusCode::GATEWAY_TIMEOUT => repeat == Repeat::Read,
        _ => false,
    };
    if !transient || attempt >= MAX_RETRIES {
        return None;
    }
    let server = headers
        .get(http::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|s| Duration::from_secs(s).min(MAX_RETRY_AFTER));
    Some(server.unwrap_or_else(|| backoff(attempt)))
}

/// How long to wait before sending a request again after it failed with `error` (no answer),
/// or `None` when it must not be sent again.
pub fn retry_after_error(repeat: Repeat, error: &kube::Error, attempt: u32) -> Option<Duration> {
    if attempt >= MAX_RETRIES {
        return None;
    }
    let lost_answer = repeat != Repeat::OnlyIfUnhandled;
    let timed_out = repeat == Repeat::Read;
    for e in causes(error) {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            return match io.kind() {
                // Nothing was sent.
                ConnectionRefused => Some(backoff(attempt)),
                ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof if lost_answer => {
                    Some(backoff(attempt))
                }
                TimedOut if timed_out => Some(backoff(attempt)),
                _ => None,
            };
        }
        if let Some(h) = e.downcast_ref::<hyper::Error>() {
            // Canceled: the request was dropped before it was written on the connection (the
            // connection closed first), so the server never saw it.
            if h.is_canceled() {
                return Some(backoff(attempt));
            }
            if (h.is_incomplete_message() && lost_answer) || (h.is_timeout() && timed_out) {
                return Some(backoff(attempt));
            }
        }
    }
    None
}

/// A request that got no answer from the API server, named as Go's HTTP client names it
/// (`Patch "https://host/api/v1/…": connection closed before message completed`). A refused
/// connection is left as kube-rs reports it, for [`super::unreachable`] to name as helm does.
#[derive(Debug, thiserror::Error)]
#[error("{method} \"{url}\": {cause}")]
pub struct Unanswered {
    method: String,
    url: String,
    cause: String,
    #[source]
    source: kube::Error,
}

impl Unanswered {
    fn wrap(method: &Method, base: &str, uri: &http::Uri, error: kube::Error) -> kube::Error {
        let no_answer = matches!(error, kube::Error::HyperError(_) | kube::Error::Service(_));
        if !no_answer || is_connect_failure(&error) {
            return error;
        }
        // Go writes the method as `Get`, `Patch`: upper case first, the rest lower.
        let m = method.as_str();
        let method = m[..1].to_string() + &m[1..].to_ascii_lowercase();
        let url = match uri.scheme() {
            Some(_) => uri.to_string(),
            None => format!("{base}{uri}"),
        };
        kube::Error::Service(Box::new(Unanswered {
            method,
            url,
            cause: innermost_text(&error),
            source: error,
        }))
    }
}

/// Whether the connection itself could not be made (refused, TLS, DNS).
fn is_connect_failure(error: &kube::Error) -> bool {
    causes(error).any(|e| {
        e.downcast_ref::<hyper_util::client::legacy::Error>()
            .is_some_and(|l| l.is_connect())
    })
}

/// The most specific words in `error`'s chain of causes: the last one that says anything.
fn innermost_text(error: &kube::Error) -> String {
    causes(error)
        .map(|e| e.to_string())
        .filter(|t| !t.is_empty())
        .last()
        .unwrap_or_else(|| "no answer".to_string())
}

/// `error` and the chain of its causes, outermost first.
fn causes(error: &kube::Error) -> impl Iterator<Item = &(dyn std::error::Error + 'static)> {
    crate::neterror::causes(error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(method: Method, status: u16, retry_after: Option<&str>) -> Option<Duration> {
        let mut headers = HeaderMap::new();
        if let Some(v) = retry_after {
            headers.insert(http::header::RETRY_AFTER, v.parse().unwrap());
        }
        retry_after_answer(
            repeat_of(&method, &HeaderMap::new()),
            StatusCode::from_u16(status).unwrap(),
            &headers,
            0,
        )
    }

    #[test]
    fn reads_are_retried_after_server_errors_writes_only_after_429() {
        for status in [500, 502, 503, 504] {
            assert_eq!(answer(Method::GET, status, None), Some(FIRST_BACKOFF));
            for write in [Method::POST, Method::PUT, Method::PATCH, Method::DELETE] {
                assert_eq!(answer(write, status, None), None, "{status}");
            }
        }
        for method in [Method::GET, Method::POST, Method::PATCH, Method::DELETE] {
            assert_eq!(answer(method, 429, Some("3")), Some(Duration::from_secs(3)));
        }
        assert_eq!(
            answer(Method::POST, 429, Some("3600")),
            Some(MAX_RETRY_AFTER)
        );
        assert_eq!(answer(Method::POST, 429, Some("soon")), Some(FIRST_BACKOFF));
        for status in [200, 201, 400, 401, 403, 404, 409, 422] {
            assert_eq!(answer(Method::GET, status, None), None, "{status}");
        }
    }

    #[test]
    fn backoff_doubles_up_to_its_cap_and_retries_end() {
        assert_eq!(backoff(0), Duration::from_millis(100));
        assert_eq!(backoff(3), Duration::from_millis(800));
        assert_eq!(backoff(10), MAX_BACKOFF);
        assert_eq!(backoff(u32::MAX), MAX_BACKOFF);
        let headers = HeaderMap::new();
        assert_eq!(
            retry_after_answer(
                Repeat::Read,
                StatusCode::SERVICE_UNAVAILABLE,
                &headers,
                MAX_RETRIES
            ),
            None
        );
    }

    /// What kube-rs's client reports when it cannot connect to `url`.
    async fn connect_error(url: &str) -> kube::Error {
        let config = kube::Config::new(url.parse().unwrap());
        let client = kube::Client::try_from(config).unwrap();
        let req = Request::get("/version").body(Vec::new()).unwrap();
        client.request_text(req).await.unwrap_err()
    }

    #[tokio::test]
    async fn a_refused_connection_and_a_failed_handshake_are_known_by_their_type() {
        // A port nothing listens on any more: refused.
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = closed.local_addr().unwrap().port();
        drop(closed);
        let refused = connect_error(&format!("http://127.0.0.1:{port}")).await;
        assert!(is_connect_failure(&refused), "{refused:?}");
        // A server that hangs up on the TLS hello: the handshake fails.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                drop(socket);
            }
        });
        let hung_up = connect_error(&format!("https://127.0.0.1:{port}")).await;
        assert!(is_connect_failure(&hung_up), "{hung_up:?}");
        // An answer that is not HTTP is no connect failure: the request was sent.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move {
            use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
            while let Ok((mut socket, _)) = listener.accept().await {
                let mut buf = [0u8; 1024];
                let _ = socket.read(&mut buf).await;
                let _ = socket.write_all(b"not http\r\n\r\n").await;
            }
        });
        let garbled = connect_error(&format!("http://127.0.0.1:{port}")).await;
        assert!(!is_connect_failure(&garbled), "{garbled:?}");
    }

    #[test]
    fn lost_connections_retry_reads_refused_ones_everything() {
        use std::io::{Error, ErrorKind};
        let err = |kind: ErrorKind| kube::Error::Service(Box::new(Error::new(kind, "x")));
        for kind in [
            ErrorKind::ConnectionReset,
            ErrorKind::BrokenPipe,
            ErrorKind::UnexpectedEof,
            ErrorKind::TimedOut,
        ] {
            assert!(retry_after_error(Repeat::Read, &err(kind), 0).is_some());
            let apply = retry_after_error(Repeat::Apply, &err(kind), 0);
            assert_eq!(apply.is_some(), kind != ErrorKind::TimedOut, "{kind:?}");
            assert!(retry_after_error(Repeat::OnlyIfUnhandled, &err(kind), 0).is_none());
        }
        let refused = err(ErrorKind::ConnectionRefused);
        assert!(retry_after_error(Repeat::OnlyIfUnhandled, &refused, 0).is_some());
        assert!(retry_after_error(Repeat::OnlyIfUnhandled, &refused, MAX_RETRIES).is_none());
        assert!(retry_after_error(Repeat::Read, &err(ErrorKind::InvalidData), 0).is_none());
    }

    #[test]
    fn reads_and_server_side_apply_may_be_repeated_other_writes_not() {
        let content = |t: &str| {
            let mut h = HeaderMap::new();
            h.insert(http::header::CONTENT_TYPE, t.parse().unwrap());
            h
        };
        let none = HeaderMap::new();
        assert_eq!(repeat_of(&Method::GET, &none), Repeat::Read);
        assert_eq!(repeat_of(&Method::HEAD, &none), Repeat::Read);
        assert_eq!(
            repeat_of(&Method::PATCH, &content("application/apply-patch+yaml")),
            Repeat::Apply
        );
        for t in [
            "application/merge-patch+json",
            "application/strategic-merge-patch+json",
            "application/json-patch+json",
        ] {
            assert_eq!(
                repeat_of(&Method::PATCH, &content(t)),
                Repeat::OnlyIfUnhandled
            );
        }
        for m in [Method::POST, Method::PUT, Method::DELETE] {
            assert_eq!(repeat_of(&m, &none), Repeat::OnlyIfUnhandled);
        }
        // A 503 on a server-side apply is sent again, a 504 (the server's whole timeout has
        // passed) is not; a create is sent again after neither.
        let h = HeaderMap::new();
        let unavailable = StatusCode::SERVICE_UNAVAILABLE;
        let timeout = StatusCode::GATEWAY_TIMEOUT;
        assert!(retry_after_answer(Repeat::Apply, unavailable, &h, 0).is_some());
        assert!(retry_after_answer(Repeat::Apply, timeout, &h, 0).is_none());
        assert!(retry_after_answer(Repeat::Read, timeout, &h, 0).is_some());
        assert!(retry_after_answer(Repeat::OnlyIfUnhandled, unavailable, &h, 0).is_none());
    }
}
