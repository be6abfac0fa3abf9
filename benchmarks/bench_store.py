"""The embedded store at archive size: one small question through the CLI, and the cost of one more document.

    python benchmarks/bench_store.py [--small 100] [--large 2000] [--runs 5] [--out /tmp/minutes-bench-store] [--json]

Generates --large meeting records from the samples (``gen_records.py``; the change requests of each block
of 100 meetings are new ones, as in a real archive, so the CR asked about has the same history at either
size), loads them one by one into a fresh embedded store (``graph.load.load``, one transaction each) and
keeps copies of the store as it was after --small documents and just before the --small-th and --large-th.
Then, --runs times, alternating small and large so that whatever else the machine does falls on both:

- loading the --small-th and the --large-th document, each on a fresh copy of the store as it was just
  before, its connection warmed by loading the document before (as an ingest's earlier documents do);
  commit included;
- one ``minutes-kg query cr-history CR018 --format json`` through the real CLI on the --small and the
  --large store, each a new process, start-up included.

Reported: the best run of each, as wall time and as CPU time (of this process for a load, of the command
for a query; CPU time does not count the waits of a machine shared with other work), their large/small
ratios (targets: at most 2x), the peak memory (max RSS) of the query on the large store (target: under
150 MB), the median of the 20 loads ending at each size while the store was built, and the store sizes.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from gen_records import generate  # noqa: E402
from minutes_kg.graph.load import load  # noqa: E402
from minutes_kg.graph.store import open_store  # noqa: E402

EXE = Path(sys.executable).with_name("minutes-kg")
WINDOW = 20


def build(records: list[dict], path: Path, snapshots: dict[int, Path]) -> list[float]:
    """Load every record into a new store at ``path``, copying the store to ``snapshots[n]`` once it holds
    ``n`` documents; returns each load's seconds."""
    for p in (path, *snapshots.values()):
        for f in p.parent.glob(p.name + "*"):
            f.unlink()
    times = []
    with open_store(path) as store:
        for i, r in enumerate(records, 1):
            t0 = time.perf_counter()
            result = load(r, store)
            times.append(time.perf_counter() - t0)
            assert result.status == "inserted", result
            if i in snapshots:
                store.con.execute("VACUUM INTO ?", (str(snapshots[i]),))
    return times


def one_more(snapshot: Path, warm: dict, timed: dict, work: Path) -> tuple[float, float]:
    """On a copy of ``snapshot``: load ``warm`` (untimed, as an ingest's earlier documents warm its connection),
    then time loading ``timed``, commit included: (wall seconds, CPU seconds of this process)."""
    for f in work.parent.glob(work.name + "*"):
        f.unlink()
    shutil.copyfile(snapshot, work)
    with open_store(work) as store:
        load(warm, store)
        t0, c0 = time.perf_counter(), time.process_time()
        assert load(timed, store).status == "inserted"
        return time.perf_counter() - t0, time.process_time() - c0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def query_once(store: Path, args: list[str]) -> tuple[float, float]:
    """One query command, start-up included: (wall seconds, CPU seconds of the command)."""
    t0, c0 = time.perf_counter(), _children_cpu()
    out = subprocess.run([str(EXE), "query", *args, "--store", str(store), "--format", "json"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"query failed: {out.stderr}")
    return time.perf_counter() - t0, _children_cpu() - c0


def peak_rss_mb(store: Path, args: list[str]) -> float:
    """Max RSS of one query command, measured by a parent that runs nothing else."""
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True, check=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, str(EXE), "query", *args, "--store", str(store), "--format",
                          "json"], capture_output=True, text=True, check=True)
    return round(int(out.stdout) / 1024, 1)


def rows(store: Path, args: list[str]) -> int:
    out = subprocess.run([str(EXE), "query", *args, "--store", str(store), "--format", "json"],
                         capture_output=True, text=True, check=True)
    return len(json.loads(out.stdout))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=100)
    ap.add_argument("--large", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", type=Path, default=Path("/tmp/minutes-bench-store"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    records = generate(args.large, cr_lifetime=100)
    print(f"generated {len(records)} records in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    small, large = args.out / f"store-{args.small}.db", args.out / f"store-{args.large}.db"
    before = {n: args.out / f"store-{n}.db" for n in (args.small - 2, args.large - 2)}
    t0 = time.perf_counter()
    loads = build(records, large, {**before, args.small: small})
    total = time.perf_counter() - t0
    print(f"loaded {len(records)} records in {total:.1f}s", file=sys.stderr)
    sizes = (args.small, args.large)
    loads_at: dict[int, list[tuple[float, float]]] = {n: [] for n in sizes}
    queries_at: dict[int, list[tuple[float, float]]] = {n: [] for n in sizes}
    question = ["cr-history", "CR018"]
    for _ in range(args.runs):  # alternate, so that whatever else the machine does falls on both alike
        for n in sizes:
            loads_at[n].append(one_more(before[n - 2], records[n - 2], records[n - 1], args.out / "work.db"))
            queries_at[n].append(query_once(small if n == args.small else large, question))

    def best(runs: list[tuple[float, float]], i: int) -> float:
        return min(r[i] for r in runs)

    def ratio(at: dict, i: int) -> float:
        return round(best(at[args.large], i) / best(at[args.small], i), 2)

    result = {
        "meetings": list(sizes),
        "cr_history_rows": [rows(small, question), rows(large, question)],
        "load_ms_wall": [round(best(loads_at[n], 0) * 1000, 1) for n in sizes],
        "load_ms_cpu": [round(best(loads_at[n], 1) * 1000, 1) for n in sizes],
        "load_ratio_wall": ratio(loads_at, 0),
        "load_ratio_cpu": ratio(loads_at, 1),
        "load_ms_in_build_median": [round(statistics.median(loads[n - WINDOW:n]) * 1000, 1) for n in sizes],
        "load_all_s": round(total, 1),
        "query_s_wall": [round(best(queries_at[n], 0), 3) for n in sizes],
        "query_s_cpu": [round(best(queries_at[n], 1), 3) for n in sizes],
        "query_ratio_wall": ratio(queries_at, 0),
        "query_ratio_cpu": ratio(queries_at, 1),
        "query_peak_rss_mb_large": peak_rss_mb(large, question),
        "store_mb": [round(small.stat().st_size / 1e6, 1), round(large.stat().st_size / 1e6, 1)],
        "runs": {"load_ms": {n: [[round(x * 1000, 1) for x in r] for r in loads_at[n]] for n in sizes},
                 "query_s": {n: [[round(x, 3) for x in r] for r in queries_at[n]] for n in sizes}},
    }
    result["store_kb_per_meeting_large"] = round(result["store_mb"][1] * 1000 / args.large, 1)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        for k, v in result.items():
            print(f"  {k:<28} {v}")
    for f in args.out.glob("work.db*"):
        f.unlink()


if __name__ == "__main__":
    main()
