"""The bold 'ACTION DAG26-01: ...' and 'DECISION DAG-DEC55: ...' lines of the running minutes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .pdf_pages import Paragraph


def labelled_lines(paragraphs: list[Paragraph], pattern: re.Pattern) -> Iterator[tuple[str, str, dict]]:
    """(id, text, evidence) for each paragraph ``pattern`` matches (group 1 the id, group 2 the text)."""
    for p in paragraphs:
        m = pattern.match(p.text)
        if m:
            yield m.group(1), m.group(2).strip(), {"page": p.page, "quote": p.text}
