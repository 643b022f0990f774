"""IMDb's own facts as RDF, in named graphs of their own, to compare with what reviews say.

:func:`import_imdb` writes N-Quads, line by line (so the full dumps stream through), in three
named graphs named after the files they come from:

* ``<https://w3id.org/filmkg/graph/imdb/title.basics>``: each title as ``schema:Movie``
  (``schema:TVSeries``... for other types) with ``schema:name``, ``schema:alternateName``
  (original title), ``schema:datePublished`` (``xsd:gYear``), ``schema:duration``,
  ``schema:genre``, ``schema:additionalType`` (IMDb's titleType), ``schema:identifier`` and
  ``schema:sameAs <https://www.imdb.com/title/tt…/>``;
* ``<…/imdb/name.basics>``: each person as ``schema:Person`` with ``schema:name``,
  ``schema:birthDate``/``schema:deathDate`` (years), ``schema:identifier`` and ``schema:sameAs``;
* ``<…/imdb/title.principals>``: the credits, with the review graphs' predicates (actor/actress
  ``schema:actor``, director ``schema:director``, writer ``schema:author``, or, for a writer
  whose job is a novel, play, story or book, ``schema:isBasedOn`` a work whose
  ``schema:author`` is the person; producer ``schema:producer``, composer ``schema:musicBy``,
  editor ``schema:editor``, cinematographer ``fkv:cinematographer``, other crew and
  self-appearances ``schema:contributor``) and, for the characters an actor plays,
  ``fkv:performance`` -> ``schema:PerformanceRole`` with ``schema:actor`` and
  ``schema:characterName``.

Nodes get the IRIs the review graphs mint (:func:`filmkg.graph.iris.entity_iri` from the
title and year, or the name), so a review's film and IMDb's are the same node. Where that
IRI would merge two IMDb entries (two people of the same name, two same-titled films of one
year), the IMDb IRI itself is the node. Either way ``schema:sameAs`` ties the node to IMDb,
and the reviews' nodes carry the same ``schema:sameAs``: a SPARQL join on it compares the two
(see README "Comparing reviews with IMDb").

Nothing is written into a review's graph.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from filmkg.core.atomic import atomic_write
from filmkg.core.records import Entity
from filmkg.graph.iris import entity_iri, imdb_graph_iri, imdb_iri, imdb_role_iri, imdb_source_work_iri
from filmkg.graph.vocab import FKV
from filmkg.linking.imdb_kb import ImdbKB, Person, Principal, Title, load_kb

SDO = "https://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
IMDB_DATASETS = "https://datasets.imdbws.com/"

GRAPH_TITLES = str(imdb_graph_iri("title.basics"))
GRAPH_NAMES = str(imdb_graph_iri("name.basics"))
GRAPH_PRINCIPALS = str(imdb_graph_iri("title.principals"))

#: IMDb principal category -> predicate from the film to the person (None: left out).
CATEGORY_PREDICATES: dict[str, str | None] = {
    "actor": SDO + "actor",
    "actress": SDO + "actor",
    "director": SDO + "director",
    "writer": SDO + "author",
    "producer": SDO + "producer",
    "composer": SDO + "musicBy",
    "editor": SDO + "editor",
    "cinematographer": str(FKV.cinematographer),
    "production_designer": SDO + "contributor",
    "casting_director": SDO + "contributor",
    "self": SDO + "contributor",
    "archive_footage": None,
    "archive_sound": None,
}
#: A writer credit whose job names the source work ("novel", "based on the play by"...).
SOURCE_JOB = re.compile(
    r"\b(novel|book|play|short story|story by|original story|memoir|comic|article|poem)\b", re.IGNORECASE)
_TYPE_CLASS = {"tvSeries": "TVSeries", "tvMiniSeries": "TVSeries", "tvEpisode": "TVEpisode",
               "videoGame": "VideoGame", "podcastSeries": "PodcastSeries", "podcastEpisode": "PodcastEpisode"}


@dataclass
class ImportReport:
    path: Path
    titles: int = 0
    people: int = 0
    credits: int = 0
    roles: int = 0
    quads: int = 0
    graphs: tuple[str, ...] = (GRAPH_TITLES, GRAPH_NAMES, GRAPH_PRINCIPALS)
    imdb_iri_nodes: int = 0  # nodes named by their IMDb IRI (homonyms)
    missing_titles: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------ N-Quads terms
def _iri(value: str) -> str:
    return f"<{value}>"


_ESC = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESC_RE = re.compile(r'[\\"\n\r\t]')


def _lit(value: str, datatype: str | None = None) -> str:
    text = '"' + _ESC_RE.sub(lambda m: _ESC[m[0]], value) + '"'
    return f"{text}^^<{datatype}>" if datatype else text


class _Writer:
    def __init__(self, fh) -> None:
        self.fh = fh
        self.n = 0

    def quad(self, s: str, p: str, o: str, g: str) -> None:
        self.fh.write(f"{s} {p} {o} <{g}> .\n")
        self.n += 1


# ------------------------------------------------------------------------------ node IRIs
class _Naming:
    """The review graphs' IRI for an IMDb entry, or the IMDb IRI where that would merge two."""

    def __init__(self, kb: ImdbKB) -> None:
        self.kb = kb
        self.imdb_named = 0

    def film(self, t: Title) -> str:
        iri = entity_iri(Entity("film", t.display_title, t.year))
        for m in self.kb.find_titles(t.display_title, prefix=False):
            other = m.title
            same = entity_iri(Entity("film", other.display_title, other.year)) == iri
            if other.tconst != t.tconst and same:
                self.imdb_named += 1
                return _iri(str(imdb_iri(t.tconst)))
        return _iri(str(iri))

    def person(self, p: Person) -> str:
        iri = entity_iri(Entity("person", p.name))
        for other in self.kb.find_people(p.name):
            if other.nconst != p.nconst and entity_iri(Entity("person", other.name)) == iri:
                self.imdb_named += 1
                return _iri(str(imdb_iri(p.nconst)))
        return _iri(str(iri))


