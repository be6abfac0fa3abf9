"""Build the FICTIONAL layout-test minutes printed from HTML by headless Chromium.

Each document is HTML + CSS defined below (deterministic content); the script writes the HTML to
a temporary folder and prints it to ``samples/layouts/<stem>.pdf`` with Chromium. Running headers
and footers ("Page 1 of N") come from CSS ``@page`` margin boxes, which Chromium supports.

    python samples/layouts/make_html.py              # all four
    python samples/layouts/make_html.py html-council # one
    python samples/layouts/make_html.py --check      # check the gold strings against the PDFs

All bodies, people, organisations, dates, ids and text are invented.
"""

from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GOLD = ROOT / "tests" / "gold" / "layouts"
CHROMIUM = "/usr/bin/chromium"
sys.path.insert(0, str(ROOT / "samples"))

import gold_check  # noqa: E402  (the --check of every generator)


def e(text: str) -> str:
    return html.escape(text, quote=False)


def page(css: str, body: str, title: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{e(title)}</title><style>{css}</style></head>\n<body>\n{body}\n</body></html>\n"
    )


# ---------------------------------------------------------------------------------------------
# 1. html-council: UK town council, title sentence, prose attendance, minute numbers with a year,
#    RESOLVED family, moved/seconded, recorded-vote table, "Clerk to ..." and an action list table.
# ---------------------------------------------------------------------------------------------

COUNCIL_CSS = """
@page {
  size: A4; margin: 2.2cm 2.3cm 2.4cm 2.3cm;
  @top-center { content: "Harrowmere Town Council \\2013  Ordinary Meeting \\2013  11 March 2025";
                font-family: 'Liberation Serif', serif; font-size: 9pt; color: #444; }
  @bottom-left { content: "Signed ..................................... Chair";
                 font-family: 'Liberation Serif', serif; font-size: 9pt; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages);
                  font-family: 'Liberation Serif', serif; font-size: 9pt; }
}
body { font-family: 'Liberation Serif', serif; font-size: 11.5pt; line-height: 1.35; }
h1 { font-size: 12.5pt; text-align: center; font-weight: bold; margin: 0 0 14pt 0; line-height: 1.4; }
p { margin: 0 0 7pt 0; text-align: justify; }
.label { font-weight: bold; }
h2 { font-size: 11.5pt; font-weight: bold; margin: 12pt 0 5pt 0; }
.res { margin-left: 1.2cm; font-weight: normal; }
.res b { letter-spacing: 0.3pt; }
.motion p { margin: 0 0 2pt 1.2cm; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 8pt 0; font-size: 11pt; }
th, td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #e6e6e6; }
td.n { text-align: center; width: 1.6cm; }
.closed { margin-top: 10pt; }
"""

