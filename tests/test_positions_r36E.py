"""Round 36 E: a proposal called a cover, a pretext, a PR move or a sabotage attempt is rejected by its caller."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r36E: a dismissive label (cover, pretext, PR move, attempt to sabotage) rejects; the owner keeps its demand ---

LABELLED = [
    ("en", "Lavrov called the Ukrainian plan for a demilitarised strip a \"smokescreen\" for rearmament.",
     "territory", [("RU", "reject"), ("UA", "demand")]),
    ("en", "The Kremlin regards the Dutch proposal for a claims register as an attempt to derail the talks.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Rom begrüßte Kiews Angebot einer Erntewaffenruhe, das der Kreml als „PR-Manöver“ abtat.",
     "ceasefire", [("EU", "agree"), ("RU", "reject"), ("UA", "demand")]),
    ("de", "Lawrow bezeichnete den ukrainischen Plan für einen entmilitarisierten Streifen als „Vorwand“ für eine "
     "Aufrüstung.", "territory", [("RU", "reject"), ("UA", "demand")]),
    ("de", "Der Kreml sieht den niederländischen Vorschlag eines Schadensregisters als Versuch, die Gespräche zu "
     "sabotieren.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Il Cremlino considera la proposta olandese di un registro dei danni un tentativo di sabotare i colloqui.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Rome a salué l'offre de Kiev d'une trêve des moissons, que le Kremlin a qualifiée d'« opération de com ».",
     "ceasefire", [("EU", "agree"), ("RU", "reject"), ("UA", "demand")]),
    ("fr", "Le Kremlin voit la proposition néerlandaise d'un registre des dommages comme une tentative de saboter les "
     "pourparlers.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("es", "El Kremlin ve la propuesta neerlandesa de un registro de daños como un intento de sabotear las "
     "conversaciones.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Кремль считает нидерландское предложение о реестре ущерба попыткой сорвать переговоры.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Кремль вважає нідерландську пропозицію про реєстр збитків спробою зірвати переговори.",
     "reparations", [("RU", "reject")]),
    ("pl", "Kreml nazwał ukraińską propozycję rozejmu „przykrywką” dla zbrojeń.",
     "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("pl", "Kreml uważa holenderską propozycję rejestru szkód za próbę storpedowania rozmów.",
     "reparations", [("RU", "reject")]),
    ("tr", "Kremlin, Hollanda'nın hasar sicili önerisini 'görüşmeleri sabote etme girişimi' olarak görüyor.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Lavrov, Ukrayna'nın askerden arındırılmış şerit planını yeniden silahlanma için bir 'bahane' olarak "
     "nitelendirdi.", "territory", [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", LABELLED, ids=ids(LABELLED))
def test_r36e_dismissive_label_rejects(classifier, lang, text, category, expected):
    got = given(classifier, text, lang, category)
    assert got == sorted(expected)


# near misses: a serious or positive label, or the words outside a verdict on a proposal, reject nothing
NOT_LABELLED = [
    ("en", "Kyiv called for air cover for the monitors of any truce line.", "neutrality"),
    ("en", "Rome described Kyiv's offer of a harvest truce as a serious step.", "ceasefire"),
    ("de", "Rom bezeichnete Kiews Angebot einer Erntewaffenruhe als ernsthaften Schritt.", "ceasefire"),
    ("de", "Russland kündigte eine Waffenruhe an, beendete aber keine Manöver in Belarus.", "ceasefire"),
    ("it", "Kiev ha chiesto una copertura aerea per gli osservatori della tregua.", "neutrality"),
    ("it", "Roma ha definito l'offerta di Kiev di una tregua per il raccolto un passo serio.", "ceasefire"),
    ("fr", "Kiev a appelé à une trêve pendant les manœuvres de communication de l'armée.", "ceasefire"),
    ("es", "Roma calificó la oferta de Kiev de una tregua de cosecha de paso serio.", "ceasefire"),
    ("ru", "Франция обеспечит воздушное прикрытие для наблюдателей перемирия.", "neutrality"),
    ("ru", "Рим назвал предложение Киева о перемирии на время уборки урожая серьёзным шагом.", "ceasefire"),
    ("uk", "Рим назвав пропозицію Києва про перемир'я на час жнив серйозним кроком.", "ceasefire"),
    ("pl", "Rzym nazwał ofertę Kijowa dotyczącą rozejmu na czas żniw poważnym krokiem.", "ceasefire"),
    ("tr", "Roma, Kiev'in hasat dönemi ateşkesi teklifini 'ciddi bir adım' olarak nitelendirdi.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", NOT_LABELLED, ids=ids(NOT_LABELLED))
def test_r36e_no_dismissive_label_no_rejection(classifier, lang, text, category):
    assert all(stance != "reject" for _, stance in given(classifier, text, lang, category))


# --- r36E: a semicolon closes a Turkish clause as ", ancak" does: each subject keeps its own verb ---

SEMICOLON = [
    ("tr", "Ankara, Karadeniz'de otuz günlük bir ateşkes önerdi; Moskova bu teklifi reddetti.",
     "ceasefire", [("RU", "reject"), ("TR", "demand")]),
    ("tr", "Kiev, yaralı esirlerin takasını teklif etti; Moskova teklifi kabul etti.",
     "prisoners", [("RU", "agree"), ("UA", "demand")]),
    ("tr", "Kellogg, Ukrayna'ya güvenlik güvenceleri verilmesini önerdi; Moskova bu fikri reddetti.",
     "neutrality", [("RU", "reject"), ("US", "demand")]),
    # the same in the other languages, which already read it so
    ("en", "Kellogg proposed security guarantees for Ukraine; Moscow rejected the idea.",
     "neutrality", [("RU", "reject"), ("US", "demand")]),
    ("de", "Kellogg schlug Sicherheitsgarantien für die Ukraine vor; Moskau lehnte die Idee ab.",
     "neutrality", [("RU", "reject"), ("US", "demand")]),
    ("pl", "Kellogg zaproponował gwarancje bezpieczeństwa dla Ukrainy; Moskwa odrzuciła ten pomysł.",
     "neutrality", [("RU", "reject"), ("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SEMICOLON, ids=ids(SEMICOLON))
def test_r36e_semicolon_closes_a_clause(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# near misses: no semicolon, or a second clause with no stance of its own, gives the first subject no other stance
SEMICOLON_NEAR = [
    ("tr", "Kiev, yaralı esirlerin takasını teklif etti; ancak Moskova henüz yanıt vermedi.", "prisoners",
     [("UA", "demand")]),
    ("tr", "Ankara, Karadeniz'de otuz günlük bir ateşkes önerdi ve Moskova'nın yanıtını beklediğini söyledi.",
     "ceasefire", [("TR", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SEMICOLON_NEAR, ids=ids(SEMICOLON_NEAR))
def test_r36e_semicolon_near_misses(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r36E: Turkish "X yerine Y": where Y, offered instead, is itself the issue, the demand stands (as en, de, pl) ---

INSTEAD = [
    ("tr", "Vance, Ukrayna için NATO üyeliği yerine tarafsız bir statü önerdi.", "neutrality", [("US", "demand")]),
    ("tr", "Kellogg, Ukrayna'ya NATO üyeliği yerine güvenlik güvenceleri verilmesini önerdi.", "neutrality",
     [("US", "demand")]),
    # near misses: what is offered instead is no evidence of the issue, so the issue before "yerine" is turned down
    ("tr", "Vance, NATO üyeliği yerine ekonomik yardım önerdi.", "neutrality", [("US", "reject")]),
    ("tr", "Moskova, ateşkes yerine kalıcı bir barış anlaşması istiyor.", "ceasefire", [("RU", "reject")]),
    # the other order, in the languages whose "instead of" comes first
    ("de", "Vance schlug für die Ukraine Sicherheitsgarantien statt einer NATO-Mitgliedschaft vor.", "neutrality",
     [("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", INSTEAD, ids=ids(INSTEAD))
def test_r36e_issue_offered_instead(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected
