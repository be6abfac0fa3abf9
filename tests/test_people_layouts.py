"""People and attendance in the layout forms of LAYOUTS.md sections 2 and 3, each on a small real PDF.

Every test writes a short fictional minutes document with tests/pdfmaker.py (a title, the attendance
form under test, one agenda item), extracts its record and checks the people read from it.
"""

import pytest
from minutes_kg.extractor.record import extract
from minutes_kg.extractor.roster import Person, Roster
from pdfmaker import PAGE, B, T, make_pdf

TITLE = B("Minutes of the Westmere Harbour Board meeting held on 3 March 2025")
ITEM = [B("1. Minutes of the previous meeting"), "RESOLVED that the minutes of the last meeting be approved."]


def people(tmp_path, *story, name="m.pdf"):
    rec = extract(make_pdf(tmp_path / name, [TITLE, *story, *ITEM]))
    return {p["key"]: p for p in rec["people"]}, rec


def key(name):
    return "person:" + name.lower().replace(" ", "-")


# ---------------------------------------------------------------- 1. attendee tables


def test_table_name_initials_role_attended(tmp_path):
    got, _ = people(tmp_path, B("Attendees"), T([
        ["Name", "Initials", "Role", "Attended"],
        ["Ana Lutz", "AL", "Chair", "Yes"],
        ["Ben Roe", "BR", "Large Supplier Representative", "Part"],
        ["Cara Dean", "CD", "DNO Representative", "Apologies"],
        ["Dev Fenn", "DF", "Secretariat", "No"],
    ]))
    assert got[key("Ana Lutz")]["attendance"] == "present" and got[key("Ana Lutz")]["role"] == "Chair"
    assert got[key("Ana Lutz")]["initials"] == ["AL"]
    assert got[key("Ben Roe")]["attendance"] == "part"
    assert got[key("Ben Roe")]["constituency"] == "Large Supplier Representative"
    assert got[key("Cara Dean")]["attendance"] == "apologies"
    assert got[key("Dev Fenn")]["attendance"] == "absent"


def test_table_whose_headers_are_phrases_around_the_name_and_attendance_words(tmp_path):
    """'Panel Member | Representing | Present? (Y / N)': header cells that hold the words, not only are them."""
    got, _ = people(tmp_path, T([
        ["Panel Member", "Representing", "Present? (Y / N)"],
        ["Ana Lutz", "Generators", "Y"],
        ["Ben Roe", "Suppliers", "N"],
        ["Cara Dean", "Consumers", "Y"],
    ]))
    assert {k: p["attendance"] for k, p in got.items()} == {
        key("Ana Lutz"): "present", key("Ben Roe"): "absent", key("Cara Dean"): "present"}


def test_table_name_initials_organisation_role(tmp_path):
    got, _ = people(tmp_path, B("Attendees"), T([
        ["Name", "Initials", "Organisation", "Role"],
        ["Ana Lutz", "AL", "Calder Power", "Chair"],
        ["Ben Roe", "BR", "Elexon", "Elexon Representative"],
        ["Cara Dean", "CD", "Vale Tech", "Observer"],
    ]))
    assert got[key("Ana Lutz")]["role"] == "Chair" and got[key("Ana Lutz")]["initials"] == ["AL"]
    assert got[key("Ana Lutz")]["organisation"] == "Calder Power"
    assert got[key("Ben Roe")]["organisation"] == "Elexon"
    assert got[key("Cara Dean")]["role"] == "Observer" and got[key("Cara Dean")]["organisation"] == "Vale Tech"


def test_table_role_name_representing_present_apology_ticks(tmp_path):
    got, _ = people(tmp_path, B("Attendance details"), T([
        ["Role", "Name", "Representing", "Present", "Apology"],
        ["Chair", "Ana Lutz", "Programme", "✓", ""],
        ["Large Supplier Representative", "Ben Roe", "Calder Power", "✓", ""],
        ["Consumer Representative", "Cara Dean", "Citizens Advice", "", "✓"],
        ["Observer", "Dev Fenn", "Ofgem", "", ""],
    ]))
    assert got[key("Ana Lutz")]["attendance"] == "present" and got[key("Ana Lutz")]["role"] == "Chair"
    assert got[key("Ben Roe")]["organisation"] == "Calder Power"
    assert got[key("Cara Dean")]["attendance"] == "apologies"
    # an empty tick cell is unknown, not present
    assert got[key("Dev Fenn")]["attendance"] not in ("present", "part")


def test_table_code_panel_roles_give_the_seat(tmp_path):
    got, _ = people(tmp_path, B("Attendees"), T([
        ["Name", "Role", "Initials", "Company"],
        ["Ana Lutz", "Chair", "AL", ""],
        ["Ben Roe", "Large Generator Member", "BR", "Calder Power"],
        ["Cara Dean", "Large Generator Alternate", "CD", "Calder Power"],
        ["Dev Fenn", "Supplier Member", "DF", "Vale Energy"],
    ]))
    assert got[key("Ben Roe")]["role"] == "Large Generator Member"
    assert got[key("Ben Roe")]["constituency"] == "Large Generator"
    assert got[key("Cara Dean")]["constituency"] == "Large Generator"
    assert got[key("Dev Fenn")]["organisation"] == "Vale Energy" and got[key("Dev Fenn")]["initials"] == ["DF"]
    assert got[key("Ana Lutz")]["constituency"] is None


def test_table_house_style_group_rows_and_initials_in_the_name_cell(tmp_path):
    got, _ = people(tmp_path, B("Attendees"), T([
        ["Attendee", "Role"],
        ["Chair", ""],
        ["Ana Lutz (Chair)", "Chair"],
        ["Industry Representatives", ""],
        ["Ben Roe (BR)", "RECCo Representative"],
        ["Cara Dean (CD) (part meeting)", "DNO Representative"],
        ["MHHS", ""],
        ["Dev Fenn (DF)", "Design Lead"],
        ["Other Attendees", ""],
        ["Eve Gale (EG)", "Ofgem"],
    ]))
    assert got[key("Ben Roe")]["initials"] == ["BR"] and got[key("Ben Roe")]["organisation"] == "RECCo"
    assert got[key("Ben Roe")]["group"] == "Industry Representatives"
    assert got[key("Cara Dean")]["attendance"] == "part"
    assert got[key("Dev Fenn")]["organisation"] == "Programme" and got[key("Dev Fenn")]["constituency"] is None
    assert got[key("Eve Gale")]["organisation"] == "Ofgem"


# ---------------------------------------------------------------- 2. group rows


def test_apologies_and_in_attendance_group_rows_inside_a_table(tmp_path):
    got, _ = people(tmp_path, B("Attendees"), T([
        ["Name", "Initials", "Organisation", "Role"],
        ["Members", "", "", ""],
        ["Ana Lutz", "AL", "Calder Power", "Chair"],
        ["In attendance", "", "", ""],
        ["Ben Roe", "BR", "Vale Tech", "Presenter"],
        ["Apologies", "", "", ""],
        ["Cara Dean", "CD", "Ofgem", "Observer"],
    ]))
    assert got[key("Ana Lutz")]["attendance"] == "present"
    assert got[key("Ben Roe")]["attendance"] == "present" and got[key("Ben Roe")]["group"] == "In attendance"
    assert got[key("Cara Dean")]["attendance"] == "apologies"


def test_group_label_on_the_first_row_only_carries_down(tmp_path):
    got, _ = people(tmp_path, B("Attendance"), T([
        ["", "Name", "Initials", "Company", "Role"],
        ["Members", "Ana Lutz", "AL", "Calder Wind Ltd", "Workgroup Member"],
        ["", "Ben Roe", "BR", "Vale Tech", "Workgroup Member (Alternate for Dev Fenn)"],
        ["In Attendance", "Cara Dean", "CD", "Ofgem", "Chair"],
        ["Apologies", "Dev Fenn", "DF", "Vale Tech", "Workgroup Member"],
    ]))
    assert got[key("Ben Roe")]["group"] == "Members" and got[key("Ben Roe")]["attendance"] == "present"
    assert got[key("Ben Roe")]["role"] == "Workgroup Member"
    assert got[key("Ben Roe")]["on_behalf_of"] == key("Dev Fenn")
    assert got[key("Cara Dean")]["group"] == "In Attendance"
    assert got[key("Dev Fenn")]["attendance"] == "apologies"
    assert got[key("Ana Lutz")]["constituency"] is None  # "Workgroup Member" names no seat


# ---------------------------------------------------------------- 3. prose lists


def test_labelled_prose_list_with_titles_chair_and_part(tmp_path):
    got, _ = people(tmp_path, "Present: Cllr A Lutz (Chair), Councillor Mrs B Roe, Cllr Dr C Dean (arrived 7.05pm) "
                              "and Cllr D Fenn.",
                    "In attendance: Mrs E Gale – Town Clerk; Mr F Hart – Police Community Support Officer, "
                    "Wessex Police (for Minute No. 3/25 only); and two members of the public.")
    assert set(got) == {key(n) for n in ("A Lutz", "B Roe", "C Dean", "D Fenn", "E Gale", "F Hart")}
    assert got[key("A Lutz")]["role"] == "Chair"
    assert got[key("C Dean")]["attendance"] == "part"
    assert got[key("D Fenn")]["attendance"] == "present"
    assert got[key("E Gale")]["role"] == "Town Clerk"
    assert got[key("F Hart")]["organisation"] == "Wessex Police" and got[key("F Hart")]["attendance"] == "part"


def test_apologies_prose_anywhere_and_absent(tmp_path):
    got, _ = people(tmp_path, "Present: Cllr A Lutz (Chair), Cllr B Roe and Cllr C Dean.",
                    "Absent: Cllr D Fenn and Cllr E Gale.",
                    B("2. Apologies for Absence"),
                    "Apologies for absence were received from Councillors Hart and Ives.")
    assert got[key("D Fenn")]["attendance"] == "absent" and got[key("E Gale")]["attendance"] == "absent"
    assert got[key("Hart")]["attendance"] == "apologies" and got[key("Ives")]["attendance"] == "apologies"
    assert got[key("Hart")]["group"] == "Apologies for Absence"


def test_apologies_none_gives_nobody(tmp_path):
    got, _ = people(tmp_path, "Present: Ana Lutz (Chair), Ben Roe, Cara Dean.", "Apologies: none")
    assert set(got) == {key("Ana Lutz"), key("Ben Roe"), key("Cara Dean")}


def test_one_per_line_with_initials_and_dash_or_comma_roles(tmp_path):
    got, _ = people(tmp_path, B("Members present"),
                    "Dr Ana Lutz (AL) – Chair\nProfessor Ben Roe (BR), Chief Executive\n"
                    "Vice Chair – Mrs Cara Dean (CD)\nMr Dev Fenn (DF) – Independent Member (Finance) (from item 2.1)",
                    B("Apologies"), "Ms Eve Gale (EG) – Director of Nursing and Patient Experience")
    assert got[key("Ana Lutz")]["role"] == "Chair" and got[key("Ana Lutz")]["initials"] == ["AL"]
    assert got[key("Ben Roe")]["role"] == "Chief Executive"
    assert got[key("Cara Dean")]["role"] == "Vice Chair"
    assert got[key("Dev Fenn")]["role"] == "Independent Member (Finance)"
    assert got[key("Dev Fenn")]["attendance"] == "part" and got[key("Dev Fenn")]["organisation"] is None
    assert got[key("Eve Gale")]["attendance"] == "apologies"
    assert got[key("Eve Gale")]["role"] == "Director of Nursing and Patient Experience"
    assert len(got) == 5


def test_name_comma_organisation_one_per_line_and_regrets(tmp_path):
    got, _ = people(tmp_path, B("Attendees"),
                    "Ana Lutz, Northgate Registry (co-chair)\nBen Roe, Secretariat\nCara Dean, Brahma Hosting",
                    B("Regrets"), "Dev Fenn, Ural Domain Centre\nEve Gale, Talbot & Finch LLP")
    assert got[key("Ana Lutz")]["organisation"] == "Northgate Registry" and got[key("Ana Lutz")]["role"] == "co-chair"
    assert got[key("Ben Roe")]["role"] == "Secretariat"
    assert got[key("Cara Dean")]["organisation"] == "Brahma Hosting"
    assert got[key("Eve Gale")]["organisation"] == "Talbot & Finch LLP"
    assert got[key("Dev Fenn")]["attendance"] == "apologies"
    assert len(got) == 5


def test_name_bracket_initials_company_and_name_org_role(tmp_path):
    got, _ = people(tmp_path, B("Attendees"),
                    "Ana Lutz [AL] Calder Power\nBen Roe (Vale Energy) - Supplier Member\n"
                    "Cara Dean (Westmere Grid) - Distributor Alternate (for Ben Roe)")
    assert got[key("Ana Lutz")]["initials"] == ["AL"] and got[key("Ana Lutz")]["organisation"] == "Calder Power"
    assert got[key("Ben Roe")]["organisation"] == "Vale Energy" and got[key("Ben Roe")]["role"] == "Supplier Member"
    assert got[key("Ben Roe")]["constituency"] == "Supplier"
    assert got[key("Cara Dean")]["role"] == "Distributor Alternate"
    assert got[key("Cara Dean")]["on_behalf_of"] == key("Ben Roe")


def test_role_first_name_bracketed(tmp_path):
    got, _ = people(tmp_path, "Present: The Chancellor (Dr A Lutz) in the Chair, "
                              "the Vice-Chancellor (Professor B Roe), Mrs C Dean as Secretary.")
    assert got[key("A Lutz")]["role"] == "Chancellor"
    assert got[key("B Roe")]["role"] == "Vice-Chancellor"
    assert got[key("C Dean")]["role"] == "Secretary"
    assert len(got) == 3


def test_two_people_on_one_line_separated_by_a_run_of_spaces(tmp_path):
    gap = "\u00a0" * 14
    got, _ = people(tmp_path, B("Attendees"),
                    f"Ana Lutz (AL) – Calder Power{gap}Ben Roe (BR) – Regulator\n"
                    f"Cara Dean (CD) – Vale Tech (from 11:30){gap}Dev Fenn (DF) – Westmere Grid")
    assert set(got) == {key(n) for n in ("Ana Lutz", "Ben Roe", "Cara Dean", "Dev Fenn")}
    assert got[key("Ana Lutz")]["organisation"] == "Calder Power"
    assert got[key("Ben Roe")]["initials"] == ["BR"]
    assert got[key("Cara Dean")]["attendance"] == "part" and got[key("Cara Dean")]["organisation"] == "Vale Tech"


def test_name_and_role_columns_on_one_line(tmp_path):
    gap = "\u00a0" * 14
    got, _ = people(tmp_path, B("Present"),
                    f"Dr Ana Lutz{gap}Chair", f"Mr Ben Roe{gap}Large Supplier Member",
                    f"Ms Cara Dean{gap}Board Secretary (Elexon)")
    assert got[key("Ana Lutz")]["role"] == "Chair"
    assert got[key("Ben Roe")]["role"] == "Large Supplier Member"
    assert got[key("Ben Roe")]["constituency"] == "Large Supplier"
    assert got[key("Cara Dean")]["organisation"] == "Elexon"


def test_flattened_two_column_list_pairs_names_and_roles(tmp_path):
    got, _ = people(tmp_path, B("Present"), "Dr A Lutz\nBen Roe\nCara Dean\nChair\nChief Officer\nDirector of Finance")
    assert got[key("A Lutz")]["role"] == "Chair"
    assert got[key("Ben Roe")]["role"] == "Chief Officer"
    assert got[key("Cara Dean")]["role"] == "Director of Finance"
    assert len(got) == 3


def test_plural_title_in_front_of_a_list_and_post_nominals(tmp_path):
    got, _ = people(tmp_path, "Present: Councillors Lutz (Chairman), Roe, Dean; Dr Sarah Jones OBE; "
                              "Prof Ben Fenn KC (by phone).")
    assert set(got) == {key(n) for n in ("Lutz", "Roe", "Dean", "Sarah Jones", "Ben Fenn")}
    assert got[key("Lutz")]["role"] == "Chairman"
    assert got[key("Ben Fenn")]["attendance"] == "present"  # by phone is not part


