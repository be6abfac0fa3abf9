"""Votes in any layout: one vote per question put to members, its ballots, counts and motion.

An agenda item's blocks are read in order into vote fragments (a vote table, a comments table, a
sentence stating counts, a named division, a mover / seconder, a result) and the fragments that
belong together are joined into one vote: a motion comes before its result, a summary of the
counts follows its table, a repeated count of the same vote is not a new vote.

Conventions (docs/CONVENTIONS.md record@2 "Votes"):
- ``tally`` is counted from the ballots when the document itemises every ballot (a vote table, a
  named division, a grid: all four keys); otherwise it is the stated counts, with only the keys the
  text states. Voters named beside counts ("3 against (Northland, Southmark, Eastvale)") are ballots,
  but the counts stay the tally and are checked against the names per position.
- ``stated_tally`` holds only the counts the text states; a difference from the ballots is kept,
  with a warning.
- "carried unanimously" with no figures: ``unanimous`` true, ``result`` carried, ``tally`` and
  ``stated_tally`` null: nobody is counted because the text counts nobody (the members present are
  not assumed to be the voters).
- ``moved_by`` / ``seconded_by`` are person keys (the listed person where the name resolves, else
  the key of the full name as printed, else null); the mover's ballot is not inferred.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .keys import constituency_key, normalise_seat, person_key
from .mentions import cr_ids
from .names import looks_like_name, strip_titles
from .pdf_pages import Paragraph, TableBlock
from .roster import Person, Roster, looks_like_initials
from .vote_prose import (
    POSITIONS,
    as_printed_case,
    division,
    motion,
    named_voters,
    result,
    sentences,
    stated_tally,
    unanimous,
    vote_taken,
)
from .vote_tables import ABSENT, VoteTable, bare_name, comments_table, read_vote_grid, read_vote_table

__all__ = ["read_votes", "stated_tally"]

_MOVED_RX = re.compile(r"\b(?:moved|proposed|seconded|mover|proposer|seconder)\b", re.I)
# "proposed by A and seconded by B that ...": the motion after the names
_MOVED_THAT_RX = re.compile(r"\b(?:moved|proposed|seconded)\b[^.;]*?(?P<that>\bthat\b)")
_MOTION_RX = re.compile(r"\b(?:proposal|motion|recommendation|amendment)\b.*\b(?:moved|proposed)\b", re.I)
# a sentence that puts the question (before the counts, in the same paragraph)
ASKED_RX = re.compile(r"\b(?:whether|asked to (?:vote|indicate|give)|asked for (?:a|their) (?:vote|view|recommendation)"
                      r"|(?:proposed|moved) that|the question)\b", re.I)
# a paragraph before a vote table or a vote that puts the question; failing one, one that announces the vote
QUESTION_RX = re.compile(r"\b(?:whether|asked|views|put to the vote|motion|proposal|(?:proposed|moved) that"
                         r"|recommend\w*)\b", re.I)
ANNOUNCES_RX = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.I)
# a resolution stated just before its mover / seconder line ("RESOLVED to approve ..." then "Proposed: A Seconded: B")
RESOLUTION_RX = re.compile(r"\bRESOLVED\b|^\s*(?:\(\w{1,4}\)\s*)?(?:It was )?Resolved\b")


@dataclass
class _Vote:
    last: int  # index of the last block that added to the vote
    table: VoteTable | None = None
    comments: dict | None = None
    stated: dict[str, int] = field(default_factory=dict)
    division: dict | None = None
    named: dict = field(default_factory=dict)  # {position: [(name, page, quote)]}: voters named in sentences
    mover: str | None = None
    seconder: str | None = None
    result: str | None = None
    unanimous: bool = False
    question: tuple[str, int] | None = None
    texts: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)  # the paragraphs before the vote, nearest first
    after: list[str] = field(default_factory=list)  # the paragraph right after the vote
    evidence: list[dict] = field(default_factory=list)


@dataclass
class _Fragment:
    page: int
    quote: str
    table: VoteTable | None = None
    stated: dict[str, int] = field(default_factory=dict)
    division: dict | None = None
    mover: str | None = None
    seconder: str | None = None
    result: str | None = None
    unanimous: bool = False
    question: str | None = None
    taken: bool = False  # "on a show of hands", "on a roll call vote": a vote was taken
    named: dict = field(default_factory=dict)  # {position: [names]} of voters a sentence names

    @property
    def opens(self) -> bool:
        """Enough to be a vote on its own (a bare result is not, unless the sentence says a vote was taken)."""
        return bool(self.table or self.stated or self.division or self.mover or self.seconder or self.unanimous
                    or (self.taken and self.result))


def read_votes(items, meeting_id: str, roster: Roster, warnings: list[str]) -> list[dict]:
    votes: list[dict] = []
    keys: set[str] = set()
    numbered = 0
    for item in items:
        for v in _item_votes(item):
            subject_id = _subject(v, item)
            key = f"vote:{meeting_id}:{subject_id}" if subject_id else None
            if key is None or key in keys:
                numbered += 1
                key = f"vote:{meeting_id}:V{numbered}"
            keys.add(key)
            votes.append(_record(v, item, key, subject_id, roster, warnings))
    return votes


# -- fragments -------------------------------------------------------------------------------------

def _paragraph_fragments(p: Paragraph, in_vote: bool = False) -> list[_Fragment]:
    out: list[_Fragment] = []
    div = division(p.text, in_vote)
    for d in (div or {}).values():
        d["page"] = p.page
    div_at = p.text.find(next(iter(div.values()))["quote"]) if div else -1
    pos = 0
    prev = None
    for s in sentences(p.text):
        start = p.text.find(s, pos)
        pos = start + len(s)
        if div and div_at < pos and not any(f.division for f in out):
            lead = p.text[:div_at].strip()  # "Members voted on whether to ...: For: A, B; Against: C"
            out.append(_Fragment(p.page, p.text, division=div,
                                 question=lead if lead and (ASKED_RX.search(lead) or QUESTION_RX.search(lead)
                                                            or vote_taken(lead))
                                 and not stated_tally(lead) else None))
        mover, seconder = motion(s)
        f = _Fragment(p.page, s.strip(), stated={} if div else stated_tally(s), mover=mover, seconder=seconder)
        f.unanimous = unanimous(s, motion_stated=bool(mover or seconder))
        f.taken = vote_taken(s)
        f.named = {} if div else named_voters(s)
        if f.opens or f.taken or (out and out[-1].opens) or len(p.text) < 80:
            f.result = result(s)
        if mover or seconder:  # the motion: "That ..." after the names, else the sentence that moves it
            m = re.search(r"\bTHAT\b|\bThat\b", s) or _MOVED_THAT_RX.search(s)
            start = m.start("that") if m and "that" in m.groupdict() else (m.start() if m else 0)
            f.question = s[start:].strip() if m else (s.strip() if _MOTION_RX.search(s) else None)
        elif f.opens and prev and ASKED_RX.search(prev) and not stated_tally(prev):
            f.question = prev.strip()  # "Members were asked whether ... Seven members voted to approve ..."
        if f.opens or f.result or f.named:
            out.append(f)
        prev = s
    return out


def _item_votes(item) -> list[_Vote]:
    votes: list[_Vote] = []
    cur: _Vote | None = None
    paragraphs: list[tuple[int, Paragraph]] = []
    for bi, b in enumerate(item.blocks):
        if isinstance(b, TableBlock):
            vt = read_vote_table(b)
            header = " ".join(c for c in b.rows[0] if c)
            grid = [] if vt else read_vote_grid(b)
            if vt:
                frags = [_Fragment(b.page, header, table=vt)]
                if vt.result_text:
                    frags[0].result = result(vt.result_text)
            elif grid:  # a vote per column: the column's heading is the question
                frags = [_Fragment(b.page, header, table=g, question=q or None) for q, g in grid]
            else:
                comments = comments_table(b)
                if comments and cur and cur.table and cur.comments is None and bi - cur.last <= 3:
                    cur.comments = comments
                    cur.last = bi
                    continue
                frags = _table_motion_fragments(b)
                if not frags:
                    continue
        elif isinstance(b, Paragraph):
            paragraphs.append((bi, b))
            if cur and (cur.mover or cur.seconder) and not cur.question and bi - cur.last <= 2 \
                    and re.match(r"(?:THAT|That)\b", b.text):
                cur.question = (b.text, b.page)  # "Moved by A / Seconded by B / That ..." on their own lines
                cur.last = bi
            prev_text = paragraphs[-2][1].text if len(paragraphs) > 1 else ""
            in_vote = bool(cur and cur.division and bi - cur.last == 1) or bool(
                re.search(r"\bvot(?:e|es|ed|ing)\b.*\b(?:as follows|were|was)\b.*:\s*$", prev_text, re.I))
            frags = _paragraph_fragments(b, in_vote)
        else:
            continue
        for f in frags:
            if not f.opens:
                if cur is not None and bi - cur.last <= 2:  # near the vote
                    if f.result and not cur.result:
                        cur.result = f.result
                        cur.evidence.append({"page": f.page, "quote": f.quote})
                        cur.last = bi
                    if f.named and not (cur.table or cur.division):
                        _add_named(cur, f)  # "Councillors Roe and Fenn voted against" after the vote
                        cur.last = bi
                continue
            fits = cur is not None and _fits(cur, f, bi)
            if not fits and f.stated and not (f.table or f.division or f.mover) and _repeats(f.stated, votes):
                continue  # the same counts told again ("Following the vote (6 reject, 4 approve ...)")
            if not fits:
                cur = _Vote(bi)
                cur.question = _question(paragraphs, bi, f)
                if (f.mover or f.seconder) and not f.question and cur.question and \
                        RESOLUTION_RX.search(cur.question[0]) and not f.result:
                    f.result = "carried"  # the resolution above the motion line says it passed
                cur.context = [p.text for pbi, p in reversed(paragraphs) if pbi < bi][:3]
                votes.append(cur)
            assert cur is not None  # the vote it fits, or the one just opened
            _add(cur, f, bi)
    for v in votes:
        v.after = [b.text for b in item.blocks[v.last + 1:v.last + 2] if isinstance(b, Paragraph)]
    return votes


def _table_motion_fragments(table: TableBlock) -> list[_Fragment]:
    """'Proposed by | Cllr A | Seconded by | Cllr B': a motion set out in a table's rows."""
    out = []
    for row, page in zip(table.rows, table.row_pages):
        text = " ".join(c for c in row if c)
        if _MOVED_RX.search(text):
            out += _paragraph_fragments(Paragraph(page, text, False, False, 0.0))
    return out


def _add_named(v: _Vote, f: _Fragment) -> None:
    for position, names in f.named.items():
        v.named.setdefault(position, []).extend((n, f.page, f.quote) for n in names)
    ev = {"page": f.page, "quote": f.quote}
    if ev not in v.evidence:
        v.evidence.append(ev)


def _repeats(stated: dict[str, int], votes: list[_Vote]) -> bool:
    for v in votes:
        known = v.stated or (_counted(v) if v.table else {})
        if known and all(known.get(k) == n for k, n in stated.items()):
            return True
    return False


def _fits(v: _Vote, f: _Fragment, bi: int) -> bool:
    """Whether fragment ``f`` belongs to vote ``v`` (else it starts a new vote)."""
    if bi - v.last > 3:
        return False
    done = bool(v.result or v.stated or v.table or v.division)
    if (f.mover and (v.mover or done)) or (f.seconder and v.seconder):
        return False
    if f.division and v.division and not set(f.division) & set(v.division) and bi - v.last == 1 \
            and not (v.table or v.result):
        return True  # the division's next line ("Against: D" under "For: A, B")
    if (f.table or f.division) and done:
        return False
    if f.stated and v.stated:
        return False
    return not (f.result and v.result and f.result != v.result)


def _add(v: _Vote, f: _Fragment, bi: int) -> None:
    v.last = bi
    v.table = v.table or f.table
    v.division = {**(v.division or {}), **(f.division or {})} or None
    v.stated = v.stated or f.stated
    v.mover = v.mover or f.mover
    v.seconder = v.seconder or f.seconder
    v.result = v.result or f.result
    v.unanimous = v.unanimous or f.unanimous
    if f.question and not v.question:
        v.question = (f.question, f.page)
    if f.named and not (v.table or v.division):
        _add_named(v, f)
    if not f.table:
        v.texts.append(f.quote)
    ev = {"page": f.page, "quote": f.division and next(iter(f.division.values()))["quote"] or f.quote}
    if ev not in v.evidence:
        v.evidence.append(ev)


def _question(paragraphs: list[tuple[int, Paragraph]], bi: int, f: _Fragment) -> tuple[str, int] | None:
    """The question put: the sentence that puts it, else the nearest paragraph before the vote that asks."""
    if f.question:
        return f.question, f.page
    before = [(pbi, p) for pbi, p in reversed(paragraphs) if pbi < bi and (f.table or bi - pbi <= 2)]
    if (f.mover or f.seconder) and before and before[0][0] == bi - 1:
        m = RESOLUTION_RX.search(before[0][1].text)
        if m:  # "RESOLVED to approve ..." then "Proposed: A  Seconded: B": the motion is the resolution
            return before[0][1].text[m.start():].strip(), before[0][1].page
    # the nearest paragraph that puts the question or announces the vote ("put ... to a recorded vote",
    # "Recorded vote - R0150"), else the nearest that asks anything
    for p in (p for _, p in before):
        if (vote_taken(p.text) or ANNOUNCES_RX.search(p.text)) and not stated_tally(p.text):
            return p.text, p.page
    for p in (p for _, p in before):
        if QUESTION_RX.search(p.text) and not stated_tally(p.text):
            return p.text, p.page
    return None


# -- ballots, tallies, the record ------------------------------------------------------------------

def _counted(v: _Vote) -> dict[str, int]:
    """Ballots per position, all four keys (the itemised ballots state the zeros too)."""
    positions = [r.position for r in v.table.rows] if v.table else []
    if v.division:
        positions += [pos for pos, d in v.division.items() for _ in d["names"]]
    c = Counter(p for p in positions if p)
    return {k: c.get(k, 0) for k in POSITIONS}


def _person_ref(roster: Roster, text: str | None, seat: str | None = None) -> str | None:
    """The key of the person a name, initials or surname means: the listed person, else the key of a full
    name as printed (a voter the attendance does not list), else None."""
    if not text:
        return None
    text = as_printed_case(text)
    found = roster.find(text, seat=seat)
    if found:
        return found.key
    name = strip_titles(text)[0]
    return person_key(name) if looks_like_name(name) else None


def _table_ballots(v: _Vote, roster: Roster) -> list[dict]:
    assert v.table is not None  # called only for a vote with a table
    ballots = []
    comments = v.comments or {}
    for row in v.table.rows:
        person = None
        ev = [{"page": row.page, "quote": row.quote}]
        if v.table.voter == "person":  # a named voter: the person named, present or not
            ballots.append({"constituency": None, "constituency_key": None, "label": row.label,
                            "person": _person_ref(roster, bare_name(row.label)),
                            "position": row.position, "mark": row.mark, "comment": row.comment, "evidence": ev})
            continue
        seat = normalise_seat(row.seat or row.label)
        cpage: int | None  # the page of the comment; none when no comment is found
        comment, cpage = row.comment, row.page
        if comment is None:
            comment, cpage = comments.get(row.label) or next(
                ((c, p) for lab, (c, p) in comments.items() if normalise_seat(lab) == seat), (None, None))
        if comment and ABSENT.search(comment) and len(comment) < 60:
            comment = None
        if row.seat:  # a party's row: its listed attendee (present or not), told apart by the party
            person = _member_of(roster, row.label)
        elif row.position != "absent":
            person = _seat_voter(roster, row.person_cell, comment, row.label, seat)
        if comment and comment not in row.quote:
            ev.append({"page": cpage, "quote": comment})
        ballots.append({"constituency": seat, "constituency_key": constituency_key(seat), "label": row.label,
                        "person": person.key if person else None, "position": row.position,
                        "mark": row.mark, "comment": comment, "evidence": ev})
    return ballots


def _member_of(roster: Roster, organisation: str) -> Person | None:
    found = [p for p in roster.people if p.organisation and p.organisation.lower() == organisation.lower()]
    present = [p for p in found if p.attendance in ("present", "part")]
    found = present if len(present) == 1 else found
    return found[0] if len(found) == 1 else None


def _seat_voter(roster: Roster, person_cell: str | None, comment: str | None, label: str, seat: str) -> Person | None:
    """Who cast a seat's ballot: the member cell, else the comment's initials, else the seat's holder."""
    person = roster.find(as_printed_case(person_cell), seat=label) if person_cell else None
    m = re.match(r"^([A-Z][A-Za-z]{1,4})\b", comment or "")
    if person is None and m:
        person = roster.resolve(m.group(1), seat=label)
    if person is None:
        holders = roster.holders_of(seat)
        person = holders[0] if len(holders) == 1 else None
    for token in re.findall(r"\b[A-Z][A-Za-z]{1,4}\b", comment or ""):
        if looks_like_initials(token):  # other forms of the voter's initials in the comment
            roster.resolve(token, seat=label)
    if person and normalise_seat(label) != (person.constituency or "") and "(" in seat:
        person.constituency = seat  # the voting row names the seat more precisely
    return person


def _division_ballots(v: _Vote, roster: Roster) -> list[dict]:
    assert v.division is not None  # called only for a vote with a division
    ballots = []
    for position, d in v.division.items():
        for name in d["names"]:
            ballots.append({"constituency": None, "constituency_key": None, "label": d["label"],
                            "person": _person_ref(roster, name), "position": position, "mark": None,
                            "comment": None, "evidence": [{"page": d["page"], "quote": d["quote"]}]})
    return ballots


def _record(v: _Vote, item, key: str, subject_id: str | None, roster: Roster, warnings: list[str]) -> dict:
    ballots: list[dict] = []
    if v.table:
        ballots += _table_ballots(v, roster)
    if v.division:
        ballots += _division_ballots(v, roster)
    partial = not ballots and bool(v.named)  # some voters named in the text, not every ballot
    for position, names in v.named.items() if partial else ():
        for name, page, quote in names:
            who = _person_ref(roster, name)
            ballots.append({"constituency": None if who else name, "constituency_key": None if who else
                            constituency_key(name), "label": name, "person": who, "position": position,
                            "mark": None, "comment": None, "evidence": [{"page": page, "quote": quote}]})
    stated = dict(v.stated)
    if v.table and v.table.stated:
        stated = {**v.table.stated, **stated}
    if v.division:
        stated.update({pos: d["count"] for pos, d in v.division.items()
                       if d["count"] is not None and pos not in stated})
    stated_full = {k: stated[k] for k in POSITIONS if k in stated} or None
    tally: dict[str, int] | None
    if partial:  # the counts the text states; the names are checked against them position by position
        tally = stated_full or {k: len(v.named[k]) for k in POSITIONS if k in v.named}
        named = {k: len(v.named[k]) for k in POSITIONS if k in v.named}
        if stated and any(k in stated and stated[k] != n for k, n in named.items()):
            warnings.append(f"{key}: stated tally {stated_full} differs from the voters named {named}")
    elif v.table and v.table.kind == "ticks" and not any(r.position not in (None, "absent") for r in v.table.rows):
        tally = stated_full  # no mark could be read: counting would say nobody voted
        warnings.append(f"{key}: no tick could be read in the vote table (symbol-font marks without text?); "
                        f"the tally is the stated counts")
    elif ballots:
        tally = _counted(v)
        if stated and any(tally.get(k, 0) != c for k, c in stated.items()):
            warnings.append(f"{key}: stated tally {stated_full} differs from the ballots counted {tally}")
    else:
        tally = stated_full
    evidence = [{"page": v.question[1], "quote": v.question[0]}] if v.question else []
    evidence += [{"page": e["page"], "quote": e["quote"]} for e in v.evidence
                 if e["quote"] and e["quote"] != (v.question or ("",))[0]]
    return {"key": key, "subject": f"cr:{subject_id}" if subject_id else None,
            "question": v.question[0] if v.question else None, "ballots": ballots, "tally": tally,
            "stated_tally": stated_full, "moved_by": _person_ref(roster, v.mover),
            "seconded_by": _person_ref(roster, v.seconder),
            "result": v.result or ("carried" if v.unanimous else None), "unanimous": v.unanimous,
            "evidence": evidence or [{"page": item.page, "quote": item.title}]}


def _subject(v: _Vote, item) -> str | None:
    """The change voted on: the one the comments name most, else the question's, the vote's own sentences';
    for a vote that is not a motion moved, else what the item is about: the one change its heading names,
    the paragraphs before the vote (nearest first), the paragraph right after it ("The Panel APPROVED R0150")."""
    comments = [c for c, _ in (v.comments or {}).values()] + [r.comment for r in (v.table.rows if v.table else [])
                                                              if r.comment]
    title = cr_ids(item.title or "")
    sources = [[c for com in comments for c in cr_ids(com)], cr_ids(v.question[0]) if v.question else [],
               [c for t in v.texts for c in cr_ids(t)]]
    grid = v.table is not None and v.table.kind == "grid"  # a column of a grid: its heading is the question
    if not (v.mover or v.seconder or grid):  # a motion names its subject; another vote is on the item's
        sources += [title if len(set(title)) == 1 else []] + [cr_ids(t) for t in v.context] + \
            [cr_ids(t) for t in v.after] + [title]
    for n, ids in enumerate(sources):
        top = Counter(ids).most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
        if n == 1 and top:  # the question names two as often ('support P481 aligned with R0199'): the first
            return next(c for c in ids if Counter(ids)[c] == top[0][1])
    return None
