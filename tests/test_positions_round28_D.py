"""Round 28, helper D: a stance said by a negation, a negative quantifier, an evaluation or an idiom rather than a
verb of refusal. Each class has sentences that must give the right positions and near-misses that must not."""

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
    """The positions of `category` when the category is given (as the gold scoring does), whether or not a rule
    labels the sentence with it: these classes are about holders and stances, not categories."""
    by_cat = {lb.category: lb for lb in classifier.classify(text, lang)}
    label = Label(category, list(by_cat[category].matches)) if category in by_cat else Label(category)
    classifier.language(lang).attributor.attribute(text, normalise(text), [label])
    return sorted((p.holder, p.stance) for p in label.positions)


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r28D: an acceptance with a negated object or subject ('will accept no cap', 'no leader should recognise') is a refusal ---

NEGATED_OBJECT = [
    ('en', 'Kyiv will accept no cap on the size of its army, Umerov told reporters.',
     'neutrality', [('UA', 'reject')]),
    ('en', 'Ukraine says it will sign no treaty that bars it from joining NATO.',
     'neutrality', [('UA', 'reject')]),
    ('en', 'Tusk argued that no European leader should ever recognise the annexation of Crimea.',
     'territory', [('EU', 'reject')]),
    ('de', 'Die Ukraine akzeptiert keine Obergrenze für ihre Streitkräfte, sagte Selenskyj.',
     'neutrality', [('UA', 'reject')]),
]

