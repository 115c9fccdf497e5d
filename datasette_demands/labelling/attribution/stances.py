"""Step 3, stances: which stance each holder takes on a label's issue. Positions, the conditions and
exchanges that restrict them, mediators, the cue that governs the label's evidence, and the stance
of a label from its positions (label_stance)."""

from __future__ import annotations

import re

from .grammar import DEMAND_MADE_RE, GIVING_UP_REACH, GIVING_UP_RE, INSTEAD_AFTER, INSTEAD_RE
from .grammar import INSIST_VERB, LEFT_OUT_GAP
from .grammar import AGREED_OBLIGATION_GAP
from .grammar import names_a_door
from .grammar import (SLAVIC_CALL, GERUND_THAT_RE, SLAVIC_INFINITIVE, ACCEPTABLE, ADDED_CLAUSE_RE, ADDRESSEE_GAP, ACCEPTANCE_GAP, RESTRICTED_WORDS_AFTER, RESTRICTED_WORDS_BEFORE, RESTRICTED_WORDS_BEFORE_TR, ASKED_TO, CLOSING_QUOTE_RE, COMMA_ONLY_RE, COMMA_WORD_RE, ONE_WORD_AFTER_COMMA_RE, EXCHANGE_GAP, SPEAKER_GERUND_RE, GERUNDS, NOUN_OBJECT_GAP, ONLY_IF_GAP, OWNED_NEAR, PRIVATIVE_LIST_WORDS,
                     TOKEN_RE, TR_AFTER_CLAUSE, TR_COMPLEMENT, TR_CONVERB, TR_IN_CASE, TR_NEGATED, TR_SINE_QUA_NON, TR_PASSIVE_REPORT, TR_PRIVATIVE_CONVERB, TR_UNLESS, TR_VERBAL_NOUN, WORD_RE, GERMAN_ZU_INFINITIVE, is_noun_participle)
from .model import Analysis, Cue, Mention, Position
from ..actor_tables import search, starts_at

# how many words may stand between a rejecting noun and the issue in its object: "rejection of Ukraine's proposal
# for a", "le refus de Moscou de la proposition de"
OWNED_OBJECT_WORDS = 6
# how many words may stand between a decider and the verb its decision governs: "'s decision to", ", eine Waffenruhe zu"
DECIDED_WORDS = 5
# how many words may stand between a vow and the step it vows: "vowed | to | challenge", "a promis de | contester"
VOW_GAP = 3


