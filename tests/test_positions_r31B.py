"""Round 31 B: relayed and reported positions: only the party whose position is relayed holds it, not its messenger or reporter."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r31B: a cited source that opens a reported clause leaves its subject the holder ---

SOURCED_CLAUSES = [
    ("en", "Zelensky said that, according to a Turkish diplomat, Moscow had agreed to return 300 children.",
     "prisoners", [("RU", "agree")]),
    ("en", "Trump said that according to Erdogan Russia wants a maritime truce.", "ceasefire", [("RU", "demand")]),
    ("it", "Zelensky ha detto che, secondo un diplomatico turco, Mosca ha accettato di restituire 300 bambini.",
     "prisoners", [("RU", "agree")]),
    ("fr", "Zelensky a expliqué que, selon un diplomate turc, le Kremlin a rejeté une trêve maritime.",
     "ceasefire", [("RU", "reject")]),
    ("de", "Selenskyj erklärte, dass laut einem türkischen Diplomaten Moskau zugestimmt habe, 300 Kinder zurückzugeben.",
     "prisoners", [("RU", "agree")]),
    ("es", "Zelenski explicó que, según un diplomático turco, el Kremlin rechazó una tregua marítima.",
     "ceasefire", [("RU", "reject")]),
    ("ru", "Зеленский рассказал, что, по данным турецкого дипломата, Москва согласилась вернуть 300 детей.",
     "prisoners", [("RU", "agree")]),
    ("ru", "Трамп заявил, что, по словам Эрдогана, Россия хочет морского перемирия.", "ceasefire", [("RU", "demand")]),
    ("uk", "Зеленський розповів, що, за словами турецького дипломата, Кремль відкинув морське перемир'я.",
     "ceasefire", [("RU", "reject")]),
    ("pl", "Zełenski przekazał, że według tureckiego dyplomaty Moskwa zgodziła się oddać 300 dzieci.",
     "prisoners", [("RU", "agree")]),
    ("tr", "Zelenski, Türk bir diplomata göre Kremlin'in deniz ateşkesini reddettiğini söyledi.",
     "ceasefire", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SOURCED_CLAUSES, ids=ids(SOURCED_CLAUSES))
def test_r31b_a_sourced_clause_is_its_subjects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


SOURCED_NEAR_MISSES = [
    # no party opens the clause after the source: the reporter's own demand stays
    ("en", "Zelensky said that, according to a Turkish diplomat, the exchange must include 300 children.",
     "prisoners", [("UA", "demand")]),
    # a source at the front of a sentence with no subject of its own after it judges for itself
    ("en", "According to Erdogan, a maritime truce is unacceptable.", "ceasefire", [("TR", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SOURCED_NEAR_MISSES, ids=ids(SOURCED_NEAR_MISSES))
def test_r31b_no_party_after_the_source_relays_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31B: a message relayed inside a reported clause with no complementizer (en, de) ---

BARE_RELAYED = [
    ("en", "Kellogg said that Lavrov had told him Moscow would reject any maritime truce.", "ceasefire",
     [("RU", "reject")]),
    ("en", "Rubio said on Monday that Erdogan had assured him Moscow wants a maritime truce.", "ceasefire",
     [("RU", "demand")]),
    ("en", "Starmer said that Zelensky told Macron Kyiv would accept an energy truce.", "ceasefire", [("UA", "agree")]),
    ("de", "Scholz sagte, dass Erdogan ihm versichert habe, Moskau lehne jede Feuerpause auf See ab.", "ceasefire",
     [("RU", "reject")]),
    ("de", "Rubio berichtete, dass Lawrow ihm gesagt habe, Russland werde eine Feuerpause auf See akzeptieren.",
     "ceasefire", [("RU", "agree")]),
    # pl needs its complementizer; the perfective future 'zaakceptuje' is an acceptance of the relayed party
    ("pl", "Rubio powiedział, że Ławrow zapewnił go, iż Rosja zaakceptuje rozejm na morzu.", "ceasefire", [("RU", "agree")]),
    ("pl", "Rosja nie zaakceptuje rozejmu na morzu.", "ceasefire", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", BARE_RELAYED, ids=ids(BARE_RELAYED))
def test_r31b_a_bare_relayed_clause_is_its_subjects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


BARE_NEAR_MISSES = [
    # the reporting verb is no relay inside another's clause: the names after it are its addressee and content
    ("en", "Kellogg told Lavrov that Washington wants a maritime truce.", "ceasefire", [("US", "demand")]),
    # the name right after the relaying verb is its listener, who holds nothing; the clause after it is the reporter's own
    ("en", "Kellogg said that he had told Lavrov Washington wants a maritime truce.", "ceasefire", [("US", "demand")]),
    # a relayed message with its complementizer still speaks for the relayed party (no `bare_reported_clauses` needed)
    ("it", "Rubio ha detto che Lavrov gli aveva assicurato che Mosca respinge la tregua marittima.", "ceasefire",
     [("RU", "reject")]),
    ("de", "Scholz sagte, Erdogan habe ihm versichert, Moskau lehne jede Feuerpause auf See ab.", "ceasefire",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", BARE_NEAR_MISSES, ids=ids(BARE_NEAR_MISSES))
def test_r31b_no_bare_relay_outside_a_reported_clause(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31B: the listener in a call or meeting with a first-named party holds nothing ---

LISTENERS = [
    ("en", "Lavrov in a meeting with Marco Rubio stressed that a maritime truce remains a condition for Moscow."),
    ("it", "Lavrov in un incontro con Marco Rubio ha ribadito che una tregua marittima resta una condizione di Mosca."),
    ("fr", "Lavrov, lors d'une rencontre avec Marco Rubio, a souligné qu'une trêve maritime reste une condition de Moscou."),
    ("de", "Lawrow betonte bei einem Treffen mit Marco Rubio, eine Waffenruhe auf See bleibe eine Bedingung Moskaus."),
    ("es", "Lavrov, en una reunión con Marco Rubio, subrayó que una tregua marítima sigue siendo una condición de Moscú."),
    ("ru", "Лавров на встрече с Марко Рубио подчеркнул, что морское перемирие остается условием Москвы."),
    ("uk", "Лавров на зустрічі з Марко Рубіо наголосив, що морське перемир'я залишається умовою Москви."),
    ("pl", "Ławrow w rozmowie z Markiem Rubio podkreślił, że rozejm na morzu pozostaje warunkiem Moskwy."),
]


@pytest.mark.parametrize("lang,text", LISTENERS, ids=ids(LISTENERS))
def test_r31b_the_listener_of_a_call_holds_nothing(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "demand")]


SPEAKERS_WITH_FIRST_NAMES = [
    # a first-named subject after no preposition of company still speaks
    ("en", "On Tuesday Marco Rubio demanded a maritime truce.", [("US", "demand")]),
    ("ru", "Во вторник Марко Рубио потребовал морского перемирия.", [("US", "demand")]),
    # the subject after an opening phrase of company holds, the one it spoke with does not
    ("en", "In a call with Keir Starmer, Zelensky called for a maritime truce.", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", SPEAKERS_WITH_FIRST_NAMES, ids=ids(SPEAKERS_WITH_FIRST_NAMES))
def test_r31b_a_first_named_subject_still_speaks(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected
