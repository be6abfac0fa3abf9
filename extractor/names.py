"""What one entry of an attendance list says: the name without titles, and its decorations.

``parse_entry("Cllr Dr S Kaur (arrived 7.40pm)")`` -> name "S Kaur", part attendance;
``parse_entry("Ana Lutz (AL) – Calder Power")`` -> initials AL, organisation Calder Power;
``parse_entry("The Chancellor (Dr A Lutz)")`` -> name "A Lutz", role "Chancellor".
The tests of what a token looks like (a person's name, an organisation, a role) are here too, so
that tables, prose lists and the roster decide alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .keys import canonical_org

# honorifics before a name (longest first where one is a prefix of another)
TITLE_WORDS = [
    "The Right Honourable", "The Rt Hon", "Rt Hon", "The Honourable", "The Hon", "Hon",
    "District Councillor", "County Councillor", "Borough Councillor", "Town Councillor", "Parish Councillor",
    "Councillors", "Councillor", "Councilman", "Councilwoman", "Cllrs", "Cllr", "Clrs", "Clr", "Cr",
    "Aldermen", "Alderman", "Alderwoman", "Associate Professor", "Clinical Professor", "Emeritus Professor",
    "Professor", "Prof", "Doctor", "Dr", "Mrs", "Mr", "Ms", "Miss", "Mx", "Messrs", "Sir", "Dame",
    "The Reverend", "The Revd", "Reverend", "Revd", "Rev", "Lord", "Lady", "Baroness", "Baron",
    "Her Worship", "His Worship", "Representative", "Rep", "Senator", "Judge", "Justice",
]
TITLE_RX = re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in TITLE_WORDS) + r")\.?\s+)+")
PLURAL_TITLE = re.compile(r"^(?:Councillors|Cllrs|Clrs|Aldermen|Messrs)\.?\s+", re.I)
POST_NOMINALS = {"OBE", "MBE", "CBE", "KBE", "DBE", "CB", "KC", "QC", "JP", "DL", "MP", "MSP", "MS", "AM",
                 "FRCP", "FRCS", "FRCGP", "FRSA", "FCA", "ACA", "FCCA", "CPFA", "PhD", "MD", "MA", "MSc", "BSc",
                 "BA", "LLB", "FREng", "FRS", "FRICS", "MRICS", "CEng", "FIET", "RN", "Esq", "FRCPath",
                 "FRCPsych", "FRCN", "FMedSci", "FRCA", "DPhil", "MBA"}

# words that make a phrase a role, an organisation, or a group label rather than a name
ROLE_WORDS = {
    "chair", "chairman", "chairwoman", "chairperson", "vice-chair", "co-chair", "co-chairs", "cochair", "vice",
    "deputy", "clerk", "officer",
    "director", "lead", "manager", "member", "members", "representative", "secretary", "secretariat", "head",
    "analyst", "advisor", "adviser", "observer", "presenter", "alternate", "executive", "treasurer",
    "solicitor", "engineer", "consultant", "coordinator", "co-ordinator", "president", "mayor", "chancellor",
    "vice-chancellor", "governor", "trustee", "partner", "assistant", "administrator", "controller",
    "specialist", "expert", "proposer", "chief", "principal", "registrar", "auditor", "counsel", "minute",
    "minutes", "taker", "support", "team", "programme", "project", "owner", "architect", "officer)",
    "leader", "provost", "speaker", "ombudsman", "inspector", "superintendent", "commissioner",
    "monitoring", "governance", "finance", "planning", "policy", "legal", "nurse", "doctor", "clinical",
    "medical", "operating", "independent", "non-executive", "contributor", "guest", "delegate", "staff",
    "apologies", "attendance", "present", "absent", "regrets", "attendees", "design", "public", "authority",
    "bursar", "convenor", "convener", "librarian", "archivist", "headteacher", "headmaster", "headmistress",
    "teacher", "chaplain", "senco", "pupil", "ceo", "cfo", "coo", "cto", "cio", "sro", "siro", "dpo",
    "facilitator", "moderator", "rapporteur", "liaison", "economist", "accountant", "actuary", "surveyor",
    "planner", "lawyer", "barrister", "lecturer", "researcher", "volunteer", "sponsor", "organiser", "organizer",
    "editor", "student",
}
ROLE_ABBREVIATIONS = {"ceo", "cfo", "coo", "cto", "cio", "sro", "siro", "senco"}  # not "MD": initials too
# role nouns that are also surnames ('Cara Dean'): a role only where they head a phrase or a role cell
ROLE_HEADS = {"dean", "warden", "steward", "rector", "bishop", "marshal", "sheriff", "reeve"}
ORG_WORDS = {
    "ltd", "limited", "plc", "llp", "inc", "group", "energy", "power", "networks", "network", "grid", "gas",
    "electricity", "supply", "supplies", "generation", "renewables", "wind", "solar", "storage", "shipping",
    "transmission", "distribution", "council", "college", "university", "school", "tech", "trust", "nhs",
    "services", "service", "partnership", "association", "company", "co", "corporation", "authority",
    "agency", "office", "board", "committee", "police", "fire", "health", "hospital", "systems", "solutions",
    "consulting", "advisory", "metering", "utilities", "utility", "water", "bank", "foundation", "society",
    "institute", "department", "ministry", "commission", "federation", "union", "club", "church", "centre",
    "center", "international", "uk", "plc.", "holdings", "partners", "associates", "audit", "law", "chambers",
    "capital", "industries", "media", "communications", "labs", "laboratory", "marketplace",
    "exchange", "operator", "administration", "cic", "gmbh", "sa", "ag", "bv", "nv", "pty", "county",
    "borough", "district", "city", "town", "parish", "region", "regional", "national", "central", "code",
}
GROUP_LABELS = {
    "chair", "industry representatives", "mhhs", "other attendees", "programme", "observers", "code bodies",
    "members", "attendees", "apologies", "programme team", "mhhs programme", "in attendance", "also present",
    "also in attendance", "present", "absent", "officers", "officers present", "members present", "staff",
    "secretariat", "voting members", "non-voting members", "non voting members", "guests", "regrets",
    "apologies for absence", "panel members", "board members", "committee members", "workgroup members",
    "attending", "others present", "by invitation", "presenters", "delegates", "participants", "council members",
    "councillors", "executive directors", "non-executive directors", "independent members", "advisers",
    "advisors", "observer", "members absent", "attendees present",
}
_NAME_TOKEN = re.compile(r"^(?:[A-Z]\.?(?:[A-Z]\.?){0,2}|[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|(?:Mc|Mac|O['’])[A-Z][a-z]+"
                         r"|[A-Z][a-z]*[A-Z][a-z]+|[A-Z][a-z]+-[A-Z][a-z]+)$")
_PARTICLES = {"de", "da", "di", "van", "von", "der", "den", "le", "la", "du", "del", "dos", "bin", "al", "ter",
              "st", "st."}
_NOT_NAME = {"the", "and", "of", "for", "all", "none", "nil", "n/a", "tbc", "a", "an", "to", "by", "with",
             "members", "public", "item", "items", "minute", "meeting", "no", "yes", "part", "other", "others"}
PAREN = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
PART_RX = re.compile(r"\b(?:part(?:\s+of)?(?:\s+the)?\s+meeting|arrived|arriving|joined|"
                     r"from\s+(?:\d|item|minute|agenda)|until|left|leaving|departed|items?\s+[\d.\-–, and]+\s*only|"
                     r"for\s+(?:minute|item|agenda)\b.*\bonly|\bfor\s+(?:agenda\s+)?(?:items?|minutes?)\s+\d|"
                     r"only\s+for|\bexcept\b|late|early|(?:\d{1,2}[.:]\d{2}\s*(?:am|pm)?)|part\b)", re.I)
DEPUTY_RX = re.compile(r"^(?:(?:as\s+)?(?:an?\s+)?(?:alternate|substitute|deputy|proxy)\s+for|on\s+behalf\s+of|"
                       r"deputi[sz]ing\s+for|substituting\s+for|standing\s+in\s+for|in\s+place\s+of|"
                       r"sitting\s+for|replacing|for)\s+(?P<who>.+)$", re.I)
CHAIR_RX = re.compile(r"^(?:the\s+)?(?:chair|co-?chair|chairman|chairwoman|chairperson|vice[- ]chair(?:man)?|"
                      r"deputy\s+chair|presiding|in\s+the\s+chair|mayor|deputy\s+mayor|secretary|"
                      r"clerk|treasurer|minutes?|minute[- ]taker|note[- ]taker|convenor|convener)$", re.I)
# how someone attended, a decoration and never a role: "(by Zoom)", "(via Teams)", "(remotely)"
HOW_ATTENDED = re.compile(r"\b(?:by\s+(?:phone|telephone|video(?:\s+(?:link|call|conference))?|zoom|teams|skype|webex|"
                          r"dial[- ]in|conference call)|remotely|remote|virtual(?:ly)?|online|in person|via\s+\w+)\b",
                          re.I)
_APOLOGY_NOTE = re.compile(r"(?i)(?:no\s+)?apolog\w*(?:\s+(?:received|accepted|given|sent|noted))?")
_DUTY = re.compile(r"(?i)minutes?|minute[- ]taker|note[- ]taker|taking (?:the )?minutes|notes")
_INITIAL = re.compile(r"[A-Z]\.?")
DASH = re.compile(r"\s+[–—-]\s+|\s+[–—]|[–—]\s+")


@dataclass
class Entry:
    """One person as an attendance list gives them."""

    name: str
    text: str  # the entry as printed (the evidence quote)
    initials: list[str] = field(default_factory=list)
    role: str | None = None
    organisation: str | None = None
    part: bool = False
    on_behalf_of: str | None = None
    titles: list[str] = field(default_factory=list)
    duty: str | None = None  # "(minutes)": the role only when the entry states no post


# The tests of what a text looks like are pure functions of it, asked again and again of the same cells and
# entries: each answer is kept (a bounded cache shared by documents, which cannot change the answer).
_cached = lru_cache(maxsize=8192, typed=True)


@_cached
def clean(text: str) -> str:
    """Whitespace runs as one space, and the ends cut of spaces and list punctuation."""
    return " ".join((text or "").split()).strip(" ,;.:\t")


def strip_titles(text: str) -> tuple[str, list[str]]:
    """'Councillor Mrs V M Roe OBE' -> ('V M Roe', ['Councillor', 'Mrs'])."""
    t, titles = _strip_titles(text)
    return t, list(titles)


@_cached
def _strip_titles(text: str) -> tuple[str, tuple[str, ...]]:
    t = clean(text)
    titles: list[str] = []
    m = TITLE_RX.match(t + " ")
    if m and m.end() <= len(t):
        titles = [w for w in re.split(r"\s+", m.group().strip()) if w]
        t = t[m.end():].strip()
    words = t.split()
    while words and words[-1].strip(",.").replace(".", "") in POST_NOMINALS and len(words) > 1:
        words.pop()
    t = " ".join(words).strip(" ,")
    t = re.sub(r"\s*[*†‡]+$", "", t)  # a footnote mark on the name: "Ana Lutz*" (*via teleconference)
    return t, tuple(titles)


@_cached
def looks_like_name(text: str, surname_only: bool = False) -> bool:
    """Two to five capitalised words or initials ('Ana Lutz', 'A H Lutz', 'Ana de la Cruz'), not role or org words.

    With ``surname_only`` (after a plural title, 'Councillors Lutz, Roe'), one capitalised word is a name.
    """
    t, titles = strip_titles(text)
    words = t.split()
    if not words or len(words) > 5:
        return False
    low = [w.lower().strip(".,") for w in words if not _INITIAL.fullmatch(w)]
    if any(w in ROLE_WORDS or w in ORG_WORDS or w in _NOT_NAME for w in low):
        return False
    if canonical_org(t):
        return False
    if any(not (_NAME_TOKEN.match(w) or w.lower() in _PARTICLES) for w in words):
        return False
    if len(words) == 1:
        return (surname_only or bool(titles)) and len(words[0]) > 2 and not words[0].isupper()
    last = words[-1]
    if len(last.rstrip(".")) < 2 or last.isupper():
        return False  # 'Ana L', 'Calder PLC'
    return True


@_cached
def looks_like_org(text: str) -> bool:
    t = clean(text)
    if not t:
        return False
    if canonical_org(t):
        return True
    if role_of_phrase(t):
        return False  # 'Director of Library Services' is a post, not the service
    words = [w.lower().strip(".,()") for w in t.split()]
    head = [w.lower().strip(".,") for w in clean(re.sub(r"\([^()]*\)", " ", t)).split()] or words
    if head[-1] in ORG_WORDS and len(head) > 1 and head[-1] not in ROLE_WORDS:
        return True  # the head noun is last: 'Lagoon Registrar Services', 'Police Support Group'
    if any(w in ORG_WORDS for w in words):
        return not any(w in ROLE_WORDS - {"authority", "programme", "independent", "governance", "finance",
                                          "planning", "policy", "legal", "clinical", "medical", "design",
                                          "public"} for w in words)
    if re.fullmatch(r"[A-Z][A-Za-z&.]{1,9}", t) and t.upper() == t or re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+", t):
        return True  # 'IPA', 'Xoserve'-like single words are judged by the caller
    return False


def _role_word(word: str, heads: bool = True) -> bool:
    """A role word, also as the last part of a compound: 'pro-vice-chancellor', 'vice-president'."""
    if len(word) > 4 and word.endswith("s") and word[:-1] in ROLE_WORDS:
        word = word[:-1]  # "Clerk to Governors"
    return word in ROLE_WORDS or heads and word in ROLE_HEADS or "-" in word and word.rsplit("-", 1)[-1] in ROLE_WORDS


def ends_in_role_word(text: str) -> bool:
    """'Membership Secretary', 'Events Officer': the last word is a role noun."""
    words = clean(text).split()
    return bool(words) and _role_word(words[-1].lower().strip(".,()"), False)


@_cached
def role_of_phrase(text: str) -> bool:
    """'Director of Library Services', 'Dean of the Faculty of Arts': a role noun heads the phrase before
    'of' / 'for', so the whole is a role whatever the words after it name."""
    m = re.match(r"^(?:the\s+)?((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:of|for)\s+\S", clean(text), re.I)
    return m is not None and _role_word(m.group(1).split()[-1].lower())


@_cached
def looks_like_role(text: str) -> bool:
    words = [w.lower().strip(".,()") for w in clean(text).split()]
    head = [w.lower().strip(".,") for w in clean(re.sub(r"\([^()]*\)", " ", text)).split()]
    if role_of_phrase(text):
        return True
    if len(head) > 1 and head[-1] in ORG_WORDS and head[-1] not in ROLE_WORDS:
        return False
    heads = not looks_like_name(text)  # 'Cara Dean' is a name, 'Faculty Dean' a role
    return bool(words) and any(_role_word(w, heads) for w in words)


@_cached
def only_role_words(text: str) -> bool:
    """'Chief Executive Officer', 'Town Clerk', 'Secretariat': nothing in it but role words (no proper noun)."""
    words = [w.lower().strip(".,()") for w in clean(text).split()]
    return any(_role_word(w, False) for w in words) and all(
        _role_word(w, False) or w in ORG_WORDS or w in ("of", "and", "the", "for", "&", "to", "-", "–") for w in words)


@_cached
def is_part_text(text: str) -> bool:
    return bool(PART_RX.search(text)) and not re.search(r"\bby\s+(?:phone|telephone|video|teams|zoom)\b|"
                                                         r"\bremotely\b|\bvirtual", text, re.I) \
        or bool(re.search(r"\bpart\b", text, re.I))


def _decorate(entry: Entry, inner: str, bracket: bool = False) -> bool:
    """Apply one bracketed decoration; False when it is not a decoration (then it is kept in the text)."""
    t = clean(inner)
    if not t:
        return True
    rep = re.match(r"(?i)^representing\s+(?:the\s+)?(?P<org>.+)$", t)
    if rep:  # "(representing Calder Power)"
        entry.organisation = entry.organisation or (canonical_org(rep.group("org")) or rep.group("org"))
        return True
    if "," in t and not DEPUTY_RX.match(t) and is_part_text(t):  # "(Vale Gas, for items 1-3)": each part
        parts = [clean(x) for x in t.split(",") if clean(x)]
        probe = Entry(entry.name, entry.text)
        if len(parts) > 1 and all(_decorate(probe, x, bracket) for x in parts) and probe.part:
            entry.part = True
            entry.role = entry.role or probe.role
            entry.organisation = entry.organisation or probe.organisation
            entry.on_behalf_of = entry.on_behalf_of or probe.on_behalf_of
            return True
    if "," in t and not DEPUTY_RX.match(t) and not is_part_text(t):  # "(Chair, Calder Power)"
        parts = [clean(x) for x in t.split(",") if clean(x)]
        if len(parts) == 2 and (CHAIR_RX.match(parts[0]) or only_role_words(parts[0]) or (
                looks_like_role(parts[0]) and not looks_like_org(parts[0]) and looks_like_org(parts[1]))):
            if looks_like_role(parts[1]) and not looks_like_org(parts[1]) and not canonical_org(parts[1]):
                entry.role = entry.role or t  # "(Chair, Co-opted Governor)": two posts, both the role
                return True
            entry.role = entry.role or parts[0]
            entry.organisation = entry.organisation or (canonical_org(parts[1]) or parts[1])
            return True
    dep = DEPUTY_RX.match(t)
    if dep and not re.match(r"^for\s+(?:minute|item|agenda|part|the\s)", t, re.I):
        who = strip_titles(clean(dep.group("who")))[0]
        if looks_like_name(who, surname_only=True) or re.match(r"^(?:alternate|substitute|deputy|on behalf)", t, re.I):
            entry.on_behalf_of = who
            return True
    if t.lower() in ROLE_ABBREVIATIONS:  # "(SRO)", "(CEO)": a post, not initials
        entry.role = entry.role or t
        return True
    if re.fullmatch(r"[A-Z][A-Za-z]{0,4}", t) and (bracket or sum(c.isupper() for c in t) >= 2 or len(t) <= 2) \
            and not canonical_org(t) or (bracket and re.fullmatch(r"[A-Z][A-Za-z]{0,4}", t)):
        entry.initials.append(t)
        return True
    if is_part_text(t):
        entry.part = True
        return True
    if HOW_ATTENDED.search(t) or _APOLOGY_NOTE.fullmatch(t):
        return True  # "(by Zoom)", "(apologies accepted)": notes, not roles
    if _DUTY.fullmatch(t):  # "(minutes)": taking the minutes, the role only if no post is stated
        entry.duty = entry.duty or t
        return True
    if CHAIR_RX.match(t) or looks_like_role(t) and not looks_like_org(t):
        entry.role = entry.role or t.strip()
        if entry.role.lower() in ("in the chair", "presiding"):
            entry.role = "Chair"
        return True
    if looks_like_org(t) or re.fullmatch(r"[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,5}", t):
        entry.organisation = entry.organisation or t
        return True
    return False


def split_role_org(entry: Entry, rest: str) -> None:
    """The text after the name's dash or comma: a role, an organisation, or 'role, organisation'."""
    rest = clean(rest)
    if not rest:
        return
    parts = [clean(p) for p in re.split(r",\s+|\s+/\s+|\s+[–—]\s+|\s+-\s+", rest) if clean(p)]
    for p in parts:
        if entry.role is None and (looks_like_role(p) and not looks_like_org(p) or CHAIR_RX.match(p)):
            entry.role = p
        elif entry.organisation is None and looks_like_org(p):
            entry.organisation = p
        elif entry.role is None and entry.organisation is not None:
            entry.role = p
        elif entry.organisation is None and entry.role is not None:
            entry.organisation = p
        elif entry.role is None:
            entry.role = p if looks_like_role(p) else None
            if entry.role is None:
                entry.organisation = p


def _cut_at_dash(text: str) -> tuple[str, str]:
    depth = 0
    for m in re.finditer(r"[()\[\]]|\s+[–—-]\s+|\s+[–—]|[–—]\s+", text):
        tok = m.group()
        if tok in "([":
            depth += 1
        elif tok in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            return text[:m.start()], text[m.end():]
    return text, ""


def take_attendance_notes(entry: Entry, text: str) -> str:
    """``text`` without its brackets that say deputy or part attendance, which are applied to ``entry``:
    'Workgroup Member (Alternate for Petra Klein)' -> 'Workgroup Member', on behalf of Petra Klein."""
    def sub(m: re.Match) -> str:
        inner = clean(m.group(1))
        dep = DEPUTY_RX.match(inner)
        if dep and not re.match(r"^for\s+(?:minute|item|agenda|part|the\s)", inner, re.I) or is_part_text(inner):
            probe = Entry("", inner)
            _decorate(probe, inner)
            if probe.on_behalf_of or probe.part:
                entry.on_behalf_of = entry.on_behalf_of or probe.on_behalf_of
                entry.part = entry.part or probe.part
                return " "
        if HOW_ATTENDED.match(inner) and len(inner.split()) <= 4:
            return " "  # "Member (by Teams)"
        return m.group(0)

    out = clean(re.sub(r"\s*\(([^()]*)\)", sub, text))
    # "Alternate for Eve Gale", "Substitute member on behalf of Eve Gale" without brackets: the role, and whom for
    dep = re.match(r"^(?P<role>.*?\b(?:alternate|substitute|deputy|proxy)(?:\s+member)?)\s+for\s+(?P<who>.+)$"
                   r"|^(?P<role2>.+?)\s+on\s+behalf\s+of\s+(?P<who2>.+)$", out, re.I)
    if dep:
        who = strip_titles(dep.group("who") or dep.group("who2"))[0]
        if looks_like_name(who, surname_only=True):
            entry.on_behalf_of = entry.on_behalf_of or who
            out = clean(dep.group("role") or dep.group("role2"))
    return out


