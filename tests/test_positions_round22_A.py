"""Round 22, group A (de, fr, it): classes of position errors fixed in the attribution, each with sentences that must
give the right positions and near-misses that must not give the wrong ones."""

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


# --- r22A: French, a negated commitment whose 'jamais' is fronted ('Jamais X ne cédera') or set in quotes ---
# --- ('ne reconnaîtra « jamais »') is still a refusal of its subject ---

FRONTED_NEVER = [
    ("fr", "Jamais l'Ukraine ne cédera le Donbass, a martelé Zelensky.", "territory", "UA"),
    ("fr", "Jamais la Russie ne paiera de réparations, a prévenu Lavrov.", "reparations", "RU"),
    ("fr", "Londres ne reconnaîtra « jamais » l'annexion de la Crimée, a dit le ministre.", "territory", "EU"),
    ("fr", "Kyiv ne signera « pas » un cessez-le-feu imposé par Moscou, a averti le négociateur.", "ceasefire", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", FRONTED_NEVER, ids=ids(FRONTED_NEVER))
def test_a_fronted_or_quoted_never_still_refuses(classifier, lang, text, category, holder):
    assert (holder, "reject") in positions(classifier, text, lang)[category]


@pytest.mark.parametrize("lang,text,category,holder", [
    # joining the alliance, fronted 'jamais' or not, is the neutrality content, no refusal of it
    ("fr", "Jamais l'Ukraine n'adhérera à l'Otan sans garanties, a dit Zelensky.", "neutrality", "UA"),
])
def test_a_fronted_never_does_not_refuse_joining(classifier, lang, text, category, holder):
    assert (holder, "reject") not in positions(classifier, text, lang).get(category, [])


# --- r22A: an acceptance negated in an 'if' clause ('se le parti non accetteranno una tregua', 's'ils n'acceptent ---
# --- pas', 'falls Moskau nicht zustimmt') is the condition the holder sets: what it names is demanded, no refusal ---

REFUSED_CONDITION = [
    ("it", "Trump ha avvertito che gli Stati Uniti potrebbero ritirarsi dai negoziati se le parti non accetteranno una tregua.", "ceasefire", "US"),
    ("it", "Bruxelles inasprirà le sanzioni qualora Mosca non accetti il cessate il fuoco, ha detto Kallas.", "ceasefire", "EU"),
    ("fr", "Washington menace de se retirer de la médiation si les parties n'acceptent pas un cessez-le-feu.", "ceasefire", "US"),
    ("fr", "Washington quittera la médiation s'ils n'acceptent pas la trêve, a prévenu Rubio.", "ceasefire", "US"),
    ("de", "Trump drohte, sich aus den Gesprächen zurückzuziehen, falls die Parteien einer Waffenruhe nicht zustimmen.", "ceasefire", "US"),
    ("de", "Die USA werden sich zurückziehen, wenn Moskau die Waffenruhe nicht akzeptiert, sagte Rubio.", "ceasefire", "US"),
]


@pytest.mark.parametrize("lang,text,category,holder", REFUSED_CONDITION, ids=ids(REFUSED_CONDITION))
def test_an_acceptance_refused_in_a_condition_is_demanded(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "demand")]}


@pytest.mark.parametrize("lang,text,holder", [
    # the refusal stands in the main clause, the condition names something else: still a refusal
    ("fr", "Kyiv n'acceptera pas de cessez-le-feu si la Russie garde ses troupes, a dit Zelensky.", "UA"),
    ("de", "Kiew werde keine Waffenruhe akzeptieren, wenn Russland seine Truppen nicht abzieht, sagte Selenskyj.", "UA"),
])
def test_a_refusal_before_a_condition_still_refuses(classifier, lang, text, holder):
    assert positions(classifier, text, lang)["ceasefire"] == [(holder, "reject")]


