"""Recognise the minutes' tables by their header words, whatever order the columns come in."""

from __future__ import annotations

import re

from .pdf_pages import TableBlock

# column role -> header words that name it
COLUMNS = {
    # action and decision tables (extractor/log_columns.py reads them); a role's earlier word is the
    # more specific one ("item discussed" names the area before a plain "item" does)
    "area": ["area", "item discussed", "agenda item", "topic", "subject", "minute", "item"],
    "ref": ["ref", "ref.", "action ref", "action ref.", "reference", "action id", "action no", "action no.",
            "action number", "ref no", "ref no.", "id", "no.", "no", "number"],
    "dec_ref": ["dec ref", "decision ref", "dec. ref", "decision no", "decision no.", "decision number",
                "decision id", "resolution no", "resolution no.", "resolution number", "motion no", "motion no.",
                "ref", "ref.", "reference", "id", "no.", "no", "number"],
    "action": ["action", "actions", "action required", "actions required", "action description", "agreed action",
               "action agreed", "action item", "action items", "action point", "task", "description", "details"],
    "decision": ["decision", "decisions", "decision made", "decision taken", "resolution", "resolutions",
                 "determination", "description", "details", "summary"],
    "owner": ["owner", "owners", "action owner", "action owners", "lead", "who", "by whom", "responsible",
              "responsibility", "assigned to", "action by", "actionee", "lead officer", "responsible officer"],
    "due": ["due", "due date", "date due", "deadline", "by when", "target date", "target", "due by",
            "completion date", "timescale", "timescales", "when", "by", "date"],
    "status": ["status", "progress", "update", "status update", "rag", "state"],
    "decided_by": ["decided by", "decision maker", "decision by", "approved by", "by", "who"],
    "outcome": ["outcome", "result"],
    "constituency": ["constituency", "seat", "member"],
    "comment": ["voting comments", "comments", "comment"],
    "for": ["approve", "approved", "for", "support", "in favour", "yes"],
    "against": ["reject", "rejected", "against", "oppose", "no"],
    "abstain": ["abstained", "abstain", "abstention", "abstentions"],
}


_NOT_HEADER_CHAR = re.compile(r"[^a-z. ]")


def _norm(cell: str | None) -> str:
    return _NOT_HEADER_CHAR.sub("", (cell or "").lower()).strip()


def column_map(header: list[str], roles: list[str]) -> dict[str, int]:
    """Map each role to the index of the header cell that names it."""
    cells = [_norm(c) for c in header]
    out: dict[str, int] = {}
    for role in roles:
        for i, c in enumerate(cells):
            if i in out.values():
                continue
            if c in COLUMNS[role]:
                out[role] = i
                break
    return out


def classify(table: TableBlock) -> str:
    """One of: details, actions, decisions, votes, vote_comments, people, other."""
    header = [_norm(c) for c in table.header]
    hs = set(header)
    first_col = " ".join(_norm(r[0]) for r in table.rows[:4] if r)
    if "meeting number" in first_col or ("venue" in first_col and "classification" in first_col) \
            or _is_details(table):
        return "details"
    if hs & {"dec ref", "decision ref", "dec. ref"} or (hs & DECISION_WORDS and not hs & ACTION_WORDS):
        return "decisions"
    if _is_actions(table, hs):
        return "actions"
    if "constituency" in hs and hs & set(COLUMNS["for"]) | hs & set(COLUMNS["against"]) or _is_votes(table):
        return "votes"
    if "constituency" in hs and hs & set(COLUMNS["comment"]):
        return "vote_comments"
    if hs & PEOPLE_NAME_WORDS and hs & PEOPLE_OTHER_WORDS or _people_header(header):
        return "people"
    return "other"


def _is_votes(table: TableBlock) -> bool:
    """A vote table in any of its shapes (ticks, one position column, a recorded vote): vote_tables decides."""
    from .vote_tables import read_vote_grid, read_vote_table  # it reads this module's COLUMNS

    return read_vote_table(table) is not None or bool(read_vote_grid(table))


# action and decision tables: the words that name the action or decision column
ACTION_WORDS = set(COLUMNS["action"]) - {"description", "details"}
DECISION_WORDS = set(COLUMNS["decision"]) - {"description", "details", "summary"}


def _is_actions(table: TableBlock, hs: set[str]) -> bool:
    """An action column with an owner, due, id or status column ('Action | Description | Who | Status'),
    a description with an owner or due date, or 'Item | Item Discussed | Action' with actions as text."""
    owner_or_due = hs & (set(COLUMNS["owner"]) | set(COLUMNS["due"]) - {"date", "when", "by"})
    if hs & ACTION_WORDS and (owner_or_due or hs & (set(COLUMNS["ref"]) | set(COLUMNS["status"]))):
        return True
    if hs & {"description", "details"} and owner_or_due:
        return True
    if hs & ACTION_WORDS and hs & set(COLUMNS["area"]):
        header = [_norm(c) for c in table.header]
        i = next(i for i, c in enumerate(header) if c in ACTION_WORDS)
        cells = [c for r in table.rows[1:] if i < len(r) for c in [r[i]] if c]
        return bool(cells) and sum(len(c.split()) for c in cells) / len(cells) >= 3
    return False


# an attendee table: a name column beside a role, initials, organisation or attendance column
PEOPLE_NAME_WORDS = {"name", "names", "attendee", "attendees", "full name", "member", "members", "participant",
                     "representative", "person"}
PEOPLE_OTHER_WORDS = {"role", "initials", "organisation", "organization", "company", "representing", "attended",
                      "present", "apology", "apologies", "attendance", "constituency", "position", "title",
                      "job title", "seat", "capacity", "status", "org", "company organisation"}
def _people_header(header: list[str]) -> bool:
    """'Panel Member | Representing | Present? (Y / N / Alt)': a name column whose last word is a name word
    and another column whose first word is an attendee word."""
    words = [h.split() for h in header if h]
    named = [i for i, w in enumerate(words) if w[-1] in PEOPLE_NAME_WORDS]
    return bool(named) and any(w[0] in PEOPLE_OTHER_WORDS for i, w in enumerate(words) if i not in named)


# labels of a meeting's key/value details table
DETAIL_LABELS = {"meeting", "meeting number", "meeting no", "meeting no.", "meeting name", "date", "date and time",
                 "time", "venue", "location", "classification", "issue date", "date of meeting", "meeting date",
                 "mtg no", "meeting ref", "meeting reference", "chair", "status", "held", "where", "when",
                 "record status", "circulation"}


def _is_details(table: TableBlock) -> bool:
    """Two-column label | value rows, at least two labels a meeting's details use."""
    if table.ncols > 3 or len(table.rows) > 12:
        return False
    labels = {_norm(r[0]).rstrip(":. ") for r in table.rows if r and r[0]}
    return len(labels & DETAIL_LABELS) >= 2 and bool(labels & {"meeting", "meeting number", "meeting no",
                                                              "meeting no.", "date", "date and time",
                                                              "date of meeting", "meeting date", "mtg no",
                                                              "meeting ref", "meeting reference", "held"})
