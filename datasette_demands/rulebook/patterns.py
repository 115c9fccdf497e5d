"""Patterns: how a rule's regexes are compiled, and the checks every pattern must pass.

A pattern must compile, must not match the empty string and must not backtrack catastrophically;
the verdicts are remembered across runs (`checked_pattern`).
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import regex

from .cache import compile_pattern

PATTERN_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
# A pattern that needs longer than this on one sentence is treated as runaway.
MATCH_TIMEOUT = 0.5


def compile_alternation(patterns: list[str]):
    """One regex for a list of patterns. A branch reset (?|...) numbers each pattern's groups
    from 1, so a backreference such as \\1 keeps pointing into its own pattern. Compiled once
    across runs (cache.py)."""
    if not patterns:
        return None
    return compile_pattern("(?|" + "|".join(f"(?:{p})" for p in patterns) + ")", PATTERN_FLAGS)


def as_written(p: str) -> str:
    """A pattern as a contributor writes it in YAML: in single quotes, backslashes as they are
    (Python's repr would double them). A pattern holding a control character can only have come
    from double quotes ("\b" is a backspace there), so it is shown in double quotes, escaped."""
    if any(ord(c) < 0x20 or ord(c) == 0x7f for c in p):
        return json.dumps(p, ensure_ascii=False)
    return "'" + p.replace("'", "''") + "'"


# Sentences are matched in their normalised form (labelling/normalise.py builds it from this table): one
# character for one, so that offsets still point into the sentence. The Turkish dotted capital İ is written I
# there, so a pattern holding İ could never match it; nor one holding a curly apostrophe or quote, a dash or ё
# outside a character class (`normalised_away`).
DOTTED_CAPITAL_I = "\u0130"
NORMALISED_CHARACTERS = {
    DOTTED_CAPITAL_I: "I",  # regex's simple case folding leaves it alone
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "\u0060": "'",  # apostrophes (uk uses U+02BC)
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u0451": "\u0435", "\u0401": "\u0415",  # ё -> е, Ё -> Е
    "\u00ad": " ",  # soft hyphen
}


def normalised_away(p: str) -> str | None:
    """Why a pattern can never match as written: it holds, outside a character class, a character that no
    sentence has by the time it is matched (a curly apostrophe in 'l’accordo'), or None. In a class
    (['’]) such a character is harmless."""
    for _, c in _outside_classes(p):
        if c in NORMALISED_CHARACTERS and c != DOTTED_CAPITAL_I:
            to = NORMALISED_CHARACTERS[c]
            return (f"{c!r} (U+{ord(c):04X}) never matches: sentences are matched with {c} written {to!r}, so write "
                    f"{to!r}, which matches both, in pattern {as_written(p)}")
    return None


def _outside_classes(p: str):
    """(position, character) of each character of a pattern that is neither escaped nor in a character class."""
    i, in_class = 0, False
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class, i = True, i + 1
            i += p[i:i + 1] == "^"
            i += p[i:i + 1] == "]"  # a ] first in a class is a literal
            continue
        else:
            yield i, c
        i += 1


def _dotted_capital_i(p: str) -> str | None:
    if DOTTED_CAPITAL_I in p:
        return (f"pattern {as_written(p)} holds İ (dotted capital I), which no sentence has by the time it is "
                "matched (İ becomes I first): write I, which matches İ, I and i")
    return None


def unclosed_group(p: str) -> int | None:
    """Where the first group that is never closed opens (0-based, as `regex` counts): `regex` reports
    a missing `)` at the end of the pattern, far from the `(` that lacks it. Escapes and character
    classes are skipped."""
    opened = []
    for i, c in _outside_classes(p):
        if c == "(":
            opened.append(i)
        elif c == ")" and opened:
            opened.pop()
    return opened[0] if opened else None


def check_pattern(p: str) -> str | None:
    """Return why a single pattern is unusable, or None."""
    dotted = _dotted_capital_i(p)
    if dotted:
        return dotted
    try:
        compiled = regex.compile(p, PATTERN_FLAGS)
    except regex.error as e:
        opened = unclosed_group(p) if "missing )" in str(e) else None
        where = f" (the '(' at position {opened} is never closed)" if opened is not None else ""
        return f"pattern {as_written(p)} does not compile: {e}{where}"
    if compiled.search("", timeout=MATCH_TIMEOUT) is not None:
        return f"pattern {as_written(p)} matches the empty string"
    slow = backtracking_probe(compiled)
    if slow is not None:
        return (f"pattern {as_written(p)} backtracks catastrophically: over {PROBE_CPU_LIMIT:g}s on a test text of "
                f"{_probe_words(slow)}")
    return None


def _probe_words(sample: str) -> str:
    """A probe text in words: "'a' repeated", not 'aaaaaaaaaaaaaaaaaaaa...', which reads as a typo."""
    unit = next(sample[:n] for n in range(1, len(sample) + 1) if (sample[:n] * len(sample))[:len(sample)] == sample)
    return f"{unit!r} repeated" if len(unit) < len(sample) else f"{sample!r}..."


# A probe is screened with a short timeout; one that runs out is run again, and judged by the processor time it
# takes, which a busy machine does not inflate as it does the clock. Sound patterns heavy with lookbehinds take up
# to 0.09s on a probe (the rulebook's slowest); the mildest catastrophic ones ((.*a){12}, \b(?:\w+\s?)+$) take
# 0.4-0.5s, growing with the square of the length or faster, and nested ones ((a+)+$) take hours, so the
# confirmation stops at PROBE_CONFIRM_TIMEOUT.
PROBE_TIMEOUT = 0.1
PROBE_CPU_LIMIT = 0.2
PROBE_CONFIRM_TIMEOUT = 2.0
# Probe strings are longer than the longest sentence the segmenter emits (labelling/segment.MAX_SENTENCE_CHARS,
# 2000), so a pattern that passes the probe cannot stall on any real sentence. The `regex` module
# defuses nested quantifiers on short strings, but (a+)+$ still needs seconds on ~1000 characters.
PROBE_LENGTH = 3000
# Each probe runs first at this length; only a pattern that is already slowish there (sound patterns
# take microseconds) is run at full length, which keeps the check cheap on a rulebook of 1000+ patterns.
PROBE_SHORT_LENGTH = 300
PROBE_ESCALATE = 0.0005
_PROBE_DEFAULT_CHARS = ("a", "я", "é", "1", "x")
_probe_cache: dict[tuple[str, int], str | None] = {}


def _probe_strings(pattern: str, n: int = PROBE_LENGTH) -> list[str]:
    """Adversarial inputs for one pattern, each about n characters and ending in a character
    that makes most patterns fail at the last moment (which is what forces the backtracking).
    The list has the same shape for every n."""
    letters = []
    for c in pattern.lower():
        if (c.isalpha() or c.isdigit()) and c not in letters:
            letters.append(c)
    chars = letters[:6] + [c for c in _PROBE_DEFAULT_CHARS if c not in letters[:6]]
    probes = []
    for c in chars:
        probes.append(c * n + "!")                      # (a+)+$, (x|xx)+y, (\w+\s?)+$
        probes.append((c + " ") * (n // 2) + "!")       # (\w+\s?)+$ on words
    probes.append("ab " * (n // 3) + "!")
    probes.append("a-" * (n // 2) + "!")
    probes.append(" " * n + "!")
    probes.append("\n" * n + "!")
    # (.*a){12}: fewer occurrences of the repeated group's last character than the count demands,
    # spread over the whole string, so that every way of splitting it gets tried.
    counts = set()
    for m in regex.finditer(r"\{(\d+)(?:,\d*)?\}", pattern):
        k = int(m.group(1))  # the minimum count: one occurrence fewer can never match
        if 3 <= k <= 100:
            counts.add(k)
    for k in sorted(counts):
        for c in chars[:6]:
            filler = "y" if c == "x" else "x"
            gap = max(1, n // (k - 1) - 1)
            probes.append((filler * gap + c) * (k - 1) + "!")
    return probes


def _too_slow(compiled, s: str) -> bool:
    try:
        compiled.search(s, timeout=PROBE_TIMEOUT)
    except TimeoutError:
        return True
    return False


def _too_much_work(compiled, s: str) -> bool:
    started = time.thread_time()
    try:
        compiled.search(s, timeout=PROBE_CONFIRM_TIMEOUT)
    except TimeoutError:
        return True
    return time.thread_time() - started > PROBE_CPU_LIMIT


def backtracking_probe(compiled) -> str | None:
    """Run a compiled pattern on adversarial strings; return the first too slow, or None.

    Nested or overlapping quantifiers ((a+)+$, (\\w+\\s?)+$, (x|xx)+y, (.*a){12}) take seconds on a
    few thousand repeated characters, while a sound pattern scans them in well under a millisecond
    (a long one with many lookbehinds in under 0.1s). A probe that runs out of the screening timeout
    counts as slow only when running it again takes more processor time than PROBE_CPU_LIMIT, so a
    busy machine does not fail a good pattern.
    Results are cached per pattern for the life of the process.
    """
    key = (compiled.pattern, compiled.flags)
    if key in _probe_cache:
        return _probe_cache[key]
    slow = None
    short = _probe_strings(compiled.pattern, PROBE_SHORT_LENGTH)
    for s_short, s in zip(short, _probe_strings(compiled.pattern)):
        t0 = time.perf_counter()
        if not _too_slow(compiled, s_short) and time.perf_counter() - t0 < PROBE_ESCALATE:
            continue
        if _too_slow(compiled, s) and _too_much_work(compiled, s):
            slow = s[:20]
            break
    _probe_cache[key] = slow
    return slow


def checked_pattern(p: str) -> str | None:
    """check_pattern, skipped for patterns that passed it before."""
    dotted = _dotted_capital_i(p)  # before the cache: a verdict remembered by an older version lacks this check
    if dotted:
        return dotted
    cache = checked_cache()
    if cache.known_good(p):
        return None
    why = check_pattern(p)
    if why is None:
        cache.add(p)
    return why


class _CheckedPatterns:
    """Patterns that already passed the backtracking probe, remembered across runs.

    Probing needs every pattern compiled on its own, which doubled the rulebook's load time.
    Like __pycache__, the verdicts are kept in the user's cache folder, keyed by the regex
    module's version and the probe's settings; any failure to read or write it is ignored.
    The match timeout still guards every search, so a stale entry cannot hang a build.
    """

    def __init__(self):
        import os

        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "datasette-demands"
        key = hashlib.sha256(repr((regex.__version__, PATTERN_FLAGS, PROBE_TIMEOUT, PROBE_CPU_LIMIT, PROBE_CONFIRM_TIMEOUT,
                                   PROBE_LENGTH,
                                   PROBE_SHORT_LENGTH, _PROBE_DEFAULT_CHARS)).encode()).hexdigest()[:12]
        self.path = base / f"probed-patterns-{key}.txt"
        self.new: set[str] = set()
        try:
            self.good = set(self.path.read_text(encoding="utf-8").splitlines())
        except (OSError, UnicodeDecodeError):
            self.good = set()

    @staticmethod
    def _digest(p: str) -> str:
        return hashlib.sha256(p.encode("utf-8", "surrogatepass")).hexdigest()[:24]

    def known_good(self, p: str) -> bool:
        return self._digest(p) in self.good

    def add(self, p: str) -> None:
        d = self._digest(p)
        if d not in self.good:
            self.good.add(d)
            self.new.add(d)

    def save(self) -> None:
        if not self.new:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as f:
                f.write("".join(d + "\n" for d in sorted(self.new)))
            self.new.clear()
        except OSError:
            pass


_checked: _CheckedPatterns | None = None


def checked_cache() -> _CheckedPatterns:
    global _checked
    if _checked is None:
        _checked = _CheckedPatterns()
    return _checked


def save_checked_patterns() -> None:
    """Remember the patterns checked in this process for the next run (see _CheckedPatterns)."""
    checked_cache().save()
