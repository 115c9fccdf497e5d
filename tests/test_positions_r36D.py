"""Round 36 D: a measure judged (deemed, held, seen) a provocation, theft or an escalation is rejected by its judge."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling

# --- r36D: a judging verb with a label of provocation, theft or escalation rejects the measure ---

JUDGED = [
    ("en", "The alliance's secretary general called Kyiv's NATO membership still possible, while Moscow deemed those "
           "remarks a provocation.", "neutrality", [("RU", "reject")]),
    ("en", "The Kremlin said that stationing British instructors in Ukraine would be considered an escalation.",
     "neutrality", [("RU", "reject")]),
    ("it", "Il segretario della NATO ha definito possibile l'ingresso di Kiev nella NATO, mentre Mosca ha ritenuto "
           "quelle parole una provocazione.", "neutrality", [("RU", "reject")]),
    ("it", "Il Cremlino ha detto che la presenza di istruttori britannici in Ucraina sarebbe considerata "
           "un'escalation.", "neutrality", [("RU", "reject")]),
    ("fr", "Le Kremlin a déclaré que la présence d'instructeurs britanniques en Ukraine serait considérée comme "
           "une escalade.", "neutrality", [("RU", "reject")]),
    ("de", "Der NATO-Generalsekretär nannte einen NATO-Beitritt Kiews weiter möglich, während Moskau diese Äußerungen "
           "für eine Provokation hielt.", "neutrality", [("RU", "reject")]),
    ("de", "Der Kreml erklärte, die Stationierung britischer Ausbilder in der Ukraine würde als Eskalation "
           "betrachtet.", "neutrality", [("RU", "reject")]),
    ("es", "El secretario de la OTAN dijo que el ingreso de Kiev en la OTAN sigue abierto, mientras que Moscú juzgó "
           "esas palabras como una provocación.", "neutrality", [("RU", "reject")]),
    ("es", "El Kremlin afirmó que la presencia de instructores británicos en Ucrania sería considerada una "
           "escalada.", "neutrality", [("RU", "reject")]),
    ("ru", "Генсек альянса назвал вступление Киева в НАТО по-прежнему возможным, тогда как в Кремле эти заявления сочли "
           "провокацией.", "neutrality", [("RU", "reject")]),
    ("ru", "В Кремле заявили, что присутствие британских инструкторов на Украине будет расценено как эскалация.",
     "neutrality", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,want", JUDGED, ids=ids(JUDGED))
def test_r36D_a_measure_judged_a_provocation_is_rejected(classifier, lang, text, category, want):
    assert given(classifier, text, lang, category) == want


NOT_JUDGED = [
    # avoiding an escalation, or judging a step necessary, is no verdict on the measure
    ("en", "Norway said it would consider sending instructors to Ukraine to avoid an escalation.", "neutrality",
     [("EU", "demand")]),
    ("en", "The Dutch prime minister said a reassurance force would be deemed a guarantee of Kyiv's security.",
     "neutrality", [("EU", "demand")]),
    ("it", "Il governo spagnolo ha ritenuto necessario offrire garanzie di sicurezza a Kiev.", "neutrality",
     [("EU", "demand")]),
    ("de", "Die Regierung in Wien hält Sicherheitsgarantien für Kiew für unverzichtbar.", "neutrality", []),
    ("es", "Portugal consideró que una fuerza europea en Ucrania ayudaría a evitar una escalada.", "neutrality",
     [("EU", "demand")]),
    ("ru", "В Париже сочли необходимым предоставить Киеву гарантии безопасности.", "neutrality", []),
]


@pytest.mark.parametrize("lang,text,category,want", NOT_JUDGED, ids=ids(NOT_JUDGED))
def test_r36D_no_label_of_provocation_gives_no_rejection(classifier, lang, text, category, want):
    assert given(classifier, text, lang, category) == want


# --- r36D: a place opening its clause before a fronted bare demonstrative ('в Кремле это назвали ...') is the judge ---

FRONTED_DEMONSTRATIVE = [
    ("ru", "Брюссель предложил пустить доходы от замороженных российских резервов на нужды Киева, однако в Кремле это "
           "уже назвали «грабежом».", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Брюссель запропонував спрямувати доходи від заморожених російських резервів на потреби Києва, однак у Кремлі "
           "це вже назвали «пограбуванням».", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Bruksela zaproponowała przekazanie Kijowowi dochodów z zamrożonych rosyjskich rezerw, jednak w Moskwie to "
           "nazwano „kradzieżą”.", "reparations", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,want", FRONTED_DEMONSTRATIVE, ids=ids(FRONTED_DEMONSTRATIVE))
def test_r36D_a_place_before_a_fronted_demonstrative_judges(classifier, lang, text, category, want):
    assert given(classifier, text, lang, category) == want


NOT_FRONTED = [
    # a demonstrative that opens a longer phrase with a name in it is no bare object: the place does not judge
    ("ru", "В Кремле это предложение Брюсселя о замороженных резервах обсуждать не стали.", "reparations"),
]


@pytest.mark.parametrize("lang,text,category", NOT_FRONTED, ids=ids(NOT_FRONTED))
def test_r36D_a_demonstrative_with_a_name_after_it_is_no_fronted_object(classifier, lang, text, category):
    assert ("RU", "reject") not in given(classifier, text, lang, category)


# --- r36D: threatening a mirror step of one's own answers (rejects) the measure it is threatened against ---

MIRROR_THREATS = [
    ("en", "Russia's central bank governor threatened a mirror seizure of European investors' holdings if Brussels "
           "confiscated the frozen reserves.", "reparations", [("RU", "reject")]),
    ("it", "Il Cremlino ha minacciato un sequestro speculare dei beni degli investitori europei se Bruxelles "
           "confischerà le riserve congelate.", "reparations", [("RU", "reject")]),
    ("fr", "Le Kremlin a menacé d'une saisie en miroir des avoirs des investisseurs européens si Bruxelles "
           "confisquait les réserves gelées.", "reparations", [("RU", "reject")]),
    ("de", "Moskau drohte mit einer spiegelbildlichen Enteignung europäischer Anleger, falls Brüssel die eingefrorenen "
           "Reserven einzieht.", "reparations", [("RU", "reject")]),
    ("es", "El Kremlin amenazó con una incautación simétrica de los fondos de inversores europeos si Bruselas confisca "
           "las reservas congeladas.", "reparations", [("RU", "reject")]),
    ("ru", "Глава российского Центробанка пригрозила зеркальным арестом средств европейских инвесторов, если Брюссель "
           "конфискует замороженные резервы.", "reparations", [("RU", "reject")]),
    ("uk", "Кремль пригрозив дзеркальним арештом коштів європейських інвесторів, якщо Брюссель конфіскує заморожені "
           "резерви.", "reparations", [("RU", "reject")]),
    ("pl", "Kreml zagroził lustrzanym zajęciem środków europejskich inwestorów, jeśli Bruksela skonfiskuje zamrożone "
           "rezerwy.", "reparations", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,want", MIRROR_THREATS, ids=ids(MIRROR_THREATS))
def test_r36D_a_threatened_mirror_step_rejects_the_measure(classifier, lang, text, category, want):
    assert given(classifier, text, lang, category) == want


MIRROR_IF_REFUSED = [
    # a mirror penalty threatened if a party does not accept a measure demands the measure
    ("en", "London threatened reciprocal levies on Moscow if it did not agree to the truce.", "ceasefire"),
    ("it", "Londra ha minacciato dazi speculari contro Mosca se non firmerà la tregua.", "ceasefire"),
    ("es", "Londres amenazó a Moscú con aranceles simétricos si no firma la tregua.", "ceasefire"),
    ("ru", "Лондон пригрозил Москве зеркальными пошлинами, если она не подпишет перемирие.", "ceasefire"),
    ("pl", "Londyn zagroził Moskwie lustrzanymi cłami, jeśli nie podpisze rozejmu.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", MIRROR_IF_REFUSED, ids=ids(MIRROR_IF_REFUSED))
def test_r36D_a_mirror_penalty_if_a_party_refuses_is_a_demand(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("EU", "demand")]
