"""Round 23, group B (en, es, tr): classes of position errors fixed in the attribution, each with sentences that must
give the right positions and near-misses that must not give the wrong ones, in the languages concerned."""

import pytest

from datasette_demands.labelling.classify import Classifier
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def positions(classifier, text, lang):
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in classifier.classify(text, lang)}


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r23B: a reporting converb in -(y)ken gives its subject the stance of the clause it reports (tr) ---------

REPORTING_CONVERB = [
    ("tr", "Kiev, tutuklu sivillerin serbest bırakılması önerisini kabul ettiğini açıklarken Moskova sessiz kaldı.",
     "prisoners", ("UA", "agree"), ("UA", "demand")),
    ("tr", "Zelenskiy, tampon bölge fikrini reddettiğini belirtirken Washington görüşmelerin süreceğini açıkladı.",
     "territory", ("UA", "reject"), ("US", "reject")),
    ("tr", "Kiev yönetimi esir takasını kabul ettiğini duyururken Moskova yeni şartlar öne sürdü.",
     "prisoners", ("UA", "agree"), ("UA", "demand")),
    ("tr", "Ukrayna yönetimi enerji tesislerine yönelik saldırılara ara verilmesini desteklediğini söylerken Rusya "
     "konuyu yorumlamadı.", "ceasefire", ("UA", "agree"), ("UA", "demand")),
]


@pytest.mark.parametrize("lang,text,category,right,wrong", REPORTING_CONVERB, ids=ids(REPORTING_CONVERB))
def test_a_reporting_converb_reports_the_clause_before_it(classifier, lang, text, category, right, wrong):
    got = positions(classifier, text, lang)[category]
    assert right in got and wrong not in got


# near-misses: a converb that is itself the stanced verb keeps its own stance, the next subject its own verb
NOT_REPORTING_CONVERB = [
    ("tr", "Kiev, esir takasını kabul ederken Moskova takası reddetti.", "prisoners", [("RU", "reject"), ("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_REPORTING_CONVERB, ids=ids(NOT_REPORTING_CONVERB))
def test_a_stanced_converb_keeps_its_own_stance(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


# --- r23B: branding a measure theatre, a show, a bluff or propaganda rejects it (en, es, tr) ------------------

DISMISSED = [
    ("es", "Kiev calificó de maniobra la tregua de tres días anunciada por Moscú.", "ceasefire", ("UA", "reject")),
    ("es", "El Kremlin tildó de «show» el plan europeo de enviar tropas de paz a Ucrania.", "neutrality", ("RU", "reject")),
    ("es", "Zelenski calificó de «propaganda» la oferta rusa de canjear prisioneros.", "prisoners", ("UA", "reject")),
    ("tr", "Kiev, Moskova'nın esir takası teklifini bir şov olarak değerlendirdi.", "prisoners", ("UA", "reject")),
    ("tr", "Ukrayna Dışişleri Bakanlığı, Kremlin'in enerji ateşkesi önerisini 'tiyatro' olarak nitelendirdi.", "ceasefire",
     ("UA", "reject")),
    ("tr", "Kremlin, Avrupa'nın barış gücü planını 'blöf' olarak nitelendirdi.", "neutrality", ("RU", "reject")),
    ("en", "Kyiv described Moscow's three-day truce as theatre.", "ceasefire", ("UA", "reject")),
    ("en", "Zelensky called Putin's Easter truce offer a cynical charade.", "ceasefire", ("UA", "reject")),
    ("en", "The Kremlin branded the European peacekeeping plan a dangerous bluff.", "neutrality", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", DISMISSED, ids=ids(DISMISSED))
def test_branding_a_measure_a_show_rejects_it(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]


# near-misses: a praising label is no rejection
NOT_DISMISSED = [
    ("es", "Kiev calificó de histórica la propuesta de canje de prisioneros.", "prisoners", "UA"),
    ("tr", "Kiev, esir takasını tarihi bir adım olarak nitelendirdi.", "prisoners", "UA"),
    ("en", "Kyiv described the prisoner exchange as a breakthrough.", "prisoners", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", NOT_DISMISSED, ids=ids(NOT_DISMISSED))
def test_a_praising_label_rejects_nothing(classifier, lang, text, category, holder):
    assert (holder, "reject") not in positions(classifier, text, lang)[category]


# --- r23B: an apposition's subject that reports its reaction ("an idea Moscow said it rejects") holds it (en, es)

REPORTED_REACTION = [
    ("en", "Macron proposed a European peacekeeping force, an idea the Kremlin has said it rejects.", "neutrality",
     [("EU", "demand"), ("RU", "reject")]),
    ("en", "Zelensky proposed an exchange of all prisoners, a plan Moscow said it would accept.", "prisoners",
     [("RU", "agree"), ("UA", "demand")]),
    ("en", "Britain offered to host a claims commission, a proposal Kyiv said it fully supports.", "reparations",
     [("EU", "demand"), ("UA", "agree")]),
    ("es", "Francia propuso desplegar una fuerza de paz europea, una idea que Moscú ha dicho que nunca aceptará.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Kiev pidió un canje de todos los prisioneros, una propuesta que Moscú dijo apoyar.", "prisoners",
     [("RU", "agree"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", REPORTED_REACTION, ids=ids(REPORTED_REACTION))
def test_an_appositions_reporting_subject_holds_its_reaction(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


# near-misses: a reporting verb with no apposition before it gives no agreement to a demand's speaker; a plain
# speaker keeps the stance of what it says
NOT_REPORTED_REACTION = [
    ("en", "Kyiv called for a claims commission and said it would support any register of damage.", "reparations",
     ("UA", "demand")),
    ("en", "Moscow said it would never accept foreign peacekeepers in Ukraine.", "neutrality", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_REPORTED_REACTION, ids=ids(NOT_REPORTED_REACTION))
def test_a_plain_speaker_keeps_its_stance(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]


# --- r23B: a Turkish verbal noun of approval ('onay vermesi', 'yeşil ışık yakması') is no refusal (tr) ---------

APPROVAL_NOUN = [
    ("tr", "Kremlin, Kiev'in esir takasına onay vermesi gerektiğini söyledi.", "prisoners", ("RU", "demand")),
    ("tr", "Washington, Moskova'nın 30 günlük ateşkese derhal yeşil ışık yakması gerektiğini vurguladı.", "ceasefire",
     ("US", "demand")),
]


@pytest.mark.parametrize("lang,text,category,expected", APPROVAL_NOUN, ids=ids(APPROVAL_NOUN))
def test_an_approval_asked_of_another_is_a_demand(classifier, lang, text, category, expected):
    got = positions(classifier, text, lang)[category]
    assert expected in got and (expected[0], "reject") not in got


# near-misses: the negated finite forms still refuse
APPROVAL_REFUSED = [
    ("tr", "Rusya ateşkese onay vermedi.", "ceasefire", ("RU", "reject")),
    ("tr", "Kremlin, esir takasına yeşil ışık yakmadı.", "prisoners", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", APPROVAL_REFUSED, ids=ids(APPROVAL_REFUSED))
def test_a_negated_approval_still_refuses(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]


# --- r23B: a Turkish genitive owns a position noun past the quoted name of the measure (tr) --------------------

QUOTED_NAME = [
    ("tr", "Zelenskiy, Putin'in üç günlük \"Paskalya ateşkesi\" önerisini reddetti.", "ceasefire",
     [("RU", "demand"), ("UA", "reject")]),
    ("tr", "Kiev, Moskova'nın iki haftalık \"enerji ateşkesi\" teklifini kabul etti.", "ceasefire",
     [("RU", "demand"), ("UA", "agree")]),
    ("tr", "Zelenskiy, Putin'in üç günlük \"Zafer Günü ateşkesi\" önerisini \"tiyatro\" olarak nitelendirdi.", "ceasefire",
     [("RU", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", QUOTED_NAME, ids=ids(QUOTED_NAME))
def test_a_genitive_owns_past_a_quoted_name(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


# near-miss: a genitive with no position noun after the quote owns nothing
NOT_QUOTED_OWNER = [
    ("tr", "Kiev, Putin'in \"özel askeri operasyon\" dediği savaşta ateşkesi reddetti.", "ceasefire", ("RU", "demand")),
]


@pytest.mark.parametrize("lang,text,category,wrong", NOT_QUOTED_OWNER, ids=ids(NOT_QUOTED_OWNER))
def test_a_genitive_with_no_position_noun_owns_nothing(classifier, lang, text, category, wrong):
    assert wrong not in positions(classifier, text, lang).get(category, [])


# --- r23B: a state's parliament (the Verkhovna Rada, the Duma) and ministry hold its state's position (en, es, tr) -

PARLIAMENT = [
    ("en", "The Verkhovna Rada voted to reject any deal that recognises Crimea as Russian.", "territory", ("UA", "reject")),
    ("en", "The Rada voted to support a full exchange of prisoners.", "prisoners", ("UA", "agree")),
    ("en", "The State Duma rejected the European plan for peacekeepers.", "neutrality", ("RU", "reject")),
    ("es", "La Rada rechazó cualquier acuerdo que reconozca Crimea como rusa.", "territory", ("UA", "reject")),
    ("es", "La Cancillería ucraniana rechazó el plan de zonas desmilitarizadas.", "territory", ("UA", "reject")),
    ("es", "El Ministerio de Exteriores ucraniano rechazó la propuesta de zona tampón.", "territory", ("UA", "reject")),
    ("tr", "Verhovna Rada, Kırım'ın Rus toprağı olarak tanınmasını reddetti.", "territory", ("UA", "reject")),
    ("tr", "Duma, ateşkes önerisini reddetti.", "ceasefire", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", PARLIAMENT, ids=ids(PARLIAMENT))
def test_a_parliament_holds_its_states_position(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]


# near-misses: a lower-case word that contains the name is no parliament
NOT_PARLIAMENT = [
    ("en", "The radar station near the border was hit before the ceasefire talks; Moscow rejected a truce.", "ceasefire",
     "UA"),
    ("es", "El radar fue destruido; Moscú rechazó la tregua.", "ceasefire", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", NOT_PARLIAMENT, ids=ids(NOT_PARLIAMENT))
def test_no_parliament_in_a_common_word(classifier, lang, text, category, holder):
    assert all(h != holder for h, _ in positions(classifier, text, lang)[category])


# --- r23B: "no one has the right to" cede it refuses it, said of anyone (en) -------------------------------------

NO_ONE_HAS_THE_RIGHT = [
    ("en", "Zelensky said no Ukrainian president has the right to give away land.", "territory", ("UA", "reject")),
    ("en", "The Rada declared that no government has the authority to cede Crimea.", "territory", ("UA", "reject")),
    ("en", "Kyiv insists no leader would have the mandate to recognise the occupied regions as Russian.", "territory",
     ("UA", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", NO_ONE_HAS_THE_RIGHT, ids=ids(NO_ONE_HAS_THE_RIGHT))
def test_no_one_has_the_right_refuses(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]


# near-miss: a right that is had is no refusal
HAS_THE_RIGHT = [
    ("en", "Zelensky said Ukraine has the right to demand the return of all its territory.", "territory", ("UA", "reject")),
]


@pytest.mark.parametrize("lang,text,category,wrong", HAS_THE_RIGHT, ids=ids(HAS_THE_RIGHT))
def test_a_right_had_refuses_nothing(classifier, lang, text, category, wrong):
    assert wrong not in positions(classifier, text, lang).get(category, [])


# --- r23B: a Turkish genitive inside a quoted modifier is no subject of the verb after the quote (tr) ------------

QUOTED_GENITIVE = [
    ("tr", "Hindistan Dışişleri Bakanı, Yeni Delhi'nin \"Rusya'nın ve Ukrayna'nın çıkarlarını gözeten\" bir ateşkesi "
     "desteklediğini söyledi.", "ceasefire", [("OTHER", "agree")]),
    ("tr", "Vatikan Sözcüsü, Vatikan'ın \"tarafların insani kaygılarını gözeten\" her türlü esir takasını desteklediğini "
     "açıkladı.", "prisoners", [("OTHER", "agree")]),
    ("tr", "Çin Dışişleri Sözcüsü, Pekin'in \"tarafların güvenlik kaygılarını dikkate alan\" bir ateşkesi desteklediğini "
     "belirtti.", "ceasefire", [("OTHER", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", QUOTED_GENITIVE, ids=ids(QUOTED_GENITIVE))
def test_a_quoted_genitive_is_no_subject_outside_the_quote(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


# near-miss: a genitive outside any quote is still the subject of the nominalised verb
UNQUOTED_GENITIVE = [
    ("tr", "Erdoğan, Ukrayna'nın ateşkesi kabul ettiğini söyledi.", "ceasefire", ("UA", "agree")),
]


@pytest.mark.parametrize("lang,text,category,expected", UNQUOTED_GENITIVE, ids=ids(UNQUOTED_GENITIVE))
def test_an_unquoted_genitive_stays_the_subject(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]


# --- r23B: a measure called a "red line" in quotation marks is refused, as one called so without them (en, es, tr)

QUOTED_RED_LINE = [
    ("en", "Merz said that capping Ukraine's army is a 'red line' for Europe.", "neutrality", ("EU", "reject")),
    ("en", "Merz said that capping Ukraine's army is a \"red line\" for Europe.", "neutrality", ("EU", "reject")),
    ("es", "Sánchez dijo que limitar el ejército ucraniano es una «línea roja» para Europa.", "neutrality", ("EU", "reject")),
    ("tr", "Kremlin, NATO üyeliğinin Rusya için \"kırmızı çizgi\" olduğunu söyledi.", "neutrality", ("RU", "reject")),
    ("tr", "Merz, Ukrayna ordusuna sınır getirilmesinin Avrupa için \"kırmızı çizgi\" olduğunu söyledi.", "neutrality",
     ("EU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", QUOTED_RED_LINE, ids=ids(QUOTED_RED_LINE))
def test_a_quoted_red_line_is_refused(classifier, lang, text, category, expected):
    got = positions(classifier, text, lang)[category]
    assert expected in got and (expected[0], "demand") not in got


# near-miss: a party's own red line that names what it wants stays its demand
OWN_RED_LINE = [
    ("en", "Kyiv's red line is the return of all deported children.", "prisoners", ("UA", "demand")),
]


@pytest.mark.parametrize("lang,text,category,expected", OWN_RED_LINE, ids=ids(OWN_RED_LINE))
def test_a_partys_own_red_line_is_its_demand(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]
