"""The Attributor: built per language, it runs the steps of analyse() in the order the work happens
(reading.py, holders.py) and sets each label's positions, actors, stance and cited source (stances.py);
mentions_of() gives the actors a sentence names, for the examples of rules/actors.yml."""

from __future__ import annotations

from ...rulebook.actors import CODES, ActorBook
from ..actor_tables import LangTables, Screen, finditer, tables_for
from ..normalise import normalise
from .holders import Holders
from .model import Analysis, Position
from .pronouns import Pronouns
from .reading import Reading
from .stances import Stances, label_stance


class Attributor(Reading, Holders, Stances, Pronouns):
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
        a.issues = [[m.start for m in getattr(label, "matches", [])] for label in labels]
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
                # r37E: "Asked whether X, Y said ...": the answer's evidence, past the question put to the speaker
                label.positions = self.positions(a, *self._answered_evidence(a, evidence, starts))
            label.actors = sorted({p.holder for p in label.positions}, key=CODES.index)
            label.stance = label_stance(label.positions, evidence) or self.stance(a, evidence)
            label.cited_source = a.cited_source
            label.cited_outlet = a.cited_outlet
            label.cited_sources = list(a.cited_sources)
            label.cited_outlets = list(a.cited_outlets)

    # --- the steps of analyse(), in the order the work happens ---

    def analyse(self, norm: str, date: str | None = None, text: str | None = None,
                screened: tuple | None = None) -> Analysis:
        """Holders, cues, cited source of a sentence; `screened`: screened(norm), when already asked."""
        s = self._find_mentions(norm, norm if text is None else text, date, screened)
        s.cues = self._find_cues(s)
        a = Analysis(cues=s.cues, text=norm, frames=s.frames)
        if self.tables.mediation is not None:
            a.mediations = [(m.start(), m.end()) for m in finditer(self.tables.mediation, norm)]
            # r34D: "предложил провести встречу, чтобы договориться о перемирии": an offer to host talks that aims at an
            # agreement on the issue proposes that agreement, a demand, no mediation
            a.mediations = [(q0, q1) for q0, q1 in a.mediations if not any(at >= q1 for at in s.aims)]
        a.conditions = self._find_conditions(s)
        self._find_cited_source(s, a)
        if s.outlet_spans:
            # a cue inside a cited outlet's name is part of the name: the radio «Говорит Москва» ("Moscow
            # speaks") says nothing for whoever is interviewed on it
            s.cues[:] = [c for c in s.cues if not any(b <= c.start < e for b, e in s.outlet_spans)]
            s.verb_spans = [(c.start, c.end) for c in s.cues]
        self._drop_role_fillers(s)
        self._drop_parenthetical_reporters(s)
        s.comp_from = a.comp_from = self._find_complement(s)
        if self._an_appositions_relative(s, s.comp_from):
            s.comp_from = a.comp_from = None  # "exigió la retirada, una condición que Kiev rechazó": the apposition's relative
        s.comp_to = (self._quote_end(s) or self._contrast_end(s) or self._apposition_end(s, s.comp_from)
                     or self._anaphor_end(s))
        holders = self._find_owners(s) + self._find_deciders(s)
        a.owned_nouns = s.owned_nouns
        if self._framed_by_document(s, holders, a):
            return a
        holders += self._find_governed(s, self._coordinated_groups(s), a)
        holders += self._find_speakers(s)
        self._pick_holders(s, holders, a)
        self._evaluated_demand(s, a)
        return a


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
