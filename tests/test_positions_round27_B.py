"""Round 27, helper B: reactions round 26 left (a reaction noun with the reacting subject, the presidency as a
party, calling a condition an ultimatum with no object between, a Turkish rejecting passive's agent)."""

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


# --- r27B: "reagierte mit Kritik auf X": the reacting subject rejects, X's owner keeps its demand ---

REACTED_WITH = [
    ("de", "Moskau reagierte mit Empörung auf den Vorschlag der EU, eingefrorene russische Vermögenswerte für die Ukraine zu nutzen.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Kiew reagierte mit Ablehnung auf die russische Forderung nach einem Rückzug aus dem Donbass.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("de", "Mit scharfer Kritik reagierte der Kreml auf das Angebot der EU, Friedenstruppen in die Ukraine zu schicken.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", REACTED_WITH, ids=ids(REACTED_WITH))
def test_reacted_with_criticism_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_reacted_with_relief_is_no_rejection(classifier):
    got = given(classifier, "Kiew reagierte mit Erleichterung auf den Vorschlag einer Waffenruhe.", "de", "ceasefire")
    assert ("UA", "reject") not in got


# --- r27B: the presidency is its state's party ("la présidence ukrainienne a écarté l'exigence russe") ---

PRESIDENCY = [
    ("fr", "La présidence ukrainienne a sèchement écarté l'exigence russe d'un retrait du Donbass.", "territory"),
    ("en", "The Ukrainian presidency rejected the Russian demand for a withdrawal from the Donbas.", "territory"),
    ("it", "La presidenza ucraina ha respinto la richiesta russa di un ritiro dal Donbass.", "territory"),
    ("es", "La presidencia ucraniana rechazó la exigencia rusa de una retirada del Donbás.", "territory"),
]


@pytest.mark.parametrize("lang,text,category", PRESIDENCY, ids=ids(PRESIDENCY))
def test_presidency_rejects(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "demand"), ("UA", "reject")]


def test_presidency_of_a_meeting_is_no_ukrainian_reject(classifier):
    got = given(classifier, "La présidence ukrainienne a présenté l'exigence d'un retrait russe du Donbass.", "fr", "territory")
    assert ("UA", "reject") not in got


# --- r27B: calling another party's condition an "ultimatum", even impersonally ("nazwano „ultimatum”") ---

ULTIMATUM = [
    ("pl", "Kreml zgodzi się na rozejm, pod warunkiem że Ukraina odda Zaporoże – warunek, który w Kijowie nazwano „ultimatum”.",
     "territory"),
    ("pl", "Rosyjski warunek oddania Chersonia nazwano w Kijowie „ultimatum”.", "territory"),
    ("ru", "Россия потребовала отдать Херсон — условие, которое в Киеве назвали «ультиматумом».", "territory"),
    ("en", "Russia demanded that Ukraine cede Kherson, a condition Kyiv called an ultimatum.", "territory"),
]


@pytest.mark.parametrize("lang,text,category", ULTIMATUM, ids=ids(ULTIMATUM))
def test_ultimatum_called_rejects(classifier, lang, text, category):
    got = given(classifier, text, lang, category)
    assert ("UA", "reject") in got and ("RU", "demand") in got


# --- r27B: tr, the agent of a rejecting passive with words between ("X tarafından ... reddedildi") ---

AGENT_REJECTS = [
    ("tr", "Kiev'in ateşkes önerisi Moskova tarafından bir oyun olarak değerlendirilerek geri çevrildi.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("tr", "Avrupa'nın barış gücü önerisi Kremlin tarafından sert bir dille reddedildi.", "neutrality",
     [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Ukrayna'nın esir takası teklifi Moskova tarafından kesin bir şekilde reddedildi.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", AGENT_REJECTS, ids=ids(AGENT_REJECTS))
def test_agent_of_rejecting_passive(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_agent_of_proposing_passive_demands(classifier):
    got = given(classifier, "Ateşkes önerisi Moskova tarafından kısa süre önce resmen sunuldu.", "tr", "ceasefire")
    assert ("RU", "demand") in got and ("RU", "reject") not in got


# --- r27B: a relative after the demand whose subject is a commissioner or counterpart ("una richiesta che la
# commissaria russa ha respinto"): the office is its state's party ---

COUNTERPART = [
    ("it", "Kiev ha chiesto il ritorno dei bambini deportati, una richiesta che la commissaria russa per i diritti dell'infanzia ha respinto."),
    ("es", "Kiev exigió el regreso de los niños deportados, una petición que su homólogo ruso rechazó."),
    ("fr", "Kiev a réclamé le retour des enfants déportés, une demande que son homologue russe a rejetée."),
]


@pytest.mark.parametrize("lang,text", COUNTERPART, ids=ids(COUNTERPART))
def test_counterpart_in_relative_rejects(classifier, lang, text):
    assert given(classifier, text, lang, "prisoners") == [("RU", "reject"), ("UA", "demand")]


def test_commissioner_who_demands_is_no_rejecter(classifier):
    got = given(classifier, "La commissaire ukrainienne a réclamé la libération des civils détenus.", "fr", "prisoners")
    assert got == [("UA", "demand")]
