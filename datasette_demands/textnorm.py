"""Length-preserving text normalisation applied before matching.

Offsets of matches must point into the original sentence, so every replacement here
maps one character to exactly one character.
"""

_TABLE = str.maketrans({
    "\u0130": "I",  # Turkish dotted capital I: regex's simple case folding leaves it alone
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "\u0060": "'",  # apostrophes (uk uses U+02BC)
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u0451": "\u0435", "\u0401": "\u0415",  # ё -> е, Ё -> Е
    "\u00ad": " ",  # soft hyphen
})


def normalise(text: str) -> str:
    return text.translate(_TABLE)
