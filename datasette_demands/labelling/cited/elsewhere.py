"""Step 4: the outlets the lexicon knows named anywhere else in the sentence ("Sky News has reported",
"(AFP)", "told Fox News", "Source: Reuters"), whole where the name runs on; never a picture credit.
"""

from __future__ import annotations

import regex

from ..actor_tables import finditer, search
from .context import WORD_RE, _reported_near, people_of
from .names import NAME_JOIN, NAME_WORD, _frames_before
from .tables import Outlet, OutletTables


# a picture credit names the agency that took the photo, not a source of the claim
CREDIT_RE = regex.compile(r"^\W*(?:foto|photo|фото|fot\.)\b|©|\bgetty images\b|\b(?:collage|колаж|коллаж)\w*\s*:",
                          regex.IGNORECASE | regex.UNICODE)


def outlets_elsewhere(s, outlets: OutletTables, found: list) -> list[tuple[int, int, str]]:
    """Outlets the sentence names outside the citing phrases: "Sky News has reported", "(AFP)", "told
    Fox News"; a name that is also a common word only beside a reporting word; not a picture credit."""
    out = []
    credit = CREDIT_RE.search(s.norm) is not None
    for o in outlets.outlets_in(s.norm):
        if any(b < o.end and o.start < e for b, e, _ in found):
            continue
        if _source_label(s, outlets, o.start):
            out.append((o.start, o.end, o.name))  # "Source: AA / name of the reporter", "Kaynak: AA"
            continue
        if SLASH_DATELINE_RE.match(s.norm[:o.start]) and s.norm[o.end:o.end + 1] == "/":
            out.append((o.start, o.end, o.name))  # "МОСКВА, 3 марта. /ТАСС/.", "КИЇВ, 3 березня /Укрінформ/."
            continue
        if credit or s.norm[o.end:o.end + 2].strip().startswith("/") or _after_slash(s.norm, o.start):
            continue  # "Foto: ... /Reuters", "(Michael Kappeler / dpa)"
        if o.context and not (_reported_near(s, outlets, o.start, o.end, own=True) or _cited_before(s, outlets, o.start)
                              or _cited_after(s, outlets, o) or _its_sources(s, outlets, o)):
            continue  # "left the JCC after Russia said": the reporting word is Russia's
        if _topic(s, outlets, o) and not _reported_near(s, outlets, o.start, o.end, own=True):
            continue  # "Russia has banned Politico ...", "Deutsche Welle'nin yayınlarını yasakladı": what is done to it
        out.append((people_of(s, outlets, o.start, 0), *whole_name(s, outlets, o)))
    return out


# Turkish: the genitive ending of an outlet's name ("Anadolu Ajansı|'nın", "AA|'nın")
TR_GENITIVE_RE = regex.compile(r"['’]n?[ıiuü]n[ \t]+", regex.UNICODE)


def _its_sources(s, outlets: OutletTables, o) -> bool:
    """Whether a Turkish outlet in the genitive owns the generic source after it, at most two words before the
    noun, a reporting word right after their phrase ("Anadolu Ajansı'nın | diplomatik kaynaklardan | edindiği
    bilgiye göre", "AA'nın güvenlik kaynaklarından aldığı bilgiye göre"): the outlet cites its sources."""
    if outlets.lang != "tr" or outlets.generic is None or outlets.reporting is None:
        return False
    end = whole_name(s, outlets, o)[0]
    m = TR_GENITIVE_RE.match(s.norm, end)
    if m is None:
        return False
    words = list(WORD_RE.finditer(s.norm, m.end(), min(len(s.norm), m.end() + 80)))[:6]
    head = next((i for i, w in enumerate(words[:3]) if outlets.generic.fullmatch(w.group())), None)
    if head is None or s.norm[m.end():words[head].start()].strip(" \t").count(",") or any(
            c in s.norm[m.end():words[head].end()] for c in ",.;:"):
        return False
    rest = s.norm[words[head].end():words[head].end() + 60]
    return any(len(rest[:r.start()].split()) <= 2 for r in outlets.reporting.finditer(rest))


def _cited_after(s, outlets: OutletTables, o) -> bool:
    """Whether words that cite a name follow an outlet right after its whole name and case ending ("Anadolu
    Ajansı|'na konuşan", "AA|'ya açıklama yapan"): the outlet a speaker told, whoever speaks."""
    return outlets.cite_after is not None and outlets.cite_after.match(s.norm, whole_name(s, outlets, o)[0]) is not None


def _cited_before(s, outlets: OutletTables, start: int) -> bool:
    """Whether words that cite a name stand right before an outlet, its article and descriptor aside ("in an
    interview with | The Associated Press", "told the | AP"): the outlet is cited whoever speaks after."""
    if outlets.cite_before is None:
        return False
    return any(search(outlets.cite_before, b) is not None
               for b, _ in _frames_before(s, outlets, s.norm[max(0, start - 80):start]))


