"""What lies around a span, read by several steps: a word, the dotted end of a site's name ("ZN.ua"),
a reporting word near a span, a preposition of place before a generic noun ("wrote on the website"),
the people of an outlet before its name ("собеседники Axios") and the words that keep a source's
people unnamed ("who asked not to be named").
"""

from __future__ import annotations

import regex

from ..actor_tables import finditer, search
from .tables import OutletTables


WORD_RE = regex.compile(r"[\w'-]+", regex.UNICODE)
# what may stand between an outlet's name and the words beside it: spaces and quotes ("«Коммерсанта»")
QUOTE_MARKS = " \"'«»„“”"


def outlet_right_before(norm: str, found: list, at: int):
    """The known outlet of `found` ((start, end, name) triples) that ends right before `at`, nothing but spaces
    and quotes between ("в эфире «Первого канала» | Сергей Лавров"); None where none does."""
    return next(((b, e, n) for b, e, n in found if n is not None and e <= at and not norm[e:at].strip(QUOTE_MARKS)),
                None)


def people_of(s, outlets: OutletTables, at: int, lo: int) -> int:
    """Where a source begins that is the people of an outlet, the outlet in the genitive after them
    ("собеседники Axios", "rozmówcy Bloomberga", "один из источников издания Axios"): the start of
    those words, else `at` (the outlet alone)."""
    if outlets.people is None:
        return at
    words = list(WORD_RE.finditer(s.norm, max(lo, at - 60), at))[-2:]
    start = at
    for w in reversed(words):
        if s.norm[w.end():start].strip(QUOTE_MARKS):
            break  # punctuation between; quotes may stand around the outlet's name ("собеседники «Коммерсанта»")
        if outlets.people.fullmatch(w.group()):
            start = w.start()
            if outlets.leading is not None:
                lead = search(outlets.leading, s.norm[:start], max(0, start - 60))
                if lead is not None:
                    start = lead.start()
            return start
        if not (outlets.generic is not None and outlets.generic.fullmatch(w.group())):
            break  # only the outlet's descriptor may stand between: "rozmówców portalu Onet"
        start = w.start()
    return at


def _venue(outlets: OutletTables, between: str) -> bool:
    """Whether the words between a reporting word and a generic noun are a preposition of place: where
    a speaker wrote ("napisał na portalu", "wrote on the website"), not who reported."""
    return outlets.venues is not None and outlets.venues.fullmatch(between.strip()) is not None


def _anonymous(s, outlets: OutletTables, start: int, end: int, chars: int = 60, told: bool = True) -> bool:
    """Whether a generic phrase has, in its clause, words that keep its people unnamed ("close to the
    matter", "who asked not to be named", "quien solicitó anonimato"): an anonymous source, who is no
    party speaking even where the party is named. An indefinite article opening the phrase ("a senior
    Ukrainian official", "ein Vertreter") counts only where the sentence also names whom they `told` (an
    outlet) or cites them ("according to ..."); one who just said something speaks for the party."""
    if outlets.anonymous is None:
        return False
    return any(m.start() > 0 or told for m in finditer(outlets.anonymous, s.norm[start:end] + _aside(s, outlets, end, chars)))


def _aside(s, outlets: OutletTables, end: int, chars: int) -> str:
    """What follows a phrase and still describes its people: a clause set off by commas (", quien
    solicitó anonimato,"), the words up to the reporting word ("who asked not to be named said"), or those right
    after a reporting word that follows at once ("said | on condition of anonymity")."""
    tail = s.norm[end:end + chars]
    lead = len(tail) - len(tail.lstrip())
    if tail[lead:lead + 1] == ",":
        return tail[:lead + 1] + regex.split(r"[,.;:!?]", tail[lead + 1:], maxsplit=1)[0]
    tail = regex.split(r"[,.;:!?]", tail, maxsplit=1)[0]
    report = search(outlets.reporting, tail) if outlets.reporting is not None else None
    if report is not None and not tail[:report.start()].strip():
        after = tail[report.end():].lstrip()  # the words right after the verb: "said | on condition of anonymity"
        first = WORD_RE.match(after)
        for at in (0,) if first is None else (0, first.end() + 1):  # or after whom: "told reporters | on condition ..."
            m = outlets.anonymous.match(after, at) if outlets.anonymous is not None else None
            if m is not None and m.start() == at:
                return " " + after[at:m.end()]
        return ""
    return tail[:report.start()] if report is not None else tail


def _reported_near(s, outlets: OutletTables, start: int, end: int, chars: int = 40, own: bool = False) -> bool:
    """A reporting word of the language, or a speech verb, that begins within `chars` characters of a span
    (a long word is whole: "... VOA Türkçe'yle paylaştığı"); with `own`, only one that no party or person
    named between the two has as its subject ("left the JCC after Russia said" is Russia's word)."""
    lo, hi = max(0, start - chars), min(len(s.norm), end + chars)
    tail = WORD_RE.match(s.norm, hi)
    hi = tail.end() if tail is not None and hi > 0 and s.norm[hi - 1].isalnum() else hi
    window = s.norm[lo:hi]
    if not own:
        return any(r is not None and search(r, window) is not None for r in (outlets.reporting, s.t.speech))
    for r in (outlets.reporting, s.t.speech):
        for m in finditer(r, window) if r is not None else ():
            at = lo + m.start()
            b, e = (at, start) if at < start else (end, at)
            if not any(b <= mm.start and mm.end <= e for mm in s.mentions):
                return True
    return False


DOTTED_RE = regex.compile(r"(?:\.\w+)+", regex.UNICODE)  # the dotted parts of a site's name: ".ua", ".com.ua"


def _dotted_end(norm: str, end: int) -> int:
    """A name's end past the dotted parts that a pattern's stop at a full stop cut off ("citing ZN|.ua"):
    a site's name is whole with its domain."""
    m = DOTTED_RE.match(norm, end)
    return m.end() if m is not None else end
