"""Round 26, helper B: agreement with another party's proposal, and agreements a third party announces. Each class
has sentences that must give the right positions and near-misses that must not give the wrong ones."""

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


# --- r26B: a third party that only reports what the parties agreed ("X said ... under a deal agreed by both sides")
# is no holder; the parties named as agreeing hold agree -------------------------------------------------------------

ANNOUNCED = [
    ("en", "Turkey said 150 prisoners would be exchanged on Friday under a deal agreed by both sides.", "prisoners"),
    ("en", "Qatar said the children would return home under an arrangement accepted by Moscow and Kyiv.", "prisoners"),
    ("it", "La Turchia ha detto che 150 prigionieri saranno scambiati venerdì in base a un accordo accettato da Mosca "
           "e Kiev.", "prisoners"),
    ("es", "Turquía dijo que 150 prisioneros serán canjeados el viernes en virtud de un acuerdo aceptado por Moscú y "
           "Kiev.", "prisoners"),
    ("de", "Die Türkei erklärte, am Freitag würden 150 Gefangene im Rahmen einer von Moskau und Kiew gebilligten "
           "Vereinbarung ausgetauscht.", "prisoners"),
    ("ru", "Турция заявила, что в пятницу 150 пленных будут обменены в рамках договоренности, одобренной Москвой и "
           "Киевом.", "prisoners"),
    ("uk", "Туреччина заявила, що в п'ятницю 150 полонених обміняють у межах домовленості, схваленої Москвою і "
           "Києвом.", "prisoners"),
    ("pl", "Turcja oświadczyła, że w piątek 150 jeńców zostanie wymienionych w ramach porozumienia zaakceptowanego "
           "przez Moskwę i Kijów.", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", ANNOUNCED, ids=[f"{c[0]}-{i}" for i, c in enumerate(ANNOUNCED)])
def test_announcer_of_an_agreement_is_no_holder(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "agree"), ("UA", "agree")]


@pytest.mark.parametrize("lang,text,category,expected", [
    # the reporter takes a stance of its own: it stays
    ("en", "Turkey said it rejected the exchange agreed by both sides.", "prisoners",
     [("RU", "agree"), ("TR", "reject"), ("UA", "agree")]),
    # a judging verb is a rejection of its own, not a report
    ("es", "El Consejo Europeo acordó mantener inmovilizados los activos rusos, una decisión que Moscú calificó de "
           "«robo».", "reparations", [("EU", "agree"), ("RU", "reject")]),
])
def test_announcer_near_misses(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r26B: a party agrees to another's proposal named after a cited source with no comma ("According to Reuters Kyiv
# accepted the American proposal ..."): the trigger opens a source, no document frame; the subject agrees ------------

SOURCE_THEN_AGREEMENT = [
    ("en", "According to Reuters Kyiv accepted the American proposal for a truce, while Moscow stayed silent.",
     [("UA", "agree"), ("US", "demand")]),
    ("it", "Secondo fonti diplomatiche Mosca ha accettato la proposta americana di tregua, ma chiede garanzie.",
     [("RU", "agree"), ("US", "demand")]),
    ("fr", "Selon Reuters Kiev a accepté la proposition américaine de trêve, a rapporté l'agence.",
     [("UA", "agree"), ("US", "demand")]),
    ("de", "Laut Reuters hat Kiew den amerikanischen Vorschlag einer Waffenruhe angenommen, berichtete die Agentur.",
     [("UA", "agree"), ("US", "demand")]),
    ("es", "Según Reuters Moscú aceptó la propuesta estadounidense de tregua, aunque con condiciones.",
     [("RU", "agree"), ("US", "demand")]),
    ("pl", "Według Reutersa Kijów poparł amerykański plan rozejmu, ale zażądał gwarancji.",
     [("UA", "agree"), ("US", "demand")]),
    ("ru", "По данным Reuters Киев принял американское предложение о перемирии, а Москва его отвергла.",
     [("RU", "reject"), ("UA", "agree"), ("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", SOURCE_THEN_AGREEMENT,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(SOURCE_THEN_AGREEMENT)])
def test_agreement_after_a_cited_source_is_no_document_frame(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


@pytest.mark.parametrize("lang,text", [
    # a document that frames the sentence: its owner only
    ("pl", "Według amerykańskiego planu, Ukraina wycofa wojska z Donbasu."),
    ("it", "Secondo il piano americano, l'Ucraina ritirerà le truppe dal Donbass."),
    ("es", "Según el plan estadounidense, Ucrania retiraría sus tropas del Donbás."),
])
def test_a_document_frame_still_frames(classifier, lang, text):
    assert given(classifier, text, lang, "territory") == [("US", "demand")]


# --- r26B: the agent of a participle that puts forward or signs the measure ("выдвинутую Киевом идею", "la tregua
# sottoscritta da Kiev") holds it: demand where it put it forward, agree where it signed it ------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Москва отвергла выдвинутую Киевом идею перемирия.", [("RU", "reject"), ("UA", "demand")]),
    ("ru", "Вашингтон поддержал выдвинутую Киевом идею перемирия.", [("UA", "demand"), ("US", "agree")]),
    ("it", "Rubio ha chiesto a Mosca di accettare il cessate il fuoco sottoscritto da Kiev.",
     [("UA", "agree"), ("US", "demand")]),
    ("it", "Rubio ha chiesto a Mosca di accettare la tregua già firmata da Kiev.", [("UA", "agree"), ("US", "demand")]),
    ("fr", "Rubio a exhorté Moscou à accepter la trêve déjà signée par Kiev.", [("UA", "agree"), ("US", "demand")]),
    ("es", "Rubio instó a Moscú a aceptar la tregua ya firmada por Kiev.", [("UA", "agree"), ("US", "demand")]),
    ("de", "Rubio forderte Moskau auf, die bereits von Kiew unterzeichnete Waffenruhe anzunehmen.",
     [("UA", "agree"), ("US", "demand")]),
    ("pl", "Rubio wezwał Moskwę do przyjęcia rozejmu podpisanego już przez Kijów.", [("UA", "agree"), ("US", "demand")]),
    ("en", "Washington backed the idea of a truce floated by Kyiv.", [("UA", "demand"), ("US", "agree")]),
])
def test_agent_of_a_participle_holds_the_measure(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


@pytest.mark.parametrize("lang,text,expected", [
    # signed somewhere, by no one named: no second holder
    ("it", "Washington chiede a Mosca di rispettare la tregua firmata a Gedda.", [("US", "demand")]),
    ("ru", "Москва поддержала выдвинутую идею перемирия.", [("RU", "agree")]),
])
def test_participle_without_agent_near_misses(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


# --- r26B: a party whose decision or readiness to act another welcomes ("Kyiv welcomed Washington's decision to back a
# truce"): both hold a position, the decider the stance of the verb its decision governs ----------------------------

DECIDED = [
    ("en", "Kyiv welcomed Washington's decision to back an energy truce.", [("UA", "agree"), ("US", "agree")]),
    ("en", "Kyiv welcomed the decision of Washington to back an energy truce.", [("UA", "agree"), ("US", "agree")]),
    ("en", "Kyiv welcomed Moscow's readiness to accept an energy truce.", [("RU", "agree"), ("UA", "agree")]),
    ("it", "Kiev ha accolto con favore la decisione di Washington di sostenere una tregua energetica.",
     [("UA", "agree"), ("US", "agree")]),
    ("it", "Kiev ha accolto con favore la disponibilità di Mosca ad accettare una tregua energetica.",
     [("RU", "agree"), ("UA", "agree")]),
    ("de", "Kiew begrüßte die Entscheidung Washingtons, eine Energie-Waffenruhe zu unterstützen.",
     [("UA", "agree"), ("US", "agree")]),
    ("es", "Kiev celebró la decisión de Washington de apoyar una tregua energética.", [("UA", "agree"), ("US", "agree")]),
    ("ru", "Киев приветствовал решение Вашингтона поддержать энергетическое перемирие.",
     [("UA", "agree"), ("US", "agree")]),
    ("uk", "Київ привітав рішення Вашингтона підтримати енергетичне перемир'я.", [("UA", "agree"), ("US", "agree")]),
]


@pytest.mark.parametrize("lang,text,expected", DECIDED, ids=[f"{c[0]}-{i}" for i, c in enumerate(DECIDED)])
def test_a_decider_holds_the_stance_of_its_decided_verb(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a decision with no verb after it: its owner takes no stance through it
    ("en", "Moscow's decision came after Kyiv backed an energy truce.", [("UA", "agree")]),
    # the verb after the decision is too far, in another clause
    ("en", "Kyiv welcomed Washington's decision. Moscow rejected the energy truce.", [("RU", "reject"), ("UA", "agree")]),
    # the decided verb is not the one over the issue: another verb stands between them
    ("ru", "Эрдоган заявил о готовности Турции снова принять делегации и предложил создать в Анкаре центр контроля за "
           "соблюдением перемирия.", [("TR", "demand")]),
])
def test_decider_near_misses(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected
