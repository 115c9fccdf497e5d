"""Round 30 B: rejection by naming (called it unrealistic, not up for bargaining, a pause to rearm), passive rejections with their agent, and reproaches: the namer, agent or accuser rejects, the proposal's owner demands."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


def _check(classifier, lang, text, category, must, must_not):
    got = given(classifier, text, lang, category)
    for position in must:
        assert position in got, (text, got)
    for position in must_not:
        assert position not in got, (text, got)


# --- r30B: a naming verb's judgement after another party's position noun is the namer's rejection ---

R30B_NAMED = [
    ("en", "The Latvian foreign minister described Moscow's demand that Kyiv hand over Zaporizhzhia as unrealistic.",
     "territory", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("it", "Il ministro degli Esteri lettone ha definito la richiesta russa che Kiev ceda Zaporizhzhia, città che controlla ancora, irrealistica.",
     "territory", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("fr", "Le ministre letton a qualifié l'exigence russe que Kiev cède Zaporijjia, une ville qu'elle tient encore, d'irréaliste.",
     "territory", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("de", "Die lettische Außenministerin nannte die Forderung Moskaus, die Ukraine müsse Cherson räumen, „weltfremd“.",
     "territory", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("es", "El ministro letón calificó la exigencia rusa de que Kiev ceda Zaporiyia, una ciudad que aún controla, de irrealista.",
     "territory", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("ru", "Пресс-секретарь Кремля Дмитрий Песков заявил, что предложение Лондона о перемирии на море «выгодно только Киеву», и назвал его неприемлемым.",
     "ceasefire", [("RU", "reject"), ("EU", "demand")], [("RU", "demand")]),
    ("uk", "Речник Кремля Дмитро Пєсков заявив, що пропозиція Лондона про перемир'я на морі «вигідна лише Києву», і назвав її неприйнятною.",
     "ceasefire", [("RU", "reject"), ("EU", "demand")], [("RU", "demand")]),
    ("pl", "Rzecznik Kremla Dmitrij Pieskow powiedział, że propozycja Londynu w sprawie rozejmu na morzu „służy tylko Kijowowi”, i nazwał ją nie do przyjęcia.",
     "ceasefire", [("RU", "reject"), ("EU", "demand")], [("RU", "demand")]),
    ("tr", "Kremlin Sözcüsü Dmitriy Peskov, İngiltere'nin deniz ateşkesi önerisini \"gerçekçi olmayan bir girişim\" olarak nitelendirdi.",
     "ceasefire", [("RU", "reject"), ("EU", "demand")], [("RU", "demand")]),
    # near misses: an approving name agrees, no rejection
    ("ru", "Песков назвал британское предложение о перемирии на море шагом в правильном направлении.",
     "ceasefire", [("RU", "agree")], [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,must,must_not", R30B_NAMED, ids=ids(R30B_NAMED))
def test_r30b_named_judgement(classifier, lang, text, category, must, must_not):
    _check(classifier, lang, text, category, must, must_not)


# --- r30B: another party's demand called no object of bargaining is turned down by who says so ---

R30B_BARGAIN = [
    ("en", "Kallas said Moscow's demand that Kyiv drop its NATO bid was not up for bargaining.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("it", "Kallas ha detto che la richiesta russa di una rinuncia di Kiev alla Nato non è merce di scambio.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("fr", "Kallas a déclaré que l'exigence russe d'un renoncement de Kiev à l'OTAN n'est pas une monnaie d'échange.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("de", "Kallas sagte, die Forderung Moskaus nach einem Verzicht Kiews auf die Nato-Mitgliedschaft sei keine Verhandlungsmasse.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("es", "Kallas dijo que la exigencia rusa de que Kiev renuncie a la OTAN no es moneda de cambio.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("ru", "Каллас заявила, что требование Москвы об отказе Киева от вступления в альянс не является предметом торга.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("uk", "Каллас заявила, що вимога Москви про відмову Києва від вступу до Альянсу не може бути предметом торгу.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("pl", "Kallas powiedziała, że żądanie Moskwy, by Kijów zrezygnował z członkostwa w Sojuszu, nie jest przedmiotem targów.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("tr", "Kallas, Moskova'nın Ukrayna'nın NATO üyeliğinden vazgeçmesi talebinin pazarlık kozu olamayacağını söyledi.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    # near misses: one's own position declared not negotiable insists on it
    ("it", "Mosca ribadisce che la Crimea e le regioni annesse non sono oggetto di trattativa.",
     "territory", [("RU", "demand")], [("RU", "reject")]),
    ("de", "Der Kreml sagte, die Krim sei nicht verhandelbar.", "territory", [("RU", "demand")], [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,must,must_not", R30B_BARGAIN, ids=ids(R30B_BARGAIN))
def test_r30b_not_for_bargaining(classifier, lang, text, category, must, must_not):
    _check(classifier, lang, text, category, must, must_not)


# --- r30B: a truce called a pause to rearm is turned down by who calls it so ---

R30B_REARM = [
    ("en", "Peskov described the British proposal for a sea truce as a breathing space to rearm Ukraine."),
    ("it", "Peskov ha definito la proposta britannica di una tregua in mare una pausa per riarmare l'Ucraina."),
    ("fr", "Peskov a qualifié la proposition britannique de trêve en mer de pause pour réarmer l'Ukraine."),
    ("de", "Peskow bezeichnete den britischen Vorschlag einer Waffenruhe auf See als Atempause zur Aufrüstung der Ukraine."),
    ("es", "Peskov calificó la propuesta británica de una tregua en el mar de pausa para rearmar a Ucrania."),
    ("ru", "Песков назвал британское предложение о перемирии на море передышкой для украинской армии."),
    ("uk", "Пєсков назвав британську пропозицію про перемир'я на морі перепочинком для української армії."),
    ("pl", "Pieskow nazwał brytyjską propozycję rozejmu na morzu przerwą na dozbrojenie Ukrainy."),
    ("tr", "Peskov, İngiltere'nin deniz ateşkesi önerisini \"yeniden silahlanma molası\" olarak nitelendirdi."),
]


@pytest.mark.parametrize("lang,text", R30B_REARM, ids=ids(R30B_REARM))
def test_r30b_pause_to_rearm(classifier, lang, text):
    got = given(classifier, text, lang, "ceasefire")
    assert ("RU", "reject") in got and ("EU", "demand") in got, got
    assert ("RU", "demand") not in got, got  # the namer asks for nothing


# --- r30B: a reproach (not a plain accusation) for asking for a measure: the reproacher rejects it, the one reproached asks ---

R30B_REPROACH = [
    ("en", "Zakharova reproached Brussels for seeking a sea truce only to buy Kyiv time.", True),
    ("it", "Zakharova ha rimproverato a Bruxelles di chiedere una tregua in mare solo per far guadagnare tempo a Kiev.", True),
    ("fr", "Zakharova a reproché à Bruxelles de réclamer une trêve en mer pour faire gagner du temps à Kiev.", True),
    ("de", "Sacharowa warf Brüssel vor, eine Waffenruhe auf See nur zu fordern, um Kiew Zeit zu verschaffen.", False),
    ("es", "Zajárova reprochó a Bruselas de pedir una tregua en el mar solo para que Kiev gane tiempo.", True),
    ("ru", "Захарова упрекнула Брюссель в том, что он добивается перемирия на море лишь ради выигрыша времени.", True),
    ("uk", "Захарова дорікнула Брюсселю тим, що він вимагає перемир'я на морі лише заради виграшу часу.", False),
    ("pl", "Zacharowa zarzuciła Brukseli, że domaga się rozejmu na morzu tylko po to, by Kijów zyskał na czasie.", True),
    ("tr", "Zaharova, Brüksel'i deniz ateşkesi talep ederek Kiev'e zaman kazandırmaya çalışmakla suçladı.", True),
]


@pytest.mark.parametrize("lang,text,accused", R30B_REPROACH, ids=ids(R30B_REPROACH))
def test_r30b_reproach(classifier, lang, text, accused):
    got = given(classifier, text, lang, "ceasefire")
    assert ("RU", "reject") in got and ("RU", "demand") not in got, got
    if accused:  # German, Ukrainian: the one reproached is not read as a holder yet
        assert ("EU", "demand") in got, got


R30B_NOT_REPROACHED = [
    ("en", "Peskov accused Kyiv of violating the Easter truce."),
    ("ru", "Песков обвинил Киев в нарушении пасхального перемирия."),
    ("pl", "Pieskow oskarżył Kijów o złamanie rozejmu wielkanocnego."),
]


@pytest.mark.parametrize("lang,text", R30B_NOT_REPROACHED, ids=ids(R30B_NOT_REPROACHED))
def test_r30b_accused_of_no_demand(classifier, lang, text):
    # an accusation of breaking a truce charges no demand: nobody rejects the truce through it
    assert ("RU", "reject") not in given(classifier, text, lang, "ceasefire")


# --- r30B: a passive rejection's agent rejects, the owner demands (German verb-final, Turkish owners) ---

R30B_PASSIVE = [
    ("de", "Nachdem der Vorschlag Kiews für eine Waffenruhe vom Kreml abermals zurückgewiesen worden war, reiste Selenskyj ab.",
     "ceasefire", [("RU", "reject"), ("UA", "demand")], [("RU", "demand")]),
    ("de", "Die Unterhändler sprachen über Gefangene, während die polnische Forderung nach einer Feuerpause von Moskau abermals abgelehnt wurde.",
     "ceasefire", [("RU", "reject"), ("EU", "demand")], [("RU", "demand")]),
    ("tr", "Kremlin, Avrupalı bakanların deniz ateşkesi çağrısını reddetti.",
     "ceasefire", [("RU", "reject"), ("EU", "demand")], [("EU", "reject")]),
    ("tr", "Almanya'nın Ukrayna'ya \"barış gücü\" gönderme önerisi Moskova tarafından reddedildi.",
     "neutrality", [("RU", "reject"), ("EU", "demand")], [("RU", "demand")]),
    ("tr", "Zelenskiy'in danışmanı enerji ateşkesi talebini yinelerken, Rus heyetinin başındaki Peskov bu öneriyi \"gerçekçi olmayan bir adım\" olarak nitelendirdi.",
     "ceasefire", [("RU", "reject"), ("UA", "demand")], [("RU", "demand"), ("UA", "reject")]),
    # near misses: no agent, no rejecter; a plan tabled and presented is only its author's
    ("de", "Nachdem der Vorschlag Kiews für eine Waffenruhe abgelehnt worden war, reiste Selenskyj ab.",
     "ceasefire", [("UA", "demand")], [("RU", "reject")]),
    ("de", "Der von Kiew vorgelegte Plan für eine Waffenruhe wurde am Montag in Brüssel vorgestellt.",
     "ceasefire", [("UA", "demand")], [("EU", "reject"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,must,must_not", R30B_PASSIVE, ids=ids(R30B_PASSIVE))
def test_r30b_passive_agent(classifier, lang, text, category, must, must_not):
    _check(classifier, lang, text, category, must, must_not)
