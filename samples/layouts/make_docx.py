"""Render the DOCX/LibreOffice layout samples: ``.venv/bin/python samples/layouts/make_docx.py``.

Each document below is FICTIONAL minutes content defined in Python, written to a Word document with
python-docx (Word styles, ruled tables, merged cells, header/footer fields, a Wingdings symbol run)
and converted to PDF with LibreOffice (``soffice --headless --convert-to pdf``), which is how many
real governance bodies publish their minutes. Output: ``samples/layouts/docx-*.pdf``; the DOCX
sources go to a temporary folder (``--keep-docx`` keeps them next to the PDFs). Optional arguments
name the stems to build. Content is deterministic; PDF bytes may differ between runs.

Gold records: ``tests/gold/layouts/docx-*.json``, written by hand from the PDFs' text layer
(judgement calls in ``tests/gold/layouts/NOTES-docx.md``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
TICK = "{tick}"  # a Wingdings U+F0FC symbol run, as Word's Insert > Symbol writes it


# ---------------------------------------------------------------------------------------------
# Word helpers


class Doc:
    """A python-docx document with a house style: base font, colours, header and footer."""

    def __init__(self, font: str, size: float, accent: str = "000000", landscape: bool = False,
                 margins_cm: float = 2.0):
        self.d = Document()
        self.font = font
        self.accent = RGBColor.from_string(accent)
        self.accent_hex = accent
        sec = self.d.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_height, sec.page_width = sec.page_width, sec.page_height
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Cm(margins_cm))
        styles = self.d.styles
        normal = styles["Normal"]
        normal.font.name = font
        normal.font.size = Pt(size)
        _set_east_asia(normal.element, font)
        normal.paragraph_format.space_after = Pt(4)
        for lvl, sz in ((1, size + 4), (2, size + 1.5), (3, size)):
            st = styles[f"Heading {lvl}"]
            st.font.name = font
            st.font.size = Pt(sz)
            st.font.bold = True
            st.font.italic = False
            st.font.color.rgb = self.accent
            _set_east_asia(st.element, font)
            st.paragraph_format.space_before = Pt(10 if lvl == 1 else 8)
            st.paragraph_format.space_after = Pt(4)
        self.body_width_cm = (sec.page_width - sec.left_margin - sec.right_margin) / 360000
        for name in ("Header", "Footer"):
            styles[name].paragraph_format.tab_stops.clear_all()
            styles[name].font.name = font

    # page furniture -------------------------------------------------------------------------
    def header(self, left: str, right: str = "") -> None:
        hdr = self.d.sections[0].header
        p = hdr.paragraphs[0]
        p.paragraph_format.tab_stops.add_tab_stop(Cm(self.body_width_cm), WD_TAB_ALIGNMENT.RIGHT)
        self._runs(p, left, size=8)
        if right:
            self._runs(p, "\t" + right, size=8)
        _bottom_border(p)

    def footer(self, left: str = "", page_of: str = "Page {PAGE} of {NUMPAGES}", centre: bool = False) -> None:
        ftr = self.d.sections[0].footer
        p = ftr.paragraphs[0]
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(self.body_width_cm), WD_TAB_ALIGNMENT.RIGHT)
        if left:
            self._runs(p, left + ("   " if centre else "\t"), size=8)
        for part in re.split(r"(\{PAGE\}|\{NUMPAGES\})", page_of):
            if part in ("{PAGE}", "{NUMPAGES}"):
                _field(p, part[1:-1], self.font)
            elif part:
                self._runs(p, part, size=8)

    # text -----------------------------------------------------------------------------------
    def _runs(self, p, text: str, size: float | None = None, bold: bool = False, italic: bool = False,
              color: RGBColor | None = None):
        """Add ``text`` to paragraph ``p``; ``**x**`` is bold, ``{tick}`` a Wingdings tick."""
        for part in re.split(r"(\*\*.+?\*\*|\{tick\})", text):
            if not part:
                continue
            if part == TICK:
                _wingdings_tick(p)
                continue
            is_bold = part.startswith("**") and part.endswith("**")
            r = p.add_run(part[2:-2] if is_bold else part)
            r.bold = bold or is_bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color is not None:
                r.font.color.rgb = color
        return p

    def h(self, text: str, level: int = 1):
        return self.d.add_heading(text, level)

    def p(self, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
          align: str | None = None, indent_cm: float = 0.0, space_after: float | None = None, tabs=()):
        para = self.d.add_paragraph()
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent_cm:
            para.paragraph_format.left_indent = Cm(indent_cm)
        if space_after is not None:
            para.paragraph_format.space_after = Pt(space_after)
        for pos in tabs:
            para.paragraph_format.tab_stops.add_tab_stop(Cm(pos))
        self._runs(para, text, size=size, bold=bold, italic=italic)
        return para

    def bullet(self, text: str):
        para = self.d.add_paragraph(style="List Bullet")
        self._runs(para, text)
        return para

    def page_break(self) -> None:
        self.d.add_page_break()

    # tables ---------------------------------------------------------------------------------
    def table(self, rows: list[list], widths_cm: list[float], header: bool = True, shade: str | None = None,
              group_rows: bool = True, size: float | None = None, label_col_bold: bool = False,
              shade_label_col: str | None = None):
        """A ruled Word table. ``rows[0]`` is the header row when ``header``; a row given as a one-item
        list ``["Group"]`` becomes a merged full-width group row (bold, shaded)."""
        ncols = len(widths_cm)
        t = self.d.add_table(rows=0, cols=ncols)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            is_header = header and i == 0
            if len(row) == 1 and ncols > 1 and group_rows:
                merged = cells[0].merge(cells[-1])
                self._cell(merged, row[0], bold=True, size=size)
                _shade(merged, shade or "D9D9D9")
                continue
            for j, value in enumerate(row):
                self._cell(cells[j], value, bold=is_header or (label_col_bold and j == 0), size=size,
                           white=is_header and shade is not None)
                if is_header and shade:
                    _shade(cells[j], shade)
                elif j == 0 and shade_label_col:
                    _shade(cells[j], shade_label_col)
            if is_header:
                _repeat_header(t.rows[-1])
        for row in t.rows:
            _cant_split(row)
            for j, cell in enumerate(row.cells):
                cell.width = Cm(widths_cm[min(j, ncols - 1)])
        _grid_widths(t, widths_cm)
        self.d.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def _cell(self, cell, value, bold: bool = False, size: float | None = None, white: bool = False):
        lines = value if isinstance(value, list) else [value]
        first = True
        for line in lines:
            para = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            para.paragraph_format.space_after = Pt(1)
            self._runs(para, line, bold=bold, size=size, color=RGBColor(255, 255, 255) if white else None)

    def save(self, path: Path) -> None:
        self.d.save(str(path))


def _set_east_asia(style_el, font: str) -> None:
    rpr = style_el.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        rfonts.attrib.pop(qn(attr), None)  # theme fonts would override the named font


def _wingdings_tick(p) -> None:
    """A run in font Wingdings holding U+F0FC (a tick), the way Word stores Insert > Symbol."""
    r = p.add_run()
    rpr = r._r.get_or_add_rPr()
    rfonts = OxmlElement("w:rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), "Wingdings")
    rpr.append(rfonts)
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), "F0FC")
    r._r.append(sym)


def _field(p, code: str, font: str) -> None:
    def add(tag: str, **attrs):
        r = p.add_run()
        r.font.size = Pt(8)
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if tag == "w:instrText":
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        r._r.append(el)
        return r

    add("w:fldChar", **{"w:fldCharType": "begin"})
    add("w:instrText")
    add("w:fldChar", **{"w:fldCharType": "separate"})
    r = p.add_run("1")
    r.font.size = Pt(8)
    add("w:fldChar", **{"w:fldCharType": "end"})


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _cant_split(row) -> None:
    """Keep a row on one page (Word: "Allow row to break across pages" off); the table itself may break."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _grid_widths(t, widths_cm: list[float]) -> None:
    grid = t._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(w * 567)))


def _bottom_border(p) -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "808080")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)


# ---------------------------------------------------------------------------------------------
# 1. docx-psg-yesno: MHHS-style programme sibling group, details table, Yes/Part/Apologies column,
#    Wingdings-tick voting table, unusual action columns, bold DECISION lines.


def build_psg_yesno() -> Doc:
    doc = Doc("Arial", 10, accent="1F3864")
    doc.header("MHHS Programme  |  PCSG014 Minutes and Actions", "Classification: Public")
    doc.footer("Programme Cutover Steering Group", "Page {PAGE} of {NUMPAGES}")
    doc.p("**MHHS Programme**", size=9, align="right")
    doc.h("Programme Cutover Steering Group (PCSG)", 1)
    doc.p("**Minutes and Actions**", size=12)
    doc.p("Issue date: 21/05/2025", size=9)
    doc.table([
        ["Meeting", "PCSG014"],
        ["Date and time", "14 May 2025, 10:00-12:30"],
        ["Venue", "Virtual – MS Teams"],
        ["Classification", "Public"],
    ], [4.5, 12.5], header=False, label_col_bold=True, shade_label_col="DEE6F0")

    doc.h("Attendees", 2)
    doc.table([
        ["Name", "Initials", "Role", "Attended"],
        ["Chair"],
        ["Rosalind Achebe", "RA", "Chair", "Yes"],
        ["Industry Representatives"],
        ["Declan Moorcroft", "DM", "Large Supplier Representative", "Yes"],
        ["Priyanka Rao", "PR", "Medium Supplier Representative", "Part"],
        ["Tobias Wendt", "TW", "Small Supplier Representative", "Yes"],
        ["Eilidh Crawford", "EC", "I&C Supplier Representative", "Yes"],
        ["Marek Nowicki", "MN", "Supplier Agent Representative", "Yes"],
        ["Femi Adeyemi (on behalf of Gwen Pryce)", "FA", "DNO Representative", "Yes"],
        ["Gwen Pryce", "GP", "DNO Representative", "Apologies"],
        ["Hollie Brandreth", "HB", "iDNO Representative", "Yes"],
        ["Conrad Vale", "CV", "Elexon Representative (as central systems provider)", "Yes"],
        ["Saoirse Keane", "SK", "RECCo Representative", "Part"],
        ["Umar Siddiqui", "US", "DCC Representative", "Yes"],
        ["Bethan Lloyd", "BL", "Consumer Representative", "Apologies"],
        ["MHHS Programme"],
        ["Alastair Grieve", "AG", "PMO Lead", "Yes"],
        ["Natasha Ibe", "NI", "Cutover Manager", "Yes"],
        ["Callum Hext", "CH", "Secretariat", "Yes"],
        ["Other Attendees"],
        ["Verity Osei", "VO", "IPA", "Part"],
        ["Lucas Ferrante", "LF", "Ofgem", "Yes"],
    ], [5.6, 1.8, 7.0, 2.6], shade="1F3864")

    doc.h("1. Welcome and Introductions", 2)
    doc.p("The Chair welcomed members to the fourteenth meeting of the PCSG. Apologies were noted from "
          "GP and BL. FA attended on behalf of GP and held the DNO vote for this meeting. PR joined the "
          "meeting at 10:40 and SK left the meeting after item 4.")

    doc.h("2. Minutes and Actions", 2)
    doc.p("The minutes of the previous meeting were approved without amendment.")
    doc.p("**DECISION PCSG-DEC30: Minutes of the PCSG meeting held 9 April 2025 approved with no amendments.**")
    doc.p("The Secretariat reported on the outstanding actions. PCSG13-01: Closed. PCSG13-02 was closed by DCC "
          "before the meeting. PCSG13-03 remains open and its deadline has moved to June (see the action table).")

    doc.h("3. Cutover Readiness Report", 2)
    doc.p("AG presented the cutover readiness report for Migration Release 2 (MR2). Eleven of the fourteen "
          "readiness criteria were rated green; the three amber criteria relate to data cleanse completion, "
          "central systems freeze dates and the availability of go/no-go contacts.")
    doc.p("DM asked whether the readiness criteria would be republished before the M10 checkpoint. AG "
          "confirmed the Programme would publish a revised set of readiness criteria by the end of May.")
    doc.p("CV noted the central systems freeze dates depend on the outcome of CR045 and that Elexon would "
          "confirm them once a decision had been taken.")

    doc.h("4. CR045 Cutover Window Extension", 2)
    doc.p("NI presented CR045 (Cutover Window Extension for Non-Half-Hourly Migration) version 1.2. CR045 was "
          "raised by Elexon on 3 March 2025 and was issued for Impact Assessment on 26 March 2025. The CR "
          "extends the cutover window for non-half-hourly metering points from four to six weeks.")
    doc.p("PCSG members were asked to vote on whether to approve CR045 version 1.2. Votes and comments by "
          "constituency are recorded below.")
    doc.table([
        ["Constituency", "Approve", "Reject", "Abstain", "Voting comments"],
        ["Large Supplier Representative", TICK, "", "",
         "DM approved, noting the longer window reduces the risk of failed migrations."],
        ["Medium Supplier Representative", "", "", TICK,
         "PR abstained as her organisation had not completed its assessment."],
        ["Small Supplier Representative", "", TICK, "",
         "TW rejected CR045 because the longer window extends dual running costs for small Suppliers."],
        ["I&C Supplier Representative", TICK, "", "", "EC approved CR045."],
        ["Supplier Agent Representative", TICK, "", "",
         "MN approved, provided agents receive the revised schedule four weeks in advance."],
        ["DNO Representative", TICK, "", "", "FA approved on behalf of GP."],
        ["iDNO Representative", TICK, "", "", "HB approved CR045."],
        ["Elexon Representative (as central systems provider)", TICK, "", "",
         "CV approved; Elexon can support the six week window."],
        ["RECCo Representative", "", TICK, "",
         "SK rejected, as the registration impacts of CR045 have not been assessed."],
        ["DCC Representative", TICK, "", "", "US approved CR045."],
        ["Consumer Representative", "", "", "", "Constituency representative not in attendance"],
    ], [4.4, 1.9, 1.6, 1.8, 7.3], shade="1F3864")
    doc.p("The Chair summarised that seven constituencies voted to approve CR045, two voted to reject, one "
          "abstained and one was not in attendance.")
    doc.p("**DECISION PCSG-DEC31: The Chair, with delegated authority from the SRO, approved CR045 version 1.2 "
          "for implementation in Migration Release 2 (MR2).**")

    doc.h("5. Detailed Cutover Plan", 2)
    doc.p("NI reminded members that the Detailed Cutover Plan had been circulated for ex-committee review "
          "following the April meeting. No objections were received by the deadline of 28 April 2025.")
    doc.p("**DECISION PCSG-DEC32 (ex-committee): The Detailed Cutover Plan version 2.0 was approved for "
          "baselining.**")
    doc.p("HB asked that future versions of the plan show the iDNO activities separately. NI agreed to "
          "consider this for version 2.1.")

    doc.h("6. M10 Go/No-Go Checkpoint", 2)
    doc.p("AG set out the proposed arrangements for the M10 go/no-go checkpoint, including the evidence "
          "each constituency would be asked to provide.")
    doc.p("**DECISION PCSG-DEC33: The PCSG agreed that the M10 go/no-go checkpoint will be held on 25 June "
          "2025, with a contingency date of 2 July 2025.**")
    doc.p("LF noted Ofgem would attend the checkpoint as an observer.")

    doc.h("7. Summary and Next Steps", 2)
    doc.p("The Chair thanked members. The next PCSG meeting will be held on 11 June 2025.")

    doc.h("Actions", 2)
    doc.table([
        ["Ref", "Description", "Lead", "Deadline", "Status"],
        ["PCSG14-01", "Programme to publish the revised cutover readiness criteria to PCSG members",
         "Programme (Alastair Grieve)", "28/05/2025", "Open"],
        ["PCSG14-02", "Elexon to confirm the central systems freeze dates for MR2 following the CR045 decision",
         "Elexon (Conrad Vale)", "04/06/2025", "Open"],
        ["PCSG14-03", "PCSG members to nominate go/no-go contacts for the M10 checkpoint", "PCSG Members",
         "11/06/2025", "Open"],
        ["PCSG14-04", "RECCo to circulate its assessment of the registration impacts of CR045",
         "RECCo (Saoirse Keane)", "ASAP", "Open"],
        ["PCSG13-03", "Programme to confirm the data cleanse completion metrics for MR2", "Programme (PMO)",
         "11/06/2025", "Open"],
        ["PCSG13-02", "DCC to share the SMETS1 migration dependencies with the Programme",
         "DCC (Umar Siddiqui)", "14/05/2025", "Closed"],
    ], [2.3, 7.2, 3.6, 2.2, 1.7], shade="1F3864")
    return doc


# ---------------------------------------------------------------------------------------------
# 2. docx-tmag-orgtable: testing advisory group, 4-column attendee table with group rows, shared
#    initials, one Recommendation column, "CR 043" / "MHHS-CR-041".


def build_tmag_orgtable() -> Doc:
    doc = Doc("Calibri", 10.5, accent="00594F")
    doc.header("ITAG022 – Meeting Minutes", "DRAFT")
    doc.footer("Integration Testing Advisory Group", "Page {PAGE} of {NUMPAGES}")
    doc.h("Integration Testing Advisory Group (ITAG)", 1)
    doc.p("**Meeting Minutes**", size=13)
    tabs = (4.0,)
    doc.p("**Meeting number:**\tITAG022", tabs=tabs, space_after=0)
    doc.p("**Date:**\tWednesday 4 June 2025", tabs=tabs, space_after=0)
    doc.p("**Time:**\t13:00 – 15:30", tabs=tabs, space_after=0)
    doc.p("**Venue:**\tProgramme offices, Kingsway, London and MS Teams", tabs=tabs, space_after=0)
    doc.p("**Status:**\tDRAFT – subject to approval at ITAG023", tabs=tabs)

    doc.h("Attendees", 2)
    doc.table([
        ["Name", "Initials", "Organisation", "Role"],
        ["Members"],
        ["Harriet Quayle", "HQ", "MHHS Programme", "Chair"],
        ["Jasmine Sandhu", "JS", "Elexon", "Elexon Representative"],
        ["Jonah Slater", "JS", "SECAS", "SEC Representative"],
        ["Oskar Lindgren", "OL", "Brightwell Energy", "Large Supplier Representative"],
        ["Maya Chaudhry (part meeting)", "MC", "Fenland Power", "Medium Supplier Representative"],
        ["Ruairi Doyle", "RD", "Northmoor Networks", "DNO Representative"],
        ["Adaeze Nwosu", "AN", "Keystone Metering", "Supplier Agent Representative"],
        ["Kieran Fitch", "KF", "RECCo", "RECCo Representative"],
        ["Sunniva Berg", "SB", "DCC", "DCC Representative"],
        ["In attendance"],
        ["Bartholomew Ince", "BI", "MHHS Programme", "E2E Test Manager"],
        ["Leontine Drury", "LD", "MHHS Programme", "Secretariat"],
        ["Ravi Menon", "RM", "IPA", "Assurance Lead"],
        ["Apologies"],
        ["Greta Holm", "GH", "Ofgem", "Observer"],
        ["Wilfred Amadi", "WA", "Calderbrook Supply", "Small Supplier Representative"],
    ], [4.8, 2.1, 4.3, 5.8], shade="00594F")

    doc.h("1. Welcome, apologies and previous minutes", 2)
    doc.p("HQ welcomed members. Apologies were received from Greta Holm and Wilfred Amadi; no alternate had "
          "been nominated for the Small Supplier seat. Members noted that two attendees share the initials "
          "JS and that actions are therefore assigned as JS (Elexon) and JS (SECAS).")
    doc.p("The minutes of ITAG021 held on 7 May 2025 were approved subject to one amendment to the wording of "
          "section 3. Action ITAG21-02 was confirmed as complete and closed; ITAG21-04 remains open.")

    doc.h("2. E2E Migration and Cutover Testing Approach", 2)
    doc.p("BI presented version 1.3 of the End-to-End Migration and Cutover Testing Approach, which "
          "incorporates the comments received on version 1.2 during the May review window.")
    doc.p("JS (Elexon) confirmed that the Elexon test data catalogue would be updated to cover the new "
          "migration scenarios. JS (SECAS) asked whether SEC parties would be in scope for the qualification "
          "window; BI confirmed they would, for DCC-facing flows only.")
    doc.p("The Chair approved the baselining of the End-to-End Migration and Cutover Testing Approach "
          "version 1.3.")

    doc.h("3. CR 043 Qualification Testing Window", 2)
    doc.p("BI introduced CR 043 (Extension of the Qualification Testing Window), raised by Northmoor Networks "
          "on 14 April 2025. CR 043 would extend qualification testing by three weeks to absorb the late "
          "delivery of test environments. ITAG was asked for a recommendation to the DAG.")
    doc.table([
        ["Constituency", "Member", "Recommendation", "Rationale"],
        ["Elexon Representative", "JS", "Approve", "Central systems can support the extended window."],
        ["SEC Representative", "JS", "Abstain", "Limited impact on SEC parties."],
        ["Large Supplier Representative", "OL", "Approve", "Reduces risk to the migration schedule."],
        ["Medium Supplier Representative", "MC", "Reject", "Extension increases the cost of test teams."],
        ["DNO Representative", "RD", "Approve", "Proposer of the change."],
        ["Supplier Agent Representative", "AN", "Reject", "Agents need the original dates to hold."],
        ["RECCo Representative", "KF", "Approve", "No objection from the REC Code Manager."],
        ["DCC Representative", "SB", "Abstain", "DCC had not completed its assessment."],
        ["Small Supplier Representative", "–", "–", "Constituency representative not in attendance"],
    ], [4.2, 2.1, 4.2, 6.5], shade="00594F")
    doc.p("The Chair summarised that four members recommended approval, two recommended rejection, two "
          "abstained and one constituency was not represented. ITAG will therefore recommend approval of "
          "CR 043 to the DAG.")

    doc.h("4. MHHS-CR-041 Test Environment Refresh Cadence", 2)
    doc.p("LD reminded members that MHHS-CR-041 (Test Environment Refresh Cadence) proposes a fortnightly "
          "refresh of the shared test environments. AN noted that the options paper had not yet been "
          "circulated, so members could not form a view.")
    doc.p("ITAG agreed to defer its recommendation on MHHS-CR-041 to ITAG023, once the options paper has "
          "been circulated.")

    doc.h("5. Any other business", 2)
    doc.p("RM noted that the IPA assurance report on SIT exit will be shared at ITAG023. There was no other "
          "business. The next meeting will be held on 2 July 2025.")

    doc.h("Decisions", 2)
    doc.table([
        ["Ref", "Decision"],
        ["ITAG-DEC40", "Minutes of ITAG021 approved subject to one amendment to section 3."],
        ["ITAG-DEC41", "The Chair approved the baselining of the End-to-End Migration and Cutover Testing "
                       "Approach version 1.3."],
        ["ITAG-DEC42", "ITAG recommended approval of CR 043 to the DAG."],
        ["ITAG-DEC43", "ITAG agreed to defer its recommendation on MHHS-CR-041 to ITAG023."],
    ], [3.0, 14.0], shade="00594F")

    doc.h("Actions", 2)
    doc.table([
        ["Ref", "Action", "Owner", "Due Date"],
        ["ITAG22-01", "Update the Elexon test data catalogue for the new migration scenarios", "JS (Elexon)",
         "18/06/2025"],
        ["ITAG22-02", "Confirm SEC party readiness for the qualification testing window", "JS (SECAS)",
         "18/06/2025"],
        ["ITAG22-03", "Write to the DAG Chair with the ITAG recommendation on CR 043", "Chair", "11/06/2025"],
        ["ITAG22-04", "Circulate the environment refresh options paper for MHHS-CR-041",
         "Programme (Bartholomew Ince)", "25/06/2025"],
        ["ITAG22-05", "Provide supplier agent views on the proposed defect triage timescales",
         "Keystone Metering (Adaeze Nwosu)", "02/07/2025"],
        ["ITAG21-04", "Publish the test environment booking calendar", "Programme (Leontine Drury)",
         "18/06/2025"],
    ], [2.5, 7.6, 4.1, 2.8], shade="00594F")
    return doc


# ---------------------------------------------------------------------------------------------
# 3. docx-bsc-panel: code panel, Name | Role | Initials | Company, P-numbers, paper ids in headings,
#    Panel decision wording, AP action table.


def build_bsc_panel() -> Doc:
    doc = Doc("Times New Roman", 11, accent="000000")
    doc.header("Balancing Code Panel – Meeting No. 342", "12 June 2025")
    doc.footer("© Balancing Code Company 2025", "Page {PAGE} of {NUMPAGES}", centre=True)
    doc.p("**BALANCING CODE PANEL**", size=15, align="center")
    doc.p("**MINUTES OF MEETING NO. 342**", size=12, align="center")
    doc.p("Date:\tThursday 12 June 2025", tabs=(3.0,), space_after=0)
    doc.p("Time:\t10:00 – 14:15", tabs=(3.0,), space_after=0)
    doc.p("Venue:\tFleet Street Conference Centre, London and Microsoft Teams", tabs=(3.0,), space_after=0)
    doc.p("Classification:\tPublic", tabs=(3.0,))

    doc.p("**Attendees**")
    doc.table([
        ["Name", "Role", "Initials", "Company"],
        ["Ottilie Barraclough", "Chair", "OB", ""],
        ["Hamish Dunmore", "Supplier Member", "HD", "Greystone Energy"],
        ["Priti Varma", "Supplier Member", "PV", "Larchfield Supply"],
        ["Isobel Fane", "Generator Alternate", "IF", "Tidewater Generation"],
        ["Nkechi Ward", "Distribution Member", "NW", "Southvale Distribution"],
        ["Tomasz Zielinski", "Transmission Company Member", "TZ", "National Grid ESO"],
        ["Agnes Kerr", "Consumer Member", "AK", ""],
        ["Felix Armitage", "Independent Member", "FA", ""],
        ["Lowri Pennant", "Observer", "LP", "Ofgem"],
        ["Ciaran Hollis", "Panel Secretary", "CH", "Balancing Code Company"],
        ["Yasmin Ridley", "Lead Analyst", "YR", "Balancing Code Company"],
    ], [4.6, 5.6, 1.8, 5.0], shade="404040")
    doc.p("**Apologies**")
    doc.p("Apologies were received from Rhys Calloway (Generator Member) and Gideon Marr (Supplier Member). "
          "Isobel Fane attended as Alternate for Rhys Calloway.")

    doc.h("1. Introduction and Chair's Report (342/01)", 2)
    doc.p("The Chair welcomed Panel Members and confirmed the meeting was quorate. No conflicts of interest "
          "were declared.")

    doc.h("2. Minutes of Meeting 341 and Actions Outstanding (342/02)", 2)
    doc.p("The Panel approved the minutes of Meeting 341 held on 8 May 2025 without amendment. The Panel "
          "Secretary reported that all actions from Meeting 341 had been completed.")

    doc.h("3. P502 'Settlement Data Retention Periods' – Draft Final Modification Report (342/03)", 2)
    doc.p("YR presented the Draft Final Modification Report for P502, which shortens the retention period "
          "for settlement data held by central systems from fourteen to ten years. The P502 Workgroup "
          "recommends approval, and the consultation responses were unanimously supportive.")
    doc.p("HD asked whether parties would need to change their own retention policies. YR confirmed P502 "
          "applies to central systems only.")
    doc.p("The Panel approved P502 as a Self-Governance Modification, with an Implementation Date of 26 "
          "February 2026.")

    doc.h("4. P505 'Removal of Legacy Meter Technical Details Validation' – Final Modification Report "
          "(342/04)", 2)
    doc.p("YR presented the Final Modification Report for P505. The P505 Workgroup recommends approval by "
          "a majority. NW and PV believed the removal of the validation would reduce data quality in the "
          "half-hourly market, and FA considered the cost-benefit case had not been made.")
    doc.p("The Panel recommended rejection of P505 to the Authority.")
    doc.p("LP noted that the Authority would consider the Final Modification Report in due course.")

    doc.h("5. P507 'Half-Hourly Settlement Reporting Alignment' – Assessment Report (342/05)", 2)
    doc.p("YR explained that P507 interacts with the CUSC modification CMP447 'Connection Charging Data "
          "Exchange' and with DCP 471 'Distribution Charging Data Alignment', which is still with the "
          "DCP 471 Working Group. TZ confirmed CMP447 would go to the CUSC Panel in July.")
    doc.p("The Panel agreed to defer its decision on P507 to Meeting 343, so that the solutions for CMP447 "
          "and DCP 471 can be considered alongside it.")

    doc.h("6. Chief Executive's Report (342/06)", 2)
    doc.p("CH presented the Chief Executive's Report, covering the code change pipeline, the central systems "
          "release schedule and the Panel's annual budget.")
    doc.p("The Panel:")
    doc.p("a)\tNOTED the Chief Executive's Report; and", tabs=(1.0,), indent_cm=0.5, space_after=0)
    doc.p("b)\tNOTED the updated release schedule for the November 2025 release.", tabs=(1.0,), indent_cm=0.5)

    doc.h("7. Any Other Business", 2)
    doc.p("AK asked that the Panel receive a summary of consumer impacts for each modification going forward. "
          "The next Panel meeting, Meeting No. 343, will be held on Thursday 10 July 2025.")

    doc.h("Actions arising", 2)
    doc.table([
        ["Action", "Description", "Who", "Status"],
        ["AP1", "Issue the P502 Final Modification Report and notify parties of the Panel's determination",
         "YR", "Open"],
        ["AP2", "Send the P505 Final Modification Report to the Authority", "Panel Secretary", "Open"],
        ["AP3", "Circulate the revised Panel budget spreadsheet", "CH", "Closed"],
        ["AP4", "Provide the CMP447 Workgroup timetable to Panel Members", "TZ", "Open"],
        ["AP5", "Add a consumer impact summary to future modification reports", "YR", "Open"],
    ], [1.8, 10.0, 3.0, 2.2], shade="404040")
    return doc


# ---------------------------------------------------------------------------------------------
# 4. docx-unc-workgroup: gas workgroup, title sentence identity, two people per line, inline actions,
#    AGREED:, prose vote.


def build_unc_workgroup() -> Doc:
    doc = Doc("Arial", 10, accent="3B3B3B")
    doc.header("UNC Shrinkage and Settlement Workgroup Minutes", "Thursday 19 June 2025")
    doc.footer("Joint Office of Gas Transporters", "Page {PAGE} of {NUMPAGES}")
    doc.p("**Minutes of the Shrinkage and Settlement Workgroup meeting held on Thursday 19 June 2025 at "
          "10:00, via Microsoft Teams**", size=12)
    doc.p("**Attendees**")
    tabs = (8.6,)
    pairs = [
        ("Eleanor Whitcombe (Chair) (EW) – Joint Office", "Ruth Abernethy (Secretary) (RA) – Joint Office"),
        ("Annika Lowe (AL) – Pennine Gas Networks", "Bryony Tait (BT) – Coastline Shipping"),
        ("Colm Furlong (CF) – Thornbury Energy", "Delia Marchetti (DM) – Ofgem"),
        ("Ewan Gilchrist (EG) – Highmoor Gas Transmission", "Fatima Rahman (FR) – Eastgate Energy"),
        ("Gavin Lusk (GL) – Xoserve", "Hester Lomax (HL) – Saltmarsh Supply"),
        ("Ivo Pendry (IP) – Westbay Gas Distribution (from 11:30)", "Jude Okonkwo (JO) – Lindenfield Power"),
        ("Kasia Wrobel (KW) – Riverside Storage", "Lionel Ashdown (LA) – Marram Energy"),
    ]
    for left, right in pairs:
        doc.p(f"{left}\t{right}", tabs=tabs, space_after=0, size=9.5)
    doc.p("")
    doc.p("**Apologies**")
    doc.p("Morwenna Tregear (MT) – Fenwick Shipping", space_after=0, size=9.5)
    doc.p("Nils Ekberg (NE) – Xoserve", size=9.5)
    doc.p("Copies of all papers are available at: www.gasgovernance.example/sswg/190625", italic=True, size=9)

    doc.h("1.0 Introduction and Status Review", 2)
    doc.p("EW welcomed all parties to the meeting and confirmed the meeting was quorate.")
    doc.h("1.1 Approval of Minutes (22 May 2025)", 3)
    doc.p("**AGREED:** The minutes of the 22 May 2025 meeting were approved without amendment.")
    doc.h("1.2 Review of Outstanding Actions", 3)
    doc.p("**Action 0312/02:** Joint Office (RA) to publish the Review Group 0312 request on the website. "
          "**Update:** RA confirmed the request had been published. **Closed.**")
    doc.p("**Action 0312/03:** Xoserve (GL) to provide the shrinkage volumes by Local Distribution Zone for "
          "2023/24. **Update:** GL advised the data would be available next month. **Carried Forward.**")

    doc.h("2.0 Modification 0893 – Revision of Unidentified Gas Reconciliation Factors", 2)
    doc.p("AL introduced the revised draft Workgroup Report for Modification 0893, noting the changes made "
          "since the May meeting to the worked examples and the implementation costs provided by Xoserve.")
    doc.p("FR questioned whether the revised reconciliation factors should apply from the start of a gas "
          "year. AL explained that the proposal would apply them from the first month after implementation, "
          "and that this had been discussed at length in the April meeting.")
    doc.p("**ACTION 0893/01:** Xoserve (GL) to publish the revised reconciliation factor table ahead of the "
          "next meeting.")
    doc.p("Workgroup participants were asked whether the Workgroup Report for Modification 0893 was ready to "
          "be submitted to the UNC Modification Panel. Seven members voted to approve, two against and one "
          "abstained.")
    doc.p("**AGREED:** The Workgroup Report for Modification 0893 will be submitted to the UNC Modification "
          "Panel on 17 July 2025.")

    doc.h("3.0 Modification 0894 and UNC 0894B – Shipper Credit Cover for Shrinkage Imbalances", 2)
    doc.p("CF explained that UNC 0894B had been raised by Thornbury Energy on 2 June 2025 as an alternative "
          "to Modification 0894, replacing the fixed credit cover multiplier with one based on the previous "
          "twelve months of shrinkage imbalances.")
    doc.p("BT and JO supported the principle of the alternative but asked for worked examples before "
          "forming a view. AL agreed to provide worked examples of the credit cover calculation for both "
          "proposals before the next meeting (Action: AL).")
    doc.p("**ACTION 0894/01:** Highmoor Gas Transmission (EG) to confirm whether the credit cover changes "
          "require changes to the Transmission Services Credit Rules by 10 July 2025.")
    doc.p("**AGREED:** Modification 0894 and UNC 0894B will be assessed together, with a single Workgroup "
          "Report.")

    doc.h("4.0 Review Group 0312 – Review of Shrinkage Estimation Methodology", 2)
    doc.p("RA presented the draft terms of reference for Review Group 0312. KW asked that storage operators "
          "be included in the scope of the review, and RA undertook to "
          "reflect this in the draft.")
    doc.p("**ACTION 0312/04:** Joint Office (RA) to circulate the amended Review Group 0312 terms of reference "
          "by 26 June 2025.")
    doc.p("IP offered to share the Westbay leakage model, which GL would compare with the national model "
          "(Action: GL).")
    doc.p("**AGREED:** The Review Group 0312 report will be presented to the UNC Modification Panel in "
          "October 2025.")

    doc.h("5.0 Any Other Business", 2)
    doc.p("None raised.")
    doc.h("6.0 Diary Planning", 2)
    doc.p("The next meeting will be held on Thursday 17 July 2025 at 10:00, via Microsoft Teams.")
    return doc


# ---------------------------------------------------------------------------------------------
# 5. docx-gridcode-wg: Grid Code workgroup, "Workgroup meeting 2", grouped attendee table with the
#    label on the first row only, named division, moved/seconded/carried, ID | Action | Owner | By when.


def build_gridcode_wg() -> Doc:
    doc = Doc("Arial Narrow", 10.5, accent="7B2C83")
    doc.header("GC0191/192/193 Workgroup meeting 2 – Minutes", "Public")
    doc.footer("Grid Code Workgroup", "- Page {PAGE} of {NUMPAGES} -", centre=True)
    doc.p("**Minutes**", size=16)
    doc.p("**Meeting name:** GC0191/192/193 Workgroup meeting 2", space_after=0)
    doc.p("**Date:** 24/06/2025   **Time:** 09:30 – 12:00   **Location:** Microsoft Teams")

    doc.h("Attendees", 2)
    doc.table([
        ["", "Name", "Initials", "Company", "Role"],
        ["Members", "Thea Blackwood", "TB", "Corrie Wind Ltd", "Workgroup Member"],
        ["", "Dominic Sauer", "DS", "Hollin Renewables", "Workgroup Member"],
        ["", "Ingrid Falk", "IF", "Brackwater Storage", "Workgroup Member"],
        ["", "Obi Nnamdi", "ON", "Eastreach Networks", "Workgroup Member (Alternate for Petra Klein)"],
        ["", "Sven Hartley", "SH", "Glenmore Power", "Workgroup Member"],
        ["", "Leah Costa", "LC", "Solent Grid Services", "Workgroup Member (Proposer)"],
        ["", "Tariq Hussain", "TH", "National Grid ESO", "Workgroup Member"],
        ["In Attendance", "Wendell Strachan", "WS", "National Grid ESO", "Chair"],
        ["", "Ines Oyelaran", "IO", "National Grid ESO", "Technical Secretary"],
        ["", "Giles Padmore", "GP", "Ofgem", "Authority Representative"],
        ["", "Zara Quinlan", "ZQ", "National Grid ESO", "Presenter (items 4-5 only)"],
        ["Apologies", "Petra Klein", "PK", "Eastreach Networks", "Workgroup Member"],
    ], [2.6, 3.6, 1.6, 3.8, 5.4], shade="7B2C83", shade_label_col="EFE3F1", label_col_bold=True)

    doc.h("1. Introductions and apologies", 2)
    doc.p("WS welcomed the Workgroup to its second meeting and noted apologies from Petra Klein, for whom "
          "Obi Nnamdi attended as Alternate.")

    doc.h("2. Minutes and actions from Workgroup meeting 1", 2)
    doc.p("The minutes of Workgroup meeting 1 held on 27/05/2025 were approved.")
    doc.p("Action WG1-01 (circulate the Terms of Reference): complete, closed. Action WG1-02 remains open "
          "and is carried forward as WG2-01.")

    doc.h("3. Background and timeline", 2)
    doc.p("LC recapped the three modifications: GC0191: Grid Forming Capability Requirements; GC0192: Grid "
          "Forming Compliance Testing; and GC0193: Grid Forming Data Submissions. GC0191/192/193 are being "
          "progressed by a single Workgroup. The related modification GC0177 'Fast Fault Current Injection' "
          "has already been implemented and defines the baseline for the new requirements.")
    doc.p("TH explained that the consequential CUSC change CMP455 'Grid Forming Service Charges' will need "
          "its own Workgroup, and that the current timetable does not allow for the joint consultation.")
    doc.p("A proposal to request a three-month extension to the Workgroup timetable from the Grid Code "
          "Review Panel was moved by Leah Costa, seconded by Dominic Sauer, and carried.")

    doc.h("4. Grid forming test results", 2)
    doc.p("ZQ presented the results of the grid forming simulation studies for three plant types. SH "
          "questioned the choice of short circuit ratio for the weak grid case; ZQ agreed to share the "
          "sensitivity runs.")

    doc.h("5. Workgroup views on GC0191", 2)
    doc.p("The Chair asked Workgroup members whether the GC0191 Original Proposal better facilitates the "
          "Applicable Grid Code Objectives than the current baseline. The indicative vote was as follows:")
    doc.p("For: Thea Blackwood, Dominic Sauer, Leah Costa, Tariq Hussain; Against: Sven Hartley; Abstain: "
          "Ingrid Falk, Obi Nnamdi.", indent_cm=0.6)
    doc.p("The Workgroup recommends that the GC0191 Original Proposal proceeds to Code Administrator "
          "Consultation.")
    doc.p("The Workgroup agreed that GC0192 and GC0193 will be consulted on jointly with CMP455.")

    doc.h("6. Next steps and any other business", 2)
    doc.p("The next Workgroup meeting will be held on 22/07/2025.")

    doc.h("Actions", 2)
    doc.table([
        ["ID", "Action", "Owner", "By when"],
        ["WG2-01", "Circulate the updated GC0191 legal text to the Workgroup", "IO", "ASAP"],
        ["WG2-02", "Confirm the CMP455 Workgroup timetable", "TH", "TBC"],
        ["WG2-03", "Provide the grid forming test data for the battery storage case", "LC", "08/07/2025"],
        ["WG2-04", "Write to the Grid Code Review Panel requesting the timetable extension", "Chair",
         "27/06/2025"],
        ["WG2-05", "Share the short circuit ratio sensitivity runs", "ZQ", "15/07/2025"],
    ], [2.0, 9.2, 2.8, 3.0], shade="7B2C83")
    return doc


