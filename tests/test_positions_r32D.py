"""Round 32 D: the agents of a participle that tables a position (alone or coordinated) demand it, whatever the main verb."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r32D: every agent coordinated after a tabling participle tables the position ---

COORDINATED_AGENTS = [
    ("en", "The Kremlin dismissed the truce plan championed by Ankara and the Red Cross.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("fr", "Le Kremlin a écarté la trêve défendue par la Turquie et le Vatican.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("fr", "Le Kremlin a écarté l'idée, défendue par Ankara et le Vatican, d'une trêve aérienne.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("it", "Il Cremlino ha respinto lo scambio di prigionieri presentato dalla Turchia e dal Vaticano.", "prisoners",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    # a word or two between the participle and its agent marker
    ("it", "Il Cremlino ha respinto la liberazione dei civili, chiesta ripetutamente dalla Turchia e dalla Croce Rossa.",
     "prisoners", [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("es", "El Kremlin descartó el canje de prisioneros presentado por Turquía y el Vaticano.", "prisoners",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("pl", "Kreml odrzucił plan rozejmu przedstawiony przez Turcję i Watykan.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("de", "Der Kreml wies die von der Ukraine und dem Roten Kreuz übergebene Liste ziviler Gefangener zurück.",
     "prisoners", [("OTHER", "demand"), ("RU", "reject"), ("UA", "demand")]),
    ("ru", "Кремль отклонил проект перемирия, внесенный Турцией и Ватиканом.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("uk", "Кремль відхилив проєкт перемир'я, внесений Туреччиною і Ватиканом.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("tr", "Kremlin, Türkiye ve Vatikan tarafından önerilen ateşkes planını reddetti.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COORDINATED_AGENTS, ids=ids(COORDINATED_AGENTS))
def test_r32d_each_coordinated_agent_tables_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r32D: the agent of a list or a plan handed over tables it; the main verb's subject keeps its own stance ---

HANDED_OVER = [
    ("fr", "Le Kremlin a écarté la liste de civils détenus remise par l'Ukraine.", "prisoners"),
    ("it", "Il Cremlino ha respinto l'elenco di civili detenuti consegnato da Kiev.", "prisoners"),
    ("es", "El Kremlin rechazó la lista de civiles detenidos entregada por Ucrania.", "prisoners"),
    ("pl", "Kreml odrzucił listę cywilów przekazaną przez Ukrainę.", "prisoners"),
    ("de", "Der Kreml wies die von der Ukraine übergebene Liste ziviler Gefangener zurück.", "prisoners"),
    ("ru", "Кремль отклонил список гражданских заложников, переданный Украиной.", "prisoners"),
    ("uk", "Кремль відхилив список цивільних заручників, переданий Україною.", "prisoners"),
    ("tr", "Kremlin, Ukrayna tarafından sunulan sivil tutuklu listesini reddetti.", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", HANDED_OVER, ids=ids(HANDED_OVER))
def test_r32d_the_agent_of_a_handed_over_list_demands_it(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "reject"), ("UA", "demand")]


# --- r32D: near misses: a name outside the agent list, a recipient, bodies handed over, no agent at all ---

NOT_TABLED = [
    # the name after the comma opens the main clause, no third agent
    ("fr", "Le projet de trêve présenté par l'Ukraine, le Kremlin l'a écarté.", "ceasefire", ("RU", "demand")),
    ("es", "El plan de tregua entregado por Ucrania, el Kremlin lo rechazó.", "ceasefire", ("RU", "demand")),
    # the recipient of a list handed over tables nothing
    ("fr", "La liste de civils remise à l'Ukraine a été rejetée par le Kremlin.", "prisoners", ("UA", "demand")),
    ("it", "La lista di civili consegnata all'Ucraina è stata respinta dal Cremlino.", "prisoners", ("UA", "demand")),
    ("es", "La lista de civiles entregada a Ucrania fue rechazada por el Kremlin.", "prisoners", ("UA", "demand")),
    ("pl", "Lista cywilów przekazana Ukrainie została odrzucona przez Kreml.", "prisoners", ("UA", "demand")),
    # bodies handed over are no proposal of the sender
    ("ru", "Украина приняла тела военных, переданные Россией.", "prisoners", ("RU", "demand")),
    ("uk", "Україна прийняла тіла військових, передані Росією.", "prisoners", ("RU", "demand")),
    # a participle with no agent: the subject's own rejection only
    ("de", "Die Ukraine lehnte die übergebene Liste der Zivilgefangenen ab.", "prisoners", ("UA", "demand")),
    # the agent of a rejecting passive rejects
    ("tr", "Sivil tutuklu listesi Kremlin tarafından reddedildi.", "prisoners", ("RU", "demand")),
]


@pytest.mark.parametrize("lang,text,category,wrong", NOT_TABLED, ids=ids(NOT_TABLED))
def test_r32d_no_tabling_outside_the_agent_list(classifier, lang, text, category, wrong):
    assert wrong not in given(classifier, text, lang, category)
