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


# --- r34D: an agreement that a proposed meeting aims at is nobody's stance; the proposer demands ---

PROPOSED_WITH_AN_AIM = [
    ("en", "Brazil proposed hosting a summit of Putin and Zelensky in Brasilia to agree on a full ceasefire."),
    ("it", "Il Brasile ha proposto di ospitare a Brasilia un incontro tra Putin e Zelensky per concordare un cessate il "
           "fuoco completo."),
    ("fr", "Le Brésil a proposé d'organiser à Brasilia une rencontre entre Poutine et Zelensky pour convenir d'un "
           "cessez-le-feu complet."),
    ("de", "Brasilien schlug vor, in Brasília ein Treffen von Putin und Selenskyj auszurichten, um eine vollständige "
           "Waffenruhe zu vereinbaren."),
    ("es", "Brasil propuso celebrar en Brasilia una cumbre entre Putin y Zelenski para acordar un alto el fuego total."),
    ("ru", "Бразилия предложила провести в Бразилиа встречу Путина и Зеленского, чтобы договориться о полном "
           "прекращении огня."),
    ("uk", "Бразилія запропонувала провести в Бразиліа зустріч Путіна і Зеленського, щоб домовитися про повне "
           "припинення вогню."),
    ("pl", "Brazylia zaproponowała zorganizowanie w Brasilii spotkania Putina i Zełenskiego, aby uzgodnić pełne "
           "zawieszenie broni."),
    ("tr", "Brezilya, tam bir ateşkes üzerinde anlaşmak için Putin ile Zelenskiy arasında Brasilia'da bir görüşme "
           "düzenlemeyi önerdi."),
]


@pytest.mark.parametrize("lang,text", PROPOSED_WITH_AN_AIM, ids=ids(PROPOSED_WITH_AN_AIM))
def test_r34d_the_aim_of_a_proposed_meeting_is_the_proposers_demand(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("OTHER", "demand")]


AGREED_AFTER_A_PROPOSAL = [
    # near misses: the parties' own agreement, with no purpose marker before it, stays theirs
    ("en", "Brazil proposed a summit in Brasilia, and Putin and Zelensky then agreed on a full ceasefire."),
    ("it", "Il Brasile ha proposto un vertice a Brasilia, e Putin e Zelensky hanno concordato un cessate il fuoco "
           "completo."),
    ("fr", "Le Brésil a proposé un sommet à Brasilia, et Poutine et Zelensky ont convenu d'un cessez-le-feu complet."),
    ("de", "Brasilien schlug ein Gipfeltreffen in Brasília vor, und Putin und Selenskyj vereinbarten eine vollständige "
           "Waffenruhe."),
    ("es", "Brasil propuso una cumbre en Brasilia, y Putin y Zelenski acordaron un alto el fuego total."),
    ("ru", "Бразилия предложила саммит в Бразилиа, после чего Путин и Зеленский договорились о полном прекращении "
           "огня."),
    ("uk", "Бразилія запропонувала саміт у Бразиліа, після чого Путін і Зеленський домовилися про повне припинення "
           "вогню."),
    ("pl", "Brazylia zaproponowała szczyt w Brasilii, a Putin i Zełenski uzgodnili pełne zawieszenie broni."),
    ("tr", "Brezilya Brasilia'da bir zirve önerdi, Putin ile Zelenskiy de tam bir ateşkes üzerinde anlaştı."),
]


@pytest.mark.parametrize("lang,text", AGREED_AFTER_A_PROPOSAL, ids=ids(AGREED_AFTER_A_PROPOSAL))
def test_r34d_an_agreement_with_no_aim_marker_stays_the_parties(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("OTHER", "demand"), ("RU", "agree"), ("UA", "agree")]
