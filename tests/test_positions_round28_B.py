"""Round 28, helper B: reactions to a proposal and whose proposal it is (issue 19's quality bar): each class has
sentences that must give the right positions and near-misses that must not give the wrong ones."""

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


# --- r28B: coordinated places after a reaction each hold it, or the verb of their own ("rejected in Kyiv but hailed in Moscow") ---

COORDINATED_PLACES = [
    ("en", "The American draft on a demilitarised strip was turned down in Kyiv but applauded in Moscow.", "territory",
     [("RU", "agree"), ("UA", "reject"), ("US", "demand")]),
    ("en", "Turkey's offer to monitor the truce was rejected both in Moscow and in Kyiv.", "ceasefire",
     [("RU", "reject"), ("TR", "demand"), ("UA", "reject")]),
    ("es", "La propuesta rusa de una zona tampón fue rechazada tanto en Kiev como en Washington.", "territory",
     [("RU", "demand"), ("UA", "reject"), ("US", "reject")]),
    ("it", "La proposta americana di congelare il fronte è stata respinta a Kiev ma applaudita a Mosca.", "territory",
     [("RU", "agree"), ("UA", "reject"), ("US", "demand")]),
    ("fr", "L'offre turque d'un échange de prisonniers, saluée par Kiev mais rejetée par Moscou, reste sur la table.",
     "prisoners", [("RU", "reject"), ("TR", "demand"), ("UA", "agree")]),
    ("fr", "Le plan américain de gel du front a été rejeté à Kiev mais applaudi à Moscou.", "territory",
     [("RU", "agree"), ("UA", "reject"), ("US", "demand")]),
    ("de", "Der amerikanische Vorschlag einer entmilitarisierten Zone wurde in Kiew und in Moskau abgelehnt.", "territory",
     [("RU", "reject"), ("UA", "reject"), ("US", "demand")]),
    ("es", "El plan estadounidense de congelar el frente fue rechazado en Kiev y aplaudido en Moscú.", "territory",
     [("RU", "agree"), ("UA", "reject"), ("US", "demand")]),
    ("ru", "Американский план заморозки фронта был отвергнут в Киеве и одобрен в Москве.", "territory",
     [("RU", "agree"), ("UA", "reject"), ("US", "demand")]),
    ("pl", "Amerykański plan zamrożenia frontu spotkał się z krytyką zarówno w Kijowie, jak i w Moskwie.", "territory",
     [("RU", "reject"), ("UA", "reject"), ("US", "demand")]),
    ("pl", "Rosyjska propozycja wymiany jeńców została odrzucona w Kijowie i w Waszyngtonie.", "prisoners",
     [("RU", "demand"), ("UA", "reject"), ("US", "reject")]),
]

COORDINATED_PLACES_NOT = [
    # a second place where the plan was only presented or discussed holds nothing
    ("en", "The American draft on a demilitarised strip was turned down in Kyiv and presented in Ankara.", "territory", "TR"),
    ("pl", "Amerykański plan zamrożenia frontu spotkał się z krytyką w Kijowie, a omawiano go w Ankarze.", "territory", "TR"),
    ("de", "Der amerikanische Vorschlag wurde in Kiew abgelehnt und in Ankara vorgestellt.", "territory", "TR"),
    # a delegation greeted in a capital is no welcome of a measure
    ("it", "La proposta russa è stata respinta a Kiev, mentre la delegazione ucraina è stata salutata a Roma.", "territory", "EU"),
    ("fr", "Le plan russe a été rejeté à Kiev, et la délégation ukrainienne a été saluée à Paris.", "territory", "EU"),
]


@pytest.mark.parametrize("lang,text,category,expected", COORDINATED_PLACES, ids=ids(COORDINATED_PLACES))
def test_coordinated_places_of_a_reaction(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", COORDINATED_PLACES_NOT, ids=ids(COORDINATED_PLACES_NOT))
def test_a_coordinated_place_with_no_reaction_holds_nothing(classifier, lang, text, category, code):
    assert code not in {h for h, _ in given(classifier, text, lang, category)}


# --- r28B: a party's "no" or a harsh reaction as a noun ('un rotundo «no» de Zelenski', 'une fin de non-recevoir à Kiev', 'sert tepkiyle karşılandı') ---

REACTION_IDIOMS = [
    ("en", "Kyiv's proposal for a truce in the air drew a curt \"no\" from the Kremlin.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("it", "La proposta ucraina di una tregua aerea ha incassato un secco «no» da Mosca.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("fr", "La demande russe d'un retrait du Donbass s'est heurtée à une fin de non-recevoir à Kiev.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("fr", "L'offre ukrainienne d'un échange de tous les prisonniers a reçu un « non » ferme de Moscou.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
    ("es", "La petición ucraniana de un alto el fuego aéreo obtuvo un tajante «no» del Kremlin.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("es", "Con un rotundo «no» contestó Kiev a la idea rusa de una zona tampón en el Donbás.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("tr", "Rusya'nın tampon bölge önerisi Kiev'de sert tepkiyle karşılandı.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
]

REACTION_IDIOMS_NOT = [
    # a positive reaction, or a 'no' that is not a party's, rejects nothing
    ("tr", "Rusya'nın tampon bölge önerisi Kiev'de olumlu tepkiyle karşılandı.", "territory", "UA"),
    ("es", "La propuesta rusa de una zona tampón no recibió respuesta de Kiev.", "territory", "UA"),
    ("fr", "La proposition russe d'une zone tampon n'a pas reçu de réponse de Kiev.", "territory", "UA"),
]


@pytest.mark.parametrize("lang,text,category,expected", REACTION_IDIOMS, ids=ids(REACTION_IDIOMS))
def test_a_partys_no_or_harsh_reaction_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", REACTION_IDIOMS_NOT, ids=ids(REACTION_IDIOMS_NOT))
def test_no_reaction_idiom_no_rejection(classifier, lang, text, category, code):
    assert (code, "reject") not in given(classifier, text, lang, category)


# --- r28B: the agent of a participle that promotes or champions the proposal reacted to holds its demand ("promovida por varios gobiernos europeos") ---

PROMOTED_BY = [
    ("en", "The Kremlin dismissed the idea of a no-fly zone over western Ukraine, championed by several European capitals.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Mosca ha bocciato l'idea di una zona di interdizione al volo, promossa da diversi governi europei.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Moscou a rejeté l'idée d'une zone d'exclusion aérienne, promue par plusieurs gouvernements européens.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Moscú rechazó la idea de una fuerza de paz en Ucrania, impulsada por varios gobiernos europeos.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
]

PROMOTED_BY_NOT = [
    # an idea of a European force is no idea of Europe's: the adjective is in its content
    ("es", "El Kremlin rechazó la idea de una fuerza europea de paz y exigió la neutralidad de Ucrania.", "neutrality", "EU"),
    ("en", "The Kremlin rejected the idea of a European peacekeeping force and demanded Ukraine's neutrality.", "neutrality",
     "EU"),
]


@pytest.mark.parametrize("lang,text,category,expected", PROMOTED_BY, ids=ids(PROMOTED_BY))
def test_the_agent_promoting_a_proposal_demands_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", PROMOTED_BY_NOT, ids=ids(PROMOTED_BY_NOT))
def test_an_adjective_in_the_ideas_content_owns_nothing(classifier, lang, text, category, code):
    assert code not in {h for h, _ in given(classifier, text, lang, category)}


# --- r28B: the agent of a participle that plans, wants or accepts the measure reacted to ("die von Paris und London geplante Stationierung", "dem von Kiew bereits akzeptierten Waffenstillstand") ---

AGENT_OF_PARTICIPLE = [
    ("en", "The buffer zone envisaged by Washington was dismissed in Kyiv as a reward for aggression.", "territory",
     [("UA", "reject"), ("US", "demand")]),
    ("it", "La forza di rassicurazione voluta da Parigi e Londra è stata bocciata a Mosca.", "neutrality",
     [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Le contingent européen envisagé par Paris et Londres a été rejeté à Moscou.", "neutrality",
     [("EU", "demand"), ("RU", "reject")]),
    ("de", "Die von Washington angestrebte Pufferzone wurde in Kiew abgelehnt.", "territory",
     [("UA", "reject"), ("US", "demand")]),
    ("de", "Washington forderte Moskau auf, der von Kiew bereits akzeptierten Waffenruhe zuzustimmen.", "ceasefire",
     [("UA", "agree"), ("US", "demand")]),
    ("de", "Lawrow lehnte den von Kiew bereits unterstützten Waffenstillstand ab.", "ceasefire",
     [("RU", "reject"), ("UA", "agree")]),
    ("es", "La zona desmilitarizada prevista por Washington fue rechazada en Kiev.", "territory",
     [("UA", "reject"), ("US", "demand")]),
]

AGENT_OF_PARTICIPLE_NOT = [
    # a planned measure with no agent is nobody's demand; a plan made in a place is no demand of the place
    ("de", "Die geplante Stationierung europäischer Truppen wurde in Moskau zurückgewiesen.", "neutrality", "EU"),
    ("en", "The deployment planned for next spring was rejected in Moscow.", "neutrality", "EU"),
]


@pytest.mark.parametrize("lang,text,category,expected", AGENT_OF_PARTICIPLE, ids=ids(AGENT_OF_PARTICIPLE))
def test_the_agent_of_a_planning_or_accepting_participle(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", AGENT_OF_PARTICIPLE_NOT, ids=ids(AGENT_OF_PARTICIPLE_NOT))
def test_a_planned_measure_with_no_agent_is_nobodys_demand(classifier, lang, text, category, code):
    assert code not in {h for h, _ in given(classifier, text, lang, category)}


# --- r28B: the owner of the decision or project reacted to demands it ("commentando il progetto franco-britannico", "комментируя решение «коалиции желающих»", "celebró la decisión del Consejo Europeo de") ---

OWNED_DECISION = [
    ("en", "Kyiv welcomed the decision of the European Council to keep the Russian central bank's assets frozen.",
     "reparations", [("EU", "demand"), ("UA", "agree")]),
    ("it", "Mosca non accetterà truppe straniere, ha detto Lavrov, commentando il progetto anglo-francese di una forza di pace.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Moscou a rejeté la décision de l'Union européenne d'utiliser les avoirs russes gelés pour l'Ukraine.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Moskau kritisierte den Beschluss der EU, die Erträge aus russischen Vermögen für die Ukraine zu verwenden.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Kiev celebró la decisión de la Unión Europea de mantener congelados los activos rusos.", "reparations",
     [("EU", "demand"), ("UA", "agree")]),
    ("ru", "Кремль отверг решение «Большой семерки» использовать замороженные российские активы для Украины.",
     "reparations", [("OTHER", "demand"), ("RU", "reject")]),
    ("pl", "Kreml odrzucił decyzję Unii Europejskiej o wykorzystaniu zamrożonych rosyjskich aktywów na rzecz Ukrainy.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
]

OWNED_DECISION_NOT = [
    # a decision that governs a stanced verb keeps that verb's stance; a settlement of a question is no party's decision
    ("en", "Kyiv welcomed Washington's decision to back a moratorium on strikes against power plants.", "ceasefire",
     [("UA", "agree"), ("US", "agree")]),
    ("ru", "Песков заявил, что Москва добивается решения конфликта, но не согласится на перемирие.", "ceasefire",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OWNED_DECISION, ids=ids(OWNED_DECISION))
def test_the_owner_of_a_decision_reacted_to_demands_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", OWNED_DECISION_NOT, ids=ids(OWNED_DECISION_NOT))
def test_a_decision_to_act_or_a_solution_keeps_its_own_reading(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected
