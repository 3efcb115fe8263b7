#!/usr/bin/env bash
# Stops one component of a running control plane and starts it again with the same command,
# for fault tests. usage: testenv/restart.sh DIR NAME [--down-seconds N]
#   NAME: kube-apiserver | etcd | kube-controller-manager | kube-scheduler | kwok
# With --down-seconds 0 (default) it restarts at once; `stop` instead of a number leaves it down.
set -euo pipefail
DIR=${1:?usage: restart.sh DIR NAME [--down-seconds N|stop]}; NAME=${2:?component name}
DOWN=${4:-0}
pid=$(cat "$DIR/$NAME.pid")
kill "$pid" 2>/dev/null || true
for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -9 "$pid" 2>/dev/null || true
[[ $DOWN == stop ]] && exit 0
sleep "$DOWN"
# exec: the recorded pid must be the component itself, so stop.sh can end it.
eval "exec $(cat "$DIR/$NAME.cmd")" >>"$DIR/logs/$NAME.log" 2>&1 &
echo "$!" > "$DIR/$NAME.pid"
# The API server is ready again once it can write to etcd: wait for that after either
# restarts. /readyz alone is not enough: its etcd check has its own connection, while the
# storage's connection may still be backing off and time writes out for several seconds.
if [[ $NAME == kube-apiserver || $NAME == etcd ]]; then
  . "$DIR/env"
  api() {
    curl -sf --noproxy '*' --max-time 10 --cacert "$DIR/pki/ca.crt" \
      -H "Authorization: Bearer $RHELM_TESTENV_ADMIN_TOKEN" "$@"
  }
  cms=$RHELM_TESTENV_API/api/v1/namespaces/kube-public/configmaps
  probe='{"apiVersion":"v1","kind":"ConfigMap","metadata":{"generateName":"restart-probe-"}}'
  for _ in $(seq 1 300); do
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
