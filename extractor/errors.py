"""Errors a user can cause with the files they feed in."""

from __future__ import annotations


class BadInputError(Exception):
    """A file that cannot be turned into a meeting record.

    ``str()`` is the one-line message shown to the user: ``PATH: reason``.
    ``kind`` is a short machine-readable reason for JSON reports.
    """

    def __init__(self, path: str, reason: str, kind: str = "bad-input"):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
        self.kind = kind


class NotMinutesError(BadInputError):
    """A readable PDF that is not a set of meeting minutes (e.g. a letter)."""

    def __init__(self, path: str, reason: str):
        super().__init__(path, f"not meeting minutes: {reason}", kind="not-minutes")


class DamagedPdfError(BadInputError):
    """A PDF whose structure or a page cannot be read. ``what`` says what is wrong, in words (never a
    parser's exception), the same whichever parser read it."""

    def __init__(self, path: str, what: str):
        super().__init__(path, f"damaged PDF ({what})", kind="damaged")


UNREADABLE_STRUCTURE = "its cross-reference table, catalog or page tree cannot be read"
NO_MEDIABOX = "no page size: MediaBox missing"


def unreadable_page(page_no: int) -> str:
    return f"page {page_no} cannot be read"


# Bounds no real minutes come near (the 30 sample PDFs: at most 8 pages, 4,195 characters a page, lines
# of 128 characters, 0.2 MB of inflated streams): past them a PDF is refused before reading it exhausts
# time or memory.
MAX_PAGES = 5_000
MAX_PAGE_CHARS = 100_000
MAX_LINE_CHARS = 5_000
MAX_INFLATED_BYTES = 256 << 20  # the decompressed size of a document's streams, images left out


class TooLargeError(BadInputError):
    """A PDF past one of the bounds above: refused, with the bound it passed."""

    def __init__(self, path: str, what: str):
        super().__init__(path, f"refused: {what}", kind="too-large")


def check_page_count(path: str, n_pages: int) -> None:
    if n_pages > MAX_PAGES:
        raise TooLargeError(path, f"{n_pages:,} pages (the limit is {MAX_PAGES:,})")
