"""The mentions stage: changes, documents and organisations named anywhere in the document.

Every paragraph and table cell is scanned once; each entity keeps up to three quotes of where it is
named. Organisations also come in from the people and relation stages through ``Entities.org``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .keys import ORGANISATIONS, canonical_org, doc_key, org_key
from .mentions import (
    TitleSpan,
    change_mentions,
    cr_titles,
    cr_versions,
    doc_mentions,
    org_mentions,
    ref_aliases,
    strip_cr_titles,
    title_spans,
    versioned_docs,
)
from .pdf_pages import Paragraph, ParsedPdf, TableBlock

MAX_QUOTES = 3


@dataclass
class Entities:
    crs: dict[str, dict] = field(default_factory=dict)  # change id -> change request
    docs: dict[str, dict] = field(default_factory=dict)  # doc key -> document
    orgs: dict[str, dict] = field(default_factory=dict)  # org key -> organisation

    def org(self, name_or_key: str) -> str:
        """Record an organisation by name ('UK Power Networks') or key ('org:ukpn'); its key."""
        if name_or_key.startswith("org:"):
            name = next((c for c in ORGANISATIONS if org_key(c) == name_or_key), name_or_key[4:])
        else:
            name = canonical_org(name_or_key) or name_or_key
        key = org_key(name)
        if key not in self.orgs:
            self.orgs[key] = {"key": key, "name": name,
                              "aliases": [a for a in ORGANISATIONS.get(name, []) if a != name]}
        return key


def text_units(parsed: ParsedPdf):
    """(text, page) for every paragraph and table cell, in reading order."""
    for b in parsed.blocks:
        if isinstance(b, Paragraph):
            yield b.text, b.page
        elif isinstance(b, TableBlock):
            for row, page in zip(b.rows, b.row_pages):
                for cell in row:
                    if cell:
                        yield cell, page


def mention_entities(parsed: ParsedPdf) -> Entities:
    """Changes (with titles and versions), documents (with refs and versions) and organisations named."""
    found = Entities()
    units = list(text_units(parsed))
    aliases: dict[str, str] = {}
    for text, _page in units:
        aliases.update(ref_aliases(text))
    for text, page in units:
        titles = title_spans(text)  # read once for the changes' titles and the documents' bare text
        _changes(found, text, page, titles)
        _documents(found, text, page, aliases, titles)
        for canon in org_mentions(text):
            found.org(canon)
    _merge_short_doc_names(found.docs)
    return found


def _changes(found: Entities, text: str, page: int, titles: list[TitleSpan]) -> None:
    for change in change_mentions(text):
        for cid in change.ids:
            cr = found.crs.setdefault(cid, {"key": f"cr:{cid}", "id": cid, "kind": change.kind, "title": None,
                                            "versions": [], "raised_by": [], "raised_on": None, "evidence": []})
            ev = {"page": page, "quote": quote_around(text, change.text)}
            if len(cr["evidence"]) < MAX_QUOTES and ev not in cr["evidence"]:
                cr["evidence"].append(ev)
    for cid, title in cr_titles(text, titles):
        if found.crs[cid]["title"] is None or len(title) > len(found.crs[cid]["title"]):
            found.crs[cid]["title"] = title
    for cid, version in cr_versions(text):
        if version not in found.crs[cid]["versions"]:
            found.crs[cid]["versions"].append(version)


def _documents(found: Entities, text: str, page: int, aliases: dict[str, str], titles: list[TitleSpan]) -> None:
    bare = strip_cr_titles(text, titles)
    for d in doc_mentions(bare) + versioned_docs(text, bare):
        if not d["ref"] and d["name"] in aliases:  # a name the document also gives a ref to
            d = {**d, "ref": aliases[d["name"]], "name": None}
        key = doc_key(d["ref"], d["name"])
        doc = found.docs.setdefault(key, {"key": key, "name": d["name"], "ref": d["ref"], "version": None,
                                          "evidence": []})
        if d["name"] and (not doc["name"] or len(d["name"]) > len(doc["name"])) and d["ref"]:
            doc["name"] = d["name"]
        if len(doc["evidence"]) < MAX_QUOTES:
            doc["evidence"].append({"page": page, "quote": quote_around(text, d["span"])})
        if d.get("version") and doc["version"] is None:
            doc["version"] = d["version"]


def _merge_short_doc_names(docs: dict[str, dict]) -> None:
    """'the Interface Catalogue' after 'the MHHS Interface Catalogue' is the same document."""
    for key, doc in list(docs.items()):
        if doc["ref"] or not doc["name"]:
            continue
        longer = [d for d in docs.values() if d is not doc and d["name"] and not d["ref"]
                  and d["name"].endswith(" " + doc["name"])]
        if len(longer) == 1:
            longer[0]["evidence"].extend(e for e in doc["evidence"] if e not in longer[0]["evidence"])
            del docs[key]


def quote_around(text: str, needle: str, width: int = 160) -> str:
    """A sentence-sized exact quote of ``text`` containing ``needle``."""
    if len(text) <= width:
        return text
    i = text.find(needle)
    if i < 0:
        return text[:width]
    start = max(text.rfind(". ", 0, i) + 2, 0) if text.rfind(". ", 0, i) >= 0 else 0
    end = text.find(". ", i)
    end = len(text) if end < 0 else end + 1
    if end - start > width * 2:
        start, end = max(0, i - width // 2), min(len(text), i + width // 2)
    return text[start:end].strip()
