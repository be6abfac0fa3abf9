"""A person's name in parts, and whether two first names can be one person's (for ``graph/resolve.py``).

Parts come from ``nameparser.HumanName`` with its constants set once for British usage: the honorifics
and post-nominals the extractor knows (``extractor/names.py``) are added to the parser's titles and
suffixes, so "Cllr Dr Sarah Jones OBE" is first "sarah", surname "jones", titles "Cllr Dr", suffix
"OBE". Particles and hyphens stay in the surname ("Mary van der Berg" -> "van der berg", "Anne
Smith-Jones" -> "smith-jones"). A first token of two or three capitals ("JS Smith") is initials.
A name with only a surname ("Dr Jones", "Jones OBE") has no first name and never merges by rule.

First names are compared with the ``nicknames`` dataset (``NickNamer``), read once per process:
one is a nickname of the other ("Kate" / "Katherine", "Peggy" / "Margaret"), both are nicknames of one
name and start alike ("Kate" / "Katie", both of "Katy"), or one is a plain diminutive (a name with no
nicknames of its own) of a nickname of the other, with the same first three letters ("Katie" -> "Katy"
-> "Katherine"). Wider paths through the dataset join names that are not one person's ("Bill" and "Bob"
are both nicknames of Robert; "Olivia" -> "Ollie" -> "Oliver"), so they are not followed. Besides the
dataset: the same name, an initial of it ("M" / "Mary"), a prefix of three or more letters ("Rich" /
"Richard"), and the extractor's own nickname table (``extractor/roster.py``), which knows "Kate" /
"Catherine".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from minutes_kg.extractor.names import POST_NOMINALS, TITLE_WORDS
from minutes_kg.extractor.roster import NICKNAMES
from nameparser import HumanName
from nameparser.config import Constants
from nicknames import NickNamer

DATASET = "nicknames dataset"
_INITIALS = re.compile(r"(?:[A-Z]\.?){2,3}")  # "JS", "J.S.", "JAS": initials, not a first name
_NOT_TITLES = {"the", "her", "his", "justice", "representative", "rep"}  # words of titles that are also names


@dataclass(frozen=True)
class NameParts:
    first: str  # lower case, without dots; one letter for an initial; "" when the name has none
    middles: tuple[str, ...]
    surname: str  # lower case, particles and hyphens kept: "van der berg", "smith-jones"
    titles: str  # as written: "Cllr Dr"
    suffixes: str  # as written: "OBE PhD"

    @property
    def initial(self) -> bool:
        return len(self.first) == 1

    @property
    def filed_under(self) -> str:
        """The word a person is filed under to find whom they could merge with: the last word of the surname."""
        return self.surname.split()[-1] if self.surname else ""


@lru_cache(maxsize=1)
def _constants() -> Constants:
    c = Constants()
    words = {w.lower().rstrip(".") for t in TITLE_WORDS for w in t.split()} - _NOT_TITLES
    c.titles.add(*sorted(words))
    c.titles.add("cllr", "baroness", "dame", "lord", "lady", "sir", "prof")
    c.suffix_acronyms.add(*sorted(p.lower() for p in POST_NOMINALS))
    return c


@lru_cache(maxsize=1)
def _namer() -> NickNamer:
    return NickNamer()


def _clean(token: str) -> str:
    return token.replace("’", "'").replace(".", "").strip().lower()


@lru_cache(maxsize=1)
def _special() -> frozenset[str]:
    """Every word the parser treats specially (titles, suffixes, particles, conjunctions, bound names)."""
    c = _constants()
    sets = (c.titles, c.suffix_acronyms, c.suffix_not_acronyms, c.prefixes, c.conjunctions, c.bound_first_names,
            c.first_name_titles)
    return frozenset(w for s in sets for w in s)


_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")


@lru_cache(maxsize=200_000)
def parse(name: str) -> NameParts:
    """The parts of ``name`` (cached: a name is parsed once per process). A name of two or three plain
    capitalised words none of which the parser treats specially ("Sarah Jones", "Anne Smith Jones") is
    first, middle, surname without running the parser (which would say the same, ten times slower)."""
    words = name.split()
    if 2 <= len(words) <= 3 and all(_PLAIN_WORD.fullmatch(w) and w.lower() not in _special() for w in words):
        return NameParts(words[0].lower(), tuple(w.lower() for w in words[1:-1]), words[-1].lower(), "", "")
    return parse_with_nameparser(name)


def parse_with_nameparser(name: str) -> NameParts:
    h = HumanName(" ".join(name.split()), constants=_constants())
    first, middles, last = h.first.strip(), h.middle.split(), h.last.strip()
    if not last and (h.title or h.suffix) and first and not middles:
        first, last = "", first  # "Jones OBE", "Father Brown": a surname alone
    if _INITIALS.fullmatch(first):
        letters = [c for c in first if c.isalpha()]
        first, middles = letters[0], letters[1:] + middles
    return NameParts(_clean(first), tuple(_clean(m) for m in middles if _clean(m)), _clean(last),
                     h.title.strip(), h.suffix.strip())


@lru_cache(maxsize=200_000)
def first_names_match(a: str, b: str) -> str | None:
    """Why two lower-case first names (initials are one letter) can be one person's, or None."""
    if a == b:
        return f"same first name {a.title()}"
    if len(a) == 1 or len(b) == 1:
        full = b if len(a) == 1 else a
        return f"{a[0].upper()} is an initial of {full.title()}" if a[0] == b[0] and full != a[0] else None
    n = _namer()
    name_a, name_b = a.title(), b.title()
    if b in n.canonicals_of(a) or a in n.canonicals_of(b):
        return f"{name_a} ~ {name_b} (nickname, {DATASET})"
    shared = n.canonicals_of(a) & n.canonicals_of(b)
    if shared and a[:2] == b[:2]:
        return f"{name_a} ~ {name_b} (both nicknames of {min(shared).title()}, {DATASET})"
    for x, y in ((a, b), (b, a)):
        via = sorted(c for c in n.canonicals_of(x) if y in n.canonicals_of(c))
        if via and not n.nicknames_of(x) and x[:3] == y[:3]:
            return f"{name_a} ~ {name_b} (nickname of a nickname, via {via[0].title()}, {DATASET})"
    if NICKNAMES.get(a, a) == NICKNAMES.get(b, b):
        return f"{name_a} ~ {name_b} (nickname, project table)"
    if min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)):
        short, long = sorted((a, b), key=len)
        return f"{short.title()} is a prefix of {long.title()}"
    return None


