#!/usr/bin/env bash
# Starts a loopback-only control plane: etcd, kube-apiserver (TLS, RBAC, static tokens),
# kube-controller-manager, kube-scheduler and kwok with one fake Node whose addresses are
# 127.0.0.1. Writes DIR/env (source it) with KUBECONFIG, the helm/kubectl paths and the pids.
# Usage: testenv/start.sh DIR      (stop it with testenv/stop.sh DIR)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/versions.sh"
DIR=${1:?usage: start.sh DIR}
BIN=$TESTENV_CACHE/bin
for b in etcd kube-apiserver kube-controller-manager kube-scheduler kwok helm3/helm helm4/helm; do
  [[ -x $BIN/$b ]] || { echo "missing $BIN/$b: run testenv/build.sh first" >&2; exit 1; }
done
mkdir -p "$DIR"; DIR=$(cd "$DIR" && pwd)
if [[ -f $DIR/env ]] && . "$DIR/env" && kill -0 "${RHELM_TESTENV_PID_kube_apiserver:-0}" 2>/dev/null; then
  echo "control plane already running in $DIR" >&2; exit 0
fi
PKI=$DIR/pki; mkdir -p "$PKI" "$DIR/logs" "$DIR/etcd-data"
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }
ETCD_PORT=$(free_port); ETCD_PEER_PORT=$(free_port); API_PORT=$(free_port); KCM_PORT=$(free_port); SCHED_PORT=$(free_port); KWOK_PORT=$(free_port)
API=https://127.0.0.1:$API_PORT

# ---- PKI: our own CA, the apiserver's serving cert, a service-account key ----------------
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=rhelm-testenv-ca" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" -keyout "$PKI/ca.key" -out "$PKI/ca.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=kube-apiserver" -keyout "$PKI/apiserver.key" -out "$PKI/apiserver.csr" 2>/dev/null
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,IP:10.0.0.1\n' > "$PKI/apiserver.ext"
openssl x509 -req -in "$PKI/apiserver.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" -CAcreateserial \
  -days 3650 -sha256 -extfile "$PKI/apiserver.ext" -out "$PKI/apiserver.crt" 2>/dev/null
openssl genrsa -out "$PKI/sa.key" 2048 2>/dev/null
openssl rsa -in "$PKI/sa.key" -pubout -out "$PKI/sa.pub" 2>/dev/null

# ---- static tokens: an admin, and a restricted user for RBAC tests -----------------------
ADMIN_TOKEN=$(openssl rand -hex 16); USER_TOKEN=$(openssl rand -hex 16)
printf '%s,rhelm-admin,uid-admin,"system:masters"\n%s,alice,uid-alice,"rhelm-testers"\n' "$ADMIN_TOKEN" "$USER_TOKEN" > "$DIR/tokens.csv"
CA_B64=$(base64 -w0 < "$PKI/ca.crt")
cat > "$DIR/kubeconfig" <<KCFG
apiVersion: v1
kind: Config
clusters:
- name: testenv
  cluster:
    server: $API
    certificate-authority-data: $CA_B64
users:
- name: admin
  user:
    token: $ADMIN_TOKEN
- name: alice
  user:
    token: $USER_TOKEN
contexts:
- name: admin
  context: {cluster: testenv, user: admin, namespace: default}
- name: alice
  context: {cluster: testenv, user: alice, namespace: default}
current-context: admin
KCFG
chmod 600 "$DIR/kubeconfig"
cat > "$DIR/env" <<ENV
export KUBECONFIG=$DIR/kubeconfig
export RHELM_TESTENV_DIR=$DIR
export RHELM_TESTENV_API=$API
export RHELM_TESTENV_ADMIN_TOKEN=$ADMIN_TOKEN
export RHELM_TESTENV_USER_TOKEN=$USER_TOKEN
export RHELM_TESTENV_USER_CONTEXT=alice
export RHELM_HELM3=$BIN/helm3/helm
export RHELM_HELM4=$BIN/helm4/helm
export RHELM_KUBECTL=$BIN/helm4/kubectl
ENV

