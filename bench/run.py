#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Tether authors
# SPDX-License-Identifier: LicenseRef-Tether-Proprietary
"""Tether's benchmark, run by hand (never in CI): one nginx on loopback, several HTTP clients,
the same requests, median of 3 rounds, ratios against tether-run. See docs/performance.md.

    bash bench/setup.sh          # once: apt packages, newman and the Bruno CLI into bench/node
    python3 bench/run.py BUILD_DIR [--rounds 3] [--markdown docs/performance.md]

Every client's connections are counted from nginx's access log ($connection), so the table
also shows who reuses connections. Traffic goes to 127.0.0.1 only.
"""
import argparse, json, os, shutil, socket, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close(); return port


class Nginx:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="tether-bench-")
        self.http, self.https = free_port(), free_port()
        os.makedirs(f"{self.dir}/www")
        with open(f"{self.dir}/www/1m.bin", "wb") as f:
            f.write(b"x" * (1 << 20))
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-keyout", f"{self.dir}/key.pem", "-out", f"{self.dir}/cert.pem", "-days", "2",
                        "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                       check=True, capture_output=True)
        conf = f"""daemon off; master_process off; worker_processes 1; pid {self.dir}/nginx.pid;
error_log {self.dir}/error.log warn; events {{ worker_connections 1024; }}
http {{ log_format b '$connection $connection_requests $server_port'; access_log {self.dir}/access.log b;
  keepalive_requests 100000; keepalive_timeout 60s;
  ssl_certificate {self.dir}/cert.pem; ssl_certificate_key {self.dir}/key.pem; ssl_protocols TLSv1.2 TLSv1.3;
  server {{ listen 127.0.0.1:{self.http}; location = /small {{ return 200 "ok\\n"; }} location / {{ root {self.dir}/www; }} }}
  server {{ listen 127.0.0.1:{self.https} ssl http2; location = /small {{ return 200 "ok\\n"; }} location / {{ root {self.dir}/www; }} }}
}}"""
        open(f"{self.dir}/nginx.conf", "w").write(conf)
        self.proc = subprocess.Popen(["nginx", "-p", self.dir, "-e", f"{self.dir}/error.log", "-c", f"{self.dir}/nginx.conf"])
        for port in (self.http, self.https):
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), 0.2).close(); break
                except OSError:
                    time.sleep(0.05)

    def log_lines(self):
        with open(f"{self.dir}/access.log") as f:
            return f.readlines()

    def stop(self):
        self.proc.terminate(); self.proc.wait(); shutil.rmtree(self.dir, ignore_errors=True)


def measure(cmd, nginx, env=None):
    """Runs cmd under /usr/bin/time; returns seconds, peak RSS MiB, new connections in nginx's log.
    A command given as (directory, argv) runs in that directory (the Bruno CLI needs it)."""
    cwd = None
    if isinstance(cmd, tuple):
        cwd, cmd = cmd
    before = len(nginx.log_lines())
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True, env=env, cwd=cwd)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {proc.stderr[-400:]}")
    rss = int(proc.stderr.strip().splitlines()[-1]) / 1024
    lines = nginx.log_lines()[before:]
    connections = len({line.split()[0] for line in lines})
    return elapsed, rss, connections, len(lines)


PY_SESSION = """import requests,sys
s=requests.Session(); v=sys.argv[3] if len(sys.argv)>3 else True
for _ in range(int(sys.argv[2])): s.get(sys.argv[1], verify=v).content"""
PY_PLAIN = """import requests,sys
v=sys.argv[3] if len(sys.argv)>3 else True
for _ in range(int(sys.argv[2])): requests.get(sys.argv[1], verify=v).content"""


