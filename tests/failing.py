"""A store wrapper that fails part-way through loading a document (after its facts are written, before
the commit), to show that a document loads whole or not at all, on any backend."""


class _FailAfterWrite:
    def __init__(self, tx):
        self.tx = tx

    def __getattr__(self, name):
        return getattr(self.tx, name)

    def write(self, facts, record, merges):
        self.tx.write(facts, record, merges)
        raise RuntimeError("injected failure part-way through a document")


class FailingStore:
    def __init__(self, store):
        self.store = store
        self.aliases = store.aliases

    def in_transaction(self, work):
        return self.store.in_transaction(lambda tx: work(_FailAfterWrite(tx)))
