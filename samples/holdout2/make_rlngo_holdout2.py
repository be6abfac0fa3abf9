"""Build three held-out FICTIONAL minutes PDFs (producer "rlngo": reportlab x2, HTML -> Chromium x1).

    .venv/bin/python samples/holdout2/make_rlngo_holdout2.py              # all three
    .venv/bin/python samples/holdout2/make_rlngo_holdout2.py holdout2-rl-dcusa-wg
    .venv/bin/python samples/holdout2/make_rlngo_holdout2.py --check      # gold strings against the PDFs

- ``holdout2-rl-dcusa-wg``     DCUSA working group: unruled "Name | Company" lines, "Observers:", prose apologies,
                               "The Working Group agreed ..." / "It was agreed that ..." decisions, "Review of
                               actions" with Closed/Open after each id, "New actions" numbered 3.n lines.
- ``holdout2-rl-ofgem-forum``  regulator forum, ordinal meeting, "Date: 21st March 2025", two attendees per line,
                               apologies sentence, named division with initials, "DECISION:" / "ACTION:" lines
                               with "(owner: XX, due: ...)" tails.
- ``holdout2-html-ngo``        association AGM from a web page: title sentence, counted attendance plus officers,
                               apologies with a count, motions with Proposed/Seconded and counted results,
                               election of officers, closing "Actions" list.

All bodies, people, organisations, dates, ids and text are invented.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GOLD = ROOT / "tests" / "gold" / "holdout2"
sys.path.insert(0, str(ROOT / "samples" / "layouts"))

from make_reportlab import furnished_canvas, register_fonts, styles  # noqa: E402

CHROMIUM = "/usr/bin/chromium"


def P(text: str, style: ParagraphStyle) -> Paragraph:  # noqa: N802
    """A paragraph from plain text; ``**bold**`` spans become bold, ``__x__`` italic."""
    out = escape(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    out = re.sub(r"__(.+?)__", r"<i>\1</i>", out)
    return Paragraph(out, style)


def build(stem: str, story, furniture, margins=(22 * mm, 22 * mm, 24 * mm, 24 * mm), title="") -> Path:
    left, right, top, bottom = margins
    path = HERE / f"{stem}.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
                            bottomMargin=bottom, title=title, author="minutes-kg held-out samples (fictional)")
    doc.build(story, canvasmaker=furnished_canvas(furniture))
    return path


def plain(rows, widths, font, size, extra=()):
    """An unruled two-column block (text on tab stops, no lines)."""
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        *extra,
    ]))
    t.hAlign = "LEFT"
    return t


# ---------------------------------------------------------------------------------------------------------------
# 1. holdout2-rl-dcusa-wg
# ---------------------------------------------------------------------------------------------------------------

WG_ATTENDEES = [
    ("Rowena Castellan (Chair)", "DCUSA Ltd"),
    ("Idris Penhaligon (Secretariat)", "DCUSA Ltd"),
    ("Marisol Quenby (Proposer)", "Tarnbrook Energy"),
    ("Henrik Pellegrin", "Fellgate Distribution"),
    ("Oluwaseun Oduwole", "Ospray Networks"),
    ("Bettina Santangelo", "Greyfield Supply Ltd"),
    ("Callum Brennock-Reid (joined at 10:40)", "Northbay Electricity"),
    ("Priya Ramaswamy (for Dominic Faulkes)", "Lowther Renewables"),
    ("Tomasz Wielgosz", "Sunvale Power"),
]
WG_OBSERVERS = [
    ("Eleri Prytherch", "Ofgem"),
    ("Jasper Fennimore", "Elexon"),
]

WG_BODY = [
    ("h", "1. Welcome, apologies and competition law reminder"),
    ("p", "The Chair welcomed members to the third meeting of the DCP 480 Working Group and reminded them of the "
          "competition law guidance; no concerns were raised. Apologies were received from Dominic Faulkes "
          "(Lowther Renewables) and Fenella Cavendale (Ospray Networks). Priya Ramaswamy attended for Dominic "
          "Faulkes."),
    ("h", "2. Minutes of Meeting 2 and review of actions"),
    ("p", "The minutes of Meeting 2, held on 2 April 2025, were approved without amendment."),
    ("p", "Actions are numbered by meeting and keep their number until they are closed."),
    ("sub", "Review of actions"),
    ("act", "2.1", "Closed. The Secretariat circulated the revised curtailment data template on 9 April 2025."),
    ("act", "2.2", "Open. Fellgate Distribution has not yet confirmed how flexible connection offers are recorded "
                   "in its billing system; Henrik Pellegrin expects to report at Meeting 4."),
    ("act", "2.3", "Closed. Tarnbrook Energy shared the worked examples, which are discussed under item 3."),
    ("act", "2.4", "Closed. Superseded by the decision under item 5."),
    ("h", "3. DCP 480 – Treatment of Curtailable Connections in the Common Distribution Charging Methodology"),
    ("p", "Marisol Quenby reminded the group that DCP 480 was raised by Tarnbrook Energy on 6 January 2025 to "
          "give customers on curtailable connections a reduced capacity charge for the hours in which their "
          "import is constrained. She walked through three worked examples, covering a battery site, a rapid "
          "charging hub and a small industrial user."),
    ("p", "Bettina Santangelo questioned whether suppliers would be able to pass the reduction through to "
          "customers within the same charging year. Henrik Pellegrin said that distributors would need the "
          "curtailment hours as a monthly data item, and that a manual process would be needed in the first "
          "year. Eleri Prytherch observed that the Authority would expect the consultation to set out the "
          "distributional effects on non-curtailable customers."),
    ("p", "The Working Group agreed that the draft legal text for DCP 480, with the revised Schedule 16 "
          "wording, is ready to be issued for industry consultation."),
    ("p", "It was agreed that the consultation would run for 15 working days and include a question on the "
          "first-year manual process."),
    ("h", "4. DCP 481 – Clarification of Unmetered Supplies Inventory Deadlines"),
    ("p", "Oluwaseun Oduwole presented the cost-benefit analysis template for DCP 481. Callum Brennock-Reid, "
          "who joined during the item, said the inventory sample from his company would not be ready for "
          "several weeks. Members felt that the analysis could not be completed without data from at least two "
          "distributors."),
    ("p", "The Working Group agreed to defer its review of the DCP 481 cost-benefit analysis until Meeting 4."),
    ("h", "5. Change Proposal 482 - Alignment of Embedded Capacity Register Updates"),
    ("p", "Change Proposal 482 was raised by Ospray Networks and has been referred to this Working Group by the "
          "DCUSA Panel. Oluwaseun Oduwole explained that the register updates it proposes use the same "
          "curtailment data item as DCP 480. Tomasz Wielgosz supported a joint approach, and Jasper Fennimore "
          "noted that a similar data item already exists under the BSC."),
    ("p", "The Working Group agreed to recommend to the DCUSA Panel that Change Proposal 482 be progressed "
          "jointly with DCP 480."),
    ("h", "6. New actions"),
    ("new", "3.1", "Marisol Quenby (Tarnbrook Energy) to circulate the updated DCP 480 legal text to the Working "
                   "Group by 14 May 2025."),
    ("new", "3.2", "Idris Penhaligon (DCUSA Ltd) to issue the DCP 480 consultation by 16 May 2025."),
    ("new", "3.3", "Henrik Pellegrin (Fellgate Distribution) to provide the DCP 481 inventory data sample by 7 May "
                   "2025."),
    ("new", "3.4", "Oluwaseun Oduwole (Ospray Networks) to draft the Change Proposal 482 paper for the DCUSA "
                   "Panel by 14 May 2025."),
    ("new", "3.5", "Secretariat to update the Working Group terms of reference before Meeting 4."),
    ("h", "7. Any other business and next meeting"),
    ("p", "There was no other business. The next meeting will be held on Wednesday 21 May 2025 at 10:00 via "
          "Microsoft Teams. The Chair closed the meeting at 11:55."),
]


def dcusa_wg() -> Path:
    register_fonts()
    st = styles("LibSans", 10)
    small = ParagraphStyle("small", parent=st["p"], fontSize=9.5, leading=12.5, spaceAfter=1)
    story = [
        P("**DCP 480 Working Group – Meeting 3**", st["h1"]),
        P("Draft minutes – for Working Group review", st["i"]),
        plain([["Date:", "Wednesday 30 April 2025"], ["Time:", "10:00 – 12:00"], ["Venue:", "Microsoft Teams"]],
              [22 * mm, 100 * mm], "LibSans", 10),
        Spacer(1, 8),
        P("**Attendees**", st["h2"]),
        plain([["Name", "Company"], *WG_ATTENDEES], [78 * mm, 80 * mm], "LibSans", 10,
              [("FONTNAME", (0, 0), (-1, 0), "LibSans-Bold")]),
        Spacer(1, 6),
        P("**Observers:**", st["p"]),
        plain(WG_OBSERVERS, [78 * mm, 80 * mm], "LibSans", 10),
        Spacer(1, 6),
    ]
    for entry in WG_BODY:
        kind = entry[0]
        if kind == "h":
            story.append(P(f"**{entry[1]}**", st["h2"]))
        elif kind == "sub":
            story.append(P(f"__{entry[1]}__", st["p"]))
        elif kind == "p":
            story.append(P(entry[1], st["p"]))
        else:
            story.append(plain([[entry[1], Paragraph(escape(entry[2]), small)]], [12 * mm, 146 * mm], "LibSans",
                               10, [("LEFTPADDING", (0, 0), (0, 0), 4 * mm if kind == "act" else 0)]))
            story.append(Spacer(1, 3))

    def furniture(c, page, total):
        c.saveState()
        c.setFont("LibSans", 8.5)
        c.setStrokeColor(colors.HexColor("#7a1f3d"))
        c.line(22 * mm, 16 * mm, A4[0] - 22 * mm, 16 * mm)
        c.drawCentredString(A4[0] / 2, 11 * mm, f"DCUSA Ltd | DCP 480 WG Meeting 3 | Page {page} of {total}")
        c.restoreState()

    return build("holdout2-rl-dcusa-wg", story, furniture, title="DCP 480 Working Group - Meeting 3")


# ---------------------------------------------------------------------------------------------------------------
# 2. holdout2-rl-ofgem-forum
# ---------------------------------------------------------------------------------------------------------------

FORUM_PAIRS = [
    ("Gwendolyn Farrow (GF) – Ofgem (Chair)", "Rashid Ozturk (RO) – Ofgem (Secretariat)"),
    ("Saoirse Delaney (SD) – Elexon", "Mateusz Kowalczyk (MK) – RECCo"),
    ("Harriet Ellingham (HE) – Ravensworth Energy", "Amelia Rourke (ARo) – Ravensworth Energy"),
    ("Jonah Threlkeld (JT) – Amberline Supply", "Nadia Berisha (NB) – Corvid Meter Services"),
    ("Tobiah Marsh (TM) – Westholme Networks", "Aled Rhys (AR) – DCC"),
    ("Lachlan Ferris (LF) – Hearth Consumer Trust", "Yusuf Demir (YD) – Ofgem (item D only)"),
    ("Ines Carvalho (IC) – Quillon Energy (from 14:30)",
     "Bronwen Tait (BT) – Harnwick Power (deputising for Kasimir Wolff)"),
]

FORUM_BODY = [
    ("h", "A. Welcome, apologies and conflicts"),
    ("p", "The Chair welcomed members to the 5th meeting of the Switching Programme Design Forum (SPDF), hosted by "
          "Ofgem. Apologies were received from Kasimir Wolff (Harnwick Power), Oriel Hastings (Elexon) and "
          "Marguerite Lyle (Amberline Supply). Felix Quarrington (Emberlee Supply) was absent without "
          "apologies. No new conflicts of interest were declared."),
    ("h", "B. Minutes and actions from the 4th meeting"),
    ("p", "Members reviewed the minutes of the 4th meeting held on 14th February 2025."),
    ("dec", "The minutes of the 4th meeting were approved as an accurate record."),
    ("p", "RO reported that SPDF4-01 and SPDF4-03 were closed. SPDF4-02 remains open pending the DCC testing "
          "window, which is covered under item E."),
    ("h", "C. P480 – design options"),
    ("p", "HE introduced P480, raised by Ravensworth Energy in February 2025, which would let suppliers withdraw "
          "an erroneous switch request up to the end of the objection window rather than the end of the "
          "cooling-off period. SD set out the three design options assessed by Elexon. JT and NB preferred option "
          "2, noting that option 3 would require meter service providers to hold a second flag. LF asked that "
          "the consumer communication requirements be considered alongside each option."),
    ("dec", "The Forum agreed that the P480 design options paper be published for industry comment."),
    ("act", "Publish the P480 design options paper on the Forum web page", "RO", "28 March 2025"),
    ("act", "Arrange a technical session on P480 data flows", "ARo", "25th April 2025"),
    ("h", "D. P481 'Harmonised Switching Objection Reasons' and REC change R0199"),
    ("p", "YD presented the Authority's view of the dependencies between P481 'Harmonised Switching Objection "
          "Reasons' and REC change R0199, which carries the matching change to the REC schedules. MK confirmed "
          "that R0199 was raised by RECCo on 3 March 2025 and is being progressed on the same timetable as "
          "P481. TM raised a concern that distribution networks had not been consulted on the new reason codes."),
    ("p", "The Chair asked members to indicate whether the Forum should support P481 proceeding to the Report "
          "Phase aligned with R0199. The voting members recorded their positions as follows:"),
    ("vote", "For: SD, MK, ARo, JT; Against: TM, AR; Abstain: NB"),
    ("p", "The proposal was carried. HE, as the P480 proposer, did not take part in the vote."),
    ("dec", "The Forum agreed to support P481 proceeding to the Report Phase aligned with R0199."),
    ("act", "Circulate the P481 impact summary to Forum members", "SD", "4 April 2025"),
    ("h", "E. R0199 implementation and DCC testing"),
    ("p", "AR explained that the DCC could not yet confirm a testing window for R0199 before the summer release "
          "freeze. IC, who had joined at 14:30, said her company would need three months' notice of the date."),
    ("dec", "Consideration of the R0199 implementation date was deferred to the 6th meeting."),
    ("act", "Confirm the DCC testing window for R0199", "AR", "11 April 2025"),
    ("h", "F. Programme assurance update"),
    ("p", "RO presented the quarterly assurance update. No new red-rated risks had been raised since the 4th "
          "meeting."),
    ("dec", "The Forum noted the quarterly programme assurance update."),
    ("act", "Provide the consumer research findings on switching cancellations", "LF", "4 April 2025"),
    ("act", "Update the Forum terms of reference to include the REC Code Manager", "Secretariat", "next meeting"),
    ("h", "G. Any other business and date of next meeting"),
    ("p", "There was no other business. The 6th meeting will be held on Friday 25th April 2025 at 13:30."),
]


def ofgem_forum() -> Path:
    register_fonts()
    st = styles("DVSerif", 9.5, 13)
    lab = ParagraphStyle("lab", parent=st["p"], fontName="DVSerif-Bold", spaceAfter=2)
    story = [
        P("Minutes – Switching Programme Design Forum, 5th meeting", st["h1"]),
        Spacer(1, 4),
        P("Date: 21st March 2025", st["p"]),
        P("Time: 13:30 – 16:00", st["p"]),
        P("Location: Ofgem offices, London, and Microsoft Teams", st["p"]),
        P("Status: Approved at the 6th meeting (25 April 2025)", st["p"]),
        Spacer(1, 6),
        P("Attendees", lab),
        plain([[a, b] for a, b in FORUM_PAIRS], [78 * mm, 92 * mm], "LibSerif", 9),
        Spacer(1, 6),
    ]
    for entry in FORUM_BODY:
        kind = entry[0]
        if kind == "h":
            story.append(P(f"**{entry[1]}**", st["h2"]))
        elif kind == "p":
            story.append(P(entry[1], st["p"]))
        elif kind == "dec":
            story.append(P(f"**DECISION:** {entry[1]}", st["p"]))
        elif kind == "vote":
            story.append(P(f"__{entry[1]}__", st["p"]))
        else:
            _, task, owner, due = entry
            story.append(P(f"**ACTION:** {task} (owner: {owner}, due: {due})", st["p"]))

    def furniture(c, page, total):
        c.saveState()
        c.setFont("DVSerif", 8)
        c.drawString(20 * mm, A4[1] - 12 * mm, "Switching Programme Design Forum – Minutes")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "OFFICIAL")
        c.drawCentredString(A4[0] / 2, 10 * mm, f"- {page} -")
        c.drawString(20 * mm, 10 * mm, "5th meeting – 21 March 2025")
        c.restoreState()

    return build("holdout2-rl-ofgem-forum", story, furniture, margins=(20 * mm, 20 * mm, 20 * mm, 20 * mm),
                 title="Switching Programme Design Forum - 5th meeting")


# ---------------------------------------------------------------------------------------------------------------
# 3. holdout2-html-ngo (a members' web page printed from the browser)
# ---------------------------------------------------------------------------------------------------------------

NGO_CSS = """
@page {
  size: A4; margin: 1.6cm 1.7cm 1.6cm 1.7cm;
  @top-left { content: "20/04/2025, 09:14"; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; }
  @top-center { content: "AGM 2025 minutes \\2013  Aldermoor Community Orchard Association";
                font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; }
  @bottom-left { content: "https://aldermoor-orchard.example.org/members/minutes/agm-2025";
                 font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; }
  @bottom-right { content: counter(page) "/" counter(pages); font-family: 'DejaVu Sans', sans-serif;
                  font-size: 7.5pt; }
}
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #222; }
.site { border-bottom: 3px solid #4d7c2a; padding-bottom: 4pt; margin-bottom: 6pt; }
.site .name { font-size: 15pt; font-weight: bold; color: #4d7c2a; }
.nav { font-size: 9pt; color: #555; }
.crumbs { font-size: 8.5pt; color: #666; margin: 4pt 0 10pt 0; }
h1 { font-size: 14pt; line-height: 1.3; margin: 0 0 4pt 0; }
.meta { font-size: 8.5pt; color: #666; margin-bottom: 10pt; }
.notice { border-left: 4px solid #c9a227; background: #fbf6e4; padding: 4pt 8pt; font-size: 9.5pt; }
h2 { font-size: 11.5pt; color: #4d7c2a; margin: 12pt 0 3pt 0; }
p { margin: 0 0 6pt 0; }
.att p { margin: 0 0 2pt 0; }
.motion { margin: 4pt 0 8pt 14pt; }
ul.actions li { margin-bottom: 3pt; }
.share { font-size: 8.5pt; color: #666; border-top: 1px solid #ccc; margin-top: 14pt; padding-top: 4pt; }
.foot { font-size: 8pt; color: #777; margin-top: 8pt; }
"""


def _motion(n: int, text: str, proposer: str, seconder: str, result: str, counts: str) -> str:
    return (f'<p class="motion"><strong>Motion {n}:</strong> {escape(text)}<br>Proposed: {escape(proposer)} '
            f"Seconded: {escape(seconder)}. <strong>{result}</strong> ({counts}).</p>")


NGO_ITEMS = [
    ("1. Welcome, quorum and apologies", [
        "The President welcomed members to the Annual General Meeting. The Secretary confirmed that the meeting "
        "was quorate (the quorum is 25 members).",
        "Apologies were received from 6 members, including Councillor Peter Wragby, Frances Kilbride and Hugh "
        "Tennant.",
    ]),
    ("2. Minutes of the 2024 Annual General Meeting", [
        ("motion", 1, "That the minutes of the Annual General Meeting held on 13 April 2024 be approved as a correct "
                      "record.", "Lena Marsh", "Bob Yeats", "Carried", "For 40, Against 0, Abstain 3"),
    ]),
    ("3. President's report", [
        "Dr Ogundipe reported a successful year: 212 trees were pruned at the winter work days, the new heritage "
        "pear bed was planted in November, and membership rose from 148 to 171. She thanked the volunteers who "
        "ran the apple day, which raised £1,940 for the orchard fund.",
    ]),
    ("4. Treasurer's report and examined accounts", [
        "Gordon Pettifer presented the accounts for the year ended 31 December 2024, showing income of £9,860 "
        "and a surplus of £1,215. Nell Okonedo, the independent examiner, confirmed that no matters had come to "
        "her attention that needed to be reported to members.",
        ("motion", 2, "That the examined accounts for the year ended 31 December 2024 be adopted.",
         "Gordon Pettifer", "Carys Tregaron", "Carried", "For 38, Against 3, Abstain 2"),
    ]),
    ("5. Subscriptions", [
        "The committee proposed an increase in the annual subscription to cover the rising cost of insurance. "
        "Several members spoke against the increase, preferring a one-off appeal.",
        ("motion", 3, "That the annual subscription be increased from £18 to £22 with effect from 1 January 2026.",
         "Anil Mehrotra", "Deepak Bhatnagar", "Lost", "For 17, Against 24, Abstain 2"),
        "Deepak Bhatnagar left the meeting at the end of this item.",
    ]),
    ("6. Amendment to the constitution", [
        "The Secretary explained that clause 9.2 of the constitution requires general meetings to be held in "
        "person. A two-thirds majority of those voting was required.",
        ("motion", 4, "That clause 9.2 of the constitution be amended to allow general meetings to be held online "
                      "or in a hybrid form.", "Ruth Hazeldine-Cole", "Orla Fitzgerald", "Carried",
         "For 33, Against 6, Abstain 3"),
    ]),
    ("7. Election of officers", [
        "The Secretary reported that one nomination had been received for each office.",
        ("motion", 5, "That the nominated officers be elected en bloc.", "Bob Yeats", "Lena Marsh", "Carried",
         "For 39, Against 0, Abstain 3"),
        "Dr Miriam Ogundipe (President), Gordon Pettifer (Treasurer), Ruth Hazeldine-Cole (Secretary) and Tomos "
        "Price (Events Officer) were accordingly duly elected.",
    ]),
    ("8. Any other business", [
        "Orla Fitzgerald asked about the renewal of the lease of the east field, which ends in March 2026. The "
        "President said that the committee would meet the parish council before the summer.",
        "The meeting closed at 12.20pm.",
    ]),
]

NGO_ACTIONS = [
    "Secretary to notify the Charity Commission of the amended constitution by 31 May 2025.",
    "Treasurer to send the adopted accounts to all members by 30 April 2025.",
    "Membership Secretary to write to all members confirming that the subscription remains at £18 for 2026.",
    "President and Secretary to meet the parish council about the east field lease by 30 June 2025.",
    "Tomos Price to arrange the autumn pruning workshop by 30 September 2025.",
    "Secretary to publish the amended constitution on the members' pages.",
]


def _ngo_body() -> str:
    out = [
        '<div class="site"><div class="name">Aldermoor Community Orchard Association</div>'
        '<div class="nav">Home &nbsp;|&nbsp; About &nbsp;|&nbsp; Work days &nbsp;|&nbsp; News &nbsp;|&nbsp; '
        "Members &nbsp;|&nbsp; Join us &nbsp;|&nbsp; Contact</div></div>",
        '<div class="crumbs">Home › Members › Minutes › AGM 2025</div>',
        "<h1>Annual General Meeting of the Aldermoor Community Orchard Association held on Saturday 12 April 2025 "
        "at Aldermoor Village Hall, commencing at 10.30am</h1>",
        '<div class="meta">Posted by the Secretary on 20 April 2025 · Category: Minutes · 4 min read</div>',
        '<p class="notice">These minutes are a draft until they are approved at the next Annual General Meeting of '
        "the Aldermoor Community Orchard Association (ACOA).</p>",
        '<div class="att">',
        "<p><strong>Attendance:</strong> 43 members present (list held by the Secretary)</p>",
        "<p><strong>President:</strong> Dr Miriam Ogundipe (in the Chair)</p>",
        "<p><strong>Treasurer:</strong> Gordon Pettifer</p>",
        "<p><strong>Secretary:</strong> Ruth Hazeldine-Cole</p>",
        "<p><strong>Membership Secretary:</strong> Anil Mehrotra</p>",
        "<p><strong>In attendance:</strong> Nell Okonedo, independent examiner (for item 4)</p>",
        "</div>",
    ]
    for heading, parts in NGO_ITEMS:
        out.append(f"<h2>{escape(heading)}</h2>")
        for part in parts:
            if isinstance(part, tuple):
                out.append(_motion(*part[1:]))
            else:
                out.append(f"<p>{escape(part)}</p>")
    out.append("<h2>Actions</h2>")
    out.append('<ul class="actions">' + "".join(f"<li>{escape(a)}</li>" for a in NGO_ACTIONS) + "</ul>")
    out.append('<div class="share">Share this page: Facebook · Email · Print &nbsp;&nbsp; Related: AGM 2024 minutes · '
               "Constitution (PDF, 96 KB) · Annual accounts 2024 (PDF, 210 KB)</div>")
    out.append('<div class="foot">© 2025 Aldermoor Community Orchard Association · Privacy · Cookie settings</div>')
    return "\n".join(out)


def html_ngo() -> Path:
    return render_html("holdout2-html-ngo", NGO_CSS, _ngo_body(), "AGM 2025 minutes - Aldermoor Community Orchard")


# ---------------------------------------------------------------------------------------------------------------
# Rendering helpers for HTML and the gold check
# ---------------------------------------------------------------------------------------------------------------

def render_html(stem: str, css: str, body: str, title: str) -> Path:
    out = HERE / f"{stem}.pdf"
    doc = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           f"<title>{escape(title)}</title><style>{css}</style></head>\n<body>\n{body}\n</body></html>\n")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.html"
        src.write_text(doc, encoding="utf-8")
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={Path(tmp) / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={out}",
               src.as_uri()]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def check(stem: str) -> list[str]:
    import pdfplumber
    from make_html import _keys_defined, _verbatim

    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pages, cells = [], []
    with pdfplumber.open(HERE / f"{stem}.pdf") as pdf:
        for pg in pdf.pages:
            pages.append(_norm(pg.extract_text()))
            for table in pg.extract_tables():
                for row in table:
                    cells += [_norm(c) for c in row if c]
    problems = []
    for what, s in _verbatim(gold):
        ns = _norm(s)
        if not any(ns in p for p in pages) and not any(ns in c for c in cells):
            problems.append(f"{what}: not in the PDF text: {s!r}")
    return problems + _keys_defined(gold)


DOCS = {
    "holdout2-rl-dcusa-wg": dcusa_wg,
    "holdout2-rl-ofgem-forum": ofgem_forum,
    "holdout2-html-ngo": html_ngo,
}


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--check":
        stems = argv[1:] or [s for s in DOCS if (GOLD / f"{s}.json").exists()]
        bad = 0
        for stem in stems:
            problems = check(stem)
            bad += len(problems)
            print(f"{stem}: {'ok' if not problems else str(len(problems)) + ' problem(s)'}")
            for p in problems:
                print("  " + p)
        return 1 if bad else 0
    for stem in argv or list(DOCS):
        print(DOCS[stem]().relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
