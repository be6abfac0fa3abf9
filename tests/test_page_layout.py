"""Both parsers give the same page content: PDFium's characters and edges through page_layout equal
pdfplumber's own tables and text lines, on every sample and layout document."""

from pathlib import Path

import pdfplumber
import pytest
from minutes_kg.extractor.page_layout import TABLE_SETTINGS, page_content
from minutes_kg.extractor.pdfium_source import pdfium_pages

ROOT = Path(__file__).resolve().parents[1]
PDFS = sorted((ROOT / "samples").glob("*.pdf")) + sorted((ROOT / "samples" / "layouts").glob("*.pdf"))


def _pdfplumber_reference(path: Path) -> list[tuple[list[str], list]]:
    """pdfplumber's own answer: find_tables, then the text lines of what lies outside them."""
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            tables = page.find_tables(TABLE_SETTINGS)
            boxes = [t.bbox for t in tables]

            def outside(obj, boxes=boxes):
                cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
                return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

            text_page = page.filter(outside) if boxes else page
            lines = [ln["text"] for ln in text_page.extract_text_lines(return_chars=True)]
            out.append((lines, [t.extract() for t in tables]))
    return out


@pytest.mark.parametrize("path", PDFS, ids=[p.stem for p in PDFS])
def test_pdfium_pages_equal_pdfplumber(path):
    reference = _pdfplumber_reference(path)
    ours = []
    for width, height, chars, edges in pdfium_pages(path.read_bytes(), str(path)):
        lines, tables = page_content(chars, edges, width, height)
        ours.append(([ln["text"] for ln in lines], [rows for _bbox, rows in tables]))
    assert len(ours) == len(reference)
    for number, (mine, theirs) in enumerate(zip(ours, reference), start=1):
        assert mine[0] == theirs[0], f"page {number}: text lines differ"
        assert mine[1] == theirs[1], f"page {number}: tables differ"


@pytest.mark.parametrize("path", PDFS[:3], ids=[p.stem for p in PDFS[:3]])
def test_page_layout_on_pdfplumber_chars_equals_pdfplumber(path):
    """The line and cell rule of page_layout is pdfplumber's, whatever parser read the characters."""
    reference = _pdfplumber_reference(path)
    with pdfplumber.open(path) as pdf:
        for page, (lines, tables) in zip(pdf.pages, reference):
            got_lines, got_tables = page_content(page.chars, page.edges, float(page.width), float(page.height))
            assert [ln["text"] for ln in got_lines] == lines
            assert [rows for _bbox, rows in got_tables] == tables


def test_cell_step_equals_pdfplumbers_on_every_ruled_page():
    """page_layout's cell step (edge sets built once per intersection) gives pdfplumber's
    ``intersections_to_cells`` exactly: the same cells in the same order, on every ruled page of every
    sample, layout and held-out document."""
    from minutes_kg.extractor.page_layout import _cells, _Surface, _TableFinder
    from pdfplumber.table import intersections_to_cells

    pdfs = sorted((ROOT / "samples").glob("**/*.pdf"))
    ruled = 0
    for path in pdfs:
        for width, height, _chars, edges in pdfium_pages(path.read_bytes(), str(path)):
            if not edges:
                continue
            finder = _TableFinder(_Surface(edges, (0.0, 0.0, width, height)), TABLE_SETTINGS)
            assert _cells(finder.intersections) == intersections_to_cells(finder.intersections), path.name
            ruled += bool(finder.cells)
    assert ruled >= 20  # the check ran on many pages with tables
