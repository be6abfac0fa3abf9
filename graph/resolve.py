"""Entity resolution across documents, reviewable and correctable.

Keys in records are already content-derived (names normalised, organisation aliases
folded, seats normalised). What is left to resolve across meetings is the same person
under forms the extractor cannot see inside one document: a first name that is a
prefix or a nickname of another ("Rich" / "Richard") with the same surname.

Every merge is reported with its reason (`minutes-kg resolve --report`). A user
corrects them in an aliases file (JSON) that lives outside the code:

    {"merge": [["person:rich-gwatkin", "person:richard-gwatkin"]],
     "veto":  [["person:sam-jones", "person:samuel-jones"]]}

"merge" forces the first key onto the second; "veto" keeps two keys apart even when
the rules would merge them.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from minutes_kg.extractor.roster import NICKNAMES

ALIASES_ENV = "MINUTES_KG_ALIASES"


@dataclass(frozen=True)
class Merge:
    alias: str
    canonical: str
    reason: str


def load_aliases(path: str | Path | None) -> dict:
    path = path or os.environ.get(ALIASES_ENV)
    if not path:
        return {"merge": [], "veto": []}
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"{p}: aliases file not found")
    try:
        data = json.loads(p.read_text())
    except json.JSONDecodeError as exc:
        raise ValueError(f"{p}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    for section in ("merge", "veto"):
        for pair in data.get(section, []):
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
                raise ValueError(f"{p}: each entry of {section!r} must be a pair of keys, got {pair!r}")
    return {"merge": data.get("merge", []), "veto": data.get("veto", [])}


def _first_last(name: str) -> tuple[str, str]:
    parts = name.lower().split()
    return (parts[0], parts[-1]) if len(parts) > 1 else (name.lower(), "")


def surname(name: str) -> str:
    """The lower-case last word of a name of two or more words, else "" (such a name never merges)."""
    return _first_last(name)[1]


def _compatible(a: str, b: str) -> str | None:
    fa, la = _first_last(a)
    fb, lb = _first_last(b)
    if not la or la != lb or fa == fb:
        return None
    if NICKNAMES.get(fa, fa) == NICKNAMES.get(fb, fb):
        return f"same surname, '{fa}' and '{fb}' are forms of one first name"
    if min(len(fa), len(fb)) >= 3 and (fa.startswith(fb) or fb.startswith(fa)):
        return f"same surname, first name '{min(fa, fb, key=len)}' is a prefix of '{max(fa, fb, key=len)}'"
    return None


def resolve_people(people: dict[str, str], aliases: dict | None = None) -> list[Merge]:
    """Merges among ``people`` (key -> name). The canonical key is the one with the longer
    first name (then alphabetical), so the result does not depend on ingest order."""
    aliases = aliases or {"merge": [], "veto": []}
    vetoed = {frozenset(p) for p in aliases.get("veto", [])}
    merges: dict[str, Merge] = {}
    for alias, canonical in aliases.get("merge", []):
        merges[alias] = Merge(alias, canonical, "forced by the aliases file")
    by_surname: dict[str, list[str]] = {}
    for key in sorted(people):  # only people with one surname can merge: compare within a surname
        last = surname(people[key])
        if last:
            by_surname.setdefault(last, []).append(key)
    pairs = ((a, b) for keys in by_surname.values() for i, a in enumerate(keys) for b in keys[i + 1:])
    for a, b in pairs:
        if frozenset((a, b)) in vetoed or a in merges or b in merges:
            continue
        reason = _compatible(people[a], people[b])
        if not reason:
            continue
        fa, fb = _first_last(people[a])[0], _first_last(people[b])[0]
        canonical, alias = (a, b) if (len(fa), b) > (len(fb), a) else (b, a)
        merges[alias] = Merge(alias, canonical, reason)
    # follow chains so every alias points at a final key
    out = []
    for m in merges.values():
        target, seen = m.canonical, {m.alias}
        while target in merges and target not in seen:
            seen.add(target)
            target = merges[target].canonical
        out.append(Merge(m.alias, target, m.reason))
    return sorted(out, key=lambda m: m.alias)


def merges_in(people: dict[str, str], stored: list[Merge], aliases: dict | None = None) -> list[Merge]:
    """Every merge among the stored ``people``, with those the store recorded while loading (the report
    of ``minutes-kg resolve``)."""
    found = resolve_people(people, aliases) if people else []
    return sorted(set(found) | set(stored), key=lambda m: m.alias)


def key_map(merges: list[Merge]) -> dict[str, str]:
    return {m.alias: m.canonical for m in merges}
