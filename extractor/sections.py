"""Split the block stream into the parts of a minutes document and read its metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import parse_date, parse_time_range
from .pdf_pages import Paragraph, ParsedPdf, TableBlock
from .tables import classify

HEADINGS = [
    ("attendees", re.compile(r"^attendees:?$", re.I)),
    ("apologies", re.compile(r"^apologies:?$", re.I)),
    ("actions", re.compile(r"^((new|outstanding|new\s*/\s*outstanding)\s+)?actions:?$", re.I)),
    ("decisions", re.compile(r"^decisions:?$", re.I)),
    ("minutes", re.compile(r"^minutes:?$", re.I)),
]
ITEM = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
TITLE = re.compile(r"(?:MHHS\s+)?(?P<body>[A-Z][A-Za-z&,\- ]+?)\s*\((?P<abbr>[A-Z]{2,6})\)\s+Minutes", re.I)
MEETING_ID = re.compile(r"\b([A-Z]{2,6})\s?-?(\d{2,4})\b")


@dataclass
class Item:
    """An agenda item of the Minutes part: '5. CR027 Impact Assessment'."""

    number: str
    title: str
    page: int
    blocks: list = field(default_factory=list)


@dataclass
class Sections:
    title: Paragraph | None = None
    front: list = field(default_factory=list)  # blocks before the attendees
    attendees: list[TableBlock] = field(default_factory=list)
    apologies: list[TableBlock] = field(default_factory=list)
    actions: list[TableBlock] = field(default_factory=list)
    decisions: list[TableBlock] = field(default_factory=list)
    details: list[TableBlock] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    found_headings: set[str] = field(default_factory=set)


def split_sections(parsed: ParsedPdf) -> Sections:
    s = Sections()
    part = "front"
    item: Item | None = None
    for b in parsed.blocks:
        if isinstance(b, Paragraph):
            text = b.text.strip()
            heading = next((name for name, rx in HEADINGS if rx.match(text)), None)
            if heading and len(text) < 40:
                part = heading
                s.found_headings.add(heading)
                continue
            if s.title is None and TITLE.search(text) and b.page == 1:
                s.title = b
                continue
            m = ITEM.match(text)
            if part == "minutes" and m and b.bold and len(text) < 120:
                item = Item(m.group(1), m.group(2).strip(), b.page)
                s.items.append(item)
                continue
            if part == "minutes":
                if item is None:
                    item = Item("0", "", b.page)
                    s.items.append(item)
                item.blocks.append(b)
            elif part == "front":
                s.front.append(b)
            continue
        kind = classify(b)
        if kind == "details":
            s.details.append(b)
        elif part in ("attendees", "apologies") and kind == "other":
            getattr(s, part).append(b)
        elif kind == "actions" and part != "minutes":
            s.actions.append(b)
        elif kind == "decisions" and part != "minutes":
            s.decisions.append(b)
        elif part == "minutes" and item is not None:
            item.blocks.append(b)
        elif part == "minutes":
            item = Item("0", "", b.page)
            s.items.append(item)
            item.blocks.append(b)
        else:
            s.front.append(b)
    return s


def read_meeting(s: Sections, parsed: ParsedPdf) -> tuple[dict, list[dict]]:
    """Meeting metadata and its evidence."""
    meeting = {"id": None, "body": None, "body_abbrev": None, "number": None, "date": None, "start": None,
               "end": None, "venue": None, "classification": None, "issued": None, "next_meeting": None}
    evidence: list[dict] = []
    if s.title:
        m = TITLE.search(s.title.text)
        meeting["body"] = m.group("body").strip()
        meeting["body_abbrev"] = m.group("abbr")
        evidence.append({"page": s.title.page, "quote": s.title.text})
    fields: dict[str, tuple[str, int]] = {}
    for t in s.details:
        for row in t.rows:
            cells = [c for c in row if c]
            if len(cells) >= 2:
                fields[cells[0].lower().rstrip(":")] = (" ".join(cells[1:]), t.page)
    for b in s.front:
        if isinstance(b, Paragraph):
            m = re.match(r"^(issue date|meeting number|venue|date and time|classification)\s*:?\s*(.+)$",
                         b.text, re.I)
            if m:
                fields.setdefault(m.group(1).lower(), (m.group(2).strip(), b.page))
    for label, (value, page) in fields.items():
        if label.startswith("meeting number"):
            mm = MEETING_ID.search(value)
            if mm:
                meeting["id"] = f"{mm.group(1)}{mm.group(2)}"
                meeting["number"] = mm.group(2)
                meeting["body_abbrev"] = meeting["body_abbrev"] or mm.group(1)
        elif label.startswith("venue"):
            meeting["venue"] = value
        elif label.startswith("date"):
            meeting["date"] = parse_date(value)
            meeting["start"], meeting["end"] = parse_time_range(value)
        elif label.startswith("classification"):
            meeting["classification"] = value
        elif label.startswith("issue"):
            meeting["issued"] = parse_date(value)
        else:
            continue
        evidence.append({"page": page, "quote": f"{value}"})
    # next meeting: the paragraph after "Date(s) of next meeting"
    blocks = [b for it in s.items for b in it.blocks if isinstance(b, Paragraph)]
    for i, b in enumerate(blocks):
        if re.search(r"dates? of (the )?next meeting", b.text, re.I):
            rest = re.sub(r".*next meeting:?", "", b.text, flags=re.I)
            d = parse_date(rest) or (parse_date(blocks[i + 1].text) if i + 1 < len(blocks) else None)
            if d:
                meeting["next_meeting"] = d
                src = b if parse_date(rest) else blocks[i + 1]
                evidence.append({"page": src.page, "quote": src.text})
            break
    return meeting, evidence
