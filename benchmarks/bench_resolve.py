"""Time entity resolution: inside loading a large generated archive, in the report over every stored
person, and on many distinct people (to see it grow with the surname blocks, not the square of the people).

    .venv/bin/python benchmarks/bench_resolve.py --meetings 2000 --people 10000 20000 40000
    .venv/bin/python benchmarks/bench_resolve.py --resolver /tmp/old_resolve.py   # an earlier resolve.py

``--resolver`` times another version of graph/resolve.py (a file; its resolve_people may take only
(people, aliases)), so a change can be measured before and after on the same machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import random
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

FIRSTS = ["Kate", "Katherine", "Katie", "Sue", "Susan", "Jack", "John", "Harry", "Henry", "Peggy", "Margaret",
          "Chris", "Christine", "Christopher", "Sam", "Samuel", "Sarah", "Rich", "Richard", "Matt", "Matthew",
          "Ana", "Ben", "Cara", "Dev", "Elena", "Farid", "Grace", "Hugo", "Iris", "Jonas", "Leila", "Mo", "Nia",
          "Dr Sarah", "M", "J", "Prof Kate", "Cllr John", "Tom", "Thomas", "Liz", "Elizabeth", "Bill", "William"]


def _resolver(path: str | None) -> ModuleType:
    if not path:
        from minutes_kg.graph import resolve

        return resolve
    spec = importlib.util.spec_from_file_location("minutes_kg.graph._bench_resolve", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def _call(mod: ModuleType):
    takes = len(inspect.signature(mod.resolve_people).parameters)
    if takes > 2:
        return mod.resolve_people
    return lambda people, aliases=None, *rest, **kw: mod.resolve_people(people, aliases)


def load_archive(mod: ModuleType, meetings: int) -> dict:
    from gen_records import generate
    from minutes_kg.graph import load as load_module
    from minutes_kg.graph.store import open_store

    records = generate(meetings)
    resolve = _call(mod)
    calls: list[float] = []

    def timed(*args, **kw):
        t = time.perf_counter()
        try:
            return resolve(*args, **kw)
        finally:
            calls.append(time.perf_counter() - t)

    load_module.resolve_people = timed  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="bench-resolve-") as d, open_store(Path(d) / "s.db") as store:
        t = time.perf_counter()
        for rec in records:
            load_module.load(rec, store)
        total = time.perf_counter() - t
        people = store.people()
        t = time.perf_counter()
        if len(inspect.signature(mod.merges_in).parameters) > 3:
            report = mod.merges_in(people, store.merges(), store.aliases, store.named_together)
        else:
            report = mod.merges_in(people, store.merges(), store.aliases)
        report_s = time.perf_counter() - t
    quarter = max(1, len(calls) // 4)
    return {"meetings": meetings, "load_s": round(total, 2), "resolve_in_load_s": round(sum(calls), 3),
            "resolve_per_meeting_ms": round(1000 * sum(calls) / meetings, 3),
            # flat from the first quarter of the archive to the last: it does not grow with what is stored
            "first_quarter_ms": round(1000 * sum(calls[:quarter]) / quarter, 3),
            "last_quarter_ms": round(1000 * sum(calls[-quarter:]) / quarter, 3),
            "people": len(people), "report_s": round(report_s, 3), "merges": len(report)}


def _surname(i: int) -> str:
    """A made-up surname of letters only (so the name reads as a name): 0 -> "Ashby", 27 -> "Baxby"..."""
    head = ""
    while True:
        i, r = divmod(i, 26)
        head += "abcdefghijklmnopqrstuvwxyz"[r]
        if not i:
            return (head + "sby").capitalize()


def many_people(mod: ModuleType, n: int, seed: int = 7) -> dict:
    """``n`` distinct names (a key is its name, as in records) over n/8 surnames, a few of them common."""
    rng = random.Random(seed)
    surnames = [_surname(i) for i in range(max(1, n // 8))]
    weights = [1 / (i + 1) ** 0.5 for i in range(len(surnames))]
    people: dict[str, str] = {}
    while len(people) < n:
        name = f"{rng.choice(FIRSTS)} {rng.choices(surnames, weights)[0]}"
        people[f"person:{name.lower().replace(' ', '-')}"] = name
    t = time.perf_counter()
    merges = _call(mod)(people)
    blocks: dict[str, int] = {}
    for name in people.values():
        blocks[name.split()[-1]] = blocks.get(name.split()[-1], 0) + 1
    return {"people": n, "surnames": len(blocks), "largest_block": max(blocks.values()),
            "resolve_s": round(time.perf_counter() - t, 3), "merges": len(merges)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--meetings", type=int, default=2000)
    ap.add_argument("--people", type=int, nargs="*", default=[10000, 20000, 40000])
    ap.add_argument("--resolver", help="another graph/resolve.py to time instead of the current one")
    args = ap.parse_args()
    mod = _resolver(args.resolver)
    if args.meetings:
        print(load_archive(mod, args.meetings), flush=True)
    for n in args.people:
        print(many_people(mod, n), flush=True)


if __name__ == "__main__":
    main()
