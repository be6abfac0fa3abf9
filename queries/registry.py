"""The named queries: one name, an embedded implementation and a Cypher twin, the same rows from both.

Arguments are resolved the same way on both backends (``resolve``): a CR id in any spelling ("cr18",
"CR018"), a seat or a person by key, name, another name form or initials, with close matches suggested.
``queries/backends.py`` runs them on a store.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass

from minutes_kg.extractor.change_ids import ID_RX
from minutes_kg.extractor.keys import cr_id, normalise_seat, slug

from minutes_kg.errors import MinutesKgError

from . import cypher, embedded


@dataclass(frozen=True)
class Query:
    name: str
    help: str
    embedded: Callable
    neo4j: Callable
    args: tuple[str, ...] = ()  # kinds of positional arguments: cr | constituency | person | entity
    optional: tuple[str, ...] = ()  # kinds of positional arguments that may follow them


QUERIES = {q.name: q for q in [
    Query("cr-history", "every event of a change request across meetings, in time order, with quotes",
          embedded.cr_history, cypher.cr_history, ("cr",)),
    Query("votes", "ballots on a change request per constituency and person", embedded.votes, cypher.votes,
          ("cr",)),
    Query("who-decided", "who decided a change request, beside the advisory vote of that meeting",
          embedded.who_decided, cypher.who_decided, ("cr",)),
    Query("constituency", "how one seat voted over time", embedded.constituency, cypher.constituency,
          ("constituency",)),
    Query("seats", "who sat in each seat, per body: first and last meeting seen, deputising",
          embedded.seats, cypher.seats, optional=("constituency",)),
    Query("alignment", "pairwise agreement between seats over all votes", embedded.alignment, cypher.alignment),
    Query("person", "meetings attended, seats held, deputising, actions owned, votes cast",
          embedded.person, cypher.person, ("person",)),
    Query("actions", "actions with their latest status, owners and due dates", embedded.actions, cypher.actions),
    Query("decisions", "decisions with outcome, decider and subjects", embedded.decisions, cypher.decisions),
    Query("documents", "baselined documents with versions and the deciding decision", embedded.documents,
          cypher.documents),
    Query("path", "how two entities connect, with the evidence on each step", embedded.path, cypher.path,
          ("entity", "entity")),
    Query("attendance", "who was present at a meeting (part, deputising) and who sent apologies, with seats",
          embedded.attendance, cypher.attendance, ("meeting",)),
    Query("meeting-votes", "the votes of a meeting ballot by ballot, positions counted against the stated tally",
          embedded.meeting_votes, cypher.meeting_votes, ("meeting",)),
    Query("entities", "the name, id, title, version of every entity (or of the keys given as an option)",
          embedded.entities, cypher.entities),
]}

LABEL_OF_KIND = {"cr": "ChangeRequest", "constituency": "Constituency", "person": "Person", "meeting": "Meeting",
                 "entity": None}
PARAM_OF_KIND = {"cr": "cr", "constituency": "key", "person": "key", "meeting": "key"}


class QueryError(MinutesKgError, ValueError):
    """A query that cannot be run as asked: unknown name, missing argument, nothing by that name."""


def normalise_cr(text: str) -> str:
    """A change id in any spelling as the graph keys it ("cr18" -> CR018, "p272" -> P272), by the
    extractor's table of change ids; a bare number is a programme CR."""
    cid = cr_id(text)
    if not ID_RX.match(cid):
        raise QueryError(f"{text!r} is not a change request id (expected e.g. CR018, P272, CMP262)")
    return cid


def resolve(kind: str, text: str, candidates: Callable[[str | None], list[dict]],
            lookup: Callable[[str], dict | None]) -> str:
    """What ``text`` names: a CR id for kind ``cr``, else a node key. ``lookup(key)`` reads one node (tried
    first: an exact key or a CR id is found without reading every candidate); ``candidates(label)`` the
    nodes of a label (None: all) as {key, name, aliases, initials, id}."""
    label = LABEL_OF_KIND[kind]
    guess = f"cr:{normalise_cr(text)}" if kind == "cr" else text.strip()
    node = lookup(guess) if ":" in guess else None
    if node is not None and (label is None or node.get("label") == label):
        if kind != "cr":
            return guess
        if node.get("id"):  # a CR only named by another's relation has no id of its own: not found as one
            return node["id"]
    return _resolve(kind, text, candidates(label))


def _resolve(kind: str, text: str, candidates: list[dict]) -> str:
    """Key of the node ``text`` names; candidates: {key, name, aliases, initials, id}."""
    if kind == "cr":
        cr = normalise_cr(text)
        if any(c.get("id") == cr for c in candidates):
            return cr
        close = difflib.get_close_matches(cr, sorted(c["id"] for c in candidates if c.get("id")), n=3, cutoff=0.6)
        raise QueryError(f"no change request {cr} in the graph" + (f"; did you mean {', '.join(close)}?" if close
                                                                       else ""))
    t = text.strip()
    by_key = {c["key"]: c for c in candidates}
    if t in by_key:
        return t
    forms: dict[str, set[str]] = {}
    for c in candidates:
        names = [c.get("name") or "", c.get("id") or "", c["key"].split(":", 1)[-1]] + list(c.get("aliases") or [])
        if kind == "constituency":
            names.append(normalise_seat(c.get("name") or ""))
        for n in names:
            if n:
                forms.setdefault(slug(n), set()).add(c["key"])
        for ini in c.get("initials") or []:
            forms.setdefault(ini.lower(), set()).add(c["key"])
    wanted = slug(normalise_seat(t)) if kind == "constituency" else slug(t)
    hits = forms.get(wanted) or forms.get(t.lower()) or set()
    if kind == "constituency" and not hits:
        hits = {c["key"] for c in candidates if slug(c.get("name") or "").startswith(wanted + "-")}
    if len(hits) == 1:
        return hits.pop()
    what = {"constituency": "constituency", "person": "person", "meeting": "meeting", "entity": "entity"}[kind]
    if len(hits) > 1:
        raise QueryError(f"{text!r} names more than one {what}: {', '.join(sorted(hits))}")
    close = difflib.get_close_matches(wanted, sorted(forms), n=3, cutoff=0.5)
    keys = {next(iter(forms[c])) for c in close}
    names = sorted(k.split(":", 1)[1] if kind == "meeting" else k for k in keys)  # a meeting by its id
    raise QueryError(f"no {what} {text!r} in the graph" + (f"; did you mean {', '.join(names)}?" if names else ""))


def bind(q: Query, args: list[str], resolve_arg: Callable[[str, str], str]) -> dict:
    """The query's keyword arguments from its positional ones, each resolved by ``resolve_arg(kind, text)``."""
    if len(args) < len(q.args):
        example = " ".join({"cr": "CR018", "constituency": "'DNO Representative'", "person": "'Sarah Jones'",
                            "meeting": "DAG026", "entity": "person:sarah-jones"}[k] for k in q.args)
        raise QueryError(f"query {q.name} needs {len(q.args)} argument(s), e.g. `minutes-kg query {q.name} {example}`")
    if q.name == "path":
        return {"a": resolve_arg("entity", args[0]), "b": resolve_arg("entity", args[1])}
    if len(args) > len(q.args) + len(q.optional):
        raise QueryError(f"query {q.name} takes at most {len(q.args) + len(q.optional)} argument(s), "
                         f"got {len(args)}: {' '.join(args)}")
    bound = {}
    for kind, text in zip(q.args + q.optional, args):
        bound[PARAM_OF_KIND[kind]] = resolve_arg(kind, text)
    return bound


def get(name: str) -> Query:
    if name not in QUERIES:
        close = difflib.get_close_matches(name, list(QUERIES), n=1)
        raise QueryError(f"unknown query {name!r}" + (f"; did you mean {close[0]}?" if close else "")
                         + f" (known: {', '.join(QUERIES)})")
    return QUERIES[name]


def options(name: str, owner: str | None = None, open_only: bool = False, overdue: bool = False,
            as_of: str | None = None, meeting: str | None = None, cr: str | None = None) -> dict:
    """The options a query takes, from the command line's (which every query accepts): actions take
    owner, open, overdue as of a date (default today), a meeting (the status it listed) and a CR; decisions a
    meeting and a CR."""
    from datetime import date

    out: dict = {}
    if name == "actions":
        out.update(owner=owner, open_only=open_only,
                   overdue_as_of=(as_of or date.today().isoformat()) if overdue else None)
    if name in ("decisions", "actions") and cr:
        out["cr"] = normalise_cr(cr)
    if name in ("decisions", "actions") and meeting:
        out["meeting"] = meeting
    return out
