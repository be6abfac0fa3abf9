"""Actions: table rows and bold 'ACTION X:' lines, merged by id; owners resolved."""

from __future__ import annotations

import re

from .dates import parse_date
from .keys import canonical_org, doc_key, org_key
from .labelled_lines import labelled_lines
from .mentions import cr_ids, doc_mentions
from .pdf_pages import Paragraph, TableBlock
from .roster import Roster
from .tables import column_map

ACTION_LINE = re.compile(r"^ACTION\s+([A-Z]{2,6}\d*(?:\.\d+)?-\d+[A-Za-z]?)\s*[:\-–]\s*(.+)$", re.S)
ACTION_ID = re.compile(r"\b([A-Z]{2,6}\d{1,3}(?:\.\d+)?-\d{1,3})\b")
CLOSED = re.compile(r"\b(closed|complete[d]?|discharged)\b", re.I)
_ID = r"[A-Z]{2,6}\d{1,3}(?:\.\d+)?-\d{1,3}"
CLOSED_AFTER_IDS = re.compile(rf"\b{_ID}(?:\s*(?:,|and|&)\s*{_ID})*\s+(?:(?:was|were|is|are|has been|have been)\s+)?"
                              r"(?:now\s+)?(?:closed|completed)\b")


def _close(actions: dict, ref: str, evidence: dict) -> None:
    """Mark an action closed; an action only said to be closed is recorded too."""
    if ref not in actions:
        actions[ref] = {"key": f"action:{ref}", "id": ref, "area": None, "text": evidence["quote"],
                        "owner_text": None, "owners": [], "due": None, "due_text": None, "status": "closed",
                        "subjects": [], "evidence": [evidence], "listed": False}
        return
    actions[ref]["status"] = "closed"
    if evidence not in actions[ref]["evidence"]:
        actions[ref]["evidence"].append(evidence)


def resolve_owner(owner_text: str, roster: Roster, body_abbrev: str | None) -> list[str]:
    """'Programme (Matt McKeon)' -> ['org:programme', 'person:matthew-mckeon']."""
    keys: list[str] = []
    for part in re.split(r"\s*[/;]\s*|\s+and\s+|,\s*", owner_text):
        m = re.match(r"^([^()]+?)\s*(?:\(([^()]+)\))?\s*$", part.strip())
        if not m:
            continue
        for chunk in (m.group(1), m.group(2)):
            if not chunk:
                continue
            chunk = chunk.strip()
            low = chunk.lower()
            if body_abbrev and low in (f"{body_abbrev.lower()} members", f"{body_abbrev.lower()}", "members"):
                keys.append(f"body:{body_abbrev.lower()}")
            elif low in ("chair", "the chair") and roster.chair():
                keys.append(roster.chair().key)
            elif canonical_org(chunk):
                keys.append(org_key(chunk))
            elif roster.by_name(chunk):
                keys.append(roster.by_name(chunk).key)
            elif re.fullmatch(r"[A-Z][A-Za-z]{1,4}", chunk) and roster.resolve(chunk):
                keys.append(roster.resolve(chunk).key)
    return list(dict.fromkeys(keys))


def _subjects(text: str) -> list[str]:
    subs = [f"cr:{c}" for c in cr_ids(text)]
    subs += [doc_key(d["ref"], d["name"]) for d in doc_mentions(text)]
    return list(dict.fromkeys(subs))


def read_actions(tables: list[TableBlock], paragraphs: list[Paragraph], all_sentences: list[tuple[str, int]],
                 roster: Roster, body_abbrev: str | None) -> list[dict]:
    actions: dict[str, dict] = {}
    for t in tables:
        cols = column_map(t.header, ["area", "ref", "action", "owner", "due", "status"])
        if "ref" not in cols or "action" not in cols:
            continue
        area = None
        for r, row in enumerate(t.rows[1:], start=1):
            def cell(k, row=row, cols=cols):
                return (row[cols[k]] or "").strip() if k in cols and cols[k] < len(row) else ""
            ref = re.sub(r"\s+", "", cell("ref"))  # a narrow column wraps ids: "CCAG101-0 1"
            if not ACTION_ID.fullmatch(ref):
                continue
            area = cell("area") or area
            text = cell("action")
            owner_text = cell("owner") or None
            due_text = cell("due") or None
            status = "closed" if CLOSED.search(cell("status")) else "open"
            quote = " ".join(x for x in (ref, text) if x)
            actions[ref] = {
                "key": f"action:{ref}", "id": ref, "area": area, "text": text, "owner_text": owner_text,
                "owners": resolve_owner(owner_text, roster, body_abbrev) if owner_text else [],
                "due": parse_date(due_text), "due_text": due_text, "status": status,
                "subjects": _subjects(f"{area or ''} {text}"),
                "evidence": [{"page": t.row_pages[r], "quote": quote}],
            }
    for ref, text, ev in labelled_lines(paragraphs, ACTION_LINE):
        if ref in actions:
            actions[ref]["evidence"].append(ev)
            continue
        owner = re.match(r"^([A-Z][\w&.]*(?:\s+[A-Z][\w&.]*)*)\s+to\s+", text)
        owner_text = owner.group(1) if owner else None
        actions[ref] = {
            "key": f"action:{ref}", "id": ref, "area": None, "text": text, "owner_text": owner_text,
            "owners": resolve_owner(owner_text, roster, body_abbrev) if owner_text else [],
            "due": None, "due_text": None, "status": "open", "subjects": _subjects(text), "evidence": [ev],
        }
    # closures stated in the text: "DAG26-02 and DAG26-03: Closed." / "DAG24-01 was closed"
    for p in paragraphs:
        ids = ACTION_ID.findall(p.bold_prefix or "")
        rest = p.text[len(p.bold_prefix):] if p.bold_prefix else ""
        if ids and re.match(r"^\s*(closed|complete[d]?)\b", rest, re.I):
            for ref in ids:
                _close(actions, ref, {"page": p.page, "quote": p.text})
    for sentence, page in all_sentences:
        for m in CLOSED_AFTER_IDS.finditer(sentence):
            for ref in ACTION_ID.findall(m.group(0)):
                _close(actions, ref, {"page": page, "quote": sentence})
    return list(actions.values())