start() { # name cmd...
  local n=$1; shift
  printf '%q ' "$@" > "$DIR/$n.cmd"   # restart.sh starts it again the same way
  "$@" >"$DIR/logs/$n.log" 2>&1 &
  echo "$!" > "$DIR/$n.pid"; echo "export RHELM_TESTENV_PID_${n//-/_}=$!" >> "$DIR/env"
}
fail() { echo "$1 (logs in $DIR/logs)" >&2; tail -n 20 "$DIR"/logs/*.log >&2 || true; "$here/stop.sh" "$DIR" --keep; exit 1; }
wait_for() { # what timeout_s cmd...
  local what=$1 t=$2; shift 2; local end=$((SECONDS+t))
  until "$@" >/dev/null 2>&1; do (( SECONDS < end )) || fail "timeout waiting for $what"; sleep 0.2; done
}
acurl() { curl -sf --noproxy '*' --cacert "$PKI/ca.crt" -H "Authorization: Bearer $ADMIN_TOKEN" "$@"; }

start etcd "$BIN/etcd" --name=testenv --data-dir="$DIR/etcd-data" \
  --listen-client-urls="http://127.0.0.1:$ETCD_PORT" --advertise-client-urls="http://127.0.0.1:$ETCD_PORT" \
  --listen-peer-urls="http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls="http://127.0.0.1:$ETCD_PEER_PORT" \
  --initial-cluster="testenv=http://127.0.0.1:$ETCD_PEER_PORT" --listen-metrics-urls="http://127.0.0.1:$(free_port)" \
  --unsafe-no-fsync=true --log-level=warn
wait_for etcd 30 curl -sf --noproxy '*' "http://127.0.0.1:$ETCD_PORT/health"

# RHELM_TESTENV_APISERVER_ARGS: extra flags (fault tests shorten --request-timeout).
read -ra APISERVER_ARGS <<< "${RHELM_TESTENV_APISERVER_ARGS:-}"
# The apiserver reaches nodes only at InternalIP (127.0.0.1): never by a hostname to resolve.
start kube-apiserver "$BIN/kube-apiserver" \
  --etcd-servers="http://127.0.0.1:$ETCD_PORT" \
  --bind-address=127.0.0.1 --secure-port="$API_PORT" \
  --advertise-address=127.0.0.1 --endpoint-reconciler-type=none \
  --kubelet-preferred-address-types=InternalIP \
  --cert-dir="$DIR/apiserver-certs" \
  --tls-cert-file="$PKI/apiserver.crt" --tls-private-key-file="$PKI/apiserver.key" \
  --client-ca-file="$PKI/ca.crt" --token-auth-file="$DIR/tokens.csv" \
  --authorization-mode=RBAC \
  --service-account-issuer=https://kubernetes.default.svc.cluster.local \
  --service-account-key-file="$PKI/sa.pub" --service-account-signing-key-file="$PKI/sa.key" \
  --service-cluster-ip-range=10.0.0.0/24 --allow-privileged=true \
  --disable-admission-plugins=ServiceAccount --profiling=false "${APISERVER_ARGS[@]}"
wait_for "kube-apiserver /readyz" 90 acurl "$API/readyz"
wait_for "namespace default" 30 acurl "$API/api/v1/namespaces/default"

start kube-controller-manager "$BIN/kube-controller-manager" \
  --kubeconfig="$DIR/kubeconfig" --authentication-kubeconfig="$DIR/kubeconfig" --authorization-kubeconfig="$DIR/kubeconfig" \
  --bind-address=127.0.0.1 --secure-port="$KCM_PORT" --leader-elect=false \
  --service-account-private-key-file="$PKI/sa.key" --root-ca-file="$PKI/ca.crt" \
  --cluster-signing-cert-file="$PKI/ca.crt" --cluster-signing-key-file="$PKI/ca.key" \
  --controllers='*' --profiling=false
start kube-scheduler "$BIN/kube-scheduler" \
  --kubeconfig="$DIR/kubeconfig" --authentication-kubeconfig="$DIR/kubeconfig" --authorization-kubeconfig="$DIR/kubeconfig" \
  --bind-address=127.0.0.1 --secure-port="$SCHED_PORT" --leader-elect=false --profiling=false
wait_for kube-controller-manager 60 curl -skf --noproxy '*' "https://127.0.0.1:$KCM_PORT/healthz"
wait_for kube-scheduler 60 curl -skf --noproxy '*' "https://127.0.0.1:$SCHED_PORT/healthz"

# kwok drives the fake node and its pods. Extra stages: pods labelled
# rhelm.test/not-ready=true run but never become Ready; bare pods with restartPolicy Never or
# OnFailure (test pods) end Succeeded, or Failed when labelled rhelm.test/fail=true. kwok also
# serves, as the node's kubelet on 127.0.0.1:$KWOK_PORT, the same two log lines for every
# container (`kubectl logs`, `helm test --logs`).
printf '%s stdout F %s\n' 2026-01-01T00:00:00.000000000Z "rhelm test log: started" \
  2026-01-01T00:00:01.000000000Z "rhelm test log: done" > "$DIR/kwok-container.log"
cat > "$DIR/kwok-logs.yaml" <<LOGS
apiVersion: kwok.x-k8s.io/v1alpha1
kind: ClusterLogs
metadata:
  name: rhelm-container-logs
spec:
  selector: {}
  logs:
  - logsFile: $DIR/kwok-container.log
LOGS
start kwok "$BIN/kwok" --kubeconfig="$DIR/kubeconfig" --manage-all-nodes=true --node-ip=127.0.0.1 \
  --server-address="127.0.0.1:$KWOK_PORT" --node-port="$KWOK_PORT" \
  --config="$BIN/kwok-stages/fast" --config="$here/kwok-stage-not-ready.yaml" \
  --config="$here/kwok-stage-test-pods.yaml" --config="$DIR/kwok-logs.yaml" --node-lease-duration-seconds=40
acurl -X POST -H 'Content-Type: application/json' "$API/api/v1/nodes" -d '{
  "apiVersion":"v1","kind":"Node",
  "metadata":{"name":"kwok-node-0",
    "annotations":{"kwok.x-k8s.io/node":"fake","node.alpha.kubernetes.io/ttl":"0"},
    "labels":{"kubernetes.io/hostname":"kwok-node-0","kubernetes.io/os":"linux","kubernetes.io/arch":"amd64","type":"kwok"}},
  "status":{"addresses":[{"type":"InternalIP","address":"127.0.0.1"},{"type":"Hostname","address":"127.0.0.1"}],
    "daemonEndpoints":{"kubeletEndpoint":{"Port":'"$KWOK_PORT"'}},
    "allocatable":{"cpu":"32","memory":"256Gi","pods":"110"},"capacity":{"cpu":"32","memory":"256Gi","pods":"110"}}}' >/dev/null \
  || fail "could not create the fake node"
node_ready() { acurl "$API/api/v1/nodes/kwok-node-0" | python3 -c 'import json,sys
c={x["type"]:x["status"] for x in json.load(sys.stdin)["status"].get("conditions",[])}
sys.exit(0 if c.get("Ready")=="True" else 1)'; }
wait_for "node kwok-node-0 Ready" 60 node_ready

# ---- the restricted user: full rights in namespace rhelm-restricted, nothing elsewhere -------
acurl -X POST -H 'Content-Type: application/json' "$API/api/v1/namespaces" \
  -d '{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"rhelm-restricted"}}' >/dev/null || fail "namespace"
acurl -X POST -H 'Content-Type: application/json' "$API/apis/rbac.authorization.k8s.io/v1/namespaces/rhelm-restricted/roles" \
  -d '{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"Role","metadata":{"name":"rhelm-user"},
       "rules":[{"apiGroups":["*"],"resources":["*"],"verbs":["*"]}]}' >/dev/null || fail "role"
acurl -X POST -H 'Content-Type: application/json' "$API/apis/rbac.authorization.k8s.io/v1/namespaces/rhelm-restricted/rolebindings" \
  -d '{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding","metadata":{"name":"rhelm-user"},
       "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"rhelm-user"},
       "subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"alice"}]}' >/dev/null || fail "rolebinding"
echo "export RHELM_TESTENV_USER_NAMESPACE=rhelm-restricted" >> "$DIR/env"

# ---- PostgreSQL for the SQL storage driver (HELM_DRIVER=sql), on 127.0.0.1 only -------------
if [[ ${RHELM_TESTENV_POSTGRES:-1} == 1 ]]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -x $PG_BIN/initdb ]] || fail "PostgreSQL is not installed (testenv/install-deps.sh installs it)"
  PG_PORT=$(free_port); mkdir -p "$DIR/pg"; chmod 755 "$DIR"
  as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [[ $(id -u) == 0 ]] && chown postgres "$DIR/pg"
  as_pg "$PG_BIN/initdb" -D "$DIR/pg/data" -U rhelm --auth=trust -E UTF8 >"$DIR/logs/initdb.log" 2>&1 \
    || fail "initdb failed"
  start postgres as_pg "$PG_BIN/postgres" -D "$DIR/pg/data" -k "$DIR/pg" -h 127.0.0.1 -p "$PG_PORT" -F
  wait_for postgres 30 "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U rhelm helm || fail "createdb failed"
  echo "export RHELM_TEST_PG='postgresql://rhelm@127.0.0.1:$PG_PORT/helm?sslmode=disable'" >> "$DIR/env"
fi
# ---- HTTP chart repositories (nginx), plain and TLS + basic auth, on 127.0.0.1 only -------------
if [[ ${RHELM_TESTENV_CHART_REPOS:-1} == 1 ]]; then
  "$here/chart-repos.sh" "$DIR" "$PKI" || fail "the chart repositories did not start"
fi
# ---- OCI registries (distribution), TLS + htpasswd and plain HTTP, on 127.0.0.1 only ---------
if [[ ${RHELM_TESTENV_REGISTRY:-1} == 1 ]]; then
  "$here/registry.sh" start "$DIR" "$PKI" || fail "the OCI registries did not start"
fi
echo "control plane up at $API; source $DIR/env" >&2
