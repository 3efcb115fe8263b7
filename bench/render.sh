#!/usr/bin/env bash
# Benchmark of `template` on every corpus chart: rhelm next to helm 4.1.4, same arguments as
# the conformance corpus (`rel CHART --namespace ns --kube-version 1.33.0`). Prints per-chart
# median wall time (of RUNS runs after an untimed one; each tool in its own pass over the
# corpus) and peak RSS, then totals and ratios.
# The largest charts double as the template-engine benchmark (parse + execute of big real templates).
# Then the packaged charts of bench/charts (Bitnami charts that generate keys and certificates,
# hash passwords, print large objects, or are ordinary users of Bitnami's `common` library; see
# its README), with the same arguments.
# usage: bench/render.sh [RUNS]     (default 7)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
runs=${1:-7}
corpus=$root/../shared/corpus/charts
[[ -d $corpus ]] || { echo "needs ../shared/corpus" >&2; exit 1; }
. "$here/common.sh"
# The shipped build (profile `dist`: release with fat LTO); the first build takes minutes.
bench_build dist
printf '%-58s %8s %8s %7s %9s %9s\n' chart rhelm_ms helm_ms speedup rhelm_MiB helm_MiB
python3 - "$corpus" "$rhelm" "$helm" "$runs" "$here/charts" <<'PY'
import os, statistics, subprocess, sys, time
corpus, rhelm, helm, runs, packaged = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]

def once(tool, chart):
    """Wall seconds, peak RSS (MiB) and exit code of one `template` run."""
    start = time.perf_counter()
    p = subprocess.Popen([tool, "template", "rel", chart, "--namespace", "ns",
                          "--kube-version", "1.33.0"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)

# Chart id -> path: the corpus's charts, then the packaged ones.
charts = {c: os.path.join(corpus, c, "chart") for c in sorted(os.listdir(corpus))
          if os.path.isdir(os.path.join(corpus, c, "chart"))}
charts.update({c: os.path.join(packaged, c) for c in sorted(os.listdir(packaged))
               if c.endswith(".tgz")})

def measure(tool):
    """Per chart: median wall time of `runs` runs after an untimed one, peak RSS, exit code.
    Each tool gets its own pass over the corpus, so neither runs in the wake of the other (the
    kernel's clean-up after a large process slows whatever starts next)."""
    res = {}
    for cid, chart in charts.items():
        once(tool, chart)
        times, rss, code = [], 0.0, 0
        for _ in range(runs):
            t, m, c = once(tool, chart)
            times.append(t); rss = max(rss, m); code = c
        res[cid] = (statistics.median(times), rss, code)
    return res

ours, theirs = measure(rhelm), measure(helm)
tot = [0.0, 0.0]; mem = [0.0, 0.0]; slower = []
for cid in charts:
    (rt, rm, rc), (ht, hm, _) = ours[cid], theirs[cid]
    tot[0] += rt; tot[1] += ht; mem[0] = max(mem[0], rm); mem[1] = max(mem[1], hm)
    if rt > ht:
        slower.append(cid)
    flag = "" if rc == 0 else f"  (rhelm exit {rc})"
    print(f"{cid[:58]:58} {rt*1000:8.1f} {ht*1000:8.1f} {ht/rt:6.1f}x {rm:9.1f} {hm:9.1f}{flag}")
print(f"{'TOTAL':58} {tot[0]*1000:8.0f} {tot[1]*1000:8.0f} {tot[1]/tot[0]:6.1f}x {mem[0]:9.1f} {mem[1]:9.1f}  (memory: peak of any chart)")
print(f"charts where rhelm is slower than helm: {len(slower)}" + (f" ({', '.join(slower)})" if slower else ""))
PY
