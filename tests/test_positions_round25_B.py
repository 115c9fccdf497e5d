"""Classes of position errors fixed in round 25 (group B: en, es, tr): each class has sentences that must give the
right positions and near-misses that must not give the wrong ones, in the languages concerned."""

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


# --- r25B: a Turkish title with a personal name no table knows, then the subject's comma, after an opening phrase ---

TITLED_NAME = [
    ("tr", "Reuters'ın haberine göre Rusya Devlet Duması Başkanı Vyaçeslav Volodin, Avrupa'nın ateşkes önerisini "
           "reddetti.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Sputnik'in aktardığına göre Rusya Dışişleri Bakan Yardımcısı Aleksandr Gruşko, dondurulmuş varlıklara el "
           "konulmasını “soygun” olarak nitelendirdi.", "reparations", [("RU", "reject")]),
    ("tr", "TASS'ın bildirdiğine göre Duma Başkanı Volodin, AB'nin Rus varlıklarını Ukrayna'ya aktarma planını "
           "“hırsızlık” olarak nitelendirdi.", "reparations", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TITLED_NAME, ids=ids(TITLED_NAME))
def test_a_titled_name_before_the_comma_is_the_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,absent", [
    # the name with a case ending is no apposition of a subject: those close to him only report
    ("tr", "Reuters'ın haberine göre Rusya Devlet Duması Başkanı Volodin'e yakın kaynaklar, Avrupa'nın ateşkes "
           "önerisinin reddedileceğini söyledi.", "ceasefire", ("RU", "reject")),
    # a title that opens the sentence keeps its own reading: the veto is its country's, not Ukraine's
    ("tr", "Slovakya Başbakanı Robert Fico, yeni yardım paketine karşı çıkarken ülkesinin Ukrayna'nın NATO'ya "
           "katılımını veto edeceğini söyledi.", "neutrality", ("UA", "agree")),
])
def test_a_titled_name_near_miss(classifier, lang, text, category, absent):
    assert absent not in given(classifier, text, lang, category)


# --- r25B: a reporter whose reported clause has no subject of its own holds that clause's stance ---------------------

SUBJECTLESS_REPORT = [
    ("es", "La Comisión Europea propuso financiar la reconstrucción con los activos rusos congelados, mientras que Moscú "
           "advirtió de que consideraría cualquier uso de ese dinero un «robo».", "reparations",
     [("EU", "demand"), ("RU", "reject")]),
    ("es", "Bruselas quiere destinar los fondos rusos inmovilizados a Ucrania, pero el Kremlin avisó de que lo "
           "calificaría de «saqueo».", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("en", "The European Commission proposed lending Ukraine money backed by immobilised Russian assets, while Moscow "
           "warned that it would treat any such step as theft.", "reparations", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SUBJECTLESS_REPORT, ids=ids(SUBJECTLESS_REPORT))
def test_a_subjectless_reported_clause_is_the_reporters(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,absent", [
    # the reported clause names its own subject: the reporter only reports
    ("es", "La Comisión Europea propuso usar los activos rusos congelados, mientras que Moscú advirtió de que Hungría "
           "vetaría cualquier uso de esos fondos.", "reparations", ("RU", "reject")),
    ("en", "Kyiv proposed a thirty-day truce, while Moscow said that Washington had rejected it.", "ceasefire",
     ("RU", "reject")),
])
def test_a_subjectless_reported_clause_near_miss(classifier, lang, text, category, absent):
    assert absent not in given(classifier, text, lang, category)


# --- r25B: insisting that a measure is theft or unacceptable is a rejection, no demand -------------------------------

INSISTED_JUDGEMENT = [
    ("en", "Moscow has repeatedly insisted that confiscating its central bank reserves would amount to theft.",
     "reparations", [("RU", "reject")]),
    ("en", "Kyiv insisted that any handover of the Donbas would be unacceptable.", "territory", [("UA", "reject")]),
    ("es", "El Kremlin insistió en que la confiscación de sus reservas sería un robo.", "reparations", [("RU", "reject")]),
    ("es", "Kiev insiste en que cualquier cesión del Donbás sería inaceptable.", "territory", [("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", INSISTED_JUDGEMENT, ids=ids(INSISTED_JUDGEMENT))
def test_insisting_on_a_judgement_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # insisting that another party do something is still a demand
    ("en", "Moscow insisted that Kyiv pull its troops out of the Donbas.", "territory", ("RU", "demand")),
    ("es", "Kiev insistió en que Rusia pague reparaciones por los daños de la guerra.", "reparations", ("UA", "demand")),
])
def test_insisting_on_a_judgement_near_miss(classifier, lang, text, category, expected):
    assert expected in given(classifier, text, lang, category)


# --- r25B: no objection to a measure ('did not object to', 'no tiene objeciones', 'karşı olmadığını') accepts it ---

NO_OBJECTION = [
    ("en", "The Kremlin does not object to an unarmed OSCE monitoring mission along the line of contact, Peskov said.",
     "neutrality", [("RU", "agree")]),
    ("en", "Washington did not object to European peacekeepers in Ukraine after a ceasefire, the envoy said.",
     "neutrality", [("US", "agree")]),
    ("tr", "Kremlin Sözcüsü, Rusya'nın silahsız bir AGİT gözlem heyetine karşı olmadığını söyledi.", "neutrality",
     [("RU", "agree")]),
    ("tr", "Ankara, tarafsız bir gözlem misyonuna karşı değil.", "neutrality", [("TR", "agree")]),
    ("es", "El Kremlin no tiene objeciones a una misión de observadores de la OSCE desarmada, dijo Peskov.", "neutrality",
     [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NO_OBJECTION, ids=ids(NO_OBJECTION))
def test_no_objection_is_an_agreement(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # the objection itself still turns the measure down
    ("en", "Moscow objects to any European peacekeepers in Ukraine, Lavrov said.", "neutrality", [("RU", "reject")]),
    ("tr", "Peskov, Moskova'nın Avrupalı barış gücüne karşı olduğunu söyledi.", "neutrality", [("RU", "reject")]),
])
def test_no_objection_near_miss(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25B: the object of a gerund ('Ukraine joining the European Union') is no subject of the verb after it -----------

GERUNDS_OBJECT = [
    ("en", "Peskov said Moscow accepted Ukraine joining the European Union but firmly rejected its membership of NATO.",
     "neutrality", [("RU", "reject")]),
    ("en", "The Kremlin said Russia welcomed Kyiv leaving the Council of Europe but still opposed Ukrainian membership "
           "of NATO.", "neutrality", [("RU", "reject")]),
    ("en", "Moscow supports Ukraine joining the EU, but insists on its neutrality, Lavrov said.", "neutrality",
     [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", GERUNDS_OBJECT, ids=ids(GERUNDS_OBJECT))
def test_a_gerunds_object_is_no_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # a name after a gerund that is a cue of its own, or after a comma, still heads its clause
    ("en", "Washington backed the truce plan, and the European Union, citing the talks, endorsed it too.", "ceasefire",
     ("EU", "agree")),
    ("en", "Ukraine rejected the proposal, saying the EU must first agree on guarantees.", "neutrality", ("UA", "reject")),
])
def test_a_gerunds_object_near_miss(classifier, lang, text, category, expected):
    assert expected in given(classifier, text, lang, category)


# --- r25B: branding a measure with any epithet ('tachar de', 'tildar de', active or passive) rejects it ------------

BRANDED = [
    ("es", "El plan de China para un alto el fuego fue tachado por Kiev de «favorable a Moscú».", "ceasefire",
     [("OTHER", "demand"), ("UA", "reject")]),
    ("es", "Kiev tachó de «prematura» la tregua propuesta por Moscú.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("es", "La tregua que propuso Rusia fue tildada de «maniobra» por el Gobierno ucraniano.", "ceasefire",
     [("RU", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", BRANDED, ids=ids(BRANDED))
def test_branding_a_measure_rejects_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,absent", [
    # 'tachar' without 'de' and an epithet crosses out, no judgement
    ("es", "Kiev tachó la propuesta de alto el fuego rusa de la lista de prioridades.", "ceasefire", ("UA", "reject")),
])
def test_branding_a_measure_near_miss(classifier, lang, text, category, absent):
    assert absent not in given(classifier, text, lang, category)


# --- r25B: the party whose consent a proviso waits for ('subject to Russia's agreement') holds no position -----------

CONSENT_TO_COME = [
    ("en", "Kyiv endorsed the American plan for a thirty-day truce, subject to Moscow's approval.", "ceasefire",
     [("UA", "agree"), ("US", "demand")]),
    ("en", "Ukraine signed up to the energy truce, subject to acceptance by Russia, the joint statement said.",
     "ceasefire", [("UA", "agree")]),
    ("es", "Kiev aceptó la propuesta estadounidense de una tregua de treinta días, sujeta a la aprobación del Kremlin.",
     "ceasefire", [("UA", "agree"), ("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CONSENT_TO_COME, ids=ids(CONSENT_TO_COME))
def test_a_consent_still_to_come_is_no_position(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # the party takes a stance of its own after the proviso's break
    ("en", "Ukraine backed the truce, pending Moscow's consent, and Russia rejected it a day later.", "ceasefire",
     ("RU", "reject")),
    ("es", "Ucrania aceptó la tregua sujeta a garantías, y Rusia la rechazó al día siguiente.", "ceasefire",
     ("RU", "reject")),
])
def test_a_consent_still_to_come_near_miss(classifier, lang, text, category, expected):
    assert expected in given(classifier, text, lang, category)


# --- r25B: the Turkish causative of accepting or signing ('kabul ettirmek', 'imzalatmak') presses a measure: demand ---

CAUSATIVE = [
    ("tr", "ABD, toprak tavizi içeren planı Kiev'e kabul ettirmeye çalışıyor.", "territory", [("US", "demand")]),
    ("tr", "Washington, Donbas'tan çekilmeyi öngören belgeyi Zelenskiy'e imzalatmak istiyor.", "territory",
     [("US", "demand")]),
    ("tr", "Beyaz Saray, ateşkes planını Kremlin'e imzalatmaya çalışıyor.", "ceasefire", [("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CAUSATIVE, ids=ids(CAUSATIVE))
def test_a_causative_of_accepting_is_a_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # the plain verbs still accept
    ("tr", "Kremlin, ateşkes planını onayladı.", "ceasefire", [("RU", "agree")]),
    ("tr", "Kiev, Donbas'tan çekilmeyi öngören planı kabul etti.", "territory", [("UA", "agree")]),
])
def test_a_causative_of_accepting_near_miss(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25B: a reaction drawn from a party ('drew a sharp rebuke from Kyiv') is that party's stance --------------------

DRAWN_REACTION = [
    ("en", "Moscow's truce proposal drew a sharp rebuke from Kyiv.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("en", "The Kremlin's offer of a short truce drew criticism from Kyiv and Brussels.", "ceasefire",
     [("EU", "reject"), ("RU", "demand"), ("UA", "reject")]),
    ("en", "The US truce plan drew praise from Kyiv.", "ceasefire", [("UA", "agree"), ("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DRAWN_REACTION, ids=ids(DRAWN_REACTION))
def test_a_drawn_reaction_is_its_sources_stance(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,absent", [
    # fire drawn from artillery is no reaction to the measure
    ("en", "Kyiv's truce call drew fire from Russian artillery.", "ceasefire", ("RU", "reject")),
    # backing won for a plan stays its author's: no stance of the backer is read from 'from'
    ("en", "Washington's plan for a thirty-day truce received strong backing from Brussels.", "ceasefire",
     ("EU", "reject")),
])
def test_a_drawn_reaction_near_miss(classifier, lang, text, category, absent):
    assert absent not in given(classifier, text, lang, category)
