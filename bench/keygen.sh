#!/usr/bin/env bash
# Benchmark of Sprig's key and certificate generators: rhelm's (crates/gotemplate/examples/
# keygen.rs) next to Go's doing the same (bench/keygen/keygen.go), per call; then whole
# `template` runs of bench/keygen/chart, which calls each generator N times, rhelm next to helm
# 4.1.4. Key generation times are random (a prime search), so use N of 20 or more.
# usage: bench/keygen.sh [N] [RUNS]     (calls per generator, default 20; template runs, default 5)
#        RHELM_BENCH_PROFILE=release bench/keygen.sh   (cargo profile; default dist, as shipped)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
n=${1:-20}; runs=${2:-5}
. "$here/common.sh"
profile=${RHELM_BENCH_PROFILE:-dist}
bench_build "$profile"
(cd "$root" && cargo build --profile "$profile" --locked -p gotemplate --example keygen)
echo "== per call, rhelm (gotemplate), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
"$CARGO_TARGET_DIR/$profile/examples/keygen" "$n"
echo "== per call, Go ($(go version | cut -d' ' -f3); helm 4.1.4 is built with $(go version "$helm" | cut -d' ' -f2))"
(cd "$here/keygen" && go run keygen.go "$n")
echo "== template of bench/keygen/chart, n=$n calls per kind, median of $runs runs"
printf '%-22s %9s %9s %7s\n' kinds rhelm_ms helm_ms speedup
python3 - "$here/keygen/chart" "$rhelm" "$helm" "$n" "$runs" <<'PY'
import statistics, subprocess, sys, time
chart, rhelm, helm, n, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])

def median_ms(tool, kinds):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([tool, "template", "rel", chart, "--set", f"n={n}",
                        "--set", "kinds={" + ",".join(kinds) + "}"],
                       stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000

for kinds in (["rsa"], ["ca"], ["signed"], ["ecdsa", "ed25519"]):
    r, h = median_ms(rhelm, kinds), median_ms(helm, kinds)
    print(f"{','.join(kinds):22} {r:9.1f} {h:9.1f} {h/r:6.2f}x")
PY
