"""Mentions in any text: change requests (ids, titles, versions), documents, releases, organisations."""

from __future__ import annotations

import re

from .keys import ORGANISATIONS, canonical_org, slug

CR_RX = re.compile(r"\bCR\s?-?(\d{2,3})\b")
# "CR018 version 1.8", "CR018 v1.8"
CR_VERSION_RX = re.compile(r"\bCR\s?-?(\d{2,3})\s+(?:[Vv]ersion\s+|v)(\d+(?:\.\d+)*)\b")
VERSION_RX = re.compile(r"\b(?:[Vv]ersion\s+|v)(\d+\.\d+)\b")
DOC_REF_RX = re.compile(r"\b(DES)\s?-?(\d{2,4})\b")
CODE_ISSUE_RX = re.compile(r"\b(BSC|REC|DCUSA|CUSC|SEC)\s+(Issue|Modification|Change Proposal|CP)\s+(\d+)\b")
RELEASE_RX = re.compile(r"\b(?:Interim Release|IR)\s?(\d+)\b")
DOC_NOUNS = (r"Policy|Profiles|Code of Connections|Design Artefact|Terms of Reference|Catalogue|Specification"
             r"|Strategy|Approach Document|Framework|Register|Choreography Design")
_CAP = r"(?:[A-Z][A-Za-z0-9\-]*|DIP|PKI|MHHS|DAG|CCAG|E2E)"
NAMED_DOC_RX = re.compile(rf"\b((?:{_CAP}\s+){{1,5}}(?:{DOC_NOUNS}))\b")
GENERIC_DOC = {"design artefact", "design artefacts", "the design artefact", "plan", "policy", "terms of reference"}
_ORG_RX = re.compile(r"\b(" + "|".join(sorted(
    {re.escape(a) for aliases in ORGANISATIONS.values() for a in aliases if len(a) > 2 and a != "the Programme"
     and a not in ("MHHS", "Design Team", "Programme", "MHHS Programme", "PMO")},
    key=len, reverse=True)) + r")\b")


def cr_ids(text: str) -> list[str]:
    return list(dict.fromkeys(f"CR{int(m.group(1)):03d}" for m in CR_RX.finditer(text)))


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


def cr_titles(text: str) -> list[tuple[str, str]]:
    """(CR id, title) for 'CR027 (Distribution Use of System (DUoS) E-Billing ...)' and
    'CR018 version 1.8 (Registration Service Operating Hours)'."""
    out = []
    for m in re.finditer(r"\bCR\s?-?(\d{2,3})\b(?:\s+(?:[Vv]ersion\s+|v)\d+(?:\.\d+)*)?\s*(?=\()", text):
        inner = _balanced_paren(text, m.end())
        if inner and len(inner.split()) >= 2 and not inner.lower().startswith(("see ", "version", "v")):
            out.append((f"CR{int(m.group(1)):03d}", re.sub(r"\s+", " ", inner).strip()))
    # "CR025, subject to ... (Title)" style: a decision whose only CR is followed later by the title
    return out


def strip_cr_titles(text: str) -> str:
    """``text`` with the bracketed titles after CR ids blanked out (a title names no document)."""
    for _cid, title in cr_titles(text):
        i = text.find(f"({title}")
        if i >= 0:
            text = text[:i] + " " * (len(title) + 2) + text[i + len(title) + 2:]
    return text


def cr_versions(text: str) -> list[tuple[str, str]]:
    out = [(f"CR{int(m.group(1)):03d}", m.group(2)) for m in CR_VERSION_RX.finditer(text)]
    ids = cr_ids(text)
    if not out and len(ids) == 1:
        out = [(ids[0], v) for v in VERSION_RX.findall(text)]
    return out


def doc_mentions(text: str) -> list[dict]:
    """Documents named in ``text``: {'ref', 'name', 'span'}."""
    found: list[dict] = []
    for m in DOC_REF_RX.finditer(text):
        ref = f"{m.group(1)}-{m.group(2)}"
        tail = re.match(r"\s+((?:(?:[A-Z][\w\-]*|and|of|&)\s*){1,7})", text[m.end():])
        name = None
        if tail:
            words = tail.group(1).split()
            while words and words[-1] in ("and", "of", "&"):
                words.pop()
            name = " ".join(words) or None
        found.append({"ref": ref, "name": name, "span": m.group(0)})
    for m in CODE_ISSUE_RX.finditer(text):
        ref = f"{m.group(1)} {m.group(2)} {m.group(3)}"
        found.append({"ref": ref, "name": ref, "span": m.group(0)})
    ref_spans = [m.span() for rx in (DOC_REF_RX, CODE_ISSUE_RX) for m in rx.finditer(text)]
    for m in NAMED_DOC_RX.finditer(text):
        if any(a < m.end(1) and m.start(1) < b for a, b in ref_spans):
            continue  # "DES-138 Data Integration Platform Interface Specification" is the ref's document
        if DOC_REF_RX.match(text[m.end(1):].lstrip(" (")) and text[m.end(1):].lstrip().startswith("("):
            continue  # "DIP Interface Specification (DES-138)": the ref names it, counted above
        name = m.group(1).strip()
        words = name.split()
        while words and words[0] in ("The", "A", "An", "This", "Any", "Full", "Programme"):
            words = words[1:]
        name = " ".join(words)
        if not name or name.lower() in GENERIC_DOC or len(words) < 2:
            continue
        before = text[:m.start()].rstrip().lower()
        if before.endswith((" a", " an", "as a")) and not name.startswith(("DIP", "MHHS")):
            continue
        if name.endswith("Choreography Design"):
            name += " Artefact" if text[m.end():].startswith(" Artefact") else ""
        found.append({"ref": None, "name": name, "span": m.group(1)})
    return found


VERSIONED_DOC_RX = re.compile(
    r"\bversion (\d+(?:\.\d+)+) of the ((?:[A-Z0-9][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,4}"
    r"(?:plan|guidance|specification|strategy|approach|catalogue|policy|register))\b")


def versioned_docs(text: str) -> list[dict]:
    """'version 1.2 of the M6 code drafting plan': an explicit version makes a lower-case name a document."""
    return [{"ref": None, "name": m.group(2), "span": m.group(2), "version": m.group(1)}
            for m in VERSIONED_DOC_RX.finditer(text)]


def ref_aliases(text: str) -> dict[str, str]:
    """Names given a ref in brackets: 'DIP Interface Specification (DES-138)' -> {name: 'DES-138'}."""
    out = {}
    for m in NAMED_DOC_RX.finditer(text):
        after = text[m.end(1):].lstrip()
        r = DOC_REF_RX.match(after[1:]) if after.startswith("(") else None
        if r:
            name = m.group(1).strip()
            name = re.sub(r"^(?:\d+\.\s+)", "", name)
            out[name] = f"{r.group(1)}-{r.group(2)}"
    return out


def org_mentions(text: str) -> list[str]:
    return list(dict.fromkeys(canonical_org(m.group(1)) for m in _ORG_RX.finditer(text)))


def release_mentions(text: str) -> list[tuple[str, str]]:
    return [(f"release:{slug('ir' + m.group(1))}", m.group(0)) for m in RELEASE_RX.finditer(text)]