def _rest_decorations(entry: Entry, rest: str) -> str:
    """Brackets after the name's dash: deputy, part attendance and known organisations are taken out;
    others belong to the role ('Independent Member (Finance)')."""
    rest = take_attendance_notes(entry, rest)

    def sub(m: re.Match) -> str:
        inner = clean(m.group(1))
        if canonical_org(inner):
            entry.organisation = entry.organisation or canonical_org(inner)
            return " "
        if HOW_ATTENDED.search(inner) or _DUTY.fullmatch(inner) and looks_like_role(clean(rest[:m.start()])):
            return " "  # "(by Zoom)"; "(minutes)" after a role is the duty of taking them, not the role
        if (CHAIR_RX.match(inner) or looks_like_role(inner)) and not looks_like_org(inner) \
                and m.start() > 0 and not looks_like_role(clean(rest[:m.start()])) or CHAIR_RX.match(inner):
            entry.role = entry.role or inner
            return " "
        return m.group(0)

    out = re.sub(r"\s*\(([^()]*)\)", sub, rest)
    return re.sub(r"\s*\([^()]*$", "", out)


_ROLE_FIRST = re.compile(r"^(?P<role>[^()]+?(?:\s*\([^()]*\))?)\s*\((?P<name>[^()]+)\)(?P<tail>.*)$")
_ROLE_FIRST_ONE = re.compile(r"^(?P<role>[^()]+?)\s*\((?P<name>[^()]+)\)(?P<tail>.*)$")


