"""The relation stages: what the readers found, stated as relations with their evidence.

``relation`` is the one way a relation is made (here and in narrative.py); ``dedupe`` merges the
same (type, from, to) stated twice. The stages, in the order build_record runs them:

- decision_relations: DECIDED_IN, CONCERNS, APPROVED / REJECTED, BASELINED (with the version the
  text gives), ISSUED_FOR_IMPACT_ASSESSMENT, from each decision's own words;
- people_relations: ATTENDED (part, on behalf of), SENT_APOLOGIES, REPRESENTS, MEMBER_OF,
  DEPUTISED_FOR, from the roster;
- vote_relations: CONCERNS, CAST (a seat's ballot, or a named voter's);
- action_relations: OWNS (with the due date), CONCERNS.
"""

from __future__ import annotations

import re

from .entities import Entities
from .keys import constituency_key, org_key
from .mentions import VERSION_RX

BASELINING = re.compile(r"\bbaselin(?:ing|ed)\b|\bbaseline (?:the|it|them|this)\b")  # not "the design baseline"
ISSUING_FOR_IA = re.compile(r"issu\w*.*\b(impact assessment|ia)\b")


def relation(rtype: str, frm: str, to: str, evidence: list[dict], **props) -> dict:
    return {"type": rtype, "from": frm, "to": to, **props, "evidence": list(evidence)}


def dedupe(relations: list[dict]) -> list[dict]:
    """One relation per (type, from, to): evidence pooled, properties filled from whichever states them."""
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


def decision_relations(decisions: list[dict], outcomes: dict[str, tuple[list[str], list[str]]], found: Entities,
                       meeting_key: str, baselined_versions: list[tuple[str, int, str]]) -> list[dict]:
    """``outcomes``: decision key -> (approved keys, rejected keys); ``baselined_versions``: (version, page,
    quote) the narrative states of documents baselined near that page."""
    out: list[dict] = []
    for d in decisions:
        ev = d["evidence"][:1]
        out.append(relation("DECIDED_IN", d["key"], meeting_key, ev))
        out.extend(relation("CONCERNS", d["key"], subj, ev) for subj in d["subjects"])
        approved, rejected = outcomes[d["key"]]
        low = d["text"].lower()
        if BASELINING.search(low):  # "approved the baselining of X": approved, and baselined
            version = VERSION_RX.search(d["text"])
            for k in approved:
                if k.startswith("doc:"):
                    out.append(relation("BASELINED", d["key"], k, ev, version=version.group(1) if version else None))
                    if version and k in found.docs and found.docs[k]["version"] is None:
                        found.docs[k]["version"] = version.group(1)
                    out.append(relation("APPROVED", d["key"], k, ev, decided_by=d["decided_by"]))
        elif ISSUING_FOR_IA.search(low):
            out.extend(relation("ISSUED_FOR_IMPACT_ASSESSMENT", meeting_key, k, ev) for k in approved)
        else:
            if d["outcome"] == "approved" and re.search(r"\bapproved\b", low) \
                    and not re.search(r"\brecommend", low):
                out.extend(relation("APPROVED", d["key"], k, ev, decided_by=d["decided_by"]) for k in approved)
            out.extend(relation("REJECTED", d["key"], k, ev, decided_by=d["decided_by"]) for k in rejected)
    for stated, page, quote in baselined_versions:  # "baselined as version one" said beside the decision
        for r in out:
            if r["type"] == "BASELINED" and r.get("version") is None and abs(r["evidence"][0]["page"] - page) <= 1:
                r["version"] = stated
                r["evidence"].append({"page": page, "quote": quote})
                if found.docs.get(r["to"]) and found.docs[r["to"]]["version"] is None:
                    found.docs[r["to"]]["version"] = stated
    return out


def people_relations(people: list, meeting_id: str, meeting_key: str, found: Entities,
                     constituencies: dict[str, dict]) -> list[dict]:
    out: list[dict] = []
    for p in people:
        ev = p.evidence[:1]
        if p.attendance in ("present", "part"):
            out.append(relation("ATTENDED", p.key, meeting_key, ev, part=p.attendance == "part",
                                on_behalf_of=p.on_behalf_of))
        elif p.attendance == "apologies":
            out.append(relation("SENT_APOLOGIES", p.key, meeting_key, ev))
        if p.constituency and p.attendance != "mentioned":
            ckey = constituency_key(p.constituency)
            constituencies.setdefault(ckey, {"key": ckey, "name": p.constituency})
            if p.attendance in ("present", "part"):
                out.append(relation("REPRESENTS", p.key, ckey, ev, meeting=meeting_id))
        if p.organisation:
            found.org(p.organisation)
            out.append(relation("MEMBER_OF", p.key, org_key(p.organisation), ev))
        if p.on_behalf_of:
            out.append(relation("DEPUTISED_FOR", p.key, p.on_behalf_of, ev))
    return out


def vote_relations(votes: list[dict], constituencies: dict[str, dict]) -> list[dict]:
    out: list[dict] = []
    for v in votes:
        if v["subject"]:
            out.append(relation("CONCERNS", v["key"], v["subject"], v["evidence"][:1]))
        for b in v["ballots"]:
            if b["constituency_key"]:
                constituencies.setdefault(b["constituency_key"], {"key": b["constituency_key"],
                                                                  "name": b["constituency"]})
            voter = b["constituency_key"] or b["person"]  # a named voter without a seat casts as a person
            if voter:
                out.append(relation("CAST", voter, v["key"], b["evidence"][:1], position=b["position"],
                                    person=b["person"]))
    return out


def action_relations(actions: list[dict], found: Entities) -> list[dict]:
    out: list[dict] = []
    for a in actions:
        for owner in a["owners"]:
            if owner.startswith("org:"):
                found.org(owner)
            out.append(relation("OWNS", owner, a["key"], a["evidence"][:1], due=a["due"]))
        out.extend(relation("CONCERNS", a["key"], subj, a["evidence"][:1]) for subj in a["subjects"])
    return out
