"""Language identification: Russian and Ukrainian told apart by their letters, without lingua's models,
only where lingua would say the same."""

import json
from pathlib import Path

import pytest

from datasette_demands.labelling.segment import (MIN_SENTENCE_CONFIDENCE, _detector, confident_language,
                                                 cyrillic_by_letters, detect_language, segment)

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
