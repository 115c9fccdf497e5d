"""Round 35 A: an acceptance or a readiness restricted to a step or a frame ("only after", "only as part of") is a demand."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling

# --- r35A: a readiness or an acceptance only after a step, or only within a frame, is the holder's demand ---

RESTRICTED_TO_A_STEP = [
    ("en", "Moscow is prepared to discuss a truce in the Black Sea, but only after a summit of the two presidents, Ushakov said.",
     "ceasefire", [("RU", "demand")]),
    ("en", "The Kremlin said it would accept Western peacekeepers only as part of a mission approved by the Security Council.",
     "neutrality", [("RU", "demand")]),
    ("it", "Mosca sarebbe pronta a firmare una tregua sul Mar Nero, ma solo dopo un vertice tra i due presidenti, ha detto Ushakov.",
     "ceasefire", [("RU", "demand")]),
    ("it", "Il Cremlino accetterebbe caschi blu occidentali soltanto nell'ambito di una missione dell'ONU, ha detto Lavrov.",
     "neutrality", [("RU", "demand")]),
    ("fr", "Moscou serait prête à signer une trêve en mer Noire, mais seulement après un sommet entre les deux présidents, a dit Ouchakov.",
     "ceasefire", [("RU", "demand")]),
    ("fr", "Le Kremlin accepterait des Casques bleus occidentaux uniquement dans le cadre d'une mission de l'ONU, a indiqué Lavrov.",
     "neutrality", [("RU", "demand")]),
    ("de", "Moskau sei zu einer Waffenruhe im Schwarzen Meer bereit, aber erst nach einem Gipfel der beiden Präsidenten, sagte Uschakow.",
     "ceasefire", [("RU", "demand")]),
    ("de", "Der Kreml würde westliche Blauhelme nur im Rahmen einer UN-Mission akzeptieren, sagte Lawrow.",
     "neutrality", [("RU", "demand")]),
    ("es", "Moscú estaría dispuesta a firmar una tregua en el mar Negro, pero solo después de una cumbre entre los dos presidentes, dijo Ushakov.",
     "ceasefire", [("RU", "demand")]),
    ("es", "El Kremlin aceptaría cascos azules occidentales únicamente como parte de una misión de la ONU, dijo Lavrov.",
     "neutrality", [("RU", "demand")]),
    ("ru", "Москва готова подписать перемирие на Черном море, но только после встречи двух президентов, заявил Ушаков.",
     "ceasefire", [("RU", "demand")]),
    ("ru", "Кремль согласится на западных миротворцев лишь в рамках миссии ООН, заявил Лавров.",
     "neutrality", [("RU", "demand")]),
    ("uk", "Москва готова підписати перемир'я на Чорному морі, але лише після зустрічі двох президентів, заявив Ушаков.",
     "ceasefire", [("RU", "demand")]),
    ("uk", "Кремль погодиться на західних миротворців лише в рамках місії ООН, заявив Лавров.",
     "neutrality", [("RU", "demand")]),
    ("pl", "Moskwa jest gotowa podpisać rozejm na Morzu Czarnym, ale dopiero po spotkaniu obu prezydentów, powiedział Uszakow.",
     "ceasefire", [("RU", "demand")]),
    ("pl", "Kreml zaakceptuje zachodnie siły pokojowe tylko w ramach misji ONZ, powiedział Ławrow.",
     "neutrality", [("RU", "demand")]),
    ("tr", "Peskov, Moskova'nın Karadeniz'de ateşkesi yalnızca iki liderin görüşmesinin ardından imzalayacağını söyledi.",
     "ceasefire", [("RU", "demand")]),
    ("tr", "Lavrov, Kremlin'in Batılı barış gücünü sadece uluslararası bir misyon kapsamında kabul edeceğini söyledi.",
     "neutrality", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", RESTRICTED_TO_A_STEP, ids=ids(RESTRICTED_TO_A_STEP))
def test_r35a_acceptance_restricted_to_a_step_is_a_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# the same acceptance with no restricting word: the time or the frame is no condition, the acceptance stands
NOT_RESTRICTED = [
    ("en", "The Kremlin said it would accept Western peacekeepers as part of a mission approved by the Security Council.",
     "neutrality"),
    ("it", "Mosca sarebbe pronta a firmare una tregua sul Mar Nero dopo un vertice tra i due presidenti, ha detto Ushakov.",
     "ceasefire"),
    ("fr", "Moscou serait prête à signer une trêve en mer Noire après un sommet entre les deux présidents, a dit Ouchakov.",
     "ceasefire"),
    ("de", "Der Kreml würde westliche Blauhelme im Rahmen einer UN-Mission akzeptieren, sagte Lawrow.", "neutrality"),
    ("es", "Moscú estaría dispuesta a firmar una tregua en el mar Negro después de una cumbre entre los dos presidentes, dijo Ushakov.",
     "ceasefire"),
    ("ru", "Москва готова подписать перемирие на Черном море после встречи двух президентов, заявил Ушаков.", "ceasefire"),
    ("uk", "Москва готова підписати перемир'я на Чорному морі після зустрічі двох президентів, заявив Ушаков.", "ceasefire"),
    ("pl", "Kreml zaakceptuje zachodnie siły pokojowe w ramach misji ONZ, powiedział Ławrow.", "neutrality"),
    ("tr", "Lavrov, Kremlin'in Batılı barış gücünü uluslararası bir misyon kapsamında kabul edeceğini söyledi.", "neutrality"),
]


@pytest.mark.parametrize("lang,text,category", NOT_RESTRICTED, ids=ids(NOT_RESTRICTED))
def test_r35a_unrestricted_acceptance_stays_agree(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "agree")]


# --- r35A: a restricted acceptance with the issue named in another party's clause before it ---

def test_r35a_only_agree_if_after_another_partys_acceptance(classifier):
    text = ("Kyiv backed the Turkish offer of a prisoner exchange, while Moscow said it would only agree if the lists "
            "included its pilots.")
    assert given(classifier, text, "en", "prisoners") == [("RU", "demand"), ("TR", "demand"), ("UA", "agree")]


def test_r35a_another_partys_condition_is_not_the_first_subjects(classifier):
    # the condition stands in Moscow's clause: Kyiv's acceptance sets none, and Moscow's plain 'if' is left as it was
    text = ("Kyiv backed the Turkish offer of a prisoner exchange, while Moscow said it would agree if the lists "
            "included its pilots.")
    assert ("UA", "demand") not in given(classifier, text, "en", "prisoners")


# --- r35A: Turkish, a restricting word far before the postposed condition opens it ---

def test_r35a_tr_restricted_condition_far_before_its_postposition(classifier):
    text = ("Peskov, Moskova'nın ateşkesi yalnızca Kiev'in Zaporijya'dan bütün birliklerini geri çekmesi halinde "
            "kabul edeceğini söyledi.")
    assert given_all(classifier, text, "tr", ["ceasefire", "territory"]) == {
        "ceasefire": [("RU", "demand")], "territory": [("RU", "demand")]}


def test_r35a_tr_plain_condition_keeps_the_acceptance(classifier):
    text = "Peskov, Moskova'nın ateşkesi Kiev'in Zaporijya'dan bütün birliklerini geri çekmesi halinde kabul edeceğini söyledi."
    assert ("RU", "agree") in given(classifier, text, "tr", "ceasefire")


# --- r35A: "only on condition that" is an "only if": on another issue only, the acceptance keeps its agreement ---

ONLY_ON_CONDITION = [
    ("en", "Ukraine would sign a truce only on condition that it came with binding security guarantees from its allies, "
           "Sybiha said."),
    ("it", "L'Ucraina firmerebbe una tregua solo a condizione che sia accompagnata da garanzie di sicurezza vincolanti, "
           "ha detto Sybiha."),
    ("fr", "L'Ukraine signerait une trêve seulement à condition qu'elle soit assortie de garanties de sécurité "
           "contraignantes, a dit Sybiha."),
    ("es", "Ucrania firmaría una tregua solo a condición de que vaya acompañada de garantías de seguridad vinculantes, "
           "dijo Sibiga."),
    ("ru", "Украина согласится на перемирие лишь при условии, что оно будет сопровождаться обязывающими гарантиями "
           "безопасности, заявил Сибига."),
    ("uk", "Сибіга заявив, що Україна погодиться на припинення вогню тільки за умови надання їй обов'язкових гарантій "
           "безпеки."),
    ("pl", "Ukraina podpisze rozejm tylko pod warunkiem, że będzie mu towarzyszyć wiążące gwarancje bezpieczeństwa, "
           "powiedział Sybiha."),
]


@pytest.mark.parametrize("lang,text", ONLY_ON_CONDITION, ids=ids(ONLY_ON_CONDITION))
def test_r35a_only_on_condition_of_another_issue_keeps_the_agreement(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire", "neutrality"]) == {
        "ceasefire": [("UA", "agree")], "neutrality": [("UA", "demand")]}


# the condition a step another party is to take, on the issue itself: the demand only, no agreement
STEP_OF_ANOTHER_PARTY = [
    ("en", "Russia would sign a truce only on condition that Ukraine halted its mobilisation, Peskov said."),
    ("ru", "Россия согласится на перемирие лишь при условии, что Украина прекратит мобилизацию, заявил Песков."),
]


@pytest.mark.parametrize("lang,text", STEP_OF_ANOTHER_PARTY, ids=ids(STEP_OF_ANOTHER_PARTY))
def test_r35a_only_on_condition_of_another_partys_step_is_a_demand(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "demand")]


def test_r35a_unrestricted_proviso_is_left_as_it_was(classifier):
    # no restricting word: the acceptance is not kept beside the condition by this step
    text = "Ukraine would sign a truce on condition that it came with binding security guarantees from its allies, Sybiha said."
    assert given(classifier, text, "en", "ceasefire") == [("UA", "demand")]
