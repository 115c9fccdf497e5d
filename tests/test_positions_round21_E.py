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


# --- a label whose evidence lies in one of two coordinated clauses takes the cues of that clause only ----------

OWN_CLAUSE = [
    ("en", "Both sides agreed to a prisoner swap, but Russia insisted Ukraine withdraw from Zaporizhzhia.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("en", "Kyiv accepted a 30-day ceasefire, but Moscow demanded reparations.",
     {"ceasefire": [("UA", "agree")], "reparations": [("RU", "demand")]}),
    ("en", "Moscow agreed to return deported children, while Kyiv called for a full ceasefire.",
     {"ceasefire": [("UA", "demand")], "prisoners": [("RU", "agree")]}),
    ("it", "Entrambe le parti hanno concordato uno scambio di prigionieri, ma Mosca ha chiesto il ritiro delle truppe "
     "ucraine dal Donbass.", {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("fr", "Les deux parties ont accepté un échange de prisonniers, mais Moscou a exigé le retrait des troupes "
     "ukrainiennes du Donbass.", {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("de", "Beide Seiten einigten sich auf einen Gefangenenaustausch, aber Moskau forderte den Abzug der ukrainischen "
     "Truppen aus dem Donbass.", {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("es", "Ambas partes acordaron un intercambio de prisioneros, pero Moscú exigió la retirada de las tropas ucranianas "
     "del Donbás.", {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("ru", "Стороны договорились об обмене пленными, но Москва потребовала вывода украинских войск из Донбасса.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("uk", "Сторони домовилися про обмін полоненими, але Москва вимагала виведення українських військ з Донбасу.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("pl", "Obie strony zgodziły się na wymianę jeńców, ale Moskwa zażądała wycofania ukraińskich wojsk z Donbasu.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", OWN_CLAUSE)
def test_a_label_takes_the_cues_of_its_own_clause(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a clause with no issue of its own takes the other's back with a pronoun: both positions stay
    ("en", "Kyiv proposed a truce, but Moscow rejected it.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    # no clause break: one verb over both issues gives both their positions
    ("en", "Russia and Ukraine agreed on a ceasefire and an exchange of prisoners.",
     {"ceasefire": [("RU", "agree"), ("UA", "agree")], "prisoners": [("RU", "agree"), ("UA", "agree")]}),
    # a bare semicolon joins two clauses each with its own issue
    ("en", "Ukraine proposed an exchange of prisoners; Russia demanded the withdrawal of Ukrainian troops from Donetsk.",
     {"prisoners": [("UA", "demand")], "territory": [("RU", "demand")]}),
])
def test_clauses_without_an_issue_of_their_own_keep_their_positions(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected
