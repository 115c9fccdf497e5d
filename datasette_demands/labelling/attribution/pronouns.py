"""After the steps, pronouns: a sentence whose holder is named in the sentence before. A subject
pronoun ("They insist that ..."), a subject dropped in a pro-drop language, or the pronoun speaker
closing a quote; Classifier.antecedent_holder names the party and take_pronoun_holder() gives it the position."""

from __future__ import annotations

from ...rulebook.actors import CODES
from ..actor_tables import search
from .grammar import (CLOSING_CHARS, CLOSING_TAIL, DROPPED_PAST, LIGHT_VERBS, PRONOUN_OPENING, SUBJECT_GAP, TR_FINITE_VERB,
                      TR_PASSIVE_VERB, WORD_RE)
from ..normalise import normalise
from .model import Analysis, Cue, Position, PronounSubject
from .stances import label_stance


class Pronouns:
    """A holder named in the sentence before: a subject pronoun, a dropped subject, a closing speaker."""

    def pronoun_subject(self, text: str, norm: str, date: str | None = None) -> PronounSubject | None:
        """(analysis, cue) of a sentence that opens with a subject pronoun (grammar `subject_pronouns`,
        after at most a coordinator, or a short opening and a comma: "They insist that ...", "Il a réclamé ...", "Он потребовал ...") whose
        verb, at most SUBJECT_GAP words on, is a position cue; None otherwise. Its holder is the party the
        sentence before names (Classifier.antecedent_holder); take_pronoun_holder() gives it the position."""
        t = self.tables
        latter = self.opening_latter(norm)
        if latter is not None:
            return self._latter_subject(text, norm, date, latter)
        pronouns = t.subject_pronouns | t.first_person
        if not pronouns:
            return None
        toks = self._tokens(norm[:200])[0][:PRONOUN_OPENING + 3]  # the opening words only
        comma = next((k for k, tok in enumerate(toks) if tok[2] == ","), None)
        # the sentence's first words, or those after a short opening ("Specifically, they", "On Monday, he")
        for opening in (toks, toks[comma + 1:] if comma is not None and comma <= PRONOUN_OPENING else []):
            words = [tok for tok in opening if WORD_RE.match(tok[2])][:2]
            if len(words) > 1 and words[0][2] in t.clause_joiners:
                words = words[1:]
            if words and words[0][2] in pronouns:
                break
        else:
            return (self._closing_speaker(text, norm, date) or self._dropped_subject(text, norm, date, toks)
                    or self._possessive_owner(text, norm, date, toks) or self._tr_final_verb(text, norm, date))
        if t.impersonal is not None and search(t.impersonal, norm):
            return None
        a = self.analyse(norm, date, text=text)
        if words[0][2] in t.first_person and a.holders:
            return None  # "We want ...," Zelensky said: the quote names its speaker
        # the pronoun's verb, or a position noun its possessive owns ("He restated his demand for ...")
        after = sorted((c for c in a.cues if c.start >= words[0][1] and (not c.noun or self._possessed(toks, c))),
                       key=lambda c: c.start)
        if not after or any(words[0][1] <= m.start < after[0].start and not self._tr_owner_only(rules)
                            for m, rules in a.holder_mentions):
            return None
        cue = after[0]
        if len(WORD_RE.findall(norm[words[0][1]:cue.start])) > SUBJECT_GAP:
            return self._tr_final_verb(text, norm, date, a)  # "Onlar, ... ısrar ediyor": Turkish puts the verb last
        if not cue.stance and a.holders:  # "They say Russia demanded ...": the named party holds it
            return None
        return PronounSubject(a, cue, speaker_only=words[0][2] in t.first_person and not any(c.speech for c in a.cues))

    def opening_latter(self, norm: str) -> int | None:
        """Where a sentence that opens with a `latter` word ("The latter insisted ...", "Letzterer bestand ...",
        "Este último insistió ...") goes on after it; None when it opens otherwise."""
        if self.tables.latter is None:
            return None
        found = search(self.tables.latter, norm[:40])
        if found is None or norm[:found.start()].strip(" \"'«„“-–—").lower() not in ("", "and", "und", "y", "e"):
            return None
        return found.end()

    def _latter_subject(self, text: str, norm: str, date: str | None, at: int) -> PronounSubject | None:
        """(analysis, cue) of a sentence that opens with a `latter` word: the first stanced verb after it, as
        a pronoun's; its holder is the party the sentence before names last (last_named())."""
        a = self.analyse(norm, date, text=text)
        after = sorted((c for c in a.cues if c.start >= at and c.stance and not c.noun), key=lambda c: c.start)
        if not after or any(at <= m.start < after[0].start for m, _ in a.holder_mentions):
            return None
        return PronounSubject(a, after[0])

    def last_named(self, text: str, date: str | None = None) -> str | None:
        """The party a sentence names last (no adjective, no place after a `seats` word): what "the latter" of
        the sentence after it stands for."""
        norm = normalise(text)
        last = self._last_named(norm, self.tables, self._mentions(norm, self.tables, date)[0])
        return last.codes[0] if last is not None and len(last.codes) == 1 else None

    def _dropped_subject(self, text: str, norm: str, date: str | None, toks: list) -> PronounSubject | None:
        """(analysis, cue) of a sentence that opens, after at most a coordinator, with a stanced cue verb or a
        reporting verb in the third person past and no subject ("Zażądał mianowicie ...", "Потребовал также ...",
        "І закликав ...", "Podkreślił, że ..." where the sentence names no holder):
        a subject dropped in a pro-drop language is the party of the sentence before, as a pronoun's. None where
        a name follows the verb within two words (its subject after it: "Zażądała tego Rosja")."""
        past = DROPPED_PAST.get(self.tables.lang)
        first = self.tables.first_person_verbs
        words = [tok for tok in toks if WORD_RE.match(tok[2])][:3]
        if (past is None and first is None) or not words:
            return None
        while len(words) > 1 and words[0][2] in self.tables.clause_joiners | self.tables.openers:
            words = words[1:]  # "Y además exigió ...": a coordinator, an adverb before the verb
        verb = words[0]
        we = first is not None and search(first, verb[2]) is not None
        if not we and (past is None or not past.search(verb[2])):
            return None
        a = self.analyse(norm, date, text=text)
        cue = next((c for c in a.cues if c.start == verb[0] and (c.stance or c.speech) and not c.noun), None)
        if cue is None:
            return None
        after = self._words_between(*self._tokens(norm), cue.end, len(norm))
        if after and (after[0][2] == "," or after[0][2] in self.tables.complementizers):
            after = []  # "Podkreślił, że Ukraina ...": the name after the comma is the content's subject
        near = [w for w in after if WORD_RE.match(w[2])][:2]
        if near and any(cue.end <= m.start < near[-1][1] for m in a.mentions):
            return None
        if we and a.holders:
            return None  # "Żądamy, by Rosja ..." with a speaker named after the quote: the speaker's
        if not cue.stance:
            # a reporting verb ("Podkreślił, że ...", "Добавил, что ..."): the speaker holds what it reports, with
            # the sentence's stance, where the sentence names no holder of its own ("Dodał, że Rosja żąda ...")
            if a.holders:
                return None
            cue = Cue(cue.start, cue.end, None, cue.word, speech=True)
        return PronounSubject(a, cue)

    def _tr_final_verb(self, text: str, norm: str, date: str | None, a: Analysis | None = None
                       ) -> PronounSubject | None:
        """Turkish, verb-final: (analysis, cue) of a sentence that names no holder and closes with a finite stanced
        or reporting verb in the active ("Avrupa'dan ... kullanılmasını istedi.", "... mümkün olacağını söyledi.",
        "Onlar, ... ısrar ediyor."): its subject is dropped (or a pronoun) and is the party of the sentence before.
        Not a passive ("kabul edildi", "vurgulandı"), which drops no subject."""
        if self.tables.lang != "tr":
            return None
        a = a or self.analyse(norm, date, text=text)
        # a holder of its own: not the owner of a position noun ("O, Rusya'nın ateşkes önerisini ... söyledi")
        if any(not self._tr_owner_only(rules) for _, rules in a.holder_mentions) or not a.cues:
            return None
        cue = max(a.cues, key=lambda c: c.end)
        tail = WORD_RE.findall(norm[cue.end:])
        if cue.noun or not (cue.stance or cue.speech) or len(tail) > 1 or (tail and not tail[0].startswith(LIGHT_VERBS)):
            return None  # the cue closes the sentence, at most its light verb after it ("ısrar ediyor")
        verb = (tail or WORD_RE.findall(norm[cue.start:cue.end])[-1:] or [""])[0]
        if not TR_FINITE_VERB.search(verb) or TR_PASSIVE_VERB.search(verb):
            return None
        if cue.speech:
            # the speaker holds what it reports, with the stance of the reported verb ("kabul ettiklerini açıkladı")
            said = [c for c in a.cues if c.stance and not c.speech and not c.noun and c.end <= cue.start]
            return PronounSubject(a, Cue(cue.start, cue.end, said[-1].stance if said else None, cue.word, speech=True))
        return PronounSubject(a, cue)

    def _tr_owner_only(self, rules: set) -> bool:
        """Turkish: whether a holder of the sentence only owns a position noun ("Rusya'nın ateşkes önerisini"), so
        that the verb's subject is still to be found (dropped, or a pronoun far before the verb)."""
        return self.tables.lang == "tr" and rules <= {"owner"}

    def _possessed(self, toks: list, cue: Cue) -> bool:
        """Whether a position noun (a noun cue with a stance) stands right after a possessive pronoun
        (`possessive_pronouns`), at most one word between: "his demand", "their latest proposal", "sa proposition"."""
        before = [tok for tok in toks if tok[1] <= cue.start and WORD_RE.match(tok[2])][-2:]
        return bool(cue.noun and cue.stance and before) and (
            before[-1][2] in self.tables.possessive_pronouns
            or (len(before) > 1 and before[0][2] in self.tables.possessive_pronouns))

    def _possessive_owner(self, text: str, norm: str, date: str | None, toks: list) -> PronounSubject | None:
        """(analysis, cue) of a sentence that opens with a possessive and its position noun, after at most a
        coordinator ("His demand for ...", "Їхня вимога ..." where listed, "Su propuesta ..."), and names no
        holder: the possessive stands for the party of the sentence before, as a subject pronoun does."""
        t = self.tables
        words = [tok for tok in toks if WORD_RE.match(tok[2])][:3]
        if not t.possessive_pronouns or not words:
            return None
        if words[0][2] in t.clause_joiners:
            words = words[1:]
        if not words or words[0][2] not in t.possessive_pronouns:
            return None
        a = self.analyse(norm, date, text=text)
        if a.holders:
            return None
        cue = next((c for c in sorted(a.cues, key=lambda c: c.start)
                    if c.start > words[0][0] and self._possessed(self._tokens(norm[:c.end])[0], c)), None)
        if cue is None or len(WORD_RE.findall(norm[words[0][1]:cue.start])) > 1:
            return None
        return PronounSubject(a, cue)

    def _closing_speaker(self, text: str, norm: str, date: str | None) -> PronounSubject | None:
        """(analysis, cue) of a quote closed by a reporting verb whose subject is a pronoun or dropped
        ('"...", - сказав він.', '"..." – powiedział na konferencji.', '"...," he said.'): the speaker is the
        party of the sentence before, with the stance of the quoted words (their last stanced cue before the
        verb; None: the sentence's). None where the sentence names a holder (the quote's own subject)."""
        t = self.tables
        tail = norm[-CLOSING_CHARS:]  # asked of every labelled sentence: a quick look at its end first
        if t.speech is None or not any(q in tail for q in '",»”–—-') or search(t.speech, tail) is None:
            return None
        a = self.analyse(norm, date, text=text)
        if a.holders:
            return None
        speech = [c for c in a.cues if c.speech]
        if not speech:
            return None
        cue = speech[-1]
        toks, starts = self._tokens(norm)
        before = self._words_between(toks, starts, 0, cue.start)
        if before and before[-1][2] in t.subject_pronouns:
            before = before[:-1]  # "he said"
        if not before or before[-1][2] not in {",", '"', "»", "”", "“", "–", "—", "-"}:
            return None
        after = [w for w in self._words_between(toks, starts, cue.end, len(norm)) if WORD_RE.match(w[2])]
        if after and after[0][2] in t.subject_pronouns:
            after = after[1:]  # "сказав він"
        if len(after) > CLOSING_TAIL or any(m.start >= cue.end for m in a.mentions):
            return None
        said = [c for c in a.cues if c.stance and not c.speech and c.end <= before[-1][0]]
        return PronounSubject(a, Cue(cue.start, cue.end, said[-1].stance if said else None, cue.word, speech=True))

    def _reports_own_stance(self, a: Analysis, cue: Cue, kept: list, holder: str) -> bool:
        """Whether the pronoun's cue only reports ("Наголосив, що Україна ніколи не визнає ..."): a complementizer
        right after it, and the reported clause already gives the same party a stance of its own."""
        after = WORD_RE.findall(a.text[cue.end:cue.end + 12])
        return bool(after) and after[0].lower() in self.tables.complementizers and any(p.holder == holder for p in kept)

    def take_pronoun_holder(self, found: PronounSubject, labels, holder: str | None) -> None:
        """The pronoun's position on each label of its sentence (`found`: pronoun_subject()): `holder`
        (the party of the sentence before; None: unknown) with the stance of the pronoun's cue, named
        nowhere in this sentence (holder_start/holder_end None). A holder guessed without a cue, or
        given the pronoun's cue, is dropped: the pronoun is that verb's subject."""
        a, cue = found.analysis, found.cue
        owners = {code for m, rules in a.holder_mentions if self._tr_owner_only(rules) for code in m.codes}
        for label in labels:
            starts = [m.start for m in getattr(label, "matches", [])]
            evidence = min(starts) if starts else None
            # an owner of a position noun keeps its position ("O, Rusya'nın ateşkes önerisini ... söyledi": RU demand)
            kept = [p for p in label.positions if (p.cue_start is not None or p.holder in owners)
                    and (p.cue_start, p.cue_end) != (cue.start, cue.end)]
            stance = cue.stance or self.stance(a, evidence)
            # "He said Kyiv would never give up its territory", "Наголосив, що Україна ніколи не визнає ...": the
            # pronoun's reporting verb gives no second stance to a party the reported words already give one
            reports_its_own = (cue.speech and any(p.holder == holder for p in kept)) \
                or self._reports_own_stance(a, cue, kept, holder)
            if holder is not None and not reports_its_own and not any(p.holder == holder and p.stance == stance for p in kept):
                kept.append(Position(holder, stance, cue.start, cue.end))
            label.positions = kept
            label.actors = sorted({p.holder for p in kept}, key=CODES.index)
            label.stance = label_stance(kept, evidence) or self.stance(a, evidence)
