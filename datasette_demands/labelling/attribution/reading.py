"""Step 1 of Attributor.analyse(), reading: what is in the sentence. Tokens, the mentions of parties
(names, party and position nouns, noun phrases), stance cues and refusals, conditions, cited sources
and where the content of a position starts; the pieces the later steps look words up with."""

from __future__ import annotations

import bisect
import re

from ..actor_tables import LangTables, finditer, office_code, search, starts_at
from ..cited import find_cited_sources
from .grammar import (CLOSING_QUOTE_RE, GERUNDS, HYPHENS, LASTING_GAP, NO_PARTY_WORDS, PAST_VERB, QUOTES, REFUSAL_REACH, REPORT_REACH, ROLE_GAP, STANCE_PRIORITY, TOKEN_RE, TR_CASE_ENDING,
                     TR_GENITIVE, TR_COMMON_GENITIVE, TR_OWNED_GAP, TR_PARTICIPLE, TR_CONDITION_WORDS, TR_RESTRICTED_REACH,
                     TR_NEGATED_VERB, TR_POSSESSIVE_DATIVE, TR_POSSESSIVE_GENITIVE, TR_PLURAL_GENITIVE, TR_POSSESSIVE_OBLIQUE, TR_POSTPOSITION_NOUNS, TR_COMPLEMENT, TR_VERBAL_NOUN,
                     WORD_RE)
from .grammar import COMMA_WORD_RE, FRONTED_PRIVATIVE_WORDS
from .model import Analysis, Cue, Mention, _Sentence

# how many names a list of agents may coordinate, and how many words ("più volte", "depuis longtemps") may stand
# between a tabling participle and its agent marker: "chiesto più volte da Kiev e dalla Santa Sede"
TABLED_AGENTS = 6
TABLED_GAP = 2


class Reading:
    """What is in the sentence: tokens, mentions of parties, cues, refusals, noun phrases."""

    # --- pieces ---

    def _tokens(self, norm):
        toks = [(m.start(), m.end(), m.group().lower().rstrip("'")) for m in TOKEN_RE.finditer(norm)]
        return toks, [t[0] for t in toks]

    def _cues(self, norm, t: LangTables, mentions, toks, starts, rx=None):
        rx = rx or {}
        found = []
        for stance, compiled in self.cues.items():
            compiled = rx.get(f"cue.{stance}", compiled)
            if compiled is None:
                continue
            for m in finditer(compiled, norm):
                if m.end() > m.start():
                    found.append(Cue(m.start(), m.end(), stance))
        speech = rx.get("speech", t.speech)
        if speech is not None:
            for m in finditer(speech, norm):
                found.append(Cue(m.start(), m.end(), None, speech=True))
        found += self._refusals(norm, t, toks, starts, rx)
        found = self._outside_names(norm, found, mentions)
        # "without preconditions", "ohne Vorbedingungen", "senza condizioni": no demand of anyone
        found = [c for c in found if not (c.stance == "demand" and self._after_privative(c, t, toks, starts))]
        found.sort(key=lambda c: (c.start, -c.end))
        merged: list[Cue] = []
        for c in found:
            if merged and c.start < merged[-1].end:
                last = merged[-1]
                last.end = max(last.end, c.end)
                last.speech = last.speech or c.speech
                last.refusal = last.refusal and c.refusal
                last.reach = max(last.reach or 0, c.reach or 0) or None
                # an agreement inside a demand's verb bracket is what it asks for: "strebe ein Abkommen an"
                inside = last.start < c.start and c.end <= last.end and (last.stance, c.stance) == ("demand", "agree")
                if STANCE_PRIORITY.get(c.stance, 0) > STANCE_PRIORITY.get(last.stance, 0) and not inside:
                    last.stance = c.stance
            else:
                merged.append(Cue(c.start, c.end, c.stance, speech=c.speech, refusal=c.refusal, reach=c.reach))
        # "did not demand a ceasefire", "hat keinen Waffenstillstand gefordert": no position of anyone
        for c in merged:
            c.negated = c.stance == "demand" and self._negated_demand(c, merged, t, mentions, toks, starts, norm)
        # "has never demanded": the bare negation cue that negates a demand rejects nothing either
        for c in [c for c in merged if c.negated]:
            for o in merged:
                if o is not c and o.end <= c.start and self._bare_negation(o, t, toks, starts) \
                        and self._negated_demand(c, [o], t, mentions, toks, starts, norm, bare_only=True):
                    o.negated = True
        self._deny_clauses(norm, merged, t, mentions, toks, starts)
        self._unsaid_clauses(merged, t, mentions, toks, starts)
        for c in merged:
            first = WORD_RE.match(norm[c.start:c.end])
            c.word = first.group().lower() if first else ""
            negated, privative_verb = False, self._privative_verb_before(c, norm, t)  # "without backing a truce"
            if c.stance == "agree":
                i = bisect.bisect_left(starts, c.start)
                before = [toks[j][2] for j in range(max(0, i - 3), i)]
                if any(w in t.negations for w in before) or self._refused_before(c, merged, t, toks, starts, norm) \
                        or self._no_party_before(c, norm, t) or privative_verb:
                    c.stance, negated = "reject", True
            elif c.stance == "reject" and not c.refusal and not c.denied and self._negated_rejection(norm, c, t, toks, starts):
                c.stance = self._negated_rejection_stance(norm, c, t, toks, starts, rx)
            if c.stance == "reject" and self._only_by_exception(c, norm, t, toks, starts, negated):
                c.stance, negated = "demand", False  # "n'accepterait une trêve qu'après le retrait": a condition
            if c.stance == "agree" and not negated and self._offered_or_asked(c, norm, t, merged, toks, starts):
                c.stance = "demand"  # "Kyiv is ready for a ceasefire": an offer of it, a demand (docs/GUIDELINES.md)
            opened = self._refused_in_condition(c, negated, t, toks, starts) if c.stance == "reject" else None
            if opened is not None:
                # "would quit the talks if the parties do not accept a truce": the truce is asked for
                c.stance, c.condition_from = "demand", opened
            if c.stance == "reject" and self._privative_condition(c, negated, t, toks, starts, merged, mentions) \
                    and not privative_verb:
                c.stance = "demand"  # "without a withdrawal a truce is impossible": a condition
            elif c.stance == "reject" and (negated or c.refusal or self._opens_with_negation(c, norm, t, toks, starts, mentions)) \
                    and self._privative_after(c, t, toks, starts, merged, mentions if c.refusal else ()):
                c.stance = "demand"  # "will not sign any deal without guarantees": the guarantees are demanded
            elif c.stance == "reject" and self._refused_while_it_lasts(c, norm, t):
                c.stance = "demand"  # "no aceptará una tregua mientras Occidente siga armando a Kiev": a condition set
            j = bisect.bisect_left(starts, c.end)
            c.agentive = c.stance is not None and (j < len(toks) and toks[j][2] in t.agent
                                                   or self._after_agent(c, t, mentions, toks, starts)
                                                   or self._instrumental_agent(norm, c, t, mentions, toks, starts) is not None)
            i = bisect.bisect_left(starts, c.start)
            # after a comma, a semicolon ("nie są gotowi na rozejm; preferują ..."), a coordinator: the holder's next clause
            c.opens = self._cue_opens_clause(t, toks, i) or privative_verb
        return merged

    def _only_by_exception(self, c: Cue, norm: str, t: LangTables, toks, starts, negated: bool) -> bool:
        """Whether reject cue `c`, an acceptance negated (`negated`, or an agree cue inside it: "no aceptará"), is
        negated only to be restricted: an `exceptive_negations` match that opens on the negation, among the three
        words before the cue or at its start, and closes past the cue ("n'accepterait de discuter d'un cessez-le-feu
        qu'une fois ...", "no aceptará una tregua sino después de ..."): the agreement holds only on a condition,
        a demand."""
        agree = self.cues.get("agree")
        if t.exceptive_negations is None or not negated and (agree is None or search(agree, norm[c.start:c.end]) is None):
            return False
        i = bisect.bisect_left(starts, c.start)
        for w0, _, w in toks[max(0, i - 3):i + 1]:
            found = t.exceptive_negations.match(norm, w0) if w in t.negations or w0 == c.start else None
            if found is not None and found.end() > c.end:
                return True
        return False

    @staticmethod
    def _offered_or_asked(c: Cue, norm: str, t: LangTables, merged: list, toks, starts) -> bool:
        """Whether agree cue `c` offers a measure (_readiness_offered) or is another party's acceptance asked for, a
        `sought_acceptance` match right after it ("Rusya'ya ateşkesi kabul etmesi için süre tanıdı"): a demand."""
        if Reading._readiness_offered(c, norm, t, merged, toks, starts):
            return True
        return t.sought_acceptance is not None and t.sought_acceptance.match(norm, c.end) is not None

    @staticmethod
    def _readiness_offered(c: Cue, norm: str, t: LangTables, merged: list, toks, starts) -> bool:
        """Whether agree cue `c` is a readiness for a measure named by a noun (an `offered_readiness` match where it
        starts: "prête à une trêve", "готова к обмену"): the party offers the measure. Not where what it is ready
        for is a proposal on the table: a `position_nouns` word in its object, before the first comma and not after
        a privative ("ready for the US proposal", not "without conditions"), or a demand cue with its agent after
        it in the sentence ("un cessez-le-feu de trente jours, proposé par les États-Unis")."""
        if t.offered_readiness is None or t.offered_readiness.match(norm, c.start) is None:
            return False
        stop = next((k for k in range(c.end, min(len(norm), c.end + 160)) if norm[k] in ".;:?!"), min(len(norm), c.end + 160))
        comma = norm.find(",", c.end, stop)
        for p in (t.position.finditer(norm, c.end, comma if comma >= 0 else stop) if t.position is not None else ()):
            i = bisect.bisect_left(starts, p.start()) - 1
            if i < 0 or toks[i][2] not in t.privatives:
                return False
        for d in merged:
            j = bisect.bisect_left(starts, d.end)
            if d.stance == "demand" and c.end <= d.start < stop and j < len(toks) and toks[j][2] in t.agent:
                return False
        return True

    @staticmethod
    def _cue_opens_clause(t: LangTables, toks, i: int) -> bool:
        """Whether the cue at token i opens a coordinated clause of the holder's: a comma, a semicolon, a coordinator
        or a contrastive among the two words before it, or before a gerund of saying right before it ("tout en se
        disant prêt à", ", dicendosi pronta a"): the gerund only frames the holder's next stance."""
        def opener(lo: int, hi: int) -> bool:
            return any(w[2] in (",", ";") or w[2] in t.coordinators or w[2] in t.contrastives for w in toks[max(0, lo):hi])
        if opener(i - 2, i):
            return True
        gerund = GERUNDS.get(t.lang)
        said = next((k for k in range(i - 1, max(-1, i - 3), -1) if gerund is not None and gerund.search(toks[k][2])), None)
        return said is not None and opener(said - 3, said)

    def _deny_clauses(self, norm: str, merged: list, t: LangTables, mentions, toks, starts) -> None:
        """A verb of denial opening the clause it denies (`denied_clauses`: "denied that", "bestritt, dass", "negó
        haber"): a demand or rejection the clause says a party made is no position of anyone, nor is the denial
        itself then; an agreement or readiness it says a party gave is denied, a rejection, as after a negation. A
        denial that closes the clause it denies (tr "... razı olduğu yönündeki haberleri yalanladı") names that clause
        as the pattern's `clause` group."""
        if t.denied_clauses is None:
            return
        for m in finditer(t.denied_clauses, norm):
            closing = "clause" in m.re.groupindex and m.start("clause") >= 0
            inside = [c for c in merged if c.stance is not None and (
                m.start("clause") <= c.start and c.end <= m.end("clause") if closing
                else c.start >= m.end() and self._in_denied_clause(m.end(), c, t, mentions, toks, starts))]
            for c in inside:
                i = bisect.bisect_left(starts, c.start)
                first = toks[i][2] if c.start in starts else ""
                # a readiness right before the cue is denied with it: "нібито готовий відмовитися від НАТО",
                # "serait disposé à renoncer à ses revendications" refuse what the readiness would have given up
                ready = first in t.readiness or any(w[2] in t.readiness for w in toks[max(0, i - 2):i])
                if c.stance == "agree" or ready:
                    c.stance, c.denied = "reject", True
                else:
                    c.negated = True
            if not inside:
                continue
            # the denial as a reject cue ("ha negato", "denied"): negated with a demand or rejection it denies, and
            # reporting what the clause says, whose subject holds the agreement denied, not the denier
            denying = [o for o in merged if o.start < m.end() and m.start() < o.end and o.stance == "reject"]
            if any(c.negated for c in inside):
                for o in denying:
                    o.negated = True
            for o in denying:
                if o not in inside:
                    o.speech = True

    def _unsaid_clauses(self, merged: list, t: LangTables, mentions, toks, starts) -> None:
        """A reporting verb under negation opening its clause ("never said that", "hat nie gesagt, dass", "не
        говорил, что"): what the clause says is no one's position, nor does the negation reject anything."""
        for r in merged:
            i, j = bisect.bisect_left(starts, r.start), bisect.bisect_left(starts, r.end)
            before = range(max(0, i - 2), i)
            negated = r.stance == "demand" and r.negated or any(toks[k][2] in t.negations for k in before)
            if not (r.speech or r.negated) or not negated or any(toks[k][2] in t.kept_after_negation for k in before):
                continue
            if not any(toks[k][2] in t.complementizers for k in range(j, min(len(toks), j + 2))):
                continue
            inside = [c for c in merged if c.start >= r.end and c.stance is not None
                      and self._in_denied_clause(r.end, c, t, mentions, toks, starts)]
            for c in inside + [r] + [o for o in merged if o.end <= r.start and bisect.bisect_left(starts, o.start) in before
                                     and self._bare_negation(o, t, toks, starts)]:
                c.negated = True

    @staticmethod
    def _in_denied_clause(opened: int, c: Cue, t: LangTables, mentions, toks, starts) -> bool:
        """Whether cue `c` stands in the clause a denial opened at `opened`: no clause break between, nor a
        coordinator or contrastive that opens the next verb (a comma before it, the cue at most two words after
        it, or a name between: "denied that it had agreed and insisted on ...", ", y reiteró que ...")."""
        i = bisect.bisect_left(starts, opened)
        j = bisect.bisect_left(starts, c.start)
        for k in range(i, j):
            w = toks[k][2]
            if w in (".", ";", ":", "?", "!"):
                return False
            if w in t.coordinators or w in t.contrastives:
                comma = k > 0 and toks[k - 1][2] == ","
                named = any(toks[k][1] <= mm.start and mm.end <= c.start for mm in mentions)
                if comma or j - k <= 2 or named:
                    return False
        return True

    @staticmethod
    def _bare_negation(o: Cue, t: LangTables, toks, starts) -> bool:
        """Whether reject cue `o` is one `negations` word and nothing more ("never", "nie", "nunca"): it negates a
        verb after it, unlike a negated commitment ("will never", "не станет"), which is a refusal of its own."""
        k = bisect.bisect_left(starts, o.start)
        return o.stance == "reject" and k < len(toks) and toks[k][0] == o.start \
            and toks[k][1] == o.end and toks[k][2] in t.negations

    @staticmethod
    def _negated_demand(c: Cue, merged: list, t: LangTables, mentions, toks, starts, norm: str = "",
                        bare_only: bool = False) -> bool:
        """Whether demand cue `c` is negated: a `negations` word among the three words before it (eight before a
        German verb closing its clause) that is no
        part of another cue (a refusal verb: "refused Moscow's demand" keeps Moscow's demand) but a bare negation
        cue before a verb ("has never demanded", "nunca propuso"), with no name,
        clause break or `kept_after_negation` word ("not only", "не раз", "never stopped") between; in
        Turkish, a negated verb right after it or ending it ("talep etmedi", "önermedi")."""
        i = bisect.bisect_left(starts, c.start)
        j = bisect.bisect_left(starts, c.end)
        if t.lang == "tr":
            return j < len(toks) and TR_NEGATED_VERB.match(toks[j][2]) is not None \
                or j == i + 1 and TR_NEGATED_VERB.match(toks[i][2]) is not None  # one verb, no idiom ("konusu olmadığını")
        # a position noun ("refused demands for a truce") is what a bare negation cue refuses, no verb it negates
        verb = t.position is None or search(t.position, norm[c.start:c.end]) is None
        # German: the participle that closes its clause reaches back past its object ("hat keine Waffenruhe im
        # Schwarzen Meer gefordert")
        closing = t.verb_second and (j >= len(toks) or toks[j][2] in {".", ",", ";", ":"})
        for k in range(max(0, i - (8 if closing else 3)), i):
            w = toks[k]
            if w[2] not in t.negations:
                continue
            inside = [o for o in merged if o is not c and o.start <= w[0] < o.end]
            if bare_only and not inside:
                continue
            # a bare negation cue negates the verb right after it, past at most an auxiliary ("never demanded", "nunca
            # ha exigido"), or the German participle closing its clause ("hat nie Reparationen gefordert"), not a
            # verb past a refusal's object ("refuse toute trêve tant que ...")
            bare = verb and (k >= i - 2 or closing) and all(Reading._bare_negation(o, t, toks, starts) for o in inside)
            if inside and not bare:
                continue
            if any(o is not c and o.stance in ("agree", "reject") and w[1] <= o.start and o.end <= c.start for o in merged):
                continue  # the negation is another verb's: "nie przyjęła rozejmu zaproponowanego przez ..."
            between = toks[k + 1:i]
            if any(b[2] in t.kept_after_negation or b[2] in (",", ";", ":", ".", "(", ")") or b[2] in t.coordinators
                   or b[2] in t.contrastives or b[2] in t.complementizers for b in between):
                continue
            if any(w[1] <= mm.start and mm.end <= c.start for mm in mentions):
                continue
            return True
        return False

    @staticmethod
    def _refused_in_condition(c: Cue, negated: bool, t: LangTables, toks, starts) -> int | None:
        """Where the 'if' clause opens when reject cue `c` is an acceptance negated inside it (a `refused_conditions` word at
        most REFUSAL_REACH + 4 words before it, no clause break between: "se le parti non accetteranno una
        tregua", "falls Moskau einer Waffenruhe nicht zustimmt", "s'ils n'acceptent pas"): the condition a
        speaker sets, so what it names is demanded, not refused by anyone; else None."""
        if not t.refused_conditions:
            return None
        i = bisect.bisect_left(starts, c.start)
        j = bisect.bisect_left(starts, c.end)
        if not negated and not any(w[2] in t.negations for w in toks[max(0, i - 1):j]):
            return None
        for k in range(i - 1, max(-1, i - REFUSAL_REACH - 5), -1):
            w = toks[k][2]
            if w in t.refused_conditions:
                # "even if the parties do not accept", "même si": a concession, no condition the speaker sets
                return None if k > 0 and toks[k - 1][2] in t.concessive_particles else toks[k][0]
            if w in (",", ";", ":", ".", "(", ")") or w in t.complementizers or w in t.contrastives:
                return None
        return None

    def _refused_while_it_lasts(self, c: Cue, norm: str, t: LangTables) -> bool:
        """Whether reject cue `c` is a negated acceptance ("no aceptará", "no firmará": an agree cue inside it) whose
        clause goes on, a comma between or not, to a `lasting_conditions` clause ("mientras Occidente siga armando a
        Kiev"): the party turns the measure down only while something lasts, so it sets a condition on it, a demand. Not an existential
        ("no habrá tregua mientras ...": no acceptance refused, a rejection)."""
        agree = self.cues.get("agree")
        if t.lasting_conditions is None or agree is None or search(agree, norm[c.start:c.end]) is None:
            return False
        m = search(t.lasting_conditions, norm, c.end)
        # r37D: a comma right before the lasting clause opens it ("..., solange die Angriffe weitergehen", "..., пока
        # продолжаются поставки"), no break of the clause
        gap = norm[c.end:m.start()].rstrip() if m is not None else ""
        gap = gap[:-1] if gap.endswith(",") else gap
        return m is not None and m.start() - c.end <= LASTING_GAP and not any(ch in gap for ch in ",;:.")

    @staticmethod
    def _negated_rejection(norm: str, c: Cue, t: LangTables, toks, starts) -> bool:
        """Whether reject cue `c` (no refusal pattern of its own) is negated by the `negations` word right before it
        ("не возражает", "не против", "не виключає", "does not object"): a rejection denied."""
        i = bisect.bisect_left(starts, c.start)
        return i > 0 and toks[i - 1][2] in t.negations and not any(
            w[2] in t.negations for w in toks[i:bisect.bisect_left(starts, c.end)])

    @staticmethod
    def _negated_rejection_stance(norm: str, c: Cue, t: LangTables, toks, starts, rx) -> str:
        """The stance of a denied rejection: keeping a position noun right after it ("не откажется от требования",
        "не відмовиться від вимоги": will not drop the demand) insists on it, a demand; else it accepts
        ("не возражает против обмена", "не исключает обмена"), an agreement."""
        position = rx.get("position", t.position)
        j = bisect.bisect_left(starts, c.end)
        near = norm[c.end:toks[min(len(toks), j + 3) - 1][1]] if j < len(toks) else ""
        # only giving up keeps a demand: "did not reject the proposal" accepts what another proposed
        gives_up = t.renouncing is None or search(t.renouncing, norm[c.start:c.end]) is not None
        if position is not None and gives_up and search(position, near) is not None:
            return "demand"
        return "agree"

    @staticmethod
    def _denies_a_report(norm: str, r: Cue, t: LangTables) -> bool:
        """Whether reject cue `r` denies a report (a `denials` match overlapping it: "wies Berichte zurück, wonach
        ...", "dementierte"): what the report says a party agreed to is then denied, as after a negation."""
        return t.denials is not None and any(m.start() < r.end and r.start < m.end() for m in finditer(t.denials, norm))

    @staticmethod
    def _privative_verb_before(c: Cue, norm: str, t: LangTables) -> bool:
        """Whether agree cue `c` is the verb of a privative clause, a `privative_verbs` match ending where it starts
        ("sans pour autant soutenir", "without backing", "senza però sostenere", "ohne ... zu unterstützen"): the
        holder does not back the measure, a rejection."""
        if t.privative_verbs is None:
            return False
        lo = max(0, c.start - 80)
        return any(lo + m.end() == c.start for m in finditer(t.privative_verbs, norm[lo:c.start + 40]))

    @staticmethod
    def _no_party_before(c: Cue, norm: str, t: LangTables) -> bool:
        """Whether agree cue `c` has a `no_party_subjects` subject before it, at most NO_PARTY_WORDS words between and no
        clause break ("if neither side accepts a truce", "si ninguna de las partes acepta en las próximas semanas"):
        no party accepts, the acceptance is negated."""
        if t.no_party_subjects is None:
            return False
        lo = max(0, c.start - 80)
        for m in finditer(t.no_party_subjects, norm[lo:c.start]):
            between = norm[lo + m.end():c.start]
            if len(WORD_RE.findall(between)) <= NO_PARTY_WORDS and not any(p in between for p in ",;:.()"):
                return True
        return False

    @staticmethod
    def _refused_before(c: Cue, merged: list, t: LangTables, toks, starts, norm: str = "") -> bool:
        """Whether agree cue `c` is what a refusal verb before it refuses, with up to REFUSAL_REACH words between
        ("se negó por ahora a aceptar", "refused for the time being to accept"): a reject cue holding a
        `negations` word, no other cue, coordinator or clause break but a comma between ("se negó a negociar,
        pero aceptó una tregua" agrees)."""
        i = bisect.bisect_left(starts, c.start)
        for r in merged:
            if r is c or r.stance != "reject" or r.end > c.start:
                continue
            j = bisect.bisect_left(starts, r.end)
            # a denied report's content reaches further: "desmintió la información ..., según la cual Moscú habría
            # dado su visto bueno"
            reported = t.report_openers is not None and search(t.report_openers, norm[r.end:c.start]) is not None
            if not 0 <= i - j <= (REPORT_REACH if reported else REFUSAL_REACH):
                continue
            if not any(w[2] in t.negations for w in toks[bisect.bisect_left(starts, r.start):j]) \
                    and not Reading._denies_a_report(norm, r, t):
                continue
            if any(w[2] in (";", ":", ".", "(", ")") or w[2] in t.coordinators or w[2] in t.contrastives
                   for w in toks[j:i]):
                continue
            if any(o is not r and o is not c and r.end <= o.start < c.start for o in merged):
                continue
            return True
        return False

    def _refusals(self, norm, t: LangTables, toks, starts, rx) -> list:
        """A negated commitment ("will never recognise", "non invierà", "не признает") as a reject cue of
        its subject; not where it keeps a position noun ("will not drop its demand", "şartından vazgeçmeyecek")."""
        refusals = rx.get("refusals", t.refusals)
        if refusals is None:
            return []
        position = rx.get("position", t.position)
        out = []
        for m in finditer(refusals, norm):
            i = bisect.bisect_left(starts, m.start())
            j = bisect.bisect_left(starts, m.end())
            if position is not None and toks and self._position_noun_near(position, norm, toks, i, j):
                continue
            out.append(Cue(m.start(), m.end(), "reject", refusal=True))
        return out

    @staticmethod
    def _position_noun_near(position, norm, toks, i: int, j: int) -> bool:
        """Whether a position noun stands from the token before tokens i..j to the second after them, read
        with the sentence before it ("за жодних умов не визнає": under no conditions is no noun)."""
        lo, hi = toks[max(0, i - 1)][0], toks[min(len(toks), j + 2) - 1][1]
        m = search(position, norm[:hi], lo)
        return m is not None

    @staticmethod
    def _after_agent(c: Cue, t: LangTables, mentions, toks, starts) -> bool:
        """Whether cue `c` is a participle right after its agent ("einem von den USA vorgeschlagenen"): the
        agent's verb, not the stance of the clause's subject."""
        # "dem von Kiew bereits akzeptierten": a stance adverb may stand between the agent and its participle
        named = [mm for mm in mentions if 0 <= c.start - mm.end and all(
            w[2].lower() in t.stance_adverbs for w in toks[bisect.bisect_left(starts, mm.end):bisect.bisect_left(starts, c.start)])]
        if not named:
            return False
        i = Reading._token_before_agents(named[0].start, t, mentions, toks, starts)
        return i >= 0 and toks[i][2] in t.agent

    @staticmethod
    def _token_before_agents(start: int, t: LangTables, mentions, toks, starts) -> int:
        """The index of the token before the name at `start`, its determiners and (in the verb-second languages) the
        names coordinated before it left out: where an agent marker would stand ("von | den USA und Kanada")."""
        i = bisect.bisect_left(starts, start) - 1
        while i >= 0 and toks[i][2] in t.determiners:
            i -= 1
        if t.verb_second:
            i = Reading._before_coordinated_agents(i, t, mentions, toks, starts)
        return i

    @staticmethod
    def _genitive_of_a_party(c: Cue, s: "_Sentence") -> bool:
        """Whether the marker that made cue `c` an agent's verb ("von", both an agent marker and a `genitive_marker`)
        hangs on a party noun right before it ("Die Regierungschefs von Spanien und Polen forderten"): the name is the
        party noun's genitive, the cue the verb of the phrase's head; still an agent's verb when an agent marker stands
        before the party noun ("die vom Präsidenten von Frankreich geforderte Waffenruhe")."""
        t, toks, starts = s.t, s.toks, s.starts
        named = [mm for mm in s.mentions if mm.end <= c.start and not s.norm[mm.end:c.start].strip()]
        if not named:
            return False
        i = Reading._token_before_agents(named[0].start, t, s.mentions, toks, starts)
        if i < 1 or toks[i][2] not in t.agent or toks[i][2] not in t.genitive:
            return False
        head = next((p for p in s.party if p[1] == toks[i - 1][1]), None)
        if head is None:
            return False
        k = bisect.bisect_left(starts, head[0]) - 1
        while k >= 0 and toks[k][2] in t.determiners:
            k -= 1
        return k < 0 or toks[k][2] not in t.agent

    @staticmethod
    def _before_coordinated_agents(i: int, t: LangTables, mentions, toks, starts) -> int:
        """German: the token before a list of agents that ends at token i+1 ("von Kiew und den Europäern
        geforderten"): back past each coordinator or comma, its determiners and the name before it."""
        while i >= 0 and (toks[i][2] in t.coordinators or toks[i][2] == ","):
            k = i - 1
            while k >= 0 and toks[k][2] in t.determiners:
                k -= 1
            name = next((mm for mm in mentions if k >= 0 and mm.start <= toks[k][0] < mm.end), None)
            if name is None:
                return i
            i = bisect.bisect_left(starts, name.start) - 1
            while i >= 0 and toks[i][2] in t.determiners:
                i -= 1
        return i

    @staticmethod
    def _instrumental_agent(norm: str, c: Cue, t: LangTables, mentions, toks, starts):
        """ru, uk: the name right after a passive participle cue in the instrumental (`agent_participles`,
        `instrumental_endings`: "было предложено Вашингтоном", "відхилено Москвою"), or an indeclinable
        abbreviation ("предложено США"): the participle's agent; else None."""
        if t.agent_participles is None or not t.instrumental_endings:
            return None
        i = bisect.bisect_left(starts, c.start)
        if i >= len(toks) or toks[i][0] != c.start:
            return None
        k = i
        while k < len(toks) and toks[k][0] < c.end:
            k += 1  # the cue's last word is the participle
        word = toks[k - 1][2] if k > i else ""
        if k >= len(toks) or not search(t.agent_participles, word):
            return None
        named = next((mm for mm in mentions if mm.start == toks[k][0] and mm.kind != "adjective"), None)
        if named is None:
            return None
        text = norm[named.start:named.end]
        if text.lower().endswith(t.instrumental_endings) or (text.isupper() and len(text) <= 4):
            return named
        return None

    @staticmethod
    def _after_privative(c: Cue, t: LangTables, toks, starts) -> bool:
        """Whether cue `c` stands right after a privative word ("without conditions")."""
        i = bisect.bisect_left(starts, c.start) - 1
        return i >= 0 and toks[i][2] in t.privatives and Reading._opens_a_condition(t, toks, i)

    @staticmethod
    def _privative_after(c: Cue, t: LangTables, toks, starts, merged=(), mentions=()) -> bool:
        """Whether a privative word follows a negated commitment in its clause, within eight words ("will
        not sign any deal that leaves it without guarantees", "non firmerà alcun accordo senza garanzie"); not
        a party's consent after a refusal of its own subject ("ne reconnaîtrait pas la Crimée sans l'accord de Kiev";
        `mentions` given): the refusal stands ("insisted that no truce be agreed without Ukraine's consent" demands)."""
        i = bisect.bisect_left(starts, c.end)
        for k, w in enumerate(toks[i:i + 8], i):
            if w[2] in {",", ";", ":", "."}:
                return False
            if w[2] in t.privatives and Reading._opens_a_condition(t, toks, k):
                return not Reading._partys_consent(k, t, toks, merged, mentions)
        return False

    def _opens_with_negation(self, c: Cue, norm: str, t: LangTables, toks, starts, mentions) -> bool:
        """r32E: whether reject cue `c` is a verb negated, its first word a `negations` word ("не рассматривает", "no
        contempla", "nie rozważa"): not considering a measure without a step ("не рассматривает перемирие без гарантий")
        sets the step as a condition, as a negated commitment does. Not before an `until_words` word ("non accetterà una
        tregua finché Kiev non ..."): a refusal held until a step keeps the refusal (see Stances._held_until); nor an
        acceptance withheld, an agree cue inside it ("не підтримають конфіскацію без консенсусу партнерів": the
        others' consent, no step asked); nor where the privative takes a party's part ("не надасть гарантій без участі
        США": the refusal stands)."""
        k = bisect.bisect_left(starts, c.start)
        if not (k < len(toks) and toks[k][0] == c.start and toks[k][1] < c.end and toks[k][2] in t.negations):
            return False
        agree = self.cues.get("agree")
        if agree is not None and search(agree, norm[c.start:c.end]) is not None:
            return False
        i = bisect.bisect_left(starts, c.end)
        after = toks[i:i + 8]
        if any(w[2] in t.until_words for w in after):
            return False
        j = next((j for j, w in enumerate(after) if w[2] in t.privatives), None)
        hi = after[min(j + 3, len(after) - 1)][1] if j is not None else 0
        return j is None or not any(after[j][0] < mm.start < hi for mm in mentions if mm.kind != "adjective")

    @staticmethod
    def _partys_consent(k: int, t: LangTables, toks, merged, mentions) -> bool:
        """Whether privative token k takes a party's consent as its object: an agree cue within its next three
        words, a party named right before or after it ("without Kyiv's consent", "sans l'accord de Kiev", "без
        згоди Києва"): the party is asked to agree, nothing about the issue is demanded."""
        lo = toks[k][1]
        hi = toks[min(len(toks), k + 4) - 1][1]
        agreed = next((o for o in merged if o.stance == "agree" and lo < o.start < hi), None)
        if agreed is None:
            return False
        return any(0 <= mm.start - agreed.end <= 8 or 0 <= agreed.start - mm.end <= 3 for mm in mentions
                   if mm.kind != "adjective")

    @staticmethod
    def _opens_a_condition(t: LangTables, toks, k: int) -> bool:
        """Whether privative token k opens a condition (`LangTables.privative_opens_condition`)."""
        return t.privative_opens_condition(toks[k][2], toks[k + 1][2] if k + 1 < len(toks) else None)

    @staticmethod
    def _opens_with_privative(c: Cue, t: LangTables, toks, starts) -> bool:
        """Whether the clause of cue `c` opens with a privative ("без", "without", "sin"): its first word
        after a comma, a complementizer or the start of the sentence."""
        if not t.privatives:
            return False
        i = bisect.bisect_left(starts, c.start) - 1
        first, words, at = None, [], None
        while i >= 0 and toks[i][2] not in {",", ";", ":", "(", "—", "–"} and toks[i][2] not in t.complementizers:
            first, at = toks[i][2], i
            words.append(first)
            i -= 1
        if at is not None and not Reading._opens_a_condition(t, toks, at):
            return False  # "hasta ahora": a preposition
        words += [w[2] for w in toks[bisect.bisect_left(starts, c.start):bisect.bisect_left(starts, c.end)]]
        if first in t.negated_privatives and not any(w in t.negations for w in words):
            return False  # "Бельгия, ..., пока выступает против": for now, no condition ("пока не выведет" is one)
        return first in t.privatives

    @staticmethod
    def _privative_condition(c: Cue, negated: bool, t: LangTables, toks, starts, merged, mentions) -> bool:
        """Whether reject cue `c` is said on a condition a privative opens: its clause opens with one ("without a
        withdrawal a truce is impossible"), or, a negated commitment or acceptance, a privative phrase set off by
        commas is fronted before it (_fronted_privative)."""
        if Reading._opens_with_privative(c, t, toks, starts):
            return True
        return (negated or c.refusal or Reading._negated_cue(c, t, toks, starts)) \
            and Reading._fronted_privative(c, t, toks, starts, merged, mentions)

    @staticmethod
    def _negated_cue(c: Cue, t: LangTables, toks, starts) -> bool:
        """Whether cue `c` holds a `negations` word or has one among the two words before it ("will not sign", "non
        firmerà", "не підпише", "nie przystanie"): a negated commitment or acceptance, not a rejecting verb."""
        i, j = bisect.bisect_left(starts, c.start), bisect.bisect_left(starts, c.end)
        return any(w[2] in t.negations for w in toks[max(0, i - 2):j])

    @staticmethod
    def _fronted_privative(c: Cue, t: LangTables, toks, starts, merged=(), mentions=()) -> bool:
        """Whether the clause of reject cue `c` follows a privative phrase set off by commas before its subject
        ("without firm guarantees, including troops on the ground, Kyiv will not sign", "що без гарантій безпеки,
        зокрема ..., Україна не підпише"), `c` a negated commitment or acceptance: the commas do not end the condition, which opens the stretch after a
        complementizer, a semicolon, a colon or the start of the sentence, within FRONTED_PRIVATIVE_WORDS words."""
        if not t.privatives:
            return False
        i = bisect.bisect_left(starts, c.start) - 1
        lo = max(-1, i - FRONTED_PRIVATIVE_WORDS)
        commas = 0
        while i > lo and toks[i][2] not in {";", ":", "(", "—", "–"} and toks[i][2] not in t.complementizers:
            commas += toks[i][2] == ","
            i -= 1
        if i == lo and lo >= 0 or commas == 0 or i + 1 >= len(toks) or toks[i + 1][2] == ",":
            return False
        first = i + 1
        if first + 1 < len(toks) and toks[first + 1][2] in t.privative_idioms:
            return False  # "without hesitation, Moscow rejected ...", "sin embargo, ...": an adverb
        return toks[first][2] in t.privatives and Reading._opens_a_condition(t, toks, first) \
            and not Reading._partys_consent(first, t, toks, merged, mentions)  # "without Kyiv's consent, ...": the refusal stands

    @staticmethod
    def _outside_names(norm, found, mentions):
        """A cue inside a name is part of the name ("United States" is no "state" cue); a cue that spans
        a name, a verb bracket around its object ("lehnte Kiews Vorschlag ab"), stands at its first word."""
        out, cut = [], []
        for c in found:
            inner = [mm for mm in mentions if c.start < mm.end and mm.start < c.end]
            if not inner:
                out.append(c)
            elif all(mm.start > c.start for mm in inner):
                first = WORD_RE.match(norm[c.start:])
                out.append(Cue(c.start, c.start + (first.end() if first else 1), c.stance, refusal=c.refusal, reach=c.end))
                cut.append(c)
        return [c for c in out if not Reading._inside_a_cut_reaction(c, cut)]

    @staticmethod
    def _inside_a_cut_reaction(c: Cue, cut: list) -> bool:
        """Whether agree or reject cue `c` lies inside a cue of the other of those stances that spans a name and is
        cut at its first word and that it closes ("spotkała się w Moskwie z chłodnym przyjęciem": the reception, not
        "przyjęcie", gives the stance): the whole match judges it, and its word is no cue of its own. Not a cue in the
        middle of what the match judges ("назвав повідомлення про згоду Києва ... фейком")."""
        opposite = {"agree": "reject", "reject": "agree"}.get(c.stance)
        return opposite is not None and any(
            o.stance == opposite and o.start < c.start and c.end == o.end for o in cut)

    def _mentions(self, norm, t: LangTables, date, rx=None, name_keys=None):
        rx = rx or {}
        chosen: list[Mention] = []
        for start, end, k in t.name_matches(norm, name_keys):
            _, codes, kind, offices, default, subject_only = t.names[k]
            c = codes if codes is not None else (office_code(offices, default, date),)
            chosen.append(Mention(start, end, c, kind, subject_only))
        chosen += self._latter_mentions(norm, t, chosen)
        party, position = rx.get("party", t.party), rx.get("position", t.position)
        party = [(m.start(), m.end()) for m in finditer(party, norm)] if party else []
        position = [(m.start(), m.end()) for m in finditer(position, norm)] if position else []
        return chosen, party, position

    @staticmethod
    def _a_place(norm, c: Mention, t: LangTables) -> bool:
        """Whether mention `c` is a place after a `latter_places` word and its article ("met Kellogg in Kyiv", "at
        the White House"): no party "the latter" names."""
        words = [w.lower() for w in norm[max(0, c.start - 24):c.start].split()]
        while words and words[-1] in t.determiners:
            words.pop()
        return bool(words) and words[-1] in t.latter_places

    @staticmethod
    def _last_named(norm, t: LangTables, chosen: list, before: int | None = None) -> Mention | None:
        """The mention of `chosen` that ends last (before offset `before`, when given) and names a party: no
        adjective, no place after a `latter_places` word. What "the latter" stands for."""
        named = [c for c in chosen if (before is None or c.end <= before) and c.kind != "adjective"
                 and not Reading._a_place(norm, c, t)]
        return max(named, key=lambda c: c.end) if named else None

    @staticmethod
    def _latter_mentions(norm, t: LangTables, chosen: list) -> list:
        """"the latter" (grammar `latter`: "Letzterer", "este último") names the party named last before it in the
        sentence: a mention of that party where it stands."""
        if t.latter is None:
            return []
        found = []
        for m in finditer(t.latter, norm):
            last = Reading._last_named(norm, t, chosen, m.start())
            if last is not None:
                found.append(Mention(m.start(), m.end(), last.codes, "name", False))
        return found

    @staticmethod
    def _words_after(toks, starts, a, k):
        """The first k tokens starting at or after offset a: _words_between(a, end of sentence)[:k],
        without walking to the end of the sentence."""
        i = bisect.bisect_left(starts, a)
        return toks[i:i + k]

    def _words_between(self, toks, starts, a, b):
        """Tokens lying wholly between character offsets a and b."""
        i = bisect.bisect_left(starts, a)
        out = []
        while i < len(toks) and toks[i][1] <= b:
            if toks[i][0] >= a:
                out.append(toks[i])
            i += 1
        return out

    def _near(self, spans, toks, starts, t, a, b, max_words):
        """Whether a span of `spans` starts after offset a with at most max_words words between (no clause break)."""
        for s, e in spans:
            if s >= a:
                between = self._words_between(toks, starts, a, s)
                words = [w for w in between if w[2][:1].isalnum() or w[2][:1] == "_"]
                if any(w[2] in {";", ":", "(", ")", "."} for w in between):
                    return None
                if len(words) <= max_words:
                    return (s, e)
                return None
        return None

    def _near_before(self, spans, toks, starts, b, max_words):
        best = None
        for s, e in spans:
            if e <= b:
                best = (s, e)
        if best is None:
            return None
        between = self._words_between(toks, starts, best[1], b)
        words = [w for w in between if w[2][:1].isalnum()]
        if any(w[2] in {";", ":", ".", ","} for w in between):
            return None
        return best if len(words) <= max_words else None

    @staticmethod
    def _tabled_agents_participle(norm: str, t: LangTables, mentions, start: int) -> bool:
        """Whether the name at `start` is an agent of a `tabling_participles` word: after its agent marker, a word
        or two between ("formulée par Kiev", "chiesto più volte da Kiev"), or coordinated after such an agent
        ("défendue par Paris et Londres", "chiesto da Kiev e dalla Santa Sede"): each agent of the list tabled it."""
        words = t.tabling_participles
        if not words or not t.agent:
            return False
        plain = t.determiners | t.coordinators | t.agent
        # a comma joins a list only before its coordinator: "par Paris, Berlin et Londres", not "par Kiev, Moscou a ..."
        joined = Reading._listed_on(norm, t, mentions, start, plain)
        for _ in range(TABLED_AGENTS):
            before = [w.lower() for w in WORD_RE.findall(norm[max(0, start - 60):start])]
            while before and before[-1] in t.determiners:
                before.pop()
            if before and before[-1] in t.agent:
                before.pop()
                if any(w in words for w in before[::-1][:TABLED_GAP + 1]):
                    return True
                if not before or before[-1] not in t.coordinators:
                    return False  # "e da Kiev": the marker repeated after the name before it
            prev = max((m for m in mentions if m.end <= start), key=lambda m: m.end, default=None)
            glue = norm[prev.end:start] if prev is not None else ""
            coordinated = any(w in t.coordinators for w in WORD_RE.findall(glue.lower()))
            if prev is None or not (coordinated or ("," in glue and joined)):
                return False
            if not all(w.lower() in plain for w in WORD_RE.findall(glue)) or re.search(r"[;:.()–—]", glue):
                return False
            start, joined = prev.start, True
        return False

    @staticmethod
    def _tabled_before_postposition(norm: str, t: LangTables, mentions, start: int) -> bool:
        """Turkish: whether the name at `start`, alone or with the names coordinated after it, stands before an
        `agent_postpositions` word and a `tabling_participles` word ("Kiev ve Vatikan tarafından sunulan plan"):
        each agent tabled it."""
        if not t.agent_post or not t.tabling_participles:
            return False
        plain = t.coordinators | {","}
        end = next((m.end for m in mentions if m.start == start), None)
        for m in sorted(mentions, key=lambda x: x.start):
            if end is not None and m.start >= end and all(w.lower() in plain for w in TOKEN_RE.findall(norm[end:m.start])):
                end = m.end  # "Kiev ve Vatikan": the list goes on
        after = [w.lower() for w in WORD_RE.findall(norm[end:end + 60])] if end is not None else []
        return len(after) >= 2 and after[0] in t.agent_post and after[1] in t.tabling_participles

    @staticmethod
    def _listed_on(norm: str, t: LangTables, mentions, start: int, plain: set) -> bool:
        """Whether the name at `start` is followed by a coordinator and another name ("Berlin et Londres")."""
        end = next((m.end for m in mentions if m.start == start), None)
        nxt = min((m for m in mentions if end is not None and m.start >= end), key=lambda m: m.start, default=None)
        glue = norm[end:nxt.start].lower() if nxt is not None else ""
        words = WORD_RE.findall(glue)
        return nxt is not None and any(w in t.coordinators for w in words) and all(w in plain for w in words)

    @staticmethod
    def _relative_after_name(norm: str, t: LangTables, pos: int, names: list) -> bool:
        """Whether the name starting at `pos` is followed by a comma and a relative word ("met with Volodymyr
        Zelensky, who called for ..."): the relative's subject, which the governor leaves to the steps after it."""
        end = next((n1 for n0, n1 in names if n0 == pos), None)
        m = COMMA_WORD_RE.match(norm[end:].lstrip()) if end is not None else None
        return m is not None and m.group(1).lower() in t.relative_words

    def _governor(self, norm, toks, starts, t: LangTables, pos, party, names=None, cues=()):
        """The word that governs a name starting at `pos`: ('prep'|'agent'|'persp'|None, token). `names`: the
        spans of the sentence's names, to skip a first name after an agent marker ("par Volodymyr Zelensky"), or
        after the preposition of one of the demand `cues` ("instó a Vladímir Putin")."""
        i = bisect.bisect_left(starts, pos) - 1
        skipped = 0
        titled = self._agent_of_title(norm, toks, starts, t, pos, party)
        if titled is not None:
            return titled
        if names is not None and t.lang != "tr":
            k = self._before_title(norm, toks, i, party, names)
            if k is not None and toks[k][2] in t.prepositions and toks[k][2] not in t.agent:
                i = k  # "with US President Donald Trump", "mit US-Präsident Donald Trump": the title's preposition
        if names is not None and t.lang != "tr" and i > 0 and toks[i][2][:1].isalpha() \
                and norm[toks[i][0]:toks[i][0] + 1].isupper() and not any(n0 <= toks[i][0] < n1 for n0, n1 in names):
            k = i - 1  # an agent marker before a first name governs the name ("par Volodymyr Zelensky")
            if toks[k][2] in t.agent:
                i = k
            elif toks[k][2] in t.prepositions and self._right_after_demand(toks, k, cues):
                i = k  # so does a demand's preposition: "instó a Vladímir Putin a aceptar" is "instó a Putin", an addressee
            elif toks[k][2].lower() in t.comitatives and not self._relative_after_name(norm, t, pos, names):
                i = k  # and one of company: "in a call with Donald Trump", "в разговоре с Дональдом Трампом": the listener
        while i >= 0:
            word = toks[i][2]
            if word in ("'", "\""):
                i -= 1
                continue
            if word in t.correlative_openers and i > 0 and toks[i - 1][2] in t.agent:
                return "agent", toks[i - 1]  # "accepted by both Moscow and Kyiv": the pair's opener after the agent marker
            if word in t.determiners and skipped < 2:
                skipped += 1
                i -= 1
                continue
            if word in t.genitive:
                # "the head of the Russian delegation": the party noun before carries the phrase
                head = [p for p in party if p[1] <= toks[i][0] and not norm[p[1]:toks[i][0]].strip()]
                if head:
                    return self._governor(norm, toks, starts, t, head[-1][0], party)
            if word in t.conditionals:
                return "cond", toks[i]
            if word in t.agent:
                return "agent", toks[i]
            if word in t.perspective:
                return "persp", toks[i]
            if i > 0 and t.owned_mediation(word, toks[i - 1][2]):
                return None, toks[i]  # "dzięki ich mediacji Rosja i Ukraina wymieniły ...": the name opens the clause
            if word in t.prepositions or word in t.genitive:
                return "prep", toks[i]
            if word in t.giving_verbs and not (i > 0 and toks[i - 1][2] in t.relatives):
                return "prep", toks[i]  # "handed Ukraine a memorandum": its first object is its addressee; not "який передав Київ"
            return None, toks[i]
        return None, None

    def _agent_of_title(self, norm, toks, starts, t: LangTables, pos, party):
        """r33B: ('agent', marker) when a party noun stands right before the name at `pos` and an agent marker governs
        that noun ("avanzata dall'amministrazione Trump", "proposée par le gouvernement Meloni"): the name inside the
        agent's noun phrase is the agent; else None."""
        if t.lang == "tr":
            return None
        head = [p for p in party if p[1] <= pos and not norm[p[1]:pos].strip()]
        if not head:
            return None
        gov = self._governor(norm, toks, starts, t, head[-1][0], party)
        return gov if gov[0] == "agent" else None

    @staticmethod
    def _right_after_demand(toks, k: int, cues) -> bool:
        """Whether token k (a preposition) comes right after a demand verb ("instó a", "pidió a"): what follows is
        who the demand is put to."""
        return k > 0 and any(c.start <= toks[k - 1][0] < c.end and c.stance == "demand" and not c.speech and not c.noun
                             for c in cues)

    @staticmethod
    def _before_title(norm, toks, i, party, names) -> int | None:
        """The token before a party title and first name that lead up to a name ("with US President Donald"
        before "Trump"), or None when no title is there: "On Tuesday Trump" has none."""
        k, titled = i, False
        while k >= 0 and i - k < 6:
            at = toks[k][0]
            inside = [n for n in names if n[0] <= at < n[1]]
            if any(p0 <= at < p1 for p0, p1 in party):
                titled = True
            elif inside and any(inside[0][0] <= p0 < inside[0][1] for p0, _ in party):
                titled = True  # a name that carries its title: "US President"
            elif toks[k][2] in HYPHENS:
                pass
            elif norm[at:at + 1].isupper() and not inside and (k == i or (k + 1 <= i and toks[k + 1][2] in HYPHENS)):
                pass  # the first name right before the name, or a compound's first part ("US-Präsident")
            else:
                break
            k -= 1
        return k if titled and k >= 0 and k < i else None

    @staticmethod
    def _tr_compound_modifier(s: "_Sentence", m: Mention) -> bool:
        """Turkish: a bare name right before a noun in the possessive genitive ("Ukrayna askerlerinin",
        "Rusya ordusunun") modifies that noun, like an adjective: no holder."""
        i = bisect.bisect_left(s.starts, m.end)
        if i >= len(s.toks) or s.norm[m.end:s.toks[i][0]] != " ":
            return False
        if any(p0 == s.toks[i][0] for p0, _ in s.party):
            return False  # an office of the party: "Ukrayna heyetinin", "ABD başkanının"
        word = s.norm[s.toks[i][0]:s.toks[i][1]]
        if any(p0 == s.toks[i][0] for p0, _ in s.position):
            return False  # the name owns a position noun: "ABD planına göre"
        return word[:1].islower() and (TR_POSSESSIVE_GENITIVE.search(word) is not None
                                       or Reading._tr_possessed_oblique(word))

    @staticmethod
    def _tr_dative_postposition(s: "_Sentence", m: Mention) -> bool:
        """Turkish: a bare name right before a postposition noun in the dative ("Ukrayna tarafına sunduğu
        memorandum", "Rusya lehine"): to whom or for whom, as "Ukrayna'ya" is; no subject."""
        i = bisect.bisect_left(s.starts, m.end)
        if i >= len(s.toks) or s.norm[m.end:s.toks[i][0]] != " ":
            return False
        word = s.norm[s.toks[i][0]:s.toks[i][1]].lower()
        return word in TR_POSTPOSITION_NOUNS and TR_POSSESSIVE_DATIVE.search(word) is not None

    @staticmethod
    def _tr_possessed_oblique(word: str) -> bool:
        """Turkish: a noun with a possessive and a case ending after it ("Ukrayna topraklarına", "Rusya ordusunu"),
        no verbal noun nor participle ("reddettiğini", "çekilmesini"): the bare name before it modifies it."""
        return (TR_POSSESSIVE_OBLIQUE.search(word) is not None and word.lower() not in TR_POSTPOSITION_NOUNS
                and TR_COMPLEMENT.search(word) is None
                and TR_PARTICIPLE.search(word) is None and TR_VERBAL_NOUN.search(word) is None)

    @staticmethod
    def _tr_owning_genitive_end(s: "_Sentence", m: Mention) -> int:
        """Turkish: the end of a name with its genitive ending after the apostrophe ("Vatikan'ın", "Trump'ın"), which
        a pattern ending in \\w* leaves out, where a position noun follows within the owned gap ("Vatikan'ın Noel
        ateşkesi önerisini") or a participle ("Putin'in ilan ettiği"): the genitive owns it, as it does after a
        '(?:''\\w+|\\b)' pattern. Other endings stay out ("Umerov'un açıklamasına göre" still holds)."""
        ending = TR_CASE_ENDING.match(s.norm, m.end)
        if "'" in s.norm[m.start:m.end] or not ending or not TR_GENITIVE.search(ending.group()):
            return m.end
        # quotation marks around the measure's name ('Putin'in üç günlük "Zafer Günü ateşkesi" önerisini') are no words
        after = [w for w in Reading._words_after(s.toks, s.starts, ending.end(), TR_OWNED_GAP + 5)
                 if w[2] not in QUOTES][:TR_OWNED_GAP + 1]
        owns = any(p0 == w[0] for w in after for p0, _ in s.position) or any(
            TR_PARTICIPLE.search(w[2]) for w in after[:2])
        return ending.end() if owns else m.end

    def _tr_case(self, norm, m: Mention, party):
        text = norm[m.start:m.end]
        if "'" in text:
            return "gen" if TR_GENITIVE.search(text) else "obl"
        if m.kind == "collective" and TR_COMMON_GENITIVE.search(text):
            return "gen"  # a common noun takes its ending with no apostrophe: "iki tarafın", "tarafların", "iki ülkenin"
        return None

    @staticmethod
    def _tr_noun_case(norm, noun, t: LangTables, party):
        """Turkish: a party noun in the genitive after its possessive ("Rus heyetinin", "Ukrayna tarafının") makes
        its party phrase a genitive, as "Ukrayna'nın" is; not when an office of it follows ("Ukrayna heyetinin
        başkanı": the office is the party's); None otherwise (and in other languages)."""
        if t.lang != "tr":
            return None
        if TR_POSSESSIVE_DATIVE.search(Reading._whole_word(norm, noun)):
            return "obl"  # "Ukrayna tarafına sunduğu memorandum", "Kiev yönetimine ilettiği": the recipient, no subject
        word = norm[noun[0]:noun[1]]
        if not (TR_POSSESSIVE_GENITIVE.search(word) or TR_PLURAL_GENITIVE.search(word)):
            return None
        if any(p0 > noun[1] and not norm[noun[1]:p0].strip() for p0, _ in party):
            return None
        return "gen"

    @staticmethod
    def _whole_word(norm: str, span: tuple[int, int]) -> str:
        """The word a noun's span starts, to its end: a party noun pattern may leave its case ending out ("tarafı"
        of "tarafına")."""
        end = span[1]
        while end < len(norm) and (norm[end].isalnum() or norm[end] == "_"):
            end += 1
        return norm[span[0]:end]

    @staticmethod
    def _past_verb(word: str, t: LangTables) -> bool:
        """pl, ru, uk: whether a word is a verb in the past (PAST_VERB), which ends a party noun's phrase: in
        "Делегация отвергла украинский план" the adjective after the verb is the plan's, no delegation's."""
        past = PAST_VERB.get(t.lang)
        return past is not None and past.search(word) is not None

    @staticmethod
    def _governs_a_noun(word: str, t: LangTables) -> bool:
        """Whether a word between a party and a position noun after it is a preposition, a genitive marker or a
        determiner ("ucraniano al memorando", "Kiev del memorandum", "made the neutrality of Ukraine a condition"):
        no modifier of the noun, so the party does not own it."""
        return word in t.prepositions or word in t.genitive or word in t.determiners

    @staticmethod
    def _hyphen_compound(norm, m: Mention, nxt: Mention) -> bool:
        """Whether two party mentions are the parts of one hyphenated adjective ("US-Ukrainian", "американо-
        украинское", "amerykańsko-ukraińską"): the first part modifies the noun after the last as the last does."""
        return nxt.kind == "adjective" and m.codes != nxt.codes and norm[m.end:nxt.start] in HYPHENS

    def _compound_front(self, norm, mentions, i: int) -> int:
        """r33B: where the hyphenated adjective that mentions[i] ends begins ("ucraino-americana": at "ucraino"); its
        own start when it is no later part of one."""
        while i > 0 and mentions[i - 1].kind == "adjective" and self._hyphen_compound(norm, mentions[i - 1], mentions[i]):
            i -= 1
        return mentions[i].start

    def _coordinated_reach(self, norm, mentions, toks, starts, t: LangTables, party_follows):
        """Where each adjective's noun phrase ends: coordinated adjectives share the noun after the last ("the
        Ukrainian and Russian delegations", "українська та російська делегації", "українському та американському
        підходам"), and so do the parts of a hyphenated compound ("the US-Ukrainian proposal")."""
        reach = {}
        for i in range(len(mentions) - 1, -1, -1):
            m = mentions[i]
            reach[i] = m.end
            # a name before the noun counts as an adjective: "the Ukrainian and US delegations"
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if m.kind == "adjective" and nxt is not None and (nxt.kind == "adjective" or (
                    nxt.kind == "name" and reach.get(i + 1) == nxt.end and party_follows(nxt.end))):
                between = self._words_between(toks, starts, m.end, mentions[i + 1].start)
                # "the Ukrainian and US delegations", "die russische und die ukrainische Delegation"
                if between and all(w[2] in t.coordinators or w[2] == "," or w[2] in t.determiners for w in between) \
                        and any(w[2] in t.coordinators or w[2] == "," for w in between):
                    reach[i] = reach[i + 1]
                elif self._hyphen_compound(norm, m, nxt):
                    reach[i] = reach[i + 1]  # "the US-Ukrainian proposal", "amerykańsko-ukraińska propozycja"
        return reach

    def _extend_nps(self, norm, mentions, party, position, toks, starts, t: LangTables):
        """Adjective + party noun, name + party noun -> party phrases; adjective + position noun -> owners."""
        out, owners = [], []

        def adjacent_after(end, spans, gap_words, modifiers_only=False):
            for s, e in spans:
                if s >= end:
                    between = self._words_between(toks, starts, end, s)
                    if len(between) <= gap_words and all(w[2][:1].isalnum() for w in between) \
                            and not (modifiers_only and any(self._governs_a_noun(w[2], t) for w in between)):
                        return (s, e)
                    return None
            return None

        def adjacent_before(start, spans, gap_words):
            best = None
            for s, e in spans:
                if e <= start:
                    best = (s, e)
            if best is None:
                return None
            between = self._words_between(toks, starts, best[1], start)
            # a complementizer between opens the content: "Russia demands that Ukrainian troops withdraw" is no
            # Ukrainian demand
            if len(between) <= gap_words and all(w[2][:1].isalnum() and not self._past_verb(w[2], t)
                                                 and w[2] not in t.complementizers for w in between):
                return best
            return None

        reach = self._coordinated_reach(norm, mentions, toks, starts, t,
                                        lambda end: adjacent_after(end, party, 0))
        for i, m in enumerate(mentions):
            if m.kind == "adjective":
                # Turkish adjectives stand before their noun: "AB liderlerini Rus varlıklarına" is no Russian leader
                p = adjacent_after(m.end, party, 1) or (adjacent_before(m.start, party, 1) if t.lang != "tr" else None)
                if p:
                    out.append(Mention(min(m.start, p[0]), max(m.end, p[1]), m.codes, "party",
                                       case=self._tr_noun_case(norm, p, t, party)))
                    continue
                if reach[i] != m.end and adjacent_after(reach[i], party, 1):
                    out.append(Mention(m.start, m.end, m.codes, "party"))
                    continue
                # "el rechazo ucraniano al memorando ruso": a preposition between is no modifier, the noun after it is
                # another's
                q = adjacent_after(m.end, position, 1, True) or adjacent_before(m.start, position, 1)
                # past the issue it is of, bare after a genitive marker: "el plan de paz estadounidense"
                q = q or self._before_bare_content(norm, m, position, t)
                q = q or (adjacent_after(reach[i], position, 1, True) if reach[i] != m.end else None)
                # r33B: a later part of a compound after its noun: "la proposta ucraino-americana", "la propuesta
                # ucraniano-estadounidense" (the first part reached the noun before it above)
                front = self._compound_front(norm, mentions, i)
                q = q or (adjacent_before(front, position, 1) if front != m.start and t.lang != "tr" else None)
                # a compound whose first part is the party: "US-Plan", "US-Vorschlag"
                q = q or next(((ps, pe) for ps, pe in position if m.start < ps and pe <= m.end
                               and norm[ps - 1] in HYPHENS), None)
                if q:
                    owners.append((m, q))
                continue
            if m.kind == "name":
                p = adjacent_after(m.end, party, 0)
                # r33D: "За посередництва Катару сторони домовилися": the sides after a mediator's genitive are both parties
                p = None if p and self._both_sides_at(mentions, p) else p
                if p and (t.lang == "tr" or norm[m.end:m.end + 2] != "'s"):
                    out.append(Mention(m.start, p[1], m.codes, "party", case=m.case or self._tr_noun_case(norm, p, t, party)))
                    continue
            out.append(m)
        return out, owners

    @staticmethod
    def _both_sides_at(mentions: list, span: tuple[int, int]) -> bool:
        """r33D: whether a party noun is itself the collective of both sides ("сторони", "стороны", "strony"), which no
        name before it owns: the genitive before it belongs to a phrase before ("за посередництва Катару")."""
        return any(mm.kind == "collective" and len(mm.codes) > 1 and mm.start <= span[0] < mm.end for mm in mentions)

    @staticmethod
    def _before_bare_content(norm: str, m: Mention, position: list, t: LangTables) -> tuple[int, int] | None:
        """The position noun right before an adjective name when only a genitive marker and a bare issue
        (`bare_contents`) stand between ("el plan de paz estadounidense", "la propuesta de tregua rusa"): the
        adjective is the noun's, past the issue it is of; None otherwise."""
        if not t.bare_contents or not t.genitive:
            return None
        best = next((q for q in reversed(position) if q[1] <= m.start), None)
        if best is None:
            return None
        words = norm[best[1]:m.start].lower().split()
        return best if (len(words) >= 2 and words[0] in t.genitive and " ".join(words[1:]) in t.bare_contents) else None

    def _find_conditions(self, s: "_Sentence") -> list:
        """Spans of the conditions of a sentence, to the end of their clause: a `conditionals` word ("if",
        "wenn", "si") or an `exchanges` phrase ("in exchange for", "a cambio de", "im Gegenzug")."""
        t = s.t
        opens = [w0 for k, (w0, _, w) in enumerate(s.toks) if w in t.conditionals and not self._elided_not_if(s, k)]
        out = []
        opens += [m.start() for m in s.proviso_matches()]
        opens += [w0 for k, (w0, _, w) in enumerate(s.toks) if self._opens_until(s, k)]
        if t.lang == "tr":
            # a postposition: the condition is also the phrase before it ("güvenlik garantileri karşılığında")
            out += [self._tr_postposed_span(s, m.start(), m.end()) for m in s.proviso_matches()]
        for q0 in sorted(set(opens)):  # a word both conditional and proviso ('sofern') opens one condition
            ends = [w0 for w0, _, w in s.toks if w0 > q0 and w in {",", ";", ":"}]
            ends = self._past_its_complement(s, q0, ends)
            ends = self._past_a_bare_proviso(s, q0, ends)
            q1 = ends[0] if ends else len(s.norm)
            out.append((q0, q0 + len(s.norm[q0:q1].rstrip(" .!?\"»”'"))))
        return out

    @staticmethod
    def _past_a_bare_proviso(s: "_Sentence", q0: int, ends: list) -> list:
        """The clause ends of a condition opened at q0 without the comma right after a proviso phrase that stands alone
        before it ("vorausgesetzt, Russland verpflichtet sich ...", "provided, Moscow said, that"): the condition
        is the clause after the comma."""
        if not ends or not s.opens_proviso(q0):
            return ends
        found = next(m for m in s.proviso_matches() if m.start() == q0)
        return ends[1:] if not s.norm[found.end():ends[0]].strip() else ends

    @staticmethod
    def _opens_until(s: "_Sentence", k: int) -> bool:
        """Whether token k is an `until_words` word that opens a condition of its own: not before a complementizer
        ("mientras que", a contrast), and with a negation within its next four words unless it is a
        `plain_until_words` word ("solange Kiew die Liste nicht übergibt", "mientras Kiev no entregue la lista")."""
        t = s.t
        if s.toks[k][2] not in t.until_words or k + 1 >= len(s.toks) or s.toks[k + 1][2] in t.complementizers:
            return False
        return s.toks[k][2] in t.plain_until_words or any(w[2] in t.negations for w in s.toks[k + 1:k + 5])

    @staticmethod
    def _elided_not_if(s: "_Sentence", k: int) -> bool:
        """Whether conditional token k is elided into the next word and that word is no subject pronoun: the
        reflexive of "s'est dit prêt", not the "si" of "s'il obtient"."""
        if k + 1 >= len(s.toks) or s.toks[k + 1][0] != s.toks[k][1] or not s.toks[k + 1][2][:1].isalpha():
            return False  # a comma right after a verb of doubt ("bezweifeln, dass") is no elision
        return s.toks[k + 1][2] not in s.t.subject_pronouns

    def _past_its_complement(self, s: "_Sentence", q0: int, ends: list) -> list:
        """The clause ends of a condition opened at q0, without the comma right after its opening word when a
        complementizer follows it: a verb of doubt goes on in its clause ("bezweifeln, dass Moskau zustimmt",
        "wątpią, by Moskwa się zgodziła")."""
        if not ends:
            return ends
        between = self._words_between(s.toks, s.starts, q0, ends[0])
        after = self._words_after(s.toks, s.starts, ends[0] + 1, 1)
        if len(between) == 1 and after and after[0][2] in s.t.complementizers:
            return ends[1:]
        return ends

    def _tr_postposed_span(self, s: "_Sentence", start: int, end: int) -> tuple[int, int]:
        """Turkish: the span of a postposed condition, from up to TR_CONDITION_WORDS words before the postposition
        (not past a comma, nor past a restricting word, which it keeps: "ancak güçlü garantiler karşılığında"; the
        `restrictives` and, this near only, the `near_restrictives`) to its end."""
        words = [w for w in self._words_between(s.toks, s.starts, 0, start)]
        q0 = start
        for w in reversed(words[-TR_CONDITION_WORDS:]):
            if not WORD_RE.match(w[2]):
                break
            q0 = w[0]
            if w[2] in s.t.restrictives or w[2] in s.t.near_restrictives:
                return (q0, end)
        return (self._tr_restricted_start(words, q0, s.t.restrictives), end)

    @staticmethod
    def _tr_restricted_start(words: list, q0: int, restrictives: set) -> int:
        """r35A: where a Turkish postposed condition opens when a restricting word (`restrictives`: not 'ancak', also
        'but') stands further back in its clause, within TR_RESTRICTED_REACH words and no punctuation between ("ateşkesi
        yalnızca Ukrayna'nın Donbas'tan çekilmesi ve Batı'nın sevkiyatı durdurması halinde kabul edecek"): at that word,
        the whole step it restricts to; else q0."""
        for w in reversed([w for w in words if w[0] < q0][-TR_RESTRICTED_REACH:]):
            if not WORD_RE.match(w[2]):
                return q0
            if w[2] in restrictives:
                return w[0]
        return q0

    def _find_mentions(self, norm, text, date, screened) -> "_Sentence":
        """Tokens, party and position nouns, and the names of parties, with party phrases and owners."""
        t = self.tables
        rx, name_keys = screened if screened is not None else self.screened(norm)
        s = _Sentence(norm, text, t, rx or {})
        s.toks, s.starts = self._tokens(norm)
        s.mentions, s.party, s.position = self._mentions(norm, t, date, s.rx, name_keys)
        if t.lang == "tr":
            for m in s.mentions:
                m.end = self._tr_owning_genitive_end(s, m)
                m.case = self._tr_case(norm, m, s.party)
                if m.case is None and (self._tr_compound_modifier(s, m) or self._tr_dative_postposition(s, m)):
                    m.case = "obl"
        s.mentions = self._post_nominal_adjectives(s)
        s.mentions, s.owners = self._extend_nps(norm, s.mentions, s.party, s.position, s.toks, s.starts, t)
        return s

    def _post_nominal_adjectives(self, s: "_Sentence") -> list:
        """Adjectives coordinated after a party noun share it: "les responsables ukrainiens et américains", "las
        delegaciones rusa y ucraniana", "i negoziatori ucraini e americani" hold for every party they name; a
        collective noun they follow ("los negociadores") stands for those parties, not for both sides."""
        out, i, ms = [], 0, s.mentions
        while i < len(ms):
            m = ms[i]
            head = m if m.kind == "collective" else None
            first = i + 1 if head is not None else i
            if first >= len(ms) or ms[first].kind != "adjective":
                out.append(m)
                i += 1
                continue
            a0 = ms[first]
            if head is not None:
                attached = not s.norm[head.end:a0.start].strip()
            else:
                attached = any(p1 <= a0.start and not s.norm[p1:a0.start].strip() for _, p1 in s.party)
            chain = [a0]
            while attached and first + len(chain) < len(ms) and ms[first + len(chain)].kind == "adjective":
                nxt = ms[first + len(chain)]
                between = self._words_between(s.toks, s.starts, chain[-1].end, nxt.start)
                if not between or not all(w[2] in s.t.coordinators or w[2] == "," for w in between) \
                        or not any(w[2] in s.t.coordinators for w in between):
                    break
                chain.append(nxt)
            if not attached or len(chain) < 2:
                out.append(m)
                i += 1
                continue
            codes = tuple(dict.fromkeys(c for a in chain for c in a.codes))
            if head is not None:
                out.append(Mention(head.start, chain[-1].end, codes, "party"))
            else:
                out.append(Mention(a0.start, chain[-1].end, codes, "adjective"))
            i = first + len(chain)
        return out

    def _find_cues(self, s: "_Sentence") -> list:
        cues = self._cues(s.norm, s.t, s.mentions, s.toks, s.starts, s.rx)
        if s.t.no_agreement is not None:
            # "far from an agreement": no agreement, and no other stance of the parties named
            s.apart = [(m.start(), m.end()) for m in finditer(s.t.no_agreement, s.norm)]
            cues = [c for c in cues if not any(q0 <= c.start < q1 for q0, q1 in s.apart)]
        cues = self._adoptions_give_way(cues, s)
        self._settled_status_kept(cues, s)  # r35E: "the status of Crimea is not on the table": a demand
        # "any peace agreement must enshrine ...", "cualquier acuerdo de paz": the frame of a demand, no agreement
        s.frames = [c.start for c in cues if c.stance == "agree" and self._after_free_choice(c, s.t, s.toks, s.starts)]
        cues = [c for c in cues if c.start not in s.frames]
        # "backs the force, though it will not send troops itself": its own part refused, no rejection of the measure
        cues = [c for c in cues if not self._own_part_refused(c, cues, s)]
        # r34D: "proposed a meeting to agree on a truce": the agreement the proposal aims at is nobody's stance
        s.aims = [c.start for c in cues if self._aim_of_a_proposal(c, cues, s)]
        cues = [c for c in cues if c.start not in s.aims]
        for c in cues:
            if c.agentive and self._genitive_of_a_party(c, s):
                c.agentive = False  # "Die Regierungschefs von Spanien forderten": the leaders' own verb, no agent's
            # a cue inside a position noun, or the noun with the one small word after it ("calls for")
            c.noun = any(p0 <= c.start and (c.end <= p1 or c.start == p0 and self._one_small_word(s.norm[p1:c.end]))
                         for p0, p1 in s.position)
        s.verb_spans = [(c.start, c.end) for c in cues]
        return cues

    @staticmethod
    def _settled_status_kept(cues: list, s: "_Sentence") -> None:
        """r35E: a verdict that closes a question of status or belonging (a `settled_status` match, from the status
        noun to the verdict: "the status of Crimea is not on the table", "питання належності Криму «не
        обговорюється»", "die Zugehörigkeit der Krim steht nicht zur Debatte") keeps the status as it stands: the
        verdict's reject cue is its holder's insistence on it, a demand, not the rejection of a measure."""
        if s.t.settled_status is None:
            return
        spans = [(m.start(), m.end()) for m in finditer(s.t.settled_status, s.norm)]
        for c in cues:
            if c.stance == "reject" and not c.speech and any(q0 < c.end and c.start < q1 for q0, q1 in spans):
                c.stance, c.refusal = "demand", False

    @staticmethod
    def _adoptions_give_way(cues: list, s: "_Sentence") -> list:
        """A body adopting a document (`document_adoptions`: "adopted a resolution", "ha approvato una mozione",
        "ухвалила звернення", "bildiri kabul etti") holds what the document calls for or opposes: the agree cue of the
        adoption gives way when a stance cue stands outside it, the document's own verb ("calling for", "che chiede",
        "talep eden"); with no such verb the adoption stays the body's agreement."""
        if s.t.document_adoptions is None:
            return cues
        spans = [(m.start(), m.end()) for m in finditer(s.t.document_adoptions, s.norm)]
        inside = lambda c: any(q0 <= c.start < q1 for q0, q1 in spans)
        if not spans or not any(c.stance and not inside(c) for c in cues):
            return cues
        return [c for c in cues if not (c.stance == "agree" and inside(c))]

    @staticmethod
    def _aim_of_a_proposal(c: Cue, cues: list, s: "_Sentence") -> bool:
        """Whether agree cue `c` is the aim of a proposal in its sentence: a purpose marker right before it (`aims`:
        "proposed a meeting in order to agree on a truce", "предложил встречу, чтобы договориться", "a proposé une
        rencontre pour convenir") or right after it (`aims_after`: "anlaşmak için ... önerdi"), and a demand cue in
        the sentence. What the proposed step is for is no party's agreement: the proposer keeps its demand, and the
        parties who would meet take no position."""
        t = s.t
        if c.stance != "agree" or not any(o.stance == "demand" for o in cues):
            return False
        before = t.aims is not None and search(t.aims, s.norm[:c.start], max(0, c.start - 80)) is not None
        after = t.aims_after is not None and t.aims_after.match(s.norm, c.end) is not None
        return before or after

    @staticmethod
    def _own_part_refused(c: Cue, cues: list, s: "_Sentence") -> bool:
        """Whether reject cue `c` has a `self_emphatics` word in its clause ("sam nie zamierza wysyłać", "will not
        send troops itself") and an agreement stands before it with no party named between: the subject agrees to
        the measure and only turns down taking part in it itself (the refusal's clause names no party of its own)."""
        if c.stance != "reject" or not s.t.self_emphatics:
            return False
        i = bisect.bisect_left(s.starts, c.start)
        lo, hi = i, i
        while lo > 0 and s.toks[lo - 1][2] not in {",", ";", ":", ".", "–", "—"}:
            lo -= 1
        while hi < len(s.toks) and s.toks[hi][2] not in {",", ";", ":", ".", "–", "—"}:
            hi += 1
        if lo == 0 or not any(o.stance == "agree" and o.end <= s.toks[lo][0] for o in cues):
            return False
        if any(s.toks[lo][0] <= mm.start < c.start for mm in s.mentions if mm.kind != "adjective"):
            return False  # another subject's clause: "..., but Poland itself will not send troops" is Poland's refusal
        words = [w[2] for w in s.toks[lo:hi]]
        joined = [f"{a}-{b}" for a, h, b in zip(words, words[1:], words[2:]) if h == "-"]  # "lui-même" is three tokens
        return any(w in s.t.self_emphatics for w in words + joined)

    @staticmethod
    def _after_free_choice(c: Cue, t: LangTables, toks, starts) -> bool:
        """Whether agree cue `c` follows a `free_choice` word ("any", "cualquier", "любое") with at most two words and
        no punctuation between ("any peace agreement", "любое мирное соглашение", "herhangi bir barış anlaşması")."""
        i = bisect.bisect_left(starts, c.start)
        for k in range(i - 1, max(-1, i - 4), -1):
            w = toks[k][2]
            if w == "-" and 0 < k < i - 1:
                w = f"{toks[k - 1][2]}-{toks[k + 1][2]}"  # a hyphenated word is three tokens: "будь-яка"
            if w in t.free_choice:
                return True
            if not w[:1].isalnum():
                return False
        return False

    @staticmethod
    def _one_small_word(text: str) -> bool:
        """Whether `text` (what a cue holds after a position noun) is one preposition-sized word: "for" of "calls for"."""
        words = WORD_RE.findall(text)
        return len(words) == 1 and len(words[0]) <= 4 and not text.strip(" ").startswith(tuple(",;:."))

    def _find_cited_source(self, s: "_Sentence", a: Analysis) -> None:
        """The cited sources (labelling/cited/); the mentions inside a source hold nothing (s.free keeps the rest)."""
        find_cited_sources(s, a)

    @staticmethod
    def _drop_parenthetical_reporters(s: "_Sentence") -> None:
        """A reporting clause set off by commas or dashes inside another party's clause (`parenthetical_reports`: "Rosja
        – jak twierdzi Kijów – nie jest tym zainteresowana", "Москва, как утверждают в Киеве, отвергает ...") only
        reports: its names hold nothing (they leave s.free)."""
        if s.t.parenthetical_reports is None:
            return
        spans = [(r.start(), r.end()) for r in finditer(s.t.parenthetical_reports, s.norm)]
        if spans:
            s.free[:] = [m for m in s.free if not any(b <= m.start < e for b, e in spans)]

    def _drop_role_fillers(self, s: "_Sentence") -> None:
        """A list of parties named next to a `roles` word ("guarantors of security, such as Britain, China and
        France", "Polen, Kanada und Israel als mögliche Schutzstaaten", "Garantör olarak İngiltere, Çin, ...")
        fills the role in somebody else's position: its names hold nothing (they leave s.free)."""
        if s.t.roles is None:
            return
        roles = [(r.start(), r.end()) for r in finditer(s.t.roles, s.norm)]
        if not roles:
            return
        glue = s.t.coordinators | s.t.determiners | {","}
        runs: list[list[Mention]] = []
        for m in sorted((m for m in s.free if m.kind != "adjective"), key=lambda m: m.start):
            if runs and not self._tr_subject_run(s, runs[-1]) and all(
                    w[2] in glue for w in self._words_between(s.toks, s.starts, runs[-1][-1].end, m.start)):
                runs[-1].append(m)
            else:
                runs.append([m])
        stanced = [c.start for c in s.cues if c.stance]
        drop = set()
        for run in runs:
            if len(run) < 2 or self._tr_subject_run(s, run):
                continue
            r0, r1 = run[0].start, run[-1].end
            for q0, q1 in roles:
                lo, hi = (q1, r0) if q1 <= r0 else (r1, q0) if q0 >= r1 else (None, None)
                if lo is not None and len(self._words_between(s.toks, s.starts, lo, hi)) <= ROLE_GAP \
                        and not any(lo <= c < hi for c in stanced):
                    drop.update(id(m) for m in run)
        if drop:
            s.free[:] = [m for m in s.free if id(m) not in drop]

    @staticmethod
    def _tr_subject_run(s: "_Sentence", run: list) -> bool:
        """Turkish: whether names opening the sentence end with the comma that closes a subject ("İsveç, Ukrayna'nın
        ... garantörlerinden biri olmayı kabul etti", "İngiltere ve Fransa, ... garantörü olmaya hazır"): the
        subject, no list filling a role."""
        return (s.t.lang == "tr" and run[-1].case is None and s.norm[run[-1].end:run[-1].end + 1] == ","
                and WORD_RE.search(s.norm[:run[0].start]) is None)

    def _find_complement(self, s: "_Sentence") -> int | None:
        """Where the content of a position starts: "demands that ...", "verlangt, dass ..." (None: nowhere)."""
        comp_from = None
        for c in s.cues:
            if self._relative_after_noun(s, c):
                continue
            nxt = [w for w in self._words_after(s.toks, s.starts, c.end, 5) if w[2] != ","]
            for k, w in enumerate(nxt[:3]):
                if w[2] in s.t.complementizers and self._in_clause_opener(s, w[0]):
                    break  # r31E: "exige reparaciones, mientras que Moscú propone ...": the opener of another clause
                if w[2] in s.t.complementizers:
                    # "requires in particular that ..." opens the content; "accept the truce that ..." is a relative
                    if not any(x[2] in s.t.determiners for x in nxt[:k]):
                        comp_from = w[0] if comp_from is None else min(comp_from, w[0])
                    break
        return comp_from

    @staticmethod
    def _in_clause_opener(s: "_Sentence", at: int) -> bool:
        """Whether the word at `at` ends a `clause_openers` phrase ("mientras que", "tandis que"): a complementizer
        that belongs to a conjunction opening a clause of another subject, no content of the cue before it."""
        openers = s.t.clause_openers
        return openers is not None and any(f.start() < at < f.end() for f in finditer(openers, s.norm))

    def _relative_after_noun(self, s: "_Sentence", c) -> bool:
        """Whether a position noun is followed, within three words, by a comma and a word that is both a
        complementizer and a relative: "la proposta di tregua, che Kiev aveva respinto, ...", a relative
        clause about the noun, no content of the position."""
        if not c.noun:
            return False
        after = self._words_after(s.toks, s.starts, c.end, 5)
        if after and after[0][2] in s.t.relatives and self._apposed_noun(s, c):
            return True  # "..., una richiesta che Kiev ha respinto": a relative about the apposed noun
        for prev, w in zip(after, after[1:4]):
            if w[2] in s.t.complementizers:
                return prev[2] == "," and w[2] in s.t.relatives
        return False

    @staticmethod
    def _apposed_noun(s: "_Sentence", c) -> bool:
        """Whether a position noun stands in an apposition: a comma and one determiner right before it ("...,
        una richiesta che ...", "..., une exigence que ...", "..., a demand that ...")."""
        i = bisect.bisect_left(s.starts, c.start)
        return i >= 2 and s.toks[i - 1][2].lower() in s.t.determiners and s.toks[i - 2][2] == ","

    @staticmethod
    def _contrast_end(s: "_Sentence") -> int | None:
        """Where a content ends at a comma and a `contrastives` word that opens a clause of another subject
        ("verlangt, dass Kiew neutral bleibt, doch die Ukraine besteht auf ..."), or at a spaced dash before a named
        subject and its cue ("..., dass die Sanktionen fallen – Kiew wies das zurück"); not where a complementizer
        follows ("but also that ...")."""
        if s.comp_from is None:
            return None
        toks = [w for w in s.toks if w[0] > s.comp_from]
        for k in range(len(toks) - 2):
            if toks[k][2] == "," and toks[k + 1][2] in s.t.contrastives and toks[k + 2][2] not in s.t.complementizers:
                return toks[k][0]
            if toks[k][2] == "," and Reading._opens_other_clause(s, toks[k + 1][0]):
                return toks[k][0]
            if Reading._spaced_dash(s, toks[k]) and Reading._named_subject_at(s, toks[k + 1:]):
                return toks[k][0]  # "..., dass die Sanktionen fallen – Kiew wies das zurück": another subject's reaction
        if Reading._opens_with_contrast(s, s.comp_from):
            # "While the Kremlin insists that ..., Kyiv says ...": the opening contrast's content ends at the comma
            # a named subject follows, whose clause answers it
            for k in range(len(toks) - 1):
                if toks[k][2] == "," and Reading._named_subject_at(s, toks[k + 1:]):
                    return toks[k][0]
        return None

    @staticmethod
    def _spaced_dash(s: "_Sentence", tok: tuple) -> bool:
        """Whether token `tok` is a dash with a space on each side (" – ", normalised to " - "): a clause break, not the
        hyphen of a compound ("Vize-Außenminister")."""
        return tok[2] in ("-", "–", "—") and s.norm[tok[0] - 1:tok[1] + 1] == f" {tok[2]} "

    @staticmethod
    def _opens_with_contrast(s: "_Sentence", at: int) -> bool:
        """Whether the sentence opens, before `at`, with a `contrastives` word or a `clause_openers` phrase ("While
        ...", "Während ...", "Mientras ...", "Podczas gdy ...", "В то время как ...")."""
        first = WORD_RE.search(s.norm)
        if first is None or first.start() >= at:
            return False
        if first.group(0).lower() in s.t.clause_contrastives:
            return True
        openers = s.t.clause_openers
        found = search(openers, s.norm, first.start()) if openers is not None else None
        return found is not None and found.start() == first.start()

    @staticmethod
    def _named_subject_at(s: "_Sentence", toks: list) -> bool:
        """Whether `toks` open with a party's name (past its determiners) and a cue within the next three words: the
        subject of a clause of its own ("Kyiv says ...", "the Ukrainian side insists ...")."""
        k = 0
        while k < len(toks) and toks[k][2].lower() in s.t.determiners:
            k += 1
        if k >= len(toks):
            return False
        m = next((m for m in s.mentions if m.start == toks[k][0] and m.kind != "adjective"), None)
        if m is None:
            return False
        after = [w for w in toks if w[0] >= m.end][:3]
        return bool(after) and any(c.start <= after[-1][0] and c.start >= m.end for c in s.cues) and \
            "," not in [w[2] for w in after[:1]]

    @staticmethod
    def _opens_other_clause(s: "_Sentence", at: int) -> bool:
        """Whether a `clause_openers` phrase starts at `at` ("тогда как", "тоді як", "podczas gdy", "na co"): after a
        comma it opens a clause of another subject, the end of the content before it."""
        openers = s.t.clause_openers
        found = search(openers, s.norm, at) if openers is not None else None
        return found is not None and found.start() == at

    @staticmethod
    def _apposition_end(s: "_Sentence", after: int | None, before: int | None = None) -> int | None:
        """Where a content (from `after`, up to `before`) ends at a comma and an indefinite article that opens an
        apposition about the position ("demanded that Kyiv withdraw, a condition Kyiv rejected", "una condición
        que Kiev rechazó"): the apposition has a subject of its own."""
        if after is None:
            return None
        toks = [w for w in s.toks if w[0] > after and (before is None or w[0] < before)]
        for k in range(len(toks) - 1):
            if toks[k][2] == "," and toks[k + 1][2].lower() in s.t.indefinites:
                return toks[k][0]
            if toks[k][2] == "," and Reading._points_back(s, toks[k + 1][0]):
                return toks[k][0]  # no article: "..., ce que Moscou qualifie de vol", "..., co Bruksela uznała za ..."
            if toks[k][2] in ("—", "–", "-") and Reading._relative_position_noun(s, toks[k + 1:k + 4]):
                return toks[k][0]  # no article to open it: "..., — пропозицію, яку в Києві відкинули"
        return None

    @staticmethod
    def _points_back(s: "_Sentence", at: int) -> bool:
        """Whether a `reaction_phrases` phrase starts at `at` (after a comma): a relative or a bare noun that points
        back to the position stated before it and opens another party's reaction to it ("ce que", "algo que", "co",
        "des conditions que", "terms"), so the content of that position ends at the comma."""
        return starts_at(s.t.reaction_phrases, s.norm, at)

    @staticmethod
    def _anaphor_end(s: "_Sentence") -> int | None:
        """Where a content ends before an `anaphors` phrase that takes up the position ("заявив, що Вашингтон готовий
        надати гарантії, і в Києві цю пропозицію назвали ...", "demanded that ..., and Kyiv called this idea a trap"):
        at the last comma before it, the reaction of another clause; None where no comma stands between."""
        if s.comp_from is None or s.t.anaphors is None:
            return None
        found = search(s.t.anaphors, s.norm, s.comp_from)
        if found is None:
            return None
        comma = max(s.norm.rfind(",", s.comp_from, found.start()),
                    s.norm.rfind(";", s.comp_from, found.start()))  # r34C: "verlangt, dass ...; Kiew lehnte dies ab"
        return comma if comma >= 0 else None

    @staticmethod
    def _relative_position_noun(s: "_Sentence", words: list) -> bool:
        """Whether `words` are a stanced position noun, a comma and a relative pronoun ("пропозицію, яку",
        "warunek, który"): an apposition that names the position and says who reacted to it."""
        return (len(words) == 3 and words[1][2] == "," and words[2][2].lower() in s.t.relatives
                and any(c.noun and c.stance and c.start == words[0][0] for c in s.cues))

    @staticmethod
    def _an_appositions_relative(s: "_Sentence", comp_from: int | None) -> bool:
        """Whether the complement found at `comp_from` opens the relative clause of an apposition that follows a
        stanced cue ("exigió la retirada, una condición que Kiev rechazó"): no content of that cue."""
        if comp_from is None:
            return False
        end = Reading._apposition_end(s, 0, comp_from)
        return (end is not None and any(c.stance and c.end <= end for c in s.cues)) or Reading._reaction_relative(s, comp_from)

    @staticmethod
    def _reaction_relative(s: "_Sentence", comp_from: int) -> bool:
        """r37C: whether the complementizer found at `comp_from` is rather a bare relative that, after a comma, points
        back to a stanced clause and opens another party's reaction to it (`reaction_phrases`: ", что в Киеве
        назвали ...", ", що Москва відкинула"): the last cue before it is a stance of its own, no reporting verb."""
        if not s.norm[:comp_from].rstrip().endswith(",") or not Reading._points_back(s, comp_from):
            return False
        before = [c for c in s.cues if c.end <= comp_from]
        last = max(before, key=lambda c: c.end, default=None)
        return last is not None and bool(last.stance) and not last.speech

    @staticmethod
    def _quote_end(s: "_Sentence") -> int | None:
        """Where the content of a position ends when it lies inside a quotation the sentence opens with ('"We
        insist that this is an agreement," Arakhamia said'): the closing quote; None otherwise."""
        if s.comp_from is None:
            return None
        lead = s.norm[:s.comp_from].lstrip(" -–—")
        if lead[:1] not in ('"', "“", "«", "„") or any(q in lead[1:] for q in ('"', "”", "»", "“")):
            return None
        close = CLOSING_QUOTE_RE.search(s.norm[s.comp_from:])
        return s.comp_from + close.start() if close else None
