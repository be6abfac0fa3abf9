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
from operator import itemgetter
from typing import Any

from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables, edges_to_intersections

try:
    from . import _text_lines as _native
except ImportError:  # built without a C compiler: the Python loop serves
    _native = None  # type: ignore[assignment]

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
_X0 = itemgetter("x0")
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


class _Surface:
    """What pdfplumber's TableFinder reads from a page: its edges and box."""

    def __init__(self, edges: list[dict], bbox: tuple[float, float, float, float]):
        self.edges = edges
        self.bbox = bbox
        self.chars: list[dict] = []


class _TableFinder(TableFinder):
    """pdfplumber's TableFinder, with its cell step (``intersections_to_cells``) computed from each
    intersection's edge sets built once: pdfplumber rebuilds both sets, and re-evaluates a nested
    function's type annotations, for every pair of points it compares, which made that step most of the
    time this module took. Same cells, same order (tests/test_page_layout.py)."""

    def __init__(self, page: Any, settings: dict):
        self.page = page
        self.settings = TableSettings.resolve(settings)
        self.edges = self.get_edges()
        self.intersections = edges_to_intersections(self.edges, self.settings.intersection_x_tolerance,
                                                    self.settings.intersection_y_tolerance)
        self.cells = _cells(self.intersections)
        self.tables = [Table(self.page, group) for group in cells_to_tables(self.cells)]


def _cells(intersections: dict) -> list[tuple[float, float, float, float]]:
    """pdfplumber's ``intersections_to_cells``: for each point in sorted order, the smallest cell it is the
    top-left corner of, trying the points below it (nearest first) and then those to its right, each pair
    joined by a common edge."""
    def bboxes(edges: list[dict]) -> set[tuple]:
        return {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges}

    vertical = {p: bboxes(d["v"]) for p, d in intersections.items()}
    horizontal = {p: bboxes(d["h"]) for p, d in intersections.items()}
    points = sorted(intersections)
    columns: dict[float, list] = {}
    rows: dict[float, list] = {}
    for pt in points:  # sorted by x then top: a column's points come top-down, a row's left to right
        columns.setdefault(pt[0], []).append(pt)
        rows.setdefault(pt[1], []).append(pt)
    col_at = {pt: k for col in columns.values() for k, pt in enumerate(col)}
    row_at = {pt: k for row in rows.values() for k, pt in enumerate(row)}
    cells = []
    for pt in points:
        below = columns[pt[0]][col_at[pt] + 1:]
        right = rows[pt[1]][row_at[pt] + 1:]
        cell = None
        for below_pt in below:
            if vertical[pt].isdisjoint(vertical[below_pt]):
                continue
            for right_pt in right:
                if horizontal[pt].isdisjoint(horizontal[right_pt]):
                    continue
                corner = (right_pt[0], below_pt[1])
                if (corner in intersections and not vertical[corner].isdisjoint(vertical[right_pt])
                        and not horizontal[corner].isdisjoint(horizontal[below_pt])):
                    cell = (pt[0], pt[1], corner[0], corner[1])
                    break
            if cell:
                break
        if cell:
            cells.append(cell)
    return cells


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


def _words(chars: list[dict]) -> list[tuple[float, str, list[dict]]]:
    """Chars -> words, line by line (pdfplumber's WordExtractor with its default tolerances): each word as
    (its top, its text, its chars)."""
    words: list[tuple[float, str, list[dict]]] = []
    tops = _clusters({c["top"] for c in chars}, Y_TOLERANCE)
    lines: dict[int, list[dict]] = {}
    for c in chars:
        k = tops[c["top"]]
        line = lines.get(k)
        if line is None:
            lines[k] = [c]
        else:
            line.append(c)
    ligature = LIGATURES.get

    def word(cur: list[dict]) -> tuple[float, str, list[dict]]:
        return min(c["top"] for c in cur), "".join([ligature(c["text"], c["text"]) for c in cur]), cur

    for k in sorted(lines):
        cur: list[dict] = []
        px0 = px1 = ptop = 0.0
        for c in sorted(lines[k], key=_X0):
            if c["text"].isspace():
                if cur:
                    words.append(word(cur))
                cur = []
                continue
            x0, top = c["x0"], c["top"]
            if cur and (x0 < px0 or x0 > px1 + X_TOLERANCE or abs(top - ptop) > Y_TOLERANCE):
                words.append(word(cur))
                cur = []
            cur.append(c)
            px0, px1, ptop = x0, c["x1"], top
        if cur:
            words.append(word(cur))
    return words


def text_lines(chars: list[dict], native: bool = True) -> list[dict]:
    """pdfplumber's ``extract_text_lines(strip=True, return_chars=True)`` over ``chars``. The work runs in C
    (_text_lines.c) where that is built, in Python here where it is not or ``native=False``; the two give
    the same lines (tests/test_native_loops.py)."""
    upright = [c for c in chars if c.get("upright", True)]
    if not upright:
        return []
    if native and _native is not None:
        found = _native.lines(upright, X_TOLERANCE, Y_TOLERANCE, LIGATURES)
        if found is not None:  # None: a top or x0 that is not a number, left to the Python loop
            return found
    words = _words(upright)
    cluster = _clusters({top for top, _t, _c in words}, Y_TOLERANCE)
    out = []
    for _k, group in groupby(words, key=lambda w: cluster[w[0]]):
        ws = list(group)
        text = " ".join([t for _top, t, _c in ws]).strip(" ")
        if not text:
            continue
        line_chars = [c for _top, _t, cs in ws for c in cs]
        out.append({"text": text, "x0": min([c["x0"] for c in line_chars]),
                    "x1": max([c["x1"] for c in line_chars]), "top": min([top for top, _t, _c in ws]),
                    "bottom": max([c["bottom"] for c in line_chars]), "chars": line_chars})
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
        row_chars = [t for t in by_mid[lo:hi] if x0 <= t[1] < x1]
        # each cell's chars found by bisecting the row's chars sorted by their horizontal midpoint, then
        # put back in the row's order: the same chars in the same order as testing every char of the row
        order = sorted(range(len(row_chars)), key=lambda k: row_chars[k][1])
        hxs = [row_chars[k][1] for k in order]
        cells: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            found = sorted(order[bisect_left(hxs, cx0):bisect_left(hxs, cx1)])
            inside = [row_chars[k][2] for k in found if ctop <= row_chars[k][0] < cbottom]
            cells.append(cell_text(inside) if inside else "")
        rows.append(cells)
    return rows


def page_content(chars: list[dict], edges: list[dict], width: float, height: float
                 ) -> tuple[list[dict], list[tuple[tuple, list[list[str | None]]]]]:
    """(text lines outside tables, [(table bbox, rows of cell text)]) of one page."""
    surface: Any = _Surface(edges, (0.0, 0.0, width, height))  # what TableFinder reads of a Page
    tables = _TableFinder(surface, TABLE_SETTINGS).tables if edges else []
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
