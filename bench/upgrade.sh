#!/usr/bin/env bash
# Benchmark of deploying a 50-object release: rhelm next to helm 4.1.4, each on its own twin
# release of one local control plane.
#   1. `upgrade` without --wait (the value `gen` alternates, so every object changes), RUNS times;
#   2. `upgrade --install --atomic --wait` whose pods become ready, RUNS times;
#   3. `upgrade --install --atomic --wait --timeout 60s` whose pods crash-loop (kwok), once:
#      the time until each tool gives its verdict (and has rolled back).
# Prints median wall time and peak RSS per tool and the ratios.
# usage: bench/upgrade.sh [RUNS]      (default 5)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
runs=${1:-5}
. "$here/common.sh"
bench_build release
bench_start_env
chart=$dir/chart50; bench_chart50 "$chart"
for ns in by-helm by-rhelm; do
  "$RHELM_KUBECTL" create namespace $ns >/dev/null
  "$RHELM_HELM4" install fifty "$chart" -n $ns --wait --timeout 120s >/dev/null
done

# Runs `$1` (helm or rhelm) in its namespace with the remaining arguments, once; prints
# "<seconds> <peak RSS MiB> <exit code>".
one() { python3 "$here/measure.py" 1 -- "$@"; }

report() { # title helm-lines rhelm-lines
  python3 - "$@" <<'PY'
import statistics, sys
title, h, r = sys.argv[1], sys.argv[2].split(";"), sys.argv[3].split(";")
def stats(lines):
    rows = [l.split() for l in lines if l.strip()]
    return statistics.median(float(x[0]) for x in rows), max(float(x[1]) for x in rows), {x[2] for x in rows}
(th, mh, ch), (tr, mr, cr) = stats(h), stats(r)
print(f"{title}: helm {th*1000:.0f} ms / {mh:.0f} MiB (exit {','.join(sorted(ch))}), "
      f"rhelm {tr*1000:.0f} ms / {mr:.0f} MiB (exit {','.join(sorted(cr))}); "
      f"rhelm takes {tr/th:.2f} of helm's time ({th/tr:.1f}x faster), {mr/mh:.2f} of its memory")
PY
}

h=""; r=""
for i in $(seq 1 "$runs"); do
  gen=$(( i % 2 + 2 ))
  h+="$(one "$RHELM_HELM4" upgrade fifty "$chart" -n by-helm --set gen=$gen);"
  r+="$(one "$rhelm" upgrade fifty "$chart" -n by-rhelm --set gen=$gen);"
done
report "upgrade without --wait, median of $runs" "$h" "$r"

h=""; r=""
for i in $(seq 1 "$runs"); do
  gen=$(( i % 2 + 4 ))
  h+="$(one "$RHELM_HELM4" upgrade --install fifty "$chart" -n by-helm --atomic --wait --timeout 120s --set gen=$gen);"
  r+="$(one "$rhelm" upgrade --install fifty "$chart" -n by-rhelm --atomic --wait --timeout 120s --set gen=$gen);"
done
report "upgrade --install --atomic --wait (pods become ready), median of $runs" "$h" "$r"

bad=(--atomic --wait --timeout 60s --set gen=9 --set-string 'podLabels.rhelm\.test/not-ready=true')
h="$(one "$RHELM_HELM4" upgrade --install fifty "$chart" -n by-helm "${bad[@]}")"
r="$(one "$rhelm" upgrade --install fifty "$chart" -n by-rhelm "${bad[@]}")"
report "upgrade --install --atomic --wait (pods crash-loop): time to the verdict and rollback" "$h" "$r"
"$rhelm" history fifty -n by-rhelm --max 3