COUNCIL_BODY = """
<h1>MINUTES OF THE ORDINARY MEETING OF HARROWMERE TOWN COUNCIL HELD IN THE COUNCIL CHAMBER, MARKET HALL,
HARROWMERE ON TUESDAY, 11 MARCH 2025 COMMENCING AT 7.15PM</h1>

<p><span class="label">Present:</span> Cllr M Okonjo (Chair), Cllr P Hartigan (Vice-Chair), Councillor Mrs J Whitlow,
Cllr R Baptiste, Cllr Dr S Kaur (arrived 7.40pm), Cllr T Brannigan, Cllr Mrs E Fairclough and Cllr N Quaye.</p>

<p><span class="label">In Attendance:</span> Mrs C Pellow &ndash; Town Clerk; Mr D Ashworth &ndash; Deputy Town Clerk
and Responsible Financial Officer; Mr L Grant &ndash; Police Community Support Officer, Wessex Police (for Minute
No. 39/25 only); and four members of the public.</p>

<p><span class="label">Absent:</span> Cllr G Marchetti.</p>

<h2>Minute No. 35/25: Apologies for Absence</h2>
<p>Apologies for absence were received from Councillors Vickery and Osei.</p>

<h2>Minute No. 36/25: Declarations of Interest</h2>
<p>Cllr Brannigan declared a personal interest in planning application 25/00412/FUL (Minute No. 40/25) as a
neighbour of the applicant. No other declarations were made.</p>

<h2>Minute No. 37/25: Minutes of the Previous Meeting</h2>
<p class="res"><b>RESOLVED</b> that the minutes of the Ordinary Meeting of the Council held on Tuesday, 11 February
2025 be approved as a correct record and signed by the Chair.</p>

<h2>Minute No. 38/25: Public Participation</h2>
<p>A resident spoke in support of keeping the branch library open (Minute No. 41/25 refers). A second resident
reported that the railings around the war memorial on Church Green were rusting and that two sections were
loose.</p>

<h2>Minute No. 39/25: Police Report</h2>
<p>Mr Grant presented the crime figures for February 2025: eleven incidents had been recorded in the parish, against
fourteen in January. Members asked about parking on the zig-zag markings outside St Aldhelm&rsquo;s School at
collection times; Mr Grant said that the neighbourhood team would carry out two further patrols before Easter.
Mr Grant left the meeting at the end of the item.</p>
<p class="res"><b>RESOLVED</b> that the report be noted.</p>

<h2>Minute No. 40/25: Planning Applications</h2>
<p>Having declared an interest, Cllr Brannigan left the room while the item was taken.</p>
<p>25/00412/FUL &ndash; 14 Fore Street, Harrowmere &ndash; Erection of a two-storey rear extension.</p>
<p class="res"><b>RESOLVED</b> that the Council raises no objection to the application.</p>
<p>Clerk to submit the Council&rsquo;s response to Wessex District Council by 14 March 2025.</p>
<p>Cllr Brannigan returned to the meeting.</p>

<h2>Minute No. 41/25: Proposed Closure of Harrowmere Branch Library</h2>
<p>The Chair reported that Wessex County Council had opened a consultation on the closure of four branch libraries,
including Harrowmere, closing on 28 March 2025. Members spoke of the library&rsquo;s use by the parent and toddler
group and by older residents without internet access.</p>
<div class="motion">
<p>Moved by Councillor Baptiste</p>
<p>Seconded by Councillor Whitlow</p>
<p>That the Council objects to the proposed closure of Harrowmere branch library and asks the County Council to
keep it open.</p>
</div>
<p>A recorded vote was requested by Cllr Hartigan.</p>
<table>
<tr><th>Vote</th><th>Councillors</th><th>Count</th></tr>
<tr><td>For</td><td>R Baptiste, Mrs J Whitlow, Dr S Kaur, T Brannigan and N Quaye</td><td class="n">5</td></tr>
<tr><td>Against</td><td>P Hartigan and Mrs E Fairclough</td><td class="n">2</td></tr>
<tr><td>Abstain</td><td>M Okonjo</td><td class="n">1</td></tr>
<tr><td>Conflict Of Interests</td><td>None</td><td class="n">0</td></tr>
</table>
<p>Motion status: Carried</p>
<p class="res"><b>RESOLVED</b> that the Council objects to the proposed closure of Harrowmere branch library and
that the Clerk writes to the Cabinet Member for Communities asking for the library to be kept open.</p>
<p>Clerk to write to the Cabinet Member for Communities before the consultation closes on 28 March 2025.</p>

<h2>Minute No. 42/25: Finance</h2>
<p>The Deputy Town Clerk presented the schedule of payments for February 2025 and the bank reconciliation to
28 February 2025, which had been checked by Cllr Fairclough.</p>
<p class="res"><b>RESOLVED</b> (1) that the schedule of payments for February 2025 totalling &pound;18,442.60 be
approved; and (2) that &pound;10,000 be transferred from the general reserve to the earmarked reserve for the
Recreation Ground play area.</p>
<p>Deputy Town Clerk to make the transfer to the earmarked reserve by 31 March 2025.</p>

<h2>Minute No. 43/25: War Memorial Railings</h2>
<p>Further to the resident&rsquo;s report under Minute No. 38/25, members hoped that the railings could be repaired
before the VE Day commemoration in May.</p>
<p>Clerk to obtain three quotations for the repair and repainting of the war memorial railings and report to the
April meeting.</p>
<p>Cllr Quaye to ask the local branch of the Royal British Legion whether it would contribute to the cost.</p>

<h2>Minute No. 44/25: Fore Street Crossing</h2>
<p>Cllr Hartigan reported further complaints about the speed of traffic near the Fore Street crossing.</p>
<p>Cllr Hartigan to meet the County Highways Officer on site and report back at the next meeting.</p>

<h2>Minute No. 45/25: Date of Next Meeting</h2>
<p>The next Ordinary Meeting of the Council will be held on Tuesday, 8 April 2025 at 7.15pm in the Council
Chamber.</p>

<p class="closed">There being no further business the Chair closed the meeting at 9.02pm.</p>

<h2>Action list</h2>
<table>
<tr><th>Minute</th><th>Action</th><th>Responsible</th><th>By</th></tr>
<tr><td>40/25</td><td>Submit the Council&rsquo;s response on 25/00412/FUL to Wessex District Council</td>
<td>Town Clerk</td><td>14 March 2025</td></tr>
<tr><td>41/25</td><td>Write to the Cabinet Member for Communities objecting to the library closure</td>
<td>Town Clerk</td><td>28 March 2025</td></tr>
<tr><td>42/25</td><td>Transfer &pound;10,000 to the play area earmarked reserve</td>
<td>Deputy Town Clerk</td><td>31 March 2025</td></tr>
<tr><td>43/25</td><td>Obtain three quotations for the war memorial railings</td>
<td>Town Clerk</td><td>April meeting</td></tr>
<tr><td>43/25</td><td>Ask the Royal British Legion branch about a contribution to the railings</td>
<td>Cllr Quaye</td><td>April meeting</td></tr>
<tr><td>44/25</td><td>Site meeting with the County Highways Officer on the Fore Street crossing</td>
<td>Cllr Hartigan</td><td>Next meeting</td></tr>
</table>
"""


# ---------------------------------------------------------------------------------------------
# 2. html-nhs-board: health board, status marks, one person per line with role after a dash or a
#    comma, decimal items in an Item | Minute | Action grid, NOTED / APPROVED / RESOLVED:,
#    "ACTION: XX to ...", an action log table, a substitute, "Page x of N".
# ---------------------------------------------------------------------------------------------

NHS_CSS = """
@page {
  size: A4; margin: 2.3cm 1.9cm 2.2cm 1.9cm;
  @top-left { content: "Tarrant Valley Health Board (TVHB) \\2013  Board Minutes 6 March 2025";
              font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; color: #005eb8; }
  @top-right { content: "DRAFT"; font-family: 'Liberation Sans', sans-serif; font-size: 10pt;
               font-weight: bold; color: #c00; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages);
                   font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; }
}
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.3; }
.status { font-weight: bold; font-size: 16pt; color: #c00; margin: 0 0 4pt 0; }
h1 { font-size: 13pt; color: #005eb8; margin: 0 0 3pt 0; }
.unconfirmed { font-style: italic; margin: 0 0 10pt 0; }
.att { margin: 0 0 8pt 0; }
.att .lab { font-weight: bold; margin: 6pt 0 2pt 0; }
.att div.l { margin-left: 0.6cm; }
table { border-collapse: collapse; width: 100%; }
table.grid td, table.grid th { border: 1px solid #7f7f7f; padding: 4pt 5pt; vertical-align: top; }
table.grid th { background: #d9e2f3; text-align: left; }
td.no { width: 1.1cm; font-weight: bold; }
td.act { width: 1.4cm; text-align: center; font-weight: bold; vertical-align: bottom !important; }
tr.sect td { background: #f2f2f2; font-weight: bold; }
.ih { font-weight: bold; margin: 0 0 3pt 0; }
td p { margin: 0 0 4pt 0; }
.actline { font-weight: bold; }
h2 { font-size: 11.5pt; color: #005eb8; margin: 14pt 0 5pt 0; }
table.log td, table.log th { border: 1px solid #7f7f7f; padding: 3pt 5pt; vertical-align: top; font-size: 10pt; }
table.log th { background: #d9e2f3; text-align: left; }
table.log td:first-child, table.log td:last-child { white-space: nowrap; }
"""


def _nhs_row(no: str, heading: str, paras: list[str], action: str = "") -> str:
    body = f'<p class="ih">{heading}</p>' + "".join(
        f'<p class="actline">{p}</p>' if p.startswith("ACTION:") else f"<p>{p}</p>" for p in paras
    )
    return f'<tr><td class="no">{no}</td><td>{body}</td><td class="act">{action}</td></tr>\n'


def _nhs_section(no: str, title: str) -> str:
    return f'<tr class="sect"><td class="no">{no}</td><td colspan="2">{title}</td></tr>\n'


NHS_BODY = (
    """
<p class="status">DRAFT</p>
<h1>Minutes of the Meeting of Tarrant Valley Health Board held on Thursday 6 March 2025 at 10.00am in the Boardroom,
Glanmor House, Penrhos</h1>
<p class="unconfirmed">(Unconfirmed &ndash; subject to approval at the next meeting)</p>

<div class="att">
<p class="lab">Members present:</p>
<div class="l">Dr Helen Ashdown (HA) &ndash; Chair</div>
<div class="l">Professor Marcus Delacroix (MD), Chief Executive</div>
<div class="l">Vice Chair &ndash; Mrs Ruth Adeyemi (RA)</div>
<div class="l">Mr Tomasz Wieczorek (TW), Director of Finance</div>
<div class="l">Dr Priya Raghunathan (PR) &ndash; Medical Director</div>
<div class="l">Ms Gwen Pritchard (GP) &ndash; Director of Nursing and Patient Experience</div>
<div class="l">Mr Idris Vaughan (IV) &ndash; Independent Member (Finance)</div>
<div class="l">Mrs Sian Llewellyn (SL) &ndash; Independent Member (Community)</div>
<div class="l">Mr Kwame Boateng (KB) &ndash; Independent Member (Digital) (from item 2.1)</div>
<div class="l">Ms Laura Henshaw (LH) &ndash; Deputy Chief Operating Officer (substituting for Mr Owain Pryce)</div>
<p class="lab">In attendance:</p>
<div class="l">Mrs Bethan Cole (BC) &ndash; Board Secretary</div>
<div class="l">Mr Ellis Jardine (EJ), Head of Capital and Estates (item 3.2 only)</div>
<div class="l">Ms Nadia Farouk &ndash; Engagement Lead, Cambrian Audit Partnership</div>
<p class="lab">Apologies:</p>
<div class="l">Mr Owain Pryce (OP) &ndash; Chief Operating Officer</div>
<div class="l">Professor Alun Whitcombe &ndash; Independent Member (University)</div>
<div class="l">Cllr Menna Howells &ndash; Independent Member (Local Authority)</div>
</div>

<table class="grid">
<tr><th>Item</th><th>Minute</th><th>Action</th></tr>
"""
    + _nhs_section("1", "PRELIMINARY MATTERS")
    + _nhs_row("1.1", "Welcome and Apologies", [
        "The Chair welcomed members, officers and the members of the public observing the meeting. Apologies "
        "were noted as listed above. The Chair welcomed Ms Henshaw, who was attending in place of the Chief "
        "Operating Officer.",
    ])
    + _nhs_row("1.2", "Declarations of Interest", [
        "Mr Idris Vaughan declared an interest in item 3.2 as a trustee of the Glanmor League of Friends, "
        "which has offered funding towards the ward refurbishment. He remained for the discussion but did not "
        "take part in the decision. No other interests were declared.",
    ])
    + _nhs_row("1.3", "Minutes of the Previous Meeting", [
        "The Board APPROVED the minutes of the meeting held on 6 February 2025 as an accurate record.",
    ])
    + _nhs_row("1.4", "Matters Arising and Action Log", [
        "Action AL24-19 (ambulance handover data in the performance report) was complete and would be closed. "
        "Action AL25-02 remained open; the Deputy Chief Operating Officer confirmed the specialty analysis "
        "would come to the April meeting.",
        "The Board NOTED the action log.",
    ])
    + _nhs_section("2", "QUALITY, SAFETY AND PATIENT EXPERIENCE")
    + _nhs_row("2.1", "Patient Safety and Quality Report", [
        "Mr Boateng joined the meeting.",
        "GP presented the report. Inpatient falls had risen for the second month running, mainly on the two "
        "community hospital wards; pressure ulcer numbers had fallen. SL asked whether the rise reflected "
        "higher acuity. GP said that a ward-level review was under way.",
        "The Board NOTED the report and the assurance provided.",
        "ACTION: GP to provide a breakdown of inpatient falls by ward to the Quality and Safety Committee.",
    ], "GP")
    + _nhs_row("2.2", "Winter Resilience Review", [
        "LH summarised the review of winter 2024/25: the additional discharge lounge had reduced "
        "ambulance handover delays, but weekend discharges remained low.",
        "ACTION: LH to share the winter lessons-learned report with Board members.",
    ], "LH")
    + _nhs_section("3", "FINANCE AND PERFORMANCE")
    + _nhs_row("3.1", "Month 10 Finance Report", [
        "TW reported a year-to-date deficit of &pound;4.2m against a planned deficit of &pound;3.6m. Savings "
        "of &pound;9.8m had been delivered against a target of &pound;12.5m. IV asked for a clearer "
        "forecast of the year-end position.",
        "RESOLVED: that the Board approves the reallocation of &pound;1.1m within the 2024/25 capital "
        "programme as set out in the paper.",
        "ACTION: TW to bring the revised savings plan to the next Board meeting.",
    ], "TW")
    + _nhs_row("3.2", "Ward 4 Refurbishment Outline Business Case", [
        "EJ presented the Outline Business Case for the refurbishment of Ward 4 at Glanmor Community Hospital, "
        "with a capital cost of &pound;3.4m. Mr Vaughan did not take part in the decision.",
        "The Board APPROVED the Ward 4 Refurbishment Outline Business Case for submission to the national "
        "capital panel.",
        "ACTION: EJ to submit the Outline Business Case to the national capital panel.",
        "Mr Jardine left the meeting.",
    ], "EJ")
    + _nhs_section("4", "GOVERNANCE")
    + _nhs_row("4.1", "Board Assurance Framework", [
        "BC presented the Board Assurance Framework, which adds two principal risks on workforce "
        "and on digital resilience.",
        "The Board NOTED the Board Assurance Framework and the two new principal risks.",
    ])
    + _nhs_row("4.2", "Quality and Safety Committee Terms of Reference", [
        "RESOLVED: that the revised Quality and Safety Committee Terms of Reference be approved.",
        "ACTION: BC to publish the approved Terms of Reference on the Health Board website.",
    ], "BC")
    + _nhs_section("5", "CLOSING MATTERS")
    + _nhs_row("5.1", "Any Other Business", ["There was no other business."])
    + _nhs_row("5.2", "Date of Next Meeting", [
        "Thursday 3 April 2025 at 10.00am in the Boardroom, Glanmor House. The meeting closed at 12.40pm.",
    ])
    + """</table>

<h2>Action Log</h2>
<table class="log">
<tr><th>Action</th><th>Description</th><th>Owner</th><th>Due</th></tr>
<tr><td>AL25-02</td><td>Report on the outpatient follow-up backlog by specialty</td><td>OP</td>
<td>3 April 2025</td></tr>
<tr><td>AL25-09</td><td>Breakdown of inpatient falls by ward to the Quality and Safety Committee</td><td>GP</td>
<td>April 2025</td></tr>
<tr><td>AL25-10</td><td>Share the winter lessons-learned report with Board members</td><td>LH</td>
<td>31 March 2025</td></tr>
<tr><td>AL25-11</td><td>Revised savings plan to the next Board meeting</td><td>TW</td><td>3 April 2025</td></tr>
<tr><td>AL25-12</td><td>Submit the Outline Business Case to the national capital panel</td><td>EJ</td>
<td>14 March 2025</td></tr>
<tr><td>AL25-13</td><td>Publish the approved Quality and Safety Committee Terms of Reference on the website</td>
<td>BC</td>
<td>21 March 2025</td></tr>
</table>
"""
)


