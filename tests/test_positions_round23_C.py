"""Round 23, group C (ru, uk, pl): classes of position errors fixed in the attribution, each with sentences that must
give the right positions and near-misses that must not give the wrong ones, in the languages concerned."""

import pytest

from datasette_demands.labelling.classify import Classifier, Label
from datasette_demands.labelling.normalise import normalise
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def positions(classifier, text, lang):
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in classifier.classify(text, lang)}


def given(classifier, text, lang, category):
    """The positions of `category` when the category is given (as the gold scoring does), whether or not a rule
    labels the sentence with it: these classes are about holders and stances, not categories."""
    by_cat = {lb.category: lb for lb in classifier.classify(text, lang)}
    label = Label(category, list(by_cat[category].matches)) if category in by_cat else Label(category)
    classifier.language(lang).attributor.attribute(text, normalise(text), [label])
    return sorted((p.holder, p.stance) for p in label.positions)


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r23C: calling a demand an ultimatum, a report of consent a fake, a proposal premature rejects it ---

JUDGED = [
    ("ru", "Министр иностранных дел Украины Андрей Сибига назвал требования Кремля о внеблоковом статусе страны «ультиматумом».",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Сибига назвал сообщения о согласии Киева уступить Запорожскую область фейком.", "territory", [("UA", "reject")]),
    ("ru", "Песков назвал предложение Парижа о перемирии преждевременным.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Міністр закордонних справ Андрій Сибіга назвав вимоги Кремля щодо позаблокового статусу країни «ультиматумом».",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("uk", "Сибіга назвав повідомлення про згоду Києва поступитися Запорізькою областю фейком.", "territory", [("UA", "reject")]),
    ("uk", "У Кремлі вважають передчасною пропозицію Парижа про великоднє перемир'я.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Szef ukraińskiego MSZ nazwał żądania Kremla dotyczące neutralności kraju „ultimatum”.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Sybiha nazwał doniesienia o zgodzie Kijowa na oddanie Zaporoża fejkiem.", "territory", [("UA", "reject")]),
    ("pl", "Pieskow uważa propozycję Paryża w sprawie rozejmu za przedwczesną.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", JUDGED, ids=ids(JUDGED))
def test_r23c_a_dismissive_name_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# near-misses: an ultimatum set, not named; conditions named ('назвал условия'), no judgement
NOT_JUDGED = [
    ("ru", "Кремль выдвинул Киеву ультиматум о выводе войск из Донбасса.", "territory", [("RU", "demand")]),
    ("uk", "Кремль висунув Києву ультиматум про виведення військ з Донбасу.", "territory", [("RU", "demand")]),
    ("pl", "Kreml postawił Kijowowi ultimatum w sprawie wycofania wojsk z Donbasu.", "territory", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_JUDGED, ids=ids(NOT_JUDGED))
def test_r23c_an_ultimatum_set_is_no_dismissal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# --- r23C: promising a response to any step of a measure, or answering any, rejects it ---

RETALIATION = [
    ("ru", "Лавров пообещал зеркальный ответ на любую попытку Евросоюза конфисковать российские активы.", "reparations",
     [("RU", "reject")]),
    ("ru", "Россия ответит на любое изъятие своих замороженных активов, заявил Песков.", "reparations", [("RU", "reject")]),
    ("uk", "Лавров пообіцяв дзеркальну відповідь на будь-яку спробу Євросоюзу конфіскувати російські активи.", "reparations",
     [("RU", "reject")]),
    ("uk", "Росія відповість на будь-яке вилучення своїх заморожених активів, заявив Пєсков.", "reparations", [("RU", "reject")]),
    ("pl", "Ławrow zapowiedział lustrzaną odpowiedź na każdą próbę konfiskaty rosyjskich aktywów przez Unię.", "reparations",
     [("RU", "reject")]),
    ("pl", "Pieskow oświadczył, że Moskwa odpowie „adekwatnie” na każde użycie jej zamrożonych aktywów.", "reparations",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", RETALIATION, ids=ids(RETALIATION))
def test_r23c_a_promised_response_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# near-misses: an answer promised to one proposal refuses nothing
ANSWER = [
    ("ru", "Песков пообещал, что Кремль ответит на предложение Вашингтона о перемирии на следующей неделе.", "ceasefire"),
    ("uk", "Пєсков пообіцяв, що Кремль відповість на пропозицію Вашингтона про перемир'я наступного тижня.", "ceasefire"),
    ("pl", "Pieskow zapowiedział, że Kreml odpowie na propozycję Waszyngtonu w sprawie rozejmu w przyszłym tygodniu.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", ANSWER, ids=ids(ANSWER))
def test_r23c_an_answer_promised_is_no_rejection(classifier, lang, text, category):
    got = given(classifier, text, lang, category)
    assert ("RU", "reject") not in got and ("US", "demand") in got


# --- r23C: a name after a gerund is its object, no speaker (ru, pl) ---

GERUND_OBJECT = [
    ("ru", "Захарова пообещала жесткий ответ на любую конфискацию российских активов, назвав планы Еврокомиссии «грабежом».",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Лавров отверг идею репараций, назвав предложение Киева абсурдом.", "reparations", [("RU", "reject"), ("UA", "demand")]),
    ("pl", "Ławrow odrzucił pomysł reparacji, nazywając propozycję Kijowa absurdem.", "reparations", [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", GERUND_OBJECT, ids=ids(GERUND_OBJECT))
def test_r23c_a_name_after_a_gerund_is_its_object(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# near-miss: a finite reporting verb after the comma still has its speaker
SPEAKER_AFTER = [
    ("ru", "Россия не будет платить репарации, заявил глава МИД России Лавров.", "reparations", [("RU", "reject")]),
    ("pl", "Rosja nie zapłaci żadnych reparacji, oświadczył szef rosyjskiego MSZ Siergiej Ławrow.", "reparations", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SPEAKER_AFTER, ids=ids(SPEAKER_AFTER))
def test_r23c_a_finite_verb_keeps_its_speaker(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# --- r23C: an idiom of refusal with no subject ('не может быть речи', 'ні про яке ... не йдеться', 'mowy nie ma') is the
# refusal of the speaker after the clause, beside the owner of the terms it names ---

OUT_OF_QUESTION = [
    ("uk", "Ні про які територіальні поступки на вимогу Кремля не може бути й мови, заявив Сибіга.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("uk", "Ні про яке припинення вогню на умовах Кремля не йдеться, наголосив Єрмак.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Ни о каком перемирии на условиях Кремля речь не идет, подчеркнул Ермак.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "О выводе войск из Донбасса по требованию Москвы не может быть речи, заявила Свириденко.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("pl", "O rozejmie na warunkach Kremla nie może być mowy, podkreślił Jermak.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "O wycofaniu wojsk z Donbasu na żądanie Moskwy mowy nie ma, oświadczyła Swyrydenko.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OUT_OF_QUESTION, ids=ids(OUT_OF_QUESTION))
def test_r23c_out_of_the_question_is_the_speakers_refusal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# near-misses: 'not X but Y' names what is asked for, no refusal; a party that only reports holds nothing
NOT_OUT_OF_QUESTION = [
    ("uk", "Йдеться не про перемир'я, а про повне припинення вогню, пояснив Сибіга.", "ceasefire", "UA", "reject"),
    ("ru", "Речь идет не о перемирии на время праздников, а о полном прекращении огня, пояснил Сибига.", "ceasefire", "UA", "reject"),
    ("pl", "Kreml uzależnia zgodę na rozejm od zniesienia sankcji, poinformował Biały Dom.", "ceasefire", "US", None),
]


@pytest.mark.parametrize("lang,text,category,holder,stance", NOT_OUT_OF_QUESTION, ids=ids(NOT_OUT_OF_QUESTION))
def test_r23c_no_refusal_idiom(classifier, lang, text, category, holder, stance):
    got = given(classifier, text, lang, category)
    assert all(not (h == holder and (stance is None or s == stance)) for h, s in got)


# --- r23C: who tables a proposal in its relative clause ('propozycję rozejmu, którą Kijów przedstawił') demands it (pl, as ru
# 'предложение, которое Киев выдвинул') ---

TABLED = [
    ("pl", "Kreml odrzucił propozycję rozejmu, którą przedstawił Kijów.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("pl", "Kreml odrzucił plan, który Waszyngton przedłożył w Genewie, w sprawie linii demarkacyjnej.", "territory",
     [("RU", "reject"), ("US", "demand")]),
    ("pl", "Moskwa odrzuciła ofertę wymiany jeńców, którą Kijów złożył za pośrednictwem Turcji.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
    ("pl", "Kijów przedstawił propozycję trzydziestodniowego rozejmu na spotkaniu w Genewie.", "ceasefire", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TABLED, ids=ids(TABLED))
def test_r23c_who_tables_a_proposal_demands_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# near-misses: presenting something that is no proposal tables nothing
NOT_TABLED = [
    ("pl", "Kreml odrzucił trzydziestodniowy rozejm, a Kijów przedstawił dowody kolejnych rosyjskich ataków.", "ceasefire"),
    ("pl", "Rosja odrzuciła rozejm, o którym Kijów przedstawił jedynie ogólne informacje.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", NOT_TABLED, ids=ids(NOT_TABLED))
def test_r23c_presenting_no_proposal_is_no_demand(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "reject")]
