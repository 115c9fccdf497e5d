"""Round 23, group C (ru, uk, pl): classes of position errors fixed in the attribution, each with sentences that must
give the right positions and near-misses that must not give the wrong ones, in the languages concerned."""

import pytest

from datasette_demands.labelling.classify import Classifier, Label
from datasette_demands.labelling.normalise import normalise
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def positions(classifier, text, lang):
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in classifier.classify(text, lang)}


def given(classifier, text, lang, category):
    """The positions of `category` when the category is given (as the gold scoring does), whether or not a rule
    labels the sentence with it: these classes are about holders and stances, not categories."""
    by_cat = {lb.category: lb for lb in classifier.classify(text, lang)}
    label = Label(category, list(by_cat[category].matches)) if category in by_cat else Label(category)
    classifier.language(lang).attributor.attribute(text, normalise(text), [label])
    return sorted((p.holder, p.stance) for p in label.positions)


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r23C: calling a demand an ultimatum, a report of consent a fake, a proposal premature rejects it ---

JUDGED = [
    ("ru", "Министр иностранных дел Украины Андрей Сибига назвал требования Кремля о внеблоковом статусе страны «ультиматумом».",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Сибига назвал сообщения о согласии Киева уступить Запорожскую область фейком.", "territory", [("UA", "reject")]),
    ("ru", "Песков назвал предложение Парижа о перемирии преждевременным.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Міністр закордонних справ Андрій Сибіга назвав вимоги Кремля щодо позаблокового статусу країни «ультиматумом».",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("uk", "Сибіга назвав повідомлення про згоду Києва поступитися Запорізькою областю фейком.", "territory", [("UA", "reject")]),
    ("uk", "У Кремлі вважають передчасною пропозицію Парижа про великоднє перемир'я.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Szef ukraińskiego MSZ nazwał żądania Kremla dotyczące neutralności kraju „ultimatum”.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Sybiha nazwał doniesienia o zgodzie Kijowa na oddanie Zaporoża fejkiem.", "territory", [("UA", "reject")]),
    ("pl", "Pieskow uważa propozycję Paryża w sprawie rozejmu za przedwczesną.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", JUDGED, ids=ids(JUDGED))
def test_r23c_a_dismissive_name_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# near-misses: an ultimatum set, not named; conditions named ('назвал условия'), no judgement
NOT_JUDGED = [
    ("ru", "Кремль выдвинул Киеву ультиматум о выводе войск из Донбасса.", "territory", [("RU", "demand")]),
    ("uk", "Кремль висунув Києву ультиматум про виведення військ з Донбасу.", "territory", [("RU", "demand")]),
    ("pl", "Kreml postawił Kijowowi ultimatum w sprawie wycofania wojsk z Donbasu.", "territory", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_JUDGED, ids=ids(NOT_JUDGED))
def test_r23c_an_ultimatum_set_is_no_dismissal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)
