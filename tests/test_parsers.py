"""The two parsers (PDFium, the default, and pdfplumber, the reference) give the same blocks, or fail alike."""

import re
from pathlib import Path

import pytest
from minutes_kg.extractor.errors import BadInputError
from minutes_kg.extractor.pdf_pages import Paragraph, parse_pdf

ROOT = Path(__file__).resolve().parents[1]
PDFS = sorted((ROOT / "samples").glob("*.pdf")) + sorted((ROOT / "samples" / "layouts").glob("*.pdf"))


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _blocks(parsed) -> list:
    out = []
    for b in parsed.blocks:
        if isinstance(b, Paragraph):
            out.append(("para", b.page, _norm(b.text), b.bold, round(b.size, 1)))
        else:
            out.append(("table", tuple(b.pages), tuple(tuple(_norm(c) for c in row) for row in b.rows)))
    return out


@pytest.mark.parametrize("path", PDFS, ids=[p.stem for p in PDFS])
def test_same_blocks_from_both_parsers(path):
    a, b = parse_pdf(path, parser="pdfium"), parse_pdf(path, parser="pdfplumber")
    assert _blocks(a) == _blocks(b)
    assert a.header_footer == b.header_footer
    assert {k: _norm(v) for k, v in a.page_texts.items()} == {k: _norm(v) for k, v in b.page_texts.items()}


def test_bad_inputs_fail_alike(bad_inputs):
    for name, path in bad_inputs.items():
        kinds = []
        for parser in ("pdfium", "pdfplumber"):
            try:
                parse_pdf(path, parser=parser)
                kinds.append(None)
            except BadInputError as exc:
                kinds.append(exc.kind)
                assert str(path) in str(exc)
        assert kinds[0] == kinds[1], (name, kinds)


def test_unknown_parser_is_refused():
    with pytest.raises(ValueError, match="unknown parser"):
        parse_pdf(PDFS[0], parser="ocr")


def _open_fds() -> int:
    import os

    return len(os.listdir("/proc/self/fd"))


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        import os

        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def test_pdfium_releases_what_it_opens():
    """Documents, pages and text pages are closed as they are read: 60 parses leave no handles or memory."""
    data = (ROOT / "samples" / "layouts" / "docx-bsc-panel.pdf").read_bytes()
    from minutes_kg.extractor.pdf_pages import parse_pdf_bytes

    for _ in range(5):
        parse_pdf_bytes(data, "warm-up.pdf", parser="pdfium")
    fds, rss = _open_fds(), _rss_mb()
    for _ in range(60):
        parse_pdf_bytes(data, "panel.pdf", parser="pdfium")
    assert _open_fds() <= fds
    assert _rss_mb() - rss < 20, f"memory grew by {_rss_mb() - rss:.1f} MB over 60 documents"
