"""Round 35 E: stance words that mislead: a verdict closing a status question is a demand; declining to comment is no position."""

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


# --- r35E: declining to comment (en, it, de, uk "відмовилися від коментарів"; the others had it) is no position ---

NO_COMMENT = [
    ("en", "Kyiv floated a two-week pause in air strikes; the Kremlin declined to comment."),
    ("en", "Kyiv floated a two-week pause in air strikes; a Kremlin spokesman would not comment on it."),
    ("it", "Kiev ha proposto una pausa di due settimane nei raid aerei; il Cremlino non ha voluto commentare."),
    ("it", "Kiev ha proposto una pausa di due settimane nei raid aerei; il Cremlino si è rifiutato di commentare."),
    ("fr", "Kiev a proposé une pause de deux semaines dans les frappes aériennes ; le Kremlin n'a pas voulu commenter."),
    ("de", "Kiew schlug eine zweiwöchige Feuerpause bei Luftangriffen vor; der Kreml wollte sich dazu nicht äußern."),
    ("de", "Kiew schlug eine zweiwöchige Feuerpause bei Luftangriffen vor; der Kreml lehnte jeden Kommentar ab."),
    ("es", "Kiev propuso una pausa de dos semanas en los ataques aéreos; el Kremlin declinó comentar."),
    ("ru", "Киев предложил двухнедельную паузу в авиаударах; в Кремле отказались от комментариев."),
    ("uk", "Київ запропонував двотижневу паузу в авіаударах; у Кремлі відмовилися від коментарів."),
    ("pl", "Kijów zaproponował dwutygodniową przerwę w nalotach; Kreml odmówił komentarza."),
    ("tr", "Kiev hava saldırılarına iki haftalık bir ara verilmesini önerdi, Kremlin ise yorum yapmaktan kaçındı."),
]


@pytest.mark.parametrize("lang,text", NO_COMMENT, ids=ids(NO_COMMENT))
def test_r35e_declining_to_comment_is_no_position(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("UA", "demand")]


REFUSED_NOT_COMMENTED = [
    # near misses: the same verbs of unwillingness over the measure itself still turn it down
    ("en", "Kyiv floated a two-week pause in air strikes, but the Kremlin would not accept it."),
    ("it", "Kiev ha proposto una pausa di due settimane nei raid aerei, ma il Cremlino si è rifiutato di accettarla."),
    ("de", "Kiew schlug eine zweiwöchige Feuerpause bei Luftangriffen vor, doch der Kreml wollte ihr nicht zustimmen."),
]


@pytest.mark.parametrize("lang,text", REFUSED_NOT_COMMENTED, ids=ids(REFUSED_NOT_COMMENTED))
def test_r35e_a_refusal_of_the_measure_stays(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "reject"), ("UA", "demand")]


# --- r35E: a holder's members agreeing that another party must act demand it, no agreement ---

AGREED_OBLIGATION = [
    ("en", "G7 leaders agreed that Moscow must compensate Kyiv for the ruined power plants.", "OTHER"),
    ("it", "I leader del G7 hanno convenuto che Mosca deve risarcire Kiev per le centrali distrutte.", "OTHER"),
    ("fr", "Les dirigeants du G7 sont convenus que Moscou doit indemniser Kiev pour les centrales détruites.", "OTHER"),
    ("de", "Die Staats- und Regierungschefs der G7 waren sich einig, dass Moskau Kiew für die zerstörten Kraftwerke entschädigen muss.", "OTHER"),
    ("es", "Los líderes del G7 acordaron que Moscú debe indemnizar a Kiev por las centrales destruidas.", "OTHER"),
    ("ru", "Лидеры G7 согласились, что Москва должна компенсировать Киеву разрушенные электростанции.", "OTHER"),
    ("uk", "Лідери G7 погодилися, що Москва має компенсувати Києву зруйновані електростанції.", "OTHER"),
    ("pl", "Ministrowie finansów UE zgodzili się, że Moskwa musi zrekompensować Kijowowi zniszczone elektrownie.", "EU"),
    ("tr", "G7 liderleri, Moskova'nın yıkılan santraller için Kiev'e tazminat ödemesi gerektiği konusunda anlaştı.", "OTHER"),
]


@pytest.mark.parametrize("lang,text,holder", AGREED_OBLIGATION, ids=ids(AGREED_OBLIGATION))
def test_r35e_agreeing_what_another_must_do_is_a_demand(classifier, lang, text, holder):
    assert given(classifier, text, lang, "reparations") == [(holder, "demand")]


AGREED_AMONG_PARTIES = [
    # near misses: the parties agreeing on a step with no other party obliged still agree
    ("en", "Moscow and Kyiv agreed that the swap of captured soldiers should take place on Friday."),
    ("ru", "Москва и Киев согласились, что обмен пленными должен пройти в пятницу."),
    ("pl", "Moskwa i Kijów zgodziły się, że wymiana jeńców musi odbyć się w piątek."),
]


@pytest.mark.parametrize("lang,text", AGREED_AMONG_PARTIES, ids=ids(AGREED_AMONG_PARTIES))
def test_r35e_agreeing_on_a_step_stays_an_agreement(classifier, lang, text):
    assert given(classifier, text, lang, "prisoners") == [("RU", "agree"), ("UA", "agree")]
