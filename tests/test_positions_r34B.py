"""Round 34 B: a measure regarded as a direct threat or as NATO's direct part in the war is the judge's reject."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r34B: a deployment regarded as a direct threat or as NATO's direct part in the war is the judge's reject ---

REGARDED_AS_THREAT = [
    ("en", "Peskov said Moscow would treat the arrival of Western soldiers in Ukraine as direct involvement of NATO in "
     "the war."),
    ("it", "Peskov ha avvertito che Mosca considererà l'arrivo di soldati occidentali in Ucraina come una "
     "partecipazione diretta della NATO al conflitto."),
    ("fr", "Le Kremlin a prévenu qu'il considérera tout déploiement de soldats occidentaux en Ukraine comme une menace "
     "directe."),
    ("fr", "Peskov a déclaré que Moscou verrait l'arrivée de soldats occidentaux en Ukraine comme une participation "
     "directe de l'OTAN au conflit."),
    ("de", "Der Kreml erklärte, er werde jede Stationierung westlicher Soldaten in der Ukraine als direkte Bedrohung "
     "betrachten."),
    ("de", "Peskow sagte, Moskau werde die Ankunft westlicher Soldaten in der Ukraine als direkte Beteiligung der Nato "
     "am Krieg werten."),
    ("es", "Peskov dijo que Moscú verá la llegada de soldados occidentales a Ucrania como una participación directa de "
     "la OTAN en el conflicto."),
    ("ru", "Песков заявил, что Кремль будет рассматривать любую отправку западных военных на Украину как прямую "
     "угрозу."),
    ("ru", "Песков заявил, что появление западных солдат на Украине Москва будет расценивать как непосредственное "
     "участие НАТО в войне."),
    ("uk", "Пєсков заявив, що Кремль розглядатиме будь-яку відправку західних військових в Україну як пряму загрозу."),
    ("uk", "Пєсков заявив, що появу західних солдатів в Україні Москва вважатиме безпосередньою участю НАТО у війні."),
    ("pl", "Pieskow oświadczył, że Kreml będzie traktować każde rozmieszczenie zachodnich żołnierzy na Ukrainie jako "
     "bezpośrednie zagrożenie."),
    ("pl", "Pieskow powiedział, że Moskwa uzna przybycie zachodnich żołnierzy na Ukrainę za bezpośredni udział NATO w "
     "wojnie."),
    ("tr", "Peskov, Kremlin'in Ukrayna'ya Batılı asker gönderilmesini doğrudan tehdit sayacağını açıkladı."),
    ("tr", "Peskov, Moskova'nın Batılı askerlerin Ukrayna'ya gelişini NATO'nun savaşa doğrudan katılımı olarak "
     "göreceğini söyledi."),
]


@pytest.mark.parametrize("lang,text", REGARDED_AS_THREAT, ids=ids(REGARDED_AS_THREAT))
def test_r34b_a_deployment_regarded_as_a_direct_threat_is_rejected(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("RU", "reject")]


# the plan's owner keeps its demand beside the judge's reject
OWNED_PLAN_REGARDED_AS_THREAT = [
    ("en", "Lavrov said Moscow would see the Franco-British plan for a reassurance force as a direct threat."),
    ("it", "Lavrov ha detto che Mosca considererebbe il piano franco-britannico di una forza di rassicurazione come una "
     "minaccia diretta."),
    ("fr", "Lavrov a dit que Moscou considérerait le plan franco-britannique d'une force de réassurance comme une "
     "menace directe."),
    ("de", "Lawrow sagte, Moskau werde den britisch-französischen Plan einer Schutztruppe als direkte Bedrohung "
     "ansehen."),
    ("es", "Lavrov dijo que Moscú considerará el plan franco-británico de una fuerza de paz como una amenaza directa."),
    ("ru", "Лавров заявил, что Москва будет считать британско-французский план миротворческих сил прямой угрозой."),
    ("uk", "Лавров заявив, що Москва розглядатиме британсько-французький план миротворчих сил як пряму загрозу."),
    ("pl", "Ławrow oświadczył, że Moskwa uzna francusko-brytyjski plan sił stabilizacyjnych za bezpośrednie "
     "zagrożenie."),
    ("tr", "Kremlin, İngiltere'nin barış gücü planını doğrudan tehdit sayacağını açıkladı."),
    ("tr", "Peskov, Londra'nın önerdiği barış gücünü Rusya'nın NATO'nun doğrudan müdahalesi olarak göreceğini "
     "söyledi."),
]


@pytest.mark.parametrize("lang,text", OWNED_PLAN_REGARDED_AS_THREAT, ids=ids(OWNED_PLAN_REGARDED_AS_THREAT))
def test_r34b_an_owned_plan_regarded_as_a_threat_keeps_its_owners_demand(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("EU", "demand"), ("RU", "reject")]


# near misses: the same verb with a favourable verdict, or NATO's part as the object of the verb and not its verdict,
# is no rejection
NOT_A_THREAT = [
    ("en", "Kyiv regards the arrival of European soldiers as the best guarantee against a new invasion, Sybiha said."),
    ("en", "Kyiv considers direct involvement of NATO the only way to stop the war, Sybiha said."),
    ("it", "Kiev considera l'arrivo di soldati europei come la migliore garanzia contro una nuova invasione, ha detto "
     "Sybiha."),
    ("it", "Kiev considera la partecipazione diretta della NATO l'unica via per fermare la guerra, ha detto Sybiha."),
    ("fr", "Kiev considère l'arrivée de soldats européens comme la meilleure garantie contre une nouvelle invasion, a "
     "dit Sybiha."),
    ("fr", "Kiev voit la participation directe de l'OTAN comme le seul moyen d'arrêter la guerre, a dit Sybiha."),
    ("de", "Kiew betrachtet die Ankunft europäischer Soldaten als beste Garantie gegen eine neue Invasion, sagte "
     "Sybiha."),
    ("de", "Kiew sieht die direkte Beteiligung der Nato als einzigen Weg, den Krieg zu beenden, sagte Sybiha."),
    ("es", "Kiev considera la llegada de soldados europeos como la mejor garantía contra una nueva invasión, dijo "
     "Sibiga."),
    ("ru", "Киев рассматривает прибытие европейских солдат как лучшую гарантию от нового вторжения, заявил Сибига."),
    ("ru", "Киев считает прямое участие НАТО единственным способом остановить войну, заявил Сибига."),
    ("uk", "Київ розглядає прибуття європейських солдатів як найкращу гарантію від нового вторгнення, заявив Сибіга."),
    ("uk", "Київ вважає пряму участь НАТО єдиним способом зупинити війну, заявив Сибіга."),
    ("pl", "Kijów uważa przybycie europejskich żołnierzy za najlepszą gwarancję przed nową inwazją, powiedział Sybiha."),
    ("pl", "Kijów uważa bezpośredni udział NATO za jedyny sposób na zakończenie wojny, powiedział Sybiha."),
    ("tr", "Sybiha, Kiev'in Avrupalı askerlerin gelişini yeni bir işgale karşı en iyi güvence olarak gördüğünü "
     "söyledi."),
    ("tr", "Sybiha, Kiev'in NATO'nun doğrudan katılımını savaşı durdurmanın tek yolu olarak gördüğünü söyledi."),
]


@pytest.mark.parametrize("lang,text", NOT_A_THREAT, ids=ids(NOT_A_THREAT))
def test_r34b_a_favourable_verdict_or_natos_part_as_object_is_no_rejection(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("UA", "demand")]


# near misses: a party that does not see itself as a party to the conflict, or does not see a mission as a threat,
# rejects nothing
NOT_A_VERDICT_AGAINST = [
    ("en", "Berlin does not consider itself a party to the conflict despite the arms deliveries, Scholz said.", "EU"),
    ("it", "La Germania non si considera parte del conflitto nonostante le forniture di armi, ha detto Scholz.", "EU"),
    ("fr", "L'Allemagne ne se considère pas comme partie au conflit malgré les livraisons d'armes, a dit Scholz.",
     "EU"),
    ("de", "Deutschland sieht sich durch die Waffenlieferungen nicht als Kriegspartei, sagte Scholz.", "EU"),
    ("de", "Peskow sagte, der Kreml betrachte eine UN-Beobachtermission in der Ukraine nicht als direkte Bedrohung.",
     "RU"),
    ("ru", "Германия не считает себя стороной конфликта, несмотря на поставки оружия, заявил Шольц.", "EU"),
    ("uk", "Німеччина не вважає себе стороною конфлікту, попри постачання зброї, заявив Шольц.", "EU"),
    ("pl", "Niemcy nie uważają się za stronę konfliktu mimo dostaw broni, powiedział Scholz.", "EU"),
    ("pl", "Pieskow powiedział, że Kreml nie uważa misji obserwacyjnej ONZ na Ukrainie za bezpośrednie zagrożenie.",
     "RU"),
    ("tr", "Scholz, Almanya'nın silah teslimatlarına rağmen kendini savaşın tarafı olarak görmediğini söyledi.", "EU"),
]


@pytest.mark.parametrize("lang,text,holder", NOT_A_VERDICT_AGAINST, ids=ids(NOT_A_VERDICT_AGAINST))
def test_r34b_not_seeing_oneself_as_a_party_or_a_threat_is_no_rejection(classifier, lang, text, holder):
    assert (holder, "reject") not in given(classifier, text, lang, "neutrality")


# --- r34B: a demand called a capitulation, an insolence or a recipe for escalation is the namer's reject ---

CALLED_A_CAPITULATION = [
    ("en", "Ukraine's foreign minister described the Russian demand for a permanently neutral Ukraine outside every "
     "alliance as capitulation in disguise.", "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("en", "Zakharova called the Ukrainian demands for compensation for the destroyed cities sheer insolence.",
     "reparations", [("RU", "reject"), ("UA", "demand")]),
    ("en", "Lavrov said Moscow would not take part, calling the French and German plan for a monitoring mission in the "
     "east a recipe for escalation.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Il ministro degli Esteri ucraino ha definito la richiesta russa di uno status neutrale permanente per "
     "l'Ucraina una «capitolazione mascherata».", "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("it", "Zakharova ha definito «un'insolenza» le richieste ucraine di risarcimento per le città distrutte.",
     "reparations", [("RU", "reject"), ("UA", "demand")]),
    ("fr", "Le ministre ukrainien des Affaires étrangères a qualifié l'exigence russe d'un statut neutre permanent pour "
     "l'Ukraine de « capitulation déguisée ».", "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("fr", "Zakharova a qualifié d'« insolence » les demandes ukrainiennes d'indemnisation pour les villes détruites.",
     "reparations", [("RU", "reject"), ("UA", "demand")]),
    ("de", "Der ukrainische Außenminister nannte die russische Forderung nach einem dauerhaft neutralen Status der "
     "Ukraine eine „verdeckte Kapitulation“.", "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("de", "Sacharowa bezeichnete die ukrainischen Forderungen nach Entschädigung für die zerstörten Städte als "
     "„Unverschämtheit“.", "reparations", [("RU", "reject"), ("UA", "demand")]),
    ("es", "El canciller ucraniano calificó la exigencia rusa de un estatus neutral permanente para Ucrania de "
     "«capitulación encubierta».", "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("es", "Zajárova calificó de «insolencia» las exigencias ucranianas de indemnización por las ciudades destruidas.",
     "reparations", [("RU", "reject"), ("UA", "demand")]),
    ("ru", "Глава МИД Украины назвал требование России о постоянном нейтральном статусе Украины «скрытой "
     "капитуляцией».", "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Захарова назвала «наглостью» требования Киева о компенсации за разрушенные города.", "reparations",
     [("RU", "reject"), ("UA", "demand")]),
    ("uk", "Міністр закордонних справ України назвав вимогу Росії щодо постійного нейтрального статусу України "
     "«прихованою капітуляцією».", "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("uk", "Захарова назвала «нахабством» вимоги Києва про компенсацію за зруйновані міста.", "reparations",
     [("RU", "reject"), ("UA", "demand")]),
    ("pl", "Szef ukraińskiego MSZ nazwał żądanie Rosji dotyczące trwałej neutralności Ukrainy „ukrytą kapitulacją”.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Pieskow określił mianem „zuchwałości” ukraińskie żądania rekompensat za zburzone miasta.", "reparations",
     [("RU", "reject"), ("UA", "demand")]),
    ("tr", "Ukrayna Dışişleri Bakanı, Rusya'nın tarafsızlık talebini 'örtülü teslimiyet' olarak nitelendirdi.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("tr", "Zaharova, Kiev'in yıkılan şehirler için tazminat taleplerini 'küstahlık' olarak nitelendirdi.",
     "reparations", [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CALLED_A_CAPITULATION, ids=ids(CALLED_A_CAPITULATION))
def test_r34b_a_demand_called_a_capitulation_or_an_insolence_is_rejected(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: calling for a capitulation, or demanding it, asks for it: no rejection
DEMANDED_CAPITULATION = [
    ("en", "Medvedev called for Ukraine's capitulation and a neutral status outside NATO."),
    ("it", "Medvedev ha chiesto la capitolazione dell'Ucraina e uno status neutrale fuori dalla NATO."),
    ("fr", "Medvedev a réclamé la capitulation de l'Ukraine et un statut neutre hors de l'OTAN."),
    ("de", "Medwedew forderte die Kapitulation der Ukraine und einen neutralen Status außerhalb der Nato."),
    ("es", "Moscú exigió la capitulación de Ucrania y un estatus neutral fuera de la OTAN."),
    ("ru", "Медведев потребовал капитуляции Украины и нейтрального статуса вне НАТО."),
    ("uk", "Медведєв зажадав капітуляції України та нейтрального статусу поза НАТО."),
    ("pl", "Miedwiediew zażądał kapitulacji Ukrainy i neutralnego statusu poza NATO."),
    ("tr", "Medvedev, Ukrayna'nın teslimiyetini ve NATO dışında tarafsız bir statüyü talep etti."),
]


@pytest.mark.parametrize("lang,text", DEMANDED_CAPITULATION, ids=ids(DEMANDED_CAPITULATION))
def test_r34b_a_capitulation_called_for_is_a_demand(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("RU", "demand")]


# --- r34B: Bratislava stands for the Slovak government, as a holder and as a place that passes a verdict ---

BRATISLAVA_HOLDS = [
    ("it", "Bratislava ha respinto il piano di usare i beni russi congelati per la ricostruzione.", [("EU", "reject")]),
    ("fr", "Bratislava a rejeté le projet d'utiliser les avoirs russes gelés pour la reconstruction.", [("EU", "reject")]),
    ("de", "Bratislava lehnte den Plan ab, die eingefrorenen russischen Vermögen für den Wiederaufbau zu nutzen.",
     [("EU", "reject")]),
    ("ru", "Братислава отвергла план использовать замороженные российские активы для восстановления Украины.",
     [("EU", "reject")]),
    ("uk", "Братислава відхилила план використати заморожені російські активи для відбудови України.",
     [("EU", "reject")]),
    ("pl", "Bratysława odrzuciła plan wykorzystania zamrożonych rosyjskich aktywów na odbudowę Ukrainy.",
     [("EU", "reject")]),
    ("ru", "Брюссель требует, чтобы Москва выплатила Украине репарации, однако в Братиславе эту идею называют "
     "нереалистичной.", [("EU", "demand"), ("EU", "reject")]),
    ("uk", "Брюссель вимагає, щоб Москва виплатила Україні репарації, однак у Братиславі цю ідею називають "
     "нереалістичною.", [("EU", "demand"), ("EU", "reject")]),
    ("pl", "Bruksela domaga się, by Moskwa zapłaciła Ukrainie reparacje, jednak w Bratysławie ten pomysł odrzucają.",
     [("EU", "demand"), ("EU", "reject")]),
]


@pytest.mark.parametrize("lang,text,expected", BRATISLAVA_HOLDS, ids=ids(BRATISLAVA_HOLDS))
def test_r34b_bratislava_holds_for_slovakia(classifier, lang, text, expected):
    assert given(classifier, text, lang, "reparations") == expected


# near misses: Bratislava as the place where others act holds nothing
BRATISLAVA_A_VENUE = [
    ("it", "Russia e Ucraina hanno scambiato prigionieri a Bratislava."),
    ("fr", "La Russie et l'Ukraine ont échangé des prisonniers à Bratislava."),
    ("de", "Russland und die Ukraine tauschten in Bratislava Gefangene aus."),
    ("ru", "Россия и Украина обменялись пленными в Братиславе."),
    ("uk", "Росія та Україна обмінялися полоненими у Братиславі."),
    ("pl", "Rosja i Ukraina wymieniły jeńców w Bratysławie."),
]


@pytest.mark.parametrize("lang,text", BRATISLAVA_A_VENUE, ids=ids(BRATISLAVA_A_VENUE))
def test_r34b_bratislava_as_a_venue_holds_nothing(classifier, lang, text):
    assert given(classifier, text, lang, "prisoners") == [("RU", "agree"), ("UA", "agree")]
