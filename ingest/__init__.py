"""Batch ingest: find minutes in folders and archives, extract in parallel, load with one writer."""
