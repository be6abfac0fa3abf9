"""One page's ruled tables and text lines, from its characters and edges.

Both parsers (pdfplumber's own pdfminer pass and PDFium through pdfium_chars.py) hand this module
the same shapes, so the tables and lines a page yields do not depend on which one read it.

Tables are found by pdfplumber's own edge algorithm (TableFinder, "lines" strategy). Text lines,
and the text of each table cell, are built here by the rule pdfplumber's ``extract_text_lines`` /
``extract_text`` follow in their default (non-layout) mode -- characters clustered into lines by
their top (3 pt), split into words at whitespace and at gaps over 3 pt, words joined by one
space -- but in one pass over the characters, with each character assigned to its table cell
once instead of testing every character against every row. tests/test_page_layout.py holds the
two to the same output on every sample and layout document. Rotated characters (watermarks,
margin stamps) are not content and are left out.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import groupby
from typing import Any

from pdfplumber.table import TableFinder

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


class _Surface:
    """What pdfplumber's TableFinder reads from a page: its edges and box."""

    def __init__(self, edges: list[dict], bbox: tuple[float, float, float, float]):
        self.edges = edges
        self.bbox = bbox
        self.chars: list[dict] = []


def _clusters(values: set[float], tolerance: float) -> dict[float, int]:
    """Value -> cluster number, clustering sorted values whose neighbours are within ``tolerance``."""
    out: dict[float, int] = {}
    last = None
    n = -1
    for v in sorted(values):
        if last is None or v > last + tolerance:
            n += 1
        out[v] = n
        last = v
    return out


def _words(chars: list[dict]) -> list[list[dict]]:
    """Chars -> words, line by line (pdfplumber's WordExtractor with its default tolerances)."""
    words: list[list[dict]] = []
    tops = _clusters({c["top"] for c in chars}, Y_TOLERANCE)
    lines: dict[int, list[dict]] = {}
    for c in chars:
        lines.setdefault(tops[c["top"]], []).append(c)
    for k in sorted(lines):
        cur: list[dict] = []
        for c in sorted(lines[k], key=lambda c: c["x0"]):
            if c["text"].isspace():
                if cur:
                    words.append(cur)
                cur = []
                continue
            if cur:
                p = cur[-1]
                if c["x0"] < p["x0"] or c["x0"] > p["x1"] + X_TOLERANCE or abs(c["top"] - p["top"]) > Y_TOLERANCE:
                    words.append(cur)
                    cur = []
            cur.append(c)
        if cur:
            words.append(cur)
    return words


def text_lines(chars: list[dict]) -> list[dict]:
    """pdfplumber's ``extract_text_lines(strip=True, return_chars=True)`` over ``chars``."""
    upright = [c for c in chars if c.get("upright", True)]
    if not upright:
        return []
    words = _words(upright)
    word_tops = [min(c["top"] for c in w) for w in words]
    cluster = _clusters(set(word_tops), Y_TOLERANCE)
    out = []
    for _k, group in groupby(zip(words, word_tops), key=lambda wt: cluster[wt[1]]):
        ws = [w for w, _ in group]
        text = " ".join("".join(LIGATURES.get(c["text"], c["text"]) for c in w) for w in ws).strip(" ")
        if not text:
            continue
        line_chars = [c for w in ws for c in w]
        out.append({"text": text, "x0": min(c["x0"] for c in line_chars), "x1": max(c["x1"] for c in line_chars),
                    "top": min(c["top"] for c in line_chars), "bottom": max(c["bottom"] for c in line_chars),
                    "chars": line_chars})
    return out


def cell_text(chars: list[dict]) -> str:
    """pdfplumber's ``extract_text`` of a cell: its lines joined by newlines."""
    return "\n".join(ln["text"] for ln in text_lines(chars))


def _table_rows(table, by_mid: list[tuple[float, float, dict]], mids: list[float]) -> list[list[str | None]]:
    """Each row's cells' text: a char belongs to the cell that holds its midpoint (as Table.extract)."""
    rows = []
    for row in table.rows:
        x0, top, x1, bottom = row.bbox
        lo, hi = bisect_left(mids, top), bisect_left(mids, bottom)
        row_chars = [(hx, c) for _vy, hx, c in by_mid[lo:hi] if x0 <= hx < x1]
        cells: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            inside = [c for hx, c in row_chars if cx0 <= hx < cx1 and ctop <= (c["top"] + c["bottom"]) / 2 < cbottom]
            cells.append(cell_text(inside) if inside else "")
        rows.append(cells)
    return rows


def page_content(chars: list[dict], edges: list[dict], width: float, height: float
                 ) -> tuple[list[dict], list[tuple[tuple, list[list[str | None]]]]]:
    """(text lines outside tables, [(table bbox, rows of cell text)]) of one page."""
    surface: Any = _Surface(edges, (0.0, 0.0, width, height))  # what TableFinder reads of a Page
    tables = TableFinder(surface, TABLE_SETTINGS).tables if edges else []
    if not tables:
        return text_lines(chars), []
    by_mid = sorted((((c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2, c) for c in chars),
                    key=lambda t: t[0])
    mids = [t[0] for t in by_mid]
    found = [(t.bbox, _table_rows(t, by_mid, mids)) for t in tables]
    inside: set[int] = set()
    for (bx0, btop, bx1, bbottom), _rows in found:
        for _vy, hx, c in by_mid[bisect_left(mids, btop):bisect_right(mids, bbottom)]:
            if bx0 <= hx <= bx1:
                inside.add(id(c))
    return text_lines([c for c in chars if id(c) not in inside]), found
