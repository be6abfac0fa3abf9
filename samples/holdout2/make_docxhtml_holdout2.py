"""Build three FICTIONAL held-out minutes PDFs: ``.venv/bin/python samples/holdout2/make_docxhtml_holdout2.py``.

- ``holdout2-docx-grid-panel``      python-docx -> LibreOffice (a Grid Code review panel)
- ``holdout2-html-school``          HTML + CSS -> headless Chromium (a primary school governing board)
- ``holdout2-docx-programme-board`` python-docx -> LibreOffice (a programme board)

Optional arguments name the stems to build; ``--check`` checks the gold records in
``tests/gold/holdout2/<stem>.json`` against the PDFs (every verbatim string on a page or in a table
cell, every key used defined). The Word helpers come from ``samples/layouts/make_docx.py``; the
documents are new. All bodies, people, organisations, dates, ids and text are invented. Content is
deterministic; PDF bytes may differ between runs.
"""

from __future__ import annotations

import html
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GOLD = ROOT / "tests" / "gold" / "holdout2"
sys.path.insert(0, str(ROOT / "samples" / "layouts"))
sys.path.insert(0, str(ROOT / "samples"))

import gold_check  # noqa: E402  (the --check of every generator)
from make_docx import Doc, convert  # noqa: E402
from make_html import print_html  # noqa: E402

# ---------------------------------------------------------------------------------------------
# 1. holdout2-docx-grid-panel: key/value identity table with unusual labels, Y / N / Alt attendance
#    column, "Also attending" dash list, decimal paragraphs, "Panel AGREED / APPROVED" sentences,
#    Grid Code ids and a range, action log Ref | Owner | Action | Due date | Update at the end.


