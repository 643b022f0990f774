"""Reader for a plain-text review such as a magazine's: optional date line, cast line, prose."""

from __future__ import annotations

import re
from datetime import datetime

from filmkg.core.errors import ReviewFormatError
from filmkg.core.records import Review

_DATE_FORMATS = ("%B %d, %Y %I:%M %p", "%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%d %B %Y")
#: Web-page leftovers that follow the review in pages saved as text.
_TRAILERS = re.compile(r"\n\s*(You May Like|Advertisement|Related Articles?|Read More)\b.*\Z", re.DOTALL | re.I)


def read_plain_text(text: str, identifier: str, source: str) -> Review:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _TRAILERS.sub("", text).strip()
    if len(text) < 20:
        raise ReviewFormatError(source, "the file holds no review text")
    date = None
    first = text.split("\n", 1)[0].strip()
    for fmt in _DATE_FORMATS:
        try:
            date = datetime.strptime(first, fmt).date().isoformat()
            break
        except ValueError:
            continue
    return Review(identifier=identifier, text=text, source=source, date=date)
