"""Entity resolution across documents, reviewable and correctable.

Keys in records are already content-derived (names normalised, organisation aliases
folded, seats normalised). What is left to resolve across meetings is the same person
under forms the extractor cannot see inside one document: "Kate" / "Katherine", "Rich" /
"Richard", "M van der Berg" / "Mary van der Berg", "Dr Sarah Jones" / "Sarah Jones OBE".
How two names compare is ``graph/person_names.py`` (nameparser for the parts, the nicknames
dataset for first names); this module decides which people merge:

- only people with the same surname are compared (blocked by the word they are filed under);
- two people named in one meeting are two people: never merged, with each other or through a third;
- a person whose name fits two people who cannot be one ("Chris Smith" beside "Christine Smith" and
  "Christopher Smith") is merged with neither: the evidence conflicts;
- so every group that merges is one whose names all fit each other pairwise.

Every merge is reported with its reason (`minutes-kg resolve --report`). A user
corrects them in an aliases file (JSON) that lives outside the code:

    {"merge": [["person:rich-gwatkin", "person:richard-gwatkin"]],
     "veto":  [["person:sam-jones", "person:samuel-jones"]]}

"merge" forces the first key onto the second; "veto" keeps two keys apart even when
the rules would merge them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from .person_names import nickname_of, nickname_weight, parse, same_person

ALIASES_ENV = "MINUTES_KG_ALIASES"

# which of some pairs of stored people one stored meeting names both of (a store's ``named_together``)
NamedTogether = Callable[[list[tuple[str, str]]], list[tuple[str, str]]]


@dataclass(frozen=True)
class Merge:
    alias: str
    canonical: str
    reason: str


@dataclass(frozen=True)
class KeptApart:
    """People whose names fit but who are not merged, and why (``minutes-kg resolve --report`` lists them)."""

    keys: tuple[str, ...]
    reason: str


def load_aliases(path: str | Path | None) -> dict:
    path = path or os.environ.get(ALIASES_ENV)
    if not path:
        return {"merge": [], "veto": []}
    from minutes_kg.extractor.errors import BadInputError

    from minutes_kg.names import printable
    from minutes_kg.records import read_json

    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"{printable(p)}: aliases file not found")
    try:
        data = read_json(p)
    except BadInputError as exc:
        raise ValueError(str(exc)) from exc
    shape = '{"merge": [[alias, canonical], ...], "veto": [[key, key], ...]}'
    if not isinstance(data, dict) or not all(isinstance(data.get(s, []), list) for s in ("merge", "veto")):
        raise ValueError(f"{printable(p)}: not an aliases file: it must be one JSON object {shape}")
    for section in ("merge", "veto"):
        for pair in data.get(section, []):
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
                raise ValueError(f"{printable(p)}: each entry of {section!r} must be a pair of keys, got {pair!r}")
    return {"merge": data.get("merge", []), "veto": data.get("veto", [])}


def surname(name: str) -> str:
    """The lower-case word a person is filed under: the last word of the surname nameparser finds ("berg"
    for "Mary van der Berg", "jones" for "Dr Sarah Jones OBE"), "" for a name without one ("Sarah", "JS").
    Stores index people by it, and only people filed under one word are compared."""
    return parse(name).filed_under


def _canonical_order(key: str, name: str, firsts: set[str]) -> tuple[int, int, int, int, str]:
    """The canonical key of a group is the one whose first name is a nickname of none of the others' ("John",
    not "Jack"), then the one with the longest first name, then the one the dataset calls a nickname of fewer
    names ("Henry", not "Harry"), then the one without titles or post-nominals, then the first alphabetically:
    the result does not depend on ingest order."""
    p = parse(name)
    return (sum(nickname_of(p.first, f) for f in firsts), -len(p.first), nickname_weight(p.first),
            bool(p.titles) + bool(p.suffixes), key)


def _together(groups: Iterable[Iterable[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for group in groups:
        keys = set(group)
        for k in keys:
            out.setdefault(k, set()).update(keys - {k})
    return out


def _block_merges(keys: list[str], people: dict[str, str],
                  why: dict[frozenset[str], str]) -> tuple[list[Merge], list[KeptApart]]:
    """The merges among one surname's ``keys``, given the pairs that may merge (``why``: pair -> reason).
    A key whose candidates include two that may not merge with each other is ambiguous and stays alone; then
    every remaining key's candidates fit each other, so a key and its remaining candidates are one group."""
    near: dict[str, set[str]] = {k: set() for k in keys}
    for pair in why:
        a, b = sorted(pair)
        near[a].add(b)
        near[b].add(a)
    conflicts = {k: next((p for p in combinations(sorted(ns), 2) if frozenset(p) not in why), None)
                 for k, ns in near.items()}
    ambiguous = {k for k, conflict in conflicts.items() if conflict}
    held = [KeptApart((k,), f"fits both {c[0]} and {c[1]}, who are two people: merged with neither")
            for k, c in sorted(conflicts.items()) if c]
    out: list[Merge] = []
    done: set[str] = set()
    for k in keys:
        if k in done or k in ambiguous or not near[k] - ambiguous:
            continue
        members = {k} | (near[k] - ambiguous)
        firsts = {parse(people[m]).first for m in members}
        group = sorted(members, key=lambda key: _canonical_order(key, people[key], firsts))
        done.update(group)
        for alias in group[1:]:  # the reason reads alias first
            reason = same_person(people[alias], people[group[0]]) or why[frozenset((alias, group[0]))]
            out.append(Merge(alias, group[0], reason))
    return out, held


