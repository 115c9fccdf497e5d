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


# --- r24C: a refusal held until another's step ('не будет обсуждать перемирие, пока Киев не примет условия',
# 'доки Київ не підпише', 'dopóki Kijów nie przyjmie') demands the step beside the refusal; not where the step is
# another issue's, which that issue's label holds as a demand ---

HELD_UNTIL = [
    ("ru", "Кремль не будет обсуждать перемирие, пока Киев не примет его условия, заявил Песков.",
     {"ceasefire": [("RU", "demand"), ("RU", "reject")]}),
    ("ru", "Мы не откажемся от курса в НАТО, пока не получим гарантий безопасности, заявил Сибига.",
     {"neutrality": [("UA", "demand"), ("UA", "reject")]}),
    ("uk", "Вашингтон не надаватиме Україні гарантій безпеки, доки Київ не підпише угоду про корисні копалини.",
     {"neutrality": [("US", "demand"), ("US", "reject")]}),
    ("pl", "Rosja nie zgodzi się na rozejm, dopóki Kijów nie przyjmie jej warunków, oświadczył Pieskow.",
     {"ceasefire": [("RU", "demand"), ("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", HELD_UNTIL, ids=ids(HELD_UNTIL))
def test_a_refusal_held_until_a_step_demands_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


HELD_UNTIL_NEAR = [
    # the step is another issue's (NATO): the truce stays refused, the neutrality label holds the demand
    ("pl", "Kreml nie zgodzi się na rozejm, dopóki Ukraina nie zrezygnuje z członkostwa w NATO.",
     {"ceasefire": [("RU", "reject")], "neutrality": [("RU", "demand")]}),
    # a time the refusal lasts ('поки триває війна', 'dopóki trwa wojna'), no step asked of anyone
    ("uk", "Україна не визнає анексію Криму, поки триває війна, заявив Сибіга.", {"territory": [("UA", "reject")]}),
    ("pl", "Ukraina nie uzna aneksji Krymu, dopóki trwa wojna, oświadczył Sybiha.", {"territory": [("UA", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", HELD_UNTIL_NEAR, ids=ids(HELD_UNTIL_NEAR))
def test_a_refusal_for_a_time_or_of_another_issue_asks_nothing_more(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r24C: pl, vetoing a measure ('zawetuje każdą decyzję', 'zgłosiły weto', 'zablokuje') turns it down, as uk
# 'ветувати' ---

VETO = [
    ("pl", "Węgierski premier Viktor Orbán zapowiedział, że zawetuje każdą decyzję o konfiskacie rosyjskich aktywów.",
     "reparations", [("EU", "reject")]),
    ("pl", "Słowacja zawetowała pakiet, który przewidywał wykorzystanie zamrożonych rosyjskich aktywów dla Ukrainy.",
     "reparations", [("EU", "reject")]),
    ("pl", "Węgry zgłosiły weto wobec zaproszenia Ukrainy do NATO, poinformował Orbán.", "neutrality", [("EU", "reject")]),
    ("pl", "Premier Belgii zapowiedział, że zablokuje konfiskatę rosyjskich aktywów.", "reparations", [("EU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", VETO, ids=ids(VETO))
def test_vetoing_a_measure_rejects_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_a_threat_of_anothers_veto_is_no_refusal_of_the_subject(classifier):
    # the veto is a noun in another's phrase ('mimo groźby weta ze strony Węgier'): the subject still demands
    got = given(classifier, "Komisja Europejska chce przekazać Ukrainie rosyjskie aktywa, mimo groźby weta ze strony Węgier.",
                "pl", "reparations")
    assert ("EU", "demand") in got


# --- r24C: pl, making one's consent or a measure depend on a step ('uzależniła swoją zgodę od zniesienia sankcji')
# demands the step; the consent so made is no agreement ---

MADE_TO_DEPEND = [
    ("pl", "Moskwa uzależniła swoją zgodę na rozejm od zniesienia sankcji.", "ceasefire", [("RU", "demand")]),
    ("pl", "Niemcy uzależniają udział w misji od wsparcia ze strony Stanów Zjednoczonych, powiedział Merz.", "neutrality",
     [("EU", "demand")]),
    ("pl", "Kreml uzależnia swoją zgodę na wymianę jeńców od powrotu rosyjskich żołnierzy z Kurska.", "prisoners",
     [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", MADE_TO_DEPEND, ids=ids(MADE_TO_DEPEND))
def test_consent_made_to_depend_on_a_step_demands_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_consent_given_still_agrees(classifier):
    # consent given outright ('wyraził zgodę na rozejm') is an agreement
    assert given(classifier, "Kijów wyraził zgodę na rozejm na Morzu Czarnym.", "pl", "ceasefire") == [("UA", "agree")]


# --- r24C: judging a measure theft, a theatre or insufficient ('назвал конфискацию кражей', 'будет расценена как
# воровство', 'визнала пропозицію недостатньою', 'nazwał roszczenia Kijowa „teatrem”') rejects it; the owner of the
# judged claim ('roszczenia Kijowa') demands it ---

JUDGED_WORTHLESS = [
    ("ru", "Лавров назвал конфискацию российских активов кражей.", {"reparations": [("RU", "reject")]}),
    ("ru", "Любая попытка изъять российские активы будет расценена как воровство, заявила Захарова.",
     {"reparations": [("RU", "reject")]}),
    ("uk", "Українська делегація визнала пропозицію Кремля про перемир'я недостатньою.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("uk", "Київ назвав запропоноване Москвою триденне перемир'я недостатнім.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("pl", "Miedwiediew nazwał roszczenia Kijowa dotyczące reparacji „politycznym teatrem”.",
     {"reparations": [("RU", "reject"), ("UA", "demand")]}),
    ("pl", "Kijów uznał zaproponowany przez Moskwę trzydniowy rozejm za niewystarczający.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", JUDGED_WORTHLESS, ids=ids(JUDGED_WORTHLESS))
def test_judging_a_measure_worthless_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_saying_means_are_insufficient_rejects_nothing(classifier):
    # 'недостатньо' of the means to do a thing judges no measure: no refusal
    got = positions(classifier, "Зеленський визнав, що сил для повернення Криму зараз недостатньо.", "uk")
    assert all(stance != "reject" for found in got.values() for _, stance in found)


# --- r24C: a mediator that reports its own mediation ('poinformowały, że dzięki ich mediacji Rosja i Ukraina wymieniły
# ...', 'сообщил, что при его посредничестве ...') holds nothing; the parties after the mediation phrase agree ---

OWN_MEDIATION = [
    ("pl", "Zjednoczone Emiraty Arabskie poinformowały, że dzięki ich mediacji Rosja i Ukraina wymieniły po 84 jeńców."),
    ("pl", "Turcja ogłosiła, że dzięki jej mediacji Rosja i Ukraina uzgodniły wymianę jeńców."),
    ("ru", "Катар сообщил, что при его посредничестве Россия и Украина обменялись 84 пленными."),
    ("ru", "ОАЭ заявили, что благодаря их посредничеству Россия и Украина обменялись пленными."),
]


@pytest.mark.parametrize("lang,text", OWN_MEDIATION, ids=ids(OWN_MEDIATION))
def test_a_mediator_reporting_its_mediation_holds_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}


@pytest.mark.parametrize("lang,text", [
    # a mediation noun with no possessive still governs the name after it: the mediator holds nothing
    ("ru", "Россия и Украина обменялись пленными при посредничестве ОАЭ."),
    ("pl", "Rosja i Ukraina wymieniły jeńców dzięki mediacji Zjednoczonych Emiratów Arabskich."),
])
def test_the_mediator_after_a_mediation_noun_holds_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}
