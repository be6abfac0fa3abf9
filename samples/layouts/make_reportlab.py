"""Build the reportlab layout-test minutes (FICTIONAL content) in four house styles unlike samples/house_style.py.

    .venv/bin/python samples/layouts/make_reportlab.py          # writes samples/layouts/rl-*.pdf

Every document is defined here as plain Python data and drawn straight to PDF with reportlab:

- ``rl-dag-keyvalue``    key/value identity lines, "Name (XX)" over a role line, a tick/cross vote table that
                         runs over a page break with a repeated header, inline "ACTION ... Owner: ... Due: ...".
- ``rl-ccag-grouplabel`` attendee table whose Role label sits on the first row of each group only, a
                         "No. | Decision | Decided by" table and an action table split by a "Previous Meeting(s)" row.
- ``rl-sgb-twocolumn``   title sentence, attendance as two text columns (names left, roles right, roles wrapping),
                         "ACTION:" lines and "Owner - task (when)" lines, "The Board agreed/noted/rejected".
- ``rl-dcusa-panel``     "Name (Organisation) - Role" lists, a Yes-mark vote table, "DECISION:" lines, an
                         "ID | Action | Owner | By when" table.

Fonts: Liberation and DejaVu from the OS; bold text is set in the real Bold face.
"""

from __future__ import annotations

import os
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "LibSerif": LIB + "LiberationSerif-Regular.ttf",
    "LibSerif-Bold": LIB + "LiberationSerif-Bold.ttf",
    "LibSerif-Italic": LIB + "LiberationSerif-Italic.ttf",
    "LibSerif-BoldItalic": LIB + "LiberationSerif-BoldItalic.ttf",
    "LibSans": LIB + "LiberationSans-Regular.ttf",
    "LibSans-Bold": LIB + "LiberationSans-Bold.ttf",
    "LibSans-Italic": LIB + "LiberationSans-Italic.ttf",
    "LibSans-BoldItalic": LIB + "LiberationSans-BoldItalic.ttf",
    "LibNarrow": LIB + "LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": LIB + "LiberationSansNarrow-Bold.ttf",
    "LibNarrow-Italic": LIB + "LiberationSansNarrow-Italic.ttf",
    "LibNarrow-BoldItalic": LIB + "LiberationSansNarrow-BoldItalic.ttf",
    "DVSerif": DJV + "DejaVuSerif.ttf",
    "DVSerif-Bold": DJV + "DejaVuSerif-Bold.ttf",
    "DVSerif-Italic": DJV + "DejaVuSerif-Italic.ttf",
    "DVSerif-BoldItalic": DJV + "DejaVuSerif-BoldItalic.ttf",
    "DVSans": DJV + "DejaVuSans.ttf",
    "DVSans-Bold": DJV + "DejaVuSans-Bold.ttf",
}


def register_fonts() -> None:
    for name, path in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
    for fam in ("LibSerif", "LibSans", "LibNarrow", "DVSerif"):
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-Bold", italic=fam + "-Italic",
                                      boldItalic=fam + "-BoldItalic")
    pdfmetrics.registerFontFamily("DVSans", normal="DVSans", bold="DVSans-Bold", italic="DVSans",
                                  boldItalic="DVSans-Bold")


def furnished_canvas(furniture):
    """A canvas class that calls ``furniture(canvas, page, total)`` on every page once the page count is known."""

    class FurnishedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("invariant", 1)
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                furniture(self, n, total)
                super().showPage()
            super().save()

    return FurnishedCanvas


def styles(font: str, size: float, leading: float | None = None) -> dict[str, ParagraphStyle]:
    leading = leading or size * 1.3
    base = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading, spaceAfter=size * 0.55)
    return {
        "p": base,
        "b": ParagraphStyle("bold", parent=base, fontName=font + "-Bold"),
        "i": ParagraphStyle("ital", parent=base, fontName=font + "-Italic"),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=font + "-Bold", fontSize=size - 1,
                                leading=(size - 1) * 1.25, spaceAfter=0),
        "h1": ParagraphStyle("h1", parent=base, fontName=font + "-Bold", fontSize=size + 7, leading=size + 11,
                             spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=font + "-Bold", fontSize=size + 2, leading=size + 6,
                             spaceBefore=8, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontName=font + "-BoldItalic", fontSize=size, leading=leading,
                             spaceBefore=5, spaceAfter=2),
    }


def P(text: str, style: ParagraphStyle) -> Paragraph:  # noqa: N802
    """A paragraph from plain text; ``**bold**`` spans become the bold face."""
    out, bold = [], False
    for i, part in enumerate(escape(text).split("**")):
        if i:
            bold = not bold
        out.append(f"<b>{part}</b>" if bold and part else part)
    return Paragraph("".join(out), style)


def ruled(data, widths, font, size, header_bg, repeat=1, extra=()):
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("BACKGROUND", (0, 0), (-1, 0), header_bg),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ]))
    return t


def build(stem: str, story, furniture, margins=(22 * mm, 22 * mm, 28 * mm, 24 * mm), title="") -> str:
    left, right, top, bottom = margins
    path = os.path.join(HERE, stem + ".pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
                            bottomMargin=bottom, title=title, author="minutes-kg layout samples (fictional)")
    doc.build(story, canvasmaker=furnished_canvas(furniture))
    return path


# ---------------------------------------------------------------------------------------------------------------
# 1. rl-dag-keyvalue: a different DAG secretary (Liberation Serif, key/value identity, two-line attendee entries)
# ---------------------------------------------------------------------------------------------------------------

DAG_KV = {
    "identity": [
        ("Meeting number", "DAG031"),
        ("Date", "Wednesday 11 October 2023"),
        ("Time", "10:00 – 12:30"),
        ("Location", "Online"),
        ("Classification", "Public"),
        ("Status", "Draft for approval"),
        ("Issue date", "18 October 2023"),
    ],
    "attendees": [
        ("Industry Representatives", [
            ("Tobias Wren (TW)", "Large Supplier Representative"),
            ("Imogen Fairweather (IF)", "Medium Supplier Representative"),
            ("Declan Moriarty (DM)", "Small Supplier Representative"),
            ("Priyanka Sethi (PS)", "I&C Supplier Representative"),
            ("Callum Ashdown (CA)", "Supplier Agent Representative"),
            ("Noor Haddad (NH)", "Supplier Agent Representative (Independent Supplier Agent)"),
            ("Bethan Pryce (BP)", "DNO Representative (on behalf of Gideon Mallory)"),
            ("Otto Lindgren (OL)", "iDNO Representative"),
            ("Fiona Gallacher (FG)", "Elexon Representative (as central systems provider)"),
            ("Samuel Okonjo (SO)", "RECCo Representative"),
            ("Maeve Donnelly (MD) (part meeting)", "DCC Representative (as smart meter central system provider)"),
            ("Rhys Carrow (RC)", "National Grid ESO"),
        ]),
        ("MHHS Programme", [
            ("Rosalind Achterberg (RA)", "Chair"),
            ("Kwame Mensah (KM)", "Design Authority Lead"),
            ("Ewan Blackwood (EB)", "Change Manager"),
            ("Lucia Ferreira (LF)", "PMO Secretariat"),
        ]),
        ("Other Attendees", [
            ("Alistair Penhallow (AP)", "IPA"),
        ]),
        ("Apologies", [
            ("Gideon Mallory", "DNO Representative"),
            ("Harriet Quinlan", "Consumer Representative"),
        ]),
    ],
    # (row label, position, comment)
    "vote": [
        ("Large Supplier Representative", "for",
         "TW approved, noting that export customers are currently settled on the wrong period boundary and the "
         "change removes a manual correction that his constituents run every month."),
        ("Medium Supplier Representative", "against",
         "IF rejected the CR as the implementation cost for medium suppliers was not reflected in the impact "
         "assessment and two of her constituents had asked for a later release."),
        ("Small Supplier Representative", "for",
         "DM approved, provided the Programme publishes the revised interface specification at least eight weeks "
         "before the start of testing."),
        ("I&C Supplier Representative", "against",
         "PS rejected, stating that I&C suppliers with large export portfolios need a transition period and the CR "
         "offers none."),
        ("Supplier Agent Representative", "for",
         "CA approved on behalf of agents, who already hold the boundary data needed for the new rule."),
        ("Supplier Agent Representative (Independent Supplier Agent)", "abstain",
         "NH abstained, as independent agents had not been able to complete their assessment in the time allowed."),
        ("DNO Representative", "for",
         "BP approved, noting no impact on DUoS billing for the DNOs she had consulted."),
        ("iDNO Representative", "against",
         "OL rejected, as iDNOs would need to change their export registration process and the CR does not fund "
         "that work."),
        ("Elexon Representative (as central systems provider)", "for",
         "FG approved; the central systems change is small and can be delivered in the proposed release."),
        ("RECCo Representative", "for",
         "SO approved, noting that no REC change is needed for this CR."),
        ("DCC Representative (as smart meter central system provider)", "abstain",
         "MD abstained, as the DCC is not impacted by MHHS-CR-041."),
        ("National Grid ESO", "for",
         "RC approved, noting the benefit to balancing settlement of correct export boundaries."),
        ("Consumer Representative", "absent", ""),
    ],
}


def dag_keyvalue() -> str:
    st = styles("LibSerif", 11)
    d = DAG_KV
    story = [
        P("Market-wide Half-Hourly Settlement Programme", ParagraphStyle("pre", parent=st["p"], fontSize=12,
                                                                         textColor=colors.HexColor("#444444"))),
        P("Design Advisory Group (DAG) – Minutes", st["h1"]),
        Spacer(1, 4),
    ]
    for k, v in d["identity"]:
        story.append(P(f"**{k}:** {v}", ParagraphStyle("kv", parent=st["p"], spaceAfter=1)))
    story += [Spacer(1, 8), P("Attendees", st["h2"])]
    role_style = ParagraphStyle("role", parent=st["p"], leftIndent=14, spaceAfter=1.5,
                                textColor=colors.HexColor("#333333"))
    name_style = ParagraphStyle("nm", parent=st["b"], spaceAfter=0)
    for group, people in d["attendees"]:
        story.append(P(group, st["h3"]))
        for name, role in people:
            story.append(KeepTogether([P(name, name_style), P(role, role_style)]))

    def h(text):
        story.append(CondPageBreak(40))
        story.append(P(text, st["h2"]))

    def p(text):
        story.append(P(text, st["p"]))

    def bold(text):
        story.append(P(f"**{text}**", st["p"]))

    h("1. Welcome and Apologies")
    p("The Chair welcomed members to the meeting and noted apologies from Gideon Mallory and Harriet Quinlan. "
      "Bethan Pryce attended on behalf of Gideon Mallory. No Consumer Representative was able to attend.")
    p("The minutes of the meeting held on 13 September 2023 were approved with no amendments.")
    bold("DECISION DAG-DEC93: The DAG approved the minutes of the meeting held on 13 September 2023.")
    h("2. Review of Outstanding Actions")
    p("LF took members through the open actions from previous meetings. The draft export settlement timeline has "
      "been circulated and the updated DIP onboarding guide has been published.")
    p("DAG30-02: Closed.")
    p("DAG29-04: Closed.")
    h("3. MHHS-CR-041 (Settlement Period Boundary Handling for Export MPANs)")
    p("EB presented MHHS-CR-041 (Settlement Period Boundary Handling for Export MPANs), raised by Elexon on "
      "21 August 2023. The CR aligns the settlement period boundary used for export MPANs with the boundary used "
      "for import, so that export consumption is no longer attributed to the previous period at the clock change. "
      "The impact assessment closed on 29 September 2023 and fourteen responses were received.")
    p("Members were asked whether they approve MHHS-CR-041. The constituency votes and comments are recorded "
      "in the table below.")
    tick = ParagraphStyle("tick", parent=st["cell"], fontName="DVSans", fontSize=11, alignment=TA_CENTER)
    rows = [[P("Constituency", st["cellb"]), P("Approve", st["cellb"]), P("Reject", st["cellb"]),
             P("Abstain", st["cellb"]), P("Comment", st["cellb"])]]
    extra = []
    for i, (label, pos, comment) in enumerate(d["vote"], start=1):
        if pos == "absent":
            rows.append([P(label, st["cell"]), P("Constituency representative not in attendance", st["cell"]),
                         "", "", ""])
            extra.append(("SPAN", (1, i), (4, i)))
            continue
        marks = {"for": ["✓", "", ""], "against": ["", "✗", ""], "abstain": ["", "", "✓"]}[pos]
        rows.append([P(label, st["cell"])] + [P(m, tick) for m in marks] + [P(comment, st["cell"])])
    story.append(ruled(rows, [44 * mm, 18 * mm, 16 * mm, 18 * mm, 70 * mm], "LibSerif", 10,
                       colors.HexColor("#d9d9d9"), extra=extra))
    story.append(Spacer(1, 8))
    p("The Chair summarised that eight constituencies voted to approve, three voted to reject, two abstained and "
      "one constituency representative was not in attendance.")
    bold("DECISION DAG-DEC94: The SRO approved MHHS-CR-041 for implementation in Interim Release 6 (IR6).")
    p("MD left the meeting at the end of this item.")
    h("4. CR 043 (Market Segment Indicator in the Registration Data Interface)")
    p("SO introduced CR 043 (Market Segment Indicator in the Registration Data Interface), raised by RECCo on "
      "26 September 2023. The CR adds a market segment indicator to the registration data sent to Supplier Agents "
      "so that agents can apply the correct service levels without a separate look-up.")
    p("Members supported issuing the CR for a ten working day impact assessment. TW asked that the impact "
      "assessment questions cover the cost of back-populating the indicator for existing MPANs.")
    bold("DECISION DAG-DEC95: The DAG approved the issue of CR 043 for impact assessment.")
    bold("ACTION DAG31-01: Issue CR 043 for a ten working day impact assessment, including a question on "
         "back-population for existing MPANs. Owner: Programme (Ewan Blackwood). Due: 13/10/2023.")
    h("5. CR044 Ex-Committee Decision")
    p("FG reminded members that CR044 (Smart Meter Read Retry Window), raised by DCC on 12 September 2023, was "
      "circulated for an ex-committee decision on 27 September 2023. The ex-committee window closed on "
      "4 October 2023.")
    bold("DECISION DAG-DEC96 (ex-committee): CR044 (Smart Meter Read Retry Window) was rejected, as the benefits "
         "did not justify a design change before the M10 milestone.")
    bold("ACTION DAG31-02: Publish the CR044 ex-committee decision and rationale on the Programme portal. "
         "Owner: Programme (PMO). Due: 18/10/2023.")
    h("6. DES-211 Export MPAN Settlement Design Note")
    p("KM presented DES-211 Export MPAN Settlement Design Note, updated to reflect MHHS-CR-041. No further "
      "comments were raised by members.")
    bold("DECISION DAG-DEC97: The SRO approved DES-211 Export MPAN Settlement Design Note and baselined it as "
         "version 1.2.")
    bold("ACTION DAG31-03: Update the MHHS Interface Catalogue to reference DES-211 version 1.2. "
         "Owner: Kwame Mensah. Due: 01/11/2023.")
    h("7. Any Other Business")
    p("RC asked whether the November meeting could include a workshop on export settlement. The Chair agreed to "
      "confirm the arrangements.")
    bold("ACTION DAG31-04: Confirm the date and format of the export settlement workshop. Owner: Chair. "
         "Due: next meeting.")
    bold("ACTION DAG31-05: Provide nominations for the export settlement working group. Owner: DAG Members. "
         "Due: ASAP.")
    p("Date of next meeting: Wednesday 8 November 2023, 10:00 – 12:30, online.")

    def furniture(c, page, total):
        w, hgt = A4
        c.setFont("LibSerif-Italic", 9)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(22 * mm, hgt - 14 * mm, "MHHS Design Advisory Group")
        c.drawRightString(w - 22 * mm, hgt - 14 * mm, "DAG031 Minutes – 11 October 2023")
        c.setStrokeColor(colors.HexColor("#888888"))
        c.line(22 * mm, hgt - 16 * mm, w - 22 * mm, hgt - 16 * mm)
        c.setFont("LibSerif", 9)
        c.drawString(22 * mm, 12 * mm, "Classification: Public")
        c.drawRightString(w - 22 * mm, 12 * mm, f"Page {page} of {total}")

    return build("rl-dag-keyvalue", story, furniture, title="DAG031 Minutes")


# ---------------------------------------------------------------------------------------------------------------
# 2. rl-ccag-grouplabel: a cross-code group (Liberation Sans, group label on the first row only)
# ---------------------------------------------------------------------------------------------------------------

CICG = {
    "attendance": [
        ("Chair", "Gwendolyn Sayers", "Ofgem"),
        ("Members", "Tariq Bello", "National Grid ESO"),
        ("", "Ffion Aldridge (Alternate for Marek Jablonski)", "Elexon"),
        ("", "Hamish Torrance", "RECCo"),
        ("", "Yolanda Prieto", "ElectraLink"),
        ("", "Nikhil Rao", "DCC"),
        ("", "Saoirse Kinsella", "Westmere Grid"),
        ("", "Benedikt Haas", "Calder Power"),
        ("In Attendance", "Oona Whitlock", "Ofgem"),
        ("", "Caspar Drummond (from item 3)", "National Grid ESO"),
        ("Apologies", "Marek Jablonski", "Elexon"),
        ("", "Lionel Feaver", "Northmoor Energy"),
    ],
    "decisions": [
        ("D12-01", "The minutes of Meeting No. 11 held on 9 April 2024 were approved as a true record.", "CICG"),
        ("D12-02", "GC0180 and GC0181 to be progressed jointly with R0123 under a single cross-code timetable.",
         "CICG"),
        ("D12-03", "The revised CICG Terms of Reference (version 3.0) were approved.",
         "Chair (Chair's action, 30 April 2024)"),
        ("D12-04", "The Group recommended to the REC Change Panel that R0123 be progressed as an urgent change.",
         "CICG"),
    ],
    "actions_new": [
        ("CICG12-01", "Circulate a joint GC0180/GC0181 and R0123 cross-code timetable to members",
         "National Grid ESO (Tariq Bello)", "28/05/2024", "Open"),
        ("CICG12-02", "Write to the REC Change Panel setting out the Group's recommendation on R0123", "Chair",
         "17/05/2024", "Open"),
        ("CICG12-03", "Publish the CICG Terms of Reference version 3.0 on the Group's web page", "Secretariat",
         "21/05/2024", "Open"),
        ("CICG12-04", "Identify any SEC impacts of GC0180/GC0181 and report them to the Group",
         "DCC (Nikhil Rao)", "Next meeting", "Open"),
    ],
    "actions_old": [
        ("CICG11-02", "Confirm the REC Code Manager contact for cross-code impact assessments",
         "RECCo (Hamish Torrance)", "30/04/2024", "Closed"),
        ("CICG11-04", "Share the DCUSA change pipeline for Q3 2024 with members", "ElectraLink (Yolanda Prieto)",
         "14/05/2024", "Open"),
        ("CICG10-03", "Update the cross-code dependency register with the Grid Code modifications", "Secretariat",
         "30/04/2024", "Closed"),
        ("CICG09-01", "Provide a view on GC0180 implementation costs for small suppliers", "All Members", "ASAP",
         "Open"),
    ],
}


def ccag_grouplabel() -> str:
    st = styles("LibSans", 10)
    c = CICG
    band = colors.HexColor("#1f4e79")
    story = [
        P("CODE INTERACTIONS COORDINATION GROUP (CICG)", ParagraphStyle("t", parent=st["h1"], fontSize=15,
                                                                       textColor=band)),
        P("Minutes – Meeting No. 12", ParagraphStyle("t2", parent=st["h2"], spaceBefore=0)),
    ]
    ident = [["Date", "Tuesday 14 May 2024"], ["Time", "13:30 – 15:30"],
             ["Venue", "Hybrid – Bankside House, London and Microsoft Teams"], ["Status", "DRAFT"]]
    story.append(Table(ident, colWidths=[25 * mm, 120 * mm], style=TableStyle([
        ("FONTNAME", (0, 0), (0, -1), "LibSans-Bold"), ("FONTNAME", (1, 0), (1, -1), "LibSans"),
        ("FONTSIZE", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0)]), hAlign="LEFT"))
    story += [Spacer(1, 8), P("Attendance", st["h2"])]
    rows = [[P("Role", st["cellb"]), P("Name", st["cellb"]), P("Organisation", st["cellb"])]]
    for role, name, org in c["attendance"]:
        rows.append([P(f"**{role}**", st["cell"]) if role else "", P(name, st["cell"]), P(org, st["cell"])])
    story.append(ruled(rows, [32 * mm, 78 * mm, 56 * mm], "LibSans", 9, colors.HexColor("#c9daf8")))

    def h(text):
        story.append(CondPageBreak(40))
        story.append(P(text, st["h2"]))

    def p(text):
        story.append(P(text, st["p"]))

    h("1. Welcome, apologies and declarations of interest")
    p("The Chair welcomed members to Meeting No. 12. Apologies were noted from Marek Jablonski and Lionel Feaver. "
      "Ffion Aldridge attended as alternate for Marek Jablonski. No declarations of interest were made.")
    h("2. Minutes and actions of Meeting No. 11")
    p("The minutes of Meeting No. 11 held on 9 April 2024 were approved as a true record (D12-01). The Group "
      "reviewed the action log; the status of each action is shown in the action table at the end of these "
      "minutes.")
    h("3. Grid Code modifications GC0180/GC0181")
    p("Tariq Bello presented GC0180/GC0181. GC0180: Frequency Response Data Exchange and GC0181: Reactive Power "
      "Data Exchange were raised by National Grid ESO in February 2024 and share one workgroup. Both modifications "
      "change the data that distribution-connected parties exchange with the ESO, and the proposed data items "
      "overlap with the metering data items in R0123.")
    p("Members agreed that the two Grid Code modifications and the REC change should follow one timetable so that "
      "parties are not asked to build the same data items twice. Caspar Drummond joined the meeting for this item "
      "and confirmed the workgroup could align its consultation with the REC timetable.")
    h("4. REC change R0123")
    p("Hamish Torrance presented R0123 (Alignment of REC Metering Data Items with Grid Code Data Exchange), raised "
      "by RECCo on 2 April 2024. He explained that the REC Change Panel would be asked to consider the change as "
      "urgent so that it can be implemented alongside GC0180.")
    p("Benedikt Haas asked whether suppliers would need to change their systems. Hamish Torrance confirmed that "
      "supplier impacts are limited to the data catalogue. The Group supported urgent treatment (D12-04).")
    h("5. CICG Terms of Reference")
    p("The Chair reported that she had approved the revised CICG Terms of Reference (version 3.0) by Chair's "
      "action on 30 April 2024, following the comments received from members in March (D12-03).")
    h("6. Any other business")
    p("Yolanda Prieto noted that the DCUSA change pipeline for Q3 2024 is still being finalised. The next meeting "
      "will be held on Tuesday 11 June 2024.")

    h("Decisions")
    drows = [[P("No.", st["cellb"]), P("Decision", st["cellb"]), P("Decided by", st["cellb"])]]
    for no, text, by in c["decisions"]:
        drows.append([P(no, st["cell"]), P(text, st["cell"]), P(by, st["cell"])])
    story.append(ruled(drows, [20 * mm, 106 * mm, 40 * mm], "LibSans", 9, colors.HexColor("#c9daf8")))
    h("Actions")
    arows = [[P(x, st["cellb"]) for x in ("No.", "Action", "Lead", "Target date", "Status")]]
    for row in c["actions_new"]:
        arows.append([P(x, st["cell"]) for x in row])
    split = len(arows)
    arows.append([P("**Previous Meeting(s)**", st["cell"]), "", "", "", ""])
    for row in c["actions_old"]:
        arows.append([P(x, st["cell"]) for x in row])
    story.append(ruled(arows, [22 * mm, 66 * mm, 36 * mm, 24 * mm, 18 * mm], "LibSans", 9,
                       colors.HexColor("#c9daf8"),
                       extra=[("SPAN", (0, split), (-1, split)),
                              ("BACKGROUND", (0, split), (-1, split), colors.HexColor("#eeeeee"))]))

    def furniture(cv, page, total):
        w, hgt = A4
        cv.setFillColor(band)
        cv.rect(0, hgt - 12 * mm, w, 12 * mm, stroke=0, fill=1)
        cv.setFillColor(colors.white)
        cv.setFont("LibSans-Bold", 9)
        cv.drawString(18 * mm, hgt - 8 * mm, "CICG Meeting No. 12 – Minutes")
        cv.drawRightString(w - 18 * mm, hgt - 8 * mm, "DRAFT – subject to approval")
        cv.setFillColor(colors.black)
        cv.setFont("LibSans", 9)
        cv.drawCentredString(w / 2, 10 * mm, f"- Page {page} -")

    return build("rl-ccag-grouplabel", story, furniture, margins=(22 * mm, 22 * mm, 22 * mm, 20 * mm),
                 title="CICG Meeting No. 12 Minutes")


# ---------------------------------------------------------------------------------------------------------------
# 3. rl-sgb-twocolumn: a board with a code-plus-number heading (DejaVu Serif, two text columns for attendance)
# ---------------------------------------------------------------------------------------------------------------


class TwoColumns(Flowable):
    """Names in a left text column and roles in a right one (roles wrap); no ruling, so no table in the text layer."""

    def __init__(self, pairs, font, size, left_w, right_w, gap=8):
        super().__init__()
        self.pairs, self.font, self.size = pairs, font, size
        self.left_w, self.right_w, self.gap = left_w, right_w, gap
        self.lead = size * 1.35
        self.lines = [(name, simpleSplit(role, font, size, right_w)) for name, role in pairs]

    def wrap(self, aw, ah):
        n = sum(max(1, len(r)) for _, r in self.lines) + 0.35 * len(self.lines)
        self.height = n * self.lead
        return self.left_w + self.gap + self.right_w, self.height

    def draw(self):
        c = self.canv
        y = self.height - self.size
        c.setFont(self.font, self.size)
        for name, roles in self.lines:
            c.drawString(0, y, name)
            for k, r in enumerate(roles):
                c.drawString(self.left_w + self.gap, y - k * self.lead, r)
            y -= (max(1, len(roles)) + 0.35) * self.lead


SGB = {
    "present": [
        ("Dr Imelda Rooke", "Chair"),
        ("Mr Anselm Brightwater", "Large Supplier Member"),
        ("Ms Coralie Dufresne", "Small Supplier Alternate (for Mr Anders Holm)"),
        ("Mr Piers Halloran", "Independent Distribution Network Operator Member"),
        ("Ms Yetunde Bakare", "Consumer Member"),
        ("Prof Lars Engebretsen", "Transmission Company Member"),
        ("Mr Gus Thorne", "Supplier Agent Member"),
        ("Ms Delphine Ashworth", "Generator Member"),
    ],
    "in_attendance": [
        ("Ms Petra Volkov", "Board Secretary (Elexon)"),
        ("Mr Jonah Ellery", "Modification Lead, Elexon (item 3 only)"),
    ],
    "apologies": "Mr Anders Holm, Ms Rhiannon Tate",
}


def sgb_twocolumn() -> str:
    st = styles("DVSerif", 10)
    s = SGB
    story = [
        P("SGB 073", ParagraphStyle("code", parent=st["h1"], fontSize=20, leading=24)),
        P("Minutes of the Settlement Governance Board meeting held on Thursday 5 December 2024 at 10:00 in "
          "Meeting Room 2, Fleetbank House, London", ParagraphStyle("ts", parent=st["b"], fontSize=11, leading=14)),
        P("(Unconfirmed – subject to approval at the next meeting)", st["i"]),
        Spacer(1, 6),
        P("Present", st["h3"]),
        TwoColumns(s["present"], "DVSerif", 10, 62 * mm, 62 * mm),
        Spacer(1, 4),
        P("In attendance", st["h3"]),
        TwoColumns(s["in_attendance"], "DVSerif", 10, 62 * mm, 62 * mm),
        Spacer(1, 4),
        P("Apologies:", st["h3"]),
        P(s["apologies"], st["p"]),
    ]

    def h(text):
        story.append(CondPageBreak(40))
        story.append(P(text, ParagraphStyle("sgbh", parent=st["h2"], fontSize=11)))

    def p(text):
        story.append(P(text, st["p"]))

    h("1. Welcome and apologies")
    p("The Chair welcomed members. Apologies were received from Mr Anders Holm and Ms Rhiannon Tate. "
      "Ms Dufresne attended as Alternate for Mr Holm.")
    h("2. Minutes of SGB 072 and matters arising")
    p("The minutes of SGB 072 (7 November 2024) were approved as an accurate record.")
    p("There were no matters arising that were not covered elsewhere on the agenda.")
    p("ACTION: Petra to publish the approved minutes of SGB 072 by 12 December.")
    h("3. P415 Settlement Data Retention Periods")
    p("Mr Ellery presented P415 'Settlement Data Retention Periods', which was raised by Elexon in September 2024. "
      "The Workgroup had concluded its assessment and proposed an implementation date of 26 June 2025. Members "
      "discussed the cost of holding settlement data for longer and the benefit of fewer disputes.")
    p("Ms Bakare asked whether consumers would see any change. Mr Ellery confirmed that the change affects only "
      "settlement data held by parties and agents.")
    p("The Board agreed that P415 should proceed to the Report Phase with the implementation date proposed by the "
      "Workgroup.")
    p("ACTION: Coralie to circulate the draft P415 consultation response to members by 22 December.")
    h("4. P416 Removal of the Generator Metering Dispensation Backlog")
    p("Ms Ashworth introduced P416 'Removal of the Generator Metering Dispensation Backlog'. The proposed solution "
      "would close all outstanding metering dispensations at a single date. Several members were concerned that "
      "the costs would fall on Suppliers without any supporting analysis.")
    p("The Board rejected P416 in its current form and asked that the Proposer consider an alternative solution.")
    p("ACTION: Delphine to ask the P416 Proposer whether an alternative solution will be raised, by 16 January "
      "2025.")
    h("5. Settlement performance")
    p("Prof Engebretsen summarised the Q3 2024 Settlement Performance Report. Settlement error remained within "
      "the target range, but late meter readings for advanced meters had increased for the second quarter.")
    p("The Board noted the Q3 2024 Settlement Performance Report.")
    h("6. Release readiness")
    p("Mr Thorne reported that agent testing slots for the spring release are not yet confirmed. Mr Halloran "
      "reported that most IDNOs have completed their readiness self-assessment.")
    p("The Board agreed to hold an additional meeting in January 2025 to review release readiness.")
    p("Next steps agreed:")
    for line in ("Piers Halloran - publish the IDNO readiness summary (early March)",
                 "Gus Thorne - confirm agent testing slots with the Programme (mid-January)",
                 "Petra Volkov - update the SGB forward plan (next meeting)"):
        story.append(P(line, ParagraphStyle("ind", parent=st["p"], leftIndent=12, spaceAfter=2)))
    h("7. Any other business")
    p("None.")
    p("The meeting closed at 12:40. Date of next meeting: Thursday 6 February 2025.")
    story += [Spacer(1, 20), P("Signed (Chair) ..............................    Date ..................",
                               st["p"])]

    def furniture(cv, page, total):
        w, hgt = A4
        cv.setFont("DVSerif", 8.5)
        cv.setFillColor(colors.HexColor("#333333"))
        cv.drawRightString(w - 20 * mm, hgt - 13 * mm, "Settlement Governance Board – 5 December 2024")
        cv.line(20 * mm, 15 * mm, w - 20 * mm, 15 * mm)
        cv.drawString(20 * mm, 10.5 * mm, "SGB 073 Minutes (unconfirmed)")
        cv.drawRightString(w - 20 * mm, 10.5 * mm, f"Page {page} of {total}")

    return build("rl-sgb-twocolumn", story, furniture, margins=(20 * mm, 20 * mm, 22 * mm, 22 * mm),
                 title="SGB 073 Minutes")


# ---------------------------------------------------------------------------------------------------------------
# 4. rl-dcusa-panel: a DCUSA-style panel (Liberation Sans Narrow, "Name (Org) - Role" lists, Yes-mark vote table)
# ---------------------------------------------------------------------------------------------------------------

DMP = {
    "attendees": [
        "Marguerite Oyelaran (Fenwick Advisory) - Independent Chair",
        "Ambrose Kettleby (Calder Power) - Supplier Member",
        "Signe Halvorsen (Brookmere Energy) - Supplier Member",
        "Ivo Kettering (Westmere Grid) - Distributor Alternate (for Hollis Grange)",
        "Tomasz Wierzbicki (Northmoor Networks) - Distributor Member",
        "Farah Qureshi (Lowfield Networks) - IDNO Member",
        "Reuben Ashgrove (Vanta Generation) - CVA Registrant Member (joined at 11:05)",
    ],
    "in_attendance": [
        "Wilfred Penrose (ElectraLink) - Secretariat",
        "Mirela Constantin (Ofgem) - Observer",
    ],
    "apologies": [
        "Hollis Grange (Westmere Grid) - Distributor Member",
        "Beatrix Olawale (Kestrel Supply) - Supplier Member",
    ],
    "vote": [
        ("Calder Power", "Supplier", "for"),
        ("Brookmere Energy", "Supplier", "against"),
        ("Kestrel Supply", "Supplier", "absent"),
        ("Westmere Grid", "Distributor", "for"),
        ("Northmoor Networks", "Distributor", "for"),
        ("Lowfield Networks", "IDNO", "abstain"),
        ("Vanta Generation", "CVA Registrant", "for"),
    ],
    "actions": [
        ("AP6-1", "Submit the DCP 463 Change Declaration and Final Report to the Authority", "Secretariat",
         "26 March 2025"),
        ("AP6-2", "Issue the Change Proposal 464 consultation to DCUSA parties", "Secretariat", "21 March 2025"),
        ("AP6-3", "Obtain legal advice on the DCP 465 legal drafting", "Marguerite Oyelaran", "9 April 2025"),
        ("AP6-4", "Provide worked examples of the meter asset data timescales for the Change Proposal 464 "
                  "consultation", "Westmere Grid (Ivo Kettering)", "28 March 2025"),
        ("AP6-5", "Review the Panel forward work plan and send comments to the Secretariat", "All Panel Members",
         "Next meeting"),
    ],
}


def dcusa_panel() -> str:
    st = styles("LibNarrow", 11)
    d = DMP
    green = colors.HexColor("#2e6b3a")
    story = [
        P("DCUSA Metering Panel (DMP)", ParagraphStyle("t", parent=st["h1"], textColor=green)),
        P("Minutes of Meeting No. 6", ParagraphStyle("t2", parent=st["h2"], spaceBefore=0)),
        P("Held on Wednesday 19 March 2025, 10:30 – 13:00, via Microsoft Teams", st["p"]),
        P("Status: Approved by the Panel on 16 April 2025", st["i"]),
        Spacer(1, 4),
    ]
    li = ParagraphStyle("li", parent=st["p"], leftIndent=10, spaceAfter=1)
    for label, key in (("Attendees:", "attendees"), ("In attendance:", "in_attendance"),
                       ("Apologies:", "apologies")):
        story.append(P(label, ParagraphStyle("lab", parent=st["b"], spaceBefore=6, spaceAfter=2)))
        for line in d[key]:
            story.append(P(line, li))

    def h(text):
        story.append(CondPageBreak(40))
        story.append(P(text, ParagraphStyle("dh", parent=st["h2"], textColor=green)))

    def p(text):
        story.append(P(text, st["p"]))

    def dec(text):
        story.append(P(f"**DECISION:** {text}", st["p"]))

    h("1. Administration")
    p("The Chair welcomed Panel members. Apologies were received from Hollis Grange and Beatrix Olawale; Ivo "
      "Kettering attended as Alternate for Hollis Grange. No conflicts of interest were declared.")
    dec("The minutes of Meeting No. 5 held on 19 February 2025 were approved.")
    h("2. DCP 463 – Removal of Legacy Profile Class Data from the Metering Point Register")
    p("The Secretariat presented the final report for DCP 463, which was raised by Calder Power in November 2024. "
      "The Working Group had unanimously supported the change. Signe Halvorsen said Brookmere Energy still had "
      "concerns about the cost of the system change for smaller suppliers.")
    p("Ambrose Kettleby proposed that the Panel approve DCP 463 and submit it to the Authority.")
    p("Proposed by: Ambrose Kettleby      Seconded by: Tomasz Wierzbicki")
    vrows = [[P(x, st["cellb"]) for x in ("Party", "Seat", "For", "Against", "Abstain")]]
    extra = []
    for i, (party, seat, pos) in enumerate(d["vote"], start=1):
        if pos == "absent":
            vrows.append([P(party, st["cell"]), P(seat, st["cell"]), P("Not present – no vote", st["cell"]),
                          "", ""])
            extra.append(("SPAN", (2, i), (4, i)))
            continue
        marks = {"for": ["Yes", "", ""], "against": ["", "Yes", ""], "abstain": ["", "", "Yes"]}[pos]
        vrows.append([P(party, st["cell"]), P(seat, st["cell"])] + [P(m, st["cell"]) for m in marks])
    story.append(ruled(vrows, [45 * mm, 35 * mm, 22 * mm, 22 * mm, 22 * mm], "LibNarrow", 10,
                       colors.HexColor("#d6e9d8"), extra=extra))
    story.append(Spacer(1, 6))
    p("The Panel approved DCP 463 with four votes for, one against and one abstention; one party was not present. "
      "The motion was carried.")
    dec("The Panel approved DCP 463 and agreed to submit the Change Declaration to the Authority.")
    h("3. Change Proposal 464 - Clarification of Meter Asset Data Timescales")
    p("Change Proposal 464 - Clarification of Meter Asset Data Timescales was raised by Westmere Grid on 3 February "
      "2025. Ivo Kettering explained that the DCUSA schedules give two different timescales for sending meter asset "
      "data after a meter exchange, and that the change would adopt the shorter of the two.")
    p("Members asked for worked examples to be included in the consultation. The proposal to issue the change for "
      "consultation was put to the vote: five in favour, none against and one abstention; one Panel member was not "
      "present.")
    dec("The Panel agreed to issue Change Proposal 464 for industry consultation closing on 11 April 2025.")
    h("4. DCP 465 – Meter Operator Appointment Notifications")
    p("The Chair reported that the legal text for DCP 465 raised questions about the interaction with the REC and "
      "that legal advice would be needed before the Panel can consider the proposal.")
    dec("The Panel deferred consideration of DCP 465 to the April meeting pending legal advice.")
    h("5. Actions")
    arows = [[P(x, st["cellb"]) for x in ("ID", "Action", "Owner", "By when")]]
    for row in d["actions"]:
        arows.append([P(x, st["cell"]) for x in row])
    story.append(ruled(arows, [16 * mm, 84 * mm, 40 * mm, 26 * mm], "LibNarrow", 10, colors.HexColor("#d6e9d8")))
    h("6. Any Other Business")
    p("None. The next meeting will be held on Wednesday 16 April 2025.")

    def furniture(cv, page, total):
        w, hgt = A4
        cv.setStrokeColor(green)
        cv.setLineWidth(2)
        cv.line(20 * mm, hgt - 15 * mm, w - 20 * mm, hgt - 15 * mm)
        cv.setFont("LibNarrow-Bold", 9)
        cv.setFillColor(green)
        cv.drawString(20 * mm, hgt - 13 * mm, "DCUSA Metering Panel")
        cv.setFont("LibNarrow", 9)
        cv.drawRightString(w - 20 * mm, hgt - 13 * mm, "Meeting No. 6 – 19 March 2025")
        cv.setFillColor(colors.black)
        cv.drawString(20 * mm, 10 * mm, "DMP Meeting No. 6 Minutes v1.0")
        cv.drawRightString(w - 20 * mm, 10 * mm, f"Page {page} of {total}")

    return build("rl-dcusa-panel", story, furniture, margins=(20 * mm, 20 * mm, 24 * mm, 20 * mm),
                 title="DMP Meeting No. 6 Minutes")


MAKERS = {
    "rl-dag-keyvalue": dag_keyvalue,
    "rl-ccag-grouplabel": ccag_grouplabel,
    "rl-sgb-twocolumn": sgb_twocolumn,
    "rl-dcusa-panel": dcusa_panel,
}


def main(argv: list[str] | None = None) -> None:
    import sys

    register_fonts()
    stems = (argv if argv is not None else sys.argv[1:]) or list(MAKERS)
    for stem in stems:
        print(MAKERS[stem]())


if __name__ == "__main__":
    main()
