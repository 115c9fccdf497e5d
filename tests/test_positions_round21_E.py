"""Round 21 E: two classes of position errors a user found, each with sentences that must give the right positions
and near-misses that must keep working."""

import pytest

from datasette_demands.labelling.classify import Classifier
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def positions(classifier, text, lang):
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in classifier.classify(text, lang)}


# --- a judgement after a dismissed demand ("as a ploy") is the dismisser's; the demand's owner keeps demand ------

JUDGED_DEMAND = [
    ("en", "Moscow dismissed Kyiv's call for a 30-day truce as a ploy.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("en", "Russia brushed aside Ukraine's calls for an exchange of prisoners as a stunt.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
    ("en", "Kyiv dismissed Moscow's call for a withdrawal from Zaporizhzhia as blackmail.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("en", "The Kremlin rejected Ukraine's proposal for a ceasefire as a trick.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("en", "Russia dismissed Kyiv's demand for reparations as unacceptable.", "reparations", [("RU", "reject"), ("UA", "demand")]),
    ("fr", "Moscou a rejeté l'appel de Kiev à un cessez-le-feu comme une manœuvre.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("de", "Moskau wies Kiews Aufruf zu einer Waffenruhe als Trick zurück.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("ru", "Москва отвергла призыв Киева к перемирию как уловку.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", JUDGED_DEMAND)
def test_a_judgement_after_a_dismissed_demand_is_the_dismissers(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang) == {category: expected}


@pytest.mark.parametrize("lang,text,category,expected", [
    # the verb 'call' naming a measure a ploy still rejects it, with or without an owner of the measure
    ("en", "The Kremlin called the truce a publicity stunt.", "ceasefire", [("RU", "reject")]),
    ("en", "Moscow called Kyiv's truce proposal a ploy.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("en", "Moscow described Kyiv's call for a truce as a ploy.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
])
def test_calling_a_measure_a_ploy_still_rejects_it(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang) == {category: expected}
