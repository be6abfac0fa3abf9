"""Change and modification ids: one table of patterns (extractor/change_ids.py), canonical ids, kinds,
the things that are not changes, titles in every running-text style, and the user's own patterns."""

import json

import pytest
from minutes_kg.extractor import change_ids
from minutes_kg.extractor.change_ids import ChangeIdsError, add_pattern, document_context, find_changes
from minutes_kg.extractor.keys import cr_id, cr_key
from minutes_kg.extractor.mentions import cr_ids, cr_titles, cr_versions, doc_mentions, strip_cr_titles
from minutes_kg.extractor.record import extract
from pdfmaker import B, T, make_pdf

BSC_DOC = "Minutes of the BSC Panel. The Panel considered the Final Modification Report."
GAS_DOC = "Minutes of the UNC Transmission Workgroup, Joint Office of Gas Transporters."
DCUSA_DOC = "Minutes of the DCUSA Panel meeting."
REC_DOC = "Minutes of the REC Change Panel."
CUSC_DOC = "Minutes of the CUSC Modifications Panel."


def changes(text, context=None):
    """[(ids, kind)] found in ``text``, read inside the document ``context`` when given."""
    if context is None:
        return [(m.ids, m.kind) for m in find_changes(text)]
    with document_context(context + "\n" + text):
        return [(m.ids, m.kind) for m in find_changes(text)]


@pytest.mark.parametrize("text,context,ids,kind", [
    # programme change requests
    ("The DAG approved CR018 today.", None, ("CR018",), "programme"),
    ("CR 043 was presented.", None, ("CR043",), "programme"),
    ("MHHS-CR-041 (Test Environment Refresh Cadence)", None, ("CR041",), "programme"),
    ("Change Request 18 was raised by Elexon.", None, ("CR018",), "programme"),
    ("CR-7 is no id but CR-07 is", None, ("CR007",), "programme"),
    ("CR018/019 were merged.", None, ("CR018", "CR019"), "programme"),
    # BSC
    ("P272 was approved by the Panel.", BSC_DOC, ("P272",), "bsc"),
    ("BSC Modification P272 was raised.", None, ("P272",), "bsc"),
    ("Modification Proposal P12 is an old one.", None, ("P12",), "bsc"),
    # CUSC
    ("CMP262 was sent to the Authority.", None, ("CMP262",), "cusc"),
    ("CAP088 was the amendment of 2005.", CUSC_DOC, ("CAP088",), "cusc"),
    ("CMP 431 goes to consultation.", CUSC_DOC, ("CMP431",), "cusc"),
    # Grid Code, with ranges
    ("GC0100 was implemented.", None, ("GC0100",), "grid-code"),
    ("The GC0180/181/182 Workgroup met.", None, ("GC0180", "GC0181", "GC0182"), "grid-code"),
    ("Tariq presented GC0180/GC0181.", None, ("GC0180", "GC0181"), "grid-code"),
    # DCUSA
    ("DCP 361 was approved.", DCUSA_DOC, ("DCP361",), "dcusa"),
    ("DCP361 was approved.", DCUSA_DOC, ("DCP361",), "dcusa"),
    ("Change Proposal 361 - Clarification of Timescales", DCUSA_DOC, ("DCP361",), "dcusa"),
    # UNC
    ("UNC 0217 was withdrawn.", None, ("UNC0217",), "unc"),
    ("Modification 0700 was presented.", GAS_DOC, ("UNC0700",), "unc"),
    ("UNC 0872B is the alternative.", None, ("UNC0872B",), "unc"),
    ("UNC 0874 (Urgent) was raised.", None, ("UNC0874",), "unc"),
    ("Workgroup 0869 met on Tuesday.", GAS_DOC, ("UNC0869",), "unc"),
    ("Review Group 0301 reported.", GAS_DOC, ("UNC0301",), "unc"),
    ("Proposal No 0412 was considered.", GAS_DOC, ("UNC0412",), "unc"),
    # REC, DSC
    ("REC R0123 aligns the data items.", None, ("R0123",), "rec"),
    ("R0123 aligns the data items.", REC_DOC, ("R0123",), "rec"),
    ("XRN5921 - Annual Quantity Amendments", None, ("XRN5921",), "dsc"),
])
def test_every_printed_form_gives_one_canonical_id_and_its_kind(text, context, ids, kind):
    assert changes(text, context) == [(ids, kind)]


@pytest.mark.parametrize("text,context", [
    ("Paper 318/05 was noted.", BSC_DOC),                        # a paper number
    ("Minute 37/25: the minutes were approved.", GAS_DOC),       # a minute number
    ("Action 0312/02: Joint Office to publish the request.", GAS_DOC),  # an action id with a change's number
    ("ACTION DAG26-01 is closed; so is CCAG11-02.", BSC_DOC),    # action ids
    ("ISSUE-311 stays open.", None),                             # an issue tracker id
    ("The meeting on 2025-02-11 and 03/26/2025.", BSC_DOC),      # dates
    ("Planning application 25/00412/FUL and P/2025/0123.", None),  # planning references
    ("See page P1 and page P272 of the pack.", BSC_DOC),         # page numbers
    ("P272 was discussed.", "Minutes of the Harbour Board."),    # a bare P-number outside energy codes
    ("Modification 0700 was discussed.", BSC_DOC),               # a bare 4-digit number outside gas
    ("The 0700 train was late.", GAS_DOC),                       # unlabelled
    ("Our office is at CR0 2AB and CR44 4XX.", None),           # postcodes
    ("Report CR 12/2024 and P272/05 were tabled.", BSC_DOC),     # reference numbers
    ("Change Proposal 1558 was noted.", DCUSA_DOC),              # a 4-digit change proposal is not a DCP
    ("DCP 2012 sets the design rules.", "Minutes of the Planning Committee."),  # a development control plan
    ("Workgroup meeting 2 was held.", GAS_DOC),                  # a meeting number
    ("R0123 is in room R0123.", "Minutes of the Harbour Board."),
    ("Modification of condition 3 to permit P123 signage; DCP 12 applies.", "Minutes of the Planning Committee."),
    ("Form P800 was received from HMRC.", "Minutes of the Finance Committee."),
])
def test_not_changes(text, context):
    assert changes(text, context) == []


def test_the_document_context_decides_a_bare_id():
    text = "P415 was presented by Elexon."  # the text itself names an energy-code body
    assert changes(text) == [(("P415",), "bsc")]
    with document_context("Minutes of the Harbour Board."):
        assert cr_ids("P415 was presented.") == []
    with document_context(BSC_DOC):
        assert cr_ids("P415 was presented.") == ["P415"]


@pytest.mark.parametrize("text,expected", [
    ("CR027 (Distribution Use of System (DUoS) E-Billing message)",
     [("CR027", "Distribution Use of System (DUoS) E-Billing message")]),
    ("CR018 version 1.8 (Registration Service Operating Hours)", [("CR018", "Registration Service Operating Hours")]),
    ("CMP431: Improving Transmission Charging Arrangements",
     [("CMP431", "Improving Transmission Charging Arrangements")]),
    ("P487 'Settlement Data Retention Periods' was presented", [("P487", "Settlement Data Retention Periods")]),
    ("P487 ‘Supplier's Settlement Data\nRetention’ was presented", [("P487", "Supplier's Settlement Data Retention")]),
    ("Change Proposal 464 - Clarification of Meter Asset Data Timescales was raised",
     [("DCP464", "Clarification of Meter Asset Data Timescales")]),
    ("XRN5921 – Annual Quantity Amendments", [("XRN5921", "Annual Quantity Amendments")]),
    ("GC0180: Frequency Response Data Exchange and GC0181: Reactive Power Data Exchange were raised",
     [("GC0180", "Frequency Response Data Exchange"), ("GC0181", "Reactive Power Data Exchange")]),
    ("Modification 0894 and UNC 0894B – Shipper Credit Cover for Shrinkage Imbalances",
     [("UNC0894", "Shipper Credit Cover for Shrinkage Imbalances"),
      ("UNC0894B", "Shipper Credit Cover for Shrinkage Imbalances")]),
    ("CR024: changes would be required", []),          # a sentence, not a title
    ("CR018: The DAG approved it", []),
    ("CR025 (see CR024)", []),
])
def test_titles_in_every_running_text_style(text, expected):
    with document_context(GAS_DOC + " " + DCUSA_DOC + " " + BSC_DOC):
        assert cr_titles(text) == expected


def test_a_change_title_is_no_document_and_versions_follow_the_id():
    text = "DCP 463 – Removal of Legacy Profile Class Data from the Metering Point Register"
    with document_context(DCUSA_DOC):
        assert doc_mentions(text) and not doc_mentions(strip_cr_titles(text))
    assert cr_versions("CR045 (Cutover Window Extension) version 1.2 was presented") == [("CR045", "1.2")]
    assert cr_versions("IR3 will include CR021 and the DES-138 version 2.1 changes.") == []


def test_keys_read_any_spelling():
    assert [cr_id(t) for t in ("CR018", "cr18", "18", "CR 43", "MHHS-CR-041", "p272", "UNC 0872B", "dcp 361")] == [
        "CR018", "CR018", "CR018", "CR043", "CR041", "P272", "UNC0872B", "DCP361"]
    assert cr_key("GC0180") == "cr:GC0180"


@pytest.mark.parametrize("name,text,expected", [
    ("E2E Testing and Integration Strategy", "The DAG approved the E2E Testing and Integration Strategy.",
     ["E2E Testing and Integration Strategy"]),
    ("Quality and Safety Committee Terms of Reference",
     "4.2 Quality and Safety Committee Terms of Reference", ["Quality and Safety Committee Terms of Reference"]),
    ("a topic before the name", "Approval of DIP PKI Policy", ["DIP PKI Policy"]),
    ("two documents", "The DAG noted the DIP PKI Policy and Interface Code of Connections",
     ["DIP PKI Policy", "Interface Code of Connections"]),
])
def test_titled_document_names_keep_their_small_words(name, text, expected):
    assert [d["name"] for d in doc_mentions(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("The Board approved the Ward 4 Refurbishment Outline Business Case.",
     [("Ward 4 Refurbishment Outline Business Case", None)]),
    ("EG to confirm the changes to the Transmission Services Credit Rules.",
     [("Transmission Services Credit Rules", None)]),
    ("The Detailed Cutover Plan version 2.0 was approved for baselining.", [("Detailed Cutover Plan", "2.0")]),
    ("The Chair approved the revised CICG Terms of Reference (version 3.0).", [("CICG Terms of Reference", "3.0")]),
    ("The Chair approved the baselining of the End-to-End Migration and Cutover Testing Approach version 1.3.",
     [("End-to-End Migration and Cutover Testing Approach", "1.3")]),
    ("The HMF approved CR052 version 1.1 and the DES-211 version 1.2 note.", [(None, None)]),  # a change, a ref
    ("NI presented CR045 (Cutover Window Extension for Migration) version 1.2.", []),
])
def test_named_documents_with_numbers_and_versions(text, expected):
    found = doc_mentions(strip_cr_titles(text))
    assert [(d["name"], d.get("version")) for d in found] == expected


# ---- the user's own patterns ----------------------------------------------------------------------

SEC_ENTRY = {"name": "sec-mp", "regex": r"\bMP(?P<n>\d{3})\b", "canonical": "MP{n:03d}", "kind": "sec",
             "context": r"\bSEC\b"}


@pytest.fixture
def user_file(tmp_path, monkeypatch):
    def write(entries, suffix=".json"):
        path = tmp_path / f"ids{suffix}"
        if suffix == ".json":
            path.write_text(json.dumps({"patterns": entries}))
        else:
            path.write_text(entries)
        monkeypatch.setenv(change_ids.ENV_VAR, str(path))
        return path
    yield write
    change_ids.remove_added_patterns()


def test_a_json_file_named_by_the_environment_adds_patterns(user_file):
    assert changes("MP122 was approved by the SEC Panel.") == []
    user_file([SEC_ENTRY])
    assert changes("MP122 was approved by the SEC Panel.") == [(("MP122",), "sec")]
    assert changes("MP122 was approved.") == []  # its context: the document must be the SEC's


