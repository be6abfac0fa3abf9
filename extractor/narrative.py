"""Relations stated in running text, found by a blank spaCy pipeline of rule components.

Pipeline: sentencizer -> EntityRuler (CR ids, document refs, organisations, releases)
-> ``initials_mentions`` (tokens that are a listed person's initials, resolved by the
meeting's roster) -> Matcher patterns for the relation triggers, applied per sentence.
No statistical model is loaded.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Span, Token

from .dates import all_dates
from .keys import ORGANISATIONS, org_key
from .mentions import cr_ids, leading_change, release_mentions
from .roster import Roster, looks_like_initials

if not Token.has_extension("person"):
    Token.set_extension("person", default=None)

NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
# last words that make an unknown name an organisation ("Calder Power", "Severn Valley Networks")
ORG_ENDINGS = {"Energy", "Power", "Networks", "Network", "Grid", "Supply", "Supplies", "Generation", "Gas",
               "Electricity", "Distribution", "Transmission", "Utilities", "Metering", "Shipping", "Storage",
               "Renewables", "Retail", "Ltd", "Limited", "plc", "PLC", "LLP", "Group", "Company", "Services",
               "Systems", "Solutions", "Partners", "Council", "Authority", "Association", "Trust", "Agency"}


@Language.factory("initials_mentions")
class InitialsMentions:
    """Marks tokens that denote a person of this meeting; ``roster`` is set per document."""

    def __init__(self, nlp: Language, name: str):
        self.roster: Roster | None = None

    def __call__(self, doc):
        if self.roster is None:
            return doc
        spans = list(doc.ents)
        taken = {i for s in spans for i in range(s.start, s.end)}
        for tok in doc:
            if tok.i in taken or not looks_like_initials(tok.text):
                continue
            person = self.roster.resolve(tok.text)
            if person:
                tok._.person = person.key
                spans.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        doc.ents = sorted(spans, key=lambda s: s.start)
        return doc


@lru_cache(maxsize=1)
def pipeline() -> tuple[Language, Matcher]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    patterns = [
        {"label": "CR", "pattern": [{"TEXT": {"REGEX": r"^CR-?\d{2,3}$"}}]},
        {"label": "DOC", "pattern": [{"TEXT": {"REGEX": r"^DES-?\d{2,4}$"}}]},
        {"label": "RELEASE", "pattern": [{"IS_TITLE": True, "LOWER": {"NOT_IN": ["press"]}}, {"LOWER": "release"},
                                         {"IS_DIGIT": True}]},
        {"label": "RELEASE", "pattern": [{"TEXT": {"REGEX": r"^IR\d+$"}}]},
    ]
    for canon, aliases in ORGANISATIONS.items():
        if canon == "Programme":
            continue
        for alias in aliases:
            patterns.append({"label": "ORG", "id": canon,
                             "pattern": [{"ORTH": w} for w in alias.split()]})
    ruler.add_patterns(patterns)
    nlp.add_pipe("initials_mentions")
    matcher = Matcher(nlp.vocab)
    matcher.add("RAISED_BY", [[{"LOWER": "raised"}, {"LOWER": "by"}]])
    matcher.add("RAISED_ON", [[{"LOWER": "raised"}, {"LOWER": "on"}]])
    matcher.add("ISSUED_IA", [
        [{"LOWER": {"IN": ["issued", "issuance", "issue"]}}, {"OP": "{0,12}"},
         {"LOWER": {"IN": ["to", "for"]}}, {"OP": "{0,5}"}, {"LOWER": {"IN": ["ia", "impact"]}}],
    ])
    matcher.add("MUTEX", [[{"LOWER": "mutually"}, {"LOWER": "exclusive"}]])
    matcher.add("SCHEDULED", [
        [{"LOWER": {"IN": ["scheduled", "implementation", "implemented", "inclusion", "follow", "included"]}},
         {"OP": "{0,4}"}, {"ENT_TYPE": "RELEASE"}],
        [{"ENT_TYPE": "RELEASE"}, {"OP": "{0,3}"}, {"LOWER": {"IN": ["include", "includes", "including"]}}],
    ])
    matcher.add("RAISED_ACTIVE", [[{"ENT_TYPE": "ORG"}, {"LOWER": {"IN": ["had", "has"]}, "OP": "?"},
                                   {"LOWER": "raised"}, {}]])
    matcher.add("BASELINED_AS", [[{"LOWER": "baselined"}, {"LOWER": "as"}, {"LOWER": "version"}, {}]])
    matcher.add("DECIDED", [[{"LOWER": {"IN": ["approved", "rejected"]}}]])
    return nlp, matcher


def _page_at(paragraph, offset: int) -> int:
    pos = 0
    for ln in paragraph.lines:
        pos += len(ln.text) + 1
        if offset < pos:
            return ln.page
    return paragraph.lines[-1].page if paragraph.lines else paragraph.page


def sentences(items, roster: Roster):
    """Yield (sentence Span, page, item) over the Minutes part; tables excluded."""
    nlp, _ = pipeline()
    nlp.get_pipe("initials_mentions").roster = roster
    paras = [(p, it) for it in items for p in it.blocks if getattr(p, "kind", "") == "para"]
    for (para, item), doc in zip(paras, nlp.pipe(p.text for p, _ in paras)):
        for sent in doc.sents:
            yield sent, _page_at(para, sent.start_char), item


def find_relations(items, roster: Roster, meeting_key: str, decided: set[tuple[str, str]],
                   meeting_date: str | None = None) -> dict:
    """Relations, CR raise dates and document versions stated in the text.

    ``decided`` holds (type, target) pairs already stated by a decision, so that the
    narrative account of the same decision adds no second relation.
    """
    _, matcher = pipeline()
    rels: list[dict] = []
    raised_on: dict[str, tuple[str, dict]] = {}
    baselined_versions: list[tuple[str, int, str]] = []  # (version, page, quote) to attach later
    sentence_list: list[tuple[str, int]] = []
    mentions_by_person: dict[str, list[dict]] = {}
    org_names: dict[str, str] = {}  # organisations named only as a change's raiser: key -> name

    def add(rtype, frm, to, page, quote, **props):
        rels.append({"type": rtype, "from": frm, "to": to, **props,
                     "evidence": [{"page": page, "quote": quote}]})

    for sent, page, item in sentences(items, roster):
        text = sent.text.strip()
        sentence_list.append((text, page))
        for ent in sent.ents:
            if ent.label_ == "PERSON":
                mentions_by_person.setdefault(ent[0]._.person, []).append({"page": page, "quote": text})
        labels = {sent.doc.vocab.strings[m_id] for m_id, _, _ in matcher(sent)}
        if re.match(r"^(ACTION|DECISION)\b", text):
            if not re.match(r"^DECISION\b", text) or "SCHEDULED" not in labels:
                continue
            labels = {"SCHEDULED"}  # "DECISION X: ... approved CR045 for implementation in Release 2"
        crs = cr_ids(text)
        heading_crs = cr_ids(item.title)
        generic_cr = bool(re.search(r"\b(the|a|new|this) (CR|modification|proposal|change proposal)\b", text))
        targets = crs or (heading_crs if generic_cr and len(heading_crs) == 1 else [])
        if "RAISED_BY" in labels:
            after = text[text.lower().index("raised by") + len("raised by"):]
            who = _actor(after, sent, roster, org_names)
            date = next((iso for _, iso in all_dates(after)), None)
            before = cr_ids(text[:text.lower().index("raised by")])  # "X, raised by A as an alternative to Y"
            for cr in (before if crs and before else targets):
                if who:
                    add("RAISED", who, f"cr:{cr}", page, text, date=date)
                if date:
                    raised_on.setdefault(cr, (date, {"page": page, "quote": text}))
        if "RAISED_ON" in labels:
            after = text[text.lower().index("raised on"):]
            date = next((iso for _, iso in all_dates(after)), None)
            for cr in targets[:1]:
                if date:
                    raised_on.setdefault(cr, (date, {"page": page, "quote": text}))
        if "RAISED_ACTIVE" in labels:  # "Elexon raised CR018", "Elexon has raised P272"
            m = re.search(r"\b(?:had |has )?raised\s+", text)
            raised = leading_change(text[m.end():]) if m else None
            who = _actor(text[:m.start()].split(",")[-1].split(" that ")[-1], sent, roster,
                         org_names) if raised else None
            if who:
                add("RAISED", who, f"cr:{raised}", page, text, date=None)
        if "ISSUED_IA" in labels and _issued_here(text, meeting_date):
            issued_at = re.search(r"\bissu", text).start()
            date = next((iso for _, iso in all_dates(text[issued_at:])), None)
            for cr in targets:
                add("ISSUED_FOR_IMPACT_ASSESSMENT", meeting_key, f"cr:{cr}", page, text, date=date)
        if "MUTEX" in labels:
            plural = re.search(r"\b(the|both|two) (CRs|modifications|proposals)\b", text)
            pair = crs if len(crs) >= 2 else heading_crs if plural else []
            if len(pair) >= 2:
                a, b = sorted(pair)[:2]
                add("MUTUALLY_EXCLUSIVE_WITH", f"cr:{a}", f"cr:{b}", page, text)
        if "SCHEDULED" in labels and not re.search(r"\b(not|if|unless|whether)\b", text):
            for rel_key, _span in release_mentions(text)[:1]:
                for cr in targets:
                    add("SCHEDULED_FOR", f"cr:{cr}", rel_key, page, text)
        if "BASELINED_AS" in labels:
            m = re.search(r"baselined as version (\S+?)[,.]?(?:\s|$)", text)
            if m:
                v = NUMBER_WORDS.get(m.group(1).lower(), m.group(1))
                baselined_versions.append((v, page, text))
        if "DECIDED" in labels and crs:
            m = re.search(r"\breject(?:ed)?\b", text)
            head, tail = (text[:m.start()], text[m.start():]) if m else (text, "")
            if re.search(r"\bapproved\b", head) and not re.search(r"\b(if|whether|would|not)\b", head):
                for cr in cr_ids(head):
                    if ("APPROVED", f"cr:{cr}") not in decided:
                        add("APPROVED", meeting_key, f"cr:{cr}", page, text, decided_by=None)
            if m and re.match(r"rejected\b", tail) and not re.search(r"\b(if|whether|would)\b", text[:m.start()]):
                clause = re.split(r",\s|\s(?:as|because|since|given)\s", tail)[0]
                for cr in cr_ids(clause):
                    if ("REJECTED", f"cr:{cr}") not in decided:
                        add("REJECTED", meeting_key, f"cr:{cr}", page, text, decided_by=None)
    return {"relations": rels, "raised_on": raised_on, "baselined_versions": baselined_versions,
            "sentences": sentence_list, "person_mentions": mentions_by_person, "org_names": org_names}


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
    issued_at = re.search(r"\bissu", text).start()
    dates = [iso for _, iso in all_dates(text[issued_at:])]
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
