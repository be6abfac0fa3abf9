"""Decisions in any layout: decision tables, labelled lines, the resolution family, narrative verbs.

Where a decision comes from (docs/CONVENTIONS.md record@2 "Decisions"):
- a decision table (tables.classify 'decisions'), columns by header words and content
  ("No. | Decision | Decided by", "Dec Ref | Area | Decision", any order);
- a labelled line: 'DECISION DAG-DEC60: ...', 'DECISION DAG-DEC96 (ex-committee): ...', 'DECISION: ...',
  'Decision 4: ...';
- the resolution family: 'RESOLVED that', 'RESOLVED:' (alone on its line: the text is below),
  'It was RESOLVED that', 'RESOLVED (Lutz/Roe) That', 'Resolved – That', 'AGREED:', 'Agreed that',
  'NOTED', 'RECEIVED the report' (noted), 'RECOMMENDED that', 'The Board NOTED / APPROVED ...';
  '(1) that ... (2) that ...' are several decisions;
- every item under a 'Decisions' heading;
- a motion put and its result ('Moved by A / Seconded by B / That ...' then 'Motion carried' or
  'lost'), one decision with the RESOLVED that may follow it in the same item;
- narrative 'The Panel / Board / Committee / <ABBR> agreed | approved | noted | rejected | deferred
  ...' sentences, 'The minutes ... were approved' and 'moved by X, seconded by Y, and carried', only
  where the document does not itemise its decisions (no decision table, no 'DECISION' lines, no
  decisions heading): where it does, such sentences are the discussion the itemised ones record.
Labels are read at the start of a paragraph or of a sentence, in paragraphs and in the cells of
tables that are not themselves action, decision or vote tables.
Ids as printed; 'Minute 37/25' when the resolution sits under that minute number (with '(1)', '(2)'
when the minute holds several, or the sub-labels the minute prints before them: '(a) Application ...
RESOLVED to ...' -> 'Minute 37/25(a)'); an id opening each cell of a decision column ('D12 The Panel
approved ...') is the row's id; else `<meeting id>-D<n>` in document order.
"""

from __future__ import annotations

import re

from .keys import doc_key
from .labelled_lines import (
    BULLET,
    Label,
    cell_title,
    decision_label,
    fit_to_pages,
    item_of,
    labelled_units,
    paragraph_items,
    split_numbered,
    sub_label,
)
from .log_columns import (
    first_row,
    header_roles,
    id_like,
    infer_columns,
    kind_column,
    leading_ids,
    row_kind,
    split_leading_id,
)
from .mentions import cr_ids, doc_mentions, strip_cr_titles
from .pdf_pages import Paragraph, TableBlock
from .tables import DECISION_WORDS, _norm, classify

DECISION_ID = re.compile(r"^[A-Z]{2,6}-?DEC-?\d+$")
BODY_NOUN = (r"Panel|Board|Committee|Sub-?Committee|Council|Group|Workgroup|Working Group|Work Group|Forum|"
             r"Cabinet|Authority|Trust|Governors|Trustees|Directors|Members|members|Meeting|meeting")
_SUBJECT = (rf"(?:The\s+|the\s+)?(?P<who>SRO|(?:[A-Z]{{2,6}}\s+)?Chair(?:man|person)?|"
            rf"[A-Z][A-Za-z0-9]{{0,6}}\s+(?:{BODY_NOUN})|{BODY_NOUN}|[A-Z]{{2,6}})")
DECIDER = re.compile(rf"\b{_SUBJECT}\b(?:,[^,]+,)?\s+(?:has\s+|had\s+|then\s+|also\s+|formally\s+|unanimously\s+)*"
                     r"(?P<verb>approved|rejected|agreed|noted|deferred|endorsed|ratified|adopted|resolved|decided|"
                     r"recommended|recommends|withdrew|declined|refused|accepted|supported|APPROVED|REJECTED|AGREED|"
                     r"NOTED|DEFERRED|ENDORSED|RESOLVED|RECOMMENDED)\b")
# members speaking ('Members agreed the railings needed repair') are the discussion, not the body deciding
NARRATIVE = re.compile(rf"^(?!(?:The\s+|the\s+)?(?:Members|members)\b){_SUBJECT}\s+"
                       r"(?:has\s+|then\s+|also\s+|formally\s+|unanimously\s+)*"
                       r"(?P<verb>approved|rejected|agreed|noted|deferred|endorsed|ratified|adopted|resolved|decided|"
                       r"recommended|withdrew|declined|refused|accepted|recommends|agrees|approves|notes|supports|"
                       r"endorses)\b(?!\s+(?:that\s+)?(?:it|they|he|she)\s+would)")
# 'The minutes of the meeting held on ... were approved as a correct record'
MINUTES_APPROVED = re.compile(r"^(?:The\s+)?(?:draft\s+)?minutes\b.{0,200}?\b(?:were|was|are|be)\s+(?:\w+\s+)?"
                              r"(?:approved|agreed|confirmed|accepted|adopted|signed)\b", re.I | re.S)
# 'A proposal to ... was moved by X, seconded by Y, and carried': a motion carried is a decision
MOTION_CARRIED = re.compile(r"\b(?:moved|proposed)\s+by\b.{0,120}?\bseconded\s+by\b.{0,80}?\b(?:and\s+)?"
                            r"(?:was\s+)?(?:carried|agreed|passed|approved)\b", re.I | re.S)
# a motion put, and its result: 'Moved by A Seconded by B That the Council ...' ... 'Motion carried'
# ('Motion 3: That ...': a numbered motion's label before its text)
MOTION_TEXT = re.compile(r"(?:^(?:(?:the\s+)?(?:motion|resolution)(?:\s+(?:no\.?\s*)?\d{1,3}[a-z]?)?\s*[:.–-]\s*)?|"
                         r"\b(?:seconded|proposed|moved)\s+by\b.{0,80}?\s)(?P<motion>That\s+\S.*)$", re.S | re.I)
MOTION_RESULT = re.compile(r"^(?:the\s+)?motion(?:\s+status)?(?:\s+was)?\s*[:\-–]?\s*(?:\w+ly\s+)?"
                           r"(?P<result>carried|passed|agreed|lost|failed|defeated|fell)\b"
                           # a bare result after the motion put: 'Carried (For 38, Against 3).', 'Lost.'
                           r"|^(?P<bare>carried|lost|defeated|fell)(?:\s+(?:unanimously|nem\.?\s*con\.?))?"
                           r"\s*(?:$|[(.;,])", re.I)
# outcome words, earliest in the text wins (deferral anywhere wins: 'agreed to defer')
OUTCOMES = [
    ("rejected", re.compile(r"\breject|\brefus|\bdeclin|\bnot\s+(?:be\s+)?(?:approv|support|endors)|\bturned\s+down",
                            re.I)),
    ("approved", re.compile(r"\bapprov|\bendors|\bratif|\badopt|\baccept(?:ed|s)?\b|\bbe\s+granted\b|\bsigned\s+off\b"
                            r"|\bconfirmed\s+as\s+(?:a\s+)?(?:correct|true|accurate)", re.I)),
    ("recommended", re.compile(r"\brecommend", re.I)),
    ("withdrawn", re.compile(r"\bwithdr[ae]w", re.I)),
    ("noted", re.compile(r"\bnot(?:ed|es|e)\b|\breceived\b|\backnowledg", re.I)),
    ("agreed", re.compile(r"\bagree|\bresolved\b|\bdecided\b|\bsupported\b", re.I)),
]
DEFERRED = re.compile(r"\bdefer|\bpostpon|\bheld\s+over\b|\bbe\s+held\s+over\b", re.I)
# a label that is itself the verb fixes the outcome ('NOTED ...', 'RECOMMENDED that the Council adopts ...');
# RESOLVED / AGREED / DECISION take the verb of their text, 'agreed' when it has none
LABEL_OUTCOME = {"NOTED": "noted", "RECEIVED": "noted",
                 "RECOMMENDED": "recommended", "RECOMMEND": "recommended", "APPROVED": "approved",
                 "REJECTED": "rejected",
                 "DEFERRED": "deferred"}


# 'agreed to approve', 'RESOLVED to note', 'agreed that X be withdrawn': what was agreed is the outcome
# (but 'agreed to recommend ... to the DAG' stays agreed: the recommendation is what the body agreed)
AGREED_TO = re.compile(r"\b(?:agree[ds]?|resolved|decided)\s+(?:to\s+|that\b.{0,80}?\b"
                       r"(?:be|is|was|were|are|should\s+be)\s+(?:\w+ly\s+)?)(?P<verb>approv|reject|refus|not(?:e|ed)\b|withdr|adopt|endors|ratif)",
                       re.I | re.S)
_VERB_OUTCOME = {"approv": "approved", "adopt": "approved", "endors": "approved", "ratif": "approved",
                 "reject": "rejected", "refus": "rejected", "note": "noted", "noted": "noted", "withdr": "withdrawn"}


def outcome_of(text: str, default: str = "agreed") -> str:
    """The verb the text uses, kept distinct; a deferral anywhere defers; else the label's default."""
    if DEFERRED.search(text):
        return "deferred"
    found = [(m.start(), outcome) for outcome, rx in OUTCOMES for m in [rx.search(text)] if m]
    if not found:
        return default
    first = min(found)[1]
    if first == "agreed":
        m = AGREED_TO.search(text)
        if m:
            return _VERB_OUTCOME[m.group("verb").lower()]
    return first


def decider_of(text: str, body_abbrev: str | None, body: str | None = None, qualifier: str | None = None) -> str:
    """SRO, Chair, ex-committee, another body's abbreviation, else this body (abbrev, else name)."""
    own = body_abbrev or body or "unknown"
    m = DECIDER.search(text)
    who = m.group("who") if m else None
    if who and who.upper() == "SRO" or re.search(r"delegated authority (?:from|of) the SRO|on behalf of the SRO", text):
        return "SRO"
    q = (qualifier or "").lower()
    if "ex-committee" in q or "ex committee" in q:
        return "ex-committee"
    if "chair" in q or re.search(r"\bchair(?:'|’)?s action\b", text, re.I):
        return "Chair"  # 'DECISION (Chair's action): ...', 'approved by Chair's action
    if who:
        if re.search(r"chair", who, re.I):
            return "Chair"
        if re.fullmatch(r"[A-Z]{2,6}", who):
            return who
        first = who.split()[0]
        if len(who.split()) > 1 and first not in ("The", "the") and not (body_abbrev and first == body_abbrev) \
                and not (body and first.lower() in body.lower()):
            return who  # 'The P487 Workgroup recommends ...': a workgroup is not the panel
        return own
    if re.search(r"ex-committee", text, re.I):
        return "ex-committee"
    return own


# a clause giving the reason or the condition: the changes it names are context, not what was decided
# ('defer its decision on P507 to Meeting 343, so that the solutions for CMP447 ... can be considered')
CONTEXT_CLAUSE = re.compile(r"[,;]?\s+\b(?:so that|so as to|in order (?:that|to)|pending|until|alongside|in light of|"
                            r"because|while|once|to allow)\b", re.I)


def split_outcomes(text: str) -> tuple[list[str], list[str]]:
    """Keys approved and keys rejected: what follows 'rejected' is rejected."""
    m = re.search(r"\breject(?:ed|s)?\b", text, re.I)
    head, tail = (text[:m.start()], text[m.start():]) if m else (text, "")
    if m and re.search(r"\b(?:was|were|is|are|be|been)\s+(?:\w+ly\s+)?$", head):
        # 'CR044 (Title) was rejected', 'CR018 was approved and CR017 was rejected': the clause before
        # the passive 'was rejected' names what was rejected
        cuts = [c.end() for c in re.finditer(r"\b(?:and|but|while|whereas)\b|[;]", head)
                if re.search(r"\bapprov", head[:c.start()], re.I)]
        cut = cuts[-1] if cuts else 0
        head, tail = head[:cut], head[cut:] + tail

    def keys_of(t: str) -> list[str]:
        return [f"cr:{c}" for c in cr_ids(t)] + [doc_key(d["ref"], d["name"]) for d in doc_mentions(strip_cr_titles(t))]

    def keys(t: str) -> list[str]:
        return keys_of(CONTEXT_CLAUSE.split(t, maxsplit=1)[0]) or keys_of(t)
    return keys(head), keys(tail)


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"[.;,]*\s*(?:(?:;|,)\s*(?:and|or))?\s*$", "", text).strip()


class _Reader:
    def __init__(self, body_abbrev: str | None, body: str | None):
        self.abbrev, self.body = body_abbrev, body
        self.found: list[dict] = []
        self.minute: tuple[str, str] | None = None  # (number, title) of the minute being read
        self.area: str | None = None
        self.sub: str | None = None  # the sub-label ('a' of '(a) Application ...') of the part being read
        self.pos: tuple = (0, 0)  # (block, unit) being read, for document order

    def add(self, ref: str | None, text: str, ev: dict, *, area: str | None = None, qualifier: str | None = None,
            default: str = "agreed", decided_by: str | None = None, outcome: str | None = None,
            minute: str | None = None, motion: bool = False, sub: str | None = None) -> None:
        text = _clean(text)
        if not text:
            return
        d = _decision(ref, area if area is not None else self.area, text, self.abbrev, self.body, ev,
                      qualifier=qualifier, default=default, decided_by=decided_by, outcome=outcome)
        d["_minute"] = minute
        d["_sub"] = sub
        d["_pos"] = self.pos
        d["_motion"] = (self.minute, self.area) if motion else None
        last = self.found[-1] if self.found else None
        if not motion and ref is None and last and last["_motion"] == (self.minute, self.area):
            # the resolution that follows a motion carried in the same item states that decision
            last.update({k: d[k] for k in ("text", "outcome", "decided_by", "subjects")}, _motion=None)
            last["evidence"] += d["evidence"]
            return
        same = self._find(d)
        if same is None:
            self.found.append(d)
            return
        same["evidence"] += [e for e in d["evidence"] if e not in same["evidence"]]
        same["subjects"] += [s for s in d["subjects"] if s not in same["subjects"]]  # the line may name more
        if same["id"] is None:
            same["id"] = d["id"]

    def _find(self, d: dict) -> dict | None:
        if d["id"]:
            hit = next((x for x in self.found if x["id"] == d["id"]), None)
            if hit:
                return hit
        wd = _words(d["text"])
        for x in self.found:
            if (x["id"] is None or d["id"] is None) and wd:
                wx = _words(x["text"])
                if wx and len(wd & wx) / min(len(wd), len(wx)) >= 0.8:
                    return x
        return None


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}


def _table_rows(t: TableBlock, r: _Reader) -> None:
    cols = infer_columns(t, ["dec_ref", "area", "decision", "decided_by", "outcome"], "decision")
    if "decision" not in cols:
        return
    header = [h.strip().lower() for h in t.header]
    area = None
    start = first_row(t, ["dec_ref", "area", "decision", "decided_by", "outcome"])
    # no id column, but each Decision cell opens with its id ('D318-2 The Panel approved ...')
    ids_in_text = "dec_ref" not in cols and leading_ids([(r[cols["decision"]] if cols["decision"] < len(r) else "")
                                                        or "" for r in t.rows[start:]])
    for i, row in enumerate(t.rows[start:], start=start):
        cells = [re.sub(r"\s+", " ", x or "").strip() for x in row]
        if (start and [x.lower() for x in cells] == header) or not any(cells):  # a header repeated
            continue

        def cell(k, cells=cells):
            return cells[cols[k]] if k in cols and cols[k] < len(cells) else ""

        text = cell("decision")
        if not text:
            continue
        area = cell("area") or area
        code = re.sub(r"\s+", "", cell("dec_ref"))  # a narrow column wraps ids; a bare row number is not an id
        ref = code if (DECISION_ID.match(code) or id_like(code)) and not re.fullmatch(r"\d+", code) else None
        if ids_in_text:
            ref, text = split_leading_id(text)
        by = cell("decided_by")
        adjacent = "dec_ref" in cols and cols["decision"] == cols["dec_ref"] + 1
        quote = " ".join(x for x in (cell("dec_ref"), text) if x) if adjacent else text
        if ids_in_text:
            quote = cell("decision")
        r.add(ref, text, {"page": t.row_pages[i], "quote": quote},
              area=area, decided_by=_decider_cell(by, r) if by else None,
              outcome=_result_cell(cell("outcome")))


def _grid_cells(t: TableBlock, r: _Reader) -> None:
    """A table that is not a decision table: labels inside its cells ('... RESOLVED: that ...'), and the
    cells of a Decision column beside the discussion ('Item | Discussion | Decision | Action')."""
    cols = header_roles(t.header, ["area", "decision"])
    column = cols.get("decision")
    if column is not None and _norm(t.header[column]) not in DECISION_WORDS:
        column = None  # 'Description' / 'Details' name a decision only in a decision table
    kinds = kind_column(t)
    if kinds is not None:  # 'Type | Description | Owner' with Decision rows: the row's longest text
        _typed_rows(t, kinds, r)
        return
    for i, (row, page) in enumerate(zip(t.rows, t.row_pages)):
        for j, cell in enumerate(row):
            units = labelled_units(cell or "", decision_label)
            r.area = cell_title(units) or r.area  # a grid row's item title
            if i and j == column and cell and not any(is_label for _, is_label in units):
                area = row[cols["area"]] if "area" in cols and cols["area"] < len(row) else None
                r.add(None, cell, {"page": page, "quote": re.sub(r"\s+", " ", cell).strip()},
                      area=(area or "").strip() or None)
                continue
            for unit, is_label in units:
                lab = decision_label(unit) if is_label else None
                if lab is not None:
                    _from_label(lab, unit, page, r, [])


def _typed_rows(t: TableBlock, kinds: int, r: _Reader) -> None:
    """The Decision rows of a log that types its rows ('Type': Action / Decision / Info)."""
    cols = infer_columns(t, ["dec_ref", "area", "decision"], "decision")
    for row, page in zip(t.rows[1:], t.row_pages[1:]):
        if row_kind(row, kinds) != "decision":
            continue
        cells = [re.sub(r"\s+", " ", x or "").strip() for x in row]
        texts = [c for j, c in enumerate(cells) if j != kinds and c]
        text = cells[cols["decision"]] if "decision" in cols and cols["decision"] < len(cells) else ""
        text = text or max(texts, key=len, default="")
        if not text:
            continue
        code = cells[cols["dec_ref"]] if "dec_ref" in cols and cols["dec_ref"] < len(cells) else ""
        code = re.sub(r"\s+", "", code)
        ref = code if (DECISION_ID.match(code) or id_like(code)) and not re.fullmatch(r"\d+", code) else None
        area = cells[cols["area"]] if "area" in cols and cols["area"] < len(cells) else None
        r.add(ref or None, text, {"page": page, "quote": text}, area=area or None, decided_by=decider_of(
            text, r.abbrev, r.body))


def _result_cell(cell: str) -> str | None:
    """An Outcome / Result cell: 'Lost' -> rejected, 'Approved' / 'Noted' / 'Deferred' as they say;
    'Carried' leaves the outcome to the decision's own words."""
    if not cell:
        return None
    if re.search(r"(?i)\b(?:lost|failed|defeated|fell)\b", cell):
        return "rejected"
    return outcome_of(cell, "") or None


