"""Relations stated in running text, found by a blank spaCy pipeline of rule components.

Pipeline: sentencizer -> ``id_mentions`` (CR ids, document refs, IR releases) -> EntityRuler
(organisations, "Release 3")
-> ``initials_mentions`` (tokens that are a listed person's initials, resolved by the
meeting's roster, which each document passes in through ``component_cfg``) -> Matcher
patterns for the relation triggers, applied per sentence as labelled spans; ``HANDLERS``
maps each trigger label to the function that reads what its sentence states.
No statistical model is loaded.

The components look only at the tokens that can be what they look for: a regex over the text finds
where such a token may start (an id's letters, two capitals), and only the token starting there is
tested; the ruler and the trigger Matcher match only in a text that has a word their patterns require
(extractor/rule_gates.py). Each gives what testing every token gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from .dates import all_dates
from .keys import ORGANISATIONS, org_key
from .mentions import cr_ids, leading_change, release_mentions
from .relations import relation
from .roster import Roster, looks_like_initials
from .rule_gates import GATED_ENTITY_RULER, Gate, doc_text, make_doc, required_words

if not Token.has_extension("person"):
    Token.set_extension("person", default=None)
if not Doc.has_extension("roster"):
    Doc.set_extension("roster", default=None)

NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
# last words that make an unknown name an organisation ("Calder Power", "Severn Valley Networks")
ORG_ENDINGS = {"Energy", "Power", "Networks", "Network", "Grid", "Supply", "Supplies", "Generation", "Gas",
               "Electricity", "Distribution", "Transmission", "Utilities", "Metering", "Shipping", "Storage",
               "Renewables", "Retail", "Ltd", "Limited", "plc", "PLC", "LLP", "Group", "Company", "Services",
               "Systems", "Solutions", "Partners", "Council", "Authority", "Association", "Trust", "Agency"}


@Language.factory("initials_mentions")
class InitialsMentions:
    """Marks tokens that denote a person of this meeting.

    The meeting's roster is per-document state: it comes in through ``component_cfg``
    (``nlp.pipe(texts, component_cfg={"initials_mentions": {"roster": roster}})``) and stays on the
    Doc as ``doc._.roster``; the shared, cached pipeline itself holds none.
    """

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc, roster: Roster | None = None) -> Doc:
        doc._.roster = roster if roster is not None else doc._.roster
        if doc._.roster is None:
            return doc
        spans = list(doc.ents)
        taken = {i for s in spans for i in range(s.start, s.end)}
        for tok in _tokens_at(doc, doc_text(doc), _MAY_BE_INITIALS):
            if tok.i in taken or not looks_like_initials(tok.text):
                continue
            person = doc._.roster.resolve(tok.text)
            if person:
                tok._.person = person.key
                spans.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        doc.ents = sorted(spans, key=lambda s: s.start)
        return doc

    def pipe(self, docs: Iterable[Doc], roster: Roster | None = None, batch_size: int | None = None
             ) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc, roster)


# where a token that looks like initials ([A-Z][A-Za-z]{1,4} with two capitals, roster.looks_like_initials) may start
_MAY_BE_INITIALS = re.compile(r"(?=[A-Z][A-Za-z]{0,3}[A-Z])")


def _tokens_at(doc: Doc, text: str, starts: re.Pattern) -> Iterator[Token]:
    """The tokens of ``doc`` that start where ``starts`` matches in its text, in order."""
    for m in starts.finditer(text):
        span = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].idx == m.start():
            yield span[0]


# tokens that are one id each: label -> the whole token's form
ID_TOKENS = (("CR", re.compile(r"CR-?\d{2,3}")), ("DOC", re.compile(r"DES-?\d{2,4}")),
             ("RELEASE", re.compile(r"IR\d+")))
_ANY_ID = re.compile("|".join(rx.pattern for _label, rx in ID_TOKENS))
_MAY_BE_ID = re.compile(f"(?=(?:{_ANY_ID.pattern}))")  # where a token of an id's form may start


@Language.component("id_mentions")
def id_mentions(doc: Doc) -> Doc:
    """CR ids, document references and IR releases: each a token whose whole text has the id's form.

    The same as entity-ruler token patterns with a REGEX on TEXT, without the ruler testing every token
    of every text against each regex: a text in which no id occurs at all is passed over at once
    (tests/test_narrative_pipeline.py holds the two to the same entities)."""
    text = doc_text(doc)
    if not _ANY_ID.search(text):
        return doc
    spans = list(doc.ents)
    for tok in _tokens_at(doc, text, _MAY_BE_ID):
        for label, rx in ID_TOKENS:
            if rx.fullmatch(tok.text):
                spans.append(Span(doc, tok.i, tok.i + 1, label=label))
                break
    doc.ents = spans
    return doc


# the relation triggers: label -> Matcher token patterns (each label's handler is in HANDLERS)
TRIGGERS: dict[str, list[list[dict[str, Any]]]] = {
    "RAISED_BY": [[{"LOWER": "raised"}, {"LOWER": "by"}]],
    "RAISED_ON": [[{"LOWER": "raised"}, {"LOWER": "on"}]],
    "ISSUED_IA": [
        [{"LOWER": {"IN": ["issued", "issuance", "issue"]}}, {"OP": "{0,12}"},
         {"LOWER": {"IN": ["to", "for"]}}, {"OP": "{0,5}"}, {"LOWER": {"IN": ["ia", "impact"]}}],
    ],
    "MUTEX": [[{"LOWER": "mutually"}, {"LOWER": "exclusive"}]],
    "SCHEDULED": [
        [{"LOWER": {"IN": ["scheduled", "implementation", "implemented", "inclusion", "follow", "included"]}},
         {"OP": "{0,4}"}, {"ENT_TYPE": "RELEASE"}],
        [{"ENT_TYPE": "RELEASE"}, {"OP": "{0,3}"}, {"LOWER": {"IN": ["include", "includes", "including"]}}],
    ],
    "RAISED_ACTIVE": [[{"ENT_TYPE": "ORG"}, {"LOWER": {"IN": ["had", "has"]}, "OP": "?"},
                       {"LOWER": "raised"}, {}]],
    "BASELINED_AS": [[{"LOWER": "baselined"}, {"LOWER": "as"}, {"LOWER": "version"}, {}]],
    "DECIDED": [[{"LOWER": {"IN": ["approved", "rejected"]}}]],
}


class Triggers:
    """The trigger patterns, a Matcher per label, each asked only of a sentence that has what one of its
    patterns requires (the labels are those a Matcher of all of them gives)."""

    def __init__(self, nlp: Language, patterns: dict[str, list[list[dict[str, Any]]]]):
        self.rules: list[tuple[str, Gate, Matcher, tuple[frozenset[str], frozenset[str]] | None]] = []
        for label, label_patterns in patterns.items():
            matcher = Matcher(nlp.vocab)
            matcher.add(label, label_patterns)
            self.rules.append((label, Gate(label_patterns), matcher, _ends(label_patterns)))

    def labels(self, sent: Span, text: str) -> set[str]:
        """The labels of the triggers in the sentence (``text``: its text)."""
        lower = text.lower()
        return {label for label, gate, matcher, ends in self.rules if gate.passes(text, lower)
                and (matcher(sent) if ends is None else _matches_within(matcher, sent, ends))}


def _ends(patterns: list[list[dict[str, Any]]]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words (lower case) a match of one of the patterns begins with and those it ends with, when every
    pattern's first and last tokens are one token each that must be one of some words; else None."""
    firsts: set[str] = set()
    lasts: set[str] = set()
    for pattern in patterns:
        for spec, words in ((pattern[0], firsts), (pattern[-1], lasts)):
            needs = required_words([spec]) if set(spec) == {"LOWER"} else None
            if needs is None:
                return None
            words.update(needs[0])
    return frozenset(firsts), frozenset(lasts)


def _matches_within(matcher: Matcher, sent: Span, ends: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether ``matcher`` matches in ``sent``, asked only of the tokens from the first a match can begin with
    to the last one it can end with (every match lies there; a pattern with a long run of any tokens is slow
    to try over a whole sentence)."""
    firsts, lasts = ends
    lows = [t.lower_ for t in sent]
    start = next((i for i, w in enumerate(lows) if w in firsts), None)
    end = next((i for i in range(len(lows) - 1, -1, -1) if lows[i] in lasts), None)
    if start is None or end is None or end < start:
        return False
    return bool(matcher(sent[start:end + 1]))


@lru_cache(maxsize=1)
def pipeline() -> tuple[Language, Triggers]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("id_mentions")
    ruler: Any = nlp.add_pipe(GATED_ENTITY_RULER, name="entity_ruler")
    patterns = [
        {"label": "RELEASE", "pattern": [{"IS_TITLE": True, "LOWER": {"NOT_IN": ["press"]}}, {"LOWER": "release"},
                                         {"IS_DIGIT": True}]},
    ]
    for canon, aliases in ORGANISATIONS.items():
        if canon == "Programme":
            continue
        for alias in aliases:
            # a phrase pattern: the ruler's PhraseMatcher finds these without a per-token check
            patterns.append({"label": "ORG", "id": canon, "pattern": alias})
    ruler.add_patterns(patterns)
    nlp.add_pipe("initials_mentions")
    return nlp, Triggers(nlp, TRIGGERS)


def _page_at(paragraph, offset: int) -> int:
    pos = 0
    for ln in paragraph.lines:
        pos += len(ln.text) + 1
        if offset < pos:
            return ln.page
    return paragraph.lines[-1].page if paragraph.lines else paragraph.page


def sentences(items, roster: Roster):
    """Yield (sentence Span, its text, page, item) over the Minutes part; tables excluded."""
    nlp, _ = pipeline()
    paras = [(p, it) for it in items for p in it.blocks if getattr(p, "kind", "") == "para"]
    docs = nlp.pipe((make_doc(nlp, p.text) for p, _ in paras),
                    component_cfg={"initials_mentions": {"roster": roster}})
    for (para, item), doc in zip(paras, docs):
        for sent in doc.sents:
            yield sent, para.text[sent.start_char:sent.end_char], _page_at(para, sent.start_char), item


@dataclass
class _Found:
    """What the running text states, gathered sentence by sentence."""

    roster: Roster
    meeting_key: str
    decided: set[tuple[str, str]]
    meeting_date: str | None
    relations: list[dict] = field(default_factory=list)
    raised_on: dict[str, tuple[str, dict]] = field(default_factory=dict)
    baselined_versions: list[tuple[str, int, str]] = field(default_factory=list)  # (version, page, quote)
    org_names: dict[str, str] = field(default_factory=dict)  # organisations named only as a raiser: key -> name

    def add(self, rtype: str, frm: str, to: str, s: _Sentence, **props) -> None:
        self.relations.append(relation(rtype, frm, to, [{"page": s.page, "quote": s.text}], **props))


@dataclass
class _Sentence:
    span: Span
    text: str
    page: int
    crs: list[str]  # the changes the sentence names
    heading_crs: list[str]  # the changes its agenda item's heading names
    targets: list[str]  # what "the CR" / "this modification" points at when the sentence names none


def _raised_by(f: _Found, s: _Sentence) -> None:
    cut = s.text.lower().index("raised by")
    after = s.text[cut + len("raised by"):]
    who = _actor(after, s.span, f.roster, f.org_names)
    date = next((iso for _, iso in all_dates(after)), None)
    before = cr_ids(s.text[:cut])  # "X, raised by A as an alternative to Y"
    for cr in (before if s.crs and before else s.targets):
        if who:
            f.add("RAISED", who, f"cr:{cr}", s, date=date)
        if date:
            f.raised_on.setdefault(cr, (date, {"page": s.page, "quote": s.text}))


def _raised_on(f: _Found, s: _Sentence) -> None:
    date = next((iso for _, iso in all_dates(s.text[s.text.lower().index("raised on"):])), None)
    for cr in s.targets[:1]:
        if date:
            f.raised_on.setdefault(cr, (date, {"page": s.page, "quote": s.text}))


def _raised_active(f: _Found, s: _Sentence) -> None:  # "Elexon raised CR018", "Elexon has raised P272"
    m = re.search(r"\b(?:had |has )?raised\s+", s.text)
    raised = leading_change(s.text[m.end():]) if m else None
    if m and raised:
        who = _actor(s.text[:m.start()].split(",")[-1].split(" that ")[-1], s.span, f.roster, f.org_names)
        if who:
            f.add("RAISED", who, f"cr:{raised}", s, date=None)


def _issued_ia(f: _Found, s: _Sentence) -> None:
    if not _issued_here(s.text, f.meeting_date):
        return
    issued = re.search(r"\bissu", s.text)
    date = next((iso for _, iso in all_dates(s.text[issued.start():])), None) if issued else None
    for cr in s.targets:
        f.add("ISSUED_FOR_IMPACT_ASSESSMENT", f.meeting_key, f"cr:{cr}", s, date=date)


def _mutex(f: _Found, s: _Sentence) -> None:
    plural = re.search(r"\b(the|both|two) (CRs|modifications|proposals)\b", s.text)
    pair = s.crs if len(s.crs) >= 2 else s.heading_crs if plural else []
    if len(pair) >= 2:
        a, b = sorted(pair)[:2]
        f.add("MUTUALLY_EXCLUSIVE_WITH", f"cr:{a}", f"cr:{b}", s)


def _scheduled(f: _Found, s: _Sentence) -> None:
    if re.search(r"\b(not|if|unless|whether)\b", s.text):
        return
    for rel_key, _span in release_mentions(s.text)[:1]:
        for cr in s.targets:
            f.add("SCHEDULED_FOR", f"cr:{cr}", rel_key, s)


def _baselined_as(f: _Found, s: _Sentence) -> None:
    m = re.search(r"baselined as version (\S+?)[,.]?(?:\s|$)", s.text)
    if m:
        f.baselined_versions.append((NUMBER_WORDS.get(m.group(1).lower(), m.group(1)), s.page, s.text))


def _decided(f: _Found, s: _Sentence) -> None:
    """'The DAG approved CR018 and rejected CR017' said in the narrative, unless a decision already states it."""
    if not s.crs:
        return
    text = s.text
    m = re.search(r"\breject(?:ed)?\b", text)
    head, tail = (text[:m.start()], text[m.start():]) if m else (text, "")
    if re.search(r"\bapproved\b", head) and not re.search(r"\b(if|whether|would|not)\b", head):
        for cr in cr_ids(head):
            if ("APPROVED", f"cr:{cr}") not in f.decided:
                f.add("APPROVED", f.meeting_key, f"cr:{cr}", s, decided_by=None)
    if m and re.match(r"rejected\b", tail) and not re.search(r"\b(if|whether|would)\b", text[:m.start()]):
        clause = re.split(r",\s|\s(?:as|because|since|given)\s", tail)[0]
        for cr in cr_ids(clause):
            if ("REJECTED", f"cr:{cr}") not in f.decided:
                f.add("REJECTED", f.meeting_key, f"cr:{cr}", s, decided_by=None)


# trigger label (of TRIGGERS) -> what the sentence it fires in states; run in this order
HANDLERS: dict[str, Callable[[_Found, _Sentence], None]] = {
    "RAISED_BY": _raised_by,
    "RAISED_ON": _raised_on,
    "RAISED_ACTIVE": _raised_active,
    "ISSUED_IA": _issued_ia,
    "MUTEX": _mutex,
    "SCHEDULED": _scheduled,
    "BASELINED_AS": _baselined_as,
    "DECIDED": _decided,
}


def find_relations(items, roster: Roster, meeting_key: str, decided: set[tuple[str, str]],
                   meeting_date: str | None = None) -> dict:
    """Relations, CR raise dates and document versions stated in the text.

    Each sentence's triggers are the Matcher's labelled spans; each label's handler reads what the
    sentence states. ``decided`` holds (type, target) pairs already stated by a decision, so that
    the narrative account of the same decision adds no second relation.
    """
    _, triggers = pipeline()
    found = _Found(roster, meeting_key, decided, meeting_date)
    sentence_list: list[tuple[str, int]] = []
    mentions_by_person: dict[str, list[dict]] = {}
    for sent, sent_text, page, item in sentences(items, roster):
        text = sent_text.strip()
        sentence_list.append((text, page))
        for ent in sent.ents:
            if ent.label_ == "PERSON":
                mentions_by_person.setdefault(ent[0]._.person, []).append({"page": page, "quote": text})
        labels = triggers.labels(sent, sent_text)
        if re.match(r"^(ACTION|DECISION)\b", text):
            if not re.match(r"^DECISION\b", text) or "SCHEDULED" not in labels:
                continue  # the action and decision readers read these lines
            labels = {"SCHEDULED"}  # "DECISION X: ... approved CR045 for implementation in Release 2"
        crs = cr_ids(text)
        heading_crs = cr_ids(item.title)
        generic_cr = bool(re.search(r"\b([Tt]he|a|[Nn]ew|[Tt]his) (CR|change|modification|proposal|change proposal)\b",
                                     text))
        targets = crs or (heading_crs if generic_cr and len(heading_crs) == 1 else [])
        s = _Sentence(sent, text, page, crs, heading_crs, targets)
        for label, handler in HANDLERS.items():
            if label in labels:
                handler(found, s)
    return {"relations": found.relations, "raised_on": found.raised_on,
            "baselined_versions": found.baselined_versions, "sentences": sentence_list,
            "person_mentions": mentions_by_person, "org_names": found.org_names}


PROSPECTIVE_ISSUE = re.compile(r"\b(should|will|would|to) be (?:re-)?issued\b|\bagreed\b(?:[^.]|\.(?=\d))*\bissu|"
                               r"\bissuance\b|\bto (?:re-)?issue\b")
REPORTED_ISSUE = re.compile(r"\b(was|were|had been|has been|have been)\b[^.;]{0,40}\b(?:re-)?issued\b|"
                            r"\b(?:re-)?issued (it|them)\b")


def _issued_here(text: str, meeting_date: str | None) -> bool:
    """An issue for impact assessment done or agreed at this meeting, not a report of an earlier one."""
    if re.search(r"\bnot\b.{0,20}issu", text) or REPORTED_ISSUE.search(text):
        return False
    if not PROSPECTIVE_ISSUE.search(text):
        return False
    issued = re.search(r"\bissu", text)
    dates = [iso for _, iso in all_dates(text[issued.start():])] if issued else []
    return not (dates and meeting_date and dates[0] < meeting_date)


def _actor(text: str, sent, roster: Roster, coined: dict[str, str] | None = None) -> str | None:
    """The organisation or person named right after 'raised by'; an organisation the meeting does not
    list is keyed by its name, kept in ``coined`` (key -> name as printed)."""
    m = re.match(r"\s*(?:the\s+)?([A-Z][\w.&]*(?:\s+[A-Z][\w.&]*)*)", text)
    if not m:
        return None
    name = m.group(1)
    for canon, aliases in ORGANISATIONS.items():
        if name in aliases or name.split()[0] in aliases:
            return org_key(canon)
    person = roster.by_name(name) or (roster.resolve(name) if looks_like_initials(name) else None)
    if person:
        return person.key
    if len(name.split()) >= 2 and name.split()[-1] in ORG_ENDINGS:  # "raised by Calder Power"
        if coined is not None:
            coined[org_key(name)] = name
        return org_key(name)
    return None