class Stances:
    """Which stance: each holder's position, its conditions and exchanges, the governing cue."""

    def positions(self, a: Analysis, evidence: int | None, evidences: list | None = None) -> list[Position]:
        """Each holder of the sentence with its own stance on the issue whose evidence starts at `evidence`:
        "Russia rejected Ukraine's call for a ceasefire" gives UA demand (the owner of a call) and RU reject (the
        subject of a rejecting verb). `evidences`: the starts of all the label's evidence; a holder with two
        coordinated verbs, each over some of it, holds both ("accepted the truce on energy strikes but not a full one")."""
        out, seen, reported, elsewhere = [], set(), [], set()
        asks, opening = self._asks(a), self._opens_indirect_question(a)  # of the sentence, not of a mention
        # a party named on its own before a collective that includes it ("les délégations ont échangé leurs projets,
        # la partie russe réclamant ..., tandis que Kiev exigeait ..."): its own cue, not the collective's, places
        # its stance in a clause
        for m, rules in sorted(a.holder_mentions, key=lambda mr: (mr[0].kind == "collective", mr[0].start)):
            if asks and not rules <= {"owner"} and not self._stated_in_question(a, m):
                continue  # "Will Putin accept Kyiv's truce proposal?": a question, only the owner's proposal is reported
            if self._past_owned_noun(a, m, rules, evidence) or self._mediates(a, m, rules) or self._backs_a_demand(a, m, rules) \
                    or self._before_elaborated_clause(a, m, evidences):
                continue
            # r35D: "Whether Moscow will accept the truce will become clear, X said": asked, or only reported
            if self._consent_asked(a, m) or self._judged_consent(a, m, rules) or self._asked_in_opening_question(a, m, rules, opening):
                continue
            if m.kind == "collective" and set(m.codes) <= elsewhere | {code for code, _ in seen}:
                continue  # each party it includes has its own clause: "..., tandis que Kiev exigeait ..."
            if self._demand_past_opening_clause(a, m, evidence, evidences) or \
                    self._demand_in_anothers_clause(a, m, evidence, evidences):
                elsewhere.update(m.codes)  # its demand is in another clause: no collective gives it this one
                continue
            coordinated = self._coordinated_stances(a, m, evidences)
            decided = self._decider_stance(a, m, rules, evidence) or self._place_reports_verdict(a, m, rules)
            if rules == {"decider"} and decided is None:
                continue  # its decision governs another verb than the one over the issue
            found = coordinated or [decided or self._holder_stance(a, m, rules, evidence)]
            if self._only_another_owners_noun(a, rules, found):
                continue  # "Il Cremlino non ha commentato la proposta ucraina": no verb of its own on it
            for speaker, judged, owner in a.evaluations:  # "Peskov said Ukraine's demand was absurd"
                if m is speaker:
                    found = [("reject", judged)]
                elif m is owner:
                    found = [("demand", None)]
            found = self._left_out_by_its_document(a, m, rules, found, evidence)
            found = self._past_speakers_addition(a, m, found, evidence, evidences)
            found = self._only_on_condition(a, found, m) + self._conditions_of(a, m, found)
            found = self._held_until(a, found, evidences)
            found = self._condition_said_with_refusal(a, m, found, evidences)
            found = self._by_side_of_condition(a, found, evidences)
            given = self._given_in_exchange(a, m, found, evidences)
            if given:  # the cues of an exchange replace the stance of a reporting verb
                found = [f for f in found if f[1] is not None and not f[1].speech] + given
            conditions = [f for f in found if f[1] is not None and any(f[1].start == q0 for q0, _ in a.conditions)]
            if conditions and self._restricted(a, found, conditions[0][1]):
                # "would agree to a truce only if ...", "solo aceptaría ... si ...": the condition, no agreement
                found = [(st, c) for st, c in found if st != "agree"]
            found = self._acceptance_kept_on_condition(a, m, found, evidences)  # r34A: "would agree ... if": agree too
            found = self._only_agreed_on_condition(a, m, found)  # r35A: "said it would only agree if ...": the condition
            # a proviso cue that excludes ("as long as it does not involve troops") turns down what it names
            found = [(self._negated_proviso_stance(a, st, c), c) for st, c in found]
            # what a party refuses "without X" is X demanded ("refuses any truce without security guarantees")
            found = [(self._without_stance(a, st, c, evidence), c) for st, c in found]
            # what a party asks for or accepts "instead of" X turns X down ("einen Frieden statt einer Feuerpause")
            found = [(self._instead_stance(a, st, evidence, evidences), c) for st, c in found]
            # refusing to give up its own demand insists on it ("non rinuncerà mai alla richiesta che ...")
            found = [(self._own_demand_kept(a, st, c), c) for st, c in found]
            # a negated demand ("did not demand a ceasefire") is no position of its subject
            found = [(st, c) for st, c in found if c is None or not c.negated]
            for stance, cue in found:
                for code in m.codes:
                    if (code, stance) not in seen:
                        seen.add((code, stance))
                        out.append(Position(code, stance, cue.start if cue else None, cue.end if cue else None,
                                            m.start, m.end))
                        # what a reporting verb says beside a coordinated verb is the holder's own ("said Russia
                        # must pay, dismissing ...")
                        reported.append((cue is None or cue.speech) and not coordinated
                                        and not self._owns_a_demand(a, m, rules, stance))
        # a party's reporting verb, or a mention of it with no cue, gives no second stance beside one a cue
        # gives it: "Zelensky announced that Ukraine would support the proposal" is UA agree only
        own = {p.holder for p, r in zip(out, reported) if not r}
        kept = [p for p, r in zip(out, reported) if not (r and p.holder in own)]
        kept = self._announcers_dropped(a, kept, [p for p, r in zip(out, reported) if r])
        kept = self._own_clause_only(a, kept, evidences or ([evidence] if evidence is not None else []))
        kept = self._restriction_against_proposal(a, kept)  # r34A: "proposed X, but Moscow agreed only to Y"
        return self._last_item_only(a, self._superseded(a, kept), evidences or ([evidence] if evidence is not None else []))

    def _answered_evidence(self, a: Analysis, evidence: int | None, evidences: list | None) -> tuple:
        """r37E: (evidence, evidences) past the question a sentence opens with when it puts one to its speaker
        (`asked_openers`, up to the first comma after the opener: "Asked whether Kyiv could accept a frozen line, the
        adviser said Kyiv will never recognise ..."): the answer's stance on the issue governs, not the verb asked
        about; unchanged where the sentence opens with no such question or no evidence stands past it."""
        end = None if evidence is None else self._asked_question_end(a)
        past = [] if end is None else sorted(e for e in (evidences or [evidence]) if e > end)
        if not past:
            return evidence, evidences
        return past[0], past

    def _asked_question_end(self, a: Analysis) -> int | None:
        """r37E: where the question put to the speaker that opens the sentence ends (`asked_openers`, the first comma
        after the opener); None where the sentence opens with none."""
        opener = None if self.tables.asked_openers is None else search(self.tables.asked_openers, a.text)
        comma = -1 if opener is None else a.text.find(",", opener.end())
        return comma if comma >= 0 else None

    def _restriction_against_proposal(self, a: Analysis, positions: list[Position]) -> list[Position]:
        """r34A: a party that accepts only part of what another proposed, the two set against each other by a
        `contrastives` word ("Kyiv proposed an all-for-all swap, but Moscow agreed only to 1,000 for 1,000", "mais la
        Russie n'a accepté qu'un échange ...", "Rus tarafı ise yalnızca aşamalı takasları kabul etti"): its agree, and a
        reject of the larger proposal. The restriction is a `restricted_acceptance_words` word at its agree cue
        (_restricted_acceptance); the proposal another holder's demand before it."""
        if not self.tables.restricted_acceptance_words:
            return positions
        out = list(positions)
        for p in positions:
            if p.stance != "agree" or p.cue_start is None or any(q.holder == p.holder and q.stance == "reject" for q in out):
                continue
            proposals = [q for q in positions if q.stance == "demand" and q.holder != p.holder and q.cue_end is not None
                         and q.cue_end <= p.cue_start and not any(r.holder == q.holder and r.stance == "agree" for r in positions)]
            contrasted = any(set(w.lower() for w in WORD_RE.findall(a.text[q.cue_end:p.cue_start])) & self.tables.contrastives
                             for q in proposals)
            if contrasted and self._restricted_acceptance(a, p.cue_start, p.cue_end) and not self._hypothetical(a, p):
                out.append(Position(p.holder, "reject", p.cue_start, p.cue_end, p.holder_start, p.holder_end))
        return out

    def _hypothetical(self, a: Analysis, p: Position) -> bool:
        """Whether a `hypothetical_modals` word stands among the two words before position `p`'s cue or in it ("would
        only agree to 1,200 per side"): the most a party would accept, no partial acceptance of what was proposed."""
        words = WORD_RE.findall(a.text[max(0, p.cue_start - 30):p.cue_end].lower())
        inside = len(WORD_RE.findall(a.text[p.cue_start:p.cue_end]))
        return bool(set(words[-(inside + 2):]) & self.tables.hypothetical_modals)

    def _restricted_acceptance(self, a: Analysis, start: int, end: int) -> bool:
        """Whether the agree cue from `start` to `end` is restricted: a `restricted_acceptance_words` word in it, among
        the RESTRICTED_WORDS_BEFORE words before it in its clause (more in Turkish, where the object stands between:
        "yalnızca aşamalı takasları kabul etti") or the RESTRICTED_WORDS_AFTER words after it ("agreed only to",
        "согласилась лишь на"), and no negation right before that word ("not only agreed")."""
        t = self.tables
        before = TOKEN_RE.findall(a.text[max(0, start - 60):start])
        cut = max((k for k, w in enumerate(before) if w in ",;:."), default=-1)
        reach = RESTRICTED_WORDS_BEFORE_TR if t.lang == "tr" else RESTRICTED_WORDS_BEFORE
        before = [w.lower() for w in before[cut + 1:] if WORD_RE.fullmatch(w)][-reach:]
        after = []
        for w in TOKEN_RE.findall(a.text[end:end + 60])[:RESTRICTED_WORDS_AFTER]:
            if not WORD_RE.fullmatch(w):
                break
            after.append(w.lower())
        words = before + [w.lower() for w in WORD_RE.findall(a.text[start:end])] + after
        return any(w in t.restricted_acceptance_words and (k == 0 or words[k - 1] not in t.negations)
                   for k, w in enumerate(words))

    @staticmethod
    def _announcers_dropped(a: Analysis, positions: list[Position], reported: list[Position]) -> list[Position]:
        """Without a party that only reports (a plain reporting verb, no cue of its own) what other parties agreed:
        "the White House announced that Russia and Ukraine had agreed ...", "Стороны согласовали обмен, — объявил
        Фидан": an announcer, no party to the agreement (docs/GUIDELINES.md, Holders). Only a subject's own reporting verb
        reports: not an infinitive it proposes ("США запропонували ... оголосити"), nor a participle with its agent
        ("the truce announced by Moscow")."""
        plain = {c.start for _, c in a.pairs if c.speech and not c.agentive}  # a subject's own reporting verb
        agreed = {p.holder for p in positions if p.stance == "agree" and p not in reported}
        # (a judging verb, "calificó de «robo»", is a rejection of its own)
        only_reports = {p.holder for p in reported if p.cue_start in plain and p.stance != "reject"} - \
            {p.holder for p in positions if p not in reported or p.cue_start not in plain}
        announcers = only_reports - agreed
        if not agreed or not announcers:
            return positions
        return [p for p in positions if p.holder not in announcers]

    def _decider_stance(self, a: Analysis, m: Mention, rules: set, evidence: int | None) -> tuple | None:
        """(stance, cue) of a decider: "Washington's decision to back a truce" agrees, by the verb its decision governs,
        whatever the clause's subject does with the decision; None for any other holder, and for a readiness to host
        talks ("готовность Анкары вновь принять переговоры"), a mediation that takes no position, and where another
        verb stands between the decided verb and the issue ("... принять переговоры и предложил ... прекращения огня")."""
        decided = self._decided_cue(a.cues, m, a.text) if "decider" in rules else None
        if decided is None or any(q0 < decided.end and decided.start < q1 for q0, q1 in a.mediations):
            return None
        if evidence is not None and any(decided.end <= c.start < evidence and c.stance and not c.noun and not c.speech
                                        for c in a.cues):
            return None
        return decided.stance, decided

    @staticmethod
    def _decided_cue(cues: list, m: Mention, text: str) -> Cue | None:
        """The stance verb right after a decider and its decision noun, at most DECIDED_WORDS words on, in its clause
        ("Washington's decision to back", "die Entscheidung Washingtons, eine Waffenruhe zu unterstützen"); None else."""
        after = [c for c in cues if c.start >= m.end and c.stance and not c.speech and not c.noun]
        if not after:
            return None
        gap = text[m.end:after[0].start]
        if len(WORD_RE.findall(gap)) > DECIDED_WORDS or re.search(r"[.;:!?]", gap):
            return None
        return after[0]

    def _own_clause_only(self, a: Analysis, positions: list[Position], evs: list) -> list[Position]:
        """The positions of a label whose evidence all stands in one of two coordinated clauses, joined by ", but" or
        "; " or ", while" (", ma", ", mais", ", aber", ", pero", ", но", ", але", ", ale", ", ama" ...), where the other
        clause names an issue of its own: only those whose cue (or, without a cue, whose holder) stands in the
        evidence's clause ("Both sides agreed to a prisoner swap, but Russia insisted Ukraine withdraw from
        Zaporizhzhia": prisoners RU and UA agree, territory RU demand). A clause without an issue of its own may
        take the other's back with a pronoun ("but Moscow rejected it"), and keeps its positions."""
        if not evs or len(positions) < 2:
            return positions
        cuts = []
        for found in re.finditer(r"\s*(?:;|,\s*(\w+)\b)", a.text):
            word = found.group(1)
            if word is None or word.lower() in self.tables.clause_contrastives:
                cuts.append(found.start())
        if not cuts:
            return positions
        bounds = [0] + cuts + [len(a.text) + 1]

        def clause(offset: int) -> int:
            return next(i for i in range(len(bounds) - 1) if bounds[i] <= offset < bounds[i + 1])

        own = {clause(e) for e in evs}
        if len(own) != 1:
            return positions
        home = own.pop()
        others = {clause(e) for issue in a.issues for e in issue if e not in evs} - {home}
        if not others:
            return positions

        def anchor(p: Position) -> int | None:
            return p.cue_start if p.cue_start is not None else p.holder_start

        # each clause has a subject with a stanced cue of its own
        subjects = {clause(c.start) for m, c in a.pairs if c.stance and not c.speech and clause(m.start) == clause(c.start)}
        if home not in subjects:
            return positions
        kept = [p for p in positions if anchor(p) is None or clause(anchor(p)) not in (others & subjects)]
        if not kept or not any(anchor(p) is not None and clause(anchor(p)) == home for p in kept):
            return positions
        return kept

    def _last_item_only(self, a: Analysis, positions: list[Position], evs: list) -> list[Position]:
        """Without the positions taken after a pointer to the last item named before it (`last_item_pointers`: "c'est
        cette dernière clause que Kiev a jugée inacceptable", "this last point", "ten ostatni punkt") on an issue whose
        evidence all stands before the pointer and before another issue's: the verdict is on that other issue only
        ("the plan provides a ceasefire and the recognition of Crimea; this last clause Kyiv rejects": territory UA
        reject, no ceasefire one)."""
        pointers = self.tables.last_item_pointers
        pointer = search(pointers, a.text) if pointers is not None and evs else None
        if pointer is None or max(evs) >= pointer.start():
            return positions
        before = [e for issue in a.issues for e in issue if e < pointer.start()]
        if max(before, default=-1) <= max(evs):
            return positions
        return [p for p in positions if p.cue_start is None or p.cue_start < pointer.start()]

    def _superseded(self, a: Analysis, positions: list[Position]) -> list[Position]:
        """Without a holder's stance before a turn to the present (`supersessions`: "Ранее Москва отвергала перемирие,
        но теперь Песков допускает такую возможность", "previously rejected ..., but now ...") when the same holder
        takes a stance after it: the position given up is no position of the sentence."""
        turn = search(self.tables.supersessions, a.text) if self.tables.supersessions is not None else None
        if turn is None:
            return positions
        after = {p.holder for p in positions if p.cue_start is not None and p.cue_start >= turn.end()}
        return [p for p in positions if not (p.holder in after and p.cue_start is not None and p.cue_start < turn.start())]

    @staticmethod
    def _asks(a: Analysis) -> bool:
        """Whether the sentence is a question of its own (it ends with a question mark and opens no quote)."""
        text = a.text.rstrip()
        if not text.endswith("?") or text.lstrip(" -–—")[:1] in ('"', "“", "«", "„"):
            return False
        # a question after a colon that closes a stated position ("accetterebbe una tregua, ma ...: chi la
        # controllerà?") asks only what follows the colon
        colon = text.rfind(":")
        return colon < 0 or not any(c.stance and not c.speech and c.end <= colon for c in a.cues)

    def _stated_in_question(self, a: Analysis, m: Mention) -> bool:
        """Whether holder `m` of a question has a stance verb of its own in a clause the question states as a fact,
        beside the verb it asks about ("Will Moscow accept the truce that Washington and Kyiv agreed on?",
        "Accetterà Mosca la moratoria proposta da Washington?", "Kiev, Ankara'nın önerdiği takası kabul edecek
        mi?"): that party's position is reported; the asked party (the subject of the asked verb) takes none."""
        if self._in_stated_as_clause(a, m):
            return True
        asked = self._asked_verb(a)
        if asked is None or any(mm is m and c is asked for mm, c in a.pairs):
            return False
        own = [c for mm, c in a.pairs if mm is m and c.stance and not c.speech]
        if not own and m.start > asked.end:  # an agent after its participle ("proposta da Washington")
            own = [c for c in a.cues if c.agentive and c.stance and asked.end <= c.start < m.start]
        if not own or any(c is asked for c in own):
            return False
        if self._question_particle_at(a):  # Turkish: a clause before the asked verb ("Ankara'nın önerdiği")
            return all(c.end <= asked.start for c in own)
        return all(c.start >= asked.end and self._stated_clause(a, asked.end, c) for c in own)

    def _asked_in_opening_question(self, a: Analysis, m: Mention, rules: set, opening: bool) -> bool:
        """r35D: whether the sentence opens with an indirect question (`indirect_question_openers`, and where the
        opener is also "if", one of `indirect_question_predicates` after it: "Whether Moscow will accept the truce
        will become clear", "Согласится ли Москва ..., станет ясно", "Se Mosca accetterà ... si saprà": `opening`,
        from _opens_indirect_question) and `m` is its asked subject, or a speaker who only reports it; the agent or
        owner of what it states keeps its own."""
        if not opening or rules & {"owner", "agent"} or self._in_stated_as_clause(a, m):
            return False
        own = [c for mm, c in a.pairs if mm is m]
        if rules <= {"speaker"} or (own and all(c.speech for c in own)):
            return True  # "..., Ushakov said": it reports the question
        asked = next((c for c in a.cues if c.stance and not c.noun and not c.speech and not c.agentive), None)
        if asked is None or re.search(r"[,;:]", a.text[:asked.start]):
            return False  # "Чи погодиться Київ на обмін, який пропонує Анкара, ...": a verb past a comma is no asked one
        stop = re.search(r"[,;:]", a.text[asked.end:])
        return m.start < (asked.end + stop.start() if stop else len(a.text))

    def _opens_indirect_question(self, a: Analysis) -> bool:
        """r35D: whether an `indirect_question_openers` word is the sentence's first word, or its second after the
        stance verb it asks about ("Примет ли Москва"; not "Pytany, czy Moskwa ...", "Asked whether ...", whose
        answer follows, nor "Rosja czy Ukraina")."""
        t = self.tables
        words = [(w.start(), w.group().lower()) for w in WORD_RE.finditer(a.text)][:2]
        at = next((k for k, (_, w) in enumerate(words) if w in t.indirect_question_openers), None)
        if at is None or (at == 1 and not any(c.start == words[0][0] and c.stance and not c.speech for c in a.cues)):
            return False
        return t.indirect_question_predicates is None or search(t.indirect_question_predicates, a.text[words[at][0]:]) is not None

    def _in_stated_as_clause(self, a: Analysis, m: Mention) -> bool:
        """r35D: whether holder `m` of a question stands in a clause a `question_fact_openers` word opens right after
        a comma, which holds every stance verb of the question while the question asks no verb of its own ("Sarà
        possibile una tregua, come ha auspicato la Casa Bianca?", "Is a truce possible by spring, as Washington has
        urged?"): the clause states that party's position."""
        verbs = [c for c in a.cues if c.stance and not c.noun and not c.speech]
        comma = a.text.rfind(",", 0, verbs[0].start) if verbs else -1
        if comma < 0 or comma > m.start or re.search(r"[,;:]", a.text[comma + 1:m.start]):
            return False
        words = [w.lower() for w in TOKEN_RE.findall(a.text[comma + 1:verbs[0].start])]
        return words[:1] != [] and words[0] in self.tables.question_fact_openers

    def _stated_clause(self, a: Analysis, after: int, cue: Cue) -> bool:
        """Whether `cue`, after a question's asked verb (ending at `after`), stands in a clause the question states:
        a participle with its agent, or a clause a relative, a conditional or a `question_fact_openers` word opens
        ("that Washington proposed", "che Ankara ha proposto", "den Ankara vorgeschlagen hat", "wie sie Putin ...
        brachte"), with no coordinated question between ("..., or will Russia reject it?")."""
        words = [w.lower() for w in TOKEN_RE.findall(a.text[after:cue.start])]
        openers = self.tables.relative_openers | self.tables.conditionals | self.tables.question_fact_openers
        at = max((i for i, w in enumerate(words) if w in openers), default=None)
        if at is None and not cue.agentive:
            return False
        rest = words[(at or 0):]
        joiners = self.tables.clause_joiners
        return not any(w == "," and nxt in joiners for w, nxt in zip(rest, rest[1:]))

    def _asked_verb(self, a: Analysis) -> Cue | None:
        """The stance verb a question asks about: its first, or with a `question_particles` word after the verbs
        (Turkish "... kabul edecek mi?"), the last before the particle; None when it has none."""
        verbs = [c for c in a.cues if c.stance and not c.noun and not c.speech and not c.agentive]
        particle = self._question_particle_at(a)
        if particle:
            verbs = [c for c in verbs if c.start < particle]
            return verbs[-1] if verbs else None
        return verbs[0] if verbs else None

    def _question_particle_at(self, a: Analysis) -> int:
        """Where the last `question_particles` word of a question stands (0 when there is none)."""
        found = [w.start() for w in WORD_RE.finditer(a.text) if w.group().lower() in self.tables.question_particles]
        return found[-1] if found else 0

    @staticmethod
    def _only_another_owners_noun(a: Analysis, rules: set, found: list) -> bool:
        """Whether a subject's only cue is a position noun another party owns ("Kremlin, Vatikan'ın ateşkes
        önerisine ilişkin yorum yapmadı", "Il Cremlino non ha commentato la proposta ucraina"): the subject's own
        verb takes no position on it."""
        if "owner" in rules or not rules & {"subject"} or len(found) != 1 or found[0][1] is None:
            return False
        cue = found[0][1]
        if not cue.noun or cue.stance != "demand" or not any(q0 <= cue.start < q1 for q0, q1 in a.owned_nouns):
            return False
        # the owner only owns (no subject of its own: "Moskva i Kyiv dijshly zhody", read as owner too, agree both)
        return any("owner" in r and not r & {"subject", "speaker"} for _, r in a.holder_mentions)

    def _demand_past_opening_clause(self, a: Analysis, m: Mention, evidence: int | None, evidences: list | None) -> bool:
        """Whether a holder of the main clause only demands something else than the issue, all of whose evidence
        stands in the subordinate clause the sentence opens with, where another party is named: "Dopo che Mosca ha
        respinto la tregua, Zelensky ha chiesto nuove sanzioni", "Kiev ateşkesi kabul ettikten sonra Moskova ek
        garantiler istedi". A reject or agree cue may take the issue back with a pronoun; a demand names its own."""
        end = self._opening_clause_end(a)
        if end is None or evidence is None or m.start < end:
            return False
        if any(e >= end for e in (evidences or [evidence])):
            return False
        own = [c for mm, c in a.pairs if mm is m and c.stance]
        if not own or any(c.stance != "demand" for c in own):
            return False
        return any(o.end <= end and not set(o.codes) & set(m.codes) for o in a.mentions)

    @staticmethod
    def _before_elaborated_clause(a: Analysis, m: Mention, evidences: list | None) -> bool:
        """r37E: whether named party `m` stands after a colon that spells out, party by party, the last clause of a
        collective that includes it ("the delegations agreed on a swap, but not on a truce: Kyiv wants one now, Moscow
        only later"), while all the label's evidence stands in an earlier clause of the collective (the swap): what
        the parties are said to want there is the issue of that last clause, not this one."""
        colon = a.text.rfind(":", 0, m.start)
        if colon < 0 or m.kind == "collective" or not evidences:
            return False
        collectives = [mm for mm, _ in a.holder_mentions
                       if mm.kind == "collective" and mm.end <= colon and set(m.codes) <= set(mm.codes)]
        if not collectives or any(mm.kind != "collective" and mm.end <= colon for mm, _ in a.holder_mentions):
            return False
        last = a.text.rfind(",", collectives[0].end, colon)
        return last > 0 and all(collectives[0].end <= e < last for e in evidences)

    def _demand_in_anothers_clause(self, a: Analysis, m: Mention, evidence: int | None, evidences: list | None) -> bool:
        """Whether a holder that only demands stands in a clause of its own while all the label's evidence stands in
        the clause of another party that demands too, the two clauses joined by a comma or a coordinator or
        contrastive ("Kyiv proposed a prisoner swap, but Moscow demanded a truce", "Kiev ha proposto uno scambio,
        mentre Mosca ha chiesto una tregua", "Kiew schlug einen Austausch vor, während Moskau eine Waffenruhe
        forderte"): each demands the issue of its own clause only, where its clause names another issue. A reject or
        agree cue may take the other issue back with a pronoun ("but Moscow rejected it"), and so may a demand whose
        clause names no issue of its own ("mientras que la rusa propone hacerlo por etapas")."""
        if evidence is None:
            return False
        stanced: dict[int, list] = {}  # each subject's stanced cues, by the mention's identity
        for mm, c in a.pairs:
            if c.stance:
                stanced.setdefault(id(mm), []).append(c)
        own = stanced.get(id(m), [])
        if not own or any(c.stance != "demand" or c.speech for c in own):
            return False
        evs = evidences or [evidence]
        holders = {id(mm) for mm, _ in a.holder_mentions}
        for o, c in a.pairs:
            if o is m or id(o) not in holders or set(o.codes) & set(m.codes) or c.stance != "demand" or c.speech:
                continue
            first, second = (m, o) if m.start < o.start else (o, m)
            first_cues, second_cues = stanced.get(id(first), []), stanced.get(id(second), [])
            if not first_cues or not second_cues or any(cc.start < first.start for cc in first_cues):
                continue
            last = max(cc.end for cc in first_cues)
            if last > second.start or any(cc.start < second.start for cc in second_cues):
                continue
            if not self._joins_clauses(a.text[last:second.start]):
                continue
            others = [e for issue in a.issues for e in issue if e not in evs]
            if m is first and all(e >= second.start for e in evs) and any(first.start < e < second.start for e in others):
                return True
            if m is second and all(first.start < e < second.start for e in evs) and any(e > second.start for e in others):
                return True
        return False

    def _joins_clauses(self, between: str) -> bool:
        """Whether the words between one subject's last verb and the next subject join two clauses: a comma, or a
        coordinator or contrastive ("but", "mentre", "während", "tandis que")."""
        if "," in between or ";" in between:
            return True
        words = {w.lower() for w in WORD_RE.findall(between)}
        return not words.isdisjoint(self.tables.clause_joiners)

    def _opening_clause_end(self, a: Analysis) -> int | None:
        """Where the subordinate clause the sentence opens with ends: the first comma after an opening
        `subordinators` word ("After ...,", "Nachdem ...,", "Dopo che ...,"), or a Turkish "-dikten sonra"; None
        where the sentence opens with no such clause."""
        if self.tables.lang == "tr":
            found = TR_AFTER_CLAUSE.search(a.text)
            return found.end() if found is not None else None
        first = WORD_RE.search(a.text)
        comma = a.text.find(",")
        if first is None or comma < 0 or first.group(0).lower() not in self.tables.subordinators:
            return None
        return comma

    def _without_stance(self, a: Analysis, stance: str, cue: Cue | None, evidence: int | None) -> str:
        """A rejection whose evidence stands right after a privative in its clause is a demand of it: "refuses
        any truce without security guarantees" is a demand of the guarantees (the truce stays rejected);
        up to four words between the privative and the evidence, no clause break; Turkish, a postposition
        between the evidence and the verb after it ("güvenlik garantileri olmadan ... reddediyor")."""
        t = self.tables
        if stance != "reject" or cue is None or evidence is None:
            return stance
        if self._lacked_by_refused_measure(a, cue, evidence):
            return "demand"
        if not t.privatives:
            return stance
        if t.lang == "tr":
            words = [w.lower() for w in TOKEN_RE.findall(a.text[evidence:cue.start])] if cue.start > evidence else []
        else:
            first = WORD_RE.match(a.text, cue.start)
            head = first.end() if first else cue.end
            words = [w.lower() for w in TOKEN_RE.findall(a.text[head:evidence])][-5:] if head <= evidence else []
            if cue.start > evidence and not any(ch in a.text[evidence:cue.start] for ch in ",;:."):
                # the refused measure fronted before its verb, the privative inside it, no clause break up to the
                # verb: "Einen Frieden ohne Sicherheitsgarantien werde es nicht geben" asks for the guarantees
                words = [w.lower() for w in TOKEN_RE.findall(a.text[:evidence])][-5:]
        if t.lang == "tr" and self._tr_privative_before_verb(words):
            return "demand"
        for i, w in enumerate(words):
            if not t.privative_opens_condition(w, words[i + 1] if i + 1 < len(words) else None):
                continue  # a preposition ("retirarse hasta las fronteras"), no condition
            if (w in t.privatives or (t.lang == "tr" and (TR_UNLESS.search(w) or TR_PRIVATIVE_CONVERB.search(w)))) and not any(x in (",", ";", ":", ".") or x in t.coordinators or x in t.contrastives
                                             for x in (words[i + 1:] if t.lang != "tr" else words[:i])):
                return "demand"
        if t.lang != "tr" and self._coordinated_after_privative(a, head, evidence):
            return "demand"
        return stance

    def _own_demand_kept(self, a: Analysis, stance: str, cue: Cue | None) -> str:
        """A refusal to give up or to limit a demand noun right after it ("Mosca non rinuncerà mai alla richiesta
        che ...", "Moskau werde niemals auf seine Forderung ... verzichten", "n'acceptera aucune limitation de ses
        exigences") is the demand kept: its subject insists on it. Not another party's demand ("la richiesta
        ucraina"), which the refusal turns down."""
        if stance != "reject" or cue is None or cue.noun:
            return stance
        brk = re.search(r"[,;:.]", a.text[cue.end:])
        span = a.text[cue.start:cue.end + brk.start() if brk else len(a.text)]  # to the clause's end: 'verzichten'
        if GIVING_UP_RE.search(span) is None and (self.tables.renouncing is None or search(self.tables.renouncing, span) is None):
            return stance
        nouns = [c for c in a.cues if c.noun and c.stance == "demand" and cue.start < c.start <= cue.end + GIVING_UP_REACH
                 and self._demand_made(a.text[c.start:c.end]) and not any(ch in a.text[cue.end:c.start] for ch in ",;:")]
        if not nouns or any(q0 <= nouns[0].start < q1 for q0, q1 in a.owned_nouns):
            return stance
        return "demand"

    def _demand_made(self, noun: str) -> bool:
        """Whether `noun` names a demand made (DEMAND_MADE_RE, or a language's `demand_made_nouns`: "exigencia"), not an
        aim ("objectif d'adhérer"), which a refusal to give up turns down."""
        words = [w.lower() for w in WORD_RE.findall(noun)]
        return bool(DEMAND_MADE_RE.match(noun)) or bool(words) and words[0] in self.tables.demand_made_nouns

    def _coordinated_after_privative(self, a: Analysis, head: int, evidence: int) -> bool:
        """Whether the evidence is a later item of a list a privative opens ("no peace without Ukraine's renunciation
        of NATO membership and recognition of the realities"): the privative at most PRIVATIVE_LIST_WORDS words
        before it, only a coordinator to join them, no clause break and no verb with a stance between."""
        if head > evidence:
            return False
        words = [w.lower() for w in TOKEN_RE.findall(a.text[head:evidence])][-PRIVATIVE_LIST_WORDS:]
        at = max((i for i, w in enumerate(words) if w in self.tables.privatives), default=None)
        if at is None:
            return False
        after = words[at + 1:]
        if not any(x in self.tables.coordinators for x in after) or any(
                x in (",", ";", ":", ".") or x in self.tables.contrastives for x in after):
            return False
        start = a.text.lower().rfind(words[at], head, evidence)
        return not any(c.stance and not c.noun and start < c.start < evidence for c in a.cues)

    def _lacked_by_refused_measure(self, a: Analysis, cue: Cue, evidence: int) -> bool:
        """Whether the evidence stands in a negated relative (`privative_relatives`) right after the measure a
        refusal turns down ("will not sign any deal that does not include security guarantees", "no aceptará
        ningún acuerdo que no incluya ..."): what the refused measure lacks is demanded, as after "without". The
        relative opens at most 40 characters after a rejecting cue (this one or one before it: the relative's own
        negation, "doesn't recognise", may be the cue that governs); no sentence break before the evidence."""
        rx = self.tables.privative_relatives
        if rx is None or evidence <= cue.start:
            return False
        m = rx.search(a.text, max(0, cue.start - 80), evidence + 80)
        if m is None or m.start() >= evidence or m.start() > cue.end + 40 or any(x in a.text[m.end():evidence] for x in ";."):
            return False
        # the comma that opens the relative, which ru, uk, pl always write ("соглашения, которое не ..."), is no break
        return any(c.stance == "reject" and c.end <= m.start() and m.start() - c.end <= 40
                   and not any(x in a.text[c.end:m.start()].rstrip().removesuffix(",") for x in ",;:.")
                   for c in a.cues + [cue])

    def _tr_privative_before_verb(self, words: list) -> bool:
        """Turkish: whether a postposed privative stands among the four words right before the refusing verb, no
        clause break after it ("Rusya çekilmediği sürece barış anlaşması imzalamayacak"): the condition closes
        there even where the evidence reaches back past a comma."""
        near = words[-4:]
        return any(w in self.tables.privatives and not any(x in (",", ";", ":", ".") for x in near[i + 1:])
                   for i, w in enumerate(near))

    def _instead_stance(self, a: Analysis, stance: str, evidence: int | None, evidences: list) -> str:
        """A demand or agreement whose evidence stands right after an `alternatives` word ("statt, anstatt, zamiast"),
        at most three words between and no clause break, turns that evidence down: a rejection ("strebt einen
        dauerhaften Frieden statt einer bloßen Feuerpause an", "domaga się kapitulacji zamiast rozejmu")."""
        t = self.tables
        if stance == "reject" or evidence is None or not t.alternatives:
            return stance
        if t.lang == "tr":
            return self._tr_instead_stance(a, stance, evidence, evidences)
        words = [w.lower() for w in TOKEN_RE.findall(a.text[max(0, evidence - 60):evidence])][-4:]
        for i, w in enumerate(words):
            if w in t.alternatives and not any(x in (",", ";", ":", ".") for x in words[i + 1:]):
                return "reject"
        return stance

    def _tr_instead_stance(self, a: Analysis, stance: str, evidence: int, evidences: list) -> str:
        """Turkish puts the `alternatives` word after what is turned down ("ateşkes yerine kalıcı bir barış"): the
        evidence right before "yerine" is rejected, unless what is offered after it is itself evidence of the issue,
        no clause break between ("NATO üyeliği yerine 'Madde 5 benzeri' güvenlik güvenceleri verilmesini önerdi"):
        then the demand is on that evidence, as with the order of "security guarantees instead of NATO membership",
        and what "yerine" turns down is no stance of its own (r36E)."""
        end = self._tr_instead_end(a, evidence)
        if end is None:
            return stance
        offered = any(end < e and not any(x in a.text[end:e] for x in ",;:.") for e in evidences)
        return stance if offered else "reject"

    def _tr_instead_end(self, a: Analysis, evidence: int) -> int | None:
        """Turkish: where the `alternatives` postposition ends when it is one of the two words right after the
        evidence's word, no clause break between; None otherwise. Offsets come from the match itself, so a
        letter whose lower case is longer (İ) cannot shift them."""
        for m in list(TOKEN_RE.finditer(a.text, evidence, evidence + 60))[1:3]:
            if m.group() in (",", ";", ":", "."):
                return None
            if m.group().lower() in self.tables.alternatives:
                return m.end()
        return None

    def _past_owned_noun(self, a: Analysis, m: Mention, rules: set, evidence: int | None) -> bool:
        """Whether `m` only owns a position noun ("Ukraine's proposal for a ceasefire") and the evidence lies
        past another stanced cue after it ("..., instead tabling demands such as a withdrawal"): the owner's
        demand is what its noun names, not what the sentence goes on to say."""
        if evidence is None or "owner" not in rules or rules & {"speaker", "subject", "decider"}:
            return False  # a decision's owner takes the verb it governs ("the decision of Washington to back ...")
        # a plan's owner holds all it lists ("the EU's plan provides for a truce and guarantees"); only
        # where a subject of its own takes the position further on
        if not any(r & {"subject"} and not set(mm.codes) & set(m.codes) for mm, r in a.holder_mentions):
            return False
        if self._fronted_request(a, m):
            return False  # "À la demande du Vatican, les parties ont convenu ...": what is done at the request
        if any(owner is m for _, _, owner in a.evaluations):
            return False  # "nannte die russische Forderung, Kiew solle ..., realitätsfern": the content is the noun's
        # a judgement around the noun that closes before the evidence ("назвал российский меморандум «ультиматумом»,
        # добавив, что демилитаризация ... неприемлема") is as much past it as a stanced cue after it
        if any(c.stance == "reject" and c.start < m.start and m.end <= (c.reach or c.end) <= evidence for c in a.cues):
            return True
        return any(m.end <= c.start and c.end <= evidence and c.stance and not c.speech
                   and not any(q0 <= c.start < q1 for q0, q1 in a.owned_nouns)
                   and not self._nouns_own_verb(a, m, c)
                   and not Stances._in_noun_content(a, c) and not self._in_relative_clause(a, c)
                   and not self._noun_relative(a, m, c) for c in a.cues)

    def _nouns_own_verb(self, a: Analysis, m: Mention, c: Cue) -> bool:
        """Whether cue `c` follows an owned position noun and its owner `m` right away, no word between, the
        noun phrase opening its clause ("Le plan américain prévoit ...", "the EU's plan provides for ..."): the
        noun's own verb, what the plan lists; not after a preposition ("Nach dem Vorschlag Russlands verlangte
        die Ukraine ...": another subject's verb)."""
        for q0, q1 in a.owned_nouns:
            if abs(q0 - m.start) > 30 or q1 > c.start or WORD_RE.findall(a.text[max(m.end, q1):c.start]):
                continue
            head = a.text[:min(q0, m.start)]
            cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"))
            if all(w.lower() in self.tables.determiners for w in WORD_RE.findall(head[cut + 1:])):
                return True
        return False

    def _noun_relative(self, a: Analysis, m: Mention, c: Cue) -> bool:
        """Whether cue `c` is the verb of a relative clause about the noun `m` owns, right after it and its comma
        ("il memorandum russo, che chiede ...", "the Russian memorandum, which demands ...", "план, що передбачає
        ...", "план, предусматривающий ..."): the owner's."""
        found = ONE_WORD_AFTER_COMMA_RE.match(a.text[m.end:c.start])
        if found is not None:
            return found.group(1).lower() in self.tables.relative_words or self._noun_clause_opener(
                a, found.group(1), m.end + found.start(1))
        comma = COMMA_ONLY_RE.match(a.text[m.end:c.start])  # the cue itself opens the clause: a participle
        return comma is not None and self._noun_clause_opener(a, a.text[c.start:c.end], c.start)

    def _tabled_by(self, a: Analysis, m: Mention) -> bool:
        """Whether agent `m` follows a `tabling_participles` word and its agent marker ("formulée par Kiev"), alone or
        coordinated ("par Paris et Londres"), or precedes the marker and the word (tr "Kiev tarafından sunulan")."""
        words = self.tables.tabling_participles
        if not words:
            return False
        at = self._past_title(a, m.start)  # r33B: "avancée par le gouvernement Meloni"
        before = WORD_RE.findall(a.text[max(0, at - 40):at])
        while before and before[-1].lower() in self.tables.determiners:
            before.pop()
        if len(before) >= 2 and before[-1].lower() in self.tables.agent and before[-2].lower() in words:
            return True
        return (self._tabled_agents_participle(a.text, self.tables, a.mentions, m.start)
                or self._tabled_before_postposition(a.text, self.tables, a.mentions, m.start))

    def _past_title(self, a: Analysis, at: int) -> int:
        """r33B: where a party noun that ends right before offset `at` begins ("par le gouvernement| Meloni",
        "dall'amministrazione| Trump"); `at` itself when there is none."""
        if self.tables.party is None or self.tables.lang == "tr":
            return at
        lo = max(0, at - 60)
        for mt in self.tables.party.finditer(a.text, lo, at):
            gap = a.text[mt.end():at].strip().lower()
            if not gap or gap in self.tables.genitive:  # "por el Gobierno de Meloni"
                return mt.start()
        return at

    def _agent_list_end(self, a: Analysis, m: Mention) -> int:
        """Where the list of agents that `m` opens ends, German ("von Kiew und den Europäern geforderten"): the
        participle after the last name is every name's; elsewhere, and for a single name, m's own end."""
        end = m.end
        if not self.tables.verb_second:
            return end
        for mm in sorted(a.mentions, key=lambda x: x.start):
            if mm.start < end:
                continue
            glue = a.text[end:mm.start]
            words = [w.lower() for w in WORD_RE.findall(glue)]
            joined = "," in glue or any(w in self.tables.coordinators for w in words)
            if not joined or not all(w in self.tables.coordinators or w in self.tables.determiners for w in words):
                break
            end = mm.end
        return end

    def _fronted_request(self, a: Analysis, m: Mention) -> bool:
        """Whether `m` owns a demand noun that opens the sentence after a preposition ("À la demande du Vatican",
        "A petición de", "По просьбе Ватикана", "Na prośbę Watykanu"): the sentence says what was done at its request."""
        for q0, q1 in a.owned_nouns:
            if not (q1 <= m.start and m.start - q1 <= 12):
                continue
            lead = WORD_RE.findall(a.text[:q0])
            if (1 <= len(lead) <= 2 and lead[0].lower() in self.tables.request_openers and self.tables.request_nouns
                    and self.tables.request_nouns.match(a.text[q0:q1])
                    and not any(c.start < q0 for c in a.cues if c.stance)):
                return True
        return False

    @staticmethod
    def _in_noun_content(a: Analysis, c: Cue) -> bool:
        """Whether cue `c` follows an owned position noun with one small word between ("the United States'
        proposal to agree to a truce", "la proposta di accettare"): what the noun proposes, no verb of the
        sentence."""
        return any(0 < c.start - q1 <= 5 and " " not in a.text[q1:c.start].strip() and a.text[q1:c.start].strip().isalpha()
                   for _, q1 in a.owned_nouns)

    def _backs_a_demand(self, a: Analysis, m: Mention, rules: set) -> bool:
        """Whether `m` is only the agent of an agreeing participle inside what another party demands ("Ukraine
        wants guarantees backed by the United States"): part of the demand's content, no position of its own."""
        if "agent" not in rules or rules - {"agent", "speaker"}:  # ", supported by X" also reads as a speaker's frame
            return False
        before = [c for c in a.cues if c.stance and c.start < m.start]
        if not before or before[-1].stance != "agree" or not before[-1].agentive:
            return False
        prior = [c for c in a.cues if c.stance and not c.agentive and not c.noun and c.end <= before[-1].start]
        if not prior or prior[-1].stance != "demand" or prior[-1].speech:
            return False
        if self._apposition_between(a, prior[-1].end, before[-1].start):
            return False  # ", una posizione condivisa da Parigi": an apposition says who shares it, the agent's own agree
        return any(not set(mm.codes) & set(m.codes) and c.start <= prior[-1].start for mm, c in a.pairs)

    def _apposition_between(self, a: Analysis, start: int, end: int) -> bool:
        """Whether a comma and an `indefinite_articles` word open an apposition between `start` and `end` (", a
        position shared by Paris", ", una posizione condivisa da Parigi", ", une idée partagée par Berlin")."""
        between = a.text[start:end]
        comma = between.rfind(",")
        words = WORD_RE.findall(between[comma + 1:]) if comma >= 0 else []
        return bool(words) and words[0].lower() in self.tables.indefinites

    def _reacts_to_it(self, a: Analysis, m: Mention, evidences: list) -> bool:
        """Whether a holder reacts, in an apposition after all of the label's evidence, to the position stated there
        (", une idée que Kiev a acceptée tout en demandant ...", ", ce que Moscou rejette et ..."): each of its
        coordinated verbs is about that position."""
        if not evidences or max(evidences) >= m.start:
            return False
        between = a.text[max(evidences):m.start]
        comma = between.rfind(",")
        if comma < 0:
            return False
        at = max(evidences) + comma + 1
        at += len(a.text[at:]) - len(a.text[at:].lstrip())
        words = WORD_RE.findall(a.text[at:m.start])
        return bool(words) and (words[0].lower() in self.tables.indefinites
                                or starts_at(self.tables.reaction_phrases, a.text, at))

    def _conditions_of(self, a: Analysis, m: Mention, found: list) -> list:
        """[("demand", condition)] for a holder that agrees on a condition of its own ("Kyiv will accept
        neutrality if it obtains guarantees", "in exchange for guarantees"): what it asks in return is a
        demand. Not where the condition is another party's doing ("will take effect if Russia agrees")."""
        agreed = [c for st, c in found if st == "agree" and c is not None]
        if not agreed or any(st == "demand" for st, _ in found):
            return []
        for q0, q1 in a.conditions:
            # after the agreement ("will accept neutrality if ..."), or right before its holder ("If these
            # guarantees are given, Ukraine will agree ...")
            between = [w.lower() for w in WORD_RE.findall(a.text[q1:m.start])] if q1 <= m.start else None
            if between and self.tables.verb_second:
                between = between[1:]  # "Wenn ..., wird die Ukraine zustimmen": the verb stands second
            before = between is not None and all(w in self.tables.determiners for w in between)
            # Turkish puts the condition before the verb: "garantiler karşılığında kabul edecek"
            final = self._verb_final_in_condition(a, agreed[0], q0, q1)  # r35A: 'nur im Rahmen ... akzeptieren'
            postposed = self.tables.lang == "tr" and q1 <= agreed[0].start or final
            if q0 < agreed[0].end and not before and not postposed:
                continue
            if self._another_subject_between(a, m, agreed[0].end, q0):
                continue  # r35A: "Kyiv accepted the truce, while the Kremlin said it would only agree if ...": its condition
            if self._spelled_out_after_colon(a, m, agreed[0].end, q0):
                continue  # r37E: "the delegations agreed on X, but not on Y: Kyiv ..., Moscow only after ...": Moscow's
            others = any(q0 <= mm.start < q1 and mm.kind != "adjective" and not set(mm.codes) & set(m.codes)
                         and not self._source_of_the_asked(a, mm) for mm in a.mentions)
            # "only if the West stops its deliveries", "provided that Moscow releases ...": what another party
            # must do is still the holder's demand
            proviso = self._proviso(a, q0)
            others = others and not proviso and not self._restricted(a, found, Cue(q0, q1, "demand"))
            # "does not rule out a truce if Kyiv drops its NATO bid": a step on an issue of the sentence, asked of the
            # party the condition is put to, is the holder's demand; that party holds nothing
            others = others and not self._issue_asked_of_another(a, q0, q1)
            # an agreement the holder obtains is no agreement of another ("if it obtains an international agreement");
            # another party's consent to the issue, asked in a proviso, is the holder's demand (_consent_provided)
            # r32E: so is it in an 'if' clause that holds the whole issue ("does not rule out lifting sanctions if Moscow
            # agrees to a truce"): the truce is what the holder asks
            if self._consent_provided(a, m, q0, q1) or not others and not any(
                    q0 <= c.start < q1 and c.stance == "agree" and not (final and c is agreed[0]) and not self._noun_form(a, c) for c in a.cues):
                # "siempre que no incluya tropas de la OTAN", "as long as it does not involve troops": turned down
                stance = "reject" if proviso and self._negated_proviso(a, q0, proviso) else "demand"
                return [(stance, Cue(q0, q1, stance))]
        return []

    @staticmethod
    def _spelled_out_after_colon(a: Analysis, m: Mention, start: int, end: int) -> bool:
        """r37E: whether a colon between `start` and `end` opens clauses of other named holders before `end` ("...,
        but not on a truce: Kyiv wants one now, Moscow only after a memorandum"): what stands there is theirs."""
        colon = a.text.find(":", start, end)
        return colon >= 0 and any(colon < mm.start < end and mm is not m for mm, _ in a.holder_mentions)

    def _verb_final_in_condition(self, a: Analysis, agreed: Cue, q0: int, q1: int) -> bool:
        """r35A: German, a restricted condition before the clause-final verb of agreement ("würde Blauhelme nur im Rahmen
        einer UN-Mission akzeptieren"): the verb stands inside the condition's span, which it closes."""
        return bool(self.tables.verb_second) and q0 < agreed.start < q1 and self._restricted(a, [], Cue(q0, q1, "demand"))

    def _another_subject_between(self, a: Analysis, m: Mention, start: int, end: int) -> bool:
        """r35A: whether a subject of another party than `m`, with a verb of its own, stands between `start` and `end`
        ("Kyiv accepted the truce, while the Kremlin said it would only agree if ..."): what follows is that party's clause.
        Not a name paired only with the condition's own opener ("включая Китай и Турцию, но только если ...")."""
        return any(start <= mm.start < end and not set(mm.codes) & set(m.codes) and not self._restricts(a, c)
                   for mm, c in a.pairs)

    def _consent_provided(self, a: Analysis, m: Mention, q0: int, q1: int) -> bool:
        """Whether the proviso from q0 to q1 names another party than `m` before an agree verb of its own and holds all
        the evidence of one of the sentence's labels after that verb ("ready for a leaders' meeting, provided Moscow
        first agreed to a full ceasefire", "pronta al vertice purché Mosca accetti una tregua"): what the other party is
        to agree to is what the holder asks. Not a consent that only says when the deal takes effect, the issue named
        outside the proviso ("stimmt der Waffenruhe zu, sofern Russland ebenfalls zustimmt")."""
        for c in a.cues:
            if not (q0 <= c.start < q1 and c.stance == "agree" and not c.noun and not self._noun_form(a, c)):
                continue
            other = any(q0 <= mm.start < c.start and mm.kind != "adjective" and not set(mm.codes) & set(m.codes)
                        for mm in a.mentions)
            if other and any(issue and all(c.end <= e < q1 for e in issue) for issue in a.issues):
                return True
        return False

    @staticmethod
    def _issue_asked_of_another(a: Analysis, q0: int, q1: int) -> bool:
        """Whether the condition from q0 to q1 holds all the evidence of one of the sentence's labels and no agree
        cue of its own ("does not rule out a truce if Kyiv drops its NATO bid", "не исключает перемирия, если Киев
        откажется от вступления в НАТО"): a step on another issue the holder asks of another party. Not another
        party's consent ("if Moscow agrees"), nor a step on the issue agreed to ("will accept the ceasefire if
        Russia stops its attacks": the agreement only)."""
        if any(q0 <= c.start < q1 and c.stance == "agree" for c in a.cues):
            return False
        return any(issue and all(q0 <= e < q1 for e in issue) for issue in a.issues)

    def _negated_verb(self, a: Analysis, c: Cue) -> bool:
        """Whether cue `c` holds a `negations` word or has one right before it ("will not agree", "won't accept")."""
        return self._negation_at(a, c, words_before=1, reach=12)

    def _negation_at(self, a: Analysis, c: Cue, words_before: int, reach: int) -> bool:
        """Whether a `negations` word stands inside cue `c` or among the `words_before` words before it, looked for
        within `reach` characters."""
        before = [w.lower() for w in WORD_RE.findall(a.text[max(0, c.start - reach):c.start])][-words_before:]
        inside = [w.lower() for w in WORD_RE.findall(a.text[c.start:c.end])]
        return any(w in self.tables.negations for w in before + inside)

    @staticmethod
    def _sentence_break(text: str, lo: int, hi: int) -> bool:
        """Whether a full stop, a semicolon, a colon, a question or an exclamation mark stands between lo and hi: the
        two ends are in different clauses of the sentence, or in different sentences."""
        return any(x in text[lo:hi] for x in ".;:?!")

    def _held_until(self, a: Analysis, found: list, evidences: list | None) -> list:
        """`found` and ("demand", condition) for a refusal held until a step ("не будет рассматривать перемирие, пока
        Украина не выведет войска", "не надаватиме гарантій, доки Київ не підпише угоду", "nie zgodzi się na rozejm,
        dopóki Ukraina nie wycofa wojsk"): the step is what the holder asks, a demand beside the refusal, on the
        issue of either clause. An `until_words` word opens the condition, a negation within its first four words ('пока не',
        not 'пока' of 'for now'); the refusal's own verb stands before it, no sentence break between. Not where the
        condition is another issue's, its evidence there and none of this one's ("не погодиться на перемир'я, доки
        Київ не відмовиться від вступу до НАТО": the truce stays refused, NATO is what is asked)."""
        t = self.tables
        if not t.until_words or any(st == "demand" for st, _ in found):
            return found
        refusals = [c for st, c in found if st == "reject" and c is not None and not c.noun and not c.speech]
        # the holder's refusal, or a negated acceptance after it in its clause ("werde ... nicht zustimmen")
        own_rejects = [c for st, c in found if st == "reject" and c is not None and not c.speech]
        withheld = [c for c in a.cues if c.stance == "reject" and not c.speech and self._withheld_acceptance(a, c)
                    and any(r.start <= c.start for r in own_rejects)]
        if any(st == "reject" and c is None for st, c in found):
            # a speaker's refusal in the first person ('«Мы не откажемся ...», — заявил ...') has no cue of its own:
            # the refusing verb of the quote is its cue
            refusals += [c for c in a.cues if c.stance == "reject" and not c.noun and not c.speech]
        for q0, q1 in a.conditions:
            words = [w.lower() for w in WORD_RE.findall(a.text[q0:q1])[:5]]
            if not words or words[0] not in t.until_words or not (
                    words[0] in t.plain_until_words or any(w in t.negations for w in words[1:])):
                continue
            own = set(evidences or ())
            if not any(q0 <= e < q1 for e in own) and any(
                    q0 <= e < q1 for starts in a.issues if set(starts) != own for e in starts):
                continue
            held = [c for c in refusals if c.end <= q0 and not self._sentence_break(a.text, c.end, q0)
                    and self._negated_verb(a, c)]  # "off the table until ...", "ha respinto ... finché": no refusal held
            if any(c.end <= q0 and not self._sentence_break(a.text, r.start, q0) for c in withheld
                   for r in own_rejects if r.start <= c.start):
                # an acceptance withheld until the step ("will not agree to a truce until ...", "не даст согласия ...,
                # пока ..."): the acceptance is conditioned, the condition set is the position, a demand only
                return [(st, c) for st, c in found if st != "reject"] + [("demand", Cue(q0, q1, "demand"))]
            if held:
                kept = [(st, c) for st, c in found if not (st == "reject" and c is None)]
                return kept + [("reject", held[0])] * (len(kept) < len(found)) + [("demand", Cue(q0, q1, "demand"))]
        return found

    def _withheld_acceptance(self, a: Analysis, c: Cue) -> bool:
        """Whether reject cue `c` is an acceptance negated: an agree cue inside it ("nie przystanie na", "won't agree",
        "не даст согласия") and a `negations` word among the three words before it or inside it. Not a rejecting verb
        ("lehnt ... ab", "rejects"), nor a measure said to be off the table."""
        agree = self.cues.get("agree")
        if agree is None or search(agree, a.text[c.start:c.end]) is None:
            return False
        return self._negation_at(a, c, words_before=3, reach=40)

    def _condition_said_with_refusal(self, a: Analysis, m: Mention, found: list, evidences: list | None) -> list:
        """`found` and ("demand", condition) where holder `m` refuses and goes on in its own words (a reporting verb
        that opens a clause after it, no other party between) to set a condition: a demand cue in that clause with
        a `conditionals` word in it or right after it, or an obligation ("brushed aside the offer, saying a truce
        would let Kyiv rearm unless deliveries were halted"; "saying deliveries would have to stop first"). The
        refusal stays and the condition is asked. Not where the clause names another label's issue and none of
        this one's: the condition is that issue's."""
        t = self.tables
        if any(st == "demand" for st, _ in found):
            return found
        refusals = [c for st, c in found if st == "reject" and c is not None and not c.speech]
        if not refusals:
            return found
        stop = next((k for k in range(refusals[0].end, len(a.text)) if a.text[k] in ";.?!"), len(a.text))
        said = self._reporting_clause_after(a, refusals[0].end, stop)
        # a gerund that is itself a demand and tables conditions or demands of its own (a `position_nouns` word within
        # its next words: "..., висунувши низку передумов", "..., setting out its own conditions"): what it asks.
        # Not one that only asks a step ("потребовав прекратить поставки", see _instead_stance) or says ("arguing that")
        opener = next((c for c in a.cues if c.stance == "demand" and not c.speech and c.end == said), None)
        tabled = said is not None and self.tables.position is not None and \
            self.tables.position.search(a.text, said, min(stop, said + 40)) is not None
        if opener is not None and not tabled:
            opener = None
        if opener is not None:
            said = opener.start
        if said is None:
            return found
        own = set(evidences or ())
        if not any(said <= e < stop for e in own) and any(
                said <= e < stop for starts in a.issues if set(starts) != own for e in starts):
            return found
        for c in a.cues:
            if c.stance != "demand" or c.speech or not said <= c.start < stop:
                continue
            words = [w.lower() for w in WORD_RE.findall(a.text[c.start:c.end + 12])[:4]]
            if c is opener or set(words) & t.conditionals or (t.obligation is not None and t.obligation.match(a.text, c.start)):
                return found + [("demand", c)]
        return found

    def _reporting_clause_after(self, a: Analysis, start: int, stop: int) -> int | None:
        """Where the holder's own next clause starts: after the first comma past `start`, a coordinator or not, a
        reporting verb that opens it (a speech cue, or a gerund: ", saying", ", affermando che", ", заявив, что"),
        and no party named between the comma and it (not ", with Kyiv saying"); None when there is none."""
        comma = a.text.find(",", start, stop)
        if comma < 0:
            return None
        gerund = GERUNDS.get(self.tables.lang)
        words = list(WORD_RE.finditer(a.text, comma, stop))[:2]
        if words and words[0].group().lower() in self.tables.coordinators:
            words = words[1:]
        if not words or any(comma < x.start < words[0].start() for x in a.mentions):
            return None
        verb = words[0]
        speech = any(c.speech and c.start == verb.start() for c in a.cues)
        return verb.end() if speech or (gerund is not None and gerund.search(verb.group())) else None

    def _proviso(self, a: Analysis, q0: int) -> int | None:
        """Where the `exchanges` phrase that opens the condition at q0 ends ("provided that", "siempre que",
        "in exchange for"), not in Turkish (a postposition); None for a `conditionals` word ("if")."""
        if self.tables.exchanges is None or self.tables.lang == "tr":
            return None
        found = self.tables.exchanges.match(a.text, q0)
        return found.end() if found is not None else None

    def _negated_proviso_stance(self, a: Analysis, stance: str, cue: Cue | None) -> str:
        """"reject" for a demand cue that opens a negated proviso ("as long as it does not involve", "siempre que
        no incluya"); else `stance`."""
        if stance != "demand" or cue is None or cue.speech or not any(q0 == cue.start for q0, _ in a.conditions):
            return stance
        proviso = self._proviso(a, cue.start)
        return "reject" if proviso and self._negated_proviso(a, cue.start, proviso) else stance

    def _negated_proviso(self, a: Analysis, start: int, end: int) -> bool:
        """Whether a proviso (an `excluding_provisos` opener, from `start` to `end`) has its verb negated within its
        first three words ("siempre que no incluya", "as long as it does not involve"): what it names is
        excluded, a rejection. Not 'tant que ... ne' (until), whose negation is part of the opener."""
        excluding = self.tables.excluding_provisos
        if excluding is None or excluding.match(a.text, start) is None:
            return False
        words = [w.lower() for w in WORD_RE.findall(a.text[end:end + 40])[:3]]
        return any(w in self.tables.negations for w in words)

    def _by_side_of_condition(self, a: Analysis, found: list, evidences: list | None) -> list:
        """Where a holder agrees to one thing on a condition of its own ("conditions its consent to a ceasefire on
        security guarantees"), a label whose evidence lies only inside the condition is what the holder asks: the
        demand, not the agreement. A label with evidence outside keeps both (what is attached to a truce is part
        of it: "would accept neutrality if it obtains guarantees", "accept a truce if arms deliveries stop")."""
        conditions = [c for st, c in found if st in ("demand", "reject") and c is not None
                      and (c.start, c.end) in a.conditions]
        if not conditions or not evidences or not any(st == "agree" for st, _ in found):
            return found
        if all(any(c.start <= e < c.end for c in conditions) for e in evidences):
            return [(st, c) for st, c in found if st != "agree"]
        if self._condition_of_another_issue(a, found, conditions, evidences):
            return [(st, c) for st, c in found if c not in conditions]
        return found

    def _condition_of_another_issue(self, a: Analysis, found: list, conditions: list, evidences: list) -> bool:
        """Whether the condition a verb of agreement is given on names an issue of another label and none of this
        one's ("может согласиться на заморозку линии фронта, если союзники предоставят гарантии": territory agree
        only, the guarantees neutrality's demand): an 'if' clause. Not where the agreement is a noun the conditioning governs ("conditions
        his support for a truce on guarantees": the truce too is conditioned) nor where it holds only on its
        condition ("stimmt ... erst zu, wenn ...": a demand, _restricted)."""
        if any(c.start <= e < c.end for c in conditions for e in evidences) or self._restricted(a, found, conditions[0]):
            return False
        opening = WORD_RE.findall(a.text[conditions[0].start:conditions[0].end])[:1]
        if not opening or opening[0].lower() not in self.tables.conditionals:
            return False  # an exchange ("accept a truce in exchange for guarantees", "şartıyla") is part of the deal
        if any(st == "agree" and c is not None and (c.noun or self._noun_form(a, c)) for st, c in found):
            return False
        return any(c.start <= e < c.end for c in conditions for issue in a.issues if issue != evidences for e in issue)

    def _source_of_the_asked(self, a: Analysis, mm: Mention) -> bool:
        """Whether a name in a condition only says where what is asked comes from ("in exchange for security
        guarantees from its Western partners", "von Sicherheitsgarantien des Westens"): an `owner_markers` or
        `genitive_markers` word before it, past determiners and possessives; no party whose doing the condition is."""
        t = self.tables
        words = [w.lower() for w in WORD_RE.findall(a.text[max(0, mm.start - 30):mm.start])]
        own = WORD_RE.findall(a.text[mm.start:mm.end])[:1]  # a collective may begin with its article: "des Westens"
        words += [w.lower() for w in own if w.lower() in t.genitive | t.owner_markers]
        while words:
            if words[-1] in t.owner_markers or words[-1] in t.genitive:
                return True  # "guarantees from the West", "Sicherheitsgarantien des Westens"
            if words[-1] not in t.determiners and words[-1] not in t.possessive_pronouns:
                return False
            words.pop()
        return False

    def _only_on_condition(self, a: Analysis, found: list, m: Mention | None = None) -> list:
        """An agreement restricted to a condition is a demand: "would agree to a truce only if Kyiv withdraws",
        "согласится на перемирие, только если ...", "zgodzi się na rozejm tylko pod warunkiem, że ...". The
        agree cue's next stanced cue, within ONLY_IF_GAP characters and no clause break but a comma, is a demand
        cue that holds a `conditionals` word ("only if", "только если") or is followed by a complementizer
        or a conditional ("pod warunkiem, że", "при условии, что"). So is an agreement on the condition that another
        party does the same ("accepterait un cessez-le-feu si la Russie s'y engageait également"): a mutual measure
        offered (_mutual_offer)."""
        out = []
        for st, c in found:
            if st == "agree" and m is not None and c is not None and not c.noun and self._mutual_offer(a, m, c):
                out.append(("demand", c))
                continue
            nxt = None
            if st == "agree" and c is not None and not c.noun:
                nxt = next((d for d in a.cues if d.start >= c.end and d.stance), None)
            if nxt is not None and nxt.stance == "demand" and not nxt.speech and nxt.start - c.end <= ONLY_IF_GAP \
                    and not any(ch in a.text[c.end:nxt.start] for ch in ";:.") and self._restricts(a, nxt) \
                    and not self._another_subject_after_contrast(a, c.end, nxt.start) and not self._added_demand(a, c, nxt):
                out.append(("demand", nxt))
            else:
                out.append((st, c))
        return out

    def _acceptance_kept_on_condition(self, a: Analysis, m: Mention, found: list, evidences: list | None) -> list:
        """r34A: an acceptance of the holder's restricted to a condition that holds another label's evidence and none of
        this one's keeps its agreement ("would agree to a truce only if it came with guarantees": agree on the truce, the
        guarantees that label's demand). A plain 'if' ("может согласиться, если") is left as it was: the gold sets
        annotate it both ways (realstyle's p20C rows: the demand only). An acceptance restricted to a condition on its
        own issue ("would only agree to a truce if arms deliveries stop") or to a step another party is to take ("only
        if Kyiv withdraws from Donbas", _party_acts_in) stays the demand of it (_only_on_condition); so does a label
        whose evidence all stands in or after the condition (what the holder asks)."""
        if not self.tables.acceptance_conditionals or any(st == "agree" for st, _ in found):
            return found
        for q0, q1 in a.conditions:
            accepted = self._accepted_before_condition(a, m, q0, q1)
            if accepted is None or not any(c is not None and accepted.start <= c.start < q1 for _, c in found):
                continue
            if not evidences or all(e >= q0 for e in evidences):
                return found  # the condition holds the whole issue (or no evidence tells): what the holder asks
            inside = any(e >= q0 for e in evidences)
            another = any(e >= q0 for issue in a.issues for e in issue if e not in evidences)
            if inside or not another or self._party_acts_in(a, m, q0, q1) \
                    or not self._restricted(a, [("agree", accepted)], Cue(q0, q1, "demand")):
                return found  # "would only agree to a truce if arms deliveries stop": the condition, no agreement
            kept = [(st, c) for st, c in found if c is None or not accepted.start <= c.start < q1]
            return kept + [("agree", Cue(accepted.start, accepted.end, "agree", accepted.word))]
        return found

    def _only_agreed_on_condition(self, a: Analysis, m: Mention, found: list) -> list:
        """r35A: a holder whose only cue is a reporting verb ("the Kremlin said it would only agree if Kyiv stopped
        mobilising", the issue named before it, in another party's clause) and whose own clause goes on to an agreement
        restricted to a condition right after it: the condition is what the holder sets, a demand, no agreement."""
        if any(c is not None and not c.speech for _, c in found):
            return found
        stop = next((k for k in range(m.end, len(a.text)) if a.text[k] in ";:.?!"), len(a.text))
        own = [c for c in a.cues if m.end <= c.start < stop and c.stance and not c.speech]
        if not own or own[0].stance != "agree" or own[0].noun or self._negated_verb(a, own[0]):
            return found
        agreed = own[0]
        for q0, q1 in a.conditions:
            if 0 <= q0 - agreed.end <= ONLY_IF_GAP and not any(agreed.end <= c.start < q0 for c in own) \
                    and self._restricted(a, [("agree", agreed)], Cue(q0, q1, "demand")):
                return [("demand", Cue(q0, q1, "demand"))]
        return found

    def _party_acts_in(self, a: Analysis, m: Mention, q0: int, q1: int) -> bool:
        """Whether the condition from q0 to q1 names another party than `m`, not only as the source of what is asked
        ("only if Kyiv withdraws from Donbas": a step put to the other side, an ultimatum; not "only if it comes with
        guarantees from its allies")."""
        return any(q0 <= mm.start < q1 and mm.kind != "adjective" and not set(mm.codes) & set(m.codes)
                   and not self._source_of_the_asked(a, mm) for mm in a.mentions)

    def _accepted_before_condition(self, a: Analysis, m: Mention, q0: int, q1: int) -> Cue | None:
        """The holder's acceptance the condition from q0 to q1 is set on: its last agree cue after the holder and before
        the condition in its clause, within ACCEPTANCE_GAP characters, the condition opened by an
        `acceptance_conditionals` word ("if", "wenn", "если"). None for a negated or noun cue, a readiness (a
        `readiness` word: "готова к обмену, если ...", an offer, left as it is), an acceptance only once a step is done
        (a `late_restrictives` word right before the condition: "stimmt erst zu, wenn"), or one offered on the other
        side's doing the same (_mutual_offer)."""
        t = self.tables
        opening = [w.lower() for w in WORD_RE.findall(a.text[q0:q1])[:1]]
        before = [w.lower() for w in WORD_RE.findall(a.text[max(0, q0 - 30):q0])[-2:]]
        conditional = bool(opening) and (opening[0] in t.acceptance_conditionals or self._acceptance_proviso(a, q0))
        if not conditional or set(before) & t.late_restrictives:
            return None
        found = None
        for c in a.cues:
            if m.end <= c.start and c.end <= q0 and q0 - c.end <= ACCEPTANCE_GAP and not c.speech and c.stance == "agree" \
                    and not self._sentence_break(a.text, c.end, q0):
                found = c
        if found is None or found.negated or self._noun_form(a, found) or self._negated_verb(a, found) \
                or {w.lower() for w in WORD_RE.findall(a.text[found.start:found.end])} & t.readiness \
                or self._mutual_offer(a, m, found):
            return None
        return found

    def _acceptance_proviso(self, a: Analysis, q0: int) -> bool:
        """r35A: whether the condition at q0 opens with an `acceptance_provisos` phrase, a proviso that conditions an
        acceptance as an 'if' does ("лише за умови, що", "only on condition that", "tylko pod warunkiem")."""
        provisos = self.tables.acceptance_provisos
        return provisos is not None and provisos.match(a.text, q0) is not None

    def _mutual_offer(self, a: Analysis, m: Mention, c: Cue) -> bool:
        """Whether agree cue `c` of holder `m` holds on the condition that another party does the same: an 'if'
        clause (a `conditionals` word opens it) after the cue in its sentence, naming another party and holding a
        `reciprocals` word ("if Russia does the same", "si la Russie s'y engageait également", "wenn Moskau ebenfalls
        zustimmt"): the holder offers a mutual measure, a demand. Not a proviso ("sofern Russland ebenfalls zustimmt",
        an `exchanges` opener), which only says when the agreement takes effect."""
        t = self.tables
        for q0, q1 in a.conditions:
            words = [w.lower() for w in WORD_RE.findall(a.text[q0:q1])]
            if q0 < c.end or self._sentence_break(a.text, c.end, q0) or not words or words[0] not in t.conditionals \
                    or self._proviso(a, q0) is not None:
                continue  # a proviso ('sofern Russland ebenfalls zustimmt') only says when the deal takes effect
            other = any(q0 <= mm.start < q1 and mm.kind != "adjective" and not set(mm.codes) & set(m.codes)
                        for mm in a.mentions)
            if other and set(words) & t.reciprocals:
                return True
        return False

    def _another_subject_after_contrast(self, a: Analysis, start: int, end: int) -> bool:
        """Whether a `contrastives` word after a comma and then a party's name stand between `start` and `end` ("Both
        sides agreed to a truce, but the Kremlin insisted that ..."): the cue after them is that subject's, no
        restriction of the agreement before them."""
        t = self.tables
        words = TOKEN_RE.findall(a.text[start:end])
        turn = next((k for k in range(1, len(words)) if words[k - 1] == "," and words[k].lower() in t.contrastives), None)
        if turn is None:
            return False
        at = start + a.text[start:end].find(words[turn])
        return any(at < x.start < end for x in a.mentions)

    def _added_demand(self, a: Analysis, agree: Cue, cue: Cue) -> bool:
        """Whether a demand verb after an agreement is a demand added to it, no condition of it: a `contrastives` word
        between them ("a acceptée tout en demandant qu'elle soit élargie", "accepted it while asking that ...") and no
        `conditionals` or `restrictives` word in the demand cue or before it ("but only if", "ale tylko pod warunkiem, że",
        "но только при условии, что" stay conditions)."""
        t = self.tables
        between = {w.lower() for w in WORD_RE.findall(a.text[agree.end:cue.start])}
        words = {w.lower() for w in WORD_RE.findall(a.text[cue.start:cue.end])}
        return bool(between & t.contrastives) and not (words | between) & (t.conditionals | t.restrictives)

    def _restricts(self, a: Analysis, cue: Cue) -> bool:
        """Whether a demand cue is a condition: a `conditionals` word in it, or right after it, or a cue that
        opens with a `restrictives` word before another ("only when", "only after": the time is the condition)."""
        t = self.tables
        words = [w.lower() for w in WORD_RE.findall(a.text[cue.start:cue.end])]
        following = WORD_RE.findall(a.text[cue.end:cue.end + 20])[:1]
        return any(w in t.conditionals for w in words) or any(
            w.lower() in t.conditionals | t.complementizers for w in following) or (
            len(words) > 1 and words[0] in t.restrictives)

    def _given_in_exchange(self, a: Analysis, m: Mention, found: list, evidences: list | None) -> list:
        """Turkish (verb-final), where the exchange word follows what is given: "tarafsızlık statüsünü kabul
        etme karşılığında güvenlik garantisi talep etti". The holder agrees to what stands before the agree
        cue right before the exchange word, and demands what follows it up to a demand cue: [(stance, cue)]
        for the side of the label's evidence that `found` lacks."""
        if self.tables.lang != "tr" or not evidences:
            return []
        have = {st for st, c in found if c is not None and not c.speech}  # a reporting verb's stance gives way
        out = []
        for q0, _ in a.conditions:
            if q0 < m.end:
                continue
            given = [c for c in a.cues if m.end <= c.start and c.end <= q0 and c.stance == "agree" and not c.speech]
            if not given or q0 - given[-1].end > EXCHANGE_GAP:
                continue
            asked = [c for c in a.cues if c.start > q0 and c.stance == "demand" and not c.speech and not c.noun]
            if "agree" not in have and any(m.end <= e < given[-1].start for e in evidences):
                out.append(("agree", given[-1]))
            if "demand" not in have and asked and any(q0 < e < asked[0].start for e in evidences):
                out.append(("demand", asked[0]))
            break
        return out
    def _restricted(self, a: Analysis, found: list, condition: Cue) -> bool:
        """Whether an agreement is restricted to its condition: a `restrictives` word (only, solo, seulement, nur)
        in the agree cue, among the two words before it, or right before the condition ("only if")."""
        only = self.tables.restrictives | self.tables.late_restrictives  # r35A: 'dopiero po' (only after) restricts too
        if not only:
            return False
        for st, c in found:
            if st == "agree" and c is not None:
                words = WORD_RE.findall(a.text[max(0, c.start - 30):c.end])
                if any(w.lower() in only for w in words[-(len(WORD_RE.findall(a.text[c.start:c.end])) + 2):]):
                    return True
        before = WORD_RE.findall(a.text[max(0, condition.start - 20):condition.start])
        # or the condition's own first word, where the proviso phrase takes it in ("только при условии", "лише за умови")
        opening = WORD_RE.findall(a.text[condition.start:condition.end])[:1]
        return bool(before) and before[-1].lower() in only or bool(opening) and opening[0].lower() in only

    def _noun_form(self, a: Analysis, c: Cue) -> bool:
        """Whether cue `c` is a noun: a position noun, or a cue with an article or a possessive among the
        two words before it ("an international agreement", "ein internationales Abkommen", "la sua approvazione")."""
        if c.noun:
            return True
        if any(0 <= c.start - mm.end <= 2 and mm.kind != "adjective" for mm in a.mentions):
            return False  # "Il Cremlino non esclude", "Der Kreml schließt ... aus": the article is its subject's
        before = [w.lower() for w in WORD_RE.findall(a.text[max(0, c.start - 40):c.start])][-2:]
        return any(w in self.tables.determiners for w in before)

    def _mediates(self, a: Analysis, m: Mention, rules: set = frozenset()) -> bool:
        """Whether a subject's clause only offers to host or organise talks ("Turkey said it is ready to host
        further talks"): a mediator, who takes no position on what the parties talk about. So is the speaker of
        ", said X" after a clause whose only stance is a mediation ("Diplomats hope to help bring more children
        home, a Qatari official said")."""
        if not a.mediations:
            return False
        if "speaker" in rules and self._mediating_relative(a, m):
            return True  # the closing speaker only reports what others agreed
        verb, window = self._holder_window(a, m)
        if verb is None and "speaker" in rules:
            if self._goes_on_past_speaker(a, m):
                return False
            said = [c for c in a.cues if c.stance and not c.speech and c.end <= m.start]
            return bool(said) and all(any(q0 < c.end and c.start < q1 for q0, q1 in a.mediations) for c in said)
        if verb is None and "fallback" in rules:
            # "La Turchia si è offerta di ospitare un nuovo round di colloqui": no stance but the mediation's
            return all(any(q0 < c.end and c.start < q1 for q0, q1 in a.mediations)
                       for c in a.cues if c.stance and not c.speech)
        if verb is None:
            return False
        window = self._tr_clause_before_verb(a, m, verb) + window
        inside = [c for c in window if any(q0 < c.end and c.start < q1 for q0, q1 in a.mediations)]
        if inside and any(self._goes_on_past_speaker(a, mm) for mm, c in a.pairs
                          if c.speech and mm.start >= verb.end and set(mm.codes) & set(m.codes)):
            return False  # its own speaker adds a stance: "Ankara is ready to host talks, Fidan said, adding that ..."
        return bool(inside) and all(c.speech or c in inside for c in window)

    @staticmethod
    def _mediating_relative(a: Analysis, m: Mention) -> bool:
        """Whether a relative clause right after `m` says it mediated ("ha annunciato il Qatar, che ha mediato
        l'intesa", "a annoncé la Turquie, qui a servi de médiateur", "teilte Katar mit, das die Einigung vermittelt
        hatte"): a mediator that announces what the parties agreed, no party to it."""
        return any(q0 >= m.end and not a.text[m.end:q0].strip(" ,") for q0, _ in a.mediations)

    def _speakers_addition(self, a: Analysis) -> tuple[Cue, Mention, int] | None:
        """(reporting verb, its speaker, where the added clause starts) of a closing speaker who goes on after a
        comma with a gerund and a complementizer ("..., Yermak said, adding that ...", "..., dijo Sánchez,
        añadiendo que ..."); None when the sentence has none."""
        gerund = GERUNDS.get(self.tables.lang)
        if gerund is None or not self.tables.complementizers:
            return None
        for c in a.cues:
            if not c.speech:
                continue
            own = self._subjects_reporting_gerund(a, c, gerund)
            if own is not None:
                return own
            after = ADDED_CLAUSE_RE.match(a.text, c.end)
            if after is None or not gerund.search(after.group(1)) or after.group(2).lower() not in self.tables.complementizers:
                continue
            comma = a.text.index(",", c.end)
            # the speaker before its verb ("Yermak said") or after it ("dijo Sánchez"), no punctuation between
            speaker = next((x for x in sorted(a.mentions, key=lambda x: -x.start) if c.start - 40 < x.start and x.end <= comma
                            and not any(p in a.text[min(x.end, c.end):max(x.start, c.start)] for p in ",;:.")), None)
            if speaker is not None and "," in a.text[:min(speaker.start, c.start)]:
                return c, speaker, after.end()
        return None

    def _subjects_reporting_gerund(self, a: Analysis, c: Cue, gerund) -> tuple[Cue, Mention, int] | None:
        """(gerund, the subject before it, where its clause starts) when the reporting cue `c` is itself a gerund after
        a comma and before its complementizer, the subject's own verb taking a stance before it ("Лавров отверг
        перемирие, добавив, что Москва настаивает на ...": the added clause is what Lavrov says, not what he rejects)."""
        if not c.opens or not gerund.search(a.text[c.start:c.end].split()[0]):
            return None
        that = GERUND_THAT_RE.match(a.text, c.end)
        if that is None or that.group(1).lower() not in self.tables.complementizers:
            return None
        subject = next((m for m, r in sorted(a.holder_mentions, key=lambda mr: -mr[0].start)
                        if "subject" in r and m.end <= c.start), None)
        if subject is None or not any(p is subject and q.stance and not q.speech and q.end <= c.start for p, q in a.pairs):
            return None
        return c, subject, that.end()

    def _past_speakers_addition(self, a: Analysis, m: Mention, found: list, evidence: int | None,
                                evidences: list | None = None) -> list:
        """The stances of holder `m` on evidence that stands in the clause a closing speaker adds ("Kyiv will not
        cede the Donbas, Yermak said, adding that any ceasefire must be monitored"): a cue of `m` before the
        speaker does not reach it; the added clause's own cue does, for the speaker's party (UA demand). Another
        party before the speaker holds nothing there."""
        added = self._speakers_addition(a) if evidence is not None else None
        if added is None:
            return found
        said, speaker, start = added
        if (m.start >= start and m is not speaker and all(e < said.start for e in evidences or [evidence])
                and any(e >= start for issue in a.issues for e in issue)):
            # a party named in an added clause that has an issue of its own holds nothing on what stands only
            # before the speaker ("Песков отверг перемирие, добавив, что Москва настаивает на выводе войск")
            return []
        if evidence < start:
            return found + self._added_clause_stance(a, m, added, found, evidences or [evidence])
        if not found or any(c is not None and c.start >= start for _, c in found):
            return found
        if m is not speaker and (m.start >= said.start or not set(m.codes) & set(speaker.codes)):
            return [] if m.start < said.start else found
        stop = next((k for k in range(start, len(a.text)) if a.text[k] in ";."), len(a.text))
        own = [c for c in a.cues if c.stance and not c.speech and start <= c.start < stop]
        before = [c for c in own if c.start <= evidence]
        cue = before[-1] if before else own[0] if own else None
        return [(cue.stance, cue)] if cue is not None else found

    @staticmethod
    def _added_clause_stance(a: Analysis, m: Mention, added: tuple, found: list, evidences: list) -> list:
        """[(stance, cue)] of the clause a closing speaker adds when the label's evidence stands both before the speaker
        and in that clause, and the clause's own cue there takes another stance than `m` has before: the speaker's
        party holds both ("«La neutralità ... resta una condizione», ha dichiarato Peskov, aggiungendo che l'ingresso
        nella NATO «è escluso»": RU demand and reject); [] otherwise."""
        said, speaker, start = added
        if not found or m.start >= start or not set(m.codes) & set(speaker.codes):
            return []
        later = [e for e in evidences if e >= start]
        if not later:
            return []
        stop = next((k for k in range(start, len(a.text)) if a.text[k] in ";."), len(a.text))
        own = [c for c in a.cues if c.stance and not c.speech and start <= c.start < stop]
        before = [c for c in own if c.start <= later[0]]
        cue = before[-1] if before else own[0] if own else None
        if cue is None or cue.stance in {st for st, _ in found}:
            return []
        return [(cue.stance, cue)]

    def _goes_on_past_speaker(self, a: Analysis, m: Mention) -> bool:
        """Whether the speaker of ", said X" goes on, after a comma and a gerund, to a stance of its own outside the
        mediation ("Ankara is ready to host talks, Fidan said, adding that a ceasefire had to come first")."""
        gerund = GERUNDS.get(self.tables.lang)
        found = SPEAKER_GERUND_RE.match(a.text, m.end)
        if gerund is None or found is None or not gerund.search(found.group(1)):
            return False
        return any(c.stance and not c.speech and c.start >= found.end(1)
                   and not any(q0 < c.end and c.start < q1 for q0, q1 in a.mediations) for c in a.cues)

    def _tr_clause_before_verb(self, a: Analysis, m: Mention, verb: Cue) -> list:
        """Turkish, verb-final: the stanced cues between a subject and its verb ("Erdoğan, ... ev sahipliği yapmaya
        hazır olduğunu söyledi"), which are of its clause; none in other languages."""
        if self.tables.lang != "tr":
            return []
        return [c for c in a.cues if c.stance and m.end <= c.start and c.end <= verb.start]

    def _coordinated_stances(self, a: Analysis, m: Mention, evidences: list | None) -> list:
        """[(stance, cue)] of a subject whose clause goes on in coordinated verbs (", but rejected", "ma ha
        respinto", ", excluant", "и настаивает") when the label's evidence lies under two of them with
        different stances; [] otherwise (the holder then has the one stance of _holder_stance)."""
        if not evidences:
            return []
        verb, window = self._holder_window(a, m)
        if verb is None:
            return []
        window = self._tr_converb_clause(a, m, verb) + window
        segments: list[list[Cue]] = []
        # no second stance inside another party's content ("asked that Ukraine renounce ... and accept ...")
        content = float("inf")
        if a.comp_from is not None and a.comp_from > m.start and any(
                mm.start >= a.comp_from and not set(mm.codes) & set(m.codes) for mm in a.mentions):
            content = a.comp_from
        for c in window:
            # a reporting verb coordinated with the holder's verb reports the holder's own next position: "rejected
            # the truce and said it would only accept ...", "rechazó la tregua y aseguró que ...", or contrasts it:
            # "planteó que ..., pero subrayó que Ucrania no retirará ..."
            said = c.speech and c.opens and (self._after_coordinator(a, c) or self._after_contrastive(a, c))
            if segments and self._tr_contrastive_cue(a, segments[-1][-1], c):
                continue  # "reddetti, ancak ... önerdi": the contrastive opens the next clause, no demand ("only if")
            if segments and self._demanded_infinitive(a, c, segments[-1]):
                segments[-1].append(c)  # "вимагає від Києва закріпити ... і відмовитися від ...": the demand goes on
                continue
            if not segments or (c.opens and (not c.speech or said) and (c.start < content or self._turns_past_content(a, c))):
                segments.append([c])
            elif self._contrasted_negation(c) and c.start < content:
                segments.append([c])  # "agreed to it but not to the broader truce": the negated other form, no comma
            elif self._closes_its_clause(a, m, segments[-1][-1], c) and c.start < content:
                segments.append([c])  # "..., а размещение ... войск исключено": a predicate after its own subject
            elif self.tables.lang == "tr" and any(p is segments[-1][-1] for _, p in a.pairs if _ is m):
                segments.append([c])  # Turkish: the holder's verb closes its clause; the next clause follows it
            elif self._tr_converb_closes(a, segments[-1][-1]):
                segments.append([c])  # "talebini reddederek ... önerdi": the converb closes the holder's first clause
            else:
                segments[-1].append(c)
        if len(segments) < 2:
            return []
        found = []
        opened = [self._segment_opens(a, m, segments, k) for k in range(len(segments))] + [float("inf")]
        # which clauses close on a predicate after their own subject (they open before their first cue)
        predicate = [self.tables.lang != "tr" and 0 < k < len(segments) and opened[k] < segments[k][0].start
                     for k in range(len(segments) + 1)]
        for k, seg in enumerate(segments):
            lo, hi = opened[k], opened[k + 1]
            under = sorted(e for e in evidences if lo <= e < hi)
            if under:
                cue = self._governing_cue(seg, under[0], a)
                if cue.speech and (self._reported_before(a, m, under[0]) or predicate[k + 1]
                                   or any(cue.end <= mm.start < hi for mm, _ in a.holder_mentions)):
                    # the words reported give the stance there (their own subject's, or their own predicate's before
                    # a clause that closes on one: "erklärte, X sei kein Ergebnis, und Soldaten würden sich nicht
                    # beteiligen"), no demand of the reporting verb
                    continue
                found.append((cue.stance, cue))
            elif k and found and (self._goes_on_about_it(a, m, segments[0], seg, hi, evidences)
                                  or self._reacts_to_it(a, m, evidences)
                                  or self._offers_instead(a, segments[k - 1], seg, hi)
                                  or self._contrasts_its_verb(a, found[-1][1], seg, hi)):
                found.append((seg[0].stance, seg[0]))
        if len(segments) == 2 and len(found) == 1 and found[0][1] is segments[1][0] and segments[0][0].refusal \
                and self._contrasts_its_verb(a, segments[1][0], segments[0], segments[1][0].start):
            # the first clause, a refusal with no evidence, turned the other way: "не будет размещать войска, однако
            # может поддержать европейский контингент" (not "supports all efforts for peace, but opposes ...")
            found.insert(0, (segments[0][0].stance, segments[0][0]))
        return found if len({st for st, _ in found}) > 1 else []

    def _contrasted_negation(self, c: Cue) -> bool:
        """Whether cue `c` is a rejection that begins with its own contrastive, a negation after it ("but not to",
        "mais pas une"): it opens the holder's next clause with no comma before it."""
        return c.stance == "reject" and not c.speech and c.word in self.tables.contrastives and self.tables.lang != "tr"

    def _turns_past_content(self, a: Analysis, c: Cue) -> bool:
        """Whether cue `c`, past the content of the holder's first verb, is a verb of the holder's own after a comma
        and a contrastive, with no subject of its own ("descartó que Polonia envíe soldados a Ucrania, aunque ofreció
        su territorio", "ruled out that Britain would send troops to Ukraine, but offered air cover"): the clause
        turns back to the holder."""
        return c.opens and not c.speech and not c.noun and c.stance is not None and self._after_contrastive(a, c)

    def _segment_opens(self, a: Analysis, m: Mention, segments: list, k: int) -> float:
        """Where the k-th coordinated clause of a holder begins, for the evidence under it: at its first cue; in
        Turkish (verb-final) after the verb of the clause before; and where the cue is a predicate at the clause's
        end, after its own subject ("настаивает на ..., а размещение ... войск исключено", "insists on ..., and any
        foreign troops on its soil are out of the question"), at the comma and clause joiner that open it."""
        if not k:
            return float("-inf")
        if self.tables.lang == "tr":
            return segments[k - 1][-1].end
        return self._predicate_clause_opener(a, m, segments[k - 1][-1].end, segments[k][0]) or segments[k][0].start

    def _closes_its_clause(self, a: Analysis, m: Mention, before: Cue, c: Cue) -> bool:
        """Whether cue `c` is a stanced predicate that closes a coordinated clause of its own subject after the cue
        `before` ("..., and any foreign troops are out of the question", "..., a obecność wojsk jest wykluczona")."""
        if self.tables.lang == "tr" or c.stance is None or c.speech or c.noun or c.agentive:
            return False
        return self._predicate_clause_opener(a, m, before.end, c) is not None

    def _predicate_clause_opener(self, a: Analysis, m: Mention, after: int, cue: Cue) -> int | None:
        """Where a comma and a clause joiner (`coordinators`, `contrastives` that open a clause) open the clause of
        `cue`, a predicate after its own subject: the last such opener between `after` and the cue, with words of
        the subject between it and the cue (a position noun may be one: "the formula"), no verb cue and no other
        party there ("while for Kyiv such a status is unacceptable", "tandis que la Belgique ... continue de s'y
        opposer"); None when the cue follows its joiner."""
        joiners = self.tables.coordinators | self.tables.clause_contrastives
        openers = [o for o in COMMA_WORD_RE.finditer(a.text, after, cue.start) if o.group(1).lower() in joiners]
        if not openers:
            return None
        at = openers[-1].start()
        if len(WORD_RE.findall(a.text[openers[-1].end():cue.start])) < 2 or any(at < c.start < cue.start and not c.noun for c in a.cues):
            return None
        others = [mm for mm in a.mentions if at < mm.start < cue.start and not set(mm.codes) <= set(m.codes)]
        if others or any(at < mm.start < cue.start and mm is not m for mm, _ in a.holder_mentions):
            return None
        return at

    def _contrasts_its_verb(self, a: Analysis, other: Cue | None, seg: list, hi: float) -> bool:
        """Whether a clause of the holder's (`seg`), joined by a contrastive to its clause whose cue is `other`
        ("mogłaby zaakceptować ograniczenie ..., ale wyklucza jakiekolwiek limity"), turns the other way on the
        same issue: one accepts and the other refuses, and this clause names no issue of any label."""
        later, first = (seg[0], other) if other is None or seg[0].start > other.start else (other, seg[0])
        if other is None or not self._turned_stances(seg[0], other) or seg[0].speech or seg[0].noun:
            return False
        if "demand" in (seg[0].stance, other.stance) and not self._offer_contrasted(a, first, later):
            return False
        # a contrastive among the three words before it, a modal between ("однако может поддержать")
        if not (later.opens and (set(w.lower() for w in WORD_RE.findall(a.text[:later.start])[-3:]) & self.tables.contrastives
                                 or self._contrastive_after_verb(a, later) or self._gerund_after_comma(a, later))
                or self._tr_contrasted_clause(a, first, later)):
            return False
        lo = seg[0].start
        if self.tables.lang == "tr" and later is seg[0]:
            lo = first.end  # verb-final: the clause's words stand before its verb ("reddetti, ancak bir ateşkes önerdi")
        return not any(lo <= e < hi for issue in a.issues for e in issue)

    def _offer_contrasted(self, a: Analysis, first: Cue, later: Cue) -> bool:
        """Whether the later of two clauses, one an offer and one a refusal, opens with a comma and a contrastive (", but
        offered", ", aunque ofreció", ", sagte aber ... zu", tr "reddetti, ancak ... önerdi"): no clause turned by an
        adverb ("est tout simplement irréaliste")."""
        return self._after_contrastive(a, later) or self._contrastive_after_verb(a, later) \
            or self._tr_contrasted_clause(a, first, later) or self._gerund_after_comma(a, later)

    def _gerund_after_comma(self, a: Analysis, c: Cue) -> bool:
        """r34E: whether cue `c` is a gerund right after a comma with a `concurrent_adverbs` word after it ("исключил
        отправку войск, пообещав при этом ...", "виключив ..., пообіцявши водночас ..."): the subject's next clause,
        as after ", while": an offer or refusal there turns the clause before the other way; not one that reports
        ("sottolineando che ...", "заявив, что") or insists on a judgement ("dismissed the list, insisting the minors had
        been evacuated")."""
        gerund = GERUNDS.get(self.tables.lang)
        if gerund is None or gerund.search(c.word) is None or not a.text[:c.start].rstrip().endswith(","):
            return False
        if INSIST_VERB.match(c.word) or self.tables.naming_verbs is not None and search(self.tables.naming_verbs, c.word):
            return False  # nor one that names it ("rejected any handover, calling it a springboard")
        adverb = None if self.tables.concurrent_adverbs is None else search(self.tables.concurrent_adverbs, a.text[c.end:c.end + 40])
        if adverb is None or adverb.start() > 12:
            return False  # no adverb of a position held at the same time: "отверг ..., потребовав ..." adds nothing
        return not set(w.lower() for w in WORD_RE.findall(a.text[c.end:c.end + 30])[:2]) & self.tables.complementizers

    def _contrastive_after_verb(self, a: Analysis, c: Cue) -> bool:
        """Whether a contrastive stands right after the first word of a verb cue after a comma, the verb second
        (", sagte aber ... zu", ", unterstütze aber ...", ", bot jedoch ... an")."""
        words = WORD_RE.findall(a.text[c.start:c.start + 40])
        return a.text[:c.start].rstrip().endswith(",") and len(words) > 1 and words[1].lower() in self.tables.contrastives

    def _tr_contrastive_cue(self, a: Analysis, before: Cue, c: Cue) -> bool:
        """Turkish: whether cue `c` is a contrastive ("ancak", "ama") right after a comma that closes the clause of the
        verb `before` ("reddetti, ancak ..."): a clause joiner there, not the "only (if)" of a condition."""
        return self.tables.lang == "tr" and c.word in self.tables.contrastives and not c.speech \
            and a.text[before.end:c.start].strip() == ","

    def _tr_contrasted_clause(self, a: Analysis, first: Cue, later: Cue) -> bool:
        """Turkish, verb-final: whether the clause of `later` opens with a comma and a contrastive right after the
        verb `first` of the holder's clause before ("... reddetti, ancak ... önerdi")."""
        if self.tables.lang != "tr" or later.start <= first.end:
            return False
        words = WORD_RE.findall(a.text[first.end:later.start])
        return a.text[first.end:later.start].lstrip().startswith(",") and bool(words) \
            and words[0].lower() in self.tables.contrastives

    @staticmethod
    def _turned_stances(one: Cue, other: Cue) -> bool:
        """Whether two coordinated clauses of one holder turn opposite ways on one issue: one accepts and the other
        refuses, or one refuses and the other offers another form of it ("rules out troops, but offers logistics",
        "schloss ... aus, sagte aber ... zu", "descartó ..., aunque ofreció ..."): an offer is a demand."""
        stances = {one.stance, other.stance}
        return stances in ({"agree", "reject"}, {"demand", "reject"})

    def _tr_converb_clause(self, a: Analysis, m: Mention, verb: Cue) -> list:
        """Turkish, verb-final: the stanced cues between a subject and its verb up to a converb that closes a clause
        of the subject's own ("Rus heyeti, ... talebini reddederek ... önerdi"): that clause's stance comes before the
        verb; [] where no converb stands there."""
        if self.tables.lang != "tr":
            return []
        before = [c for c in a.cues if m.end <= c.start < verb.start and c.stance and not c.speech and not c.agentive
                  and not any(q0 < c.end and c.start < q1 for q0, q1 in a.owned_nouns)]
        last = max((k for k, c in enumerate(before) if self._tr_converb_closes(a, c)), default=None)
        return [] if last is None else before[:last + 1]

    def _tr_converb_closes(self, a: Analysis, c: Cue) -> bool:
        """Turkish: whether cue `c` is a verb with a stance in a converb (TR_CONVERB: "reddederek", "nitelendirip"),
        which ends its clause before the subject's next verb."""
        if self.tables.lang != "tr" or c.stance is None or c.speech or c.noun:
            return False
        words = WORD_RE.findall(a.text[c.start:c.end])
        return bool(words) and TR_CONVERB.search(words[-1]) is not None

    def _goes_on_about_it(self, a: Analysis, m: Mention, first: list, seg: list, hi: float, evidences: list) -> bool:
        """Whether a later coordinated verb of `m`, whose object names no issue of any label, goes on about the issue
        named before the subject and taken up by a demonstrative after its first verb ("Київ наполягає на обміні всіх
        на всіх, тоді як Москва відкидає цю ідею й пропонує обміни невеликими групами"; r37E: `taken_up_objects`,
        "rejects that and insists ...", "lehnt das ab und verlangt ..."): it offers its alternative."""
        after = a.text[first[0].end:].split()[:2]
        # r37E: a `taken_up_objects` word right after the verb, or inside a verb bracket right after its finite verb
        # ("rejects that and insists ...", "lehnt das ab und verlangt ..."), not a relative further on ("no cap that")
        right = [] if first[0].speech else after[:1] + a.text[first[0].start:first[0].end].split()[1:2]  # "says it will"
        return (seg[0].stance is not None and not seg[0].speech and all(e < m.start for e in evidences)
                and (any(w.lower() in self.tables.object_determiners for w in after)
                     or any(w.lower() in self.tables.taken_up_objects for w in right))
                and not any(seg[0].start <= e < hi for issue in a.issues for e in issue))

    @staticmethod
    def _offers_instead(a: Analysis, before: list, seg: list, hi: float) -> bool:
        """Whether a later coordinated verb of the holder, whose object names no issue of any label, says it offers
        its alternative "instead" ("lehnte ... ab und schlug stattdessen vor, ...", "ha liquidato ..., chiedendo
        invece ...", "a rejeté ... et propose plutôt ..."): the same issue, the other stance."""
        if seg[0].stance is None or seg[0].speech or seg[0].noun:
            return False
        if any(seg[0].start <= e < hi for issue in a.issues for e in issue):
            return False
        return INSTEAD_RE.search(a.text[before[-1].end:min(hi, seg[0].end + INSTEAD_AFTER)]) is not None

    @staticmethod
    def _reported_before(a: Analysis, m: Mention, evidence: int) -> bool:
        """Whether evidence lies in the words a closing speaker reports ("X would be unacceptable, Lavrov said,
        calling ..."): before the speaker, with a stanced cue of its own there."""
        return evidence < m.start and any(c.stance and not c.speech and not c.agentive and c.end <= m.start
                                          for c in a.cues)

    def _demanded_infinitive(self, a: Analysis, c: Cue, segment: list) -> bool:
        """ru, uk, pl: whether cue `c` is an infinitive right after a coordinator in a clause a demand verb opens
        ("требует от Киева закрепить статус и отказаться от ...", "żąda od Kijowa, by ... i zrzec się ..."): a
        second item of what is demanded, no coordinated verb of the holder's own."""
        infinitive = SLAVIC_INFINITIVE.get(self.tables.lang)
        if infinitive is None or not c.opens or c.speech or c.noun or not infinitive.search(c.word):
            return False
        return self._after_coordinator(a, c) and any(
            d.stance == "demand" and not d.speech and not d.noun for d in segment)

    def _after_coordinator(self, a: Analysis, c: Cue) -> bool:
        """Whether cue `c` stands right after a coordinator ("and said", "y aseguró", "e ha detto")."""
        before = WORD_RE.findall(a.text[max(0, c.start - 20):c.start])
        return bool(before) and before[-1].lower() in self.tables.coordinators and not a.text[:c.start].rstrip().endswith(",")

    def _after_contrastive(self, a: Analysis, c: Cue) -> bool:
        """Whether cue `c` stands right after a comma and a contrastive, at most an auxiliary between (", but ruled
        out", ", pero descartó", ", mais a exclu")."""
        before = a.text[max(0, c.start - 24):c.start].rstrip()
        words = WORD_RE.findall(before)
        modal = len(words) > 1 and words[-1].lower() in self.tables.modal_auxiliaries
        if len(words) > 1 and (len(words[-1]) <= 3 or modal) and words[-2].lower() in self.tables.contrastives:
            before = before[:before.rstrip().rfind(words[-1])].rstrip()
            words = words[:-1]
        # r37E: a modal after the contrastive ("but would offer") opens a finite clause of its own, with no comma too
        return bool(words) and words[-1].lower() in self.tables.contrastives \
            and (modal or before[:len(before) - len(words[-1])].rstrip().endswith(","))

    def _holder_window(self, a: Analysis, m: Mention):
        """(first verb, stanced cues of its clause) of a subject; (None, []) for a holder that is no subject.
        The clause ends where another subject's verb begins; another party's nominal demand in it ("rejected
        Ukraine's call") is that party's position, and the content's own verb ("demanded that Ukraine
        renounce") is not this holder's stance."""
        verbs = [c for mm, c in a.pairs if mm is m]
        if not verbs or self._tabled_before_postposition(a.text, self.tables, a.mentions, m.start):
            return None, []  # "Kiev tarafından sunulan plan": the participle's agent, no subject of the verb after it
        verb = verbs[0]
        later = [c.start for mm, c in a.pairs if c.start > verb.start and mm.start != m.start]
        # r31A: a place that speaks after the holder ("..., на что в МИД России ответили") opens a clause of its own
        later += [c.start for mm, r in a.holder_mentions if "locative" in r
                  and (c := self._place_speech(a, mm)) is not None and c.start > verb.start]
        end = min(later) if later else float("inf")
        # "both sides" in the content ("добивается, чтобы стороны отказались") is no clause of the holder's own
        content = [mm.start for mm in a.content if mm.start > verb.start
                   and (mm.kind == "collective" or not set(mm.codes) & set(m.codes)) and not (verb.speech and self._genitive_name(a, mm))]
        end = min(end, self._relative_clause_end(a, m, verb))
        clause_end, end = end, min([end] + content)
        # after the content, a gerund after a comma goes on with the holder's own clause: "said Russia must pay,
        # dismissing Moscow's demand", "ha detto che la Russia deve pagare, respingendo ..."
        gerund = GERUNDS.get(self.tables.lang)
        resume = next((c.start for c in a.cues if end < c.start < clause_end and (c.opens and c.stance
                       and not c.speech and (gerund is not None and gerund.search(c.word) or self._elliptic_contrast(a, c))
                       or self._contrasted_judgement(a, c))
                       and not any(cc is c for _, cc in a.pairs)), clause_end)
        # r32A: the holder's own verb bracket around an owned noun stays ("lehnte den ukrainischen Vorschlag ... ab")
        return verb, [c for c in a.cues if c.stance and (verb.start <= c.start < end or resume <= c.start < clause_end)
                      and not c.agentive and not any(q0 < c.end and c.start < q1 and not (c is verb and c.start < q0)
                                                     for q0, q1 in a.owned_nouns)
                      and not self._nouns_relative_verb(a, c) and not self._documents_verb(a, c)
                      and not self._anothers_closing_speech(a, m, c)]

    def _anothers_closing_speech(self, a: Analysis, m: Mention, c: Cue) -> bool:
        """Whether cue `c` is a reporting verb after a comma with another speaker named right after it ("..., sagte
        Uschakow"): that speaker's, no verb of the subject `m` of the clause before; unless the speaker goes on with
        an addition the subject's clause takes ("..., заявил Эрдоган, добавив, что ...")."""
        if not c.speech or a.text[:c.start].rstrip()[-1:] != ",":
            return False
        gerund = GERUNDS.get(self.tables.lang)
        for mm in a.mentions:
            if mm is m or mm.start < c.end or a.text[c.end:mm.start].strip(" ,"):
                continue
            found = SPEAKER_GERUND_RE.match(a.text, c.end)
            return not (gerund is not None and found is not None and gerund.search(found.group(1)))
        return False

    def _documents_verb(self, a: Analysis, c: Cue) -> bool:
        """Whether cue `c` is the verb of a clause after a comma whose subject takes up a position noun before it
        (`document_pronouns`: "lehnt den Gegenentwurf ab, weil dieser eine Friedenstruppe vorsieht"): the document's
        verb, its owner's position, no verb of the main clause's subject."""
        t = self.tables
        if t.document_pronouns is None or not a.owned_nouns:
            return False
        comma = a.text.rfind(",", 0, c.start)
        return comma > 0 and any(q1 <= comma for _, q1 in a.owned_nouns) and \
            search(t.document_pronouns, a.text[comma + 1:c.start]) is not None

    def _genitive_name(self, a: Analysis, mm: Mention) -> bool:
        """Whether a name in a content stands in the genitive (`genitive_endings`: "членство Украины", "członkostwo
        Ukrainy"): an attribute of a noun, no subject whose verb would open a clause of its own ("заявил, что
        членство Украины не стоит на столе" is the speaker's refusal). Only after a reporting verb: the content
        of a demand ("вимагає гарантій, що на території України не буде військ") stays what is demanded."""
        t = self.tables
        text = a.text[mm.start:mm.end].lower()
        return (mm.kind == "name" and bool(t.genitive_endings) and text.endswith(t.genitive_endings)
                and not (t.plural_nominatives and text.endswith(t.plural_nominatives)))

    def _elliptic_contrast(self, a: Analysis, c: Cue) -> bool:
        """Whether cue `c` is a bare negation after a comma and a contrastive, with no verb of its own (", mais pas
        l'Otan", ", ma non nella Nato", ", aber nicht der Nato"): it goes on with the holder's own clause, past the
        content clause before it ("pourrait accepter que Kiev rejoigne l'UE, mais pas l'Otan")."""
        return c.stance == "reject" and c.word in self.tables.negations and self._after_contrastive(a, c)

    def _contrasted_judgement(self, a: Analysis, c: Cue) -> bool:
        """Whether reject cue `c` closes a clause opened by a comma and a contrastive that names no party and has no
        other cue (", а будь-які обмеження чисельності її армії неприйнятні", ", but any cap on its army is
        unacceptable"): the speaker's own judgement after the content it reports, no clause of another subject."""
        if c.stance != "reject" or c.speech or c.noun:
            return False
        turn = max((f for f in COMMA_WORD_RE.finditer(a.text, 0, c.start)
                    if f.group(1).lower() in self.tables.clause_contrastives), key=lambda f: f.start(), default=None)
        if turn is None:
            return False
        return not any(turn.end() <= x.start < c.start for x in a.mentions) and \
            not any(turn.end() <= x.start < c.start and x.stance for x in a.cues)

    def _nouns_relative_verb(self, a: Analysis, c: Cue) -> bool:
        """Whether cue `c` is the verb of a subject relative right after a position noun, no comma between ("une
        contre-proposition qui laisse la porte ouverte à ...", "un piano che accetta ..."): what the noun says,
        not a stance of the clause's subject."""
        for n in a.cues:
            if n.noun and n.end <= c.start and c.start - n.end <= 120:
                words = [w.lower() for w in WORD_RE.findall(a.text[n.end:c.start])]
                # its coordinated verbs too ("qui supprime le plafond ... et laisse la porte ouverte"), no party
                # named between (not "la proposta che Mosca ha respinto")
                if words and words[0] in self.tables.subject_relatives and len(words) <= 12 \
                        and not any(ch in a.text[n.end:c.start] for ch in ",;:") \
                        and not any(n.end <= m.start < c.start for m in a.mentions):
                    return True
        return False

    def _in_relative_clause(self, a: Analysis, c: Cue) -> bool:
        """Whether cue `c` lies in a relative clause set off by commas ("Washington's proposal, which Moscow
        welcomed, envisages ..."): what another party says of the noun, no step past the owner's position."""
        cut = a.text.rfind(",", 0, c.start)
        close = a.text.find(",", c.end)
        if cut < 0 or close < 0:
            return False
        words = [w.lower() for w in WORD_RE.findall(a.text[cut + 1:c.start])]
        return bool(words) and words[0] in self.tables.relative_openers

    def _relative_clause_end(self, a: Analysis, m: Mention, verb: Cue) -> float:
        """Where a subject's clause ends at a comma that a relative clause borders: the comma after its verb
        when `m` stands in a relative clause opened by a comma and a relative word right before the name ("The
        proposal, which Kyiv rejected, would have required ...", "Il piano, che Mosca aveva respinto in
        primavera, prevedeva ...", verb-second: "Der Vorschlag, den Moskau begrüßte, sieht ... vor"); or the
        comma that opens a relative clause after its verb ("Kiev ha respinto il memorandum russo, che chiede
        ..."). What the sentence says past it is no verb of `m`."""
        head = a.text[:m.start].rstrip()
        cut = max(head.rfind(","), head.rfind(";"))
        if cut >= 0:
            words = [w.lower() for w in WORD_RE.findall(head[cut + 1:])]
            # the name right after the relative word, or after its clause's verb ("której sprzeciwia się Kijów")
            if words and words[0] in self.tables.relative_openers and not self._verb_second_main(a, m, words, verb) and (
                    len(words) <= 2 or (len(words) <= 4 and cut < verb.start < m.start)):
                close = a.text.find(",", verb.end)
                return close if close >= 0 else float("inf")
        for found in COMMA_WORD_RE.finditer(a.text, verb.end):
            if found.group(1).lower() in self.tables.relative_words or self._noun_clause_opener(a, found.group(1), found.start(1)):
                return found.start()
        return float("inf")

    def _verb_second_main(self, a: Analysis, m: Mention, words: list, verb: Cue) -> bool:
        """Verb-second languages: whether the determiner after a comma is the article of the name `m` ("betonte, die
        Ukraine werde ... niemals anerkennen, sei aber bereit ..."), no relative pronoun: the verb follows the name
        at once and its clause goes on past it, where a relative clause ends with its verb ("den Moskau begrüßte,")."""
        if not self.tables.verb_second or len(words) != 1 or words[0] not in self.tables.determiners:
            return False
        if WORD_RE.findall(a.text[m.end:verb.start]):
            return False
        stop = next((k for k in range(verb.end, len(a.text)) if a.text[k] in ",;:."), len(a.text))
        return bool(WORD_RE.findall(a.text[verb.end:stop]))

    def _noun_clause_opener(self, a: Analysis, word: str, at: int) -> bool:
        """Whether `word` (at `at`, after a comma) opens a clause about the position noun right before the comma
        (at most its owner between): a complementizer used as a relative ("план, що передбачає ...") or a
        participle (NOUN_PARTICIPLE: "план Киева, предусматривающий ..."); what it says is the noun's content,
        not the subject's stance."""
        if word.lower() not in self.tables.complementizers and not is_noun_participle(self.tables.lang, word):
            return False
        comma = a.text.rfind(",", 0, at)
        return any(q1 <= comma and len(WORD_RE.findall(a.text[q1:comma])) <= 1 for _, q1 in a.owned_nouns)

    def _right_after_agent(self, a: Analysis, m: Mention, stanced: list) -> list:
        """The stanced cues right after the agent list `m` ends, only `stance_adverbs` between ("einem von den USA
        vorgeschlagenen", "dem von Kiew bereits akzeptierten"): the agent's participle."""
        end = self._agent_list_end(a, m)
        return [c for c in stanced if c.start >= end and all(
            w.lower() in self.tables.stance_adverbs for w in a.text[end:c.start].split())]

    def _holder_stance(self, a: Analysis, m: Mention, rules: set, evidence: int | None):
        """(stance, cue) of one holder: a subject's own verbs up to the next subject's, the cue before an
        agent ("proposed by Kyiv"), a nominal demand for an owner; else the sentence's stance."""
        stanced = [c for c in a.cues if c.stance]
        if "elliptic" in rules:
            return "reject", None  # "..., Russland dagegen nicht": the verb before, negated
        if "parties" in rules:
            # the parties of an agreement between them agree to what it provides for: "the agreement between
            # Moscow and Kyiv provided for ...", "соглашение между Москвой и Киевом предусматривало ..."
            agreed = next((c for mm, c in a.pairs if mm is m and c.stance == "agree"), None)
            if agreed is not None:
                return "agree", agreed
        verb, window = self._holder_window(a, m)
        if verb is not None:
            return self._subject_stance(a, m, rules, verb, window, stanced, evidence)
        if "perspective" in rules:
            relative = a.relative_cues.get(m.start)
            if relative is not None and evidence is not None and relative.start <= evidence:
                # "unacceptable for Kyiv, which demands a withdrawal": the relative clause's verb governs
                return relative.stance, relative
            # "unacceptable to Russia", "для Москвы неприемлемо": the evaluation next to the holder
            near = [c for c in stanced if c.stance in ("reject", "agree") and not c.refusal]
            if near:
                cue = min(near, key=lambda c: min(abs(c.start - m.end), abs(m.start - c.end)))
                return cue.stance, cue
        if "topic" in rules and verb is None:
            # "Pour Kiev, la neutralité exigée par Moscou est inacceptable": the party the clause is about judges
            # what it names; another party's demand inside the subject is that party's, not the topic's
            judged = self._topic_judgement(a, m, stanced)
            if judged is not None:
                return judged.stance, judged
        if "partner" in rules:
            before = [c for c in stanced if c.start < m.start and c.stance == "agree"]
            if before:
                return "agree", before[-1]
        if "agent" in rules and self._tabled_by(a, m):
            return "demand", None  # "la demande formulée par Kiev": who tabled it demands it
        if "agent" in rules:
            # a participle right after its agent: "einem von den USA vorgeschlagenen Waffenstillstand"
            right = self._right_after_agent(a, m, stanced)
            # Turkish, the passive verb right after its agent's postposition: "Moskova tarafından reddedildi"
            right += [c for c in stanced if c.start > m.end and not c.noun
                      and a.text[m.end:c.start].strip().lower() in self.tables.agent_post] + self._agents_clause_final_verb(a, m, stanced)
            if right and not right[0].noun and (right[0].agentive or self.tables.agent_post or self._passive_verb(a, right[0])):
                # not the clause's verb: "accepted by Kyiv provides"
                return right[0].stance, right[0]
            before = [c for c in stanced if c.start < m.start]
            if before:
                return before[-1].stance, before[-1]
        if rules & {"owner"} and not rules & {"speaker", "subject"}:
            return self._owned_stance(a, m)
        closed = self._own_voice(a.text, self.tables) if "speaker" in rules and verb is None else None
        if closed is not None and m.start > closed:
            # '"We were ready, as Kyiv wished, to ...," Lavrov said': the first person's own verb in the quote
            said = [c for c in stanced if not c.speech and not c.agentive and c.end <= closed]
            if said:
                return said[0].stance, said[0]
        quoted = self._opening_quote_end(a.text) if "speaker" in rules and verb is None and not a.pairs else None
        if quoted is not None and m.start > quoted:
            # '"Nie oddamy ani metra ziemi" - powiedział X', '«Никакого нейтралитета не будет», — заявил X': a
            # refusal in the quote, its subject dropped or none, is the speaker's own
            said = [c for c in stanced if not c.speech and not c.agentive and c.end <= quoted]
            if any(c.refusal for c in said):
                cue = self._governing_cue(said, evidence, a)
                return cue.stance, cue
        unquoted = self._unquoted_refusal(a, m, stanced) if "speaker" in rules and verb is None and not a.pairs else []
        if unquoted:
            # 'Non riconosceremo mai l'occupazione della Crimea, ha detto Sybiha': a refusal with its subject dropped
            # (no party named before the speaker), reported without quotes, is the speaker's own
            cue = self._governing_cue(unquoted, evidence, a)
            return cue.stance, cue
        if "speaker" in rules and not a.pairs:
            # '"We insist on an agreement signed by all guarantors," said X': the quote's own verbs, not a
            # participle's agent nor the agreement a demand asks for, nor one named as its frame ("di qualsiasi intesa")
            said = [c for c in stanced if not c.speech and not c.agentive and not c.refusal and c.end <= m.start]
            if said and (any(c.agentive or (c.stance == "agree" and self._noun_form(a, c))
                             for c in stanced if c.end <= m.start) or any(f < m.start for f in a.frames)):
                cue = self._governing_cue(said, evidence, a)
                return cue.stance, cue
        return self._sentence_stance(a, m, rules, evidence), None

    def _sentence_stance(self, a: Analysis, m: Mention, rules: set, evidence: int | None) -> str | None:
        """The sentence's stance for a holder with no cue of its own; r34C: under a document frame, the step the
        document puts to another party ("Under the US plan, Ukraine would give up NATO") is the owner's demand."""
        if rules == {"frame"} and self._step_put_to_another(a, m, evidence):
            return "demand"
        return self.stance(a, evidence)

    def _step_put_to_another(self, a: Analysis, m: Mention, evidence: int | None) -> bool:
        """Whether a document frame's owner `m` ("Відповідно до американського плану, Україна мала б відмовитися від
        членства в НАТО") frames a rejection whose subject is another party named after the frame: what the document
        has that party give up or turn down is the document's demand, not its owner's rejection."""
        if self.stance(a, evidence) != "reject":
            return False
        cue = next((c for c in a.cues if c.stance == "reject" and not c.speech and c.start > m.end), None)
        return cue is not None and any(m.end < o.start and o.end <= cue.start and o.kind != "adjective"
                                       and not set(o.codes) & set(m.codes) and self._opens_its_clause(a, o)
                                       for o in a.mentions)

    def _opens_its_clause(self, a: Analysis, o: Mention) -> bool:
        """Whether mention `o` opens the clause after the last comma before it, only articles before it ("...,
        l'Ucraina rinuncerebbe"): the clause's subject, not a genitive ("..., членство Украины в НАТО")."""
        lead = a.text[:o.start]
        words = re.findall(r"\w+", lead[lead.rfind(",") + 1:])
        return all(w.lower() in self.tables.determiners for w in words)

    @staticmethod
    def _place_reports_verdict(a: Analysis, m: Mention, rules: set) -> tuple | None:
        """The verdict a place that speaks reports ("В МИД России заявили, что ... станет «прямой угрозой»", "У Москві
        заявили, що ... стануть «законною ціллю»"): the first reject cue after the reporting verb right after the place,
        when no other subject's verb stands before it; the place passes the verdict, as a subject's reporting verb
        gives the rejection it reports (_governing_cue). None otherwise (the place's own stance is read as before)."""
        said = Stances._place_speech(a, m) if "locative" in rules else None
        if said is None:
            return None
        paired = [c for _, c in a.pairs if c.start > said.end]
        verdicts = [c for c in a.cues if c.start > said.end and c.stance == "reject" and not c.speech
                    and not c.noun and not c.agentive]
        if not verdicts or any(c.start <= verdicts[0].start for c in paired):
            return None
        return "reject", verdicts[0]

    @staticmethod
    def _place_speech(a: Analysis, m: Mention) -> Cue | None:
        """The reporting verb right after a place that speaks ("В МИД России | ответили", "У Москві | заявили"), or None."""
        said = next((c for c in a.cues if c.speech and c.start >= m.end), None)
        return said if said is not None and not a.text[m.end:said.start].strip() else None

    def _passive_verb(self, a: Analysis, c: Cue) -> bool:
        """Whether a passive auxiliary (`passive_auxiliaries`) follows cue `c` ("von Moskau erneut abgelehnt wurde"):
        the participle is the passive's verb, whose agent does what it says, not the main verb of another clause."""
        words = WORD_RE.findall(a.text[c.end:c.end + 24])
        return bool(words) and words[0].lower() in self.tables.passive_auxiliaries

    def _agents_clause_final_verb(self, a: Analysis, m: Mention, stanced: list) -> list:
        """Turkish, the passive verb closing its agent's clause, words between ("Lavrov tarafından kesin bir dille
        reddedildi", "... olarak nitelendirilerek reddedildi"): the verb is last, so the agent does what it says,
        not what a judgement or converb on the way says."""
        words = a.text[m.end:].split()
        if not words or words[0].strip(",;").lower() not in self.tables.agent_post:
            return []
        after = [c for c in stanced if c.start > m.end and not c.noun and not re.search(r"[,;:.]", a.text[m.end:c.start])
                 and not any(m.end < mm.start < c.start for mm in a.mentions)]  # another agent's passive is its own
        return after[-1:]

    def _subject_stance(self, a: Analysis, m: Mention, rules: set, verb: Cue, window, stanced: list, evidence):
        """(stance, cue) of a holder that governs `verb`: the rejecting noun it owns when the issue is that noun's
        object ("Moscow's rejection of the ceasefire proposal": the proposal is what it rejects), else its verbs'."""
        if self._owns_its_verb(a, m, rules, verb, evidence):
            return verb.stance, verb
        return self._verb_stance(a, m, verb, window, stanced, evidence)

    def _owns_its_verb(self, a: Analysis, m: Mention, rules: set, verb: Cue, evidence: int | None) -> bool:
        """Whether the cue that `m` governs is a rejecting noun that `m` owns ("Moscow's rejection of", "le refus de
        Moscou") and the issue stands in its object, a few words on with no verb between ("of the ceasefire
        proposal", "of Kyiv's call for a truce"): the noun is the owner's stance; a position noun inside its object
        (the proposal rejected) is another's, not a second verb of the owner's. Not where the issue comes later ("...
        rejection of the plan was followed by its own call for a ceasefire"), nor for an agreeing noun ("Ukraine's
        commitment to taking all steps" may agree to something other than the issue a demand after it names)."""
        if "owner" not in rules or not verb.noun or verb.stance != "reject" or evidence is None or evidence < verb.start:
            return False
        if not any(q[0] <= verb.start < q[1] for q in a.owned_nouns):
            return False
        between = WORD_RE.findall(a.text[verb.end:evidence])
        return len(between) <= OWNED_OBJECT_WORDS and not any(
            verb.end <= c.start < evidence and c.stance and not c.noun for c in a.cues) and not self._sentence_break(
            a.text, verb.end, evidence)

    def _topic_judgement(self, a: Analysis, m: Mention, stanced: list) -> Cue | None:
        """The judging cue (reject or agree) that closes the clause of a topic holder ("Pour Kiev, ... est
        inacceptable", "Für Moskau ist ... unannehmbar", "Per Mosca, ... è irrealistica"), when every stanced cue
        before it is another party's: a position noun, a participle with its agent ("exigée par Moscou", "von Brüssel vorgeschlagene"), a
        relative clause's verb with its own subject ("que réclame Moscou"). None otherwise ("Pour Kiev, Moscou
        doit accepter ...": what the topic asks of another)."""
        semicolon = a.text.find(";", m.end)
        end = semicolon if semicolon >= 0 else len(a.text)
        after = [c for c in stanced if m.end <= c.start < end and not c.speech]
        if not after or after[-1].noun or after[-1].refusal or after[-1].stance not in ("reject", "agree"):
            return None
        paired = {id(c) for _, c in a.pairs}
        for c in after[:-1]:
            following = WORD_RE.findall(a.text[c.end:c.end + 16])
            if not (c.noun or c.agentive or id(c) in paired or (following and following[0].lower() in self.tables.agent)):
                return None
        return after[-1]

    def _verb_stance(self, a: Analysis, m: Mention, verb, window: list, stanced: list, evidence: int | None):
        """(stance, cue) of a holder that is the subject of a verb: the cue of its own verbs (`window`) that
        governs the evidence; a reporting verb alone gives the reported words' stance."""
        if not window and verb.speech and self.tables.lang == "tr":
            # a plain reporting verb closes the clause it reports ("kabul etmeye hazır olduğunu duyurdu")
            window = [verb]
        if self.tables.lang == "tr" and verb.stance and not verb.speech and window:
            # the verb of a nominalised clause gives its subject the stance, not the verb that reports the clause
            # ("Rusya'nın ateşkesi reddettiğini açıkladı", "... reddettiği belirtildi")
            window = [c for c in window if not (c.start > verb.end and (
                c.speech or TR_PASSIVE_REPORT.match(a.text[c.start:c.end])))] or [verb]
        if window and all(c.speech and not self._characterises(a, c) for c in window):
            # a reporting verb only ('"A truce now is unacceptable," Peskov said'): the reported words' stance
            window = [c for c in stanced if not c.speech and not c.agentive and c.end <= m.start] or window
        if not window:
            return self.stance(a, evidence), verb
        cue = self._governing_cue(window, evidence, a)
        # "zarzucił Europejczykom, że domagając się rozejmu ...": the demand is the accused's, the reproach the holder's
        cue = self._reproach_before_accused(a, m, window, cue)
        if not self._after_contrastive(a, cue):
            # not a verb of its own after ", but": "ready to meet Putin, but ruled out ..." asks nothing of Putin
            cue = self._addressed_demand(a, window, cue, m)
            cue = self._called_infinitive(a, window, cue)
        # "Russia must accept the truce now, Rubio said": what another party must accept is the speaker's demand
        cue = self._obligation_put_on_another(a, m, window, cue)
        # r35E: "EU ministers agreed that Russia must pay": agreeing among themselves on what another must do, a demand
        cue = self._agreed_obligation(a, m, window, cue)
        # "threatened to quit the talks if the parties do not accept a truce": the condition it sets governs
        cue = self._condition_set(a, m, cue, evidence)
        if cue.speech and self.tables.lang == "tr":
            # verb-final: the rejection reported stands before the reporting verb ("Ukrayna'nın
            # Kırım'ı asla tanımayacağını söyledi")
            said = [c for c in stanced if m.end <= c.start < verb.start and not c.speech and not c.noun
                    and (evidence is None or c.start > evidence)]
            in_case = [c for c in said if self._tr_in_case(a, c)]
            said = [c for c in said if c not in in_case]
            if in_case and said and said[-1].stance == "demand" and said[-1].start > in_case[-1].start:
                cue = said[-1]  # what follows the condition is the reporter's own: "reddetmesi halinde yaptırımlar"
            elif said and said[0].stance == "reject":
                cue = said[0]
            elif said and self._tr_reported_refusal(a, said[-1], verb):
                cue = said[-1]  # the reported clause's own refusal after its object: "hiçbir anlaşmayı imzalamayacağını"
            elif said and said[-1].stance == "agree" and self._tr_reported_verb(a, said[-1], verb):
                cue = said[-1]  # the reported clause's own verb: "kabul ettiğini", "hazır olduğunu açıkladı"
            elif self._tr_obliged_agreement(a, said, verb):
                cue = said[-1]  # what another must accept is demanded: "Kiev'in ... kabul etmesi gerekiyor" dedi
        if cue.stance is None:
            return self.stance(a, evidence), verb
        return cue.stance, cue

    def _reproach_before_accused(self, a: Analysis, m: Mention, window: list, cue: Cue) -> Cue:
        """The reject cue of holder `m`'s reproach when the demand `cue` governs stands past a party it accuses
        (`accusations`: "Lavrov accused the Europeans of demanding a truce", "zarzucił Europejczykom, że domagając
        się rozejmu"): what the accused is charged with asking for, the accuser turns down; else `cue`."""
        accusations = self.tables.accusations
        if cue.stance != "demand" or accusations is None:
            return cue
        accused = [mm for mm in a.mentions if m.end <= mm.start < cue.start
                   and search(accusations, a.text[max(0, mm.start - 60):mm.start]) is not None]
        if not accused:
            return cue
        reproach = [c for c in window if c.stance == "reject" and m.end <= c.start and c.end <= accused[0].start]
        return reproach[-1] if reproach else cue

    @staticmethod
    def _condition_set(a: Analysis, m: Mention, cue: Cue, evidence: int | None) -> Cue:
        """The demand of an acceptance negated in an 'if' clause after holder `m` (`Cue.condition_from`), when the
        evidence lies in that clause ("potrebbero ritirarsi se le parti non accetteranno una tregua", "werden
        sich zurückziehen, wenn Moskau die Waffenruhe nicht akzeptiert"): the condition the holder sets, not its
        own verb before it; else `cue`."""
        if evidence is None:
            return cue
        for c in a.cues:
            q0 = c.condition_from
            if q0 is None or c.stance != "demand" or not m.end <= q0 <= evidence or c.start < cue.start:
                continue
            if not any(p in a.text[q0:evidence] for p in ",;:.") and not any(p in a.text[q0:c.start] for p in ",;:"):
                return c
        return cue

    def _obligation_put_on_another(self, a: Analysis, m: Mention, window: list, cue: Cue) -> Cue:
        """The obligation cue right before an agree or reject cue (`_obliged_verb`: "must accept") when the party
        named as its subject is another than holder `m` ("Russia must accept the ceasefire, Rubio said"): the
        holder demands what the other must do; with no other party before it ("we must accept") the verb stands."""
        if cue.stance not in ("agree", "reject") or cue.noun or cue.refusal:
            return cue
        before = [c for c in window if c.end <= cue.start]
        if not before or before[-1].stance != "demand" or not self._obliged_verb(a, before[-1], cue):
            return cue
        must = before[-1]
        subjects = [mm for mm in a.mentions if mm.end <= must.start and len(WORD_RE.findall(a.text[mm.end:must.start])) <= 2]
        if subjects and not set(subjects[-1].codes) & set(m.codes):
            return must
        return cue

    def _agreed_obligation(self, a: Analysis, m: Mention, window: list, cue: Cue) -> Cue:
        """r35E: the `obligation_cues` demand of the clause an agree cue of holder `m` opens, with another party than
        `m` named before it ("EU foreign ministers agreed that Russia must pay", "согласились, что Россия должна
        заплатить", "Rusya'nın ödemesi gerektiği konusunda anlaştı"): the holder's members agree among themselves
        on what the other must do, the holder's demand; with no other party named ("agreed that a truce should
        begin") the agreement stands."""
        if cue.stance != "agree" or cue.noun or self.tables.obligation is None:
            return cue
        final = self.tables.lang == "tr"  # verb-final: the obliged clause stands before the agreeing verb
        musts = [c for c in a.cues if c.stance == "demand" and (m.end <= c.end <= cue.start if final else c.start >= cue.end)
                 and starts_at(self.tables.obligation, a.text, c.start)]
        if not musts:
            return cue
        must = musts[-1] if final else musts[0]
        lo = m.end if final else cue.end
        if any(ch in a.text[lo:must.start] for ch in ";.") or any(lo <= c.start < must.start and c.stance for c in a.cues
                                                                   if c is not cue and c is not must):
            return cue
        others = [mm for mm in a.mentions if lo <= mm.start < must.start and not set(mm.codes) & set(m.codes)]
        # the obliged clause right next to the agreeing verb: "agreed that Russia must", "..., что Россия должна", or
        # Turkish "ödemesi gerektiği konusunda anlaştı"; not an obligation further on ("backs X, but ... Kyiv would have to")
        gap = a.text[must.end:cue.start] if final else a.text[cue.end:others[0].start] if others else ""
        return must if others and len(WORD_RE.findall(gap)) <= AGREED_OBLIGATION_GAP else cue

    def _characterises(self, a: Analysis, c: Cue) -> bool:
        """Whether cue `c` is a reporting verb whose cue goes on past it to judge the measure, a rejection ("una
        propuesta que Moscú considera una provocación", "described the seizure as theft"): the subject's own
        stance, not a bare reporting verb that gives the reported words' stance; so does an approving judgement ("в Москве
        его назвали шагом в правильном направлении": an agreement), but not a readiness the verb declares ("erklärte
        sich dazu bereit": the reporting verb's own frame, read as before)."""
        if c.stance not in ("reject", "agree") or self.tables.speech is None:
            return False
        if c.stance == "agree" and any(w.lower() in self.tables.readiness for w in WORD_RE.findall(a.text[c.start:c.end])):
            return False
        said = search(self.tables.speech, a.text[c.start:c.end])
        return said is not None and said.start() == 0 and bool(WORD_RE.search(a.text[c.start + said.end():c.end]))

    @staticmethod
    def _unquoted_refusal(a: Analysis, m: Mention, stanced: list) -> list:
        """The cues before a closing speaker when they hold a refusal and no party is named before the speaker
        (the reported clause's subject is dropped: 'Non cederemo un metro, ha detto X'); else []."""
        if any(o.start < m.start for o in a.mentions if o is not m):
            return []
        said = [c for c in stanced if not c.speech and not c.agentive and c.end <= m.start]
        return said if any(c.refusal for c in said) else []

    @staticmethod
    def _opening_quote_end(norm: str) -> int | None:
        """Where a quotation the sentence opens with closes; None when it opens with none."""
        lead = norm.lstrip(" -–—")
        if lead[:1] not in ('"', "“", "«", "„"):
            return None
        close = CLOSING_QUOTE_RE.search(norm, len(norm) - len(lead) + 1)
        return close.start() if close is not None else None

    @staticmethod
    def _tr_in_case(a: Analysis, cue: Cue) -> bool:
        """Turkish: whether a cue is the verbal noun of a condition ("Rusya'nın ateşkesi reddetmesi halinde yeni
        yaptırımlar gelecek"): the word right after it is an "in case" postposition; the reporter does not hold it."""
        after = [w.lower() for w in WORD_RE.findall(a.text[cue.end:cue.end + 30])[:2]]
        if after and after[0].endswith(("masi", "ması", "mesi")):
            after = after[1:]  # its auxiliary: "veto etmesi halinde"
        return bool(after) and after[0] in TR_IN_CASE

    @staticmethod
    def _tr_reported_refusal(a: Analysis, cue: Cue, verb: Cue) -> bool:
        """Turkish: whether a reject cue is the verb of the clause a reporting verb reports, at most one word
        (an adverb: "açıkça") before it, after an agree word that is only its object ("hiçbir anlaşmayı
        imzalamayacağını belirtti")."""
        return cue.stance == "reject" and len(WORD_RE.findall(a.text[cue.end:verb.start])) <= 1

    def _tr_obliged_agreement(self, a: Analysis, said: list, verb: Cue) -> bool:
        """Turkish: whether the reported clause closes on an obligation cue (`obligation_cues`: "gerekiyor",
        "lazım") or a sine qua non ("olmazsa olmazıdır") right before the reporting verb, an agree word before it
        ("kabul etmesi gerekiyor" dedi, "anlaşmanın olmazsa olmazıdır" dedi): the clause's own verb is the
        obligation, what another must accept is demanded."""
        if len(said) < 2 or said[-1].stance != "demand" or said[-2].stance != "agree":
            return False
        obligation = self.tables.obligation
        closing = a.text[said[-1].start:said[-1].end]
        if not (obligation is not None and search(obligation, closing)) and not TR_SINE_QUA_NON.search(closing):
            return False
        return len(WORD_RE.findall(a.text[said[-1].end:verb.start])) <= 1

    def _tr_reported_verb(self, a: Analysis, cue: Cue, verb: Cue) -> bool:
        """Turkish: whether an agree cue is the verb of the clause a reporting verb reports, at most one word
        (its auxiliary, "ettiğini", "olduğunu") before it, and that word not negated ("imzalamayacağını"); or the verb
        of the first of the clauses it reports, its auxiliary a nominalised verb and a coordinator right after it
        ("ateşkesi kabul ettiklerini ve topun artık Rusya'da olduğunu söyledi")."""
        between = WORD_RE.findall(a.text[cue.end:verb.start])
        if any(TR_NEGATED.search(w) for w in between[:1]):
            return False
        return len(between) <= 1 or (len(between) > 2 and TR_COMPLEMENT.search(between[0]) is not None
                                     and between[1].lower() in self.tables.coordinators)

    @staticmethod
    def _addressed_demand(a: Analysis, window: list, cue: Cue, m: Mention | None = None) -> Cue:
        """The demand verb that puts `cue` to another party ("urged the Kremlin to accept the truce",
        "ha esortato Mosca ad accettare"): what the addressee is asked to accept or reject is the content
        of the holder's demand, not the holder's own agreement or rejection. The holder's own party after a comma
        is no addressee: "Зеленский допустил, что Украина может согласиться на ..." is Ukraine's conditional
        acceptance, not a demand put to it."""
        if cue.stance not in ("agree", "reject") or cue.noun or cue.refusal:
            return cue

        def addressee(mm: Mention, d: Cue) -> bool:
            own = m is not None and set(mm.codes) <= set(m.codes) and any(p in a.text[d.end:mm.start] for p in ",;:")
            return d.end <= mm.start and mm.end <= cue.start and not own
        for d in reversed([c for c in window if c.end <= cue.start]):
            if d.stance == "demand" and not d.speech and not d.noun:
                if cue.start - d.end <= ADDRESSEE_GAP and (any(
                        addressee(mm, d) for mm in a.mentions) or Stances._asked_to(a, d, cue)):
                    return d
                return cue
        return cue

    def _called_infinitive(self, a: Analysis, window: list, cue: Cue) -> Cue:
        """ru, uk, pl: the call verb before an agree or reject infinitive, its addressee a common noun between them
        ("призвал партнеров принять решение", "закликав союзників підтримати"): no infinitive marker and no party
        named, so _addressed_demand does not see it; what the addressee is asked to do is the holder's demand."""
        call, infinitive = SLAVIC_CALL.get(self.tables.lang), SLAVIC_INFINITIVE.get(self.tables.lang)
        if call is None or cue.stance not in ("agree", "reject") or cue.noun or cue.refusal:
            return cue
        if not infinitive.match(a.text[cue.start:cue.end].split()[0]):
            return cue
        d = next((c for c in reversed(window) if c.end <= cue.start), None)
        if d is None or d.stance != "demand" or d.speech or d.noun or not call.match(d.word):
            return cue
        between = a.text[d.end:cue.start]
        if any(p in between for p in ",;:.()") or not WORD_RE.findall(between):
            return cue
        if cue.start - d.end > ADDRESSEE_GAP and not self._second_called_infinitive(between, infinitive):
            return cue
        return d

    def _second_called_infinitive(self, between: str, infinitive) -> bool:
        """Whether an infinitive is the second of the call's coordinated infinitives ("закликало Росію та Україну
        утримуватися від ... і погодитися на ...", "wezwał strony do ... i zgodzić się"): an infinitive among the
        words before it and a coordinator right before it, so the long object of the first does not cut it off."""
        words = WORD_RE.findall(between)
        return len(words) > 2 and words[-1].lower() in self.tables.coordinators and any(
            infinitive.match(w) for w in words[:-1])

    @staticmethod
    def _asked_to(a: Analysis, d: Cue, cue: Cue) -> bool:
        """Whether the words between demand verb `d` and the infinitive `cue` name whom it asks ("urged delegates
        to agree", "ha esortato le parti ad accettare", "a appelé les délégations à accepter"): at least one word,
        then an infinitive marker right before the cue; no clause break."""
        between = a.text[d.end:cue.start]
        if any(p in between for p in ",;:.()"):
            return False
        words = WORD_RE.findall(between)
        return len(words) >= 2 and words[-1].lower() in ASKED_TO

    def _consent_asked(self, a: Analysis, m: Mention) -> bool:
        """Whether `m` only owns an agreement noun that another party's demand verb right before it asks for
        ("Вашингтон требует согласия Москвы", "добивается от Москвы согласия", "домагається від Москви згоди"):
        the consent is what `m` is asked to give, no agreement of its own."""
        stance, noun = self._owned_stance(a, m)
        if stance != "agree" or noun is None or not noun.noun:
            return False
        if any(c.stance and not c.noun and not c.speech and c is not noun and c.start >= m.end for c in a.cues):
            return False  # a verb of its own after it: "согласие Киева подтвердила ..." stays its
        return any(d.stance == "demand" and not d.noun and not d.speech and d.end <= min(m.start, noun.start)
                   and 0 <= min(m.start, noun.start) - d.end <= 30
                   and not any(ch in a.text[d.end:noun.start] for ch in ",;:") for d in a.cues)

    @staticmethod
    def _owned_stance(a: Analysis, m: Mention):
        """(stance, cue) of the owner of a position noun: a demand ("Ukraine's call"), or a rejection or an
        agreement where the noun itself rejects or agrees ("sprzeciw Rosji", "Belçika'nın itirazı", "akceptacja
        Kijowa", "Kyiv's consent")."""
        near = [q for q in a.owned_nouns if 0 <= q[0] - m.end <= OWNED_NEAR or 0 <= m.start - q[1] <= OWNED_NEAR]
        near = Stances._not_anothers_noun(a, m, near)
        if near:
            q = min(near, key=lambda q: min(abs(q[0] - m.end), abs(m.start - q[1])))
            for c in a.cues:
                # not a verb bracket around the owner too ("lehnt einen Waffenstillstand zu russischen
                # Bedingungen ab"): the clause's subject rejects, the owner of the conditions demands them
                if c.stance in ("reject", "agree") and not c.refusal and c.start < q[1] and q[0] < c.end \
                        and not (c.start <= m.start and m.end <= c.end):
                    return c.stance, c  # "akceptację strony ukraińskiej", "Kyiv's consent": the owner agrees
        return "demand", None

    def _judged_consent(self, a: Analysis, m: Mention, rules: set) -> bool:
        """Whether `m` only owns a consent that another party's rejecting judgement names: "назвал сообщения о
        согласии Киева фейком", "nazwał doniesienia o zgodzie Kijowa fejkiem": the consent is what is called false,
        no position of its owner (a demand judged, "назвал требования Кремля ультиматумом", stays its owner's)."""
        if rules != {"owner"} or self._owned_stance(a, m)[0] != "agree":
            return False
        return any(c.stance == "reject" and c.reach and c.start < m.start and m.end <= c.reach
                   and any(c is cc and mm is not m for mm, cc in a.pairs) for c in a.cues)

    def _left_out_by_its_document(self, a: Analysis, m: Mention, rules: set, found: list, evidence: int | None) -> list:
        """`found` with a rejection of owner `m` when its position noun is the subject of a `left_out` verb before the evidence
        ("the American plan, Bloomberg reports, does not provide for NATO membership, but offers guarantees"): what
        a party's document leaves out, the party rules out, beside the demand the document makes."""
        t = self.tables
        if t.left_out is None or "owner" not in rules or any(st == "reject" for st, _ in found):
            return found
        near = [q for q in a.owned_nouns if 0 <= q[0] - m.end <= OWNED_NEAR or 0 <= m.start - q[1] <= OWNED_NEAR]
        for q0, q1 in self._not_anothers_noun(a, m, near):
            hit = search(t.left_out, a.text, q1)
            # the noun's own verb: no clause break before it, at most a parenthesis ("за даними Bloomberg"); the
            # issue named after the noun (before the verb in Turkish)
            if hit is None or hit.start() - q1 > LEFT_OUT_GAP or self._sentence_break(a.text, q1, hit.start()):
                continue
            if evidence is None or evidence >= q1:
                # the document's demand is its owner's own, no mere report beside the rejection
                kept = [(st, c if c is not None or st != "demand" else Cue(q0, q1, "demand", noun=True)) for st, c in found]
                return kept + [("reject", Cue(hit.start(), hit.end(), "reject", word=hit.group(0).split()[0].lower()))]
        return found

    @staticmethod
    def _not_anothers_noun(a: Analysis, m: Mention, near: list) -> list:
        """The position nouns near owner `m` less those another party's owner stands nearer to: in "el rechazo
        de Ucrania al memorando ruso" the memorandum is Russia's, the rejection Ukraine's (all, if none is left)."""
        def gap(x, q):
            return min(abs(q[0] - x.end), abs(x.start - q[1]))
        others = [o for o, r in a.holder_mentions if o is not m and "owner" in r and set(o.codes) != set(m.codes)]
        return [q for q in near if not any(gap(o, q) < gap(m, q) for o in others)] or near

    @staticmethod
    def _owns_a_demand(a: Analysis, m: Mention, rules: set, stance: str) -> bool:
        """Whether `m` only owns a position noun that demands, one no other party's clause has as its verb: a
        position of its own beside another stance of the same party ("La Belgique a bloqué un plan de la
        Commission": EU reject and EU demand); not "Putin demands more Ukrainian land", Putin's verb."""
        if stance != "demand" or "owner" not in rules or rules & {"speaker", "subject"}:
            return False
        near = [q for q in a.owned_nouns if 0 <= q[0] - m.end <= OWNED_NEAR or 0 <= m.start - q[1] <= OWNED_NEAR]
        return any(c.stance == "demand" and c.start < q1 and q0 < c.end and not any(c is cc for _, cc in a.pairs)
                   for q0, q1 in near for c in a.cues)

    def _governing_cue(self, window: list, evidence: int | None, a: Analysis | None = None) -> Cue:
        """The cue of a holder's clause that governs the evidence: the last before it; in a verb-final
        language (Turkish) the first verb after it that is no verbal noun ("vazgeçmesini talep etti")."""
        if self.tables.lang == "tr" and evidence is not None:
            after = [c for c in window if c.start > evidence and not TR_VERBAL_NOUN.search(c.word)]
            # a position noun is the object of the verb after it: "ateşkes teklifini destekleyecek"
            after = [c for c in after if not c.noun] or after
            if after:
                return after[0]
        if self.tables.verb_second and a is not None:
            # German: a noun's content set off by commas is no verb of the holder ("den Vorschlag Moskaus, eine
            # Waffenruhe einzuhalten, abgelehnt")
            window = [c for c in window if not self._comma_infinitive(a, c)] or window
        before = [c for c in window if evidence is not None and c.start <= evidence]
        # a position noun right after a verb is its object: "rejected the proposal for a ceasefire"; one further
        # on heads a phrase of its own ("rejected the truce, instead tabling demands such as a withdrawal")
        verbs = [c for c in before if not c.noun]
        before = [c for c in before if not (c.noun and any(0 <= c.start - v.end <= NOUN_OBJECT_GAP for v in verbs))] \
            or before
        cue = before[-1] if before else window[0]
        if not before and cue.noun and self.tables.lang in SLAVIC_INFINITIVE:
            # ru, uk, pl: the measure named before the holder's clause, taken up by a noun before its verb ("и
            # делегация это предложение приняла"): the noun is the verb's object, the verb governs
            verb = next((c for c in window if not c.noun and c.start > cue.end), None)
            if verb is not None and verb.start - cue.end <= NOUN_OBJECT_GAP:
                cue = verb
        if cue.noun and self.tables.verb_second and evidence is not None and not any(not c.noun for c in before):
            # German: the participle or verb at the clause's end governs the nouns before it ("Russland hat den
            # Vorschlag einer Waffenruhe abgelehnt")
            final = [c for c in window if c.start > evidence and not c.noun and not c.speech]
            if final:
                return final[0]
        if cue.stance == "agree" and a is not None and self._noun_form(a, cue):
            # an agreement a demand verb asks for is its object: "we want an international agreement",
            # "man strebe ein Abkommen an", "wir brauchen die Unterstützung"
            wanted = [c for c in window if c.stance and not c.speech and not c.noun
                      and 0 <= cue.start - c.end <= NOUN_OBJECT_GAP]
            if wanted and wanted[-1].stance in ("demand", "reject"):
                return wanted[-1]  # and one a rejecting verb takes is rejected: "refused to sign the agreement"
        judging = [c for c in window if c is not cue and c.stance == "reject" and not c.noun and c.start < cue.start
                   and max(c.end, c.reach or 0) >= cue.end]
        if judging:
            # a stance word inside what a rejecting judgement spans is what the judge names, not the judge's stance:
            # "назвал сообщения о согласии Киева «фейком»", "nazwał doniesienia o zgodzie Kijowa fejkiem"
            cue = judging[0]
        if a is not None and self._insists_on_a_judgement(a, cue, window):
            # "insisted that any use of its reserves would amount to theft": insisting on what a measure is reports
            # a judgement of it, and the judgement is the stance
            return next(c for c in window if c.start > cue.end and c.stance == "reject" and not c.noun and not c.speech)
        # "пообіцяли оскаржувати ці рішення в судах", "vowed to challenge it in court": the step vowed is the verdict
        cue = self._vowed_verdict(a, cue, window) if a is not None else cue
        if cue.speech:
            # a reporting verb has no stance of its own; a rejection it reports has ("The Kremlin said ...
            # would be unacceptable", "заявил, что Украина никогда не признает")
            said = [c for c in window if c.start > cue.start and not c.speech and c.stance == "reject"]
            if said:
                return said[0]
            judged = [c for c in window if c.start > cue.start and not c.speech and c.stance == "agree"
                      and (ACCEPTABLE.search(c.word) or a is not None and self._opens_a_door(a, c))]
            if judged and a is not None and not any(c2 is judged[0] for _, c2 in a.pairs):
                # "Kyiv said a buffer zone might be acceptable", r34E "said the alliance's door remains open to
                # Ukraine": the speaker's own judgement
                return judged[0]
            # the measure named before the reporting verb, the agreement it reports takes it up as its object: "...,
            # a proposal Kyiv said it fully supports", "una idea que Kiev dijo apoyar"
            taken_up = [c for c in window if c.start > cue.start and not c.speech and not c.noun and c.stance == "agree"]
            if taken_up and evidence is not None and evidence < cue.start and a is not None \
                    and self._apposition_between(a, evidence, cue.start) and not any(c2 is taken_up[0] for _, c2 in a.pairs):
                return taken_up[0]
        return cue

    def _opens_a_door(self, a: Analysis, c: Cue) -> bool:
        """r34E: whether agree cue `c` is an idiom of openness with a `door_nouns` word in its own words ("the door
        remains open", "drzwi pozostają otwarte"): it has no subject of its own that holds it."""
        return names_a_door(self.tables.door_nouns, a.text[c.start:c.end])

    def _insists_on_a_judgement(self, a: Analysis, cue: Cue, window: list) -> bool:
        """Whether `cue` is a verb of insistence that opens a reported clause ("insisted that", "insistió en que")
        whose first stance is a rejection with no subject of its own between: the clause judges a measure."""
        if cue.stance != "demand" or cue.noun or not INSIST_VERB.match(cue.word):
            return False
        if not set(WORD_RE.findall(a.text[cue.end:].lower())[:2]) & self.tables.complementizers:
            return False
        later = [c for c in window if c.start > cue.end and c.stance and not c.noun and not c.speech]
        if not later or later[0].stance != "reject":
            return False
        return not any(cue.end <= m.start < later[0].start for m in a.mentions) \
            and not any(c is later[0] for _, c in a.pairs)

    def _vowed_verdict(self, a: Analysis, cue: Cue, window: list) -> Cue:
        """The reject cue a vow (`vow_verbs`) opens, at most VOW_GAP words on with no name, comma or other stance between
        ("пообіцяли оскаржувати ... в судах", "vowed to challenge the seizure in court", "prometió adoptar medidas
        espejo"): what the holder vows to do against a measure turns it down; else `cue`."""
        vows = self.tables.vow_verbs
        if vows is None or cue.stance != "demand" or cue.noun or search(vows, a.text[cue.start:cue.end]) is None:
            return cue
        later = [c for c in window if c.start >= cue.end and c.stance]
        if not later or later[0].stance != "reject" or later[0].noun:
            return cue
        gap = a.text[cue.end:later[0].start]
        if self.tables.verb_second:
            gap = gap.replace(",", "", 1)  # "versprach, die Beschlagnahme vor Gericht anzufechten": the zu-infinitive's comma
        if any(p in gap for p in ",;:") or len(WORD_RE.findall(gap)) > VOW_GAP \
                or any(cue.end <= m.start < later[0].start for m in a.mentions):
            return cue
        return later[0]

    @staticmethod
    def _comma_infinitive(a: Analysis, c: Cue) -> bool:
        """German: whether cue `c` lies in the content of an owned position noun, set off by commas and closed
        by a zu-infinitive ("den Vorschlag Moskaus, auf alle Reparationsforderungen zu verzichten, abgelehnt"):
        what the noun proposes, not the verb of the clause's subject."""
        opened, close = a.text.rfind(",", 0, c.start), a.text.find(",", c.end)
        if opened < 0 or close < 0:
            return False
        words = WORD_RE.findall(a.text[opened:close])
        if not words or not (GERMAN_ZU_INFINITIVE.fullmatch(words[-1]) or (len(words) > 1 and words[-2].lower() == "zu")):
            return False
        return any(q1 <= opened and len(WORD_RE.findall(a.text[q1:opened])) <= 3 for _, q1 in a.owned_nouns)

    def stance(self, a: Analysis, evidence: int | None) -> str:
        """Stance of the position on the label's evidence: the cue of its holder's verb, else the nearest cue."""
        paired = {id(c) for _, c in a.pairs}
        # a negated commitment is the stance of its own subject only, not of the sentence
        stanced = [c for c in a.cues if c.stance and (not c.refusal or id(c) in paired)]
        asked = self._asked_question_end(a)
        if asked is not None and (evidence is None or evidence > asked):
            # r37E: "Interpellato se Kiev accetterebbe ..., ha risposto che Kiev «non riconoscerà mai ...»": the verb
            # asked about is no one's stance; the answer's refusal is its subject's, unpaired as it may be
            stanced = [c for c in a.cues if c.stance and c.start > asked] or stanced
        if not stanced:
            return "demand"
        pairs = sorted(a.pairs, key=lambda p: p[1].start)
        if evidence is None:  # no evidence span: the first holder's verb governs
            evidence = pairs[0][1].start if pairs else stanced[0].start
        governing = [p for p in pairs if p[1].start <= evidence]
        if not governing and pairs:
            governing = [pairs[0]]
        if governing:
            verb = governing[-1][1]
            for c in stanced:
                if c.start >= verb.start and (c.start <= evidence or verb.start > evidence):
                    return c.stance
        before = [c for c in stanced if c.start <= evidence]
        if before:
            if len(before) > 1 and self._obliged_verb(a, before[-2], before[-1]):
                return before[-2].stance  # "Украина должна отказаться от ...": what another must do is demanded
            return self._asked_of_another(a, before).stance
        return stanced[0].stance

    def _asked_of_another(self, a: Analysis, before: list) -> Cue:
        """The cue that governs the evidence when no subject pairs with a verb (the holder found by the fallback, as
        "X together with Y demanded ..."): the last cue before the evidence, or the demand verb that puts that agree or
        reject verb to another party ("потребовал от Москвы согласиться на перемирие", "urged Moscow to accept the
        truce"), as for a subject's own verbs (_addressed_demand, _called_infinitive): what the addressee is asked to
        accept is the holder's demand. Not where a clause opens before the party named after the demand verb, a
        complementizer or a conditional ("sostengono che Berlino potrebbe accettare", "asked whether Moscow would
        accept"): the party is that clause's subject, the verb its own."""
        cue = self._called_infinitive(a, before, self._addressed_demand(a, before, before[-1]))
        if cue is before[-1]:
            return cue
        named = next((mm.start for mm in a.mentions if cue.end <= mm.start < before[-1].start), before[-1].start)
        words = {w.lower() for w in WORD_RE.findall(a.text[cue.end:named])}
        return before[-1] if words & (self.tables.complementizers | self.tables.conditionals) else cue

    def _obliged_verb(self, a: Analysis, must: Cue, verb: Cue) -> bool:
        """Whether `verb` is the infinitive right after an obligation cue (`obligation_cues`: "должна отказаться",
        "must give up"), at most one word between."""
        obligation = self.tables.obligation
        if obligation is None or not search(obligation, a.text[must.start:must.end + 12]):
            return False
        gap = a.text[must.end:verb.start]
        return len(WORD_RE.findall(gap)) <= 1 and not any(p in gap for p in ",;:")


def label_stance(positions: list[Position], evidence: int | None) -> str | None:
    """The stance of a label, from its positions: that of the position whose cue stands last before
    the evidence (the clause the evidence belongs to), else of the first position with a cue, else of
    the first position; None without positions."""
    cued = sorted((p for p in positions if p.cue_start is not None), key=lambda p: p.cue_start)
    before = [p for p in cued if evidence is not None and p.cue_start <= evidence]
    if before:
        return before[-1].stance
    if cued:
        return cued[0].stance
    return positions[0].stance if positions else None
