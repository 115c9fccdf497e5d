"""Classes of position errors fixed in the attribution (issue 19's quality bar): each class has sentences that
must give the right positions and sentences that must not give the wrong ones, in the languages concerned."""

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


def given_all(classifier, text, lang, categories):
    """The positions of each of `categories`, all given at once (as the gold scoring gives a sentence's categories):
    where one issue's evidence stands tells which clause another's is not in."""
    by_cat = {lb.category: lb for lb in classifier.classify(text, lang)}
    labels = [Label(c, list(by_cat[c].matches)) if c in by_cat else Label(c) for c in categories]
    classifier.language(lang).attributor.attribute(text, normalise(text), labels)
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in labels}


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r25A: the Red Cross, the African Union, a human-rights court and Brazil's president (Lula, 'brasiliano') are
# parties of their own (OTHER) in de, fr and it, as in en and es; German names China's genitive 'Chinas' ---

OTHER_PARTIES = [
    ("it", "La Croce Rossa internazionale ha chiesto di poter visitare tutti i prigionieri di guerra.", "prisoners",
     [("OTHER", "demand")]),
    ("fr", "Le Comité international de la Croix-Rouge réclame l'accès à tous les prisonniers de guerre.", "prisoners",
     [("OTHER", "demand")]),
    ("de", "Das Rote Kreuz forderte Zugang zu allen Kriegsgefangenen in russischen Lagern.", "prisoners",
     [("OTHER", "demand")]),
    ("fr", "L'Union africaine plaide pour une trêve immédiate le long de la ligne de front.", "ceasefire",
     [("OTHER", "demand")]),
    ("it", "L'Unione africana ha proposto una tregua di trenta giorni.", "ceasefire", [("OTHER", "demand")]),
    ("de", "Die Afrikanische Union verlangte eine sofortige Waffenruhe.", "ceasefire", [("OTHER", "demand")]),
    ("it", "Il presidente brasiliano ha auspicato un cessate il fuoco immediato.", "ceasefire", [("OTHER", "demand")]),
    ("fr", "Lula a plaidé pour un cessez-le-feu sans conditions.", "ceasefire", [("OTHER", "demand")]),
    ("de", "Chinas Außenminister forderte eine Waffenruhe ohne Vorbedingungen.", "ceasefire", [("OTHER", "demand")]),
    ("fr", "La Cour européenne des droits de l'homme a exigé le retour des enfants déportés.", "prisoners",
     [("OTHER", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OTHER_PARTIES, ids=ids(OTHER_PARTIES))
def test_other_parties_named_in_de_fr_it_hold_their_positions(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # a cross that is no Red Cross, and the Brazilian adjective with no party noun, name no party
    ("de", "Die Ukraine verlangte ein Kreuz auf der Karte für jeden Austauschort der Gefangenen.", "prisoners",
     [("UA", "demand")]),
    ("it", "Kiev ha chiesto una tregua, ha scritto un giornale brasiliano.", "ceasefire", [("UA", "demand")]),
])
def test_no_other_party_without_its_name(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25A: the parties a demand verb asks to act ('sollecita entrambe le parti a liberare', 'a exhorté Moscou et Kiev
# à libérer', 'invité les belligérants à « respecter »') are whom it is put to, no holders, after a complementizer
# or a quote too ---

ASKED_TO_ACT = [
    ("it", "Un diplomatico ha riferito che il governo sollecita entrambe le parti a firmare una tregua.", "ceasefire", []),
    ("it", "Secondo l'agenzia, il comitato invita Mosca e Kiev a «rispettare» la tregua.", "ceasefire", []),
    ("fr", "Le patriarche a exhorté Moscou et Kiev à libérer tous les prisonniers.", "prisoners", []),
    ("it", "Il cardinale ha esortato Mosca e Kiev a liberare tutti i prigionieri.", "prisoners", []),
    ("fr", "La France a invité les belligérants à « respecter » la trêve de Pâques.", "ceasefire", [("EU", "demand")]),
    ("it", "La Cina ha invitato le parti a «sospendere le ostilità» e a negoziare una tregua.", "ceasefire",
     [("OTHER", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", ASKED_TO_ACT, ids=ids(ASKED_TO_ACT))
def test_parties_asked_to_act_hold_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # the subject after the verb of a relative clause, before a place, still holds ('a Ginevra', 'à Moscou')
    ("it", "La tregua che hanno chiesto Stati Uniti e Ucraina a Ginevra resta lontana.", "ceasefire",
     [("UA", "demand"), ("US", "demand")]),
    ("fr", "Le cessez-le-feu que proposent Washington et Kiev à Moscou reste sans réponse.", "ceasefire",
     [("UA", "demand"), ("US", "demand")]),
    ("it", "Kiev ha sollecitato Mosca a liberare i prigionieri.", "prisoners", [("UA", "demand")]),
])
def test_a_subject_after_its_verb_is_no_addressee(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25A: turning an offer down ('ausschlagen'), challenging a measure in court ('impugnare', 'contester en justice',
# 'anfechten') and calling it theft across a long object ('ha definito ogni confisca dei beni ... «un furto»') reject
# it; the Eurogroup is the EU ---

REFUSED_IN_OTHER_WORDS = [
    ("it", "Mosca ha definito ogni confisca dei beni della banca centrale «un furto».", "reparations", [("RU", "reject")]),
    ("de", "Moskau habe einen Austausch aller Gefangenen angeboten, den Kiew ausgeschlagen habe.", "prisoners",
     [("RU", "demand"), ("UA", "reject")]),
    ("de", "Die Ukraine schlug das Angebot eines Gefangenenaustauschs aus.", "prisoners", [("UA", "reject")]),
    ("it", "La Russia impugnerà davanti ai tribunali qualsiasi confisca dei suoi attivi congelati.", "reparations",
     [("RU", "reject")]),
    ("fr", "Moscou contestera en justice toute confiscation de ses avoirs gelés.", "reparations", [("RU", "reject")]),
    ("de", "Moskau kündigte an, den Beschluss über die eingefrorenen Gelder vor Gericht anzufechten.", "reparations",
     [("RU", "reject")]),
    ("it", "L'Eurogruppo ha dato il via libera all'uso degli attivi russi congelati per l'Ucraina.", "reparations",
     [("EU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", REFUSED_IN_OTHER_WORDS, ids=ids(REFUSED_IN_OTHER_WORDS))
def test_a_measure_refused_in_other_words(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category", [
    # a judgement that is no theft, and disputing figures (not in court), turn nothing down
    ("it", "Mosca ha definito la tregua proposta dagli Stati Uniti un passo avanti.", "ceasefire"),
    ("fr", "Moscou conteste les chiffres ukrainiens sur l'échange de prisonniers.", "prisoners"),
])
def test_no_refusal_without_its_words(classifier, lang, text, category):
    assert ("RU", "reject") not in given(classifier, text, lang, category)


# --- r25A: a collective ('les délégations', 'le delegazioni') followed by each party's own clause ('la partie russe
# exigeant ..., tandis que Kiev réclamait ...'): each party holds what its own clause names, not the other's issue ---

EACH_ITS_CLAUSE = [
    ("fr", "Les délégations ont présenté leurs projets, la partie russe exigeant le retrait ukrainien du Donbass, "
           "tandis que Kiev réclamait une trêve immédiate."),
    ("it", "Le delegazioni hanno presentato le loro proposte: la parte russa ha chiesto il ritiro ucraino dal Donbass, "
           "mentre Kiev ha chiesto una tregua immediata."),
    ("de", "Die Delegationen legten ihre Entwürfe vor, wobei Russland den Abzug der Ukraine aus dem Donbass verlangte, "
           "während Kiew eine sofortige Waffenruhe forderte."),
]


@pytest.mark.parametrize("lang,text", EACH_ITS_CLAUSE, ids=ids(EACH_ITS_CLAUSE))
def test_each_party_of_a_collective_holds_its_own_clause(classifier, lang, text):
    assert given_all(classifier, text, lang, ["territory", "ceasefire"]) == {
        "territory": [("RU", "demand")], "ceasefire": [("UA", "demand")]}


@pytest.mark.parametrize("lang,text,expected", [
    # a collective with no party of its own after it, or whose clause is the issue's, still holds for both
    ("fr", "Les deux parties ont accepté un échange de prisonniers, tandis que Kiev réclamait une trêve immédiate.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")], "ceasefire": [("UA", "demand")]}),
    ("it", "Entrambe le parti hanno proposto una tregua e uno scambio di prigionieri.",
     {"ceasefire": [("RU", "demand"), ("UA", "demand")], "prisoners": [("RU", "demand"), ("UA", "demand")]}),
])
def test_a_collective_alone_holds_for_both(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, list(expected)) == expected


# --- r25A: the party a threat is made to ('drohten Moskau im Fall einer Ablehnung mit Sanktionen') holds nothing, not
# even the refusal the threat foresees; sanctions threatened 'in case of' a refusal ('für den Fall', 'in caso di', 'en cas
# de') demand the measure, as after 'if' ---

THREATENED = [
    ("de", "Paris und Berlin verlangten eine Waffenruhe und drohten Moskau im Fall einer Ablehnung mit Sanktionen.",
     [("EU", "demand")]),
    ("de", "Die Europäer unterstützten den Waffenstillstand und drohten dem Kreml bei einer Weigerung mit Strafzöllen.",
     [("EU", "agree")]),
    ("de", "Die EU-Staaten drohten Russland mit neuen Sanktionen für den Fall, dass es die Waffenruhe ablehne.",
     [("EU", "demand")]),
    ("it", "I leader europei hanno minacciato la Russia di sanzioni in caso di rifiuto della tregua.", [("EU", "demand")]),
    ("fr", "Les Européens menacent la Russie de nouvelles sanctions en cas de refus du cessez-le-feu.", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", THREATENED, ids=ids(THREATENED))
def test_the_party_threatened_holds_nothing(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


@pytest.mark.parametrize("lang,text,expected", [
    # who threatens to refuse a measure itself still rejects it
    ("de", "Moskau drohte mit einer Ablehnung der Waffenruhe.", [("RU", "reject")]),
    ("fr", "Moscou a menacé de rejeter la trêve.", [("RU", "reject")]),
])
def test_a_threat_to_refuse_is_a_refusal(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


# --- r25A: the parliaments (the Rada, the State Duma) and the Ukrainian presidency ('la presidenza ucraina', 'das
# ukrainische Parlament') are their states' parties in de, fr and it, as the Rada and the Duma are in en, es and tr ---

PARLIAMENTS = [
    ("it", "La Duma ha chiesto il ritiro delle truppe ucraine dal Donbass.", [("RU", "demand")]),
    ("fr", "La Douma a exigé le retrait des troupes ukrainiennes du Donbass.", [("RU", "demand")]),
    ("de", "Die Staatsduma lehnte jede Rückgabe der annektierten Gebiete ab.", [("RU", "reject")]),
    ("it", "La Rada ha respinto qualsiasi cessione di territorio alla Russia.", [("UA", "reject")]),
    ("fr", "La Rada a rejeté toute cession de territoire à la Russie.", [("UA", "reject")]),
    ("de", "Das ukrainische Parlament lehnte jede Abtretung von Gebieten an Russland ab.", [("UA", "reject")]),
    ("it", "La presidenza ucraina ha respinto qualsiasi cessione di territorio.", [("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,expected", PARLIAMENTS, ids=ids(PARLIAMENTS))
def test_parliaments_hold_their_states_positions(classifier, lang, text, expected):
    assert given(classifier, text, lang, "territory") == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # the Italian roadstead ('la rada') is no Rada, and a speech before the European Parliament gives it no position
    ("it", "Le navi restano nella rada di Odessa mentre Kiev chiede una tregua.", "ceasefire", [("UA", "demand")]),
    ("fr", "Zelensky a réclamé des réparations devant le Parlement européen.", "reparations", [("UA", "demand")]),
])
def test_no_parliament_without_its_name(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25A: it, sending troops to Ukraine in a finite verb ('non invierà soldati in Ucraina', 'manderà truppe in
# Ucraina') is neutrality, as the infinitive ('inviare') was: a refusal when negated ---

SENT_TROOPS = [
    ("it", "L'Italia non invierà soldati in Ucraina, ha detto Meloni.", [("EU", "reject")]),
    ("it", "La Germania non manderà truppe in Ucraina, ha ribadito il cancelliere.", [("EU", "reject")]),
    ("it", "Londra schiererà soldati in Ucraina dopo un accordo di pace, ha annunciato Starmer.", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", SENT_TROOPS, ids=ids(SENT_TROOPS))
def test_sending_troops_in_a_finite_verb_is_neutrality(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == {"neutrality": expected}


@pytest.mark.parametrize("lang,text", [
    # Russia's own troops sent to Ukraine are the war, no position on neutrality
    ("it", "La Russia invia truppe in Ucraina dal febbraio 2022."),
])
def test_russian_troops_sent_are_no_neutrality(classifier, lang, text):
    assert "neutrality" not in positions(classifier, text, lang)
