"""Round 35 C: an acceptance that points back to another party's proposal: the acceptor agrees, the proposer demands."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r35C: Polish 'na co' / 'na który' + przystać points back to the proposal: its subject agrees ---

POINTED_BACK_PL = [
    ("pl", "Turcja zaproponowała rozejm na Morzu Czarnym, na co Ukraina przystała.", "ceasefire",
     [("TR", "demand"), ("UA", "agree")]),
    ("pl", "Litwa zaproponowała wymianę rannych jeńców, na którą Moskwa przystała w piątek.", "prisoners",
     [("EU", "demand"), ("RU", "agree")]),
    # the proposal a 'by' clause, the acceptor's party phrase before the verb
    ("pl", "Kijów zaproponował, by najpierw uwolnić porwanych cywilów, na co strona rosyjska przystała po dwóch dniach.",
     "prisoners", [("RU", "agree"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", POINTED_BACK_PL, ids=ids(POINTED_BACK_PL))
def test_r35c_acceptance_pointing_back_pl(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # a party that only reports the proposal holds nothing; a negated acceptance is no agreement
    ("pl", "Turcja zaproponowała rozejm na Morzu Czarnym, o czym poinformowała Ukraina.", "ceasefire",
     [("TR", "demand")]),
    ("pl", "Turcja zaproponowała rozejm na Morzu Czarnym, na co Ukraina nie przystała.", "ceasefire",
     [("TR", "demand"), ("UA", "reject")]),
], ids=["pl-reported", "pl-negated"])
def test_r35c_no_acceptance_pointing_back_pl(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r35C: welcoming a proposal (accogliere, accueillir, acoger) as its object or in a relative after it ---

WELCOMED = [
    ("it", "La Turchia ha proposto una tregua nel Mar Nero e Kiev ha accolto l'offerta.", "ceasefire",
     [("TR", "demand"), ("UA", "agree")]),
    ("it", "Kiev ha proposto uno scambio di trecento prigionieri, una proposta che Mosca ha accolto senza riserve.",
     "prisoners", [("RU", "agree"), ("UA", "demand")]),
    ("fr", "La France a proposé une trêve aérienne et Moscou a accueilli la proposition.", "ceasefire",
     [("EU", "demand"), ("RU", "agree")]),
    ("fr", "Kiev a proposé un échange de trois cents prisonniers, une offre que Moscou a accueillie sans réserve.",
     "prisoners", [("RU", "agree"), ("UA", "demand")]),
    ("es", "Francia propuso una tregua aérea y Moscú acogió la propuesta.", "ceasefire",
     [("EU", "demand"), ("RU", "agree")]),
    ("es", "Kiev propuso un canje de trescientos prisioneros, una oferta que Moscú acogió sin reservas.", "prisoners",
     [("RU", "agree"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", WELCOMED, ids=ids(WELCOMED))
def test_r35c_welcomed_proposal_is_agreed(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


NOT_WELCOMED = [
    # a delegation received (hosted) is no proposal welcomed
    ("it", "Il Cremlino ha accolto la delegazione ucraina per discutere lo scambio di prigionieri.", "prisoners", "RU"),
    ("fr", "Ankara a accueilli les délégations russe et ukrainienne pour discuter d'un échange de prisonniers.",
     "prisoners", "TR"),
    ("es", "Turquía acogió a las delegaciones rusa y ucraniana para hablar de un canje de prisioneros.", "prisoners",
     "TR"),
    # a proposal received coolly is no acceptance
    ("it", "Kiev ha proposto uno scambio di trecento prigionieri, una proposta che Mosca ha accolto con freddezza.",
     "prisoners", "RU"),
    ("fr", "Kiev a proposé un échange de trois cents prisonniers, une offre que Moscou a accueillie froidement.",
     "prisoners", "RU"),
    ("es", "Kiev propuso un canje de trescientos prisioneros, una oferta que Moscú acogió con frialdad.", "prisoners",
     "RU"),
]


@pytest.mark.parametrize("lang,text,category,holder", NOT_WELCOMED, ids=ids(NOT_WELCOMED))
def test_r35c_received_is_no_agreement(classifier, lang, text, category, holder):
    assert (holder, "agree") not in given(classifier, text, lang, category)


# --- r35C: a second subject after a cue verb and a coordinator opens its own clause, no object of the first ---

COORDINATED_RELATIVE = [
    ("en", "The Kremlin dismissed the energy truce that Ankara had proposed and Kyiv had accepted."),
    ("de", "Moskau lehnte die Feuerpause ab, die Ankara vorgeschlagen und Kiew gebilligt hatte."),
    ("es", "El Kremlin rechazó la tregua energética que Ankara propuso y Kiev aceptó."),
    ("fr", "Le Kremlin a rejeté la trêve énergétique qu'Ankara a proposée et Kiev a acceptée."),
    ("it", "Il Cremlino ha respinto la tregua energetica che Ankara ha proposto e Kiev ha accettato."),
]


@pytest.mark.parametrize("lang,text", COORDINATED_RELATIVE, ids=ids(COORDINATED_RELATIVE))
def test_r35c_coordinated_relative_subject_agrees(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "reject"), ("TR", "demand"), ("UA", "agree")]


@pytest.mark.parametrize("lang,text,expected", [
    # the objects of one verb, coordinated with each other, stay objects: only the one who urges holds
    ("en", "Ankara urged Kyiv and Moscow to accept an energy truce.", [("TR", "demand")]),
    ("it", "Ankara ha chiesto a Kiev e Mosca di accettare una tregua energetica.", [("TR", "demand")]),
    # a second clause with its own verb keeps its own stance
    ("en", "Ankara proposed an energy truce and Moscow rejected it.", [("RU", "reject"), ("TR", "demand")]),
], ids=["en-objects", "it-objects", "en-second-clause"])
def test_r35c_coordinated_objects_hold_nothing(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


# --- r35C: Turkish 'taraflara' (to the parties) is whom a proposal is put to, not a collective holder ---

@pytest.mark.parametrize("lang,text,expected", [
    # the dative addressee between the owner's genitive and its participle leaves the owner its demand
    ("tr", "Erdoğan'ın Karadeniz'de taraflara önerdiği hava ateşkesi Moskova tarafından reddedildi.",
     [("RU", "reject"), ("TR", "demand")]),
    # the nominative and the genitive stay the parties themselves
    ("tr", "Taraflar Karadeniz'de hava ateşkesini kabul etti.", [("RU", "agree"), ("UA", "agree")]),
    ("tr", "Tarafların Karadeniz'de önerdiği hava ateşkesi Ankara tarafından memnuniyetle karşılandı.",
     [("RU", "demand"), ("TR", "agree"), ("UA", "demand")]),
], ids=["tr-dative-addressee", "tr-nominative", "tr-genitive"])
def test_r35c_dative_parties_are_addressed(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected
