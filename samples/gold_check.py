"""The check a generator's ``--check`` runs on the gold records written for its PDFs (blind, by hand):
every string the gold copies from the source is on one page of the PDF's text or in one of its table
cells (whitespace collapsed), and every key the gold uses is an entity of the same record (organisations,
bodies and releases are named by the record, not listed).

    python samples/layouts/make_html.py --check [STEM ...]      (and the held-out generators alike)

tests/test_gold_sources.py holds every gold collection to the same strings and keys.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

NAMED_BY_THE_RECORD = ("org:", "body:", "release:")


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def verbatim(gold: dict) -> list[tuple[str, str]]:
    """(where, string) for every string the gold copies from the source."""
    out: list[tuple[str, str]] = []
    for p in gold.get("people", []):
        if p.get("role"):
            out.append((p["key"] + " role", p["role"]))
    for c in gold.get("change_requests", []):
        if c.get("title"):
            out.append((c["key"] + " title", c["title"]))
    for d in gold.get("decisions", []):
        for f in ("text", "area"):
            if d.get(f):
                out.append((d["key"] + " " + f, d[f]))
    for a in gold.get("actions", []):
        for f in ("text", "owner_text", "due_text", "area"):
            if a.get(f):
                out.append((a["key"] + " " + f, a[f]))
    for v in gold.get("votes", []):
        for b in v.get("ballots", []):
            for f in ("comment", "label"):
                if b.get(f):
                    out.append((v["key"] + " ballot " + f, b[f]))
    for r in gold.get("relations", []):
        out.append((r["type"] + " quote", r["quote"]))
    return out


def used_keys(gold: dict) -> list[str]:
    """Every key the record refers to: deputies' principals, subjects, owners, voters, movers, relation ends."""
    used: list[str] = [p["on_behalf_of"] for p in gold.get("people", []) if p.get("on_behalf_of")]
    for d in gold.get("decisions", []):
        used += d.get("subjects", [])
    for a in gold.get("actions", []):
        used += a.get("owners", [])
    for v in gold.get("votes", []):
        used += [v["subject"]] if v.get("subject") else []
        used += [b["person"] for b in v.get("ballots", []) if b.get("person")]
        used += [v[f] for f in ("moved_by", "seconded_by") if v.get(f)]
    for r in gold.get("relations", []):
        used += [r["from"], r["to"]]
    return used


def defined_keys(gold: dict) -> set[str]:
    defined = {x["key"] for sec in ("people", "change_requests", "documents", "decisions", "actions", "votes")
               for x in gold.get(sec, [])}
    defined.add("meeting:" + gold["meeting"]["id"])
    return defined


def check(gold_path: Path, pdf_path: Path) -> list[str]:
    """The problems of one gold record against its PDF; none when it is sound."""
    import pdfplumber

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    texts: list[str] = []  # each page's text and each table cell
    with pdfplumber.open(pdf_path) as pdf:
        for pg in pdf.pages:
            texts.append(norm(pg.extract_text()))
            for table in pg.extract_tables():
                texts += [norm(c) for row in table for c in row if c]
    problems = [f"{what}: not in the PDF text: {s!r}" for what, s in verbatim(gold)
                if not any(norm(s) in t for t in texts)]
    defined = defined_keys(gold)
    return problems + [f"undefined key {k}" for k in used_keys(gold)
                       if k not in defined and not k.startswith(NAMED_BY_THE_RECORD)]


def report(gold_dir: Path, pdf_dir: Path, stems: Iterable[str]) -> int:
    """``--check``: each stem's problems printed; the exit status (1 when any)."""
    bad = 0
    for stem in stems:
        problems = check(gold_dir / f"{stem}.json", pdf_dir / f"{stem}.pdf")
        bad += len(problems)
        print(f"{stem}: {'ok' if not problems else str(len(problems)) + ' problem(s)'}")
        for p in problems:
            print("  " + p)
    return 1 if bad else 0
