#!/usr/bin/env bash
# Starts two HTTP chart repositories on 127.0.0.1, served by nginx (Debian's nginx-light):
#   - plain HTTP, no authentication:        $RHELM_TEST_REPO_URL      (= http://127.0.0.1:P/charts)
#   - HTTPS (testenv CA) + basic auth:       $RHELM_TEST_REPO_TLS_URL  (= https://127.0.0.1:Q/charts)
# Both serve the same index.yaml (made by `helm repo index`) and archives (made by `helm package`
# from examples/demo, in several versions, and the fixture charts). Also served:
#   $RHELM_TEST_REPO_URL/../broken/index.yaml   an index that is not YAML
#   $RHELM_TEST_REPO_URL/../tampered             demo 0.1.0 with a wrong digest, demo 0.2.0 cut short
#   $RHELM_TEST_REPO_URL/../signed               charts signed by `helm package --sign`; the
#                                                keyrings are in $RHELM_TEST_REPO_DIR/../keys
#   $RHELM_TEST_REPO_TLS_URL/../elsewhere        (auth) an index whose chart URLs point at the
#                                                plain server, for --pass-credentials tests
# The plain server logs `<user>|<request>` for every request in $RHELM_TEST_REPO_ACCESS_LOG
# (user = the basic-auth user a client sent, `-` when none).
# Usage: chart-repos.sh DIR PKI_DIR   (appends to DIR/env; called by start.sh). The packaged
# repository is built once into the testenv cache, keyed by the charts' content.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
. "$here/versions.sh"
DIR=${1:?usage: chart-repos.sh DIR PKI_DIR}; PKI=${2:?usage: chart-repos.sh DIR PKI_DIR}
HELM=$TESTENV_CACHE/bin/helm4/helm
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x $NGINX ]] || { echo "nginx is not installed (testenv/install-deps.sh installs nginx-light)" >&2; exit 1; }

# ---- the repository content, cached by the charts' content ------------------------------------
key=$( (cd "$root" && find examples/demo tests/fixtures/charts/tested tests/fixtures/charts/pipeline \
          tests/fixtures/charts/legacy -type f | sort | xargs sha256sum; sha256sum "$here/chart-repos.sh") \
       | sha256sum | cut -c1-16)
CONTENT=$TESTENV_CACHE/chart-repo/$key
if [[ ! -f $CONTENT/charts/index.yaml ]]; then
  tmp=$(mktemp -d "$TESTENV_CACHE/chart-repo.tmp.XXXXXX")
  mkdir -p "$tmp/charts" "$tmp/broken" "$tmp/tampered"
  export HELM_CONFIG_HOME=$tmp/home/config HELM_CACHE_HOME=$tmp/home/cache HELM_DATA_HOME=$tmp/home/data
  for v in 0.1.0 0.2.0 1.0.0 1.1.0-rc.1; do
    "$HELM" package "$root/examples/demo" --version "$v" -d "$tmp/charts" >/dev/null
  done
  for c in tested pipeline legacy; do
    "$HELM" package "$root/tests/fixtures/charts/$c" -d "$tmp/charts" >/dev/null
  done
  "$HELM" repo index "$tmp/charts"
  printf 'apiVersion: v1\nentries:\n  demo: [this is: not: yaml\n' > "$tmp/broken/index.yaml"
  # tampered/: demo 0.1.0 listed with a digest that is not its archive's; demo 0.2.0 served cut
  # short (its index entry has no digest, so only the archive reader can notice).
  head -c 300 "$tmp/charts/demo-0.2.0.tgz" > "$tmp/tampered/demo-0.2.0.tgz"
  cat > "$tmp/tampered/index.yaml" <<YAML
apiVersion: v1
entries:
  demo:
  - apiVersion: v2
    name: demo
    version: 0.2.0
    urls: [demo-0.2.0.tgz]
  - apiVersion: v2
    name: demo
    version: 0.1.0
    digest: $(printf 'a%.0s' $(seq 64))
    urls: [../charts/demo-0.1.0.tgz]
generated: "2026-01-01T00:00:00Z"
YAML
  # signed/: charts signed by `helm package --sign` with a throw-away key (GnuPG home made
  # here and dropped); keys/ holds its public keyring (pubring.gpg) and another key's
  # (other.gpg). demo 0.3.0 is signed; demo 0.4.0 was changed after signing (the index lists
  # the changed archive's digest, so only the provenance check can notice); demo 0.5.0 has no
  # provenance file.
  # (a short GnuPG home: the agent's socket path must fit in a socket address)
  gh=$(mktemp -d /tmp/rhelm-gpg.XXXXXX); mkdir -p "$tmp/signed" "$tmp/keys"
  gpg_() { gpg --homedir "$gh" --batch --quiet --pinentry-mode loopback --passphrase '' "$@"; }
  gpg_ --quick-gen-key "rhelm test signer <signer@example.com>" rsa2048 sign never 2>/dev/null
  gpg_ --quick-gen-key "rhelm other key <other@example.com>" rsa2048 sign never 2>/dev/null
  gpg_ --export "signer@example.com" > "$tmp/keys/pubring.gpg"
  gpg_ --export "other@example.com" > "$tmp/keys/other.gpg"
  gpg_ --export-secret-keys "signer@example.com" > "$gh/secring.gpg"
  for v in 0.3.0 0.4.0; do
    "$HELM" package "$root/examples/demo" --version "$v" -d "$tmp/signed" --sign \
      --key "signer@example.com" --keyring "$gh/secring.gpg" >/dev/null
  done
  "$HELM" package "$root/examples/demo" --version 0.5.0 -d "$tmp/signed" >/dev/null
  printf 'tampered' >> "$tmp/signed/demo-0.4.0.tgz"
  "$HELM" repo index "$tmp/signed"
  gpgconf --homedir "$gh" --kill all 2>/dev/null || true
  rm -rf "$gh"
  rm -rf "$tmp/home"; rm -rf "$CONTENT"; mkdir -p "$(dirname "$CONTENT")"; mv "$tmp" "$CONTENT"
