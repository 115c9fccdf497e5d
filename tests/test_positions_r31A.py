"""Round 31 A: verdicts that reject a measure without a verb of refusal (a legitimate target, theft, not realistic, not up for debate, a direct threat, mirror measures or a court challenge vowed), and the place that passes them."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r31A: a verdict phrase is the rejection of the party that passes it; the measure's owner keeps its stance ---

VERDICTS = [
    ("en", "Peskov said any Western brigades stationed in Ukraine would pose a direct threat to Russia.", "neutrality",
     [("RU", "reject")]),
    ("en", "Rubio said Ukraine's accession to NATO was not realistic.", "neutrality", [("US", "reject")]),
    ("it", "Il Cremlino ha avvertito che l'invio di soldati francesi a Leopoli sarebbe una minaccia diretta per la Russia.",
     "neutrality", [("RU", "reject")]),
    ("it", "Rubio ha detto che l'ingresso dell'Ucraina nella Nato non è realistico per ora.", "neutrality", [("US", "reject")]),
    ("fr", "Moscou a prévenu que la saisie de ses réserves de change serait considérée comme du pillage.", "reparations",
     [("RU", "reject")]),
    ("fr", "Le chef de la diplomatie américaine a jugé qu'une entrée de Kiev dans l'Alliance n'était pas réaliste à court terme.",
     "neutrality", [("US", "reject")]),
    ("fr", "Moscou a averti que tout contingent allemand déployé à Kharkiv serait une menace directe.", "neutrality",
     [("RU", "reject")]),
    ("de", "Der Kreml erklärte, ein Abzug aus der Region Cherson stehe nicht zur Debatte.", "territory", [("RU", "reject")]),
    ("de", "Lawrow warnte, britische Soldaten in Lwiw wären eine direkte Bedrohung für Russland.", "neutrality",
     [("RU", "reject")]),
    ("es", "Lavrov advirtió de que Rusia considerará objetivos legítimos a los soldados británicos desplegados en Odesa.",
     "neutrality", [("RU", "reject")]),
    ("es", "Vance dijo que la entrada de Ucrania en la OTAN no es realista a corto plazo.", "neutrality", [("US", "reject")]),
    # 'dejó claro que' reports as 'dijo que' does: the speaker passes the verdict
    ("es", "Vance dejó claro que el ingreso de Ucrania en la Alianza no es realista.", "neutrality", [("US", "reject")]),
    ("ru", "Захарова заявила, что размещение немецких бригад в Одессе станет прямой угрозой для России.", "neutrality",
     [("RU", "reject")]),
    ("ru", "Песков заявил, что вопрос о возвращении Херсонской области Украине не обсуждается.", "territory",
     [("RU", "reject")]),
    ("uk", "Захарова заявила, що розміщення німецьких бригад в Одесі стане прямою загрозою для Росії.", "neutrality",
     [("RU", "reject")]),
    ("uk", "Пєсков заявив, що питання повернення Херсонщини Україні не обговорюється.", "territory", [("RU", "reject")]),
    ("pl", "Zacharowa oświadczyła, że rozmieszczenie niemieckich brygad w Odessie będzie bezpośrednim zagrożeniem dla Rosji.",
     "neutrality", [("RU", "reject")]),
    ("pl", "Pieskow oświadczył, że zwrot obwodu chersońskiego Ukrainie nie jest przedmiotem dyskusji.", "territory",
     [("RU", "reject")]),
    ("tr", "Zaharova, İngiliz askerlerinin Odessa'ya konuşlandırılmasının Rusya için doğrudan bir tehdit oluşturacağını söyledi.",
     "neutrality", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", VERDICTS, ids=ids(VERDICTS))
def test_r31a_a_verdict_phrase_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


NOT_VERDICTS = [
    # the same frames with praise or openness: no rejection
    ("en", "Rubio said Ukraine's accession to NATO was realistic in the long run.", "neutrality", "US"),
    ("it", "Rubio ha detto che l'ingresso dell'Ucraina nella Nato è realistico.", "neutrality", "US"),
    ("fr", "Moscou a prévenu que la saisie de ses réserves de change serait considérée comme une étape importante.",
     "reparations", "RU"),
    ("de", "Der Kreml erklärte, ein Abzug aus der Region Cherson stehe bald zur Debatte.", "territory", "RU"),
    ("es", "Vance dijo que la entrada de Ucrania en la OTAN es realista a largo plazo.", "neutrality", "US"),
    ("es", "Vance dejó claro que el ingreso de Ucrania en la Alianza es realista.", "neutrality", "US"),
]


@pytest.mark.parametrize("lang,text,category,holder", NOT_VERDICTS, ids=ids(NOT_VERDICTS))
def test_r31a_no_verdict_no_rejection(classifier, lang, text, category, holder):
    assert (holder, "reject") not in given(classifier, text, lang, category)


# --- r31A: a place that speaks ('в МИД России заявили', 'у Москві заявили') holds the verdict it reports ---

PLACE_VERDICTS = [
    ("ru", "В МИД России заявили, что отправка британских солдат в Одессу станет прямой угрозой.", "neutrality",
     [("RU", "reject")]),
    ("ru", "Берлин предложил открыть Украине путь в альянс, на что в МИД России ответили, что такой шаг станет прямой угрозой.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "У МЗС Росії заявили, що відправлення британських солдатів до Одеси стане прямою загрозою.", "neutrality",
     [("RU", "reject")]),
    ("pl", "W MSZ Rosji oświadczyli, że wysłanie brytyjskich żołnierzy do Odessy będzie bezpośrednim zagrożeniem.",
     "neutrality", [("RU", "reject")]),
    # a possessive opens the object the place judges, fronted before its verb
    ("ru", "Лондон предлагает отправить миротворцев на Украину, тогда как в Москве их отправку называют недопустимой.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Лондон пропонує відправити миротворців в Україну, тоді як у Москві їх відправлення називають неприпустимим.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PLACE_VERDICTS, ids=ids(PLACE_VERDICTS))
def test_r31a_a_place_holds_the_verdict_it_reports(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category", [
    # what the place reports is an openness, no verdict
    ("ru", "В МИД России заявили, что готовы обсудить гарантии безопасности для Украины.", "neutrality"),
    ("uk", "У МЗС Росії заявили, що готові обговорити гарантії безпеки для України.", "neutrality"),
])
def test_r31a_a_place_reporting_no_verdict_rejects_nothing(classifier, lang, text, category):
    assert ("RU", "reject") not in given(classifier, text, lang, category)


# --- r31A: a vow of a step against a measure (a court challenge, mirror measures) rejects it ---

VOWED = [
    ("en", "The Kremlin vowed to challenge the transfer of its central bank reserves in court.", "reparations"),
    ("it", "Mosca ha promesso di impugnare in tribunale ogni confisca dei suoi beni congelati.", "reparations"),
    ("fr", "Le Kremlin a promis de contester en justice toute saisie de ses avoirs.", "reparations"),
    ("de", "Der Kreml versprach, die Beschlagnahme vor Gericht anzufechten.", "reparations"),
    ("es", "El Kremlin prometió recurrir en los tribunales la confiscación de sus reservas y adoptar medidas espejo.",
     "reparations"),
    ("ru", "В Кремле пообещали оспорить в суде любое изъятие российских резервов.", "reparations"),
    ("uk", "У Кремлі пообіцяли оскаржити в суді будь-яке вилучення російських резервів.", "reparations"),
    ("pl", "Kreml obiecał zaskarżyć w sądzie każde przejęcie rosyjskich rezerw.", "reparations"),
]


@pytest.mark.parametrize("lang,text,category", VOWED, ids=ids(VOWED))
def test_r31a_a_vowed_challenge_rejects(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "reject")]


NOT_VOWED = [
    # a vow to pay is an offer, no rejection
    ("en", "Lavrov promised to pay compensation for the destroyed dam.", "reparations"),
    ("it", "Mosca ha promesso di pagare un risarcimento alle famiglie.", "reparations"),
    ("fr", "Le Kremlin a promis de verser une indemnisation aux habitants de Koursk.", "reparations"),
    ("de", "Der Kreml versprach, den Opfern eine Entschädigung zu zahlen.", "reparations"),
    ("es", "El Kremlin prometió pagar compensaciones a las familias.", "reparations"),
    ("ru", "В Кремле пообещали выплатить компенсации жителям Курской области.", "reparations"),
    ("uk", "У Кремлі пообіцяли виплатити компенсації мешканцям Курщини.", "reparations"),
    ("pl", "Kreml obiecał wypłacić odszkodowania mieszkańcom obwodu kurskiego.", "reparations"),
]


@pytest.mark.parametrize("lang,text,category", NOT_VOWED, ids=ids(NOT_VOWED))
def test_r31a_a_vow_to_pay_is_no_rejection(classifier, lang, text, category):
    assert ("RU", "reject") not in given(classifier, text, lang, category)
