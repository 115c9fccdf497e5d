"""Step 4, reporting words and their sources: a generic source next to a reporting word outside the
citing phrases ("the source added", "Russian media reported", "told Russian state television"); not an
audience, the people of an owner or a pronoun, a person in apposition, or a part of a name.
"""

from __future__ import annotations

import regex

from ..actor_tables import finditer, search
from .context import QUOTE_MARKS, WORD_RE, _anonymous, _venue, outlet_right_before
from .generic import _after_pronoun, _noun_phrase, _party_speaks, _unnamed_people
from .tables import OutletTables


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
        if _descriptor_after_outlet(s, outlets, found, head):
            continue  # "Interfax | ajansının | diplomatik bir kaynağa dayandırdığı": the outlet's noun, then its people
        start, end = _noun_phrase(s, outlets, head.start(), head.end())
        start = _past_told_outlet(s, outlets, found, start, head.start())  # "dijo a la agencia | AFP | una fuente"
        end = _before_told_outlet(s, outlets, found, head.end(), end)  # "diplomatik kaynaklar | AA muhabirine bilgi verdi"
        words_after = list(WORD_RE.finditer(norm, end, min(len(norm), end + 40)))[:3]
        after = (any(r[0] >= end and any(w.start() == r[0] for w in words_after) for r in reports)
                 or _reported_at_the_end(s, outlets, reports, start, end) or _subject_of_the_last_verb(s, outlets, reports, start, end))
        before = any(_reported_before(s, outlets, reports, at)
                     for at in dict.fromkeys((start, _after_between(s, outlets, start),  # "confirmed earlier by | the media"
                                              _told_outlet_start(s, outlets, found, start))))
        anonymous = _anonymous(s, outlets, start, end, told=any(n for _, _, n in found))
        between = _after_between(s, outlets, start)
        if between < start and outlets.anonymous is not None and search(outlets.anonymous, norm[between:start]) is not None:
            anonymous = True  # "сказал | на условиях анонимности | европейский дипломат": kept unnamed
        if outlets.after is not None and (_told_outlet_start(s, outlets, found, start) != start
                                          or any(n and start <= b and e <= head.start() for b, e, n in found)):
            anonymous = True  # "рассказал РБК | высокопоставленный европейский дипломат": unnamed people who told it
        # an outlet's noun that a speaker told ("told Russian state television", "ha detto ai media russi")
        m = (next((m for m in outlets.told.finditer(norm, max(0, start - 40), end) if m.end() > start), None)
             if outlets.told is not None else None)
        told = (m is not None and _told_before(s, outlets, min(start, m.start()))
                and _told_ends(s, outlets, m.end(), end))
        if told and m.start() < start:
            start = m.start()  # its adjectives before it: "сказал | российскому телевидению"
        before = before or told or _cited_by_outlet(s, outlets, found, end)  # "Fuentes ... | citadas por la | CNN"
        if before and outlets.after is not None:  # "рассказали РБК | источники в Кремле": whom they told, then who
            start = max([start] + [e for b, e, n in found if n and start <= b and e <= head.start()])
            start += len(norm[start:head.start()]) - len(norm[start:head.start()].lstrip(' "'))
        owned = _after_its_owner(s, found, start, head.start())  # "Bloomberg'in | konuya yakın üç kişiye"
        # the people an outlet's report rests on, kept unnamed by it whatever their party: "FT'nin | iki Avrupalı diplomata"
        owners = owned != start and search(outlets.reporting, norm[owned:head.start()]) is None
        if owners:  # the words that keep them unnamed open their phrase after the owner: "Bloomberg'in | iki yetkiliye"
            anonymous = anonymous or _anonymous(s, outlets, owned, end)
        start = owned
        if before and not told:
            end = _before_its_outlet(s, outlets, found, head, end)  # "sagte ein Diplomat | der dpa"
        if not (after or before or anonymous):
            continue
        if _close_to(s, outlets, start):
            continue  # "Rybar, vicino agli | ambienti militari russi": whom the channel is close to, no source
        if _in_a_name(s, outlets, head) or (not anonymous and _owned_by_pronoun(s, outlets, head.end(), end)):
            continue  # "the Council of Europe's Media Department explained", "a member of its team stressed"
        if not anonymous and outlets.unnamed is not None and outlets.unnamed.fullmatch(head.group()):
            continue  # "un funcionario estadounidense confirmó": an official of a party speaks
        named = [m for m in s.mentions if start < m.end and m.start < end and m.kind != "adjective"]
        if named and _party_speaks(s, outlets, (start, end), named):
            if not (anonymous or owners or _unnamed_people(s, (start, end), named)):
                continue  # "Ukrainian diplomats said Kyiv ...": a party speaks; "sources in the Ukrainian delegation" do not
            s.source_mentions.extend(named)  # "Turkish officials said": a source, and its party may still hold
        elif named and anonymous and outlets.lang == "tr":
            s.source_mentions.extend(m for m in named if m.end <= head.start())  # "Rus hükümetine | yakın bir yetkili"
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


def _cited_by_outlet(s, outlets: OutletTables, found: list, end: int) -> bool:
    """Whether a known outlet cites a generic phrase right after it, the words that cite (`cite_before`) between
    them ("Fuentes del Gobierno ucraniano | citadas por la | CNN aseguran", "sources | quoted by | Reuters"): people
    the outlet quotes, a source of their own beside it."""
    if outlets.cite_words is None:
        return False
    for b, _, n in found:
        if n is None or not end <= b <= end + 60:
            continue
        # the words that cite may keep the preposition before the outlet ("citate da | Ukrinform", "cités par |
        # l'agence AFP"), where the language lists it among its prepositions: each cut from the outlet back to them
        lead = _told_words_start(s, outlets, b)
        cuts = [lead] + [w.start() for w in WORD_RE.finditer(s.norm, lead, b)][1:] + [b]
        cuts += [m.end() for m in regex.finditer(r"\w['’]", s.norm[:b]) if end < m.end() < b]  # "dall'|agenzia Ansa"
        for cut in dict.fromkeys(cuts):
            gap = s.norm[end:cut].strip(" ,").rstrip(" \"«„“")
            if gap and outlets.cite_words.fullmatch(gap) is not None:
                return True
    return False


def _after_its_owner(s, found: list, start: int, head: int) -> int:
    """Where a generic phrase begins that a known outlet in the possessive opens ("Bloomberg'in | konuya yakın üç
    kişiye dayandırdığı habere göre", "Reuters' | sources"): after the outlet and its case ending, the outlet a
    source of its own; `start` where none stands there."""
    for b, e, n in found:
        if n is not None and start <= b < head and e <= head and s.norm[e:e + 1] in ("'", "’"):
            m = regex.match(r"['’]\w{0,4}\s+", s.norm[e:head])
            if m is not None:
                return e + m.end()
    return start


def _told_outlet_start(s, outlets: OutletTables, found: list, start: int) -> int:
    """Where the outlet a speaker told begins that stands right before a generic phrase, in the languages
    without articles ("розповіли | «Європейській правді» | два дипломати"): the reporting word is looked for
    before it, whatever the length of its name; `start` where none stands there. In the languages with
    articles but English, the inverted subject after the outlet told ("dijo a la agencia AFP | una fuente
    cercana al Kremlin", "confirmó a Europa Press | una fuente"): before the outlet, its preposition, article
    and descriptor."""
    if outlets.after is None and outlets.lang in ("en", "tr"):
        return start
    outlet = outlet_right_before(s.norm, found, start)
    if outlet is None:
        return start
    return outlet[0] if outlets.after is not None else _told_words_start(s, outlets, outlet[0])


def _past_told_outlet(s, outlets: OutletTables, found: list, start: int, head: int) -> int:
    """Where a generic phrase begins whose capitalised words opening it are a known outlet a speaker told, in the
    languages with articles but English, not Turkish ("dijo a la agencia | AFP | una fuente cercana al Kremlin"): after the
    outlet, a source of its own; `start` where none opens it."""
    if outlets.after is not None or outlets.lang in ("en", "tr"):
        return start
    for b, e, n in found:
        # the outlet alone, or with its article and descriptor ("zitierte | die Agentur Ukrinform | Quellen im ...")
        if n is not None and start <= b and e <= head and (not s.norm[start:b].strip(QUOTE_MARKS)
                                                            or _told_words_start(s, outlets, b) <= start):
            rest = s.norm[e:head]
            return e + len(rest) - len(rest.lstrip(QUOTE_MARKS))
    return start


def _descriptor_after_outlet(s, outlets: OutletTables, found: list, head) -> bool:
    """Whether a generic noun of outlets stands right after a known outlet, as its descriptor ("Interfax |
    ajansının", "the Reuters | news agency"): no source of its own, nor the start of the people after it."""
    nouns = [r for r in (outlets.told, outlets.descriptors) if r is not None]
    if not any(r.fullmatch(head.group()) for r in nouns):
        return False
    return outlet_right_before(s.norm, found, head.start()) is not None


def _before_told_outlet(s, outlets: OutletTables, found: list, head_end: int, end: int) -> int:
    """Where a Turkish generic phrase ends that the outlet its people told follows right after its noun
    ("diplomatik kaynaklar | AA muhabirine bilgi verdi", "bir Avrupalı diplomat | Sabah'a açıklama yaptı"):
    before the outlet, a source of its own; `end` where none follows there."""
    if outlets.lang != "tr":
        return end
    for b, e, n in found:
        if n is not None and head_end <= b < end and all(
                any(r is not None and r.fullmatch(w) for r in (outlets.generic, outlets.modifiers))
                for w in s.norm[head_end:b].split()):  # "diplomatik | kaynaklar | AA"
            return len(s.norm[:b].rstrip())
    return end


def _told_words_start(s, outlets: OutletTables, at: int) -> int:
    """Where the preposition, article and descriptor before an outlet begin ("dijo | a la agencia | AFP"),
    at most three words; `at` where none stands there."""
    small = s.t.determiners | s.t.prepositions | s.t.genitive
    for w in reversed(list(WORD_RE.finditer(s.norm, max(0, at - 40), at))[-3:]):
        if s.norm[w.end():at].strip(QUOTE_MARKS):
            break
        word = w.group().lower().rstrip("'’")
        if not (word in small or (outlets.descriptors is not None and outlets.descriptors.fullmatch(w.group()))):
            break
        at = w.start()
    return at


def _before_its_outlet(s, outlets: OutletTables, found: list, head, end: int) -> int:
    """Where an inverted subject after its reporting word ends when the outlet it told follows in its
    phrase: before the outlet and the small words and outlet nouns that lead to it ("a confié un diplomate
    européen | au Figaro", "sagte ein EU-Diplomat | der Nachrichtenagentur dpa", "afirmó un alto funcionario
    | a la cadena Univision"); `end` where no outlet the lexicon knows stands there, or where the phrase's
    noun is the outlet's own ("den Zeitungen der Funke-Mediengruppe")."""
    head_end = head.end()
    at = min((b for b, _, n in found if n and head_end <= b < end), default=None)
    nouns = [r for r in (outlets.descriptors, outlets.told) if r is not None]
    if at is None or any(r.fullmatch(head.group()) for r in nouns):
        return end
    small = s.t.determiners | s.t.prepositions | s.t.genitive
    words = list(WORD_RE.finditer(s.norm, head_end, at))
    cut = at
    for w in reversed(words):
        if s.norm[w.end():cut].strip(" \"'’"):
            break
        word = w.group()
        if word.lower().rstrip("'’") in small or any(r.fullmatch(word) for r in nouns):
            cut = w.start()
            continue
        break
    if cut == at:
        return end  # no word that leads to the outlet: "sources close to the Kremlin-run RT"
    while cut > head_end and s.norm[cut - 1] in " \"'’":
        cut -= 1
    return cut


def _close_to(s, outlets: OutletTables, start: int) -> bool:
    """Whether a generic phrase is what a word of closeness of the language's `close_to` right before it is close to
    ("a channel close to | the military circles", "vicino agli | ambienti militari russi"): the company a channel or a
    person keeps, no source."""
    return outlets.close_to is not None and search(outlets.close_to, s.norm[max(0, start - 30):start]) is not None


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


def _reported_at_the_end(s, outlets: OutletTables, reports: list, start: int, end: int) -> bool:
    """Whether a generic phrase opening the sentence, set off by a comma, is the subject of a reporting word
    that ends the sentence: "Rus medyası, heyetin ayrıldığını bildirdi", "Uzmanlar, ... belirtti" (the verb
    comes last in Turkish); a participle clause that describes its people may stand before it ("CNN Türk'e konuşan |
    diplomatik kaynaklar, ... ifade etti")."""
    norm = s.norm
    opening = norm[:start].strip(" \"'«„“")
    if (opening and not _tr_participle_opens(outlets, opening, norm[start:end])) or not norm[end:end + 3].lstrip(" ").startswith(","):
        return False
    last = len(norm.rstrip(" .!?\"'»”\n"))
    return any(r[1] == last for r in reports)


# Turkish: a subject participle in -an/-en ("konuşan", "açıklama yapan", "bilgi veren") that ends a clause before a noun
TR_PARTICIPLE_RE = regex.compile(r"\w+(?:[yn]?an|[yn]?en)", regex.UNICODE | regex.IGNORECASE)


def _tr_participle_opens(outlets: OutletTables, opening: str, phrase: str) -> bool:
    """Whether what stands before a Turkish generic phrase opening its sentence is a participle clause that describes
    its people, no punctuation in it ("CNN Türk'e konuşan | diplomatik kaynaklar, ... ifade etti"): the phrase still
    opens the clause whose verb ends the sentence. Not a bare singular noun ("BBC Türkçe'ye konuşan | diplomat"): one
    person the text has in mind, no source of its own."""
    words = opening.split()
    return (outlets.lang == "tr" and not regex.search(r"[,;:–—]", opening)
            and TR_PARTICIPLE_RE.fullmatch(words[-1]) is not None
            and (len(phrase.split()) > 1 or regex.search(r"(?:lar|ler)\w*$", phrase) is not None))


# Turkish: what may open a clause before its subject ("..., ancak | diplomatik kaynaklar ..."), and a generic
# phrase's last word in the nominative, the subject's case ("kaynaklar", "uzmanlar", "bir yetkili", "Rus medyası")
TR_CLAUSE_OPEN_RE = regex.compile(r"(?:^|[,;:–—])\s*(?:(?:ancak|ama|fakat|öte yandan|buna karşın|ise|ve)\s+)?$",
                                  regex.UNICODE | regex.IGNORECASE)
TR_NOMINATIVE_RE = regex.compile(r"\w+(?:lar|ler)|kaynak|yetkili|diplomat|uzman|analist|medyası|basını",
                                  regex.UNICODE | regex.IGNORECASE)


def _subject_of_the_last_verb(s, outlets: OutletTables, reports: list, start: int, end: int) -> bool:
    """Whether a Turkish generic phrase in the nominative opening its clause, with no comma after it, is the
    subject of the reporting word that ends the sentence ("..., ancak diplomatik kaynaklar toplantının ay sonundan
    önce yapılmasının beklendiğini belirtiyor"): the verb comes last, after what was said."""
    if outlets.lang != "tr" or TR_CLAUSE_OPEN_RE.search(s.norm[max(0, start - 30):start]) is None:
        return False
    words = list(WORD_RE.finditer(s.norm, start, end))
    if not words or TR_NOMINATIVE_RE.fullmatch(words[-1].group()) is None:
        return False
    last = len(s.norm.rstrip(" .!?\"'»”\n"))
    # in the same clause: no punctuation between the phrase and its verb ("Batılı diplomatlar ... düşünüyor, | Rus
    # medyası ... yazdı" is another clause's verb)
    return any(r[1] == last and not regex.search(r"[,;:–—]", s.norm[end:r[0]]) for r in reports)


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
