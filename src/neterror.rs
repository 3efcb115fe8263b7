//! Network failures in the words Go's `net/http`, `crypto/tls` and `crypto/x509` use, which
//! helm prints and scripts match on. Shared by the cluster client and the chart repository and
//! registry client, since both fail the same ways.

use std::error::Error as StdError;

/// `error` and the chain of its causes, outermost first. An `io::Error` is stepped into, since
/// its `source()` skips the error it wraps (where rustls's failure sits).
pub fn causes<'a>(
    error: &'a (dyn StdError + 'static),
) -> impl Iterator<Item = &'a (dyn StdError + 'static)> {
    std::iter::successors(Some(error), |&e| {
        let io_inner = e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref());
        match io_inner {
            Some(inner) => Some(inner as &(dyn StdError + 'static)),
            None => e.source(),
        }
    })
}

/// Go's text for the TLS failure among `error`'s causes, if there is one.
pub fn tls_failure(error: &(dyn StdError + 'static)) -> Option<String> {
    causes(error)
        .find_map(|e| e.downcast_ref::<rustls::Error>())
        .map(tls_text)
}

/// Go's text for a failed TLS handshake (crypto/tls and crypto/x509 wording), which helm prints
/// after the request it failed.
pub fn tls_text(e: &rustls::Error) -> String {
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
        // A plain-HTTP server answering the TLS hello.
        rustls::Error::InvalidMessage(rustls::InvalidMessage::InvalidContentType) => {
            "http: server gave HTTP response to HTTPS client".to_string()
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tls_failure_inside_an_io_error_is_found_and_worded_as_go_words_it() {
        let tls = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
        let io = std::io::Error::other(tls);
        let outer = std::io::Error::other(io);
        assert_eq!(
            tls_failure(&outer).as_deref(),
            Some(
                "tls: failed to verify certificate: x509: certificate signed by unknown authority"
            )
        );
        assert_eq!(causes(&outer).count(), 3);
        assert_eq!(tls_failure(&std::io::Error::other("plain")), None);
    }

    #[test]
    fn a_plain_http_answer_is_named_as_go_names_it() {
        let e = rustls::Error::InvalidMessage(rustls::InvalidMessage::InvalidContentType);
        assert_eq!(
            tls_text(&e),
            "http: server gave HTTP response to HTTPS client"
        );
    }
}
