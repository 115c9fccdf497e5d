"""Length-preserving text normalisation applied before matching.

Offsets of matches must point into the original sentence, so every replacement here
maps one character to exactly one character.
"""

import re

_TABLE = str.maketrans({
    "\u0130": "I",  # Turkish dotted capital I: regex's simple case folding leaves it alone
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "\u0060": "'",  # apostrophes (uk uses U+02BC)
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u0451": "\u0435", "\u0401": "\u0415",  # ё -> е, Ё -> Е
    "\u00ad": " ",  # soft hyphen
})


_NEEDED = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")


_REPLACE = {chr(k): v for k, v in _TABLE.items()}


def _replacement(m: re.Match) -> str:
    return _REPLACE[m.group()]


def normalise(text: str) -> str:
    # str.translate() costs ~9 µs on a non-ASCII sentence; a sub touching only the few characters to replace ~1 µs
    return _NEEDED.sub(_replacement, text)
