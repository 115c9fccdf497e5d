"""Round 22, group B (en, es, tr): classes of position errors fixed in the attribution, each with sentences
that must give the right positions and near-misses that must not give the wrong ones."""

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


# --- r22B: troops called a "legitimate target" in quotation marks are still turned down by the speaker ---

QUOTED_TARGET = [
    ("es", "Rusia advirtió que cualquier tropa europea en Ucrania se convertiría en un «objetivo legítimo».", "RU"),
    ("es", "El Kremlin avisó de que los soldados franceses desplegados en Ucrania serían un «objetivo legítimo».", "RU"),
    ("en", 'Lavrov said Western peacekeepers in Ukraine would become "legitimate military targets".', "RU"),
    ("en", "The Kremlin warned that foreign peacekeepers would be a “legitimate target”.", "RU"),
    ("tr", "Kremlin, Ukrayna'ya gönderilecek Avrupa askerlerinin 'meşru hedef' olacağını açıkladı.", "RU"),
]


@pytest.mark.parametrize("lang,text,holder", QUOTED_TARGET)
def test_a_quoted_legitimate_target_rejects_the_deployment(classifier, lang, text, holder):
    assert (holder, "reject") in given(classifier, text, lang, "neutrality")


@pytest.mark.parametrize("lang,text", [
    # a strike on a target the speaker calls legitimate is no position on troops
    ("es", "El Ministerio de Defensa ruso dijo que el puerto de Odesa era un objetivo militar «prioritario»."),
])
def test_a_target_that_is_not_legitimate_rejects_nothing(classifier, lang, text):
    assert ("RU", "reject") not in given(classifier, text, lang, "neutrality")


# --- r22B: tr, a genitive noun owning the accusative object ('varlıklarının bir kısmını') is no subject ---

