"""The loops in C give exactly what their Python twins give.

- extractor/_pdfium_chars.c, a page's characters from PDFium (pdfium_source.page_chars): the same
  dicts, keys in the same order, values of the same types and equal floats, on every page of every
  sample, layout and held-out PDF, on the bad-input files PDFium can open and on pages made here to
  reach the loop's rarer branches (spaces without a box, text in several fonts and sizes, rotated and
  scaled text, characters outside the Basic Multilingual Plane);
- extractor/_text_lines.c, characters -> text lines (page_layout.text_lines): the same line dicts, keys
  in order, the same value objects and the same char lists, from both parsers' characters, on every
  page and every table cell of the same PDFs, and on edge cases (ties, -0.0, chained tops, spaces of
  every kind, empty and ligature texts, words whose tops merge lines, NaN).

Where the modules are not built (no C compiler) these tests skip, unless REQUIRE_NATIVE is set, as CI sets it.
"""

import os
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from minutes_kg.extractor import page_layout, pdfium_source
from minutes_kg.extractor.pdf_pages import _pdfplumber_pages
from minutes_kg.extractor.symbol_glyphs import normalise_chars

ROOT = Path(__file__).resolve().parents[1]
PDFS = sorted((ROOT / "samples").rglob("*.pdf"))

pytestmark = pytest.mark.skipif((pdfium_source._native is None or page_layout._native is None)
                                and not os.environ.get("REQUIRE_NATIVE"),
                                reason="the C loops are not built (no C compiler at install time)")


def _both(path: Path) -> list[tuple[list[dict], list[dict]]]:
    assert pdfium_source._native is not None, "REQUIRE_NATIVE is set but extractor/_pdfium_chars is not built"
    assert page_layout._native is not None, "REQUIRE_NATIVE is set but extractor/_text_lines is not built"
    out = []
    pdf = pdfium.PdfDocument(path)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            height = page.get_size()[1]
            textpage = page.get_textpage()
            out.append((pdfium_source.page_chars(textpage, height, native=False),
                        pdfium_source.page_chars(textpage, height)))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return out


def _assert_same(python: list[dict], native: list[dict]) -> None:
    assert len(native) == len(python)
    for a, b in zip(python, native):
        assert list(b.items()) == list(a.items())  # same keys, same order, equal values
        assert [type(v) for v in b.values()] == [type(v) for v in a.values()]


@pytest.mark.parametrize("path", PDFS, ids=[p.stem for p in PDFS])
def test_native_chars_equal_python_chars(path):
    pages = _both(path)
    assert sum(len(python) for python, _ in pages) > 500  # the documents' text, not an empty pass
    for python, native in pages:
        _assert_same(python, native)


def test_native_chars_on_bad_inputs(bad_inputs):
    opened = 0
    for path in bad_inputs.values():
        try:
            pages = _both(path)
        except pdfium.PdfiumError:  # PDFium refuses it before any page is read
            continue
        opened += 1
        for python, native in pages:
            _assert_same(python, native)
    assert opened >= 3


def test_native_chars_on_rare_branches(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    path = tmp_path / "rare.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 780, "Bold heading  with   gaps")
    c.setFont("Times-Italic", 9)
    c.drawString(72, 760, "small italic words")
    t = c.beginText(72, 740)
    t.setFont("Helvetica", 11)
    t.setWordSpace(12)  # words set apart by word spacing: PDFium infers the spaces
    t.textLine("spaced by word spacing")
    t.setCharSpace(3)
    t.textLine("and by character spacing")
    c.drawText(t)
    c.saveState()
    c.translate(300, 400)
    c.rotate(30)
    c.drawString(0, 0, "rotated text")
    c.restoreState()
    c.saveState()
    c.scale(2, 0.5)
    c.drawString(40, 600, "scaled text")
    c.restoreState()
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if font.exists():
        pdfmetrics.registerFont(TTFont("DejaVu", str(font)))
        c.setFont("DejaVu", 12)
        c.drawString(72, 300, "ticks \u2714 \u2718 dash \u2013 hyphen\u00ad end")
    c.showPage()
    c.drawString(72, 700, "second page")
    c.save()
    pages = _both(path)
    assert len(pages) == 2
    assert any(c["text"] == " " for c in pages[0][0])
    assert any(not c["upright"] for c in pages[0][0])
    for python, native in pages:
        _assert_same(python, native)


def test_native_chars_outside_the_basic_plane(tmp_path):
    """A font whose ToUnicode map gives characters beyond U+FFFF: PDFium hands them over as surrogate pairs."""
    from hostile_pdfs import FONT, _one_page, _stream, write_pdf

    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def "
            b"1 begincodespacerange <00> <FF> endcodespacerange "
            b"2 beginbfchar <41> <D800DF00> <42> <D834DD1E> endbfchar endcmap end end")
    font = FONT[:-2] + b" /ToUnicode 6 0 R >>"
    objects = _one_page(_stream(b"BT /F1 12 Tf 72 700 Td (AB CA) Tj ET"))
    objects[3] = font
    path = write_pdf(tmp_path / "astral.pdf", [*objects, _stream(cmap)])
    [(python, native)] = _both(path)
    assert "\U00010300" in [c["text"] for c in python]
    _assert_same(python, native)


