//! Retries of transient API errors, for every request rhelm sends (wrapped around the client in
//! [`super::client`], the one place clients are built).
//!
//! As client-go does, only what cannot have changed anything twice is sent again:
//! - any request the server refused before handling it: the connection was refused (nothing
//!   was sent) or the answer is `429 Too Many Requests`;
//! - reads (`GET`, `HEAD`) also after a reset or dropped connection, a read timeout, or a
//!   `500`/`502`/`503`/`504` answer.
//!
//! A write whose answer was lost is never sent again (it may have been carried out): the
//! caller gets the error and says what it left. Revision records are created with create-only
//! semantics besides, so a repeated create could only fail, never write a record twice.
//! `Retry-After` is honoured up to [`MAX_RETRY_AFTER`]; otherwise the wait doubles from
//! [`FIRST_BACKOFF`] up to [`MAX_BACKOFF`], for at most [`MAX_RETRIES`] retries.

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
}

impl Retrying {
    /// Wraps `inner`.
    pub fn new(inner: kube::Client) -> Retrying {
        Retrying { inner }
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
        Box::pin(async move { send(&inner, req).await })
    }
}

async fn send(client: &kube::Client, req: Request<Body>) -> Result<Response<Body>, kube::Error> {
    let mut attempt = 0;
    let mut req = req;
    loop {
        // A streamed body cannot be sent twice: such a request is tried once.
        let again = (attempt < MAX_RETRIES).then(|| copy(&req)).flatten();
        let method = req.method().clone();
        let path = req.uri().path().to_string();
        let result = client.send(req).await;
        let wait = match &result {
            Ok(res) => retry_after_answer(&method, res.status(), res.headers(), attempt),
            Err(e) => retry_after_error(&method, e, attempt),
        };
        match (wait, again) {
            (Some(wait), Some(next)) => {
                let why = match &result {
                    Ok(res) => res.status().to_string(),
                    Err(e) => e.to_string(),
                };
                tracing::debug!(%method, path, attempt, ?wait, why, "retrying a transient API error");
                tokio::time::sleep(wait).await;
                attempt += 1;
                req = next;
            }
            _ => return result,
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

/// Whether sending `method` twice cannot change more than sending it once.
fn is_read(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD)
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
    method: &Method,
    status: StatusCode,
    headers: &HeaderMap,
    attempt: u32,
) -> Option<Duration> {
    let transient = match status {
        // The server turned the request away before handling it (API priority and fairness).
        StatusCode::TOO_MANY_REQUESTS => true,
        StatusCode::INTERNAL_SERVER_ERROR
        | StatusCode::BAD_GATEWAY
        | StatusCode::SERVICE_UNAVAILABLE
        | StatusCode::GATEWAY_TIMEOUT => is_read(method),
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
pub fn retry_after_error(method: &Method, error: &kube::Error, attempt: u32) -> Option<Duration> {
    if attempt >= MAX_RETRIES {
        return None;
    }
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = cause {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            return match io.kind() {
                // Nothing was sent.
                ConnectionRefused => Some(backoff(attempt)),
                ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof | TimedOut
                    if is_read(method) =>
                {
                    Some(backoff(attempt))
                }
                _ => None,
            };
        }
        if let Some(h) = e.downcast_ref::<hyper::Error>() {
            if (h.is_incomplete_message() || h.is_canceled() || h.is_timeout()) && is_read(method) {
                return Some(backoff(attempt));
            }
        }
        cause = e.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(method: Method, status: u16, retry_after: Option<&str>) -> Option<Duration> {
        let mut headers = HeaderMap::new();
        if let Some(v) = retry_after {
            headers.insert(http::header::RETRY_AFTER, v.parse().unwrap());
        }
        retry_after_answer(&method, StatusCode::from_u16(status).unwrap(), &headers, 0)
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
                &Method::GET,
                StatusCode::SERVICE_UNAVAILABLE,
                &headers,
                MAX_RETRIES
            ),
            None
        );
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
            assert!(retry_after_error(&Method::GET, &err(kind), 0).is_some());
            assert!(retry_after_error(&Method::POST, &err(kind), 0).is_none());
            assert!(retry_after_error(&Method::PATCH, &err(kind), 0).is_none());
        }
        let refused = err(ErrorKind::ConnectionRefused);
        assert!(retry_after_error(&Method::POST, &refused, 0).is_some());
        assert!(retry_after_error(&Method::POST, &refused, MAX_RETRIES).is_none());
        assert!(retry_after_error(&Method::GET, &err(ErrorKind::InvalidData), 0).is_none());
    }
}
