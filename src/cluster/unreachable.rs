//! Why the API server cannot be reached, in Helm's words (`kubernetes cluster unreachable: Get
//! "URL/version": dial tcp ADDR: connect: connection refused`, `tls: failed to verify
//! certificate: x509: …`, `net/http: TLS handshake timeout`). kube-rs reports all of these as
//! `client error (Connect)`; [`diagnose`] connects once more to find out which it was.

use std::time::Duration;

use super::KubeOptions;

/// How long the second look waits for a TLS handshake before calling it a timeout (the
/// command itself already waited for its own timeout).
const HANDSHAKE_PROBE: Duration = Duration::from_secs(2);

/// Whether an error text is kube-rs's report of a failed connection.
pub fn looks_like_connect_failure(text: &str) -> bool {
    text.contains("client error (Connect)")
        || text.contains("ServiceError: error trying to connect")
        || text.contains("HyperError: error trying to connect")
}

/// Helm's message for a server that cannot be reached, or `None` when it can be (the failure
/// was something else) or the configuration does not name one.
pub async fn diagnose(opts: &KubeOptions) -> Option<String> {
    let cfg = super::config(opts).await.ok()?;
    let url = cfg.cluster_url.to_string();
    let url = url.trim_end_matches('/');
    let host = cfg.cluster_url.host()?.to_string();
    let port =
        cfg.cluster_url
            .port_u16()
            .unwrap_or(if cfg.cluster_url.scheme_str() == Some("http") {
                80
            } else {
                443
            });
    let addr = if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    };
    let cause = match tokio::time::timeout(
        Duration::from_secs(10),
        tokio::net::TcpStream::connect((host.trim_matches(['[', ']']), port)),
    )
    .await
    {
        Err(_) => format!("dial tcp {addr}: i/o timeout"),
        Ok(Err(e)) => format!("dial tcp {addr}: connect: {}", go_errno_text(&e)),
        Ok(Ok(_)) => {
            let client = kube::Client::try_from(cfg).ok()?;
            match tokio::time::timeout(HANDSHAKE_PROBE, client.apiserver_version()).await {
                Err(_) => "net/http: TLS handshake timeout".to_string(),
                Ok(Ok(_)) => return None,
                Ok(Err(e)) => crate::neterror::tls_failure(&e)?,
            }
        }
    };
    Some(format!(
        "kubernetes cluster unreachable: Get \"{url}/version\": {cause}"
    ))
}

/// Go's text for a failed `connect(2)`: the errno's description in lower case.
fn go_errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::ConnectionRefused => "connection refused".into(),
        std::io::ErrorKind::TimedOut => "connection timed out".into(),
        _ => {
            let t = e.to_string();
            let t = t.split(" (os error").next().unwrap_or(&t);
            t.to_lowercase()
        }
    }
}
