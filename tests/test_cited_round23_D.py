"""Cited sources, round 23 (group D, the nine languages): the classes of check10's cited-source errors that the
rules missed, each with sentences of our own that must give the sources and near-misses that must not.
"""

import pytest

from test_cited import analysis as analyse, classifier  # noqa: F401 (fixture)

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


# --- r23D: a Ukrainian neuter source noun ('джерело') keeps the participle set off by commas after it ('джерело,
# близьке до Кремля, | обізнане з ...,'), as the masculine and plural nouns did ---

@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Джерело, близьке до Офісу президента, розповіло Reuters, що Київ не погодиться на такий обмін.",
     ["Джерело, близьке до Офісу президента", "Reuters"]),
    ("uk", "Джерело, обізнане з ходом консультацій, повідомило, що Москва вимагає нейтралітету.",
     ["Джерело, обізнане з ходом консультацій"]),
    ("uk", "Джерело, поінформоване про зміст документа, сказало агентству AFP, що Київ відкидає план.",
     ["Джерело, поінформоване про зміст документа", "AFP"]),
    ("uk", "Джерела, близькі до переговорів, повідомили, що Москва вимагає нейтралітету.",
     ["Джерела, близькі до переговорів"]),
    # must not: a neuter adjective opening what the source said is no part of it; a body's noun is no source's
    ("uk", "За словами джерела, нове перемир'я не влаштовує Москву.", ["джерела"]),
    ("uk", "Посольство, розташоване в Києві, повідомило, що Москва вимагає нейтралітету.", []),
])
def test_r23D_ukrainian_neuter_source_keeps_its_participle(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r23D: the people an outlet cites are a source of their own even where an adjective names their party, after the
# words that cite inside the outlet's own phrase ('Politico | со ссылкой на | немецких дипломатов') or in the Turkish
# genitive of the outlet whose report rests on them ('FT'nin | iki Avrupalı diplomata | dayandırdığı') ---

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Как пишет Politico со ссылкой на немецких дипломатов, Берлин против передачи ракет.",
     ["Politico", "немецких дипломатов"]),
    ("ru", "Как сообщает агентство Bloomberg со ссылкой на двух американских чиновников, Вашингтон готов снять часть санкций.",
     ["Bloomberg", "двух американских чиновников"]),
    ("uk", "Як пише Politico з посиланням на німецьких дипломатів, Берлін проти передачі ракет.",
     ["Politico", "німецьких дипломатів"]),
    ("tr", "Politico'nun Alman diplomatlara dayandırdığı habere göre Berlin füze teslimatına karşı.",
     ["Politico", "Alman diplomatlara"]),
    ("tr", "Bloomberg'in iki Amerikalı yetkiliye dayandırdığı habere göre Washington yaptırımları kaldırmaya hazır.",
     ["Bloomberg", "iki Amerikalı yetkiliye"]),
    # must not: a ministry the agency cites is the party speaking; people outside the outlet's phrase speak for it
    ("ru", "Как сообщает Интерфакс со ссылкой на МИД России, Москва против передачи ракет.", ["Интерфакс"]),
    ("ru", "Как пишет Politico, немецкие дипломаты против передачи ракет.", ["Politico"]),
    ("tr", "Bloomberg'in haberine göre Amerikalı yetkililer yaptırımları kaldırmaya hazır.", ["Bloomberg"]),
    # nor officials the agency heard from, nothing keeping them unnamed (the annotators leave them out)
    ("tr", "Reuters'ın bölge yetkililerinden aldığı bilgiye göre limanda iki gemi hasar gördü.", ["Reuters"]),
])
def test_r23D_people_an_outlet_cites_whatever_their_party(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r23D: a pollster's name in the language of the sentence (the Kyiv sociology institute, the Razumkov Centre, in
# German with its cases), whole where the count of words of 'X zufolge' cut its start ---

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Den Zahlen des Kyjiwer Internationalen Instituts für Soziologie zufolge lehnt die Mehrheit den Plan ab.",
     ["Kyjiwer Internationalen Instituts für Soziologie"]),
    ("de", "Einer Studie der Deutschen Gesellschaft für Auswärtige Politik zufolge will Moskau Zeit gewinnen.",
     ["Deutschen Gesellschaft für Auswärtige Politik"]),
    ("de", "Laut dem Rasumkow-Zentrum lehnt die Mehrheit der Ukrainer den Plan ab.", ["Rasumkow-Zentrum"]),
    ("tr", "Kyiv Uluslararası Sosyoloji Enstitüsü'ne göre Ukraynalıların çoğu barış planına karşı.",
     ["Kyiv Uluslararası Sosyoloji Enstitüsü"]),
    ("tr", "Razumkov Merkezi'ne göre Ukraynalıların çoğu planı reddediyor.", ["Razumkov Merkezi"]),
    ("it", "Secondo l'Istituto internazionale di sociologia di Kiev, la maggioranza degli ucraini respinge il piano.",
     ["Istituto internazionale di sociologia di Kiev"]),
    ("es", "Según el Instituto Internacional de Sociología de Kiev, la mayoría de los ucranianos rechaza el plan.",
     ["Instituto Internacional de Sociología de Kiev"]),
    # must not: a word count that cut nothing leaves the phrase as it was; the city alone is the party speaking
    ("de", "Diplomaten zufolge lehnt Kiew den Plan ab.", ["Diplomaten"]),
    ("tr", "Kiev'e göre Rusya planı reddediyor.", []),
])
def test_r23D_pollsters_in_the_sentences_language(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r23D: the Spanish 'alto cargo' (a senior official) is an official's noun: a source where kept unnamed, the party
# speaking where not ---

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Un alto cargo del Gobierno ucraniano, que pidió no ser identificado, afirmó que Kiev rechaza el plan.",
     ["Un alto cargo del Gobierno ucraniano"]),
    ("es", "Dos altos cargos de la Casa Blanca dijeron a Reuters bajo condición de anonimato que Washington propone una tregua.",
     ["Dos altos cargos de la Casa Blanca", "Reuters"]),
    ("es", "Según un alto cargo europeo, Bruselas propone una tregua.", ["un alto cargo europeo"]),
    # must not: a named official's office speaks for its party; 'a cargo de' is in charge of
    ("es", "Un alto cargo ucraniano afirmó que Kiev rechaza el plan.", []),
    ("es", "El ministro, que está a cargo de las negociaciones, afirmó que Kiev rechaza el plan.", []),
])
def test_r23D_spanish_alto_cargo_is_an_official(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r23D: The Times without its English article, as the other languages write it ('il Times', 'le Times', 'der
# Times', '„Times”'), beside a reporting word only (a common word elsewhere) ---

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Londra è pronta a inviare istruttori in Ucraina, rivela il Times.", ["Times"]),
    ("fr", "Londres est prêt à envoyer des instructeurs en Ukraine, rapporte le Times.", ["Times"]),
    ("de", "Laut der Times will London Ausbilder in die Ukraine schicken.", ["Times"]),
    ("pl", "Jak podaje brytyjski „Times”, Londyn chce wysłać instruktorów na Ukrainę.", ["Times"]),
    ("en", "Russia wants neutrality, The Times reported.", ["The Times"]),
    # must not: a longer name keeps its own words; a square is no newspaper
    ("en", "Russia wants neutrality, the Irish Times reported.", ["Irish Times"]),
    ("en", "At Times Square protesters demanded a ceasefire.", []),
])
def test_r23D_the_times_in_other_languages(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r23D: the words of closeness before what a channel or a person is close to are a list of each language
# (outlets.yml `close_to`), no longer one pattern of the nine ---

@pytest.mark.parametrize("lang,close,not_close", [
    ("en", "a channel close to the ", "vicino agli "), ("it", "un canale vicino agli ", "proche des "),
    ("it", "un canale vicino all'", "close to the "), ("fr", "une chaîne proche des ", "cercana a "),
    ("fr", "une chaîne proche d'", "nahe dem "), ("es", "un canal cercano a los ", "proche du "),
    ("de", "ein Kanal nahe dem ", "close to "), ("ru", "канал, близкий к ", "близьке до "),
    ("uk", "канал, наближений до ", "близкий к "), ("pl", "kanał zbliżony do ", "близкий к "),
])
def test_r23D_close_to_is_a_list_of_each_language(lang, close, not_close):
    """outlets.yml `close_to`: a language's words of closeness end a text before the phrase; another language's do not."""
    from datasette_demands.labelling.actor_tables import search
    from datasette_demands.labelling.cited.tables import OutletTables
    from datasette_demands.rulebook.load import load_rulebook
    tables = OutletTables(load_rulebook().outlets, lang)
    assert search(tables.close_to, close) is not None
    assert search(tables.close_to, not_close) is None


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Lo scambio è stato rinviato, ha scritto Rybar, vicino agli ambienti militari russi.", ["Rybar"]),
    ("fr", "L'échange a été reporté, a écrit Rybar, une chaîne proche des milieux militaires russes.", ["Rybar"]),
    # must not: a source that is itself close to someone keeps its words ('a source close to the talks')
    ("en", "A source close to the talks said the exchange was postponed.", ["A source close to the talks"]),
    ("es", "Una fuente cercana a las negociaciones dijo que el canje se aplazó.", ["Una fuente cercana a las negociaciones"]),
])
def test_r23D_what_a_channel_is_close_to_is_no_source(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r23D: a Turkish generic source set off by a comma, its verb ending the sentence, still opens its clause after a
# participle clause that describes its people ('NTV'ye konuşan | diplomatik kaynaklar, ... belirtti') ---

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "NTV'ye konuşan diplomatik kaynaklar, Ankara'nın arabuluculuğa hazır olduğunu belirtti.",
     ["NTV", "diplomatik kaynaklar"]),
    ("tr", "Reuters'a bilgi veren Batılı diplomatlar, Moskova'nın görüşmeleri erteleyeceğini ifade etti.",
     ["Reuters", "Batılı diplomatlar"]),
    ("tr", "Toplantıyı izleyen uzmanlar, Kiev'in toprak tavizini kabul etmeyeceğini söyledi.", ["uzmanlar"]),
    # must not: a party's diplomats speak for it, participle or not; a clause with a comma before them is another's
    ("tr", "Toplantıya katılan Rus diplomatlar, Moskova'nın ateşkesi reddettiğini söyledi.", []),
    ("tr", "Kiev ise, diplomatik kaynaklara göre, planı reddetti.", ["diplomatik kaynaklar"]),
    # nor one person the text has in mind, a bare singular noun
    ("tr", "Sabah'a konuşan yetkili, görüşmenin ertelendiğini söyledi.", ["Sabah"]),
])
def test_r23D_turkish_participle_before_a_source_opening_its_clause(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected
