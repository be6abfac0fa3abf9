"""Actions and decisions in any layout (LAYOUTS.md sections 5 and 6, CONVENTIONS record@2).

Every test writes a small fictional document with tests/pdfmaker.py, parses it with the real
pipeline (pdf_pages -> sections) and reads its actions and decisions with the readers, on a roster
built here (so that the test is about the action and decision readers, not the attendance readers).
"""

import pytest
from minutes_kg.extractor.actions import read_actions
from minutes_kg.extractor.decisions import read_decisions
from minutes_kg.extractor.pdf_pages import Paragraph, parse_pdf
from minutes_kg.extractor.roster import Person, Roster
from minutes_kg.extractor.sections import split_sections
from pdfmaker import PAGE, B, T, make_pdf

MEETING = "HB014"


def roster() -> Roster:
    r = Roster()
    for name, initials, role, org, group in [
        ("Ana Lutz", "AL", "Chair", None, "Chair"),
        ("Ben Roe", "BR", "Large Supplier Member", "Calder Power", "Members"),
        ("Cara Dean", "CD", "Secretariat", None, "In attendance"),
        ("John Smith", "JS", "Settlement Analyst", "Elexon", "Members"),
        ("Jane Shaw", "JS", "Code Manager", "SECAS", "Members"),
        ("Dev Fenn", "DF", "Town Clerk", None, "In attendance"),
        ("Eli Gale", "EG", "Deputy Town Clerk and Responsible Financial Officer", None, "In attendance"),
        ("Matthew Orr", "MO", "Programme Lead", "Programme", "Programme"),
    ]:
        r.add(Person(name, [initials], role, org, None, group))
    return r


def read(tmp_path, story, *, people=None, abbrev="HB", body="Harbour Board", meeting_id=MEETING):
    parsed = parse_pdf(make_pdf(tmp_path / "m.pdf", story))
    s = split_sections(parsed)
    paragraphs = [b for b in parsed.blocks if isinstance(b, Paragraph)]
    people = people or roster()
    actions = read_actions(s.actions, paragraphs, [], people, abbrev, meeting_id=meeting_id, blocks=parsed.blocks,
                           action_paragraphs=s.action_paragraphs, body=body)
    decisions = read_decisions(s.decisions, paragraphs, abbrev, meeting_id=meeting_id, body=body,
                               blocks=parsed.blocks, decision_paragraphs=s.decision_paragraphs)
    return {a["id"]: a for a in actions}, {d["id"]: d for d in decisions}


HEAD = [B("Minutes of the Harbour Board (HB) meeting held on 3 March 2025"), "Present: Ana Lutz (Chair), Ben Roe."]


# --- 1. action tables ----------------------------------------------------------------------------

def test_action_table_in_another_order_and_wording(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("Action log"), T([
        ["Ref", "Description", "Lead", "Deadline", "Status"],
        ["HB14-01", "Circulate the revised harbour dues schedule to members", "Ben Roe", "14/03/2025", "Open"],
        ["HB14-02", "Book the venue for the April workshop", "CD", "ASAP", "Complete"],
    ])])
    assert set(actions) == {"HB14-01", "HB14-02"}
    a = actions["HB14-01"]
    assert a["owners"] == ["person:ben-roe"] and a["due"] == "2025-03-14" and a["status"] == "open"
    assert a["text"] == "Circulate the revised harbour dues schedule to members"
    b = actions["HB14-02"]
    assert b["owners"] == ["person:cara-dean"] and b["due"] is None and b["due_text"] == "ASAP"
    assert b["status"] == "closed"


def test_action_table_id_column_told_apart_by_content(tmp_path):
    """'Action | Description | Who | Status' with AP1 under 'Action': the codes are the ids."""
    actions, _ = read(tmp_path, [*HEAD, T([
        ["Action", "Description", "Who", "Status"],
        ["AP1", "Publish the consultation on the mooring charges", "JS (Elexon)", "Open"],
        ["AP2", "Report the dredging survey findings to the next meeting", "JS (SECAS)", "Done"],
    ])])
    assert set(actions) == {"AP1", "AP2"}
    assert actions["AP1"]["text"] == "Publish the consultation on the mooring charges"
    assert actions["AP1"]["owners"] == ["person:john-smith"]  # shared initials settled by the organisation
    assert actions["AP2"]["owners"] == ["person:jane-shaw"]
    assert actions["AP2"]["status"] == "closed"


def test_action_table_columns_by_content_when_headers_say_nothing(tmp_path):
    """A table under an actions heading whose header words are unknown: id, text, name and date by content."""
    actions, _ = read(tmp_path, [*HEAD, B("Actions"), T([
        ["Code", "Agreed step", "Person", "Timing"],
        ["HB14-07", "Draft the terms of reference for the pilotage review group", "Ana Lutz", "21 March 2025"],
        ["HB14-08", "Confirm the insurance position for the slipway works", "MO", "TBC"],
    ])])
    assert set(actions) == {"HB14-07", "HB14-08"}
    assert actions["HB14-07"]["owners"] == ["person:ana-lutz"] and actions["HB14-07"]["due"] == "2025-03-21"
    assert actions["HB14-08"]["owners"] == ["person:matthew-orr"] and actions["HB14-08"]["due_text"] == "TBC"


def test_previous_meetings_row_splits_new_from_carried_actions(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, T([
        ["No.", "Action", "Lead", "Target date", "Status"],
        ["HB14-01", "Prepare the winter berthing plan", "Ben Roe", "30/04/2025", "Open"],
        ["Previous Meeting(s)", "", "", "", ""],
        ["HB12-03", "Survey the east quay fenders", "Cara Dean", "01/02/2025", "Closed"],
        ["HB13-02", "Review the harbour master's delegations", "Chair", "Ongoing", "Open"],
    ])])
    assert set(actions) == {"HB14-01", "HB12-03", "HB13-02"}
    assert actions["HB12-03"]["status"] == "closed" and actions["HB12-03"]["area"] == "Previous Meeting(s)"
    assert actions["HB13-02"]["status"] == "open" and actions["HB13-02"]["owners"] == ["person:ana-lutz"]
    assert actions["HB13-02"]["due"] is None and actions["HB13-02"]["due_text"] == "Ongoing"
    assert actions["HB14-01"]["area"] is None


def test_empty_area_cell_carries_the_one_above_down(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, T([
        ["Area", "Ref", "Action", "Owner", "Due"],
        ["Harbour dues", "HB14-01", "Publish the new dues schedule", "Programme (Matthew Orr)", "14/03/2025"],
        ["", "HB14-02", "Write to the yacht clubs about the dues", "Secretariat", "21/03/2025"],
        ["Dredging", "HB14-03", "Obtain a second dredging quotation", "All Members", "Q3 2025"],
    ])])
    assert actions["HB14-02"]["area"] == "Harbour dues"
    assert actions["HB14-01"]["owners"] == ["org:programme", "person:matthew-orr"]
    assert actions["HB14-02"]["owners"] == ["person:cara-dean"]  # the listed holder of the role
    assert actions["HB14-03"]["owners"] == ["body:hb"] and actions["HB14-03"]["due_text"] == "Q3 2025"
    assert actions["HB14-03"]["due"] is None


def test_item_discussed_action_table_with_initials_on_the_right(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, T([
        ["Item", "Item Discussed", "Action"],
        ["1", "Pontoon repairs", "Obtain three quotations for the pontoon repairs BR"],
        ["2", "Harbour open day", "Draft the programme for the open day CD"],
    ])])
    by_text = {a["text"]: a for a in actions.values()}
    assert set(actions) == {f"{MEETING}-A1", f"{MEETING}-A2"}  # a row number is not an id
    assert by_text["Obtain three quotations for the pontoon repairs"]["owners"] == ["person:ben-roe"]
    assert by_text["Draft the programme for the open day"]["area"] == "Harbour open day"


# --- 2. inline actions ---------------------------------------------------------------------------

INLINE = [
    ("ACTION: Ben to circulate the draft berthing policy.", None, ["person:ben-roe"]),
    ("Action 20: Secretariat to book the venue for the annual meeting.", "Action 20", ["person:cara-dean"]),
    ("ACTION HB14-05: Programme to confirm the slipway closure dates.", "HB14-05", ["org:programme"]),
    ("Action item 3: Secretariat to book the venue for the workshop (Ana)", "Action item 3", ["person:ana-lutz"]),
    ("Action Ana: revise the charter text on harbour limits", None, ["person:ana-lutz"]),
    ("Action -> Ben to open a tracking log for mooring complaints", None, ["person:ben-roe"]),
    ("ACTION 0301/01: AL to draft the pilotage guidance note.", "0301/01", ["person:ana-lutz"]),
]


@pytest.mark.parametrize("line,printed,owners", INLINE, ids=[x[0].split(":")[0][:20] for x in INLINE])
def test_inline_action_labels(tmp_path, line, printed, owners):
    actions, _ = read(tmp_path, [*HEAD, B("1. Harbour matters"), "The Board discussed the item.", line])
    assert len(actions) == 1
    (a,) = actions.values()
    assert a["id"] == (printed or f"{MEETING}-A1")
    assert a["owners"] == owners
    assert a["text"] and "ACTION" not in a["text"] and a["evidence"][0]["page"] == 1


def test_action_tail_in_brackets(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("2. Dredging"),
                                 "Members discussed the survey. The Secretariat will circulate the survey report "
                                 "before the next meeting. (Action: CD)"])
    (a,) = actions.values()
    assert a["text"] == "The Secretariat will circulate the survey report before the next meeting"
    assert a["owners"] == ["person:cara-dean"] and a["due_text"] == "before the next meeting" and a["due"] is None


def test_to_verb_lines_under_an_actions_heading(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("1. Harbour dues"), "The Board discussed the dues.", B("Actions"),
                                 "Ben to send the revised dues table to the clubs by 2025-03-18.\n"
                                 "Ana and Cara to prepare a comparison of the two berthing options.\n"
                                 "Clerk to publish the notice on the harbour website."])
    by_owner = {a["owner_text"]: a for a in actions.values()}
    assert set(by_owner) == {"Ben", "Ana and Cara", "Clerk"}
    assert by_owner["Ben"]["due"] == "2025-03-18"
    assert by_owner["Ana and Cara"]["owners"] == ["person:ana-lutz", "person:cara-dean"]
    assert by_owner["Clerk"]["owners"] == ["person:dev-fenn"]  # 'Clerk' -> the listed Town Clerk
    assert sorted(actions) == [f"{MEETING}-A1", f"{MEETING}-A2", f"{MEETING}-A3"]


def test_owner_before_task_lines(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("5. Next steps"), "Next steps agreed:",
                                 "Ben Roe - publish the berthing summary (early March)\n"
                                 "Cara Dean - confirm the workshop slots (mid-January)"])
    by_owner = {a["owner_text"]: a for a in actions.values()}
    assert by_owner["Ben Roe"]["text"] == "publish the berthing summary"
    assert by_owner["Ben Roe"]["due_text"] == "early March" and by_owner["Ben Roe"]["due"] is None
    assert by_owner["Cara Dean"]["owners"] == ["person:cara-dean"]


def test_labelled_owner_and_due_fields_in_an_action_line(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("ACTION HB14-09: Publish the dredging decision on the portal. "
                                          "Owner: Programme (Matthew Orr). Due: 18/03/2025.")])
    a = actions["HB14-09"]
    assert a["text"] == "Publish the dredging decision on the portal"
    assert a["owner_text"] == "Programme (Matthew Orr)" and a["due"] == "2025-03-18"


def test_owner_and_due_fields_in_a_closing_bracket(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("2. Dredging"), "The Board discussed the dredging survey.",
                                 "ACTION: Publish the dredging survey on the portal (owner: BR, due: 28 March 2025)",
                                 "ACTION: Brief the clubs (owner: Cara Dean (Secretariat), due: next meeting)"])
    got = sorted((a["text"], a["owner_text"], a["owners"], a["due_text"]) for a in actions.values())
    assert got == [("Brief the clubs", "Cara Dean (Secretariat)", ["person:cara-dean"], "next meeting"),
                   ("Publish the dredging survey on the portal", "BR", ["person:ben-roe"], "28 March 2025")]


# --- 3. owners and due dates ---------------------------------------------------------------------

@pytest.mark.parametrize("owner,keys", [
    ("Chair", ["person:ana-lutz"]),
    ("Secretariat", ["person:cara-dean"]),
    ("Treasurer", ["org:treasurer"]),  # a role no listed person holds
    ("All", ["body:hb"]),
    ("HB Members", ["body:hb"]),
    ("Programme (Matthew Orr)", ["org:programme", "person:matthew-orr"]),
    ("JS (SECAS)", ["person:jane-shaw"]),
    ("Deputy Town Clerk", ["person:eli-gale"]),
    ("BR / CD", ["person:ben-roe", "person:cara-dean"]),
    ("Westmere Grid (Ana Lutz)", ["org:westmere-grid", "person:ana-lutz"]),
    ("Programme (Code Drafting Team)", ["org:programme"]),
])
def test_owner_cells(tmp_path, owner, keys):
    actions, _ = read(tmp_path, [*HEAD, T([["Ref", "Action", "Owner", "Due"],
                                           ["HB14-01", "Inspect the lock gates", owner, "next meeting"]])])
    assert actions["HB14-01"]["owners"] == keys
    assert actions["HB14-01"]["due"] is None and actions["HB14-01"]["due_text"] == "next meeting"


def test_day_and_month_without_a_year_is_not_a_date(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, "ACTION: Ben to circulate the draft by 22 December.",
                                 "ACTION: Cara to book the hall by 9 January 2026."])
    by_owner = {a["owner_text"]: a for a in actions.values()}
    assert by_owner["Ben"]["due"] is None and by_owner["Ben"]["due_text"] == "22 December"
    assert by_owner["Cara"]["due"] == "2026-01-09"


# --- 4. ids --------------------------------------------------------------------------------------

def test_generated_ids_in_document_order_and_one_action_stated_twice(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("1. Lock gates"), "ACTION: Ben to inspect the lock gates.",
                                 B("2. Pontoons"), "ACTION: Cara to order pontoon spares.", PAGE,
                                 B("Action list"), T([["Action", "Responsible", "By"],
                                                      ["Inspect the lock gates", "Ben Roe", "14 March 2025"],
                                                      ["Order pontoon spares", "Cara Dean", "21 March 2025"]])])
    assert sorted(actions) == [f"{MEETING}-A1", f"{MEETING}-A2"]
    first = actions[f"{MEETING}-A1"]
    assert first["text"] == "Inspect the lock gates" and first["due"] == "2025-03-14"  # the table row's cells
    assert sorted(e["page"] for e in first["evidence"]) == [1, 2]  # both statements are its evidence


def test_old_ids_carried_forward_are_existing_actions(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("2. Review of actions"),
                                 "HB12-01 and HB12-02 were closed. HB13-04 remains open pending the survey.",
                                 "HB13-05: Closed.", "Action HB11-07 (the pontoon audit) was confirmed as complete."])
    assert {k: a["status"] for k, a in actions.items()} == {
        "HB12-01": "closed", "HB12-02": "closed", "HB13-04": "open", "HB13-05": "closed", "HB11-07": "closed"}
    assert not any(k.startswith(MEETING) for k in actions)


def test_each_old_id_takes_the_status_of_its_own_clause(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("2. Matters arising"),
                                 "Action HB10-01 (circulate the charter): complete, closed. Action HB10-02 "
                                 "remains open and is carried forward.",
                                 "HB11-02 was confirmed as complete and closed; HB11-04 remains open.",
                                 "HB11-06 was mentioned in passing."])
    assert {k: a["status"] for k, a in actions.items()} == {
        "HB10-01": "closed", "HB10-02": "open", "HB11-02": "closed", "HB11-04": "open"}
    assert actions["HB10-01"]["text"] == "circulate the charter"


def test_the_whole_record_carries_actions_and_decisions(tmp_path):
    """Through extract(): the record passes the blocks, the meeting id and the body to the readers."""
    from minutes_kg.extractor.record import extract

    rec = extract(make_pdf(tmp_path / "m.pdf", [
        B("Minutes of the Harbour Board (HB) meeting held on 3 March 2025"),
        T([["Meeting number", "HB014"], ["Date", "3 March 2025"]]),
        B("Attendees"), T([["Name", "Role"], ["Ana Lutz (AL)", "Chair"], ["Ben Roe (BR)", "Member"]]),
        B("1. Harbour dues"), "The Board discussed the dues.",
        "RESOLVED that the harbour dues schedule be approved.",
        "ACTION: BR to circulate the schedule to the yacht clubs.",
    ]))
    assert [(d["id"], d["outcome"]) for d in rec["decisions"]] == [(f"{rec['meeting']['id']}-D1", "approved")]
    (a,) = rec["actions"]
    assert a["id"] == f"{rec['meeting']['id']}-A1" and a["owners"] == ["person:ben-roe"]


# --- 5-7. decisions ------------------------------------------------------------------------------

def test_decision_table_no_decision_decided_by(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("Decisions"), T([
        ["No.", "Decision", "Decided by"],
        ["1", "The harbour dues schedule for 2025 was approved", "Board"],
        ["2", "The request for a second slipway was rejected", "Chair"],
    ])])
    assert sorted(decisions) == [f"{MEETING}-D1", f"{MEETING}-D2"]
    d1, d2 = decisions[f"{MEETING}-D1"], decisions[f"{MEETING}-D2"]
    assert (d1["outcome"], d1["decided_by"]) == ("approved", "HB")
    assert (d2["outcome"], d2["decided_by"]) == ("rejected", "Chair")


def test_decision_table_ref_area_decision_any_order(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, T([
        ["Decision", "Area", "Dec Ref"],
        ["The Board agreed to defer the pilotage review to May", "Pilotage", "HB-DEC12"],
    ])])
    d = decisions["HB-DEC12"]
    assert d["area"] == "Pilotage" and d["outcome"] == "deferred" and d["decided_by"] == "HB"


def test_bold_decision_lines_with_and_without_a_qualifier(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("3. Slipway"),
                                   B("DECISION HB-DEC20 (ex-committee): The Board approved the slipway lease."),
                                   B("DECISION HB-DEC21 (ex-committee): The SRO approved the dredging contract."),
                                   B("DECISION HB-DEC22: The Board rejected the fee waiver.")])
    assert decisions["HB-DEC20"]["decided_by"] == "ex-committee"
    assert decisions["HB-DEC21"]["decided_by"] == "SRO"  # the text names the SRO
    assert (decisions["HB-DEC22"]["decided_by"], decisions["HB-DEC22"]["outcome"]) == ("HB", "rejected")
    assert decisions["HB-DEC20"]["text"] == "The Board approved the slipway lease"


def test_decision_lines_without_ids(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("1. Dues"), "DECISION: The Board approved the dues schedule.",
                                   "Decision: The pontoon survey is noted."])
    texts = {d["text"]: d for d in decisions.values()}
    assert set(decisions) == {f"{MEETING}-D1", f"{MEETING}-D2"}
    assert texts["The Board approved the dues schedule"]["outcome"] == "approved"
    assert texts["The pontoon survey is noted"]["outcome"] == "noted"


RESOLUTIONS = [
    ("RESOLVED that the harbour dues schedule be approved.", "that the harbour dues schedule be approved", "approved"),
    ("RESOLVED: that the report be noted.", "that the report be noted", "noted"),
    ("It was RESOLVED that the Clerk writes to the yacht clubs.", "that the Clerk writes to the yacht clubs",
     "agreed"),
    ("RESOLVED (Lutz/Roe) That leave of absence be granted to Mr Gale.",
     "That leave of absence be granted to Mr Gale", "approved"),
    ("Resolved – That the fee waiver be refused.", "That the fee waiver be refused", "rejected"),
    ("AGREED: The workshop will be held in April.", "The workshop will be held in April", "agreed"),
    ("Agreed that the minutes of the last meeting were a correct record.",
     "that the minutes of the last meeting were a correct record", "agreed"),
    ("NOTED the harbour master's report.", "NOTED the harbour master's report", "noted"),
    ("RECOMMENDED that the Council adopts the berthing policy.", "that the Council adopts the berthing policy",
     "recommended"),
    ("The Board NOTED the update on pilotage.", "The Board NOTED the update on pilotage", "noted"),
]


@pytest.mark.parametrize("line,text,outcome", RESOLUTIONS, ids=[x[0][:24] for x in RESOLUTIONS])
def test_resolution_family(tmp_path, line, text, outcome):
    _, decisions = read(tmp_path, [*HEAD, B("4. Harbour business"), "The Board discussed the item.", line])
    (d,) = decisions.values()
    assert (d["text"], d["outcome"], d["decided_by"]) == (text, outcome, "HB")
    assert d["id"] == f"{MEETING}-D1"


def test_resolved_alone_with_the_text_below(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("5. Moorings"), "RESOLVED", "That the mooring charges be withdrawn."])
    (d,) = decisions.values()
    assert d["text"] == "That the mooring charges be withdrawn" and d["outcome"] == "withdrawn"


def test_numbered_resolutions_are_several_decisions_under_a_minute_number(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("Minute No. 42/25: Finance"),
                                   "RESOLVED (1) that the schedule of payments be approved; and (2) that £500 be "
                                   "transferred to the pontoon reserve.",
                                   B("Minute No. 43/25: Police report"), "RESOLVED that the report be noted."],
                        abbrev=None, body="Harbour Board")
    assert set(decisions) == {"Minute 42/25(1)", "Minute 42/25(2)", "Minute 43/25"}
    assert decisions["Minute 42/25(1)"]["outcome"] == "approved"
    assert decisions["Minute 42/25(2)"]["outcome"] == "agreed"
    assert decisions["Minute 43/25"]["decided_by"] == "Harbour Board"  # no abbreviation: the body's name
    assert decisions["Minute 43/25"]["area"] == "Police report"


def test_narrative_body_verbs_keep_their_outcomes(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("1. Items"),
                                   "The minutes of the meeting held on 3 February 2025 were approved.",
                                   "The Panel approved the dredging plan.", "The Board rejected the fee waiver.",
                                   "The Committee agreed to defer the pilotage review.",
                                   "The Board noted the harbour master's report.",
                                   "The Board agreed that the workshop should go ahead.",
                                   "The Board recommended the berthing policy to the Council.",
                                   "The P14 Workgroup recommends approval of the policy.",
                                   "The Chair noted that the survey was late.",
                                   "Members agreed that the railings needed repair."])
    outcomes = [d["outcome"] for d in decisions.values()]
    assert outcomes == ["approved", "approved", "rejected", "deferred", "noted", "agreed", "recommended"]
    assert {d["decided_by"] for d in decisions.values()} == {"HB"}  # 'The Panel' is the body
    assert sorted(decisions) == [f"{MEETING}-D{n}" for n in range(1, 8)]


def test_itemised_decisions_make_narrative_sentences_discussion(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("1. Dues"), "The Board agreed the dues should be reviewed.",
                                   B("DECISION HB-DEC30: The Board approved the review of harbour dues.")])
    assert set(decisions) == {"HB-DEC30"}


def test_decisions_and_actions_in_grid_cells(tmp_path):
    """A ruled Item | Minute | Action grid: labels glued onto the item title inside a cell."""
    actions, decisions = read(tmp_path, [*HEAD, T([
        ["Item", "Minute", "Action"],
        ["4.2", "Pilotage Terms of Reference RESOLVED: that the revised terms be approved. "
                "ACTION: CD to publish the approved terms on the website.", "CD"],
    ])])
    (d,) = decisions.values()
    assert d["text"] == "that the revised terms be approved" and d["outcome"] == "approved"
    (a,) = actions.values()
    assert a["owners"] == ["person:cara-dean"] and a["text"].startswith("CD to publish")


def test_a_vote_sentence_is_not_a_second_decision(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("2. Dues"), "With five votes in favour and one abstention it was "
                                   "AGREED to approve the change. The Board approved the dues schedule."])
    assert [d["text"] for d in decisions.values()] == ["The Board approved the dues schedule"]


def test_action_table_printed_without_a_header_row(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("Actions"), T([
        ["HB14-11", "Repaint the harbour office railings before the summer", "Ben Roe", "30/05/2025"],
        ["HB14-12", "Arrange the annual lifebuoy inspection with the contractor", "CD", "ASAP"],
    ], header=False)])
    assert set(actions) == {"HB14-11", "HB14-12"}
    assert actions["HB14-11"]["due"] == "2025-05-30" and actions["HB14-12"]["owners"] == ["person:cara-dean"]


def test_clerk_to_action_tail_and_group_owner(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("3. Footpaths"),
                                 "The hedge on the quay path needs cutting back – Clerk to action.",
                                 "Action item 5: review the draft harbour byelaws (all)"])
    by_owner = {a["owner_text"]: a for a in actions.values()}
    assert by_owner["Clerk"]["text"] == "The hedge on the quay path needs cutting back"
    assert by_owner["Clerk"]["owners"] == ["person:dev-fenn"]
    assert by_owner["all"]["owners"] == ["body:hb"] and by_owner["all"]["id"] == "Action item 5"


def test_further_resolved_clauses_are_several_decisions(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("6. Budget"), "Resolved, That the harbour budget be adopted; and be it "
                                   "further Resolved, That the Clerk publish the budget."])
    assert [d["text"] for d in decisions.values()] == ["That the harbour budget be adopted",
                                                        "That the Clerk publish the budget"]


def test_items_under_a_decisions_heading_are_decisions(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("1. Harbour dues"), "The Board agreed the dues should rise.",
                                   B("Summary of decisions"),
                                   "• The harbour dues for 2025 were approved.\n• The pilotage review was deferred "
                                   "to May.\n• The Chair rejected the late fee waiver request.",
                                   B("2. Any other business"), "The Board noted the open day date."])
    assert [(d["text"], d["outcome"], d["decided_by"]) for d in decisions.values()] == [
        ("The harbour dues for 2025 were approved", "approved", "HB"),
        ("The pilotage review was deferred to May", "deferred", "HB"),
        ("The Chair rejected the late fee waiver request", "rejected", "Chair")]


def test_status_lines_of_old_ids_with_dashes_and_brackets(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("2. Actions from the last meeting"), "HB13-01 – complete.",
                                 "HB13-02 – ongoing.", "HB13-03 (quay survey): closed"])
    assert {k: a["status"] for k, a in actions.items()} == {"HB13-01": "closed", "HB13-02": "open",
                                                            "HB13-03": "closed"}


def test_owner_in_brackets_after_the_action_label(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("1. Pilotage"), "ACTION (AL): circulate the draft pilotage note."])
    (a,) = actions.values()
    assert a["owners"] == ["person:ana-lutz"] and a["text"] == "circulate the draft pilotage note"


@pytest.mark.parametrize("line,outcome", [
    ("The Board agreed to approve the harbour plan.", "approved"),
    ("The Board agreed to note the quarterly report.", "noted"),
    ("The Board agreed that the late application be refused.", "rejected"),
    ("The Board agreed to recommend the plan to the Council.", "agreed"),
    ("The Board agreed to defer the fee review to May.", "deferred"),
])
def test_what_was_agreed_is_the_outcome(tmp_path, line, outcome):
    _, decisions = read(tmp_path, [*HEAD, B("3. Plan"), line])
    assert [d["outcome"] for d in decisions.values()] == [outcome]


def test_a_row_with_only_its_action_text_is_an_action_and_a_band_is_not(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, T([
        ["Ref", "Action", "Owner", "Due"],
        ["", "New actions", "", ""],
        ["", "Check the tide gauge calibration after the storm", "", ""],
        ["HB14-21", "Renew the slipway licence", "Ben Roe", "31/03/2025"],
    ])])
    texts = sorted(a["text"] for a in actions.values())
    assert texts == ["Check the tide gauge calibration after the storm", "Renew the slipway licence"]
    assert actions[f"{MEETING}-A1"]["area"] == "New actions"


def test_attendance_style_dash_lines_are_not_actions(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, "Ben Roe - apologies", "Cara Dean – observer",
                                 "Action Taken: none."])
    assert actions == {}


@pytest.mark.parametrize("result,outcome", [("Motion carried.", "approved"), ("The motion was lost.", "rejected")])
def test_a_motion_put_and_its_result(tmp_path, result, outcome):
    _, decisions = read(tmp_path, [*HEAD, B("7. Moorings"), "Moved by Mr Roe", "Seconded by Ms Dean",
                                   "That the revised mooring charges be approved.", result])
    (d,) = decisions.values()
    assert d["text"] == "That the revised mooring charges be approved" and d["outcome"] == outcome


def test_numbered_motions_with_a_bare_result_and_a_count(tmp_path):
    """'Motion 2: That ...' then 'Proposed: A Seconded: B. Carried (For 38, Against 3, Abstain 2).': each motion
    put is a decision, lost ones rejected; a bare 'Carried' with no motion put before it is none."""
    _, decisions = read(tmp_path, [*HEAD, B("3. Moorings"),
                                   "Motion 1: That the revised mooring charges be approved. Proposed: Ben Roe "
                                   "Seconded: Cara Dean. Carried (For 30, Against 2, Abstain 1).",
                                   B("4. Slipway"),
                                   "Motion 2: That the slipway be closed on Sundays. Proposed: Cara Dean "
                                   "Seconded: Ben Roe. Lost (For 5, Against 20, Abstain 0).",
                                   B("5. Other business"), "Carried forward to the next meeting."])
    got = sorted((d["text"], d["outcome"], d["area"]) for d in decisions.values())
    assert got == [("That the revised mooring charges be approved", "approved", "Moorings"),
                   ("That the slipway be closed on Sundays", "rejected", "Slipway")]


def test_motion_and_its_resolution_are_one_decision(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("Minute No. 41/25: Library"),
                                   "Moved by Councillor Roe Seconded by Councillor Dean That the Board objects to "
                                   "the closure of the harbour library.", "Motion status: Carried",
                                   "RESOLVED that the Board objects to the closure of the harbour library."])
    assert list(decisions) == ["Minute 41/25"]


def test_recommend_label_and_chairs_action(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("8. Items"),
                                   "RECOMMEND to the COUNCIL that the berthing policy be adopted.",
                                   "DECISION HB-DEC40 (Chair's action): The slipway closure was approved."])
    outcomes = {d["id"]: (d["outcome"], d["decided_by"]) for d in decisions.values()}
    assert outcomes == {f"{MEETING}-D1": ("recommended", "HB"), "HB-DEC40": ("approved", "Chair")}


def test_an_id_that_holds_a_date_is_still_an_id(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, T([["ID", "Action", "Agency", "Completion Date"],
                                           ["CMC-A-2025-06-02", "Publish the harbour safety plan", "Ben Roe",
                                            "30/06/2025"]])])
    assert list(actions) == ["CMC-A-2025-06-02"] and actions["CMC-A-2025-06-02"]["due"] == "2025-06-30"


def test_areas_from_the_item_a_statement_sits_under(tmp_path):
    actions, decisions = read(tmp_path, [*HEAD, B("Minute No. 40/25: Planning Applications"),
                                         "RESOLVED that the Board raises no objection to the application.",
                                         "ACTION: Ben to reply to the planning authority.",
                                         B("Action list"), T([["Minute", "Action", "Responsible", "By"],
                                                              ["40/25", "Reply to the planning authority",
                                                               "Ben Roe", "14 March 2025"]]),
                                         "Grid of the safety items:",
                                         T([["Item", "Minute", "Action"],
                                            ["5.1", "Harbour Safety Plan The Board APPROVED the safety plan.", ""]])])
    (a,) = actions.values()
    assert a["area"] == "Planning Applications"  # the Minute cell points to the minute's title
    assert {d["text"]: d["area"] for d in decisions.values()} == {
        "that the Board raises no objection to the application": "Planning Applications",
        "The Board APPROVED the safety plan": "Harbour Safety Plan"}


def test_labels_after_a_paragraph_number(tmp_path):
    actions, decisions = read(tmp_path, [*HEAD, B("2. Safety"), "2.3 ACTION: CD to publish the safety plan.",
                                         "2.4 RESOLVED that the safety plan be approved."])
    assert [a["owners"] for a in actions.values()] == [["person:cara-dean"]]
    assert [d["outcome"] for d in decisions.values()] == ["approved"]


def test_two_short_actions_sharing_two_words_stay_apart(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("2. Pontoons"), "Ben reported on the pontoon survey. (Action: BR)",
                                 B("Actions"), "Ben Roe - publish the pontoon survey (end of March)"])
    assert sorted(a["text"] for a in actions.values()) == ["Ben reported on the pontoon survey",
                                                           "publish the pontoon survey"]


def test_resolution_table_with_a_result_column(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("Resolutions"), T([
        ["Resolution No.", "Resolution", "Moved", "Seconded", "Result"],
        ["R-25-41", "That the harbour plan be adopted", "Roe", "Dean", "Carried"],
        ["R-25-42", "That the harbour office open on Sundays", "Dean", "Roe", "Lost"],
        ["R-25-43", "That the dredging item be carried forward to April", "Roe", "Lutz", "Carried"],
    ])])
    assert {k: d["outcome"] for k, d in decisions.items()} == {"R-25-41": "approved", "R-25-42": "rejected",
                                                               "R-25-43": "agreed"}


def test_decision_column_of_a_minutes_grid(tmp_path):
    actions, decisions = read(tmp_path, [*HEAD, T([
        ["Item", "Discussion", "Decision", "Action"],
        ["Dredging", "Members reviewed the two quotations for the spring dredging works.",
         "The lower quotation was accepted", "Place the dredging order with the contractor before April"],
        ["Open day", "The open day programme was outlined by the Secretariat.", "",
         "Circulate the open day programme to members"],
    ])])
    assert [(d["text"], d["outcome"], d["area"]) for d in decisions.values()] == [
        ("The lower quotation was accepted", "approved", "Dredging")]
    assert sorted(a["text"] for a in actions.values()) == ["Circulate the open day programme to members",
                                                           "Place the dredging order with the contractor before April"]


def test_numbered_lists_under_actions_and_decisions_headings(tmp_path):
    actions, decisions = read(tmp_path, [*HEAD, B("1. Dues"), "The Board discussed the dues.", B("Actions"),
                                         "1. Ana to circulate the dues schedule", "2. Ben to book the hall",
                                         B("Decisions"), "1. The dues schedule was approved",
                                         "2. The hall booking was deferred", B("2. Any other business"),
                                         "None."])
    assert sorted(a["owner_text"] for a in actions.values()) == ["Ana", "Ben"]
    assert [d["outcome"] for d in decisions.values()] == ["approved", "deferred"]


def test_capitalised_tasks_under_an_actions_heading_and_weekday_dates(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("Actions"), "Ben Roe – Publish the pontoon survey\n"
                                 "Cara Dean – Book the hall for the open day",
                                 "ACTION: Ana to confirm the pilot roster by Friday 14 March 2025."])
    by_owner = {a["owner_text"]: a for a in actions.values()}
    assert by_owner["Ben Roe"]["text"] == "Publish the pontoon survey"
    assert by_owner["Cara Dean"]["owners"] == ["person:cara-dean"]
    assert by_owner["Ana"]["due"] == "2025-03-14" and by_owner["Ana"]["due_text"] == "Friday 14 March 2025"


def test_a_quote_from_a_paragraph_broken_by_a_page_break_stays_on_its_page(tmp_path):
    filler = [f"Line {i} of the harbour master's report on moorings and tides." for i in range(34)]
    story = [*filler, "The Board discussed the pontoon survey at some length and members asked about the costs of "
             "the repairs and whether the contractor could start before the summer season, when the harbour is "
             "busiest and the moorings are fully let, and the harbour master explained the options. ACTION: Ben to "
             "circulate the survey report to all members of the board before the next meeting of the harbour users "
             "group so that members can comment on the options and the costs in good time."]
    parsed = parse_pdf(make_pdf(tmp_path / "m.pdf", story))
    assert any(len({ln.page for ln in b.lines}) > 1 for b in parsed.blocks if isinstance(b, Paragraph))
    actions, _ = read(tmp_path, story)
    (a,) = actions.values()
    (ev,) = a["evidence"]
    page_text = " ".join(parse_pdf(tmp_path / "m.pdf").page_texts[ev["page"]].split())
    assert ev["quote"].startswith("ACTION: Ben to circulate") and ev["quote"] in page_text


@pytest.mark.parametrize("line,approved,rejected", [
    ("DECISION HB-DEC50: CR044 (Quay Lighting) was rejected, as the benefits did not justify it.", [],
     ["cr:CR044"]),
    ("DECISION HB-DEC50: CR018 was approved and CR017 was rejected.", ["cr:CR018"], ["cr:CR017"]),
    ("DECISION HB-DEC50: The Board agreed to defer CR031 so that CR032 can be considered alongside it.",
     ["cr:CR031"], []),
])
def test_what_a_decision_approves_and_rejects(tmp_path, line, approved, rejected):
    from minutes_kg.extractor.decisions import split_outcomes

    _, decisions = read(tmp_path, [*HEAD, B("4. Changes"), line])
    d = decisions["HB-DEC50"]
    assert split_outcomes(d["text"]) == (approved, rejected)
    assert d["subjects"] == approved + rejected


# --- held-out forms: ids inside the text cell, owner-only labels, role owners, sub-labels ----------

def test_action_cell_opening_with_its_id_and_earlier_ids_of_that_shape(tmp_path):
    """'Action | Lead | Target date | Status' with 'K318-1' as the first line of the Action cell, a band of
    carried actions, and 'K317-1 ... was closed' in the text: an earlier action of the same id shape."""
    actions, _ = read(tmp_path, [*HEAD, B("2. Matters arising"),
                                 "K317-1 (the mooring survey) was closed. K317-2 remains open.",
                                 B("Action log"), T([
                                     ["Action", "Lead", "Target date", "Status"],
                                     ["K318-1\nCirculate the revised harbour dues schedule", "Ben Roe", "9 May 2025",
                                      "Open"],
                                     ["K318-2\nBook the venue for the April workshop", "Programme (Matthew Orr)",
                                      "Q3 2025", "Open"],
                                     ["Actions carried forward from previous meetings", "", "", ""],
                                     ["K317-2\nReport the dredging survey findings", "Cara Dean", "TBC", "Open"],
                                 ])])
    assert set(actions) == {"K318-1", "K318-2", "K317-1", "K317-2"}
    assert actions["K318-1"]["text"] == "Circulate the revised harbour dues schedule"
    assert actions["K318-1"]["owners"] == ["person:ben-roe"] and actions["K318-1"]["due"] == "2025-05-09"
    assert actions["K318-2"]["owners"] == ["org:programme", "person:matthew-orr"]
    assert actions["K318-2"]["due"] is None and actions["K318-2"]["due_text"] == "Q3 2025"
    assert actions["K317-2"]["area"] == "Actions carried forward from previous meetings"
    assert actions["K317-1"]["status"] == "closed" and actions["K317-2"]["status"] == "open"


def test_a_change_id_opening_the_action_text_is_not_the_actions_id(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("Action log"), T([
        ["Action", "Lead", "Due"],
        ["CR018 to be circulated to all members for comment", "Ben Roe", "9 May 2025"],
        ["CR019 impact assessment to be requested from the harbour master", "Cara Dean", "TBC"],
    ])])
    assert set(actions) == {f"{MEETING}-A1", f"{MEETING}-A2"}
    assert actions[f"{MEETING}-A1"]["text"].startswith("CR018 to be circulated")


def test_decision_cell_opening_with_its_id(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("Decisions"), T([
        ["Decision", "Decided by"],
        ["D14-1 The Board approved the revised harbour dues schedule", "Board"],
        ["D14-2 The Board noted the dredging survey", "Board"],
    ])])
    assert set(decisions) == {"D14-1", "D14-2"}
    assert decisions["D14-1"]["text"] == "The Board approved the revised harbour dues schedule"
    assert decisions["D14-2"]["outcome"] == "noted"


def narrative_roster() -> Roster:
    """People listed without initials: the minutes use initials of their names only in the text."""
    r = Roster()
    for name, role in [("Juno Barker", "Chief Executive"), ("Ira Marsh", "Treasurer"),
                       ("Rhea Tovey", "Head of Finance"), ("Nell Quade", "Academic Registrar"),
                       ("Gwen Pell", "Secretary"), ("Rafe Sand", "Pro-Vice-Chancellor (Education)"),
                       ("Tess Wyatt", "Pro-Vice-Chancellor (Research)")]:
        r.add(Person(name, [], role, None, None, "Present"))
    return r


def test_an_action_label_naming_only_the_owner_closes_the_sentence_before_it(tmp_path):
    """'... by 14 March 2025. Action: JB' in one paragraph, and 'Action: IM/RT' on its own line below the
    sentence: the sentence is the task, the label its owners (initials of listed names)."""
    actions, _ = read(tmp_path, [*HEAD, B("3. Chief Executive's report"),
                                 "JB presented her report. JB would circulate the survey results to trustees by "
                                 "14 March 2025. Action: JB",
                                 B("4. Finance"),
                                 "IM and RT would take the income projections to the Finance Committee on "
                                 "18 March 2025.",
                                 "Action: IM/RT",
                                 "RT would update the risk register before the May meeting. "
                                 "Action: RT by 2 May 2025"],
                      people=narrative_roster())
    a1, a2, a3 = (actions[f"{MEETING}-A{n}"] for n in (1, 2, 3))
    assert len(actions) == 3
    assert a1["text"] == "JB would circulate the survey results to trustees by 14 March 2025"
    assert a1["owners"] == ["person:juno-barker"] and a1["due"] == "2025-03-14"
    assert a2["owners"] == ["person:ira-marsh", "person:rhea-tovey"] and a2["due"] == "2025-03-18"
    assert a2["area"] == "Finance"
    assert a3["owners"] == ["person:rhea-tovey"] and a3["due"] == "2025-05-02"  # the label's own date


def test_action_tail_with_a_role_owner_holding_a_bracket(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("Minute 5604 PROGRAMME REVIEW"),
                                 "The revised Code would be published by 30 June 2025 (Action: Registrar)",
                                 "The Faculty Boards would be asked for their advice by 6 June 2025 "
                                 "(Action: Secretary)",
                                 "The Pro-Vice-Chancellor (Education) would consult the Students' Union on the plan "
                                 "before it was finalised (Action: Pro-Vice-Chancellor (Education))"],
                      people=narrative_roster())
    a1, a2, a3 = (actions[f"{MEETING}-A{n}"] for n in (1, 2, 3))
    assert a1["owners"] == ["person:nell-quade"] and a1["due"] == "2025-06-30"
    assert a2["owners"] == ["person:gwen-pell"]
    assert a3["owner_text"] == "Pro-Vice-Chancellor (Education)" and a3["owners"] == ["person:rafe-sand"]
    assert a3["text"].endswith("before it was finalised") and a3["due"] is None


def test_received_a_report_is_noted(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("Minute 5607 LIBRARY ANNUAL REPORT"),
                                   "RECEIVED the annual report of the Director of Library Services.",
                                   "Members asked for the figures by School.",
                                   B("Minute 5608 REVIEW"),
                                   "RECEIVED the report of the review panel.",
                                   "RESOLVED: to approve the continuation of the programmes for six years."])
    d = decisions["Minute 5607"]
    assert d["outcome"] == "noted" and d["text"] == "RECEIVED the annual report of the Director of Library Services"
    assert decisions["Minute 5608(1)"]["outcome"] == "noted"
    assert decisions["Minute 5608(2)"]["outcome"] == "approved"


def test_printed_sub_labels_of_a_minutes_resolutions_are_kept(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("24/071 PLANNING"),
                                   "(a) Application 24/01873/HOU – rear extension. RESOLVED to raise no objection.",
                                   "Proposed: Cllr Roe Seconded: Cllr Lutz All in favour",
                                   "(b) Application 24/02011/FUL – two dwellings. Members were concerned about the "
                                   "junction.",
                                   "RESOLVED to object to application 24/02011/FUL on the grounds of highway safety.",
                                   B("24/072 FINANCE"),
                                   "RESOLVED to approve the schedule of payments.",
                                   "RESOLVED to note the bank reconciliation."])
    assert {"Minute 24/071(a)", "Minute 24/071(b)", "Minute 24/072(1)", "Minute 24/072(2)"} <= set(decisions)
    assert decisions["Minute 24/071(b)"]["text"].startswith("to object to application")


def test_numbered_resolutions_keep_their_printed_letters(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("Minute No. 42/25: Finance"),
                                   "RESOLVED: (a) that the accounts be approved; and (b) that the auditor be "
                                   "reappointed."])
    assert decisions["Minute 42/25(a)"]["outcome"] == "approved"
    assert decisions["Minute 42/25(b)"]["text"] == "that the auditor be reappointed"


def test_owner_cell_naming_two_councillors_with_a_hyphenated_surname(tmp_path):
    people = Roster()
    for name in ("R Featherstone-Bligh", "T Abara", "W Ostrowska"):
        people.add(Person(name, [], None, None, None, "Those present"))
    actions, _ = read(tmp_path, [*HEAD, B("Actions arising"), T([
        ["Who", "What", "When"],
        ["Cllr Featherstone-Bligh and Cllr Abara", "Carry out the quarterly play area inspection", "November 2024"],
        ["Cllr Ostrowska", "Obtain a second quotation for the fence repairs", "Next meeting"],
    ])], people=people)
    a = next(a for a in actions.values() if a["text"].startswith("Carry out"))
    assert a["owners"] == ["person:r-featherstone-bligh", "person:t-abara"]


def test_items_under_an_actions_heading_with_will_or_a_bracketed_owner(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("Actions"),
                                 "• The Secretariat will write to the District Council about the moorings.",
                                 "• Publish the notes on the harbour website (BR)",
                                 "• All actions from the last meeting were reviewed."])
    texts = {a["text"]: a for a in actions.values()}
    assert set(texts) == {"The Secretariat will write to the District Council about the moorings",
                          "Publish the notes on the harbour website"}
    assert texts["Publish the notes on the harbour website"]["owners"] == ["person:ben-roe"]
    assert texts["The Secretariat will write to the District Council about the moorings"]["owners"] == \
        ["person:cara-dean"]


def test_action_label_with_the_owner_after_a_space(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("3. Finance"),
                                 "Ben Roe would circulate the revised budget to members by 21 March 2025. ACTION BR"])
    (a,) = actions.values()
    assert a["owners"] == ["person:ben-roe"] and a["due"] == "2025-03-21"
    assert a["text"] == "Ben Roe would circulate the revised budget to members by 21 March 2025"


def test_a_body_resolving_in_capitals_without_the(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("3. Finance"), "Members RESOLVED that the accounts be approved.",
                                   "Members agreed that the railings needed repair."])
    (d,) = decisions.values()
    assert d["outcome"] == "approved" and d["decided_by"] == "HB"


def test_status_column_told_apart_by_content_and_log_date_forms(tmp_path):
    """'RAG status' names no status role: its cells ('Open', 'Complete') do; '14-Mar-25' is a full date."""
    actions, _ = read(tmp_path, [*HEAD, B("Action log"), T([
        ["Ref", "Action agreed", "Person(s) responsible", "Deadline", "RAG status"],
        ["HB14-01", "Circulate the revised harbour dues schedule to members", "Ben Roe", "14-Mar-25", "Open"],
        ["HB14-02", "Book the venue for the April workshop on moorings", "CD", "ASAP", "Complete"],
    ]), "Ana Lutz to report the survey findings by the 4th of April 2025."])
    assert actions["HB14-01"]["due"] == "2025-03-14" and actions["HB14-01"]["status"] == "open"
    assert actions["HB14-02"]["status"] == "closed"
    (survey,) = [a for a in actions.values() if a["text"].startswith("Ana Lutz to report")]
    assert survey["due"] == "2025-04-04"


def test_a_bare_label_over_enumerated_resolutions(tmp_path):
    """'The Committee AGREED:' over '(i) to approve ...' / '(ii) to defer ...': one decision per item."""
    _, decisions = read(tmp_path, [*HEAD, B("Minute 12/25 Finance"), "The Committee AGREED:",
                                   "(i) to approve the harbour budget for 2026;", "(ii) to defer the fees review.",
                                   B("Minute 13/25 Moorings"), "RESOLVED unanimously that the mooring charges be "
                                   "approved."])
    assert decisions["Minute 12/25(i)"]["outcome"] == "approved"
    assert decisions["Minute 12/25(i)"]["text"] == "to approve the harbour budget for 2026"
    assert decisions["Minute 12/25(ii)"]["outcome"] == "deferred"
    assert decisions["Minute 13/25"]["outcome"] == "approved"
    assert decisions["Minute 13/25"]["text"] == "that the mooring charges be approved"


def test_trustees_deciding_in_minutes_that_do_not_itemise_decisions(tmp_path):
    _, decisions = read(tmp_path, [*HEAD, B("3. Accounts"), "The Trustees approved the accounts for 2024."])
    (d,) = decisions.values()
    assert d["outcome"] == "approved" and d["decided_by"] == "HB"


@pytest.mark.parametrize("line,text,owners,due", [
    ("ACTION: BR – circulate the paper to members by 14 March 2025",
     "circulate the paper to members by 14 March 2025", ["person:ben-roe"], "2025-03-14"),
    ("ACTION: BR/CD: circulate the paper to members", "circulate the paper to members",
     ["person:ben-roe", "person:cara-dean"], None),
    ("Action: circulate the paper to members (BR, CD)", "circulate the paper to members",
     ["person:ben-roe", "person:cara-dean"], None),
    ("ACTION: The Secretariat will circulate the paper to members.",
     "The Secretariat will circulate the paper to members", ["person:cara-dean"], None),
])
def test_owners_a_labelled_action_states_in_its_text(tmp_path, line, text, owners, due):
    actions, _ = read(tmp_path, [*HEAD, B("3. Finance"), "Members discussed the paper.", line])
    (a,) = actions.values()
    assert (a["text"], a["owners"], a["due"]) == (text, owners, due)


def test_owner_only_label_inside_a_minutes_grid_cell(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, T([
        ["Item", "Notes"],
        ["3. Finance", "Members discussed the budget. Ben Roe would circulate the paper by 14 March 2025. "
                       "Action: BR"],
    ])])
    (a,) = actions.values()
    assert a["text"] == "Ben Roe would circulate the paper by 14 March 2025"
    assert a["owners"] == ["person:ben-roe"] and a["due"] == "2025-03-14"


def test_rows_under_a_completed_actions_band_are_closed(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("Action log"), T([
        ["Ref", "Action", "Owner", "Due"],
        ["HB14-01", "Circulate the revised harbour dues schedule to members", "Ben Roe", "14/03/2025"],
        ["Completed actions", "", "", ""],
        ["HB13-02", "Book the venue for the April workshop on moorings", "CD", "ASAP"],
    ])])
    assert actions["HB14-01"]["status"] == "open" and actions["HB13-02"]["status"] == "closed"


def test_an_owner_only_label_naming_someone_not_listed_and_a_heading_that_is_not_one(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("3. Estates"), "The boiler replacement would be tendered by 30 May 2025. "
                                 "Action: Estates Team", B("Action Log"), "Action: none"])
    (a,) = actions.values()
    assert a["text"] == "The boiler replacement would be tendered by 30 May 2025"
    assert a["owner_text"] == "Estates Team" and a["owners"] == [] and a["due"] == "2025-05-30"


@pytest.mark.parametrize("heading,minute", [("C123/24 PLANNING", "C123/24"), ("FC/24/12 Finance", "FC/24/12"),
                                            ("45/24. Finance", "45/24")])
def test_minute_numbers_with_a_prefix_or_a_stop_head_their_resolutions(tmp_path, heading, minute):
    _, decisions = read(tmp_path, [*HEAD, B(heading), "RESOLVED that the accounts be approved.",
                                   "RESOLVED that the fees be noted.", B("4.2 Moorings"),
                                   "RESOLVED that the mooring survey be noted."])
    assert {f"Minute {minute}(1)", f"Minute {minute}(2)"} <= set(decisions)
    assert not any(k.startswith("Minute 4.2") for k in decisions)  # an item number is not a minute's


@pytest.mark.parametrize("tail", ["(ACTION: BR by 14 March 2025)", "[Action: BR, 14/03/2025]",
                                  "(Action: BR – 14 March 2025)."])
def test_an_action_tail_with_its_owner_and_a_date(tmp_path, tail):
    actions, _ = read(tmp_path, [*HEAD, B("3. Finance"), f"Ben Roe would circulate the paper to members {tail}"])
    (a,) = actions.values()
    assert a["owner_text"] == "BR" and a["owners"] == ["person:ben-roe"] and a["due"] == "2025-03-14"
    assert a["text"] == "Ben Roe would circulate the paper to members"


def test_a_log_that_types_its_rows_action_or_decision(tmp_path):
    actions, decisions = read(tmp_path, [*HEAD, B("Decisions and actions"), T([
        ["Ref", "Type", "Description", "Owner", "Due"],
        ["1", "Decision", "The Board approved the revised harbour dues schedule", "", ""],
        ["2", "Action", "Circulate the revised dues schedule to all mooring holders", "BR", "14/03/2025"],
        ["3", "Info", "The harbour master reported on the spring tides", "", ""],
    ])])
    (a,) = actions.values()
    assert a["text"] == "Circulate the revised dues schedule to all mooring holders"
    assert a["owners"] == ["person:ben-roe"]
    (d,) = decisions.values()
    assert d["text"] == "The Board approved the revised harbour dues schedule" and d["outcome"] == "approved"


def test_labelled_action_in_a_grid_takes_the_rows_owner_and_deadline(tmp_path):
    actions, decisions = read(tmp_path, [*HEAD, B("Summary of decisions and actions"), T([
        ["Item", "Decision / Action", "Owner", "Deadline"],
        ["3", "DECISION: The Board approved the revised harbour dues schedule", "", ""],
        ["4", "ACTION: Circulate the revised dues schedule to all mooring holders", "BR", "14/03/2025"],
    ])])
    (a,) = actions.values()
    assert a["owners"] == ["person:ben-roe"] and a["due"] == "2025-03-14"
    assert len(decisions) == 1


@pytest.mark.parametrize("line,outcome", [
    ("RESOLVED that the proposal for a new slipway not be supported.", "rejected"),
    ("RESOLVED that the pontoon lease be held over to the next meeting.", "deferred"),
    ("RESOLVED that the harbour accounts for 2024 be signed off.", "approved"),
])
def test_outcome_words_beyond_the_usual_verbs(tmp_path, line, outcome):
    _, decisions = read(tmp_path, [*HEAD, B("3. Harbour works"), line])
    (d,) = decisions.values()
    assert d["outcome"] == outcome


def test_task_lines_under_an_actions_heading_opening_with_their_ids(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("Actions"),
                                 "• HB14-1 Ben Roe to circulate the revised harbour dues schedule.",
                                 "• AP7: Cara Dean to book the venue for the April workshop.",
                                 "• Q3 forecast: Ana Lutz to present it to the next meeting."])
    assert {"HB14-1", "AP7"} <= set(actions)
    assert actions["HB14-1"]["text"] == "Ben Roe to circulate the revised harbour dues schedule"
    assert actions["HB14-1"]["owners"] == ["person:ben-roe"] and actions["AP7"]["owners"] == ["person:cara-dean"]
    assert "Q3" not in actions


def test_an_earlier_action_of_the_printed_code_shape_closed_in_the_text(tmp_path):
    actions, _ = read(tmp_path, [*HEAD, B("2. Matters arising"), "AP2 (the tide tables) was complete.",
                                 B("Action log"), T([
                                     ["Action", "Description", "Who", "Status"],
                                     ["AP5", "Publish the consultation on the mooring charges", "BR", "Open"],
                                     ["AP6", "Report the dredging survey findings to the next meeting", "CD", "Open"],
                                 ])])
    assert set(actions) == {"AP2", "AP5", "AP6"} and actions["AP2"]["status"] == "closed"


def test_a_bare_label_run_on_over_the_next_sentence_is_read_not_a_crash(tmp_path):
    """'RESOLVED. The budget was set.' (a label alone, then a sentence) once raised AttributeError."""
    from minutes_kg.extractor.record import extract
    from pdfmaker import B, T, make_pdf

    path = make_pdf(tmp_path / "bare.pdf", [
        B("Harbour Board Minutes"), "Meeting No. 12", "Date: 4 June 2024", B("Attendees"),
        T([["Name", "Role"], ["Ana Lutz (AL)", "Chair"], ["Ben Roe (BR)", "Treasurer"]]),
        B("1. Budget"), "RESOLVED. The budget was set at £4,000.", "Agreed. The Treasurer would report monthly.",
        T([["Item", "Discussion", "Decision"], ["2", "The fees were reviewed.", "RESOLVED. The fees stay."]]),
    ])
    record = extract(path)
    assert record["meeting"]["id"] == "HARBOUR-BOARD-12"
    assert all(d["evidence"] for d in record["decisions"])


def test_actions_numbered_by_meeting_and_line_with_a_review_of_earlier_ones(tmp_path):
    """'4.1 Ben Roe (Calder Power) to ...' under a new-actions heading: '4.1' is the action's id; the review
    of the last meeting's actions ('3.2 Open. ...') states the status of the earlier ids of that shape."""
    actions, _ = read(tmp_path, [*HEAD, B("2. Review of actions"),
                                 "3.1 Closed. The survey was circulated on 4 February 2025.",
                                 "3.2 Open. The clubs have not yet replied; Ben Roe will report next time.",
                                 B("3. Harbour dues"), "The Board discussed the dues.",
                                 B("4. New actions"),
                                 "4.1 Ben Roe (Calder Power) to send the revised dues table to the clubs by 18 March "
                                 "2025.",
                                 "4.2 Clerk to publish the notice on the harbour website before the next meeting."])
    assert {k: a["status"] for k, a in actions.items()} == {
        "3.1": "closed", "3.2": "open", "4.1": "open", "4.2": "open"}
    assert actions["4.1"]["owners"] == ["person:ben-roe"]
    assert actions["4.1"]["due"] == "2025-03-18"
    assert actions["4.1"]["text"].startswith("Ben Roe (Calder Power) to send")
    assert actions["4.2"]["owners"] == ["person:dev-fenn"]
