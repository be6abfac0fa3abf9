"""Render the held-out reportlab minutes ``holdout-rl-mhhs-tmag`` (FICTIONAL content).

    .venv/bin/python samples/holdout/make_rltmag_holdout.py      # writes samples/holdout/holdout-rl-mhhs-tmag.pdf

An MHHS-style Testing and Migration Advisory Group in a different secretary's style: "Meeting: TMAG019" and
the meeting date only in the running header; attendees as two unruled text columns ("Name (Organisation)"
left, role right) under small group labels; apologies in a separate boxed table; "DECISION TMAG-DEC41:"
lines; a constituency vote table with ✓ marks in Approve / Reject / Abstain columns and one "Not present"
row, summarised by the Chair in words; an action table Ref | Action | Owner | Due | Status. Helpers come
from ``samples/layouts/make_reportlab.py``.

Gold: ``tests/gold/holdout/holdout-rl-mhhs-tmag.json`` (written by hand from the PDF's text layer; judgement
calls in ``tests/gold/holdout/NOTES-rltmag.md``).
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "layouts"))

from make_reportlab import P, TwoColumns, furnished_canvas, register_fonts, ruled, styles  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import CondPageBreak, KeepTogether, SimpleDocTemplate, Spacer  # noqa: E402

STEM = "holdout-rl-mhhs-tmag"
TEAL = colors.HexColor("#0B5563")
FONT = "LibNarrow"

ATTENDEES = [
    ("Chair", [
        ("Cosima Threlfall (MHHS Programme)", "Chair"),
    ]),
    ("Constituency representatives", [
        ("Barnaby Okwu (Vantage Energy)", "Large Supplier Representative"),
        ("Henrietta Sallis (Brookline Power)", "Medium Supplier Representative"),
        ("Kofi Amankwah (Pipit Energy)", "Small Supplier Representative"),
        ("Fenella Goodrich (Stonechat Energy)", "I&C Supplier Representative"),
        ("Lavinia Crewe (Orrin Metering)", "Supplier Agent Representative"),
        ("Mateusz Wojcik (Fernbridge Networks)", "DNO Representative (on behalf of Rowena Keble)"),
        ("Arjun Bhattacharya (Elexon)", "Elexon Representative (as central systems provider)"),
        ("Ellis Marchbank (RECCo)", "RECCo Representative (until 14:40)"),
        ("Siobhan Treacy (DCC)", "DCC Representative"),
    ]),
    ("Programme", [
        ("Wendell Pascoe (MHHS Programme)", "SIT Test Lead"),
        ("Yvette Ramsbottom (MHHS Programme)", "Migration Manager"),
        ("Nils Carvalho (MHHS Programme)", "Secretariat"),
    ]),
    ("Other attendees", [
        ("Petronella Vass (IPA)", "Assurance Lead"),
        ("Hugo Farrant (Ofgem)", "Observer (part meeting)"),
    ]),
]

APOLOGIES = [
    ("Rowena Keble", "Fernbridge Networks", "DNO Representative"),
    ("Tamsin Ilori", "IPA", "Assurance Manager"),
]

VOTE = [  # constituency row, position, comment
    ("Large Supplier Representative", "for",
     "Supports the extension; the Vantage Energy test team needs the additional two weeks."),
    ("Medium Supplier Representative", "against",
     "Concerned that the extension compresses the migration rehearsal window."),
    ("Small Supplier Representative", "for", "Supports the change."),
    ("I&C Supplier Representative", "against",
     "Would prefer a targeted extension for the failing test scenarios only."),
    ("Supplier Agent Representative", "for", "Proposer of the change."),
    ("DNO Representative", "for", "Approved on behalf of Rowena Keble."),
    ("Elexon Representative (as central systems provider)", "abstain", "No impact on central systems."),
    ("RECCo Representative", "for", "No REC impacts identified."),
    ("DCC Representative", "abstain", "DCC is not directly impacted by the change."),
    ("Consumer Representative", "absent", "Not present"),
]

ACTIONS = [
    ("TMAG19-01", "Publish the revised SIT functional test window dates following the approval of MHHS-CR-061",
     "Programme (Wendell Pascoe)", "11/03/2025", "Open"),
    ("TMAG19-02", "Issue CR062 for Impact Assessment to all programme participants", "Programme (PMO)", "ASAP",
     "Open"),
    ("TMAG19-03", "Send comments on version 0.9 of the Data Migration Test Approach to the Programme",
     "All TMAG members", "21/03/2025", "Open"),
    ("TMAG19-04", "Confirm DCC test environment availability for the MR3 regression cycle",
     "DCC (Siobhan Treacy)", "25/03/2025", "Open"),
    ("TMAG18-02", "Circulate the migration cohort sizing model", "Programme (Yvette Ramsbottom)", "18/02/2025",
     "Closed"),
    ("TMAG18-04", "Report defect triage turnaround times for Supplier Agents", "Orrin Metering (Lavinia Crewe)",
     "01/04/2025", "Open"),
]


def furniture(c, page: int, total: int) -> None:
    w, h = A4
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, h - 14 * mm, w, 14 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LibSans-Bold", 9)
    c.drawString(18 * mm, h - 9 * mm, "MHHS Programme  |  TMAG Minutes")
    c.setFont("LibSans", 9)
    c.drawCentredString(w / 2, h - 9 * mm, "Meeting: TMAG019")
    c.drawRightString(w - 18 * mm, h - 9 * mm, "4 March 2025")
    c.setFillColor(colors.HexColor("#555555"))
    c.setFont("LibSans", 8)
    c.drawString(18 * mm, 11 * mm, "Classification: Public")
    c.drawRightString(w - 18 * mm, 11 * mm, f"Page {page} of {total}")
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.6)
    c.line(18 * mm, 15 * mm, w - 18 * mm, 15 * mm)
    c.restoreState()


def build_tmag() -> str:
    register_fonts()
    st = styles(FONT, 10.5)
    h2 = ParagraphStyle("h2t", parent=st["h2"], textColor=TEAL, fontSize=12, leading=16)
    label = ParagraphStyle("lab", parent=st["b"], fontSize=9.5, textColor=TEAL, spaceBefore=4, spaceAfter=2)
    dec = ParagraphStyle("dec", parent=st["b"], leftIndent=8, borderPadding=4, spaceBefore=3, spaceAfter=7)
    story = [
        P("Testing and Migration Advisory Group", ParagraphStyle("t", parent=st["h1"], textColor=TEAL)),
        P("Minutes and Actions", ParagraphStyle("st", parent=st["p"], fontSize=13, leading=17)),
        P("Time: 13:00 – 15:30     Venue: Microsoft Teams     Issued: 11/03/2025", st["p"]),
        Spacer(1, 6),
        P("Attendees", h2),
    ]
    for group, pairs in ATTENDEES:
        story.append(P(group, label))
        story.append(TwoColumns(pairs, FONT, 10, 62 * mm, 96 * mm, gap=6))
    story.append(P("Apologies", h2))
    rows = [[P("Name", st["cellb"]), P("Organisation", st["cellb"]), P("Role", st["cellb"])]]
    rows += [[P(a, st["cell"]) for a in row] for row in APOLOGIES]
    story.append(ruled(rows, [50 * mm, 50 * mm, 60 * mm], FONT, 9.5, colors.HexColor("#D5E8EB"),
                       extra=[("BOX", (0, 0), (-1, -1), 1.4, TEAL)]))

    def h(text: str) -> None:
        story.append(CondPageBreak(45))
        story.append(P(text, h2))

    def p(text: str) -> None:
        story.append(P(text, st["p"]))

    def decision(text: str) -> None:
        story.append(P(f"**{text}**", dec))

    h("1. Welcome and introductions")
    p("The Chair welcomed members to the nineteenth TMAG meeting. Apologies are recorded above. Mateusz Wojcik "
      "attended on behalf of Rowena Keble for the DNO constituency. The Consumer Representative seat remains "
      "vacant and the Programme is seeking a nomination.")
    h("2. Minutes and actions from TMAG018")
    p("Members had no comments on the draft minutes of the meeting held on 4 February 2025.")
    decision("DECISION TMAG-DEC41: The TMAG approved the minutes of TMAG018 without amendment.")
    p("Nils Carvalho reviewed the action log. TMAG18-02 has been completed and is closed. TMAG18-04 remains "
      "open and is carried forward in the action table below. TMAG17-05: Closed.")
    h("3. SIT functional testing progress")
    p("Wendell Pascoe reported that 71 per cent of the SIT functional test scenarios had been executed and 64 "
      "per cent had passed. Defect volumes for Supplier Agents remain above plan, and the triage backlog "
      "stands at 38 defects. Lavinia Crewe said that agents were waiting an average of six working days for "
      "triage decisions.")
    h("4. MHHS-CR-061 (Extension of SIT Functional Test Window)")
    p("Wendell Pascoe presented MHHS-CR-061 (Extension of SIT Functional Test Window), which was raised by "
      "Orrin Metering on 20 January 2025. The change extends the SIT functional test window by two weeks to "
      "allow the failed scenarios to be re-run, without moving the start of Migration Release 3 (MR3). The "
      "impact assessment closed on 21 February 2025 with eleven responses.")
    p("Henrietta Sallis and Fenella Goodrich were concerned that the extension would shorten the migration "
      "rehearsal window. Yvette Ramsbottom confirmed that the rehearsal would start on its planned date but "
      "with one fewer cycle.")
    p("Members were asked whether they approve MHHS-CR-061. The votes by constituency are recorded below.")
    tick = ParagraphStyle("tick", parent=st["cell"], fontName="DVSans", fontSize=10, alignment=TA_CENTER)
    rows = [[P(x, st["cellb"]) for x in ("Constituency", "Approve", "Reject", "Abstain", "Comments")]]
    for seat, pos, comment in VOTE:
        marks = {"for": ["✓", "", ""], "against": ["", "✓", ""], "abstain": ["", "", "✓"],
                 "absent": ["", "", ""]}[pos]
        rows.append([P(seat, st["cell"])] + [P(m, tick) for m in marks] + [P(comment, st["cell"])])
    story.append(ruled(rows, [46 * mm, 17 * mm, 17 * mm, 17 * mm, 70 * mm], FONT, 9.5,
                       colors.HexColor("#D5E8EB")))
    story.append(Spacer(1, 6))
    p("The Chair summarised that five constituencies voted to approve, two voted to reject, two abstained and "
      "one was not present.")
    decision("DECISION TMAG-DEC42: The Chair, with delegated authority from the SRO, approved MHHS-CR-061 for "
             "implementation in Migration Release 3 (MR3).")
    h("5. CR062 (Migration Cohort Rebalancing)")
    p("Yvette Ramsbottom introduced CR062 (Migration Cohort Rebalancing), raised by Brookline Power on 12 "
      "February 2025. CR062 moves around 40,000 MPANs from the third migration cohort to the fourth to "
      "smooth the daily migration volumes. Kofi Amankwah asked that small suppliers be told of any change to "
      "their cohort at least eight weeks in advance.")
    decision("DECISION TMAG-DEC43: The TMAG agreed that CR062 should be issued for Impact Assessment.")
    h("6. Data Migration Test Approach")
    p("Yvette Ramsbottom presented version 0.9 of the Data Migration Test Approach. Siobhan Treacy asked for "
      "DCC environment dependencies to be shown separately. Members asked for more time to review the "
      "document.")
    decision("DECISION TMAG-DEC44: The TMAG deferred approval of the Data Migration Test Approach to TMAG020.")
    h("7. Any other business")
    p("Hugo Farrant left the meeting before this item. No other business was raised. The next TMAG meeting "
      "will be held on 1 April 2025.")

    story.append(CondPageBreak(70))
    story.append(P("Actions", h2))
    rows = [[P(x, st["cellb"]) for x in ("Ref", "Action", "Owner", "Due", "Status")]]
    rows += [[P(x, st["cell"]) for x in row] for row in ACTIONS]
    story.append(KeepTogether(ruled(rows, [20 * mm, 70 * mm, 40 * mm, 20 * mm, 16 * mm], FONT, 9.5,
                                    colors.HexColor("#D5E8EB"))))

    path = os.path.join(HERE, STEM + ".pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=24 * mm,
                            bottomMargin=22 * mm, title="TMAG019 Minutes and Actions",
                            author="minutes-kg held-out samples (fictional)")
    doc.build(story, canvasmaker=furnished_canvas(furniture))
    return path


if __name__ == "__main__":
    print(build_tmag())
