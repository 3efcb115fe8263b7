#!/usr/bin/env bash
# Benchmark of `template` on every corpus chart: rhelm next to helm 4.1.4, same arguments as
# the conformance corpus (`rel CHART --namespace ns --kube-version 1.33.0`). Prints per-chart
# median wall time (of RUNS runs after an untimed one) and peak RSS, then totals and ratios.
# The largest charts double as the template-engine benchmark (parse + execute of big real templates).
# usage: bench/render.sh [RUNS]     (default 7)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
runs=${1:-7}
corpus=$root/../shared/corpus/charts
[[ -d $corpus ]] || { echo "needs ../shared/corpus" >&2; exit 1; }
"$root/testenv/build.sh" >/dev/null
. "$root/testenv/versions.sh"; export CARGO_TARGET_DIR=$RHELM_CARGO_TARGET
# The shipped build (profile `dist`: release with fat LTO); the first build takes minutes.
(cd "$root" && cargo build --profile dist --locked --bin rhelm)
rhelm=$CARGO_TARGET_DIR/dist/rhelm
helm=$(ls -d "$HOME"/.cache/rhelm-testenv/*/bin/helm4 | head -1)/helm
printf '%-58s %8s %8s %7s %9s %9s\n' chart rhelm_ms helm_ms speedup rhelm_MiB helm_MiB
python3 - "$corpus" "$rhelm" "$helm" "$runs" <<'PY'
import os, statistics, subprocess, sys, time
corpus, rhelm, helm, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

def once(tool, chart):
    """Wall seconds, peak RSS (MiB) and exit code of one `template` run."""
    start = time.perf_counter()
    p = subprocess.Popen([tool, "template", "rel", chart, "--namespace", "ns",
                          "--kube-version", "1.33.0"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)

tot = [0.0, 0.0]; mem = [0.0, 0.0]; slower = []
for cid in sorted(os.listdir(corpus)):
    chart = os.path.join(corpus, cid, "chart")
    if not os.path.isdir(chart):
        continue
    times = ([], []); rss = [0.0, 0.0]; codes = [0, 0]
    # Each tool runs on its own: one untimed run (file cache, and the kernel's clean-up after the
    # other tool's exit), then RUNS timed ones.
    for i, tool in enumerate((rhelm, helm)):
        once(tool, chart)
        for _ in range(runs):
            t, m, c = once(tool, chart)
            times[i].append(t); rss[i] = max(rss[i], m); codes[i] = c
    rt, ht = statistics.median(times[0]), statistics.median(times[1])
    rm, hm = rss
    tot[0] += rt; tot[1] += ht; mem[0] = max(mem[0], rm); mem[1] = max(mem[1], hm)
    if rt > ht:
        slower.append(cid)
    flag = "" if codes[0] == 0 else f"  (rhelm exit {codes[0]})"
    print(f"{cid[:58]:58} {rt*1000:8.1f} {ht*1000:8.1f} {ht/rt:6.1f}x {rm:9.1f} {hm:9.1f}{flag}")
print(f"{'TOTAL':58} {tot[0]*1000:8.0f} {tot[1]*1000:8.0f} {tot[1]/tot[0]:6.1f}x {mem[0]:9.1f} {mem[1]:9.1f}  (memory: peak of any chart)")
print(f"charts where rhelm is slower than helm: {len(slower)}" + (f" ({', '.join(slower)})" if slower else ""))
PY
