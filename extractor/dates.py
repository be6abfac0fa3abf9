"""Dates and times as the minutes write them: '12 July 2023', '09/08/2023' (day first), '10:00-13:30'."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

_WORDY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b")
_TIME_RANGE = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*(?:-|–|to)\s*(\d{1,2})[:.](\d{2})\b")
_TIME = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b", re.I)


def _iso(y: int, m: int, d: int) -> str | None:
    if y < 100:
        y += 2000
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(text: str | None) -> str | None:
    """First date in ``text`` as ISO 8601, day first; None when there is none (never guessed)."""
    if not text:
        return None
    m = _WORDY.search(text)
    if m and m.group(2).lower() in MONTHS:
        return _iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _NUMERIC.search(text)
    if m:
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def all_dates(text: str) -> list[tuple[str, str]]:
    """Every (matched text, ISO date) in ``text``, in order of position."""
    found = []
    for m in _WORDY.finditer(text):
        if m.group(2).lower() in MONTHS:
            iso = _iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
            if iso:
                found.append((m.start(), m.group(0), iso))
    for m in _NUMERIC.finditer(text):
        iso = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            found.append((m.start(), m.group(0), iso))
    return [(t, iso) for _, t, iso in sorted(found)]


def parse_time_range(text: str | None) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    m = _TIME_RANGE.search(text)
    if m:
        return f"{int(m.group(1)):02d}:{m.group(2)}", f"{int(m.group(3)):02d}:{m.group(4)}"
    m = _TIME.search(text)
    if m:
        h = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "pm" else 0)
        return f"{h:02d}:{m.group(2) or '00'}", None
    return None, None
