"""Round 33 C: a question states the positions of its relative and agent clauses, and refusing to give up a demand keeps it."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r33C: a question gives the asked party no position, but the party of a clause it states keeps its own ---

STATED_IN_QUESTIONS = [
    ("en", "Will Kyiv accept the prisoner swap that Ankara proposed last week?", "prisoners", [("TR", "demand")]),
    ("en", "Will Kyiv accept the prisoner swap proposed by Ankara?", "prisoners", [("TR", "demand")]),
    ("en", "Will Kyiv and Moscow agree on the truce that Washington proposed?", "ceasefire", [("US", "demand")]),
    ("it", "Accetterà Kiev lo scambio di prigionieri proposto da Ankara?", "prisoners", [("TR", "demand")]),
    ("it", "Accetterà Kiev lo scambio di prigionieri che Ankara ha proposto?", "prisoners", [("TR", "demand")]),
    ("fr", "Kiev acceptera-t-elle l'échange de prisonniers que propose Ankara ?", "prisoners", [("TR", "demand")]),
    ("fr", "Kiev acceptera-t-elle l'échange de prisonniers proposé par Ankara ?", "prisoners", [("TR", "demand")]),
    ("de", "Wird Moskau dem Gefangenenaustausch zustimmen, den Ankara vorgeschlagen hat?", "prisoners", [("TR", "demand")]),
    ("es", "¿Aceptará Kiev el canje de prisioneros que propuso Ankara?", "prisoners", [("TR", "demand")]),
    ("es", "¿Rechazará Kiev la tregua que exige Moscú?", "ceasefire", [("RU", "demand")]),
    ("ru", "Согласится ли Киев на обмен пленными, который предложила Анкара?", "prisoners", [("TR", "demand")]),
    ("ru", "Согласится ли Киев на обмен пленными, предложенный Анкарой?", "prisoners", [("TR", "demand")]),
    ("uk", "Чи погодиться Київ на обмін полоненими, який запропонувала Анкара?", "prisoners", [("TR", "demand")]),
    ("uk", "Чи погодиться Київ на обмін полоненими, запропонований Анкарою?", "prisoners", [("TR", "demand")]),
    ("pl", "Czy Kijów zgodzi się na wymianę jeńców, którą zaproponowała Ankara?", "prisoners", [("TR", "demand")]),
    ("pl", "Czy Kijów zgodzi się na wymianę jeńców zaproponowaną przez Ankarę?", "prisoners", [("TR", "demand")]),
    # Turkish asks with a particle after the verb: the asked verb is the last, the stated clause stands before it
    ("tr", "Kiev, Ankara'nın önerdiği esir takasını kabul edecek mi?", "prisoners", [("TR", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", STATED_IN_QUESTIONS, ids=ids(STATED_IN_QUESTIONS))
def test_r33c_a_question_states_the_position_of_its_clause(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


ASKED_ONLY = [
    # the asked party alone, or a second question coordinated with the first: no position of anyone
    ("en", "Will Kyiv accept the prisoner swap?", "prisoners"),
    ("en", "Will Moscow accept the truce, or will Russia reject it once more?", "ceasefire"),
    ("it", "Accetterà Kiev lo scambio di prigionieri?", "prisoners"),
    ("fr", "Kiev acceptera-t-elle l'échange de prisonniers ?", "prisoners"),
    ("de", "Wird Moskau dem Gefangenenaustausch zustimmen?", "prisoners"),
    ("es", "¿Aceptará Kiev el canje de prisioneros?", "prisoners"),
    ("ru", "Согласится ли Киев на обмен пленными?", "prisoners"),
    ("uk", "Чи погодиться Київ на обмін полоненими?", "prisoners"),
    ("pl", "Czy Kijów zgodzi się na wymianę jeńców?", "prisoners"),
    ("tr", "Kiev esir takasını kabul edecek mi?", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", ASKED_ONLY, ids=ids(ASKED_ONLY))
def test_r33c_the_asked_party_takes_no_position(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == []


@pytest.mark.parametrize("lang,text,category,expected", [
    # the asked party stays out beside the stated clause's party
    ("en", "Moscow said it would accept the truce that Washington proposed, but will Kyiv agree?", "ceasefire",
     [("US", "demand")]),
    ("de", "Wird Kiew der Waffenruhe zustimmen, die Paris vorschlägt, oder wird Moskau sie ablehnen?", "ceasefire",
     [("EU", "demand")]),
    ("it", "Mosca accetterà la tregua che Parigi ha proposto, o la respingerà di nuovo?", "ceasefire", [("EU", "demand")]),
])
def test_r33c_no_asked_party_beside_a_stated_clause(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33C: refusing to give up one's own demand keeps it (pl 'nie zrezygnuje z', es 'no renunciará a su exigencia') ---

KEPT_DEMANDS = [
    ("pl", "Kreml nie zrezygnuje z żądania neutralności Ukrainy, powiedział Ławrow.", "neutrality", "RU"),
    ("pl", "Kijów nie zrezygnuje z roszczeń o odszkodowania wojenne, oświadczył Szmyhal.", "reparations", "UA"),
    ("pl", "Rosja nie odstąpi od żądania, by Ukraina przerwała mobilizację przed rozejmem, powiedział Pieskow.",
     "ceasefire", "RU"),
    ("es", "Kiev no renunciará a su exigencia de reparaciones, dijo Shmyhal.", "reparations", "UA"),
    ("es", "Moscú no renunciará a sus condiciones para una tregua, afirmó Lavrov.", "ceasefire", "RU"),
    ("en", "Kyiv will not give up its demand for reparations, Shmyhal said.", "reparations", "UA"),
    ("it", "Kiev non rinuncerà alla richiesta di riparazioni, ha detto Shmyhal.", "reparations", "UA"),
    ("fr", "Kiev ne renoncera pas à sa demande de réparations, a déclaré Chmyhal.", "reparations", "UA"),
    ("de", "Kiew werde auf seine Forderung nach Reparationen nicht verzichten, sagte Schmyhal.", "reparations", "UA"),
    ("ru", "Киев не откажется от требования репараций, заявил Шмыгаль.", "reparations", "UA"),
    ("uk", "Київ не відмовиться від вимоги репарацій, заявив Шмигаль.", "reparations", "UA"),
    ("tr", "Şmıhal, Kiev'in tazminat talebinden vazgeçmeyeceğini söyledi.", "reparations", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", KEPT_DEMANDS, ids=ids(KEPT_DEMANDS))
def test_r33c_refusing_to_give_up_a_demand_keeps_it(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "demand")]


GIVEN_UP = [
    # giving up a step the other side asks for (no negation, no demand noun) is that step, no refusal of it
    ("pl", "Kijów mógłby zrezygnować z ambicji wejścia do NATO w zamian za gwarancje, zasugerował Sybiha.", "neutrality",
     [("UA", "demand")]),
    ("pl", "Ławrow powiedział, że rezygnacja Kijowa z członkostwa w NATO pozostaje warunkiem rozmów.", "neutrality",
     [("RU", "demand")]),
    # another party's demand, turned down, beside assets not given up: no demand of the one who refuses
    ("es", "Moscú rechaza la exigencia ucraniana de reparaciones y no renunciará a los activos congelados.", "reparations",
     [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", GIVEN_UP, ids=ids(GIVEN_UP))
def test_r33c_a_demand_given_up_is_no_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33C: a negation inside the object of a demand ('guarantees that Kyiv never hosts troops') rejects nothing ---

@pytest.mark.parametrize("lang,text,category,expected", [
    ("en", "Moscow will insist on written guarantees that Kyiv never hosts foreign troops, Lavrov said.", "neutrality",
     [("RU", "demand")]),
    ("en", "Lavrov said Moscow would demand firm assurances that Ukraine never joins NATO.", "neutrality",
     [("RU", "demand")]),
    # near misses: 'never' before another verb, or before an acceptance, still refuses
    ("en", "Zelensky said Kyiv never cedes land under pressure and would not do so now.", "territory", [("UA", "reject")]),
    ("en", "Zelensky said Ukraine would never accept neutrality.", "neutrality", [("UA", "reject")]),
])
def test_r33c_a_negation_inside_a_demands_object(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected
