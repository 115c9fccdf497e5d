"""Round 30 D: holders named by an office, a region or a membership hold for the state or body the office belongs to."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r30D: a region's governor holds for the region's country (Russia's border regions: RU; Ukraine's regional
# military administrations and unoccupied regions: UA); the region alone, where something happens, holds nothing ---

REGION_GOVERNORS = [
    ("en", "The governor of Russia's Kursk region urged Moscow to carve out a demilitarised buffer zone in Ukraine's Sumy region.", "territory", [("RU", "demand")]),
    ("en", "The Kharkiv military governor, Oleh Synyehubov, ruled out any buffer zone on Ukrainian soil.", "territory", [("UA", "reject")]),
    ("en", "Kursk region governor Alexander Khinshtein demanded a security belt along the frontier.", "territory", [("RU", "demand")]),
    ("it", "Il governatore della regione di Kursk ha chiesto una fascia cuscinetto nella regione ucraina di Sumy.", "territory", [("RU", "demand")]),
    ("it", "Il governatore militare di Kharkiv ha respinto qualsiasi zona cuscinetto in territorio ucraino.", "territory", [("UA", "reject")]),
    ("fr", "Le gouverneur de la région de Koursk a exigé une zone tampon dans la région ukrainienne de Soumy.", "territory", [("RU", "demand")]),
    ("fr", "Le gouverneur militaire de Kharkiv a rejeté toute zone tampon en territoire ukrainien.", "territory", [("UA", "reject")]),
    ("de", "Der Gouverneur der Region Kursk forderte eine Pufferzone im ukrainischen Gebiet Sumy.", "territory", [("RU", "demand")]),
    ("de", "Der Militärgouverneur von Charkiw lehnte jede Pufferzone auf ukrainischem Gebiet ab.", "territory", [("UA", "reject")]),
    ("es", "El gobernador de la región de Kursk exigió una zona de amortiguación en la región ucraniana de Sumy.", "territory", [("RU", "demand")]),
    ("es", "El gobernador militar de Járkov rechazó cualquier zona de amortiguación en suelo ucraniano.", "territory", [("UA", "reject")]),
    ("ru", "Губернатор Курской области потребовал создать буферную зону в Сумской области.", "territory", [("RU", "demand")]),
    ("ru", "Глава Харьковской областной военной администрации отверг идею буферной зоны.", "territory", [("UA", "reject")]),
    ("uk", "Губернатор Курської області вимагає створити буферну зону на Сумщині.", "territory", [("RU", "demand")]),
    ("uk", "Начальник Харківської обласної військової адміністрації відкинув ідею буферної зони.", "territory", [("UA", "reject")]),
    ("pl", "Gubernator obwodu kurskiego zażądał utworzenia strefy buforowej w obwodzie sumskim.", "territory", [("RU", "demand")]),
    ("pl", "Szef wojskowej administracji obwodu charkowskiego odrzucił pomysł strefy buforowej.", "territory", [("UA", "reject")]),
    ("tr", "Kursk Valisi, Sumi bölgesinde bir tampon bölge kurulmasını talep etti.", "territory", [("RU", "demand")]),
    ("tr", "Harkiv Askeri Valisi, Ukrayna topraklarında tampon bölge fikrini reddetti.", "territory", [("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", REGION_GOVERNORS, ids=ids(REGION_GOVERNORS))
def test_r30d_a_regions_governor_holds_for_its_country(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


REGION_AS_PLACE = [
    ("en", "Drones hit the Kursk region overnight, and Kyiv again called for a full truce.", "ceasefire", [("UA", "demand")]),
    ("fr", "Des drones ont frappé la région de Koursk, et Kiev a de nouveau réclamé une trêve complète.", "ceasefire", [("UA", "demand")]),
    ("ru", "Беспилотники атаковали Курскую область, а Киев вновь потребовал полного перемирия.", "ceasefire", [("UA", "demand")]),
    ("en", "The Moscow-installed governor of Kherson demanded that Kyiv cede the rest of the region.", "territory", [("RU", "demand")]),
    ("tr", "Kursk bölgesine yönelik saldırıların ardından Kiev, tam ateşkes çağrısını yineledi.", "ceasefire", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", REGION_AS_PLACE, ids=ids(REGION_AS_PLACE))
def test_r30d_a_region_where_something_happens_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r30D: the chair of a parliament's committee holds for the parliament's state (Duma: RU, Rada: UA); Ukraine's
# presidential office holds UA ---

COMMITTEE_CHAIRS = [
    ("en", "The head of the Duma's defence committee, Andrei Kartapolov, rejected any return of Crimea to Ukraine.", "territory", [("RU", "reject")]),
    ("en", "The chairman of the Rada's foreign affairs committee insisted on the return of all deported children.", "prisoners", [("UA", "demand")]),
    ("it", "Il presidente della commissione Difesa della Duma ha respinto qualsiasi restituzione della Crimea.", "territory", [("RU", "reject")]),
    ("fr", "Le président de la commission de la défense de la Douma a rejeté tout retour de la Crimée à l'Ukraine.", "territory", [("RU", "reject")]),
    ("de", "Der Vorsitzende des Verteidigungsausschusses der Staatsduma lehnte jede Rückgabe der Krim ab.", "territory", [("RU", "reject")]),
    ("es", "El presidente de la comisión de Defensa de la Duma rechazó cualquier devolución de Crimea a Ucrania.", "territory", [("RU", "reject")]),
    ("ru", "Глава комитета Госдумы по обороне Андрей Картаполов отверг возвращение Крыма Украине.", "territory", [("RU", "reject")]),
    ("ru", "Председатель комитета Верховной Рады по иностранным делам потребовал вернуть всех депортированных детей.", "prisoners", [("UA", "demand")]),
    ("uk", "Голова комітету Верховної Ради з питань зовнішньої політики вимагає повернення всіх депортованих дітей.", "prisoners", [("UA", "demand")]),
    ("pl", "Przewodniczący komisji obrony rosyjskiej Dumy Państwowej odrzucił zwrot Krymu Ukrainie.", "territory", [("RU", "reject")]),
    ("tr", "Duma Savunma Komitesi Başkanı, Kırım'ın Ukrayna'ya iadesini reddetti.", "territory", [("RU", "reject")]),
    ("es", "La oficina presidencial ucraniana exigió el regreso de todos los niños deportados.", "prisoners", [("UA", "demand")]),
    ("fr", "Le bureau présidentiel ukrainien a exigé le retour de tous les enfants déportés.", "prisoners", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COMMITTEE_CHAIRS, ids=ids(COMMITTEE_CHAIRS))
def test_r30d_a_committee_chair_holds_for_the_parliaments_state(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


COMMITTEE_NEAR_MISSES = [
    # the European Commission's president stays EU; a parliament where something is read out holds nothing
    ("it", "La presidente della Commissione europea ha sostenuto il prestito basato sugli asset russi congelati.", "reparations", [("EU", "agree")]),
    ("en", "The committee hearing took place in the Duma, where Kyiv's demand for reparations was read out.", "reparations", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COMMITTEE_NEAR_MISSES, ids=ids(COMMITTEE_NEAR_MISSES))
def test_r30d_no_committee_chair_no_parliaments_state(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r30D: NATO's officials, spokespeople and deputy chief hold OTHER; NATO as the issue holds nothing ---

NATO_OFFICIALS = [
    ("en", "A NATO spokesperson said the alliance would reject any cap on Ukraine's armed forces.", "neutrality", [("OTHER", "reject")]),
    ("en", "NATO's deputy secretary general welcomed the idea of a European reassurance force for Ukraine.", "neutrality", [("OTHER", "agree")]),
    ("fr", "Un haut responsable de l'OTAN a rejeté tout veto russe sur l'adhésion de l'Ukraine.", "neutrality", [("OTHER", "reject")]),
    ("de", "Ein NATO-Vertreter lehnte jedes russische Veto gegen einen Beitritt der Ukraine ab.", "neutrality", [("OTHER", "reject")]),
    ("es", "El vicesecretario general de la OTAN rechazó cualquier veto ruso a la adhesión de Ucrania.", "neutrality", [("OTHER", "reject")]),
    ("ru", "Представитель НАТО отверг любое российское вето на вступление Украины в альянс.", "neutrality", [("OTHER", "reject")]),
    ("uk", "Заступник генсека НАТО відкинув будь-яке російське вето на вступ України.", "neutrality", [("OTHER", "reject")]),
    ("pl", "Przedstawiciel NATO odrzucił jakiekolwiek rosyjskie weto wobec członkostwa Ukrainy.", "neutrality", [("OTHER", "reject")]),
    ("tr", "Bir NATO yetkilisi, Ukrayna'nın üyeliğine yönelik her türlü Rus vetosunu reddetti.", "neutrality", [("OTHER", "reject")]),
    ("it", "Un alto funzionario della NATO ha respinto qualsiasi tetto all'esercito ucraino.", "neutrality", [("OTHER", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NATO_OFFICIALS, ids=ids(NATO_OFFICIALS))
def test_r30d_a_nato_official_holds_other(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


NATO_AS_ISSUE = [
    ("en", "Kyiv renewed its call for NATO membership at the summit.", "neutrality", [("UA", "demand")]),
    ("fr", "Kiev a renouvelé sa demande d'adhésion à l'OTAN lors du sommet.", "neutrality", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NATO_AS_ISSUE, ids=ids(NATO_AS_ISSUE))
def test_r30d_nato_membership_as_the_issue_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r30D: the pope's envoy and a cardinal (before his name) hold OTHER; 'cardinal' as an adjective holds nothing ---

HOLY_SEE_ENVOYS = [
    ("en", "Cardinal Pietro Parolin proposed an Easter truce and a swap of wounded prisoners.", "ceasefire", [("OTHER", "demand")]),
    ("fr", "L'émissaire du pape a proposé une trêve de Pâques.", "ceasefire", [("OTHER", "demand")]),
    ("es", "El enviado del Papa propuso una tregua de Pascua.", "ceasefire", [("OTHER", "demand")]),
    ("it", "Il cardinale Pietro Parolin ha proposto una tregua pasquale.", "ceasefire", [("OTHER", "demand")]),
    ("de", "Kardinal Pietro Parolin schlug eine Waffenruhe zu Ostern vor.", "ceasefire", [("OTHER", "demand")]),
    ("ru", "Кардинал Пьетро Паролин предложил пасхальное перемирие.", "ceasefire", [("OTHER", "demand")]),
    ("uk", "Кардинал П'єтро Паролін запропонував великоднє перемир'я.", "ceasefire", [("OTHER", "demand")]),
    ("pl", "Kardynał Pietro Parolin zaproponował wielkanocny rozejm.", "ceasefire", [("OTHER", "demand")]),
    ("tr", "Kardinal Pietro Parolin, Paskalya ateşkesi önerdi.", "ceasefire", [("OTHER", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", HOLY_SEE_ENVOYS, ids=ids(HOLY_SEE_ENVOYS))
def test_r30d_the_popes_envoy_or_a_cardinal_holds_other(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


HOLY_SEE_NEAR_MISSES = [
    ("en", "Moscow's cardinal demand remains a truce on its own terms.", "ceasefire", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", HOLY_SEE_NEAR_MISSES, ids=ids(HOLY_SEE_NEAR_MISSES))
def test_r30d_cardinal_as_an_adjective_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r30D: Budapest stands for Hungary's government (EU); a venue of talks holds nothing ---

CAPITALS = [
    ("en", "Hungary's foreign minister said Budapest would never back Ukraine's accession to NATO.", "neutrality", [("EU", "reject")]),
    ("it", "Budapest non sosterrà mai l'adesione di Kiev alla NATO, ha detto il ministro ungherese.", "neutrality", [("EU", "reject")]),
    ("fr", "Budapest ne soutiendra jamais l'adhésion de l'Ukraine à l'OTAN, a déclaré le ministre hongrois.", "neutrality", [("EU", "reject")]),
    ("de", "Budapest werde einen NATO-Beitritt der Ukraine niemals unterstützen, sagte der ungarische Minister.", "neutrality", [("EU", "reject")]),
    ("es", "Budapest nunca apoyará la adhesión de Ucrania a la OTAN, dijo el ministro húngaro.", "neutrality", [("EU", "reject")]),
    ("ru", "Будапешт никогда не поддержит вступление Украины в НАТО, заявил венгерский министр.", "neutrality", [("EU", "reject")]),
    ("uk", "Будапешт ніколи не підтримає вступ України до НАТО, заявив угорський міністр.", "neutrality", [("EU", "reject")]),
    ("pl", "Budapeszt nigdy nie poprze członkostwa Ukrainy w NATO, oświadczył węgierski minister.", "neutrality", [("EU", "reject")]),
    ("tr", "Macaristan Dışişleri Bakanı, Budapeşte'nin NATO genişlemesine karşı çıktığını söyledi.", "neutrality", [("EU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CAPITALS, ids=ids(CAPITALS))
def test_r30d_budapest_holds_for_hungary(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


CAPITALS_AS_VENUE = [
    ("fr", "Lors de pourparlers à Budapest, Moscou a exigé la neutralité de l'Ukraine.", "neutrality", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CAPITALS_AS_VENUE, ids=ids(CAPITALS_AS_VENUE))
def test_r30d_budapest_as_a_venue_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r30D: Russia's children's ombudsman, named, holds RU ---

CHILDRENS_OMBUDSMAN = [
    ("ru", "Львова-Белова предложила обменять списки депортированных детей.", "prisoners", [("RU", "demand")]),
    ("en", "Maria Lvova-Belova rejected Kyiv's demand to return all deported children.", "prisoners", [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CHILDRENS_OMBUDSMAN, ids=ids(CHILDRENS_OMBUDSMAN))
def test_r30d_russias_childrens_ombudsman_holds_ru(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r30D: a NATO official who holds the position is no cited source (outlets.yml `generic`); an unnamed group of
# officials quoted for another party's position still is ---


def test_r30d_a_nato_official_holding_the_position_is_no_cited_source(classifier):
    text = "A NATO official told reporters in Vilnius that the alliance would reject any cap on Ukraine's army."
    labels = classifier.classify(text, "en")
    assert [(lb.category, lb.cited_sources) for lb in labels] == [("neutrality", [])]
    assert positions(classifier, text, "en") == {"neutrality": [("OTHER", "reject")]}


def test_r30d_officials_quoted_for_another_party_stay_a_cited_source(classifier):
    text = "According to Western officials, Moscow demanded a cap on Ukraine's army."
    labels = classifier.classify(text, "en")
    assert [(lb.category, lb.cited_sources) for lb in labels] == [("neutrality", ["Western officials"])]
    assert positions(classifier, text, "en") == {"neutrality": [("RU", "demand")]}


# --- r30D: pl 'ma/mają', uk 'має/мають' before a demand verb (is to demand, is to propose) is no obligation put to the
# subject: the subject holds; before any other verb it stays an obligation (the subject holds nothing) ---

IS_TO_DEMAND = [
    ("pl", "Według agencji Reuters rosyjscy negocjatorzy mają zażądać od Kijowa oddania całego Donbasu.", "territory", [("RU", "demand")]),
    ("pl", "Ukraińska delegacja ma zaproponować rozejm na morzu podczas rozmów w Genewie.", "ceasefire", [("UA", "demand")]),
    ("uk", "Російська делегація має вимагати від Києва виведення військ з Донбасу.", "territory", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", IS_TO_DEMAND, ids=ids(IS_TO_DEMAND))
def test_r30d_is_to_demand_is_the_subjects_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


IS_TO_DO = [
    ("pl", "Rosja żąda, by Ukraina wycofała wojska, a Kijów ma oddać cały Donbas.", "territory", [("RU", "demand")]),
    ("uk", "Москва наполягає, що Київ має вивести війська з Донбасу.", "territory", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", IS_TO_DO, ids=ids(IS_TO_DO))
def test_r30d_is_to_do_another_step_stays_an_obligation(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r30D: tr, of two genitive names in a row, the second owns the possessed noun in an oblique case after it
# ('Bratislava'nın Ukrayna'nın NATO üyeliğine'): the first is the subject of the clause ---

TR_TWO_GENITIVES = [
    ("tr", "Slovakya Başbakanı, Bratislava'nın Ukrayna'nın NATO üyeliğine karşı çıkacağını söyledi.", "neutrality", [("EU", "reject")]),
    ("tr", "Yetkili, Rusya'nın Ukrayna'nın NATO üyeliğine karşı çıktığını söyledi.", "neutrality", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TR_TWO_GENITIVES, ids=ids(TR_TWO_GENITIVES))
def test_r30d_tr_the_first_of_two_genitives_is_the_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_r30d_tr_a_second_genitive_owning_a_position_noun_keeps_its_demand(classifier):
    text = "Slovakya Başbakanı, Bratislava'nın Kiev'in ateşkes önerisine karşı çıkacağını söyledi."
    assert given(classifier, text, "tr", "ceasefire") == [("EU", "reject"), ("UA", "demand")]
