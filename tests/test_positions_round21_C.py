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
