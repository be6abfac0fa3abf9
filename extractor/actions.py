"""Actions in any layout: table rows, labelled lines, '(Action: AL)' tails, 'X to ...' lines; owners resolved.

Where an action comes from:
- an action table (tables.classify 'actions'), columns told apart by header words and content
  (log_columns.py); a 'Previous Meeting(s)' row starts the carried-forward actions; an empty
  Area cell carries the one above down; with no id column, an id opening every Action cell
  ('A318-1' on the cell's first line) is the row's id;
- a labelled line anywhere in the running text or a table cell ('ACTION DAG26-01: ...',
  'ACTION: ...', 'Action 20: ...', 'Action item 3: ...', 'Action Ana: ...', 'Action -> ...');
- a sentence with an '(Action: AL)' tail (the owner may hold a bracket: '(Action: Pro-Vice-Chancellor
  (Education))'), or followed by a label that names only the owner ('... by 14 March 2025. Action: JB',
  'Action: IM/RT' on the line below): that sentence is the task;
- under an actions heading, 'X to <verb> ...' lines and 'Name - task (early March)' lines; elsewhere
  a paragraph that is one 'X to <verb> ...' sentence whose X is a listed person, role or organisation.
The same action stated twice (a table row and a line, by id, or without ids by their words) is one.
Closures stated in the text ('DAG26-02 and DAG26-03: Closed.', 'AL24-19 was complete') close them, for
ids of the shapes action codes take and of the shape of the ids this document prints ('A318-1' printed:
'A317-1 ... was closed' is an earlier action). A full date the task is to be done on ('... on 18 March
2025') is its due date, as 'by 18 March 2025' is.
Ids: as printed; `<meeting id>-A<n>` in document order where none is printed (a bare row number is not
an id).
"""

from __future__ import annotations

import re

from .keys import doc_key, slug
from .labelled_lines import (
    ACTION_TAIL,
    BULLET,
    action_label,
    cell_title,
    fit_to_pages,
    item_of,
    labelled_units,
    paragraph_items,
    sentences,
)
from .log_columns import (
    cell_date,
    due_like,
    first_row,
    header_roles,
    id_like,
    infer_columns,
    kind_column,
    leading_ids,
    row_kind,
    split_leading_id,
    status_like,
)
from .mentions import cr_ids, doc_mentions
from .owners import resolve_owner
from .pdf_pages import Paragraph, TableBlock
from .roster import Roster
from .sections import heading_kind, item_heading
from .tables import _norm, classify

ACTION_ID = re.compile(r"\b([A-Z]{2,6}\d{1,3}(?:\.\d+)?-\d{1,3})\b")
CLOSED = re.compile(r"\b(closed|complete[d]?|done|discharged|finished|delivered)\b", re.I)
OPEN = re.compile(r"\b(remains?\s+open|remained\s+open|still\s+open|kept\s+open|(?:re)?open(?:ed)?|ongoing|"
                  r"in\s+progress|pending|retained|carried\s+forward|not\s+(?:yet\s+)?(?:complete[d]?|closed|done)|"
                  r"incomplete|outstanding)\b", re.I)
_ID = r"[A-Z]{2,6}\d{1,3}(?:\.\d+)?-\d{1,3}"
# '<Owner> to <verb> ...': a capitalised owner phrase before 'to'
_OWNER = (r"(?P<owner>(?:(?:the|all)\s+)?[A-Z][\w&.'’-]*(?:\s*(?:/|,|&|and)\s*[A-Z][\w&.'’-]*"
          r"|\s+[A-Z(][\w&.'’()-]*){0,5})")
OWNER_TO = re.compile(rf"^{_OWNER}\s+to\s+(?P<verb>[a-z]\w+)\b", re.S)
# under an actions heading also '<Owner> will / would / agreed to / undertook to <verb> ...'
OWNER_WILL = re.compile(rf"^{_OWNER}\s+(?:will|would|shall|(?:has\s+|had\s+)?(?:agreed|undertook|offered|"
                        r"volunteered)\s+to|(?:is|are|was|were)\s+to)\s+(?:also\s+)?(?P<verb>[a-z]\w+)\b", re.S)
# 'Ana Lutz - publish release (early March)', 'AL – circulate the paper by Friday'
OWNER_DASH = re.compile(r"^(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+[-–—:]\s+(?P<task>[A-Za-z].+)$", re.S)
DUE_IN_TEXT = re.compile(
    r"(?:\b(?:by|before|due|no later than|deadline:?)\s+(?P<by>(?:the\s+)?(?:[A-Z][a-z]+day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+[A-Z][a-z]+"
    r"(?:\s+\d{4})?|\d{1,2}-[A-Z][a-z]{2}-\d{2,4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|"
    r"(?:the\s+)?next\s+meeting|(?:the\s+)?end\s+(?:of\s+)?(?:the\s+)?[A-Z]?\w+(?:\s+\d{4})?|[A-Z][a-z]+day|Q[1-4]\s+\d{4}|"
    r"(?:the\s+)?[A-Z][a-z]+\s+meeting|Meeting\s+#?\d+))"
    r"|\((?P<paren>(?:early|mid|late|end(?: of)?)[- ]?\s*[A-Z][a-z]+(?:\s+\d{4})?|ASAP|TBC|ongoing|"
    r"next meeting|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?)\)"
    r"|\b(?P<word>ASAP|TBC)\b"
    # 'take the projections to the Finance Committee on 18 March 2025': a full date the task is done on
    r"|\bon\s+(?P<on>(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|"
    r"\d{4}-\d{2}-\d{2})\b)")
STOP_TEXT = re.compile(r"^(?:none|nil|no (?:new )?actions?(?: (?:arising|recorded|were (?:agreed|recorded)))?|n/?a|"
                       r"see (?:below|above|the action log|appendix \w+|annex \w+))\.?$", re.I)
BAND = re.compile(r"^(?:(?:actions?|items?)\s+(?:from|arising)\b.*|.*\b(?:previous|carried|brought forward|outstanding|"
                  r"new|open|closed|completed)\b.*\b(?:actions?|meetings?(?:\(s\))?|items?)\W*)$", re.I)
_VERBS_NOT = {"be", "the", "a", "an", "date"}


# --- due and status ------------------------------------------------------------------------------

def due_of(text: str | None) -> tuple[str | None, str | None]:
    """(due ISO date or None, due_text). A full date as the text gives it; a day and month without a year
    ('by 22 December'), a month ('April 2025'), a quarter ('Q3 2025') or words ('ASAP', 'TBC', 'next
    meeting', 'Ongoing', 'early March') give None and stay in due_text: the record never completes a date."""
    if not text:
        return None, None
    return cell_date(text), text


def status_of(*cells: str | None) -> str:
    text = " ".join(c for c in cells if c)
    if not text:
        return "open"
    if CLOSED.search(text) and not OPEN.search(text):
        return "closed"
    return "open"


def _subjects(text: str) -> list[str]:
    subs = [f"cr:{c}" for c in cr_ids(text)]
    subs += [doc_key(d["ref"], d["name"]) for d in doc_mentions(text)]
    return list(dict.fromkeys(subs))


# --- the reader ----------------------------------------------------------------------------------

def _norm_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in
            {"the", "and", "for", "with", "that", "this", "from", "will", "would", "should", "all", "are"}}


def _same(a: dict, b: dict) -> bool:
    """Two statements of one action: most of the shorter one's words are in the other, or half of
    them when both name the same owner ('Clerk to write to ...' and a row 'Write to ... | Town Clerk')."""
    wa, wb = a["_words"], b["_words"]
    if not wa or not wb:
        return False
    shared = len(wa & wb)
    share = shared / min(len(wa), len(wb))
    return shared >= 3 and (share >= 0.6 or (share >= 0.4 and _same_owner(a, b)))


def _same_owner(a: dict, b: dict) -> bool:
    if a["owners"] and a["owners"] == b["owners"]:
        return True
    x, y = (re.sub(r"\s+", " ", (o or "").lower()).strip() for o in (a["owner_text"], b["owner_text"]))
    return bool(x and y) and (x == y or x.endswith(" " + y) or y.endswith(" " + x))


def _owner_and_task(text: str) -> tuple[str | None, str]:
    """'Ana to circulate the draft' -> ('Ana', text); 'Marta and Samir to prepare ...' -> ('Marta and Samir', text)."""
    m = OWNER_TO.match(text)
    if m and m.group("verb") not in _VERBS_NOT:
        owner = m.group("owner").strip()
        owner = re.sub(r"^(?:the|all)\s+(?=[A-Z])", "", owner) if not re.match(r"(?i)all\b", owner) else owner
        return owner, text
    return None, text


OWNER_TAIL = re.compile(r"\s*\(((?:[A-Z]|all\b)[\w .,'’&/-]{0,40})\)\s*\.?$")  # '(Ana)', '(JS/BR)', '(BR, CD)', '(all)'
# 'BR/CD: circulate the paper', 'Ben Roe – circulate the paper': an owner leading a labelled action's text
LEAD_OWNER = re.compile(r"^(?P<owner>[A-Z][\w.'’-]*(?:(?:\s+|\s*[/,&]\s*|\s+and\s+)[A-Z][\w.'’-]*){0,4})"
                        r"\s*(?::|–|—|\s-)\s+(?P<task>\S.*)$", re.S)


def parse_task(text: str, c: _Collector, owner: str | None = None) -> tuple[str | None, str, str | None, str]:
    """(owner_text, text, due_text, status) of an inline action: the owner before 'to' or in a closing
    bracket ('... book the venue (Ana)'), the due phrase ('by 2025-02-21', '(early March)') and a
    '(completed)' mark taken off the end of the text."""
    text = re.sub(r"\s+", " ", text).strip()
    status = "open"
    done = re.search(r"\s*\((?:completed?|closed|done)\)\s*\.?$", text, re.I)
    if done:
        status, text = "closed", text[:done.start()]
    tail = OWNER_TAIL.search(text)
    if tail and not DUE_IN_TEXT.fullmatch(tail.group(0).strip(" .")) and c.owners(tail.group(1)):
        owner, text = owner or tail.group(1), text[:tail.start()]
    if owner is None:
        owner, _ = _owner_and_task(text)
    if owner is None:  # a labelled action: 'ACTION: BR/CD: circulate ...', 'ACTION: The Secretariat will ...'
        lead = LEAD_OWNER.match(text)
        will = OWNER_WILL.match(text)
        if lead and c.owners(lead.group("owner")):
            owner, text = lead.group("owner"), lead.group("task")
        elif will and will.group("verb") not in _VERBS_NOT and c.owners(will.group("owner")):
            owner = re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", will.group("owner").strip())
    due_text = None
    m = DUE_IN_TEXT.search(text)
    if m:
        due_text = (m.group("by") or m.group("paren") or m.group("word") or m.group("on")).strip()
        if m.group("by") and re.match(r"(?i)before\b", m.group(0)):
            due_text = m.group(0).strip()  # 'before Meeting #7': the word says which side of the date
        if m.group("paren") and not text[m.end():].strip(" .;"):
            text = text[:m.start()]  # '... summary (early March)': the bracket is the due date, not the task
    return owner, text.strip().rstrip(".;,").strip(), due_text, status


class _Collector:
    def __init__(self, roster: Roster, body_abbrev: str | None, body_key: str | None):
        self.roster, self.abbrev, self.body_key = roster, body_abbrev, body_key
        self.items: list[dict] = []
        self.area: str | None = None  # the item being read: an inline action's area
        self.minutes: dict[str, str] = {}  # minute number -> its title, for an area cell '40/25'

    def owners(self, owner_text: str | None) -> list[str]:
        return resolve_owner(owner_text, self.roster, self.abbrev, self.body_key) if owner_text else []

    def add(self, ref: str | None, text: str, owner_text: str | None, due_text: str | None, status: str,
            evidence: dict, area: str | None = None, from_table: bool = False) -> None:
        text = text.strip()
        if not text or STOP_TEXT.match(text):
            return
        due, due_text = due_of(due_text)
        area = area if from_table else self.area
        new: dict = {"key": None, "id": ref, "area": area, "text": text, "owner_text": owner_text,
               "owners": self.owners(owner_text), "due": due, "due_text": due_text, "status": status,
               "subjects": _subjects(f"{area or ''} {text}"), "evidence": [evidence],
               "_table": from_table, "_words": _norm_words(text)}
        same = self._find(new)
        if same is None:
            self.items.append(new)
            return
        # one action stated twice: the table row's cells win, the line adds what they leave out
        first, second = (same, new) if same["_table"] or not new["_table"] else (new, same)
        for k in ("area", "owner_text", "due", "due_text", "id"):
            if first[k] is None and second[k] is not None:
                first[k] = second[k]
        if not first["owners"]:
            first["owners"] = second["owners"]
        if "closed" in (first["status"], second["status"]) and not first["_table"]:
            first["status"] = "closed"
        first["evidence"] += [e for e in second["evidence"] if e not in first["evidence"]]
        first["subjects"] += [s for s in second["subjects"] if s not in first["subjects"]]
        first["_table"] = first["_table"] or second["_table"]
        if first is new:
            self.items[self.items.index(same)] = new

    def _find(self, new: dict) -> dict | None:
        if new["id"]:
            hit = next((a for a in self.items if a["id"] == new["id"]), None)
            if hit:
                return hit
        for a in self.items:
            if (a["id"] is None or new["id"] is None) and _same(a, new):
                return a
        return None

    def close(self, ref: str, evidence: dict, status: str = "closed") -> None:
        """The status the text states for an action; an action only spoken of so is recorded too."""
        hit = next((a for a in self.items if a["id"] == ref), None)
        if hit is not None and status == "open" and hit["status"] == "closed":
            return  # said to be closed elsewhere: a later 'remains open' of another id does not reopen it
        if hit is None:
            self.items.append({"key": None, "id": ref, "area": None, "text": None, "owner_text": None,
                               "owners": [], "due": None, "due_text": None, "status": status, "subjects": [],
                               "evidence": [evidence], "_table": False, "_words": set()})
            return
        hit["status"] = status
        if evidence not in hit["evidence"]:
            hit["evidence"].append(evidence)


def _table_rows(t: TableBlock, c: _Collector) -> None:
    cols = infer_columns(t, ["ref", "area", "action", "owner", "due", "status"], "action")
    if "action" not in cols:
        return
    header = [h.strip().lower() for h in t.header]
    area, section = None, None
    start = first_row(t, ["ref", "area", "action", "owner", "due", "status"])
    # no id column, but each Action cell opens with its id ('A318-1' on the cell's first line)
    kinds = kind_column(t)  # 'Type': Action / Decision / Info: only the action rows are actions
    ids_in_text = "ref" not in cols and leading_ids([(r[cols["action"]] if cols["action"] < len(r) else "") or ""
                                                    for r in t.rows[start:]])
    for r, row in enumerate(t.rows[start:], start=start):
        cells = [re.sub(r"\s+", " ", x or "").strip() for x in row]
        if start and [x.lower() for x in cells] == header:
            continue  # the header repeated after a page break
        filled = [x for x in cells if x]
        if not filled or row_kind(row, kinds) not in (None, "action"):
            continue

        def cell(k, cells=cells):
            return cells[cols[k]] if k in cols and cols[k] < len(cells) else ""

        text = cell("action")
        # a band across the table ('Previous Meeting(s)', 'New actions'): one text, not an action's own
        in_action = cells.index(filled[0]) == cols["action"] and len(set(filled)) == len(filled) == 1
        if len(set(filled)) == 1 and (not text or len(filled) < len(cells) or len(cells) == 1) \
                and len(filled[0]) < 80 and not id_like(filled[0]) and (not in_action or BAND.search(filled[0])):
            section = filled[0]  # 'Previous Meeting(s)': the rows below are carried forward
            area = None
            continue
        if cell("area"):
            area = cell("area")
        code = re.sub(r"\s+", "", cell("ref"))  # a narrow column wraps ids: "CCAG101-0 1"
        ref = code if id_like(code) and not re.fullmatch(r"\d+", code) else None  # a bare row number is not an id
        if ids_in_text:
            ref, text = split_leading_id(text)
        owner_text = cell("owner") or None
        if owner_text is None and "owner" not in cols:  # 'Item | Item Discussed | Action': initials on the right
            tail = re.search(r"(?:^|\s)\(?([A-Z][A-Za-z]{1,3}(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,3})*)\)?\.?$", text)
            if tail and c.owners(tail.group(1)):
                owner_text = tail.group(1)
                text = text[:tail.start()].strip()
        if not text:
            continue
        status = status_of(cell("status"), text if re.search(r"\((?:completed?|closed|done)\)", text, re.I) else "")
        if not cell("status") and section and CLOSED.search(section) and not OPEN.search(section):
            status = "closed"  # a row under a 'Completed actions' band
        # the row's id and text as one quote where they stand side by side, else the text alone
        adjacent = "ref" in cols and cols["action"] == cols["ref"] + 1 and text == cell("action")
        quote = " ".join(x for x in (cell("ref"), text) if x) if adjacent else text
        if ids_in_text:
            quote = cell("action")  # the id and the text as the cell prints them
        c.add(ref, text, owner_text, cell("due") or None, status, {"page": t.row_pages[r], "quote": quote},
              area=area or section, from_table=True)


def _from_label(text: str, page: int, c: _Collector, quote: str) -> bool:
    lab = action_label(text)
    if lab is None:
        return False
    task, rest = lab.text, ""
    if lab.qualifier and (OWNER_TO.match(lab.qualifier) or (len(lab.text) < 80 and (CLOSED.search(lab.text)
                                                                                    or OPEN.search(lab.text)))):
        task, rest = lab.qualifier, lab.text  # 'Action item 1 (Kenji to circulate ...): done'
    task, fields = _fields(task)
    owner = (lab.owner if lab.owner and c.owners(lab.owner) else None) or fields.get("owner")
    if owner is None and lab.qualifier and task is lab.text and c.owners(lab.qualifier):
        owner = lab.qualifier  # 'ACTION (AL): circulate the draft'
    owner, task, due_text, status = parse_task(task, c, owner)
    due_text = fields.get("due") or due_text
    if fields.get("status"):
        rest = f"{rest} {fields['status']}"
    if rest and status_of(sentences(rest)[0]) == "closed":  # 'Action 1 (...): done. Action 2 remains open.'
        status = "closed"
    c.add(lab.id, task, owner, due_text, status, {"page": page, "quote": quote})
    return True


FIELD = re.compile(r"(?:^|(?<=[.;,])\s*|\s+)\(?(?P<label>Owners?|Lead|Who|Responsible|Action by|Due(?: date)?|Deadline|"
                   r"By when|Target(?: date)?|Status)\s*:\s*", re.I)
_FIELD_ROLE = {"owner": "owner", "owners": "owner", "lead": "owner", "who": "owner", "responsible": "owner",
               "action by": "owner", "due": "due", "due date": "due", "deadline": "due", "by when": "due",
               "target": "due", "target date": "due", "status": "status"}


def _fields(text: str) -> tuple[str, dict[str, str]]:
    """'Publish the decision. Owner: Programme (PMO). Due: 18/10/2023.', 'Publish it (owner: RO, due: 4 May
    2025)' -> the task and its labelled fields."""
    found = list(FIELD.finditer(text))
    if not found:
        return text, {}
    fields: dict[str, str] = {}
    for m, nxt in zip(found, found[1:] + [None]):
        value = text[m.end():nxt.start() if nxt else len(text)].strip().rstrip(".;,").strip()
        if value.count(")") > value.count("("):  # '(owner: RO, due: 28 March 2025)': the fields' bracket
            value = value[:value.rindex(")")].strip().rstrip(".;,").strip()
        fields.setdefault(_FIELD_ROLE[m.group("label").lower()], value)
    return text[:found[0].start()].strip(), fields


# 'Action: JB', 'ACTION – IM/RT', 'ACTION BR', 'Action by: Clerk', 'Action: JB by 14 March 2025': a label
# naming only who
OWNER_ONLY = re.compile(r"^[*•\s]*(?:ACTIONS?|Actions?)(?:\s+(?:by|owners?|for|with))?"
                        r"(?P<sep>\s*(?::|->|→|–|—|-)|\s)\s*(?P<owner>[^.;]{1,80}?)\s*\.?$", re.S)
_OWNER_DUE = re.compile(r"(?:\s*[,;–—]\s*|\s+-\s+|\s+(?:by|before|due)\s+|\s*\(\s*)(?P<due>[^()]+?)\)?$")


def _split_owner_due(text: str) -> tuple[str, str | None]:
    """'BR by 14 March 2025', 'BR, 14/03/2025', 'BR – 14 March 2025', 'BR (14 March)' -> the owner and the date."""
    owner, due_text = text.strip(), None
    d = _OWNER_DUE.search(owner)
    if d and d.start() > 0 and len(d.group("due").split()) <= 4 and due_like(d.group("due")):
        owner, due_text = owner[:d.start()].strip(), d.group("due").strip()
    return owner, due_text


def _owner_label(text: str, c: _Collector) -> tuple[str, str | None] | None:
    """(owner, due_text) of a label that says only who does the task ('Action: JB', 'Action: IM/RT',
    'Action: Clerk – 14/03/2025'); None for a label that states the task itself."""
    m = OWNER_ONLY.match(text.strip())
    if not m:
        return None
    owner, due_text = _split_owner_due(m.group("owner"))
    words = [w for w in re.split(r"\s*(?:/|,|&|\band\b)\s*|\s+", owner) if w]
    if not owner or len(owner) > 60 or len(words) > 6 or not all(w[:1].isupper() or w in ("of", "the", "for")
                                                                 for w in words):
        return None
    if c.owners(owner):
        return owner, due_text
    # an owner no listed name or role resolves ('Action: CEO', 'Action: Estates Team') is still who, not
    # what: a label's whole text of a few capitalised words that say no status, date or 'none'
    # ('Action Log', 'Action Plan' with no separator are headings, not owners)
    if not m.group("sep").isspace() and len(words) <= 4 and not STOP_TEXT.match(owner) \
            and not status_like(owner) and not due_like(owner) and not CLOSED.search(owner) and not OPEN.search(owner):
        return owner, due_text
    return None


def _labelled(units: list[tuple[str, bool]], page: int, c: _Collector, above: Paragraph | None) -> None:
    """The actions of a paragraph's or a cell's labelled units. A label that names only the owner ('JB
    would circulate the results by 14 March. Action: JB') closes the sentence before it: in the same
    text, else the last sentence of the paragraph ``above``."""
    for j, (unit, is_label) in enumerate(units):
        if not is_label:
            continue
        owner = _owner_label(unit, c)
        if owner is None:
            _from_label(unit, page, c, unit)
        elif j and not units[j - 1][1]:
            _from_owner_tail(units[j - 1][0], owner, page, c, f"{units[j - 1][0]} {unit}")
        elif j == 0 and above is not None and sentences(above.text):
            task = sentences(above.text)[-1]
            _from_owner_tail(task, owner, above.page, c, f"{task} {unit}" if above.page == page else task)


def _is_action_label(text: str) -> bool:
    return bool(action_label(text) or OWNER_ONLY.match(text.strip()))


def _from_owner_tail(task: str, owner: tuple[str, str | None], page: int, c: _Collector, quote: str) -> None:
    who, task, due_text, status = parse_task(task, c, owner[0])
    if owner[1] and (due_text is None or (cell_date(owner[1]) and not cell_date(due_text))):
        due_text = owner[1]  # 'Action: RT by 2 May 2025': the label's full date says more than 'before May'
    c.add(None, task, who, due_text, status, {"page": page, "quote": quote})


def _from_tails(text: str, page: int, c: _Collector) -> None:
    """'The Secretariat will circulate the draft. (Action: AL)': the sentence before the tail is the action."""
    pos = 0
    for m in ACTION_TAIL.finditer(text):  # '(Action: BR by 14 March 2025)': an owner and a date
        before = text[pos:m.start()].strip()
        pos = m.end()
        sents = sentences(before)
        if not sents:
            continue
        start = text.rfind(sents[-1], 0, m.start())
        _from_owner_tail(sents[-1], _split_owner_due(m.group("owner") or m.group("owner2")), page, c,
                         text[max(start, 0):m.end()].strip())


def _line_id(line: str) -> tuple[str | None, str]:
    """A code opening a task line under an actions heading ('A318-1 ...', 'AP3: ...') is its id: a code
    with a separator or two letters before its digits ('Q3 forecast ...' is no id)."""
    ref, rest = split_leading_id(line)
    if ref and (re.search(r"[-/.]", ref) or re.match(r"[A-Za-z]{2,}\d", ref)):
        return ref, rest
    m = _DOTTED_ID.match(line)  # '3.1 Ana Lutz to circulate ...': actions numbered by meeting and line
    if m:
        return m.group(1), m.group(2)
    return None, line


_DOTTED_ID = re.compile(r"^\s*(\d{1,3}\.\d{1,3})\s+(?=\S)(?!(?:[A-Z][a-z]+\s+)?\d)(.*)$", re.S)


def _from_plain_line(p_text: str, page: int, c: _Collector, under_heading: bool,
                     lines: list[str] | None = None, ref: str | None = None) -> None:
    """'Ana to circulate the draft.' (one sentence, or any line under an actions heading) and
    'Ana Lutz - publish release (early March)' lines (under an actions heading, or anywhere when the
    name is a listed person's)."""
    owner: str | None
    dashed = _dash_lines(lines or [p_text], c, under_heading)
    if dashed:
        for owner, task, line in dashed:
            owner, task, due_text, status = parse_task(task, c, owner)
            c.add(None, task, owner, due_text, status, {"page": page, "quote": line})
        return
    owner, task = _owner_and_task(p_text)
    if owner is None and under_heading:
        # a listed item under an actions heading: 'JB will circulate ...', '... on the website (CD)'
        owner = parse_task(p_text, c)[0]
    if owner is None or not c.owners(owner):
        return
    if not under_heading and (len(p_text) > 300 or len(sentences(p_text)) > 1):
        return  # elsewhere only a line that is one 'X to ...' sentence is an action
    owner, task, due_text, status = parse_task(task, c, owner)
    c.add(ref, task, owner, due_text, status, {"page": page, "quote": p_text})


def _is_task_line(text: str, c: _Collector) -> bool:
    """'1. Ana to circulate the draft', 'Ben Roe - publish the notes': a numbered or plain task line."""
    t = BULLET.sub("", text.strip())
    owner, _ = _owner_and_task(t)
    return bool(owner and c.owners(owner)) or bool(_dash_lines([t], c, True))


def _dash_lines(lines: list[str], c: _Collector, under_heading: bool) -> list[tuple[str, str, str]]:
    """(owner, task, line) for 'Name - task' lines; a line that starts no entry continues the one above."""
    out: list[list[str]] = []
    for line in lines:
        m = OWNER_DASH.match(line.strip())
        owners = c.owners(m.group("owner")) if m else []
        # outside an actions heading only a person's lower-case task of three words or more ('Ana Lutz -
        # publish the release'): 'Ana Lutz – Chair' and 'Ben Roe - apologies' are attendance lines
        if m and owners and (under_heading or (any(k.startswith("person:") for k in owners)
                                               and m.group("task")[0].islower()
                                               and len(m.group("task").split()) >= 3)):
            out.append([m.group("owner"), m.group("task"), line.strip()])
        elif out:
            out[-1][1] += " " + line.strip()
            out[-1][2] += " " + line.strip()
        else:
            return []
    return [(x[0], x[1], x[2]) for x in out]


