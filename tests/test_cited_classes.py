"""Cited sources, second round (issue 20): the classes of misses and wrong values that the gold files
still showed once extraction had landed, each with a sentence that must give the source and one that
must not give the wrong value, in its language.

The classes: bodies quoted for facts and figures that the lexicon lacked (the atomic agency, the World
Bank, the war institute in its national names) and outlets in Polish cases; phrases a pattern cut before
an article ("according to the Institute for | the Study of War"); words of the clause taken into a
source found before its reporting word ("USA schlagen Medienberichten zufolge", "500 for 500, sources
said") or after it ("aus Diplomatenkreisen die Anerkennung"); numbers before a generic source ("two
officials in Brussels"); people of a party named nowhere else ("Hungarian officials said"), while a
holder's own people and a named person's title are no source; the Turkish agent in -ca ("kaynaklarca
öne sürüldü") and the German "unter Berufung auf"; in Polish and Russian, which have no articles, a
source that ran on into the clause ("według unijnych źródeł stanowi ..."); an outlet's name with its
article, in a case, or after a citing word too far from punctuation for the pattern.

The third round, from the errors on real published news (the real-news development set): a source's
complement that ran on past a new article ("fonti vicine al dossier | una delle ..."); the people who
spoke to an outlet, one source with it ("собеседники Axios"); words before the noun ("one of the
sources", a participle and its complement in Ukrainian); anonymous officials, a source even where their
party is named; where a speaker wrote ("on social media") is no source; a headline's "Media:" and a
credit line's "Source: AA"; reporting words, outlets and generic nouns the lists lacked. The sentences
are our own.

The fourth round, for news no rule looked at: outlets and channels the lexicon does not know, found by
their frame ("according to", "told", "in an interview with", "X reported", "по данным", "'a göre") with
an outlet's word, a descriptor, quotes or an abbreviation in the name, in the nine languages; persons,
holders and platforms where a speaker wrote stay out; organisations that let it be known ("fa sapere
l'associazione"), informants of an agency, and a time after a source ("après la réunion").

The fifth round, for recall on news no rule writer read, by class, each written and scored before
the change: unnamed people (diplomats, analysts, experts, собеседники; an official only where kept
anonymous, cited or beside the outlet told, as the annotators split on "an official of X said"),
generic media nouns in their plurals and cases ("Russian news agencies", "Media rosyjskie", "Rus
medyası" before a verb that ends the sentence), the major outlets of the nine countries (names that
are also common words only beside a reporting word), and a known outlet inside a longer name
("Polsat Morze", "TRT World"), taken whole. A ministry that reports is a holder, not a source.

The sixth round, for precision on real news, each class a condition that makes a found source wrong:
a generic phrase right after the reporting word of a named speaker is the start of what they said, not
its source ("Zakharova said members of the U.S.-led alliance ...", which the abbreviation also cut);
whom a speaker addressed ("speaking with journalists", "aseguró a la prensa rusa") is no source;
officials of an owner in the possessive that is no outlet ("the two countries' top diplomats said")
speak for the parties; a name in a picture's slash-separated credit run ("AP Photo/picture alliance /
Partner Deutsche Welle") is no source; a site's name is whole with its domain ("citing ZN.ua", not "ZN").

The seventh round, from the sixth batch of real news (its development part), by class of wording:
reporting words the lists lacked ("sources stressed", "have informed", "наголосили джерела"); a name
that is also a common word only beside a reporting word that is its own ("left the JCC after Russia
said" is Russia's); the French "les" that the annotators leave out ("selon les médias russes" cites
"médias russes"); forms the lists lacked (dpa-AFX, NV, the Ukrainian "аґенція"); a dateline's agency
("KYIV (Frontline Wire) -"); the source after a headline's closing dash ("..., — WP"), never a person
or a photo's caption; a one-word name ending in capitals ("ІншеТВ"); reports and leaks as sources
("según los informes", "według przecieków"), not a holder's reports; the agent of a passive and a time
before an inverted subject ("confirmed earlier by the media", "рассказал в четверг информированный
источник"); a generic noun inside a name ("the Council of Europe's Media Department") or people of a
pronoun's party ("a member of its team") are no source; the report of a named outlet ("le anticipazioni
del Giornale d'Italia", a place joined into the name); a date ends a source ("do 22 marca"); in the
languages without articles, a genitive that closes a citing phrase belongs to its source ("з посиланням
на джерела турецького уряду"); a representative is an official, a source after "according to" and
"citing", only with a word that keeps them unnamed beside a reporting word.

The eighth round, for recall on news no rule writer read, by class of wording, each scored before the
change: reporting words in the forms the lists lacked (the plural's present "analysts say", the Turkish
plural and present "belirttiler", "bildiriyor", the Spanish plural past "informaron", "donoszą", "hieß es",
"говорят", "кажуть", "rivelano", "ont confié"); the descriptor after a known outlet ("the Reuters news
agency", "RIA haber ajansının") no second source; agencies as reporters write them ("l'Ansa", "Ria
Nowosti", "RIA", "Onetu", "India Today"); a common-word outlet right after the words that cite it ("in an
interview with The Associated Press"), whoever speaks after; German state media after "gegenüber" and
media reports after "nach"; an anonymous "someone familiar with"; the Turkish "AA muhabirine" (told the
agency's correspondent), never the press a speaker addressed ("basınına yaptığı açıklamada"); an outlet's
noun that a named speaker told ("told Russian state television", "сказал российскому телевидению", with its
adjectives), a source by the language's `told` list, where journalists and the press stay the audience;
"citing" after a generic phrase; an outlet and those it learned from ("apprende l'Ansa da fonti", "der Spiegel
aus Regierungskreisen"); research institutes and humanitarian bodies quoted for figures (Kiel Institute, KSE,
ICRC); German "von" no article of a source ("nach Angaben von Insidern"); French impersonal frames ("a-t-on
appris de source diplomatique"), a Spanish compound verb after "según" no part of the source; a single
Russian "источник ТАСС" cites the agency (as the annotators write it), its informants in the plural stay one
source with it.

The twelfth round, an audit of the lexicon from general knowledge rather than from development sentences
(recall on unseen real articles was 0.59: real news cites outlets the lexicon did not know), with news-style
probes of our own: the agencies, papers, programmes, Telegram channels, think tanks and pollsters of the nine
countries and their case forms ("Kommiersanta", "New York Timesa", "Аксіос", "der Süddeutschen", "Sputnik
Türkiye'nin"); people who told an outlet, the inverted subject of a reporting word, a source of their own
beside it ("sagte ein EU-Diplomat der dpa", "a confié un diplomate européen au Figaro", "сообщил собеседник
в администрации «Ведомостям»"), where the phrase had run into the outlet and been dropped with it; a
nationality between an outlet's noun and its name ("l'agence belge Belga"); Turkish journalists in the
dative are whom a speaker addressed ("gazetecilere söyledi"); in the languages without articles, the
people after the outlet they told ("рассказали РБК | источники в Кремле"); numbers in the cases they take
("со ссылкой на четырех ..."); "cited by" ends the phrase of whom an outlet cites ("un diplomate cité par
Le Monde"); a channel's platform before its name ("il canale Telegram WarGonzo") leaves its noun a descriptor; a name that is also a common word after the words that cite it, its
quotes and, in German, its capitalised descriptor aside ("im Interview mit der Zeitung „Le Soir“"), and the
French feminine "dans une interview".
"""

import pytest

from test_cited import analysis as analyse, classifier  # noqa: F401 (fixture)

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


