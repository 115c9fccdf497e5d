"""Round 33 A: a verdict on another party's plan is the judge's reject, on the issue it judges; the owner keeps its demand."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r33A: a promise to answer a plan painfully, harshly or in kind is the promiser's reject ---

PAINFUL_ANSWER = [
    ("en", "Brussels proposed seizing the frozen Russian reserves, and Moscow promised to answer that very painfully.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Bruxelles ha proposto di confiscare le riserve russe congelate, e Mosca ha promesso di rispondere molto "
     "duramente.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Bruxelles a proposé de saisir les réserves russes gelées, et Moscou a promis d'y répondre très durement.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Brüssel schlug vor, die eingefrorenen russischen Reserven zu beschlagnahmen, und Moskau drohte, darauf sehr "
     "hart zu reagieren.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Bruselas propuso confiscar las reservas rusas congeladas, y Moscú prometió responder con dureza.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Брюссель предложил конфисковать замороженные российские резервы, Москва пообещала ответить на это жёстко.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Брюссель запропонував конфіскувати заморожені російські резерви, Москва пообіцяла відповісти на це "
     "дзеркально.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Bruksela zaproponowała konfiskatę zamrożonych rosyjskich rezerw, a Moskwa zagroziła, że zareaguje na to "
     "bardzo ostro.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Moskova, AB'nin dondurulmuş Rus rezervlerine el koyma planına çok ağır bir şekilde karşılık vereceğini "
     "açıkladı.", "reparations", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PAINFUL_ANSWER, ids=ids(PAINFUL_ANSWER))
def test_r33a_a_painful_answer_promised_rejects_the_plan(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: an answer promised with no harm in it ('within a week') is no rejection
PLAIN_ANSWER = [
    ("en", "Brussels proposed seizing the frozen Russian reserves, and Moscow promised to answer within a week.",
     "reparations"),
    ("it", "Bruxelles ha proposto di confiscare le riserve russe congelate, e Mosca ha promesso di rispondere entro una "
     "settimana.", "reparations"),
    ("fr", "Bruxelles a proposé de saisir les réserves russes gelées, et Moscou a promis d'y répondre d'ici une "
     "semaine.", "reparations"),
    ("de", "Brüssel schlug vor, die eingefrorenen russischen Reserven zu beschlagnahmen, und Moskau versprach, darauf "
     "binnen einer Woche zu antworten.", "reparations"),
    ("es", "Bruselas propuso confiscar las reservas rusas congeladas, y Moscú prometió responder en una semana.",
     "reparations"),
    ("ru", "Брюссель предложил конфисковать замороженные российские резервы, Москва пообещала ответить на это в "
     "течение недели.", "reparations"),
    ("uk", "Брюссель запропонував конфіскувати заморожені російські резерви, Москва пообіцяла відповісти на це "
     "протягом тижня.", "reparations"),
    ("pl", "Bruksela zaproponowała konfiskatę zamrożonych rosyjskich rezerw, a Moskwa zapowiedziała, że odpowie na to "
     "w ciągu tygodnia.", "reparations"),
    ("tr", "Moskova, AB'nin dondurulmuş Rus rezervlerine el koyma planına bir hafta içinde yanıt vereceğini açıkladı.",
     "reparations"),
]


@pytest.mark.parametrize("lang,text,category", PLAIN_ANSWER, ids=ids(PLAIN_ANSWER))
def test_r33a_a_plain_answer_promised_is_no_rejection(classifier, lang, text, category):
    assert ("RU", "reject") not in given(classifier, text, lang, category)


# --- r33A: a plan judged a declaration or an act of war, or an occupation, is the judge's reject ---

JUDGED_HOSTILE = [
    ("en", "Sybiha called Moscow's demand for a demilitarised strip in the Kharkiv region a disguised occupation.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("it", "Lavrov ha avvertito che il piano di Parigi di schierare soldati in Ucraina sarebbe ritenuto un atto di "
     "guerra.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Lavrov a prévenu que le projet de Berlin de stationner des soldats en Ukraine serait perçu comme un acte "
     "de guerre.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Lawrow sagte, Moskau werde den Plan von Paris, Soldaten in die Ukraine zu schicken, als Kriegserklärung "
     "betrachten.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Sybiha tachó de «ocupación encubierta» la exigencia rusa de una franja desmilitarizada en Járkov.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Лавров заявил, что план Парижа разместить солдат на Украине будет воспринят как акт войны.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Сибіга назвав вимогу Москви про демілітаризовану смугу на Харківщині прихованою окупацією.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Ławrow oświadczył, że plan Berlina rozmieszczenia żołnierzy na Ukrainie zostanie potraktowany jako akt "
     "wojny.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Sybiha, Moskova'nın Harkiv'de silahsızlandırılmış bir şerit talebini örtülü bir işgal olarak "
     "değerlendirdi.", "territory", [("RU", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", JUDGED_HOSTILE, ids=ids(JUDGED_HOSTILE))
def test_r33a_a_plan_judged_war_or_occupation_is_rejected(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: the occupation or the war named with no verdict on anyone's plan
NOT_JUDGED = [
    ("en", "Sybiha called for an end to the occupation of the Kharkiv region.", "territory"),
    ("it", "Sybiha ha chiesto la fine dell'occupazione della regione di Kharkiv.", "territory"),
    ("fr", "Sybiha a réclamé la fin de l'occupation de la région de Kharkiv.", "territory"),
    ("de", "Sybiha forderte ein Ende der Besatzung des Gebiets Charkiw.", "territory"),
    ("es", "Sybiha exigió el fin de la ocupación de la región de Járkov.", "territory"),
    ("ru", "Сибига потребовал прекратить оккупацию Харьковской области.", "territory"),
    ("uk", "Сибіга вимагав припинити окупацію Харківщини.", "territory"),
    ("pl", "Sybiha zażądał zakończenia okupacji obwodu charkowskiego.", "territory"),
    ("tr", "Sybiha, Harkiv bölgesindeki işgalin sona ermesini talep etti.", "territory"),
]


@pytest.mark.parametrize("lang,text,category", NOT_JUDGED, ids=ids(NOT_JUDGED))
def test_r33a_an_occupation_named_without_verdict_is_no_rejection(classifier, lang, text, category):
    assert ("UA", "reject") not in given(classifier, text, lang, category)


# --- r33A: a promise to challenge a plan in court is the challenger's reject, not a demand of its promise verb ---

CHALLENGED_IN_COURT = [
    ("en", "Paris backed using the frozen Russian reserves, a step Moscow vowed to contest in court.",
     [("EU", "agree"), ("RU", "reject")]),
    ("it", "Parigi ha sostenuto l'uso delle riserve russe congelate, una misura che Mosca ha promesso di contestare "
     "nei tribunali.", [("EU", "agree"), ("RU", "reject")]),
    ("fr", "Berlin a approuvé l'usage des réserves russes gelées, une mesure que Moscou a promis de contester devant "
     "la justice.", [("EU", "agree"), ("RU", "reject")]),
    ("de", "Paris unterstützte die Nutzung der eingefrorenen russischen Reserven; Moskau drohte, den Beschluss vor "
     "Gericht anzufechten.", [("EU", "agree"), ("RU", "reject")]),
    ("es", "París apoyó el uso de las reservas rusas congeladas, una medida que Moscú prometió impugnar ante los "
     "tribunales.", [("EU", "agree"), ("RU", "reject")]),
    ("ru", "Париж поддержал использование замороженных российских резервов, Москва пообещала оспорить это решение в "
     "суде.", [("EU", "agree"), ("RU", "reject")]),
    ("uk", "Париж підтримав використання заморожених російських резервів, Москва пообіцяла оскаржити це рішення в "
     "суді.", [("EU", "agree"), ("RU", "reject")]),
    ("pl", "Paryż poparł wykorzystanie zamrożonych rosyjskich rezerw, a Moskwa zapowiedziała, że zaskarży tę decyzję.",
     [("EU", "agree"), ("RU", "reject")]),
    ("tr", "Moskova, AB'nin dondurulmuş Rus rezervlerini kullanma planını mahkemeye götüreceğini açıkladı.",
     [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,expected", CHALLENGED_IN_COURT, ids=ids(CHALLENGED_IN_COURT))
def test_r33a_a_plan_challenged_in_court_is_rejected(classifier, lang, text, expected):
    assert given(classifier, text, lang, "reparations") == expected


# near misses: the plan's owner promising to defend it in court keeps its own stance, no rejection
DEFENDED_IN_COURT = [
    ("en", "Brussels backed using the frozen Russian reserves and promised to defend the decision in court."),
    ("it", "Bruxelles ha sostenuto l'uso delle riserve russe congelate e ha promesso di difendere la decisione nei "
     "tribunali."),
    ("fr", "Bruxelles a soutenu l'utilisation des réserves russes gelées et a promis de défendre la décision devant "
     "les tribunaux."),
    ("de", "Brüssel unterstützte die Nutzung der eingefrorenen russischen Reserven und versprach, den Beschluss vor "
     "Gericht zu verteidigen."),
    ("es", "Bruselas apoyó el uso de las reservas rusas congeladas y prometió defender la decisión ante los "
     "tribunales."),
    ("ru", "Брюссель поддержал использование замороженных российских резервов и пообещал защищать это решение в суде."),
    ("uk", "Брюссель підтримав використання заморожених російських резервів і пообіцяв захищати це рішення в суді."),
    ("pl", "Bruksela poparła wykorzystanie zamrożonych rosyjskich rezerw i zapowiedziała, że obroni tę decyzję przed "
     "sądem."),
    ("tr", "AB, dondurulmuş Rus rezervlerinin kullanılmasını destekledi ve kararı mahkemede savunacağını açıkladı."),
]


@pytest.mark.parametrize("lang,text", DEFENDED_IN_COURT, ids=ids(DEFENDED_IN_COURT))
def test_r33a_a_plan_defended_in_court_is_not_rejected(classifier, lang, text):
    assert ("EU", "reject") not in given(classifier, text, lang, "reparations")


# --- r33A: a verdict after a pointer to the last item named ('this last clause') is on that item's issue only ---

LAST_ITEM_JUDGED = [
    ("en", "The US draft calls for a truce within a week and for recognising Crimea as Russian; it is this last clause "
     "that Kyiv calls unacceptable."),
    ("it", "La bozza americana prevede una tregua entro una settimana e il riconoscimento della Crimea come russa; è "
     "quest'ultima clausola che Kiev respinge."),
    ("fr", "Le projet américain prévoit une trêve sous une semaine et la reconnaissance de la Crimée comme russe ; "
     "c'est ce dernier point que Kiev rejette."),
    ("de", "Der US-Entwurf sieht eine Waffenruhe binnen einer Woche und die Anerkennung der Krim als russisch vor; "
     "diesen letzten Punkt lehnt Kiew ab."),
    ("es", "El borrador estadounidense prevé una tregua en una semana y el reconocimiento de Crimea como rusa; es esta "
     "última cláusula la que Kiev rechaza."),
    ("ru", "Американский проект предусматривает перемирие в течение недели и признание Крыма российским; именно этот "
     "последний пункт Киев отвергает."),
    ("uk", "Американський проєкт передбачає перемир'я протягом тижня і визнання Криму російським; саме цей останній "
     "пункт Київ відкидає."),
    ("pl", "Amerykański projekt przewiduje rozejm w ciągu tygodnia i uznanie Krymu za rosyjski; właśnie ten ostatni "
     "punkt Kijów odrzuca."),
    ("tr", "ABD taslağı bir hafta içinde ateşkes ve Kırım'ın Rus toprağı olarak tanınmasını öngörüyor; Kiev bu son "
     "maddeyi reddediyor."),
]


@pytest.mark.parametrize("lang,text", LAST_ITEM_JUDGED, ids=ids(LAST_ITEM_JUDGED))
def test_r33a_a_verdict_on_the_last_item_is_on_its_issue_only(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire", "territory"]) == {
        "ceasefire": [("US", "demand")], "territory": [("UA", "reject"), ("US", "demand")]}


# near misses: a verdict on the whole text, with no pointer to its last item, is on every issue of it
WHOLE_TEXT_JUDGED = [
    ("en", "The US draft calls for a truce within a week and for recognising Crimea as Russian; Kyiv calls the whole "
     "text unacceptable."),
    ("it", "La bozza americana prevede una tregua entro una settimana e il riconoscimento della Crimea come russa; Kiev "
     "respinge l'intero testo."),
    ("fr", "Le projet américain prévoit une trêve sous une semaine et la reconnaissance de la Crimée comme russe ; Kiev "
     "rejette le texte entier."),
    ("de", "Der US-Entwurf sieht eine Waffenruhe binnen einer Woche und die Anerkennung der Krim als russisch vor; den "
     "ganzen Text lehnt Kiew ab."),
    ("es", "El borrador estadounidense prevé una tregua en una semana y el reconocimiento de Crimea como rusa; Kiev "
     "rechaza todo el texto."),
    ("ru", "Американский проект предусматривает перемирие в течение недели и признание Крыма российским; Киев "
     "отвергает весь текст."),
    ("uk", "Американський проєкт передбачає перемир'я протягом тижня і визнання Криму російським; Київ відкидає весь "
     "текст."),
    ("pl", "Amerykański projekt przewiduje rozejm w ciągu tygodnia i uznanie Krymu za rosyjski; Kijów odrzuca cały "
     "tekst."),
    ("tr", "ABD taslağı bir hafta içinde ateşkes ve Kırım'ın Rus toprağı olarak tanınmasını öngörüyor; Kiev metnin "
     "tamamını reddediyor."),
]


@pytest.mark.parametrize("lang,text", WHOLE_TEXT_JUDGED, ids=ids(WHOLE_TEXT_JUDGED))
def test_r33a_a_verdict_on_the_whole_text_is_on_every_issue(classifier, lang, text):
    found = given_all(classifier, text, lang, ["ceasefire", "territory"])
    assert ("UA", "reject") in found["ceasefire"] and ("UA", "reject") in found["territory"]


# --- r33A: a quoted verdict before another party's position noun: the owner after it keeps its demand ---

QUOTED_VERDICT = [
    ("ru", "В Кремле назвали «неприемлемым» предложение Еврокомиссии о конфискации российских активов."),
    ("ru", "Лавров назвал «неприемлемым» предложение Еврокомиссии о конфискации российских активов."),
    ("uk", "У Кремлі назвали «неприйнятною» пропозицію Єврокомісії щодо конфіскації російських активів."),
    ("pl", "Ławrow nazwał „absurdalną” propozycję Komisji Europejskiej w sprawie konfiskaty rosyjskich aktywów."),
]


@pytest.mark.parametrize("lang,text", QUOTED_VERDICT, ids=ids(QUOTED_VERDICT))
def test_r33a_the_owner_after_a_quoted_verdict_keeps_its_demand(classifier, lang, text):
    assert given(classifier, text, lang, "reparations") == [("EU", "demand"), ("RU", "reject")]


# near misses: a quotation followed by its speaker still has that speaker as holder
QUOTATION_THEN_SPEAKER = [
    ("ru", "«Требования о репарациях абсурдны», — заявил Лавров."),
    ("uk", "«Вимоги щодо репарацій абсурдні», — заявив Лавров."),
    ("pl", "„Żądania reparacji są absurdalne” – oświadczył Ławrow."),
]


@pytest.mark.parametrize("lang,text", QUOTATION_THEN_SPEAKER, ids=ids(QUOTATION_THEN_SPEAKER))
def test_r33a_a_quotation_keeps_its_speaker(classifier, lang, text):
    assert "RU" in {holder for holder, _ in given(classifier, text, lang, "reparations")}
