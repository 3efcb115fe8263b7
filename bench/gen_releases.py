#!/usr/bin/env python3
"""Creates N releases x R revisions of Helm release Secrets for benchmarks.

The records are real: a seed release that helm 4 installed is decoded, and each copy gets its
own name, namespace, revision, status and timestamps, then is encoded the way Helm stores it
(base64 of gzip of JSON, labels name/owner/status/version/modifiedAt). Objects are POSTed to
the local API server (127.0.0.1 only) over a few keep-alive connections.

usage: gen_releases.py SEED_SECRET_JSON --releases N --revisions R --namespaces K --prefix P
Reads RHELM_TESTENV_API, RHELM_TESTENV_ADMIN_TOKEN and RHELM_TESTENV_DIR (for the CA) from the
environment that testenv/start.sh writes.
"""
import argparse, base64, copy, gzip, http.client, json, os, ssl, sys, threading, urllib.parse
from concurrent.futures import ThreadPoolExecutor

def decode_release(secret):
    data = base64.b64decode(secret["data"]["release"])  # Kubernetes' own base64 layer
    raw = base64.b64decode(data)                          # Helm's base64 layer
    return json.loads(gzip.decompress(raw) if raw[:3] == b"\x1f\x8b\x08" else raw)

def encode_release(rel):
    body = json.dumps(rel, separators=(",", ":")).encode()
    return base64.b64encode(gzip.compress(body, compresslevel=9)).decode()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("seed")
    ap.add_argument("--releases", type=int, required=True)
    ap.add_argument("--revisions", type=int, default=10)
    ap.add_argument("--namespaces", type=int, default=10)
    ap.add_argument("--prefix", default="bench")
    ap.add_argument("--threads", type=int, default=4)
    a = ap.parse_args()
    api = urllib.parse.urlparse(os.environ["RHELM_TESTENV_API"])
    assert api.hostname == "127.0.0.1", "benchmarks only talk to the local control plane"
    token = os.environ["RHELM_TESTENV_ADMIN_TOKEN"]
    ctx = ssl.create_default_context(cafile=os.path.join(os.environ["RHELM_TESTENV_DIR"], "pki", "ca.crt"))
    seed = decode_release(json.load(open(a.seed)))
    local = threading.local()

    def request(method, path, obj):
        if not hasattr(local, "conn"):
            local.conn = http.client.HTTPSConnection(api.hostname, api.port, context=ctx)
        local.conn.request(method, path, json.dumps(obj), {
            "Authorization": "Bearer " + token, "Content-Type": "application/json"})
        resp = local.conn.getresponse(); body = resp.read()
        if resp.status not in (200, 201, 409):
            raise SystemExit(f"{method} {path}: {resp.status} {body[:300]!r}")

    namespaces = [f"{a.prefix}-{i}" for i in range(a.namespaces)]
    for ns in namespaces:
        request("POST", "/api/v1/namespaces", {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}})

    def make(i):
        ns = namespaces[i % len(namespaces)]
        name = f"app-{i:05d}"
        for v in range(1, a.revisions + 1):
            rel = copy.copy(seed)
            rel["name"], rel["namespace"], rel["version"] = name, ns, v
            info = dict(seed["info"])
            last = v == a.revisions
            info["status"] = "deployed" if last else "superseded"
            stamp = f"2026-{1 + v % 12:02d}-{1 + i % 28:02d}T10:{v % 60:02d}:00.000000000Z"
            info["first_deployed"], info["last_deployed"] = "2026-01-01T10:00:00.000000000Z", stamp
            info["description"] = "Install complete" if v == 1 else "Upgrade complete"
            rel["info"] = info
            rel["config"] = {"replicaCount": v, "release": name}
            secret = {
                "apiVersion": "v1", "kind": "Secret", "type": "helm.sh/release.v1",
                "metadata": {"name": f"sh.helm.release.v1.{name}.v{v}", "namespace": ns,
                             "labels": {"name": name, "owner": "helm", "status": info["status"],
                                        "version": str(v), "modifiedAt": str(1767261600 + v)}},
                "data": {"release": base64.b64encode(encode_release(rel).encode()).decode()},
            }
            request("POST", f"/api/v1/namespaces/{ns}/secrets", secret)
        return name

    with ThreadPoolExecutor(a.threads) as pool:
        for n, _ in enumerate(pool.map(make, range(a.releases)), 1):
            if n % 100 == 0:
                print(f"  {n}/{a.releases} releases", file=sys.stderr)

if __name__ == "__main__":
    main()
