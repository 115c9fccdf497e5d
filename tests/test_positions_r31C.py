"""Round 31 C: deals, acceptance and conditions: a withheld or conditioned acceptance sets a condition, a demand."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r31C: an acceptance withheld until another party's step ('will not consent ... until', 'non accetterà ...
# finché ... non', 'не даст согласия ..., пока ... не', 'nie przystanie na ..., dopóki ... nie') is a condition set:
# the step is demanded and no refusal is kept beside it ---

R31C_WITHHELD_UNTIL = [
    ("en", "Ankara will not consent to the use of the frozen Russian funds until every other lender shares the legal exposure.",
     "reparations", "TR"),
    ("it", "Kiev non accetterà alcuna tregua finché Mosca non libererà i civili deportati da Kherson.", "ceasefire", "UA"),
    ("fr", "Le Kremlin n'acceptera aucune trêve tant que l'Occident n'aura pas cessé de livrer des missiles à Kiev.",
     "ceasefire", "RU"),
    ("de", "Moskau werde einem Waffenstillstand nicht zustimmen, solange Kiew nicht die Mobilmachung beendet.",
     "ceasefire", "RU"),
    ("es", "El Kremlin no aceptará ninguna tregua mientras Occidente no suspenda el envío de misiles a Kiev.", "ceasefire", "RU"),
    ("ru", "Кремль не даст согласия на перемирие, пока Запад не прекратит поставки ракет Киеву.", "ceasefire", "RU"),
    ("uk", "Кремль не погодиться на перемир'я, доки Захід не припинить постачання ракет Києву.", "ceasefire", "RU"),
    ("pl", "Kreml nie przystanie na rozejm, dopóki Zachód nie wstrzyma dostaw rakiet dla Kijowa.", "ceasefire", "RU"),
]


@pytest.mark.parametrize("lang,text,category,holder", R31C_WITHHELD_UNTIL, ids=ids(R31C_WITHHELD_UNTIL))
def test_r31c_an_acceptance_withheld_until_a_step_demands_it(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "demand")]


R31C_WITHHELD_UNTIL_NEAR = [
    # a rejecting verb held until a step keeps its refusal
    ("de", "Der Kreml lehnt jede Waffenruhe ab, solange der Westen die Raketenlieferungen an Kiew nicht einstellt.",
     "ceasefire", "RU"),
    ("en", "Moscow rejects any truce until the West halts its missile deliveries to Kyiv.", "ceasefire", "RU"),
    ("it", "Mosca ha respinto la tregua finché l'Occidente non fermerà le forniture di missili.", "ceasefire", "RU"),
    # a time the refusal lasts, no step asked of anyone
    ("pl", "Ukraina nie zgodzi się na wymianę jeńców, dopóki trwa ofensywa.", "prisoners", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", R31C_WITHHELD_UNTIL_NEAR, ids=ids(R31C_WITHHELD_UNTIL_NEAR))
def test_r31c_a_rejection_or_a_refusal_for_a_time_stays_a_rejection(classifier, lang, text, category, holder):
    assert (holder, "reject") in given(classifier, text, lang, category)


# --- r31C: a privative phrase fronted before a negated commitment and set off by commas ('without X, including Y,
# Kyiv will not sign', 'що без ..., зокрема ..., Київ не підпише') is its condition: what it is without is demanded;
# not an adverbial idiom after the privative (`privative_idioms`: 'without delay', 'sin embargo', 'без сомнения') ---

R31C_FRONTED_PRIVATIVE = [
    ("en", "Without a verified pullback of Russian troops, including from the Kinburn spit, Kyiv will not sign any truce."),
    ("it", "Il ministro ha detto che senza un ritiro completo delle truppe, compresa la centrale di Enerhodar, Kiev non "
           "firmerà alcuna tregua."),
    ("fr", "Sans retrait vérifié des troupes russes, y compris de la centrale d'Enerhodar, Kiev ne signera aucune trêve."),
    ("es", "Sin una retirada verificada de las tropas rusas, incluida la central de Enerhodar, Kiev no firmará ninguna tregua."),
    ("ru", "Сибига подчеркнул, что без вывода российских войск, в том числе с Кинбурнской косы, Киев не подпишет никакого "
           "перемирия."),
    ("uk", "Сибіга підкреслив, що без виведення російських військ, зокрема з Кінбурнської коси, Київ не підпише жодного "
           "перемир'я."),
    ("pl", "Sybiha podkreślił, że bez wycofania wojsk rosyjskich, w tym z Mierzei Kinburnskiej, Kijów nie podpisze żadnego "
           "rozejmu."),
]


@pytest.mark.parametrize("lang,text", R31C_FRONTED_PRIVATIVE, ids=ids(R31C_FRONTED_PRIVATIVE))
def test_r31c_a_fronted_privative_phrase_is_demanded(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("UA", "demand")]


R31C_PRIVATIVE_IDIOMS = [
    ("en", "Without delay, Moscow rejected the truce offered by Kyiv."),
    ("it", "Senza dubbio, Mosca non accetterà la tregua proposta da Kiev."),
    ("fr", "Sans surprise, Moscou n'acceptera pas la trêve proposée par Kiev."),
    ("de", "Ohne Zweifel, so Peskow, werde Moskau der von Kiew vorgeschlagenen Waffenruhe nicht zustimmen."),
    ("es", "Sin embargo, Moscú no aceptará la tregua propuesta por Kiev."),
    ("ru", "Без сомнения, Москва не примет перемирие, предложенное Киевом."),
    ("uk", "Без сумніву, Москва не прийме перемир'я, запропоноване Києвом."),
    ("pl", "Bez wątpienia, Moskwa nie przyjmie rozejmu zaproponowanego przez Kijów."),
]


@pytest.mark.parametrize("lang,text", R31C_PRIVATIVE_IDIOMS, ids=ids(R31C_PRIVATIVE_IDIOMS))
def test_r31c_a_privative_idiom_is_no_condition(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "reject"), ("UA", "demand")]


# --- r31C: es, conditioning one's approval on a step ('condicionó su apoyo a') is a demand: 'condicionó' is a verb,
# no position noun ('condiciones'), so it keeps its own clause after a contrast ('mientras que') ---

R31C_CONDITIONED_APPROVAL = [
    ("es", "Eslovaquia condicionó su apoyo al préstamo de reparaciones a una garantía jurídica plena de la Comisión."),
    ("es", "Moscú calificó de «confiscación» el préstamo de reparaciones, mientras que Eslovaquia condicionó su apoyo a una "
           "garantía jurídica de la Comisión."),
]


@pytest.mark.parametrize("lang,text", R31C_CONDITIONED_APPROVAL, ids=ids(R31C_CONDITIONED_APPROVAL))
def test_r31c_a_conditioned_approval_is_a_demand(classifier, lang, text):
    found = given(classifier, text, lang, "reparations")
    assert ("EU", "demand") in found and ("EU", "agree") not in found and ("EU", "reject") not in found


R31C_GIVEN_APPROVAL = [
    ("en", "Slovakia gave its consent to the reparations loan after the Commission offered a legal guarantee."),
    ("es", "Eslovaquia dio su apoyo al préstamo de reparaciones con condiciones."),
]


@pytest.mark.parametrize("lang,text", R31C_GIVEN_APPROVAL, ids=ids(R31C_GIVEN_APPROVAL))
def test_r31c_an_approval_given_stays_an_agreement(classifier, lang, text):
    assert given(classifier, text, lang, "reparations") == [("EU", "agree")]
