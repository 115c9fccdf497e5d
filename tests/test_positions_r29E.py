"""Round 29 E: a stance said by negation: a call not to take a measure, no agreement that may impose it, 'asla' with a negated verb."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r29E: a call, a plea or an urging not to take a measure turns the measure down (cues.yml reject) ---

CALLED_NOT_TO = [
    ("en", "Lithuania's president urged NATO members not to accept any ceiling on Ukrainian troop numbers.", "neutrality", "EU"),
    ("en", "The Latvian president urged the allies not to impose a troop ceiling on Kyiv.", "neutrality", "EU"),
    ("it", "Il cancelliere austriaco ha invitato i partner a non accettare alcun tetto per le truppe di Kiev.", "neutrality", "EU"),
    ("fr", "Le président lituanien a exhorté les Alliés à ne jamais accepter un plafond pour les troupes de Kiev.", "neutrality", "EU"),
    ("de", "Der litauische Präsident rief die Partner auf, den ukrainischen Streitkräften niemals eine Obergrenze aufzuerlegen.", "neutrality", "EU"),
    ("es", "El presidente lituano pidió a los socios no aceptar ningún tope a las tropas de Kiev.", "neutrality", "EU"),
    ("ru", "Президент Литвы призвал партнёров не принимать никакого потолка для войск Киева.", "neutrality", "EU"),
    ("uk", "Президент Литви закликав партнерів не встановлювати жодної стелі для війська Києва.", "neutrality", "EU"),
    # 'не допустити' an imposed measure (the participle with no agent names no party that imposes it)
    ("uk", "Прем'єр Данії закликала партнерів не допустити нав'язаної Україні нейтральності.", "neutrality", "EU"),
    ("pl", "Prezydent Litwy zaapelował do partnerów, aby nie akceptowali żadnego limitu wojsk Kijowa.", "neutrality", "EU"),
    ("tr", "Litvanya Cumhurbaşkanı, ortakları Kiev ordusuna tavan dayatmamaya çağırdı.", "neutrality", "EU"),
]


@pytest.mark.parametrize("lang,text,category,holder", CALLED_NOT_TO, ids=ids(CALLED_NOT_TO))
def test_r29e_a_call_not_to_take_a_measure_rejects_it(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "reject")]


CALLED_TO = [
    # the same call without the negation asks for the measure
    ("en", "Hungary's prime minister urged NATO members to accept a ceiling on Ukrainian troop numbers.", "neutrality", "EU"),
    ("it", "Il premier ungherese ha invitato i partner ad accettare un tetto per le truppe di Kiev.", "neutrality", "EU"),
    ("es", "El primer ministro húngaro pidió a los socios aceptar un tope a las tropas de Kiev.", "neutrality", "EU"),
    ("ru", "Премьер Венгрии призвал партнёров установить потолок для войск Киева.", "neutrality", "EU"),
    # a call not to attack, or not to allow an escalation, asks for a halt: a demand of the truce, no rejection
    ("en", "The Swedish foreign minister urged Moscow not to shell power plants during the frost.", "ceasefire", "EU"),
    ("en", "Sweden urged both sides not to allow an escalation of the fighting.", "ceasefire", "EU"),
    ("fr", "La ministre suédoise a appelé Moscou à ne pas bombarder les centrales pendant le gel.", "ceasefire", "EU"),
    ("de", "Die schwedische Außenministerin forderte Moskau auf, während des Frosts keine Kraftwerke zu beschießen.", "ceasefire", "EU"),
    ("ru", "Швеция призвала стороны не допустить эскалации боевых действий.", "ceasefire", "EU"),
    ("uk", "Глава МЗС Швеції закликала Москву не обстрілювати електростанції під час морозів.", "ceasefire", "EU"),
    ("uk", "Швеція закликала сторони не допустити ескалації бойових дій.", "ceasefire", "EU"),
    ("pl", "Szwecja wezwała Moskwę, by nie ostrzeliwała elektrowni podczas mrozów.", "ceasefire", "EU"),
    ("pl", "Szwecja wezwała obie strony, by nie dopuściły do eskalacji.", "ceasefire", "EU"),
    ("tr", "İsveç Dışişleri Bakanı, Moskova'yı dondurucu soğukta santralleri bombalamamaya çağırdı.", "ceasefire", "EU"),
    # a call on others not to recognise an annexation asks for non-recognition: the caller's demand
    ("en", "Ukraine's foreign minister called on Washington not to recognise the annexed regions as Russian.", "territory", "UA"),
    ("fr", "La Rada a lancé un appel exhortant les États à ne jamais reconnaître l'annexion des régions occupées.", "territory", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", CALLED_TO, ids=ids(CALLED_TO))
def test_r29e_a_call_to_act_or_not_to_attack_stays_a_demand(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "demand")]


# --- r29E: no agreement that may impose a measure, no question of it: the speaker turns it down (cues.yml reject) ---

NO_AGREEMENT_MAY = [
    ("en", "The Danish prime minister warned that no peace deal may impose limits on Ukraine's army.", "neutrality", "EU"),
    ("it", "La premier danese ha detto che nessuna intesa potrà mai imporre un tetto all'esercito ucraino.", "neutrality", "EU"),
    ("fr", "La Première ministre danoise a averti qu'aucun traité ne pourra imposer de plafond à l'armée ukrainienne.", "neutrality", "EU"),
    ("it", "«Non può esserci alcun riconoscimento dell'annessione», ha detto il ministro belga degli Esteri.", "territory", "EU"),
    ("fr", "« Il ne saurait être question de reconnaître l'annexion », a déclaré le ministre belge des Affaires étrangères.", "territory", "EU"),
    ("de", "Die dänische Regierungschefin sagte, kein Friedensvertrag dürfe den ukrainischen Streitkräften eine Obergrenze auferlegen.", "neutrality", "EU"),
    ("es", "La primera ministra danesa advirtió que ningún tratado podrá imponer un tope al ejército ucraniano.", "neutrality", "EU"),
    ("es", "\"No puede haber ningún reconocimiento de la anexión\", dijo el ministro belga de Exteriores.", "territory", "EU"),
    ("ru", "Премьер Дании заявила, что никакой договор не может навязать потолок украинской армии.", "neutrality", "EU"),
    ("uk", "Прем'єр Данії заявила, що жоден договір не може нав'язати стелю українській армії.", "neutrality", "EU"),
    ("pl", "Premier Danii oświadczyła, że żaden traktat nie może narzucić limitu armii ukraińskiej.", "neutrality", "EU"),
    ("tr", "Danimarka Başbakanı, hiçbir antlaşmanın Ukrayna ordusuna tavan dayatamayacağını söyledi.", "neutrality", "EU"),
]


@pytest.mark.parametrize("lang,text,category,holder", NO_AGREEMENT_MAY, ids=ids(NO_AGREEMENT_MAY))
def test_r29e_no_agreement_may_impose_it_rejects_it(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "reject")]


EVERY_AGREEMENT_MUST = [
    # a free-choice subject ('any deal must impose') frames the demand itself
    ("en", "Moscow insists that any peace deal must impose limits on Ukraine's army."),
    ("it", "Mosca insiste che ogni intesa dovrà imporre un tetto all'esercito ucraino."),
    ("fr", "Moscou insiste pour que tout traité impose un plafond à l'armée ukrainienne."),
    ("de", "Moskau besteht darauf, dass jeder Friedensvertrag den ukrainischen Streitkräften eine Obergrenze auferlegen müsse."),
    ("es", "Moscú insiste en que todo tratado deberá imponer un tope al ejército ucraniano."),
    ("ru", "Москва настаивает, что любой договор должен ограничить численность украинской армии."),
    ("uk", "Москва наполягає, що будь-який договір має обмежити чисельність української армії."),
    ("pl", "Moskwa nalega, by każdy traktat ograniczył liczebność armii ukraińskiej."),
    ("tr", "Moskova, her antlaşmanın Ukrayna ordusuna tavan getirmesinde ısrar ediyor."),
]


@pytest.mark.parametrize("lang,text", EVERY_AGREEMENT_MUST, ids=ids(EVERY_AGREEMENT_MUST))
def test_r29e_any_agreement_must_impose_it_demands_it(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("RU", "demand")]


# --- r29E: tr 'asla' agrees with the verb's own negation ('asla kabul etmeyeceğiz'): one refusal, no rejection denied ---

@pytest.mark.parametrize("lang,text,category,expected", [
    ("tr", "Zelenskiy, \"Tarafsız statüyü asla kabul etmeyeceğiz\" dedi.", "neutrality", [("UA", "reject")]),
    ("tr", "Sıbiha, Kiev'in Kırım'ın ilhakını asla onaylamayacağını söyledi.", "territory", [("UA", "reject")]),
    # a rejection the suffix negates is still denied ('asla reddetmeyeceğini': will never turn it down)
    ("tr", "Peskov, Moskova'nın ateşkesi asla reddetmeyeceğini söyledi.", "ceasefire", [("RU", "agree")]),
])
def test_r29e_tr_never_with_a_negated_acceptance_refuses(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r29E: uk нав'язаний with no instrumental agent names no party that imposes: no demand beside the refusal ---

@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Прем'єр Данії відкинула \"нав'язаний\" Україні нейтральний статус.", [("EU", "reject")]),
    # with its instrumental agent the participle still gives the agent's demand
    ("uk", "Прем'єр Данії відкинула нейтральний статус, нав'язаний Кремлем.", [("EU", "reject"), ("RU", "demand")]),
])
def test_r29e_an_imposed_measure_without_agent_is_no_demand(classifier, lang, text, expected):
    assert given(classifier, text, lang, "neutrality") == expected