def test_a_toml_file_works_too_and_replaces_a_builtin_by_name(user_file):
    user_file('''
[[pattern]]
name = "dsc-xrn"
regex = '\\bXRN(?P<n>\\d{4})\\b'
canonical = "XRN{n}"
kind = "dsc"

[[pattern]]
name = "dsc-cp"
regex = '\\bCP(?P<n>\\d{4})\\b'
canonical = "CP{n}"
kind = "dsc"
context = '\\bXoserve\\b'
''', suffix=".toml")
    assert changes("CP5922 and XRN5921 by Xoserve") == [(("CP5922",), "dsc"), (("XRN5921",), "dsc")]
    assert sum(p.name == "dsc-xrn" for p in change_ids.patterns()) == 1


def test_the_documented_example_file_works(root, monkeypatch):
    monkeypatch.setenv(change_ids.ENV_VAR, str(root / "docs" / "change-ids.example.toml"))
    assert changes("The SEC Panel approved MP122 and noted CMP330/374; Xoserve raised CP5922.") == [
        (("MP122",), "sec"), (("CMP330", "CMP374"), "cusc"), (("CP5922",), "dsc")]


def test_the_python_api_adds_a_pattern(user_file):
    add_pattern("council-motion", r"\bMotion (?P<y>\d{2})-(?P<n>\d{1,2})\b", "M{y}{n:02d}", "council")
    assert changes("Motion 25-7 was carried.") == [(("M2507",), "council")]
    assert changes("Motion 25-07 was carried.") == [(("M2507",), "council")]
    change_ids.remove_added_patterns()
    assert changes("Motion 25-07 was carried.") == []


def test_a_pattern_giving_no_id_is_reported(user_file):
    add_pattern("council-motion", r"\bMotion (?P<y>\d{2})-(?P<n>\d{2})\b", "motion {y}-{n}", "council")
    with pytest.raises(ChangeIdsError, match="council-motion.*no change id"):
        find_changes("Motion 25-07 was carried.")


@pytest.mark.parametrize("entries,message", [
    ([{**SEC_ENTRY, "regex": "(unclosed"}], "bad regex"),
    ([{**SEC_ENTRY, "canonical": "MP{number}"}], "no named group"),
    ([{**SEC_ENTRY, "kind": "Secure Code"}], "kind"),
    ([{"name": "x", "regex": "a"}], "canonical"),
    ([{**SEC_ENTRY, "colour": "red"}], "unknown field"),
])
def test_a_bad_user_pattern_is_reported_with_its_file_and_entry(user_file, entries, message):
    path = user_file(entries)
    with pytest.raises(ChangeIdsError) as info:
        find_changes("MP122 and CR018")
    assert message in str(info.value) and str(path) in str(info.value) and "entry 1" in str(info.value)


def test_an_unreadable_user_file_is_reported(tmp_path, monkeypatch):
    monkeypatch.setenv(change_ids.ENV_VAR, str(tmp_path / "missing.json"))
    with pytest.raises(ChangeIdsError, match="cannot read"):
        find_changes("CR018")
    (tmp_path / "bad.toml").write_text("[[pattern]\nname=")
    monkeypatch.setenv(change_ids.ENV_VAR, str(tmp_path / "bad.toml"))
    with pytest.raises(ChangeIdsError, match="not valid TOML"):
        find_changes("CR018")


def test_the_command_line_reports_a_bad_pattern_file_in_one_line(root, user_file):
    from conftest import cli

    path = user_file([{**SEC_ENTRY, "regex": "MP(?P<n>"}])
    result = cli("extract", str(root / "samples" / "dag026.pdf"))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"{change_ids.ENV_VAR}={path}: entry 1, pattern 'sec-mp': bad regex" in result.stderr


# ---- in a real PDF --------------------------------------------------------------------------------

def test_changes_in_a_pdf_reach_the_record_with_kind_title_and_relations(tmp_path, user_file):
    user_file([SEC_ENTRY])
    path = make_pdf(tmp_path / "panel.pdf", [
        B("Minutes of the Westmere Code Panel (WCP) held on 12 June 2025"),
        "Meeting No. 342",
        B("Attendees"),
        T([["Name", "Role"], ["Ana Lutz (AL)", "Chair"], ["Ben Roe (BR)", "Supplier Member"]]),
        B("1. P502 'Settlement Data Retention Periods' (342/01)"),
        "P502 was raised by Calder Power on 3 March 2025. The Panel approved P502.",
        B("2. GC0180/181 Workgroup"),
        "BR presented GC0180/181 and the SEC change MP122. Paper 342/02 was noted.",
        B("3. Modification 0700"),
        "The Panel noted CMP262: Connection Charging Data Exchange.",
    ])
    record = extract(path)
    crs = {c["id"]: c for c in record["change_requests"]}
    assert {k: c["kind"] for k, c in crs.items()} == {
        "P502": "bsc", "GC0180": "grid-code", "GC0181": "grid-code", "MP122": "sec", "CMP262": "cusc"}
    assert all(c["key"] == f"cr:{k}" for k, c in crs.items())
    assert crs["P502"]["title"] == "Settlement Data Retention Periods"
    assert crs["CMP262"]["title"] == "Connection Charging Data Exchange"
    printed = {"P502": "P502", "GC0180": "GC0180/181", "GC0181": "GC0180/181", "MP122": "MP122", "CMP262": "CMP262"}
    for cid, c in crs.items():
        assert c["evidence"] and printed[cid] in c["evidence"][0]["quote"]
    rels = {(r["type"], r["from"], r["to"]) for r in record["relations"]}
    assert ("RAISED", "org:calder-power", "cr:P502") in rels
    assert crs["P502"]["raised_on"] == "2025-03-03"
    assert any(t == "APPROVED" and to == "cr:P502" for t, _f, to in rels)


ATTENDEES = [B("Attendees"), T([["Name", "Role"], ["Ana Lutz (AL)", "Chair"], ["Ben Roe (BR)", "Shipper Member"]])]


@pytest.mark.parametrize("head,body,kinds,titles,relations", [
    (["Minutes of the Gas Settlement Workgroup meeting held on 19 June 2025", "Joint Office of Gas Transporters"],
     [B("1. Modification 0893 – Revision of Reconciliation Factors"),
      "AL introduced the draft Workgroup Report for Modification 0893.",
      "Action 0312/02: Joint Office to publish the request. Closed.",
      B("2. Modification 0894 and UNC 0894B – Shipper Credit Cover"),
      "BR explained that UNC 0894B had been raised by Thornbury Energy on 2 June 2025 as an alternative to "
      "Modification 0894.",
      B("3. Review Group 0312 – Review of Shrinkage Methodology"),
      "AL presented the terms of reference for Review Group 0312."],
     {"UNC0893": "unc", "UNC0894": "unc", "UNC0894B": "unc", "UNC0312": "unc"},
     {"UNC0893": "Revision of Reconciliation Factors", "UNC0894B": "Shipper Credit Cover",
      "UNC0312": "Review of Shrinkage Methodology"},
     {("RAISED", "org:thornbury-energy", "cr:UNC0894B")}),
    (["Minutes of the DCUSA Panel (DMP) meeting held on 19 March 2025", "Meeting No. 6"],
     [B("1. DCP 463 – Removal of Legacy Profile Class Data from the Metering Point Register"),
      "The Secretariat presented the final report for DCP 463, which was raised by Calder Power in November 2024.",
      "The Panel approved DCP 463.",
      B("2. Change Proposal 464 - Clarification of Meter Asset Data Timescales"),
      "The Panel agreed to issue Change Proposal 464 for consultation."],
     {"DCP463": "dcusa", "DCP464": "dcusa"},
     {"DCP463": "Removal of Legacy Profile Class Data from the Metering Point Register",
      "DCP464": "Clarification of Meter Asset Data Timescales"},
     {("RAISED", "org:calder-power", "cr:DCP463")}),
    (["Test Assurance Group (TAG) Minutes", "Meeting number TAG022", "Date: 4 June 2025"],
     [B("1. CR 043 Qualification Testing Window"),
      "BR introduced CR 043 (Extension of the Qualification Testing Window), raised by Northmoor Networks on "
      "14 April 2025.",
      B("2. MHHS-CR-041 Refresh Cadence"),
      "AL noted that MHHS-CR-041 (Test Environment Refresh Cadence) needs an options paper (see page P1)."],
     {"CR043": "programme", "CR041": "programme"},
     {"CR043": "Extension of the Qualification Testing Window", "CR041": "Test Environment Refresh Cadence"},
     {("RAISED", "org:northmoor-networks", "cr:CR043")}),
])
def test_each_code_family_in_a_pdf(tmp_path, head, body, kinds, titles, relations):
    record = extract(make_pdf(tmp_path / "m.pdf", head + ATTENDEES + body))
    crs = {c["id"]: c for c in record["change_requests"]}
    assert {k: c["kind"] for k, c in crs.items()} == kinds
    assert {k: c["title"] for k, c in crs.items() if k in titles} == titles
    rels = {(r["type"], r["from"], r["to"]) for r in record["relations"]}
    assert relations <= rels
    raised = {r["to"] for r in record["relations"] if r["type"] == "RAISED"}
    assert raised == {to for _t, _f, to in relations}  # only the change before "raised by" was raised
    orgs = {o["key"]: o["name"] for o in record["organisations"]}
    assert all(orgs[f] == f[4:].replace("-", " ").title() for _t, f, _to in relations)  # named as printed
    approved = {r["to"] for r in record["relations"] if r["type"] == "APPROVED" and r["to"].startswith("cr:")}
    assert approved == ({"cr:DCP463"} if "DCP463" in kinds else set())


def test_a_change_approved_for_a_baseline_is_approved(tmp_path):
    """'for inclusion in the next design baseline' names a baseline; it baselines no document."""
    record = extract(make_pdf(tmp_path / "m.pdf", [
        "Test Assurance Group (TAG) Minutes", "Meeting number TAG022", "Date: 4 June 2025", *ATTENDEES,
        B("1. CR052 Registration Data Freeze"),
        "DECISION TAG-DEC7: The TAG approved CR052 version 1.1 for inclusion in the next design baseline."]))
    rels = {(r["type"], r["to"]) for r in record["relations"]}
    assert ("APPROVED", "cr:CR052") in rels and not any(t == "BASELINED" for t, _ in rels)
    assert {c["id"]: c["versions"] for c in record["change_requests"]} == {"CR052": ["1.1"]}


def test_a_decision_schedules_a_change_for_a_release_of_any_name(tmp_path):
    record = extract(make_pdf(tmp_path / "m.pdf", [
        "Test Assurance Group (TAG) Minutes", "Meeting number TAG022", "Date: 4 June 2025", *ATTENDEES,
        B("1. CR045 Cutover Window"),
        "DECISION TAG-DEC8: The Chair approved CR045 for implementation in Migration Release 2 (MR2).",
        "A Press Release 3 will follow."]))
    sched = {(r["from"], r["to"]) for r in record["relations"] if r["type"] == "SCHEDULED_FOR"}
    assert sched == {("cr:CR045", "release:mr2")}


def test_queries_read_a_change_id_of_any_kind():
    from minutes_kg.queries.registry import QueryError, normalise_cr

    assert [normalise_cr(t) for t in ("cr18", "cr:CR018", "18", "p272", "unc 0872b", "GC0180")] == [
        "CR018", "CR018", "CR018", "P272", "UNC0872B", "GC0180"]
    with pytest.raises(QueryError, match="not a change request id"):
        normalise_cr("Sarah Jones")


def test_the_change_of_the_item_is_the_one_raised(tmp_path):
    """'The change ... was raised by X' under an item headed by one change id: that change."""
    record = extract(make_pdf(tmp_path / "m.pdf", [
        "Minutes of the REC Change Panel (RCP) held on 9 October 2025", "Meeting No. 58", *ATTENDEES,
        B("3. R0150 Switching Objection Window Alignment – Final Change Report"),
        "AL presented the Final Change Report for R0150 (Switching Objection Window Alignment). The change "
        "shortens the objection window and was raised "
        "by Kittiwake Supply on 2 June 2025.",
        "BR asked whether the Undergraduate Assessment Regulations apply; they do not."]))
    crs = {c["id"]: c for c in record["change_requests"]}
    assert crs["R0150"]["kind"] == "rec" and crs["R0150"]["title"] == "Switching Objection Window Alignment"
    assert (crs["R0150"]["raised_by"], crs["R0150"]["raised_on"]) == (["org:kittiwake-supply"], "2025-06-02")
    assert "doc:undergraduate-assessment-regulations" in {d["key"] for d in record["documents"]}
