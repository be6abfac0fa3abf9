"""PDF -> one meeting record (the JSON contract of OUTPUT.md), validated."""

from __future__ import annotations

import re
from pathlib import Path

from .acceptance import check_minutes
from .actions import read_actions
from .change_ids import document_context
from .decisions import read_decisions, split_outcomes
from .identity import read_meeting
from .keys import ORGANISATIONS, canonical_org, constituency_key, doc_key, org_key, slug
from .mentions import (
    VERSION_RX,
    change_mentions,
    cr_titles,
    cr_versions,
    doc_mentions,
    org_mentions,
    ref_aliases,
    strip_cr_titles,
    versioned_docs,
)
from .narrative import find_relations
from .pdf_pages import Paragraph, ParsedPdf, TableBlock, parse_pdf, parse_pdf_bytes
from .people import read_people
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


def _all_text_units(parsed: ParsedPdf):
    """(text, page) for every paragraph and table cell, for mention scans."""
    for b in parsed.blocks:
        if isinstance(b, Paragraph):
            yield b.text, b.page
        elif isinstance(b, TableBlock):
            for row, page in zip(b.rows, b.row_pages):
                for cell in row:
                    if cell:
                        yield cell, page


def build_record(parsed: ParsedPdf) -> dict:
    s = split_sections(parsed)
    meeting, meeting_ev = read_meeting(s, parsed)
    check_minutes(s, meeting, parsed)
    warnings: list[str] = []
    roster = Roster()
    read_people(s.attendance, roster, [b for b in parsed.blocks if isinstance(b, Paragraph)])
    abbrev = meeting["body_abbrev"]
    meeting_key = f"meeting:{meeting['id']}"

    paragraphs = [b for b in parsed.blocks if isinstance(b, Paragraph)]
    votes = read_votes(s.items, meeting["id"], roster, warnings)
    decisions = read_decisions(s.decisions, paragraphs, abbrev, meeting_id=meeting["id"], body=meeting["body"],
                               blocks=parsed.blocks, decision_paragraphs=s.decision_paragraphs)
    outcomes = {d["key"]: split_outcomes(d["text"]) for d in decisions}  # (approved keys, rejected keys)
    decided = set()
    for approved, rejected in outcomes.values():
        for k in approved:
            decided.add(("APPROVED", k))
        for k in rejected:
            decided.add(("REJECTED", k))
    narrative = find_relations(s.items, roster, meeting_key, decided, meeting["date"])
    actions = read_actions(s.actions, paragraphs, narrative["sentences"], roster, abbrev, meeting_id=meeting["id"],
                           blocks=parsed.blocks, action_paragraphs=s.action_paragraphs, body=meeting["body"])

    # an owner cell "UKPN (Peter Waymont)" states the person's organisation
    for a in actions:
        orgs_in = [k for k in a["owners"] if k.startswith("org:")]
        persons_in = [roster.by_key(k) for k in a["owners"] if k.startswith("person:")]
        if len(orgs_in) == 1 and a["owner_text"]:
            org_name = canonical_org(a["owner_text"].split("(")[0].strip())
            for person in persons_in:
                if person and person.organisation is None and org_name:
                    person.organisation = org_name
    # people mentioned by initials in the text gain that evidence
    people = roster.people
    for p in people:
        p.evidence.extend(narrative["person_mentions"].get(p.key, [])[:3])

    # change requests and documents named anywhere
    crs: dict[str, dict] = {}
    docs: dict[str, dict] = {}
    orgs: dict[str, dict] = {}
    units = list(_all_text_units(parsed))
    aliases: dict[str, str] = {}
    for text, _page in units:
        aliases.update(ref_aliases(text))
    for text, page in units:
        for change in change_mentions(text):
            for cid in change.ids:
                cr = crs.setdefault(cid, {"key": f"cr:{cid}", "id": cid, "kind": change.kind, "title": None,
                                          "versions": [], "raised_by": [], "raised_on": None, "evidence": []})
                ev = {"page": page, "quote": _quote_around(text, change.text)}
                if len(cr["evidence"]) < 3 and ev not in cr["evidence"]:
                    cr["evidence"].append(ev)
        for cid, title in cr_titles(text):
            if crs[cid]["title"] is None or len(title) > len(crs[cid]["title"]):
                crs[cid]["title"] = title
        for cid, version in cr_versions(text):
            if version not in crs[cid]["versions"]:
                crs[cid]["versions"].append(version)
        for d in doc_mentions(strip_cr_titles(text)) + versioned_docs(text):
            if not d["ref"] and d["name"] in aliases:  # a name the document also gives a ref to
                d = {**d, "ref": aliases[d["name"]], "name": None}
            key = doc_key(d["ref"], d["name"])
            doc = docs.setdefault(key, {"key": key, "name": d["name"], "ref": d["ref"], "version": None,
                                        "evidence": []})
            if d["name"] and (not doc["name"] or len(d["name"]) > len(doc["name"])) and d["ref"]:
                doc["name"] = d["name"]
            if len(doc["evidence"]) < 3:
                doc["evidence"].append({"page": page, "quote": _quote_around(text, d["span"])})
            if d.get("version") and doc["version"] is None:
                doc["version"] = d["version"]
        for canon in org_mentions(text):
            _org(orgs, canon)

    _merge_short_doc_names(docs)
    relations: list[dict] = []
    # decisions: DECIDED_IN, CONCERNS, APPROVED / REJECTED / BASELINED / ISSUED_FOR_IMPACT_ASSESSMENT
    for d in decisions:
        ev = d["evidence"][:1]
        relations.append(_rel("DECIDED_IN", d["key"], meeting_key, ev))
        for subj in d["subjects"]:
            relations.append(_rel("CONCERNS", d["key"], subj, ev))
        approved, rejected = outcomes[d["key"]]
        low = d["text"].lower()
        # "approved the baselining of X": approved, and baselined ("for the next design baseline" is a noun)
        if re.search(r"\bbaselin(?:ing|ed)\b|\bbaseline (?:the|it|them|this)\b", low):
            version = VERSION_RX.search(d["text"])
            for k in approved:
                if k.startswith("doc:"):
                    relations.append(_rel("BASELINED", d["key"], k, ev,
                                          version=version.group(1) if version else None))
                    if version and k in docs and docs[k]["version"] is None:
                        docs[k]["version"] = version.group(1)
                    relations.append(_rel("APPROVED", d["key"], k, ev, decided_by=d["decided_by"]))
        elif re.search(r"issu\w*.*\b(impact assessment|ia)\b", low):
            for k in approved:
                relations.append(_rel("ISSUED_FOR_IMPACT_ASSESSMENT", meeting_key, k, ev))
        else:
            if d["outcome"] == "approved" and re.search(r"\bapproved\b", d["text"]) \
                    and not re.search(r"\brecommend", low):
                for k in approved:
                    relations.append(_rel("APPROVED", d["key"], k, ev, decided_by=d["decided_by"]))
            for k in rejected:
                relations.append(_rel("REJECTED", d["key"], k, ev, decided_by=d["decided_by"]))
    # document versions stated when baselined
    baselined = [r for r in relations if r["type"] == "BASELINED"]
    for version, page, quote in narrative["baselined_versions"]:
        for r in baselined:
            if r.get("version") is None and abs(r["evidence"][0]["page"] - page) <= 1:
                r["version"] = version
                r["evidence"].append({"page": page, "quote": quote})
                if docs.get(r["to"]) and docs[r["to"]]["version"] is None:
                    docs[r["to"]]["version"] = version
    relations.extend(narrative["relations"])
    for cid, (date, _ev) in narrative["raised_on"].items():
        if cid in crs and crs[cid]["raised_on"] is None:
            crs[cid]["raised_on"] = date
    for r in narrative["relations"]:
        if r["type"] == "RAISED" and r["to"][3:] in crs:
            if r["from"] not in crs[r["to"][3:]]["raised_by"]:
                crs[r["to"][3:]]["raised_by"].append(r["from"])
            if r["from"].startswith("org:"):
                _org(orgs, narrative["org_names"].get(r["from"], r["from"]))

    # people: ATTENDED / SENT_APOLOGIES / REPRESENTS / MEMBER_OF / DEPUTISED_FOR
    constituencies: dict[str, dict] = {}
    for p in people:
        ev = p.evidence[:1]
        if p.attendance in ("present", "part"):
            relations.append(_rel("ATTENDED", p.key, meeting_key, ev, part=p.attendance == "part",
                                  on_behalf_of=p.on_behalf_of))
        elif p.attendance == "apologies":
            relations.append(_rel("SENT_APOLOGIES", p.key, meeting_key, ev))
        if p.constituency and p.attendance != "mentioned":
            ckey = constituency_key(p.constituency)
            constituencies.setdefault(ckey, {"key": ckey, "name": p.constituency})
            if p.attendance in ("present", "part"):
                relations.append(_rel("REPRESENTS", p.key, ckey, ev, meeting=meeting["id"]))
        if p.organisation:
            _org(orgs, p.organisation)
            relations.append(_rel("MEMBER_OF", p.key, org_key(p.organisation), ev))
        if p.on_behalf_of:
            relations.append(_rel("DEPUTISED_FOR", p.key, p.on_behalf_of, ev))
    for v in votes:
        if v["subject"]:
            relations.append(_rel("CONCERNS", v["key"], v["subject"], v["evidence"][:1]))
        for b in v["ballots"]:
            if b["constituency_key"]:
                constituencies.setdefault(b["constituency_key"], {"key": b["constituency_key"],
                                                                  "name": b["constituency"]})
            voter = b["constituency_key"] or b["person"]  # a named voter without a seat casts as a person
            if voter:
                relations.append(_rel("CAST", voter, v["key"], b["evidence"][:1],
                                      position=b["position"], person=b["person"]))
    for a in actions:
        for owner in a["owners"]:
            if owner.startswith("org:"):
                _org(orgs, owner)
            relations.append(_rel("OWNS", owner, a["key"], a["evidence"][:1], due=a["due"]))
        for subj in a["subjects"]:
            relations.append(_rel("CONCERNS", a["key"], subj, a["evidence"][:1]))

    record = {
        "schema": SCHEMA_ID,
        "source": {"path": parsed.path, "sha256": parsed.sha256, "pages": parsed.n_pages},
        "meeting": {**meeting, "evidence": meeting_ev},
        "people": [p.to_record() for p in people],
        "organisations": sorted(orgs.values(), key=lambda o: o["key"]),
        "constituencies": sorted(constituencies.values(), key=lambda c: c["key"]),
        "change_requests": sorted(crs.values(), key=lambda c: c["id"]),
        "documents": sorted(docs.values(), key=lambda d: d["key"]),
        "decisions": decisions,
        "actions": actions,
        "votes": votes,
        "relations": _dedupe(relations),
        "warnings": warnings + roster.warnings,
    }
    return record


