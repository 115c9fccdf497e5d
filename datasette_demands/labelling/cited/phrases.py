"""Step 1: the phrases that cite ("according to ...", "laut ...", "по словам ..."), found by the
`cited_sources` patterns of rules/actors.yml; and, last of all, a generic noun right after a known
outlet that only describes it ("the Reuters news agency reported") is no source of its own.
"""

from __future__ import annotations

import regex

from ..actor_tables import finditer, search
from .context import WORD_RE
from .tables import OutletTables


# the words between a known outlet and the descriptor after it: none, or one word in small letters
# ("Reuters | news | agency", "RIA | haber | ajansının")
# or a closing quote and a hyphen joining the descriptor to the quoted name: "„Bild“-Zeitung"
DESCRIPTOR_GAP_RE = regex.compile(r"[ \t]+(?:\p{Ll}[\w-]*[ \t]+)?|[\"“”»']-", regex.UNICODE)


def descriptors_after(s, outlets: OutletTables, found: list) -> list[tuple[int, int, str | None]]:
    """Without the generic noun that stands right after a known outlet and describes it ("the Reuters news
    agency reported", "Rus RIA haber ajansının haberine göre", "TASS sources"): the outlet is the source,
    its descriptor no second one."""
    if outlets.generic is None:
        return found
    norm, kept = s.norm, []
    for b, e, n in found:
        if n is None and _people_told(outlets, norm[b:e]):
            kept.append((b, e, n))  # "powiedzieli PAP | dyplomaci", "рассказали РБК | два дипломата": who told it
            continue
        if n is None and any(name is not None and _descriptor_of(s, outlets, b, e, ob, oe) for ob, oe, name in found):
            continue
        if n is None and any(name is not None and _apposition_of(s, outlets, b, e, oe) for _, oe, name in found):
            continue  # "DeepState, | un site de suivi proche de l'armée": what the outlet is, no second source
        kept.append((b, e, n))
    return kept


def _apposition_of(s, outlets: OutletTables, b: int, e: int, oe: int) -> bool:
    """Whether a generic phrase norm[b:e] set off by a comma right after an outlet that ends at `oe` describes it, in
    the languages with articles: an article opening it and an outlet's noun (`descriptors`) among its first three words
    ("Axios, | a news site close to ...", "DeepState, | un site de suivi ...", "Rybar, | ein kremlnaher Kanal")."""
    if outlets.after is not None or outlets.descriptors is None or not regex.fullmatch(r"[ \t]*,[ \t]*", s.norm[oe:b]):
        return False
    words = list(WORD_RE.finditer(s.norm, b, e))[:4]
    if len(words) < 2 or words[0].group().lower() not in s.t.determiners:
        return False
    return any(outlets.descriptors.fullmatch(w.group()) for w in words[1:])


def _people_told(outlets: OutletTables, phrase: str) -> bool:
    """Whether a generic phrase after an outlet is people, in the languages without articles, which put the
    outlet a speaker told before the speaker ("powiedzieli PAP | dwaj dyplomaci"): no noun of an outlet
    (`descriptors`, `told`) in it, so no descriptor of the outlet."""
    if outlets.after is None:
        return False
    return not any(r is not None and r.search(phrase) is not None for r in (outlets.descriptors, outlets.told))


# after a known outlet: spaces, at most one word in small letters, a last word ("| news agency", "| haber ajansının")
DESCRIPTOR_TAIL_RE = regex.compile(r"[ \t]+(?:\p{Ll}[\w-]*[ \t]+)?(\w+)", regex.UNICODE)


def _descriptor_of(s, outlets: OutletTables, b: int, e: int, ob: int, oe: int) -> bool:
    """Whether a generic phrase norm[b:e] is the descriptor of a known outlet norm[ob:oe]: a generic noun
    right after it, at most one word in small letters between ("the Reuters | news agency"), or a phrase
    that holds the outlet and ends so ("Rus RIA haber ajansının")."""
    norm = s.norm
    if oe <= b:
        tail = DESCRIPTOR_GAP_RE.fullmatch(norm, oe, b) and outlets.generic.fullmatch(norm, b, e) is not None
    else:
        tail = b <= ob and oe < e and DESCRIPTOR_TAIL_RE.fullmatch(norm, oe, e)
        tail = tail and outlets.generic.fullmatch(tail.group(1)) is not None
    if not tail:
        return False
    small = s.t.prepositions | s.t.genitive | s.t.determiners | s.t.coordinators
    # a preposition or a reporting word between is no descriptor's: "der Spiegel | aus | Regierungskreisen"
    return not any(w.group().lower() in small or (outlets.reporting is not None and outlets.reporting.fullmatch(w.group()))
                   for w in WORD_RE.finditer(norm, oe, b if oe <= b else e) if w.end() < (b if oe <= b else e)
                   and not (oe > b and w.end() == e))


def citing_phrases(s) -> list:
    """The phrases that cite: [(start, end, phrase, strip patterns, led)], by the `cited_sources` patterns of
    actors.yml, `led` where the pattern's words lead the phrase ("according to ..." is, "... zufolge" and
    "... sources said" are not); phrases naming a document, or nothing but an article, are left out."""
    norm, t, rx = s.norm, s.t, s.rx or {}
    found = []
    for i, (compiled, strip, not_src) in enumerate(t.sources):
        compiled = rx.get(f"source.{i}", compiled)
        if compiled is None:
            continue
        for m in finditer(compiled, norm):
            start, end = m.span("source")
            if end <= start:
                continue
            # a cue inside the phrase ends it ("Nach Angaben aus Kreisen schlug Moskau vor")
            for c in s.cues:
                if any(p0 <= c.start < p1 for p0, p1 in s.position):
                    continue  # a document's noun, judged below ("people familiar with the plan")
                if start < c.start < end:
                    end = c.start
                    for mm in s.mentions:
                        if start <= mm.start and mm.end <= end and not norm[mm.end:end].strip(" ,"):
                            end = mm.start
                    break
            end = across_article(s, start, end)
            phrase = norm[start:end].strip(" ,\"'")
            if not any(w[:1].isalnum() and w.lower() not in t.determiners for w in phrase.split()):
                continue  # "according to the "1,000 for 1,000" formula": nothing but an article
            if not_src is not None and search(not_src, phrase):
                continue
            if any(start <= p0 and p1 <= end and not _source_before(s, start, p0)
                   and not _source_after_complement(s, start, p1, end) for p0, p1 in s.position):
                continue  # a document ("secondo il piano americano"): a frame, not a source
            found.append((start, end, phrase, strip, m.start() < start))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    spans = []
    for f in found:
        if spans and f[0] < spans[-1][1]:
            continue
        spans.append(f)
    return spans


def _source_before(s, start: int, at: int) -> bool:
    """Whether a generic source noun stands in a phrase before a document's noun: "people briefed on
    the plan" is a source, "the American plan" a document."""
    outlets = getattr(s.t, "outlets", None)
    return (outlets is not None and outlets.generic is not None
            and search(outlets.generic, s.norm[start:at]) is not None)


def _source_after_complement(s, start: int, at: int, end: int) -> bool:
    """Whether a document's noun stands in the complement of a participle before a generic source noun, the
    phrase opening with the complement's preposition, a number before it ("unter Berufung auf | zwei mit dem Plan vertraute Quellen",
    "in die Pläne eingeweihte Kreise"): the people are the source, the plan what they know."""
    outlets = getattr(s.t, "outlets", None)
    if outlets is None or outlets.generic is None:
        return False
    words = list(WORD_RE.finditer(s.norm, start, end))[:2]
    if len(words) == 2 and outlets.modifiers is not None and outlets.modifiers.fullmatch(words[0].group()):
        words = words[1:]  # a number before it: "zwei | mit dem Plan vertraute Quellen"
    return (bool(words) and words[0].group().lower() in s.t.prepositions
            and search(outlets.generic, s.norm[:end], at) is not None)


def across_article(s, start: int, end: int, words: int = 5) -> int:
    """Where a phrase ends that a pattern cut before an article right after a preposition: "according to
    the Institute for | the Study of War", "officials briefed on | the talks", "fuentes de | la Casa
    Blanca" run on to the next punctuation, at most `words` words more."""
    norm, t = s.norm, s.t
    inside = list(WORD_RE.finditer(norm, start, end))
    small = t.prepositions | t.genitive | t.perspective
    if not inside or inside[-1].group().lower() not in small:
        return end
    after = list(WORD_RE.finditer(norm, end, min(len(norm), end + 120)))[:words]
    if not after or norm[end:after[0].start()].strip() or after[0].group().lower().rstrip("'") not in t.determiners:
        return end
    last = end
    for w in after:
        if norm[last:w.start()].strip():
            break  # punctuation between
        last = w.end()
    return last
