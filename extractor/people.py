"""Attendee and apologies tables -> the meeting's roster."""

from __future__ import annotations

import re

from .keys import canonical_org, normalise_seat, person_key, seat_organisation
from .pdf_pages import TableBlock
from .roster import Person, Roster

GROUP_WORDS = {"chair", "industry representatives", "mhhs", "other attendees", "programme", "observers",
               "code bodies", "members", "attendees", "apologies", "programme team", "mhhs programme"}
HEADER_WORDS = {"attendee", "attendees", "name", "role", "organisation", "constituency"}
PAREN = re.compile(r"\(([^()]*)\)")
SEAT_HINT = re.compile(r"representative|national grid eso|\bseat\b", re.I)


def _is_group_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return len(filled) == 1 and filled[0].lower().rstrip(":") in GROUP_WORDS


def parse_person_cell(cell: str) -> dict:
    """'Catherine Duggan (CD) (on behalf of David Yeoman) (part meeting)' -> parts."""
    out = {"name": PAREN.sub("", cell).strip(" ,;"), "initials": [], "on_behalf_of": None, "part": False,
           "chair": False}
    out["name"] = re.sub(r"\s+", " ", out["name"])
    for inner in PAREN.findall(cell):
        t = inner.strip()
        low = t.lower()
        if low.startswith("on behalf of"):
            out["on_behalf_of"] = t[len("on behalf of"):].strip()
        elif "part" in low and "meeting" in low:
            out["part"] = True
        elif low == "chair":
            out["chair"] = True
        elif re.fullmatch(r"[A-Za-z]{1,5}", t):
            out["initials"].append(t)
    return out


def _organisation(group: str | None, role: str | None) -> str | None:
    if not role:
        return None
    g = (group or "").lower()
    if g in ("mhhs", "programme", "programme team", "mhhs programme"):
        return "Programme"
    if g == "other attendees":
        return canonical_org(role) or role.strip()
    return seat_organisation(role) or canonical_org(role)


def _constituency(group: str | None, role: str | None) -> str | None:
    if not role:
        return None
    g = (group or "").lower()
    if g in ("industry representatives", "apologies") and (SEAT_HINT.search(role) or g == "industry representatives"):
        return normalise_seat(role)
    return None


def read_people(attendees: list[TableBlock], apologies: list[TableBlock], roster: Roster) -> None:
    group = None
    for table in attendees:
        for r, row in enumerate(table.rows):
            cells = [(c or "").strip() for c in row]
            page = table.row_pages[r]
            if not any(cells):
                continue
            if _is_group_row(cells):
                group = cells[0].rstrip(":")
                continue
            low = [c.lower() for c in cells]
            if set(low[1:]) <= HEADER_WORDS | {""} and low[0] in HEADER_WORDS | GROUP_WORDS:
                if low[0] in GROUP_WORDS and low[0] not in HEADER_WORDS:
                    group = cells[0]
                continue
            _add_person(roster, cells, group, page, attendance=None)
    for table in apologies:
        for r, row in enumerate(table.rows):
            cells = [(c or "").strip() for c in row]
            if not any(cells) or cells[0].lower() in HEADER_WORDS | {"apologies"}:
                continue
            _add_person(roster, cells, "Apologies", table.row_pages[r], attendance="apologies")
    # people named only as the one deputised for
    for p in list(roster.people):
        if p.on_behalf_of and not p.on_behalf_of.startswith("person:"):
            target = roster.by_name(p.on_behalf_of)
            if target is None:
                target = roster.add(Person(p.on_behalf_of, [], None, None, None, None, "mentioned",
                                           evidence=list(p.evidence)))
            p.on_behalf_of = target.key


def _add_person(roster: Roster, cells: list[str], group: str | None, page: int, attendance: str | None):
    parts = parse_person_cell(cells[0])
    if not parts["name"] or len(parts["name"].split()) < 2 and not parts["chair"]:
        return
    role = cells[1] if len(cells) > 1 and cells[1] else None
    if parts["chair"] or (group or "").lower() == "chair":
        group = "Chair"
    person = Person(
        name=parts["name"], initials=parts["initials"], role=role,
        organisation=_organisation(group, role), constituency=_constituency(group, role), group=group,
        attendance=attendance or ("part" if parts["part"] else "present"),
        on_behalf_of=parts["on_behalf_of"],
        evidence=[{"page": page, "quote": cells[0]}],
    )
    existing = roster.by_name(person.name)
    if existing:  # e.g. listed as deputised-for first, then in apologies
        existing.evidence.append({"page": page, "quote": cells[0]})
        if attendance == "apologies" and existing.attendance == "mentioned":
            existing.attendance, existing.role, existing.group = "apologies", role, group
            existing.constituency = existing.constituency or person.constituency
        return
    roster.add(person)


def deputies(roster: Roster) -> list[tuple[Person, str]]:
    return [(p, p.on_behalf_of) for p in roster.people if p.on_behalf_of]


__all__ = ["read_people", "parse_person_cell", "deputies", "person_key"]
