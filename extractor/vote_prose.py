"""Votes written as prose: counts in words or figures, named divisions, mover and seconder, the result.

Each reader takes one sentence (or a short paragraph) and returns what it states, or nothing:
- ``stated_tally``: "Seven members voted to approve, two against and one abstained", "Yes: 6; No: 2;
  Abstain: 1", "with five votes in favour and one abstention", "131 in favour to 3 against, with 4
  abstentions", "voted 5-3 to recommend approval", "by 5 votes to 3";
- ``division``: "For: A, B and C; Against: D; Abstain: E" (names per position, with a count when
  one is printed beside the label);
- ``motion``: "Moved by X, seconded by Y", "Proposed by: X  Seconded by: Y", "on the motion of X",
  "RESOLVED (Lutz/Roe)";
- ``result``: carried / lost, only from vote wording ("carried", "the motion was lost", "it was
  AGREED"), never from a decision verb elsewhere in the text;
- ``unanimous``: "carried unanimously", "unanimously approved", "nem con";
- ``vote_taken``: "on a show of hands", "on a roll call vote" (with a result, a vote without counts).
"""

from __future__ import annotations

import re

from .names import looks_like_name
from .roster import looks_like_initials

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({"none": 0, "nil": 0, "no": 0, "thirty": 30, "forty": 40, "fifty": 50})
POSITIONS = ("for", "against", "abstain", "absent")

# the position a few words after a count state, in the order they are tried
POSITION_WORDS = [
    ("absent", re.compile(r"not (?:in attendance|present|represented)|absent|did not (?:attend|vote)|not vot",
                          re.I)),
    ("abstain", re.compile(r"abst(?:ain|ention)\w*", re.I)),
    ("against", re.compile(r"reject\w*|against|oppos\w*|\bvot\w* no\b|\bno votes?\b|\bnays?\b", re.I)),
    ("for", re.compile(r"approv\w*|in favou?r|support\w*|\bfor\b|\bvot\w* yes\b|\byes votes?\b|\bayes?\b", re.I)),
]
# a position label before its count or names: "Yes: 6", "Against: D", "For (3): A, B, C"
LABELS = {"yes": "for", "for": "for", "in favour": "for", "in favor": "for", "aye": "for", "ayes": "for",
          "no": "against", "against": "against", "nay": "against", "nays": "against",
          "abstain": "abstain", "abstained": "abstain", "abstaining": "abstain", "abstention": "abstain",
          "abstentions": "abstain", "abstains": "abstain",
          "approve": "for", "approved": "for", "support": "for", "reject": "against", "rejected": "against",
          "oppose": "against", "opposed": "against",
          "absent": "absent", "not voted": "absent", "did not vote": "absent", "not voting": "absent"}
_LABEL = r"(?:in favou?r|approved|approve|support|rejected|reject|opposed|oppose|" \
         r"did not vote|not vot(?:ed|ing)|abstention|abstentions|abstained|abstaining|abstains|" \
         r"abstain|against|absent|ayes|aye|nays|nay|yes|for|no)"
NUM = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_NUM_RX = re.compile(rf"(?<![\w/:.£$-]){NUM}(?![\w/%£$-]|[.:]\d)", re.I)
_LABEL_COUNT_RX = re.compile(rf"\b(?P<label>{_LABEL})\s*(?:votes?)?\s*(?P<sep>[:=–-]|\s)\s*(?P<n>{NUM})\b(?!\s*[:.]\d)",
                             re.I)
_SCORE_NUM = r"(\d{1,3}|" + "|".join(sorted((w for w in NUMBER_WORDS if w not in ("no", "none", "nil")), key=len,
                                           reverse=True)) + r")"
_SCORE_RX = re.compile(r"\b(?:(?:voted|vote of|votes? (?:was|were)|majority(?: of)?|(?:carried|passed|approved|agreed|"
                       r"adopted|defeated|lost|rejected|tied)(?:\s+by)?)\s+\(?(\d{1,3})\s*"
                       r"(?:[-–:]|(?:votes? )?to)|by\s+" + _SCORE_NUM + r"\s*(?:[-–:]|votes? to))\s*" + _SCORE_NUM +
                       r"\b\)?(?!\s*(?:%|per|percent|days?|weeks?|months?|years?|hours?|minutes?))"
                       r"(?P<after>\s+against)?", re.I)
MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_ID_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*\.?|\bno\.?|\bnumber|\bitem|\bminute|\bpage|\bversion|\bv|#)\s*$")
# a count's own position word right after it: "5 in favour", "1 against", "2 abstentions"
_POSITION_NEXT_RX = re.compile(r"\s+(?:votes?\s+)?(?:in favou?r|for\b|against|abst\w+|approv\w+|reject\w+|oppos\w+)",
                               re.I)
VOTE_WORDS = re.compile(r"\bvot(?:e|es|ed|ing)\b|\bballot|\bshow of hands\b|\bin favou?r\b|\babstain|\babstention"
                        r"|\bcarried\b|\bmotion\b|\bunanim|\bdivision\b", re.I)


_NOT_VOTERS_RX = re.compile(r"\brespon(?:se|ses|dent|dents)\b|\bconsultation\b|\bsurvey\b|\bsubmissions?\b"
                            r"|\bobjections?\b|\bpetition|\bletters?\b|\bcomments\b", re.I)
_CAST_RX = re.compile(r"\bvot(?:e|es|ed|ing)\b|\bballot|\bshow of hands\b|\bmotion\b|\bcarried\b", re.I)


# the letters a case-insensitive regex takes for i, s and k besides their own cases (İ ı ſ and the Kelvin
# sign): a number word matched in them is read as spelt with those
_RE_I_LETTERS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _number(token: str) -> int:
    t = token.translate(_RE_I_LETTERS).lower()
    return int(t) if t.isdigit() else NUMBER_WORDS[t]


def _position_in(window: str) -> str | None:
    """The position named first in the few words after a count."""
    window = " ".join(window.split()[:6])
    found = [(m.start(), position) for position, rx in POSITION_WORDS for m in [rx.search(window)] if m]
    return min(found)[1] if found else None


# what a count needs (every count is one of the three regexes above): a digit, or a number word standing as a
# word; or, for a score ("by five votes to three", its number words perhaps run into the words beside them),
# "by" and a number word anywhere. A score's other words: one of these, or "by".
_DIGIT_RX = re.compile(r"[0-9]")
_LETTER_RUN_RX = re.compile(r"[a-z]+")
_SCORE_NUM_WORDS = tuple(w for w in NUMBER_WORDS if w not in ("no", "none", "nil"))
_SCORE_WORDS = ("vot", "majority", "carried", "passed", "approved", "agreed", "adopted", "defeated", "lost",
                "rejected", "tied", "by")


def _may_count(sentence: str) -> tuple[bool, bool]:
    """(may state a count, may state a score) of a sentence: False only where the regexes can find none.
    An ASCII sentence is read in lower case (re.I and str.lower agree on ASCII letters); any other is read."""
    if not sentence.isascii():
        return True, True
    low = sentence.lower()
    score = any(w in low for w in _SCORE_WORDS)
    if _DIGIT_RX.search(sentence) or not NUMBER_WORDS.keys().isdisjoint(_LETTER_RUN_RX.findall(low)):
        return True, score
    score = "by" in low and any(w in low for w in _SCORE_NUM_WORDS)
    return score, score


def stated_tally(sentence: str) -> dict[str, int]:
    """The counts a sentence states, by position (only the positions it states)."""
    out: dict[str, int] = {}
    counts, scores = _may_count(sentence)
    if not counts:
        return out
    used: list[tuple[int, int]] = []
    for m in _SCORE_RX.finditer(sentence) if scores else ():  # "voted 5-3 to recommend approval", "by 5 votes to 3"
        a, b = _number(m.group(1) or m.group(2)), _number(m.group(3))
        if m.group("after"):
            a, b = b, a
        elif _LOST_RX.search(sentence) and a > b or _CARRIED_RX.search(sentence) and a < b:
            a, b = b, a  # the larger side won: "defeated by six votes to four", "carried 2-6" is not read
        out.setdefault("for", a)
        out.setdefault("against", b)
        used.append(m.span())
    labelled = [m for m in _LABEL_COUNT_RX.finditer(sentence)
                if not any(s <= m.start() < e for s, e in used)]
    colon = [m for m in labelled if m.group("sep").strip()]
    if len(colon) >= 1 and (len(colon) >= 2 or VOTE_WORDS.search(sentence)):
        labelled_ok = colon
    else:
        labelled_ok = []
    if len(labelled) >= 2 and all(m.group("n").isdigit() for m in labelled) and not labelled_ok:
        labelled_ok = labelled  # "For 6, Against 2"
    for m in labelled_ok:
        out.setdefault(LABELS[m.group("label").lower()], _number(m.group("n")))
        used.append(m.span())
    nums = [m for m in _NUM_RX.finditer(sentence) if not any(s <= m.start() < e for s, e in used)]
    for i, m in enumerate(nums):
        if m.group(0).lower() == "no" and not re.match(r"\s+(?:votes?\s+)?(?:against|abst|one\b)", sentence[m.end():],
                                                       re.I):
            continue  # "no" counts only as "no abstentions", "no votes against"
        if m.group(0)[0].isdigit() and _ID_BEFORE.search(sentence[:m.start()]) \
                and not _POSITION_NEXT_RX.match(sentence, m.end()):
            continue  # "DCP 463", "Item 5", "No. 12": an id, not a count ("Cllr Abara 5 in favour" is a count)
        end = nums[i + 1].start() if i + 1 < len(nums) else len(sentence)
        window = re.split(r"[,;.:(]", sentence[m.end():end], maxsplit=1)[0]
        if re.match(rf"\s*(?:{MONTHS})", window, re.I):
            continue
        position = _position_in(window)
        if position:
            out.setdefault(position, _number(m.group(0)))
    if not out:
        return out
    if len(out) == 1 and not VOTE_WORDS.search(sentence):
        return {}  # one count and no word of voting: "two members raised concerns against ..."
    if _NOT_VOTERS_RX.search(sentence) and not _CAST_RX.search(sentence):
        return {}  # "of the 12 responses, 9 were in favour and 3 against": a consultation, not a vote
    return out


# -- named divisions ---------------------------------------------------------------------------

_DIVISION_RX = re.compile(rf"(?:^|(?<=[;.,\s]))(?P<label>{_LABEL})\s*(?:\((?P<n>\d{{1,3}})\))?"
                          r"\s*[:–-]\s*", re.I)
NONE_WORDS = {"none", "nil", "no one", "nobody", "-", "–", "n/a", "0"}
STOP = {"that", "the", "seconded", "carried", "resolved", "and", "to", "it", "motion", "lost", "agreed", "this",
        "with", "which", "who", "for", "against", "abstain", "following", "on", "by", "was", "were", "in",
        "moved", "proposed", "unanimously", "all"}


def as_printed_case(text: str) -> str:
    """'COUNCILLOR A LUTZ' -> 'Councillor A Lutz' (names in capitals read like names)."""
    return text.title() if text.isupper() and len(text) > 3 else text


def split_names(text: str) -> list[str] | None:
    """'R H Lutz, Mrs L Roe and K Dean' -> three names; 'SD, MK and ARo' -> three sets of initials; 'None' -> [];
    None when it is not a list of names."""
    text = " ".join(text.split()).strip(" .;")
    if text.lower() in NONE_WORDS or not text:
        return []
    parts = [p.strip() for p in re.split(r",|;|\s+and\s+|\s+&\s+", text) if p.strip()]
    if not parts or not all(looks_like_name(as_printed_case(p), surname_only=True) or looks_like_initials(p)
                            for p in parts):  # 'For: SD, MK, ARo': members by their initials
        return None
    return parts


def division(text: str, in_vote: bool = False) -> dict[str, dict] | None:
    """'For: A, B and C; Against: D; Abstain: E' -> {position: {'label', 'names', 'count', 'quote'}}.

    One label alone ("Against: D") is a division only in a vote's wording, or ``in_vote`` (the line
    follows "The vote was as follows:" or another line of the division)."""
    if ":" not in text and "-" not in text and "–" not in text:
        return None  # no label's colon or dash: no division
    marks = list(_DIVISION_RX.finditer(text))
    if not marks:
        return None
    out: dict[str, dict] = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        names = split_names(text[m.end():end].strip().rstrip(";.").strip())
        if names is None:
            return None  # not a list of names ("Yes: 6" are counts, read by stated_tally)
        position = LABELS[m.group("label").lower()]
        out[position] = {"label": m.group("label"), "names": names,
                         "count": int(m.group("n")) if m.group("n") else None,
                         "quote": text[m.start():end].strip().rstrip(";").strip()}
    if len(out) < 2 and not (out and (in_vote or VOTE_WORDS.search(text))):
        return None
    if not any(d["names"] for d in out.values()):
        return None
    return out


# -- voters named in a sentence -----------------------------------------------------------------

_NAMED_VERB_RX = re.compile(r"\b(?:voted|votes|vote)\s+(?P<pos>against|for|in favou?r|to abstain)\b|\babstained\b"
                            r"|\basked (?:that|for) (?:her|his|their) votes? (?P<rec>against|for|in favour)\b", re.I)
_BRACKETED_RX = re.compile(rf"(?<![\w/:.£$-])(?P<n>{NUM})\s+(?:votes?\s+)?(?P<pos>in favou?r|for|against|"
                           r"abstentions?|abstained|abstaining)\s*\((?P<names>[^()]+)\)", re.I)
_PLURAL_TITLE_RX = re.compile(r"^(?:Councillors|Cllrs\.?|Clrs\.?|Messrs\.?|Members|Aldermen)\s+")


def _has_word(text: str, words: tuple[str, ...], rx: re.Pattern) -> bool:
    """One of ``words`` in ``text`` in any case: an ASCII text is searched in lower case (re.I and str.lower
    agree on ASCII letters), any other with ``rx`` (the words, case-insensitively)."""
    if text.isascii():
        low = text.lower()
        return any(w in low for w in words)
    return rx.search(text) is not None


# a word every match of _NAMED_VERB_RX has ("voted", "votes", "vote", "abstained", "asked that her vote")
_VOTER_WORDS = ("vote", "abstained")
_VOTER_WORDS_RX = re.compile("|".join(_VOTER_WORDS), re.I)


def _may_name_verb(sentence: str) -> bool:
    return _has_word(sentence, _VOTER_WORDS, _VOTER_WORDS_RX)


def named_voters(sentence: str) -> dict[str, list[str]]:
    """Voters a sentence names with their position: 'Councillors Roe and Fenn voted against', 'Cllr Lutz
    abstained', '3 against (Northland, Southmark, Eastvale)' -> {position: [names as printed]}."""
    out: dict[str, list[str]] = {}
    bracketed, verb = "(" in sentence, _may_name_verb(sentence)
    for m in _BRACKETED_RX.finditer(sentence) if bracketed else ():
        names = split_names(m.group("names"))
        if names:
            out.setdefault(_position_in(m.group("pos")) or "for", []).extend(names)
    for m in _NAMED_VERB_RX.finditer(sentence) if verb else ():
        clause = re.split(r"[,;:(]|\bwhile\b|\bwhereas\b|\bbut\b", sentence[:m.start()])[-1].strip()
        clause = re.sub(r"^(?:and|with)\s+", "", clause)
        clause = _PLURAL_TITLE_RX.sub("", clause)
        names = split_names(clause)
        if names:
            word = m.group("pos") or m.group("rec") or "abstain"
            out.setdefault(_position_in(word) or "abstain", []).extend(names)
    return out


# -- mover, seconder, result, unanimity --------------------------------------------------------

# "Proposed by A", "Proposer: A", "Moved: A", "Proposed Cllr A" (a title follows the bare verb)
_TITLE_AHEAD = r"(?=(?:Cllr|Clr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?\s)"
_MOVER_RX = re.compile(r"\b(?:moved|proposed)\s+by\b:?\s*|\b(?:mover|proposer|moved|proposed)\s*:\s*"
                       rf"|\bon the motion of\s+|\b(?i:proposed|moved)\s+{_TITLE_AHEAD}", re.I)
_SECONDER_RX = re.compile(r"\bseconded\s+by\b:?\s*|\b(?:seconder|seconded)\s*:\s*"
                          rf"|\b(?i:seconded)\s+{_TITLE_AHEAD}", re.I)
_SLASH_RX = re.compile(r"\b(?:RESOLVED|Resolved|CARRIED|Carried|AGREED|Agreed|MOVED|Moved)\s*\(\s*"
                       r"((?:[A-Z][\w'’\-]*\.?\s+){0,3}[A-Z][\w'’\-]+)\s*/\s*((?:[A-Z][\w'’\-]*\.?\s+){0,3}[A-Z][\w'’\-]+)"
                       r"\s*\)")


def _take_name(text: str) -> str | None:
    """The name at the start of ``text``: capitalised tokens up to a stop word or a comma, as long as a name."""
    out: list[str] = []
    for raw in text.split()[:8]:
        tok = raw.rstrip(",;:)")
        if not tok or tok.lower().rstrip(".") in STOP or not (tok[:1].isupper() or tok in ("de", "van", "von")):
            break
        out.append(tok.rstrip(".") if len(tok) > 3 else tok)
        if tok != raw or (raw.endswith(".") and len(raw) > 3):
            break  # "Lutz," / "Whitlow." ends the name
    while out:
        name = " ".join(out)
        if looks_like_name(as_printed_case(name), surname_only=True):
            return name
        out.pop()
    return None


_PAIR_RX = re.compile(r"(?P<m>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s+(?:proposed|moved)\b,?(?:\s+and)?\s*,?\s*"
                      r"(?P<s>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s+seconded\b")


# a word one of the motion regexes below needs in any case ("moved", "proposer", "seconded", "on the motion of"),
# or the slash of "RESOLVED (Lutz/Roe)": a sentence with neither states no motion
_MOTION_WORDS = ("mov", "propos", "second", "motion")
_MOTION_WORDS_RX = re.compile("|".join(_MOTION_WORDS), re.I)


def _may_state_motion(text: str) -> bool:
    """An ASCII text is searched in lower case (re.I and str.lower agree on ASCII letters), faster."""
    if "/" in text:
        return True
    if text.isascii():
        low = text.lower()
        return any(w in low for w in _MOTION_WORDS)
    return _MOTION_WORDS_RX.search(text) is not None


def motion(text: str) -> tuple[str | None, str | None]:
    """(mover, seconder) as printed."""
    return _read_motion(text) if _may_state_motion(text) else (None, None)


def _read_motion(text: str) -> tuple[str | None, str | None]:
    slash = _SLASH_RX.search(text)
    if slash:
        return slash.group(1), slash.group(2)
    pair = _PAIR_RX.search(text)  # "Cllr Lutz proposed, and Cllr Roe seconded, that ..."
    if pair:
        mover, seconder = _take_name(pair.group("m")), _take_name(pair.group("s"))
        if mover and seconder:
            return mover, seconder
    mover = seconder = None
    m = _MOVER_RX.search(text)
    if m:
        mover = _take_name(text[m.end():])
    s = _SECONDER_RX.search(text)
    if s:
        seconder = _take_name(text[s.end():])
    if mover is None and seconder is None:  # "Eve Gale proposed that ...; Finn Hale seconded." (both, or a
        v, w = _MOVES_RX.search(text), _SECONDS_RX.search(text)  # proposal in discussion is not a motion)
        mover, seconder = (_name_before(text, v.start()), _name_before(text, w.start())) if v and w else (None, None)
        if not (mover and seconder):
            mover = seconder = None
    return mover, seconder


_MOVES_RX = re.compile(r"\s(?:proposed|moved)\b(?!\s+by\b)(?=\s+(?:that|the|a|an|to)\b|,|\s*$)")
_SECONDS_RX = re.compile(r"\sseconded\b(?!\s+by\b)")


def _name_before(text: str, end: int) -> str | None:
    """The name that ends right before ``end`` ('... Finn Hale seconded'): the longest run of up to four
    capitalised words there that reads as a name."""
    words = re.split(r"\s+", text[:end].strip())[-4:]
    for k in range(len(words)):
        cand = " ".join(words[k:]).strip(",;:()")
        if cand and all(w[:1].isupper() for w in cand.split()) and looks_like_name(as_printed_case(cand),
                                                                                  surname_only=True):
            return cand
    return None


# "All in favour", "all members voted in favour": every voter for, without a count
_ALL_FOR = r"\ball\s+(?:(?:members|councillors|trustees|directors|governors|those)\s+(?:present\s+)?)?" \
           r"(?:were\s+|voted\s+)?in\s+favou?r\b"
_CARRIED_RX = re.compile(
    r"\bcarried\b(?!\s+(?:forward|over|out))|\bpassed\b(?!\s+(?:to|on|through))|^\s*(?:it\s+was\s+)?resolved\b|,?\s\band\s+(?:it\s+was\s+)?resolved\b"
    r"|\b(?:motion|resolution|amendment|recommendation|proposal)\s+(?:was\s+)?(?:passed|agreed|approved|adopted)\b|\b(?:it|which)\s+was\s+(?:AGREED|RESOLVED)\b"
    r"|\bunanimously\s+(?:approved|agreed|adopted|passed|resolved)\b|\b(?:approved|agreed|adopted|passed)\s+"
    r"unanimously\b|\bnem\.?\s*con\b|\bby (?:a )?majority\b|" + _ALL_FOR +
    r"|\b(?:approved|agreed|adopted|endorsed|recommended|supported|accepted)\b[^.;]{0,80}?\bby\s+\w+\s+votes?\s+to\b",
    re.I)
_LOST_RX = re.compile(r"\b(?:lost|defeated|not carried|fell)\b|\b(?:motion|resolution|amendment|proposal)\s+"
                      r"(?:was\s+)?(?:failed|rejected|not passed)\b|\bfailed to pass\b", re.I)
_UNANIMOUS_RX = re.compile(r"\bcarried\s+unanimously\b|\bunanimously\s+(?:carried|approved|agreed|adopted|passed|"
                           r"resolved|voted)\b|\b(?:approved|agreed|adopted|passed|resolved)\s+unanimously\b"
                           r"|\bunanimous\s+(?:vote|consent|approval|decision)\b|\bvote\s+was\s+unanimous\b"
                           r"|\bnem\.?\s*con\b", re.I)
_STRONG_UNANIMOUS_RX = re.compile(r"\bcarried\s+unanimously\b|\bunanimously\s+(?:carried|voted)\b|\bvoted\s+"
                                  r"unanimously\b|\bunanimous\s+"
                                  r"(?:vote|consent)\b|\bvote\s+was\s+unanimous\b|\bnem\.?\s*con\b|" + _ALL_FOR, re.I)


def result(text: str) -> str | None:
    """'carried' or 'lost' where a vote's sentence says how the vote went."""
    if _LOST_RX.search(text):
        return "lost"
    if _CARRIED_RX.search(text):
        return "carried"
    return None


# a word every match of _UNANIMOUS_RX and _STRONG_UNANIMOUS_RX has ("unanimously", "nem con", "all in favour")
_UNANIMOUS_WORDS = ("unanim", "nem", "favo")
_UNANIMOUS_WORDS_RX = re.compile("|".join(_UNANIMOUS_WORDS), re.I)


def unanimous(text: str, motion_stated: bool = False) -> bool:
    """A unanimous vote: 'carried unanimously'; 'unanimously approved' only with a motion or vote."""
    if not _has_word(text, _UNANIMOUS_WORDS, _UNANIMOUS_WORDS_RX):
        return False
    if _STRONG_UNANIMOUS_RX.search(text):
        return True
    return bool(_UNANIMOUS_RX.search(text)) and (motion_stated or bool(VOTE_WORDS.search(
        _UNANIMOUS_RX.sub("", text))))


_TAKEN_RX = re.compile(r"\b(?:roll[- ]call(?: vote)?|show of hands|recorded vote|secret ballot|by ballot|"
                       r"put to (?:the|a) vote|put to the meeting|a vote was taken|on a vote|upon a vote|"
                       r"division was called|motion was put|being put)\b", re.I)


def vote_taken(text: str) -> bool:
    """The sentence says a vote was taken ('on a show of hands', 'carried on a roll call vote')."""
    return _has_word(text, _TAKEN_WORDS, _TAKEN_WORDS_RX) and bool(_TAKEN_RX.search(text))


# a word every match of _TAKEN_RX has ("roll call", "show of hands", "recorded vote", "by ballot", "put to the
# meeting", "being put", "division was called")
_TAKEN_WORDS = ("roll", "hands", "vote", "ballot", "put", "division")
_TAKEN_WORDS_RX = re.compile("|".join(_TAKEN_WORDS), re.I)


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping each an exact substring."""
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z(\"'])", text):
        prev = text[max(0, m.start() - 4):m.start()]
        if re.search(r"\b(?:No|Mr|Mrs|Ms|Dr|Cllr|St|[A-Z])\.$", prev):
            continue  # "No. 12", "Mrs. Roe", "A. Lutz"
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return [s for s in out if s.strip()]
