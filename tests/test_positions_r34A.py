"""Round 34 A: restricted and conditional acceptance keep the agreement, and a partial acceptance rejects the proposal."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r34A: a condition that leaves no agreement beside it: restricted to the label's own issue or to a step of the
# other side, only once a step is done, a readiness, a mutual offer, a negated acceptance ---

CONDITION_NO_AGREEMENT = [
    # restricted to a condition on its own issue: the condition only, a demand
    ("en", "Moscow would only agree to a truce if arms deliveries to Kyiv stop.", {"ceasefire": [("RU", "demand")]}),
    ("it", "Mosca accetterebbe una tregua solo se cessano le forniture di armi a Kiev.", {"ceasefire": [("RU", "demand")]}),
    ("fr", "Moscou accepterait une trêve seulement si les livraisons d'armes à Kiev cessent.", {"ceasefire": [("RU", "demand")]}),
    ("es", "Moscú solo aceptaría una tregua si cesan los envíos de armas a Kiev.", {"ceasefire": [("RU", "demand")]}),
    ("ru", "Москва согласится на морское перемирие, только если Киев прекратит удары по портам.",
     {"ceasefire": [("RU", "demand")]}),
    ("uk", "Москва погодиться на морське перемир'я, лише якщо Київ припинить удари по портах.",
     {"ceasefire": [("RU", "demand")]}),
    # only once a step is done ('erst'): a condition, no agreement
    ("de", "Moskau stimmt einer Waffenruhe erst zu, wenn Kiew die Mobilisierung stoppt.", {"ceasefire": [("RU", "demand")]}),
    # a readiness on a condition is an offer, left as it was
    ("it", "Mosca è pronta a una tregua se Kiev rinuncia alla mobilitazione.", {"ceasefire": [("RU", "demand")]}),
    # the other side doing the same: a mutual measure offered
    ("pl", "Ukraina zgodzi się na rozejm morski, jeśli Rosja również się zgodzi.", {"ceasefire": [("UA", "demand")]}),
    # restricted to a step the other side is to take: an ultimatum, the demand of it on both issues
    ("en", "Moscow would accept a truce only if Kyiv pulls its troops out of Kursk.",
     {"ceasefire": [("RU", "demand")], "territory": [("RU", "demand")]}),
    # a negated acceptance stays a refusal
    ("ru", "Москва не согласится на перемирие, если Киев не выведет войска.", {"ceasefire": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", CONDITION_NO_AGREEMENT, ids=ids(CONDITION_NO_AGREEMENT))
def test_r34a_a_condition_without_a_kept_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r34A: an acceptance restricted to a condition on another issue ('would accept a truce only if it is backed by
# guarantees') agrees to its own issue; the condition is the other issue's demand ---

RESTRICTED_TO_ANOTHER_ISSUE = [
    ("en", "Kyiv would accept a truce only if it is backed by security guarantees from Washington."),
    ("it", "Kiev accetterebbe una tregua solo se fosse accompagnata da garanzie di sicurezza americane."),
    ("fr", "Kiev accepterait une trêve seulement si elle s'accompagnait de garanties de sécurité américaines."),
    ("de", "Kiew würde einer Waffenruhe nur zustimmen, wenn sie mit amerikanischen Sicherheitsgarantien verbunden ist."),
    ("es", "Kiev solo aceptaría una tregua si viniera acompañada de garantías de seguridad estadounidenses."),
    ("ru", "Киев согласится на перемирие, только если получит американские гарантии безопасности."),
]


@pytest.mark.parametrize("lang,text", RESTRICTED_TO_ANOTHER_ISSUE, ids=ids(RESTRICTED_TO_ANOTHER_ISSUE))
def test_r34a_a_condition_on_another_issue_leaves_the_agreement(classifier, lang, text):
    got = given_all(classifier, text, lang, ["ceasefire", "neutrality"])
    assert got == {"ceasefire": [("UA", "agree")], "neutrality": [("UA", "demand")]}


# --- r34A: a party that accepts only part of another's proposal, the two set against each other ('proposed ..., but
# Moscow agreed only to ...', 'n'a accepté qu'un ...', 'ise yalnızca ... kabul etti'): agree and reject ---

PARTIAL_ACCEPTANCE = [
    ("en", "Kyiv proposed a full exchange of all captives, but Moscow agreed only to swap 500 wounded soldiers."),
    ("it", "Kiev ha proposto uno scambio completo dei prigionieri, ma Mosca ha accettato solo lo scambio di 500 feriti."),
    ("fr", "Kiev a proposé un échange complet des prisonniers, mais Moscou n'a accepté qu'un échange de 500 blessés."),
    ("de", "Kiew schlug einen vollständigen Gefangenenaustausch vor, doch Moskau stimmte nur einem Austausch von 500 "
           "Verwundeten zu."),
    ("es", "Kiev propuso un canje completo de prisioneros, pero Moscú solo aceptó un intercambio de 500 heridos."),
    ("ru", "Киев предложил полный обмен пленными, но Москва согласилась лишь на обмен 500 ранеными."),
    ("uk", "Київ запропонував повний обмін полоненими, але Москва погодилася лише на обмін 500 пораненими."),
    ("pl", "Kijów zaproponował pełną wymianę jeńców, ale Moskwa zgodziła się tylko na wymianę 500 rannych."),
    ("tr", "Kiev kapsamlı bir esir takası önerdi, Moskova ise yalnızca 500 yaralı askerin takasını kabul etti."),
]


@pytest.mark.parametrize("lang,text", PARTIAL_ACCEPTANCE, ids=ids(PARTIAL_ACCEPTANCE))
def test_r34a_a_partial_acceptance_rejects_the_proposal(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("RU", "reject"), ("UA", "demand")]}


FULL_ACCEPTANCE = [
    # no restricting word: the proposal accepted, nothing rejected
    ("en", "Kyiv proposed a full exchange of all captives, and Moscow agreed to it."),
    ("it", "Kiev ha proposto uno scambio completo dei prigionieri, e Mosca lo ha accettato."),
    ("fr", "Kiev a proposé un échange complet des prisonniers, et Moscou l'a accepté."),
    ("de", "Kiew schlug einen vollständigen Gefangenenaustausch vor, und Moskau stimmte ihm zu."),
    ("es", "Kiev propuso un canje completo de prisioneros, y Moscú lo aceptó."),
    ("ru", "Киев предложил полный обмен пленными, и Москва согласилась на него."),
    ("uk", "Київ запропонував повний обмін полоненими, і Москва погодилася на нього."),
    ("pl", "Kijów zaproponował pełną wymianę jeńców, a Moskwa się na nią zgodziła."),
    ("tr", "Kiev kapsamlı bir esir takası önerdi, Moskova da takası kabul etti."),
    # the most a party would accept ('would only agree'): no partial acceptance made
    ("en", "Kyiv proposed a full exchange of all captives, but Moscow would only agree to swap 500 wounded soldiers."),
]


@pytest.mark.parametrize("lang,text", FULL_ACCEPTANCE, ids=ids(FULL_ACCEPTANCE))
def test_r34a_a_full_acceptance_rejects_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "demand")]}
