#!/usr/bin/env bash
# Stops what start.sh started in DIR, by recorded pid only, newest first; removes DIR unless --keep.
set -u
DIR=${1:?usage: stop.sh DIR [--keep]}
# postgres runs under runuser when we are root: stop the postmaster itself (fast shutdown).
if [[ -f $DIR/pg/data/postmaster.pid ]]; then
  pgpid=$(head -1 "$DIR/pg/data/postmaster.pid")
  kill -INT "$pgpid" 2>/dev/null && for _ in $(seq 1 50); do kill -0 "$pgpid" 2>/dev/null || break; sleep 0.1; done
fi
for n in registry-plain registry-tls nginx postgres kwok kube-scheduler kube-controller-manager kube-apiserver etcd; do
  [[ -f $DIR/$n.pid ]] || continue
  pid=$(cat "$DIR/$n.pid")
  kill "$pid" 2>/dev/null || continue
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$DIR/$n.pid"
done
[[ ${2:-} == --keep ]] || rm -rf "$DIR"
