"""Extraction speed against pdfplumber's own extract_text over the same pages.

    python benchmarks/bench_extract.py [PDF ...] [--repeat N] [--json]

Baseline: open each PDF with pdfplumber and call page.extract_text() on every page.
minutes-kg: the full extraction of a validated record (parse + rules + schema check).
Reports the best of N runs of each, the ratio, and pages per second.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutes_kg.extractor.record import extract  # noqa: E402


def baseline(paths: list[Path]) -> int:
    pages = 0
    for p in paths:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return pages


def ours(paths: list[Path]) -> int:
    return sum(extract(p)["source"]["pages"] for p in paths)


def timed(fn, paths, repeat: int) -> tuple[float, int, list[float]]:
    runs = []
    pages = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        pages = fn(paths)
        runs.append(time.perf_counter() - t0)
    return min(runs), pages, runs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    paths = args.pdfs or sorted((ROOT / "samples").glob("*.pdf"))
    ours(paths[:1])  # warm up: imports, spaCy pipeline, schema
    b_best, pages, b_runs = timed(baseline, paths, args.repeat)
    o_best, _, o_runs = timed(ours, paths, args.repeat)
    result = {
        "files": len(paths), "pages": pages, "repeat": args.repeat,
        "baseline_s": round(b_best, 4), "minutes_kg_s": round(o_best, 4),
        "baseline_median_s": round(statistics.median(b_runs), 4),
        "minutes_kg_median_s": round(statistics.median(o_runs), 4),
        "ratio": round(o_best / b_best, 3),
        "baseline_pages_per_s": round(pages / b_best, 1), "minutes_kg_pages_per_s": round(pages / o_best, 1),
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"{result['files']} files, {pages} pages, best of {args.repeat}")
        print(f"  pdfplumber extract_text : {b_best:7.3f} s  {result['baseline_pages_per_s']:7.1f} pages/s")
        print(f"  minutes-kg extract      : {o_best:7.3f} s  {result['minutes_kg_pages_per_s']:7.1f} pages/s")
        print(f"  ratio                   : {result['ratio']:.2f}x the baseline")


if __name__ == "__main__":
    main()
