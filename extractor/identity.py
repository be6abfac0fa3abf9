"""Which meeting a minutes document records: body, number, date, time, venue, status, whatever the labels.

Read from a details table, key/value lines ("Meeting number: DAG031", "Date of meeting | 18 June
2024", "Mtg No: 12"), the title ("Design Advisory Group (DAG) Minutes", "MINUTES OF THE ORDINARY
MEETING OF HARBOURSIDE COUNCIL HELD ... ON TUESDAY, APRIL 8, 2025 COMMENCING AT 7.15PM"), a code
heading ("SGB 073") or an ordinal ("the 121st meeting"). docs/CONVENTIONS.md (record@2, Meeting
identity) says how the id is made from them.
"""

from __future__ import annotations

import re

from .dates import parse_date, parse_time_range
from .keys import slug
from .pdf_pages import Paragraph, ParsedPdf
from .sections import TITLE, Sections

# field -> label words (a line or cell starting with one of these, then ':' '|' '–' or nothing)
FIELDS = {
    "number": r"meeting\s+(?:number|no\.?|#|ref(?:erence)?)|mtg\.?\s+no\.?|meeting|panel\s+meeting(?:\s+no\.?)?"
              r"|meeting\s+id",
    "date": r"date\s+(?:and|&)\s+time|date\s+of\s+(?:the\s+)?meeting|meeting\s+date|date|when",
    "time": r"time",
    "venue": r"venue|location|place|where",
    "classification": r"classification|security classification",
    "issued": r"issue\s+date|date\s+issued|date\s+of\s+issue|issued(?:\s+on)?|circulated",
    "body": r"meeting\s+name|committee|group|body",
    "status": r"status|document\s+status",
}
_FIELD_RX = [(f, re.compile(rf"^\s*(?:{rx})\s*(?::|\||–|—|-(?=\s))?\s*(?P<value>\S.*)$", re.I))
             for f, rx in FIELDS.items()]
CODE = re.compile(r"\b([A-Z][A-Z&]{1,5})\s?-?(\d{2,4})\b")
NUMBER_LABELS = re.compile(
    r"\b(?:meeting\s+(?:no\.?|number|#)|mtg\.?\s+no\.?|meeting\s*#|workgroup\s+meeting|panel(?:\s+meeting)?"
    r"(?:\s+no\.?)?|meeting)\s*:?\s*#?\s*(\d{1,4})\b", re.I)
ORDINAL = re.compile(r"\b(?:the\s+)?\(?(\d{1,4})(?:st|nd|rd|th)\)?\s+(?:\w+\s+){0,2}meeting\b", re.I)
TITLE_SENTENCE = re.compile(
    r"\bminutes\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|session)\s+of\s+(?:the\s+)?(?P<body>.+?)"
    r"(?:\s+\((?P<abbr>[A-Z][A-Za-z&]{1,7})\))?\s+(?:held|which\s+took\s+place|on\b|at\b|,)", re.I | re.S)
TITLE_PLAIN = re.compile(
    r"^(?:MHHS\s+)?(?P<body>[A-Z][\w&,'’ -]{3,80}?)\s*(?:\((?P<abbr>[A-Z][A-Za-z&]{1,7})\))?\s*"
    r"(?:[-–—:]\s*)?(?:meeting\s+)?minutes\b", re.I)
MINUTES_OF_BODY = re.compile(r"^minutes\s*(?:[-–—:]|of)\s*(?:the\s+)?(?P<body>[A-Z][\w&,'’ -]{3,80}?)"
                             r"(?:\s+\((?P<abbr>[A-Z][A-Za-z&]{1,7})\))?(?:\s+meeting)?(?:\s*[-–—:,]|\s+(?:held|on)\b|$)",
                             re.I)
BODY_ABBR = re.compile(r"(?P<body>(?:[A-Z][\w&’'-]*\s+){1,7}?(?:Group|Board|Panel|Committee|Council|Forum|"
                       r"Workgroup|Working Group|Assembly|Authority|Trust|Steering Group|Sub-?committee))\s*"
                       r"\((?P<abbr>[A-Z][A-Za-z&]{1,7})\)")
DRAFT = re.compile(r"\b(draft|unapproved|unconfirmed|not an official record|subject to (?:approval|confirmation))\b",
                   re.I)
APPROVED = re.compile(r"\b(confirmed minutes|\(confirmed\)|approved minutes|as (?:corrected &|corrected and )?"
                      r"approved|final(?: meeting)? minutes|- final)\b", re.I)


def _lines(s: Sections, parsed: ParsedPdf) -> list[tuple[str, int]]:
    """(text, page) of the front matter's lines and the first page's paragraphs, in order."""
    out: list[tuple[str, int]] = []
    seen: set[int] = set()
    for b in ([s.title] if s.title else []) + s.front + [b for b in parsed.blocks if b.page == 1]:
        if isinstance(b, Paragraph) and id(b) not in seen:
            seen.add(id(b))
            out.extend((ln.text, ln.page) for ln in b.lines)
            if len(b.lines) > 1:
                out.append((b.text, b.page))
    return out


