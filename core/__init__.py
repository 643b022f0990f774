"""The ground floor: what every stage imports and which imports no stage.

Records that travel between stages (``records``), errors (``errors``), normal forms of
names and titles (``normalize``), atomic file writes (``atomic``).
"""
