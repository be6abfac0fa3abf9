"""Vote tables in their common shapes, recognised by header words and cell content.

- tick table: a voter column and position columns (Approve | Reject | Abstain, For | Against |
  Abstain, Yes | No) with a mark in the chosen column (✓ ✔ ☑ √ Yes Y, or a cross ✗ X x in the
  chosen column when the row has no tick; ☐ / No / an empty cell is no mark);
- position table: a voter column and ONE position column ("Recommendation", "Vote", "Position")
  whose cells say Approve / Reject / Abstain / For / Against;
- recorded-vote table: rows For / Against / Abstain with the voters' names and a count
  ("Vote | Councillors | Count");
- grid: a row per voter and a column per question, cells Y / N / A (``read_vote_grid``: a vote per column).
A row saying "not in attendance" / "not present" is an absent ballot. A voting-comments column in
the same table, or a separate "Constituency | Voting Comments" table, gives each row's comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import looks_like_name
from .pdf_pages import TableBlock
from .tables import COLUMNS, _norm
from .vote_prose import LABELS, as_printed_case, split_names

TICKS = re.compile(r"^(?:[✓✔☑✅√🗸üþ●•■]+|yes|y|tick|\{\{tick\}\}|\(tick\))$", re.I)
CROSSES = re.compile(r"^(?:[✗✘☒⌧🗴🗵×xX]+|cross)$")
ABSENT = re.compile(r"not in attendance|not present|absent|did not attend|not represented|no vote", re.I)
POSITION_CELL = [
    ("absent", re.compile(r"^(?:not (?:in attendance|present|represented|voting)|absent|did not (?:attend|vote))\b",
                          re.I)),
    ("abstain", re.compile(r"^abst(?:ain|ained|ention|aining)\b", re.I)),
    ("against", re.compile(r"^(?:reject(?:ed|ion)?|against|oppose[ds]?|no|n)\b", re.I)),
    ("for", re.compile(r"^(?:approve[ds]?|approval|for|support(?:ed|s)?|in favou?r|yes|y)\b", re.I)),
]
VOTER_WORDS = ["constituency", "seat", "party", "sector", "representative", "organisation", "organization",
               "company", "member", "members", "name", "councillor", "councillors", "voter", "panel member",
               "category"]
PERSON_WORDS = {"member", "members", "name", "councillor", "councillors", "voter", "panel member", "initials",
                "representative name", "attendee"}
SEAT_WORDS = {"constituency", "seat", "sector", "category", "representative"}
POSITION_HEADERS = {"recommendation", "vote", "votes", "position", "voting position", "voting intention",
                    "view", "vote cast", "voted", "decision", "voting decision"}
# a header that starts with one of these and is not a voter's ('Vote (For/Against/Abstain)', 'Recommendation
# to the Authority'; 'Voting member' is the voter)
POSITION_PREFIXES = {"vote", "voting", "recommendation", "position", "decision", "voted"}
COMMENT_WORDS = set(COLUMNS["comment"]) | {"rationale", "reason", "reasons", "notes", "comments on vote"}
# header words of the tick columns (the shared table vocabulary, and the words of grids and divisions)
TICK_POSITIONS = ("for", "against", "abstain", "absent")
TICK_HEADERS = {
    "for": set(COLUMNS["for"]) | {"aye", "ayes", "yea", "yeas", "accept", "agree", "supported", "y"},
    "against": set(COLUMNS["against"]) | {"nay", "nays", "object", "objection", "opposed", "disagree", "n"},
    "abstain": set(COLUMNS["abstain"]) | {"abstaining", "abs"},
    "absent": {"absent", "not voting", "did not vote", "not present", "excused"},
}
COUNT_WORDS = {"count", "number", "total", "votes", "no.", "no"}


@dataclass
class Row:
    label: str  # the voter cell as printed
    position: str | None
    mark: str | None
    comment: str | None
    page: int
    quote: str
    person_cell: str | None = None  # a member / name / initials cell beside a seat
    seat: str | None = None  # a Seat cell beside the voter (a party, an organisation)


@dataclass
class VoteTable:
    kind: str  # ticks | positions | recorded
    table: TableBlock
    rows: list[Row] = field(default_factory=list)
    voter: str = "constituency"  # constituency | person
    stated: dict[str, int] = field(default_factory=dict)  # counts printed in a recorded-vote table
    result_text: str | None = None


def cell_position(text: str | None) -> str | None:
    t = (text or "").strip()
    for position, rx in POSITION_CELL:
        if rx.search(t):
            return position
    return None


def _header_roles(header: list[str]) -> dict[str, list[int]]:
    roles: dict[str, list[int]] = {"for": [], "against": [], "abstain": [], "absent": [], "voter": [],
                                   "person": [], "comment": [], "position": [], "count": []}
    for i, h in enumerate(_norm(c) for c in header):
        for pos in TICK_POSITIONS:
            if h in TICK_HEADERS[pos]:
                roles[pos].append(i)
                break
        else:
            if h in COMMENT_WORDS or h.endswith("comments"):
                roles["comment"].append(i)
            elif h in POSITION_HEADERS:
                roles["position"].append(i)
            elif h in COUNT_WORDS:
                roles["count"].append(i)
            elif h in VOTER_WORDS or h in PERSON_WORDS:
                roles["voter"].append(i)
            elif h.split() and (h.split()[-1] in VOTER_WORDS or " ".join(h.split()[-2:]) in PERSON_WORDS):
                roles["voter"].append(i)  # 'Voting member', 'Panel member name'
            elif h.split() and h.split()[0] in POSITION_PREFIXES:
                roles["position"].append(i)
    return roles


def _voter_column(table: TableBlock, candidates: list[int], taken: set[int]) -> int | None:
    """The left-most candidate column whose cells are distinct (the voter), else the first free column."""
    body = table.rows[1:]
    for i in candidates:
        values = [(r[i] or "").strip() for r in body if i < len(r) and (r[i] or "").strip()]
        if values and len(set(values)) == len(values):
            return i
    free = [i for i in range(table.ncols) if i not in taken]
    return candidates[0] if candidates else (free[0] if free else None)


def read_vote_table(table: TableBlock) -> VoteTable | None:
    """The vote a table records, or None when it is not a vote table."""
    if len(table.rows) < 2:
        return None
    recorded = _recorded(table)
    if recorded:
        return recorded
    roles = _header_roles(table.header)
    ticks = [i for p in TICK_POSITIONS for i in roles[p]]
    if sum(len(roles[p]) for p in ("for", "against", "abstain")) >= 2:  # "Absent | Excused" is attendance
        kind = "ticks"
    elif len(roles["position"]) == 1 or (len(ticks) == 1 and not roles["position"]):
        col = roles["position"][0] if roles["position"] else ticks[0]
        cells = [r[col] for r in table.rows[1:] if col < len(r) and r[col]]
        positional = [c for c in cells if cell_position(c)]
        if not cells or len(positional) < max(2, 0.6 * len(cells)):
            return None
        kind, roles["position"] = "positions", [col]
    else:
        return None
    taken = set(ticks) | set(roles["comment"]) | set(roles["position"]) | set(roles["count"])
    vi = _voter_column(table, [i for i in roles["voter"] if i not in taken], taken)
    if vi is None:
        return None
    header_n = [_norm(c) for c in table.header]
    voter = "person" if header_n[vi] in PERSON_WORDS or (header_n[vi] not in SEAT_WORDS and header_n[vi] not in (
        "organisation", "organization", "company", "party", "sector") and _names_column(table, vi)) else "constituency"
    others = [i for i in roles["voter"] if i != vi]
    person_col = next((i for i in others if header_n[i] in PERSON_WORDS or _names_column(table, i)), None)
    seat_col = next((i for i in others if i != person_col and header_n[i] in SEAT_WORDS), None) \
        if header_n[vi] not in SEAT_WORDS else None
    out = VoteTable(kind, table, voter=voter)
    for r, row in enumerate(table.rows[1:], start=1):
        label = (row[vi] or "").strip() if vi < len(row) else ""
        if not label:
            continue
        rest = " ".join(c for i, c in enumerate(row) if c and i != vi and i not in roles["comment"])
        comment = next(((row[i] or "").strip() or None for i in roles["comment"] if i < len(row)), None)
        if kind == "ticks":
            position, mark = _ticked(row, roles)
        else:
            cell = row[roles["position"][0]] if roles["position"][0] < len(row) else None
            position, mark = cell_position(cell), (cell or "").strip() or None
        absent = ABSENT.search(rest) or (position is None and ABSENT.search(comment or ""))
        if position is None and absent:
            position, mark = "absent", absent.group(0)
        quote = " ".join(c for c in row if c)
        person_cell = bare_name(row[person_col]) or None if person_col is not None and person_col < len(row) else None
        seat = (row[seat_col] or "").strip() or None if seat_col is not None and seat_col < len(row) else None
        out.rows.append(Row(label, position, mark, comment, table.row_pages[r], quote, person_cell, seat))
    return out if out.rows else None


def bare_name(cell: str | None) -> str:
    """'Finn Hale (on behalf of Ben Roe)' -> 'Finn Hale': the name without its bracketed decoration."""
    return re.sub(r"\s*[(\[].*$", "", (cell or "").strip())


def _names_column(table: TableBlock, i: int) -> bool:
    """Most cells of column ``i`` are people's names or initials ('Representative' may hold either)."""
    cells = [bare_name(r[i]) for r in table.rows[1:] if i < len(r) and (r[i] or "").strip()]
    named = [c for c in cells if looks_like_name(as_printed_case(c)) or re.fullmatch(r"[A-Z][A-Za-z]{0,3}[A-Z]", c)]
    return bool(cells) and len(named) >= 0.6 * len(cells)


def _ticked(row: list, roles: dict[str, list[int]]) -> tuple[str | None, str | None]:
    """The position of the column holding the row's mark: a tick, else a lone cross."""
    ticks, crosses = [], []
    for pos in TICK_POSITIONS:
        for i in roles[pos]:
            cell = (row[i] or "").strip() if i < len(row) else ""
            if TICKS.match(cell):
                ticks.append((pos, cell))
            elif CROSSES.match(cell):
                crosses.append((pos, cell))
    if len(ticks) == 1:
        return ticks[0]
    if not ticks and len(crosses) == 1:
        return crosses[0]
    return None, None


def _recorded(table: TableBlock) -> VoteTable | None:
    """'Vote | Councillors | Count' with rows For / Against / Abstain."""
    start = 0 if LABELS.get(_norm(table.rows[0][0]).rstrip(":")) else 1
    labelled = [r for r in table.rows[start:] if r and LABELS.get(_norm(r[0]).rstrip(":"))]
    if len(labelled) < 2 or table.ncols < 2:
        return None
    out = VoteTable("recorded", table, voter="person")
    for r in range(start, len(table.rows)):
        row = table.rows[r]
        first = (row[0] or "").strip()
        position = LABELS.get(_norm(first).rstrip(":"))
        if position is None:
            if re.match(r"(?:motion )?(?:status|result|outcome)", first, re.I):
                out.result_text = " ".join(c for c in row if c)
            continue
        cells = [(c or "").strip() for c in row[1:]]
        count = next((int(c) for c in cells if re.fullmatch(r"\d{1,3}", c)), None)
        names_cell = next((c for c in cells if c and not re.fullmatch(r"\d{1,3}", c)), "")
        names = split_names(names_cell) or []
        if count is not None:
            out.stated[position] = count
        quote = " ".join(c for c in row if c)
        for name in names:
            out.rows.append(Row(name, position, first, None, table.row_pages[r], quote))
    return out if out.rows or out.stated else None


