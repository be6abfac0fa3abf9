"""Score a record against a hand-checked gold record: precision, recall, F1 per entity type."""

from __future__ import annotations

import json
from pathlib import Path

NARRATIVE_TYPES = {"RAISED", "ISSUED_FOR_IMPACT_ASSESSMENT", "APPROVED", "REJECTED", "BASELINED",
                   "MUTUALLY_EXCLUSIVE_WITH", "DEPUTISED_FOR", "SCHEDULED_FOR"}

# entity type -> (how to list items of a record, identity of an item)
def _people(r):
    return {p["key"]: p for p in r.get("people", [])}


def _ballots(r):
    return {(v.get("subject"), b["constituency"]): b for v in r.get("votes", []) for b in v.get("ballots", [])}


def _by_key(section):
    return lambda r: {x["key"]: x for x in r.get(section, [])}


def _relations(r):
    return {(x["type"], x["from"], x["to"]): x for x in r.get("relations", []) if x["type"] in NARRATIVE_TYPES}


ENTITY_TYPES = {
    "people": _people,
    "actions": _by_key("actions"),
    "decisions": _by_key("decisions"),
    "ballots": _ballots,
    "change_requests": _by_key("change_requests"),
    "documents": _by_key("documents"),
    "votes": _by_key("votes"),
    "relations": _relations,
}

# attribute -> (entity type, how to read it from an item)
ATTRIBUTES = {
    "initials": ("people", lambda x: sorted(x.get("initials") or [])),
    "role": ("people", lambda x: x.get("role")),
    "organisation": ("people", lambda x: x.get("organisation")),
    "constituency": ("people", lambda x: x.get("constituency")),
    "attendance": ("people", lambda x: x.get("attendance")),
    "on_behalf_of": ("people", lambda x: x.get("on_behalf_of")),
    "owner": ("actions", lambda x: sorted(x.get("owners") or [])),
    "due": ("actions", lambda x: x.get("due")),
    "status": ("actions", lambda x: x.get("status")),
    "outcome": ("decisions", lambda x: x.get("outcome")),
    "decided_by": ("decisions", lambda x: x.get("decided_by")),
    "subjects": ("decisions", lambda x: sorted(x.get("subjects") or [])),
    "position": ("ballots", lambda x: x.get("position")),
    "voter": ("ballots", lambda x: x.get("person")),
    "tally": ("votes", lambda x: x.get("tally")),
    "stated_tally": ("votes", lambda x: x.get("stated_tally")),
    "cr_title": ("change_requests", lambda x: x.get("title")),
}


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate(gold: dict, predicted: dict) -> dict:
    """Scores per entity type, attribute accuracies over matched items, and the mismatches."""
    scores: dict = {"entities": {}, "attributes": {}, "missing": {}, "extra": {}, "wrong": {}}
    matched: dict[str, list[tuple]] = {}
    for etype, items in ENTITY_TYPES.items():
        g, p = items(gold), items(predicted)
        if etype not in ("ballots", "relations", "people") and etype not in gold:
            continue
        tp = set(g) & set(p)
        scores["entities"][etype] = {"gold": len(g), "predicted": len(p), "matched": len(tp),
                                     **_prf(len(tp), len(p), len(g))}
        scores["missing"][etype] = sorted(map(str, set(g) - set(p)))
        scores["extra"][etype] = sorted(map(str, set(p) - set(g)))
        matched[etype] = [(k, g[k], p[k]) for k in sorted(tp, key=str)]
    for attr, (etype, read) in ATTRIBUTES.items():
        pairs = [(k, gi, pi) for k, gi, pi in matched.get(etype, []) if attr_in_gold(gi, attr)]
        if not pairs:
            continue
        wrong = [(str(k), read(gi), read(pi)) for k, gi, pi in pairs if read(gi) != read(pi)]
        scores["attributes"][attr] = {"compared": len(pairs), "correct": len(pairs) - len(wrong),
                                      "accuracy": round((len(pairs) - len(wrong)) / len(pairs), 4)}
        if wrong:
            scores["wrong"][attr] = wrong
    return scores


def attr_in_gold(item: dict, attr: str) -> bool:
    field = {"owner": "owners", "voter": "person", "cr_title": "title"}.get(attr, attr)
    return field in item


def load_record(path: str | Path) -> dict:
    """A record from JSON, or extracted from a PDF."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return json.loads(path.read_text())
    from .record import extract
    return extract(path)


def format_scores(scores: dict, verbose: bool = False) -> str:
    rows = [f"{'type':<16} {'gold':>5} {'pred':>5} {'match':>5} {'P':>7} {'R':>7} {'F1':>7}"]
    for etype, s in scores["entities"].items():
        rows.append(f"{etype:<16} {s['gold']:>5} {s['predicted']:>5} {s['matched']:>5} "
                    f"{s['precision']:>7.3f} {s['recall']:>7.3f} {s['f1']:>7.3f}")
    rows.append("")
    rows.append(f"{'attribute':<16} {'compared':>8} {'correct':>8} {'accuracy':>9}")
    for attr, s in scores["attributes"].items():
        rows.append(f"{attr:<16} {s['compared']:>8} {s['correct']:>8} {s['accuracy']:>9.3f}")
    if verbose:
        for label in ("missing", "extra"):
            for etype, keys in scores[label].items():
                for k in keys:
                    rows.append(f"{label}: {etype}: {k}")
        for attr, wrong in scores["wrong"].items():
            for k, g, p in wrong:
                rows.append(f"wrong {attr}: {k}: gold {g!r} got {p!r}")
    return "\n".join(rows)
