"""Who holds a position: holders, stance and cited source of a labelled sentence.

rules/actors.yml names the parties (RU, UA, US, EU, TR, OTHER) in nine languages and lists the
small words that tell a holder from a mere mention. A name in a sentence is a *mention*; it is
a *holder* when the sentence gives it the position:

- the subject of a cue verb: "Moscow demands", "la delegazione russa ha chiesto", "Rusya, ... talep ediyor";
- the possessor or adjective of a position noun: "Ukraine's proposal", "la proposta ucraina", "планы Евросоюза";
- the agent of a cue participle: "requested by Kyiv", "propuesta por Kiev", "Kiev tarafından önerilen";
- the speaker of a reporting clause: ", said Ukrainian president Zelensky", ", заявил глава МИД Украины";
- the one something is (un)acceptable for: "unacceptable for Kyiv", "для Москвы неприемлемо";
- the owner of a framing document: "Under Moscow's draft memorandum, ...", "Secondo il piano americano, ...".

A name governed by a preposition ("to Ukraine", "all'Ucraina"), the object of a cue verb ("urged the
Kremlin"), or inside the content of another party's position ("demands that Ukraine ...") is not a
holder. Reported-speech sources ("according to Bloomberg") are kept apart as `cited_source` (cited.py).
Everything here is a pure function of the sentence and the rulebook.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from ..rulebook.actors import CODES, ActorBook
from .actor_tables import LangTables, Screen, finditer, office_code, search, tables_for
from .cited import find_cited_sources
from .normalise import normalise

STANCE_PRIORITY = {"reject": 3, "agree": 2, "demand": 1}
# How far (in characters) the verb asked of an addressee may stand after the demand ("urged the Kremlin to accept").
ADDRESSEE_GAP = 40
# How many words may stand between a subject and its verb ("Russia has so far refused").
SUBJECT_GAP = 4
# ... and how many when the subject opens its clause and a phrase stands between ("la Russia durante i colloqui ha respinto")
SUBJECT_FAR = 8
ASKED_TO = {"to", "a", "ad", "à", "de", "d", "di", "zu"}  # "urged delegates to agree", "esortato le parti ad accettare"
INFINITIVE_MARKERS = {"para", "per", "pour", "um"}  # besides the prepositions: "para acordar", "pour accepter"
# How far (in characters) a position noun may stand after the verb whose object it is ("rejected Ukraine's
# proposal", "voiced concern about the plan").
NOUN_OBJECT_GAP = 45
TOKEN_RE = regex.compile(r"\w+'?|[^\w\s]", regex.UNICODE)
CLOSING_QUOTE_RE = regex.compile(r'["”»“]')  # where a quoted content ends
WORD_RE = regex.compile(r"\w+")  # compiled once: regex.match(pattern, ...) looks its cache up on every call
TR_GENITIVE = regex.compile(r"'(?:n?[ıiuü]n)$", regex.IGNORECASE)
# the verb of a nominalised complement clause, in the accusative: "önerdiğini", "katılmayacağını" (not the
# relative "yol açtığı savaş")
TR_COMPLEMENT = regex.compile(r"(?:[dt][ıiuü]ğ|[ae]c[ae]ğ)[ıiuü]n[ıiuü]$", regex.IGNORECASE)
TR_OWN_VERBAL_NOUN = regex.compile(r"\w{2}m[ae]s[ıi](?:n[ıi]|n[ae]|nd[ae]n)?$", regex.IGNORECASE)  # "etmesi": its own subject
TR_TOO = {"da", "de"}  # "Rusya da ...": the particle after a subject at the head of its verb-final clause
TR_NEGATED = regex.compile(r"m[ae](?:y[ae]c[ae]ğ|d[ıi]ğ)", regex.IGNORECASE)  # "imzalamayacağını", "etmediğini"
TR_PARTICIPLE = regex.compile(r"(?:d|t)[ıiuü]ğ", regex.IGNORECASE)
# a Turkish verbal noun, the content of the verb after it: "çekilmesini (talep etti)", "vazgeçmeyi"
TR_VERBAL_NOUN = regex.compile(r"^\w*m[ae](?:s[ıi](?:n[ıi]|n[ae]|nd[ae]n)?|y[ıi]|k)$", regex.IGNORECASE)
# a subject pronoun may follow an opening of at most this many tokens and a comma ("Specifically, they ...")
PRONOUN_OPENING = 3
CLOSING_CHARS = 120  # the end of a sentence where such a verb is looked for
CLOSING_TAIL = 6  # words after the reporting verb that closes a quote ("– powiedział na konferencji prasowej w Stambule")
OBLIGATION_AHEAD = 30  # characters after an obligation cue its pattern may look at ("має (повністю) припинити")
ONLY_IF_GAP = 60  # characters between an agree cue and the condition that restricts it ("only if")
ROLE_GAP = 4  # words between a role ("guarantors", "als Schutzstaaten") and the list of parties that fill it
# Turkish: characters between the agree cue and the exchange word after it ("kabul etmeleri karşılığında")
EXCHANGE_GAP = 12
OWNED_NEAR = 60  # characters between an owner and the position noun it owns, at most
TR_OWNED_GAP = 5  # Turkish: modifiers between a genitive owner and its position noun ("30 günlük koşulsuz ateşkes")
TR_POSSESSED = regex.compile(r"s?[ıiuü](?:n[ıiuü]|n[ae]|nd[ae]n|nd[ae]|n[ıiuü]n)?$", regex.IGNORECASE)
TR_NOUN_GENITIVE = regex.compile(r"n[ıiuü]n$", regex.IGNORECASE)
TR_POSSESSIVE_GENITIVE = regex.compile(r"[ıiuü]n[ıiuü]n$")  # "askerlerinin", "ordusunun": possessive + genitive
# a gerund or adverbial participle ("dismissing", "respingendo", "rechazando", "rejetant", "відкинувши", "odrzucając")
GERUNDS = {lang: regex.compile(p) for lang, p in {
    "en": r"\w{3}ing$", "it": r"\w{2}(?:ando|endo)$", "es": r"\w{2}(?:ando|iendo)$", "fr": r"\w{3}ant$",
    "ru": r"\w{3}(?:вшись|вши|в)$", "uk": r"\w{3}(?:вшись|вши)$", "pl": r"\w{3}ąc$"}.items()}
# the third person past of a verb whose subject a pro-drop language leaves out ("zażądał", "потребовала", "закликали")
DROPPED_PAST = {lang: regex.compile(p) for lang, p in {
    "pl": r"\w{3}(?:ł|ła|li|ły|ło)$", "ru": r"\w{3}(?:л|ла|ли|ло)(?:ся|сь)?$",
    "uk": r"\w{3}(?:в|ла|ли|ло)(?:ся|сь)?$"}.items()}
HYPHENS = ("-", "‑", "‐")
QUOTES = {"'", '"', "‘", "’", "“", "”", "«", "»"}




@dataclass
class Mention:
    start: int
    end: int
    codes: tuple
    kind: str  # name | party | collective | adjective
    subject_only: bool = False
    case: str | None = None  # Turkish: None (bare), "gen", "obl"


@dataclass
class Cue:
    start: int
    end: int
    stance: str | None  # None for a reporting verb without a stance
    word: str = ""  # its first word, lowercased
    speech: bool = False  # a reporting verb ("said"), whatever stance it also carries
    refusal: bool = False  # only a negated commitment ("will never recognise"): the stance of its own subject
    opens: bool = False  # it opens a coordinated clause: ", rejecting", "but rejected", "ma ha respinto"
    noun: bool = False  # it is a position noun ("proposal", "teklifini"), no verb
    agentive: bool = False  # an agent marker follows it ("backed by", "proposé par"): its agent's verb, no subject's


@dataclass
class Analysis:
    holders: set = field(default_factory=set)
    holder_mentions: list = field(default_factory=list)  # (Mention, rules that made it a holder)
    owned_nouns: list = field(default_factory=list)  # spans of the position nouns holders own
    pairs: list = field(default_factory=list)  # (Mention, Cue): subjects and their verbs
    cues: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    cited_source: str | None = None
    cited_sources: list = field(default_factory=list)  # every cited source, in order (cited.py)
    cited_outlet: str | None = None
    frame: bool = False
    content: list = field(default_factory=list)  # names inside the content of a position ("demanded that Ukraine ...")
    comp_from: int | None = None  # where the content of a position starts ("demands that ...")
    mediations: list = field(default_factory=list)  # spans of offers to host talks ("ready to host talks")
    relative_cues: dict = field(default_factory=dict)  # start of a perspective holder -> its relative clause's verb
    conditions: list = field(default_factory=list)  # spans of conditions ("if it obtains guarantees", "in exchange for")
    text: str = ""  # the normalised sentence


@dataclass
class Position:
    """One holder's stance on a label's issue, with the cue that gives it and where the holder is named
    (offsets into the sentence; None where there is no cue, or the holder is named in the lead)."""
    holder: str
    stance: str
    cue_start: int | None = None
    cue_end: int | None = None
    holder_start: int | None = None
    holder_end: int | None = None

    def __reduce__(self):
        return (Position, (self.holder, self.stance, self.cue_start, self.cue_end, self.holder_start, self.holder_end))


@dataclass
class _Sentence:
    """What analyse() has found so far in one sentence: each step reads the earlier steps' findings."""
    norm: str
    text: str
    t: LangTables
    rx: dict  # scan key -> the regex to run (None: skip), from the Screen
    toks: list = field(default_factory=list)  # (start, end, lowercased token)
    starts: list = field(default_factory=list)  # token starts, for bisect
    mentions: list = field(default_factory=list)
    party: list = field(default_factory=list)  # spans of party nouns ("delegation")
    position: list = field(default_factory=list)  # spans of position nouns ("proposal")
    owners: list = field(default_factory=list)  # (adjective mention, position noun span)
    cues: list = field(default_factory=list)
    verb_spans: list = field(default_factory=list)
    sources: list = field(default_factory=list)  # (start, end, phrase, strip patterns)
    source_mentions: list = field(default_factory=list)  # parties quoted as sources ("according to Peskov")
    in_source: set = field(default_factory=set)
    free: list = field(default_factory=list)  # mentions that may hold a position
    comp_from: int | None = None  # where the content of a position starts
    owned_nouns: list = field(default_factory=list)  # spans of position nouns with an owner ("Ukraine's call")
    apart: list = field(default_factory=list)  # spans saying the parties are far from an agreement
    obliged: set = field(default_factory=set)  # ids of the subjects of an obligation ("Kyiv must withdraw") or a condition

    comp_to: int | None = None  # where a quoted content ends: the closing quote ('"We insist that ...," X told')

    def in_complement(self, m) -> bool:
        return self.comp_from is not None and m.start >= self.comp_from and (self.comp_to is None or m.start < self.comp_to)


class Attributor:
    """Sets `actors`, `stance` and `cited_source` on the labels of sentences of one language.

    Built by compile_language() with everything it reads compiled: the language's actor tables,
    its stance cues and, unless screening is off, the Screen that skips scans which find nothing.
    """

    def __init__(self, tables: LangTables, cues: dict, screen: Screen | None):
        self.tables = tables
        self.cues = cues  # stance -> compiled alternation of the language's cue words
        self.screen = screen  # None: run every scan whole (the tests compare both ways)

    def screened(self, norm: str) -> tuple[dict, tuple]:
        """What the prefilters say of a sentence: the scans' regexes, and the name entries that may occur."""
        regexes = self.screen.regexes(norm) if self.screen is not None else {}
        return regexes, self.tables.name_candidates(norm)

    def attribute(self, text: str, norm: str, labels, date: str | None = None, screened: tuple | None = None,
                  lead: tuple[str, str] | None = None) -> None:
        """Positions (each holder with its own stance), holders, stance and cited source on each label.

        `lead`: (text, normalised text) of the sentence that introduces this one. When this sentence
        names no holder, the lead's holders stand for it, with the lead's stance unless the sentence
        has a stance cue of its own: the list items under "Russia's memorandum demands:", the quote
        after "Zelensky said:". A label's `actors` are the holders of its positions and its `stance`
        the stance of the position whose cue governs the label's evidence (label_stance()).
        """
        if not labels:
            return
        a = self.analyse(norm, date, text=text, screened=screened)
        lead_analysis = None
        if not a.holders and lead is not None:
            lead_analysis = self.analyse(lead[1], date, text=lead[0])
            if not lead_analysis.holders:
                lead_analysis = None
        for label in labels:
            starts = [m.start for m in getattr(label, "matches", [])]
            evidence = min(starts) if starts else None
            if lead_analysis is not None:
                own = any(c.stance for c in a.cues)
                stance = self.stance(a, evidence) if own else self.stance(lead_analysis, None)
                label.positions = [Position(code, stance) for code in sorted(lead_analysis.holders, key=CODES.index)]
            else:
                label.positions = self.positions(a, evidence, starts)
            label.actors = sorted({p.holder for p in label.positions}, key=CODES.index)
            label.stance = label_stance(label.positions, evidence) or self.stance(a, evidence)
            label.cited_source = a.cited_source
            label.cited_outlet = a.cited_outlet

    def pronoun_subject(self, text: str, norm: str, date: str | None = None) -> tuple[Analysis, Cue] | None:
        """(analysis, cue) of a sentence that opens with a subject pronoun (grammar `subject_pronouns`,
        after at most a coordinator, or a short opening and a comma: "They insist that ...", "Il a réclamé ...", "Он потребовал ...") whose
        verb, at most SUBJECT_GAP words on, is a position cue; None otherwise. Its holder is the party the
        sentence before names (Classifier.antecedent_holder); take_pronoun_holder() gives it the position."""
        t = self.tables
        if not t.subject_pronouns:
            return None
        toks = self._tokens(norm[:200])[0][:PRONOUN_OPENING + 3]  # the opening words only
        comma = next((k for k, tok in enumerate(toks) if tok[2] == ","), None)
        # the sentence's first words, or those after a short opening ("Specifically, they", "On Monday, he")
        for opening in (toks, toks[comma + 1:] if comma is not None and comma <= PRONOUN_OPENING else []):
            words = [tok for tok in opening if WORD_RE.match(tok[2])][:2]
            if len(words) > 1 and words[0][2] in t.coordinators | t.contrastives:
                words = words[1:]
            if words and words[0][2] in t.subject_pronouns:
                break
        else:
            return self._closing_speaker(text, norm, date) or self._dropped_subject(text, norm, date, toks)
        if t.impersonal is not None and search(t.impersonal, norm):
            return None
        a = self.analyse(norm, date, text=text)
        after = sorted((c for c in a.cues if c.start >= words[0][1] and not c.noun), key=lambda c: c.start)
        if not after or any(words[0][1] <= m.start < after[0].start for m, _ in a.holder_mentions):
            return None
        cue = after[0]
        if len(WORD_RE.findall(norm[words[0][1]:cue.start])) > SUBJECT_GAP:
            return None
        if not cue.stance and a.holders:  # "They say Russia demanded ...": the named party holds it
            return None
        return a, cue

    def _dropped_subject(self, text: str, norm: str, date: str | None, toks: list) -> tuple[Analysis, Cue] | None:
        """(analysis, cue) of a sentence that opens, after at most a coordinator, with a stanced cue verb in the
        third person past and no subject ("Zażądał mianowicie ...", "Потребовал также ...", "І закликав ..."):
        a subject dropped in a pro-drop language is the party of the sentence before, as a pronoun's. None where
        a name follows the verb within two words (its subject after it: "Zażądała tego Rosja")."""
        past = DROPPED_PAST.get(self.tables.lang)
        words = [tok for tok in toks if WORD_RE.match(tok[2])][:2]
        if past is None or not words:
            return None
        if len(words) > 1 and words[0][2] in self.tables.coordinators | self.tables.contrastives:
            words = words[1:]
        verb = words[0]
        if not past.search(verb[2]):
            return None
        a = self.analyse(norm, date, text=text)
        cue = next((c for c in a.cues if c.start == verb[0] and c.stance and not c.noun), None)
        if cue is None:
            return None
        near = [w for w in self._words_between(*self._tokens(norm), cue.end, len(norm)) if WORD_RE.match(w[2])][:2]
        if near and any(cue.end <= m.start < near[-1][1] for m in a.mentions):
            return None
        return a, cue

    def _closing_speaker(self, text: str, norm: str, date: str | None) -> tuple[Analysis, Cue] | None:
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
        return a, Cue(cue.start, cue.end, said[-1].stance if said else None, cue.word, speech=True)

    def take_pronoun_holder(self, found: tuple[Analysis, Cue], labels, holder: str | None) -> None:
        """The pronoun's position on each label of its sentence (`found`: pronoun_subject()): `holder`
        (the party of the sentence before; None: unknown) with the stance of the pronoun's cue, named
        nowhere in this sentence (holder_start/holder_end None). A holder guessed without a cue, or
        given the pronoun's cue, is dropped: the pronoun is that verb's subject."""
        a, cue = found
        for label in labels:
            starts = [m.start for m in getattr(label, "matches", [])]
            evidence = min(starts) if starts else None
            kept = [p for p in label.positions if p.cue_start is not None and (p.cue_start, p.cue_end) != (cue.start, cue.end)]
            stance = cue.stance or self.stance(a, evidence)
            if holder is not None and not any(p.holder == holder and p.stance == stance for p in kept):
                kept.append(Position(holder, stance, cue.start, cue.end))
            label.positions = kept
            label.actors = sorted({p.holder for p in kept}, key=CODES.index)
            label.stance = label_stance(kept, evidence) or self.stance(a, evidence)

    def positions(self, a: Analysis, evidence: int | None, evidences: list | None = None) -> list[Position]:
        """Each holder of the sentence with its own stance on the issue whose evidence starts at `evidence`:
        "Russia rejected Ukraine's call for a ceasefire" gives UA demand (the owner of a call) and RU
        reject (the subject of a rejecting verb). `evidences`: the starts of all the label's evidence; a
        holder with two coordinated verbs, each over some of it, holds both stances ("accepted the truce
        on energy strikes but rejected a full ceasefire")."""
        out, seen, reported = [], set(), []
        for m, rules in sorted(a.holder_mentions, key=lambda mr: mr[0].start):
            if self._past_owned_noun(a, m, rules, evidence) or self._mediates(a, m) or self._backs_a_demand(a, m, rules):
                continue
            coordinated = self._coordinated_stances(a, m, evidences)
            found = coordinated or [self._holder_stance(a, m, rules, evidence)]
            found = self._only_on_condition(a, found) + self._conditions_of(a, m, found)
            given = self._given_in_exchange(a, m, found, evidences)
            if given:  # the cues of an exchange replace the stance of a reporting verb
                found = [f for f in found if f[1] is not None and not f[1].speech] + given
            conditions = [f for f in found if f[1] is not None and any(f[1].start == q0 for q0, _ in a.conditions)]
            if conditions and self._restricted(a, found, conditions[0][1]):
                # "would agree to a truce only if ...", "solo aceptaría ... si ...": the condition, no agreement
                found = [(st, c) for st, c in found if st != "agree"]
            for stance, cue in found:
                for code in m.codes:
                    if (code, stance) not in seen:
                        seen.add((code, stance))
                        out.append(Position(code, stance, cue.start if cue else None, cue.end if cue else None,
                                            m.start, m.end))
                        # what a reporting verb says beside a coordinated verb is the holder's own ("said Russia
                        # must pay, dismissing ...")
                        reported.append((cue is None or cue.speech) and not coordinated)
        # a party's reporting verb, or a mention of it with no cue, gives no second stance beside one a cue
        # gives it: "Zelensky announced that Ukraine would support the proposal" is UA agree only
        own = {p.holder for p, r in zip(out, reported) if not r}
        return [p for p, r in zip(out, reported) if not (r and p.holder in own)]

    @staticmethod
    def _past_owned_noun(a: Analysis, m: Mention, rules: set, evidence: int | None) -> bool:
        """Whether `m` only owns a position noun ("Ukraine's proposal for a ceasefire") and the evidence lies
        past another stanced cue after it ("..., instead tabling demands such as a withdrawal"): the owner's
        demand is what its noun names, not what the sentence goes on to say."""
        if evidence is None or "owner" not in rules or rules & {"speaker", "subject"}:
            return False
        # a plan's owner holds all it lists ("the EU's plan provides for a truce and guarantees"); only
        # where a subject of its own takes the position further on
        if not any(r & {"subject"} and not set(mm.codes) & set(m.codes) for mm, r in a.holder_mentions):
            return False
        return any(m.end <= c.start and c.end <= evidence and c.stance and not c.speech
                   and not any(q0 <= c.start < q1 for q0, q1 in a.owned_nouns)
                   and not Attributor._in_noun_content(a, c) for c in a.cues)

    @staticmethod
    def _in_noun_content(a: Analysis, c: Cue) -> bool:
        """Whether cue `c` follows an owned position noun with one small word between ("the United States'
        proposal to agree to a truce", "la proposta di accettare"): what the noun proposes, no verb of the
        sentence."""
        return any(0 < c.start - q1 <= 5 and " " not in a.text[q1:c.start].strip() and a.text[q1:c.start].strip().isalpha()
                   for _, q1 in a.owned_nouns)

    @staticmethod
    def _backs_a_demand(a: Analysis, m: Mention, rules: set) -> bool:
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
        return any(not set(mm.codes) & set(m.codes) and c.start <= prior[-1].start for mm, c in a.pairs)

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
            if q0 < agreed[0].end and not before:
                continue
            others = any(q0 <= mm.start < q1 and mm.kind != "adjective" and not set(mm.codes) & set(m.codes)
                         for mm in a.mentions)
            # "only if the West stops its deliveries": what another party must do is still the holder's demand
            others = others and not self._restricted(a, found, Cue(q0, q1, "demand"))
            # an agreement the holder obtains is no agreement of another ("if it obtains an international agreement")
            if not others and not any(q0 <= c.start < q1 and c.stance == "agree" and not self._noun_form(a, c)
                                      for c in a.cues):
                return [("demand", Cue(q0, q1, "demand"))]
        return []

    def _only_on_condition(self, a: Analysis, found: list) -> list:
        """An agreement restricted to a condition is a demand: "would agree to a truce only if Kyiv withdraws",
        "согласится на перемирие, только если ...", "zgodzi się na rozejm tylko pod warunkiem, że ...". The
        agree cue's next stanced cue, within ONLY_IF_GAP characters and no clause break but a comma, is a demand
        cue that holds a `conditionals` word ("only if", "только если") or is followed by a complementizer
        or a conditional ("pod warunkiem, że", "при условии, что")."""
        out = []
        for st, c in found:
            nxt = None
            if st == "agree" and c is not None and not c.noun:
                nxt = next((d for d in a.cues if d.start >= c.end and d.stance), None)
            if nxt is not None and nxt.stance == "demand" and not nxt.speech and nxt.start - c.end <= ONLY_IF_GAP \
                    and not any(ch in a.text[c.end:nxt.start] for ch in ";:.") and self._restricts(a, nxt):
                out.append(("demand", nxt))
            else:
                out.append((st, c))
        return out

    def _restricts(self, a: Analysis, cue: Cue) -> bool:
        """Whether a demand cue is a condition: a `conditionals` word in it, or right after it."""
        t = self.tables
        words = [w.lower() for w in WORD_RE.findall(a.text[cue.start:cue.end])]
        following = WORD_RE.findall(a.text[cue.end:cue.end + 20])[:1]
        return any(w in t.conditionals for w in words) or any(
            w.lower() in t.conditionals | t.complementizers for w in following)

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
        only = self.tables.restrictives
        if not only:
            return False
        for st, c in found:
            if st == "agree" and c is not None:
                words = WORD_RE.findall(a.text[max(0, c.start - 30):c.end])
                if any(w.lower() in only for w in words[-(len(WORD_RE.findall(a.text[c.start:c.end])) + 2):]):
                    return True
        before = WORD_RE.findall(a.text[max(0, condition.start - 20):condition.start])
        return bool(before) and before[-1].lower() in only

    def _noun_form(self, a: Analysis, c: Cue) -> bool:
        """Whether cue `c` is a noun: a position noun, or a cue with an article or a possessive among the
        two words before it ("an international agreement", "ein internationales Abkommen", "la sua approvazione")."""
        if c.noun:
            return True
        before = [w.lower() for w in WORD_RE.findall(a.text[max(0, c.start - 40):c.start])][-2:]
        return any(w in self.tables.determiners for w in before)

    def _mediates(self, a: Analysis, m: Mention) -> bool:
        """Whether a subject's clause only offers to host or organise talks ("Turkey said it is ready to host
        further talks"): a mediator, who takes no position on what the parties talk about."""
        if not a.mediations:
            return False
        verb, window = self._holder_window(a, m)
        if verb is None:
            return False
        inside = [c for c in window if any(q0 < c.end and c.start < q1 for q0, q1 in a.mediations)]
        return bool(inside) and all(c.speech or c in inside for c in window)

    def _coordinated_stances(self, a: Analysis, m: Mention, evidences: list | None) -> list:
        """[(stance, cue)] of a subject whose clause goes on in coordinated verbs (", but rejected", "ma ha
        respinto", ", excluant", "и настаивает") when the label's evidence lies under two of them with
        different stances; [] otherwise (the holder then has the one stance of _holder_stance)."""
        if not evidences:
            return []
        verb, window = self._holder_window(a, m)
        if verb is None:
            return []
        segments: list[list[Cue]] = []
        # no second stance inside another party's content ("asked that Ukraine renounce ... and accept ...")
        content = float("inf")
        if a.comp_from is not None and a.comp_from > m.start and any(
                mm.start >= a.comp_from and not set(mm.codes) & set(m.codes) for mm in a.mentions):
            content = a.comp_from
        for c in window:
            # a reporting verb coordinated with the holder's verb reports the holder's own next position: "rejected
            # the truce and said it would only accept ...", "rechazó la tregua y aseguró que ..."
            said = c.speech and c.opens and self._after_coordinator(a, c)
            if not segments or (c.opens and (not c.speech or said) and c.start < content):
                segments.append([c])
            else:
                segments[-1].append(c)
        if len(segments) < 2:
            return []
        found = []
        for k, seg in enumerate(segments):
            lo = seg[0].start if k else float("-inf")
            hi = segments[k + 1][0].start if k + 1 < len(segments) else float("inf")
            under = sorted(e for e in evidences if lo <= e < hi)
            if under:
                cue = self._governing_cue(seg, under[0], a)
                found.append((cue.stance, cue))
        return found if len({st for st, _ in found}) > 1 else []

    def _after_coordinator(self, a: Analysis, c: Cue) -> bool:
        """Whether cue `c` stands right after a coordinator ("and said", "y aseguró", "e ha detto")."""
        before = WORD_RE.findall(a.text[max(0, c.start - 20):c.start])
        return bool(before) and before[-1].lower() in self.tables.coordinators and not a.text[:c.start].rstrip().endswith(",")

    def _holder_window(self, a: Analysis, m: Mention):
        """(first verb, stanced cues of its clause) of a subject; (None, []) for a holder that is no subject.
        The clause ends where another subject's verb begins; another party's nominal demand in it ("rejected
        Ukraine's call") is that party's position, and the content's own verb ("demanded that Ukraine
        renounce") is not this holder's stance."""
        verbs = [c for mm, c in a.pairs if mm is m]
        if not verbs:
            return None, []
        verb = verbs[0]
        later = [c.start for mm, c in a.pairs if c.start > verb.start and mm.start != m.start]
        end = min(later) if later else float("inf")
        # "both sides" in the content ("добивается, чтобы стороны отказались") is no clause of the holder's own
        content = [mm.start for mm in a.content if mm.start > verb.start
                   and (mm.kind == "collective" or not set(mm.codes) & set(m.codes))]
        clause_end, end = end, min([end] + content)
        # after the content, a gerund after a comma goes on with the holder's own clause: "said Russia must pay,
        # dismissing Moscow's demand", "ha detto che la Russia deve pagare, respingendo ..."
        gerund = GERUNDS.get(self.tables.lang)
        resume = next((c.start for c in a.cues if end < c.start < clause_end and c.opens and c.stance
                       and not c.speech and gerund is not None and gerund.search(c.word)
                       and not any(cc is c for _, cc in a.pairs)), clause_end)
        return verb, [c for c in a.cues if c.stance and (verb.start <= c.start < end or resume <= c.start < clause_end)
                      and not c.agentive and not any(q0 < c.end and c.start < q1 for q0, q1 in a.owned_nouns)]

    def _holder_stance(self, a: Analysis, m: Mention, rules: set, evidence: int | None):
        """(stance, cue) of one holder: a subject's own verbs up to the next subject's, the cue before an
        agent ("proposed by Kyiv"), a nominal demand for an owner; else the sentence's stance."""
        stanced = [c for c in a.cues if c.stance]
        if "parties" in rules:
            # the parties of an agreement between them agree to what it provides for: "the agreement between
            # Moscow and Kyiv provided for ...", "соглашение между Москвой и Киевом предусматривало ..."
            agreed = next((c for mm, c in a.pairs if mm is m and c.stance == "agree"), None)
            if agreed is not None:
                return "agree", agreed
        verb, window = self._holder_window(a, m)
        if verb is not None:
            if window and all(c.speech for c in window):
                # a reporting verb only ('"A truce now is unacceptable," Peskov said'): the reported words' stance
                window = [c for c in stanced if not c.speech and not c.agentive and c.end <= m.start] or window
            if window:
                cue = self._addressed_demand(a, window, self._governing_cue(window, evidence, a))
                if cue.speech and self.tables.lang == "tr":
                    # verb-final: the rejection reported stands before the reporting verb ("Ukrayna'nın
                    # Kırım'ı asla tanımayacağını söyledi")
                    said = [c for c in stanced if m.end <= c.start < verb.start and not c.speech
                            and (evidence is None or c.start > evidence)]
                    if said and said[0].stance == "reject":
                        cue = said[0]
                    elif said and said[-1].stance == "agree" and self._tr_reported_verb(a, said[-1], verb):
                        cue = said[-1]  # the reported clause's own verb: "kabul ettiğini", "hazır olduğunu açıkladı"
                return cue.stance, cue
            return self.stance(a, evidence), verb
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
        if "partner" in rules:
            before = [c for c in stanced if c.start < m.start and c.stance == "agree"]
            if before:
                return "agree", before[-1]
        if "agent" in rules:
            # a participle right after its agent: "einem von den USA vorgeschlagenen Waffenstillstand"
            right = [c for c in stanced if 0 <= c.start - m.end <= 1]
            if right and not right[0].noun and right[0].agentive:  # not the clause's verb: "accepted by Kyiv provides"
                return right[0].stance, right[0]
            before = [c for c in stanced if c.start < m.start]
            if before:
                return before[-1].stance, before[-1]
        if rules & {"owner"} and not rules & {"speaker", "subject"}:
            return self._owned_stance(a, m)
        if "speaker" in rules and not a.pairs:
            # '"We insist on an agreement signed by all guarantors," said X': the quote's own verbs, not a
            # participle's agent nor the agreement a demand asks for
            said = [c for c in stanced if not c.speech and not c.agentive and not c.refusal and c.end <= m.start]
            if said and any(c.agentive or (c.stance == "agree" and self._noun_form(a, c))
                            for c in stanced if c.end <= m.start):
                cue = self._governing_cue(said, evidence, a)
                return cue.stance, cue
        return self.stance(a, evidence), None

    @staticmethod
    def _tr_reported_verb(a: Analysis, cue: Cue, verb: Cue) -> bool:
        """Turkish: whether an agree cue is the verb of the clause a reporting verb reports, at most one word
        (its auxiliary, "ettiğini", "olduğunu") before it, and that word not negated ("imzalamayacağını")."""
        between = WORD_RE.findall(a.text[cue.end:verb.start])
        return len(between) <= 1 and not any(TR_NEGATED.search(w) for w in between)

    @staticmethod
    def _addressed_demand(a: Analysis, window: list, cue: Cue) -> Cue:
        """The demand verb that puts `cue` to another party ("urged the Kremlin to accept the truce",
        "ha esortato Mosca ad accettare"): what the addressee is asked to accept or reject is the content
        of the holder's demand, not the holder's own agreement or rejection."""
        if cue.stance not in ("agree", "reject") or cue.noun or cue.refusal:
            return cue
        for d in reversed([c for c in window if c.end <= cue.start]):
            if d.stance == "demand" and not d.speech and not d.noun:
                if cue.start - d.end <= ADDRESSEE_GAP and (any(
                        d.end <= mm.start and mm.end <= cue.start for mm in a.mentions) or Attributor._asked_to(a, d, cue)):
                    return d
                return cue
        return cue

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

    @staticmethod
    def _owned_stance(a: Analysis, m: Mention):
        """(stance, cue) of the owner of a position noun: a demand ("Ukraine's call"), or a rejection or an
        agreement where the noun itself rejects or agrees ("sprzeciw Rosji", "Belçika'nın itirazı", "akceptacja
        Kijowa", "Kyiv's consent")."""
        near = [q for q in a.owned_nouns if 0 <= q[0] - m.end <= OWNED_NEAR or 0 <= m.start - q[1] <= OWNED_NEAR]
        if near:
            q = min(near, key=lambda q: min(abs(q[0] - m.end), abs(m.start - q[1])))
            for c in a.cues:
                if c.stance in ("reject", "agree") and not c.refusal and c.start < q[1] and q[0] < c.end:
                    return c.stance, c  # "akceptację strony ukraińskiej", "Kyiv's consent": the owner agrees
        return "demand", None

    def _governing_cue(self, window: list, evidence: int | None, a: Analysis | None = None) -> Cue:
        """The cue of a holder's clause that governs the evidence: the last before it; in a verb-final
        language (Turkish) the first verb after it that is no verbal noun ("vazgeçmesini talep etti")."""
        if self.tables.lang == "tr" and evidence is not None:
            after = [c for c in window if c.start > evidence and not TR_VERBAL_NOUN.search(c.word)]
            # a position noun is the object of the verb after it: "ateşkes teklifini destekleyecek"
            after = [c for c in after if not c.noun] or after
            if after:
                return after[0]
        before = [c for c in window if evidence is not None and c.start <= evidence]
        # a position noun right after a verb is its object: "rejected the proposal for a ceasefire"; one further
        # on heads a phrase of its own ("rejected the truce, instead tabling demands such as a withdrawal")
        verbs = [c for c in before if not c.noun]
        before = [c for c in before if not (c.noun and any(0 <= c.start - v.end <= NOUN_OBJECT_GAP for v in verbs))] \
            or before
        cue = before[-1] if before else window[0]
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
        if cue.speech:
            # a reporting verb has no stance of its own; a rejection it reports has ("The Kremlin said ...
            # would be unacceptable", "заявил, что Украина никогда не признает")
            said = [c for c in window if c.start > cue.start and not c.speech and c.stance == "reject"]
            if said:
                return said[0]
        return cue

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
                # an agreement inside a demand's verb bracket is what it asks for: "strebe ein Abkommen an"
                inside = last.start < c.start and c.end <= last.end and (last.stance, c.stance) == ("demand", "agree")
                if STANCE_PRIORITY.get(c.stance, 0) > STANCE_PRIORITY.get(last.stance, 0) and not inside:
                    last.stance = c.stance
            else:
                merged.append(Cue(c.start, c.end, c.stance, speech=c.speech, refusal=c.refusal))
        for c in merged:
            first = WORD_RE.match(norm[c.start:c.end])
            c.word = first.group().lower() if first else ""
            negated = False
            if c.stance == "agree":
                i = bisect.bisect_left(starts, c.start)
                before = [toks[j][2] for j in range(max(0, i - 3), i)]
                if any(w in t.negations for w in before):
                    c.stance, negated = "reject", True
            if c.stance == "reject" and self._opens_with_privative(c, t, toks, starts):
                c.stance = "demand"  # "without a withdrawal a truce is impossible": a condition
            elif c.stance == "reject" and (negated or c.refusal) and self._privative_after(c, t, toks, starts):
                c.stance = "demand"  # "will not sign any deal without guarantees": the guarantees are demanded
            j = bisect.bisect_left(starts, c.end)
            c.agentive = c.stance is not None and (j < len(toks) and toks[j][2] in t.agent
                                                   or self._after_agent(c, t, mentions, toks, starts))
            i = bisect.bisect_left(starts, c.start)
            c.opens = any(w[2] == "," or w[2] in t.coordinators or w[2] in t.contrastives
                          for w in toks[max(0, i - 2):i])
        return merged

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
            near = norm[toks[max(0, i - 1)][0]:toks[min(len(toks), j + 2) - 1][1]] if toks else ""
            if position is not None and search(position, near) is not None:
                continue
            out.append(Cue(m.start(), m.end(), "reject", refusal=True))
        return out

    @staticmethod
    def _after_agent(c: Cue, t: LangTables, mentions, toks, starts) -> bool:
        """Whether cue `c` is a participle right after its agent ("einem von den USA vorgeschlagenen"): the
        agent's verb, not the stance of the clause's subject."""
        named = [mm for mm in mentions if 0 <= c.start - mm.end <= 1]
        if not named:
            return False
        i = bisect.bisect_left(starts, named[0].start) - 1
        while i >= 0 and toks[i][2] in t.determiners:
            i -= 1
        return i >= 0 and toks[i][2] in t.agent

    @staticmethod
    def _after_privative(c: Cue, t: LangTables, toks, starts) -> bool:
        """Whether cue `c` stands right after a privative word ("without conditions")."""
        i = bisect.bisect_left(starts, c.start) - 1
        return i >= 0 and toks[i][2] in t.privatives

    @staticmethod
    def _privative_after(c: Cue, t: LangTables, toks, starts) -> bool:
        """Whether a privative word follows a negated commitment in its clause, within eight words ("will
        not sign any deal that leaves it without guarantees", "non firmerà alcun accordo senza garanzie")."""
        i = bisect.bisect_left(starts, c.end)
        for w in toks[i:i + 8]:
            if w[2] in {",", ";", ":", "."}:
                return False
            if w[2] in t.privatives:
                return True
        return False

    @staticmethod
    def _opens_with_privative(c: Cue, t: LangTables, toks, starts) -> bool:
        """Whether the clause of cue `c` opens with a privative ("без", "without", "sin"): its first word
        after a comma, a complementizer or the start of the sentence."""
        if not t.privatives:
            return False
        i = bisect.bisect_left(starts, c.start) - 1
        first = None
        while i >= 0 and toks[i][2] not in {",", ";", ":", "(", "—", "–"} and toks[i][2] not in t.complementizers:
            first = toks[i][2]
            i -= 1
        return first in t.privatives

    @staticmethod
    def _outside_names(norm, found, mentions):
        """A cue inside a name is part of the name ("United States" is no "state" cue); a cue that spans
        a name, a verb bracket around its object ("lehnte Kiews Vorschlag ab"), stands at its first word."""
        out = []
        for c in found:
            inner = [mm for mm in mentions if c.start < mm.end and mm.start < c.end]
            if not inner:
                out.append(c)
            elif all(mm.start > c.start for mm in inner):
                first = WORD_RE.match(norm[c.start:])
                out.append(Cue(c.start, c.start + (first.end() if first else 1), c.stance, refusal=c.refusal))
        return out

    def _mentions(self, norm, t: LangTables, date, rx=None, name_keys=None):
        rx = rx or {}
        chosen: list[Mention] = []
        for start, end, k in t.name_matches(norm, name_keys):
            _, codes, kind, offices, default, subject_only = t.names[k]
            c = codes if codes is not None else (office_code(offices, default, date),)
            chosen.append(Mention(start, end, c, kind, subject_only))
        party, position = rx.get("party", t.party), rx.get("position", t.position)
        party = [(m.start(), m.end()) for m in finditer(party, norm)] if party else []
        position = [(m.start(), m.end()) for m in finditer(position, norm)] if position else []
        return chosen, party, position

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

    def _governor(self, norm, toks, starts, t: LangTables, pos, party, names=None):
        """The word that governs a name starting at `pos`: ('prep'|'agent'|'persp'|None, token). `names`: the
        spans of the sentence's names, to skip a first name after an agent marker ("par Volodymyr Zelensky")."""
        i = bisect.bisect_left(starts, pos) - 1
        skipped = 0
        if names is not None and t.lang != "tr":
            k = self._before_title(norm, toks, i, party, names)
            if k is not None and toks[k][2] in t.prepositions and toks[k][2] not in t.agent:
                i = k  # "with US President Donald Trump", "mit US-Präsident Donald Trump": the title's preposition
        if names is not None and t.lang != "tr" and i > 0 and toks[i][2][:1].isalpha() \
                and norm[toks[i][0]:toks[i][0] + 1].isupper() and not any(n0 <= toks[i][0] < n1 for n0, n1 in names):
            k = i - 1  # an agent marker before a first name governs the name ("par Volodymyr Zelensky")
            if toks[k][2] in t.agent:
                i = k
        while i >= 0:
            word = toks[i][2]
            if word in ("'", "\""):
                i -= 1
                continue
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
            if word in t.prepositions or word in t.genitive:
                return "prep", toks[i]
            return None, toks[i]
        return None, None

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
        return word[:1].islower() and TR_POSSESSIVE_GENITIVE.search(word) is not None

    def _tr_case(self, norm, m: Mention, party):
        text = norm[m.start:m.end]
        if "'" in text:
            return "gen" if TR_GENITIVE.search(text) else "obl"
        return None

    def _extend_nps(self, norm, mentions, party, position, toks, starts, t: LangTables):
        """Adjective + party noun, name + party noun -> party phrases; adjective + position noun -> owners."""
        out, owners = [], []

        def adjacent_after(end, spans, gap_words):
            for s, e in spans:
                if s >= end:
                    between = self._words_between(toks, starts, end, s)
                    if len(between) <= gap_words and all(w[2][:1].isalnum() for w in between):
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
            if len(between) <= gap_words and all(w[2][:1].isalnum() for w in between):
                return best
            return None

        # coordinated adjectives share the noun after the last: "the Ukrainian and Russian delegations",
        # "українська та російська делегації", "українському та американському підходам"
        reach = {}
        for i in range(len(mentions) - 1, -1, -1):
            m = mentions[i]
            reach[i] = m.end
            # a name before the noun counts as an adjective: "the Ukrainian and US delegations"
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if m.kind == "adjective" and nxt is not None and (nxt.kind == "adjective" or (
                    nxt.kind == "name" and reach.get(i + 1) == nxt.end and adjacent_after(nxt.end, party, 0))):
                between = self._words_between(toks, starts, m.end, mentions[i + 1].start)
                # "the Ukrainian and US delegations", "die russische und die ukrainische Delegation"
                if between and all(w[2] in t.coordinators or w[2] == "," or w[2] in t.determiners for w in between) \
                        and any(w[2] in t.coordinators or w[2] == "," for w in between):
                    reach[i] = reach[i + 1]
        for i, m in enumerate(mentions):
            if m.kind == "adjective":
                p = adjacent_after(m.end, party, 1) or adjacent_before(m.start, party, 1)
                if p:
                    out.append(Mention(min(m.start, p[0]), max(m.end, p[1]), m.codes, "party"))
                    continue
                if reach[i] != m.end and adjacent_after(reach[i], party, 1):
                    out.append(Mention(m.start, m.end, m.codes, "party"))
                    continue
                q = adjacent_after(m.end, position, 1) or adjacent_before(m.start, position, 1)
                q = q or (adjacent_after(reach[i], position, 1) if reach[i] != m.end else None)
                # a compound whose first part is the party: "US-Plan", "US-Vorschlag"
                q = q or next(((ps, pe) for ps, pe in position if m.start < ps and pe <= m.end
                               and norm[ps - 1] in HYPHENS), None)
                if q:
                    owners.append((m, q))
                continue
            if m.kind == "name":
                p = adjacent_after(m.end, party, 0)
                if p and (t.lang == "tr" or norm[m.end:m.end + 2] != "'s"):
                    out.append(Mention(m.start, p[1], m.codes, "party", case=m.case))
                    continue
            out.append(m)
        return out, owners

    # --- the steps of analyse(), in the order the work happens ---

    def analyse(self, norm: str, date: str | None = None, text: str | None = None,
                screened: tuple | None = None) -> Analysis:
        """Holders, cues, cited source of a sentence; `screened`: screened(norm), when already asked."""
        s = self._find_mentions(norm, norm if text is None else text, date, screened)
        s.cues = self._find_cues(s)
        a = Analysis(cues=s.cues, text=norm)
        if self.tables.mediation is not None:
            a.mediations = [(m.start(), m.end()) for m in finditer(self.tables.mediation, norm)]
        a.conditions = self._find_conditions(s)
        self._find_cited_source(s, a)
        self._drop_role_fillers(s)
        s.comp_from = a.comp_from = self._find_complement(s)
        s.comp_to = self._quote_end(s)
        holders = self._find_owners(s)
        a.owned_nouns = s.owned_nouns
        if self._framed_by_document(s, holders, a):
            return a
        holders += self._find_governed(s, self._coordinated_groups(s), a)
        holders += self._find_speakers(s)
        self._pick_holders(s, holders, a)
        return a

    def _find_conditions(self, s: "_Sentence") -> list:
        """Spans of the conditions of a sentence, to the end of their clause: a `conditionals` word ("if",
        "wenn", "si") or an `exchanges` phrase ("in exchange for", "a cambio de", "im Gegenzug")."""
        t = s.t
        opens = [w0 for w0, _, w in s.toks if w in t.conditionals]
        if t.exchanges is not None:
            opens += [m.start() for m in finditer(t.exchanges, s.norm)]
        out = []
        for q0 in sorted(opens):
            ends = [w0 for w0, _, w in s.toks if w0 > q0 and w in {",", ";", ":"}]
            q1 = ends[0] if ends else len(s.norm)
            out.append((q0, q0 + len(s.norm[q0:q1].rstrip(" .!?\"»”'"))))
        return out

    def _find_mentions(self, norm, text, date, screened) -> "_Sentence":
        """Tokens, party and position nouns, and the names of parties, with party phrases and owners."""
        t = self.tables
        rx, name_keys = screened if screened is not None else self.screened(norm)
        s = _Sentence(norm, text, t, rx or {})
        s.toks, s.starts = self._tokens(norm)
        s.mentions, s.party, s.position = self._mentions(norm, t, date, s.rx, name_keys)
        if t.lang == "tr":
            for m in s.mentions:
                m.case = self._tr_case(norm, m, s.party)
                if m.case is None and self._tr_compound_modifier(s, m):
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
        for c in cues:
            c.noun = any(p0 <= c.start and c.end <= p1 for p0, p1 in s.position)
        s.verb_spans = [(c.start, c.end) for c in cues]
        return cues

    def _find_cited_source(self, s: "_Sentence", a: Analysis) -> None:
        """The cited sources (cited.py); the mentions inside a source hold nothing (s.free keeps the rest)."""
        find_cited_sources(s, a)

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
            if runs and all(w[2] in glue for w in self._words_between(s.toks, s.starts, runs[-1][-1].end, m.start)):
                runs[-1].append(m)
            else:
                runs.append([m])
        stanced = [c.start for c in s.cues if c.stance]
        drop = set()
        for run in runs:
            if len(run) < 2:
                continue
            r0, r1 = run[0].start, run[-1].end
            for q0, q1 in roles:
                lo, hi = (q1, r0) if q1 <= r0 else (r1, q0) if q0 >= r1 else (None, None)
                if lo is not None and len(self._words_between(s.toks, s.starts, lo, hi)) <= ROLE_GAP \
                        and not any(lo <= c < hi for c in stanced):
                    drop.update(id(m) for m in run)
        if drop:
            s.free[:] = [m for m in s.free if id(m) not in drop]

    def _find_complement(self, s: "_Sentence") -> int | None:
        """Where the content of a position starts: "demands that ...", "verlangt, dass ..." (None: nowhere)."""
        comp_from = None
        for c in s.cues:
            nxt = [w for w in self._words_after(s.toks, s.starts, c.end, 5) if w[2] != ","]
            for k, w in enumerate(nxt[:3]):
                if w[2] in s.t.complementizers:
                    # "requires in particular that ..." opens the content; "accept the truce that ..." is a relative
                    if not any(x[2] in s.t.determiners for x in nxt[:k]):
                        comp_from = w[0] if comp_from is None else min(comp_from, w[0])
                    break
        return comp_from

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

    def _find_owners(self, s: "_Sentence") -> list:
        """(mention, "owner") for the owners of a position noun: "Ukraine's proposal", "la proposta di Kiev"."""
        holders = []
        for m, q in s.owners:
            if id(m) not in s.in_source:
                holders.append((m, "owner"))
                s.owned_nouns.append(q)
        for m in s.free:
            q = self._owned_noun(s, m) if m.kind != "adjective" else None
            if q is not None:
                holders.append((m, "owner"))
                s.owned_nouns.append(q)
        return holders

    def _owned_noun(self, s: "_Sentence", m: Mention) -> tuple[int, int] | None:
        """The span of the position noun `m` owns ("Ukraine's proposal", "la proposta di Kiev"), or None."""
        norm, t, toks, starts = s.norm, s.t, s.toks, s.starts
        after = norm[m.end:m.end + 2]
        gap = 0 if t.lang == "tr" else 1  # "Rusya'nın talebi", not "Rusya'nın çekilmesini talep"
        pos_end = m.end + (2 if after == "'s" else 1 if after[:1] == "'" else 0)
        q = None
        for start, end in s.position:
            if start >= pos_end:
                if after[:1] in HYPHENS and start == m.end + 1:
                    q = (start, end)  # the first part of a compound: "US-Plan", "EU-Vorschlag"
                    break
                between = [w for w in self._words_between(toks, starts, pos_end, start) if w[2] not in ("'", "s")]
                # a verb between is no modifier: "Москва примет предложение" is no offer of Moscow's
                if len(between) <= gap and all(w[2][:1].isalnum() and not any(
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
            between = self._words_between(toks, starts, before[1], m.start)
            # "la proposta di Kiev" needs its "di"; Slavic genitives need none ("планы Евросоюза");
            # "Washington offers Moscow ..." is a verb and its object, not Moscow's offer
            # ("resistance from Belgium": an `owner_markers` word marks the owner as the genitive does)
            marked = (any(w[2] in t.genitive or w[2] in t.owner_markers for w in between) or not t.genitive
                      or (not between and norm[m.start:m.end].lower().endswith(t.genitive_endings or ("\0",))))
            if marked and all(w[2] in t.genitive or w[2] in t.owner_markers or w[2] in t.determiners
                              for w in between) and len(between) <= 2:
                return before
        if t.lang == "tr" and m.case == "gen":
            nxt = self._words_after(toks, starts, m.end, 2)
            for w in nxt:
                if TR_PARTICIPLE.search(w[2]) and any(c.start <= w[0] < c.end for c in s.cues):
                    return (w[0], w[1])
        return None

    @staticmethod
    def _tr_possessed_noun(s: "_Sentence", m: Mention) -> tuple[int, int] | None:
        """Turkish: the possessed position noun a genitive owns across its modifiers ("Avrupa'nın 30 günlük
        koşulsuz ateşkes çağrısını"); none where a word between is a verbal noun, a name, a cue or a clause
        break ("Rusya'nın çekilmesini talep"), where a verbal noun follows the noun, or where the noun bears no
        possessive ending."""
        words = [w for w in Attributor._words_after(s.toks, s.starts, m.end, TR_OWNED_GAP + 4) if w[2] and w[2] not in QUOTES]
        for k, w in enumerate(words[:TR_OWNED_GAP + 1]):
            if any(start == w[0] for start, end in s.position):
                # the genitive is the subject of a verbal noun after the noun ("Kiev'in ... taleplerinden
                # vazgeçmesini"), not its owner
                if any(TR_VERBAL_NOUN.search(v[2]) for v in words[k + 1:k + 3]):
                    return None
                return (w[0], w[1]) if k and TR_POSSESSED.search(w[2]) else None
            if (not w[2][:1].isalnum() or TR_VERBAL_NOUN.search(w[2]) or TR_NOUN_GENITIVE.search(w[2])
                    or any(mm.start <= w[0] < mm.end for mm in s.mentions)
                    or any(c.start <= w[0] < c.end for c in s.cues)):
                return None
        return None

    def _framed_by_document(self, s: "_Sentence", holders: list, a: Analysis) -> bool:
        """A framing document at the start ("Under Moscow's draft memorandum, ...", "Secondo il piano
        americano, ..."): its owners are the holders, and nothing else is looked for."""
        first_comma = s.norm.find(",")
        frame_re = s.rx.get("frame", s.t.frame)
        if frame_re is None or first_comma <= 0 or not search(frame_re, s.norm[:first_comma]):
            return False
        frame = [m for m, rule in holders if rule == "owner" and m.end <= first_comma]
        if not frame:
            return False
        a.frame = True
        a.holders.update(c for m in frame for c in m.codes)
        a.holder_mentions = [(m, {"frame"}) for m in frame]
        return True

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
                # an office before the next name is glue too: "Zelensky and the president of the Commission"
                glue = all(w[2] in t.coordinators or w[2] in t.determiners or w[2] in {",", "'", "s"}
                           or any(p0 <= w[0] and w[1] <= p1 for p0, p1 in s.party) for w in between)
                if t.lang == "tr" and (m.case or last.case or any(w[2] == "," for w in between)):
                    glue = False  # Turkish: the comma closes the subject ("Rusya, Ukrayna'nın ...")
                if (id(last) in quoted) != (id(m) in quoted):
                    glue = False  # the comma closes a source: "За словами Зеленського, Росія відмовляється"
                if glue and any(w[2] in t.coordinators or w[2] == "," for w in between) and m.start - last.end < 40:
                    groups[-1].append(m)
                    continue
                if ((last.kind == "party" and m.kind == "name") or set(last.codes) == set(m.codes)) \
                        and m.case is None and self._apposition(s, between):
                    # an office and its holder: "İngiltere Başbakanı Keir Starmer", "президент України Володимир Зеленський"
                    groups[-1].append(m)
                    continue
            groups.append([m])
        # commas alone coordinate nothing ("After talks in Saudi Arabia, Ukraine agreed"): a list ends
        # in a coordinator ("the U.S., Ukraine, and the E4")
        return [g for group in groups for g in ([group] if len(group) < 2 or self._has_coordinator(s, group)
                                                 else [[m] for m in group])]

    def _has_coordinator(self, s: "_Sentence", group: list) -> bool:
        return any(w[2] in s.t.coordinators for a, b in zip(group, group[1:])
                   for w in self._words_between(s.toks, s.starts, a.end, b.start))

    @staticmethod
    def _apposition(s: "_Sentence", between: list) -> bool:
        """Whether the words between an office and a name are at most two first names ("Keir")."""
        return len(between) <= 2 and all(w[2][:1].isalpha() and s.norm[w[0]:w[0] + 1].isupper() for w in between)

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
            verb = self._tr_nominalised_verb(s, last)
            if verb is not None:
                # "Ukrayna'nın ... kabul etmeyi önerdiğini söyledi": the genitive is the subject of the clause
                a.pairs.extend((m, verb) for m in group)
                return [(m, "subject") for m in group]
        if first.case is not None and last.case is not None:
            return []
        if s.norm[last.end:last.end + 1] == ",":
            # the verb closes the sentence: "Rusya, ... kabul etmedi."
            verbs = [c for c in s.cues if c.start > last.end]
            for m in group:
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
            return [(m, "agent") for m in group]
        if post and post[0][2] in s.t.between:
            return self._parties_to_agreement(s, group, post[0][0], a)
        return self._tr_opening_subject(s, group, a)

    def _tr_opening_subject(self, s: "_Sentence", group: list, a: Analysis) -> list | None:
        """Turkish, verb-final: a bare name opening the sentence, with no other bare name after it, is the
        subject of the cue verb that closes the sentence, however far ("Rusya Dışişleri Bakanı Lavrov Moskova'da
        düzenlediği basın toplantısında ateşkes teklifini reddetti"); None when the sentence ends otherwise."""
        first, last = group[0], group[-1]
        if first.case is not None or WORD_RE.search(s.norm[:first.start]) is not None:
            return None
        for m in sorted(s.mentions, key=lambda m: m.start):  # its apposition: "Rusya Dışişleri Bakanı Lavrov"
            if m.start >= last.end and m.case is None and not s.norm[last.end:m.start].strip():
                group, last = group + [m], m
        if any(m.start >= last.end and m.case is None and m.kind != "adjective" for m in s.mentions):
            return None
        verbs = [c for c in s.cues if c.start > last.end and not c.noun and (c.stance or c.speech)]
        if not verbs or len(WORD_RE.findall(s.norm[verbs[-1].end:])) > 0:
            return None
        if self._near(s.verb_spans, s.toks, s.starts, s.t, last.end, None, SUBJECT_GAP) is not None:
            return None  # a verb near enough: _subject_of_cue decides
        for m in group:
            a.pairs.append((m, verbs[-1]))
        return [(m, "subject") for m in group]

    @staticmethod
    def _tr_nominalised_verb(s: "_Sentence", m: Mention) -> Cue | None:
        """Turkish: the participle verb (-DIğ-) of a nominalised clause whose subject is the genitive `m`
        ("Ukrayna'nın ... önerdiğini", "Rusya'nın ..., Ukrayna'nın ise ... iade ettiğini"): the first stanced
        cue after it, past only verbal nouns ("kabul etmeyi") and other genitives contrasted by "ise"."""
        for c in s.cues:
            if c.start < m.end or not c.stance:
                continue
            if TR_COMPLEMENT.search(s.norm[c.start:c.end]):
                if any(TR_OWN_VERBAL_NOUN.search(w[2]) for w in s.toks if m.end <= w[0] < c.start):
                    return None  # "Rusya'nın ... tazmin etmesi gerektiğini": the subject of the verbal noun
                between = [mm for mm in s.mentions if m.end <= mm.start and mm.end <= c.start and mm.case == "gen"]
                if all(s.t.contrastives & {w[2] for w in Attributor._words_after(s.toks, s.starts, mm.end, 1)}
                       for mm in between):
                    return c
                return None
            after = Attributor._words_after(s.toks, s.starts, c.end, 1)
            if not (TR_VERBAL_NOUN.search(c.word) or (after and TR_VERBAL_NOUN.search(after[0][2]))):
                return None
        return None

    def _governed_group(self, s: "_Sentence", group: list, a: Analysis) -> list:
        norm, t, toks, starts = s.norm, s.t, s.toks, s.starts
        first, last = group[0], group[-1]
        gov, gtok = self._governor(norm, toks, starts, t, first.start, s.party, [(m.start, m.end) for m in s.mentions])
        topic = s.rx.get("topic", t.topic)
        if topic is not None and self._opens_topic(s, search(topic, norm[:first.start])):
            return [(m, "topic") for m in group]
        if s.t.verb_second and gov is None and gtok is not None:
            inverted = self._inverted_subject(s, group, gtok, a)
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
        if gov == "prep" and t.partners is not None:
            found = self._partner_to_agreement(s, group, a)
            if found:
                return found
        if gov == "cond" or (gov is None and self._in_condition(s, first, a)):
            # "if Moscow refused": a condition, no holder, not even when nothing else in the sentence holds;
            # so too a subject after its verb inside the condition ("jeśli na to zgodzą się Rosjanie")
            s.obliged.update(id(m) for m in group)
            return [(m, "complement") for m in group]
        if gov == "agent":
            near = self._near_before(s.verb_spans, toks, starts, gtok[0], 3)
            if near is not None and t.verb_second and any(c.start == near[0] for _, c in a.pairs) and not any(
                    c.agentive and 0 <= c.start - last.end <= 1 for c in s.cues):
                # German: the finite verb of another subject: "Russland fordert von der Ukraine den Verzicht" asks Ukraine
                s.obliged.update(id(m) for m in group)
                return [(m, "complement") for m in group]
            if near or any(c.agentive and 0 <= c.start - last.end <= 1 for c in s.cues):
                return [(m, "agent") for m in group]
            return []
        if gov == "persp":
            # "unacceptable for Kyiv", "для Москвы неприемлемо": an evaluative (reject/agree) cue next to it
            evaluative = [(c.start, c.end) for c in s.cues if c.stance in ("reject", "agree") and not c.refusal]
            near = (self._near_before(evaluative, toks, starts, gtok[0], 0)
                    or self._near(evaluative, toks, starts, t, last.end, None, 3))
            codes = {code for m in group for code in m.codes}
            if near and any(c.start == near[0] and not set(mm.codes) & codes for mm, c in a.pairs):
                return []  # another party's own judgement: "американцы сочли невыгодным для Киева ..."
            if near:
                relative = self._relative_clause_cue(s, last)
                if relative is not None:
                    a.relative_cues.update((m.start, relative) for m in group)
                return [(m, "perspective") for m in group]
            return []
        if gov == "prep":
            # "В Кремле заявили", "у Києві вважають": the place speaks for the party
            speech = s.rx.get("speech", t.speech)
            if gtok[2] in t.locatives and speech is not None:
                sp = search(speech, norm, last.end)
                if sp is not None and not norm[last.end:sp.start()].strip():
                    return [(m, "locative") for m in group]
            if gtok[2] in t.locatives and gtok[0] == self._clause_start(s, gtok[0]) and any(
                    c.stance and not c.noun and c.start >= last.end and not norm[last.end:c.start].strip()
                    for c in s.cues):
                # "В Кремле отвергли ...", "У Києві відкинули ...": a place opening its clause, right before
                # a stanced verb, is that verb's subject
                return self._subject_of_cue(s, group, a)
            if gtok[2] in t.locatives and any(p1 <= gtok[0] and not norm[p1:gtok[0]].strip() for _, p1 in s.party):
                # "Władze w Kijowie stoją na stanowisku", "власти в Киеве требуют": the office of the place
                return self._subject_of_cue(s, group, a)
            return []
        return self._subject_of_cue(s, group, a)

    @staticmethod
    def _in_condition(s: "_Sentence", m: Mention, a: Analysis) -> bool:
        """Whether a name stands inside a condition that a `conditionals` word opens ("if, as expected,
        Russia agrees", "якщо на це погодиться Росія"): the condition's clause, not a position of its own."""
        return any(q0 < m.start < q1 and s.norm[q0:q1].split(" ", 1)[0].lower() in s.t.conditionals
                   and any(q0 < c.start < q1 and c.stance and not c.speech for c in s.cues)  # not "jeśli chodzi o"
                   for q0, q1 in a.conditions)

    @staticmethod
    def _clause_start(s: "_Sentence", at: int) -> int | None:
        """The offset of the first token of the clause holding offset `at`: after the sentence's start, a
        comma, a colon or semicolon, a complementizer or a coordinator."""
        i = bisect.bisect_left(s.starts, at)
        while i > 0 and s.toks[i - 1][2] not in {",", ";", ":", "«", "\"", "—", "–"} \
                and s.toks[i - 1][2] not in s.t.complementizers and s.toks[i - 1][2] not in s.t.coordinators:
            i -= 1
        return s.toks[i][0] if i < len(s.toks) else None

    def _opens_topic(self, s: "_Sentence", found) -> bool:
        """Whether a topic marker found before a name opens the sentence or a clause ("Per Kiev, ...",
        "..., що касається Москви"): after a noun it only names a beneficiary ("garanzie per Kiev")."""
        if found is None:
            return False
        before = s.norm[:found.start()].rstrip()
        if not before or before[-1] in ",;:(«\"'—–-":
            return True
        last = self._words_between(s.toks, s.starts, 0, found.start())
        return bool(last) and (last[-1][2] in s.t.complementizers or last[-1][2] in s.t.coordinators)

    def _parties_to_agreement(self, s: "_Sentence", group: list, at: int, a: Analysis) -> list:
        """The parties of an agreement "between Russia and Ukraine" ("un accordo tra Mosca e Kiev", "Rusya ile
        Ukrayna arasında ... anlaşma"): both agree, and who announces it only reports. Needs two names and an
        agree cue at most five words before the "between" word ("домовленість щодо нового великого обміну
        полоненими між ..."), or, in a verb-final language, after the names."""
        if len(group) < 2:
            return []
        agree = [c for c in s.cues if c.stance == "agree" and not c.speech]
        before = self._near_before([(c.start, c.end) for c in agree], s.toks, s.starts, at, 5)
        after = None
        if before is None and s.t.lang == "tr":
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

    def _relative_subject(self, s: "_Sentence", group: list, gtok, a: Analysis) -> list:
        """A subject after the verb of a relative clause: "la tregua che hanno proposto Stati Uniti e Ucraina",
        "el alto el fuego que propusieron Estados Unidos": the verb's stance is theirs."""
        cue = next((c for c in s.cues if c.start <= gtok[0] < c.end and c.stance and not c.speech), None)
        if cue is None:
            return []
        # the relative at most five words before the verb: "na który w Arabii Saudyjskiej zgodziła się"
        before = [w for w in self._words_between(s.toks, s.starts, max(0, cue.start - 40), cue.start)
                  if WORD_RE.match(w[2])][-5:]
        if not any(w[2] in s.t.relatives for w in before):
            return []
        for m in group:
            a.pairs.append((m, cue))
        return [(m, "subject") for m in group]

    def _inverted_subject(self, s: "_Sentence", group: list, gtok, a: Analysis) -> list:
        """German verb-second order: a name right after the verb, when what stands before the verb is
        no name but an object ("Den Vorschlag Kiews lehnt Moskau ab"), is the verb's subject."""
        cue = next((c for c in s.cues if c.start == gtok[0] and (c.stance or c.speech)), None)
        obligation = s.rx.get("obligation", s.t.obligation)
        if cue is not None and obligation is not None and obligation.match(s.norm[cue.start:cue.end]):
            return []  # "sollen der Ukraine beistehen": a modal's dative, no subject
        if cue is None or not s.norm[:cue.start].strip() or s.norm[:cue.start].rstrip().endswith((",", ";", ":")):
            return []
        clause_start = max(s.norm.rfind(p, 0, cue.start) for p in ",;:") + 1
        # a name after a preposition is no subject either: "Laut Umerow macht Russland ... zur Bedingung"
        if any(clause_start <= m.start < cue.start and self._owned_noun(s, m) is None and m.kind != "adjective"
               and self._governor(s.norm, s.toks, s.starts, s.t, m.start, s.party)[0] not in ("prep", "agent")
               for m in s.free):
            return []  # a subject before the verb: "Kiew forderte Moskau auf"
        for m in group:
            a.pairs.append((m, cue))
        return [(m, "subject") for m in group]

    def _subject_of_cue(self, s: "_Sentence", group: list, a: Analysis) -> list:
        """The group as the subject of the cue verb after it ("Moscow demands"), not its object or content."""
        norm, toks, starts = s.norm, s.toks, s.starts
        first, last = group[0], group[-1]
        verb = self._near(s.verb_spans, toks, starts, s.t, last.end, None, SUBJECT_GAP) or self._far_verb(s, group)
        if verb is None:
            return []
        if any(last.end <= m.start and m.end <= verb[0] and m.kind != "adjective"
               and self._governor(norm, toks, starts, s.t, m.start, s.party)[0] != "prep" for m in s.free):
            return []  # another name stands between (a name in a phrase, "при посредничестве США", does not)
        cue = next(c for c in s.cues if c.start == verb[0])
        if ("," in norm[last.end:verb[0]] and self._noun_dependant(s, last) and not any(
                w[2] in s.t.relatives for w in self._words_between(toks, starts, last.end, verb[0]))):
            return []  # "для восстановления Украины, назвав это ...": a noun's genitive, no subject of the clause after
        if s.t.verb_second and all(self._owned_noun(s, m) is not None for m in group):
            return []  # a genitive owner before the verb is no subject: "Den Vorschlag Kiews lehnt Moskau ab"
        if s.t.verb_second and self._middle_field(s, first, a):
            return []  # "Die EU will damit die Ukraine unterstützen": an object before the final verb
        obligation = s.rx.get("obligation", s.t.obligation)
        # with the words after the cue, for a pattern that looks ahead ("мають (повністю) припинити")
        if obligation is not None and obligation.match(norm[cue.start:cue.end + OBLIGATION_AHEAD]):
            s.obliged.update(id(m) for m in group)
            return [(m, "complement") for m in group]  # "Kyiv must withdraw": the demand is put to Kyiv
        if s.in_complement(first) and (cue.stance == "agree" or (
                cue.stance and not cue.speech and self._reported_clause(s, first))) and (
                all(m.kind == "collective" for m in group) or self._reported_clause(s, first)):
            # "X announced that both sides agreed to ...": the parties agree; X only reports; so too for another
            # stance of a clause a reporting verb reports ("powiedział mu, że Putin chce całego Donbasu")
            for m in group:
                a.pairs.append((m, cue))
            return [(m, "reported") for m in group]
        # the object of a cue verb: "urged the Kremlin", "wezwał Rosję", "chiede all'Ucraina"
        obj = self._near_before(s.verb_spans, toks, starts, first.start, 1)
        if obj is not None and any(p0 <= obj[0] < p1 for p0, p1 in s.position):
            obj = None  # a position noun, no verb: "an offer Kyiv dismissed"
        if obj is not None and any(c.start == obj[0] and c.speech and c.stance in (None, "demand") for c in s.cues):
            obj = None  # a reporting verb has no object: "Trump said Putin had agreed"
        if obj is not None and not norm[obj[1]:first.start].strip(" ").startswith(","):
            return []
        if s.in_complement(first):
            return [(m, "complement") for m in group]
        if cue.refusal and self._content_clause(s, first, cue):
            return [(m, "complement") for m in group]  # "demands guarantees that Ukraine would not join NATO"
        for m in group:
            a.pairs.append((m, cue))
        return [(m, "subject") for m in group]

    def _middle_field(self, s: "_Sentence", first: Mention, a: Analysis) -> bool:
        """Verb-second languages: whether a name stands between its clause's finite verb, whose subject is
        another name before it, and the verb at the clause's end ("Die EU will damit die Ukraine unterstützen",
        "Kiew forderte Moskau zur Waffenruhe auf"): an object, no subject."""
        start = self._clause_start(s, first.start)
        if start is None:
            return False
        return any(start <= mm.start and mm.end <= c.start < first.start and not set(mm.codes) & set(first.codes)
                   for mm, c in a.pairs)

    def _far_verb(self, s: "_Sentence", group: list) -> tuple[int, int] | None:
        """The verb of a subject that opens its clause, past a phrase of up to SUBJECT_FAR words ("la Russia
        durante questo nuovo round di colloqui avrebbe respinto", "I leader europei, ricevuti alla Casa Bianca,
        hanno insistito"): no clause break, no complementizer or relative between, commas only in pairs."""
        first, last = group[0], group[-1]
        start = self._clause_start(s, first.start)
        if s.t.lang == "tr":
            return None  # verb-final: a bare name inside the clause is no subject ("Moskova, Ukrayna üzerinde ... reddetti")
        if start is None or any(w[2] not in s.t.determiners for w in self._words_between(s.toks, s.starts, start, first.start)):
            return None
        verb = next(((v0, v1) for v0, v1 in s.verb_spans if v0 >= last.end), None)
        if verb is None:
            return None
        between = self._words_between(s.toks, s.starts, last.end, verb[0])
        words = [w for w in between if w[2][:1].isalnum()]
        stops = s.t.complementizers | s.t.relatives | s.t.subject_relatives | s.t.conditionals | s.t.coordinators
        if words and (words[-1][2] in s.t.prepositions or words[-1][2] in INFINITIVE_MARKERS):
            return None  # "corren contra el tiempo para acordar": an infinitive of another verb
        if (len(words) > SUBJECT_FAR or any(w[2] in {";", ":", "(", ")", ".", "«", "»", '"', "“", "”"} or w[2] in stops
                                            for w in between) or sum(w[2] == "," for w in between) % 2):
            return None
        return verb

    def _reported_clause(self, s: "_Sentence", first: Mention) -> bool:
        """Whether a name opens a clause ("that Moscow and Kyiv agreed") right after a reporting verb and its
        complementizer: the clause's parties hold its agreement, who reports it only reports."""
        before = self._words_between(s.toks, s.starts, 0, first.start)
        while before and (before[-1][2] in s.t.determiners or before[-1][2] in QUOTES or before[-1][2] == "„"):
            before.pop()  # and the quote that opens the reported words: 'podkreślono, że „Ukraina ...'
        if len(before) < 2 or before[-1][2] not in s.t.complementizers:
            return False
        verb = [c for c in s.cues if c.end <= before[-1][0]]
        # the comma a Slavic complementizer needs, and one adverb, may stand between: "poinformował, że",
        # "заявил, что", "podkreślono również, że"
        return bool(verb) and verb[-1].speech and len([w for w in self._words_between(
            s.toks, s.starts, verb[-1].end, before[-1][0]) if w[2] != ","]) <= 1

    def _content_clause(self, s: "_Sentence", first: Mention, cue: Cue) -> bool:
        """Whether a name opens a clause ("that Ukraine ...") after another stanced cue that is no
        reporting verb: the content of that position, not a position of its own."""
        before = self._words_between(s.toks, s.starts, 0, first.start)
        while before and before[-1][2] in s.t.determiners:
            before.pop()
        if not before or before[-1][2] not in s.t.complementizers:
            return False
        return any(c.stance and not c.speech and not c.refusal and c.end <= before[-1][0] for c in s.cues)

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
            span_words = self._words_between(s.toks, s.starts, c.end, len(norm))
            window_end = span_words[min(len(span_words), 7) - 1][1] if span_words else c.end
            if any(w[2] in t.complementizers for w in span_words[:2]):
                continue
            for m in s.free:
                if c.end <= m.start and m.end <= window_end + 40 and m.start <= window_end and m.kind != "adjective":
                    gov, _ = self._governor(norm, s.toks, s.starts, t, m.start, s.party)
                    # ", только если Киев выведет ...": the subject of a condition, no speaker
                    if gov not in ("prep", "cond") and (t.lang != "tr" or m.case is None):
                        holders.append((m, "speaker"))
        return holders

    def _pick_holders(self, s: "_Sentence", holders: list, a: Analysis) -> None:
        """a.holders from the candidates: the main ones (not only inside a complement), else the first
        free name nothing governs, else the party a source quotes."""
        rules = {}
        for m, rule in holders:
            rules.setdefault(id(m), (m, set()))[1].add(rule)
        a.content = [m for m, r in rules.values() if r == {"complement"}]
        main = self._main_holders(s, [(m, r) for m, r in rules.values() if r - {"complement"}], a)
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
            if m.subject_only and m is not first_holder:
                continue
            a.holders.update(m.codes)
            a.holder_mentions.append((m, r))

    def _main_holders(self, s: "_Sentence", main: list, a: Analysis) -> list:
        """Leave out the candidates who only report: who announces an agreement of others (a mediator, a
        reporter), and the speaker of ", said X" when the clause names its own holder ("The two
        delegations agreed ..., Umerov said")."""
        stanced = {id(m) for m, c in a.pairs if c.stance and not c.speech}
        if any("parties" in r for _, r in main):
            # "Fidan announced an agreement between Russia and Ukraine": the announcer only reports;
            # "Russia rejected a deal between Ukraine and the US" holds a position of its own
            parties = {id(m) for m, r in main if "parties" in r}
            agreement = {id(c) for m, c in a.pairs if id(m) in parties}
            own = {id(m) for m, c in a.pairs if c.stance in ("reject", "agree") and not c.speech
                   and id(c) not in agreement}
            main = [(m, r) for m, r in main if "parties" in r or not r <= {"subject", "speaker"} or id(m) in own]
        if any("reported" in r for _, r in main):
            main = [(m, r) for m, r in main if "reported" in r or not r <= {"subject", "speaker"}
                    or (id(m) in stanced and s.comp_from is not None and m.start >= s.comp_from)]
        if any(id(m) in stanced and r & {"subject", "reported"} for m, r in main):
            main = [(m, r) for m, r in main if id(m) in stanced or not r <= {"subject", "speaker"}]
        return main

    def _fallback_holder(self, s: "_Sentence") -> list:
        """Nothing governs: the first free name that is no object or place; none where the sentence only
        says how far the parties are from an agreement ("The two sides remain far from a deal on a truce")."""
        if s.apart:
            return []
        pool = [m for m in s.free if m.kind != "adjective" and id(m) not in s.obliged
                and self._governor(s.norm, s.toks, s.starts, s.t, m.start, s.party)[0] is None
                and (s.t.lang != "tr" or m.case is None) and not self._noun_dependant(s, m)
                and not self._addressed(s, m)]
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

    def _addressed(self, s: "_Sentence", m: Mention) -> bool:
        """Whether a name stands right after a verb that asks something of it ("Закликають російську
        сторону припинити", "urged Moscow"): who a demand is put to holds nothing. Not in Turkish, whose
        verb ends its clause: a name after it opens the next one."""
        i = bisect.bisect_left(s.starts, m.start) - 1
        return s.t.lang != "tr" and i >= 0 and any(c.start <= s.toks[i][0] < c.end and c.stance == "demand" and not c.speech
                              and not c.noun for c in s.cues)

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
        i = bisect.bisect_left(s.starts, m.start) - 1
        if i < 0:
            return False
        w0, w1, word = s.toks[i]
        if not word.isalpha() or not s.norm[w0:w0 + 1].islower():
            return False
        if any(c.start <= w0 < c.end for c in s.cues):
            return False
        # an office a few words before: "президента России", "министр иностранных дел России"
        lo = s.toks[max(0, i - 2)][0]
        if any(lo <= p0 <= w0 or p0 <= w0 < p1 for p0, p1 in s.party):
            return False
        return word not in t.coordinators | t.complementizers | t.determiners | t.negations | t.contrastives

    def stance(self, a: Analysis, evidence: int | None) -> str:
        """Stance of the position on the label's evidence: the cue of its holder's verb, else the nearest cue."""
        paired = {id(c) for _, c in a.pairs}
        # a negated commitment is the stance of its own subject only, not of the sentence
        stanced = [c for c in a.cues if c.stance and (not c.refusal or id(c) in paired)]
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
            return before[-1].stance
        return stanced[0].stance


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


# --- examples ----------------------------------------------------------------------


def mentions_of(book: ActorBook, text: str, lang: str, date: str | None = None) -> set:
    """Codes of the actors a sentence names (names, officials, party phrases; not bare adjectives)."""
    norm = normalise(text)
    t = tables_for(book, lang)
    att = Attributor(t, {}, None)
    toks, starts = att._tokens(norm)
    mentions, party, position = att._mentions(norm, t, date)
    mentions, owners = att._extend_nps(norm, mentions, party, position, toks, starts, t)
    codes = {c for m in mentions if m.kind != "adjective" for c in m.codes}
    codes.update(c for m, _ in owners for c in m.codes)
    return codes
