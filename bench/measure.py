#!/usr/bin/env python3
"""Runs commands several times; prints, for each, the median wall time (s), the peak RSS (MiB)
and the median CPU time (user + system, s) of the command and its children.

usage: measure.py RUNS -- CMD ARGS... [::: RUNS -- CMD ARGS...]...
Several commands (separated by `:::`) are run interleaved, one run of each in turn, so that a
change in the machine's load (it is shared) falls on all of them alike.
Prints one line per command, in order: "<median seconds> <max rss MiB> <exit code> <median cpu seconds>".
(stdout and stderr of the commands are discarded.)
"""
import os, statistics, subprocess, sys, time

def parse(argv):
    groups, cur = [], []
    for a in argv + [":::"]:
        if a == ":::":
            if cur:
                sep = cur.index("--")
                groups.append((int(cur[0]), cur[sep + 1:]))
            cur = []
        else:
            cur.append(a)
    return groups

def main():
    groups = parse(sys.argv[1:])
    stats = [{"times": [], "cpus": [], "rss": 0.0, "code": 0} for _ in groups]
    for i in range(max(runs for runs, _ in groups)):
        for (runs, cmd), st in zip(groups, stats):
            if i >= runs:
                continue
            t = time.perf_counter()
            p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(p.pid, 0)
            st["times"].append(time.perf_counter() - t)
            st["cpus"].append(usage.ru_utime + usage.ru_stime)
            st["rss"] = max(st["rss"], usage.ru_maxrss / 1024)
            st["code"] = st["code"] or os.waitstatus_to_exitcode(status)
    for st in stats:
        if not st["times"]:
            print("- - 0 -")
            continue
        print(f"{statistics.median(st['times']):.3f} {st['rss']:.1f} {st['code']} "
              f"{statistics.median(st['cpus']):.3f}")

if __name__ == "__main__":
    main()
