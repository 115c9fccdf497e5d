"""Split a document into sentences with character offsets, and tell their language.

sentencex does the splitting (fast, all nine languages); a few abbreviations it splits
after are glued back per language. Lines are split first, so headlines without a full
stop stay sentences of their own. Over-long runs without punctuation are cut at white
space so that no single "sentence" can be megabytes long.

Language: lingua, restricted to the nine languages, once per document on its opening
text, unless its letters (Russian or Ukrainian) or its common words and letters of one language
only settle it: loading lingua's models costs a short text over a second. A sentence gets a language of its own when its script disagrees with the document's
(a Cyrillic quote in an English article), or when lingua is confident it is in another
language (an English sentence in a German article). Asking lingua about every sentence would
cost about half a millisecond each, so it is asked only about the sentences that a cheap
screen picks: more common short words of some other language than of the document's.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sentencex import segment as sentencex_segment

from ..rulebook.model import LANGUAGES

MAX_SENTENCE_CHARS = 2000
DETECT_SAMPLE_CHARS = 1500

# Tokens after which sentencex splits but a sentence does not end (lowercased, with the dot).
ABBREVIATIONS = {
    "pl": {"r.", "m.in.", "tj.", "np.", "ok.", "godz.", "tys.", "mln.", "mld.", "ul.", "im.", "tzw.", "dr.", "prof.", "gen.", "płk.", "wg.", "pt.", "ws."},
    "tr": {"örn.", "vb.", "vs.", "dr.", "prof.", "yy.", "bkz.", "sn.", "av.", "gen."},
    "ru": {"г.", "гг.", "т.д.", "т.е.", "т.п.", "им.", "ул.", "млн.", "млрд.", "тыс.", "н.э.", "ген.", "см.", "др.", "т.", "д.", "п.", "е."},
    "uk": {"р.", "рр.", "т.д.", "т.п.", "ім.", "вул.", "млн.", "млрд.", "тис.", "ген.", "див.", "ін.", "т.", "д.", "п."},
    "de": {"z.b.", "bzw.", "nr.", "u.a.", "v.a.", "d.h.", "ca.", "vgl.", "sog.", "gen.", "dr.", "prof."},
    "fr": {"m.", "mme.", "env.", "cf.", "gén.", "dr."},
    "es": {"sr.", "sra.", "ee.", "uu.", "gral.", "dr.", "aprox."},
    "it": {"sig.", "dott.", "gen.", "ecc.", "pag."},
    "en": {"mr.", "mrs.", "ms.", "dr.", "gen.", "u.s.", "u.k.", "st.", "no.", "lt.", "col.", "sen.", "rep.", "a.m.", "p.m."},
}
_ORDINAL_LANGS = {"de", "pl", "tr"}  # "16. Mai", "16. maja"? (pl rarely), "16. yüzyıl"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LINES = re.compile(r"[^\n]+")
_ENDS_SENTENCE = set('.!?…:;"»”)')


def _running_header(block: str) -> bool:
    """A short block in capitals alone, as a PDF repeats at the top of each page."""
    letters = [c for c in block if c.isalpha()]
    return len(block) <= 60 and len(letters) >= 2 and all(c.isupper() for c in letters)


def _blocks(text: str):
    """(start, end) of runs of lines that belong together.

    A line break ends a sentence, except where a line stops without punctuation and the
    next non-empty line starts in lower case: a page or column break in a PDF export. A running
    header of such a page ("PISM BULLETIN") is a line of its own, never the start of the next.
    """
    start = end = None
    for m in _LINES.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        if start is not None:
            prev = text[start:end].rstrip()
            nxt = line.lstrip()
            if prev and prev[-1] not in _ENDS_SENTENCE and nxt[:1].islower() and not _running_header(prev):
                end = m.end()
                continue
            yield start, end
        start, end = m.start(), m.end()
    if start is not None:
        yield start, end


@dataclass
class Sentence:
    seq: int
    start: int
    end: int
    text: str
    lang: str | None
    lead: int | None = None  # seq of the sentence that introduces this one (see leads())
    paragraph: int | None = None  # its paragraph, counted from 1 (see paragraphs())

    def __reduce__(self):
        # fields as a tuple: pickled between worker and writer in about half the time of the default
        return (Sentence, (self.seq, self.start, self.end, self.text, self.lang, self.lead, self.paragraph))


@functools.lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


# Letters of one of the two Cyrillic languages of the nine and never of the other: Russian spelling has
# no і ї є ґ, Ukrainian none of ы э ъ ё.
_ONLY_RU = frozenset("ыэъёЫЭЪЁ")
_ONLY_UK = frozenset("іїєґІЇЄҐ")


def cyrillic_by_letters(text: str) -> str | None:
    """Russian or Ukrainian ("ru", "uk") when the text's letters settle it: no Latin letter, and letters
    that only one of the two languages has; else None (lingua decides). Loading lingua's models for a
    short text costs most of a second; on the gold sentences lingua gives these texts the same
    language, with a confidence over MIN_SENTENCE_CONFIDENCE (tests/test_language.py)."""
    letters = set(text)
    ru, uk = not letters.isdisjoint(_ONLY_RU), not letters.isdisjoint(_ONLY_UK)
    if ru == uk or _LATIN.search(text):
        return None
    return "ru" if ru else "uk"


# Letters that only one of the nine languages writes. A foreign name can carry them ("Gdańsk" in an English
# sentence), so they count as one common word of their language together, never as a decision by themselves.
_ONLY_LETTERS = {lang: frozenset(letters + letters.upper()) for lang, letters in {
    "de": "äß", "es": "ñáíú¿¡", "fr": "êâîôûëœ", "it": "ìò", "pl": "ąęłśźżńć", "tr": "ış"}.items()}
# The words (and letters) decide a language that has at least WORDS_TO_DECIDE of them, WORDS_MARGIN more than
# any other language and at least twice as many (see language_by_words)
WORDS_TO_DECIDE = 3
WORDS_MARGIN = 2
# lingua reads a text of this many characters or more with its trigrams only; on such a text its confidence
# follows the words, on a shorter one it often stays under MIN_SENTENCE_CONFIDENCE however clear they are
LINGUA_LONG_TEXT = 120


def _clear_winner(counts: dict[str, int]) -> str | None:
    if not counts:
        return None
    best = max(counts, key=counts.get)
    runner_up = max((n for lang, n in counts.items() if lang != best), default=0)
    n = counts[best]
    return best if n >= WORDS_TO_DECIDE and n - runner_up >= WORDS_MARGIN and n >= 2 * runner_up else None


def language_by_words(text: str) -> str | None:
    """The language whose common words (FUNCTION_WORDS) and own letters (_ONLY_LETTERS) the text has clearly
    more of than any other's, counting either every common word or only those of one language (French
    "de la en un" are Spanish too: a long French text is settled by "des du une pour dans"); None when
    neither count is clear, or they disagree (lingua decides). On every gold sentence it decides, lingua's
    detection gives the same language (tests/test_language.py), without loading lingua's models."""
    every: dict[str, int] = {}
    own_words: dict[str, int] = {}
    for w in _WORD.findall(text.replace("İ", "i").lower()):
        langs = _WORD_LANGS.get(w, ())
        for lang in langs:
            every[lang] = every.get(lang, 0) + 1
        if len(langs) == 1:
            own_words[langs[0]] = own_words.get(langs[0], 0) + 1
    letters = set(text)
    for lang, own in _ONLY_LETTERS.items():
        if not letters.isdisjoint(own):
            every[lang] = every.get(lang, 0) + 1
            own_words[lang] = own_words.get(lang, 0) + 1
    by_every, by_own = _clear_winner(every), _clear_winner(own_words)
    if by_every is not None and by_own is not None and by_every != by_own:
        return None
    return by_every or by_own


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text among the nine languages, or None when undecidable."""
    sample = text[:DETECT_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    by_letters = cyrillic_by_letters(sample) or language_by_words(sample)
    if by_letters is not None:
        return by_letters
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang else None


def _script(text: str, doc_script: str | None) -> str | None:
    """The sentence's dominant script, counted only when it contains the other script at all."""
    other = _LATIN if doc_script == "cyrillic" else _CYRILLIC
    if doc_script is not None and not other.search(text):
        return doc_script
    cyr = len(_CYRILLIC.findall(text))
    lat = len(_LATIN.findall(text))
    if cyr == lat == 0:
        return None
    return "cyrillic" if cyr > lat else "latin"


_SCRIPT_OF = {"ru": "cyrillic", "uk": "cyrillic"}

# Short, very common words of each language. A word may belong to several; the screen only
# decides which sentences lingua is asked about, so an overlap costs time, never a label.
FUNCTION_WORDS = {
    "en": "the and of to in is was were are be been that with for on said would will has have had this "
          "from which its their they not a an it by",
    "de": "der die das und ist nicht mit von den dem des ein eine einen einer zu sich auch auf für dass "
          "wird hat sagte im in da",
    "fr": "le la les et est des du une un que qui pour dans pas sur au aux a ne il elle ont été de en",
    "it": "il lo la gli le e è di del della che per con non una un sono ha ai dei delle nel alla a i da in",
    "es": "el la los las y es de del que en un una por con para no se su al ha a",
    "pl": "i w z na nie się że do jest to o od po jak oraz przez który która a",
    "tr": "ve bir bu da de ile için olarak çok ama gibi daha dedi olan ise değil en on iki el para göre tarafından "
          "sonra kadar ancak",
    "ru": "и что это как с к из от был была были он она они также только его но не в на по",
    "uk": "і й що це як з із від був була були він вона вони також лише його та але є не в на по",
}
_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in FUNCTION_WORDS.items():
    for _w in _words.split():
        _WORD_LANGS[_w] = _WORD_LANGS.get(_w, ()) + (_lang,)
# a number's suffix is one word with it ("1111-й", Russian or Ukrainian "1111th", is no Ukrainian "й")
_WORD = re.compile(r"\d+-\w+|\w+")
# Turkish writes a name's case ending after an apostrophe ("Kiev'in", "Harkiv'e"): one word with its name
_TR_WORD = re.compile(r"\w+(?:['’]\w+)*")
# lingua's confidence a sentence must reach in another language to get that language
MIN_SENTENCE_CONFIDENCE = 0.8
MIN_SENTENCE_CHARS = 20


def _screen_words(sent: str, doc_lang: str) -> list[str]:
    """The sentence's words as the screen counts them, lowercased. The dotted capital İ is lowercased
    to i: str.lower() gives i and a combining dot, which `\\w` does not take, so "İki" made an "i"
    (Italian, Polish) and a "ki". In a Turkish document a name keeps its case ending ("Kiev'in" is no
    English "in", "Harkiv'e" no Italian "e")."""
    return (_TR_WORD if doc_lang == "tr" else _WORD).findall(sent.replace("İ", "i").lower())


# letters that of the nine languages only Turkish writes: Turkish says with suffixes what others say with little
# words, so a Turkish sentence naming "von der Leyen" or "Le Parisien'e" has more of another language's little
# words than of its own; words with these letters say it is Turkish all the same
_TURKISH_LETTERS = re.compile(r"[ığş]")
TURKISH_LETTER_WORDS = 3  # words with them that settle it (an English sentence may name Erdoğan and Fidan's aide Kalın)


