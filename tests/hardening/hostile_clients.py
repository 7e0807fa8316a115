#!/usr/bin/env python3
"""searchd against hostile clients, as issue 19's "Done when" lists them.

Starts searchd on 127.0.0.1 under an open-files limit of 1,024 over an index of corpus/,
then, while a prober asks GET /api/health on a fresh connection every 100 ms, sends:
a 1 MB header, a request one byte a second (slowloris), q of 100,000 characters, 330
wildcards, offset=10000000, q=a*, and 1,100 idle connections. Each must get a clear error
or a bounded answer; the server must stay up and answer /api/health within a second
throughout. Run twice: with the default connection limit (768, below the file limit), and
with --max-connections 4096, so that the file limit itself (EMFILE) is what runs out.

Usage: hostile_clients.py --searchd PATH --indexer PATH --corpus DIR
Exit 0 when every check holds; otherwise each failed check is printed and the exit is 1.
"""

import argparse
import json
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HEALTH_BUDGET_S = 1.0
FILE_LIMIT = 1024
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)


def request(port, raw, timeout=10.0):
    """Sends raw bytes on a new connection; returns (status, headers+body text) or (None, error)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(raw)
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
                head, sep, body = data.partition(b"\r\n\r\n")
                if sep:
                    length = 0
                    for line in head.split(b"\r\n")[1:]:
                        name, _, value = line.partition(b":")
                        if name.strip().lower() == b"content-length":
                            length = int(value.strip())
                    if len(body) >= length:
                        break
            status_line = data.split(b"\r\n", 1)[0].decode("latin-1")
            parts = status_line.split(" ")
            return (int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None), data.decode("utf-8", "replace")
    except OSError as e:
        return None, str(e)


def get(port, target, timeout=10.0):
    return request(port, f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode(), timeout)


class HealthProber(threading.Thread):
    """Asks /api/health every 100 ms on a fresh connection; records the slowest and the failures."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.port = port
        self.stop = threading.Event()
        self.slowest = 0.0
        self.failed = []
        self.count = 0

    def run(self):
        while not self.stop.is_set():
            start = time.monotonic()
            status, text = get(self.port, "/api/health", timeout=HEALTH_BUDGET_S * 3)
            took = time.monotonic() - start
            self.count += 1
            self.slowest = max(self.slowest, took)
            if status != 200:
                self.failed.append(f"status {status}: {text[:80]}")
            self.stop.wait(0.1)


def start_searchd(searchd, index, extra):
    def limit_files():
        resource.setrlimit(resource.RLIMIT_NOFILE, (FILE_LIMIT, FILE_LIMIT))

    process = subprocess.Popen([searchd, "--index", index, "--listen", "127.0.0.1:0", "--threads", "2", *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, preexec_fn=limit_files)
    line = process.stdout.readline()
    if "listening on" not in line:
        process.kill()
        raise SystemExit(f"searchd did not start: {line!r}")
    return process, int(line.rsplit(":", 1)[1])


def error_code(text):
    try:
        return json.loads(text.partition("\r\n\r\n")[2])["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None


def slowloris(port, result):
    """One byte a second; the server must drop the connection within its 15 s read timeout."""
    start = time.monotonic()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
            for byte in b"GET /api/search?q=demens HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 100:
                s.send(bytes([byte]))
                time.sleep(1)
    except OSError:
        pass  # the server closed it: the send fails
    result["seconds"] = time.monotonic() - start


def idle_connections(port, count):
    opened = []
    for _ in range(count):
        try:
            opened.append(socket.create_connection(("127.0.0.1", port), timeout=5))
        except OSError:
            opened.append(None)
    return opened


def attack(searchd, index, extra, label):
    print(f"--- searchd {' '.join(extra) or '(defaults)'}: {label}", flush=True)
    process, port = start_searchd(searchd, index, extra)
    prober = HealthProber(port)
    prober.start()
    slow = {}
    slow_thread = threading.Thread(target=slowloris, args=(port, slow), daemon=True)
    slow_thread.start()
    try:
        big = b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"a" * (1 << 20) + b"\r\n\r\n"
        status, text = request(port, big)
        check(status == 431 and error_code(text) == "headers_too_large", f"1 MB header: {status} headers_too_large")

        status, text = get(port, "/api/search?q=" + "a" * 100_000)
        check(status in (400, 431) and error_code(text) is not None, f"q of 100,000 characters: {status} {error_code(text)}")

        status, text = get(port, "/api/search?q=" + "a" * 10_000)
        check(status == 400 and '"parameter":"q"' in text, f"q of 10,000 characters (within the header limit): {status} names q")

        status, text = get(port, "/api/search?q=" + urllib.parse.quote(" ".join(["s*"] * 330)))
        check(status == 400 and error_code(text) == "invalid_parameter", f"330 wildcards: {status} {error_code(text)}")

        status, text = get(port, "/api/search?q=demens&offset=10000000")
        check(status == 400 and '"parameter":"offset"' in text, f"offset=10000000: {status} names offset")

        start = time.monotonic()
        status, text = get(port, "/api/search?q=a*")
        took = time.monotonic() - start
        check(status == 200 and took < 5, f"q=a*: {status} in {took:.2f} s")

        # The slow client first, alone: among 1,100 idle connections it would be shed
        # long before its read timeout.
        slow_thread.join(timeout=40)
        check("seconds" in slow and slow["seconds"] < 20, f"one byte a second: dropped after {slow.get('seconds', -1):.1f} s")

        start = time.monotonic()
        opened = idle_connections(port, 1100)
        took = time.monotonic() - start
        check(took < 30, f"1,100 idle connections opened or refused in {took:.1f} s, none hanging")
        status, _ = get(port, "/api/search?q=demens")
        check(status == 200, f"a search beside 1,100 idle connections: {status}")
        slowest = 0.0
        for _ in range(5):  # while they are held open
            start = time.monotonic()
            status, _ = get(port, "/api/health", timeout=5)
            slowest = max(slowest, time.monotonic() - start) if status == 200 else 99
            time.sleep(0.2)
        check(slowest < HEALTH_BUDGET_S, f"/api/health beside 1,100 idle connections (slowest {slowest:.3f} s)")
        for s in opened:
            if s is not None:
                s.close()
    finally:
        prober.stop.set()
        prober.join()
        alive = process.poll() is None
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
    check(alive, "searchd stayed up")
    check(not prober.failed, f"/api/health answered all {prober.count} probes ({len(prober.failed)} failed: {prober.failed[:3]})")
    check(prober.slowest < HEALTH_BUDGET_S, f"/api/health within a second throughout (slowest {prober.slowest:.3f} s)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--searchd", required=True)
    parser.add_argument("--indexer", required=True)
    parser.add_argument("--corpus", required=True)
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 1200:
        raise SystemExit(f"this client needs 1,200 open files for its connections; the hard limit is {hard}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (4096 if hard == resource.RLIM_INFINITY else min(hard, 4096), hard))
    work = tempfile.mkdtemp(prefix="referatsog-hostile-")
    try:
        index = f"{work}/index"
        subprocess.run([args.indexer, "build", "--quiet", "--index", index, args.corpus], check=True)
        attack(args.searchd, index, [], "the connection limit (768) sheds idle connections")
        attack(args.searchd, index, ["--max-connections", "4096"], "the open-files limit (EMFILE) runs out first")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed", flush=True)
        return 1
    print("all checks passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
