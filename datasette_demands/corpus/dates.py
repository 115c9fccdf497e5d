"""Publication dates as given ("10 July 2025", "10.07.2025", "20250710") to ISO dates (YYYY-MM-DD).

`documents.published` holds the ISO date, which the matrix's `month` and its from/to filters
compare as text; what the input said stays in `documents.published_raw`. A value that names no
single day ("last week", "July 2025", "soon") gives None: the caller reports it and the document
is stored without a date. dateparser reads the common formats of the nine languages, offline.
"""

from __future__ import annotations

import datetime
import functools
import re

from ..rulebook.model import LANGUAGES

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})$")  # 20250710

# Relative dates ("yesterday", "last week") mean nothing in an archive: only absolute ones are read.
_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
    "PREFER_LOCALE_DATE_ORDER": False,
}


def _valid(y: str, m: str, d: str) -> str | None:
    try:
        return datetime.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _languages(lang: str | None) -> list[str]:
    """The document's language first, then the others."""
    return [lang] + [code for code in LANGUAGES if code != lang] if lang in LANGUAGES else list(LANGUAGES)


def _date_order(value: str, lang: str | None) -> str:
    """How 03/04/2025 is read: month first with slashes in an English document (the US way), day
    first otherwise (eight of the nine languages write the day first, and 10.07.2025 is the 10th
    everywhere)."""
    return "MDY" if lang == "en" and "/" in value else "DMY"


@functools.lru_cache(maxsize=4096)
def parse_date(value: str | None, lang: str | None = None) -> str | None:
    """The ISO date (YYYY-MM-DD) a `published` value names, or None when it names no single day.

    A date-time keeps the day as written (no time-zone conversion)."""
    if value is None:
        return None
    value = str(value).strip()
    if not value:
        return None
    m = _ISO.match(value) or _COMPACT.match(value)
    if m:
        return _valid(*m.groups())
    import dateparser

    try:
        parsed = dateparser.parse(value, languages=_languages(lang), settings={**_SETTINGS, "DATE_ORDER": _date_order(value, lang)})
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date().isoformat() if parsed is not None else None
