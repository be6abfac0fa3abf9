"""The narrative pipeline's id component gives the entities the entity ruler's REGEX token patterns gave
(one ruler for ids, organisations and releases, as the pipeline was built before), on every paragraph of
every sample, layout and held-out document and on texts made to probe the token forms."""

from pathlib import Path

import pytest
import spacy
from minutes_kg.extractor import narrative
from minutes_kg.extractor.pdf_pages import parse_pdf

ROOT = Path(__file__).resolve().parents[1]
PROBES = ["CR018 and CR-027 were raised; CR1234 is no CR id, nor is XCR018 or CR018s.",
          "DES-138 v1.2 and DES12345 and DES01; the IR5 plan, IR and IR12x.",
          "(CR018), CR018. [IR3] DES-0138: as Release 2 and press release 3 say; Elexon Release 4.",
          "No id here at all: only CR and DES and IR as words.", ""]


def _ruler_pipeline():
    """The pipeline as it was: every id found by a ruler token pattern with a REGEX on TEXT."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    patterns = [{"label": label, "pattern": [{"TEXT": {"REGEX": f"^{rx.pattern}$"}}]}
                for label, rx in narrative.ID_TOKENS]
    current = narrative.pipeline()[0].get_pipe("entity_ruler")
    patterns += [p for p in current.patterns]
    ruler.add_patterns(patterns)
    return nlp


def _texts() -> list[str]:
    texts = list(PROBES)
    for pdf in sorted((ROOT / "samples").glob("**/*.pdf")):
        texts += [b.text for b in parse_pdf(pdf).blocks if getattr(b, "kind", "") == "para"]
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_id_component_gives_the_ruler_patterns_entities(texts):
    nlp, _ = narrative.pipeline()
    old = _ruler_pipeline()
    ours = [[(e.start, e.end, e.label_, e.ent_id_) for e in d.ents] for d in nlp.pipe(texts)]
    theirs = [[(e.start, e.end, e.label_, e.ent_id_) for e in d.ents] for d in old.pipe(texts)]
    assert ours == theirs
    labels = {label for doc in ours for _s, _e, label, _i in doc}
    assert {"CR", "DOC", "RELEASE", "ORG"} <= labels  # every kind was found somewhere: the check ran
    assert len(texts) > 500
