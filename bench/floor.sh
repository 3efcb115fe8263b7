#!/usr/bin/env bash
# The floor of the read path: the bytes a read command must move, fetched by a plain client
# (curl) and never decoded, to print beside rhelm and helm.
#   floor.sh list               metadata-only LIST of every release Secret (all namespaces,
#                               one page, served from the API server's cache), then a concurrent GET (16 at a time) of the
#                               newest record of each release
#   floor.sh history NAME NS    one LIST of the release's Secrets, payloads included
#   floor.sh last NAME NS       metadata-only LIST of the release's Secrets, then one GET of the
#                               newest (by the revision in its key: bench records agree with it)
#   floor.sh get NAME NS REV    one GET of one record
# Talks to $RHELM_TESTENV_API (127.0.0.1 only) with the admin token of the test environment.
set -euo pipefail
api=${RHELM_TESTENV_API:?source the test environment first}
[[ $api == https://127.0.0.1:* ]] || { echo "floor.sh talks to 127.0.0.1 only, not $api" >&2; exit 1; }
curl_() {
  curl -sS --fail --cacert "$RHELM_TESTENV_DIR/pki/ca.crt" \
    -H "Authorization: Bearer $RHELM_TESTENV_ADMIN_TOKEN" "$@"
}
case ${1:?usage: floor.sh list | history NAME NS | last NAME NS | get NAME NS REV} in
list)
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
  # A metadata-only LIST (followed by further pages if the server splits it); the newest revision of each
  # (namespace, name) by its labels becomes one curl config of GETs.
  python3 - > "$work/gets" <<'PY'
import http.client, json, os, ssl, urllib.parse
api = urllib.parse.urlparse(os.environ["RHELM_TESTENV_API"])
ctx = ssl.create_default_context(cafile=os.path.join(os.environ["RHELM_TESTENV_DIR"], "pki", "ca.crt"))
conn = http.client.HTTPSConnection(api.hostname, api.port, context=ctx)
headers = {"Authorization": "Bearer " + os.environ["RHELM_TESTENV_ADMIN_TOKEN"],
           "Accept": "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1"}
newest, token = {}, ""
while True:
    q = "labelSelector=owner%3Dhelm" + ("&continue=" + urllib.parse.quote(token) if token else "")
    conn.request("GET", "/api/v1/secrets?" + q, headers=headers)
    resp = conn.getresponse(); page = json.loads(resp.read())
    assert resp.status == 200, page
    for it in page["items"]:
        m = it["metadata"]; l = m.get("labels") or {}
        k = (m["namespace"], l.get("name", ""))
        v = int(l.get("version", "0"))
        if k not in newest or newest[k][0] < v:
            newest[k] = (v, m["name"])
    token = page["metadata"].get("continue") or ""
    if not token:
        break
for (ns, _), (_, key) in newest.items():
    print(f'url = "{os.environ["RHELM_TESTENV_API"]}/api/v1/namespaces/{ns}/secrets/{key}"\noutput = "/dev/null"')
PY
  # HTTP/1.1: 16 connections, like a client with 16 requests in flight (HTTP/2 over one
  # connection measured slower here).
  curl_ --http1.1 --no-progress-meter --parallel --parallel-max 16 -K "$work/gets"
  ;;
history)
  curl_ "$api/api/v1/namespaces/$3/secrets?labelSelector=owner%3Dhelm%2Cname%3D$2" -o /dev/null
  ;;
last)
  rev=$(curl_ -H "Accept: application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1" \
          "$api/api/v1/namespaces/$3/secrets?labelSelector=owner%3Dhelm%2Cname%3D$2" |
        grep -o "\"name\": *\"sh\.helm\.release\.v1\.$2\.v[0-9]*\"" | grep -o '[0-9]*"$' | tr -d '"' |
        sort -n | tail -1)
  curl_ "$api/api/v1/namespaces/$3/secrets/sh.helm.release.v1.$2.v${rev:?no record of $2 in $3}" -o /dev/null
  ;;
get)
  curl_ "$api/api/v1/namespaces/$3/secrets/sh.helm.release.v1.$2.v$4" -o /dev/null
  ;;
*) echo "usage: floor.sh list | history NAME NS | last NAME NS | get NAME NS REV" >&2; exit 2 ;;
esac
