"""regex_starts.Finder gives what the regex's own finditer gives: for the change-id table's one regex on
every text unit of every sample, layout and held-out document, and for regexes made to probe what it
reads (lookbehinds, optional parts, flags, classes) on texts made of their characters."""

import random
import re
from pathlib import Path

import pytest
from minutes_kg.extractor import change_ids
from minutes_kg.extractor.entities import text_units
from minutes_kg.extractor.pdf_pages import parse_pdf
from minutes_kg.extractor.regex_starts import Finder, first_chars

ROOT = Path(__file__).resolve().parents[1]


def _found(matches) -> list:
    return [(m.span(), m.lastgroup, m.groupdict()) for m in matches]


@pytest.mark.parametrize("context", [False, True])
def test_change_table_regex_on_every_text(context):
    texts = [t for pdf in sorted((ROOT / "samples").glob("**/*.pdf")) for t, _ in text_units(parse_pdf(pdf))]
    table = change_ids.patterns()
    active = tuple(p for p in table if p.context is None) if context else table
    rx = change_ids._combined(active).rx
    finder = Finder(rx)
    assert finder.starts is not None  # the table's first characters are read: the shortcut is tested
    n = 0
    for text in texts + [" ".join(texts)]:
        ours = _found(finder.finditer(text))
        assert ours == _found(rx.finditer(text)), text
        n += len(ours)
    assert n > 500


PROBES = [r"\bCR\s?-?(?P<n>\d{2,3})\b", r"(?<![Pp]age )\bP(?P<n>\d{3})\b", r"(?<!REC )\b(?:DCUSA\s+)?Change\b",
          r"(?:ab)?(?:cd)?e", r"a?b", r"(?=a)ab|b", r"[a-c]+d", r"^a|b$", r"(?m)^b", r"(?i:a)b", r"(?i)ab",
          r"a*", r"x?", r"[^a]b", r"\d", r"(a)\1", r"(?>ab)c", r"a++b", r"ab|", r"(?:a|b)(?<=b)c", r"\Bb"]


@pytest.mark.parametrize("pattern", PROBES)
def test_probes_on_made_texts(pattern):
    rx = re.compile(pattern)
    finder = Finder(rx)
    rnd = random.Random(pattern)
    alphabet = "abcdeABCPRx1234 -\n" + "".join(sorted(set(re.sub(r"[^\w ]", "", pattern))))
    for _ in range(300):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        assert _found(finder.finditer(text)) == _found(rx.finditer(text)), (pattern, text)


def test_first_chars_read_and_given_up():
    assert first_chars(re.compile(r"(?<!x)\bC(?:R|MP)\d")) == {"C"}
    assert first_chars(re.compile(r"(?:DCUSA\s+)?Change")) == {"D", "C"}
    assert first_chars(re.compile(r"[P-R]x|M")) == {"P", "Q", "R", "M"}
    for given_up in (r"(?i)ab", r"(?i:a)b", r"a*", r"x?", r"\dx", r"[^a]", r"ab|", r"(?:a|)b"):
        assert first_chars(re.compile(given_up)) is None, given_up
