"""Render the held-out DOCX/LibreOffice minutes: ``.venv/bin/python samples/holdout/make_docx_holdout.py``.

Two FICTIONAL minutes documents, defined here as Python content, written to Word with python-docx
(the ``Doc`` helper of ``samples/layouts/make_docx.py``) and converted to PDF by LibreOffice:

- ``holdout-docx-recpanel``  a retail energy code change panel: a "Summary of decisions" box at the top,
                             REC change ids, a "Recorded vote" table Member | Vote, an "Actions arising"
                             table No. | Owner | Action | Deadline, and the attendance table
                             Attendee | Organisation | Capacity at the END of the document.
- ``holdout-docx-parish``    a parish council: title sentence, "Those present:" prose list with Cllr titles,
                             "Also attending:", "Absent with apologies:", "Absent:", minute numbers 24/067 ...,
                             "RESOLVED to ..." with "Proposed: ... Seconded: ..." lines, an
                             "Actions arising" table Who | What | When.

Output: ``samples/holdout/holdout-docx-*.pdf``. Gold: ``tests/gold/holdout/holdout-docx-*.json`` (written by
hand from the PDFs' text layer; judgement calls in ``tests/gold/holdout/NOTES-docx.md``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))

from make_docx import Doc, build  # noqa: E402

# ---------------------------------------------------------------------------------------------
# 1. holdout-docx-recpanel


REC_ATTENDANCE = [
    ["Attendee", "Organisation", "Capacity"],
    ["Marguerite Okonedo", "Independent", "Chair"],
    ["Stellan Birch", "Kittiwake Supply", "Panel Member"],
    ["Priti Desai", "Halden Energy", "Panel Member"],
    ["Gordon Lyle", "Tarnside Networks", "Panel Member"],
    ["Ruth Ambler", "Northdown Energy", "Alternate (for Desmond Fry)"],
    ["Isla Quarrie", "Citizens Energy Trust", "Panel Member"],
    ["Farida Noorani", "Vesper Gas", "Panel Member"],
    ["Emrys Talbot (from item 5)", "Sedgemoor Metering", "Panel Member"],
    ["Tomos Rhydderch", "RECCo", "Code Manager"],
    ["Anouk Verbeek", "RECCo", "Secretariat"],
    ["Celestine Dworkin", "Ofgem", "Observer"],
    ["Bartholomew Quist", "Kesteven Data Services", "Observer"],
]

REC_DECISIONS = [
    ("2", "The Panel APPROVED the minutes of Meeting 57 held on 18 September 2025 as a true record."),
    ("3", "The Panel APPROVED R0150 for implementation on 25 June 2026."),
    ("4", "The Panel REJECTED REC Change Proposal R0151."),
    ("5", "R0152: Deferred to the next meeting."),
    ("6", "The Panel NOTED the Code Manager's quarterly performance report."),
]


def build_recpanel() -> Doc:
    doc = Doc("Arial", 10, accent="4B2E83")
    doc.header("REC Change Panel  –  Meeting 58  –  16 October 2025", "DRAFT")
    doc.footer("Retail Energy Code  |  Change Panel minutes", "Page {PAGE} of {NUMPAGES}")
    doc.h("REC Change Panel", 1)
    doc.p("**Minutes of Panel Meeting 58**", size=12, space_after=1)
    doc.p("Thursday 16 October 2025, 13:30 – 16:10, by video conference", space_after=1)
    doc.p("Draft: for approval at Meeting 59", italic=True, size=9)

    doc.h("Summary of decisions", 2)
    doc.table([["Item", "Decision"], *[[n, text] for n, text in REC_DECISIONS]], [1.6, 15.4], shade="4B2E83")

    doc.h("Minutes", 2)
    doc.h("1. Welcome, apologies and declarations", 3)
    doc.p("The Chair welcomed Panel members and observers. Apologies had been received from Desmond Fry and "
          "Lowri Penberthy; Ruth Ambler attended as Alternate for Desmond Fry. Emrys Talbot joined the meeting "
          "during item 5.")
    doc.p("Gordon Lyle declared that Tarnside Networks had responded to the R0150 consultation. No other "
          "interests were declared.")

    doc.h("2. Minutes of Meeting 57 and review of actions", 3)
    doc.p("The draft minutes of Meeting 57 had been circulated. No comments were received.")
    doc.p(REC_DECISIONS[0][1], bold=True)
    doc.p("Tomos Rhydderch reported that all actions from Meeting 57 had been completed and none were carried "
          "forward.")

    doc.h("3. R0150 Switching Objection Window Alignment – Final Change Report", 3)
    doc.p("Tomos Rhydderch presented the Final Change Report for R0150 (Switching Objection Window Alignment). "
          "The change shortens the objection window for domestic switches so that it aligns with the next-day "
          "switching timetable, and was raised by Kittiwake Supply on 2 June 2025. Eleven consultation "
          "responses had been received, nine of them in support.")
    doc.p("Gordon Lyle said that networks had concerns about the volume of late objections that the shorter "
          "window would generate, and asked that the Code Manager monitor objection volumes for six months "
          "after go-live. Isla Quarrie said that consumers would benefit from faster switches but that she "
          "had not yet seen evidence on erroneous transfers.")
    doc.p("The Chair put the Final Change Report to a recorded vote.")
    doc.p("**Recorded vote – R0150**", space_after=2)
    doc.table([
        ["Member", "Vote"],
        ["Stellan Birch", "For"],
        ["Priti Desai", "For"],
        ["Gordon Lyle", "Against"],
        ["Ruth Ambler (for Desmond Fry)", "For"],
        ["Isla Quarrie", "Abstained"],
        ["Farida Noorani", "For"],
    ], [7.0, 3.5], shade="4B2E83")
    doc.p("The recorded vote was four for, one against and one abstention.")
    doc.p(REC_DECISIONS[1][1], bold=True)

    doc.h("4. REC Change Proposal R0151 Meter Asset Data Correction Process", 3)
    doc.p("Priti Desai introduced REC Change Proposal R0151 (Meter Asset Data Correction Process), raised by "
          "Halden Energy on 4 August 2025. R0151 would let a supplier correct meter asset data held by the "
          "previous supplier's agent without a new appointment. She noted that it builds on R0123 (Market "
          "Message Retention Rules), which was implemented in November 2024.")
    doc.p("Members were concerned that the proposal moves liability for incorrect data to the incoming "
          "supplier's agent and that its costs fall mainly on metering agents. Farida Noorani said that a "
          "narrower change limited to domestic meters might be supported.")
    doc.p(REC_DECISIONS[2][1], bold=True)

    doc.h("5. R0152: Prepayment Top-up Reconciliation", 3)
    doc.p("The Code Manager explained that the Working Group had not completed its assessment of R0152 "
          "because two prepayment service providers had not yet supplied cost data.")
    doc.p(REC_DECISIONS[3][1], bold=True)

    doc.h("6. Code Manager's quarterly performance report", 3)
    doc.p("Tomos Rhydderch presented the quarterly performance report. All change milestones in the quarter "
          "had been met except one, which had slipped by a week.")
    doc.p(REC_DECISIONS[4][1], bold=True)

    doc.h("7. Any other business", 3)
    doc.p("Celestine Dworkin said that Ofgem would publish its decision on the switching reform "
          "consultation in November. The next meeting will be held on Thursday 20 November 2025.")

    doc.h("Actions arising", 2)
    doc.table([
        ["No.", "Owner", "Action", "Deadline"],
        ["1", "Code Manager", "Issue the R0150 implementation notice to REC Parties", "23/10/2025"],
        ["2", "Code Manager", "Monitor objection volumes for six months after R0150 is implemented and "
         "report to the Panel", "Ongoing"],
        ["3", "Secretariat", "Publish the Panel's reasons for rejecting R0151 on the REC portal",
         "24 October 2025"],
        ["4", "Priti Desai", "Confirm whether Halden Energy will raise a narrower alternative to R0151",
         "13/11/2025"],
        ["5", "Gordon Lyle", "Share Tarnside Networks' data on late objections with the Code Manager", "TBC"],
        ["6", "Code Manager", "Chase the outstanding R0152 cost data from prepayment service providers",
         "Next meeting"],
    ], [1.2, 3.2, 9.6, 3.0], shade="4B2E83")

    doc.page_break()
    doc.h("Attendance", 2)
    doc.table(REC_ATTENDANCE, [5.6, 5.4, 6.0], shade="4B2E83")
    doc.p("Apologies: Desmond Fry (Northdown Energy) and Lowri Penberthy (Ofgem).")
    return doc


# ---------------------------------------------------------------------------------------------
# 2. holdout-docx-parish


def build_parish() -> Doc:
    doc = Doc("Times New Roman", 11.5, accent="000000", margins_cm=2.3)
    doc.header("Willowcombe Parish Council", "Minutes – 8th October 2024")
    doc.footer("Signed ……………………………… Chairman      Date ………………", "Page {PAGE} of {NUMPAGES}")
    doc.p("**WILLOWCOMBE PARISH COUNCIL**", size=15, align="center", space_after=2)
    doc.p("Minutes of the Meeting of Willowcombe Parish Council held in the Village Hall, Church Lane, "
          "Willowcombe on Tuesday 8th October 2024 at 7.30pm", align="center", italic=True)
    doc.p("")
    doc.p("**Those present:** Cllr M Hargreave (Chairman), Cllr Mrs P Elphick, Cllr D Soames, "
          "Cllr R Featherstone-Bligh, Cllr Mrs W Ostrowska, Cllr T Abara and Cllr J Quennell (arrived 7.48pm).")
    doc.p("**Also attending:** Mrs L Cordingley (Clerk and RFO) and two members of the public.")
    doc.p("**Absent with apologies:** Cllr S Pemberton and Cllr A Dunstall.")
    doc.p("**Absent:** Cllr K Varley.")

    def minute(num: str, title: str) -> None:
        doc.p(f"**{num}\t{title.upper()}**", tabs=(2.0,), space_after=2).paragraph_format.keep_with_next = True

    def body(text: str) -> None:
        doc.p(text, indent_cm=2.0)

    def pss(text: str) -> None:
        doc.p(text, indent_cm=2.0, italic=True)

    minute("24/067", "Apologies for absence")
    body("Apologies were received and accepted from Cllr Pemberton (family commitment) and Cllr Dunstall "
         "(work). Cllr Varley was absent.")
    minute("24/068", "Declarations of interest")
    body("Cllr Soames declared a non-pecuniary interest in minute 24/071(a) as a neighbour of the applicant "
         "and took no part in the vote on it.")
    minute("24/069", "Minutes of the previous meeting")
    body("RESOLVED to approve the minutes of the meeting held on 10th September 2024 as a true record; "
         "they were signed by the Chairman.")
    pss("Proposed: Cllr Elphick     Seconded: Cllr Abara     All in favour")
    minute("24/070", "Public participation")
    body("The meeting was adjourned for public participation. Two residents spoke about vehicle speeds on "
         "Mill Rise and asked the Council to consider a second Speed Indicator Device. The meeting was "
         "reconvened at 7.55pm.")
    minute("24/071", "Planning")
    body("(a) Application 24/01873/HOU – single-storey rear extension, 6 Mill Rise. RESOLVED to raise no "
         "objection to application 24/01873/HOU.")
    pss("Proposed: Cllr Ostrowska     Seconded: Cllr Featherstone-Bligh     All in favour (Cllr Soames did "
        "not vote)")
    body("(b) Application 24/02011/FUL – erection of two dwellings, land east of Pound Lane. Members were "
         "concerned about visibility at the Pound Lane junction and surface water flooding. RESOLVED to "
         "object to application 24/02011/FUL on the grounds of highway safety and flood risk.")
    pss("Proposed: Cllr Quennell     Seconded: Cllr Abara     5 in favour, 1 against, 1 abstention")
    minute("24/072", "Finance")
    body("(a) RESOLVED to approve the schedule of payments for October totalling £3,418.62.")
    pss("Proposed: Cllr Hargreave     Seconded: Cllr Elphick     All in favour")
    body("(b) RESOLVED to note the bank reconciliation to 30th September 2024, which the Chairman signed.")
    minute("24/073", "Highways and road safety")
    body("Further to the residents' comments under minute 24/070, members discussed the speed data recorded "
         "on Church Lane over the summer. RESOLVED to purchase a second Speed Indicator Device at a cost not "
         "exceeding £2,950, funded from the Community Infrastructure Levy reserve.")
    pss("Proposed: Cllr Soames     Seconded: Cllr Quennell     All in favour")
    body("Cllr Ostrowska reported that the playground fence by the recreation ground had been damaged; one "
         "quotation for repairs had been obtained.")
    minute("24/074", "Village Hall lease")
    body("The Clerk reported that the solicitor's advice on the draft lease had not yet been received. "
         "RESOLVED to defer a decision on the renewal of the Village Hall lease to the November meeting.")
    minute("24/075", "Clerk's report and correspondence")
    body("The Clerk reported that the District Council's consultation on the Local Plan review would close on "
         "29th November; members asked her to prepare a draft response for the next meeting. The "
         "correspondence list was circulated before the meeting and no items required a response.")
    minute("24/076", "Date of next meeting")
    body("The next meeting will be held on Tuesday 12th November 2024 at 7.30pm in the Village Hall.")
    body("There being no further business, the Chairman closed the meeting at 9.12pm.")

    doc.h("Actions arising", 2)
    doc.table([
        ["Who", "What", "When"],
        ["Clerk", "Order the second Speed Indicator Device and agree its locations with Highways",
         "End of October"],
        ["Clerk", "Send the Council's objection to application 24/02011/FUL to the District Council",
         "18th October 2024"],
        ["Clerk", "Draft a response to the Local Plan review consultation for the November meeting",
         "12th November 2024"],
        ["Cllr Ostrowska", "Obtain a second quotation for the playground fence repairs", "Next meeting"],
        ["Cllr Hargreave", "Meet the Village Hall Management Committee chair about the lease terms",
         "31st October 2024"],
        ["Cllr Featherstone-Bligh and Cllr Abara", "Carry out the quarterly play area inspection",
         "November 2024"],
    ], [5.4, 8.0, 3.0], shade="595959")
    return doc


DOCUMENTS = {
    "holdout-docx-recpanel": build_recpanel,
    "holdout-docx-parish": build_parish,
}


def main(argv: list[str] | None = None) -> int:
    return build(DOCUMENTS, HERE, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
