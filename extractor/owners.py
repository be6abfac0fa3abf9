"""Who an owner cell or owner phrase names: people, organisations, role holders, the body (record@2 "Actions").

- a person by name ('Ben Roe', 'Cllr Quaye', 'A Lutz'), first or last name alone when only one listed
  person has it ('Ana'), or initials ('AL'; shared initials settled by the organisation in brackets:
  'JS (Elexon)' -> the JS of Elexon, and the organisation is no owner itself);
- an organisation ('Programme (Ana Lutz)' -> org + person; 'Westmere Grid (Ana Lutz)' -> the organisation
  the person is of; 'Programme (Code Drafting Team)' -> org only: a team is not one of its members);
- a role ('Chair' -> the chair, 'Chairs' -> every co-chair, 'Clerk' -> the listed Town Clerk, 'Deputy
  Town Clerk' -> the person whose role starts so), else `org:<slug(role)>`;
- the body ('All', 'Members', 'DAG Members') -> `body:<abbrev>`.
"""

from __future__ import annotations

import re

from .keys import canonical_org, org_key, slug
from .names import strip_titles
from .roster import Person, Roster, looks_like_initials

ALL_WORDS = re.compile(r"^(?:all(?:\s+(?:members|attendees|participants|parties))?|(?:all\s+)?(?:board|panel|"
                       r"committee|group|council|workgroup|forum)?\s*members|everyone|members)$", re.I)
ROLE_WORDS = re.compile(r"^(?:the\s+)?(chair(?:man|person|woman)?s?|co-?chairs?|vice[- ]chair|secretariat|secretary|"
                        r"clerk|"
                        r"town clerk|parish clerk|deputy (?:town )?clerk|treasurer|officers?|staff|"
                        r"board secretary|company secretary|programme manager|pmo|technical secretariat)$", re.I)
ORG_NAME = re.compile(r"(?:[A-Z][\w&.'’-]*)(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|for)){0,5}")
OWNER_TEAM = re.compile(r"\b(?:team|group|pmo|office|unit|department|directorate|committee|workstream)\b", re.I)


def _holders(roster: Roster, role: str) -> list[Person]:
    """The listed people holding ``role``: 'Chair' (the chair, or every co-chair for 'Chairs'), 'Town Clerk'
    (a role equal to it, ending in it, or starting it: 'Deputy Town Clerk and Responsible Financial Officer')."""
    low = re.sub(r"^the\s+", "", role.strip().lower())
    plural = low.endswith("s") and not low.endswith("ss")
    if low in ("chair", "chairman", "chairperson", "chairwoman"):
        chair = roster.chair()
        return [chair] if chair else []
    if low == "chairs" or low == "co-chairs":
        return [p for p in roster.people if re.search(r"\bco-?chair\b|^chair$", (p.role or "").lower())]
    people = [p for p in roster.people if p.attendance != "mentioned"]
    exact = [p for p in people if (p.role or "").strip().lower() in (low, low.rstrip("s") if plural else low)]
    if exact and (len(exact) == 1 or plural):
        return exact
    deputy = re.match(r"(?:deputy|assistant|vice|acting)\b", low)
    ending = [p for p in people if re.search(rf"(?:^|\s){re.escape(low)}(?:$|\s+and\b|,)", (p.role or "").lower())
              and (deputy or not re.match(r"(?:deputy|assistant|vice|acting)\b", (p.role or "").lower()))]
    if len(ending) == 1:
        return ending
    grouped = [p for p in people if (p.group or "").strip().lower() == low]
    return grouped if len(grouped) == 1 else []


def _role_holder(roster: Roster, text: str) -> Person | None:
    """The one listed person whose role is ``text`` as printed ('Pro-Vice-Chancellor (Education)')."""
    low = re.sub(r"^the\s+", "", text.lower()).strip()
    if "(" not in low:
        return None  # a role without brackets is read part by part
    hits = [p for p in roster.people if p.attendance != "mentioned" and (p.role or "").strip().lower() == low]
    return hits[0] if len(hits) == 1 else None