# --- r22A: the closing speaker that a relative clause calls the mediator ('ha annunciato la Turchia, che ha mediato ---
# --- l'accordo', 'qui a négocié l'accord', 'das die Einigung vermittelt hatte') reports the parties' agreement: no holder ---

MEDIATING_SPEAKER = [
    ("it", "Mosca e Kiev hanno concordato uno scambio di prigionieri, ha annunciato la Turchia, che ha mediato l'accordo."),
    ("it", "Russia e Ucraina si sono accordate sul rimpatrio di altri bambini, ha reso noto il Qatar, che ha facilitato i colloqui."),
    ("fr", "Moscou et Kyiv ont conclu un échange de prisonniers, a annoncé la Turquie, qui a négocié l'accord."),
    ("fr", "Moscou et Kyiv se sont entendus sur un échange de prisonniers, a indiqué le Qatar, qui a servi de médiateur."),
    ("de", "Moskau und Kiew haben einen Gefangenenaustausch vereinbart, sagte Katar, das die Gespräche vermittelt hatte."),
]


@pytest.mark.parametrize("lang,text", MEDIATING_SPEAKER, ids=ids(MEDIATING_SPEAKER))
def test_a_mediating_speaker_is_no_holder(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}


@pytest.mark.parametrize("lang,text", [
    # the mediator as the subject of a verb of its own still holds its position
    ("it", "La Turchia, che ha mediato l'accordo sul grano, chiede ora una tregua immediata."),
    ("fr", "La Turquie, qui a facilité les pourparlers, réclame désormais un cessez-le-feu immédiat."),
])
def test_a_mediator_with_its_own_verb_holds(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("TR", "demand")]}


# --- r22A: ruling out that a party could accept a measure ('ha escluso che l'Europa possa accettare', 'a exclu que ---
# --- la France puisse accepter') turns the measure down, as after a negation; not ruling it out is openness ---

RULED_OUT_ACCEPTANCE = [
    ("it", "Il ministro ha escluso che l'Italia possa accettare il riconoscimento della Crimea come russa.", "territory", "EU"),
    ("it", "Il Cremlino esclude che la Russia possa accettare una tregua di trenta giorni.", "ceasefire", "RU"),
    ("fr", "Le ministre a exclu que la France puisse accepter la reconnaissance de la Crimée comme russe.", "territory", "EU"),
    ("fr", "Le Kremlin exclut que la Russie accepte une trêve de trente jours.", "ceasefire", "RU"),
    ("de", "Merz schloss aus, dass Europa eine Anerkennung der Krim als russisch akzeptieren könne.", "territory", "EU"),
]


@pytest.mark.parametrize("lang,text,category,holder", RULED_OUT_ACCEPTANCE, ids=ids(RULED_OUT_ACCEPTANCE))
def test_a_ruled_out_acceptance_rejects(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "reject")]}


@pytest.mark.parametrize("lang,text", [
    ("it", "Il Cremlino non ha escluso che la Russia possa accettare una tregua di trenta giorni."),
    ("fr", "Le Kremlin n'a pas exclu que la Russie puisse accepter une trêve de trente jours."),
])
def test_an_acceptance_not_ruled_out_agrees(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "agree")]}


# --- r22A: German, a measure that 'comes into question' under no circumstances ('kommt unter keinen Umständen / auf ---
# --- keinen Fall / keinesfalls in Frage') is turned down, as 'kommt nicht in Frage' ---

NOT_IN_QUESTION = [
    ("de", "Ein Nato-Beitritt der Ukraine kommt für den Kreml unter keinen Umständen in Frage, betonte Peskow.", "neutrality", "RU"),
    ("de", "Die Stationierung europäischer Truppen komme für Russland in keinem Fall infrage, sagte Lawrow.", "neutrality", "RU"),
    ("de", "Eine Waffenruhe komme für Kiew auf keinen Fall infrage, sagte Selenskyj.", "ceasefire", "UA"),
    ("de", "Gebietsabtretungen kommen für die Ukraine keinesfalls in Frage, betonte Sybiha.", "territory", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", NOT_IN_QUESTION, ids=ids(NOT_IN_QUESTION))
def test_a_measure_out_of_question_is_rejected(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "reject")]}


