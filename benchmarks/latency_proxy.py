"""A TCP proxy that delays every byte by a fixed one-way latency, to measure a client over a network.

    python benchmarks/latency_proxy.py --listen 127.0.0.1:0 --target 127.0.0.1:7687 --rtt-ms 0.5

It prints the port it listens on, then relays until killed. Each direction of each connection
has a reader thread (which stamps each chunk with the time it arrived) and a writer thread (which
sends the chunk at that time plus half the round trip), so order is kept and the delay does not
depend on load, as on a link with fixed latency and ample bandwidth. Threads and time.sleep, not
asyncio: an event loop's timers are rounded to whole milliseconds (epoll), too coarse for a LAN.

The kernel's own `tc qdisc ... netem delay` does the same more cheaply where the kernel has netem.
"""

from __future__ import annotations

import argparse
import queue
import socket
import sys
import threading
import time


def _pump(src: socket.socket, dst: socket.socket, delay: float) -> None:
    chunks: queue.Queue = queue.Queue()

    def read() -> None:
        try:
            while data := src.recv(65536):
                chunks.put((time.perf_counter() + delay, data))
        except OSError:
            pass
        chunks.put((0.0, b""))

    def write() -> None:
        try:
            while True:
                due, data = chunks.get()
                if not data:
                    break
                wait = due - time.perf_counter()
                if wait > 0:
                    time.sleep(wait)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (dst, src):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    threading.Thread(target=read, daemon=True).start()
    threading.Thread(target=write, daemon=True).start()


def serve(listen: tuple[str, int], target: tuple[str, int], rtt_ms: float) -> None:
    server = socket.create_server(listen)
    print(server.getsockname()[1], flush=True)
    delay = rtt_ms / 2000.0
    while True:
        client, _ = server.accept()
        upstream = socket.create_connection(target)
        for s in (client, upstream):
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        _pump(client, upstream, delay)
        _pump(upstream, client, delay)


def _address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    return host or "127.0.0.1", int(port)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--listen", type=_address, default=("127.0.0.1", 0))
    ap.add_argument("--target", type=_address, required=True)
    ap.add_argument("--rtt-ms", type=float, required=True, help="round trip time to add, in milliseconds")
    args = ap.parse_args()
    try:
        serve(args.listen, args.target, args.rtt_ms)
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
