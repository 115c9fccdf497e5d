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


# --- r30F: what "remains the only basis" is insisted on, and as such a closing predicate gives the second stance ---

ONLY_BASIS = [
    ("en", "Lubinets said Kyiv rejects prisoner swaps in small batches, and the all-for-all formula remains the only "
           "basis for any exchange."),
    ("it", "Lubinets ha detto che Kiev respinge gli scambi di prigionieri a piccoli gruppi, e la formula «tutti per "
           "tutti» resta l'unica base per ogni scambio."),
    ("fr", "Loubinets a dit que Kiev rejette les échanges de prisonniers au compte-gouttes, et la formule « tous "
           "contre tous » reste la seule base de tout échange."),
    ("de", "Lubinez sagte, Kiew lehne einen Gefangenenaustausch in kleinen Gruppen ab, und die Formel „alle gegen "
           "alle“ bleibe die einzige Grundlage für jeden Austausch."),
    ("es", "Lubinets dijo que Kiev rechaza los canjes de prisioneros por goteo, y la fórmula «todos por todos» sigue "
           "siendo la única base de cualquier intercambio."),
    ("ru", "Лубинец заявил, что Киев отвергает обмены пленными малыми группами, а формула «всех на всех» остаётся "
           "единственной основой для любого обмена."),
    ("uk", "Лубінець заявив, що Київ відкидає обміни полоненими малими групами, а формула «всіх на всіх» залишається "
           "єдиною основою для будь-якого обміну."),
    ("pl", "Łubiniec oświadczył, że Kijów odrzuca wymiany jeńców małymi grupami, a formuła „wszyscy za wszystkich” "
           "pozostaje jedyną podstawą każdej wymiany."),
    ("tr", "Lubinets, Kiev'in küçük gruplar halinde esir takasını reddettiğini, \"herkese karşı herkes\" formülünün ise "
           "her takas için tek temel olduğunu söyledi."),
]


@pytest.mark.parametrize("lang,text", ONLY_BASIS, ids=ids(ONLY_BASIS))
def test_r30f_the_only_basis_is_insisted_on_beside_the_refusal(classifier, lang, text):
    assert given(classifier, text, lang, "prisoners") == [("UA", "demand"), ("UA", "reject")]


# near misses: the only basis is another party's, in its own clause: the refusing holder asks for nothing
ONLY_BASIS_OF_ANOTHER = [
    ("en", "Lubinets said Kyiv rejects prisoner swaps in small batches, while for Moscow the one-for-one formula "
           "remains the only basis for any exchange."),
    ("it", "Lubinets ha detto che Kiev respinge gli scambi di prigionieri a piccoli gruppi, mentre per Mosca la "
           "formula «uno per uno» resta l'unica base."),
    ("fr", "Loubinets a dit que Kiev rejette les échanges de prisonniers au compte-gouttes, tandis que pour Moscou la "
           "formule « un contre un » reste la seule base."),
    ("de", "Lubinez sagte, Kiew lehne einen Gefangenenaustausch in kleinen Gruppen ab, während für Moskau die Formel "
           "„einer gegen einen“ die einzige Grundlage bleibe."),
    ("es", "Lubinets dijo que Kiev rechaza los canjes de prisioneros por goteo, mientras que para Moscú la fórmula "
           "«uno por uno» sigue siendo la única base."),
    ("ru", "Лубинец заявил, что Киев отвергает обмены пленными малыми группами, а для Москвы формула «один на один» "
           "остаётся единственной основой обмена."),
    ("uk", "Лубінець заявив, що Київ відкидає обміни полоненими малими групами, а для Москви формула «один на одного» "
           "залишається єдиною основою."),
    ("pl", "Łubiniec oświadczył, że Kijów odrzuca wymiany jeńców małymi grupami, a dla Moskwy formuła „jeden za "
           "jednego” pozostaje jedyną podstawą."),
    ("tr", "Lubinets, Kiev'in küçük gruplar halinde esir takasını reddettiğini, Moskova'nın ise \"bire bir\" formülünü "
           "tek temel olarak gördüğünü söyledi."),
]


@pytest.mark.parametrize("lang,text", ONLY_BASIS_OF_ANOTHER, ids=ids(ONLY_BASIS_OF_ANOTHER))
def test_r30f_another_partys_only_basis_is_no_demand_of_the_refusing_holder(classifier, lang, text):
    got = given(classifier, text, lang, "prisoners")
    assert ("UA", "reject") in got and ("UA", "demand") not in got