# the agency between slashes of a Russian or Ukrainian dateline, opening the text or after the place in
# capitals and its date ("МОСКВА, 3 марта. /ТАСС/. ...", "КИЇВ, 3 березня /Укрінформ/. ...")
SLASH_DATELINE_RE = regex.compile(r"^\W*(?:\p{Lu}[\p{Lu}\p{M}'-]+(?:[ \t-]+\p{Lu}[\p{Lu}\p{M}'-]+){0,2},[ \t]*[^/\n]{1,25}?)?/$",
                                  regex.UNICODE)


# the end of a credit run: a slash, then at most two capitalised words before the name
CREDIT_SLASH_RE = regex.compile(r"/[ \t]*((?:\p{Lu}[\w-]*[ \t]+){0,2})$", regex.UNICODE)


def _after_slash(norm: str, at: int) -> bool:
    """Whether a name stands in a credit run of slashes, at most two capitalised words after the last one
    ("AP Photo/picture alliance / Partner Deutsche Welle", "(Michael Kappeler / dpa)"): a picture's credit."""
    return CREDIT_SLASH_RE.search(norm[max(0, at - 40):at]) is not None


# a word that may continue a known outlet's name: a joining word and a capitalised word
NAME_RUN_RE = regex.compile(r"[ \t]+(?P<join>" + NAME_JOIN + r"[ \t]+)?(?:[ldLD]['’])?(?P<word>" + NAME_WORD + r")(?!\w)",
                            regex.UNICODE | regex.VERSION0)


def whole_name(s, outlets: OutletTables, o: Outlet) -> tuple[int, str]:
    """(end, canonical name) of a known outlet, whole: where its name runs on by one capitalised word it
    is an edition, a channel or a namesake that the lexicon lacks ("Polsat Morze", "TRT World", "Fox News
    Digital", "Il Giornale di Mantova"), taken as written, with the known outlet's canonical name (none
    where a joining word makes it a namesake: "Il Giornale di Mantova" is another paper); not
    into a party, a date or a generic noun ("Reuters | Monday"), nor into two capitalised words (a
    person's name: "told Fox News | Sean Hannity"); in German, where every noun has a capital, only into
    a word of the language's `titles`."""
    norm = s.norm
    m = NAME_RUN_RE.match(norm, o.end)
    if m is None:
        return o.end, o.name
    word = m.group("word")
    if (NAME_RUN_RE.match(norm, m.end()) is not None
            or any(mm.start < m.end() and m.start("word") < mm.end for mm in s.mentions)
            or (outlets.ends is not None and outlets.ends.fullmatch(word))
            or (outlets.generic is not None and outlets.generic.fullmatch(word))
            or (outlets.lang == "de" and not (outlets.titles is not None and outlets.titles.fullmatch(word)))):
        return o.end, o.name
    return m.end(), (None if m.group("join") else o.name)  # "Il Giornale di Mantova" is another paper


def _source_label(s, outlets: OutletTables, at: int) -> bool:
    """Whether an outlet follows a label of the language's `labels` that opens the sentence with a colon
    ("Source: Reuters", "Kaynak: AA", "Źródło: PAP"): a credit line naming the source."""
    before = s.norm[:at]
    m = LABEL_RE.match(before[before.rfind("\n") + 1:])
    return m is not None and outlets.labels is not None and outlets.labels.fullmatch(m.group(1)) is not None


# a label opening the sentence: one word and a colon ("Source:", "Kaynak:")
LABEL_RE = regex.compile(r"^\W*(\w+)\s*:\s*$", regex.UNICODE)


# punctuation, brackets, quotes or a dash between two words: no longer one clause
CLAUSE_BREAK_RE = regex.compile(r"[,.;:!?()\[\]«»\"“”–—]|\s-\s")


def _topic(s, outlets: OutletTables, o: Outlet) -> bool:
    """Whether a word of the language's `topics` stands beside a known outlet in its clause, within 40
    characters and no punctuation between ("banned | Politico", "bloqueó el acceso a la web de la | BBC",
    "Deutsche Welle | 'nin yayınlarını yasakladı"): the outlet is what the sentence is about, not its source."""
    if outlets.topics is None:
        return False
    lo, hi = max(0, o.start - 40), min(len(s.norm), o.end + 40)
    for m in finditer(outlets.topics, s.norm[lo:hi]):
        b, e = lo + m.start(), lo + m.end()
        gap = s.norm[e:o.start] if e <= o.start else s.norm[o.end:b] if b >= o.end else None
        if gap is not None and not CLAUSE_BREAK_RE.search(gap):
            return True
    return False
