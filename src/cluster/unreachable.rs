//! Why the API server cannot be reached, in Helm's words (`kubernetes cluster unreachable: Get
//! "URL/version": dial tcp ADDR: connect: connection refused`, `tls: failed to verify
//! certificate: x509: …`, `net/http: TLS handshake timeout`). kube-rs reports all of these as
//! `client error (Connect)`; [`diagnose`] connects once more to find out which it was.

use std::error::Error as StdError;
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
                Ok(Err(e)) => tls_text(&e)?,
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

/// Go's text for a TLS failure found in `e`'s causes, if it is one.
fn tls_text(e: &kube::Error) -> Option<String> {
    let mut cur: Option<&(dyn StdError + 'static)> = Some(e);
    while let Some(err) = cur {
        if let Some(t) = err.downcast_ref::<rustls::Error>() {
            return Some(rustls_text(t));
        }
        // An io::Error's source() skips the error it wraps; step into it instead.
        cur = match err
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner as &(dyn StdError + 'static)),
            None => err.source(),
        };
    }
    None
}

fn rustls_text(e: &rustls::Error) -> String {
    use rustls::CertificateError as C;
    let verify = |what: &str| format!("tls: failed to verify certificate: x509: {what}");
    match e {
        rustls::Error::InvalidCertificate(c) => match c {
            C::UnknownIssuer | C::BadSignature => verify("certificate signed by unknown authority"),
            C::NotValidForName => verify("certificate is not valid for the requested name"),
            C::NotValidForNameContext {
                expected,
                presented,
            } => {
                let expected = server_name_text(expected);
                // Go lists the IP addresses for an IP, else the DNS names.
                let want_ip = expected.parse::<std::net::IpAddr>().is_ok();
                // rustls writes them as `DnsName("a")` and `IpAddress(1.2.3.4)`.
                let names: Vec<&str> = presented
                    .iter()
                    .filter_map(|p| {
                        if let Some(d) = p.strip_prefix("DnsName(\"") {
                            (!want_ip).then(|| d.trim_end_matches("\")"))
                        } else if let Some(ip) = p.strip_prefix("IpAddress(") {
                            want_ip.then(|| ip.trim_end_matches(')'))
                        } else {
                            Some(p.as_str())
                        }
                    })
                    .collect();
                if names.is_empty() {
                    verify(&format!(
                        "certificate is not valid for any names, but wanted to match {expected}"
                    ))
                } else {
                    verify(&format!(
                        "certificate is valid for {}, not {expected}",
                        names.join(", ")
                    ))
                }
            }
            C::Expired
            | C::ExpiredContext { .. }
            | C::NotValidYet
            | C::NotValidYetContext { .. } => verify("certificate has expired or is not yet valid"),
            other => verify(&format!("{other:?}")),
        },
        other => format!("tls: {other}"),
    }
}

fn server_name_text(n: &rustls::pki_types::ServerName<'_>) -> String {
    match n {
        rustls::pki_types::ServerName::DnsName(d) => d.as_ref().to_string(),
        rustls::pki_types::ServerName::IpAddress(ip) => std::net::IpAddr::from(*ip).to_string(),
        _ => format!("{n:?}"),
    }
}
