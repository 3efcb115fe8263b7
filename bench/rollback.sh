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
time_one() { python3 - "$@" <<'PY'
import subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(f"{time.perf_counter() - t:.4f}")
PY
}
helm_t=(); rhelm_t=()
for i in $(seq 1 "$runs"); do
  target=$(( i % 2 == 1 ? 1 : 2 ))
  helm_t+=("$(time_one "$RHELM_HELM4" rollback fifty $target -n by-helm)")
  rhelm_t+=("$(time_one "$rhelm" rollback fifty $target -n by-rhelm)")
done
python3 - "${#helm_t[@]}" "${helm_t[@]}" "${rhelm_t[@]}" <<'PY'
import statistics, sys
n = int(sys.argv[1]); h = list(map(float, sys.argv[2:2 + n])); r = list(map(float, sys.argv[2 + n:]))
mh, mr = statistics.median(h), statistics.median(r)
print(f"rollback of a 50-object release, median of {n} runs: helm {mh*1000:.0f} ms, rhelm {mr*1000:.0f} ms, rhelm is {mh/mr:.1f}x faster")
PY
"$RHELM_HELM4" history fifty -n by-rhelm --max 3