def _fields(s: Sections, parsed: ParsedPdf) -> dict[str, tuple[str, int]]:
    fields: dict[str, tuple[str, int]] = {}
    for t in s.details:
        for row in t.rows:
            cells = [c for c in row if c]
            if len(cells) >= 2:
                _match_field(f"{cells[0]}: {' '.join(cells[1:])}", t.page, fields)
    for text, page in _lines(s, parsed):
        if len(text) < 160:
            _match_field(text, page, fields)
    return fields


def _match_field(text: str, page: int, fields: dict) -> None:
    for name, rx in _FIELD_RX:
        m = rx.match(text)
        if m and name not in fields:
            value = m.group("value").strip()
            if name == "number" and not re.search(r"\d", value):
                continue
            if name in ("date", "issued") and not parse_date(value):
                continue
            if name == "time" and parse_time_range(value) == (None, None):
                continue
            if name == "body" and (len(value) > 80 or re.search(r"\d", value)):
                continue
            fields[name] = (value, page)
            return


def _title_texts(s: Sections, parsed: ParsedPdf) -> list[Paragraph]:
    """The title: the TITLE paragraph, else the largest-type paragraphs near the top of page 1."""
    if s.title:
        return [s.title]
    first = [b for b in parsed.blocks[:12] if isinstance(b, Paragraph) and b.page == 1]
    if not first:
        return []
    big = max(b.size for b in first)
    return [b for b in first if b.size >= big - 0.5 and len(b.text) < 300][:3] + \
        [b for b in first if re.search(r"\bminutes\b", b.text, re.I) and len(b.text) < 300][:2]


def _clean_body(body: str) -> str:
    body = re.sub(r"\s+", " ", body).strip(" ,.-–:")
    body = re.sub(r"^(?:MHHS\s+)", "", body)
    body = re.sub(r"\s+(?:meeting|minutes(?: and actions)?)$", "", body, flags=re.I)
    if body.isupper():
        body = " ".join(w if len(w) <= 4 and w not in {"OF", "THE", "AND", "FOR"} else w.capitalize()
                        for w in body.split())
        body = re.sub(r"\b(Of|The|And|For)\b", lambda m: m.group(1).lower(), body)
    return body


def read_meeting(s: Sections, parsed: ParsedPdf) -> tuple[dict, list[dict]]:
    """Meeting metadata and its evidence."""
    meeting: dict = {"id": None, "body": None, "body_abbrev": None, "number": None, "date": None, "start": None,
                     "end": None, "venue": None, "classification": None, "issued": None, "next_meeting": None,
                     "status": None}
    evidence: list[dict] = []

    def cite(page: int, quote: str) -> None:
        ev = {"page": page, "quote": quote}
        if ev not in evidence:
            evidence.append(ev)

    titles = _title_texts(s, parsed)
    for t in titles:
        text = re.sub(r"\s+", " ", t.text)
        for rx in (TITLE, TITLE_SENTENCE, MINUTES_OF_BODY, TITLE_PLAIN):
            m = rx.search(text) if rx is not TITLE_PLAIN else rx.match(text)
            if m and m.group("body") and len(_clean_body(m.group("body"))) > 2:
                meeting["body"] = meeting["body"] or _clean_body(m.group("body"))
                meeting["body_abbrev"] = meeting["body_abbrev"] or m.groupdict().get("abbr")
                cite(t.page, t.text)
                break
        if meeting["date"] is None and re.search(r"\bheld\b|\bon\b", text, re.I) and parse_date(text):
            meeting["date"] = parse_date(text)
            meeting["start"], meeting["end"] = parse_time_range(re.sub(r".*\b(?:commencing|starting|at)\b", "",
                                                                       text, flags=re.I))
            cite(t.page, t.text)
    lines = _lines(s, parsed)
    fields = _fields(s, parsed)
    if meeting["body"] is None and "body" in fields:
        meeting["body"] = _clean_body(fields["body"][0])
    for text, _page in lines:  # "Design Advisory Group (DAG)" anywhere on the first page
        m = BODY_ABBR.search(text)
        if m and (meeting["body_abbrev"] is None or meeting["body"] is None):
            if meeting["body"] is None or slug(meeting["body"]) in slug(m.group("body")) \
                    or slug(m.group("body")) in slug(meeting["body"]):
                meeting["body"] = meeting["body"] or _clean_body(m.group("body"))
                meeting["body_abbrev"] = meeting["body_abbrev"] or m.group("abbr")

    # the number: a labelled field, a code heading, a label in the text, an ordinal
    if "number" in fields:
        value, page = fields["number"]
        m = CODE.search(value)
        if m and (meeting["body_abbrev"] in (None, m.group(1))):
            meeting["number"], meeting["body_abbrev"] = m.group(2), meeting["body_abbrev"] or m.group(1)
        else:
            num = re.search(r"\d{1,4}", value)
            meeting["number"] = num.group(0) if num else None
        cite(page, value)
    if meeting["number"] is None:
        for text, page in lines:
            if len(text) > 200:
                continue
            m = CODE.match(text.strip())
            if m and (meeting["body_abbrev"] in (None, m.group(1))) and not re.match(r"(?i)page\b", text):
                meeting["number"], meeting["body_abbrev"] = m.group(2), m.group(1)
                cite(page, text)
                break
            m = NUMBER_LABELS.search(text) or ORDINAL.search(text)
            if m and not re.search(r"\b(?:next|previous|last)\s+meeting", text[:m.start() + 20], re.I):
                meeting["number"] = m.group(1)
                cite(page, text)
                break
    # date, time, venue, classification, issue date, status
    for name in ("date", "time", "venue", "classification", "issued", "status"):
        if name not in fields:
            continue
        value, page = fields[name]
        if name == "date":
            if meeting["date"] is None:
                meeting["date"] = parse_date(value)
            if meeting["start"] is None:
                meeting["start"], meeting["end"] = parse_time_range(_after_date(value))
        elif name == "time":
            if meeting["start"] is None:
                meeting["start"], meeting["end"] = parse_time_range(value)
        elif name == "issued":
            meeting["issued"] = parse_date(value)
        elif name == "status":
            meeting["status"] = _status(value)
        else:
            meeting[name] = value
        cite(page, value)
    if meeting["date"] is None:
        for text, page in lines[:25]:
            if re.search(r"(?i)\b(?:issue|issued|circulated|moved from|next meeting|approved|confirmed)\b", text):
                continue
            d = parse_date(text)
            if d:
                meeting["date"] = d
                cite(page, text)
                if meeting["start"] is None:
                    meeting["start"], meeting["end"] = parse_time_range(_after_date(text))
                break
    if meeting["status"] is None:
        meeting["status"] = _document_status(lines, parsed.header_footer)
    _next_meeting(s, meeting, cite)
    meeting["id"] = meeting_id(meeting)
    return meeting, evidence


