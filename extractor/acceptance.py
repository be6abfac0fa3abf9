"""Is this PDF a set of minutes? Decided by what it contains, not by one label.

Minutes record a meeting that happened: who was there (an attendance part) and what was done
(agenda items, actions, decisions or resolutions), or say in their title that they are minutes.
A letter, an invoice, an agenda and a slide deck are readable PDFs that are not minutes; each is
refused with a reason a user understands.
"""

from __future__ import annotations

import re

from .errors import NotMinutesError
from .pdf_pages import ParsedPdf
from .sections import Sections

LETTER = re.compile(r"^\s*dear\s+\w+|yours\s+(?:sincerely|faithfully)|kind regards\s*$", re.I | re.M)
INVOICE = re.compile(r"\binvoice\b.*\b(?:total|amount due|vat|payment terms)\b|\b(?:amount due|invoice number)\b",
                     re.I | re.S)
AGENDA = re.compile(r"^\s*(?:draft\s+)?agenda\b|\bagenda\s*(?:for|of)\s+(?:the\s+)?meeting\b", re.I | re.M)
MINUTES_WORD = re.compile(r"\bminutes\b|\bnotes of (?:the )?meeting\b|\brecord of (?:the )?meeting\b", re.I)
PAST_TENSE = re.compile(r"\b(?:was|were) (?:agreed|approved|noted|resolved|received|discussed)\b|\bRESOLVED\b|"
                        r"\b(?:agreed|noted|approved|welcomed|advised|confirmed|presented)\b")


def check_minutes(s: Sections, meeting: dict, parsed: ParsedPdf, n_actions: int = 0, n_decisions: int = 0) -> None:
    """Raise NotMinutesError with the reason when the document does not read like minutes."""
    text = "\n".join(parsed.page_texts.values())
    head = "\n".join(parsed.page_texts.get(1, "").splitlines()[:12])
    attendance = bool(s.attendance)
    business = bool(s.items or s.actions or s.decisions or n_actions or n_decisions)
    titled = bool(MINUTES_WORD.search(head))
    # the cheap tests first: a whole document's text is searched only where its verdict can matter
    if not attendance and not s.actions and not s.decisions and LETTER.search(text):
        raise NotMinutesError(parsed.path, "a letter (a salutation and sign-off, no attendance or decisions)")
    if not attendance and INVOICE.search(text):
        raise NotMinutesError(parsed.path, "an invoice")
    if AGENDA.search(head) and not titled and not (s.actions or s.decisions or n_decisions) \
            and not PAST_TENSE.search(text):
        raise NotMinutesError(parsed.path, "an agenda (items to discuss, nothing recorded as done)")
    if _slides(parsed) and not attendance:
        raise NotMinutesError(parsed.path, "a slide deck (landscape pages of short lines, no attendance)")
    if not ((attendance and business) or (titled and (attendance or business))):
        if not attendance and not business:
            raise NotMinutesError(parsed.path, "no attendance, agenda items, actions or decisions")
        missing = "no attendance part" if not attendance else "no agenda items, actions or decisions"
        raise NotMinutesError(parsed.path, missing)
    if not meeting["id"]:
        raise NotMinutesError(parsed.path, "no meeting number or date")


def _slides(parsed: ParsedPdf) -> bool:
    """Most pages landscape with a few short lines each."""
    if not parsed.page_sizes:
        return False
    landscape = sum(1 for w, h in parsed.page_sizes if w > h * 1.2)
    if landscape < max(1, 0.7 * len(parsed.page_sizes)):
        return False
    lines = [ln for t in parsed.page_texts.values() for ln in t.splitlines() if ln.strip()]
    return len(lines) / max(len(parsed.page_texts), 1) < 25
