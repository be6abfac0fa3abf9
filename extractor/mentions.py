"""Mentions in any text: changes of every kind (ids, titles, versions), documents, releases, organisations."""

from __future__ import annotations

import re

from .change_ids import ChangeMention, change_ids, find_changes
from .keys import ORGANISATIONS, canonical_org, slug
from .regex_starts import Finder

VERSION_RX = re.compile(r"\b(?:[Vv]ersion\s+|v)(\d+\.\d+)\b")
_VERSION_AFTER = re.compile(r"\s+(?:[Vv]ersion\s+|v)(\d+(?:\.\d+)*)\b")
DOC_REF_RX = re.compile(r"\b(DES)\s?-?(\d{2,4})\b")
CODE_ISSUE_RX = re.compile(r"\b(BSC|REC|DCUSA|CUSC|SEC)\s+(Issue|Modification|Change Proposal|CP)\s+(\d+)\b")
# "Interim Release 3" / "IR3" -> ir3, "Migration Release 2 (MR2)" -> mr2: the word's initial, r, the number
RELEASE_RX = re.compile(r"\b(?:(?!Press\b)([A-Z])[a-z]+\s+Release|(I)R)\s?(\d+)\b")
DOC_NOUNS = (r"Policy|Profiles|Code of Connections|Design Artefact|Terms of Reference|Catalogue|Specification"
             r"|Strategy|Approach Document|Framework|Register|Choreography Design|Business Case|Rules|Regulations")
_CAP = r"(?:[A-Z][A-Za-z0-9\-]*|DIP|PKI|MHHS|DAG|CCAG|E2E)"
# small words inside a titled name: "E2E Testing and Integration Strategy", "Code of Practice for ..."
_DOC_SMALL = ("and", "of", "for", "&", "to", "on", "in", "with")
# a number may stand inside a name, not first: "Ward 4 Refurbishment Outline Business Case"
NAMED_DOC_RX = re.compile(rf"\b((?:{_CAP}\s+)(?:(?:{_CAP}|\d{{1,4}})\s+){{0,5}}(?:{DOC_NOUNS}))\b")
_CAP_WORD = re.compile(rf"{_CAP}$")
_ENDS_IN_NOUN = re.compile(rf"(?:{DOC_NOUNS})$")
_LEADING = ("The", "A", "An", "This", "Any", "Full", "Programme")
_DETERMINERS = ("the", "a", "an", "this", "its", "their", "our", "that")
# a determiner, perhaps with an adjective or two, right before a name: "the revised Quality and ..."
_DETERMINED = re.compile(rf"\b(?:{'|'.join(_DETERMINERS)})"
                         r"(?:\s+[a-z][a-z-]*(?:ed|new|draft|final|latest|current)){0,2}\s+$", re.I)
GENERIC_DOC = {"design artefact", "design artefacts", "the design artefact", "plan", "policy", "terms of reference"}
_ORG_RX = re.compile(r"\b(" + "|".join(sorted(
    {re.escape(a) for aliases in ORGANISATIONS.values() for a in aliases if len(a) > 2 and a != "the Programme"
     and a not in ("MHHS", "Design Team", "Programme", "MHHS Programme", "PMO")},
    key=len, reverse=True)) + r")\b")
_ORG_FINDER = Finder(_ORG_RX)  # tried only at the letters an organisation's name begins with

# what every match of a regex above has, looked for first (their regexes are case-sensitive): a document
# noun ("Policy", "Terms of Reference") for NAMED_DOC_RX, "DES" for DOC_REF_RX, a code's name for CODE_ISSUE_RX
_DOC_NOUN_WORDS = tuple(DOC_NOUNS.split("|"))
_DOC_NOUN_RX = re.compile("|".join(re.escape(w) for w in _DOC_NOUN_WORDS))  # one of them anywhere, in one search
_CODE_NAMES = ("BSC", "REC", "DCUSA", "CUSC", "SEC")


def _may_name_doc(text: str) -> bool:
    return _DOC_NOUN_RX.search(text) is not None


def _may_name_code(text: str) -> bool:
    return "BSC" in text or "REC" in text or "DCUSA" in text or "CUSC" in text or "SEC" in text

# ---- changes (all kinds, from the table in change_ids) ----------------------------------------------

# a title word: capitalised, a number, or a bracketed abbreviation "(DIP)"; small words may sit inside
_TITLE_WORD = r"(?:[A-Z0-9][\w'’.&/-]*|\([A-Z][\w&-]*\))"
_TITLE_SMALL = ("and", "of", "for", "from", "the", "to", "in", "on", "with", "by", "at", "a", "an", "or", "into",
                "per", "via", "&")
_TITLE_RUN = re.compile(rf"{_TITLE_WORD}(?:[ \t\n]+(?:{_TITLE_WORD}|{'|'.join(_TITLE_SMALL)})(?![\w'’-]))*")
_TITLE_SEP = re.compile(r"\s*:\s+|\s+[-–—]\s+")  # "CMP431: Title", "Change Proposal 464 - Title"
# "P487 'Title'", over a line break too; an apostrophe inside a word ("Supplier's") is no closing quote
_QUOTED = re.compile(r"\s+['‘\"“]([A-Z](?:[^'’\"”]|(?<=\w)['’](?=\w)){2,150}?)['’\"”](?!\w)")
_NOT_TITLE_START = {"The", "This", "That", "These", "Those", "It", "Its", "A", "An", "We", "He", "She", "They",
                    "All", "No", "None", "See", "Version", "Members", "There", "Both"}
_JOINED = re.compile(r"\s*(?:,|and|&|/)\s*$")  # "Modification 0894 and UNC 0894B – Title"


def change_mentions(text: str) -> list[ChangeMention]:
    """Change references printed in ``text``: canonical ids, kind, printed span (see change_ids)."""
    return find_changes(text)


def cr_ids(text: str) -> list[str]:
    """Canonical ids of every change of any kind named in ``text`` (CR018, P272, CMP262, UNC0872B ...)."""
    return change_ids(text)


def _balanced_paren(text: str, start: int) -> str | None:
    """The text inside the bracket that opens at ``start``, allowing nested brackets."""
    if start >= len(text) or text[start] != "(":
        return None
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:i]
    return None


TitleSpan = tuple[tuple[str, ...], str, int, int]


def _titles(text: str) -> list[TitleSpan]:
    """(ids, title, start, end of the span to blank) for each titled change mention in ``text``."""
    mentions = find_changes(text)
    out = []
    group: list[str] = []
    for k, m in enumerate(mentions):
        joined = k and _JOINED.match(text[mentions[k - 1].end:m.start]) is not None
        group = (group if joined else []) + list(m.ids)
        pos = m.end
        version = _VERSION_AFTER.match(text, pos)
        if version:
            pos = version.end()
        stop = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        bracket = re.match(r"\s*(?=\()", text[pos:stop])
        if bracket:  # 'CR027 (Distribution Use of System (DUoS) E-Billing ...)'
            at = pos + bracket.end()
            inner = _balanced_paren(text, at)
            if inner and len(inner.split()) >= 2 and not inner.lower().startswith(("see ", "version", "v")):
                out.append((m.ids, re.sub(r"\s+", " ", inner).strip(), at, at + len(inner) + 2))
            continue
        quoted = _QUOTED.match(text, pos)
        if quoted and quoted.end() <= stop:
            out.append((m.ids, re.sub(r"\s+", " ", quoted.group(1)).strip(), quoted.start(), quoted.end()))
            continue
        sep = _TITLE_SEP.match(text, pos)
        run = _TITLE_RUN.match(text[:stop], sep.end()) if sep else None
        if run:
            words = run.group(0).split()
            while words and words[-1] in _TITLE_SMALL:
                words.pop()
            if words:
                words[-1] = words[-1].rstrip(".,;:")
            if len(words) >= 2 and words[0] not in _NOT_TITLE_START:
                title = " ".join(words)
                printed = re.match(rf"\S+(?:\s+\S+){{{len(words) - 1}}}", text[run.start():])
                kept = printed.group(0) if printed else title
                out.append((tuple(group), title, run.start(), run.start() + len(kept.rstrip(".,;:"))))
    return out


