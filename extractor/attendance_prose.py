"""Attendance written as text: labelled lists, one person per line, two per line, name and role columns,
and the sentences that give apologies, absence, substitutes and part attendance anywhere in the minutes.

A list is cut at its separators (";" when it has any, else "," and " and "), and each piece is judged by
what it looks like: a person ("Cllr A Lutz (Chair)"), or the role or organisation of the person before
it ("Ana Lutz, Calder College, Ben Roe, Vale Tech" is two people with their organisations;
"Ana Lutz, Ben Roe, Cara Dean" is three people). Lines are joined into one entry when a line is the
continuation of the one before (it ends inside a bracket or after a title, or starts in the role column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import (
    GROUP_LABELS,
    PLURAL_TITLE,
    Entry,
    _decorate,
    clean,
    looks_like_name,
    looks_like_org,
    looks_like_role,
    parse_entry,
    split_role_org,
)

_TITLE_END = re.compile(r"(?:\b(?:Cllr|Clr|Councillor|Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Rev|Hon)\.?"
                        r"|\b[A-Z]\.?|[,;(&]|\band|\bfor|\bof|\bto|\bthe|[–—-])$")
CONTINUES = _TITLE_END  # a line that ends so continues on the next (a title, an initial, 'of', 'the', a dash)
_LIST_END = re.compile(r"\b(?:and|&)\s*$")


@dataclass
class Record:
    """Text of one or more people as printed, with the quote it came from."""

    text: str
    quote: str
    page: int
    pair: bool = False  # a "Name, Organisation" line: the part after the comma is the organisation


def top_level_split(text: str, seps: str) -> list[str]:
    """Split at the separator characters outside brackets."""
    out: list[str] = []
    depth = 0
    cur: list[str] = []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and ch in seps:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return [c for c in (clean(x) for x in out) if c]


def _split_and(chunk: str, plural: bool) -> list[str]:
    """'Cllr Mrs E Fairclough and Cllr N Quaye' -> two; 'Head of Capital and Estates' stays one."""
    parts = re.split(r"(\s+(?:and|&)\s+)(?![^()]*\))", chunk)
    if len(parts) == 1:
        return parts
    out = [parts[0]]
    for sep, p in zip(parts[1::2], parts[2::2]):
        in_role = bool(re.search(r"\s[–—-]\s|[–—]", out[-1]))  # "– Director of Nursing and Patient Experience"
        if not in_role and parse_entry(p, plural) is not None and parse_entry(out[-1], plural) is not None:
            out.append(p)
        else:
            out[-1] = out[-1] + sep + p
    return out


# people counted, not named: "and two members of the public", ", three residents", "with 12 observers"
_NUMBER = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|a few|a number of|\d{1,3})"
UNNAMED = re.compile(rf"(?:\s*(?:,|;|\band\b|\bwith\b|&)\s*|^)\b{_NUMBER}\s+(?:other\s+)?(?:members?\s+of\s+(?:the\s+)?"
                     r"(?:public|press)|residents?|observers?|visitors?|guests?|people|persons|others|"
                     r"parishioners|spectators)\b(?:\s*\([^()]*\))?", re.I)


def split_list(text: str) -> list[tuple[str, bool]]:
    """A list of people as printed -> (piece, plural title in force) in order."""
    t = clean(UNNAMED.sub("", text))
    t = re.sub(r"^(?:the\s+)?following\s+(?:members|councillors)?\s*(?:were\s+present)?\s*:?\s*", "", t, flags=re.I)
    plural = bool(PLURAL_TITLE.match(t))
    if plural:
        t = PLURAL_TITLE.sub("", t)
    seps = ";" if top_level_split(t, ";") != [t] else ","
    pieces: list[tuple[str, bool]] = []
    for chunk in top_level_split(t, seps):
        chunk = re.sub(r"^(?:and|&)\s+", "", chunk)
        sub_plural = plural or bool(PLURAL_TITLE.match(chunk))
        if PLURAL_TITLE.match(chunk):
            chunk = PLURAL_TITLE.sub("", chunk)
        subs = top_level_split(chunk, ",") if seps == ";" and (sub_plural or _names_by_commas(chunk)) else [chunk]
        for sub in subs:  # "Councillors Lutz, Roe, Dean; Dr Sarah Jones": the plural title's list
            for piece in _split_and(sub, sub_plural):
                for glued in _split_at_titles(piece):
                    pieces.append((glued, sub_plural))
    return pieces


def _names_by_commas(chunk: str) -> bool:
    """A ';' piece that is itself a comma list of people ('Ana Lutz (Chair), Ben Roe, Cara Dean and Dev Fenn
    (all Vale Tech)'): three or more comma parts, most of them names."""
    parts = top_level_split(chunk, ",")
    if len(parts) < 3:
        return False
    named = [p for p in parts if (e := parse_entry(re.split(r"\s+and\s+", p)[0])) is not None
             and looks_like_name(e.name)]
    return len(named) >= 0.6 * len(parts)


_TITLES = r"(?:Cllr|Clr|Councillor|Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Rev|Revd)\.?"
_ONE_TITLE = re.compile(rf"(?<![\w.]){_TITLES}\s")
_ENDS_WITH_TITLE = re.compile(rf"{_TITLES}\s*$")


def _split_at_titles(piece: str) -> list[str]:
    """'Ms A Lutz Dr B Roe Mrs C Dean - - -' (a flattened list) -> one piece per title; stacked titles stay."""
    piece = re.sub(r"(?:\s+[-–—])+\s*$", "", piece)
    if "(" in piece:
        return [piece]
    cuts = [m.start() for m in _ONE_TITLE.finditer(piece) if not _ENDS_WITH_TITLE.search(piece[:m.start()])]
    if len(cuts) < 2 or cuts[0] != 0:
        return [piece]
    out = [clean(piece[a:b]) for a, b in zip(cuts, cuts[1:] + [len(piece)])]
    return out if all(parse_entry(o) is not None for o in out) else [piece]


def _name_then_decoration(piece: str) -> Entry | None:
    """'Cara Dean, Citizens Advice': a full name, then its organisation or role after the comma (the piece
    of a ';' list, so the part after the comma is not another person even when it reads like a name)."""
    first, after = top_level_split(piece, ",")
    e = parse_entry(first)
    if e is None or len(e.name.split()) < 2 or not looks_like_name(e.name) or e.role or e.organisation:
        return None
    split_role_org(e, after)
    e.text = piece
    return e


def entries_from_text(text: str) -> list[Entry]:
    """People in a list; a piece that is a role or an organisation belongs to the person before it."""
    out: list[Entry] = []
    # '6 members, including Cllr A Lutz and B Roe': the named among a number
    text = re.sub(r"(?i)^(?:\d{1,3}|several|some|a number of|two|three|four|five|six|seven|eight|nine|ten)\s+"
                  r"(?:other\s+)?(?:members|people|attendees|trustees|residents|others)\s*,?\s+including\s+", "", text)
    for piece, plural in split_list(text):
        if re.fullmatch(r"(?i)(?:none|nil|n/?a|no apologies(?: were received)?|none received|-+|–)", piece):
            continue
        e = parse_entry(piece, plural)
        if e is None and not plural and len(top_level_split(piece, ",")) == 2:
            e = _name_then_decoration(piece)  # "Cara Dean, Citizens Advice" inside a ';' list
        if e is not None and (looks_like_name(e.name, surname_only=plural or bool(e.titles)) or e.initials
                              or e.role):
            out.append(e)
            continue
        if out and re.search(r"\(", piece):
            probe = Entry("", piece)

            def strip(m: re.Match, probe: Entry = probe) -> str:
                return " " if _decorate(probe, m.group(1)) else m.group(0)
            bare = clean(re.sub(r"\(([^()]*)\)", strip, piece))
            out[-1].part = out[-1].part or probe.part
            out[-1].on_behalf_of = out[-1].on_behalf_of or probe.on_behalf_of
            if probe.role and out[-1].role is None:
                out[-1].role = probe.role
            piece = bare or piece
        if out and len(piece.split()) <= 8 and (looks_like_org(piece) or looks_like_role(piece)
                                                or re.fullmatch(r"[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,4}",
                                                                piece)):
            prev = out[-1]
            if looks_like_role(piece) and not looks_like_org(piece) and prev.role is None:
                prev.role = piece
            elif prev.organisation is None and not looks_like_role(piece) or looks_like_org(piece) \
                    and prev.organisation is None:
                prev.organisation = piece
            elif prev.role is None:
                prev.role = piece
            prev.text = prev.text + ", " + piece
    for i, e in enumerate(out):  # "Ana Lutz, Ben Roe and Cara Dean (all Vale Tech)"
        m = re.match(r"(?i)^(?:all|both)\s+(?:of\s+)?(.+)$", e.organisation or "")
        if m:
            for other in out[:i + 1]:
                if other.organisation is None or other is e:
                    other.organisation = m.group(1)
    return out


def _starts_person(text: str) -> bool:
    t = clean(text)
    if not t or not re.match(r"[A-Z(]", t):
        return False
    pieces = split_list(t)
    return bool(pieces) and parse_entry(*pieces[0]) is not None


def _surname_first(text: str) -> str:
    """'Lutz, Ana' (a column of surnames first) -> 'Ana Lutz'; anything else unchanged."""
    m = re.fullmatch(r"([A-Z][a-z'’-]+),\s*((?:[A-Z][a-z'’-]+|[A-Z]\.?)(?:\s+[A-Z]\.?)*)", text.strip())
    return f"{m.group(2)} {m.group(1)}" if m else text


def is_group_label(text: str) -> bool:
    t = clean(text).rstrip(":").strip().lower()
    return t in GROUP_LABELS or bool(re.fullmatch(r"(?:mhhs\s+)?programme(?: team)?|other attendees|"
                                                  r"(?:\w+\s+)?representatives|(?:\w+\s+)?members(?: present)?",
                                                  t))


def line_records(lines: list, first_text: str | None = None, items: list | None = None,
                 state: dict | None = None) -> list[tuple[str, Record]]:
    """Lines of a paragraph -> ('group', label) / ('person', Record) / ('text', Record) items in order.

    ``first_text`` replaces the first line's text (a labelled paragraph, its label removed). Given the
    ``items`` and ``state`` of the paragraphs before it in the same part, a line may continue their last
    entry (a role wrapped into the role column of the next paragraph).
    """
    items = [] if items is None else items
    state = {} if state is None else state
    for i, ln in enumerate(lines):
        text = first_text if i == 0 and first_text is not None else ln.text
        text = text.strip()
        if not text:
            continue
        spans = [(x, t) for x, t in (getattr(ln, "spans", None) or [(ln.x0, text)]) if t]
        if i == 0 and first_text is not None or not 2 <= len(spans) <= 3:
            spans = [(ln.x0, text)]
        prev = items[-1][1] if items and items[-1][0] in ("person", "text") else None
        name_x = state.setdefault("name_x", spans[0][0])
        # a line that starts right of the name column continues the entry above it (a wrapped role)
        if prev is not None and spans[0][0] > name_x + 30 and len(spans) == 1:
            prev.text = prev.text + " " + text
            prev.quote = prev.quote + " " + text
            continue
        if prev is not None and (_TITLE_END.search(prev.text) or prev.text.count("(") > prev.text.count(")")
                                 or re.match(r"[a-z)(;,]", text)):
            prev.text = prev.text + " " + text
            prev.quote = prev.quote + " " + text
            continue
        if is_group_label(text) and len(spans) == 1:
            items.append(("group", Record(clean(text).rstrip(":").strip(), text, ln.page)))
            continue
        if len(spans) > 1 and all(_starts_person(t) for _x, t in spans):  # two people on one line
            for _x, t in spans:
                items.append(("person", Record(t, t, ln.page)))
            continue
        if len(spans) > 1:
            spans = [(x, _surname_first(t) if k == 0 else t) for k, (x, t) in enumerate(spans)]
        if len(spans) > 1 and _starts_person(spans[0][1]):  # name column, initials / role columns
            initials = [t for _x, t in spans[1:] if re.fullmatch(r"[A-Z][A-Za-z]{1,4}", t) and t[1:].lower() != t[1:]
                        or re.fullmatch(r"[A-Z]{2,4}", t)]
            others = [t for _x, t in spans[1:] if t not in initials]
            joined = spans[0][1] + "".join(f" ({t})" for t in initials) + (" – " + " ".join(others) if others else "")
            items.append(("person", Record(joined, text, ln.page)))
            continue
        kind = "person" if _starts_person(text) else "text"
        items.append((kind, Record(text, text, ln.page)))
    return items


# sentences anywhere in the minutes
NAME = r"(?:(?:The\s+)?(?:Cllr|Clr|Councillor|Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Rev)\.?\s+)*" \
       r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:de|van|von|da|le)\s+[A-Z][\w'’.-]*))*"
# a full stop that ends the sentence, not the one after an initial or a title ("A. Lutz", "Dr. Roe")
_STOP = r"(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bCllr)(?<!\bProf)(?<!\bRev)\.(?:\s|$)"
APOLOGY_SENTENCE = re.compile(
    r"\bapologies(?:\s+for\s+absence)?\s+(?:(?:were|was|had\s+been|have\s+been|are)\s+)?"
    r"(?:(?:received|submitted|tendered|given|recorded|sent|noted|offered)"
    r"(?:\s+and\s+(?:accepted|approved|noted|consented\s+to|agreed))?)?\s*(?:on\s+behalf\s+of|from)\s+"
    rf"(?P<list>.+?)(?:{_STOP}|$)", re.I | re.S)
_NOTE = r"(?:\s*\([^()]*\))?"
SENT_APOLOGIES = re.compile(rf"(?P<list>{NAME}{_NOTE}(?:\s*(?:,|and)\s*{NAME}{_NOTE})*)\s+"
                            r"(?:sent|gave|tendered|offered|had sent)\s+(?:(?:their|his|her)\s+)?apologies\b")
LEAVE_OF_ABSENCE = re.compile(r"\bleave\s+of\s+absence\s+(?:be|was|is|had\s+been)?\s*granted\s+to\s+(?P<list>.+?)"
                              rf"(?:\s+for\b.*)?(?:{_STOP}|$)", re.I | re.S)
ABSENT_SENTENCE = re.compile(r"^(?:members\s+)?absent(?:\s+without\s+apologies)?\s*[:–-]\s*(?P<list>.+)$", re.I | re.S)
DEPUTY_SENTENCE = re.compile(
    rf"(?P<dep>{NAME})\s+(?i:(?:attended|was\s+in\s+attendance|was\s+present|was\s+attending|attending|sat|joined)\s+)?"
    r"(?i:as\s+(?:an?\s+|the\s+)?(?:alternate|substitute|deputy|proxy)(?:\s+member)?\s+for|on\s+behalf\s+of|in\s+place\s+of|"
    r"deputi[sz]ing\s+for|deputi[sz]ed\s+for|substituting\s+for|substituted\s+for|standing\s+in\s+for|"
    r"was\s+substituting\s+for|(?:holds|held|holding)\s+the\s+proxy\s+(?:of|for))"
    rf"\s+(?P<mem>{NAME})")
# "Dr Lindqvist, who was attending on behalf of the Dean of the Faculty of Arts": a deputy for a post holder
ROLE_DEPUTY_SENTENCE = re.compile(
    rf"(?P<dep>{NAME}),?\s+(?i:(?:who\s+(?:was|is)\s+)?(?:attending|attended|present|sitting|sat)\s+)?"
    r"(?i:on\s+behalf\s+of|deputi[sz]ing\s+for|in\s+place\s+of|substituting\s+for|standing\s+in\s+for)\s+"
    r"the\s+(?P<role>[A-Z][\w'’()-]*(?:\s+(?:of|and|for|the|[A-Z][\w'’()-]*))*)")
VOTING_RIGHTS = re.compile(rf"(?P<mem>{NAME})['’]s?\s+(?:\w+\s+){{0,2}}?(?i:voting\s+rights?|vote|proxy)\s+"
                           rf"(?i:(?:was\s+|were\s+|had\s+been\s+)?(?:passed|transferred|delegated|given)\s+to)\s+"
                           rf"(?P<dep>{NAME})")
THEIR_VOTING_RIGHTS = re.compile(r"\b(?i:(?:his|her|their)\s+(?:voting\s+rights?|vote|proxy)\s+"
                                 r"(?:was\s+|were\s+|had\s+been\s+)?(?:passed|transferred|delegated|given)\s+to)\s+"
                                 rf"(?P<dep>{NAME})")
PART_SENTENCE = re.compile(rf"(?P<who>{NAME})(?:\s+|[^.A-Z]{{0,60}}?\s)"
                           r"(?:left|had\s+left|joined|arrived|rejoined|returned\s+to|"
                           r"withdrew\s+from|departed)\s+(?:the\s+)?(?:meeting|room|chamber)\b")


__all__ = ["CONTINUES", "Record", "top_level_split", "split_list", "entries_from_text", "line_records",
           "is_group_label",
           "APOLOGY_SENTENCE", "SENT_APOLOGIES", "LEAVE_OF_ABSENCE", "ABSENT_SENTENCE", "DEPUTY_SENTENCE",
           "VOTING_RIGHTS", "THEIR_VOTING_RIGHTS", "NAME", "PART_SENTENCE", "ROLE_DEPUTY_SENTENCE"]
