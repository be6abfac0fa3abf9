"""Which column of an action or decision table is which: by header words, then by content.

Header words come first (tables.COLUMNS, the most specific word winning: "Item Discussed" is the
area before a plain "Item"). Content settles what the words leave open or get wrong: a column
of short codes is the id ("Action | Description" with AP1, AP2 under "Action"), a column of dates
or "ASAP" / "TBC" is the due date, a column of status words ("Open", "In progress", "Complete") the
status, a column of short names the owner, the column of longest text the action or decision itself;
a text column whose cells open with their own codes ("A318-1 Circulate ...") holds the ids too.
"""

from __future__ import annotations

import re

from .dates import parse_date
from .mentions import cr_ids
from .pdf_pages import TableBlock
from .tables import COLUMNS, _norm

DUE_WORDS = re.compile(
    r"^(?:by\s+|before\s+|end\s+of\s+|w/?c\s+|early\s+|mid[- ]\s*|late\s+)?"
    r"(?:asap|tbc|tba|tbd|n/?a|ongoing|immediate(?:ly)?|on-?going|complete[d]?|closed|"
    r"next\s+(?:meeting|\w+\s+meeting)|(?:the\s+)?\w+\s+meeting|q[1-4](?:\s+\d{4})?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\s+\d{4})?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}(?:\s+\d{4})?|\d{4}(?:/\d{2})?|"
    r"(?:mon|tues|wednes|thurs|fri)day.*|week\s+\d+|\d+\s+weeks?)\.?$", re.I)
_CODE = re.compile(r"(?=[^ ]*\d)[A-Za-z0-9][\w./-]{0,23}")
_LETTER_CODE = re.compile(r"^[A-Za-z]{1,8}-")
_ACTION_NO = re.compile(r"(?i)(?:action|item|ap|dec(?:ision)?)\s*(?:no\.?\s*)?\d+[a-z]?")


