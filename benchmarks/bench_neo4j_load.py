"""Neo4j load speed: UNWIND batches against one MERGE per fact, over generated meetings.

    NEO4J_URI=... NEO4J_PASSWORD=... python benchmarks/bench_neo4j_load.py [--meetings 300] [--rounds 2]

Without NEO4J_URI it starts a Neo4j from the launcher in graph/neo4j_launcher (java, mvn), with
the JVM's full JIT (-XX:TieredStopAtLevel=4), as a production server runs; the test servers stop
at C1 because they live for seconds. Both modes load a document in one transaction and run the
same bookkeeping (hash check, people to resolve against); they differ only in the writes: all of a
document's nodes in one UNWIND statement and all its relationships in another, against one MERGE
statement per node and per relationship.

The server is warmed up first (each mode loads --warmup meetings), then the modes alternate for
--rounds rounds, each round into an emptied database; the best round of each mode is reported,
with every round in --json. The graphs the two modes leave must be equal.

--rtt-ms 0 0.5 2 repeats the measurement with that much round trip added between client and server
by benchmarks/latency_proxy.py (a plain bolt:// connection to one server), as over a LAN or to a
cloud region; each run also reports what a trivial statement costs on its connection.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from gen_records import generate  # noqa: E402
from minutes_kg.graph.load import load as load_record  # noqa: E402
from minutes_kg.graph.neo4j_store import (  # noqa: E402
    NODE_QUERY,
    Neo4jStore,
    Neo4jTransaction,
    _edge_rows,
    _node_rows,
    connection_from_env,
    edge_query_for,
)

MODES = {"unwind_batches": True, "one_merge_per_fact": False}


class PerFactTransaction(Neo4jTransaction):
    """The slow way, to compare with: one MERGE statement per node and per relationship."""

    def write(self, facts, record, merges) -> None:
        for row in _node_rows(facts):
            self.run_rows(NODE_QUERY, [row], facts)
        for row in _edge_rows(facts):
            self.run_rows(edge_query_for(row["type"]), [row], facts)


class PerFactStore:
    """A Neo4j store whose loads write one fact per statement (same transaction, same bookkeeping read)."""

    def __init__(self, store: Neo4jStore):
        self.store = store
        self.aliases = store.aliases

    def in_transaction(self, work):
        return self.store.in_transaction(lambda tx: work(PerFactTransaction(tx.tx)))


def load(store: Neo4jStore, records: list[dict], batch: bool) -> float:
    store.clear()
    target = store if batch else PerFactStore(store)
    t0 = time.perf_counter()
    for r in records:
        load_record(r, target)
    return time.perf_counter() - t0


def _through_proxy(uri: str, rtt_ms: float):
    """Start benchmarks/latency_proxy.py in its own process in front of ``uri``; returns (process, uri)."""
    host_port = uri.split("://", 1)[1]
    proc = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "latency_proxy.py"), "--target", host_port,
                             "--rtt-ms", str(rtt_ms)], stdout=subprocess.PIPE, text=True)
    return proc, f"bolt://127.0.0.1:{proc.stdout.readline().strip()}"


def statement_round_trip_ms(store: Neo4jStore, n: int = 300) -> float:
    """What one trivial statement costs on this connection (the latency the proxy really adds shows here)."""
    with store.session() as s, s.begin_transaction() as tx:
        for _ in range(20):
            tx.run("RETURN 1").consume()
        t0 = time.perf_counter()
        for _ in range(n):
            tx.run("RETURN 1").consume()
        return round((time.perf_counter() - t0) / n * 1000, 3)


def measure(store: Neo4jStore, records: list[dict], rounds: int) -> dict:
    times: dict[str, list[float]] = {m: [] for m in MODES}
    counts = {}
    for _ in range(rounds):
        for mode, batch in MODES.items():
            times[mode].append(round(load(store, records, batch), 2))
            counts[mode] = store.counts()
    assert counts["unwind_batches"] == counts["one_merge_per_fact"], "both modes must leave the same graph"
    best = {m: min(v) for m, v in times.items()}
    return {"rounds_s": times, **{f"{m}_s": t for m, t in best.items()},
            "speedup": round(best["one_merge_per_fact"] / best["unwind_batches"], 1),
            "counts": counts["unwind_batches"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--meetings", type=int, default=300)
    ap.add_argument("--warmup", type=int, default=60, help="meetings each mode loads before timing (0: none)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--rtt-ms", type=float, nargs="+", default=[0.0],
                    help="round trip times to measure at: 0 is the direct connection, others go through "
                         "benchmarks/latency_proxy.py (e.g. 0 0.5 2: loopback, a LAN, a cloud region)")
    ap.add_argument("--jit", choices=["full", "c1"], default="full",
                    help="launcher JVM: full tiered JIT (default) or C1 only, as the test servers run")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    handle = None
    if os.environ.get("NEO4J_URI"):
        conn = connection_from_env()
        server = "NEO4J_URI"
    else:
        sys.path.insert(0, str(ROOT / "graph" / "neo4j_launcher"))
        import launcher

        flags = ["-XX:TieredStopAtLevel=4"] if args.jit == "full" else []
        handle = launcher.start(Path(tempfile.mkdtemp(prefix="neo4j-bench-")), password="bench-password",
                                jvm_flags=flags)
        conn = {"uri": handle.uri, "user": "neo4j", "password": "bench-password", "database": None}
        server = f"launcher, {args.jit} JIT"
    try:
        records = generate(args.meetings)
        with Neo4jStore(**conn) as store:
            for batch in MODES.values() if args.warmup else ():
                load(store, records[:args.warmup], batch)
        results = []
        for rtt in args.rtt_ms:
            proxy, target = _through_proxy(conn["uri"], rtt) if rtt else (None, conn["uri"])
            try:
                with Neo4jStore(**{**conn, "uri": target}) as store:
                    results.append({"rtt_ms": rtt, "statement_ms": statement_round_trip_ms(store),
                                    **measure(store, records, args.rounds)})
            finally:
                if proxy:
                    proxy.kill()
        graph = results[0].pop("counts")
        for r in results[1:]:
            assert r.pop("counts") == graph, "every run must leave the same graph"
        report = {"meetings": len(records), "relations_in_records": sum(len(r["relations"]) for r in records),
                  "nodes": sum(graph["nodes"].values()), "relationships": sum(graph["relationships"].values()),
                  "server": server, "rounds": args.rounds, "results": results}
        if args.json:
            print(json.dumps(report, indent=1))
            return
        print(f"{report['meetings']} meetings, {report['nodes']} nodes, {report['relationships']} relationships "
              f"({server}; best of {args.rounds} after warm-up)")
        for r in results:
            where = "loopback" if not r["rtt_ms"] else f"{r['rtt_ms']} ms added round trip"
            print(f"{where} (a trivial statement takes {r['statement_ms']} ms):")
            for mode, label in (("unwind_batches", "UNWIND batches"), ("one_merge_per_fact", "one MERGE per fact")):
                best = r[f"{mode}_s"]
                print(f"  {label:19s}: {best:8.2f} s  ({best / len(records) * 1000:6.1f} ms per meeting; "
                      f"rounds {r['rounds_s'][mode]})")
            print(f"  batching is {r['speedup']}x faster")
    finally:
        if handle:
            handle.stop()


if __name__ == "__main__":
    main()