def comments_table(table: TableBlock) -> dict[str, tuple[str, int]] | None:
    """'Constituency | Voting Comments' -> {row label: (comment, page)}; None for another table."""
    roles = _header_roles(table.header)
    if not roles["comment"] or any(roles[p] for p in (*TICK_POSITIONS, "position")):
        return None
    vi = _voter_column(table, roles["voter"], set(roles["comment"]))
    if vi is None or not roles["voter"]:
        return None
    ci = roles["comment"][0]
    out = {}
    for r, row in enumerate(table.rows[1:], start=1):
        label = (row[vi] or "").strip()
        if label:
            out[label] = ((row[ci] or "").strip() if ci < len(row) else "", table.row_pages[r])
    return out


# a grid: one row per voter, one column per question, cells Y / N / A
GRID_CELL = {"y": "for", "yes": "for", "aye": "for", "for": "for", "n": "against", "no": "against", "nay": "against",
             "against": "against", "a": "abstain", "abs": "abstain", "abstain": "abstain", "abstained": "abstain",
             "nv": "absent", "absent": "absent", "not present": "absent"}
NO_VOTE = {"", "-", "–", "—", "n/a"}


def read_vote_grid(table: TableBlock) -> list[tuple[str, VoteTable]]:
    """A grid of Y / N per voter and question: [(column header, the vote of that column)]; [] otherwise."""
    body = [r for r in table.rows[1:] if r and (r[0] or "").strip()]
    if len(body) < 3 or table.ncols < 3:
        return []
    if not all(looks_like_name(as_printed_case((r[0] or "").strip()), surname_only=True) for r in body):
        return []
    columns = []
    for i in range(1, table.ncols):
        cells = [((r[i] or "").strip().lower() if i < len(r) else "") for r in body]
        marked = [c for c in cells if c not in NO_VOTE]
        if marked and all(c in GRID_CELL for c in marked) and len(marked) >= 0.6 * len(cells):
            columns.append(i)
    if len(columns) < 2 or len(columns) < table.ncols - 2:
        return []
    out = []
    for i in columns:
        vt = VoteTable("grid", table, voter="person")
        for r, row in enumerate(table.rows[1:], start=1):
            label = (row[0] or "").strip()
            cell = (row[i] or "").strip() if i < len(row) else ""
            if label:
                vt.rows.append(Row(label, GRID_CELL.get(cell.lower()), cell or None, None, table.row_pages[r],
                                   " ".join(c for c in row if c)))
        out.append(((table.header[i] or "").strip(), vt))
    return out
