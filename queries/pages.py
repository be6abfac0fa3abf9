"""What the report pages (the CR dossier, the meeting report) share: the Jinja2 templates shipped in
``queries/templates`` (HTML autoescaped; every Markdown value through ``md_escape``), how a page names an
entity instead of showing its key, how it cites a fact, and how it writes one file whole or not at all.

Pages are built only from named queries (``QueryBackend.run``), so they read the same from either backend.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from minutes_kg.graph.model import LABELS

from minutes_kg.errors import MinutesKgError

from .backends import EmbeddedQueries, Neo4jQueries, QueryBackend, open_queries

TEMPLATES = Path(__file__).with_name("templates")
MARKDOWN_SUFFIXES = (".md", ".markdown")

# characters that mean something in Markdown (GitHub's too: ~ strikes through, | ends a table cell, # closes
# a heading), each shown as itself; < > & as entities, so nothing in a name can open HTML (a comment, a
# script) in the page
_MD_BACKSLASHED = set("\\`*_[]|~#")
_MD_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


class PageError(MinutesKgError):
    """A page that cannot be written (the folder is missing or read-only, the disk is full)."""


def md_escape(value: object) -> str:
    """``value`` as Markdown text that shows exactly it: one line (newlines in a table cell would end the
    row), markup characters (``\\ ` * _ [ ] | ~ #``) backslashed, ``< > &`` as entities."""
    text = " ".join(("" if value is None else str(value)).split())
    return "".join(_MD_ENTITIES.get(c) or ("\\" + c if c in _MD_BACKSLASHED else c) for c in text)


def _blank(value: object) -> object:
    return "" if value is None else value


def _md_finalize(value: object) -> str:
    """Every value a Markdown template prints is escaped, but for the output of its own macros (``|safe``)."""
    return value if isinstance(value, Markup) else md_escape(value)


def _environment(markdown: bool) -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=not markdown, keep_trailing_newline=True,
                      trim_blocks=True, lstrip_blocks=True,
                      finalize=_md_finalize if markdown else _blank)
    env.filters["md"] = md_escape
    return env


_ENVIRONMENTS = {False: _environment(False), True: _environment(True)}


def render(template: str, context: dict, markdown: bool) -> str:
    """The page ``template`` (``dossier``, ``report``) as HTML or as Markdown."""
    return _ENVIRONMENTS[markdown].get_template(f"{template}.{'md' if markdown else 'html'}").render(**context)


def is_markdown(out: Path) -> bool:
    return out.suffix.lower() in MARKDOWN_SUFFIXES


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_page(text: str, out: Path) -> None:
    """Write ``text`` to ``out`` through a file beside it, so a failure leaves no half-written page."""
    tmp = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp's file is the owner's alone; a page is as any file written
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, out)
    except OSError as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise PageError(f"{out}: cannot write the page: {exc.strerror or exc}") from None


@contextmanager
def queries_on(store: Any = None, backend: str = "embedded") -> Iterator[QueryBackend]:
    """Named queries on ``store``: an open store (embedded or Neo4j, left open), the path of an embedded store,
    or None (the default store, or Neo4j from the environment with ``backend="neo4j"``)."""
    if store is None or isinstance(store, (str, bytes)) or hasattr(store, "__fspath__"):
        with open_queries(backend, store) as queries:
            yield queries
        return
    yield Neo4jQueries(store) if hasattr(store, "session") else EmbeddedQueries(store)


def is_key(value: object) -> bool:
    """A node key such as ``person:sarah-jones`` (a prefix of the model, no spaces)."""
    return (isinstance(value, str) and ":" in value and " " not in value
            and value.split(":", 1)[0] in LABELS)


def keys_in(rows: Iterable[dict]) -> set[str]:
    """Every node key a page's rows name, in their values and lists."""
    out: set[str] = set()
    for row in rows:
        for v in row.values():
            for x in v if isinstance(v, list) else [v]:
                if is_key(x):
                    out.add(x)
    return out


def _humane(slug: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in slug.replace("-", " ").split())


class Names:
    """How a page names what a key stands for, from the ``entities`` query: a person, organisation or seat
    by name, a change by its id (and title), a release by its code, a vote by its meeting."""

    def __init__(self, rows: Iterable[dict]):
        self.rows = {r["key"]: r for r in rows}

    @classmethod
    def of(cls, run: Callable[..., list[dict]], rows: Iterable[dict], extra: Iterable[str] = ()) -> Names:
        keys = sorted(keys_in(rows) | set(extra))
        return cls(run("entities", [], keys=keys) if keys else [])

    def get(self, key: str) -> dict:
        return self.rows.get(key) or {}

    def title(self, key: str) -> str | None:
        return self.get(key).get("title")

    def __call__(self, value: object, title: bool = False) -> str:
        """The name of ``value`` if it is a key (else ``value`` as text); a change with its title if asked."""
        if value is None:
            return ""
        if isinstance(value, list):
            return ", ".join(self(v, title) for v in value)
        if not is_key(value):
            return str(value)
        key = str(value)
        prefix, rest = key.split(":", 1)
        row = self.get(key)
        if prefix == "cr":
            cid = row.get("id") or rest
            return f"{cid} ({row['title']})" if title and row.get("title") else cid
        if prefix == "release":
            return rest.upper()
        if prefix == "vote":
            meeting, _, subject = rest.partition(":")
            return f"vote at {meeting}" + ("" if re.fullmatch(r"V\d*", subject) else f" on {subject}")
        if prefix in ("meeting", "decision", "action"):
            return row.get("id") or rest
        return row.get("name") or row.get("id") or _humane(rest)


def versions(detail: object) -> str | None:
    """The versions a discussion names (stored as a JSON list) as text: ``version 1.8``."""
    if not isinstance(detail, str) or not detail.startswith("["):
        return None if detail is None else str(detail)
    try:
        found = [str(v) for v in json.loads(detail)]
    except ValueError:
        return detail
    return ("version " if len(found) == 1 else "versions ") + ", ".join(found) if found else None


def cite(meeting: str | None, page: int | None = None) -> str:
    """Where a fact was read: ``DAG026, p. 6``."""
    return f"{meeting or ''}{f', p. {page}' if page else ''}"


def group_votes(rows: Iterable[dict], names: Names) -> list[dict]:
    """Ballot rows (the ``meeting-votes`` / ``votes`` queries) grouped into votes, in order: each vote with
    its subject, question, majority, tally (stated, else counted), the check of its tally and its ballots;
    names instead of keys. Pages add their own heading."""
    groups: dict[str, dict] = {}
    for b in rows:
        g = groups.setdefault(b["vote"], {
            "vote": b["vote"], "meeting": b["meeting"], "date": b.get("date"),
            "subject": names(b["subject"], title=True) if b.get("subject") else None,
            "question": b["question"], "majority": b["majority"], "counted": b["counted"], "stated": b["stated"],
            "tally_check": b["tally_check"], "source": cite(b["meeting"], b["vote_page"]), "quote": b["vote_quote"],
            "ballots": []})
        if b["position"] or b["person"] or b["seat"]:
            g["ballots"].append({"seat": b["seat"], "person": names(b["person"]), "position": b["position"],
                                 "comment": b["comment"], "source": cite(b["meeting"], b["page"]),
                                 "quote": b["quote"]})
    for g in groups.values():
        g["tally"] = g["stated"] or g["counted"]
    return list(groups.values())


def offline_style() -> str:
    """The pages' one stylesheet, inlined into each page (no network, one file)."""
    return (TEMPLATES / "page.css").read_text(encoding="utf-8")
