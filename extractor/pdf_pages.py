"""Read a PDF once: lines with font weight, ruled tables, running header and footer removed.

Every page is parsed exactly once, by PDFium (pypdfium2, the default: pdfium_source.py) or by
pdfplumber (pdfminer, the reference: ``parser="pdfplumber"``). Either hands page_layout.py the
page's characters and edges in the same shapes, and page_layout finds the ruled tables and text
lines by one algorithm. The result is a flat list of blocks in reading order (paragraphs and
tables), each knowing its page, so later stages never touch the PDF again. Tables that continue
over a page break are joined into one block.

A PDF is refused before it exhausts time or memory when its streams inflate past
``MAX_INFLATED_BYTES``, or it has more than ``MAX_PAGES`` pages, a page more than ``MAX_PAGE_CHARS``
characters or a line more than ``MAX_LINE_CHARS`` (errors.py). A damaged PDF gets one reason in
words, the same from either parser; the parsers' own log warnings are dropped (the reason says it).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from .errors import (
    MAX_INFLATED_BYTES,
    MAX_LINE_CHARS,
    MAX_PAGE_CHARS,
    NO_MEDIABOX,
    UNREADABLE_STRUCTURE,
    BadInputError,
    DamagedPdfError,
    TooLargeError,
    check_page_count,
    unreadable_page,
)
from .page_layout import page_content
from .pdfium_source import pdfium_pages
from .symbol_glyphs import normalise_chars

HEADER_ZONE = 0.09  # fraction of page height at the top / bottom holding running header/footer

for _parser_log in ("pdfminer", "pdfplumber", "pypdfium2"):  # their warnings about a damaged file: not the user's
    logging.getLogger(_parser_log).addHandler(logging.NullHandler())
    logging.getLogger(_parser_log).propagate = False


@dataclass
class Line:
    page: int
    text: str
    top: float
    bottom: float
    x0: float
    size: float
    bold: float  # fraction of non-space chars in a bold face
    italic: float
    bold_prefix: str = ""  # leading run of bold text, e.g. "DAG17-02 & DAG20-03:"
    # the text split at wide gaps (tab stops, columns): [(x0, text), ...]; one span for ordinary lines
    spans: list = field(default_factory=list)


@dataclass
class Paragraph:
    page: int
    text: str
    bold: bool
    italic: bool
    size: float
    lines: list[Line] = field(default_factory=list)
    bold_prefix: str = ""

    kind = "para"


@dataclass
class TableBlock:
    page: int
    rows: list[list[str | None]]
    pages: list[int]
    row_pages: list[int]
    top: float
    bottom: float
    ncols: int

    kind = "table"

    @property
    def header(self) -> list[str]:
        return [(c or "").strip() for c in self.rows[0]] if self.rows else []


@dataclass
class ParsedPdf:
    path: str
    sha256: str
    n_pages: int
    blocks: list  # Paragraph | TableBlock in reading order
    page_texts: dict[int, str]  # content text per page (header/footer removed), for quote checks
    header_footer: list[str]
    page_sizes: list[tuple[float, float]] = field(default_factory=list)  # (width, height) per page
    furniture: list[str] = field(default_factory=list)  # running header and footer lines as printed, once each


@lru_cache(maxsize=512)
def _is_bold(fontname: str) -> bool:
    f = fontname.lower()
    return "bold" in f or "black" in f or "heavy" in f or f.endswith(",b")


@lru_cache(maxsize=512)
def _is_italic(fontname: str) -> bool:
    f = fontname.lower()
    return "italic" in f or "oblique" in f


def read_file(path: Path) -> bytes:
    if not path.exists():
        raise BadInputError(str(path), "no such file", kind="missing")
    if path.is_dir():
        raise BadInputError(str(path), "is a directory, not a PDF", kind="not-pdf")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BadInputError(str(path), f"cannot read ({exc.strerror or exc})", kind="unreadable") from exc


def check_bytes(data: bytes, name: str) -> None:
    """Cheap checks before parsing: non-empty, a PDF header, an end marker."""
    if not data:
        raise BadInputError(name, "empty file (0 bytes)", kind="empty")
    if b"%PDF-" not in data[:1024]:
        raise BadInputError(name, "not a PDF (no %PDF- header)", kind="not-pdf")
    if b"%%EOF" not in data[-2048:]:
        raise BadInputError(name, "truncated PDF (no %%EOF end-of-file marker)", kind="truncated")
    check_inflation(data, name)


_STREAM = re.compile(rb"(?<!end)stream\r?\n")
# deflate's greatest expansion: a 258-byte match coded in 2 bits, 1032 bytes out for each byte in; a file
# this many times smaller than the limit cannot hold Flate streams that inflate past it
DEFLATE_MAX_RATIO = 1032


def check_inflation(data: bytes, name: str, limit: int = MAX_INFLATED_BYTES) -> None:
    """Refuse a PDF whose Flate streams (images left out: reading text never decodes them) inflate past
    ``limit`` bytes in all, before a parser inflates them: each stream is inflated a megabyte at a time
    and only counted."""
    if len(data) * DEFLATE_MAX_RATIO <= limit:  # too small to inflate past the limit: nothing to count
        return
    total = 0
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 1024):m.start()]
        head = head[head.rfind(b" obj") + 4:]  # the stream's dictionary
        if b"/FlateDecode" not in head or b"/Image" in head:
            continue
        total += _inflated_size(data, m.end(), limit - total)
        if total > limit:
            raise TooLargeError(name, f"its content inflates past {limit >> 20} MB (a compression bomb)")


def _inflated_size(data: bytes, pos: int, budget: int) -> int:
    """How many bytes the zlib stream at ``pos`` inflates to (counting stops past ``budget``)."""
    z = zlib.decompressobj()
    size = 0
    while pos < len(data) and not z.eof and size <= budget:
        pending = data[pos:pos + (1 << 16)]
        pos += len(pending)
        while pending and not z.eof and size <= budget:
            try:
                size += len(z.decompress(pending, 1 << 20))
            except zlib.error:  # not inflatable: the parsers report what they make of it
                return size
            pending = z.unconsumed_tail
    return size


def _line_from(page_no: int, raw: dict) -> Line:
    chars = [c for c in raw["chars"] if not c["text"].isspace()]
    n = max(len(chars), 1)
    fonts = Counter([c["fontname"] for c in chars])  # a line has few fonts and sizes: each tested once
    bold = sum(k for font, k in fonts.items() if _is_bold(font)) / n
    italic = sum(k for font, k in fonts.items() if _is_italic(font)) / n
    sizes: Counter[float] = Counter()
    for raw_size, k in Counter([c["size"] for c in chars]).items():  # in order of first use, as rounding them would be
        sizes[round(raw_size, 1)] += k
    size = sizes.most_common(1)[0][0] if chars else 0.0
    prefix = ""
    if 0 < bold < 1 and chars and _is_bold(chars[0]["fontname"]):
        k = 0
        while k < len(chars) and _is_bold(chars[k]["fontname"]):
            k += 1
        prefix_chars = "".join(c["text"] for c in chars[:k])
        # map back onto the spaced text
        text = raw["text"]
        j = 0
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            j += 1
            if j == len(prefix_chars):
                prefix = text[: i + 1]
                break
    return Line(page_no, raw["text"], raw["top"], raw["bottom"], raw["x0"], size, bold, italic, prefix,
                _spans(raw["text"], chars, size))


def _spans(text: str, chars: list[dict], size: float) -> list[tuple[float, str]]:
    """The line's text cut where the gap between two characters is much wider than a space."""
    wide = 0.7 * max(size, 1)
    cuts = [k for k in range(1, len(chars)) if chars[k]["x0"] - chars[k - 1]["x1"] > wide]
    if not cuts:
        return [(chars[0]["x0"] if chars else 0.0, text)]
    pos = [i for i, ch in enumerate(text) if not ch.isspace()]  # text index of each non-space char
    if len(pos) != len(chars):
        return [(chars[0]["x0"], text)]
    bounds = [0] + cuts + [len(chars)]
    return [(chars[a]["x0"], text[pos[a]:(pos[b] if b < len(pos) else len(text))].strip())
            for a, b in zip(bounds, bounds[1:])]


