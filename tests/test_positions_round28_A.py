"""Round 28, helper A: a holder's stance that carries a condition or an offer which is itself a second position of the
same holder (readiness as an offer, refusals held on a condition, conditional acceptance, corrections)."""

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


# --- r28A: readiness for a measure named by a noun offers it, a demand; readiness for another's proposal agrees ---

READY_FOR = [
    ("fr", "Paris se dit prêt à une trêve olympique de deux semaines, a indiqué l'Élysée.", {"ceasefire": [("EU", "demand")]}),
    ("it", "Kiev è pronta a uno scambio di tutti i detenuti civili già da domani, ha detto il ministro.",
     {"prisoners": [("UA", "demand")]}),
    ("de", "Die Ukraine sei zu einer Feuerpause über die Feiertage bereit, erklärte das Präsidialamt.",
     {"ceasefire": [("UA", "demand")]}),
    ("es", "El Kremlin se mostró dispuesto a una tregua de Pascua de tres días, según la agencia TASS.",
     {"ceasefire": [("RU", "demand")]}),
    ("ru", "Киев готов к перемирию на время зимних праздников, сообщил министр иностранных дел.",
     {"ceasefire": [("UA", "demand")]}),
    ("uk", "Київ готовий до обміну всіх цивільних заручників уже наступного тижня, заявив омбудсмен.",
     {"prisoners": [("UA", "demand")]}),
    ("pl", "Kijów jest gotowy na wymianę wszystkich zatrzymanych cywilów, oświadczył rzecznik MSZ.",
     {"prisoners": [("UA", "demand")]}),
]

# near-misses: a negated readiness refuses; readiness for another party's proposal, or for talks, agrees
NOT_READY_FOR = [
    ("ru", "Кремль пока не готов к перемирию на время праздников.", {"ceasefire": [("RU", "reject")]}),
    ("de", "Die Ukraine ist zu einer Feuerpause über die Feiertage nicht bereit.", {"ceasefire": [("UA", "reject")]}),
    ("fr", "Kiev s'est dit prêt à la proposition américaine de trêve aérienne.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("uk", "Київ готовий до переговорів про перемир'я.", {"ceasefire": [("UA", "agree")]}),
]


@pytest.mark.parametrize("lang,text,expected", READY_FOR + NOT_READY_FOR, ids=ids(READY_FOR + NOT_READY_FOR))
def test_readiness_for_a_measure_offers_it(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, list(expected)) == expected


# --- r28A: a refusal whose holder goes on in its own words (a gerund, a reporting verb) to set a condition: reject on
# the measure refused and demand on the condition ---

REFUSED_ON_CONDITION = [
    ("en", "Moscow turned down the Christmas truce, saying that a pause was out of the question unless Kyiv halted its "
           "mobilisation."),
    ("en", "The Kremlin dismissed the offer of an Easter truce, saying Western arms shipments would have to end first."),
    ("it", "Il Cremlino ha respinto la proposta di una tregua pasquale, affermando che prima dovrebbero cessare le "
           "forniture di armi occidentali."),
    ("fr", "Le Kremlin a rejeté l'offre d'une trêve de Pâques, affirmant que les livraisons d'armes occidentales "
           "devraient d'abord cesser."),
    ("es", "El Kremlin rechazó la oferta de una tregua de Pascua, afirmando que antes deberían cesar los envíos de "
           "armas occidentales."),
    ("uk", "Кремль відхилив ідею великоднього перемир'я, висунувши низку власних умов."),
    ("pl", "Kreml odrzucił propozycję rozejmu wielkanocnego, zaznaczając, że najpierw Zachód musi wstrzymać dostawy broni."),
    ("ru", "Кремль отклонил идею пасхального перемирия, заявив, что сначала Запад должен прекратить поставки оружия."),
]


@pytest.mark.parametrize("lang,text", REFUSED_ON_CONDITION, ids=ids(REFUSED_ON_CONDITION))
def test_a_refusal_with_a_condition_said_after_it(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire"])["ceasefire"] == [("RU", "demand"), ("RU", "reject")]


# near-misses: a gerund that only accuses or argues, with no condition in its clause, adds nothing
NOT_REFUSED_ON_CONDITION = [
    ("en", "The Kremlin rejected the Easter truce, accusing Kyiv of planning to use it to rearm.", [("RU", "reject")]),
    ("it", "Mosca ha respinto la tregua pasquale, sostenendo che servirebbe solo a riarmare Kiev.", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,expected", NOT_REFUSED_ON_CONDITION, ids=ids(NOT_REFUSED_ON_CONDITION))
def test_a_refusal_with_a_gerund_but_no_condition(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["ceasefire"])["ceasefire"] == expected


# --- r28A: conditioning verbs ('supeditó X a Y', 'subordonne X à Y', 'macht X von Y abhängig', 'made X conditional on
# Y') demand the condition; beside an agreement of the same party in another clause, it keeps both ---

CONDITIONED_AGREEMENT = [
    ("es", "Rusia aceptó una tregua aérea, aunque el Kremlin supeditó su entrada en vigor a la retirada de las sanciones."),
    ("fr", "La Russie a accepté une trêve aérienne, mais le Kremlin subordonne son entrée en vigueur à la levée des "
           "sanctions."),
    ("de", "Russland stimmte einer Feuerpause in der Luft zu, machte ihr Inkrafttreten aber von der Aufhebung der "
           "Sanktionen abhängig."),
    ("en", "Russia accepted an air truce, but the Kremlin made its entry into force conditional on the lifting of sanctions."),
    ("pl", "Rosja zgodziła się na rozejm w powietrzu, ale Kreml uwarunkował jego wejście w życie zniesieniem sankcji."),
]


@pytest.mark.parametrize("lang,text", CONDITIONED_AGREEMENT, ids=ids(CONDITIONED_AGREEMENT))
def test_an_agreement_and_its_condition_set_by_a_conditioning_verb(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire"])["ceasefire"] == [("RU", "agree"), ("RU", "demand")]


# near-misses: 'made' with no 'conditional on' after it, and an agreement with no conditioning verb, condition nothing
NOT_CONDITIONED = [
    ("en", "Russia made a new offer of an air truce on Monday.", [("RU", "demand")]),
    ("es", "Rusia aceptó una tregua aérea en Riad.", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,expected", NOT_CONDITIONED, ids=ids(NOT_CONDITIONED))
def test_no_conditioning_verb(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["ceasefire"])["ceasefire"] == expected
