"""The hard cases of DOMAIN.md, each on the real DAG026 minutes (samples/dag026.pdf)."""

import re

from minutes_kg.extractor.dates import parse_date, parse_time_range
from minutes_kg.extractor.votes import stated_tally


def person(record, key):
    return next(p for p in record["people"] if p["key"] == key)


def ballot(record, label):
    return next(b for v in record["votes"] for b in v["ballots"] if b["label"] == label)


def relation(record, rtype, frm, to):
    return [r for r in record["relations"] if (r["type"], r["from"], r["to"]) == (rtype, frm, to)]


def test_inconsistent_initials_resolve_to_one_person(dag026):
    assert set(person(dag026, "person:richard-gwatkin")["initials"]) == {"RW", "RG"}  # listed RW, later RG
    assert set(person(dag026, "person:riccardo-lampini")["initials"]) == {"RLam", "RLamp"}
    assert set(person(dag026, "person:carolyn-burns")["initials"]) == {"CBu", "CBU"}
    assert ballot(dag026, "Elexon Representative (as central systems provider)")["person"] == \
        "person:riccardo-lampini"
    assert ballot(dag026, "Small Supplier Representative")["person"] == "person:carolyn-burns"


def test_colliding_initials_settled_by_the_voting_row(dag026):
    assert "SC" in person(dag026, "person:seth-chapman")["initials"]
    assert "SC" in person(dag026, "person:sean-cooper")["initials"]
    b = ballot(dag026, "Supplier Agent Representative (Independent Supplier Agent)")
    assert b["person"] == "person:seth-chapman"
    assert person(dag026, "person:seth-chapman")["constituency"] == \
        "Supplier Agent Representative (Independent Supplier Agent)"
    assert person(dag026, "person:sean-cooper")["constituency"] is None
    # and the plain seat stays with its other holder
    assert ballot(dag026, "Supplier Agent Representative")["person"] == "person:robert-langdon"


def test_name_variants_in_owner_cells(dag026):
    action = next(a for a in dag026["actions"] if a["id"] == "DAG26-01")
    assert action["owner_text"] == "Programme (Matt McKeon)"
    assert action["owners"] == ["org:programme", "person:matthew-mckeon"]
    assert not any(p["key"] == "person:matt-mckeon" for p in dag026["people"])
    recco = next(a for a in dag026["actions"] if a["id"] == "DAG26-03")
    assert recco["owners"] == ["org:recco", "person:sarah-jones"]


def test_deputising(dag026):
    cd = person(dag026, "person:catherine-duggan")
    assert cd["on_behalf_of"] == "person:david-yeoman" and cd["attendance"] == "present"
    assert person(dag026, "person:david-yeoman")["attendance"] == "apologies"
    assert person(dag026, "person:andrew-green")["attendance"] == "mentioned"
    assert relation(dag026, "DEPUTISED_FOR", "person:catherine-duggan", "person:david-yeoman")
    assert relation(dag026, "DEPUTISED_FOR", "person:gareth-evans", "person:andrew-green")


def test_voting_table_rows_ticks_absence_and_qualified_seats(dag026):
    (vote,) = dag026["votes"]
    assert vote["subject"] == "cr:CR018"
    assert len(vote["ballots"]) == 13
    seats = [b["constituency"] for b in vote["ballots"]]
    assert "Supplier Agent Representative" in seats
    assert "Supplier Agent Representative (Independent Supplier Agent)" in seats
    assert "Elexon Representative" in seats  # "(as central systems provider)" describes the seat
    consumer = ballot(dag026, "Consumer Representative")
    assert consumer["position"] == "absent" and consumer["person"] is None
    assert ballot(dag026, "DNO Representative")["position"] == "for"
    assert ballot(dag026, "National Grid ESO")["position"] == "abstain"
    assert ballot(dag026, "RECCo Representative")["position"] == "against"


def test_table_across_page_break_and_wrapped_cells(dag026):
    (vote,) = dag026["votes"]
    pages = {ev["page"] for b in vote["ballots"] for ev in b["evidence"][1:]}  # comment evidence
    assert len(pages) >= 2, "the voting comments table crosses a page break"
    sj = ballot(dag026, "RECCo Representative")["comment"]
    assert sj.startswith("SJ advised rejection was based on the current clarity of the solution.")
    assert sj.endswith("potentially widened the scope of the CR to include non-out-of-hours operation.")
    for b in vote["ballots"]:
        if b["position"] != "absent":
            assert b["comment"] and b["person"], b["label"]


def test_decision_against_the_vote_is_kept_apart(dag026):
    (vote,) = dag026["votes"]
    assert vote["tally"] == {"for": 4, "against": 6, "abstain": 2, "absent": 1}
    dec = next(d for d in dag026["decisions"] if d["id"] == "DAG-DEC60")
    assert dec["outcome"] == "approved" and dec["decided_by"] == "SRO"
    assert relation(dag026, "APPROVED", "decision:DAG-DEC60", "cr:CR018")
    assert relation(dag026, "REJECTED", "decision:DAG-DEC60", "cr:CR017")
    assert relation(dag026, "MUTUALLY_EXCLUSIVE_WITH", "cr:CR017", "cr:CR018")


