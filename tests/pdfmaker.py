"""Small real PDFs for tests of one layout form: paragraphs, bold lines, ruled tables (reportlab).

    from pdfmaker import make_pdf, B, T
    path = make_pdf(tmp_path / "x.pdf", [
        B("Minutes of the Harbour Board meeting held on 3 March 2025"),
        "Present: Cllr A Lutz (Chair), Cllr B Roe and Mrs C Dean.",
        T([["Ref", "Action", "Owner", "Due"], ["HB1-01", "Circulate the plan", "AL", "ASAP"]]),
        PAGE,                     # a page break
        ("Text in another font", "Helvetica"),   # (text, registered font name)
    ])

Strings are plain paragraphs (one per line; "\\n" inside a string starts a new line of the same
paragraph); ``B(text)`` is bold; ``T(rows)`` a ruled table (first row bold as a header).
The file is written with invariant=1, so the same story gives the same bytes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

DEJAVU = "/usr/share/fonts/truetype/dejavu"
_FONTS = {"body": ("TestSans", "DejaVuSans.ttf"), "bold": ("TestSans-Bold", "DejaVuSans-Bold.ttf")}


@dataclass
class B:
    text: str


@dataclass
class T:
    rows: list[list[str]]
    header: bool = True


PAGE = object()


def _register() -> None:
    for name, file in _FONTS.values():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, os.path.join(DEJAVU, file)))


def _style(bold: bool = False, font: str | None = None) -> ParagraphStyle:
    name = font or (_FONTS["bold"][0] if bold else _FONTS["body"][0])
    return ParagraphStyle(name + str(bold), fontName=name, fontSize=10, leading=13, spaceAfter=6)


def _para(text: str, bold: bool = False, font: str | None = None) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), _style(bold, font))


def _table(t: T) -> Table:
    rows = [[_para(c or "", bold=t.header and r == 0) for c in row] for r, row in enumerate(t.rows)]
    table = Table(rows, repeatRows=1 if t.header else 0)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def make_pdf(path: str | Path, story: list) -> Path:
    """Write ``story`` as an A4 PDF at ``path`` and return the path."""
    _register()
    flow: list = []
    for item in story:
        if item is PAGE:
            flow.append(PageBreak())
        elif isinstance(item, B):
            flow.append(_para(item.text, bold=True))
        elif isinstance(item, T):
            flow.append(_table(item))
        elif isinstance(item, tuple):
            flow.append(_para(item[0], font=item[1]))
        else:
            flow.append(_para(str(item)))
    path = Path(path)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1)
    doc.build(flow)
    return path
