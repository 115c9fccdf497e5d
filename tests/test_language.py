"""Language identification: Russian and Ukrainian told apart by their letters, and any of the nine
languages by its common words and own letters, without lingua's models, only where lingua would say the same; the common-words screen that decides which sentences lingua is asked about."""

import json
import random
import re
from pathlib import Path

import pytest

from datasette_demands.labelling import segment as segment_module
from datasette_demands.labelling.segment import (_SCRIPT_OF, MIN_SENTENCE_CONFIDENCE, _detector, _screen_words,
                                                 LINGUA_LONG_TEXT, confident_language, cyrillic_by_letters,
                                                 detect_language, language_by_words, segment, sentence_language)

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py

GOLD = sorted((Path(__file__).parent / "gold").glob("*.jsonl"))


def gold_texts():
    for path in GOLD:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if isinstance(row, dict) and row.get("text"):
                yield row["text"]


def test_letters_agree_with_lingua_on_every_gold_sentence_they_decide():
    decided = 0
    for text in gold_texts():
        lang = cyrillic_by_letters(text)
        if lang is None:
            continue
        decided += 1
        values = _detector().compute_language_confidence_values(text)
        assert values[0].language.iso_code_639_1.name.lower() == lang, text
        assert values[0].value >= MIN_SENTENCE_CONFIDENCE, text
        assert _detector().detect_language_of(text).iso_code_639_1.name.lower() == lang, text
    assert decided >= 100  # most Russian and Ukrainian gold sentences: the shortcut is in use


def test_words_agree_with_lingua_on_every_gold_sentence_they_decide():
    """Where the common words and own letters decide, lingua detects the same language (what detect_language
    would have asked it), and the same is its most likely language (once, on a French gold sentence, lingua says Italian and the words are
    right: the test allows that one). Its confidence is asked for only by
    confident_language, which lets the words decide a text of LINGUA_LONG_TEXT characters or more: there
    lingua's confidence reaches MIN_SENTENCE_CONFIDENCE on every gold sentence the words decide but one, where it
    names the same language less surely and the words' answer is the gold's (the test allows that one)."""
    decided = confident = 0
    lingua_wrong = []  # where lingua names another language and the words name the gold's: the words are right
    lingua_unsure = []  # where lingua names the same language below the confidence: the words decide, and rightly
    seen = set()
    for row in gold_rows():
        text = row["text"]
        lang = language_by_words(text)
        if lang is None or text in seen:
            continue
        seen.add(text)
        decided += 1
        values = _detector().compute_language_confidence_values(text)
        if _detector().detect_language_of(text).iso_code_639_1.name.lower() != lang:
            assert lang == row["lang"], text
            lingua_wrong.append(text)
            continue
        assert values[0].language.iso_code_639_1.name.lower() == lang, text
        if len(text) >= LINGUA_LONG_TEXT and cyrillic_by_letters(text) is None:
            confident += 1
            if values[0].value < MIN_SENTENCE_CONFIDENCE:  # lingua alone would have left it undecided
                assert lang == row["lang"], text
                lingua_unsure.append(text)
            assert confident_language(text) == lang
    assert decided >= 850 and confident >= 300  # 922 of 1,673 gold sentences, 329 of them long: the shortcut is in use
    # check9's "Le port de Novorossiïsk, principal terminal pétrolier russe sur la mer Noire, ..." is French to the
    # words and Italian to lingua: the only such sentence in the gold files
    assert len(lingua_wrong) <= 1, lingua_wrong
    # check16's "Hungarian Foreign Minister Péter Szijjártó said Budapest would block ..." is English to the words and
    # to lingua, but lingua's confidence is 0.70: the words' answer is the gold's, where lingua alone would give none
    assert len(lingua_unsure) <= 1, lingua_unsure


@pytest.mark.parametrize("text, expected", [
    ("Russia demands that Ukraine withdraw its troops from four regions.", "en"),
    ("Die Ukraine fordert, dass Russland sich aus den besetzten Gebieten zurückzieht.", "de"),
    ("Türkiye ve Rusya bu konuda bir anlaşmaya vardı ve barış için çalışacak.", "tr"),
    ("Polska domaga się, aby Rosja wycofała wojska z całej Ukrainy.", "pl"),
    ("Erdoğan met Zelensky in Istanbul.", None),  # too few common words: lingua decides
    ("Gdańsk, Łódź, Kraków", None),  # the letters of names alone never decide
    ("Le Kremlin rejette la proposition of the French", None),  # no clear margin
])
def test_words_decide_only_clear_cases(text, expected):
    assert language_by_words(text) == expected


def test_a_sentence_the_words_settle_never_asks_lingua(monkeypatch):
    def no_lingua():
        raise AssertionError("lingua was asked")

    monkeypatch.setattr(segment_module, "_detector", no_lingua)
    lang, sentences = segment("Russia demands that Ukraine withdraw its troops from four regions.")
    assert lang == "en" and [s.lang for s in sentences] == ["en"]