# (class, lang, sentence, the sources it must give, the canonical outlet of the first or None)
MUST = [
    ("body", "en", "The plant has been cut off from the grid again, the IAEA said on Sunday.", ["IAEA"], "IAEA"),
    ("body", "uk", "Світовий банк оцінив потреби на відбудову мостів у мільярди доларів.", ["Світовий банк"],
     "World Bank"),
    ("body", "tr", "UAEA'ya göre santralin soğutma havuzu zarar görmedi.", ["UAEA"], "IAEA"),
    ("body", "it", "La centrale è ferma da mesi, ricorda l'Aiea.", ["Aiea"], "IAEA"),
    ("body", "es", "El OIEA denunció nuevos daños en la red eléctrica de la central.", ["OIEA"], "IAEA"),
    ("body", "ru", "По оценкам МВФ, Киеву понадобятся новые кредиты.", ["МВФ"], "IMF"),
    ("case", "pl", "Według Reutera Moskwa żąda wycofania wojsk z Donbasu.", ["Reutera"], "Reuters"),
    ("case", "pl", "Według Axiosa Waszyngton proponuje Kijowowi gwarancje bezpieczeństwa.", ["Axiosa"], "Axios"),
    ("cut before an article", "en",
     "According to the Institute for the Study of War, Russian troops advanced near Pokrovsk.",
     ["Institute for the Study of War"], "Institute for the Study of War"),
    ("cut before an article", "it", "Secondo l'Istituto per lo studio della guerra, i russi avanzano lentamente.",
     ["Istituto per lo studio della guerra"], "Institute for the Study of War"),
    ("cut before an article", "es", "Según fuentes de la Casa Blanca, Washington propone una tregua aérea.",
     ["fuentes de la Casa Blanca"], None),
    ("cut before an article", "en", "According to people briefed on the plan, Kyiv rejects any cap on its army.",
     ["people briefed on the plan"], None),
    ("clause", "de", "Die USA schlagen Medienberichten zufolge eine Pufferzone entlang der Front vor.",
     ["Medienberichten"], None),
    ("clause", "en", "Moscow offered to swap 500 for 500, sources said.", ["sources"], None),
    ("clause", "de", "Moskau verlangt nach Angaben aus Diplomatenkreisen die Anerkennung der Krim als russisch.",
     ["Diplomatenkreisen"], None),
    ("number", "en", "Kyiv wants a truce first, two officials in Brussels said.", ["two officials in Brussels"], None),
    ("number", "ru", "Москва требует нейтралитета Украины, пишет газета со ссылкой на два источника в Кремле.",
     ["два источника в Кремле"], None),
    ("number", "es", "Según diversos analistas, Moscú exige la neutralidad de Ucrania.", ["diversos analistas"], None),
    ("people", "en", "Hungarian officials said the summit would be postponed.", ["Hungarian officials"], None),
    ("people", "en", "A member of the Polish delegation said the next round would be held in Geneva.",
     ["A member of the Polish delegation"], None),
    ("agent", "tr", "Ateşkesin yakında ilan edileceği, görüşmelere yakın kaynaklarca öne sürüldü.",
     ["görüşmelere yakın kaynaklarca"], None),
    ("citing", "de", "Kiew lehnt eine Waffenruhe ab, berichtet die Agentur Reuters unter Berufung auf zwei "
                     "ukrainische Quellen.", ["Reuters", "zwei ukrainische Quellen"], "Reuters"),
    # languages without articles: the source ends with its noun, its adjectives and its complement
    ("ends with its noun", "pl", "Według unijnych źródeł decyzja przybliża wykorzystanie zamrożonych aktywów.",
     ["unijnych źródeł"], None),
    ("ends with its noun", "pl", "Według doniesień medialnych plan zakłada neutralność Ukrainy.",
     ["doniesień medialnych"], None),
    ("ends with its noun", "ru", "По данным западных источников Москва требует нейтралитета Украины.",
     ["западных источников"], None),
    # an outlet's name as written: with its article, in a case, after a citing word the pattern cannot reach
    ("name as written", "es", "Según informes de The Associated Press, los puertos siguen bloqueados.",
     ["The Associated Press"], "Associated Press"),
    ("name as written", "uk", "Раніше посадовиця пояснювала Вільному Радіо, що механізм компенсацій вже працює.",
     ["Вільному Радіо"], "Vilne Radio"),
    ("name as written", "de", "In einem Interview mit einer Ukrinform-Korrespondentin sprach die Ministerin über "
                              "das Register.", ["Ukrinform"], "Ukrinform"),
    ("name as written", "pl", "Według AP najważniejszym wynikiem tych długich rozmów było porozumienie o utworzeniu "
                              "nowego rejestru szkód wojennych.", ["AP"], "Associated Press"),
    # third round, from the real-news development set: a complement stops where a new article begins
    ("new article", "it", "Secondo fonti vicine alla presidenza una tregua di trenta giorni resta possibile.",
     ["fonti vicine alla presidenza"], None),
    ("new article", "de", "Das sagte eine Quelle aus der russischen Delegation dem Sender n-tv.",
     ["eine Quelle aus der russischen Delegation", "n-tv"], "n-tv"),
    # the people who spoke to an outlet, the outlet after them, are one source
    ("people of an outlet", "ru", "Москва требует нейтралитета Украины, рассказали собеседники «Коммерсанта».",
     ["собеседники «Коммерсанта»"], "Kommersant"),
    ("people of an outlet", "pl", "Rosja chce strefy buforowej – powiedzieli rozmówcy Reutera.", ["rozmówcy Reutera"],
     "Reuters"),
    # words before the noun: "one of", a participle with its complement
    ("leading words", "ru", "Как сообщил один из источников агентства, Киев отвергает план.",
     ["один из источников агентства"], None),
    ("leading words", "pl", "Jedno ze źródeł dyplomatycznych przekazało, że Moskwa żąda neutralności Ukrainy.",
     ["Jedno ze źródeł dyplomatycznych"], None),
    ("leading words", "uk", "Наближене до переговорної групи джерело повідомило, що Київ відкидає план.",
     ["Наближене до переговорної групи джерело"], None),
    # a participle set off by a comma belongs to the source
    ("participle after a comma", "ru", "Москва требует нейтралитета Украины, пишет газета со ссылкой на источники, "
                                       "близкие к переговорам.", ["газета", "источники, близкие к переговорам"], None),
    ("participle after a comma", "uk", "Джерела, близькі до Офісу президента, повідомили про новий план.",
     ["Джерела, близькі до Офісу президента"], None),
    # people kept unnamed are a source even where their party is named
    ("anonymous", "en", "Kyiv will not withdraw from Donetsk, a Ukrainian official familiar with the talks said.",
     ["a Ukrainian official familiar with the talks"], None),
    ("anonymous", "en", "A senior Ukrainian official told Reuters that Kyiv rejects the plan.",
     ["A senior Ukrainian official", "Reuters"], "Reuters"),
    ("anonymous", "de", "Ein Vertreter der Ukraine sagte dem Sender n-tv, Kiew lehne den Plan ab.",
     ["Ein Vertreter der Ukraine", "n-tv"], "n-tv"),
    ("anonymous", "en", "A Ukrainian official who asked not to be named said Kyiv rejects the plan.",
     ["A Ukrainian official"], None),
    ("anonymous", "es", "Un funcionario ruso, que pidió anonimato, dijo que Moscú exige la neutralidad de Ucrania.",
     ["Un funcionario ruso"], None),
    # where a speaker wrote is no source; who reported is
    ("reporting word", "uk", "Про умови угоди стало відомо з джерел у парламенті.", ["джерел у парламенті"], None),
    ("venue", "pl", "Moskwa żąda neutralności Kijowa – napisały niemieckie media.", ["niemieckie media"], None),
    # a headline's attribution before a colon; a credit line's outlet after its label
    ("headline and credit line", "en", "Media: Kyiv rejects the 28-point plan", ["Media"], None),
    ("headline and credit line", "tr", "Kaynak: AA", ["AA"], "Anadolu"),
    ("headline and credit line", "pl", "Kijów chce rozejmu na morzu.\n\nźródło: pap", ["pap"], "PAP"),
    # reporting words the lists lacked: emphasis, the pluperfect, the passive's agent
    ("reporting word", "ru", "«Москва не пойдёт на уступки», — подчеркнули аналитики.", ["аналитики"], None),
    ("reporting word", "fr", "Des médias allemands avaient déjà rapporté que Moscou exigeait un gel du front.",
     ["Des médias allemands"], None),
    ("reporting word", "es", "La propuesta fue interpretada por analistas como una concesión a Moscú.", ["analistas"],
     None),
    ("reporting word", "pl", "Według Die Welt, powołującego się na źródła wojskowe, Moskwa żąda strefy buforowej.",
     ["Die Welt", "źródła wojskowe"], "Die Welt"),
    # outlets and bodies the lexicon lacked
    ("outlet", "tr", "VOA Türkçe'nin haberine göre Rusya ateşkesi reddetti.", ["VOA Türkçe"], "Voice of America"),
    ("outlet", "ru", "По данным Продовольственной и сельскохозяйственной организации ООН, цены на зерно выросли.",
     ["Продовольственной и сельскохозяйственной организации ООН"], "FAO"),
    ("outlet", "uk", "Як повідомляє УНІАН, Київ відкидає план.", ["УНІАН"], "UNIAN"),
    ("outlet", "pl", "Jak podało Polskie Radio, Warszawa popiera rozejm.", ["Polskie Radio"], "Polskie Radio"),
    ("outlet", "en", "The Independent reported that Kyiv rejects the plan.", ["The Independent"], "The Independent"),
    # generic nouns the lists lacked, and a demonstrative after the noun
    ("generic noun", "en", "Media outlets reported that Moscow wants a buffer zone.", ["Media outlets"], None),
    ("generic noun", "en", "According to journalists, Russia demanded a pullback from four regions.", ["journalists"],
     None),
    ("generic noun", "pl", "Źródła te podały, że Kijów odrzuca plan.", ["Źródła te"], None),
    # fourth round: outlets the lexicon does not know, recognised by their frame (names of our own)
    ("frame", "en", "According to the Lakeside Gazette, Moscow wants the front line frozen.", ["Lakeside Gazette"], None),
    ("frame", "en", "Kyiv rejects any cap on its army, Meridian News reported.", ["Meridian News"], None),
    ("frame", "en", "The envoy told Radio Borealis that a truce was within reach.", ["Radio Borealis"], None),
    ("frame", "de", "Laut dem Ostseekurier verlangt Moskau eine Pufferzone.", ["Ostseekurier"], None),
    ("frame", "de", "Wie die Havelländer Zeitung berichtet, lehnt Kiew einen Gebietstausch ab.", ["Havelländer Zeitung"], None),
    ("frame", "fr", "Selon Le Messager du Jura, Moscou réclame la levée des sanctions.", ["Le Messager du Jura"], None),
    ("frame", "es", "Según El Correo de Levante, Kiev rechaza la zona desmilitarizada.", ["El Correo de Levante"], None),
    ("frame", "it", "Secondo la Gazzetta del Tirreno, Mosca chiede il ritiro delle truppe.", ["Gazzetta del Tirreno"], None),
    ("frame", "ru", "Как пишет «Волжский вестник», Москва настаивает на нейтралитете Киева.", ["Волжский вестник"], None),
    ("frame", "uk", "За даними «Подільського кур'єра», Москва вимагає виведення військ.", ["Подільського кур'єра"], None),
    ("frame", "pl", "Jak podaje „Głos Pomorza”, Moskwa żąda wycofania wojsk.", ["Głos Pomorza"], None),
    ("frame", "tr", "Marmara Postası'na göre Moskova tampon bölge istiyor.", ["Marmara Postası"], None),
    ("channel", "en", "The demand was published on the Telegram channel Eastern Dispatches.", ["Eastern Dispatches"], None),
    ("channel", "de", "Der Gesandte sagte dem Sender Radio Havel, eine Waffenruhe sei möglich.", ["Radio Havel"], None),
    ("channel", "it", "In un'intervista a Tele Garda, il ministro ha escluso una tregua.", ["Tele Garda"], None),
    ("channel", "es", "Según la cadena Telecosta, Moscú exige garantías.", ["Telecosta"], None),
    ("channel", "ru", "Об этом сообщает Telegram-канал «Окопная правда».", ["Окопная правда"], None),
    ("channel", "uk", "В інтерв'ю телеканалу «Полісся ТВ» посланець заявив, що перемир'я близько.", ["Полісся ТВ"], None),
    ("channel", "pl", "W wywiadzie dla podcastu Rozmowy Nad Wisłą wysłannik mówił o rozejmie.", ["Rozmowy Nad Wisłą"], None),
    ("channel", "fr", "Selon la chaîne Info Garonne, les délégations se sont vues à Genève.", ["Info Garonne"], None),
    ("organisation", "it", "Le esportazioni di grano crollano, fa sapere l'associazione degli agricoltori.",
     ["l'associazione degli agricoltori"], None),
    ("organisation", "pl", "Informatorzy agencji przekazali, że rozmowy trwały do nocy.", ["Informatorzy agencji"], None),
    ("time after a source", "fr", "Kiev refuse tout retrait, ont déclaré des diplomates européens après la réunion de Genève.",
     ["diplomates européens"], None),
    ("frame", "fr", "Selon La Voix de l'Isère, Kiev refuse de céder le Donbass.", ["La Voix de l'Isère"], None),
    ("frame", "it", "Secondo Il Giornale di Mantova, Mosca vuole un corridoio terrestre.", ["Il Giornale di Mantova"], None),
    ("channel", "de", "Das Nachrichtenportal Moselblick meldete, Moskau verlange eine Pufferzone.", ["Moselblick"], None),
    ("channel", "es", "Radio Sierra informó que Kiev rechaza el corredor terrestre.", ["Radio Sierra"], None),
    ("frame", "en", "The Valley Herald quoted the negotiator as saying that Kyiv would not disarm.", ["Valley Herald"], None),
    ("channel", "en", "In an interview with the programme 60 Minutes, the envoy said a truce was near.", ["60 Minutes"], None),
    # fifth round, for news no rule writer read (each class written before the change, then kept):
    # unnamed people (diplomats, analysts, experts, "собеседники"; officials only where they stay
    # anonymous or are cited), generic media nouns in their plurals and cases, the major outlets of the
    # nine countries, and a known outlet inside a longer name, taken whole
    ('unnamed people', 'en', 'A Western diplomat said the drafting group would meet again in Vienna.',
     ['A Western diplomat'], None),
    ('unnamed people', 'en', 'Diplomats said the text still left the status of the plant open.',
     ['Diplomats'], None),
    ('unnamed people', 'en', 'According to a senior EU diplomat, the loan could be approved in March.',
     ['a senior EU diplomat'], None),
    ('unnamed people', 'it', 'Un diplomatico europeo ha detto che la bozza sarà pronta entro venerdì.',
     ['Un diplomatico europeo'], None),
    ('unnamed people', 'it', 'Secondo un funzionario della Commissione, il prestito arriverà in primavera.',
     ['un funzionario della Commissione'], None),
    ('unnamed people', 'it', 'Gli analisti ritengono che il vertice non porterà a una tregua.',
     ['Gli analisti'], None),
    ('unnamed people', 'fr', 'Selon un diplomate européen, le texte pourrait être signé en mars.',
     ['un diplomate européen'], None),
    ('unnamed people', 'fr', "D'après les experts, le corridor maritime reste fragile.",
     ['experts'], None),
    ('unnamed people', 'de', 'Ein EU-Diplomat sagte, die Entscheidung falle frühestens im März.',
     ['Ein EU-Diplomat'], None),
    ('unnamed people', 'de', 'Nach Angaben eines westlichen Diplomaten wird der Text noch überarbeitet.',
     ['eines westlichen Diplomaten'], None),
    ('unnamed people', 'es', 'Un diplomático europeo dijo que el texto se firmará en marzo.',
     ['Un diplomático europeo'], None),
    ('unnamed people', 'es', 'Según un funcionario de la ONU, las inspecciones se reanudarán el lunes.',
     ['un funcionario de la ONU'], None),
    ('unnamed people', 'es', 'Los analistas consideran que la cumbre no traerá una tregua.',
     ['Los analistas'], None),
    ('unnamed people', 'ru', 'Неназванный европейский дипломат сообщил, что текст подпишут в марте.',
     ['Неназванный европейский дипломат'], None),
    ('unnamed people', 'ru', 'Как рассказали собеседники, встреча продлилась три часа.',
     ['собеседники'], None),
    ('unnamed people', 'ru', 'Аналитики считают, что саммит не приведёт к перемирию.',
     ['Аналитики'], None),
    ('unnamed people', 'uk', 'Один з європейських дипломатів повідомив, що текст підпишуть у березні.',
     ['Один з європейських дипломатів'], None),
    ('unnamed people', 'uk', "Експерти вважають, що саміт не принесе перемир'я.",
     ['Експерти'], None),
    ('unnamed people', 'uk', 'За даними неназваного посадовця, переговори продовжаться в суботу.',
     ['неназваного посадовця'], None),
    ('unnamed people', 'pl', 'Jeden z europejskich dyplomatów powiedział, że tekst zostanie podpisany w marcu.',
     ['Jeden z europejskich dyplomatów'], None),
    ('unnamed people', 'pl', 'Eksperci uważają, że szczyt nie przyniesie rozejmu.',
     ['Eksperci'], None),
    ('unnamed people', 'tr', 'Adının açıklanmasını istemeyen bir Avrupalı diplomat, metnin martta imzalanacağını söyledi.',
     ['Adının açıklanmasını istemeyen bir Avrupalı diplomat'], None),
    ('unnamed people', 'tr', 'Uzmanlar, zirvenin ateşkes getirmeyeceğini belirtti.',
     ['Uzmanlar'], None),
    ('generic media', 'en', 'Local media reported that the delegation had left Riyadh.',
     ['Local media'], None),
    ('generic media', 'en', 'The newspaper said the draft contained twenty points.',
     ['The newspaper'], None),
    ('generic media', 'en', 'According to media reports, the meeting ended without a statement.',
     ['media reports'], None),
    ('generic media', 'it', "Secondo i media russi, l'incontro è durato quattro ore.",
     ['i media russi'], None),
    ('generic media', 'it', 'Lo riferisce la stampa turca.',
     ['la stampa turca'], None),
    ('generic media', 'it', 'Il quotidiano scrive che la bozza contiene venti punti.',
     ['Il quotidiano'], None),
    ('generic media', 'fr', 'Selon les médias ukrainiens, la délégation a quitté Riyad.',
     ['médias ukrainiens'], None),  # the annotators leave the French "les" out (seventh round)
    ('generic media', 'fr', 'La presse allemande rapporte que le texte compte vingt points.',
     ['La presse allemande'], None),
    ('generic media', 'fr', 'Le journal affirme que la rencontre a duré quatre heures.',
     ['Le journal'], None),
    ('generic media', 'de', 'Russische Medien berichteten, die Delegation sei abgereist.',
     ['Russische Medien'], None),
    ('generic media', 'de', 'Laut Medienberichten dauerte das Treffen vier Stunden.',
     ['Medienberichten'], None),
    ('generic media', 'de', 'Die Zeitung schreibt, der Entwurf enthalte zwanzig Punkte.',
     ['Die Zeitung'], None),
    ('generic media', 'es', 'Según medios ucranianos, la delegación abandonó Riad.',
     ['medios ucranianos'], None),
    ('generic media', 'es', 'La prensa turca informó de que el texto tiene veinte puntos.',
     ['La prensa turca'], None),
    ('generic media', 'es', 'El periódico asegura que la reunión duró cuatro horas.',
     ['El periódico'], None),
    ('generic media', 'ru', 'По данным российских СМИ, делегация покинула Эр-Рияд.',
     ['российских СМИ'], None),
    ('generic media', 'ru', 'Издание пишет, что проект содержит двадцать пунктов.',
     ['Издание'], None),
    ('generic media', 'ru', 'Как сообщают местные СМИ, встреча длилась четыре часа.',
     ['местные СМИ'], None),
    ('generic media', 'uk', 'За даними ЗМІ, делегація залишила Ер-Ріяд.',
     ['ЗМІ'], None),
    ('generic media', 'uk', 'Як зазначає видання, проєкт містить двадцять пунктів.',
     ['видання'], None),
    ('generic media', 'uk', 'Російські медіа повідомили, що зустріч тривала чотири години.',
     ['Російські медіа'], None),
    ('generic media', 'pl', 'Media rosyjskie podały, że delegacja opuściła Rijad.',
     ['Media rosyjskie'], None),
    ('generic media', 'pl', 'Według agencji projekt zawiera dwadzieścia punktów.',
     ['agencji'], None),
    ('generic media', 'pl', 'Jak podaje dziennik, spotkanie trwało cztery godziny.',
     ['dziennik'], None),
    ('generic media', 'tr', "Rus medyası, heyetin Riyad'dan ayrıldığını bildirdi.",
     ['Rus medyası'], None),
    ('generic media', 'tr', 'Yerel basına göre görüşme dört saat sürdü.',
     ['Yerel basına'], None),
    ('generic media', 'tr', 'Gazetenin haberine göre taslak yirmi madde içeriyor.',
     ['Gazetenin'], None),
    ('outlets of the nine countries', 'en', 'The Atlantic reported that the envoy had met the prince twice.',
     ['The Atlantic'], 'The Atlantic'),
    ('outlets of the nine countries', 'en', 'According to Foreign Policy, the draft was written in Miami.',
     ['Foreign Policy'], 'Foreign Policy'),
    ('outlets of the nine countries', 'en', 'NBC News reported that the talks would move to Geneva.',
     ['NBC News'], 'NBC'),
    ('outlets of the nine countries', 'en', 'The Hill reported that senators wanted a vote on the aid package.',
     ['The Hill'], 'The Hill'),
    ('outlets of the nine countries', 'it', 'Lo scrive Il Foglio, secondo cui il vertice è rinviato.',
     ['Il Foglio'], 'Il Foglio'),
    ('outlets of the nine countries', 'it', "Secondo l'Agi, la delegazione è arrivata a Riad.",
     ['Agi'], 'AGI'),
    ('outlets of the nine countries', 'it', 'Come riporta Avvenire, la Santa Sede è pronta a mediare.',
     ['Avvenire'], 'Avvenire'),
    ('outlets of the nine countries', 'fr', "Selon Le Point, l'émissaire a rencontré le prince deux fois.",
     ['Le Point'], 'Le Point'),
    ('outlets of the nine countries', 'fr', 'Europe 1 rapporte que la délégation a quitté Riyad.',
     ['Europe 1'], 'Europe 1'),
    ('outlets of the nine countries', 'de', 'Wie der Stern berichtet, trafen sich die Gesandten zweimal.',
     ['Stern'], 'Stern'),
    ('outlets of the nine countries', 'de', 'Laut Deutschlandfunk ist die Delegation nach Riad gereist.',
     ['Deutschlandfunk'], 'Deutschlandfunk'),
    ('outlets of the nine countries', 'de', 'Der Standard berichtet, Wien biete sich als Verhandlungsort an.',
     ['Der Standard'], 'Der Standard'),
    ('outlets of the nine countries', 'es', 'Según ABC, el enviado se reunió dos veces con el príncipe.',
     ['ABC'], 'ABC News'),
    ('outlets of the nine countries', 'es', 'Informó La Sexta que la delegación salió de Riad.',
     ['La Sexta'], 'laSexta'),
    ('outlets of the nine countries', 'es', 'Según el diario La Nación, Buenos Aires ofrece su mediación.',
     ['La Nación'], 'La Nación'),
    ('outlets of the nine countries', 'ru', 'Об этом сообщает РБК со ссылкой на источники.',
     ['РБК', 'источники'], 'RBC'),
    ('outlets of the nine countries', 'ru', 'По данным Первого канала, встреча продлилась три часа.',
     ['Первого канала'], 'Channel One Russia'),
    ('outlets of the nine countries', 'uk', 'За даними Суспільного, зустріч тривала три години.',
     ['Суспільного'], 'Suspilne'),
    ('outlets of the nine countries', 'pl', 'Jak podaje Polsat News, delegacja wyleciała do Rijadu.',
     ['Polsat News'], 'Polsat News'),
    ('outlets of the nine countries', 'pl', 'Jak informuje Polityka, Warszawa chce udziału w rozmowach.',
     ['Polityka'], 'Polityka'),
    ('outlets of the nine countries', 'tr', "Sözcü'nün haberine göre heyet Riyad'a gitti.",
     ['Sözcü'], 'Sözcü'),
    ('outlets of the nine countries', 'tr', "Cumhuriyet'e göre görüşme üç saat sürdü.",
     ['Cumhuriyet'], 'Cumhuriyet'),
    ('outlets of the nine countries', 'tr', "BBC Türkçe'ye konuşan diplomat, metnin hazır olduğunu söyledi.",
     ['BBC Türkçe'], 'BBC'),
    ('longer name', 'en', 'CBS News reported that the envoy would fly to Moscow.',
     ['CBS News'], 'CBS'),
    ('longer name', 'en', 'Fox News Digital reported that the draft had been leaked.',
     ['Fox News Digital'], 'Fox News'),
    ('longer name', 'pl', 'Jak podaje Polsat Morze, statek wypłynął z portu.',
     ['Polsat Morze'], 'Polsat News'),
    ('longer name', 'it', 'Lo riferisce Sky TG24 Economia.',
     ['Sky TG24 Economia'], 'Sky TG24'),
    ('longer name', 'tr', "TRT World'e konuşan yetkili, görüşmelerin süreceğini söyledi.",
     ['TRT World'], 'TRT'),
    ('longer name', 'de', 'Wie die Bild am Sonntag berichtet, ist ein Treffen geplant.',
     ['Bild am Sonntag'], 'Bild'),
    ("outlets of the nine countries", "ru", "Как пишет «Российская газета», делегация вылетела в Эр-Рияд.",
     ["Российская газета"], "Rossiyskaya Gazeta"),
    ("outlets of the nine countries", "uk", "Про це повідомляє «Українська правда» з посиланням на джерела.",
     ["Українська правда", "джерела"], "Ukrainska Pravda"),
    ("outlets of the nine countries", "pl", "Według „Faktu” spotkanie trwało trzy godziny.", ["Faktu"], "Fakt"),
    ("generic media", "en", "Russian news agencies reported that the delegation had left.", ["Russian news agencies"], None),
    ("longer name", "en", "The envoy told Fox News host Sean Hannity that the plan was ready.", ["Fox News"], "Fox News"),
    ("unnamed people", "ru", "Собеседник агентства добавил, что документ ещё не готов.", ["Собеседник агентства"], None),
    ("unnamed people", "uk", "Аналітики зауважують, що перемовини можуть затягнутися.", ["Аналітики"], None),
    ("generic media", "es", "Los expertos advierten que la tregua es frágil.", ["Los expertos"], None),
    # a ministry that reports holds; its channel, where it publishes, is a source
    ("ministry", "en", "According to the ministry's Telegram channel, the exchange took place on Friday.",
     ["the ministry's Telegram channel"], None),
    # sixth round, for precision on real news: a generic phrase after a named speaker's reporting word is
    # what they said; whom a speaker addressed is no source; officials of an owner in the possessive
    # speak for it; a name in a picture's credit run is no source
    ("sixth: a reported clause", "en", "The talks will resume next week, Western diplomats said.",
     ["Western diplomats"], None),
    ("sixth: a reported clause", "ru", "Об этом пишет Reuters со ссылкой на источники.", ["Reuters", "источники"], "Reuters"),
    ("sixth: the audience", "en", "The minister repeated the offer while speaking with journalists, Western media reported.",
     ["Western media"], None),
    ("sixth: the audience", "es", "Según la prensa local, el asesor presidencial rechazó la propuesta.",
     ["la prensa local"], None),
    ("sixth: officials of an owner", "en", "The route was agreed, Western diplomats said on Friday.",
     ["Western diplomats"], None),
    ("sixth: a picture's credit", "pl", "Rozmowy zostaną wznowione w przyszłym tygodniu – podała Deutsche Welle.",
     ["Deutsche Welle"], "Deutsche Welle"),
    # seventh round
    ("seventh: reporting words", "en", "Moscow wants the corridor closed, sources stressed on Monday.", ["sources"], None),
    ("seventh: reporting words", "en", "The ferry talks stalled, officials in the port authority have informed.",
     ["officials in the port authority"], None),
    ("seventh: reporting words", "uk", "Москва вимагає виведення військ, наголосили джерела.", ["джерела"], None),
    ("seventh: reporting words", "fr", "Moscou exige un couloir maritime, ont souligné des sources diplomatiques.",
     ["sources diplomatiques"], None),
    ("seventh: reporting words", "es", "Moscú exige la retirada, subrayaron fuentes diplomáticas.",
     ["fuentes diplomáticas"], None),
    ("seventh: reporting words", "it", "Mosca chiede il ritiro, hanno sottolineato fonti diplomatiche.",
     ["fonti diplomatiche"], None),
    ("seventh: reporting words", "pl", "Moskwa żąda wycofania wojsk, podkreślają źródła dyplomatyczne.",
     ["źródła dyplomatyczne"], None),
    ("seventh: reporting words", "de", "Moskau verlangt den Abzug, unterstrichen Diplomaten am Abend.", ["Diplomaten"], None),
    ("seventh: its own reporting word", "en", "The JCC said on Monday that no ships had sailed.", ["JCC"],
     "Joint Coordination Centre"),
    ("seventh: French les", "fr", "Selon les médias russes, Moscou exige la neutralité de Kiev.", ["médias russes"], None),
    ("seventh: French les", "fr", "Selon des sources diplomatiques, Moscou exige la neutralité de Kiev.",
     ["des sources diplomatiques"], None),
    ("seventh: forms", "de", "HAMBURG (dpa-AFX) - Moskau verlangt den Abzug der ukrainischen Truppen.", ["dpa-AFX"],
     "dpa-AFX"),
    ("seventh: forms", "en", "NV has learned that Moscow wants a buffer zone.", ["NV"], "NV"),
    ("seventh: forms", "uk", "Про це розповіли співрозмовники аґенції.", ["співрозмовники аґенції"], None),
    ("seventh: a dateline", "en", "KYIV (Frontline Wire) - Moscow demands the withdrawal of Ukrainian troops.",
     ["Frontline Wire"], None),
    ("seventh: a dateline", "it", "Bruxelles, 23 ott. (Radio Meseta) – Mosca chiede il ritiro delle truppe.",
     ["Radio Meseta"], None),
    ("seventh: a closing dash", "uk", "Москва вимагає нейтралітету Києва, — WP", ["WP"], None),
    ("seventh: a closing dash", "ru", "«Москва требует нейтралитета Киева», — СМИ", ["СМИ"], None),
    ("seventh: a name ending in capitals", "uk", "Як повідомляло ІншеТВ, Москва вимагає нейтралітету Києва.",
     ["ІншеТВ"], None),
    ("seventh: a name ending in capitals", "en", "According to EspresoTV, Moscow demands neutrality.", ["EspresoTV"], None),
    ("seventh: reports", "es", "Según los informes, Moscú exige la neutralidad de Ucrania.", ["los informes"], None),
    ("seventh: reports", "pl", "Według przecieków Moskwa żąda neutralności Ukrainy.", ["przecieków"], None),
    ("seventh: reports", "en", "According to reports, Moscow demands Ukraine's neutrality.", ["reports"], None),
    ("seventh: reports", "it", "Secondo indiscrezioni, Mosca chiede la neutralità di Kiev.", ["indiscrezioni"], None),
    ("seventh: reports", "de", "Berichten zufolge verlangt Moskau die Neutralität der Ukraine.", ["Berichten"], None),
    ("seventh: an agent or a time between", "en", "The demand was confirmed earlier by the media.", ["the media"], None),
    ("seventh: an agent or a time between", "ru", "Требование Москвы было подтверждено ранее СМИ.", ["СМИ"], None),
    ("seventh: an agent or a time between", "it", "La richiesta è stata confermata in precedenza dai media.",
     ["media"], None),
    ("seventh: an agent or a time between", "ru", "Об этом рассказал в четверг информированный западный источник.",
     ["информированный западный источник"], None),
    ("seventh: an agent or a time between", "de", "Das teilte am Montag ein Diplomat mit.", ["ein Diplomat"], None),
    ("seventh: inside a name", "ru", "«Украина обсудила с США каждый пункт», – цитируют СМИ Бевза.", ["СМИ"], None),
    ("seventh: a pronoun's people", "en", "Kyiv wants guarantees, a source close to his team stressed.",
     ["a source close to his team"], None),
    ("seventh: an outlet's report", "it", "Confermate le anticipazioni del Giornale d'Italia.", ["Giornale d'Italia"],
     None),
    ("seventh: an outlet's report", "en", "Revelations by the Kharkiv Observer show that Moscow wants a buffer zone.",
     ["Kharkiv Observer"], None),
    ("seventh: a date ends it", "pl", "Według źródeł dyplomatycznych do 22 marca Rosja żądała neutralności.",
     ["źródeł dyplomatycznych"], None),
    ("seventh: a genitive closes it", "uk", "Про це пише Reuters з посиланням на джерела турецького уряду.",
     ["Reuters", "джерела турецького уряду"], "Reuters"),
    ("seventh: a genitive closes it", "pl", "Podał to Reuters, powołując się na urzędnika tureckiego rządu.",
     ["Reuters", "urzędnika tureckiego rządu"], "Reuters"),
    ("seventh: a genitive closes it", "ru", "Об этом пишет Reuters со ссылкой на чиновника турецкого правительства.",
     ["Reuters", "чиновника турецкого правительства"], "Reuters"),
    ("seventh: representatives", "uk", "Про це пише Reuters з посиланням на представника турецького уряду.",
     ["Reuters", "представника турецького уряду"], "Reuters"),
    ("seventh: representatives", "es", "Según un representante del gobierno turco, Moscú no cederá.",
     ["un representante del gobierno turco"], None),
    # eighth round, for recall on news no rule writer read: reporting words in the forms the lists lacked
    # (a plural's present, a Turkish plural or present, a Spanish plural past)
    ("eighth: reporting forms", "en", "Analysts say Moscow is playing for time.", ["Analysts"], None),
    ("eighth: reporting forms", "es", "Fuentes diplomáticas informaron de que la cita se aplaza.",
     ["Fuentes diplomáticas"], None),
    ("eighth: reporting forms", "tr", "Rus medyası, heyetin Cenevre'ye vardığını bildiriyor.", ["Rus medyası"], None),
    ("eighth: reporting forms", "tr", "Diplomatik kaynaklar, toplantının ertelendiğini belirttiler.",
     ["Diplomatik kaynaklar"], None),
    ("eighth: reporting forms", "pl", "Media donoszą, że szczyt przełożono na maj.", ["Media"], None),
    ("eighth: reporting forms", "de", "Aus diplomatischen Kreisen hieß es, Moskau verlange mehr.",
     ["diplomatischen Kreisen"], None),
    ("eighth: reporting forms", "ru", "Источники говорят, что встреча перенесена.", ["Источники"], None),
    ("eighth: reporting forms", "uk", "Джерела кажуть, що зустріч перенесли.", ["Джерела"], None),
    ("eighth: reporting forms", "it", "Fonti vicine al dossier rivelano che il vertice slitta.",
     ["Fonti vicine al dossier"], None),
    ("eighth: reporting forms", "fr", "Des diplomates ont confié que la réunion était reportée.", ["Des diplomates"], None),
    # the descriptor after a known outlet's name is no second source
    ("eighth: descriptor after the name", "en", "The talks were postponed, the Reuters news agency reported.",
     ["Reuters"], "Reuters"),
    ("eighth: descriptor after the name", "tr", "Rus RIA haber ajansının haberine göre, görüşmeler yarın sürecek.",
     ["RIA"], "RIA Novosti"),
    # agencies and outlets in the forms reporters write them
    ("eighth: names as written", "it", "Lo ha riferito l'Ansa.", ["Ansa"], "ANSA"),
    ("eighth: names as written", "de", "Das sagte ein Sprecher der Agentur Ria Nowosti.", ["Ria Nowosti"], "RIA Novosti"),
    ("eighth: names as written", "pl", "Według informacji Onetu, szczyt przełożono.", ["Onetu"], "Onet"),
    ("eighth: names as written", "en", "The envoy said in an interview with India Today that the troops would stay.",
     ["India Today"], "India Today"),
    # a context outlet right after the words that cite it, whoever speaks after
    ("eighth: cited before a common-word outlet", "en",
     "In an interview with The Associated Press, Finnish Prime Minister Anna Berg said the talks would resume.",
     ["The Associated Press"], "Associated Press"),
    # German: state media after "gegenüber", media reports after "nach"
    ("eighth: German media", "de", "Der Unterhändler sagte gegenüber russischen Staatsmedien, ein Austausch sei vereinbart.",
     ["russischen Staatsmedien"], None),
    ("eighth: German media", "de", "Nach ukrainischen Medienberichten wurde der Austausch verschoben.",
     ["ukrainischen Medienberichten"], None),
    # an anonymous "someone" with knowledge of the matter
    ("eighth: someone", "en", "Moscow asked for a sea truce first, according to someone familiar with the talks.",
     ["someone familiar with the talks"], None),
    ("eighth: reporting forms", "de", "Der Gipfel könnte sich verschieben, berichten Medien.", ["Medien"], None),
    ("eighth: reporting forms", "it", "Trapela da fonti diplomatiche che il vertice potrebbe slittare.",
     ["fonti diplomatiche"], None),
    ("eighth: names as written", "ru", "Об этом пишет Взгляд.", ["Взгляд"], "Vzglyad"),
    ("eighth: names as written", "uk", "Про це повідомляє Крим.Реалії.", ["Крим.Реалії"], "Krym.Realii"),
    ("eighth: names as written", "pl", "Jak podał Biełsat, wymiana się odbyła.", ["Biełsat"], "Belsat"),
    ("eighth: names as written", "tr", "Ukrayinska Pravda'nın haberine göre, heyet yarın geliyor.",
     ["Ukrayinska Pravda"], "Ukrainska Pravda"),
    # Turkish: officials close to the talks are anonymous, a source; a source's phrase ends before "edinilen"
    ("eighth: Turkish close to the talks", "tr", "Görüşmelere yakın yetkililer, zirvenin ertelenebileceğini söyledi.",
     ["Görüşmelere yakın yetkililer"], None),
    ("eighth: Turkish close to the talks", "tr", "Diplomatik kaynaklardan edinilen bilgiye göre zirve ertelenebilir.",
     ["Diplomatik kaynaklardan"], None),
    # an outlet's noun that a named speaker told is the source; journalists and the press are the audience
    ("eighth: an outlet told", "en", "Kovalenko told Russian state television that the corridor would stay shut.",
     ["Russian state television"], None),
    ("eighth: an outlet told", "es", "El asesor dijo a la televisión estatal que el corredor seguirá cerrado.",
     ["la televisión estatal"], None),
    ("eighth: an outlet told", "fr", "Le conseiller a déclaré à la télévision publique que le corridor resterait fermé.",
     ["la télévision publique"], None),
    ("eighth: an outlet told", "it", "Il consigliere ha detto ai media russi che il corridoio resterà chiuso.",
     ["media russi"], None),
    ("eighth: an outlet told", "de", "Der Berater sagte dem Staatsfernsehen, der Korridor bleibe geschlossen.",
     ["dem Staatsfernsehen"], None),
    ("eighth: an outlet told", "pl", "Doradca powiedział rosyjskiej telewizji państwowej, że korytarz pozostanie zamknięty.",
     ["rosyjskiej telewizji państwowej"], None),
    ("eighth: an outlet told", "ru", "Советник сказал российскому телевидению, что коридор останется закрытым.",
     ["российскому телевидению"], None),
    ("eighth: an outlet told", "uk", "Радник сказав українським ЗМІ, що коридор залишиться закритим.",
     ["українським ЗМІ"], None),
    # "citing" after a generic phrase makes it a source, like the other languages' "citando", "citant"
    ("eighth: citing", "en", "Russian media outlets, citing a Kremlin source, said the plan was ready.",
     ["Russian media outlets", "a Kremlin source"], None),
    # Turkish news agencies with "haber" before their noun
    ("eighth: Turkish agencies", "tr", "Rus haber ajansları, heyetin geldiğini bildirdi.", ["Rus haber ajansları"], None),
    ("eighth: names as written", "en", "According to Agentstvo, the delegation landed in Riyadh.", ["Agentstvo"],
     "Agentstvo"),
    # an outlet and those it learned from: a preposition between is no descriptor's
    ("eighth: an outlet's informants", "it", "Secondo quanto apprende l'Ansa da fonti di governo, il vertice slitta.",
     ["Ansa", "fonti di governo"], "ANSA"),
    ("eighth: an outlet's informants", "de", "Wie der Spiegel aus Regierungskreisen erfuhr, verschiebt sich der Gipfel.",
     ["Spiegel", "Regierungskreisen"], "Der Spiegel"),
    # research institutes and humanitarian bodies quoted for figures
    ("eighth: bodies quoted for figures", "en",
     "Damage to housing exceeds $80 billion, according to the Kyiv School of Economics.",
     ["Kyiv School of Economics"], "Kyiv School of Economics"),
    ("eighth: bodies quoted for figures", "de", "Laut IfW Kiel sind die Zusagen um ein Viertel gesunken.", ["IfW Kiel"],
     "Kiel Institute"),
    # German "von" before a generic source is a preposition, no article of it
    ("eighth: German von", "de", "Nach Angaben von Insidern verschiebt sich der Gipfel.", ["Insidern"], None),
    # French "de source ..." (opening the sentence, set off by commas, after "a-t-on appris"); Spanish "según"
    # with a compound verb before the source; Italian "rende noto", Spanish "trasladaron"
    ("eighth: impersonal and compound frames", "fr", "Le sommet est reporté, a-t-on appris de source diplomatique.",
     ["source diplomatique"], None),
    ("eighth: impersonal and compound frames", "fr", "De source diplomatique, le sommet pourrait glisser à mai.",
     ["source diplomatique"], None),
    ("eighth: impersonal and compound frames", "es", "Según han confirmado fuentes del Ejecutivo, la cumbre se retrasa.",
     ["fuentes del Ejecutivo"], None),
    ("eighth: impersonal and compound frames", "es", "La cumbre se retrasa, han trasladado fuentes diplomáticas.",
     ["fuentes diplomáticas"], None),
    ("eighth: impersonal and compound frames", "it", "Il vertice slitta, rende nota l'agenzia.", ["l'agenzia"], None),
    # Russian: one unnamed "источник" of an agency cites the agency; its informants in the plural stay one source
    ("eighth: an agency's source", "ru", "Об этом сообщил источник ТАСС в делегации.", ["ТАСС"], "TASS"),
    ("eighth: an agency's source", "ru", "Об этом рассказал собеседник «Коммерсанта».", ["собеседник «Коммерсанта»"],
     "Kommersant"),
    # Turkish: what a speaker told an agency's correspondent
    ("eighth: correspondent", "tr", "Bakan, AA muhabirine yaptığı açıklamada, görüşmelerin süreceğini söyledi.",
     ["AA"], "Anadolu"),
    # twelfth round: an audit of the lexicon from general knowledge (outlets, programmes, channels, think
    # tanks and pollsters of the nine countries, in their cases), and the classes our own news-style probes failed
    ("twelfth: outlets", "en", "Kyiv wants a truce along the front, the Sunday Times reported.", ["Sunday Times"],
     "The Sunday Times"),
    ("twelfth: outlets", "en", "Moscow insists on a neutral Ukraine, according to a survey by the Levada Center.",
     ["Levada Center"], "Levada Center"),
    ("twelfth: outlets", "it", "Mosca vuole una Kiev neutrale, secondo quanto riportato da Dagospia.", ["Dagospia"],
     "Dagospia"),
    ("twelfth: outlets", "it", "Kiev vuole una tregua, ha detto l'ambasciatore a Quarta Repubblica.",
     ["Quarta Repubblica"], "Quarta Repubblica"),
    ("twelfth: outlets", "fr", "Moscou veut une Ukraine neutre, selon Le Grand Continent.", ["Le Grand Continent"],
     "Le Grand Continent"),
    ("twelfth: outlets", "de", "Moskau will eine neutrale Ukraine, berichtet die Süddeutsche.", ["Süddeutsche"],
     "Süddeutsche Zeitung"),
    ("twelfth: outlets", "de", "Kiew will eine Waffenruhe, sagte die Ministerin den Zeitungen der Funke-Mediengruppe.",
     ["Funke-Mediengruppe"], "Funke Mediengruppe"),
    ("twelfth: outlets", "es", "Moscú quiere una Ucrania neutral, según el Real Instituto Elcano.",
     ["Real Instituto Elcano"], "Real Instituto Elcano"),
    ("twelfth: outlets", "ru", "Москва требует нейтралитета Киева, сообщает НТВ.", ["НТВ"], "NTV (Russia)"),
    ("twelfth: outlets", "uk", "Москва вимагає нейтралітету Києва, пише Аксіос.", ["Аксіос"], "Axios"),
    ("twelfth: outlets", "uk", "Київ вимагає перемир'я, заявив посол в ефірі Радіо НВ.", ["Радіо НВ"], "NV"),
    ("twelfth: outlets", "pl", "Według Kommiersanta Moskwa chce neutralnej Ukrainy.", ["Kommiersanta"], "Kommersant"),
    ("twelfth: outlets", "pl", "Według New York Timesa Kijów odrzuca ustępstwa.", ["New York Timesa"],
     "The New York Times"),
    ("twelfth: outlets", "tr", "Sputnik Türkiye'nin haberine göre Moskova tarafsız bir Ukrayna istiyor.",
     ["Sputnik Türkiye"], "Sputnik"),
    ("twelfth: outlets", "de", "Laut einer Insa-Umfrage für die „Bild“ wollen die meisten Deutschen eine Waffenruhe.",
     ["Insa", "Bild"], "INSA"),
    ("twelfth: outlets", "uk", "За даними Центру Разумкова, більшість українців відкидають нейтралітет.",
     ["Центру Разумкова"], "Razumkov Centre"),
    # people who told an outlet, the inverted subject of a reporting word: a source of their own beside it
    ("twelfth: people before the outlet they told", "de",
     "Moskau will eine neutrale Ukraine, sagte ein EU-Diplomat der Nachrichtenagentur dpa.",
     ["ein EU-Diplomat", "dpa"], "Deutsche Presse-Agentur"),
    ("twelfth: people before the outlet they told", "fr",
     "Moscou veut une Ukraine neutre, a confié un diplomate européen au Figaro.",
     ["un diplomate européen", "Figaro"], "Le Figaro"),
    ("twelfth: people before the outlet they told", "es",
     "Moscú quiere una Ucrania neutral, afirmó un alto funcionario europeo a la cadena Univision.",
     ["un alto funcionario europeo", "Univision"], "Univision"),
    ("twelfth: people before the outlet they told", "ru",
     "Москва требует нейтралитета Киева, сообщил собеседник в администрации президента «Ведомостям».",
     ["собеседник в администрации президента", "Ведомостям"], "Vedomosti"),
    # a nationality between an outlet's noun and its name: the noun is no second source
    ("twelfth: nationality adjectives", "fr", "Kiev réclame une trêve totale, a indiqué l'agence belge Belga.",
     ["Belga"], "Belga"),
    ("twelfth: nationality adjectives", "es", "Moscú quiere una Ucrania neutral, informó la agencia argentina Télam.",
     ["Télam"], "Télam"),
    # journalists addressed in Turkish (the dative) are no source; the papers that write are
    ("twelfth: Turkish journalists addressed", "tr", "Rus gazeteleri, Moskova'nın tarafsızlık talep ettiğini yazdı.",
     ["Rus gazeteleri"], None),
    # the people after the outlet they told, in the languages without articles: a source of their own
    ("twelfth: people after the outlet they told", "ru",
     "Киев отвергает уступки, рассказали «Известиям» два источника в Офисе президента.",
     ["Известиям", "два источника в Офисе президента"], "Izvestia"),
    ("twelfth: people after the outlet they told", "pl",
     "Kijów odrzuca ustępstwa, powiedziały agencji Reutera źródła w Brukseli.", ["Reutera", "źródła w Brukseli"],
     "Reuters"),
    # numbers belong to the phrase in the cases they take ("четырех", "трьох") and in Italian
    ("twelfth: numbers", "ru", "Киев отвергает уступки, пишет Bloomberg со ссылкой на четырех европейских чиновников.",
     ["Bloomberg", "четырех европейских чиновников"], "Bloomberg"),
    ("twelfth: numbers", "it", "Kiev vuole una tregua, secondo il Guardian, che cita tre diplomatici europei.",
     ["Guardian", "tre diplomatici europei"], "The Guardian"),
    # "cited by" ends the phrase of the people an outlet cites
    ("twelfth: cited by", "fr", "La Russie veut une Ukraine neutre, selon un diplomate européen cité par Le Monde.",
     ["un diplomate européen", "Le Monde"], "Le Monde"),
    ("twelfth: cited by", "es", "Rusia quiere una Ucrania neutral, según un diplomático europeo citado por El País.",
     ["un diplomático europeo", "El País"], "El País"),
    # a channel's noun and its platform before its name are its descriptor, no second source
    ("twelfth: a channel's platform", "it", "Mosca vuole una Kiev neutrale, scrive il canale Telegram WarGonzo.",
     ["WarGonzo"], "WarGonzo"),
    # a name that is also a common word after the words that cite it, its descriptor and its quotes aside
    ("twelfth: a name after its descriptor", "de",
     "Kiew verlangt die Rückkehr der Kinder, sagte die First Lady im Interview mit der Zeitung „Le Soir“.",
     ["Le Soir"], "Le Soir"),
    ("twelfth: a name after its descriptor", "pl",
     "Kijów żąda powrotu dzieci, powiedziała pierwsza dama w wywiadzie dla dziennika „Le Soir”.", ["Le Soir"],
     "Le Soir"),
    ("twelfth: a name after its descriptor", "fr",
     "Kiev exige le retour des enfants, a déclaré la première dame dans une interview au quotidien Le Soir.",
     ["Le Soir"], "Le Soir"),
]

# (class, lang, sentence, a wrong value it must not give); none of these sentences cites a source
MUST_NOT = [
    ("body", "fr", "Les inspecteurs de l'AIEA ont visité la salle des turbines mardi.", "AIEA"),
    ("body", "tr", "Bir İHA gece santralin çatısına çarptı.", "İHA"),  # a drone, not the agency
    ("case", "pl", "Reuterowie z sąsiedniej wsi przyjechali na targ.", "Reuterowie"),
    ("cut before an article", "es", "Según el borrador de la Casa Blanca, Washington propone una tregua aérea.",
     "el borrador de la Casa Blanca"),
    ("cut before an article", "en", "According to the plan of the envoys, Kyiv would cap its army.",
     "the plan of the envoys"),
    ("clause", "de", "Unter Berufung auf das Völkerrecht fordert Kiew den Abzug der russischen Truppen.",
     "das Völkerrecht"),
    ("number", "en", "Two of the prisoners said they had been held in Taganrog.", "Two of the prisoners"),
    ("people", "en", "Ukrainian officials said Kyiv would never give up Crimea.", "Ukrainian officials"),
    ("people", "en", "Local officials said the shelling continued through the night.", "Local officials"),
    ("people", "en", "Anna Kowalska, a member of the Polish delegation, said Warsaw backs a truce.",
     "a member of the Polish delegation"),
    ("agent", "tr", "Kaynaklar tükenince fabrika kapandı.", "Kaynaklar"),
    ("citing", "de", "Der Mann berichtete seiner Familie von der Front.", "seiner Familie"),
    ("ends with its noun", "pl", "Według planu Kijów zobowiązałby się do neutralności.", "planu Kijów"),
    # the agency's name as the first part of a longer one is not the agency
    ("name as written", "ru", "Редакция ТАСС-ДОСЬЕ подготовила справку о переговорах.", "ТАСС"),
    ("name as written", "pl", "AP to skrót, który zna każdy.", "AP"),
    ("name as written", "uk", "Колаж: Вільне Радіо", "Вільне Радіо"),  # a picture credit
    ("name as written", "uk", "Журналісти Вільного Радіо побували на конференції.", "Вільного Радіо"),  # its own people
    ("new article", "it", "Le fonti vicine al villaggio una volta davano acqua potabile.", "Le fonti vicine al villaggio"),
    ("new article", "de", "Die Quelle aus der Bergwand liefert dem Dorf frisches Wasser.", "Die Quelle aus der Bergwand"),
    ("people of an outlet", "ru", "Собеседники долго обсуждали погоду.", "Собеседники"),
    ("people of an outlet", "pl", "Rozmówcy spotkali się w kawiarni.", "Rozmówcy"),
    ("leading words", "ru", "Один из пленных рассказал о пытках.", "Один из пленных"),
    ("leading words", "pl", "Jeden z żołnierzy napisał list do matki.", "Jeden z żołnierzy"),
    ("leading words", "uk", "Наближене до фронту село знову обстріляли, повідомив голова громади.", "Наближене до фронту село"),
    ("anonymous", "en", "The Ukrainian official said Kyiv rejects the plan.", "The Ukrainian official"),  # the party speaks
    ("anonymous", "de", "Der Vertreter der Ukraine sagte, Kiew lehne den Plan ab.", "Der Vertreter der Ukraine"),
    ("anonymous", "en", "A senior Ukrainian official told reporters that Kyiv rejects the plan.",
     "A senior Ukrainian official"),  # no outlet told, nobody cited: the party speaks
    ("anonymous", "de", "Ein Vertreter der Ukraine sagte, Kiew lehne den Plan ab.", "Ein Vertreter der Ukraine"),
    # the unnamed thing is the proposal, not the people who speak
    ("anonymous", "en", "Ukrainian diplomats said Kyiv rejects an unnamed proposal from Moscow.", "Ukrainian diplomats"),
    ("anonymous", "es", "Un funcionario estadounidense confirmó la cita en Ginebra.", "Un funcionario estadounidense"),
    ("participle after a comma", "ru", "Источники, знакомые с детства, пересохли летом.", "Источники, знакомые с детства"),
    ("participle after a comma", "uk", "Джерела, близькі до села, пересохли влітку.", "Джерела, близькі до села"),
    ("venue", "pl", "Zełenski napisał w mediach społecznościowych, że rozmowy trwają.", "mediach"),
    ("venue", "pl", "Premier napisał na portalu, że rozmowy trwają.", "portalu"),
    ("headline and credit line", "en", "Source: the minister's statement after the talks", "Source"),
    ("headline and credit line", "tr", "Foto: AA / Ahmet Yılmaz", "AA"),  # a picture credit
    ("headline and credit line", "pl", "Kijów chce rozejmu na morzu.\n\nźródło: wywiad z ministrem", "wywiad z ministrem"),
    ("reporting word", "ru", "Как подчеркнул Песков, Москва открыта к диалогу.", "Песков"),  # a holder speaks
    ("reporting word", "fr", "Le ministre avait déjà indiqué que Paris soutenait Kiev.", "Le ministre"),
    ("reporting word", "es", "El puerto fue bloqueado por medios militares.", "medios militares"),
    ("reporting word", "pl", "Kijów, powołując się na prawo międzynarodowe, żąda wycofania wojsk.", "prawo międzynarodowe"),
    ("reporting word", "uk", "Про це стало відомо з оприлюднених документів.", "оприлюднених документів"),
    ("outlet", "tr", "Ortak Koordinasyon Merkezi yarın İstanbul'da açılacak.", "Ortak Koordinasyon Merkezi"),
    ("outlet", "ru", "В отчёте упоминается продовольственная программа ООН.", "ООН"),
    ("outlet", "pl", "W kuchni grało stare polskie radio.", "polskie radio"),  # the names count as written
    ("outlet", "en", "The Independent commission will meet on Monday.", "The Independent"),  # a common word, nobody reports
    ("generic noun", "en", "Peskov told journalists that Moscow rejects the plan.", "journalists"),  # the audience
    ("generic noun", "pl", "Źródła te wyschły latem.", "Źródła te"),  # springs, and nobody reports
    # fourth round: a person, a holder, a date or a common noun in a source's frame is no outlet
    ("frame", "en", "According to Peter Lindqvist, the talks will resume next week.", "Peter Lindqvist"),
    ("frame", "en", "Moscow wants a buffer zone, Halvorsen reported to the committee.", "Halvorsen"),
    ("frame", "de", "Gegenüber Journalisten lehnte der Minister jede Waffenruhe ab.", "Journalisten"),
    ("frame", "fr", "Selon Jean Dupuis, Kiev refuse toute concession.", "Jean Dupuis"),
    ("frame", "es", "Según Marta Iglesias, la tregua sigue en pie.", "Marta Iglesias"),
    ("frame", "it", "Secondo Putin, la Russia vuole garanzie scritte.", "Putin"),
    ("frame", "ru", "По словам Ивана Сидорова, переговоры продолжатся.", "Ивана Сидорова"),
    ("frame", "uk", "За словами Остапа Ковальчука, переговори триватимуть.", "Остапа Ковальчука"),
    ("frame", "pl", "Ukraina odrzuca te żądania, poinformował Nowakowski.", "Nowakowski"),
    ("frame", "tr", "Erdoğan'a göre Türkiye arabuluculuğa hazır.", "Erdoğan"),
    ("channel", "en", "The minister wrote on the platform Skyline that the truce must hold.", "Skyline"),
    ("channel", "pl", "Po rozmowie prezydent napisał na portalu Truth Social, że rozejm jest blisko.", "Truth Social"),
    ("channel", "ru", "Об этом в интервью журналисту Петру Смирнову рассказал Николай Орлов.", "Петру Смирнову"),
    ("channel", "de", "Der Gesandte sagte der Minister habe zugestimmt.", "Minister"),
    ("channel", "it", "Il ministro ha scritto su X che i negoziati continuano.", "X"),
    ("channel", "es", "El portavoz escribió en la red Nube que la tregua sigue.", "Nube"),
    ("channel", "uk", "Посланець написав у Telegram, що перемир'я близько.", "Telegram"),
    ("channel", "fr", "Le ministre a écrit sur le réseau Bluesky que la trêve tient.", "Bluesky"),
    ("organisation", "it", "L'associazione ha organizzato un convegno a Bari.", "associazione"),
    ("organisation", "pl", "Informatorzy policji zatrzymali podejrzanego.", "Informatorzy policji"),
    ("time after a source", "fr", "Après la réunion, les délégations ont quitté Genève.", "la réunion"),
    ("channel", "en", "On 12 May Kyiv rejected the plan, the minister said.", "12 May"),
    # fifth round: a holder's spokesperson, officials of a party who speak for it (an official is a
    # source only where kept anonymous, cited or beside the outlet told), a ministry that reports (a
    # holder, not a source: GUIDELINES "Cited source"), the press as an audience, outlets' names that
    # are common words with nobody reporting, and a longer capitalised name that is no outlet's
    ("unnamed people", "en", "Ukrainian officials said Kyiv would never sign such a text.", "Ukrainian officials"),
    # round 30: a NATO official speaks for the alliance, a holder (OTHER), as a party's officials speak for it
    ("unnamed people", "en", "Another NATO official said the shipments had been delayed by a week.", "Another NATO official"),
    ("unnamed people", "en", "Government spokesperson Anna Berg said the talks would resume.", "Government spokesperson"),
    ("unnamed people", "it", "Il portavoce del ministero, Marco Bianchi, ha detto che l'Italia sostiene il piano.",
     "Il portavoce del ministero"),
    ("unnamed people", "fr", "Le porte-parole du gouvernement a déclaré que Paris soutenait Kiev.", "Le porte-parole"),
    ("unnamed people", "fr", "Un haut fonctionnaire de l'ONU a indiqué que les inspections reprendraient lundi.",
     "Un haut fonctionnaire de l'ONU"),
    ("unnamed people", "de", "Die ukrainischen Vertreter betonten ihren Wunsch nach einem dauerhaften Frieden.",
     "Die ukrainischen Vertreter"),
    ("unnamed people", "de", "Ein ranghoher Beamter des Außenministeriums erklärte, die Gespräche seien konstruktiv gewesen.",
     "Ein ranghoher Beamter des Außenministeriums"),
    ("unnamed people", "es", "La portavoz del Gobierno, Marta Ruiz, dijo que España apoya el plan.", "La portavoz del Gobierno"),
    ("unnamed people", "ru", "Официальный представитель МИД Мария Захарова заявила, что Москва отвергает план.",
     "Официальный представитель МИД"),
    ("unnamed people", "tr", "Dışişleri Bakanlığı Sözcüsü Öncü Keçeli, Türkiye'nin planı desteklediğini söyledi.", "Sözcü"),
    ("ministry", "en", "The talks lasted two hours, the Turkish Foreign Ministry said.", "Turkish Foreign Ministry"),
    ("ministry", "ru", "По данным Минобороны России, обмен пленными состоялся в пятницу.", "Минобороны России"),
    ("ministry", "uk", "Про це повідомили в МЗС України.", "МЗС України"),
    ("ministry", "de", "Das Auswärtige Amt teilte mit, das Treffen habe zwei Stunden gedauert.", "Das Auswärtige Amt"),
    ("generic media", "es", "El ministro habló ante la prensa en Ginebra.", "la prensa"),
    ("generic media", "en", "Peskov told the press that Moscow rejects the plan.", "the press"),
    ("generic media", "ru", "Пресс-секретарь сообщил, что встреча отменена.", "Пресс"),
    ("outlets of the nine countries", "de", "Der Stern über dem Dorf leuchtete die ganze Nacht.", "Stern"),
    ("outlets of the nine countries", "de", "Die Zeit drängt, sagte der Kanzler.", "Die Zeit"),
    ("outlets of the nine countries", "pl", "Polityka rządu budzi sprzeciw rolników.", "Polityka"),
    ("outlets of the nine countries", "en", "The ship crossed the Atlantic in May.", "The Atlantic"),
    ("longer name", "en", "The Sun Valley resort hosted the envoys last winter.", "The Sun Valley"),
    # sixth round
    ("sixth: a reported clause", "en", "Lavrov said diplomats of the U.S.-led alliance were preparing new sanctions.",
     "diplomats of the U"),
    ("sixth: a reported clause", "en", "Lavrov said analysts in Brussels were misreading the offer.",
     "analysts in Brussels were misreading"),
    ("sixth: the audience", "es", "«Seguimos hablando», aseguró a la prensa local el asesor presidencial.", "la prensa"),
    ("sixth: officials of an owner", "en",
     "Kyiv and Warsaw agreed to reopen the route, the two countries' top diplomats said after talks.", "top diplomats"),
    ("sixth: a picture's credit", "pl", "Protest w Warszawie. Jan Kowalski/AP Photo/picture alliance / Partner Deutsche Welle",
     "Deutsche Welle"),
    # seventh round
    ("seventh: reporting words", "en", "Lavrov stressed that diplomats would meet again.", "diplomats"),
    ("seventh: its own reporting word", "en", "The officials left the JCC after Russia said it would quit the deal.", "JCC"),
    ("seventh: French les", "fr", "Selon les termes de l'accord, Kiev garde ses ports.", "les termes"),
    ("seventh: forms", "en", "The deal covers KNV members in Nevada.", "NV"),
    ("seventh: forms", "uk", "Аґенція з питань культури відкрила виставку.", "Аґенція"),
    ("seventh: a dateline", "en", "Zelensky (Ukraine) - Moscow demands the withdrawal.", "Ukraine"),
    ("seventh: a closing dash", "uk", "«Ми не віддамо територій», — Зеленський", "Зеленський"),
    ("seventh: a closing dash", "tr", "Ukrayna Devlet Başkanı Volodimir Zelenskiy - AA", "AA"),  # a photo's caption
    ("seventh: a name ending in capitals", "en", "According to McCain, Moscow demands neutrality.", "McCain"),
    ("seventh: reports", "de", "Den Berichten der Regierung zufolge verlangt Moskau eine Pufferzone.",
     "Berichten der Regierung"),
    ("seventh: reports", "en", "According to the reports of the Ukrainian government, Kyiv keeps its ports.",
     "the reports of the Ukrainian government"),
    ("seventh: an agent or a time between", "en", "Putin said on Monday officials would meet again.", "officials"),
    ("seventh: an agent or a time between", "en", "The plan was drafted earlier by experts in Kyiv.", "experts in Kyiv"),
    ("seventh: inside a name", "en",
     "The Council of Europe's Media Department explained that the convention must first enter into force.",
     "Europe's Media"),
    ("seventh: a pronoun's people", "en",
     "Under the framework, Ukraine would not join any bloc, a member of its team stressed.", "a member of its team"),
    ("seventh: an outlet's report", "en", "A report of John Miller shows that Moscow wants a buffer zone.", "John Miller"),
    ("seventh: a date ends it", "pl", "Według danych do 22 marca 2023 Rosja żądała neutralności.", "danych do 22 marca"),
    ("seventh: a genitive closes it", "pl", "Powołując się na przepisy tureckiego rządu, Kijów odmówił.",
     "przepisy tureckiego rządu"),
    ("seventh: representatives", "uk", "Представник МЗС заявив, що Київ не поступиться.", "Представник МЗС"),
    ("seventh: representatives", "es", "Un representante del gobierno confirmó la cita.", "Un representante del gobierno"),
    ("eighth: reporting forms", "en", "Ukrainian officials say Kyiv rejects the plan.", "Ukrainian officials"),
    ("eighth: reporting forms", "es", "Los ministros dijeron que Madrid apoya a Kiev.", "Los ministros"),
    ("eighth: reporting forms", "tr", "Bakan, görüşmelerin süreceğini söyledi.", "Bakan"),
    ("eighth: reporting forms", "pl", "Politycy mówią, że Warszawa popiera Kijów.", "Politycy"),
    ("eighth: reporting forms", "de", "Es hieß, die Sitzung sei vorbei.", "Es"),
    ("eighth: reporting forms", "ru", "Лавров говорит, что Москва готова к переговорам.", "Лавров"),
    ("eighth: reporting forms", "uk", "Зеленський каже, що Київ не поступиться.", "Зеленський"),
    ("eighth: reporting forms", "it", "Il ministro rivela che Roma sosterrà Kiev.", "Il ministro"),
    ("eighth: reporting forms", "fr", "Le ministre a confié que Paris soutiendra Kiev.", "Le ministre"),
    ("eighth: descriptor after the name", "en", "The agency's staff left the city.", "agency"),
    ("eighth: descriptor after the name", "tr", "Rus haber ajansının binası kapatıldı.", "ajansının"),
    ("eighth: names as written", "it", "L'ansa del fiume è stata minata.", "ansa"),
    ("eighth: cited before a common-word outlet", "en", "An AP photo shows the damaged bridge.", "AP"),
    ("eighth: German media", "de", "Der Unterhändler sagte gegenüber Journalisten, ein Austausch sei vereinbart.",
     "Journalisten"),
    ("eighth: German media", "de", "Nach den Berichten des Ministers wurde nichts verschoben.", "Berichten des Ministers"),
    ("eighth: someone", "en", "Someone fired at the convoy near the border.", "Someone"),
    ("eighth: an agency's source", "ru", "Делегация ищет новый источник финансирования.", "источник"),
    ("eighth: impersonal and compound frames", "fr", "Le texte manque de sources fiables, a dit le ministre.",
     "sources fiables"),
    ("eighth: impersonal and compound frames", "es", "La empresa trasladó la fábrica a Polonia.", "la fábrica"),
    ("eighth: impersonal and compound frames", "it", "Il ministero rende noto il nuovo calendario.", "il nuovo calendario"),
    ("eighth: German von", "de", "Nach Angaben von Selenskyj verschiebt sich der Gipfel.", "von Selenskyj"),
    ("eighth: bodies quoted for figures", "en", "The ICRC teams visited the camp on Monday.", "ICRC"),
    ("eighth: bodies quoted for figures", "de", "Das Schiff legte am Montag in Kiel an.", "Kiel"),
    ("eighth: an outlet's informants", "it", "Lo studente apprende la lingua in fretta.", "la lingua"),
    ("eighth: an outlet's informants", "de", "Aus Regierungskreisen kam bis zum Abend keine Antwort.", "Regierungskreisen"),
    ("eighth: citing", "en", "Moscow, citing security concerns, refused the plan.", "Moscow"),
    ("eighth: Turkish agencies", "tr", "Rus haber ajanslarının binaları kapatıldı.", "Rus haber ajanslarının"),
    ("eighth: an outlet told", "pl", "Premier napisał na portalu, że rozmowy trwają.", "portalu"),
    ("eighth: an outlet told", "en", "Zelensky told the channel's viewers that the war would end.", "the channel"),
    ("eighth: an outlet told", "en", "Putin told state media executives to stay calm.",
     "state media executives to stay calm"),
    ("eighth: an outlet told", "en", "Kovalenko told reporters from several news agencies that the talks were over.",
     "several news agencies"),
    ("eighth: an outlet told", "ru", "Песков сказал журналистам российских СМИ, что даты нет.", "российских СМИ"),
    ("eighth: an outlet told", "en", "Kovalenko told journalists that the corridor would stay shut.", "journalists"),
    ("eighth: an outlet told", "es", "El asesor dijo a los periodistas que el corredor seguirá cerrado.", "los periodistas"),
    ("eighth: an outlet told", "fr", "Le conseiller a déclaré aux journalistes que le corridor resterait fermé.", "journalistes"),
    ("eighth: an outlet told", "it", "Il consigliere ha detto ai giornalisti che il corridoio resterà chiuso.", "giornalisti"),
    ("eighth: an outlet told", "de", "Der Berater sagte den Journalisten, der Korridor bleibe geschlossen.", "den Journalisten"),
    ("eighth: an outlet told", "pl", "Doradca powiedział dziennikarzom, że korytarz pozostanie zamknięty.", "dziennikarzom"),
    ("eighth: an outlet told", "ru", "Советник сказал журналистам, что коридор останется закрытым.", "журналистам"),
    ("eighth: an outlet told", "uk", "Радник сказав журналістам, що коридор залишиться закритим.", "журналістам"),
    ("eighth: an outlet told", "uk", "Тоді дитину передали катарським дипломатам у Москві.", "катарським дипломатам у Москві"),
    ("eighth: names as written", "ru", "Его взгляд на переговоры не изменился.", "взгляд"),
    ("eighth: Turkish close to the talks", "tr", "Kremle yakın yetkililer toplantıya katıldı.", "yetkililer"),
    ("eighth: reporting forms", "de", "Die Minister berichten dem Parlament jeden Monat.", "Minister"),
    ("eighth: correspondent", "tr", "Ukrayna Dışişleri Bakanı, Ukrayna basınına yaptığı açıklamada, anlaşmaya değindi.",
     "Ukrayna basınına"),
    ("eighth: correspondent", "tr", "Bakan, sosyal medya hesabından yaptığı açıklamada, ateşkesi reddetti.", "medya"),
    ("twelfth: outlets", "en", "Germany sent two more IRIS-T launchers to Kyiv last month.", "IRIS"),
    ("twelfth: outlets", "ru", "Вести переговоры Москва будет только на своих условиях, заявил Песков.", "Вести"),
    ("twelfth: people before the outlet they told", "fr",
     "La Russie veut une Ukraine neutre, a confié le ministre Lavrov aux journalistes.", "journalistes"),
    ("twelfth: nationality adjectives", "fr", "L'agence suisse de développement finance le projet.", "agence"),
    ("twelfth: Turkish journalists addressed", "tr",
     "Rusya, Ukrayna'nın çekilmesini talep ediyor, Peskov gazetecilere söyledi.", "Peskov gazetecilere"),
    ("twelfth: people after the outlet they told", "ru",
     "Москва требует нейтралитета Киева, рассказал Песков журналистам в Кремле.", "журналистам в Кремле"),
    ("twelfth: numbers", "ru", "Москва требует нейтралитета Киева, заявил Лавров после встречи трех министров.",
     "трех министров"),
    ("twelfth: cited by", "fr", "Le plan cité par le ministre exige la neutralité de l'Ukraine.", "le ministre"),
    ("twelfth: a channel's platform", "it",
     "Il ministro ha scritto sul canale Telegram del governo che Mosca vuole una Kiev neutrale.", "canale"),
    ("twelfth: a name after its descriptor", "de",
     "Im Interview mit der Zeitung sprach die First Lady über die Rückkehr der Kinder am Abend Le Soir.", "Le Soir"),
    ("twelfth: a name after its descriptor", "fr",
     "Le soir même, la première dame a exigé dans une interview le retour des enfants.", "Le soir"),
]


@pytest.mark.parametrize("kind,lang,text,expected,outlet", MUST,
                         ids=[f"{m[0]}-{m[1]}-{i}" for i, m in enumerate(MUST)])
def test_must_give_the_source(classifier, kind, lang, text, expected, outlet):
    a = analyse(classifier, text, lang)
    assert a.cited_sources == expected
    assert a.cited_outlet == outlet


@pytest.mark.parametrize("kind,lang,text,wrong", MUST_NOT, ids=[f"{m[0]}-{m[1]}-{i}" for i, m in enumerate(MUST_NOT)])
def test_must_not_give_a_wrong_source(classifier, kind, lang, text, wrong):
    found = analyse(classifier, text, lang).cited_sources
    assert wrong not in found
    assert found == []


def test_every_class_has_both_kinds_of_example():
    assert {k for k, *_ in MUST} == {k for k, *_ in MUST_NOT}


def test_a_holders_people_keep_their_party_as_holder(classifier):
    """People of a party that the sentence names nowhere else are a source, and the party may still
    hold: the source takes nothing from the holders."""
    a = analyse(classifier, "Hungarian officials said Budapest rejects the use of the frozen assets.", "en")
    assert a.cited_sources == []  # Budapest holds: its officials speak for it
    b = analyse(classifier, "Turkish officials said Moscow demands a ceasefire at sea first.", "en")
    assert b.cited_sources == ["Turkish officials"]
    assert "RU" in b.holders


