"""Round 34 E: troops a state will not send and what it offers instead, and the alliance's own word on membership."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r34E: an alliance's door that stays open to a country: its speaker agrees, the country holds nothing ---

DOOR_OPEN = [
    ("en", "NATO Secretary General Anna Berg said the alliance's door remains open to Ukraine."),
    ("it", "Il segretario generale della NATO Jan Berg ha detto che la porta dell'Alleanza resta aperta per l'Ucraina."),
    ("fr", "Le secrétaire général de l'OTAN, Jan Berg, a déclaré que la porte de l'Alliance reste ouverte pour l'Ukraine."),
    ("de", "Nato-Generalsekretär Jan Berg sagte, die Tür des Bündnisses bleibe für die Ukraine offen."),
    ("es", "El secretario general de la OTAN, Jan Berg, afirmó que la puerta de la Alianza sigue abierta para Ucrania."),
    ("ru", "Генсек НАТО Ян Берг заявил, что двери альянса остаются открытыми для Украины."),
    ("uk", "Генсек НАТО Ян Берг заявив, що двері Альянсу залишаються відчиненими для України."),
    ("pl", "Sekretarz generalny NATO Jan Berg oświadczył, że drzwi Sojuszu pozostają otwarte dla Ukrainy."),
    ("tr", "NATO Genel Sekreteri Jan Berg, ittifakın kapısının Ukrayna'ya açık olduğunu söyledi."),
]


@pytest.mark.parametrize("lang,text", DOOR_OPEN, ids=ids(DOOR_OPEN))
def test_r34e_an_open_door_is_its_speakers_agreement(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("OTHER", "agree")]


DOOR_TO_MEMBERSHIP = [
    # the door to membership, however long its name: the rules label neutrality, the speaker agrees
    ("en", "NATO Secretary General Jan Berg said the door to NATO membership remains open to Ukraine."),
    ("ru", "Генсек НАТО Ян Берг заявил, что двери для членства Украины в НАТО остаются открытыми."),
    ("pl", "Sekretarz generalny NATO Jan Berg oświadczył, że drzwi do członkostwa w NATO pozostają otwarte dla Ukrainy."),
]


@pytest.mark.parametrize("lang,text", DOOR_TO_MEMBERSHIP, ids=ids(DOOR_TO_MEMBERSHIP))
def test_r34e_the_door_to_membership_stays_open(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("OTHER", "agree")]}


PERSPECTIVE_KEPT = [
    # near misses: an evaluation for a party, with no door in it, still gives that party's view
    ("en", "Moscow said a neutral status was unacceptable to Ukraine, according to Kyiv's envoy.", [("RU", "reject"), ("UA", "reject")]),
    ("it", "Il Cremlino ha detto che la neutralità è inaccettabile per l'Ucraina, secondo fonti di Kiev.", [("RU", "reject"), ("UA", "reject")]),
    ("ru", "Песков заявил, что нейтральный статус для Украины неприемлем.", [("RU", "reject"), ("UA", "reject")]),
    ("pl", "Rzecznik Kremla powiedział, że status neutralny jest dla Ukrainy nie do przyjęcia.", [("RU", "reject"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,want", PERSPECTIVE_KEPT, ids=ids(PERSPECTIVE_KEPT))
def test_r34e_an_evaluation_without_a_door_keeps_its_perspective(classifier, lang, text, want):
    assert given(classifier, text, lang, "neutrality") == want


# --- r34E: membership "not on the table" (fr, de; the other languages had it) is turned down by its speaker ---

OFF_THE_TABLE = [
    ("fr", "Le secrétaire général de l'OTAN, Jan Berg, a déclaré que l'entrée de l'Ukraine dans l'Alliance n'était pas "
           "sur la table lors de ces pourparlers."),
    ("de", "Nato-Generalsekretär Jan Berg sagte, ein Beitritt der Ukraine zum Bündnis liege bei diesen Gesprächen nicht "
           "auf dem Tisch."),
    ("de", "Nato-Generalsekretär Jan Berg sagte, ein Beitritt der Ukraine zum Bündnis sei vorerst vom Tisch."),
    ("es", "El secretario general de la OTAN, Jan Berg, afirmó que el ingreso de Ucrania en la Alianza no está sobre la "
           "mesa en estas conversaciones."),
    ("pl", "Sekretarz generalny NATO Jan Berg oświadczył, że członkostwo Ukrainy w Sojuszu nie leży na stole w tych "
           "rozmowach."),
]


@pytest.mark.parametrize("lang,text", OFF_THE_TABLE, ids=ids(OFF_THE_TABLE))
def test_r34e_membership_off_the_table_is_rejected(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("OTHER", "reject")]


ON_THE_TABLE = [
    # near misses: putting a measure on the table, or one that lies on it, is no rejection
    ("fr", "Le secrétaire général de l'OTAN, Jan Berg, a mis sur la table une nouvelle offre de garanties pour l'Ukraine."),
    ("de", "Nato-Generalsekretär Jan Berg sagte, die Frage der Garantien für die Ukraine liege auf dem Tisch."),
]


@pytest.mark.parametrize("lang,text", ON_THE_TABLE, ids=ids(ON_THE_TABLE))
def test_r34e_on_the_table_is_no_rejection(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("OTHER", "demand")]


# --- r34E: troops ruled out, then an offer in a gerund clause: the refusal and the offer are both the subject's ---

REFUSED_THEN_OFFERED = [
    ("en", "The Dutch defence minister ruled out sending Dutch troops to Ukraine, while promising to fund a European "
           "monitoring mission."),
    ("it", "Il ministro della Difesa olandese ha escluso l'invio di truppe olandesi in Ucraina, pur promettendo di "
           "finanziare una missione europea di monitoraggio."),
    ("fr", "Le ministre néerlandais de la Défense a exclu l'envoi de troupes néerlandaises en Ukraine, tout en promettant "
           "de financer une mission européenne de surveillance."),
    ("de", "Der niederländische Verteidigungsminister schloss die Entsendung niederländischer Truppen in die Ukraine aus, "
           "versprach aber, eine europäische Beobachtermission zu finanzieren."),
    ("es", "El ministro de Defensa neerlandés descartó el envío de soldados neerlandeses a una fuerza de paz en Ucrania, "
           "prometiendo a cambio financiar una misión europea de vigilancia."),
    ("ru", "Министр обороны Нидерландов исключил отправку нидерландских войск на Украину, пообещав при этом "
           "финансировать европейскую миссию наблюдателей."),
    ("uk", "Міністр оборони Нідерландів виключив відправлення нідерландських військ в Україну, пообіцявши водночас "
           "фінансувати європейську місію спостерігачів."),
]


@pytest.mark.parametrize("lang,text", REFUSED_THEN_OFFERED, ids=ids(REFUSED_THEN_OFFERED))
def test_r34e_troops_refused_and_an_offer_after_them(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("EU", "demand"), ("EU", "reject")]


REFUSED_THEN_SAID = [
    # near misses: a gerund that reports, names or insists after the refusal adds no position
    ("it", "Il ministro della Difesa olandese ha escluso l'invio di truppe olandesi in Ucraina, sottolineando che la "
           "decisione è definitiva.", "neutrality", [("EU", "reject")]),
    ("ru", "Министр обороны Нидерландов исключил отправку нидерландских войск на Украину, заявив, что решение "
           "окончательное.", "neutrality", [("EU", "reject")]),
    ("uk", "Міністр оборони Нідерландів виключив відправлення нідерландських військ в Україну, пославшись на брак "
           "ресурсів.", "neutrality", [("EU", "reject")]),
    ("en", "The Kremlin waved aside Kyiv's list of abducted children, insisting the boys had been moved "
           "for their safety.", "prisoners", [("RU", "reject")]),
    ("en", "Sybiha rejected any handover of Kherson, calling it \"a reward for aggression\".", "territory",
     [("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,want", REFUSED_THEN_SAID, ids=ids(REFUSED_THEN_SAID))
def test_r34e_a_gerund_of_saying_after_a_refusal_adds_nothing(classifier, lang, text, category, want):
    assert given(classifier, text, lang, category) == want
