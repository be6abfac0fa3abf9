"""Which meeting a minutes document records: body, number, date, time, venue, status, whatever the labels.

Read from a details table, key/value lines ("Meeting number: DAG031", "Date of meeting | 18 June
2024", "Mtg No: 12"), the title ("Design Advisory Group (DAG) Minutes", "MINUTES OF THE ORDINARY
MEETING OF HARBOURSIDE COUNCIL HELD ... ON TUESDAY, APRIL 8, 2025 COMMENCING AT 7.15PM"), a code
heading ("SGB 073") or an ordinal ("the 121st meeting"). docs/CONVENTIONS.md (record@2, Meeting
identity) says how the id is made from them.
"""

from __future__ import annotations

import re
from collections import Counter

from .dates import parse_date, parse_time_range
from .entities import text_units
from .keys import slug
from .pdf_pages import Paragraph, ParsedPdf
from .sections import TITLE, Sections

# field -> label words (a line or cell starting with one of these, then ':' '|' '–' or nothing)
# field -> (labels that may stand alone before the value, labels that need a ':' '|' or dash after them);
# every value is checked for what it must hold (a date, a time, a number, a name)
FIELDS = {
    "number": (r"meeting\s+(?:number|no\.?|#|ref(?:erence)?|id)|mtg\.?\s+no\.?|panel\s+meeting(?:\s+no\.?)?",
               r"meeting"),
    "date": (r"date\s+(?:and|&)\s+time|date\s+of\s+(?:the\s+)?meeting|meeting\s+date|date|held(?:\s+on)?", r"when"),
    "time": (r"time\s+of\s+(?:the\s+)?meeting|times?", r"$^"),
    "venue": (r"venue|location", r"place|where"),
    "classification": (r"(?:security\s+)?classification|circulation", r"$^"),
    "issued": (r"issue\s+date|date\s+issued|date\s+of\s+issue|posted(?:\s+by\s+(?:the\s+)?[\w-]+)?\s+on",
               r"issued(?:\s+on)?|circulated"),
    "body": (r"meeting\s+name|name\s+of\s+(?:the\s+)?meeting", r"committee|group|body"),
    "status": (r"(?:document\s+|record\s+|minutes\s+)?status", r"$^"),
}
_SEP = r"\s*(?::|\||–|—|-(?=\s))"
_COLON = r"\s*(?::|\|)"  # what a generic label ("Meeting", "Group") needs after it to be a label
_FIELD_RX = [(f, re.compile(rf"^\s*(?:(?:{free})\b{_SEP}?|(?:{bound}){_COLON})\s*(?P<value>\S.*)$", re.I))
             for f, (free, bound) in FIELDS.items()]
# where a 'Label:' starts inside a line that holds several ("Meeting name: X  Date: 24/06/2025  Time: ...")
_LABEL_START = re.compile(r"(?<=\s)(?=(?:" + "|".join(f"{free}|{bound}" for free, bound in FIELDS.values())
                          + rf"){_COLON})", re.I)
CODE = re.compile(r"\b([A-Z][A-Z&]{1,5})\s?-?(\d{4}/\d{1,3}|\d{2,4})\b(?![/.]\d)")  # "SGB 073", "GCRP 2025/05"
# a heading that is a body's code and a number: "SGB 073", "DAG026 Minutes", "PSG 14 – Minutes and Actions"
CODE_HEADING = re.compile(r"^(?!(?:ACTION|ITEM|MINUTE|PAGE|PAPER|ROOM|APPENDIX|ANNEX|TABLE|FIGURE|SECTION|PART|"
                          r"AGENDA|NOTE|DECISION|RESOLUTION)\b)([A-Z][A-Z&]{1,5})\s?-?(\d{2,4})"
                          r"(?:\s*(?:[-–—:|]\s*)?(?:minutes|meeting|notes)\b.*)?$", re.I)
NUMBER_LABELS = re.compile(
    r"\b(?:meeting\s+(?:no\.?|number|#)|mtg\.?\s+no\.?|meeting\s*#|workgroup\s+meeting|panel(?:\s+meeting)?"
    r"(?:\s+no\.?)?|meeting)\s*:?\s*#?\s*(\d{1,4})\b", re.I)
ORDINAL = re.compile(r"\b(?:the\s+)?\(?(\d{1,4})(?:st|nd|rd|th)\)?\s+(?:\w+\s+){0,2}meeting\b", re.I)
TITLE_SENTENCE = re.compile(
    r"(?:\bminutes\s+of\s+(?:the\s+)?|^)(?:[\w-]+\s+){0,3}?(?:meeting|session)\s+of\s+(?:the\s+)?(?P<body>.+?)"
    r"(?:\s+\((?P<abbr>[A-Z][A-Za-z&]{1,7})\))?\s+(?:held|which\s+took\s+place|on\b|at\b|,)", re.I | re.S)
TITLE_PLAIN = re.compile(
    r"^(?:MHHS\s+)?(?P<body>[A-Z][\w&,'’ -]{3,80}?)\s*(?:\((?P<abbr>[A-Z][A-Za-z&]{1,7})\))?\s*"
    r"(?:[-–—:]\s*)?(?:meeting\s+)?minutes(?:\s+and\s+actions)?\s*(?:$|[-–—:|(,]|\s+(?:of|for|from)\b|\s+\d)", re.I)
MINUTES_OF_BODY = re.compile(r"^minutes\s*(?:[-–—:]|of)\s*(?:the\s+)?(?P<body>[A-Z][\w&,'’ -]{3,80}?)"
                             r"(?:\s+\((?P<abbr>[A-Z][A-Za-z&]{1,7})\))?(?:\s+meeting)?(?:\s*[-–—:,]|\s+(?:held|on)\b|$)",
                             re.I)
BODY_ABBR = re.compile(r"(?P<body>(?:[A-Z][\w&’'-]*\s+){1,7}?(?:Group|Board|Panel|Committee|Council|Forum|"
                       r"Workgroup|Working Group|Assembly|Authority|Trust|Steering Group|Sub-?committee|Association|"
                       r"Society|Partnership|Commission|Federation|Institute|Club|Union|Alliance|Consortium|Agency|"
                       r"Network))\s*"
                       r"\((?P<abbr>[A-Z][A-Za-z&]{1,7})\)")
DRAFT = re.compile(r"\b(draft|unapproved|unconfirmed|not an official record|subject to (?:approval|confirmation))\b",
                   re.I)
APPROVED = re.compile(r"\b(confirmed minutes|\(confirmed\)|approved minutes|as (?:corrected &|corrected and )?"
                      r"approved|final(?: meeting)? minutes|- final)\b", re.I)


def _lines(s: Sections, parsed: ParsedPdf) -> list[tuple[str, int]]:
    """(text, page) of the front matter's lines and the first page's paragraphs, in order, then the running
    header and footer (some minutes state their number or date only there), page counters cut off."""
    out: list[tuple[str, int]] = []
    seen: set[int] = set()
    for b in ([s.title] if s.title else []) + s.front + [b for b in parsed.blocks if b.page == 1]:
        if isinstance(b, Paragraph) and id(b) not in seen:
            seen.add(id(b))
            out.extend((ln.text, ln.page) for ln in b.lines)
            if len(b.lines) > 1:
                out.append((b.text, b.page))
    return out[:80] + [(t, 1) for t in _furniture(parsed)]


def _furniture(parsed: ParsedPdf) -> list[str]:
    out = []
    for text in parsed.furniture:
        text = re.sub(r"(?i)\s*(?:page\s+)?\d+\s+(?:of|/)\s+\d+\s*$|\s*(?:-\s*)?page\s+\d+\s*-?\s*$", "", text).strip()
        if text and text not in out:
            out.append(text)
    return out


def _fields(s: Sections, parsed: ParsedPdf) -> dict[str, tuple[str, int]]:
    fields: dict[str, tuple[str, int]] = {}
    for t in s.details:
        for row in t.rows:
            cells = [c for c in row if c]
            if len(cells) >= 2:
                _match_field(f"{cells[0]}: {' '.join(cells[1:])}", t.page, fields)
    for text, page in _lines(s, parsed):
        if len(text) < 200:
            for segment in _segments(text):
                _match_field(segment, page, fields)
    return fields


def _segments(text: str) -> list[str]:
    """'Meeting name: X Date: 24/06/2025 Time: 09:30' -> one 'Label: value' each; a label's own first word
    ('Issue' of 'Issue date:') stays with it."""
    out: list[str] = []
    carry = ""
    for part in _LABEL_START.split(text):
        part = carry + part
        carry = ""
        if not re.search(r"[:|]", part) and len(part.split()) <= 2 and not re.search(r"\d", part):
            carry = part
            continue
        out.append(part.strip())
    if carry:
        out.append(carry.strip())
    return out


def _match_field(text: str, page: int, fields: dict) -> None:
    for name, rx in _FIELD_RX:
        m = rx.match(text)
        if m and name not in fields:
            value = m.group("value").strip()
            if name == "number" and (not re.search(r"\d", value) or re.match(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3}",
                                                                              value) and parse_date(value)):
                continue  # "Meeting – 11 March 2025": a date, not a number
            if name in ("date", "issued") and not parse_date(value):
                continue
            if name == "time" and parse_time_range(value) == (None, None):
                continue
            if name == "body":  # "GC0191/192/193 Workgroup meeting 2": the number is the meeting's
                value = re.sub(r"\s+(?:meeting|mtg\.?)\s*(?:no\.?\s*)?#?\s*\d+\s*$", "", value, flags=re.I)
                if len(value) > 80 or not re.search(r"[A-Za-z]{3}", value):
                    continue
            if name == "venue":
                value = re.sub(r"\.?\s*View directions\s*$", "", value)  # a web meeting system's link
            fields[name] = (value, page)
            return


def _title_texts(s: Sections, parsed: ParsedPdf) -> list[Paragraph]:
    """The title: the TITLE paragraph, else the largest-type paragraphs near the top of page 1."""
    if s.title:
        return [s.title]
    front = [b for b in s.head if isinstance(b, Paragraph) and b.page == 1] or \
        [b for b in parsed.blocks[:6] if isinstance(b, Paragraph) and b.page == 1]
    first = [b for b in front[:14] if len(b.text) < 300]
    if not first:
        return []
    sizes: Counter = Counter()
    for b in parsed.blocks:
        if isinstance(b, Paragraph):
            sizes[round(b.size)] += len(b.text)
    body_size = sizes.most_common(1)[0][0]  # the size most of the document's text is set in
    larger = [b for b in first if b.size >= body_size + 1 or b.bold and len(b.text) < 200]
    said = [b for b in first if re.search(r"\bminutes\b", b.text, re.I) and b not in larger]
    return sorted(larger, key=lambda b: -b.size)[:5] + said[:2]


GENERIC_BODY = re.compile(r"^(?:the\s+)?(?:meeting|minutes|agenda(?:\s+and)?|notes|draft|record|meeting minutes|"
                          r"minutes and actions|action notes|summary)$", re.I)
BODY_DATE = re.compile(r"^(?:MHHS\s+)?(?P<body>[A-Z][\w&,'’ -]{3,80}?)\s+[-–—]\s+(?:(?:mon|tues|wednes|thurs|fri|satur|"
                       r"sun)day,?\s+)?\d{1,2}", re.I)


BODY_MEETING = re.compile(r"^(?:MHHS\s+)?(?P<body>[A-Z][\w&,'’ -]{3,80}?)\s*[-–—:,|]\s*(?:meeting|mtg\.?)\s+"
                          r"(?:no\.?\s*)?#?\d{1,4}\s*$", re.I)  # "CUSC Modifications Panel – Meeting 318"


