"""Step 4, the lines that credit a source by their shape: a credit line ("źródło: pap"), a headline's
generic source ("Media: ..."), a dateline's agency ("KYIV (Frontline Wire) -") and the source after a
headline's closing dash ("..., — WP").
"""

from __future__ import annotations

import regex

from ..actor_tables import finditer, search
from .names import NAME_RE, valid_name
from .tables import OutletTables


# a credit line: a label at a line's start, a colon, and what it credits up to a slash or the line's end
CREDIT_LINE_RE = regex.compile(r"^[^\w\n]*(\w+)[ \t]*:[ \t]*([^/\n]*[^/\s])", regex.UNICODE | regex.MULTILINE)


def credit_lines(s, outlets: OutletTables, found: list) -> list[tuple[int, int, str]]:
    """The outlet a credit line names, whole, in whatever case it is written ("źródło: pap" under the
    text, "Kaynak: AA / reporter's name"); the label itself is no source."""
    if outlets.labels is None:
        return []
    out = []
    for m in finditer(CREDIT_LINE_RE, s.norm):
        start, end = m.span(2)
        if outlets.labels.fullmatch(m.group(1)) is None or any(b < end and start < e for b, e, _ in found):
            continue
        name = outlets.named(m.group(2))
        if name is not None:
            out.append((start, end, name))
    return out


# a headline's attribution: a short phrase and a colon opening the sentence ("Media: ...", "СМИ: ...")
HEADLINE_RE = regex.compile(r"^\W*((?:[\w'-]+\s+){0,3}[\w'-]+)\s*:\s+\S", regex.UNICODE)


def headline_source(s, outlets: OutletTables, found: list) -> list[tuple[int, int, None]]:
    """A generic source that opens a headline before a colon ("Media: the plan now has 19 points",
    "СМИ: ..."); not a label before an outlet ("Source: Reuters"), not a person or a party."""
    m = HEADLINE_RE.match(s.norm)
    if m is None or outlets.generic is None or found:
        return []  # "Source: the minister's statement, the agency RIA Novosti": a credit line before its outlet
    start, end = m.span(1)
    head = search(outlets.generic, s.norm[start:end])
    if head is None or start + head.end() != end:
        return []  # the phrase must end with its noun: "Media:", "Western media:"
    if any(start < mm.end and mm.start < end for mm in s.mentions):
        return []
    if outlets.labels is not None and outlets.labels.fullmatch(s.norm[start:end]):
        return []  # "Source: the minister's statement": a credit line, no headline
    return [(start, end, None)]


# a dateline: the place in capitals, or a place and a date, then the agency in brackets and a dash
# ("KYIV (Reuters) -", "ISTANBUL (dpa-AFX) -", "Bruxelles, 23 ott. (askanews) –")
DATELINE_RE = regex.compile(
    r"^\W*(?:date[ \t]+[\d-]+[ \t]+)?(?:\p{Lu}[\p{Lu}\p{M}'.-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'.-]+){0,2}"
    r"|\p{Lu}[\p{L}\p{M}'.-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'.-]+)?,[ \t]*[^()\n,]{1,20}?)"
    r"[ \t]*\((?P<name>[^()\n]{2,40})\)[ \t]*[-–—]", regex.UNICODE)


def dateline_source(s, outlets: OutletTables, found: list) -> list[tuple[int, int, str | None]]:
    """The agency of a dateline opening the text ("KYIV (Frontline Wire) -"), whole, where the lexicon
    does not know it (a known one is found with the other outlets); not a party or a person."""
    m = DATELINE_RE.match(s.norm)
    if m is None:
        return []
    start, end = m.span("name")
    start, end = start + len(m.group("name")) - len(m.group("name").lstrip()), len(s.norm[:end].rstrip())
    if any(b < end and start < e for b, e, _ in found) or NAME_RE.fullmatch(s.norm, start, end) is None:
        return []
    name = valid_name(s, outlets, start, end, described=True)
    return [] if name is None or name != (start, end) else [(start, end, None)]


# a source after a dash that ends a headline or a quote, at a line's end: "..., — WP", "«...», — ЗМІ"; the dash
# after a comma, a quote or a full stop (a caption's "Volodymyr Zelensky - AA" credits a photo)
DASH_END_RE = regex.compile(r"[,.!?»\"”][ \t]*[-–—][ \t]+(?P<name>[^\s\n][^\n\-–—]{0,40}?)[ \t]*(?:\n|$)", regex.UNICODE)


def dash_source(s, outlets: OutletTables, found: list) -> list[tuple[int, int, str | None]]:
    """The source a dash puts after a headline or a quote, at the end of a line ("Qatar helped return four
    children, — WP", "«...», — ЗМІ"): a name that is an abbreviation or an outlet's (valid_name), or a generic
    noun alone; not a person or a party ("— Zelensky")."""
    out = []
    for m in finditer(DASH_END_RE, s.norm):
        start, end = m.span("name")
        end = len(s.norm[:end].rstrip(" .!?"))
        if any(b < end and start < e for b, e, _ in found):
            continue
        if outlets.generic is not None and outlets.generic.fullmatch(s.norm, start, end):
            if not any(start < mm.end and mm.start < end for mm in s.mentions):
                out.append((start, end, None))
            continue
        if NAME_RE.fullmatch(s.norm, start, end) is None:
            continue
        name = valid_name(s, outlets, start, end)
        if name is not None and name == (start, end):
            out.append((start, end, None))
    return out
