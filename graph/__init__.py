"""Meeting records -> knowledge graph (networkx embedded store, Neo4j)."""
