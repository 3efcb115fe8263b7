#!/usr/bin/env bash
# Stops one component of a running control plane and starts it again with the same command,
# for fault tests (etcd also restarts the API server, see below).
# usage: testenv/restart.sh DIR NAME [--down-seconds N]
#   NAME: kube-apiserver | etcd | kube-controller-manager | kube-scheduler | kwok
# With --down-seconds 0 (default) it restarts at once; `stop` instead of a number leaves it down.
set -euo pipefail
DIR=${1:?usage: restart.sh DIR NAME [--down-seconds N|stop]}; NAME=${2:?component name}
DOWN=${4:-0}
pid=$(cat "$DIR/$NAME.pid")
kill "$pid" 2>/dev/null || true
for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -9 "$pid" 2>/dev/null || true
# Until it is gone it holds its ports, and the new one would fail to bind them.
for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
[[ $DOWN == stop ]] && exit 0
sleep "$DOWN"
# exec: the recorded pid must be the component itself, so stop.sh can end it.
eval "exec $(cat "$DIR/$NAME.cmd")" >>"$DIR/logs/$NAME.log" 2>&1 &
echo "$!" > "$DIR/$NAME.pid"
# After an etcd outage the API server's etcd clients back off (up to two minutes) and keep
# failing some resources (services, IP addresses) after others work again; the cluster is only
# back once the API server is restarted too.
if [[ $NAME == etcd ]]; then
  etcd_url=
  [[ $(<"$DIR/etcd.cmd") =~ listen-client-urls=\"?([^ \"]+) ]] && etcd_url=${BASH_REMATCH[1]}
  for _ in $(seq 1 150); do
    curl -sf --noproxy '*' --max-time 2 "$etcd_url/health" >/dev/null 2>&1 && break
    sleep 0.2
  done
  exec "$0" "$DIR" kube-apiserver
fi
# The API server is ready again once it can write to etcd. /readyz alone is not enough: its
# etcd check has its own connection, while the storage's may still be backing off.
if [[ $NAME == kube-apiserver ]]; then
  . "$DIR/env"
  api() {
    curl -sf --noproxy '*' --max-time 10 --cacert "$DIR/pki/ca.crt" \
      -H "Authorization: Bearer $RHELM_TESTENV_ADMIN_TOKEN" "$@"
  }
  cms=$RHELM_TESTENV_API/api/v1/namespaces/kube-public/configmaps
  probe='{"apiVersion":"v1","kind":"ConfigMap","metadata":{"generateName":"restart-probe-"}}'
  # Up to three minutes: an API server starting on a busy two-core machine is slow.
  deadline=$((SECONDS + 180))
  while ((SECONDS < deadline)); do
    if api "$RHELM_TESTENV_API/readyz" >/dev/null 2>&1 &&
      made=$(api -X POST -H 'Content-Type: application/json' -d "$probe" "$cms" 2>/dev/null); then
      made=$(grep -o '"name":"restart-probe-[a-z0-9]*"' <<<"$made" | cut -d'"' -f4 || true)
      [[ -n $made ]] && api -X DELETE "$cms/$made" >/dev/null 2>&1 || true
      exit 0
    fi
    sleep 0.2
  done
  echo "kube-apiserver did not become ready again (logs in $DIR/logs)" >&2; exit 1
fi
