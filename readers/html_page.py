"""Reader for one rec.arts.movies.reviews archive page (the IMDb-hosted HTML)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from filmkg.core.errors import ReviewFormatError
from filmkg.core.normalize import unsuffix_article
from filmkg.core.records import Review

_BLOCK_TAGS = {"p", "br", "h1", "h2", "h3", "h4", "pre", "hr", "div", "li", "tr", "blockquote", "title"}
_TITLE_YEAR = re.compile(r"^(?P<title>.*?)\s*\((?P<year>\d{4})(?:/[IVX]+)?\)\s*$")
#: Everything from the newsgroup footer on is the same on every page.
_FOOTER = re.compile(r"<HR>\s*<P CLASS=flush>|The review above was posted to the", re.IGNORECASE)


class _TextCollector(HTMLParser):
    """Visible text with block elements as line breaks; tracks the two header links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.in_title_tag = False
        self.link: str | None = None
        self.title_span: tuple[int, int] | None = None
        self.critic_span: tuple[int, int] | None = None
        self.imdb: str | None = None
        self.critic_start: int | None = None
        self.h1_start: int | None = None

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self._emit("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title_tag = True
            return
        if tag in _BLOCK_TAGS:
            self._newline()
        if tag == "a":
            href = dict(attrs).get("href") or ""
            m = re.search(r"/Title\?(\d+)", href)
            if m and self.imdb is None:
                self.imdb = "tt" + m[1].zfill(7)
                self.h1_start = self.length
                self.link = "title"
            elif "/ReviewsBy?" in href and self.critic_span is None:
                self.critic_start = self.length
                self.link = "critic"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title_tag = False
            return
        if tag == "a" and self.link == "title" and self.h1_start is not None:
            self.title_span = (self.h1_start, self.length)
        if tag == "a" and self.link == "critic" and self.critic_start is not None:
            self.critic_span = (self.critic_start, self.length)
        if tag == "a":
            self.link = None
        if tag in _BLOCK_TAGS and tag != "br":
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.in_title_tag:
            return
        self._emit(data)


def read_html_page(markup: str, identifier: str, source: str) -> Review:
    """Parse one archive page. Raises ReviewFormatError when it has no review text."""
    footer = _FOOTER.search(markup)
    body = markup[: footer.start()] if footer else markup
    collector = _TextCollector()
    collector.feed(body)
    collector.close()
    raw = "".join(collector.parts)
    text, shift = _tidy(raw)
    if len(text.strip()) < 20:
        raise ReviewFormatError(source, "no review text found in the page")

    title = year = None
    title_span = critic_span = None
    if collector.title_span:
        s, e = (shift(i) for i in collector.title_span)
        line = text[s:e]
        m = _TITLE_YEAR.match(line)
        if m:
            title, year = m["title"], int(m["year"])
            title_span = (s, s + len(m["title"]))
        else:
            title, title_span = line.strip(), (s, e)
    else:
        m = re.search(r"<TITLE>\s*Review for (.*?)</TITLE>", markup, re.IGNORECASE | re.DOTALL)
        if m:
            t = _TITLE_YEAR.match(html.unescape(m[1]).strip())
            title = t["title"] if t else html.unescape(m[1]).strip()
            year = int(t["year"]) if t else None
    critic = None
    if collector.critic_span:
        s, e = (shift(i) for i in collector.critic_span)
        critic, critic_span = text[s:e].strip(), (s, e)
    return Review(
        identifier=identifier,
        text=text,
        source=source,
        title=unsuffix_article(title) if title else None,
        year=year,
        imdb_id=collector.imdb,
        critic=critic,
        title_span=title_span,
        critic_span=critic_span,
    )


_CUTS = re.compile(r"\n[ \t\r\n]*\n|\r|(?<=\n)>(?=From\b)")


def _tidy(raw: str):
    """Drop leading blank space and runs of blank lines; return the text and an offset map."""
    # Only leading whitespace and blank-line runs are removed, so offsets shift by a
    # running total that we record at each cut.
    out: list[str] = []
    cuts: list[tuple[int, int]] = []  # (raw position, total removed up to here)
    removed = 0
    pos = 0
    # ">From" at a line's start is the mail archive's escape of "From" (513 pages: ">From the novel by X",
    # ">From Dusk Till Dawn (1996)"); the ">" goes like a blank line's spaces
    for m in _CUTS.finditer(raw):
        out.append(raw[pos : m.start()])
        keep = "\n\n" if m[0].startswith("\n") else ""
        out.append(keep)
        removed += len(m[0]) - len(keep)
        cuts.append((m.end(), removed))
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    lead = len(text) - len(text.lstrip())
    text = text.strip()

    def shift(i: int) -> int:
        r = 0
        for at, total in cuts:
            if at <= i:
                r = total
            else:
                break
        return max(0, i - r - lead)

    return text, shift
