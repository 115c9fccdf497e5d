"""The entry point: find_cited_sources runs the steps in order on a sentence and keeps each source once,
in the order of the sentence, as written.
"""

from __future__ import annotations

from .context import _anonymous, _dotted_end, people_of
from .elsewhere import outlets_elsewhere, whole_name
from .generic import _party_speaks, _unnamed_people, generic_source
from .lines import credit_lines, dash_source, dateline_source, headline_source
from .names import framed_names, phrase_name
from .phrases import citing_phrases, descriptors_after
from .reporting import reporting_sources
from .tables import OutletTables


def find_cited_sources(s, a) -> None:
    """Set a.cited_sources, a.cited_source and a.cited_outlet from a sentence `s` (attribution's
    _Sentence); mark the party mentions inside a citing phrase or an outlet name (s.source_mentions,
    s.in_source, s.free)."""
    outlets: OutletTables | None = getattr(s.t, "outlets", None)
    s.sources = citing_phrases(s)
    found: list[tuple[int, int, str | None]] = []  # (start, end, canonical or None)
    for start, end, phrase, strip, led in s.sources:
        # with a Turkish case ending past the source's end: "Kremlin'e göre" (the source "Kremlin")
        inside = [m for m in s.mentions if start <= m.start and m.kind != "adjective"
                  and (m.end <= end or (m.start < end and s.norm[end:end + 1] == "'"))]
        named = outlets.outlets_in(s.norm, start, end) if outlets is not None else []
        if named:  # "the news agency Reuters", "laut der russischen Staatsagentur Tass vor Reportern"
            found.extend((people_of(s, outlets, o.start, start), *whole_name(s, outlets, o)) for o in named)
            continue
        span = trimmed_span(s.norm, start, end, strip)
        name = phrase_name(s, outlets, span, start) if span is not None and outlets is not None else None
        if name is not None:  # "according to the Baltic Courier", "по данным «Северного вестника»"
            found.append((name[0], _dotted_end(s.norm, name[1]), None))
            continue
        if span is not None and outlets is not None:
            bare = trimmed_span(s.norm, start, end, ())
            span = generic_source(s, outlets, span, start, led)
            if span is None and bare is not None:  # the pattern's strip took the noun: "secondo i | media russi"
                span = generic_source(s, outlets, bare, start, led)
            if span is not None and inside:
                if _party_speaks(s, outlets, span, inside):
                    if _unnamed_people(s, span, inside) or _anonymous(s, outlets, *span, chars=0):
                        s.source_mentions.extend(inside)  # a source, and its party may still hold
                    else:
                        span = None
        elif inside:
            span = None
        if span is None and inside:  # "according to Peskov", "по словам Лаврова": the party speaks itself
            s.source_mentions.extend(inside)
            continue
        if span is not None:
            found.append((span[0], span[1], None))
    if outlets is not None:
        found.extend(outlets_elsewhere(s, outlets, found))
        found.extend(credit_lines(s, outlets, found))
        found.extend(headline_source(s, outlets, found))
        found.extend(dateline_source(s, outlets, found))
        found.extend(dash_source(s, outlets, found))
        found.extend(reporting_sources(s, outlets, found))
        found = framed_names(s, outlets, found)
        found = descriptors_after(s, outlets, found)
    kept = one_each(s.norm, found)
    a.cited_sources = [as_written(s.text, b, e) for b, e, _ in kept]
    s.outlet_spans = [(b, e) for b, e, _ in kept]
    a.cited_source = a.cited_sources[0] if a.cited_sources else None
    a.cited_outlet = next((name for _, _, name in kept if name), None)
    covered = [(b, e) for b, e, *_ in s.sources] + [(b, e) for b, e, _ in kept]
    s.in_source = {id(m) for m in s.mentions if any(b <= m.start and m.end <= e for b, e in covered)}
    s.free = [m for m in s.mentions if id(m) not in s.in_source or m in s.source_mentions]
    a.mentions = s.free


def trimmed_span(norm: str, start: int, end: int, strip) -> tuple[int, int] | None:
    """The span without the words the `strip` patterns take off its front ("the news agency ..."),
    nor spaces, commas and quotes at either end; None when nothing is left."""
    changed = True
    while changed:
        changed = False
        while start < end and norm[start] in " ,\"'":
            start += 1
        for p in strip:
            m = p.match(norm[start:end])
            if m and start + m.end() < end:
                start += m.end()
                changed = True
    while end > start and norm[end - 1] in " ,\"'":
        end -= 1
    return (start, end) if end > start else None


def one_each(norm: str, found: list) -> list[tuple[int, int, str | None]]:
    """The sources in the order of the sentence, each once: outlets first, then the generic sources
    that neither hold nor stand just before an outlet ("niemiecki dziennik "Die Welt"", "the TASS
    agency"), no outlet twice ("Sputnik ... a Sputnik correspondent", "... (ISW)")."""
    named = sorted(f for f in found if f[2] is not None)
    kept, names = [], set()
    for f in named:
        if f[2] in names or any(f[0] < e and b < f[1] for b, e, _ in kept):
            continue
        kept.append(f)
        names.add(f[2])
    texts = set()
    for f in sorted(f for f in found if f[2] is None):
        text = norm[f[0]:f[1]].casefold()
        if text in texts or any(f[0] < e and b < f[1] for b, e, _ in kept + named):
            continue
        if any(f[0] <= b and b - f[1] <= 3 and not norm[f[1]:b].strip(" \"'") for b, _, n in kept if n):
            continue  # the descriptor of the outlet after it: "the newspaper "Die Welt""
        kept.append(f)
        texts.add(text)
    return sorted(kept)


def as_written(text: str, start: int, end: int) -> str:
    """The source's words as in the sentence, without surrounding spaces, commas and quotes, but with the
    closing quote of one it opens ("собеседники «Коммерсанта»")."""
    value = text[start:end].strip(" ,\"'«»„“”‘’")
    for opening, closing in (("«", "»"), ("„", "“"), ("“", "”")):
        if value.count(opening) > value.count(closing):
            at = text.find(value, start) + len(value)
            if text[at:at + 1] == closing:
                value += closing
    return value
