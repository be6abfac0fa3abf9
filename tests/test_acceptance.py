"""A PDF is minutes when it reads like minutes; its identity comes from whatever it states."""

import pytest
from minutes_kg.extractor.errors import NotMinutesError
from minutes_kg.extractor.record import extract
from pdfmaker import PAGE, B, T, make_pdf

BODY = [
    B("Attendees"),
    T([["Name", "Role"], ["Ana Lutz (AL)", "Chair"], ["Ben Roe (BR)", "Supplier Member"]]),
    B("1. Welcome"),
    "The Chair welcomed members to the meeting.",
    B("2. Budget"),
    "The members noted the budget report and agreed the revised timetable.",
]


def _record(tmp_path, story):
    return extract(make_pdf(tmp_path / "m.pdf", story))


@pytest.mark.parametrize("head,expected", [
    (["Cross Code Advisory Group (CCAG) Minutes", T([["Meeting:", "CCAG017"], ["Date:", "12 March 2024"]])],
     ("CCAG017", "CCAG", "017", "2024-03-12")),
    (["Harbour Board Minutes", "Meeting No. 12", "Date: 4 June 2024"], ("HARBOUR-BOARD-12", None, "12", "2024-06-04")),
    ([B("SGB 073"), "Minutes of the Smart Grid Board held on 3 October 2024"], ("SGB073", "SGB", "073", "2024-10-03")),
    (["Minutes of the 121st meeting of the Vale Tariff Committee (VTC) held on 9 May 2024"],
     ("VTC121", "VTC", "121", "2024-05-09")),
    (["Minutes of the meeting of the Gas Transmission Review Group held on 13 November 2008"],
     ("GAS-TRANSMISSION-REVIEW-GROUP-2008-11-13", None, None, "2008-11-13")),
    (["Meeting Minutes", "Westmere Panel", "Meeting #6", "2025-02-11 14:00 – 15:30 UTC"],
     (None, None, "6", "2025-02-11")),
])
def test_identity_from_any_label(tmp_path, head, expected):
    m = _record(tmp_path, head + BODY)["meeting"]
    mid, abbrev, number, date = expected
    if mid:
        assert m["id"] == mid
    assert (m["body_abbrev"], m["number"], m["date"]) == (abbrev, number, date)


def test_time_and_status_from_the_front_matter(tmp_path):
    m = _record(tmp_path, ["DRAFT", "Harbour Board Minutes", "Meeting No. 12",
                           "Date: Tuesday, April 8, 2025", "Time: 7.15pm – 9.00pm"] + BODY)["meeting"]
    assert (m["date"], m["start"], m["end"], m["status"]) == ("2025-04-08", "19:15", "21:00", "draft")


@pytest.mark.parametrize("story,reason", [
    (["Calder Power Ltd", "12 July 2024", "Dear Ms Lutz,", "Thank you for your letter about the tariff review.",
      "We will reply after the next board meeting.", "Yours sincerely,", "Ben Roe"], "a letter"),
    (["INVOICE", "Invoice number: 2024-118", "Date: 3 June 2024", T([["Item", "Amount"], ["Venue hire", "£300"]]),
      "Total amount due: £360 (VAT included)", "Payment terms: 30 days"], "an invoice"),
    (["Agenda for the meeting of the Harbour Board", "Date: 4 June 2024", B("1. Welcome"), B("2. Budget report"),
      B("3. Any other business")], "an agenda"),
])
def test_not_minutes_are_refused_with_their_reason(tmp_path, story, reason):
    with pytest.raises(NotMinutesError) as info:
        _record(tmp_path, story)
    assert reason in str(info.value) and "m.pdf" in str(info.value)


def test_a_slide_deck_is_refused(tmp_path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    path = tmp_path / "deck.pdf"
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    for title in ("Harbour Board strategy 2025", "1. Where we are", "2. What we propose", "Questions?"):
        c.setFont("Helvetica-Bold", 28)
        c.drawString(60, 480, title)
        c.setFont("Helvetica", 18)
        c.drawString(80, 400, "- a point made on the slide")
        c.showPage()
    c.save()
    with pytest.raises(NotMinutesError) as info:
        extract(path)
    assert "slide deck" in str(info.value)


def test_minutes_without_a_number_or_date_are_refused(tmp_path):
    with pytest.raises(NotMinutesError) as info:
        _record(tmp_path, ["Harbour Board Minutes"] + BODY)
    assert "no meeting number or date" in str(info.value)


def test_a_long_document_keeps_its_identity_from_page_one(tmp_path):
    story = ["Harbour Board Minutes", "Meeting No. 14", "Date: 4 June 2024"] + BODY + [PAGE, B("3. Later item"),
                                                                                      "Meeting No. 99 was cited."]
    assert _record(tmp_path, story)["meeting"]["id"] == "HARBOUR-BOARD-14"


def test_several_fields_on_one_line_and_a_name_over_the_minutes_line(tmp_path):
    m = _record(tmp_path, [B("HARBOUR TARIFF PANEL"), B("MINUTES OF MEETING NO. 77"),
                           "Meeting name: Harbour Tariff Panel Date: 24/06/2025 Time: 09:30 – 12:00 Location: Online",
                           "Issue date: 30/06/2025"] + BODY + [
        "The next Panel meeting, Meeting No. 78, will be held on Thursday 10 July 2025.",
        "The Chair closed the meeting at 11.45am."])["meeting"]
    assert (m["id"], m["body"], m["date"], m["start"], m["end"]) == \
        ("HARBOUR-TARIFF-PANEL-77", "Harbour Tariff Panel", "2025-06-24", "09:30", "12:00")  # as scheduled
    assert (m["venue"], m["issued"], m["next_meeting"]) == ("Online", "2025-06-30", "2025-07-10")


def test_venue_and_time_from_a_title_sentence(tmp_path):
    m = _record(tmp_path, [B("MINUTES OF THE ORDINARY MEETING OF HARBOURSIDE TOWN COUNCIL HELD IN THE COUNCIL "
                             "CHAMBER, MARKET HALL ON TUESDAY, 8 APRIL 2025 COMMENCING AT 7.15PM")] + BODY)["meeting"]
    assert (m["body"], m["date"], m["start"]) == ("Harbourside Town Council", "2025-04-08", "19:15")
    assert m["venue"] == "Council Chamber, Market Hall"


def test_an_action_due_before_the_next_meeting_is_not_the_next_meeting(tmp_path):
    m = _record(tmp_path, ["Harbour Board Minutes", "Meeting No. 12", "Date: 4 June 2024"] + BODY + [
        "AL agreed to circulate the plan before the next meeting, by 20 June 2024.",
        "The meeting closed at 12.40pm.", B("Next meeting"), "Thursday 2 July 2024 at 10:00"])["meeting"]
    assert m["next_meeting"] == "2024-07-02"
    assert m["end"] == "12:40"  # no time was scheduled: the closing time is the end


def test_identity_only_in_the_running_header(tmp_path):
    """The number and the date printed only in the header band of every page are the meeting's."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "hdr.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in (1, 2):
        c.setFont("Helvetica", 8)
        c.drawString(60, 815, "Harbour Programme | HTG Minutes Meeting: HTG019 4 March 2025")
        c.drawString(60, 20, f"Classification: Public Page {page} of 2")
        y = 760
        lines = ["Harbour Testing Group", "Minutes and Actions", "Attendees", "Ana Lutz (AL) Chair",
                 "Ben Roe (BR) Supplier Representative", "1. Welcome", "The Chair welcomed members.",
                 "2. Previous minutes", "The minutes of 4 February 2025 were agreed."] if page == 1 else \
            ["3. Plan", "The group noted the plan."]
        for i, text in enumerate(lines):
            c.setFont("Helvetica-Bold" if i in (0, 2, 5, 7) or page == 2 and i == 0 else "Helvetica",
                      16 if i == 0 and page == 1 else 10)
            c.drawString(60, y, text)
            y -= 20
        c.showPage()
    c.save()
    m = extract(path)["meeting"]
    assert (m["id"], m["date"], m["classification"]) == ("HTG019", "2025-03-04", "Public")


def test_slash_minute_numbers_and_labels_of_any_group(tmp_path):
    story = [B("WILLOW PARISH COUNCIL"), "Minutes of the Meeting of Willow Parish Council held in the Village Hall on "
             "Tuesday 8th October 2024 at 7.30pm", "Those present: Cllr M Hargreave (Chairman), Cllr D Soames",
             "Also attending: Mrs L Cordingley (Clerk).", "Absent with apologies: Cllr S Pemberton.",
             B("24/067 APOLOGIES FOR ABSENCE"), "Apologies were received and accepted.",
             B("24/068 PLANNING"), "The council noted the application.",
             "There being no further business, the Chairman closed the meeting at 9.12pm."]
    rec = _record(tmp_path, story)
    from minutes_kg.extractor.pdf_pages import parse_pdf
    from minutes_kg.extractor.sections import split_sections

    s = split_sections(parse_pdf(tmp_path / "m.pdf"))
    assert [i.number for i in s.items if i.number] == ["24/067", "24/068"]
    assert [p.kind for p in s.attendance][:3] == ["present", "present", "apologies"]
    assert rec["meeting"]["end"] == "21:12" and rec["meeting"]["venue"] == "Village Hall"


def test_a_reference_with_its_year_and_other_details_labels(tmp_path):
    m = _record(tmp_path, [B("Harbour Code Review Panel"), B("Minutes"),
                           T([["Meeting Reference", "HCRP 2025/05"], ["Held", "Thursday 22 May 2025, 10:00 – 13:15"],
                              ["Where", "Fairhaven House"], ["Record status", "Final"], ["Circulation", "Public"]],
                             header=False)] + BODY + [
        "The next Panel (HCRP 2025/06) will be held on Thursday 26 June 2025."])["meeting"]
    assert (m["id"], m["number"], m["body"], m["date"], m["start"]) == \
        ("HCRP2025/05", "2025/05", "Harbour Code Review Panel", "2025-05-22", "10:00")
    assert (m["venue"], m["classification"], m["status"], m["next_meeting"]) == \
        ("Fairhaven House", "Public", "approved", "2025-06-26")


def test_an_annual_general_meeting_titled_by_its_association(tmp_path):
    m = _record(tmp_path, [B("Annual General Meeting of the Westmere Rowing Association held on Saturday 12 April "
                             "2025 at the Boathouse"), "Posted by the Secretary on 20 April 2025",
                           "These minutes are a draft until approved by the Westmere Rowing Association (WRA)."]
                + BODY)["meeting"]
    assert (m["id"], m["body"], m["issued"], m["status"]) == \
        ("WRA-2025-04-12", "Westmere Rowing Association", "2025-04-20", "draft")
