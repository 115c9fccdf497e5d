"""Round 31 D: groups of states hold their position: a coordinated subject after a place, the leaders of a list of states, a deadline they give, a proposal they defend or hold on to."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r31D: a place governed by a preposition right before a coordinated subject ("Al vertice di Berlino Italia e
# Polonia ...") ends there: the pair after it is the subject, not the place's apposition. (Turkish puts the place in a
# compound with a case ending, "Berlin zirvesinde", so two bare names never stand side by side there.) ---

PLACE_BEFORE_GROUP = [
    ("en", "At a meeting in Paris France and Germany called for peacekeepers in Ukraine, but Moscow rejected any foreign troops.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Al vertice di Berlino Italia e Polonia hanno chiesto l'invio di una forza di pace in Ucraina, ma Mosca ha respinto l'idea.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Au sommet de Berlin France et Italie ont proposé l'envoi d'une force de paix en Ukraine, mais Moscou a rejeté l'idée.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Beim Gipfel in Berlin Frankreich und Polen forderten eine Friedenstruppe in der Ukraine, doch Moskau lehnte das ab.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("es", "En la cumbre de Roma Francia y Alemania propusieron el envío de una fuerza de paz a Ucrania, pero Moscú rechazó la idea.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "На саммите в Берлине Франция и Италия предложили направить на Украину миротворцев, но Москва отвергла эту идею.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "На саміті в Берліні Франція та Італія запропонували направити в Україну миротворців, але Москва відкинула цю ідею.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Na szczycie w Berlinie Francja i Włochy zaproponowały wysłanie na Ukrainę sił pokojowych, ale Moskwa odrzuciła ten pomysł.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PLACE_BEFORE_GROUP, ids=ids(PLACE_BEFORE_GROUP))
def test_r31d_a_group_after_a_place_is_the_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# the place itself holds nothing: only the party after it does
PLACE_ONLY = [
    ("en", "At the talks in London Kyiv called for a truce, but Moscow rejected the proposal.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("it", "Al vertice di Londra Kiev ha chiesto una tregua, ma Mosca ha respinto la proposta.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("fr", "Au sommet de Londres Kiev a demandé une trêve, mais Moscou a rejeté la proposition.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("de", "Beim Treffen in London Kiew forderte eine Waffenruhe, doch Moskau lehnte den Vorschlag ab.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("es", "En la cumbre de Londres Kiev pidió una tregua, pero Moscú rechazó la propuesta.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("ru", "На встрече в Лондоне Киев призвал к перемирию, но Москва отвергла это предложение.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("uk", "На зустрічі в Лондоні Київ закликав до перемир'я, але Москва відкинула цю пропозицію.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("pl", "Na spotkaniu w Londynie Kijów wezwał do rozejmu, ale Moskwa odrzuciła tę propozycję.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PLACE_ONLY, ids=ids(PLACE_ONLY))
def test_r31d_a_place_before_a_subject_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31D: the leaders of a list of states hold for the states, with the genitive marker repeated on each name
# ("les dirigeants de l'Espagne et de la Pologne") or the German "von", an agent marker too, after a party noun
# ("Die Regierungschefs von Spanien ... forderten": the leaders' own verb, no participle's agent) ---

LEADERS_OF_STATES = [
    ("en", "The leaders of Italy and of Spain demanded a full truce, but the Kremlin rejected the demand.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("it", "I leader di Spagna, Italia e Polonia hanno chiesto una tregua completa, ma il Cremlino ha respinto la richiesta.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Les dirigeants de l'Espagne et de la Pologne ont exigé une trêve complète, mais le Kremlin a rejeté cette exigence.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Les dirigeants de l'Espagne, de l'Italie et de la Pologne ont exigé une trêve complète, mais le Kremlin a rejeté cette exigence.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Die Regierungschefs von Spanien und Polen forderten eine vollständige Waffenruhe, doch der Kreml lehnte die Forderung ab.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Die Staats- und Regierungschefs von Spanien, Italien und Polen forderten eine vollständige Waffenruhe, doch der Kreml lehnte die Forderung ab.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Los líderes de Italia y de Polonia exigieron una tregua completa, pero el Kremlin rechazó la exigencia.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Лидеры Италии, Испании и Польши потребовали полного перемирия, однако Кремль отверг это требование.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Лідери Італії, Іспанії та Польщі вимагали повного перемир'я, однак Кремль відкинув цю вимогу.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Przywódcy Włoch, Hiszpanii i Polski zażądali pełnego rozejmu, ale Kreml odrzucił to żądanie.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", LEADERS_OF_STATES, ids=ids(LEADERS_OF_STATES))
def test_r31d_the_leaders_of_a_list_of_states_hold(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: the leaders only addressed hold nothing; the agent of a participle stays the agent
LEADERS_NOT_HOLDING = [
    ("fr", "Kiev a exhorté les dirigeants de l'Espagne et de l'Italie à soutenir une trêve.", "ceasefire", [("UA", "demand")]),
    ("es", "Kiev instó a los líderes de Italia y de Polonia a apoyar una tregua.", "ceasefire", [("UA", "demand")]),
    ("de", "Moskau lehnte die vom Präsidenten von Frankreich geforderte Waffenruhe ab.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Eine von Frankreich geforderte Waffenruhe lehnte Moskau ab.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", LEADERS_NOT_HOLDING, ids=ids(LEADERS_NOT_HOLDING))
def test_r31d_leaders_addressed_or_agents_keep_their_role(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31D: a deadline given to another party to take a step ("gave Moscow until Friday to agree to a truce") is an
# ultimatum: its givers demand the step; the one given the deadline holds nothing by it ---

DEADLINES = [
    ("en", "The leaders of Italy and Spain gave Moscow until Friday to agree to a full truce, a deadline the Kremlin brushed aside.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("en", "Britain and France gave the Kremlin until Sunday to accept a truce, but Moscow rejected the demand.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("it", "I leader di Spagna e Polonia hanno dato a Mosca tempo fino a venerdì per accettare una tregua completa, ma il Cremlino ha respinto la richiesta.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "L'Espagne et la Pologne ont donné à Moscou jusqu'à vendredi pour accepter une trêve complète, mais le Kremlin a rejeté cette exigence.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Les dirigeants de l'Espagne et de la Pologne ont donné à Moscou jusqu'à vendredi pour accepter une trêve complète, mais le Kremlin a rejeté cette exigence.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Spanien und Polen gaben Moskau bis Freitag Zeit, einer vollständigen Waffenruhe zuzustimmen, doch der Kreml lehnte die Forderung ab.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Italia y Polonia dieron a Moscú hasta el viernes para aceptar una tregua completa, pero el Kremlin rechazó la exigencia.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Италия и Польша дали Москве время до пятницы, чтобы согласиться на полное перемирие, однако Кремль отверг это требование.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Італія та Польща дали Москві час до п'ятниці, щоб погодитися на повне перемир'я, однак Кремль відкинув цю вимогу.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Włochy i Hiszpania dały Moskwie czas do piątku na zgodę na pełny rozejm, ale Kreml odrzucił to żądanie.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "İtalya ve İspanya, Moskova'ya tam ateşkesi kabul etmesi için cumaya kadar süre verdi.", "ceasefire", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DEADLINES, ids=ids(DEADLINES))
def test_r31d_a_deadline_given_is_a_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: a time limit on the measure itself, or no step asked for, is no ultimatum
NO_DEADLINE = [
    ("en", "Moscow gave no sign until Friday that it would accept a truce.", "ceasefire", [("RU", "agree")]),
    ("it", "Mosca ha accettato una tregua fino a venerdì per permettere gli scambi.", "ceasefire", [("RU", "agree")]),
    ("de", "Russland stimmte einer Waffenruhe bis Freitag zu.", "ceasefire", [("RU", "agree")]),
    ("ru", "Москва согласилась на перемирие до пятницы.", "ceasefire", [("RU", "agree")]),
    ("pl", "Moskwa zgodziła się na rozejm do piątku.", "ceasefire", [("RU", "agree")]),
    ("tr", "Rusya, cumaya kadar sürecek bir ateşkesi kabul etti.", "ceasefire", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NO_DEADLINE, ids=ids(NO_DEADLINE))
def test_r31d_a_time_limit_is_no_deadline(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31D: defending a proposal advocates it, also before an audience ("defendieron ante la OTAN el envío de ...");
# holding on to a proposal or a coalition insists on it ("halten an ihrem Plan fest"): both demand it. (Turkish has
# 'savunmak' and 'vazgeçmemek' among its cues already.) ---

DEFENDED_OR_HELD = [
    ("es", "Roma y Varsovia defendieron ante la OTAN el envío de una misión de paz a Ucrania, una idea que el Kremlin rechazó.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Spagna e Polonia hanno difeso davanti agli alleati l'invio di una missione di pace in Ucraina, un'idea che il Cremlino ha respinto.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "L'Espagne et la Pologne ont défendu devant les alliés l'envoi d'une mission de paix en Ukraine, une idée que le Kremlin a rejetée.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Spanien und Polen verteidigten vor den Verbündeten die Entsendung einer Friedensmission in die Ukraine, doch der Kreml lehnte das ab.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Испания и Польша отстаивали перед союзниками идею миротворческой миссии на Украине, однако Кремль отверг ее.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Іспанія та Польща обстоювали перед союзниками ідею миротворчої місії в Україні, однак Кремль її відкинув.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Hiszpania i Włochy broniły przed sojusznikami pomysłu misji pokojowej na Ukrainie, ale Kreml go odrzucił.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("en", "Spain and Italy held on to their plan for a peacekeeping mission, although Moscow rejected any Western troops.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Spanien und Italien halten an ihrem Plan einer Friedensmission fest, obwohl Moskau jede westliche Truppe ablehnt.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Spagna e Polonia restano fedeli al loro piano di una missione di pace, ma Mosca ha respinto qualsiasi truppa occidentale.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "L'Espagne et l'Italie s'accrochent à leur plan de mission de paix, bien que Moscou ait rejeté toute présence de troupes occidentales.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Italia y Polonia se aferran a su plan de una misión de paz, aunque Moscú rechazó cualquier presencia de tropas occidentales.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Испания и Италия держатся за свой план миротворческой миссии, хотя Москва отвергла любое присутствие западных войск.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Іспанія та Італія тримаються за свій план миротворчої місії, хоча Москва відкинула будь-яку присутність західних військ.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Hiszpania i Włochy trzymają się swojego planu misji pokojowej, choć Moskwa odrzuciła obecność zachodnich wojsk.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DEFENDED_OR_HELD, ids=ids(DEFENDED_OR_HELD))
def test_r31d_a_proposal_defended_or_held_on_to_is_demanded(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: defending a country or a border, holding on to a town or to allies, advocates no measure
NOT_DEFENDED = [
    ("it", "La Spagna ha difeso i propri confini, e il Cremlino ha respinto l'invio di una missione di pace.", "neutrality", [("RU", "reject")]),
    ("fr", "L'Espagne et la Pologne défendent l'Ukraine, mais le Kremlin a rejeté l'envoi d'une mission de paix.", "neutrality", [("RU", "reject")]),
    ("de", "Spanien und Polen verteidigen die Ukraine, doch der Kreml lehnte die Entsendung einer Friedensmission ab.", "neutrality", [("RU", "reject")]),
    ("ru", "Испания и Польша защищают Украину, однако Кремль отверг идею миротворческой миссии.", "neutrality", [("RU", "reject")]),
    ("pl", "Polska broni swojej granicy, a Kreml odrzucił pomysł misji pokojowej.", "neutrality", [("RU", "reject")]),
    ("en", "Spain held on to the border town, while Moscow rejected any Western troops.", "neutrality", [("RU", "reject")]),
    ("de", "Spanien hält an der Grenze Wache, während Moskau jede westliche Truppe ablehnt.", "neutrality", [("RU", "reject")]),
    ("ru", "Испания держится за союзников, а Москва отвергла присутствие западных войск.", "neutrality", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_DEFENDED, ids=ids(NOT_DEFENDED))
def test_r31d_defending_a_country_advocates_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31D: German 'mittragen' (to carry a measure along with the others) supports it, and 'nicht mittragen' refuses
# it, as 'would not support' does in the other languages, whose cues have it already ---

CARRIED_ALONG = [
    ("de", "Die slowakische Regierung hat signalisiert, dass sie eine europäische Friedenstruppe in der Ukraine nicht mittragen werde.", "neutrality", [("EU", "reject")]),
    ("de", "Österreich will eine europäische Friedenstruppe in der Ukraine mittragen, sagte der Kanzler.", "neutrality", [("EU", "agree")]),
    ("en", "The Slovak government signalled that it would not support a European peacekeeping force in Ukraine.", "neutrality", [("EU", "reject")]),
    ("it", "Il governo slovacco ha fatto sapere che non sosterrà una forza di pace europea in Ucraina.", "neutrality", [("EU", "reject")]),
    ("fr", "Le gouvernement slovaque a fait savoir qu'il ne soutiendrait pas une force de paix européenne en Ukraine.", "neutrality", [("EU", "reject")]),
    ("ru", "Правительство Словакии дало понять, что не поддержит европейские миротворческие силы на Украине.", "neutrality", [("EU", "reject")]),
    ("pl", "Rząd Słowacji dał do zrozumienia, że nie poprze europejskich sił pokojowych na Ukrainie.", "neutrality", [("EU", "reject")]),
    # near miss: carrying equipment is no position of anyone
    ("de", "Die Soldaten mussten ihre Ausrüstung in die Ukraine mittragen.", "neutrality", []),
]


@pytest.mark.parametrize("lang,text,category,expected", CARRIED_ALONG, ids=ids(CARRIED_ALONG))
def test_r31d_a_measure_not_carried_along_is_refused(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected
