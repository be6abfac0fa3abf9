"""Cross-document resolution of people's names (graph/resolve.py over graph/person_names.py): first names
from the nicknames dataset, name parts from nameparser, and the rules that keep two people apart.

The pure tests call resolve_people on names; the store tests ingest small real PDFs (tests/pdfmaker.py)
through the CLI, as a user would, and read the store and `minutes-kg resolve --report`.
"""

import json

import pytest
from conftest import cli
from minutes_kg.extractor.record import extract
from minutes_kg.graph.load import load
from minutes_kg.graph.person_names import parse, same_person
from minutes_kg.graph.resolve import resolve_people, surname
from minutes_kg.graph.store import open_store
from pdfmaker import B, make_pdf


def key(name):
    return "person:" + name.lower().replace(" ", "-").replace(".", "")


def merged(*names, **kw):
    """alias name -> (canonical name, reason) for the people ``names``."""
    people = {key(n): n for n in names}
    return {people[m.alias]: (people[m.canonical], m.reason) for m in resolve_people(people, **kw)}


# ---------------------------------------------------------------- first names from the nicknames dataset


@pytest.mark.parametrize("short,full", [("Kate", "Katherine"), ("Sue", "Susan"), ("Jack", "John"),
                                        ("Harry", "Henry"), ("Peggy", "Margaret")])
def test_a_nickname_and_its_name_merge_with_the_reason(short, full):
    got = merged(f"{short} Brown", f"{full} Brown")
    assert got == {f"{short} Brown": (f"{full} Brown",
                                      f"same surname 'brown'; {short} ~ {full} (nickname, nicknames dataset)")}
    # symmetric: the order the names come in changes nothing
    assert resolve_people({key(f"{full} Brown"): f"{full} Brown", key(f"{short} Brown"): f"{short} Brown"}) \
        == resolve_people({key(f"{short} Brown"): f"{short} Brown", key(f"{full} Brown"): f"{full} Brown"})


def test_nicknames_of_one_name_merge_through_it():
    got = merged("Kate Brown", "Katie Brown", "Katherine Brown")
    assert {a: c for a, (c, _) in got.items()} == {"Kate Brown": "Katherine Brown", "Katie Brown": "Katherine Brown"}
    assert "Katie ~ Katherine (nickname of a nickname, via Katy, nicknames dataset)" in got["Katie Brown"][1]
    assert "both nicknames of" in same_person("Kate Brown", "Katie Brown")


def test_a_first_name_that_is_no_form_of_the_other_does_not_merge():
    assert merged("Sarah Jones", "Sam Jones") == {}
    # names the dataset links only through a third name that is not theirs stay apart
    assert merged("Bill Smith", "Bob Smith") == {} and merged("Olivia Lee", "Oliver Lee") == {}


def test_the_earlier_rules_still_hold():
    got = merged("Rich Gwatkin", "Richard Gwatkin", "Matt McKeon", "Matthew McKeon", "Kate Dell", "Catherine Dell")
    assert {a: c for a, (c, _) in got.items()} == {
        "Rich Gwatkin": "Richard Gwatkin", "Matt McKeon": "Matthew McKeon", "Kate Dell": "Catherine Dell"}
    assert got["Kate Dell"][1].endswith("Kate ~ Catherine (nickname, project table)")
    assert merged("Fran Ellis", "Francesca Ellis")["Fran Ellis"][1].endswith("Fran is a prefix of Francesca")


# ---------------------------------------------------------------- Chris: one nickname of two names


def test_chris_merges_with_christine_when_nothing_conflicts():
    got = merged("Chris Smith", "Christine Smith")
    assert got == {"Chris Smith": ("Christine Smith",
                                   "same surname 'smith'; Chris ~ Christine (nickname, nicknames dataset)")}