def _clean_cell(cell: str | None) -> str | None:
    if cell is None:
        return None
    text = re.sub(r"-\n(?=[a-z])", "", cell)
    return re.sub(r"\s*\n\s*", " ", text).strip()


def _norm_hf(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


PARSERS = ("pdfium", "pdfplumber")


def default_parser() -> str:
    """The parser to use: $MINUTES_KG_PARSER (pdfium or pdfplumber), else PDFium."""
    choice = os.environ.get("MINUTES_KG_PARSER", "pdfium").strip().lower() or "pdfium"
    return choice if choice in PARSERS else "pdfium"


def parse_pdf(path: str | Path, parser: str | None = None) -> ParsedPdf:
    """Parse every page of a PDF file once and return blocks in reading order."""
    return parse_pdf_bytes(read_file(Path(path)), str(path), parser)


def _pdfplumber_pages(data: bytes, name: str) -> Iterator[tuple[float, float, list[dict], list[dict]]]:
    """(width, height, chars, edges) of every page, read by pdfplumber (pdfminer): the reference parser."""
    from pdfminer.pdfpage import PDFPage

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise BadInputError(name, "encrypted PDF (a password is needed to read it)", kind="encrypted") from exc
    except Exception as exc:  # pdfminer's syntax errors, or pdfplumber's wrapping of them
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if "Password" in inner.__class__.__name__ or "Encrypt" in inner.__class__.__name__:
            raise BadInputError(name, "encrypted PDF (a password is needed to read it)", kind="encrypted") from exc
        raise DamagedPdfError(name, UNREADABLE_STRUCTURE) from exc
    try:
        try:
            n = 0
            for n, page_obj in enumerate(PDFPage.create_pages(pdf.doc), start=1):  # page dictionaries only
                if page_obj.attrs.get("MediaBox") is None:
                    raise DamagedPdfError(name, f"{NO_MEDIABOX} on page {n}")
            check_page_count(name, n)
            pages = pdf.pages
        except BadInputError:
            raise
        except Exception as exc:
            raise DamagedPdfError(name, UNREADABLE_STRUCTURE) from exc
        if not pages:  # PDFium refuses a document without pages as unreadable: the same reason here
            raise DamagedPdfError(name, UNREADABLE_STRUCTURE)
        for page in pages:
            yield float(page.width), float(page.height), page.chars, page.edges
            page.flush_cache()
    finally:
        try:
            pdf.close()
        except Exception:  # closing builds every page again: a damaged one fails here too, said already
            pass


def parse_pdf_bytes(data: bytes, name: str, parser: str | None = None) -> ParsedPdf:
    """The same from the file's bytes (``name`` is used in messages and the record's source).

    ``parser``: "pdfium" (the default, PDFium through pypdfium2) or "pdfplumber" (pdfminer, the
    reference); both hand page_layout the same characters and edges, so the blocks are the same.
    """
    path = name
    check_bytes(data, name)
    sha = hashlib.sha256(data).hexdigest()
    parser = parser or default_parser()
    if parser not in PARSERS:
        raise ValueError(f"unknown parser {parser!r} (choose from {', '.join(PARSERS)})")
    pages = pdfium_pages(data, name) if parser == "pdfium" else _pdfplumber_pages(data, name)

    pages_lines: list[list[Line]] = []
    pages_tables: list[list[tuple]] = []
    heights: list[float] = []
    sizes: list[tuple[float, float]] = []
    total_chars = 0
    try:
        for page_no, (width, height, chars, edges) in enumerate(pages, start=1):
            heights.append(height)
            sizes.append((width, height))
            total_chars += len(chars)
            if len(chars) > MAX_PAGE_CHARS:
                raise TooLargeError(name, f"page {page_no} holds {len(chars):,} characters "
                                          f"(the limit is {MAX_PAGE_CHARS:,} a page)")
            normalise_chars(chars)  # Wingdings ticks -> ✔, before lines and cells are built
            raw_lines, tables = page_content(chars, edges, width, height)
            longest = max((len(r["text"]) for r in raw_lines), default=0)
            if longest > MAX_LINE_CHARS:
                raise TooLargeError(name, f"a line on page {page_no} holds {longest:,} characters "
                                          f"(the limit is {MAX_LINE_CHARS:,} a line)")
            tab_rows = []
            for bbox, raw_rows in tables:
                rows = [[_clean_cell(c) for c in row] for row in raw_rows]
                rows = [r for r in rows if any(c for c in r)]
                if rows:
                    tab_rows.append((bbox, rows))
            pages_lines.append([_line_from(page_no, r) for r in raw_lines if r["text"].strip()])
            pages_tables.append(tab_rows)
    except BadInputError:
        raise
    except Exception as exc:  # the parser failed inside a page: the exception stays the cause, for a developer
        raise DamagedPdfError(str(path), unreadable_page(len(pages_lines) + 1)) from exc

    n_pages = len(pages_lines)
    if n_pages == 0:
        raise BadInputError(str(path), "PDF has no pages", kind="empty")
    if total_chars == 0:
        raise BadInputError(str(path), "no text layer (image-only or scanned PDF; run OCR first)",
                            kind="no-text")

    hf = _running_header_footer(pages_lines, heights)
    furniture: list[str] = []
    blocks: list = []
    page_texts: dict[int, str] = {}
    for i, lines in enumerate(pages_lines):
        h = heights[i]
        content: list[Line] = []
        for ln in lines:
            if not _is_hf(ln, h, hf, n_pages):
                content.append(ln)
            elif ln.text not in furniture:
                furniture.append(ln.text)
        page_texts[i + 1] = "\n".join(ln.text for ln in content)
        items: list = [(ln.top, "line", ln) for ln in content]
        items += [(bbox[1], "table", (bbox, rows)) for bbox, rows in pages_tables[i]]
        items.sort(key=lambda x: x[0])
        for _top, kind, obj in items:
            if kind == "line":
                blocks.append(obj)
            else:
                bbox, rows = obj
                for row in rows:
                    page_texts[i + 1] += "\n" + " ".join(c for c in row if c)
                blocks.append(TableBlock(i + 1, rows, [i + 1], [i + 1] * len(rows), bbox[1], bbox[3],
                                         max(len(r) for r in rows)))
    blocks = _join_tables(_group_paragraphs(blocks), heights)
    return ParsedPdf(str(path), sha, n_pages, blocks, page_texts, sorted(hf), sizes, furniture[:20])


def _running_header_footer(pages_lines: list[list[Line]], heights: list[float]) -> set[str]:
    """Texts that repeat in the top or bottom zone of most pages."""
    n = len(pages_lines)
    counts: Counter = Counter()
    for lines, h in zip(pages_lines, heights):
        seen = {_norm_hf(ln.text) for ln in lines
                if ln.bottom < h * HEADER_ZONE or ln.top > h * (1 - HEADER_ZONE)}
        counts.update(seen)
    if n == 1:
        return {t for t in counts if re.search(r"page # of #", t)}
    return {t for t, c in counts.items() if c >= max(2, 0.6 * n)}


def _is_hf(line: Line, height: float, hf: set[str], n_pages: int) -> bool:
    in_zone = line.bottom < height * HEADER_ZONE or line.top > height * (1 - HEADER_ZONE)
    return in_zone and _norm_hf(line.text) in hf


def _starts_block(line: Line) -> bool:
    return bool(re.match(r"^(\d+\.\s|ACTION\b|DECISION\b|POST MEETING UPDATE|[•\-–]\s)", line.text))


def _group_paragraphs(items: list) -> list:
    """Join consecutive lines into paragraphs by spacing, weight and size."""
    out: list = []
    cur: list[Line] = []

    def flush():
        if cur:
            text = cur[0].text
            for ln in cur[1:]:
                if text.endswith("-") and ln.text[:1].islower():
                    text = text[:-1] + ln.text
                else:
                    text += " " + ln.text
            bold = sum(ln.bold for ln in cur) / len(cur) > 0.6
            italic = sum(ln.italic for ln in cur) / len(cur) > 0.6
            out.append(Paragraph(cur[0].page, text.strip(), bold, italic, cur[0].size, list(cur),
                                 cur[0].bold_prefix))
            cur.clear()

    for item in items:
        if isinstance(item, TableBlock):
            flush()
            out.append(item)
            continue
        if cur:
            prev = cur[-1]
            gap = item.top - prev.bottom
            same_style = (prev.bold > 0.6) == (item.bold > 0.6) and abs(prev.size - item.size) < 0.6
            if item.page != prev.page or gap > 0.6 * max(prev.size, 1) or not same_style or _starts_block(item):
                flush()
        cur.append(item)
    flush()
    # a paragraph broken by a page break: previous has no end punctuation, next starts lower-case
    merged: list = []
    for block in out:
        last = merged[-1] if merged else None
        if (isinstance(block, Paragraph) and isinstance(last, Paragraph)
                and last.page + 1 == block.page and not last.bold and not block.bold
                and not last.italic and not _starts_block(block.lines[0])
                and not re.search(r"[.:;!?)]$", last.text)):
            last.text = last.text + " " + block.text
            last.lines.extend(block.lines)
            continue
        merged.append(block)
    return merged


def _join_tables(blocks: list, heights: list[float]) -> list:
    """Join a table that continues at the top of the next page onto the one before it."""
    out: list = []
    for b in blocks:
        prev = out[-1] if out else None
        if (isinstance(b, TableBlock) and isinstance(prev, TableBlock)
                and b.page == prev.pages[-1] + 1 and b.ncols == prev.ncols):
            rows = b.rows
            row_pages = b.row_pages
            if rows and [c or "" for c in rows[0]] == [c or "" for c in prev.rows[0]]:
                rows, row_pages = rows[1:], row_pages[1:]  # repeated header row
            if rows and prev.rows and not (rows[0][0] or "").strip() and any(rows[0][1:]):
                # a row split across the page break: its first cell is empty on the new page
                last = prev.rows[-1]
                prev.rows[-1] = [(" ".join(x for x in (a, c) if x) or None) for a, c in zip(last, rows[0])]
                rows, row_pages = rows[1:], row_pages[1:]
            prev.rows.extend(rows)
            prev.row_pages.extend(row_pages)
            prev.pages.append(b.page)
            prev.bottom = b.bottom
            continue
        out.append(b)
    return out