def resolve_people(people: dict[str, str], aliases: dict | None = None, apart: Iterable[Iterable[str]] = (),
                   named_together: NamedTogether | None = None) -> list[Merge]:
    """Merges among ``people`` (key -> name). ``apart``: groups of keys named together in one meeting (a
    record's people), never merged; ``named_together``: asked once, with the pairs that could merge, which
    of them a stored meeting names both of (the loader leaves out the meeting it is reloading): those stay
    apart too."""
    return _resolve(people, aliases, apart, named_together)[0]


def kept_apart(people: dict[str, str], aliases: dict | None = None,
               named_together: NamedTogether | None = None) -> list[KeptApart]:
    """The people among ``people`` whose names fit but who are not merged, each with the reason."""
    return _resolve(people, aliases, (), named_together)[1] if people else []


def _resolve(people: dict[str, str], aliases: dict | None, apart: Iterable[Iterable[str]],
             named_together: NamedTogether | None) -> tuple[list[Merge], list[KeptApart]]:
    aliases = aliases or {"merge": [], "veto": []}
    vetoed = {frozenset(p) for p in aliases.get("veto", [])}
    merges: dict[str, Merge] = {}
    for alias, canonical in aliases.get("merge", []):
        merges[alias] = Merge(alias, canonical, "forced by the aliases file")
    by_surname: dict[str, list[str]] = {}
    for key in sorted(people):  # only people filed under one surname can merge: compare within it
        last = surname(people[key])
        if last and key not in merges:
            by_surname.setdefault(last, []).append(key)
    together = _together(apart)
    held: list[KeptApart] = []
    blocks: list[tuple[list[str], dict[frozenset[str], str]]] = []
    for keys in by_surname.values():
        why: dict[frozenset[str], str] = {}
        for a, b in combinations(keys, 2):
            reason = same_person(people[a], people[b])
            if not reason:
                continue
            pair = frozenset((a, b))
            if pair in vetoed:
                held.append(KeptApart((a, b), "vetoed by the aliases file"))
            elif b in together.get(a, ()):
                held.append(KeptApart((a, b), "named together in one meeting: two people"))
            else:
                why[pair] = reason
        if why:
            blocks.append((keys, why))
    candidates = sorted((min(pair), max(pair)) for _, why in blocks for pair in why)
    if named_together and candidates:
        known_apart = {frozenset(pair) for pair in named_together(candidates)}
        for _, why in blocks:
            for pair in sorted(known_apart & why.keys(), key=sorted):
                del why[pair]
                held.append(KeptApart(tuple(sorted(pair)), "named together in one meeting: two people"))
    for keys, why in blocks:
        found, ambiguous = _block_merges(keys, people, why)
        held.extend(ambiguous)
        for m in found:
            merges[m.alias] = m
    # follow chains so every alias points at a final key
    out = []
    for m in merges.values():
        target, seen_keys = m.canonical, {m.alias}
        while target in merges and target not in seen_keys:
            seen_keys.add(target)
            target = merges[target].canonical
        out.append(Merge(m.alias, target, m.reason))
    return sorted(out, key=lambda m: m.alias), sorted(held, key=lambda h: h.keys)


def merges_in(people: dict[str, str], stored: list[Merge], aliases: dict | None = None,
              named_together: NamedTogether | None = None) -> list[Merge]:
    """Every merge among the stored ``people``, with those the store recorded while loading (the report
    of ``minutes-kg resolve``); ``named_together`` keeps apart people one meeting names both of."""
    found = resolve_people(people, aliases, named_together=named_together) if people else []
    return sorted(set(found) | set(stored), key=lambda m: m.alias)


def key_map(merges: list[Merge]) -> dict[str, str]:
    return {m.alias: m.canonical for m in merges}
