"""Makes the bad input files the tests feed in: real files, each broken in one way.

Run directly to write them into a folder: ``python tests/bad_inputs.py OUTDIR``.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_pdfs import no_mediabox  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "dag026.pdf"


def _pdf(draw, encrypt=None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, encrypt=encrypt)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_bad_inputs(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}

    def write(name: str, data: bytes) -> None:
        (out / name).write_bytes(data)
        files[name.split(".")[0]] = out / name

    write("notes.pdf", b"These are my meeting notes, saved as text with a .pdf name.\n")
    write("empty.pdf", b"")

    def minutes_page(c):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 760, "MHHS Design Advisory Group (DAG) Minutes and Actions")
        c.setFont("Helvetica", 11)
        c.drawString(72, 730, "Meeting number DAG099")

    write("encrypted.pdf", _pdf(minutes_page, encrypt="secret"))

    img = Image.new("L", (1200, 400), 255)
    ImageDraw.Draw(img).text((40, 150), "MHHS DAG Minutes and Actions - scanned", fill=0)
    png = io.BytesIO()
    img.save(png, format="PNG")
    png.seek(0)
    write("scanned.pdf", _pdf(lambda c: c.drawImage(ImageReader(png), 50, 400, width=500, height=170)))

    def letter(c):
        c.setFont("Helvetica", 11)
        y = 760
        for line in ["Elexon Limited", "350 Euston Road, London", "", "12 July 2023", "", "Dear Ms Jones,", "",
                     "Thank you for your letter about the settlement timetable. We will reply in full",
                     "after the next meeting of our board.", "", "Yours sincerely,", "", "A. Smith"]:
            c.drawString(72, y, line)
            y -= 16

    write("letter.pdf", _pdf(letter))
    data = SAMPLE.read_bytes()
    write("truncated.pdf", data[: len(data) // 2])
    # damaged, with an end marker so that the cheap checks pass: the first third of a real PDF and its tail
    write("damaged.pdf", data[: len(data) // 3] + data[-200:])
    files["mediabox_missing"] = no_mediabox(out / "mediabox_missing.pdf")  # a page without a size
    return files


if __name__ == "__main__":
    for name, path in make_bad_inputs(Path(sys.argv[1] if len(sys.argv) > 1 else "bad-inputs")).items():
        print(name, path)
