"""Round 34 D: mediators that propose keep their demand, and a party that reacts to the proposal keeps its own stance."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r34D: a host that hosted the talks accepts nothing; what it puts forward is its demand (ru, uk) ---

HOSTS_THAT_PROPOSE = [
    ("ru", "Индия, принимавшая переговоры в Дели, выступила с инициативой об обмене всех пленных на всех.",
     "prisoners", [("OTHER", "demand")]),
    ("ru", "Индия, принимавшая встречу в Дели, предложила обмен всех пленных на всех.",
     "prisoners", [("OTHER", "demand")]),
    ("uk", "Індія, яка приймала переговори в Делі, запропонувала обмін усіх полонених на всіх.",
     "prisoners", [("OTHER", "demand")]),
    ("uk", "Індія, яка приймала зустріч у Делі, виступила з ініціативою обміну всіх полонених на всіх.",
     "prisoners", [("OTHER", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", HOSTS_THAT_PROPOSE, ids=ids(HOSTS_THAT_PROPOSE))
def test_r34d_a_host_of_the_talks_that_proposes_demands(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


ACCEPTING_IS_NOT_HOSTING = [
    # near misses: accepting another's proposal is still an agreement
    ("ru", "Киев принял предложение Индии об обмене всех пленных на всех.", "prisoners",
     [("OTHER", "demand"), ("UA", "agree")]),
    ("uk", "Київ прийняв пропозицію Індії про обмін усіх полонених на всіх.", "prisoners",
     [("OTHER", "demand"), ("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", ACCEPTING_IS_NOT_HOSTING, ids=ids(ACCEPTING_IS_NOT_HOSTING))
def test_r34d_accepting_a_proposal_still_agrees(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r34D: the agreement word left at the end of a relative whose preposition went to its front ---

FRONTED_AGREEMENT = [
    ("en", "Brazil floated a moratorium on strikes against ports, an idea to which Kyiv said it was receptive."),
    ("it", "Il Brasile ha proposto una moratoria sugli attacchi ai porti, un'idea alla quale Kiev si è mostrata aperta."),
    ("fr", "Le Brésil a proposé un moratoire sur les frappes contre les ports, une idée à laquelle Kiev s'est montré "
           "ouvert."),
    ("de", "Brasilien schlug ein Moratorium für Angriffe auf Häfen vor, eine Idee, für die sich Kiew offen zeigte."),
    ("es", "Brasil propuso una moratoria de ataques contra puertos, una idea a la que Kiev se mostró abierto."),
    ("ru", "Бразилия предложила мораторий на удары по портам, идею, за которую высказался Киев."),
    ("uk", "Бразилія запропонувала мораторій на удари по портах, ідею, за яку виступив Київ."),
    ("pl", "Brazylia zaproponowała moratorium na ataki na porty, pomysł, za którym Kijów się opowiedział."),
]


@pytest.mark.parametrize("lang,text", FRONTED_AGREEMENT, ids=ids(FRONTED_AGREEMENT))
def test_r34d_a_fronted_relative_of_agreement_gives_its_subject_agree(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("OTHER", "demand"), ("UA", "agree")]


FRONTED_NO_AGREEMENT = [
    # near misses: the same fronted relative with no word of agreement, or with the opposite preposition
    ("en", "Brazil floated a moratorium on strikes against ports, an idea to which Kyiv has not yet replied."),
    ("it", "Il Brasile ha proposto una moratoria sugli attacchi ai porti, un'idea alla quale Kiev non ha ancora "
           "risposto."),
    ("fr", "Le Brésil a proposé un moratoire sur les frappes contre les ports, une idée à laquelle Kiev n'a pas encore "
           "répondu."),
    ("de", "Brasilien schlug ein Moratorium für Angriffe auf Häfen vor, eine Idee, gegen die sich Kiew ausgesprochen "
           "hat."),
    ("es", "Brasil propuso una moratoria de ataques contra puertos, una idea a la que Kiev aún no ha respondido."),
    ("ru", "Бразилия предложила мораторий на удары по портам, идею, против которой высказался Киев."),
    ("uk", "Бразилія запропонувала мораторій на удари по портах, ідею, проти якої виступив Київ."),
    ("pl", "Brazylia zaproponowała moratorium na ataki na porty, pomysł, przeciwko któremu Kijów się opowiedział."),
]


@pytest.mark.parametrize("lang,text", FRONTED_NO_AGREEMENT, ids=ids(FRONTED_NO_AGREEMENT))
def test_r34d_a_fronted_relative_without_agreement_gives_no_agree(classifier, lang, text):
    got = given(classifier, text, lang, "ceasefire")
    assert ("OTHER", "demand") in got
    assert ("UA", "agree") not in got
