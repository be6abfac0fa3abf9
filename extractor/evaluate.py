"""Score a record against a hand-checked gold record: precision, recall, F1 per entity type."""

from __future__ import annotations

import re
from pathlib import Path

NARRATIVE_TYPES = {"RAISED", "ISSUED_FOR_IMPACT_ASSESSMENT", "APPROVED", "REJECTED", "BASELINED",
                   "MUTUALLY_EXCLUSIVE_WITH", "DEPUTISED_FOR", "SCHEDULED_FOR"}

# entity type -> (how to list items of a record, identity of an item)
def _people(r):
    return {p["key"]: p for p in r.get("people", [])}


def _ballots(r):
    """A ballot is identified by its vote's subject and its voter: the seat, else the person."""
    return {(v.get("subject"), b.get("constituency") or b.get("person")): b
            for v in r.get("votes", []) for b in v.get("ballots", [])}


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


# ids a record makes up where the document prints none (CONVENTIONS record@2): paired by text, not number
GENERATED_ID = re.compile(r"-[AD]\d+$|:V\d+$")
TEXT_OF = {"actions": "text", "decisions": "text", "votes": "question"}


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (text or "").lower()))


def _pair_generated(etype: str, g: dict, p: dict) -> dict:
    """Re-key predicted items with generated ids onto the gold item whose text they share (Jaccard >= 0.5)."""
    field = TEXT_OF.get(etype)
    if not field:
        return p
    free_g = [k for k in g if k not in p and GENERATED_ID.search(str(k))]
    free_p = [k for k in p if k not in g and GENERATED_ID.search(str(k))]
    pairs = []
    for gk in free_g:
        gw = _words(g[gk].get(field)) or _words(g[gk].get("text"))
        for pk in free_p:
            pw = _words(p[pk].get(field)) or _words(p[pk].get("text"))
            if gw and pw:
                pairs.append((len(gw & pw) / len(gw | pw), gk, pk))
    out = dict(p)
    used_g: set = set()
    used_p: set = set()
    for score, gk, pk in sorted(pairs, reverse=True):
        if score >= 0.5 and gk not in used_g and pk not in used_p:
            used_g.add(gk)
            used_p.add(pk)
            out[gk] = out.pop(pk)
    return out


def evaluate(gold: dict, predicted: dict) -> dict:
    """Scores per entity type, attribute accuracies over matched items, and the mismatches."""
    scores: dict = {"entities": {}, "attributes": {}, "missing": {}, "extra": {}, "wrong": {}}
    matched: dict[str, list[tuple]] = {}
    for etype, items in ENTITY_TYPES.items():
        g, p = items(gold), items(predicted)
        if etype not in ("ballots", "relations", "people") and etype not in gold:
            continue
        p = _pair_generated(etype, g, p)
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
    from minutes_kg.records import read_record

    path = Path(path)
    if path.suffix.lower() == ".json":
        return read_record(path)
    from .record import extract
    return extract(path)


def micro(scores: dict) -> dict:
    """Precision, recall and F1 over every entity of every type together."""
    ents = scores["entities"].values()
    tp, n_pred, n_gold = (sum(e[k] for e in ents) for k in ("matched", "predicted", "gold"))
    return {"gold": n_gold, "predicted": n_pred, "matched": tp, **_prf(tp, n_pred, n_gold)}


def find_pairs(gold_dir: str | Path, pdf_dirs: list[str | Path] | None = None) -> list[tuple[Path, Path | None]]:
    """(gold, PDF) for every gold record in ``gold_dir``: the PDF of the same stem (any case) in ``pdf_dirs``."""
    gold_dir = Path(gold_dir)
    dirs = [Path(d) for d in (pdf_dirs or [gold_dir])]
    pdfs = {p.stem.lower(): p for d in dirs for p in sorted(d.glob("*.pdf"))}
    return [(g, pdfs.get(g.stem.lower())) for g in sorted(gold_dir.glob("*.json"))]


