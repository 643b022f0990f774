"""Readers: archive pages, plain-text reviews, folders, globs and the tarball."""

from __future__ import annotations

import io
import tarfile

import pytest

from filmkg.core.errors import InputError, ReviewFormatError
from filmkg.readers.decode import decode_bytes
from filmkg.readers.sources import iter_raw, parse, read_review

from .conftest import EXAMPLES, PEOPLE_REVIEW


def test_archive_page_metadata():
    r = read_review(EXAMPLES / "4335.html")
    assert (r.identifier, r.title, r.year, r.imdb_id, r.critic) == (
        "4335", "Leaving Las Vegas", 1995, "tt0113627", "James Berardinelli")
    assert r.text[r.title_span[0] : r.title_span[1]] == "Leaving Las Vegas"
    assert r.text[r.critic_span[0] : r.critic_span[1]] == "James Berardinelli"
    assert "Cast: Nicolas Cage, Elisabeth Shue, Julian Sands" in r.text
    # the newsgroup footer every page carries is not review text
    assert "rec.arts.movies.reviews" not in r.text
    assert "<P>" not in r.text


def test_latin1_page_is_decoded():
    r = read_review(EXAMPLES / "22490.html")
    assert "Camille Saint-Sa\u00ebns" in r.text
    assert "\ufffd" not in r.text


def test_cp1252_and_utf8_bytes():
    assert decode_bytes("caf\u00e9 \u201cquoted\u201d".encode("cp1252")) == "caf\u00e9 \u201cquoted\u201d"
    assert decode_bytes("Saint-Sa\u00ebns".encode("utf-8")) == "Saint-Sa\u00ebns"
    # 0x81 is undefined in cp1252: kept as its Latin-1 character, never an error
    assert decode_bytes(b"a\x81b\xe9") == "a\x81b\u00e9"


@pytest.mark.parametrize("raw,expected", [
    # superscripts for a Mac page's curly quotes: repaired once the page writes two contractions with them
    (b"It\xb9s \xb3Heat\xb2, and it doesn\xb9t drag.", "It\u2019s \u201cHeat\u201d, and it doesn\u2019t drag."),
    # MacRoman read as Latin-1
    (b"It\xd5s \xd2Heat\xd3; we can\xd5t wait.", "It\u2019s \u201cHeat\u201d; we can\u2019t wait."),
    # one contraction is no signature: a real superscript or accented capital stays
    (b"It\xb9s 10 m\xb2 of screen.", "It\xb9s 10 m\xb2 of screen."),
    (b"\xd2scar and \xd3scar, it\xd5s", "\xd2scar and \xd3scar, it\xd5s"),
])
def test_mac_quotes_repaired(raw: bytes, expected: str):
    text = decode_bytes(raw)
    assert text == expected
    assert len(text) == len(raw)  # one character for one: evidence offsets hold


def test_article_suffix_title_is_normalised():
    html = ('<HTML><TITLE>Review for Hitcher, The (1986)</TITLE><BODY><H1><A HREF="/Title?0091209">'
            "Hitcher, The (1986)</A></H1><H3>reviewed by<BR><A HREF=\"/ReviewsBy?Mark+R.+Leeper\">Mark R. Leeper"
            "</A></H3><P>THE HITCHER is a thriller with Rutger Hauer.</P></BODY></HTML>")
    from filmkg.readers.html_page import read_html_page

    r = read_html_page(html, "0002", "0002.html")
    assert (r.title, r.year, r.imdb_id, r.critic) == ("The Hitcher", 1986, "tt0091209", "Mark R. Leeper")


def test_plain_text_review():
    r = read_review(PEOPLE_REVIEW)
    assert r.identifier == "people-1995-leaving-las-vegas"
    assert r.date == "1995-11-06"
    assert r.title is None and r.imdb_id is None
    assert r.text.startswith("November 06, 1995")
    assert "You May Like" not in r.text  # web-page leftover dropped
    assert r.text.rstrip().endswith("(R)")


def test_folder_glob_and_tarball(tmp_path):
    ids_dir = sorted(r.identifier for r in iter_raw([EXAMPLES]))
    assert "4335" in ids_dir and "people-1995-leaving-las-vegas" in ids_dir
    assert [r.identifier for r in iter_raw([str(EXAMPLES / "1*.html")])] == ["13195", "1823"]

    tar_path = tmp_path / "mini.tar.gz"
    with tarfile.open(tar_path, "w:gz") as tar:
        for name in ("4335.html", "2305.html"):
            tar.add(EXAMPLES / name, arcname=f"movie/{name}")
        info = tarfile.TarInfo("movie/README")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"hi"))
    raws = list(iter_raw([tar_path]))
    assert [r.identifier for r in raws] == ["4335", "2305"]
    assert raws[0].source.endswith("mini.tar.gz:movie/4335.html")
    assert parse(raws[0]).title == "Leaving Las Vegas"


def test_bad_inputs_name_the_file(tmp_path):
    with pytest.raises(InputError, match="nothing-here"):
        list(iter_raw([tmp_path / "nothing-here"]))
    with pytest.raises(InputError, match="matches no files"):
        list(iter_raw([str(tmp_path / "*.html")]))
    empty = tmp_path / "empty.html"
    empty.write_text("<HTML><BODY></BODY></HTML>")
    with pytest.raises(ReviewFormatError, match="empty.html: no review text"):
        read_review(empty)
    broken = tmp_path / "broken.tar.gz"
    broken.write_bytes(b"not a tarball")
    with pytest.raises(InputError, match="broken.tar.gz: not a readable tar archive"):
        list(iter_raw([broken]))


@pytest.mark.skipif(not (EXAMPLES.parent.parent.parent / "shared" / "corpus").exists(), reason="no ../shared")
def test_archive_tarball_streams_in_place():
    from .conftest import SHARED

    raws = iter_raw([SHARED / "corpus" / "rec-arts-movies-reviews-html.tar.gz"])
    first = [next(raws) for _ in range(3)]
    assert all(r.source.startswith(str(SHARED)) and ":movie/" in r.source for r in first)
    assert all(parse(r).imdb_id for r in first)


def test_the_mail_archives_from_escape_is_undone():
    html = ('<HTML><TITLE>Review for Hitcher, The (1986)</TITLE><BODY><H1><A HREF="/Title?0091209">'
            "Hitcher, The (1986)</A></H1><H3>reviewed by<BR><A HREF=\"/ReviewsBy?Mark+R.+Leeper\">Mark R. Leeper"
            "</A></H3><PRE>Directed by Ann Vale\n>From the novel by Tom Brand\nA quote: >From here on"
            "</PRE></BODY></HTML>")
    from filmkg.readers.html_page import read_html_page

    r = read_html_page(html, "0002", "0002.html")
    assert "\nFrom the novel by Tom Brand\nA quote: >From here on" in r.text
    assert r.text[slice(*r.critic_span)] == "Mark R. Leeper"
