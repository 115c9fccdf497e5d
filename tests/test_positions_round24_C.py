"""Classes of position errors fixed in round 24 (group C: ru, uk, pl): each class has sentences that must give
the right positions and sentences that must not give the wrong ones, in the languages concerned."""

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


# --- r24C: the party a proviso asks to act ('o ile Kijów wstrzyma', 'tylko wówczas, gdy USA zapewnią', 'лишь когда
# Россия заплатит') holds nothing: the proviso is the main clause's holder's demand ---

PROVISO_SUBJECT = [
    ("pl", "Moskwa mogłaby zgodzić się na rozejm, o ile Kijów wstrzyma ataki na rafinerie.", "ceasefire",
     [("RU", "agree"), ("RU", "demand")]),
    ("pl", "Polska jest gotowa wysłać żołnierzy do Ukrainy, lecz tylko wówczas, gdy Stany Zjednoczone zapewnią wsparcie "
           "lotnicze.", "neutrality", [("EU", "demand")]),
    ("pl", "Dopiero gdy Rosja zapłaci za zniszczenia, będzie można rozmawiać o zniesieniu sankcji – podkreśliła Kaja Kallas.",
     "reparations", [("EU", "demand")]),
    ("ru", "Лишь когда Россия заплатит за разрушения, можно будет говорить о снятии санкций, подчеркнула Каллас.",
     "reparations", [("EU", "demand")]),
    ("ru", "Франция готова направить войска на Украину, но только тогда, когда США обеспечат прикрытие с воздуха, заявил "
           "Макрон.", "neutrality", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PROVISO_SUBJECT, ids=ids(PROVISO_SUBJECT))
def test_the_party_a_proviso_asks_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


PROVISO_SUBJECT_NEAR = [
    # 'podczas gdy' is 'whereas': the party after it holds a position of its own
    ("pl", "Kijów chce rozejmu, podczas gdy Moskwa żąda wycofania wojsk.", "ceasefire", ("RU", "demand")),
    # a proviso ends with its sentence: the speaker of the next one still holds
    ("es", "¿Está Ucrania dispuesta a ceder territorio a cambio de la paz? Zelenski, por ahora, dice que no.",
     "territory", ("UA", "reject")),
]


@pytest.mark.parametrize("lang,text,category,kept", PROVISO_SUBJECT_NEAR, ids=ids(PROVISO_SUBJECT_NEAR))
def test_a_party_outside_a_proviso_still_holds(classifier, lang, text, category, kept):
    assert kept in given(classifier, text, lang, category)