# ------------------------------------------------------------------------------ import
def import_imdb(kb_dir: str | Path | None, out_path: str | Path, titles: Iterable[str] | None = None,
                kb: ImdbKB | None = None) -> ImportReport:
    """Write IMDb's titles, people and principals as N-Quads (``.nq``, or ``.nq.gz``) at ``out_path``.

    ``kb_dir``: an IMDb folder (None: the bundled subset); ``titles``: only these tconsts and
    the people credited on them (e.g. the films a built graph links to, see
    :func:`linked_imdb_ids`); None imports every title the KB keeps.
    """
    kb = kb or load_kb(kb_dir)
    out_path = Path(out_path)
    report = ImportReport(out_path)
    naming = _Naming(kb)
    gz = out_path.name.endswith(".gz")
    with atomic_write(out_path, "wb" if gz else "w") as raw:
        fh = gzip.open(raw, "wt", encoding="utf-8") if gz else raw
        try:
            w = _Writer(fh)
            for g, stem in ((GRAPH_TITLES, "title.basics"), (GRAPH_NAMES, "name.basics"),
                            (GRAPH_PRINCIPALS, "title.principals")):
                w.quad(_iri(g), _iri(PROV_DERIVED), _iri(f"{IMDB_DATASETS}{stem}.tsv.gz"), g)
            seen_people: dict[str, str] = {}
            for t in _selected_titles(kb, titles, report):
                film = naming.film(t)
                _title_quads(w, film, t)
                report.titles += 1
                done: set[str] = set()
                for pr in kb.principals(t.tconst):
                    person = seen_people.get(pr.nconst)
                    if person is None:
                        p = kb.person(pr.nconst)
                        if p is None:
                            continue
                        person = seen_people[pr.nconst] = naming.person(p)
                        _person_quads(w, person, p)
                        report.people += 1
                    n_roles = _principal_quads(w, film, person, pr, t, done)
                    report.credits += 1
                    report.roles += n_roles
            report.quads = w.n
        finally:
            if gz:
                fh.close()  # closes the gzip stream only; atomic_write closes the file
    report.imdb_iri_nodes = naming.imdb_named
    return report


def _selected_titles(kb: ImdbKB, titles: Iterable[str] | None, report: ImportReport) -> Iterator[Title]:
    if titles is None:
        yield from kb.iter_titles()
        return
    for tconst in sorted(set(titles)):
        t = kb.title(tconst)
        if t is None:
            report.missing_titles.append(tconst)
        else:
            yield t


def _title_quads(w: _Writer, film: str, t: Title) -> None:
    g = GRAPH_TITLES
    w.quad(film, _iri(RDF_TYPE), _iri(SDO + _TYPE_CLASS.get(t.type, "Movie")), g)
    w.quad(film, _iri(SDO + "name"), _lit(t.display_title), g)
    if t.original_title and t.original_title != t.primary_title:
        w.quad(film, _iri(SDO + "alternateName"), _lit(t.original_title), g)
    if t.display_title != t.primary_title:
        w.quad(film, _iri(SDO + "alternateName"), _lit(t.primary_title), g)
    if t.year:
        w.quad(film, _iri(SDO + "datePublished"), _lit(f"{t.year:04d}", XSD + "gYear"), g)
    if t.runtime:
        w.quad(film, _iri(SDO + "duration"), _lit(f"PT{t.runtime}M", XSD + "duration"), g)
    for genre in t.genres:
        w.quad(film, _iri(SDO + "genre"), _lit(genre), g)
    w.quad(film, _iri(SDO + "additionalType"), _lit(t.type), g)
    w.quad(film, _iri(SDO + "identifier"), _lit(t.tconst), g)
    w.quad(film, _iri(SDO + "sameAs"), _iri(str(imdb_iri(t.tconst))), g)


def _person_quads(w: _Writer, node: str, p: Person) -> None:
    g = GRAPH_NAMES
    w.quad(node, _iri(RDF_TYPE), _iri(SDO + "Person"), g)
    w.quad(node, _iri(SDO + "name"), _lit(p.name), g)
    if p.birth_year:
        w.quad(node, _iri(SDO + "birthDate"), _lit(f"{p.birth_year:04d}", XSD + "gYear"), g)
    if p.death_year:
        w.quad(node, _iri(SDO + "deathDate"), _lit(f"{p.death_year:04d}", XSD + "gYear"), g)
    w.quad(node, _iri(SDO + "identifier"), _lit(p.nconst), g)
    w.quad(node, _iri(SDO + "sameAs"), _iri(str(imdb_iri(p.nconst))), g)


def _principal_quads(w: _Writer, film: str, person: str, pr: Principal, t: Title, done: set[str]) -> int:
    g = GRAPH_PRINCIPALS
    pred = CATEGORY_PREDICATES.get(pr.category, SDO + "contributor")
    if pred is None:
        return 0
    if pr.category == "writer" and pr.job and SOURCE_JOB.search(pr.job):
        work = _iri(str(imdb_source_work_iri(t.tconst)))
        if work not in done:
            done.add(work)
            w.quad(film, _iri(SDO + "isBasedOn"), work, g)
            w.quad(work, _iri(RDF_TYPE), _iri(SDO + "CreativeWork"), g)
        w.quad(work, _iri(SDO + "author"), person, g)
        return 0
    w.quad(film, _iri(pred), person, g)
    roles = 0
    if pred == SDO + "actor":
        for character in pr.characters:
            role = _iri(str(imdb_role_iri(t.tconst, pr.nconst, pr.ordering, roles)))
            w.quad(film, _iri(str(FKV.performance)), role, g)
            w.quad(role, _iri(RDF_TYPE), _iri(SDO + "PerformanceRole"), g)
            w.quad(role, _iri(SDO + "actor"), person, g)
            w.quad(role, _iri(SDO + "characterName"), _lit(character), g)
            roles += 1
    return roles


#: SPARQL: each credit a review states, next to the role IMDb's principals give that person on
#: that film (unbound: IMDb's principals do not list them). Joins through the IMDb IRIs, so it
#: works whether the review's links are in the default graph or in a named graph.
COMPARE_CREDITS_QUERY = """\
PREFIX schema: <https://schema.org/>
PREFIX fkv: <https://w3id.org/filmkg/vocab#>
SELECT DISTINCT ?review ?filmName ?role ?personName ?imdbRole WHERE {
  GRAPH ?g {
    ?r a schema:Review ; schema:identifier ?review .
    ?film a schema:Movie ; schema:name ?filmName ; ?role ?person .
    ?person a schema:Person ; schema:name ?personName .
    VALUES ?role { schema:actor schema:director schema:author schema:producer schema:musicBy
                   schema:editor fkv:cinematographer schema:contributor }
  }
  { ?film schema:sameAs ?imdbFilm } UNION { GRAPH ?lg1 { ?film schema:sameAs ?imdbFilm } }
  { ?person schema:sameAs ?imdbPerson } UNION { GRAPH ?lg2 { ?person schema:sameAs ?imdbPerson } }
  FILTER (STRSTARTS(STR(?imdbFilm), "https://www.imdb.com/title/")
          && STRSTARTS(STR(?imdbPerson), "https://www.imdb.com/name/"))
  OPTIONAL {
    GRAPH <https://w3id.org/filmkg/graph/imdb/title.basics> { ?kf schema:sameAs ?imdbFilm }
    GRAPH <https://w3id.org/filmkg/graph/imdb/name.basics> { ?kp schema:sameAs ?imdbPerson }
    GRAPH <https://w3id.org/filmkg/graph/imdb/title.principals> { ?kf ?imdbRole ?kp }
  }
}
ORDER BY ?review ?filmName ?personName
"""


def linked_imdb_ids(graph_path: str | Path) -> set[str]:
    """The ``tt…`` ids a built graph links its films to (to import just those)."""
    found: set[str] = set()
    pattern = re.compile(r"<https://www\.imdb\.com/title/(tt\d+)/?>")
    opener = gzip.open if str(graph_path).endswith(".gz") else open
    with opener(graph_path, "rt", encoding="utf-8") as fh:
        for line in fh:
            found.update(pattern.findall(line))
    return found


__all__ = ["CATEGORY_PREDICATES", "COMPARE_CREDITS_QUERY", "GRAPH_NAMES", "GRAPH_PRINCIPALS", "GRAPH_TITLES",
           "ImportReport", "import_imdb", "linked_imdb_ids"]
