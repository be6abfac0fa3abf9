"""Change and modification ids: ONE table of id patterns, one canonical id per change, and its kind.

Every entry of the table has a ``name``, a ``regex`` with named groups, the ``canonical`` form (a
``str.format`` template over those groups; a group of digits is an integer, so ``{n:03d}`` pads),
the ``kind`` of change, and optionally a ``context``: a regex the document must contain somewhere
for the entry to apply ("P272" is a BSC modification in an energy-code document, "page P1" is not).
A group named ``more`` holds further numbers of a range ("GC0180/181/182", "GC0180/GC0181"); each
gives one more id, its missing leading digits taken from the first number.

Users extend the table with a JSON or TOML file named by ``MINUTES_KG_CHANGE_IDS`` (see
docs/CONVENTIONS.md, "Changes") or from Python with :func:`add_pattern`. A user entry with the name
of a built-in one replaces it; at one position in the text the first entry that matches wins, and
user entries come first.

The document context: :func:`document_context` sets the whole text of the document being read, so
that an entry's ``context`` is tested once per document; with none set, it is tested on the text
searched itself.
"""

from __future__ import annotations

import contextvars
import json
import os
import re
import string
import tomllib
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import BadInputError
from .regex_starts import Finder

ENV_VAR = "MINUTES_KG_CHANGE_IDS"
KIND_RX = re.compile(r"^[a-z][a-z0-9-]*$")
ID_RX = re.compile(r"^[A-Z][A-Z0-9]{1,14}$")  # what a canonical id may be (the record's schema)
_DIGIT = re.compile(r"\d")

# what makes a document an energy-code one: a code, its administrator or panel, the regulator ("modification"
# alone does not: planning minutes modify conditions)
ENERGY = (r"\b(?:BSC|CUSC|DCUSA|UNC|REC|SEC|DSC|Grid Code|Balancing and Settlement|Balancing Code|Elexon|ELEXON"
          r"|Ofgem|OFGEM|Xoserve|Joint Office|N?ESO|National Grid|Code Administrator|Code Manager|Code Panel"
          r"|Modifications? Panel|Modification Report)\b")
GAS = r"\b(?:UNC|Uniform Network Code|Joint Office|Xoserve|[Gg]as [Tt]ransporters?|Gas Networks?)\b"
CUSC = r"\b(?:CUSC|Connection and Use of System Code|N?ESO|National Grid)\b"
RETAIL = r"\b(?:REC|Retail Energy Code|RECCo|RECCO)\b"
DCUSA = r"\b(?:DCUSA|Distribution Connection and Use of System)\b"
_NOT_PAGE = r"(?<![Pp]age )(?<![Pp]\. )(?<![Pp]\.)(?<!pp\. )(?<!Pages )(?<!pages )"
_NO_CODE_BEFORE = r"(?<!REC )(?<!BSC )(?<!SEC )(?<!DSC )(?<!UNC )(?<!CUSC )"

# (name, regex, canonical, kind, context): built-in entries, in priority order
BUILTIN: list[tuple[str, str, str, str, str | None]] = [
    # programme change requests: CR018, "CR 043", "MHHS-CR-041", "Change Request 18"
    ("programme-change-request", r"\bChange Request\s+(?:No\.?\s*|Number\s+)?(?:CR\s?-?)?(?P<n>\d{1,3})\b",
     "CR{n:03d}", "programme", None),
    ("programme-mhhs-cr", r"\bMHHS-CR-?(?P<n>\d{1,3})\b", "CR{n:03d}", "programme", None),
    # a Croydon postcode "CR44 4XX" is not a change
    # "CR018/019" is two; "CR 12/2024" a reference number
    ("programme-cr", r"\bCR\s?-?(?P<n>\d{2,3})(?P<more>(?:/(?:CR)?\d{3}(?!\d))*)\b(?!\s\d[A-Z]{2}\b)(?![/.]\d)",
     "CR{n:03d}", "programme", None),
    # BSC: "BSC Modification P272", "Modification Proposal P12", "BSC P272", bare "P272"
    ("bsc-labelled", r"\b(?:BSC\s+(?:Modification\s+(?:Proposal\s+)?)?|(?:Modification|Mod|Proposal)\s+"
                     r"(?:Proposal\s+)?)P\s?(?P<n>\d{1,3})\b", "P{n}", "bsc", None),
    ("bsc", _NOT_PAGE + r"\bP(?P<n>\d{3})\b(?![/.]\d)", "P{n}", "bsc", ENERGY),
    # CUSC: CMP262, "CMP 262" (spaced only in a CUSC document), CAP088 (the older amendments)
    ("cusc-cmp", r"\bCMP(?P<n>\d{3})\b", "CMP{n:03d}", "cusc", None),
    ("cusc-cmp-spaced", r"\bCMP\s(?P<n>\d{2,3})\b", "CMP{n:03d}", "cusc", CUSC),
    ("cusc-cap", r"\bCAP\s?(?P<n>\d{2,3})\b", "CAP{n:03d}", "cusc", CUSC),
    # Grid Code: GC0100, ranges "GC0180/181/182" and "GC0180/GC0181"
    ("grid-code", r"\bGC\s?(?P<n>0\d{3})(?P<more>(?:\s?/\s?(?:GC)?\d{2,4}(?!\d))*)\b", "GC{n:04d}", "grid-code",
     None),
    # DCUSA: "DCP 361", DCP361; "Change Proposal 361" where the document is DCUSA's (2-3 digits: the
    # 4-digit change proposals are the BSC's and the DSC's)
    ("dcusa-dcp", r"\bDCP\s?(?P<n>\d{2,3})\b", "DCP{n:03d}", "dcusa", ENERGY),
    ("dcusa-change-proposal", _NO_CODE_BEFORE + r"\b(?:DCUSA\s+)?Change Proposal\s+(?:No\.?\s*)?(?:DCP\s?)?"
                              r"(?P<n>\d{2,3})\b", "DCP{n:03d}", "dcusa", DCUSA),
    # UNC: "UNC 0217", "UNC0872B", "UNC Modification 0700"; in a gas document "Modification 0700",
    # "Proposal No 0412", "Workgroup 0869" and "Review Group 0301" (one register numbers them all)
    ("unc-labelled", r"\bUNC\s?(?:Modification\s+)?(?:Proposal\s+)?(?:No\.?\s*)?(?P<n>0\d{3}|\d{3})"
                     r"(?P<alt>[A-Z]?)\b", "UNC{n:04d}{alt}", "unc", None),
    ("unc", r"\b(?:Modification(?:\s+Proposal)?|Mod|Proposal|Request|Work\s?group|Review Group|Review Proposal)"
            r"\s+(?:No\.?\s*)?(?P<n>0\d{3})(?P<alt>[A-Z]?)\b(?!/)", "UNC{n:04d}{alt}", "unc", GAS),
    # REC: "REC R0123", bare R0123 in a REC document
    ("rec-labelled", r"\bREC\s+(?:Change\s+(?:Proposal\s+)?|Modification\s+)?R(?P<n>\d{4})\b", "R{n:04d}", "rec",
     None),
    ("rec", r"(?<![Rr]oom )\bR(?P<n>0\d{3})\b", "R{n:04d}", "rec", RETAIL),
    # DSC (Xoserve): XRN5921, "XRN5930_BER" (the suffix is a document stage)
    ("dsc-xrn", r"\bXRN\s?(?P<n>\d{4})(?P<alt>[A-Z]?)(?:_[A-Z]{2,5})?\b", "XRN{n}{alt}", "dsc", None),
]


class ChangeIdsError(BadInputError):
    """A user's change-id pattern that cannot be used; ``str()`` names the file or entry and why.

    A bad input like a bad PDF: the command line reports it in one line and goes on."""

    def __init__(self, message: str):
        where, _, reason = message.partition(": ")
        super().__init__(where, reason, kind="bad-change-ids")


@dataclass(frozen=True, eq=False)  # an entry is itself: tables of entries are cache keys, hashed by identity
class IdPattern:
    name: str
    regex: re.Pattern
    canonical: str
    kind: str
    context: re.Pattern | None = None


@dataclass(frozen=True)
class ChangeMention:
    """One printed change reference: its canonical ids (several for a range), kind and span."""

    ids: tuple[str, ...]
    kind: str
    start: int
    end: int
    text: str
    pattern: str

    @property
    def id(self) -> str:
        return self.ids[0]


def make_pattern(name: str, regex: str, canonical: str, kind: str, context: str | None = None,
                 where: str = "") -> IdPattern:
    """An entry of the table, checked: the regex compiles, the template uses only its groups."""
    label = f"{where}pattern {name!r}" if name else f"{where}a pattern without a name"
    if not isinstance(name, str) or not name.strip():
        raise ChangeIdsError(f"{label}: 'name' must be a non-empty string")
    for field, value in (("regex", regex), ("canonical", canonical), ("kind", kind)):
        if not isinstance(value, str) or not value:
            raise ChangeIdsError(f"{label}: '{field}' must be a non-empty string")
    if not KIND_RX.match(kind):
        raise ChangeIdsError(f"{label}: kind {kind!r} must be lower-case letters, digits and '-'")
    try:
        rx = re.compile(regex)
    except re.error as exc:
        raise ChangeIdsError(f"{label}: bad regex: {exc}") from None
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(canonical) if f is not None}
    except ValueError as exc:
        raise ChangeIdsError(f"{label}: bad canonical template {canonical!r}: {exc}") from None
    unknown = sorted(f for f in fields if f not in rx.groupindex)
    if unknown:
        raise ChangeIdsError(f"{label}: canonical {canonical!r} names {', '.join(unknown)}, "
                             f"which the regex has no named group for")
    if "more" in rx.groupindex and "n" not in rx.groupindex:
        raise ChangeIdsError(f"{label}: a 'more' group (a range) needs the number in a group named 'n'")
    ctx = None
    if context is not None:
        if not isinstance(context, str) or not context:
            raise ChangeIdsError(f"{label}: 'context' must be a regex string")
        try:
            ctx = re.compile(context)
        except re.error as exc:
            raise ChangeIdsError(f"{label}: bad context regex: {exc}") from None
    return IdPattern(name, rx, canonical, kind, ctx)


_added: list[IdPattern] = []  # from add_pattern, before the file's and the built-in entries


def add_pattern(name: str, regex: str, canonical: str, kind: str, context: str | None = None) -> IdPattern:
    """Add (or, by name, replace) an entry of the table for this process.

    >>> add_pattern("sec-mp", r"\\bMP(?P<n>\\d{3})\\b", "MP{n:03d}", "sec", context=r"\\bSEC\\b")
    """
    p = make_pattern(name, regex, canonical, kind, context)
    _added[:] = [q for q in _added if q.name != name] + [p]
    _changed()
    return p


def remove_added_patterns() -> None:
    """Forget the entries added from Python (the file named by the environment stays)."""
    _added.clear()
    _changed()


def load_file(path: str | Path) -> list[IdPattern]:
    """Entries from a JSON file (a list, or {"patterns": [...]}) or a TOML file ([[pattern]] tables)."""
    path = Path(path)
    where = f"{ENV_VAR}={path}: "
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ChangeIdsError(f"{where}cannot read the file: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw) if path.suffix.lower() == ".toml" else json.loads(raw)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise ChangeIdsError(f"{where}not valid {'TOML' if path.suffix.lower() == '.toml' else 'JSON'}: "
                             f"{exc}") from None
    except RecursionError:
        raise ChangeIdsError(f"{where}nested too deep to read") from None
    if isinstance(data, dict):
        data = data.get("pattern", data.get("patterns"))
    if not isinstance(data, list):
        raise ChangeIdsError(f"{where}expected a list of patterns ('patterns' in JSON, [[pattern]] in TOML)")
    out = []
    for i, entry in enumerate(data, start=1):
        if not isinstance(entry, dict):
            raise ChangeIdsError(f"{where}entry {i} is not a table of name, regex, canonical, kind")
        extra = sorted(set(entry) - {"name", "regex", "canonical", "kind", "context"})
        if extra:
            raise ChangeIdsError(f"{where}entry {i}: unknown field(s) {', '.join(extra)}")
        out.append(make_pattern(entry.get("name", ""), entry.get("regex", ""), entry.get("canonical", ""),
                                entry.get("kind", ""), entry.get("context"), where=f"{where}entry {i}, "))
    return out


_version = 0  # bumped when entries are added from Python


@lru_cache(maxsize=4)
def _table_for(env_value: str | None, version: int) -> tuple[IdPattern, ...]:
    names: set[str] = set()
    first: list[IdPattern] = []
    for p in list(_added) + (load_file(env_value) if env_value else []):
        if p.name not in names:
            names.add(p.name)
            first.append(p)
    return tuple(first + [make_pattern(*e) for e in BUILTIN if e[0] not in names])


def _table_key() -> tuple[str | None, int]:
    """What the table in force is built from: the file the environment names, the added entries' version."""
    return os.environ.get(ENV_VAR) or None, _version


def _table() -> tuple[IdPattern, ...]:
    return _table_for(*_table_key())


def _changed() -> None:
    global _version
    _version += 1


def patterns() -> tuple[IdPattern, ...]:
    """The table in force: entries added from Python, then the file's, then the built-in ones."""
    return _table()


# ---- the document context ---------------------------------------------------------------------

class _Document:
    """The document being read, and per table in force what applies in it (worked out once per table)."""

    def __init__(self, text: str):
        self.text = text
        # keyed by what the table is built from (the environment's file, the version of the added entries)
        self.tables: dict[tuple[str | None, int], _InForce] = {}

    def in_force(self, table_key: tuple[str | None, int]) -> _InForce:
        table = _table_for(*table_key)
        state = self.tables.get(table_key)
        if state is None or state.table is not table:  # a table built again (dropped from the cache) is another
            state = self.tables[table_key] = _InForce(table, self.text)
        return state


