"""Round 21, group C (ru, uk, pl): classes of position errors fixed in the attribution, each with sentences
written for the class that must give the right positions and near-misses that must not."""

import pytest

from datasette_demands.labelling.classify import Classifier
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def positions(classifier, text, lang):
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in classifier.classify(text, lang)}


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r21C: declining to comment refuses nothing; a move reported after 'что'/'że' keeps its own holder ---

NO_COMMENT = [
    ("ru", "Песков отказался комментировать сообщения о том, что Вашингтон предложил признать Крым российским.",
     {"territory": [("US", "demand")]}),
    ("ru", "Лавров не стал комментировать сообщения, что Киев согласился на перемирие.",
     {"ceasefire": [("UA", "agree")]}),
    ("pl", "Pieskow odmówił komentarza w sprawie doniesień, że Waszyngton zaproponował uznanie Krymu za rosyjski.",
     {"territory": [("US", "demand")]}),
    ("uk", "Пєсков відмовився коментувати повідомлення про те, що Вашингтон запропонував визнати Крим російським.",
     {"territory": [("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", NO_COMMENT, ids=ids(NO_COMMENT))
def test_declining_to_comment_refuses_nothing(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # refusing the measure itself still rejects it
    ("ru", "Кремль отказался от обмена пленными.", {"prisoners": [("RU", "reject")]}),
    ("pl", "Kreml odmówił wymiany jeńców.", {"prisoners": [("RU", "reject")]}),
])
def test_refusing_the_measure_still_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: a measure said to be "not on the table" / "not on the agenda" is turned down by the speaker; a party
# named in the genitive inside the reported clause ("членство Украины") is no subject that takes the clause away ---

OFF_THE_TABLE = [
    ("ru", "Лавров сказал, что прекращение огня сейчас не на столе.", {"ceasefire": [("RU", "reject")]}),
    ("ru", "Лавров сказал, что членство Украины в НАТО сейчас не на столе.", {"neutrality": [("RU", "reject")]}),
    ("ru", "Вопрос о репарациях снят с переговорного стола, заявил Песков.", {"reparations": [("RU", "reject")]}),
    ("uk", "Рютте заявив, що членство України в НАТО зараз не на столі.", {"neutrality": [("OTHER", "reject")]}),
    ("uk", "Обмін територіями не стоїть на порядку денному, наголосив Зеленський.", {"territory": [("UA", "reject")]}),
    ("pl", "Rutte powiedział, że członkostwo Ukrainy w NATO nie leży obecnie na stole.", {"neutrality": [("OTHER", "reject")]}),
    ("pl", "Ławrow oświadczył, że zawieszenie broni nie jest na porządku dziennym.", {"ceasefire": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", OFF_THE_TABLE, ids=ids(OFF_THE_TABLE))
def test_not_on_the_table_is_turned_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # still on the table: no refusal
    ("ru", "Песков заявил, что перемирие по-прежнему на столе.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Зеленський заявив, що припинення вогню залишається на столі.", {"ceasefire": [("UA", "demand")]}),
    ("pl", "Zełenski powiedział, że propozycja rozejmu nadal leży na stole.", {"ceasefire": [("UA", "demand")]}),
])
def test_still_on_the_table_is_no_refusal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: threatening consequences unless another party accepts a measure demands the measure; threatening
# retaliation if a party takes a measure still rejects it ---

THREAT_UNLESS = [
    ("ru", "Трамп пригрозил России жесткими мерами, если Кремль не согласится на перемирие.", "ceasefire", "US"),
    ("uk", "Трамп пригрозив Москві серйозними наслідками, якщо Путін не погодиться на припинення вогню.", "ceasefire", "US"),
    ("pl", "Trump zagroził Moskwie poważnymi konsekwencjami, jeśli Putin nie zgodzi się na rozejm.", "ceasefire", "US"),
]


@pytest.mark.parametrize("lang,text,category,holder", THREAT_UNLESS, ids=ids(THREAT_UNLESS))
def test_a_threat_unless_a_party_accepts_demands(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "demand")]}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Захарова пригрозила ответными мерами, если Евросоюз конфискует российские активы."),
    ("uk", "Лавров пригрозив дзеркальними заходами, якщо ЄС конфіскує російські активи."),
    ("pl", "Ławrow zagroził odwetem, jeśli UE skonfiskuje rosyjskie aktywa."),
])
def test_a_threat_against_a_measure_still_rejects(classifier, lang, text):
    assert positions(classifier, text, lang) == {"reparations": [("RU", "reject")]}