def clients(build, nginx, url, n, tls, node):
    ca = [f"{nginx.dir}/cert.pem"] if tls else []
    tether = [f"{build}/bin/tether-run", "send", "--no-history", "--repeat", str(n), "-o", "/dev/null"] + \
             (["--cacert", ca[0]] if tls else []) + [url]
    out = {
        "tether-run": tether,
        # Qt's HTTP stack with nothing of Tether's on top: the ceiling for any QNAM client.
        "bare QNAM (Qt's ceiling)": [f"{build}/bin/qnam-baseline", url, str(n)] + (["--cacert", ca[0]] if tls else []),
        "requests.Session": ["/usr/bin/python3", "-c", PY_SESSION, url, str(n)] + ca,
        "requests (no Session)": ["/usr/bin/python3", "-c", PY_PLAIN, url, str(n)] + ca,
        "curl (one process)": ["curl", "-s", "-o", "/dev/null"] + (["--cacert", ca[0]] if tls else []) +
                              [f"{url}?[1-{n}]"],
    }
    if shutil.which("wrk") and n >= 100:
        out["wrk -t1 -c1 (ceiling)"] = None  # measured separately: it runs for a duration
    newman = os.path.join(node, "node_modules/.bin/newman")
    if os.path.exists(newman):
        collection = os.path.join(nginx.dir, "newman.json")
        json.dump({"info": {"name": "b", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                   "item": [{"name": "r", "request": {"method": "GET", "url": url}}]}, open(collection, "w"))
        out["newman"] = [newman, "run", collection, "-n", str(n), "--reporters", "cli", "--reporter-cli-silent"] + \
                        (["--insecure"] if tls else [])
    bru = os.path.join(node, "node_modules/.bin/bru")
    if os.path.exists(bru):
        collection = os.path.join(nginx.dir, "bruno")
        os.makedirs(collection, exist_ok=True)
        json.dump({"version": "1", "name": "bench", "type": "collection"},
                  open(os.path.join(collection, "bruno.json"), "w"))
        with open(os.path.join(collection, "r.bru"), "w") as f:
            f.write("meta {\n  name: r\n  type: http\n  seq: 1\n}\n\nget {\n  url: %s\n  body: none\n  auth: none\n}\n" % url)
        base = [bru, "run", "r.bru", "--iteration-count", str(n), "--noproxy", "--reporter-skip-all-headers",
                "--reporter-skip-body"] + (["--cacert", ca[0]] if tls else [])
        out["bru"] = (collection, base)
        if tls:
            # By default bru opens a new TLS connection per request; session caching shortens
            # the handshakes (the connections are still new).
            out["bru --cache-ssl-session"] = (collection, base + ["--cache-ssl-session"])
    return out


PY_SAVED = """import requests,sys,time
url, n, ca = sys.argv[1], int(sys.argv[2]), sys.argv[3]
s = requests.Session(); s.get(url, verify=ca).content
t = time.perf_counter()
for _ in range(n): s.get(url, verify=ca).content
with_session = (time.perf_counter() - t) / n
t = time.perf_counter()
for _ in range(n): requests.get(url, verify=ca).content
print((time.perf_counter() - t) / n - with_session)"""


def keepalive_check(build, nginx, rounds, n=300):
    """Tether's keep-alive comparison over TLS against the same figure measured outside Tether:
    requests without a Session (a new connection each time) minus requests with one, the CA
    bundle reduced to the test certificate so certificate loading does not swamp the handshake."""
    url = f"https://127.0.0.1:{nginx.https}/small"
    ca = f"{nginx.dir}/cert.pem"
    collection = os.path.join(nginx.dir, "keepalive-collection")
    os.makedirs(collection, exist_ok=True)
    json.dump({"format": "tether-collection", "version": 1, "id": "bench-keepalive", "name": "keep-alive check",
               "order": ["small"]}, open(os.path.join(collection, "collection.json"), "w"))
    json.dump({"format": "tether-request", "version": 1, "name": "small", "method": "GET", "url": url},
              open(os.path.join(collection, "small.request.json"), "w"))
    def curl_seconds(extra):
        start = time.perf_counter()
        subprocess.run(["curl", "-s", "-o", "/dev/null", "--http1.1", "--no-sessionid", "--cacert", ca] + extra +
                       [f"{url}?[1-{n}]"], check=True)
        return time.perf_counter() - start
    # curl in one process, HTTP/1.1, no TLS session reuse: keep-alive against Connection: close.
    curl = statistics.median((curl_seconds(["-H", "Connection: close"]) - curl_seconds([])) / n * 1000
                             for _ in range(rounds))
    results = {}
    for label, extra in (("HTTP/2 allowed (default)", []), ("HTTP/1.1 (--no-http2)", ["--no-http2"])):
        tether, external = [], []
        for _ in range(rounds):
            proc = subprocess.run([f"{build}/bin/tether-run", "run", collection, "--iterations", str(n), "--compare",
                                   "--cacert", ca, "--no-history", "--json"] + extra,
                                  capture_output=True, text=True, check=True)
            tether.append(json.loads(proc.stdout)["timeSavedPerRequestMs"])
            proc = subprocess.run(["/usr/bin/python3", "-c", PY_SAVED, url, str(n), ca],
                                  capture_output=True, text=True, check=True)
            external.append(float(proc.stdout) * 1000)
        results[label] = (statistics.median(tether), statistics.median(external))
    lines = ["| keep-alive comparison over TLS, time saved per request | tether-run run --compare | "
             "requests without − with Session | Tether / requests | curl, Connection: close − keep-alive |",
             "|---|---|---|---|---|"]
    for label, (tether, external) in results.items():
        lines.append(f"| {label} | {tether:.2f} ms | {external:.2f} ms | {tether / external:.2f} | {curl:.2f} ms |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--markdown")
    args = parser.parse_args()
    node = os.path.join(HERE, "node")
    nginx = Nginx()
    scenarios = [("1000 sequential small GETs, HTTP", f"http://127.0.0.1:{nginx.http}/small", 1000, False),
                 ("1000 sequential small GETs, TLS (HTTP/2)", f"https://127.0.0.1:{nginx.https}/small", 1000, True),
                 ("100 GETs of 1 MiB, HTTP", f"http://127.0.0.1:{nginx.http}/1m.bin", 100, False),
                 ("1-request run (start-up), HTTP", f"http://127.0.0.1:{nginx.http}/small", 1, False)]
    rows = []
    try:
        for title, url, n, tls in scenarios:
            results = {}
            for name, cmd in clients(args.build, nginx, url, n, tls, node).items():
                if cmd is None:
                    continue
                runs = [measure(cmd, nginx) for _ in range(args.rounds)]
                seconds = statistics.median(r[0] for r in runs)
                results[name] = (n / seconds, seconds, max(r[1] for r in runs), runs[-1][2])
            if shutil.which("wrk") and n >= 100 and not tls:
                proc = subprocess.run(["wrk", "-t1", "-c1", "-d3s", url], capture_output=True, text=True)
                rate = float([l for l in proc.stdout.splitlines() if "Requests/sec" in l][0].split()[-1])
                results["wrk -t1 -c1 (ceiling)"] = (rate, n / rate, 0, 1)
            base = results["tether-run"][0]
            for name, (rate, seconds, rss, connections) in results.items():
                rows.append((title, name, rate, seconds, rss, connections, rate / base))
        # 6 in flight, Tether (6 lanes) and bare QNAM (one pool): the connection counts show
        # whose behaviour they are. Over TLS the server speaks HTTP/2: one connection each.
        ca = ["--cacert", f"{nginx.dir}/cert.pem"]
        for title, url, extra in (("6 in flight, 1000 small GETs, HTTP", f"http://127.0.0.1:{nginx.http}/small", []),
                                  ("6 in flight, 1000 small GETs, TLS (HTTP/2)",
                                   f"https://127.0.0.1:{nginx.https}/small", ca)):
            concurrent = {
                "tether-run --concurrency 6": [f"{args.build}/bin/tether-run", "send", "--no-history", "--repeat",
                                               "1000", "--concurrency", "6", "-o", "/dev/null"] + extra + [url],
                "bare QNAM, 6 in flight": [f"{args.build}/bin/qnam-baseline", url, "1000", "--concurrency", "6"] + extra,
            }
            base = None
            for name, cmd in concurrent.items():
                runs = [measure(cmd, nginx) for _ in range(args.rounds)]
                seconds = statistics.median(r[0] for r in runs)
                base = base or 1000 / seconds
                connections = "/".join(str(r[2]) for r in runs)
                rows.append((title, name, 1000 / seconds, seconds, max(r[1] for r in runs), connections,
                             (1000 / seconds) / base))
        url = f"http://127.0.0.1:{nginx.http}/small"
        # Memory over a long run: 100k sequential GETs in one process, against the 1000-GET run.
        n = 100000
        elapsed, rss, connections, _ = measure([f"{args.build}/bin/tether-run", "send", "--no-history", "--repeat",
                                                str(n), "-o", "/dev/null", url], nginx)
        rows.append((f"{n} sequential small GETs, HTTP (memory)", "tether-run", n / elapsed, elapsed, rss,
                     connections, 1.0))
        keepalive = keepalive_check(args.build, nginx, args.rounds)
    finally:
        nginx.stop()

    header = "| scenario | client | req/s | seconds | peak RSS MiB | connections | ratio to tether-run |\n|---|---|---|---|---|---|---|\n"
    table = header + "".join(f"| {t} | {c} | {r:.0f} | {s:.3f} | {m:.1f} | {k} | {q:.2f} |\n" for t, c, r, s, m, k, q in rows)
    table += "\n" + keepalive
    print(table)
    if args.markdown:
        machine = subprocess.run(["uname", "-srm"], capture_output=True, text=True).stdout.strip()
        cpus = os.cpu_count()
        with open(args.markdown, "w") as f:
            f.write(f"""# Performance

Measured with `python3 bench/run.py build/release --markdown docs/performance.md` on {machine},
{cpus} cores, nginx 1.22 on loopback (TLS 1.3, HTTP/2 on the TLS port), median of {args.rounds}
rounds per client, all clients in the same run. "connections" counts distinct `$connection`
values in nginx's log for the last round: who reuses connections and who opens one per request.
Ratios are the client's req/s over tether-run's in the same scenario (above 1: faster than
tether-run). Benchmarks never run in CI; numbers vary with the machine and its load.

{table}
""")


if __name__ == "__main__":
    main()