def _role_first(raw: str) -> re.Match | None:
    """'Role (Name)' with the role before the bracket that names the person (a role's own bracket kept)."""
    for rx in (_ROLE_FIRST, _ROLE_FIRST_ONE):
        m = rx.match(raw)
        if not m:
            continue
        name, titles = strip_titles(m.group("name"))
        two = rx is _ROLE_FIRST
        if looks_like_role(m.group("role")) and not looks_like_name(m.group("role")) and looks_like_name(
                m.group("name"), surname_only=not two or bool(titles)) and not (two and looks_like_role(name)):
            return m
    return None


def parse_entry(text: str, plural_title: bool = False) -> Entry | None:
    """One printed entry -> an Entry, or None when it names no person ('four members of the public')."""
    raw = clean(text)
    raw = re.sub(r"^(?:and|&)\s+", "", raw)
    if not raw:
        return None
    chair = re.search(r"(?:\s*[–—-])?\s+in\s+the\s+chair$", raw, re.I)
    if chair and chair.start() > 0:  # "Cllr A Lutz (Mayor) in the Chair": the tail says who chaired
        entry = parse_entry(raw[:chair.start()], plural_title)
        if entry is not None:
            entry.text, entry.role = raw, entry.role or "Chair"
        return entry
    entry = Entry("", raw)
    # role first, name bracketed: "The Chancellor (Dr A Lutz)", "Her Worship the Mayor (Clr Lutz)",
    # "the Pro-Vice-Chancellor (Education) (Professor R Sandoval)": the role may carry its own bracket
    m = _role_first(raw)
    if m:
        role = re.sub(r"^(?:her|his)\s+worship\s+", "", m.group("role"), flags=re.I)
        role = re.sub(r"^the\s+", "", role, flags=re.I).strip()
        role = re.sub(r"\s+(?:in the chair|as)\s*$", "", role, flags=re.I)
        entry.role = role[:1].upper() + role[1:]
        entry.name, entry.titles = strip_titles(m.group("name"))
        tail = m.group("tail")
        if re.search(r"\bin the chair\b", tail, re.I) and not entry.role:
            entry.role = "Chair"
        for inner in PAREN.findall(tail):
            _decorate(entry, inner[0] or inner[1], bool(inner[1]))
        return entry
    # brackets anywhere: initials, roles, organisations, part attendance, deputies
    kept: list[str] = []

    def sub(mo: re.Match) -> str:
        inner = mo.group(1) if mo.group(1) is not None else mo.group(2)
        if _decorate(entry, inner, bracket=mo.group(2) is not None):
            return "\x00"
        kept.append(inner)
        return " "

    # name then a dash: "Ana Lutz – Calder Power", "Ana Lutz - Town Clerk" (the dash outside brackets)
    head_raw, rest = _cut_at_dash(raw)
    if rest and looks_like_role(head_raw) and not looks_like_name(strip_titles(PAREN.sub(" ", head_raw))[0]):
        swapped = parse_entry(rest, plural_title)  # role first: "Vice Chair – Mrs Ruth Adeyemi (RA)"
        if swapped is not None and swapped.role is None:
            swapped.role, swapped.text = clean(head_raw), raw
            return swapped
    body = PAREN.sub(sub, head_raw)
    body = re.sub(r"\(.*$", "", body)  # an unclosed bracket (wrapped text)
    head = clean(body)
    if rest:
        rest = _rest_decorations(entry, rest)
    marked = [clean(x) for x in head.split("\x00")]
    if len(marked) > 1 and marked[0] and any(marked[1:]):  # "Ana Lutz [AL] Calder Power": the name ends at the bracket
        head, rest = marked[0], " ".join(x for x in marked[1:] if x) + (" – " + rest if rest else "")
    head, rest = clean(head.replace("\x00", " ")), rest.replace("\x00", " ")
    if not rest and "," in head:  # "Ana Lutz, Town Solicitor", "Lutz, Ana" stays as printed
        first, _, after = head.partition(",")
        if looks_like_name(first, surname_only=plural_title) and not looks_like_name(after):
            head, rest = clean(first), after
    as_role = re.match(r"^(?P<who>.+?)\s+as\s+(?:the\s+)?(?P<role>[A-Z][\w\s/&-]+)$", head)
    if as_role and looks_like_role(as_role.group("role")) and not rest:
        head, rest = as_role.group("who"), as_role.group("role")
    # "Mrs A Lutz Director of Finance": the name ends where role words begin
    name, titles = strip_titles(head)
    if not looks_like_name(name, surname_only=plural_title or bool(titles)):
        words = name.split()
        if not (titles or entry.initials or any(re.fullmatch(r"[A-Z]\.?", w) for w in words[:2])):
            return None  # 'Large Supplier Representative' is no name followed by a role
        cut = next((i for i in range(2, len(words)) if looks_like_name(" ".join(words[:i]))
                    and (looks_like_role(" ".join(words[i:])) or looks_like_org(" ".join(words[i:])))), None)
        if cut is None:
            return None
        rest = " ".join(words[cut:]) + (" – " + rest if rest else "")
        name = " ".join(words[:cut])
    entry.name, entry.titles = name, titles
    first = name[:1].upper()
    for tok in list(entry.initials):  # "Cara Dean (VSG)": capitals that are not her initials name her organisation
        if len(tok) >= 3 and tok.isupper() and tok[0] != first and entry.organisation is None:
            entry.initials.remove(tok)
            entry.organisation = tok
    if rest and is_part_text(rest) and not looks_like_role(re.sub(r"\bpart\b", "", rest)) \
            and not looks_like_org(rest):
        entry.part, rest = True, ""  # "(Deputy Headteacher) for item 5"
    if rest:
        dep = re.search(r"\b(?:as\s+)?(?:alternate|substitute|deputy)\s+for\s+(.+)$|\bon behalf of\s+(.+)$", rest, re.I)
        if dep:
            entry.on_behalf_of = strip_titles(clean(dep.group(1) or dep.group(2)))[0]
            rest = rest[:dep.start()]
        split_role_org(entry, rest)
    if entry.role is None and entry.duty:
        entry.role = entry.duty
    if entry.role and entry.role.lower() in ROLE_ABBREVIATIONS and entry.role.upper() == "".join(
            w[0] for w in re.split(r"[\s-]+", entry.name) if w).upper():
        entry.initials.append(entry.role)  # "Sam Ross-Oliver (SRO)": his initials after all
        entry.role = None
    return entry


__all__ = ["Entry", "parse_entry", "split_role_org", "take_attendance_notes", "only_role_words", "strip_titles",
           "looks_like_name",
           "looks_like_org", "looks_like_role", "is_part_text", "PLURAL_TITLE", "GROUP_LABELS",
           "clean"]
