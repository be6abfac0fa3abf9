"""Meeting content for the sample minutes: one module per meeting, each defining ``MEETING``.

``ALL`` lists the modules in the order the meetings took place.
"""

ALL = ["dag025", "ccag011", "dag026", "ccag012", "dag027"]
