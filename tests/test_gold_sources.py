"""The gold records themselves: every verbatim string they hold is on the pages of their PDF.

Read with pdfplumber directly (page text and table cells), not with the extractor, so a gold
record is checked against its source and never against what the extractor makes of it.
"""

import json
import re
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from minutes_kg.extractor.evaluate import find_pairs

ROOT = Path(__file__).resolve().parents[1]
COLLECTIONS = ("layouts", "holdout", "holdout2")
PAIRS = [pair for name in COLLECTIONS if (ROOT / "tests" / "gold" / name).is_dir()
         for pair in find_pairs(ROOT / "tests" / "gold" / name, [ROOT / "samples" / name])]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def _source_text(pdf: Path) -> str:
    parts = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            parts.append(page.extract_text() or "")
            for table in page.extract_tables():
                parts.extend(c for row in table for c in row if c)
    return _norm("\n".join(parts))


def _verbatim(gold: dict):
    """(where, string) for every string the gold README says is copied from the source."""
    for p in gold.get("people", []):
        if p.get("role"):
            yield f"{p['key']} role", p["role"]
    for d in gold.get("decisions", []):
        if d.get("text"):
            yield f"{d['key']} text", d["text"]
    for a in gold.get("actions", []):
        if a.get("text"):
            yield f"{a['key']} text", a["text"]
        for field in ("owner_text", "due_text"):
            if a.get(field):
                yield f"{a['key']} {field}", a[field]
    for v in gold.get("votes", []):
        for b in v.get("ballots", []):
            if b.get("comment"):
                yield f"{v['key']} comment", b["comment"]
    for c in gold.get("change_requests", []):
        if c.get("title"):
            yield f"{c['key']} title", c["title"]
    for r in gold.get("relations", []):
        if r.get("quote"):
            yield f"{r['type']} {r['from']} {r['to']} quote", r["quote"]


@pytest.mark.parametrize("gold_path,pdf", PAIRS, ids=[g.stem for g, _ in PAIRS])
def test_gold_strings_are_on_the_page(gold_path, pdf):
    assert pdf is not None, f"{gold_path.name}: no PDF of the same name in samples/{gold_path.parent.name}"
    gold = json.loads(gold_path.read_text())
    text = _source_text(pdf)
    squeezed = text.replace(" ", "")
    missing = [(where, s) for where, s in _verbatim(gold)
               if _norm(s) not in text and _norm(s).replace(" ", "") not in squeezed]
    assert not missing, missing[:5]


@pytest.mark.parametrize("gold_path,pdf", PAIRS, ids=[g.stem for g, _ in PAIRS])
def test_gold_keys_are_defined(gold_path, pdf):
    """Every key a relation, owner, subject or ballot uses is an entity of the same gold record."""
    gold = json.loads(gold_path.read_text())
    defined = {x["key"] for sec in ("people", "change_requests", "documents", "decisions", "actions", "votes")
               for x in gold.get(sec, [])}
    defined.add(f"meeting:{gold['meeting']['id']}")
    used = [r[e] for r in gold.get("relations", []) for e in ("from", "to")]
    used += [s for d in gold.get("decisions", []) for s in d.get("subjects", [])]
    used += [b["person"] for v in gold.get("votes", []) for b in v.get("ballots", []) if b.get("person")]
    used += [p["on_behalf_of"] for p in gold.get("people", []) if p.get("on_behalf_of")]
    prefixes = ("org:", "body:", "release:", "constituency:")  # named by the record, not listed in gold
    undefined = sorted({k for k in used if k not in defined and not k.startswith(prefixes)})
    assert not undefined, undefined