class _InForce:
    """One table in one document: the entries whose context the document has, their one regex, and what was
    found in a text (the same text is read by several readers)."""

    def __init__(self, table: tuple[IdPattern, ...], text: str):
        self.table = table
        self.active = tuple(p for p in table if p.context is None or p.context.search(text))
        self.rx = _combined(self.active)
        self.found: dict[str, tuple[ChangeMention, ...]] = {}


_document: contextvars.ContextVar[_Document | None] = contextvars.ContextVar("change_ids_document", default=None)


@contextmanager
def document_context(text: str):
    """Within the block, entries' ``context`` regexes are tested on ``text`` (the whole document)."""
    token = _document.set(_Document(text))
    try:
        yield
    finally:
        _document.reset(token)


@lru_cache(maxsize=64)
def _combined(active: tuple[IdPattern, ...]) -> Finder | None:
    """One regex for the active entries: each the alternative ``g<i>`` with its groups renamed ``g<i>_<name>``
    (so one pass over a text tries them all, and ``lastgroup`` names the entry that matched); its Finder tries
    it only at the characters an entry's match can begin with."""
    if not active:
        return None
    parts = []
    for i, p in enumerate(active):
        src = p.regex.pattern
        flags = ""
        m = re.match(r"\(\?([aiLmsux]+)\)", src)
        if m:
            src, flags = src[m.end():], m.group(1)
        flags += "".join(f for f, bit in (("i", re.I), ("m", re.M), ("s", re.S), ("x", re.X))
                         if p.regex.flags & bit and f not in flags)
        src = re.sub(r"\(\?P<(\w+)>", rf"(?P<g{i}_\1>", src)
        src = re.sub(r"\(\?P=(\w+)\)", rf"(?P=g{i}_\1)", src)
        body = f"(?{flags}:{src})" if flags else f"(?:{src})"
        parts.append(f"(?P<g{i}>{body})")
    return Finder(re.compile("|".join(parts)))


def _format(p: IdPattern, groups: dict[str, str | None]) -> str:
    values = {k: (int(v) if v and v.isdigit() else (v or "")) for k, v in groups.items()}
    try:
        out = p.canonical.format(**values)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ChangeIdsError(f"pattern {p.name!r}: canonical {p.canonical!r} does not fit {values}: {exc}") from None
    if not ID_RX.match(out):
        raise ChangeIdsError(f"pattern {p.name!r} gave {out!r}, which is no change id (2 to 15 upper-case "
                             f"letters and digits, a letter first)")
    return out


def find_changes(text: str, use_context: bool = True) -> list[ChangeMention]:
    """The change references printed in ``text``, in order, one per printed reference.

    ``use_context=False`` applies every entry whatever its context (for ids a user types)."""
    if not text or not _DIGIT.search(text):
        return []
    doc = _document.get() if use_context else None
    seen: dict[str, tuple[ChangeMention, ...]] | None = None
    if doc is not None:
        state = doc.in_force(_table_key())
        seen, active, rx = state.found, state.active, state.rx
        if text in seen:
            return list(seen[text])
    else:
        table = _table()
        active = tuple(p for p in table if p.context is None or p.context.search(text)) if use_context else table
        rx = _combined(active)
    out = []
    for m in rx.finditer(text) if rx is not None else ():
        i = int((m.lastgroup or "g0")[1:])
        p = active[i]
        groups = {name: m.group(f"g{i}_{name}") for name in p.regex.groupindex}
        ids = [_format(p, {k: v for k, v in groups.items() if k != "more"})]
        if groups.get("more"):
            head = groups["n"]
            for tail in re.findall(r"\d+", groups["more"]):
                number = head[:max(0, len(head) - len(tail))] + tail
                more = _format(p, {**{k: v for k, v in groups.items() if k != "more"}, "n": number})
                if more not in ids:
                    ids.append(more)
        out.append(ChangeMention(tuple(ids), p.kind, m.start(), m.end(), m.group(0), p.name))
    if seen is not None:
        seen[text] = tuple(out)
    return out


def change_ids(text: str) -> list[str]:
    """Canonical ids of the changes printed in ``text``, first mention order, each once."""
    return list(dict.fromkeys(cid for m in find_changes(text) for cid in m.ids))


def canonical(text: str) -> tuple[str, str] | None:
    """(canonical id, kind) of a text that IS one change reference ("CR 43", "p272", "UNC 0872B");
    None when it is not. Used to read ids a user types."""
    t = text.strip()
    if t.lower().startswith("cr:"):
        t = t[3:]
    for candidate in (t, t.upper()):
        found = [m for m in find_changes(candidate, use_context=False) if m.start == 0 and m.end == len(candidate)]
        if found:
            return found[0].id, found[0].kind
    return None


def kind_of(change_id: str) -> str | None:
    """The kind of a canonical id, by reading it again."""
    found = canonical(change_id)
    return found[1] if found else None