def test_a_sites_name_is_whole_with_its_domain(classifier):
    """A site's name that a citing phrase cut at its full stop is taken with its domain ("LB.ua"), never
    the part before the dot; a source phrase is never cut inside an abbreviation ("the U.S.-led")."""
    found = analyse(classifier, "The Kyiv Post, citing LB.ua, said the delegation had landed.", "en").cited_sources
    assert found == ["Kyiv Post", "LB.ua"]
    assert "LB" not in found


# Fourteenth round (branch citeC), from probe sentences written in the nine languages and scored before
# the change, by class: a phrase that keeps its official unnamed ("in condizione di anonimato", "sous
# couvert d'anonymat", "bajo condición de anonimato", "на условиях анонимности") is no part of the source;
# an official's rank ("ranghoher", "wysoki rangą", "високопосадовець"); a descriptor's adjectives before a
# known outlet ("l'emittente statale turca Trt", "die staatliche türkische Nachrichtenagentur Anadolu") are
# the descriptor's, no source of their own; a generic source that an outlet cites in the same phrase
# ("según una fuente diplomática citada por Efe"); people with a participle after "citing" ("tre persone
# informate sui colloqui"); the agency between the slashes of a dateline ("МОСКВА, 3 марта. /ТАСС/.");
# a party's office in the abbreviation before the party's name ("МИД Украины сообщил") and a named
# speaker after the journalists he told ("powiedział dziennikarzom Dmitrij Pieskow") are no source.
MUST_C14 = [
    ("anonymity", "it", "La Russia insiste sulla centrale, ha riferito un alto funzionario ucraino in condizione di anonimato.",
     ["un alto funzionario ucraino"], None),
    ("anonymity", "fr", "La Russie insiste pour garder la centrale, a indiqué un haut responsable ukrainien sous couvert "
     "d'anonymat.", ["un haut responsable ukrainien"], None),
    ("anonymity", "es", "Rusia insiste en quedarse con la central, dijo un alto funcionario ucraniano bajo condición de "
     "anonimato.", ["un alto funcionario ucraniano"], None),
    ("anonymity", "ru", "Россия настаивает на контроле над АЭС, рассказал высокопоставленный украинский чиновник на условиях "
     "анонимности.", ["высокопоставленный украинский чиновник"], None),
    ("rank", "de", "Russland beharrt auf dem Kraftwerk, sagte ein ranghoher ukrainischer Beamter, der anonym bleiben wollte.",
     ["ein ranghoher ukrainischer Beamter"], None),
    ("rank", "pl", "Rosja nalega na kontrolę nad elektrownią, powiedział wysoki rangą ukraiński urzędnik, który zastrzegł "
     "anonimowość.", ["wysoki rangą ukraiński urzędnik"], None),
    ("rank", "uk", "Росія наполягає на контролі над АЕС, розповів високопосадовець, який побажав залишитися неназваним.",
     ["високопосадовець"], None),
    ("descriptor's adjectives", "it", "La Turchia vuole ospitare lo scambio, ha riferito l'emittente statale turca Trt.",
     ["Trt"], "TRT"),
    ("descriptor's adjectives", "fr", "La Turquie veut accueillir l'échange, a indiqué la chaîne publique turque TRT.",
     ["TRT"], "TRT"),
    ("descriptor's adjectives", "pl", "Turcja chce zorganizować wymianę, podała turecka telewizja państwowa TRT.",
     ["TRT"], "TRT"),
    ("descriptor's adjectives", "de", "Die nächste Runde findet in Istanbul statt, meldete die staatliche türkische "
     "Nachrichtenagentur Anadolu.", ["Anadolu"], "Anadolu"),
    ("descriptor's adjectives", "it", "La Polonia sostiene le garanzie, ha detto il ministro all'agenzia polacca Pap.",
     ["Pap"], "PAP"),
    ("cited by the outlet", "es", "Kiev reclama el canje, según una fuente diplomática citada por Efe.",
     ["una fuente diplomática", "Efe"], "EFE"),
    ("cited by the outlet", "it", "Secondo fonti citate dalla Tass, Putin avrebbe chiesto il ritiro dal Donbass.",
     ["fonti", "Tass"], "TASS"),
    ("cited by the outlet", "en", "According to sources quoted by Reuters, Moscow wants a buffer zone.",
     ["sources", "Reuters"], "Reuters"),
    ("people after citing", "it", "Kiev chiede garanzie, riporta Bloomberg citando tre persone informate sui colloqui.",
     ["Bloomberg", "tre persone informate sui colloqui"], "Bloomberg"),
    ("people after citing", "fr", "Kiev exige des garanties, rapporte Bloomberg, citant trois personnes informées des "
     "discussions.", ["Bloomberg", "trois personnes informées des discussions"], "Bloomberg"),
    ("people after citing", "es", "Kiev exige garantías, informa Bloomberg citando a tres personas conocedoras de las "
     "conversaciones.", ["Bloomberg", "tres personas conocedoras de las conversaciones"], "Bloomberg"),
    ("people after citing", "pl", "Kijów żąda gwarancji, podaje Bloomberg, powołując się na trzy osoby zaznajomione z "
     "rozmowami.", ["Bloomberg", "trzy osoby zaznajomione z rozmowami"], "Bloomberg"),
    ("people after citing", "de", "Kiew verlangt Garantien, berichtet Bloomberg unter Berufung auf drei mit den Gesprächen "
     "vertraute Personen.", ["Bloomberg", "drei mit den Gesprächen vertraute Personen"], "Bloomberg"),
    ("people after citing", "en", "A ceasefire could start next week, ANSA reported, quoting diplomatic sources.",
     ["ANSA", "diplomatic sources"], "ANSA"),
    ("slash dateline", "ru", "МОСКВА, 3 марта. /ТАСС/. Россия отвергает европейский план миротворческих сил.",
     ["ТАСС"], "TASS"),
    ("slash dateline", "uk", "КИЇВ, 3 березня /Укрінформ/. Росія відкидає європейський план миротворчих сил.",
     ["Укрінформ"], "Ukrinform"),
    ("forms", "es", "MADRID, 3 Mar. (EUROPA PRESS) - Rusia rechaza el plan europeo de una fuerza de paz.",
     ["EUROPA PRESS"], "Europa Press"),
    ("forms", "es", "Según una encuesta del CIS, la mayoría de los españoles apoya un alto el fuego inmediato.",
     ["CIS"], "CIS (Spain)"),
    ("forms", "tr", "Washington'un enerji ateşkesi için baskı yaptığı diplomatik kaynaklardan öğrenildi.",
     ["diplomatik kaynaklardan"], None),
    ("forms", "tr", "Rus Kommersant gazetesi, Kremlin'deki bir kaynağa dayandırdığı haberinde planın reddedildiğini yazdı.",
     ["Kommersant", "Kremlin'deki bir kaynağa"], "Kommersant"),
    ("party's office", "pl", "Według MSZ Ukrainy, powołującego się na PAP, wymiana się odbyła.", ["PAP"], "PAP"),
]

MUST_NOT_C14 = [
    ("anonymity", "es", "Bajo condición de anonimato, los testigos declararon ante el juez.", "condición de anonimato"),
    ("anonymity", "fr", "Sous couvert d'anonymat, des habitants racontent la guerre.", "couvert d'anonymat"),
    ("rank", "pl", "Wysoki rangą urzędnik odwiedził szpital w Kijowie.", "Wysoki rangą urzędnik"),  # nobody reports
    ("descriptor's adjectives", "fr", "La chaîne publique turque diffuse un documentaire sur la guerre.",
     "La chaîne publique turque"),
    ("cited by the outlet", "es", "Las fuentes de agua citadas por el alcalde se secaron.", "Las fuentes de agua"),
    ("people after citing", "it", "Tre persone informate del ritardo hanno perso il treno.", "Tre persone informate del ritardo"),
    ("slash dateline", "ru", "Россия отвергает план. Фото: Иван Петров/ТАСС", "ТАСС"),  # a picture credit
    ("forms", "es", "Rusia y la CIS firmaron un acuerdo comercial.", "CIS"),  # the Commonwealth, nobody reports
    ("party's office", "ru", "МИД Украины сообщил на своем сайте об обмене телами погибших.", "МИД"),
    ("party's office", "uk", "МЗС України повідомило на своєму сайті про обмін тілами загиблих.", "МЗС"),
    ("party's office", "pl", "Kreml nalega na neutralność Ukrainy, powiedział dziennikarzom Dmitrij Pieskow.",
     "Dmitrij Pieskow"),
]


# The second batch of probes (written after the fixes above, scored before the ones below): Russian outlets
# in the Latin spellings of the other languages ("Komsomolskaïa Pravda", "Komsomolskaja Prawda"); acronyms
# written with one capital in Italian ("Bbc", "Rbc", "Tvn24"); people an outlet asked, before it ("des
# diplomates interrogés par l'AFP", "diplomáticos consultados por Europa Press"); German compounds of
# "Quelle" ("Regierungsquellen"); Turkish numbers and locatives before the noun ("hükümetteki iki kaynağa");
# in Polish, Ukrainian and Russian, the people after the outlet they told ("powiedzieli PAP dwaj europejscy
# dyplomaci", "розповіли «Європейській правді» два дипломати", "рассказали «Ведомостям» два чиновника"),
# no descriptor of it, and a participle in -мый after a comma ("источник, знакомый с ходом переговоров").
MUST_C14 += [
    ("transliteration", "fr", "Moscou rejette toute force, écrit le tabloïd pro-Kremlin Komsomolskaïa Pravda.",
     ["Komsomolskaïa Pravda"], "Komsomolskaya Pravda"),
    ("transliteration", "de", "Moskau lehnt jede Friedenstruppe ab, schreibt das kremlnahe Boulevardblatt Komsomolskaja Prawda.",
     ["Komsomolskaja Prawda"], "Komsomolskaya Pravda"),
    ("one capital", "it", "Intervistato dalla Bbc, il ministro ucraino ha escluso concessioni.", ["Bbc"], "BBC"),
    ("one capital", "it", "L'emittente polacca Tvn24 ha riferito che Varsavia sosterrebbe la missione.", ["Tvn24"], "TVN24"),
    ("asked by the outlet", "fr", "Selon des diplomates interrogés par l'AFP, Washington propose une trêve énergétique.",
     ["des diplomates", "AFP"], "AFP"),
    ("asked by the outlet", "es", "Según diplomáticos consultados por Europa Press, Washington propone una tregua.",
     ["diplomáticos", "Europa Press"], "Europa Press"),
    ("compound", "de", "Russland stellt Bedingungen, berichtet RBK unter Berufung auf zwei Regierungsquellen.",
     ["RBK", "zwei Regierungsquellen"], "RBC"),
    ("compound", "tr", "Rus RBK haber sitesinin hükümetteki iki kaynağa dayandırdığı habere göre Rusya talep edecek.",
     ["RBK", "hükümetteki iki kaynağa"], "RBC"),
    ("people after the outlet told", "pl", "Jak powiedzieli PAP dwaj europejscy dyplomaci, Waszyngton proponuje rozejm.",
     ["PAP", "dwaj europejscy dyplomaci"], "PAP"),
    ("people after the outlet told", "uk", "Як розповіли «Європейській правді» два європейські дипломати, Вашингтон пропонує "
     "перемир'я.", ["Європейській правді", "два європейські дипломати"], "Yevropeiska Pravda"),
    ("people after the outlet told", "ru", "Как рассказали «Ведомостям» два федеральных чиновника, Вашингтон предлагает "
     "перемирие.", ["Ведомостям", "два федеральных чиновника"], "Vedomosti"),
    ("people after the outlet told", "ru", "Киев требует обмена всех пленных, сообщил ТАСС источник, знакомый с ходом "
     "переговоров.", ["ТАСС", "источник, знакомый с ходом переговоров"], "TASS"),
]

MUST_NOT_C14 += [
    ("transliteration", "de", "Die komsomolskaja Jugend marschierte.", "komsomolskaja"),
    ("one capital", "it", "Il gruppo Tvn24x ha chiuso il bilancio in perdita.", "Tvn24"),  # a form is a whole word
    ("asked by the outlet", "fr", "Les habitants interrogés par la police ont quitté la ville.", "Les habitants"),
    ("compound", "de", "Die Wasserquellen im Dorf sind versiegt.", "Wasserquellen"),
    ("people after the outlet told", "pl", "Dwaj ukraińscy urzędnicy powiedzieli, że Kijów odrzuca plan.",
     "Dwaj ukraińscy urzędnicy"),  # Kyiv's officials speak for Kyiv
    ("people after the outlet told", "ru", "Два российских чиновника заявили, что Москва требует нейтралитета Украины.",
     "Два российских чиновника"),
]


# Turkish, last: a phrase that keeps an official unnamed and opens the source ("ismini vermek istemeyen üst
# düzey bir ... yetkili") counts as anonymous though it stands first; people before the outlet they told,
# a reporting word right after its name ("kaynaklar | AA | muhabirine söyledi"), are no descriptor of it.
MUST_C14 += [
    ("turkish anonymous", "tr", "Rusya'nın ısrar ettiğini, ismini vermek istemeyen üst düzey bir Ukraynalı yetkili söyledi.",
     ["ismini vermek istemeyen üst düzey bir Ukraynalı yetkili"], None),
    ("turkish people told", "tr", "Kiev'in takas talep ettiğini müzakerelere yakın kaynaklar AA muhabirine söyledi.",
     ["müzakerelere yakın kaynaklar", "AA"], "Anadolu"),
]
MUST_NOT_C14 += [
    ("turkish anonymous", "tr", "Üst düzey bir Ukraynalı yetkili, Kiev'in planı reddettiğini söyledi.",
     "Üst düzey bir Ukraynalı yetkili"),  # Kyiv's official speaks for Kyiv
    ("turkish people told", "tr", "Müzakerelere yakın kaynaklar hakkında bir kitap çıktı.", "Müzakerelere yakın kaynaklar"),
]


# A known outlet that a citing phrase's end cut is taken whole ("The Anadolu | Agency said", "Politico |
# Europe reported"); an abbreviation's dots do not end a source's phrase ("citing U.S. officials").
MUST_C14 += [
    ("whole form", "en", "The Anadolu Agency said the round would be in Istanbul.", ["Anadolu Agency"], "Anadolu"),
    ("whole form", "en", "The EU wants X, the news site Politico Europe reported.", ["Politico Europe"], "Politico"),
    ("abbreviation", "en", "Russia wants X, the Wall Street Journal said, citing U.S. officials.",
     ["Wall Street Journal", "U.S. officials"], "The Wall Street Journal"),
]
MUST_NOT_C14 += [
    ("whole form", "en", "The Anadolu plateau is dry in summer.", "Anadolu"),  # a context name, nobody reports
    ("abbreviation", "en", "Members of the U.S.-led alliance said the exercise went well.", "Members of the U"),
]


# A generic phrase that a known outlet in the possessive opens begins after it ("Bloomberg'in | konuya yakın
# üç kişiye dayandırdığı habere göre"): the outlet and the people it cites, two sources.
MUST_C14 += [
    ("owner outlet", "tr", "Bloomberg'in konuya yakın üç kişiye dayandırdığı habere göre Ukrayna kabul edecek.",
     ["Bloomberg", "konuya yakın üç kişiye"], "Bloomberg"),
]
MUST_NOT_C14 += [
    ("owner outlet", "tr", "Konuya yakın üç kişi dün akşam yemeğe çıktı.", "Konuya yakın üç kişi"),  # nobody reports
]


# German "im" ends a source's phrase as a time does ("am Montag", "im März"), but not before the office where
# the source sits ("eine Quelle im Kreml", "einer Quelle im Außenministerium").
MUST_C14 += [
    ("office after im", "de", "Moskau will X, schreibt Kommersant unter Berufung auf eine Quelle im Kreml.",
     ["Kommersant", "eine Quelle im Kreml"], "Kommersant"),
]
MUST_NOT_C14 += [
    ("office after im", "de", "Die Quelle im Kreml-Garten ist versiegt.", "Die Quelle im Kreml-Garten"),  # nobody reports
]


@pytest.mark.parametrize("kind,lang,text,expected,outlet", MUST_C14,
                         ids=[f"c14-{m[0]}-{m[1]}-{i}" for i, m in enumerate(MUST_C14)])
def test_c14_must_give_the_source(classifier, kind, lang, text, expected, outlet):
    a = analyse(classifier, text, lang)
    assert a.cited_sources == expected
    assert a.cited_outlet == outlet


@pytest.mark.parametrize("kind,lang,text,wrong", MUST_NOT_C14,
                         ids=[f"c14-{m[0]}-{m[1]}-{i}" for i, m in enumerate(MUST_NOT_C14)])
def test_c14_must_not_give_a_wrong_source(classifier, kind, lang, text, wrong):
    found = analyse(classifier, text, lang).cited_sources
    assert wrong not in found
    assert found == []


def test_c14_every_class_has_both_kinds_of_example():
    assert {k for k, *_ in MUST_C14} == {k for k, *_ in MUST_NOT_C14}


# Round fifteen, from probes written the way wire reports and papers write. A known outlet that a word of the
# language's `topics` makes what the sentence is about ("banned Politico", "заблокировали сайт Deutsche Welle",
# "Deutsche Welle'nin yayınlarını yasakladı") is no source, unless a reporting word of its own stands near.
MUST_C15 = [
    ("topic", "en", "Russia wants a sea truce first, Politico reported after Moscow banned two of its reporters.",
     ["Politico"], "Politico"),
    ("topic", "de", "Moskau will eine Waffenruhe auf See, berichtete die Deutsche Welle, deren Seite gesperrt ist.",
     ["Deutsche Welle"], "Deutsche Welle"),
]
MUST_NOT_C15 = [
    ("topic", "en", "Russia has banned Politico from covering the talks and demands a ceasefire at sea.", "Politico"),
    ("topic", "de", "Russland hat die Deutsche Welle verboten und fordert zugleich die Neutralität der Ukraine.", "Deutsche Welle"),
    ("topic", "es", "Rusia bloqueó el acceso a la web de la BBC y exige la neutralidad de Ucrania.", "BBC"),
    ("topic", "tr", "Rusya, Deutsche Welle'nin yayınlarını yasakladı ve Ukrayna'nın tarafsızlığını talep ediyor.", "Deutsche Welle"),
]


# The people who told an outlet, after it: in the languages with articles but English and Turkish, past the
# outlet's preposition, article and descriptor ("dijo a la agencia AFP | una fuente cercana al Kremlin"); in
# those without articles, unnamed people right after the outlet they told, even of a named party ("рассказал
# РБК | высокопоставленный европейский дипломат", "przekazał portalowi Onet | członek ukraińskiej delegacji").
MUST_C15 += [
    ("told first", "es", "Rusia rechaza la tregua, dijo a la agencia AFP una fuente cercana al Kremlin.",
     ["AFP", "una fuente cercana al Kremlin"], "AFP"),
    ("told first", "es", "Kiev rechaza el plan, confirmó a Europa Press una fuente del Gobierno ucraniano.",
     ["Europa Press", "una fuente del Gobierno ucraniano"], "Europa Press"),
    ("told first", "ru", "Европа требует прекращения огня, рассказал РБК высокопоставленный европейский дипломат.",
     ["РБК", "высокопоставленный европейский дипломат"], "RBC"),
    ("told first", "uk", "Україна вимагає обміну, сказав телеканалу 1+1 член української делегації.",
     ["1+1", "член української делегації"], "1+1"),
    ("told first", "it", "Kiev vuole lo scambio di tutti i prigionieri, ha confidato al Foglio un membro della delegazione ucraina.",
     ["Foglio", "un membro della delegazione ucraina"], "Il Foglio"),
]
MUST_NOT_C15 += [
    ("told first", "ru", "Киев не вступит в союзы, если получит гарантии, заявил член делегации.", "член делегации"),
    ("told first", "it", "Il foglio firmato da un membro della delegazione ucraina è sparito.", "un membro della delegazione ucraina"),
    ("told first", "es", "Kiev rechaza el plan, dijo a la prensa una portavoz del Gobierno ucraniano.", "una portavoz del Gobierno ucraniano"),
]


# Turkish: people who told an outlet before it, with the verb of speaking at the end ("diplomatik kaynaklar | AA
# muhabirine bilgi verdi", "bir Avrupalı diplomat | Sabah'a açıklama yaptı", "Reuters'a konuşan üç kaynak"):
# a number keeps them unnamed; the reporting words konuştu, açıklama yaptı, bilgi verdi, dedi; the phrase ends before the outlet.
MUST_C15 += [
    ("tr told", "tr", "Moskova yaptırımların kaldırılmasını istiyor, diplomatik kaynaklar AA muhabirine bilgi verdi.",
     ["diplomatik kaynaklar", "AA"], "Anadolu"),
    ("tr told", "tr", "Avrupalılar koşulsuz ateşkes istiyor, bir Avrupalı diplomat Sabah'a açıklama yaptı.",
     ["bir Avrupalı diplomat", "Sabah"], "Sabah"),
    ("tr told", "tr", "Moskova ateşkesi silah sevkiyatına bağlıyor, Reuters'a konuşan üç kaynak bunu doğruladı.",
     ["Reuters", "üç kaynak"], "Reuters"),
]
MUST_NOT_C15 += [
    ("tr told", "tr", "Diplomatik kaynaklar hakkında bir kitap yayımlandı.", "Diplomatik kaynaklar"),
]


# A number opening people an outlet cites keeps them unnamed, and is part of their phrase ("citando a dos
# funcionarios estadounidenses", "qui cite trois sources au fait des discussions", "da due fonti ucraine").
MUST_C15 += [
    ("number", "es", "Washington plantea una renuncia a las reparaciones, publicó Axios citando a dos funcionarios estadounidenses.",
     ["Axios", "dos funcionarios estadounidenses"], "Axios"),
    ("number", "fr", "Moscou exige une trêve, selon Reuters, qui cite trois sources au fait des discussions.",
     ["Reuters", "trois sources au fait des discussions"], "Reuters"),
    ("number", "it", "Kiev respinge il piano, secondo quanto appreso da Reuters da due fonti ucraine.",
     ["Reuters", "due fonti ucraine"], "Reuters"),
]
MUST_NOT_C15 += [
    ("number", "es", "Dos funcionarios estadounidenses viajaron a Kiev.", "Dos funcionarios estadounidenses"),
]

# Outlets in the forms real news writes them: "tagesschau" in small letters, "ARD-Tagesthemen", "Rossiya 24" and
# "Pervy Kanal" in Latin letters, "Radio Zet", the telethon «Единые новости».
MUST_C15 += [
    ("forms", "de", "Laut einem Bericht der tagesschau lehnt Kiew jede Gebietsabtretung ab.", ["tagesschau"], "Tagesschau"),
    ("forms", "it", "Mosca chiede una zona cuscinetto, come riportato dall'emittente statale russa Rossiya 24.",
     ["Rossiya 24"], "Rossiya 24"),
    ("forms", "pl", "Moskwa chce zniesienia sankcji, podało w poniedziałek Radio Zet.", ["Radio Zet"], "Radio Zet"),
    ("forms", "ru", "Россия отвергла перемирие, сообщает РИА «Новости».", ["РИА «Новости»"], "RIA Novosti"),
    ("forms", "ru", "Киев отказывается отходить из Донбасса, сообщили в эфире телемарафона «Единые новости».",
     ["Единые новости"], "United News"),
]
MUST_NOT_C15 += [
    ("forms", "ru", "Единые правила обмена новостями согласованы.", "новости"),
]


# Words that keep people unnamed right after their reporting word ("a senior Ukrainian official said | on
# condition of anonymity"); an official who only said something speaks for the party.
MUST_C15 += [
    ("anonymity after", "en", "Kyiv has proposed a full exchange, a senior Ukrainian official said on condition of anonymity.",
     ["a senior Ukrainian official"], None),
]
MUST_NOT_C15 += [
    ("anonymity after", "en", "Kyiv has proposed a full exchange, a senior Ukrainian official said on Monday.",
     "a senior Ukrainian official"),
]


# Words that keep people unnamed between the reporting word and the inverted subject ("сказал | на условиях
# анонимности | европейский дипломат", "powiedział | anonimowo | europejski dyplomata"), not swallowed as its
# modifiers; a number keeps French officials an outlet cites unnamed ("citant deux responsables ukrainiens").
MUST_C15 += [
    ("anonymity between", "ru", "ЕС настаивает на использовании активов, сказал на условиях анонимности европейский дипломат.",
     ["европейский дипломат"], None),
    ("anonymity between", "pl", "UE nalega na wykorzystanie aktywów, powiedział anonimowo europejski dyplomata.",
     ["europejski dyplomata"], None),
    ("anonymity between", "fr", "Kiev réclame un échange, rapporte l'agence Reuters, citant deux responsables ukrainiens.",
     ["Reuters", "deux responsables ukrainiens"], "Reuters"),
]
MUST_NOT_C15 += [
    ("anonymity between", "ru", "ЕС настаивает на использовании активов, сказал европейский дипломат Каллас.", "европейский дипломат"),
]

# A person's name right after the known outlet a speaker spoke on is the speaker ("заявил в эфире «Первого канала» |
# Сергей Лавров"); a Turkish press conference is where a minister spoke ("basın toplantısında söyledi").
MUST_C15 += [
    ("speaker after outlet", "ru", "Россия отвергает миротворцев, заявил в эфире «Первого канала» Сергей Лавров.",
     ["Первого канала"], "Channel One Russia"),
]
MUST_NOT_C15 += [
    ("speaker after outlet", "tr", "Ukrayna ordusunu küçültmeyi reddediyor, Ukrayna Dışişleri Bakanı basın toplantısında söyledi.",
     "Ukrayna Dışişleri Bakanı basın"),
]


# People an outlet cites before it, still unnamed where their party is named ("stando a fonti vicine al Cremlino |
# sentite dall'Ansa"); a Russian participle after a comma ("два источника, близких к Кремлю"); a source before the
# agency it told, the agency's noun no adjective of a descriptor ("сказал источник | агентству Интерфакс"); the
# Polish locative "Gazecie Wyborczej".
MUST_C15 += [
    ("people before outlet", "it", "La Russia esige una tregua, stando a fonti vicine al Cremlino sentite dall'Ansa.",
     ["fonti vicine al Cremlino", "Ansa"], "ANSA"),
    ("people before outlet", "ru", "Россия отвергла перемирие, рассказали «Ведомостям» два источника, близких к Кремлю.",
     ["Ведомостям", "два источника, близких к Кремлю"], "Vedomosti"),
    ("people before outlet", "ru", "Россия настаивает на признании Крыма, сказал источник агентству Интерфакс.",
     ["источник", "Интерфакс"], "Interfax"),
    ("people before outlet", "pl", "Moskwa żąda rozejmu, powiedziały \"Gazecie Wyborczej\" dwa źródła zbliżone do rozmów.",
     ["Gazecie Wyborczej", "dwa źródła zbliżone do rozmów"], "Gazeta Wyborcza"),
]
MUST_NOT_C15 += [
    ("people before outlet", "it", "La Russia esige una tregua, ha detto Peskov, vicino al Cremlino.", "Peskov"),
]


# An outlet's noun right after a known outlet is its descriptor, and the people the outlet cites begin after it
# ("Interfax | ajansının | diplomatik bir kaynağa dayandırdığı habere göre"); "diplomatik" is an adjective there.
MUST_C15 += [
    ("descriptor then people", "tr", "Rusya tampon bölge istiyor, Interfax ajansının diplomatik bir kaynağa dayandırdığı habere göre.",
     ["Interfax", "diplomatik bir kaynağa"], "Interfax"),
]
MUST_NOT_C15 += [
    ("descriptor then people", "tr", "Haber ajansının diplomatik bir kaynağı yok.", "diplomatik bir kaynağı"),
]


# English people in the forms wire copy gives them: kept unnamed after whom they told ("told reporters on
# condition of anonymity"), "one of the people involved in the talks", "citing two officials"; an Italian
# source of a body in capitals ("una fonte Ue"); the Polish "jak wynika z doniesień".
MUST_C15 += [
    ("wire people", "en", "The EU wants a 30-day truce, a senior EU official told reporters on condition of anonymity.",
     ["a senior EU official"], None),
    ("wire people", "en", "Kyiv wants all civilians freed, one of the people involved in the talks told The Guardian.",
     ["one of the people involved in the talks", "The Guardian"], "The Guardian"),
    ("wire people", "en", "Washington offers guarantees short of NATO membership, CBS News reported, citing two officials.",
     ["CBS News", "two officials"], "CBS"),
    ("wire people", "it", "L'Europa vuole usare i beni congelati, ha spiegato una fonte Ue all'ANSA.", ["una fonte Ue", "ANSA"], "ANSA"),
    ("wire people", "pl", "Rosja domaga się uznania Krymu, jak wynika z doniesień rosyjskich mediów.",
     ["doniesień rosyjskich mediów"], None),
]
MUST_NOT_C15 += [
    ("wire people", "en", "The EU wants a 30-day truce, a senior EU official told reporters on Monday.", "a senior EU official"),
    ("wire people", "pl", "Rosja domaga się uznania Krymu, jak wynika z dokumentu.", "dokumentu"),
]


# Four words of a phrase before its noun, for the Turkish "üst düzey bir Rus diplomat".
MUST_C15 += [
    ("four before", "tr", "Rusya Avrupa askeri istemiyor, üst düzey bir Rus diplomat Reuters'a konuştu.",
     ["üst düzey bir Rus diplomat", "Reuters"], "Reuters"),
]
MUST_NOT_C15 += [
    ("four before", "tr", "Üst düzey bir Rus diplomat Ankara'ya geldi.", "Üst düzey bir Rus diplomat"),
]


# A generic noun after a preposition of place inside a citing phrase is where a document was published, no
# source ("selon un communiqué publié sur | le site du Kremlin"); people "in" a place still are ("sources in the Kremlin").
MUST_C15 += [
    ("published on", "en", "Moscow wants a truce at sea, according to sources in the Kremlin.", ["sources in the Kremlin"], None),
]
MUST_NOT_C15 += [
    ("published on", "fr", "Moscou accepte un moratoire, selon un communiqué publié sur le site du Kremlin.", "le site du Kremlin"),
]


# German: the outlet a named speaker told, in the dative after the speaker's name ("sagte Selenskyj | der „Welt am
# Sonntag“", "sagte Außenminister Sybiha | dem Deutschlandfunk"), names that need a citing word of their own.
MUST_C15 += [
    ("told after name", "de", "Die Ukraine fordert Sicherheitsgarantien, sagte Selenskyj der \"Welt am Sonntag\".",
     ["Welt am Sonntag"], "Die Welt"),
    ("told after name", "de", "Kiew lehnt einen Rückzug ab, sagte Außenminister Sybiha dem Deutschlandfunk.",
     ["Deutschlandfunk"], "Deutschlandfunk"),
]
MUST_NOT_C15 += [
    ("told after name", "de", "Kiew lehnt einen Rückzug ab, sagte Selenskyj der Welt, die zuhörte.", "Welt"),
]


@pytest.mark.parametrize("kind,lang,text,expected,outlet", MUST_C15,
                         ids=[f"c15-{m[0]}-{m[1]}-{i}" for i, m in enumerate(MUST_C15)])
def test_c15_must_give_the_source(classifier, kind, lang, text, expected, outlet):
    a = analyse(classifier, text, lang)
    assert a.cited_sources == expected
    assert a.cited_outlet == outlet


@pytest.mark.parametrize("kind,lang,text,wrong", MUST_NOT_C15,
                         ids=[f"c15-{m[0]}-{m[1]}-{i}" for i, m in enumerate(MUST_NOT_C15)])
def test_c15_must_not_give_a_wrong_source(classifier, kind, lang, text, wrong):
    found = analyse(classifier, text, lang).cited_sources
    assert wrong not in found
    assert found == []


def test_c15_every_class_has_both_kinds_of_example():
    assert {k for k, *_ in MUST_C15} == {k for k, *_ in MUST_NOT_C15}


# --- 'передача' is a TV programme only after 'в', 'во', 'в эфире' or a presenter ('в эфире передачи «Вести
# недели»'); elsewhere it is a handover ('требование о передаче Запорожской области'), and the words after it
# are no outlet's name: every such sentence had the region as its cited source

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "В Москве отвергают требование Киева о передаче Запорожской области.", []),
    ("ru", "Киев отверг требование о передаче Херсонской области, сообщило агентство Интерфакс.", ["Интерфакс"]),
    ("ru", "Россия настаивает на нейтралитете Украины, заявил Песков в эфире передачи «Вести недели».", ["Вести недели"]),
])
def test_a_handover_is_no_programme(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- round 19 (p19D): an English "The" of an outlet's own name before a known outlet, in a sentence of another
# language where "The" is no article of the language, belongs to the name as written ("Как пишет The Financial
# Times"); in English the lower-case article stays out, and a capital opening the sentence too

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Как пишет The Financial Times, Брюссель хочет направить замороженные активы Киеву.", ["The Financial Times"]),
    ("de", "Laut The Financial Times will Brüssel die eingefrorenen Vermögenswerte nutzen.", ["The Financial Times"]),
    ("pl", "Jak podaje The Financial Times, Bruksela chce przekazać Ukrainie zamrożone aktywa.", ["The Financial Times"]),
    ("fr", "Selon The Financial Times, Bruxelles veut utiliser les avoirs gelés.", ["The Financial Times"]),
    ("en", "According to the Financial Times, Brussels wants to use the frozen assets.", ["Financial Times"]),
    ("en", "The Financial Times reported that Brussels wants to use the frozen assets.", ["Financial Times"]),
    ("ru", "По данным Financial Times, Киев готов обсуждать прекращение огня.", ["Financial Times"]),
])
def test_r19_an_outlets_own_the_in_another_language(classifier, lang, text, expected):
    a = analyse(classifier, text, lang)
    assert a.cited_sources == expected
    assert a.cited_outlet == "Financial Times"


# --- round 19 (p19D): a member of a delegation or team and a negotiator are officials, in French, Spanish and
# German: a source after their reporting word only where a word keeps them anonymous ("a déploré un membre de la
# délégation sous couvert d'anonymat", "sagte ein Unterhändler, der anonym bleiben wollte"); named, or without such
# a word, the party speaks

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Kiev n'acceptera aucun gel du front, a regretté un membre de l'équipe ukrainienne ayant requis l'anonymat.",
     ["un membre de l'équipe ukrainienne"]),
    ("fr", "Moscou exige la neutralité de l'Ukraine, a confié un négociateur russe ayant requis l'anonymat.", ["un négociateur russe"]),
    ("fr", "Moscou réclame le retrait ukrainien, a expliqué à l'AFP un membre de l'équipe de négociation russe sous couvert d'anonymat.",
     ["AFP", "un membre de l'équipe de négociation russe"]),
    ("es", "Moscú exige la retirada ucraniana de Donetsk, afirmó un miembro de la delegación rusa que pidió el anonimato.",
     ["un miembro de la delegación rusa"]),
    ("es", "Moscú insiste en la neutralidad de Ucrania, explicó un negociador ucraniano que habló bajo condición de anonimato.",
     ["un negociador ucraniano"]),
    ("de", "Moskau fordert den Abzug aus dem Donbass, sagte ein Mitglied der ukrainischen Delegation, das anonym bleiben wollte.",
     ["ein Mitglied der ukrainischen Delegation"]),
    ("de", "Moskau besteht auf der Neutralität der Ukraine, sagte ein Unterhändler, der anonym bleiben wollte.", ["ein Unterhändler"]),
    # must not: named, or nothing keeps them anonymous
    ("fr", "Kiev refuse de céder le Donbass, a affirmé Roustem Oumerov, chef de la délégation ukrainienne.", []),
    ("fr", "Kiev refuse de céder le Donbass, a affirmé un membre de la délégation ukrainienne lundi.", []),
    ("fr", "Kiev n'acceptera aucun gel du front, a déploré la délégation ukrainienne.", []),
    ("es", "Moscú exige la retirada ucraniana de Donetsk, afirmó un miembro de la delegación rusa.", []),
    ("de", "Moskau besteht auf der Neutralität der Ukraine, sagte ein Mitglied der russischen Delegation.", []),
])
def test_r19_anonymous_members_and_negotiators(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- round 19 (p19D): Turkish, people "close to" a party ("Kremlin'e yakın bir kaynak") stay unnamed, a source even
# where the party is named; right before the outlet they told, in the dative ("Kommersant gazetesine", "CNN'e"), they
# are a source of their own and no descriptor of it; a named speaker or a party that told the outlet is none

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Beyaz Saray'a yakın bir kaynak CNN'e, Washington'un Kiev'den toprak tavizi istemediğini söyledi.",
     ["Beyaz Saray'a yakın bir kaynak", "CNN"]),
    ("tr", "Kremlin'e yakın bir kaynak Kommersant'a, Moskova'nın tazminat taleplerinden vazgeçmesini önerdiğini söyledi.",
     ["Kremlin'e yakın bir kaynak", "Kommersant"]),
    ("tr", "Müzakerelere yakın bir kaynak Kommersant gazetesine, Moskova'nın tazminat taleplerinden vazgeçtiğini söyledi.",
     ["Müzakerelere yakın bir kaynak", "Kommersant"]),
    ("tr", "Kremlin'e yakın bir kaynak, Moskova'nın tazminat taleplerinden vazgeçmesini önerdiğini söyledi.",
     ["Kremlin'e yakın bir kaynak"]),
    # must not: the outlet's descriptor, a named speaker, the party itself
    ("tr", "Rus haber ajansı RIA Novosti'ye göre Moskova, ateşkes teklifini reddetti.", ["RIA Novosti"]),
    ("tr", "Kremlin Sözcüsü Dmitriy Peskov Kommersant gazetesine, Moskova'nın tazminat taleplerinden vazgeçmediğini söyledi.",
     ["Kommersant"]),
    ("tr", "Kremlin Kommersant gazetesine, Moskova'nın tazminat taleplerinden vazgeçmediğini söyledi.", ["Kommersant"]),
])
def test_r19_turkish_close_to_and_the_outlet_told(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- round 19 (p19D): Turkish, the people who spoke to an outlet ("Habertürk'e konuşan | Ukraynalı bir diplomat"):
# "bir" among the first words of the people after it keeps them unnamed where the outlet is named: a source beside it;
# a title before a person's name, a named speaker, or an official
# with no outlet in the sentence are none

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Reuters'a konuşan Rus bir yetkili, Moskova'nın ateşkes için yaptırımların kaldırılmasını şart koştuğunu belirtti.",
     ["Reuters", "Rus bir yetkili"]),
    ("tr", "NTV'ye konuşan Türk bir diplomat, esir takasının hafta sonu yapılacağını açıkladı.", ["NTV", "Türk bir diplomat"]),
    ("tr", "CNN'e konuşan üst düzey bir Ukraynalı yetkili, Kiev'in toprak tavizi vermeyeceğini söyledi.",
     ["CNN", "üst düzey bir Ukraynalı yetkili"]),
    # must not
    ("tr", "CNN'e konuşan Zelenskiy, Kiev'in toprak tavizi vermeyeceğini söyledi.", ["CNN"]),
    ("tr", "Reuters'a konuşan Ukraynalı diplomat Andriy Sybiha, Kiev'in toprak tavizi vermeyeceğini söyledi.", ["Reuters"]),
    ("tr", "Reuters'a konuşan Ukrayna Dışişleri Bakanı Andriy Sybiha, Kiev'in toprak tavizi vermeyeceğini söyledi.", ["Reuters"]),
    ("tr", "ABD'li bir yetkili, Washington'ın güvenlik garantileri sunmaya hazır olduğunu söyledi.", []),
])
def test_r19_turkish_people_who_spoke_to_an_outlet(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- round 19 (p19D): Spanish words that report a judgement ("calificó de", "tachó de", "describió"): an official
# kept anonymous before one is a source ("un alto funcionario ruso que pidió el anonimato calificó de ..."); a named
# minister, or an official nothing keeps anonymous, speaks for the party

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "En una entrevista con la agencia Efe, un alto funcionario ruso que pidió el anonimato calificó de imprescindible "
           "la neutralidad de Ucrania.", ["Efe", "un alto funcionario ruso"]),
    ("es", "Un diplomático europeo que pidió el anonimato tachó de irrealista la exigencia rusa.", ["Un diplomático europeo"]),
    # must not
    ("es", "El ministro ruso de Exteriores, Serguéi Lavrov, calificó de inaceptable la presencia de tropas europeas.", []),
    ("es", "Un alto funcionario ruso calificó de inaceptable la presencia de tropas europeas en Ucrania.", []),
])
def test_r19_spanish_words_that_report_a_judgement(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- round 19 (p19D): people that a known outlet cites right after their phrase, the outlet's words that cite between
# ("Fuentes del Gobierno ucraniano | citadas por la | CNN aseguran"), are a source of their own beside the outlet,
# outside any citing phrase too, their phrase cut before the citing words; a named person the outlet cites, or a
# party's people named elsewhere, are none

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Fuentes cercanas a la negociación citadas por la agencia Efe aseguran que Moscú exige la neutralidad.",
     ["Fuentes cercanas a la negociación", "Efe"]),
    ("es", "Fuentes del Ministerio de Defensa ruso citadas por Interfax afirman que Moscú exige la retirada de Zaporiyia.",
     ["Fuentes del Ministerio de Defensa ruso", "Interfax"]),
    ("es", "Fuentes diplomáticas citadas por Efe aseguran que Moscú rechaza la tregua.", ["Fuentes diplomáticas", "Efe"]),
    ("it", "Fonti diplomatiche citate dall'Ansa affermano che Mosca chiede il ritiro ucraino dal Donbass.",
     ["Fonti diplomatiche", "Ansa"]),
    ("fr", "Des sources diplomatiques citées par l'AFP affirment que Moscou exige le retrait ukrainien.",
     ["Des sources diplomatiques", "AFP"]),
    # must not
    ("es", "Lavrov, citado por la agencia TASS, aseguró que Moscú exige la neutralidad de Ucrania.", ["TASS"]),
    ("en", "Ukrainian diplomats quoted by Reuters said Kyiv rejects any ceasefire without guarantees.", ["Reuters"]),
])
def test_r19_people_an_outlet_cites_after_their_phrase(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- round 19 (p19D): Turkish "close to" with a word in the dative and "bir" before the noun ("Rus hükümetine yakın
# bir yetkili"): one phrase, whole, not cut after the party's name; the party's own people with no "yakın" still speak

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Rus hükümetine yakın bir yetkili Interfax ajansına, Moskova'nın ateşkesi reddettiğini söyledi.",
     ["Rus hükümetine yakın bir yetkili", "Interfax"]),
    ("tr", "Ukrayna yönetimine yakın bir kaynak Kyiv Independent'a, Kiev'in toprak vermeyeceğini söyledi.",
     ["Ukrayna yönetimine yakın bir kaynak", "Kyiv Independent"]),
    # must not
    ("tr", "Rus hükümetinin bir yetkilisi, Moskova'nın ateşkesi reddettiğini söyledi.", []),
])
def test_r19_turkish_close_to_a_dative_with_bir(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# the party such a source is close to may still hold: its name before "yakın" stays free for the positions
def test_r19_turkish_close_to_leaves_the_party_free(classifier):
    text = "Rus hükümetine yakın bir kaynak Interfax ajansına, 30 günlük koşulsuz ateşkesi kabul etmeyeceklerini söyledi."
    a = analyse(classifier, text, "tr")
    assert a.cited_sources == ["Rus hükümetine yakın bir kaynak", "Interfax"]
    assert any("RU" in m.codes for m in a.mentions)


# --- round 19 (p19D): Turkish, an outlet in the genitive before its own sources and a reporting word right after them
# ("Anadolu Ajansı'nın | Rus kaynaklarından | öğrendiği bilgiye göre"): two sources, the outlet (also one that is a
# common word, `context: true`) and its sources, never run together; a place in another case is no outlet

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "AA'nın Ukraynalı kaynaklardan aldığı bilgiye göre esir takası cumartesi yapılacak.", ["AA", "Ukraynalı kaynaklardan"]),
    ("tr", "Anadolu Ajansı'nın Rus kaynaklarından öğrendiği bilgiye göre Moskova tampon bölge istiyor.",
     ["Anadolu Ajansı", "Rus kaynaklarından"]),
    ("tr", "Sputnik'in Rus kaynaklarından edindiği bilgiye göre Moskova tampon bölge istiyor.", ["Sputnik", "Rus kaynaklarından"]),
    # must not run together, nor take the outlet's own report for its sources
    ("tr", "Anadolu Ajansı'nın haberine göre heyetler İstanbul'da buluşacak.", ["Anadolu Ajansı"]),
    ("tr", "Anadolu Ajansı'nın edindiği bilgiye göre heyetler İstanbul'da buluşacak.", ["Anadolu Ajansı"]),
])
def test_r19_turkish_an_outlet_and_its_own_sources(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- round 20 (p20D): an outlet's relative clause that cites ("qui cite", "which cited", "che cita", "que cita",
# "der sich auf ... beruft") opens a citing phrase as "citing" does: who the outlet cites is a source of its own;
# a person or a document there is no source

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Selon Politico, qui cite des responsables européens, Washington propose un cessez-le-feu de 30 jours.",
     ["Politico", "des responsables européens"]),
    ("en", "According to Politico, which cited European officials, Washington has proposed a 30-day ceasefire.",
     ["Politico", "European officials"]),
    ("it", "Secondo Repubblica, che cita fonti diplomatiche, Mosca chiederebbe il ritiro delle truppe ucraine.",
     ["Repubblica", "fonti diplomatiche"]),
    ("es", "Según El País, que cita fuentes diplomáticas, Moscú exige la retirada de las tropas ucranianas.",
     ["El País", "fuentes diplomáticas"]),
    ("de", "Laut Spiegel, der sich auf Diplomatenkreise beruft, verlangt Moskau eine Pufferzone entlang der Grenze.",
     ["Spiegel", "Diplomatenkreise"]),
    ("de", "Laut Reuters, das sich auf mit der Sache vertraute Quellen beruft, fordert Moskau eine Pufferzone.",
     ["Reuters", "mit der Sache vertraute Quellen"]),
    # must not: a named spokesman, a document
    ("fr", "Selon l'AFP, qui cite Dmitri Peskov, le Kremlin rejette le cessez-le-feu.", ["AFP"]),
    ("fr", "Selon Le Figaro, qui cite le mémorandum russe, Moscou exige le retrait des troupes ukrainiennes.", ["Le Figaro"]),
    ("es", "Según Efe, que cita al portavoz del Kremlin, Moscú rechaza la tregua.", ["Efe"]),
    ("en", "According to Reuters, which has seen the draft memorandum, Moscow demands the withdrawal of Ukrainian troops.",
     ["Reuters"]),
])
def test_r20_p20D_an_outlets_relative_clause_that_cites(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- round 20 (p20D): German "Wie X unter Berufung auf ... berichtete": the outlet's phrase ends before "unter
# Berufung auf", whose people keep their participle and its complement ("mit den Verhandlungen vertraute Personen"),
# never cut to the noun; a document after it is no source

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Wie das Handelsblatt unter Berufung auf mit den Verhandlungen vertraute Personen meldete, verlangt Moskau "
           "den Abzug der ukrainischen Truppen aus Cherson.", ["Handelsblatt", "mit den Verhandlungen vertraute Personen"]),
    ("de", "Wie Bloomberg unter Berufung auf in die Verhandlungen eingeweihte Kreise berichtet, fordert Moskau die "
           "Neutralität der Ukraine.", ["Bloomberg", "in die Verhandlungen eingeweihte Kreise"]),
    ("de", "Wie Reuters unter Berufung auf zwei Diplomaten berichtete, lehnt Moskau die Waffenruhe ab.",
     ["Reuters", "zwei Diplomaten"]),
    # must not: a document
    ("de", "Wie der Spiegel unter Berufung auf den Entwurf berichtete, fordert Moskau den Abzug aus Donezk.", ["Spiegel"]),
])
def test_r20_p20D_german_unter_berufung_auf_inside_wie(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- round 20 (p20D): statements and comments "for the press" ("заявлений для прессы", "заяв для преси", "oświadczeń
# dla mediów", "statements to the press") are whom the speakers addressed, no source; the press that reports still is

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Делегации разъехались без комментариев для прессы, сообщает ТАСС.", ["ТАСС"]),
    ("ru", "Мединский сделал заявление для прессы после переговоров, передает ТАСС.", ["ТАСС"]),
    ("uk", "Делегації не зробили заяв для преси, повідомляє Укрінформ.", ["Укрінформ"]),
    ("pl", "Minister odmówił komentarza dla mediów, podało RMF FM.", ["RMF FM"]),
    ("en", "The delegations made no statements to the press, Reuters reported.", ["Reuters"]),
    # must still give the media that report
    ("ru", "Москва требует нейтралитета Украины, сообщают российские СМИ.", ["российские СМИ"]),
    ("en", "The delegations made no statements, Ukrainian media reported.", ["Ukrainian media"]),
])
def test_r20_p20D_statements_for_the_press_are_an_audience(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- round 20 (p20D): a name right after a noun of a state's own services (`bodies` of outlets.yml: military
# intelligence, a security service, the general staff), an adjective or two between, is the party's office that
# speaks ("der ukrainische Militärgeheimdienst HUR meldete"), no source, nor is its noun; outlets still cite

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ukraine's military intelligence agency HUR said a drone struck an oil depot in the Bryansk region.", []),
    ("en", "Russia's Foreign Intelligence Service SVR said Western states were preparing a provocation.", []),
    ("fr", "Le renseignement militaire ukrainien HUR a rapporté une frappe de drones sur un dépôt près de Briansk.", []),
    ("es", "La inteligencia militar ucraniana HUR informó de un ataque con drones contra un depósito en Briansk.", []),
    ("de", "Der russische Inlandsgeheimdienst FSB meldete die Festnahme eines Saboteurs.", []),
    ("ru", "Украинская военная разведка ГУР сообщила об ударе дронов по нефтебазе в Брянской области.", []),
    ("pl", "Ukraiński wywiad wojskowy HUR poinformował o ataku dronów na rafinerię.", []),
    # must still cite outlets and their descriptors
    ("de", "Die staatliche türkische Nachrichtenagentur Anadolu meldete ein neues Treffen in Istanbul.", ["Anadolu"]),
    ("en", "The Telegram channel Frontline Notes reported that Moscow demands a buffer zone.", ["Frontline Notes"]),
    ("en", "Ukraine's military intelligence said a drone struck an oil depot, the Kyiv Independent reported.",
     ["Kyiv Independent"]),
])
def test_r20_p20D_a_states_service_is_no_source(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- round 20 (p20D): German people before their noun with a participle whose complement names a document ("unter
# Berufung auf | mit dem Plan vertraute Personen"): the phrase is a source, whole, not a document's frame cut to
# "Personen"; a document alone after the citing words is still no source

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Wie Bloomberg unter Berufung auf in die Pläne eingeweihte Personen berichtet, fordert Moskau die Neutralität "
           "der Ukraine.", ["Bloomberg", "in die Pläne eingeweihte Personen"]),
    ("de", "Das Handelsblatt berichtete unter Berufung auf mit dem Plan vertraute Personen, Moskau verlange den Abzug "
           "aus Cherson.", ["Handelsblatt", "mit dem Plan vertraute Personen"]),
    ("de", "Laut mit dem Entwurf vertrauten Diplomaten verlangt Moskau den Abzug aus Cherson.",
     ["mit dem Entwurf vertrauten Diplomaten"]),
    # must not: the document itself
    ("de", "Reuters berichtete unter Berufung auf den Entwurf des Abkommens, Moskau fordere den Abzug aus Donezk.",
     ["Reuters"]),
    ("de", "Laut dem Plan der Quellen fordert Moskau den Abzug.", []),
])
def test_r20_p20D_german_participle_with_a_document_before_the_people(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- round 20 (p20D): German, a quoted name joined by a hyphen to its descriptor ("die „Bild“-Zeitung", "das
# „Spiegel“-Magazin") is the outlet alone, the descriptor no second source, also inside "Wie ..."; a phrase ends
# before "unter Berufung auf" (never "Zeitung unter Berufung auf Regierungskreise"); a number before people with a
# participle ("zwei mit dem Plan vertraute Quellen") keeps them whole

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Wie die „Bild“-Zeitung unter Berufung auf Regierungskreise berichtet, will sich Berlin nicht an einer "
           "Friedenstruppe beteiligen.", ["Bild", "Regierungskreise"]),
    ("de", "Die „Bild“-Zeitung berichtet unter Berufung auf Regierungskreise, Berlin wolle sich nicht beteiligen.",
     ["Bild", "Regierungskreise"]),
    ("de", "Das „Spiegel“-Magazin meldete, Moskau fordere eine Pufferzone.", ["Spiegel"]),
    ("de", "Wie das „Handelsblatt“ unter Berufung auf Regierungskreise berichtet, will sich Berlin nicht beteiligen.",
     ["Handelsblatt", "Regierungskreise"]),
    ("de", "Moskau sei zu einem Gefangenenaustausch bereit, berichtete das Portal Axios unter Berufung auf zwei mit "
           "dem Plan vertraute Quellen.", ["Axios", "zwei mit dem Plan vertraute Quellen"]),
    # must not: a name with its descriptor joined as written stays one
    ("de", "Wie die Bild-Zeitung unter Berufung auf Regierungskreise berichtet, will sich Berlin nicht beteiligen.",
     ["Bild-Zeitung", "Regierungskreise"]),
])
def test_r20_p20D_german_quoted_name_with_its_descriptor(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: an international body quoted for facts by its full national name (the atomic agency, the UN human rights
# office) or a channel by its hyphenated name ("Rossiya-24", "RBK-Ukrayna") is a known outlet; in Polish, "wynika z
# raportu" ("follows from the report of") is the body's own reporting word

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "La planta de Zaporiyia perdió de nuevo la conexión a la red, informó el Organismo Internacional de Energía "
           "Atómica.", ["Organismo Internacional de Energía Atómica"]),
    ("fr", "La centrale de Zaporijjia a de nouveau perdu son alimentation, selon l'Agence internationale de l'énergie "
           "atomique.", ["Agence internationale de l'énergie atomique"]),
    ("pl", "Moskwa nadal więzi setki ukraińskich dziennikarzy – wynika z raportu Biura Wysokiego Komisarza ONZ ds. Praw "
           "Człowieka.", ["Biura Wysokiego Komisarza ONZ ds. Praw Człowieka"]),
    ("en", "Russia still holds thousands of Ukrainian civilians, according to the UN human rights office.",
     ["UN human rights office"]),
    ("en", "Kyiv is ready to swap all prisoners, the deputy minister told the Rossiya-24 channel.", ["Rossiya-24"]),
    ("tr", "RBK-Ukrayna'ya konuşan bir kaynak, Kiev'in esir takasına hazır olduğunu söyledi.",
     ["RBK-Ukrayna", "bir kaynak"]),
    # must not: the body as a party's subject with no reporting word of its own, a document's findings
    ("es", "Rusia rechazó la misión del Organismo Internacional de Energía Atómica en la central.", []),
    ("pl", "Z porozumienia wynika, że Rosja wymieni jeńców.", []),
])
def test_r21D_bodies_by_full_name_and_hyphenated_channels(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: English, a number opening the people an outlet cites ("citing two US officials") keeps them unnamed,
# a source even where their party is named in the sentence, as "a US official" already was (the other eight
# languages listed their numbers)

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The US envoy believes Moscow would accept a freeze, Axios reported, citing two US officials.",
     ["Axios", "two US officials"]),
    ("en", "Washington expects a reply from Moscow within days, Politico reported, citing three American diplomats.",
     ["Politico", "three American diplomats"]),
    ("en", "Kyiv will not give up Donbas, Ukrainian negotiators insist, the Financial Times reported, citing several "
           "Ukrainian officials.", ["Financial Times", "several Ukrainian officials"]),
    # must not: the party's own people who speak for it, with no outlet citing them
    ("en", "Ukrainian officials said Kyiv rejects any deal on Donbas.", []),
])
def test_r21D_english_number_before_cited_people(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: Turkish, an outlet the lexicon marks as also a common word ("Anadolu", "AA") is cited by the words that
# follow its case ending ("Anadolu Ajansı'na konuşan", "AA'ya açıklama yapan"): the outlet a speaker told

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Anadolu Ajansı'na konuşan bir kaynak, Kiev'in esir takasına hazır olduğunu söyledi.",
     ["Anadolu Ajansı", "bir kaynak"]),
    ("tr", "AA'ya konuşan Ukraynalı bir diplomat, Kiev'in ateşkes istediğini belirtti.",
     ["AA", "Ukraynalı bir diplomat"]),
    ("tr", "Anadolu Ajansı'na açıklama yapan bir Türk yetkili, görüşmelerin İstanbul'da süreceğini söyledi.",
     ["Anadolu Ajansı", "bir Türk yetkili"]),
    # must not: the region Anadolu with no word that cites it
    ("tr", "Anadolu'daki çiftçiler tahıl koridorunun yeniden açılmasını bekliyor.", []),
])
def test_r21D_turkish_common_word_outlet_told(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: Turkish, reporting verbs the list lacked ("ileri sürdü", "öne sürüyor", the past perfect "söylemişti"):
# the people who told an outlet are a source where the sentence ends on one of them

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Reuters'a konuşan bir Rus yetkili, Ukrayna ordusunun sınırlandırılmasının pazarlık konusu olmadığını "
           "ileri sürdü.", ["Reuters", "bir Rus yetkili"]),
    ("tr", "Sputnik'e konuşan bir yetkili, Moskova'nın toprak talebinden vazgeçmeyeceğini öne sürüyor.",
     ["Sputnik", "bir yetkili"]),
    ("tr", "CNN'e konuşan iki diplomat, Kiev'in ateşkes önerisini kabul ettiğini söylemişti.",
     ["CNN", "iki diplomat"]),
    # must not: a named speaker who makes a claim
    ("tr", "Peskov, Ukrayna'nın tarafsız kalması gerektiğini ileri sürdü.", []),
])
def test_r21D_turkish_more_reporting_verbs(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: Turkish, a generic source in the nominative that opens its clause ("..., ancak | diplomatik kaynaklar
# ...") is the subject of the reporting word that ends the sentence, with no comma after it (the verb comes last)

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Görüşmelerin yeri henüz açıklanmadı, ancak diplomatik kaynaklar toplantının İstanbul'da yapılacağını "
           "belirtiyor.", ["diplomatik kaynaklar"]),
    ("tr", "Takasın tarihi belli değil, ancak uzmanlar Rusya'nın esirleri bırakmayacağını söylüyor.", ["uzmanlar"]),
    ("tr", "Batılı diplomatlar Moskova'nın ateşkese yanaşmayacağını düşünüyor, Rus medyası ise Kremlin'in yeni bir "
           "teklif hazırladığını yazdı.", ["Rus medyası"]),
    # must not: a statement (a document) as the subject, not people
    ("tr", "Ancak diplomatların açıklaması Rusya'nın ateşkesi reddettiğini belirtiyor.", []),
])
def test_r21D_turkish_clause_subject_of_the_last_verb(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: English, people of a party with its place right after them ("officials in London said") are the party
# speaking where the sentence names the party elsewhere, as "British officials said" already was; with another
# party named, or a source noun ("a source in Moscow"), they stay a source

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Britain is ready to send troops to Ukraine once a truce holds, officials in London said.", []),
    ("en", "Russia will not accept European troops in Ukraine, officials in Moscow said.", []),
    ("en", "France and Germany want a ceasefire before any talks on territory, officials in Paris said.", []),
    # must not: another party's people, a source noun
    ("en", "Kyiv insists on a full ceasefire first, officials in Brussels said.", ["officials in Brussels"]),
    ("en", "Russia will not accept European troops in Ukraine, a source in Moscow said.", ["a source in Moscow"]),
])
def test_r21D_english_officials_in_their_party_place(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: a participle that says how the people spoke ("s'exprimant sous couvert d'anonymat", "speaking on condition
# of anonymity", "parlando in condizione di anonimato") ends a citing phrase's source, and still keeps its people
# unnamed where their party is named

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Selon un diplomate européen s'exprimant sous couvert d'anonymat, Moscou exige la neutralité de l'Ukraine.",
     ["un diplomate européen"]),
    ("fr", "Selon des responsables américains s'exprimant sous couvert d'anonymat, Washington veut une trêve d'abord.",
     ["des responsables américains"]),
    ("en", "According to a senior US official speaking on condition of anonymity, the plan provides for a prisoner swap.",
     ["a senior US official"]),
    ("it", "Secondo un alto funzionario europeo parlando in condizione di anonimato, Bruxelles vuole usare i beni russi.",
     ["un alto funzionario europeo"]),
    ("es", "Según un diplomático europeo hablando bajo condición de anonimato, Moscú exige la neutralidad de Ucrania.",
     ["un diplomático europeo"]),
    # must not: a participle of the source's complement stays ("familiar with", "proche du dossier")
    ("fr", "Selon une source proche du dossier, Moscou exige la neutralité de l'Ukraine.", ["une source proche du dossier"]),
])
def test_r21D_participle_of_speaking_ends_the_source(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: German, "im" before an institution keeps a source's complement also with an adjective between ("eine
# Quelle im russischen Verteidigungsministerium", "im ukrainischen Außenministerium"), any ministry; "im Juni" still ends it

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Moskau sei zu einem Austausch bereit, meldete Interfax unter Berufung auf eine Quelle im russischen "
           "Verteidigungsministerium.", ["Interfax", "eine Quelle im russischen Verteidigungsministerium"]),
    ("de", "Kiew lehne jeden Gebietsverzicht ab, sagte eine Quelle im ukrainischen Außenministerium.",
     ["eine Quelle im ukrainischen Außenministerium"]),
    ("de", "Der Austausch werde vorbereitet, hieß es aus einer Quelle im polnischen Justizministerium.",
     ["einer Quelle im polnischen Justizministerium"]),
    # must not: a time after the source
    ("de", "Moskau lehnte eine Waffenruhe ab, sagte eine Quelle im vergangenen Juni.", ["eine Quelle"]),
])
def test_r21D_german_source_in_an_institution_with_its_adjective(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: German, a source's complement ends where the clause's verb follows its noun in small letters (German
# writes nouns with a capital): "Laut einer Quelle im Verteidigungsministerium | schließt Moskau ..."

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Laut einer Quelle im russischen Verteidigungsministerium schließt Moskau einen Austausch nicht aus.",
     ["einer Quelle im russischen Verteidigungsministerium"]),
    ("de", "Laut einer Quelle aus der ukrainischen Delegation erwartet Kiew zuerst eine Waffenruhe.",
     ["einer Quelle aus der ukrainischen Delegation"]),
    ("de", "Nach Angaben von Quellen in Brüssel plant die EU, die russischen Vermögenswerte zu nutzen.",
     ["Quellen in Brüssel"]),
    # must not: an article or a conjunction inside the complement ends nothing
    ("de", "Laut Kreisen der Regierung in Berlin und Paris fordert Europa eine Waffenruhe.",
     ["Kreisen der Regierung in Berlin und Paris"]),
    # nor an outlet's name in small letters after its noun ("der Agentur | dpa")
    ("de", "Kiew lehnt jeden Gebietsverzicht ab, sagte ein Diplomat der Agentur dpa.", ["ein Diplomat", "dpa"]),
])
def test_r21D_german_verb_ends_the_source(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: an outlet's apposition after a comma ("DeepState, un site de suivi proche de l'armée", "un sito di
# monitoraggio") says what the outlet is: no second source, in the languages with articles (French and Italian
# took it as one); people after the comma still are ("selon Reuters, une source diplomatique ...")

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Les forces russes ont avancé près de Koupiansk, selon les cartes de DeepState, un site de suivi proche de "
           "l'armée ukrainienne.", ["DeepState"]),
    ("fr", "Moscou exige la neutralité de Kiev, selon Rybar, une chaîne militaire proche de l'armée russe.", ["Rybar"]),
    ("it", "Le forze russe sono avanzate vicino a Kupiansk, secondo DeepState, un sito di monitoraggio vicino "
           "all'esercito ucraino.", ["DeepState"]),
    ("it", "Mosca chiede la neutralità di Kiev, secondo Rybar, un canale militare vicino all'esercito russo.", ["Rybar"]),
    # must not: people set off by the comma are a source of their own
    ("fr", "Moscou exige la neutralité, selon l'agence Reuters, une source diplomatique a confirmé.",
     ["Reuters", "une source diplomatique"]),
])
def test_r21D_outlet_apposition_is_no_second_source(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: in the languages without articles, people keep the name of their body in the genitive right after them
# ("urzędnik | Departamentu Stanu", "представитель | Госдепартамента"), so their anonymity after a comma is theirs
# and they are a source whole; not anonymous, they are the party speaking

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Jak powiedział urzędnik Komisji Europejskiej, zastrzegając sobie anonimowość, Bruksela chce wykorzystać "
           "rosyjskie aktywa.", ["urzędnik Komisji Europejskiej"]),
    ("pl", "Bruksela chce wykorzystać rosyjskie aktywa, powiedział anonimowo przedstawiciel Komisji Europejskiej.",
     ["przedstawiciel Komisji Europejskiej"]),
    ("ru", "Как сообщил представитель Госдепартамента, пожелавший остаться неизвестным, Вашингтон ждёт ответа от Москвы.",
     ["представитель Госдепартамента"]),
    ("uk", "Як повідомив посадовець Держдепартаменту, який побажав залишитися неназваним, Вашингтон чекає відповіді "
           "від Москви.", ["посадовець Держдепартаменту"]),
    # must not: named, the party's own people speak for it
    ("pl", "Jak powiedział urzędnik Komisji Europejskiej, Bruksela chce wykorzystać rosyjskie aktywa.", []),
])
def test_r21D_people_with_their_body_in_the_genitive(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: a platform alone ("Telegram", "YouTube") after a channel's noun is where the channel writes, no outlet's
# name: "selon une chaîne Telegram proche du Kremlin" cites the channel (a generic source), not Telegram

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Moscou exige la neutralité de Kiev, selon une chaîne Telegram proche du Kremlin.",
     ["une chaîne Telegram proche du Kremlin"]),
    ("it", "Mosca chiede la neutralità di Kiev, secondo un canale Telegram vicino al Cremlino.",
     ["un canale Telegram vicino al Cremlino"]),
    ("it", "Mosca chiede la neutralità di Kiev, secondo Rybar, un canale Telegram vicino all'esercito russo.", ["Rybar"]),
    # must not: the channel's own name after the platform stays
    ("en", "Moscow demands Ukraine's neutrality, the Telegram channel Rybar reported.", ["Rybar"]),
])
def test_r21D_platform_alone_is_no_outlet_name(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r21D: French, a citing phrase does not stop at an article right after a preposition of its source's complement
# ("une source proche de | l'armée russe"), only at one that opens the clause ("Selon Reuters | la Russie ...")

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Selon des sources proches de l'administration présidentielle, Kiev refuse tout gel du front.",
     ["des sources proches de l'administration présidentielle"]),
    ("fr", "Moscou exige la neutralité, selon un officier proche de l'état-major russe.",
     ["un officier proche de l'état-major russe"]),
    ("fr", "Selon un diplomate proche de l'équipe de négociation, Moscou exige la neutralité.",
     ["un diplomate proche de l'équipe de négociation"]),
    # must not: the clause's article after the source, and the outlet that cites the people ("par l'AFP")
    ("fr", "Selon Reuters la Russie exige la neutralité de l'Ukraine.", ["Reuters"]),
    ("fr", "Selon des responsables interrogés par l'AFP, Washington propose une trêve.", ["des responsables", "AFP"]),
])
def test_r21D_french_complement_article_after_a_preposition(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


@pytest.mark.parametrize("lang,seat,not_seat", [
    ("en", "in", "w"), ("pl", "w", "in"), ("ru", "в", "у"), ("uk", "у", "во"), ("it", "a", "à"), ("fr", "à", "a"),
    ("es", "en", "a"), ("de", "in", "en"),
])
def test_a_party_nouns_seat_is_a_preposition_of_its_own_language(lang, seat, not_seat):
    """outlets.yml `seats`: 'officials | in | London', 'urzędnicy | w | Londynie'; one language's preposition of place
    ('a', the Italian 'at') is no seat in another's text (the Spanish 'a' is 'to')."""
    from datasette_demands.labelling.cited.tables import OutletTables
    from datasette_demands.rulebook.load import load_rulebook
    tables = OutletTables(load_rulebook().outlets, lang)
    assert seat in tables.seats and not_seat not in tables.seats


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


# --- r31F: an outlet whose hyphen-joined name declines in its first part ('Интерфаксу-Украина'); a `*` may end
# each part of a hyphenated lexicon form ---

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Собеседник в Офисе президента сообщил «Интерфаксу-Украина», что Киев ждет ответа Москвы.",
     ["Собеседник в Офисе президента", "Интерфаксу-Украина"]),
    ("uk", "Як повідомили «Інтерфаксу-Україна» в міністерстві, Київ чекає відповіді.", ["Інтерфаксу-Україна"]),
    # must not: the Moscow agency alone stays Interfax
    ("ru", "Как сообщает «Интерфакс», Кремль отверг предложение.", ["Интерфакс"]),
])
def test_r31F_hyphenated_outlet_declined_in_its_first_part(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


def test_r31F_a_star_ends_each_part_of_a_hyphenated_form():
    import regex

    from datasette_demands.labelling.cited.tables import form_pattern

    pattern = regex.compile(form_pattern("Интерфакс*-Украин*"))
    assert pattern.fullmatch("Интерфаксу-Украина") and pattern.fullmatch("Интерфакс-Украины")
    assert not pattern.fullmatch("Интерфаксу Украина")
    assert regex.compile(form_pattern("dpa-AFX")).fullmatch("dpa-AFX")


# --- r31F: the Kiel Institute under its whole French, Spanish and Italian names ---

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "D'après l'Institut de Kiel pour l'économie mondiale, les promesses d'aide ont baissé en été.",
     ["Institut de Kiel pour l'économie mondiale"]),
    ("es", "Según el Instituto de Kiel para la Economía Mundial, la ayuda europea creció en otoño.",
     ["Instituto de Kiel para la Economía Mundial"]),
    # must not: the short name stays short
    ("fr", "Selon l'Institut de Kiel, l'aide a baissé.", ["Institut de Kiel"]),
])
def test_r31F_kiel_institute_whole_name(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r31F: a Telegram channel the lexicon knows, after its descriptor and adjectives; the Polish common word
# 'baza' (a base) is no channel ---

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "D'après la chaîne Telegram russe Baza, Moscou serait prêt à une trêve de Pâques.", ["Baza"]),
    ("pl", "Baza wojskowa pod Lwowem została ostrzelana w nocy.", []),
])
def test_r31F_baza_channel_after_its_descriptor(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r31F: a German source phrase ends before 'über' (a route, a topic); the Turkish 'basına kapalı' (closed to
# the press) is no source ---

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Die Delegation fliegt nach Angaben aus Diplomatenkreisen über Wien nach Genf.", ["Diplomatenkreisen"]),
    ("tr", "Bakan, toplantının basına kapalı olacağını söyledi.", []),
    ("tr", "Görüşmeler basına açık yapılmayacak.", []),
    # must not: the press that reports stays a source
    ("tr", "Yerel basına göre Kiev yeni bir takas önerdi.", ["Yerel basına"]),
])
def test_r31F_route_after_a_source_and_closed_to_the_press(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r31F: generic sources the lists lacked: Spanish media in the subjunctive ('después de que varios medios
# informaran'), Ukrainian officials an outlet cites, and a Polish outlet's
# relative clause that cites ('który powołuje się na') ---

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Kiev rechazó el plan después de que varios medios británicos informaran de que Londres lo apoyaba.",
     ["varios medios británicos"]),
    ("uk", "Як пише Politico з посиланням на американських чиновників, Вашингтон готує новий план.",
     ["Politico", "американських чиновників"]),
    ("pl", "Według Interii, która powołuje się na źródło w rządzie, Warszawa poprze plan.",
     ["Interii", "źródło w rządzie"]),
    # must not: media that do not report
    ("es", "Los medios estadounidenses estaban en la sala cuando empezó la reunión.", []),
])
def test_r31F_generic_sources_the_lists_lacked(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected


# --- r32F: outlets the list lacked: the Finnish analysts of Black Bird Group (their descriptor before the name is
# not part of the source), Radio Svoboda as Polish writes and declines it ---

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Les Russes ont pris deux villages près de Pokrovsk, d'après le collectif d'analystes finlandais Black Bird "
           "Group.", ["Black Bird Group"]),
    ("en", "Russian units gained ground near Huliaipole, the Finnish monitoring project Black Bird Group said.",
     ["Black Bird Group"]),
    ("pl", "Jak podało Radio Swoboda, Moskwa chce wymiany jeńców w przyszłym tygodniu.", ["Radio Swoboda"]),
    ("pl", "Według Radia Swoboda Kijów odrzucił rosyjski plan.", ["Radia Swoboda"]),
    # must not: a bird or a freedom that is no outlet
    ("en", "A black bird group circled over the ruined airfield at dawn.", []),
    ("pl", "Swoboda przemieszczania się cywilów ma być częścią porozumienia.", []),
])
def test_r32F_outlets_the_list_lacked(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected
