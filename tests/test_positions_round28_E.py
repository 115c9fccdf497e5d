"""Round 28, helper E: a position the sentence denies or negates is no position of its holder (issue 19's quality
bar): each class has sentences that must give the right positions and near-misses that must not change."""

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


# --- r28E: a demand negated by a bare negation cue ("never", "nie", "nunca", "mai", "-me-") is no position ---

NEVER_DEMANDED = [
    ("en", "Moscow has never asked Kyiv for reparations.", "reparations"),
    ("en", "Kyiv never offered a truce over Easter.", "ceasefire"),
    ("de", "Moskau hat nie eine Pufferzone verlangt.", "territory"),
    ("de", "Kiew hat niemals eine Feuerpause angeboten.", "ceasefire"),
    ("es", "Kiev nunca pidió una tregua de Pascua.", "ceasefire"),
    ("es", "Moscú nunca ha exigido una compensación por los daños.", "reparations"),
    ("tr", "Kiev Paskalya için asla ateşkes önermedi.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", NEVER_DEMANDED, ids=ids(NEVER_DEMANDED))
def test_never_demanded_is_no_position(classifier, lang, text, category):
    assert positions(classifier, text, lang).get(category, []) == []


NEVER_KEPT = [
    # a refusal verb before a demand noun keeps refusing it; a negated agreement stays a rejection
    ("en", "Moscow refused demands for an Easter truce.", "ceasefire", [("RU", "reject")]),
    ("en", "Moscow has never agreed to pay any compensation.", "reparations", [("RU", "reject")]),
    ("de", "Kiew wird niemals einer Pufferzone zustimmen.", "territory", [("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NEVER_KEPT, ids=ids(NEVER_KEPT))
def test_never_keeps_refusals(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang).get(category) == expected


# --- r28E: a verb of denial opening a clause ("denied that", "bestritt, dass", "negó que") leaves what it denies
# no position: a demand or rejection there is no one's, the denial itself rejects nothing ---

DENIED = [
    ("en", "Lavrov denied that Russia had asked for a buffer zone along the border.", "territory"),
    ("en", "The Kremlin denied that it had turned down an Easter truce.", "ceasefire"),
    ("de", "Lawrow bestritt, dass Russland eine Pufferzone an der Grenze verlangt habe.", "territory"),
    ("de", "Moskau bestreitet, eine Feuerpause über Ostern zurückgewiesen zu haben.", "ceasefire"),
    ("es", "Lavrov negó que Rusia hubiera pedido una zona de amortiguación en la frontera.", "territory"),
    ("es", "El Kremlin negó haber rechazado una tregua de Pascua.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", DENIED, ids=ids(DENIED))
def test_denied_clause_is_no_position(classifier, lang, text, category):
    assert positions(classifier, text, lang).get(category, []) == []


DENIED_KEPT = [
    # what the denier asserts beside the denial stays its position
    ("en", "The Kremlin denied that it had agreed to an Easter truce and insisted on a pullback of Ukrainian "
           "troops from Donbas.", "territory", [("RU", "demand")]),
    # an agreement denied is denied, as "had not agreed" is: a rejection
    ("es", "El Kremlin negó que Moscú hubiera aceptado una tregua de Pascua.", "ceasefire", [("RU", "reject")]),
    # no clause: 'denied access' is a refusal of its own
    ("en", "Russia denied Red Cross inspectors access to prisoners of war.", "prisoners", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DENIED_KEPT, ids=ids(DENIED_KEPT))
def test_denial_keeps_what_is_asserted(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang).get(category) == expected


# --- r28E: a negated rejection of another's proposal ("did not reject the proposal") is no demand; only a negated
# giving-up ("will not give up its demand", "не откажется от требования") keeps the demand ---

NOT_REJECTED = [
    ("en", "Kyiv did not reject the Turkish truce proposal.", "ceasefire"),
    ("fr", "Kiev n'a pas rejeté la proposition turque de trêve.", "ceasefire"),
    ("es", "Kiev no rechazó la propuesta turca de tregua.", "ceasefire"),
    ("ru", "Киев не отверг турецкое предложение о перемирии.", "ceasefire"),
    ("pl", "Kijów nie odrzucił tureckiej propozycji rozejmu.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", NOT_REJECTED, ids=ids(NOT_REJECTED))
def test_not_rejected_is_no_demand(classifier, lang, text, category):
    assert ("UA", "demand") not in positions(classifier, text, lang).get(category, [])


GIVING_UP_DENIED = [
    ("ru", "Москва не откажется от требования о нейтральном статусе Украины.", "neutrality", [("RU", "demand")]),
    ("uk", "Київ не відмовиться від вимоги про репарації.", "reparations", [("UA", "demand")]),
    ("fr", "Kiev ne renoncera pas à sa demande de garanties de sécurité.", "neutrality", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", GIVING_UP_DENIED, ids=ids(GIVING_UP_DENIED))
def test_giving_up_denied_keeps_demand(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang).get(category) == expected


# --- r28E: a reporting or demand verb under negation opening its clause ("never said that", "n'a jamais dit que")
# leaves what the clause says no one's position ---

UNSAID = [
    ("en", "Lavrov never said that Moscow would accept European peacekeepers.", "neutrality"),
    ("en", "Sybiha did not say that Kyiv wanted an Easter truce.", "ceasefire"),
    ("es", "Lavrov nunca dijo que Moscú aceptaría cascos azules europeos.", "neutrality"),
    ("fr", "Lavrov n'a jamais dit que Moscou accepterait des Casques bleus européens.", "neutrality"),
    ("ru", "Лавров никогда не говорил, что Москва согласится на европейских миротворцев.", "neutrality"),
    ("pl", "Ławrow nigdy nie powiedział, że Moskwa zaakceptuje europejskich żołnierzy pokojowych.", "neutrality"),
]


@pytest.mark.parametrize("lang,text,category", UNSAID, ids=ids(UNSAID))
def test_unsaid_clause_is_no_position(classifier, lang, text, category):
    assert positions(classifier, text, lang).get(category, []) == []


SAID_KEPT = [
    # said, not unsaid; and a reporting verb negated with no clause after it reports nothing denied
    ("en", "Lavrov said that Moscow would never accept European peacekeepers.", "neutrality", [("RU", "reject")]),
    ("fr", "Lavrov a dit que Moscou accepterait un échange de prisonniers.", "prisoners", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SAID_KEPT, ids=ids(SAID_KEPT))
def test_said_clause_keeps_positions(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang).get(category) == expected
