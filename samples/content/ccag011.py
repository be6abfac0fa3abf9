"""CCAG011, 28 June 2023: FICTIONAL Cross Code Advisory Group minutes, written for minutes-kg.

Same house style as the DAG minutes, but the tables put their columns in another order and use
other words: actions "Ref | Area | Action | Due Date | Owner", decisions "Dec Ref | Decision |
Area", votes "Constituency | Abstain | Against | For". The story: CR024 IA responses and code
impacts (raised by RECCo on 15 March 2023), a vote on a CCAG recommendation for CR024 (the Chair's
summary matches the ticks: 7 for, 2 against, 2 abstain, 1 not in attendance), CR025 code drafting
terminology, CR027 trailed. Amira Khan deputises for Vladimir Black (in apologies). "MO" is both
Marcus Oduya (DCUSA Representative) and Megan O'Hara (Code Drafting Team): the text always says
which one by role.
"""

ACTION_COLUMNS = [("ref", "Ref"), ("area", "Area"), ("action", "Action"), ("due", "Due Date"), ("owner", ""
                                                                                                         "Owner")]
DECISION_COLUMNS = [("ref", "Dec Ref"), ("decision", "Decision"), ("area", "Area")]
VOTE_COLUMNS = [("constituency", "Constituency"), ("abstain", "Abstain"), ("against", "Against"), ("for", ""
                                                                                                          "For")]

MEETING = {
    "id": "CCAG011",
    "body": "Cross Code Advisory Group",
    "abbr": "CCAG",
    "doc_ref": "MHHS-DEL1671",
    "issue_date": "05/07/2023",
    "venue": "Virtual – MS Teams",
    "date_time": "28 June 2023 14:00-16:00",
    "classification": "Public",
    "action_columns": ACTION_COLUMNS,
    "decision_columns": DECISION_COLUMNS,
    "vote_columns": VOTE_COLUMNS,
    "attendees": [
        ("Chair", [
            ("Hannah Corrigan (Chair)", "Chair"),
        ]),
        ("Industry Representatives", [
            ("Amira Khan (AK) (on behalf of Vladimir Black)", "Medium Supplier Representative"),
            ("Carolyn Burns (CBu)", "Small Supplier Representative"),
            ("Daniel Arrowsmith (DA)", "National Grid ESO (as CUSC and Grid Code administrator)"),
            ("Gareth Evans (GE)", "I&C Supplier Representative"),
            ("Haz Elmamoun (HE)", "Large Supplier Representative"),
            ("Lorna Mackie (LM)", "SEC Representative"),
            ("Marcus Oduya (MO)", "DCUSA Representative"),
            ("Oliver Meggitt (OM)", "Elexon Representative (as BSC Code Manager)"),
            ("Peter Waymont (PW)", "DNO Representative"),
            ("Robert Langdon (RL) (part meeting)", "Supplier Agent Representative"),
            ("Sarah Jones (SJo)", "RECCo Representative (as REC Code Manager)"),
        ]),
        ("MHHS", [
            ("Fraser Mathieson (FM)", "PMO Governance Lead"),
            ("Jason Brogden (JB)", "Code Drafting Lead"),
            ("Matthew McKeon (MM) (part meeting)", "Design Team"),
            ("Megan O'Hara (MO) (part meeting)", "Code Drafting Team"),
        ]),
        ("Other Attendees", [
            ("Colin Bezant (CBe) (part meeting)", "IPA"),
            ("Jenny Boothe (JBo)", "Ofgem"),
        ]),
    ],
    "apologies": [
        ("Caroline Farquhar", "Consumer Representative"),
        ("Vladimir Black", "Medium Supplier Representative"),
    ],
    "actions": [
        {"ref": "CCAG11-01", "area": "CR024 Code Impacts",
         "action": "RECCo to share with CCAG members the list of REC and BSC provisions affected by the "
                   "reduced scope of CR024",
         "due": "12/07/2023", "owner": "RECCo (Sarah Jones)"},
        {"ref": "CCAG11-02", "area": "CR025 Code Drafting",
         "action": "Programme to confirm how the terminology column in the MHHS Interface Catalogue will be "
                   "referenced in the code drafting guidance",
         "due": "26/07/2023", "owner": "Programme (Code Drafting Team)"},
        {"ref": "CCAG11-03", "area": "CR027 DCUSA Alignment",
         "action": "UKPN to circulate the DCUSA working group report underpinning CR027 to CCAG members",
         "due": "ASAP", "owner": "UKPN (Peter Waymont)"},
        {"ref": "CCAG10-03", "area": "Previous Meeting(s)",
         "action": "Programme to publish a consolidated view of code change dependencies for the M6 code "
                   "drafting plan",
         "due": "31/05/2023", "owner": "Programme (Jason Brogden)"},
        {"ref": "CCAG09-02", "area": None,
         "action": "CCAG members to nominate code drafting subject matter experts for each industry code",
         "due": "26/04/2023", "owner": "CCAG Members"},
    ],
    "decisions": [
        {"ref": "CCAG-DEC19", "area": "Minutes and actions",
         "decision": "Minutes of CCAG meeting held 31 May 2023 approved with no amendments"},
        {"ref": "CCAG-DEC20", "area": "CR024 Code Impacts",
         "decision": "The CCAG agreed to recommend to the DAG that CR024 be amended to reduce its scope "
                     "before a decision is taken"},
    ],
    "minutes": [
        ("h", "1. Welcome and Introductions"),
        ("p", "The Chair welcomed attendees to the meeting. The Chair noted AK was attending on behalf of "
              "Vladimir Black for the Medium Supplier constituency, and that apologies had been received "
              "from the Consumer Representative."),

        ("h", "2. Minutes and Actions"),
        ("p", "The minutes of the CCAG meeting held 31 May 2023 were approved with no amendments."),
        ("decision", "CCAG-DEC19", "Minutes of CCAG meeting held 31 May 2023 approved with no amendments"),
        ("p", "The CCAG reviewed the outstanding actions. Key updates are provided below."),
        ("p", "**CCAG10-01 & CCAG10-02:** Closed."),
        ("p", "**CCAG10-03:** JB advised the consolidated view of code change dependencies will be published "
              "with the next version of the code drafting plan. The action remains open."),
        ("p", "**CCAG09-02:** Nominations are still awaited for the SEC and the DCUSA. LM and MO, the DCUSA "
              "Representative, agreed to provide names by the next meeting."),

        ("h", "3. CR024 Impact Assessment Responses and Code Impacts"),
        ("p", "SJo reminded members that CR024 (Alignment of MHHS Data Items with the REC Data "
              "Specification) was raised by RECCo on 15 March 2023 and issued for Impact Assessment (IA) on "
              "19/05/2023. The IA closed on 09 June 2023. The DAG had received a first summary of the IA "
              "responses at its meeting on 14 June 2023."),
        ("p", "SJo presented the code impacts of CR024: changes would be required to the REC Data "
              "Specification and to two BSC Code Subsidiary Documents. OM confirmed Elexon's view that the "
              "BSC changes could be made within the existing M6 code drafting window, but only if the scope "
              "of CR024 is reduced. HE and GE advised Suppliers would not support the CR in its current form "
              "because of its implementation impacts."),
        ("p", "SJo advised RECCo was prepared to de-scope the elements of CR024 which had attracted most "
              "comment, and would share the affected provisions with members."),
        ("action", "CCAG11-01",
         "RECCo to share with CCAG members the list of REC and BSC provisions affected by the reduced scope "
         "of CR024"),
        ("p", "The Chair asked members whether they supported a CCAG recommendation to the DAG that CR024 be "
              "amended to reduce its scope before a decision is taken. CCAG members voted as follows:"),
        ("vote", [
            ("Elexon Representative (as BSC Code Manager)", "for"),
            ("RECCo Representative (as REC Code Manager)", "for"),
            ("DCUSA Representative", "for"),
            ("SEC Representative", "abstain"),
            ("National Grid ESO", "abstain"),
            ("Large Supplier Representative", "for"),
            ("Medium Supplier Representative", "for"),
            ("Small Supplier Representative", "against"),
            ("I&C Supplier Representative", "for"),
            ("Supplier Agent Representative", "against"),
            ("DNO Representative", "for"),
            ("Consumer Representative", "absent"),
        ]),
        ("p", "Members' Voting Comments:"),
        ("comments", [
            ("Elexon Representative (as BSC Code Manager)",
             "OM supported the recommendation, noting a reduced scope keeps the BSC changes within the M6 "
             "code drafting window."),
            ("RECCo Representative (as REC Code Manager)",
             "SJo supported the recommendation and confirmed RECCo will provide a changed marked version."),
            ("DCUSA Representative", "MO supported the recommendation; DCUSA is not directly impacted."),
            ("SEC Representative", "LM abstained, noting the SEC is not impacted by CR024."),
            ("National Grid ESO", "DA abstained, noting NGESO are not impacted by CR024."),
            ("Large Supplier Representative",
             "HE supported the recommendation, provided the de-scoped elements are clearly identified."),
            ("Medium Supplier Representative", "AK supported the recommendation."),
            ("Small Supplier Representative",
             "CBu voted against, believing CR024 should be withdrawn rather than amended, given the "
             "implementation costs for small Suppliers."),
            ("I&C Supplier Representative", "GE supported the recommendation."),
            ("Supplier Agent Representative",
             "RL voted against, noting agents had not had time to assess a reduced scope."),
            ("DNO Representative", "PW supported the recommendation."),
            ("Consumer Representative", "Constituency representative not in attendance"),
        ]),
        ("p", "The Chair summarised that seven CCAG members voted for the recommendation, two voted against, "
              "two abstained, and one was not in attendance. The recommendation will be reported to the DAG "
              "meeting on 12 July 2023."),
        ("decision", "CCAG-DEC20",
         "The CCAG agreed to recommend to the DAG that CR024 be amended to reduce its scope before a "
         "decision is taken"),

        ("h", "4. CR025 Code Drafting Terminology"),
        ("p", "MO, of the Programme Code Drafting Team, explained that the implementation approach being "
              "developed for CR025 (Data Integration Platform (DIP) Interface Name Changes) would add a "
              "column to the MHHS Interface Catalogue giving the terminology to be used in code drafting. JB "
              "confirmed the code drafting guidance would need to reference the new column, and that "
              "interface code drafting is not scheduled to commence until October 2023."),
        ("p", "MM advised the Design Team would reflect the approach in the Interface Catalogue once CR025 "
              "is decided by the DAG."),
        ("action", "CCAG11-02",
         "Programme to confirm how the terminology column in the MHHS Interface Catalogue will be referenced "
         "in the code drafting guidance"),

        ("h", "5. CR027 and DCUSA Alignment"),
        ("p", "PW advised CCAG that UKPN had raised CR027 (Distribution Use of System (DUoS) E-Billing Data "
              "Integration Platform (DIP) message for MHHS) to carry the DCUSA site specific DUoS billing "
              "data over the DIP. MO, the DCUSA Representative, confirmed the DCUSA working group had "
              "concluded its work and that no further DCUSA change would be required if the CR is approved. "
              "The CR will be presented to the DAG on 12 July 2023."),
        ("action", "CCAG11-03",
         "UKPN to circulate the DCUSA working group report underpinning CR027 to CCAG members"),

        ("h", "6. Code Drafting Plan"),
        ("p", "JB presented progress against the M6 code drafting plan. Drafting of the BSC and REC changes "
              "for the first tranche is on track. CBe asked how changes approved after the plan was set "
              "would be absorbed; JB advised approved CRs would be added at the next quarterly review of the "
              "plan."),

        ("h", "7. Summary and next steps"),
        ("p", "The Chair thanked members for their input and closed the meeting."),
    ],
    "next_meeting": "26 July 2023 14:00",
}