def _uncapped(text: str) -> str:
    """An all-capitals line in title case, so that names in it read as names."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 6 and sum(c.isupper() for c in letters) / len(letters) > 0.9:
        return re.sub(r"[A-Za-z][A-Za-z'’]*", lambda m: m.group(0) if len(m.group(0)) <= 1 or (
            len(m.group(0)) <= 5 and m.group(0).isupper() and m.group(0) not in _TITLE_WORDS)
            else m.group(0).capitalize(), text)
    return text


_TITLE_WORDS = {"OF", "THE", "AND", "FOR", "HELD", "ON", "IN", "AT", "MEETING", "BOARD", "GROUP", "PANEL", "CODE",
                "TOWN", "CITY", "HALL", "ROOM", "HOUSE", "NO", "ITEM", "TIME", "DATE", "WITH", "OPEN", "PART", "ONE",
                "FORUM", "TRUST", "CLUB", "BY", "VIA", "FROM", "TO", "AN", "A"}


def _title_body(text: str) -> tuple[str, str | None] | None:
    """(body, abbreviation) named by a title line, else None."""
    plain = _uncapped(text)
    for rx in (TITLE, TITLE_SENTENCE, MINUTES_OF_BODY, BODY_ABBR, BODY_DATE, BODY_MEETING, TITLE_PLAIN):
        m = rx.match(plain) if rx in (TITLE_PLAIN, BODY_DATE, BODY_MEETING) else rx.search(plain)
        if not m or not m.group("body"):
            continue
        body = _clean_body(m.group("body"))
        if len(body) > 2 and not GENERIC_BODY.match(body) and not re.search(r"(?i)\b(?:agenda|minutes)\b", body) \
                and not MEETING_DESIGNATION.match(body):
            return body, m.groupdict().get("abbr")
    return None


# "Panel Meeting 58", "Meeting No. 12": the meeting, not the body that meets
MEETING_DESIGNATION = re.compile(r"(?i)^(?:[\w-]+\s+){0,2}meeting\s+(?:no\.?\s*)?#?\d+$")
# a body named only by its kind: the organisation's name beside it says whose it is
GOVERNANCE_ONLY = re.compile(r"(?i)^(?:the\s+)?(?:(?:annual\s+)?general\s+meeting|(?:board|council|committee|court|"
                             r"senate|assembly)(?:\s+of\s+(?:trustees|directors|governors|management))?|"
                             r"(?:trustees|directors|governors)(?:'|’)?\s+meeting)$")


def _is_name_line(text: str) -> bool:
    """'BALANCING CODE PANEL': a short name with no digits and no sentence in it."""
    t = text.strip()
    return (0 < len(t.split()) <= 8 and not re.search(r"[\d.:;,]", t) and not GENERIC_BODY.match(t)
            and not re.search(r"(?i)\b(?:agenda|minutes|draft)\b", t) and t[:1].isupper())


def _title_venue(text: str) -> str | None:
    """The place a title sentence names: 'held in the Council Chamber, Market Hall on ...', '... at 10.00am in the
    Boardroom, Glanmor House', '... via Microsoft Teams'."""
    plain = _uncapped(text)
    for rx in (r"\bheld\s+(?:in|at)\s+(?:the\s+)?(?P<v>.+?),?\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)",
               r"(?:\d[.:]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\d{4}),?\s+(?:in|at)\s+(?:the\s+)?(?P<v>[A-Z].+?)\.?$",
               r"\bvia\s+(?P<v>[A-Z][\w ]+?)\.?$"):
        m = re.search(rx, plain, re.I)
        if m:
            return m.group("v").strip(" ,.")
    return None


def _clean_body(body: str) -> str:
    body = _uncapped(re.sub(r"\s+", " ", body).strip(" ,.-–:"))
    body = re.sub(r"^(?:MHHS\s+)", "", body)
    body = re.sub(r"\s+(?:meeting|minutes(?: and actions)?)$", "", body, flags=re.I)
    return re.sub(r"(?<=\s)(Of|The|And|For|In|On|At)\b", lambda m: m.group(1).lower(), body)


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
        text = re.sub(r"\s+", " ", t.text).strip()
        found = _title_body(text)
        if found and meeting["body"] is None:
            meeting["body"], meeting["body_abbrev"] = found
            cite(t.page, t.text)
            if meeting["venue"] is None:
                meeting["venue"] = _title_venue(text)
        if meeting["date"] is None and re.search(r"\bheld\b|\bon\b|[-–—]\s*\w*day\b", text, re.I) and parse_date(text):
            meeting["date"] = parse_date(text)
            meeting["start"], meeting["end"] = parse_time_range(_after_date(text))
            cite(t.page, t.text)
    if meeting["body"] is None or GOVERNANCE_ONLY.match(meeting["body"]):
        for t, nxt in zip(titles, titles[1:]):  # a name alone in large type over a line that says minutes
            if _is_name_line(t.text) and re.search(r"\bminutes\b", nxt.text, re.I):
                meeting["body"] = _clean_body(t.text)
                cite(t.page, t.text)
                break
    lines = _lines(s, parsed)
    fields = _fields(s, parsed)
    if meeting["body"] is None and "body" in fields:
        meeting["body"] = _clean_body(fields["body"][0])
    for text, _page in lines + [(t, 1) for t in parsed.furniture]:  # "Design Advisory Group (DAG)" anywhere
        m = BODY_ABBR.search(_uncapped(text))
        if m and (meeting["body_abbrev"] is None or meeting["body"] is None):
            if meeting["body"] is None or slug(meeting["body"]) in slug(m.group("body")) \
                    or slug(m.group("body")) in slug(meeting["body"]):
                meeting["body"] = meeting["body"] or _clean_body(m.group("body"))
                meeting["body_abbrev"] = meeting["body_abbrev"] or m.group("abbr")

    # the number: a labelled field, a code heading, a label in the text, an ordinal
    if "number" in fields:
        value, page = fields["number"]
        m = CODE.match(value.strip())
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
            m = CODE_HEADING.match(text.strip()) if len(text) < 80 else None
            if m and (meeting["body_abbrev"] in (None, m.group(1))):
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
        front = [(ln.text, ln.page) for b in ([s.title] if s.title else []) + s.head if isinstance(b, Paragraph)
                 for ln in b.lines]
        for text, page in front + [(t, 1) for t in _furniture(parsed)]:
            if NOT_THE_DATE.search(text):
                continue
            d = parse_date(text)
            if d:
                meeting["date"] = d
                cite(page, text)
                if meeting["start"] is None:
                    meeting["start"], meeting["end"] = parse_time_range(_after_date(text))
                break
    if meeting["status"] is None:
        meeting["status"] = _document_status(lines, parsed.furniture)
    if meeting["classification"] is None:
        for text in parsed.furniture:
            m = CLASSIFICATION.search(text)
            if m:
                meeting["classification"] = m.group(1)
                cite(1, text)
                break
    if meeting["end"] is None:
        for text, page in text_units(parsed):
            m = CLOSED_AT.search(text)
            if m:
                meeting["end"] = parse_time_range(m.group(1))[0]
                cite(page, text)
                break
    if meeting["venue"] is None:
        for t in titles + [b for b in s.front if isinstance(b, Paragraph) and re.match(r"(?i)held\b", b.text)]:
            venue = _title_venue(re.sub(r"\s+", " ", t.text)) if re.search(r"(?i)\b(?:held|via)\b", t.text) else None
            if venue:
                meeting["venue"] = venue
                cite(t.page, t.text)
                break
    _next_meeting(parsed, meeting, cite)
    meeting["id"] = meeting_id(meeting)
    return meeting, evidence


