//! A loopback HTTP proxy between rhelm and the test API server that delays answers, drops
//! connections and answers with errors when told to, and logs every request it sees.
//!
//! rhelm talks plain HTTP/1.1 to the proxy on 127.0.0.1 ([`Proxy::kubeconfig`] points at it,
//! with no credentials); the proxy passes each request on to the API server through a kube-rs
//! client of the admin context (TLS and the token) and sends the answer back, streamed when it
//! is a watch. Faults are [`Rule`]s: the first rule whose method and path match a request, and
//! that has uses left, decides what happens to it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http_body_util::BodyExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::TestEnv;

/// What the proxy does to a request a rule matches.
#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// Waits this long, then passes the request on.
    Delay(Duration),
    /// Resets the connection (TCP RST) without passing the request on.
    ResetBefore,
    /// Passes the request on, then resets the connection instead of answering: the server
    /// carried the request out, the client never hears so.
    ResetAfter,
    /// Answers with this status (and `Retry-After` seconds) without passing the request on.
    Status(u16, Option<u64>),
    /// Never answers, never passes the request on.
    Hang,
}

/// Applies `fault` to the next `times` requests with `method` whose path contains `path`.
#[derive(Clone, Debug)]
pub struct Rule {
    pub method: String,
    pub path: String,
    pub fault: Fault,
    pub times: usize,
}

/// One request the proxy saw.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    /// Path and query.
    pub path: String,
    /// The fault applied, if any.
    pub fault: Option<Fault>,
    /// Whether the request reached the API server.
    pub forwarded: bool,
    /// The API server's status code, when its answer came back.
    pub status: Option<u16>,
}

#[derive(Default)]
struct State {
    rules: Vec<Rule>,
    seen: Vec<Seen>,
}