def _same_lines(chars: list[dict]) -> int:
    python, native = page_layout.text_lines(chars, native=False), page_layout.text_lines(chars)
    assert len(native) == len(python)
    for a, b in zip(python, native):
        assert list(b) == list(a)  # the same keys in the same order
        assert all(b[k] is a[k] for k in ("x0", "x1", "top", "bottom"))  # the very objects min and max give
        assert b["text"] == a["text"]
        assert len(b["chars"]) == len(a["chars"]) and all(x is y for x, y in zip(b["chars"], a["chars"]))
    return len(python)


def _cells_chars(chars: list[dict], edges: list[dict], width: float, height: float) -> list[list[dict]]:
    surface = page_layout._Surface(edges, (0.0, 0.0, width, height))
    tables = page_layout._TableFinder(surface, page_layout.TABLE_SETTINGS).tables if edges else []
    out = []
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                if cell is not None:
                    x0, top, x1, bottom = cell
                    out.append([c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 < x1
                                and top <= (c["top"] + c["bottom"]) / 2 < bottom])
    return out


@pytest.mark.parametrize("path", PDFS, ids=[p.stem for p in PDFS])
def test_native_lines_equal_python_lines(path):
    data = path.read_bytes()
    n = 0
    for pages in (pdfium_source.pdfium_pages(data, str(path)), _pdfplumber_pages(data, str(path))):
        for width, height, chars, edges in pages:
            normalise_chars(chars)
            upright = [c for c in chars if c.get("upright", True)]
            n += _same_lines(chars)
            for cell in _cells_chars(upright, edges, width, height):
                _same_lines(cell)
    assert n > 100


def test_native_lines_edge_cases():
    def ch(text, x0, top, x1=None):
        return {"text": text, "x0": x0, "x1": x0 + 5 if x1 is None else x1, "top": top, "bottom": top + 10}

    same_x = [ch("b", 10, 100), ch("a", 10, 100), ch("c", 10, 101.5)]  # ties on x0 keep their order
    zeros = [ch("x", 0.0, -0.0), ch("y", 5.0, 0.0), ch("z", -0.0, 0.0)]  # -0.0 and 0.0 are one top
    chained = [ch("p", 0, 0), ch("q", 6, 2.5), ch("r", 12, 5.0), ch("s", 18, 7.6)]  # tops chain into one line
    spaces = [ch("\u00a0", 0, 0), ch("a", 5, 0), ch(" ", 10, 0), ch("\u2003", 12, 0), ch("b", 15, 0), ch("", 20, 0)]
    ligatures = [ch("\ufb01", 0, 0), ch("x", 5, 0), ch("\ufb03", 10, 0)]
    backwards = [ch("m", 20, 0, 25), ch("n", 24, 0, 22), ch("o", 21, 0, 30)]
    empty = [ch("", 0, 0), ch("", 5, 0), ch("a", 0, 50), ch("", 20, 50)]  # a line of empty texts is dropped
    merged = [ch("a", 0, 0), ch("b", 10, 2.9), ch("c", 30, 2.9), ch("d", 0, 5.9)]  # word tops merge lines
    equal_ends = [ch("a", 0, 0, 5), ch("b", 5, 0, 5), ch("c", 0, 0.5, 5)]  # ties in min and max
    for chars in (same_x, zeros, chained, spaces, ligatures, backwards, empty, merged, equal_ends,
                  [ch("a", 1, 1)]):
        assert _same_lines(chars) or chars is empty
    assert page_layout.text_lines([]) == []
    nan = [ch("a", 0, float("nan")), ch("b", 5, 0)]
    assert page_layout._native.lines(nan, 3.0, 3.0, {}) is None  # left to the Python loop
    assert page_layout.text_lines(nan) == page_layout.text_lines(nan, native=False)
    nan_end = [ch("a", 0, 0, float("nan")), ch("b", 5, 0, 9)]  # NaN in x1: min and max as Python's
    _same_lines(nan_end)
    with pytest.raises(KeyError):
        page_layout._native.lines([{"text": "a", "x0": 0.0}], 3.0, 3.0, {})
