"""What attribution finds and hands on: a Mention of a party, a Cue of a stance, the Analysis of a
sentence, a holder's Position on a label, and the _Sentence that the steps of Attributor.analyse()
fill in turn, each reading the earlier steps' findings; a PronounSubject, a sentence whose holder the
sentence before names."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..actor_tables import LangTables, finditer


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
    negated: bool = False  # a negated demand ("did not demand"): its holder takes no position through it
    condition_from: int | None = None  # an acceptance negated in an 'if' clause: where the clause opens (a demand)
    reach: int | None = None  # a cue cut at its first word before a name: where its match ended (what it judges)
    denied: bool = False  # an agreement a denial turned down ('denied that Moscow had ever agreed'): no negation flips it back


@dataclass
class Analysis:
    holders: set = field(default_factory=set)
    holder_mentions: list = field(default_factory=list)  # (Mention, rules that made it a holder)
    owned_nouns: list = field(default_factory=list)  # spans of the position nouns holders own
    pairs: list = field(default_factory=list)  # (Mention, Cue): subjects and their verbs
    cues: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    cited_source: str | None = None
    cited_sources: list = field(default_factory=list)  # every cited source, in order (labelling/cited/)
    cited_outlet: str | None = None
    cited_outlets: list = field(default_factory=list)  # the canonical names of the outlets it cites, each once
    frame: bool = False
    content: list = field(default_factory=list)  # names inside the content of a position ("demanded that Ukraine ...")
    comp_from: int | None = None  # where the content of a position starts ("demands that ...")
    mediations: list = field(default_factory=list)  # spans of offers to host talks ("ready to host talks")
    relative_cues: dict = field(default_factory=dict)  # start of a perspective holder -> its relative clause's verb
    conditions: list = field(default_factory=list)  # spans of conditions ("if it obtains guarantees", "in exchange for")
    # (speaker, evaluation cue, owner): "Peskov said Ukraine's demand was absurd" rejects Ukraine's demand
    evaluations: list = field(default_factory=list)
    text: str = ""  # the normalised sentence
    issues: list = field(default_factory=list)  # the evidence starts of each label of the sentence, one list a label
    frames: list = field(default_factory=list)  # starts of agreements after a free-choice word ('any peace agreement'): no cues


@dataclass(frozen=True)
class PronounSubject:
    """A sentence whose position cue has a subject the sentence before names (Pronouns.pronoun_subject())."""
    analysis: Analysis
    cue: Cue
    # a first person with no reporting verb of its own ("We continue to propose ..."): "we" is who speaks, so
    # its party is only that of a sentence before that may speak (Classifier.antecedent_holder)
    speaker_only: bool = False


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
    outlet_spans: list = field(default_factory=list)  # (start, end) of the cited sources kept ("«Говорит Москва»")
    free: list = field(default_factory=list)  # mentions that may hold a position
    comp_from: int | None = None  # where the content of a position starts
    owned_nouns: list = field(default_factory=list)  # spans of position nouns with an owner ("Ukraine's call")
    apart: list = field(default_factory=list)  # spans saying the parties are far from an agreement
    frames: list = field(default_factory=list)  # starts of agreements after a free-choice word: a demand's frame
    aims: list = field(default_factory=list)  # r34D: starts of agreements a proposal aims at ('to agree on a truce')
    obliged: set = field(default_factory=set)  # ids of the subjects of an obligation ("Kyiv must withdraw") or a condition

    comp_to: int | None = None  # where a quoted content ends: the closing quote ('"We insist that ...," X told')
    provisos: list | None = None  # the matches of `exchanges` phrases, which open provisos; found on first use
    proviso_starts: set = field(default_factory=set)

    def token_before(self, at: int, skipping: frozenset | set = frozenset()) -> int:
        """The index of the last token that starts before `at`, walked back past the tokens in `skipping` (determiners,
        say); -1 when there is none."""
        i = bisect.bisect_left(self.starts, at) - 1
        while i >= 0 and self.toks[i][2] in skipping:
            i -= 1
        return i

    def proviso_matches(self) -> list:
        """The `exchanges` phrases of the sentence ("in exchange for", "o ile", "karşılığında"), searched for once,
        whichever step asks first."""
        if self.provisos is None:
            self.provisos = finditer(self.t.exchanges, self.norm) if self.t.exchanges is not None else []
            self.proviso_starts = {p.start() for p in self.provisos}
        return self.provisos

    def opens_proviso(self, at: int) -> bool:
        """Whether an `exchanges` phrase opens a proviso at offset `at` ("o ile Kijów wstrzyma ataki", "provided
        Kyiv halts its strikes")."""
        self.proviso_matches()
        return at in self.proviso_starts

    def in_complement(self, m) -> bool:
        return self.comp_from is not None and m.start >= self.comp_from and (self.comp_to is None or m.start < self.comp_to)
