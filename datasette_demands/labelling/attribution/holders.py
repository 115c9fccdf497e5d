"""Step 2 of Attributor.analyse(), holders: who holds the position. Owners of position nouns and
framing documents, the subjects of cue verbs (coordinated groups, Turkish and verb-final subjects,
relative and inverted subjects), speakers of reporting clauses, and the pick among them."""

from __future__ import annotations

import bisect
import re

from ..actor_tables import finditer, search
from .grammar import (ASKED_TO, REPORTED_TIME_WORDS, DROPPED_PAST, ELLIPSIS_ADVERBS, LIGHT_VERBS, TR_CONTENT_MARKERS, TR_REPORT_CONTENT, TR_ET, TR_PARTICIPLE_LIGHT, TR_CONSENT_PREDICATES, TR_CONSONANT_GENITIVE, TR_CONTENT_REACH, TR_FINITE_VERB,
                      CLOSING_QUOTE_RE, FOCUS_PARTICLES, OWNED_NEAR, GERUNDS, HYPHENS, INFINITIVE_MARKERS, OBLIGATION_AHEAD, QUOTES, SUBJECT_FAR, SUBJECT_GAP,
                      TR_BARE_VERBAL_NOUN, TR_FUTURE_PARTICIPLE, TR_COMPLEMENT, TR_CONDITIONAL, TR_SINE_QUA_NON, TR_NOUN_GENITIVE, TR_NAME_GENITIVE, TR_OWNED_GAP, TR_OWN_VERBAL_NOUN,
                      TR_PARTICIPLE, TR_PASSIVE_REPORT, TR_POSSESSIVE_GENITIVE, TR_POSSESSED_ACCUSATIVE, TR_RELATIVE_PARTICIPLE, TR_STATEMENT_MADE, TR_PLURAL_GENITIVE, TR_PLURAL_PARTICIPLE, TR_POSSESSED,
                       TR_REPORTED_SUBJECT, TR_TOO, TR_UNLESS, TR_UNLESS_REACH, TR_NEGATED_PARTICIPLE, TR_AS_LONG_AS, TR_UNTIL_PARTICIPLE, TR_UNTIL, TR_OBJECT_NOUN, TR_ADVERBS, TR_WHILE, TR_WHILE_COMMA, TR_REPORTING_CONVERB, TR_VERBAL_NOUN, WORD_RE, is_noun_participle)
from .grammar import REPORTIVE_MODALS
from .grammar import HYPHENS
from .grammar import ADDRESSEE_WORDS_AFTER_VERB, PROVISO_REACH, PROVISO_WORDS, REPORTED_ADDRESSEE_WORDS, REPORTED_OWN_GAP, TR_TITLED_NAME
from .grammar import REPORTED_SOURCE_LEAD
from .grammar import REPORTED_VERDICT_GAP
from .grammar import names_a_door
from .model import Analysis, Cue, Mention, _Sentence
from .reading import Reading


class Holders:
    """Who holds it: owners, subjects of coordinated groups, speakers, and the pick among them."""

    def _find_owners(self, s: "_Sentence") -> list:
        """(mention, "owner") for the owners of a position noun: "Ukraine's proposal", "la proposta di Kiev"."""
        holders = []
        for m, q in s.owners:
            if id(m) not in s.in_source:
                holders.append((m, "owner"))
                s.owned_nouns.append(q)
        last = None  # (mention, noun) of the last owner after its noun
        for m in s.free:
            q = self._owned_noun(s, m) if m.kind != "adjective" else None
            if q is None and last is not None and last[1][1] <= last[0].start and m.kind != "adjective":
                # "соглашение Москвы и Киева", "l'accord de Moscou et de Kiev": a coordinated owner after the noun
                between = self._words_between(s.toks, s.starts, last[0].end, m.start)
                if (between and between[0][2] in s.t.coordinators and len(between) <= 2
                        and all(w[2] in s.t.coordinators or w[2] in s.t.genitive or w[2] in s.t.determiners for w in between)
                        and (self._genitive_form(s, m, between) or not any(c.stance and 0 <= c.start - m.end <= 1 for c in s.cues))):
                    # not the subject of a verb right after it ("предложение Киева и Вашингтон поддержал"), unless its
                    # form is a genitive ("Der Vorschlag Russlands und der Ukraine sieht ... vor": the verb is the phrase's)
                    q = last[1]
            if q is not None and self._missing_noun(s, q):
                s.obliged.add(id(m))  # "ohne Zustimmung der Ukraine": what is missing is asked by another
                continue
            if q is not None:
                holders.append((m, "owner"))
                s.owned_nouns.append(q)
                last = (m, q)
        return holders

    def _find_deciders(self, s: "_Sentence") -> list:
        """(mention, "decider") for a party whose decision or readiness to act is named ("Kyiv welcomed Washington's
        decision to back a truce", "la decisione di Washington di sostenere", "готовность Москвы принять"): it holds
        the stance of the verb its decision governs (Stances._decided_cue), not the clause subject's."""
        if s.t.deciders is None and s.t.deciders_after is None:
            return []
        out = []
        for m in s.mentions:
            before = s.t.deciders is not None and search(s.t.deciders, s.norm[max(0, m.start - 40):m.start]) is not None
            after = s.t.deciders_after is not None and search(s.t.deciders_after, s.norm[m.end:m.end + 40]) is not None
            if (before or after) and id(m) not in s.in_source and self._decided_cue(s.cues, m, s.norm) is not None:
                out.append((m, "decider"))
        return out

    def _missing_noun(self, s: "_Sentence", q: tuple[int, int]) -> bool:
        """Whether the position noun at `q` stands right after a `privatives` word, only determiners between
        ("ohne Zustimmung der Ukraine", "senza il consenso di Kiev", "sans l'accord de Kiev"): a condition put by
        the clause's holder, no position of the noun's owner."""
        before = self._words_between(s.toks, s.starts, max(0, q[0] - 40), q[0])
        while before and (before[-1][2] in s.t.determiners or before[-1][2] in ("'", "’")):
            before.pop()
        # "hasta la propuesta": a privative that opens a condition only before a clause is a preposition here
        return bool(before) and before[-1][2] in s.t.privatives and s.t.privative_opens_condition(before[-1][2], None)

    @staticmethod
    def _genitive_form(s: "_Sentence", m: Mention, between: list) -> bool:
        """Whether a coordinated name is marked as a genitive: a `genitive_markers` word before it ("und der Ukraine",
        "et de Kiev"), or, with none there, a `genitive_endings` ending ("und Kiews")."""
        if any(w[2] in s.t.genitive for w in between):
            return True
        return bool(s.t.genitive_endings) and s.norm[m.start:m.end].lower().endswith(s.t.genitive_endings)

    def _owned_noun(self, s: "_Sentence", m: Mention) -> tuple[int, int] | None:
        """The span of the position noun `m` owns ("Ukraine's proposal", "la proposta di Kiev"), or None."""
        norm, t, toks, starts = s.norm, s.t, s.toks, s.starts
        after = norm[m.end:m.end + 2]
        gap = 0 if t.lang == "tr" else 1  # "Rusya'nın talebi", not "Rusya'nın çekilmesini talep"
        pos_end = m.end + (2 if after == "'s" else 1 if after[:1] == "'" else 0)
        q = None
        for start, end in s.position:
            if start >= pos_end and self._recipient_before_noun(s, m):
                break  # "Уиткофф передал Кремлю предложение": a dative before the noun receives it, owns nothing
            if start >= pos_end:
                if after[:1] in HYPHENS and start == m.end + 1:
                    q = (start, end)  # the first part of a compound: "US-Plan", "EU-Vorschlag"
                    break
                between = [w for w in self._words_between(toks, starts, pos_end, start) if w[2] not in ("'", "s")]
                # a verb between is no modifier: "Москва примет предложение" is no offer of Moscow's
                # nor a preposition: "il rifiuto di Kiev del memorandum russo" is no memorandum of Kyiv's
                if len(between) <= gap and all(w[2][:1].isalnum() and not self._governs_a_noun(w[2], t) and not any(
                        c.start <= w[0] < c.end and c.stance for c in s.cues) for w in between):
                    q = (start, end)
                break
        if q is None and t.lang == "tr" and m.case == "gen":
            # "Rusya'nın ateşkes teklifi": one bare noun may stand between; not a verbal noun ("çekilmesini talep")
            nxt = self._words_after(toks, starts, m.end, 2)
            if (len(nxt) == 2 and nxt[0][2][-1:] not in "aeıioöuü" and not nxt[0][2].endswith(("den", "dan", "ten", "tan"))
                    and any(start == nxt[1][0] for start, end in s.position)):
                q = (nxt[1][0], nxt[1][1])
            else:
                q = self._tr_possessed_noun(s, m)
        if q and (t.lang != "tr" or m.case != "obl"):
            return q
        # position noun + (genitive marker) + name: "la proposta di Kiev", "планы Евросоюза"
        before = None
        for start, end in s.position:
            if end <= m.start:
                before = (start, end)
        if before is not None and t.lang != "tr":
            # an opening quote around the owner's name is no word between: "решение «коалиции желающих»"
            between = [w for w in self._words_between(toks, starts, before[1], m.start) if w[2] not in QUOTES]
            # "la proposta di Kiev" needs its "di"; Slavic genitives need none ("планы Евросоюза");
            # "Washington offers Moscow ..." is a verb and its object, not Moscow's offer
            # ("resistance from Belgium": an `owner_markers` word marks the owner as the genitive does)
            marked = (any(w[2] in t.genitive or w[2] in t.owner_markers for w in between) or not t.genitive
                      or (not between and norm[m.start:m.end].lower().endswith(t.genitive_endings or ("\0",))))
            if marked and t.post_nominal and len(between) > 1 and self._adjective_word(s, between[0]):
                between = between[1:]  # an adjective after the noun: "un plan sophistiqué de la Commission"
            between = self._past_bare_content(between, t)
            # an indefinite article makes the name the content, not the owner: "la richiesta di un'Ucraina neutrale"
            # (the opener of a pair counts as an article: "the consent of both Moscow and Kyiv")
            if marked and all(w[2] in t.genitive or w[2] in t.owner_markers or w[2] in t.determiners or w[2] in t.correlative_openers
                              for w in between) and len(between) <= 2 and not any(w[2] in t.indefinites for w in between):
                return before
        if t.lang == "tr" and m.case == "gen":
            tabled = self._tr_tabled_noun(s, m)
            if tabled is not None:
                return tabled
            nxt = self._words_after(toks, starts, m.end, 2)
            for w in nxt:
                if TR_PARTICIPLE.search(w[2]) and any(c.start <= w[0] < c.end for c in s.cues):
                    return (w[0], w[1])
                light = Holders._tr_light_verb_of_cue(s, w) if TR_PARTICIPLE.search(w[2]) else None
                if light is not None:
                    return (light.start, w[1])
        return None

    @staticmethod
    def _tr_tabled_noun(s: "_Sentence", m: Mention) -> tuple[int, int] | None:
        """Turkish: the position noun a genitive tabled through a relative participle (`tabling_participles`) that
        bears the possessive for the bare noun after it ("Beyaz Saray'ın hazırladığı 28 maddelik plan", "Rus
        tarafının sunduğu taslak"): the genitive drafted it and owns it. At most three modifiers between the
        participle and the noun; none after a punctuation mark, a name or a cue word."""
        after = Reading._words_after(s.toks, s.starts, m.end, 5)
        if not after or after[0][2].lower() not in s.t.tabling_participles:
            return None
        for w in after[1:]:
            noun = next(((a, b) for a, b in s.position if a == w[0]), None)
            if noun is not None:
                return noun
            if not w[2][:1].isalnum() or any(c.start <= w[0] < c.end for c in s.cues) \
                    or any(x.start <= w[0] < x.end for x in s.mentions):
                return None
        return None

    def _recipient_before_noun(self, s: "_Sentence", m: Mention) -> bool:
        """Whether a name before a position noun is in the dative or accusative by its ending (`oblique_endings`,
        not Turkish): "передал Кремлю предложение", "przekazał Kremlowi propozycję". In these languages the owner
        follows the noun in the genitive ("предложение Кремля"), so a name in such a form before it receives it; so does
        a name right after a `giving_verbs` word ("przekazali Amerykanom swoje warunki", "gave Ukraine its terms")."""
        i = s.token_before(m.start)
        given_to = i >= 0 and s.toks[i][2] in s.t.giving_verbs
        return s.t.lang != "tr" and (self._oblique(s, m) or given_to)

    @staticmethod
    def _past_bare_content(between: list, t) -> list:
        """The words between a position noun and a name after it, past the issue the noun is of when it stands
        bare after a genitive marker (`bare_contents`: "la propuesta de tregua de Kiev", "la richiesta di
        riparazioni di Kiev"): what is left is the owner's own marker ("de", "dell'")."""
        if not t.bare_contents or len(between) < 3 or between[0][2] not in t.genitive:
            return between
        for k in range(2, len(between)):
            if between[k][2] in t.genitive and " ".join(w[2] for w in between[1:k]) in t.bare_contents:
                return between[k:]
        return between

    @staticmethod
    def _tr_light_verb_of_cue(s: "_Sentence", w) -> Cue | None:
        """Turkish: the stanced cue whose light verb is the token `w`, right after it ("ilan ettiği", "kabul
        ettiği"): the participle of the cue, as "önerdiği" is in one word."""
        if not w[2].startswith(TR_ET):
            return None
        return next((c for c in s.cues if c.stance and c.end <= w[0] and not s.norm[c.end:w[0]].strip()), None)

    @staticmethod
    def _adjective_word(s: "_Sentence", w) -> bool:
        """Whether a token may be an adjective after its noun: a lowercase word that is no small word of the
        grammar, no cue and no name ("sophistiqué", "dettagliata", "conjunta")."""
        t = s.t
        return (w[2].isalpha() and s.norm[w[0]:w[0] + 1].islower()
                and not any(w[2] in words for words in (t.genitive, t.determiners, t.prepositions, t.coordinators,
                                                        t.complementizers, t.negations))
                and not any(c.start <= w[0] < c.end for c in s.cues)
                and not any(mm.start <= w[0] < mm.end for mm in s.mentions))

    @staticmethod
    def _tr_owned_across_content(s: "_Sentence", m: Mention) -> tuple[int, int] | None:
        """Turkish: the possessed position noun a genitive owns across the content it asks for, closed by a
        postposition of content ("Rusya'nın Ukrayna ordusunun küçültülmesi yönündeki talebine"); none across a
        clause break, a cue or a bare name."""
        if Holders._tr_after_genitive_name(s, m):
            return None  # "Rusya'nın Ukrayna'nın silahsızlandırılması yönündeki talebi": the second is in the content
        # quotation marks around a named measure are no clause break ("Macron'un Ukrayna'ya "güvence gücü" gönderme önerisi")
        after = [w for w in Reading._words_after(s.toks, s.starts, m.end, TR_CONTENT_REACH + 5)
                 if w[2] not in QUOTES][:TR_CONTENT_REACH + 1]
        for k, w in enumerate(after):
            if not w[2][:1].isalnum() or any(c.start <= w[0] < c.end for c in s.cues) or any(
                    mm.start <= w[0] < mm.end and mm.case is None and mm.kind != "adjective"
                    and not Holders._tr_object_modifier(after, k) for mm in s.mentions):
                return None
            closed = Holders._tr_content_closed_at(s, after, k) if k > 0 else None
            if closed is not None:
                return closed
            if k > 0 and k + 1 < len(after) and TR_BARE_VERBAL_NOUN.match(w[2]):
                # "Rusya'nın Ukrayna ordusunu sınırlama talebini": a bare verbal noun closes the content before the noun
                if Holders._tr_possessed_position(s, after[k + 1]):
                    return (after[k + 1][0], after[k + 1][1])
            if w[2] in TR_CONTENT_MARKERS and k > 0 and k + 1 < len(after):
                noun = after[k + 1]
                return (noun[0], noun[1]) if Holders._tr_possessed_position(s, noun) else None
        return None

    @staticmethod
    def _tr_content_closed_at(s: "_Sentence", after: list, k: int) -> tuple[int, int] | None:
        """Turkish: the possessed position noun right after a content that word `after[k]` closes, or None: a verbal
        noun whose subject is a named genitive inside the content ("Kremlin'in Ukrayna ordusunun asker sayısının
        sınırlandırılması şartı"), or a future participle, at most an article and two bare nouns before the noun
        ("Kiev'in ... ile finanse edilecek bir tazminat fonu talebi"): the genitive before the content owns the noun."""
        w = after[k][2]
        if TR_OWN_VERBAL_NOUN.search(w) and Holders._tr_named_genitive_in(s, after[:k]):
            nxt = after[k + 1:k + 2]
        elif TR_FUTURE_PARTICIPLE.search(w):
            nxt = after[k + 1:k + 5]
        else:
            return None
        for v in nxt:
            if Holders._tr_possessed_position(s, v):
                return (v[0], v[1])
            if not v[2].isalpha() or any(c.start <= v[0] < c.end for c in s.cues) or any(
                    mm.start <= v[0] < mm.end for mm in s.mentions):
                return None
        return None

    @staticmethod
    def _tr_named_genitive_in(s: "_Sentence", words: list) -> bool:
        """Turkish: whether the first genitive noun among `words` has a bare name of its own right before it ("Ukrayna
        ordusunun"): the content has its own subject, so the genitive before the content is no possessor of it (not
        "Rusya'nın dondurulmuş varlıklarının": Russia's assets)."""
        first = next((k for k, v in enumerate(words) if TR_NOUN_GENITIVE.search(v[2])), None)
        return bool(first) and any(mm.start == words[first - 1][0] for mm in s.mentions)

    @staticmethod
    def _tr_after_genitive_name(s: "_Sentence", m: Mention) -> bool:
        """Turkish: whether a genitive name stands right after another genitive name ("Rusya'nın Ukrayna'nın ...
        talebi"): the first owns the noun, the second is the subject of the content's verbal noun."""
        if not TR_NAME_GENITIVE.search(s.norm[m.start:m.end]):
            return False
        end = len(s.norm[:m.start].rstrip())
        return end < m.start and any(mm.end == end and mm is not m and TR_NAME_GENITIVE.search(s.norm[mm.start:mm.end])
                                     for mm in s.mentions)

    @staticmethod
    def _tr_second_genitive_owns_an_oblique(s: "_Sentence", m: Mention) -> bool:
        """Turkish: whether the genitive name `m`, right after another genitive name, owns the possessed noun in an
        oblique case but the accusative after it, past one capitalised modifier ("Budapeşte'nin Ukrayna'nın NATO
        üyeliğine"): the noun is governed by the clause's verb, so `m` is its possessor and the genitive before it the
        clause's subject (an accusative one, "Rusya'nın Ukrayna'nın tarafsızlığını talep ettiği", is left as it was)."""
        if m.case != "gen" or not Holders._tr_after_genitive_name(s, m):
            return False
        words = Reading._words_after(s.toks, s.starts, m.end, 2)
        if words and s.norm[words[0][0]:words[0][0] + 1].isupper():
            words = words[1:]
        return bool(words) and s.norm[words[0][0]:words[0][0] + 1].islower() and words[0][2][-1:] not in "ıiuü" \
            and not any(c.start <= words[0][0] < c.end for c in s.cues) and Reading._tr_possessed_oblique(words[0][2])

    @staticmethod
    def _tr_possessed_position(s: "_Sentence", w) -> bool:
        """Turkish: whether token `w` is a position noun with a possessive ending ("talebini", "planını")."""
        return any(p0 == w[0] for p0, _ in s.position) and TR_POSSESSED.search(w[2]) is not None

    @staticmethod
    def _tr_object_modifier(after: list, k: int) -> bool:
        """Turkish: whether the bare name at `after[k]` modifies the lower-case possessed noun after it, as the
        content of a demand ("Ukrayna ordusunu sınırlama")."""
        return k + 1 < len(after) and after[k + 1][2][:1].islower() and TR_POSSESSED.search(after[k + 1][2]) is not None

    @staticmethod
    def _tr_possessed_noun(s: "_Sentence", m: Mention) -> tuple[int, int] | None:
        """Turkish: the possessed position noun a genitive owns across its modifiers ("Avrupa'nın 30 günlük
        koşulsuz ateşkes çağrısını"); none where a word between is a verbal noun, a name, a cue or a clause
        break ("Rusya'nın çekilmesini talep"), where a verbal noun follows the noun, or where the noun bears no
        possessive ending."""
        across = Holders._tr_owned_across_content(s, m)
        if across is not None:
            return across
        after = Reading._words_after(s.toks, s.starts, m.end, TR_OWNED_GAP + 16)
        if after and after[0][2] in QUOTES:
            # a quoted name of the measure counts as one modifier: ABD'nin "30 günlük geçici ve acil ateşkes" teklifini
            close = next((k for k in range(1, len(after)) if after[k][2] in QUOTES), None)
            if close is not None and close > 1:
                after = after[close - 1:close] + after[close + 1:]
        words = [w for w in after[:TR_OWNED_GAP + 4] if w[2] and w[2] not in QUOTES]
        for k, w in enumerate(words[:TR_OWNED_GAP + 1]):
            if any(start == w[0] for start, end in s.position):
                # the genitive is the subject of a verbal noun after the noun ("Kiev'in ... taleplerinden
                # vazgeçmesini"), not its owner; a verbal noun without a subject of its own ("planını müzakere
                # etmeyi reddetti") has the noun as its object
                if any(TR_VERBAL_NOUN.search(v[2]) and TR_OWN_VERBAL_NOUN.search(v[2]) for v in words[k + 1:k + 3]):
                    return None
                return (w[0], w[1]) if k and TR_POSSESSED.search(w[2]) else None
            if (not w[2][:1].isalnum() or TR_VERBAL_NOUN.search(w[2]) or TR_NOUN_GENITIVE.search(w[2])
                    or any(mm.start <= w[0] < mm.end for mm in s.mentions)
                    or any(c.start <= w[0] < c.end for c in s.cues)):
                return None
        return None

    def _framed_by_document(self, s: "_Sentence", holders: list, a: Analysis) -> bool:
        """A framing document at the start ("Under Moscow's draft memorandum, ...", "Secondo il piano
        americano, ...", "Under the plan drafted by Washington, ..."): its owners, or its participle's agents,
        are the holders, and nothing else is looked for."""
        first_comma = s.norm.find(",")
        frame_re = s.rx.get("frame", s.t.frame)
        trigger = search(frame_re, s.norm[:first_comma]) if frame_re is not None and first_comma > 0 else None
        if trigger is None:
            return False
        frame = [m for m, rule in holders if rule == "owner" and m.end <= first_comma]
        # or the agents of its participle: "Under the plan drafted by Washington and Moscow, ..."
        frame = frame or self._frame_agents(s, first_comma)
        if not frame or self._speaking_place_opens(s, frame) or self._verb_before_frame(s, frame, trigger.end()):
            return False
        a.frame = True
        a.holders.update(c for m in frame for c in m.codes)
        a.holder_mentions = [(m, {"frame"}) for m in frame]
        return True

    @staticmethod
    def _verb_before_frame(s: "_Sentence", frame: list, after: int) -> bool:
        """Whether a stance verb stands before the frame's owner ("Według agencji Reuters Ukraina zgodziła się na
        amerykańską propozycję, ..."): the trigger opened a cited source, and the owned noun is the verb's object."""
        first = min(m.start for m in frame)
        # (a participle with its agent is the frame's own: "Under the plan backed by the European Commission")
        # (nor the trigger itself: "Согласно" holds the agree cue "соглас")
        return any(c.stance and not c.noun and not c.speech and not c.agentive and after <= c.start and c.end <= first
                   for c in s.cues)

    @staticmethod
    def _speaking_place_opens(s: "_Sentence", frame: list) -> bool:
        """Whether the sentence opens with a locative and a party's place that is none of the frame's owners ("В Кремле
        положительно оценили идею американской стороны, ..."): the place speaks, no document frames the sentence."""
        first = s.toks[0] if s.toks else None
        if first is None or first[2] not in s.t.locatives or len(s.toks) < 2:
            return False
        return any(m.start == s.toks[1][0] and m not in frame for m in s.mentions)

    def _frame_agents(self, s: "_Sentence", end: int) -> list:
        """The names after an `agent_markers` word that follows a position noun and one participle ("the plan
        drafted by Washington and Moscow") in a frame that closes at `end`: the frame's authors; [] otherwise."""
        words = self._words_between(s.toks, s.starts, 0, end)
        k = next((k for k, w in enumerate(words) if w[2] in s.t.agent), None)
        if k is None or k < 2 or not any(p0 == words[k - 2][0] for p0, _ in s.position):
            return []
        after = words[k + 1:]
        names = [m for m in s.mentions if words[k][1] <= m.start and m.end <= end]
        covered = lambda w: any(m.start <= w[0] < m.end for m in names)
        plain = s.t.determiners | s.t.coordinators
        # a first name or a title in capitals may stand beside a name: "U.S. envoy Steve Witkoff"
        if not names or not all(covered(w) or w[2] in plain or s.norm[w[0]].isupper()
                                or any(p0 <= w[0] < p1 for p0, p1 in s.party) for w in after):
            return []
        return names

    def _coordinated_groups(self, s: "_Sentence") -> list[list[Mention]]:
        """Names coordinated into one group: "the U.S., Ukraine, and the E4 countries"."""
        t = s.t
        groups: list[list[Mention]] = []
        quoted = {id(m) for m in s.source_mentions}
        for m in s.free:
            if m.kind == "adjective":
                continue
            if groups:
                last = groups[-1][-1]
                between = self._words_between(s.toks, s.starts, last.end, m.start)
                # an office before the next name is glue too: "Zelensky and the president of the Commission"; so is
                # its first name: "Zelensky and Keir Starmer"
                words = self._without_first_names(s, between)
                glue = all(w[2] in t.coordinators or w[2] in t.determiners or w[2] in {",", "'", "s"}
                           or any(p0 <= w[0] and w[1] <= p1 for p0, p1 in s.party)
                           or self._repeated_genitive(s, groups[-1][0], words, k) for k, w in enumerate(words))
                if t.lang == "tr" and (last.case or any(w[2] == "," for w in between)):
                    glue = False  # Turkish: the comma closes the subject ("Rusya, Ukrayna'nın ...")
                if self._tr_hyphened_pair(s, last, m):
                    groups[-1].append(m)  # r33B: "ABD-Ukrayna önerisi": a hyphenated pair of names on one noun
                    continue
                # a case ending on the last of coordinated names is the whole group's: "Rusya ve Ukrayna'nın"
                # (not a name after a case ending: "Rusya'nın ve Ukrayna ...")
                if (id(last) in quoted) != (id(m) in quoted):
                    glue = False  # the comma closes a source: "За словами Зеленського, Росія відмовляється"
                if t.latter is not None and search(t.latter, s.norm[m.start:m.end]) is not None:
                    glue = False  # "..., and the latter rejected ...": a clause of its own, no list
                if any(w[2] == "," for w in between) and any(w[2].lower() in t.contrastives for w in between):
                    glue = False  # "dzieci wywiezionych do Rosji, a Kijów przystał ...": a comma and 'a' open a clause, no list
                if glue and any(w[2] in t.coordinators or w[2] == "," for w in between) and m.start - last.end < 40:
                    groups[-1].append(m)
                    continue
                if len(groups[-1]) == 1 and self._correlative(s, last, between):
                    groups[-1].append(m)  # "tanto Rusia como Ucrania", "sowohl Russland als auch die Ukraine"
                    continue
                if ((last.kind == "party" and m.kind == "name") or set(last.codes) == set(m.codes)) \
                        and m.case is None and self._apposition(s, between) and not self._adjacent_names(last, m, between):
                    # an office and its holder: "İngiltere Başbakanı Keir Starmer", "президент України Володимир Зеленський"
                    groups[-1].append(m)
                    continue
            groups.append([m])
        # commas alone coordinate nothing ("After talks in Saudi Arabia, Ukraine agreed"): a list ends
        # in a coordinator ("the U.S., Ukraine, and the E4")
        return [g for group in groups for g in ([group] if len(group) < 2 or self._has_coordinator(s, group)
                                                 else [[m] for m in group])]

    @staticmethod
    def _repeated_genitive(s: "_Sentence", first: Mention, words: list, k: int) -> bool:
        """Whether word k of the `words` between two names is the genitive marker (`genitive_markers`) that also stands
        before the first name of the list, past its determiners, right after the list's coordinator or comma ("les
        dirigeants de la France et de l'Italie", "los líderes de Italia y de Polonia"): the marker repeated on each
        name of one list, no new phrase ("la riunione di Londra, i ministri di Regno Unito" has a noun before it)."""
        t, w = s.t, words[k]
        if w[2] not in t.genitive or k == 0 or not (words[k - 1][2] in t.coordinators or words[k - 1][2] == ","):
            return False
        i = s.token_before(first.start, s.t.determiners)
        return i >= 0 and s.toks[i][2] == w[2]

    def _has_coordinator(self, s: "_Sentence", group: list) -> bool:
        return any(w[2] in s.t.coordinators or w[2] in s.t.correlative_joins for a, b in zip(group, group[1:])
                   for w in self._words_between(s.toks, s.starts, a.end, b.start)) or any(
            self._tr_hyphened_pair(s, a, b) for a, b in zip(group, group[1:]))

    @staticmethod
    def _tr_hyphened_pair(s: "_Sentence", last: Mention, m: Mention) -> bool:
        """r33B, Turkish: whether two bare names are joined by a hyphen alone ("ABD-Ukrayna önerisi"): one pair that
        modifies the noun after it, as coordinated names do."""
        return s.t.lang == "tr" and last.case is None and s.norm[last.end:m.start] in HYPHENS

    @staticmethod
    def _correlative(s: "_Sentence", first: Mention, between: list) -> bool:
        """Whether the words `between` a name and the next are the second part of a correlative pair whose first
        part stands right before the name ("tanto Rusia como Ucrania", "sia Mosca che Kiev", "tant la Russie que
        l'Ukraine", "sowohl Russland als auch die Ukraine"): the two names are coordinated."""
        t = s.t
        # the agent marker may stand on both names: "aceptado tanto por Moscú como por Kiev", "sia da Mosca sia da Kiev"
        if not t.correlative_openers or not any(w[2] in t.correlative_joins for w in between) \
                or not all(w[2] in t.correlative_joins or w[2] in t.determiners or w[2] in t.agent for w in between):
            return False
        i = s.token_before(first.start, t.determiners | t.agent)
        return i >= 0 and s.toks[i][2] in t.correlative_openers

    @staticmethod
    def _first_name(s: "_Sentence", w) -> bool:
        """Whether token `w` may be a first name that a name's entry leaves out ("Keir" of "Keir Starmer"): a word
        that opens with a capital letter. The three steps below read first names with it."""
        return w[2][:1].isalpha() and s.norm[w[0]:w[0] + 1].isupper()

    @staticmethod
    def _without_first_names(s: "_Sentence", between: list) -> list:
        """The words between two names without the at most two first names that end them right after a coordinator
        or a comma ("and Keir" before "Starmer"); all of them when no coordinator stands before."""
        n = 0
        while n < min(2, len(between) - 1) and Holders._first_name(s, between[-1 - n]):
            n += 1
        if n and (between[-1 - n][2] in s.t.coordinators or between[-1 - n][2] == ","):
            return between[:len(between) - n]
        return between

    @staticmethod
    def _apposition(s: "_Sentence", between: list) -> bool:
        """Whether the words between an office and a name are at most two first names ("Keir")."""
        return len(between) <= 2 and all(Holders._first_name(s, w) for w in between)

    @staticmethod
    def _adjacent_names(last: Mention, m: Mention, between: list) -> bool:
        """Whether two names stand side by side with no word between ("al vertice di Parigi Francia e Regno Unito",
        "en la cumbre de Londres Francia y Alemania"): two noun phrases, the first one's ending where the second opens,
        no office and its holder; an office is a party noun ("İngiltere Başbakanı Keir Starmer")."""
        return not between and last.kind == "name" and m.kind == "name"

    @staticmethod
    def _given_name(s: "_Sentence", w, first: Mention) -> bool:
        """Whether token `w` is a first name in the unbroken run of words right before a name ("Wladimir Medinski,
        der Leiter ..., schlug ... vor"): part of the subject; no preposition ("Laut Medinski")."""
        return (Holders._first_name(s, w) and w[2].isalpha() and w[2].lower() not in s.t.prepositions
                and all(ch.isalpha() or ch in " -" for ch in s.norm[w[0]:first.start]))

    def _find_governed(self, s: "_Sentence", groups: list, a: Analysis) -> list:
        """Holders by what governs each group: a Turkish case, a topic, an agent, a perspective, a place
        that speaks, or the cue verb the group is the subject of (its pairs go to a.pairs)."""
        holders = []
        for group in groups:
            if s.t.lang == "tr":
                found = self._turkish_group(s, group, a)
                if found is not None:
                    holders.extend(found)
                    continue
            holders.extend(self._governed_group(s, group, a))
        return holders

    def _turkish_group(self, s: "_Sentence", group: list, a: Analysis) -> list | None:
        """Turkish subjects marked by a comma or a postposition; None when neither decides."""
        first, last = group[0], group[-1]
        if last.case == "gen":
            plural = len(group) > 1 or len(last.codes) > 1 or bool(TR_PLURAL_GENITIVE.search(s.norm[last.start:last.end]))
            if self._tr_plain_relative(s, last):
                # "Rusya'nın yol açtığı yıkımın faturasını ...": the subject of a relative clause with no stance
                # describes a noun; it is no subject of the verb after it
                return []
            verb = self._tr_nominalised_verb(s, last, plural)
            if verb is not None and self._tr_quoted_before(s, last, verb.start):
                # 'Pekin'in "tarafların ... dikkate alan" ateşkesi desteklediğini': a genitive inside a quoted
                # modifier belongs to the quote, no subject of the verb after it
                return []
            if verb is not None:
                # "Ukrayna'nın ... kabul etmeyi önerdiğini söyledi": the genitive is the subject of the clause
                a.pairs.extend((m, verb) for m in group)
                return [(m, "subject") for m in group]
            relative = self._tr_relative_participle(s, last)
            if relative is not None:
                # "Kiev'in mart ayında reddettiği ateşkes önerisi": the genitive is the subject of the relative participle,
                # read as the adjacent one is ("Kiev'in reddettiği"): its owner, the participle its only cue
                s.owned_nouns.append((relative.start, relative.end))
                return [(m, "owner") for m in group]
        passive = self._tr_passive_of_place(s, last)
        if passive is not None:
            # "Moskova'da kesin bir dille reddedildi": the place in the locative is the passive's agent
            a.pairs.extend((m, passive) for m in group)
            return [(m, "subject") for m in group]
        if (first.case is not None and last.case is not None) or last.case == "obl":
            return []  # an oblique group is governed: "Rusya ve Ukrayna'ya çağrıda bulundu"
        if last.case is None and self._tr_conditional_verb(s, last):
            # "Ruslar da kabul ederse ateşkes yürürlüğe girecek": the subject of a condition holds nothing
            s.obliged.update(id(m) for m in group)
            return [(m, "complement") for m in group]
        if s.norm[last.end:last.end + 1] == "," or self._tr_titled_name_comma(s, last):
            # the verb closes the sentence: "Rusya, ... kabul etmedi."; or the clause before the next subject:
            # "ABD, ... önerdi, ancak Avrupa bu öneriye karşı çıktı."
            end = self._tr_clause_end(s, last)
            verbs = [c for c in s.cues if last.end < c.start < end] or [c for c in s.cues if c.start > last.end]
            if verbs and end < len(s.norm):
                verbs[-1] = self._tr_reported_by_converb(s, verbs[-1], last.end)
            for m in group:
                # "Moskova, tazminatı kabul etmiyor ve karşılıklı feragat öneriyor": a finite verb before a coordinator
                # closes a clause of the same subject, each verb its own
                for c in self._tr_coordinated_verbs(s, verbs[:-1]):
                    a.pairs.append((m, c))
                if verbs:
                    a.pairs.append((m, verbs[-1]))
            return [(m, "subject") for m in group]
        post = self._words_after(s.toks, s.starts, last.end, 1)
        too = post and post[0][2] in TR_TOO and not any(m.start < first.start for m in s.mentions)
        if post and (post[0][2] in s.t.contrastives or too) and first.case is None:
            # "..., Ukrayna ise Rusya'ya ... iade etti": the subject of a contrasted clause, its verb at the end;
            # so too with "da/de" opening the sentence ("Rusya Merkez Bankası da ... açıkladı"; not "Ukrayna, Rusya da
            # aynı adımı atarsa ...")
            verbs = [c for c in s.cues if c.start > last.end]
            for m in group:
                if verbs:
                    a.pairs.append((m, verbs[-1]))
            return [(m, "subject") for m in group]
        if post and post[0][2] in s.t.agent_post:
            if TR_STATEMENT_MADE.match(s.norm[post[0][1]:]):
                return []  # "ABD ve Ukrayna heyetleri tarafından yapılan ortak açıklamada, ...": who states only reports
            return [(m, "agent") for m in group]
        if post and post[0][2] in s.t.perspective:
            # "Ukrayna için güvenlik garantileri": who a measure is for holds nothing; "Kiev için kabul edilemez":
            # beside an evaluation, the party it is judged for
            near = self._near(self._evaluations(s), s.toks, s.starts, s.t, post[0][1], None, 3)
            if near and any(c.start == near[0] for _, c in a.pairs):
                return []  # the verb of another subject: "Batı, Ukrayna için ... destekliyor"
            if near and self._beneficiary_of_a_noun(s, post[0], near):
                return []  # "Ukrayna için güvenlik garantilerini desteklediklerini": whom the guarantees are for
            return [(m, "perspective") for m in group] if near else []
        if post and post[0][2] in s.t.between:
            return self._parties_to_agreement(s, group, post[0][0], a)
        return self._tr_while_clause(s, group, a) or self._tr_opening_subject(s, group, a)

    @staticmethod
    def _tr_passive_of_place(s: "_Sentence", m: Mention) -> Cue | None:
        """The rejecting passive verb (`place_cues`) a place in the locative (`locative_suffixes`) stands before, at most
        four words and no clause break between ("Kiev'de \"kurnaz bir tuzak\" olarak değerlendirildi"), or None."""
        t = s.t
        if t.place_cues is None or not s.norm[m.start:m.end].lower().endswith(t.locative_suffixes or ("\0",)):
            return None
        cue = next((c for c in s.cues if c.start >= m.end and c.stance), None)
        between = s.norm[m.end:cue.start] if cue is not None else ""
        if cue is None or cue.stance != "reject" or cue.noun or any(p in between for p in ",;:") or len(between.split()) > 4:
            return None
        last_word = s.norm[cue.start:cue.end].split()[-1]
        return cue if search(t.place_cues, last_word) is not None else None

    @staticmethod
    def _tr_quoted_before(s: "_Sentence", m: Mention, at: int) -> bool:
        """Turkish: whether name `m` stands inside a quotation that closes before offset `at`."""
        return s.norm[:m.start].count('"') % 2 == 1 and '"' in s.norm[m.end:at]

    @staticmethod
    def _tr_coordinated_verbs(s: "_Sentence", verbs: list) -> list:
        """Turkish: the stanced finite verbs among `verbs` that close a clause coordinated with the next one ("kabul
        etmiyor ve ...", "reddetti, ancak ..."): a coordinator or contrastive, with or without a comma, right after them."""
        out = []
        for c in verbs:
            last = WORD_RE.findall(s.norm[c.start:c.end])[-1:]
            after = Reading._words_after(s.toks, s.starts, c.end, 2)
            words = [w[2] for w in after]
            if words[:1] == [","]:
                words = words[1:]
            if (c.stance and not c.speech and not c.noun and last and TR_FINITE_VERB.search(last[0])
                    and words and words[0] in s.t.clause_joiners):
                out.append(c)
        return out

    @staticmethod
    def _tr_plain_relative(s: "_Sentence", m: Mention) -> bool:
        """Turkish: whether a relative participle with no stance (-DIğI, -(y)AcAğI, no case ending: "yol açtığı",
        "yaşadığı") stands at most three words after the genitive `m`, past only plain words, and a noun follows it
        ("yol açtığı yıkımın"): the genitive is the subject of that relative clause only."""
        words = Reading._words_after(s.toks, s.starts, m.end, 5)
        for i, w in enumerate(words[:4]):
            if not w[2][:1].isalnum() or any(mm.start <= w[0] < mm.end for mm in s.mentions):
                return False
            if any(c.start <= w[0] < c.end for c in s.cues):
                return False  # a cue: the stanced participle or verb is read elsewhere
            if TR_REPORTED_SUBJECT.search(w[2]) and not TR_COMPLEMENT.search(w[2]):
                nxt = words[i + 1][2] if i + 1 < len(words) else ""
                return (nxt[:1].isalpha() and nxt[:1].islower() and not TR_PASSIVE_REPORT.search(nxt)
                        and not any(c.start == words[i + 1][0] for c in s.cues))
        return False

    @staticmethod
    def _tr_relative_participle(s: "_Sentence", m: Mention) -> Cue | None:
        """Turkish: a stanced relative participle (-DIğI, -(y)AcAğI, no case ending: "reddettiği", "kabul ettiği")
        at most three words after the genitive `m`, past only plain words (a time: "mart ayında", "geçen ay"; no
        name, cue or comma): the genitive is its subject."""
        for w in Reading._words_after(s.toks, s.starts, m.end, 4):
            if not w[2][:1].isalnum() or any(mm.start <= w[0] < mm.end for mm in s.mentions):
                return None
            cue = next((c for c in s.cues if c.start <= w[0] < c.end), None)
            if cue is None:
                continue
            last = WORD_RE.findall(s.norm[cue.start:cue.end])[-1:]
            after = Reading._words_after(s.toks, s.starts, cue.end, 1)
            verb = last + [a[2] for a in after if a[2].startswith(TR_ET)]
            if cue.stance and not cue.speech and verb and TR_REPORTED_SUBJECT.search(verb[-1]) \
                    and not TR_COMPLEMENT.search(verb[-1]):
                return cue
            return None
        return None

    @staticmethod
    def _tr_while_clause(s: "_Sentence", group: list, a: Analysis) -> list | None:
        """Turkish: a converb in "-(y)ken" (`TR_WHILE`: "Rusya ateşkesi reddederken Ukrayna ateşkeste ısrar ediyor")
        closes a clause of its own: a bare name before it, with no other name between, is its subject; a bare name
        right after it is the subject of the verb that closes the sentence. None when no such converb decides."""
        first, last = group[0], group[-1]
        whiles = []
        for c in s.cues:  # the converb itself, or the light verb after its cue ("kabul ederken")
            light = Reading._words_after(s.toks, s.starts, c.end, 1)
            if c.stance and TR_WHILE.search(s.norm[c.start:c.end]):
                whiles.append((c, c.end))
            elif c.stance and light and TR_WHILE.search(light[0][2]):
                whiles.append((c, light[0][1]))
        for c, end in whiles:
            if c.start > last.end and not any(last.end <= mm.start < c.start and mm.case is None for mm in s.mentions):
                verb = Holders._tr_reported_by_converb(s, c, last.end)
                a.pairs.extend((m, verb) for m in group)
                return [(m, "subject") for m in group]
            if end <= first.start and not s.norm[end:first.start].strip(" ,"):
                verbs = [v for v in s.cues if v.start > last.end and v.stance and not v.noun]
                if verbs:
                    a.pairs.extend((m, verbs[-1]) for m in group)
                    return [(m, "subject") for m in group]
        return None

    @staticmethod
    def _tr_reported_by_converb(s: "_Sentence", c: Cue, start: int) -> Cue:
        """Turkish: the verb that gives the stance of a "-(y)ken" converb `c` whose clause opens at `start`: for a
        reporting converb ("kabul ettiğini açıklarken", "reddettiğini söylerken") the last stanced verb it reports,
        between the clause's start and it, as a finite reporting verb would; else the converb itself."""
        words = WORD_RE.findall(s.norm[c.start:c.end]) + [w[2] for w in Reading._words_after(s.toks, s.starts, c.end, 1)]
        if not any(TR_WHILE.search(w) and TR_REPORTING_CONVERB.match(w) for w in words):
            return c
        reported = [v for v in s.cues if start <= v.start and v.end <= c.start and v.stance and not v.noun and not v.speech]
        return reported[-1] if reported else c

    @staticmethod
    def _tr_as_long_as_not(toks: list, k: int) -> bool:
        """Turkish: whether token k is a negated participle with "sürece" after it ("çekilmediği sürece": as long as
        ... not, not until), or one in -(y)en with "kadar" after it ("kabul edene kadar": until), a condition's verb."""
        if k + 1 >= len(toks):
            return False
        after = toks[k + 1][2].lower()
        return ((bool(TR_NEGATED_PARTICIPLE.search(toks[k][2])) and after in TR_AS_LONG_AS)
                or (bool(TR_UNTIL_PARTICIPLE.search(toks[k][2])) and after in TR_UNTIL))  # "kabul edene kadar": until

    @staticmethod
    def _tr_conditional_verb(s: "_Sentence", m: Mention) -> bool:
        """Turkish: whether the first stanced verb after a name, in its clause, is in the conditional (its last
        word or the auxiliary after it: "kabul ederse", "razı olurlarsa", "anlaşırsa"), the suffix that plays
        the part of "if": the name is the subject of a condition."""
        after = [w for w in s.toks if m.end <= w[0]][:TR_UNLESS_REACH + 1]
        for k, w in enumerate(after[:TR_UNLESS_REACH]):
            if w[2] in {",", ";", ":"} or any(m.end <= mm.start < w[0] for mm in s.mentions):
                break
            if TR_UNLESS.search(w[2]) or Holders._tr_as_long_as_not(after, k):
                return True  # "Ukrayna Donbas'tan çekilmedikçe", "Rusya çekilmediği sürece": the subject of an "unless"
            if TR_CONDITIONAL.search(w[2]) and not any(c.start <= w[0] < c.end for c in s.cues):
                return True  # "Rusya da uyarsa", "Moskova geri çekilirse": a verb of no stance in the conditional
        verb = next((c for c in s.cues if c.start >= m.end and c.stance and not c.noun), None)
        if verb is None:
            return False
        between = [w for w in s.toks if m.end <= w[0] < verb.start]
        if between and between[0][2] == ",":
            between = between[1:]  # the comma after a subject: "Rusya, ... kabul ederse"
        if any(w[2] in {",", ";", ":"} for w in between):
            return False
        words = WORD_RE.findall(s.norm[verb.start:verb.end])[-1:]
        # not the sine qua non after it ("anlaşmanın olmazsa olmazıdır"): a condition the speaker sets, no "if"
        words += [w[2] for w in Reading._words_after(s.toks, s.starts, verb.end, 1)
                  if not any(c.start <= w[0] < c.end and TR_SINE_QUA_NON.match(s.norm[c.start:c.end]) for c in s.cues)]
        return any(TR_CONDITIONAL.search(w) for w in words)

    @staticmethod
    def _tr_titled_name_comma(s: "_Sentence", m: Mention) -> bool:
        """Turkish: whether a title ends in a personal name no table knows and then the subject's comma ("Devlet
        Duması Başkanı Vyaçeslav Volodin, ..."): the name is the title's apposition, the comma still the subject's,
        wherever the sentence opens ("Interfax'ın bildirdiğine göre Duma Başkanı Volodin, ...")."""
        # (a title that opens the sentence is _tr_opening_subject's, which reads its converbs too)
        return m.kind == "party" and TR_TITLED_NAME.match(s.norm, m.end) is not None \
            and WORD_RE.search(s.norm[:m.start]) is not None

    def _tr_opening_subject(self, s: "_Sentence", group: list, a: Analysis) -> list | None:
        """Turkish, verb-final: a bare name opening the sentence, with no other bare name after it, is the
        subject of the cue verb that closes the sentence, however far ("Rusya Dışişleri Bakanı Lavrov Moskova'da
        düzenlediği basın toplantısında ateşkes teklifini reddetti"); None when the sentence ends otherwise."""
        first, last = group[0], group[-1]
        inner = WORD_RE.search(s.norm[:first.start]) is not None
        if first.case is not None or (inner and not self._tr_opens_clause(s, first)):
            return None
        for m in sorted(s.mentions, key=lambda m: m.start):  # its apposition: "Rusya Dışişleri Bakanı Lavrov"
            if m.start >= last.end and m.case is None and not s.norm[last.end:m.start].strip():
                group, last = group + [m], m
        end = self._tr_clause_end(s, last)  # "Moskova ... reddetti, Washington ise ...": the clause before the next subject
        if any(last.end <= m.start < end and m.case is None and m.kind != "adjective" for m in s.mentions):
            return None
        verbs = [c for c in s.cues if last.end < c.start < end and not c.noun and (c.stance or c.speech)]
        if not verbs:
            return None
        owner_between = any(last.end <= m.start < verbs[-1].start and m.case == "gen" for m in s.mentions)
        tail = WORD_RE.findall(s.norm[verbs[-1].end:end])
        if len(tail) > 1 or (tail and not ((inner or owner_between) and tail[0].lower().startswith(LIGHT_VERBS))):
            return None  # the verb closes the sentence or clause (where _subject_of_cue cannot: with its light verb)
        if not inner and not owner_between and self._near(s.verb_spans, s.toks, s.starts, s.t, last.end, None,
                                                          SUBJECT_GAP) is not None:
            return None  # a verb near enough: _subject_of_cue decides (not for a clause after another's verb, nor
            # across a genitive: "Moskova Kiev'in ateşkes çağrısını reddetti")
        for m in group:
            a.pairs.append((m, verbs[-1]))
        return [(m, "subject") for m in group]

    @staticmethod
    def _tr_clause_before(s: "_Sentence", text: str) -> str | None:
        """Turkish: the text before the last comma (or semicolon) of `text`, when after it stands at most a contrastive
        or coordinator ("..., ancak", "...; ancak") and before it a finite verb closes a clause of its own; else None."""
        text = text.rstrip()
        cut = max(text.rfind(","), text.rfind(";"))  # r36E: "ABD ... teklif etti; Brüksel ... reddetti": a clause each
        head, tail = (text[:cut], text[cut + 1:]) if cut >= 0 else ("", text)
        words = WORD_RE.findall(tail)
        if len(words) > 1 or (words and words[0].lower() not in s.t.contrastives | s.t.coordinators):
            return None
        verb = (WORD_RE.findall(head)[-1:] or [""])[0]
        return head if TR_FINITE_VERB.search(verb) else None

    @staticmethod
    def _tr_opens_clause(s: "_Sentence", m: Mention) -> bool:
        """Turkish: whether a name opens a clause of its own after a finite stanced verb, a comma and at most a
        contrastive or coordinator ("..., ancak Avrupa bu öneriye karşı çıktı")."""
        head = Holders._tr_clause_before(s, s.norm[:m.start])
        return head is not None and any(c.stance and not c.noun and c.end == len(head) for c in s.cues)

    @staticmethod
    def _tr_clause_end(s: "_Sentence", last: Mention) -> int:
        """Turkish: where the clause of a subject `last` ends: at the next bare name that opens a clause of its own
        after a finite verb and a comma ("..., ancak Avrupa ...", "..., Washington ise ..."); else the sentence's end."""
        for m in sorted(s.mentions, key=lambda m: m.start):
            if m.start <= last.end or m.case is not None or m.kind == "adjective":
                continue
            before = s.norm[last.end:m.start].rstrip(" ,")
            if TR_WHILE.search(before) and any(last.end < c.start < last.end + len(before) and c.stance for c in s.cues):
                return last.end + len(before)  # "..., kabul ettiğini açıklarken Rusya, ...": a "-(y)ken" converb closes it
            converb = Holders._tr_converb_before_subject(s, last, m)
            if converb is not None:
                return converb  # "... talebini yinelerken, Rus heyetinin başındaki Medinski ...": the same, a noun phrase after
            head = Holders._tr_clause_before(s, s.norm[last.end:m.start])
            if head is not None and any(c.stance and last.end < c.start < last.end + len(head) for c in s.cues):
                return last.end + len(head)  # at the comma: "ancak" is no verb of the clause before
        return len(s.norm)

    @staticmethod
    def _tr_converb_before_subject(s: "_Sentence", last: Mention, m: Mention) -> int | None:
        """Turkish: the end of the last "-(y)ken," converb between subject `last` and the next bare name `m`, when a
        stanced cue stands before it and none after it (the words between are the next subject's noun phrase:
        "Rus heyetinin başındaki Vladimir"); None otherwise."""
        found = list(TR_WHILE_COMMA.finditer(s.norm, last.end, m.start))
        if not found:
            return None
        end = found[-1].end()
        if not any(c.stance and last.end < c.start < end for c in s.cues):
            return None
        if any(c.stance and end <= c.start < m.start for c in s.cues):
            return None
        return end

    @staticmethod
    def _tr_nominalised_verb(s: "_Sentence", m: Mention, plural: bool = False) -> Cue | None:
        """Turkish: the participle verb (-DIğ-) of a nominalised clause whose subject is the genitive `m`
        ("Ukrayna'nın ... önerdiğini", "Rusya'nın ..., Ukrayna'nın ise ... iade ettiğini"): the first stanced
        cue after it, past only verbal nouns ("kabul etmeyi") and other genitives contrasted by "ise". The
        participle may be the light verb after the cue ("kabul ettiğini") or, before a passive reporting verb,
        in the nominative ("olumlu baktığı belirtildi"); a plural one ("kabul ettiklerini") needs a plural
        subject (`plural`: "tarafların", "Rusya ve Ukrayna'nın"): a singular genitive before it owns a noun of
        the clause ("Ukrayna'nın mücadelesini desteklediklerini")."""
        if Holders._tr_second_genitive_owns_an_oblique(s, m):
            return None  # "Budapeşte'nin Ukrayna'nın NATO üyeliğine": the second genitive owns the noun, no subject
        owned = Holders._tr_owned_noun(s, m)
        for c in s.cues:
            if c.start < m.end or not c.stance:
                continue
            if s.norm[c.start:c.end].lower() in s.t.negations:
                continue  # r33D: "Rusya'nın Kırım'ı asla ... getirmeyeceğini": the refusal's adverb, its verb comes after
            if owned is not None and owned[1] <= c.start:
                return None  # "Trump'ın ateşkes planını ... bulmadığını": the genitive owns the noun
            if Holders._tr_owns_the_subject(s, m, c):
                return None  # "Ukrayna'nın NATO üyeliğinin masada olmadığını": the genitive owns the clause's subject
            after = Reading._words_after(s.toks, s.starts, c.end, 2)
            if any(TR_RELATIVE_PARTICIPLE.search(w) for w in WORD_RE.findall(s.norm[c.start:c.end])[-1:]) or (
                    after and after[0][2] in ("eden", "olan")):
                continue  # "... öngören sözleşmeyi onayladığı": the participle of a relative clause, no verb of the subject
            tail = Reading._words_after(s.toks, s.starts, c.end, 7)
            last = WORD_RE.findall(s.norm[c.start:c.end])[-1:]
            verb = last + [w[2] for w in after[:1] if w[2].startswith(TR_PARTICIPLE_LIGHT)
                           or (w[2].startswith("ol") and last and last[0].lower() in TR_CONSENT_PREDICATES)]
            verb = [w for w in verb if plural or not TR_PLURAL_PARTICIPLE.search(w)]
            if any(TR_COMPLEMENT.search(w) for w in verb) or any(
                    TR_REPORTED_SUBJECT.search(w) and Holders._tr_passive_report_next(tail[i:])
                    for i, w in enumerate(verb)):
                if Holders._tr_subject_of_verbal_noun(s, m, c):
                    return None  # "Rusya'nın ... tazmin etmesi gerektiğini": the subject of the verbal noun
                between = [mm for mm in s.mentions if m.end <= mm.start and mm.end <= c.start and mm.case == "gen"
                           and not Holders._tr_subject_of_verbal_noun(s, mm, c)  # the verbal noun's own subject
                           and not Holders._tr_second_genitive_owns_an_oblique(s, mm)]
                if all(s.t.contrastives & {w[2] for w in Reading._words_after(s.toks, s.starts, mm.end, 1)}
                       for mm in between):
                    return c
                return None
            if not any(p0 <= c.start < p1 for p0, p1 in s.position) and any(
                    d.stance and d.start > c.end and not s.norm[c.end:d.start].strip() for d in s.cues):
                continue  # "anlaşmayı imzaladığı": the object of the verb right after it (a position noun is owned)
            if not (TR_VERBAL_NOUN.search(c.word) or (after and TR_VERBAL_NOUN.search(after[0][2]))):
                return None
        return None

    @staticmethod
    def _tr_owns_the_subject(s: "_Sentence", m: Mention, c: Cue) -> bool:
        """Turkish: whether the genitive `m` owns the genitive noun right after it (at most two words between, no
        name), the subject of the clause before cue `c` ("Ukrayna'nın NATO üyeliğinin masada olmadığını"); not
        where a verbal noun follows that noun (its subject: "Ukrayna birliklerinin çekilmesini")."""
        words = [w for w in s.toks if m.end <= w[0] < c.start][:5]
        for i, w in enumerate(words[:3]):
            if any(mm.start == w[0] for mm in s.mentions):
                return False  # another name: "Rusya'nın Ukrayna birliklerinin ..."
            if s.norm[w[0]:w[0] + 1].islower() and TR_POSSESSIVE_GENITIVE.search(w[2]):
                nxt = words[i + 1][2] if i + 1 < len(words) else ""
                if Holders._tr_owns_an_object(words[i + 1:i + 3]):
                    return False  # "varlıklarının bir kısmını": the noun owns the verb's object, no subject of a clause
                return not (TR_VERBAL_NOUN.search(nxt) or TR_OWN_VERBAL_NOUN.search(nxt))
        return False

    @staticmethod
    def _tr_passive_report_next(after: list) -> bool:
        """Turkish: whether the words after a participle go on to a passive report ("kabul ettiği bildirildi"), past
        the agent that reported it ("kabul ettiği Al Jazeera tarafından duyuruldu"): the participle's genitive is
        still the subject of what was reported; the agent only reports. So too a report's content marker ("razı
        olduğu yönündeki haberleri yalanladı"): the clause is what the report says the genitive did."""
        words = [w[2] for w in after]
        if "tarafından" in words[:5]:
            words = words[words.index("tarafından") + 1:]
        return bool(words) and (TR_PASSIVE_REPORT.search(words[0]) is not None or words[0] in TR_REPORT_CONTENT)

    @staticmethod
    def _tr_owns_an_object(after: list) -> bool:
        """Turkish: whether the words after a genitive noun are its possessed head in the accusative, past an
        article ("varlıklarının bir kısmını", "toprakların tamamını"): the genitive then owns the object of the
        verb, as a partitive does, and is not the subject of the clause (which would stand in the genitive itself)."""
        words = [w[2] for w in after]
        if words[:1] == ["bir"]:
            words = words[1:]
        return bool(words) and TR_POSSESSED_ACCUSATIVE.search(words[0]) is not None and not TR_COMPLEMENT.search(words[0])

    @staticmethod
    def _tr_owned_noun(s: "_Sentence", m: Mention) -> tuple[int, int] | None:
        """Turkish: the possessed position noun a genitive owns, right after it ("ABD'nin planını") or across its
        modifiers ("Trump'ın ateşkes planını")."""
        owned = Holders._tr_possessed_noun(s, m)
        if owned is not None:
            return owned
        after = Reading._words_after(s.toks, s.starts, m.end, 1)
        if after and Holders._tr_possessed_position(s, after[0]):
            return (after[0][0], after[0][1])
        return None

    @staticmethod
    def _tr_subject_of_verbal_noun(s: "_Sentence", m: Mention, c: Cue) -> bool:
        """Turkish: whether the genitive `m` is the subject of a verbal noun with its own subject ("etmesi")
        before the cue `c`: not when another genitive stands between them, the verbal noun's own subject ("Rusya'nın
        Ukrayna birliklerinin çekilmesini talep ettiğini": Rusya demands; "Rus heyetinin Ukrayna'nın ...
        vazgeçmesinde ısrar ettiğini")."""
        words = [w for w in s.toks if m.end <= w[0] < c.start]
        own = next((i for i, w in enumerate(words) if TR_OWN_VERBAL_NOUN.search(w[2])), None)
        if own is None:
            return False
        if any(words[own][0] < d.start < c.start and d.stance and TR_RELATIVE_PARTICIPLE.search(s.norm[d.start:d.end])
               for d in s.cues):
            return False  # "kurulmasını öngören anlaşmayı": the verbal noun is inside a relative clause
        return not (any(TR_NOUN_GENITIVE.search(w[2]) for w in words[:own])
                    or (own and TR_CONSONANT_GENITIVE.search(words[own - 1][2]) is not None)  # "seferberliğin durdurulmasını"
                    or any(mm.case == "gen" and m.end <= mm.start < words[own][0] for mm in s.mentions))

    @staticmethod
    def _instrumental_agent_of(s: "_Sentence", first: Mention) -> bool:
        """ru, uk: whether mention `first` is the instrumental agent of a passive participle cue ("предложено
        Вашингтоном", "поддержано обеими сторонами"): the same span, though the group may hold a copy of it."""
        if s.t.agent_participles is None:
            return False
        for c in s.cues:
            agent = Reading._instrumental_agent(s.norm, c, s.t, s.mentions, s.toks, s.starts) if c.agentive else None
            if agent is not None and (agent.start, agent.end) == (first.start, first.end):
                return True
        return False

    @staticmethod
    def _agent_of_a_plain_participle(s: "_Sentence", first: Mention) -> bool:
        """ru, uk: whether mention `first`, in the instrumental (`instrumental_endings`), stands right after a present
        passive participle (`held_participles`) that is no cue ("гражданских лиц, удерживаемых Россией", "цивільних,
        утримуваних Росією"): the participle's agent, who holds no position of the sentence (a participle that
        tables, "план, підготовлений Києвом", leaves its agent the owner)."""
        t = s.t
        if t.held_participles is None or not t.instrumental_endings or first.kind == "adjective":
            return False
        i = s.token_before(first.start)
        if i < 0 or any(c.start <= s.toks[i][0] < c.end for c in s.cues):
            return False
        text = s.norm[first.start:first.end].lower()
        return search(t.held_participles, s.toks[i][2].lower()) is not None and text.endswith(t.instrumental_endings)

    def _governed_group(self, s: "_Sentence", group: list, a: Analysis) -> list:
        norm, t, toks, starts = s.norm, s.t, s.toks, s.starts
        first, last = group[0], group[-1]
        if first.kind == "collective":
            if self._instrumental_agent_of(s, first):
                return [(m, "agent") for m in group]  # "поддержано обеими сторонами": the passive's agent
            reached = self._agreement_reached(s, group, a)
            if reached is not None:
                return reached
        gov, gtok = self._governor(norm, toks, starts, t, first.start, s.party, [(m.start, m.end) for m in s.mentions], s.cues)
        topic = s.rx.get("topic", t.topic)
        if topic is not None and self._opens_topic(s, search(topic, norm[:first.start])):
            return [(m, "topic") for m in group]
        if gov is None and gtok is not None and t.oblique_endings and t.lang != "tr" and not self._in_condition(s, first, a):
            # a name after its verb inside a condition ("o ile Kijów wstrzyma ataki") is asked, see below
            inverted = self._subject_after_verb(s, group, gtok, a)
            if inverted:
                return inverted
        if gov is None and self._instrumental_agent_of(s, first):
            return [(m, "agent") for m in group]  # "предложено Вашингтоном", "поддержано обеими сторонами": its agent
        if gov is None and self._agent_of_a_plain_participle(s, first):
            return []  # "гражданских, удерживаемых Россией": the agent of a participle with no stance, no holder
        if s.t.verb_second and gov is None and gtok is not None:
            inverted = self._inverted_subject(s, group, gtok, a) or self._after_auxiliary(s, group, gtok, a)
            if inverted:
                return inverted
        if gov is None and gtok is not None and t.relatives:
            inverted = self._relative_subject(s, group, gtok, a)
            if inverted:
                return inverted
        if gtok is not None and gtok[2] in t.between:
            return self._parties_to_agreement(s, group, gtok[0], a)
        if gov is None and gtok is not None and gtok[2] in t.subordinators:
            found = self._verb_final_subject(s, group, a)
            if found:
                return found
        if gov == "prep":
            found = self._subject_after_preposition(s, group, gtok, a)
            if found:
                return found
        if gov == "cond" or (gov is None and self._in_condition(s, first, a)):
            # "if Moscow refused": a condition, no holder, not even when nothing else in the sentence holds;
            # so too a subject after its verb inside the condition ("jeśli na to zgodzą się Rosjanie")
            s.obliged.update(id(m) for m in group)
            return [(m, "complement") for m in group]
        if gov == "agent":
            if self._mediating_agent(s, first, gtok):
                return []  # "un accordo mediato dal Qatar", "ein von Katar vermitteltes Abkommen": a mediator
            if self._tabling_agent(s, gtok) or self._tabled_agents_participle(s.norm, s.t, s.mentions, first.start):
                return [(m, "agent") for m in group]  # "la demande formulée par Kiev": Kyiv tabled it
            near = self._near_before(s.verb_spans, toks, starts, gtok[0], 3)
            if self._passive_messenger(s, near, last):
                return []  # r32B: "Allies were told by Washington that Moscow demands ...": the messenger passes it on
            if near is not None and t.verb_second and any(c.start == near[0] for _, c in a.pairs) and not any(
                    c.agentive and self._agent_right_before(s, last, c) for c in s.cues):
                # German: the finite verb of another subject: "Russland fordert von der Ukraine den Verzicht" asks Ukraine
                s.obliged.update(id(m) for m in group)
                return [(m, "complement") for m in group]
            if near or any(c.agentive and self._agent_right_before(s, last, c) for c in s.cues):
                return [(m, "agent") for m in group]
            return self._relative_antecedent(s, group, gtok, a)
        if gov == "persp":
            return self._perspective_group(s, group, gtok, a)
        if gov == "prep":
            return self._place_group(s, group, gtok, a)
        if gov is None and self._elliptic_negation(s, group):
            return [(m, "elliptic") for m in group]  # "Die Ukraine akzeptierte die Waffenruhe, Russland dagegen nicht"
        if gov is None and all(self._oblique(s, m) for m in group):
            # "Гарантии безопасности Украине могли бы предусматривать ...": a dative or accusative is no subject
            return []
        return self._subject_of_cue(s, group, a)

    @staticmethod
    def _only_negations(between: str, t) -> bool:
        """Whether the text between two words holds nothing but `negations` words ("не", "not") and `stance_adverbs`
        ("категорически", "stanowczo", "знову")."""
        return all(w.lower() in t.negations or w.lower() in t.stance_adverbs for w in between.split())

    def _adverbs_or_fronted_object(self, s: "_Sentence", start: int, end: int) -> bool:
        """Whether the text between a place opening its clause and its verb holds only negations and stance adverbs, or
        with them an object an `object_determiners` word opens ("В Киеве такой вариант называют неприемлемым", "W Moskwie
        ten pomysł odrzucają"): at most three plain words after the determiner, no name among them; or an `object_pronouns`
        word alone ("в Москве его назвали ...")."""
        t, between = s.t, s.norm[start:end]
        if self._only_negations(between, t):
            return True
        words = between.split()
        if words and words[0].lower() in t.object_pronouns and self._only_negations(" ".join(words[1:]), t):
            return True  # "в Москве его назвали ...": a fronted object pronoun
        # r31A: a possessive opens a fronted object too ("тогда как в Кремле их присутствие считают неприемлемым")
        i = next((k for k, w in enumerate(words) if w.lower() in t.object_determiners | t.possessive_pronouns), None)
        if i is None or not self._only_negations(" ".join(words[:i]), t):
            return False
        rest = words[i + 1:]
        noun = next(k for k in range(len(rest) + 1) if self._only_negations(" ".join(rest[k:]), t))
        return (1 <= noun <= 3 and all(re.fullmatch(r"[\w'-]+", w) for w in rest[:noun])
                and not any(start <= m.start < end for m in s.mentions))

    def _opens_clause(self, s: "_Sentence", at: int) -> bool:
        """Whether the word at `at` opens its clause, past at most a `contrastives` word ("..., однако в Киеве ...",
        "..., ale w Moskwie ...") or a `clause_openers` phrase ("..., тоді як у Кремлі наполягли ...")."""
        start = self._clause_start(s, at)
        return start == at or (start is not None and s.norm[start:at].strip().lower() in s.t.contrastives) or (
            start is not None and self._opener_before(s, start, at))

    def _after_relative_pronoun(self, s: "_Sentence", at: int) -> bool:
        """Whether the word at `at` comes right after the relative pronoun opening its clause ("яку в Києві", "który
        w Kijowie"), not after "как"/"як"/"jak" (as, how)."""
        start = self._clause_start(s, at)
        return start is not None and s.t.noun_relative(s.norm[start:at].strip().lower())

    @staticmethod
    def _opener_before(s: "_Sentence", start: int, at: int) -> bool:
        """Whether a `clause_openers` phrase fills the text from `start` to `at` ("тоді як ", "podczas gdy ")."""
        openers = s.t.clause_openers
        found = search(openers, s.norm, start) if openers is not None else None
        return found is not None and found.start() == start and not s.norm[found.end():at].strip()

    @staticmethod
    def _past_inserted_source(s: "_Sentence", at: int) -> int:
        """Where the clause goes on past a cited source set off by commas right at `at` ("В Вашингтоне, как сообщает
        Reuters, предложили ...", "W Moskwie, według TASS, odrzucono ..."): after its closing comma; else `at`."""
        norm = s.norm
        if not norm[at:].lstrip().startswith(","):
            return at
        opening = norm.index(",", at)
        for b, e, *_ in s.sources:
            close = norm.find(",", e)
            if (opening < b and close != -1 and "," not in norm[opening + 1:b] and not norm[e:close].strip(" »«\"'")
                    and not any(c.stance and opening < c.start < close for c in s.cues)):
                return close + 1
        return at

    @staticmethod
    def _in_plain_relative_before(s: "_Sentence", group: list, verb: int) -> bool:
        """Whether the group stands in a relative clause set off by commas before the verb, with no stance cue of its
        own ("Ватикан, посланник которого посетил Киев и Москву, предложил ...", "Unia Afrykańska, której delegacja
        odwiedziła Moskwę i Kijów, zaproponowała ..."): the clause describes the subject; its names are no subject of
        the verb after it. Not 'как'/'як'/'jak' (a parenthetical report or a comparison)."""
        norm, first, last = s.norm, group[0], group[-1]
        opening = norm.rfind(",", 0, first.start)
        closing = norm.find(",", last.end)
        if opening < 0 or closing < 0 or closing >= verb:
            return False
        if not any(s.t.noun_relative(w.lower()) for w in WORD_RE.findall(norm[opening:first.start])):
            return False
        return not any(opening < c.start < closing and c.stance for c in s.cues)

    @staticmethod
    def _in_subjects_apposition(s: "_Sentence", last: Mention, m: Mention, verb: int) -> bool:
        """Whether party `m` stands in an apposition set off by commas right after the subject, before its verb
        ("Medinski, der Leiter der russischen Delegation, schlug ... vor", "Medinski, le chef de la délégation russe,
        a proposé"): it says who the subject is, no subject of its own. The apposition opens with a determiner or a
        lower-case noun, holds no cue, and closes with a comma before the verb."""
        norm = s.norm
        if not norm[last.end:m.start].lstrip().startswith(","):
            return False
        opening = norm.index(",", last.end)
        closing = norm.find(",", m.end)
        if closing < 0 or closing >= verb or "," in norm[opening + 1:m.start]:
            return False
        if any(opening < c.start < closing for c in s.cues):
            return False
        words = norm[opening + 1:closing].split()
        return bool(words) and (words[0].lower() in s.t.determiners or words[0][:1].islower())

    @staticmethod
    def _in_inserted_source(s: "_Sentence", m: Mention) -> bool:
        """Whether party `m` is quoted in a source set off by commas after a name ("Москва, по словам Умерова,
        предложила", "Rosja, według Umierowa, zaproponowała"): the source of the clause, no subject of its verb."""
        if m not in s.source_mentions:
            return False
        norm = s.norm
        for b, e, *_ in s.sources:
            opening = norm.rfind(",", 0, b)  # the source's lead ("по словам", "według") stands between
            if b <= m.start and m.end <= e and opening >= 0 and len(norm[opening + 1:b].split()) <= 3 \
                    and norm[max(e, m.end):].lstrip(" »«\"'").startswith(","):
                return any(mm.end <= opening and mm is not m for mm in s.free)
        return False

    @staticmethod
    def _elliptic_negation(s: "_Sentence", group: list) -> bool:
        """Whether a group after a comma is an elliptic negated clause: its name, at most an adverb
        (ELLIPSIS_ADVERBS, `contrastives`), a negation and the clause's end ("..., Russland dagegen nicht.",
        "..., Rosja natomiast nie."), after an agreeing or demanding cue of the clause before."""
        i = bisect.bisect_left(s.starts, group[0].start)
        j = bisect.bisect_left(s.starts, group[-1].end)
        before = s.toks[i - 1][2] if i > 0 else None
        after = [w[2].lower() for w in s.toks[j:j + 3]]
        if before not in (",", ";") and before not in s.t.clause_joiners:
            return False
        if after and (after[0] in ELLIPSIS_ADVERBS or after[0] in s.t.contrastives):
            after = after[1:]
        if not after or after[0] not in s.t.negations or (len(after) > 1 and after[1] not in (".", ";", "!", ",")):
            return False
        return any(c.stance in ("agree", "demand") and not c.speech and c.end <= group[0].start for c in s.cues)

    def _place_group(self, s: "_Sentence", group: list, gtok, a: Analysis) -> list:
        """A group governed by a preposition: a place that speaks or acts for its party, else what the
        relative clause or the sentence makes of it."""
        norm, t, last = s.norm, s.t, group[-1]
        received = self._reception_at(s, gtok[0]) or self._coordinated_reception(s, gtok[0])
        if received is not None:
            # "met with rejection in Moscow", "ha incontrato un netto rifiuto a Kiev": the place rejects
            a.pairs.extend((m, received) for m in group)
            return [(m, "subject") for m in group]
        if gtok[2] in t.locatives | t.seats and self._place_of_cue(s, gtok):
            return [(m, "agent") for m in group]  # "spotkało się z odmową w Kijowie": where it met a refusal refuses it
        # "В Кремле заявили", "у Києві вважають": the place speaks for the party
        speech = s.rx.get("speech", t.speech)
        if gtok[2] in t.locatives and speech is not None:
            sp = search(speech, norm, last.end)
            if sp is not None and not norm[last.end:sp.start()].strip():
                if self._judging_speech(s, sp.start()):
                    return self._subject_of_cue(s, group, a)  # "На Банковой назвали перемирие трюком": the place judges
                return [(m, "locative") for m in group]
        goes_on = self._past_inserted_source(s, last.end)
        if gtok[2] in t.locatives and self._opens_clause(s, gtok[0]) and any(
                c.stance and not c.noun and c.start >= goes_on and self._adverbs_or_fronted_object(s, goes_on, c.start)
                for c in s.cues):
            # "В Кремле отвергли ...", "У Києві відкинули ...", "У Кремлі не виключають ...": a place opening its
            # clause, right before a stanced verb (or its negation), is that verb's subject
            return self._subject_of_cue(s, group, a)
        if gtok[2] in t.locatives and self._after_relative_pronoun(s, gtok[0]) and any(
                c.stance in ("reject", "agree") and not c.noun and c.start >= goes_on
                and self._adverbs_or_fronted_object(s, goes_on, c.start) for c in s.cues):
            # "пропозицію, яку в Києві відкинули", "warunek, który w Kijowie odrzucono": the place reacts to what
            # the relative points back at (a reaction only: where it was discussed is no position)
            return self._subject_of_cue(s, group, a)
        if gtok[2] in t.locatives | t.seats and any(p1 <= gtok[0] and not norm[p1:gtok[0]].strip() for _, p1 in s.party):
            # "Władze w Kijowie stoją na stanowisku", "власти в Киеве требуют", "die Regierung in Kiew lehnt ... ab":
            # the office of the place
            return self._subject_of_cue(s, group, a)
        return self._relative_antecedent(s, group, gtok, a)

    @staticmethod
    def _reception_at(s: "_Sentence", at: int) -> Cue | None:
        """The stanced cue of a `receptions` phrase that ends right before the preposition at `at` ("met with
        rejection | in Moscow", "stieß | in Moskau auf Ablehnung", "was rejected | in Moscow"), or None; a phrase
        that only looks ahead past the place ("wurde | in Moskau abgelehnt") has its cue after the place."""
        if s.t.receptions is None:
            return None
        for found in finditer(s.t.receptions, s.norm):
            if found.end() <= at and Holders._only_correlatives(s, found.end(), at):
                cue = next((c for c in s.cues if c.stance and c.start < at and found.start() <= c.end), None)
                return cue or next((c for c in s.cues if c.stance and not c.noun and 0 < c.start - at <= 40
                                    and not any(p in s.norm[at:c.start] for p in ",;:()")), None)
        return None

    @staticmethod
    def _place_of_cue(s: "_Sentence", gtok) -> bool:
        """Whether the place's preposition `gtok` stands inside a `place_cues` cue or right after it ("встретило отказ в
        Киеве", "stieß in Moskau auf Ablehnung", "z zadowoleniem przyjęto w Kijowie"): the place holds that cue."""
        return Holders._place_cue_of(s, gtok) is not None

    @staticmethod
    def _only_correlatives(s: "_Sentence", start: int, end: int) -> bool:
        """Whether only blanks or `correlatives` words stand between `start` and `end` ("met with refusal | both | in
        Kyiv", "spotkała się z odmową | zarówno | w Kijowie"): the first of coordinated places is as near its cue."""
        return all(w.lower() in s.t.correlatives for w in s.norm[start:end].split())

    def _coordinated_reception(self, s: "_Sentence", at: int) -> Cue | None:
        """The reaction a place coordinated with an earlier receiving place holds ("rejected in Kyiv and in Moscow",
        "spotkała się z odmową zarówno w Kijowie, jak i w Moskwie"): the earlier place's cue, or a stanced verb of its
        own right before its preposition ("rejected in Kyiv but hailed in Moscow", "respinto a Kiev ma accolto a Mosca").
        Only after a coordinator or a comma, and only where the earlier place is itself a receiving place."""
        t, toks = s.t, s.toks
        i = s.token_before(at)
        own = next((c for c in s.cues if i >= 0 and c.end == toks[i][1] and c.stance in ("agree", "reject")
                    and not c.noun and not c.speech), None)
        if own is not None:
            i = s.token_before(own.start)
        joiners, joined = t.coordinators | t.contrastives | t.correlatives, False
        while i >= 0 and (toks[i][2].lower() in joiners or toks[i][2] == ","):
            i, joined = i - 1, True  # "and", "but", ", jak i", "como" ("tanto en Kiev como en Moscú")
        prev = next((m for m in s.mentions if i >= 0 and joined and m.end == toks[i][1]), None)
        if prev is None:
            return None
        j = s.token_before(prev.start)
        while j >= 0 and toks[j][2].lower() in t.correlatives:
            j -= 1
        if j < 0 or not toks[j][2].isalpha() or len(toks[j][2]) > 3:
            return None  # the earlier place needs its preposition ("in", "w", "à")
        earlier = (self._reception_at(s, toks[j][0]) or (self._place_cue_of(s, toks[j]))
                   or self._coordinated_reception(s, toks[j][0]))
        return (own or earlier) if earlier is not None else None

    @staticmethod
    def _place_cue_of(s: "_Sentence", gtok) -> Cue | None:
        """The `place_cues` cue the preposition `gtok` stands inside or right after (only `correlatives` between), or None;
        inside also where the cue is cut at its first word before the place ("spotkała się | w Moskwie z odmową")."""
        rx = s.t.place_cues
        if rx is None:
            return None
        return next((c for c in s.cues if c.stance and not c.noun and (c.start < gtok[0] < (c.reach or c.end) or (
            c.end <= gtok[0] and Holders._only_correlatives(s, c.end, gtok[0])))
            and search(rx, s.norm[c.start:c.end]) is not None), None)

    @staticmethod
    def _judging_speech(s: "_Sentence", at: int) -> bool:
        """Whether the reporting verb at `at` judges what it names ("назвали ... трюком", "назвали ... неприемлемым"):
        a reject or agree cue, so its subject holds that stance rather than only reporting."""
        return any(c.start == at and c.speech and c.stance in ("reject", "agree") for c in s.cues)

    @staticmethod
    def _verb_before_subject(s: "_Sentence", c: Cue) -> bool:
        """pl, ru, uk: whether agree cue `c` is a verb in the past with its subject after it ("Инициативу Анкары
        поддержали обе стороны"), no agreement noun the collective after it reached."""
        past = DROPPED_PAST.get(s.t.lang)
        words = s.norm[c.start:c.end].split()
        return past is not None and not c.noun and bool(words) and past.search(words[-1]) is not None

    def _agreement_reached(self, s: "_Sentence", group: list, a: Analysis) -> list | None:
        """A collective next to an agreement noun: the holders it gives, or None when it is no such case."""
        norm, t = s.norm, s.t
        first, last = group[0], group[-1]
        # a collective right after the agreement noun (a Slavic participle after a comma: "домовленостей, досягнутих"), or
        # before it with an article between (not a subject
        # right before its verb: "both sides agreed"): the agreement
        # reached with no agent named ("an agreement was reached", "è stato raggiunto un accordo", collective
        # agreement-reached) or the parties that reached it ("the agreement the parties reached"): they agree,
        # whoever reports it
        agreed = next((c for c in s.cues if c.stance == "agree" and not c.speech and (
            c.end <= first.start and not norm[c.end:first.start].strip(" ," if not first.subject_only else None)
            and not self._verb_before_subject(s, c)
            or last.end <= c.start and len(WORD_RE.findall(norm[last.end:c.start])) == 1
            and norm[last.end:c.start].strip().rstrip("'") in t.determiners
            # the participle right after an agreement named as the collective ("домовленостей, досягнутих")
            or last.end <= c.start and not norm[last.end:c.start].strip(" ,") and not first.subject_only
            and len(group) == 1 and set(first.codes) >= {"RU", "UA"})), None)
        # ... when the sentence is about the two sides: it names Russia or Ukraine besides ("an agreement was
        # reached that a claims commission be set up under the Council of Europe" is no swap between them)
        sides = set(first.codes) >= {"RU", "UA"} and any(
            mm.start != first.start and set(mm.codes) & {"RU", "UA"} for mm in s.mentions)
        if agreed is not None and sides:
            for m in group:
                a.pairs.append((m, agreed))
            return [(m, "parties") for m in group]
        if agreed is not None:
            s.obliged.update(id(m) for m in group)
            return []  # not about the two sides: who reached it is not said, and no fallback holder
        return None

    @staticmethod
    def _asked_after_demand(s: "_Sentence", group: list, gtok) -> bool:
        """Whether a name after a perspective marker is whom a demand verb asks: the marker ends or follows a demand
        cue ("pushed for", "called for") and an infinitive marker follows the name ("pushed for Kyiv to accept")."""
        if not any(c.stance == "demand" and not c.speech and c.start < gtok[0]
                   and (gtok[0] < c.end or not s.norm[c.end:gtok[0]].strip()) for c in s.cues):
            return False
        j = bisect.bisect_left(s.starts, group[-1].end)
        return j < len(s.toks) and s.toks[j][2].lower() in ASKED_TO

    def _perspective_group(self, s: "_Sentence", group: list, gtok, a: Analysis) -> list:
        """A name after a perspective marker ("for Kyiv"): a holder only beside an evaluation of its own."""
        t, toks, starts = s.t, s.toks, s.starts
        last = group[-1]
        if self._asked_after_demand(s, group, gtok):
            s.obliged.update(id(m) for m in group)
            return []  # "pushed for Kyiv to accept": whom the demand is put to, not whose view it is
        # "unacceptable for Kyiv", "для Москвы неприемлемо": an evaluative (reject/agree) cue next to it
        evaluative = self._evaluations(s)
        near = (self._near_before(evaluative, toks, starts, gtok[0], 0)
                or self._near(evaluative, toks, starts, t, last.end, None, 3))
        if near and near[0] >= last.end and self._contrast_between(s, last.end, near[0]):
            near = None  # "a loan for Ukraine, but Belgium rejected it": the evaluation is another clause's verb
        codes = {code for m in group for code in m.codes}
        if near and self._framed_by_another(s, group, codes):
            return []  # "Secondo Lavrov, le garanzie per Kiev sono inaccettabili": the framing party judges
        if near and any(c.start == near[0] and not set(mm.codes) & codes for mm, c in a.pairs):
            return []  # another party's own judgement: "американцы сочли невыгодным для Киева ..."
        if near and self._possessor_of_a_plain_noun(s, last):
            return []  # "for Ukraine's reconstruction was out of the question": whose reconstruction, no view
        if near and self._source_before_a_subject(s, group, near[0]):
            return []  # "according to Umerov, Russia agreed to ...": the source relays the party that agrees
        if near and self._in_a_subjects_bracket(s, group, near[0]):
            return []  # "Moskau hat eine Waffenruhe für die Ukraine abgelehnt": whom the measure is for, no view
        if near and self._door_opened_to(s, near[0]):
            return []  # r34E: "the alliance's door remains open to Ukraine": whom the door is open to, no view
        if near:
            relative = self._relative_clause_cue(s, last)
            if relative is not None:
                a.relative_cues.update((m.start, relative) for m in group)
            return [(m, "perspective") for m in group]
        return []

    @staticmethod
    def _door_opened_to(s: "_Sentence", cue_start: int) -> bool:
        """Whether the evaluation next to a name is an idiom of openness with a `door_nouns` word in its own words ("the
        door remains open to Ukraine", "drzwi Sojuszu pozostają dla Ukrainy otwarte"): the name is whom the door is open
        to; the speaker, not that party, holds the openness."""
        cue = next((c for c in s.cues if c.start == cue_start), None)
        return cue is not None and names_a_door(s.t.door_nouns, s.norm[cue.start:cue.end])

    @staticmethod
    def _source_before_a_subject(s: "_Sentence", group: list, cue_start: int) -> bool:
        """Whether a group is a cited source ("according to Umerov") and another party's name, no adjective, stands
        between it and the evaluation after it: that party is the clause's subject and holds it, the source relays."""
        if not all(any(m is sm for sm in s.source_mentions) for m in group):
            return False
        codes = {code for m in group for code in m.codes}
        return any(group[-1].end <= m.start and m.end <= cue_start and m.kind != "adjective" and not set(m.codes) & codes
                   for m in s.free)

    def _in_a_subjects_bracket(self, s: "_Sentence", group: list, cue_start: int) -> bool:
        """German: whether the evaluation after a name ("für die Ukraine abgelehnt") closes a verb bracket that an
        `auxiliaries` word opened before the name, in the same clause, with another party named before the name
        ("Moskau hat eine Waffenruhe für die Ukraine abgelehnt", "Berlin hat Garantien für Kiew zugesagt"): the
        participle is that subject's verb, the name only whom the measure is for."""
        t = s.t
        if not t.auxiliaries or cue_start < group[-1].end:
            return False
        start = max(s.norm.rfind(ch, 0, group[0].start) for ch in ",;:") + 1
        words = self._words_between(s.toks, s.starts, start, group[0].start)
        aux = next((w for w in words if w[2].lower() in t.auxiliaries), None)
        if aux is None or any(ch in s.norm[group[-1].end:cue_start] for ch in ",;:"):
            return False
        return any(start <= m.start < group[0].start and m not in group and m.kind != "adjective" for m in s.mentions)

    def _beneficiary_of_a_noun(self, s: "_Sentence", post, near) -> bool:
        """Turkish: whether a noun stands between a perspective postposition ("Ukrayna için") and the evaluation
        after it: the name is whom the noun is for ("Ukrayna için güvenlik garantilerini desteklediklerini"), not
        the one it is judged for ("Moskova için kabul edilemez", the evaluation right after it)."""
        words = [w for w in self._words_between(s.toks, s.starts, post[1], near[0]) if WORD_RE.match(w[2])]
        return any(TR_OBJECT_NOUN.search(w[2]) and w[2] not in TR_ADVERBS and not TR_VERBAL_NOUN.search(w[2])
                   for w in words)  # an object ("garantilerini"), not an adverb ("tamamen", "dahi")

    def _contrast_between(self, s: "_Sentence", a: int, b: int) -> bool:
        """Whether a `contrastives` word stands between offsets a and b: a clause of its own begins there."""
        return any(w[2] in s.t.contrastives for w in self._words_between(s.toks, s.starts, a, b))

    @staticmethod
    def _framed_by_another(s: "_Sentence", group: list, codes: set) -> bool:
        """Whether the sentence opens with a frame ("Secondo Lavrov, ...", "According to Moscow, ...") naming
        another party before its first comma, and the group stands after that comma."""
        first_comma = s.norm.find(",")
        frame_re = s.rx.get("frame", s.t.frame)
        if frame_re is None or first_comma <= 0 or group[0].start < first_comma \
                or not search(frame_re, s.norm[:first_comma]):
            return False
        return any(m.end <= first_comma and not set(m.codes) & codes for m in s.mentions)

    @staticmethod
    def _evaluations(s: "_Sentence") -> list:
        """Spans of the cues that may evaluate something for a party ("unacceptable for Kyiv"): reject or agree
        cues, not a position noun ("garantías para Ucrania con el apoyo de EE.UU.": the support is another
        party's) nor a gerund opening a clause of its own ("a loan to Kyiv, supporting its needs")."""
        gerund = GERUNDS.get(s.t.lang)
        return [(c.start, c.end) for c in s.cues if c.stance in ("reject", "agree") and not c.refusal
                and not c.noun and not (c.opens and gerund is not None and gerund.search(c.word))]

    @staticmethod
    def _mediating_agent(s: "_Sentence", first: Mention, gtok) -> bool:
        """Whether an agent is that of a mediating participle (`mediation_participles`), right before its agent
        marker ("brokered by Qatar", "mediato dal Qatar") or, German, right after the name ("von Katar vermittelt")."""
        words = s.t.mediation_participles
        if not words:
            return False
        i = s.token_before(gtok[0])
        j = bisect.bisect_left(s.starts, first.end)
        return (i >= 0 and s.toks[i][2] in words) or (s.t.verb_second and j < len(s.toks) and s.toks[j][2] in words)

    @staticmethod
    def _agent_right_before(s: "_Sentence", last: Mention, c: Cue) -> bool:
        """Whether the agent ending with `last` stands right before participle cue `c`, only `stance_adverbs` between
        ("von Kiew akzeptierten", "von Kiew bereits akzeptierten")."""
        return c.start >= last.end and all(w.lower() in s.t.stance_adverbs for w in s.norm[last.end:c.start].split())

    @staticmethod
    def _tabling_agent(s: "_Sentence", gtok) -> bool:
        """Whether an agent marker follows a participle that tables a position (`tabling_participles`: "formulée
        par Kiev", "presentada por Kiev"): its agent put the position forward."""
        words = s.t.tabling_participles
        i = s.token_before(gtok[0])
        return bool(words) and i >= 0 and s.toks[i][2] in words

    @staticmethod
    def _in_condition(s: "_Sentence", m: Mention, a: Analysis) -> bool:
        """Whether a name stands inside a condition that a `conditionals` word opens ("if, as expected,
        Russia agrees", "якщо на це погодиться Росія"), or a `privatives` word that an `exchanges` pattern makes a
        condition ("finché la Russia non si ritirerà", "tant que la Russie ne se sera pas retirée"): the
        condition's clause, not a position of its own; so does a proviso that an `exchanges` phrase opens ("o ile
        Kijów wstrzyma ataki", "provided Kyiv halts its strikes"): the party asked to act there holds nothing."""
        opening = s.t.conditionals | s.t.privatives
        return any(q0 < m.start < q1 and ((s.opens_proviso(q0) and not re.search(r"[.?!–—]|\s-\s", s.norm[q0:m.start])) or (
                   s.norm[q0:q1].split(" ", 1)[0].rstrip(",;:").lower() in opening
                   and any(q0 < c.start < q1 and c.stance and not c.speech for c in s.cues)))  # not "jeśli chodzi o"
                   for q0, q1 in a.conditions)

    @staticmethod
    def _clause_start(s: "_Sentence", at: int) -> int | None:
        """The offset of the first token of the clause holding offset `at`: after the sentence's start, a
        comma, a colon or semicolon, a complementizer or a coordinator."""
        i = bisect.bisect_left(s.starts, at)
        while i > 0 and s.toks[i - 1][2] not in {",", ";", ":", "«", "\"", "—", "–", "-"} \
                and s.toks[i - 1][2] not in s.t.complementizers and s.toks[i - 1][2] not in s.t.coordinators:
            i -= 1
        return s.toks[i][0] if i < len(s.toks) else None

    def _opens_topic(self, s: "_Sentence", found) -> bool:
        """Whether a topic marker found before a name opens the sentence or a clause ("Per Kiev, ...",
        "..., що касається Москви"): after a noun it only names a beneficiary ("garanzie per Kiev")."""
        if found is None:
            return False
        before = s.norm[:found.start()].rstrip()
        if before[-1:] == '"' and before.count('"') % 2 == 0:
            return False  # a closing quote ('un paquete de "garantías ..." para Ucrania'): after a noun
        if not before or before[-1] in ",;:(«\"'—–-":
            return True
        last = self._words_between(s.toks, s.starts, 0, found.start())
        return bool(last) and (last[-1][2] in s.t.complementizers or last[-1][2] in s.t.coordinators)

    def _parties_to_agreement(self, s: "_Sentence", group: list, at: int, a: Analysis) -> list:
        """The parties of an agreement "between Russia and Ukraine" ("un accordo tra Mosca e Kiev", "Rusya ile
        Ukrayna arasında ... anlaşma"): both agree, and who announces it only reports. Needs two names and an
        agree cue at most five words before the "between" word ("домовленість щодо нового великого обміну
        полоненими між ..."), or, in a verb-final language or a German clause, after the names."""
        if len(group) < 2 and len(group[0].codes) < 2:
            return []  # one name with two parties in it will do: "entre les délégations russe et ukrainienne"
        agree = [c for c in s.cues if c.stance == "agree" and not c.speech]
        before = self._near_before([(c.start, c.end) for c in agree], s.toks, s.starts, at, 5)
        after = None
        if before is None and (s.t.lang == "tr" or s.t.verb_second):
            # the participle at the clause's end: "zwischen Moskau und Kiew sei ein Austausch vereinbart worden"
            after = self._near([(c.start, c.end) for c in agree], s.toks, s.starts, s.t, at, None, 6)
        found = before or after
        if found is None:
            return []
        cue = next(c for c in agree if c.start == found[0])
        for m in group:
            a.pairs.append((m, cue))
        return [(m, "parties") for m in group]

    def _partner_to_agreement(self, s: "_Sentence", group: list, a: Analysis) -> list:
        """The other party of an agreement "with Russia" ("un acuerdo con Rusia", "l'accordo con Mosca"): it
        agrees too. A `partners` pattern ends where the name begins and holds an agree cue (the agreement
        noun); [] otherwise ("talks with Kyiv", "a truce is agreed with Russia" hold nothing) and inside
        another party's content."""
        start = group[0].start
        if s.in_complement(group[0]):
            return []  # "insist that Kyiv abandon any agreements with the West": content, no agreement made
        found = search(s.t.partners, s.norm[max(0, start - 80):start])
        if found is None:
            return []
        at, end = max(0, start - 80) + found.start(), max(0, start - 80) + found.end()
        if s.t.provisos is not None and search(s.t.provisos, s.norm[max(0, at - 30):at]) is not None:
            return []  # "sous réserve d'un accord avec le Kremlin": an agreement still to come, a condition
        if not any(c.stance == "agree" and not c.speech and at <= c.start < end for c in s.cues):
            return []
        # no pair with the cue: the agreement stays the clause of its subject ("Kyiv signed a deal with ...")
        return [(m, "partner") for m in group]

    @staticmethod
    def _verb_final_subject(s: "_Sentence", group: list, a: Analysis) -> list:
        """German subordinate clauses put the verb last: a name right after a `subordinators` word ("nachdem die
        Europäer die Obergrenze abgelehnt hatten") is the subject of the last stanced verb before its clause ends."""
        last = group[-1]
        ends = [w0 for w0, _, w in s.toks if w0 >= last.end and w in {",", ";", ":", "–", "—"}]
        end = ends[0] if ends else len(s.norm)
        verbs = [c for c in s.cues if last.end <= c.start < end and c.stance and not c.speech and not c.noun]
        if not verbs:
            return []
        for m in group:
            a.pairs.append((m, verbs[-1]))
        return [(m, "subject") for m in group]

    def _relative_antecedent(self, s: "_Sentence", group: list, gtok, a: Analysis) -> list:
        """A name after a genitive or agent marker, right before a subject relative and its stanced verb, is that
        verb's subject: "il via libera è arrivato dal Comitato dei ministri del Consiglio d'Europa, che ha
        approvato la convenzione", "the plan of Poland, which rejects ...". Not after a dative ("ha detto a
        Macron che accetterà": a complementizer)."""
        if gtok is None or gtok[2] not in (s.t.genitive | s.t.agent):
            return []
        cue = self._relative_clause_cue(s, group[-1])
        if cue is None:
            return []
        for m in group:
            a.pairs.append((m, cue))
        return [(m, "subject") for m in group]

    def _relative_clause_cue(self, s: "_Sentence", last: Mention) -> Cue | None:
        """The stanced verb of a relative clause right after a name, whose subject the relative pronoun is:
        "unacceptable for Kyiv, which demands ...", "inaccettabili per Kiev, che chiede ..."."""
        if not s.t.subject_relatives:
            return None
        words = [w for w in self._words_after(s.toks, s.starts, last.end, 2) if w[2] != ","]
        if not words or words[0][2] not in s.t.subject_relatives:
            return None
        rel = words[0]
        after = [c for c in s.cues if c.start > rel[0] and c.stance and not c.speech]
        if not after or len(self._words_between(s.toks, s.starts, rel[1], after[0].start)) > 2:
            return None
        return after[0]

    @staticmethod
    def _past_stance_adverbs(s: "_Sentence", gtok):
        """The token before up to two `stance_adverbs` words ending at `gtok` ("une exigence que rejette fermement
        Kiev", "una richiesta che respinge con forza Kiev"): the verb an inverted subject follows."""
        i = bisect.bisect_left(s.starts, gtok[0])
        k = i
        while k > 0 and i - k < 2 and s.toks[k][2].lower() in s.t.stance_adverbs:
            k -= 1
        return s.toks[k] if k < i else gtok

    @staticmethod
    def _past_first_names(s: "_Sentence", gtok, first: Mention):
        """The token before up to two first names ending at `gtok` right before a name ("sprzeciwił się Andrij
        Sybiha"): the verb an inverted subject follows; `gtok` itself where it is no first name."""
        i = k = bisect.bisect_left(s.starts, gtok[0])
        while k > 0 and i - k < 2 and Holders._given_name(s, s.toks[k], first):
            k -= 1
        return s.toks[k] if k < i else gtok

    @staticmethod
    def _past_focus_particle(s: "_Sentence", gtok):
        """The token before a name, or, where that is a focus particle ("лише", "tylko", "także"), the one before it."""
        i = bisect.bisect_left(s.starts, gtok[0])
        return s.toks[i - 1] if gtok[2].lower() in FOCUS_PARTICLES and i > 0 else gtok

    def _relative_subject(self, s: "_Sentence", group: list, gtok, a: Analysis) -> list:
        """A subject after the verb of a relative clause: "la tregua che hanno proposto Stati Uniti e Ucraina",
        "el alto el fuego que propusieron Estados Unidos", "rozejm, któremu sprzeciwia się także Kijów": the verb's
        stance is theirs."""
        gtok = self._past_stance_adverbs(s, self._past_focus_particle(s, gtok))
        cue = next((c for c in s.cues if c.start <= gtok[0] < c.end and c.stance and not c.speech), None)
        if cue is None:
            return []
        # the relative at most five words before the verb: "na który w Arabii Saudyjskiej zgodziła się"
        before = [w for w in self._words_between(s.toks, s.starts, max(0, cue.start - 40), cue.start)
                  if WORD_RE.match(w[2])][-5:]
        relative = next((w for w in reversed(before) if w[2] in s.t.relatives or w[2].lower() in s.t.comparatives_as),
                        None)  # r34C: "comme l'exige Moscou", "come chiede Mosca": a comparative clause, inverted too
        if relative is None or self._named_between(s, relative[1], cue.start):
            return []  # "Как сообщает Bloomberg, США предложили Киеву ...": the verb has its subject before it
        if self._asked_to_act(s, cue, group[-1]):
            # "... che l'organizzazione sollecita entrambe le parti a liberare ...": a complementizer, not a relative;
            # the name between the demand verb and its infinitive is whom it asks, who holds nothing
            s.obliged.update(id(m) for m in group)
            return [(m, "complement") for m in group]
        for m in group:
            a.pairs.append((m, cue))
        return [(m, "subject") for m in group]

    def _asked_to_act(self, s: "_Sentence", cue: Cue, last: Mention) -> bool:
        """Whether a name after demand verb `cue` is followed by an infinitive marker ("sollecita entrambe le parti a
        liberare", "exhorte Moscou et Kiev à libérer"): the verb asks the name to act, so the name is its object."""
        if cue.stance != "demand" or cue.noun or cue.speech:
            return False
        # the marker, then a verb in small letters or a quote opening it ("a «creare"); not a place ("a Ginevra")
        words = self._words_after(s.toks, s.starts, last.end, 2)
        if len(words) < 2 or words[0][2].lower() not in ASKED_TO:
            return False
        verb = s.norm[words[1][0]:words[1][1]]
        return verb in QUOTES or (verb.isalpha() and verb.islower() and verb not in s.t.determiners)

    @staticmethod
    def _named_between(s: "_Sentence", start: int, end: int) -> bool:
        """Whether a party's name (no bare adjective) stands between two offsets."""
        return any(start <= m.start and m.end <= end and m.kind != "adjective" for m in s.mentions)

    def _inverted_subject(self, s: "_Sentence", group: list, gtok, a: Analysis) -> list:
        """German verb-second order: a name right after the verb, when what stands before the verb is
        no name but an object ("Den Vorschlag Kiews lehnt Moskau ab"), is the verb's subject."""
        at = gtok[0]
        if gtok[2] == "sich":
            # a reflexive verb puts its pronoun before the subject ("einigten sich beide Seiten auf ...",
            # "sprach sich Berlin für ... aus"): the verb is the word before it
            before = [w for w in s.toks if w[1] <= gtok[0]]
            at = before[-1][0] if before else at
        # a position noun before its genitive owner is no verb ("in Plänen Russlands"): the owner is no subject
        cue = next((c for c in s.cues if c.start == at and (c.stance or c.speech) and not c.noun), None)
        obligation = s.rx.get("obligation", s.t.obligation)
        if cue is not None and obligation is not None and obligation.match(s.norm[cue.start:cue.end]):
            return []  # "sollen der Ukraine beistehen": a modal's dative, no subject
        if cue is None or not s.norm[:cue.start].strip() or (s.norm[:cue.start].rstrip().endswith((",", ";", ":"))
                                                             and not self._after_subordinate_clause(s, cue)):
            return []
        clause_start = max(s.norm.rfind(p, 0, cue.start) for p in ",;:") + 1
        # a name after a preposition is no subject either: "Laut Umerow macht Russland ... zur Bedingung"
        if any(clause_start <= m.start < cue.start and self._owned_noun(s, m) is None and m.kind != "adjective"
               and self._governor(s.norm, s.toks, s.starts, s.t, m.start, s.party)[0] not in ("prep", "agent")
               and not self._noun_genitive(s, m) for m in s.free):
            return []  # a subject before the verb: "Kiew forderte Moskau auf"
        if self._coordinated_verb(s, clause_start, cue.start):
            return []  # r31E: "..., und forderte Kiew auf": the name after the verb is its object
        for m in group:
            a.pairs.append((m, cue))
        return [(m, "subject") for m in group]

    def _coordinated_verb(self, s: "_Sentence", clause_start: int, verb: int) -> bool:
        """Whether only `coordinators` stand between a comma and a verb (", und forderte Kiew auf", ", и призвала
        Киев", ", i wezwała Kijów"): a verb coordinated with the clause before shares its subject, so a name right
        after it is its object, no inverted subject."""
        between = self._words_between(s.toks, s.starts, clause_start, verb)
        return bool(between) and clause_start > 0 and all(w[2] in s.t.coordinators for w in between)

    @staticmethod
    def _noun_genitive(s: "_Sentence", m: Mention) -> bool:
        """German: whether a name follows a genitive article (`genitive_markers` that are also determiners: des,
        der) right after a capitalised common noun ("Nach Angaben des Kremls", "Nach Ansicht der EU"), or carries its own
        genitive ending (`genitive_endings`) after an article and such a noun ("Nach der Ablehnung Moskaus"): no subject."""
        if not s.t.verb_second:
            return False
        i = s.token_before(m.start)
        if i >= 1 and s.toks[i][2] not in s.t.determiners and s.toks[i - 1][2] in s.t.determiners and \
                s.norm[m.start:m.end].lower().endswith(s.t.genitive_endings or ("\0",)):
            i += 1  # a name's own genitive ending after an article and its noun: "Nach der Ablehnung Moskaus"
        elif i < 1 or s.toks[i][2] not in s.t.genitive & s.t.determiners:
            return False
        noun = s.toks[i - 1]
        return s.norm[noun[0]:noun[0] + 1].isupper() and noun[2] not in s.t.determiners and not any(
            p0 <= noun[0] < p1 for p0, p1 in s.party) and not any(mm.start <= noun[0] < mm.end for mm in s.mentions)

    @staticmethod
    def _after_subordinate_clause(s: "_Sentence", cue: Cue) -> bool:
        """Whether a verb right after a comma opens the main clause after the subordinate clause the sentence
        opens with ("Nachdem Moskau die Waffenruhe abgelehnt hatte, forderte Kiew ..."): its subject follows it. A
        relative clause inside the opening clause ("Während Washington einen Plan vorlegte, der ... vorsieht, lehnte
        Kiew ... ab") adds the comma before its relative word, no boundary of the opening clause."""
        words = [w for w in s.toks if w[0] < cue.start]
        first = next((w[2] for w in words if w[2][:1].isalnum()), None)
        commas = [k for k, w in enumerate(words) if w[2] == "," and not (
            k + 1 < len(words) and words[k + 1][2].lower() in s.t.relative_openers)]
        return first in s.t.subordinators | s.t.conditionals and s.norm[:cue.start].rstrip().endswith(",") and \
            len(commas) == 1

    def _after_auxiliary(self, s: "_Sentence", group: list, gtok, a: Analysis) -> list:
        """German verb-second order with a phrase first: a name right after a finite auxiliary or modal with no
        stance of its own (`auxiliaries`: "Am Dienstag hat Russland ... abgelehnt", "Für 2024 hatte Kiew ...
        vorgeschlagen") is the subject of the last stanced verb of its clause, the participle or infinitive at
        its end; not where the auxiliary opens its clause (a question) or a free name before it is its subject."""
        gtok = self._before_titled_name(s, group[0], gtok)
        if gtok[2] not in s.t.auxiliaries | REPORTIVE_MODALS or any(
                c.start <= gtok[0] < c.end and not (gtok[2] in REPORTIVE_MODALS and c.stance == "demand") for c in s.cues):
            return []  # the reportive "soll" ("soll Washington Kiew gedrängt haben") is no demand of the name after it
        clause_start = max(s.norm.rfind(p, 0, gtok[0]) for p in ",;:") + 1
        # an opening subordinate clause fills the place before the verb as a phrase does ("Wie der Spiegel
        # berichtet, soll Washington Kiew gedrängt haben")
        opened = not s.norm[clause_start:gtok[0]].strip() and (
            self._after_opening_clause(s, gtok[0]) or self._after_fronted_relative(s, gtok[0]))
        if (not s.norm[clause_start:gtok[0]].strip() and not opened) or any(
                clause_start <= m.start < gtok[0] and m.kind != "adjective" and self._owned_noun(s, m) is None
                and self._governor(s.norm, s.toks, s.starts, s.t, m.start, s.party)[0] not in ("prep", "agent")
                for m in s.free):
            return []
        return self._verb_final_subject(s, group, a)

    @staticmethod
    def _after_fronted_relative(s: "_Sentence", at: int) -> bool:
        """r35D: whether offset `at` opens the main clause after a fronted phrase and its relative clause ("Nach dem
        Austausch, bei dem 200 Soldaten heimkehrten, | hat ..."): the phrase opens with a preposition (after a dateline
        in capitals and its dash), the one comma inside it with a relative word or a preposition and one."""
        words = [w for w in s.toks if w[0] < at]
        if len(words) > 2 and s.norm[words[0][0]:words[0][1]].isupper() and words[1][2] in HYPHENS + ("–", "—"):
            words = words[2:]  # "KIEW - Nach dem ...": the dateline
        commas = [k for k, w in enumerate(words) if w[2] == ","]
        if not words or len(commas) != 2 or commas[1] != len(words) - 1 or words[0][2].lower() not in s.t.prepositions:
            return False
        rel = [w[2].lower() for w in words[commas[0] + 1:commas[0] + 3]]
        return rel[:1] != [] and (rel[0] in s.t.relative_words or (
            rel[0] in s.t.prepositions and rel[1:2] != [] and rel[1] in s.t.relative_openers))

    def _before_titled_name(self, s: "_Sentence", m: Mention, gtok):
        """r35D: the word before the title and first name that lead up to a name ("hat Präsident Wolodymyr
        Selenskyj"): what governs the titled name, as `gtok` governs a bare one."""
        i = bisect.bisect_left(s.starts, m.start) - 1
        k = self._before_title(s.norm, s.toks, i, s.party, [(mm.start, mm.end) for mm in s.mentions]) if i >= 0 else None
        return s.toks[k] if k is not None else gtok

    @staticmethod
    def _after_opening_clause(s: "_Sentence", at: int) -> bool:
        """Whether offset `at` opens the main clause right after the subordinate clause the sentence opens with
        ("Wie der Spiegel berichtet, | soll ..."): one comma before it, the first word a subordinator."""
        words = [w for w in s.toks if w[0] < at]
        first = next((w[2].lower() for w in words if w[2][:1].isalnum()), None)
        return first in s.t.subordinators and s.norm[:at].rstrip().endswith(",") and sum(w[2] == "," for w in words) == 1

    @staticmethod
    def _accused(s: "_Sentence", m: Mention) -> bool:
        """Whether a name is the object of an accusation verb (`accusations`: "acusó a Kiev"), the subject of the
        verb its "de" introduces."""
        acc = s.t.accusations
        return acc is not None and search(acc, s.norm[max(0, m.start - 60):m.start]) is not None

    def _cue_verb_before_object(self, s: "_Sentence", first: Mention) -> tuple | None:
        """The span of the cue verb right before a name, whose object the name is ("urged the Kremlin", "wezwał
        Rosję", "chiede all'Ucraina"); not a position noun ("an offer Kyiv dismissed") nor a reporting verb, which
        has no object ("Trump said Putin had agreed")."""
        obj = self._near_before(s.verb_spans, s.toks, s.starts, first.start, 1)
        if obj is not None and any(p0 <= obj[0] < p1 for p0, p1 in s.position):
            return None
        if obj is not None and any(c.start == obj[0] and c.speech and c.stance in (None, "demand") for c in s.cues):
            return None
        return obj

    def _charged_demand(self, s: "_Sentence", first: Mention, last: Mention) -> Cue | None:
        """The demand cue a party accused by the verb before it (`accusations`: "accused the Europeans of
        demanding", "zarzucił Europejczykom, że domagając się", "warf den Europäern vor, mit der Forderung ...") is
        charged with: the first demand cue after it in its sentence, no other name between; None when the name is
        no accused's."""
        if not self._accused(s, first):
            return None
        stop = min([i for i in (s.norm.find(x, last.end) for x in ".;") if i >= 0] or [len(s.norm)])
        demand = next((c for c in s.cues if last.end <= c.start < stop and c.stance == "demand" and not c.speech), None)
        if demand is None or any(last.end <= mm.start < demand.start and mm.kind != "adjective" for mm in s.mentions):
            return None
        return demand

    def _subject_after_verb(self, s: "_Sentence", group: list, gtok, a: Analysis) -> list:
        """ru, uk, pl, free word order: a name in the nominative right after a stanced verb whose clause names no
        subject before it ("Предложение о перемирии поддержала Украина", "Apel Kijowa o rozejm poparła Francja")
        is the verb's subject, so are coordinated names ("поддержали Франция и Германия"); not a name in an oblique or
        genitive form ("поддержала Украину"), nor a collective but after a verb that agrees or rejects
        ("Инициативу Анкары поддержали обе стороны"; "призвал обе стороны" addresses them)."""
        gtok = self._past_focus_particle(s, gtok)  # "Заклик ... підтримав лише Київ": the verb before the particle
        gtok = self._past_first_names(s, gtok, group[0])  # r34C: "czemu sprzeciwił się Andrij Sybiha"
        cue = next((c for c in s.cues if c.start <= gtok[0] < c.end), None)
        if (cue is None or not cue.stance or cue.speech or cue.noun or cue.agentive or cue.refusal
                or any(c is cue for _, c in a.pairs)):
            return []
        m = group[0]
        for mm in group:
            text = s.norm[mm.start:mm.end].lower()
            if mm.kind == "collective" and cue.stance in ("agree", "reject"):
                continue
            if mm.kind in ("adjective", "collective") or self._oblique(s, mm) or self._genitive_ending(s, text):
                return []
        clause_start = max(s.norm.rfind(p, 0, cue.start) for p in ",;:") + 1
        if any(clause_start <= mm.start and mm.end <= cue.start and mm.kind != "adjective" and mm is not m
               and self._governor(s.norm, s.toks, s.starts, s.t, mm.start, s.party)[0] is None
               and self._owned_noun(s, mm) is None and not self._instrumental_agent_of(s, mm) for mm in s.mentions):
            return []  # a free name before the verb is its subject: "Москва поддержала Киев" (not a participle's agent)
        between = self._words_between(s.toks, s.starts, clause_start, cue.start)
        if any(w[2] in s.t.complementizers | s.t.relatives for w in between):
            return []
        if self._coordinated_verb(s, clause_start, cue.start):
            return []  # r31E: ", и призвала Киев ...": the name after the verb is its object
        a.pairs.extend((mm, cue) for mm in group)
        return [(mm, "subject") for mm in group]

    @staticmethod
    def _genitive_ending(s: "_Sentence", text: str) -> bool:
        """Whether a name ends like a genitive (`genitive_endings`: "Украины", "Ukrainy"), and not like a plural
        demonym in the nominative (`plural_nominative_endings`: "украинцы", "Ukraińcy", "Europejczycy")."""
        if not text.endswith(s.t.genitive_endings or ("\0",)):
            return False
        return not (s.t.plural_nominatives and text.endswith(s.t.plural_nominatives))

    def _owned_by_another(self, s: "_Sentence", cue: Cue, group: list) -> bool:
        """Whether position noun cue `cue` has an owner, none of it in `group` ("предложение Вашингтона")."""
        spans = {(g.start, g.end) for g in group}
        owners = [m for m, q in s.owners if q[0] <= cue.start < q[1]]
        owners += [m for m in s.free if m.kind != "adjective"
                   and (q := self._owned_noun(s, m)) is not None and q[0] <= cue.start < q[1]]
        return bool(owners) and not any((m.start, m.end) in spans for m in owners)

    @staticmethod
    def _possessor_of_a_plain_noun(s: "_Sentence", m: Mention) -> bool:
        """Whether a name takes a possessive 's before a lower-case noun that is no position noun, party noun or cue
        ("Kyiv's army", "Moscow's troops"): it determines that noun and is no subject of the verb after it."""
        if s.norm[m.end:m.end + 3] != "'s ":
            return False
        i = bisect.bisect_left(s.starts, m.end + 3)
        if i >= len(s.toks) or not s.toks[i][2][:1].isalpha() or not s.norm[s.toks[i][0]].islower():
            return False
        # nor a cue: "Kyiv's refusal to cede", "Russia's reluctance" are the name's own stance
        return not any(p0 == s.toks[i][0] for p0, _ in list(s.position) + list(s.party)) and not any(
            c.start <= s.toks[i][0] < c.end for c in s.cues)

    def _subject_of_cue(self, s: "_Sentence", group: list, a: Analysis) -> list:
        """The group as the subject of the cue verb after it ("Moscow demands"), not its object or content."""
        norm, toks, starts = s.norm, s.toks, s.starts
        first, last = group[0], group[-1]
        verb = self._near(self._clause_verbs(s), toks, starts, s.t, last.end, None, SUBJECT_GAP) or self._far_verb(s, group)
        if verb is None:
            return []
        if all(self._in_inserted_source(s, m) for m in group):
            return []  # "Москва, по словам Умерова, предложила ...": the party quoted speaks, the name before holds
        if self._in_plain_relative_before(s, group, verb[0]):
            return []  # "Unia Afrykańska, której delegacja odwiedziła Moskwę i Kijów, zaproponowała ...": the places visited
        attribute = self._attribute_agents(s, verb[0])
        if self._opens_a_bracket_before_object(s, group, verb[0]):
            cue = next(c for c in s.cues if c.start == verb[0])
            for m in group:
                a.pairs.append((m, cue))
            return [(m, "subject") for m in group]  # "Washington hat Kiew gedrängt, ...": Kiew is the object
        if any(last.end <= m.start and m.end <= verb[0] and m.kind != "adjective" and id(m) not in attribute
               and not self._in_inserted_source(s, m) and not self._in_subjects_apposition(s, last, m, verb[0])
               and (self._governor(norm, toks, starts, s.t, m.start, s.party, self._comitative_names(s, m))[0] != "prep"
                    or self._accused(s, m))
               for m in s.free):
            return []  # another name stands between (a name in a phrase, "при посредничестве США", does not)
        cue = next(c for c in s.cues if c.start == verb[0])
        if not s.t.genitive and s.t.genitive_endings and cue.noun and self._owned_by_another(s, cue, group):
            return []  # "Россия получила предложение Вашингтона": another party's position noun is no verb of the subject
        if ("," in norm[last.end:verb[0]] and self._noun_dependant(s, last) and not any(
                w[2] in s.t.relatives for w in self._words_between(toks, starts, last.end, verb[0]))):
            return []  # "для восстановления Украины, назвав это ...": a noun's genitive, no subject of the clause after
        if self._noun_dependant(s, first) and self._after_opening_noun(s, first):
            return []  # "«Вступление Украины в НАТО неприемлемо», — заявил Лавров": the noun opening it is the subject
        if not s.t.genitive and s.t.genitive_endings and all(
                any(q1 <= m.start and not norm[q1:m.start].strip() for q0, q1 in s.owned_nouns) for m in group):
            return []  # "Предложение США о перемирии неприемлемо": the noun's genitive owner, the noun the subject
        if self._noun_dependant(s, last) and any(
                q1 <= first.start and not any(q1 <= c.start < first.start and c.stance and not c.noun for c in s.cues)
                and not any(ch in norm[q1:first.start] for ch in ",;:") for q0, q1 in s.owned_nouns):
            return []  # "Żądanie Rosji dotyczące neutralności Ukrainy jest ...": inside another's demand, no subject
        if s.t.verb_second and all(self._owned_noun(s, m) is not None for m in group):
            return []  # a genitive owner before the verb is no subject: "Den Vorschlag Kiews lehnt Moskau ab"
        if s.t.verb_second and self._middle_field(s, first, a):
            return []  # "Die EU will damit die Ukraine unterstützen": an object before the final verb
        if self._noun_genitive(s, first):
            return []  # "Nach Angaben des Kremls fordert Kiew ...": the genitive of a noun is no subject
        if self._possessor_of_a_plain_noun(s, last):
            return []  # "using Russian assets to fund Kyiv's army was unacceptable": the army's, no subject
        obligation = s.rx.get("obligation", s.t.obligation)
        # with the words after the cue, for a pattern that looks ahead ("мають (повністю) припинити")
        if obligation is not None and obligation.match(norm[cue.start:cue.end + OBLIGATION_AHEAD]):
            s.obliged.update(id(m) for m in group)
            return [(m, "complement") for m in group]  # "Kyiv must withdraw": the demand is put to Kyiv
        if s.in_complement(first) and (cue.stance == "agree" or (
                cue.stance and not cue.speech and self._reported_clause(s, first))) and (
                all(m.kind == "collective" for m in group) or self._reported_clause(s, first)) \
                and not self._demanded_clause(s, first):
            # "X announced that both sides agreed to ...": the parties agree; X only reports; so too for another
            # stance of a clause a reporting verb reports ("powiedział mu, że Putin chce całego Donbasu")
            for m in group:
                a.pairs.append((m, cue))
            return [(m, "reported") for m in group]
        if self._threatened(s, first):
            s.obliged.update(id(m) for m in group)
            return [(m, "complement") for m in group]  # "drohten Moskau im Fall einer Ablehnung mit Sanktionen"
        obj = self._cue_verb_before_object(s, first)  # the object of a cue verb: "urged the Kremlin", "wezwał Rosję"
        charged = self._charged_demand(s, first, last) if obj is not None else None
        if charged is not None:
            a.pairs.extend((m, charged) for m in group)
            return [(m, "subject") for m in group]  # "accused the Europeans of demanding a truce": the accused asks
        if obj is not None and not norm[obj[1]:first.start].strip(" ").startswith(",") and not self._coordinated_clause_subject(s, obj, first, verb):
            return []
        if self._gerunds_object(s, first) or self._told_before_clause(s, first, last, verb[0]):
            return []  # the gerund's object ("did not object to Ukraine joining"), whom a clause is told ("told Kyiv that")
        if s.in_complement(first):
            return [(m, "complement") for m in group]
        if cue.refusal and self._content_clause(s, first, cue):
            return [(m, "complement") for m in group]  # "demands guarantees that Ukraine would not join NATO"
        for m in group:
            a.pairs.append((m, cue))
        return [(m, "subject") for m in group]

    def _coordinated_clause_subject(self, s: "_Sentence", obj: tuple, first: Mention, verb: tuple) -> bool:
        """r35C: a name after a cue verb and a coordinator, with its own cue verb after it, opens a coordinated
        clause of its own and is its subject, not the first verb's object: "the truce that Paris proposed and Kyiv
        accepted", "die Waffenruhe, die Paris vorgeschlagen und Kiew akzeptiert hatte"."""
        between = self._words_between(s.toks, s.starts, obj[1], first.start)
        return (len(between) == 1 and between[0][2] in s.t.coordinators and verb[0] >= first.end
                and verb[0] > obj[0])

    @staticmethod
    def _comitative_names(s: "_Sentence", m: Mention) -> list | None:
        """The names' spans, for the governor to skip a first name after a `comitatives` preposition ("in a call with
        Donald Trump"), when one stands two words before `m`; else None (the governor as before)."""
        i = bisect.bisect_left(s.starts, m.start)
        if i < 2 or s.toks[i - 2][2].lower() not in s.t.comitatives:
            return None
        return [(x.start, x.end) for x in s.mentions]

    @staticmethod
    def _gerunds_object(s: "_Sentence", m: Mention) -> bool:
        """Whether a name is the object of the gerund right before it, past at most determiners ("joining the European
        Union", "leaving NATO"): the gerund's object is no subject of a verb after it."""
        if s.t.lang != "en":
            return False  # (other languages mark a person object, "apoyando a Kiev", or end other words alike, ru "Киев")
        gerund = GERUNDS["en"]
        i = s.token_before(m.start, s.t.determiners)
        return i >= 0 and gerund.search(s.toks[i][2]) is not None and not any(
            c.start <= s.toks[i][0] < c.end for c in s.cues)

    @staticmethod
    def _threatened(s: "_Sentence", m: Mention) -> bool:
        """Whether a name stands right after a verb of threatening, or its pronoun ("drohten Moskau mit Sanktionen",
        "a menacé Moscou de nouvelles sanctions", "ha minacciato Mosca di sanzioni"): the party threatened holds nothing,
        not even the refusal the threat foresees ("im Fall einer Ablehnung")."""
        verb = s.t.threatening
        i = s.token_before(m.start)
        if verb is None or i < 0:
            return False
        if s.toks[i][2] in s.t.determiners and i > 0:
            i -= 1  # "ha minacciato la Russia"
        return verb.fullmatch(s.toks[i][2]) is not None

    def _opens_a_bracket_before_object(self, s: "_Sentence", group: list, verb_start: int) -> bool:
        """German verb-second order: whether the group opens its clause and a finite auxiliary (or the reportive
        "soll") right after it opens a bracket that the stanced participle or infinitive closes, another name
        standing between ("Washington hat Kiew gedrängt, ...", "Die EU soll Moskau aufgefordert haben, ..."):
        the name before the finite verb is the subject, the one in the middle field its object."""
        t = s.t
        if not t.verb_second or not t.auxiliaries:
            return False
        first, last = group[0], group[-1]
        start = self._clause_start(s, first.start)
        if start is None or any(w[2].lower() not in t.determiners and not self._title_word(t, w[2])
                                for w in self._words_between(s.toks, s.starts, start, first.start)):
            return False  # r35D: a title before the name still opens the clause ("Präsident Selenskyj hat Russland ...")
        after = self._words_between(s.toks, s.starts, last.end, verb_start)
        if not after or after[0][2].lower() not in t.auxiliaries | REPORTIVE_MODALS:
            return False
        if any(ch in s.norm[last.end:verb_start] for ch in ",;:"):
            return False
        cue = next((c for c in s.cues if c.start == verb_start), None)
        return cue is not None and cue.stance is not None and not cue.speech and not cue.noun and any(
            last.end <= m.start and m.end <= verb_start and m.kind != "adjective" for m in s.free)

    @staticmethod
    def _title_word(t, word: str) -> bool:
        """r35D: whether a word is a title of office (`party_nouns`, `office_nouns`: "Präsident", "Außenminister")."""
        return t.party is not None and t.party.fullmatch(word) is not None

    def _middle_field(self, s: "_Sentence", first: Mention, a: Analysis) -> bool:
        """Verb-second languages: whether a name stands between its clause's finite verb, whose subject is
        another name before it, and the verb at the clause's end ("Die EU will damit die Ukraine unterstützen",
        "Kiew forderte Moskau zur Waffenruhe auf", "Am Montag hat die Ukraine Russland ... aufgerufen"): an
        object, no subject."""
        start = self._clause_start(s, first.start)
        if start is None:
            return False
        # also where the finite verb is an auxiliary and the subject's verb closes the clause after the name: "Am
        # Montag hat die Ukraine Russland zu einer Waffenruhe aufgerufen"
        return any(start <= mm.start and mm.end <= first.start and not set(mm.codes) & set(first.codes) and (
            c.start < first.start or (c.start >= first.end and not any(p in s.norm[mm.end:c.start] for p in ",;:")))
            for mm, c in a.pairs)

    @staticmethod
    def _attributive(s: "_Sentence") -> list:
        """German: the participles used as attributes right after their agent ("einen von Kiew geforderten
        Waffenstillstand"): the agent's verb inside a noun phrase, no verb of the clause's subject."""
        if not s.t.verb_second:
            return []
        return [c for c in s.cues if c.agentive and c.stance
                and s.norm[c.end:].split(None, 1)[:1] != [] and s.norm[c.end:].split(None, 1)[0].lower() not in s.t.agent]

    def _subject_after_preposition(self, s: "_Sentence", group: list, gtok, a: Analysis) -> list:
        """A group a preposition governs that is still a clause's subject, with its reading: after a preposition that
        subordinates ("After Moscow rejected the truce, Kyiv ..."), in an absolute clause ("..., with Moscow
        insisting on neutrality"), accused of a stance ("acusó a Kiev de exigir"), a partner to an agreement; []
        otherwise."""
        t, first, last = s.t, group[0], group[-1]
        if not t.verb_second and gtok[2] in t.subordinators:
            found = self._subject_of_cue(s, group, a)
            if found:
                return found
        if gtok[2] in t.absolutes and self._gerund_cue_after(s, last):
            found = self._subject_of_cue(s, group, a)
            if found:
                return found
        if self._accused(s, first):
            cue = next((c for c in s.cues if c.stance and not c.speech and 0 < c.start - last.end <= 4
                        and s.norm[last.end:c.start].strip().rstrip("'") in t.genitive), None)
            if cue is not None:
                a.pairs.extend((m, cue) for m in group)
                return [(m, "subject") for m in group]
        if t.partners is not None:
            return self._partner_to_agreement(s, group, a) or []
        return []

    @staticmethod
    def _gerund_cue_after(s: "_Sentence", last: Mention) -> bool:
        """Whether a stanced cue that is a gerund follows the name, at most one word ("still") between: "with Moscow
        (still) insisting", the name and the gerund an absolute clause of their own."""
        gerund = GERUNDS.get(s.t.lang)
        words = [w for w in s.toks if w[0] >= last.end][:2]
        words = words[:next((k for k, w in enumerate(words) if not WORD_RE.match(w[2])), 2)]  # up to a comma
        return gerund is not None and any(
            gerund.search(w[2]) and any(c.start == w[0] and c.stance and not c.noun for c in s.cues) for w in words)

    def _clause_verbs(self, s: "_Sentence") -> list:
        """The verb spans a subject may take for its verb: not German attributive participles (_attributive)."""
        attributive = {c.start for c in self._attributive(s)}
        return [v for v in s.verb_spans if v[0] not in attributive] if attributive else s.verb_spans

    def _outside_attributes(self, s: "_Sentence", words: list, before: int) -> list:
        """The words not inside a German attributive participle's agent list (_attribute_agents): "einen von
        Kiew und den Europäern geforderten Waffenstillstand" counts as a plain noun phrase, its "und" no list of
        subjects."""
        agents = self._attribute_agents(s, before)
        if not agents:
            return words
        spans = [(m.start, c.end) for c in self._attributive(s) for m in s.free if id(m) in agents and m.end <= c.start]
        return [w for w in words if not any(a0 <= w[0] < a1 for a0, a1 in spans)]

    def _attribute_agents(self, s: "_Sentence", before: int) -> set:
        """ids of the names that are the agents of a German attributive participle before offset `before`
        ("der Kreml hat einen von Kiew und den Europäern geforderten Waffenstillstand abgelehnt"): inside the
        object's noun phrase, they stand between no subject and its verb."""
        found = set()
        for c in self._attributive(s):
            if c.start >= before:
                continue
            at = c.start
            for m in sorted(s.free, key=lambda m: -m.start):
                if m.end <= at and (at - m.end <= 1 or all(
                        w[2] in s.t.coordinators or w[2] in s.t.determiners or w[2] == ","
                        for w in self._words_between(s.toks, s.starts, m.end, at))):
                    found.add(id(m))
                    at = m.start
        return found

    def _far_verb(self, s: "_Sentence", group: list) -> tuple[int, int] | None:
        """The verb of a subject that opens its clause, past a phrase of up to SUBJECT_FAR words ("la Russia
        durante questo nuovo round di colloqui avrebbe respinto", "I leader europei, ricevuti alla Casa Bianca,
        hanno insistito"): no clause break, no complementizer or relative between, commas only in pairs."""
        first, last = group[0], group[-1]
        start = self._clause_start(s, first.start)
        if s.t.lang == "tr":
            return None  # verb-final: a bare name inside the clause is no subject ("Moskova, Ukrayna üzerinde ... reddetti")
        if start is None or any(w[2] not in s.t.determiners and not self._given_name(s, w, first)
                                for w in self._words_between(s.toks, s.starts, start, first.start)):
            return None
        verb = next(((v0, v1) for v0, v1 in self._clause_verbs(s) if v0 >= last.end), None)
        if verb is None:
            return None
        between = self._past_relative_clause(s, self._words_between(s.toks, s.starts, last.end, verb[0]))
        between = self._outside_attributes(s, between, verb[0])
        words = [w for w in between if w[2][:1].isalnum()]
        stops = s.t.complementizers | s.t.relatives | s.t.subject_relatives | s.t.conditionals | s.t.coordinators
        if words and (words[-1][2] in s.t.prepositions or words[-1][2] in INFINITIVE_MARKERS):
            return None  # "corren contra el tiempo para acordar": an infinitive of another verb
        if (len(words) > self._middle_field_limit(s, words) or any(w[2] in {";", ":", "(", ")", ".", "«", "»", '"', "“", "”"} or w[2] in stops
                                            for w in between) or sum(w[2] == "," for w in between) % 2):
            return None
        return verb

    @staticmethod
    def _opens_a_relative(s: "_Sentence", word: str) -> bool:
        """Whether a word after a comma opens a relative clause: a `relatives` word or, ru and uk, a participle
        (NOUN_PARTICIPLE: "Европейские лидеры, собравшиеся в Париже, ...")."""
        return word.lower() in s.t.relative_words or is_noun_participle(s.t.lang, word)

    @staticmethod
    def _past_relative_clause(s: "_Sentence", between: list) -> list:
        """The words between a subject and its verb past a relative clause set off by commas right after the subject
        ("European leaders, who met in Paris on Monday, endorsed ...", "Europejscy przywódcy, którzy spotkali się w
        Paryżu, poparli ..."): the clause is the subject's, not what cuts it off from its verb. Unchanged when the
        words open no such clause or it does not close before the verb."""
        if len(between) < 3 or between[0][2] != "," or not Holders._opens_a_relative(s, between[1][2]):
            return between
        close = next((k for k in range(2, len(between)) if between[k][2] == ","), None)
        if close is None or any(w[2] in {";", ":", "(", ")", "."} for w in between[2:close]):
            return between
        return between[close + 1:]

    @staticmethod
    def _middle_field_limit(s: "_Sentence", words: list) -> int:
        """How many words may stand between a subject and its verb in _far_verb(): SUBJECT_FAR; in German, where
        an auxiliary or modal follows the subject right away, the participle or infinitive closes a middle field
        that may be twice as long ("Putin hat einer 30-tägigen Aussetzung der Angriffe auf Energieanlagen
        zugestimmt, teilte das Weiße Haus mit")."""
        if s.t.verb_second and words and words[0][2].lower() in s.t.auxiliaries:
            return 2 * SUBJECT_FAR
        return SUBJECT_FAR

    def _reported_clause(self, s: "_Sentence", first: Mention) -> bool:
        """Whether a name opens a clause ("that Moscow and Kyiv agreed") right after a reporting verb and its
        complementizer: the clause's parties hold its agreement, who reports it only reports."""
        before = self._words_between(s.toks, s.starts, 0, first.start)
        while before and (before[-1][2] in s.t.determiners or before[-1][2] in QUOTES or before[-1][2] == "„"):
            before.pop()  # and the quote that opens the reported words: 'podkreślono, że „Ukraina ...'
        before = self._past_given_names(s, before, s.t.complementizers)  # r33D: "что Владимир Путин готов ..."
        before = self._past_owned_mediation(s, before)
        before = self._past_opening_source(s, before)
        if before and before[-1][2] not in s.t.complementizers and self._bare_relayed_clause(s, first):
            return True
        if len(before) < 2 or before[-1][2] not in s.t.complementizers:
            return False
        verb = [c for c in s.cues if c.end <= before[-1][0]]
        if not verb or not verb[-1].speech:
            return False
        # the comma a Slavic complementizer needs, and one adverb, may stand between: "poinformował, że",
        # "заявил, что", "podkreślono również, że"; or a time phrase of up to three words that names no party
        # and holds no cue: "announced on Monday that", "dijo este jueves que"
        between = [w for w in self._words_between(s.toks, s.starts, verb[-1].end, before[-1][0]) if w[2] != ","]
        return len(between) <= 1 or (len(between) <= REPORTED_TIME_WORDS and self._plain_words(s, between)) \
            or self._addressee_of_report(s, verb[-1], before[-1][0])

    def _bare_relayed_clause(self, s: "_Sentence", first: Mention) -> bool:
        """Whether a name opens, with no complementizer (`bare_reported_clauses`), the clause that a reporting verb inside
        another reported clause relays ("said that Putin had told him Russia would accept ...", "sagte, dass Putin ihm
        versichert habe, Russland werde ..."): only its addressee (`addressees`, a name), an auxiliary and one comma stand
        between. The party so relayed holds what its clause says; the messenger and the reporter only pass it on."""
        if not s.t.bare_reports or s.comp_from is None:
            return False
        verb = [c for c in s.cues if c.end <= first.start]
        if not verb or not verb[-1].speech or verb[-1].start < s.comp_from:
            return False
        named = [m for m in s.mentions if verb[-1].end <= m.start and m.end <= first.start]
        between = [w for w in self._words_between(s.toks, s.starts, verb[-1].end, first.start)
                   if not any(m.start <= w[0] < m.end for m in named)]
        small = s.t.addressees | s.t.auxiliaries | s.t.determiners
        between = self._past_given_names(s, between, small)  # r33D: "had told him Vladimir Putin was ready ..."
        return len(between) <= REPORTED_ADDRESSEE_WORDS and [w[2] for w in between].count(",") <= 1 and all(
            w[2] == "," or w[2].lower() in small for w in between)

    @staticmethod
    def _past_given_names(s: "_Sentence", words: list, openers: set) -> list:
        """r33D: `words` before a name without the at most two first names that end them right after one of `openers`
        (a complementizer, an addressee): "que Vladimir Poutine était prêt", "что Владимир Путин готов", "told him
        Vladimir Putin was": the relayed party's own name, so its clause still opens right after the reporting verb."""
        n = 0
        while n < min(2, len(words) - 1) and Holders._first_name(s, words[-1 - n]) and words[-1 - n][2].isalpha():
            n += 1
        if n and words[-1 - n][2].lower() in openers:
            return words[:len(words) - n]
        return words

    @staticmethod
    def _passive_messenger(s: "_Sentence", near, last: Mention) -> bool:
        """Whether the agent of a passive reporting verb ("were told by Washington that", "fueron informados por
        Washington de que") passes on a clause after it that names a party of its own: the messenger, who holds
        nothing; the party named in the clause holds what it says."""
        if near is None or s.comp_from is None or s.comp_from < last.end:
            return False
        if not any(c.speech and c.start == near[0] for c in s.cues):
            return False
        return any(m.start >= s.comp_from and m.kind != "adjective" for m in s.mentions)

    def _told_before_clause(self, s: "_Sentence", first: Mention, last: Mention, verb: int) -> bool:
        """Whether a group stands right after a reporting verb (an article between at most) and right before the
        complementizer that opens the clause of `verb` ("told Washington that it would not ...", "заверил Вашингтон, что
        отвергает ..."): the addressee, whom the clause is told, not its subject."""
        before = [w for w in self._words_between(s.toks, s.starts, 0, first.start) if w[2] not in s.t.determiners]
        if not before or not any(c.speech and c.start <= before[-1][0] < c.end for c in s.cues):
            return False
        after = [w[2].lower() for w in self._words_between(s.toks, s.starts, last.end, verb) if w[2] != ","]
        return bool(after) and after[0] in s.t.complementizers

    def _addressee_of_report(self, s: "_Sentence", verb: Cue, comp: int) -> bool:
        """Whether only whom a reporting verb tells, and where, stands between it and its complementizer ("had told
        Washington that", "aveva assicurato ai suoi interlocutori ad Ankara che", "a dit aux médiateurs que", "сообщил
        американской стороне, что"): a few words, names among them, with no cue and no break but the comma before the
        complementizer. The clause after it is what the addressee was told, whoever then reports the telling."""
        span = s.norm[verb.end:comp].rstrip()
        span = span[:-1] if span.endswith(",") else span
        inset = self._circumstance_inset(s, verb.end, verb.end + len(span))
        words = [w for w in self._words_between(s.toks, s.starts, verb.end, verb.end + len(span)) if w[2] != ","]
        return 0 < len(words) <= REPORTED_ADDRESSEE_WORDS and not re.search(
            r"[;:.!?()\"«»“”]" if inset else r"[,;:.!?()\"«»“”]", span) and all(
            w[2][:1].isalnum() for w in words) and not any(verb.end <= c.start < comp for c in s.cues)

    @staticmethod
    def _circumstance_inset(s: "_Sentence", b: int, e: int) -> bool:
        """r37A: whether the words from `b` to `e`, after a reporting verb, hold one phrase set off by a comma, naming no
        party ("lui avait dit, lors d'un entretien téléphonique, que", "le aseguró, durante la cena, que"): when and
        where the telling happened, so the clause after it is still what was told."""
        span = s.norm[b:e]
        return span.count(",") == 1 and not any(b <= m.start < e for m in s.mentions)

    @staticmethod
    def _past_owned_mediation(s: "_Sentence", before: list) -> list:
        """The words before a name without the reporter's own mediation that opens the clause, and its commas ("że
        dzięki ich mediacji Rosja i Ukraina ...", "que, gracias a su mediación, Rusia ..."): at most three words before
        the possessive, back to the complementizer or a comma."""
        words = before[:-1] if before and before[-1][2] == "," else before
        if len(words) < 3 or not s.t.owned_mediation(words[-1][2], words[-2][2]):
            return before
        j = len(words) - 2
        while j > 0 and len(words) - 2 - j < 3 and words[j - 1][2] not in s.t.complementizers and words[j - 1][2] != ",":
            j -= 1
        words = words[:j]
        return words[:-1] if words and words[-1][2] == "," else words

    @staticmethod
    def _past_opening_source(s: "_Sentence", before: list) -> list:
        """The words before a name without a cited source that opens its clause, and its lead and commas ("that,
        according to Umerov, Russia ...", "что, по словам Умерова, Россия ...", "że według Umierowa Rosjanie ..."): back
        to the complementizer, past a lead of at most `REPORTED_SOURCE_LEAD` words. The party the source relays still
        holds what the clause says; the source, and who reports it, only relay it."""
        words = before[:-1] if before and before[-1][2] == "," else before
        if not words:
            return before
        for b, e, *_ in s.sources:
            if not b <= words[-1][0] < e:
                continue
            j = len(words) - 1
            while j > 0 and words[j - 1][0] >= b:
                j -= 1  # back to the source's first word
            k = j
            while k > 0 and j - k < REPORTED_SOURCE_LEAD and words[k - 1][2] not in s.t.complementizers \
                    and words[k - 1][2] != ",":
                k -= 1  # back over its lead: "according to", "по словам", "według"
            rest = words[:k - 1] if k > 0 and words[k - 1][2] == "," else words[:k]
            if rest and rest[-1][2] in s.t.complementizers:
                return rest
        return before

    @staticmethod
    def _plain_words(s: "_Sentence", words: list) -> bool:
        """Whether tokens are plain words: letters or digits, no name, no cue, no clause break."""
        return all(w[2][:1].isalnum() for w in words) and not any(
            w[0] <= x.start < w[1] or x.start <= w[0] < x.end for w in words for x in list(s.mentions) + list(s.cues))

    def _demanded_clause(self, s: "_Sentence", first: Mention) -> bool:
        """Whether a name opens a clause right after a demand verb (no reporting verb) and its complementizer:
        "Washington quiere que las dos partes acuerden una tregua" is what Washington wants, not an agreement
        the parties reached."""
        before = self._words_between(s.toks, s.starts, 0, first.start)
        while before and before[-1][2] in s.t.determiners:
            before.pop()
        if len(before) < 2 or before[-1][2] not in s.t.complementizers:
            return False
        verb = [c for c in s.cues if c.end <= before[-1][0]]
        return bool(verb) and verb[-1].stance == "demand" and not verb[-1].speech and not verb[-1].noun and len(
            [w for w in self._words_between(s.toks, s.starts, verb[-1].end, before[-1][0]) if w[2] != ","]) <= 1

    def _content_clause(self, s: "_Sentence", first: Mention, cue: Cue) -> bool:
        """Whether a name opens a clause ("that Ukraine ...") after another stanced cue that is no
        reporting verb: the content of that position, not a position of its own."""
        before = self._words_between(s.toks, s.starts, 0, first.start)
        while before and before[-1][2] in s.t.determiners:
            before.pop()
        if not before or before[-1][2] not in s.t.complementizers:
            return False
        # not after an apposition that opens with a comma and an indefinite article ("..., una condición que Kiev rechazó")
        return any(c.stance and not c.speech and not c.refusal and c.end <= before[-1][0]
                   and self._apposition_end(s, c.end, first.start) is None for c in s.cues)

    @staticmethod
    def _own_verb(a: Analysis, m, roles) -> bool:
        """Whether a collective (the two sides) is the subject of a verb of its own that accepts or rejects
        ("... que ambas partes rechazaron", "strony uzgodniły"). A position noun after it is no verb of its own,
        and the two sides demanding stand in the content of another party's demand ("so that both sides drop
        their claims", "in modo che entrambe le parti rinuncino alle richieste"). A noun of consent or refusal after a verb
        of its own is ("обидві сторони дали на це згоду", "both sides voiced opposition")."""
        return "subject" in roles and any(mm is m and c.stance in ("reject", "agree") and (not c.noun or Holders._verb_before_noun(a, m, c))
                                          for mm, c in a.pairs)

    @staticmethod
    def _verb_before_noun(a: Analysis, m, c: Cue) -> bool:
        """Whether one to four words and no break stand between a subject and the stance noun it is paired with
        ("дали на це згоду", "gave their consent"): a verb of the subject's own whose object the noun is."""
        between = a.text[m.end:c.start]
        return 1 <= len(WORD_RE.findall(between)) <= 4 and not re.search(r"[,;:.!?()]", between)

    def _find_speakers(self, s: "_Sentence") -> list:
        """The speaker after the clause: ", said Ukrainian president Zelensky", ", заявил глава МИД Украины"."""
        norm, t = s.norm, s.t
        holders = []
        for c in s.cues:
            lead = norm[:c.start].rstrip()
            # ", said X", '" said X', and the dash of a quote frame: '" - said X', "..., – oświadczył X"
            dash = lead.endswith("-") and (len(lead) == 1 or lead[-2] in ' ,"')
            if not lead.endswith((",", '"')) and not dash:
                continue
            if lead.endswith('"') and ((c.noun and not c.speech) or norm[c.end:].startswith('"')):
                continue  # r33A: 'назвали «абсурдными» требования Киева', 'nazwał „absurdalną” propozycję Komisji': a quoted verdict, no quotation a speaker follows
            if lead.endswith('"') and self._closes_an_outlet_name(s, len(lead) - 1):
                continue  # 'Według „Gazety Wyborczej” europejski plan ...': a title's quote, no quotation ended
            if self._closes_a_subjects_relative(s, lead):
                continue  # "European leaders, who met in Paris, endorsed Kyiv's call": the subject's verb, no speaker after
            span_words = self._words_between(s.toks, s.starts, c.end, len(norm))
            window_end = span_words[min(len(span_words), 7) - 1][1] if span_words else c.end
            if any(w[2] in t.complementizers for w in self._past_addressee(span_words, t)[:2]):
                continue  # "..., said that", "..., powiedział dziennikarzom, że Amerykanie ...": a reported clause opens
            if self._opens_with_own_subject(span_words, t):
                continue  # r35D: ", said he had asked Moscow to ...", ", sagte er, ...": the pronoun speaks, a name after it is told
            if s.opens_proviso(c.start):
                continue  # ", o ile Kijów wstrzyma ataki": a proviso opens, its subject is asked, no speaker
            if t.lang in GERUNDS and GERUNDS[t.lang].search(c.word):
                continue  # ", назвав планы ...", ", appelant le CICR à ...": a gerund's subject is the clause's, a name after it its object
            for m in s.free:
                if c.end <= m.start and m.end <= window_end + 40 and m.start <= window_end and m.kind != "adjective":
                    gov, gtok = self._governor(norm, s.toks, s.starts, t, m.start, s.party)
                    # ", только если Киев выведет ...": the subject of a condition, no speaker
                    if gov not in ("prep", "cond") and (t.lang != "tr" or m.case is None):
                        holders.append((m, "speaker"))
                    elif gov == "prep" and self._place_after_speech(s, c, gtok):
                        holders.append((m, "locative"))  # ", уточнили в Кремле": the place speaks for its party
        return holders

    @staticmethod
    def _opens_with_own_subject(words: list, t) -> bool:
        """r35D: whether the words after a reporting verb open with a subject pronoun (`subject_pronouns`): the
        subject of a bare reported clause ("said he had asked his Russian counterpart to ...") or the inverted speaker
        itself (", sagte er", ", заявил он"); either way a name after it is no speaker of the verb."""
        first = next((w[2].lower() for w in words if w[2] != ","), None)
        return first is not None and first in t.subject_pronouns

    @staticmethod
    def _past_addressee(words: list, t) -> list:
        """`words` after a reporting verb past the words of its addressee (`addressees`: "reporters", "dziennikarzom",
        "европейским коллегам"), at most ADDRESSEE_WORDS_AFTER_VERB: what opens its clause."""
        k = 0
        while k < min(len(words), ADDRESSEE_WORDS_AFTER_VERB) and words[k][2] in t.addressees:
            k += 1
        return words[k:]

    @staticmethod
    def _closes_an_outlet_name(s: "_Sentence", at: int) -> bool:
        """Whether the quote at `at` closes a cited outlet's name ('Według „Rzeczpospolitej” amerykański plan ...', 'По
        данным «Коммерсанта» американский план ...'): a title in quotes, no quotation whose speaker follows."""
        return any(e <= at and not s.norm[e:at].strip() for _, e in (s.outlet_spans or ()))

    @staticmethod
    def _place_after_speech(s: "_Sentence", c: Cue, gtok) -> bool:
        """Whether a name governed by a `locatives` word stands right after a closing reporting verb (", заявили в
        Кремле", ", уточнили в Минобороны", ", повідомили в Офісі президента"): the place speaks, as "В Кремле заявили"
        does before its verb; only where the clause before names no party of its own ("Пасхальне перемир'я було
        підтримано обома сторонами, повідомили в ООН": the place only reports)."""
        return (gtok is not None and c.speech and gtok[2] in s.t.locatives
                and not s.norm[c.end:gtok[0]].strip()
                and not any(mm.end <= c.start and mm.kind != "adjective" for mm in s.mentions))

    @staticmethod
    def _closes_a_subjects_relative(s: "_Sentence", lead: str) -> bool:
        """Whether the comma that ends `lead` closes a relative clause opened by a comma right after a name ("European
        leaders, who met in Paris on Monday,"): the cue after it is the verb of that name, no ", said X"."""
        opening = lead.rfind(",", 0, len(lead) - 1)
        if opening < 0:
            return False
        words = WORD_RE.findall(lead[opening + 1:])
        if not words or not Holders._opens_a_relative(s, words[0]):
            return False
        return any(m.end <= opening and not s.norm[m.end:opening].strip() for m in s.free)

    def _evaluated_demand(self, s: "_Sentence", a: Analysis) -> None:
        """A speaker who says another party's position noun is unacceptable or absurd rejects it: "Peskov
        said Ukraine's demand for reparations was absurd" is UA demand (the owner) and RU reject (the
        speaker before its reporting verb, the evaluation the first stanced verb after the noun). A naming verb
        (`naming_verbs`: "nannte die russische Forderung, Kiew solle ..., realitätsfern") puts its judgement after
        its object, so the object's own words (its content, "solle") are no evaluation; a naming verb with its
        judgement is one ("заявил, что предложение Киева ..., и назвал его неприемлемым")."""
        owners = [(m, r) for m, r in a.holder_mentions if "owner" in r]
        if not owners:
            return
        said = [(m, c, True) for m, c in a.pairs if c.speech and m.end <= c.start]
        # '"Moscow's demand ... is unacceptable", said Zelensky': the speaker after its reporting verb, the
        # noun and its evaluation before that verb
        for m, r in a.holder_mentions:
            if "speaker" in r:
                c = next((e for e in reversed(s.cues) if e.speech and e.end <= m.start), None)
                if c is not None:
                    said.append((m, c, False))
        for m, c, before in said:
            for q0, q1 in a.owned_nouns:
                if (q0 < c.end) if before else (q1 > c.start):
                    continue
                lo, hi = (c.end, q1 + OWNED_NEAR) if before else (0, min(q1 + OWNED_NEAR, c.start))
                owner = next((o for o, _ in owners if o.codes != m.codes and lo <= o.start < hi
                              and (o.end <= q0 or o.start >= q1)), None)
                if owner is None:
                    continue
                end = len(s.norm) if before else c.start
                after = [e for e in s.cues if q1 <= e.start < end and e.stance and not e.noun
                         and (not e.speech or self._named_judgement(e, s.norm))]
                if before and self._named_judgement(c, s.norm, None):
                    after = self._naming_object_skipped(s, after, q1)
                between = [e for e in s.cues if (c.end if before else 0) <= e.start < q0 and e.stance
                           and not e.speech and not e.noun]
                if not after or between or after[0].stance != "reject" or after[0].refusal:
                    continue
                if not any(h is m for h, _ in a.holder_mentions):
                    a.holder_mentions.append((m, {"evaluator"}))
                    a.holders.update(m.codes)
                a.evaluations.append((m, after[0], owner))
                return

    def _named_judgement(self, c: Cue, norm: str, stance: str | None = "reject") -> bool:
        """Whether cue `c` opens with a naming verb (`naming_verbs`: "nannte", "назвал", "nazwała") and, unless
        `stance` is None, carries that stance: a judgement the namer gives what it names."""
        named = self.tables.naming_verbs
        return named is not None and (stance is None or c.stance == stance) and named.search(norm[c.start:c.end]) is not None

    @staticmethod
    def _naming_object_skipped(s: "_Sentence", after: list, q1: int) -> list:
        """The cues after a named position noun up to the namer's judgement, without the noun's own content
        ("die russische Forderung, Kiew solle verzichten, „realitätsfern“"): the first reject or agree cue in the
        clause, the words before it the object's; none past a sentence break."""
        stop = min([i for i in (s.norm.find(x, q1) for x in ";.") if i >= 0] or [len(s.norm)])
        judged = [e for e in after if e.start < stop and e.stance in ("reject", "agree")]
        return judged[:1]

    def _pick_holders(self, s: "_Sentence", holders: list, a: Analysis) -> None:
        """a.holders from the candidates: the main ones (not only inside a complement), else the first
        free name nothing governs, else the party a source quotes."""
        rules = {}
        for m, rule in holders:
            if not self._inside_no_agreement(s, m) and not self._consent_still_to_come(s, m):
                rules.setdefault(id(m), (m, set()))[1].add(rule)
        a.content = [m for m, r in rules.values() if r == {"complement"}]
        main = self._main_holders(s, [(m, r) for m, r in rules.values() if r - {"complement"}], a)
        if not main:
            main = self._relative_pronoun_antecedent(s)
        if not main:
            # only names in a content: one who must do something is who a demand is put to ("Russland muss
            # den Schaden kompensieren"), never its holder; a name in a reported clause still may be
            main = [(m, r) for m, r in rules.values() if id(m) not in s.obliged]
        if not main:
            main = self._fallback_holder(s)
        if not main and s.source_mentions:
            # "According to Peskov, a truce is premature": the party quoted is the holder
            main = [(m, {"source"}) for m in s.source_mentions]
        main.sort(key=lambda mr: mr[0].start)
        first_holder = main[0][0] if main else None
        for m, r in main:
            if m.subject_only and m is not first_holder and not ("agent" in r or self._own_verb(a, m, r)):
                continue  # holds only as the subject of a verb of its own, or a passive's agent
            a.holders.update(m.codes)
            a.holder_mentions.append((m, r))

    @staticmethod
    def _consent_still_to_come(s: "_Sentence", m: Mention) -> bool:
        """Whether a name stands a few words after a `provisos` opener, with no break between ("subject to Russia's
        agreement", "subject to approval by Moscow", "sujeta a la aprobación de Rusia"): a consent the position waits
        for, which the party has not given, so no position of its own."""
        if s.t.provisos is None:
            return False
        before = s.norm[max(0, m.start - PROVISO_REACH):m.start]
        # the openers match at the end of a text: try each word start back from the name, up to a break
        cuts = [len(before)] + [w.start() for w in WORD_RE.finditer(before)][::-1][:PROVISO_WORDS]
        for cut in cuts:
            if re.search(r"[,;:.!?()]", before[cut:]):
                return False
            if search(s.t.provisos, before[:cut]) is not None:
                return True
        return False

    @staticmethod
    def _inside_no_agreement(s: "_Sentence", m: Mention) -> bool:
        """Whether a name stands inside a `no_agreement` span, where no cue stands ("Peskov,
        Moskova'nın ateşkese razı olduğu yönündeki haberleri yalanladı"): a denial, a question, a guess, no holder."""
        return any(q0 <= m.start and m.end <= q1 for q0, q1 in s.apart)

    def _relative_pronoun_antecedent(self, s: "_Sentence") -> list:
        """With no holder of its own: a subject pronoun right after a relative word ("the call Trump had with
        Zelensky and Macron, during which he stressed the need for a truce") stands for the one party named
        before it that no preposition governs; a name in a later reported clause is only its content."""
        t = s.t
        words = [w for w in s.toks if WORD_RE.match(w[2])]
        at = next((w[0] for v, w in zip(words, words[1:]) if v[2].lower() in t.relative_words
                   and w[2].lower() in t.subject_pronouns), None)
        if at is None:
            return []
        governed, prev = set(), None
        for m in sorted(s.free, key=lambda m: m.start):  # "with Zelensky, Macron, Chancellor Friedrich Merz"
            gov = self._governor(s.norm, s.toks, s.starts, t, m.start, s.party)[0]
            listed = prev is not None and id(prev) in governed and all(
                w[2] == "," or w[2] in t.coordinators or s.norm[w[0]:w[0] + 1].isupper()
                for w in self._words_between(s.toks, s.starts, prev.end, m.start))
            if gov is not None or listed:
                governed.add(id(m))
            prev = m
        before = [m for m in s.free if m.end <= at and m.kind != "adjective" and id(m) not in s.obliged | governed]
        if len({c for m in before for c in m.codes}) != 1:
            return []
        return [(before[0], {"pronoun"})]

    def _main_holders(self, s: "_Sentence", main: list, a: Analysis) -> list:
        """Leave out the candidates who only report: who announces an agreement of others (a mediator, a
        reporter), and the speaker of ", said X" when the clause names its own holder ("The two
        delegations agreed ..., Umerov said")."""
        stanced = {id(m) for m, c in a.pairs if c.stance and (not c.speech or self._judging_speech(s, c.start))}
        # "..., mientras que Moscú advirtió de que consideraría cualquier uso un «robo»": a reported clause with no
        # subject of its own is the reporter's, and so is its stance
        stanced |= {id(m) for m, c in a.pairs if c.speech and not c.stance and self._reports_subjectless_stance(s, c)}
        # r35B: "warned that any seizure of its frozen assets would be treated as theft, after ...": a longer subject
        # that names no party before the verdict, the verdict still the reporter's
        stanced |= {id(m) for m, c in a.pairs if c.speech and not c.stance and self._reports_subjectless_verdict(s, c)}
        # r31A: "..., на что в МИД России ответили, что ... станет «прямой угрозой»": a place that reports a verdict passes it
        stanced |= {id(m) for m, r in main if self._place_reports_verdict(a, m, r) is not None}
        # "Moscow says Kyiv must stay neutral, but Ukraine ...": who says what another must do demands it
        stanced |= {id(m) for m, r in main if self._reports_an_obligation(s, m, r, a)}
        # "While the Kremlin insists ..., Kyiv says it will never ...": a reporter in a clause of its own, contrasted
        # with another party's stance, reports its own position, no one else's
        stanced |= {id(m) for m, r in main if "subject" in r and self._contrasted_reporter(s, m, a)}
        # "Macron sagte, Putin habe ihm versichert, er sei ... bereit": the party a messenger relays speaks, not the messenger
        stanced |= self._relayed_speakers(s, main, a)
        closed = self._own_voice(s.norm, s.t)
        if closed is not None:
            # '"We were ready, as Kyiv wished, to ...," Lavrov said': the quote is the speaker's own words, so
            # the speaker after it holds beside the parties it names
            stanced |= {id(m) for m, r in main if "speaker" in r and m.start > closed}
        if any("parties" in r for _, r in main):
            # "Fidan announced an agreement between Russia and Ukraine": the announcer only reports;
            # "Russia rejected a deal between Ukraine and the US" holds a position of its own
            parties = {id(m) for m, r in main if "parties" in r}
            agreement = {id(c) for m, c in a.pairs if id(m) in parties}
            own = {id(m) for m, c in a.pairs if c.stance in ("reject", "agree") and not c.speech
                   and id(c) not in agreement}
            main = [(m, r) for m, r in main if "parties" in r or not r <= {"subject", "speaker"} or id(m) in own]
        # a place that speaks ("В ООН повідомили, що ...": `locatives`) reports as a subject does
        # but a subject whose own verb, before the reported clause, takes a stance holds it ("Лавров отверг перемирие,
        # подчеркнув, что Россия требует ...": the gerund reports, the rejection stays Lavrov's); not a verb on another
        # party's position noun ("отверг требование Москвы, заявив, что ..."), whose owner and reported clause say it
        if any("reported" in r for _, r in main):
            acted = {id(m) for m, c in a.pairs if c.stance and not c.speech and not c.noun
                     and s.comp_from is not None and c.end <= s.comp_from
                     and not any(0 <= q0 - c.end <= 2 for q0, _ in s.owned_nouns)}
            main = [(m, r) for m, r in main if "reported" in r or not r <= {"subject", "speaker", "locative"}
                    or (id(m) in stanced and s.comp_from is not None and m.start >= s.comp_from) or id(m) in acted]
        # not a holder of an apposition after the clause ("Macron said ..., an idea the Kremlin has rejected"): the
        # speaker still holds what it reports
        app = self._apposition_end(s, 0)
        # a party paired only with a position noun it owns ("Ні про яке перемир'я на умовах Москви не може бути й мови,
        # відрізав Зеленський") has no clause of its own: the speaker after the clause holds the refusal no subject has
        orphan = s.t.lang in ("ru", "uk", "pl") and any(
            c.stance == "reject" and not c.noun and not c.speech and not any(c is cc for _, cc in a.pairs) for c in a.cues)
        nouned = {id(m) for m, c in a.pairs if c.noun} - {id(m) for m, c in a.pairs if not c.noun} if orphan else set()
        if any(id(m) in stanced and id(m) not in nouned and r & {"subject", "reported"} and (app is None or m.start < app)
               for m, r in main):
            # but the apposition's own subject that reports its reaction ("..., an idea Moscow has said it will never
            # accept") holds the stance it reports, as one with a verb of its own ("an idea the Kremlin rejected")
            stanced |= {id(m) for m, r in main if app is not None and m.start > app
                        and any(c.stance and not c.speech and not c.noun and c.start > m.end for c in s.cues)}
            main = [(m, r) for m, r in main if id(m) in stanced or not r <= {"subject", "speaker", "locative"}]
        return main

    def _relayed_speakers(self, s: "_Sentence", main: list, a: Analysis) -> set:
        """The subject of a reporting verb inside another reporting verb's clause, another party than the reporter
        ("Macron sagte, Putin habe ihm versichert, er sei ... bereit", "Stubb said Trump told him ..."), when no other
        party takes a stance after it: it speaks for itself, and the reporter before it only relays what it said."""
        subjects = {id(m) for m, r in main if r & {"subject", "reported"}}
        said = sorted(((m, c) for m, c in a.pairs if c.speech and id(m) in subjects), key=lambda mc: mc[1].start)
        small = s.t.addressees | s.t.complementizers | s.t.determiners | {","}
        relayed = set()
        for m, c in said:
            if "," in s.norm[m.end:c.start]:
                continue  # "... accuses Moscow of kidnapping, said Zelensky": the verb after a comma has its subject after it
            if not any(c0.end <= m.start and not set(m0.codes) & set(m.codes) and all(
                    w[2] in small for w in self._outside_sources(s, self._words_between(s.toks, s.starts, c0.end, m.start)))
                    for m0, c0 in said):
                continue  # no reporter right before it, its clause opening with the name: nothing relayed
            if any(c.end <= o.start and c2.stance and not c2.speech and not set(o.codes) & set(m.codes)
                   for o, c2 in a.pairs):
                continue  # "Amerykanie przekazali mu, iż Rosja nie zgodzi się": the messenger's clause names its holder
            relayed.add(id(m))
        return relayed

    @staticmethod
    def _outside_sources(s: "_Sentence", words: list) -> list:
        """r33D: `words` without those of a cited outlet ("dijo a Fox News que Putin le había asegurado ...", "told the BBC
        that ..."): the outlet is told, as an addressee is, and opens no clause of its own."""
        spans = [(b, e) for b, e, *_ in s.sources] + list(s.outlet_spans)
        return [w for w in words if not any(b <= w[0] < e for b, e in spans)]

    def _contrasted_reporter(self, s: "_Sentence", m: Mention, a: Analysis) -> bool:
        """Whether `m` is the subject of a reporting verb that opens a clause of its own with a stance cue after it,
        contrasted with an earlier clause where another party's own verb takes a stance: after ", but"/", mentre"
        ("X insists ..., but Y says ..."), or after the comma that closes an opening "While"/"Während"/"Podczas gdy"
        clause ("While X insists ..., Y says ...")."""
        said = [c for mm, c in a.pairs if mm is m and c.speech and c.start >= m.end]
        if not said:
            return False
        # what it reports: a stance cue of its own, or, set beside an opening "While X insists ..." as the other
        # view, a content clause its complementizer opens ("Podczas gdy Moskwa nalega ..., Kijów przekonuje, że ...");
        # not a reply after ", but" ("ma il Cremlino ha replicato che ..."), which may turn down without a cue
        opened = self._opens_with_contrast(s, m.start) and any(
            w[2].lower() in s.t.complementizers for w in self._words_between(s.toks, s.starts, said[0].end, len(s.norm))[:2])
        if not opened and not any(cc.stance and not cc.speech and cc.start >= said[0].end for cc in s.cues):
            return False
        before = [(o, c) for o, c in a.pairs if c.stance and not c.speech and c.end <= m.start
                  and not set(o.codes) & set(m.codes) and o.kind != "adjective"]
        for o, c in before:
            if "," not in s.norm[c.end:m.start]:
                continue
            if self._contrast_between(s, c.end, m.start) or self._opens_with_contrast(s, o.start):
                return True
        return False

    @staticmethod
    def _reports_subjectless_stance(s: "_Sentence", c: Cue) -> bool:
        """Whether the reporting verb `c` opens a clause, with a complementizer, whose first cue takes a stance with no
        name, comma or other verb before it: "warned that it would regard any use as theft", "advirtió de que consideraría
        ..." (not "s'est dit prêt à", which is the verb's own complement)."""
        after = [cc for cc in s.cues if cc.start >= c.end]
        if not after:
            return False
        nxt = min(after, key=lambda cc: cc.start)
        if not nxt.stance or nxt.speech or nxt.noun:
            return False
        gap = s.norm[c.end:nxt.start]
        words = WORD_RE.findall(gap.lower())
        if any(ch in gap for ch in ",;:\"«»“”") or len(words) > REPORTED_OWN_GAP or not set(words) & s.t.complementizers:
            return False
        return not any(c.end <= m.start < nxt.start for m in s.mentions)

    @staticmethod
    def _reports_subjectless_verdict(s: "_Sentence", c: Cue) -> bool:
        """r35B: whether the reporting verb `c` opens, with a complementizer, a clause whose first cue is a rejection
        after a subject that names no party and has no comma, however long ("warned that any seizure of its frozen
        assets would be treated as theft"): the reporter's verdict on the measure, as _reports_subjectless_stance."""
        after = [cc for cc in s.cues if cc.start >= c.end]
        if not after:
            return False
        nxt = min(after, key=lambda cc: cc.start)
        if nxt.stance != "reject" or nxt.speech or nxt.noun:
            return False
        gap = s.norm[c.end:nxt.start]
        words = WORD_RE.findall(gap.lower())
        if any(ch in gap for ch in ",;:\"«»“”") or len(words) > REPORTED_VERDICT_GAP:
            return False
        if not set(words[:2]) & s.t.complementizers:
            return False
        return not any(c.end <= m.start < nxt.start for m in s.mentions)

    def _reports_an_obligation(self, s: "_Sentence", m: Mention, r: set, a: Analysis) -> bool:
        """Whether a subject's reporting verb opens what another party must do ("Moscow says Kyiv must ...",
        "Moskau sagt, Kiew müsse ..."), or follows it ("Kyiv must ..., Moscow says"): a demand of its own."""
        obliged = [o for o in s.mentions if id(o) in s.obliged]
        if not obliged or "subject" not in r:
            return False
        small = s.t.complementizers | s.t.determiners

        def joined(a0: int, a1: int) -> bool:  # only a comma, a complementizer or an article between
            return a0 <= a1 and not any(ch in s.norm[a0:a1] for ch in ";:") and s.norm[a0:a1].count(",") <= 1 and all(
                w[2] in small for w in self._words_between(s.toks, s.starts, a0, a1) if w[2] != ",")

        return any(mm is m and c.speech and any(
            joined(c.end, o.start) or (o.end <= m.start and "," in s.norm[o.end:m.start] and joined(
                s.norm.rindex(",", o.end, m.start), m.start) and not any(ch in s.norm[:o.start] for ch in ",;:"))
            for o in obliged) for mm, c in a.pairs)

    @staticmethod
    def _own_voice(norm: str, t) -> int | None:
        """Where a quotation the sentence opens with closes, when it speaks in the first person (a
        `first_person` word among its first three words: "«Мы были готовы ...", '"We will not ...'); else None."""
        if not t.first_person:
            return None
        lead = norm.lstrip(" -–—")
        if lead[:1] not in ('"', "“", "«", "„"):
            return None
        opened = len(norm) - len(lead) + 1
        close = CLOSING_QUOTE_RE.search(norm, opened)
        if close is None:
            return None
        words = WORD_RE.findall(norm[opened:close.start()])[:3]
        return close.start() if any(w.lower() in t.first_person for w in words) else None

    def _fallback_holder(self, s: "_Sentence") -> list:
        """Nothing governs: the first free name that is no object or place; none where the sentence only
        says how far the parties are from an agreement ("The two sides remain far from a deal on a truce")."""
        if s.apart:
            return []
        # a title between a preposition and the name is the preposition's: "завдяки сприянню Держави Катар"
        names = [(mm.start, mm.end) for mm in s.mentions]
        pool = [m for m in s.free if m.kind != "adjective" and id(m) not in s.obliged
                and self._governor(s.norm, s.toks, s.starts, s.t, m.start, s.party)[0] is None
                and not self._titled_object(s, m, names)
                and (s.t.lang != "tr" or m.case is None) and not self._noun_dependant(s, m)
                and not self._addressed(s, m) and not self._oblique(s, m)]
        # a name in the content of a demand whose subject is unnamed ("they insist that Kyiv confirm ...")
        # is who the demand is put to, not its holder; one in a reported clause ("he said that Kyiv ...") may be
        pool = [m for m in pool if not (s.in_complement(m) and self._content_clause(s, m, None))]
        outside = [m for m in pool if not s.in_complement(m)]
        pool = outside or pool
        if not pool:
            return []
        # the names coordinated with it hold alongside: "la Russie et l'Ukraine ont confirmé ..."
        group = next((g for g in self._coordinated_groups(s) if pool[0] in g), [pool[0]])
        return [(m, {"fallback"}) for m in group if m is pool[0] or m in pool]

    def _titled_object(self, s: "_Sentence", m: Mention, names: list) -> bool:
        """Whether a preposition governs a name across its title alone ("завдяки сприянню Держави Катар",
        "with US President Trump"); not across another name, a place ("In Washington President Trump")."""
        gov, gtok = self._governor(s.norm, s.toks, s.starts, s.t, m.start, s.party, names, s.cues)
        return gov == "prep" and not any(gtok[1] <= n0 and n1 <= m.start for n0, n1 in names)

    def _addressed(self, s: "_Sentence", m: Mention) -> bool:
        """Whether a name stands right after a verb that asks something of it ("Закликають російську
        сторону припинити", "urged Moscow"): who a demand is put to holds nothing. Not in Turkish, whose
        verb ends its clause: a name after it opens the next one."""
        i = s.token_before(m.start)
        if s.t.lang != "tr" and i >= 0 and any(c.start <= s.toks[i][0] < c.end and c.stance == "demand" and not c.speech
                                              and not c.noun for c in s.cues):
            return True
        # the names coordinated after it are asked too: "a exhorté Moscou et Kiev à libérer ..."
        group = next((g for g in self._coordinated_groups(s) if any(mm is m for mm in g)), None)
        return group is not None and group[0] is not m and self._addressed(s, group[0])

    @staticmethod
    def _oblique(s: "_Sentence", m: Mention) -> bool:
        """Whether a name stands in the dative or accusative by its ending (`oblique_endings`: "гарантии
        безопасности Украине", "gwarancji Ukrainie"): who receives or is acted on, never the fallback holder."""
        endings = s.t.oblique_endings
        return bool(endings) and m.kind != "adjective" and s.norm[m.start:m.end].lower().endswith(endings)

    @staticmethod
    def _after_opening_noun(s: "_Sentence", m: Mention) -> bool:
        """Whether the word before `m` opens a quote, past one preposition ("«Вступление | Украины ...", "«Про вступ |
        України ..."): that noun, not the name in its genitive, is what the quoted clause is about; the speaker after
        the quote holds. (Not any opening noun: "Депутаты Госдумы отвергли ..." are the party's own people.)"""
        i = s.token_before(m.start)
        if i >= 1 and s.toks[i - 1][2].lower() in s.t.prepositions:
            i -= 1
        return i >= 1 and (s.toks[i - 1][2] in QUOTES or s.toks[i - 1][2] == "„")

    def _noun_dependant(self, s: "_Sentence", m: Mention) -> bool:
        """Whether a name in the genitive hangs on the common noun right before it, in a language whose
        genitive has no marker word but an ending (`genitive_endings`: "статус Украины", "potencjału
        wojskowego Ukrainy"): what the noun is of, not a holder. An office before it ("президента России"),
        a cue word ("отвергли Киев и Москва") or a small word of the grammar ("и", "что") leave it free."""
        t = s.t
        if t.genitive or not t.genitive_endings or t.lang == "tr" or m.kind == "adjective":
            return False
        if not s.norm[m.start:m.end].lower().endswith(t.genitive_endings):
            return False
        i = s.token_before(m.start)
        if i < 0:
            return False
        w0, w1, word = s.toks[i]
        # a noun in capitals only because it opens a quote ("«Вступление Украины в НАТО ...»") still is one
        opening = self._after_opening_noun(s, m) and word.lower() not in t.prepositions \
            and not any(mm.start <= w0 < mm.end for mm in s.mentions)
        if not word.isalpha() or not (s.norm[w0:w0 + 1].islower() or opening):
            return False
        if any(c.start <= w0 < c.end for c in s.cues):
            return False
        # an office a few words before: "президента России", "министр иностранных дел России"
        lo = s.toks[max(0, i - 2)][0]
        if any(lo <= p0 <= w0 or p0 <= w0 < p1 for p0, p1 in s.party):
            return False
        return word not in t.coordinators | t.complementizers | t.determiners | t.negations | t.contrastives
