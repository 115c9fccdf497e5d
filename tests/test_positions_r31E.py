"""Round 31 E: holders named by office (ombudsman, deputy minister, envoy) and clauses of their own after them."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r31E: an office named by its title with a nationality adjective (`office_nouns`: ombudsman, rights commissioner,
# --- deputy minister, vice-premier, special envoy) names its party, the holder of its verb ---

OFFICES = [
    ("en", "The Ukrainian ombudsman called for the release of every detained journalist.", "prisoners", [("UA", "demand")]),
    ("en", "Russia's human rights ombudswoman rejected a swap of detained clergymen.", "prisoners", [("RU", "reject")]),
    ("en", "The Russian children's rights commissioner demanded that Kyiv take back twelve orphans.", "prisoners", [("RU", "demand")]),
    ("it", "Il viceministro della Difesa russo ha chiesto uno scambio di piloti catturati.", "prisoners", [("RU", "demand")]),
    ("it", "Il difensore civico ucraino ha chiesto il rilascio dei giornalisti detenuti.", "prisoners", [("UA", "demand")]),
    ("it", "Il vicepremier ucraino ha respinto lo scambio parziale di marinai.", "prisoners", [("UA", "reject")]),
    ("fr", "La médiatrice ukrainienne aux droits de l'homme a exigé le retour de tous les marins capturés.", "prisoners", [("UA", "demand")]),
    ("de", "Der ukrainische Ombudsmann verlangte die Freilassung der inhaftierten Journalisten.", "prisoners", [("UA", "demand")]),
    ("de", "Der russische Vize-Außenminister lehnte einen Austausch der Piloten ab.", "prisoners", [("RU", "reject")]),
    ("es", "El defensor del pueblo ucraniano exigió la liberación de los periodistas detenidos.", "prisoners", [("UA", "demand")]),
    ("ru", "Украинский омбудсмен потребовал вернуть всех задержанных журналистов.", "prisoners", [("UA", "demand")]),
    ("ru", "Российский вице-премьер отверг обмен пленными моряками.", "prisoners", [("RU", "reject")]),
    ("uk", "Український омбудсман вимагає повернути всіх затриманих журналістів.", "prisoners", [("UA", "demand")]),
    ("uk", "Американський спецпосланець запропонував обмін полоненими пілотами.", "prisoners", [("US", "demand")]),
    ("pl", "Ukraiński wiceminister zażądał uwolnienia zatrzymanych dziennikarzy.", "prisoners", [("UA", "demand")]),
    ("tr", "Rus İnsan Hakları Komiseri esir pilotların takasını talep etti.", "prisoners", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OFFICES, ids=ids(OFFICES))
def test_r31e_an_office_with_a_nationality_names_its_party(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: an office with no nationality names no party; a 'médiateur' who is no rights ombudsman is a mediator,
# no party noun; an intelligence service is no office here: it reports ('twierdzi ukraiński wywiad', classes test)
OFFICES_NOT = [
    ("en", "The ombudsman called for the release of every detained journalist.", "prisoners", []),
    ("it", "Il viceministro ha chiesto uno scambio di piloti catturati.", "prisoners", []),
    ("fr", "Le médiateur turc a annoncé un échange de pilotes.", "prisoners", []),
    ("de", "Der Ombudsmann verlangte die Freilassung der inhaftierten Journalisten.", "prisoners", []),
    ("es", "El defensor del pueblo exigió la liberación de los periodistas detenidos.", "prisoners", []),
    ("ru", "Омбудсмен потребовал вернуть всех задержанных журналистов.", "prisoners", []),
    ("pl", "Kijów nie jest zainteresowany długim rozejmem, twierdzi rosyjski wywiad.", "ceasefire", [("UA", "reject")]),
    ("de", "Kiew lehnt eine lange Waffenruhe ab, sagt der russische Geheimdienst.", "ceasefire", [("UA", "reject")]),
    ("uk", "Омбудсман вимагає повернути всіх затриманих журналістів.", "prisoners", []),
    ("pl", "Wiceminister zażądał uwolnienia zatrzymanych dziennikarzy.", "prisoners", []),
    ("tr", "Komiser esir pilotların takasını talep etti.", "prisoners", []),
]


@pytest.mark.parametrize("lang,text,category,expected", OFFICES_NOT, ids=ids(OFFICES_NOT))
def test_r31e_an_office_without_a_party_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31E: 'mientras que', 'alors que', 'tandis que' (`clause_openers`) open a clause of another subject: their que
# --- is no complement of the cue before it, so the party after it holds its own stance ---

WHILE_THAT = [
    ("es", "Kiev pide una indemnización completa, mientras que Moscú plantea un fondo común de compensación.", "reparations",
     [("RU", "demand"), ("UA", "demand")]),
    ("es", "Bruselas reclama usar los activos congelados, mientras que el Kremlin rechaza cualquier confiscación.", "reparations",
     [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Kiev exige des indemnités complètes, alors que Moscou propose un fonds commun de compensation.", "reparations",
     [("RU", "demand"), ("UA", "demand")]),
    ("fr", "Bruxelles réclame l'usage des avoirs gelés, tandis que le Kremlin refuse toute confiscation.", "reparations",
     [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", WHILE_THAT, ids=ids(WHILE_THAT))
def test_r31e_while_that_opens_another_partys_clause(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: a plain que after the cue still opens its content, whose party holds nothing
WHILE_THAT_NOT = [
    ("es", "Kiev exige que Moscú pague una indemnización completa por los daños.", "reparations", [("UA", "demand")]),
    ("fr", "Kiev exige que Moscou verse des indemnités complètes pour les dégâts.", "reparations", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", WHILE_THAT_NOT, ids=ids(WHILE_THAT_NOT))
def test_r31e_a_plain_que_still_opens_the_content(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31E: a verb coordinated after a comma (', und forderte Kiew auf', ', и призвала Киев', ', i wezwała Kijów')
# --- shares the subject of the clause before it: the name right after it is its object, no inverted subject ---

COORDINATED = [
    ("de", "Die Beauftragte sagte, sie habe die Namen weitergeleitet, und forderte Kiew auf, die Piloten zuerst auszutauschen.",
     "prisoners", []),
    ("de", "Moskau erklärte, es habe die Namen weitergeleitet, und forderte Kiew auf, die Piloten zuerst auszutauschen.",
     "prisoners", [("RU", "demand")]),
    ("ru", "Москва сообщила, что ждёт ответа, и призвала Киев сначала обменять пилотов.", "prisoners", [("RU", "demand")]),
    ("uk", "Москва повідомила, що чекає відповіді, і закликала Київ спершу обміняти пілотів.", "prisoners", [("RU", "demand")]),
    ("pl", "Moskwa oświadczyła, że przekazała nazwiska, i wezwała Kijów do wymiany pilotów.", "prisoners", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COORDINATED, ids=ids(COORDINATED))
def test_r31e_a_coordinated_verbs_object_is_no_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: with no comma and coordinator before it, a name after the verb is still its inverted subject
COORDINATED_NOT = [
    ("de", "Den Austausch der Piloten lehnte Kiew ab.", "prisoners", [("UA", "reject")]),
    ("ru", "Обмен пилотами поддержала Украина.", "prisoners", [("UA", "agree")]),
    ("pl", "Wymianę pilotów poparła Ukraina.", "prisoners", [("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COORDINATED_NOT, ids=ids(COORDINATED_NOT))
def test_r31e_an_inverted_subject_still_holds(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected
