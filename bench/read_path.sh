#!/usr/bin/env bash
# Benchmark of the read path: rhelm next to helm 4.1.4 and next to the floor on the same release
# records. The floor is what a command must fetch, fetched and never decoded: `floor` by
# examples/read_floor.rs (kube's HTTP client, as rhelm uses: one metadata-only LIST of the release
# Secrets, then GETs of the newest record of each release, 16 in flight), `curl` by
# bench/floor.sh (the same requests by curl; slower than the Rust client on this machine).
# Starts its own control plane, installs one real release with helm 4 (the corpus' prometheus
# chart, ~54 KB stored payload; with BENCH_SEED=small the small test chart, ~2 KB), clones it
# into N releases x BENCH_REVISIONS revisions (default 10), and measures `list -A`, `history`,
# `get values`/`get manifest`/`status` with and without `--revision`: median wall time of BENCH_RUNS runs (default 3), peak RSS over the runs
# (the kernel's maximum resident set size of the process, as /usr/bin/time -v reports it),
# and rhelm's median CPU time (user + system); vs_floor is rhelm's time over the floor's, helm_x
# helm's over rhelm's; load1 the one-minute load average when the row was measured.
# usage: bench/read_path.sh [N ...]        (default: 100 1000; counts are cumulative)
#   BENCH_HELM_RUNS=0 leaves helm out (it takes a minute per `list` at 1,000 releases);
#   BENCH_HELM_LIST_RUNS (default BENCH_HELM_RUNS) is helm's number of runs of `list` alone;
#   BENCH_COMMANDS="list -A;history app-00000 -n b0-0" limits the commands measured;
#   BENCH_BASELINE=/path/to/an/older/rhelm adds its time and peak RSS (before/after tables).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
sizes=${*:-100 1000}
runs=${BENCH_RUNS:-3}; helm_runs=${BENCH_HELM_RUNS:-$runs}; revisions=${BENCH_REVISIONS:-10}
helm_list_runs=${BENCH_HELM_LIST_RUNS:-$helm_runs}
case ${BENCH_SEED:-prometheus} in
  prometheus) chart=$root/../shared/corpus/charts/prometheus-community_helm-charts__charts_prometheus/chart ;;
  small) chart=$root/tests/fixtures/read/chart ;;
  *) echo "BENCH_SEED is prometheus or small" >&2; exit 2 ;;
esac
[[ -d $chart ]] || { echo "needs the seed chart $chart" >&2; exit 1; }
. "$here/common.sh"
bench_build release
(cd "$root" && cargo build --profile release --locked --example read_floor)
floor=$CARGO_TARGET_DIR/release/examples/read_floor
baseline=${BENCH_BASELINE:-}
bench_start_env
"$RHELM_KUBECTL" create namespace bench-seed >/dev/null
"$helm" install seed "$chart" -n bench-seed --no-hooks >/dev/null
"$RHELM_KUBECTL" get secret sh.helm.release.v1.seed.v1 -n bench-seed -o json > "$dir/seed.json"
# The seed itself is listed too; it is one release more than N.

IFS=';' read -r -a cmds <<< "${BENCH_COMMANDS:-list -A;list -A -o json;history app-00000 -n b0-0;history app-00000 -n b0-0 -o json;history app-00000 -n b0-0 -o yaml;get values app-00000 -n b0-0;get values app-00000 -n b0-0 --revision $revisions;get values app-00000 -n b0-0 --all;get manifest app-00000 -n b0-0 --revision $revisions;status app-00000 -n b0-0;status app-00000 -n b0-0 --revision $revisions}"
# The floor of a command: what it must fetch. With `--revision N`, one GET of that record;
# without, the newest record must be found first (helm LISTs the release's records): a
# metadata-only LIST of the release's records, then one GET. `status` also reads the live
# objects of the record's manifest (helm 4 prints them), which this floor leaves out.
floor_of() {
  case $1 in
    list*) echo list ;;
    history*) echo "history app-00000 b0-0" ;;
    get*--revision*|status*--revision*) echo "get app-00000 b0-0 $revisions" ;;
    get*|status*) echo "last app-00000 b0-0" ;;
  esac
}
ratio() { python3 -c "print(f'{$1/$2:.2f}x')" 2>/dev/null || echo -; }
made=0
fmt='%-46s %5s %4s %7s %7s %7s %9s %8s %7s %8s %8s %9s %9s %9s %9s %5s\n'
echo "# $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); times are medians of $runs runs (helm: $helm_runs, of list: $helm_list_runs), run interleaved; MiB the peak RSS"
printf "$fmt" command N revs floor_s curl_s rhelm_s rhelm_cpu helm_s base_s vs_floor helm_x floor_MiB rhelm_MiB helm_MiB base_MiB load1
for n in $sizes; do
  if (( n > made )); then
    echo "generating releases $made..$((n - 1)) (x$revisions revisions)" >&2
    python3 "$here/gen_releases.py" "$dir/seed.json" --releases $((n - made)) --revisions "$revisions" \
      --namespaces 10 --prefix "b$made" >&2
    made=$n
  fi
  for cmd in "${cmds[@]}"; do
    hr=$helm_runs; [[ $cmd == list* ]] && hr=$helm_list_runs
    # All of a command's variants run interleaved (one run of each in turn), so that the shared
    # machine's changing load falls on them alike.
    # shellcheck disable=SC2046
    group=(python3 "$here/measure.py"
      "$runs" -- "$floor" $(floor_of "$cmd") ::: "$runs" -- "$here/floor.sh" $(floor_of "$cmd")
      ::: "$runs" -- "$rhelm" $cmd ::: "$hr" -- "$helm" $cmd)
    if [[ -n $baseline ]]; then group+=(::: "$runs" -- "$baseline" $cmd); fi
    {
      read -r ft fm _ _; read -r ct _ _ _; read -r rt rm rc rcpu; read -r ht hm _ _
      if [[ -n $baseline ]]; then read -r bt bm _ _; else bt=-; bm=-; fi
    } < <("${group[@]}")
    (( hr > 0 )) || { ht=-; hm=-; }
    [[ $rc == 0 ]] || rt="exit$rc"
    printf "$fmt" "$cmd" "$n" "$revisions" "$ft" "$ct" "$rt" "$rcpu" "$ht" "$bt" \
      "$(ratio "$rt" "$ft")" "$(ratio "$ht" "$rt")" "$fm" "$rm" "$hm" "$bm" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
