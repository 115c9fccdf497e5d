"""Round 35 D: holders named by office, reported two steps away, only addressed, or asked in a question."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r35D: a pronoun right after a reporting verb speaks; a name after it is told, no speaker -------------

PRONOUN_AFTER_REPORTING_VERB = [
    ("en", "The Ukrainian ombudsman, Ivan Petrenko, said he had urged Moscow to free the detained civilians.",
     "prisoners", [("UA", "demand")]),
    ("en", "Kyiv's envoy, Olena Marchuk, said she had asked the Kremlin to return the deported children.",
     "prisoners", [("UA", "demand")]),
    # near miss: a name right after the verb is still its speaker
    ("en", "Frozen Russian assets must pay for the damage, said Polish minister Adam Nowak.",
     "reparations", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PRONOUN_AFTER_REPORTING_VERB,
                         ids=ids(PRONOUN_AFTER_REPORTING_VERB))
def test_r35d_pronoun_after_reporting_verb_speaks(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r35D: German verb-second: a title before the subject, a relative clause in the fronted phrase --------

GERMAN_TITLED_SUBJECT = [
    ("de", "Am Montag hat Präsident Selenskyj Russland gebeten, die inhaftierten Zivilisten freizulassen.",
     "prisoners", [("UA", "demand")]),
    ("de", "Präsident Selenskyj hat Moskau aufgefordert, alle Kriegsgefangenen freizulassen.",
     "prisoners", [("UA", "demand")]),
    ("de", "Nach dem Treffen, an dem auch Vermittler teilnahmen, hat Präsident Selenskyj Russland aufgerufen, "
           "die Zivilisten freizulassen.", "prisoners", [("UA", "demand")]),
    ("de", "BERLIN – Nach dem Gipfel, auf dem lange gestritten wurde, hat Kanzler Merz Russland aufgefordert, "
           "die Zivilisten freizulassen.", "prisoners", [("EU", "demand")]),
    # near misses: the titled name is the subject of its own verb; Russia after "sagte" is the reported subject
    ("de", "Am Montag hat Kremlchef Putin die Ukraine aufgefordert, die Gefangenen zurückzugeben.",
     "prisoners", [("RU", "demand")]),
    ("de", "Am Montag hat Präsident Selenskyj gesagt, Russland habe die Freilassung der Zivilisten abgelehnt.",
     "prisoners", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", GERMAN_TITLED_SUBJECT, ids=ids(GERMAN_TITLED_SUBJECT))
def test_r35d_german_titled_subject_before_addressee(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r35D: a question's as-clause states its holder's position ------------------------------------------

QUESTION_AS_CLAUSE = [
    ("en", "Will there really be a truce before the summer, as Washington has repeatedly urged?"),
    ("en", "Will Moscow accept the truce, as Washington has urged?"),
    ("it", "Ci sarà davvero un cessate il fuoco prima dell'estate, come ha chiesto a più riprese Washington?"),
    ("it", "Mosca accetterà la tregua, come ha chiesto Washington?"),
    ("fr", "Y aura-t-il vraiment un cessez-le-feu avant l'été, comme l'a réclamé à plusieurs reprises Washington ?"),
    ("es", "¿Habrá realmente un alto el fuego antes del verano, como ha pedido varias veces Washington?"),
    ("de", "Wird es vor dem Sommer wirklich eine Waffenruhe geben, wie sie Washington mehrfach gefordert hat?"),
    ("ru", "Будет ли перемирие до лета, как неоднократно требовал Вашингтон?"),
    ("uk", "Чи буде перемир'я до літа, як неодноразово вимагав Вашингтон?"),
    ("pl", "Czy przed latem dojdzie do rozejmu, jak wielokrotnie domagał się Waszyngton?"),
]


@pytest.mark.parametrize("lang,text", QUESTION_AS_CLAUSE, ids=ids(QUESTION_AS_CLAUSE))
def test_r35d_as_clause_of_a_question_is_stated(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("US", "demand")]


@pytest.mark.parametrize("lang,text", [
    # near misses: the party a question asks about holds nothing; an as-clause with no party names no holder
    ("en", "Will Moscow accept a truce before the summer?"),
    ("it", "Ci sarà davvero un cessate il fuoco prima dell'estate, come chiede la gente?"),
    ("fr", "Moscou acceptera-t-elle une trêve avant l'été ?"),
])
def test_r35d_asked_party_of_a_question_holds_nothing(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == []


# --- r35D: an opening indirect question: its subject is asked, its reporter only reports -----------------

INDIRECT_QUESTION = [
    ("en", "Whether Moscow will accept the truce proposed by Washington will become clear next week, "
           "Kremlin aide Yuri Ushakov said."),
    ("it", "Se Mosca accetterà la tregua proposta da Washington si saprà la prossima settimana, ha detto il "
           "consigliere del Cremlino Jurij Ushakov."),
    ("fr", "Si Moscou acceptera la trêve proposée par Washington, on le saura la semaine prochaine, a dit le "
           "conseiller du Kremlin Iouri Ouchakov."),
    ("es", "Si Moscú aceptará la tregua propuesta por Washington se sabrá la próxima semana, dijo el asesor del "
           "Kremlin Yuri Ushakov."),
    ("de", "Ob Moskau der von Washington vorgeschlagenen Waffenruhe zustimmt, werde sich nächste Woche zeigen, "
           "sagte Kremlberater Juri Uschakow."),
    ("ru", "Примет ли Москва предложенное Вашингтоном перемирие, станет известно на следующей неделе, сказал "
           "помощник президента Юрий Ушаков."),
    ("pl", "Czy Moskwa przyjmie zaproponowany przez Waszyngton rozejm, okaże się w przyszłym tygodniu, "
           "powiedział doradca Kremla Jurij Uszakow."),
]


@pytest.mark.parametrize("lang,text", INDIRECT_QUESTION, ids=ids(INDIRECT_QUESTION))
def test_r35d_opening_indirect_question_asks_its_subject(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("US", "demand")]


INDIRECT_QUESTION_NEAR_MISSES = [
    # a conditional 'se', 'si' with no predicate of an open question: the main clause's subject agrees
    ("it", "Se Washington ritirerà le sanzioni, Mosca accetterà la tregua.", [("RU", "agree")]),
    ("fr", "Si Washington lève les sanctions, Moscou acceptera la trêve, a dit Ouchakov.", [("RU", "agree")]),
    ("es", "Si Washington levanta las sanciones, Moscú aceptará la tregua, dijo Ushakov.", [("RU", "agree")]),
    # no question: the speaker's own statement
    ("en", "Moscow will accept the truce, Kremlin aide Yuri Ushakov said.", [("RU", "agree")]),
    ("ru", "Москва примет перемирие, сказал Ушаков.", [("RU", "agree")]),
    ("pl", "Rosja przyjmie rozejm, powiedział Uszakow.", [("RU", "agree")]),
    ("de", "Moskau werde der Waffenruhe zustimmen, sagte Uschakow.", [("RU", "agree")]),
    # a question put to the speaker ("Asked whether ..."): the answer after it is the speaker's own
    ("pl", "Zapytany, czy Kreml przyjąłby rozejm na Boże Narodzenie, Dmitrij Pieskow odparł, że Rosja go odrzuca.",
     [("RU", "reject")]),
    # a question the speaker sets aside, then a demand of the main clause's own subject
    ("en", "Whether or not Moscow accepts, Kyiv will keep demanding a truce, Zelensky said.", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", INDIRECT_QUESTION_NEAR_MISSES, ids=ids(INDIRECT_QUESTION_NEAR_MISSES))
def test_r35d_no_indirect_question_keeps_holders(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected
