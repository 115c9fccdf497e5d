"""Round 27, helper C: plans and proposals put forward by a party, and what a plan leaves out. Each class has
sentences that must give the right positions and near-misses that must not (sentences written for these tests)."""

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


# --- r27C: a party that speaks for, backs or prepares the creation of a new body or fund proposes it (demand) ---

CREATION = [
    ("ru", "Министры ЕС выступают за создание компенсационного фонда для Украины.", [("EU", "demand")]),
    ("uk", "Міністри ЄС виступають за створення компенсаційного фонду для України.", [("EU", "demand")]),
    ("uk", "Брюссель готує створення комісії з претензій, яка ухвалюватиме рішення щодо виплат.", [("EU", "demand")]),
    ("it", "L'Ue prepara la creazione di un fondo di risarcimento per l'Ucraina.", [("EU", "demand")]),
    ("fr", "L'UE prépare la création d'une commission des réclamations pour l'Ukraine.", [("EU", "demand")]),
    ("pl", "Ministrowie UE opowiadają się za utworzeniem funduszu odszkodowawczego dla Ukrainy.", [("EU", "demand")]),
    ("en", "The EU is working to set up a claims commission for Ukraine.", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", CREATION)
def test_backing_a_new_body_demands_it(classifier, lang, text, expected):
    assert given(classifier, text, lang, "reparations") == expected


# near-misses: being for another party's proposal supports it (agree), the proposal stays its author's demand
BACKING_A_PROPOSAL = [
    ("ru", "Франция выступает за предложение Киева о компенсационном фонде.", [("EU", "agree"), ("UA", "demand")]),
    ("uk", "Франція виступає за пропозицію Києва щодо компенсаційного фонду.", [("EU", "agree"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", BACKING_A_PROPOSAL)
def test_backing_a_proposal_agrees(classifier, lang, text, expected):
    assert given(classifier, text, lang, "reparations") == expected


# --- r27C: a party's plan that leaves a measure out (does not provide for it) rules it out, beside what it offers ---

LEFT_OUT = [
    ("en", "The British plan does not provide for Ukraine's NATO membership, but offers long-term security guarantees."),
    ("ru", "Британский план не предусматривает вступления Украины в НАТО, но предлагает ей долгосрочные гарантии безопасности."),
    ("uk", "Британський план, як пише Reuters, не передбачає вступу України до НАТО, проте пропонує довгострокові гарантії безпеки."),
    ("it", "Il piano britannico non prevede l'ingresso dell'Ucraina nella NATO, ma offre garanzie di sicurezza a lungo termine."),
    ("fr", "Le plan britannique ne prévoit pas l'entrée de l'Ukraine dans l'OTAN, mais propose des garanties de sécurité durables."),
    ("de", "Der britische Plan sieht keinen NATO-Beitritt der Ukraine vor, bietet aber langfristige Sicherheitsgarantien an."),
    ("es", "El plan británico no contempla el ingreso de Ucrania en la OTAN, pero ofrece garantías de seguridad duraderas."),
    ("pl", "Brytyjski plan nie przewiduje wejścia Ukrainy do NATO, ale oferuje długoterminowe gwarancje bezpieczeństwa."),
    ("tr", "İngiliz planı Ukrayna'nın NATO üyeliğini öngörmüyor, ancak uzun vadeli güvenlik garantileri sunuyor."),
]


@pytest.mark.parametrize("lang,text", LEFT_OUT)
def test_plan_leaving_a_measure_out_rejects_it(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("EU", "demand"), ("EU", "reject")]


# near-misses: a plan that provides for the measure only demands it; a plan rejected by another party stays its owner's demand
PROVIDED_FOR = [
    ("en", "The British plan provides for security guarantees for Ukraine.", [("EU", "demand")]),
    ("ru", "Британский план предусматривает гарантии безопасности для Украины.", [("EU", "demand")]),
    ("it", "Mosca ha respinto il piano britannico sulle garanzie di sicurezza.", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,expected", PROVIDED_FOR)
def test_plan_providing_for_a_measure_demands_it(classifier, lang, text, expected):
    assert given(classifier, text, lang, "neutrality") == expected


# --- r27C: a measure taken on the proposal, initiative or urging of a third party, the phrase opening the sentence:
# the third party demands, the parties that agree agree ---

FRONTED_PROPOSAL = [
    ("ru", "По инициативе Турции Россия и Украина договорились о перемирии на Черном море."),
    ("ru", "По предложению Турции Москва и Киев согласились на локальное перемирие."),
    ("de", "Auf Initiative der Türkei einigten sich Russland und die Ukraine auf eine Waffenruhe im Schwarzen Meer."),
    ("de", "Auf Vorschlag der Türkei stimmten Moskau und Kiew einer lokalen Waffenruhe zu."),
    ("pl", "Z inicjatywy Turcji Rosja i Ukraina uzgodniły rozejm na Morzu Czarnym."),
]


@pytest.mark.parametrize("lang,text", FRONTED_PROPOSAL)
def test_fronted_proposal_keeps_proposer_and_agreeing_parties(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "agree"), ("TR", "demand"), ("UA", "agree")]


# near-miss: a proposal named as the object of a rejection is no fronted proposal: its owner demands, the subject rejects
def test_rejected_proposal_is_no_fronted_one(classifier):
    assert given(classifier, "Россия отвергла предложение Турции о перемирии.", "ru", "ceasefire") == [("RU", "reject"), ("TR", "demand")]
