"""Round 29 A: bodies (parliaments, factions, parties) and the documents they adopt hold what the documents ask or oppose."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r29A: a body adopting a document holds the document's stance, not an agreement ---

ADOPTED_DOCUMENTS = [
    ("en", "The Verkhovna Rada adopted a resolution calling for an immediate and full ceasefire.", [("UA", "demand")]),
    ("en", "The European Parliament passed a motion rejecting a truce on the aggressor's terms.", [("EU", "reject")]),
    ("it", "La Rada ha approvato a larga maggioranza una risoluzione che chiede un cessate il fuoco immediato.",
     [("UA", "demand")]),
    ("fr", "La Rada a adopté mardi une résolution réclamant un cessez-le-feu immédiat.", [("UA", "demand")]),
    ("de", "Die Rada verabschiedete am Dienstag eine Resolution, die eine sofortige Waffenruhe fordert.",
     [("UA", "demand")]),
    ("es", "La Rada aprobó por amplia mayoría una resolución que exige un alto el fuego inmediato.", [("UA", "demand")]),
    ("ru", "Госдума приняла обращение, в котором потребовала от Киева немедленного прекращения огня.",
     [("RU", "demand")]),
    ("uk", "Верховна Рада ухвалила звернення із закликом до негайного припинення вогню.", [("UA", "demand")]),
    ("uk", "Верховна Рада ухвалила постанову, яка закликає до негайного припинення вогню.", [("UA", "demand")]),
    ("pl", "Duma Państwowa przyjęła rezolucję domagającą się natychmiastowego zawieszenia broni.", [("RU", "demand")]),
    ("tr", "Rusya Devlet Duması, derhal ateşkes talep eden bir bildiri kabul etti.", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,want", ADOPTED_DOCUMENTS, ids=ids(ADOPTED_DOCUMENTS))
def test_r29a_adopted_document_gives_its_stance(classifier, lang, text, want):
    assert given(classifier, text, lang, "ceasefire") == want


# near misses: approving an agreement, with no verb of a document after it, is still the body's agreement
APPROVED_AGREEMENTS = [
    ("en", "The Verkhovna Rada approved the ceasefire agreement.", [("UA", "agree")]),
    ("it", "La Rada ha approvato l'accordo di cessate il fuoco.", [("UA", "agree")]),
    ("fr", "La Rada a approuvé l'accord de cessez-le-feu.", [("UA", "agree")]),
    ("de", "Die Rada billigte das Waffenstillstandsabkommen.", [("UA", "agree")]),
    ("es", "La Rada aprobó el acuerdo de alto el fuego.", [("UA", "agree")]),
    ("ru", "Госдума одобрила соглашение о прекращении огня.", [("RU", "agree")]),
    ("uk", "Верховна Рада схвалила угоду про припинення вогню.", [("UA", "agree")]),
    ("pl", "Duma Państwowa zatwierdziła porozumienie o zawieszeniu broni.", [("RU", "agree")]),
    ("tr", "Rusya Devlet Duması, ateşkes anlaşmasını onayladı.", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,want", APPROVED_AGREEMENTS, ids=ids(APPROVED_AGREEMENTS))
def test_r29a_approved_agreement_stays_agreement(classifier, lang, text, want):
    assert given(classifier, text, lang, "ceasefire") == want


# --- r29A: parliaments, factions and parties hold positions, coded by the country they belong to ---

BODIES = [
    ("en", "The Sejm called on the allies to give Kyiv binding security guarantees.", "neutrality", [("EU", "demand")]),
    ("en", "The AfD demanded an unconditional truce at once.", "ceasefire", [("EU", "demand")]),
    ("en", "The LDPR insisted that every swap of captives include Russian civilians.", "prisoners", [("RU", "demand")]),
    ("en", "European Solidarity rejected any deal that would cede the Donbas.", "territory", [("UA", "reject")]),
    ("it", "La Camera ha chiesto al governo di sostenere una tregua immediata.", "ceasefire", [("EU", "demand")]),
    ("it", "Il Movimento 5 Stelle chiede un cessate il fuoco senza condizioni.", "ceasefire", [("EU", "demand")]),
    ("it", "Il Sejm ha chiesto garanzie di sicurezza vincolanti per Kiev.", "neutrality", [("EU", "demand")]),
    ("fr", "Le Parlement européen réclame l'utilisation des avoirs russes gelés pour l'Ukraine.", "reparations",
     [("EU", "demand")]),
    ("fr", "Solidarité européenne rejette tout accord cédant le Donbass.", "territory", [("UA", "reject")]),
    ("de", "Die AfD-Fraktion lehnt die Beschlagnahme russischer Vermögen ab.", "reparations", [("EU", "reject")]),
    ("de", "Der Bundestag fordert verbindliche Sicherheitsgarantien für die Ukraine.", "neutrality", [("EU", "demand")]),
    ("de", "Die LDPR verlangt, dass jeder Gefangenenaustausch russische Zivilisten umfasst.", "prisoners",
     [("RU", "demand")]),
    ("es", "Batkivshchyna exigió un referéndum sobre cualquier cesión de territorio.", "territory", [("UA", "demand")]),
    ("es", "El Sejm pidió garantías de seguridad vinculantes para Kiev.", "neutrality", [("EU", "demand")]),
    ("ru", "ЛДПР требует включить в любой обмен пленными российских гражданских.", "prisoners", [("RU", "demand")]),
    ("ru", "Сейм призвал союзников дать Киеву гарантии безопасности.", "neutrality", [("EU", "demand")]),
    ("uk", "Фракція «Європейська солідарність» відкидає будь-які обмеження чисельності ЗСУ.", "neutrality",
     [("UA", "reject")]),
    ("uk", "Партія «Батьківщина» вимагає референдуму щодо будь-якої зміни кордонів.", "territory", [("UA", "demand")]),
    ("uk", "Бундестаг закликав надати Україні гарантії безпеки.", "neutrality", [("EU", "demand")]),
    ("pl", "Sejm wezwał sojuszników do udzielenia Ukrainie gwarancji bezpieczeństwa.", "neutrality", [("EU", "demand")]),
    ("pl", "Europejska Solidarność odrzuca każde porozumienie oznaczające oddanie Donbasu.", "territory",
     [("UA", "reject")]),
    ("pl", "LDPR domaga się, by każda wymiana jeńców obejmowała rosyjskich cywilów.", "prisoners", [("RU", "demand")]),
    ("tr", "Sejm, müttefiklerden Ukrayna'ya güvenlik garantisi verilmesini talep etti.", "neutrality",
     [("EU", "demand")]),
    ("tr", "Ukrayna Yüksek Radası, toprak devrini öngören her anlaşmayı reddetti.", "territory", [("UA", "reject")]),
    ("tr", "Avrupa Dayanışması, Donbas'ın devrini öngören her anlaşmayı reddetti.", "territory", [("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,want", BODIES, ids=ids(BODIES))
def test_r29a_body_holds_its_country(classifier, lang, text, category, want):
    assert given(classifier, text, lang, category) == want


# near misses: the same words as common nouns name no body ('una camera d'albergo', 'любов до батьківщини')
NOT_BODIES = [
    ("it", "Il ministro ha parlato di una tregua in una camera d'albergo a Roma.", "ceasefire"),
    ("uk", "Він говорив про любов до батьківщини та про кордони, які змінила війна.", "territory"),
]


@pytest.mark.parametrize("lang,text,category", NOT_BODIES, ids=ids(NOT_BODIES))
def test_r29a_common_noun_is_no_body(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == []


# --- r29A: 'opposition' naming a party is no rejection; opposition to a measure still is ---

OPPOSITION_PARTIES = [
    ("en", "The opposition Batkivshchyna party demanded a referendum before any deal on the borders.", [("UA", "demand")]),
    ("en", "Kyiv voiced opposition to any freeze of the front line.", [("UA", "reject")]),
    ("it", "Il partito di opposizione Solidarietà Europea ha chiesto un referendum su qualsiasi accordo sui confini.",
     [("UA", "demand")]),
    ("fr", "Le parti d'opposition Solidarité européenne a exigé un référendum sur tout accord frontalier.",
     [("UA", "demand")]),
    ("fr", "Kiev a fait part de son opposition à tout gel de la ligne de front.", [("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,want", OPPOSITION_PARTIES, ids=ids(OPPOSITION_PARTIES))
def test_r29a_opposition_party_is_no_rejection(classifier, lang, text, want):
    assert given(classifier, text, lang, "territory") == want


# --- r29A: a body's resolution or communiqué is its owner's demand, also when another party rejects it ---

OWNED_RESOLUTIONS = [
    ("en", "Moscow dismissed the resolution of the European Parliament on frozen Russian assets."),
    ("fr", "Moscou a rejeté la résolution du Parlement européen sur les avoirs russes gelés."),
    ("it", "Mosca ha respinto la risoluzione del Parlamento europeo sui beni russi congelati."),
    ("es", "Moscú rechazó la resolución del Parlamento Europeo sobre los activos rusos congelados."),
    ("de", "Moskau wies die Entschließung des Europäischen Parlaments zu den eingefrorenen russischen Vermögen zurück."),
    ("ru", "Москва отвергла резолюцию Европарламента о замороженных российских активах."),
    ("uk", "Москва відкинула резолюцію Європарламенту щодо заморожених російських активів."),
    ("pl", "Moskwa odrzuciła rezolucję Parlamentu Europejskiego w sprawie zamrożonych rosyjskich aktywów."),
]


@pytest.mark.parametrize("lang,text", OWNED_RESOLUTIONS, ids=ids(OWNED_RESOLUTIONS))
def test_r29a_rejected_resolution_is_its_owners_demand(classifier, lang, text):
    assert given(classifier, text, lang, "reparations") == [("EU", "demand"), ("RU", "reject")]


MINISTERS_COMMUNIQUES = [
    ("en", "The joint communique of the Nordic and Baltic foreign ministers calls for a full ceasefire."),
    ("en", "The communique of the EU foreign ministers calls for a full ceasefire."),
    ("de", "Das Kommuniqué der EU-Außenminister fordert eine sofortige Waffenruhe."),
    ("ru", "Коммюнике министров иностранных дел ЕС призывает к немедленному прекращению огня."),
    ("uk", "Комюніке міністрів закордонних справ ЄС закликає до негайного припинення вогню."),
    ("pl", "Komunikat ministrów spraw zagranicznych UE wzywa do natychmiastowego zawieszenia broni."),
]


@pytest.mark.parametrize("lang,text", MINISTERS_COMMUNIQUES, ids=ids(MINISTERS_COMMUNIQUES))
def test_r29a_ministers_communique_is_their_demand(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("EU", "demand")]


# near misses: a statement with no owner is no holder's ('In a statement, the Kremlin ...' is the Kremlin's); a
# parliament a speaker stands before ('devant le Parlement européen') is only addressed
ADDRESSED_BODIES = [
    ("en", "In a statement, the Kremlin called for a truce.", "ceasefire", [("RU", "demand")]),
    ("fr", "« Pas de trêve sans garanties », a martelé Zelensky devant le Parlement européen à Strasbourg.",
     "ceasefire", [("UA", "demand")]),
    ("fr", "« Pas de trêve sans garanties », a martelé Zelensky devant le Bundestag à Berlin.", "ceasefire",
     [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,want", ADDRESSED_BODIES, ids=ids(ADDRESSED_BODIES))
def test_r29a_addressed_body_holds_nothing(classifier, lang, text, category, want):
    assert given(classifier, text, lang, category) == want


# --- r29A: a law or resolution a body adopts that bans a step rejects the step ---

BANNING_LAWS = [
    ("en", "The State Duma passed a law banning any talks on handing over the annexed regions."),
    ("it", "La Duma ha approvato una legge che vieta qualsiasi trattativa sulla cessione delle regioni annesse."),
    ("fr", "La Douma a adopté une loi interdisant toute négociation sur la cession des régions annexées."),
    ("de", "Die Duma verabschiedete ein Gesetz, das jede Verhandlung über die Abtretung der annektierten Gebiete "
           "verbietet."),
    ("es", "La Duma aprobó una ley que prohíbe cualquier negociación sobre la cesión de las regiones anexionadas."),
    ("ru", "Госдума приняла закон, который запрещает любые переговоры о передаче присоединенных регионов."),
    ("uk", "Держдума ухвалила закон, що забороняє будь-які переговори про передачу анексованих регіонів."),
    ("pl", "Duma Państwowa przyjęła ustawę zakazującą wszelkich rozmów o oddaniu anektowanych regionów."),
    ("tr", "Rusya Devlet Duması, ilhak edilen bölgelerin devri konusunda her türlü müzakereyi yasaklayan bir yasa "
           "kabul etti."),
]


@pytest.mark.parametrize("lang,text", BANNING_LAWS, ids=ids(BANNING_LAWS))
def test_r29a_banning_law_rejects(classifier, lang, text):
    assert given(classifier, text, lang, "territory") == [("RU", "reject")]


# near misses: a ban asked for with no document before it is the asker's demand
ASKED_BANS = [
    ("en", "Moscow demands a ban on any Ukrainian troops in the annexed regions."),
    ("ru", "Кремль требует запретить размещение украинских войск в присоединенных регионах."),
]


@pytest.mark.parametrize("lang,text", ASKED_BANS, ids=ids(ASKED_BANS))
def test_r29a_asked_ban_is_a_demand(classifier, lang, text):
    assert given(classifier, text, lang, "territory") == [("RU", "demand")]