@pytest.mark.parametrize("lang,text,category,holder", [
    # in question on a condition, or at any time: no refusal
    ("de", "Eine Waffenruhe kommt für Kiew nur dann in Frage, wenn Russland seine Truppen abzieht, sagte Selenskyj.", "ceasefire", "UA"),
    ("de", "Ein Gefangenenaustausch komme für Moskau jederzeit in Frage, sagte Peskow.", "prisoners", "RU"),
])
def test_a_measure_in_question_is_not_rejected(classifier, lang, text, category, holder):
    assert (holder, "reject") not in positions(classifier, text, lang)[category]


# --- r22A: Italian, a demand not given up ('non rinuncerà alla richiesta di ...', 'non recede dalla pretesa di') is ---
# --- insisted on: the negation belongs to the verb of giving up, not to the demand noun ---

DEMAND_NOT_GIVEN_UP = [
    ("it", "La Russia non rinuncerà alla richiesta di riconoscimento della Crimea, ha detto Peskov.", "territory", "RU"),
    ("it", "La Russia, ha sottolineato Peskov, non rinuncerà alla richiesta di riconoscimento della Crimea.", "territory", "RU"),
    ("it", "Mosca non recede dalla pretesa di una neutralità dell'Ucraina.", "neutrality", "RU"),
    ("it", "L'Ucraina non rinuncia alle sue richieste di riparazioni, ha ribadito Zelensky.", "reparations", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", DEMAND_NOT_GIVEN_UP, ids=ids(DEMAND_NOT_GIVEN_UP))
def test_a_demand_not_given_up_is_insisted_on(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "demand")]}


@pytest.mark.parametrize("lang,text,want", [
    # not giving up land is a refusal to cede it; a demand not made is no position
    ("it", "L'Ucraina non rinuncerà mai alla Crimea, ha detto Zelensky.", {"territory": [("UA", "reject")]}),
    ("it", "Mosca non ha chiesto una tregua, ha precisato Peskov.", {"ceasefire": []}),
])
def test_a_negation_without_a_demand_given_up(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- r22A: a quantifier before an agreement noun ('tout accord', 'ogni accordo', 'jedes Abkommen') makes it a noun, ---
# --- the object of the demand before it: wanting that any deal provide X demands X, no agreement ---

ANY_DEAL_MUST_PROVIDE = [
    ("fr", "Les Européens veulent que tout accord prévoie des garanties de sécurité pour l'Ukraine.", "neutrality", "EU"),
    ("it", "Gli europei vogliono che ogni accordo preveda garanzie di sicurezza per l'Ucraina.", "neutrality", "EU"),
    ("it", "Kiev chiede che qualsiasi intesa preveda il ritorno dei bambini deportati.", "prisoners", "UA"),
    ("de", "Die Europäer fordern, dass jedes Abkommen Sicherheitsgarantien für die Ukraine vorsieht.", "neutrality", "EU"),
    ("de", "Kiew verlangt, dass jede Vereinbarung die Rückkehr der verschleppten Kinder vorsieht.", "prisoners", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", ANY_DEAL_MUST_PROVIDE, ids=ids(ANY_DEAL_MUST_PROVIDE))
def test_wanting_any_deal_to_provide_demands(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "demand")]}


@pytest.mark.parametrize("lang,text", [
    # supporting any such deal still agrees
    ("fr", "Paris soutient tout accord prévoyant un cessez-le-feu durable."),
    ("it", "Roma sostiene ogni accordo che preveda un cessate il fuoco duraturo."),
])
def test_supporting_any_deal_agrees(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("EU", "agree")]}
