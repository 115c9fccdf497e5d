"""Cited sources: the outlets and channels a sentence attributes a claim to, whole, and their canonical names.

A cited source is an outlet, agency, newspaper, broadcaster, institute or channel ("according to
Reuters", "RIA Novosti reported", "citing a Ukrainian diplomatic source"), written as in the
sentence: the whole name, never a date, a verb phrase, a pronoun, a common noun or a holder.
The work happens in this order:

1. the phrases that cite, found by the `cited_sources` patterns of rules/actors.yml ("according to
   ...", "laut ...", "по словам ..."); a phrase naming a party ("according to Peskov") is the party
   speaking, a holder, and not a source;
2. in each phrase, the outlets the lexicon knows (rules/outlets.yml): the outlet's own words
   ("the news agency Reuters" cites "Reuters");
3. else the phrase is a source only when its head is a generic source noun of the language ("a
   source close to the talks", "fonti diplomatiche"), cut where a time, a date or an audience begins
   ("vor Journalisten"); a person's name, a date or a common noun after "according to" is no source;
4. the outlets named anywhere else in the sentence ("Sky News has reported", "(AFP)", "told Fox
   News"); a name that is also a common word (`context: true`) only beside a reporting word that is its
   own; a dateline's agency ("KYIV (Frontline Wire) -") and the source after a headline's closing dash
   ("..., — WP").

`cited_sources` are all of them in the order of the sentence; `cited_source` the first, and
`cited_outlet` the canonical name of the first that the lexicon knows.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ..rulebook.cache import compile_pattern
from ..rulebook.patterns import PATTERN_FLAGS
from .actor_tables import finditer, search
from .normalise import normalise

# an outlet form's word may take an ending of up to this many letters where it ends in `*`
ENDING = r"\w{0,4}"
WORD_RE = regex.compile(r"[\w'-]+", regex.UNICODE)
# a picture credit names the agency that took the photo, not a source of the claim
CREDIT_RE = regex.compile(r"^\W*(?:foto|photo|фото|fot\.)\b|©|\bgetty images\b|\b(?:collage|колаж|коллаж)\w*\s*:",
                          regex.IGNORECASE | regex.UNICODE)
# words a generic source phrase may take after its noun: "a source close to the talks", "familiar with ..."
COMPLEMENT_WORDS = 6
FORM_FLAGS = regex.UNICODE | regex.VERSION0


@dataclass
class Outlet:
    start: int
    end: int
    name: str  # canonical
    context: bool


class OutletTables:
    """The outlet lexicon compiled for one language: one case-sensitive alternation of every form, the
    canonical name of each, and the language's generic source nouns and phrase ends."""

    def __init__(self, book: dict, lang: str | None):
        self.lang = lang
        entries = []  # (pattern, canonical, context)
        for outlet in book.get("outlets") or []:
            for form in outlet["forms"]:
                entries.append((form_pattern(form), outlet["name"], bool(outlet.get("context"))))
        # longest forms first: "Interfax-Ukraine" before "Interfax", "RIA Novosti" before "RIA"
        entries.sort(key=lambda e: -len(e[0]))
        # each form's own pattern is compiled when a name is looked up (canonical()); all compile through
        # the start-up cache, so the nine languages share them and the next run unpickles them
        self.entries = entries
        # not the first part of a longer name in capitals ("ТАСС-ДОСЬЕ", the agency's reference desk);
        # "Ukrinform-Korrespondentin" names the agency
        self.any = (compile_pattern(r"(?<![\w-])(?:" + "|".join(p for p, _, _ in entries) + r")(?![\w]|-\p{Lu}\p{Lu})",
                                    FORM_FLAGS) if entries else None)
        lists = (book.get("languages") or {}).get(lang) or {}
        # nouns of people who are a source only where they stay unnamed ("un funcionario que pidió anonimato")
        self.unnamed = _words_re(lists.get("unnamed"))
        self.generic = _words_re((lists.get("generic") or []) + (lists.get("unnamed") or []))
        self.reporting = _words_re(lists.get("reporting"))
        self.ends = _words_re(lists.get("ends"))
        self.pronouns = _words_re(lists.get("pronouns"))
        self.modifiers = _words_re(lists.get("modifiers"))
        self.after = _words_re(lists.get("after"))
        self.adjectives = _words_re((lists.get("after") or []) + (lists.get("adjectives") or []))
        self.people = _words_re(lists.get("people"))
        self.venues = _words_re(lists.get("venues"))
        self.audiences = _ending_re(lists.get("audiences"))
        # generic nouns of outlets that a speaker tells ("told Russian state television"): the source, no audience
        self.told = _words_re(lists.get("told"))
        # the words between a reporting word and the generic source after it (an agent's preposition, times),
        # a run of them ending a text
        self.between = (compile_pattern(r"(?<!\w)(?:(?:" + "|".join(f"(?:{p})" for p in lists["between"]) + r")\s+)+$",
                                        PATTERN_FLAGS) if lists.get("between") else None)
        self.anonymous = _words_re(lists.get("anonymous"))
        self.labels = _words_re(lists.get("labels"))
        # articles the annotators leave out of a generic source ("selon les médias russes": "médias russes")
        self.no_article = {w.lower() for w in lists.get("no_article") or []}
        # a source by its frame: the words right before a name that cite it ("told", "in an interview with"),
        # right after it ("reported", "сообщает"), the nouns that name an outlet before its name ("the
        # newspaper", "телеканал"), the words that make a name an outlet's ("News", "Radio"), and the openers
        # of citing phrases whose name is a person ("по словам", "zdaniem")
        self.cite_before = _ending_re(lists.get("cite_before"))
        self.cite_after = (compile_pattern(r"\s*(?:" + "|".join(f"(?:{p})" for p in lists["cite_after"]) + r")(?!\w)",
                                           PATTERN_FLAGS) if lists.get("cite_after") else None)
        self.descriptors = _words_re(lists.get("descriptors"))
        self.descriptor_end = _ending_re(lists.get("descriptors"))
        self.titles = _words_re(lists.get("titles"))
        self.cite_words = _words_re(lists.get("cite_before"))
        # any of the frames' words, for a first look at a sentence: a name far from all of them is no source
        self.frame_words = _words_re((lists.get("cite_before") or []) + (lists.get("descriptors") or [])
                                     + [p.lstrip("'’[]") for p in lists.get("cite_after") or []])
        self.speakers = _ending_re(lists.get("speakers"))
        # the words that may open a source's phrase before its noun and modifiers, ending right before them
        self.leading = (compile_pattern(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in lists["leading"]) + r")\s+$",
                                        PATTERN_FLAGS) if lists.get("leading") else None)

    def outlets_in(self, norm: str, start: int = 0, end: int | None = None) -> list[Outlet]:
        """The outlets named in norm[start:end], with their canonical names."""
        if self.any is None:
            return []
        end = len(norm) if end is None else end
        found = []
        for m in finditer(self.any, norm[:end]):
            if m.start() < start:
                continue
            name, ctx = self.canonical(m.group())
            found.append(Outlet(m.start(), m.end(), name, ctx))
        return found

    def named(self, written: str) -> str | None:
        """The canonical name of an outlet written whole in any case ("pap" on a credit line), or None."""
        for pattern, name, _ in self.entries:
            if compile_pattern(pattern, FORM_FLAGS | regex.IGNORECASE).fullmatch(written):
                return name
        return None

    def canonical(self, written: str) -> tuple[str, bool]:
        """(canonical name, context flag) of a form as written."""
        for pattern, name, ctx in self.entries:
            if compile_pattern(pattern, FORM_FLAGS).fullmatch(written):
                return name, ctx
        return written, False


