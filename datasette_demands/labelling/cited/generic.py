"""Step 3: a generic source, where a citing phrase names no outlet: its head is a generic source noun of
the language ("a source close to the talks", "fonti diplomatiche"), with its article, modifiers and
complement (the noun phrase), cut where a time, a date or an audience begins; a party's people are
the party speaking, a holder, unless they are unnamed.
"""

from __future__ import annotations

import regex

from ..actor_tables import search
from .context import WORD_RE
from .tables import OutletTables


# words a generic source phrase may take after its noun: "a source close to the talks", "familiar with ..."
COMPLEMENT_WORDS = 6


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
    if _adjective_after_a_noun(s, outlets, head, start):
        return None  # "según el parte | diario | de la Fuerza Aérea": a daily report, no newspaper
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


def _adjective_after_a_noun(s, outlets: OutletTables, head, start: int) -> bool:
    """Whether an outlet's noun that is also an adjective ("diario", "quotidiano", "quotidien": daily) follows a noun
    in small letters in the languages that put adjectives after the noun ("el parte | diario", "il bollettino |
    quotidiano"): the adjective of that noun, no outlet; not after an article or a listed word ("el | diario")."""
    if not s.t.post_nominal or outlets.descriptors is None or not outlets.descriptors.fullmatch(head.group()):
        return False
    prev = list(WORD_RE.finditer(s.norm, start, head.start()))
    if not prev or s.norm[prev[-1].end():head.start()].strip():
        return False
    word = prev[-1].group()
    t = s.t
    if not word[:1].islower() or word.lower().rstrip("'’") in t.determiners | t.prepositions | t.genitive | t.coordinators:
        return False
    return not any(r is not None and r.fullmatch(word) for r in (outlets.modifiers, outlets.adjectives))


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
    return people and any(m.start <= h0 or _seated(s, outlets, h1, m) for m in mentions)


def _seated(s, outlets: OutletTables, head_end: int, m) -> bool:
    """Whether a party's place stands right after a party noun, one of the language's `seats` between ("officials
    in London said", "urzędnicy w Londynie"): the party's own people, as "British officials" are."""
    gap = s.norm[head_end:m.start].split()
    return len(gap) == 1 and gap[0].lower() in outlets.seats


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
        cut = search(outlets.ends, s.norm[:end + 40], first.end() if first else start)  # one may run past: "citadas | por"
        if cut is not None and cut.start() < end:
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
    for w in reversed(list(WORD_RE.finditer(norm, max(0, head_start - 60), head_start))[-4:]):
        if norm[w.end():start].strip() and not _abbreviation_dot(norm, w, start):
            break  # punctuation between, but the dots of an abbreviation ("U.S. officials")
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
    start = _locative_complement(s, outlets, start, head_start)
    if outlets.leading is not None:
        lead = search(outlets.leading, norm[:start], max(0, start - 80))
        if lead is not None:  # "один из источников", "наближене до президента джерело", "one of the sources"
            start = lead.start()
    head_end = _adjectives_after(s, outlets, head_end)
    head_end = _genitive_name_after(s, outlets, head_end)  # "urzędnik | Departamentu Stanu"
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
        if outlets.reporting is not None and _opens_reporting(outlets, norm, w):
            break  # the auxiliary of a reporting verb: "un proche de l'équipe | a confié", "fonti vicine al governo | hanno detto"
        if _new_phrase(t, prev, low):
            break  # "fonti vicine al dossier | una delle componenti", "eine Quelle aus der Delegation | dem Portal"
        if (outlets.lang == "de" and _verb_after_noun(t, norm[last - 1:last], w.group())
                and not any(o.start == w.start() for o in outlets.outlets_in(norm[:w.end() + 40], w.start()))):
            break  # "Laut einer Quelle im russischen Verteidigungsministerium | schließt Moskau ..."; not "der Agentur | dpa"
        last, prev = w.end(), low
    return start, max(phrase_end(s, outlets, head_start, last), head_end)


# Turkish: an adjective of place in -ki ("içindeki", "çevresindeki", "yakınındaki")
TR_LOCATIVE_KI_RE = regex.compile(r"\w+(?:de|da|te|ta)ki", regex.UNICODE | regex.IGNORECASE)
TR_GENITIVE_RE = regex.compile(r"\w+(?:[ıiuü]n)", regex.UNICODE | regex.IGNORECASE)  # "sitesinin", "ajansının"


def _locative_complement(s, outlets: OutletTables, start: int, head_start: int) -> int:
    """Where a Turkish source's phrase begins whose first word is an adjective of place in -ki: with the noun it
    takes before it ("hükümet | içindeki bir kaynağa", "Kremlin | çevresindeki kaynaklar"), one word in small
    letters or a name, no punctuation, small word or reporting word between; `start` otherwise."""
    if outlets.lang != "tr" or start >= head_start:
        return start
    first = WORD_RE.match(s.norm, start)
    if first is None or TR_LOCATIVE_KI_RE.fullmatch(first.group()) is None:
        return start
    prev = list(WORD_RE.finditer(s.norm, max(0, start - 30), start))
    if not prev or s.norm[prev[-1].end():start].strip():
        return start
    word = prev[-1].group()
    if _small_or_reporting(s, outlets, word) or (outlets.generic is not None and outlets.generic.fullmatch(word)):
        return start
    if (any(m.start <= prev[-1].start() < m.end for m in s.mentions) or word[:1].isupper() and "'" in word
            or TR_GENITIVE_RE.fullmatch(word) is not None):
        return start  # a party, an outlet in its case or a genitive ("Reuters'ın", "sitesinin"): an owner, not the place
    return prev[-1].start()


def _opens_reporting(outlets: OutletTables, norm: str, w) -> bool:
    """Whether a reporting word of more than one word begins at a word ("a | confié", "ha | detto", "have | informed")."""
    m = outlets.reporting.match(norm, w.start())
    return m is not None and m.end() > w.end()


def _verb_after_noun(t, before: str, word: str) -> bool:
    """Whether a German word in small letters right after a noun (German writes its nouns with a capital) is the
    clause's verb, the complement ended: no article, preposition, genitive or conjunction ("im Ministerium | schließt",
    not "Kreisen | der Regierung", "in Brüssel | und Paris"), nor an adjective's ending."""
    if not before[-1:].isalpha() or word[:1].isupper() or not word[:1].isalpha():
        return False
    low = word.lower()
    if low in t.determiners or low in t.prepositions or low in t.genitive or low in t.coordinators:
        return False
    return regex.search(r"(?:e|en|em|er|es)$", low) is None or regex.search(r"(?:t|te|ten|et)$", low) is not None


def _abbreviation_dot(norm: str, w, start: int) -> bool:
    """Whether only an abbreviation's dot stands between a single capital and what follows ("U.|S.| officials")."""
    return len(w.group()) == 1 and w.group().isupper() and norm[w.end():start].strip() == "."


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


def _genitive_name_after(s, outlets: OutletTables, end: int, most: int = 3) -> int:
    """Where people end with the name of the body they belong to, in the genitive right after them, in the languages
    without articles (`after`): one to three words with a capital, none an outlet's ("wysoki rangą urzędnik |
    Departamentu Stanu", "представитель | Госдепартамента"); not an outlet they told ("сказал источник | РБК")."""
    before = s.norm[:end].split()
    if outlets.after is None or outlets.unnamed is None or not before or not outlets.unnamed.fullmatch(before[-1]):
        return end
    last = end
    for w in list(WORD_RE.finditer(s.norm, end, min(len(s.norm), end + 80)))[:most]:
        if s.norm[last:w.start()].strip() or not w.group()[:1].isupper():
            break
        last = w.end()
    if last == end or outlets.outlets_in(s.norm, end, last):
        return end
    return last


def _adjectives_after(s, outlets: OutletTables, end: int, most: int = 2) -> int:
    """Where a generic noun ends with the adjectives of the language's `after` and `adjectives` lists that follow it
    ("doniesień medialnych", "źródła dyplomatyczne")."""
    if outlets.adjectives is None:
        return end
    for w in list(WORD_RE.finditer(s.norm, end, min(len(s.norm), end + 60)))[:most]:
        if s.norm[end:w.start()].strip() or outlets.adjectives.fullmatch(w.group()) is None:
            break
        if outlets.ends is not None and outlets.ends.match(s.norm, w.start()) is not None:
            break  # a participle that opens who cites them: "źródła | cytowane przez agencję Reuters"
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
