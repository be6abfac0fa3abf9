"""Meeting records -> knowledge graph (the embedded SQLite store, Neo4j), loaded by one algorithm (load.py)."""
