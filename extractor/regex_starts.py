"""A regex's matches, tried only where one can start.

A regex whose alternatives begin with ``\\b`` or a lookbehind is tried by Python's engine at every
position of the text, each alternative in turn. :class:`Finder` reads the parsed regex for the
characters a match must begin with (after its anchors and lookarounds): ``Finder(rx).finditer(text)``
finds those characters with one character-class search and tries ``rx`` at each of them, giving exactly
the matches ``rx.finditer(text)`` gives (a match tried at a position sees the text before it, as in a
search). A regex it cannot read so (case-insensitive, a match that may be empty or may begin with a
class it cannot list) is searched as it is.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from types import ModuleType

_parser: ModuleType | None
try:  # the parser behind re.compile (Python 3.11+), read only to list a regex's first characters
    _parser, _c = importlib.import_module("re._parser"), importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - an older Python: every regex is searched as it is
    _parser = None

_MAX_CLASS = 1000  # a range of more characters than this is not listed


def first_chars(rx: re.Pattern) -> frozenset[str] | None:
    """The characters every match of ``rx`` begins with, or None when they cannot be listed."""
    if _parser is None or not isinstance(rx.pattern, str):
        return None
    try:
        parsed = _parser.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 - whatever the parser makes of it, the regex is then searched as it is
        return None
    chars = _first(list(parsed), parsed.state.flags)
    return frozenset(chars) if chars else None


def _first(items: list, flags: int) -> set[str] | None:
    """The characters a match of the sequence ``items`` begins with; None unless it surely consumes one."""
    if flags & re.IGNORECASE:
        return None
    for i, (op, av) in enumerate(items):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the first character is the next item's
        if op is _c.LITERAL:
            return {chr(av)}
        if op is _c.IN:
            return _class(av)
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            return _first(list(sub), (flags | add_flags) & ~del_flags)
        if op is _c.ATOMIC_GROUP:
            return _first(list(av), flags)
        if op is _c.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:
                chars = _first(list(alternative), flags)
                if chars is None:
                    return None
                out |= chars
            return out
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            chars = _first(list(sub), flags)
            if low >= 1 or chars is None:
                return chars
            rest = _first(items[i + 1:], flags)  # an optional part: the match begins with it or with what follows
            return chars | rest if rest is not None else None
        return None
    return None  # nothing consumed: the match may be empty


def _class(items: list) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= _MAX_CLASS:
            out.update(chr(i) for i in range(av[0], av[1] + 1))
        else:
            return None  # a negated class, a category (\d, \w), a huge range
    return out


class Finder:
    """``rx.finditer``, trying ``rx`` only at the characters its matches begin with."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        chars = first_chars(rx)
        self.starts = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        if self.starts is None:
            yield from self.rx.finditer(text)
            return
        pos, search, match = 0, self.starts.search, self.rx.match
        while (at := search(text, pos)) is not None:
            m = match(text, at.start())
            if m is None:
                pos = at.start() + 1
                continue
            yield m
            pos = m.end()  # past the match, which is never empty (it begins with a character)
