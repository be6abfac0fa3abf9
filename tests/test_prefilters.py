"""A cheap search done before a slow one passes over only texts the slow one finds nothing in: on every
text unit of every sample, layout and held-out document and on texts made to probe them (other cases of
the words, letters that re.I folds but str.lower does not)."""

from pathlib import Path

import pytest
from minutes_kg.extractor import attendance_prose, identity, people, sections
from minutes_kg.extractor.entities import text_units
from minutes_kg.extractor.pdf_pages import parse_pdf

ROOT = Path(__file__).resolve().parents[1]
PROBES = ["Elexon Design Advisory Group (DAG) Minutes", "DESIGN ADVISORY GROUP (DAG)\nMINUTES", "(dag)  minutes",
          "Date of next meeting: 4 June", "The NEXT meeting will be held on 3 May", "Next Meeting", "neXt",
          "Apologies were received from Ana Lutz", "APOLOGIES: Ben Roe", "Ana Lutz sent apologies.",
          "Ana Lutz left the meeting at 8pm", "Cllr Roe joined the Chamber", "ABSENT: Roe", "aſent", "ſubſtitute",
          "abſent", "apologieſ", "Ben Roe LEFT", "ınplace", "Proxy", "VOTING RIGHTS passed", "Kelvin K", ""]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    out = list(PROBES)
    for pdf in sorted((ROOT / "samples").glob("**/*.pdf")):
        out += [t for t, _ in text_units(parse_pdf(pdf))]
    return out


def test_searched_first_is_in_every_match(texts):
    found = dict.fromkeys(("title", "next", "sent", "part"), 0)
    for t in texts:
        if sections.TITLE.search(t):
            found["title"] += 1
            assert sections._TITLE_END.search(t), t
        if identity.NEXT_MEETING.search(t):
            found["next"] += 1
            assert identity._NEXT.search(t), t
        if attendance_prose.SENT_APOLOGIES.search(t):
            found["sent"] += 1
            assert "apologies" in t, t
        if attendance_prose.PART_SENTENCE.search(t):
            found["part"] += 1
            assert people._PART_PLACE.search(t), t
    assert all(found.values()), found  # each slow search found something: the check ran


def test_attendance_words_in_lower_case_as_case_insensitively(texts):
    assert sum(people._says_attendance(t) for t in texts) > 20
    for t in texts:
        assert people._says_attendance(t) == bool(people._ATTENDANCE_RX.search(t)), t


MOTIONS = ["Moved by Cllr Lutz, seconded by Cllr Roe", "PROPOSED: Ana Lutz SECONDED: Ben Roe", "RESOLVED (Lutz/Roe)",
           "on the Motion of Cllr Abara", "Eve Gale proposed that ...; Finn Hale seconded.", "Proposer: Ana Lutz",
           "Cllr Lutz proposed, and Cllr Roe seconded, that", "ſeconded by Ben Roe", "MOVED Cllr Roe"]


def test_no_motion_word_no_motion(texts):
    from minutes_kg.extractor import vote_prose
    stated = 0
    for t in texts + MOTIONS:
        for s in [t] + vote_prose.sentences(t):
            read = vote_prose._read_motion(s)
            stated += read != (None, None)
            if not vote_prose._may_state_motion(s):
                assert read == (None, None), s
    assert stated > 10


VOTES = ["Seven members voted to approve, two against and one abstained", "Yes: 6; No: 2; Abstain: 1",
         "with FIVE votes in favour and one abstention", "131 in favour to 3 against, with 4 abstentions",
         "voted 5-3 to recommend approval", "by 5 votes to 3", "defeated by six votes to four", "by fivevotes tothree",
         "BY SIX–FOUR", "by 5-3", "Carried by a majority of 7 to 2", "ſix in favour, two againſt", "For 6, Against 2",
         "no abstentions", "For: A Lutz, B Roe and C Dean; Against: D Fenn; Abstain: E Gale", "Against – Roe",
         "Councillors Roe and Fenn VOTED AGAINST", "Cllr Lutz Abstained", "3 against (Northland, Southmark, Eastvale)",
         "Cllr Roe asked that her vote against be recorded", "Cllr Roe abſtained", "CARRIED UNANIMOUSLY",
         "Unanimously Approved", "nem. con.", "NEM CON", "All members present in Favour", "the vote was unanimous",
         "unanımously", "On a Show of Hands", "ROLL-CALL vote", "Put to the Vote", "a secret BALLOT",
         "the motion was PUT", "Division was called", "on a vote", "ſhow of hands"]


def test_no_vote_word_no_vote(texts):
    from minutes_kg.extractor import vote_prose as vp
    found = dict.fromkeys(("count", "score", "bracketed", "verb", "unanimous", "strong", "division", "taken"), 0)
    for t in texts + VOTES:
        for s in [t] + vp.sentences(t):
            counts, scores = vp._may_count(s)
            for rx, key, may in ((vp._NUM_RX, "count", counts), (vp._LABEL_COUNT_RX, "count", counts),
                                 (vp._SCORE_RX, "score", scores), (vp._BRACKETED_RX, "bracketed", "(" in s),
                                 (vp._NAMED_VERB_RX, "verb", vp._may_name_verb(s)),
                                 (vp._UNANIMOUS_RX, "unanimous", vp._has_word(s, vp._UNANIMOUS_WORDS,
                                                                              vp._UNANIMOUS_WORDS_RX)),
                                 (vp._STRONG_UNANIMOUS_RX, "strong", vp._has_word(s, vp._UNANIMOUS_WORDS,
                                                                                  vp._UNANIMOUS_WORDS_RX)),
                                 (vp._DIVISION_RX, "division", any(c in s for c in ":-–")),
                                 (vp._TAKEN_RX, "taken", vp._has_word(s, vp._TAKEN_WORDS, vp._TAKEN_WORDS_RX))):
                if rx.search(s):
                    found[key] += 1
                    assert may, (key, s)
    assert all(found.values()), found  # each slow search found something: the check ran
    assert vp.stated_tally("by fivevotes tothree") == {"for": 5, "against": 3}
    assert vp._may_count("ſix in favour") == (True, True)  # not ASCII: read by the regexes
    assert vp.unanimous("unanımously carried") == bool(vp._STRONG_UNANIMOUS_RX.search("unanımously carried"))


DOCS = ["the DIP PKI Policy and Interface Code of Connections", "DES-138 Data Integration Platform Specification",
        "DES 211", "BSC Issue 104", "CUSC Modification 431", "version 1.2 of the M6 code drafting plan",
        "version 2.0 of the E2E Testing and Integration Strategy", "the Detailed Cutover Plan version 2.0",
        "the CICG Terms of Reference (Version 3.0)", "CR018 version 1.8 (Version Title Of Change)",
        "CR027 (Distribution Use of System Policy Framework) version 2.1 of the plan", "Elexon and Ofgem"]


def test_no_document_word_no_document(texts):
    from minutes_kg.extractor import mentions as mn
    found = dict.fromkeys(("named", "ref", "code", "versioned", "titled", "then", "org"), 0)
    for t in texts + DOCS:
        bare = mn.strip_cr_titles(t)
        assert bare == mn.strip_cr_titles(t, mn.title_spans(t)), t
        assert mn.cr_titles(t) == mn.cr_titles(t, mn.title_spans(t)), t
        for u in (t, bare):
            for rx, key, may in ((mn.NAMED_DOC_RX, "named", mn._may_name_doc(u)), (mn.DOC_REF_RX, "ref", "DES" in u),
                                 (mn.CODE_ISSUE_RX, "code", mn._may_name_code(u)),
                                 (mn.VERSIONED_DOC_RX, "versioned", "version" in t),
                                 (mn.VERSIONED_TITLED_RX, "titled", "version" in t),
                                 (mn._TITLED_THEN_VERSION, "then", "ersion" in u)):
                if rx.search(u):
                    found[key] += 1
                    assert may, (key, u)
        orgs = [m.span() for m in mn._ORG_RX.finditer(t)]
        found["org"] += bool(orgs)
        assert [m.span() for m in mn._ORG_FINDER.finditer(t)] == orgs, t
    assert all(found.values()), found  # each slow search found something: the check ran


def test_white_space_joined_as_by_the_regex(texts):
    import re
    import sys
    spaces = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", c))
    assert spaces == "".join(c for c in map(chr, range(sys.maxunicode + 1)) if len(f"x{c}x".split()) == 2)
    for t in texts + [f"{spaces} a{spaces}b {spaces}", " . ;x\t.", "İ \u2028 ı", "\x1c\x1d\x1e\x1f"]:
        assert " ".join(t.split()) == re.sub(r"\s+", " ", t).strip() == re.sub(r"\s+", " ", t.strip()), t
        assert " ".join(t.lower().split()) == re.sub(r"\s+", " ", t.strip().lower()), t
        assert " ".join(t.split()).strip(" .;") == re.sub(r"\s+", " ", t).strip(" .;"), t


def test_number_words_in_the_letters_a_case_insensitive_regex_takes():
    """ſ, ı, İ match s and i in a case-insensitive regex: a count spelt with them is read, not a KeyError."""
    from minutes_kg.extractor import vote_prose as vp
    assert vp.stated_tally("ſix in favour, two againſt") == {"for": 6, "against": 2}
    assert vp.stated_tally("FİVE in favour and fıve against") == {"for": 5, "against": 5}
    assert vp.stated_tally("SIX in favour, TWO against") == {"for": 6, "against": 2}
