"""Round 21, group B (en, es, tr): classes of position errors fixed in the attribution; each class has sentences
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


# --- r21B: a verb of doubt opens an open question: the party whose acceptance is doubted holds nothing (es) ---

DOUBTED = [
    ("es", "Los analistas dudan de que Moscú acepte la tregua.", {"ceasefire": []}),
    ("es", "Los expertos dudaban de que el Kremlin aceptara la propuesta de tregua de Washington.",
     {"ceasefire": [("US", "demand")]}),
    ("es", "Los diplomáticos dudan de que Rusia acepte un alto el fuego de 30 días.", {"ceasefire": []}),
    ("en", "Analysts doubt that the Kremlin will accept the US truce proposal.", {"ceasefire": [("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", DOUBTED)
def test_a_doubted_acceptance_is_no_position(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # no doubt: the acceptance stands ('sin duda' is the noun, no verb of doubt)
    ("es", "Moscú aceptará sin duda la tregua propuesta por Washington.",
     {"ceasefire": [("RU", "agree"), ("US", "demand")]}),
    ("es", "Moscú acepta la tregua propuesta por Washington.", {"ceasefire": [("RU", "agree"), ("US", "demand")]}),
])
def test_an_acceptance_not_doubted_stands(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: a release carried out (past, with a count) is an exchange done: each side that frees men agrees ---

RELEASED = [
    ("en", "Russia and Ukraine each released 120 prisoners of war on Friday, the Ukrainian ombudsman said.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("en", "Moscow and Kyiv freed 95 soldiers each in a swap brokered by Abu Dhabi.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("es", "Rusia y Ucrania liberaron cada una a 84 prisioneros de guerra el jueves.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("tr", "Rusya ve Ukrayna perşembe günü 84'er savaş esirini serbest bıraktı.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
]


@pytest.mark.parametrize("lang,text,expected", RELEASED)
def test_a_release_carried_out_is_agreed(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a release wanted is a demand, not one carried out
    ("en", "Ukraine wants all 800 civilians released before any talks.", {"prisoners": [("UA", "demand")]}),
    ("en", "Kyiv demanded that Moscow release 300 detained journalists.", {"prisoners": [("UA", "demand")]}),
    ("es", "Kiev exige que Rusia libere a los 400 civiles detenidos.", {"prisoners": [("UA", "demand")]}),
    ("tr", "Kiev, sivillerin serbest bırakılmasını talep etti.", {"prisoners": [("UA", "demand")]}),
])
def test_a_release_wanted_is_a_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: asking to strike a measure from a draft turns the measure down; the draft's owner keeps the demand ---

STRUCK = [
    ("en", "Kyiv wants the cap on its army removed from the US draft.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
    ("en", "Ukraine asked for the clause on its neutral status to be struck from the American plan.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
    ("en", "Ukraine demanded that the limit on its armed forces be deleted from the Witkoff plan.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
    ("es", "Kiev pide eliminar del plan estadounidense el tope de efectivos del ejército.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
    ("es", "Kiev exige que se retire del borrador estadounidense la cláusula sobre su estatus neutral.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
    ("tr", "Ukrayna, tarafsızlık maddesinin Amerikan planından çıkarılmasını talep etti.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
    ("tr", "Zelenskiy, ordu sınırlamasının Amerikan taslağından çıkarılmasında ısrar etti.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", STRUCK)
def test_striking_a_measure_from_a_draft_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # troops removed from a region, not a clause from a draft: the withdrawal is demanded
    ("en", "Moscow wants Ukrainian troops removed from Donbas.", {"territory": [("RU", "demand")]}),
    ("es", "Moscú pide retirar las tropas ucranianas del Donbás.", {"territory": [("RU", "demand")]}),
    ("tr", "Moskova, Ukrayna birliklerinin Donbas'tan çıkarılmasını istedi.", {"territory": [("RU", "demand")]}),
    # a clause added to a draft is demanded
    ("tr", "Ukrayna, ABD planına tarafsızlık maddesinin eklenmesini talep etti.",
     {"neutrality": [("UA", "demand"), ("US", "demand")]}),
])
def test_a_removal_from_a_place_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: idioms of refusal reject: no right or mandate to do it, a line drawn at it, out of the question, ---
# --- detached from reality ---

REFUSAL_IDIOMS = [
    ("en", "Zelensky said he had no mandate to cede any territory to Russia.", {"territory": [("UA", "reject")]}),
    ("en", "The Kremlin drew a red line at the deployment of European peacekeepers in Ukraine.",
     {"neutrality": [("RU", "reject")]}),
    ("es", "Zelenski afirmó que no tiene derecho constitucional a ceder territorio ucraniano.",
     {"territory": [("UA", "reject")]}),
    ("es", "Zelenski afirmó que no tiene mandato para ceder el Donbás.", {"territory": [("UA", "reject")]}),
    ("tr", "Zelenskiy, Donbas'ı Rusya'ya bırakma yetkisi olmadığını söyledi.", {"territory": [("UA", "reject")]}),
    ("tr", "Kremlin, Kiev'in NATO'ya katılma talebinin söz konusu olamayacağını açıkladı.",
     {"neutrality": [("RU", "reject"), ("UA", "demand")]}),
    ("tr", "Rusya, Kırım'ın iadesi önerisini \"gerçeklikten kopuk\" olarak nitelendirdi.",
     {"territory": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", REFUSAL_IDIOMS)
def test_an_idiom_of_refusal_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # a right that is had is no refusal
    ("en", "Ukraine has the right to join NATO, Rutte said."),
    ("es", "Ucrania tiene derecho a ingresar en la OTAN, dijo Rutte."),
    ("tr", "Rutte, Ukrayna'nın NATO'ya katılma hakkı olduğunu söyledi."),
])
def test_a_right_had_is_no_refusal(classifier, lang, text):
    assert all(stance != "reject" for found in positions(classifier, text, lang).values() for _, stance in found)


# --- r21B: what another party must accept, reported by a speaker after it, is the speaker's demand (en; es as is) ---

OBLIGED_OTHER = [
    ("en", "Russia must accept the ceasefire now, Rubio said.", {"ceasefire": [("US", "demand")]}),
    ("en", "Moscow has to accept the 30-day truce, the US secretary of state said.", {"ceasefire": [("US", "demand")]}),
    ("en", "The Kremlin needs to accept the US truce proposal, Zelensky said.",
     {"ceasefire": [("UA", "demand"), ("US", "demand")]}),
    ("es", "Moscú debe aceptar el alto el fuego sin condiciones, declaró Zelenski.", {"ceasefire": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", OBLIGED_OTHER)
def test_what_another_must_accept_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # an obligation on the speaker's own side is its own acceptance
    ("en", "We must accept the ceasefire, Zelensky said.", {"ceasefire": [("UA", "agree")]}),
    ("en", "Ukraine must accept the ceasefire, Zelensky said.", {"ceasefire": [("UA", "agree")]}),
    ("es", "Debemos aceptar la tregua, dijo Zelenski.", {"ceasefire": [("UA", "agree")]}),
])
def test_an_obligation_of_ones_own_side_is_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: Turkish, a party in the dative before a participle ("Ukrayna tarafına sunduğu", "Rus heyetine") is ---
# --- the recipient of what is handed over, no subject ---

RECIPIENTS = [
    ("tr", "Rus heyeti, Ukrayna tarafına sunduğu memorandumda Kırım'ın Rusya toprağı olarak tanınmasını talep etti.",
     {"territory": [("RU", "demand")]}),
    ("tr", "Rus heyeti, Ukrayna heyetine sunduğu memorandumda Kırım'ın Rusya toprağı olarak tanınmasını talep etti.",
     {"territory": [("RU", "demand")]}),
    ("tr", "Moskova, Kiev tarafına esir takası teklif etti.", {"prisoners": [("RU", "demand")]}),
    ("tr", "Ukrayna tarafı, Rus heyetine 30 günlük ateşkes önerdi.", {"ceasefire": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", RECIPIENTS)
def test_a_recipient_in_the_dative_holds_nothing(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the side itself as subject, and the agent, still hold
    ("tr", "Ukrayna tarafı ateşkes önerdi.", {"ceasefire": [("UA", "demand")]}),
    ("tr", "Rusya tarafından sunulan memorandum, Kırım'ın tanınmasını talep ediyor.", {"territory": [("RU", "demand")]}),
])
def test_a_side_as_subject_or_agent_holds(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: Turkish, a converb of privation ("ateşkes sağlanmadan", "imzalanmadan") before a refusal is the ---
# --- condition the refusal asks for: what is 'not yet done' is demanded ---

PRIVATIVE_CONVERBS = [
    ("tr", "Zelenskiy, ateşkes sağlanmadan toprak meselesinin görüşülmesine karşı çıktı.",
     {"ceasefire": [("UA", "demand")], "territory": [("UA", "reject")]}),
    ("tr", "Zelenskiy, ateşkes ilan edilmeden toprak meselesinin görüşülmesine karşı çıktı.",
     {"ceasefire": [("UA", "demand")], "territory": [("UA", "reject")]}),
    ("tr", "Kiev'in ateşkes sağlanmadan herhangi bir toprak meselesinin görüşülmesine karşı çıktığı bildirildi.",
     {"ceasefire": [("UA", "demand")], "territory": [("UA", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", PRIVATIVE_CONVERBS)
def test_a_privative_converb_before_a_refusal_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a plain refusal, no privation: the measure is turned down
    ("tr", "Zelenskiy, ateşkes önerisini reddetti.", {"ceasefire": [("UA", "reject")]}),
])
def test_a_refusal_without_a_privative_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: every item of a list a privative opens is demanded ("no peace without X and Y": Y too) (en, es) ---

PRIVATIVE_LISTS = [
    ("en", "There can be no peace without Ukraine's renunciation of NATO membership and recognition of the new "
           "territorial realities, Lavrov said.",
     {"neutrality": [("RU", "demand")], "territory": [("RU", "demand")]}),
    ("en", "Kyiv rejects any truce without security guarantees and a return of all prisoners.",
     {"ceasefire": [("UA", "reject")], "neutrality": [("UA", "demand")], "prisoners": [("UA", "demand")]}),
    ("es", "Rusia no aceptará la paz sin la neutralidad de Ucrania y el reconocimiento de Crimea como rusa.",
     {"neutrality": [("RU", "demand")], "territory": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", PRIVATIVE_LISTS)
def test_every_item_after_a_privative_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a second verb of refusal after the coordinator closes the list: its object is rejected
    ("en", "Kyiv rejects any truce without security guarantees and refuses a freeze of the front line.",
     {"ceasefire": [("UA", "reject")], "neutrality": [("UA", "demand")], "territory": [("UA", "reject")]}),
])
def test_a_verb_after_the_list_keeps_its_stance(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: settling for a measure names the least a party would take: a demand, not an agreement (en) ---

SETTLED_FOR = [
    ("en", "The Kremlin could settle for a freeze of the front line in the south.", {"territory": [("RU", "demand")]}),
    ("en", "Kyiv might settle for security guarantees from Washington, officials said.",
     {"neutrality": [("UA", "demand")]}),
    ("en", "Ukraine would settle for a 30-day truce as a first step, Yermak said.", {"ceasefire": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", SETTLED_FOR)
def test_settling_for_a_measure_demands_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # settling on an exchange together is agreeing to it
    ("en", "Kyiv and Moscow settled on a 1,000-for-1,000 prisoner exchange.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
])
def test_settling_on_a_measure_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: Turkish, a yes-or-no question ("kabul edip etmeyeceğini": whether or not it will accept) is no ---
# --- refusal by its subject ---

WHETHER_OR_NOT = [
    ("tr", "Rubio, Rusya'nın ateşkesi kabul edip etmeyeceğini göreceklerini söyledi.", {"ceasefire": [("US", "demand")]}),
    ("tr", "Rubio, Moskova'nın 30 günlük ateşkese evet deyip demeyeceğini bekleyeceklerini söyledi.",
     {"ceasefire": [("US", "demand")]}),
    ("tr", "Analistler, Kremlin'in ABD'nin ateşkes önerisini kabul edip etmeyeceğinin belirsiz olduğunu belirtti.",
     {"ceasefire": [("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", WHETHER_OR_NOT)
def test_a_whether_or_not_question_is_no_refusal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the plain negative future is the refusal
    ("tr", "Rubio, Rusya'nın ateşkesi kabul etmeyeceğini söyledi.", {"ceasefire": [("RU", "reject")]}),
    ("tr", "Zelenskiy, Ukrayna'nın Donbas'tan çekilip toprak vermeyeceğini söyledi.", {"territory": [("UA", "reject")]}),
])
def test_a_plain_negative_future_is_a_refusal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected
