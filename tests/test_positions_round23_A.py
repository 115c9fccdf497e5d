"""Classes of position errors fixed in round 23 (group A: de, fr, it): each class has sentences that must give the
right positions and near-misses that must not give the wrong ones. The sentences are written for these tests."""

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
    """The positions of `category` when the category is given (as the gold scoring does)."""
    by_cat = {lb.category: lb for lb in classifier.classify(text, lang)}
    label = Label(category, list(by_cat[category].matches)) if category in by_cat else Label(category)
    classifier.language(lang).attributor.attribute(text, normalise(text), [label])
    return sorted((p.holder, p.stance) for p in label.positions)


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r23A: a measure called theft rejects it, the quote opening before the article or the verb at the clause's end ---

CALLED_THEFT = [
    ("it", "Confiscare le riserve russe sarebbe «un furto bello e buono», ha detto Zakharova.", "reparations",
     [("RU", "reject")]),
    ("fr", "Utiliser les avoirs gelés serait « une expropriation pure et simple », a déclaré Lavrov.", "reparations",
     [("RU", "reject")]),
    ("fr", "Le Kremlin a qualifié « un vol » la saisie des avoirs de sa banque centrale.", "reparations",
     [("RU", "reject")]),
    ("de", "Die Enteignung der russischen Guthaben, die Moskau als „Raub“ gebrandmarkt hat, spaltet die EU.",
     "reparations", [("RU", "reject")]),
    ("de", "Berlin will die eingefrorenen Gelder nutzen, was der Kreml als „Diebstahl“ bezeichnet.", "reparations",
     [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Toute confiscation des réserves russes serait « du vol », a prévenu Dmitri Medvedev.", "reparations",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CALLED_THEFT, ids=ids(CALLED_THEFT))
def test_a_measure_called_theft_is_rejected(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


CALLED_THEFT_NOT = [
    # the label names a crime of the war, not the measure: no rejection of compensation
    ("it", "Kiev chiede risarcimenti per il «furto» dei suoi bambini, ha detto Zelensky.", "reparations", "reject"),
    ("de", "Kiew fordert Entschädigung für den als „Raub“ bezeichneten Getreideexport der Besatzer, sagte Selenskyj.",
     "reparations", "reject"),
]


@pytest.mark.parametrize("lang,text,category,stance", CALLED_THEFT_NOT, ids=ids(CALLED_THEFT_NOT))
def test_a_crime_called_theft_is_not_a_rejection(classifier, lang, text, category, stance):
    assert ("UA", stance) not in given(classifier, text, lang, category)
