"""Round 29 C: speech two steps removed: whoever reports a telling, and whom it is told, holds nothing; the party told about holds."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r29C: a reporting verb's addressee before its complementizer does not hide the clause it reports ---

TOLD_ABOUT = [
    ("en", "A Turkish diplomat said the Ukrainian envoy had told his hosts in Ankara that Kyiv would accept a truce at sea.",
     "ceasefire", [("UA", "agree")]),
    ("en", "Romanian officials said the Kremlin's negotiator had assured Paris that Moscow would not accept a truce at sea.",
     "ceasefire", [("RU", "reject")]),
    ("it", "Fonti diplomatiche francesi hanno riferito che il negoziatore ucraino aveva assicurato ai mediatori sauditi "
     "che Kiev accetterebbe una tregua nel mar Nero.", "ceasefire", [("UA", "agree")]),
    ("fr", "Le ministère turc a indiqué que le négociateur ukrainien avait assuré aux médiateurs saoudiens que Kiev "
     "accepterait une trêve en mer Noire.", "ceasefire", [("UA", "agree")]),
    ("es", "Fuentes diplomáticas francesas informaron de que el negociador ucraniano había asegurado a los mediadores "
     "saudíes que Kiev aceptaría una tregua en el mar Negro.", "ceasefire", [("UA", "agree")]),
    ("de", "Französische Diplomaten berichteten, der ukrainische Unterhändler habe den saudischen Vermittlern versichert, "
     "dass Kiew eine Waffenruhe im Schwarzen Meer akzeptieren würde.", "ceasefire", [("UA", "agree")]),
    ("ru", "Французские дипломаты сообщили, что украинский переговорщик заверил саудовских посредников, что Киев "
     "согласится на перемирие в Черном море.", "ceasefire", [("UA", "agree")]),
    ("uk", "Французькі дипломати повідомили, що український переговорник запевнив саудівських посередників, що Київ "
     "погодиться на перемир'я в Чорному морі.", "ceasefire", [("UA", "agree")]),
    ("pl", "Francuscy dyplomaci poinformowali, że ukraiński negocjator zapewnił saudyjskich mediatorów, że Kijów zgodzi "
     "się na rozejm na Morzu Czarnym.", "ceasefire", [("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TOLD_ABOUT, ids=ids(TOLD_ABOUT))
def test_r29c_the_party_told_about_holds_not_the_reporters(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: with no party named in the clause, whom the reporting verb tells is not its subject; the teller holds
TOLD_TO = [
    ("en", "The Kremlin told Washington that it would not accept a truce at sea.", "ceasefire", [("RU", "reject")]),
    ("it", "Il Cremlino ha detto a Washington che non accetterà una tregua nel mar Nero.", "ceasefire", [("RU", "reject")]),
    ("fr", "Le Kremlin a dit à Washington qu'il refusait une trêve en mer Noire.", "ceasefire", [("RU", "reject")]),
    ("es", "El Kremlin dijo a Washington que rechaza una tregua en el mar Negro.", "ceasefire", [("RU", "reject")]),
    ("de", "Der Kreml sagte den Amerikanern, dass er eine Waffenruhe im Schwarzen Meer ablehne.", "ceasefire",
     [("RU", "reject")]),
    ("ru", "Кремль заверил Вашингтон, что отвергает перемирие в Черном море.", "ceasefire", [("RU", "reject")]),
    ("uk", "Кремль запевнив Вашингтон, що відкидає перемир'я в Чорному морі.", "ceasefire", [("RU", "reject")]),
    ("pl", "Kreml zapewnił Waszyngton, że odrzuca rozejm na Morzu Czarnym.", "ceasefire", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TOLD_TO, ids=ids(TOLD_TO))
def test_r29c_whom_a_clause_is_told_is_not_its_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r29C: a reporter who argues that the parties accepted reports their agreement, no demand of its own ---

ARGUED = [
    ("en", "Secretary of State Marco Rubio argued in a radio interview that both sides had already accepted the plan "
     "for a prisoner swap.", "prisoners"),
    ("it", "Il segretario di Stato Marco Rubio ha sostenuto in un'intervista radiofonica che entrambe le parti hanno già "
     "accettato il piano per uno scambio di prigionieri.", "prisoners"),
    ("ru", "Госсекретарь США Марко Рубио утверждал в радиоинтервью, что обе стороны уже приняли план обмена пленными.",
     "prisoners"),
    ("uk", "Держсекретар США Марко Рубіо переконував в інтерв'ю радіо, що обидві сторони вже прийняли план обміну "
     "полоненими.", "prisoners"),
    ("pl", "Sekretarz stanu Marco Rubio przekonywał podczas konferencji w Genewie, że obie strony przyjęły już plan "
     "wymiany jeńców.", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", ARGUED, ids=ids(ARGUED))
def test_r29c_who_argues_the_parties_agreed_only_reports(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "agree"), ("UA", "agree")]


# near miss: 'ha sostenuto' with an object and no 'che' is support, no report
def test_r29c_supporting_a_proposal_is_no_report(classifier):
    text = "Il ministro degli Esteri italiano ha sostenuto la proposta di una tregua nel mar Nero."
    assert given(classifier, text, "it", "ceasefire") == [("EU", "agree")]


# --- r29C: a party that would consider a measure offers it, one that would consider it theft turns it down (en) ---

CONSIDERED = [
    ("en", "A Polish diplomat said Moscow would consider a pause in strikes on ports.", "ceasefire", [("RU", "demand")]),
    ("en", "Moscow would consider the confiscation of its reserves as theft, the Kremlin said.", "reparations",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CONSIDERED, ids=ids(CONSIDERED))
def test_r29c_would_consider_a_measure_offers_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r29C: whom a speaker's gerund after a comma asks is its object, no closing speaker ---

GERUND_ASKS = [
    ("en", '"We want an all-for-all swap," Ukraine\'s foreign minister said on X, urging the UN to oversee the exchange.'),
    ("fr", "« Nous voulons un échange de tous contre tous », a déclaré le ministre ukrainien Andriï Sybiha, appelant l'ONU "
     "à superviser l'échange."),
    ("it", "«Vogliamo uno scambio tutti per tutti», ha scritto il ministro ucraino Sybiha, chiedendo all'ONU di "
     "supervisionare lo scambio."),
    ("es", "«Queremos un canje de todos por todos», escribió el ministro ucraniano Sybiha, pidiendo a la ONU que supervise "
     "el intercambio."),
]


@pytest.mark.parametrize("lang,text", GERUND_ASKS, ids=ids(GERUND_ASKS))
def test_r29c_whom_a_gerund_asks_is_no_speaker(classifier, lang, text):
    assert given(classifier, text, lang, "prisoners") == [("UA", "demand")]


# near miss: a closing speaker after a plain reporting verb still speaks for its party
CLOSING_SPEAKER = [
    ("en", '"We want an all-for-all swap," said the UN envoy in Geneva.'),
    ("fr", "« Nous voulons un échange de tous contre tous », a déclaré l'envoyé de l'ONU à Genève."),
]


@pytest.mark.parametrize("lang,text", CLOSING_SPEAKER, ids=ids(CLOSING_SPEAKER))
def test_r29c_a_closing_speaker_still_holds(classifier, lang, text):
    assert given(classifier, text, lang, "prisoners") == [("OTHER", "demand")]


# --- r29C: a mediator who offered to host talks holds nothing; one who offered to supervise a measure asks for it (de) ---

MEDIATOR_OFFERS = [
    ("de", "Der katarische Premier verkündete in Doha, beide Seiten hätten vereinbart, je 500 Gefangene freizulassen; "
     "zudem habe Katar angeboten, ein Treffen der Außenminister auszurichten.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("de", "Zudem habe Katar angeboten, eine Waffenruhe im Schwarzen Meer zu überwachen.", "ceasefire", [("OTHER", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", MEDIATOR_OFFERS, ids=ids(MEDIATOR_OFFERS))
def test_r29c_a_host_offer_is_no_position(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r29C: a host that also offers to supervise a measure asks for it; the host offer alone holds nothing ---

HOST_AND_SUPERVISE = [
    ("en", "Qatar offered to host a new round of talks and to monitor a possible truce at sea."),
    ("it", "Il Qatar si è offerto di ospitare un nuovo round di colloqui e di monitorare un'eventuale tregua in mare."),
    ("es", "Catar se ofreció a acoger una nueva ronda de conversaciones y a vigilar una posible tregua en el mar."),
    ("fr", "Le Qatar a proposé d'accueillir un nouveau cycle de pourparlers et de surveiller une éventuelle trêve en mer."),
]


@pytest.mark.parametrize("lang,text", HOST_AND_SUPERVISE, ids=ids(HOST_AND_SUPERVISE))
def test_r29c_offering_to_supervise_a_measure_asks_for_it(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("OTHER", "demand")]


def test_r29c_offering_only_to_host_talks_is_no_position(classifier):
    assert given(classifier, "Qatar offered to host a new round of talks on a truce at sea.", "en", "ceasefire") == []


# --- r29C: a body that asks for a measure the parties then accept demands it (it: 'l'Aiea', written in title case) ---

def test_r29c_the_agency_asks_and_the_parties_accept(classifier):
    text = ("L'Aiea ha chiesto una pausa nei combattimenti intorno alla centrale di Kursk, e Mosca e Kiev hanno accettato, "
            "ha detto un portavoce.")
    assert given(classifier, text, "it", "ceasefire") == [("OTHER", "demand"), ("RU", "agree"), ("UA", "agree")]