def build_grid_panel() -> Doc:
    doc = Doc("Arial", 10, accent="00507A")
    doc.header("Grid Code Review Panel  |  Minutes  |  GCRP 2025/05", "Public")
    doc.footer("Albion System Operator – Code Administrator", "Page {PAGE} of {NUMPAGES}")
    doc.p("**Grid Code Review Panel**", size=16)
    doc.p("**Minutes**", size=12)
    doc.table([
        ["Meeting Reference", "GCRP 2025/05"],
        ["Held", "Thursday 22 May 2025, 10:00 – 13:15"],
        ["Where", "Fairhaven House, Coventry, and by Microsoft Teams"],
        ["Record status", "Final – approved by the Panel on 26 June 2025"],
        ["Circulation", "Public"],
    ], [4.2, 12.8], header=False, label_col_bold=True, shade_label_col="DCE9F2")

    doc.p("**Chair:** Marguerite Ellingham (Independent Chair)")
    doc.table([
        ["Panel Member", "Representing", "Present? (Y / N / Alt)"],
        ["Tobias Renwick (Calder Ridge Power)", "Generators", "N"],
        ["Priyanka Sethuraman (Calder Ridge Power), alternate for Tobias Renwick", "Generators", "Alt"],
        ["Alasdair Pennington (Saltmarsh Wind)", "Generators", "Y"],
        ["Corinne Blackadder (Eastfold Distribution)", "Network Operators", "Y"],
        ["Gethin Marlowe (Ravensworth Networks)", "Network Operators", "N"],
        ["Ottilie Brandreth (Brackenfield Transmission)", "Onshore Transmission Licensees", "Y"],
        ["Samir Qadri (Tidewater OFTO)", "Offshore Transmission Licensees", "Y (left 12:10)"],
        ["Hollis Fairweather (Northwold Supply)", "Suppliers", "N"],
        ["Wendeline Ashdown", "Consumers", "Y"],
        ["Imogen Tregarthen (Albion System Operator)", "System Operator", "Y"],
    ], [8.6, 5.4, 3.0], shade="00507A")
    doc.p("Y = present; N = not present; Alt = seat taken by the member's alternate.", italic=True, size=8)
    doc.p("**Also attending:**", space_after=0)
    for line in (
        "Fenella Quarrie – Panel Secretary, Albion System Operator",
        "Lucan Okonkwo-Reeve – Code Administrator Lead, Albion System Operator (item 5 only)",
        "Ruairi Dunmore – Ofgem",
        "Beatrix Halloran – Saltmarsh Wind (Presenter, item 3 only)",
    ):
        doc.p(line, indent_cm=0.6, space_after=0)
    doc.p("")

    doc.h("1  Welcome, apologies and quoracy", 2)
    doc.p("1.1  The Chair opened the meeting. Apologies were received from Tobias Renwick, whose seat was "
          "taken by his alternate, and from Hollis Fairweather. Gethin Marlowe was not present and no "
          "apologies had been received.")
    doc.p("1.2  The Chair confirmed that the Panel was quorate. No conflicts of interest were declared.")

    doc.h("2  Minutes and action log of GCRP 2025/04", 2)
    doc.p("2.1  Panel APPROVED the minutes of GCRP 2025/04 (24 April 2025) as a true record, subject to one "
          "typographical correction in paragraph 3.4.")
    doc.p("2.2  The Panel Secretary took members through the action log. The updates are recorded in the "
          "action log at the end of these minutes.")

    doc.h("3  GC0201: Fault Ride Through Requirements for Grid Forming Converters – Workgroup Report", 2)
    doc.p("3.1  Beatrix Halloran, the Workgroup chair, presented the Workgroup Report. GC0201 was raised by "
          "Saltmarsh Wind in January 2025 and sets fault ride through requirements for grid forming "
          "converters connecting at 132kV and above.")
    doc.p("3.2  Alasdair Pennington noted that the Workgroup had voted four to one that the Original "
          "Proposal better facilitates the Grid Code objectives. Wendeline Ashdown asked whether the "
          "consultation would explain the cost to consumers; Imogen Tregarthen confirmed it would include "
          "the cost summary from the Workgroup Report.")
    doc.p("3.3  Panel AGREED that the GC0201 Workgroup has met its Terms of Reference.")
    doc.p("3.4  Panel APPROVED GC0201 to proceed to Code Administrator Consultation, with a consultation "
          "period of 15 working days.")

    doc.h("4  New modifications GC0203/204", 2)
    doc.p("4.1  Ottilie Brandreth presented two linked modifications raised by Brackenfield Transmission on "
          "2 May 2025: GC0203 'Reactive Power Data Exchange Obligations' and GC0204 'Data Registration Code "
          "Consequential Changes'.")
    doc.p("4.2  Corinne Blackadder supported the intent but asked that distribution-connected parks be "
          "in scope. Samir Qadri left the meeting at 12:10, after this item.")
    doc.p("4.3  Panel AGREED that GC0203 and GC0204 will be assessed together by a single Workgroup, "
          "reporting back to the Panel in October 2025.")

    doc.h("5  Draft Final Modification Report GC0199 and urgency request GC0200", 2)
    doc.p("5.1  Lucan Okonkwo-Reeve presented the Draft Final Modification Report for GC0199 'Frequency "
          "Response Metering Standards'. No consultation respondent opposed the change.")
    doc.p("5.2  Panel RECOMMENDED to the Authority that GC0199 be approved, with implementation ten working "
          "days after the Authority's decision.")
    doc.p("5.3  Imogen Tregarthen introduced the request from Eastfold Distribution that GC0200 'Emergency "
          "Disconnection Data Provision' be treated as urgent. Members wanted legal advice on whether the "
          "urgency criteria were met before taking a view.")
    doc.p("5.4  Panel DEFERRED its decision on the urgency of GC0200 to GCRP 2025/06.")

    doc.h("6  Code Administrator's report and forward plan", 2)
    doc.p("6.1  Fenella Quarrie presented the Code Administrator's report, including the draft 2025/26 "
          "Grid Code forward plan.")
    doc.p("6.2  Panel NOTED the Code Administrator's report.")

    doc.h("7  Any other business and next meeting", 2)
    doc.p("7.1  Ruairi Dunmore said that Ofgem expects to publish its decision on GC0196 in June. There was "
          "no other business.")
    doc.p("7.2  The next meeting, GCRP 2025/06, will be held on Thursday 26 June 2025 at Fairhaven House.")

    doc.h("Action log", 2)
    doc.table([
        ["Ref", "Owner", "Action", "Due date", "Update"],
        ["Actions from GCRP 2025/05"],
        ["GCRP-2025-05-01", "Panel Secretary", "Issue the GC0201 Code Administrator Consultation for 15 "
         "working days", "05/06/2025", "New"],
        ["GCRP-2025-05-02", "Ottilie Brandreth", "Circulate draft Terms of Reference for the GC0203/204 "
         "Workgroup to Panel members", "30/05/2025", "New"],
        ["GCRP-2025-05-03", "Albion System Operator", "Send a call for Workgroup nominations for GC0203/204",
         "13/06/2025", "New"],
        ["GCRP-2025-05-04", "Imogen Tregarthen", "Obtain legal advice on whether GC0200 meets the urgency "
         "criteria and report to the Panel", "GCRP 2025/06", "New"],
        ["GCRP-2025-05-05", "Corinne Blackadder", "Share the network operators' view on the GC0199 "
         "implementation date with the Code Administrator", "ASAP", "New"],
        ["GCRP-2025-05-06", "All Panel members", "Send comments on the draft 2025/26 forward plan to the "
         "Panel Secretary", "13/06/2025", "New"],
        ["Actions from earlier meetings"],
        ["GCRP-2025-04-03", "Alasdair Pennington", "Provide the Workgroup's converter test results to the "
         "Code Administrator", "22/05/2025", "Closed – results circulated on 15 May 2025"],
        ["GCRP-2025-04-05", "Imogen Tregarthen", "Publish the revised Panel guidance on urgency requests",
         "26/06/2025", "Open – due date moved from 22/05/2025"],
    ], [3.2, 3.0, 6.2, 2.2, 2.4], shade="00507A", size=9)
    return doc


# ---------------------------------------------------------------------------------------------
# 3. holdout2-docx-programme-board: "Meeting number:" on tab stops, attendee table Name |
#    Organisation | Role | Attendance with a "Deputy for X" cell, a decisions summary table at the
#    top (Decision ID | Decision | Owner), CR ids CR071 / MHHS-CR-072, a constituency vote with "Y"
#    marks and a "Not represented" row, actions "Ref | Description | Assigned to | Target date".


def build_programme_board() -> Doc:
    doc = Doc("Arial", 10, accent="6B2D5C")
    doc.header("MHHS Programme Board – PB027 – Meeting Record", "OFFICIAL")
    doc.footer("MHHS Programme – Programme Board", "Page {PAGE} of {NUMPAGES}")
    doc.p("**MHHS Programme Board (PB) – Meeting Record**", size=15)
    tabs = (3.6,)
    doc.p("**Meeting number:**\tPB027", tabs=tabs, space_after=0)
    doc.p("**Date:**\tWednesday 12 November 2025", tabs=tabs, space_after=0)
    doc.p("**Time:**\t13:00 – 15:30", tabs=tabs, space_after=0)
    doc.p("**Location:**\tMicrosoft Teams", tabs=tabs, space_after=0)
    doc.p("**Classification:**\tPublic", tabs=tabs, space_after=0)
    doc.p("**Status:**\tApproved", tabs=tabs)

    doc.h("Attendees", 2)
    doc.table([
        ["Name", "Organisation", "Role", "Attendance"],
        ["Celestine Harrowby", "Independent", "Chair", "Attended"],
        ["Rufus Kingsmill", "MHHS Programme", "Senior Responsible Owner (SRO)", "Attended"],
        ["Delphine Aske", "MHHS Programme", "Programme Director", "Attended"],
        ["Oskar Brennan", "MHHS Programme", "PMO Lead (Secretariat)", "Attended"],
        ["Niamh Coldwell", "Brightmoor Energy", "Large Supplier Representative", "Attended"],
        ["Jerome Abiodun", "Tallis Power", "Medium Supplier Representative", "Attended"],
        ["Lorcan Whitby", "Pellworth Supply", "Small Supplier Representative", "Sent apologies"],
        ["Saoirse Mulcahy", "Pellworth Supply", "Small Supplier Representative", "Deputy for Lorcan Whitby"],
        ["Farah Hallam", "Corbel Business Energy", "I&C Supplier Representative", "Attended"],
        ["Tomasz Wrobel", "Quayside Metering", "Supplier Agent Representative", "Attended (left 14:40)"],
        ["Eleri Pugh", "Fernhill Networks", "DNO Representative", "Attended"],
        ["Caspian Reyes", "Lattice Connect", "iDNO Representative", "Attended"],
        ["Winifred Oyelaran", "Elexon", "Elexon Representative (as central systems provider)", "Attended"],
        ["Hamish Drummond", "RECCo", "RECCo Representative", "Attended"],
        ["Bettina Voss", "DCC", "DCC Representative", "Attended"],
        ["Ambrose Lyle", "Citizens Energy Trust", "Consumer Representative", "Sent apologies"],
        ["Maren Solberg", "Ofgem", "Observer", "Attended"],
        ["Cuthbert Nye", "IPA", "Independent Programme Assurance", "Attended (item 4 only)"],
    ], [3.6, 3.6, 6.2, 3.6], shade="6B2D5C", size=9)

    doc.h("Summary of decisions", 2)
    doc.table([
        ["Decision ID", "Decision", "Owner"],
        ["PB-D-101", "The minutes of PB026 were approved as an accurate record.", "Programme Board"],
        ["PB-D-102", "The SRO approved CR071 (Migration Window Sequencing) for implementation in "
         "Migration Release 3 (MR3).", "SRO"],
        ["PB-D-103", "The SRO rejected MHHS-CR-072 (Qualification Evidence Retention Period).", "SRO"],
        ["PB-D-104", "The Programme Board approved the issue of CR073 (Settlement Calendar Alignment) "
         "for impact assessment.", "Programme Board"],
        ["PB-D-105", "The Programme Board approved the Programme Risk Appetite Statement and baselined "
         "it as version 2.0.", "Programme Board"],
        ["PB-D-106", "The Programme Board agreed to defer the re-plan of the M11 milestone to PB028.",
         "Programme Board"],
    ], [2.6, 11.4, 3.0], shade="6B2D5C", size=9)

    doc.h("1. Welcome and introductions", 2)
    doc.p("The Chair welcomed members. Apologies were noted from Lorcan Whitby, with Saoirse Mulcahy "
          "attending as his deputy, and from Ambrose Lyle, for whom no deputy had been nominated.")

    doc.h("2. Minutes and actions from PB026", 2)
    doc.p("Members approved the minutes of PB026 without amendment. OB confirmed that PB026-03 and PB026-05 "
          "were complete and closed. PB026-04 (the data cleanse tracker) remains open and is now due "
          "on 10/12/2025.")

    doc.h("3. CR071 (Migration Window Sequencing)", 2)
    doc.p("DA introduced CR071, which was raised by Brightmoor Energy on 3 October 2025. It moves the start "
          "of each migration window from a Monday to a Wednesday so that suppliers can absorb weekend "
          "registration peaks. The impact assessment closed on 31 October 2025 with eleven responses.")
    doc.p("The Chair asked constituency representatives to state their position. The results are "
          "recorded below.")
    vote = doc.table([
        ["Constituency", "Approve", "Reject", "Abstain", "Comment"],
        ["Large Supplier", "Y", "", "", "NC approved; the change reduces weekend staffing costs."],
        ["Medium Supplier", "Y", "", "", "JA approved."],
        ["Small Supplier", "Y", "", "", "SM approved on behalf of LW."],
        ["I&C Supplier", "", "", "Y", "FH abstained pending the revised migration profile."],
        ["Supplier Agent", "", "Y", "", "TW rejected; agents would need to rebuild their scheduling tools."],
        ["DNO", "Y", "", "", "EP approved."],
        ["iDNO", "Y", "", "", "CR approved."],
        ["Elexon (as central systems provider)", "Y", "", "", "WO approved; no central systems impact."],
        ["RECCo", "Y", "", "", "HD approved."],
        ["DCC", "", "", "Y", "BV abstained; the change is outside DCC's remit."],
        ["Consumer", "Not represented", "", "", ""],
    ], [3.8, 1.7, 1.7, 1.7, 8.1], shade="6B2D5C", size=9)
    last = vote.rows[-1].cells
    merged = last[1].merge(last[3])  # "Not represented" spans the three mark columns
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    doc.p("The Chair summarised that seven constituencies approved, one rejected, two abstained and one "
          "was not represented. Taking the responses into account, RK approved CR071 for Migration "
          "Release 3 (MR3) (PB-D-102).")

    doc.h("4. MHHS-CR-072 (Qualification Evidence Retention Period)", 2)
    doc.p("MHHS-CR-072 was raised by the Programme to extend the period for which qualification evidence "
          "must be kept from two to six years. CN reported that IPA saw no assurance benefit in the longer "
          "period. Members felt the cost to participants outweighed the benefit, and RK rejected the change "
          "(PB-D-103).")

    doc.h("5. CR073 (Settlement Calendar Alignment)", 2)
    doc.p("WO presented CR073, which aligns the programme settlement calendar with the central systems "
          "calendar. The Programme Board agreed CR073 should be issued for impact assessment, closing on "
          "3 December 2025 (PB-D-104).")

    doc.h("6. Risk appetite and M11 re-plan", 2)
    doc.p("DA presented version 2.0 of the Programme Risk Appetite Statement, which now sets a lower "
          "appetite for schedule risk in the final migration tranche. Members supported it (PB-D-105). "
          "DA also explained that the M11 re-plan depends on the outcome of the CR073 impact assessment, "
          "so members deferred it to PB028 (PB-D-106).")

    doc.h("7. Any other business", 2)
    doc.p("MS reminded members that Ofgem's open letter on migration readiness would be published on "
          "24 November 2025. There was no other business. The next Programme Board (PB028) will be held on "
          "Wednesday 10 December 2025.")

    doc.h("Actions arising", 2)
    doc.table([
        ["Ref", "Description", "Assigned to", "Target date"],
        ["PB027-01", "Publish the CR071 decision notice and update the migration window calendar",
         "Programme (PMO)", "19/11/2025"],
        ["PB027-02", "Write to Supplier Agent constituents explaining the CR071 transition arrangements",
         "Programme (Delphine Aske)", "26/11/2025"],
        ["PB027-03", "Issue CR073 for impact assessment", "Programme (Change Team)", "14/11/2025"],
        ["PB027-04", "Nominate a Consumer deputy for future Programme Board meetings", "Ambrose Lyle",
         "PB028"],
        ["PB027-05", "Publish version 2.0 of the Programme Risk Appetite Statement on the portal", "OB",
         "ASAP"],
    ], [2.2, 8.8, 3.6, 2.4], shade="6B2D5C", size=9)
    return doc


DOCX = {
    "holdout2-docx-grid-panel": build_grid_panel,
    "holdout2-docx-programme-board": build_programme_board,
}


# ---------------------------------------------------------------------------------------------
# 2. holdout2-html-school: a school governing board. Title sentence, "Governors present:" list with
#    bracketed roles, "Associate members and clerk in attendance:", "Apologies accepted:" and
#    "Absent (apologies not received):"; items "1." "2."; "The board AGREED"; anonymised questions;
#    "Action: Clerk" tails; a vote "carried by 7 votes to 2"; signature block.


def e(text: str) -> str:
    return html.escape(text, quote=False)


SCHOOL_CSS = """
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @top-right { content: "Larkspur Vale Primary School – Full Governing Board – 14.10.25";
               font: 8pt Georgia, serif; color: #555; }
  @bottom-left { content: "DRAFT – to be approved at the next meeting of the board"; font: italic 8pt Georgia, serif; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Georgia, serif; } }
body { font: 10.5pt Georgia, 'DejaVu Serif', serif; line-height: 1.35; color: #111; }
.crest { text-align: center; font: bold 15pt Georgia, serif; letter-spacing: 0.5pt; color: #1d4d2b; }
.sub { text-align: center; font-size: 11pt; margin-bottom: 10pt; }
.title { font-weight: bold; margin: 10pt 0; }
.label { font-weight: bold; margin: 8pt 0 2pt 0; }
ul.names { list-style: none; margin: 0 0 0 14pt; padding: 0; }
h2 { font-size: 11pt; margin: 12pt 0 4pt 0; color: #1d4d2b; break-after: avoid; }
p { margin: 3pt 0 5pt 0; }
.q { margin-left: 14pt; }
.act { font-weight: bold; text-align: right; margin: 0 0 6pt 0; }
.sign { margin-top: 24pt; }
"""


def _names(label: str, names: list[str]) -> str:
    items = "".join(f"<li>{e(n)}</li>" for n in names)
    return f'<p class="label">{e(label)}</p>\n<ul class="names">{items}</ul>\n'


def _item(no: str, title: str, paras: list[str]) -> str:
    out = [f"<h2>{e(no)}&nbsp;&nbsp;{e(title)}</h2>"]
    for para in paras:
        if para.startswith("Action: "):
            out.append(f'<p class="act">{e(para)}</p>')
        elif para.startswith("Q: "):
            out.append(f'<p class="q">{e(para[3:])}</p>')
        else:
            out.append(f"<p>{e(para)}</p>")
    return "\n".join(out) + "\n"


SCHOOL_BODY = (
    '<div class="crest">LARKSPUR VALE PRIMARY SCHOOL</div>\n'
    '<div class="sub">Full Governing Board</div>\n'
    '<p class="title">Minutes of the meeting of the Larkspur Vale Primary School Governing Board held on '
    "Tuesday 14 October 2025 at 6.00pm in the school library</p>\n"
    + _names("Governors present:", [
        "Philippa Rowntree (Chair)",
        "Dev Achebe (Vice Chair)",
        "Helena Lindgren-Ward (Headteacher)",
        "Revd Thomas Penhallow (Foundation Governor)",
        "Dr Kiran Mistry (Parent Governor)",
        "Jane Featherstone (Staff Governor)",
        "Lowell Abernathy (Co-opted Governor) – arrived 6.25pm",
        "Rosamund Delacourt (Local Authority Governor)",
        "Stefan Varga (Parent Governor)",
    ])
    + _names("Associate members and clerk in attendance:", [
        "Marcus Thistlewood (School Business Manager, Associate Member)",
        "Anjali Korhonen (Deputy Headteacher, Associate Member)",
        "Bronwen Idowu (Clerk)",
    ])
    + _names("Apologies accepted:", [
        "Colm Rafferty (Parent Governor)",
        "Yasmin Elbaz (Foundation Governor)",
    ])
    + _names("Absent (apologies not received):", [
        "Neville Porteous (Co-opted Governor)",
    ])
    + '<p>The meeting was quorate throughout.</p>\n'
    + _item("1.", "Welcome, apologies and declarations of interest", [
        "The Chair welcomed governors. Governors noted the apologies listed above and the board AGREED to "
        "consent to the absence of Colm Rafferty and Yasmin Elbaz.",
        "Jane Featherstone declared an interest in item 7 (pay recommendations) as a member of staff and "
        "left the meeting for that item. No other interests were declared.",
    ])
    + _item("2.", "Minutes of the previous meeting and matters arising", [
        "The board AGREED that the minutes of the meeting held on 1 July 2025 be approved as an accurate "
        "record, and the Chair signed them.",
        "The Clerk confirmed that all actions from the July meeting had been completed.",
    ])
    + _item("3.", "Headteacher’s report", [
        "Governors noted the Headteacher’s report, which had been circulated a week before the meeting. "
        "Attendance for the first half term was 95.1%, slightly below the national figure.",
        "Q: A governor asked why attendance in Year 4 had fallen. The Headteacher explained that two "
        "families had extended holidays and that the attendance officer was working with both.",
        "Q: A governor asked whether the new phonics scheme was showing results. The Deputy Headteacher "
        "said the autumn assessments would be reported to the board in December.",
        "The Headteacher will circulate the attendance breakdown by year group to governors before the "
        "next meeting.",
        "Action: Headteacher",
    ])
    + _item("4.", "Finance", [
        "The School Business Manager presented the month 6 budget monitoring report and the revised "
        "budget for 2025-26, which shows a carry forward of £38,400.",
        "Q: A governor asked how much of the carry forward was committed. The School Business Manager said "
        "£21,000 was committed to the playground resurfacing.",
        "The board APPROVED the revised budget for 2025-26.",
        "The School Business Manager will obtain three quotes for the playground resurfacing by "
        "28 November 2025.",
        "Action: School Business Manager",
    ])
    + _item("5.", "Policies", [
        "The board APPROVED the Charging and Remissions Policy without amendment.",
        "The board AGREED to adopt the Relationships and Behaviour Policy, with the change to the "
        "reporting timescale suggested by the local authority.",
        "The Clerk will publish both policies on the school website by 24 October 2025.",
        "Action: Clerk",
    ])
    + _item("6.", "Proposal to consult on the length of the school day", [
        "The Headteacher set out the proposal to consult parents on moving the start of the school day to "
        "8.40am, adding 15 minutes of teaching time each day. A governor asked whether breakfast club "
        "families had been asked; the Headteacher said they would be included in the consultation.",
        "The proposal to open the consultation was proposed by Dev Achebe and seconded by Rosamund "
        "Delacourt. On a show of hands the proposal was carried by 7 votes to 2.",
        "The board AGREED to open a consultation with parents and staff on an 8.40am start, closing on "
        "28 November 2025.",
        "The Clerk will prepare the consultation letter for the Chair’s approval by 31 October 2025.",
        "Action: Clerk",
    ])
    + _item("7.", "Pay recommendations (confidential)", [
        "Jane Featherstone left the meeting for this item. The board AGREED the recommendations of the "
        "Pay Committee, which are recorded in the confidential minutes.",
    ])
    + _item("8.", "Governor training, visits and safeguarding", [
        "Dr Mistry reported on her safeguarding visit on 30 September 2025; no concerns were raised. "
        "Governors noted that three governors had still to complete the online safeguarding refresher.",
        "Kiran Mistry will remind those governors to complete the refresher by 12 December 2025.",
        "Action: Dr Mistry",
        "The Chair and the Clerk will draw up the governor visits schedule for the spring term.",
        "Action: Chair / Clerk",
    ])
    + _item("9.", "Date of next meeting", [
        "The next meeting of the Full Governing Board will be held on Tuesday 9 December 2025 at 6.00pm. "
        "The meeting closed at 8.05pm.",
    ])
    + '<p class="sign">Signed ……………………………………… (Chair)&nbsp;&nbsp;&nbsp;&nbsp;Date ………………………</p>\n'
)

HTML = {
    "holdout2-html-school": (SCHOOL_CSS, SCHOOL_BODY, "Larkspur Vale Primary School – FGB minutes"),
}


def render_html(stem: str, out_dir: Path) -> Path:
    css, body, title = HTML[stem]
    out = out_dir / f"{stem}.pdf"
    return print_html("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                      f"<title>{e(title)}</title><style>{css}</style></head>\n<body>\n{body}\n</body></html>\n",
                      out)


def main(argv: list[str]) -> int:
    stems_all = [*DOCX, *HTML]
    if argv and argv[0] == "--check":
        return gold_check.report(GOLD, HERE, argv[1:] or [s for s in stems_all if (GOLD / f"{s}.json").exists()])
    stems = argv or stems_all
    unknown = [s for s in stems if s not in stems_all]
    if unknown:
        raise SystemExit(f"unknown stems: {unknown}")
    docx_stems = [s for s in stems if s in DOCX]
    if docx_stems:
        with tempfile.TemporaryDirectory(prefix="make-docxhtml-") as tmp:
            paths = []
            for stem in docx_stems:
                path = Path(tmp) / f"{stem}.docx"
                DOCX[stem]().save(path)
                paths.append(path)
            convert(paths, HERE)
    for stem in stems:
        if stem in HTML:
            render_html(stem, HERE)
        print(HERE / f"{stem}.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
