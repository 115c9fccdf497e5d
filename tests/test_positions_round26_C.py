"""Round 26, helper C: one holder with two stances on one issue in contrasted clauses, and readiness or conditional
acceptance. Sentences written for these tests (no gold sentence); each class has sentences that must give the
right positions and near-misses that must not give the wrong ones."""

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


def given_all(classifier, text, lang, categories):
    """The positions of each of `categories`, all given at once (as the gold scoring gives a sentence's categories)."""
    by_cat = {lb.category: lb for lb in classifier.classify(text, lang)}
    labels = [Label(c, list(by_cat[c].matches)) if c in by_cat else Label(c) for c in categories]
    classifier.language(lang).attributor.attribute(text, normalise(text), labels)
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in labels}


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r26C: one holder rejects one option and offers another in a contrasted clause of its own ---

TWO_STANCES = [
    # German: an article after the comma of reported speech ("betonte, die Türkei werde") opens no relative clause
    ("de", "Merz betonte, die Türkei werde keine Truppen in die Ukraine schicken, sei aber bereit, eine Friedenstruppe "
           "logistisch zu unterstützen.", "neutrality", [("TR", "demand"), ("TR", "reject")]),
    ("de", "Der Minister sagte, die Ukraine werde den Donbass niemals aufgeben, sei aber bereit, die Frontlinie "
           "einzufrieren.", "territory", [("UA", "demand"), ("UA", "reject")]),
    # a contrasted gerund of saying before the readiness ("tout en se disant prête à", "pur dicendosi pronta a")
    ("fr", "Kiev refuse toute cession du Donbass, tout en se disant prête à geler la ligne de front.", "territory",
     [("UA", "demand"), ("UA", "reject")]),
    ("it", "Kiev non cederà mai il Donbass, pur dicendosi pronta a congelare la linea del fronte.", "territory",
     [("UA", "demand"), ("UA", "reject")]),
    # a reporting verb after ", but" reports the holder's next position
    ("es", "Moscú pidió un alto el fuego parcial, pero subrayó que no aceptará una tregua total.", "ceasefire",
     [("RU", "demand"), ("RU", "reject")]),
    ("es", "Zelenski propuso congelar la línea del frente, pero aseguró que Ucrania no cederá el Donbás.", "territory",
     [("UA", "demand"), ("UA", "reject")]),
    # the clause a closing speaker adds ("aggiungendo che ...", "añadiendo que ...") holds the speaker's second stance
    ("it", "«La neutralità di Kiev è una condizione per ogni accordo», ha detto il ministro russo Lavrov, aggiungendo "
           "che l'adesione dell'Ucraina alla NATO è esclusa.", "neutrality", [("RU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TWO_STANCES, ids=ids(TWO_STANCES))
def test_one_holder_two_stances(classifier, lang, text, category, expected):
    assert given_all(classifier, text, lang, [category])[category] == expected


TWO_STANCES_NOT = [
    # another party's readiness after ", mentre" is its own, no second stance of the first subject
    ("it", "Kiev ha respinto la tregua, mentre Mosca si è detta pronta a congelare il fronte.", "ceasefire",
     ("UA", "demand")),
    # a true German relative clause still ends at its comma: no stance of the relative's subject on the main clause
    ("de", "Der Plan, den Moskau im Frühjahr vorgelegt hatte, sieht die Abtretung des Donbass vor.", "territory",
     ("RU", "reject")),
    # an added clause without a stance of its own adds none
    ("it", "«Serve una tregua», ha detto Peskov, aggiungendo che il Cremlino discuterà i dettagli con Washington.",
     "ceasefire", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,wrong", TWO_STANCES_NOT, ids=ids(TWO_STANCES_NOT))
def test_one_holder_two_stances_near_misses(classifier, lang, text, category, wrong):
    assert wrong not in given_all(classifier, text, lang, [category])[category]


# --- r26C: conditional acceptance ("may agree to X if Y") is agree on X, the condition a demand on Y's issue ---

CONDITIONAL_ACCEPTANCE = [
    ("ru", "Зеленский допустил, что Украина может согласиться на заморозку линии фронта, если партнеры дадут "
           "гарантии безопасности.", {"territory": [("UA", "agree")], "neutrality": [("UA", "demand")]}),
    ("pl", "Zełenski przyznał, że Ukraina może zgodzić się na zamrożenie linii frontu, jeśli sojusznicy dadzą "
           "gwarancje bezpieczeństwa.", {"territory": [("UA", "agree")], "neutrality": [("UA", "demand")]}),
    ("en", "Zelensky said Ukraine could agree to freeze the front line if its allies provided security guarantees.",
     {"territory": [("UA", "agree")], "neutrality": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", CONDITIONAL_ACCEPTANCE, ids=ids(CONDITIONAL_ACCEPTANCE))
def test_conditional_acceptance(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, list(expected)) == expected


CONDITIONAL_ACCEPTANCE_NOT = [
    # a condition on the label's own issue stays its demand ("would accept a truce only if ...")
    ("en", "Moscow would accept a ceasefire only if Western arms deliveries to Kyiv stopped.", "ceasefire",
     ("RU", "demand")),
]


@pytest.mark.parametrize("lang,text,category,kept", CONDITIONAL_ACCEPTANCE_NOT, ids=ids(CONDITIONAL_ACCEPTANCE_NOT))
def test_conditional_acceptance_near_misses(classifier, lang, text, category, kept):
    assert kept in given_all(classifier, text, lang, [category])[category]