fi

# ---- per-run files: certificate, password, the cross-host index, nginx.conf ------------------
R=$DIR/chart-repos; mkdir -p "$R/tmp" "$R/elsewhere"
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }
PLAIN_PORT=$(free_port); TLS_PORT=$(free_port)
openssl req -newkey rsa:2048 -nodes -subj "/CN=rhelm-chart-repo" -keyout "$PKI/chart-repo.key" -out "$PKI/chart-repo.csr" 2>/dev/null
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$PKI/chart-repo.ext"
openssl x509 -req -in "$PKI/chart-repo.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" -CAcreateserial \
  -days 3650 -sha256 -extfile "$PKI/chart-repo.ext" -out "$PKI/chart-repo.crt" 2>/dev/null
REPO_USER=rhelm; REPO_PASSWORD=$(openssl rand -hex 12)
printf '%s:%s\n' "$REPO_USER" "$(openssl passwd -apr1 "$REPO_PASSWORD")" > "$R/htpasswd"
sed -E "s#^(    - )([^ ].*\.tgz)\$#\1http://127.0.0.1:$PLAIN_PORT/charts/\2#" "$CONTENT/charts/index.yaml" > "$R/elsewhere/index.yaml"
user_line=""; [[ $(id -u) == 0 ]] && user_line="user root;"
chmod 755 "$DIR" "$R"
cat > "$R/nginx.conf" <<CONF
$user_line
daemon off;
worker_processes 1;
pid $R/nginx.pid;
error_log $R/error.log warn;
events { worker_connections 256; }
http {
  types { application/x-yaml yaml; application/gzip tgz; }
  default_type application/octet-stream;
  client_body_temp_path $R/tmp/body; proxy_temp_path $R/tmp/proxy; fastcgi_temp_path $R/tmp/fastcgi;
  uwsgi_temp_path $R/tmp/uwsgi; scgi_temp_path $R/tmp/scgi;
  log_format who '\$remote_user|\$request|\$status';
  server {
    listen 127.0.0.1:$PLAIN_PORT;
    access_log $R/access-plain.log who;
    root $CONTENT;
  }
  server {
    listen 127.0.0.1:$TLS_PORT ssl;
    ssl_certificate $PKI/chart-repo.crt; ssl_certificate_key $PKI/chart-repo.key;
    access_log $R/access-tls.log who;
    auth_basic "rhelm chart repository"; auth_basic_user_file $R/htpasswd;
    root $CONTENT;
    location /elsewhere/ { root $R; }
  }
}
CONF
"$NGINX" -t -q -p "$R" -c "$R/nginx.conf" -e "$R/error.log"
"$NGINX" -p "$R" -c "$R/nginx.conf" -e "$R/error.log" >"$DIR/logs/nginx.log" 2>&1 &
echo "$!" > "$DIR/nginx.pid"
for _ in $(seq 1 100); do
  curl -sf --noproxy '*' "http://127.0.0.1:$PLAIN_PORT/charts/index.yaml" >/dev/null \
    && curl -sf --noproxy '*' --cacert "$PKI/ca.crt" -u "$REPO_USER:$REPO_PASSWORD" \
         "https://127.0.0.1:$TLS_PORT/charts/index.yaml" >/dev/null && break
  sleep 0.1
done
curl -sf --noproxy '*' --cacert "$PKI/ca.crt" -u "$REPO_USER:$REPO_PASSWORD" "https://127.0.0.1:$TLS_PORT/charts/index.yaml" >/dev/null \
  || { echo "the chart repositories did not come up (logs in $R/error.log)" >&2; exit 1; }
cat >> "$DIR/env" <<ENV
export RHELM_TESTENV_PID_nginx=$(cat "$DIR/nginx.pid")
export RHELM_TEST_REPO_URL=http://127.0.0.1:$PLAIN_PORT/charts
export RHELM_TEST_REPO_TLS_URL=https://127.0.0.1:$TLS_PORT/charts
export RHELM_TEST_REPO_USER=$REPO_USER
export RHELM_TEST_REPO_PASSWORD=$REPO_PASSWORD
export RHELM_TEST_REPO_CA=$PKI/ca.crt
export RHELM_TEST_REPO_DIR=$CONTENT/charts
export RHELM_TEST_REPO_ACCESS_LOG=$R/access-plain.log
ENV
