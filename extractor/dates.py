"""Dates and times as the minutes write them: '12 July 2023', '09/08/2023' (day first), '10:00-13:30'."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

_WORDY = re.compile(r"\b(\d{1,2})\s?(?:st|nd|rd|th)?(?:\s+of)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_FIRST = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b")


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
    found = all_dates(text)
    return found[0][1] if found else None


def all_dates(text: str) -> list[tuple[str, str]]:
    """Every (matched text, ISO date) in ``text``, in order of position.

    '12 July 2023', 'Thursday, 20th March, 2025', '21 st March 2025', 'APRIL 8, 2025', '2025-02-11',
    '09/08/2023' (day first, as UK minutes write it).
    """
    found = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, iso: str | None) -> None:
        if iso and not any(a < m.end() and m.start() < b for a, b in taken):
            found.append((m.start(), m.group(0), iso))
            taken.append((m.start(), m.end()))

    for m in _ISO.finditer(text):
        add(m, _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _WORDY.finditer(text):
        if m.group(2).lower() in MONTHS:
            add(m, _iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))))
    for m in _MONTH_FIRST.finditer(text):
        if m.group(1).lower() in MONTHS:
            add(m, _iso(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2))))
    for m in _NUMERIC.finditer(text):
        add(m, _iso(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    return [(t, iso) for _, t, iso in sorted(found)]


_T_END = r"(\d{1,2})(?:[:.](\d{2}))?(?!\d)\s*(?:([ap])\.?\s?m\b\.?)?"
_T = r"(?<![\d/.:-])(\d{1,2})(?:[:.](\d{2}))?(?!\d)\s*(?:([ap])\.?\s?m\b\.?)?"
_RANGE = re.compile(rf"{_T}\s*(?:-|–|—|to|until)\s*{_T_END}", re.I)
_ONE = re.compile(_T, re.I)


def _clock(h: str, mi: str | None, ap: str | None) -> str | None:
    hour, minute = int(h), int(mi or 0)
    if ap:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if ap.lower() == "p" else 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def parse_time_range(text: str | None) -> tuple[str | None, str | None]:
    """'10:00-13:30', '1:50 PM to 06:42 PM', '9 – 11am', '(10.00 am)', 'COMMENCING AT 7.15PM'."""
    if not text:
        return None, None
    for m in _RANGE.finditer(text):
        h1, m1, a1, h2, m2, a2 = m.groups()
        if not (m2 or a2) or not (m1 or a1 or a2):
            continue
        return _clock(h1, m1, a1 or (a2 if not m1 else None)), _clock(h2, m2, a2)
    for m in _ONE.finditer(text):
        if m.group(2) or m.group(3):
            return _clock(*m.groups()), None
    return None, None
