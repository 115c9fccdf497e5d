"""Round 22, group C (ru, uk, pl): classes of position errors fixed in the attribution, each with sentences that
must give the right positions and near-misses that must not give the wrong ones."""

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


# --- r22C: a party's place that opens its clause (at the start, or after 'тоді як', 'podczas gdy') speaks for the party ---

PLACES = [
    # after a clause opener, the place is the subject of the verb that follows it
    ("uk", "Київ підтримав американську пропозицію про перемир'я, тоді як у Кремлі наполягли на виведенні українських військ.",
     "ceasefire", [("RU", "demand"), ("UA", "agree"), ("US", "demand")]),
    ("ru", "Украина поддержала идею перемирия, тогда как в Кремле настояли на его отсрочке.",
     "ceasefire", [("RU", "demand"), ("UA", "agree")]),
    ("pl", "Kijów poparł amerykańską propozycję rozejmu, podczas gdy w Moskwie odrzucono ją jako przedwczesną.",
     "ceasefire", [("RU", "reject"), ("UA", "agree"), ("US", "demand")]),
    # at the start, before another party's proposal: the place speaks, no document frames the sentence
    ("ru", "В Кремле одобрили предложение американской стороны об обмене пленными.",
     "prisoners", [("RU", "agree"), ("US", "demand")]),
    ("uk", "У Кремлі схвально оцінили пропозицію американської сторони щодо обміну полоненими.",
     "prisoners", [("RU", "agree"), ("US", "demand")]),
    # a threat of retaliation in quotes still threatens
    ("ru", "В Кремле пригрозили «симметричным ответом» на любую попытку изъять российские активы.",
     "reparations", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PLACES, ids=ids(PLACES))
def test_a_place_opening_its_clause_speaks_for_its_party(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # a document at the start still frames the sentence: its owner holds, the addressee does not
    ("ru", "В меморандуме Кремля, переданном Киеву, содержится требование признать Крым российским.",
     "territory", [("RU", "demand")]),
    ("pl", "W planie Kremla, przekazanym Kijowowi, zawarto żądanie uznania Krymu za rosyjski.",
     "territory", [("RU", "demand")]),
    # a place inside another subject's clause ('переговори в Москві') speaks for no one
    ("uk", "Київ погодився на обмін полоненими, тоді як переговори в Москві затягнулися.",
     "prisoners", [("UA", "agree")]),
])
def test_a_place_that_does_not_speak_holds_nothing(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


# --- r22C: a reporting gerund after the subject's own stance ('отверг X, добавив, что ...') reports; the subject keeps its verb's stance ---

GERUND_REPORTS = [
    # the subject's rejection stays its own; the added clause's party holds what it says there
    ("ru", "Лавров отверг перемирие, подчеркнув, что Россия требует сначала отвода украинских войск.",
     {"ceasefire": [("RU", "demand"), ("RU", "reject")]}),
    ("uk", "Зеленський відкинув ідею заморожування фронту, наголосивши, що Україна вимагає повного виведення російських військ.",
     {"ceasefire": [("UA", "reject")], "territory": [("UA", "demand"), ("UA", "reject")]}),
    # an added clause with an issue of its own does not lend its stance to the issue before the gerund
    ("ru", "Песков отверг идею перемирия, добавив, что Москва настаивает на полном выводе украинских войск из Донбасса.",
     {"ceasefire": [("RU", "reject")], "territory": [("RU", "demand")]}),
    # the Russian perfective gerund reports as 'добавил' does: the party it names holds its own offer
    ("ru", "Представитель ООН сообщил, что стороны обменялись пленными, добавив, что Ватикан готов и дальше помогать возвращению детей.",
     {"prisoners": [("OTHER", "demand"), ("RU", "agree"), ("UA", "agree")]}),
]


@pytest.mark.parametrize("lang,text,expected", GERUND_REPORTS, ids=ids(GERUND_REPORTS))
def test_a_reporting_gerund_after_the_subjects_stance(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # rejecting another party's demand and saying why: the owner keeps its demand, the rejecter's side its refusal
    ("ru", "Зеленский отверг требование Кремля, заявив, что Украина никогда не признает Крым российским.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    # an added clause with no issue of its own goes on about the same one
    ("ru", "Россия передала Украине тела 500 погибших военных, сообщил Мединский, добавив, что Москва готова вернуть еще 2000.",
     {"prisoners": [("RU", "agree"), ("RU", "demand")]}),
])
def test_a_reporting_gerund_leaves_the_owner_and_the_same_issue(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r22C: calling a measure an absurdity or nonsense, 'out of the question' in any word order, scepticism in the present: a refusal (ru, uk, pl) ---

JUDGED = [
    ("ru", "Кремль назвал идею выплаты репараций Украине абсурдом.", {"reparations": [("RU", "reject")]}),
    ("uk", "Лавров назвав вимогу репарацій маячнею.", {"reparations": [("RU", "reject")]}),
    ("pl", "Rzecznik Kremla nazwał propozycję rozejmu absurdem.", {"ceasefire": [("RU", "reject")]}),
    ("ru", "«О выводе войск из Донбасса речи не идет», — заявил Песков.", {"territory": [("RU", "reject")]}),
    ("uk", "«Про вступ України до НАТО мови бути не може», — заявив Лавров.", {"neutrality": [("RU", "reject")]}),
    ("uk", "Угорщина та Словаччина скептично ставляться до ідеї використання заморожених російських активів.",
     {"reparations": [("EU", "reject")]}),
    # a refusal and a demand coordinated: both; a waiver of claims is reparations
    ("pl", "Kreml nazywa pomysł reparacji „absurdem” i domaga się, by obie strony zrzekły się roszczeń.",
     {"reparations": [("RU", "demand"), ("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", JUDGED, ids=ids(JUDGED))
def test_a_dismissive_judgement_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # 'речь идет о' only names the subject; a favourable attitude is no scepticism
    ("ru", "Речь идет о 30-дневном перемирии, которое предложил Вашингтон, заявил Песков.", {"ceasefire": [("US", "demand")]}),
    ("uk", "Франція та Британія прихильно ставляться до ідеї розміщення миротворців в Україні.", {"neutrality": [("EU", "demand")]}),
])
def test_no_dismissive_judgement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r22C: readiness to consider a measure accepts it; an 'if' with another party acting in it makes it a demand only;
# committing to grant guarantees offers them (pl, ru, uk) ---

READY = [
    ("pl", "Kijów jest gotów rozważyć neutralny status, jeśli otrzyma od Zachodu wiążące gwarancje bezpieczeństwa.",
     {"neutrality": [("UA", "agree"), ("UA", "demand")]}),
    ("uk", "Київ готовий розглянути нейтральний статус, якщо отримає юридично зобов'язуючі гарантії безпеки.",
     {"neutrality": [("UA", "agree"), ("UA", "demand")]}),
    ("pl", "Moskwa jest gotowa rozważyć rozejm, jeśli Zachód wstrzyma dostawy broni.", {"ceasefire": [("RU", "demand")]}),
    ("ru", "Москва готова рассмотреть перемирие, если Запад прекратит поставки оружия.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Москва готова розглянути перемир'я, якщо Захід припинить постачання зброї.", {"ceasefire": [("RU", "demand")]}),
    ("pl", "Polska i Francja zobowiązały się do zapewnienia Ukrainie gwarancji bezpieczeństwa.", {"neutrality": [("EU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", READY, ids=ids(READY))
def test_readiness_and_commitment(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_committing_to_observe_a_truce_still_agrees(classifier):
    text = "Rosja i Ukraina zobowiązały się do przestrzegania zawieszenia broni."
    assert positions(classifier, text, "pl") == {"ceasefire": [("RU", "agree"), ("UA", "agree")]}


# --- r22C: a name in the genitive of the noun that opens a quote is no subject: the speaker after the quote holds (ru, uk, pl) ---

OPENING_NOUN = [
    ("ru", "«Вступление Украины в НАТО неприемлемо», — заявил Лавров.", {"neutrality": [("RU", "reject")]}),
    ("uk", "«Вступ України до НАТО неприйнятний», — заявив Лавров.", {"neutrality": [("RU", "reject")]}),
    ("pl", "„Członkostwo Ukrainy w NATO jest nie do przyjęcia” – oświadczył Ławrow.", {"neutrality": [("RU", "reject")]}),
    ("ru", "«О вступлении Украины в НАТО речи быть не может», — заявил Лавров.", {"neutrality": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", OPENING_NOUN, ids=ids(OPENING_NOUN))
def test_a_genitive_of_an_opening_noun_is_no_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_an_office_before_the_name_still_speaks(classifier):
    # 'Президент Украины' is the office, the party itself: its refusal stands
    text = "«Президент Украины никогда не признает Крым российским», — заявил Ермак."
    assert positions(classifier, text, "ru") == {"territory": [("UA", "reject")]}


def test_the_people_of_a_party_opening_the_sentence_hold(classifier):
    # no quote: 'Депутаты Госдумы' are the party's own people, the subject
    assert positions(classifier, "Депутаты Госдумы отвергли идею перемирия.", "ru") == {"ceasefire": [("RU", "reject")]}


# --- r22C: persuading or coaxing a party to accept a measure asks it of it: the persuader demands, the persuaded holds nothing (ru, uk, pl) ---

PERSUADED = [
    ("uk", "Американські посланці переконують Київ погодитися на виведення військ з Донбасу.", {"territory": [("US", "demand")]}),
    ("ru", "Американские переговорщики убеждают Киев согласиться на вывод войск из Донбасса.", {"territory": [("US", "demand")]}),
    ("pl", "Amerykańscy wysłannicy przekonują Kijów, by zgodził się na wycofanie wojsk z Donbasu.", {"territory": [("US", "demand")]}),
    ("uk", "Вашингтон схиляє Київ погодитися на обмін полоненими всіх на всіх.", {"prisoners": [("US", "demand")]}),
    ("pl", "Waszyngton namawia Kijów do zgody na zawieszenie broni.", {"ceasefire": [("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", PERSUADED, ids=ids(PERSUADED))
def test_the_persuader_demands(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # arguing that something is so ('убеждает, что', 'przekonuje, że') persuades no party: the clause's own stance
    ("ru", "Лавров убеждает, что Киев никогда не согласится на вывод войск.", {"territory": [("UA", "reject")]}),
    ("pl", "Ławrow przekonuje, że Kijów nigdy nie zgodzi się na wycofanie wojsk.", {"territory": [("UA", "reject")]}),
])
def test_arguing_that_is_no_persuasion(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r22C: a subject that turns down the issue named before it ('эту идею') and goes on to propose an alternative holds both stances (ru, uk, pl) ---

ALTERNATIVE = [
    ("uk", "Київ наполягає на обміні всіх на всіх, тоді як Москва відкидає цю ідею й пропонує обміни невеликими групами.",
     {"prisoners": [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]}),
    ("ru", "Киев настаивает на обмене всех на всех, тогда как Москва отвергает эту идею и предлагает обмены небольшими группами.",
     {"prisoners": [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]}),
    ("pl", "Kijów nalega na wymianę wszystkich na wszystkich, podczas gdy Moskwa odrzuca ten pomysł i proponuje wymiany małymi grupami.",
     {"prisoners": [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", ALTERNATIVE, ids=ids(ALTERNATIVE))
def test_an_alternative_offered_after_a_rejection(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_a_demand_on_another_issue_is_no_alternative(classifier):
    # the second verb's object names an issue of its own: it says nothing on the first
    text = "Київ наполягає на обміні всіх на всіх, тоді як Москва відкидає цю ідею й вимагає виведення військ з Донбасу."
    assert positions(classifier, text, "uk")["prisoners"] == [("RU", "reject"), ("UA", "demand")]


# --- r22C: a comma and a contrastive 'a' ('..., a Kijów przystał', '..., а Київ погодився') open a clause of their own: no list with the name before (pl, ru, uk) ---

CLAUSE_AFTER_A = [
    ("pl", "Watykan zaoferował pomoc w powrocie ukraińskich dzieci wywiezionych do Rosji, a Kijów przystał na tę propozycję.",
     {"prisoners": [("OTHER", "demand"), ("UA", "agree")]}),
    ("ru", "Ватикан предложил помочь вернуть детей, вывезенных в Россию, а Киев сразу согласился на это предложение.",
     {"prisoners": [("OTHER", "demand"), ("UA", "agree")]}),
    ("uk", "Ватикан запропонував допомогу в поверненні дітей, вивезених до Росії, а Київ одразу погодився на цю пропозицію.",
     {"prisoners": [("OTHER", "demand"), ("UA", "agree")]}),
]


@pytest.mark.parametrize("lang,text,expected", CLAUSE_AFTER_A, ids=ids(CLAUSE_AFTER_A))
def test_a_contrastive_after_a_comma_opens_a_clause(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_a_plain_list_still_coordinates(classifier):
    # no comma and 'a' between the names: one group, both subjects
    assert positions(classifier, "Rosja i Białoruś odrzuciły propozycję rozejmu.", "pl") == {
        "ceasefire": [("OTHER", "reject"), ("RU", "reject")]}
