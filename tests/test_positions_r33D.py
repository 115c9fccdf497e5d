"""Round 33 D: who holds what a messenger relays, what "the sides" agree under a host or mediator, and who only hosts."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r33D: a party relayed by a messenger holds its clause, also named with its first name ---

RELAYED_FIRST_NAME = [
    ("en", "Sánchez said that Trump had told him that Vladimir Putin would accept a truce at sea.", "ceasefire",
     [("RU", "agree")]),
    ("it", "Sánchez ha detto che Trump gli aveva assicurato che Vladimir Putin accetterebbe una tregua in mare.",
     "ceasefire", [("RU", "agree")]),
    ("fr", "La Première ministre danoise Mette Frederiksen a affirmé que Donald Trump lui avait assuré que Vladimir "
     "Poutine accepterait une trêve en mer.", "ceasefire", [("RU", "agree")]),
    ("de", "Macron sagte, Trump habe ihm versichert, Wladimir Putin werde eine Waffenruhe auf See akzeptieren.",
     "ceasefire", [("RU", "agree")]),
    ("es", "Macron dijo que Trump le había asegurado que Vladímir Putin aceptaría una tregua en el mar.", "ceasefire",
     [("RU", "agree")]),
    ("ru", "Макрон заявил, что Трамп заверил его, что Владимир Путин согласится на перемирие на море.", "ceasefire",
     [("RU", "agree")]),
    ("uk", "Макрон заявив, що Трамп запевнив його, що Володимир Путін погодиться на перемир'я на морі.", "ceasefire",
     [("RU", "agree")]),
    ("pl", "Macron powiedział, że Trump zapewnił go, że Władimir Putin zgodzi się na rozejm na morzu.", "ceasefire",
     [("RU", "agree")]),
    ("tr", "Macron, Trump'ın kendisine Vladimir Putin'in denizde ateşkesi kabul edeceğini söylediğini aktardı.",
     "ceasefire", [("RU", "agree")]),
]

# near misses: a first name after the complementizer that opens no relayed clause of the party's own (the party is
# only urged), so the one who urges holds the demand
URGED_BY_FIRST_NAME = [
    ("en", "Macron said that Donald Trump had urged Vladimir Putin to accept a truce at sea.", "ceasefire", "RU"),
    ("fr", "Macron a déclaré que Donald Trump avait exhorté Vladimir Poutine à accepter une trêve en mer.", "ceasefire",
     "RU"),
    ("es", "Macron dijo que Donald Trump había instado a Vladímir Putin a aceptar una tregua en el mar.", "ceasefire",
     "RU"),
    ("ru", "Макрон заявил, что Дональд Трамп призвал Владимира Путина согласиться на перемирие на море.", "ceasefire",
     "RU"),
    ("uk", "Макрон заявив, що Дональд Трамп закликав Володимира Путіна погодитися на перемир'я на морі.", "ceasefire",
     "RU"),
    ("pl", "Macron powiedział, że Donald Trump wezwał Władimira Putina do zgody na rozejm na morzu.", "ceasefire", "RU"),
]


@pytest.mark.parametrize("lang,text,category,expected", RELAYED_FIRST_NAME, ids=ids(RELAYED_FIRST_NAME))
def test_r33d_relayed_party_with_first_name_holds(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,urged", URGED_BY_FIRST_NAME, ids=ids(URGED_BY_FIRST_NAME))
def test_r33d_urged_party_with_first_name_holds_nothing(classifier, lang, text, category, urged):
    assert not any(h == urged for h, _ in given(classifier, text, lang, category))


# --- r33D: a messenger's verb of letting know or confiding relays the clause of the party it names ---

MESSENGER_VERBS = [
    ("fr", "Selon Le Monde, un diplomate allemand affirme que Iouri Ouchakov a fait savoir aux Européens que Moscou "
     "accepterait un gel du front à Kherson.", "territory", [("RU", "agree")]),
    ("fr", "Un diplomate allemand affirme que Iouri Ouchakov a confié aux Européens que Moscou accepterait un gel du "
     "front à Kherson.", "territory", [("RU", "agree")]),
    ("fr", "Le Kremlin a fait savoir qu'il accepterait un gel du front, mais Kiev a rejeté cette idée.", "territory",
     [("RU", "agree"), ("UA", "reject")]),
    ("it", "Un diplomatico tedesco afferma che Jurij Ushakov ha fatto sapere agli europei che Mosca accetterebbe un "
     "congelamento del fronte a Kherson.", "territory", [("RU", "agree")]),
    ("it", "Un diplomatico tedesco afferma che Jurij Ushakov ha confidato agli europei che Mosca accetterebbe un "
     "congelamento del fronte a Kherson.", "territory", [("RU", "agree")]),
    ("pl", "Niemiecki dyplomata twierdzi, że Jurij Uszakow zapewnił Europejczyków, że Moskwa zgodzi się na zamrożenie "
     "frontu w Chersoniu.", "territory", [("RU", "agree")]),
    ("en", "A German diplomat says Yuri Ushakov let the Europeans know that Moscow would accept a freeze of the front.",
     "territory", [("RU", "agree")]),
    ("es", "Un diplomático alemán afirma que Yuri Ushakov hizo saber a los europeos que Moscú aceptaría congelar el "
     "frente en Jersón.", "territory", [("RU", "agree")]),
    ("de", "Ein deutscher Diplomat sagt, Juri Uschakow habe die Europäer wissen lassen, Moskau werde ein Einfrieren der "
     "Front in Cherson akzeptieren.", "territory", [("RU", "agree")]),
    ("ru", "Немецкий дипломат утверждает, что Юрий Ушаков дал понять европейцам, что Москва согласится на заморозку "
     "фронта в Херсоне.", "territory", [("RU", "agree")]),
    ("uk", "Німецький дипломат стверджує, що Юрій Ушаков дав зрозуміти європейцям, що Москва погодиться на "
     "заморожування фронту в Херсоні.", "territory", [("RU", "agree")]),
    ("tr", "Alman bir diplomat, Yuri Uşakov'un Avrupalılara Moskova'nın Herson'da cephenin dondurulmasını kabul "
     "edeceğini ilettiğini söyledi.", "territory", [("RU", "agree")]),
]

# near misses: the messenger's own stance, with no party of its own in the clause it reports, stays its own
MESSENGER_OWN = [
    ("fr", "Le Kremlin a fait savoir qu'il rejetait tout gel du front à Kherson.", "territory", [("RU", "reject")]),
    ("it", "Il Cremlino afferma che respinge ogni congelamento del fronte a Kherson.", "territory", [("RU", "reject")]),
    ("pl", "Kreml twierdzi, że odrzuca zamrożenie frontu w Chersoniu.", "territory", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", MESSENGER_VERBS, ids=ids(MESSENGER_VERBS))
def test_r33d_messenger_verb_relays_the_named_party(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", MESSENGER_OWN, ids=ids(MESSENGER_OWN))
def test_r33d_messenger_without_relayed_party_holds_its_own(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33D: an outlet told between two reporting verbs is an addressee, the relayed party still holds ---

OUTLET_TOLD = [
    ("es", "El enviado de Trump, Steve Witkoff, dijo a la CNN que Putin le había asegurado en Moscú que no quiere toda "
     "Ucrania.", "territory", [("RU", "reject")]),
    ("en", "Witkoff told CNN that Putin had assured him that Russia would accept a truce.", "ceasefire",
     [("RU", "agree")]),
    ("it", "Witkoff ha detto alla CNN che Putin gli aveva assicurato che la Russia accetterebbe una tregua.",
     "ceasefire", [("RU", "agree")]),
    ("fr", "Witkoff a déclaré à CNN que Poutine lui avait assuré que la Russie accepterait une trêve.", "ceasefire",
     [("RU", "agree")]),
    ("de", "Witkoff sagte der CNN, Putin habe ihm versichert, Russland werde eine Waffenruhe akzeptieren.", "ceasefire",
     [("RU", "agree")]),
    ("ru", "Уиткофф заявил CNN, что Путин заверил его, что Россия согласится на перемирие.", "ceasefire",
     [("RU", "agree")]),
    ("uk", "Віткофф заявив CNN, що Путін запевнив його, що Росія погодиться на перемир'я.", "ceasefire",
     [("RU", "agree")]),
    ("pl", "Witkoff powiedział CNN, że Putin zapewnił go, że Rosja zgodzi się na rozejm.", "ceasefire",
     [("RU", "agree")]),
]

# near misses: the reporter's own refusal before the outlet stays its own
OUTLET_OWN = [
    ("es", "Witkoff dijo a la CNN que Washington no quiere toda Ucrania para Rusia.", "territory", "US"),
    ("en", "Witkoff told CNN that Washington would never accept a truce on those terms.", "ceasefire", "US"),
]


@pytest.mark.parametrize("lang,text,category,expected", OUTLET_TOLD, ids=ids(OUTLET_TOLD))
def test_r33d_outlet_told_is_no_holder(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,holder", OUTLET_OWN, ids=ids(OUTLET_OWN))
def test_r33d_reporter_to_outlet_keeps_own_clause(classifier, lang, text, category, holder):
    assert any(h == holder for h, _ in given(classifier, text, lang, category))


# --- r33D: "the sides" after a mediator's genitive, and Russians and Ukrainians named bare, both agree ---

SIDES_AGREED = [
    ("uk", "За посередництва Катару сторони домовилися про обмін полоненими.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("uk", "За посередництва Саудівської Аравії сторони погодили повернення тіл загиблих.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("ru", "При посредничестве Объединенных Арабских Эмиратов стороны договорились об обмене пленными.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("ru", "При посредничестве Катара стороны согласовали возвращение депортированных детей.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("pl", "Za pośrednictwem Zjednoczonych Emiratów Arabskich strony uzgodniły wymianę jeńców.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("en", "In Doha, Russians and Ukrainians agreed on a prisoner swap.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("es", "En Doha, rusos y ucranianos acordaron un intercambio de prisioneros.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("es", "Tras la reunión en Riad, ucranianos y rusos pactaron una tregua en el mar Negro.", "ceasefire",
     [("RU", "agree"), ("UA", "agree")]),
    ("fr", "À Doha, Russes et Ukrainiens se sont entendus sur un échange de prisonniers.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("it", "A Doha, russi e ucraini si sono accordati su uno scambio di prigionieri.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("de", "In Doha einigten sich Russen und Ukrainer auf einen Gefangenenaustausch.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("tr", "Katar Dışişleri Bakanı, tarafların Karadeniz'de bir ateşkes üzerinde mutabık kaldığını açıkladı.",
     "ceasefire", [("RU", "agree"), ("UA", "agree")]),
    ("tr", "Suudi Arabistan Dışişleri Bakanı, tarafların esir takası konusunda mutabakata vardığını duyurdu.",
     "prisoners", [("RU", "agree"), ("UA", "agree")]),
]

# near misses: a party phrase of a name and a single side stays that party's; a bare demonym alone is no party
SIDES_NEAR = [
    ("uk", "Катарська сторона запропонувала обмін полоненими за формулою всіх на всіх.", "prisoners",
     [("OTHER", "demand")]),
    ("ru", "Катарская сторона предложила обмен пленными по формуле всех на всех.", "prisoners", [("OTHER", "demand")]),
    ("es", "Los negociadores rusos rechazaron un intercambio de prisioneros.", "prisoners", [("RU", "reject")]),
    ("en", "The Russian negotiators rejected a prisoner swap.", "prisoners", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SIDES_AGREED, ids=ids(SIDES_AGREED))
def test_r33d_sides_under_a_mediator_agree(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", SIDES_NEAR, ids=ids(SIDES_NEAR))
def test_r33d_single_side_phrases_stay(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33D: a host who received the delegations only announces what the sides agreed ---

HOST_ANNOUNCES = [
    ("uk", "Прем'єр Катару, який у вівторок приймав делегації обох країн у Досі, заявив, що сторони погодилися на обмін "
     "полоненими.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("uk", "Глава МЗС Саудівської Аравії, який приймав переговорників у Джидді, повідомив, що сторони домовилися про "
     "обмін тілами.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("ru", "Премьер Катара, который во вторник принимал делегации обеих стран в Дохе, заявил, что стороны согласились "
     "на обмен пленными.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("ru", "Глава МИД Саудовской Аравии, принимавший переговорщиков в Джидде, сообщил, что стороны договорились об "
     "обмене телами.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("pl", "Premier Kataru, który we wtorek przyjmował delegacje obu krajów w Dosze, oświadczył, że strony zgodziły się "
     "na wymianę jeńców.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
]

# near misses: accepting a proposal is still an agreement
ACCEPTED_NOT_HOSTED = [
    ("uk", "Росія прийняла пропозицію Києва про обмін полоненими.", "prisoners", ("RU", "agree")),
    ("ru", "Украина приняла предложение Москвы об обмене пленными.", "prisoners", ("UA", "agree")),
]


@pytest.mark.parametrize("lang,text,category,expected", HOST_ANNOUNCES, ids=ids(HOST_ANNOUNCES))
def test_r33d_host_of_delegations_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", ACCEPTED_NOT_HOSTED, ids=ids(ACCEPTED_NOT_HOSTED))
def test_r33d_accepting_a_proposal_still_agrees(classifier, lang, text, category, expected):
    assert expected in given(classifier, text, lang, category)


# --- r33D: a staff named by its whole office speaks where its place opens the clause ---

OFFICE_PLACE = [
    ("uk", "У Координаційному штабі з питань поводження з військовополоненими вимагають обміну всіх на всіх.",
     "prisoners", [("UA", "demand")]),
    ("ru", "В Координационном штабе по вопросам обращения с военнопленными требуют обмена всех на всех.", "prisoners",
     [("UA", "demand")]),
]

# near misses: the office only named as where a list was handed over holds nothing
OFFICE_NEAR = [
    ("uk", "Список передали до Координаційного штабу з питань поводження з військовополоненими.", "prisoners", []),
    ("ru", "Список передали в Координационный штаб по вопросам обращения с военнопленными.", "prisoners", []),
]


@pytest.mark.parametrize("lang,text,category,expected", OFFICE_PLACE, ids=ids(OFFICE_PLACE))
def test_r33d_office_place_speaks_for_its_party(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", OFFICE_NEAR, ids=ids(OFFICE_NEAR))
def test_r33d_office_as_destination_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33D: Turkish: 'asla' before the refusal's participle leaves the genitive its subject ---

NEVER_RELAYED = [
    ("tr", "Orban, Rusya'nın Zaporijya'yı asla müzakere masasına getirmeyeceğini söyledi.", "territory",
     [("RU", "reject")]),
    ("tr", "Macron, Trump'ın kendisine Rusya'nın Herson'un statüsünü asla tartışmayacağını söylediğini aktardı.",
     "territory", [("RU", "reject")]),
]

# near misses: 'asla' of the speaker's own refusal, with no genitive subject, stays the speaker's
NEVER_OWN = [
    ("tr", "Zelenskiy, Zaporijya'yı asla Rusya'ya bırakmayacaklarını söyledi.", "territory", ("UA", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", NEVER_RELAYED, ids=ids(NEVER_RELAYED))
def test_r33d_never_leaves_the_genitive_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", NEVER_OWN, ids=ids(NEVER_OWN))
def test_r33d_never_of_the_speaker_stays_its_own(classifier, lang, text, category, expected):
    assert expected in given(classifier, text, lang, category)