def _words_re(patterns):
    """One case-insensitive alternation of word patterns, matched as whole words (None for none)."""
    if not patterns:
        return None
    return compile_pattern(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)", PATTERN_FLAGS)


def _ending_re(patterns):
    """One case-insensitive alternation of phrases that must end a text, a space after them (None for none)."""
    if not patterns:
        return None
    return compile_pattern(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s+$", PATTERN_FLAGS)


@functools.lru_cache(maxsize=None)
def form_pattern(form: str) -> str:
    """A lexicon form as a regex: its words as written, a `*` at a word's end allowing an ending."""
    words = []
    for w in normalise(form).split():
        words.append(regex.escape(w[:-1]) + ENDING if w.endswith("*") else regex.escape(w))
    return r"\s+".join(words)


def compile_outlets(book: dict, lang: str | None) -> OutletTables | None:
    """The lexicon for one language, or None when the rulebook has none."""
    return OutletTables(book, lang) if book else None


# --- the steps, in the order the work happens -------------------------------------------


def find_cited_sources(s, a) -> None:
    """Set a.cited_sources, a.cited_source and a.cited_outlet from a sentence `s` (attribution's
    _Sentence); mark the party mentions inside a citing phrase or an outlet name (s.source_mentions,
    s.in_source, s.free)."""
    outlets: OutletTables | None = getattr(s.t, "outlets", None)
    s.sources = citing_phrases(s)
    found: list[tuple[int, int, str | None]] = []  # (start, end, canonical or None)
    for start, end, phrase, strip, led in s.sources:
        inside = [m for m in s.mentions if start <= m.start and m.end <= end and m.kind != "adjective"]
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


# the words between a known outlet and the descriptor after it: none, or one word in small letters
# ("Reuters | news | agency", "RIA | haber | ajansının")
DESCRIPTOR_GAP_RE = regex.compile(r"[ \t]+(?:\p{Ll}[\w-]*[ \t]+)?", regex.UNICODE)


def descriptors_after(s, outlets: OutletTables, found: list) -> list[tuple[int, int, str | None]]:
    """Without the generic noun that stands right after a known outlet and describes it ("the Reuters news
    agency reported", "Rus RIA haber ajansının haberine göre", "TASS sources"): the outlet is the source,
    its descriptor no second one."""
    if outlets.generic is None:
        return found
    norm, kept = s.norm, []
    for b, e, n in found:
        if n is None and any(name is not None and _descriptor_of(s, outlets, b, e, ob, oe) for ob, oe, name in found):
            continue
        kept.append((b, e, n))
    return kept


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
            if any(start <= p0 and p1 <= end and not _source_before(s, start, p0) for p0, p1 in s.position):
                continue  # a document ("secondo il piano americano"): a frame, not a source
            found.append((start, end, phrase, strip, m.start() < start))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    spans = []
    for f in found:
        if spans and f[0] < spans[-1][1]:
            continue
        spans.append(f)
    return spans


# a proper name: a name in quotes, or capitalised words (an abbreviation, a number after the first:
# "Channel 9") with the small words that join them ("Courrier de Lyon", "Voz del Pacífico")
NAME_WORD = r"\p{Lu}[\p{L}\p{M}\d&-]*(?:\.\p{L}+)*(?:['’]\p{Lu}[\p{L}\p{M}\d&-]*)?"
NAME_JOIN = (r"(?:of|for|the|on|and|de|du|des|del|della|dello|dei|di|da|do|la|le|el|los|las|der|die|das|am|an|im|"
             r"und|y|e|et|z|ze|znad|na|nad|w|&)")
NAME_RE = regex.compile(
    r"(?<![\w«„“\"])(?:(?P<quoted>[«„“\"][^«»„“”\"\n]{1,60}?[»“”\"])"
    r"|(?:\d+[ \t]+)?" + NAME_WORD + r"(?:[ \t]+(?:" + NAME_JOIN + r"[ \t]+)?(?:[ldLD]['’])?(?:" + NAME_WORD + r"|\d+(?![\w.,]\d)))*(?!\w))",
    regex.UNICODE | regex.VERSION0)
ELIDED_NAME_RE = regex.compile(r"\w{1,2}['’]\p{Lu}", regex.UNICODE)  # "l'Ain", "d'Italia"
# an abbreviation ("KNTV", "RBC-24"), or one word ending in one ("ІншеТВ", "EspresoTV"), as an outlet's name
ABBREVIATION_RE = regex.compile(r"^(?:\p{Lu}[\p{Lu}\d.&-]+|\p{Lu}+\d+\w*|\p{Lu}\p{Ll}+\p{Lu}{2,})$", regex.UNICODE)


def phrase_name(s, outlets: OutletTables, span: tuple[int, int], phrase_start: int) -> tuple[int, int] | None:
    """A citing phrase that is a proper name, not a holder's: "according to the Baltic Courier" cites
    "Baltic Courier", "по данным «Северного вестника»" the newspaper; not a person after words that quote
    one ("по словам Ивана Петрова"), a party, a date, or a name followed by more words of the phrase
    ("according to Western intelligence")."""
    if outlets.speakers is not None and search(outlets.speakers, s.norm[:phrase_start], max(0, phrase_start - 40)):
        return None
    end = span[1]
    raw = phrase_start + len(s.norm[phrase_start:end]) - len(s.norm[phrase_start:end].lstrip(" \"'"))
    for begin in dict.fromkeys((raw, span[0])):  # as written ("secondo Il Giornale di Brescia"), then as the pattern trimmed it
        start, described = _after_descriptor(s, outlets, begin, end)
        m = NAME_RE.match(s.norm, start, end)
        if m is None:
            continue
        name = valid_name(s, outlets, m.start(), m.end(), described=described)
        if name is None:
            continue
        rest = s.norm[name[1]:end].strip(" ,\"'»“”")
        if rest and not (outlets.ends is not None and outlets.ends.match(rest)):
            return None  # more words of the phrase: "Western intelligence", "Kyiv's demands"
        return with_capital_article(s, *name), name[1]
    return None


def _after_descriptor(s, outlets: OutletTables, start: int, end: int) -> tuple[int, bool]:
    """Where a name begins after the article and the outlet's descriptor before it ("the Telegram channel |
    Frontline", "телеканал | «Волга-24»", "Das Nachrichtenportal | Spreeblick"), and whether a descriptor was
    there; a capitalised article stays with the name ("Le Courrier de Lyon")."""
    described = False
    while True:
        d = WORD_RE.match(s.norm, start)
        lead = _descriptor_at(outlets, s.norm, start, end)
        if lead is not None:
            described = True
        elif d is not None and d.group().lower() in s.t.determiners and s.norm[d.end():d.end() + 1] == " ":
            after = _descriptor_at(outlets, s.norm, d.end() + 1, end, capital=True)
            if after is not None:
                lead, described = after, True
            elif d.group()[:1].islower():
                lead = d.end() + 1
        if lead is None:
            return start, described
        start = lead


def with_capital_article(s, start: int, end: int) -> int:
    """Where a name begins with the article before it, where the article's capital shows it is part of
    the name inside a sentence ("selon Le Courrier de Lyon", "según El Heraldo del Sur"); at the
    sentence's start an article is no part of it."""
    m = regex.search(r"(?<!\w)(\p{Lu}[\w']*?)(['’]|\s+)$", s.norm[max(0, start - 12):start])
    if m is None:
        return start
    at = max(0, start - 12) + m.start(1)
    word = m.group(1).lower()
    if word not in s.t.determiners and word.rstrip("'") not in s.t.determiners:
        return start
    return at if s.norm[:at].strip() else start


def _descriptor_at(outlets: OutletTables, norm: str, start: int, end: int, capital: bool = False) -> int | None:
    """Where a name begins after an outlet's descriptor opening norm[start:end] ("the newspaper |", "канал |");
    one with a capital only after an article (`capital`: "dem Sender | Radio Elbe") and where it is no word
    of a name itself ("Radio Meseta")."""
    if outlets.descriptors is None:
        return None
    m = outlets.descriptors.match(norm, start, end)
    if m is None or norm[m.end():m.end() + 1] != " ":
        return None
    if not _lowercase_descriptor(m.group()) and not (capital and not _title_word(outlets, m.group())):
        return None
    return m.end() + 1


def _title_word(outlets: OutletTables, text: str) -> bool:
    """Whether a descriptor is also a word of names ("Radio", "TV", "Canal")."""
    return outlets.titles is not None and outlets.titles.fullmatch(text) is not None


def valid_name(s, outlets: OutletTables, start: int, end: int, described: bool = False) -> tuple[int, int] | None:
    """A proper name as a source: cut before a party it runs into ("Radia Bałtyk | Kijów") and before a date
    ("Nordic Wire | Tuesday"); None for a party or a person of actors.yml, a date, a generic noun, or two or
    three capitalised words that are a person's name rather than an outlet's (no word of the language's
    `titles`, no quotes, no abbreviation, no descriptor before them: "John Miller")."""
    norm = s.norm
    quoted = norm[start] in "«„“\""
    for mm in s.mentions:
        if start <= mm.start < end or mm.start < start < mm.end:
            if mm.start <= start:
                return None  # "Zelensky", "the Kremlin": a holder speaks
            if not (described or _joined_place(s, outlets, start, mm.start)):
                end = mm.start  # "Radia Bałtyk | Kijów"; after a descriptor it is in the name ("podcastu Szczyt Europy")
    if not quoted:
        if outlets.ends is not None:
            cut = search(outlets.ends, norm[:end], start)
            if cut is not None:
                end = cut.start()
        words = list(WORD_RE.finditer(norm, start, end))
        if len(words) > 1 and not norm[:start].strip() and words[0].group().lower() in s.t.determiners:
            start = words.pop(0).end() + 1  # "The Kharkiv Observer reported": the article opening the sentence
        while words and ((words[-1].group()[:1].islower() and not ELIDED_NAME_RE.match(words[-1].group()))
                         or words[-1].group().isdigit() and len(words) == 1):
            words.pop()  # a joining word it ended on
        if not words:
            return None
        end = words[-1].end()
        if len(words) == 1 and (words[0].group().lower() in s.t.determiners
                                or (outlets.generic is not None and outlets.generic.fullmatch(words[0].group()))
                                or (outlets.pronouns is not None and outlets.pronouns.fullmatch(words[0].group()))):
            return None  # "The", "Media", "Sources": no name
        caps = [w.group() for w in words if w.group()[:1].isupper()]
        titled = outlets.titles is not None and any(outlets.titles.fullmatch(w.group()) for w in words)
        titled = titled or (outlets.descriptors is not None and any(outlets.descriptors.fullmatch(w.group()) for w in words))
        if not (described or titled or any(ABBREVIATION_RE.match(w) for w in caps)):
            return None  # "John Miller", "Umérov", "Ивана Петрова", "der Minister": a person or a common noun
    else:
        inner = norm[start + 1:end - 1]
        if regex.match(r"\s*(?:\p{Lu}|\d+\s+\p{Lu})", inner) is None:
            return None  # a quoted phrase, not a name
    return (start, end) if end > start else None


JOINED_RE = regex.compile(r"[ \t]+" + NAME_JOIN + r"[ \t]+(?:[ldLD]['’])?$|[ \t]+[ldLD]['’]$", regex.UNICODE | regex.VERSION0)


def _joined_place(s, outlets: OutletTables, start: int, at: int) -> bool:
    """Whether a place a name runs into is joined to an outlet's word before it ("Giornale d'|Italia",
    "Gazzetta del | Sud", "Herald of | Ukraine"): part of the name, not a party cutting it."""
    m = JOINED_RE.search(s.norm, start, at)
    if m is None:
        return False
    return outlets.titles is not None and any(outlets.titles.fullmatch(w.group())
                                              for w in WORD_RE.finditer(s.norm, start, m.start()))


def framed_names(s, outlets: OutletTables, found: list) -> list[tuple[int, int, str | None]]:
    """The proper names a frame makes sources outside the citing phrases: after words that cite them
    ("told Radio Carpathia", "in an interview with Tele Etna", "в интервью «Радио Балтика»"), before words
    that report ("Nordic Wire reported", "«Уральский курьер» пишет"), or after an outlet's descriptor near a
    reporting word ("the Telegram channel Frontline Notes"). A name replaces a generic source it stands
    in or right after ("dem Sender | Radio Elbe")."""
    if outlets.cite_before is None and outlets.cite_after is None and outlets.descriptor_end is None:
        return found
    norm, added = s.norm, []
    if outlets.frame_words is None:
        return found
    frames = [(f.start(), f.end()) for f in finditer(outlets.frame_words, norm)]
    for m in _names_near(norm, frames):
        start, end = m.span()
        f = outlets.cite_words.match(norm, start) if outlets.cite_words is not None else None
        if f is not None and f.end() < end:  # the frame's word opening the sentence with its capital: "Selon | La Voix"
            m = NAME_RE.match(norm, f.end() + len(norm[f.end():end]) - len(norm[f.end():end].lstrip()))
            if m is None:
                continue
            start, end = m.span()
        if not any(b <= start + 1 and start - e <= 60 or 0 <= b - end <= 3 for b, e in frames):
            continue  # no frame's word before it, at it or right after it
        if any(b < end and start < e and n is not None for b, e, n in found):
            continue  # an outlet the lexicon knows
        d = outlets.descriptors.match(norm, start) if outlets.descriptors is not None else None
        if d is not None and _lowercase_descriptor(d.group()):
            continue  # "Telegram channel", "Telegram-канал": the descriptor before a name
        # a descriptor with a capital opening the name, at the sentence's start or after an article:
        # "Agencja Rutera ustaliła", "dem Sender Radio Elbe", "Das Nachrichtenportal Spreeblick"; not "Radio Meseta"
        first, at = WORD_RE.match(norm, start), start
        if first is not None and first.end() < end and first.group().lower() in s.t.determiners and not norm[:start].strip():
            at = first.end() + 1
        lead = regex.search(r"(\w+)\s+$", norm[max(0, start - 20):start])
        cut = _descriptor_at(outlets, norm, at, end, capital=True)
        opening = cut is not None and cut < end and (at > start or not norm[:start].strip() or (
            lead is not None and lead.group(1).lower() in s.t.determiners))
        if opening:
            start = cut
        befores = _frames_before(s, outlets, norm[max(0, start - 80):start])
        described = opening or (len(befores) > 1 and befores[-1][1])
        framed = ((outlets.cite_before is not None and any(search(outlets.cite_before, b) for b, _ in befores))
                  or (outlets.cite_after is not None and outlets.cite_after.match(norm, end) is not None))
        if not (framed or described and _reported_near(s, outlets, start, end)):
            continue
        if outlets.outlets_in(norm, start, end):
            continue  # a name the lexicon knows, and did not take here ("журналісти Вільного Радіо")
        if described and not framed and not opening and outlets.venues is not None:
            last = regex.search(r"(\w+)\s*$", befores[-1][0])
            if last is not None and outlets.venues.fullmatch(last.group(1)):
                continue  # where a speaker wrote: "napisał na portalu Truth Social"
        if (outlets.speakers is not None and not described
                and search(outlets.speakers, norm[:start], max(0, start - 40)) is not None):
            continue
        if not described and start == len(norm) - len(norm.lstrip()) and not m.group("quoted"):
            first = WORD_RE.match(norm, start)
            if first is not None and first.end() == end and not ABBREVIATION_RE.match(first.group()):
                continue  # one capitalised word opening the sentence may be any word: "Officials reported"
        name = valid_name(s, outlets, start, end, described=described)
        if name is None:
            continue
        if any(b < name[1] and name[0] < e for b, e, _ in added):
            continue
        added.append((with_capital_article(s, *name), _dotted_end(norm, name[1]), None))
    if not added:
        return found
    kept = []
    for b, e, n in found:
        if n is None and any(b < ne and nb < e or (e <= nb and not norm[e:nb].strip(" \"'«„“")) for nb, ne, _ in added):
            continue  # the descriptor before the name, or a phrase it stands in
        if n is None and any(e <= nb and nb - e <= 3 for nb, ne, _ in added):
            continue
        kept.append((b, e, n))
    return kept + added


def _names_near(norm: str, frames: list[tuple[int, int]]) -> list:
    """The proper names of a sentence that stand near a frame's words (80 characters either side), each
    once: only there can one be a source, and a sentence without frames is not scanned at all."""
    names, seen, reach = [], set(), 0
    for b, e in frames:
        lo, hi = max(0, b - 80, reach), min(len(norm), e + 80)
        if lo >= hi:
            continue
        back = max(0, lo - 60)  # a name that began before the window
        for m in NAME_RE.finditer(norm, back, min(len(norm), hi + 60)):
            if m.end() > lo and m.start() not in seen:
                seen.add(m.start())
                names.append(m)
        reach = hi
    return sorted(names, key=lambda m: m.start())


def _frames_before(s, outlets: OutletTables, before: str) -> list[tuple[str, bool]]:
    """The text before a name, then without its article and its outlet's descriptor in turn ("told | the |
    newspaper | Danube Post"), each with whether a descriptor was taken off."""
    out, described = [(before, False)], False
    for _ in range(3):
        article = regex.search(r"(?<!\w)(\w+)\s+$", before)
        d = search(outlets.descriptor_end, before) if outlets.descriptor_end is not None else None
        if d is not None and not described and _lowercase_descriptor(d.group()):
            before, described = before[:d.start()], True
        elif article is not None and article.group(1).lower() in s.t.determiners:
            before = before[:article.start(1)]
        else:
            break
        out.append((before, described))
    return out


def _lowercase_descriptor(text: str) -> bool:
    """Whether a descriptor is written as a common noun ("the newspaper", "Telegram channel",
    "Telegram-канал"), not as the first word of a name ("Radio Alpes")."""
    return regex.search(r"(?:^|[\s-])\p{Ll}", text.strip()) is not None


def _source_before(s, start: int, at: int) -> bool:
    """Whether a generic source noun stands in a phrase before a document's noun: "people briefed on
    the plan" is a source, "the American plan" a document."""
    outlets = getattr(s.t, "outlets", None)
    return (outlets is not None and outlets.generic is not None
            and search(outlets.generic, s.norm[start:at]) is not None)


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


def generic_source(s, outlets: OutletTables, span: tuple[int, int], phrase_start: int,
                   led: bool = True) -> tuple[int, int] | None:
    """An anonymous or collective source in a citing phrase ("a source close to the talks", "Russian
    media"): the phrase up to where a time or an audience begins, with its article, when a generic
    source noun stands in it; None for anything else (a person, a date, a verb phrase, a common noun)."""
    if outlets.generic is None:
        return None
    start, end = span
    end = phrase_end(s, outlets, start, end)
    # in the whole sentence from the span on, so that a noun may ask for its frame before it ("according
    # to | reports", "según los | informes")
    head = search(outlets.generic, s.norm[:end], start)
    if head is None or _after_pronoun(s, outlets, head.start(), phrase_start):
        return None
    np_start, np_end = _noun_phrase(s, outlets, head.start(), head.end())
    nxt = WORD_RE.search(s.norm, np_end, end)
    if nxt is not None and not s.norm[np_end:nxt.start()].strip() and nxt.group().lower() in s.t.determiners:
        end = np_end  # an article begins the clause: "nach Angaben aus Verhandlungskreisen | die Anerkennung ..."
    elif outlets.after is not None or (outlets.adjectives is None and nxt is not None
                                       and not s.norm[np_end:nxt.start()].strip() and nxt.group()[:1].islower()):
        # the phrase ends with its noun, its adjectives and its complement: "według unijnych źródeł | stanowi
        # ...", "laut Medienberichten | dauerte ...", "nach Angaben eines westlichen Diplomaten | wird ..."
        end = min(end, _genitive_after(s, outlets, np_end, end))
    if np_end > end and s.norm[end:np_end].lstrip().startswith(","):
        end = np_end  # a participle set off by a comma: "три источника, знакомые с этим вопросом"
    before = list(WORD_RE.finditer(s.norm, start, np_start))
    if before and before[-1].group().lower().rstrip("'") in s.t.genitive | s.t.prepositions:
        return (np_start, end)  # "the latest report of the atomic agency": the agency is the source
    if not led and any(_stray(s, outlets, w) for w in before):
        start = np_start  # the pattern took words of the clause: "USA schlagen Medienberichten zufolge", "1,200 per side, sources said"
    start = _with_article(s, start, phrase_start)
    return (start, end) if end > start else None


def _genitive_after(s, outlets: OutletTables, np_end: int, end: int) -> int:
    """Where a source's phrase ends that a genitive closes, in the languages without articles (`after`): the
    whole rest of a citing phrase that ends at punctuation, when it is at most two adjectives and one noun
    ("з посиланням на джерела | турецького уряду.", "powołując się na urzędnika | tureckiego rządu."); a verb
    or more words are the clause ("według unijnych źródeł | stanowi kluczowy krok"). `np_end` otherwise."""
    if outlets.after is None or end <= np_end:
        return np_end
    rest = s.norm[end:].lstrip(" \"'»”")
    if rest and rest[0] not in ",.;:!?)\n":
        return np_end  # the phrase runs on into the clause
    words = list(WORD_RE.finditer(s.norm, np_end, end))
    if not 1 <= len(words) <= 3 or s.norm[np_end:end].strip(" ").count(" ") != len(words) - 1:
        return np_end
    if any(ch in s.norm[np_end:end] for ch in ",;:()\"«»"):
        return np_end
    if any(outlets.after.fullmatch(w.group()) is None for w in words[:-1]):
        return np_end  # only adjectives before the last noun
    last = words[-1].group()
    if (outlets.after.fullmatch(last) or last.lower() in s.t.prepositions
            or (outlets.reporting is not None and outlets.reporting.fullmatch(last))):
        return np_end
    return words[-1].end()


def _stray(s, outlets: OutletTables, word) -> bool:
    """Whether a word before a generic noun's phrase belongs to no list of sources ("German, French,
    and other ... sources" do): a verb, a number, a preposition."""
    w, t = word.group(), s.t
    low = w.lower()
    if w[:1].isupper() or low in t.determiners or low in t.coordinators:
        return False
    return not (outlets.modifiers is not None and outlets.modifiers.fullmatch(w))


def _party_speaks(s, outlets: OutletTables, span: tuple[int, int], mentions) -> bool:
    """Whether a phrase naming a party is the party speaking (a holder) rather than a source: its generic
    noun is a party noun of actors.yml ("Ukrainian diplomats", "officials in Kyiv") with a party named
    before it. "a Kremlin source" and "a source in the Ukrainian delegation" are sources."""
    head = search(outlets.generic, s.norm[span[0]:span[1]])
    if head is None:
        return True
    h0, h1 = span[0] + head.start(), span[0] + head.end()
    people = any(p0 < h1 and h0 < p1 for p0, p1 in s.party)
    return people and any(m.start <= h0 for m in mentions)


def _unnamed_people(s, span: tuple[int, int], mentions) -> bool:
    """Whether people of a party (_party_speaks) are still a source: people of a party named nowhere else
    in the sentence ("Turkish officials said the delegation arrived", "according to a Ukrainian official,
    Russia's delegation demanded ..."); "Ukrainian diplomats said Kyiv rejects ..." is the party speaking
    (a holder's spokespeople are no source)."""
    codes = {c for m in mentions for c in m.codes}
    return not any(set(m.codes) & codes for m in s.mentions if not (span[0] <= m.start and m.end <= span[1]))


def phrase_end(s, outlets: OutletTables, start: int, end: int) -> int:
    """Where a source's phrase ends: before the first of the language's `ends` after its first word,
    and on a content word ("russischen Nachrichtenagenturen vor" -> "... Nachrichtenagenturen")."""
    if outlets.ends is not None:
        first = WORD_RE.search(s.norm, start, end)
        cut = search(outlets.ends, s.norm[:end], first.end() if first else start)
        if cut is not None:
            end = cut.start()
    t = s.t
    small = t.prepositions | t.determiners | t.genitive | t.coordinators
    words = list(WORD_RE.finditer(s.norm, start, end))
    while words and words[-1].group().lower() in small:
        end = words[-1].start()
        words.pop()
    return len(s.norm[:end].rstrip(" ,\"'-(")) if words else start


def _after_pronoun(s, outlets: OutletTables, head_start: int, lo: int) -> bool:
    """Whether the word before a generic noun is a pronoun ("its sources", "свои источники")."""
    if outlets.pronouns is None:
        return False
    before = list(WORD_RE.finditer(s.norm, lo, head_start))
    return bool(before) and outlets.pronouns.fullmatch(before[-1].group()) is not None


def _with_article(s, start: int, lo: int) -> int:
    """A generic source keeps its article ("the source", "des sources", "la fonte"), but for one of the
    language's `no_article` ("selon les | médias russes")."""
    before = list(WORD_RE.finditer(s.norm, lo, start))
    outlets = getattr(s.t, "outlets", None)
    small = (s.t.determiners | s.t.genitive) - (outlets.no_article if outlets is not None else set())
    if before and before[-1].group().lower() in small and not s.norm[before[-1].end():start].strip():
        return before[-1].start()
    return start


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
        if credit or s.norm[o.end:o.end + 2].strip().startswith("/") or _after_slash(s.norm, o.start):
            continue  # "Foto: ... /Reuters", "(Michael Kappeler / dpa)"
        if o.context and not (_reported_near(s, outlets, o.start, o.end, own=True) or _cited_before(s, outlets, o.start)):
            continue  # "left the JCC after Russia said": the reporting word is Russia's
        out.append((people_of(s, outlets, o.start, 0), *whole_name(s, outlets, o)))
    return out


def _cited_before(s, outlets: OutletTables, start: int) -> bool:
    """Whether words that cite a name stand right before an outlet, its article and descriptor aside ("in an
    interview with | The Associated Press", "told the | AP"): the outlet is cited whoever speaks after."""
    if outlets.cite_before is None:
        return False
    return any(search(outlets.cite_before, b) is not None
               for b, _ in _frames_before(s, outlets, s.norm[max(0, start - 80):start]))


def _told_before(s, outlets: OutletTables, start: int) -> bool:
    """Whether words that cite stand before a phrase, at most two words of it aside ("told | Russian state
    television", "сказал | российскому | телевидению", "dijo a | la televisión"): the speaker told it."""
    if outlets.cite_before is None:
        return False
    small = s.t.determiners | s.t.prepositions | s.t.genitive
    ats = ([w.start() for w in list(WORD_RE.finditer(s.norm, max(0, start - 40), start))[-2:]]
           + [w.start() for w in list(WORD_RE.finditer(s.norm, start, start + 40))[:2]])
    for at in ats:
        lo, hi = min(at, start), max(at, start)
        if any(w.group().lower().rstrip("'’") not in small for w in WORD_RE.finditer(s.norm, lo, hi)):
            continue  # a noun between: "told reporters from | several news agencies", "сказал журналистам | российских СМИ"
        if at < start and _venue(outlets, s.norm[at:start]):
            continue  # where a speaker wrote: "napisał | na portalu"
        if search(outlets.cite_before, s.norm[max(0, at - 80):at]) is not None:
            return True
    return False


def _adjectives_end(s, outlets: OutletTables, at: int, end: int) -> int:
    """Where the adjectives after an outlet's noun end, within its phrase ("la televisión | estatal |"), or `at`."""
    if outlets.adjectives is None and outlets.after is None:
        return at
    last = at
    for w in WORD_RE.finditer(s.norm, at, end):
        if s.norm[last:w.start()].strip():
            break
        if not any(r is not None and r.fullmatch(w.group()) for r in (outlets.adjectives, outlets.after)):
            break
        last = w.end()
    return last


def _told_ends(s, outlets: OutletTables, at: int, end: int) -> bool:
    """Whether an outlet's noun that a speaker told ends its phrase: after it and its adjectives, or after a
    short complement that a preposition opens ("alla televisione | di Stato"), punctuation, the end, or a word
    that ends a source's phrase ("that", "que", "что") follows; not "told the channel's | viewers", "told
    state media | executives to stay calm"."""
    if _phrase_ends(s, outlets, _adjectives_end(s, outlets, at, end)):
        return True
    words = list(WORD_RE.finditer(s.norm, at, end))
    small = s.t.prepositions | s.t.genitive
    return (0 < len(words) <= 2 and not s.norm[at:words[0].start()].strip()
            and words[0].group().lower() in small and _phrase_ends(s, outlets, end))


def _phrase_ends(s, outlets: OutletTables, at: int) -> bool:
    """Whether punctuation, the end, or a word of the language's `ends` follows `at`, not a possessive."""
    rest = s.norm[at:]
    if not rest.strip() or rest.lstrip()[:1] in ",.;:!?)»\"”":
        return True
    if rest[:1] in "'’":
        return False
    return outlets.ends is not None and outlets.ends.match(rest.lstrip()) is not None


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


def people_of(s, outlets: OutletTables, at: int, lo: int) -> int:
    """Where a source begins that is the people of an outlet, the outlet in the genitive after them
    ("собеседники Axios", "rozmówcy Bloomberga", "один из источников издания Axios"): the start of
    those words, else `at` (the outlet alone)."""
    if outlets.people is None:
        return at
    words = list(WORD_RE.finditer(s.norm, max(lo, at - 60), at))[-2:]
    start = at
    for w in reversed(words):
        if s.norm[w.end():start].strip(" \"'«»„“”"):
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
    solicitó anonimato,") or the words up to the reporting word ("who asked not to be named said")."""
    tail = s.norm[end:end + chars]
    lead = len(tail) - len(tail.lstrip())
    if tail[lead:lead + 1] == ",":
        return tail[:lead + 1] + regex.split(r"[,.;:!?]", tail[lead + 1:], maxsplit=1)[0]
    tail = regex.split(r"[,.;:!?]", tail, maxsplit=1)[0]
    report = search(outlets.reporting, tail) if outlets.reporting is not None else None
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


def reporting_sources(s, outlets: OutletTables, found: list) -> list[tuple[int, int, None]]:
    """Generic sources next to a reporting word, outside the citing phrases: "the source added",
    "Russian media reported", "ha affermato la fonte", "цитируют украинские СМИ"; not where a party is
    named in the phrase (a holder speaks)."""
    if outlets.generic is None or outlets.reporting is None:
        return []
    norm, out = s.norm, []
    reports = [(m.start(), m.end()) for m in finditer(outlets.reporting, norm)]
    if not reports:
        return []
    for head in finditer(outlets.generic, norm):
        if any(b < head.end() and head.start() < e for b, e, _ in found + out):
            continue
        if any(b <= head.start() < e and not any(n and b <= o < head.start() for o, _, n in found)
               for b, e, *_ in s.sources):
            continue  # judged with its phrase ("secondo il canale Telegram Clash Report"), unless after its outlet
        start, end = _noun_phrase(s, outlets, head.start(), head.end())
        words_after = list(WORD_RE.finditer(norm, end, min(len(norm), end + 40)))[:3]
        after = (any(r[0] >= end and any(w.start() == r[0] for w in words_after) for r in reports)
                 or _reported_at_the_end(s, reports, start, end))
        before = any(_reported_before(s, outlets, reports, at)
                     for at in dict.fromkeys((start, _after_between(s, outlets, start))))  # "confirmed earlier by | the media"
        anonymous = _anonymous(s, outlets, start, end, told=any(n for _, _, n in found))
        # an outlet's noun that a speaker told ("told Russian state television", "ha detto ai media russi")
        m = (next((m for m in outlets.told.finditer(norm, max(0, start - 40), end) if m.end() > start), None)
             if outlets.told is not None else None)
        told = (m is not None and _told_before(s, outlets, min(start, m.start()))
                and _told_ends(s, outlets, m.end(), end))
        if told and m.start() < start:
            start = m.start()  # its adjectives before it: "сказал | российскому телевидению"
        before = before or told
        if not (after or before or anonymous):
            continue
        if _in_a_name(s, outlets, head) or (not anonymous and _owned_by_pronoun(s, outlets, head.end(), end)):
            continue  # "the Council of Europe's Media Department explained", "a member of its team stressed"
        if not anonymous and outlets.unnamed is not None and outlets.unnamed.fullmatch(head.group()):
            continue  # "un funcionario estadounidense confirmó": an official of a party speaks
        named = [m for m in s.mentions if start < m.end and m.start < end and m.kind != "adjective"]
        if named and _party_speaks(s, outlets, (start, end), named):
            if not (anonymous or _unnamed_people(s, (start, end), named)):
                continue  # "Ukrainian diplomats said Kyiv ...": a party speaks; "sources in the Ukrainian delegation" do not
            s.source_mentions.extend(named)  # "Turkish officials said": a source, and its party may still hold
        if _after_pronoun(s, outlets, head.start(), max(0, start - 20)):
            continue
        if _cut_short(norm, end) or (_addressed(s, outlets, start) and not told) or _owned(s, outlets, start):
            continue  # "members of the U|.S.-led", "speaking with journalists", "the two countries' top diplomats"
        if (before and not after and not anonymous and not told
                and _verb_has_subject(s, outlets, reports, _after_between(s, outlets, start))):
            continue  # "Zakharova said members of the alliance were planning": what follows is what she said
        if _beside_a_name(s.norm, start, end):
            continue  # "Alexander Chaly, a member of the Ukrainian delegation, said": the person speaks
        out.append((_clause_article(s, start), end, None))
    return out


DOTTED_RE = regex.compile(r"(?:\.\w+)+", regex.UNICODE)  # the dotted parts of a site's name: ".ua", ".com.ua"


def _dotted_end(norm: str, end: int) -> int:
    """A name's end past the dotted parts that a pattern's stop at a full stop cut off ("citing ZN|.ua"):
    a site's name is whole with its domain."""
    m = DOTTED_RE.match(norm, end)
    return m.end() if m is not None else end


def _cut_short(norm: str, end: int) -> bool:
    """Whether a phrase ends inside an abbreviation ("members of the U|.S.-led alliance"): a cut phrase,
    never a whole source."""
    return norm[end:end + 1] == "." and norm[end + 1:end + 2].isalnum()


def _addressed(s, outlets: OutletTables, start: int) -> bool:
    """Whether a generic phrase is whom a speaker addressed, after the language's `audiences` ("speaking
    with journalists", "aseguró a la prensa rusa"): the audience hears the claim, it is not its source."""
    if outlets.audiences is None:
        return False
    before = s.norm[max(0, start - 60):start]
    words = list(WORD_RE.finditer(before))
    if words and words[-1].group().lower() in s.t.determiners and not before[words[-1].end():].strip():
        before = before[:words[-1].start()]  # the article of the phrase: "a | la prensa rusa"
    return search(outlets.audiences, before) is not None


POSSESSIVE_END_RE = regex.compile(r"([\w-]+)(?:['’]s?)\s+$", regex.UNICODE)  # "the two countries' | top diplomats"


def _owned(s, outlets: OutletTables, start: int) -> bool:
    """Whether a generic phrase's people belong to an owner written in the possessive who is neither an
    outlet nor a source noun ("the two countries' top diplomats", "both sides' negotiators"): officials
    of parties the sentence names, speaking for them; "the agency's sources" and "Reuters' sources" cite."""
    m = POSSESSIVE_END_RE.search(s.norm[max(0, start - 40):start])
    if m is None:
        return False
    owner = m.group(1)
    at = max(0, start - 40) + m.start(1)
    if outlets.outlets_in(s.norm, at, at + len(owner)):
        return False
    return not any(r is not None and r.fullmatch(owner) for r in (outlets.generic, outlets.descriptors))


def _verb_has_subject(s, outlets: OutletTables, reports: list, start: int) -> bool:
    """Whether the reporting word right before a generic phrase has its own subject, a capitalised name
    just before it that does not open the sentence unless it names a party ("Zakharova said | members of ...", "Lavrov said | analysts ..."): the phrase begins
    the reported clause; an inverted subject follows punctuation ('", said the source')."""
    for r0, r1 in reports:
        between = WORD_RE.findall(s.norm[r0:start])
        if (r1 > start or s.norm[r1:start].strip(" ").startswith((",", ".", ";", ":")) or len(between) > 6
                or any(w[:1].isupper() for w in between)):
            continue  # a name between is whom the phrase is the source of: "стало відомо Радіо Свобода з джерел"
        prev = list(WORD_RE.finditer(s.norm, max(0, r0 - 40), r0))
        if not prev or s.norm[prev[-1].end():r0].strip():
            continue
        word = prev[-1]
        opens = not s.norm[:word.start()].strip(" \"'«„“")
        named = any(m.start <= word.start() < m.end for m in s.mentions)  # "Lavrov said ...", not "Jak podają media"
        if word.group()[:1].isupper() and (named or not opens) and not outlets.outlets_in(s.norm, max(0, word.start() - 40), word.end()):
            return True  # not an outlet that cites: "пишет Bloomberg со ссылкой на источники"
    return False


def _reported_before(s, outlets: OutletTables, reports: list, at: int) -> bool:
    """Whether a reporting word ends within the two words before `at`, no punctuation and no preposition of
    place between ("reported | Russian media", "цитируют | украинские СМИ"; not "wrote on | social media")."""
    norm = s.norm
    words_before = list(WORD_RE.finditer(norm, max(0, at - 40), at))[-2:]
    return any(r[1] <= at and any(w.end() == r[1] for w in words_before)
               and not norm[r[1]:at].strip(" ").startswith((",", ".", ";", ":"))
               and not _venue(outlets, norm[r[1]:at]) for r in reports)


def _in_a_name(s, outlets: OutletTables, head) -> bool:
    """Whether a generic noun with a capital inside the sentence runs on into a capitalised word, the two
    part of a name ("the Council of Europe's Media Department"); not in German, where every noun has one,
    nor an abbreviation before a name ("цитируют СМИ Бевза")."""
    word = head.group()
    if (outlets.lang == "de" or not (word[:1].isupper() and word[1:2].islower())
            or not s.norm[:head.start()].strip(" \"'«„“")):
        return False
    nxt = regex.match(r"[ \t]+(\p{Lu})", s.norm[head.end():head.end() + 3])
    return nxt is not None


def _owned_by_pronoun(s, outlets: OutletTables, head_end: int, end: int) -> bool:
    """Whether a generic noun's complement has a possessive pronoun ("a member of its team", "one of their
    negotiators"): people of the party the pronoun stands for, who speak for it."""
    if outlets.pronouns is None or end <= head_end:
        return False
    return search(outlets.pronouns, s.norm[head_end:end]) is not None


def _after_between(s, outlets: OutletTables, start: int) -> int:
    """Where the words of the language's `between` begin that stand right before a generic phrase, between it
    and its reporting word: the agent of a passive ("was confirmed earlier by | the media", "è stata
    confermata in precedenza dai | media") or a time before an inverted subject ("рассказал в четверг, 5
    февраля, | информированный источник"); `start` where none stands there."""
    if outlets.between is None:
        return start
    article = regex.search(r"(?<!\w)(\w+)\s+$", s.norm[max(0, start - 20):start])
    if article is not None and article.group(1).lower() in s.t.determiners:
        start = max(0, start - 20) + article.start(1)  # an article the phrase left out: "par | les | médias"
    m = search(outlets.between, s.norm[max(0, start - 60):start])
    return max(0, start - 60) + m.start() if m is not None else start


def _reported_at_the_end(s, reports: list, start: int, end: int) -> bool:
    """Whether a generic phrase opening the sentence, set off by a comma, is the subject of a reporting word
    that ends the sentence: "Rus medyası, heyetin ayrıldığını bildirdi", "Uzmanlar, ... belirtti" (the verb
    comes last in Turkish)."""
    norm = s.norm
    if norm[:start].strip(" \"'«„“") or not norm[end:end + 3].lstrip(" ").startswith(","):
        return False
    last = len(norm.rstrip(" .!?\"'»”\n"))
    return any(r[1] == last for r in reports)


def _clause_article(s, start: int) -> int:
    """A generic source opening its clause keeps an article that is also a genitive marker ("..., des
    médias américains avaient indiqué"), where nothing but punctuation or the sentence's start is before it."""
    before = list(WORD_RE.finditer(s.norm, max(0, start - 40), start))
    if not before or s.norm[before[-1].end():start].strip() or before[-1].group().lower() not in s.t.genitive:
        return start
    ahead = s.norm[max(0, before[-1].start() - 40):before[-1].start()].rstrip()
    return before[-1].start() if not ahead or ahead[-1] in ",;:(–—" else start


# a person's name set off by commas before or after a phrase: "..., Alexander Chaly, a member of ..."
NAME_BEFORE_RE = regex.compile(r"(?:^|[,;:–—-]\s*)(?:\p{Lu}[\w'.-]*\s+){1,3}\p{Lu}[\w'-]*\s*,\s*$", regex.UNICODE)
NAME_AFTER_RE = regex.compile(r"^\s*,\s*(?:\p{Lu}[\w'.-]*\s+){1,3}\p{Lu}[\w'-]*\s*,", regex.UNICODE)


def _beside_a_name(norm: str, start: int, end: int) -> bool:
    """Whether a phrase stands in apposition to a person's name ("Alexander Chaly, a member of the
    delegation", "another member of the delegation, Oleksandr Chalyi,"): the person speaks, no source."""
    return (NAME_BEFORE_RE.search(norm[max(0, start - 80):start]) is not None
            or NAME_AFTER_RE.match(norm[end:end + 80]) is not None)


def _noun_phrase(s, outlets: OutletTables, head_start: int, head_end: int) -> tuple[int, int]:
    """The generic noun with its article and modifiers before it ("a European diplomat", "Russian
    media") and its complement after it ("close to the matter", "aus der ukrainischen Delegation")."""
    elided = regex.search(r"(?<![\w'])(\w+)['’]$", s.norm[max(0, head_start - 12):head_start])
    start, end = _noun_phrase_words(s, outlets, head_start, head_end)
    if elided is not None and start == head_start and elided.group(1).lower() in s.t.determiners:
        start = max(0, head_start - 12) + elided.start(1)  # an elided article: "l'associazione"
    return start, end


def _noun_phrase_words(s, outlets: OutletTables, head_start: int, head_end: int) -> tuple[int, int]:
    """_noun_phrase, the words around the noun."""
    norm, t = s.norm, s.t
    start = head_start
    for w in reversed(list(WORD_RE.finditer(norm, max(0, head_start - 60), head_start))[-3:]):
        if norm[w.end():start].strip():
            break  # punctuation between
        word = w.group()
        if _small_or_reporting(s, outlets, word) or word.lower() in outlets.no_article:
            break  # a capital opening the sentence is no name: "Secondo fonti ...", "Według źródeł ..."
        if outlets.ends is not None and outlets.ends.fullmatch(word) and norm[:w.start()].strip():
            break  # a time before the phrase: "teilte am Montag | ein Diplomat mit"
        if (word.lower() in t.determiners or word[:1].isupper()
                or (outlets.modifiers is not None and outlets.modifiers.fullmatch(word))):
            start = w.start()
        else:
            break
    if outlets.leading is not None:
        lead = search(outlets.leading, norm[:start], max(0, start - 80))
        if lead is not None:  # "один из источников", "наближене до президента джерело", "one of the sources"
            start = lead.start()
    head_end = _adjectives_after(s, outlets, head_end)
    participle = _participle_after(s, outlets, head_end)
    if participle is not None:
        return start, participle
    nxt = list(WORD_RE.finditer(norm, head_end, min(len(norm), head_end + 120)))[:COMPLEMENT_WORDS]
    if not _opens_complement(s, outlets, nxt, head_end):
        return start, head_end
    last, prev = head_end, None
    for w in nxt:
        low = w.group().lower()
        if (norm[last:w.start()].strip() or low in t.negations
                or (outlets.reporting is not None and outlets.reporting.fullmatch(w.group()))):
            break
        if _new_phrase(t, prev, low):
            break  # "fonti vicine al dossier | una delle componenti", "eine Quelle aus der Delegation | dem Portal"
        last, prev = w.end(), low
    return start, max(phrase_end(s, outlets, head_start, last), head_end)


def _small_or_reporting(s, outlets: OutletTables, word: str) -> bool:
    """Whether a word is a preposition, a genitive marker or a reporting word of the language."""
    low = word.lower()
    return (low in s.t.prepositions or low in s.t.genitive
            or (outlets.reporting is not None and outlets.reporting.fullmatch(word) is not None))


def _new_phrase(t, prev: str | None, low: str) -> bool:
    """Whether a word opens a new phrase inside a source's complement: an article (not a genitive one,
    "des Weißen Hauses") right after a noun, not after a preposition ("close to the talks")."""
    if prev is None or low not in t.determiners or low in t.genitive:
        return False
    return prev not in t.prepositions and prev not in t.genitive and prev not in t.determiners


def _participle_after(s, outlets: OutletTables, end: int, words: int = COMPLEMENT_WORDS) -> int | None:
    """Where a participle set off by a comma after a generic noun ends, with its complement ("три
    источника, знакомые с этим вопросом,"): a word of the `after` list and a preposition right after the
    comma, up to the next punctuation, at most `words` words; None when none follows."""
    if outlets.after is None:
        return None
    m = regex.match(r"\s*,\s*", s.norm[end:end + 4])
    if m is None:
        return None
    nxt = list(WORD_RE.finditer(s.norm, end + m.end(), min(len(s.norm), end + m.end() + 120)))[:words + 1]
    if (len(nxt) < 3 or outlets.after.fullmatch(nxt[0].group()) is None
            or nxt[1].group().lower() not in s.t.prepositions or s.norm[nxt[0].end():nxt[1].start()].strip()):
        return None
    last = nxt[0].end()
    for w in nxt[1:words]:
        if s.norm[last:w.start()].strip():
            break
        last = w.end()
    rest = s.norm[last:last + 2].lstrip()
    return last if not rest or rest[0] in ",.;:!?)\"'»" else None  # it ends at punctuation, or it is a clause


def _adjectives_after(s, outlets: OutletTables, end: int, most: int = 2) -> int:
    """Where a generic noun ends with the adjectives of the language's `after` and `adjectives` lists that follow it
    ("doniesień medialnych", "źródła dyplomatyczne")."""
    if outlets.adjectives is None:
        return end
    for w in list(WORD_RE.finditer(s.norm, end, min(len(s.norm), end + 60)))[:most]:
        if s.norm[end:w.start()].strip() or outlets.adjectives.fullmatch(w.group()) is None:
            break
        end = w.end()
    return end


def _opens_complement(s, outlets: OutletTables, nxt: list, head_end: int) -> bool:
    """Whether the words after a generic noun continue its phrase: a preposition ("a source in the
    delegation"), a word and a preposition ("close to", "familiar with", "vicine al"), another
    generic noun ("Собеседники издания")."""
    t, norm = s.t, s.norm
    if not nxt or norm[head_end:nxt[0].start()].strip():
        return False
    first = nxt[0].group().lower()
    if first in t.prepositions or first in t.genitive:
        return True
    if outlets.generic is not None and outlets.generic.fullmatch(nxt[0].group()):
        return True
    return (len(nxt) > 1 and not norm[nxt[0].end():nxt[1].start()].strip() and not nxt[0].group()[:1].isupper()
            and nxt[1].group().lower() in t.prepositions and first not in t.negations
            and not (outlets.reporting is not None and outlets.reporting.fullmatch(nxt[0].group())))


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
