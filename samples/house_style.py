"""Render MHHS governance "Minutes and Actions" PDFs in the programme's house style.

The renderer is deliberately data driven: everything a meeting says lives in one plain
``dict`` and :func:`render_minutes` turns it into an A4 PDF laid out like the published
minutes (running header and footer, meeting-details table, attendee and apologies tables,
action and decision tables, numbered minutes with bold ACTION / DECISION lines, voting
tables with ticks, voting-comment tables that run over page breaks). The output is
byte-for-byte deterministic (reportlab ``invariant=1``): the same dict always gives the
same file. Only reportlab and the DejaVu fonts shipped with the OS are used.

Meeting dict
------------
Required keys:

``id``            meeting number as printed, e.g. ``"DAG026"``.
``body``          full name of the group, e.g. ``"Design Advisory Group"``.
``abbr``          its abbreviation, e.g. ``"DAG"``.
``issue_date``    e.g. ``"19/07/2023"``.
``date_time``     e.g. ``"12 July 2023 10:00-13:30"``.

Optional keys (defaults in brackets):

``venue``            [``"Virtual – MS Teams"``]
``classification``   [``"Public"``]
``title``            [``"MHHS <body> (<abbr>) Minutes and Actions"``] the page-1 title.
``header_right``     [``"<body> (<abbr>) Minutes and Actions"``] running header, right.
``header_left``      [``"MHHS Programme"``] running header, left.
``doc_ref``          [``"MHHS-DEL0000"``] footer left reads ``"<doc_ref> <id> Minutes"``.
``attendees``        list of ``(group heading, [person, ...])``; the group headings used by
                     the programme are ``"Chair"``, ``"Industry Representatives"``,
                     ``"MHHS"`` and ``"Other Attendees"``.
``apologies``        list of persons (name and role; the name cell is printed as given).
``attendee_columns`` [``("Attendee", "Role")``]; ``apology_columns`` [``("Name", "Role")``].
``actions``          list of action rows, each a dict with keys ``area``, ``ref``, ``action``,
                     ``owner``, ``due``. Consecutive rows with the same ``area`` (or with
                     ``area`` ``None``) are merged into one vertically spanning (SPAN) Area
                     cell; a run taller than ~45% of a page is cut into several merged cells
                     that repeat the area, since reportlab cannot break a page inside a span.
``action_columns``   [``[("area", "Area"), ("ref", "Ref"), ("action", "Action"),
                     ("owner", "Owner"), ("due", "Due")]``]: the column order and header words.
``decisions``        list of dicts with keys ``area``, ``ref``, ``decision`` (Area cells merge
                     the same way).
``decision_columns`` [``[("area", "Area"), ("ref", "Dec Ref"), ("decision", "Decision")]``].
``vote_columns``     [``[("constituency", "Constituency"), ("for", "Approve"),
                     ("against", "Reject"), ("abstain", "Abstained")]``]: the tick columns
                     (``for`` / ``against`` / ``abstain``) must be adjacent.
``absent_text``      [``"Constituency representative not in attendance"``].
``comment_columns``  [``("Constituency", "Voting Comments")``].
``minutes``          list of blocks (see below).
``next_meeting``     text after the bold "Dates of next meeting:" line, e.g.
                     ``"09 August 2023 10am"`` (a list gives one line each); omitted if absent.

A *person* is either a ``(first cell, role)`` pair, printed verbatim (``("Catherine Duggan
(CD) (on behalf of David Yeoman)", "DNO Representative")``), or a dict with ``name``,
``role`` and optionally ``initials`` (printed in brackets, e.g. ``"CD"`` or ``"Chair"``),
``on_behalf_of`` (a name) and ``part`` (true adds ``"(part meeting)"``).

Minutes blocks are tuples whose first item names the kind:

``("h", "1. Welcome and Introductions")``   numbered section heading (bold).
``("p", text)``                             body paragraph.
``("b", text)``                             a bold line (sub-heading such as ``"CR024"``).
``("action", "DAG26-01", text)``            bold ``"ACTION DAG26-01: text"``.
``("decision", "DAG-DEC55", text)``         bold ``"DECISION DAG-DEC55: text"``.
``("vote", [(row label, position), ...])``  voting table; position is ``"for"``,
                                            ``"against"``, ``"abstain"`` or ``"absent"``.
``("comments", [(row label, comment), ...])`` voting-comments table (header repeats on a
                                            new page).
``("table", header, rows[, widths])``       any other ruled table (header bold).
``("list", [item, ...][, italic])``         numbered list, italic unless ``italic`` is false.
``("space", points)``                       vertical space (to steer page breaks).
``("pagebreak",)``                          start a new page.

Text in ``p``, ``b``, list items and table cells may use ``**bold**``, ``*italic*`` and
``[text](url)`` (a link); ``&``, ``<`` and ``>`` are escaped by the renderer, so write
them literally.

Layout notes: every table is ruled (GRID + BOX) so pdfplumber's line-based table finder sees
it; long tables break between rows and repeat their header row on the next page (a row is
only split inside itself when it is taller than a page). Bold text uses the font
``DejaVuSans-Bold`` and italic ``DejaVuSans-Oblique``, so ``char["fontname"]`` in pdfplumber
ends with those names. Headers sit in the top 1.5 cm and footers in the bottom 1.5 cm of
each page. Usage::

    import sys; sys.path.insert(0, "samples")
    from house_style import render_minutes
    pages = render_minutes({"id": "DAG099", "body": "Design Advisory Group", "abbr": "DAG",
                            "issue_date": "01/02/2024", "date_time": "24 January 2024 10:00-12:00",
                            "minutes": [("h", "1. Welcome and Introductions"), ("p", "...")]},
                           "/tmp/dag099.pdf")
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

__all__ = ["render_minutes", "TICK", "FONT", "FONT_BOLD", "FONT_ITALIC"]

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
TICK = "\u2713"  # ✓

PAGE_W, PAGE_H = A4
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.3 * cm
MARGIN_BOTTOM = 2.2 * cm
FRAME_W = PAGE_W - 2 * MARGIN_X

GRID_COLOUR = colors.HexColor("#404040")
HEAD_FILL = colors.HexColor("#D9E2F3")
GROUP_FILL = colors.HexColor("#F2F2F2")
LINK_COLOUR = "#0563C1"

DEFAULT_ACTION_COLUMNS = [("area", "Area"), ("ref", "Ref"), ("action", "Action"), ("owner", "Owner"),
                          ("due", "Due")]
DEFAULT_DECISION_COLUMNS = [("area", "Area"), ("ref", "Dec Ref"), ("decision", "Decision")]
DEFAULT_VOTE_COLUMNS = [("constituency", "Constituency"), ("for", "Approve"), ("against", "Reject"),
                        ("abstain", "Abstained")]
DEFAULT_ABSENT = "Constituency representative not in attendance"

# relative column widths by role (scaled to the frame width whatever the order)
ACTION_WIDTHS = {"area": 88, "ref": 62, "action": 178, "owner": 92, "due": 62}
DECISION_WIDTHS = {"area": 118, "ref": 70, "decision": 294}
TICK_COL_W = 70


# --------------------------------------------------------------------------- fonts and styles

def _register_fonts() -> None:
    registered = set(pdfmetrics.getRegisteredFontNames())
    files = {
        FONT: "DejaVuSans.ttf",
        FONT_BOLD: "DejaVuSans-Bold.ttf",
        FONT_ITALIC: "DejaVuSans-Oblique.ttf",
        FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    }
    for name, file in files.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD_ITALIC)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21,
                                alignment=TA_LEFT, spaceAfter=10, textColor=colors.HexColor("#1F3864")),
        "issue": ParagraphStyle("issue", parent=base, alignment=TA_LEFT, spaceAfter=8),
        "section": ParagraphStyle("section", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15,
                                  alignment=TA_LEFT, spaceBefore=10, spaceAfter=6,
                                  textColor=colors.HexColor("#1F3864")),
        "h": ParagraphStyle("h", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=13.5,
                            alignment=TA_LEFT, spaceBefore=8, spaceAfter=5),
        "p": base,
        "b": ParagraphStyle("b", parent=base, fontName=FONT_BOLD, alignment=TA_LEFT),
        "list": ParagraphStyle("list", parent=base, leftIndent=18, bulletIndent=4, spaceAfter=3,
                               alignment=TA_LEFT, bulletFontName=FONT, bulletFontSize=9.5),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5, alignment=TA_LEFT),
        "cell_b": ParagraphStyle("cell_b", fontName=FONT_BOLD, fontSize=8.5, leading=10.5, alignment=TA_LEFT),
        "tick": ParagraphStyle("tick", fontName=FONT, fontSize=10, leading=11, alignment=1),
    }


# --------------------------------------------------------------------------- inline markup

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")


def escape(text: str) -> str:
    """Escape the three characters reportlab's Paragraph markup treats specially."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str) -> str:
    """Plain text with **bold**, *italic* and [text](url) -> reportlab Paragraph markup."""
    out = escape(text)
    out = _LINK.sub(lambda m: f'<a href="{m.group(2)}" color="{LINK_COLOUR}"><u>{m.group(1)}</u></a>', out)
    out = _BOLD.sub(r"<b>\1</b>", out)
    out = _ITALIC.sub(r"<i>\1</i>", out)
    return out


# --------------------------------------------------------------------------- tables

def _grid_style(extra: Iterable[tuple] = (), header: bool = True) -> TableStyle:
    cmds: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.6, GRID_COLOUR),
        ("BOX", (0, 0), (-1, -1), 0.8, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
    cmds.extend(extra)
    return TableStyle(cmds)


def _scaled(widths: Sequence[float]) -> list[float]:
    total = float(sum(widths))
    return [FRAME_W * w / total for w in widths]


FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
MAX_SPAN_H = 0.45 * FRAME_H  # a merged (spanning) cell never covers more height than this
CELL_PAD_H = 7  # TOPPADDING + BOTTOMPADDING
CELL_PAD_W = 8  # LEFTPADDING + RIGHTPADDING


def _row_heights(rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> list[float]:
    """Estimated height of each row (the tallest wrapped cell plus padding)."""
    out = []
    for row in rows:
        tallest = 10.5
        for cell, w in zip(row, widths):
            if isinstance(cell, Paragraph):
                tallest = max(tallest, cell.wrap(w - CELL_PAD_W, 1e6)[1])
        out.append(tallest + CELL_PAD_H)
    return out


def _table(rows: list[list], widths: Sequence[float], extra: Iterable[tuple] = (), header: bool = True,
           repeat: bool = True) -> Table:
    """A ruled table. Rows split between pages (header row repeated); a row taller than a page
    may split inside itself, which reportlab only does when asked to."""
    tall = any(h > 0.9 * FRAME_H for h in _row_heights(rows, widths))
    table = Table(rows, colWidths=list(widths), repeatRows=1 if (header and repeat) else 0, hAlign="LEFT",
                  splitInRow=1 if tall else 0)
    table.setStyle(_grid_style(extra, header=header))
    return table


class _Renderer:
    def __init__(self, meeting: dict[str, Any]) -> None:
        self.m = meeting
        self.st = _styles()

    # -- small helpers
    def para(self, text: str, style: str = "p", **kw: Any) -> Paragraph:
        return Paragraph(markup(text), self.st[style], **kw)

    def cell(self, text: str | None, bold: bool = False) -> Paragraph | str:
        if text is None or text == "":
            return ""
        return Paragraph(markup(str(text)), self.st["cell_b" if bold else "cell"])

    def section(self, text: str) -> Paragraph:
        return Paragraph(markup(text), self.st["section"])

    def none_line(self, text: str = "None") -> Paragraph:
        return self.para(text)

    # -- page 1 blocks
    def title_block(self) -> list:
        m = self.m
        title = m.get("title") or f"MHHS {m['body']} ({m['abbr']}) Minutes and Actions"
        details = [
            ("Meeting number", m["id"]),
            ("Venue", m.get("venue", "Virtual – MS Teams")),
            ("Date and time", m["date_time"]),
            ("Classification", m.get("classification", "Public")),
        ]
        rows = [[self.cell(k, bold=True), self.cell(v)] for k, v in details]
        table = _table(rows, _scaled([150, 332]), [("BACKGROUND", (0, 0), (0, -1), GROUP_FILL)], header=False)
        return [
            Paragraph(markup(title), self._fitted(title, self.st["title"])),
            Paragraph(f"<b>Issue date:</b> {escape(m['issue_date'])}", self.st["issue"]),
            table,
        ]

    @staticmethod
    def _fitted(text: str, style: ParagraphStyle, smallest: float = 12) -> ParagraphStyle:
        """The title style, shrunk (down to ``smallest`` pt) so the title fits on one line."""
        width = pdfmetrics.stringWidth(text, style.fontName, style.fontSize)
        if width <= FRAME_W:
            return style
        size = max(smallest, int(style.fontSize * FRAME_W / width * 10) / 10)
        return ParagraphStyle("title_fitted", parent=style, fontSize=size, leading=size * 1.25)

    @staticmethod
    def person_cells(person: Any) -> tuple[str, str]:
        if isinstance(person, dict):
            text = person["name"]
            if person.get("initials"):
                text += f" ({person['initials']})"
            if person.get("on_behalf_of"):
                text += f" (on behalf of {person['on_behalf_of']})"
            if person.get("part"):
                text += " (part meeting)"
            return text, person.get("role", "")
        first, role = person
        return first, role

    def attendees_block(self) -> list:
        groups = self.m.get("attendees") or []
        head = self.m.get("attendee_columns", ("Attendee", "Role"))
        rows: list[list] = [[self.cell(head[0], True), self.cell(head[1], True)]]
        extra: list[tuple] = []
        for group, people in groups:
            r = len(rows)
            rows.append([self.cell(group, True), ""])
            extra += [("SPAN", (0, r), (1, r)), ("BACKGROUND", (0, r), (1, r), GROUP_FILL)]
            for person in people:
                first, role = self.person_cells(person)
                rows.append([self.cell(first), self.cell(role)])
        return [self.section("Attendees:"), _table(rows, _scaled([262, 220]), extra)]

    def apologies_block(self) -> list:
        people = self.m.get("apologies") or []
        out: list = [self.section("Apologies")]
        if not people:
            return out + [self.none_line()]
        head = self.m.get("apology_columns", ("Name", "Role"))
        rows: list[list] = [[self.cell(head[0], True), self.cell(head[1], True)]]
        for person in people:
            first, role = self.person_cells(person)
            rows.append([self.cell(first), self.cell(role)])
        return out + [_table(rows, _scaled([262, 220]))]

    def keyed_table(self, items: list[dict], columns: Sequence[tuple[str, str]],
                    widths: dict[str, float]) -> Table:
        """A ruled table with a header row; Area cells bold and merged (SPAN) over runs of rows
        with the same area (or area ``None``). A run taller than MAX_SPAN_H is cut into several
        merged cells, each repeating the area, because reportlab never splits a page inside a span."""
        keys = [k for k, _ in columns]
        col_w = _scaled([widths.get(k, 80) for k in keys])
        area_col = keys.index("area") if "area" in keys else None
        rows: list[list] = [[self.cell(label, True) for _, label in columns]]
        runs: list[list[int]] = []  # row indexes of each run of one area
        prev_area: str | None = None
        for item in items:
            area = item.get("area")
            if area is None and runs:
                area = prev_area
            rows.append([self.cell(area, bold=True) if k == "area" else self.cell(item.get(k)) for k in keys])
            if runs and area == prev_area:
                runs[-1].append(len(rows) - 1)
            else:
                runs.append([len(rows) - 1])
            prev_area = area
        extra: list[tuple] = []
        if area_col is not None:
            heights = _row_heights(rows, col_w)
            for run in runs:
                chunk: list[int] = []
                height = 0.0
                for r in run:
                    if chunk and height + heights[r] > MAX_SPAN_H:
                        extra += self._merge(rows, area_col, chunk)
                        chunk, height = [], 0.0
                    chunk.append(r)
                    height += heights[r]
                extra += self._merge(rows, area_col, chunk)
        return _table(rows, col_w, extra)

    @staticmethod
    def _merge(rows: list[list], col: int, chunk: list[int]) -> list[tuple]:
        """Blank the area cell of all but the first row of ``chunk`` and span it over them."""
        if len(chunk) < 2:
            return []
        for r in chunk[1:]:
            rows[r][col] = ""
        return [("SPAN", (col, chunk[0]), (col, chunk[-1]))]

    def actions_block(self) -> list:
        items = self.m.get("actions") or []
        out: list = [self.section("New / Outstanding Actions")]
        if not items:
            return out + [self.none_line("No new or outstanding actions.")]
        cols = self.m.get("action_columns", DEFAULT_ACTION_COLUMNS)
        return out + [self.keyed_table(items, cols, ACTION_WIDTHS)]

    def decisions_block(self) -> list:
        items = self.m.get("decisions") or []
        out: list = [self.section("Decisions")]
        if not items:
            return out + [self.none_line("No decisions recorded.")]
        cols = self.m.get("decision_columns", DEFAULT_DECISION_COLUMNS)
        return out + [self.keyed_table(items, cols, DECISION_WIDTHS)]

    # -- minutes blocks
    def vote_table(self, ballots: Sequence[tuple[str, str]]) -> Table:
        cols = self.m.get("vote_columns", DEFAULT_VOTE_COLUMNS)
        keys = [k for k, _ in cols]
        const_col = keys.index("constituency")
        tick_cols = [i for i, k in enumerate(keys) if k != "constituency"]
        if tick_cols != list(range(tick_cols[0], tick_cols[-1] + 1)):
            raise ValueError("vote_columns: the tick columns must be adjacent")
        absent_text = self.m.get("absent_text", DEFAULT_ABSENT)
        rows: list[list] = [[self.cell(label, True) for _, label in cols]]
        extra: list[tuple] = []
        for label, position in ballots:
            r = len(rows)
            row: list = [""] * len(keys)
            row[const_col] = self.cell(label)
            if position == "absent":
                row[tick_cols[0]] = self.cell(absent_text)
                extra.append(("SPAN", (tick_cols[0], r), (tick_cols[-1], r)))
            elif position in keys:
                row[keys.index(position)] = Paragraph(TICK, self.st["tick"])
            else:
                raise ValueError(f"unknown vote position {position!r} for {label!r}")
            rows.append(row)
        widths = [FRAME_W - TICK_COL_W * len(tick_cols) if k == "constituency" else TICK_COL_W for k in keys]
        return _table(rows, widths, extra)

    def comments_table(self, rows_in: Sequence[tuple[str, str]]) -> Table:
        head = self.m.get("comment_columns", ("Constituency", "Voting Comments"))
        rows: list[list] = [[self.cell(head[0], True), self.cell(head[1], True)]]
        for label, comment in rows_in:
            rows.append([self.cell(label), self.cell(comment)])
        return _table(rows, _scaled([150, 332]))

    def generic_table(self, header: Sequence[str], rows_in: Sequence[Sequence[str]],
                      widths: Sequence[float] | None = None) -> Table:
        rows: list[list] = [[self.cell(h, True) for h in header]]
        rows += [[self.cell(c) for c in r] for r in rows_in]
        return _table(rows, _scaled(widths or [1] * len(header)))

    def minutes_block(self) -> list:
        out: list = [self.section("Minutes")]
        pending_heading: Paragraph | None = None
        for block in self.m.get("minutes") or []:
            kind = block[0]
            if kind == "h":
                if pending_heading is not None:
                    out.append(pending_heading)
                pending_heading = Paragraph(markup(block[1]), self.st["h"])
                continue
            flows = self.minutes_flowables(block)
            if pending_heading is not None:
                # keep a heading with the first paragraph under it
                if flows and isinstance(flows[0], Paragraph):
                    out.append(KeepTogether([pending_heading, flows[0]]))
                    flows = flows[1:]
                else:
                    out.append(pending_heading)
                pending_heading = None
            out.extend(flows)
        if pending_heading is not None:
            out.append(pending_heading)
        nxt = self.m.get("next_meeting")
        if nxt:
            lines = [nxt] if isinstance(nxt, str) else list(nxt)
            out.append(KeepTogether([Spacer(1, 6), Paragraph("<b>Dates of next meeting:</b>", self.st["b"])]
                                    + [Paragraph(f"<b>{escape(x)}</b>", self.st["b"]) for x in lines]))
        return out

    def minutes_flowables(self, block: tuple) -> list:
        kind = block[0]
        if kind == "p":
            return [self.para(block[1])]
        if kind == "b":
            return [self.para(block[1], "b")]
        if kind == "action":
            return [Paragraph(f"<b>ACTION {escape(block[1])}: {markup(block[2])}</b>", self.st["b"])]
        if kind == "decision":
            return [Paragraph(f"<b>DECISION {escape(block[1])}: {markup(block[2])}</b>", self.st["b"])]
        if kind == "vote":
            return [self.vote_table(block[1]), Spacer(1, 8)]
        if kind == "comments":
            return [self.comments_table(block[1]), Spacer(1, 8)]
        if kind == "table":
            widths = block[3] if len(block) > 3 else None
            return [self.generic_table(block[1], block[2], widths), Spacer(1, 8)]
        if kind == "list":
            italic = block[2] if len(block) > 2 else True
            items = []
            for n, item in enumerate(block[1], start=1):
                text = markup(item)
                if italic:
                    text = f"<i>{text}</i>"
                items.append(Paragraph(text, self.st["list"], bulletText=f"{n}."))
            return items
        if kind == "space":
            return [Spacer(1, float(block[1]))]
        if kind == "pagebreak":
            return [PageBreak()]
        raise ValueError(f"unknown minutes block kind {kind!r}")

    def story(self) -> list:
        story: list = []
        story += self.title_block()
        story += self.attendees_block()
        story += self.apologies_block()
        story += self.actions_block()
        story += self.decisions_block()
        story += self.minutes_block()
        return story


# --------------------------------------------------------------------------- page furniture

def _page_furniture(meeting: dict[str, Any], total_pages: int):
    left_head = meeting.get("header_left", "MHHS Programme")
    right_head = meeting.get("header_right") or f"{meeting['body']} ({meeting['abbr']}) Minutes and Actions"
    left_foot = f"{meeting.get('doc_ref', 'MHHS-DEL0000')} {meeting['id']} Minutes"

    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#404040"))
        y_head = PAGE_H - 1.1 * cm
        canvas.drawString(MARGIN_X, y_head, left_head)
        canvas.drawRightString(PAGE_W - MARGIN_X, y_head, right_head)
        canvas.setStrokeColor(colors.HexColor("#808080"))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y_head - 4, PAGE_W - MARGIN_X, y_head - 4)
        y_foot = 1.0 * cm
        canvas.line(MARGIN_X, y_foot + 10, PAGE_W - MARGIN_X, y_foot + 10)
        canvas.drawString(MARGIN_X, y_foot, left_foot)
        canvas.drawCentredString(PAGE_W / 2, y_foot, "Classification: Public")
        canvas.drawRightString(PAGE_W - MARGIN_X, y_foot, f"Page {doc.page} of {total_pages}")
        canvas.restoreState()

    return draw


def _build(meeting: dict[str, Any], target: Any, total_pages: int) -> int:
    title = meeting.get("title") or f"MHHS {meeting['body']} ({meeting['abbr']}) Minutes and Actions"
    doc = BaseDocTemplate(
        target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"{title} {meeting['id']}", author="MHHS Programme",
        subject=f"{meeting['abbr']} minutes", creator="minutes-kg samples/house_style.py", invariant=1,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="minutes", frames=[frame],
                                       onPage=_page_furniture(meeting, total_pages))])
    doc.build(_Renderer(meeting).story())
    return doc.page


def render_minutes(meeting: dict[str, Any], out_path: str) -> int:
    """Render ``meeting`` (see the module docstring) to ``out_path``; return the page count.

    Two passes: the first counts the pages so the footer can say "Page N of M".
    """
    _register_fonts()
    pages = _build(meeting, io.BytesIO(), 0)
    final = _build(meeting, out_path, pages)
    if final != pages:  # the footer never changes the layout, but be safe
        final = _build(meeting, out_path, final)
    return final
