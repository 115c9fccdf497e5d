"""The fast path: one FilteredRE2 per language picks the rules that may fire on a sentence.

RE2 scans in linear time for all rules at once, but it lacks lookarounds and its `\\b`, `\\w`,
`\\s`, `\\d` are ASCII-only. So each rule's patterns are rewritten into a RE2 pattern that
matches a SUPERSET of what the `regex` pattern matches (assertions dropped, classes widened to
Unicode), and `regex` then confirms the candidates. A pattern that cannot be rewritten makes its
rule a candidate on every sentence: slower, never wrong.
"""

from __future__ import annotations

import logging

import re2

log = logging.getLogger(__name__)

WORD = r"\pL\pN\pM_"
SPACE = r"\s\pZ"

# escape -> (outside a class, inside a class); None: cannot be expressed, give up on the pattern
_ESCAPES = {
    # outside a class \w becomes "." (never a newline, like \w): the same candidates within 2%,
    # and the Sets compile in 0.2 s instead of 3.5 s, since Unicode case-folded classes are costly
    "w": (".", WORD),
    "W": (f"[^{WORD}]", None),
    "d": (r"\pN", r"\pN"),
    "D": (r"\PN", r"\PN"),
    "s": (f"[{SPACE}]", SPACE),
    "S": (f"[^{SPACE}]", None),
    "b": ("", None),
    "B": ("", None),
    "A": ("", None),
    "Z": ("", None),
    "z": ("", None),
    "G": ("", None),
}
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


class Untranslatable(Exception):
    pass


def _skip_group(p: str, i: int) -> int:
    """Index just after the group opening at p[i] == '(' (escapes and classes respected)."""
    depth, n = 0, len(p)
    in_class = False
    while i < n:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if i + 1 < n and p[i + 1] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise Untranslatable("unbalanced group")


def to_re2(p: str) -> str:
    """Rewrite a `regex` pattern into an RE2 pattern matching a superset of its matches."""
    out: list[str] = []
    i, n = 0, len(p)
    in_class = False
    open_groups: list[tuple[int | None, int]] = []  # (capture number or None, position in out)
    captured: dict[int, str] = {}
    count = 0
    while i < n:
        c = p[i]
        if c == "\\":
            if i + 1 >= n:
                raise Untranslatable("trailing backslash")
            e = p[i + 1]
            if e in _ESCAPES:
                outside, inside = _ESCAPES[e]
                rep = inside if in_class else outside
                if rep is None:
                    raise Untranslatable(f"\\{e} inside a class")
                out.append(rep)
                i += 2
                continue
            if e.isdigit() and e != "0" and not in_class:
                # the text a group matched is matched by the group's own pattern: a superset
                if int(e) not in captured:
                    raise Untranslatable("backreference to an open or unknown group")
                out.append(f"(?:{captured[int(e)]})")
                i += 2
                continue
            if e in "pP" and i + 2 < n and p[i + 2] == "{":
                j = p.index("}", i)
                out.append(p[i:j + 1])
                i = j + 1
                continue
            if e == "u":
                out.append("\\x{" + p[i + 2:i + 6] + "}")
                i += 6
                continue
            if e == "U":
                out.append("\\x{" + p[i + 2:i + 10] + "}")
                i += 10
                continue
            if e in "XNKLlRgm":
                raise Untranslatable(f"\\{e}")
            out.append(p[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            if c == "[" and p[i:i + 2] == "[:":
                raise Untranslatable("POSIX class")
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            if i < n and p[i] == "^":
                out.append("^")
                i += 1
            if i < n and p[i] == "]":
                out.append("\\]")
                i += 1
            continue
        if c == "(":
            if p.startswith(_LOOKAROUND, i):
                i = _skip_group(p, i)
                continue
            if p.startswith("(?>", i):
                out.append("(?:")
                i += 3
                continue
            if p.startswith("(?P=", i) or p.startswith("(?(", i) or p.startswith("(?|", i):
                raise Untranslatable("unsupported group")
            if p.startswith("(?#", i):
                i = p.index(")", i) + 1
                continue
            capturing = not p.startswith("(?", i) or p.startswith("(?P<", i) or p.startswith("(?<", i)
            if capturing:
                count += 1
            open_groups.append((count if capturing else None, len(out)))
            out.append(c)
            i += 1
            continue
        if c == ")" and open_groups:
            num, pos = open_groups.pop()
            out.append(c)
            if num is not None:
                inner = "".join(out[pos + 1:-1])
                if inner.startswith("?P<") or inner.startswith("?<"):
                    inner = inner[inner.index(">") + 1:]
                captured[num] = inner
            i += 1
            continue
        if c in "*+?}" and i + 1 < n and p[i + 1] == "+":  # possessive quantifier
            out.append(c)
            i += 2
            continue
        if c == "{" and "e" in p[i:max(p.find("}", i), i)]:
            raise Untranslatable("fuzzy matching")
        out.append(c)
        i += 1
    return "".join(out)


def _options():
    o = re2.Options()
    o.case_sensitive = False
    o.max_mem = 256 << 20
    return o


class PatternSet:
    """Which of several pattern lists may match a text: one FilteredRE2 over all of them.

    FilteredRE2 finds the literal atoms each pattern needs with one small literal automaton,
    then runs only the RE2 patterns whose atoms occur. An RE2 Set over the same patterns gives
    the same answer but its automaton, a product of ~35 patterns with wide gaps, keeps building
    new states on unseen text: 74 us a sentence against 18 us (benchmarks/bench_prefilter.py).

    An entry RE2 cannot screen (untranslatable, or not compiled by RE2) is a candidate on
    every text: slower, never wrong.
    """

    def __init__(self, pattern_lists, names=None):
        self.always: list[int] = []  # entries RE2 cannot screen
        self._index: list[int] = []  # filter entry -> entry position
        self._filter = re2.Filter()
        options = _options()
        for pos, patterns in enumerate(pattern_lists):
            try:
                self._filter.Add("|".join(f"(?:{to_re2(p)})" for p in patterns), options)
            except (Untranslatable, re2.error, ValueError) as e:
                log.info("%s is not prefiltered: %s", names[pos] if names else f"entry {pos}", e)
                self.always.append(pos)
                continue
            self._index.append(pos)
        if self._index:
            try:
                self._filter.Compile()
            except re2.error:
                log.warning("RE2 could not compile a prefilter of %d entries; not prefiltering", len(self._index))
                self.always = sorted(self.always + self._index)
                self._index = []

    def candidates(self, norm: str) -> tuple:
        """Positions of the entries that may match `norm`, in order."""
        hits = {self._index[k] for k in (self._filter.Match(norm) or ())} if self._index else set()
        return tuple(sorted(hits.union(self.always)))


class RuleSet:
    """Candidate rules for sentences of one language."""

    def __init__(self, rules):
        self.rules = list(rules)
        self._set = PatternSet([r.patterns for r in self.rules], [f"rule {r.id}" for r in self.rules])
        self.always = self._set.always

    def candidates(self, norm: str) -> list:
        """Rules whose patterns may match the (normalised) sentence, in rulebook order."""
        return [self.rules[k] for k in self._set.candidates(norm)]
