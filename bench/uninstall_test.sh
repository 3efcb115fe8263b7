#!/usr/bin/env bash
# Benchmarks of `uninstall` of a 50-object release and of `test` of a release with three tests
# (two Pods, one Job): rhelm next to helm 4.1.4, each on its own twin releases (installed by
# helm 4), RUNS times; the medians are printed.
# usage: bench/uninstall_test.sh [RUNS]      (default 10)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
runs=${1:-10}
. "$here/common.sh"
bench_build release
bench_start_env

chart=$dir/chart50; bench_chart50 "$chart"
helm_t=(); rhelm_t=()
for i in $(seq 1 "$runs"); do
  for who in helm rhelm; do
    "$RHELM_KUBECTL" create namespace "un-$who-$i" >/dev/null
    "$RHELM_HELM4" install fifty "$chart" -n "un-$who-$i" >/dev/null
  done
  helm_t+=("$(time_one "$RHELM_HELM4" uninstall fifty -n "un-helm-$i")")
  rhelm_t+=("$(time_one "$rhelm" uninstall fifty -n "un-rhelm-$i")")
done
bench_compare "uninstall of a 50-object release" "${#helm_t[@]}" "${helm_t[@]}" "${rhelm_t[@]}"

tested=$root/tests/fixtures/charts/tested
for who in helm rhelm; do
  "$RHELM_KUBECTL" create namespace "test-$who" >/dev/null
  "$RHELM_HELM4" install web "$tested" -n "test-$who" >/dev/null
done
helm_t=(); rhelm_t=()
for i in $(seq 1 "$runs"); do
  helm_t+=("$(time_one "$RHELM_HELM4" test web -n test-helm --timeout 60s)")
  rhelm_t+=("$(time_one "$rhelm" test web -n test-rhelm --timeout 60s)")
done
bench_compare "test of a release with 2 test Pods and a test Job" "${#helm_t[@]}" "${helm_t[@]}" "${rhelm_t[@]}"