/// A running proxy; it stops when dropped.
pub struct Proxy {
    pub addr: std::net::SocketAddr,
    /// A kubeconfig whose only context reaches the API server through the proxy.
    pub kubeconfig: PathBuf,
    state: Arc<Mutex<State>>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Proxy {
    /// Starts a proxy in front of `env`'s API server; writes its kubeconfig into `dir`.
    pub fn start(env: &TestEnv, dir: &Path) -> Proxy {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let state = Arc::new(Mutex::new(State::default()));
        let (listener, upstream) = runtime.block_on(async {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            (listener, env.client().await)
        });
        let addr = listener.local_addr().unwrap();
        let shared = state.clone();
        runtime.spawn(async move {
            while let Ok((conn, _)) = listener.accept().await {
                tokio::spawn(serve(conn, upstream.clone(), shared.clone()));
            }
        });
        let kubeconfig = dir.join("proxy-kubeconfig");
        std::fs::write(
            &kubeconfig,
            format!(
                "apiVersion: v1\nkind: Config\nclusters:\n- name: proxy\n  cluster:\n    server: http://{addr}\nusers:\n- name: anonymous\n  user: {{}}\ncontexts:\n- name: proxy\n  context: {{cluster: proxy, user: anonymous, namespace: default}}\ncurrent-context: proxy\n"
            ),
        )
        .unwrap();
        Proxy {
            addr,
            kubeconfig,
            state,
            runtime: Some(runtime),
        }
    }

    /// Adds a rule after the existing ones.
    pub fn add(&self, method: &str, path: &str, fault: Fault, times: usize) {
        self.state.lock().unwrap().rules.push(Rule {
            method: method.to_string(),
            path: path.to_string(),
            fault,
            times,
        });
    }

    /// Removes every rule and forgets what was seen.
    pub fn reset(&self) {
        let mut st = self.state.lock().unwrap();
        st.rules.clear();
        st.seen.clear();
    }

    /// Every request seen since the start or the last [`Proxy::reset`].
    pub fn seen(&self) -> Vec<Seen> {
        self.state.lock().unwrap().seen.clone()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

/// Takes the fault for a request, using up one use of the rule that gives it.
fn fault_for(state: &Mutex<State>, method: &str, path: &str) -> Option<Fault> {
    let mut st = state.lock().unwrap();
    let rule = st
        .rules
        .iter_mut()
        .find(|r| r.times > 0 && r.method == method && path.contains(&r.path))?;
    rule.times -= 1;
    Some(rule.fault.clone())
}

/// Serves the requests of one connection, one after another.
async fn serve(mut conn: TcpStream, upstream: kube::Client, state: Arc<Mutex<State>>) {
    let mut buf = Vec::new();
    loop {
        let Some((method, path, headers, body)) = read_request(&mut conn, &mut buf).await else {
            return;
        };
        let fault = fault_for(&state, &method, &path);
        let index = {
            let mut st = state.lock().unwrap();
            st.seen.push(Seen {
                method: method.clone(),
                path: path.clone(),
                fault: fault.clone(),
                forwarded: false,
                status: None,
            });
            st.seen.len() - 1
        };
        match &fault {
            Some(Fault::Status(code, retry_after)) => {
                let body = format!(
                    "{{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"injected by the test proxy\",\"code\":{code}}}"
                );
                let retry = retry_after
                    .map(|s| format!("Retry-After: {s}\r\n"))
                    .unwrap_or_default();
                let head = format!(
                    "HTTP/1.1 {code} Injected\r\nContent-Type: application/json\r\n{retry}Content-Length: {}\r\n\r\n",
                    body.len()
                );
                if conn.write_all(head.as_bytes()).await.is_err()
                    || conn.write_all(body.as_bytes()).await.is_err()
                {
                    return;
                }
                continue;
            }
            Some(Fault::ResetBefore) => {
                let _ = conn.set_zero_linger();
                return;
            }
            Some(Fault::Hang) => {
                std::future::pending::<()>().await;
            }
            Some(Fault::Delay(d)) => tokio::time::sleep(*d).await,
            Some(Fault::ResetAfter) | None => {}
        }
        let mut req = http::Request::builder().method(method.as_str()).uri(&path);
        for (k, v) in &headers {
            let skip = [
                "host",
                "connection",
                "content-length",
                "transfer-encoding",
                "authorization",
                "accept-encoding",
                "keep-alive",
            ];
            if !skip.contains(&k.to_ascii_lowercase().as_str()) {
                req = req.header(k.as_str(), v.as_slice());
            }
        }
        let req = req.body(kube::client::Body::from(body)).unwrap();
        let res = upstream.send(req).await;
        state.lock().unwrap().seen[index].forwarded = true;
        let res = match res {
            Ok(res) => res,
            Err(e) => {
                let text = format!("test proxy: {e}");
                let head = format!(
                    "HTTP/1.1 502 Bad Gateway\r\nContent-Length: {}\r\n\r\n",
                    text.len()
                );
                let _ = conn.write_all(head.as_bytes()).await;
                let _ = conn.write_all(text.as_bytes()).await;
                continue;
            }
        };
        state.lock().unwrap().seen[index].status = Some(res.status().as_u16());
        if fault == Some(Fault::ResetAfter) {
            let _ = conn.set_zero_linger();
            return;
        }
        if write_response(&mut conn, &method, &path, res)
            .await
            .is_err()
        {
            return;
        }
    }
}

type Head = (String, String, Vec<(String, Vec<u8>)>, Vec<u8>);

/// Reads one request (head and `Content-Length` body); `None` at the end of the connection.
async fn read_request(conn: &mut TcpStream, buf: &mut Vec<u8>) -> Option<Head> {
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let mut headers = [httparse::EMPTY_HEADER; 64];
            let mut req = httparse::Request::new(&mut headers);
            req.parse(&buf[..end + 4]).ok()?;
            let method = req.method?.to_string();
            let path = req.path?.to_string();
            let headers: Vec<(String, Vec<u8>)> = req
                .headers
                .iter()
                .map(|h| (h.name.to_string(), h.value.to_vec()))
                .collect();
            let length: usize = headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
                .and_then(|(_, v)| std::str::from_utf8(v).ok()?.trim().parse().ok())
                .unwrap_or(0);
            buf.drain(..end + 4);
            while buf.len() < length {
                let mut chunk = [0u8; 16384];
                let n = conn.read(&mut chunk).await.ok()?;
                if n == 0 {
                    return None;
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            let body: Vec<u8> = buf.drain(..length).collect();
            return Some((method, path, headers, body));
        }
        let mut chunk = [0u8; 16384];
        let n = conn.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// Sends the API server's answer on: whole with a `Content-Length`, or chunked as it comes
/// for a watch.
async fn write_response(
    conn: &mut TcpStream,
    method: &str,
    path: &str,
    res: http::Response<kube::client::Body>,
) -> std::io::Result<()> {
    let (parts, mut body) = res.into_parts();
    let mut head = format!("HTTP/1.1 {}\r\n", parts.status);
    for (k, v) in &parts.headers {
        if !matches!(
            k.as_str(),
            "content-length" | "transfer-encoding" | "connection" | "keep-alive"
        ) {
            head.push_str(&format!(
                "{k}: {}\r\n",
                String::from_utf8_lossy(v.as_bytes())
            ));
        }
    }
    let no_body = method == "HEAD" || matches!(parts.status.as_u16(), 204 | 304);
    if path.contains("watch=") && !no_body {
        head.push_str("Transfer-Encoding: chunked\r\n\r\n");
        conn.write_all(head.as_bytes()).await?;
        while let Some(frame) = body.frame().await {
            let Ok(frame) = frame else { break };
            if let Some(data) = frame.data_ref() {
                if data.is_empty() {
                    continue;
                }
                conn.write_all(format!("{:x}\r\n", data.len()).as_bytes())
                    .await?;
                conn.write_all(data).await?;
                conn.write_all(b"\r\n").await?;
            }
        }
        conn.write_all(b"0\r\n\r\n").await
    } else {
        let data = if no_body {
            Vec::new()
        } else {
            body.collect()
                .await
                .map(|c| c.to_bytes().to_vec())
                .unwrap_or_default()
        };
        head.push_str(&format!("Content-Length: {}\r\n\r\n", data.len()));
        conn.write_all(head.as_bytes()).await?;
        conn.write_all(&data).await
    }
}
