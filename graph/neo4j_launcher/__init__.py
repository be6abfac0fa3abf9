"""Embedded Neo4j Community 5.26 launcher for tests; see launcher.py and README.md."""
