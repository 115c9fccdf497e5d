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
holder. Reported-speech sources ("according to Bloomberg") are kept apart as `cited_source`.
Everything here is a pure function of the sentence and the rulebook.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .prefilter import PatternSet
from .rulebook import (MATCH_TIMEOUT, PATTERN_FLAGS, RuleProblem, _line, _load_schema, _node_at, _validate,
                       checked_pattern, compile_alternation, read_yaml)

log = logging.getLogger(__name__)

CODES = ("RU", "UA", "US", "EU", "TR", "OTHER")
LANGS = ("en", "it", "fr", "de", "es", "ru", "uk", "pl", "tr")
STANCE_PRIORITY = {"reject": 3, "agree": 2, "demand": 1}
# How many words may stand between a subject and its verb ("Russia has so far refused").
SUBJECT_GAP = 4
TOKEN_RE = regex.compile(r"\w+'?|[^\w\s]", regex.UNICODE)
TR_GENITIVE = regex.compile(r"'(?:n?[ıiuü]n)$", regex.IGNORECASE)
TR_PARTICIPLE = regex.compile(r"(?:d|t)[ıiuü]ğ", regex.IGNORECASE)


# --- loading -------------------------------------------------------------------


class ActorBook(dict):
    """The parsed actors.yml (a dict, as the YAML reads) plus per-language compiled matchers."""

    def __init__(self, data: dict, source: str):
        super().__init__(data)
        self.source = source
        self._compiled: dict[str, LangTables] = {}

    def tables(self, lang: str | None) -> "LangTables":
        key = lang if lang in LANGS else "en"
        t = self._compiled.get(key)
        if t is None:
            t = self._compiled[key] = LangTables(self, key)
        return t


def _search(compiled, text, pos=0):
    try:
        return compiled.search(text, pos, timeout=MATCH_TIMEOUT)
    except TimeoutError:
        log.warning("actor pattern timed out on a sentence of %d characters", len(text))
        return None


def _finditer(compiled, text):
    try:
        return list(compiled.finditer(text, timeout=MATCH_TIMEOUT))
    except TimeoutError:
        log.warning("actor pattern timed out on a sentence of %d characters", len(text))
        return []


def _patterns_with_paths(data):
    """Every pattern of actors.yml with its YAML path (for file:line problems)."""
    for code, actor in (data.get("actors") or {}).items():
        for kind in ("names", "adjectives"):
            for lang, pats in (actor.get(kind) or {}).items():
                for i, p in enumerate(pats):
                    yield ["actors", code, kind, lang, i], p, f"actors.{code}"
        for j, off in enumerate(actor.get("officials") or []):
            for i, p in enumerate(off.get("patterns") or []):
                yield ["actors", code, "officials", j, "patterns", i], p, f"actors.{code}"
    for j, col in enumerate(data.get("collectives") or []):
        for lang, pats in (col.get("names") or {}).items():
            for i, p in enumerate(pats):
                yield ["collectives", j, "names", lang, i], p, f"collectives.{col.get('id')}"
    for lang, g in (data.get("grammar") or {}).items():
        for kind in ("party_nouns", "position_nouns", "speech_verbs", "frame_triggers", "topic_markers"):
            for i, p in enumerate(g.get(kind) or []):
                yield ["grammar", lang, kind, i], p, f"grammar.{lang}.{kind}"
    for lang, src in (data.get("cited_sources") or {}).items():
        for kind in ("patterns", "strip", "not_sources"):
            for i, p in enumerate(src.get(kind) or []):
                yield ["cited_sources", lang, kind, i], p, f"cited_sources.{lang}"


def load_actors(path: Path, problems: list[RuleProblem], directory: Path) -> dict:
    """Read, validate and check rules/actors.yml; note problems; return an ActorBook ({} when unusable)."""
    path = Path(path)
    data, node = read_yaml(path, problems)
    if data is None:
        return {}
    if not _validate(data, node, _load_schema(Path(directory), "actors.schema.json"), path.name, problems):
        return {}
    ok = True
    seen: dict[str, str | None] = {}
    for where, pattern, rule_id in _patterns_with_paths(data):
        if pattern in seen:
            why = seen[pattern]
        else:
            why = seen[pattern] = checked_pattern(pattern)
        if why:
            problems.append(RuleProblem(path.name, _line(_node_at(node, where)), rule_id, why))
            ok = False
        elif where[0] == "cited_sources" and where[2] == "patterns" and "(?P<source>" not in pattern:
            problems.append(RuleProblem(path.name, _line(_node_at(node, where)), rule_id,
                                        f"pattern {pattern!r} has no (?P<source>...) group"))
            ok = False
    ids = set()
    for j, col in enumerate(data.get("collectives") or []):
        if col["id"] in ids:
            problems.append(RuleProblem(path.name, _line(_node_at(node, ["collectives", j])), col["id"],
                                        "duplicate collective id"))
            ok = False
        ids.add(col["id"])
    for code, actor in data["actors"].items():
        for j, off in enumerate(actor.get("officials") or []):
            for k, o in enumerate(off["offices"]):
                if o.get("to") and o["to"] < o["from"]:
                    problems.append(RuleProblem(path.name, _line(_node_at(node, ["actors", code, "officials", j, "offices", k])),
                                                f"actors.{code}", f"{off['name']}: office ends before it starts"))
                    ok = False
    return ActorBook(data, path.name) if ok else {}


# --- per-language tables -------------------------------------------------------


def _open_ended(p):
    """A topic marker without its closing `$` (not an escaped one)."""
    return p[:-1] if p.endswith("$") and not p.endswith("\\$") else p


def _words(g, key):
    return frozenset(w.lower() for w in (g.get(key) or []))


def _office_code(offices, default, date):
    """The actor an official speaks for on `date` (ISO string); the latest office when no date."""
    chosen = None
    for o in sorted(offices, key=lambda o: o["from"]):
        if date is None or o["from"] <= date:
            if date is None or not o.get("to") or date < o["to"]:
                chosen = o
            elif chosen is None or chosen.get("to") and chosen["to"] <= date:
                chosen = o
    if chosen is None:
        chosen = min(offices, key=lambda o: o["from"])
    return chosen.get("code", default)


@dataclass
class Scan:
    """One regex `Attributor.analyse` runs over a sentence, as its Screen needs it."""
    compiled: object
    patterns: list  # the alternatives `compiled` is built of, in order
    build: object = None  # list of patterns -> their alternation, built as `compiled` is (None: one pattern)
    screened: list | None = None  # what the screen checks for each pattern, when not the pattern itself


class LangTables:
    def __init__(self, book: ActorBook, lang: str):
        self.lang = lang
        g = (book.get("grammar") or {}).get(lang, {})
        self.names = []  # (compiled, codes tuple or None, kind, offices, default code, subject_only)
        raw = []  # the patterns behind each entry of self.names, for the RE2 prefilter

        def add(pats, *rest):
            self.names.append((compile_alternation(pats), *rest))
            raw.append(list(pats))

        for code, actor in book["actors"].items():
            names = list((actor.get("names") or {}).get(lang, [])) + list((actor.get("names") or {}).get("any", []))
            if names:
                add(names, (code,), "name", None, code, False)
            adjs = list((actor.get("adjectives") or {}).get(lang, [])) + list((actor.get("adjectives") or {}).get("any", []))
            if adjs:
                add(adjs, (code,), "adjective", None, code, False)
            for off in actor.get("officials") or []:
                add(off["patterns"], None, "name", off["offices"], code, False)
        for col in book.get("collectives") or []:
            pats = list(col["names"].get(lang, [])) + list(col["names"].get("any", []))
            if pats:
                add(pats, tuple(col["codes"]), "collective", None, None, bool(col.get("subject_only")))
        # names are tried as one alternation would try them: collectives first, then names, then
        # adjectives, so that at one position the most specific reading wins ("Russian Federation"
        # before "Russian")
        order = {"collective": 0, "name": 1, "adjective": 2}
        ranked = sorted(zip(self.names, raw), key=lambda nr: order[nr[0][2]])
        self.names = [n for n, _ in ranked]
        self._names_prefilter = PatternSet([r for _, r in ranked])
        party, position, speech, frame, topic = (list(g.get(kind) or []) for kind in (
            "party_nouns", "position_nouns", "speech_verbs", "frame_triggers", "topic_markers"))
        self.party = self._bounded(party)
        self.position = self._bounded(position)
        self.speech = compile_alternation(speech)
        self.frame = compile_alternation(frame)
        topic_ends = [f"(?:{p})" + r"\Z" if not p.endswith("$") else p for p in topic]
        self.topic = compile_alternation(topic_ends)
        # the scans Attributor.analyse makes, for its Screen; `_bounded` only adds lookarounds, which the
        # screen drops anyway
        self.scans = {"party": Scan(self.party, party, self._bounded),
                      "position": Scan(self.position, position, self._bounded),
                      "speech": Scan(self.speech, speech, compile_alternation)}
        # frame and topic are searched on the text before a comma or a name: a match there is one in the
        # sentence once the topic markers' closing $ is dropped; a $ left means no screening
        if not any("$" in p for p in frame):
            self.scans["frame"] = Scan(self.frame, frame, compile_alternation)
        open_topic = [_open_ended(p) for p in topic]
        if not any("$" in p for p in open_topic):
            self.scans["topic"] = Scan(self.topic, topic_ends, compile_alternation, open_topic)
        self.prepositions = _words(g, "prepositions")
        self.agent = _words(g, "agent_markers")
        self.agent_post = _words(g, "agent_postpositions")
        self.perspective = _words(g, "perspective_markers")
        self.genitive = _words(g, "genitive_markers")
        self.locatives = _words(g, "locatives")
        self.complementizers = _words(g, "complementizers")
        self.coordinators = _words(g, "coordinators")
        self.determiners = _words(g, "determiners")
        self.negations = _words(g, "negations")
        self.sources = []
        for key in (lang, "any"):
            src = (book.get("cited_sources") or {}).get(key)
            if not src:
                continue
            strip = [regex.compile(p, PATTERN_FLAGS) for p in src.get("strip") or []]
            not_src = compile_alternation(list(src.get("not_sources") or []))
            for p in src["patterns"]:
                compiled = regex.compile(p, PATTERN_FLAGS)
                self.scans[f"source.{len(self.sources)}"] = Scan(compiled, [p])
                self.sources.append((compiled, strip, not_src))

    def name_candidates(self, norm: str) -> tuple:
        """The name entries that may occur in `norm` (the prefilter's answer, for name_matches)."""
        return self._names_prefilter.candidates(norm)

    def name_matches(self, norm: str, keys: tuple | None = None) -> list[tuple[int, int, int]]:
        """(start, end, entry) of the names in `norm`, exactly as one alternation of all entries finds them.

        One alternation of ~300 branches cost ~0.4 ms a sentence, and compiling a reduced one
        per set of candidates cost more than scanning. Instead the prefilter (prefilter.py)
        tells which entries may occur, and their own patterns are searched in step: the
        leftmost match wins, the earlier entry on a tie, and the scan goes on after it, which
        is what an alternation's finditer does.
        """
        if keys is None:
            keys = self.name_candidates(norm)
        if not keys:
            return []
        nxt = {k: _search(self.names[k][0], norm, 0) for k in keys}
        found, pos = [], 0
        while True:
            best = best_k = None
            for k in keys:
                m = nxt[k]
                if m is not None and m.start() < pos:
                    m = nxt[k] = _search(self.names[k][0], norm, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best, best_k = m, k
            if best is None:
                return found
            if best.end() > best.start():
                found.append((best.start(), best.end(), best_k))
            pos = max(best.end(), best.start() + 1)

    @staticmethod
    def _bounded(patterns):
        if not patterns:
            return None
        return regex.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)", PATTERN_FLAGS)


# --- screening -------------------------------------------------------------------


class Screen:
    """What the scans of `Attributor.analyse` may find in a sentence: one PatternSet over all their patterns.

    A labelled sentence costs ~10 `regex` scans (the cues of each stance, speech verbs, party and
    position nouns, each cited-source pattern...), ~300 us, and most of their patterns find nothing.
    One FilteredRE2 pass over the superset rewrites of the patterns (prefilter.py) costs a few us
    and tells which may match: a scan none of whose patterns may is skipped, and an alternation runs
    with only the patterns that may. A branch that matches nowhere in the sentence changes nothing
    an alternation finds there, so neither changes a result.
    """

    MAX_NARROWED = 4096  # alternations kept, one per set of patterns seen

    def __init__(self, scans: dict):
        self._scans = {}
        entries, self._entry = [], []  # PatternSet entry -> (scan key, pattern position)
        for key, scan in scans.items():
            screened = scan.screened or scan.patterns
            if not screened:
                continue
            self._scans[key] = scan
            for k, p in enumerate(screened):
                entries.append([p])
                self._entry.append((key, k))
        self._set = PatternSet(entries, [f"{key}[{k}]" for key, k in self._entry])
        self._narrowed: dict = {}

    def regexes(self, norm: str) -> dict:
        """Scan key -> the regex to run on `norm`: None when none of its patterns may match, else the
        alternation of those that may."""
        may: dict = {}
        for e in self._set.candidates(norm):
            key, k = self._entry[e]
            may.setdefault(key, []).append(k)
        out = dict.fromkeys(self._scans)
        for key, ks in may.items():
            scan = self._scans[key]
            if len(ks) == len(scan.patterns):
                out[key] = scan.compiled
                continue
            narrowed = self._narrowed.get((key, tuple(ks)))
            if narrowed is None:
                if len(self._narrowed) >= self.MAX_NARROWED:
                    self._narrowed.clear()
                narrowed = self._narrowed[key, tuple(ks)] = scan.build([scan.patterns[k] for k in ks])
            out[key] = narrowed
        return out


# --- analysis --------------------------------------------------------------------


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


@dataclass
class Analysis:
    holders: set = field(default_factory=set)
    pairs: list = field(default_factory=list)  # (Mention, Cue): subjects and their verbs
    cues: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    cited_source: str | None = None
    frame: bool = False