def test_separator_ambiguity_is_decided_by_what_the_tokens_look_like(tmp_path):
    got, _ = people(tmp_path, "Present: Ana Lutz, Calder College, Ben Roe, Vale Tech.",
                    "In attendance: Cara Dean, Dev Fenn, Eve Gale.")
    assert set(got) == {key(n) for n in ("Ana Lutz", "Ben Roe", "Cara Dean", "Dev Fenn", "Eve Gale")}
    assert got[key("Ana Lutz")]["organisation"] == "Calder College"
    assert got[key("Ben Roe")]["organisation"] == "Vale Tech"
    assert got[key("Cara Dean")]["organisation"] is None


@pytest.mark.parametrize("decoration,part", [("(arrived 7.05pm)", True), ("(from 6.40pm)", True),
                                             ("(left at 8.15pm)", True), ("(part meeting)", True),
                                             ("(from item 3)", True), ("(by phone)", False)])
def test_part_attendance_decorations(tmp_path, decoration, part):
    got, _ = people(tmp_path, f"Present: Cllr A Lutz (Chair), Cllr B Roe {decoration} and Cllr C Dean.")
    assert got[key("B Roe")]["attendance"] == ("part" if part else "present")
    assert got[key("C Dean")]["attendance"] == "present"


def test_left_the_meeting_in_the_minutes_is_part_attendance(tmp_path):
    got, _ = people(tmp_path, "Present: Cllr A Lutz (Chair), Cllr B Roe and Cllr C Dean.",
                    B("2. Planning"), "Councillor Roe declared an interest and left the room while the item was taken.")
    assert got[key("B Roe")]["attendance"] == "part"
    assert got[key("C Dean")]["attendance"] == "present"


# ---------------------------------------------------------------- 4. deputies


@pytest.mark.parametrize("wording", ["(on behalf of Dev Fenn)", "(Alternate for Dev Fenn)", "(for Dev Fenn)",
                                     "(deputising for Dev Fenn)", "(substituting for Mr Dev Fenn)",
                                     "(as substitute for Dev Fenn)"])
def test_deputy_decorations_link_substitute_and_member(tmp_path, wording):
    got, rec = people(tmp_path, B("Attendees"), f"Ana Lutz (AL) – Chair\nBen Roe (BR) {wording}",
                      B("Apologies"), "Dev Fenn (DF)")
    assert got[key("Ben Roe")]["on_behalf_of"] == key("Dev Fenn")
    assert got[key("Ben Roe")]["attendance"] == "present"
    assert got[key("Dev Fenn")]["attendance"] == "apologies"
    assert any(r["type"] == "DEPUTISED_FOR" and r["from"] == key("Ben Roe") and r["to"] == key("Dev Fenn")
               for r in rec["relations"])


def test_deputised_member_not_listed_is_mentioned(tmp_path):
    got, _ = people(tmp_path, B("Attendees"), "Ana Lutz (AL) – Chair\nBen Roe (BR) (on behalf of Dev Fenn)")
    assert got[key("Dev Fenn")]["attendance"] == "mentioned"
    assert got[key("Ben Roe")]["on_behalf_of"] == key("Dev Fenn")


@pytest.mark.parametrize("sentence", [
    "Ben Roe attended as Alternate for Dev Fenn.",
    "Ben Roe was in attendance as a substitute for Dev Fenn.",
    "Mr Roe was substituting for Mr Fenn.",
    "For this meeting Dev Fenn’s voting rights passed to Ben Roe.",
])
def test_deputy_sentences(tmp_path, sentence):
    got, _ = people(tmp_path, B("Attendees"), "Ana Lutz (AL) – Chair\nBen Roe (BR) – Supplier Member",
                    B("1. Welcome and apologies"),
                    f"Apologies were received from Dev Fenn (Supplier Member). {sentence}")
    assert got[key("Dev Fenn")]["attendance"] == "apologies"
    assert got[key("Ben Roe")]["on_behalf_of"] == key("Dev Fenn")


# ---------------------------------------------------------------- 5. the roster


def _roster() -> Roster:
    r = Roster()
    for name, initials, role, org in [("Ana Lutz", ["AL"], "Chair", None), ("Ben Roe", ["BR"], "Town Clerk", None),
                                      ("Jane Smith", ["JS"], "Elexon Representative", "Elexon"),
                                      ("John Slater", ["JS"], "SEC Representative", "SECAS"),
                                      ("Cara Dean", [], None, None)]:
        r.add(Person(name, initials, role, org, None, None, "present", None, [{"page": 1, "quote": name}]))
    return r


def test_roster_finds_later_mentions():
    r = _roster()
    assert r.find("Councillor Lutz").name == "Ana Lutz"
    assert r.find("Cllr Roe").name == "Ben Roe"
    assert r.find("Dr Dean").name == "Cara Dean"
    assert r.find("Ana").name == "Ana Lutz"  # a unique first name
    assert r.find("the Chair").name == "Ana Lutz"
    assert r.find("the Clerk").name == "Ben Roe"  # the person with that role
    assert r.find("AL").name == "Ana Lutz"
    assert r.find("A Lutz").name == "Ana Lutz"
    assert r.find("Zed Quinn") is None


def test_shared_initials_settled_by_organisation():
    r = _roster()
    assert r.find("JS") is None  # ambiguous without context
    assert r.by_initials("JS", org="Elexon").name == "Jane Smith"
    assert r.by_initials("JS", org="SECAS").name == "John Slater"
    assert any("ambiguous" in w for w in r.warnings)


def test_apologies_table_on_another_page(tmp_path):
    got, _ = people(tmp_path, B("Attendees"), T([["Attendee", "Role"], ["Ana Lutz (AL)", "Chair"],
                                                 ["Ben Roe (BR)", "Supplier Agent Representative"]]),
                    PAGE, B("Apologies"), T([["Name", "Role"], ["Cara Dean", "DNO Representative"]]))
    assert got[key("Cara Dean")]["attendance"] == "apologies"
    assert got[key("Cara Dean")]["constituency"] == "DNO Representative"
    assert got[key("Ben Roe")]["constituency"] == "Supplier Agent Representative"


# ---------------------------------------------------------------- more forms of sections 2 and 3


def test_attendance_grid_with_a_legend(tmp_path):
    got, _ = people(tmp_path, B("Attendance"), T([
        ["Name", "Role", "Attendance"],
        ["Ana Lutz", "Mayor", "X"],
        ["Ben Roe", "Councilman", "E"],
        ["Cara Dean", "Councilwoman", "A"],
        ["Dev Fenn", "City Clerk", "X"],
    ]), "Legend: X = Present, E = Excused, A = Absent")
    assert got[key("Ana Lutz")]["attendance"] == "present"
    assert got[key("Ben Roe")]["attendance"] == "apologies"
    assert got[key("Cara Dean")]["attendance"] == "absent"


def test_flattened_list_glued_by_titles(tmp_path):
    got, _ = people(tmp_path, "PRESENT: Ms A Lutz Dr B Roe Mrs C Dean - - -")
    assert set(got) == {key("A Lutz"), key("B Roe"), key("C Dean")}


def test_apologies_label_list_and_shared_organisation_code(tmp_path):
    got, _ = people(tmp_path, "Present: Ana Lutz (Chair), Ben Roe, Cara Dean (VSG).",
                    "Apologies: Cllr D Fenn, Cllr E Gale")
    assert got[key("D Fenn")]["attendance"] == "apologies" and got[key("E Gale")]["attendance"] == "apologies"
    assert got[key("Cara Dean")]["organisation"] == "VSG" and got[key("Cara Dean")]["initials"] == []


def test_leave_of_absence_resolution_and_proxy(tmp_path):
    got, _ = people(tmp_path, "Present: Cllr A Lutz (Chair), Cllr B Roe and Cllr C Dean.",
                    B("2. Leave of absence"),
                    "RESOLVED (Lutz/Roe) That leave of absence be granted to Councillor Fenn.",
                    "Cllr Dean holds the proxy of Councillor Fenn.")
    assert got[key("Fenn")]["attendance"] == "apologies"
    assert got[key("A Lutz")]["attendance"] == "present"  # the mover named in the resolution is present
    assert got[key("C Dean")]["on_behalf_of"] == key("Fenn")


def test_table_without_header_words_is_read_by_its_cells(tmp_path):
    got, _ = people(tmp_path, B("Present"), T([
        ["Calder Power", "Ana Lutz", "AL", "Chair"],
        ["Vale Energy Ltd", "Ben Roe", "BR", "Supplier Member"],
        ["Westmere Grid", "Cara Dean", "CD", "Distributor Alternate"],
    ], header=False))
    assert set(got) == {key("Ana Lutz"), key("Ben Roe"), key("Cara Dean")}
    assert got[key("Ana Lutz")]["initials"] == ["AL"] and got[key("Ana Lutz")]["role"] == "Chair"
    assert got[key("Ben Roe")]["organisation"] == "Vale Energy Ltd"
    assert got[key("Cara Dean")]["constituency"] == "Distributor"


def test_bracket_with_role_and_organisation_and_an_organisation_shared_by_a_list(tmp_path):
    got, _ = people(tmp_path, "Present: Ana Lutz (Chair, Calder Power), Ben Roe (Registrar).",
                    "In attendance: Cara Dean, Dev Fenn and Eve Gale (all Vale Tech).")
    assert got[key("Ana Lutz")]["role"] == "Chair" and got[key("Ana Lutz")]["organisation"] == "Calder Power"
    assert got[key("Ben Roe")]["role"] == "Registrar"
    assert {got[key(n)]["organisation"] for n in ("Cara Dean", "Dev Fenn", "Eve Gale")} == {"Vale Tech"}


def test_roster_roles_with_deputies_and_joint_roles():
    r = Roster()
    r.add(Person("C Pellow", role="Town Clerk"))
    r.add(Person("D Ashworth", role="Deputy Town Clerk and Responsible Financial Officer"))
    assert r.find("the Clerk").name == "C Pellow"
    assert r.find("Town Clerk").name == "C Pellow"
    assert r.find("Deputy Town Clerk").name == "D Ashworth"


def test_tick_columns_with_stray_wingdings_letters(tmp_path):
    got, _ = people(tmp_path, B("Attendees"), T([
        ["Name", "Organisation", "Present", "Apologies"],
        ["Ana Lutz", "Calder Power", "ü", ""],
        ["Ben Roe", "Vale Tech", "", "ü"],
    ]), B("Officers"), T([
        ["Name", "Role", "Attended"],
        ["Cara Dean", "Clerk", "{{tick}}"],
        ["Dev Fenn", "Treasurer", "û"],
        ["Eve Gale", "Solicitor", "ü"],
    ]))
    assert got[key("Ana Lutz")]["attendance"] == "present"
    assert got[key("Ben Roe")]["attendance"] == "apologies"
    assert got[key("Cara Dean")]["attendance"] == "present" and got[key("Eve Gale")]["attendance"] == "present"
    assert got[key("Dev Fenn")]["attendance"] == "absent"


def test_a_sentence_after_the_list_is_no_role(tmp_path):
    got, _ = people(tmp_path, B("Present"), "Ana Lutz (AL)", "Ben Roe (BR)", "Ana Lutz welcomed the members.")
    assert set(got) == {key("Ana Lutz"), key("Ben Roe")}
    assert got[key("Ben Roe")]["role"] is None


def test_surname_first_columns_and_footnote_marks(tmp_path):
    gap = "\u00a0" * 12
    got, _ = people(tmp_path, B("Present"), f"Lutz, Ana{gap}AL{gap}Treasurer", f"Roe, Ben{gap}BR{gap}Secretary",
                    "Attendance: Cara Dean*, Dev Fenn", "*via teleconference")
    assert got[key("Ana Lutz")]["initials"] == ["AL"] and got[key("Ana Lutz")]["role"] == "Treasurer"
    assert got[key("Ben Roe")]["role"] == "Secretary"
    assert key("Cara Dean") in got and key("Dev Fenn") in got


def test_voting_rights_passed_after_an_apology_in_the_same_sentence(tmp_path):
    got, _ = people(tmp_path, B("Attendees"), "Ana Lutz (AL) – Chair\nBen Roe (BR) – Supplier Member",
                    B("1. Apologies"),
                    "Dev Fenn (Supplier Member) sent apologies and her voting rights passed to Ben Roe.")
    assert got[key("Dev Fenn")]["attendance"] == "apologies"
    assert got[key("Ben Roe")]["on_behalf_of"] == key("Dev Fenn")


def test_representing_names_an_organisation_not_a_member(tmp_path):
    got, _ = people(tmp_path, "Present: Ana Lutz (Chair), Ben Roe (representing Calder Power), Cara Dean.")
    assert got[key("Ben Roe")]["organisation"] == "Calder Power" and got[key("Ben Roe")]["on_behalf_of"] is None
    assert key("Calder Power") not in got


def test_roster_finds_a_name_printed_with_its_decorations():
    r = _roster()
    assert r.find("Ben Roe (on behalf of Ana Lutz)").name == "Ben Roe"
    assert r.find("Cllr Dean (Chair)").name == "Cara Dean"


def test_a_role_wrapped_into_the_role_column_of_the_next_paragraph(tmp_path):
    gap, indent = "\u00a0" * 14, "\u00a0" * 45
    got, _ = people(tmp_path, B("Present"), f"Mr Piers Hall{gap}Independent Distribution Network",
                    f"{indent}Operator Member", f"Ms Yetta Bake{gap}Consumer Member")
    assert got[key("Piers Hall")]["role"] == "Independent Distribution Network Operator Member"
    assert got[key("Piers Hall")]["constituency"] == "Independent Distribution Network Operator"
    assert got[key("Yetta Bake")]["role"] == "Consumer Member"


# ---------------------------------------------------------------- held-out forms


def test_role_first_semicolon_list_wrapped_over_lines(tmp_path):
    """'Present: The Vice-Chancellor (Professor A Lutz) in the Chair; the Pro-Vice-Chancellor (Research)
    (Professor B Roe); the Dean of the Faculty of ... (Dr C Dean); ...' runs across the line breaks."""
    got, rec = people(tmp_path, "Present: The Vice-Chancellor (Professor A Lutz) in the Chair; the Deputy "
                      "Vice-Chancellor (Professor E Gale); the Pro-Vice-Chancellor (Research) (Professor B Roe); "
                      "the Dean of the Faculty of Law and Social Sciences (Dr C Marsh); Dr D Fenn; Professor F Hale; "
                      "Dr G Ames (deputising for Professor H Birt); Mr J Quill (President, Students' Union); "
                      "Ms K Voss (co-opted member).",
                      "Apologies: Apologies for absence were received from Professor H Birt (Dean of the Faculty "
                      "of Arts and Humanities) and Ms L Orme (Vice-President Education, Students' Union).")
    assert got[key("A Lutz")]["role"] == "Vice-Chancellor"
    assert got[key("B Roe")]["role"] == "Pro-Vice-Chancellor (Research)"
    assert got[key("C Marsh")]["role"] == "Dean of the Faculty of Law and Social Sciences"
    assert got[key("C Marsh")]["organisation"] is None
    for name in ("D Fenn", "F Hale", "G Ames", "J Quill", "K Voss"):
        assert got[key(name)]["attendance"] == "present", name
    assert got[key("G Ames")]["on_behalf_of"] == key("H Birt")
    assert (got[key("J Quill")]["role"], got[key("J Quill")]["organisation"]) == ("President", "Students' Union")
    assert got[key("K Voss")]["role"] == "co-opted member"
    assert got[key("H Birt")]["attendance"] == "apologies"
    assert got[key("H Birt")]["role"] == "Dean of the Faculty of Arts and Humanities"
    assert (got[key("L Orme")]["role"], got[key("L Orme")]["organisation"]) == ("Vice-President Education",
                                                                                 "Students' Union")


def test_a_post_of_a_service_is_a_role_and_a_labelled_role_line_names_its_holder(tmp_path):
    """'Ms A Strand, Director of Library Services' is a post (the role heads the phrase before 'of');
    'Secretary: Mrs M Penn' inside the attendance part gives her role."""
    got, _ = people(tmp_path, "In attendance: The Academic Registrar (Mr N Hall); Dr F Okoro, Head of Quality "
                    "Assurance (for Minute 6 only); Ms A Strand, Director of Library Services (for Minute 7 only).",
                    "Secretary: Mrs M Penn")
    assert (got[key("A Strand")]["role"], got[key("A Strand")]["organisation"]) == ("Director of Library Services",
                                                                                   None)
    assert got[key("A Strand")]["attendance"] == "part"
    assert got[key("N Hall")]["role"] == "Academic Registrar"
    assert got[key("M Penn")]["role"] == "Secretary" and got[key("M Penn")]["attendance"] == "present"


def test_apologies_from_a_number_of_members_including_named_ones(tmp_path):
    got, _ = people(tmp_path, "Present: Ana Lutz (Chair), Ben Roe.",
                    B("1. Welcome"), "Apologies were received from 6 members, including Councillor Cara Dean, "
                    "Dev Fenn and Eve Gale.")
    assert {k: p["attendance"] for k, p in got.items()} == {
        key("Ana Lutz"): "present", key("Ben Roe"): "present", key("Cara Dean"): "apologies",
        key("Dev Fenn"): "apologies", key("Eve Gale"): "apologies"}


def test_officer_lines_under_an_attendance_count(tmp_path):
    """'Attendance: 40 members present' then one officer a line: 'Harbour Master: ...' is a post of its own
    words (a title ending in a role noun), and a post holder who chaired keeps the post."""
    got, _ = people(tmp_path, "Attendance: 40 members present (list held by the Clerk)",
                    "President: Dr Ana Lutz (in the Chair)", "Treasurer: Ben Roe",
                    "Moorings Secretary: Cara Dean", "In attendance: Dev Fenn, auditor (for item 4)")
    assert {k: (p["role"], p["attendance"]) for k, p in got.items()} == {
        key("Ana Lutz"): ("President", "present"), key("Ben Roe"): ("Treasurer", "present"),
        key("Cara Dean"): ("Moorings Secretary", "present"), key("Dev Fenn"): ("auditor", "part")}


def test_name_dash_role_lines_with_how_attended_and_a_duty(tmp_path):
    """'(by Zoom)' says how someone attended; '(minutes)' after a role is the duty of taking them."""
    got, _ = people(tmp_path, B("Trustees present"),
                    "Ana Lutz – Chair\nBen Roe – Trustee (by Zoom)\nCara Dean – Trustee (joined at 11.15am)",
                    B("In attendance (staff)"), "Dev Fenn – Governance Officer (minutes)")
    assert got[key("Ben Roe")]["role"] == "Trustee" and got[key("Ben Roe")]["attendance"] == "present"
    assert got[key("Cara Dean")]["attendance"] == "part"
    assert (got[key("Dev Fenn")]["role"], got[key("Dev Fenn")]["organisation"]) == ("Governance Officer", None)


def test_people_counted_not_named_and_a_standing_in_the_organisation_cell(tmp_path):
    """'and two members of the public' names nobody; 'Independent' in an Organisation cell is no body."""
    got, _ = people(tmp_path, "Also attending: Mrs L Cordell (Clerk and RFO) and two members of the public.",
                    B("Present"), T([["Name", "Organisation", "Panel role"], ["Ana Lutz", "Independent", "Panel Chair"],
                                     ["Ben Roe", "Tidewell Energy", "Member"]]))
    assert got[key("L Cordell")]["role"] == "Clerk and RFO" and got[key("L Cordell")]["organisation"] is None
    assert not any("public" in (p["name"] + str(p["organisation"])) for p in got.values())
    assert got[key("Ana Lutz")]["organisation"] is None and got[key("Ana Lutz")]["role"] == "Panel Chair"
    assert got[key("Ben Roe")]["organisation"] == "Tidewell Energy"


def test_school_and_programme_posts_a_name_comma_organisation_list_and_in_the_chair(tmp_path):
    """'(Headteacher)', '(SRO)' are posts; 'Name, Organisation; Name, Organisation' pairs each name with
    the part after its comma, even one that reads like a name; 'X (Mayor) in the Chair' keeps the role."""
    got, _ = people(tmp_path, "Present: Cllr A Lutz (Mayor) in the Chair; Mrs B Roe (Headteacher); "
                    "Ms C Marsh (SRO); Dev Fenn, Ofgem; Eve Gale, Citizens Advice; Mr F Hale in the Chair.")
    assert got[key("A Lutz")]["role"] == "Mayor" and got[key("A Lutz")]["organisation"] is None
    assert (got[key("B Roe")]["role"], got[key("B Roe")]["organisation"]) == ("Headteacher", None)
    assert (got[key("C Marsh")]["role"], got[key("C Marsh")]["organisation"]) == ("SRO", None)
    assert got[key("Dev Fenn")]["organisation"] == "Ofgem"
    assert got[key("Eve Gale")]["organisation"] == "Citizens Advice"
    assert got[key("F Hale")]["role"] == "Chair"


def test_role_labelled_lines_accepted_apologies_and_role_cell_notes(tmp_path):
    """'Chair: Ana Lutz (Ofgem)' gives the role; 'Apologies were received and accepted from ...'; a role cell
    'Member (by Teams)' keeps the role, 'Alternate for Eve Gale' names whom for; 'Name, Post (minutes)'."""
    got, _ = people(tmp_path, "Present:", "Chair: Ana Lutz (Ofgem)",
                    B("Attendees"), T([["Name", "Organisation", "Role"],
                                       ["Ben Roe", "Northland Power", "Member (by Teams)"],
                                       ["Dev Fenn", "Vale Gas", "Alternate for Eve Gale"]]),
                    "Also in attendance: Finn Hale, Head of Governance (minutes); Gil Ames, Director of Finance "
                    "(item 4 only)",
                    "Apologies were received and accepted from Mr H Birt and Mrs J Quill.")
    assert (got[key("Ana Lutz")]["role"], got[key("Ana Lutz")]["organisation"]) == ("Chair", "Ofgem")
    assert got[key("Ben Roe")]["role"] == "Member"
    assert got[key("Dev Fenn")]["role"] == "Alternate" and got[key("Dev Fenn")]["on_behalf_of"] == key("Eve Gale")
    assert (got[key("Finn Hale")]["role"], got[key("Finn Hale")]["organisation"]) == ("Head of Governance", None)
    assert got[key("Gil Ames")]["attendance"] == "part"
    assert got[key("H Birt")]["attendance"] == got[key("J Quill")]["attendance"] == "apologies"


def test_dashed_name_organisation_role_lines_role_cell_with_organisation_and_mixed_separators(tmp_path):
    """'Ana Lutz (AL) – Westmere Council – Chair'; a Role cell 'Finance Director, Westmere Council'; a ';' list
    whose pieces are comma lists ('A (Chair), B, C and D (all X); E (Vale Gas, for items 1-3)')."""
    got, _ = people(tmp_path, B("Attendees"), "Ana Lutz (AL) – Westmere Council – Chair",
                    "Ben Roe (BR) – Northland Power – Senior Responsible Owner", name="a.pdf")
    assert (got[key("Ana Lutz")]["role"], got[key("Ana Lutz")]["organisation"]) == ("Chair", "Westmere Council")
    assert (got[key("Ben Roe")]["role"], got[key("Ben Roe")]["organisation"]) == ("Senior Responsible Owner",
                                                                                 "Northland Power")
    got, _ = people(tmp_path, B("Members present"), T([["Name", "Role", "Attendance"],
                                                       ["Ana Lutz", "Chair", "Present"],
                                                       ["Ben Roe", "Finance Director, Westmere Council", "Present"]]),
                    name="b.pdf")
    assert (got[key("Ben Roe")]["role"], got[key("Ben Roe")]["organisation"]) == ("Finance Director",
                                                                                 "Westmere Council")
    got, _ = people(tmp_path, "Present: Ana Lutz (Chair), Ben Roe, Cara Marsh and Dev Fenn (all Westmere Council); "
                    "Eve Gale (Vale Gas, for items 1-3).", name="c.pdf")
    assert got[key("Ana Lutz")]["role"] == "Chair"
    for name in ("Ana Lutz", "Ben Roe", "Cara Marsh", "Dev Fenn"):
        assert got[key(name)]["organisation"] == "Westmere Council", name
    assert (got[key("Eve Gale")]["organisation"], got[key("Eve Gale")]["attendance"]) == ("Vale Gas", "part")
    assert len(got) == 5


def test_professional_posts_in_brackets_are_roles(tmp_path):
    got, _ = people(tmp_path, "In attendance: Ana Lutz (Economist); Ben Roe (Volunteer); Cara Marsh (Rapporteur).")
    assert [got[key(n)]["role"] for n in ("Ana Lutz", "Ben Roe", "Cara Marsh")] == ["Economist", "Volunteer",
                                                                                   "Rapporteur"]
    assert all(got[key(n)]["organisation"] is None for n in ("Ana Lutz", "Ben Roe", "Cara Marsh"))


def test_school_board_lines_two_posts_a_plural_post_label_and_notes_after_brackets(tmp_path):
    """'(Chair, Co-opted Governor)' is two posts; 'Clerk to Governors: Mrs F Hale' a post label; '(Deputy
    Headteacher) for item 5' is part attendance; '(apologies accepted)' a note, not a role."""
    got, _ = people(tmp_path, "Governors present: Mrs A Lutz (Chair, Co-opted Governor), Mr B Roe (Headteacher), "
                    "Ms C Marsh (Parent Governor)", "Clerk to Governors: Mrs F Hale",
                    "Also present: Ms G Ames (Deputy Headteacher) for item 5",
                    "Apologies: Mr H Birt (apologies accepted); Mrs J Quill")
    assert (got[key("A Lutz")]["role"], got[key("A Lutz")]["organisation"]) == ("Chair, Co-opted Governor", None)
    assert got[key("F Hale")]["role"] == "Clerk to Governors" and got[key("F Hale")]["attendance"] == "present"
    assert (got[key("G Ames")]["role"], got[key("G Ames")]["organisation"]) == ("Deputy Headteacher", None)
    assert got[key("G Ames")]["attendance"] == "part"
    assert got[key("H Birt")]["role"] is None and got[key("H Birt")]["attendance"] == "apologies"


def test_two_entries_per_line_with_semicolons_stay_entries(tmp_path):
    """Lines 'A – Chair; B – Member' each end a whole entry: not a wrapped list, every line break kept."""
    got, _ = people(tmp_path, B("Present"), "Ana Lutz – Chair; Ben Roe – Member\nCara Marsh – Treasurer; Dev Fenn – "
                    "Member\nEve Gale – Secretary")
    assert {k: p["role"] for k, p in got.items()} == {
        key("Ana Lutz"): "Chair", key("Ben Roe"): "Member", key("Cara Marsh"): "Treasurer", key("Dev Fenn"): "Member",
        key("Eve Gale"): "Secretary"}


def test_deputy_for_a_post_holder_named_by_the_post(tmp_path):
    """'Dr V Lind, who was attending on behalf of the Dean of the Faculty of Arts': the deputy of the person
    listed with that post."""
    got, _ = people(tmp_path, "Present: Professor A Lutz (Chair); Dr V Lind; Dr B Roe.",
                    "Apologies: Professor D Kast (Dean of the Faculty of Arts).",
                    B("2. Welcome"),
                    "The Chair welcomed Dr V Lind, who was attending on behalf of the Dean of the Faculty of Arts.")
    assert got[key("V Lind")]["on_behalf_of"] == key("D Kast")
    assert got[key("B Roe")]["on_behalf_of"] is None
