"""Round 33 B: each part of a hyphenated adjective before or after a position noun owns the proposal ("a US-Ukrainian plan")."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling

# --- r33B: both parts of a hyphenated owner adjective hold the proposal, the main verb's subject its own stance ---

COMPOUND_OWNERS = [
    ("en", "The Kremlin turned down a US-Ukrainian offer to swap all prisoners of war.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("en", "The Kremlin dismissed a US-European plan for a truce.", "ceasefire",
     [("EU", "demand"), ("RU", "reject"), ("US", "demand")]),
    ("en", "Kyiv rejected the Russo-American plan for a truce.", "ceasefire",
     [("RU", "demand"), ("UA", "reject"), ("US", "demand")]),
    ("it", "Il Cremlino ha respinto l'offerta ucraino-americana di uno scambio di tutti i prigionieri.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("fr", "Le Kremlin a écarté l'offre américano-ukrainienne d'un échange de tous les prisonniers.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("fr", "Moscou a rejeté le plan ukraino-européen de trêve.", "ceasefire",
     [("EU", "demand"), ("RU", "reject"), ("UA", "demand")]),
    ("de", "Der Kreml wies das US-ukrainische Angebot eines Austauschs aller Gefangenen zurück.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("es", "El Kremlin descartó la oferta ucraniano-estadounidense de un canje de todos los prisioneros.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("ru", "Кремль отклонил украинско-американское предложение об обмене всех пленных.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("uk", "Кремль відкинув українсько-американську пропозицію обміну всіх полонених.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("pl", "Kreml odrzucił ukraińsko-amerykańską ofertę wymiany wszystkich jeńców.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("tr", "Kremlin, ABD-Ukrayna esir takası teklifini reddetti.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COMPOUND_OWNERS, ids=ids(COMPOUND_OWNERS))
def test_r33b_compound_owners_hold_the_proposal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33B: a hyphenated adjective on a noun that is no proposal (a border, routes) owns nothing ---

COMPOUND_NO_OWNER = [
    ("en", "Turkey called for a truce along the US-Ukrainian supply routes.", "ceasefire"),
    ("en", "Turkey called for a truce along the Russo-Ukrainian border.", "ceasefire"),
    ("it", "La Turchia ha chiesto una tregua lungo il confine russo-ucraino.", "ceasefire"),
    ("fr", "La Turquie a appelé à une trêve le long de la frontière russo-ukrainienne.", "ceasefire"),
    ("de", "Die Türkei forderte eine Waffenruhe an der russisch-ukrainischen Grenze.", "ceasefire"),
    ("es", "Turquía pidió una tregua en la frontera ruso-ucraniana.", "ceasefire"),
    ("ru", "Турция призвала к перемирию на российско-украинской границе.", "ceasefire"),
    ("uk", "Туреччина закликала до перемир'я на російсько-українському кордоні.", "ceasefire"),
    ("pl", "Turcja wezwała do rozejmu na granicy rosyjsko-ukraińskiej.", "ceasefire"),
    ("tr", "Türkiye, Rusya-Ukrayna sınırında ateşkes çağrısında bulundu.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", COMPOUND_NO_OWNER, ids=ids(COMPOUND_NO_OWNER))
def test_r33b_compound_on_a_plain_noun_owns_nothing(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("TR", "demand")]


# --- r33B: the name after a title that an agent marker governs tabled the proposal ("by the Orbán government") ---

TITLED_AGENTS = [
    ("en", "Kyiv rejected the prisoner swap put forward by the Orbán government.", "prisoners",
     [("EU", "demand"), ("UA", "reject")]),
    ("it", "Kiev ha respinto lo scambio di prigionieri, proposto dal governo Orbán, di cinquanta soldati.", "prisoners",
     [("EU", "demand"), ("UA", "reject")]),
    ("it", "Kiev ha respinto lo scambio di prigionieri, presentato dal presidente Erdoğan, di cinquanta soldati.",
     "prisoners", [("TR", "demand"), ("UA", "reject")]),
    ("fr", "Kiev a rejeté l'échange de prisonniers, présenté par le gouvernement Orbán, de cinquante soldats.", "prisoners",
     [("EU", "demand"), ("UA", "reject")]),
    ("es", "Kiev rechazó el canje de prisioneros, presentado por el Gobierno de Orbán, de cincuenta soldados.", "prisoners",
     [("EU", "demand"), ("UA", "reject")]),
    ("de", "Kiew lehnte den von Ankara vorgelegten Austausch von Gefangenen ab.", "prisoners",
     [("TR", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TITLED_AGENTS, ids=ids(TITLED_AGENTS))
def test_r33b_titled_agent_tabled_the_proposal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33B: a title and name that no agent marker governs (met with, talks with) hold nothing ---

TITLED_NOT_AGENTS = [
    ("en", "Kyiv rejected the prisoner swap after a meeting with the Orbán government.", "prisoners"),
    ("it", "Kiev ha respinto lo scambio di prigionieri dopo un colloquio con il governo Orbán.", "prisoners"),
    ("fr", "Kiev a rejeté l'échange de prisonniers après un entretien avec le gouvernement Orbán.", "prisoners"),
    ("es", "Kiev rechazó el canje de prisioneros tras una reunión con el Gobierno de Orbán.", "prisoners"),
    ("de", "Kiew lehnte den Austausch von Gefangenen nach einem Treffen mit der Regierung in Ankara ab.", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", TITLED_NOT_AGENTS, ids=ids(TITLED_NOT_AGENTS))
def test_r33b_title_without_agent_marker_holds_nothing(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("UA", "reject")]
