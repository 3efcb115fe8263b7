#!/usr/bin/env bash
# Benchmark of a CI pipeline's deploy step (tests/fixtures/ci/deploy.sh: history, upgrade
# --install --atomic, status, test), with `helm` on PATH resolving to helm 4.1.4 and then to
# rhelm, each on its own release of one local control plane:
#   passing path: RUNS deploys whose pods become ready and whose tests pass (median);
#   failing path: one deploy whose pods crash-loop, from start to the script's exit 1.
# usage: bench/ci_script.sh [RUNS]      (default 5)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
runs=${1:-5}
. "$here/common.sh"
bench_build release
bench_start_env
script=$root/tests/fixtures/ci/deploy.sh
export CHART_PATH=$root/tests/fixtures/charts/pipeline RELEASE_NAME=app TIMEOUT=60s
printf 'replicaCount: 2\n' > "$dir/good.yaml"
printf 'podLabels:\n  rhelm.test/not-ready: "true"\n' > "$dir/bad.yaml"
mkdir -p "$dir/bin-helm" "$dir/bin-rhelm"
ln -s "$RHELM_HELM4" "$dir/bin-helm/helm"; ln -s "$rhelm" "$dir/bin-rhelm/helm"
for tool in helm rhelm; do
  "$RHELM_KUBECTL" create namespace "by-$tool" >/dev/null
  PATH="$dir/bin-$tool:$PATH" helm upgrade --install app "$CHART_PATH" -n "by-$tool" --wait >/dev/null 2>&1
done
# Runs the script with `helm` = $1 and values file $2, tag $3; prints "<seconds> <rss> <exit>".
deploy() {
  PATH="$dir/bin-$1:$PATH" NAMESPACE="by-$1" VALUES_FILE="$2" IMAGE_TAG="$3" \
    python3 "$here/measure.py" 1 -- bash "$script"
}
h=""; r=""
for i in $(seq 1 "$runs"); do
  h+="$(deploy helm "$dir/good.yaml" "$i");"
  r+="$(deploy rhelm "$dir/good.yaml" "$i");"
done
python3 - "$h" "$r" "$runs" <<'PY'
import statistics, sys
h, r, n = sys.argv[1].split(";"), sys.argv[2].split(";"), sys.argv[3]
th = statistics.median(float(x.split()[0]) for x in h if x.strip())
tr = statistics.median(float(x.split()[0]) for x in r if x.strip())
print(f"passing path (history, upgrade --install --atomic, status, test), median of {n}: helm {th*1000:.0f} ms, rhelm {tr*1000:.0f} ms, rhelm is {th/tr:.1f}x faster")
PY
h="$(deploy helm "$dir/bad.yaml" bad)"; r="$(deploy rhelm "$dir/bad.yaml" bad)"
python3 - "$h" "$r" <<'PY'
import sys
(th, _, ch), (tr, _, cr) = sys.argv[1].split(), sys.argv[2].split()
print(f"failing path (pods crash-loop; --atomic rolls back; script exits): helm {float(th)*1000:.0f} ms (exit {ch}), rhelm {float(tr)*1000:.0f} ms (exit {cr}), rhelm is {float(th)/float(tr):.1f}x faster")
PY
