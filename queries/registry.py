"""The named queries: one name, an embedded implementation and a Cypher twin, the same rows from both."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import cypher, embedded


@dataclass(frozen=True)
class Query:
    name: str
    help: str
    embedded: Callable
    neo4j: Callable
    needs_cr: bool = False


QUERIES = {q.name: q for q in [
    Query("cr-history", "every event of a change request across meetings, in time order, with quotes",
          embedded.cr_history, cypher.cr_history, needs_cr=True),
    Query("votes", "ballots on a change request per constituency and person", embedded.votes, cypher.votes,
          needs_cr=True),
    Query("actions", "actions with their latest status, owners and due dates", embedded.actions, cypher.actions),
    Query("decisions", "decisions with outcome, decider and subjects", embedded.decisions, cypher.decisions),
]}


class QueryError(ValueError):
    pass


def normalise_cr(text: str) -> str:
    m = re.fullmatch(r"\s*(?:CR)?\s*-?(\d{1,3})\s*", text, re.I)
    if not m:
        raise QueryError(f"{text!r} is not a change request id (expected e.g. CR018)")
    return f"CR{int(m.group(1)):03d}"


def run_embedded(name: str, graph, **args) -> list[dict]:
    q = _get(name)
    if q.needs_cr:
        args["cr"] = _known_cr(normalise_cr(args["cr"]), [a.get("id") for _, a in graph.nodes(data=True)
                                                         if a.get("label") == "ChangeRequest"])
    return q.embedded(graph, **args)


def run_neo4j(name: str, store, **args) -> list[dict]:
    q = _get(name)
    with store.session() as s:
        if q.needs_cr:
            known = [r["id"] for r in s.run("MATCH (c:ChangeRequest) RETURN c.id AS id")]
            args["cr"] = _known_cr(normalise_cr(args["cr"]), known)
        return q.neo4j(s, **args)


def _get(name: str) -> Query:
    if name not in QUERIES:
        raise QueryError(f"unknown query {name!r}; known: {', '.join(QUERIES)}")
    return QUERIES[name]


def _known_cr(cr: str, known: list[str]) -> str:
    if cr in known:
        return cr
    import difflib

    close = difflib.get_close_matches(cr, sorted(k for k in known if k), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise QueryError(f"no change request {cr} in the graph{hint}")
