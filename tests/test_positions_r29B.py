"""Round 29 B: reactions reported by place or in the passive, and evaluations that reject (or approve) a measure."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r29B: calling a measure piracy, a trap, a direct threat, a recipe for war, a breach of law or illegal expropriation rejects it ---

NAME_CALLING_REJECTS = [
    ("en", "reparations", "Lavrov described the EU plan to seize the frozen assets as piracy.", [("EU", "demand"), ("RU", "reject")]),
    ("en", "neutrality", "Medvedev called the French proposal to send troops a direct threat to Russia.", [("EU", "demand"), ("RU", "reject")]),
    ("en", "reparations", "The Kremlin regarded the use of its frozen reserves as illegal expropriation and vowed to sue.", [("RU", "reject")]),
    ("it", "reparations", "Lavrov ha definito il piano europeo sui beni congelati un furto e ha minacciato ritorsioni.", [("EU", "demand"), ("RU", "reject")]),
    ("it", "neutrality", "Medvedev ha bollato l'invio di truppe francesi come una minaccia diretta alla Russia.", [("RU", "reject")]),
    ("fr", "reparations", "Lavrov a qualifié le plan européen sur les avoirs gelés de piraterie.", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "neutrality", "Medvedev a jugé l'envoi de troupes françaises comme une menace directe pour la Russie.", [("RU", "reject")]),
    ("de", "reparations", "Lawrow nannte den EU-Plan zur Nutzung der eingefrorenen Gelder eine Falle.", [("EU", "demand"), ("RU", "reject")]),
    ("de", "neutrality", "Medwedew bezeichnete die Entsendung französischer Truppen als direkte Bedrohung.", [("RU", "reject")]),
    ("es", "reparations", "Lavrov calificó el plan europeo sobre los activos congelados de piratería.", [("EU", "demand"), ("RU", "reject")]),
    ("es", "neutrality", "Lavrov calificó el envío de tropas francesas de amenaza directa para Rusia.", [("RU", "reject")]),
    # a quoted evaluation after the copula, and a threat of retaliation after it: still a rejection, no demand
    ("es", "reparations", "Moscú advirtió que usar sus activos congelados sería «un robo» y prometió represalias.", [("RU", "reject")]),
    ("ru", "reparations", "Лавров назвал план ЕС по замороженным активам пиратством.", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "neutrality", "Медведев назвал отправку французских войск прямой угрозой России.", [("RU", "reject")]),
    ("uk", "reparations", "Лавров назвав план ЄС щодо заморожених активів піратством.", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "neutrality", "Медведєв назвав відправку французьких військ прямою загрозою.", [("RU", "reject")]),
    ("pl", "reparations", "Ławrow nazwał plan UE dotyczący zamrożonych aktywów piractwem.", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "neutrality", "Miedwiediew uznał wysłanie francuskich wojsk za przepis na wojnę.", [("RU", "reject")]),
    ("pl", "reparations", "Kreml uznał plany przejęcia zamrożonych rezerw za nielegalne wywłaszczenie.", [("RU", "reject")]),
    ("tr", "reparations", "Lavrov, AB'nin dondurulmuş varlıklara ilişkin planını \"korsanlık\" olarak nitelendirdi.", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "neutrality", "Medvedev, Fransız askerlerinin gönderilmesini \"doğrudan bir tehdit\" olarak değerlendirdi.", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,category,text,expected", NAME_CALLING_REJECTS, ids=ids(NAME_CALLING_REJECTS))
def test_r29b_name_calling_rejects_the_measure(classifier, lang, category, text, expected):
    assert given(classifier, text, lang, category) == expected


NAME_CALLING_NEAR_MISSES = [
    # asking for the measure, or naming piracy or a trap as something else, rejects nothing
    ("en", "reparations", "The EU called for the expropriation of the frozen Russian assets.", "EU"),
    ("it", "reparations", "Il Parlamento europeo ha chiesto di usare i beni russi congelati per fermare la pirateria finanziaria di Mosca.", "EU"),
    ("fr", "reparations", "Bruxelles veut financer l'Ukraine avec les avoirs russes gelés, un plan que la France défend.", "EU"),
    ("de", "reparations", "Die EU-Kommission will die eingefrorenen Gelder nutzen und warnt vor einer Falle bei den Zinsen.", "EU"),
    ("es", "reparations", "Bruselas propuso usar los activos rusos congelados para la reconstrucción de Ucrania.", "EU"),
    ("ru", "reparations", "Киев призвал направить замороженные активы на восстановление, чтобы остановить пиратство.", "UA"),
    ("uk", "reparations", "Київ закликав спрямувати заморожені активи на відбудову.", "UA"),
    ("pl", "reparations", "Kijów wezwał do przekazania zamrożonych aktywów na odbudowę, nazywając to sprawiedliwością.", "UA"),
    ("tr", "reparations", "Kiev, dondurulmuş Rus varlıklarının yeniden yapılanma için kullanılmasını talep etti.", "UA"),
]


@pytest.mark.parametrize("lang,category,text,holder", NAME_CALLING_NEAR_MISSES, ids=ids(NAME_CALLING_NEAR_MISSES))
def test_r29b_naming_the_measure_without_judging_it_rejects_nothing(classifier, lang, category, text, holder):
    assert given(classifier, text, lang, category) == [(holder, "demand")]


# --- r29B: a place that receives a proposal coolly, with indignation or with resistance holds that reaction; its owner demands it ---

RECEIVED_BY_PLACE = [
    ("en", "territory", "The US plan to recognise Crimea as Russian was received coolly in Berlin.", [("EU", "reject"), ("US", "demand")]),
    ("en", "ceasefire", "Kyiv's proposal for an energy truce met a frosty reception in Moscow.", [("RU", "reject"), ("UA", "demand")]),
    ("it", "ceasefire", "La proposta ucraina di una tregua energetica è stata accolta con freddezza a Mosca.", [("RU", "reject"), ("UA", "demand")]),
    ("it", "ceasefire", "La tregua proposta da Kiev è stata accolta con favore a Washington, ma a Mosca è stata respinta.",
     [("RU", "reject"), ("UA", "demand"), ("US", "agree")]),
    ("fr", "ceasefire", "La proposition ukrainienne d'une trêve énergétique a été accueillie avec froideur à Moscou.", [("RU", "reject"), ("UA", "demand")]),
    ("fr", "ceasefire", "La proposition ukrainienne d'une trêve a été accueillie favorablement à Washington.", [("UA", "demand"), ("US", "agree")]),
    ("es", "ceasefire", "La propuesta ucraniana de una tregua energética fue recibida con frialdad en Moscú.", [("RU", "reject"), ("UA", "demand")]),
    ("es", "ceasefire", "La tregua propuesta por Kiev fue aplaudida en Washington, mientras que en Moscú fue rechazada.",
     [("RU", "reject"), ("UA", "demand"), ("US", "agree")]),
    ("de", "ceasefire", "Der ukrainische Vorschlag einer Energie-Waffenruhe stößt in Moskau auf Ablehnung.", [("RU", "reject"), ("UA", "demand")]),
    # the verb closing a relative clause, and a label before the participle
    ("de", "reparations", "Der Plan enthält eine Klausel zum Verzicht auf Reparationen, die in Warschau auf heftigen Widerstand stößt.", [("EU", "reject")]),
    ("de", "ceasefire", "Der Vorschlag Kiews für eine Waffenruhe wurde in Moskau als „Trick“ abgetan.", [("RU", "reject"), ("UA", "demand")]),
    ("ru", "ceasefire", "Предложение Киева об энергетическом перемирии было встречено в Москве холодно.", [("RU", "reject"), ("UA", "demand")]),
    ("uk", "ceasefire", "Пропозицію Києва про енергетичне перемир'я було зустрінуто в Москві з обуренням.", [("RU", "reject"), ("UA", "demand")]),
    # the place between the auxiliary and its participle
    ("pl", "ceasefire", "Ukraińska propozycja rozejmu energetycznego została w Moskwie przyjęta z oburzeniem.", [("RU", "reject"), ("UA", "demand")]),
    ("tr", "ceasefire", "Kiev'in enerji ateşkesi önerisi Moskova'da \"bir tuzak\" olarak görüldü.", [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,category,text,expected", RECEIVED_BY_PLACE, ids=ids(RECEIVED_BY_PLACE))
def test_r29b_the_receiving_place_holds_the_reaction(classifier, lang, category, text, expected):
    assert given(classifier, text, lang, category) == expected


PLACE_NEAR_MISSES = [
    # where something was signed or happened is no reaction of the place
    ("en", "ceasefire", "The energy truce was signed in Ankara."),
    ("pl", "ceasefire", "Propozycja rozejmu została w Ankarze podpisana."),
    ("it", "ceasefire", "La tregua energetica è stata firmata a Ankara."),
    ("de", "ceasefire", "Die Waffenruhe wurde in Ankara unterzeichnet."),
]


@pytest.mark.parametrize("lang,category,text", PLACE_NEAR_MISSES, ids=ids(PLACE_NEAR_MISSES))
def test_r29b_a_place_where_nothing_is_judged_holds_nothing(classifier, lang, category, text):
    assert "TR" not in {h for h, _ in given(classifier, text, lang, category)}


# --- r29B: judging a measure a step in the right direction agrees to it ---

RIGHT_DIRECTION = [
    ("en", "Berlin called the Turkish proposal for a Black Sea truce a step in the right direction."),
    ("it", "Berlino ha definito la proposta turca di una tregua nel Mar Nero un passo nella giusta direzione."),
    ("fr", "Berlin a qualifié la proposition turque d'une trêve en mer Noire de pas dans la bonne direction."),
    ("de", "Berlin nannte den türkischen Vorschlag einer Waffenruhe im Schwarzen Meer einen Schritt in die richtige Richtung."),
    ("es", "Berlín calificó la propuesta turca de una tregua en el mar Negro de paso en la dirección correcta."),
    ("ru", "Берлин назвал турецкое предложение о перемирии на Черном море шагом в правильном направлении."),
    ("uk", "Німеччина назвала турецьку пропозицію перемир'я в Чорному морі кроком у правильному напрямку."),
    ("pl", "Propozycja Ankary dotycząca rozejmu na Morzu Czarnym to według Berlina krok w dobrym kierunku."),
    ("tr", "Almanya, Türkiye'nin Karadeniz'de ateşkes önerisini doğru yönde atılmış bir adım olarak nitelendirdi."),
]


@pytest.mark.parametrize("lang,text", RIGHT_DIRECTION, ids=ids(RIGHT_DIRECTION))
def test_r29b_a_step_in_the_right_direction_agrees(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("EU", "agree"), ("TR", "demand")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Berlin said the Turkish truce proposal was a step in the wrong direction."),
    ("ru", "Берлин назвал турецкое предложение о перемирии на Черном море шагом в неправильном направлении."),
])
def test_r29b_a_step_in_the_wrong_direction_agrees_to_nothing(classifier, lang, text):
    assert ("EU", "agree") not in given(classifier, text, lang, "ceasefire")


# --- r29B: Turkish, a genitive owns the position noun across a content closed by a verbal noun or a future participle ---

TR_CLOSED_CONTENT = [
    ("neutrality", "Rusya'nın Ukrayna ordusunun tank sayısının azaltılması talebi Kiev'de reddedildi.", [("RU", "demand"), ("UA", "reject")]),
    ("reparations", "Ukrayna'nın Rus varlıklarıyla kurulacak bir tazminat fonu önerisi Moskova'da reddedildi.", [("RU", "reject"), ("UA", "demand")]),
    # near miss: the genitive is the subject of the verbal noun right after it, no owner of the demand
    ("territory", "Rusya'nın işgal altındaki bölgelerden çekilmesi talebi Moskova'da reddedildi.", [("RU", "reject")]),
    # near miss: the genitive possesses the content's first noun (Russia's reserves), not the call
    ("reparations", "Zelenskiy, Rusya'nın el konulan rezervlerinin Ukrayna'nın onarımı için harcanması çağrısını tekrarladı.",
     [("UA", "demand")]),
]


@pytest.mark.parametrize("category,text,expected", TR_CLOSED_CONTENT, ids=[f"tr-{i}" for i in range(len(TR_CLOSED_CONTENT))])
def test_r29b_turkish_owner_across_a_closed_content(classifier, category, text, expected):
    assert given(classifier, text, "tr", category) == expected
