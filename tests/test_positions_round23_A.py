"""Classes of position errors fixed in round 23 (group A: de, fr, it): each class has sentences that must give the
right positions and near-misses that must not give the wrong ones. The sentences are written for these tests."""

import pytest

from datasette_demands.labelling.classify import Classifier, Label
from datasette_demands.labelling.normalise import normalise
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def positions(classifier, text, lang):
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in classifier.classify(text, lang)}


def given(classifier, text, lang, category):
    """The positions of `category` when the category is given (as the gold scoring does)."""
    by_cat = {lb.category: lb for lb in classifier.classify(text, lang)}
    label = Label(category, list(by_cat[category].matches)) if category in by_cat else Label(category)
    classifier.language(lang).attributor.attribute(text, normalise(text), [label])
    return sorted((p.holder, p.stance) for p in label.positions)


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r23A: a measure called theft rejects it, the quote opening before the article or the verb at the clause's end ---

CALLED_THEFT = [
    ("it", "Confiscare le riserve russe sarebbe «un furto bello e buono», ha detto Zakharova.", "reparations",
     [("RU", "reject")]),
    ("fr", "Utiliser les avoirs gelés serait « une expropriation pure et simple », a déclaré Lavrov.", "reparations",
     [("RU", "reject")]),
    ("fr", "Le Kremlin a qualifié « un vol » la saisie des avoirs de sa banque centrale.", "reparations",
     [("RU", "reject")]),
    ("de", "Die Enteignung der russischen Guthaben, die Moskau als „Raub“ gebrandmarkt hat, spaltet die EU.",
     "reparations", [("RU", "reject")]),
    ("de", "Berlin will die eingefrorenen Gelder nutzen, was der Kreml als „Diebstahl“ bezeichnet.", "reparations",
     [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Toute confiscation des réserves russes serait « du vol », a prévenu Dmitri Medvedev.", "reparations",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CALLED_THEFT, ids=ids(CALLED_THEFT))
def test_a_measure_called_theft_is_rejected(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


CALLED_THEFT_NOT = [
    # the label names a crime of the war, not the measure: no rejection of compensation
    ("it", "Kiev chiede risarcimenti per il «furto» dei suoi bambini, ha detto Zelensky.", "reparations", "reject"),
    ("de", "Kiew fordert Entschädigung für den als „Raub“ bezeichneten Getreideexport der Besatzer, sagte Selenskyj.",
     "reparations", "reject"),
]


@pytest.mark.parametrize("lang,text,category,stance", CALLED_THEFT_NOT, ids=ids(CALLED_THEFT_NOT))
def test_a_crime_called_theft_is_not_a_rejection(classifier, lang, text, category, stance):
    assert ("UA", stance) not in given(classifier, text, lang, category)


# --- r23A: German verb-second: the name before a finite auxiliary or the reportive 'soll' is the subject, the one after it the object ---

BRACKET_SUBJECT = [
    ("de", "Paris hat Moskau gedrängt, einer Feuerpause über Ostern zuzustimmen.", "ceasefire", [("EU", "demand")]),
    ("de", "Die Europäer haben Moskau aufgefordert, die Angriffe auf Häfen einzustellen und einer Waffenruhe "
           "zuzustimmen.", "ceasefire", [("EU", "demand")]),
    ("de", "Washington soll Kiew gebeten haben, auf die Rückgabe der Krim zu verzichten.", "territory",
     [("US", "demand")]),
    # an opening subordinate clause stands where a phrase would: the name after 'soll' is still the subject
    ("de", "Wie die „Welt“ erfahren hat, soll Berlin Kiew gedrängt haben, einer Waffenruhe zuzustimmen.",
     "ceasefire", [("EU", "demand")]),
    # the US government as one compound, the subject after an inverted verb
    ("de", "Nach Angaben aus Diplomatenkreisen drängt die US-Regierung Kiew, die Krim endgültig aufzugeben.",
     "territory", [("US", "demand")]),
    ("de", "Die US-Administration lehnt eine Feuerpause nach Ostern ab.", "ceasefire", [("US", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", BRACKET_SUBJECT, ids=ids(BRACKET_SUBJECT))
def test_the_name_before_the_bracket_is_the_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


BRACKET_SUBJECT_NOT = [
    # a phrase, not a name, opens the clause: the name after the auxiliary is the subject, as before
    ("de", "Am Montag hat Kiew die russische Waffenruhe abgelehnt.", "ceasefire", ("RU", "reject")),
    # the obligation 'soll' (no perfect after it) puts the demand to the name before it
    ("de", "Kiew soll der Waffenruhe zustimmen, fordert Washington.", "ceasefire", ("UA", "demand")),
]


@pytest.mark.parametrize("lang,text,category,wrong", BRACKET_SUBJECT_NOT, ids=ids(BRACKET_SUBJECT_NOT))
def test_no_bracket_subject_where_none_is(classifier, lang, text, category, wrong):
    assert wrong not in given(classifier, text, lang, category)


# --- r23A: inviting or pressing a party to do something asks it of it (it 'invitare a', fr 'presser de', 'inviter à') ---

INVITED_TO = [
    ("it", "Il governo italiano ha invitato Mosca ad accettare una tregua di trenta giorni.", "ceasefire",
     [("EU", "demand")]),
    ("it", "Tajani invita il Cremlino a rispettare la moratoria sugli attacchi alle centrali.", "ceasefire",
     [("EU", "demand")]),
    ("fr", "Le président français a pressé le Kremlin d'accepter la trêve proposée par Washington.", "ceasefire",
     [("EU", "demand"), ("US", "demand")]),
    ("fr", "Berlin invite Moscou à accepter un cessez-le-feu sans conditions.", "ceasefire", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", INVITED_TO, ids=ids(INVITED_TO))
def test_inviting_a_party_to_accept_is_a_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


INVITED_TO_NOT = [
    # an invitation to a meeting asks nothing of the guest
    ("it", "Meloni ha invitato Zelensky al vertice di Roma sulla ricostruzione.", "UA"),
    ("fr", "Macron a invité Zelensky au sommet de Paris sur les garanties de sécurité.", "UA"),
]


@pytest.mark.parametrize("lang,text,addressee", INVITED_TO_NOT, ids=ids(INVITED_TO_NOT))
def test_an_invitation_to_a_meeting_is_no_demand(classifier, lang, text, addressee):
    assert not any(lb.positions for lb in classifier.classify(text, lang))


# --- r23A: a member state's adjective before a party noun names the EU holder ('il premier slovacco', 'le gouvernement néerlandais') ---

MEMBER_ADJECTIVE = [
    ("it", "Il ministro degli Esteri ungherese ha respinto l'uso degli asset russi congelati.", "reparations",
     [("EU", "reject")]),
    ("it", "Il governo olandese ha chiesto una commissione per i risarcimenti.", "reparations", [("EU", "demand")]),
    ("fr", "Le gouvernement slovaque a rejeté l'envoi de soldats en Ukraine.", "neutrality", [("EU", "reject")]),
    ("de", "Die ungarische Regierung lehnt die Nutzung der russischen Vermögen ab.", "reparations",
     [("EU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", MEMBER_ADJECTIVE, ids=ids(MEMBER_ADJECTIVE))
def test_a_member_states_adjective_names_the_eu(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


MEMBER_ADJECTIVE_NOT = [
    # the adjective alone, on no party noun, names no holder
    ("it", "Soldati spagnoli e danesi parteciperebbero alla forza di rassicurazione, scrive il Times.", "neutrality"),
    ("de", "Schwedische Unternehmen fordern Entschädigung für ihre Verluste in Russland.", "reparations"),
]


@pytest.mark.parametrize("lang,text,category", MEMBER_ADJECTIVE_NOT, ids=ids(MEMBER_ADJECTIVE_NOT))
def test_a_member_states_adjective_alone_names_no_holder(classifier, lang, text, category):
    assert ("EU", "demand") not in given(classifier, text, lang, category)


# --- r23A: a coordinated verb that offers something 'instead' carries the holder's second stance on the same issue ---

OFFERED_INSTEAD = [
    ("de", "Der Kreml lehnte die Feuerpause ab und verlangte stattdessen direkte Gespräche mit Washington.",
     "ceasefire", [("RU", "demand"), ("RU", "reject")]),
    ("fr", "Kiev a repoussé le plan de gel du front et exige plutôt des garanties écrites.", "territory",
     [("UA", "demand"), ("UA", "reject")]),
    ("it", "Il Cremlino ha respinto la moratoria sugli attacchi, chiedendo invece la fine delle forniture di armi.",
     "ceasefire", [("RU", "demand"), ("RU", "reject")]),
    # dismissing a measure as something turns it down
    ("it", "Kiev ha liquidato come una trappola la tregua proposta dal Cremlino, chiedendo invece un cessate il fuoco "
           "completo.", "ceasefire", [("RU", "demand"), ("UA", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OFFERED_INSTEAD, ids=ids(OFFERED_INSTEAD))
def test_an_offer_instead_is_a_second_stance(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


OFFERED_INSTEAD_NOT = [
    # what is offered instead is another issue: the first issue keeps its one stance
    ("it", "Mosca ha respinto la tregua, proponendo invece uno scambio di prigionieri.", "ceasefire",
     [("RU", "reject")]),
    ("de", "Moskau lehnte die Waffenruhe ab und bot stattdessen einen Gefangenenaustausch an.", "ceasefire",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OFFERED_INSTEAD_NOT, ids=ids(OFFERED_INSTEAD_NOT))
def test_an_offer_instead_on_another_issue_is_not(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


# --- r23A: 'irricevibile', 'irrecevable' (inadmissible) turn a measure down as 'inaccettabile', 'inacceptable' do ---

INADMISSIBLE = [
    ("it", "La proposta russa di tregua è stata definita «irricevibile» dal governo tedesco.", "ceasefire",
     [("EU", "reject"), ("RU", "demand")]),
    ("it", "Il governo polacco ha definito irricevibile il piano russo per la tregua.", "ceasefire",
     [("EU", "reject"), ("RU", "demand")]),
    ("fr", "Le gouvernement allemand a jugé irrecevable la proposition russe de trêve.", "ceasefire",
     [("EU", "reject"), ("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", INADMISSIBLE, ids=ids(INADMISSIBLE))
def test_an_inadmissible_measure_is_rejected(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


INADMISSIBLE_NOT = [
    # a court's ruling on a case is no party's position on an issue
    ("it", "Il ricorso della società è stato dichiarato irricevibile dal tribunale di Milano."),
    ("fr", "La plainte de l'entreprise a été jugée irrecevable par le tribunal de Paris."),
]


@pytest.mark.parametrize("lang,text", INADMISSIBLE_NOT, ids=ids(INADMISSIBLE_NOT))
def test_an_inadmissible_case_is_no_position(classifier, lang, text):
    assert not any(lb.positions for lb in classifier.classify(text, lang))