# lines whose date is another day's: an issue or posting date, a moved-from date, an approval
NOT_THE_DATE = re.compile(r"(?i)\b(?:issue|issued|circulated|posted|moved from|next meeting|approved|confirmed)\b")
CLASSIFICATION = re.compile(r"(?i)(?:^|[\s–—-])(public|confidential|restricted|official(?:[- ]sensitive)?|internal"
                            r"(?: use)?)\s*$")
CLOSED_AT = re.compile(r"(?i)\b(?:(?:meeting|session)\s+(?:was\s+)?(?:closed|ended|finished|concluded)|"
                       r"(?:chair|chairman|chairwoman|chairperson|president|mayor)\s+closed\s+the\s+(?:meeting|session))"
                       r"\s+at\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*utc)?)")


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


NEXT_MEETING = re.compile(r"(?i)\bdates?\s+of\s+(?:the\s+)?next\b(?:\s+[\w-]+){0,2}|"
                          r"\bnext\s+(?:[\w-]+\s+){0,2}?meeting(?:,[^,]{1,40},)?\s*(?::|–|-|\b(?:will|is|shall|to)\s+be\b|\bon\b|"
                          r"\bdate\b)|^next\s+(?:[\w-]+\s+)?meeting\s*:?\s*$|"
                          r"\bthe\s+next\s+(?:[\w()/-]+\s+){1,4}?(?:will|is\s+to|shall)\s+be\s+held\b")


_NEXT = re.compile(r"(?i)next")  # a word every NEXT_MEETING match has: a fast search, done first


def _next_meeting(parsed: ParsedPdf, meeting: dict, cite) -> None:
    """The date after 'Date(s) of next meeting', 'The next Panel meeting will be held on ...', or in the
    paragraph under a 'Next meeting' heading; never a date before the meeting's own."""
    units = list(text_units(parsed))
    for i, (text, page) in enumerate(units):
        m = NEXT_MEETING.search(text) if _NEXT.search(text) else None
        if not m:
            continue
        rest = text[m.end():]
        d, quote = parse_date(rest), text
        if d is None and len(rest.split()) <= 3 and i + 1 < len(units):  # a 'Next meeting' heading
            (quote, page), d = units[i + 1], parse_date(units[i + 1][0])
        if d and (meeting["date"] is None or d > meeting["date"]):
            meeting["next_meeting"] = d
            cite(page, quote)
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