# --- r21C: renouncing strikes or attacks is the moratorium itself, offered, no refusal; renouncing a truce or a
# moratorium still rejects it ---

RENOUNCED_STRIKES = [
    ("ru", "Москва готова отказаться от ударов по энергетике, если Киев сделает то же самое.", {"ceasefire": [("RU", "demand")]}),
    ("ru", "Украина готова отказаться от атак на российские НПЗ в обмен на прекращение ударов по энергосистеме.",
     {"ceasefire": [("UA", "demand")]}),
    ("uk", "Київ готовий відмовитися від ракетних ударів по НПЗ, якщо Росія припинить атаки на енергетику.",
     {"ceasefire": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", RENOUNCED_STRIKES, ids=ids(RENOUNCED_STRIKES))
def test_renouncing_strikes_is_no_refusal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("ru", "Кремль отказался от моратория на удары по энергетике."),
    ("uk", "Кремль відмовився від мораторію на удари по енергетиці."),
])
def test_renouncing_a_moratorium_still_rejects(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject")]}


# --- r21C: a call on a common-noun addressee ("партнеров", "союзників") to accept or support a measure: the bare
# infinitive after it is what the caller demands, no agreement of the caller's own ---

CALLED_TO = [
    ("ru", "Зеленский призвал союзников согласиться на конфискацию российских активов.", "reparations", "UA"),
    ("ru", "Зеленский призвал союзников поддержать конфискацию российских активов.", "reparations", "UA"),
    ("ru", "Сибига попросил партнеров быстрее принять решение о передаче Украине замороженных российских активов.",
     "reparations", "UA"),
    ("uk", "Зеленський закликав союзників підтримати конфіскацію російських активів.", "reparations", "UA"),
    ("uk", "Сибіга закликав партнерів якнайшвидше ухвалити рішення про конфіскацію заморожених російських активів.",
     "reparations", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", CALLED_TO, ids=ids(CALLED_TO))
def test_a_call_to_accept_is_a_demand(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "demand")]}


@pytest.mark.parametrize("lang,text,expected", [
    # the holder's own agreement after a call made elsewhere, or its own adoption of a decision
    ("ru", "Евросоюз принял решение о конфискации российских активов.", {"reparations": [("EU", "agree")]}),
    ("uk", "ЄС ухвалив рішення про конфіскацію російських активів.", {"reparations": [("EU", "agree")]}),
])
def test_adopting_a_decision_still_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: brushing another party's move off ('zbył jako', 'zlekceważył', 'отмахнулся от', 'відмахнувся від')
# turns it down; the move stays its author's demand ---

BRUSHED_OFF = [
    ("pl", "Kijów zbył rosyjską propozycję rozejmu jako propagandowy trik.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("pl", "Kreml zlekceważył europejski plan zawieszenia broni.", {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("pl", "Zełenski zbagatelizował ofertę wymiany jeńców złożoną przez Moskwę.",
     {"prisoners": [("RU", "demand"), ("UA", "reject")]}),
    ("ru", "Песков отмахнулся от европейского плана о миротворцах.", {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("uk", "Київ відмахнувся від російської пропозиції про перемир'я.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", BRUSHED_OFF, ids=ids(BRUSHED_OFF))
def test_brushing_a_move_off_turns_it_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # 'zbyt' (too) is no brushing off
    ("pl", "Rosja zbyt długo zwleka z odpowiedzią na propozycję rozejmu."),
])
def test_zbyt_is_no_brushing_off(classifier, lang, text):
    assert all(stance != "reject" for found in positions(classifier, text, lang).values() for _, stance in found)


# --- r21C: a party quoted as the source in a phrase set off by commas after the subject ("Москва, по словам
# Умерова, предложила") is no subject of the verb; the name before it holds ---

INSERTED_SOURCE = [
    ("ru", "Москва, по словам Умерова, предложила перемирие на три дня.", {"ceasefire": [("RU", "demand")]}),
    ("ru", "Российская делегация, по словам Умерова, предложила перемирие на три дня.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Москва, за словами Умєрова, запропонувала перемир'я на три дні.", {"ceasefire": [("RU", "demand")]}),
    ("pl", "Moskwa, według Umierowa, zaproponowała trzydniowy rozejm.", {"ceasefire": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", INSERTED_SOURCE, ids=ids(INSERTED_SOURCE))
def test_an_inserted_source_is_no_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the source opening the sentence, or no name before it: the name after it holds, or the source does
    ("ru", "По словам Умерова, Москва предложила перемирие на три дня.", {"ceasefire": [("RU", "demand")]}),
    ("pl", "Według Umierowa Moskwa zaproponowała trzydniowy rozejm.", {"ceasefire": [("RU", "demand")]}),
])
def test_a_leading_source_still_leaves_the_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: uk, the imperfective future negated ('не надаватиме', 'не направлятиме') is a refusal of its subject,
# as the perfective 'не надасть' ---

IMPERFECTIVE_REFUSAL = [
    ("uk", "Вашингтон не надаватиме Україні гарантій безпеки, заявив Венс.", {"neutrality": [("US", "reject")]}),
    ("uk", "Венс заявив, що США не надаватимуть Україні гарантій безпеки.", {"neutrality": [("US", "reject")]}),
    ("uk", "Макрон заявив, що Франція не направлятиме своїх миротворців в Україну.", {"neutrality": [("EU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", IMPERFECTIVE_REFUSAL, ids=ids(IMPERFECTIVE_REFUSAL))
def test_a_negated_imperfective_future_refuses(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # not negated: an offer
    ("uk", "Венс заявив, що США надаватимуть Україні гарантії безпеки.", {"neutrality": [("US", "demand")]}),
])
def test_an_imperfective_future_offers(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: a measure that "remains a «red line»", the words in quotes or not, is turned down (ru, uk, pl) ---

RED_LINE = [
    ("ru", "Для Кремля размещение западных войск на Украине остается «красной линией», заявил Песков.",
     {"neutrality": [("RU", "reject")]}),
    ("uk", "Для Кремля розміщення західних військ в Україні залишається «червоною лінією», заявив Пєсков.",
     {"neutrality": [("RU", "reject")]}),
    ("uk", "Зеленський заявив, що визнання Криму російським є червоною лінією для Києва.", {"territory": [("UA", "reject")]}),
    ("pl", "Dla Kremla rozmieszczenie zachodnich wojsk na Ukrainie pozostaje „czerwoną linią” – oświadczył Pieskow.",
     {"neutrality": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", RED_LINE, ids=ids(RED_LINE))
def test_a_red_line_in_quotes_is_turned_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # drawing a red line of one's own sets a condition, no refusal of the measure named
    ("ru", "Песков заявил, что Кремль провел «красную линию» по вопросу о миротворцах."),
])
def test_drawing_a_red_line_is_no_refusal(classifier, lang, text):
    assert all(stance != "reject" for found in positions(classifier, text, lang).values() for _, stance in found)


# --- r21C: refusing any deal "which does not provide for X" (the relative after its comma) demands X, as
# "without X"; a deal that provides for X stays refused ---

LACKED_BY_REFUSED = [
    ("ru", "Киев не примет никакого соглашения, которое не предусматривает возвращения всех депортированных детей.",
     {"prisoners": [("UA", "demand")]}),
    ("ru", "Украина не подпишет соглашение, которое не содержит гарантий безопасности.", {"neutrality": [("UA", "demand")]}),
    ("uk", "Київ не погодиться на жодну угоду, яка не передбачає повернення всіх депортованих дітей.",
     {"prisoners": [("UA", "demand")]}),
    ("uk", "Україна не підпише угоди, яка не містить гарантій безпеки.", {"neutrality": [("UA", "demand")]}),
    ("pl", "Ukraina nie podpisze żadnej umowy, która nie zawiera gwarancji bezpieczeństwa.", {"neutrality": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", LACKED_BY_REFUSED, ids=ids(LACKED_BY_REFUSED))
def test_what_a_refused_deal_lacks_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Украина не подпишет соглашение, которое предусматривает отказ от Донбасса.", {"territory": [("UA", "reject")]}),
    ("uk", "Україна не підпише угоди, яка передбачає відмову від Донбасу.", {"territory": [("UA", "reject")]}),
    ("pl", "Ukraina nie podpisze umowy, która przewiduje oddanie Donbasu.", {"territory": [("UA", "reject")]}),
])
def test_what_a_refused_deal_provides_stays_refused(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: the State Duma and its deputies are Russian officials: a holder RU (lexicon, ru, uk, pl) ---

DUMA = [
    ("ru", "Депутаты Госдумы отвергли идею миротворцев.", {"neutrality": [("RU", "reject")]}),
    ("ru", "Госдума призвала Кремль не соглашаться на перемирие.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Держдума закликала Кремль не погоджуватися на перемир'я.", {"ceasefire": [("RU", "demand")]}),
    ("pl", "Deputowani rosyjskiej Dumy odrzucili ideę misji pokojowej.", {"neutrality": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", DUMA, ids=ids(DUMA))
def test_the_duma_holds_for_russia(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Zełenski z dumą odrzucił propozycję rozejmu.", {"ceasefire": [("UA", "reject")]}),  # 'z dumą' (with pride): no Duma
])
def test_pride_is_no_duma(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: a measure proposed in one clause and taken up in the next by a noun before its verb ("и Киев ... это
# предложение поддержал"): the noun is the verb's object, the verb gives the holder's stance ---

TAKEN_UP = [
    ("ru", "США предложили Москве и Киеву объявить месячное прекращение огня, и Киев на переговорах в Эр-Рияде это "
           "предложение поддержал.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("ru", "Турция предложила сторонам провести обмен всех на всех, но Кремль на следующий день это предложение отклонил.",
     {"prisoners": [("RU", "reject"), ("TR", "demand")]}),
    ("uk", "США запропонували Москві та Києву оголосити місячне припинення вогню, і Київ на переговорах в Ер-Ріяді цю "
           "пропозицію підтримав.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("pl", "USA zaproponowały Moskwie i Kijowowi ogłoszenie miesięcznego zawieszenia broni, a Kijów podczas rozmów w "
           "Rijadzie tę propozycję poparł.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", TAKEN_UP, ids=ids(TAKEN_UP))
def test_a_proposal_taken_up_before_its_verb(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a proposal of the holder's own, put forward: still a demand
    ("ru", "Вашингтон предложил перемирие, и Москва свое предложение выдвинула.",
     {"ceasefire": [("RU", "demand"), ("US", "demand")]}),
])
def test_a_proposal_of_ones_own_stays_a_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: a measure said to be possible "only" within or after something ('возможно лишь', 'можливе лише',
# 'możliwe tylko') is a condition set, a demand, not an agreement to the deal named after it ---

POSSIBLE_ONLY = [
    ("ru", "В Кремле дают понять, что прекращение огня возможно только в рамках общего мирного соглашения.",
     {"ceasefire": [("RU", "demand")]}),
    ("uk", "У Кремлі дають зрозуміти, що припинення вогню можливе лише в рамках загальної мирної угоди.",
     {"ceasefire": [("RU", "demand")]}),
    ("pl", "W Moskwie dają do zrozumienia, że zawieszenie broni jest możliwe tylko w ramach ogólnego porozumienia pokojowego.",
     {"ceasefire": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", POSSIBLE_ONLY, ids=ids(POSSIBLE_ONLY))
def test_possible_only_within_is_a_condition(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # an agreement reached, with no 'only': still agreed
    ("ru", "Москва и Киев договорились о прекращении огня в рамках общего мирного соглашения.",
     {"ceasefire": [("RU", "agree"), ("UA", "agree")]}),
])
def test_an_agreement_without_only_still_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: uk, the present of supporting ('підтримує', 'підтримують') agrees, as the past 'підтримав' ---

SUPPORTS = [
    ("uk", "Франція підтримує ідею європейських миротворців в Україні.", {"neutrality": [("EU", "agree")]}),
    ("uk", "Туреччина підтримує обмін усіх на всіх.", {"prisoners": [("TR", "agree")]}),
    ("uk", "Анкара підтримує територіальну цілісність України, нагадав Фідан.", {"territory": [("TR", "agree")]}),
]


@pytest.mark.parametrize("lang,text,expected", SUPPORTS, ids=ids(SUPPORTS))
def test_the_present_of_supporting_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # negated, it turns the measure down
    ("uk", "Київ не підтримує ідею заморожування лінії фронту."),
])
def test_not_supporting_is_no_agreement(classifier, lang, text):
    assert all(stance != "agree" for found in positions(classifier, text, lang).values() for _, stance in found)


# --- r21C: calling another party's move a trap, a bluff or a ruse, quoted or not, turns it down; the move stays
# its author's demand ---

CALLED_A_TRAP = [
    ("ru", "Песков назвал европейский план размещения миротворцев «ловушкой».",
     {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("ru", "Зеленский назвал российское предложение о перемирии блефом.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("uk", "Зеленський назвав російську пропозицію про перемир'я блефом.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("pl", "Zełenski nazwał rosyjską propozycję rozejmu blefem.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("pl", "Pieskow nazwał europejski plan rozmieszczenia sił pokojowych „pułapką”.",
     {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", CALLED_A_TRAP, ids=ids(CALLED_A_TRAP))
def test_calling_a_move_a_trap_turns_it_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # calling one's own move an important step is no refusal
    ("ru", "Зеленский назвал обмен пленными важным шагом."),
])
def test_calling_a_move_a_step_is_no_refusal(classifier, lang, text):
    assert all(stance != "reject" for found in positions(classifier, text, lang).values() for _, stance in found)
