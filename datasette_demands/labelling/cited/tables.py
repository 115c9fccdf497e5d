"""The outlet tables: the lexicon of rules/outlets.yml and the cited-source words of a language
(descriptors, generic nouns, labels, reporting words ...), compiled once per rulebook and language
(compile_outlets) into the patterns the steps read.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ...rulebook.cache import compile_pattern
from ...rulebook.patterns import PATTERN_FLAGS
from ..actor_tables import finditer
from ..normalise import normalise


# an outlet form's word may take an ending of up to this many letters where it ends in `*`
ENDING = r"\w{0,4}"


FORM_FLAGS = regex.UNICODE | regex.VERSION0


@dataclass
class Outlet:
    start: int
    end: int
    name: str  # canonical
    context: bool


class OutletTables:
    """The outlet lexicon compiled for one language: one case-sensitive alternation of every form, the
    canonical name of each, and the language's generic source nouns and phrase ends."""

    def __init__(self, book: dict, lang: str | None):
        self.lang = lang
        entries = []  # (pattern, canonical, context)
        for outlet in book.get("outlets") or []:
            for form in outlet["forms"]:
                entries.append((form_pattern(form), outlet["name"], bool(outlet.get("context"))))
        # longest forms first: "Interfax-Ukraine" before "Interfax", "RIA Novosti" before "RIA"
        entries.sort(key=lambda e: -len(e[0]))
        # each form's own pattern is compiled when a name is looked up (canonical()); all compile through
        # the start-up cache, so the nine languages share them and the next run unpickles them
        self.entries = entries
        # not the first part of a longer name in capitals ("ТАСС-ДОСЬЕ", the agency's reference desk);
        # "Ukrinform-Korrespondentin" names the agency
        self.any = (compile_pattern(r"(?<![\w-])(?:" + "|".join(p for p, _, _ in entries) + r")(?![\w]|-\p{Lu}\p{Lu})",
                                    FORM_FLAGS) if entries else None)
        lists = (book.get("languages") or {}).get(lang) or {}
        # nouns of people who are a source only where they stay unnamed ("un funcionario que pidió anonimato")
        self.unnamed = _words_re(lists.get("unnamed"))
        self.generic = _words_re((lists.get("generic") or []) + (lists.get("unnamed") or []))
        self.reporting = _words_re(lists.get("reporting"))
        self.ends = _words_re(lists.get("ends"))
        self.pronouns = _words_re(lists.get("pronouns"))
        self.modifiers = _words_re(lists.get("modifiers"))
        self.after = _words_re(lists.get("after"))
        self.adjectives = _words_re((lists.get("after") or []) + (lists.get("adjectives") or []))
        self.people = _words_re(lists.get("people"))
        self.venues = _words_re(lists.get("venues"))
        self.seats = {w.lower() for w in lists.get("seats") or []}  # "officials | in | London": the people's seat
        # the words of closeness before what a channel or a person is close to, ending a text ("vicino agli |", "d'|")
        self.close_to = (compile_pattern(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in lists["close_to"]) + r")\s*$",
                                         PATTERN_FLAGS) if lists.get("close_to") else None)
        self.audiences = _ending_re(lists.get("audiences"))
        # generic nouns of outlets that a speaker tells ("told Russian state television"): the source, no audience
        self.told = _words_re(lists.get("told"))
        # the words between a reporting word and the generic source after it (an agent's preposition, times),
        # a run of them ending a text
        self.between = (compile_pattern(r"(?<!\w)(?:(?:" + "|".join(f"(?:{p})" for p in lists["between"]) + r")\s+)+$",
                                        PATTERN_FLAGS) if lists.get("between") else None)
        self.anonymous = _words_re(lists.get("anonymous"))
        # words that make a known outlet beside them the sentence's topic ("banned Politico"), not its source
        self.topics = _words_re(lists.get("topics"))
        # nouns of a state's own services ("military intelligence"): a name after one, beside its party, speaks for it
        self.bodies = (compile_pattern(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in lists["bodies"])
                                       + r")(?:\s+(?-i:\p{Ll})[\w'’-]*){0,2}\s+$", PATTERN_FLAGS)
                       if lists.get("bodies") else None)  # up to two adjectives after the noun: "militaire ukrainien"
        self.body_words = _words_re(lists.get("bodies"))  # a German noun in the name's capitals: "Militärgeheimdienst HUR"
        self.labels = _words_re(lists.get("labels"))
        # articles the annotators leave out of a generic source ("selon les médias russes": "médias russes")
        self.no_article = {w.lower() for w in lists.get("no_article") or []}
        # a source by its frame: the words right before a name that cite it ("told", "in an interview with"),
        # right after it ("reported", "сообщает"), the nouns that name an outlet before its name ("the
        # newspaper", "телеканал"), the words that make a name an outlet's ("News", "Radio"), and the openers
        # of citing phrases whose name is a person ("по словам", "zdaniem")
        self.cite_before = _ending_re(lists.get("cite_before"))
        self.cite_after = (compile_pattern(r"\s*(?:" + "|".join(f"(?:{p})" for p in lists["cite_after"]) + r")(?!\w)",
                                           PATTERN_FLAGS) if lists.get("cite_after") else None)
        self.descriptors = _words_re(lists.get("descriptors"))
        self.descriptor_end = _ending_re(lists.get("descriptors"))
        self.titles = _words_re(lists.get("titles"))
        self.cite_words = _words_re(lists.get("cite_before"))
        # any of the frames' words, for a first look at a sentence: a name far from all of them is no source
        self.frame_words = _words_re((lists.get("cite_before") or []) + (lists.get("descriptors") or [])
                                     + [p.lstrip("'’[]") for p in lists.get("cite_after") or []])
        self.speakers = _ending_re(lists.get("speakers"))
        # the words that may open a source's phrase before its noun and modifiers, ending right before them
        self.leading = (compile_pattern(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in lists["leading"]) + r")\s+$",
                                        PATTERN_FLAGS) if lists.get("leading") else None)

    def outlets_in(self, norm: str, start: int = 0, end: int | None = None) -> list[Outlet]:
        """The outlets named in norm[start:end], with their canonical names."""
        if self.any is None:
            return []
        end = len(norm) if end is None else end
        found = []
        for m in finditer(self.any, norm[:end]):
            if m.start() < start:
                continue
            name, ctx = self.canonical(m.group())
            found.append(Outlet(m.start(), m.end(), name, ctx))
        return found

    def named(self, written: str) -> str | None:
        """The canonical name of an outlet written whole in any case ("pap" on a credit line), or None."""
        for pattern, name, _ in self.entries:
            if compile_pattern(pattern, FORM_FLAGS | regex.IGNORECASE).fullmatch(written):
                return name
        return None

    def canonical(self, written: str) -> tuple[str, bool]:
        """(canonical name, context flag) of a form as written."""
        for pattern, name, ctx in self.entries:
            if compile_pattern(pattern, FORM_FLAGS).fullmatch(written):
                return name, ctx
        return written, False


def _words_re(patterns):
    """One case-insensitive alternation of word patterns, matched as whole words (None for none)."""
    if not patterns:
        return None
    return compile_pattern(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)", PATTERN_FLAGS)


def _ending_re(patterns):
    """One case-insensitive alternation of phrases that must end a text, a space after them (None for none)."""
    if not patterns:
        return None
    return compile_pattern(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s+$", PATTERN_FLAGS)


@functools.lru_cache(maxsize=None)
def form_pattern(form: str) -> str:
    """A lexicon form as a regex: its words as written, a `*` at the end of a word, or of a hyphen-joined part of
    one ("Интерфакс*-Украина"), allowing an ending."""
    return r"\s+".join("-".join(_part_pattern(p) for p in w.split("-")) for w in normalise(form).split())


def _part_pattern(part: str) -> str:
    return regex.escape(part[:-1]) + ENDING if part.endswith("*") else regex.escape(part)


def compile_outlets(book: dict, lang: str | None) -> OutletTables | None:
    """The lexicon for one language, or None when the rulebook has none."""
    return OutletTables(book, lang) if book else None
