"""The people of one meeting, and how a name, an initials token or an owner cell finds them.

Resolution rules (general, never by name):
- initials as listed ("SJ"), then the same letters in another case ("CBU" for "CBu"),
  then a listed form extended or shortened ("RLamp" for "RLam"), then initials derived
  from the name ("RG" for Richard Gwatkin listed as "RW");
- a collision ("SC" for two people) is settled by context: the seat of the voting row
  the comment sits in, else the industry representative (members speak in the
  discussion), else it stays unresolved with a warning;
- names: same surname and a compatible first name ("Matt" / "Matthew").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .keys import normalise_seat, person_key

# acronyms that look like initials but are not people
NOT_INITIALS = {
    "IA", "CR", "CRS", "OC", "IR", "SIT", "CIT", "DIP", "DAG", "SRO", "IPA", "DNO", "DNOS", "DCC", "ESO",
    "BSC", "REC", "PMO", "MHHS", "DUOS", "DCUSA", "SLA", "SLAS", "TOM", "PKI", "SVA", "MDS", "TOR", "IDNO",
    "NGESO", "CCAG", "PSG", "TMAG", "SDWG", "DES", "DIN", "LDSO", "LDSOS", "AND", "THE", "UK", "UKPN", "EON",
    "QA", "SEC", "CUSC", "BSCCO", "ID", "IT", "OK", "ASAP", "AOB", "MS", "DSO", "CSS", "MPAN", "UTC", "BST",
    "GMT", "VAT", "ICT",
}

NICKNAMES = {
    "matt": "matthew", "rich": "richard", "rick": "richard", "dick": "richard", "bob": "robert",
    "rob": "robert", "bill": "william", "will": "william", "dave": "david", "dan": "daniel",
    "danny": "daniel", "chris": "christopher", "kate": "catherine", "cathy": "catherine",
    "jim": "james", "jimmy": "james", "tom": "thomas", "steve": "stephen", "andy": "andrew",
    "mike": "michael", "nick": "nicholas", "sam": "samuel", "ben": "benjamin", "tony": "anthony",
    "liz": "elizabeth", "beth": "elizabeth", "jen": "jennifer", "jenny": "jennifer", "pete": "peter",
    "fred": "frederick", "alex": "alexander", "jon": "jonathan", "jonny": "jonathan", "greg": "gregory",
     "stu": "stuart",
}


@dataclass
class Person:
    name: str
    initials: list[str] = field(default_factory=list)
    role: str | None = None
    organisation: str | None = None
    constituency: str | None = None
    group: str | None = None
    attendance: str = "present"
    on_behalf_of: str | None = None
    evidence: list[dict] = field(default_factory=list)

    @property
    def key(self) -> str:
        return person_key(self.name)

    @property
    def first(self) -> str:
        return self.name.split()[0]

    @property
    def last(self) -> str:
        return self.name.split()[-1]

    def derived_initials(self) -> set[str]:
        parts = [p for p in re.split(r"[\s\-]+", self.name) if p]
        if len(parts) < 2:
            return set()
        f, last = parts[0], parts[-1]
        forms = {f[0] + last[0], f[0] + last[:2], f[0] + last[:3], f[:2] + last[0], f[0] + last[:4]}
        if len(parts) > 2:
            forms.add("".join(p[0] for p in parts))
        return {x.lower() for x in forms}

    def to_record(self) -> dict:
        return {
            "key": self.key, "name": self.name, "initials": list(self.initials), "role": self.role,
            "organisation": self.organisation, "constituency": self.constituency, "group": self.group,
            "attendance": self.attendance, "on_behalf_of": self.on_behalf_of, "evidence": self.evidence,
        }


def _first_compatible(a: str, b: str) -> bool:
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if len(a) == 1 or len(b) == 1:  # "A Lutz" and "Ana Lutz"
        return a[0] == b[0]
    a, b = NICKNAMES.get(a, a), NICKNAMES.get(b, b)
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


_INITIALS = re.compile(r"[A-Z][A-Za-z]{1,4}")
_DEPUTY_RX = re.compile(r"(?:deputy|assistant|vice|acting)\b")


def looks_like_initials(token: str) -> bool:
    if not _INITIALS.fullmatch(token):
        return False
    if token.upper() in NOT_INITIALS:
        return False
    return sum(c.isupper() for c in token) >= 2 or token in ()


class Roster:
    def __init__(self) -> None:
        self.people: list[Person] = []
        self.warnings: list[str] = []

    def add(self, person: Person) -> Person:
        existing = self.by_name(person.name)
        if existing:
            return existing
        self.people.append(person)
        return person

    def by_key(self, key: str) -> Person | None:
        return next((p for p in self.people if p.key == key), None)

    def by_name(self, name: str) -> Person | None:
        from .names import strip_titles
        name = strip_titles(" ".join(name.split()))[0] or name.strip()
        for p in self.people:
            if p.name.lower() == name.lower():
                return p
        parts = name.split()
        if len(parts) < 2:
            return None
        matches = [p for p in self.people
                   if p.last.lower() == parts[-1].lower() and _first_compatible(p.first, parts[0])]
        return matches[0] if len(matches) == 1 else None

    def find(self, text: str, org: str | None = None, seat: str | None = None) -> Person | None:
        """The person a later mention means: a full name, initials ("JS"), a surname with or without an
        honorific ("Councillor Lutz", "Dr Lutz", "Lutz"), a first name when only one person has it ("Ana"),
        or a role ("the Chair", "the Clerk"). None when nobody, or more than one person, fits."""
        from .names import clean, parse_entry, strip_titles
        t = clean(re.sub(r"['’]s$", "", text.strip()))
        if not t:
            return None
        if re.search(r"[(\[]", t):  # "Finn Hale (on behalf of Ben Roe)", "Ana Lutz (AL)": the name printed
            entry = parse_entry(t)
            if entry is not None and entry.name:
                t = " ".join(entry.titles + [entry.name])
        role = re.sub(r"^(?:the|our)\s+", "", t, flags=re.I)
        by_role = self.by_role(role) if role[:1].isupper() or t.lower().startswith("the ") else None
        if by_role is not None:
            return by_role
        name, titles = strip_titles(t)
        if not name:
            return None
        if re.fullmatch(r"[A-Z][A-Za-z]{1,4}", name) and not titles and looks_like_initials(name):
            return self.by_initials(name, org=org, seat=seat)
        found = self.by_name(name)
        if found is not None:
            return found
        words = name.split()
        if len(words) == 1:
            w = words[0].lower()
            listed = [p for p in self.people if p.attendance != "mentioned"] or self.people
            same_last = [p for p in listed if p.last.lower() == w]
            if len(same_last) == 1:
                return same_last[0]
            if same_last:
                return None
            if not titles:
                same_first = [p for p in listed if p.first.lower() == w
                              or NICKNAMES.get(w) == p.first.lower() or NICKNAMES.get(p.first.lower()) == w]
                if len(same_first) == 1:
                    return same_first[0]
                if same_first:
                    return None
            everyone = [p for p in self.people if p.last.lower() == w]
            return everyone[0] if len(everyone) == 1 else None
        if len(words) >= 2 and re.fullmatch(r"[A-Z]\.?", words[0]):  # "J Whitlow" for "Jane Whitlow"
            same = [p for p in self.people if p.last.lower() == words[-1].lower()
                    and p.first[:1].lower() == words[0][0].lower()]
            return same[0] if len(same) == 1 else None
        return None

    def by_role(self, role: str) -> Person | None:
        """The one person listed with this role ("Chair", "Clerk" for the Town Clerk, "Secretary")."""
        r = re.sub(r"\s+", " ", role.strip().lower())
        if r in ("chair", "chairman", "chairwoman", "chairperson"):
            return self.chair()
        if len(r) < 3:
            return None
        listed = [p for p in self.people if p.role and p.attendance != "mentioned"]
        exact = [p for p in listed if (p.role or "").lower() == r]
        if len(exact) == 1:
            return exact[0]
        if exact:
            return None
        deputy = re.match(r"(?:deputy|assistant|vice|acting)\b", r)
        # a role ending in it, or one part of a joint role: "Deputy Town Clerk and Responsible Financial Officer"
        ending = re.compile(rf"(?:^|\s){re.escape(r)}(?:$|\s+and\b|,)")  # the role's regex, made once for all
        tail = [p for p in listed if ending.search((p.role or "").lower())
                and (deputy or not _DEPUTY_RX.match((p.role or "").lower()))]
        if len(tail) == 1:
            return tail[0]
        grouped = [p for p in self.people if p.attendance != "mentioned" and (p.group or "").lower() == r]
        return grouped[0] if len(grouped) == 1 else None

    def by_initials(self, token: str, org: str | None = None, seat: str | None = None) -> Person | None:
        """The person with these initials; shared initials are settled by the organisation or seat the
        text gives (``by_initials("JS", org="Elexon")``), else by the rules of ``resolve``."""
        if org:
            from .keys import canonical_org
            want = (canonical_org(org) or org).lower()
            found, _rule = self.candidates(token)
            same = [p for p in found if p.organisation and (canonical_org(p.organisation) or p.organisation).lower()
                    == want]
            if len(same) == 1:
                if token not in same[0].initials:
                    same[0].initials.append(token)
                return same[0]
        return self.resolve(token, seat=seat)

    def chair(self) -> Person | None:
        return next((p for p in self.people if p.group == "Chair" or (p.role or "").lower() == "chair"), None)

    def holders_of(self, seat: str) -> list[Person]:
        seat_n = normalise_seat(seat).lower()
        return [p for p in self.people if p.constituency and p.constituency.lower() == seat_n
                and p.attendance in ("present", "part")]

    def candidates(self, token: str) -> tuple[list[Person], str]:
        """People an initials token may denote, and the rule that found them."""
        people = [p for p in self.people if p.attendance != "mentioned"]
        exact = [p for p in people if token in p.initials]
        if exact:
            return exact, "listed initials"
        folded = [p for p in people if token.lower() in (i.lower() for i in p.initials)]
        if folded:
            return folded, "listed initials, other case"
        t = token.lower()
        stretched = [p for p in people
                     if any(min(len(i), len(t)) >= 3 and (t.startswith(i.lower()) or i.lower().startswith(t))
                            for i in p.initials)]
        if stretched:
            return stretched, "listed initials extended"
        derived = [p for p in people if t in p.derived_initials()]
        if derived:
            return derived, "initials of the name"
        return [], "unknown"

    def resolve(self, token: str, seat: str | None = None, note_variant: bool = True) -> Person | None:
        found, rule = self.candidates(token)
        if len(found) > 1 and seat:
            seat_n = normalise_seat(seat).lower()
            by_seat = [p for p in found if p.constituency and p.constituency.lower() == seat_n]
            if not by_seat:
                base = re.sub(r"\s*\(.*\)", "", seat_n).strip()
                by_seat = [p for p in found if p.constituency
                           and re.sub(r"\s*\(.*\)", "", p.constituency.lower()).strip() == base]
            if by_seat:
                found = by_seat
        if len(found) > 1:
            reps = [p for p in found if p.group == "Industry Representatives"]
            if len(reps) == 1:
                found = reps
        if len(found) != 1:
            if len(found) > 1:
                msg = f"initials {token!r} are ambiguous between " + ", ".join(p.name for p in found)
                if msg not in self.warnings:
                    self.warnings.append(msg)
            return None
        person = found[0]
        if note_variant and token not in person.initials and rule != "listed initials":
            person.initials.append(token)
        return person
