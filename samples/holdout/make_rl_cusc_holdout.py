"""Build the HELD-OUT FICTIONAL reportlab document ``holdout-rl-cusc`` (a CUSC-style modifications panel).

    .venv/bin/python samples/holdout/make_rl_cusc_holdout.py          # writes samples/holdout/holdout-rl-cusc.pdf
    .venv/bin/python samples/holdout/make_rl_cusc_holdout.py --check  # gold strings against the PDF

Forms: a "CUSC Modifications Panel – Meeting 318" title; an attendance table Name | Organisation | Panel role
(Panel Chair / Member / Alternate / Authority Representative / Panel Secretary) with an "In attendance" band and a
separate Apologies table; change ids CMP431, CMP432 and the old CAP088; a per-member vote table Member | Better
facilitates objectives? | Recommendation and "The Panel voted by majority (5-3) ..."; decisions as "The Panel
agreed / recommended / noted ..." sentences; an action table Action | Lead | Target date | Status with the id on
the first line of the Action cell and a carried-forward band.

All bodies, people, organisations, dates, ids and text are invented. Helpers (fonts, page furniture, ruled
tables) come from samples/layouts/make_reportlab.py; the gold check from make_html_holdout.py.
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
sys.path.insert(0, str(HERE))

from make_html_holdout import GOLD, check  # noqa: E402
from make_reportlab import P, furnished_canvas, register_fonts, ruled, styles  # noqa: E402

STEM = "holdout-rl-cusc"
TEAL = colors.HexColor("#005f6b")
PALE = colors.HexColor("#dcefef")

ATTENDEES = [
    ("Helena Ashdown", "Independent", "Panel Chair"),
    ("Ifeoma Castell", "Tidewell Energy", "Member"),
    ("Gideon Farrant", "Northreach Power", "Member (from 10:40)"),
    ("Saoirse Kilbane", "Corrie Wind Ltd", "Member"),
    ("Anton Lisowski", "Greyfield Generation", "Member"),
    ("Maeve Pritchard", "Energy Users Forum", "Member"),
    ("Rhodri Tallis", "Halberd Supply", "Member"),
    ("Imran Tully", "National Grid ESO", "Member"),
    ("Petronella Ivers", "Kinross Renewables", "Alternate (for Declan Ibsen)"),
    ("Yusuf Marr", "Ofgem", "Authority Representative"),
    ("Clemence Okoro", "National Grid ESO", "Panel Secretary"),
]
IN_ATTENDANCE = [
    ("Beatrice Holloway", "National Grid ESO", "Code Administrator"),
    ("Oskar Lindahl", "Tidewell Energy", "Proposer (item 3 only)"),
]
APOLOGIES = [
    ("Declan Ibsen", "Kinross Renewables", "Member"),
    ("Colm Aherne", "Halberd Supply", "Alternate"),
]

VOTES = [
    ("Ifeoma Castell", "Yes – better facilitates (a) and (c)", "Approve"),
    ("Gideon Farrant", "No – detrimental to (a)", "Reject"),
    ("Saoirse Kilbane", "Yes – better facilitates (a)", "Approve"),
    ("Anton Lisowski", "Yes – better facilitates (a), (c) and (d)", "Approve"),
    ("Maeve Pritchard", "No – detrimental to (c)", "Reject"),
    ("Rhodri Tallis", "Yes – better facilitates (c)", "Approve"),
    ("Imran Tully", "Neutral – no overall improvement", "Reject"),
    ("Petronella Ivers (Alternate)", "Yes – better facilitates (a)", "Approve"),
]

ACTIONS = [
    ("A318-1", "Panel Secretary to submit the CMP431 Final Modification Report to the Authority",
     "Panel Secretary", "9 May 2025", "Open"),
    ("A318-2", "Code Administrator to issue a call for Workgroup nominations for CMP432",
     "National Grid ESO (Beatrice Holloway)", "2 May 2025", "Open"),
    ("A318-3", "Northreach Power to provide evidence of the expected queue impact of CMP432",
     "Gideon Farrant", "Meeting 319", "Open"),
    ("A318-4", "Code Administrator to publish the revised modifications timetable on the CUSC website",
     "Panel Secretary", "TBC", "Open"),
    ("A318-5", "Authority to confirm its expected decision date for CMP431",
     "Ofgem (Yusuf Marr)", "Q3 2025", "Open"),
]
CARRIED = [
    ("A317-2", "ESO to circulate its analysis of the legacy CAP088 charging treatment to Panel members",
     "Imran Tully", "25 April 2025", "Open"),
    ("A316-4", "Panel Secretary to update the Panel membership list following the by-election",
     "Panel Secretary", "28 March 2025", "Closed"),
]


def furniture(c, page: int, total: int) -> None:
    w, h = A4
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, h - 14 * mm, w, 14 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LibSans-Bold", 9)
    c.drawString(18 * mm, h - 9 * mm, "CUSC Modifications Panel")
    c.setFont("LibSans", 9)
    c.drawRightString(w - 18 * mm, h - 9 * mm, "Meeting 318 | 25 April 2025")
    c.setFillColor(colors.black)
    c.setStrokeColor(TEAL)
    c.line(18 * mm, 14 * mm, w - 18 * mm, 14 * mm)
    c.setFont("LibSans", 7.5)
    c.drawString(18 * mm, 9.5 * mm, "Draft minutes – for approval at Meeting 319")
    c.drawCentredString(w / 2, 9.5 * mm, "Classification: Public")
    c.drawRightString(w - 18 * mm, 9.5 * mm, f"Page {page} of {total}")
    c.restoreState()


def build() -> Path:
    register_fonts()
    st = styles("LibSans", 10)
    cell, cellb = st["cell"], st["cellb"]
    h2 = st["h2"]
    h2.textColor = TEAL
    story = []
    story.append(P("CUSC Modifications Panel – Meeting 318", st["h1"]))
    story.append(P("Minutes", st["b"]))
    story.append(P("Friday 25 April 2025, 10:00 – 13:30, Lyndhurst House, Warwick and via Microsoft Teams", st["p"]))
    story.append(Spacer(1, 4))

    # attendance
    head = [P("**Name**", cell), P("**Organisation**", cell), P("**Panel role**", cell)]
    rows = [head] + [[P(a, cell), P(b, cell), P(r, cell)] for a, b, r in ATTENDEES]
    band = len(rows)
    rows.append([P("**In attendance**", cell), "", ""])
    rows += [[P(a, cell), P(b, cell), P(r, cell)] for a, b, r in IN_ATTENDANCE]
    widths = [52 * mm, 55 * mm, 63 * mm]
    story.append(P("**Present**", st["p"]))
    story.append(ruled(rows, widths, "LibSans", 9, PALE, extra=[
        ("SPAN", (0, band), (-1, band)), ("BACKGROUND", (0, band), (-1, band), colors.HexColor("#eeeeee"))]))
    story.append(Spacer(1, 6))
    story.append(P("**Apologies**", st["p"]))
    rows = [head] + [[P(a, cell), P(b, cell), P(r, cell)] for a, b, r in APOLOGIES]
    story.append(ruled(rows, widths, "LibSans", 9, PALE))

    def item(no: str, title: str, paras: list[str]) -> None:
        story.append(P(f"{no}. {title}", h2))
        for para in paras:
            story.append(P(para, st["p"]))

    item("1", "Introductions and apologies", [
        "The Chair welcomed members. Apologies were received from Declan Ibsen, for whom Petronella Ivers "
        "attended as Alternate, and from Colm Aherne. Gideon Farrant joined the meeting at 10:40, during item 2. "
        "No conflicts of interest were declared beyond those already on the register.",
    ])
    item("2", "Minutes and actions from Meeting 317", [
        "The Panel approved the minutes of Meeting 317 held on 28 March 2025 without amendment.",
        "A317-1 (publication of the CMP431 consultation responses) was closed. A316-4 had been completed and is "
        "shown as closed in the action log. A317-2 remains open and is carried forward.",
    ])
    item("3", "CMP431: Demand Residual Banding for Co-located Storage", [
        "CMP431 was raised by Tidewell Energy on 6 January 2025. Oskar Lindahl, for the Proposer, summarised the "
        "Final Modification Report. CMP431 would remove co-located storage from the demand residual banding "
        "that has applied since CAP088 was implemented, so that storage sites are charged on their net import.",
        "Members discussed the effect on other demand users. Maeve Pritchard considered that the costs moved "
        "onto domestic consumers were not justified, and Imran Tully saw no overall improvement against the "
        "Applicable CUSC Objectives. Anton Lisowski and Saoirse Kilbane considered that the change would remove "
        "a barrier to new storage and improve competition.",
        "Each voting member gave their view against the Applicable CUSC Objectives and their recommendation:",
    ])
    head = [P("**Member**", cell), P("**Better facilitates objectives?**", cell), P("**Recommendation**", cell)]
    rows = [head] + [[P(m, cell), P(o, cell), P(r, cell)] for m, o, r in VOTES]
    story.append(ruled(rows, [58 * mm, 78 * mm, 34 * mm], "LibSans", 9, PALE))
    story.append(Spacer(1, 6))
    story.append(P("The Panel voted by majority (5-3) to recommend approval of CMP431. The Panel recommended that "
                   "the Authority approve CMP431.", st["p"]))
    item("4", "CMP432: Connection Queue Milestone Enforcement", [
        "CMP432 was raised by Northreach Power on 2 April 2025. Gideon Farrant explained that it would allow "
        "the ESO to remove projects from the connection queue when they miss agreed milestones. Members "
        "supported the intent but asked for evidence of how many projects would be affected.",
        "The Panel agreed that CMP432 should be progressed by a Workgroup.",
        "Some members felt that CMP432 might warrant an urgent timetable; others wanted to see the Workgroup's "
        "terms of reference first. The Panel agreed to defer its decision on an urgent timetable for CMP432 "
        "to Meeting 319.",
    ])
    item("5", "Code Administrator report", [
        "Beatrice Holloway presented the report, which showed three modifications running behind their "
        "published timetables because of Workgroup availability.",
        "The Panel noted the Code Administrator's report on modification timetables.",
    ])
    item("6", "Authority update and any other business", [
        "Yusuf Marr said that the Authority would aim to publish its decision on CMP431 in the third quarter of "
        "2025. The Chair reminded members that nominations for the 2025 Panel elections open in June.",
        "The next meeting will be held on Friday 30 May 2025. The meeting closed at 13:20.",
    ])

    # action table
    head = [P("**Action**", cell), P("**Lead**", cell), P("**Target date**", cell), P("**Status**", cell)]

    def arow(a):
        ident, text, lead, due, status = a
        return [Paragraph(f"<b>{ident}</b><br/>{escape(text)}", cell), P(lead, cell), P(due, cell),
                P(status, cell)]

    rows = [head] + [arow(a) for a in ACTIONS]
    band = len(rows)
    rows.append([P("**Actions carried forward from previous meetings**", cellb), "", "", ""])
    rows += [arow(a) for a in CARRIED]
    tbl = ruled(rows, [88 * mm, 40 * mm, 24 * mm, 18 * mm], "LibSans", 9, PALE, extra=[
        ("SPAN", (0, band), (-1, band)), ("BACKGROUND", (0, band), (-1, band), colors.HexColor("#eeeeee"))])
    story.append(KeepTogether([P("Action log", h2), tbl]))

    out = HERE / f"{STEM}.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm,
                            bottomMargin=22 * mm, title="CUSC Modifications Panel Meeting 318 minutes",
                            author="minutes-kg held-out samples (fictional)")
    doc.build(story, canvasmaker=furnished_canvas(furniture))
    return out


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--check":
        problems = check(STEM) if (GOLD / f"{STEM}.json").exists() else ["no gold file"]
        print(f"{STEM}: {'ok' if not problems else str(len(problems)) + ' problem(s)'}")
        for p in problems:
            print("  " + p)
        return 1 if problems else 0
    print(build())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
