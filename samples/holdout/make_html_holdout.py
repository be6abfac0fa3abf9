"""Build the HELD-OUT FICTIONAL minutes printed from HTML by headless Chromium.

    .venv/bin/python samples/holdout/make_html_holdout.py                 # both documents
    .venv/bin/python samples/holdout/make_html_holdout.py holdout-html-university
    .venv/bin/python samples/holdout/make_html_holdout.py --check         # gold strings against the PDFs

- ``holdout-html-university``: a university senate committee; title sentence, role-first attendance
  ("The Vice-Chancellor (Professor H Marwick) in the Chair"), "Secretary:" line, "Apologies:" prose,
  run-on minute numbers ("Minute 5604"), RESOLVED / NOTED / RECEIVED / RECOMMENDED / AGREED to defer,
  "(Action: Registrar)" tails.
- ``holdout-html-charity``: a charity board of trustees; "Trustees present:" one "Name – Role" per line,
  "In attendance (staff):", "Apologies received from:", "Declarations of interest: none", "Action: JB"
  paragraph tails, a show-of-hands count, and a "Decisions" summary list at the END.

All bodies, people, organisations, dates, ids and text are invented. Running headers and footers are
CSS ``@page`` margin boxes, which Chromium prints on every page.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GOLD = ROOT / "tests" / "gold" / "holdout"
sys.path.insert(0, str(ROOT / "samples" / "layouts"))
sys.path.insert(0, str(ROOT / "samples"))

import gold_check  # noqa: E402  (the --check of every generator)
from make_html import e, page, print_html  # noqa: E402  (the layouts' page shell and its one Chromium print step)

# ---------------------------------------------------------------------------------------------
# 1. holdout-html-university
# ---------------------------------------------------------------------------------------------

UNI_CSS = """
@page {
  size: A4; margin: 24mm 20mm 22mm 24mm;
  @top-left { content: "University of Ashcombe"; font: italic 8.5pt 'Liberation Serif', serif; color: #444; }
  @top-right { content: "SASC  \\2022  14 May 2025  \\2022  Unconfirmed"; font: 8.5pt 'Liberation Serif', serif;
               color: #444; }
  @bottom-center { content: "- " counter(page) " -"; font: 9pt 'Liberation Serif', serif; }
  @bottom-right { content: "Date of issue: 21 May 2025"; font: 7.5pt 'Liberation Serif', serif; color: #666; }
}
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; line-height: 1.35; color: #000; }
.crest { text-align: center; font-variant: small-caps; letter-spacing: 0.06em; font-size: 13pt; margin-bottom: 2pt; }
.sub { text-align: center; font-size: 10pt; margin: 0 0 10pt 0; }
.title { text-align: center; font-weight: bold; font-size: 11.5pt; margin: 10pt 30pt 4pt 30pt; }
.status { text-align: center; font-style: italic; font-size: 10pt; margin-bottom: 14pt; }
p { margin: 0 0 6pt 0; text-align: justify; }
.att { margin-left: 0; }
.att b { font-weight: bold; }
.minute { display: flex; margin-top: 10pt; page-break-inside: auto; }
.minute .no { width: 27mm; flex: none; font-weight: bold; }
.minute .txt { flex: 1; }
.minute h3 { font-size: 11pt; font-weight: bold; text-transform: uppercase; margin: 0 0 3pt 0; }
.paper { font-style: italic; font-size: 9.5pt; margin: 0 0 4pt 0; }
.res { margin-left: 8mm; }
.close { margin-top: 14pt; }
.sig { margin-top: 26pt; font-size: 10pt; }
"""


def _minute(no: str, title: str, paras: list[str], paper: str = "") -> str:
    out = [f'<div class="minute"><div class="no">Minute {e(no)}</div><div class="txt">', f"<h3>{e(title)}</h3>"]
    if paper:
        out.append(f'<p class="paper">{e(paper)}</p>')
    for para in paras:
        cls = ' class="res"' if para.startswith(("RESOLVED", "NOTED", "RECEIVED", "RECOMMENDED", "AGREED")) else ""
        out.append(f"<p{cls}>{e(para)}</p>")
    out.append("</div></div>")
    return "\n".join(out)


UNI_BODY = "\n".join([
    '<div class="crest">University of Ashcombe</div>',
    '<div class="sub">Senate Academic Standards Committee (SASC)</div>',
    '<div class="title">MINUTES of the meeting of the Senate Academic Standards Committee held in the Council Room, '
    "Old College, on Wednesday 14 May 2025 at 2.00 pm</div>",
    '<div class="status">Unconfirmed minutes – subject to approval by the Committee</div>',
    '<p class="att"><b>Present:</b> The Vice-Chancellor (Professor H Marwick) in the Chair; the Deputy '
    "Vice-Chancellor (Professor T Okonjo); the Pro-Vice-Chancellor (Education) (Professor R Sandoval); the Dean "
    "of the Faculty of Science and Engineering (Professor E Whitcombe); Dr P Ainsworth; Professor L Brennan; "
    "Dr S Chaudhry; Dr V Lindqvist (deputising for Professor D Kastner); Mr J Fairlie (President, Students' "
    "Union); Ms K Ilves (co-opted member).</p>",
    '<p class="att"><b>In attendance:</b> The Academic Registrar (Mr N Halloran); Dr F Ogunleye, Head of Quality '
    "Assurance (for Minute 5606 only); Ms A Strand, Director of Library Services (for Minute 5607 only).</p>",
    '<p class="att"><b>Secretary:</b> Mrs G Penhaligon</p>',
    '<p class="att"><b>Apologies:</b> Apologies for absence were received from Professor D Kastner (Dean of the '
    "Faculty of Arts and Humanities), Dr M Oyelaran and Ms W Tran (Vice-President Education, Students' "
    "Union).</p>",
    _minute("5601", "Welcome and declarations of interest", [
        "The Chair welcomed Dr Lindqvist, who was attending on behalf of the Dean of the Faculty of Arts and "
        "Humanities. No declarations of interest were made.",
    ]),
    _minute("5602", "Minutes of the previous meeting", [
        "The Committee considered the minutes of its meeting held on 12 March 2025.",
        "RESOLVED: to approve the minutes of the meeting held on 12 March 2025 as a correct record.",
    ], paper="Paper SASC/25/30"),
    _minute("5603", "Matters arising", [
        "Minute 5589 (External Examiner nominations): the Secretary reported that the two outstanding "
        "nominations had now been confirmed by the Faculties, so that no programme would begin the 2025-26 "
        "session without an appointed examiner.",
    ]),
    _minute("5604", "Periodic Programme Review: School of Earth Sciences", [
        "RECEIVED the report of the Periodic Review Panel for the School of Earth Sciences, presented by the "
        "Pro-Vice-Chancellor (Education).",
        "The Panel had commended the School's fieldwork provision and its support for part-time students, and "
        "had set four conditions, the most significant concerning the consistency of feedback on coursework. "
        "Professor Brennan asked whether the conditions could be met within the current staffing; Professor "
        "Whitcombe confirmed that a plan had already been drawn up with the Head of School.",
        "RESOLVED: to approve the continuation of the School's taught programmes for a further six years, "
        "subject to the conditions set out in the Panel's report.",
        "The School's response to the conditions would be reported to the Committee by 30 September 2025 "
        "(Action: Professor Whitcombe)",
    ], paper="Paper SASC/25/31"),
    _minute("5605", "Code of Practice on Academic Appeals", [
        "The Academic Registrar introduced version 3.1 of the Code of Practice on Academic Appeals, which "
        "shortened the window for a first-stage appeal to fifteen working days and added an early resolution "
        "stage. Mr Fairlie welcomed the early resolution stage and asked that students be told clearly that it "
        "was optional.",
        "RESOLVED: to approve the revised Code of Practice on Academic Appeals, with effect from 1 August 2025.",
        "The revised Code would be published on the University website and Faculties advised of the changes "
        "by 30 June 2025 (Action: Registrar)",
    ], paper="Paper SASC/25/32"),
    _minute("5606", "Undergraduate Assessment Regulations 2025-26", [
        "Dr Ogunleye presented the proposed revisions to the Undergraduate Assessment Regulations, which "
        "aligned the rules on condonement across the three Faculties and removed the cap on resit marks for "
        "students with accepted extenuating circumstances.",
        "RECOMMENDED to Senate that the revised Undergraduate Assessment Regulations be approved for the "
        "2025-26 session.",
        "Members were not yet able to reach a view on the proposed changes to the postgraduate taught "
        "compensation rules, on which two Faculty Boards had still to give advice.",
        "AGREED to defer consideration of the postgraduate taught compensation rules to the June meeting.",
        "The Faculty Boards would be asked to submit their advice by 6 June 2025 (Action: Secretary)",
        "Professor Brennan left the meeting at 3.30 pm, during this item.",
    ], paper="Paper SASC/25/33"),
    _minute("5607", "Library and Learning Resources: Annual Report 2024-25", [
        "RECEIVED the annual report of the Director of Library Services.",
        "Ms Strand drew attention to the rise in the use of the digital reading-list service and to the "
        "number of reading lists that had not been reviewed for more than two years. Dr Ainsworth asked for "
        "the figures to be broken down by School.",
        "The reading-list review data, by School, would be circulated to the Deans by 13 June 2025 "
        "(Action: Director of Library Services)",
    ], paper="Paper SASC/25/34"),
    _minute("5608", "National Student Survey 2025: Interim Results", [
        "The Pro-Vice-Chancellor (Education) reported the interim results, which showed improvement in "
        "assessment and feedback but a fall in the scores for organisation and management in two Schools.",
        "NOTED the interim results of the National Student Survey 2025.",
        "The Pro-Vice-Chancellor (Education) would consult the Students' Union on the institutional action "
        "plan before it was finalised (Action: Pro-Vice-Chancellor (Education))",
    ]),
    _minute("5609", "Any other business", [
        "Dr Chaudhry reminded members that nominations for the Teaching Excellence Awards would close on "
        "30 May 2025. The shortlist would be circulated to members of the Committee once the judging panel "
        "had met (Action: Dr Chaudhry)",
    ]),
    _minute("5610", "Date of next meeting", [
        "The next meeting will be held on Wednesday 18 June 2025 at 2.00 pm in the Council Room, Old College.",
    ]),
    '<p class="close">The meeting closed at 4.10 pm.</p>',
    '<p class="sig">Signed ........................................ (Chair) &nbsp;&nbsp; '
    "Date ......................</p>",
])


# ---------------------------------------------------------------------------------------------
# 2. holdout-html-charity
# ---------------------------------------------------------------------------------------------

CHARITY_CSS = """
@page {
  size: A4; margin: 20mm 18mm 22mm 18mm;
  @top-right { content: "Board of Trustees \\2013  22 February 2025"; font: 8pt 'Liberation Sans', sans-serif;
               color: #5b2a86; }
  @bottom-left { content: "Brackenford Rivers Trust \\00B7  Registered charity no. 1187342";
                 font: 7.5pt 'Liberation Sans', sans-serif; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans', sans-serif; }
}
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1d1d1d; }
.org { font-size: 22pt; font-weight: bold; color: #5b2a86; margin: 0; }
.tag { font-size: 9pt; color: #555; margin: 0 0 8pt 0; }
h1 { font-size: 14pt; margin: 6pt 0 2pt 0; border-bottom: 2px solid #5b2a86; padding-bottom: 3pt; }
.when { font-size: 10pt; margin: 0 0 4pt 0; }
.status { font-size: 9pt; font-style: italic; color: #5b2a86; margin: 0 0 10pt 0; }
.lbl { font-weight: bold; margin: 8pt 0 2pt 0; }
.people { margin: 0 0 0 6mm; padding: 0; list-style: none; }
.people li { margin: 0; }
h2 { font-size: 11pt; color: #5b2a86; margin: 12pt 0 3pt 0; }
p { margin: 0 0 5pt 0; }
.act { font-weight: bold; color: #5b2a86; white-space: nowrap; }
.decisions { border: 1.5px solid #5b2a86; padding: 6pt 10pt; margin-top: 14pt; page-break-inside: avoid; }
.decisions h2 { margin-top: 0; }
.decisions ol { margin: 0; padding-left: 0; list-style: none; }
.decisions li { margin: 0 0 3pt 0; }
"""


def _people(label: str, rows: list[str]) -> str:
    items = "".join(f"<li>{e(r)}</li>" for r in rows)
    return f'<p class="lbl">{e(label)}</p><ul class="people">{items}</ul>'


def _ci(no: str, title: str, paras: list[tuple[str, str]]) -> str:
    out = [f"<h2>{e(no)}. {e(title)}</h2>"]
    for text, action in paras:
        tail = f' <span class="act">Action: {e(action)}</span>' if action else ""
        out.append(f"<p>{e(text)}{tail}</p>")
    return "\n".join(out)


CHARITY_DECISIONS = [
    "The Board approved the minutes of the meeting held on 23 November 2024.",
    "The Board approved the revised Reserves Policy, with a target of six months' unrestricted expenditure.",
    "The Board approved the Volunteer Expenses Policy, to take effect from 1 April 2025.",
    "The Board agreed to defer approval of the Fundraising Strategy 2025-2028 to the May meeting.",
    "The Board approved the purchase of 4.2 hectares of land at Coldharbour Meadows for up to £185,000.",
    "The Board agreed that the Trust should apply to the Heritage Waters Fund towards the restoration of "
    "Coldharbour Meadows.",
    "The Board noted the annual safeguarding report.",
]

CHARITY_BODY = "\n".join([
    '<p class="org">Brackenford Rivers Trust</p>',
    '<p class="tag">Caring for the Brack, the Lidden and their tributaries since 1998</p>',
    "<h1>Minutes of the Board of Trustees</h1>",
    '<p class="when">Meeting held on Saturday 22 February 2025, 10.30am &ndash; 1.05pm, at The Mill Room, '
    "Ferrier's Yard, Brackenford, and by Zoom</p>",
    '<p class="status">Status: approved by the Board at its meeting on 24 May 2025</p>',
    _people("Trustees present:", [
        "Margaret Olsen – Chair",
        "Dev Raghunathan – Vice-Chair",
        "Isla McCrae – Treasurer",
        "Tobias Wren – Trustee (safeguarding lead)",
        "Hannah Kowalczyk – Trustee (joined at 11.15am)",
        "Olu Adebayo – Trustee",
        "Fern Castellanos – Trustee (by Zoom)",
        "Gregor Lamont – Trustee (left at 12.20pm)",
        "Priya Sethi – Trustee",
        "Bernard Quist – Trustee",
    ]),
    _people("In attendance (staff):", [
        "Juliet Barrowcliffe – Chief Executive",
        "Rowan Teague – Head of Finance and Operations",
        "Ama Kessie – Volunteer Programme Manager (item 5 only)",
        "Lewis Pardoe – Governance Officer (minutes)",
    ]),
    _people("Also attending:", [
        "Nicola Fairbrother – Partner, Fairbrother Keane LLP (item 4 only)",
    ]),
    _people("Apologies received from:", [
        "Rosalind Achterberg – Trustee",
        "Kwesi Mensah – Trustee",
    ]),
    '<p class="lbl">Declarations of interest: none</p>',
    _ci("1", "Welcome and introductions", [
        ("The Chair welcomed trustees and staff, and thanked Fern Castellanos for joining remotely from the "
         "Lidden valley survey. The meeting was quorate.", ""),
    ]),
    _ci("2", "Minutes of the last meeting and matters arising", [
        ("The minutes of the meeting held on 23 November 2024 were accepted as an accurate record and signed by "
         "the Chair. Matters arising: the Chief Executive confirmed that the lease renewal for the Ferrier's Yard "
         "workshop had been signed, and that the new website had gone live on 3 February.", ""),
    ]),
    _ci("3", "Chief Executive's report", [
        ("JB presented her report. Volunteer hours were up 14% on the same quarter last year, and the eel-pass "
         "monitoring project on the lower Brack had been completed on time and within budget. Trustees welcomed "
         "the results and asked for more detail on volunteer retention.", ""),
        ("JB would circulate the full volunteer survey results to trustees by 14 March 2025.", "JB"),
    ]),
    _ci("4", "Finance: management accounts and Reserves Policy", [
        ("IM presented the management accounts to 31 January 2025, which showed unrestricted income slightly "
         "ahead of budget. Nicola Fairbrother summarised the auditor's management letter on the 2023-24 "
         "accounts; no significant weaknesses had been found.", ""),
        ("RT introduced the revised Reserves Policy, which raised the target from four to six months' "
         "unrestricted expenditure. Trustees discussed whether the higher target would slow the land "
         "acquisition programme and were satisfied that it would not.", ""),
        ("RT would update the risk register to reflect the new reserves target before the May meeting.", "RT"),
    ]),
    _ci("5", "Volunteer Expenses Policy", [
        ("AK presented the draft Volunteer Expenses Policy, which set mileage rates and a simpler claim form. "
         "OA asked that volunteers without bank accounts could still be reimbursed; AK confirmed that petty "
         "cash would remain available.", ""),
        ("AK would brief the volunteer team leaders on the new policy by 31 March 2025.", "AK"),
    ]),
    _ci("6", "Fundraising Strategy 2025-2028", [
        ("JB presented the draft strategy. Several trustees felt that the income projections for legacies "
         "were optimistic and should be tested before the strategy was approved.", ""),
        ("IM and RT would take the income projections to the Finance Committee on 18 March 2025.", "IM/RT"),
    ]),
    _ci("7", "Coldharbour Meadows land acquisition", [
        ("Gregor Lamont had left the meeting before this item. JB reported that the owner of 4.2 hectares of "
         "floodplain meadow at Coldharbour had accepted the Trust's offer in principle, subject to contract.", ""),
        ("A motion that the Trust purchase the land for up to £185,000 from the designated land fund was "
         "proposed by Dev Raghunathan and seconded by Priya Sethi. On a show of hands the motion was carried, "
         "with eight in favour and one abstention.", ""),
        ("JB would instruct the Trust's solicitors to begin the conveyancing by 7 March 2025.", "JB"),
        ("Trustees discussed the restoration costs, which the Heritage Waters Fund might meet in part. DR would "
         "prepare the grant application with the Chief Executive.", "DR"),
    ]),
    _ci("8", "Safeguarding", [
        ("Tobias Wren presented the annual safeguarding report. There had been two low-level concerns during "
         "the year, both resolved, and all staff and volunteer leaders were up to date with training.", ""),
    ]),
    _ci("9", "Any other business", [
        ("HK offered to write a short guide to the Trust's river monitoring sites for new trustees.", "HK"),
        ("The next meeting will be held on Saturday 24 May 2025 at 10.30am in The Mill Room. The meeting "
         "closed at 1.05pm.", ""),
    ]),
    '<div class="decisions"><h2>Decisions</h2><ol>'
    + "".join(f"<li>{n}. {e(t)}</li>" for n, t in enumerate(CHARITY_DECISIONS, start=1))
    + "</ol></div>",
])

DOCS: dict[str, tuple[str, str, str]] = {
    "holdout-html-university": (UNI_CSS, UNI_BODY, "SASC minutes 14 May 2025"),
    "holdout-html-charity": (CHARITY_CSS, CHARITY_BODY, "Board of Trustees minutes 22 February 2025"),
}


def render(stem: str, out_dir: Path) -> Path:
    css, body, title = DOCS[stem]
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{stem}.pdf"
    return print_html(page(css, body, title), out)


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--check":
        return gold_check.report(GOLD, HERE, argv[1:] or [s for s in DOCS if (GOLD / f"{s}.json").exists()])
    for stem in argv or list(DOCS):
        print(render(stem, HERE).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