def _decider_cell(cell: str, r: _Reader) -> str:
    """A 'Decided by' cell: 'SRO', 'Chair', 'Panel' (this body), an abbreviation, else as printed."""
    c = cell.strip()
    if re.fullmatch(r"(?i)(?:the\s+)?sro", c):
        return "SRO"
    if re.search(r"(?i)ex[- ]committee", c):
        return "ex-committee"
    if re.search(r"(?i)\bchair", c):
        return "Chair"
    if re.fullmatch(rf"(?:the\s+)?(?:{BODY_NOUN})", c, re.I) or (r.abbrev and c.upper() == r.abbrev.upper()) \
            or (r.body and c.lower() == r.body.lower()):
        return r.abbrev or r.body or c
    return c


# an enumerated item below a bare label: '(i) to approve the budget;', '1. That the fees be deferred.', '• ...'
ITEM = re.compile(r"^\s*(?:[•·▪◦*–-]|\(?(?P<sub>\d{1,2}|[a-h]|[ivx]{1,4})[.)])\s+(?P<text>\S.*)$", re.S)


def _items_below(b: Paragraph, next_para: dict[int, Paragraph]) -> list[Paragraph]:
    """The paragraphs a label alone on its line ('RESOLVED:', 'The Committee AGREED:') heads: the run of
    enumerated items below it, else the one paragraph below."""
    p = next_para.get(id(b))
    if p is None or not ITEM.match(p.text):
        return [p] if p is not None else []
    run = []
    while p is not None and (m := ITEM.match(p.text)) and not decision_label(m.group("text")):
        run.append(p)
        p = next_para.get(id(p))
    return run


def _item_lines(paras: list[Paragraph]) -> list[tuple[str | None, str, str, int]]:
    """(sub-label, text, quote, page) of each enumerated item; a line that starts no item continues one."""
    out: list[list] = []
    for p in paras:
        lines = [(ln.text, ln.page) for ln in p.lines] or [(p.text, p.page)]
        for line, page in lines:
            m = ITEM.match(line)
            if m or not out:
                out.append([m.group("sub") if m else None, m.group("text") if m else line, line, page])
            else:
                out[-1][1] += " " + line
                out[-1][2] += " " + line
    return [tuple(x) for x in out]


def _from_label(lab: Label, text: str, page: int, r: _Reader, following: list[Paragraph]) -> bool:
    ev = {"page": page, "quote": text}
    minute = r.minute[0] if r.minute else None
    if not lab.text and following and ITEM.match(following[0].text):
        # 'RESOLVED:' / 'The Committee AGREED:' over '(i) to approve ...', '(ii) to defer ...': one each
        decided_by = decider_of(text, r.abbrev, r.body) if lab.subject else r.abbrev or r.body
        default = LABEL_OUTCOME.get(lab.word, "agreed")
        for sub, item, quote, pg in _item_lines(following):
            r.add(None, item, {"page": pg, "quote": quote}, default=default, decided_by=decided_by,
                  outcome=LABEL_OUTCOME.get(lab.word) or outcome_of(item, default), minute=minute, sub=sub or r.sub)
        return True
    if lab.kind == "decision":
        if not lab.text or re.match(r"(?i)^(?:none|nil|n/?a)\.?$", lab.text):
            return bool(lab.text)
        r.add(lab.id, lab.text, ev, qualifier=lab.qualifier)
        return True
    body = lab.text
    if not body and following:  # 'RESOLVED' alone on its line: the text is below
        body = following[0].text
        ev = {"page": page, "quote": f"{text} {body}"}
    if not body:
        return False
    default = LABEL_OUTCOME.get(lab.word, "agreed")
    decided_by = None
    if lab.subject and lab.text:  # 'The Board NOTED the report': the label is the sentence's verb,
        body = text  # the sentence is the text
    if lab.subject:
        decided_by = decider_of(text, r.abbrev, r.body)
    parts = split_numbered(body)
    for sub, part in parts:
        out = LABEL_OUTCOME.get(lab.word) or outcome_of(part, default)
        r.add(None, part, ev, default=default, decided_by=decided_by or r.abbrev or r.body, outcome=out,
              minute=minute, sub=sub or r.sub)
    return True


def _decisions_heading_items(b: Paragraph, r: _Reader) -> None:
    """Under a 'Decisions' heading every item is a decision, labelled or not ('• The dues were approved')."""
    for j, item in enumerate(paragraph_items(b)):
        r.pos = (r.pos[0], j)
        lab = decision_label(item)
        if lab:
            _from_label(lab, item, b.page, r, [])
        elif not re.match(r"(?i)^(?:none|nil|n/?a|no decisions?(?: were)?(?: taken| made)?)\.?$", item):
            r.add(None, item, {"page": b.page, "quote": item}, decided_by=decider_of(item, r.abbrev, r.body),
                  minute=r.minute[0] if r.minute else None)


def _from_narrative(sentence: str, page: int, r: _Reader) -> None:
    if MINUTES_APPROVED.match(sentence):
        r.add(None, sentence, {"page": page, "quote": sentence}, decided_by=r.abbrev or r.body,
              outcome="approved", minute=r.minute[0] if r.minute else None)
        return
    if MOTION_CARRIED.search(sentence):
        r.add(None, sentence, {"page": page, "quote": sentence}, decided_by=r.abbrev or r.body,
              outcome="agreed", minute=r.minute[0] if r.minute else None)
        return
    m = NARRATIVE.match(sentence)
    if not m:
        return
    who = m.group("who")
    if re.search(r"(?i)chair|sro", who) and m.group("verb").lower() not in ("approved", "rejected", "deferred"):
        return  # 'The Chair noted ...' is the chair speaking
    if re.fullmatch(r"[A-Z]{2,6}", who) and who != r.abbrev:
        return  # another body's view, or a person by initials ('LP noted that ...')
    decided_by = decider_of(sentence, r.abbrev, r.body)
    if decided_by not in ("SRO", "Chair", r.abbrev or r.body or "unknown"):
        return  # 'The P502 Workgroup recommends approval': a workgroup's view is not this body's decision
    r.add(None, sentence, {"page": page, "quote": sentence}, decided_by=decided_by,
          minute=r.minute[0] if r.minute else None)


def read_decisions(tables: list[TableBlock], paragraphs: list[Paragraph], body_abbrev: str | None, *,
                   meeting_id: str | None = None, body: str | None = None, blocks: list | None = None,
                   decision_paragraphs: list[Paragraph] | None = None) -> list[dict]:
    """The meeting's decisions in document order. ``blocks`` (all blocks in reading order) gives that
    order, the item headings and the cells of grid tables; ``meeting_id`` names the generated ids."""
    r = _Reader(body_abbrev, body)
    if blocks is None:
        blocks = list(tables) + list(paragraphs)
    table_ids = {id(t) for t in tables}
    under = {id(p) for p in (decision_paragraphs or [])}
    itemised = bool(tables) or bool(under) or any(lab is not None and lab.kind == "decision"
                                                  for lab in (decision_label(p.text) for p in paragraphs))
    zone = True  # under a decisions heading, until the next heading
    motion = None  # the text of the motion last put ('That the Council ...'), for 'Motion carried'
    narrative: list[tuple[tuple, str, int, tuple | None, str | None]] = []
    paras = [b for b in blocks if isinstance(b, Paragraph)]
    next_para = {id(p): paras[i + 1] for i, p in enumerate(paras[:-1])}
    taken: set[int] = set()  # paragraphs read as the text below a bare 'RESOLVED'
    for i, b in enumerate(blocks):
        r.pos = (i, 0)
        if isinstance(b, TableBlock):
            if id(b) in table_ids:
                _table_rows(b, r)
            elif classify(b) in ("other", "actions"):
                _grid_cells(b, r)
            continue
        if not isinstance(b, Paragraph) or id(b) in taken:
            continue
        if id(b) in under and zone:
            if item_of(b) and not decision_label(b.text) and not outcome_of(BULLET.sub("", b.text), ""):
                zone = False  # the next heading ends the decisions part ('1. The dues were approved' does not)
            else:
                _decisions_heading_items(b, r)
                continue
        units = labelled_units(b.text, decision_label, anywhere=False)
        if not any(is_label for _, is_label in units):
            head = item_of(b)
            if head:
                r.minute = (head[0], head[1]) if head[0] else None
                r.area = head[1] or None
                r.sub = None
                motion = None
                continue
        for j, (unit, is_label) in enumerate(units):
            r.pos = (i, j)
            r.sub = sub_label(unit) or r.sub  # '(a) Application ... RESOLVED to ...': the part's printed label
            m = MOTION_TEXT.search(unit)
            if m and not is_label:
                motion = m.group("motion")  # 'Moved by A / Seconded by B / That the Council ...'
            result = MOTION_RESULT.match(unit)
            if result and motion:  # 'Motion carried.': the motion put is the decision
                word = (result.group("result") or result.group("bare")).lower()
                lost = word in ("lost", "failed", "defeated", "fell")
                r.add(None, motion, {"page": b.page, "quote": unit}, decided_by=r.abbrev or r.body,
                      outcome="rejected" if lost else outcome_of(motion, "agreed"),
                      minute=r.minute[0] if r.minute else None, motion=True)
                motion = None
                continue
            # a bare label run on over the next sentence ('RESOLVED. The budget was set.') has no label
            # pattern of its own: it is read as text
            lab = decision_label(unit) if is_label else None
            if lab is not None:
                below = _items_below(b, next_para) if len(units) == 1 and not lab.text else []
                if _from_label(lab, unit, b.page, r, below):
                    taken |= {id(p) for p in below}
            elif not itemised:
                narrative.append(((i, j), unit, b.page, r.minute, r.area))
    for pos, sentence, page, minute, area in narrative:
        r.pos, r.minute, r.area = pos, minute, area
        _from_narrative(sentence, page, r)
    fit_to_pages(r.found, blocks)
    return _finish(r.found, meeting_id)


def _finish(found: list[dict], meeting_id: str | None) -> list[dict]:
    found.sort(key=lambda d: d.pop("_pos"))  # document order
    per_minute: dict[str, list[str | None]] = {}
    for d in found:
        if d["id"] is None and d.get("_minute"):
            per_minute.setdefault(d["_minute"], []).append(d.get("_sub"))
    # a minute whose resolutions each sit under their own printed sub-label ('(a)', '(b)') keeps them
    printed = {m for m, subs in per_minute.items() if None not in subs and len(set(subs)) == len(subs)}
    seen: dict[str, int] = {}
    n = 0
    for d in found:
        minute = d.pop("_minute", None)
        sub = d.pop("_sub", None)
        d.pop("_motion", None)
        if d["id"] is None and minute:
            if len(per_minute[minute]) == 1:
                d["id"] = f"Minute {minute}"
            elif minute in printed:
                d["id"] = f"Minute {minute}({sub})"
            else:
                seen[minute] = seen.get(minute, 0) + 1
                d["id"] = f"Minute {minute}({seen[minute]})"
        elif d["id"] is None:
            n += 1
            d["id"] = f"{meeting_id or 'MEETING'}-D{n}"
        d["key"] = f"decision:{d['id']}"
    return found


def _decision(ref: str | None, area: str | None, text: str, body_abbrev: str | None, body: str | None, ev: dict, *,
              qualifier: str | None = None, default: str = "agreed", decided_by: str | None = None,
              outcome: str | None = None) -> dict:
    approved, rejected = split_outcomes(text)
    subjects = list(dict.fromkeys(approved + rejected))
    if any(k.startswith("cr:") for k in subjects):  # a decision on a CR: documents named are context
        subjects = [k for k in subjects if k.startswith("cr:")]
    return {"key": None, "id": ref, "area": area, "text": text, "outcome": outcome or outcome_of(text, default),
            "decided_by": decided_by or decider_of(text, body_abbrev, body, qualifier), "subjects": subjects,
            "evidence": [ev]}