def _by_name(roster: Roster, text: str, org: str | None = None) -> Person | None:
    name = strip_titles(text)[0]
    if not name:
        return None
    people = [p for p in roster.people if p.attendance != "mentioned"] or roster.people
    if org:
        scoped = [p for p in people if p.organisation and p.organisation.lower() == org.lower()]
        if looks_like_initials(name) or re.fullmatch(r"[A-Z]{2,4}", name):
            hit = [p for p in scoped if name in p.initials or name.lower() in (i.lower() for i in p.initials)]
            if len(hit) == 1:
                return hit[0]
    p = roster.by_name(name)
    if p:
        return p
    if re.fullmatch(r"[A-Z][A-Za-z]{1,4}", name) and (looks_like_initials(name) or re.fullmatch(r"[A-Z]{2,4}", name)):
        return roster.resolve(name)
    toks = name.split()
    if len(toks) == 1 and re.fullmatch(r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*", name):  # 'Ana', 'Featherstone-Bligh'
        first = [p for p in people if p.first.lower() == name.lower()]
        last = [p for p in people if p.last.lower() == name.lower()]
        for group in (last, first):
            if len(group) == 1:
                return group[0]
    if len(toks) >= 2:  # 'A Lutz' for 'Ana Lutz', 'J Whitlow' for 'J Whitlow'
        cands = [p for p in people if p.last.lower() == toks[-1].lower()
                 and p.first[0].lower() == toks[0][0].lower()]
        if len(cands) == 1:
            return cands[0]
    return None


def _known_org(roster: Roster, text: str) -> str | None:
    canon = canonical_org(text)
    if canon:
        return canon
    low = text.strip().lower()
    return next((p.organisation for p in roster.people if p.organisation and p.organisation.lower() == low), None)


def resolve_owner(owner_text: str, roster: Roster, body_abbrev: str | None, body_key: str | None = None) -> list[str]:
    """Owner keys: 'Programme (Matt McKeon)' -> org + person; 'JS (Elexon)' -> the JS of Elexon;
    'Westmere Grid (Ana Lutz)' -> org:westmere-grid + Ana; 'Chair' -> the chair; 'Clerk' -> the listed
    clerk, else org:clerk; 'All' / 'DAG Members' -> body:dag."""
    body = body_key or (f"body:{body_abbrev.lower()}" if body_abbrev else None)
    keys: list[str] = []
    text = re.sub(r"\s+", " ", owner_text).strip().strip(".;,")
    whole = _role_holder(roster, text)
    if whole:  # 'Pro-Vice-Chancellor (Education)': a listed role as printed, brackets and all
        return [whole.key]
    for part in re.split(r"\s*[/;+]\s*|\s+(?:and|&)\s+|,\s*", text):
        m = re.match(r"^([^()]+?)\s*(?:\(([^()]+)\))?\s*$", part.strip())
        if not m:
            continue
        head, inner = m.group(1).strip(), (m.group(2) or "").strip()
        head_org = _known_org(roster, head)
        inner_org = _known_org(roster, inner) if inner else None
        head_key = _owner_key(head, roster, body_abbrev, body, inner_org)
        if isinstance(head_key, str) and head_key.startswith("person:") and inner_org:
            keys.append(head_key)  # 'JS (Elexon)': the organisation tells which JS, and is no owner itself
            continue
        inner_key = _owner_key(inner, roster, body_abbrev, body, head_org) if inner else None
        if head_key is None and isinstance(inner_key, str) and inner_key.startswith("person:") \
                and ORG_NAME.fullmatch(head) and not OWNER_TEAM.search(head):
            head_key = org_key(head)  # 'Westmere Grid (Ana Lutz)': the organisation the person is of
        for key in (head_key, inner_key):
            if key:
                keys.extend(key if isinstance(key, list) else [key])
    return list(dict.fromkeys(keys))


def _owner_key(chunk: str, roster: Roster, body_abbrev: str | None, body: str | None, org_hint: str | None):
    low = chunk.lower().strip()
    if body and (ALL_WORDS.match(low) or (body_abbrev and low in (body_abbrev.lower(), f"{body_abbrev.lower()} members",
                                                                    f"all {body_abbrev.lower()} members"))):
        return body
    org = _known_org(roster, chunk)
    if org:
        return org_key(org)
    person = _by_name(roster, chunk, org_hint)
    if person:
        return person.key
    if OWNER_TEAM.search(low):
        return None  # 'Programme (Code Drafting Team)': a team is not one of its members
    holders = _holders(roster, chunk)
    if len(holders) > 1:
        return [p.key for p in holders]  # 'Chairs': both co-chairs
    if ROLE_WORDS.match(low) or holders:
        return holders[0].key if holders else f"org:{slug(re.sub(r'^the ', '', low))}"
    return None
