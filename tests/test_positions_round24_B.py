"""Round 24, group B (en, es, tr): classes of position errors fixed in the attribution, each with sentences that
must give the right positions and near-misses that must not give the wrong ones."""

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


# --- r24B: tr, a group of countries named by a region and 'ülkeleri' ('Avrupa ülkelerinin planı') is a party: its
# genitive owns the plan it proposes, as 'Avrupa'nın' does ---

COUNTRIES_OWN = [
    ("tr", "Peskov, Avrupa ülkelerinin Ukrayna'ya barış gücü konuşlandırma planını \"tuzak\" olarak nitelendirdi.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Zaharova, AB ülkelerinin dondurulmuş Rus varlıklarına el koyma önerisini reddetti.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Kremlin, Avrupa ülkelerinin Karadeniz'de ateşkes teklifini 'kabul edilemez' diye niteledi.",
     "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Avrupa ülkeleri, Ukrayna'ya Batılı güvenlik garantileri verilmesini talep etti.",
     "neutrality", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COUNTRIES_OWN)
def test_a_group_of_countries_owns_its_plan(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # the country one returns to ('ülkeye', singular) is no party: the ministry alone holds the position
    ("tr", "Rusya Dışişleri Bakanlığı, esir takası kapsamında 90 askerin ülkeye döndüğünü ve takasın süreceğini açıkladı.",
     "prisoners", [("RU", "demand")]),
    # the countries only host the assets: the Commission proposes, no group of countries holds anything
    ("tr", "Avrupa Komisyonu, üye ülkelerde tutulan Rus varlıklarının Ukrayna'ya aktarılmasını önerdi.",
     "reparations", [("EU", "demand")]),
])
def test_countries_that_only_host_or_receive_hold_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r24B: es, a refused acceptance that lasts 'mientras' something goes on ('no aceptará una tregua mientras Occidente
# siga armando a Kiev') sets a condition on the measure: a demand; not an existential ('no habrá tregua mientras ...')
# nor 'mientras' with the indicative after a comma (a contrast) ---

REFUSED_WHILE_IT_LASTS = [
    ("es", "Rusia no firmará ningún alto el fuego mientras la OTAN siga enviando armas a Kiev, afirmó Lavrov.",
     "ceasefire", [("RU", "demand")]),
    ("es", "Moscú no aceptará una tregua mientras continúe la movilización en Ucrania, dijo Peskov.",
     "ceasefire", [("RU", "demand")]),
    ("es", "Kiev no firmará ningún acuerdo de paz mientras las tropas rusas sigan ocupando el Donbás, dijo Zelenski.",
     "territory", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", REFUSED_WHILE_IT_LASTS)
def test_a_refusal_while_something_lasts_is_a_condition(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    ("es", "Peskov dijo que no habrá alto el fuego mientras Kiev siga movilizando soldados.", "ceasefire", [("RU", "reject")]),
    ("es", "El Kremlin no aceptará la tregua, mientras Kiev sigue reclamando un alto el fuego inmediato.",
     "ceasefire", [("RU", "reject"), ("UA", "demand")]),
])
def test_no_acceptance_refused_while_it_lasts_stays_a_rejection(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r24B: tr, the lands a party occupied named by a relative participle ('işgal ettiği / ilhak ettiği toprakları
# iade etmedikçe') are the occupied territory whose return is asked, as 'işgal altındaki topraklar' are ---

OCCUPIED_LANDS_RETURNED = [
    ("tr", "Almanya Başbakanı Merz, Moskova ilhak ettiği toprakları Ukrayna'ya iade etmedikçe AB'nin yaptırımları "
           "sürdüreceğini açıkladı.", {"territory": [("EU", "demand")]}),
    ("tr", "Kallas, Rusya işgal ettiği toprakları iade etmedikçe Avrupa'nın yaptırımları kaldırmayacağını vurguladı.",
     {"territory": [("EU", "demand")]}),
    ("tr", "Zelenskiy, Rusya'nın işgal ettiği toprakları iade etmesini talep etti.", {"territory": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", OCCUPIED_LANDS_RETURNED)
def test_the_lands_a_party_occupied_are_asked_back(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # a place the army occupied, no land asked back: no position
    ("tr", "Rus ordusu geçen yıl işgal ettiği köyde yeni mevziler kurdu."),
    ("tr", "Rusya'nın işgal ettiği topraklarda yaşayan siviller kışa hazırlanıyor."),
])
def test_occupied_lands_without_a_return_are_no_position(classifier, lang, text):
    assert positions(classifier, text, lang) == {}


# --- r24B: praise denied ('poco constructiva', 'unconstructive', 'not constructive', 'yapıcı olmayan') judging a rival's
# proposal rejects it, where the praise word alone ('constructiva', 'yapıcı bir adım') would accept it ---

PRAISE_DENIED = [
    ("es", "Peskov calificó de «poco constructiva» la propuesta francesa de una tregua aérea.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("es", "Zelenski calificó de «nada constructivo» el plan ruso de una tregua de tres días.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("en", "Peskov described the French proposal for an air truce as \"unconstructive\".",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("en", "Peskov called the French proposal for an air truce \"not constructive\".",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("tr", "Peskov, Fransa'nın hava ateşkesi önerisini \"yapıcı olmayan\" bir adım olarak nitelendirdi.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", PRAISE_DENIED)
def test_praise_denied_rejects_the_proposal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the praise itself still accepts
    ("es", "Zelenski calificó de «muy constructiva» la propuesta turca de una tregua en el mar Negro.",
     {"ceasefire": [("TR", "demand"), ("UA", "agree")]}),
    ("tr", "Kremlin, Fransa'nın hava ateşkesi önerisini yapıcı bir adım olarak nitelendirdi.",
     {"ceasefire": [("EU", "demand"), ("RU", "agree")]}),
])
def test_praise_still_accepts(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r24B: tr, a converb with a stance ('talebini reddederek', 'reddedip') closes a clause of the subject's own before
# its final verb: a rejection there and a demand after it give the subject both stances ---

CONVERB_CLAUSES = [
    ("tr", "Zelenskiy, Rusya'nın tarafsızlık talebini reddederek Batı'dan bağlayıcı güvenlik garantileri talep etti.",
     {"neutrality": [("RU", "demand"), ("UA", "demand"), ("UA", "reject")]}),
    ("tr", "Kremlin, Kiev'in otuz günlük ateşkes önerisini reddederek yalnızca Paskalya için kısa bir ateşkes önerdi.",
     {"ceasefire": [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]}),
    ("tr", "Moskova, Kiev'in tüm esirlerin takası önerisini reddedip yalnızca yaralı askerlerin takasını teklif etti.",
     {"prisoners": [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", CONVERB_CLAUSES)
def test_a_converb_clause_gives_the_subject_its_own_stance(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the clause after the converb names no issue, or the converb has no stance of its own: one stance
    ("tr", "Moskova, Kiev'in ateşkes önerisini reddederek yeni saldırılar başlattı.",
     {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("tr", "Kremlin, Kiev'in ateşkes önerisini inceleyerek reddetti.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
])
def test_one_stance_where_the_converb_adds_none(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r24B: a first name between a demand's preposition and the name ('instó a Vladímir Putin a aceptar') leaves the
# name the addressee of the demand, as 'instó a Putin' does: no position of its own ---

ADDRESSED_BY_FULL_NAME = [
    ("es", "Merz pidió a Vladímir Putin que acepte una tregua de treinta días.", {"ceasefire": [("EU", "demand")]}),
    ("es", "Macron instó a Volodímir Zelenski a aceptar un alto el fuego en el mar Negro.", {"ceasefire": [("EU", "demand")]}),
    ("es", "Erdogan exhortó a Vladímir Putin a liberar a todos los prisioneros de guerra ucranianos.",
     {"prisoners": [("TR", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", ADDRESSED_BY_FULL_NAME)
def test_a_full_name_after_a_demands_preposition_is_its_addressee(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # no demand before the preposition: the full name still holds its own clause's position
    ("es", "Merz se reunió con Volodímir Zelenski, que reclamó un alto el fuego inmediato.", {"ceasefire": [("UA", "demand")]}),
    ("es", "Kiev rechazó la tregua propuesta por Vladímir Putin.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
])
def test_a_full_name_after_another_preposition_keeps_its_position(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r24B: the Red Cross (the International Committee of the Red Cross, ICRC; Cruz Roja, CICR; Kızılhaç) is a party
# outside the five (OTHER): what it calls for is its demand; when another party calls on it, it is only addressed ---

RED_CROSS = [
    ("en", "The Red Cross urged both sides to let its staff visit every prisoner of war.", {"prisoners": [("OTHER", "demand")]}),
    ("en", "The ICRC demanded the return of the bodies of fallen soldiers to their families.", {"prisoners": [("OTHER", "demand")]}),
    ("es", "La Cruz Roja pidió a Moscú y Kiev acceso a todos los prisioneros de guerra.", {"prisoners": [("OTHER", "demand")]}),
    ("tr", "Uluslararası Kızılhaç Komitesi, tüm savaş esirlerine erişim sağlanmasını talep etti.", {"prisoners": [("OTHER", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", RED_CROSS)
def test_the_red_cross_holds_its_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # called on by another party, or only present, it holds nothing
    ("es", "Zelenski pidió a la Cruz Roja que visite a los prisioneros de guerra ucranianos.", {"prisoners": [("UA", "demand")]}),
    ("en", "Red Cross staff delivered blankets to a shelter in Kharkiv.", {}),
])
def test_the_red_cross_addressed_or_present_holds_nothing(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r24B: es, an agreement restricted by 'solo' to a time ('solo firmará un alto el fuego cuando Kiev retire sus
# tropas', 'una vez que', 'después de que') is a condition: a demand, as 'only if'; without 'solo' an agreement ---

ONLY_WHEN = [
    ("es", "Kiev solo aceptará una tregua cuando Rusia libere a todos los prisioneros de guerra.",
     {"ceasefire": [("UA", "demand")], "prisoners": [("UA", "demand")]}),
    ("es", "Moscú solo firmará la paz una vez que Kiev renuncie a ingresar en la OTAN.", {"neutrality": [("RU", "demand")]}),
    ("es", "Rusia solo firmará un alto el fuego cuando Ucrania abandone el Donbás, dijo Lavrov.",
     {"ceasefire": [("RU", "demand")], "territory": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", ONLY_WHEN)
def test_an_agreement_only_when_is_a_condition(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_an_agreement_when_without_only_still_agrees(classifier):
    got = positions(classifier, "Moscú firmará un alto el fuego cuando Kiev lo acepte, dijo Peskov.", "es")
    assert ("RU", "agree") in got["ceasefire"]


# --- r24B: a first name after a coordinator ('Zelensky and Keir Starmer urged ...') is part of the coordinated
# subject, as the surname alone ('Zelensky and Starmer') is: every name of the group holds the stance ---

COORDINATED_FULL_NAMES = [
    ("en", "Zelensky and Friedrich Merz called for binding security guarantees for Ukraine.",
     {"neutrality": [("EU", "demand"), ("UA", "demand")]}),
    ("en", "Zelensky and Emmanuel Macron urged Russia to accept an immediate ceasefire.",
     {"ceasefire": [("EU", "demand"), ("UA", "demand")]}),
    ("es", "Zelenski y Emmanuel Macron pidieron a Rusia un alto el fuego inmediato.",
     {"ceasefire": [("EU", "demand"), ("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", COORDINATED_FULL_NAMES)
def test_a_coordinated_full_name_joins_the_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_a_comma_and_a_full_name_coordinate_nothing(classifier):
    # no coordinator: the phrase before the comma is no part of the subject
    got = positions(classifier, "After talks with Zelensky, Donald Trump urged Russia to accept a ceasefire.", "en")
    assert got == {"ceasefire": [("US", "demand")]}


# --- r24B: tr, keeping one's distance from a proposal ('önerisine mesafeli durdu', 'mesafeli yaklaştı') is a
# reservation, a rejection by the subject; the proposal's owner keeps its demand ---

KEPT_AT_A_DISTANCE = [
    ("tr", "Rusya, Fransa'nın barış gücü planına mesafeli durdu.", {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("tr", "Kremlin, Kiev'in 30 günlük ateşkes önerisine mesafeli yaklaştı.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("tr", "Belçika, dondurulmuş Rus varlıklarının Ukrayna'ya aktarılması planına mesafeli duruyor.",
     {"reparations": [("EU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", KEPT_AT_A_DISTANCE)
def test_keeping_ones_distance_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_a_distance_in_kilometres_rejects_nothing(classifier):
    got = positions(classifier, "Kiev, Rusya'nın ateşkes önerisini memnuniyetle karşıladı; Rus birlikleri ise cepheye "
                                "birkaç kilometre mesafede duruyor.", "tr")
    assert got == {"ceasefire": [("RU", "demand"), ("UA", "agree")]}
