"""Round 32 C: a verdict that rejects another party's proposal: the judge rejects, the proposal's owner keeps its stance."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r32C: a verdict that reaches over a clause on the proposal: the judge rejects, the owner keeps its demand ---

VERDICT_OVER_A_CLAUSE = [
    ("en", "Kremlin aide Dmitry Peskov called the British plan, drawn up in London to hand the frozen assets to Kyiv, "
           "\"robbery\" on Tuesday.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("en", "Lavrov described the truce, which Paris and Berlin have been pressing for since May, as \"a breather for "
           "Kyiv's army\".", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Peskov ha definito il piano britannico, preparato a Londra per dare a Kiev i beni congelati, un «furto» "
           "senza precedenti.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Peskov a qualifié le plan britannique, préparé à Londres pour remettre les avoirs gelés à Kiev, de « vol » "
           "pur et simple.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Peskow bezeichnete den britischen Plan, die eingefrorenen Gelder über einen Fonds an Kiew weiterzuleiten, "
           "als „Raub“.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Peskov calificó el plan británico, preparado en Londres para entregar a Kiev los activos congelados, de "
           "«robo».", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Песков назвал британский план, подготовленный в Лондоне для передачи Киеву замороженных средств, "
           "«грабежом».", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Пєсков назвав британський план, підготовлений у Лондоні для передачі Києву заморожених коштів, "
           "«грабіжем».", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Pieskow nazwał brytyjski plan, przygotowany w Londynie, by przekazać Kijowowi zamrożone środki, "
           "„grabieżą”.", "reparations", [("EU", "demand"), ("RU", "reject")]),
]

PRAISE_OVER_A_CLAUSE = [
    ("en", "Peskov called the British plan, drawn up in London to hand the frozen assets to Kyiv, a sensible idea.",
     "reparations"),
    ("fr", "Peskov a qualifié le plan britannique, préparé à Londres pour remettre les avoirs gelés à Kiev, de piste "
           "intéressante.", "reparations"),
    ("de", "Peskow bezeichnete den britischen Plan, die eingefrorenen Gelder über einen Fonds an Kiew weiterzuleiten, "
           "als interessant.", "reparations"),
    ("es", "Peskov calificó el plan británico, preparado en Londres para entregar a Kiev los activos congelados, de "
           "interesante.", "reparations"),
    ("ru", "Песков назвал британский план, подготовленный в Лондоне для передачи Киеву замороженных средств, "
           "«интересным».", "reparations"),
    ("uk", "Пєсков назвав британський план, підготовлений у Лондоні для передачі Києву заморожених коштів, "
           "«цікавим».", "reparations"),
    ("pl", "Pieskow nazwał brytyjski plan, przygotowany w Londynie, by przekazać Kijowowi zamrożone środki, "
           "„ciekawym”.", "reparations"),
    ("it", "Peskov ha definito il piano britannico, preparato a Londra per dare a Kiev i beni congelati, una proposta "
           "da studiare.", "reparations"),
]


@pytest.mark.parametrize("lang,text,category,want", VERDICT_OVER_A_CLAUSE, ids=ids(VERDICT_OVER_A_CLAUSE))
def test_r32c_a_verdict_over_a_clause_rejects_and_the_owner_keeps_its_demand(classifier, lang, text, category, want):
    assert given(classifier, text, lang, category) == want


@pytest.mark.parametrize("lang,text,category", PRAISE_OVER_A_CLAUSE, ids=ids(PRAISE_OVER_A_CLAUSE))
def test_r32c_a_label_that_is_no_verdict_rejects_nothing(classifier, lang, text, category):
    got = given(classifier, text, lang, category)
    assert ("RU", "reject") not in got and ("EU", "demand") in got


# --- r32C: a refusal told as the answer to a proposal: the one who answers rejects, the proposer keeps its demand ---

ANSWERED_WITH_A_REFUSAL = [
    ("en", "Zelensky proposed a two-week truce on the Black Sea, and the Kremlin responded to it with a flat refusal."),
    ("it", "Zelensky ha proposto una tregua di due settimane nel Mar Nero, e il Cremlino ha risposto con un netto "
           "rifiuto."),
    ("fr", "Zelensky a proposé une trêve de deux semaines en mer Noire, et le Kremlin a répondu par un refus "
           "catégorique."),
    ("de", "Selenskyj schlug eine zweiwöchige Waffenruhe im Schwarzen Meer vor, der Kreml antwortete darauf mit einer "
           "klaren Absage."),
    ("es", "Zelenski propuso una tregua de dos semanas en el mar Negro, y el Kremlin respondió con una negativa "
           "rotunda."),
    ("ru", "Зеленский предложил двухнедельное перемирие на Черном море, однако в Кремле ответили на это решительным "
           "отказом."),
    ("uk", "Зеленський запропонував двотижневе перемир'я на Чорному морі, проте в Кремлі відповіли на це рішучою "
           "відмовою."),
    ("pl", "Zełenski zaproponował dwutygodniowy rozejm na Morzu Czarnym, ale Kreml odpowiedział na to stanowczą "
           "odmową."),
    ("tr", "Zelenskiy Karadeniz'de iki haftalık bir ateşkes önerdi, Kremlin ise buna ret yanıtı verdi."),
]

ANSWERED_WITH_A_COUNTEROFFER = [
    ("en", "Zelensky proposed a two-week truce on the Black Sea, and the Kremlin responded with a counterproposal."),
    ("it", "Zelensky ha proposto una tregua di due settimane nel Mar Nero, e il Cremlino ha risposto con una "
           "controproposta."),
    ("fr", "Zelensky a proposé une trêve de deux semaines en mer Noire, et le Kremlin a répondu par une "
           "contre-proposition."),
    ("de", "Selenskyj schlug eine zweiwöchige Waffenruhe im Schwarzen Meer vor, der Kreml antwortete darauf mit einem "
           "Gegenvorschlag."),
    ("es", "Zelenski propuso una tregua de dos semanas en el mar Negro, y el Kremlin respondió con una "
           "contrapropuesta."),
    ("ru", "Зеленский предложил двухнедельное перемирие на Черном море, однако в Кремле ответили на это встречным "
           "предложением."),
    ("uk", "Зеленський запропонував двотижневе перемир'я на Чорному морі, проте в Кремлі відповіли на це зустрічною "
           "пропозицією."),
    ("pl", "Zełenski zaproponował dwutygodniowy rozejm na Morzu Czarnym, ale Kreml odpowiedział na to własną "
           "propozycją."),
    ("tr", "Zelenskiy Karadeniz'de iki haftalık bir ateşkes önerdi, Kremlin ise buna bir karşı öneriyle yanıt verdi."),
]


@pytest.mark.parametrize("lang,text", ANSWERED_WITH_A_REFUSAL, ids=ids(ANSWERED_WITH_A_REFUSAL))
def test_r32c_a_refusal_as_the_answer_rejects(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "reject"), ("UA", "demand")]


@pytest.mark.parametrize("lang,text", ANSWERED_WITH_A_COUNTEROFFER, ids=ids(ANSWERED_WITH_A_COUNTEROFFER))
def test_r32c_a_counteroffer_as_the_answer_rejects_nothing(classifier, lang, text):
    got = given(classifier, text, lang, "ceasefire")
    assert ("RU", "reject") not in got and ("UA", "demand") in got


# --- r32C: a measure judged not necessary or premature is turned down by the judge ---

NOT_NECESSARY = [
    ("en", "Vance said a truce over the summer was \"not necessary\" before a broader deal."),
    ("it", "Vance ha detto che una tregua estiva non è necessaria prima di un accordo complessivo."),
    ("fr", "Vance a jugé qu'une trêve estivale n'était pas nécessaire avant un accord global."),
    ("de", "Vance sagte, eine Waffenruhe im Sommer sei vor einem umfassenden Abkommen nicht nötig."),
    ("es", "Vance dijo que una tregua veraniega no es necesaria antes de un acuerdo global."),
    ("ru", "Вэнс заявил, что летнее перемирие не нужно до заключения всеобъемлющего соглашения."),
    ("uk", "Венс заявив, що літнє перемир'я не потрібне до укладення всеосяжної угоди."),
    ("pl", "Vance powiedział, że letni rozejm nie jest potrzebny przed zawarciem kompleksowego porozumienia."),
    ("tr", "Vance, Karadeniz'de bir ateşkesin şu an gerekli olmadığını söyledi."),
]

NECESSARY = [
    ("en", "Vance said a truce over the summer was necessary before a broader deal."),
    ("it", "Vance ha detto che una tregua estiva è necessaria prima di un accordo complessivo."),
    ("fr", "Vance a jugé qu'une trêve estivale était nécessaire avant un accord global."),
    ("de", "Vance sagte, eine Waffenruhe im Sommer sei vor einem umfassenden Abkommen nötig."),
    ("es", "Vance dijo que una tregua veraniega es necesaria antes de un acuerdo global."),
    ("ru", "Вэнс заявил, что летнее перемирие нужно до заключения всеобъемлющего соглашения."),
    ("uk", "Венс заявив, що літнє перемир'я потрібне до укладення всеосяжної угоди."),
    ("pl", "Vance powiedział, że letni rozejm jest potrzebny przed zawarciem kompleksowego porozumienia."),
    ("tr", "Vance, Karadeniz'de bir ateşkesin şu an gerekli olduğunu söyledi."),
]

PREMATURE = [
    ("it", "Mosca ha giudicato «prematura» la tregua estiva proposta da Parigi.", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Kremlin, Paris'in yaz ateşkesi önerisi için henüz erken olduğunu söyledi.",
     [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text", NOT_NECESSARY, ids=ids(NOT_NECESSARY))
def test_r32c_a_measure_judged_not_necessary_is_rejected(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("US", "reject")]


@pytest.mark.parametrize("lang,text", NECESSARY, ids=ids(NECESSARY))
def test_r32c_a_measure_judged_necessary_is_no_rejection(classifier, lang, text):
    assert ("US", "reject") not in given(classifier, text, lang, "ceasefire")


@pytest.mark.parametrize("lang,text,want", PREMATURE, ids=ids(PREMATURE))
def test_r32c_a_measure_judged_premature_is_rejected_and_its_owner_keeps_it(classifier, lang, text, want):
    assert given(classifier, text, lang, "ceasefire") == want


# --- r32C: a reaction after a spaced dash ends the content of the demand before it: its subject rejects ---

REACTION_AFTER_A_DASH = [
    ("en", "Moscow insisted that the sanctions on Russian fertiliser be lifted before any truce – Kyiv rejected that "
           "as extortion.", [("RU", "demand"), ("UA", "reject")]),
    ("it", "Mosca ha preteso che le sanzioni sui fertilizzanti russi siano revocate prima di qualsiasi tregua – Kiev "
           "ha respinto la richiesta come un ricatto.", [("RU", "demand"), ("UA", "reject")]),
    ("fr", "Moscou a exigé que les sanctions sur les engrais russes soient levées avant toute trêve – Kiev a rejeté "
           "cela comme du chantage.", [("RU", "demand"), ("UA", "reject")]),
    ("de", "Moskau verlangte, dass die Sanktionen gegen russische Düngemittel vor jeder Waffenruhe fallen – Kiew "
           "lehnte das als Nötigung ab.", [("RU", "demand"), ("UA", "reject")]),
    ("es", "Moscú exigió que se levanten las sanciones a los fertilizantes rusos antes de cualquier tregua – Kiev lo "
           "rechazó como un chantaje.", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Moskwa zażądała, by sankcje na rosyjskie nawozy zniesiono przed jakimkolwiek rozejmem – Kijów odrzucił to "
           "jako szantaż.", [("RU", "demand"), ("UA", "reject")]),
]

REACTION_AFTER_A_DASH_SLAVIC = [  # the UA reaction only: 'сняты'/'зняли' give Moscow's own stance (not this class)
    ("ru", "Москва потребовала, чтобы санкции против российских удобрений были сняты до начала перемирия – Киев "
           "отверг это как шантаж."),
    ("uk", "Москва вимагала, щоб санкції проти російських добрив зняли до початку перемир'я – Київ відкинув це як "
           "шантаж."),
]

NO_SUBJECT_AFTER_A_DASH = [
    ("en", "Moscow insisted that the sanctions on Russian fertiliser be lifted before any truce – all of them, and at "
           "once."),
    ("it", "Mosca ha preteso che le sanzioni sui fertilizzanti russi siano revocate prima di qualsiasi tregua – tutte, "
           "e subito."),
    ("fr", "Moscou a exigé que les sanctions sur les engrais russes soient levées avant toute trêve – toutes, et tout "
           "de suite."),
    ("de", "Moskau verlangte, dass die Sanktionen gegen russische Düngemittel vor jeder Waffenruhe fallen – alle, und "
           "zwar sofort."),
    ("es", "Moscú exigió que se levanten las sanciones a los fertilizantes rusos antes de cualquier tregua – todas, y "
           "de inmediato."),
    ("ru", "Москва потребовала, чтобы санкции против российских удобрений были сняты до начала перемирия – все и "
           "сразу."),
    ("uk", "Москва вимагала, щоб санкції проти російських добрив зняли до початку перемир'я – усі й одразу."),
    ("pl", "Moskwa zażądała, by sankcje na rosyjskie nawozy zniesiono przed jakimkolwiek rozejmem – wszystkie i od "
           "razu."),
]


@pytest.mark.parametrize("lang,text,want", REACTION_AFTER_A_DASH, ids=ids(REACTION_AFTER_A_DASH))
def test_r32c_a_reaction_after_a_dash_is_its_subjects_rejection(classifier, lang, text, want):
    assert given(classifier, text, lang, "ceasefire") == want


@pytest.mark.parametrize("lang,text", REACTION_AFTER_A_DASH_SLAVIC, ids=ids(REACTION_AFTER_A_DASH_SLAVIC))
def test_r32c_a_reaction_after_a_dash_rejects_in_slavic(classifier, lang, text):
    assert ("UA", "reject") in given(classifier, text, lang, "ceasefire")


@pytest.mark.parametrize("lang,text", NO_SUBJECT_AFTER_A_DASH, ids=ids(NO_SUBJECT_AFTER_A_DASH))
def test_r32c_a_dash_without_a_subject_ends_no_content(classifier, lang, text):
    assert not any(holder == "UA" for holder, _ in given(classifier, text, lang, "ceasefire"))
