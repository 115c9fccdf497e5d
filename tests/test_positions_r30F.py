"""Round 30 F: one holder, two stances on one issue, when its second clause closes on a predicate after its own subject."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r30F: a coordinated clause that closes on a stanced predicate after its own subject gives its stance ---

PREDICATE_CLAUSE = [
    ("en", "Ryabkov said Moscow insists on the withdrawal of Ukrainian forces from Donbas, and any return to the 1991 "
           "borders is out of the question.", "territory", [("RU", "demand"), ("RU", "reject")]),
    ("it", "Zakharova ha affermato che Mosca pretende la neutralità dell'Ucraina, e l'invio di soldati occidentali è "
           "escluso.", "neutrality", [("RU", "demand"), ("RU", "reject")]),
    ("fr", "Peskov a affirmé que Moscou exige un statut neutre pour l'Ukraine, et toute présence de soldats de l'OTAN "
           "est exclue.", "neutrality", [("RU", "demand"), ("RU", "reject")]),
    ("de", "Peskow sagte, Moskau verlange den Rückzug der ukrainischen Armee aus dem Donbass, und eine Rückkehr zu den "
           "Grenzen von 1991 sei ausgeschlossen.", "territory", [("RU", "demand"), ("RU", "reject")]),
    ("es", "Zajárova afirmó que Moscú exige la neutralidad de Ucrania, y cualquier presencia de soldados de la OTAN "
           "queda descartada.", "neutrality", [("RU", "demand"), ("RU", "reject")]),
    ("ru", "Песков заявил, что Кремль добивается нейтрального статуса Украины, а присутствие солдат НАТО на её земле "
           "недопустимо.", "neutrality", [("RU", "demand"), ("RU", "reject")]),
    ("uk", "Сибіга заявив, що Київ вимагає виведення російських військ, а визнання окупованих земель російськими "
           "неприйнятне.", "territory", [("UA", "demand"), ("UA", "reject")]),
    ("pl", "Pieskow oświadczył, że Kreml domaga się neutralności Ukrainy, a obecność żołnierzy NATO na jej ziemi jest "
           "niedopuszczalna.", "neutrality", [("RU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,want", PREDICATE_CLAUSE, ids=ids(PREDICATE_CLAUSE))
def test_r30f_a_clause_closing_on_its_predicate_gives_the_holder_a_second_stance(classifier, lang, text, category, want):
    assert given(classifier, text, lang, category) == want


# near misses: the clause after the joiner is another party's ("while for Kyiv ..."), or says nothing on the issue
PREDICATE_CLAUSE_NOT_THE_HOLDERS = [
    ("en", "Ryabkov said the Kremlin insists on a neutral Ukraine, while for Kyiv such a status is unacceptable.",
     "neutrality", ("RU", "reject")),
    ("en", "Ryabkov said the Kremlin insists on a neutral Ukraine, and the venue of the next round is still open.",
     "neutrality", ("RU", "reject")),
    ("it", "Zakharova ha affermato che Mosca pretende la neutralità dell'Ucraina, ma per Kiev un tale status è "
           "inaccettabile.", "neutrality", ("RU", "reject")),
    ("fr", "Peskov a affirmé que Moscou exige un statut neutre pour l'Ukraine, mais pour Kiev un tel statut est "
           "inacceptable.", "neutrality", ("RU", "reject")),
    ("de", "Peskow sagte, Moskau fordere eine neutrale Ukraine, während für Kiew ein solcher Status inakzeptabel sei.",
     "neutrality", ("RU", "reject")),
    ("es", "Zajárova afirmó que Moscú exige la neutralidad de Ucrania, pero para Kiev tal estatus es inaceptable.",
     "neutrality", ("RU", "reject")),
    ("ru", "Песков заявил, что Кремль добивается нейтрального статуса Украины, а для Киева такой статус неприемлем.",
     "neutrality", ("RU", "reject")),
    ("ru", "Песков заявил, что Кремль добивается нейтрального статуса Украины, а место следующего раунда пока не "
           "определено.", "neutrality", ("RU", "reject")),
    ("uk", "Сибіга заявив, що Москва вимагає нейтрального статусу України, а для Києва такий статус неприйнятний.",
     "neutrality", ("RU", "reject")),
    ("pl", "Pieskow oświadczył, że Kreml domaga się neutralności Ukrainy, a dla Kijowa taki status jest "
           "niedopuszczalny.", "neutrality", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,wrong", PREDICATE_CLAUSE_NOT_THE_HOLDERS,
                         ids=ids(PREDICATE_CLAUSE_NOT_THE_HOLDERS))
def test_r30f_another_partys_predicate_clause_gives_the_holder_no_second_stance(classifier, lang, text, category,
                                                                                wrong):
    got = given(classifier, text, lang, category)
    assert wrong not in got and (wrong[0], "demand") in got
