"""Content-derived keys and the normalised names they are made from (docs/CONVENTIONS.md)."""

from __future__ import annotations

import re

from .change_ids import canonical

# canonical organisation name -> aliases (compared case-insensitively)
ORGANISATIONS: dict[str, list[str]] = {
    "RECCo": ["RECCo", "RECCO", "Retail Energy Code Company"],
    "Elexon": ["Elexon", "ELEXON"],
    "DCC": ["DCC", "Data Communications Company"],
    "National Grid ESO": ["National Grid ESO", "NGESO", "NG ESO", "ESO"],
    "UKPN": ["UKPN", "UK Power Networks"],
    "E.ON": ["E.ON", "EON", "E.ON Next"],
    "Ofgem": ["Ofgem", "OFGEM"],
    "IPA": ["IPA", "Independent Programme Assurance"],
    "Programme": ["Programme", "MHHS", "MHHS Programme", "PMO", "Design Team", "the Programme"],
}
_ALIAS = {a.lower(): canon for canon, aliases in ORGANISATIONS.items() for a in aliases}

# seats whose role line names the organisation that fills them
_SEAT_ORG = {"recco": "RECCo", "elexon": "Elexon", "dcc": "DCC", "national grid eso": "National Grid ESO"}


def slug(text: str) -> str:
    t = text.lower().replace("&", " and ").replace("'", "").replace("’", "").replace(".", "")
    return "-".join(re.findall(r"[a-z0-9]+", t))


def person_key(name: str) -> str:
    """Key from the full name as the attendee list gives it (variants resolve to it, see roster)."""
    return f"person:{slug(name)}"


def canonical_org(name: str | None) -> str | None:
    if not name:
        return None
    return _ALIAS.get(name.strip().lower())


def org_key(name: str) -> str:
    return f"org:{slug(canonical_org(name) or name)}"


def cr_id(text: str) -> str:
    """The canonical id of a change as typed or printed, of any kind (extractor/change_ids.py):
    "CR 43" -> "CR043", "p272" -> "P272", "UNC 0872B" -> "UNC0872B"; a bare number is a programme
    CR ("18" -> "CR018"); text that names no change is returned as it is."""
    found = canonical(text)
    if found:
        return found[0]
    m = re.fullmatch(r"\s*(\d{1,3})\s*", text)
    return f"CR{int(m.group(1)):03d}" if m else text


def cr_key(text: str) -> str:
    return f"cr:{cr_id(text)}"


def normalise_seat(text: str) -> str:
    """Seat name: drop descriptive '(as ...)' qualifiers, keep distinguishing ones."""
    t = re.sub(r"\s+", " ", text).strip()
    t = re.sub(r"\s*\(\s*as [^)]*\)", "", t, flags=re.I)
    t = re.sub(r"\bRECCO\b", "RECCo", t)
    return t.strip()


def constituency_key(seat: str) -> str:
    return f"constituency:{slug(normalise_seat(seat))}"


def seat_organisation(seat: str) -> str | None:
    """The organisation named by a seat ('RECCo Representative' -> RECCo), else None."""
    base = re.sub(r"\s+Representative.*$", "", normalise_seat(seat)).strip().lower()
    return _SEAT_ORG.get(base) or (_SEAT_ORG.get(seat.strip().lower()))


def doc_key(ref: str | None, name: str | None) -> str:
    return f"doc:{slug(ref or name or '')}"
