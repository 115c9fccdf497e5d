"""Round 25, group C (ru, uk, pl): classes of position errors fixed in the attribution, each with sentences that
must give the right positions and near-misses that must not give the wrong ones."""

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
    """The positions of `category` when the category is given (as the gold scoring does)."""
    by_cat = {lb.category: lb for lb in classifier.classify(text, lang)}
    label = Label(category, list(by_cat[category].matches)) if category in by_cat else Label(category)
    classifier.language(lang).attributor.attribute(text, normalise(text), [label])
    return sorted((p.holder, p.stance) for p in label.positions)


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r25C: an agreement "only on condition" ('только при условии', 'лише за умови', 'tylko pod warunkiem') is the condition demanded, no agreement ---

ONLY_ON_CONDITION = [
    ("ru", "Москва готова рассмотреть двухнедельное перемирие только при условии, что Запад прекратит поставки ракет.",
     "ceasefire", [("RU", "demand")]),
    ("ru", "Киев мог бы согласиться на демилитаризованную зону лишь при условии симметричного отвода российских войск, "
           "сообщил источник.", "territory", [("UA", "demand")]),
    ("uk", "Кремль готовий обговорювати обмін полоненими лише за умови, що Київ поверне всіх російських військових.",
     "prisoners", [("RU", "demand")]),
    ("uk", "Україна могла б погодитися на позаблоковий статус тільки за умови юридичних гарантій від США, заявив "
           "депутат.", "neutrality", [("UA", "demand")]),
    ("pl", "Moskwa mogłaby zgodzić się na rozejm wyłącznie pod warunkiem, że Zachód wstrzyma dostawy broni.",
     "ceasefire", [("RU", "demand")]),
    # was pos12b's agree + demand; the gold of check5, check9, check10, check11 and check12 has the demand alone
    ("uk", "Київ прийме нейтральний статус лише за умови твердих гарантій безпеки.", "neutrality", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", ONLY_ON_CONDITION, ids=ids(ONLY_ON_CONDITION))
def test_an_agreement_only_on_condition_is_a_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


ON_CONDITION_AGREED = [
    # no 'only': the agreement stands beside the condition
    ("ru", "Украина согласится на нейтральный статус, если получит гарантии безопасности, заявил Зеленский.", "neutrality"),
    ("uk", "Україна погодиться на нейтральний статус, якщо отримає гарантії безпеки, заявив Зеленський.", "neutrality"),
    ("pl", "Ukraina zgodzi się na status neutralny, jeśli otrzyma gwarancje bezpieczeństwa, powiedział Zełenski.",
     "neutrality"),
]


@pytest.mark.parametrize("lang,text,category", ON_CONDITION_AGREED, ids=ids(ON_CONDITION_AGREED))
def test_an_agreement_on_a_plain_condition_keeps_the_agreement(classifier, lang, text, category):
    assert any(st == "agree" for _, st in given(classifier, text, lang, category))


# --- r25C: particles and adverbs that share a stem with a stance verb are no cue ('хоть завтра', 'хотя', 'хоча', 'згодом') ---

NOT_CUES = [
    # 'хоть' (even), 'хотя'/'хоча' (although) are not 'хотеть' (want); 'згодом' (later) is not 'згода' (consent)
    ("ru", "Украина готова к обмену пленными «хоть завтра», заявил Зеленский.", "prisoners", [("UA", "agree")]),
    ("uk", "Україна готова до обміну полоненими хоч завтра, заявив Зеленський.", "prisoners", [("UA", "agree")]),
    ("uk", "Україна згодом відкинула пропозицію Росії про перемир'я.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_CUES, ids=ids(NOT_CUES))
def test_particles_sharing_a_stem_are_no_cue(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25C: tying a measure or one's consent to a step ('увязал ... со снятием санкций', 'пов'язала ... з', 'powiązał ... z') demands the step ---

TIED_TO = [
    ("ru", "Стороны договорились о перемирии на Черном море, однако Кремль увязал его вступление в силу со снятием "
           "санкций.", "ceasefire", ("RU", "demand")),
    ("ru", "Россия обусловила прекращение огня отказом Киева от мобилизации.", "ceasefire", ("RU", "demand")),
    ("uk", "Сторони погодилися на мораторій на удари по енергетиці, хоча Москва згодом пов'язала його виконання зі "
           "зняттям санкцій.", "ceasefire", ("RU", "demand")),
    ("pl", "Strony zgodziły się na rozejm na Morzu Czarnym, ale Kreml powiązał jego wejście w życie ze zniesieniem "
           "sankcji.", "ceasefire", ("RU", "demand")),
]


@pytest.mark.parametrize("lang,text,category,position", TIED_TO, ids=ids(TIED_TO))
def test_tying_a_measure_to_a_step_demands_it(classifier, lang, text, category, position):
    assert position in given(classifier, text, lang, category)


def test_a_place_tied_to_a_region_is_no_condition(classifier):
    # 'пов'язана з' as a participle (related to), no verb of the party: no demand
    assert ("UA", "demand") not in given(
        classifier, "Україна відкинула перемир'я, пов'язане з відведенням військ, заявив Зеленський.", "uk", "ceasefire")


# --- r25C: parties outside the five in ru, uk, pl (the Red Cross, the IAEA, the African Union, South Africa, the Gulf states) hold OTHER ---

OTHER_PARTIES = [
    ("ru", "Международный комитет Красного Креста призвал Россию обеспечить доступ ко всем украинским военнопленным.",
     "prisoners"),
    ("ru", "Президент ЮАР призвал стороны обменять всех пленных на всех.", "prisoners"),
    ("uk", "МАГАТЕ закликало сторони погодитися на локальне перемир'я навколо Запорізької АЕС.", "ceasefire"),
    ("uk", "Країни Перської затоки готові профінансувати обмін полоненими.", "prisoners"),
    ("pl", "Unia Afrykańska zaproponowała wymianę wszystkich jeńców na wszystkich.", "prisoners"),
    ("pl", "Czerwony Krzyż wezwał Rosję do wpuszczenia obserwatorów do obozów jenieckich.", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", OTHER_PARTIES, ids=ids(OTHER_PARTIES))
def test_parties_outside_the_five_hold_other(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("OTHER", "demand")]


def test_a_red_cross_as_a_sign_is_no_party(classifier):
    assert given(classifier, "Бійці з червоними хрестами на рукавах евакуювали полонених.", "uk", "prisoners") == []


# --- r25C: the second of a call's coordinated infinitives is what the caller asks ('закликало ... утримуватися від ... і погодитися на ...') ---

SECOND_INFINITIVE = [
    ("ru", "Генсек ООН призвал Россию и Украину воздержаться от ударов по энергетической инфраструктуре и согласиться на "
           "полное прекращение огня.", "ceasefire"),
    ("uk", "Папа Лев закликав сторони утримуватися від ударів по цивільних об'єктах і погодитися на великоднє "
           "перемир'я.", "ceasefire"),
    ("uk", "ООН закликала Росію та Україну негайно припинити обстріли поблизу атомних станцій і погодитися на "
           "локальне припинення вогню.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", SECOND_INFINITIVE, ids=ids(SECOND_INFINITIVE))
def test_the_second_called_infinitive_is_the_callers_demand(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("OTHER", "demand")]


def test_a_finite_verb_after_the_call_keeps_its_own_subject(classifier):
    # a new clause with its own subject and a finite verb: Russia agrees, no call
    assert given(classifier, "ООН призвала стороны воздержаться от ударов, и Россия согласилась на перемирие.", "ru",
                 "ceasefire") == [("OTHER", "demand"), ("RU", "agree")]


# --- r25C: names inside a relative clause between a subject and its verb (', której delegacja odwiedziła Moskwę i Kijów,') hold nothing ---

PLAIN_RELATIVE = [
    ("ru", "Катар, представители которого побывали в Москве и Киеве, предложил новый обмен пленными.", "prisoners"),
    ("uk", "Ватикан, посланець якого відвідав Київ і Москву, запропонував обмін полоненими.", "prisoners"),
    ("pl", "Watykan, którego wysłannik odwiedził Kijów i Moskwę, zaproponował wymianę jeńców.", "prisoners"),
    ("pl", "Unia Afrykańska, której delegacja odwiedziła Moskwę i Kijów, zaproponowała wymianę jeńców.", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", PLAIN_RELATIVE, ids=ids(PLAIN_RELATIVE))
def test_names_in_a_plain_relative_clause_hold_nothing(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("OTHER", "demand")]


STANCED_RELATIVE = [
    # the relative clause's own stance verb: its subjects hold
    ("ru", "Перемирие, которое предложили Киев и Вашингтон, отвергла Москва.", "ceasefire"),
    ("pl", "Rozejm, którego domagały się Kijów i Waszyngton, odrzuciła Moskwa.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", STANCED_RELATIVE, ids=ids(STANCED_RELATIVE))
def test_names_in_a_stanced_relative_clause_still_hold(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "reject"), ("UA", "demand"), ("US", "demand")]


# --- r25C: a judgement quoted after the verb of judging ('назвал «неприемлемой» идею', 'uznał za „prowokację” plan') rejects as unquoted; 'так называемых' judges nothing ---

QUOTED_JUDGEMENT = [
    ("ru", "Лавров назвал «неприемлемой» идею размещения европейских миротворцев на Украине.", "neutrality",
     [("RU", "reject")]),
    ("ru", "Захарова назвала «юридически ничтожными» любые решения о конфискации российских активов.", "reparations",
     [("RU", "reject")]),
    ("uk", "Будь-які вимоги репарацій Кремль вважає «юридично нікчемними», заявив Пєсков.", "reparations",
     [("RU", "reject")]),
    ("pl", "Kreml uznał za „prowokację” plan wysłania europejskich żołnierzy na Ukrainę.", "neutrality",
     [("EU", "demand"), ("RU", "reject")]),
    # 'так называемых' (so-called) calls nothing: the judgement is the one after it
    ("ru", "Лавров заявил, что размещение так называемых «сил сдерживания» на Украине для России неприемлемо.",
     "neutrality", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", QUOTED_JUDGEMENT, ids=ids(QUOTED_JUDGEMENT))
def test_a_quoted_judgement_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


QUOTED_NOT_A_REFUSAL = [
    # 'так называемых' before a welcome is no judgement of refusal
    ("ru", "Лавров приветствовал участие так называемых «стран-гарантов» в переговорах о гарантиях безопасности.",
     "neutrality", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", QUOTED_NOT_A_REFUSAL, ids=ids(QUOTED_NOT_A_REFUSAL))
def test_so_called_is_no_refusal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25C: a rejection and, after it, a demand 'instead' ('натомість вимагаючи', 'потребовав вместо этого', 'domagając się zamiast tego'): both stances of the subject ---

INSTEAD = [
    ("ru", "Кремль отверг предложение Вашингтона о перемирии, потребовав вместо этого прекратить поставки оружия Киеву.",
     "ceasefire", [("RU", "demand"), ("RU", "reject"), ("US", "demand")]),
    ("uk", "Москва відхилила пропозицію Києва про перемир'я, натомість вимагаючи припинити мобілізацію в Україні.",
     "ceasefire", [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]),
    ("pl", "Moskwa odrzuciła propozycję Kijowa dotyczącą rozejmu, domagając się zamiast tego wstrzymania dostaw broni.",
     "ceasefire", [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", INSTEAD, ids=ids(INSTEAD))
def test_a_demand_instead_of_what_is_rejected(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_a_gerund_without_instead_keeps_the_rejection_alone(classifier):
    # no 'instead': the gerund's object is no alternative told as such
    assert given(classifier, "Кремль отверг предложение Вашингтона о перемирии, потребовав прекратить поставки оружия "
                             "Киеву.", "ru", "ceasefire") == [("RU", "reject"), ("US", "demand")]
