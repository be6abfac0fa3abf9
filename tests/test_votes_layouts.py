"""Votes in the layouts minutes really use (LAYOUTS.md section 7), each on a small real PDF.

Every test writes a PDF with tests/pdfmaker.py, parses it with the extractor's one PDF pass and
reads its votes from the parsed blocks, with a roster of the people the minutes list.
"""

import re
from pathlib import Path

import pytest
from minutes_kg.extractor.pdf_pages import TableBlock, parse_pdf
from minutes_kg.extractor.roster import Person, Roster
from minutes_kg.extractor.sections import Item
from minutes_kg.extractor.symbol_glyphs import normalise_chars
from minutes_kg.extractor.votes import read_votes
from pdfmaker import B, T, make_pdf

ROOT = Path(__file__).resolve().parents[1]
MEMBERS = [("Ana Lutz", "AL", "Large Supplier Representative"), ("Ben Roe", "BR", "Small Supplier Representative"),
           ("Cara Dean", "CD", "DNO Representative"), ("Dev Fenn", "DF", "iDNO Representative"),
           ("Eve Gale", "EG", "RECCo Representative"), ("Finn Hale", "FH", None)]


def _roster(people=MEMBERS) -> Roster:
    roster = Roster()
    for name, initials, seat in people:
        roster.add(Person(name, [initials], role=seat, constituency=seat,
                          group="Industry Representatives" if seat else "Programme"))
    return roster


def votes_of(tmp_path, *items, people=MEMBERS, meeting="TST001"):
    """Votes of a PDF whose agenda items are given as (title, story) pairs."""
    story, titles = [], []
    for n, (title, blocks) in enumerate(items, start=1):
        story.append(B(f"{n}. {title}"))
        titles.append(f"{n}. {title}")
        story.extend(blocks)
    parsed = parse_pdf(make_pdf(tmp_path / "votes.pdf", story))
    agenda: list[Item] = []
    for b in parsed.blocks:
        if not isinstance(b, TableBlock) and b.text in titles:
            number, title = b.text.split(". ", 1)
            agenda.append(Item(number=number, title=title, page=b.page, blocks=[]))
        elif agenda:
            agenda[-1].blocks.append(b)
    warnings: list[str] = []
    votes = read_votes(agenda, meeting, _roster(people), warnings)
    _check_quotes(parsed, votes)
    return votes, warnings


def _check_quotes(parsed, votes) -> None:
    """Every vote and ballot quote is text of the page it names."""
    pages = {p: re.sub(r"\s+", " ", t) for p, t in parsed.page_texts.items()}
    for v in votes:
        for ev in v["evidence"] + [e for b in v["ballots"] for e in b["evidence"]]:
            assert ev["quote"] and re.sub(r"\s+", " ", ev["quote"]) in pages[ev["page"]], ev


def by_label(vote):
    return {b["label"]: b for b in vote["ballots"]}


# 1. tick tables, every mark, symbol-font glyphs --------------------------------------------------

def test_tick_table_marks_crosses_yes_no_empty_and_absent(tmp_path):
    rows = [["Constituency", "For", "Against", "Abstain"],
            ["Large Supplier Representative", "✓", "", ""],
            ["Small Supplier Representative", "", "✗", ""],       # a lone cross marks its column
            ["DNO Representative", "Yes", "No", "No"],            # Yes / No cells
            ["iDNO Representative", "", "", "X"],
            ["RECCo Representative", "☑", "✗", ""],              # a tick beats a cross
            ["DCC Representative", "", "", ""],                   # an empty row is no mark
            ["Consumer Representative", "Constituency representative not in attendance", "", ""]]
    (vote,), _ = votes_of(tmp_path, ("CR 045 Window", ["Members were asked whether they approve CR045.", T(rows)]))
    got = {label: b["position"] for label, b in by_label(vote).items()}
    assert got == {"Large Supplier Representative": "for", "Small Supplier Representative": "against",
                   "DNO Representative": "for", "iDNO Representative": "abstain", "RECCo Representative": "for",
                   "DCC Representative": None, "Consumer Representative": "absent"}
    assert vote["tally"] == {"for": 3, "against": 1, "abstain": 1, "absent": 1}
    assert by_label(vote)["Large Supplier Representative"]["person"] == "person:ana-lutz"  # the seat's holder
    assert by_label(vote)["Consumer Representative"]["person"] is None
    assert vote["key"] == "vote:TST001:CR045" and vote["subject"] == "cr:CR045"


def test_symbol_font_glyphs_become_the_marks_they_show():
    """Where the font decides (reportlab cannot embed a font with a U+F0FC glyph: checked at the char level)."""
    chars = [{"text": "\uf0fc", "fontname": "CAAAAA+OpenSymbol"},   # a Wingdings tick after font substitution
             {"text": "\uf0fb", "fontname": "Wingdings-Regular"},
             {"text": "ü", "fontname": "ABCDEF+Wingdings-Regular"},   # the Latin-1 code in the symbol font
             {"text": "þ", "fontname": "Wingdings"},
             {"text": "P", "fontname": "Wingdings2"},
             {"text": "ü", "fontname": "ABCDEF+Calibri"},             # a letter in a text font stays a letter
             {"text": "P", "fontname": "Arial-BoldMT"}]
    normalise_chars(chars)
    assert [c["text"] for c in chars] == ["✔", "✘", "✔", "☑", "✔", "ü", "P"]


SAMPLE = ROOT / "samples" / "layouts" / "docx-psg-yesno.pdf"


@pytest.mark.skipif(not SAMPLE.exists(), reason="layout sample not built")
def test_wingdings_ticks_of_a_word_document_are_read(tmp_path):
    """The DOCX sample types its ticks in Wingdings (U+F0FC in the text layer)."""
    parsed = parse_pdf(SAMPLE)
    table = next(b for b in parsed.blocks if isinstance(b, TableBlock) and "Approve" in b.header)
    cells = [c for row in table.rows for c in row if c]
    assert "✔" in cells and not any("\uf0fc" in c for c in cells)
    votes = read_votes([Item(number="1", title="", page=1, blocks=list(parsed.blocks))], "PCSG014", Roster(), [])
    vote = next(v for v in votes if v["ballots"])
    assert vote["key"] == "vote:PCSG014:CR045"
    assert vote["tally"] == {"for": 7, "against": 2, "abstain": 1, "absent": 1} == vote["stated_tally"]


# 2. one position column ---------------------------------------------------------------------------

def test_seat_table_with_the_representatives_named(tmp_path):
    rows = [["Constituency", "Representative", "Vote"],
            ["Large Supplier Representative", "Ana Lutz", "For"],
            ["Small Supplier Representative", "Finn Hale (on behalf of Ben Roe)", "Against"]]
    (vote,), _ = votes_of(tmp_path, ("CR 045", ["Members were asked whether they approve CR045.", T(rows)]))
    assert [(b["constituency"], b["person"], b["position"]) for b in vote["ballots"]] == [
        ("Large Supplier Representative", "person:ana-lutz", "for"),
        ("Small Supplier Representative", "person:finn-hale", "against")]  # the deputy cast it, not the seat holder


def test_single_position_column(tmp_path):
    rows = [["Constituency", "Member", "Recommendation", "Rationale"],
            ["Large Supplier Representative", "AL", "Approve", "Reduces migration risk."],
            ["Small Supplier Representative", "BR", "Against", "Costs small suppliers more."],
            ["DNO Representative", "CD", "Abstain", "No impact on networks."],
            ["iDNO Representative", "DF", "For", "Supports the change."],
            ["RECCo Representative", "–", "–", "Constituency representative not in attendance"]]
    (vote,), warnings = votes_of(tmp_path, ("Recommendation on CR 043", [
        "The group was asked for a recommendation on CR 043.", T(rows),
        "The Chair summarised that two members recommended approval, one recommended rejection, one abstained "
        "and one constituency was not represented."]))
    ballots = by_label(vote)
    assert {k: (b["position"], b["person"]) for k, b in ballots.items()} == {
        "Large Supplier Representative": ("for", "person:ana-lutz"),
        "Small Supplier Representative": ("against", "person:ben-roe"),
        "DNO Representative": ("abstain", "person:cara-dean"),
        "iDNO Representative": ("for", "person:dev-fenn"),
        "RECCo Representative": ("absent", None)}
    assert ballots["DNO Representative"]["comment"] == "No impact on networks."
    assert vote["tally"] == vote["stated_tally"] == {"for": 2, "against": 1, "abstain": 1, "absent": 1}
    assert not warnings and vote["key"] == "vote:TST001:CR043"


# 3. counts in prose, no table ---------------------------------------------------------------------

def test_prose_counts_each_a_vote(tmp_path):
    sentences = {
        "Seven members voted to approve, two against and one abstained.": {"for": 7, "against": 2, "abstain": 1},
        "Show of hands: Yes: 6; No: 2; Abstain: 1.": {"for": 6, "against": 2, "abstain": 1},
        "With five votes in favour and one abstention it was AGREED to approve the change.": {"for": 5, "abstain": 1},
        "The resolution passed by 131 in favour to 3 against, with 4 abstentions.":
            {"for": 131, "against": 3, "abstain": 4},
        "Panel members voted 5-3 to recommend approval.": {"for": 5, "against": 3},
        "By a majority of 7 to 3 the Council approved the plan.": {"for": 7, "against": 3},
        "The proposal was put to the vote: five in favour, none against and one abstention; one member was not "
        "present.": {"for": 5, "against": 0, "abstain": 1, "absent": 1},
    }
    votes, warnings = votes_of(tmp_path, ("Votes", list(sentences)))
    assert [v["stated_tally"] for v in votes] == list(sentences.values())
    assert all(v["tally"] == v["stated_tally"] and v["ballots"] == [] for v in votes)
    assert [v["key"] for v in votes] == [f"vote:TST001:V{n}" for n in range(1, 8)]
    assert votes[2]["result"] == "carried" and votes[0]["result"] is None
    assert votes[1]["evidence"][0]["quote"] == "Show of hands: Yes: 6; No: 2; Abstain: 1." and not warnings


