"""Round 27, helper A: the second party of a contrast ("While X insists ..., Y says ...", "X demands ..., but Y says
..."): the second party's reporting verb opens a clause of its own, so it reports its own position (docs/GUIDELINES.md)."""

import pytest

from datasette_demands.labelling.classify import Classifier, Label
from datasette_demands.labelling.normalise import normalise
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def given(classifier, text, lang, category):
    """The positions of `category` when the category is given (as the gold scoring does)."""
    by_cat = {lb.category: lb for lb in classifier.classify(text, lang)}
    label = Label(category, list(by_cat[category].matches)) if category in by_cat else Label(category)
    classifier.language(lang).attributor.attribute(text, normalise(text), [label])
    return sorted((p.holder, p.stance) for p in label.positions)


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r27A: the second party of a contrast reports its own position through its reporting verb ---

CONTRASTED_REPORTER = [
    ("en", "Moscow wants all of Donetsk, but Kyiv says it will never hand over the region.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("en", "While Moscow insists that Ukraine must cede the four regions, Kyiv says it will never accept their annexation.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("de", "Moskau fordert den gesamten Donbass, aber Kiew erklärt, dass es die Region niemals abtreten werde.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("fr", "Moscou réclame tout le Donbass, tandis que Kiev affirme qu'il ne cédera jamais la région.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("ru", "В то время как Москва требует весь Донбасс, Киев заявляет, что никогда не уступит этот регион.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("uk", "У той час як Москва вимагає весь Донбас, Київ заявляє, що ніколи не поступиться цим регіоном.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
]

# near-misses: no contrast, the reporter after the clause only reports; a doubt is no position
NOT_CONTRASTED_REPORTER = [
    ("en", "Moscow demands the four regions, Kyiv says.", "territory", [("RU", "demand")]),
    ("en", "While Moscow insists that Ukraine must cede the four regions, analysts doubt Kyiv will ever agree.",
     "territory", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CONTRASTED_REPORTER + NOT_CONTRASTED_REPORTER,
                         ids=ids(CONTRASTED_REPORTER + NOT_CONTRASTED_REPORTER))
def test_contrasted_reporter(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r27A: beside an opening "While X insists ...", the other party's "argues that ..." is its own view ---

OPENING_CONTRAST_CONTENT = [
    ("pl", "Podczas gdy Moskwa domaga się neutralności Ukrainy, Kijów przekonuje, że tylko członkostwo w NATO da mu "
     "bezpieczeństwo.", "neutrality", [("RU", "demand"), ("UA", "demand")]),
    ("en", "While Moscow insists on a neutral Ukraine, Kyiv says that membership of NATO is its only real safeguard.",
     "neutrality", [("RU", "demand"), ("UA", "demand")]),
    ("pl", "Moskwa żąda całego Donbasu, ale Kijów przekonuje, że nigdy nie odda tego regionu.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
]

# near-misses: a reply after ", but" may turn the first party down without a cue; persuading a party asks it of it
NOT_OPENING_CONTRAST_CONTENT = [
    ("en", "Kyiv proposed a full ceasefire in the air and at sea, but the Kremlin replied that a partial truce "
     "would only let the Ukrainian army rearm.", "ceasefire", [("UA", "demand")]),
    ("pl", "Waszyngton przekonuje Kijów, by zgodził się na rozejm.", "ceasefire", [("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OPENING_CONTRAST_CONTENT + NOT_OPENING_CONTRAST_CONTENT,
                         ids=ids(OPENING_CONTRAST_CONTENT + NOT_OPENING_CONTRAST_CONTENT))
def test_opening_contrast_content(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected
