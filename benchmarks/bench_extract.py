"""Extraction speed, side by side in one run: both parsers against pdfplumber's extract_text and the PDFium floor.

    python benchmarks/bench_extract.py [PDF ...] [--repeat N] [--json]

Over the same pages (default: the samples and the layout collection):
- baseline: pdfplumber, page.extract_text() on every page;
- floor: the bare PDFium pass through pypdfium2 -- every page's text, every character's box, every
  page object -- with no layout work, the least a PDFium-based reader of pages does;
- minutes-kg parse (PDFium): the blocks of every page (characters, tables, lines, paragraphs);
- minutes-kg extract (PDFium, the default) and (pdfplumber, the reference): the full extraction of a
  validated record (parse, sections, readers, spaCy rules, schema check).
Each repeat runs every mode once, in turn, so that load on the shared machine falls on all of them
alike; the best of N runs of each is reported with pages per second and its ratio to the baseline
and to the floor. Every mode runs in this one process on one thread, so its time is measured as the
process's CPU time (time.process_time), which other work on a shared machine disturbs far less than
the wall clock; --wall measures the wall clock instead. Compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutes_kg.extractor.errors import BadInputError  # noqa: E402
from minutes_kg.extractor.pdf_pages import parse_pdf  # noqa: E402
from minutes_kg.extractor.record import extract  # noqa: E402


def baseline(paths: list[Path]) -> int:
    pages = 0
    for p in paths:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return pages


def floor(paths: list[Path]) -> int:
    """pypdfium2 reading every page's text, every character's box and every page object, nothing more."""
    pages = 0
    for p in paths:
        pdf = pdfium.PdfDocument(p)
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            for k in range(textpage.count_chars()):
                textpage.get_charbox(k, loose=True)
            for obj in page.get_objects():
                obj.get_bounds()
            textpage.close()
            page.close()
            pages += 1
        pdf.close()
    return pages


def _pages(fn, paths: list[Path]) -> int:
    n = 0
    for p in paths:
        try:
            n += fn(p)
        except BadInputError:
            pass
    return n


def parse_pdfium(paths: list[Path]) -> int:
    return _pages(lambda p: parse_pdf(p, parser="pdfium").n_pages, paths)


def extract_pdfium(paths: list[Path]) -> int:
    return _pages(lambda p: extract(p, parser="pdfium")["source"]["pages"], paths)


def extract_pdfplumber(paths: list[Path]) -> int:
    return _pages(lambda p: extract(p, parser="pdfplumber")["source"]["pages"], paths)


MODES = [
    ("baseline", "pdfplumber extract_text (baseline)", baseline),
    ("floor", "bare PDFium pass (floor)", floor),
    ("parse_pdfium", "minutes-kg parse, PDFium", parse_pdfium),
    ("extract_pdfium", "minutes-kg extract, PDFium (default)", extract_pdfium),
    ("extract_pdfplumber", "minutes-kg extract, pdfplumber", extract_pdfplumber),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--wall", action="store_true", help="time by the wall clock instead of CPU time")
    args = ap.parse_args()
    paths = args.pdfs or sorted((ROOT / "samples").glob("*.pdf")) + sorted((ROOT / "samples" / "layouts").glob("*.pdf"))
    extract_pdfium(paths[:1])  # warm up: imports, spaCy pipeline, schema
    extract_pdfplumber(paths[:1])
    runs: dict[str, list[float]] = {key: [] for key, _, _ in MODES}
    pages = 0
    clock = time.perf_counter if args.wall else time.process_time
    for _ in range(args.repeat):
        for key, _label, fn in MODES:
            t0 = clock()
            n = fn(paths)
            runs[key].append(clock() - t0)
            pages = max(pages, n)
    best = {k: min(v) for k, v in runs.items()}
    result = {
        "files": len(paths), "pages": pages, "repeat": args.repeat, "clock": "wall" if args.wall else "cpu",
        "modes": {k: {"best_s": round(best[k], 4), "median_s": round(statistics.median(runs[k]), 4),
                      "pages_per_s": round(pages / best[k], 1),
                      "x_baseline": round(best[k] / best["baseline"], 3),
                      "x_floor": round(best[k] / best["floor"], 2)} for k in best},
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"{len(paths)} files, {pages} pages, best of {args.repeat} (modes interleaved; {result['clock']} time)")
    print(f"  {'mode':<40} {'seconds':>8} {'pages/s':>9} {'x baseline':>11} {'x floor':>8}")
    for key, label, _fn in MODES:
        m = result["modes"][key]
        print(f"  {label:<40} {m['best_s']:>8.3f} {m['pages_per_s']:>9.1f} {m['x_baseline']:>11.2f}"
              f" {m['x_floor']:>8.1f}")


if __name__ == "__main__":
    main()
