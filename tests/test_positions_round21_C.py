"""Round 21, group C (ru, uk, pl): classes of position errors fixed in the attribution, each with sentences
written for the class that must give the right positions and near-misses that must not."""

import pytest

from datasette_demands.labelling.classify import Classifier
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def positions(classifier, text, lang):
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in classifier.classify(text, lang)}


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r21C: declining to comment refuses nothing; a move reported after 'что'/'że' keeps its own holder ---

NO_COMMENT = [
    ("ru", "Песков отказался комментировать сообщения о том, что Вашингтон предложил признать Крым российским.",
     {"territory": [("US", "demand")]}),
    ("ru", "Лавров не стал комментировать сообщения, что Киев согласился на перемирие.",
     {"ceasefire": [("UA", "agree")]}),
    ("pl", "Pieskow odmówił komentarza w sprawie doniesień, że Waszyngton zaproponował uznanie Krymu za rosyjski.",
     {"territory": [("US", "demand")]}),
    ("uk", "Пєсков відмовився коментувати повідомлення про те, що Вашингтон запропонував визнати Крим російським.",
     {"territory": [("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", NO_COMMENT, ids=ids(NO_COMMENT))
def test_declining_to_comment_refuses_nothing(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # refusing the measure itself still rejects it
    ("ru", "Кремль отказался от обмена пленными.", {"prisoners": [("RU", "reject")]}),
    ("pl", "Kreml odmówił wymiany jeńców.", {"prisoners": [("RU", "reject")]}),
])
def test_refusing_the_measure_still_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: a measure said to be "not on the table" / "not on the agenda" is turned down by the speaker; a party
# named in the genitive inside the reported clause ("членство Украины") is no subject that takes the clause away ---

OFF_THE_TABLE = [
    ("ru", "Лавров сказал, что прекращение огня сейчас не на столе.", {"ceasefire": [("RU", "reject")]}),
    ("ru", "Лавров сказал, что членство Украины в НАТО сейчас не на столе.", {"neutrality": [("RU", "reject")]}),
    ("ru", "Вопрос о репарациях снят с переговорного стола, заявил Песков.", {"reparations": [("RU", "reject")]}),
    ("uk", "Рютте заявив, що членство України в НАТО зараз не на столі.", {"neutrality": [("OTHER", "reject")]}),
    ("uk", "Обмін територіями не стоїть на порядку денному, наголосив Зеленський.", {"territory": [("UA", "reject")]}),
    ("pl", "Rutte powiedział, że członkostwo Ukrainy w NATO nie leży obecnie na stole.", {"neutrality": [("OTHER", "reject")]}),
    ("pl", "Ławrow oświadczył, że zawieszenie broni nie jest na porządku dziennym.", {"ceasefire": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", OFF_THE_TABLE, ids=ids(OFF_THE_TABLE))
def test_not_on_the_table_is_turned_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # still on the table: no refusal
    ("ru", "Песков заявил, что перемирие по-прежнему на столе.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Зеленський заявив, що припинення вогню залишається на столі.", {"ceasefire": [("UA", "demand")]}),
    ("pl", "Zełenski powiedział, że propozycja rozejmu nadal leży na stole.", {"ceasefire": [("UA", "demand")]}),
])
def test_still_on_the_table_is_no_refusal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected
