"""The narrative pipeline's shortcuts give what testing every token gives: the initials component (which
tests only tokens that may start as initials do), the trigger Matcher (asked only of sentences with a word
its patterns require) and the gated entity ruler (tests/test_narrative_pipeline.py compares that one), on
every paragraph of every sample, layout and held-out document and on texts made to probe them."""

from pathlib import Path

import pytest
import spacy
from minutes_kg.extractor import narrative
from minutes_kg.extractor.pdf_pages import parse_pdf
from minutes_kg.extractor.record import extract
from minutes_kg.extractor.roster import Person, Roster, looks_like_initials
from minutes_kg.extractor.rule_gates import Gate, GatedEntityRuler, make_doc
from spacy.matcher import Matcher

ROOT = Path(__file__).resolve().parents[1]
PROBES = ["SJ and CBu agreed; (RLam) and RG's note, AB-CD, x.SJ, SJ.", "ISSUED TO IA; Issuance for Impact.",
          "Release 3 will INCLUDE CR018; Elexon RAISED CR017. DECISION: Approved.", "cannot CANNOT Cannot", "",
          "Mutually Exclusive; baselined as version two."]


def _roster(record: dict) -> Roster:
    roster = Roster()
    for p in record["people"]:
        roster.add(Person(p["name"], initials=list(p["initials"]), group=p["group"], role=p["role"],
                          constituency=p["constituency"], attendance=p["attendance"]))
    return roster


def _every_token(doc, roster: Roster):
    """The initials component as it was: every token tested."""
    spans = list(doc.ents)
    taken = {i for s in spans for i in range(s.start, s.end)}
    for tok in doc:
        if tok.i in taken or not looks_like_initials(tok.text):
            continue
        person = roster.resolve(tok.text)
        if person:
            tok._.person = person.key
            spans.append(spacy.tokens.Span(doc, tok.i, tok.i + 1, label="PERSON"))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


# initials of every length and place of the second capital, and tokens that only nearly are initials
MADE_UP = {"people": [{"name": n, "initials": [i], "group": None, "role": None, "constituency": None,
                       "attendance": "present"}
                      for n, i in (("Jane Doe", "JdoeS"), ("Al Bo", "AB"), ("Cy Dee", "CyD"), ("Ed Fo", "EdfO"))]}
MADE_UP_TEXTS = ["JdoeS, AB, CyD and EdfO agreed; (JdoeS) JdoeSx AB's CYD Cyd EDFO-AB A B."]


def _documents() -> list[tuple[dict, list[str]]]:
    out = [(MADE_UP, MADE_UP_TEXTS + PROBES)]
    for pdf in sorted((ROOT / "samples").glob("**/*.pdf")):
        texts = [b.text for b in parse_pdf(pdf).blocks if getattr(b, "kind", "") == "para"]
        out.append((extract(pdf), PROBES + texts))
    return out


@pytest.fixture(scope="module")
def documents():
    return _documents()


def _seen(doc) -> list:
    return [(e.start, e.end, e.label_, e.ent_id_, e[0]._.person) for e in doc.ents]


def test_initials_component_gives_every_token_test(documents):
    nlp, _ = narrative.pipeline()
    found = 0
    for record, texts in documents:
        ours_roster, theirs_roster = _roster(record), _roster(record)
        ours = [_seen(d) for d in nlp.pipe(texts, component_cfg={"initials_mentions": {"roster": ours_roster}})]
        with nlp.select_pipes(disable=["initials_mentions"]):
            theirs = [_seen(_every_token(d, theirs_roster)) for d in nlp.pipe(texts)]
        assert ours == theirs
        assert [p.to_record() for p in ours_roster.people] == [p.to_record() for p in theirs_roster.people]
        assert ours_roster.warnings == theirs_roster.warnings
        found += sum(1 for doc in ours for e in doc if e[2] == "PERSON")
    assert found > 50  # people were found by initials: the check ran


def test_trigger_gate_gives_the_matchers_labels(documents):
    nlp, triggers = narrative.pipeline()
    plain = Matcher(nlp.vocab)
    for label, patterns in narrative.TRIGGERS.items():
        plain.add(label, patterns)
    labels = set()
    for _record, texts in documents:
        for doc in nlp.pipe(texts):
            for sent in doc.sents:
                theirs = {span.label_ for span in plain(sent, as_spans=True)}
                assert triggers.labels(sent, sent.text) == theirs
                labels |= theirs
    assert set(narrative.TRIGGERS) - {"MUTEX"} <= labels  # (nearly) every trigger fired somewhere


def test_kept_text_is_the_docs_text(documents):
    """The components read the text a doc was made from, and a sentence's text is its slice of it."""
    nlp, _ = narrative.pipeline()
    for _record, texts in documents:
        for text, doc in zip(texts, nlp.pipe(make_doc(nlp, t) for t in texts)):
            assert doc._.text == doc.text == text
            assert all(text[s.start_char:s.end_char] == s.text for s in doc.sents)


def test_gate_needs_the_words_of_a_pattern():
    g = Gate([[{"LOWER": "raised"}, {"LOWER": "by"}], [{"LOWER": {"IN": ["to", "ia"]}, "OP": "?"}, {"ORTH": "x"},
                                                       {"LOWER": {"IN": ["issued", "issue"]}}]], ["Elexon"])
    assert g.passes("RAISED BY") and g.passes("raisedby") and g.passes("Issue") and g.passes("Elexon")
    assert not g.passes("raised on") and not g.passes("elexon was raising it to IA")
    assert Gate([[{"LOWER": "a"}], [{"IS_DIGIT": True}]]).passes("x")  # a pattern that needs no word: every text
    assert Gate([[{"LOWER": "a", "OP": "+"}]]).passes("x")
    assert Gate([]).passes("x") and Gate([], [""]).passes("x")


def test_gated_ruler_follows_its_patterns():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("gated_entity_ruler", name="entity_ruler")
    assert isinstance(ruler, GatedEntityRuler)
    ruler.add_patterns([{"label": "ORG", "pattern": "Calder Power"}])
    assert [e.text for e in nlp("Calder Power and Vale Gas").ents] == ["Calder Power"]
    ruler.add_patterns([{"label": "ORG", "pattern": [{"LOWER": "vale"}, {"LOWER": "gas"}]}])
    assert [e.text for e in nlp("Calder Power and Vale Gas").ents] == ["Calder Power", "Vale Gas"]
    ruler.add_patterns([{"label": "NUM", "pattern": [{"IS_DIGIT": True}]}])
    assert [e.text for e in nlp("no org, 12").ents] == ["12"]
    ruler.clear()
    ruler.add_patterns([{"label": "ORG", "pattern": "Vale"}])
    assert [e.text for e in nlp("Calder Power and Vale Gas, 12").ents] == ["Vale"]


def test_trigger_labels_on_made_sentences():
    """A trigger whose patterns begin and end with given words is asked only of the tokens between the first
    and the last of them: the labels are still a Matcher's of the whole sentence, at the bounds of its runs."""
    nlp, triggers = narrative.pipeline()
    plain = Matcher(nlp.vocab)
    for label, patterns in narrative.TRIGGERS.items():
        plain.add(label, patterns)
    w = "word "
    texts = ["CP1234 was issued to IA.", "The IA was issued to members.", "Issue it for impact, issue it for IA.",
             "issue " + w * 12 + "to " + w * 5 + "ia", "issue " + w * 13 + "to " + w * 5 + "ia",
             "issue " + w * 12 + "to " + w * 6 + "ia", "ia to issue", "IA to issue for IA", "issuance for IA issue",
             "approved", "Rejected. Approved.", "It was raised by Elexon and raised on 3 May.", "mutually exclusive",
             "raised", "to IA issued"]
    fired = set()
    for doc in nlp.pipe(texts):
        for sent in doc.sents:
            theirs = {span.label_ for span in plain(sent, as_spans=True)}
            assert triggers.labels(sent, sent.text) == theirs, sent.text
            fired |= theirs
    assert {"ISSUED_IA", "DECIDED", "RAISED_BY", "MUTEX"} <= fired
