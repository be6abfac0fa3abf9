"""Decisions: table rows and bold 'DECISION X:' lines, merged by id; outcome, decider, subjects."""

from __future__ import annotations

import re

from .keys import doc_key
from .labelled_lines import labelled_lines
from .mentions import cr_ids, doc_mentions, strip_cr_titles
from .pdf_pages import Paragraph, TableBlock
from .tables import column_map

DECISION_LINE = re.compile(r"^DECISION\s+([A-Z]{2,6}-?DEC-?\d+)\s*[:\-–]\s*(.+)$", re.S)
DECISION_ID = re.compile(r"^[A-Z]{2,6}-?DEC-?\d+$")
DECIDER = re.compile(r"\b(?:The\s+)?(SRO|Chair|DAG Chair|[A-Z]{2,6})\b(?:,[^,]+,)?\s+(?:has\s+)?"
                     r"(approved|rejected|agreed|noted|deferred|endorsed)")


def outcome_of(text: str) -> str:
    """deferred when the decision defers; else the first of approve/reject words decides."""
    low = text.lower()
    if re.search(r"\bdefer", low):
        return "deferred"
    found = [(m.start(), outcome) for rx, outcome in ((r"\bapprov|\bagreed\b|\bendorsed\b", "approved"),
                                                     (r"\breject", "rejected"))
             for m in [re.search(rx, low)] if m]
    if found:
        return min(found)[1]
    return "noted"


def decider_of(text: str, body_abbrev: str | None) -> str:
    m = DECIDER.search(text)
    if m:
        who = m.group(1)
        if who.upper() == "SRO":
            return "SRO"
        if "chair" in who.lower():
            return "Chair"
        return who.upper()
    if re.search(r"ex-committee", text, re.I):
        return "ex-committee"
    return body_abbrev or "unknown"


def split_outcomes(text: str) -> tuple[list[str], list[str]]:
    """Keys approved and keys rejected: what follows 'rejected' is rejected."""
    m = re.search(r"\breject(?:ed|s)?\b", text, re.I)
    head, tail = (text[:m.start()], text[m.start():]) if m else (text, "")
    def keys(t: str) -> list[str]:
        return [f"cr:{c}" for c in cr_ids(t)] + [doc_key(d["ref"], d["name"]) for d in doc_mentions(strip_cr_titles(t))]
    return keys(head), keys(tail)


def read_decisions(tables: list[TableBlock], paragraphs: list[Paragraph], body_abbrev: str | None) -> list[dict]:
    found: dict[str, dict] = {}
    for t in tables:
        cols = column_map(t.header, ["area", "dec_ref", "decision"])
        if "dec_ref" not in cols or "decision" not in cols:
            continue
        for r, row in enumerate(t.rows[1:], start=1):
            ref = re.sub(r"\s+", "", row[cols["dec_ref"]] or "")  # a narrow column wraps ids
            if not DECISION_ID.match(ref):
                continue
            text = (row[cols["decision"]] or "").strip()
            area = (row[cols["area"]] or "").strip() if "area" in cols else None
            found[ref] = _decision(ref, area or None, text, body_abbrev,
                                   {"page": t.row_pages[r], "quote": f"{ref} {text}"})
    for ref, text, ev in labelled_lines(paragraphs, DECISION_LINE):
        if ref in found:
            found[ref]["evidence"].append(ev)
            # the inline line may name what the table row left out
            extra = [s for s in _decision(ref, None, text, body_abbrev, ev)["subjects"]
                     if s not in found[ref]["subjects"]]
            found[ref]["subjects"].extend(extra)
        else:
            found[ref] = _decision(ref, None, text, body_abbrev, ev)
    return list(found.values())


def _decision(ref: str, area: str | None, text: str, body_abbrev: str | None, ev: dict) -> dict:
    approved, rejected = split_outcomes(text)
    subjects = list(dict.fromkeys(approved + rejected))
    if any(k.startswith("cr:") for k in subjects):  # a decision on a CR: documents named are context
        subjects = [k for k in subjects if k.startswith("cr:")]
    return {"key": f"decision:{ref}", "id": ref, "area": area, "text": text, "outcome": outcome_of(text),
            "decided_by": decider_of(text, body_abbrev), "subjects": subjects, "evidence": [ev]}