def title_spans(text: str) -> list[TitleSpan]:
    """(ids, title, start, end) of each titled change mention in ``text``: what ``cr_titles`` and
    ``strip_cr_titles`` read, for a caller that asks both of one text."""
    return _titles(text)


def cr_titles(text: str, titles: list[TitleSpan] | None = None) -> list[tuple[str, str]]:
    """(change id, title) for 'CR027 (Title)', 'CR018 version 1.8 (Title)', "P487 'Title'",
    'CMP431: Title', 'Change Proposal 464 - Title', 'XRN5921 – Title' (a title after several joined
    ids, 'Modification 0894 and UNC 0894B – Title', is theirs together)."""
    return [(cid, title) for ids, title, _a, _b in (_titles(text) if titles is None else titles) for cid in ids]


def strip_cr_titles(text: str, titles: list[TitleSpan] | None = None) -> str:
    """``text`` with the titles after change ids blanked out (a title names no document); ``titles``:
    ``title_spans(text)``, when the caller has it."""
    for _ids, _title, a, b in sorted(_titles(text) if titles is None else titles, key=lambda t: -t[2]):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def cr_versions(text: str) -> list[tuple[str, str]]:
    """(change id, version): 'CR018 version 1.8', 'CR045 (Title) version 1.2'; a lone change with a
    version stated elsewhere in ``text``."""
    mentions = find_changes(text)
    out: list[tuple[str, str]] = []
    for k, m in enumerate(mentions):
        pos = m.end
        stop = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        bracket = re.match(r"\s*(?=\()", text[pos:stop])
        if bracket:
            inner = _balanced_paren(text, pos + bracket.end())
            if inner is not None:
                pos += bracket.end() + len(inner) + 2
        v = _VERSION_AFTER.match(text, pos)
        if v:
            out.extend((cid, v.group(1)) for cid in m.ids)
    ids = change_ids(text)
    if not out and len(ids) == 1:  # not the version of a document ref: "DES-138 version 2.1"
        out = [(ids[0], v.group(1)) for v in VERSION_RX.finditer(text)
               if not re.search(r"\b(?:DES)\s?-?\d{2,4}\s*$", text[:v.start()])]
    return out


def leading_change(text: str) -> str | None:
    """The id of the change ``text`` starts with ("CMP431 at ..." -> CMP431), else None."""
    m = next(iter(find_changes(text.lstrip())), None)
    return m.id if m and m.start == 0 else None


def _doc_name(text: str, m: re.Match) -> tuple[str, int]:
    """The name a NAMED_DOC_RX match gives, and where it starts.

    Leading words that are no part of a name go ("The", "Programme"). A titled name may hold small
    words ("E2E Testing and Integration Strategy"): the capitalised words and small words before the
    match join it when they read as one title, that is when the words before the first small word
    are two or more, the small words are all "and" ("Quality and Safety Committee Terms of
    Reference"), or a determiner stands before the name ("the revised Code for Metering Policy");
    "Approval of DIP PKI Policy" names the "DIP PKI Policy", and "the DIP PKI Policy and Interface
    Code of Connections" names two documents."""
    spans = [(w.group(0), m.start(1) + w.start()) for w in re.finditer(r"\S+", m.group(1))]
    before = [(w.group(0), w.start()) for w in re.finditer(r"\S+", text[max(0, m.start(1) - 160):m.start(1)])]
    offset = max(0, m.start(1) - 160)
    prefix: list[tuple[str, int]] = []
    for w, at in reversed(before):
        if w in _DOC_SMALL or _CAP_WORD.match(w):
            prefix.insert(0, (w, at + offset))
        else:
            break
    if prefix and prefix[-1][0] in _DOC_SMALL:
        for i in range(len(prefix) - 1, -1, -1):  # another document ends before a small word: start after it
            if prefix[i][0] in _DOC_SMALL and i and _ENDS_IN_NOUN.search(" ".join(w for w, _ in prefix[:i])):
                prefix = prefix[i + 1:]
                break
        while prefix and prefix[0][0] in _DOC_SMALL:
            prefix = prefix[1:]
        spans = prefix + spans
    else:
        prefix = []
    determiner = bool(spans) and _DETERMINED.search(text[:spans[0][1]]) is not None
    while spans and spans[0][0] in _LEADING:
        determiner = determiner or spans[0][0].lower() in _DETERMINERS
        spans = spans[1:]
    small = [i for i, (w, _) in enumerate(spans[:len(spans) - len(m.group(1).split())]) if w in _DOC_SMALL]
    if small and not (small[0] >= 2 or determiner or all(spans[i][0] in ("and", "&") for i in small)):
        spans = spans[small[-1] + 1:]
    while spans and spans[0][0] in _LEADING:
        spans = spans[1:]
    if not spans:
        return "", m.end(1)
    return " ".join(w for w, _ in spans), spans[0][1]


def doc_mentions(text: str) -> list[dict]:
    """Documents named in ``text``: {'ref', 'name', 'span'}."""
    found: list[dict] = []
    change_spans = [(c.start, c.end) for c in find_changes(text)]
    refs = list(DOC_REF_RX.finditer(text)) if "DES" in text else []
    for m in refs:
        ref = f"{m.group(1)}-{m.group(2)}"
        tail = re.match(r"\s+((?:(?:[A-Z][\w\-]*|and|of|&)\s*){1,7})", text[m.end():])
        name = None
        if tail:
            words = tail.group(1).split()
            while words and words[-1] in ("and", "of", "&"):
                words.pop()
            name = " ".join(words) or None
        found.append({"ref": ref, "name": name, "span": m.group(0)})
    code_issues = [m for m in (CODE_ISSUE_RX.finditer(text) if _may_name_code(text) else ())
                   if not any(a < m.end() and m.start() < b for a, b in change_spans)]  # a change, not a paper
    for m in code_issues:
        ref = f"{m.group(1)} {m.group(2)} {m.group(3)}"
        found.append({"ref": ref, "name": ref, "span": m.group(0)})
    ref_spans = [m.span() for m in refs] + [m.span() for m in code_issues]
    for m in NAMED_DOC_RX.finditer(text) if _may_name_doc(text) else ():
        name, at = _doc_name(text, m)
        if any(a < m.end(1) and at < b for a, b in ref_spans):
            continue  # "DES-138 Data Integration Platform Interface Specification" is the ref's document
        if DOC_REF_RX.match(text[m.end(1):].lstrip(" (")) and text[m.end(1):].lstrip().startswith("("):
            continue  # "DIP Interface Specification (DES-138)": the ref names it, counted above
        words = name.split()
        if not name or name.lower() in GENERIC_DOC or len(words) < 2:
            continue
        before = text[:at].rstrip().lower()
        if before.endswith((" a", " an", "as a")) and not name.startswith(("DIP", "MHHS")):
            continue
        if name.endswith("Choreography Design"):
            name += " Artefact" if text[m.end():].startswith(" Artefact") else ""
        found.append({"ref": None, "name": name, "span": text[at:m.end(1)]})
    return found + _titled_then_version(text, found)


VERSIONED_DOC_RX = re.compile(
    r"\bversion (\d+(?:\.\d+)+) of the ((?:[A-Z0-9][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,4}"
    r"(?:plan|guidance|specification|strategy|approach|catalogue|policy|register))\b")