class Attributor:
    """Sets `actors`, `stance` and `cited_source` on the labels of one sentence."""

    def __init__(self, rulebook, screen: bool = True):
        self.rulebook = rulebook
        self.book = rulebook.actors
        self.screen = screen  # False: run every scan whole (the tests compare both ways)
        self._screens: dict[str | None, Screen] = {}

    def _regexes(self, norm: str, lang: str | None, t: LangTables) -> dict:
        """Scan key -> the regex to run on `norm` (None: skip), by the language's Screen, built on first use."""
        if not self.screen:
            return {}
        screen = self._screens.get(lang)
        if screen is None:
            cues = {f"cue.{stance}": Scan(self.rulebook.cues[lang][stance], pats, compile_alternation)
                    for stance, pats in (self.rulebook.cue_patterns.get(lang) or {}).items()
                    if (self.rulebook.cues.get(lang) or {}).get(stance) is not None}
            screen = self._screens[lang] = Screen({**cues, **t.scans})
        return screen.regexes(norm)

    # the classify.py interface
    def attribute(self, text: str, norm: str, lang: str | None, labels, date: str | None = None,
                  screened: tuple | None = None) -> None:
        if not labels:
            return
        a = self.analyse(norm, lang, date, text=text, screened=screened)
        holders = sorted(a.holders, key=CODES.index)
        for label in labels:
            label.actors = list(holders)
            label.cited_source = a.cited_source
            starts = [m.start for m in getattr(label, "matches", [])]
            label.stance = self.stance(a, min(starts) if starts else None)

    # --- pieces ---

    def _tokens(self, norm):
        toks = [(m.start(), m.end(), m.group().lower().rstrip("'")) for m in TOKEN_RE.finditer(norm)]
        return toks, [t[0] for t in toks]

    def _cues(self, norm, lang, t: LangTables, mentions, toks, starts, rx=None):
        rx = rx or {}
        found = []
        for stance, compiled in (self.rulebook.cues.get(lang) or {}).items():
            compiled = rx.get(f"cue.{stance}", compiled)
            if compiled is None:
                continue
            for m in _finditer(compiled, norm):
                if m.end() > m.start():
                    found.append(Cue(m.start(), m.end(), stance))
        speech = rx.get("speech", t.speech)
        if speech is not None:
            for m in _finditer(speech, norm):
                found.append(Cue(m.start(), m.end(), None))
        # a cue inside a name is part of the name ("United States" is no "state" cue)
        found = [c for c in found if not any(c.start < mm.end and mm.start < c.end for mm in mentions)]
        found.sort(key=lambda c: (c.start, -c.end))
        merged: list[Cue] = []
        for c in found:
            if merged and c.start < merged[-1].end:
                last = merged[-1]
                last.end = max(last.end, c.end)
                if STANCE_PRIORITY.get(c.stance, 0) > STANCE_PRIORITY.get(last.stance, 0):
                    last.stance = c.stance
            else:
                merged.append(Cue(c.start, c.end, c.stance))
        for c in merged:
            if c.stance == "agree":
                i = bisect.bisect_left(starts, c.start)
                before = [toks[j][2] for j in range(max(0, i - 3), i)]
                if any(w in t.negations for w in before):
                    c.stance = "reject"
        return merged

    def _mentions(self, norm, t: LangTables, date, rx=None, name_keys=None):
        rx = rx or {}
        chosen: list[Mention] = []
        for start, end, k in t.name_matches(norm, name_keys):
            _, codes, kind, offices, default, subject_only = t.names[k]
            c = codes if codes is not None else (_office_code(offices, default, date),)
            chosen.append(Mention(start, end, c, kind, subject_only))
        party, position = rx.get("party", t.party), rx.get("position", t.position)
        party = [(m.start(), m.end()) for m in _finditer(party, norm)] if party else []
        position = [(m.start(), m.end()) for m in _finditer(position, norm)] if position else []
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

    def _governor(self, norm, toks, starts, t: LangTables, pos, party):
        """The word that governs a name starting at `pos`: ('prep'|'agent'|'persp'|None, token)."""
        i = bisect.bisect_left(starts, pos) - 1
        skipped = 0
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
            if word in t.agent:
                return "agent", toks[i]
            if word in t.perspective:
                return "persp", toks[i]
            if word in t.prepositions or word in t.genitive:
                return "prep", toks[i]
            return None, toks[i]
        return None, None

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

        for m in mentions:
            if m.kind == "adjective":
                p = adjacent_after(m.end, party, 1) or adjacent_before(m.start, party, 1)
                if p:
                    out.append(Mention(min(m.start, p[0]), max(m.end, p[1]), m.codes, "party"))
                    continue
                q = adjacent_after(m.end, position, 1) or adjacent_before(m.start, position, 1)
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

    def _sources(self, norm, t: LangTables, mentions, position, cues, rx=None):
        """Cited-source spans: [(start, end, text)]; phrases naming a party or a document are left out."""
        rx = rx or {}
        found = []
        for i, (compiled, strip, not_src) in enumerate(t.sources):
            compiled = rx.get(f"source.{i}", compiled)
            if compiled is None:
                continue
            for m in _finditer(compiled, norm):
                s, e = m.span("source")
                if e <= s:
                    continue
                # a cue inside the phrase ends it ("Nach Angaben aus Kreisen schlug Moskau vor")
                for c in cues:
                    if s < c.start < e:
                        e = c.start
                        for mm in mentions:
                            if s <= mm.start and mm.end <= e and not norm[mm.end:e].strip(" ,"):
                                e = mm.start
                        break
                phrase = norm[s:e].strip(" ,\"'")
                if not any(w[:1].isalnum() and w.lower() not in t.determiners for w in phrase.split()):
                    continue  # "according to the "1,000 for 1,000" formula": nothing but an article
                if not_src is not None and _search(not_src, phrase):
                    continue
                if any(s <= p0 and p1 <= e for p0, p1 in position):
                    continue  # a document ("secondo il piano americano"): a frame, not a source
                found.append((s, e, phrase, strip))
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        spans = []
        for s, e, phrase, strip in found:
            if spans and s < spans[-1][1]:
                continue
            spans.append((s, e, phrase, strip))
        return spans

    @staticmethod
    def _clean_source(norm, text, s, e, strip):
        phrase = text[s:e].strip(" ,")
        n = norm[s:e].strip(" ,")
        changed = True
        while changed:
            changed = False
            for p in strip:
                m = p.match(n)
                if m and m.end() < len(n):
                    cut = m.end()
                    phrase, n = phrase[cut:].lstrip(), n[cut:].lstrip()
                    changed = True
        return phrase.strip(" \"'") or None

    def screened(self, norm: str, lang: str | None) -> tuple[dict, tuple]:
        """What the prefilters say of a sentence: the scans' regexes, and the name entries that may occur."""
        t = self.book.tables(lang)
        return self._regexes(norm, lang, t), t.name_candidates(norm)

    def analyse(self, norm: str, lang: str | None, date: str | None = None, text: str | None = None,
                screened: tuple | None = None) -> Analysis:
        """Holders, cues, cited source of a sentence; `screened`: screened(norm, lang), when already asked."""
        text = norm if text is None else text
        t = self.book.tables(lang)
        a = Analysis()
        rx, name_keys = screened if screened is not None else self.screened(norm, lang)
        toks, starts = self._tokens(norm)
        mentions, party, position = self._mentions(norm, t, date, rx, name_keys)
        if t.lang == "tr":
            for m in mentions:
                m.case = self._tr_case(norm, m, party)
        mentions, owners = self._extend_nps(norm, mentions, party, position, toks, starts, t)
        cues = self._cues(norm, lang, t, mentions, toks, starts, rx)
        a.cues = cues
        verb_spans = [(c.start, c.end) for c in cues]

        # cited sources: the mentions inside them hold nothing
        sources = self._sources(norm, t, mentions, position, cues, rx)
        source_mentions = []
        for s, e, phrase, strip in sources:
            inside = [m for m in mentions if s <= m.start and m.end <= e and m.kind != "adjective"]
            if inside:  # "according to Peskov", "по словам Лаврова": the party speaks itself
                source_mentions.extend(inside)
                continue
            if a.cited_source is None:
                a.cited_source = self._clean_source(norm, text, s, e, strip)
        in_source = {id(m) for m in mentions if any(s <= m.start and m.end <= e for s, e, _, _ in sources)}
        free = [m for m in mentions if id(m) not in in_source or m in source_mentions]
        a.mentions = free

        # complement clauses: "demands that ...", "verlangt, dass ..."
        comp_from = None
        for c in cues:
            nxt = [w for w in self._words_after(toks, starts, c.end, 5) if w[2] != ","]
            for k, w in enumerate(nxt[:3]):
                if w[2] in t.complementizers:
                    # "requires in particular that ..." opens the content; "accept the truce that ..." is a relative
                    if not any(x[2] in t.determiners for x in nxt[:k]):
                        comp_from = w[0] if comp_from is None else min(comp_from, w[0])
                    break

        def in_complement(m):
            return comp_from is not None and m.start >= comp_from

        holders: list[tuple[Mention, str]] = []  # (mention, rule)

        # owners of a position noun: "Ukraine's proposal", "la proposta ucraina", "планы Евросоюза"
        for m, q in owners:
            if id(m) not in in_source:
                holders.append((m, "owner"))
        for m in free:
            if m.kind == "adjective":
                continue
            after = norm[m.end:m.end + 2]
            gap = 0 if t.lang == "tr" else 1  # "Rusya'nın talebi", not "Rusya'nın çekilmesini talep"
            pos_end = m.end + (2 if after == "'s" else 1 if after[:1] == "'" else 0)
            q = None
            for s, e in position:
                if s >= pos_end:
                    between = [w for w in self._words_between(toks, starts, pos_end, s) if w[2] not in ("'", "s")]
                    if len(between) <= gap and all(w[2][:1].isalnum() for w in between):
                        q = (s, e)
                    break
            if q is None and t.lang == "tr" and m.case == "gen":
                # "Rusya'nın ateşkes teklifi": one bare noun may stand between; not a verbal noun ("çekilmesini talep")
                nxt = self._words_after(toks, starts, m.end, 2)
                if (len(nxt) == 2 and nxt[0][2][-1:] not in "aeıioöuü" and not nxt[0][2].endswith(("den", "dan", "ten", "tan"))
                        and any(s == nxt[1][0] for s, e in position)):
                    q = (nxt[1][0], nxt[1][1])
            if q and (t.lang != "tr" or m.case != "obl"):
                holders.append((m, "owner"))
                continue
            # position noun + (genitive marker) + name: "la proposta di Kiev", "планы Евросоюза"
            before = None
            for s, e in position:
                if e <= m.start:
                    before = (s, e)
            if before is not None and t.lang != "tr":
                between = self._words_between(toks, starts, before[1], m.start)
                # "la proposta di Kiev" needs its "di"; Slavic genitives need none ("планы Евросоюза");
                # "Washington offers Moscow ..." is a verb and its object, not Moscow's offer
                marked = any(w[2] in t.genitive for w in between) or not t.genitive
                if marked and all(w[2] in t.genitive or w[2] in t.determiners for w in between) and len(between) <= 2:
                    holders.append((m, "owner"))
                    continue
            if t.lang == "tr" and m.case == "gen":
                nxt = self._words_after(toks, starts, m.end, 2)
                if any(TR_PARTICIPLE.search(w[2]) and any(c.start <= w[0] < c.end for c in cues) for w in nxt):
                    holders.append((m, "owner"))

        # framing document at the start: "Under Moscow's draft memorandum, ...", "Secondo il piano americano, ..."
        first_comma = norm.find(",")
        frame_re = rx.get("frame", t.frame)
        if frame_re is not None and first_comma > 0 and _search(frame_re, norm[:first_comma]):
            frame = [m for m, rule in holders if rule == "owner" and m.end <= first_comma]
            if frame:
                a.frame = True
                a.holders.update(c for m in frame for c in m.codes)
                return a

        # coordinated groups of names: "the U.S., Ukraine, and the E4 countries"
        groups: list[list[Mention]] = []
        for m in free:
            if m.kind == "adjective":
                continue
            if groups:
                last = groups[-1][-1]
                between = self._words_between(toks, starts, last.end, m.start)
                glue = all(w[2] in t.coordinators or w[2] in t.determiners or w[2] in {",", "'", "s"} for w in between)
                if t.lang == "tr" and (m.case or last.case or any(w[2] == "," for w in between)):
                    glue = False  # Turkish: the comma closes the subject ("Rusya, Ukrayna'nın ...")
                if glue and any(w[2] in t.coordinators or w[2] == "," for w in between) and m.start - last.end < 40:
                    groups[-1].append(m)
                    continue
            groups.append([m])

        for group in groups:
            first, last = group[0], group[-1]
            gov, gtok = self._governor(norm, toks, starts, t, first.start, party)
            if t.lang == "tr":
                if first.case is not None and last.case is not None:
                    continue
                nxt = norm[last.end:last.end + 1]
                if nxt == ",":
                    # the verb closes the sentence: "Rusya, ... kabul etmedi."
                    verbs = [c for c in cues if c.start > last.end]
                    for m in group:
                        holders.append((m, "subject"))
                        if verbs:
                            a.pairs.append((m, verbs[-1]))
                    continue
                post = self._words_after(toks, starts, last.end, 1)
                if post and post[0][2] in t.agent_post:
                    for m in group:
                        holders.append((m, "agent"))
                    continue
            topic = rx.get("topic", t.topic)
            if topic is not None and _search(topic, norm[:first.start]):
                for m in group:
                    holders.append((m, "topic"))
                continue
            if gov == "agent":
                if self._near_before(verb_spans, toks, starts, gtok[0], 3):
                    for m in group:
                        holders.append((m, "agent"))
                continue
            if gov == "persp":
                # "unacceptable for Kyiv", "для Москвы неприемлемо": an evaluative (reject/agree) cue next to it
                evaluative = [(c.start, c.end) for c in cues if c.stance in ("reject", "agree")]
                if (self._near_before(evaluative, toks, starts, gtok[0], 3)
                        or self._near(evaluative, toks, starts, t, last.end, None, 3)):
                    for m in group:
                        holders.append((m, "perspective"))
                continue
            if gov == "prep":
                # "В Кремле заявили", "у Києві вважають": the place speaks for the party
                speech = rx.get("speech", t.speech)
                if gtok[2] in t.locatives and speech is not None:
                    sp = _search(speech, norm, last.end)
                    if sp is not None and not norm[last.end:sp.start()].strip():
                        for m in group:
                            holders.append((m, "locative"))
                continue
            verb = self._near(verb_spans, toks, starts, t, last.end, None, SUBJECT_GAP)
            if verb is None:
                continue
            between_mentions = [m for m in free if last.end <= m.start and m.end <= verb[0] and m.kind != "adjective"]
            if between_mentions:
                continue
            # the object of a cue verb: "urged the Kremlin", "wezwał Rosję", "chiede all'Ucraina"
            obj = self._near_before(verb_spans, toks, starts, first.start, 1)
            if obj is not None and not norm[obj[1]:first.start].strip(" ").startswith(","):
                continue
            if in_complement(first):
                for m in group:
                    holders.append((m, "complement"))
                continue
            cue = next(c for c in cues if c.start == verb[0])
            for m in group:
                holders.append((m, "subject"))
                a.pairs.append((m, cue))

        # the speaker after the clause: ", said Ukrainian president Zelensky", ", заявил глава МИД Украины"
        for c in cues:
            lead = norm[:c.start].rstrip()
            if not lead.endswith((",", '"')):
                continue
            span_words = self._words_between(toks, starts, c.end, len(norm))
            window_end = span_words[min(len(span_words), 7) - 1][1] if span_words else c.end
            if any(w[2] in t.complementizers for w in span_words[:2]):
                continue
            for m in free:
                if c.end <= m.start and m.end <= window_end + 40 and m.start <= window_end and m.kind != "adjective":
                    gov, _ = self._governor(norm, toks, starts, t, m.start, party)
                    if gov != "prep" and (t.lang != "tr" or m.case is None):
                        holders.append((m, "speaker"))

        rules = {}
        for m, rule in holders:
            rules.setdefault(id(m), (m, set()))[1].add(rule)
        main = [(m, r) for m, r in rules.values() if r - {"complement"}]
        if not main:
            main = [(m, r) for m, r in rules.values()]
        if not main:
            # nothing governs: the first free name that is no object or place
            pool = [m for m in free if m.kind != "adjective"
                    and self._governor(norm, toks, starts, t, m.start, party)[0] is None
                    and (t.lang != "tr" or m.case is None)]
            outside = [m for m in pool if not in_complement(m)]
            pool = outside or pool
            if pool:
                main = [(pool[0], {"fallback"})]
        if not main and source_mentions:
            # "According to Peskov, a truce is premature": the party quoted is the holder
            main = [(m, {"source"}) for m in source_mentions]
        elif source_mentions and a.cited_source is None:
            # "Zdaniem Sikorskiego Rosja nie chce pokoju": Sikorski is cited, Russia holds
            s0 = min(m.start for m in source_mentions)
            span = next(sp for sp in sources if sp[0] <= s0 < sp[1])
            a.cited_source = self._clean_source(norm, text, span[0], span[1], span[3])
        main.sort(key=lambda mr: mr[0].start)
        first_holder = main[0][0] if main else None
        for m, r in main:
            if m.subject_only and m is not first_holder:
                continue
            a.holders.update(m.codes)
        return a

    def stance(self, a: Analysis, evidence: int | None) -> str:
        """Stance of the position on the label's evidence: the cue of its holder's verb, else the nearest cue."""
        stanced = [c for c in a.cues if c.stance]
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


# --- examples ----------------------------------------------------------------------


def mentions_of(book: ActorBook, text: str, lang: str, date: str | None = None) -> set:
    """Codes of the actors a sentence names (names, officials, party phrases; not bare adjectives)."""
    from .textnorm import normalise

    norm = normalise(text)
    t = book.tables(lang)
    att = Attributor.__new__(Attributor)
    att.book = book
    toks, starts = att._tokens(norm)
    mentions, party, position = att._mentions(norm, t, date)
    mentions, owners = att._extend_nps(norm, mentions, party, position, toks, starts, t)
    codes = {c for m in mentions if m.kind != "adjective" for c in m.codes}
    codes.update(c for m, _ in owners for c in m.codes)
    return codes


def cited_source_of(rulebook, text: str, lang: str) -> str | None:
    from .textnorm import normalise

    att = Attributor(rulebook)
    return att.analyse(normalise(text), lang, text=text).cited_source
