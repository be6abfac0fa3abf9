"""DAG026, 12 July 2023: REAL. The text of the published minutes, transcribed word for word.

Source: the text of the published minutes (project seed /work/shared/seeds/DAG026-minutes.txt).
Nothing is corrected: the inconsistencies of the original are kept on purpose (RW vs RG,
RLam vs RLamp, CBu vs CBU, two people listed as SC, "RECCO", Matthew McKeon vs Matt McKeon,
DAG-DEC59 worded differently in the table and in the minutes, "Version 1.8" vs "version 1.8").
Only the layout is ours; the document reference in the footer is a placeholder.
"""

PMO_LINK = "[PMO@mhhsprogramme.co.uk](mailto:PMO@mhhsprogramme.co.uk)"
DEFERRED = ("Item deferred to next meeting. Any comments / questions on agenda item to be submitted to "
            f"{PMO_LINK}.")

MEETING = {
    "id": "DAG026",
    "body": "Design Advisory Group",
    "abbr": "DAG",
    "doc_ref": "MHHS-DEL1688",
    "issue_date": "19/07/2023",
    "venue": "Virtual – MS Teams",
    "date_time": "12 July 2023 10:00-13:30",
    "classification": "Public",
    "attendees": [
        ("Chair", [
            ("Justin Andrews (Chair)", "Chair"),
        ]),
        ("Industry Representatives", [
            ("Carolyn Burns (CBu)", "Small Supplier Representative"),
            ("Catherine Duggan (CD) (on behalf of David Yeoman)", "DNO Representative"),
            ("Daniel Arrowsmith (DA)", "National Grid ESO"),
            ("Donna Jamieson (DJ)", "iDNO Representative"),
            ("Gareth Evans (GE) (on behalf of Andrew Green)", "I&C Supplier Representative"),
            ("Haz Elmamoun (HE)", "Large Supplier Representative"),
            ("Riccardo Lampini (RLam)", "Elexon Representative"),
            ("Robert Langdon (RL)", "Supplier Agent Representative"),
            ("Sarah Jones (SJ)", "RECCo Representative"),
            ("Seth Chapman (SC)", "Supplier Agent Representative"),
            ("Stuart Scott (SS)", "DCC Representative (as smart meter central system provider)"),
            ("Vladimir Black (VB)", "Medium Supplier Representative"),
        ]),
        ("MHHS", [
            ("Berlinda Kugara (BK)", "Design Team"),
            ("Fraser Mathieson (FM)", "PMO Governance Lead"),
            ("Kevan Gleeson (KG) (part meeting)", "Design Team"),
            ("Matthew McKeon (MM) (part meeting)", "Design Team"),
            ("Paul Pettitt (PP)", "Design Lead"),
            ("Richard Gwatkin (RW) (part meeting)", "DIP Lead"),
            ("Sean Cooper (SC) (part meeting)", "Design Team"),
            ("Smitha Pichrikat (SP) (part meeting)", "Delivery Lead"),
            ("Warren Fulton (WF) (part meeting)", "Programme Advisor"),
        ]),
        ("Other Attendees", [
            ("Colin Bezant (CBe)", "IPA"),
            ("Jenny Boothe (JBo)", "Ofgem"),
            ("Oliver Meggitt (OM) (part meeting)", "Elexon"),
            ("Peter Waymont (PW) (part meeting)", "UKPN"),
            ("Sarah Lewis (SL)", "E.ON"),
        ]),
    ],
    "apologies": [
        ("Caroline Farquhar", "Consumer Representative"),
        ("David Yeoman", "DNO Representative"),
    ],
    "actions": [
        {"area": "DES-196 D-Flow and Interface Mapping", "ref": "DAG26-01",
         "action": "Programme to seek clarity on whether/how D-Flows will be available for System "
                   "Integration Testing (SIT) and return to DAG for discussion",
         "owner": "Programme (Matt McKeon)", "due": "09/08/2023"},
        {"area": "CR027 Impact Assessment", "ref": "DAG26-02",
         "action": "PMO to ensure the attachment to CR027 is included when the CR is issued for Impact "
                   "Assessment and published alongside the CR on the MHHS website.",
         "owner": "Programme (PMO)", "due": "14/07/2023"},
        {"area": "CR024 & CR025 Decision", "ref": "DAG26-03",
         "action": "RECCO to amend CR024 with updates agreed by DAG, and provide a version 2.0 to Programme",
         "owner": "RECCo (Sarah Jones)", "due": "ASAP"},
        {"area": "Programme Change Requests 024 & 025", "ref": "DAG26-04",
         "action": "Programme to re-issue CR024 for a five working day Impact Assessment with specific "
                   "question on delivery/implementation timescale impacts, following receipt of amended CR "
                   "from RECCo",
         "owner": "Programme (PMO)", "due": "ASAP"},
        {"area": "Previous Meeting(s)", "ref": "DAG20.1-12",
         "action": "Programme to consider how to provide clarity on the data services for import/export "
                   "meters and how Programme Participants can be given visibility of this",
         "owner": "Programme (Design Team)", "due": "12/04/2023"},
        {"area": None, "ref": "DAG20.1-04",
         "action": "Programme to confirm which role code MDS would use (current presumption is SVA code)",
         "owner": "Programme (Design Team)", "due": "15/02/2023"},
        {"area": None, "ref": "DAG20-03",
         "action": "DAG members to provide any views on the role of DAG post M5 Work-Off Plan completion to "
                   "support review of DAG ToR",
         "owner": "DAG Members", "due": "12/04/2023"},
        {"area": None, "ref": "DAG17-02",
         "action": "Chair to review the DAG Terms of Reference to ensure there is clarity over the role of "
                   "DAG post-M5",
         "owner": "Chair", "due": "14/12/2022"},
    ],
    "decisions": [
        {"area": "Minutes and actions", "ref": "DAG-DEC55",
         "decision": "Minutes and Headline Report of DAG meeting held 14 June 2023 approved with no "
                     "amendments"},
        {"area": "DIP Design Documents", "ref": "DAG-DEC56",
         "decision": "The SRO approved the baselining of the Interface Code of Connections, the DIP PKI "
                     "Certificate Profiles, and DIP PKI Policy"},
        {"area": "D-Flow and Interface Mapping (DES196)", "ref": "DAG-DEC57",
         "decision": "The SRO approved the baselining of the DES196 D-Flow and Interface Mapping"},
        {"area": "CR027 Impact Assessment", "ref": "DAG-DEC58",
         "decision": "The DAG approved the issuance of CR027 (Distribution Use of System (DUoS) E-Billing "
                     "Data Integration Platform (DIP) message for MHHS) to Impact Assessment"},
        {"area": "CR024 & CR025 Decision", "ref": "DAG-DEC59",
         "decision": "The SRO approved CR025 (Data Integration Platform (DIP) Interface Name Changes), "
                     "subject to the agreed implementation approach"},
        {"area": "CR017 & CR018 Next Steps", "ref": "DAG-DEC60",
         "decision": "The SRO approved CR018 version 1.8 (Registration Service Operating Hours) and rejected "
                     "CR017 (DSO Registration Service DIP Messages Processing Times)"},
    ],
    "minutes": [
        ("h", "1. Welcome and Introductions"),
        ("p", "The Chair welcomed attendees to the meeting and provided an overview of the meeting agenda."),

        ("h", "2. Minutes and Actions"),
        ("p", "The Minutes and Headline Report of the DAG meeting held 14 June 2023 were approved with no "
              "amendments."),
        ("decision", "DAG-DEC55",
         "Minutes and Headline Report of DAG meeting held 14 June 2023 approved with no amendments"),
        ("p", "The DAG reviewed the outstanding actions. Full action wording and updates can be found within "
              "the meeting papers. Key updates are provided below."),
        ("p", "**DAG17-02 & DAG20-03:** Actions retained as ongoing pending updates to the DAG Terms of "
              "Reference."),

        ("h", "3. DIP Design Documents"),
        ("p", "The DAG received an overview of the development and consultation of the Data Integration "
              "Platform (DIP) design documents, which comprise of the Interface Code of Connections, the DIP "
              "PKI Certificate Profiles, and DIP PKI Policy."),
        ("p", "An overview of the Security Design Working Group (SDWG) assurance forum was provided. RG "
              "advised no significant issues were raised which prevented approval of the documents. RG "
              "highlighted the documents may be subject to updates until DIP 'go live', and any potential "
              "future updates or improvements would require a Programme Change Request (CR)."),
        ("p", "CD, the DNO Representative, expressed appreciation for the Programme's response to comments "
              "provided."),
        ("p", "SJ, the RECCO Representative, confirmed that any potential amendments emanating from BSC "
              "Issue 101 would proceed via a CR."),
        ("p", "The Chair invited any objections to the approval of the documents, to which none were "
              "received. The Chair, acting with delegated authority from the MHHS Senior Responsible Owner "
              "(SRO), approved the documents."),
        ("decision", "DAG-DEC56",
         "The SRO approved the baselining of the Interface Code of Connections, the DIP PKI Certificate "
         "Profiles, and DIP PKI Policy"),
        ("p", "The Programme confirmed the documents would now be baselined as version one, published to the "
              "MHHS website, and become subject to change control."),

        ("h", "4. D-Flow and Interface Mapping (DES-196)"),
        ("p", "The DAG received an overview of updates made to the DES-196 D-Flow and Interface Mapping "
              "document, following consultation and feedback from DAG members. The group discussed the "
              "retention of specific D-Flows and agreed the D0300, D0379, and D0275 will be retained, and "
              "the D0012 removed. Commentary will be added to the document around D0379, and information on "
              "scenario variants will be added against the D0275. An update will also be made to clarify the "
              "document indicates flows that will be retained/removed for the go-live of the MHHS Target "
              "Operating Model, as opposed to MHHS testing. An action was raised for the Programme to "
              "confirm whether/how D-Flows will be tested as a part of Systems Integration Testing (SIT). "
              "Elexon advised their build for SIT Component Integration Testing (CIT) will not include "
              "D-Flows."),
        ("action", "DAG26-01",
         "Programme to seek clarity on whether/how D-Flows will be available for System Integration Testing "
         "(SIT) and return to DAG for discussion"),
        ("p", "The Chair invited any objections to the approval of the document, to which none were "
              "received. The Chair, acting with delegated authority from the MHHS SRO, approved the "
              "document."),
        ("decision", "DAG-DEC57",
         "The SRO approved the baselining of the DES-196 D-Flow and Interface Mapping"),
        ("p", "The Programme confirmed the documents would now be baselined as version 1.0, published to the "
              "MHHS website as a Design Supporting Document, and become subject to change control."),

        ("h", "5. CR027 Impact Assessment"),
        ("p", "An overview was provided of a new CR, raised by UKPN, which seeks to introduce a new DIP flow "
              "relating to E-billing for site specific Distribution Use of System (DUoS) charging. The CR "
              "follows development, consultation, and refinement undertaken via the Distribution Connection "
              "and Use of System Agreement (DCUSA)."),
        ("p", "The Programme took an action to ensure the attachment to the CR, which provides message "
              "formats, is issued for Impact Assessment (IA) alongside the main CR document."),
        ("action", "DAG26-02",
         "PMO to ensure the attachment to CR027 is included when the CR is issued for Impact Assessment and "
         "published alongside the CR on the MHHS website."),
        ("p", "PW confirmed CR027 references the development work undertaken via the DCUSA."),
        ("p", "The Chair invited any objections to the issuance of CR027 to IA, to which none were received. "
              "The DAG agreed CR027 should be issued to IA. The DAG noted the aim was to bring CR027 for "
              "decision at its August meeting."),
        ("decision", "DAG-DEC58",
         "The DAG approved the issuance of CR027 (Distribution Use of System (DUoS) E-Billing Data "
         "Integration Platform (DIP) message for MHHS) to Impact Assessment"),

        ("h", "6. CR024 & CR025 Decision"),
        ("b", "CR024"),
        ("p", "A summary of IA responses and themes was provided. SJ advised amendments had been made to "
              "CR024 in response to comments received and updated supporting documents provided to DAG. SJ "
              "highlighted proposed changes to the CR which will reduce the scope of the CR in accordance "
              "with feedback received. The elements to be de-scoped from the CR will be highlighted in a "
              "changed marked version of the CR. The IPA noted that the DAG must consider any risks to "
              "Programme timelines and any benefits the CR may bring in its decision on CR024."),
        ("p", "The DAG agreed CR024 should be amended and a version 2.0 issued for a further five working "
              "day IA with a specific question about impacts on implementation activities. An ex-committee "
              "decision on the CR will be sought following the closure of the second IA. DAG will then "
              "decide what the implementation date of the CR should be, subject to approval."),
        ("action", "DAG26-03",
         "RECCO to amend CR024 with updates agreed by DAG, and provide a version 2.0 to Programme"),
        ("action", "DAG26-04",
         "Programme to re-issue CR024 for a five working day Impact Assessment with specific question on "
         "delivery/implementation timescale impacts, following receipt of amended CR from RECCo"),
        ("b", "CR025"),
        ("p", "SJ provided an overview of engagement undertaken with IA respondents to agree changes to the "
              "implementation solution for CR025, which would resolve potential obstacles to approval that "
              "were raised by some constituencies. The changes did not alter the main aim of the CR and "
              "involve the addition of a column within the MHHS Interface Catalogue to denote the "
              "terminology to be used in code drafting."),
        ("p", "PP queried why a change to Design Artefacts was required and whether the same result could "
              "not be procured through code drafting. SJ and MM replied it was preferable the terminology is "
              "added to the Design Artefact to aid transparency as code drafting follows the design, and the "
              "change will ensure the terms can be used in code drafting without the need for a translation "
              "within the code."),
        ("p", "The Chair invited any objections to the approval of CR025, to which none were received. The "
              "Chair, acting with delegated authority from the MHHS SRO, approved CR025 for implementation."),
        ("decision", "DAG-DEC59",
         "The SRO approved CR025, subject to the agreed implementation approach (Data Integration Platform "
         "(DIP) Interface Name Changes)"),
        ("p", "The Programme advised the change will be scheduled for implementation in an upcoming design "
              "Interim Release (IR) (date to be confirmed). It was noted the changes are low priority, and "
              "the SJ advised approval provided a basis for proceeding with code drafting, noting interface "
              "code drafting is not scheduled to commence until October 2023."),

        ("h", "7. CR017 & CR018 Next Steps"),
        ("p", "The DAG received an overview of the actions undertaken to refine CR018 and the production and "
              "publication by the Programme of a redlined version of the Operational Choreography Design "
              "Artefact (OC) for review."),
        ("p", "SC believed they had not been asked to review the redlined OC and therefore had not requested "
              "constituent feedback."),
        ("p", "Discussion centred around wording within the redlined OC, which indicated DNOs would not be "
              "subject to any performance assurance measures around the response timeframes detailed within "
              "the OC. There was dissensus amongst the DAG members on whether this was right or not."),
        ("p", "Ofgem expressed concern that CR018 has been in progress for some time, and noted the approval "
              "of the CR was separate to its implementation within the OC. Ofgem's directions as to service "
              "expectations within registration systems were high level, stating operation needed to be "
              "'near real time'. The expectation was this would be interpreted as the design specification "
              "become clearer. Ofgem advised a key consideration is whether non-approval of the CR may "
              "impact SIT. SP confirmed that if both CR017 and CR018 were rejected this would impact SIT CIT "
              "readiness and return parties to the same position as nine months ago. SP suggested a decision "
              "is made on CR017 and CR018, and the translation of the change within the relevant Design "
              "Artefact should come after. CBe commented that rejection of both CRs did not appear to be a "
              "prudent option, and if any further development time is requested, this must be viewed in "
              "terms of impacts to the Programme timetable."),
        ("p", "SC expressed frustration over a belief agent concerns have not been taken into account. SC "
              "believed the redlined artefact was an essential aid to understanding the impacts of the CR "
              "and did not believe it should be decoupled from the CR approval. SC believed there was still "
              "not a full understanding of the impacts of agents potentially receiving meter details before "
              "being appointed, and stated the CR may impact validations and resourcing, and may require "
              "rebuilding of systems. Overall, SC opined the impacts of a decision on CR018 in its current "
              "form were wider than currently understood."),
        ("p", "The Chair noted the CR document has not changed since its previous submission to DAG, and "
              "discussions are now centring around the updated wording to be included within the relevant "
              "Design Artefact. The Chair determined the decision on CR018 would be decoupled from the "
              "redlined OC document provided by the Programme, to enable a decision to be taken on the CR "
              "and certainty provided to participants on the design intent which will then be translated "
              "into the relevant Design Artefact (subject to approval) and the redlined OC issued to DAG for "
              "review prior to implementation."),
        ("p", "The Chair requested DAG members' views on whether CR018 should be approved and the redlined "
              "OC decoupled from this approval and issued for review following approval of CR018. The Chair "
              "highlighted approval of CR018 would result in an automatic rejection of CR017 as the CRs are "
              "mutually exclusive."),
        ("p", "DAG members voted as follows:"),
        ("vote", [
            ("DNO Representative", "for"),
            ("Elexon Representative (as central systems provider)", "against"),
            ("I&C Supplier Representative", "against"),
            ("iDNO Representative", "for"),
            ("Large Supplier Representative", "against"),
            ("National Grid ESO", "abstain"),
            ("RECCo Representative", "against"),
            ("Small Supplier Representative", "for"),
            ("Supplier Agent Representative", "against"),
            ("Supplier Agent Representative (Independent Supplier Agent)", "against"),
            ("DCC Representative (as smart meter central system provider)", "abstain"),
            ("Medium Supplier Representative", "for"),
            ("Consumer Representative", "absent"),
        ]),
        ("p", "Members' Voting Comments:"),
        ("comments", [
            ("DNO Representative",
             "CD approved CR018 and agreed the redlined OC should be decoupled from the CR and issued for "
             "review by DAG following further updates."),
            ("Elexon Representative (as central systems provider)",
             "RLamp advised rejection was based on the current wording within the redlined OC which they "
             "believed was inconsistent with current market design and Elexon-led performance assurance "
             "arrangements. The Chair noted CR018 does not mention performance assurance and this is "
             "contained only with the current redlined OC, which is being decoupled from the decision on "
             "CR018. RLamp acknowledged this, and agreed the redlined OC should be issued for further IA."),
            ("I&C Supplier Representative",
             "GE advised rejection was based on the belief there are wider questions around registration "
             "service SLAs and out-of-hours processing. GE noted Suppliers do not currently operate "
             "registration service updates 24/7 but is aware it is being discussed in other forums. GE "
             "agreed the redlined OC should be issued for review."),
            ("iDNO Representative",
             "DJ approved CR018 and agreed the redlined OC should be decoupled from the CR and issued for "
             "review by DAG following further updates."),
            ("Large Supplier Representative",
             "HE rejected CR018. HE agreed the redlined OC should be issued for IA."),
            ("National Grid ESO",
             "DA abstained, noting NGESO are not impacted by CR018. DA believed it would be pragmatic to "
             "issue the redlined OC for review by DAG."),
            ("RECCo Representative",
             "SJ advised rejection was based on the current clarity of the solution. SJ was comfortable with "
             "the intent of CR018 but did not believe there was sufficient clarity within the CR on the "
             "scope of any potential performance assurance carve-out. SJ agreed the redlined OC should be "
             "issued to DAG for further IA following updates. SJ believed the redlined OC as it currently "
             "drafted potentially widened the scope of the CR to include non-out-of-hours operation."),
            ("Small Supplier Representative",
             "CBu advised no objections had been received from the Small Supplier constituency and as such "
             "they would approve. CBU agreed the redlined OC should be decoupled from the approval of CR018 "
             "and issued to DAG for review prior to implementation."),
            ("Supplier Agent Representative",
             "RL advised rejection was based on the uncertainties around the impacts of CR018 and belief "
             "there are wider impacts which have not been fully understood/assessed through the development "
             "of the CR."),
            ("Supplier Agent Representative (Independent Supplier Agent)",
             "SC advised rejection was based on the comments provided (see above) and noted systems changes "
             "would be required if CR018 is approved, but they were not clear exactly what the changes would "
             "be and whether they could impact SIT commencement."),
            ("DCC Representative (as smart meter central system provider)",
             "SS abstained, noting DCC are not impacted by CR018. SS felt unable to approve CR018 as there "
             "appeared to be uncertainty over how the solution would be expressed in the relevant Design "
             "Artefact."),
            ("Medium Supplier Representative",
             "VB approved CR018 and agreed the redlined OC should be decoupled and issued to DAG for further "
             "IA."),
            ("Consumer Representative", "Constituency representative not in attendance"),
        ]),
        ("p", "The Chair summarised that six DAG members voted to reject, four voted to approve, two "
              "abstained, and one was not in attendance. The Chair advised they would need to deliberate on "
              "whether CR018 should be approved and would seek discussion with the IPA and Ofgem before "
              "providing a decision by email after the meeting. It was confirmed that CR018, if approved, "
              "would not be scheduled for inclusion within Interim Release 3 as had been previously "
              "indicated, but would be scheduled for a later release."),
        ("p", "POST MEETING UPDATE: The DAG Chair **approved** CR018 version 1.8 for implementation and "
              "rejected CR017 (DSO Registration Service DIP Messages Processing Times), as CR018 is mutually "
              "exclusive to CR017. DAG members were notified of this decision via email on 12 July 2023. The "
              "Chair provided reasoning as follows:"),
        ("p", "*The decision is taken based on all the evidence presented to me and consideration of:*"),
        ("list", [
            "CR018 was first raised on 08 February 2023 and a timely decision is critical due to impact on "
            "the programme timelines",
            "Impact on the MHHS Design and that without a decision to approve CR018, the current design "
            "baseline is 24/7 operation for all parties",
            "CR018 impact assessment responses, Programme and participant meetings to resolve issues, e.g. "
            "SLAs, Assurance and find a common pragmatic solution",
            "The impact of this 24/7 operation would have LDSOs and therefore on overall programme costs and "
            "programme timelines",
            "Delivering the benefits of MHHS for the end consumer at optimal costs, in a timely manner and "
            "robustly as possible to meet the Ofgem agreed programme plan",
            "DAG members' views and recommendations at previous DAG meetings and DAG meeting #26 held on 12 "
            "July 2023, noting majority view to reject (6 reject, 4 approve and 2 abstain) at meeting #26.",
        ]),
        ("decision", "DAG-DEC60",
         "The SRO approved CR018 Version 1.8 (Registration Service Operating Hours) and rejected CR017 (DSO "
         "Registration Service DIP Messages Processing Times)"),

        ("h", "8. Interim Releases and DIN Log"),
        ("p", DEFERRED),
        ("h", "9. Programme Change Requests"),
        ("p", DEFERRED),
        ("h", "10. Programme Change Control Process"),
        ("p", DEFERRED),
        ("h", "11. DAG Terms of Reference Review"),
        ("p", DEFERRED),
        ("h", "12. Programme Updates"),
        ("p", DEFERRED),
        ("h", "13. Summary and next steps"),
        ("p", "The Chair thanked members for their expert input and closed the meeting."),
    ],
    "next_meeting": "09 August 2023 10am",
}
