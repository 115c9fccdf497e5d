"""The entry point: find_cited_sources runs the steps in order on a sentence and keeps each source once,
in the order of the sentence, as written.
"""

from __future__ import annotations

import regex

from ..actor_tables import search
from .context import WORD_RE, _anonymous, _dotted_end, people_of
from .elsewhere import outlets_elsewhere, whole_name
from .generic import _party_speaks, _unnamed_people, generic_source
from .lines import credit_lines, dash_source, dateline_source, headline_source
from .names import framed_names, phrase_name
from .phrases import citing_phrases, descriptors_after
from .reporting import reporting_sources
from .tables import OutletTables


def find_cited_sources(s, a) -> None:
    """Set a.cited_sources, a.cited_source, a.cited_outlets and a.cited_outlet from a sentence `s` (attribution's
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
        named = named or _cut_off(s.norm, outlets, start, end)  # "selon l'Agence internationale de | l'énergie atomique"
        named = named or _cut_before(s.norm, outlets, start, end)  # "des Kiewer Internationalen | Instituts für Soziologie zufolge"
        named = [_whole_form(s.norm, outlets, o) for o in named]  # "The Anadolu | Agency said": not cut at the phrase's end
        if named:  # "the news agency Reuters", "laut der russischen Staatsagentur Tass vor Reportern"
            whole = [(people_of(s, outlets, o.start, start), *whole_name(s, outlets, o)) for o in named]
            found.extend(whole)
            before = _cited_by(s, outlets, start, min(b for b, _, _ in whole), led)
            if before is not None:  # "según una fuente diplomática | citada por | Efe": who the outlet cites
                found.append((*before, None))
            after = _people_after(s, outlets, max(e for _, e, _ in whole), end, led)
            if after is not None:  # "рассказали РБК | источники в Кремле": the outlet told, then who told it
                found.append((*after, None))
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
            if span is not None and _after_venue(s, outlets, span[0], start):
                span = None  # "selon un communiqué publié sur | le site du Kremlin": where it was published
            if span is not None and inside:
                if _party_speaks(s, outlets, span, inside):
                    # the words the phrase's end cut still describe its people ("un responsable | s'exprimant sous
                    # couvert d'anonymat")
                    if (_unnamed_people(s, span, inside) or _anonymous(s, outlets, span[0], max(span[1], end), chars=0)
                            or _outlet_cites(s, outlets, start)):
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
        found = [_with_its_the(s, outlets, f) for f in found]
    small = s.t.prepositions | s.t.determiners | s.t.genitive | s.t.coordinators
    kept = one_each(s.norm, found, outlets, s.t.prepositions, small)
    a.cited_sources = [as_written(s.text, b, e) for b, e, _ in kept]
    s.outlet_spans = [(b, e) for b, e, _ in kept]
    a.cited_source = a.cited_sources[0] if a.cited_sources else None
    a.cited_outlets = list(dict.fromkeys(name for _, _, name in kept if name))
    a.cited_outlet = a.cited_outlets[0] if a.cited_outlets else None
    covered = [(b, e) for b, e, *_ in s.sources] + [(b, e) for b, e, _ in kept]
    s.in_source = {id(m) for m in s.mentions if any(b <= m.start and m.end <= e for b, e in covered)}
    s.free = [m for m in s.mentions if id(m) not in s.in_source or m in s.source_mentions]
    a.mentions = s.free


def _outlet_cites(s, outlets: OutletTables, start: int) -> bool:
    """Whether a known outlet right before a citing phrase is what cites it, nothing but the words that cite between
    ("Politico | з посиланням на | європейських дипломатів", "der Sender CNN | unter Berufung auf | Regierungsbeamte",
    "«Известий», | ссылающихся на"): the people an outlet cites are kept unnamed by it, a source even where their party
    is named."""
    before = [o for o in outlets.outlets_in(s.norm, max(0, start - 80), start) if o.end <= start]
    if not before:
        return False
    gap = s.norm[before[-1].end:start].strip(" ,\"'«»„“”")
    words = gap.split()
    if not words:
        return False
    cites = [r for r in (outlets.reporting, outlets.cite_words) if r is not None]
    small = s.t.prepositions
    return any(r.fullmatch(text) is not None for r in cites
               for text in dict.fromkeys((gap, " ".join(words[:-1]) if words[-1].lower() in small else gap)) if text)


def _with_its_the(s, outlets: OutletTables, f: tuple[int, int, str | None]) -> tuple[int, int, str | None]:
    """A known outlet with the English "The" of its own name before it, in a sentence of another language,
    where "The" is no article of the language ("Как сообщает | The | Financial Times", "laut | The | Economist"):
    the name whole, as written. In English the capital may only open the sentence, and is left out."""
    b, e, name = f
    if name is None or outlets.lang == "en" or b < 4 or s.norm[b - 4:b] != "The " or (b > 4 and s.norm[b - 5].isalnum()):
        return f
    return (b - 4, e, name)


def _after_venue(s, outlets: OutletTables, at: int, start: int) -> bool:
    """Whether a generic source inside a citing phrase follows, within the phrase, a preposition of place
    (the language's `venues`) after a word: the place a document was published ("un communiqué publié sur |
    le site du Kremlin"), not who reports it."""
    words = list(WORD_RE.finditer(s.norm, start, at))
    return (len(words) >= 2 and outlets.venues is not None and not s.norm[words[-1].end():at].strip()
            and outlets.venues.fullmatch(words[-1].group()) is not None
            and PUBLISHED_RE.fullmatch(words[-2].group()) is not None)


# a word of publishing before a preposition of place ("publié | sur", "posted | on", "опубликовано | на")
PUBLISHED_RE = regex.compile(r"(?:publi\w+|diffus\w+|posted|опубликова\w+|опублікова\w+|pubblicat\w+|veröffentlicht\w*"
                             r"|opublikowan\w+|yayımlan\w+)", regex.IGNORECASE | regex.UNICODE)


def _whole_form(norm: str, outlets: OutletTables, o):
    """A known outlet that a citing phrase's end cut ("The Anadolu | Agency said"), whole: the longest form
    of the lexicon that starts where it does in the sentence."""
    if o.end >= len(norm) or not norm[o.end:o.end + 1].isspace():
        return o
    return next((w for w in outlets.outlets_in(norm[:o.end + 60], o.start) if w.start == o.start and w.end > o.end), o)


def _cut_off(norm: str, outlets: OutletTables | None, start: int, end: int) -> list:
    """A known outlet that starts in a citing phrase and that the pattern's stop before an article cut ("selon
    l'Agence internationale de | l'énergie atomique", "según la Oficina del Alto Comisionado de la ONU para | los
    Derechos Humanos"): the form whole, where no punctuation of the clause stands in what was cut."""
    if outlets is None:
        return []
    return [o for o in outlets.outlets_in(norm[:end + 80], start)
            if o.start < end < o.end and not any(c in norm[end:o.end] for c in ",;:!?")]


def _cut_before(norm: str, outlets: OutletTables | None, start: int, end: int) -> list:
    """A known outlet that ends in a citing phrase whose start the pattern's count of words cut ("Einer Umfrage des
    Kiewer Internationalen | Instituts für Soziologie zufolge"): the form whole, where no punctuation of the clause
    stands in what was cut."""
    if outlets is None:
        return []
    return [o for o in outlets.outlets_in(norm[:end], max(0, start - 80))
            if o.start < start < o.end and not any(c in norm[o.start:start] for c in ",;:!?")]


def _people_after(s, outlets: OutletTables, at: int, end: int, led: bool) -> tuple[int, int] | None:
    """The people after the outlet they told, in a citing phrase of the languages that put the outlet first
    ("рассказали РБК | источники в Кремле", "powiedziały agencji TASS | źródła na Kremlu"): a generic source
    right after it whose noun is no outlet's (not its descriptor: "RIA | haber ajansının"). In the languages with
    articles only after a preposition, those the outlet learned from ("quanto appreso da Reuters | da due funzionari")."""
    span = trimmed_span(s.norm, at, end, ())
    if span is None:
        return None
    span = (_past_the_words_that_cite(s, outlets, span), span[1])  # "Politico | со ссылкой на | немецких дипломатов"
    first = WORD_RE.match(s.norm, span[0])
    if outlets.after is None:  # the languages with articles: only whom it learned from ("appreso da Reuters | da due funzionari")
        if first is None or first.group().lower() not in s.t.prepositions:
            return None
        span = (first.end() + 1, span[1])
        first = WORD_RE.match(s.norm, span[0])
    head = search(outlets.generic, s.norm[:span[1]], span[0])
    if first is None or head is None or head.start() > first.end() + 40:
        return None
    found = generic_source(s, outlets, span, span[0], led)
    if found is None or _names_an_outlet(outlets, s.norm[found[0]:found[1]]) and outlets.descriptors is not None \
            and search(outlets.descriptors, s.norm[found[0]:found[1]]) is not None:
        return None
    if any(m.start < found[1] and found[0] < m.end and m.kind != "adjective" for m in s.mentions) and not _anonymous(s, outlets, *found, chars=0):
        # the people the outlet cites, nothing but the words that cite between ("Financial Times | со ссылкой на |
        # трех европейских дипломатов"), are kept unnamed by it, their party named or not
        if not (_unnamed_people(s, found, [m for m in s.mentions if found[0] <= m.start and m.end <= found[1]])
                or _outlet_cites(s, outlets, found[0])):
            return None
    return found


def _past_the_words_that_cite(s, outlets: OutletTables, span: tuple[int, int], most: int = 4) -> int:
    """Where the people after an outlet begin when the words that cite open the span ("Politico | со ссылкой на |
    немецких дипломатов", "Bloomberg | з посиланням на | двох посадовців"): after the longest run of at most `most`
    words that the language's `cite_before` or `reporting` lists whole; the span's start where none opens it."""
    cites = [r for r in (outlets.cite_words, outlets.reporting) if r is not None]
    words = list(WORD_RE.finditer(s.norm, span[0], span[1]))[:most]
    for w in reversed(words[:-1]):  # never the last word: a source's noun stays after them
        text = s.norm[span[0]:w.end()].strip(" ,")
        if any(r.fullmatch(text) is not None for r in cites):
            rest = s.norm[w.end():span[1]]
            return w.end() + len(rest) - len(rest.lstrip(" ,"))
    return span[0]


def _cited_by(s, outlets: OutletTables, start: int, at: int, led: bool) -> tuple[int, int] | None:
    """The generic source before an outlet that cites it, in one citing phrase ("according to sources | quoted
    by | Reuters", "secondo fonti | citate dalla | Tass", "según una fuente diplomática | citada por | Efe"): a
    word of the language's `ends` between them, and a generic noun before that word."""
    if outlets.ends is None or outlets.generic is None or at <= start:
        return None
    cut = search(outlets.ends, s.norm[:at], start)
    if cut is None or s.norm[cut.end():at].strip(" \t'’\"«„“").strip() and len(s.norm[cut.end():at].split()) > 2:
        return None
    span = trimmed_span(s.norm, start, cut.start(), ())
    if span is None or search(outlets.generic, s.norm[:span[1]], span[0]) is None:
        return None
    found = generic_source(s, outlets, span, start, led)
    if found is None:
        return None
    inside = [m for m in s.mentions if found[0] <= m.start < found[1] and m.kind != "adjective"]
    if inside and not (_anonymous(s, outlets, *found, chars=0) or _unnamed_people(s, found, inside)):
        return None  # "secondo fonti | citate dalla | Tass" cites; "fonti vicine al Cremlino" are still unnamed
    return found


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


def one_each(norm: str, found: list, outlets: OutletTables | None = None,
             prepositions=frozenset(), small=frozenset()) -> list[tuple[int, int, str | None]]:
    """The sources in the order of the sentence, each once: outlets first, then the generic sources
    that neither hold nor stand just before an outlet as its noun ("niemiecki dziennik "Die Welt"", "the
    TASS agency", "według doniesień "Die Welt""), no outlet twice ("Sputnik ... a Sputnik correspondent",
    "... (ISW)"). People with a complement right before the outlet they told are a source of their own
    ("сообщил источник в Кремле «Известиям»"). A descriptor keeps its adjectives in small letters before the
    name ("l'emittente | statale turca | Trt", "telewizja | państwowa | TRT")."""
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
        outlet = next((e for b, e, n in kept if n and f[0] <= b and (_descriptor_gap(norm[f[1]:b])
                                                                    or _adjective_gap(norm[f[1]:b], outlets, small))), None)
        if (outlet is not None
                and (_names_an_outlet(outlets, norm[f[0]:f[1]]) or not _has_complement(norm[f[0]:f[1]], prepositions))
                and not (not _names_an_outlet(outlets, norm[f[0]:f[1]]) and _told_after(norm, outlet, outlets))):
            continue  # the descriptor of the outlet after it: "the newspaper "Die Welt""
        kept.append(f)
        texts.add(text)
    return sorted(kept)


# the platform a channel's noun may name before the channel's own name ("il canale Telegram Rybar")
PLATFORM_RE = regex.compile(r"(?:Telegram|YouTube|TikTok|Instagram|Facebook|X)", regex.UNICODE)


def _told_after(norm: str, at: int, outlets: OutletTables | None) -> bool:
    """Whether a reporting word follows an outlet right after its case ending, as where the people before it
    told it ("müzakerelere yakın kaynaklar | AA | muhabirine söyledi"): the people are no descriptor of it."""
    if outlets is None or outlets.reporting is None:
        return False
    m = regex.match(r"(?:['’]\w{1,4})?[ \t]+(?=\w)", norm[at:at + 40])
    if m is not None and outlets.reporting.match(norm[:at + 60], at + m.end()) is not None:  # "Sabah'a | açıklama yaptı"
        return True
    return _in_the_dative(norm, at, outlets)


# Turkish: an outlet in the dative, by its case ending or its noun's ("CNN|'e,", "Kommersant | gazetesine"), not
# before "göre" ("according to")
TR_DATIVE_RE = regex.compile(r"(?:['’](?:y?[ae]|n[ae])|[ \t]+\w+[ıiuü]n[ae])(?![\w'’])(?![ \t]+göre\b)", regex.UNICODE)


def _in_the_dative(norm: str, at: int, outlets: OutletTables) -> bool:
    """Whether a Turkish outlet stands in the dative, the people before it having told it ("Kremlin'e yakın bir
    kaynak | Kommersant gazetesine, ... söyledi"), its noun a word of `told`: the people are no descriptor of it."""
    if outlets.lang != "tr":
        return False
    m = TR_DATIVE_RE.match(norm, at)
    if m is None:
        return False
    noun = m.group().strip(" \t")
    return noun[:1] in "'’" or (outlets.told is not None and outlets.told.fullmatch(noun) is not None)


def _descriptor_gap(gap: str) -> bool:
    """Whether what stands between a generic noun and the outlet after it leaves the noun its descriptor:
    nothing but spaces and quotes, or the platform of a channel ("the Telegram channel | Telegram | Rybar")."""
    if len(gap) <= 3 and not gap.strip(" \"'"):
        return True
    return len(gap) <= 14 and not PLATFORM_RE.sub("", gap).strip(" \"'")


# at most two words in small letters (adjectives: "statale turca", "publique turque", "państwowa")
ADJECTIVE_GAP_RE = regex.compile(r"[ \t]+(?:\p{Ll}[\w'’-]*[ \t]+){1,2}", regex.UNICODE)


def _adjective_gap(gap: str, outlets: OutletTables | None, small) -> bool:
    """Whether what stands between a descriptor and the outlet after it is its adjectives: one or two words in
    small letters, none of them a small word, a reporting word or a word that ends a source's phrase ("the
    agency | said on Monday | that Reuters ..." is no descriptor's)."""
    if outlets is None or ADJECTIVE_GAP_RE.fullmatch(gap) is None:
        return False
    if outlets.ends is not None and search(outlets.ends, gap) is not None:
        return False  # "una fuente diplomática | citada por | Efe": the outlet cites them
    for w in gap.split():
        if (w.lower() in small or (outlets.reporting is not None and outlets.reporting.fullmatch(w))
                or (outlets.ends is not None and outlets.ends.fullmatch(w))):
            return False
        if outlets.after is not None and outlets.told is not None and outlets.told.fullmatch(w):
            return False  # an outlet's noun in its case, no adjective: "сказал источник | агентству | Интерфакс"
    return True


def _names_an_outlet(outlets: OutletTables | None, phrase: str) -> bool:
    """Whether a generic phrase has a noun of an outlet (the language's `descriptors` or `told`: "the
    newspaper", "телеканал"), not only people ("источник в Кремле", "a senior official"); True where the
    language lists no such nouns."""
    tables = [r for r in (outlets.descriptors, outlets.told) if r is not None] if outlets is not None else []
    return not tables or any(r.search(phrase) is not None for r in tables)


def _has_complement(phrase: str, prepositions) -> bool:
    """Whether a phrase has a complement that a preposition opens after its first word ("источник | в Кремле")."""
    return any(w.lower() in prepositions for w in phrase.split()[1:])


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