NEGATED_OBJECT_MISSES = [
    ('en', 'There is no doubt Kyiv will accept the truce, Zelensky said.',
     'ceasefire', [('UA', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", NEGATED_OBJECT + NEGATED_OBJECT_MISSES, ids=ids(NEGATED_OBJECT + NEGATED_OBJECT_MISSES))
def test_r28d_negated_object(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: an agreement after a free-choice word ('any peace agreement must enshrine ...') is a demand's frame, no agreement ---

FREE_CHOICE = [
    ('en', "Moscow wants any peace agreement to enshrine Ukraine's neutrality, Lavrov said.",
     'neutrality', [('RU', 'demand')]),
    ('es', 'Moscú insistirá en que cualquier acuerdo de paz consagre la neutralidad de Ucrania, dijo Lavrov.',
     'neutrality', [('RU', 'demand')]),
    ('uk', 'Москва наполягатиме, щоб будь-яка мирна угода закріпила нейтральний статус України, заявив Лавров.',
     'neutrality', [('RU', 'demand')]),
    ('ru', 'Москва будет настаивать, чтобы любое мирное соглашение закрепило нейтральный статус Украины, заявил Лавров.',
     'neutrality', [('RU', 'demand')]),
    ('pl', 'Moskwa będzie nalegać, by każde porozumienie pokojowe gwarantowało neutralność Ukrainy, powiedział Ławrow.',
     'neutrality', [('RU', 'demand')]),
]

FREE_CHOICE_MISSES = [
    ('en', 'Kyiv accepted the agreement on a 30-day truce, Zelensky said.',
     'ceasefire', [('UA', 'agree')]),
    ('en', 'Kyiv rejected any agreement that would cede land, Zelensky said.',
     'territory', [('UA', 'reject')]),
]


@pytest.mark.parametrize("lang,text,category,expected", FREE_CHOICE + FREE_CHOICE_MISSES, ids=ids(FREE_CHOICE + FREE_CHOICE_MISSES))
def test_r28d_free_choice(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: a refusal verb governing an acceptance ('відмовилася підтримати', 'weigerte sich, zuzustimmen') refuses it ---

REFUSAL_VERBS = [
    ('uk', 'Угорщина знову відмовилася підтримати репараційний кредит для України, заявив Орбан.',
     'reparations', [('EU', 'reject')]),
    ('ru', 'Венгрия отказалась одобрить репарационный кредит для Украины, заявил Орбан.',
     'reparations', [('EU', 'reject')]),
    ('pl', 'Węgry odmówiły poparcia dla pożyczki reparacyjnej dla Ukrainy, oświadczył Orbán.',
     'reparations', [('EU', 'reject')]),
    ('de', 'Ungarn weigerte sich, dem Reparationskredit für die Ukraine zuzustimmen, sagte Orbán.',
     'reparations', [('EU', 'reject')]),
]

REFUSAL_VERBS_MISSES = [
    ('uk', 'Угорщина підтримала репараційний кредит для України, заявив Орбан.',
     'reparations', [('EU', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", REFUSAL_VERBS + REFUSAL_VERBS_MISSES, ids=ids(REFUSAL_VERBS + REFUSAL_VERBS_MISSES))
def test_r28d_refusal_verbs(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: a measure that 'cannot be recognised', no party its subject, is refused by the speaker ---

CANNOT_BE_RECOGNISED = [
    ('en', 'Macron stressed that the front line cannot be recognised as a border.',
     'territory', [('EU', 'reject')]),
    ('it', 'Meloni ha sottolineato che la linea del fronte non può essere riconosciuta come confine.',
     'territory', [('EU', 'reject')]),
    ('fr', 'Macron a souligné que la ligne de front ne peut pas être reconnue comme frontière.',
     'territory', [('EU', 'reject')]),
    ('de', 'Merz betonte, die Frontlinie dürfe niemals als Grenze anerkannt werden.',
     'territory', [('EU', 'reject')]),
    ('ru', 'Лавров подчеркнул, что линия фронта не может быть признана границей.',
     'territory', [('RU', 'reject')]),
    ('uk', 'Сибіга наголосив, що лінія фронту не може бути визнана кордоном.',
     'territory', [('UA', 'reject')]),
    ('pl', 'Sikorski podkreślił, że linia frontu nie może zostać uznana za granicę.',
     'territory', [('EU', 'reject')]),
]

CANNOT_BE_RECOGNISED_MISSES = [
    ('en', "Macron stressed that Ukraine's borders must be respected.",
     'territory', [('EU', 'demand')]),
]


@pytest.mark.parametrize("lang,text,category,expected", CANNOT_BE_RECOGNISED + CANNOT_BE_RECOGNISED_MISSES, ids=ids(CANNOT_BE_RECOGNISED + CANNOT_BE_RECOGNISED_MISSES))
def test_r28d_cannot_be_recognised(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: judging a measure an invitation to aggression turns it down ---

INVITATION = [
    ('en', "Kallas said a cap on Ukraine's army would be an open invitation to further Russian aggression.",
     'neutrality', [('EU', 'reject')]),
    ('it', "Kallas ha detto che un tetto all'esercito ucraino sarebbe un invito a una nuova aggressione.",
     'neutrality', [('EU', 'reject')]),
    ('fr', "Kallas a estimé qu'un plafond pour l'armée ukrainienne serait une invitation à une nouvelle agression.",
     'neutrality', [('EU', 'reject')]),
    ('de', 'Kallas sagte, eine Obergrenze für die ukrainische Armee wäre eine Einladung zu neuer Aggression.',
     'neutrality', [('EU', 'reject')]),
    ('es', 'Kallas dijo que un límite al ejército ucraniano sería una invitación a una nueva agresión.',
     'neutrality', [('EU', 'reject')]),
    ('ru', 'Каллас заявила, что ограничение численности украинской армии станет приглашением к новой агрессии.',
     'neutrality', [('EU', 'reject')]),
    ('uk', 'Каллас заявила, що обмеження чисельності української армії стане запрошенням до нової агресії.',
     'neutrality', [('EU', 'reject')]),
    ('pl', 'Kallas powiedziała, że limit liczebności ukraińskiej armii byłby zaproszeniem do kolejnej agresji.',
     'neutrality', [('EU', 'reject')]),
    ('tr', 'Kallas, Ukrayna ordusuna getirilecek bir sınırlamanın yeni bir işgal için davetiye olacağını söyledi.',
     'neutrality', [('EU', 'reject')]),
]

INVITATION_MISSES = [
    ('en', "Kallas said the EU welcomed Ankara's invitation to talks on security guarantees for Ukraine.",
     'neutrality', [('EU', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", INVITATION + INVITATION_MISSES, ids=ids(INVITATION + INVITATION_MISSES))
def test_r28d_invitation(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: a refusal 'without' a party's consent stands: the consent is no measure demanded ---

CONSENT = [
    ('en', 'Rubio said Washington would never recognise Crimea as Russian without the consent of Kyiv.',
     'territory', [('US', 'reject')]),
    ('fr', "Washington ne reconnaîtra pas la Crimée comme russe sans l'accord de Kiev, a dit Rubio.",
     'territory', [('US', 'reject')]),
    ('ru', 'Вашингтон не признает Крым российским без согласия Киева, заявил Рубио.',
     'territory', [('US', 'reject')]),
]

CONSENT_MISSES = [
    ('en', 'Ukraine will not sign any deal without security guarantees, Zelensky said.',
     'neutrality', [('UA', 'demand')]),
]


@pytest.mark.parametrize("lang,text,category,expected", CONSENT + CONSENT_MISSES, ids=ids(CONSENT + CONSENT_MISSES))
def test_r28d_consent(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: backing a measure while refusing one's own part in it ('will not send troops itself') is no rejection ---

OWN_PART = [
    ('en', 'Germany backs the European reassurance force, though it will not send troops itself, Merz said.',
     'neutrality', [('EU', 'agree')]),
    ('de', 'Deutschland unterstützt die europäische Schutztruppe, wird aber selbst keine Soldaten entsenden, sagte Merz.',
     'neutrality', [('EU', 'agree')]),
    ('it', "L'Italia sostiene la forza di rassicurazione europea, ma non invierà essa stessa soldati, ha detto Meloni.",
     'neutrality', [('EU', 'agree')]),
    ('ru', 'Италия поддерживает европейские силы сдерживания, но сама не будет отправлять войска, заявила Мелони.',
     'neutrality', [('EU', 'agree')]),
    ('pl', 'Rząd w Rzymie popiera europejską misję stabilizacyjną, choć sam nie wyśle do niej żołnierzy.',
     'neutrality', [('EU', 'agree')]),
]

OWN_PART_MISSES = [
    ('en', 'Germany will not send troops to Ukraine itself, Merz said.',
     'neutrality', [('EU', 'reject')]),
    ('en', 'Washington supports the force, but Poland itself will not send troops, Tusk said.',
     'neutrality', [('EU', 'reject'), ('US', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", OWN_PART + OWN_PART_MISSES, ids=ids(OWN_PART + OWN_PART_MISSES))
def test_r28d_own_part(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: a clause turned the other way after a contrastive, naming no issue of its own, is a second stance on the issue ---

CONTRAST = [
    ('pl', 'Kijów mógłby zaakceptować limit liczebności armii, ale wyklucza jakiekolwiek ograniczenia jej uzbrojenia, powiedział Sybiha.',
     'neutrality', [('UA', 'agree'), ('UA', 'reject')]),
    ('ru', 'Рубио заявил, что Вашингтон не станет отправлять свои войска на Украину, однако может поддержать европейский контингент разведданными.',
     'neutrality', [('US', 'agree'), ('US', 'reject')]),
    ('en', "Kyiv could accept a cap on the army's size, but rules out any limits on its long-range weapons, Sybiha said.",
     'neutrality', [('UA', 'agree'), ('UA', 'reject')]),
]

CONTRAST_MISSES = [
    ('en', "Kyiv accepted a cap on the army's size and rejected nothing else, Sybiha said.",
     'neutrality', [('UA', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", CONTRAST + CONTRAST_MISSES, ids=ids(CONTRAST + CONTRAST_MISSES))
def test_r28d_contrast(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: stance lexicon: reported 'lehne ... ab', 'contrario a', warning against a measure, 'rules out', bare 'defendió garantías' ---

LEXICON = [
    ('es', 'Albares descartó la neutralidad de Ucrania y defendió garantías de seguridad sólidas.',
     'neutrality', [('EU', 'demand'), ('EU', 'reject')]),
    ('de', 'Moskau lehne jede Stationierung westlicher Truppen in der Ukraine ab, sagte Peskow.',
     'neutrality', [('RU', 'reject')]),
    ('es', 'Hungría se declaró contraria a que los activos rusos congelados financien a Ucrania, dijo Orbán.',
     'reparations', [('EU', 'reject')]),
    ('it', "Meloni ha messo in guardia contro qualsiasi accordo che imponga la neutralità all'Ucraina.",
     'neutrality', [('EU', 'reject')]),
    ('de', 'Merz warnte vor einem Abkommen, das die Ukraine zur Neutralität zwingen würde.',
     'neutrality', [('EU', 'reject')]),
]


@pytest.mark.parametrize("lang,text,category,expected", LEXICON, ids=ids(LEXICON))
def test_r28d_lexicon(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected
