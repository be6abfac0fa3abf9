"""File names as they can be shown and stored, and names the system cannot even look up.

A name on disk is bytes; Python hands one that is not UTF-8 over with its bad bytes as lone surrogates
(``'caf\\udce9.pdf'``), which no UTF-8 output, JSON file or database accepts. ``printable`` gives the one
form every message, store and report uses: the bytes that are not UTF-8 as ``\\xNN`` (NN >= 80), control
characters as ``\\xNN`` (NN < 20) or ``\\n`` and the like, other unprintable characters as ``\\uNNNN``.
So ``caf\\xe9.pdf`` on the error line is ``caf\\xe9.pdf`` in the store and in ingest-failures.jsonl.
"""

from __future__ import annotations

import os

NAME_MAX = 255  # bytes in one path component (Linux, macOS)
PATH_MAX = 4096  # bytes in a whole path handed to the system (Linux)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(name: str | os.PathLike[str]) -> str:
    """``name`` with every byte that is not UTF-8 and every unprintable character escaped (see above)."""
    text = os.fspath(name)
    if text.isprintable():
        return text
    return "".join(_escape(ch) for ch in text)


def _escape(ch: str) -> str:
    o = ord(ch)
    if 0xDC80 <= o <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{o - 0xDC00:02x}"
    if ch.isprintable():
        return ch
    if ch in _NAMED:
        return _NAMED[ch]
    if o < 0x80:
        return f"\\x{o:02x}"
    return f"\\u{o:04x}" if o <= 0xFFFF else f"\\U{o:08x}"


def too_long(path: str | os.PathLike[str]) -> str | None:
    """Why the system would refuse ``path`` as a name (ENAMETOOLONG), or None: checked before any look-up,
    since ``Path.exists()`` and ``is_dir()`` raise on such a name instead of answering."""
    raw = os.fsencode(path)
    longest = max(len(part) for part in raw.split(b"/"))
    if longest > NAME_MAX:
        return f"file name too long ({longest} bytes; the limit is {NAME_MAX})"
    if len(raw) >= PATH_MAX:
        return f"path too long ({len(raw)} bytes; the limit is {PATH_MAX - 1})"
    return None