def test_counts_in_words_match_the_table(dag026):
    (vote,) = dag026["votes"]
    assert vote["stated_tally"] == vote["tally"]
    assert not any("stated tally" in w for w in dag026["warnings"])


def test_counts_in_words_parsed():
    s = "The Chair summarised that six DAG members voted to reject, four voted to approve, two abstained, " \
        "and one was not in attendance."
    assert stated_tally(s) == {"against": 6, "for": 4, "abstain": 2, "absent": 1}
    assert stated_tally("9 voted for, 1 against and 2 abstentions") == {"for": 9, "against": 1, "abstain": 2}


def test_dates_and_times():
    assert parse_date("12 July 2023") == "2023-07-12"
    assert parse_date("09/08/2023") == "2023-08-09"  # day first
    assert parse_date("ASAP") is None
    assert parse_date("31/02/2023") is None  # no such day: not guessed
    assert parse_time_range("12 July 2023 10:00-13:30") == ("10:00", "13:30")


def test_dates_in_the_record(dag026):
    m = dag026["meeting"]
    assert (m["date"], m["start"], m["end"], m["issued"], m["next_meeting"]) == \
        ("2023-07-12", "10:00", "13:30", "2023-07-19", "2023-08-09")
    asap = next(a for a in dag026["actions"] if a["id"] == "DAG26-03")
    assert asap["due"] is None and asap["due_text"] == "ASAP"
    d1 = next(a for a in dag026["actions"] if a["id"] == "DAG26-01")
    assert d1["due"] == "2023-08-09" and d1["due_text"] == "09/08/2023"


def test_running_header_and_footer_are_not_content(dag026, root):
    from minutes_kg.extractor.pdf_pages import parse_pdf

    parsed = parse_pdf(root / "samples" / "dag026.pdf")
    assert parsed.header_footer, "a running header/footer was found"
    for page, text in parsed.page_texts.items():
        assert not re.search(r"Page \d+ of \d+", text), page
    quotes = [ev["quote"] for sect in ("people", "actions", "decisions") for x in dag026[sect]
              for ev in x["evidence"]]
    assert not any("Page " in q and " of " in q and "Classification" in q for q in quotes)


def test_every_quote_is_on_its_page(dag026, root):
    from minutes_kg.extractor.pdf_pages import parse_pdf

    parsed = parse_pdf(root / "samples" / "dag026.pdf")
    norm = {p: re.sub(r"\s+", " ", t) for p, t in parsed.page_texts.items()}
    whole = " ".join(norm[p] for p in sorted(norm))

    def check(ev):
        q = re.sub(r"\s+", " ", ev["quote"])
        assert q in whole, q
        # the quote starts on the page it names (a sentence may run onto the next page)
        assert any(q[:25] in norm.get(p, "") for p in (ev["page"], ev["page"] - 1)), (ev["page"], q)

    for sect in ("people", "change_requests", "documents", "decisions", "actions", "relations"):
        for item in dag026[sect]:
            assert item["evidence"], (sect, item.get("key") or item.get("type"))
            for ev in item["evidence"]:
                check(ev)
    for v in dag026["votes"]:
        for b in v["ballots"]:
            for ev in b["evidence"]:
                check(ev)


def test_stated_tally_that_disagrees_is_kept_with_a_warning(records):
    """CCAG012's Chair says five voted for; the table ticks four (a deliberate sample error)."""
    (vote,) = records["CCAG012"]["votes"]
    assert vote["tally"] == {"for": 4, "against": 3, "abstain": 4, "absent": 1}
    assert vote["stated_tally"] == {"for": 5, "against": 3, "abstain": 4, "absent": 1}
    assert any(vote["key"] in w and "differs" in w for w in records["CCAG012"]["warnings"])


def test_columns_in_another_order(records):
    """CCAG tables: actions 'Ref | Area | Action | Due Date | Owner', votes 'Constituency | Abstain | Against | For'."""
    rec = records["CCAG011"]
    action = next(a for a in rec["actions"] if a["id"] == "CCAG11-03")
    assert action["owner_text"] == "UKPN (Peter Waymont)" and action["due_text"] == "ASAP"
    (vote,) = rec["votes"]
    assert vote["tally"] == {"for": 7, "against": 2, "abstain": 2, "absent": 1}
    assert vote["stated_tally"] == vote["tally"]


def test_actions_closed_in_the_text_and_kept_open_otherwise(records):
    rec = records["DAG027"]
    status = {a["id"]: a["status"] for a in rec["actions"]}
    assert status["DAG26-02"] == status["DAG26-03"] == "closed"  # "DAG26-02 and DAG26-03: Closed."
    assert status["DAG26-04"] == "open"  # "The re-issued IA on CR024 closed ... The action remains open"
    assert status["DAG26-01"] == "open"