def _merge_short_doc_names(docs: dict[str, dict]) -> None:
    """'the Interface Catalogue' after 'the MHHS Interface Catalogue' is the same document."""
    for key, doc in list(docs.items()):
        if doc["ref"] or not doc["name"]:
            continue
        longer = [d for d in docs.values() if d is not doc and d["name"] and not d["ref"]
                  and d["name"].endswith(" " + doc["name"])]
        if len(longer) == 1:
            longer[0]["evidence"].extend(e for e in doc["evidence"] if e not in longer[0]["evidence"])
            del docs[key]


def _org(orgs: dict, name_or_key: str) -> None:
    if name_or_key.startswith("org:"):
        name = next((c for c in ORGANISATIONS if org_key(c) == name_or_key), name_or_key[4:])
    else:
        name = canonical_org(name_or_key) or name_or_key
    key = org_key(name)
    if key not in orgs:
        orgs[key] = {"key": key, "name": name, "aliases": [a for a in ORGANISATIONS.get(name, []) if a != name]}


def _rel(rtype: str, frm: str, to: str, evidence: list[dict], **props) -> dict:
    return {"type": rtype, "from": frm, "to": to, **props, "evidence": list(evidence)}


def _dedupe(relations: list[dict]) -> list[dict]:
    out: dict[tuple, dict] = {}
    for r in relations:
        k = (r["type"], r["from"], r["to"])
        if k in out:
            for ev in r["evidence"]:
                if ev not in out[k]["evidence"]:
                    out[k]["evidence"].append(ev)
            for prop, val in r.items():
                if out[k].get(prop) is None and val is not None:
                    out[k][prop] = val
        else:
            out[k] = r
    return list(out.values())


def _quote_around(text: str, needle: str, width: int = 160) -> str:
    """A sentence-sized exact quote of ``text`` containing ``needle``."""
    if len(text) <= width:
        return text
    i = text.find(needle)
    if i < 0:
        return text[:width]
    start = max(text.rfind(". ", 0, i) + 2, 0) if text.rfind(". ", 0, i) >= 0 else 0
    end = text.find(". ", i)
    end = len(text) if end < 0 else end + 1
    if end - start > width * 2:
        start, end = max(0, i - width // 2), min(len(text), i + width // 2)
    return text[start:end].strip()


__all__ = ["extract", "build_record", "slug"]
