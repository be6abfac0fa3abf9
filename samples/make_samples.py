"""Render the sample minutes PDFs: ``python samples/make_samples.py`` from the repo root.

Every module in ``samples/content/`` defines ``MEETING`` (see ``samples/house_style.py`` for the
dict); each is rendered to ``samples/<meeting id lower>.pdf``. Deterministic: running it again
gives byte-identical files. Optional arguments name meeting modules to render (``dag026``) and
``--out DIR`` writes somewhere else.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from content import ALL  # noqa: E402
from house_style import render_minutes  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help=f"content modules to render (default: all of {ALL})")
    parser.add_argument("--out", default=str(HERE), help="output folder (default: samples/)")
    args = parser.parse_args(argv)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in args.modules or ALL:
        meeting = importlib.import_module(f"content.{name}").MEETING
        path = out_dir / f"{meeting['id'].lower()}.pdf"
        pages = render_minutes(meeting, str(path))
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        shown = path.relative_to(HERE.parent) if out_dir == HERE else path
        print(f"{shown}: {pages} pages  sha256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
