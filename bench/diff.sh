#!/usr/bin/env bash
# Benchmark of `rhelm diff` next to the same work done the helm-diff plugin's way with helm
# 4.1.4 (the plugin cannot be installed here; it runs these helm processes one after another,
# so their sum is a lower bound of its time: its own line diff is not counted).
#   diff upgrade:  5x `helm version`, `helm get manifest`, `helm get values --all -o yaml`,
#                  `helm template --dry-run=server --is-upgrade --values <those>`, `helm get hooks`
#   diff revision: `helm version`, `helm get manifest --revision 1`, `helm get manifest --revision 2`
# on releases of 50 and 500 objects (the value `gen` changes every object), RUNS times each.
# usage: bench/diff.sh [RUNS]      (default 5)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
runs=${1:-5}
. "$here/common.sh"
bench_build release
bench_start_env

# helm-diff's `diff upgrade` of release $1 in namespace $2 to chart $3 with `--set gen=$4`.
plugin_upgrade() {
  local vals; vals=$(mktemp)
  for _ in 1 2 3 4 5; do "$RHELM_HELM4" version >/dev/null; done
  "$RHELM_HELM4" get manifest "$1" -n "$2" >/dev/null
  "$RHELM_HELM4" get values "$1" -n "$2" --output yaml --all >"$vals"
  "$RHELM_HELM4" template "$1" "$3" -n "$2" --values "$vals" --set gen="$4" --dry-run=server --is-upgrade >/dev/null
  "$RHELM_HELM4" get hooks "$1" -n "$2" >/dev/null
  rm -f "$vals"
}
plugin_revision() {
  "$RHELM_HELM4" version >/dev/null
  "$RHELM_HELM4" get manifest "$1" -n "$2" --revision 1 >/dev/null
  "$RHELM_HELM4" get manifest "$1" -n "$2" --revision 2 >/dev/null
}
export -f plugin_upgrade plugin_revision

for scale in 1 10; do
  objects=$((50 * scale)); ns=diff-$objects; chart=$dir/chart$objects
  bench_chart50 "$chart" "$scale"
  "$RHELM_KUBECTL" create namespace "$ns" >/dev/null
  "$RHELM_HELM4" install fifty "$chart" -n "$ns" >/dev/null
  "$RHELM_HELM4" upgrade fifty "$chart" -n "$ns" --set gen=2 >/dev/null
  lines=$("$rhelm" diff upgrade fifty "$chart" -n "$ns" --set gen=3 --no-color | wc -l)
  echo "release of $objects objects: rhelm's diff upgrade prints $lines lines"

  h=(); r=()
  for _ in $(seq "$runs"); do
    h+=("$(time_one bash -c 'plugin_upgrade "$@"' _ fifty "$ns" "$chart" 3)")
    r+=("$(time_one "$rhelm" diff upgrade fifty "$chart" -n "$ns" --set gen=3 --no-color)")
  done
  bench_compare "diff upgrade, $objects objects" "$runs" "${h[@]}" "${r[@]}"

  h=(); r=()
  for _ in $(seq "$runs"); do
    h+=("$(time_one bash -c 'plugin_revision "$@"' _ fifty "$ns")")
    r+=("$(time_one "$rhelm" diff revision fifty 1 2 -n "$ns" --no-color)")
  done
  bench_compare "diff revision 1 2, $objects objects" "$runs" "${h[@]}" "${r[@]}"
  python3 "$here/measure.py" 1 -- "$rhelm" diff upgrade fifty "$chart" -n "$ns" --set gen=3 --no-color \
    | awk -v n="$objects" '{ printf "rhelm diff upgrade, %s objects: peak RSS %s MiB\n", n, $2 }'
done
