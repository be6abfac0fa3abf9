"""Recognise the minutes' tables by their header words, whatever order the columns come in."""

from __future__ import annotations

import re

from .pdf_pages import TableBlock

# column role -> header words that name it
COLUMNS = {
    "area": ["area", "topic", "item"],
    "ref": ["ref", "action ref", "reference", "action id"],
    "dec_ref": ["dec ref", "decision ref", "dec. ref", "ref"],
    "action": ["action", "actions", "description"],
    "decision": ["decision", "decisions"],
    "owner": ["owner", "owners", "action owner"],
    "due": ["due", "due date", "date due", "deadline"],
    "status": ["status"],
    "constituency": ["constituency", "seat", "member"],
    "comment": ["voting comments", "comments", "comment"],
    "for": ["approve", "approved", "for", "support", "in favour", "yes"],
    "against": ["reject", "rejected", "against", "oppose", "no"],
    "abstain": ["abstained", "abstain", "abstention", "abstentions"],
}


def _norm(cell: str | None) -> str:
    return re.sub(r"[^a-z. ]", "", (cell or "").lower()).strip()


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
    if hs & {"dec ref", "decision ref", "dec. ref"} or ("decision" in hs and "action" not in hs):
        return "decisions"
    if ("action" in hs or "actions" in hs) and ("owner" in hs or "owners" in hs):
        return "actions"
    if "constituency" in hs and hs & set(COLUMNS["for"]) | hs & set(COLUMNS["against"]):
        return "votes"
    if "constituency" in hs and hs & set(COLUMNS["comment"]):
        return "vote_comments"
    if hs & PEOPLE_NAME_WORDS and hs & PEOPLE_OTHER_WORDS:
        return "people"
    return "other"


# an attendee table: a name column beside a role, initials, organisation or attendance column
PEOPLE_NAME_WORDS = {"name", "names", "attendee", "attendees", "full name", "member", "members", "participant",
                     "representative", "person"}
PEOPLE_OTHER_WORDS = {"role", "initials", "organisation", "organization", "company", "representing", "attended",
                      "present", "apology", "apologies", "attendance", "constituency", "position", "title",
                      "job title", "seat", "capacity", "status", "org", "company organisation"}
# labels of a meeting's key/value details table
DETAIL_LABELS = {"meeting", "meeting number", "meeting no", "meeting no.", "meeting name", "date", "date and time",
                 "time", "venue", "location", "classification", "issue date", "date of meeting", "meeting date",
                 "mtg no", "meeting ref", "meeting reference", "chair", "status"}


def _is_details(table: TableBlock) -> bool:
    """Two-column label | value rows, at least two labels a meeting's details use."""
    if table.ncols > 3 or len(table.rows) > 12:
        return False
    labels = {_norm(r[0]).rstrip(":. ") for r in table.rows if r and r[0]}
    return len(labels & DETAIL_LABELS) >= 2 and bool(labels & {"meeting", "meeting number", "meeting no",
                                                              "meeting no.", "date", "date and time",
                                                              "date of meeting", "meeting date", "mtg no"})