def test_words_that_are_not_votes(tmp_path):
    votes, _ = votes_of(tmp_path, ("Discussion", [
        "Two members raised concerns against the timeline.",
        "The consultation responses were unanimously supportive.",
        "On 12 July the Board reviewed Item 5 and agreed the plan.",
        "Action WG1-02 remains open and is carried forward.",
        "Of the 12 consultation responses, 9 were in favour of the proposal and 3 against.",
        "The deadline was extended by 2 to 3 weeks."]))
    assert votes == []


def test_carried_unanimously_without_numbers(tmp_path):
    (vote,), _ = votes_of(tmp_path, ("Budget", ["The motion to adopt the budget was carried unanimously."]))
    assert vote["unanimous"] is True and vote["result"] == "carried"
    assert vote["tally"] is None and vote["stated_tally"] is None and vote["ballots"] == []


# 4. named divisions and recorded votes --------------------------------------------------------------

def test_named_division(tmp_path):
    (vote,), _ = votes_of(tmp_path, ("Recommendation on P487", [
        "The Chair asked members whether BSC Modification P487 better facilitates the objectives. The vote was as "
        "follows:",
        "For: Ana Lutz, Ben Roe and Cara Dean; Against: Dev Fenn; Abstain: Eve Gale, Gus Ivory."]))
    got = sorted((b["person"], b["position"], b["constituency"], b["label"]) for b in vote["ballots"])
    assert got == [("person:ana-lutz", "for", None, "For"), ("person:ben-roe", "for", None, "For"),
                   ("person:cara-dean", "for", None, "For"), ("person:dev-fenn", "against", None, "Against"),
                   ("person:eve-gale", "abstain", None, "Abstain"),
                   ("person:gus-ivory", "abstain", None, "Abstain")]  # not listed: the key of the name printed
    assert vote["tally"] == {"for": 3, "against": 1, "abstain": 2, "absent": 0} and vote["stated_tally"] is None
    assert vote["key"] == "vote:TST001:P487"


def test_named_division_by_initials_on_the_first_change_the_question_names(tmp_path):
    """'For: AL, BR, CD; Against: DF; Abstain: EG': members by their initials; the question names two changes
    once each ('support CMP481 aligned with CMP482'): the first is the subject, not one a later line mentions."""
    (vote,), _ = votes_of(tmp_path, ("Alignment of two modifications", [
        "The Chair asked members to indicate whether the Forum should support CMP481 proceeding aligned with "
        "CMP482. The voting members recorded their positions as follows:",
        "For: AL, BR, CD; Against: DF; Abstain: EG",
        "The proposal was carried. FH, as the CMP480 proposer, did not take part in the vote."]))
    assert sorted((b["person"], b["position"]) for b in vote["ballots"]) == [
        ("person:ana-lutz", "for"), ("person:ben-roe", "for"), ("person:cara-dean", "for"),
        ("person:dev-fenn", "against"), ("person:eve-gale", "abstain")]
    assert vote["key"] == "vote:TST001:CMP481"


def test_named_division_one_position_a_line(tmp_path):
    (vote,), _ = votes_of(tmp_path, ("Recommendation", [
        "The Chair asked whether the Workgroup supports the Original Proposal. Members voted as follows:",
        "For: Ana Lutz, Ben Roe", "Against: Cara Dean", "Abstain: None", "The Chair thanked members."]))
    assert sorted((b["person"], b["position"]) for b in vote["ballots"]) == [
        ("person:ana-lutz", "for"), ("person:ben-roe", "for"), ("person:cara-dean", "against")]
    assert vote["tally"] == {"for": 2, "against": 1, "abstain": 0, "absent": 0}


def test_recorded_vote_table_checks_the_count_column(tmp_path):
    rows = [["Vote", "Councillors", "Count"],
            ["For", "A Lutz, Mrs B Roe and Dr C Dean", "3"],
            ["Against", "D Fenn", "2"],
            ["Abstain", "None", "0"],
            ["Conflict Of Interests", "None", "0"]]
    (vote,), warnings = votes_of(tmp_path, ("Library closure", [
        "Moved by Councillor Lutz Seconded by Councillor Roe That the Council objects to the closure.",
        T(rows), "Motion status: Carried"]))
    got = sorted((b["person"], b["position"]) for b in vote["ballots"])
    assert got == [("person:ana-lutz", "for"), ("person:ben-roe", "for"), ("person:cara-dean", "for"),
                   ("person:dev-fenn", "against")]
    assert all(b["constituency"] is None for b in vote["ballots"])
    assert vote["stated_tally"] == {"for": 3, "against": 2, "abstain": 0}
    assert vote["tally"] == {"for": 3, "against": 1, "abstain": 0, "absent": 0}
    assert any(vote["key"] in w and "differs" in w for w in warnings)
    assert (vote["moved_by"], vote["seconded_by"], vote["result"]) == ("person:ana-lutz", "person:ben-roe", "carried")
    assert vote["question"] == "That the Council objects to the closure."


# 5. moved, seconded, carried / lost -----------------------------------------------------------------

def test_moved_seconded_forms(tmp_path):
    votes, _ = votes_of(
        tmp_path,
        ("Report", ["Moved by Councillor Lutz", "Seconded by Councillor Roe", "That the report be adopted.",
                    "Carried"]),
        ("Fees", ["Proposed by: Cllr A Lutz    Seconded by: Cllr C Dean", "The motion was lost."]),
        ("Grant", ["The grant was proposed by Cllr Dean, seconded by Cllr Fenn and unanimously approved."]),
        ("Timetable", ["A proposal to extend the timetable was moved by Eve Gale, seconded by Finn Hale, and "
                       "carried."]),
        ("Leave", ["RESOLVED (Lutz/Roe) That leave of absence be granted to Councillor Dean."]),
        ("Venue", ["RESOLVED ON THE MOTION OF COUNCILLOR FENN, seconded by COUNCILLOR GALE, THAT the venue be "
                   "booked."]),
        ("Hall", ["Cllr Lutz proposed, and Cllr Roe seconded, that the hall be let. The motion was lost."]),
        ("Lease", [T([["Proposed by", "Cllr Dean", "Seconded by", "Cllr Gale"]], header=False), "Carried"]))
    got = [(v["moved_by"], v["seconded_by"], v["result"], v["unanimous"]) for v in votes]
    assert got == [("person:ana-lutz", "person:ben-roe", "carried", False),
                   ("person:ana-lutz", "person:cara-dean", "lost", False),
                   ("person:cara-dean", "person:dev-fenn", "carried", True),
                   ("person:eve-gale", "person:finn-hale", "carried", False),
                   ("person:ana-lutz", "person:ben-roe", "carried", False),
                   ("person:dev-fenn", "person:eve-gale", "carried", False),
                   ("person:ana-lutz", "person:ben-roe", "lost", False),
                   ("person:cara-dean", "person:eve-gale", "carried", False)]
    assert votes[0]["question"] == "That the report be adopted."
    assert votes[-1]["moved_by"] == "person:cara-dean" and votes[-1]["result"] == "carried"
    assert votes[4]["question"] == "That leave of absence be granted to Councillor Dean."
    assert all(v["ballots"] == [] for v in votes)  # the mover's and seconder's ballots are not inferred


# 6. the subject and the key -------------------------------------------------------------------------

def test_subject_and_keys(tmp_path):
    votes, _ = votes_of(
        tmp_path,
        ("CMP431 Final Report", ["Members were asked whether CMP431 should be recommended for approval.",
                                 "Panel members voted 5-3 to recommend approval."]),
        ("Terms of Reference", ["Yes: 6; No: 2; Abstain: 1 on adopting the revised terms."]),
        ("CMP431 Alternative", ["Members were asked whether the CMP431 alternative should be recommended.",
                                "Four members voted for and four against."]))
    assert [v["key"] for v in votes] == ["vote:TST001:CMP431", "vote:TST001:V1", "vote:TST001:V2"]
    assert [v["subject"] for v in votes] == ["cr:CMP431", None, "cr:CMP431"]


def test_vote_tables_are_told_from_attendance_and_decision_tables(tmp_path):
    from minutes_kg.extractor.tables import classify

    tables = {
        "position": [["Constituency", "Member", "Recommendation", "Rationale"],
                     ["Large Supplier Representative", "AL", "Approve", "Fine."],
                     ["DNO Representative", "CD", "Reject", "Costly."]],
        "named": [["Member", "Position"], ["Ana Lutz", "For"], ["Ben Roe", "Against"], ["Cara Dean", "Abstain"]],
        "recorded": [["Vote", "Councillors", "Count"], ["For", "A Lutz and B Roe", "2"], ["Against", "C Dean", "1"]],
        "party": [["Party", "Seat", "For", "Against", "Abstain"], ["Calder Power", "Supplier", "Yes", "", ""],
                  ["Westmere Grid", "Distributor", "", "Yes", ""]],
        "attendance": [["Name", "Role", "Present"], ["Ana Lutz", "Chair", "Yes"], ["Ben Roe", "Member", "No"]],
        "decisions": [["Ref", "Decision", "Status"], ["D1", "The Board approved the plan", "Approved"],
                      ["D2", "The Board noted the report", "Approved"]],
    }
    story = [x for rows in tables.values() for x in (T(rows), "Text between the tables.")]
    parsed = parse_pdf(make_pdf(tmp_path / "tables.pdf", story))
    kinds = [classify(b) for b in parsed.blocks if isinstance(b, TableBlock)]
    assert kinds[:4] == ["votes"] * 4
    assert kinds[4:] == ["people", "decisions"]


def test_position_table_of_named_members(tmp_path):
    (vote,), _ = votes_of(tmp_path, ("Vote on the plan", ["Members voted on the plan as follows.", T([
        ["Member", "Vote"], ["Cllr Ana Lutz (Chair)", "For"], ["Cllr Ben Roe", "Against"],
        ["Dr Cara Dean", "Abstained"], ["Dev Fenn", "Absent"]])]))
    got = sorted((b["person"], b["position"], b["constituency"]) for b in vote["ballots"])
    assert got == [("person:ana-lutz", "for", None), ("person:ben-roe", "against", None),
                   ("person:cara-dean", "abstain", None), ("person:dev-fenn", "absent", None)]
    assert vote["tally"] == {"for": 1, "against": 1, "abstain": 1, "absent": 1}


def test_grid_of_votes_per_member_and_question(tmp_path):
    rows = [["Councillor", "Item 5", "CR 045", "Item 7"],
            ["Ana Lutz", "Y", "Y", "N"], ["Ben Roe", "N", "Y", "A"], ["Cara Dean", "Y", "N", "-"],
            ["Dev Fenn", "Y", "Y", "Y"]]
    votes, _ = votes_of(tmp_path, ("Recorded votes", ["The recorded votes were as follows.", T(rows)]))
    assert [v["key"] for v in votes] == ["vote:TST001:V1", "vote:TST001:CR045", "vote:TST001:V2"]
    assert [v["tally"] for v in votes] == [{"for": 3, "against": 1, "abstain": 0, "absent": 0},
                                           {"for": 3, "against": 1, "abstain": 0, "absent": 0},
                                           {"for": 1, "against": 1, "abstain": 1, "absent": 0}]
    third = {b["person"]: b["position"] for b in votes[2]["ballots"]}
    assert third == {"person:ana-lutz": "against", "person:ben-roe": "abstain", "person:cara-dean": None,
                     "person:dev-fenn": "for"}


def test_vote_taken_with_a_result_but_no_counts(tmp_path):
    votes, _ = votes_of(tmp_path, ("Speed limit", [
        "On a show of hands the motion to reduce the speed limit was carried.",
        "A recorded vote was requested by Councillor Roe."]), ("Signs", ["The motion was put and lost."]))
    assert [(v["result"], v["tally"], v["ballots"]) for v in votes] == [("carried", None, []), ("lost", None, [])]


def test_voters_named_beside_counts(tmp_path):
    votes, warnings = votes_of(
        tmp_path,
        ("Resolution 4", ["The resolution was adopted by 131 in favour to 3 against (Northland, Southmark, "
                          "Eastvale), with 4 abstentions (Westport, Upland, Lowland)."]),
        ("Parking", ["Moved by Councillor Lutz, seconded by Councillor Dean, and carried by 5 votes to 2.",
                     "Councillors Roe and Fenn asked for their votes against to be recorded."]))
    first, second = votes
    assert first["tally"] == first["stated_tally"] == {"for": 131, "against": 3, "abstain": 4}
    assert sorted((b["constituency"], b["position"]) for b in first["ballots"]) == [
        ("Eastvale", "against"), ("Lowland", "abstain"), ("Northland", "against"), ("Southmark", "against"),
        ("Upland", "abstain"), ("Westport", "abstain")]
    assert any(first["key"] in w and "named" in w for w in warnings)  # 4 abstentions, 3 named: both kept
    assert second["tally"] == {"for": 5, "against": 2} and second["result"] == "carried"
    assert sorted((b["person"], b["position"]) for b in second["ballots"]) == [
        ("person:ben-roe", "against"), ("person:dev-fenn", "against")]
    assert not any(second["key"] in w for w in warnings)


def test_x_grid_with_an_absent_column_and_an_attendance_grid_that_is_no_vote(tmp_path):
    from minutes_kg.extractor.tables import classify

    votes, _ = votes_of(tmp_path, ("Bill 25-1187", ["The roll call on the bill was as follows.", T([
        ["Member", "Aye", "Nay", "Abstain", "Absent"], ["Ana Lutz", "X", "", "", ""], ["Ben Roe", "", "X", "", ""],
        ["Cara Dean", "X", "", "", ""], ["Dev Fenn", "", "", "", "X"]])]))
    (vote,) = votes
    assert {b["person"]: b["position"] for b in vote["ballots"]} == {
        "person:ana-lutz": "for", "person:ben-roe": "against", "person:cara-dean": "for", "person:dev-fenn": "absent"}
    parsed = parse_pdf(make_pdf(tmp_path / "attendance.pdf", [T([
        ["Name", "Present", "Excused", "Absent"], ["Ana Lutz", "X", "", ""], ["Ben Roe", "", "X", ""],
        ["Cara Dean", "", "", "X"]])]))
    (table,) = [b for b in parsed.blocks if isinstance(b, TableBlock)]
    assert classify(table) != "votes"


def test_tick_table_whose_marks_did_not_reach_the_text_layer(tmp_path):
    rows = [["Constituency", "Approve", "Reject", "Abstain"], ["Large Supplier Representative", "", "", ""],
            ["Small Supplier Representative", "", "", ""], ["DNO Representative", "", "", ""]]
    (vote,), warnings = votes_of(tmp_path, ("CR 045", ["Members were asked whether they approve CR045.", T(rows),
                                                       "Two members voted to approve and one abstained."]))
    assert all(b["position"] is None for b in vote["ballots"])
    assert vote["tally"] == vote["stated_tally"] == {"for": 2, "abstain": 1}  # not 'nobody voted'
    assert any("no tick could be read" in w for w in warnings)


LAYOUTS = ROOT / "samples" / "layouts"


@pytest.mark.skipif(not (LAYOUTS / "docx-gridcode-wg.pdf").exists(), reason="layout samples not built")
def test_layout_samples_end_to_end():
    """Whole records, validated: a motion without counts and a named division; a recorded-vote table."""
    from minutes_kg.extractor.record import extract

    wg = extract(LAYOUTS / "docx-gridcode-wg.pdf")
    motion_vote, division_vote = wg["votes"]
    assert motion_vote["key"].endswith(":V1") and motion_vote["tally"] is None
    assert (motion_vote["moved_by"], motion_vote["seconded_by"], motion_vote["result"]) == \
        ("person:leah-costa", "person:dominic-sauer", "carried")
    assert division_vote["key"].endswith(":GC0191") and division_vote["subject"] == "cr:GC0191"
    assert division_vote["tally"] == {"for": 4, "against": 1, "abstain": 2, "absent": 0}
    assert all(b["constituency"] is None and b["person"] for b in division_vote["ballots"])
    cast = [r for r in wg["relations"] if r["type"] == "CAST"]
    assert {r["from"] for r in cast} == {b["person"] for b in division_vote["ballots"]}

    council = extract(LAYOUTS / "html-council.pdf")
    (vote,) = council["votes"]
    assert len(vote["ballots"]) == 8 and vote["stated_tally"] == {"for": 5, "against": 2, "abstain": 1}
    assert (vote["moved_by"], vote["seconded_by"], vote["result"]) == \
        ("person:r-baptiste", "person:j-whitlow", "carried")


# held-out forms: the subject named around the vote, motion lines under a resolution ------------------

def test_recorded_vote_table_takes_its_subject_from_the_caption_and_the_heading(tmp_path):
    """The question put names no change ('put the report to a recorded vote'): the change is the one the
    item is about, not one an earlier comment mentions."""
    people = [("Ana Lutz", "AL", None), ("Ben Roe", "BR", None), ("Cara Dean", "CD", None), ("Dev Fenn", "DF", None)]
    (vote,), _ = votes_of(tmp_path, ("CMP612 Window Alignment - Final Report", [
        "Ben Roe said that CMP600 had raised similar concerns and asked that volumes be monitored.",
        "The Chair put the Final Report to a recorded vote.",
        T([["Member", "Vote"], ["Ana Lutz", "For"], ["Ben Roe", "Against"], ["Cara Dean", "For"],
           ["Dev Fenn (for Eve Gale)", "Abstained"]]),
        "The recorded vote was two for, one against and one abstention.",
        "The Panel APPROVED CMP612."]), people=people)
    assert vote["key"] == "vote:TST001:CMP612" and vote["subject"] == "cr:CMP612"
    assert vote["question"] == "The Chair put the Final Report to a recorded vote."
    assert vote["tally"] == {"for": 2, "against": 1, "abstain": 1, "absent": 0}
    assert vote["stated_tally"] == {"for": 2, "against": 1, "abstain": 1}


def test_majority_in_brackets_after_a_recommendation_table(tmp_path):
    """'voted by majority (5-3) to recommend approval of CMP431': counts, result and the subject."""
    names = ["Ana Lutz", "Ben Roe", "Cara Dean", "Dev Fenn", "Eve Gale", "Finn Hale", "Gil Ames", "Hal Birt"]
    people = [(n, "".join(w[0] for w in n.split()), None) for n in names]
    rows = [["Member", "Better facilitates objectives?", "Recommendation"]] + [
        [n, "Yes - (a)" if i < 5 else "No", "Approve" if i < 5 else "Reject"] for i, n in enumerate(names)]
    (vote,), _ = votes_of(tmp_path, ("Modifications for recommendation", [
        "Each voting member gave their view and their recommendation:", T(rows),
        "The Panel voted by majority (5-3) to recommend approval of CMP431."]), people=people)
    assert vote["key"] == "vote:TST001:CMP431"
    assert vote["stated_tally"] == {"for": 5, "against": 3}
    assert vote["tally"] == {"for": 5, "against": 3, "abstain": 0, "absent": 0}
    assert vote["result"] == "carried"
    assert {b["person"] for b in vote["ballots"]} == {"person:" + n.lower().replace(" ", "-") for n in names}


def test_proposed_seconded_lines_under_resolutions(tmp_path):
    """'RESOLVED to ...' then 'Proposed: Cllr A  Seconded: Cllr B  All in favour': a vote on the resolution
    above it, carried; a counts line keeps every count, the count after a surname included."""
    people = [("Ana Lutz", "AL", None), ("Ben Roe", "BR", None), ("Cara Dean", "CD", None)]
    votes, _ = votes_of(tmp_path, ("Planning", [
        "(a) Application 24/01234/HOU - rear extension. RESOLVED to raise no objection to the application.",
        "Proposed: Cllr Lutz Seconded: Cllr Roe All in favour (Cllr Dean did not vote)",
        "(b) Application 24/05678/FUL - two dwellings. RESOLVED to object to the application.",
        "Proposed: Cllr Dean Seconded: Cllr Roe 5 in favour, 1 against, 1 abstention",
        "(c) RESOLVED to note the report."]), people=people)
    assert [v["key"] for v in votes] == ["vote:TST001:V1", "vote:TST001:V2"]
    first, second = votes
    assert (first["moved_by"], first["seconded_by"]) == ("person:ana-lutz", "person:ben-roe")
    assert first["result"] == "carried" and first["tally"] is None and first["ballots"] == []
    assert first["question"] == "RESOLVED to raise no objection to the application."
    assert (second["moved_by"], second["seconded_by"]) == ("person:cara-dean", "person:ben-roe")
    assert second["stated_tally"] == second["tally"] == {"for": 5, "against": 1, "abstain": 1}
    assert second["result"] == "carried"


def test_a_motion_moved_keeps_no_subject_its_item_only_mentions(tmp_path):
    """A motion names what it is about: a change the paragraph before it discusses is not its subject."""
    (vote,), _ = votes_of(tmp_path, ("Background and timeline", [
        "Ben Roe explained that CMP455 will need its own Workgroup.",
        "A proposal to request a three-month extension to the timetable was moved by Ana Lutz, seconded by "
        "Cara Dean, and carried."]))
    assert vote["key"] == "vote:TST001:V1" and vote["subject"] is None
    assert vote["moved_by"] == "person:ana-lutz" and vote["result"] == "carried"


def test_proposed_and_seconded_without_by_before_a_title(tmp_path):
    """'Proposed Cllr Lutz, seconded Cllr Roe, and RESOLVED that ...': the bare verbs before a title."""
    people = [("Ana Lutz", "AL", None), ("Ben Roe", "BR", None)]
    (vote,), _ = votes_of(tmp_path, ("Budget", [
        "The Chair proposed that the budget be discussed first.",
        "Proposed Cllr Lutz, seconded Cllr Roe, and RESOLVED that the budget for 2025/26 be approved."]),
        people=people)
    assert (vote["moved_by"], vote["seconded_by"]) == ("person:ana-lutz", "person:ben-roe")
    assert vote["result"] == "carried"


def test_scores_after_the_result_word_and_the_winning_side(tmp_path):
    """'carried 6-2 with one abstention'; 'defeated by six votes to four': the larger side is the one that won."""
    first, second = votes_of(tmp_path, ("Motions", [
        "Moved by Ana Lutz, seconded by Ben Roe, that the fees be frozen. The motion was carried 6-2 with one "
        "abstention.",
        "Moved by Cara Dean, seconded by Dev Fenn, that the office be closed. Following a vote, the motion was "
        "defeated by six votes to four."]))[0]
    assert first["stated_tally"] == {"for": 6, "against": 2, "abstain": 1} and first["result"] == "carried"
    assert second["stated_tally"] == {"for": 4, "against": 6} and second["result"] == "lost"
    assert second["moved_by"] == "person:cara-dean"


def test_mover_and_seconder_named_before_their_verbs_and_a_division_after_its_question(tmp_path):
    """'Eve Gale proposed that ...; Finn Hale seconded.' is a motion (both named); a proposal in discussion
    ('Ana Lutz proposed that ...' alone) is not; 'Members voted on whether ...: For: A; Against: B'."""
    first, second = votes_of(tmp_path, ("Terms of reference", [
        "Ana Lutz proposed that the group meet monthly.",
        "Eve Gale proposed that the revised terms be adopted; Finn Hale seconded. On a show of hands the motion "
        "was carried with 5 for and 1 against."]), ("CMP777 Storage", [
        "Members voted on whether to recommend CMP777 for approval: For: Ben Roe, Dev Fenn; Against: Cara Dean."]))[0]
    assert (first["moved_by"], first["seconded_by"]) == ("person:eve-gale", "person:finn-hale")
    assert first["stated_tally"] == {"for": 5, "against": 1} and first["result"] == "carried"
    assert second["key"] == "vote:TST001:CMP777"
    assert second["question"] == "Members voted on whether to recommend CMP777 for approval:"
    assert second["tally"] == {"for": 2, "against": 1, "abstain": 0, "absent": 0}


def test_position_column_under_a_longer_header_and_a_voting_member_column(tmp_path):
    """'Voting Member | Vote (For/Against/Abstain)': the header's first word says positions, its last word
    says voters, and a column of names is of people (not seats)."""
    (vote,), _ = votes_of(tmp_path, ("CMP778 Frequency Response", [
        "Panel members voted as follows on CMP778:",
        T([["Voting Member", "Vote (For/Against/Abstain)"], ["Ben Roe", "For"], ["Cara Dean", "Against"],
           ["Dev Fenn", "Abstain"]])]))
    assert vote["key"] == "vote:TST001:CMP778"
    assert [(b["person"], b["position"]) for b in vote["ballots"]] == [
        ("person:ben-roe", "for"), ("person:cara-dean", "against"), ("person:dev-fenn", "abstain")]
    assert vote["tally"] == {"for": 1, "against": 1, "abstain": 1, "absent": 0}


def test_recommended_by_a_score_after_a_tick_table_is_carried(tmp_path):
    (vote,), _ = votes_of(tmp_path, ("CMP779 Data", [
        "The Panel voted on the implementation date.",
        T([["Member", "Support", "Oppose", "Abstain"], ["Ben Roe", "✓", "", ""], ["Cara Dean", "", "✓", ""],
           ["Eve Gale", "✓", "", ""]]),
        "CMP779 was therefore recommended for approval by 2 votes to 1."]))
    assert vote["key"] == "vote:TST001:CMP779" and vote["result"] == "carried"
    assert vote["stated_tally"] == {"for": 2, "against": 1}


def test_grid_columns_of_alternatives_take_no_subject_from_the_item(tmp_path):
    """'Original | WACM1' columns: each column is its own question; the item's change is not given to the first."""
    people = [("Ana Lutz", "AL", None), ("Ben Roe", "BR", None), ("Cara Dean", "CD", None)]
    votes, _ = votes_of(tmp_path, ("CMP780 Charging", [
        "Members voted on the Original and the alternative:",
        T([["Member", "Original", "WACM1"], ["Lutz", "Y", "N"], ["Roe", "Y", "Y"], ["Dean", "N", "Y"]])]),
        people=people)
    assert [v["key"] for v in votes] == ["vote:TST001:V1", "vote:TST001:V2"]
    assert [v["question"] for v in votes] == ["Original", "WACM1"]


def test_motion_after_lower_case_that_and_a_recorded_division_lead_in(tmp_path):
    people = [("Ana Lutz", "AL", None), ("Ben Roe", "BR", None), ("Cara Dean", "CD", None), ("Dev Fenn", "DF", None)]
    first, second = votes_of(tmp_path, ("Budget", [
        "It was proposed by Cllr Lutz and seconded by Cllr Roe that the budget be approved. On being put to the "
        "vote, the motion was CARRIED (For 3, Against 1)."]), ("Parking", [
        "A recorded vote was taken: For: Cllrs Lutz, Roe and Dean; Against: Cllr Fenn."]), people=people)[0]
    assert first["question"] == "that the budget be approved."
    assert first["stated_tally"] == {"for": 3, "against": 1} and first["result"] == "carried"
    assert (first["moved_by"], first["seconded_by"]) == ("person:ana-lutz", "person:ben-roe")
    assert second["question"] == "A recorded vote was taken:"
    assert [(b["person"], b["position"]) for b in second["ballots"]] == [
        ("person:ana-lutz", "for"), ("person:ben-roe", "for"), ("person:cara-dean", "for"),
        ("person:dev-fenn", "against")]
