"""Split the block stream into the parts of a minutes document, whatever its headings look like.

A part is recognised by what its heading or label says, from a vocabulary of the words real
minutes use ("Attendees", "Members present", "In attendance", "Apologies for absence", "Regrets",
"Action log", "Decisions", ...), in any case, numbered or not, bold or not; and by its shape:
an attendee table is found by its header words wherever it sits, a labelled paragraph
("Present: Cllr A Lutz (Chair), Cllr B Roe ...") opens an attendance part of its own, and an
agenda item is a short heading line numbered "1.", "1.1", "Item 3", "Minute 5604", "Minute No.
37/25", or a short bold line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .pdf_pages import Paragraph, ParsedPdf, TableBlock
from .tables import classify

# part -> heading words (the whole heading, once numbering and a trailing colon are removed)
# "Members present", "Trustees present", "Governors present", "Also attending", "In attendance (staff)", ...
_WHO = (r"(?:members|trustees|governors|councillors|directors|officers|staff|those|others|also|delegates|"
        r"committee members|board members|panel members|voting members|non[- ]voting members|participants|"
        r"attendees|representatives|associate members)")
_ATTEND = (rf"attendees|attendance(?: details| list| record)?|(?:record of )?attendance|present|present members|"
           rf"(?:{_WHO}\s+)?(?:present|in attendance|attending)|by invitation|observers|officers|"
           rf"staff(?:/contractors)?|secretariat|delegates|participants|present/contributing|members|"
           rf"(?:attendees|attendance|present) and apologies")
_APOLOGY = (r"apologies(?: for absence)?(?: and (?:named )?substitutes)?(?: (?:were )?(?:received|accepted|noted)"
            r"(?: (?:and accepted )?from)?)?|regrets|absent(?: with(?:out)? apologies| \(apologies not received\))?|"
            r"members absent|absentees|excused|leave of absence|not present")
_ANNEX = r"(?:\s*\([^)]{1,40}\))?"  # "In attendance (staff)", "Apologies (for absence)"
HEADINGS = [
    ("attendance", re.compile(rf"^(?:{_ATTEND}){_ANNEX}$", re.I)),
    ("apologies", re.compile(rf"^(?:{_APOLOGY}){_ANNEX}$", re.I)),
    ("actions", re.compile(r"^(?:(?:new|outstanding|open|previous|summary of(?: the)?|review of(?: the)?|"
                           r"new\s*/\s*outstanding|new and outstanding)\s+)?actions?"
                           r"(?:\s+(?:log|list|items?|points|summary|table|register|tracker|"
                           r"arising(?: from the (?:last|previous) meeting)?|from (?:the )?(?:last|previous) "
                           r"meeting))?$|^action (?:log|list|points|items|register|tracker)$", re.I)),
    ("decisions", re.compile(r"^(?:(?:summary of|new)\s+)?decisions?(?:\s+(?:log|list|record|register|"
                             r"summary|table))?$|^resolutions$|^record of determinations$", re.I)),
    ("minutes", re.compile(r"^(?:the\s+)?minutes(?: of (?:the )?meeting)?$|^discussion$|^notes$", re.I)),
]
# a paragraph that starts with an attendance label: "Present: ...", "Apologies – ..."
LABELLED = re.compile(rf"^(?P<label>(?:{_ATTEND}|{_APOLOGY}){_ANNEX})\s*(?::|–|—|-)\s*(?P<rest>\S.*)$", re.I | re.S)
_PREFIX = r"(?i:(?:agenda\s+)?(?:item|minute|paper)s?(?:\s+no\.?)?)\s*"
ITEM = re.compile(
    rf"^(?:(?P<prefix>{_PREFIX})(?P<pnum>\d{{1,5}}(?:[./]\d{{1,3}})*(?:/\d{{2}}(?:-\d{{2}})?)?[a-z]?)[.):]?"
    r"|(?P<snum>\d{2,4}/\d{2,4}(?:\.\d{1,2})?)(?=\s)"  # minute numbers with a year: "24/067", "074/25"
    r"|\(?(?P<dnum>\d{1,3}(?:\.\d{1,3}){0,3})(?:[.)]|(?=\s)(?<=\d\.\d)|(?=\s)(?<=\d\.\d\d))"
    r"|\(?(?P<rnum>[IVXivx]{1,5}|[A-Ha-h])[.)]"
    r"|(?P<bnum>\d{1,3})(?=\s))"
    r"\s*(?:[-–:]\s*)?(?P<title>[A-Za-z\"'‘“(].*)$", re.S)


def item_number(m: re.Match) -> str:
    return next((m.group(g) for g in ("pnum", "snum", "dnum", "rnum", "bnum") if m.group(g)), "")


_DATE_START = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
ATTENDING = re.compile(r"^(?:[\w/&’'-]+\s+){1,6}(?:present|in attendance|attending)$", re.I)
_NOT_HEADING = re.compile(r"^(?:ACTION|DECISION|RESOLVED|AGREED|NOTED|POST MEETING|RECOMMENDED)\b", re.I)
TITLE = re.compile(r"(?:MHHS\s+)?(?P<body>[A-Z][A-Za-z&,\- ]+?)\s*\((?P<abbr>[A-Z]{2,6})\)\s+Minutes", re.I)
# how every TITLE match ends, searched first: a cheap search (it starts with a bracket) where TITLE's, with a
# lazy run of letters from every letter, is slow on a long paragraph that has no title
_TITLE_END = re.compile(r"\([A-Z]{2,6}\)\s+Minutes", re.I)


@dataclass
class Item:
    """An agenda item: '5. CR027 Impact Assessment', 'Item 3', 'Minute No. 37/25 Apologies'."""

    number: str
    title: str
    page: int
    blocks: list = field(default_factory=list)


@dataclass
class AttendancePart:
    """A run of the document that lists people: under a heading, after a label, or an attendee table.

    ``label`` is the heading or label as printed ("Attendees", "Members present", "Apologies", or
    None for a table found by its header alone); ``kind`` is what the label says of the people
    listed: present, apologies or absent. ``blocks`` are Paragraphs and TableBlocks; a labelled
    paragraph's own text after the label is in ``lead`` (its page is the paragraph's).
    """

    label: str | None
    kind: str
    page: int
    blocks: list = field(default_factory=list)
    lead: str | None = None

    @property
    def tables(self) -> list[TableBlock]:
        return [b for b in self.blocks if isinstance(b, TableBlock)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]


@dataclass
class Sections:
    title: Paragraph | None = None
    front: list = field(default_factory=list)  # blocks before the first attendance part or item
    head: list = field(default_factory=list)  # every block before the first attendance part or numbered item
    attendance: list[AttendancePart] = field(default_factory=list)
    actions: list[TableBlock] = field(default_factory=list)
    decisions: list[TableBlock] = field(default_factory=list)
    details: list[TableBlock] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    action_paragraphs: list[Paragraph] = field(default_factory=list)  # under an actions heading
    decision_paragraphs: list[Paragraph] = field(default_factory=list)  # under a decisions heading
    found_headings: set[str] = field(default_factory=set)

    @property
    def attendees(self) -> list[TableBlock]:
        """Tables of the present-kind attendance parts (the record@1 view)."""
        return [t for p in self.attendance if p.kind == "present" for t in p.tables]

    @property
    def apologies(self) -> list[TableBlock]:
        return [t for p in self.attendance if p.kind != "present" for t in p.tables]


def heading_kind(text: str) -> str | None:
    """The part a heading names ('Members Present:', '2. Apologies for absence' -> its part), else None."""
    t = " ".join(text.split()).rstrip(":").strip()
    m = ITEM.match(t)
    if m and item_number(m):
        t = m.group("title").rstrip(":").strip()
    t = re.sub(r"^the\s+", "", t, flags=re.I)
    if len(t) > 60:
        return None
    found = next((name for name, rx in HEADINGS if rx.match(t)), None)
    if found is None and text.rstrip().endswith(":") and ATTENDING.match(t):
        return "attendance"  # "Associate members and clerk in attendance:"
    return found


def attendance_kind(label: str) -> str:
    low = label.lower()
    if re.search(r"apolog(?!ies not received)|regrets|excused|leave of absence", low):
        return "apologies"  # "Absent with apologies" sent apologies
    if re.search(r"absent|absentees|not present", low):
        return "absent"
    return "present"


def item_heading(b: Paragraph) -> tuple[str, str] | None:
    """(number, title) when the paragraph is an agenda item's heading; number '' for a bold unnumbered one."""
    text = b.text.strip()
    if len(text) > 120 or _NOT_HEADING.match(text):
        return None
    m = ITEM.match(text)
    if m is None:
        if b.bold and len(text) < 90 and not text.endswith(".") and not LABELLED.match(text) \
                and re.match(r"[A-Z]", text):
            return "", text
        return None
    num, title = item_number(m), m.group("title").strip()
    letters = [c for c in title if c.isalpha()]
    caps = len(letters) > 2 and sum(c.isupper() for c in letters) / len(letters) > 0.8
    short = len(title) < 90 and not re.search(r"[.;,]$", title) and len(title.split()) <= 12
    if (m.group("bnum") or m.group("snum")) and (not (b.bold or caps) or _DATE_START.match(text)):
        return None  # '12 July 2023 ...': a bare number is a heading only when it looks like one
    if b.bold or caps or short:
        return num, title
    return None


def split_sections(parsed: ParsedPdf) -> Sections:
    s = Sections()
    part = "front"
    item: Item | None = None
    att: AttendancePart | None = None
    numbered = False  # a numbered item has been seen: unnumbered bold lines are sub-headings from then on

    def body_block(b) -> None:
        nonlocal item
        if item is None:
            item = Item("0", "", b.page)
            s.items.append(item)
        item.blocks.append(b)

    for b in parsed.blocks:
        if not s.attendance and not numbered:
            s.head.append(b)
        if isinstance(b, Paragraph):
            text = b.text.strip()
            kind = heading_kind(text) if len(text) < 70 else None
            numbered_head = ITEM.match(text)
            if kind in ("attendance", "apologies") and numbered_head and item_number(numbered_head) \
                    and (part != "front" or numbered):
                kind = None  # "24/067 APOLOGIES FOR ABSENCE" among numbered items: an item, read for people too
            if kind:
                s.found_headings.add(kind)
                part = kind
                att = None
                if kind in ("attendance", "apologies"):
                    label = re.sub(r"^\s*\S*\d\S*\s+", "", text).rstrip(":").strip()
                    att = AttendancePart(label, attendance_kind(label), b.page)
                    s.attendance.append(att)
                elif kind == "minutes":
                    item = None
                continue
            if s.title is None and b.page == 1 and _TITLE_END.search(text) and TITLE.search(text):
                s.title = b
                continue
            lab = LABELLED.match(text)
            if lab and part in ("front", "attendance", "apologies", "body"):
                label = lab.group("label")
                att = AttendancePart(label, attendance_kind(label), b.page, [b], lab.group("rest").strip())
                s.attendance.append(att)
                s.found_headings.add("attendance")
                if part == "front":
                    part = "attendance"
                if part == "body" and item is not None:
                    item.blocks.append(b)
                continue
            if part not in ("actions", "decisions"):
                head = item_heading(b)
                if head and (part != "front" or head[0] or s.attendance):
                    if not head[0] and (numbered or att is not None and part in ("attendance", "apologies")):
                        pass  # a bold sub-heading of a numbered item, or a group label in an attendance part
                    else:
                        item = Item(head[0], head[1], b.page)
                        numbered = numbered or bool(head[0])
                        s.items.append(item)
                        part = "body"
                        kind = heading_kind(item.title)
                        att = None
                        if kind in ("attendance", "apologies"):  # "1. Apologies for absence"
                            att = AttendancePart(item.title, attendance_kind(item.title), b.page)
                            s.attendance.append(att)
                        continue
            if part in ("attendance", "apologies") and att is not None:
                att.blocks.append(b)
            elif part == "actions":
                s.action_paragraphs.append(b)
            elif part == "decisions":
                s.decision_paragraphs.append(b)
            elif part in ("body", "minutes"):
                if att is not None:
                    att.blocks.append(b)
                body_block(b)
            else:
                s.front.append(b)
            continue
        kind = classify(b)
        if kind == "details":
            s.details.append(b)
        elif kind == "people":
            if att is None or att.tables and part not in ("attendance", "apologies"):
                att = AttendancePart(None, "present", b.page)
                s.attendance.append(att)
            att.blocks.append(b)
            if part == "front":
                part = "attendance"
        elif part in ("attendance", "apologies") and kind == "other" and att is not None:
            att.blocks.append(b)
        elif kind == "actions":
            s.actions.append(b)
        elif kind == "decisions" and part != "minutes":
            s.decisions.append(b)
        elif part in ("body", "minutes"):
            body_block(b)
        elif part == "decisions" and kind == "other":
            s.decisions.append(b)
        elif part == "actions" and kind == "other":
            s.actions.append(b)
        else:
            s.front.append(b)
    return s
