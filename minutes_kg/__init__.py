"""minutes-kg: governance meeting minutes (PDF) to a knowledge graph with provenance."""

__version__ = "0.1.0"
