"""Step 2: proper names as sources: a citing phrase that is a proper name ("according to the Baltic
Courier"), found after its article and descriptor and checked whole (valid_name: never a party or a
date), and the names a frame makes sources outside the citing phrases ("told Radio Carpathia").
"""

from __future__ import annotations

import regex

from ..actor_tables import finditer, search
from .context import WORD_RE, _dotted_end, _reported_near, outlet_right_before
from .tables import OutletTables


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


# the platforms a channel writes on, no outlet's name alone ("un canale Telegram vicino a ...")
PLATFORM_NAME_RE = regex.compile(r"(?:Telegram|YouTube|TikTok|Instagram|Facebook|VKontakte|VK)", regex.UNICODE)


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
                if not quoted and ABBREVIATION_RE.fullmatch(norm[start:mm.start].strip()) and not norm[start:mm.start].strip(" ").count(" "):
                    return None  # "МИД | Украины сообщил", "MSZ | Ukrainy": the party's own office speaks
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
        if len(words) == 1 and PLATFORM_NAME_RE.fullmatch(words[0].group()):
            return None  # "une chaîne Telegram | proche de l'armée": the platform a channel writes on, not its name
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
    norm, added, services = s.norm, [], []
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
        if outlet_right_before(norm, found, start) is not None:
            continue  # a name right after a known outlet speaks to it: "в эфире «Первого канала» | Сергей Лавров"
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
        if _a_states_service(s, outlets, start):
            services.append(start)
            continue  # "der ukrainische Militärgeheimdienst HUR meldete": the party's own service speaks
        name = valid_name(s, outlets, start, end, described=described)
        if name is None:
            continue
        if any(b < name[1] and name[0] < e for b, e, _ in added):
            continue
        added.append((with_capital_article(s, *name), _dotted_end(norm, name[1]), None))
    if not added and not services:
        return found
    kept = []
    for b, e, n in found:
        if n is None and any(b < at and 0 <= at - e <= 3 for at in services):
            continue  # the service's own noun before its name: "intelligence agency | HUR said"
        if n is None and any(b < ne and nb < e or (e <= nb and not norm[e:nb].strip(" \"'«„“")) for nb, ne, _ in added):
            continue  # the descriptor before the name, or a phrase it stands in
        if n is None and any(e <= nb and nb - e <= 3 for nb, ne, _ in added):
            continue
        kept.append((b, e, n))
    return kept + added


def _a_states_service(s, outlets: OutletTables, start: int) -> bool:
    """Whether a name stands right after a noun of a state's own services (`bodies`), up to two adjectives
    between ("Ukraine's military intelligence agency | HUR", "le renseignement militaire ukrainien | HUR",
    "Украинская военная разведка | ГУР"): the party's office, which speaks for it, no source."""
    if outlets.bodies is None:
        return False
    return (search(outlets.bodies, s.norm[max(0, start - 80):start]) is not None
            or outlets.body_words.match(s.norm, start) is not None)


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
    newspaper | Danube Post"), each with whether a descriptor was taken off; the quotes that open the name
    aside ("dla dziennika | „Le Soir”"), and in German a descriptor with its capital ("mit der Zeitung | Le Soir");
    adjectives in small letters before the descriptor go with it ("meldete die | staatliche türkische |
    Nachrichtenagentur | Anadolu")."""
    out, described = [(before, False)], False
    quoted = regex.sub(r"\s*[\"„“«]\s*$", " ", before)
    if quoted != before and quoted.strip():
        before = quoted
        out.append((before, False))
    for _ in range(5):
        article = regex.search(r"(?<!\w)(\w+)\s+$", before)
        d = search(outlets.descriptor_end, before) if outlets.descriptor_end is not None else None
        if d is not None and not described and (_lowercase_descriptor(d.group()) or outlets.lang == "de"):
            before, described = before[:d.start()], True
        elif article is not None and article.group(1).lower() in s.t.determiners:
            before = before[:article.start(1)]
        elif described and article is not None and _adjective(outlets, article.group(1)):
            before = before[:article.start(1)]
        else:
            break
        out.append((before, described))
    return out


def _adjective(outlets: OutletTables, word: str) -> bool:
    """Whether a word in small letters is one of the language's modifiers or adjectives ("staatliche", "turca")."""
    return word[:1].islower() and any(r is not None and r.fullmatch(word) is not None
                                      for r in (outlets.modifiers, outlets.adjectives))


def _lowercase_descriptor(text: str) -> bool:
    """Whether a descriptor is written as a common noun ("the newspaper", "Telegram channel",
    "Telegram-канал"), not as the first word of a name ("Radio Alpes")."""
    return regex.search(r"(?:^|[\s-])\p{Ll}", text.strip()) is not None
