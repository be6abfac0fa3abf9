"""Batch ingest benchmark over a generated archive of minutes PDFs.

    python benchmarks/bench_batch.py [--count 300] [--out /tmp/minutes-bench] [--json]

Measures, on the same generated PDFs (5 to 15 pages each):
- pages per second of one process (`ingest --jobs 1`, PDFium) against pdfplumber's `extract_text` over
  the same pages, and the ratio;
- the speed-up of two processes (`--jobs 2`) over one;
- `--jobs 2` with PDFium (the default) against `--jobs 2` with `--parser pdfplumber`, in the same run;
- re-ingesting the unchanged archive against the first ingest;
- peak memory (max RSS) of the ingest command and of its worker processes.
Each ingest runs as the real CLI in a subprocess, into a fresh embedded store.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from gen_archive import generate  # noqa: E402

EXE = Path(sys.executable).with_name("minutes-kg")


def baseline(paths: list[Path]) -> tuple[float, int]:
    t0 = time.perf_counter()
    pages = 0
    for p in paths:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.flush_cache()
                pages += 1
    return time.perf_counter() - t0, pages


def run_ingest(folder: Path, store: Path, jobs: int, parser: str = "pdfium") -> tuple[float, dict, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    out = subprocess.run([str(EXE), "--parser", parser, "ingest", str(folder), "--store", str(store),
                          "--jobs", str(jobs), "--format", "json"], capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t0
    if out.returncode != 0:
        raise SystemExit(f"ingest failed ({out.returncode}): {out.stderr[-2000:]}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, json.loads(out.stdout)["counts"], max(peak_kb, before)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--out", type=Path, default=Path("/tmp/minutes-bench"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    folder = args.out / "pdfs"
    if not folder.exists() or len(list(folder.glob("*.pdf"))) != args.count:
        t0 = time.perf_counter()
        generate(folder, args.count)
        print(f"generated {args.count} PDFs in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    paths = sorted(folder.glob("*.pdf"))
    for store in args.out.glob("store-*"):
        store.unlink()

    base_s, pages = baseline(paths)
    one_s, one_counts, _ = run_ingest(folder, args.out / "store-1.db", 1)
    two_s, two_counts, _ = run_ingest(folder, args.out / "store-2.db", 2)
    again_s, again_counts, peak_kb = run_ingest(folder, args.out / "store-1.db", 1)
    ref_s, ref_counts, _ = run_ingest(folder, args.out / "store-ref.db", 2, parser="pdfplumber")
    assert one_counts["inserted"] == two_counts["inserted"] == ref_counts["inserted"] == len(paths), \
        (one_counts, two_counts, ref_counts)
    assert again_counts["unchanged"] == len(paths), again_counts
    result = {
        "pdfs": len(paths), "pages": pages,
        "pages_per_pdf": [min(len(pdfplumber.open(p).pages) for p in paths[:50]),
                          max(len(pdfplumber.open(p).pages) for p in paths[:50])],
        "baseline_extract_text_s": round(base_s, 1), "baseline_pages_per_s": round(pages / base_s, 1),
        "one_process_s": round(one_s, 1), "one_process_pages_per_s": round(pages / one_s, 1),
        "ratio_to_baseline": round(one_s / base_s, 2),
        "two_processes_s": round(two_s, 1), "speedup_two_processes": round(one_s / two_s, 2),
        "reingest_unchanged_s": round(again_s, 2), "reingest_speedup": round(one_s / again_s, 1),
        "two_processes_pdfplumber_s": round(ref_s, 1), "speedup_pdfium_over_pdfplumber": round(ref_s / two_s, 2),
        "peak_rss_mb": round(peak_kb / 1024, 1),
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"{len(paths)} PDFs, {pages} pages")
    for k, v in result.items():
        print(f"  {k:<26} {v}")


if __name__ == "__main__":
    main()