PARTITIVE_OBJECT = [
    ("tr", "Bir yetkili, Trump yönetiminin dondurulmuş Rus varlıklarının bir kısmını bir fona aktarmayı önerdiğini söyledi.",
     "reparations", [("US", "demand")]),
    ("tr", "Bakan, Fransa'nın dondurulmuş Rus varlıklarının tamamını Ukrayna'ya devretmeyi önerdiğini açıkladı.",
     "reparations", [("EU", "demand")]),
    ("tr", "Bakan, Rusya'nın Ukrayna topraklarının bir kısmını iade etmeyi reddettiğini söyledi.",
     "territory", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PARTITIVE_OBJECT)
def test_a_genitive_owning_the_object_leaves_the_subject_alone(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_a_genitive_owning_the_clause_subject_still_owns_it(classifier):
    # near-miss: 'üyeliğinin masada olmadığını' — the genitive noun is the subject of the clause, owned by Ukraine
    assert given(classifier, "Zelenskiy, Ukrayna'nın NATO üyeliğinin masada olmadığını söyledi.", "tr",
                 "neutrality") == [("UA", "reject")]


# --- r22B: tr, a participle reported in the passive by an agent ('kabul ettiği X tarafından duyuruldu') ---

PASSIVE_AGENT = [
    ("tr", "Ukrayna'nın 300 Rus askerini serbest bırakmayı kabul ettiği TASS tarafından bildirildi.",
     "prisoners", [("UA", "agree")]),
    ("tr", "Rusya'nın esir takasını reddettiği Ukrayna İnsan Hakları Ombudsmanı tarafından açıklandı.",
     "prisoners", [("RU", "reject")]),
    ("tr", "Görüşmelerin ardından Rusya'nın 20 Ukraynalı çocuğu ailelerine iade etmeyi kabul ettiği Reuters tarafından duyuruldu.",
     "prisoners", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PASSIVE_AGENT)
def test_the_agent_of_a_passive_report_leaves_the_participle_its_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_a_passive_report_without_a_participle_gives_the_agent_nothing(classifier):
    # near-miss: the outlet that reports is no holder
    assert given(classifier, "Esir takasının cuma günü yapılacağı Reuters tarafından duyuruldu.", "tr", "prisoners") == []


# --- r22B: es, a refusal 'hasta que' another party accepts a measure demands the measure ('not until') ---

NOT_UNTIL = [
    ("es", "Washington no levantará las sanciones hasta que Rusia acepte una tregua, dijo el secretario de Estado.",
     "ceasefire", [("US", "demand")]),
    ("es", "Kiev no firmará la paz hasta que Rusia se retire de los territorios ocupados, dijo Zelenski.",
     "territory", [("UA", "demand")]),
    ("es", "Kiev no aceptará ningún acuerdo hasta que Rusia libere a todos los prisioneros de guerra, dijo Zelenski.",
     "prisoners", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_UNTIL)
def test_a_refusal_until_another_accepts_demands_the_measure(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # 'hasta' as a preposition opens no condition: the refusal stands
    ("es", "Rusia rechaza retirarse hasta las fronteras de 1991, dijo Lavrov.", "territory", [("RU", "reject")]),
    ("es", "Ucrania no se retirará hasta el río Dniéper, dijo Zelenski.", "territory", [("UA", "reject")]),
])
def test_hasta_as_a_preposition_opens_no_condition(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r22B: es, a deputy minister or vice-chancellor is an office of the party, and 'zanjó', 'sentenció' close a quote ---

DEPUTY_SPEAKER = [
    ("es", "«No aceptaremos ninguna tregua», sentenció el vicecanciller ruso.", "ceasefire", [("RU", "reject")]),
    ("es", "«Rusia no pagará reparaciones», zanjó el viceministro de Exteriores ruso.", "reparations", [("RU", "reject")]),
    ("es", "«No habrá alto el fuego sin garantías», remachó el viceministro ucraniano de Defensa.", "ceasefire", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DEPUTY_SPEAKER)
def test_a_deputy_minister_closing_a_quote_holds_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_a_deputy_of_no_party_holds_nothing(classifier):
    # near-miss: a deputy minister with no party named gives no holder
    assert given(classifier, "«No habrá tregua», zanjó el viceministro.", "es", "ceasefire") == []


# --- r22B: tr, the genitive subject of a relative clause with no stance ('Rusya'nın yol açtığı yıkım') holds nothing ---

PLAIN_RELATIVE = [
    ("tr", "Macron, Rusya'nın yol açtığı hasarın bedelini Moskova'nın ödemesi gerektiğini söyledi.", "EU", "RU"),
    ("tr", "Polonya Başbakanı Tusk, Rusya'nın yol açtığı yıkımın bedelinin tazminatla karşılanması gerektiğini söyledi.", "EU", "RU"),
    ("tr", "Zelenskiy, Rusya'nın yaşattığı acıların tazmin edilmesi gerektiğini söyledi.", "UA", "RU"),
]


@pytest.mark.parametrize("lang,text,speaker,described", PLAIN_RELATIVE)
def test_the_subject_of_a_plain_relative_leaves_the_speaker_the_holder(classifier, lang, text, speaker, described):
    found = given(classifier, text, lang, "reparations")
    assert (speaker, "demand") in found
    assert (described, "reject") not in found


def test_a_stanced_relative_participle_still_gives_its_subject_the_position(classifier):
    # near-miss: 'talep ettiği' is a cue; its genitive still owns the demand
    assert ("UA", "demand") in given(classifier, "Peskov, Ukrayna'nın talep ettiği tazminatları asla ödemeyeceklerini söyledi.",
                                     "tr", "reparations")


# --- r22B: tr, a subject's finite verb before 've'/'ancak' closes a clause of its own: each clause its stance ---

TR_COORDINATED = [
    ("tr", "Moskova, savaş tazminatını kesinlikle kabul etmiyor ve karşılıklı feragat öneriyor.", "reparations",
     [("RU", "demand"), ("RU", "reject")]),
    ("tr", "Rusya, tazminat talebini reddetti ve karşılıklı feragat önerdi.", "reparations",
     [("RU", "demand"), ("RU", "reject")]),
    ("tr", "Kiev, Donbas'tan çekilmeyi reddetti ve mevcut cephe hattında dondurmayı önerdi.", "territory",
     [("UA", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TR_COORDINATED)
def test_each_coordinated_verb_of_a_turkish_subject_gives_its_stance(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_a_coordinated_verb_with_no_evidence_adds_no_stance(classifier):
    # near-miss: the second clause says nothing of the truce
    assert given(classifier, "Rusya, ateşkesi reddetti ve saldırılarını sürdürdü.", "tr", "ceasefire") == [("RU", "reject")]
