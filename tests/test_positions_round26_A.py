"""Round 26, helper A: a party reacting to another party's demand, plan or proposal, told not with a plain active
verb but with a passive whose agent is a place, a reaction noun or a relative clause pointing back at the proposal.
Both positions are wanted: the proposal's owner keeps its own stance, the reacting party rejects (or agrees)."""

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


# --- r26A: a passive reaction whose agent is a place ("was rejected in Moscow", "è stata respinta a Kiev") ---

PASSIVE_PLACE = [
    ("en", "Ukraine's offer of a mutual halt to strikes on power plants was curtly dismissed in Moscow.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("en", "The Kremlin's plan for a buffer zone along the border was rejected in Kyiv as a land grab.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("it", "La richiesta russa di ridurre l'esercito ucraino è stata respinta a Kiev senza esitazioni.", "neutrality",
     [("RU", "demand"), ("UA", "reject")]),
    ("it", "Il piano ucraino per uno scambio di tutti i prigionieri, che a Mosca è stato bocciato, resta sul tavolo.",
     "prisoners", [("RU", "reject"), ("UA", "demand")]),
    ("fr", "La proposition ukrainienne d'une trêve aérienne a été aussitôt rejetée à Moscou.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("de", "Der russische Vorschlag einer Pufferzone wurde in Kiew umgehend zurückgewiesen.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("es", "La propuesta rusa de congelar el frente fue rechazada en Kiev por considerarla una trampa.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Требование Кремля о выводе войск из Донбасса было отклонено в Киеве.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("uk", "Пропозицію Києва про обмін усіх полонених було відхилено в Москві.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
    ("pl", "Rosyjska propozycja strefy buforowej została odrzucona w Kijowie jako nie do przyjęcia.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
]

PASSIVE_PLACE_NOT = [
    # a signing or a presentation in a place is no reaction of the place's party
    ("en", "Kyiv's plan for a prisoner swap was presented in Ankara on Monday.", "prisoners", "TR"),
    ("ru", "Соглашение об обмене пленными было подписано в Анкаре.", "prisoners", "TR"),
    ("de", "Das Abkommen über einen Gefangenenaustausch wurde in Ankara unterzeichnet.", "prisoners", "TR"),
]


@pytest.mark.parametrize("lang,text,category,expected", PASSIVE_PLACE, ids=ids(PASSIVE_PLACE))
def test_passive_reaction_of_a_place(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", PASSIVE_PLACE_NOT, ids=ids(PASSIVE_PLACE_NOT))
def test_place_of_a_plain_passive_holds_nothing(classifier, lang, text, category, code):
    assert code not in {h for h, _ in given(classifier, text, lang, category)}


# --- r26A: a relative clause after the proposal whose subject is a place ("пропозицію, яку в Києві відкинули") ---

RELATIVE_PLACE = [
    ("ru", "Кремль потребовал вывода украинских войск из Запорожской области — требование, которое в Киеве сразу "
     "отвергли.", "territory", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Киев предложил обмен всех пленных на всех, предложение, которое в Москве отклонили.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
    ("uk", "Москва вимагала скоротити українську армію — вимогу, яку в Києві негайно відкинули.", "neutrality",
     [("RU", "demand"), ("UA", "reject")]),
    ("uk", "Речник Кремля заявив, що Росія готова до перемир'я лише після припинення мобілізації в Україні, — "
     "умову, яку в Києві відкинули.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Kreml zażądał neutralności Ukrainy – żądanie, które w Kijowie natychmiast odrzucono.", "neutrality",
     [("RU", "demand"), ("UA", "reject")]),
]

RELATIVE_PLACE_NOT = [
    # a relative clause that only says where the proposal was made gives the place nothing
    ("ru", "Киев предложил обмен всех пленных — предложение, которое в Москве обсуждали весь день.", "prisoners", "RU"),
    ("pl", "Kijów zaproponował wymianę jeńców – propozycję, którą w Ankarze omawiano przez cały dzień.", "prisoners",
     "TR"),
]


@pytest.mark.parametrize("lang,text,category,expected", RELATIVE_PLACE, ids=ids(RELATIVE_PLACE))
def test_relative_clause_of_a_reacting_place(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", RELATIVE_PLACE_NOT, ids=ids(RELATIVE_PLACE_NOT))
def test_place_in_a_plain_relative_holds_nothing(classifier, lang, text, category, code):
    assert code not in {h for h, _ in given(classifier, text, lang, category)}


# --- r26A: a reaction noun after the proposal, with the reacting place ("met with outrage in Kyiv", "вызвало неприятие в Киеве") ---

REACTION_NOUN = [
    ("en", "Moscow's call for a cap on Ukraine's army met with outrage in Kyiv.", "neutrality",
     [("RU", "demand"), ("UA", "reject")]),
    ("it", "La proposta americana di congelare il fronte ha suscitato una levata di scudi a Kiev.", "territory",
     [("UA", "reject"), ("US", "demand")]),
    ("fr", "La proposition russe d'un plafond pour l'armée ukrainienne a provoqué un tollé à Kyiv.", "neutrality",
     [("RU", "demand"), ("UA", "reject")]),
    ("de", "Der russische Vorschlag, die Ukraine solle auf die Krim verzichten, stieß in Kiew auf Empörung.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("es", "La propuesta rusa de una zona desmilitarizada generó un rechazo unánime en Kiev.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Вашингтон предложил заморозить конфликт по линии фронта, что вызвало возмущение в Киеве.", "territory",
     [("UA", "reject"), ("US", "demand")]),
    ("uk", "Кремль запропонував обмін полоненими лише на своїх умовах, що викликало обурення в Києві.", "prisoners",
     [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Rosyjska propozycja strefy buforowej spotkała się z krytyką w Kijowie.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
]

REACTION_NOUN_NOT = [
    # a reaction that is no refusal ('debate', a plain 'reception') gives the place nothing
    ("ru", "Вашингтон предложил заморозить конфликт по линии фронта, что вызвало споры в Киеве.", "territory", "UA"),
    ("pl", "Rosyjska propozycja strefy buforowej spotkała się z przyjęciem w Kijowie.", "territory", "UA"),
]


@pytest.mark.parametrize("lang,text,category,expected", REACTION_NOUN, ids=ids(REACTION_NOUN))
def test_reaction_noun_of_a_place(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", REACTION_NOUN_NOT, ids=ids(REACTION_NOUN_NOT))
def test_plain_reception_holds_no_refusal(classifier, lang, text, category, code):
    assert (code, "reject") not in given(classifier, text, lang, category)


# --- r26A: tr, a place in the locative before a rejecting passive ("Moskova'da reddedildi") ---

TR_LOCATIVE_PASSIVE = [
    ("tr", "Rusya'nın tampon bölge önerisi Kiev'de açıkça reddedildi.", "territory", [("RU", "demand"), ("UA", "reject")]),
    ("tr", "Ukrayna'nın tüm esirlerin takası önerisi Moskova'da bir kez daha reddedildi.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
    ("tr", "Kremlin'in ateşkes şartları Kiev'de \"teslimiyet\" olarak değerlendirildi.", "ceasefire",
     [("RU", "demand"), ("UA", "reject")]),
]

TR_LOCATIVE_PASSIVE_NOT = [
    # a signing or a discussion in a place is no refusal of the place's party
    ("tr", "Esir takası anlaşması Ankara'da imzalandı.", "prisoners", "TR"),
    ("tr", "Ukrayna'nın esir takası önerisi Ankara'da görüşüldü.", "prisoners", "TR"),
]


@pytest.mark.parametrize("lang,text,category,expected", TR_LOCATIVE_PASSIVE, ids=ids(TR_LOCATIVE_PASSIVE))
def test_tr_locative_place_of_a_rejecting_passive(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", TR_LOCATIVE_PASSIVE_NOT, ids=ids(TR_LOCATIVE_PASSIVE_NOT))
def test_tr_locative_place_of_a_plain_passive_holds_nothing(classifier, lang, text, category, code):
    assert code not in {h for h, _ in given(classifier, text, lang, category)}
