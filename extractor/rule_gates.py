"""The words spaCy rule patterns require, so that a text without them is not matched at all.

A token pattern whose token must be one word (``{"LOWER": "raised"}``, ``{"LOWER": {"IN": [...]}}``,
without an "OP") matches only in a text whose lower case has that word, or one of those words, and
so for each such token; a phrase pattern matched on the printed form only in a text that has its
first token as printed. A :class:`Gate` of some patterns says whether a text has what one of them
requires. It never turns away a text they match in: a token is part of the text, and the lower case
of an ASCII word is the same part of the text's lower case. It only saves matching texts they cannot
match in.

:class:`GatedEntityRuler` is spaCy's entity ruler asking its matchers only of a doc its gate passes.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

if not Doc.has_extension("text"):
    Doc.set_extension("text", default=None)


def doc_text(doc: Doc) -> str:
    """The doc's text: the string it was made from where that was kept (``doc._.text``, see
    :func:`make_doc`), else rebuilt from its tokens (``doc.text`` makes a Token object per token)."""
    text = doc._.text
    return text if text is not None else doc.text


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` keeping ``text`` (the tokens give it back exactly: spaCy's tokenizer loses
    nothing) for the components to read."""
    doc = nlp.make_doc(text)
    doc._.text = text
    return doc


def required_words(pattern: list[dict]) -> list[tuple[str, ...]] | None:
    """For each token the pattern requires to be one of some words (lower case), those words; None when
    it requires no such token."""
    needs = []
    for spec in pattern:
        if "OP" in spec:
            continue
        lower = spec.get("LOWER")
        words = [lower] if isinstance(lower, str) else lower.get("IN") if isinstance(lower, dict) and list(
            lower) == ["IN"] else None
        if words and all(isinstance(w, str) and w and w.isascii() for w in words):
            needs.append(tuple(words))
    return needs or None


class Gate:
    """Whether a text has what one of some token patterns, or phrase patterns with the given first
    tokens, requires. With a pattern that requires nothing it can test (or no pattern), every text passes."""

    def __init__(self, token_patterns: list[list[dict]], phrase_firsts: list[str] | None = None):
        self.token_needs: list[list[tuple[str, ...]]] = []
        self.phrase_firsts = tuple(phrase_firsts or ())
        self.always = (not token_patterns and not self.phrase_firsts) or "" in self.phrase_firsts
        for pattern in token_patterns:
            needs = required_words(pattern)
            if needs is None:
                self.always = True
            else:
                self.token_needs.append(needs)

    def passes(self, text: str, lower: str | None = None) -> bool:
        """``lower``: ``text.lower()``, when the caller has it."""
        if self.always or any(first in text for first in self.phrase_firsts):
            return True
        if not self.token_needs:
            return False
        low = text.lower() if lower is None else lower
        return any(all(any(w in low for w in words) for words in needs) for needs in self.token_needs)


class GatedEntityRuler(EntityRuler):
    """The entity ruler, its matchers asked only of a doc that has what one of its patterns requires
    (any other doc gets no match from them): the same entities, without matching every token of every
    text. The gate follows the patterns as they are added, removed or cleared."""

    _gate: Gate | None = None

    def add_patterns(self, patterns: list[Any]) -> None:
        super().add_patterns(patterns)
        self._gate = None

    def remove(self, ent_id: str) -> None:
        super().remove(ent_id)
        self._gate = None

    def clear(self) -> None:
        super().clear()
        self._gate = None

    def match(self, doc: Doc):
        if self._gate is None:
            self._gate = self._make_gate()
        if not self._gate.passes(doc_text(doc)):
            return []
        return super().match(doc)

    def _make_gate(self) -> Gate:
        token_patterns, firsts = [], []
        for p in self.patterns:
            if isinstance(p["pattern"], str):
                tokens = self.nlp.make_doc(p["pattern"])
                firsts.append(tokens[0].text if len(tokens) else "")
            else:
                token_patterns.append(p["pattern"])
        if self.phrase_matcher_attr not in (None, "ORTH", "orth", "TEXT", "text") and firsts:
            firsts.append("")  # phrases matched on another attribute: no printed word to look for
        return Gate(token_patterns, firsts)


GATED_ENTITY_RULER = "gated_entity_ruler"  # the factory's name: nlp.add_pipe(GATED_ENTITY_RULER, name="entity_ruler")


@Language.factory(GATED_ENTITY_RULER)
def make_gated_entity_ruler(nlp: Language, name: str) -> GatedEntityRuler:
    """The entity ruler with spaCy's default settings, gated."""
    return GatedEntityRuler(nlp, name)
