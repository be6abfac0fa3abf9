"""Every named query gives the same rows on the embedded graph and on Neo4j, over all samples;
CR histories match what the samples tell, written out by hand."""

import pytest
from minutes_kg.graph.load import load
from minutes_kg.graph.neo4j_store import Neo4jStore
from minutes_kg.graph.store import open_store
from minutes_kg.queries.backends import EmbeddedQueries, Neo4jQueries
from minutes_kg.queries.registry import QueryError

CASES = [
    ("cr-history", ["CR018"], {}), ("cr-history", ["CR024"], {}), ("cr-history", ["CR027"], {}),
    ("cr-history", ["cr30"], {}), ("votes", ["CR018"], {}), ("votes", ["CR027"], {}),
    ("who-decided", ["CR018"], {}), ("who-decided", ["CR024"], {}),
    ("constituency", ["DNO Representative"], {}), ("constituency", ["supplier agent representative"], {}),
    ("seats", [], {}), ("seats", ["dno"], {}), ("alignment", [], {}),
    ("person", ["Sarah Jones"], {}), ("person", ["Matt McKeon"], {}),
    ("person", ["person:catherine-duggan"], {}), ("actions", [], {}), ("actions", [], {"open_only": True}),
    ("actions", [], {"owner": "org:programme", "overdue_as_of": "2023-09-01"}),
    ("actions", [], {"cr": "CR024"}),
    ("decisions", [], {}), ("decisions", [], {"meeting": "DAG026"}), ("decisions", [], {"cr": "CR027"}),
    ("documents", [], {}), ("path", ["Sarah Jones", "CR018"], {}), ("path", ["Seth Chapman", "org:ukpn"], {}),
]


@pytest.fixture(scope="module")
def embedded(records, tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("q") / "store.db")
    for r in records.values():
        load(r, store)
    yield EmbeddedQueries(store)
    store.close()


@pytest.fixture(scope="module")
def neo4j_loaded(records, neo4j_server):
    store = Neo4jStore(neo4j_server["uri"], neo4j_server["user"], neo4j_server["password"],
                       neo4j_server["database"])
    store.clear()
    for r in records.values():
        load(r, store)
    yield Neo4jQueries(store)
    store.close()


@pytest.mark.neo4j
@pytest.mark.parametrize("name,args,options", CASES, ids=[f"{c[0]}-{'-'.join(c[1])}" for c in CASES])
def test_same_rows_on_both_backends(name, args, options, embedded, neo4j_loaded):
    rows = embedded.run(name, args, **options)
    assert rows, f"{name} {args} found nothing on the samples"
    assert neo4j_loaded.run(name, args, **options) == rows


@pytest.mark.neo4j
@pytest.mark.parametrize("kind,text", [("cr", "cr18"), ("person", "Matt McKeon"), ("person", "person:sarah-jones"),
                                       ("constituency", "dno"), ("entity", "CR018"), ("entity", "org:ukpn")])
def test_arguments_resolve_alike_on_both_backends(kind, text, embedded, neo4j_loaded):
    assert embedded.resolve(kind, text) == neo4j_loaded.resolve(kind, text)


def _events(rows):
    return [(r["date"], r["meeting"], r["event"], r["actor"], r["decision"], r["detail"]) for r in rows]


def test_cr027_history(embedded):
    """Raised by UKPN on 06 June 2023 (DAG025), issued for IA at DAG026 (DAG-DEC58), voted 9/1/2/1 and
    approved by the SRO for Interim Release 4 at DAG027 (DAG-DEC63)."""
    events = _events(embedded.run("cr-history", ["CR027"]))
    key = [(d, m, e) for d, m, e, *_ in events]
    assert key == [
        ("2023-06-06", "DAG025", "raised"), ("2023-06-14", "DAG025", "discussed"),
        ("2023-06-28", "CCAG011", "discussed"), ("2023-07-12", "DAG026", "discussed"),
        ("2023-07-12", "DAG026", "issued for impact assessment"), ("2023-07-26", "CCAG012", "discussed"),
        ("2023-08-09", "DAG027", "discussed"), ("2023-08-09", "DAG027", "voted"),
        ("2023-08-09", "DAG027", "approved"), ("2023-08-09", "DAG027", "scheduled for")]
    assert events[0][3] == "org:ukpn"
    assert ("2023-08-09", "DAG027", "voted", "vote:DAG027:CR027", None,
            "for 9, against 1, abstain 2, absent 1") in events
    assert ("2023-08-09", "DAG027", "approved", "SRO", "DAG-DEC63", None) in events
    assert events[-1][5] == "release:ir4"


def test_cr018_history_keeps_the_vote_apart_from_the_decision(embedded):
    events = _events(embedded.run("cr-history", ["CR018"]))
    assert ("2023-07-12", "DAG026", "voted", "vote:DAG026:CR018", None, "for 4, against 6, abstain 2, absent 1") \
        in events
    assert ("2023-07-12", "DAG026", "approved", "SRO", "DAG-DEC60", None) in events
    assert ("2023-06-14", "DAG025", "mutually exclusive with", None, None, "cr:CR017") in events
    assert not any(e[2] == "approved" and e[1] == "DAG025" for e in events)  # DAG-DEC53 deferred it
    assert events[-1][:3] == ("2023-08-09", "DAG027", "scheduled for") and events[-1][5] == "release:ir5"


def test_cr024_history(embedded):
    """Raised by RECCo on 15 March 2023; voted 7/2/2/1 at CCAG011; v2.0 issued for a further IA at DAG026;
    approved by the SRO ex-committee (DAG-DEC62) and scheduled for IR4 at DAG027."""
    events = _events(embedded.run("cr-history", ["CR024"]))
    assert events[0][:4] == ("2023-03-15", "CCAG011", "raised", "org:recco")
    assert [e[2] for e in events].count("raised") == 1
    assert ("2023-06-28", "CCAG011", "voted", "vote:CCAG011:CR024", None, "for 7, against 2, abstain 2, absent 1") \
        in events
    assert ("2023-07-12", "DAG026", "issued for impact assessment", "meeting:DAG026", None, None) in events
    assert ("2023-08-09", "DAG027", "approved", "SRO", "DAG-DEC62", None) in events
    dates = [e[0] for e in events]
    assert dates == sorted(dates)


def test_who_decided_shows_the_overruled_vote(embedded):
    (row,) = embedded.run("who-decided", ["CR018"])
    assert (row["decision"], row["decided_by"], row["vote_in_meeting"]) == \
        ("DAG-DEC60", "SRO", "for 4, against 6, abstain 2")


def test_seat_holders_over_time(embedded):
    """Written out by hand from the samples' attendee lists (DAG025-027, CCAG011-012)."""
    rows = embedded.run("seats", ["DNO Representative"])
    assert [(r["body"], r["name"], r["first_meeting"], r["last_meeting"], r["meetings"], r["deputising"])
            for r in rows] == [("CCAG", "Peter Waymont", "CCAG011", "CCAG012", 2, 0),
                               ("DAG", "David Yeoman", "DAG025", "DAG027", 2, 0),
                               ("DAG", "Catherine Duggan", "DAG026", "DAG026", 1, 1)]
    medium = [(r["body"], r["name"], r["first_seen"], r["last_seen"], r["deputising"])
              for r in embedded.run("seats", ["medium supplier"])]
    assert medium == [("CCAG", "Amira Khan", "2023-06-28", "2023-06-28", 1),
                      ("CCAG", "Vladimir Black", "2023-07-26", "2023-07-26", 0),
                      ("DAG", "Vladimir Black", "2023-06-14", "2023-08-09", 0)]
    every = embedded.run("seats")
    assert {r["seat"] for r in every} >= {"DNO Representative", "iDNO Representative", "RECCo Representative"}
    assert sum(r["meetings"] for r in every) == embedded.store.counts()["relationships"]["REPRESENTS"]


def test_helpful_errors(embedded):
    with pytest.raises(QueryError, match="did you mean"):
        embedded.run("cr-history", ["CR028"])
    with pytest.raises(QueryError, match="no person"):
        embedded.run("person", ["Nobody Atall"])
    with pytest.raises(QueryError, match="unknown query"):
        embedded.run("cr-histry", ["CR018"])
    with pytest.raises(QueryError, match="at most 1 argument"):
        embedded.run("seats", ["dno", "idno"])


def test_a_change_only_named_by_a_relation_is_not_found_as_a_change(records, tmp_path):
    import copy

    rec = copy.deepcopy(records["DAG026"])
    rec["relations"].append({"type": "MUTUALLY_EXCLUSIVE_WITH", "from": "cr:CR018", "to": "cr:CR099", "evidence": []})
    with open_store(tmp_path / "s.db") as store:
        load(rec, store)
        assert store.node("cr:CR099") is not None  # the relation made the node, without an id
        with pytest.raises(QueryError, match="no change request CR099"):
            EmbeddedQueries(store).run("cr-history", ["CR099"])
