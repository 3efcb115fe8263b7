#!/usr/bin/env bash
# How the cost of the read path grows (issue 16) and its resource bounds (issue 14), each on a
# control plane of its own through bench/read_path.sh (floor, rhelm, helm 4 side by side):
#   1. `list -A` at 100, 1,000 and 5,000 releases (the small record, ~2 KB, x3 revisions, so that
#      5,000 releases fit this machine): time and peak RSS should grow linearly with releases;
#   2. `list -A` at 1,000 releases x 1 revision of the 54 KB record (compare read_path.sh 1000,
#      1,000 x 10 = 10,000 records): they should hardly grow with revisions;
#   3. `history` of one release with 1,000 revisions of the 54 KB record (the newest 256 by
#      default, and all of them), and `list -A` over those 1,000 records.
# usage: bench/read_growth.sh [1 2 3]   (default: all three)
#   BENCH_RUNS (default 3) and BENCH_HELM_RUNS (default 1 here) as in read_path.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export BENCH_HELM_RUNS=${BENCH_HELM_RUNS:-1}
for part in ${*:-1 2 3}; do
  case $part in
    1) BENCH_SEED=small BENCH_REVISIONS=3 BENCH_COMMANDS="list -A" "$here/read_path.sh" 100 1000 5000 ;;
    2) BENCH_REVISIONS=1 BENCH_COMMANDS="list -A" "$here/read_path.sh" 1000 ;;
    3) BENCH_REVISIONS=1000 \
         BENCH_COMMANDS="history app-00000 -n b0-0;history app-00000 -n b0-0 --max 1000;list -A" \
         "$here/read_path.sh" 1 ;;
    *) echo "usage: bench/read_growth.sh [1 2 3]" >&2; exit 2 ;;
  esac
done
