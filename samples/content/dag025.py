"""DAG025, 14 June 2023: FICTIONAL. Written for minutes-kg as the meeting before the real DAG026.

Nothing here is taken from published DAG025 minutes. People who also appear in the real DAG026
keep their names and seats; the story is made to lead into DAG026: CR017/CR018 deferred (decided
at DAG026), CR024/CR025 IA responses (decided at DAG026), CR027 first mentioned (issued for IA at
DAG026), the DIP design documents trailed (baselined at DAG026), DES-138 v2.1 baselined.
Oliver Meggitt deputises for Riccardo Lampini (in apologies); Seth Chapman and Sean Cooper are
both "SC" (Sean Cooper is only ever named in full in the text).
"""

MEETING = {
    "id": "DAG025",
    "body": "Design Advisory Group",
    "abbr": "DAG",
    "doc_ref": "MHHS-DEL1642",
    "issue_date": "21/06/2023",
    "venue": "Virtual – MS Teams",
    "date_time": "14 June 2023 10:00-13:00",
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
            ("Haz Elmamoun (HE)", "Large Supplier Representative"),
            ("Oliver Meggitt (OM) (on behalf of Riccardo Lampini)",
             "Elexon Representative (as central systems provider)"),
            ("Robert Langdon (RL)", "Supplier Agent Representative"),
            ("Sarah Jones (SJ)", "RECCo Representative"),
            ("Seth Chapman (SC)", "Supplier Agent Representative (Independent Supplier Agent)"),
            ("Stuart Scott (SS)", "DCC Representative (as smart meter central system provider)"),
            ("Vladimir Black (VB) (part meeting)", "Medium Supplier Representative"),
        ]),
        ("MHHS", [
            ("Berlinda Kugara (BK)", "Design Team"),
            ("Fraser Mathieson (FM)", "PMO Governance Lead"),
            ("Matthew McKeon (MM)", "Design Team"),
            ("Paul Pettitt (PP)", "Design Lead"),
            ("Richard Gwatkin (RG) (part meeting)", "DIP Lead"),
            ("Sean Cooper (SC) (part meeting)", "Design Team"),
            ("Smitha Pichrikat (SP)", "Delivery Lead"),
            ("Yusuf Adebayo (YA) (part meeting)", "DIP Technical Architect"),
        ]),
        ("Other Attendees", [
            ("Colin Bezant (CBe)", "IPA"),
            ("Jenny Boothe (JBo)", "Ofgem"),
            ("Peter Waymont (PW) (part meeting)", "UKPN"),
        ]),
    ],
    "apologies": [
        ("Caroline Farquhar", "Consumer Representative"),
        ("Riccardo Lampini", "Elexon Representative"),
    ],
    "actions": [
        {"area": "CR017 & CR018", "ref": "DAG25-01",
         "action": "Programme to produce a redlined version of the Operational Choreography Design Artefact "
                   "(OC) reflecting CR018 version 1.8 and circulate it to DAG members ahead of the July DAG",
         "owner": "Programme (Design Team)", "due": "05/07/2023"},
        {"area": "CR024 & CR025 Impact Assessment", "ref": "DAG25-02",
         "action": "RECCo to engage with CR025 Impact Assessment respondents to agree changes to the "
                   "implementation solution and report back to DAG",
         "owner": "RECCo (Sarah Jones)", "due": "12/07/2023"},
        {"area": "DIP Design Documents", "ref": "DAG25-03",
         "action": "Programme to bring the Interface Code of Connections, the DIP PKI Certificate Profiles "
                   "and the DIP PKI Policy to the July DAG for approval following SDWG assurance",
         "owner": "Programme (Richard Gwatkin)", "due": "12/07/2023"},
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
        {"area": "Minutes and actions", "ref": "DAG-DEC51",
         "decision": "Minutes and Headline Report of DAG meeting held 10 May 2023 approved with no "
                     "amendments"},
        {"area": "DIP Interface Specification", "ref": "DAG-DEC52",
         "decision": "The SRO approved the baselining of the DES-138 Data Integration Platform Interface "
                     "Specification version 2.1"},
        {"area": "CR017 & CR018", "ref": "DAG-DEC53",
         "decision": "The DAG agreed to defer the decision on CR017 and CR018 to the DAG meeting on 12 July "
                     "2023, pending publication of a redlined Operational Choreography Design Artefact"},
        {"area": "CR021 Decision", "ref": "DAG-DEC54",
         "decision": "The SRO approved CR021 (Market-wide Data Service (MDS) Interface Timing Amendments) "
                     "for implementation in Interim Release 3"},
    ],
    "minutes": [
        ("h", "1. Welcome and Introductions"),
        ("p", "The Chair welcomed attendees to the meeting and provided an overview of the meeting agenda. "
              "The Chair noted OM was attending on behalf of Riccardo Lampini for the Elexon constituency."),

        ("h", "2. Minutes and Actions"),
        ("p", "The Minutes and Headline Report of the DAG meeting held 10 May 2023 were approved with no "
              "amendments."),
        ("decision", "DAG-DEC51",
         "Minutes and Headline Report of DAG meeting held 10 May 2023 approved with no amendments"),
        ("p", "The DAG reviewed the outstanding actions. Full action wording and updates can be found within "
              "the meeting papers. Key updates are provided below."),
        ("p", "**DAG24-01 & DAG24-02:** Closed."),
        ("p", "**DAG20.1-04:** MM advised the Programme expects to confirm the role code by the end of July; "
              "the action remains open."),
        ("p", "**DAG17-02 & DAG20-03:** Actions remain open pending the review of the DAG Terms of "
              "Reference, which is planned for the August DAG."),

        ("h", "3. DIP Interface Specification (DES-138)"),
        ("p", "RG presented the updates made to the DES-138 Data Integration Platform Interface "
              "Specification since version 2.0, which include clarified message acknowledgement rules, "
              "revised error codes and the alignment of the message header with the MHHS Interface "
              "Catalogue. YA confirmed the changes had been reviewed by the DIP Service Provider and had no "
              "impact on the DIP build schedule."),
        ("p", "HE asked whether participants would be given a further opportunity to comment before the "
              "document was baselined. RG advised the document had been consulted upon between 15 May 2023 "
              "and 02/06/2023 and all comments received had been responded to in the consultation log "
              "published with the meeting papers."),
        ("p", "The Chair invited any objections to the approval of the document, to which none were "
              "received. The Chair, acting with delegated authority from the MHHS Senior Responsible Owner "
              "(SRO), approved the document."),
        ("decision", "DAG-DEC52",
         "The SRO approved the baselining of the DES-138 Data Integration Platform Interface Specification "
         "version 2.1"),
        ("p", "The Programme confirmed DES-138 would be published to the MHHS website as version 2.1 and "
              "remains subject to change control."),
        ("p", "RG also provided an early view of the DIP security design documents (the Interface Code of "
              "Connections, the DIP PKI Certificate Profiles and the DIP PKI Policy), which are progressing "
              "through the Security Design Working Group (SDWG) assurance forum. The Programme intends to "
              "bring these documents to the July DAG for approval."),
        ("action", "DAG25-03",
         "Programme to bring the Interface Code of Connections, the DIP PKI Certificate Profiles and the DIP "
         "PKI Policy to the July DAG for approval following SDWG assurance"),

        ("h", "4. CR017 & CR018 Next Steps"),
        ("p", "The DAG received an update on CR017 (DSO Registration Service DIP Messages Processing Times) "
              "and CR018 (Registration Service Operating Hours). The Chair reminded members that the two CRs "
              "are mutually exclusive, so the approval of one would result in the rejection of the other. "
              "CR018 version 1.8 reflects the changes agreed at the May DAG."),
        ("p", "SP advised that a decision on the CRs was needed soon to avoid an impact on SIT CIT "
              "readiness, and indicated that, if approved, CR018 would be scheduled for inclusion within "
              "Interim Release 3 (IR3)."),
        ("p", "SC, the Supplier Agent Representative (Independent Supplier Agent), advised agents could not "
              "assess the impacts of CR018 without seeing how it would be expressed in the Operational "
              "Choreography Design Artefact (OC). RL agreed and requested a redlined OC be made available "
              "before members are asked to vote. DY supported CR018 and noted DNOs had consistently asked "
              "for certainty on operating hours."),
        ("p", "JBo noted Ofgem's interest in a timely decision, given CR018 was first raised in February "
              "2023."),
        ("p", "The Chair agreed the Programme would produce a redlined OC reflecting CR018 version 1.8 and "
              "that the decision on CR017 and CR018 would be deferred to the July DAG."),
        ("action", "DAG25-01",
         "Programme to produce a redlined version of the Operational Choreography Design Artefact (OC) "
         "reflecting CR018 version 1.8 and circulate it to DAG members ahead of the July DAG"),
        ("decision", "DAG-DEC53",
         "The DAG agreed to defer the decision on CR017 and CR018 to the DAG meeting on 12 July 2023, "
         "pending publication of a redlined Operational Choreography Design Artefact"),

        ("h", "5. CR024 & CR025 Impact Assessment Responses"),
        ("b", "CR024"),
        ("p", "CR024 (Alignment of MHHS Data Items with the REC Data Specification) was raised by RECCo on "
              "15 March 2023 and issued for Impact Assessment (IA) on 19 May 2023. The IA closed on "
              "09/06/2023 with eighteen responses. The Programme presented a first summary of the responses: "
              "a majority of respondents supported the intent of the CR, but several Suppliers and Supplier "
              "Agents raised concerns about the scope of the change and its effect on implementation "
              "timescales."),
        ("p", "SJ advised RECCo would consider whether the scope of CR024 could be reduced in response to "
              "the comments received, and that the Cross Code Advisory Group (CCAG) would review the code "
              "impacts at its meeting on 28 June 2023. The Chair noted a decision on CR024 would be sought "
              "at the July DAG."),
        ("b", "CR025"),
        ("p", "The Programme summarised the IA responses to CR025 (Data Integration Platform (DIP) Interface "
              "Name Changes). AG and CBu noted the concerns of some Suppliers that renaming interfaces at "
              "this stage could cause rework. SJ offered to engage with the respondents concerned to find an "
              "implementation solution that avoids rework."),
        ("action", "DAG25-02",
         "RECCo to engage with CR025 Impact Assessment respondents to agree changes to the implementation "
         "solution and report back to DAG"),

        ("h", "6. CR021 Decision"),
        ("p", "MM presented CR021 (Market-wide Data Service (MDS) Interface Timing Amendments) and the IA "
              "responses received, none of which opposed the change. SS confirmed DCC had no objections."),
        ("p", "The Chair invited any objections to the approval of CR021, to which none were received. The "
              "Chair, acting with delegated authority from the MHHS SRO, approved CR021 for implementation "
              "in Interim Release 3."),
        ("decision", "DAG-DEC54",
         "The SRO approved CR021 (Market-wide Data Service (MDS) Interface Timing Amendments) for "
         "implementation in Interim Release 3"),

        ("h", "7. Programme Change Requests"),
        ("p", "The Programme provided an overview of the CR log. The Programme advised a new CR, CR027, was "
              "raised by UKPN on 06 June 2023. CR027 seeks to introduce a new DIP message for site specific "
              "Distribution Use of System (DUoS) E-Billing and follows work undertaken under the "
              "Distribution Connection and Use of System Agreement (DCUSA). PW advised the message formats "
              "would be provided as an attachment to the CR."),
        ("p", "The Programme intends to present CR027 to the July DAG with a view to issuing it for IA."),

        ("h", "8. Interim Releases and DIN Log"),
        ("p", "BK presented the Interim Release 3 (IR3) plan. IR3 will be published on 28 July 2023 and will "
              "include CR021 and the DES-138 version 2.1 changes. VB queried whether the DIN log would be "
              "republished alongside IR3; BK confirmed it would."),

        ("h", "9. Summary and next steps"),
        ("p", "The Chair thanked members for their input and closed the meeting."),
    ],
    "next_meeting": "12 July 2023 10am",
}
