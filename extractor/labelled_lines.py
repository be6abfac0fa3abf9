"""Labelled lines of the running minutes: the word that says what a paragraph IS.

Actions: 'ACTION DAG26-01: ...', 'ACTION 0301/01: ...', 'ACTION: ...', 'Action 20: ...',
'Action item 3: ...', 'Action Ana: ...', 'Action -> ...', and the '(Action: AL)' tail of a paragraph.
Decisions: 'DECISION DAG-DEC60: ...', 'DECISION DAG-DEC96 (ex-committee): ...', 'DECISION: ...',
'Decision 4: ...', 'Decision Point 1 - ...', and the resolution family 'RESOLVED that',
'RESOLVED:', 'It was RESOLVED that', 'RESOLVED (Lutz/Roe) That', 'Resolved – That',
'RESOLVED – 47 that', 'AGREED:', '*Agreed: That', 'Agreed that', 'NOTED', 'RECEIVED the report' (taking
note of it), 'RECOMMENDED that'.

A label is recognised at the start of a paragraph or of a sentence (in a table cell also in front of
any label in capitals, where a flattened grid glues an item's title to its text), so a sentence that
merely mentions an action or a decision is not one. Also here: the sentences and bulleted items of a
paragraph, the minute or item heading a paragraph is ('Minute 5604 ...', '24/067 PLANNING', 'C123/24
PLANNING', 'FC/24/12 Finance'), and the sub-label a part of a minute prints ('(a) Application ...').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import parse_date
from .pdf_pages import Paragraph
from .sections import heading_kind, item_heading

_SEP = r"\s*(?::|->|→|=>|–|—|-)\s*"
# an id after the label: a code with a digit ('DAG26-01', 'AP3', '0301/01', 'DAG-DEC60'), or a number
_CODE = r"(?:[A-Z][A-Za-z]{0,7}[-.]?[A-Za-z]*\d[\w./-]*|\d+(?:[./-]\d+)+[A-Za-z]?)(?![\w/-])"
_ITEM_NO = r"(?:\d{1,3}(?:\.\d{1,3})+\.?\s+)?"  # '2.3 ACTION: ...': the paragraph's number
_NUM = r"\d{1,4}(?:\s\d{2}\s\d{4})?[A-Za-z]?(?![\w/-])"

ACTION_LABEL = re.compile(
    rf"^[*•\-–\s]*{_ITEM_NO}(?P<label>ACTIONS?|Actions?)(?P<sub>\s+(?i:item|point|no\.?)s?)?"
    rf"(?:\s+(?P<code>{_CODE})|\s+(?P<num>{_NUM})|\s+(?P<owner>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{{2,4}}))?"
    rf"\s*(?:\((?P<qual>[^()]{{1,160}})\))?(?P<sep>{_SEP})(?P<rest>\S.*)$", re.S)
# '(Action: AL)', '(Action – Secretariat)', '(ACTION AL/BR)', '[Action: all]' closing a sentence
# ('(Action: Pro-Vice-Chancellor (Education))': an owner may hold one bracket of its own)
ACTION_TAIL = re.compile(r"[(\[]\s*(?:ACTIONS?|Actions?)\s*(?::|–|—|-)?\s*"
                         r"(?P<owner>[^()\[\]]{1,60}?(?:\s*\([^()\[\]]{1,40}\))?)\s*[)\]]"
                         # '... needs cutting back – Clerk to action.'
                         r"|\s[–—-]\s*(?P<owner2>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+to\s+action\b\.?")

DECISION_LABEL = re.compile(
    rf"^[*•\-–\s]*{_ITEM_NO}(?P<label>DECISIONS?|Decisions?)(?P<sub>\s+(?i:point|no\.?))?"
    rf"(?:\s+(?P<code>{_CODE})|\s+(?P<num>{_NUM}))?"
    rf"\s*(?:\((?P<qual>[^()]{{1,40}})\))?(?P<sep>{_SEP})(?P<rest>\S.*)$", re.S)
# the resolution family; 'rest' is the decision's text (it may be empty: the text follows below)
RESOLUTION = re.compile(
    rf"^[*•\s]*{_ITEM_NO}(?:\(?(?:[a-h]|\d{{1,2}}|[ivx]{{1,4}})\)\s+)?"
    r"(?:(?:After|Following|Upon|On)\s[^,.]{1,60},\s*)?"
    r"(?P<subject>(?i:it\s+was\s+(?:unanimously\s+)?|the\s+\w+(?:\s+\w+)?\s+(?:unanimously\s+)?)"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:unanimously\s+)?(?=[A-Z]{5,}\b))?"  # 'Members RESOLVED', 'Council AGREED'
    r"(?P<label>RESOLVED|Resolved|resolved|AGREED|Agreed|agreed|NOTED|Noted|noted|RECOMMENDED|RECOMMEND|Recommended|"
    r"APPROVED|DECIDED|Decided|decided|RECEIVED)"
    r"(?:\s+(?:ON THE MOTION OF|on the motion of)\s+[^,]+,\s*(?:seconded by|SECONDED BY)\s+[^,]+?,?"
    r"(?=\s+(?:THAT|That|that)\b))?"
    r"(?:\s+(?:unanimously|UNANIMOUSLY|nem\.?\s*con\.?))?"  # 'RESOLVED unanimously that ...'
    r"(?:\s*\((?P<movers>[^()]{1,60})\))?(?:\s*[–—-]\s*(?P<num>\d{1,4}))?"
    r"(?P<sep>\s*[:–—-]\s*|\s*,\s*|\s+(?=(?:that|That|THAT|to)\b)|\.?\s*$|\s*(?=\()|\s+)(?P<rest>.*)$", re.S)


@dataclass
class Label:
    """A labelled paragraph: what it is ('action' / 'decision' / 'resolution'), its printed id and text."""

    kind: str
    id: str | None
    text: str
    owner: str | None = None  # 'Action Ana: ...'
    qualifier: str | None = None  # 'DECISION DAG-DEC96 (ex-committee): ...'
    word: str = ""  # the label word as printed ('RESOLVED', 'AGREED', 'NOTED', 'Decision')
    movers: str | None = None  # 'RESOLVED (Lutz/Roe) That ...'
    subject: str | None = None  # 'The Board NOTED ...': who decided, as printed


def _printed_id(m: re.Match) -> str | None:
    """'ACTION DAG26-01' -> 'DAG26-01'; 'Action 20' -> 'Action 20'; 'Action item 3' -> 'Action item 3'."""
    if m.group("code"):
        return m.group("code").rstrip(".")
    if m.group("num"):
        label = m.group("label") + (m.group("sub") or "")
        return f"{label.strip().capitalize() if label.isupper() else label.strip()} {m.group('num')}"
    return None


def action_label(text: str) -> Label | None:
    m = ACTION_LABEL.match(text.strip())
    if not m:
        return None
    owner = m.group("owner")
    if owner and owner.lower() in ("item", "items", "point", "points", "no", "log", "list", "required"):
        return None
    return Label("action", _printed_id(m), m.group("rest").strip(), owner=owner, qualifier=m.group("qual"),
                 word=m.group("label"))


def decision_label(text: str) -> Label | None:
    t = text.strip()
    m = DECISION_LABEL.match(t)
    if m:
        return Label("decision", _printed_id(m), m.group("rest").strip(), qualifier=m.group("qual"),
                     word=m.group("label"))
    m = RESOLUTION.match(t)
    if not m:
        return None
    word = m.group("label")
    rest = m.group("rest").strip()
    before = (m.group("subject") or "").strip()
    # a lower-case 'agreed' or 'noted' opens a resolution only as 'Agreed that' / 'It was agreed that'
    if word.islower() and not before.lower().startswith("it was"):
        return None
    if not word.isupper() and not before and word.lower() in ("noted", "decided", "approved") \
            and not re.match(r"(?i)that\b", rest):
        return None
    if before and not before.lower().startswith("it was") and not word.isupper():
        return None  # 'The Board agreed ...' is narrative, read elsewhere
    if word.isupper() and word in ("APPROVED",) and not before:
        return None  # a bare 'APPROVED' stamp is a status mark, not a decision
    sep = m.group("sep")
    if sep.isspace() and rest and not word.isupper() and not re.match(r"(?i)(?:that|to)\b", rest):
        return None  # 'Agreed actions were ...': the word is not a label here
    subject = before if before and not before.lower().startswith("it was") else None
    if sep.isspace() and rest and word.isupper() and not re.match(r"(?i)(?:that|to)\b", rest) and not subject:
        rest = f"{word} {rest}"  # 'NOTED the report': the label is the sentence's verb and stays in its text
    return Label("resolution", None, rest, word=word.upper(), movers=m.group("movers"), subject=subject)


MINUTE_HEADING = re.compile(r"^(?:Minute|MINUTE|Min\.?)\s*(?:No\.?|Number)?\s*(?P<n>\d{1,5}(?:/\d{2,4}(?:-\d{2})?)?)"
                            r"\s*[:.\-–]?\s*(?P<title>.*)$", re.S)


# a minute number with its year and a prefix of letters: 'C123/24', 'FC/24/12', 'BM24/12', '45/24.'
# ('4.2 Finance' is an item number, not a minute's)
MINUTE_CODE = re.compile(r"^(?P<n>(?:[A-Z]{1,4}/?)?\d{1,4}/\d{2,4}(?:/\d{1,4})?)\.?\s+(?:[-–—:]\s*)?"
                         r"(?P<title>[A-Z][^\n]*)$")


def item_of(b: Paragraph) -> tuple[str | None, str] | None:
    """(minute number or None, title) when the paragraph heads a minute ('Minute No. 42/25: Finance') or an
    item ('3. Dredging'); title '' for a heading that names a part ('Minutes:', 'Actions'); else None."""
    text = b.text.strip()
    m = MINUTE_HEADING.match(text)
    if m and len(text) < 150 and (b.bold or len(text) < 100) and m.group("title"):
        return m.group("n"), m.group("title").strip()
    code = MINUTE_CODE.match(text)
    if code and len(text) < 120 and (b.bold or len(text) < 90) and len(code.group("title").split()) <= 12 \
            and not parse_date(code.group("n")):
        return code.group("n"), code.group("title").strip()  # 'C123/24 PLANNING', 'FC/24/12 Finance', '45/24. Finance'
    head = item_heading(b)
    if head and heading_kind(head[1]):
        return None, ""
    if head and re.fullmatch(r"\d{2,4}/\d{2,4}", head[0]):  # '24/067 PLANNING': a minute number with its year
        return head[0], head[1]
    return (None, head[1]) if head else None


SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z(*])")
BULLET = re.compile(r"^\s*(?:[•·▪◦*–-]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+")


def sentences(text: str) -> list[str]:
    """``text`` cut after each full stop, question or exclamation mark that a capital follows."""
    text = " ".join((text or "").split())  # its runs of white space made one space (what \s matches, str.split cuts at)
    bounds = [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]
    return [u for u in (text[a:b].strip() for a, b in zip(bounds, bounds[1:])) if u]


def paragraph_items(p: Paragraph) -> list[str]:
    """The items of a paragraph under an actions or decisions heading: its bulleted lines (a line that
    starts no bullet continues the one above), each cut into its sentences."""
    items: list[str] = []
    for ln in p.lines or []:
        t = ln.text.strip()
        if items and not BULLET.match(t):
            items[-1] += " " + t
        else:
            items.append(t)
    if len(items) <= 1:
        items = [p.text]
    return [u for item in items for u in sentences(BULLET.sub("", item))]


# where a label starts inside running text or a table cell: capitals are a label wherever they stand
LABEL_START = re.compile(r"(?:\b(?:It was|The [A-Z][\w-]*(?: [A-Z][\w-]*)?) )?\b(?:RESOLVED|AGREED|DECISIONS?|"
                         r"ACTIONS?|NOTED|RECEIVED|RECOMMENDED|APPROVED|REJECTED|DEFERRED)\b")


# 'The Panel: a) NOTED the report; and b) NOTED the schedule': each lettered label is one unit
ENUMERATED_LABEL = re.compile(r"(?:^|\s)(\(?(?:[a-h]|\d{1,2}|[ivx]{1,4})\)\s+)(?=(?:RESOLVED|AGREED|NOTED|RECEIVED|"
                              r"APPROVED|REJECTED|DEFERRED|RECOMMENDED|DECISION|ACTION)\b)")


def label_units(text: str, anywhere: bool = True) -> list[str]:
    """``text`` cut into sentences and, when ``anywhere`` (a table cell, where a flattened layout glues a
    title onto its text), before each label in capitals ('... Terms of Reference RESOLVED: that ...'), so
    that every label starts a unit. In a paragraph a label inside a sentence ('... one abstention it was
    AGREED to ...') reports the sentence's own outcome and starts nothing."""
    return list(_label_units(text, anywhere))


@lru_cache(maxsize=4096, typed=True)
def _label_units(text: str, anywhere: bool) -> tuple[str, ...]:
    """label_units, kept: the decision and action readers both cut every paragraph (a pure function of it)."""
    text = re.sub(r"\s+", " ", text or "").strip()
    cuts = {0}
    cuts |= {m.end() for m in SENTENCE_END.finditer(text)}
    if anywhere:
        cuts |= {m.start() for m in LABEL_START.finditer(text)}
    cuts |= {m.start(1) for m in ENUMERATED_LABEL.finditer(text)}
    bounds = sorted(cuts) + [len(text)]
    return tuple(u for u in (text[a:b].strip() for a, b in zip(bounds, bounds[1:])) if u)


def labelled_units(text: str, is_label, anywhere: bool = True) -> list[tuple[str, bool]]:
    """``text`` as (unit, starts with a label) pairs: each label runs on over the sentences after it up to
    the next label; sentences before the first label stand alone."""
    out: list[tuple[str, bool]] = []
    for unit in _label_units(text, anywhere):
        if is_label(unit):
            out.append((unit, True))
        elif out and out[-1][1] and not LABEL_START.match(unit) and not action_label(unit) \
                and not decision_label(unit):  # another kind of label ends this one
            out[-1] = (out[-1][0] + " " + unit, True)
        else:
            out.append((unit, False))
    return out


def _collapse(text: str) -> str:
    return " ".join((text or "").split())


def fit_to_pages(items: list[dict], blocks: list) -> None:
    """Evidence quoted from a paragraph broken by a page break: the quote goes on the page where it
    starts and stops at that page's end, so that it is text of the page it cites."""
    spanning = [b for b in blocks if isinstance(b, Paragraph) and len({ln.page for ln in b.lines}) > 1]
    if not spanning:
        return
    for item in items:
        for ev in item["evidence"]:
            for p in spanning:
                text, quote = _collapse(p.text), _collapse(ev["quote"])
                start = text.find(quote)
                if start < 0:
                    continue
                spans, pos = [], 0
                for ln in p.lines:
                    t = _collapse(ln.text)
                    i = text.find(t, pos) if t else -1
                    if i < 0:
                        break
                    spans.append((i + len(t), ln.page))
                    pos = i + len(t)
                else:
                    page = next(pg for end, pg in spans if end > start)
                    stop = max(end for end, pg in spans if pg == page)
                    ev["page"], ev["quote"] = page, text[start:min(start + len(quote), stop)].strip()
                break


def cell_title(units: list[tuple[str, bool]]) -> str | None:
    """The item title a grid cell starts with ('Minutes of the Previous Meeting The Board APPROVED ...'):
    its first unit when that is no label, short, and no sentence."""
    if len(units) > 1 and not units[0][1]:
        head = units[0][0].strip()
        if len(head.split()) <= 10 and not head.endswith((".", "?", "!", ":")):
            return head
    return None


SUB_LABEL = re.compile(r"^\s*\(?(?P<sub>\d{1,2}|[a-h]|[ivx]{1,4})\)\s+")  # '(a) ', 'b) ', '(ii) ', '(1) '
_NUMBERED = re.compile(r"(?:^|\s)\(?(?P<sub>\d{1,2}|[a-h]|[ivx]{1,4})\)\s+(?=(?:that|That|THAT)\b)"
                       r"|;?\s*and\s+be\s+it\s+further\s+(?i:resolved),?\s*(?=(?:that|That|THAT)\b)")


def sub_label(text: str) -> str | None:
    """The sub-label a paragraph or unit opens with ('(a) Application ...' -> 'a')."""
    m = SUB_LABEL.match(text or "")
    return m.group("sub") if m else None


def split_numbered(text: str) -> list[tuple[str | None, str]]:
    """'(1) that X; (2) that Y' -> [('1', 'that X'), ('2', 'that Y')]: several resolutions in one paragraph,
    each with the sub-label printed before it (None for 'and be it further resolved that')."""
    cuts = list(_NUMBERED.finditer(text))
    bounds = [0] + [x for m in cuts for x in (m.start(), m.end())] + [len(text)]
    labels = [None] + [m.group("sub") for m in cuts]
    parts = [(lab, re.sub(r"[;,]?\s*(?:and|or)?$", "", text[a:b].strip()).strip())
             for lab, a, b in zip(labels, bounds[::2], bounds[1::2])]
    parts = [(lab, p) for lab, p in parts if p]
    if len(parts) > 1 and (len(parts[0][1].split()) < 3 or parts[0][1].endswith(":")) and parts[0][0] is None:
        parts = parts[1:]  # the words that introduce the numbered list
    return parts if len(parts) > 1 else [(None, text)]