def _after_date(text: str) -> str:
    """The part of a 'date and time' value after its date, so a day number is not read as an hour."""
    from .dates import all_dates

    found = all_dates(text)
    if not found:
        return text
    i = text.find(found[0][0])
    return text[i + len(found[0][0]):]


def _status(value: str) -> str | None:
    if DRAFT.search(value):
        return "draft"
    if APPROVED.search(value) or re.search(r"\b(approved|final|confirmed)\b", value, re.I):
        return "approved"
    return None


def _document_status(lines: list[tuple[str, int]], header_footer: list[str]) -> str | None:
    for text in [t for t, _ in lines[:20]] + list(header_footer):
        if len(text) < 120 and DRAFT.search(text):
            return "draft"
        if len(text) < 120 and APPROVED.search(text):
            return "approved"
    return None


def _next_meeting(s: Sections, meeting: dict, cite) -> None:
    """The paragraph after 'Date(s) of next meeting'."""
    blocks = [b for it in s.items for b in it.blocks if isinstance(b, Paragraph)]
    heads = [it for it in s.items if re.search(r"dates? of (?:the )?next meeting", it.title, re.I)]
    for i, b in enumerate(blocks):
        if re.search(r"dates? of (?:the )?next meeting|next meeting (?:will|is|to) be", b.text, re.I):
            rest = re.sub(r".*next meeting:?", "", b.text, flags=re.I)
            d = parse_date(rest) or (parse_date(blocks[i + 1].text) if i + 1 < len(blocks) else None)
            if d:
                meeting["next_meeting"] = d
                cite(b.page if parse_date(rest) else blocks[i + 1].page,
                     b.text if parse_date(rest) else blocks[i + 1].text)
            return
    for it in heads:
        for b in it.blocks:
            if isinstance(b, Paragraph) and parse_date(b.text):
                meeting["next_meeting"] = parse_date(b.text)
                cite(b.page, b.text)
                return


def meeting_id(meeting: dict) -> str | None:
    """'DAG026'; 'HARBOUR-BOARD-12' with a number but no abbreviation; 'HARBOUR-BOARD-2025-04-08' by date."""
    abbr, number = meeting["body_abbrev"], meeting["number"]
    if abbr and number:
        return f"{abbr}{number}"
    head = abbr or (slug(meeting["body"]).upper() if meeting["body"] else None)
    if head and number:
        return f"{head}-{number}"
    if meeting["date"]:
        return f"{head or 'MEETING'}-{meeting['date']}"
    return None