# "version 2.0 of the E2E Testing and Integration Strategy": the titled name as doc_mentions reads it
VERSIONED_TITLED_RX = re.compile(rf"\bversion (\d+(?:\.\d+)+) of (?=the\s+{_CAP})")
# "the Detailed Cutover Plan version 2.0", "the CICG Terms of Reference (version 3.0)"
_TITLED_THEN_VERSION = re.compile(
    rf"\b((?:{_CAP}\s+)(?:(?:{_CAP}|{'|'.join(_DOC_SMALL)})\s+){{0,7}}?{_CAP})\s+\(?[Vv]ersion\s+(\d+(?:\.\d+)+)\b")


def versioned_docs(text: str, bare: str | None = None) -> list[dict]:
    """An explicit version makes a name a document: 'version 1.2 of the M6 code drafting plan',
    'version 2.0 of the E2E Testing and Integration Strategy' (a titled name followed by its version,
    'the Detailed Cutover Plan version 2.0', is one of doc_mentions). Titles of changes are no
    documents (``bare``: ``strip_cr_titles(text)``, when the caller has it)."""
    if "version" not in text:  # both regexes need it, and blanking titles makes no word
        return []
    bare = strip_cr_titles(text) if bare is None else bare
    out = [{"ref": None, "name": m.group(2), "span": m.group(2), "version": m.group(1)}
           for m in VERSIONED_DOC_RX.finditer(bare)]
    for v in VERSIONED_TITLED_RX.finditer(bare):
        m = NAMED_DOC_RX.search(bare, v.end() + 4)
        if m and not re.search(r"[^\w\s&-]", bare[v.end() + 4:m.start(1)]):
            name, at = _doc_name(bare, m)
            if len(name.split()) >= 2 and name.lower() not in GENERIC_DOC:
                out.append({"ref": None, "name": name, "span": text[at:m.end(1)], "version": v.group(1)})
    return out


def _titled_then_version(text: str, found: list[dict]) -> list[dict]:
    """'the Detailed Cutover Plan version 2.0': a titled name followed by its version is a document,
    whatever its last word; not a change ('CR018 version 1.8') nor a ref ('DES-211 version 1.2')."""
    out: list[dict] = []
    if "ersion" not in text:  # "Version" / "version", which every match has
        return out
    changes = [(c.start, c.end) for c in find_changes(text)]
    for m in _TITLED_THEN_VERSION.finditer(text):
        if any(a < m.end(1) and m.start(1) < b for a, b in changes) or DOC_REF_RX.search(m.group(1)):
            continue
        name, at = _doc_name(text, m)
        if len(name.split()) >= 2 and name.lower() not in GENERIC_DOC:
            same = next((d for d in found if d["name"] == name), None)
            if same:
                same["version"] = m.group(2)
            else:
                out.append({"ref": None, "name": name, "span": text[at:m.end(1)], "version": m.group(2)})
    return out


def ref_aliases(text: str) -> dict[str, str]:
    """Names given a ref in brackets: 'DIP Interface Specification (DES-138)' -> {name: 'DES-138'}."""
    out: dict[str, str] = {}
    if not _may_name_doc(text):
        return out
    for m in NAMED_DOC_RX.finditer(text):
        after = text[m.end(1):].lstrip()
        r = DOC_REF_RX.match(after[1:]) if after.startswith("(") else None
        if r:
            name = re.sub(r"^(?:\d+\.\s+)", "", m.group(1).strip())
            out[name] = f"{r.group(1)}-{r.group(2)}"
            out.setdefault(_doc_name(text, m)[0], f"{r.group(1)}-{r.group(2)}")
    return out


def org_mentions(text: str) -> list[str]:
    return list(dict.fromkeys(org for m in _ORG_FINDER.finditer(text) if (org := canonical_org(m.group(1)))))


def release_mentions(text: str) -> list[tuple[str, str]]:
    return [(f"release:{slug((m.group(1) or m.group(2)) + 'r' + m.group(3))}", m.group(0))
            for m in RELEASE_RX.finditer(text)]
