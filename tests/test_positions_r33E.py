"""Round 33 E: readiness to accept what is on the table is agreement; an agreement verb after a privative is withheld."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r33E: ready to accept, back, join or receive a measure agrees to it ---

READY_TO_ACCEPT = [
    ("en", "Ukraine is ready to join the moratorium on strikes against power plants, Sybiha said.", "ceasefire", "UA"),
    ("it", "L'Ucraina è pronta ad aderire alla moratoria sugli attacchi alle centrali, ha detto Sybiha.", "ceasefire", "UA"),
    ("fr", "L'Ukraine est prête à se joindre au moratoire sur les frappes contre les centrales.", "ceasefire", "UA"),
    ("fr", "Berlin est désormais prêt à soutenir l'utilisation des avoirs russes gelés pour l'Ukraine.", "reparations", "EU"),
    ("de", "Die Ukraine sei bereit, sich dem Moratorium für Angriffe auf Kraftwerke anzuschließen.", "ceasefire", "UA"),
    ("de", "Die Ukraine sei bereit, eine Feuerpause entlang der Front zu akzeptieren, sagte Sybiha.", "ceasefire", "UA"),
    ("de", "Die italienische Regierung steht einer Verwendung der eingefrorenen russischen Gelder für die Ukraine offen gegenüber.",
     "reparations", "EU"),
    ("es", "Ucrania está dispuesta a sumarse a la moratoria de ataques contra centrales, dijo Sibiga.", "ceasefire", "UA"),
    ("ru", "Украина готова присоединиться к мораторию на удары по электростанциям, заявил Сибига.", "ceasefire", "UA"),
    ("uk", "Україна готова приєднатися до мораторію на удари по електростанціях, заявив Сибіга.", "ceasefire", "UA"),
    ("pl", "Kijów jest gotów dołączyć do moratorium na ataki na elektrownie, powiedział Sybiha.", "ceasefire", "UA"),
    ("es", "Berlín está ahora dispuesto a apoyar el uso de los activos rusos congelados para Ucrania.", "reparations", "EU"),
    ("uk", "Берлін тепер готовий підтримати використання заморожених російських активів для України.", "reparations", "EU"),
    ("pl", "Berlin jest teraz gotów poprzeć wykorzystanie zamrożonych rosyjskich aktywów dla Ukrainy.", "reparations", "EU"),
    ("tr", "Kiev, Karadeniz'de ateşkesi desteklemeye hazır olduğunu açıkladı.", "ceasefire", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", READY_TO_ACCEPT, ids=ids(READY_TO_ACCEPT))
def test_r33E_readiness_to_accept_is_agreement(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "agree")]


# --- r33E: near misses: readiness to give, send or join a force of one's own stays an offer ---

READY_TO_OFFER = [
    ("en", "Canada is ready to join a reassurance force in Ukraine, Carney said.", "neutrality", "OTHER"),
    ("en", "Russia is ready to hand over the remains of 900 fallen soldiers, Medinsky said.", "prisoners", "RU"),
    ("it", "Il Belgio è pronto ad aderire a una forza di rassicurazione in Ucraina, ha detto il premier.", "neutrality", "EU"),
    ("fr", "La Belgique est prête à rejoindre une force de réassurance en Ukraine.", "neutrality", "EU"),
    ("fr", "Kiev est prêt à un échange de prisonniers « mille contre mille » dès mardi, a dit Zelensky.", "prisoners", "UA"),
    ("de", "Die Türkei sei bereit, Soldaten in eine Schutztruppe für die Ukraine zu entsenden.", "neutrality", "TR"),
    ("es", "España está dispuesta a enviar soldados a una fuerza de paz en Ucrania, dijo Robles.", "neutrality", "EU"),
    ("ru", "Турция готова присоединиться к миротворческой миссии на Украине, заявил Фидан.", "neutrality", "TR"),
    ("ru", "Киев готов к обмену ранеными пленными в любой день, заявил Буданов.", "prisoners", "UA"),
    ("uk", "Туреччина готова приєднатися до миротворчої місії в Україні, заявив Фідан.", "neutrality", "TR"),
    ("pl", "Turcja jest gotowa dołączyć do misji pokojowej na Ukrainie, oświadczył Fidan.", "neutrality", "TR"),
    ("tr", "Fidan, Türkiye'nin Ukrayna'ya barış gücü göndermeye hazır olduğunu söyledi.", "neutrality", "TR"),
    # ready to recognise a claim stays an offer (the older gold sets), as readiness on a condition does
    ("en", "An aide said Washington is ready to recognise Russian control of Crimea.", "territory", "US"),
    ("it", "Secondo un consigliere, Washington sarebbe pronta a riconoscere la Crimea come russa.", "territory", "US"),
    ("fr", "Washington serait prêt à reconnaître la Crimée comme russe, selon un conseiller.", "territory", "US"),
    ("de", "Washington sei bereit, die Krim als russisch anzuerkennen, sagte ein Berater.", "territory", "US"),
    ("es", "Washington estaría dispuesto a reconocer Crimea como rusa, según un asesor.", "territory", "US"),
    ("ru", "Вашингтон готов признать Крым российским, сообщил советник.", "territory", "US"),
    ("uk", "Вашингтон готовий визнати Крим російським, повідомив радник.", "territory", "US"),
    ("pl", "Waszyngton jest gotów uznać Krym za rosyjski, powiedział doradca.", "territory", "US"),
    ("tr", "Washington'ın Kırım'ı Rus toprağı olarak tanımaya hazır olduğu bildirildi.", "territory", "US"),
    ("en", "If Kyiv frees the Kursk residents, Moscow is ready to return twenty more Ukrainian children.", "prisoners", "RU"),
    ("es", "Rusia estaría dispuesta a devolver zonas de Járkov si Ucrania se retira del Donbás, según Kommersant.", "territory", "RU"),
    ("ru", "Москва готова вернуть 200 жителей Курской области в обмен на украинских военных, заявила Москалькова.", "prisoners", "RU"),
    ("uk", "Україна готова дотримуватися мораторію на удари по електростанціях, якщо Росія зробить те саме.", "ceasefire", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", READY_TO_OFFER, ids=ids(READY_TO_OFFER))
def test_r33E_readiness_to_give_ones_own_stays_an_offer(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "demand")]


# --- r33E: an agreement verb right after a privative is withheld: the holder offers one thing, refuses another ---

WITHHELD = [
    ("en", "London offered Kyiv security guarantees without, however, backing its NATO membership."),
    ("it", "Londra offre garanzie di sicurezza a Kiev, senza però sostenere la sua adesione alla Nato."),
    ("fr", "Londres serait prêt à offrir des garanties de sécurité à Kiev, sans pour autant lui ouvrir la porte de l'OTAN."),
    ("es", "Londres ofrece garantías de seguridad a Kiev, sin por ello apoyar su ingreso en la OTAN."),
]


@pytest.mark.parametrize("lang,text", WITHHELD, ids=ids(WITHHELD))
def test_r33E_agreement_after_a_privative_is_withheld(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("EU", "demand"), ("EU", "reject")]


NOT_WITHHELD = [
    # the privative governs a noun or another verb, not the agreement: no refusal
    ("en", "Kyiv accepted the truce without waiting for a reply from Moscow.", "ceasefire", [("UA", "agree")]),
    ("fr", "Kiev a accepté la trêve sans attendre l'accord de Moscou.", "ceasefire", [("UA", "agree")]),
    ("it", "Londra sostiene le garanzie di sicurezza per Kiev senza riserve.", "neutrality", [("EU", "agree")]),
    ("es", "Londres apoya las garantías de seguridad para Kiev sin reservas.", "neutrality", [("EU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,want", NOT_WITHHELD, ids=ids(NOT_WITHHELD))
def test_r33E_a_privative_before_a_noun_withholds_nothing(classifier, lang, text, category, want):
    assert given(classifier, text, lang, category) == want


# --- r33E: pl 'pod warunkiem' opens a condition: an agreement before it and the condition both stand ---

PL_PROVISOS = [
    ("Rzym poparł pomysł rozejmu, ale pod warunkiem, że Moskwa wstrzyma ataki na porty.", "ceasefire",
     [("EU", "agree"), ("EU", "demand")]),
    # near miss: a proviso with no negation is a condition, no exclusion
    ("Warszawa poprze gwarancje bezpieczeństwa, o ile zgodzą się na nie Stany Zjednoczone.", "neutrality",
     [("EU", "agree"), ("EU", "demand")]),
    # near miss: a refusal with no proviso stays one stance
    ("Kijów odrzucił pomysł wiosennego rozejmu, powiedział Sybiha.", "ceasefire", [("UA", "reject")]),
]


@pytest.mark.parametrize("text,category,want", PL_PROVISOS, ids=[f"pl-{i}" for i in range(len(PL_PROVISOS))])
def test_r33E_pl_pod_warunkiem_opens_a_condition(classifier, text, category, want):
    assert given(classifier, text, "pl", category) == want
