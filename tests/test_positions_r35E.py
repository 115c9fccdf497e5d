"""Round 35 E: a verdict that closes a question of status ("the status of X is not on the table") is its holder's demand."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling

# --- r35E: the status or belonging of a place closed by a verdict ("not on the table", "не обсуждается") is kept: a demand ---

STATUS_CLOSED = [
    ("en", "Lavrov told reporters that the status of Sevastopol is not on the table."),
    ("en", "Zakharova said the belonging of the Kherson region to Russia was not up for negotiation."),
    ("it", "Lavrov ha detto che lo status di Sebastopoli non è sul tavolo."),
    ("fr", "Lavrov a affirmé que le statut de Sébastopol n'est pas sur la table."),
    ("de", "Lawrow sagte, der Status von Sewastopol stehe nicht zur Debatte."),
    ("de", "Lawrow sagte, der Status von Sewastopol liege für Moskau nicht auf dem Tisch."),
    ("es", "Lavrov afirmó que el estatus de Sebastopol no está sobre la mesa."),
    ("ru", "Лавров заявил, что статус Севастополя не обсуждается."),
    ("ru", "Захарова заявила, что вопрос принадлежности Херсонской области «не обсуждается»."),
    ("uk", "Лавров заявив, що статус Севастополя не обговорюється."),
    ("uk", "Захарова заявила, що питання належності Херсонщини Росії «не обговорюється»."),
    ("pl", "Ławrow oświadczył, że status Sewastopola nie leży na stole."),
    ("pl", "Ławrow oświadczył, że status Sewastopola nie podlega negocjacjom."),
    ("tr", "Lavrov, Sivastopol'un statüsünün masada olmadığını söyledi."),
]


@pytest.mark.parametrize("lang,text", STATUS_CLOSED, ids=ids(STATUS_CLOSED))
def test_r35e_a_closed_status_is_kept(classifier, lang, text):
    assert given(classifier, text, lang, "territory") == [("RU", "demand")]


MEASURE_CLOSED = [
    # near misses: a measure, or a neutral status, "not on the table" is turned down by its speaker
    ("en", "Zelensky said Ukraine's neutral status is not on the table."),
    ("en", "Zelensky said that a pullback from the Kharkiv region is not on the table."),
    ("it", "Zelensky ha detto che lo status neutrale dell'Ucraina non è sul tavolo."),
    ("fr", "Zelensky a affirmé que le statut neutre de l'Ukraine n'est pas sur la table."),
    ("de", "Selenskyj sagte, ein neutraler Status der Ukraine stehe nicht zur Debatte."),
    ("es", "Zelenski afirmó que el estatus neutral de Ucrania no está sobre la mesa."),
    ("ru", "Зеленский заявил, что нейтральный статус Украины не обсуждается."),
    ("uk", "Зеленський заявив, що нейтральний статус України не обговорюється."),
    ("pl", "Zełenski oświadczył, że neutralny status Ukrainy nie jest na stole."),
    ("tr", "Zelenskiy, Ukrayna'nın tarafsız statüsünün masada olmadığını söyledi."),
]


@pytest.mark.parametrize("lang,text", MEASURE_CLOSED, ids=ids(MEASURE_CLOSED))
def test_r35e_a_closed_measure_stays_rejected(classifier, lang, text):
    category = "territory" if "Kharkiv" in text else "neutrality"
    assert given(classifier, text, lang, category) == [("UA", "reject")]


TROOPS_CLOSED = [
    # near misses: troops of an alliance "not discussed" stay turned down, with no status noun before the verdict
    ("ru", "Захарова заявила, что размещение британских военных на Украине не обсуждается."),
    ("uk", "Захарова заявила, що розміщення британських військових в Україні не обговорюється."),
    ("de", "Sacharowa sagte, eine Stationierung britischer Soldaten in der Ukraine stehe nicht zur Debatte."),
]


@pytest.mark.parametrize("lang,text", TROOPS_CLOSED, ids=ids(TROOPS_CLOSED))
def test_r35e_troops_not_discussed_stay_rejected(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("RU", "reject")]
