"""Round 35 B: rejection by verdict, name-calling or a threat of reprisals, in a trailing clause or after a clause of time."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


# --- r35B: a trailing clause that points back to a position gives its own subject's verdict ---

POINTING_BACK_VERDICTS = [
    ("en", "Lavrov said Moscow insists on keeping Crimea, comments that Foreign Minister Dmytro Kuleba called cynical.",
     "territory", ("UA", "reject")),
    ("it", "Parigi ha proposto di inviare una forza di rassicurazione, parole che Mosca ha definito un cavallo di Troia.",
     "neutrality", ("RU", "reject")),
    ("fr", "Kiev a proposé une trêve de vingt jours, propos que le Kremlin a qualifiés de cheval de Troie.",
     "ceasefire", ("RU", "reject")),
    ("es", "Bruselas propuso usar los activos congelados, palabras que Moscú calificó de caballo de Troya.",
     "reparations", ("RU", "reject")),
    ("ru", "Париж предложил направить миротворцев на Украину, слова, которые в Кремле назвали троянским конем.",
     "neutrality", ("RU", "reject")),
    ("uk", "Лондон запропонував направити миротворців в Україну, слова, які в Кремлі назвали троянським конем.",
     "neutrality", ("RU", "reject")),
    ("pl", "Bruksela zaproponowała wykorzystanie zamrożonych aktywów, co rosyjskie MSZ nazwało koniem trojańskim.",
     "reparations", ("RU", "reject")),
]

POINTING_BACK_PRAISE = [  # near misses: the same trailing clause with a word of praise rejects nothing
    ("en", "Lavrov said Moscow insists on keeping Crimea, comments that Foreign Minister Dmytro Kuleba called predictable.",
     "territory", ("UA", "reject")),
    ("it", "Parigi ha proposto di inviare una forza di rassicurazione, parole che Mosca ha definito un passo avanti.",
     "neutrality", ("RU", "reject")),
    ("fr", "Kiev a proposé une trêve de vingt jours, propos que le Kremlin a qualifiés de pas en avant.",
     "ceasefire", ("RU", "reject")),
    ("es", "Bruselas propuso usar los activos congelados, palabras que Moscú calificó de paso adelante.",
     "reparations", ("RU", "reject")),
    ("ru", "Париж предложил направить миротворцев на Украину, слова, которые в Кремле назвали шагом вперед.",
     "neutrality", ("RU", "reject")),
    ("uk", "Лондон запропонував направити миротворців в Україну, слова, які в Кремлі назвали кроком уперед.",
     "neutrality", ("RU", "reject")),
    ("pl", "Bruksela zaproponowała wykorzystanie zamrożonych aktywów, co rosyjskie MSZ nazwało krokiem naprzód.",
     "reparations", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,position", POINTING_BACK_VERDICTS, ids=ids(POINTING_BACK_VERDICTS))
def test_r35b_pointing_back_verdict_rejects(classifier, lang, text, category, position):
    got = given(classifier, text, lang, category)
    assert position in got, got


@pytest.mark.parametrize("lang,text,category,position", POINTING_BACK_PRAISE, ids=ids(POINTING_BACK_PRAISE))
def test_r35b_pointing_back_praise_rejects_nothing(classifier, lang, text, category, position):
    got = given(classifier, text, lang, category)
    assert position not in got, got


# --- r35B: a measure called cynical, a covert route, a back door or a Trojan horse is rejected by who calls it so ---

NAMED_COVERT = [
    ("en", "Kyiv called the Russian offer of a short Easter truce cynical and hollow.", "ceasefire", ("UA", "reject")),
    ("en", "Moscow regards the Franco-British guarantees as a back door for NATO troops.", "neutrality", ("RU", "reject")),
    ("it", "Mosca considera le garanzie franco-britanniche una porta di servizio per le truppe della NATO.", "neutrality",
     ("RU", "reject")),
    ("fr", "Moscou juge les garanties franco-britanniques comme une porte dérobée pour les troupes de l'OTAN.", "neutrality",
     ("RU", "reject")),
    ("de", "Moskau bezeichnete die von London vorgeschlagene Schutztruppe als Trojanisches Pferd.", "neutrality",
     ("RU", "reject")),
    ("es", "Kiev calificó de cínica la tregua de Pascua ofrecida por Moscú.", "ceasefire", ("UA", "reject")),
    ("ru", "Киев назвал циничным предложенное Москвой пасхальное перемирие.", "ceasefire", ("UA", "reject")),
    ("uk", "Київ назвав цинічним трюком запропоноване Москвою великоднє перемир'я.", "ceasefire", ("UA", "reject")),
    ("pl", "Kijów nazwał cyniczną zagrywką zaproponowany przez Moskwę rozejm wielkanocny.", "ceasefire", ("UA", "reject")),
    ("tr", "Moskova, Paris'in barış gücü önerisini Truva atı olarak nitelendirdi.", "neutrality", ("RU", "reject")),
]

NAMED_PLAINLY = [  # near misses: the same naming verbs with no verdict of deceit
    ("en", "Kyiv called the Russian offer of a short Easter truce a first step.", "ceasefire", ("UA", "reject")),
    ("it", "Mosca considera le garanzie franco-britanniche una base di discussione.", "neutrality", ("RU", "reject")),
    ("fr", "Moscou juge les garanties franco-britanniques comme une base de discussion.", "neutrality", ("RU", "reject")),
    ("de", "Moskau bezeichnete die von London vorgeschlagene Schutztruppe als Schritt nach vorn.", "neutrality",
     ("RU", "reject")),
    ("es", "Kiev calificó de primer paso la tregua de Pascua ofrecida por Moscú.", "ceasefire", ("UA", "reject")),
    ("ru", "Киев назвал первым шагом предложенное Москвой пасхальное перемирие.", "ceasefire", ("UA", "reject")),
    ("uk", "Київ назвав першим кроком запропоноване Москвою великоднє перемир'я.", "ceasefire", ("UA", "reject")),
    ("pl", "Kijów nazwał pierwszym krokiem zaproponowany przez Moskwę rozejm wielkanocny.", "ceasefire", ("UA", "reject")),
    ("tr", "Moskova, Paris'in barış gücü önerisini olumlu bir adım olarak nitelendirdi.", "neutrality", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,position", NAMED_COVERT, ids=ids(NAMED_COVERT))
def test_r35b_named_covert_or_cynical_rejects(classifier, lang, text, category, position):
    got = given(classifier, text, lang, category)
    assert position in got, got


@pytest.mark.parametrize("lang,text,category,position", NAMED_PLAINLY, ids=ids(NAMED_PLAINLY))
def test_r35b_named_plainly_rejects_nothing(classifier, lang, text, category, position):
    got = given(classifier, text, lang, category)
    assert position not in got, got


# --- r35B: a promise or threat of reprisals over a measure rejects it; a clause of time gives its proposer a demand ---

REPRISALS = [
    ("en", "The Kremlin promised harsh reprisals, after Belgian officials proposed a loan backed by the frozen Russian assets.",
     "reparations", [("RU", "reject"), ("EU", "demand")]),
    ("it", "Il Cremlino ha promesso dure rappresaglie dopo che Bruxelles ha proposto di usare gli asset congelati.",
     "reparations", [("RU", "reject"), ("EU", "demand")]),
    ("fr", "Le Kremlin a promis des représailles sévères si Bruxelles confisque ses avoirs gelés.", "reparations",
     [("RU", "reject")]),
    ("de", "Der Kreml versprach Vergeltung, nachdem London eine Schutztruppe für die Ukraine vorgeschlagen hatte.",
     "neutrality", [("RU", "reject"), ("EU", "demand")]),
    ("es", "El Kremlin prometió represalias después de que Bruselas propusiera usar los activos congelados.",
     "reparations", [("RU", "reject"), ("EU", "demand")]),
    ("ru", "В Кремле пообещали ответные меры после того, как Брюссель предложил использовать замороженные активы.",
     "reparations", [("RU", "reject"), ("EU", "demand")]),
    ("uk", "У Кремлі пообіцяли відповідні заходи після того, як Брюссель запропонував використати заморожені активи.",
     "reparations", [("RU", "reject"), ("EU", "demand")]),
    ("pl", "Kreml zapowiedział odwet po tym, jak Bruksela zaproponowała wykorzystanie zamrożonych aktywów.",
     "reparations", [("RU", "reject"), ("EU", "demand")]),
    ("tr", "Kremlin, Brüksel'in dondurulmuş varlıkların kullanılması önerisine karşı misilleme sözü verdi.",
     "reparations", [("RU", "reject")]),
    ("en", "Moscow warned that any transfer of the immobilised reserves would amount to theft, after Belgian officials "
     "proposed a loan.", "reparations", [("RU", "reject"), ("EU", "demand")]),
]

NO_REPRISALS = [  # near misses: a promise of something else, or a clause of time with no verdict before it
    ("en", "The Kremlin promised to keep talking, after Belgian officials proposed a loan backed by the frozen Russian assets.",
     "reparations", ("RU", "reject")),
    ("it", "Il Cremlino ha promesso di studiare il testo dopo che Bruxelles ha proposto di usare gli asset congelati.",
     "reparations", ("RU", "reject")),
    ("fr", "Le Kremlin a promis une réponse écrite si Bruxelles précise son projet sur les avoirs gelés.", "reparations",
     ("RU", "reject")),
    ("de", "Der Kreml versprach eine Antwort, nachdem London eine Schutztruppe für die Ukraine vorgeschlagen hatte.",
     "neutrality", ("RU", "reject")),
    ("es", "El Kremlin prometió estudiar el texto después de que Bruselas propusiera usar los activos congelados.",
     "reparations", ("RU", "reject")),
    ("ru", "В Кремле пообещали изучить текст после того, как Брюссель предложил использовать замороженные активы.",
     "reparations", ("RU", "reject")),
    ("uk", "У Кремлі пообіцяли вивчити текст після того, як Брюссель запропонував використати заморожені активи.",
     "reparations", ("RU", "reject")),
    ("pl", "Kreml zapowiedział analizę tekstu po tym, jak Bruksela zaproponowała wykorzystanie zamrożonych aktywów.",
     "reparations", ("RU", "reject")),
    ("tr", "Kremlin, Brüksel'in dondurulmuş varlıkların kullanılması önerisini inceleme sözü verdi.", "reparations",
     ("RU", "reject")),
    ("en", "Moscow said that a plan to use the reserves was under review, after Belgian officials proposed a loan.",
     "reparations", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", REPRISALS, ids=ids(REPRISALS))
def test_r35b_reprisals_reject_and_proposer_demands(classifier, lang, text, category, expected):
    got = given(classifier, text, lang, category)
    assert all(p in got for p in expected), got


@pytest.mark.parametrize("lang,text,category,position", NO_REPRISALS, ids=ids(NO_REPRISALS))
def test_r35b_no_reprisals_rejects_nothing(classifier, lang, text, category, position):
    got = given(classifier, text, lang, category)
    assert position not in got, got


# --- r35B: a judging verb with its quoted verdict set before the measure gives its subject the rejection ---

FRONTED_VERDICTS = [
    ("fr", "Le Kremlin a jugé « irréaliste » tout calendrier pour les garanties de sécurité que Berlin et Varsovie proposent à Kiev.",
     "neutrality", ("RU", "reject")),
    ("es", "El Kremlin calificó de «irreal» cualquier calendario para las garantías de seguridad que Berlín y Varsovia proponen a Kiev.",
     "neutrality", ("RU", "reject")),
]

FRONTED_PRAISE = [  # near misses: a quoted word of praise in the same place rejects nothing
    ("fr", "Le Kremlin a jugé « utile » tout calendrier pour les garanties de sécurité que Berlin et Varsovie proposent à Kiev.",
     "neutrality", ("RU", "reject")),
    ("es", "El Kremlin calificó de «útil» cualquier calendario para las garantías de seguridad que Berlín y Varsovia proponen a Kiev.",
     "neutrality", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,position", FRONTED_VERDICTS, ids=ids(FRONTED_VERDICTS))
def test_r35b_fronted_quoted_verdict_rejects(classifier, lang, text, category, position):
    got = given(classifier, text, lang, category)
    assert position in got, got


@pytest.mark.parametrize("lang,text,category,position", FRONTED_PRAISE, ids=ids(FRONTED_PRAISE))
def test_r35b_fronted_quoted_praise_rejects_nothing(classifier, lang, text, category, position):
    got = given(classifier, text, lang, category)
    assert position not in got, got