def id_like(cell: str | None) -> bool:
    """'DAG26-01', 'AP1', '0301/01', '12', 'CCAG101-0 1' (a wrapped id): a short code with a digit."""
    s = re.sub(r"\s+", "", cell or "")
    if not s or (parse_date(cell) and not _LETTER_CODE.search(s)) or re.fullmatch(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", s):
        return False  # a date, not an id ('CMC-A-2025-06-02' holds a date and is an id)
    return bool(_CODE.fullmatch(s) or _ACTION_NO.fullmatch((cell or "").strip()))


_LEAD = re.compile(r"^\s*(?P<id>[A-Za-z0-9][\w./-]{1,23})\s*(?:[:.–—-]\s+|\s+)(?P<rest>\S.*)$", re.S)


def _leading_id(cell: str | None) -> str | None:
    """'A318-1 Panel Secretary to submit ...' -> 'A318-1': a code with a letter and a digit opening the cell."""
    m = _LEAD.match(cell or "")
    if not m or not re.search(r"[A-Za-z]", m.group("id")) or not id_like(m.group("id")) or cr_ids(m.group("id")):
        return None  # a change id opening the text ('CMP431: ...') is its subject, not its id
    return m.group("id").rstrip(".:")


def leading_ids(cells: list[str]) -> bool:
    """A text column whose cells open with their own id ('A318-1' printed as the first line of the Action
    cell): most cells start with a code holding a letter and a digit, and no two with the same one."""
    filled = [c for c in cells if c and c.strip()]
    found = [_leading_id(c) for c in filled]
    ids = [f for f in found if f]
    return len(ids) >= 2 and len(ids) >= 0.6 * len(filled) and len(ids) == len(set(ids))


def split_leading_id(cell: str) -> tuple[str | None, str]:
    """(id, the rest of the cell) for a cell of a column ``leading_ids`` accepts; (None, cell) otherwise."""
    ref = _leading_id(cell)
    if ref is None:
        return None, cell
    m = _LEAD.match(cell)
    assert m is not None  # _leading_id found an id, so the cell matched _LEAD
    return ref, m.group("rest").strip()


_DAY_MON_YEAR = re.compile(r"^((?:[A-Za-z]+day,?\s+)?\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[-\s]([A-Za-z]{3,9})\.?[-\s]"
                           r"(\d{2}|\d{4})$")


def cell_date(text: str | None) -> str | None:
    """The ISO date a due cell or phrase states: as dates.parse_date reads it, also in the log forms
    '14-Mar-25', '14-Mar-2025' and '14th of March 2025'."""
    t = re.sub(r"\s+", " ", text or "").strip()
    if not t:
        return None
    found = parse_date(t)
    m = None if found else _DAY_MON_YEAR.match(t)
    if m:
        year = m.group(3) if len(m.group(3)) == 4 else f"20{m.group(3)}"
        found = parse_date(f"{m.group(1)} {m.group(2)} {year}")
    return found


def due_like(cell: str | None) -> bool:
    c = re.sub(r"\s+", " ", cell or "").strip()
    return bool(c) and (bool(cell_date(c)) or bool(DUE_WORDS.match(c)))


STATUS_WORDS = re.compile(r"^(?:open|closed|complete[d]?|done|ongoing|on-?going|in\s+progress|pending|outstanding|"
                          r"overdue|superseded|cancelled|withdrawn|carried\s+forward|not\s+started|discharged|"
                          r"remains?\s+open|new)\b", re.I)


def status_like(cell: str | None) -> bool:
    """'Open', 'Closed – see item 3', 'In progress', 'Complete': a status cell."""
    return bool(STATUS_WORDS.match(re.sub(r"\s+", " ", cell or "").strip()))


def name_like(cell: str | None) -> bool:
    """A short owner cell: 'AL', 'Ana Lutz', 'Programme (Ana Lutz)', 'Secretariat', 'JS / BR'."""
    c = re.sub(r"\s+", " ", cell or "").strip()
    return bool(c) and len(c) <= 60 and len(c.split()) <= 6 and c[0].isupper() and not c.endswith(".") \
        and not due_like(c)


def _words(cell: str | None) -> int:
    return len((cell or "").split())


def header_roles(header: list[str], roles: list[str]) -> dict[str, int]:
    """Each role -> the header cell that names it; a role's earlier (more specific) word wins."""
    cells = [_norm(c).rstrip(":") for c in header]
    out: dict[str, int] = {}
    for role in roles:
        for word in COLUMNS[role]:
            i = next((i for i, c in enumerate(cells) if c == word and i not in out.values()), None)
            if i is not None:
                out[role] = i
                break
    return out


def first_row(table: TableBlock, roles: list[str]) -> int:
    """1 when the first row is a header, 0 for a table printed without one. A header names a role, or
    breaks the pattern of the rows below it (a word above a column of codes or of dates)."""
    if header_roles(table.header, roles) or len(table.rows) < 2:
        return 1
    top, rest = table.rows[0], table.rows[1:]
    for i, head in enumerate(top):
        col = [(r[i] if i < len(r) else None) or "" for r in rest]
        for test in (id_like, due_like):
            if _share(col, test) >= 0.6 and not test(head):
                return 1
    return 0


def _unique(cells: list[str]) -> bool:
    vals = [re.sub(r"\s+", "", c) for c in cells if c and c.strip()]
    return len(vals) == len(set(vals))


def _share(cells: list[str], test) -> float:
    cells = [c for c in cells if c and c.strip()]
    return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0


def infer_columns(table: TableBlock, roles: list[str], text_role: str) -> dict[str, int]:
    """Role -> column index for an action (``text_role`` 'action') or decision ('decision') table."""
    cols = header_roles(table.header, roles)
    n = max((len(r) for r in table.rows), default=0)
    body = [r for r in table.rows[first_row(table, roles):] if any(c and c.strip() for c in r)]
    column = [[(r[i] if i < len(r) else None) or "" for r in body] for i in range(n)]
    mean_words = [sum(_words(c) for c in col) / max(1, sum(1 for c in col if c.strip())) for col in column]
    ids = [_share(col, id_like) if _unique(col) else 0.0 for col in column]  # an id names one row

    def free(i: int) -> bool:
        return i not in cols.values()

    # a text column whose cells are codes is the id column ('Action | Description' with AP1 ...)
    if text_role in cols and ids[cols[text_role]] >= 0.6 and "ref" not in cols:
        longer = [i for i in range(n) if (free(i) or cols.get("area") == i) and mean_words[i] >= 3]
        if longer:
            cols["ref"] = cols.pop(text_role)
            best = max(longer, key=lambda i: mean_words[i])
            if cols.get("area") == best:
                cols.pop("area")
            cols[text_role] = best
    if "ref" in roles and "ref" not in cols:
        cand = [i for i in range(n) if free(i) and ids[i] >= 0.6 and mean_words[i] <= 2]
        if cand:
            cols["ref"] = cand[0]
    if "status" in roles and "status" not in cols:  # 'RAG status', 'Current status': the cells say it
        cand = [i for i in range(n) if free(i) and _share(column[i], status_like) >= 0.6 and mean_words[i] <= 4]
        if cand:
            cols["status"] = cand[-1]
    if "due" in roles and "due" not in cols:
        cand = [i for i in range(n) if free(i) and _share(column[i], due_like) >= 0.6]
        if cand:
            cols["due"] = cand[0]
    if text_role not in cols:
        cand = [i for i in range(n) if free(i) and mean_words[i] >= 3]
        if cand:
            cols[text_role] = max(cand, key=lambda i: mean_words[i])
    if "owner" in roles and "owner" not in cols:
        cand = [i for i in range(n) if free(i) and _share(column[i], name_like) >= 0.6 and mean_words[i] <= 4]
        if cand:
            cols["owner"] = cand[0]
    return cols


# a column saying what each row IS ('Type': Action / Decision / Info) in a log of decisions and actions
ROW_KINDS = {"action": "action", "actions": "action", "a": "action", "decision": "decision", "decisions": "decision",
             "d": "decision", "agreed": "decision", "resolution": "decision", "info": "info", "information": "info",
             "i": "info", "note": "info", "noted": "info", "update": "info", "risk": "info", "issue": "info",
             "recommendation": "info"}


def kind_column(table: TableBlock) -> int | None:
    """The column whose cells name each row's kind ('Action', 'Decision', 'Info'), when there is one:
    every filled cell a kind word, an action and a decision among them."""
    body = table.rows[1:]
    n = max((len(r) for r in body), default=0)
    for i in range(n):
        cells = [_norm(r[i]).rstrip(":") for r in body if i < len(r) and (r[i] or "").strip()]
        kinds = {ROW_KINDS.get(c) for c in cells}
        if len(cells) >= 2 and None not in kinds and {"action", "decision"} <= kinds:
            return i
    return None


def row_kind(row: list, column: int | None) -> str | None:
    """'action', 'decision' or 'info' for a row of a table with a kind column; None without one."""
    if column is None or column >= len(row) or not (row[column] or "").strip():
        return None
    return ROW_KINDS.get(_norm(row[column]).rstrip(":"))
