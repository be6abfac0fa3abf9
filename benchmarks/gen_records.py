"""Generate many meeting records from the sample records: new meeting ids, dates, action and
decision ids, the same recurring people and CRs (as a real archive has)."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sample_records() -> list[dict]:
    import sys

    sys.path.insert(0, str(ROOT))
    from minutes_kg.extractor.record import extract

    return [extract(p) for p in sorted((ROOT / "samples").glob("*.pdf"))]


def generate(n: int, templates: list[dict] | None = None, cr_lifetime: int | None = None) -> list[dict]:
    """``n`` records; with ``cr_lifetime``, the change requests of each block of that many meetings are new
    ones (CR018 of the first block is CR058 in the second, CR098 in the third...), as in a real archive where
    a CR is discussed for a while and then decided; without it every CR recurs through the whole archive."""
    templates = templates or sample_records()
    out = []
    start = date(2021, 1, 6)
    for i in range(n):
        t = templates[i % len(templates)]
        abbrev = t["meeting"]["body_abbrev"]
        old_id = t["meeting"]["id"]
        new_id = f"{abbrev}{100 + i:03d}"
        text = json.dumps(t)
        text = text.replace(old_id, new_id)
        n = 100 + i
        text = re.sub(rf"\b({abbrev})(\d{{1,3}}(?:\.\d)?)-(\d\d)\b", rf"\g<1>{n}x\g<2>-\g<3>", text)
        text = re.sub(rf"\b{abbrev}-DEC(\d+)\b", rf"{abbrev}-DEC{n}x\g<1>", text)
        if cr_lifetime:
            block = i // cr_lifetime
            text = re.sub(r"\bCR0([0-3]\d)\b", lambda m, b=block: f"CR{(b * 40 + int(m.group(1))) % 1000:03d}", text)
        rec = json.loads(text)
        d = (start + timedelta(days=14 * i)).isoformat()
        rec["meeting"]["date"] = d
        rec["source"]["sha256"] = f"{i:064x}"
        rec["source"]["path"] = f"generated/{new_id}.pdf"
        out.append(rec)
    return out
