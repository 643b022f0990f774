"""Linking to external databases: IMDb (``imdb_kb`` reads the files, ``imdb_link`` links a
review's films and people, ``imdb_import`` writes IMDb's own facts as RDF) and Wikidata
(``wikidata``, through IMDb ids)."""
