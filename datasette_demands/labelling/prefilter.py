"""The fast path: one FilteredRE2 per language picks the rules that may fire on a sentence.

RE2 scans in linear time for all rules at once, but it lacks lookarounds and its `\\b`, `\\w`,
`\\s`, `\\d` are ASCII-only. So each rule's patterns are rewritten into a RE2 pattern that
matches a SUPERSET of what the `regex` pattern matches (assertions dropped; classes, properties and
letters widened to what `regex` takes under PATTERN_FLAGS, ignoring case: see unicode_gaps()), and
`regex` then confirms the candidates. A pattern that cannot be rewritten makes its
rule a candidate on every sentence: slower, never wrong.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re

import re2

from ..rulebook import cache
from ..rulebook.patterns import PATTERN_FLAGS, compile_alternation

log = logging.getLogger(__name__)

# --- where RE2's Unicode classes fall short of `regex`'s -------------------------------------------
#
# `regex` has newer Unicode tables than RE2, its own \w (which takes Other_Alphabetic, joiners and
# connector punctuation), \s (with \x0b and \x85), \d, and case folding (I with ı, i with İ). The
# constants below are exactly what RE2 lacks, computed over every code point by `unicode_gaps()`;
# tests/test_prefilter.py recomputes them and checks every construct to_re2 rewrites.

# RE2 classes included in regex's \w, \d, \s (with their *_EXTRA: exactly regex's)
WORD_BASE = r"\pL\p{Nd}\p{Nl}\pM\p{Pc}"
DIGIT_BASE = r"\p{Nd}"
SPACE_BASE = r"\s\pZ"
# the general categories RE2 knows; any other \p{...} is untranslatable
CATEGORIES = ("L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No", "P", "Pc",
              "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "Zl", "Zp", "Cc", "Cf", "Co")
CASED_CATEGORIES = ("Lu", "Ll", "Lt")  # under IGNORECASE `regex` takes any of them for all three


class Untranslatable(Exception):
    pass


def _ranges(chars) -> str:
    """'0558 058B-058C ...': sorted code points as hex ranges."""
    out: list[list[int]] = []
    for c in sorted(set(map(ord, chars))):
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return " ".join(f"{a:04X}" if a == b else f"{a:04X}-{b:04X}" for a, b in out)


def all_code_points() -> str:
    """Every code point but the surrogates, as one string."""
    return "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))


def unicode_gaps(text: str | None = None) -> dict:
    """The constants below, recomputed from `regex` and RE2 over every code point (a few seconds)."""
    import regex

    text = text or all_code_points()
    cs = PATTERN_FLAGS & ~regex.IGNORECASE

    # runs of matching characters: far fewer matches than characters, as code points are in order
    def rx(p, flags=cs):
        return set("".join(regex.findall(f"(?:{p})+", text, flags)))

    def r2(p):
        return set("".join(re2.compile(f"(?:{p})+", _options()).findall(text)))

    new = rx(r"\P{Cn}") - r2(r"[\pL\pM\pN\pP\pS\pZ\pC]")
    changed = set()
    for g in CATEGORIES:
        changed |= rx(rf"\p{{{g}}}") - r2(rf"(?-i:\p{{{g}}})") - new
    cases = {}
    # the letters regex has other cases for (its internal table), then which of those RE2 misses
    cased = [chr(c) for c in range(0x110000) if len(regex._regex.get_all_cases(PATTERN_FLAGS, c)) > 1]
    cased_text = "".join(cased)
    for c in cased:
        extra = set(regex.findall(regex.escape(c), cased_text, PATTERN_FLAGS)) - set(
            re2.compile(re2.escape(c), _options()).findall(cased_text))
        if extra:
            cases[c] = "".join(sorted(extra))
    return {
        "NEW": _ranges(new),
        "CHANGED": _ranges(changed),
        "WORD_EXTRA": _ranges(rx(r"\w") - r2(f"[{WORD_BASE}]")),
        "DIGIT_EXTRA": _ranges(rx(r"\d") - r2(DIGIT_BASE)),
        "SPACE_EXTRA": _ranges(rx(r"\s") - r2(f"[{SPACE_BASE}]")),
        "CASE_EXTRA": " ".join(f"{ord(c):04X}:" + ",".join(f"{ord(x):04X}" for x in xs) for c, xs in cases.items()),
    }


# computed by unicode_gaps() (regex 2026.11.15, google-re2); tests/test_prefilter.py checks them
# assigned in regex's Unicode, not yet in RE2's
NEW = (
    "0558 058B-058C 05C8-05C9 088F 0897 0B53-0B54 0C5C 0CDC 1ACF-1AF0 1B4E-1B4F 1B7F 1C89-1C8A 208F "
    "209D-209F 20C1-20C4 2427-2429 2B96 2E60-2E63 31E4-31E5 A7CB-A7CF A7D2 A7D4 A7DA-A7DD A7E2 A7F1 "
    "AB6C-AB6D FBC3-FBD2 FD90-FD91 FDC8-FDCE 105C0-105F3 107BB-107BF 10940-10959 10D40-10D65 10D69-10D85 "
    "10D8E-10D8F 10EC2-10EC7 10EC9-10EEE 10EF0-10EFC 11380-11389 1138B 1138E 11390-113B5 113B7-113C0 "
    "113C2 113C5 113C7-113CA 113CC-113D5 113D7-113D8 113E1-113E2 116D0-116E3 11B0A 11B60-11B67 "
    "11BC0-11BE1 11BF0-11BF9 11DB0-11DDB 11DE0-11DE9 11DF0-11DF1 11F5A 1246F 12475-1247F 12550-12686 "
    "13460-143FA 16100-16139 16D40-16D79 16EA0-16EB8 16EBB-16ED3 16FF2-16FF6 187F8-187FF 18CD6-18CDA "
    "18CFF 18D09-18D20 18D80-18DF2 18E00-19191 191A0-191D2 1B123-1B128 1B168 1CC00-1CCFC 1CD00-1CEB3 "
    "1CEBA-1CED0 1CED2-1CED4 1CEDD-1CEFD 1D127-1D128 1D1EB-1D1FF 1D250-1D281 1D6A6 1DB00-1DB1C "
    "1DF1F-1DF24 1DF2B-1DF81 1DF90-1DF96 1DFCD-1DFFF 1E5D0-1E5FA 1E5FF 1E6C0-1E6DE 1E6E0-1E6F5 "
    "1E6FE-1E6FF 1F1AE 1F6D8-1F6D9 1F777-1F77A 1F7DA-1F7DB 1F7F1-1F7FF 1F8B2-1F8BB 1F8C0-1F8C1 "
    "1F8D0-1F8D8 1FA54-1FA57 1FA89-1FA8F 1FABE 1FAC6 1FAC8 1FACC-1FACD 1FADC-1FADD 1FADF 1FAE9-1FAEB "
    "1FAEF 1FAF9-1FAFA 1FBCB-1FBEF 1FBFA 2B73A-2B73F 2B81E 2CEA2-2CEAD 323B0-33479 3D000-3FC3F"
)
# of another general category in RE2's Unicode than in regex's
CHANGED = "0295 1171E"
# regex's \w beyond WORD_BASE: joiners, circled letters (Other_Alphabetic), new letters
WORD_EXTRA = (
    "0558 058B-058C 05C8-05C9 088F 0897 0B53-0B54 0C5C 0CDC 1ACF-1AF0 1C89-1C8A 200C-200D 208F 209D-209F "
    "24B6-24E9 A7CB-A7CF A7D2 A7D4 A7DA-A7DD A7E2 A7F1 AB6C-AB6D 105C0-105F3 107BB-107BF 10940-10959 "
    "10D40-10D65 10D69-10D6D 10D6F-10D85 10EC2-10EC7 10ECB-10ECF 10ED9-10EEE 10EF0-10EFC 11380-11389 "
    "1138B 1138E 11390-113B5 113B7-113C0 113C2 113C5 113C7-113CA 113CC-113D3 113E1-113E2 116D0-116E3 "
    "11B0A 11B60-11B67 11BC0-11BE0 11BF0-11BF9 11DB0-11DDB 11DE0-11DE9 11DF0-11DF1 11F5A 1246F "
    "12475-1247F 12550-12686 13460-143FA 16100-16139 16D40-16D6C 16D70-16D79 16EA0-16EB8 16EBB-16ED3 "
    "16FF2-16FF6 187F8-187FF 18CD6-18CDA 18CFF 18D09-18D20 18D80-18DF2 18E00-19191 191A0-191D2 "
    "1B123-1B128 1B168 1CCF0-1CCF9 1D127-1D128 1D250-1D252 1D25B-1D25C 1D25F 1D280-1D281 1D6A6 "
    "1DF1F-1DF24 1DF2B-1DF81 1DF90-1DF96 1DFCD-1DFFF 1E5D0-1E5FA 1E6C0-1E6DE 1E6E0-1E6F5 1E6FE-1E6FF "
    "1F130-1F149 1F150-1F169 1F170-1F189 2B73A-2B73F 2B81E 2CEA2-2CEAD 323B0-33479 3D000-3FC3F"
)
# regex's \d beyond DIGIT_BASE: new digits
DIGIT_EXTRA = "10D40-10D49 116D0-116E3 11BF0-11BF9 11DE0-11DE9 16130-16139 16D70-16D79 1CCF0-1CCF9 1E5F1-1E5FA"
# regex's \s beyond SPACE_BASE
SPACE_EXTRA = "000B 0085"
# letter:letters regex takes for it ignoring case and RE2 does not (I:ı, i:İ...)
CASE_EXTRA = (
    "0049:0131 0069:0130 00DF:1DF95 0130:0069 0131:0049 019B:A7DC 0264:A7CB 0277:A7DD 027C:A7E2 1C89:1C8A "
    "1C8A:1C89 1E9E:1DF95 A7CB:0264 A7CC:A7CD A7CD:A7CC A7CE:A7CF A7CF:A7CE A7D2:A7D3 A7D3:A7D2 A7D4:A7D5 "
    "A7D5:A7D4 A7DA:A7DB A7DB:A7DA A7DC:019B A7DD:0277 A7E2:027C AB4B:AB6C AB4C:AB6D AB6C:AB4B AB6D:AB4C "
    "10D50:10D70 10D51:10D71 10D52:10D72 10D53:10D73 10D54:10D74 10D55:10D75 10D56:10D76 10D57:10D77 "
    "10D58:10D78 10D59:10D79 10D5A:10D7A 10D5B:10D7B 10D5C:10D7C 10D5D:10D7D 10D5E:10D7E 10D5F:10D7F "
    "10D60:10D80 10D61:10D81 10D62:10D82 10D63:10D83 10D64:10D84 10D65:10D85 10D70:10D50 10D71:10D51 "
    "10D72:10D52 10D73:10D53 10D74:10D54 10D75:10D55 10D76:10D56 10D77:10D57 10D78:10D58 10D79:10D59 "
    "10D7A:10D5A 10D7B:10D5B 10D7C:10D5C 10D7D:10D5D 10D7E:10D5E 10D7F:10D5F 10D80:10D60 10D81:10D61 "
    "10D82:10D62 10D83:10D63 10D84:10D64 10D85:10D65 16EA0:16EBB 16EA1:16EBC 16EA2:16EBD 16EA3:16EBE "
    "16EA4:16EBF 16EA5:16EC0 16EA6:16EC1 16EA7:16EC2 16EA8:16EC3 16EA9:16EC4 16EAA:16EC5 16EAB:16EC6 "
    "16EAC:16EC7 16EAD:16EC8 16EAE:16EC9 16EAF:16ECA 16EB0:16ECB 16EB1:16ECC 16EB2:16ECD 16EB3:16ECE "
    "16EB4:16ECF 16EB5:16ED0 16EB6:16ED1 16EB7:16ED2 16EB8:16ED3 16EBB:16EA0 16EBC:16EA1 16EBD:16EA2 "
    "16EBE:16EA3 16EBF:16EA4 16EC0:16EA5 16EC1:16EA6 16EC2:16EA7 16EC3:16EA8 16EC4:16EA9 16EC5:16EAA "
    "16EC6:16EAB 16EC7:16EAC 16EC8:16EAD 16EC9:16EAE 16ECA:16EAF 16ECB:16EB0 16ECC:16EB1 16ECD:16EB2 "
    "16ECE:16EB3 16ECF:16EB4 16ED0:16EB5 16ED1:16EB6 16ED2:16EB7 16ED3:16EB8 1DF40:1DF41 1DF41:1DF40 "
    "1DF48:1DF49 1DF49:1DF48 1DF4A:1DF4B 1DF4B:1DF4A 1DF4D:1DF4E 1DF4E:1DF4D 1DF51:1DF52 1DF52:1DF51 "
    "1DF68:1DF69 1DF69:1DF68 1DF6A:1DF6B 1DF6B:1DF6A 1DF6C:1DF6D 1DF6D:1DF6C 1DF6E:1DF6F 1DF6F:1DF6E "
    "1DF72:1DF73 1DF73:1DF72 1DF74:1DF75 1DF75:1DF74 1DF76:1DF77 1DF77:1DF76 1DF78:1DF79 1DF79:1DF78 "
    "1DF7A:1DF7B 1DF7B:1DF7A 1DF7C:1DF7D 1DF7D:1DF7C 1DF7E:1DF7F 1DF7F:1DF7E 1DF95:00DF,1E9E"
)


def _escape(c: str) -> str:
    return f"\\x{{{ord(c):X}}}" if not c.isalnum() or not c.isascii() else c


def _class_body(ranges: str) -> str:
    """'0558 058B-058C' -> an RE2 class body."""
    out = []
    for r in ranges.split():
        a, _, b = r.partition("-")
        out.append(f"\\x{{{a}}}" + (f"-\\x{{{b}}}" if b else ""))
    return "".join(out)


def _case_table(spec: str) -> dict:
    table = {}
    for item in spec.split():
        c, _, xs = item.partition(":")
        table[chr(int(c, 16))] = "".join(chr(int(x, 16)) for x in xs.split(","))
    return table


_NEW = _class_body(NEW)
_CHANGED = _class_body(CHANGED)
_WORD = WORD_BASE + _class_body(WORD_EXTRA)  # exactly regex's \w
_DIGIT = DIGIT_BASE + _class_body(DIGIT_EXTRA)  # exactly regex's \d
_SPACE = SPACE_BASE + _class_body(SPACE_EXTRA)  # exactly regex's \s
_CASES = _case_table(CASE_EXTRA)  # letter -> the letters regex ignoring case also takes, RE2 not
# in a class, escape -> (member in a class, member in a negated class); None: untranslatable. A member
# of a negated class must match no more than regex's, of a class no less. \PL holds \W since RE2's
# letters are all \w in regex, and so on.
_CLASS_ESCAPES = {"w": (_WORD, _WORD), "d": (_DIGIT, _DIGIT), "s": (_SPACE, _SPACE),
                  "W": (r"\PL", None), "D": (r"\P{Nd}", None), "S": (r"\PZ", None)}
# outside a class: \w becomes "." (never a newline, like \w): the same candidates within 2%, and the
# Sets compile in 0.2 s instead of 3.5 s, since Unicode case-folded classes are costly
_ESCAPES = {"w": ".", "W": f"[^{_WORD}]", "d": f"[{_DIGIT}]", "D": f"[^{_DIGIT}]", "s": f"[{_SPACE}]",
            "S": f"[^{_SPACE}]", "b": "", "B": "", "A": "", "Z": "", "z": "", "G": ""}
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")
_FLAGS = re.compile(r"\(\?(i?(?:-i)?):")


def _property(name: str, caseless: bool) -> str:
    """Class members matching at least what regex's \\p{name} matches."""
    if name.startswith("^") or name not in CATEGORIES:
        raise Untranslatable(f"\\p{{{name}}}")
    if caseless and name in CASED_CATEGORIES:
        name = "L"
    return f"\\p{{{name}}}{_NEW}{_CHANGED}"


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


def _literal(c: str, caseless: bool, in_class: bool = False) -> str:
    """The RE2 spelling of a literal character: with the letters regex takes for it ignoring case."""
    extra = _CASES.get(c, "") if caseless else ""
    if not extra:
        return c if in_class or c not in _SPECIAL else "\\" + c
    body = "".join(map(_escape, c + extra))
    return body if in_class else f"[{body}]"


_SPECIAL = set("\\.^$|?*+()[]{}")


def _escaped_char(p: str, i: int) -> tuple[str | None, int]:
    """The character an escape at p[i] == '\\' stands for (None: not a plain character), and its end."""
    e = p[i + 1]
    for prefix, width in (("x{", 0), ("x", 2), ("u", 4), ("U", 8)):
        if p.startswith(prefix, i + 1):
            start = i + 1 + len(prefix)
            end = p.index("}", start) if width == 0 else start + width
            try:
                return chr(int(p[start:end], 16)), end + (width == 0)
            except ValueError:
                raise Untranslatable(f"bad escape {p[i:end + 1]!r}") from None
    if e.isalnum():  # \n, \t, octal, classes, assertions...: not a plain character
        return None, i + 2
    return e, i + 2


def _class(p: str, i: int, caseless: bool) -> tuple[str, int]:
    """Rewrite the class opening at p[i] == '['; its RE2 spelling and its end."""
    negated = p.startswith("[^", i)
    i += 1 + negated
    out = ["[^" if negated else "["]
    first = True
    while True:
        if i >= len(p):
            raise Untranslatable("unterminated class")
        c = p[i]
        if c == "]" and not first:
            out.append("]")
            return "".join(out), i + 1
        first = False
        if c == "[":
            if p.startswith(("[:", "[=", "[."), i):
                raise Untranslatable("POSIX class")
            lit, i = c, i + 1
        elif c == "\\":
            if i + 1 >= len(p):
                raise Untranslatable("trailing backslash")
            e = p[i + 1]
            if e in _CLASS_ESCAPES:
                member = _CLASS_ESCAPES[e][negated]
                if member is None:
                    raise Untranslatable(f"\\{e} in a negated class")
                out.append(member)
                i += 2
                continue
            if e in "pP":
                if negated or e == "P":
                    raise Untranslatable(f"\\{e} in a negated class or \\P")
                name, i = _property_name(p, i)
                out.append(_property(name, caseless))
                continue
            lit, end = _escaped_char(p, i)
            if lit is None:
                if e in "bBAZzGXNKLlRgm" or e.isdigit():
                    raise Untranslatable(f"\\{e} in a class")
                out.append(p[i:end])  # \n, \t, \f, \r, \v, \a...
                i = end
                continue
            i = end
        else:
            lit, i = c, i + 1
        # a range lit-hi?
        if p.startswith("-", i) and i + 1 < len(p) and p[i + 1] != "]":
            if p[i + 1] == "\\":
                hi, end = _escaped_char(p, i + 1)
                if hi is None:
                    raise Untranslatable("range to a class")
            else:
                hi, end = p[i + 1], i + 2
            if ord(hi) < ord(lit):
                raise Untranslatable("bad range")
            out.append(f"{_escape(lit)}-{_escape(hi)}")
            if caseless and not negated:
                out.extend(_escape(x) for c2, xs in _CASES.items() if lit <= c2 <= hi for x in xs)
            i = end
            continue
        out.append(_literal(lit, caseless and not negated, in_class=True) if lit not in "\\]^-[" else "\\" + lit)


