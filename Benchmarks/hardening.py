#!/usr/bin/env python3
"""Attacks from the hardening issue against a running example server, with the figures that
show each is bounded: server CPU and wall time per hostile request, answer sizes, peak memory,
and how long a SIGTERM takes with a stuck client. Loopback only; every loop is bounded.

Usage: python3 Benchmarks/hardening.py PID PORT   (Benchmarks/hardening.sh starts the server)
"""
import concurrent.futures
import json
import os
import socket
import sys
import time

PID, PORT = int(sys.argv[1]), int(sys.argv[2])
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds():
    with open(f"/proc/{PID}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def memory_kib(field):
    with open(f"/proc/{PID}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def exchange(raw, timeout=60):
    """Sends raw bytes on a fresh connection; the status line and the answer's size."""
    with socket.create_connection(("127.0.0.1", PORT), timeout=timeout) as sock:
        try:
            sock.sendall(raw)
        except (BrokenPipeError, ConnectionResetError):
            pass  # answered (413, 503) and closed before the whole body was sent
        received = bytearray()
        while True:
            try:
                chunk = sock.recv(1 << 20)
            except (ConnectionResetError, socket.timeout):
                break
            if not chunk:
                break
            received += chunk
    status = bytes(received.split(b"\r\n", 1)[0]).decode("latin-1")
    return status, len(received)


def request(method, path, body=b"", content_type="application/json"):
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    if body:
        head += f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
    return exchange(head.encode() + b"\r\n" + body)


def measured(label, method, path, body=b"", content_type="application/json"):
    cpu, wall = cpu_seconds(), time.monotonic()
    status, size = request(method, path, body, content_type)
    cpu, wall = cpu_seconds() - cpu, time.monotonic() - wall
    print(f"{label:<34} {status:<32} {size:>10} B  cpu {cpu * 1000:7.0f} ms  wall {wall * 1000:7.0f} ms")


def xml_cases():
    for n in (10_000, 40_000, 100_000):
        body = b"<r>" + b"<a>1</a>" * n + b"</r>"
        measured(f"xml {n} siblings ({len(body) // 1024} KiB)", "POST", "/hello/", body, "text/xml")
    attributes = b"<r " + b" ".join(b'a%d="1"' % i for i in range(10_000)) + b"/>"
    measured("xml 10000 attributes", "POST", "/hello/", attributes, "text/xml")
    for body in (b"<a><?x?></a>", b"<?x?><a/>", b'<?xml version="1.0" encoding="UTF-7"?><a>\xff</a>',
                 b"\x00\x00\x00<<a b=&\x00\x00\x00<"):
        measured(f"xml crash input {body[:12]!r}", "POST", "/hello/", body, "text/xml")


def echo_cases():
    measured("not-found walk, 80 KB path", "GET", "/" + "a/" * 40_000)
    measured("tags[65535]=x (85 B)", "GET", "/bench/typed/?name=a&age=1&tags[65535]=x")
    big = json.dumps({"order": "x" * 10_000_000}).encode()
    measured("10 MB string for an object", "POST", "/bench/order/", big)
    batch = json.dumps([{"jsonrpc": "2.0", "id": i, "method": "tools/list"} for i in range(10_000)]).encode()
    measured(f"MCP batch 10000 ({len(batch) // 1024} KiB)", "POST", "/server.mcp", batch)


def upload_case():
    body = b'{"name":"' + b"x" * (120 * 1024 * 1024) + b'"}'
    before = memory_kib("VmRSS")
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda _: request("POST", "/hello/", body)[0], range(8)))
    counts = {status: statuses.count(status) for status in set(statuses)}
    print(f"8 concurrent 120 MiB uploads: {counts}; RSS {before // 1024} MiB before, "
          f"peak {memory_kib('VmHWM') // 1024} MiB")


def background_case():
    before = memory_kib("VmRSS")
    body = b'{"event":"push","payload":{"a":1}}'
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        statuses = list(pool.map(
            lambda _: request("POST", "/webhooks/github/?_background", body)[0], range(6000)))
    counts = {status: statuses.count(status) for status in set(statuses)}
    print(f"6000 ?_background requests: {counts}; RSS {before // 1024} -> {memory_kib('VmRSS') // 1024} MiB")


xml_cases()
echo_cases()
upload_case()
background_case()
