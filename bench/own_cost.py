#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Tether authors
# SPDX-License-Identifier: LicenseRef-Tether-Proprietary
"""Tether's own cost per exchange over bare QNAM (issue 13's budget: within 10 %), run by hand.

    python3 bench/own_cost.py BUILD_DIR [--before OTHER_BUILD_DIR] [--rounds 15]

One nginx on loopback (bench/run.py's), three scenarios (small GETs over HTTP, over TLS with
HTTP/2, 1 MiB GETs over HTTP). Each round runs every client once with N requests and once with
one, interleaved, so a change in the machine's load hits them alike. The cost per exchange is
the slope, (median time for N - median time for 1) / (N - 1): process start-up (loading the
binary, Qt, settings) is paid once per process, not per exchange, and is shown apart. Wall
time and CPU time (user + system, all threads). --before adds a second tether-run (another
build) to measure a change A/B in one run.
"""
import argparse, os, statistics, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import Nginx  # noqa: E402


def timed(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--before")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    nginx = Nginx()
    try:
        ca = ["--cacert", f"{nginx.dir}/cert.pem"]
        scenarios = [("1000 small GETs, HTTP", f"http://127.0.0.1:{nginx.http}/small", 1000, []),
                     ("1000 small GETs, TLS (HTTP/2)", f"https://127.0.0.1:{nginx.https}/small", 1000, ca),
                     ("100 GETs of 1 MiB, HTTP", f"http://127.0.0.1:{nginx.http}/1m.bin", 100, [])]
        print("| scenario | client | whole run, ms | start-up, ms | per exchange, µs wall / CPU "
              "| Tether's cost per exchange over bare QNAM, wall / CPU |")
        print("|---|---|---|---|---|---|")
        for name, url, n, extra in scenarios:
            clients = {"tether-run": args.build}
            if args.before:
                clients["tether-run (before)"] = args.before

            def command(label, count):
                if label == "bare QNAM":
                    return [f"{args.build}/bin/qnam-baseline", url, str(count)] + extra
                return [f"{clients[label]}/bin/tether-run", "send", "--no-history", "--repeat", str(count),
                        "-o", "/dev/null"] + extra + [url]

            labels = list(clients) + ["bare QNAM"]
            runs = {(label, count): [] for label in labels for count in (n, 1)}
            for _ in range(args.rounds):
                for label in labels:
                    for count in (n, 1):
                        runs[(label, count)].append(timed(command(label, count)))

            def median(label, count, which):
                return statistics.median(r[which] for r in runs[(label, count)])

            slope = {label: tuple((median(label, n, i) - median(label, 1, i)) / (n - 1) for i in (0, 1))
                     for label in labels}
            qnam_wall, qnam_cpu = slope["bare QNAM"]
            for label in labels:
                wall, cpu = slope[label]
                cost = "" if label == "bare QNAM" else \
                    f"{100 * (wall / qnam_wall - 1):+.0f} % / {100 * (cpu / qnam_cpu - 1):+.0f} %"
                print(f"| {name} | {label} | {1000 * median(label, n, 0):.0f} | {1000 * median(label, 1, 0):.1f} "
                      f"| {1e6 * wall:.0f} / {1e6 * cpu:.0f} | {cost} |", flush=True)
    finally:
        nginx.stop()


if __name__ == "__main__":
    main()
