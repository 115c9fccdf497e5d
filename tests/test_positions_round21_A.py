"""Round 21, group A (de, fr, it): classes of position errors fixed in the attribution; each class has sentences
that must give the right positions and near-misses that must not give the wrong ones."""

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


# --- r21A: a proviso after an agreement ("provided that", "sofern", "à condition que", "purché") is the holder's demand ---

PROVISO = [
    ("de", "Die Ukraine akzeptiert die Waffenruhe, vorausgesetzt, dass Russland sie ebenfalls einhält, sagte Selenskyj.",
     {"ceasefire": [("UA", "agree"), ("UA", "demand")]}),
    ("de", "Moskau stimmte einem Gefangenenaustausch grundsätzlich zu, knüpfte ihn aber an die Bedingung, dass Kiew "
           "zuerst die Listen übermittelt.", {"prisoners": [("RU", "agree"), ("RU", "demand")]}),
    ("de", "Kiew ist offen für eine Feuerpause im Schwarzen Meer, sofern Moskau die Angriffe auf die Häfen einstellt, "
           "erklärte Sybiha.", {"ceasefire": [("UA", "agree"), ("UA", "demand")]}),
    ("fr", "L'Ukraine est favorable à un échange de prisonniers, pourvu que la Russie libère aussi les civils, a affirmé "
           "Zelensky.", {"prisoners": [("UA", "agree"), ("UA", "demand")]}),
    ("fr", "Moscou ne s'opposera pas à des garanties de sécurité occidentales pour l'Ukraine, à la condition que la Chine "
           "figure parmi les garants, a fait savoir le Kremlin.", {"neutrality": [("RU", "agree"), ("RU", "demand")]}),
    ("it", "Kiev è favorevole a uno scambio di prigionieri, purché Mosca liberi anche i civili, ha dichiarato Zelensky.",
     {"prisoners": [("UA", "agree"), ("UA", "demand")]}),
    ("it", "L'Ucraina sostiene il cessate il fuoco a patto che la Russia lo rispetti davvero, ha affermato Sybiha.",
     {"ceasefire": [("UA", "agree"), ("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", PROVISO, ids=ids(PROVISO))
def test_a_proviso_after_an_agreement_is_a_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a negated proviso excludes what it names: a rejection, no demand
    ("it", "La Russia accetterebbe una tregua purché non includa truppe straniere, ha detto Peskov.",
     {"ceasefire": [("RU", "agree"), ("RU", "reject")], "neutrality": [("RU", "reject")]}),
    ("fr", "La Russie soutiendra l'accord à condition qu'il n'inclue pas de troupes de l'OTAN, a déclaré Lavrov.",
     {"neutrality": [("RU", "reject")]}),
])
def test_a_negated_proviso_is_no_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21A: German verb-second after an opening "Wie ..." clause, and a refusal bracket over a long middle field ---
# --- ('Wie X erfuhr, lehnt Moskau ... ab'; 'lehnte ... <many words> ... ab', 'wies ... zurück') -----------------------

V2_REFUSAL = [
    ("de", "Wie die Nachrichtenagentur Reuters aus Diplomatenkreisen erfuhr, lehnt Moskau eine europäische "
           "Friedenstruppe in der Ukraine weiterhin ab.", {"neutrality": [("RU", "reject")]}),
    ("de", "Wie aus Regierungskreisen verlautete, weist der Kreml den Vorschlag eines Gefangenenaustauschs aller "
           "gegen alle zurück.", {"prisoners": [("RU", "reject")]}),
    ("de", "Selenskyj lehnte bei seinem Besuch in Berlin vor Journalisten eine Abtretung der bislang von der "
           "ukrainischen Armee gehaltenen Gebiete im Osten erneut entschieden ab.", {"territory": [("UA", "reject")]}),
    ("de", "Der Kreml wies am Montag in einer ausführlichen schriftlichen Stellungnahme des Präsidialamts die "
           "europäische Forderung nach einer bedingungslosen Waffenruhe entschieden zurück.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", V2_REFUSAL, ids=ids(V2_REFUSAL))
def test_german_refusal_after_an_opening_clause_or_over_a_long_bracket(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the outlet of the opening clause is no holder; the subject after the verb is
    ("de", "Wie der Spiegel berichtet, fordert die Ukraine eine Waffenruhe von mindestens dreißig Tagen.",
     {"ceasefire": [("UA", "demand")]}),
    # a bracket that closes early ('lehnte es ab,') refuses nothing of what follows
    ("de", "Selenskyj lehnte es ab, sich zu den Berichten zu äußern, und forderte eine Waffenruhe.",
     {"ceasefire": [("UA", "demand")]}),
])
def test_german_refusal_near_misses(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21A: common forms of stance words and holder names the lexicons lacked: 'nicht infrage' in one word, a ---
# --- verb-final '(nicht) ausschließe' in a subordinate clause, fr 'les Vingt-Sept' (capitalised: the EU's states) ---

FORMS = [
    ("de", "Ein Rückzug aus dem Donbass komme für Kiew nicht infrage, sagte der ukrainische Außenminister.",
     {"territory": [("UA", "reject")]}),
    ("de", "Eine europäische Friedenstruppe kommt für Moskau nicht infrage, erklärte Peskow.",
     {"neutrality": [("RU", "reject")]}),
    ("de", "Russland habe signalisiert, dass es eine Feuerpause über Ostern nicht ausschließe.",
     {"ceasefire": [("RU", "agree")]}),
    ("de", "Peskow sagte, dass Moskau eine Waffenruhe ausschließt.", {"ceasefire": [("RU", "reject")]}),
    ("fr", "Les Vingt-Sept ont approuvé l'utilisation des avoirs russes gelés au profit de l'Ukraine.",
     {"reparations": [("EU", "agree")]}),
    ("fr", "Selon l'AFP, les Vingt-Sept réclament un cessez-le-feu immédiat.", {"ceasefire": [("EU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", FORMS, ids=ids(FORMS))
def test_common_forms_of_stance_words_and_holders(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # the number in lower case is no holder
    ("fr", "Kiev réclame la libération de vingt-sept prisonniers civils, a déclaré Zelensky."),
    # 'in Frage kommen' without its negation rejects nothing
    ("de", "Eine Anerkennung der Krim komme in Frage, sofern Kiew Garantien erhält, sagte Lawrow."),
])
def test_common_forms_near_misses(classifier, lang, text):
    got = positions(classifier, text, lang)
    stances = {st for ps in got.values() for _, st in ps}
    if lang == "fr":
        assert "EU" not in {h for ps in got.values() for h, _ in ps}
    else:
        assert "reject" not in stances


# --- r21A: German reflexive verb before its inverted subject ('einigten sich beide Seiten', 'sprach sich Berlin ---
# --- für ... aus'): the subject after 'sich' holds; the reporter after the clause ('teilte Fidan mit') does not ---

REFLEXIVE_V2 = [
    ("de", "In Istanbul einigten sich beide Seiten auf einen Gefangenenaustausch, teilte Fidan mit.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("de", "Am Montag sprach sich Berlin für eine Waffenruhe aus, sagte ein Regierungssprecher.",
     {"ceasefire": [("EU", "demand")]}),
    ("de", "In Genf sprach sich Lawrow gegen eine europäische Friedenstruppe aus.", {"neutrality": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", REFLEXIVE_V2, ids=ids(REFLEXIVE_V2))
def test_german_reflexive_verb_before_its_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_german_reflexive_verb_near_miss(classifier):
    # the party of another clause ('während Moskau schwieg') takes no stance from the reflexive verb
    assert positions(classifier, "Dort sprach sich Ankara für einen Gefangenenaustausch aus, während Moskau schwieg.",
                     "de") == {"prisoners": [("TR", "demand")]}


# --- r21A: who speaks after the quote with a verb of insistence ('..., ha insistito Lavrov', '..., a insisté X'), ---
# --- and the Italian ministry named with its nationality after it ('il ministero degli Esteri russo') ---

SPEAKERS = [
    ("it", "Kiev non cederà nemmeno un metro del Donbass, ha insistito Zelensky.", {"territory": [("UA", "reject")]}),
    ("it", "L'Ucraina deve tornare alla neutralità, ha insistito Lavrov.", {"neutrality": [("RU", "demand")]}),
    ("fr", "L'Ukraine doit renoncer à l'OTAN, a insisté Lavrov.", {"neutrality": [("RU", "demand")]}),
    ("it", "Il ministero degli Esteri russo ha respinto la tregua proposta dagli europei.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("it", "Il ministero della Difesa russo ha annunciato una tregua di tre giorni.", {"ceasefire": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", SPEAKERS, ids=ids(SPEAKERS))
def test_insisting_speaker_and_ministry_with_its_nationality(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_a_ministry_without_a_nationality_is_no_holder(classifier):
    assert positions(classifier, "Il ministero della Difesa ha chiesto una tregua.", "it") == {"ceasefire": []}
