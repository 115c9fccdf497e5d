"""Round 30 A: a reaction that points back to a proposal made earlier in the sentence keeps both parties' positions."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r30A: a comma and a relative or bare noun pointing back (`reaction_phrases`: ', ce que', ', algo que', ', co',
# --- ', terms', ', which') end the content of the demand before it; the reaction's subject holds its own stance ---

POINTED_BACK = [
    ("en", "Moscow insisted that Ukraine withdraw from Zaporizhzhia, terms Kyiv called a capitulation.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("en", "The Kremlin demanded that Kyiv give up its NATO bid, which Zelensky rejected outright.",
     {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("it", "Mosca pretende che Kiev ceda l'intero Donbass, ciò che la Casa Bianca ha respinto.",
     {"territory": [("RU", "demand"), ("US", "reject")]}),
    ("it", "Mosca pretende che Kiev ceda l'intero Donbass, condizioni che Zelensky ha respinto.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("fr", "Berlin demande que les avoirs russes gelés financent la reconstruction, ce que le Kremlin juge illégal.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("fr", "Le Kremlin exige que Kiev renonce à l'OTAN, des exigences que Zelensky a balayées.",
     {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("es", "Berlín pidió que los activos rusos congelados paguen la reconstrucción, algo que el Kremlin califica de robo.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("es", "Moscú exige que Kiev abandone el Donbás, algo que Zelenski considera ilegítimo.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("es", "El Kremlin exige que Kiev renuncie a la OTAN, lo que Zelenski rechazó de plano.",
     {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("de", "Berlin fordert, dass die eingefrorenen russischen Vermögen den Wiederaufbau bezahlen, was Moskau als Diebstahl bezeichnet.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("de", "Moskau verlangt, dass Kiew auf den Donbass verzichtet, was Selenskyj kategorisch ablehnt.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("pl", "Berlin zaproponował, by zamrożone rosyjskie aktywa sfinansowały odbudowę, co Moskwa uznała za kradzież.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("pl", "Kreml zażądał, by Kijów wycofał wojska z Donbasu, co Zełenski odrzucił.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    # near misses: the phrase after the comma has no party of its own, so the demand alone stands
    ("en", "The Kremlin demanded that Kyiv give up its NATO bid, which would take years.", {"neutrality": [("RU", "demand")]}),
    ("en", "Moscow insisted that Ukraine withdraw from Zaporizhzhia, terms that would end the war.",
     {"territory": [("RU", "demand")]}),
    ("it", "Mosca pretende che Kiev ceda l'intero Donbass, il che renderebbe la pace impossibile.", {"territory": [("RU", "demand")]}),
    ("fr", "Le Kremlin exige que Kiev renonce à l'OTAN, ce qui rendrait la paix impossible.", {"neutrality": [("RU", "demand")]}),
    ("es", "El Kremlin exige que Kiev renuncie a la OTAN, lo que alargaría la guerra.", {"neutrality": [("RU", "demand")]}),
    ("de", "Moskau verlangt, dass Kiew auf den Donbass verzichtet, was die Lage weiter verschärft.", {"territory": [("RU", "demand")]}),
    ("pl", "Kreml zażądał, by Kijów wycofał wojska z Donbasu, co oznacza dalszą wojnę.", {"territory": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", POINTED_BACK, ids=ids(POINTED_BACK))
def test_r30a_reaction_pointing_back_after_a_comma(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r30A: a demonstrative and a position noun (`anaphors`: 'this idea', 'cette idée', 'diese Idee', 'эту идею',
# --- 'цю ідею', 'ten pomysł') after a comma take up the demand: its content ends at that comma ---

TAKEN_UP = [
    ("en", "London demanded that Moscow accept a month-long truce, and the Kremlin called this idea a trap."),
    ("it", "Londra ha chiesto che Mosca accetti una tregua di un mese, e il Cremlino ha respinto questa idea."),
    ("fr", "Londres a demandé que Moscou accepte une trêve d'un mois, et le Kremlin a rejeté cette idée."),
    ("es", "Londres pidió que Moscú acepte una tregua de un mes, y el Kremlin rechazó esta idea."),
    ("de", "London forderte, dass Moskau einer Waffenruhe von einem Monat zustimmt, und der Kreml lehnte diese Idee ab."),
    ("pl", "Londyn zażądał, by Moskwa zgodziła się na miesięczny rozejm, i w Moskwie ten pomysł odrzucono."),
    ("ru", "Лондон потребовал, чтобы Москва согласилась на месячное перемирие, и в Кремле эту идею отвергли."),
    ("uk", "Лондон вимагав, щоб Москва погодилася на місячне перемир'я, і в Кремлі цю ідею відкинули."),
]


@pytest.mark.parametrize("lang,text", TAKEN_UP, ids=ids(TAKEN_UP))
def test_r30a_demonstrative_takes_up_the_demand(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("EU", "demand"), ("RU", "reject")]}


TAKEN_UP_MISSES = [
    # no comma before the demonstrative: it is the object inside the content, the demand alone stands
    ("en", "London demanded that Moscow accept this proposal for a month-long truce."),
    ("ru", "Лондон потребовал, чтобы Москва приняла это предложение о месячном перемирии."),
    ("uk", "Лондон вимагав, щоб Москва прийняла цю пропозицію про місячне перемир'я."),
]


@pytest.mark.parametrize("lang,text", TAKEN_UP_MISSES, ids=ids(TAKEN_UP_MISSES))
def test_r30a_demonstrative_inside_the_content(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("EU", "demand")]}


@pytest.mark.parametrize("lang,text", [
    ("uk", "Лондон заявив, що Британія готова направити миротворців, і в Москві цю ідею відкинули."),
    ("ru", "Лондон заявил, что Британия готова направить миротворцев, однако в Кремле эту идею отвергли."),
])
def test_r30a_offer_taken_up_by_a_place(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("EU", "demand"), ("RU", "reject")]}


# --- r30A: de: a relative clause inside an opening 'Während/Nachdem ...' clause adds no clause boundary: the subject
# --- after the main verb ('lehnte Moskau beide Punkte ab') holds ---

@pytest.mark.parametrize("text,expected", [
    ("Nachdem London einen Plan vorlegte, der eine Waffenruhe von vierzig Tagen vorsieht, lehnte Moskau beide Punkte ab.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("Nachdem Paris einen Vorschlag machte, der eine Waffenruhe vorsieht, lehnte Moskau ihn ab.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    # near misses: no stance after the opening clause; one comma only, as before
    ("Während Washington einen Plan vorlegte, der eine Waffenruhe vorsieht, schwieg Kiew.", {"ceasefire": [("US", "demand")]}),
    ("Nachdem Moskau die Waffenruhe abgelehnt hatte, forderte Kiew neue Sanktionen.", {"ceasefire": [("RU", "reject")]}),
])
def test_r30a_german_opening_clause_with_a_relative(classifier, text, expected):
    assert positions(classifier, text, "de") == expected


# --- r30A: the reacting party in the apposition holds each of its coordinated stances: it accepts the proposal and
# --- adds a demand after a contrastive ('tout en demandant', 'while demanding'); 'but only if' stays a condition ---

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Paris a proposé une trêve de quarante jours, une idée que Moscou a acceptée tout en exigeant la levée des sanctions.",
     [("EU", "demand"), ("RU", "agree"), ("RU", "demand")]),
    ("en", "Paris proposed a forty-day truce, an idea Moscow accepted while demanding that sanctions be lifted.",
     [("EU", "demand"), ("RU", "agree"), ("RU", "demand")]),
    ("es", "París propuso una tregua de cuarenta días, algo que Moscú aceptó pero pidiendo garantías.",
     [("EU", "demand"), ("RU", "agree"), ("RU", "demand")]),
    # near misses: an acceptance alone; an acceptance restricted by 'but only if' is a condition, a demand
    ("fr", "Paris a proposé une trêve de quarante jours, une idée que Moscou a acceptée.", [("EU", "demand"), ("RU", "agree")]),
    ("en", "Moscow would accept a truce, but only if Kyiv withdraws from Kherson.", [("RU", "demand")]),
    ("fr", "Moscou accepterait une trêve, mais seulement si Kiev se retire de Kherson.", [("RU", "demand")]),
])
def test_r30a_acceptance_with_an_added_demand(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


# --- r30A: tr: a reporter who adds another party's reaction ('... sıcak bakmadığını ekledi') holds nothing; branding
# --- a demand an ultimatum ('ültimatom olarak gördüğünü') rejects it ---

@pytest.mark.parametrize("text,category,expected", [
    ("Dışişleri Bakanı Fidan, Kremlin'in ateşkese hazır olduğunu belirtti, ancak Ukrayna'nın bu fikre sıcak bakmadığını ekledi.",
     "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("Bakan Fidan, Kremlin'in ateşkese hazır olduğunu ekledi.", "ceasefire", [("RU", "demand")]),
    ("Zelenski, Rusya'nın çekilme şartını ültimatom olarak gördüğünü söyledi.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    # near miss: what the reporter adds with a verb of its own party is that party's
    ("Bakan Fidan, Türkiye'nin ateşkesi desteklediğini ekledi.", "ceasefire", [("TR", "agree")]),
])
def test_r30a_turkish_reaction_added_by_a_reporter(classifier, text, category, expected):
    assert given(classifier, text, "tr", category) == expected


# --- r30A: es, fr, pl: judging a move void, illegitimate, illegal or contrary to the rules rejects it ---

@pytest.mark.parametrize("lang,text,category,expected", [
    ("es", "Varsovia apoyó la propuesta ucraniana de un fondo de compensación, algo que el Kremlin considera nulo.",
     "reparations", [("EU", "agree"), ("RU", "reject"), ("UA", "demand")]),
    ("pl", "Berlin zaproponował fundusz odszkodowań wojennych, co Moskwa uznała za niezgodne z prawem.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Berlin propose un fonds d'indemnisation des victimes, ce que Moscou juge illégitime.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    # near miss: no party judges anything
    ("es", "El tribunal declaró nulo el contrato de reparaciones.", "reparations", []),
])
def test_r30a_judged_void_or_illegal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected
