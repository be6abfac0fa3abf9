"""PDF -> one meeting record (the JSON contract of OUTPUT.md), validated."""

from __future__ import annotations

from pathlib import Path

from .acceptance import check_minutes
from .actions import read_actions
from .change_ids import document_context
from .decisions import read_decisions, split_outcomes
from .entities import Entities, mention_entities
from .identity import read_meeting
from .keys import canonical_org, slug
from .narrative import find_relations
from .pdf_pages import Paragraph, ParsedPdf, parse_pdf, parse_pdf_bytes
from .people import read_people
from .relations import action_relations, decision_relations, dedupe, people_relations, vote_relations
from .roster import Roster
from .schema import validate_record
from .sections import split_sections
from .votes import read_votes

SCHEMA_ID = "minutes-kg/record@2"


def extract(path: str | Path, validate: bool = True, parser: str | None = None) -> dict:
    """Extract one minutes PDF into a meeting record. Raises BadInputError for unusable files.

    ``parser``: "pdfium" (default) or "pdfplumber"; None reads $MINUTES_KG_PARSER.
    """
    return _finish(parse_pdf(path, parser), validate)


def extract_bytes(data: bytes, name: str, validate: bool = True, parser: str | None = None) -> dict:
    """A pure function from a PDF's bytes to its record: runs anywhere (worker processes, Dask)."""
    return _finish(parse_pdf_bytes(data, name, parser), validate)


def _finish(parsed: ParsedPdf, validate: bool) -> dict:
    with document_context("\n".join(parsed.page_texts.values())):  # change ids read in this document's context
        record = build_record(parsed)
    if validate:
        validate_record(record, source=parsed.path)
    return record


def build_record(parsed: ParsedPdf) -> dict:
    """The stages, in order: parts and identity, roster, readers, mentions, relations, assembly.

    extractor/README.md maps them.
    """
    s = split_sections(parsed)
    meeting, meeting_ev = read_meeting(s, parsed)
    check_minutes(s, meeting, parsed)
    meeting_key = f"meeting:{meeting['id']}"
    warnings: list[str] = []
    paragraphs = [b for b in parsed.blocks if isinstance(b, Paragraph)]

    roster = Roster()  # who was there, and how later mentions resolve to them
    read_people(s.attendance, roster, paragraphs)

    # the readers: votes, decisions, what the running text states, actions
    abbrev = meeting["body_abbrev"]
    votes = read_votes(s.items, meeting["id"], roster, warnings)
    decisions = read_decisions(s.decisions, paragraphs, abbrev, meeting_id=meeting["id"], body=meeting["body"],
                               blocks=parsed.blocks, decision_paragraphs=s.decision_paragraphs)
    outcomes = {d["key"]: split_outcomes(d["text"]) for d in decisions}  # (approved keys, rejected keys)
    decided = {(rtype, k) for approved, rejected in outcomes.values()
               for rtype, keys in (("APPROVED", approved), ("REJECTED", rejected)) for k in keys}
    narrative = find_relations(s.items, roster, meeting_key, decided, meeting["date"])
    actions = read_actions(s.actions, paragraphs, narrative["sentences"], roster, abbrev, meeting_id=meeting["id"],
                           blocks=parsed.blocks, action_paragraphs=s.action_paragraphs, body=meeting["body"])
    _owner_organisations(actions, roster)
    for p in roster.people:  # people mentioned by initials in the text gain that evidence
        p.evidence.extend(narrative["person_mentions"].get(p.key, [])[:3])

    found = mention_entities(parsed)  # changes, documents and organisations named anywhere
    _raised(found, narrative)

    constituencies: dict[str, dict] = {}
    relations = (decision_relations(decisions, outcomes, found, meeting_key, narrative["baselined_versions"])
                 + narrative["relations"]
                 + people_relations(roster.people, meeting["id"], meeting_key, found, constituencies)
                 + vote_relations(votes, constituencies)
                 + action_relations(actions, found))
    return {
        "schema": SCHEMA_ID,
        "source": {"path": parsed.path, "sha256": parsed.sha256, "pages": parsed.n_pages},
        "meeting": {**meeting, "evidence": meeting_ev},
        "people": [p.to_record() for p in roster.people],
        "organisations": sorted(found.orgs.values(), key=lambda o: o["key"]),
        "constituencies": sorted(constituencies.values(), key=lambda c: c["key"]),
        "change_requests": sorted(found.crs.values(), key=lambda c: c["id"]),
        "documents": sorted(found.docs.values(), key=lambda d: d["key"]),
        "decisions": decisions,
        "actions": actions,
        "votes": votes,
        "relations": dedupe(relations),
        "warnings": warnings + roster.warnings,
    }


def _owner_organisations(actions: list[dict], roster: Roster) -> None:
    """An owner cell "UKPN (Peter Waymont)" states the person's organisation."""
    for a in actions:
        orgs_in = [k for k in a["owners"] if k.startswith("org:")]
        if len(orgs_in) != 1 or not a["owner_text"]:
            continue
        org_name = canonical_org(a["owner_text"].split("(")[0].strip())
        for k in a["owners"]:
            person = roster.by_key(k) if k.startswith("person:") else None
            if person and person.organisation is None and org_name:
                person.organisation = org_name


def _raised(found: Entities, narrative: dict) -> None:
    """Who raised a change, and when, as the running text states it."""
    for cid, (date, _ev) in narrative["raised_on"].items():
        if cid in found.crs and found.crs[cid]["raised_on"] is None:
            found.crs[cid]["raised_on"] = date
    for r in narrative["relations"]:
        if r["type"] == "RAISED" and r["to"][3:] in found.crs:
            raised_by = found.crs[r["to"][3:]]["raised_by"]
            if r["from"] not in raised_by:
                raised_by.append(r["from"])
            if r["from"].startswith("org:"):
                found.org(narrative["org_names"].get(r["from"], r["from"]))


__all__ = ["extract", "build_record", "slug"]