def _other_language_likely(sent: str, doc_lang: str) -> bool:
    """Whether some other language has more common words in the sentence than the document's."""
    words = _screen_words(sent, doc_lang)
    if doc_lang == "tr" and len({w for w in words if _TURKISH_LETTERS.search(w)}) >= TURKISH_LETTER_WORDS:
        return False
    counts: dict[str, int] = {}
    for w in words:
        for lang in _WORD_LANGS.get(w, ()):
            counts[lang] = counts.get(lang, 0) + 1
    own = counts.get(doc_lang, 0)
    return any(n > own for lang, n in counts.items() if lang != doc_lang)


def confident_language(text: str, min_confidence: float = MIN_SENTENCE_CONFIDENCE) -> str | None:
    """The language lingua gives the text with at least `min_confidence`, or None."""
    by_letters = None
    if min_confidence <= MIN_SENTENCE_CONFIDENCE:
        by_letters = cyrillic_by_letters(text)
        if by_letters is None and len(text) >= LINGUA_LONG_TEXT:
            by_letters = language_by_words(text)
    if by_letters is not None:
        return by_letters
    values = _detector().compute_language_confidence_values(text)
    if values and values[0].value >= min_confidence:
        return values[0].language.iso_code_639_1.name.lower()
    return None


def sentence_language(sent: str, doc_lang: str | None, doc_script: str | None) -> str | None:
    """The language of one sentence of a document in `doc_lang`: its own when its script differs
    from the document's, or when lingua is confident it is another language; else the document's."""
    if len(sent) <= MIN_SENTENCE_CHARS:
        return doc_lang
    script = _script(sent, doc_script)
    if script is not None and script != doc_script:
        return detect_language(sent) or doc_lang
    if doc_lang is not None and _other_language_likely(sent, doc_lang):
        return confident_language(sent) or doc_lang
    return doc_lang


def _glue(pieces: list[str], lang: str | None) -> list[str]:
    """Join pieces that sentencex split after an abbreviation of the language."""
    abbrevs = ABBREVIATIONS.get(lang or "", set())
    out: list[str] = []
    for piece in pieces:
        if out:
            words = out[-1].rsplit(None, 1)
            tok = words[-1].lower() if words else ""
            prev_ends_abbrev = tok in abbrevs or tok.rsplit("(", 1)[-1] in abbrevs
            ordinal = lang in _ORDINAL_LANGS and tok[:-1].isdigit() and tok.endswith(".") and piece[:1].isalpha()
            prev = out[-1].rstrip()
            continuation = prev and prev[-1] not in _ENDS_SENTENCE and piece.lstrip()[:1].islower()
            if prev_ends_abbrev or ordinal or continuation or not piece.strip():
                out[-1] += piece
                continue
        out.append(piece)
    return out


# white space other than space, tab and newline: U+0085, U+2028, no-break spaces and the like
_ODD_SPACE_RE = re.compile(r"[^\S \t\n]")


def _cut_long(start: int, text: str) -> list[tuple[int, str]]:
    """Cut a piece longer than MAX_SENTENCE_CHARS at white space (or hard, if there is none)."""
    parts = []
    while len(text) > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", MAX_SENTENCE_CHARS // 2, MAX_SENTENCE_CHARS)
        cut = cut + 1 if cut > 0 else MAX_SENTENCE_CHARS
        parts.append((start, text[:cut]))
        start, text = start + cut, text[cut:]
    parts.append((start, text))
    return parts


def _sentencex_pieces(lang: str, block: str) -> list[str]:
    """sentencex's sentences of `block`, in order and whole. sentencex panics where its byte slicing splits a
    character (U+0085, a line break to Python and Rust, after a capital and before a full stop: "P\x85."); then the
    block is segmented again with every white space but space, tab and newline made a space (one character for one,
    so the pieces are cut from the block at the same offsets), and failing that it is kept as one piece."""
    spaced = _ODD_SPACE_RE.sub(" ", block)
    for attempt in (block, spaced) if spaced != block else (block,):
        try:
            pieces = list(sentencex_segment(lang, attempt))
        except BaseException as exc:  # pyo3 raises its PanicException as a BaseException
            if type(exc).__name__ != "PanicException":
                raise
            continue
        if attempt is block:
            return pieces
        cut, pos = [], 0
        for piece in pieces:
            cut.append(block[pos:pos + len(piece)])
            pos += len(piece)
        return cut
    return [block]


def split_spans(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding white space, in order."""
    spans = []
    seg_lang = lang if lang in LANGUAGES else "en"
    for b_start, b_end in _blocks(text):
        pieces = _glue(_sentencex_pieces(seg_lang, text[b_start:b_end]), seg_lang)
        pos = b_start
        for piece in pieces:
            for start, chunk in _cut_long(pos, piece):
                stripped = chunk.strip()
                if stripped:
                    lead = len(chunk) - len(chunk.lstrip())
                    spans.append((start + lead, start + lead + len(stripped)))
                # sentencex may drop characters it treats as noise; never let offsets drift
                assert text[start:start + len(chunk)] == chunk
            pos += len(piece)
    return spans


def segment(text: str, lang: str | None = None) -> tuple[str | None, list[Sentence]]:
    """Return the document's language and its sentences.

    `lang` is the document's declared language, if any; otherwise it is detected.
    """
    doc_lang = lang if lang in LANGUAGES else detect_language(text)
    doc_script = _SCRIPT_OF.get(doc_lang, "latin") if doc_lang else None
    sentences = []
    for seq, (start, end) in enumerate(split_spans(text, doc_lang), start=1):
        sent = text[start:end]
        sentences.append(Sentence(seq, start, end, sent, sentence_language(sent, doc_lang, doc_script)))
    for sentence, lead, paragraph in zip(sentences, leads(text, sentences), paragraphs(text, sentences)):
        sentence.lead, sentence.paragraph = lead, paragraph
    return doc_lang, sentences


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def paragraphs(text: str, sentences: list[Sentence]) -> list[int]:
    """Each sentence's paragraph, counted from 1: a blank line between two sentences starts a new one."""
    out, number, prev_end = [], 1, None
    for s in sentences:
        if prev_end is not None and _BLANK_LINE.search(text, prev_end, s.start):
            number += 1
        out.append(number)
        prev_end = s.end
    return out


MAX_LIST_ITEMS = 15


def _starts_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def _own_next_line(text: str, prev: Sentence, s: Sentence) -> bool:
    """Whether `s` is the whole of the line right after the one `prev` ends (no blank line between)."""
    line_end = text.find("\n", s.end)
    return (text.count("\n", prev.end, s.start) == 1 and _starts_line(text, s.start)
            and not text[s.end:line_end if line_end >= 0 else len(text)].strip())


def leads(text: str, sentences: list[Sentence]) -> list[int | None]:
    """For each sentence, the seq of the sentence that introduces it, or None.

    A sentence ending with a colon introduces what follows: the next sentence ("Zelensky said:"
    before his quote), and, when that one starts the next line, each item of the list that follows
    it line by line ("Russia's memorandum demands:" over "Ban on foreign troops."), up to
    MAX_LIST_ITEMS items; a blank line or a line holding more than one sentence ends the list.
    The classifier reads a cue and a holder there when the sentence itself has none.
    """
    out: list[int | None] = []
    list_lead = None
    for i, s in enumerate(sentences):
        prev = sentences[i - 1] if i else None
        on_new_line = prev is not None and _own_next_line(text, prev, s)
        if prev is not None and prev.text.rstrip().endswith(":"):
            out.append(prev.seq)
            list_lead = prev.seq if on_new_line else None
        elif list_lead is not None and on_new_line and s.seq - list_lead <= MAX_LIST_ITEMS:
            out.append(list_lead)
        else:
            out.append(None)
            list_lead = None
    return out