def evaluate_folder(gold_dir: str | Path, pdf_dirs: list[str | Path] | None = None, extract_fn=None) -> dict:
    """Score every gold + PDF pair of a folder: per document and type, and over the whole collection.

    Returns {"documents": {stem: {"pdf", "scores", "micro"} or {"pdf", "error"}}, "collection": {...}}.
    A PDF the extractor refuses is a document with an error (and zero recall), not a crash; so is a gold
    record that cannot be read (not JSON, nested too deep, not an object), which also has "gold_error",
    the one-line ``FILE: reason``.
    """
    from minutes_kg.records import read_record

    from .errors import BadInputError
    from .record import extract

    extract_fn = extract_fn or extract
    docs: dict[str, dict] = {}
    totals: dict[str, dict] = {}
    attrs: dict[str, list[int]] = {}
    for gold_path, pdf in find_pairs(gold_dir, pdf_dirs):
        try:
            gold = read_record(gold_path)
        except BadInputError as exc:  # one bad gold record is that document's error, the others are scored
            docs[gold_path.stem] = {"pdf": str(pdf) if pdf else None, "error": f"gold record: {exc.reason}",
                                    "gold_error": str(exc)}
            continue
        if pdf is None:
            docs[gold_path.stem] = {"pdf": None, "error": "no PDF of the same name"}
            continue
        try:
            predicted = extract_fn(pdf)
        except BadInputError as exc:
            docs[gold_path.stem] = {"pdf": str(pdf), "error": exc.reason}
            predicted = {}
        scores = evaluate(gold, predicted)
        entry = docs.setdefault(gold_path.stem, {"pdf": str(pdf)})
        entry.update({"scores": scores, "micro": micro(scores)})
        for etype, e in scores["entities"].items():
            t = totals.setdefault(etype, {"gold": 0, "predicted": 0, "matched": 0})
            for k in t:
                t[k] += e[k]
        for attr, a in scores["attributes"].items():
            c = attrs.setdefault(attr, [0, 0])
            c[0] += a["correct"]
            c[1] += a["compared"]
    per_type = {k: {**t, **_prf(t["matched"], t["predicted"], t["gold"])} for k, t in totals.items()}
    scored = [d["micro"]["f1"] for d in docs.values() if "micro" in d]
    collection = {
        "documents": len(docs),
        "refused": sorted(k for k, d in docs.items() if "error" in d),
        "types": per_type,
        "micro": micro({"entities": per_type}) if per_type else None,
        "mean_document_f1": round(sum(scored) / len(scored), 4) if scored else None,
        "min_document_f1": min(scored) if scored else None,
        "attributes": {k: {"compared": n, "correct": c, "accuracy": round(c / n, 4)} for k, (c, n) in attrs.items()},
    }
    return {"documents": docs, "collection": collection}


SHORT = {"people": "people", "actions": "actions", "decisions": "decis", "ballots": "ballots",
         "change_requests": "changes", "documents": "docs", "votes": "votes", "relations": "rels"}


def format_folder(result: dict, verbose: bool = False) -> str:
    """A per-document, per-type F1 table, then the collection's figures."""
    types = list(SHORT)
    rows = [f"{'document':<28}" + "".join(f"{SHORT[t]:>9}" for t in types) + f"{'micro':>9}"]

    def cell(e: dict | None) -> str:
        return f"{'-':>9}" if not e or not e["gold"] and not e["predicted"] else f"{e['f1']:>9.3f}"

    for stem, d in result["documents"].items():
        if "error" in d and "scores" not in d:
            rows.append(f"{stem:<28}  {d['error']}")
            continue
        line = f"{stem:<28}" + "".join(cell(d["scores"]["entities"].get(t)) for t in types)
        line += f"{d['micro']['f1']:>9.3f}" + (f"  refused: {d['error']}" if "error" in d else "")
        rows.append(line)
    c = result["collection"]
    if c["micro"]:
        rows.append(f"{'(all, micro)':<28}" + "".join(cell(c["types"].get(t)) for t in types)
                    + f"{c['micro']['f1']:>9.3f}")
        rows.append("")
        rows.append(f"documents {c['documents']}, refused {len(c['refused'])}, mean document F1 "
                    f"{c['mean_document_f1']:.3f}, lowest {c['min_document_f1']:.3f}")
        rows.append("attributes: " + ", ".join(f"{k} {a['accuracy']:.3f} ({a['compared']})"
                                            for k, a in c["attributes"].items()))
    if verbose:
        for stem, d in result["documents"].items():
            if "scores" in d:
                rows.append("")
                rows.append(f"== {stem}")
                rows.append(format_scores(d["scores"], verbose=True))
    return "\n".join(rows)


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