# ---------------------------------------------------------------------------------------------
# 3. html-standards-wg: a wiki page printed from the browser: breadcrumbs, "Meeting #6", ISO dates,
#    UTC times, "Name, Organisation" attendee lines, Regrets, "Item n:", "Action item n:",
#    "ACTION:", "X to ..." under an Actions heading, "AGREED:" / "Decision:", prose counts.
# ---------------------------------------------------------------------------------------------

WG_CSS = """
@page {
  size: A4; margin: 1.6cm 1.5cm 1.6cm 1.5cm;
  @top-left { content: "2/11/25, 16:02"; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; }
  @top-center { content: "RDWG Meeting #6 - 2025-02-11 - Registry Data Working Group - Wiki";
                font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; }
  @bottom-left { content: "https://wiki.rdwg.example.org/display/RDWG/Meeting+6";
                 font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; }
  @bottom-right { content: counter(page) "/" counter(pages); font-family: 'DejaVu Sans', sans-serif;
                  font-size: 7.5pt; }
}
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.45; color: #172b4d; }
.crumbs { font-size: 8.5pt; color: #5e6c84; margin-bottom: 6pt; }
h1 { font-size: 17pt; font-weight: normal; margin: 0 0 3pt 0; }
.meta { font-size: 8pt; color: #5e6c84; margin-bottom: 10pt; }
.panel { border: 1px solid #c1c7d0; border-left: 4px solid #0052cc; background: #f4f5f7; padding: 6pt 9pt;
         margin-bottom: 10pt; }
.panel p { margin: 1pt 0; }
h2 { font-size: 12pt; border-bottom: 1px solid #dfe1e6; padding-bottom: 2pt; margin: 12pt 0 5pt 0; }
h3 { font-size: 10.5pt; margin: 9pt 0 3pt 0; }
ul { margin: 2pt 0 6pt 0; padding-left: 16pt; }
li { margin: 1pt 0; }
p { margin: 2pt 0 5pt 0; }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; background: #f4f5f7; }
.foot { margin-top: 14pt; font-size: 8pt; color: #5e6c84; border-top: 1px solid #dfe1e6; padding-top: 4pt; }
"""

WG_BODY = """
<div class="crumbs">Pages / Registry Data Working Group / Meeting Notes / 2025</div>
<h1>RDWG Meeting #6 &ndash; 2025-02-11</h1>
<div class="meta">Created by Ana Moravec, last modified by Tomoko Hirano on 2025-02-13 &nbsp; &middot; &nbsp; Edit
&nbsp; &middot; &nbsp; Watch &nbsp; &middot; &nbsp; Share</div>

<div class="panel">
<p><b>Registry Data Working Group (RDWG)</b></p>
<p>Meeting #6</p>
<p>Date: 2025-02-11</p>
<p>Time: 14:00&ndash;15:30 UTC (09:00&ndash;10:30 EST)</p>
<p>Location: video conference (Jitsi room rdwg-6)</p>
<p>Notes: Ana Moravec</p>
</div>

<h2>Attendees</h2>
<ul>
<li>Tomoko Hirano, Northgate Registry (co-chair)</li>
<li>Felipe Arrieta, Andes Registry Forum (co-chair)</li>
<li>Ana Moravec, Secretariat</li>
<li>Kenji Watanabe, Hoshizora Networks</li>
<li>Oluwaseun Bakare, Lagoon Registrar Services</li>
<li>Marta Lindholm, Nordkap Domains</li>
<li>Rafael Quintero, Civic Internet Society</li>
<li>Priyanka Deshmukh, Brahma Hosting</li>
<li>Jonas Weber, Rheinland Registry (joined 14:40 UTC)</li>
<li>Samir Haddad, Cedar Registrar Group</li>
<li>Lucy Fenwick, Tidewater Registrar</li>
<li>Chloe Marchand, Observatoire du Web (observer)</li>
</ul>

<h2>Regrets</h2>
<ul>
<li>Dmitri Volkov, Ural Domain Centre</li>
<li>Grace Nakamura, Pacific Rim Registry</li>
<li>Owen Talbot, Talbot &amp; Finch LLP</li>
</ul>

<h2>Agenda and notes</h2>

<h3>Item 1: Welcome, agenda bashing, note well</h3>
<p>Tomoko opened the meeting at 14:02 UTC and reminded participants of the note well. No changes to the
agenda.</p>
<p>Decision: The minutes of Meeting #5 (2025-01-14) are approved as posted.</p>

<h3>Item 2: Review of open action items</h3>
<ul>
<li>Action item 1 (Kenji to circulate the registrar survey results): done, results posted to the list on
2025-01-28.</li>
<li>Action item 2 (Secretariat to set up the public issue tracker): still open, carried forward.</li>
</ul>

<h3>Item 3: Interim meeting logistics</h3>
<p>Felipe reported two offers to host the interim meeting, in Lisbon and in Montevideo. Most participants
preferred Lisbon because of travel costs; Samir asked for a remote participation option.</p>
<p>AGREED: The interim meeting will be held in Lisbon on 2025-04-08 and 2025-04-09, with remote participation.</p>
<p>Action item 3: Secretariat to book the venue for the interim meeting (Ana)</p>
<p>Action item 4: Felipe to circulate a visa invitation letter template to participants by 2025-02-21</p>

<h3>Item 4: Contact object draft</h3>
<p>Kenji presented version 0.3 of the Contact Object Specification. Discussion centred on ISSUE-311 (whether
contact fields are redacted by default). Marta and Oluwaseun supported redaction by default; Priyanka noted
that some registries are required to publish contact data. Jonas joined during this item.</p>
<p>ACTION: Kenji to add the two redaction options for ISSUE-311 to the draft as an appendix.</p>
<p>The chairs asked whether the working group should adopt the Contact Object Specification as a working
group document. Show of hands: Yes: 6; No: 2; Abstain: 1.</p>
<p>Decision: The Contact Object Specification version 0.3 is approved for adoption as a working group document, with
ISSUE-311 left open.</p>

<h3>Item 5: Charter revision</h3>
<p>Tomoko walked through the comments received on the charter. The only open point was the wording of the
milestone for the contact object.</p>
<p>AGREED: The revised charter goes to a two-week last call on the mailing list once Tomoko has made the
agreed edits.</p>

<h3>Item 6: AOB</h3>
<p>Rafael asked for the meeting time to alternate for participants in Asia-Pacific; there was no support
for a change at this stage. Meeting closed 15:27 UTC.</p>

<h2>Actions</h2>
<ul>
<li>Tomoko to send the revised charter text to the mailing list by 2025-02-18.</li>
<li>Marta and Samir to prepare a comparison of the two redaction options before Meeting #7.</li>
<li>Chairs to send the interim meeting agenda to the list by 2025-03-25.</li>
</ul>

<h2>Next meeting</h2>
<p>Meeting #7: 2025-03-11, 14:00 UTC.</p>

<div class="foot">No labels &nbsp; &middot; &nbsp; 2 Comments &nbsp; &middot; &nbsp; Write a comment&hellip;</div>
"""


# ---------------------------------------------------------------------------------------------
# 4. html-energy-forum: an MHHS-style industry forum page from a web meeting system ("Agenda and
#    minutes", "Meeting: HMF017", Items / No. / Item blocks, "Minutes:", "Supporting documents:",
#    "pdf icon PDF 211 KB"), a Role | Name | Representing | Present | Apology table with ticks,
#    change ids "CR 052", "MHHS-CR-053", "R0123", a prose vote, "voting rights passed to".
# ---------------------------------------------------------------------------------------------

FORUM_CSS = """
@page {
  size: A4; margin: 1.7cm 1.6cm 1.8cm 1.6cm;
  @top-left { content: "Agenda and minutes - Half-Hourly Migration Forum - Wednesday, 15th January, 2025";
              font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555; }
  @bottom-left { content: "https://meetings.hhmf.example.org/ieListDocuments.aspx?CId=212&MId=1017";
                 font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages);
                  font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555; }
}
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.35; color: #222; }
.nav { font-size: 8pt; color: #1f5f8b; margin-bottom: 6pt; }
h1 { font-size: 15pt; color: #1f5f8b; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; color: #1f5f8b; margin: 12pt 0 4pt 0; }
.mtitle { font-size: 11.5pt; font-weight: bold; margin: 0 0 6pt 0; }
.kv p { margin: 1pt 0; }
.kv b { display: inline-block; width: 2.1cm; }
a { color: #1f5f8b; text-decoration: underline; }
.icon { font-size: 7.5pt; color: #777; }
table.att { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; font-size: 9.5pt; }
table.att th, table.att td { border: 1px solid #999; padding: 2.5pt 4pt; text-align: left; vertical-align: top; }
table.att th { background: #e8eef4; }
table.att td.tick { text-align: center; width: 1.5cm; font-family: 'DejaVu Sans', sans-serif; }
table.items { border-collapse: collapse; width: 100%; }
table.items th { text-align: left; border-bottom: 2px solid #1f5f8b; padding: 3pt 4pt; }
table.items td { vertical-align: top; padding: 6pt 4pt 8pt 4pt; border-bottom: 1px solid #ccc; }
table.items td.no { width: 1cm; font-weight: bold; }
.ititle { font-weight: bold; font-size: 10.5pt; margin: 0 0 3pt 0; }
.blurb { font-style: italic; color: #444; margin: 0 0 4pt 0; }
.mlabel { font-weight: bold; margin: 4pt 0 2pt 0; }
td p { margin: 0 0 4pt 0; }
.sd { margin: 4pt 0 0 0; font-size: 9pt; }
.sd div { margin-left: 0.4cm; }
"""

TICK = "\u2713"


def _att_row(role: str, name: str, rep: str, present: bool) -> str:
    p, a = (TICK, "") if present else ("", TICK)
    return (f"<tr><td>{role}</td><td>{name}</td><td>{rep}</td><td class='tick'>{p}</td>"
            f"<td class='tick'>{a}</td></tr>\n")


def _item(no: str, title: str, blurb: str, minutes: list[str], docs: list[tuple[str, str]]) -> str:
    sd = ""
    if docs:
        sd = '<div class="sd"><b>Supporting documents:</b>' + "".join(
            f'<div><a>{d}</a> <span class="icon">pdf icon</span> PDF {size}</div>' for d, size in docs
        ) + "</div>"
    body = "".join(f"<p>{m}</p>" for m in minutes)
    return (f'<tr><td class="no">{no}</td><td><p class="ititle"><a>{title}</a></p>'
            f'<p class="blurb">{blurb}</p><p class="mlabel">Minutes:</p>{body}{sd}</td></tr>\n')


FORUM_BODY = (
    """
<div class="nav">Home &gt; Committees &gt; Half-Hourly Migration Forum &gt; Meetings</div>
<h1>Agenda and minutes</h1>
<p class="mtitle">Half-Hourly Migration Forum - Wednesday, 15th January, 2025 10.00 am</p>
<div class="kv">
<p><b>Meeting:</b> HMF017</p>
<p><b>Venue:</b> Online &ndash; Microsoft Teams. <a>View directions</a></p>
<p><b>Contact:</b> HMF Secretariat, hmf.secretariat@example.org</p>
</div>
<p><a>Media</a> &nbsp; <a>Printed minutes</a> <span class="icon">pdf icon</span> PDF 318 KB</p>

<h2>Attendance details</h2>
<table class="att">
<tr><th>Role</th><th>Name</th><th>Representing</th><th>Present</th><th>Apology</th></tr>
"""
    + _att_row("Chair", "Eleanor Whitfield", "Programme", True)
    + _att_row("Large Supplier Representative", "Hamish Dunbar", "Brightwell Energy", True)
    + _att_row("Medium Supplier Representative", "Grace Olumide", "Corran Power", False)
    + _att_row("Medium Supplier Representative", "Callum Reid", "Corran Power", True)
    + _att_row("Small Supplier Representative", "Niamh Gallagher", "Puffin Energy", True)
    + _att_row("Supplier Agent Representative", "Viktor Sandoval", "Meterline Services", True)
    + _att_row("DNO Representative", "Aisha Rahman", "Severn Valley Networks", True)
    + _att_row("Elexon Representative", "Fatima Shah", "Elexon", True)
    + _att_row("RECCo Representative", "Jonah Pettigrew", "RECCo", True)
    + _att_row("Consumer Representative", "Beatrice Lowe", "Citizens Energy Advice", False)
    + _att_row("Programme Design Lead", "Dylan Marsh", "Programme", True)
    + _att_row("Secretariat", "Rosa Albright", "Programme", True)
    + _att_row("Observer", "Theo Brandt", "IPA", True)
    + """</table>

<h2>Items</h2>
<table class="items">
<tr><th>No.</th><th>Item</th></tr>
"""
    + _item("1.", "Welcome, apologies and voting rights",
            "To note apologies and any transfer of voting rights.",
            ["The Chair welcomed members. Apologies were received from Grace Olumide (Corran Power) and Beatrice "
             "Lowe (Citizens Energy Advice). For this meeting Grace Olumide&rsquo;s voting rights passed to "
             "Callum Reid (Corran Power). The Consumer seat was not represented."],
            [])
    + _item("2.", "Minutes and actions of the previous meeting",
            "To approve the minutes of HMF016 held on 11 December 2024 and review the action log.",
            ["The HMF APPROVED the minutes of the meeting held on 11 December 2024 without amendment.",
             "HMF16-02 and HMF16-03 were closed. HMF16-05 remains open pending the Programme&rsquo;s "
             "update on migration cut-over dates."],
            [("HMF016 Minutes 11 December 2024, item 2.", "211 KB"), ("HMF Action Log January 2025, item 2.",
                                                                   "96 KB")])
    + _item("3.", "CR 052 &ndash; Extension of the Registration Data Freeze Window",
            "To consider the impact assessment responses and decide whether to approve CR 052.",
            ["Fatima Shah (Elexon) presented CR 052, which was raised by Elexon on 2 December 2024 and extends "
             "the registration data freeze window from two to five working days before migration. "
             "Eleven impact assessment responses had been received; nine supported the change. Niamh "
             "Gallagher noted that small suppliers would need to move their migration scheduling runs. "
             "Version 1.1 of the CR clarifies that the freeze does not apply to change of supplier "
             "objections.",
             "Elexon, as proposer, did not vote. With five votes in favour and one abstention it was AGREED "
             "to approve the change.",
             "The HMF approved CR052 version 1.1 for inclusion in the next design baseline.",
             "ACTION HMF17-01: Elexon (Fatima Shah) to publish the CR052 impact assessment summary on the "
             "portal by 22 January 2025."],
            [("HMF017 Paper 03 CR052 Impact Assessment Summary, item 3.", "211 KB")])
    + _item("4.", "MHHS-CR-053 &ndash; Additional Validation of Meter Technical Details",
            "To consider a new change request and agree next steps.",
            ["Aisha Rahman (Severn Valley Networks) introduced MHHS-CR-053, raised by Severn Valley Networks on "
             "8 January 2025, which adds validation of meter technical details before a meter point is "
             "migrated. Viktor Sandoval supported the aim but asked for evidence of the number of records "
             "affected.",
             "The HMF agreed that MHHS-CR-053 be issued for Impact Assessment, closing on 7 February 2025.",
             "ACTION HMF17-02: Programme (Dylan Marsh) to agree the CR053 impact assessment questions with "
             "the DNO and iDNO constituencies by 20 January 2025."],
            [("HMF017 Paper 04 MHHS-CR-053 Change Request, item 4.", "148 KB")])
    + _item("5.", "REC Change R0123 update",
            "To receive an update on REC change R0123 and its interaction with the migration design.",
            ["Jonah Pettigrew (RECCo) updated members on R0123, which aligns the retention periods for market "
             "messages in the REC with the migration design. The REC Change Panel will consider R0123 on "
             "20 February 2025.",
             "The HMF NOTED the update on R0123.",
             "ACTION HMF17-03: RECCo (Jonah Pettigrew) to circulate the REC Change Panel paper on R0123 to "
             "HMF members once published."],
            [])
    + _item("6.", "Any other business and next meeting",
            "To raise any other business.",
            ["Hamish Dunbar asked that the voting register show deputy arrangements.",
             "ACTION HMF17-04: Programme (PMO) to update the HMF voting register to show deputies and "
             "transferred voting rights by 12 February 2025.",
             "The next meeting will be held on Wednesday, 12th February, 2025 at 10.00 am. The meeting ended "
             "at 12.15 pm."],
            [])
    + "</table>\n"
)


DOCS: dict[str, tuple[str, str, str]] = {
    "html-council": (COUNCIL_CSS, COUNCIL_BODY, "Harrowmere Town Council minutes 11 March 2025"),
    "html-nhs-board": (NHS_CSS, NHS_BODY, "Tarrant Valley Health Board minutes 6 March 2025"),
    "html-standards-wg": (WG_CSS, WG_BODY, "RDWG Meeting #6 - 2025-02-11"),
    "html-energy-forum": (FORUM_CSS, FORUM_BODY, "Agenda and minutes - Half-Hourly Migration Forum"),
}


def render(stem: str, out_dir: Path) -> Path:
    css, body, title = DOCS[stem]
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{stem}.pdf"
    return print_html(page(css, body, title), out)


def print_html(html_text: str, out: Path) -> Path:
    """Print one HTML page to ``out`` with headless Chromium (its own throwaway profile)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{out.stem}.html"
        src.write_text(html_text, encoding="utf-8")
        cmd = [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={Path(tmp) / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={out}",
            src.as_uri(),
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return out


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--check":
        return gold_check.report(GOLD, HERE, argv[1:] or [s for s in DOCS if (GOLD / f"{s}.json").exists()])
    stems = argv or list(DOCS)
    for stem in stems:
        out = render(stem, HERE)
        print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