def _shape(code: str) -> str:
    """'A318-1' -> a pattern for its shape: the same letters, any digits, the same separator."""
    return "".join(r"\d{1,4}" if part.isdigit() else re.escape(part) for part in re.findall(r"\d+|\D+", code))


def _status_rx(known: set[str]) -> tuple[re.Pattern, re.Pattern]:
    """'DAG30-02: Closed.' and 'HMF16-02 and HMF16-03 were closed' / 'AL25-02 remained open', for the
    id shapes of action codes, the ids this document printed ('AP3', 'Action 12') and the shape of its
    codes ('A318-1' printed: 'A317-1' is an earlier action of the same log)."""
    alts = sorted((re.escape(k) for k in known if not ACTION_ID.fullmatch(k)), key=len, reverse=True)
    shapes = sorted({_shape(k) for k in known
                     if not ACTION_ID.fullmatch(k) and re.fullmatch(r"[A-Za-z]+\d+[-./]\d+|[A-Z]{2,}\d+|\d+\.\d+", k)})
    one = "(?:" + "|".join([_ID] + alts + shapes) + ")"
    ids = rf"{one}(?:\s*(?:,|and|&)\s*{one})*"
    # '2.1 Closed. The paper was sent.': a status word after the id stands for the separator
    stated = re.compile(rf"^(?:Actions?\s+)?(?P<ids>{ids})(?:\s*\([^)]*\))?(?:\s*[:–-]\s*|\s+(?=(?:Closed|"
                        rf"Open|Complete[d]?|Done|Ongoing|Superseded)\b))(?P<rest>.*)$", re.S)
    after = re.compile(rf"(?<![\w-])(?P<ids>{ids})(?![\w-])(?:\s*\([^)]*\))?\s+(?:(?:was|were|is|are|has|have|had|been|"
                       r"now|still|remains?|remained|being|confirmed|marked|reported|recorded|agreed|as)\s+)*"
                       r"(?P<word>closed|complete[d]?|done|discharged|open|ongoing)\b")
    return stated, after


def _closures(text: str, page: int, c: _Collector, rx: tuple[re.Pattern, re.Pattern]) -> None:
    """Statuses the running text states for printed action ids (closed, or still open)."""
    stated, after = rx
    units = sentences(text)
    # 'DAG26-04: The re-issued IA closed on 28/07/2023. The action remains open.': an id heading its
    # statement speaks for the sentences after it, up to the next sentence that names an id
    groups: list[list[str]] = []
    for u in units:
        if groups and not after.search(u) and not stated.match(u) and stated.match(groups[-1][0]):
            groups[-1].append(u)
        else:
            groups.append([u])
    for group in groups:
        sentence = " ".join(group)
        m = stated.match(sentence)
        if m:
            rest = m.group("rest")
            if CLOSED.search(rest) or OPEN.search(rest):
                for ref in _split_ids(m.group("ids")):
                    c.close(ref, {"page": page, "quote": sentence}, status_of(rest))
            continue
        found = list(after.finditer(sentence))
        for m, nxt in zip(found, found[1:] + [None]):
            word = m.group("word").lower()
            status = "open" if word in ("open", "ongoing") else "closed"
            clause = re.split(r"[;]", sentence[m.end():nxt.start() if nxt else len(sentence)])[0]
            if status == "closed" and OPEN.search(clause):
                continue  # 'AL25-02 was closed by the survey but remains open': the clause says open
            for ref in _split_ids(m.group("ids")):
                c.close(ref, {"page": page, "quote": sentence}, status)


def _split_ids(ids: str) -> list[str]:
    return [x.strip() for x in re.split(r"\s*(?:,|\band\b|&)\s*", ids) if x.strip()]


_GRID_NOT = {"lead", "who", "date", "when", "by", "lead officer"}


def _grid(t: TableBlock, c: _Collector) -> None:
    """Labelled actions in the cells of a minutes grid; the row's Owner and Due cells, where the grid has
    them ('Item | Decision / Action | Owner | Deadline'), give what the label's text leaves out."""
    cols = {k: i for k, i in header_roles(t.header, ["owner", "due"]).items()
            if _norm(t.header[i]).rstrip(":") not in _GRID_NOT}  # an item's 'Lead' presents it
    for r, (row, page) in enumerate(zip(t.rows, t.row_pages)):
        before = len(c.items)
        for cell in row:
            if cell and cell.strip():
                units = labelled_units(re.sub(r"\s+", " ", cell).strip(), _is_action_label)
                c.area = cell_title(units) or c.area  # a grid row's item title
                _labelled(units, page, c, None)
        if r == 0 or len(c.items) == before:
            continue
        owner = re.sub(r"\s+", " ", row[cols["owner"]] or "").strip() if cols.get("owner", 99) < len(row) else ""
        due = re.sub(r"\s+", " ", row[cols["due"]] or "").strip() if cols.get("due", 99) < len(row) else ""
        for a in c.items[before:]:
            if owner and not a["owner_text"]:
                a["owner_text"], a["owners"] = owner, c.owners(owner)
            if due and not a["due_text"]:
                a["due"], a["due_text"] = due_of(due)


def read_actions(tables: list[TableBlock], paragraphs: list[Paragraph], all_sentences: list[tuple[str, int]],
                 roster: Roster, body_abbrev: str | None, *, meeting_id: str | None = None,
                 blocks: list | None = None, action_paragraphs: list[Paragraph] | None = None,
                 body: str | None = None) -> list[dict]:
    """The meeting's actions. ``blocks`` (all blocks in reading order) gives document order and the
    table cells that hold labelled lines; ``action_paragraphs`` are the paragraphs under an actions
    heading (sections.py); ``meeting_id`` names the generated ids; ``body`` names the body key when
    there is no abbreviation. ``all_sentences`` is kept for the record@1 call: statuses stated in the
    text are read from the paragraphs themselves, which also cover the parts outside agenda items."""
    body_key = f"body:{body_abbrev.lower()}" if body_abbrev else (f"body:{slug(body)}" if body else None)
    c = _Collector(roster, body_abbrev, body_key)
    if blocks is None:
        blocks = list(tables) + list(paragraphs)
    table_ids = {id(t) for t in tables}
    under = {id(p) for p in (action_paragraphs or [])}
    heading_zone = True
    prev: Paragraph | None = None
    last: Paragraph | None = None
    for b in blocks:
        if isinstance(b, TableBlock):
            if id(b) in table_ids:
                _table_rows(b, c)
            elif classify(b) == "other":
                _grid(b, c)
            continue
        if not isinstance(b, Paragraph):
            continue
        prev, last = last, b  # the paragraph above: the task an 'Action: JB' line below it names the owner of
        if len(b.text) < 70 and heading_kind(b.text) == "actions":
            heading_zone = True
        head = item_of(b) if not action_label(b.text) else None
        if head and id(b) not in under:
            c.area = head[1] or None
            if head[0]:
                c.minutes[head[0]] = head[1]
        if id(b) in under and heading_zone:
            if item_heading(b) and not action_label(b.text) and not _is_task_line(b.text, c):
                heading_zone = False  # the next heading ends the actions part ('1. Ana to ...' does not)
            else:
                if _dash_lines([ln.text for ln in b.lines] or [b.text], c, True):
                    _from_plain_line(b.text, b.page, c, True, lines=[ln.text for ln in b.lines] or None)
                    continue
                for line in paragraph_items(b):
                    if not _from_label(line, b.page, c, line):
                        ref, task = _line_id(line)  # 'A318-1 Panel Secretary to submit ...'
                        _from_plain_line(task, b.page, c, under_heading=True, ref=ref)
                continue
        units = labelled_units(b.text, _is_action_label, anywhere=False)
        if any(is_label for _, is_label in units):
            _labelled(units, b.page, c, prev if prev is not None and not item_of(prev) else None)
            last = None  # a labelled paragraph is no task for a label below it
            continue
        if ACTION_TAIL.search(b.text):
            _from_tails(b.text, b.page, c)
            continue
        _from_plain_line(b.text, b.page, c, under_heading=False, lines=[ln.text for ln in b.lines] or None)
    rx = _status_rx({a["id"] for a in c.items if a["id"]})
    for b in blocks:
        if isinstance(b, Paragraph):
            _closures(b.text, b.page, c, rx)
    fit_to_pages(c.items, blocks)
    return _finish(c.items, meeting_id, c.minutes)


def _finish(items: list[dict], meeting_id: str | None, minutes: dict[str, str]) -> list[dict]:
    n = 0
    out = []
    for a in items:
        if a["area"] in minutes:  # a Minute column: the minute's title is the area
            a["area"] = minutes[a["area"]]
        if a["id"] is None:
            n += 1
            a["id"] = f"{meeting_id or 'MEETING'}-A{n}"
        a["key"] = f"action:{a['id']}"
        a.pop("_table", None)
        a.pop("_words", None)
        if a["text"] is None:  # only said to be closed: the sentence that says so is all we have
            a["text"] = a["evidence"][0]["quote"]
        out.append(a)
    return out