def test_chris_beside_christine_and_christopher_merges_with_neither():
    """Chris is a nickname of both; Christine and Christopher are two people, so which one Chris is
    cannot be told: the rule is to merge no one on conflicting evidence, and the report says so."""
    from minutes_kg.graph.resolve import kept_apart

    names = ["Chris Smith", "Christine Smith", "Christopher Smith"]
    assert merged(*names) == {}
    assert [(h.keys, h.reason) for h in kept_apart({key(n): n for n in names})] == [
        (("person:chris-smith",), "fits both person:christine-smith and person:christopher-smith, who are two "
                                  "people: merged with neither")]


# ---------------------------------------------------------------- name parts from nameparser


def test_titles_and_post_nominals_are_set_aside_and_said_so():
    assert merged("Dr Sarah Jones", "Sarah Jones") == {
        "Dr Sarah Jones": ("Sarah Jones", "same surname 'jones'; same first name Sarah; title 'Dr' set aside")}
    got = merged("Sarah Jones OBE", "Prof Sarah Jones", "Sarah Jones")
    assert {a: c for a, (c, _) in got.items()} == {"Sarah Jones OBE": "Sarah Jones", "Prof Sarah Jones": "Sarah Jones"}
    assert "post-nominal 'OBE' set aside" in got["Sarah Jones OBE"][1]
    assert merged("Cllr Baroness Kate Brown", "Katherine Brown KC")["Cllr Baroness Kate Brown"][1] == (
        "same surname 'brown'; Kate ~ Katherine (nickname, nicknames dataset); title 'Cllr Baroness' set aside; "
        "post-nominal 'KC' set aside")


def test_a_surname_alone_is_filed_under_it_but_never_merges():
    """'Jones OBE' (a surname and a post-nominal) is Jones, not 'obe'; without a first name it fits every Jones."""
    assert surname("Jones OBE") == "jones" and surname("Sarah Jones OBE") == "jones"
    assert parse("Jones OBE").first == "" and parse("Dr Jones").surname == "jones"
    assert merged("Jones OBE", "Sarah Jones") == {} and merged("Dr Jones", "Sarah Jones") == {}


def test_particles_and_hyphens_stay_in_the_surname():
    assert parse("Mary van der Berg").surname == "van der berg" and surname("Mary van der Berg") == "berg"
    assert parse("Anne Smith-Jones").surname == "smith-jones"
    assert parse("Sean O'Brien").surname == "o'brien" and parse("Ana da Silva").surname == "da silva"
    assert merged("Mary van der Berg", "M van der Berg") == {
        "M van der Berg": ("Mary van der Berg", "same surname 'van der berg'; M is an initial of Mary")}
    # another surname ending in the same word is another family
    assert merged("Mary Berg", "Mary van der Berg") == {}
    assert merged("Anne Smith-Jones", "Anne Jones") == {}


def test_plain_names_skip_the_parser_and_read_as_it_would():
    from minutes_kg.graph.person_names import parse_with_nameparser

    plain = ["Sarah Jones", "Anne Smith Jones", "Ben Roe", "Katherine Brown", "Dean Smith", "Will Power",
             "Matthew McKeon", "Rich Gwatkin", "Cara Dean", "Mark Bishop", "Ed Major"]
    for name in plain:
        assert parse(name) == parse_with_nameparser(name), name
    # words the parser treats specially go through it
    assert parse("Dame Judi Dench").titles == "Dame" and parse("Hannah St John").surname == "st john"


def test_initials():
    assert parse("J. Smith").first == "j" and parse("JS Smith").first == "j" and parse("JS Smith").middles == ("s",)
    assert merged("J. Smith", "Jane Smith")["J. Smith"][1].endswith("J is an initial of Jane")
    # "JS" alone is initials, not a name: no surname, never merged
    assert surname("JS") == "" and merged("JS", "Jane Smith") == {}
    # an initial that fits two people who are not one is neither
    assert merged("J Smith", "Jane Smith", "John Smith") == {}
    # middle names that disagree are two people
    assert merged("John A Smith", "John B Smith") == {}


# ---------------------------------------------------------------- kept apart


def test_two_people_named_in_one_meeting_never_merge():
    people = {key("Kate Brown"): "Kate Brown", key("Katherine Brown"): "Katherine Brown"}
    assert resolve_people(people, apart=[list(people)]) == []
    # nor through a third: Katie fits both, and they are two people
    people[key("Katie Brown")] = "Katie Brown"
    assert resolve_people(people, apart=[[key("Kate Brown"), key("Katherine Brown")]]) == []


def test_people_named_together_in_a_stored_meeting_stay_apart():
    people = {key("Kate Brown"): "Kate Brown", key("Katherine Brown"): "Katherine Brown",
              key("Sue Smith"): "Sue Smith", key("Susan Smith"): "Susan Smith", key("Ben Roe"): "Ben Roe"}
    asked = []

    def named_together(pairs):
        asked.append(pairs)
        return [p for p in pairs if key("Kate Brown") in p]

    got = resolve_people(people, named_together=named_together)
    assert [(m.alias, m.canonical) for m in got] == [(key("Sue Smith"), key("Susan Smith"))]
    # asked once, with only the pairs that could merge
    assert asked == [[(key("Kate Brown"), key("Katherine Brown")), (key("Sue Smith"), key("Susan Smith"))]]


def test_aliases_file_still_forces_and_vetoes():
    people = {key("Kate Brown"): "Kate Brown", key("Katherine Brown"): "Katherine Brown",
              key("Sarah Jones"): "Sarah Jones", key("Sam Jones"): "Sam Jones"}
    veto = {"merge": [], "veto": [[key("Kate Brown"), key("Katherine Brown")]]}
    assert resolve_people(people, veto) == []
    from minutes_kg.graph.resolve import kept_apart

    assert [(h.keys, h.reason) for h in kept_apart(people, veto)] == [
        ((key("Kate Brown"), key("Katherine Brown")), "vetoed by the aliases file")]
    forced = resolve_people(people, {"merge": [[key("Sam Jones"), key("Sarah Jones")]], "veto": []})
    assert {(m.alias, m.canonical, m.reason) for m in forced} == {
        (key("Sam Jones"), key("Sarah Jones"), "forced by the aliases file"),
        (key("Kate Brown"), key("Katherine Brown"),
         "same surname 'brown'; Kate ~ Katherine (nickname, nicknames dataset)")}


def test_resolution_grows_with_the_surname_blocks_not_the_archive():
    """Ten thousand people under a thousand surnames: each is compared only within its surname."""
    import time

    firsts = ["Kate", "Katherine", "Sue", "Susan", "Jack", "John", "Harry", "Henry", "Peggy", "Margaret"]
    people = {f"person:{f}-s{i}".lower(): f"{f} S{i}x" for i in range(1000) for f in firsts}
    t = time.perf_counter()
    got = resolve_people(people)
    elapsed = time.perf_counter() - t
    assert len(got) == 5000  # one merge per pair per surname
    assert elapsed < 20, elapsed


# ---------------------------------------------------------------- through the real store


TITLE = "Minutes of the Westmere Harbour Board meeting held on {}"
ITEM = [B("1. Minutes of the previous meeting"), "RESOLVED that the minutes of the last meeting be approved."]


def _minutes(path, date, present):
    return make_pdf(path, [B(TITLE.format(date)), f"Present: {present}.", *ITEM])


def test_one_person_as_kate_and_katherine_in_two_real_documents(tmp_path):
    a = _minutes(tmp_path / "march.pdf", "3 March 2025", "Kate Brown (Chair), Ben Roe and Dr Sarah Jones")
    b = _minutes(tmp_path / "april.pdf", "7 April 2025", "Katherine Brown (Chair), Ben Roe and Sarah Jones")
    store = tmp_path / "s.db"
    done = cli("ingest", str(a), str(b), "--store", str(store), "--quiet")
    assert done.returncode == 0, done.stderr
    with open_store(store, create=False) as s:
        people = s.people()
        browns = [k for k, n in people.items() if n.endswith("Brown")]
        assert browns == ["person:katherine-brown"], people
        node = s.node("person:katherine-brown")
        assert node["name"] == "Katherine Brown" and "Kate Brown" in node["aliases"]
        assert s.named_together([("person:katherine-brown", "person:sarah-jones")]) == [
            ("person:katherine-brown", "person:sarah-jones")]
        assert s.named_together([("person:katherine-brown", "person:kate-brown")]) == []  # merged away
    report = cli("resolve", "--report", "--store", str(store), "--format", "json")
    assert report.returncode == 0, report.stderr
    reasons = {m["alias"]: (m["canonical"], m["reason"]) for m in json.loads(report.stdout)}
    assert reasons["person:kate-brown"] == (
        "person:katherine-brown", "same surname 'brown'; Kate ~ Katherine (nickname, nicknames dataset)")
    text = cli("resolve", "--report", "--store", str(store)).stdout
    assert ("person:kate-brown -> person:katherine-brown: same surname 'brown'; "
            "Kate ~ Katherine (nickname, nicknames dataset)") in text


def test_kate_and_katherine_at_one_real_meeting_stay_two_people(tmp_path):
    both = _minutes(tmp_path / "march.pdf", "3 March 2025", "Kate Brown (Chair), Katherine Brown and Ben Roe")
    later = _minutes(tmp_path / "april.pdf", "7 April 2025", "Kate Brown (Chair) and Ben Roe")
    katie = _minutes(tmp_path / "may.pdf", "5 May 2025", "Katie Brown (Chair) and Ben Roe")
    store = tmp_path / "s.db"
    with open_store(store) as s:
        for pdf in (both, later, katie):  # one at a time: each later document meets the stored pair
            assert load(extract(pdf), s).status == "inserted"
    with open_store(store, create=False) as s:
        browns = sorted(k for k, n in s.people().items() if n.endswith("Brown"))
        assert browns == ["person:kate-brown", "person:katherine-brown", "person:katie-brown"]
        assert s.merges() == []
        assert s.named_together([("person:kate-brown", "person:katherine-brown")]) == [
            ("person:kate-brown", "person:katherine-brown")]
        # the meeting being reloaded is read from its new record, not from what it stated before
        march = extract(both)["meeting"]["id"]
        assert s.named_together([("person:kate-brown", "person:katherine-brown")], march) == []
    report = cli("resolve", "--report", "--store", str(store))
    assert report.returncode == 0 and "->" not in report.stdout, report.stdout
    assert report.stdout.splitlines() == [
        "no merges: every person key stands alone",
        "person:kate-brown / person:katherine-brown: not merged: named together in one meeting: two people",
        "person:katie-brown: not merged: fits both person:kate-brown and person:katherine-brown, who are two "
        "people: merged with neither"]


@pytest.mark.neo4j
def test_neo4j_keeps_people_of_one_stored_meeting_apart_and_keeps_merged_names(neo4j_store, tmp_path):
    both = extract(_minutes(tmp_path / "march.pdf", "3 March 2025", "Kate Brown (Chair), Katherine Brown and Ben Roe"))
    later = extract(_minutes(tmp_path / "april.pdf", "7 April 2025", "Kate Brown (Chair) and Ben Roe"))
    moved = extract(_minutes(tmp_path / "may.pdf", "5 May 2025", "Sue Smith (Chair) and Ben Roe"))
    first = extract(_minutes(tmp_path / "june.pdf", "2 June 2025", "Susan Smith (Chair) and Ben Roe"))
    for rec in (both, later, moved, first):
        load(rec, neo4j_store)
    with neo4j_store.driver.session(database=neo4j_store.database) as s:
        people = {r["k"]: (r["n"], r["a"]) for r in s.run(
            "MATCH (p:Person) RETURN p.key AS k, p.name AS n, coalesce(p.aliases, []) AS a")}
    assert {"person:kate-brown", "person:katherine-brown", "person:susan-smith"} <= people.keys()
    assert "person:sue-smith" not in people
    assert people["person:susan-smith"] == ("Susan Smith", ["Sue Smith"])
