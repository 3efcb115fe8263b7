#!/usr/bin/env bash
# Benchmark of `rollback` (no --wait) of a 50-resource release: rhelm next to helm 4.1.4.
# Twin releases get the same history (install + 1 upgrade); each tool then rolls its own
# release back and forth between revisions 1 and 2, RUNS times, and the median is printed.
# usage: bench/rollback.sh [RUNS]      (default 10)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
runs=${1:-10}
. "$here/common.sh"
bench_build release
bench_start_env

chart=$dir/chart50; bench_chart50 "$chart"
for ns in by-helm by-rhelm; do
  "$RHELM_KUBECTL" create namespace $ns >/dev/null
  "$RHELM_HELM4" install fifty "$chart" -n $ns >/dev/null
  "$RHELM_HELM4" upgrade fifty "$chart" -n $ns --set gen=2 >/dev/null
done
helm_t=(); rhelm_t=()
for i in $(seq 1 "$runs"); do
  target=$(( i % 2 == 1 ? 1 : 2 ))
  helm_t+=("$(time_one "$RHELM_HELM4" rollback fifty $target -n by-helm)")
  rhelm_t+=("$(time_one "$rhelm" rollback fifty $target -n by-rhelm)")
done
bench_compare "rollback of a 50-object release" "${#helm_t[@]}" "${helm_t[@]}" "${rhelm_t[@]}"
"$RHELM_HELM4" history fifty -n by-rhelm --max 3
