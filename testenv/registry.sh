#!/usr/bin/env bash
# The CNCF distribution registry (github.com/distribution/distribution/v3) for the OCI tests.
#   registry.sh build            builds `registry` and a small bcrypt tool for its htpasswd file
#                                into $TESTENV_CACHE/bin/registry-$REGISTRY_VERSION (a no-op when
#                                already there); called by build.sh.
#   registry.sh start DIR PKI    starts two registries on 127.0.0.1 (called by start.sh):
#     - TLS (server cert from the testenv CA) + htpasswd auth:  $RHELM_TEST_OCI_HOST (host:port)
#     - plain HTTP, no auth (for --plain-http):                 $RHELM_TEST_OCI_PLAIN_HOST
#   and appends to DIR/env the hosts, $RHELM_TEST_OCI_USER, $RHELM_TEST_OCI_PASSWORD and
#   $RHELM_TEST_OCI_CA. Storage lives under DIR/registry. Nothing is sent anywhere else:
#   tracing is off (OTEL_*), no notifications, no redis, no proxy, no debug server.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/versions.sh"
RBIN=$TESTENV_CACHE/bin/registry-$REGISTRY_VERSION
log() { printf '[testenv registry] %s\n' "$*" >&2; }

build() {
  [[ -x $RBIN/registry && -x $RBIN/bcrypt-htpasswd ]] && return 0
  export CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS=-mod=mod
  log "building the distribution registry $REGISTRY_VERSION"
  local w=$TESTENV_CACHE/build/registry-$REGISTRY_VERSION
  mkdir -p "$w/bcrypt-htpasswd" "$RBIN"; cd "$w"
  [[ -f go.mod ]] || go mod init local.invalid/registry-build >/dev/null 2>&1
  # `user:$2a$…` lines for the registry's htpasswd (bcrypt only); the registry module already
  # depends on golang.org/x/crypto, so this needs nothing more from the module proxy.
  cat > bcrypt-htpasswd/main.go <<'GO'
package main

import (
	"fmt"
	"os"

	"golang.org/x/crypto/bcrypt"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: bcrypt-htpasswd USER PASSWORD")
		os.Exit(2)
	}
	h, err := bcrypt.GenerateFromPassword([]byte(os.Args[2]), bcrypt.MinCost)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s:%s\n", os.Args[1], h)
}
GO
  go get "github.com/distribution/distribution/v3@${REGISTRY_VERSION}" golang.org/x/crypto/bcrypt
  go build -trimpath -ldflags "-s -w" -o "$RBIN/registry" \
    "github.com/distribution/distribution/v3/cmd/registry"
  go build -trimpath -ldflags "-s -w" -o "$RBIN/bcrypt-htpasswd" ./bcrypt-htpasswd
  "$RBIN/registry" --version >&2
}

start() {
  local DIR=${1:?usage: registry.sh start DIR PKI} PKI=${2:?usage: registry.sh start DIR PKI}
  [[ -x $RBIN/registry ]] || { echo "missing $RBIN/registry: run testenv/build.sh first" >&2; exit 1; }
  local R=$DIR/registry; mkdir -p "$R/tls-data" "$R/plain-data" "$DIR/logs"
  free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }
  local TLS_PORT PLAIN_PORT USER=rhelm PASSWORD
  TLS_PORT=$(free_port); PLAIN_PORT=$(free_port); PASSWORD=$(openssl rand -hex 12)
  openssl req -newkey rsa:2048 -nodes -subj "/CN=rhelm-registry" -keyout "$PKI/registry.key" -out "$PKI/registry.csr" 2>/dev/null
  printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$PKI/registry.ext"
  openssl x509 -req -in "$PKI/registry.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" -CAcreateserial \
    -days 3650 -sha256 -extfile "$PKI/registry.ext" -out "$PKI/registry.crt" 2>/dev/null
  "$RBIN/bcrypt-htpasswd" "$USER" "$PASSWORD" > "$R/htpasswd"
  local SECRET; SECRET=$(openssl rand -hex 16)
  # name port data extra-http-yaml extra-top-yaml
  conf() {
    cat <<YAML
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $3
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$2
  secret: $SECRET
$4
$5
YAML
  }
  conf tls "$TLS_PORT" "$R/tls-data" "  tls:
    certificate: $PKI/registry.crt
    key: $PKI/registry.key" "auth:
  htpasswd:
    realm: rhelm-registry
    path: $R/htpasswd" > "$R/tls.yml"
  conf plain "$PLAIN_PORT" "$R/plain-data" "" "" > "$R/plain.yml"
  for n in tls plain; do
    # OTEL_*: the registry exports traces to localhost:4318 unless told not to.
    env -u HTTP_PROXY -u HTTPS_PROXY -u http_proxy -u https_proxy \
      OTEL_TRACES_EXPORTER=none OTEL_METRICS_EXPORTER=none OTEL_LOGS_EXPORTER=none OTEL_SDK_DISABLED=true \
      "$RBIN/registry" serve "$R/$n.yml" >"$DIR/logs/registry-$n.log" 2>&1 &
    echo "$!" > "$DIR/registry-$n.pid"
  done
  local ok=0
  for _ in $(seq 1 100); do
    if curl -sf --noproxy '*' "http://127.0.0.1:$PLAIN_PORT/v2/" >/dev/null \
       && curl -sf --noproxy '*' --cacert "$PKI/ca.crt" -u "$USER:$PASSWORD" "https://127.0.0.1:$TLS_PORT/v2/" >/dev/null; then
      ok=1; break
    fi
    sleep 0.1
  done
  [[ $ok == 1 ]] || { echo "the registries did not come up (logs in $DIR/logs/registry-*.log)" >&2; exit 1; }
  cat >> "$DIR/env" <<ENV
export RHELM_TESTENV_PID_registry_tls=$(cat "$DIR/registry-tls.pid")
export RHELM_TESTENV_PID_registry_plain=$(cat "$DIR/registry-plain.pid")
export RHELM_TEST_OCI_HOST=127.0.0.1:$TLS_PORT
export RHELM_TEST_OCI_PLAIN_HOST=127.0.0.1:$PLAIN_PORT
export RHELM_TEST_OCI_USER=$USER
export RHELM_TEST_OCI_PASSWORD=$PASSWORD
export RHELM_TEST_OCI_CA=$PKI/ca.crt
ENV
}

case ${1:-} in
  build) build ;;
  start) shift; start "$@" ;;
  *) echo "usage: registry.sh build | start DIR PKI" >&2; exit 2 ;;
esac
