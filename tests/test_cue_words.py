"""Position cues the rule writers found missing (rules/cues.yml): each one now lets a `cue: true` rule
fire, or gives the stance its word means. Own-words sentences; each failed before these cues."""

import pytest

from datasette_demands.labelling.classify import Classifier
from datasette_demands.rulebook.load import load_rulebook


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def positions(classifier, text, lang):
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in classifier.classify(text, lang)}


CASES = [
    # a verb of insisting in its accented or inflected form
    ("fr", "Le Kremlin martèle que la Crimée est russe et le restera.", {"territory": [("RU", "demand")]}),
    ("it", "Mosca sostiene che Kiev debba ritirarsi dal Donbass.", {"territory": [("RU", "demand")]}),
    ("es", "Moscú sugiere congelar el frente como base para un alto el fuego.",
     {"ceasefire": [("RU", "demand")], "territory": [("RU", "demand")]}),
    # pressing another party is a demand of the one who presses
    ("ru", "Москва давит на Киев, чтобы тот вывел войска из Донбасса.", {"territory": [("RU", "demand")]}),
    ("pl", "Waszyngton naciska na Kijów w sprawie rozejmu.", {"ceasefire": [("US", "demand")]}),
    # open to: agreement, not a demand
    ("fr", "Kyiv se dit ouverte à un cessez-le-feu de trente jours.", {"ceasefire": [("UA", "agree")]}),
    ("es", "Kiev se mostró abierta a una tregua de treinta días.", {"ceasefire": [("UA", "agree")]}),
    # hesitating and ruling out: rejections
    ("de", "Der Kreml zögert bei einem Waffenstillstand.", {"ceasefire": [("RU", "reject")]}),
    ("tr", "Rusya, Ukrayna'nın NATO üyeliğini dışladı.", {"neutrality": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_missing_cue_words_report_the_position(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


@pytest.mark.parametrize("lang,text", [
    # plain reporting verbs stay out of the cue lists: a notice is no position
    ("de", "Die Einstellung des Feuers auf dem Schießplatz erfolgt um 18 Uhr, teilte die Bundeswehr mit."),
    ("fr", "Le Kremlin martèle depuis des mois sa version de l'histoire de la Crimée en 1954."),
])
def test_no_position_without_one(classifier, lang, text):
    assert positions(classifier, text, lang) == {}
