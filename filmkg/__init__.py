"""filmkg: a schema.org knowledge graph from film reviews."""
__version__ = "0.1.0"