def _property_name(p: str, i: int) -> tuple[str, int]:
    """The name of the property escape at p[i] == '\\' (\\pL or \\p{Lu}) and its end."""
    if p.startswith("{", i + 2):
        end = p.index("}", i)
        return p[i + 3:end], end + 1
    if i + 2 >= len(p):
        raise Untranslatable("bad property")
    return p[i + 2], i + 3


_rewrites: cache.Store | None = None


def rewrites() -> cache.Store:
    """The store of to_re2's answers (and _matches_empty's), keyed by this module's source and by the
    RE2 binding's (its module and its compiled library: asking the package's version costs ~100 ms)."""
    global _rewrites
    if _rewrites is None:
        import sys

        _rewrites = cache.store("re2-rewrites", cache.code_version(sys.modules[__name__], re2, re2._re2))
    return _rewrites


def to_re2(p: str) -> str:
    """Rewrite a `regex` pattern (compiled with rulebook.PATTERN_FLAGS: ignoring case) into an RE2 pattern
    matching a superset of its matches, for an RE2 compiled with _options().

    The rewrites (and the patterns that have none) are kept across runs, keyed by this module's
    source (rulebook/cache.py): rewriting a language's patterns took a quarter of its start-up."""
    known = rewrites().get(p)
    if known is None:
        try:
            known = (True, _to_re2(p))
        except Untranslatable as e:
            known = (False, str(e))
        _rewrites.put(p, known)
    ok, text = known
    if not ok:
        raise Untranslatable(text)
    return text


def _to_re2(p: str) -> str:
    out: list[str] = []
    i, n = 0, len(p)
    # (capture number or None, position in out, case-insensitivity outside the group)
    open_groups: list[tuple[int | None, int, bool]] = []
    captured: dict[int, str] = {}
    count = 0
    caseless = True
    while i < n:
        c = p[i]
        if c == "\\":
            text, i = _rewrite_escape(p, i, caseless, captured)
            out.append(text)
            continue
        if c == "[":
            body, i = _class(p, i, caseless)
            out.append(body)
            continue
        if c == "(":
            if p.startswith(_LOOKAROUND, i):
                i = _skip_group(p, i)
                continue
            if p.startswith("(?#", i):
                i = p.index(")", i) + 1
                continue
            capturing, text, i, inner_caseless = _open_group(p, i, caseless)
            if capturing:
                count += 1
            open_groups.append((count if capturing else None, len(out), caseless))
            out.append(text)
            caseless = inner_caseless
            continue
        if c == ")" and open_groups:
            num, pos, caseless = open_groups.pop()
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
        if c == "$":  # regex's $ also matches before a final newline
            out.append(r"(?:\n?$)")
            i += 1
            continue
        out.append(_literal(c, caseless) if c in _CASES else c)
        i += 1
    return "".join(out)


def _rewrite_escape(p: str, i: int, caseless: bool, captured: dict[int, str]) -> tuple[str, int]:
    """The escape at p[i] rewritten for RE2: (its RE2 text, the index after it)."""
    if i + 1 >= len(p):
        raise Untranslatable("trailing backslash")
    e = p[i + 1]
    if e in _ESCAPES:
        return _ESCAPES[e], i + 2
    if e.isdigit() and e != "0":
        # the text a group matched is matched by the group's own pattern: a superset
        if int(e) not in captured:
            raise Untranslatable("backreference to an open or unknown group")
        return f"(?:{captured[int(e)]})", i + 2
    if e == "p":
        name, end = _property_name(p, i)
        return f"[{_property(name, caseless)}]", end
    if e in "PXNKLlRgmeh":
        raise Untranslatable(f"\\{e}")
    lit, end = _escaped_char(p, i)
    return (_literal(lit, caseless) if lit is not None else p[i:end]), end


def _open_group(p: str, i: int, caseless: bool) -> tuple[bool, str, int, bool]:
    """The group opening at p[i] (no lookaround or comment) rewritten for RE2:
    (whether it captures, its RE2 opening, the index after it, whether case is ignored inside)."""
    if p.startswith(("(?P=", "(?(", "(?|", "(?&"), i):
        raise Untranslatable("unsupported group")
    capturing = not p.startswith("(?", i) or p.startswith("(?P<", i) or p.startswith("(?<", i)
    if p.startswith("(?>", i):
        return capturing, "(?:", i + 3, caseless
    if p.startswith("(?", i) and not capturing and not p.startswith("(?:", i):
        # scoped flags: only (?i:...) and (?-i:...), which RE2 reads alike
        m = _FLAGS.match(p, i)
        if not m:
            raise Untranslatable(f"flags {p[i:i + 8]!r}")
        on, _, off = m[1].partition("-")
        return False, m[0], m.end(), "i" in on or caseless and "i" not in off
    return capturing, "(", i + 1, caseless


def re2_alternation(patterns: list[str], rewritten: bool = False) -> str:
    """One RE2 pattern matching a superset of what any of these `regex` patterns matches
    (`rewritten`: they are to_re2() rewrites already)."""
    return "|".join(f"(?:{p if rewritten else to_re2(p)})" for p in patterns)


# group openers required_lookahead() knows: none of them changes how the rest of the pattern is read
# (unlike global flags such as (?x), comments, conditionals, recursion or branch resets)
_KNOWN_GROUPS = ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?P<", "(?i:", "(?-i:")


def _class_end(p: str, i: int) -> int | None:
    """Index just after the class opening at p[i] == '[' (a leading ']' is a member); None when unsure."""
    n = len(p)
    i += 1
    if i < n and p[i] == "^":
        i += 1
    if i < n and p[i] == "]":
        i += 1
    while i < n:
        c = p[i]
        if c == "\\":
            i += 2
        elif c == "[":  # POSIX class or a nested set: not worth the risk
            return None
        elif c == "]":
            return i + 1
        else:
            i += 1
    return None


def required_lookahead(p: str) -> str | None:
    """The body X of a positive lookahead `(?=X)` that every match of `p` passes through, or None.

    Sound because: when `p` is a single sequence (no `|` outside groups) and `(?=X)` stands in that
    sequence outside any group and unquantified, every match of `p` crosses the lookahead, at a position
    where X must match. So a text in which X matches nowhere has no match of `p`, and an unanchored
    search for to_re2(X), a superset of X, screens `p`. Whatever this does not read for certain
    (global flags, comments, backreferences, nested classes, unbalanced groups...) gives None.
    """
    n = len(p)
    depth = 0
    i = 0
    start = None  # where the body of the depth-0 positive lookahead being read begins
    body = None  # the first such body, unquantified
    while i < n:
        c = p[i]
        if c == "\\":
            if i + 1 >= n or p[i + 1].isdigit() or p[i + 1] in "gk":  # backreferences (and octal)
                return None
            i += 2
            continue
        if c == "[":
            end = _class_end(p, i)
            if end is None:
                return None
            i = end
            continue
        if c == "(":
            if p.startswith("(?", i):
                named = p.startswith("(?<", i) and i + 3 < n and (p[i + 3].isalpha() or p[i + 3] == "_")
                if not (p.startswith(_KNOWN_GROUPS, i) or named):
                    return None
                if depth == 0 and body is None and p.startswith("(?=", i):
                    start = i + 3
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
            if depth == 0 and start is not None:
                if not (i + 1 < n and p[i + 1] in "?*+{"):  # a quantified lookahead is optional
                    body = p[start:i]
                start = None
        elif c == "|" and depth == 0:
            return None
        i += 1
    return body if depth == 0 else None


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

    def __init__(self, pattern_lists, names=None, direct: int = 0):
        """`direct`: how many calls of candidates() answer every entry before the FilteredRE2 is built
        (a screen repays its building only over enough texts: compile_language's DIRECT_*)."""
        self._lists, self._names = list(pattern_lists), names
        self._every = tuple(range(len(self._lists)))
        self._direct = direct
        self._filter = None
        if direct <= 0:
            self._build()

    def _build(self) -> None:
        self._always: list[int] = []  # entries RE2 cannot screen
        self._index: list[int] = []  # filter entry -> entry position
        self._filter = re2.Filter()
        options = _options()
        names = self._names
        for pos, patterns in enumerate(self._lists):
            try:
                self._filter.Add(re2_alternation(patterns), options)
            except (Untranslatable, re2.error, ValueError) as e:
                log.info("%s is not prefiltered: %s", names[pos] if names else f"entry {pos}", e)
                self._always.append(pos)
                continue
            self._index.append(pos)
        if self._index:
            try:
                self._filter.Compile()
            except re2.error:
                log.warning("RE2 could not compile a prefilter of %d entries; not prefiltering", len(self._index))
                self._always = sorted(self._always + self._index)
                self._index = []

    @property
    def built(self) -> bool:
        """Whether the FilteredRE2 is built (it is once `direct` calls have answered every entry)."""
        return self._filter is not None

    def expect(self, texts: int) -> None:
        """`texts` texts are about to be asked: build the FilteredRE2 now if it would be built among them
        (they are then all screened)."""
        if self._filter is None and texts >= self._direct:
            self._build()

    @property
    def always(self) -> list[int]:
        """The entries RE2 cannot screen (builds the FilteredRE2 if it is not yet)."""
        if self._filter is None:
            self._build()
        return self._always

    def candidates(self, norm: str) -> tuple:
        """Positions of the entries that may match `norm`, in order."""
        if self._filter is None:
            if self._direct > 0:  # every entry, each then tried with `regex` directly: the same results
                self._direct -= 1
                return self._every
            self._build()
        hits = {self._index[k] for k in (self._filter.Match(norm) or ())} if self._index else set()
        return tuple(sorted(hits.union(self._always)))


class RuleSet:
    """Candidate rules for sentences of one language."""

    def __init__(self, rules, direct: int = 0):
        self.rules = list(rules)
        self._set = PatternSet([r.patterns for r in self.rules], [f"rule {r.id}" for r in self.rules], direct)

    @property
    def always(self) -> list[int]:
        return self._set.always

    def expect(self, sentences: int) -> None:
        self._set.expect(sentences)

    def candidates(self, norm: str) -> list:
        """Rules whose patterns may match the (normalised) sentence, in rulebook order."""
        return [self.rules[k] for k in self._set.candidates(norm)]


class TextScreen:
    """Which of many texts some patterns may match, in one RE2 pass over the texts joined by newlines.

    Relabelling after a rule edit asks this of every stored sentence: one search per sentence from
    Python costs microseconds, a scan of the joined texts a fraction of that. Multiline anchors make
    `^` and `$` hold at every sentence's edges, and the search restarts at the sentence after each hit,
    so a match running across a newline into the next sentence cannot hide that sentence's own match:
    every text the patterns match alone is named (and some more, which `regex` then rules out).
    """

    def __init__(self, patterns: list[str]):
        self._re = None
        self._fallback = None
        try:
            self._re = re2.compile("(?m)" + re2_alternation(patterns), _options())
        except (Untranslatable, re2.error, ValueError) as e:
            log.info("patterns screened one text at a time: %s", e)
            self._fallback = PatternSet([patterns])

    def hits(self, texts: list[str]) -> list[int]:
        """Positions of the (normalised) texts the patterns may match, in order."""
        return self.hits_in_joined("\n".join(texts), [len(t) for t in texts])

    def hits_in_joined(self, joined: str, lengths) -> list[int]:
        """hits() of the texts of these lengths (in characters), given joined by newlines: no work per text."""
        starts = list(itertools.accumulate((n + 1 for n in lengths), initial=0))[:-1]  # character offsets
        if not starts:
            return []
        if self._re is None:
            return [i for i, a in enumerate(starts) if self._fallback.candidates(joined[a:a + lengths[i]])]
        data = joined.encode("utf-8", "surrogatepass")
        found = []
        byte_pos = char_pos = 0  # a character boundary the scan has reached, in both units
        search = self._re.search
        while (m := search(data, byte_pos)) is not None:
            hit = m.start()
            char_hit = char_pos + len(data[byte_pos:hit].decode("utf-8", "surrogatepass"))
            i = bisect.bisect_right(starts, char_hit) - 1
            found.append(i)
            if i + 1 >= len(starts):
                break
            # go on from the next text's start
            char_pos, byte_pos = starts[i + 1], hit + len(joined[char_hit:starts[i + 1]].encode("utf-8", "surrogatepass"))
        return found


def _matches_empty(rewritten: str, options) -> bool:
    """Whether an RE2 rewrite matches the empty string, and so would answer "maybe" on every text
    (kept across runs with the rewrites: compiling each to ask was a third of a language's checks)."""
    rewrites()
    key = ("matches empty", rewritten)
    known = _rewrites.get(key)
    if known is None:
        known = re2.compile(rewritten, options).search("") is not None
        _rewrites.put(key, known)
    return known


def _lookahead_screen(p: str, options) -> str | None:
    """An RE2 pattern found (unanchored) in every text `p` matches, from required_lookahead(p); None when
    there is no such lookahead, or its rewrite fails or matches the empty string (screening nothing)."""
    body = required_lookahead(p)
    if body is None:
        return None
    try:
        rewritten = to_re2(body)
        if _matches_empty(rewritten, options):
            return None
    except (Untranslatable, re2.error, ValueError):
        return None
    return rewritten


class Prescreened:
    """A compiled `regex` that asks RE2 first whether it can match at all.

    Rules' `exclude` and `requires` lists and the stance cues are long alternations with no literal
    to anchor on, so `regex` tries them at every position: 20-90 us a sentence. Their RE2 superset
    answers "no match" in a few microseconds, and then `regex` need not run; on "maybe", it decides.
    A pattern whose rewrite matches the empty string (one made of lookarounds, say) would make RE2
    answer "maybe" everywhere: it is screened by the rewrite of a lookahead every match of it needs
    (required_lookahead()) when there is one, else searched on its own with `regex` first.
    """

    __slots__ = ("_compiled", "_compile", "_re2", "_loose", "_patterns", "_case_sensitive", "_from_start", "_direct")

    def __init__(self, patterns: list[str], compiled, case_sensitive: bool = False, direct: int = 0):
        """`compiled`: the `regex` alternation of `patterns`, or a function that compiles it when first
        needed (most sentences never get past RE2, and compiling is most of a rulebook's start-up).
        `case_sensitive`: the patterns are compiled without IGNORECASE, and RE2 may match case too
        (to_re2's rewrite only adds letters, so it stays a superset). `direct`: how many searches run
        `regex` alone before the screens are built (building one costs about as much as that many searches)."""
        self._direct = direct
        self._case_sensitive = case_sensitive
        # whether `regex` must search from the text's start, not from where RE2 finds the superset first:
        # \G holds where a search starts; a lookahead screen (below) says nothing of where a match starts
        self._from_start = any("\\G" in p for p in patterns)
        self._compiled, self._compile = (None, compiled) if callable(compiled) else (compiled, None)
        self._re2 = None
        self._loose = None
        self._patterns = patterns  # the screens are built on the first search: a small job needs few

    def prepared(self) -> "Prescreened":
        """The screens built now (the first search builds them otherwise)."""
        if self._patterns is not None:
            self._prepare()
        return self

    def _prepare(self) -> None:
        patterns, self._patterns = self._patterns, None
        options = _options()
        options.case_sensitive = self._case_sensitive
        screened, loose = [], []  # RE2 rewrites; `regex` patterns
        for p in patterns:
            try:
                rewritten = to_re2(p)
                if _matches_empty(rewritten, options):
                    rewritten = _lookahead_screen(p, options)
                    if rewritten is None:
                        loose.append(p)
                        continue
                    self._from_start = True
                screened.append(rewritten)
            except (Untranslatable, re2.error, ValueError) as e:
                log.info("not prescreened: %s", e)
                return
        if loose:
            self._loose = compile_alternation(loose)
        if screened:
            self._re2 = re2.compile(re2_alternation(screened, rewritten=True), options)
        elif self._loose is not None:
            self._re2 = False  # every pattern is loose: the loose search decides alone

    @property
    def compiled(self):
        if self._compiled is None:
            self._compiled = self._compile()
        return self._compiled

    def search(self, text: str, *args, **kwargs):
        """Whether, and where first, `regex` matches (a match, or None), asking RE2 first."""
        return self._run("search", text, args, kwargs)

    def finditer(self, text: str, *args, **kwargs):
        """`regex`'s finditer (an iterator of matches), asking RE2 first likewise."""
        found = self._run("finditer", text, args, kwargs)
        return iter(()) if found is None else found

    def _run(self, method: str, text: str, args, kwargs):
        """`regex`'s `method` over `text`; None where RE2 rules a match out. Where RE2 finds its superset
        first, no match of `regex` can start earlier, so `regex` starts there (it still reads the text
        before, for lookbehinds and \\b; `^` and `\\A` hold only at the text's start, as before)."""
        if self._patterns is not None:
            if self._direct > 0:  # not yet worth building the screens: `regex` alone, the same answer
                self._direct -= 1
                return getattr(self.compiled, method)(text, *args, **kwargs)
            self._prepare()
        run = getattr(self.compiled, method)
        if self._re2 is None:
            return run(text, *args, **kwargs)
        if self._loose is not None:
            m = self._loose.search(text, *args, **kwargs)
            if m is not None:
                return run(text, *args, **kwargs)
        if self._re2 is False:
            return None
        # searched as UTF-8 bytes: on a str the binding also works out character offsets (~2x the time)
        data = text.encode("utf-8", "surrogatepass")
        first = self._re2.search(data)
        if first is None:
            return None
        if args or "pos" in kwargs or self._from_start:
            return run(text, *args, **kwargs)
        start = first.start()
        if start and not text.isascii():
            start = len(data[:start].decode("utf-8", "ignore"))  # never more characters than there are
        return run(text, start, **kwargs)

    def match(self, text: str, *args, **kwargs):
        return self.compiled.match(text, *args, **kwargs)

    def fullmatch(self, text: str, *args, **kwargs):
        return self.compiled.fullmatch(text, *args, **kwargs)
