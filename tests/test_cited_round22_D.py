"""Cited sources, round 22 (group D, the nine languages): the classes of misses and wrong values that the
check9 development set showed, each with sentences of our own that must give the sources and near-misses that
must not.
"""

import pytest

from test_cited import analysis as analyse, classifier  # noqa: F401 (fixture)

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


# --- r22D: people quoted by an outlet, the words that cite ending in a preposition the language lists ("fonti citate
# da | Ukrinform", "dall'|agenzia"), or a participle the adjectives took ("źródła | cytowane przez"), are a source ---

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Fonti diplomatiche citate dall'agenzia Ansa sostengono che Mosca chiede la neutralità.",
     ["Fonti diplomatiche", "Ansa"]),
    ("it", "Due funzionari europei citati da Reuters affermano che Budapest blocca la decisione.",
     ["Due funzionari europei", "Reuters"]),
    ("it", "Fonti militari citate dal quotidiano Corriere della Sera riferiscono che Kiev respinge il piano.",
     ["Fonti militari", "Corriere della Sera"]),
    ("pl", "Źródła dyplomatyczne cytowane przez agencję Reuters twierdzą, że Moskwa żąda neutralności.",
     ["Źródła dyplomatyczne", "Reuters"]),
    # must not: a minister or a named speaker quoted by the outlet speaks for the party
    ("it", "Il ministro citato da Ukrinform afferma che lo scambio è avvenuto.", ["Ukrinform"]),
    ("it", "Zelensky, citato da Ukrinform, afferma che lo scambio è avvenuto.", ["Ukrinform"]),
])
def test_r22D_people_quoted_by_an_outlet(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r22D: outlets the lexicon lacked, in their common forms (Xinhua's French, Italian and Spanish names, Rossiya 1 in
# Latin letters, the Nordic public broadcasters, the war institute's German genitive), and a broadcaster that aired a
# speaker's words ("a diffusé", "ha trasmesso", "emitió") reports ---

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Pékin soutient une trêve, a déclaré le ministre, cité par l'agence Chine nouvelle.", ["Chine nouvelle"]),
    ("it", "Pechino sostiene la tregua, ha detto il ministro citato dall'agenzia Nuova Cina.", ["Nuova Cina"]),
    ("pl", "Premier Szwecji, cytowany przez telewizję SVT, ocenił, że Rosja musi wycofać wojska.", ["SVT"]),
    ("pl", "Prezydent Finlandii, cytowany przez nadawcę Yle, ocenił, że agresor nie może zyskać ziemi.", ["Yle"]),
    ("de", "Nach Einschätzung des Instituts für Kriegsstudien will der Kreml die Gespräche verschleppen.",
     ["Instituts für Kriegsstudien"]),
    ("tr", "Rossiya 1'e konuşan Peskov ateşkesi reddetti.", ["Rossiya 1"]),
    ("fr", "La chaîne publique russe Rossiya 1 a diffusé un entretien dans lequel Lavrov rejette toute trêve.",
     ["Rossiya 1"]),
    ("it", "La tv di Stato russa Pervy Kanal ha trasmesso un'intervista in cui Peskov respinge la tregua.",
     ["Pervy Kanal"]),
    ("es", "La televisión estatal rusa Pervy Kanal emitió una entrevista en la que Lavrov rechaza la tregua.",
     ["Pervy Kanal"]),
    # must not: a party that spread something, and the words of the names as common words
    ("fr", "La Russie a diffusé de fausses informations sur la trêve.", []),
    ("fr", "Le premier canal de la nouvelle Chine a été inauguré.", []),
    ("it", "La tv di Stato russa ha trasmesso un documentario sulla guerra.", []),  # a programme, no speaker's words
])
def test_r22D_outlets_the_lexicon_lacked_and_broadcasters_that_aired(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r22D: the people an outlet cites are a source of their own, kept unnamed by it even where their party is named:
# after the words that cite right after the outlet ("Politico з посиланням на | польських дипломатів", "«Коммерсанта»,
# ссылающихся на"), as the object of an outlet that quotes them ("zitierte die Agentur Interfax | Quellen im ..."),
# after a preposition of whom it learned from ("appreso da Reuters | da due funzionari", "стало відомо «УП» | від") ---

@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Видання Politico з посиланням на польських дипломатів пише, що Варшава та Берлін не відправлять війська.",
     ["Politico", "польських дипломатів"]),
    ("ru", "По данным «Коммерсанта», ссылающихся на российских дипломатов, Москва и Минск отвергают план.",
     ["Коммерсанта", "российских дипломатов"]),
    ("ru", "Газета «Ведомости», ссылаясь на двух чиновников, пишет, что Москва требует отмены санкций.",
     ["Ведомости", "двух чиновников"]),
    ("de", "Die USA wollen die Sanktionen lockern, berichtete der Sender CNN unter Berufung auf Regierungsbeamte.",
     ["CNN", "Regierungsbeamte"]),
    ("de", "Moskau lehne den Plan ab, zitierte die Agentur Interfax Quellen im Außenministerium.",
     ["Interfax", "Quellen im Außenministerium"]),
    ("it", "Stando a quanto appreso da Reuters da due funzionari europei, Budapest blocca la decisione.",
     ["Reuters", "due funzionari europei"]),
    ("fr", "Selon ce qu'a appris l'AFP auprès de deux diplomates européens, Budapest bloque la décision.",
     ["AFP", "deux diplomates européens"]),
    ("uk", "Як стало відомо «Українській правді» від джерел в Офісі президента, Київ відкидає план.",
     ["Українській правді", "джерел в Офісі президента"]),
    ("ru", "Как стало известно «Коммерсанту» от источников в Кремле, Москва отвергает план.",
     ["Коммерсанту", "источников в Кремле"]),
    # must not: a statement, a named minister or a person the outlet cites, and a time after the outlet
    ("uk", "Видання Politico з посиланням на заяву Зеленського пише, що Київ відкидає план.", ["Politico"]),
    ("de", "Moskau lehne den Plan ab, zitierte die Agentur Interfax den Außenminister Lawrow.", ["Interfax"]),
    ("ru", "По данным «Известий», ссылающихся на Пескова, Москва отвергает план.", ["Известий"]),
    ("it", "Secondo Reuters da giorni Budapest blocca la decisione.", ["Reuters"]),
])
def test_r22D_people_an_outlet_cites(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r22D: Turkish, the words before a source's noun: "yakın" with its dative before a noun in "ğ" ("konuya yakın iki
# kaynağa"), and an adjective of place in -ki with the noun it takes ("hükümet içindeki bir kaynağa") ---

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Bloomberg'in müzakerelere yakın üç kaynağa dayandırdığı habere göre Moskova ateşkesi reddetti.",
     ["Bloomberg", "müzakerelere yakın üç kaynağa"]),
    ("tr", "Politico'nun yönetim içindeki iki kaynağa dayandırdığı habere göre Washington yeni bir plan hazırlıyor.",
     ["Politico", "yönetim içindeki iki kaynağa"]),
    ("tr", "Rusya ateşkesi reddetti, masadaki bir kaynak bunu doğruladı.", ["masadaki bir kaynak"]),
    ("tr", "Ankara'daki diplomatik kaynaklar, görüşmelerin ertelendiğini bildirdi.", ["Ankara'daki diplomatik kaynaklar"]),
    # must not: the outlet in its case, or its noun in the genitive, before the adjective of place is its owner
    ("tr", "Rus RBK haber sitesinin bakanlıktaki iki kaynağa dayandırdığı habere göre Rusya talep edecek.",
     ["RBK", "bakanlıktaki iki kaynağa"]),
    ("tr", "Reuters'ın içerideki bir kaynağa dayandırdığı habere göre Moskova ateşkesi reddetti.",
     ["Reuters", "içerideki bir kaynağa"]),
])
def test_r22D_turkish_words_before_the_source_noun(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r22D: a source's complement ends before the auxiliary of a reporting verb of two words ("un proche de l'équipe
# de négociation | a confié", "una fonte vicina ai negoziatori | ha detto") ---

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Un proche de l'équipe de négociation ukrainienne a confié à l'agence Ukrinform que Kyiv réclame les enfants.",
     ["Un proche de l'équipe de négociation ukrainienne", "Ukrinform"]),
    ("fr", "Un diplomate proche du dossier a indiqué à l'AFP que Moscou exige la neutralité.",
     ["Un diplomate proche du dossier", "AFP"]),
    ("it", "Una fonte vicina ai negoziatori ha detto all'Ansa che Mosca chiede la neutralità.",
     ["Una fonte vicina ai negoziatori", "Ansa"]),
    # must not: the complement after a citing word keeps its words, the plural's auxiliary still ends it
    ("fr", "Selon un proche de l'équipe de négociation, Kiev réclame le retour des enfants.",
     ["un proche de l'équipe de négociation"]),
    ("fr", "Des sources proches de la présidence ont affirmé que Kiev refuse tout gel du front.",
     ["Des sources proches de la présidence"]),
])
def test_r22D_complement_ends_before_an_auxiliary(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r22D: Polish soft-stem adjectives before a source's noun ("Dwóch | zachodnich | dyplomatów", "wschodnich"), and the
# participants of a meeting or talks as unnamed people in the Slavic languages ("за словами двох учасників зустрічі") ---

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Trzech zachodnich urzędników zaznajomionych ze sprawą przekazało agencji Bloomberg, że plan jest gotowy.",
     ["Trzech zachodnich urzędników zaznajomionych ze sprawą", "Bloomberg"]),
    ("pl", "Według wschodnich dyplomatów Moskwa żąda neutralności Ukrainy.", ["wschodnich dyplomatów"]),
    ("uk", "За словами трьох учасників наради, переговори тривали до ранку.", ["трьох учасників наради"]),
    ("ru", "По словам участников переговоров, российская делегация потребовала вывода войск.",
     ["участников переговоров"]),
    ("pl", "Według uczestników spotkania, rozmowy trwały ponad dwanaście godzin.", ["uczestników spotkania"]),
    # must not: participants who agree or back a plan hold the position, report nothing; a soft adjective with no source
    ("uk", "Учасники переговорів погодилися на обмін полоненими.", []),
    ("ru", "Участники саммита поддержали план перемирия.", []),
    ("pl", "Północni sąsiedzi Rosji żądają twardszych sankcji.", []),
])
def test_r22D_soft_adjectives_and_participants(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r22D: what a channel or a person is close to is no source ("Rybar, vicino agli | ambienti militari russi",
# "proche des | milieux militaires"); in French "proche" is a source's noun only after a determiner ("un proche de") ---

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il canale Telegram Rybar, vicino agli ambienti militari russi, sostiene che Mosca insisterà su una fascia "
           "cuscinetto.", ["Rybar"]),
    ("fr", "La chaîne Telegram Rybar, proche des milieux militaires russes, affirme que Moscou exige une zone tampon.",
     ["Rybar"]),
    ("es", "El canal Rybar, cercano a los medios militares rusos, afirmó que Moscú exige una zona de seguridad.",
     ["Rybar"]),
    # must not: the people close to something, and those circles as the subject of their own reporting word, stay sources
    ("it", "Fonti vicine al Cremlino riferiscono che Mosca chiede la neutralità.", ["Fonti vicine al Cremlino"]),
    ("it", "Ambienti militari russi riferiscono che Mosca insisterà su una fascia cuscinetto.", ["Ambienti militari russi"]),
    ("fr", "Des proches du président ont confié que Kiev refuse tout gel du front.", ["Des proches du président"]),
    ("fr", "Selon un proche du Kremlin, Moscou exige la neutralité.", ["un proche du Kremlin"]),
])
def test_r22D_what_a_channel_is_close_to(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r22D: an outlet's noun that is also the adjective "daily" after a noun in the languages that put adjectives after
# it ("el parte | diario", "il bollettino | quotidiano", "le point | quotidien") is a report's, a document, no newspaper ---

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Las fuerzas ucranianas derribaron 112 drones, según el parte diario de la Fuerza Aérea.", []),
    ("it", "Le forze ucraine hanno abbattuto 112 droni, secondo il bollettino quotidiano dell'Aeronautica.", []),
    ("fr", "Les forces ukrainiennes ont abattu 112 drones, selon le point quotidien de l'armée de l'air.", []),
    # must not: the newspaper after its article, with its adjective after it
    ("es", "Según el diario, Moscú exige la neutralidad de Ucrania.", ["el diario"]),
    ("it", "Secondo il quotidiano, Mosca chiede la neutralità dell'Ucraina.", ["il quotidiano"]),
    ("es", "Según el diario estadounidense, Moscú exige la neutralidad de Ucrania.", ["el diario estadounidense"]),
])
def test_r22D_daily_after_a_noun_is_no_newspaper(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected
