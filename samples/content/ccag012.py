"""CCAG012, 26 July 2023: FICTIONAL Cross Code Advisory Group minutes, written for minutes-kg.

The story: CR030 raised by Elexon and issued for Impact Assessment after a vote; CR024 version 2.0
re-issued for a five working day IA (follows DAG026); CR027 IA due to close; CCAG11-01 and
CCAG11-03 closed, CCAG11-02 carried forward. Liam Hughes deputises for Robert Langdon (in
apologies).

DELIBERATE ERROR: the Chair's summary of the CR030 vote says "five members voted for" but the
table ticks only four "For" (the other counts agree: three against, four abstain, one not in
attendance): the stated tally disagrees with the ballots, as happens in real minutes. Do not fix it.
"""

from .ccag011 import ACTION_COLUMNS, DECISION_COLUMNS, VOTE_COLUMNS

MEETING = {
    "id": "CCAG012",
    "body": "Cross Code Advisory Group",
    "abbr": "CCAG",
    "doc_ref": "MHHS-DEL1712",
    "issue_date": "02/08/2023",
    "venue": "Virtual – MS Teams",
    "date_time": "26 July 2023 14:00-16:00",
    "classification": "Public",
    "action_columns": ACTION_COLUMNS,
    "decision_columns": DECISION_COLUMNS,
    "vote_columns": VOTE_COLUMNS,
    "attendees": [
        ("Chair", [
            ("Hannah Corrigan (Chair)", "Chair"),
        ]),
        ("Industry Representatives", [
            ("Carolyn Burns (CBu)", "Small Supplier Representative"),
            ("Daniel Arrowsmith (DA) (part meeting)", "National Grid ESO (as CUSC and Grid Code "
                                                      "administrator)"),
            ("Gareth Evans (GE)", "I&C Supplier Representative"),
            ("Haz Elmamoun (HE)", "Large Supplier Representative"),
            ("Liam Hughes (LH) (on behalf of Robert Langdon)", "Supplier Agent Representative"),
            ("Lorna Mackie (LM)", "SEC Representative"),
            ("Marcus Oduya (MO)", "DCUSA Representative"),
            ("Oliver Meggitt (OM)", "Elexon Representative (as BSC Code Manager)"),
            ("Peter Waymont (PW)", "DNO Representative"),
            ("Sarah Jones (SJo)", "RECCo Representative (as REC Code Manager)"),
            ("Vladimir Black (VB)", "Medium Supplier Representative"),
        ]),
        ("MHHS", [
            ("Fraser Mathieson (FM)", "PMO Governance Lead"),
            ("Jason Brogden (JB)", "Code Drafting Lead"),
            ("Matt McKeon (MMc)", "Design Team"),
            ("Megan O'Hara (MO)", "Code Drafting Team"),
        ]),
        ("Other Attendees", [
            ("Colin Bezant (CBe) (part meeting)", "IPA"),
            ("Jenny Boothe (JBo)", "Ofgem"),
        ]),
    ],
    "apologies": [
        ("Caroline Farquhar", "Consumer Representative"),
        ("Robert Langdon", "Supplier Agent Representative"),
    ],
    "actions": [
        {"ref": "CCAG12-01", "area": "CR030 Impact Assessment",
         "action": "PMO to publish CR030 and its Impact Assessment questions on the MHHS website",
         "due": "31/07/2023", "owner": "Programme (PMO)"},
        {"ref": "CCAG12-02", "area": "CR030 Impact Assessment",
         "action": "Elexon to share the draft BSC legal text affected by CR030 with CCAG members",
         "due": "23/08/2023", "owner": "Elexon (Oliver Meggitt)"},
        {"ref": "CCAG12-03", "area": "Code Drafting Plan",
         "action": "CCAG members to review version 1.2 of the M6 code drafting plan and provide comments to "
                   "the PMO",
         "due": "ASAP", "owner": "CCAG Members"},
        {"ref": "CCAG11-02", "area": "Previous Meeting(s)",
         "action": "Programme to confirm how the terminology column in the MHHS Interface Catalogue will be "
                   "referenced in the code drafting guidance",
         "due": "26/07/2023", "owner": "Programme (Code Drafting Team)"},
        {"ref": "CCAG10-03", "area": None,
         "action": "Programme to publish a consolidated view of code change dependencies for the M6 code "
                   "drafting plan",
         "due": "31/05/2023", "owner": "Programme (Jason Brogden)"},
    ],
    "decisions": [
        {"ref": "CCAG-DEC21", "area": "Minutes and actions",
         "decision": "Minutes of CCAG meeting held 28 June 2023 approved with no amendments"},
        {"ref": "CCAG-DEC22", "area": "CR030 Impact Assessment",
         "decision": "The CCAG approved the issuance of CR030 (Alignment of BSC Market Role Codes with the "
                     "MHHS Design) to Impact Assessment"},
    ],
    "minutes": [
        ("h", "1. Welcome and Introductions"),
        ("p", "The Chair welcomed attendees to the meeting. The Chair noted LH was attending on behalf of "
              "Robert Langdon for the Supplier Agent constituency."),

        ("h", "2. Minutes and Actions"),
        ("p", "The minutes of the CCAG meeting held 28 June 2023 were approved with no amendments."),
        ("decision", "CCAG-DEC21", "Minutes of CCAG meeting held 28 June 2023 approved with no amendments"),
        ("p", "The CCAG reviewed the outstanding actions. Key updates are provided below."),
        ("p", "**CCAG11-01 & CCAG11-03:** Closed. SJo circulated the list of affected REC and BSC provisions "
              "on 05/07/2023 and PW circulated the DCUSA working group report on 30 June 2023."),
        ("p", "**CCAG11-02:** JB advised the code drafting guidance will be updated once CR025 is included "
              "in a design Interim Release. The action remains open."),
        ("p", "**CCAG09-02:** Closed. LM and MO, the DCUSA Representative, provided nominations."),

        ("h", "3. CR030 (Alignment of BSC Market Role Codes with the MHHS Design)"),
        ("p", "OM presented CR030, a new CR raised by Elexon on 18 July 2023. CR030 seeks to align the "
              "market role codes used in the BSC and its Code Subsidiary Documents with the role codes used "
              "in the MHHS Design, removing the need for a translation table in central systems. OM advised "
              "the CR also closes a question raised under DAG action DAG20.1-04 on which role code the MDS "
              "would use."),
        ("p", "MMc confirmed the Design Team had reviewed the CR and that the change would affect the MHHS "
              "Interface Catalogue and the DES-138 Data Integration Platform Interface Specification. GE and "
              "HE asked that the IA questions cover impacts on Supplier systems. VB questioned whether the "
              "change was necessary before go-live."),
        ("p", "The Chair asked members whether they supported CR030 being issued for Impact Assessment. CCAG "
              "members voted as follows:"),
        ("vote", [
            ("Elexon Representative (as BSC Code Manager)", "for"),
            ("RECCo Representative (as REC Code Manager)", "for"),
            ("DCUSA Representative", "abstain"),
            ("SEC Representative", "abstain"),
            ("National Grid ESO", "abstain"),
            ("Large Supplier Representative", "against"),
            ("Medium Supplier Representative", "against"),
            ("Small Supplier Representative", "for"),
            ("I&C Supplier Representative", "against"),
            ("Supplier Agent Representative", "abstain"),
            ("DNO Representative", "for"),
            ("Consumer Representative", "absent"),
        ]),
        ("p", "Members' Voting Comments:"),
        ("comments", [
            ("Elexon Representative (as BSC Code Manager)", "OM supported issuing CR030 for IA."),
            ("RECCo Representative (as REC Code Manager)",
             "SJo supported issuing CR030 for IA, noting the REC uses the same role codes as the BSC."),
            ("DCUSA Representative", "MO abstained, noting DCUSA is not impacted by CR030."),
            ("SEC Representative", "LM abstained, noting the SEC is not impacted by CR030."),
            ("National Grid ESO", "DA abstained, noting NGESO are not impacted by CR030."),
            ("Large Supplier Representative",
             "HE voted against, believing the change is not needed before go-live and would add to Supplier "
             "workload during SIT."),
            ("Medium Supplier Representative", "VB voted against for the same reasons as HE."),
            ("Small Supplier Representative",
             "CBu supported issuing CR030 for IA so that the impacts on small Suppliers can be understood."),
            ("I&C Supplier Representative",
             "GE voted against, but asked that if the CR is issued the IA includes a question on Supplier "
             "system impacts."),
            ("Supplier Agent Representative",
             "LH abstained, as the Supplier Agent constituency had not been consulted on the CR."),
            ("DNO Representative", "PW supported issuing CR030 for IA."),
            ("Consumer Representative", "Constituency representative not in attendance"),
        ]),
        ("p", "The Chair summarised that five members voted for, three voted against, four abstained and one "
              "was not in attendance. The Chair noted that issuing a CR for IA does not commit the Programme "
              "to the change, and that the IA responses would inform the DAG decision. The CCAG agreed CR030 "
              "should be issued for Impact Assessment with a specific question on Supplier system impacts."),
        ("decision", "CCAG-DEC22",
         "The CCAG approved the issuance of CR030 (Alignment of BSC Market Role Codes with the MHHS Design) "
         "to Impact Assessment"),
        ("action", "CCAG12-01", "PMO to publish CR030 and its Impact Assessment questions on the MHHS "
                                "website"),
        ("action", "CCAG12-02", "Elexon to share the draft BSC legal text affected by CR030 with CCAG "
                                "members"),
        ("p", "The Programme advised CR030 will be issued for IA on 31/07/2023 with responses due by 25 "
              "August 2023, and will be reported to the DAG meeting on 09 August 2023."),

        ("h", "4. CR024 and CR027 Updates"),
        ("p", "SJo advised that, following the DAG meeting on 12 July 2023, RECCo provided CR024 version 2.0 "
              "to the Programme on 17 July 2023 and the CR was re-issued for a five working day IA closing "
              "on 28/07/2023. An ex-committee decision will be sought once the IA closes."),
        ("p", "PW advised the IA for CR027 (Distribution Use of System (DUoS) E-Billing Data Integration "
              "Platform (DIP) message for MHHS) closes on 04 August 2023, and the CR is expected to be put "
              "to the DAG for decision on 09 August 2023."),

        ("h", "5. Code Drafting Plan"),
        ("p", "JB presented version 1.2 of the M6 code drafting plan, which adds CR025 and CR021 to the "
              "interface code drafting tranche starting in October 2023. MO, of the Programme Code Drafting "
              "Team, advised the consolidated view of code change dependencies (CCAG10-03) would follow in "
              "August."),
        ("action", "CCAG12-03",
         "CCAG members to review version 1.2 of the M6 code drafting plan and provide comments to the PMO"),

        ("h", "6. Summary and next steps"),
        ("p", "The Chair thanked members for their input and closed the meeting."),
    ],
    "next_meeting": "30 August 2023 14:00",
}
