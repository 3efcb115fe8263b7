#!/usr/bin/env bash
# Runs the fuzz targets under libFuzzer one after another, SECONDS each (default 60: the short
# run for a scheduled job; the release check runs 600), at the lowest CPU priority. Each target
# starts from its corpus (fuzz/corpus/<target>, kept between runs, not in git), its seeds and its
# regressions. Prints one line per target: executions, seconds, crash files. A crash, leak or
# timeout stops that target; its input is copied into fuzz/regressions/<target>/ (keep it in
# git with the fix: tests/fuzz_replay.rs replays it on stable) and the script exits 1.
# usage: fuzz/run.sh [SECONDS [TARGET...]]
# Needs cargo-fuzz (`cargo install cargo-fuzz`); builds with the stable compiler through
# RUSTC_BOOTSTRAP=1, into $CARGO_TARGET_DIR (default ~/.cache/rhelm-cargo/fuzz).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
secs=${1:-60}
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  for f in "$here"/fuzz_targets/*.rs; do targets+=("$(basename "$f" .rs)"); done
fi
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/rhelm-cargo/fuzz}
cd "$here"
nice -n 19 cargo fuzz build -s none
logs=${RHELM_FUZZ_LOGS:-$(mktemp -d /tmp/rhelm-fuzz.XXXXXX)}
mkdir -p "$logs"
failed=0
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  inputs=("corpus/$t" "seeds/$t")
  [[ -d regressions/$t ]] && inputs+=("regressions/$t")
  before=$(ls "artifacts/$t" | wc -l)
  start=$SECONDS
  set +e
  nice -n 19 cargo fuzz run "$t" -s none -- -max_total_time="$secs" -rss_limit_mb=2048 \
    -timeout=30 -print_final_stats=1 "${inputs[@]}" >"$logs/$t.log" 2>&1
  code=$?
  set -e
  took=$((SECONDS - start))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$logs/$t.log" | grep -o '[0-9]*$' || echo "?")
  found=$(( $(ls "artifacts/$t" | wc -l) - before ))
  echo "$t: $execs executions in ${took}s, exit $code, $found new crash file(s) (log $logs/$t.log)"
  if [[ $code -ne 0 || $found -gt 0 ]]; then
    failed=1
    mkdir -p "regressions/$t"
    for a in "artifacts/$t"/*; do [[ -e $a ]] && cp -n "$a" "regressions/$t/"; done
    tail -n 30 "$logs/$t.log"
  fi
done
exit $failed
