"""Votes: a ballot per constituency row, the voter from the comment's initials, tallies checked."""

from __future__ import annotations

import re
from collections import Counter

from .keys import constituency_key, normalise_seat
from .mentions import cr_ids
from .pdf_pages import Paragraph, TableBlock
from .roster import Roster, looks_like_initials
from .tables import classify, column_map

TICK = re.compile(r"[✓✔☑✅üþ√]|^\s*(x|X|y|Y|yes|Yes|YES)\s*$")
ABSENT = re.compile(r"not in attendance|not present|absent|did not attend", re.I)
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split())}
POSITION_WORDS = [
    ("absent", r"not (?:in attendance|present)|absent|did not attend"),
    ("abstain", r"abst(?:ain|ention)\w*"),
    ("against", r"reject\w*|against|oppos\w*|vot\w* no\b"),
    ("for", r"approv\w*|in favour|support\w*|for\b|vot\w* yes\b"),
]
COUNT_RX = re.compile(r"\b(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\b([^,;.]*?)(?=,|;|\.|\band\b|$)", re.I)


def stated_tally(sentence: str) -> dict[str, int]:
    """'six DAG members voted to reject, four voted to approve, two abstained' -> counts."""
    out: dict[str, int] = {}
    for m in COUNT_RX.finditer(sentence):
        num = m.group(1).lower()
        n = int(num) if num.isdigit() else NUMBER_WORDS[num]
        rest = m.group(2).lower()
        for position, rx in POSITION_WORDS:
            if re.search(rx, rest):
                out.setdefault(position, n)
                break
    return out


def _position(row: list, cols: dict[str, int]) -> tuple[str | None, str | None]:
    text = " ".join(c for c in row[1:] if c)
    if ABSENT.search(text):
        return "absent", ABSENT.search(text).group(0)
    for pos in ("for", "against", "abstain"):
        i = cols.get(pos)
        if i is not None and i < len(row) and row[i] and TICK.search(row[i]):
            return pos, row[i]
    return None, None


def read_votes(items, meeting_id: str, roster: Roster, warnings: list[str]) -> list[dict]:
    votes = []
    for item in items:
        blocks = item.blocks
        for bi, b in enumerate(blocks):
            if not isinstance(b, TableBlock):
                continue
            if classify(b) != "votes":
                continue
            comments = _comments_after(blocks, bi)
            votes.append(_vote(item, blocks, bi, b, comments, meeting_id, roster, warnings))
    return votes


def _comments_after(blocks, bi) -> dict[str, tuple[str, int]]:
    for b in blocks[bi + 1: bi + 4]:
        if isinstance(b, TableBlock) and classify(b) == "vote_comments":
            cols = column_map(b.header, ["constituency", "comment"])
            out = {}
            for r, row in enumerate(b.rows[1:], start=1):
                label = (row[cols.get("constituency", 0)] or "").strip()
                ci = cols.get("comment", 1)
                out[label] = ((row[ci] or "").strip() if ci < len(row) else "", b.row_pages[r])
            return out
    return {}


def _vote(item, blocks, bi, table: TableBlock, comments, meeting_id, roster: Roster, warnings) -> dict:
    cols = column_map(table.header, ["constituency", "for", "against", "abstain"])
    ci = cols.get("constituency", 0)
    ballots = []
    for r, row in enumerate(table.rows[1:], start=1):
        label = (row[ci] or "").strip()
        if not label:
            continue
        position, mark = _position(row, cols)
        seat = normalise_seat(label)
        comment, cpage = comments.get(label) or next(
            ((c, p) for lab, (c, p) in comments.items() if normalise_seat(lab) == seat), (None, None))
        if comment and ABSENT.search(comment) and len(comment) < 60:
            comment = None
        person = None
        if position != "absent":
            m = re.match(r"^([A-Z][A-Za-z]{1,4})\b", comment or "")
            if m:
                person = roster.resolve(m.group(1), seat=label)
            if person is None:
                holders = roster.holders_of(seat)
                person = holders[0] if len(holders) == 1 else None
            for token in re.findall(r"\b[A-Z][A-Za-z]{1,4}\b", comment or ""):
                if looks_like_initials(token):  # other forms of the voter's initials in the comment
                    roster.resolve(token, seat=label)
            if person and normalise_seat(label) != (person.constituency or "") and "(" in seat:
                person.constituency = seat  # the voting row names the seat more precisely
        row_text = " ".join(c for c in row if c)
        ev = [{"page": table.row_pages[r], "quote": row_text}]
        if comment:
            ev.append({"page": cpage, "quote": comment})
        ballots.append({"constituency": seat, "constituency_key": constituency_key(seat), "label": label,
                        "person": person.key if person else None, "position": position,
                        "mark": mark, "comment": comment, "evidence": ev})
    tally = Counter(b["position"] for b in ballots if b["position"])
    tally = {k: tally.get(k, 0) for k in ("for", "against", "abstain", "absent")}

    # the subject: the CR the comments talk about most, else the question before the table
    text_after = [b for b in blocks[bi + 1:] if isinstance(b, Paragraph)]
    text_before = [b for b in blocks[:bi] if isinstance(b, Paragraph)]
    crs = Counter(c for com, _ in comments.values() for c in cr_ids(com))
    question = next((p for p in reversed(text_before) if re.search(r"\b(whether|views|vote)\b", p.text)), None)
    if not crs and question:
        crs = Counter(cr_ids(question.text))
    if not crs:
        crs = Counter(cr_ids(item.title))
    subject_id = crs.most_common(1)[0][0] if crs else None
    summary = next((p for p in text_after if re.search(r"\bvot\w+\b", p.text) and stated_tally(p.text)), None)
    stated = None
    evidence = []
    if question:
        evidence.append({"page": question.page, "quote": question.text})
    if summary:
        sentence = next((s for s in re.split(r"(?<=\.)\s+", summary.text) if stated_tally(s)), summary.text)
        stated = stated_tally(sentence)
        stated = {k: stated.get(k, 0) for k in ("for", "against", "abstain", "absent")} if stated else None
        evidence.append({"page": summary.page, "quote": sentence})
    if not evidence:
        evidence.append({"page": table.page, "quote": " ".join(c for c in table.rows[0] if c)})
    subject = f"cr:{subject_id}" if subject_id else None
    vote_key = f"vote:{meeting_id}:{subject_id or 'item-' + item.number}"
    if stated and stated != tally:
        warnings.append(f"{vote_key}: stated tally {stated} differs from the ballots counted {tally}")
    return {"key": vote_key, "subject": subject, "question": question.text if question else None,
            "ballots": ballots, "tally": tally, "stated_tally": stated, "evidence": evidence}