def nickname_of(a: str, b: str) -> bool:
    """Whether the lower-case first name ``a`` is a nickname of ``b`` and not the other way round ("jack" of
    "john", "harry" of "henry"): the fuller of two names is the one the other is a nickname of."""
    def nick(x: str, y: str) -> bool:
        return y in _namer().canonicals_of(x) or NICKNAMES.get(x) == y

    return nick(a, b) and not nick(b, a)


def nickname_weight(a: str) -> int:
    """How many names the dataset calls ``a`` a nickname of: of two names that are each the other's nickname
    ("Harry" / "Henry"), the one with fewer is the fuller name."""
    return len(_namer().canonicals_of(a))


def _middles_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names agree where both give them (an initial agrees with a name it begins)."""
    return all(x == y or ((len(x) == 1 or len(y) == 1) and x[0] == y[0]) for x, y in zip(a, b))


def same_person(a: str, b: str) -> str | None:
    """Why the names ``a`` and ``b`` can be one person's (same surname, first names that match, middle
    names that agree), or None. Titles and post-nominals are set aside and said so."""
    pa, pb = parse(a), parse(b)
    if not pa.surname or pa.surname != pb.surname or not pa.first or not pb.first:
        return None
    if not _middles_match(pa.middles, pb.middles):
        return None
    why = first_names_match(pa.first, pb.first)
    if why is None:
        return None
    notes = [f"{kind} {' / '.join(repr(t) for t in (x, y) if t)} set aside"
             for kind, x, y in (("title", pa.titles, pb.titles), ("post-nominal", pa.suffixes, pb.suffixes)) if x != y]
    return "; ".join([f"same surname {pa.surname!r}", why, *notes])
