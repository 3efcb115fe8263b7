#!/usr/bin/env bash
# Benchmark of the read path: rhelm next to helm 4.1.4 on the same release records.
# Starts its own control plane, installs one real release with helm 4 (the corpus' prometheus
# chart, ~54 KB stored payload), clones it into N releases x 10 revisions, and measures
# `list -A`, `history` and `get values`: median wall time of 3 runs and peak RSS.
# usage: bench/read_path.sh [N ...]        (default: 100 1000; counts are cumulative)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
sizes=${*:-100 1000}
chart=$root/../shared/corpus/charts/prometheus-community_helm-charts__charts_prometheus/chart
[[ -d $chart ]] || { echo "needs ../shared/corpus (the seed chart $chart)" >&2; exit 1; }
. "$here/common.sh"
bench_build release
bench_start_env
"$RHELM_KUBECTL" create namespace bench-seed >/dev/null
"$helm" install prometheus "$chart" -n bench-seed --no-hooks >/dev/null
"$RHELM_KUBECTL" get secret sh.helm.release.v1.prometheus.v1 -n bench-seed -o json > "$dir/seed.json"

made=0
printf '%-34s %6s %9s %9s %7s %9s %9s %7s\n' command N rhelm_s helm_s speedup rhelm_MiB helm_MiB mem_x
for n in $sizes; do
  if (( n > made )); then
    echo "generating releases $made..$((n - 1)) (x10 revisions)" >&2
    python3 "$here/gen_releases.py" "$dir/seed.json" --releases $((n - made)) --revisions 10 \
      --namespaces 10 --prefix "b$made" >&2
    made=$n
  fi
  for cmd in "list -A" "list -A -o json" "history app-00000 -n b0-0" "history app-00000 -n b0-0 -o json" \
             "get values app-00000 -n b0-0" "get values app-00000 -n b0-0 --all"; do
    read -r rt rm rc < <(python3 "$here/measure.py" 3 -- "$rhelm" $cmd)
    read -r ht hm hc < <(python3 "$here/measure.py" 3 -- "$helm" $cmd)
    if [[ $rc != 0 ]]; then
      printf '%-34s %6s %9s %9s %7s %9s %9s %7s\n' "$cmd" "$n" "exit$rc" "$ht" - - "$hm" -
    else
      printf '%-34s %6s %9s %9s %7s %9s %9s %7s\n' "$cmd" "$n" "$rt" "$ht" \
        "$(python3 -c "print(f'{$ht/$rt:.1f}x')")" "$rm" "$hm" "$(python3 -c "print(f'{$hm/$rm:.1f}x')")"
    fi
  done
done
