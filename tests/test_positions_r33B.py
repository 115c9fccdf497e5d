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
