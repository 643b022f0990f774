"""filmkg: a schema.org knowledge graph from film reviews."""
__version__ = "0.1.0"


def open(path):  # shadows the builtin inside this package's namespace only, like sqlite3/dbm.open
    """A built graph (a store folder, or a .trig / .nq file) to query from Python or a notebook:
    ``kg = filmkg.open("out/store"); kg.example("costars", actor="Nicolas Cage")``."""
    from filmkg.output.kg import open_graph

    return open_graph(path)
