#!/usr/bin/env python3
"""Runs a command several times; prints the median wall time (s), the peak RSS (MiB) and the
median CPU time (user + system, s) of the command and its children.

usage: measure.py RUNS -- CMD ARGS...   (stdout of the command is discarded)
Prints: "<median seconds> <max rss MiB> <exit code> <median cpu seconds>".
"""
import os, statistics, subprocess, sys, time

def main():
    runs = int(sys.argv[1]); cmd = sys.argv[sys.argv.index("--") + 1:]
    times, cpus, rss, code = [], [], 0, 0
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        times.append(time.perf_counter() - t)
        cpus.append(usage.ru_utime + usage.ru_stime)
        rss = max(rss, usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
    print(f"{statistics.median(times):.3f} {rss:.1f} {code} {statistics.median(cpus):.3f}")

if __name__ == "__main__":
    main()
