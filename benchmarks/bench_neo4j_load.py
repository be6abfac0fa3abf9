"""Neo4j load speed: UNWIND batches against one MERGE per fact, over generated meetings.

    NEO4J_URI=... NEO4J_PASSWORD=... python benchmarks/bench_neo4j_load.py [--meetings 300]

Without NEO4J_URI it starts a Neo4j from the launcher in graph/neo4j_launcher (java, mvn).
Each mode loads into an emptied database; the graphs it leaves must be equal.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from gen_records import generate  # noqa: E402
from minutes_kg.graph.neo4j_store import Neo4jStore  # noqa: E402


def load(store: Neo4jStore, records: list[dict], batch: bool) -> float:
    store.clear()
    t0 = time.perf_counter()
    for r in records:
        store.ingest(r, batch=batch)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--meetings", type=int, default=300)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    handle = None
    if os.environ.get("NEO4J_URI"):
        store = Neo4jStore.from_env()
    else:
        sys.path.insert(0, str(ROOT / "graph" / "neo4j_launcher"))
        import launcher

        handle = launcher.start(Path(tempfile.mkdtemp(prefix="neo4j-bench-")), password="bench-password")
        store = Neo4jStore(handle.uri, "neo4j", "bench-password")
    try:
        records = generate(args.meetings)
        facts = sum(len(r["relations"]) for r in records)
        batched = load(store, records, batch=True)
        counts_batched = store.counts()
        single = load(store, records, batch=False)
        assert store.counts() == counts_batched, "both modes must leave the same graph"
        result = {"meetings": len(records), "relations_in_records": facts,
                  "nodes": sum(counts_batched["nodes"].values()),
                  "relationships": sum(counts_batched["relationships"].values()),
                  "unwind_batches_s": round(batched, 2), "one_merge_per_fact_s": round(single, 2),
                  "speedup": round(single / batched, 1)}
        if args.json:
            print(json.dumps(result, indent=1))
        else:
            print(f"{result['meetings']} meetings, {result['nodes']} nodes, {result['relationships']} relationships")
            print(f"  UNWIND batches     : {batched:8.2f} s")
            print(f"  one MERGE per fact : {single:8.2f} s")
            print(f"  batching is {result['speedup']}x faster")
    finally:
        store.close()
        if handle:
            handle.stop()


if __name__ == "__main__":
    main()