@pytest.mark.parametrize("text, expected", [
    ("Россия требует, чтобы Украина вывела войска из четырёх регионов.", "ru"),
    ("Росія вимагає, щоб Україна вивела війська з чотирьох регіонів.", "uk"),
    ("Совет ЕС утвердил пакет санкций против России.", None),  # no letter of one language only
    ("Переговоры в Стамбуле: Київ и Москва обменялись пленными.", None),  # letters of both
    ("Лавров заявил, что NATO не должно расширяться.", None),  # a Latin word: lingua decides
    ("Russia demands that Ukraine withdraw its troops.", None),
])
def test_letters_settle_only_clear_cases(text, expected):
    assert cyrillic_by_letters(text) == expected


def test_documents_and_sentences_get_the_language_of_their_letters():
    text = ("Делегації зустрілися в Стамбулі. Україна вимагає повного припинення вогню. "
            "Сторони домовилися про обмін полоненими.")
    lang, sentences = segment(text)
    assert lang == "uk"
    assert [s.lang for s in sentences] == ["uk", "uk", "uk"]
    assert detect_language("Россия требует нейтралитета Украины и отказа от вступления в НАТО.") == "ru"
    assert confident_language("Россия требует нейтралитета Украины.") == "ru"
    # a stricter confidence than the letters were checked against is left to lingua (which never reaches 1.01)
    assert confident_language("Россия требует нейтралитета Украины.", min_confidence=1.01) is None


def gold_rows():
    for path in GOLD:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if isinstance(row, dict) and row.get("text"):
                yield row


def test_the_screen_reads_turkish_words_whole():
    """The common-words screen's tokens: "İki" is one word (str.lower() alone gives i and a combining dot,
    an Italian "i" and a "ki"), and in Turkish a name keeps its case ending after the apostrophe."""
    assert _screen_words("İki taraf Harkiv'e ve Kiev’in talebini reddetti", "tr") == [
        "iki", "taraf", "harkiv'e", "ve", "kiev’in", "talebini", "reddetti"]
    assert _screen_words("L'accordo dell'Ucraina", "it") == ["l", "accordo", "dell", "ucraina"]  # elisions as before
    # a number's suffix is no common word: "1111-й" (an ordinal) put a Russian sentence to lingua as Ukrainian "й"
    assert _screen_words("Совет ЕС утвердил 1111-й пакет санкций.", "ru") == [
        "совет", "ес", "утвердил", "1111-й", "пакет", "санкций"]


def test_a_turkish_only_job_never_asks_lingua(monkeypatch):
    """At least 100 Turkish articles of ten gold sentences each (every Turkish gold sentence among them, numbers
    varied as the benchmarks do) with their language given: no sentence is put to lingua."""
    turkish = [row["text"] for row in gold_rows() if row["lang"] == "tr"]
    assert len(turkish) > 100
    rng = random.Random(15)
    articles = max(100, -(-len(turkish) // 10))  # the gold files grow: every sentence goes in, in whole articles
    sentences = turkish + [rng.choice(turkish) for _ in range(10 * articles - len(turkish))]
    sentences = [re.sub(r"\b\d{1,4}\b", lambda m: str(rng.randint(1, 2000)), s) if rng.random() < 0.5 else s
                 for s in sentences]

    def no_lingua():
        raise AssertionError("lingua was asked")

    monkeypatch.setattr(segment_module, "_detector", no_lingua)
    n = 0
    for i in range(0, len(sentences), 10):
        lang, found = segment(" ".join(sentences[i:i + 10]), "tr")
        assert lang == "tr" and {s.lang for s in found} == {"tr"}
        n += 1
    assert n == articles


def test_a_turkish_sentence_naming_foreigners_is_not_put_to_lingua_but_an_english_one_naming_turks_is(monkeypatch):
    """Turkish writes as suffixes what other languages write as little words, so names such as "von der Leyen" or
    "Le Monde'a" outnumbered its own little words; its letters ı, ğ, ş (Turkish alone of the nine) settle it."""
    def no_lingua():
        raise AssertionError("lingua was asked")

    monkeypatch.setattr(segment_module, "_detector", no_lingua)
    for text in ("Komisyon Başkanı Ursula von der Leyen, dondurulmuş varlıkların kullanılmasını istedi.",
                 "Başbakan Le Monde'a konuşurken Rusya'nın şartlarını kabul etmeyeceklerini söyledi."):
        assert segment(text, "tr")[1][0].lang == "tr", text
    monkeypatch.undo()
    # a sentence in English in a Turkish document, naming Turks, is still looked at
    text = "The ministry said that Erdoğan and his adviser Kalın would host the next round of talks between the two delegations in the spring."
    assert segment(text, "tr")[1][0].lang == "en"


def test_every_gold_sentence_keeps_its_language_in_a_document_of_its_language():
    """The screen and lingua give no gold sentence another language than its document's."""
    for row in gold_rows():
        lang = row["lang"]
        assert sentence_language(row["text"], lang, _SCRIPT_OF.get(lang, "latin")) == lang, row["text"]
