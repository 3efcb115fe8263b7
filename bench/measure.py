#!/usr/bin/env python3
"""Runs a command several times; prints the median wall time (s) and the peak RSS (MiB).

usage: measure.py RUNS -- CMD ARGS...   (stdout of the command is discarded)
Prints: "<median seconds> <max rss MiB> <exit code>".
"""
import os, statistics, subprocess, sys, time

def main():
    runs = int(sys.argv[1]); cmd = sys.argv[sys.argv.index("--") + 1:]
    times, rss, code = [], 0, 0
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        times.append(time.perf_counter() - t)
        rss = max(rss, usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
    print(f"{statistics.median(times):.3f} {rss:.1f} {code}")

if __name__ == "__main__":
    main()
