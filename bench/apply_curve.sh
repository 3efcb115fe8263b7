#!/usr/bin/env bash
# The apply curve: a chart of N ConfigMaps (N = 100, 1,000 and 10,000 by default) installed and
# then upgraded (every object changes) by helm 4.1.4 and by rhelm, each into a namespace of its
# own on one local control plane, no --wait. Prints, per size and tool, the wall time, the peak
# RSS and the time per object: a quadratic slowdown shows as a time per object that grows with N.
# Both tools get `--qps 1000 --burst-limit 1000` (helm's client-go otherwise throttles itself to
# 5 requests a second, which would measure the throttle, not the apply).
# usage: bench/apply_curve.sh [N...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(100 1000 10000)
. "$here/common.sh"
bench_build release
bench_start_env
chart=$dir/curve
mkdir -p "$chart/templates"
printf 'apiVersion: v2\nname: curve\nversion: 1.0.0\n' > "$chart/Chart.yaml"
printf 'count: 100\ngen: "1"\n' > "$chart/values.yaml"
cat > "$chart/templates/configmaps.yaml" <<'TPL'
{{- range $i := until (int $.Values.count) }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm-{{ $i }}
data:
  gen: {{ $.Values.gen | quote }}
  index: {{ $i | quote }}
{{- end }}
TPL
limits=(--qps 1000 --burst-limit 1000)
# Runs tool $1 ($helm or $rhelm) once with the remaining arguments; prints "<s> <MiB> <exit>".
one() { python3 "$here/measure.py" 1 -- "$@"; }
rows=""
for n in "${sizes[@]}"; do
  for tool in helm rhelm; do
    bin=$helm; [[ $tool == rhelm ]] && bin=$rhelm
    ns=curve-$n-$tool
    "$RHELM_KUBECTL" create namespace "$ns" >/dev/null
    export HELM_CONFIG_HOME=$dir/home-$tool/config HELM_CACHE_HOME=$dir/home-$tool/cache HELM_DATA_HOME=$dir/home-$tool/data
    install=$(one "$bin" install curve "$chart" -n "$ns" --set count="$n" "${limits[@]}")
    upgrade=$(one "$bin" upgrade curve "$chart" -n "$ns" --set count="$n" --set gen=2 "${limits[@]}")
    live=$("$RHELM_KUBECTL" get configmaps -n "$ns" -o name | grep -c '/cm-' || true)
    rows+="$n $tool $install $upgrade $live;"
    # Free the API server for the next size.
    "$RHELM_KUBECTL" delete namespace "$ns" --wait=false >/dev/null
  done
done
python3 - "$rows" <<'PY'
import sys
rows = [r.split() for r in sys.argv[1].split(";") if r.strip()]
print(f"{'objects':>8} {'tool':>6} | {'install s':>9} {'MiB':>6} {'ms/obj':>7} | {'upgrade s':>9} {'MiB':>6} {'ms/obj':>7} | live  exit")
by = {}
for n, tool, ti, mi, ci, _, tu, mu, cu, _, live in rows:
    n = int(n); by[(n, tool)] = (float(ti), float(tu))
    print(f"{n:>8} {tool:>6} | {float(ti):>9.2f} {float(mi):>6.0f} {1000*float(ti)/n:>7.2f} | "
          f"{float(tu):>9.2f} {float(mu):>6.0f} {1000*float(tu)/n:>7.2f} | {live:>5} {ci},{cu}")
sizes = sorted({n for n, _ in by})
for tool in ("helm", "rhelm"):
    for a, b in zip(sizes, sizes[1:]):
        (ia, ua), (ib, ub) = by[(a, tool)], by[(b, tool)]
        print(f"{tool}: {a} -> {b} objects ({b/a:.0f}x): install {ib/ia:.1f}x the time, upgrade {ub/ua:.1f}x")
PY