DOCUMENTS = {
    "docx-psg-yesno": build_psg_yesno,
    "docx-tmag-orgtable": build_tmag_orgtable,
    "docx-bsc-panel": build_bsc_panel,
    "docx-unc-workgroup": build_unc_workgroup,
    "docx-gridcode-wg": build_gridcode_wg,
}


def convert(docx_paths: list[Path], out_dir: Path) -> None:
    """Convert DOCX files to PDF with LibreOffice, using a private profile so parallel runs don't clash."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not installed")
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-docx-"))
    try:
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(out_dir), *map(str, docx_paths)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "HOME": str(profile)})
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def build(documents: dict, default_out: Path, description: str, argv: list[str] | None = None) -> int:
    """The command line of a DOCX generator: build the chosen ``documents`` (stem -> a function making
    its Doc), convert them to PDF with LibreOffice, print each PDF's size."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("stems", nargs="*", help=f"documents to build (default: all of {list(documents)})")
    parser.add_argument("--out", default=str(default_out),
                        help=f"output folder (default: {default_out.relative_to(HERE.parent.parent)}/)")
    parser.add_argument("--keep-docx", action="store_true", help="keep the DOCX sources next to the PDFs")
    args = parser.parse_args(argv)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    stems = args.stems or list(documents)
    unknown = [s for s in stems if s not in documents]
    if unknown:
        parser.error(f"unknown stems: {unknown}")
    with tempfile.TemporaryDirectory(prefix="make-docx-") as tmp:
        docx_dir = out_dir if args.keep_docx else Path(tmp)
        paths = []
        for stem in stems:
            path = docx_dir / f"{stem}.docx"
            documents[stem]().save(path)
            paths.append(path)
        convert(paths, out_dir)
    for stem in stems:
        pdf = out_dir / f"{stem}.pdf"
        print(f"{pdf}: {pdf.stat().st_size} bytes")
    return 0


def main(argv: list[str] | None = None) -> int:
    return build(DOCUMENTS, HERE, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
