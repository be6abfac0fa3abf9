"""Makes hostile PDFs: small, valid files built to exhaust a reader's time or memory.

- ``xobject_bomb``: form XObjects nested ``depth`` deep, each drawing the next ``fanout`` times
  (10 ** 12 text draws from about 3 KB);
- ``long_line``: one line of ``chars`` characters (200,000 by default) on one page;
- ``inflate_bomb``: a content stream that inflates to ``megabytes`` MB (512 by default) from well
  under 1 MB, written in chunks so that the generator never holds it;
- ``many_pages``: ``pages`` pages sharing one small content stream;
- ``no_mediabox``: a page without a MediaBox (a damaged PDF, not a hostile one).

Every file is a well-formed PDF (header, objects, cross-reference table, trailer, %%EOF): the
cheap checks pass, and only reading it shows what it does. Small ones are made at test time,
big ones (``inflate_bomb``) into the test's tmp_path; none is committed.
Run directly to write them into a folder: ``python tests/hostile_pdfs.py OUTDIR``.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterable
from pathlib import Path

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _stream(content: bytes, extra: bytes = b"", length: int | None = None) -> bytes:
    n = len(content) if length is None else length
    return b"<< " + extra + b" /Length " + str(n).encode() + b" >>\nstream\n" + content + b"\nendstream"


def write_pdf(path: Path, objects: Iterable[bytes | Iterable[bytes]]) -> Path:
    """Objects 1..n (object 1 the catalog); an object given as an iterable of chunks is streamed to disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    offsets: list[int] = []
    with path.open("wb") as fh:
        fh.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        for i, obj in enumerate(objects, start=1):
            offsets.append(fh.tell())
            fh.write(f"{i} 0 obj\n".encode())
            for chunk in [obj] if isinstance(obj, bytes) else obj:
                fh.write(chunk)
            fh.write(b"\nendobj\n")
        xref = fh.tell()
        fh.write(f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode())
        for off in offsets:
            fh.write(f"{off:010d} 00000 n \n".encode())
        fh.write(f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return path


def _one_page(content_obj: bytes | Iterable[bytes], resources: bytes = b"<< /Font << /F1 4 0 R >> >>",
              mediabox: bytes = b"/MediaBox [0 0 595 842]") -> list:
    return [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R " + mediabox + b" /Resources " + resources + b" /Contents 5 0 R >>",
            FONT,
            content_obj]


def xobject_bomb(path: Path, depth: int = 12, fanout: int = 10) -> Path:
    """The page draws form X1 once; form Xk draws X(k+1) ``fanout`` times; the last form shows text."""
    first_form = 6  # objects 1-5: catalog, pages, page, font, page content
    objects = _one_page(_stream(b"q /X1 Do Q"),
                        resources=b"<< /Font << /F1 4 0 R >> /XObject << /X1 %d 0 R >> >>" % first_form)
    for k in range(1, depth + 1):
        if k < depth:
            body = b" ".join([b"q /X%d Do Q" % (k + 1)] * fanout)
            res = b"<< /XObject << /X%d %d 0 R >> >>" % (k + 1, first_form + k)
        else:
            body = b"BT /F1 10 Tf 72 700 Td (Minutes of the meeting) Tj ET"
            res = b"<< /Font << /F1 4 0 R >> >>"
        objects.append(_stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources " + res))
    return write_pdf(path, objects)


def long_line(path: Path, chars: int = 200_000) -> Path:
    """One text line of ``chars`` characters (words of 'minutes '), in a tiny font across an A4 page."""
    words = (b"minutes " * (chars // 8 + 1))[:chars]
    size = 550 * 2 / chars  # Helvetica is about half an em wide per character: the line spans the page
    shows = b" ".join(b"(" + words[k:k + 1000] + b") Tj" for k in range(0, chars, 1000))  # one string is cut at 32767
    content = b"BT /F1 %.6f Tf 20 400 Td " % size + shows + b" ET"
    return write_pdf(path, _one_page(_stream(zlib.compress(content, 9), b"/Filter /FlateDecode")))


def inflate_bomb(path: Path, megabytes: int = 512) -> Path:
    """A FlateDecode content stream of ``megabytes`` MB of blank content (spaces), compressed about
    1000 times; written chunk by chunk, so neither the generator nor the file holds it inflated."""
    z = zlib.compressobj(9)
    block = b" " * (1 << 20)
    parts = [z.compress(block) for _ in range(megabytes)]
    parts.append(z.flush())
    body = b"".join(parts)
    stream = [b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(body), body, b"\nendstream"]
    text = _stream(b"BT /F1 10 Tf 72 700 Td (Minutes of the meeting) Tj ET")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
               b" /Contents [5 0 R 6 0 R] >>",
               FONT, stream, text]
    return write_pdf(path, objects)


def many_pages(path: Path, pages: int) -> Path:
    """``pages`` A4 pages, each showing the same short line (one shared content stream)."""
    first_page = 5  # objects 1-4: catalog, pages, font, content
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objects: list = [b"<< /Type /Catalog /Pages 2 0 R >>",
                     b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
                     FONT,
                     _stream(b"BT /F1 10 Tf 72 700 Td (Minutes of the meeting) Tj ET")]
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents 4 0 R >>")
    objects += [page] * pages
    return write_pdf(path, objects)


def no_mediabox(path: Path) -> Path:
    """A page (and a page tree) without a MediaBox: the page has no size."""
    content = _stream(b"BT /F1 12 Tf 72 700 Td (Minutes of the Design Advisory Group meeting) Tj ET")
    return write_pdf(path, _one_page(content, mediabox=b""))


def make_hostile(out: Path, big: bool = False) -> dict[str, Path]:
    """The small hostile files (and, with ``big``, the 512 MB inflate bomb) in ``out``."""
    files = {"xobject_bomb": xobject_bomb(out / "xobject_bomb.pdf"),
             "long_line": long_line(out / "long_line.pdf"),
             "no_mediabox": no_mediabox(out / "no_mediabox.pdf")}
    if big:
        files["inflate_bomb"] = inflate_bomb(out / "inflate_bomb.pdf")
    return files


if __name__ == "__main__":
    for name, p in make_hostile(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-pdfs"), big=True).items():
        print(name, p, p.stat().st_size)
