"""Reading IMDb's TSV files and looking titles and names up (linking/imdb_kb.py).

Data: the bundled subset (filmkg/data/imdb-subset, a copy of shared/kb/imdb-subset) and
the samples of the official files (shared/kb/imdb-format-samples, copied to a temporary
folder when a test needs to write next to them).
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from filmkg.core.normalize import is_name_suffix
from filmkg.linking.imdb_kb import (
    KBError,
    KBFilter,
    MemoryKB,
    SqliteKB,
    bundled_kb_dir,
    index_imdb,
    index_is_fresh,
    load_kb,
    parse_characters,
    person_key,
    person_reduced_key,
    read_tsv,
    surname_key,
    title_key,
    title_prefix_key,
)

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "kb" / "imdb-format-samples"
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared/kb/imdb-format-samples not present")


@pytest.fixture(scope="module")
def kb():
    return load_kb(None)


@pytest.fixture(scope="module")
def sqlite_kb(tmp_path_factory):
    db = index_imdb(bundled_kb_dir(), tmp_path_factory.mktemp("kb") / "subset.sqlite")
    return SqliteKB(db)


@pytest.mark.parametrize("a,b", [
    ("Daytrippers, The", "The Daytrippers"),
    ("The Daytrippers", "Daytrippers"),
    ("Vampires, Les", "Les Vampires"),
    ("In & Out", "IN AND OUT"),
    ("Fantasia/2000", "Fantasia 2000"),
    ("Rocky II", "Rocky 2"),
    ("O Brother, Where Art Thou?", "O BROTHER WHERE ART THOU"),
    ("Schindler's List", "SCHINDLER’S LIST"),
    ("Leaving Las Vegas (1995)", "Leaving Las Vegas"),
])
def test_title_key_variants_meet(a, b):
    assert title_key(a) == title_key(b)


@pytest.mark.parametrize("a,b", [("Red", "Reds"), ("Fargo", "Argo"), ("O Brother", "Brother")])
def test_title_key_keeps_different_titles_apart(a, b):
    assert title_key(a) != title_key(b)


def test_prefix_and_person_keys():
    assert title_prefix_key("The Naked Gun: From the Files of Police Squad!") == title_key("The Naked Gun")
    assert title_prefix_key("Fargo") is None
    assert person_key("Lars Von Trier") == person_key("Lars von Trier")
    assert person_key("Bodil Jorgensen") == person_key("Bodil Jørgensen")
    assert person_reduced_key("Samuel L. Jackson") == "samuel jackson"
    assert person_reduced_key("Nicolas Cage") is None
    assert surname_key("Robert Downey Jr.") == surname_key("Robert Downey") == "downey"


@pytest.mark.parametrize("word,suffix", [("Jr.", True), ("JR", True), ("III", True), ("sr", True),
                                         ("Junior", False), ("Ivy", False), ("I", False)])
def test_generational_suffixes(word, suffix):
    assert is_name_suffix(word) is suffix


@needs_samples
def test_read_tsv_official_format():
    rows = list(read_tsv(SAMPLES / "title.principals.tsv"))
    first = rows[0]
    assert set(first) == {"tconst", "ordering", "nconst", "category", "job", "characters"}
    assert first["job"] is None  # \N
    maya = next(r for r in rows if r["tconst"] == "tt9806258" and r["ordering"] == "1")
    assert parse_characters(maya["characters"]) == ("Maya",)
    assert parse_characters(None) == ()


@needs_samples
def test_plain_and_gzipped_files_read_alike(tmp_path):
    for f in SAMPLES.glob("*.tsv"):
        with open(f, "rb") as src, gzip.open(tmp_path / (f.name + ".gz"), "wb") as dst:
            shutil.copyfileobj(src, dst)
    plain, gz = MemoryKB(SAMPLES), MemoryKB(tmp_path)
    assert plain.stats() == gz.stats()
    assert plain.stats()["titles"] > 1900
    chars = [p.characters for p in plain.principals("tt9806258")]
    assert chars == [p.characters for p in gz.principals("tt9806258")] and ("Maya",) in chars


def test_bundled_subset_loads_and_is_cached(kb):
    assert kb.stats() == {"titles": 16118, "people": 44891, "principals": 72939}
    assert load_kb(None) is kb
    assert load_kb() is kb


@pytest.mark.parametrize("store", ["kb", "sqlite_kb"])
def test_lookups(store, request):
    kb = request.getfixturevalue(store)
    (llv,) = kb.find_titles("LEAVING LAS VEGAS")
    assert (llv.title.tconst, llv.title.year, llv.how) == ("tt0113627", 1995, "title")
    assert [m.title.tconst for m in kb.find_titles("Daytrippers, The")] == ["tt0116041"]
    assert [m.title.tconst for m in kb.find_titles("Fantasia 2000")] == ["tt0120910"]
    assert [m.title.tconst for m in kb.find_titles("In and Out")] == ["tt0119360"]
    # the article is dropped on both sides, so Carpenter's "Vampires" meets Feuillade's; the year parts them
    assert {(m.title.tconst, m.title.year) for m in kb.find_titles("Les Vampires")} == {
        ("tt0006206", 1915), ("tt0120877", 1998)}
    (gun,) = kb.find_titles("The Naked Gun")
    assert (gun.title.tconst, gun.how) == ("tt0095705", "prefix")
    assert kb.find_titles("The Naked Gun", prefix=False) == []
    assert sorted(m.title.year for m in kb.find_titles("Frankenstein")) == [1910, 1931, 1993, 1994]
    assert [p.nconst for p in kb.find_people("Nicolas Cage")] == ["nm0000115"]
    assert [p.nconst for p in kb.find_people("Lars Von Trier")] == ["nm0001885"]
    assert [p.nconst for p in kb.find_people("Bodil Jorgensen")] == ["nm0433697"]
    assert sorted(p.nconst for p in kb.find_people("Anthony Edwards")) == ["nm0000381", "nm10094555"]
    assert [p.nconst for p, _ in kb.people_near("Jennifer Gray")] == ["nm0000426"]
    assert "tt0113627" in kb.filmography("nm0000115")
    assert {p.nconst for p in kb.principals("tt0113627")} >= {"nm0000115", "nm0000223", "nm0001214"}
    assert kb.title_popularity("tt0116282") > kb.title_popularity("tt2802850")
    given = kb.given_name_counts(min_count=3)
    assert given["john"] > 100 and "nicolas" in given and "teller" not in given


def test_filter_keeps_title_types_and_their_people():
    kb = MemoryKB(bundled_kb_dir(), KBFilter(title_types=frozenset({"tvMovie"})))
    assert kb.stats()["titles"] == 168
    assert {t.type for t in kb.iter_titles()} == {"tvMovie"}
    assert all(kb.filmography(p.nconst) for p in kb.iter_people())
    assert kb.find_titles("Leaving Las Vegas") == []


@needs_samples
def test_index_is_built_once_and_picked_up(tmp_path):
    for f in SAMPLES.glob("*.tsv"):
        shutil.copy(f, tmp_path / f.name)
    assert not index_is_fresh(tmp_path)
    db = index_imdb(tmp_path)
    assert db == tmp_path / "filmkg-imdb.sqlite" and index_is_fresh(tmp_path)
    kb = load_kb(tmp_path)
    assert isinstance(kb, SqliteKB)
    assert kb.stats() == MemoryKB(tmp_path).stats()
    assert load_kb(tmp_path, backend="memory").stats() == kb.stats()


@needs_samples
def test_memory_kb_is_cached_and_rebuilt_when_its_files_change(tmp_path, monkeypatch):
    from filmkg.linking import imdb_kb

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    kb_dir = tmp_path / "kb"
    shutil.copytree(SAMPLES, kb_dir)
    built = imdb_kb._cached_memory_kb(kb_dir, KBFilter())
    (cached_file,) = (tmp_path / "cache" / "filmkg").glob("kb-*.pickle")
    with monkeypatch.context() as m:  # served from the cache: the files are not parsed again
        m.setattr(imdb_kb.MemoryKB, "__init__", lambda *a: pytest.fail("parsed again"))
        again = imdb_kb._cached_memory_kb(kb_dir, KBFilter())
    assert again is not built and again.stats() == built.stats()
    assert [m.title.tconst for m in again.find_titles("Leaving Las Vegas")] == [
        m.title.tconst for m in built.find_titles("Leaving Las Vegas")]
    # a file that changes (here: loses its last row) is read again, not served from the cache
    names = kb_dir / "name.basics.tsv"
    names.write_text("".join(names.read_text(encoding="utf-8").splitlines(keepends=True)[:-1]), encoding="utf-8")
    fewer = imdb_kb._cached_memory_kb(kb_dir, KBFilter())
    assert fewer.stats()["people"] == built.stats()["people"] - 1
    # another filter is another KB
    only_tv = KBFilter(title_types=frozenset({"tvMovie"}))
    assert imdb_kb._cached_memory_kb(kb_dir, only_tv).stats()["titles"] < fewer.stats()["titles"]
    # a damaged cache is rebuilt, silently
    cached_file.write_bytes(b"not a pickle")
    assert imdb_kb._cached_memory_kb(kb_dir, KBFilter()).stats() == fewer.stats()


def test_missing_files_name_the_fix(tmp_path):
    with pytest.raises(KBError, match="title.basics.tsv"):
        load_kb(tmp_path)
    with pytest.raises(KBError, match="no such folder"):
        load_kb(tmp_path / "nope")


def test_a_forked_worker_opens_its_own_connection(sqlite_kb):
    """spaCy's workers (-j 2) fork with the KB in the extractors; SQLite must not cross the fork."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    parent_con = sqlite_kb.con
    answers = ctx.Queue()
    child = ctx.Process(target=_child_lookup, args=(sqlite_kb, answers))  # inherited, not pickled
    child.start()
    in_child = answers.get(timeout=60)
    child.join(60)
    assert in_child == (True, bool(sqlite_kb.find_people("Nicolas Cage")))
    assert sqlite_kb.con is parent_con


def _child_lookup(kb, answers) -> None:
    before = kb._con
    found = bool(kb.find_people("Nicolas Cage"))
    answers.put((kb.con is not before, found))
