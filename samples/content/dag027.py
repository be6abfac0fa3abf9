"""DAG027, 9 August 2023: FICTIONAL. Written for minutes-kg as the meeting after the real DAG026.

Nothing here is taken from published DAG027 minutes. The story continues DAG026: CR027 voted on
(9 approve, 1 reject, 2 abstain, 1 not in attendance) and approved for Interim Release 4;
CR024 version 2.0 approved by ex-committee decision on 02 August 2023; the redlined Operational
Choreography Design Artefact (CR018) baselined as version 2.0, CR018 scheduled for Interim
Release 5; CR030 (raised by Elexon at CCAG012) reported as issued for IA. DAG26-02 and DAG26-03
are closed, DAG26-01 and DAG26-04 carried forward. Name variants: "Matt McKeon (MMc)", "Rich
Gwatkin". Emma Lindqvist deputises for Haz Elmamoun (in apologies). "SJ" is both Sarah Jones
(RECCo Representative) and Simon Johnson (Release Manager); Simon is only named in full in the text.
"""

MEETING = {
    "id": "DAG027",
    "body": "Design Advisory Group",
    "abbr": "DAG",
    "doc_ref": "MHHS-DEL1735",
    "issue_date": "16/08/2023",
    "venue": "Virtual – MS Teams",
    "date_time": "09 August 2023 10:00-13:00",
    "classification": "Public",
    "attendees": [
        ("Chair", [
            ("Justin Andrews (Chair)", "Chair"),
        ]),
        ("Industry Representatives", [
            ("Andrew Green (AG)", "I&C Supplier Representative"),
            ("Carolyn Burns (CBu)", "Small Supplier Representative"),
            ("Daniel Arrowsmith (DA)", "National Grid ESO"),
            ("David Yeoman (DY)", "DNO Representative"),
            ("Donna Jamieson (DJ)", "iDNO Representative"),
            ("Emma Lindqvist (EL) (on behalf of Haz Elmamoun)", "Large Supplier Representative"),
            ("Riccardo Lampini (RLam)", "Elexon Representative (as central systems provider)"),
            ("Robert Langdon (RL)", "Supplier Agent Representative"),
            ("Sarah Jones (SJ)", "RECCo Representative"),
            ("Seth Chapman (SC)", "Supplier Agent Representative (Independent Supplier Agent)"),
            ("Stuart Scott (SS)", "DCC Representative (as smart meter central system provider)"),
            ("Vladimir Black (VB)", "Medium Supplier Representative"),
        ]),
        ("MHHS", [
            ("Berlinda Kugara (BK)", "Design Team"),
            ("Fraser Mathieson (FM)", "PMO Governance Lead"),
            ("Matt McKeon (MMc)", "Design Team"),
            ("Paul Pettitt (PP)", "Design Lead"),
            ("Rich Gwatkin (RG) (part meeting)", "DIP Lead"),
            ("Simon Johnson (SJ) (part meeting)", "Release Manager"),
            ("Smitha Pichrikat (SP)", "Delivery Lead"),
        ]),
        ("Other Attendees", [
            ("Colin Bezant (CBe)", "IPA"),
            ("Jenny Boothe (JBo)", "Ofgem"),
            ("Oliver Meggitt (OM) (part meeting)", "Elexon"),
            ("Peter Waymont (PW)", "UKPN"),
        ]),
    ],
    "apologies": [
        ("Caroline Farquhar", "Consumer Representative"),
        ("Haz Elmamoun", "Large Supplier Representative"),
    ],
    "actions": [
        {"area": "Interim Releases", "ref": "DAG27-01",
         "action": "PMO to publish the Interim Release 4 (IR4) scope, including CR024, CR025 and CR027, on "
                   "the MHHS website",
         "owner": "Programme (PMO)", "due": "23/08/2023"},
        {"area": "CR030 Impact Assessment", "ref": "DAG27-02",
         "action": "Programme to present a summary of CR030 Impact Assessment responses to DAG",
         "owner": "Programme (Matt McKeon)", "due": "13/09/2023"},
        {"area": "DAG Terms of Reference", "ref": "DAG27-03",
         "action": "PMO to submit the updated DAG Terms of Reference to the Programme Steering Group (PSG) "
                   "for approval",
         "owner": "Programme (PMO)", "due": "06/09/2023"},
        {"area": "Previous Meeting(s)", "ref": "DAG26-01",
         "action": "Programme to seek clarity on whether/how D-Flows will be available for System "
                   "Integration Testing (SIT) and return to DAG for discussion",
         "owner": "Programme (Matt McKeon)", "due": "13/09/2023"},
        {"area": None, "ref": "DAG26-04",
         "action": "Programme to re-issue CR024 for a five working day Impact Assessment with specific "
                   "question on delivery/implementation timescale impacts, following receipt of amended CR "
                   "from RECCo",
         "owner": "Programme (PMO)", "due": "ASAP"},
        {"area": None, "ref": "DAG20.1-12",
         "action": "Programme to consider how to provide clarity on the data services for import/export "
                   "meters and how Programme Participants can be given visibility of this",
         "owner": "Programme (Design Team)", "due": "12/04/2023"},
        {"area": None, "ref": "DAG20.1-04",
         "action": "Programme to confirm which role code MDS would use (current presumption is SVA code)",
         "owner": "Programme (Design Team)", "due": "15/02/2023"},
    ],
    "decisions": [
        {"area": "Minutes and actions", "ref": "DAG-DEC61",
         "decision": "Minutes and Headline Report of DAG meeting held 12 July 2023 approved with no "
                     "amendments"},
        {"area": "CR024 Ex-Committee Decision", "ref": "DAG-DEC62",
         "decision": "The SRO approved CR024 version 2.0 via ex-committee decision on 02 August 2023"},
        {"area": "CR027 Decision", "ref": "DAG-DEC63",
         "decision": "The SRO approved CR027 (Distribution Use of System (DUoS) E-Billing Data Integration "
                     "Platform (DIP) message for MHHS) for implementation in Interim Release 4"},
        {"area": "Operational Choreography (CR018)", "ref": "DAG-DEC64",
         "decision": "The SRO approved the baselining of the Operational Choreography Design Artefact "
                     "version 2.0"},
    ],
    "minutes": [
        ("h", "1. Welcome and Introductions"),
        ("p", "The Chair welcomed attendees to the meeting and provided an overview of the meeting agenda. "
              "The Chair noted EL was attending on behalf of Haz Elmamoun for the Large Supplier "
              "constituency."),

        ("h", "2. Minutes and Actions"),
        ("p", "The Minutes and Headline Report of the DAG meeting held 12 July 2023 were approved with no "
              "amendments."),
        ("decision", "DAG-DEC61",
         "Minutes and Headline Report of DAG meeting held 12 July 2023 approved with no amendments"),
        ("p", "The DAG reviewed the outstanding actions. Full action wording and updates can be found within "
              "the meeting papers. Key updates are provided below."),
        ("p", "**DAG26-02 and DAG26-03:** Closed. The CR027 attachment was published with the CR on "
              "14/07/2023, and RECCo provided CR024 version 2.0 to the Programme on 17 July 2023."),
        ("p", "**DAG26-01:** MMc advised the Programme is working with the SIT team to confirm how D-Flows "
              "will be made available in SIT, and will return to DAG in September. The action remains open."),
        ("p", "**DAG26-04:** The re-issued IA on CR024 closed on 28/07/2023. The action remains open until "
              "the consolidated IA responses are published alongside the decision."),
        ("p", "**DAG25-01, DAG25-02 & DAG25-03:** Closed at the July meeting."),
        ("p", "**DAG17-02 & DAG20-03:** Closed following the review of the DAG Terms of Reference (see item "
              "8)."),
        ("p", "**DAG20.1-04:** Remains open pending the outcome of CR030, which addresses the role codes "
              "used by the MDS."),

        ("h", "3. CR024 Ex-Committee Decision"),
        ("p", "The Programme reminded members that CR024 (Alignment of MHHS Data Items with the REC Data "
              "Specification) was raised by RECCo on 15 March 2023. Following the DAG meeting on 12 July "
              "2023, RECCo provided version 2.0 of the CR with a reduced scope, and the Programme re-issued "
              "it for a five working day IA with a specific question on delivery and implementation "
              "timescale impacts. Nine responses were received; none identified an impact on SIT timelines."),
        ("p", "The SRO approved CR024 version 2.0 via ex-committee decision on 02 August 2023, and DAG "
              "members were notified of the decision by email on 02/08/2023."),
        ("decision", "DAG-DEC62", "The SRO approved CR024 version 2.0 via ex-committee decision on 02 August "
                                  "2023"),
        ("p", "SJ thanked members for their engagement. The DAG agreed CR024 should be implemented in "
              "Interim Release 4 (IR4), alongside CR025."),

        ("h", "4. CR027 Decision"),
        ("p", "PW presented the IA responses to CR027 (Distribution Use of System (DUoS) E-Billing Data "
              "Integration Platform (DIP) message for MHHS), which was issued for IA on 14 July 2023 "
              "following the July DAG. Twelve responses were received, ten of which supported the CR. "
              "Respondents welcomed the alignment with the DCUSA and the inclusion of the message formats as "
              "an attachment to the CR."),
        ("p", "CBu raised concerns about the cost to small Suppliers of building a new DIP message before "
              "go-live. PP advised that receipt of the message would be optional for Suppliers until the end "
              "of the migration period. RG confirmed the DIP could accommodate the new message in IR4 "
              "without impact to the DIP build schedule."),
        ("p", "The Chair requested DAG members' views on whether CR027 should be approved for implementation "
              "in Interim Release 4."),
        ("p", "DAG members voted as follows:"),
        ("vote", [
            ("DNO Representative", "for"),
            ("Elexon Representative (as central systems provider)", "for"),
            ("I&C Supplier Representative", "for"),
            ("iDNO Representative", "for"),
            ("Large Supplier Representative", "for"),
            ("National Grid ESO", "abstain"),
            ("RECCo Representative", "for"),
            ("Small Supplier Representative", "against"),
            ("Supplier Agent Representative", "for"),
            ("Supplier Agent Representative (Independent Supplier Agent)", "for"),
            ("DCC Representative (as smart meter central system provider)", "abstain"),
            ("Medium Supplier Representative", "for"),
            ("Consumer Representative", "absent"),
        ]),
        ("p", "Members' Voting Comments:"),
        ("comments", [
            ("DNO Representative",
             "DY approved CR027, noting it completes the DCUSA work on site specific DUoS billing."),
            ("Elexon Representative (as central systems provider)",
             "RLam approved CR027, noting Elexon central systems are not impacted beyond the DIP message "
             "catalogue."),
            ("I&C Supplier Representative",
             "AG approved CR027, noting I&C Suppliers receive the largest volume of site specific DUoS "
             "invoices."),
            ("iDNO Representative", "DJ approved CR027."),
            ("Large Supplier Representative",
             "EL approved CR027, provided receipt of the message remains optional until the end of "
             "migration."),
            ("National Grid ESO", "DA abstained, noting NGESO are not impacted by CR027."),
            ("RECCo Representative", "SJ approved CR027."),
            ("Small Supplier Representative",
             "CBu rejected CR027, citing the cost to small Suppliers of building a new DIP message ahead of "
             "go-live."),
            ("Supplier Agent Representative", "RL approved CR027, noting agents are not impacted."),
            ("Supplier Agent Representative (Independent Supplier Agent)", "SC approved CR027."),
            ("DCC Representative (as smart meter central system provider)",
             "SS abstained, noting DCC are not impacted by CR027."),
            ("Medium Supplier Representative", "VB approved CR027."),
            ("Consumer Representative", "Constituency representative not in attendance"),
        ]),
        ("p", "The Chair summarised that nine DAG members voted to approve, one voted to reject, two "
              "abstained, and one was not in attendance. The Chair, acting with delegated authority from the "
              "MHHS SRO, approved CR027 for implementation in Interim Release 4."),
        ("decision", "DAG-DEC63",
         "The SRO approved CR027 (Distribution Use of System (DUoS) E-Billing Data Integration Platform "
         "(DIP) message for MHHS) for implementation in Interim Release 4"),

        ("h", "5. Operational Choreography Design Artefact (CR018)"),
        ("p", "Following the approval of CR018 version 1.8 (Registration Service Operating Hours) after the "
              "July meeting, the Programme issued the redlined Operational Choreography Design Artefact (OC) "
              "to DAG members for review on 19 July 2023. PP presented the comments received and the changes "
              "made: the wording on DNO performance assurance has been removed, and the OC now reflects the "
              "operating hours set out in CR018 only."),
        ("p", "SC, the Supplier Agent Representative (Independent Supplier Agent), welcomed the changes and "
              "confirmed agents' concerns about appointment timing had been addressed. RLam confirmed the "
              "revised wording is consistent with Elexon-led performance assurance arrangements."),
        ("p", "The Chair invited any objections to the approval of the document, to which none were "
              "received. The Chair, acting with delegated authority from the MHHS SRO, approved the "
              "document."),
        ("decision", "DAG-DEC64",
         "The SRO approved the baselining of the Operational Choreography Design Artefact version 2.0"),
        ("p", "The Programme confirmed CR018 will be scheduled for implementation in Interim Release 5 "
              "(IR5)."),

        ("h", "6. D-Flows in System Integration Testing"),
        ("p", "MMc provided an update on DAG26-01. OM confirmed Elexon's SIT CIT build will not include "
              "D-Flows, and the SIT team is assessing whether a D-Flow stub is needed for SIT Functional "
              "testing. The Programme will return to DAG in September with a proposal."),

        ("h", "7. Programme Change Requests"),
        ("p", "The Programme presented the CR log. CR030 (Alignment of BSC Market Role Codes with the MHHS "
              "Design) was raised by Elexon and presented to the Cross Code Advisory Group (CCAG) on 26 July "
              "2023. CR030 was issued for Impact Assessment on 31/07/2023; the IA closes on 25 August 2023. "
              "The Programme aims to bring CR030 to the September DAG for decision."),
        ("action", "DAG27-02", "Programme to present a summary of CR030 Impact Assessment responses to DAG"),

        ("h", "8. DAG Terms of Reference Review"),
        ("p", "FM presented the updated DAG Terms of Reference, which clarify the role of DAG following the "
              "completion of the M5 Work-Off Plan. DAG members supported the changes. The updated Terms of "
              "Reference will be submitted to the Programme Steering Group (PSG) for approval."),
        ("action", "DAG27-03",
         "PMO to submit the updated DAG Terms of Reference to the Programme Steering Group (PSG) for "
         "approval"),

        ("h", "9. Interim Releases and DIN Log"),
        ("p", "Simon Johnson presented the Interim Release 4 (IR4) plan. IR4 will include CR024, CR025 and "
              "CR027 and is planned for publication on 29 September 2023. CR018 will follow in Interim "
              "Release 5. BK advised the DIN log has been updated to reflect the July decisions."),
        ("action", "DAG27-01",
         "PMO to publish the Interim Release 4 (IR4) scope, including CR024, CR025 and CR027, on the MHHS "
         "website"),

        ("h", "10. Programme Updates"),
        ("p", "SP provided an update on Programme delivery. SIT CIT entry remains on track. JBo noted Ofgem "
              "welcomed the progress made on outstanding CRs since the July DAG. CBe advised the IPA had no "
              "concerns to raise."),

        ("h", "11. Summary and next steps"),
        ("p", "The Chair thanked members for their expert input and closed the meeting."),
    ],
    "next_meeting": "13 September 2023 10am",
}
