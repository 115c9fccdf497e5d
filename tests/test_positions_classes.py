"""Classes of position errors fixed in the attribution (issue 19's quality bar): each class has sentences that
must give the right positions and sentences that must not give the wrong ones, in the languages concerned."""

import pytest

from datasette_demands.labelling.classify import Classifier, Label
from datasette_demands.labelling.normalise import normalise
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def positions(classifier, text, lang):
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in classifier.classify(text, lang)}


def given(classifier, text, lang, category):
    """The positions of `category` when the category is given (as the gold scoring does), whether or not a rule
    labels the sentence with it: these classes are about holders and stances, not categories."""
    by_cat = {lb.category: lb for lb in classifier.classify(text, lang)}
    label = Label(category, list(by_cat[category].matches)) if category in by_cat else Label(category)
    classifier.language(lang).attributor.attribute(text, normalise(text), [label])
    return sorted((p.holder, p.stance) for p in label.positions)


def given_all(classifier, text, lang, categories):
    """The positions of each of `categories`, all given at once (as the gold scoring gives a sentence's categories):
    where one issue's evidence stands tells which clause another's is not in."""
    by_cat = {lb.category: lb for lb in classifier.classify(text, lang)}
    labels = [Label(c, list(by_cat[c].matches)) if c in by_cat else Label(c) for c in categories]
    classifier.language(lang).attributor.attribute(text, normalise(text), labels)
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in labels}


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- a negated commitment is a rejection by its subject ---------------------------------------------------

REFUSED = [
    ("en", "Ukraine will never recognise Crimea as Russian territory, Zelensky said.", "territory", "UA"),
    ("it", "L'Ucraina non cederà mai il Donbass alla Russia, ha dichiarato Zelensky.", "territory", "UA"),
    ("fr", "L'Ukraine ne cédera jamais le Donbass à la Russie, a affirmé Zelensky.", "territory", "UA"),
    ("de", "Die Ukraine werde den Donbass niemals an Russland abtreten, sagte Selenskyj.", "territory", "UA"),
    ("de", "Die Bundesregierung wird keine Soldaten in die Ukraine schicken, sagte Merz.", "neutrality", "EU"),
    ("es", "Ucrania no cederá el Donbás a Rusia, afirmó Zelenski.", "territory", "UA"),
    ("es", "España no enviará tropas a Ucrania, dijo Sánchez.", "neutrality", "EU"),
    ("ru", "Украина никогда не признает Крым российским, заявил Зеленский.", "territory", "UA"),
    ("ru", "Россия не заплатит никаких репараций Украине, заявил Лавров.", "reparations", "RU"),
    ("uk", "Україна ніколи не визнає Крим російським, заявив Зеленський.", "territory", "UA"),
    ("uk", "Росія не виплатить жодних репарацій, заявив Лавров.", "reparations", "RU"),
    ("pl", "Ukraina nigdy nie uzna Krymu za rosyjski, oświadczył Zełenski.", "territory", "UA"),
    ("pl", "Polska nie wyśle żołnierzy na Ukrainę, powiedział Tusk.", "neutrality", "EU"),
    ("tr", "Zelenskiy, Ukrayna'nın Donbas'ı Rusya'ya asla bırakmayacağını söyledi.", "territory", "UA"),
    ("tr", "Umerov, Kiev'in Donbas'tan asla çekilmeyeceğini söyledi.", "territory", "UA"),
    # the plural and the bare negative future ('-meyecekler', '-meyecek'), with no 'asla'
    ("tr", "Umerov, Kiev'in toprak tavizi vermeyeceklerini açıkladı.", "territory", "UA"),
    ("tr", "Ukrayna, işgal altındaki bölgeleri Rusya'ya bırakmayacak.", "territory", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", REFUSED, ids=ids(REFUSED))
def test_a_negated_commitment_is_a_rejection(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "reject")]}


@pytest.mark.parametrize("lang,text", [
    # not joining an alliance is the neutrality asked for, no rejection of it
    ("it", "L'Ucraina non aderirà alla NATO, ha detto Zelensky."),
    ("fr", "L'Ukraine n'adhérera pas à l'OTAN, a déclaré Zelensky."),
    ("es", "Ucrania no ingresará en la OTAN, dijo Zelenski."),
    ("tr", "Zelenskiy, Ukrayna'nın NATO'ya katılmayacağını söyledi."),
])
def test_not_joining_an_alliance_is_no_rejection(classifier, lang, text):
    assert ("UA", "reject") not in positions(classifier, text, lang)["neutrality"]


@pytest.mark.parametrize("lang,text", [
    # the negation inside another party's demand is its content
    ("en", "Russia insists on guarantees that Ukraine will never join NATO."),
    ("ru", "Россия требует гарантий того, что Украина никогда не вступит в НАТО."),
    ("de", "Russland verlangt Garantien, dass die Ukraine niemals der NATO beitreten werde."),
])
def test_a_negation_in_the_content_of_a_demand_is_no_position(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("RU", "demand")]}


def test_an_issue_that_is_not_negotiable_is_a_demand(classifier):
    # "cannot be bargained over" insists on the status: no refusal
    text = "Lavrov, ilhak edilen bölgelerin statüsünün pazarlık konusu olamayacağını söyledi."
    assert positions(classifier, text, "tr") == {"territory": [("RU", "demand")]}


# --- a reporting verb takes the stance of the rejection it reports ----------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The Kremlin said a European peacekeeping force in Ukraine would be unacceptable to Russia."),
    ("it", "Peskov ha detto che una forza di pace europea in Ucraina sarebbe inaccettabile per Mosca."),
    ("fr", "Peskov a déclaré qu'une force européenne en Ukraine serait inacceptable pour Moscou."),
    ("ru", "Песков заявил, что присутствие европейских миротворцев на Украине для России неприемлемо."),
    ("uk", "Пєсков заявив, що розміщення європейських військ в Україні для Москви неприйнятне."),
    ("pl", "Pieskow oświadczył, że obecność europejskich wojsk na Ukrainie jest dla Rosji nie do przyjęcia."),
])
def test_a_reported_rejection_is_the_speakers_rejection(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("RU", "reject")]}


@pytest.mark.parametrize("lang,text,want", [
    # "without X, a truce is impossible" makes X a condition: a demand
    ("ru", "Песков заявил, что без вывода украинских войск из Донбасса перемирие невозможно.",
     {"ceasefire": [("RU", "demand")], "territory": [("RU", "demand")]}),
    ("en", "Lavrov said that without a withdrawal from the Donbas a ceasefire was impossible.",
     {"ceasefire": [("RU", "demand")], "territory": [("RU", "demand")]}),
    ("es", "Lavrov dijo que sin una retirada ucraniana del Donbás el alto el fuego es imposible.",
     {"ceasefire": [("RU", "demand")], "territory": [("RU", "demand")]}),
])
def test_a_rejection_under_a_condition_is_a_demand(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- who a guarantee or loan is for is no holder ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "France and Britain endorsed security guarantees for Ukraine."),
    ("it", "Francia e Germania hanno approvato garanzie di sicurezza per Kiev."),
    ("fr", "La France et l'Allemagne ont approuvé des garanties de sécurité pour l'Ukraine."),
    ("de", "Frankreich und Deutschland unterstützen Sicherheitsgarantien für die Ukraine."),
    ("es", "España y Francia respaldaron las garantías de seguridad para Ucrania."),
])
def test_the_beneficiary_of_a_guarantee_is_no_holder(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("EU", "agree")]}


@pytest.mark.parametrize("lang,text,holder", [
    # "for X" opening the sentence, or right after the evaluation, is X's view
    ("it", "Per Mosca, una forza europea in Ucraina è inaccettabile.", "RU"),
    ("en", "A European peacekeeping force in Ukraine would be unacceptable to Moscow.", "RU"),
])
def test_for_whom_something_is_unacceptable_holds_the_rejection(classifier, lang, text, holder):
    assert positions(classifier, text, lang) == {"neutrality": [(holder, "reject")]}


# --- one holder, two coordinated verbs with different stances on one issue --------------------------------

COORDINATED = [
    ("en", "Moscow accepted a pause in strikes on energy facilities but rejected a full ceasefire."),
    ("it", "Mosca ha accettato di sospendere gli attacchi contro le infrastrutture energetiche, ma ha respinto "
           "un cessate il fuoco completo."),
    ("fr", "Moscou a accepté de suspendre les frappes contre les infrastructures énergétiques, mais a rejeté "
           "un cessez-le-feu complet."),
    ("de", "Moskau akzeptierte einen Stopp der Angriffe auf die Energieinfrastruktur, lehnte aber eine "
           "vollständige Waffenruhe ab."),
    ("es", "Moscú aceptó una pausa en los ataques contra centrales eléctricas, pero rechazó un alto el fuego total."),
    ("ru", "Москва согласилась на паузу в ударах по электростанциям, но отвергла полное прекращение огня."),
    ("uk", "Москва погодилася на паузу в ударах по електростанціях, але відкинула повне припинення вогню."),
    ("pl", "Moskwa zgodziła się na przerwę w atakach na elektrownie, ale odrzuciła pełne zawieszenie broni."),
]


@pytest.mark.parametrize("lang,text", COORDINATED, ids=ids(COORDINATED))
def test_two_coordinated_verbs_give_one_holder_two_stances(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "agree"), ("RU", "reject")]}


@pytest.mark.parametrize("lang,text", [
    # the second verb belongs to the content of the demand, whose subject is another party
    ("it", "La delegazione russa ha chiesto che l'Ucraina rinunci all'adesione alla NATO e accetti la neutralità."),
    # one verb only: one stance, even with the issue named twice
    ("en", "Moscow rejected both a full ceasefire and a pause in strikes on energy facilities."),
])
def test_a_verb_of_the_content_or_a_single_verb_gives_no_second_stance(classifier, lang, text):
    found = positions(classifier, text, lang)
    assert len(found) == 1 and all(len(ps) == 1 and ps[0][0] == "RU" for ps in found.values())


# --- names coordinated with the holder nothing else governs hold alongside it ------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Selon le ministère, la Russie et l'Ukraine ont confirmé un nouvel échange de prisonniers."),
    ("it", "Secondo il ministero, Russia e Ucraina hanno confermato un nuovo scambio di prigionieri."),
])
def test_coordinated_names_share_the_fallback(classifier, lang, text):
    assert {h for h, _ in positions(classifier, text, lang)["prisoners"]} == {"RU", "UA"}


def test_a_name_apart_from_the_fallback_is_not_added(classifier):
    # Ukraine stands in a phrase of its own ("in Ukraine"), not coordinated with Russia
    text = "Selon le ministère, la Russie a confirmé un nouvel échange de prisonniers en Ukraine."
    assert {h for h, _ in positions(classifier, text, "fr")["prisoners"]} == {"RU"}


# --- a subject after the verb of a relative clause (it, es, fr) --------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("es", "Moscú rechazó el alto el fuego de treinta días que propusieron Estados Unidos y Ucrania."),
    ("it", "Mosca ha respinto la tregua di trenta giorni che avevano proposto Stati Uniti e Ucraina."),
    ("fr", "Moscou a rejeté le cessez-le-feu de trente jours que proposaient les États-Unis et l'Ukraine."),
])
def test_the_subject_after_a_relative_clauses_verb_holds_its_stance(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject"), ("UA", "demand"), ("US", "demand")]}


@pytest.mark.parametrize("lang,text", [
    # a name governed by a preposition, or after a verb that is no cue, holds nothing
    ("it", "Mosca ha respinto la tregua di trenta giorni che era stata chiesta alla Russia."),
    ("es", "Moscú rechazó el alto el fuego de treinta días que afectaría a Ucrania."),
])
def test_a_name_after_a_relative_clause_that_is_no_subject_holds_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject")]}


# --- the parties of an agreement "between X and Y"; who announces it only reports ---------------------------

BETWEEN = [
    ("en", "Turkish Foreign Minister Hakan Fidan announced an agreement between Russia and Ukraine on a new prisoner swap."),
    ("it", "Il ministro turco Hakan Fidan ha annunciato un accordo tra Russia e Ucraina per un nuovo scambio di prigionieri."),
    ("fr", "Le ministre turc Hakan Fidan a annoncé un accord entre la Russie et l'Ukraine sur un nouvel échange de "
           "prisonniers."),
    ("de", "Der türkische Außenminister Hakan Fidan verkündete eine Einigung zwischen Russland und der Ukraine über "
           "einen neuen Gefangenenaustausch."),
    ("es", "El ministro turco Hakan Fidan anunció un acuerdo entre Rusia y Ucrania para un nuevo canje de prisioneros."),
    ("ru", "Глава МИД Турции Хакан Фидан объявил о договоренности между Россией и Украиной о новом обмене пленными."),
    ("uk", "Глава МЗС Туреччини Хакан Фідан оголосив про домовленість між Росією та Україною щодо нового обміну "
           "полоненими."),
    ("pl", "Szef MSZ Turcji Hakan Fidan ogłosił porozumienie między Rosją a Ukrainą w sprawie nowej wymiany jeńców."),
    ("tr", "Dışişleri Bakanı Hakan Fidan, Rusya ile Ukrayna arasında yeni bir esir takası konusunda anlaşma "
           "sağlandığını açıkladı."),
]


@pytest.mark.parametrize("lang,text", BETWEEN, ids=ids(BETWEEN))
def test_the_parties_of_an_agreement_between_them_agree_and_its_announcer_holds_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}


@pytest.mark.parametrize("lang,text,want", [
    # who rejects a deal between others keeps their own position
    ("en", "Russia rejected a ceasefire deal between Ukraine and the United States.",
     [("RU", "reject"), ("UA", "agree"), ("US", "agree")]),
    ("it", "La Russia ha respinto l'accordo di tregua tra Ucraina e Stati Uniti.",
     [("RU", "reject"), ("UA", "agree"), ("US", "agree")]),
])
def test_who_rejects_an_agreement_between_others_is_no_mere_announcer(classifier, lang, text, want):
    assert positions(classifier, text, lang) == {"ceasefire": want}


def test_talks_between_parties_are_no_agreement(classifier):
    text = "Talks between Russia and Ukraine on a ceasefire were held in Istanbul, the Kremlin said."
    assert ("UA", "agree") not in positions(classifier, text, "en").get("ceasefire", [])


# --- who must do something is who a demand is put to, never its holder -------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Russia must pay for all the damage it has caused in Ukraine."),
    ("it", "La Russia deve risarcire tutti i danni causati in Ucraina."),
    ("de", "Russland muss für alle Kriegsschäden in der Ukraine bezahlen."),
    ("ru", "Россия должна полностью возместить ущерб от войны."),
])
def test_the_subject_of_an_obligation_holds_nothing_even_alone(classifier, lang, text):
    assert positions(classifier, text, lang) == {"reparations": []}


def test_the_one_who_puts_the_obligation_holds_the_demand(classifier):
    text = "The EU insists that Russia must pay for all the damage it has caused in Ukraine."
    assert positions(classifier, text, "en") == {"reparations": [("EU", "demand")]}


# --- a quotation in the speaker's own voice; a cue inside a cited outlet's name -----------------------------

OWN_VOICE = [
    ("ru", "«Мы были готовы пойти на то, чтобы, как просила немецкая делегация, гарантии безопасности были "
           "прочными», — сказал Лавров в интервью радио «Говорит Москва».", "neutrality", [("EU", "demand"), ("RU", "agree")]),
    ("uk", "«Ми були готові піти на те, щоб, як хотіла польська делегація, гарантії безпеки були міцними», — сказав "
           "Зеленський.", "neutrality", [("EU", "demand"), ("UA", "agree")]),
    ("pl", "„My byliśmy gotowi przyjąć gwarancje bezpieczeństwa, o które prosiła delegacja niemiecka” – powiedział "
           "Ławrow.", "neutrality", [("EU", "demand"), ("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,cat,want", OWN_VOICE, ids=ids(OWN_VOICE))
def test_a_first_person_quote_is_the_speakers_own_position(classifier, lang, text, cat, want):
    assert positions(classifier, text, lang)[cat] == want


@pytest.mark.parametrize("lang,text,cat,want", [
    # a quote about another party, not in the first person: the speaker only reports
    ("ru", "«Немецкая делегация хотела очень прочных гарантий безопасности», — сказал Лавров в интервью радио "
           "«Говорит Москва».", "neutrality", [("EU", "demand")]),
    ("uk", "«Польська делегація хотіла міцних гарантій безпеки», — сказав Зеленський.", "neutrality", [("EU", "demand")]),
])
def test_a_quote_about_another_party_leaves_the_speaker_out(classifier, lang, text, cat, want):
    assert positions(classifier, text, lang)[cat] == want


def test_a_cue_inside_an_outlet_name_is_no_stance(classifier):
    # «Говорит Москва» is a radio station: its "говорит" is no demand of the one interviewed on it
    text = ("«Мы отвергаем любые гарантии безопасности с участием НАТО», — заявил Песков в эфире радио "
            "«Говорит Москва».")
    got = positions(classifier, text, "ru")
    assert got["neutrality"] == [("RU", "reject")]


# --- a mediator of a return: an infinitive "help", a speaker after a mediating clause, a titled name after
# "thanks to the assistance of" ---------------------------------------------------------------------------

MEDIATED_RETURN = [
    ("uk", "Дипломати сподіваються допомогти повернути додому інших депортованих дітей, сказав речник МЗС Катару."),
    ("ru", "Дипломаты надеются помочь вернуть домой других депортированных детей, сказал представитель Катара."),
    ("pl", "Dyplomaci liczą, że uda się pomóc sprowadzić do domu kolejne dzieci, powiedział rzecznik MSZ Kataru."),
    ("uk", "Завдяки сприянню Держави Катар вдалося повернути додому ще 12 українських дітей."),
    ("ru", "Благодаря содействию Государства Катар удалось вернуть домой еще 12 украинских детей."),
]


@pytest.mark.parametrize("lang,text", MEDIATED_RETURN, ids=ids(MEDIATED_RETURN))
def test_who_helps_a_return_mediates_and_holds_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": []}


@pytest.mark.parametrize("lang,text,want", [
    # a speaker after a demand of its own, and a state that demands: they hold
    ("uk", "Дипломати вимагають повернути додому депортованих дітей, сказав речник МЗС Катару.", [("OTHER", "demand")]),
    ("uk", "Україна сподівається повернути додому всіх депортованих дітей, сказав Зеленський.", [("UA", "demand")]),
    ("uk", "Держава Катар вимагає повернути додому депортованих дітей.", [("OTHER", "demand")]),
])
def test_who_demands_a_return_still_holds(classifier, lang, text, want):
    assert positions(classifier, text, lang) == {"prisoners": want}


# --- Turkish: a plain reporting verb closes the clause it reports; a quoted name between an owner and its
# noun; the noun 'açıklama' (a statement) is no demand ------------------------------------------------------

TR_REPORTED = [
    ("tr", "Ukrayna, ABD'nin ateşkes teklifini kabul ettiğini duyurdu.", [("UA", "agree"), ("US", "demand")]),
    ("tr", "Ukrayna, ABD'nin ateşkes teklifini reddettiğini açıkladı.", [("UA", "reject"), ("US", "demand")]),
    ("tr", "Kremlin, Avrupa'nın \"30 günlük koşulsuz ve kapsamlı ateşkes\" çağrısını reddetti.",
     [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Ortak açıklamaya göre, Ukrayna, ABD'nin ateşkes teklifini kabul etmeye hazır olduğunu duyurdu.",
     [("UA", "agree"), ("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,want", TR_REPORTED, ids=ids(TR_REPORTED))
def test_turkish_reported_clause_gives_the_stance(classifier, lang, text, want):
    assert positions(classifier, text, lang)["ceasefire"] == want


@pytest.mark.parametrize("lang,text,want", [
    # a demand the reporting verb reports stays a demand; a demand verb after 'açıklamada' still demands
    ("tr", "Rusya, Ukrayna'nın ateşkes için cepheden çekilmesini talep ettiğini duyurdu.", [("RU", "demand")]),
    ("tr", "Rusya yaptığı açıklamada ateşkes talep etti.", [("RU", "demand")]),
])
def test_turkish_reported_demand_stays_a_demand(classifier, lang, text, want):
    assert positions(classifier, text, lang)["ceasefire"] == want


# --- 'the countries of the EU are in favour of ...': the group of a party holds; being in favour agrees -----

IN_FAVOUR = [
    ("uk", "Більшість країн Євроунії виступає за те, щоб Україна отримала кредит під заставу заморожених "
           "російських активів.", "reparations", [("EU", "agree")]),
    ("ru", "Большинство стран Евросоюза выступает за то, чтобы Украина получила кредит под залог замороженных "
           "российских активов.", "reparations", [("EU", "agree")]),
    ("uk", "Україна виступає за повне припинення вогню.", "ceasefire", [("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,cat,want", IN_FAVOUR, ids=ids(IN_FAVOUR))
def test_the_countries_of_a_party_in_favour_agree(classifier, lang, text, cat, want):
    assert positions(classifier, text, lang)[cat] == want


@pytest.mark.parametrize("lang,text,cat,want", [
    # against still rejects; a name hanging on a common noun (the army of Ukraine) still holds nothing
    ("uk", "Угорщина виступає проти репараційного кредиту для України.", "reparations", [("EU", "reject")]),
    ("ru", "Венгрия выступает против репарационного кредита для Украины.", "reparations", [("EU", "reject")]),
    ("uk", "Проєкт передбачав нейтральний статус країни та скорочення армії України.", "neutrality", []),
])
def test_against_still_rejects_and_a_dependant_name_holds_nothing(classifier, lang, text, cat, want):
    assert positions(classifier, text, lang)[cat] == want


# --- Polish: 'wymienił' names a list as often as it exchanges: before a capitalised name it is no agreement --

@pytest.mark.parametrize("lang,text,cat,want", [
    ("pl", "Zełenski wymienił także Niemcy i Francję jako możliwych gwarantów bezpieczeństwa Ukrainy.", "neutrality",
     [("UA", "demand")]),
])
def test_naming_countries_is_no_exchange(classifier, lang, text, cat, want):
    assert positions(classifier, text, lang)[cat] == want


@pytest.mark.parametrize("lang,text,cat,want", [
    ("pl", "Rosja i Ukraina wymieniły jeńców wojennych.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("pl", "Rosja wymieniła 150 żołnierzy na 150 ukraińskich jeńców.", "prisoners", [("RU", "agree")]),
])
def test_exchanging_prisoners_still_agrees(classifier, lang, text, cat, want):
    assert positions(classifier, text, lang)[cat] == want


# --- a party adjective after "that" belongs to the content, not to the demand before it: "Russia demands that
# Ukrainian troops withdraw" is no Ukrainian demand (Romance and Polish adjectives may follow their noun, but not
# across a complementizer)

@pytest.mark.parametrize("lang,text,cat,want", [
    ("en", "Moscow demands that Ukrainian soldiers pull out of the four regions.", "territory", [("RU", "demand")]),
    ("fr", "Moscou exige que les troupes ukrainiennes se retirent du Donbass.", "territory", [("RU", "demand")]),
    ("it", "Mosca chiede che le truppe ucraine lascino il Donbass.", "territory", [("RU", "demand")]),
    ("pl", "Rosja żąda, żeby ukraińskie wojska wycofały się z Donbasu.", "territory", [("RU", "demand")]),
    # an adjective right after its noun still owns it
    ("fr", "La proposition ukrainienne d'un cessez-le-feu a été rejetée par Moscou.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
])
def test_a_party_adjective_after_a_complementizer_owns_no_demand(classifier, lang, text, cat, want):
    assert positions(classifier, text, lang)[cat] == want


# --- "no deal was struck" reports no position of either side; "a deal was struck" is agreed by both ----------

@pytest.mark.parametrize("lang,text,cat,want", [
    ("en", "No deal was struck on a ceasefire at the third round in Geneva.", "ceasefire", []),
    ("en", "No agreement has been reached on swapping the remaining prisoners.", "prisoners", []),
    ("de", "Keine Einigung über eine Waffenruhe wurde in Genf erzielt.", "ceasefire", []),
    ("en", "Umerov said a deal was struck on swapping the remaining prisoners.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
])
def test_an_agreement_not_reached_has_no_parties(classifier, lang, text, cat, want):
    assert positions(classifier, text, lang)[cat] == want


# --- a declaration or a statement is a document, not a reporting verb (pos13) ------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Germany and Poland adopted a joint declaration on security guarantees for Ukraine."),
    ("en", "Germany and Poland adopted a joint statement on security guarantees for Ukraine."),
    ("it", "Germania e Polonia hanno adottato una dichiarazione congiunta sulle garanzie di sicurezza per l'Ucraina."),
    ("fr", "L'Allemagne et la Pologne ont adopté une déclaration commune sur les garanties de sécurité pour l'Ukraine."),
    ("es", "Alemania y Polonia adoptaron una declaración conjunta sobre garantías de seguridad para Ucrania."),
])
def test_adopting_a_declaration_agrees(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("EU", "agree")]}


@pytest.mark.parametrize("lang,text", [
    # the verb still reports a position: a demand
    ("en", "Norway declared that a reassurance force for Ukraine needs an American backstop."),
    ("it", "La Polonia ha dichiarato che servono garanzie di sicurezza per l'Ucraina."),
    ("fr", "La Pologne a déclaré que des garanties de sécurité pour l'Ukraine étaient indispensables."),
    ("es", "Polonia declaró que se necesitan garantías de seguridad para Ucrania."),
])
def test_declaring_still_reports_a_demand(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("EU", "demand")]}


# --- a counted group of states (more than the EU has) is OTHER (pos13) --------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "So far 41 states and the European Union have joined the register of damage."),
    ("it", "Oltre 40 Stati interessati e l'Unione europea hanno firmato la convenzione sul risarcimento dei danni."),
    ("fr", "Plus de 40 États et l'Union européenne ont adhéré au registre des dommages."),
    ("es", "Más de 40 Estados y la Unión Europea se adhirieron al registro de daños."),
])
def test_a_count_of_states_is_other(classifier, lang, text):
    assert ("OTHER", "agree") in positions(classifier, text, lang)["reparations"]


@pytest.mark.parametrize("lang,text", [
    # the EU's own members, or a coalition's, are no mixed group
    ("en", "The 27 member states of the EU have joined the register of damage."),
    ("it", "I 27 Paesi membri dell'UE hanno firmato la convenzione sul risarcimento dei danni."),
    ("en", "Leaders of 30 countries of the coalition endorsed the register of damage."),
])
def test_the_eus_own_members_are_no_other(classifier, lang, text):
    assert "OTHER" not in {h for h, _ in positions(classifier, text, lang)["reparations"]}


# --- Italian 'sostenere' with an object supports it; with 'che' it maintains (pos13) -------------------------

def test_sostenere_a_measure_agrees(classifier):
    text = "I leader europei riuniti a Oslo hanno sostenuto la creazione di un fondo di risarcimento per l'Ucraina."
    assert positions(classifier, text, "it") == {"reparations": [("EU", "agree")]}


@pytest.mark.parametrize("text", [
    "La Francia sostiene che la Russia debba pagare i danni di guerra.",
    "La Francia ha sostenuto la necessità di un fondo di risarcimento pagato dalla Russia.",
])
def test_sostenere_a_claim_demands(classifier, text):
    assert positions(classifier, text, "it") == {"reparations": [("EU", "demand")]}


# --- judging a move positive accepts it (pos13) --------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Poland views the proposal for a thirty-day truce positively."),
    ("fr", "Le ministre a ajouté que la Pologne voit de manière « positive » cette proposition de trêve."),
    ("fr", "Le ministre a ajouté que la Pologne voit de manière 'positive' cette proposition de trêve."),
    ("it", "La Polonia valuta positivamente la proposta di tregua."),
    ("es", "Polonia valoró positivamente la propuesta de tregua."),
    ("de", "Polen bewertete den Vorschlag einer Waffenruhe positiv."),
])
def test_a_positive_view_agrees(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("EU", "agree")]}


@pytest.mark.parametrize("lang,text,want", [
    # negated, it rejects; a view that is not positive gives no agreement
    ("en", "Poland does not view the proposal for a thirty-day truce positively.", [("EU", "reject")]),
    # viewing it as a provocation turns it down (p19B: regard/treat/view ... as a provocation is a reject cue)
    ("en", "Moscow views the truce proposal as a provocation.", [("RU", "reject")]),
])
def test_no_positive_view_no_agreement(classifier, lang, text, want):
    assert positions(classifier, text, lang) == {"ceasefire": want}


# --- a refusal verb reaches the agreement it refuses past a few words (pos13) --------------------------------

@pytest.mark.parametrize("lang,text", [
    ("es", "El presidente ruso se negó por ahora a aceptar una tregua general de 30 días."),
    ("en", "The Kremlin refused for the time being to accept a general truce."),
    ("it", "Il Cremlino ha rifiutato per il momento di accettare una tregua generale."),
    ("fr", "Le Kremlin a refusé pour l'instant d'accepter une trêve générale."),
])
def test_a_refusal_reaches_its_agreement_past_an_adverb(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject")]}


@pytest.mark.parametrize("lang,text", [
    # a coordinator or a contrastive between: the agreement is a clause of its own
    ("es", "Rusia se negó a negociar, pero aceptó una tregua."),
    ("en", "Russia refused to talk and accepted a truce."),
])
def test_a_refusal_does_not_reach_past_a_coordinator(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "agree")]}


# --- a position noun with its small word ('calls for') is the object of the verb before it (pos13) -----------

@pytest.mark.parametrize("text,want", [
    ("The Kremlin brushed aside calls for a 30-day truce.", [("RU", "reject")]),
    ("The Kremlin rejected Kyiv's calls for a 30-day truce.", [("RU", "reject"), ("UA", "demand")]),
    # no verb before it: the noun-and-preposition cue is the demand itself
    ("Ukraine calls for a 30-day truce.", [("UA", "demand")]),
])
def test_calls_for_after_a_verb_is_its_object(classifier, text, want):
    assert positions(classifier, text, "en") == {"ceasefire": want}


# --- a name after a genitive or agent marker is the subject of the relative clause after it (pos13) ----------

@pytest.mark.parametrize("lang,text,want", [
    ("it", "Il via libera è arrivato dal Comitato dei ministri del Consiglio d'Europa che ha approvato una bozza di "
           "convenzione sul risarcimento dei danni.", {"reparations": [("EU", "agree")]}),
    ("en", "The draft came from the foreign ministry of Poland, which rejects any ceasefire without guarantees.",
     {"ceasefire": [("EU", "reject")]}),
])
def test_the_antecedent_of_a_relative_holds_its_verb(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


def test_a_dative_before_che_is_no_antecedent(classifier):
    # 'che' after a verb of saying and its addressee is a complementizer: the addressee holds nothing
    text = "Putin ha detto a Macron che accetterà una tregua di trenta giorni."
    assert positions(classifier, text, "it") == {"ceasefire": [("RU", "agree")]}


# --- the Council of Europe is one name in Italian too, and a place or a frame it gives holds nothing ---------

@pytest.mark.parametrize("text,want", [
    ("Il Consiglio d'Europa ha approvato il registro dei danni di guerra.", [("EU", "agree")]),
    # 'nel quadro del Consiglio d'Europa' is where it happens, no position
    ("La commissione per i risarcimenti sarà creata nel quadro del Consiglio d'Europa.", []),
])
def test_consiglio_d_europa(classifier, text, want):
    assert positions(classifier, text, "it") == {"reparations": want}


# --- an agreement reached with no agent named, about the two sides, is theirs (pos13) -------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "According to Medinsky, an agreement was reached on an exchange of 500 prisoners."),
    ("fr", "Selon Vladimir Medinski, un accord a été trouvé pour la libération de 500 prisonniers de chaque côté."),
    ("de", "Medinski bestätigte, dass eine Einigung über einen Austausch von 500 Gefangenen erzielt worden sei."),
    ("it", "Secondo Medinsky, è stato raggiunto un accordo su uno scambio di 500 prigionieri."),
    ("es", "Según Medinski, se alcanzó un acuerdo para un canje de 500 prisioneros."),
])
def test_an_agreement_reached_is_both_sides(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}


@pytest.mark.parametrize("lang,text,category,want", [
    # an agent named: it is theirs
    ("en", "An agreement was reached by the European leaders on a reassurance force for Ukraine.", "neutrality",
     [("EU", "agree")]),
    # the sentence names neither side: no holder at all, not the two sides
    ("en", "At the meeting an agreement was reached that a claims commission for war damage would be set up "
           "under the Council of Europe.", "reparations", []),
    # a subject right before its verb is no agreement reached by others
    ("en", "In addition to the prisoner swap deal, both sides agreed to exchange lists for a truce.", "ceasefire",
     [("RU", "agree"), ("UA", "agree")]),
])
def test_an_agreement_reached_by_others_or_elsewhere(classifier, lang, text, category, want):
    assert positions(classifier, text, lang)[category] == want


# --- criticising a measure rejects it (pos13) -----------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The Ukrainian president also criticised the idea of handing over land in a swap."),
    ("it", "Il presidente ucraino ha criticato l'idea di cedere territori alla Russia."),
    ("fr", "Le président ukrainien a critiqué l'idée de céder des territoires à la Russie."),
    ("es", "El presidente ucraniano criticó la idea de ceder territorios a Rusia."),
    ("de", "Der ukrainische Präsident kritisierte die Idee, Gebiete an Russland abzutreten."),
])
def test_criticising_rejects(classifier, lang, text):
    assert positions(classifier, text, lang) == {"territory": [("UA", "reject")]}


def test_the_noun_critique_de_is_no_verb(classifier):
    # 'la critique de Kiev' is a noun phrase: no rejection cue, and here no holder
    text = "La critique de Kiev porte sur la cession de territoires à la Russie."
    assert ("UA", "reject") not in positions(classifier, text, "fr")["territory"]


# --- a partner after a proviso ('subject to an agreement with') agrees to nothing yet (pos13) -----------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "L'Ukraine a accepté mardi une trêve de trente jours, sous réserve d'un accord avec le Kremlin."),
    ("en", "Ukraine accepted a thirty-day truce, subject to an agreement with the Kremlin."),
    ("es", "Kiev aceptó una tregua de treinta días, a reserva de un acuerdo con el Kremlin."),
])
def test_a_partner_after_a_proviso_holds_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("UA", "agree")]}


@pytest.mark.parametrize("lang,text", [
    ("en", "Ukraine signed an agreement with the Kremlin on a thirty-day truce."),
    ("fr", "L'Ukraine a signé un accord avec le Kremlin sur une trêve de trente jours."),
])
def test_a_partner_without_a_proviso_agrees(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "agree"), ("UA", "agree")]}


# --- 'as part of an agreement' frames a demand: no agreement of its own (pos13) ------------------------------

@pytest.mark.parametrize("lang,text", [
    ("es", "Putin quiere que Ucrania se retire de Donetsk como parte de un acuerdo de alto el fuego."),
    ("en", "Putin wants Ukraine to withdraw from Donetsk as part of a ceasefire deal."),
    ("it", "Putin vuole che l'Ucraina si ritiri dal Donetsk come parte di un accordo di cessate il fuoco."),
])
def test_part_of_an_agreement_is_no_agreement(classifier, lang, text):
    assert positions(classifier, text, lang)["ceasefire"] == [("RU", "demand")]


def test_an_agreement_signed_still_agrees(classifier):
    text = "Rusia y Ucrania firmaron un acuerdo de alto el fuego."
    assert positions(classifier, text, "es") == {"ceasefire": [("RU", "agree"), ("UA", "agree")]}


# --- the party a declaration is signed with agrees too (pos13) -----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "France and Britain signed a separate declaration of intent with Kyiv on sending troops to a reassurance force."),
    ("fr", "La France et le Royaume-Uni ont signé une déclaration d'intention avec Kiev sur l'envoi de troupes."),
    ("it", "Francia e Regno Unito hanno firmato una dichiarazione d'intenti con Kiev sull'invio di truppe."),
    ("es", "Francia y el Reino Unido firmaron una declaración de intenciones con Kiev sobre el envío de tropas."),
])
def test_signing_a_declaration_with_a_party(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("EU", "agree"), ("UA", "agree")]}


def test_discussing_a_declaration_with_a_party_is_no_agreement(classifier):
    text = "France and Britain discussed a declaration of intent with Kyiv on sending troops to a reassurance force."
    assert ("UA", "agree") not in positions(classifier, text, "en")["neutrality"]


# --- a negated demand is no position of its subject (pos14) --------------------------------------------------

NEGATED_DEMAND = [
    ("en", "Moscow has not called for a truce in the Black Sea.", "ceasefire"),
    ("en", "Kyiv did not demand reparations at the talks in Riyadh.", "reparations"),
    ("de", "Moskau hat keine Waffenruhe im Schwarzen Meer gefordert.", "ceasefire"),
    ("fr", "Kiev n'a pas exigé de réparations lors des pourparlers.", "reparations"),
    ("it", "Kiev non ha chiesto riparazioni durante i colloqui.", "reparations"),
    ("es", "Kiev no exigió reparaciones durante las conversaciones.", "reparations"),
    ("ru", "Киев не требовал репараций на переговорах.", "reparations"),
    ("uk", "Київ не вимагав репарацій на переговорах.", "reparations"),
    ("pl", "Kijów nie domagał się reparacji podczas rozmów.", "reparations"),
    ("tr", "Kiev görüşmelerde tazminat talep etmedi.", "reparations"),
]


@pytest.mark.parametrize("lang,text,category", NEGATED_DEMAND, ids=ids(NEGATED_DEMAND))
def test_a_negated_demand_is_no_position(classifier, lang, text, category):
    assert positions(classifier, text, lang).get(category, []) == []


KEPT_DEMAND = [
    ("en", "Kyiv did not only demand reparations but also the return of its children.", "reparations", "UA"),
    ("en", "Moscow has never stopped calling for a truce in the Black Sea.", "ceasefire", "RU"),
    ("en", "Kyiv refused Moscow's demand for a neutral status.", "neutrality", "RU"),
    ("de", "Kiew forderte nicht nur Reparationen.", "reparations", "UA"),
    ("fr", "Kiev n'a cessé d'exiger des réparations.", "reparations", "UA"),
    ("ru", "Киев не раз требовал репараций.", "reparations", "UA"),
    ("pl", "Kijów nie tylko domagał się reparacji.", "reparations", "UA"),
    ("tr", "Kiev görüşmelerde tazminat talep etti.", "reparations", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", KEPT_DEMAND, ids=ids(KEPT_DEMAND))
def test_a_demand_that_is_not_negated_stands(classifier, lang, text, category, holder):
    assert (holder, "demand") in positions(classifier, text, lang)[category]


# --- a nationality adjective inside a rejected content owns no rejection (pos14) ------------------------------

ADJECTIVE_OWNER = [
    ("de", "Moskau lehnt eine Waffenruhe zu ukrainischen Bedingungen ab.", "ceasefire", "RU", "UA"),
    ("de", "Die Ukraine wies den russischen Vorschlag einer Feuerpause zurück.", "ceasefire", "UA", "RU"),
    ("en", "Moscow turned down a truce on Ukrainian terms.", "ceasefire", "RU", "UA"),
    ("fr", "Moscou rejette une trêve aux conditions ukrainiennes.", "ceasefire", "RU", "UA"),
    ("ru", "Москва отвергает перемирие на украинских условиях.", "ceasefire", "RU", "UA"),
]


@pytest.mark.parametrize("lang,text,category,subject,owner", ADJECTIVE_OWNER, ids=ids(ADJECTIVE_OWNER))
def test_the_owner_of_rejected_conditions_demands_them(classifier, lang, text, category, subject, owner):
    got = positions(classifier, text, lang)[category]
    assert (subject, "reject") in got
    assert (owner, "reject") not in got


# --- what a party refuses 'without X' is X demanded (pos14) --------------------------------------------------

REFUSED_WITHOUT = [
    ("en", "Kyiv rejects any truce without a reassurance force on its soil.", "UA"),
    ("fr", "Kiev rejette toute trêve sans garanties de sécurité occidentales.", "UA"),
    ("de", "Kiew lehnt jede Feuerpause ohne Sicherheitsgarantien des Westens ab.", "UA"),
    ("it", "Kiev respinge ogni tregua senza garanzie di sicurezza occidentali.", "UA"),
    ("es", "Kiev rechaza toda tregua sin garantías de seguridad occidentales.", "UA"),
    ("ru", "Киев отвергает любое перемирие без западных гарантий безопасности.", "UA"),
    ("uk", "Київ відкидає будь-яке перемир'я без західних гарантій безпеки.", "UA"),
    ("pl", "Kijów odrzuca każdy rozejm bez zachodnich gwarancji bezpieczeństwa.", "UA"),
    ("tr", "Kiev, Batı'nın güvenlik garantileri olmadan ateşkesi reddediyor.", "UA"),
]


@pytest.mark.parametrize("lang,text,holder", REFUSED_WITHOUT, ids=ids(REFUSED_WITHOUT))
def test_what_a_refusal_is_without_is_demanded(classifier, lang, text, holder):
    got = positions(classifier, text, lang)
    assert got["neutrality"] == [(holder, "demand")]
    assert (holder, "reject") in got["ceasefire"]


def test_a_rejection_with_no_privative_stays_a_rejection(classifier):
    got = positions(classifier, "Kyiv rejects any truce and security guarantees that exclude the US.", "en")
    assert got["neutrality"] == [("UA", "reject")]


# --- a speaker who calls another party's demand unacceptable or absurd rejects it (pos14) --------------------

JUDGED_DEMAND = [
    ("en", "Zakharova said Kyiv's call for a neutral zone was absurd.", "RU", "UA"),
    ("en", "The Ukrainian foreign minister said Moscow's proposal of a truce was unrealistic.", "UA", "RU"),
    ("es", "Sybiha afirmó que la exigencia rusa de una tregua era absurda.", "UA", "RU"),
    ("ru", "Захарова заявила, что требование Киева о репарациях абсурдно.", "RU", "UA"),
    ("it", "Zakharova ha detto che la richiesta di Kiev di riparazioni è assurda.", "RU", "UA"),
]


@pytest.mark.parametrize("lang,text,speaker,owner", JUDGED_DEMAND, ids=ids(JUDGED_DEMAND))
def test_a_speaker_who_judges_a_demand_unacceptable_rejects_it(classifier, lang, text, speaker, owner):
    got = [p for ps in positions(classifier, text, lang).values() for p in ps]
    assert (speaker, "reject") in got and (owner, "demand") in got
    assert (owner, "reject") not in got


def test_a_speaker_who_reports_a_demand_holds_none(classifier):
    got = positions(classifier, "Zakharova said Kyiv's call for reparations was discussed in Geneva.", "en")
    assert got["reparations"] == [("UA", "demand")]


# --- pos15: a speaker after the quote who judges another's demand; a genitive owner is no subject ---------------

JUDGED_BEFORE_SPEAKER = [
    ("ru", "Предложение Вашингтона о перемирии неприемлемо, заявил Лавров.", "ceasefire", "RU", "US"),
    ("ru", "Предложение США о перемирии неприемлемо, заявил Лавров.", "ceasefire", "RU", "US"),
    ("uk", "Пропозиція Вашингтона щодо перемир'я неприйнятна, заявив Лавров.", "ceasefire", "RU", "US"),
    ("es", "La petición ucraniana de reparaciones es inaceptable, dijo Peskov.", "reparations", "RU", "UA"),
    ("fr", "La demande russe d'un retrait du Donbass est inacceptable, a déclaré Barrot.", "territory", "EU", "RU"),
    ("pl", "Propozycja Waszyngtonu w sprawie neutralności Ukrainy jest nie do przyjęcia, powiedział Pieskow.",
     "neutrality", "RU", "US"),
]


@pytest.mark.parametrize("lang,text,category,speaker,owner", JUDGED_BEFORE_SPEAKER, ids=ids(JUDGED_BEFORE_SPEAKER))
def test_a_speaker_after_the_verb_who_judges_a_demand_rejects_it(classifier, lang, text, category, speaker, owner):
    assert positions(classifier, text, lang)[category] == sorted([(speaker, "reject"), (owner, "demand")])


@pytest.mark.parametrize("lang,text,category,speaker,owner", [
    # the noun is only discussed: the speaker reports it and holds nothing of it
    ("es", "La petición ucraniana de reparaciones se debatió en Ginebra, dijo Peskov.", "reparations", "RU", "UA"),
    # no speaker: the party the evaluation is for rejects, the owner never rejects its own demand
    ("ru", "Предложение Москвы о перемирии неприемлемо для Киева.", "ceasefire", "RU", "RU"),
])
def test_a_demand_not_judged_by_the_speaker_is_no_rejection(classifier, lang, text, category, speaker, owner):
    got = positions(classifier, text, lang)[category]
    assert (speaker, "reject") not in got and (owner, "demand") in got


def test_a_genitive_owner_after_its_noun_is_no_subject(classifier):
    # "Вашингтона" owns the proposal; the proposal, not Washington, is what is unacceptable
    got = positions(classifier, "Предложение Вашингтона о перемирии неприемлемо, заявил Лавров.", "ru")["ceasefire"]
    assert ("US", "reject") not in got


def test_a_subject_before_its_verb_still_holds(classifier):
    # a nominative subject before its verb, with the owned noun after it: still the subject
    got = positions(classifier, "Москва отвергла предложение США о перемирии.", "ru")["ceasefire"]
    assert got == [("RU", "reject"), ("US", "demand")]


# --- pos15: offices named in the feminine, envoys, representatives, ambassadors, advisers (fr, es) ------------

OFFICE_HOLDER = [
    ("fr", "La présidente de la Commission européenne a réclamé un cessez-le-feu de trente jours.", "ceasefire", "EU", "demand"),
    ("fr", "La cheffe de la diplomatie européenne a réclamé une trêve immédiate.", "ceasefire", "EU", "demand"),
    ("fr", "L'ambassadeur russe a exigé la neutralité de l'Ukraine.", "neutrality", "RU", "demand"),
    ("fr", "Le représentant russe à l'ONU a rejeté toute trêve.", "ceasefire", "RU", "reject"),
    ("fr", "La conseillère de Zelensky a rejeté toute concession territoriale.", "territory", "UA", "reject"),
    ("es", "La alta representante de la UE pidió una tregua inmediata.", "ceasefire", "EU", "demand"),
    ("es", "El embajador ruso exigió la neutralidad de Ucrania.", "neutrality", "RU", "demand"),
    ("es", "La asesora de Zelenski rechazó cualquier concesión territorial.", "territory", "UA", "reject"),
]


@pytest.mark.parametrize("lang,text,category,holder,stance", OFFICE_HOLDER, ids=ids(OFFICE_HOLDER))
def test_an_office_of_a_party_holds_its_position(classifier, lang, text, category, holder, stance):
    assert positions(classifier, text, lang) == {category: [(holder, stance)]}


@pytest.mark.parametrize("lang,text,category", [
    # an office of no party: no holder (the Red Cross is a party, OTHER, since round 25: the gold labels it so)
    ("fr", "La représentante de l'association a réclamé une trêve.", "ceasefire"),
    ("es", "El asesor de seguridad nacional rechazó cualquier concesión territorial.", "territory"),
])
def test_an_office_of_no_party_holds_nothing(classifier, lang, text, category):
    assert positions(classifier, text, lang) == {category: []}


# --- pos15: a refusal in a quote with no subject of its own, the speaker after the quote ----------------------

QUOTED_REFUSAL = [
    ("pl", "„Nie oddamy ani kilometra naszego terytorium” – powiedział prezydent Ukrainy.", "territory", "UA"),
    ("ru", "«Никаких уступок по Донбассу не будет», — сказал Ушаков.", "territory", "RU"),
    ("uk", "«Ніколи не визнаємо Крим російським», — заявив Зеленський.", "territory", "UA"),
    ("es", "\"No cederemos ni un metro del Donbás\", afirmó el ministro ucraniano de Exteriores.", "territory", "UA"),
    ("fr", "« Nous ne céderons jamais le Donbass », a déclaré le président ukrainien.", "territory", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", QUOTED_REFUSAL, ids=ids(QUOTED_REFUSAL))
def test_a_quoted_refusal_is_the_speakers_rejection(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "reject")]}


@pytest.mark.parametrize("lang,text,category,holder,stance", [
    # the quote names its own subject: the speaker only reports another party's refusal
    ("pl", "„Kijów nigdy nie odda Donbasu” – powiedział Pieskow.", "territory", "UA", "reject"),
    # no refusal in the quote: the quote's demand stays
    ("pl", "„Żądamy natychmiastowego rozejmu” – powiedział prezydent Ukrainy.", "ceasefire", "UA", "demand"),
])
def test_a_quote_without_a_subjectless_refusal_keeps_its_reading(classifier, lang, text, category, holder, stance):
    assert positions(classifier, text, lang) == {category: [(holder, stance)]}


# --- pos15: ru, uk passive participle with its agent in the instrumental -----------------------------------------

INSTRUMENTAL_AGENT = [
    ("ru", "Перемирие было предложено Вашингтоном, но отвергнуто Москвой.", "ceasefire", [("RU", "reject"), ("US", "demand")]),
    ("ru", "Перемирие, предложенное Вашингтоном, Москва отвергла.", "ceasefire", [("RU", "reject"), ("US", "demand")]),
    ("ru", "Предложенное США перемирие было отвергнуто Кремлем.", "ceasefire", [("RU", "reject"), ("US", "demand")]),
    ("uk", "Перемир'я було запропоновано Вашингтоном, але відхилено Москвою.", "ceasefire", [("RU", "reject"), ("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,want", INSTRUMENTAL_AGENT, ids=ids(INSTRUMENTAL_AGENT))
def test_the_instrumental_agent_of_a_participle_holds_its_stance(classifier, lang, text, category, want):
    assert positions(classifier, text, lang) == {category: want}


@pytest.mark.parametrize("lang,text", [
    # after a preposition the instrumental is no agent: who the agreement was signed with
    ("ru", "Соглашение о перемирии, подписанное с Киевом, Москва отвергла."),
    ("uk", "Угоду про перемир'я, підписану з Києвом, Москва відкинула."),
])
def test_an_instrumental_after_a_preposition_is_no_agent(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject")]}


# --- pos15: the two sides as the agent of a passive, after another holder ------------------------------------

BOTH_SIDES_AGENT = [
    ("es", "La tregua fue propuesta por Turquía y aceptada por ambas partes."),
    ("fr", "La trêve a été proposée par la Turquie puis acceptée par les deux parties."),
    ("pl", "Rozejm został zaproponowany przez Turcję i przyjęty przez obie strony."),
    ("en", "The truce was proposed by Turkey and accepted by both sides."),
]


@pytest.mark.parametrize("lang,text", BOTH_SIDES_AGENT, ids=ids(BOTH_SIDES_AGENT))
def test_both_sides_as_a_passives_agent_hold(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "agree"), ("TR", "demand"), ("UA", "agree")]}


@pytest.mark.parametrize("lang,text", [
    # the sides a proposal is made to: recipients, no agents
    ("fr", "La Turquie a proposé une trêve aux deux parties."),
    ("es", "Turquía propuso una tregua a ambas partes."),
])
def test_both_sides_as_recipients_hold_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("TR", "demand")]}


# --- pos15: a party's refusal as a noun (fr refus de, es rechazo de, negativa de) -----------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Le refus de Moscou d'un cessez-le-feu inquiète Kiev."),
    ("es", "El rechazo de Moscú a la tregua preocupa a Kiev."),
])
def test_the_owner_of_a_refusal_rejects(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject")]}


def test_a_refusal_with_no_owner_after_it_leaves_the_subject(classifier):
    # "refus" with no "de" after it is no position noun: the subject refuses, the agent proposes
    got = positions(classifier, "Kiev a opposé un refus net à la trêve proposée par Moscou.", "fr")
    assert got == {"ceasefire": [("RU", "demand"), ("UA", "reject")]}


# --- pos15: ru, uk, pl offers to host talks mediate ('готова принять раунд переговоров') ---------------------

HOSTS_TALKS = [
    ("ru", "Анкара готова вновь принять делегации для переговоров о прекращении огня."),
    ("uk", "Туреччина готова прийняти новий раунд переговорів про припинення вогню."),
    ("pl", "Turcja jest gotowa zorganizować kolejną rundę rozmów o zawieszeniu broni."),
]


@pytest.mark.parametrize("lang,text", HOSTS_TALKS, ids=ids(HOSTS_TALKS))
def test_an_offer_to_host_talks_is_no_position(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": []}


@pytest.mark.parametrize("lang,text,want", [
    # ready to accept a proposal (no talks) agrees; a stance of the host's own stays
    ("ru", "Россия готова принять предложение о прекращении огня.", [("RU", "agree")]),
    ("pl", "Rosja jest gotowa przyjąć propozycję rozejmu.", [("RU", "agree")]),
    ("ru", "Турция готова принять переговоры и требует прекращения огня.", [("TR", "demand")]),
])
def test_readiness_to_accept_is_no_mediation(classifier, lang, text, want):
    assert positions(classifier, text, lang) == {"ceasefire": want}


# --- pos15: the two sides as a subject after another holder; a party's request (ru, uk, pl) -----------------------

SIDES_AFTER_ANOTHER = [
    ("es", "Turquía propuso una tregua que ambas partes rechazaron.", "ceasefire", [("RU", "reject"), ("TR", "demand"), ("UA", "reject")]),
    ("fr", "La Turquie a proposé une trêve que les deux parties ont rejetée.", "ceasefire", [("RU", "reject"), ("TR", "demand"), ("UA", "reject")]),
    ("pl", "Na prośbę Watykanu strony uzgodniły wymianę jeńców.", "prisoners", [("OTHER", "demand"), ("RU", "agree"), ("UA", "agree")]),
    ("ru", "По просьбе Ватикана стороны договорились об обмене пленными.", "prisoners", [("OTHER", "demand"), ("RU", "agree"), ("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,want", SIDES_AFTER_ANOTHER, ids=ids(SIDES_AFTER_ANOTHER))
def test_the_two_sides_as_a_later_subject_hold(classifier, lang, text, category, want):
    assert positions(classifier, text, lang) == {category: want}


@pytest.mark.parametrize("lang,text", [
    # "со стороны" is a preposition's phrase, no collective subject; sides who only discussed hold nothing
    ("ru", "Киев отверг перемирие, предложенное со стороны России."),
    ("ru", "Киев отверг предложение о перемирии, которое стороны обсуждали в Стамбуле."),
    ("pl", "Kijów odrzucił rozejm, o którym strony rozmawiały w Stambule."),
])
def test_the_sides_not_as_a_stanced_subject_hold_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("UA", "reject")]}


REQUEST_OWNER = [
    ("ru", "Москва отвергла просьбу Киева о перемирии."),
    ("uk", "Москва відхилила прохання Києва про перемир'я."),
    ("pl", "Moskwa odrzuciła prośbę Kijowa o rozejm."),
]


@pytest.mark.parametrize("lang,text", REQUEST_OWNER, ids=ids(REQUEST_OWNER))
def test_the_owner_of_a_request_demands(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject"), ("UA", "demand")]}


def test_a_request_noun_does_not_own_the_subject(classifier):
    # the name before the verb stays its subject; the request's owner demands
    got = positions(classifier, "По просьбе Киева Анкара предложила перемирие.", "ru")
    assert ("TR", "demand") in got["ceasefire"] and ("TR", "reject") not in got["ceasefire"]


# --- pos15: ru, uk, pl subject after its stanced verb (object first) --------------------------------------------

SUBJECT_AFTER_VERB = [
    ("ru", "Призыв Киева к перемирию поддержала Франция.", [("EU", "agree"), ("UA", "demand")]),
    ("uk", "Заклик Києва до перемир'я підтримала Франція.", [("EU", "agree"), ("UA", "demand")]),
    ("pl", "Apel Kijowa o rozejm poparła Francja.", [("EU", "agree"), ("UA", "demand")]),
    ("ru", "Предложение о перемирии поддержала Украина.", [("UA", "agree")]),
    ("ru", "Призыв Киева к перемирию поддержали Франция и США.", [("EU", "agree"), ("UA", "demand"), ("US", "agree")]),
    ("pl", "Apel Kijowa o rozejm poparły Francja i USA.", [("EU", "agree"), ("UA", "demand"), ("US", "agree")]),
]


@pytest.mark.parametrize("lang,text,want", SUBJECT_AFTER_VERB, ids=ids(SUBJECT_AFTER_VERB))
def test_a_nominative_after_its_verb_is_its_subject(classifier, lang, text, want):
    assert positions(classifier, text, lang) == {"ceasefire": want}


@pytest.mark.parametrize("lang,text,want", [
    # a subject before the verb: the name after it is the object ("Киев" is accusative here)
    ("ru", "Москва поддержала Киев в вопросе перемирия.", [("RU", "agree")]),
    # an oblique form after the verb is who the demand is put to
    ("pl", "Rosja wezwała Ukrainę do rozejmu.", [("RU", "demand")]),
])
def test_a_name_after_a_verb_with_a_subject_is_no_subject(classifier, lang, text, want):
    assert positions(classifier, text, lang) == {"ceasefire": want}


# --- pos15: a negation of another verb does not negate the participle of a demand after it -----------------------

@pytest.mark.parametrize("lang,text", [
    ("pl", "Ukraina nie przyjęła rozejmu zaproponowanego przez Moskwę."),
    ("es", "Kiev no aceptó la tregua propuesta por Moscú."),
])
def test_a_negated_acceptance_leaves_the_proposers_demand(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "demand"), ("UA", "reject")]}


@pytest.mark.parametrize("lang,text", [
    ("pl", "Rosja nie zażądała rozejmu."),
    ("es", "Rusia no exigió una tregua."),
])
def test_a_negated_demand_still_gives_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": []}


# --- pos15: coordinated owners after a position noun; ru agreement nouns with owners --------------------------------

COORDINATED_OWNERS = [
    ("fr", "Moscou a rejeté la proposition de Kiev et de Washington d'une trêve.", [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("es", "Moscú rechazó la propuesta de Kiev y Washington de una tregua.", [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("pl", "Moskwa odrzuciła propozycję Kijowa i Waszyngtonu dotyczącą rozejmu.", [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("ru", "Соглашение России и Украины о перемирии вступило в силу.", [("RU", "agree"), ("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,want", COORDINATED_OWNERS, ids=ids(COORDINATED_OWNERS))
def test_coordinated_owners_after_the_noun_all_own_it(classifier, lang, text, want):
    assert positions(classifier, text, lang) == {"ceasefire": want}


def test_a_subject_after_an_owner_and_a_coordinator_is_no_owner(classifier):
    # "Вашингтон" opens a clause of its own (its verb right after it): no owner of Kyiv's proposal
    got = positions(classifier, "Москва отвергла предложение Киева о перемирии и Вашингтон поддержал это.", "ru")
    assert got == {"ceasefire": [("RU", "reject"), ("UA", "demand"), ("US", "agree")]}


# --- pos15: holders named by office or institution (ministers of, the Pentagon, the NATO chief) ------------------

NAMED_BY_OFFICE = [
    ("fr", "La ministre de la Défense de l'Allemagne a rejeté la proposition russe de trêve.", [("EU", "reject"), ("RU", "demand")]),
    ("es", "El ministro de Asuntos Exteriores de Ucrania rechazó la propuesta rusa de tregua.", [("RU", "demand"), ("UA", "reject")]),
    ("fr", "Le locataire de la Maison Blanche a réclamé une trêve immédiate.", [("US", "demand")]),
    ("es", "El inquilino de la Casa Blanca pidió una tregua inmediata.", [("US", "demand")]),
    ("ru", "Пентагон потребовал немедленного прекращения огня.", [("US", "demand")]),
    ("pl", "Szef Pentagonu zażądał natychmiastowego rozejmu.", [("US", "demand")]),
    ("es", "El Departamento de Estado exigió una tregua inmediata.", [("US", "demand")]),
    ("fr", "Le patron de l'OTAN a réclamé une trêve immédiate.", [("OTHER", "demand")]),
]


@pytest.mark.parametrize("lang,text,want", NAMED_BY_OFFICE, ids=ids(NAMED_BY_OFFICE))
def test_a_holder_named_by_office_or_institution(classifier, lang, text, want):
    assert positions(classifier, text, lang)["ceasefire"] == want


@pytest.mark.parametrize("lang,text", [
    # an office of no party named, and a minister of a body that is no party: no holder
    ("fr", "Le ministre des Affaires étrangères a réclamé une trêve immédiate."),
    ("es", "El inquilino del edificio pidió una tregua inmediata."),
])
def test_an_office_naming_no_party_holds_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": []}


# --- pos15: es, the accused of an accusation ('acusó a Kiev de exigir') takes the stance; the accuser reports -------

@pytest.mark.parametrize("lang,text,want", [
    ("es", "Lavrov acusó a Kiev de exigir una tregua imposible.", [("UA", "demand")]),
    ("es", "El Kremlin acusó al Gobierno ucraniano de rechazar la tregua.", [("UA", "reject")]),
    ("fr", "Lavrov a accusé Kiev d'exiger une trêve impossible.", [("UA", "demand")]),
])
def test_the_accused_holds_the_stance_it_is_accused_of(classifier, lang, text, want):
    assert positions(classifier, text, lang) == {"ceasefire": want}


def test_a_demand_put_to_a_party_with_a_stays_the_speakers(classifier):
    # "pedir a X": X is asked, the subject demands
    assert positions(classifier, "Lavrov pidió a Kiev una tregua.", "es") == {"ceasefire": [("RU", "demand")]}


# --- pos15: what is done at a party's request is that party's demand -------------------------------------------

AT_THE_REQUEST = [
    ("fr", "À la demande du Saint-Siège, les deux parties ont convenu d'un échange de prisonniers."),
    ("es", "A petición de la Santa Sede, ambas partes acordaron un intercambio de prisioneros."),
    ("ru", "По просьбе Ватикана стороны договорились обменяться пленными."),
    ("pl", "Na prośbę Watykanu strony uzgodniły wymianę jeńców wojennych."),
]


@pytest.mark.parametrize("lang,text", AT_THE_REQUEST, ids=ids(AT_THE_REQUEST))
def test_what_is_agreed_at_a_request_is_its_owners_demand(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("OTHER", "demand"), ("RU", "agree"), ("UA", "agree")]}


@pytest.mark.parametrize("lang,text", [
    # despite a party's call: the call is not of what the sentence goes on to say
    ("fr", "Malgré l'appel de Kiev, Moscou a exigé le retrait des troupes du Donbass."),
    ("es", "Pese a la petición de Kiev, Moscú exigió la retirada del Donbás."),
])
def test_a_call_despite_which_another_acts_is_no_demand_of_it(classifier, lang, text):
    assert positions(classifier, text, lang) == {"territory": [("RU", "demand")]}


# --- pos15: the agent of a participle that tables a position ('formulée par', 'presentada por') demands it ---------

@pytest.mark.parametrize("lang,text", [
    ("fr", "La demande de trêve présentée par Kiev a été rejetée par Moscou."),
    ("es", "La petición de tregua planteada por Kiev fue rechazada por Moscú."),
])
def test_the_agent_who_tabled_a_position_demands_it(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject"), ("UA", "demand")]}


@pytest.mark.parametrize("lang,text", [
    # tabled by no party: only the party that rejects it holds
    ("fr", "La demande de trêve présentée par un journaliste a été rejetée par Moscou."),
    ("es", "La petición de tregua planteada por un periodista fue rechazada por Moscú."),
])
def test_a_position_tabled_by_no_party_gives_only_the_rejection(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject")]}


# --- pos15: what another party must give up is demanded, also when the holder is only a source -----------------

@pytest.mark.parametrize("lang,text", [
    ("ru", "По оценке Кремля, Украина должна отказаться от вступления в НАТО."),
    ("uk", "На думку Кремля, Україна має відмовитися від членства в НАТО."),
])
def test_an_obligation_to_give_up_is_the_sources_demand(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("RU", "demand")]}


def test_a_refusal_with_no_obligation_stays_a_rejection(classifier):
    got = positions(classifier, "По мнению Кремля, Киев отказался от перемирия.", "ru")
    assert got == {"ceasefire": [("UA", "reject")]}


# --- welcoming a move, and the Polish masculine past of accepting, agree --------------------------------------

@pytest.mark.parametrize("lang,text,category,holder", [
    ("fr", "Macron salue la proposition de trêve de Kiev.", "ceasefire", "EU"),
    ("es", "España celebró la propuesta de tregua de Kiev.", "ceasefire", "EU"),
    ("pl", "Zełenski przyjął propozycję rozejmu.", "ceasefire", "UA"),
])
def test_welcoming_or_accepting_a_move_agrees(classifier, lang, text, category, holder):
    assert (holder, "agree") in positions(classifier, text, lang).get(category, []), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le ministre salue les soldats tombés depuis le début de la trêve de Noël."),
    ("es", "Las delegaciones celebrarán una reunión sobre la tregua en Ginebra."),
])
def test_greeting_people_or_holding_a_meeting_is_no_agreement(classifier, lang, text):
    assert all(stance != "agree" for found in positions(classifier, text, lang).values() for _, stance in found), text


@pytest.mark.parametrize("lang,text", [
    # the two sides in the content of one party's demand hold nothing of their own (a later subject holds
    # only with a verb that accepts or rejects: 'que ambas partes rechazaron')
    ("en", "Russia insists on a mutual waiver of reparations, so that both sides drop their claims for compensation."),
    ("it", "Mosca insiste su una rinuncia reciproca alle riparazioni, così che entrambe le parti ritirino le richieste "
           "di risarcimento."),
])
def test_the_two_sides_inside_a_partys_demand_hold_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"reparations": [("RU", "demand")]}


@pytest.mark.parametrize("lang,text", [
    # what a refusal waits for ('until', 'unless', 'пока', 'поки') is demanded; the party of that clause holds nothing
    ("en", "Moscow will not accept a truce until Kyiv pulls its forces out of the Donbas."),
    ("en", "Moscow rejects any truce unless Kyiv hands over the four regions."),
    ("ru", "Москва не согласится на перемирие, пока Киев не выведет войска из Донбасса."),
    ("uk", "Москва не погодиться на перемир'я, поки Київ не виведе війська з Донбасу."),
])
def test_what_a_refusal_waits_for_is_demanded(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject")], "territory": [("RU", "demand")]}


def test_a_condition_of_ones_own_still_agrees():
    """'if' stays a condition: the party that agrees on a condition of its own demands the condition."""
    found = positions(Classifier(load_rulebook()), "Kyiv will agree to a truce if Moscow frees all prisoners of war.", "en")
    assert ("UA", "agree") in found["ceasefire"]


# --- pl "ma" with an infinitive ("is to") is an obligation: the speaker demands it ----------------------

def test_polish_is_to_with_an_infinitive_is_the_speakers_demand(classifier):
    got = positions(classifier, "Moskwa ma pokryć koszty odbudowy Charkowa, mówi premier Ukrainy.", "pl")
    assert got["reparations"] == [("UA", "demand")]
    # "ma prawo" (has the right) is no obligation: the subject holds its own demand
    got = positions(classifier, "Kijów ma prawo domagać się odszkodowań od Moskwy.", "pl")
    assert got["reparations"] == [("UA", "demand")]


# --- pos12a: a holder named only by title (the chancellor, the premier, the pope, the Commission president) ------

@pytest.mark.parametrize("lang,text,category,holder", [
    ("de", "Die Kanzlerin verlangt eine Feuerpause bis zum Frühjahr.", "ceasefire", "EU"),
    ("de", "Der Bundeskanzler verlangt einen Stopp der Angriffe auf Kraftwerke.", "ceasefire", "EU"),
    ("de", "Der Papst rief zu einer Feuerpause über die Feiertage auf.", "ceasefire", "OTHER"),
    ("it", "La premier ha chiesto una tregua immediata.", "ceasefire", "EU"),
    ("it", "Il Papa ha invocato una tregua per le feste.", "ceasefire", "OTHER"),
    ("it", "La presidente della Commissione ha proposto di usare gli attivi russi congelati per risarcire Kiev.",
     "reparations", "EU"),
    ("it", "Il segretario generale dell'Onu ha chiesto una tregua umanitaria.", "ceasefire", "OTHER"),
    ("en", "The chancellor demanded a truce before the spring.", "ceasefire", "EU"),
    ("en", "The pope called for a truce over the holidays.", "ceasefire", "OTHER"),
    ("en", "The Commission president proposed using immobilised Russian assets to compensate Kyiv.",
     "reparations", "EU"),
])
def test_a_holder_named_by_title_holds(classifier, lang, text, category, holder):
    assert (holder, "demand") in positions(classifier, text, lang).get(category, []), text


@pytest.mark.parametrize("lang,text,category,holder", [
    # a title of another party's office, or another office of the same words, is not the European one
    ("it", "La premier ucraina ha chiesto una tregua immediata.", "ceasefire", "UA"),
    ("en", "The chancellor of the Exchequer refused to spend frozen Russian assets on Kyiv.", "reparations", "EU"),
    ("it", "Stati Uniti e Ue chiedono una tregua senza condizioni.", "ceasefire", "US"),
])
def test_a_title_of_another_office_is_not_the_european_holder(classifier, lang, text, category, holder):
    found = positions(classifier, text, lang).get(category, [])
    if holder == "US":  # 'Ue' in Italian spelling is the EU, beside the US
        assert ("EU", "demand") in found and ("US", "demand") in found, found
    elif holder == "UA":
        assert ("EU", "demand") not in found and ("UA", "demand") in found, found
    else:
        assert all(h != holder for h, _ in found), found


# --- pos12a: not wanting to do something is a refusal (de 'wollen keine ... schicken', en 'do not want to') -------

@pytest.mark.parametrize("lang,text,category,holder", [
    ("de", "Die Niederlande wollen keine Soldaten in die Ukraine entsenden, solange die Kämpfe andauern.",
     "neutrality", "EU"),
    ("de", "Der Kreml will keine britischen Friedenstruppen in der Ukraine dulden.", "neutrality", "RU"),
    ("en", "European governments do not want to send troops to Ukraine while the fighting goes on.", "neutrality", "EU"),
])
def test_not_wanting_to_act_is_a_rejection(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "reject")]}


@pytest.mark.parametrize("lang,text,category,holder", [
    # not wanting another party to join an alliance, or wanting more than one thing, is a demand
    ("de", "Russland will nicht, dass die Ukraine der NATO beitritt.", "neutrality", "RU"),
    ("de", "Moskau will, dass keine westlichen Truppen in der Ukraine stationiert werden.", "neutrality", "RU"),
    ("de", "Kiew will nicht nur eine Waffenruhe, sondern einen dauerhaften Frieden.", "ceasefire", "UA"),
])
def test_not_wanting_what_another_does_is_no_rejection(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "demand")]}


# --- pos12a: de 'erst ... wenn' (agrees only when) restricts the agreement to its condition, like 'nur' -----------

def test_agreeing_not_until_a_condition_demands_it(classifier):
    got = positions(classifier, "Russland stimmt einem Gefangenenaustausch erst zu, wenn Kiew die Region Saporischschja "
                                "räumt.", "de")
    assert got == {"prisoners": [("RU", "demand")], "territory": [("RU", "demand")]}


def test_agreeing_late_without_a_condition_still_agrees(classifier):
    got = positions(classifier, "Kiew hat dem Gefangenenaustausch erst am Freitag zugestimmt.", "de")
    assert got == {"prisoners": [("UA", "agree")]}


# --- pos12a: who says what another party must do demands it, also beside another party's own stance -------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The Kremlin says Ukraine must stay outside any military bloc, but Kyiv insists on NATO membership."),
    ("en", "Ukraine must stay outside any military bloc, the Kremlin says, but Kyiv insists on NATO membership."),
    ("de", "Der Kreml sagt, die Ukraine müsse blockfrei bleiben, doch Kiew besteht auf einer NATO-Mitgliedschaft."),
])
def test_a_reported_obligation_is_the_speakers_demand_beside_another_stance(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("RU", "demand"), ("UA", "demand")]}


def test_a_reporting_verb_with_no_obligation_gives_way_to_a_stance(classifier):
    got = positions(classifier, "The Kremlin says the talks will go on, but Kyiv insists on NATO membership.", "en")
    assert got == {"neutrality": [("UA", "demand")]}


# --- pos12a: a subject pronoun after a relative word ('during which he') stands for the one party before it ------

def test_a_relative_pronoun_subject_holds_for_the_one_free_party_before_it(classifier):
    # the leaders after 'with' are governed by it, so the caller is the one party left; a name in a later
    # reported clause is only its content
    text = ("Observers point to the joint call Trump held with Zelensky, Macron, Commission President Ursula von der "
            "Leyen and Chancellor Friedrich Merz after speaking to Putin, during which he spoke of the need for "
            "immediate ceasefire talks and also claimed that investment would let Ukraine restore the state.")
    assert positions(classifier, text, "en") == {"ceasefire": [("US", "demand")]}


def test_a_reported_clause_with_the_evidence_still_holds_after_a_relative_pronoun(classifier):
    got = positions(classifier, "Trump spoke with Putin on Tuesday, after which he said Ukraine would accept a truce.", "en")
    assert got == {"ceasefire": [("UA", "agree")]}


# --- pos12a: a demand after a rejection: the subject of an opening or closing subordinate clause holds its own stance

@pytest.mark.parametrize("lang,text", [
    ("en", "After Moscow turned down the truce, Kyiv proposed a thirty-day ceasefire once more."),
    ("de", "Nachdem Moskau die Feuerpause zurückgewiesen hatte, verlangte Kiew erneut eine Waffenruhe."),
    ("de", "Moskau wies die Feuerpause zurück, woraufhin Kiew erneut eine Waffenruhe verlangte."),
])
def test_a_demand_after_a_rejection_keeps_both_stances(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject"), ("UA", "demand")]}


@pytest.mark.parametrize("lang,text,holder,stance", [
    # a name after 'after' with no verb of its own is a place in time, no subject; a subordinate clause with no
    # party leaves the main clause's subject alone
    ("en", "After talks with Moscow, Kyiv proposed a thirty-day ceasefire.", "UA", "demand"),
    ("de", "Nachdem die Gespräche gescheitert waren, wies Moskau die Feuerpause zurück.", "RU", "reject"),
])
def test_a_subordinate_clause_with_no_party_of_its_own_holds_nothing(classifier, lang, text, holder, stance):
    assert positions(classifier, text, lang) == {"ceasefire": [(holder, stance)]}


# --- pos12a: a party noun and 'in' + a capital ('die Regierung in Kiew', 'the government in Kyiv') is that party --

@pytest.mark.parametrize("lang,text,category,holder", [
    ("de", "Die Regierung in Brüssel lehnt die Nutzung der eingefrorenen russischen Vermögen ab.", "reparations", "EU"),
    ("de", "Die Führung in Kiew lehnt jede Abtretung der Region Saporischschja ab.", "territory", "UA"),
    ("en", "The government in Kyiv rejected any cession of the Zaporizhzhia region.", "territory", "UA"),
])
def test_a_party_noun_in_a_capital_holds(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "reject")]}


def test_a_place_after_a_verb_is_no_seat(classifier):
    # 'in' after a verb of arriving is where, no party
    got = positions(classifier, "Die Delegation traf in Moskau ein und lehnte einen Gefangenenaustausch ab.", "de")
    assert ("RU", "reject") not in got.get("prisoners", [])


# --- pos12a: a content ends at a comma and a contrastive word that opens another subject's clause ------------------

@pytest.mark.parametrize("lang,text", [
    ("de", "Der Kreml verlangt, dass Kiew blockfrei bleibt, doch die Ukraine besteht auf einer NATO-Mitgliedschaft."),
    ("it", "Il Cremlino pretende che Kiev resti fuori dai blocchi militari, ma l'Ucraina insiste sull'adesione alla Nato."),
    ("en", "The Kremlin demands that Kyiv stay outside military blocs, but Ukraine insists on NATO membership."),
])
def test_a_contrastive_clause_after_a_content_has_its_own_holder(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("RU", "demand"), ("UA", "demand")]}


def test_a_content_going_on_after_but_that_holds_nothing_of_its_own(classifier):
    got = positions(classifier, "Russia demands that Ukraine leave Donetsk, but that Kyiv also hand over Kherson.", "en")
    assert got == {"territory": [("RU", "demand")]}


# --- pos12a: European states outside the first list are EU; the Council of Europe's other members are OTHER --------

@pytest.mark.parametrize("lang,text", [
    ("it", "La Svizzera e la Romania hanno aderito al registro dei danni causati dalla guerra."),
    ("de", "Die Schweiz und Irland sind dem Schadensregister beigetreten."),
    ("en", "Croatia and Luxembourg joined the register of damage."),
])
def test_more_european_states_are_eu(classifier, lang, text):
    assert positions(classifier, text, lang) == {"reparations": [("EU", "agree")]}


@pytest.mark.parametrize("lang,text", [
    ("it", "Serbia e Armenia hanno respinto la convenzione sulla commissione per i risarcimenti."),
    ("en", "Serbia and Azerbaijan rejected the convention on the claims commission."),
])
def test_council_of_europe_members_outside_the_west_are_other(classifier, lang, text):
    assert positions(classifier, text, lang) == {"reparations": [("OTHER", "reject")]}


# --- pos12a: de, a position noun before its genitive owner is no verb with the owner as inverted subject ------------

def test_the_genitive_owner_after_a_position_noun_demands(classifier):
    got = positions(classifier, "Kiew lehnt jede Abtretung von Land ab, wie sie in Entwürfen Russlands und der USA "
                                "vorgesehen ist.", "de")
    assert got == {"territory": [("RU", "demand"), ("UA", "reject"), ("US", "demand")]}


def test_a_subject_after_its_verb_still_holds_the_verbs_stance(classifier):
    got = positions(classifier, "Eine Abtretung der Krim lehnt Kiew weiterhin ab.", "de")
    assert got == {"territory": [("UA", "reject")]}


# --- pos12a: de 'ausgeschlossen' rejects as a predicate only; an attributive participle rejects nothing -------------

def test_ruled_out_as_a_predicate_rejects(classifier):
    got = positions(classifier, "Eine Feuerpause zu russischen Bedingungen sei ausgeschlossen, sagte Selenskyj.", "de")
    assert ("UA", "reject") in got["ceasefire"]


def test_an_attributive_excluded_rejects_nothing(classifier):
    got = positions(classifier, "Kiew stimmte einer Feuerpause zu, verlangte aber eine Liste der davon "
                                "ausgeschlossenen Anlagen.", "de")
    assert ("UA", "reject") not in got["ceasefire"] and ("UA", "agree") in got["ceasefire"]


def test_the_german_genitive_of_washington_is_the_us(classifier):
    got = positions(classifier, "Kiew lehnt jede Abtretung von Land ab, wie sie in Entwürfen Washingtons steht.", "de")
    assert got == {"territory": [("UA", "reject"), ("US", "demand")]}


# --- pos12a: de, a name in the genitive of a common noun ('Nach Angaben des Kremls') is no subject of the verb ----

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Nach Angaben des Kremls verlangt Kiew eine Feuerpause über die Feiertage.", {"ceasefire": [("UA", "demand")]}),
    ("de", "Nach Darstellung der EU lehnt Moskau jede Feuerpause ab.", {"ceasefire": [("RU", "reject")]}),
    # the name's own genitive ending, no article before it: Moscow rejected, Kyiv demands (not Moscow)
    ("de", "Nach der Ablehnung Moskaus forderte Kiew eine Waffenruhe.",
     {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("de", "Nach dem Vorschlag Russlands verlangte die Ukraine einen Austausch aller Gefangenen.",
     {"prisoners": [("UA", "demand")]}),
])
def test_a_noun_genitive_before_the_verb_is_no_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_the_genitive_owner_of_a_position_noun_still_demands(classifier):
    got = positions(classifier, "Kiew lehnt den Vorschlag der EU für eine Feuerpause ab.", "de")
    assert got == {"ceasefire": [("EU", "demand"), ("UA", "reject")]}


# --- pos12a: more names: the Emirates in full (de), 'der Europäer' (de), Rome (it), commissioners (de) -------------

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Unter Vermittlung der Vereinigten Arabischen Emirate einigten sich Moskau und Kiew auf einen weiteren "
           "Austausch von Gefangenen.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("de", "Moskau wies den Vorschlag der Europäer für eine Feuerpause zurück.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("it", "Roma e Washington chiedono una tregua immediata.", {"ceasefire": [("EU", "demand"), ("US", "demand")]}),
    ("de", "Die Rückkehr der verschleppten Kinder sei die Voraussetzung für jeden Frieden, sagte die ukrainische "
           "Kinderbeauftragte.", {"prisoners": [("UA", "demand")]}),
])
def test_more_names_of_parties(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_a_roman_football_club_is_no_party(classifier):
    got = positions(classifier, "La Roma Capitale ospita i colloqui sulla tregua.", "it")
    assert all(h != "EU" for found in got.values() for h, _ in found)


# --- pos12a: en 'state' is a cue as a verb only; 'stressed', 'reiterated' report like 'said' ----------------------

@pytest.mark.parametrize("text,expected", [
    ("Secretary of State Rubio urged Moscow to accept an immediate ceasefire.", {"ceasefire": [("US", "demand")]}),
    ("Kyiv will never hand over Crimea, Foreign Minister Sybiha stressed.", {"territory": [("UA", "reject")]}),
    ("Moscow will not accept a truce, the Kremlin reiterated.", {"ceasefire": [("RU", "reject")]}),
])
def test_titles_and_reporting_verbs_give_no_stance_of_their_own(classifier, text, expected):
    assert positions(classifier, text, "en") == expected


@pytest.mark.parametrize("text,expected", [
    ("Zelensky stressed the need for an immediate ceasefire.", {"ceasefire": [("UA", "demand")]}),
    ("The minister stated that Kyiv wants a truce.", {"ceasefire": [("UA", "demand")]}),
])
def test_stressing_a_need_still_demands(classifier, text, expected):
    assert positions(classifier, text, "en") == expected


# --- pos12a: a passive acceptance with its agent (it 'è stato accolto da'); de 'angebotene' is a participle --------

def test_a_passive_acceptance_agrees_for_its_agent(classifier):
    got = positions(classifier, "La proposta turca di una tregua di Pasqua è stata accolta soltanto da Mosca.", "it")
    assert got == {"ceasefire": [("RU", "agree"), ("TR", "demand")]}


def test_being_received_somewhere_agrees_to_nothing(classifier):
    got = positions(classifier, "La delegazione ucraina è stata accolta a Roma per i colloqui sulla tregua.", "it")
    assert all(stance != "agree" for found in got.values() for _, stance in found)


def test_the_agent_of_an_offering_participle_demands(classifier):
    got = positions(classifier, "Kiew lehnt die von Moskau angebotene Osterwaffenruhe als Täuschung ab.", "de")
    assert got == {"ceasefire": [("RU", "demand"), ("UA", "reject")]}


# --- pos12a: a party's no to a measure rejects it (it 'il no di Kiev', 'ha detto no a'; de 'das Nein Berlins') ----

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il no di Mosca a una tregua proposta da Kiev era atteso.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("it", "Il secco no dell'Ucraina alla cessione della Crimea non cambia.", {"territory": [("UA", "reject")]}),
    ("it", "Mosca ha detto no a una tregua di trenta giorni.", {"ceasefire": [("RU", "reject")]}),
    ("de", "Das Nein Roms zu einem Einfrieren der Frontlinie überraschte niemanden.", {"territory": [("EU", "reject")]}),
])
def test_a_partys_no_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_no_as_a_determiner_is_no_rejection(classifier):
    got = positions(classifier, "Kiew fordert eine Waffenruhe, ein Nein zu Verhandlungen gibt es nicht.", "de")
    assert ("UA", "demand") in got["ceasefire"]


# --- pos12a: en 'officials from Ukraine' (a party noun and 'from' + a name) is that party, as 'in' is ----------------

@pytest.mark.parametrize("text,expected", [
    ("Envoys from Moscow turned down the truce.", {"ceasefire": [("RU", "reject")]}),
    ("Officials from Ukraine and the United States signed a joint declaration on security guarantees.",
     {"neutrality": [("UA", "agree"), ("US", "agree")]}),
])
def test_a_party_noun_from_a_country_holds(classifier, text, expected):
    assert positions(classifier, text, "en") == expected


def test_a_proposal_from_a_country_stays_its_owners_demand(classifier):
    got = positions(classifier, "A proposal from Kyiv for a truce was turned down by Moscow.", "en")
    assert got == {"ceasefire": [("RU", "reject"), ("UA", "demand")]}


# --- pos12b: tr 'Batı' before a common noun ('Batı askeri varlığı', 'Batı silahları') is an adjective, no party ----

@pytest.mark.parametrize("lang,text,want", [
    ("tr", "Kremlin, barıştan sonra Ukrayna'da Batı askeri varlığını kabul etmeyeceğini açıkladı.", {"neutrality": [("RU", "reject")]}),
    ("tr", "Rus heyeti, Ukrayna'da Batı birliklerinin konuşlandırılmasını kesinlikle reddediyor.", {"neutrality": [("RU", "reject")]}),
])
def test_the_west_as_an_adjective_holds_nothing(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    # 'Batı' as a party: with a case ending, or alone before a verb or a party noun
    ("tr", "Batı, barış gücü planını destekliyor.", {"neutrality": [("EU", "agree"), ("US", "agree")]}),
    ("tr", "Moskova, Batı'nın sunduğu barış gücü planını reddetti.", {"neutrality": [("EU", "demand"), ("RU", "reject"), ("US", "demand")]}),
])
def test_the_west_as_a_party_still_holds(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- pos12b: holders named by title alone: the pope (OTHER), the chancellor (EU) ---------------------------------

NAMED_BY_TITLE = [
    ("uk", "Папа закликав обидві армії обмінятися усіма полоненими.", "prisoners", [("OTHER", "demand")]),
    ("uk", "Заклик Папи до різдвяного перемир'я Москва відкинула.", "ceasefire", [("OTHER", "demand"), ("RU", "reject")]),
    ("tr", "Papa, savaşan tarafları bütün esirleri serbest bırakmaya çağırdı.", "prisoners", [("OTHER", "demand")]),
    ("uk", "Канцлер наполягає на перемир'ї ще до настання зими.", "ceasefire", [("EU", "demand")]),
    ("tr", "Şansölye, kış bitmeden bir ateşkes ilan edilmesini istedi.", "ceasefire", [("EU", "demand")]),
    ("de", "Der Kanzler verlangt eine Feuerpause noch vor Weihnachten.", "ceasefire", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,want", NAMED_BY_TITLE, ids=ids(NAMED_BY_TITLE))
def test_a_holder_named_by_title(classifier, lang, text, category, want):
    assert positions(classifier, text, lang)[category] == want


@pytest.mark.parametrize("lang,text,category", [
    # a father ('папа', lowercase) is no pope; a plain lowercase 'batı' is a direction
    ("uk", "Мій папа вимагає перемир'я вже давно, розповів хлопець.", "ceasefire"),
    ("tr", "Cephenin batı kesiminde ateşkes talep edildi.", "ceasefire"),
])
def test_a_title_or_direction_in_lowercase_holds_nothing(classifier, lang, text, category):
    assert positions(classifier, text, lang)[category] == []


# --- pos12b: tr present tense of -la/-le agree verbs drops their vowel ('destekliyor', 'onaylıyor') ------------------

@pytest.mark.parametrize("lang,text,want", [
    ("tr", "Fransa, güvenlik garantileri planını destekliyor.", {"neutrality": [("EU", "agree")]}),
    ("tr", "Kiev, esir takası anlaşmasını onaylıyor.", {"prisoners": [("UA", "agree")]}),
])
def test_tr_present_of_an_agree_verb_agrees(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


def test_tr_negated_present_of_an_agree_verb_still_rejects(classifier):
    assert positions(classifier, "Kiev, esir takası anlaşmasını onaylamıyor.", "tr") == {"prisoners": [("UA", "reject")]}


# --- pos12b: tr an obligation ('-meli, -malı') is put to its subject; the speaker after the quote demands it ---------

@pytest.mark.parametrize("lang,text", [
    ("tr", '"Moskova kaçırdığı bütün çocukları iade etmeli," dedi Sibiga.'),
    ("tr", '"Rusya savaşın verdiği zararı ödemeli," diye konuştu Zelenskiy.'),
])
def test_tr_an_obligation_is_the_speakers_demand(classifier, lang, text):
    assert [p for ps in positions(classifier, text, lang).values() for p in ps] == [("UA", "demand")]


def test_tr_an_obligation_with_no_speaker_holds_nothing(classifier):
    assert positions(classifier, "Rusya savaşın verdiği zararı ödemeli.", "tr") == {"reparations": []}


# --- pos12b: tr a genitive before the genitive subject of a verbal noun is the subject of the participle ------------

@pytest.mark.parametrize("lang,text,want", [
    ("tr", "Sibiga, Kremlin'in Ukrayna ordusunun Herson'dan çekilmesini istediğini açıkladı.", {"territory": [("RU", "demand")]}),
    ("tr", "Yermak, Rus heyetinin Kiev'in NATO üyeliğinden vazgeçmesinde ısrar ettiğini söyledi.", {"neutrality": [("RU", "demand")]}),
])
def test_tr_the_outer_genitive_holds_the_participle(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


def test_tr_the_genitive_of_a_verbal_noun_alone_holds_nothing(classifier):
    """'Rusya'nın ... ödemesi gerektiğini': the genitive is the verbal noun's subject, the one the demand is put to."""
    found = positions(classifier, "Zelenskiy, Rusya'nın tazminat ödemesi gerektiğini söyledi.", "tr")
    assert ("RU", "demand") not in found["reparations"]


# --- pos12b: tr a case ending on the last of coordinated names is the whole group's ('Rusya ve Ukrayna'nın') --------

@pytest.mark.parametrize("lang,text", [
    ("tr", "Katar, Rusya ve Ukrayna'nın 200 esiri takas etmeyi kabul ettiğini duyurdu."),
    ("tr", "BM, Moskova ile Kiev'in yaralı esirleri değiştirmekte uzlaştığını açıkladı."),
])
def test_tr_coordinated_genitive_subjects_both_agree(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}


@pytest.mark.parametrize("lang,text,want", [
    # who a measure is for ('Ukrayna için') holds nothing beside another subject's verb; beside an evaluation it judges
    ("tr", "Batı, Ukrayna için güvenlik garantilerini destekliyor.", {"neutrality": [("EU", "agree"), ("US", "agree")]}),
    ("tr", "Macaristan, donmuş Rus varlıklarının Ukrayna için kullanılmasını engelliyor.", {"reparations": [("EU", "reject")]}),
    ("tr", "Barış anlaşmasında tazminatın yer almaması Kiev için kabul edilemez.", {"reparations": [("UA", "reject")]}),
])
def test_tr_who_a_measure_is_for_holds_nothing(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


def test_tr_coordinated_names_in_the_dative_hold_nothing(classifier):
    found = positions(classifier, "Papa, Rusya ve Ukrayna'ya bütün esirleri takas etme çağrısı yaptı.", "tr")
    assert found == {"prisoners": [("OTHER", "demand")]}


# --- pos12b: tr names opening the sentence before the subject comma are the subject, no list filling a role -------

@pytest.mark.parametrize("lang,text,want", [
    ("tr", "Norveç, Ukrayna'nın güvenliğinin garantörlerinden biri olmayı kabul etti.", {"neutrality": [("EU", "agree")]}),
    ("tr", "Danimarka ve Hollanda, Ukrayna'nın güvenliğinin garantörü olmayı kabul etti.", {"neutrality": [("EU", "agree")]}),
])
def test_tr_a_subject_before_its_comma_is_no_role_filler(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


def test_tr_a_list_after_a_role_still_fills_it(classifier):
    found = positions(classifier, "Kiev, garantör olarak İspanya, Kanada ve Japonya'yı önerdi.", "tr")
    assert found == {"neutrality": [("UA", "demand")]}


# --- pos12b: tr an adjective stands before its noun: 'liderlerini Rus varlıklarına' names no Russian party ----------

def test_tr_an_adjective_after_a_party_noun_is_not_its_party(classifier):
    found = positions(classifier, "Sibiga, AB bakanlarını Rus varlıklarına ilişkin kararı geciktirmemeye çağırdı.", "tr")
    assert found == {"reparations": [("UA", "demand")]}


def test_tr_an_adjective_before_a_party_noun_names_its_party(classifier):
    found = positions(classifier, "Rus heyeti, Rus varlıklarının Ukrayna'ya verilmesini reddetti.", "tr")
    assert found == {"reparations": [("RU", "reject")]}


# --- pos12b: tr a party quoted as a source keeps its case ending ('Kremlin'e göre'): with no other holder, it holds --

def test_tr_a_source_party_with_its_case_ending_holds(classifier):
    found = positions(classifier, "Kremlin'e göre görüşmelerden önce Luhansk tamamen teslim edilmeli.", "tr")
    assert found == {"territory": [("RU", "demand")]}


def test_tr_an_outlet_as_source_holds_nothing(classifier):
    found = positions(classifier, "Reuters'a göre görüşmelerden önce Luhansk tamamen teslim edilmeli.", "tr")
    assert found == {"territory": []}


# --- pos12b: tr the passive verb right after its agent's 'tarafından' gives the agent's stance -----------------------

@pytest.mark.parametrize("lang,text,want", [
    ("tr", "ABD'nin ateşkes teklifi Kremlin tarafından reddedildi.", {"ceasefire": [("RU", "reject"), ("US", "demand")]}),
    ("tr", "Avrupa'nın esir takası önerisi Kiev tarafından kabul edildi.", {"prisoners": [("EU", "demand"), ("UA", "agree")]}),
])
def test_tr_a_passive_agent_takes_the_verb_after_its_postposition(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


def test_tr_the_agent_who_tabled_a_proposal_still_demands(classifier):
    assert positions(classifier, "Ateşkes önerisi Ankara tarafından sunuldu.", "tr") == {"ceasefire": [("TR", "demand")]}


# --- pos12b: the terms something is judged on ('на таких умовах', 'bu koşullarla') are no demand of the judge --------

@pytest.mark.parametrize("lang,text,category", [
    ("uk", "«Перемир'я на цих умовах для нас неприйнятне», — сказав Ушаков.", "ceasefire"),
    ("tr", '"Böyle koşullarla bir ateşkes kabul edilemez," dedi Peskov.', "ceasefire"),
])
def test_terms_judged_on_are_no_demand(classifier, lang, text, category):
    assert positions(classifier, text, lang)[category] == [("RU", "reject")]


@pytest.mark.parametrize("lang,text,category", [
    ("uk", "Москва висунула нові умови для перемир'я.", "ceasefire"),
    ("tr", "Moskova, ateşkes için yeni koşullar öne sürdü.", "ceasefire"),
])
def test_terms_put_forward_are_still_a_demand(classifier, lang, text, category):
    assert positions(classifier, text, lang)[category] == [("RU", "demand")]


# --- pos12b: an agreement on a condition of one's own: uk 'лише за умови', tr the postposed 'karşılığında' ---------

@pytest.mark.parametrize("lang,text", [
    # (uk 'прийме ... лише за умови' moved to test_positions_round25_C.py: 'only on condition' is a demand, as in en, de, es, fr, it)
    ("tr", "Kiev, tarafsız statüyü ancak sağlam güvenlik garantileri karşılığında kabul edecek."),
    ("tr", "Kiev, sağlam güvenlik garantileri karşılığında tarafsız statüyü kabul edecek."),
])
def test_what_is_asked_in_return_is_demanded(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("UA", "agree"), ("UA", "demand")]}


@pytest.mark.parametrize("lang,text", [
    # a condition another party must meet, or none at all, leaves the agreement alone
    ("tr", "Kiev, güvenlik garantilerini kabul edecek."),
    ("uk", "Київ погодився на гарантії безпеки."),
])
def test_an_agreement_without_a_condition_only_agrees(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("UA", "agree")]}


# --- pos12b: tr a relative participle ('öngören', 'isteyen') or an object noun before its verb is no verb of the
# genitive subject of a nominalised clause: the participle that closes it is ----------------------------------------

@pytest.mark.parametrize("lang,text,want", [
    ("tr", "Kiev'in tazminat komisyonu kurulmasını öngören sözleşmeyi imzaladığı bildirildi.", {"reparations": [("UA", "agree")]}),
    ("tr", "Sibiga, Moskova'nın ateşkes isteyen tarafı reddettiğini söyledi.", {"ceasefire": [("RU", "reject")]}),
])
def test_tr_a_relative_participle_is_no_verb_of_the_subject(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


def test_tr_a_position_noun_before_the_verb_stays_its_owners(classifier):
    found = positions(classifier, "Kiev, Avrupa'nın ateşkes önerisini kabul ettiğini duyurdu.", "tr")
    assert found == {"ceasefire": [("EU", "demand"), ("UA", "agree")]}


# --- pos12b: tr working on a deal to bring children back mediates: no position ------------------------------------

def test_tr_working_on_a_deal_for_a_return_mediates(classifier):
    found = positions(classifier, "Norveç ve Katar, kaçırılan çocukları geri getirmek için bir anlaşma üzerinde çalışıyor.", "tr")
    assert found == {"prisoners": []}


def test_tr_rejecting_a_deal_for_a_return_is_a_position(classifier):
    found = positions(classifier, "Rusya, kaçırılan çocukları geri getirmek için bir anlaşmayı reddetti.", "tr")
    assert found == {"prisoners": [("RU", "reject")]}


# --- pos12b: tr who made a statement ('X tarafından yapılan açıklamada') only reports; the reported clause's verb, not
# the reporting verb after it, gives the stance ('reddettiğini açıkladı', 'reddettiği belirtildi') ------------------

@pytest.mark.parametrize("lang,text,want", [
    ("tr", "İtalya ve İspanya tarafından yapılan ortak açıklamada, Kremlin'in esir takasını reddettiği belirtildi.",
     {"prisoners": [("RU", "reject")]}),
    ("tr", "Kremlin'in esir takasını reddettiğini açıkladı.", {"prisoners": [("RU", "reject")]}),
    ("tr", "Kremlin'in esir takasını kabul ettiği bildirildi.", {"prisoners": [("RU", "agree")]}),
])
def test_tr_the_reported_clause_not_the_statement_gives_the_stance(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


def test_tr_the_agent_of_a_proposal_still_holds(classifier):
    found = positions(classifier, "İtalya tarafından yapılan esir takası önerisi Kremlin tarafından reddedildi.", "tr")
    assert ("EU", "demand") in found["prisoners"] and ("RU", "reject") in found["prisoners"]


# --- pos12b: tr '-mEdIkçE' (unless, not until) is a privative of the refusal and a condition of its own subject -------

@pytest.mark.parametrize("lang,text", [
    ("tr", "Kremlin, Kiev askerlerini Zaporijya'dan çekmedikçe ateşkesi kabul etmeyecek."),
    ("tr", "Kremlin, Ukrayna Zaporijya'dan çekilmedikçe ateşkesi reddedecek."),
])
def test_tr_what_a_refusal_waits_for_is_demanded(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject")], "territory": [("RU", "demand")]}


def test_tr_a_plain_refusal_stays_a_rejection(classifier):
    found = positions(classifier, "Kremlin, Zaporijya'dan çekilmeyi kabul etmeyecek.", "tr")
    assert found == {"territory": [("RU", "reject")]}


# --- pos12b: tr a position noun whose last consonant softens before a vowel ('talebini', 'taslağı') is still one ------

@pytest.mark.parametrize("lang,text,want", [
    ("tr", "Kiev, Kremlin'in ateşkes talebini reddetti.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("tr", "Ankara, Moskova'nın tarafsızlık talebini destekledi.", {"neutrality": [("RU", "demand"), ("TR", "agree")]}),
    ("tr", "Amerikan taslağı Ukrayna ordusunun küçültülmesini öngörüyor.", {"neutrality": [("US", "demand")]}),
])
def test_tr_a_softened_position_noun_is_owned(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


def test_tr_a_name_before_a_common_noun_owns_nothing(classifier):
    found = positions(classifier, "Kiev, Kremlin'in ateşkes sözlerini reddetti.", "tr")
    assert found == {"ceasefire": [("UA", "reject")]}


# --- pos12b: tr a converb in '-(y)ken' (while) closes a clause of its own, with its own subject ---------------------

@pytest.mark.parametrize("lang,text,want", [
    ("tr", "Kremlin tarafsızlığı şart koşarken Kiev NATO üyeliğinde ısrar ediyor.", {"neutrality": [("RU", "demand"), ("UA", "demand")]}),
    ("tr", "Kiev esir takasını kabul ederken Moskova takası reddediyor.", {"prisoners": [("RU", "reject"), ("UA", "agree")]}),
])
def test_tr_a_while_clause_has_its_own_subject(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


def test_tr_one_subject_without_a_while_clause_keeps_its_verb(classifier):
    found = positions(classifier, "Kiev esir takasını kabul ediyor.", "tr")
    assert found == {"prisoners": [("UA", "agree")]}


# --- pos12b: a place that speaks ('В ООН повідомили, що ...') only reports the agreement of the parties it names ------

@pytest.mark.parametrize("lang,text", [
    ("uk", "У Ватикані повідомили, що Росія та Україна погодилися обміняти 90 полонених."),
    ("ru", "В ООН сообщили, что Россия и Украина договорились обменять 90 пленных."),
])
def test_a_speaking_place_only_reports_an_agreement(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}


def test_a_speaking_place_with_a_stance_of_its_own_holds(classifier):
    found = positions(classifier, "У Кремлі відкинули пропозицію про обмін полоненими.", "uk")
    assert found == {"prisoners": [("RU", "reject")]}


# --- pos12b: ru, uk, pl a focus particle ('лише', 'только', 'tylko') between a verb and the subject after it ---------

@pytest.mark.parametrize("lang,text,want", [
    ("uk", "Пропозицію Ватикану про різдвяне перемир'я підтримав лише Київ.", [("OTHER", "demand"), ("UA", "agree")]),
    ("ru", "Предложение о перемирии поддержала только Франция.", [("EU", "agree")]),
])
def test_a_subject_after_a_focus_particle_holds(classifier, lang, text, want):
    assert positions(classifier, text, lang)["ceasefire"] == want


def test_an_object_after_a_focus_particle_holds_nothing(classifier):
    found = positions(classifier, "Москва відкинула лише пропозицію Києва про перемир'я.", "uk")
    assert found == {"ceasefire": [("RU", "reject"), ("UA", "demand")]}


# --- tr "gerek-" (it is necessary that X ...) is an obligation of X: the speaker demands it --------------

def test_turkish_necessity_is_the_speakers_demand(classifier):
    got = positions(classifier, "Fidan, iki tarafın da silahları susturması gerektiğini söyledi.", "tr")
    assert got["ceasefire"] == [("TR", "demand")]
    got = positions(classifier, "Peskov, Kiev'in Donbas'tan çekilmesi gerektiğini söyledi.", "tr")
    assert got["territory"] == [("RU", "demand")]


# --- a name after an indefinite article is what a position noun asks for, not its owner (indefinite_articles) ----

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Moscú reiteró su exigencia de una Ucrania neutral.", {"neutrality": [("RU", "demand")]}),
    ("it", "Mosca ha ribadito la richiesta di un'Ucraina neutrale.", {"neutrality": [("RU", "demand")]}),
    ("fr", "Moscou a réitéré sa demande d'une Ukraine neutre.", {"neutrality": [("RU", "demand")]}),
    # the owner with a definite article or none stays the owner
    ("fr", "Moscou a rejeté la proposition de l'Ukraine d'un cessez-le-feu.",
     {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("es", "Moscú rechazó la propuesta de Ucrania de una tregua.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
])
def test_a_name_after_an_indefinite_article_is_no_owner(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posW: reporters' idioms of rejection (brushed off, shot down a plan, said no to, no question of; desestimó,
# hizo caso omiso, tumbó, dijo no a, no se plantea; bocciato, ignorato/liquidato una proposta, posto il veto,
# non se ne parla, non ha alcuna intenzione) are reject cues of their subject --------------------------------

REJECT_IDIOMS = [
    ("en", "The Kremlin brushed off calls from Kyiv for an unconditional truce.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("en", "Moscow shot down Washington's plan for a demilitarised zone along the front.", {"territory": [("RU", "reject"), ("US", "demand")]}),
    ("en", "Ukraine said no to any recognition of Crimea as Russian.", {"territory": [("UA", "reject")]}),
    ("en", "Kyiv said there was no question of handing over the Donbas.", {"territory": [("UA", "reject")]}),
    ("en", "There can be no ceasefire as long as Ukraine keeps mobilising, Peskov said.", {"ceasefire": [("RU", "reject")]}),
    ("es", "Moscú desestimó el plan de Washington de una zona desmilitarizada.", {"territory": [("RU", "reject"), ("US", "demand")]}),
    ("es", "El Kremlin hizo caso omiso del llamamiento de Kiev a una tregua incondicional.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("es", "Ucrania dijo no a cualquier reconocimiento de Crimea como rusa.", {"territory": [("UA", "reject")]}),
    ("es", "Rusia tumbó la propuesta ucraniana de un canje de todos por todos.", {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("es", "Zelenski dijo que no se plantea retirar las tropas del Donbás.", {"territory": [("UA", "reject")]}),
    ("it", "Mosca ha bocciato il piano di Washington per una zona smilitarizzata.", {"territory": [("RU", "reject"), ("US", "demand")]}),
    ("it", "Il Cremlino ha ignorato l'appello di Kiev per una tregua incondizionata.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("it", "La Russia ha liquidato come propaganda la proposta ucraina di uno scambio di tutti per tutti.", {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("it", "La Slovacchia ha posto il veto all'uso degli asset russi congelati per le riparazioni.", {"reparations": [("EU", "reject")]}),
    ("it", "Zelensky ha detto che non se ne parla di ritirare le truppe dal Donbass.", {"territory": [("UA", "reject")]}),
    ("it", "Mosca non ha alcuna intenzione di restituire i territori occupati, ha detto Peskov.", {"territory": [("RU", "reject")]}),    # discarding an offer, unthinkable, resisting a measure, cold water on an idea
    ("es", "Rusia desechó la oferta ucraniana de canjear a todos los prisioneros.", {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("es", "Moscú considera impensable devolver Crimea a Ucrania.", {"territory": [("RU", "reject")]}),
    ("es", "Kiev se resiste a retirar sus tropas de Zaporiyia.", {"territory": [("UA", "reject")]}),
    ("it", "La Russia ha scartato l'offerta ucraina di scambiare tutti i prigionieri.", {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("it", "Kiev resiste alla richiesta russa di ritirarsi dal Donbass.", {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("it", "Mosca ha gelato l'idea di una tregua natalizia.", {"ceasefire": [("RU", "reject")]}),
    ("en", "The Kremlin poured cold water on Kyiv's proposal for a Christmas ceasefire.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", REJECT_IDIOMS, ids=ids(REJECT_IDIOMS))
def test_reporters_idioms_of_rejection(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Russian air defences shot down 40 drones overnight, the ministry said."),  # a drone, no proposal
    ("it", "La banca ha liquidato gli asset russi congelati previsti dal piano."),  # assets, no proposal
])
def test_idioms_of_rejection_need_a_proposal(classifier, lang, text):
    assert all(st != "reject" for lbs in positions(classifier, text, lang).values() for _, st in lbs)


# --- posW: a green light, one's consent, being open to a measure (en, es) agree ----------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The Kremlin gave the green light to a new exchange of prisoners.", {"prisoners": [("RU", "agree")]}),
    ("en", "Kyiv is open to an energy truce, Zelensky said.", {"ceasefire": [("UA", "agree")]}),
    ("es", "Kiev dio luz verde a una tregua energética.", {"ceasefire": [("UA", "agree")]}),
    ("es", "Moscú dio su visto bueno al canje de prisioneros.", {"prisoners": [("RU", "agree")]}),
    ("es", "Rusia dio su consentimiento al regreso de 20 niños deportados.", {"prisoners": [("RU", "agree")]}),
])
def test_a_green_light_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posW: a party's rejection noun before another party's position noun ('el rechazo de Ucrania al memorando
# ruso'): a preposition between a party and a noun after it is no modifier (Kyiv does not own 'del memorandum'),
# and of two nouns the one another party's owner stands nearer to is that party's -------------------------------

REJECTION_NOUNS = [
    ("it", "Il rifiuto ucraino del memorandum russo sui territori è arrivato in poche ore."),
    ("it", "Il rifiuto di Kiev del memorandum russo sui territori è arrivato in poche ore."),
    ("es", "El rechazo de Ucrania al memorando ruso sobre los territorios llegó en pocas horas."),
    ("es", "El rechazo ucraniano al memorando ruso sobre los territorios llegó en pocas horas."),
    ("en", "The Ukrainian rejection of the Russian demand for the Donbas came within hours."),
    ("en", "Ukraine's rejection of Russia's demand for the Donbas came within hours."),
]


@pytest.mark.parametrize("lang,text", REJECTION_NOUNS, ids=ids(REJECTION_NOUNS))
def test_a_rejection_noun_is_its_owners_beside_anothers_demand(classifier, lang, text):
    assert positions(classifier, text, lang) == {"territory": [("RU", "demand"), ("UA", "reject")]}


@pytest.mark.parametrize("lang,text", [
    ("es", "La negativa de Rusia a aceptar un alto el fuego irritó a Washington."),
    ("es", "La negativa rusa a una tregua sorprendió a Washington."),
    ("en", "Russia's refusal to agree to a ceasefire angered Washington."),
])
def test_a_refusal_noun_rejects(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject")]}


# --- posW: both sides in a clause a demand verb opens ('quiere que las dos partes acuerden') are what is asked,
# not parties to an agreement reached; after a reporting verb ('anunció que ambas partes acordaron') they agree --

@pytest.mark.parametrize("lang,text", [
    ("es", "Washington quiere que las dos partes acuerden un alto el fuego antes de la cumbre."),
    ("es", "Washington exige que ambas partes acuerden un alto el fuego."),
    ("it", "Washington chiede che le due parti concordino un cessate il fuoco."),
    ("it", "Washington vuole che le due parti concordino un cessate il fuoco prima del vertice."),
])
def test_both_sides_after_a_demand_verb_are_asked(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("US", "demand")]}


@pytest.mark.parametrize("lang,text", [
    ("es", "Turquía anunció que ambas partes acordaron un canje de prisioneros."),
    ("it", "La Turchia ha annunciato che le due parti hanno concordato uno scambio di prigionieri."),
])
def test_both_sides_after_a_reporting_verb_agree(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}


# --- posW: an Italian office with its department before the party adjective ('il ministro degli Esteri ucraino',
# 'della Difesa russo') is a party phrase, as Spanish 'el ministro de Exteriores ucraniano' was --------------

@pytest.mark.parametrize("text,expected", [
    ("Il ministro degli Esteri ucraino ha respinto la tregua.", {"ceasefire": [("UA", "reject")]}),
    ("Il ministro della Difesa russo ha respinto la tregua.", {"ceasefire": [("RU", "reject")]}),
    ("Non se ne parla di cedere la Crimea, ha affermato il ministro degli Esteri ucraino.", {"territory": [("UA", "reject")]}),
])
def test_an_italian_office_with_its_department_is_a_party(classifier, text, expected):
    assert positions(classifier, text, "it") == expected


# --- posW: a pronoun's reporting verb gives no second stance to the party the reported words already give one
# ('He said Kyiv would never give up its territory' after a sentence naming a Ukrainian speaker: UA reject only) --

def after(classifier, before, text, lang):
    labels = classifier.classify_document([(before, lang, None, None), (text, lang, None, None)])[1]
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in labels}


@pytest.mark.parametrize("text,expected", [
    ("He said Kyiv would never give up its territory.", {"territory": [("UA", "reject")]}),
    ("He said Ukraine would never recognise Crimea as Russian.", {"territory": [("UA", "reject")]}),
    ("He said Kyiv would accept a 30-day truce.", {"ceasefire": [("UA", "agree")]}),
    # what another party must do stays the speaker's demand
    ("He said Russia must pay reparations for the damage.", {"reparations": [("UA", "demand")]}),
])
def test_a_pronouns_reporting_verb_adds_no_second_stance(classifier, text, expected):
    before = "Ukrainian Foreign Minister Andrii Sybiha spoke to reporters in Brussels."
    assert after(classifier, before, text, "en") == expected


# --- posW: es, it the owner after the issue standing bare ('la propuesta de tregua de Kiev', 'la richiesta di
# riparazioni di Kiev'; bare_contents) owns the position noun; an issue about a party does not ---------------------

BARE_CONTENTS = [
    ("it", "Mosca ha respinto la richiesta di riparazioni di Kiev.", {"reparations": [("RU", "reject"), ("UA", "demand")]}),
    ("es", "Moscú rechazó la exigencia de reparaciones de Kiev.", {"reparations": [("RU", "reject"), ("UA", "demand")]}),
    ("it", "Mosca ha respinto la proposta di tregua dell'Ucraina.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("es", "Moscú rechazó la propuesta de alto el fuego de Ucrania.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("it", "Mosca ha respinto la proposta di cessate il fuoco degli Stati Uniti.", {"ceasefire": [("RU", "reject"), ("US", "demand")]}),
    ("es", "Lavrov tachó de absurda la exigencia de reparaciones de Kiev.", {"reparations": [("RU", "reject"), ("UA", "demand")]}),
    ("es", "Moscú rechazó la propuesta de neutralidad de Ucrania.", {"neutrality": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", BARE_CONTENTS, ids=ids(BARE_CONTENTS))
def test_the_owner_after_a_bare_issue(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posW: verbs that label a party's proposal (branded, dubbed; bollato come; tachó de, tildó de) report the
# speaker's judgement, as 'said ... was absurd' does: the speaker rejects, the owner demands ----------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Lavrov branded Kyiv's demand for reparations absurd.", {"reparations": [("RU", "reject"), ("UA", "demand")]}),
    ("en", "Peskov dubbed the European proposal for a reassurance force unacceptable.",
     {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("it", "Peskov ha bollato come inaccettabile la proposta europea di una forza di rassicurazione.",
     {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("es", "Peskov tildó de inaceptable la propuesta europea de una fuerza de paz.",
     {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
])
def test_labelling_a_proposal_judges_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posW: not ruling a measure out (does not rule out, no descarta, non esclude) is openness to it, no rejection --

@pytest.mark.parametrize("lang,text,stance", [
    ("en", "Moscow does not rule out a new prisoner exchange, Peskov said.", "agree"),
    ("en", "Moscow has not ruled out a new prisoner exchange.", "agree"),
    ("en", "Moscow ruled out a new prisoner exchange.", "reject"),
    ("es", "Moscú no descarta un nuevo canje de prisioneros, dijo Peskov.", "agree"),
    ("es", "Moscú descartó un nuevo canje de prisioneros.", "reject"),
    ("it", "Mosca non esclude un nuovo scambio di prigionieri, ha detto Peskov.", "agree"),
    ("it", "Mosca ha escluso un nuovo scambio di prigionieri.", "reject"),
])
def test_not_ruling_out_is_openness(classifier, lang, text, stance):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", stance)]}


# --- posW: es, it joining another party's proposal (se sumó a, ha aderito a) or giving one's assent to it (dio por
# buena, ha dato il suo assenso) agrees; the proposal stays its owner's demand --------------------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Ucrania se sumó a la propuesta estadounidense de un alto el fuego de 30 días.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("it", "L'Ucraina ha aderito alla proposta americana di un cessate il fuoco di 30 giorni.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("es", "Rusia dio por buena la propuesta turca de un canje de prisioneros.", {"prisoners": [("RU", "agree"), ("TR", "demand")]}),
    ("it", "La Russia ha dato il suo assenso alla proposta turca di uno scambio di prigionieri.", {"prisoners": [("RU", "agree"), ("TR", "demand")]}),
])
def test_joining_a_proposal_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posW: making X a condition of an agreement demands X ('made ... a precondition for any settlement', 'hizo de
# ... una condición para cualquier acuerdo', 'ha fatto della ... una condizione per qualsiasi intesa'): the maker
# demands, the agreement the condition is for is no agreement, and a name before the determiner owns no condition -

@pytest.mark.parametrize("lang,text", [
    ("en", "Moscow made Ukraine's neutrality a precondition for any settlement."),
    ("en", "Moscow made the neutrality of Ukraine a condition for any settlement."),
    ("es", "Moscú hizo de la neutralidad de Ucrania una condición para cualquier acuerdo."),
    ("it", "Mosca ha fatto della neutralità dell'Ucraina una condizione per qualsiasi intesa."),
])
def test_making_a_condition_demands_it(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("RU", "demand")]}


def test_agreeing_to_conditions_still_agrees(classifier):
    assert positions(classifier, "Kyiv agreed to the conditions for a ceasefire.", "en") == {"ceasefire": [("UA", "agree")]}


# --- posW: es 'solo será posible cuando / si / tras ...' is a condition (a demand cue), so the party in the condition
# is not the subject of the reporting verb after the comma: the speaker demands --------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Un alto el fuego solo será posible cuando Kiev se retire del Donbás, afirmó Lavrov.",
     {"ceasefire": [("RU", "demand")], "territory": [("RU", "demand")]}),
    ("\"Un alto el fuego solo será posible cuando Kiev se retire del Donbás\", afirmó Lavrov.",
     {"ceasefire": [("RU", "demand")], "territory": [("RU", "demand")]}),
    ("La paz solo será posible tras la retirada de las tropas rusas, dijo Zelenski.", {"territory": [("UA", "demand")]}),
])
def test_only_possible_when_is_a_condition(classifier, text, expected):
    assert positions(classifier, text, "es") == expected

# --- posT: tr idioms of saying no or yes ('hayır dedi', 'olumsuz yanıt verdi', 'sıcak bakmıyor', 'gerçekçi bulmadı',
# 'gündemde bile değil'; 'evet dedi', 'onay verdi', 'yeşil ışık yaktı', 'açık olduğunu', 'itiraz etmiyor') ----------

TR_IDIOMS = [
    ("Kiev yönetimi, toprakların Rusya'ya devredilmesi fikrine kesin bir dille hayır dedi.", {"territory": [("UA", "reject")]}),
    ("Kremlin, Avrupa'nın ateşkes önerisine olumsuz yanıt verdi.", {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("Rusya, ateşkes çağrısına sıcak bakmıyor.", {"ceasefire": [("RU", "reject")]}),
    ("Kiev, ateşkes planını gerçekçi bulmadığını açıkladı.", {"ceasefire": [("UA", "reject")]}),
    ("Moskova, Avrupa askerlerinin konuşlandırılmasının gündemde bile olmadığını söyledi.", {"neutrality": [("RU", "reject")]}),
    ("Macaristan, tazminat kredisine onay vermedi.", {"reparations": [("EU", "reject")]}),
    ("Almanya, dondurulmuş varlıkların kullanılmasına itiraz etti.", {"reparations": [("EU", "reject")]}),
    ("Ukrayna heyeti, yeni esir takası listesine onay verdi.", {"prisoners": [("UA", "agree")]}),
    ("Rusya, esir takasına evet dedi.", {"prisoners": [("RU", "agree")]}),
    ("Polonya, tazminat kredisine yeşil ışık yaktı.", {"reparations": [("EU", "agree")]}),
    ("Almanya, dondurulmuş varlıkların kullanılmasına itiraz etmiyor.", {"reparations": [("EU", "agree")]}),
    ("Zelenskiy, cephe hattında ateşkesi kabul etmeye açık olduklarını söyledi.", {"ceasefire": [("UA", "agree")]}),
]


@pytest.mark.parametrize("text,expected", TR_IDIOMS)
def test_turkish_idioms_of_no_and_yes(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posT: tr a name written with a pattern ending in \w* keeps its case ending after the apostrophe
# ('Vatikan'ın', 'Trump'ın'): a genitive owner of the position noun, not the subject of the participle -------------

@pytest.mark.parametrize("text,expected", [
    ("Moskova, Vatikan'ın Noel ateşkesi önerisini kabul ettiğini açıkladı.",
     {"ceasefire": [("OTHER", "demand"), ("RU", "agree")]}),
    ("Kiev, Trump'ın esir takası önerisini desteklediğini duyurdu.", {"prisoners": [("UA", "agree"), ("US", "demand")]}),
    ("Rusya, Brüksel'in ateşkes teklifini kabul ettiğini duyurdu.", {"ceasefire": [("EU", "demand"), ("RU", "agree")]}),
])
def test_turkish_case_ending_after_any_name(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posT: tr a genitive before a cue and its light verb as a relative participle ('Rusya'nın ilan ettiği ateşkes',
# 'Ukrayna'nın kabul ettiği') holds the cue's stance, as one before a one-word participle ('önerdiği') does ---------

@pytest.mark.parametrize("text,expected", [
    ("Kiev, Rusya'nın ilan ettiği üç günlük ateşkesi reddetti.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("Putin'in ilan ettiği ateşkes üç gün sürecek.", {"ceasefire": [("RU", "demand")]}),
    ("Ukrayna'nın kabul ettiği ateşkes başladı.", {"ceasefire": [("UA", "agree")]}),
])
def test_turkish_genitive_of_a_light_verb_participle(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posT: tr a genitive before its possessed position noun owns it ('Avrupa'nın ... planını'), also where the noun
# is no cue and a participle follows; a verbal noun without a subject of its own ('müzakere etmeyi') takes the noun
# as its object, so the genitive stays its owner ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Moskova, Ukrayna'nın ateşkes planını müzakere etmeyi reddettiğini açıkladı.",
     {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("Zelenskiy, Avrupa'nın güvenlik garantileri planını memnuniyetle karşıladığını söyledi.",
     {"neutrality": [("EU", "demand"), ("UA", "agree")]}),
    ("Kremlin, Trump'ın ateşkes planını şu aşamada gerçekçi bulmadığını açıkladı.",
     {"ceasefire": [("RU", "reject"), ("US", "demand")]}),
    # a verbal noun with a subject of its own ('vazgeçmesini') still has the genitive as its subject
    ("Zelenskiy, Rusya'nın esir takasını kabul ettiğini söyledi.", {"prisoners": [("RU", "agree")]}),
])
def test_turkish_genitive_owns_its_possessed_noun_before_a_participle(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posT: tr a verb of no stance in the conditional after a name ('Rusya da uyarsa', 'Rusya saldırıları durdurursa')
# makes the name the subject of a condition: it holds nothing ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ukrayna, Rusya saldırıları durdurursa enerji ateşkesini kabul edeceğini duyurdu.",
    "Ukrayna, Rusya da uyarsa enerji ateşkesini kabul edeceğini duyurdu.",
    "Kiev, Rusya geri çekilirse ateşkesi kabul edeceğini açıkladı.",
])
def test_turkish_subject_of_a_conditional_verb_holds_nothing(classifier, text):
    assert positions(classifier, text, "tr") == {"ceasefire": [("UA", "agree")]}


# --- posT: tr 'Avrupa' right before a force it names ('Avrupa barış gücü', 'Avrupa kuvvetleri') is an adjective,
# as 'Batı' is; and a subject ready to host talks or to mediate ('ev sahipliği yapmaya hazır') holds nothing -------

@pytest.mark.parametrize("text,expected", [
    ("Peskov, Avrupa barış gücü fikrini kesinlikle reddetti.", {"neutrality": [("RU", "reject")]}),
    ("Avrupa'nın barış gücü planını Rusya reddetti.", {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("Erdoğan, İstanbul'un yeni bir esir takası görüşmesine ev sahipliği yapmaya hazır olduğunu söyledi.",
     {"prisoners": []}),
    ("Türkiye, ateşkes müzakerelerine ev sahipliği yapmaya hazır olduğunu ve ateşkes talep ettiğini açıkladı.",
     {"ceasefire": [("TR", "demand")]}),
])
def test_turkish_european_force_and_host(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posT: tr the verb closes the sentence: a sentence that names no holder and ends in a finite active stanced or
# reporting verb ('... kullanılmasını istedi.', 'Onlar, ... ısrar ediyor.', '... kabul ettiklerini açıkladı.') has
# its subject dropped (or a pronoun far before the verb): the party of the sentence before; a passive drops none -----

def tr_document(classifier, *sentences):
    results = classifier.classify_document([(s, "tr", None, None) for s in sentences])
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in results[-1]}


@pytest.mark.parametrize("before,text,expected", [
    ("Ukrayna Devlet Başkanı Zelenskiy, Kiev'de bir basın toplantısı düzenledi.",
     "Avrupa'dan dondurulmuş Rus varlıklarının tazminat için kullanılmasını istedi.", {"reparations": [("UA", "demand")]}),
    ("Rus heyeti İstanbul'daki görüşmelere katıldı.",
     "Onlar, Ukrayna'nın tarafsız statüyü anayasaya yazmasında ısrar ediyor.", {"neutrality": [("RU", "demand")]}),
    ("Ukrayna heyeti görüşmelerin ardından basın toplantısı düzenledi.",
     "Esir takası önerisini kabul ettiklerini açıkladı.", {"prisoners": [("UA", "agree")]}),
    ("Kremlin Sözcüsü Dmitriy Peskov günlük basın toplantısında konuştu.",
     "Ateşkesin ancak Kiev'e silah sevkiyatı durdurulursa mümkün olacağını söyledi.", {"ceasefire": [("RU", "demand")]}),
    # a passive drops no subject; two parties before give none
    ("Ukrayna heyeti görüşmelerin ardından basın toplantısı düzenledi.", "Esir takası önerisi kabul edildi.",
     {"prisoners": []}),
    ("Rusya ve Ukrayna heyetleri İstanbul'da buluştu.", "Esir takasını kabul ettiklerini açıkladı.", {"prisoners": []}),
])
def test_turkish_dropped_subject_before_a_final_verb(classifier, before, text, expected):
    assert tr_document(classifier, before, text) == expected


# --- posT: tr spellings of officials' names ('Sibiha', 'Uşakov', 'Şmihal', 'Kislitsa', 'Dmitriyev') ---------------

@pytest.mark.parametrize("text,expected", [
    ("\"Rusya'nın tazminat ödemesini istiyoruz,\" diye konuştu Sibiha.", {"reparations": [("UA", "demand")]}),
    ("Uşakov, Avrupa'nın ateşkes planını reddetti.", {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("Şmihal, esir takası önerisini kabul etti.", {"prisoners": [("UA", "agree")]}),
    ("Dmitriyev, dondurulmuş varlıkların kullanılmasını reddetti.", {"reparations": [("RU", "reject")]}),
])
def test_turkish_spellings_of_officials(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posT: tr two clauses, each with its own bare-name subject after a finite verb and a comma ('ABD, ... önerdi,
# ancak Avrupa bu öneriye karşı çıktı'): the first subject's verb closes its own clause, the second opens one ------

@pytest.mark.parametrize("text,expected", [
    ("ABD, Ukrayna'nın NATO üyeliğini gündemden çıkarmayı önerdi, ancak Avrupa bu öneriye karşı çıktı.",
     {"neutrality": [("EU", "reject"), ("US", "demand")]}),
    ("Rusya enerji ateşkesini reddetti, ancak Ukrayna kabul etti.", {"ceasefire": [("RU", "reject"), ("UA", "agree")]}),
    ("Moskova, Kiev'in ateşkes çağrısını reddetti, Washington ise bu çağrıya destek verdi.",
     {"ceasefire": [("RU", "reject"), ("UA", "demand"), ("US", "agree")]}),
])
def test_turkish_second_clause_with_its_own_subject(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posT: tr a genitive before a participle that tables something ('Ukrayna'nın sunduğu liste', 'hazırladığı')
# demands it; before a position noun the genitive owns the noun as before ('öne sürdüğü ateşkes şartlarını') ------

@pytest.mark.parametrize("text,expected", [
    ("Rus heyeti, Ukrayna'nın sunduğu esir takası listesini onaylamadı.",
     {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("Kiev, Moskova'nın öne sürdüğü ateşkes şartlarını kabul edilemez buldu.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("Rusya, Ukrayna'nın sunduğu ateşkes planını reddetti.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
])
def test_turkish_genitive_of_a_tabling_participle(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posT: tr a dropped or pronoun subject beside a genitive that only owns a position noun ('O, Rusya'nın ateşkes
# önerisini samimi bulmadığını söyledi.'): the owner demands, the subject is the party of the sentence before -------

@pytest.mark.parametrize("before,text,expected", [
    ("Zelenskiy, Kiev'de gazetecilerle bir araya geldi.", "O, Rusya'nın ateşkes önerisini samimi bulmadığını söyledi.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("Ukrayna heyeti Cidde'deki görüşmelerden sonra açıklama yaptı.", "ABD'nin ateşkes planını desteklediklerini açıkladı.",
     {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
])
def test_turkish_dropped_subject_beside_an_owner(classifier, before, text, expected):
    assert tr_document(classifier, before, text) == expected


# --- posT: tr a bare name opening the sentence with no comma, a genitive owner right after it ('Moskova Kiev'in
# ateşkes çağrısını reddetti'): the opening name is the subject of the verb closing its clause ----------------------

@pytest.mark.parametrize("text,expected", [
    ("Moskova Kiev'in ateşkes çağrısını reddetti.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("Kiev Rusya'nın esir takası önerisini kabul etti.", {"prisoners": [("RU", "demand"), ("UA", "agree")]}),
    ("Moskova Kiev'in ateşkes çağrısını reddetti, Washington ise bu çağrıya destek verdi.",
     {"ceasefire": [("RU", "reject"), ("UA", "demand"), ("US", "agree")]}),
])
def test_turkish_opening_name_before_a_genitive_owner(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posT: tr a genitive owns its position noun across the content a postposition closes ('Rusya'nın Ukrayna
# ordusunun küçültülmesi yönündeki talebine', 'tazminata ilişkin önerisini') ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Macron, Rusya'nın Ukrayna ordusunun küçültülmesi yönündeki talebine karşı çıktı.",
     {"neutrality": [("EU", "reject"), ("RU", "demand")]}),
    ("Kiev, Rusya'nın Kırım'ın tanınması yönündeki talebini reddetti.", {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("Kiev, Rusya'nın tazminata ilişkin önerisini reddetti.", {"reparations": [("RU", "demand"), ("UA", "reject")]}),
])
def test_turkish_genitive_owns_across_a_content_postposition(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posT: tr a yes or a positive answer withheld rejects ('evet demedi', 'olumlu yanıt vermedi'), a positive answer
# agrees; 'yineledi, tekrarladı, hatırlattı' are reporting verbs: the verb they report gives the stance ------------

@pytest.mark.parametrize("text,expected", [
    ("Rusya, BM'nin esir takası çağrısına olumlu yanıt vermedi.", {"prisoners": [("OTHER", "demand"), ("RU", "reject")]}),
    ("Lavrov, ABD'nin ateşkes teklifine evet demediklerini söyledi.", {"ceasefire": [("RU", "reject"), ("US", "demand")]}),
    ("Moskova, Kiev'in ateşkes çağrısına olumlu yanıt verdi.", {"ceasefire": [("RU", "agree"), ("UA", "demand")]}),
])
def test_turkish_answers_withheld_or_given(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


def test_turkish_reiterating_reports_the_verb_before(classifier):
    found = tr_document(classifier, "Ukrayna heyeti başkanı Umerov, Cenevre'deki görüşmelerin ardından konuştu.",
                        "Donbas'tan çekilmeyi kesinlikle reddettiklerini yineledi.")
    assert found == {"territory": [("UA", "reject")]}

# --- posR: a rejection denied by the negation right before it ('не возражает', 'не виключає') accepts; denying
# the drop of a position noun ('не откажется от требования') keeps the demand --------------------------------------

@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Москва не возражает против обмена пленными.", {"prisoners": [("RU", "agree")]}),
    ("ru", "Кремль не против обмена пленными.", {"prisoners": [("RU", "agree")]}),
    ("uk", "Київ не заперечує проти обміну полоненими.", {"prisoners": [("UA", "agree")]}),
    ("uk", "Москва не виключає нового обміну полоненими.", {"prisoners": [("RU", "agree")]}),
    ("ru", "Россия не откажется от требования о признании Крыма российским.", {"territory": [("RU", "demand")]}),
    ("uk", "Росія не відмовиться від вимоги про визнання Криму російським.", {"territory": [("RU", "demand")]}),
])
def test_a_denied_rejection_accepts_or_keeps_the_demand(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    # a refusal of what the noun names stays a refusal; a negated agreement stays a rejection
    ("ru", "Россия никогда не откажется от Крыма.", {"territory": [("RU", "reject")]}),
    ("uk", "Київ на це не згоден, але Москва вимагає нейтралітету.", {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
])
def test_a_refusal_or_negated_agreement_still_rejects(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- posR: a place that speaks keeps its verb across a negation ('У Кремлі не виключають ...') -------------------

@pytest.mark.parametrize("lang,text,want", [
    ("uk", "У Кремлі не виключають нового обміну полоненими.", {"prisoners": [("RU", "agree")]}),
    ("ru", "В Кремле не согласны на перемирие.", {"ceasefire": [("RU", "reject")]}),
])
def test_a_speaking_place_keeps_a_negated_verb(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- posR: ru, uk refusals told as an answer, an ignored offer, no sense seen, not wanting ---------------------------

@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Киев ответил отказом на предложение Москвы о нейтральном статусе.", {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("uk", "Київ відповів відмовою на пропозицію Москви щодо нейтрального статусу.", {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("ru", "Мединский сказал «нет» предложению о безоговорочном прекращении огня.", {"ceasefire": [("RU", "reject")]}),
    ("uk", "Мединський сказав «ні» пропозиції про беззастережне припинення вогню.", {"ceasefire": [("RU", "reject")]}),
    ("ru", "Предложение Киева о прекращении огня Москва проигнорировала.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("uk", "Кремль не бачить сенсу в 30-денному перемир'ї.", {"ceasefire": [("RU", "reject")]}),
    ("ru", "Москва не хочет прекращения огня, заявил Зеленский.", {"ceasefire": [("RU", "reject")]}),
    ("uk", "Москва не хоче припинення вогню, заявив Зеленський.", {"ceasefire": [("RU", "reject")]}),
])
def test_refusals_told_as_answers_or_unwillingness(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    # not wanting another party to act is a demand on it; not wanting to join an alliance is the neutrality asked
    ("ru", "Россия не хочет, чтобы Украина вступила в НАТО.", ("RU", "reject")),
    ("uk", "Україна не хоче вступати до НАТО зараз.", ("UA", "reject")),
])
def test_not_wanting_another_party_to_act_is_no_refusal(classifier, lang, text, want):
    assert want not in positions(classifier, text, lang)["neutrality"]


# --- posR: ru, uk readiness for a thing ('готовность к', 'готовність до'), to consider or discuss it, and openness to it
# accept it; readiness to act for the other side stays an offer; 'при наличии', 'за наявності' open its condition -----

@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Россия выразила готовность к обмену пленными.", {"prisoners": [("RU", "demand")]}),
    ("uk", "Росія висловила готовність до обміну полоненими.", {"prisoners": [("RU", "demand")]}),
    ("ru", "Путин заявил о готовности рассмотреть перемирие.", {"ceasefire": [("RU", "agree")]}),
    ("uk", "Путін заявив про готовність розглянути перемир'я.", {"ceasefire": [("RU", "agree")]}),
    ("ru", "Киев открыт к обсуждению нейтрального статуса при наличии гарантий безопасности.",
     {"neutrality": [("UA", "agree"), ("UA", "demand")]}),
    ("uk", "Київ відкритий до обговорення нейтрального статусу за наявності гарантій безпеки.",
     {"neutrality": [("UA", "agree"), ("UA", "demand")]}),
    # an offer to act stays a demand
    ("ru", "Москва готова в одностороннем порядке передать Украине тела погибших.", {"prisoners": [("RU", "demand")]}),
])
def test_readiness_for_a_thing_accepts_it(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- posR: ru, uk a round of exchange is no round of talks: readiness to hold one is an offer, not mediation ---------

@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Министр обороны Украины заявил, что Киев готов провести новый раунд обмена пленными.", {"prisoners": [("UA", "demand")]}),
    ("uk", "Міністр оборони України заявив, що Київ готовий провести новий раунд обміну полоненими.", {"prisoners": [("UA", "demand")]}),
])
def test_a_round_of_exchange_is_no_mediation(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


def test_readiness_to_host_a_round_of_talks_still_mediates(classifier):
    assert positions(classifier, "Турция готова провести новый раунд переговоров о перемирии.", "ru") == {"ceasefire": []}


# --- posR: ru, uk bare 'Делегации' opening the sentence before a plural verb are the two negotiating sides ----------

@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Делегации подписали меморандум об обмене пленными.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("uk", "Делегації підписали меморандум про обмін полоненими.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    # a genitive singular after an office is its own party's
    ("ru", "Глава украинской делегации подписал меморандум об обмене пленными.", {"prisoners": [("UA", "agree")]}),
])
def test_bare_delegations_opening_the_sentence_are_both_sides(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- posR: more ru, uk refusal words: a refusal as a reaction ('отреагировал отказом', 'відреагував відмовою'), the
# passive 'отклонено' ('отклонён'), 'не отдадим' as a refusal ------------------------------------------------------

@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Кремль отреагировал отказом на предложение Европы о прекращении огня.", {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("uk", "Кремль відреагував відмовою на пропозицію Європи щодо припинення вогню.", {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("ru", "Перемирие было отклонено Киевом как «пропагандистский трюк».", {"ceasefire": [("UA", "reject")]}),
    ("ru", "«Мы не отдадим ни метра нашей земли», — сказал Зеленский.", {"territory": [("UA", "reject")]}),
])
def test_more_refusal_words(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- posR: ru, uk the two sides in the instrumental ('обеими сторонами', 'обома сторонами') are a passive's agent --

@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Инициатива Анкары о новом обмене пленными была поддержана обеими сторонами.",
     {"prisoners": [("RU", "agree"), ("TR", "demand"), ("UA", "agree")]}),
    ("uk", "Обмін полоненими був підтриманий обома сторонами.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    # a plural instrumental name is an agent too
    ("ru", "Перемирие было отвергнуто американцами.", {"ceasefire": [("US", "reject")]}),
])
def test_the_two_sides_as_a_passives_agent(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- posR: a relative word ('как', 'як', 'che') gives the name after its verb the verb only where no name stands
# between them: 'Как сообщает Bloomberg, США предложили Киеву ...' -------------------------------------------------

@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Как сообщает Bloomberg, США предложили Киеву отказаться от Донбасса.", {"territory": [("US", "demand")]}),
    ("uk", "Як стверджує Bloomberg, США нібито запропонували Києву відмовитися від Донбасу.", {"territory": [("US", "demand")]}),
    # the subject after the relative's verb still holds
    ("ru", "Москва отвергла перемирие, которое предложили США.", {"ceasefire": [("RU", "reject"), ("US", "demand")]}),
])
def test_a_relative_gives_no_subject_past_a_name(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- posR: uk the White House in the nominative ('Білий дім', not only 'Білого дому') names the US -----------------

def test_the_white_house_in_the_ukrainian_nominative(classifier):
    assert positions(classifier, "Білий дім наполягає на негайному припиненні вогню.", "uk") == {"ceasefire": [("US", "demand")]}


# --- posR: ru, uk consent asked by another party's demand verb ('требует согласия Москвы', 'добивается от Москвы
# согласия') is no agreement of its owner; waiting for something from a party ('ждет от', 'чекає від') expects it --

@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Вашингтон добивается от Москвы согласия на прекращение огня.", {"ceasefire": [("US", "demand")]}),
    ("ru", "Вашингтон требует согласия Москвы на перемирие.", {"ceasefire": [("US", "demand")]}),
    ("uk", "Вашингтон домагається від Москви згоди на припинення вогню.", {"ceasefire": [("US", "demand")]}),
    ("ru", "Киев ждет от Москвы согласия на обмен пленными.", {"prisoners": [("UA", "demand")]}),
    ("uk", "Київ чекає від Москви згоди на обмін полоненими.", {"prisoners": [("UA", "demand")]}),
    # consent given stays an agreement
    ("ru", "Москва дала согласие на обмен пленными.", {"prisoners": [("RU", "agree")]}),
])
def test_consent_asked_is_no_agreement(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- posR: ru, uk the two sides after a verb that agrees or rejects ('поддержали обе стороны', 'відкинули обидві
# сторони') are its subject, also behind a participle's agent; after a demand verb they are addressed -------------

@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Инициативу Анкары об обмене пленными поддержали обе стороны.",
     {"prisoners": [("RU", "agree"), ("TR", "demand"), ("UA", "agree")]}),
    ("uk", "Ініціативу Анкари щодо обміну полоненими підтримали обидві сторони.",
     {"prisoners": [("RU", "agree"), ("TR", "demand"), ("UA", "agree")]}),
    ("ru", "Предложенный Катаром план обмена пленными одобрили обе стороны.",
     {"prisoners": [("OTHER", "demand"), ("RU", "agree"), ("UA", "agree")]}),
    ("uk", "Ватикан закликав обидві сторони до перемир'я.", {"ceasefire": [("OTHER", "demand")]}),
])
def test_the_two_sides_after_their_verb(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- posR: uk the partner between 'підписала' and the agreement ('підписала зі США угоду') agrees too -------------

def test_a_partner_before_the_agreement_signed(classifier):
    got = positions(classifier, "Україна підписала зі США угоду про гарантії безпеки.", "uk")
    assert got == {"neutrality": [("UA", "agree"), ("US", "agree")]}


# --- posR: ru, uk another party's position noun is no verb of the subject ('взяла до відома пропозицію Вашингтона');
# taking note ('принять к сведению') is no acceptance -----------------------------------------------------------------

@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Россия приняла к сведению предложение Вашингтона о перемирии.", {"ceasefire": [("US", "demand")]}),
    ("uk", "Росія взяла до відома пропозицію Вашингтона про перемир'я.", {"ceasefire": [("US", "demand")]}),
    # an owner coordinated with the subject stays: 'Москва і Київ дійшли згоди'
    ("uk", "Москва і Київ дійшли згоди щодо обміну полоненими.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("ru", "Россия приняла предложение Вашингтона о перемирии.", {"ceasefire": [("RU", "agree"), ("US", "demand")]}),
])
def test_another_partys_noun_is_no_verb_of_the_subject(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- posR: a dropped-subject reporting verb ('Наголосив, що ...') gives no second stance to a party its reported
# clause already gives one ('Україна ніколи не визнає ...': UA reject, not also demand) --------------------------

@pytest.mark.parametrize("lang,before,text,want", [
    ("uk", "Президент України Володимир Зеленський виступив у Верховній Раді.",
     "Наголосив, що Україна ніколи не визнає окупацію своїх територій.", {"territory": [("UA", "reject")]}),
    ("ru", "Президент Украины Владимир Зеленский выступил в Верховной Раде.",
     "Подчеркнул, что Украина никогда не признает оккупацию своих территорий.", {"territory": [("UA", "reject")]}),
    # with no party of its own in the clause, the speaker still holds
    ("uk", "Президент України Володимир Зеленський виступив у Верховній Раді.",
     "Наголосив, що перемир'я без гарантій безпеки неможливе.",
     {"ceasefire": [("UA", "demand")], "neutrality": [("UA", "demand")]}),
])
def test_a_dropped_subject_reporter_gives_no_second_stance(classifier, lang, before, text, want):
    results = classifier.classify_document([(before, lang, None, None), (text, lang, None, None)])
    assert {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in results[-1]} == want

# --- posP: German refusal idioms (eine Absage erteilen, sich sperren gegen, verwerfen, keine Rede, keine Option) ----

@pytest.mark.parametrize("text,category,holder", [
    ("Selenskyj erteilte einem Verzicht auf den NATO-Beitritt eine klare Absage.", "neutrality", "UA"),
    ("Belgien sperrt sich gegen die Nutzung der eingefrorenen russischen Vermögen.", "reparations", "EU"),
    ("Eine Waffenruhe zu Ostern hatte der Kreml zuvor verworfen.", "ceasefire", "RU"),
    ("Von einem Rückzug aus Saporischschja könne keine Rede sein, sagte Peskow.", "territory", "RU"),
    ("Ein Verzicht auf die NATO-Mitgliedschaft sei für Kiew keine Option, sagte Umerow.", "neutrality", "UA"),
    ("Russland hält nichts von einer europäischen Friedenstruppe in der Ukraine.", "neutrality", "RU"),
    ("Eine Anerkennung der Krim als russisch komme für die Ukraine nicht in Frage, sagte Sybiha.", "territory", "UA"),
])
def test_german_refusal_idioms_reject(classifier, text, category, holder):
    assert positions(classifier, text, "de") == {category: [(holder, "reject")]}


# --- posP: German accepting verbs (den Vorschlag annehmen, einwilligen, bereit, über X zu verhandeln) --------------

@pytest.mark.parametrize("text,category,holder", [
    ("Moskau nahm den Vorschlag einer Feuerpause über Weihnachten an.", "ceasefire", "RU"),
    ("Kiew willigte in einen Austausch der Gefallenen ein.", "prisoners", "UA"),
    ("Moskau sei bereit, über einen Gefangenenaustausch zu sprechen, sagte Peskow.", "prisoners", "RU"),
])
def test_german_accepting_verbs_agree(classifier, text, category, holder):
    assert positions(classifier, text, "de") == {category: [(holder, "agree")]}


def test_german_assuming_is_no_acceptance(classifier):
    # 'nimmt an, dass' (assumes that) is no acceptance: the content's own verb gives the stance
    found = positions(classifier, "Der Kreml nimmt an, dass Kiew einen Austausch der Gefangenen vorschlagen wird.", "de")
    assert ("RU", "agree") not in found.get("prisoners", [])


# --- posP: Polish refusal idioms ('nie ma mowy', 'nie jest opcją', 'nie rozważa', 'powiedział „nie”') -------------

@pytest.mark.parametrize("text,category,holder", [
    ("Zełenski powiedział „nie” rezygnacji z członkostwa w NATO.", "neutrality", "UA"),
    ("O wycofaniu się z Zaporoża nie ma mowy, powiedział Pieskow.", "territory", "RU"),
    ("Warszawa nie rozważa wysłania polskich żołnierzy na Ukrainę.", "neutrality", "EU"),
    ("Rezygnacja z członkostwa w NATO nie jest dla Kijowa opcją, powiedział Umerow.", "neutrality", "UA"),
])
def test_polish_refusal_idioms_reject(classifier, text, category, holder):
    assert positions(classifier, text, "pl") == {category: [(holder, "reject")]}


# --- posP: Polish consent idioms ('otwarty na', 'zielone światło', 'wyraził zgodę', 'gotowa rozmawiać o') ---------

@pytest.mark.parametrize("text,category,holder", [
    ("Zełenski jest otwarty na trzydziestodniowe zawieszenie broni.", "ceasefire", "UA"),
    ("Kijów dał zielone światło dla wymiany wszystkich jeńców.", "prisoners", "UA"),
    ("Kreml wyraził zgodę na wymianę jeńców wojennych.", "prisoners", "RU"),
    ("Moskwa jest gotowa rozmawiać o wymianie jeńców, powiedział Pieskow.", "prisoners", "RU"),
    ("Rosyjskie ministerstwo obrony potwierdziło wymianę 390 jeńców.", "prisoners", "RU"),
])
def test_polish_consent_idioms_agree(classifier, text, category, holder):
    assert positions(classifier, text, "pl") == {category: [(holder, "agree")]}


@pytest.mark.parametrize("text,category,holder", [
    ("Kreml nie wyraził zgody na wymianę jeńców.", "prisoners", "RU"),
    ("Kijów nie jest otwarty na zawieszenie broni.", "ceasefire", "UA"),
])
def test_polish_consent_idioms_negated_reject(classifier, text, category, holder):
    assert positions(classifier, text, "pl") == {category: [(holder, "reject")]}


def test_polish_insisting_demands(classifier):
    found = positions(classifier, "Podczas gdy Moskwa upiera się przy wycofaniu wojsk z Doniecka, Kijów odrzuca wszelkie ustępstwa terytorialne.", "pl")
    assert found == {"territory": [("RU", "demand"), ("UA", "reject")]}


# --- posP: the partner after a reflexive agreement verb ('einigte sich mit Moskau', 'porozumiał się z Moskwą') ------

@pytest.mark.parametrize("lang,text,category", [
    ("de", "Kiew einigte sich mit Moskau auf einen Austausch von Gefangenen.", "prisoners"),
    ("de", "Kiew hat sich mit Moskau auf die Rückgabe von 300 Kindern verständigt.", "prisoners"),
    ("de", "Kiew hat sich mit Moskau auf einen Austausch von Gefangenen geeinigt.", "prisoners"),
    ("pl", "Kijów porozumiał się z Moskwą w sprawie powrotu 300 dzieci.", "prisoners"),
])
def test_the_partner_of_a_reflexive_agreement_verb_agrees(classifier, lang, text, category):
    assert positions(classifier, text, lang) == {category: [("RU", "agree"), ("UA", "agree")]}


def test_meeting_a_party_is_no_agreement_with_it(classifier):
    found = positions(classifier, "Kiew hat sich mit Moskau getroffen und einen Austausch von Gefangenen gefordert.", "de")
    assert found == {"prisoners": [("UA", "demand")]}


# --- posP: German tabling participles after their agent ('der von Washington vorgelegte Plan') -------------------

@pytest.mark.parametrize("text,expected", [
    ("Der von Washington vorgelegte Friedensplan sieht eine Waffenruhe entlang der Frontlinie vor.",
     {"ceasefire": [("US", "demand")]}),
    ("Der von Kiew unterbreitete Vorschlag eines Gefangenenaustauschs wurde von Moskau abgelehnt.",
     {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("Russland lehnte den von den Europäern eingebrachten Plan für eine Waffenruhe ab.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
])
def test_german_tabling_participle_gives_its_agent_a_demand(classifier, text, expected):
    assert positions(classifier, text, "de") == expected


# --- posP: pl 'porozumienie', 'umowa' are position nouns: a demand verb's object, their owners' agreement -------

@pytest.mark.parametrize("text,expected", [
    ("Trump naciska na szybkie porozumienie w sprawie zawieszenia broni.", {"ceasefire": [("US", "demand")]}),
    ("Europa domaga się porozumienia w sprawie rozejmu.", {"ceasefire": [("EU", "demand")]}),
    ("Porozumienie Rosji i Ukrainy o wymianie jeńców weszło w życie.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    # a verb before the noun still governs it
    ("Kijów odrzucił porozumienie o zawieszeniu broni.", {"ceasefire": [("UA", "reject")]}),
])
def test_polish_agreement_nouns(classifier, text, expected):
    assert positions(classifier, text, "pl") == expected


# --- posP: German, a subject with an auxiliary right after it holds the participle past a long middle field -------

@pytest.mark.parametrize("text,expected", [
    ("Putin hat einer 30-tägigen Aussetzung der Angriffe auf Energieanlagen zugestimmt, teilte das Weiße Haus mit.",
     {"ceasefire": [("RU", "agree")]}),
    ("Russland hat am Dienstag nach langen Verhandlungen in Istanbul eine dreißigtägige Waffenruhe abgelehnt, sagte Selenskyj.",
     {"ceasefire": [("RU", "reject")]}),
])
def test_german_long_middle_field_after_an_auxiliary(classifier, text, expected):
    assert positions(classifier, text, "de") == expected


# --- posP: German reportive 'soll ... angeboten haben' (reportedly offered) is no obligation of its subject --------

@pytest.mark.parametrize("text,expected", [
    ("Russland soll Berichten zufolge einen Austausch von Kriegsgefangenen angeboten haben.", {"prisoners": [("RU", "demand")]}),
    ("Moskau soll eine Feuerpause über die Feiertage bereits am Montag abgelehnt haben.", {"ceasefire": [("RU", "reject")]}),
    # an obligation stays one: who must do it holds nothing, the speaker demands it
    ("Die Ukraine soll auf den NATO-Beitritt verzichten, sagte Peskow.", {"neutrality": [("RU", "demand")]}),
])
def test_german_reportive_soll_is_no_obligation(classifier, text, expected):
    assert positions(classifier, text, "de") == expected


# --- posP: pl a reflexive verb's 'się' (and a focus particle: 'także') between a relative verb and its subject ----

@pytest.mark.parametrize("text,expected", [
    ("Kijów odrzuca limit liczebności swojej armii, którego domaga się Moskwa.",
     {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("Moskwa odrzuca rozejm w powietrzu, któremu sprzeciwia się także Kijów.",
     {"ceasefire": [("RU", "reject"), ("UA", "reject")]}),
    ("Na wymianę jeńców zgodziła się Rosja.", {"prisoners": [("RU", "agree")]}),
])
def test_polish_subject_after_a_reflexive_verb(classifier, text, expected):
    assert positions(classifier, text, "pl") == expected


def test_polish_object_after_a_focus_particle_holds_nothing(classifier):
    assert positions(classifier, "Propozycję rozejmu poparła również Francja.", "pl") == {"ceasefire": [("EU", "agree")]}


# --- posP: pl masculine personal plural adjectives ('rosyjscy negocjatorzy', 'ukraińscy urzędnicy') name a party ----

@pytest.mark.parametrize("text,expected", [
    ("Rosyjscy negocjatorzy odrzucili rozejm.", {"ceasefire": [("RU", "reject")]}),
    ("Ukraińscy urzędnicy zaproponowali wymianę jeńców.", {"prisoners": [("UA", "demand")]}),
    ("Amerykańscy wysłannicy zaproponowali Kijowowi gwarancje bezpieczeństwa.", {"neutrality": [("US", "demand")]}),
])
def test_polish_plural_adjectives_name_a_party(classifier, text, expected):
    assert positions(classifier, text, "pl") == expected


# --- posP: pl a dropped subject with a present-tense verb ('Żądają w nim ...') takes the party of the sentence before -

@pytest.mark.parametrize("before,text,category,holder", [
    ("Ukraińscy negocjatorzy przedstawili w Stambule dokument.",
     "Żądają w nim również odszkodowań za wszystkie zniszczenia wojenne.", "reparations", "UA"),
    ("Rosyjska delegacja przyjechała do Stambułu w poniedziałek.", "Nalega na uznanie Krymu za rosyjski.", "territory", "RU"),
])
def test_polish_dropped_subject_in_the_present(classifier, before, text, category, holder):
    results = classifier.classify_document([(before, "pl", None, None), (text, "pl", None, None)])
    assert {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in results[-1]} == {category: [(holder, "demand")]}


# --- posP: pl judging a move negatively rejects it; ready for a measure ('gotów na rozejm') accepts it -----------

@pytest.mark.parametrize("text,expected", [
    ("Zełenski negatywnie ocenił propozycję referendum w sprawie Donbasu.", {"territory": [("UA", "reject")]}),
    ("Kijów sceptycznie odniósł się do planu zawieszenia broni.", {"ceasefire": [("UA", "reject")]}),
    ("Według Sybihy Kijów jest gotów na zawieszenie broni w powietrzu.", {"ceasefire": [("UA", "agree")]}),
    ("Moskwa nie jest gotowa na rozejm.", {"ceasefire": [("RU", "reject")]}),
])
def test_polish_judged_negatively_and_ready_for(classifier, text, expected):
    assert positions(classifier, text, "pl") == expected


# --- posP: a coordinated owner in the genitive owns the noun though the phrase's verb follows it -------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Der Vorschlag Russlands und der Ukraine sieht einen Austausch von Gefangenen vor.",
     {"prisoners": [("RU", "demand"), ("UA", "demand")]}),
    ("de", "Die Initiative Kiews und Washingtons für eine Waffenruhe sieht eine Überwachung durch die OSZE vor.",
     {"ceasefire": [("UA", "demand"), ("US", "demand")]}),
    # a nominative after the coordinator is the subject of the verb after it
    ("ru", "Предложение Киева о перемирии и Вашингтон поддержал.", {"ceasefire": [("UA", "demand"), ("US", "agree")]}),
])
def test_a_coordinated_genitive_owner_before_a_verb(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posP: pl 'dał do zrozumienia, że' (made it clear that) reports: the refusal it reports is its subject's -------

@pytest.mark.parametrize("text,expected", [
    ("Kijów dał jasno do zrozumienia, że nie odda żadnych terytoriów.", {"territory": [("UA", "reject")]}),
    ("Moskwa dała do zrozumienia, że nie zgodzi się na obecność wojsk NATO na Ukrainie.", {"neutrality": [("RU", "reject")]}),
    ("Rosja dała do zrozumienia, że Ukraina musi wycofać się z Donbasu.", {"territory": [("RU", "demand")]}),
])
def test_polish_made_it_clear_reports(classifier, text, expected):
    assert positions(classifier, text, "pl") == expected


# --- posP: what a party asks for 'instead of' X turns X down (alternatives: statt, anstatt, zamiast) --------------

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Peskow zufolge strebt Russland einen dauerhaften Frieden statt einer bloßen Feuerpause an.", {"ceasefire": [("RU", "reject")]}),
    ("de", "Kiew fordert statt einer Feuerpause einen vollständigen Abzug aus den besetzten Gebieten.",
     {"ceasefire": [("UA", "reject")], "territory": [("UA", "demand")]}),
    ("pl", "Rosja domaga się trwałego pokoju zamiast krótkiego rozejmu.", {"ceasefire": [("RU", "reject")]}),
    ("pl", "Zamiast rozejmu Moskwa proponuje rozmowy o statusie Donbasu.",
     {"ceasefire": [("RU", "reject")], "territory": [("RU", "demand")]}),
])
def test_instead_of_turns_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posP: an elliptic negated clause ('..., Russland dagegen nicht', '..., a Moskwa nie') rejects what the verb before did

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Die Ukraine akzeptierte die Waffenruhe, Russland dagegen nicht.", {"ceasefire": [("RU", "reject"), ("UA", "agree")]}),
    ("pl", "Ukraina zaakceptowała rozejm, Rosja natomiast nie.", {"ceasefire": [("RU", "reject"), ("UA", "agree")]}),
    ("pl", "Kijów poparł wymianę jeńców, a Moskwa nie.", {"prisoners": [("RU", "reject"), ("UA", "agree")]}),
    # not a negation that goes on ('nicht sofort, sondern ...')
    ("de", "Die Ukraine akzeptierte die Waffenruhe, Russland nicht sofort, sondern erst später.", {"ceasefire": [("UA", "agree")]}),
])
def test_an_elliptic_negated_clause_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posP: pl 'natomiast' (whereas) is no NATO: the broad neutrality rule matched 'nato' inside it -------------------

def test_polish_natomiast_is_no_nato(classifier):
    found = positions(classifier, "Kijów poparł rozejm, Moskwa natomiast go odrzuciła.", "pl")
    assert "neutrality" not in found


# --- posC: 'X is a red line (for Y)' refuses X: a reject cue where the copula names the line, not a demand ------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Any cap on the Ukrainian army is a red line, the foreign ministry in Kyiv said.", {"neutrality": [("UA", "reject")]}),
    ("de", "Ein Verzicht auf die Krim bleibt für die Ukraine eine rote Linie, betonte Sybiha.", {"territory": [("UA", "reject")]}),
    ("pl", "Oddanie Zaporoża pozostaje dla Ukrainy czerwoną linią, podkreślił Umierow.", {"territory": [("UA", "reject")]}),
    ("ru", "Вывод войск из Запорожья остается для Украины красной линией, подчеркнул Умеров.", {"territory": [("UA", "reject")]}),
])
def test_a_red_line_named_by_the_copula_refuses(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posC: leaving the door open to a measure is openness to it: agree --------------------------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Washington kept the door open to a partial truce at sea, Rubio said.", {"ceasefire": [("US", "agree")]}),
    ("de", "Das Weiße Haus hält sich die Tür für eine Feuerpause im Schwarzen Meer offen.", {"ceasefire": [("US", "agree")]}),
    ("pl", "Biały Dom zostawił otwartą furtkę do rozejmu na Morzu Czarnym.", {"ceasefire": [("US", "agree")]}),
    ("ru", "Белый дом оставил дверь открытой для перемирия на Черном море.", {"ceasefire": [("US", "agree")]}),
])
def test_leaving_the_door_open_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posC: a name after 'for' is no perspective holder of an evaluation past a contrastive ('..., but Belgium blocked it')

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Germany supported a reparations loan for Ukraine, but Belgium blocked it.", {"reparations": [("EU", "agree"), ("EU", "reject")]}),
    ("en", "Merz backed a reparations loan for Ukraine, but Belgium has resisted.", {"reparations": [("EU", "agree"), ("EU", "reject")]}),
    # the evaluation right after the name stays its own
    ("en", "A truce would be unacceptable for Moscow.", {"ceasefire": [("RU", "reject")]}),
])
def test_a_perspective_stops_at_a_contrastive(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posC: refusal idioms of reporters: reported 'halte nichts von', 'sperrt sich dagegen', 'nie widzi sensu' -------

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Der Kreml halte nichts von einer Schutztruppe aus Europa, sagte Uschakow.", {"neutrality": [("RU", "reject")]}),
    ("de", "Paris wirbt für eine europäische Schutztruppe, Berlin sperrt sich aber dagegen.", {"neutrality": [("EU", "demand"), ("EU", "reject")]}),
    ("pl", "Kijów nie widzi sensu w trzydniowym rozejmie, powiedział Jermak.", {"ceasefire": [("UA", "reject")]}),
])
def test_reporters_refusal_idioms(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posC: who stands ready to help arrange others' exchange, or to host talks on it, mediates: no position -------

@pytest.mark.parametrize("lang,text", [
    ("en", "Qatar said it stood ready to help arrange the return of more deported children."),
    ("de", "Die Türkei ist bereit, neue Gespräche über einen Gefangenenaustausch auszurichten, sagte Fidan."),
])
def test_a_helper_or_host_mediates(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": []}


# --- posC: an open question or a doubt ('ob', 'czy', 'ли', 'doubt that', 'bezweifeln, dass') takes no position -------

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Ob Kiew einem Austausch aller Gefangenen zustimmt, ist nach Angaben von Diplomaten noch offen.", {"prisoners": []}),
    ("de", "Diplomaten bezweifeln, dass Kiew einem Einfrieren der Front zustimmt.", {"territory": []}),
    ("pl", "Nie jest jasne, czy Kijów przystanie na wymianę wszystkich jeńców.", {"prisoners": []}),
    ("ru", "Пока неизвестно, поддержит ли Вашингтон идею энергетического перемирия.", {"ceasefire": []}),
    ("en", "Diplomats doubt that Kyiv would accept a freeze of the front line.", {"territory": []}),
])
def test_an_open_question_or_a_doubt_takes_no_position(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posC: calling a proposal a stunt, a trick, a provocation or an ultimatum rejects it (the namer rejects, the
# --- owner demands); 'Präsidialamt' is an office, 'На Банковой' (ru), 'Bankowa' (pl) the Ukrainian presidency ---

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The Kremlin called the European plan for a reassurance force a provocation.", {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("en", "Sybiha called the Russian demands for Ukraine's neutrality an ultimatum.", {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("de", "Das Präsidialamt in Kiew wertete das russische Angebot eines Gefangenenaustauschs als PR-Trick.", {"prisoners": [("RU", "demand"), ("UA", "reject")]}),
    ("pl", "Bankowa nazwała rosyjską propozycję rozejmu na Wielkanoc sztuczką.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("ru", "На Банковой назвали предложенное Москвой перемирие пропагандистским ходом.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
])
def test_calling_a_proposal_a_trick_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_polish_bankowa_as_an_adjective_is_no_party(classifier):
    assert "UA" not in {p[0] for ps in positions(classifier, "Unia bankowa poparła wykorzystanie zamrożonych rosyjskich aktywów.", "pl").values() for p in ps}


# --- posC: consent made conditional on something ('conditions its consent ... on', 'macht ... von ... abhängig',
# --- 'uzależnia zgodę ... od') asks for it; where it comes from ('from Washington', 'der USA') is no other party's
# --- doing; a label whose evidence lies only inside the condition is the demand alone --------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Zelensky conditions his support for an energy truce on security guarantees from Washington.",
     {"ceasefire": [("UA", "agree"), ("UA", "demand")], "neutrality": [("UA", "demand")]}),
    ("de", "Kiew macht seine Zustimmung zu einer Feuerpause von Sicherheitsgarantien der USA abhängig.",
     {"ceasefire": [("UA", "agree"), ("UA", "demand")], "neutrality": [("UA", "demand")]}),
    ("en", "Kyiv would accept a ceasefire in exchange for security guarantees from its Western partners.",
     {"ceasefire": [("UA", "agree"), ("UA", "demand")], "neutrality": [("UA", "demand")]}),
    # another party's doing stays a condition of others: no demand of the holder
    ("en", "Kyiv would accept a ceasefire if Russia withdraws.", {"ceasefire": [("UA", "agree")]}),
])
def test_consent_on_a_condition_asks_for_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posC: not ruling out inside the German bracket ('schließt ... nicht aus') agrees; seeing no point in a measure
# --- ('sees no point in', 'sieht keinen Sinn in') rejects it; a host's talks may stand a few words further ----------

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Der Kreml schließt eine Feuerpause über Weihnachten nicht aus, sagte Peskow.", {"ceasefire": [("RU", "agree")]}),
    ("de", "Der Kreml schließt eine Feuerpause über Weihnachten aus, sagte Peskow.", {"ceasefire": [("RU", "reject")]}),
    ("en", "Kyiv sees no point in a truce that Moscow would break within days.", {"ceasefire": [("UA", "reject")]}),
    ("de", "Kiew sieht keinen Sinn in einem Gefangenenaustausch nach russischen Listen.", {"prisoners": [("UA", "reject")]}),
    ("ru", "Катар готов провести в Дохе еще один раунд переговоров о возвращении детей.", {"prisoners": []}),
    ("de", "Katar ist bereit, in Doha weitere Gespräche über die Rückkehr von Kindern auszurichten.", {"prisoners": []}),
])
def test_not_ruling_out_no_point_and_a_host_further_on(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posC: a subject inside a relative clause set off by commas holds the relative clause's verb, not the main
# --- clause's ('The proposal, which Kyiv rejected, would have required ...'); the noun's owner keeps its demand ------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The truce plan, which Moscow turned down, would have frozen the front for a month.", {"ceasefire": [("RU", "reject")]}),
    ("en", "The proposal, which Kyiv rejected, would have required Ukraine to hand over the Donetsk region.", {"territory": [("UA", "reject")]}),
    ("ru", "План перемирия, который Москва отвергла, предусматривал заморозку фронта на месяц.",
     {"ceasefire": [("RU", "reject")], "territory": [("RU", "reject")]}),
    ("de", "Der Vorschlag Washingtons, den Moskau begrüßte, sieht einen Stopp der Angriffe auf Energieanlagen vor.",
     {"ceasefire": [("RU", "agree"), ("US", "demand")]}),
])
def test_a_subject_in_a_relative_clause_holds_its_own_verb(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posC: reservations voiced and vetoes threatened reject ('äußerte Bedenken', 'wyraził zastrzeżenia', 'grożą
# --- wetem', 'выразил опасения', 'грозит вето'); the ECB (EZB, EBC, ЕЦБ) and Hungary (de, pl, ru) are EU -----------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Berlin backed the reparations loan, but the ECB voiced concerns about the legal risks.", {"reparations": [("EU", "agree"), ("EU", "reject")]}),
    ("de", "Die EZB hat Bedenken gegen die Beschlagnahme russischer Vermögenswerte.", {"reparations": [("EU", "reject")]}),
    ("de", "Ungarn droht mit einem Veto gegen die Nutzung eingefrorener russischer Gelder für die Ukraine.", {"reparations": [("EU", "reject")]}),
    ("pl", "Węgry grożą wetem wobec wykorzystania zamrożonych rosyjskich aktywów.", {"reparations": [("EU", "reject")]}),
    ("ru", "ЕЦБ выразил опасения по поводу конфискации российских активов.", {"reparations": [("EU", "reject")]}),
])
def test_reservations_and_vetoes_reject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posC: ', but not (to) X' ('aber nicht für', 'ale nie na', 'но не к') negates the verb before for what follows:
# --- a rejection of X beside the agreement to the first measure ------------------------------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Moscow is open to a prisoner swap, but not to a ceasefire.", {"prisoners": [("RU", "agree")], "ceasefire": [("RU", "reject")]}),
    ("de", "Moskau ist offen für einen Gefangenenaustausch, aber nicht für eine Waffenruhe.", {"prisoners": [("RU", "agree")], "ceasefire": [("RU", "reject")]}),
    ("pl", "Moskwa jest otwarta na wymianę jeńców, ale nie na rozejm.", {"prisoners": [("RU", "agree")], "ceasefire": [("RU", "reject")]}),
    ("ru", "Киев готов к переговорам о перемирии, но не к уступке Донбасса.", {"ceasefire": [("UA", "agree")], "territory": [("UA", "reject")]}),
])
def test_but_not_to_rejects_what_follows(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posC: de 'stellte sich hinter' (backed) agrees; 'Ruf nach' (call for) is a position noun with its owner -------

@pytest.mark.parametrize("text,expected", [
    ("Berlin stellte sich hinter den Ruf Kiews nach einem Austausch aller Gefangenen.", {"prisoners": [("EU", "agree"), ("UA", "demand")]}),
    ("Macron und Merz stellten sich hinter Selenskyjs Ruf nach einer bedingungslosen Waffenruhe, die Moskau abgelehnt hat.",
     {"ceasefire": [("EU", "agree"), ("RU", "reject"), ("UA", "demand")]}),
])
def test_german_backing_a_call(classifier, text, expected):
    assert positions(classifier, text, "de") == expected


# --- posC: en 'floated' a measure (not only 'floated the idea of') proposes it; de reported 'wolle' wants ----------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Witkoff floated a partial truce at sea, which Ankara welcomed.", {"ceasefire": [("TR", "agree"), ("US", "demand")]}),
    ("en", "Kellogg floated a buffer zone along the front line, an idea the Kremlin dismissed.", {"territory": [("RU", "reject"), ("US", "demand")]}),
    ("de", "Moskau wolle die Anerkennung der Krim als russisch, sagte Uschakow.", {"territory": [("RU", "demand")]}),
    ("de", "Peskow sagte, Russland wolle keinen Waffenstillstand, sondern einen dauerhaften Frieden.", {"ceasefire": [("RU", "reject")]}),
])
def test_floated_and_reported_wolle(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "В Кремле назвали европейский план размещения миротворцев опасной уловкой.", {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("de", "Die Regierung in Kiew bezeichnete das russische Angebot einer Osterwaffenruhe als durchsichtiges Manöver.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
])
def test_calling_a_proposal_a_manoeuvre_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_polish_umierow_is_umerov(classifier):
    assert positions(classifier, "Umierow poparł propozycję wymiany rannych jeńców.", "pl") == {"prisoners": [("UA", "agree")]}

# --- posA: Bankova (the Ukrainian presidential office, by its street) and the Élysée are metonyms of their party, as
# reporters write them in it and tr ----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Bankova ha respinto l'idea di cedere il Donbass in cambio di un cessate il fuoco.",
     {"ceasefire": [("UA", "reject")], "territory": [("UA", "reject")]}),
    ("tr", "Bankova, Rusya'nın Donbas'tan çekilme talebini kesin bir dille reddetti.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("tr", "Elysee Sarayı, Ukrayna'ya güvenlik garantisi verilmesi çağrısında bulundu.", {"neutrality": [("EU", "demand")]}),
])
def test_posa_bankova_and_elysee_are_their_party(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posA: it a reporting verb of restating or stressing ('ha ribadito', 'ha sottolineato', 'ha chiarito') reports: set
# between commas after the subject, or before a support noun, it gives way to the clause's own stance ---------------

@pytest.mark.parametrize("text,expected", [
    ("La Russia, ha sottolineato Peskov, non accetterà mai truppe straniere sul suolo ucraino.", {"neutrality": [("RU", "reject")]}),
    ("L'Ucraina, ha chiarito Umerov, non rinuncerà a nessuna delle regioni occupate.", {"territory": [("UA", "reject")]}),
    ("Fidan ha ribadito l'appoggio di Ankara all'integrità territoriale ucraina.", {"territory": [("TR", "agree")]}),
])
def test_posa_italian_restating_verbs_report(classifier, text, expected):
    assert positions(classifier, text, "it") == expected


# --- posA: tr pressing for a measure ('için baskı yapıyor', 'için bastırırken') and putting an idea forward ('fikrini
# ortaya attı') demand it; a participle before a noun its genitive owns ('Moskova'nın öne sürdüğü şartlar') stays out --

@pytest.mark.parametrize("text,expected", [
    ("Washington, Rusya'nın ateşkese uyması için baskı yapıyor.", {"ceasefire": [("US", "demand")]}),
    ("Avrupa liderleri ateşkes için bastırırken Kremlin sessiz kaldı.", {"ceasefire": [("EU", "demand")]}),
    ("Kellogg, cephe hattında silahsızlandırılmış bir bölge oluşturulması fikrini ortaya attı.", {"territory": [("US", "demand")]}),
    ("Kiev, Moskova'nın öne sürdüğü ateşkes şartlarını kabul edilemez buldu.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
])
def test_posa_turkish_pressing_for_demands(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posA: tr a positive view withheld ('olumlu bakmadı', 'olumlu karşılamıyor') rejects; leaving the door open ('kapıyı
# açık bıraktı') and restating one's support ('desteğini bir kez daha yineledi') agree ----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Kremlin, Kiev'in esir takası önerisine olumlu bakmadı.", {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("Moskova, Avrupa'nın ateşkes planını olumlu karşılamıyor.", {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("Kiev, enerji tesislerine yönelik bir ateşkese kapıyı açık bıraktı.", {"ceasefire": [("UA", "agree")]}),
    ("Fidan, Türkiye'nin Ukrayna'nın toprak bütünlüğüne desteğini bir kez daha yineledi.", {"territory": [("TR", "agree")]}),
])
def test_posa_turkish_view_door_and_support(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posA: tr 'X'in açıklamasına göre' (according to X's statement) is a frame, no stance of its own: the clause's verb
# gives the subject its stance ---------------------------------------------------------------------------------------

def test_posa_turkish_according_to_a_statement_is_no_cue(classifier):
    found = positions(classifier, "Ukrayna, Umerov'un açıklamasına göre, Rusya'nın toprak taleplerini kabul etmeyecek.", "tr")
    assert found == {"territory": [("RU", "demand"), ("UA", "reject")]}


# --- posA: tr a reported clause whose verb refuses after an agree word that is only its object ('hiçbir anlaşmayı
# imzalamayacaklarını söyledi'): the refusal is the speaker's stance, not the reporting verb's -----------------------

@pytest.mark.parametrize("text,expected", [
    ("Zelenskiy, Kırım'ın ilhakını meşrulaştıran hiçbir anlaşmayı imzalamayacaklarını söyledi.", {"territory": [("UA", "reject")]}),
    ("Zelenskiy, Rus işgalini tanıyan hiçbir anlaşmayı imzalamayacağını açıkça belirtti.", {"territory": [("UA", "reject")]}),
])
def test_posa_turkish_reported_refusal_after_its_object(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posA: it a refusal with its subject dropped, reported without quotes before a closing speaker ('Non riconosceremo
# mai ..., ha dichiarato X'), is the speaker's own, as in quotes; 'di non voler(e)' refuses ------------------------

@pytest.mark.parametrize("text,expected", [
    ("Non riconosceremo mai l'annessione della Crimea, ha dichiarato Sybiha.", {"territory": [("UA", "reject")]}),
    ("Il Cremlino ha detto di non volere una tregua temporanea.", {"ceasefire": [("RU", "reject")]}),
    # a party named before the speaker keeps its own verb
    ("La Russia, ha detto Peskov, accetterà una tregua.", {"ceasefire": [("RU", "agree")]}),
])
def test_posa_italian_unquoted_refusal_and_not_wanting(classifier, text, expected):
    assert positions(classifier, text, "it") == expected


# --- posA: it an exchange carried out ('hanno effettuato uno scambio', 'hanno portato a termine lo scambio') is agreed
# by both parties, as one confirmed --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Mosca e Kiev hanno effettuato uno scambio di 390 prigionieri per parte.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("Russia e Ucraina hanno portato a termine lo scambio dei corpi dei soldati caduti.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
])
def test_posa_italian_exchange_carried_out_agrees(classifier, text, expected):
    assert positions(classifier, text, "it") == expected


# --- posA: it the agent of a participle that tables a position ('avanzata da Washington', 'presentata dalla Francia')
# demands it; a comma and 'che' after a position noun open a relative about the noun ('La proposta ..., che Kiev aveva
# accettato, ...'), no content of the position: its subject holds its own verb's stance -----------------------------

@pytest.mark.parametrize("text,expected", [
    ("La richiesta di un cessate il fuoco avanzata da Washington è stata accolta da Kiev.",
     {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("Mosca ha respinto la proposta di tregua presentata dalla Francia.", {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("La proposta di uno scambio di prigionieri, che Kiev aveva accettato, è stata bloccata da Mosca.",
     {"prisoners": [("RU", "reject"), ("UA", "agree")]}),
])
def test_posa_italian_tabling_agent_and_relative_after_noun(classifier, text, expected):
    assert positions(classifier, text, "it") == expected


# --- posA: a sentence framed by another party ('Secondo Lavrov, ...') gives no perspective holder to a name after a
# perspective marker behind a noun ('le garanzie ... per Kiev sono inaccettabili'): the framing party judges ---------

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Secondo Peskov, il dispiegamento di truppe europee in Ucraina è inaccettabile per Mosca.", {"neutrality": [("RU", "reject")]}),
    ("it", "Secondo Lavrov, le garanzie di sicurezza occidentali per Kiev sono inaccettabili.", {"neutrality": [("RU", "reject")]}),
    # with no frame the perspective holds
    ("it", "Per Kiev, la neutralità è inaccettabile.", {"neutrality": [("UA", "reject")]}),
])
def test_posa_a_frame_outranks_a_perspective(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posA: a negated objection agrees (it 'non si opporrà', tr 'karşı çıkmayacağını', 'itiraz etmeyeceğini'): no refusal

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Parigi ha detto che non si opporrà all'uso dei beni russi congelati per la ricostruzione.", {"reparations": [("EU", "agree")]}),
    ("tr", "Slovakya, dondurulmuş Rus varlıklarının kullanılmasına karşı çıkmayacağını açıkladı.", {"reparations": [("EU", "agree")]}),
    ("tr", "Türkiye, Ukrayna'ya güvence gücü gönderilmesine itiraz etmeyeceğini bildirdi.", {"neutrality": [("TR", "agree")]}),
])
def test_posa_negated_objection_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posA: a red line for a party (it 'è una linea rossa', tr 'için kırmızı çizgi', a sentence-final 'kırmızı çizgi'), a
# door closed to a measure ('ha chiuso la porta a', 'kapıyı kapattı'), calling it propaganda reject; welcoming it ('ha
# salutato con favore') and an exchange completed ('takasının tamamlandığını') agree -------------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Per Kiev, la cessione del Donbass è una linea rossa.", {"territory": [("UA", "reject")]}),
    ("tr", "Kiev için toprak tavizi kırmızı çizgi.", {"territory": [("UA", "reject")]}),
    ("it", "Mosca ha chiuso la porta a una tregua di trenta giorni.", {"ceasefire": [("RU", "reject")]}),
    ("tr", "Kremlin, Avrupa'nın ateşkes önerisine kapıyı kapattı.", {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("tr", "Lavrov, Avrupa'nın barış gücü önerisini propaganda olarak nitelendirdi.", {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("it", "Il governo britannico ha salutato con favore la tregua pasquale.", {"ceasefire": [("EU", "agree")]}),
    ("tr", "Rusya Savunma Bakanlığı, yeni esir takasının tamamlandığını açıkladı.", {"prisoners": [("RU", "agree")]}),
])
def test_posa_red_lines_closed_doors_and_welcomes(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posA: a mediator offering itself ('si è offerto come mediatore') holds nothing; tr 'belge' (a document) is a
# position noun whose owner demands ('Moskova'nın sunduğu belge ... şart koşuyor') ----------------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il Vaticano si è offerto come mediatore per lo scambio di prigionieri tra Mosca e Kiev.", {"prisoners": []}),
    ("tr", "Moskova'nın sunduğu belge, Ukrayna'nın NATO'dan vazgeçmesini şart koşuyor.", {"neutrality": [("RU", "demand")]}),
])
def test_posa_offered_mediator_and_turkish_document(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posA: the subject of the main clause that only demands something else ('ha chiesto nuove sanzioni', 'ek garantiler
# istedi') holds nothing on an issue named only in the subordinate clause the sentence opens with ('Dopo che ...,',
# 'After ...,', 'Nachdem ...,', '... kabul ettikten sonra'); a reject or agree there, or the issue named again, holds --

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "After Kyiv accepted the ceasefire, Moscow demanded further guarantees.", {"ceasefire": [("UA", "agree")]}),
    ("de", "Nachdem Kiew der Waffenruhe zugestimmt hatte, forderte Moskau weitere Garantien.", {"ceasefire": [("UA", "agree")]}),
    ("it", "Dopo che Mosca ha respinto la tregua, Zelensky ha chiesto nuove sanzioni.", {"ceasefire": [("RU", "reject")]}),
    ("tr", "Rusya ateşkesi reddettikten sonra Zelenskiy yeni yaptırımlar istedi.", {"ceasefire": [("RU", "reject")]}),
    ("it", "Dopo che Kiev ha accettato la tregua, Mosca l'ha respinta.", {"ceasefire": [("RU", "reject"), ("UA", "agree")]}),
    ("en", "After Russia rejected the truce, Ukraine demanded an unconditional ceasefire.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
])
def test_posa_demand_past_an_opening_subordinate_clause(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posA: a question of the sentence's own ('Will Putin accept the truce?', 'Putin ateşkesi kabul edecek mi?') reports
# no position but the proposal an owner is said to have made; a subject whose only cue is another party's position noun
# ('non ha commentato la proposta ucraina', 'önerisine ilişkin yorum yapmadı') holds nothing -----------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Will Putin accept the truce?", {"ceasefire": []}),
    ("tr", "Putin ateşkesi kabul edecek mi?", {"ceasefire": []}),
    ("it", "Mosca accetterà la proposta di tregua di Kiev?", {"ceasefire": [("UA", "demand")]}),
    ("it", "Il Cremlino non ha commentato la proposta ucraina di una tregua.", {"ceasefire": [("UA", "demand")]}),
    ("tr", "Kremlin, Vatikan'ın Noel ateşkesi önerisine ilişkin yorum yapmadı.", {"ceasefire": [("OTHER", "demand")]}),
    # a verb of its own keeps the subject's position
    ("en", "Russia rejected Ukraine's truce proposal.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
])
def test_posa_questions_and_no_comment_hold_nothing(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posA: a relative clause borders a subject's clause: the verb of a relative about a noun after its comma ('il piano
# europeo, che prevede ...', 'the Russian memorandum, which demands ...') is the noun's owner's, not the main subject's;
# a subject inside a relative ('Il piano, che Mosca aveva respinto in primavera, prevedeva ...') holds its own verb ---

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Mosca ha bocciato il piano europeo, che prevede una tregua di trenta giorni.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("en", "Kyiv rejected the Russian memorandum, which demands neutrality.", {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("it", "La proposta di scambio, che Mosca aveva accettato a maggio, prevedeva il rilascio di mille prigionieri.",
     {"prisoners": [("RU", "agree")]}),
    ("en", "The truce plan, which Moscow rejected in March, called for a halt to strikes on energy sites.",
     {"ceasefire": [("RU", "reject")]}),
])
def test_posa_relative_clause_borders_the_subjects_clause(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posA: tr a genitive with a time between it and a stanced relative participle ('Kiev'in mart ayında reddettiği ...',
# 'Ukrayna'nın geçen hafta kabul ettiği ...') is the participle's subject, as when they stand side by side ----------

@pytest.mark.parametrize("text,expected", [
    ("Kiev'in geçen ay reddettiği ateşkes önerisi Moskova tarafından yeniden masaya getirildi.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("Ukrayna'nın geçen hafta kabul ettiği ateşkes planı Moskova tarafından reddedildi.",
     {"ceasefire": [("RU", "reject"), ("UA", "agree")]}),
])
def test_posa_turkish_genitive_subject_of_a_relative_participle_across_a_time(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posA: tr an exchange the parties will carry out, as a mediator announces it ('takas edeceğini duyurdu', 'takas
# edeceklerini söyledi'): the parties agree, the announcer holds nothing ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Fidan, Rusya ve Ukrayna'nın 500 esiri takas edeceğini açıkladı.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("Erdoğan, tarafların yaralı esirleri takas edeceklerini söyledi.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
])
def test_posa_turkish_announced_future_exchange(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posA: a party found only as the fallback holder, in a sentence whose only stance is an offer to host or mediate
# talks ('La Turchia si è offerta di ospitare un nuovo round di colloqui'), is a mediator: it holds nothing -----------

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "La Turchia si è offerta di ospitare un nuovo round di colloqui sullo scambio di prigionieri.", {"prisoners": []}),
    ("it", "Il Qatar si è offerto di mediare i negoziati sul ritorno dei bambini ucraini.", {"prisoners": []}),
])
def test_posa_fallback_holder_offering_to_host_mediates(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posA: tr a genitive owns the position noun after its content when a bare verbal noun closes the content ('Rusya'nın
# Ukrayna ordusunu sınırlama talebini', 'Moskova'nın Donbas'ı terk etme talebini'); the bare name modifying the
# content's object is no subject -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Kallas, Rusya'nın Ukrayna ordusunu sınırlama talebini kabul edilemez olarak nitelendirdi.",
     {"neutrality": [("EU", "reject"), ("RU", "demand")]}),
    ("Kiev, Moskova'nın Donbas'ı terk etme talebini reddetti.", {"territory": [("RU", "demand"), ("UA", "reject")]}),
])
def test_posa_turkish_owner_across_a_bare_verbal_noun(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- posA: it the party a deal is signed with, named right after 'firmato / siglato con' (with at most an office before
# it), agrees as a partner: 'Kiev ha firmato con Londra un accordo sulle garanzie di sicurezza' ----------------------

@pytest.mark.parametrize("text,expected", [
    ("Kiev ha firmato con Londra un accordo sulle garanzie di sicurezza.", {"neutrality": [("EU", "agree"), ("UA", "agree")]}),
    ("Zelensky ha firmato con Macron una dichiarazione sull'invio di una forza di rassicurazione.",
     {"neutrality": [("EU", "agree"), ("UA", "agree")]}),
])
def test_posa_italian_signed_with_a_partner(classifier, text, expected):
    assert positions(classifier, text, "it") == expected

# --- posB: failing to agree and declining to say whether hold no stance (no_agreement: 'no lograron ponerse de acuerdo',
# 'ne sont pas parvenues à s'entendre', 'не змогли домовитися', 'se negó a comentar si', 's'est refusé à dire si')

@pytest.mark.parametrize("lang,text", [
    ("es", "Rusia y Ucrania no lograron ponerse de acuerdo sobre un alto el fuego en la última ronda."),
    ("es", "Peskov se negó a comentar si Moscú aceptaría una tregua energética."),
    ("fr", "La Russie et l'Ukraine ne sont pas parvenues à s'entendre sur un cessez-le-feu lors du dernier cycle."),
    ("fr", "Peskov s'est refusé à dire si Moscou accepterait une trêve énergétique."),
    ("uk", "Росія та Україна не змогли домовитися про перемир'я під час останнього раунду."),
    ("uk", "Пєсков відмовився коментувати, чи погодиться Москва на енергетичне перемир'я."),
])
def test_failing_to_agree_or_declining_to_say_holds_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": []}


# --- posB: metonyms reporters use: Bankova (es, fr) for Ukraine's presidency, el Elíseo (es) for France

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Bankova rechazó la idea de un referéndum sobre los territorios ocupados.", {"territory": [("UA", "reject")]}),
    ("fr", "Bankova a rejeté l'idée d'un référendum sur les territoires occupés.", {"territory": [("UA", "reject")]}),
    ("es", "El Elíseo apoyó la iniciativa de Kiev de un alto el fuego total.", {"ceasefire": [("EU", "agree"), ("UA", "demand")]}),
])
def test_bankova_and_elysee_metonyms(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posB: the noun of an announcement (es 'el anuncio', fr 'l'annonce') is no demand: welcoming one agrees

@pytest.mark.parametrize("lang,text", [
    ("es", "El presidente ucraniano, Volodímir Zelenski, acogió con satisfacción el anuncio de un canje de prisioneros."),
    ("fr", "Le président ukrainien a salué l'annonce d'un échange de prisonniers."),
])
def test_welcoming_an_announcement_agrees(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("UA", "agree")]}


def test_announcing_is_still_a_demand(classifier):
    assert positions(classifier, "Moscou annonce un échange de prisonniers.", "fr") == {"prisoners": [("RU", "demand")]}


# --- posB: readiness to go on with a measure accepts it ('prête à poursuivre les échanges', 'готова продовжувати
# обміни'); readiness for a new one offers it (r28A: 'dispuesto a un alto el fuego', a demand); readiness to act ('dispuesta a ceder') stays an offer

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Respondió que Moscú está lista para continuar los intercambios de prisioneros.", {"prisoners": [("RU", "agree")]}),
    ("fr", "Il a répondu que Moscou était prête à poursuivre les échanges de prisonniers.", {"prisoners": [("RU", "agree")]}),
    ("uk", "Він відповів, що Москва готова продовжувати обміни полоненими.", {"prisoners": [("RU", "agree")]}),
    ("es", "Lavrov dijo que Moscú sigue dispuesta a una tregua en el mar Negro.", {"ceasefire": [("RU", "demand")]}),
    ("es", "Kiev está dispuesta a ceder territorio.", {"territory": [("UA", "demand")]}),
])
def test_readiness_for_a_measure_accepts_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posB: calling a measure theft or lashing out at it rejects it ('ce que Moscou qualifie de vol', 'що Москва вважає
# крадіжкою', 'arremetió contra', 'розкритикував'), as does saying no (fr 'a dit non à')

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "La Commission européenne a proposé d'utiliser les avoirs russes gelés pour dédommager l'Ukraine, ce que Moscou qualifie de vol.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("uk", "Єврокомісія запропонувала використати заморожені російські активи для відшкодування збитків Україні, що Москва вважає крадіжкою.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("es", "El Kremlin arremetió contra los llamamientos de Bruselas a pagar reparaciones.", {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("uk", "Кремль розкритикував заклики Брюсселя до виплати репарацій.", {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("fr", "Bankova a dit non à toute cession de territoire, malgré la pression américaine.", {"territory": [("UA", "reject")]}),
])
def test_calling_it_theft_or_lashing_out_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posB: fr endorsing (endosser) agrees; making one's consent conditional (es condicionar, uk обумовлювати) demands

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Paris et Londres ont endossé le plan ukrainien de cessez-le-feu partiel.", {"ceasefire": [("EU", "agree"), ("UA", "demand")]}),
    ("es", "Moscú condiciona su aceptación de un alto el fuego a que Occidente suspenda la entrega de armas.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Москва обумовлює свою згоду на перемир'я припиненням західних поставок зброї.", {"ceasefire": [("RU", "demand")]}),
])
def test_endorsing_agrees_and_conditioning_consent_demands(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posB: what is imposed by a party is its demand (es impuesta por, fr imposée par: tabling_participles; uk нав'язаний
# Москвою: a demand cue before the instrumental agent), and 'reiteró que', 'a répété que', 'повторив, що' report the
# clause after them as 'dijo que' does

@pytest.mark.parametrize("lang,text", [
    ("es", "Zelenski reiteró que Ucrania nunca aceptará la neutralidad impuesta por Moscú."),
    ("fr", "Zelensky a répété que l'Ukraine n'accepterait jamais une neutralité imposée par Moscou."),
    ("uk", "Зеленський повторив, що Україна ніколи не прийме нав'язаного Москвою нейтралітету."),
])
def test_imposed_by_a_party_is_its_demand(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("RU", "demand"), ("UA", "reject")]}


# --- posB: spans that report no stance (no_agreement): a question ('¿Aceptará Rusia ...?', 'acceptera-t-elle ... ?',
# 'Чи погодиться ...'), analysts' speculation ('Analistas especulan con que el Kremlin podría ...'), an issue not
# discussed ('no se discutió', 'n'avait pas été abordée', 'не обговорювали'), a proposal being studied ('estudia la propuesta')

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "¿Aceptará Rusia un alto el fuego? Nadie en Bruselas se atreve a asegurarlo.", {"ceasefire": []}),
    ("fr", "La Russie acceptera-t-elle un cessez-le-feu ? Personne à Bruxelles ne s'avance.", {"ceasefire": []}),
    ("uk", "Чи погодиться Росія на перемир'я, поки невідомо.", {"ceasefire": []}),
    ("es", "Analistas especulan con que el Kremlin podría aceptar una tregua temporal si se levantan algunas sanciones.", {"ceasefire": []}),
    ("fr", "Des analystes estiment que le Kremlin pourrait accepter une trêve temporaire en échange d'un allègement des sanctions.", {"ceasefire": []}),
    ("uk", "Аналітики припускають, що Кремль може погодитися на тимчасове перемир'я в обмін на послаблення санкцій.", {"ceasefire": []}),
    ("es", "Ushakov dijo que la cuestión territorial no se discutió en la reunión con Witkoff.", {"territory": []}),
    ("fr", "Ouchakov a affirmé que la question territoriale n'avait pas été abordée lors de la rencontre avec Witkoff.", {"territory": []}),
    ("uk", "Ушаков сказав, що територіальне питання на зустрічі з Віткоффом не обговорювали.", {"territory": []}),
    ("es", "El Kremlin dijo que estudia con atención la propuesta de alto el fuego de Washington.", {"ceasefire": [("US", "demand")]}),
])
def test_questions_speculation_and_studying_hold_no_stance(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posB: 'ni X ni Y' (es), 'ні X, ні Y' (uk) coordinate both names under the negated verb: both reject

@pytest.mark.parametrize("lang,text", [
    ("es", "Ni Moscú ni Kiev han aceptado hasta ahora la propuesta turca de una tregua en el mar Negro."),
    ("uk", "Ні Москва, ні Київ досі не прийняли турецької пропозиції про перемир'я на Чорному морі."),
])
def test_neither_nor_both_reject(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject"), ("TR", "demand"), ("UA", "reject")]}


# --- posB: more turn-downs: judging a measure premature (prematuro, prématuré, передчасн-), disdaining or sweeping a call
# aside (desdeñó, a balayé), calling it a fantasy (fantasía, fantasme, фантазія), and 'open to X, but not to Y' (pero no a,
# mais pas à, але не до): Y is turned down

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "El Kremlin considera «prematuro» hablar de un alto el fuego mientras las tropas ucranianas sigan en Kursk, dijo Peskov a la prensa.", {"ceasefire": [("RU", "reject")]}),
    ("fr", "Le Kremlin juge «prématuré» de parler d'un cessez-le-feu tant que des troupes ukrainiennes restent dans la région de Koursk, a indiqué Peskov.", {"ceasefire": [("RU", "reject")]}),
    ("uk", "Кремль вважає «передчасними» розмови про перемир'я, поки українські війська залишаються на Курщині, сказав Пєсков.", {"ceasefire": [("RU", "reject")]}),
    ("es", "El portavoz del Kremlin desdeñó los llamamientos europeos a un alto el fuego de 30 días.", {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("fr", "Le porte-parole du Kremlin a balayé les appels européens à un cessez-le-feu de trente jours.", {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("es", "La exigencia ucraniana de reparaciones fue calificada de «fantasía» por Lavrov.", {"reparations": [("RU", "reject"), ("UA", "demand")]}),
    ("fr", "Selon lui, la Russie reste ouverte à un règlement négocié, mais pas à une trêve qui permettrait à Kiev de se réarmer.", {"ceasefire": [("RU", "reject")]}),
    ("uk", "Москва відкрита до переговорів, але не до перемир'я без умов, сказав Ушаков.", {"ceasefire": [("RU", "reject")]}),
])
def test_premature_disdain_fantasy_and_but_not_to_reject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posB: the green light (fr donner son feu vert, uk зелене світло) agrees; fr 'soutient que' maintains (a demand), not
# support; declining to confirm (no quiso precisar si, n'a pas voulu dire si, не став уточнювати, чи) holds nothing

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Washington a donné son feu vert à la proposition ukrainienne d'échanger tous les prisonniers.", {"prisoners": [("UA", "demand"), ("US", "agree")]}),
    ("uk", "Брюссель дав зелене світло українському плану морського перемир'я.", {"ceasefire": [("EU", "agree"), ("UA", "demand")]}),
    ("fr", "Moscou soutient que la neutralité de l'Ukraine doit être garantie par écrit.", {"neutrality": [("RU", "demand")]}),
    ("fr", "Kiev soutient la proposition turque d'un cessez-le-feu.", {"ceasefire": [("TR", "demand"), ("UA", "agree")]}),
    ("es", "Peskov no quiso confirmar si habrá un nuevo intercambio de prisioneros.", {"prisoners": []}),
    ("fr", "Peskov n'a pas voulu dire si Moscou accepterait l'échange de prisonniers.", {"prisoners": []}),
    ("uk", "Пєсков не став підтверджувати, чи буде новий обмін полоненими.", {"prisoners": []}),
])
def test_green_light_maintaining_and_declining_to_confirm(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posB: a verb after ', but' (pero, mais, але), at most an auxiliary between, is the holder's own next verb, not what
# a demand before it asks of a party named in between ('dispuesto a reunirse con Putin, pero descartó ceder territorio'
# gave UA demand: Putin was taken for the one asked)

@pytest.mark.parametrize("lang,text", [
    ("es", "Zelenski se mostró dispuesto a reunirse con Putin, pero descartó ceder «ni un metro» de territorio."),
    ("fr", "Zelensky s'est dit prêt à rencontrer Poutine, mais a exclu de céder «un seul mètre» de territoire."),
    ("uk", "Зеленський заявив про готовність зустрітися з Путіним, але відкинув передачу «навіть метра» території."),
    ("en", "Zelensky was ready to meet Putin, but ruled out ceding any territory."),
])
def test_a_verb_after_but_is_the_holders_own(classifier, lang, text):
    assert positions(classifier, text, lang) == {"territory": [("UA", "reject")]}


def test_urging_a_party_still_asks_it(classifier):
    assert positions(classifier, "Moscow urged Kyiv to accept the truce.", "en") == {"ceasefire": [("RU", "demand")]}


# --- posB: the host of the next round is a mediator (mediation: 'Turquía acogerá la próxima ronda', 'la Turquie
# accueillerait le prochain cycle', 'Туреччина прийме наступний раунд'), and so is the one who announces it

@pytest.mark.parametrize("lang,text", [
    ("es", "Erdogan anunció que Turquía acogerá la próxima ronda, en la que se discutirá un alto el fuego."),
    ("fr", "Erdogan a annoncé que la Turquie accueillerait le prochain cycle, consacré à un cessez-le-feu."),
    ("uk", "Ердоган оголосив, що Туреччина прийме наступний раунд, на якому обговорять перемир'я."),
])
def test_the_host_of_the_next_round_mediates(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": []}


# --- posB: not answering an offer holds no stance of the one silent (no_agreement: 'no ha respondido aún a la oferta',
# 'n'a toujours pas répondu à l'offre'), the offer's owner still demands; es 'calificó de «constructiva»' agrees

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Moscú no ha respondido aún a la oferta de tregua de Kiev.", {"ceasefire": [("UA", "demand")]}),
    ("fr", "Moscou n'a toujours pas répondu à la proposition ukrainienne de trêve.", {"ceasefire": [("UA", "demand")]}),
    ("es", "Umerov calificó de «constructiva» la propuesta rusa de un canje de cuerpos.", {"prisoners": [("RU", "demand"), ("UA", "agree")]}),
])
def test_not_answering_holds_nothing_and_constructive_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posB: uk 'на' is a locative as 'у, в' are: 'На Банковій відкинули ...' (the impersonal plural) is Bankova's own

@pytest.mark.parametrize("text,expected", [
    ("На Банковій відкинули ідею референдуму щодо окупованих територій.", {"territory": [("UA", "reject")]}),
    ("На Банковій не виключають нового обміну полоненими.", {"prisoners": [("UA", "agree")]}),
])
def test_ukrainian_na_bankovii_is_a_locative(classifier, text, expected):
    assert positions(classifier, text, "uk") == expected


# --- posB: a party adjective standing for its elided noun after a contrastive or relative ('mientras que la rusa propone',
# 'una idea que la rusa rechazó', 'але російська її відкинула', 'тоді як українська наполягала') names the party

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "La parte ucraniana insiste en un canje de todos los prisioneros, mientras que la rusa propone hacerlo por etapas.",
     {"prisoners": [("RU", "demand"), ("UA", "demand")]}),
    ("es", "La delegación ucraniana propuso en Estambul un alto el fuego incondicional, una idea que la rusa rechazó.",
     {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("uk", "Українська делегація запропонувала в Стамбулі беззастережне перемир'я, але російська її відкинула.",
     {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("uk", "Російська делегація вимагала обміну тілами, тоді як українська наполягала на обміні полоненими.",
     {"prisoners": [("RU", "demand"), ("UA", "demand")]}),
    # not the adjective of a noun that follows
    ("uk", "Київ запропонував перемир'я, а російська армія продовжила наступ.", {"ceasefire": [("UA", "demand")]}),
])
def test_an_elided_party_noun_after_but_or_whereas(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- posB: fr bare_contents, as es and it have them: the owner after a bare issue ('l'offre de trêve de Kiev', 'la demande de
# réparations de Kiev') demands

@pytest.mark.parametrize("text,expected", [
    ("Lavrov a rejeté la demande de réparations de Kiev.", {"reparations": [("RU", "reject"), ("UA", "demand")]}),
    ("Moscou n'a toujours pas répondu à l'offre de trêve de Kiev.", {"ceasefire": [("UA", "demand")]}),
])
def test_french_owner_after_a_bare_issue(classifier, text, expected):
    assert positions(classifier, text, "fr") == expected


# --- lead, from a contributor's trial: an agreement noun or verb right after a rejecting verb is what is rejected
# ('rejected any deal that would mean ...', 'rechazó cualquier pacto', 'ha respinto qualsiasi accordo', 'a rejeté
# tout accord', 'rechazó aceptar'): it gave the rejecting party an agree

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kyiv rejected any peace deal that would force it to hand over the rest of Donetsk.",
     {"territory": [("UA", "reject")]}),
    ("es", "Zelenski rechazó cualquier pacto que suponga renunciar a los territorios ocupados.",
     {"territory": [("UA", "reject")]}),
    ("es", "El Kremlin rechazó aceptar una tregua de treinta días.", {"ceasefire": [("RU", "reject")]}),
    ("it", "Zelensky ha respinto qualsiasi accordo che comporti la cessione dei territori occupati.",
     {"territory": [("UA", "reject")]}),
    ("fr", "Kiev a rejeté tout accord qui l'obligerait à céder des territoires.", {"territory": [("UA", "reject")]}),
    # an agreement that is not the rejected object still agrees
    ("en", "Russia rejected the truce but accepted a deal on prisoner exchanges.",
     {"ceasefire": [("RU", "reject")], "prisoners": [("RU", "agree")]}),
    ("es", "Kiev aceptó el acuerdo sobre el canje de prisioneros.", {"prisoners": [("UA", "agree")]}),
])
def test_an_agreement_right_after_a_rejecting_verb_is_rejected(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16A: a door left open or closed to a measure, favour 'in principle', 'not even on the table' (it, fr, tr):
# openness agrees, a closed door rejects ('ha lasciato aperta la porta a', 'a fermé la porte à', 'masada bile olmadığını')

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "L'Ucraina ha lasciato aperta la porta a una tregua limitata al settore energetico.", {"ceasefire": [("UA", "agree")]}),
    ("it", "Putin si è detto favorevole in linea di principio a una tregua.", {"ceasefire": [("RU", "agree")]}),
    ("fr", "L'Ukraine a laissé la porte ouverte à une trêve énergétique.", {"ceasefire": [("UA", "agree")]}),
    ("fr", "Le Kremlin a fermé la porte à toute réparation.", {"reparations": [("RU", "reject")]}),
    ("fr", "Poutine s'est dit favorable en principe à une trêve.", {"ceasefire": [("RU", "agree")]}),
    ("tr", "Kremlin, Kiev'in talep ettiği tazminatların söz konusu dahi olamayacağını açıkladı.",
     {"reparations": [("RU", "reject"), ("UA", "demand")]}),
])
def test_a_door_left_open_or_closed_to_a_measure(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16A: 'both' standing alone as the subject ('Entrambi hanno accettato', 'Tous deux ont accepté', 'İki ülke ... kabul
# etti'): both parties, not none

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Entrambi hanno accettato di scambiare i corpi dei caduti.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("fr", "Tous deux ont accepté d'échanger les corps des soldats tués.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("tr", "İki ülke, savaşta ölen askerlerin cenazelerini takas etmeyi kabul etti.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
])
def test_both_alone_as_the_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16A, r28F: a denial ('ha smentito che Mosca abbia accettato', 'a nié que Kiev ait accepté'): the agreement denied
# is a rejection of the party said to have agreed, as en/es/de; the denier holds nothing (`denied_clauses`)

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il Cremlino ha smentito che Mosca abbia accettato di congelare il fronte.", {"territory": [("RU", "reject")]}),
    ("it", "Il Cremlino ha negato che Kiev abbia accettato di rinunciare alla NATO.", {"neutrality": [("UA", "reject")]}),
    ("fr", "Le Kremlin a nié que Kiev ait accepté de renoncer à l'OTAN.", {"neutrality": [("UA", "reject")]}),
])
def test_a_denial_is_no_position(classifier, lang, text, expected):
    got = positions(classifier, text, lang)
    assert {c: got.get(c) for c in expected} == expected


# --- p16A: Italian hosting the next round ('la Turchia ospiterà un nuovo round di colloqui'): a mediation, as es and fr

def test_italian_host_of_the_next_round_holds_nothing(classifier):
    text = "Erdogan ha annunciato che la Turchia ospiterà un nuovo round di colloqui, durante il quale si discuterà di una tregua."
    assert all(not v for v in positions(classifier, text, "it").values())


# --- p16A: a negated condition, "not until" ('finché la Russia non si ritirerà', 'tant que la Russie n'aura pas
# quitté', 'Rusya çekilmediği sürece'): the party inside it holds nothing, what the refusal waits for is demanded; a
# plain 'finché' (as long as: 'finché durerà la guerra') is no condition

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Kiev non firmerà alcun accordo finché la Russia non avrà ritirato le sue truppe dal Donbass.",
     {"territory": [("UA", "demand")]}),
    ("it", "Mosca non accetterà una tregua finché Kiev non rinuncerà alla NATO.",
     {"ceasefire": [("RU", "reject")], "neutrality": [("RU", "demand")]}),
    ("fr", "Moscou refuse toute trêve tant que Kiev n'aura pas renoncé à l'OTAN.",
     {"ceasefire": [("RU", "reject")], "neutrality": [("RU", "demand")]}),
    ("tr", "Ukrayna, Rusya işgal altındaki topraklardan çekilmediği sürece barış anlaşması imzalamayacağını açıkladı.",
     {"territory": [("UA", "demand")]}),
    ("it", "Il Consiglio europeo ha deciso di tenere bloccati i fondi della Banca centrale russa finché durerà la guerra.",
     {"reparations": [("EU", "agree")]}),
])
def test_not_until_a_negated_condition(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16A: a rejection received in a place ('met with rejection in Moscow', 'ha incontrato un netto rifiuto a Kiev',
# 's'est heurté à un refus catégorique à Kiev', 'stieß in Moskau auf Ablehnung'): the place rejects (`receptions`)

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il ritiro dal Donbass ha incontrato un netto rifiuto a Kiev.", {"territory": [("UA", "reject")]}),
    ("fr", "Le retrait du Donbass s'est heurté à un refus catégorique à Kiev.", {"territory": [("UA", "reject")]}),
    ("fr", "L'idée d'une trêve a suscité une vive opposition à Moscou.", {"ceasefire": [("RU", "reject")]}),
    ("en", "The truce proposal met with flat rejection in Moscow.", {"ceasefire": [("RU", "reject")]}),
    ("de", "Der Vorschlag einer Waffenruhe stieß in Moskau auf Ablehnung.", {"ceasefire": [("RU", "reject")]}),
])
def test_a_rejection_received_in_a_place(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16A: an apposition that carries a position ('..., una richiesta che Kiev ha respinto', '..., une exigence que
# Kiev a rejetée'): a relative clause about the apposed noun, no content of the demand; its subject holds its verb

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Mosca ha posto come condizione il riconoscimento delle quattro regioni annesse, una richiesta che Kiev ha più volte respinto.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("fr", "Moscou pose comme condition la reconnaissance des quatre régions annexées, une exigence que Kiev a rejetée à plusieurs reprises.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    # no apposition: the content of the demand names whom it is put to
    ("it", "Mosca ha avanzato la richiesta che Kiev ritiri le truppe dal Donbass.", {"territory": [("RU", "demand")]}),
])
def test_an_apposition_that_carries_a_position(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16A, r28F: Turkish denials ('... razı olduğu yönündeki haberleri yalanladı'): the clause denied (`denied_clauses`,
# its `clause` group) turns its agreement into a rejection of the genitive said to have agreed; the denier before the
# comma is a no_agreement span and holds nothing

@pytest.mark.parametrize("text,expected", [
    ("Peskov, Moskova'nın ateşkese razı olduğu yönündeki haberleri yalanladı.", {"ceasefire": [("RU", "reject")]}),
    ("Kremlin, Kiev'in Donbas'tan çekilmeyi kabul ettiği yönündeki iddiaları kesinlikle yalanladı.", {"territory": [("UA", "reject")]}),
    # no denial: the stance stays
    ("Zelenski, Rusya'nın ateşkes önerisini reddetti.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
])
def test_turkish_denial_is_no_position(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- p16A: Turkish, an exchange confirmed ('84'e 84 esir takasını doğruladı') agrees, as 'conferma lo scambio' does

def test_turkish_exchange_confirmed_agrees(classifier):
    assert positions(classifier, "Her iki taraf da 84'e 84 esir takasını doğruladı.", "tr") == {
        "prisoners": [("RU", "agree"), ("UA", "agree")]}


# --- p16A: French 'aussi bien X que Y' is a correlative pair, as 'tant X que Y': both hold

@pytest.mark.parametrize("text,expected", [
    ("Aussi bien Moscou que Kiev ont rejeté l'idée d'une zone démilitarisée.", {"territory": [("RU", "reject"), ("UA", "reject")]}),
    ("Aussi bien Washington que Bruxelles ont salué l'échange de prisonniers.", {"prisoners": [("EU", "agree"), ("US", "agree")]}),
])
def test_french_aussi_bien_que_is_both(classifier, text, expected):
    assert positions(classifier, text, "fr") == expected


# --- p16A: ready to discuss a measure ('disposto a discutere', 'prêt à discuter') and favour 'in linea di massima' are
# openness, agree; labelling a proposal a trap or a surrender ('ha bollato come una trappola', 'qualifiée de
# capitulation') rejects it; "must" reported in the past ('doveva accettare', 'devait accepter') is the speaker's
# demand put to the party, no agreement of that party

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il Cremlino si è detto disposto a discutere una tregua energetica.", {"ceasefire": [("RU", "agree")]}),
    ("fr", "Le Kremlin s'est dit prêt à discuter d'une trêve sur les frappes énergétiques.", {"ceasefire": [("RU", "agree")]}),
    ("it", "La Germania si è detta favorevole in linea di massima all'uso dei beni russi congelati.",
     {"reparations": [("EU", "agree")]}),
    ("it", "Kallas ha bollato come una trappola il cessate il fuoco proposto da Mosca.",
     {"ceasefire": [("EU", "reject"), ("RU", "demand")]}),
    ("fr", "Zelensky a qualifié de capitulation la demande russe de neutralité.",
     {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("fr", "Rubio a averti que la Russie devait accepter la trêve.", {"ceasefire": [("US", "demand")]}),
    ("it", "Rubio ha avvertito che la Russia doveva accettare la tregua.", {"ceasefire": [("US", "demand")]}),
])
def test_openness_to_discuss_a_trap_and_a_past_must(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16A: French elided 's'' is a condition only before a subject pronoun ('s''il obtient'), not the reflexive of
# 's''est dit prêt' (the whole clause after it was read as a condition)

def test_french_reflexive_s_is_no_condition(classifier):
    text = "Le Kremlin s'est dit prêt à discuter d'une trêve sur les frappes énergétiques, s'il obtient des garanties."
    got = positions(classifier, text, "fr")
    assert ("RU", "agree") in got["ceasefire"]


# --- p16A: Turkish 'until' ('Rusya ateşkesi kabul edene kadar'): the party inside it holds nothing, as with
# '-medikçe' and '-mediği sürece'; a demand judged uncalled-for ('taleplerinin yersiz olduğunu') is rejected

@pytest.mark.parametrize("text,expected", [
    ("Merz, Rusya koşulsuz ateşkesi kabul edene kadar yaptırımların süreceğini söyledi.", {"ceasefire": [("EU", "demand")]}),
    ("AB, Rusya tazminat ödeyene kadar varlıkların dondurulmuş kalacağını açıkladı.", {"reparations": [("EU", "demand")]}),
    ("Kremlin, Ukrayna'nın tazminat taleplerinin yersiz olduğunu açıkladı.", {"reparations": [("RU", "reject"), ("UA", "demand")]}),
])
def test_turkish_until_and_uncalled_for(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- p16A: Turkish, a collective in the genitive with no apostrophe ('iki tarafın / tarafların ... uzlaştığını'): the
# subject of the reported agreement, as 'Rusya ve Ukrayna'nın' is; the mediator who announces it holds nothing

@pytest.mark.parametrize("text,expected", [
    ("Dışişleri Bakanı Fidan, iki tarafın yeni bir esir değişimi konusunda uzlaştığını duyurdu.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("Erdoğan, iki ülkenin Karadeniz'de ateşkes konusunda anlaştığını açıkladı.", {"ceasefire": [("RU", "agree"), ("UA", "agree")]}),
])
def test_turkish_collective_genitive_is_the_reported_subject(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- p16A: Turkish, a genitive that owns the genitive noun after it ('Ukrayna'nın NATO üyeliğinin masada
# olmadığını'): that noun phrase is the clause's subject, the name is no holder; the speaker before the comma holds

@pytest.mark.parametrize("text,expected", [
    ("Kellogg, Ukrayna'nın NATO üyeliğinin masada olmadığını söyledi.", {"neutrality": [("US", "reject")]}),
    ("Rubio, Rusya'nın savaş tazminatı ödemesinin masada olmadığını söyledi.", {"reparations": [("US", "reject")]}),
    # a verbal noun after the possessed noun: the genitive before another name keeps its verb
    ("Rusya'nın Ukrayna birliklerinin çekilmesini talep ettiğini söyledi.", {"territory": [("RU", "demand")]}),
])
def test_turkish_genitive_owning_the_clause_subject(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- p16A: Dmitriev named by his surname alone ('Witkoff e Dmitriev', 'Dmitrijew'), and the French 'élaboré par' as a
# tabling participle: the agents of a drafted plan demand what it provides

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il piano in 28 punti, elaborato da Witkoff e Dmitriev, chiede a Kiev di rinunciare al Donbass.",
     {"territory": [("RU", "demand"), ("US", "demand")]}),
    ("fr", "Le plan en 28 points, élaboré par Witkoff et Dmitriev, demande à Kiev de renoncer au Donbass.",
     {"territory": [("RU", "demand"), ("US", "demand")]}),
])
def test_dmitriev_by_surname_and_a_drafted_plan(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16A: Turkish 'X için' before an object and its verb is whom the measure is for ('Ukrayna için güvenlik
# garantilerini desteklediklerini'): no holder; right before the evaluation ('Moskova için (tamamen) kabul edilemez') it
# is the party that judges

@pytest.mark.parametrize("text,expected", [
    ("Pazartesi günü Paris'te bir araya gelen Avrupa liderleri, Ukrayna için güvenlik garantilerini desteklediklerini açıkladı.",
     {"neutrality": [("EU", "agree")]}),
    ("Ushakov, Avrupa askerlerinin Ukrayna'da bulunmasının Moskova için tamamen kabul edilemez olduğunu söyledi.",
     {"neutrality": [("RU", "reject")]}),
])
def test_turkish_for_whom_a_measure_is(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected

# --- p16C: pl, ru, uk: a verb in the past between a party noun and another party's adjective ends the noun's phrase
# ('Российская делегация отвергла украинский план': the adjective is the plan's, the verb no part of a party)

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Российская делегация отвергла украинский план прекращения огня.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("pl", "Rosyjska delegacja odrzuciła ukraiński plan zawieszenia broni.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("uk", "Українська делегація відкинула російський план обміну тілами.", {"prisoners": [("RU", "demand"), ("UA", "reject")]}),
])
def test_a_past_verb_ends_a_party_phrase(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16C: ru, uk: a participle ('план, предусматривающий ...') or a complementizer used as a relative ('план, що
# передбачає ...') right after an owned plan and its comma opens the plan's content: not the rejecting subject's stance

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Российская делегация отвергла украинский план, предусматривающий прекращение огня по линии фронта.",
     {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("ru", "Киев отверг план Москвы, предусматривающий признание Крыма российским.", {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("uk", "Київ відкинув план Москви, що передбачає визнання Криму російським.", {"territory": [("RU", "demand"), ("UA", "reject")]}),
    # a complementizer after a reporting verb stays one
    ("ru", "Москва заявила, что требует прекращения огня.", {"ceasefire": [("RU", "demand")]}),
])
def test_a_participle_or_complementizer_after_a_plan_opens_its_content(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16C, r28F: pl, ru, uk: a denial ('опроверг, что ...', 'заперечив, що ...', 'zaprzeczył, jakoby ...') gives no
# agree to the party said to have agreed but a rejection, as en/es/de, and no stance to the one denying (`denied_clauses`)

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Песков опроверг, что Кремль согласился на прекращение огня.", {"ceasefire": [("RU", "reject")]}),
    ("uk", "Єрмак заперечив, що Київ погодився на виведення військ з Донбасу.", {"territory": [("UA", "reject")]}),
    ("pl", "Jermak zaprzeczył, jakoby Kijów zgodził się na wycofanie wojsk z Donbasu.", {"territory": [("UA", "reject")]}),
])
def test_a_denial_gives_no_position(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16C: uk: 'незрозуміло, чи ...', 'невідомо, чи ...': an open question, no position (ru 'ли' and pl 'czy' are
# `conditionals` already; uk 'чи' is also 'or', so the question is a `no_agreement` span)

@pytest.mark.parametrize("text", [
    "Поки незрозуміло, чи погодиться Москва на перемир'я.",
    "Невідомо, чи підтримає Вашингтон обмін усіх на всіх.",
])
def test_an_open_question_with_chy_is_no_position(classifier, text):
    assert all(not v for v in positions(classifier, text, "uk").values())


# --- p16C: pl, ru, uk: offering to host or organise a round of talks ('предложила провести новый раунд переговоров',
# 'zaproponowała zorganizowanie nowej rundy rozmów') is mediation: no position on the issue talked about

@pytest.mark.parametrize("lang,text", [
    ("ru", "Турция предложила провести в Стамбуле новый раунд переговоров об обмене пленными."),
    ("uk", "Туреччина запропонувала провести в Стамбулі новий раунд переговорів про обмін полоненими."),
    ("pl", "Turcja zaproponowała zorganizowanie w Stambule nowej rundy rozmów o wymianie jeńców."),
])
def test_an_offer_to_host_talks_is_mediation(classifier, lang, text):
    assert all(not v for v in positions(classifier, text, lang).values())


# --- p16C: pl, ru, uk: parties that will exchange prisoners or bodies ('обменяются', 'обміняються', 'wymienią się')
# agree, as those that exchanged them; the one announcing it holds nothing

@pytest.mark.parametrize("lang,text", [
    ("ru", "Фидан сообщил, что Россия и Украина обменяются телами погибших."),
    ("uk", "Фідан повідомив, що Росія та Україна обміняються тілами загиблих."),
    ("pl", "Fidan poinformował, że Rosja i Ukraina wymienią się ciałami poległych."),
])
def test_parties_that_will_exchange_agree(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}


# --- p16C: de, pl, ru, uk: a place (`locatives`, de `seats`) inside or right after a cue of meeting a refusal, or after a
# Polish impersonal form (`place_cues`: 'встретило отказ в Киеве', 'зустріла відмову в Києві', 'spotkało się z odmową w
# Kijowie', 'stieß in Moskau auf Ablehnung', 'z zadowoleniem przyjęto w Kijowie') holds that cue's stance

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Требование Москвы о выводе войск из Донбасса встретило отказ в Киеве.", {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("uk", "Вимога Москви про виведення військ з Донбасу зустріла відмову в Києві.", {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("pl", "Żądanie Moskwy dotyczące wycofania wojsk z Donbasu spotkało się z odmową w Kijowie.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("de", "Der Vorschlag einer Waffenruhe stieß in Moskau auf Ablehnung.", {"ceasefire": [("RU", "reject")]}),
    ("pl", "Inicjatywę Ankary w sprawie wymiany jeńców z zadowoleniem przyjęto w Moskwie.", {"prisoners": [("RU", "agree"), ("TR", "demand")]}),
    # a place after another cue is only where it happens
    ("pl", "Rosja odrzuciła rozmowy w Stambule o rozejmie.", {"ceasefire": [("RU", "reject")]}),
])
def test_a_place_after_meeting_a_refusal_holds_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16C: pl: readiness for a thing ('wyraziły gotowość do kolejnej wymiany') offers it (r28A: a demand), as ru
# 'готовность к' and uk 'готовність до'; with a condition too

@pytest.mark.parametrize("text,expected", [
    ("Obie strony wyraziły gotowość do kolejnej wymiany jeńców.", {"prisoners": [("RU", "demand"), ("UA", "demand")]}),
    ("Rosja wyraziła gotowość do rozejmu, jeśli Kijów wycofa wojska.", {"ceasefire": [("RU", "demand")]}),
])
def test_readiness_for_a_thing_accepts_it_in_polish(classifier, text, expected):
    assert positions(classifier, text, "pl") == expected


# --- p16C: pl 'rzucił pomysł' (floating an idea) proposes it; uk 'дали зрозуміти', ru 'дал понять' report, as pl 'dał do
# zrozumienia'; uk 'усіх на всіх' is the all-for-all formula as 'всіх на всіх'

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Witkoff rzucił pomysł strefy buforowej wzdłuż linii frontu.", {"territory": [("US", "demand")]}),
    ("uk", "На Банковій дали зрозуміти, що не мають наміру обговорювати нейтральний статус країни.", {"neutrality": [("UA", "reject")]}),
    ("uk", "Українська делегація на чолі з Умєровим запропонувала обмін усіх на всіх.", {"prisoners": [("UA", "demand")]}),
])
def test_floating_an_idea_and_giving_to_understand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16C: pl, ru, uk: agreeing on a step ('стороны условились', 'strony umówiły się') agrees; calling a move an
# important step or a positive signal ('назвал обмен важным шагом', 'nazwał wymianę ważnym krokiem') welcomes it

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Стороны условились провести очередной обмен пленными до конца месяца.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("pl", "Strony umówiły się na kolejną wymianę jeńców przed końcem miesiąca.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("ru", "Уиткофф, который на прошлой неделе встречался с Путиным, назвал обмен пленными важным шагом.", {"prisoners": [("US", "agree")]}),
    ("uk", "Віткофф назвав обмін полоненими важливим кроком.", {"prisoners": [("US", "agree")]}),
    ("pl", "Witkoff nazwał wymianę jeńców ważnym krokiem.", {"prisoners": [("US", "agree")]}),
])
def test_agreeing_on_a_step_or_calling_it_an_important_step(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16C: pl, ru, uk: acting as a mediator ('выступила посредником', 'виступила посередником', 'pośredniczyła') is
# `mediation`: no position on the issue

@pytest.mark.parametrize("lang,text", [
    ("ru", "Турция выступила посредником в обмене, передав списки пленных обеим сторонам."),
    ("uk", "Туреччина виступила посередником в обміні, передавши списки полонених обом сторонам."),
    ("pl", "Turcja pośredniczyła w wymianie, przekazując listy jeńców obu stronom."),
])
def test_acting_as_a_mediator_holds_nothing(classifier, lang, text):
    assert all(not v for v in positions(classifier, text, lang).values())


# --- p16C: pl, uk: the subject of an 'until ... not' clause ('dopóki Kijów nie wycofa ...', 'доки Київ не відмовиться
# ...') holds nothing: 'dopóki' and 'доки' are `conditionals`, as ru 'пока' and uk 'поки'

@pytest.mark.parametrize("lang,text", [
    ("pl", "Moskwa będzie zabiegać o uznanie Krymu za rosyjski, dopóki Kijów nie wycofa swoich żądań, powiedział Ławrow."),
    ("uk", "Москва вимагатиме визнання Криму російським, доки Київ не відмовиться від своїх вимог, сказав Лавров."),
])
def test_the_subject_of_an_until_not_clause_holds_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"territory": [("RU", "demand")]}


# --- p16C: pl, uk: a refusal until another party gives something up ('nie zgodzi się na rozejm, dopóki Kijów nie zrezygnuje
# z NATO', 'не погодиться ..., доки Київ не відмовиться від НАТО') demands what is to be given up: 'dopóki' and 'доки'
# are `privatives`, as ru 'пока' and en 'until'

@pytest.mark.parametrize("lang,text", [
    ("pl", "Moskwa nie zgodzi się na zawieszenie broni, dopóki Kijów nie zrezygnuje z członkostwa w NATO, oświadczył Pieskow."),
    ("uk", "Москва не погодиться на припинення вогню, доки Київ не відмовиться від вступу до НАТО."),
])
def test_a_refusal_until_another_gives_up_demands_it(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject")], "neutrality": [("RU", "demand")]}


# --- p16C: pl, ru, uk: refusing to trade territory ('не будет торговать своими территориями', 'не торгуватиме
# територіями', 'nie będzie handlować terytoriami') is territory, a rejection; uk negated synthetic futures of giving up
# or recognising ('не торгуватиме', 'не визнаватиме') are `refusals`

@pytest.mark.parametrize("lang,text", [
    ("ru", "Украина не будет торговать своими территориями, подчеркнул Зеленский."),
    ("uk", "Україна не торгуватиме своїми територіями, наголосив Зеленський."),
    ("pl", "Ukraina nie będzie handlować swoimi terytoriami, podkreślił Zełenski."),
    ("uk", "Київ не визнаватиме анексію Криму."),
])
def test_refusing_to_trade_territory_rejects_it(classifier, lang, text):
    assert positions(classifier, text, lang) == {"territory": [("UA", "reject")]}


# --- p16C: a subject cut off from its verb by a relative clause set off by commas ('European leaders, who met in
# Paris on Monday, endorsed ...', 'Europejscy przywódcy, którzy ..., poparli', 'Европейские лидеры, собравшиеся ...,
# поддержали'): the verb is the subject's (it held nothing), and the owner of the noun after it no speaker (it agreed)

@pytest.mark.parametrize("lang,text", [
    ("en", "European leaders, who met in Paris on Monday, endorsed Kyiv's call for an unconditional ceasefire."),
    ("pl", "Europejscy przywódcy, którzy spotkali się w poniedziałek w Paryżu, poparli propozycję Kijowa dotyczącą bezwarunkowego zawieszenia broni."),
    ("uk", "Європейські лідери, які зібралися в понеділок у Парижі, підтримали пропозицію Києва про безумовне припинення вогню."),
    ("ru", "Европейские лидеры, собравшиеся в понедельник в Париже, поддержали предложение Киева о безоговорочном прекращении огня."),
])
def test_a_subject_cut_off_by_a_relative_clause_holds_its_verb(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("EU", "agree"), ("UA", "demand")]}


# --- p16C: pl: a subject after its verb inside a relative clause set off by commas ('plan, któremu sprzeciwia się Kijów,
# przewiduje ...'): what the sentence says past the closing comma is no verb of it (Kyiv got the plan's demand);
# 'któremu' joins the `relatives`

@pytest.mark.parametrize("text,expected", [
    ("Amerykańska wersja porozumienia, której sprzeciwia się Kijów, przewiduje rezygnację Ukrainy z NATO.", ("UA", "reject")),
    ("Ten wariant porozumienia, któremu sprzeciwia się Kijów, przewiduje oddanie Donbasu.", ("UA", "reject")),
    ("Propozycja rozejmu, którą odrzuciła Moskwa, przewidywała trzydzieści dni ciszy.", ("RU", "reject")),
])
def test_a_subject_after_the_verb_of_a_commaed_relative_holds_only_that_verb(classifier, text, expected):
    (found,) = positions(classifier, text, "pl").values()
    assert expected in found and not any(h == expected[0] and st == "demand" for h, st in found)


# --- p16C: en, pl, ru, uk: 'the latter' ('последний', 'останній', 'ten ostatni', `latter`) opening a sentence stands
# for the party the sentence before names last, not for its holder (it got Kyiv, or no one); not an adjective of a
# noun ('Последний раунд переговоров ...')

@pytest.mark.parametrize("lang,before,text,expected", [
    ("ru", "Зеленский говорил с Трампом о позиции Путина.", "Последний настаивает на выводе украинских войск из Донбасса.",
     {"territory": [("RU", "demand")]}),
    ("uk", "Зеленський говорив з Трампом про позицію Путіна.", "Останній наполягає на виведенні українських військ з Донбасу.",
     {"territory": [("RU", "demand")]}),
    ("pl", "Zełenski rozmawiał z Trumpem o stanowisku Putina.", "Ten ostatni nalega na wycofanie ukraińskich wojsk z Donbasu.",
     {"territory": [("RU", "demand")]}),
    ("en", "Zelensky spoke with Trump about Putin's position.", "The latter insists on a Ukrainian withdrawal from the Donbas.",
     {"territory": [("RU", "demand")]}),
    ("ru", "Зеленский говорил с Трампом о позиции Путина.", "Последний раунд переговоров требует подготовки вывода войск из Донбасса.",
     {"territory": []}),
])
def test_the_latter_is_the_party_named_last_before(classifier, lang, before, text, expected):
    labels = classifier.classify_document([(before, lang, None), (text, lang, None)])[1]
    assert {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in labels} == expected


# --- p16B: a place in a prepositional phrase right inside or after a cue that reports how a proposal was received
# (grammar `receptions`: 'met with rejection in Moscow', 'stieß in Moskau auf Ablehnung', 'recibida con rechazo en
# Moscú') holds that stance; it gave no holder

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The proposal for a truce met with rejection in Moscow.", {"ceasefire": [("RU", "reject")]}),
    ("de", "Der Vorschlag einer Waffenruhe stieß in Moskau auf Ablehnung.", {"ceasefire": [("RU", "reject")]}),
    ("de", "Der Plan einer Waffenruhe stieß auf Ablehnung in Kiew.", {"ceasefire": [("UA", "reject")]}),
    ("es", "La propuesta de tregua fue recibida con rechazo en Moscú.", {"ceasefire": [("RU", "reject")]}),
    # a place that is no reception's: where the party rejected it
    ("en", "Russia rejected the truce in Istanbul.", {"ceasefire": [("RU", "reject")]}),
])
def test_a_place_where_a_proposal_was_received_holds_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16B: a denial that a party agreed ('denied that Kyiv had agreed to ...', 'dementierte Berichte, wonach ...
# zugestimmt habe', 'desmintió que Ucrania hubiera aceptado ...') is no agreement of it: the denier's stance is a
# rejection (en `negations` denied, es desmentir a reject cue and a negation, de dementieren, `complementizers` wonach)

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Yermak denied that Kyiv had agreed to cede the Zaporizhzhia region.", {"territory": [("UA", "reject")]}),
    ("en", "Kyiv denied that it had agreed to a ceasefire.", {"ceasefire": [("UA", "reject")]}),
    ("de", "Selenskyjs Büro wies Berichte zurück, wonach die Ukraine einer Begrenzung ihrer Armee zugestimmt habe.",
     {"neutrality": [("UA", "reject")]}),
    ("de", "Kiew dementierte Berichte, wonach die Ukraine einer Waffenruhe zugestimmt habe.", {"ceasefire": [("UA", "reject")]}),
    ("es", "La oficina de Zelenski desmintió que Ucrania hubiera aceptado limitar su ejército.", {"neutrality": [("UA", "reject")]}),
    # the office of a named official is its party's ('la oficina de Zelenski')
    ("es", "La oficina de Zelenski rechazó la tregua.", {"ceasefire": [("UA", "reject")]}),
])
def test_a_denied_agreement_is_no_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16B: 'Both', 'Beide', 'Ambos' alone as the subject opening a sentence (before its verb) are the two parties,
# as 'both sides' is; it gave no holder

@pytest.mark.parametrize("lang,text", [
    ("en", "Both rejected the idea of a buffer zone along the border."),
    ("en", "Both have since rejected the plan for a buffer zone."),
    ("de", "Beide lehnten die Idee einer Pufferzone entlang der Grenze ab."),
    ("es", "Ambos rechazaron la idea de una zona de amortiguación a lo largo de la frontera."),
])
def test_both_alone_as_a_subject_is_both_parties(classifier, lang, text):
    assert positions(classifier, text, lang) == {"territory": [("RU", "reject"), ("UA", "reject")]}


def test_both_before_named_parties_is_no_collective(classifier):
    assert positions(classifier, "Both the EU and the US backed the plan for a buffer zone.", "en") == {
        "territory": [("EU", "agree"), ("US", "agree")]}


# --- p16B: what analysts, experts, observers or diplomats speculate, believe or expect a party will do is no position
# of that party (en, de `no_agreement`, as es has it: 'los analistas especulan con que ...')

@pytest.mark.parametrize("lang,text", [
    ("en", "Analysts speculate that Kyiv could eventually accept neutral status."),
    ("en", "Experts expect Russia to demand the whole of Donetsk."),
    ("de", "Beobachter spekulieren, dass Kiew am Ende einen neutralen Status akzeptieren könnte."),
    ("de", "Westliche Diplomaten rechnen damit, dass Moskau einer Waffenruhe entlang der Frontlinie zustimmen wird."),
])
def test_speculation_by_observers_is_no_position(classifier, lang, text):
    assert all(not found for found in positions(classifier, text, lang).values())


# --- p16B: de, the reported-speech mood (Konjunktiv I) of 'ausschließen': 'Russland schließe ... nicht aus' is
# openness (agree), 'schließe ... aus' a rejection, as 'schließt'; 'schließe' was no cue and left a bare demand

@pytest.mark.parametrize("text,expected", [
    ("Russland schließe einen Gefangenenaustausch vor Ostern nicht aus, sagte Uschakow.", {"prisoners": [("RU", "agree")]}),
    ("Peskow sagte, Russland schließe eine Waffenruhe über Ostern aus.", {"ceasefire": [("RU", "reject")]}),
])
def test_german_reported_ruling_out(classifier, text, expected):
    assert positions(classifier, text, "de") == expected


# --- p16B: es, a measure called a red line ('sigue siendo una línea roja para el Kremlin') is refused by the party it
# is a red line for, as en and it have it; it gave that party a demand

@pytest.mark.parametrize("text,expected", [
    ("La adhesión de Ucrania a la OTAN sigue siendo una línea roja para el Kremlin, dijo Peskov.", {"neutrality": [("RU", "reject")]}),
    ("La retirada de Donetsk es una línea roja para Zelenski.", {"territory": [("UA", "reject")]}),
])
def test_spanish_red_line_refuses(classifier, text, expected):
    assert positions(classifier, text, "es") == expected


# --- p16B: es, the adjective 'firmes', 'firmeza', 'firmemente' is no signing ('firm-' an agree cue): 'garantías de
# seguridad firmes' gave an agree

def test_spanish_firm_is_no_signing(classifier):
    assert positions(classifier, "Umerov dijo que Kiev condiciona su aceptación de un alto el fuego a garantías de seguridad firmes.",
                     "es") == {"ceasefire": [("UA", "demand")], "neutrality": [("UA", "demand")]}


# --- p16B: 'the latter', 'Letzterer', 'este último' name the party named last before them in the sentence (grammar
# `latter`): it gave the party named first; and es, a sentence that opens with a verb in the past whose subject is
# dropped, after an adverb (`openers`: 'Además exigió ...'), is the party of the sentence before, as in pl, ru, uk

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Zelensky met Trump and Putin met Witkoff; the latter proposed a freeze of the front line.", {"territory": [("US", "demand")]}),
    ("en", "Merz spoke to Zelensky, and the latter rejected any territorial concessions.", {"territory": [("UA", "reject")]}),
    ("de", "Putin traf Witkoff, Selenskyj traf Kellogg; Letzterer schlug ein Einfrieren der Frontlinie vor.", {"territory": [("US", "demand")]}),
    # not the adjective of a round
    ("de", "In der letzten Verhandlungsrunde forderte Russland eine Waffenruhe.", {"ceasefire": [("RU", "demand")]}),
    ("es", "Rusia rechazó esta última propuesta de tregua.", {"ceasefire": [("RU", "reject")]}),
])
def test_the_latter_is_the_party_named_last(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("before,text,expected", [
    ("Lavrov habló el miércoles con la prensa en Moscú.", "Además exigió que Kiev retire sus tropas de Jersón.", {"territory": [("RU", "demand")]}),
    ("Lavrov habló el miércoles con la prensa en Moscú.", "También rechazó cualquier tregua.", {"ceasefire": [("RU", "reject")]}),
])
def test_spanish_dropped_subject_after_an_adverb(classifier, before, text, expected):
    labels = classifier.classify_document([(before, "es", None), (text, "es", None)])[1]
    assert {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in labels} == expected


# --- p16B: de, offering to host talks ('bot an, ... Gespräche ... auszurichten') is a mediation, as 'sei bereit, ...
# auszurichten' is: the host holds no position on what is talked about; it gave it a demand

@pytest.mark.parametrize("text,expected", [
    ("Erdogan bot an, eine neue Gesprächsrunde über einen Gefangenenaustausch auszurichten.", {"prisoners": []}),
    ("Die Türkei bietet Kiew und Moskau an, Gespräche über eine Waffenruhe zu organisieren.", {"ceasefire": []}),
    # an offer of the exchange itself is a demand
    ("Russland bot einen Austausch von Gefangenen an.", {"prisoners": [("RU", "demand")]}),
])
def test_german_offer_to_host_talks_mediates(classifier, text, expected):
    assert positions(classifier, text, "de") == expected


# --- p16B: de, 'die Bankowa' (the Ukrainian presidential office by its street, as en, es, it, fr, pl, tr name it) is UA

def test_german_bankowa_is_ukraine(classifier):
    assert positions(classifier, "Die Bankowa lehnte die Abtretung des Donbass ab.", "de") == {"territory": [("UA", "reject")]}


# --- p16B: an apposition after a comma and an indefinite article ('..., a condition Kyiv rejected', '..., una
# condición que Kiev rechazó', '..., an idea the Kremlin has rejected') has a subject of its own: it ends the content
# of the demand before it (the name in it is no content), and its holder does not silence the speaker of the clause

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Russia demanded that Kyiv withdraw from Donetsk, a condition Kyiv rejected.", {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("en", "The Russian side demanded that Kyiv pull out of the four regions, a condition the Ukrainian delegation rejected outright.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("es", "Rusia exigió la retirada de Donetsk, una condición que Kiev rechazó.", {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("es", "Rusia exigió que Ucrania renuncie a la OTAN, una exigencia que Kiev rechazó de plano.", {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("es", "Von der Leyen anunció que Europa usará los beneficios de los activos rusos congelados para reconstruir Ucrania, un plan que Moscú califica de robo.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    # an apposition of the subject is no clause of its own
    ("en", "Peskov, a Kremlin spokesman, rejected the truce.", {"ceasefire": [("RU", "reject")]}),
])
def test_an_apposition_with_a_position_of_its_own(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16B: en, de, judging a measure premature (predicative: 'was premature', 'it is premature to', 'nannte ...
# verfrüht') rejects it, as fr 'prématuré', es 'prematuro' and uk 'передчасн' do; not the attributive 'the premature end'

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Peskov said talk of a ceasefire was premature.", {"ceasefire": [("RU", "reject")]}),
    ("en", "Peskov said it was premature to discuss a ceasefire.", {"ceasefire": [("RU", "reject")]}),
    ("en", "The premature end of the truce angered Kyiv.", {}),
    ("de", "Peskow sagte, eine Waffenruhe sei verfrüht.", {"ceasefire": [("RU", "reject")]}),
])
def test_a_measure_judged_premature_is_rejected(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16B: 'The latter', 'Letzterer', 'Este último' opening a sentence stand for the party the sentence before names
# last (not a place after a `latter_places` word: 'at the White House'), as a pronoun stands for its party; and in one
# sentence 'the latter' after ', and' opens a clause of its own, no list with the name before it

@pytest.mark.parametrize("lang,before,text,expected", [
    ("en", "Trump met Yermak at the White House on Monday.", "The latter insisted on the return of all deported children.", {"prisoners": [("UA", "demand")]}),
    ("de", "Trump traf Jermak am Montag im Weißen Haus.", "Letzterer bestand auf der Rückkehr aller verschleppten Kinder.", {"prisoners": [("UA", "demand")]}),
    ("es", "Trump recibió el lunes a Yermak en la Casa Blanca.", "Este último insistió en el regreso de todos los niños deportados.", {"prisoners": [("UA", "demand")]}),
])
def test_the_latter_opening_a_sentence(classifier, lang, before, text, expected):
    labels = classifier.classify_document([(before, lang, None), (text, lang, None)])[1]
    assert {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in labels} == expected


# --- p16C: en, pl, ru, uk: a stance before a turn to the present ('but now', 'но теперь', 'але тепер', 'ale teraz':
# `supersessions`) is dropped when the same party takes a stance after it: the position given up is no position; ru, uk,
# pl 'допускает/допускає/dopuszcza (taką) możliwość' is openness (agree)

@pytest.mark.parametrize("lang,text", [
    ("ru", "Ранее Москва отвергала любые разговоры о перемирии, но теперь Песков допускает такую возможность."),
    ("uk", "Раніше Москва відкидала будь-які розмови про перемир'я, але тепер Пєсков допускає таку можливість."),
    ("pl", "Wcześniej Moskwa odrzucała wszelkie rozmowy o rozejmie, ale teraz Pieskow dopuszcza taką możliwość."),
    ("en", "Moscow previously rejected any talk of a truce, but now the Kremlin is open to one."),
])
def test_a_stance_given_up_before_but_now_is_dropped(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "agree")]}


def test_a_turn_to_the_present_keeps_another_partys_stance(classifier):
    # only the same party's earlier stance goes
    assert positions(classifier, "Kyiv proposed a truce, but now Moscow rejects it.", "en") == {
        "ceasefire": [("RU", "reject"), ("UA", "demand")]}


# --- p16C: ru, uk: not going for a measure ('Москва не пойдет на перемирие', 'Київ не піде на передачу Донбасу') is a
# reject cue: the sentence had no category at all

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Москва не пойдет на перемирие, пока идут поставки оружия, сказал Мединский.", {"ceasefire": [("RU", "reject")]}),
    ("uk", "Київ не піде на передачу Донбасу, наголосив Зеленський.", {"territory": [("UA", "reject")]}),
    ("pl", "Moskwa nie pójdzie na rozejm, oświadczył Uszakow.", {"ceasefire": [("RU", "reject")]}),
])
def test_not_going_for_a_measure_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Rubio met Sybiha in Washington, and the latter called for a full ceasefire.", {"ceasefire": [("UA", "demand")]}),
    ("es", "Zelenski recibió a Kellogg en Kiev, y este último propuso congelar la línea del frente.",
     {"ceasefire": [("US", "demand")], "territory": [("US", "demand")]}),
])
def test_the_latter_after_and_is_no_list(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p16B: de, 'die (europäischen) Staats- und Regierungschefs' is a party noun (as en 'heads of state and
# government'): the subject, cut off from its verb by a relative clause, gave Ukraine (of 'für die Ukraine') the agree

def test_german_heads_of_state_and_government(classifier):
    text = "Die europäischen Staats- und Regierungschefs, die sich am Montag in Paris trafen, unterstützten die Idee einer Schutztruppe für die Ukraine."
    assert positions(classifier, text, "de") == {"neutrality": [("EU", "agree")]}


# --- p16B: de, a proposal that 'stieß in Kiew auf Skepsis / auf Kritik' is rejected by the place, as 'auf Ablehnung'

@pytest.mark.parametrize("text,expected", [
    ("Der Vorschlag Washingtons, die Frontlinie einzufrieren, stieß in Kiew auf Skepsis.",
     {"ceasefire": [("UA", "reject"), ("US", "demand")], "territory": [("UA", "reject"), ("US", "demand")]}),
    ("Der Vorschlag einer Waffenruhe stieß in Moskau auf scharfe Kritik.", {"ceasefire": [("RU", "reject")]}),
])
def test_german_met_with_scepticism(classifier, text, expected):
    assert positions(classifier, text, "de") == expected


# --- p17B: tr, branding a measure theft, robbery, a trap or a surrender ('«hırsızlık» olarak nitelendirdi',
# '"teslimiyet çağrısı" olarak değerlendirdi') rejects it; the owner of the measure keeps its demand

@pytest.mark.parametrize("text,expected", [
    ("Dışişleri Bakanlığı Sözcüsü Zaharova, AB'nin Rus varlıklarına el koyma girişimini \"soygun\" olarak nitelendirdi.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("Peskov, Avrupa'nın barış gücü planını \"tuzak\" olarak nitelendirdi.",
     {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("Lavrov, ABD'nin ateşkes önerisini «kapitülasyon çağrısı» olarak tanımladı.",
     {"ceasefire": [("RU", "reject"), ("US", "demand")]}),
])
def test_turkish_branding_a_measure_theft_or_surrender_rejects_it(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- p17B: en, es, tr, threatening sanctions or tariffs if another party does not accept (or rejects) a measure
# demands the measure; the refusal inside the condition is the threatened party's, not the threatener's

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Trump threatened Moscow with new tariffs if it did not accept a 30-day ceasefire.", {"ceasefire": [("US", "demand")]}),
    ("en", "Rubio warned of new sanctions against Moscow if the Kremlin rejects the truce.", {"ceasefire": [("US", "demand")]}),
    ("es", "Washington amenaza a Rusia con duras sanciones si no acepta una tregua de treinta días, dijo Rubio.", {"ceasefire": [("US", "demand")]}),
    ("es", "Rubio advirtió de nuevas sanciones contra Moscú si el Kremlin rechaza la tregua.", {"ceasefire": [("US", "demand")]}),
    ("tr", "Trump, Moskova'nın esir takasını engellemesi durumunda Rusya'ya ağır yaptırımlar uygulanacağını açıkladı.", {"prisoners": [("US", "demand")]}),
    ("tr", "Beyaz Saray, Kremlin'in ateşkesi kabul etmemesi halinde yeni gümrük vergileri konulacağını duyurdu.", {"ceasefire": [("US", "demand")]}),
])
def test_threatening_sanctions_if_a_measure_is_refused_demands_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17B: es, 'tendría que' (would have to) is an obligation as 'tendrá que': the party that would have to act is
# whom the demand is put to, no holder of its own; the owner of the plan holds it

@pytest.mark.parametrize("text,expected", [
    ("Según el documento, Rusia tendría que liberar a todos los prisioneros civiles.", {"prisoners": []}),
    ("Según el plan europeo, Kiev tendría que aceptar una zona desmilitarizada en el este.", {"territory": [("EU", "demand")]}),
    ("Con arreglo al borrador, Moscú tendría que devolver a los niños deportados, dijo Yermak.", {"prisoners": [("UA", "demand")]}),
    ("Ucrania tendría que renunciar a la OTAN, según el plan estadounidense.", {"neutrality": [("US", "demand")]}),
])
def test_spanish_would_have_to_is_an_obligation(classifier, text, expected):
    assert positions(classifier, text, "es") == expected


# --- p17B: en, es, tr, the nationality adjectives of more European states name EU parties before a party noun
# ('el Gobierno español', 'the Spanish government', 'Hollandalı yetkililer')

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "El Gobierno español anunció que no enviará tropas a Ucrania.", {"neutrality": [("EU", "reject")]}),
    ("es", "El primer ministro neerlandés respaldó el uso de los activos rusos para indemnizar a Ucrania.", {"reparations": [("EU", "agree")]}),
    ("en", "The Spanish government said it would contribute troops to a reassurance force.", {"neutrality": [("EU", "demand")]}),
])
def test_more_european_nationality_adjectives(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17B: en, 'X's refusal to accept / cede / return ...' is one reject cue: the verb after 'refusal to' is what is
# refused, not an agreement of the noun's owner

@pytest.mark.parametrize("text,expected", [
    ("Russia's refusal to accept a 30-day truce angered Washington.", {"ceasefire": [("RU", "reject")]}),
    ("Kyiv's refusal to cede the Donbas angered the White House, officials said.", {"territory": [("UA", "reject")]}),
    ("The Kremlin's refusal to return deported Ukrainian children drew criticism in Brussels.", {"prisoners": [("RU", "reject")]}),
])
def test_refusal_to_verb_is_one_reject_cue(classifier, text, expected):
    assert positions(classifier, text, "en") == expected


# --- p17B: en, es, tr, troops or a force that 'would be a legitimate target' ('serían un objetivo legítimo', 'meşru
# hedef olacak'): the speaker rejects their deployment

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Lavrov warned that European peacekeepers in Ukraine would become legitimate targets.", {"neutrality": [("RU", "reject")]}),
    ("en", "Peskov said any Western troops deployed in Ukraine would be a legitimate target for the Russian army.", {"neutrality": [("RU", "reject")]}),
    ("es", "El Kremlin avisó de que los soldados europeos en Ucrania se convertirían en objetivos legítimos.", {"neutrality": [("RU", "reject")]}),
    ("tr", "Lavrov, Ukrayna'ya konuşlandırılacak Batılı askerlerin Rusya için meşru hedef olacağını söyledi.", {"neutrality": [("RU", "reject")]}),
])
def test_legitimate_target_rejects_a_deployment(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17B: en, es, fearing retaliation or reprisals if a measure is taken ('fears legal retaliation ... if',
# 'teme represalias ... si') rejects the measure, as warning of retaliation does

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Belgium fears legal retaliation from Moscow if the frozen Russian assets are used for a reparations loan.", {"reparations": [("EU", "reject")]}),
    ("es", "Bélgica teme represalias de Moscú si se confiscan los activos rusos congelados en Euroclear.", {"reparations": [("EU", "reject")]}),
])
def test_fearing_retaliation_if_a_measure_is_taken_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17B: es, a proposal 'bien recibida en Kiev' is accepted by the place (a `receptions` pattern and an agree cue)

def test_spanish_well_received_in_a_capital(classifier):
    text = "La propuesta de Ankara de una tregua naval fue bien recibida en Kiev."
    assert positions(classifier, text, "es") == {"ceasefire": [("TR", "demand"), ("UA", "agree")]}


# --- p17B: en, an agreement restricted to a time ('will only agree to a truce once sanctions are lifted', 'only once
# guarantees are signed') is a condition: a demand, as 'only if' and 'only when'

@pytest.mark.parametrize("text,expected", [
    ("Moscow will only agree to a ceasefire in the Black Sea once sanctions on its banks are lifted, Lavrov said.", {"ceasefire": [("RU", "demand")]}),
    ("The Kremlin will only accept European peacekeepers once a final settlement is signed, Peskov said.", {"neutrality": [("RU", "demand")]}),
    ("Kyiv will accept a neutral status only once binding guarantees are signed, Yermak said.", {"neutrality": [("UA", "demand")]}),
])
def test_only_once_is_a_condition(classifier, text, expected):
    assert positions(classifier, text, "en") == expected


# --- p17B: en, ready, willing or prepared to discuss a measure accepts it as an option (as ready for talks on it,
# es 'dispuesta a discutir'); ready to provide stays an offer

@pytest.mark.parametrize("text,expected", [
    ("The Kremlin said Moscow was ready to discuss a moratorium on strikes against power plants.", {"ceasefire": [("RU", "agree")]}),
    ("Ukraine is willing to discuss an exchange of all detained civilians, Lubinets said.", {"prisoners": [("UA", "agree")]}),
    ("Kyiv would be prepared to discuss the status of Crimea at a later stage, a Ukrainian negotiator said.", {"territory": [("UA", "agree")]}),
    ("Washington is ready to provide security guarantees to Ukraine, Rubio said.", {"neutrality": [("US", "demand")]}),
])
def test_ready_to_discuss_agrees(classifier, text, expected):
    assert positions(classifier, text, "en") == expected


# --- p17B: en, 'any deal / any settlement' is what a judgement is about ('any settlement recognising Crimea would be a
# non-starter'), no agreement of the speaker

@pytest.mark.parametrize("text,expected", [
    ("The Kremlin said any agreement allowing European troops in Ukraine would be a non-starter.", {"neutrality": [("RU", "reject")]}),
    ("Kyiv has made clear that any settlement recognising Crimea as Russian would be a non-starter.", {"territory": [("UA", "reject")]}),
])
def test_any_deal_is_no_agreement(classifier, text, expected):
    assert positions(classifier, text, "en") == expected


# --- p17B: en, a name after a perspective marker that closes or follows a demand verb, with an infinitive marker
# after it ('pushed for Kyiv to accept', 'called for Russia to agree'), is whom the demand is put to: no holder
# of the agreement asked of it; 'unacceptable for Kyiv' stays Kyiv's view

@pytest.mark.parametrize("text,expected", [
    ("Kellogg has pushed for Moscow to accept a 30-day truce, officials said.", {"ceasefire": [("US", "demand")]}),
    ("Brussels pressed for Kyiv to agree to a reparations loan backed by frozen Russian assets.", {"reparations": [("EU", "demand")]}),
    ("The White House has been pushing for Ukraine to accept a freeze of the front line.", {"territory": [("US", "demand")]}),
    ("Macron called for Russia to agree to an unconditional ceasefire.", {"ceasefire": [("EU", "demand")]}),
    ("A truce now would be unacceptable for Kyiv, Zelensky said.", {"ceasefire": [("UA", "reject")]}),
])
def test_pushed_for_a_party_to_accept_asks_it(classifier, text, expected):
    assert positions(classifier, text, "en") == expected


# --- p17B: en, es, an agreement noun after a preposition of time ('after an eventual peace agreement', 'tras un
# eventual acuerdo de paz', 'después de un acuerdo de paz') is when a measure would come, no agreement of the subject

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Francia estudia desplegar soldados en Ucrania después de un acuerdo de paz.", {"neutrality": [("EU", "demand")]}),
    ("es", "El Reino Unido enviaría tropas a Ucrania tras un eventual acuerdo de paz, dijo Starmer.", {"neutrality": [("EU", "demand")]}),
    ("en", "France is considering deploying soldiers to western Ukraine after an eventual peace agreement.", {"neutrality": [("EU", "demand")]}),
    ("en", "Britain would send troops to Ukraine after a peace deal, Starmer said.", {"neutrality": [("EU", "demand")]}),
    ("en", "Kyiv agreed to the truce after a call with Trump.", {"ceasefire": [("UA", "agree")]}),
])
def test_an_agreement_after_a_preposition_of_time_is_no_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17B: tr, 'şartıyla / koşuluyla' (on condition that) is an `exchanges` postposition as 'karşılığında': what the
# holder accepts it accepts, what stands before the postposition it demands

@pytest.mark.parametrize("text,expected", [
    ("Zelenski, Rusya'nın tüm esirleri serbest bırakması şartıyla ateşkesi kabul edeceğini söyledi.",
     {"ceasefire": [("UA", "agree"), ("UA", "demand")], "prisoners": [("UA", "demand")]}),
    ("Ukrayna, güvenlik garantileri verilmesi koşuluyla tarafsız statüyü kabul edebileceğini açıkladı.",
     {"neutrality": [("UA", "agree"), ("UA", "demand")]}),
    ("Kremlin, Batı'nın silah sevkiyatını durdurması şartıyla 30 günlük ateşkesi kabul etti.",
     {"ceasefire": [("RU", "agree"), ("RU", "demand")]}),
])
def test_turkish_on_condition_that_is_an_exchange(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- p17B: tr, 'X yerine' (instead of X) is an `alternatives` postposition: the issue right before it is turned down

@pytest.mark.parametrize("text,expected", [
    ("Kremlin, geçici bir ateşkes yerine kapsamlı bir barış anlaşması istediğini açıkladı.", {"ceasefire": [("RU", "reject")]}),
    ("Trump, zirvenin ardından ateşkes yerine doğrudan kalıcı bir barış anlaşmasına gidilmesi gerektiğini savundu.", {"ceasefire": [("US", "reject")]}),
    ("Rusya, bunun yerine 30 günlük bir ateşkes önerdi.", {"ceasefire": [("RU", "demand")]}),
])
def test_turkish_instead_of_turns_the_issue_down(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- p17B: es, plural and other forms of the reporting verbs ('aseguran', 'señalaron', 'afirman', 'indicaron') are
# `speech_verbs`: the party of the reported clause holds its own verb, the unnamed sources or officials nothing

@pytest.mark.parametrize("text,expected", [
    ("Fuentes diplomáticas aseguran que Moscú está dispuesta a aceptar un canje de todos los prisioneros.", {"prisoners": [("RU", "agree")]}),
    ("Fuentes diplomáticas aseguran que Moscú propuso un canje de todos los prisioneros.", {"prisoners": [("RU", "demand")]}),
    ("Los negociadores estadounidenses afirman que Moscú exige la retirada ucraniana de Donetsk.", {"territory": [("RU", "demand")]}),
    ("Dos diplomáticos indicaron que Turquía ofreció acoger un nuevo canje de prisioneros.", {"prisoners": [("TR", "demand")]}),
])
def test_spanish_plural_reporting_verbs(classifier, text, expected):
    assert positions(classifier, text, "es") == expected


# --- p17B: tr, of two genitive names in a row before a content postposition and a position noun ("Rusya'nın
# Ukrayna'nın silahsızlandırılması yönündeki talebi"), the first owns the noun; the second is in its content

@pytest.mark.parametrize("text,expected", [
    ("Ukrayna, Rusya'nın Kiev'in NATO'dan vazgeçmesi yönündeki talebini reddetti.", {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("Zelenski, Moskova'nın Ukrayna'nın tarafsızlaştırılması yönündeki talebini kabul edilemez olarak nitelendirdi.",
     {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("Kremlin, AB'nin Rusya'nın dondurulmuş varlıklarının kullanılması yönündeki planını reddetti.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
])
def test_turkish_second_genitive_is_in_the_content(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- p17B: en, es, judging an offer insufficient ('called the three-day truce insufficient', 'consideró
# insuficiente la tregua', 'calificó de insuficiente la oferta') rejects it; the offer's owner keeps its demand

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kyiv called the three-day truce proposed by Moscow insufficient.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("en", "Zelensky deemed the Russian offer of an Easter ceasefire inadequate.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("es", "Kiev consideró insuficiente la tregua de tres días propuesta por Moscú.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("es", "Zelenski calificó de insuficiente la oferta rusa de un alto el fuego de Pascua.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
])
def test_judging_an_offer_insufficient_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17B: tr, the nationality form of an abbreviation ('ABD''li yetkili', 'AB''li diplomat') is an adjective before
# a party noun, not the bare name: the speaker's clause keeps its genitive subject ('Washington''ın ... hazır olduğunu')

@pytest.mark.parametrize("text,expected", [
    ("Bir ABD'li yetkili, Washington'ın güvenlik garantileri sunmaya hazır olduğunu söyledi.", {"neutrality": [("US", "demand")]}),
    ("ABD'li yetkililer ateşkes önerisini destekledi.", {"ceasefire": [("US", "agree")]}),
    ("AB'li bir diplomat, Brüksel'in dondurulmuş Rus varlıklarını tazminat için kullanmayı önerdiğini söyledi.", {"reparations": [("EU", "demand")]}),
])
def test_turkish_nationality_form_of_an_abbreviation(classifier, text, expected):
    assert positions(classifier, text, "tr") == expected


# --- p17B: en, 'would only have to / would only need to' is an obligation ('have to') with a restriction, not the
# restricting 'would only' demand cue: the party that would have to act holds nothing; the document's owner holds

@pytest.mark.parametrize("text,expected", [
    ("Under the European Commission's proposal, Kyiv would only have to repay the loan once Russia pays reparations.", {"reparations": [("EU", "demand")]}),
    ("Under the US draft, Ukraine would only have to withdraw from the Donetsk region.", {"territory": [("US", "demand")]}),
    ("Under the Russian memorandum, Kyiv would only need to limit its army to 85,000 troops.", {"neutrality": [("RU", "demand")]}),
    ("Russia will only agree to a truce if Western arms deliveries stop.", {"ceasefire": [("RU", "demand")]}),
])
def test_would_only_have_to_is_an_obligation(classifier, text, expected):
    assert positions(classifier, text, "en") == expected


# --- p17B: en, es, tr, a reporting verb whose clause only judges a measure acceptable ('said a buffer zone might be
# acceptable', 'dijo que un canje sería aceptable', 'kabul edilebilir olduğunu söyledi') reports the speaker's own
# agreement, as 'would be unacceptable' reports its rejection; a party subject in the clause keeps its own verb

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The Kremlin said a prisoner swap would be acceptable.", {"prisoners": [("RU", "agree")]}),
    ("en", "Kyiv said a buffer zone might be acceptable.", {"territory": [("UA", "agree")]}),
    ("en", "Zelensky said Moscow would accept the truce.", {"ceasefire": [("RU", "agree")]}),
    ("es", "El Kremlin dijo que un canje de todos los prisioneros sería aceptable.", {"prisoners": [("RU", "agree")]}),
    ("es", "Zelenski afirmó que una zona desmilitarizada podría ser aceptable.", {"territory": [("UA", "agree")]}),
    ("tr", "Kremlin, tüm esirlerin takasının kabul edilebilir olduğunu söyledi.", {"prisoners": [("RU", "agree")]}),
])
def test_reported_acceptable_is_the_speakers_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected

# --- p17C: ru, uk, pl: threatening retaliation against a measure ('пригрозил ответными мерами в случае конфискации',
# 'погрожує відповіддю', 'zagroziła odwetem') rejects it, as en 'warned it would retaliate if': it gave a demand

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Песков пригрозил контрмерами в случае изъятия российских резервов.", {"reparations": [("RU", "reject")]}),
    ("ru", "Кремль пригрозил жестким ответом, если Запад конфискует российские активы.", {"reparations": [("RU", "reject")]}),
    ("uk", "Захарова погрожувала наслідками в разі передачі Україні російських резервів.", {"reparations": [("RU", "reject")]}),
    ("pl", "Pieskow groził konsekwencjami, jeśli Bruksela skonfiskuje rosyjskie aktywa.", {"reparations": [("RU", "reject")]}),
])
def test_threatened_retaliation_rejects_the_measure(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: ru, uk, pl: an objection denied with a future auxiliary ('не будет возражать против', 'не буде блокувати',
# 'nie będzie się sprzeciwiać') accepts the measure, as 'не возражает' does: the refusal of 'не будет' made it a reject

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Россия не будет возражать против прекращения огня на Пасху.", {"ceasefire": [("RU", "agree")]}),
    ("ru", "Венгрия не будет блокировать использование замороженных российских активов.", {"reparations": [("EU", "agree")]}),
    ("uk", "Київ не буде заперечувати проти перемир'я на Великдень.", {"ceasefire": [("UA", "agree")]}),
    ("pl", "Moskwa nie będzie się sprzeciwiać wymianie jeńców.", {"prisoners": [("RU", "agree")]}),
    # a refusal after the same auxiliary stays one
    ("ru", "Россия не будет выводить войска из Запорожской области, заявил Песков.", {"territory": [("RU", "reject")]}),
    ("pl", "Kijów nie będzie odrzucał rozejmu.", {"ceasefire": [("UA", "reject")]}),
])
def test_future_objection_denied_accepts(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: ru, uk, pl: handing over a proposal or a draft ('Уиткофф передал Кремлю предложение', 'przesłał Moskwie
# projekt') tables it, a demand of the sender: it was a handover agree, and the dative recipient owned the noun

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Спецпосланник Уиткофф передал Кремлю предложение о заморозке линии фронта.", {"territory": [("US", "demand")]}),
    ("ru", "Вашингтон направил Киеву план прекращения огня.", {"ceasefire": [("US", "demand")]}),
    ("uk", "Вашингтон надіслав Москві проєкт угоди про припинення вогню.", {"ceasefire": [("US", "demand")]}),
    ("pl", "Witkoff przekazał Kremlowi propozycję zamrożenia linii frontu.",
     {"ceasefire": [("US", "demand")], "territory": [("US", "demand")]}),
    # bodies and prisoners handed over still agree; the owner after the noun still owns it
    ("ru", "Россия передала Украине тела 900 погибших военных.", {"prisoners": [("RU", "agree")]}),
    ("uk", "Москва відкинула пропозицію Києва про перемир'я.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
])
def test_handing_over_a_proposal_tables_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: pl: a refusal told as an answer ('odpowiedział odmową', 'odpowiedzieli stanowczym „nie”', instrumental) is a
# reject cue, as ru 'ответил отказом': the answerer had no position, or the demand of the noun before

@pytest.mark.parametrize("text,expected", [
    ("Na propozycję rozejmu Kreml odpowiedział odmową.", {"ceasefire": [("RU", "reject")]}),
    ("Rosyjska delegacja zażądała uznania Krymu za rosyjski, na co Ukraińcy odpowiedzieli kategorycznym „nie”.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("Rosyjscy negocjatorzy odpowiedzieli zdecydowanym «nie» na propozycję rozejmu.", {"ceasefire": [("RU", "reject")]}),
])
def test_polish_refusal_told_as_an_answer(classifier, text, expected):
    assert positions(classifier, text, "pl") == expected


# --- p17C: ru, uk, pl: judging a move an attempt or a manipulation ('расценивает ... как попытку выиграть время',
# 'назвав ... спробою маніпуляції', 'uznał za próbę') rejects it: the judge had a demand or nothing

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Киев расценивает предложение Москвы о перемирии как попытку выиграть время для перегруппировки.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("ru", "Захарова расценила конфискацию активов как попытку легализовать воровство.", {"reparations": [("RU", "reject")]}),
    ("uk", "Зеленський назвав пасхальне перемир'я Путіна спробою маніпуляції.", {"ceasefire": [("UA", "reject")]}),
    ("pl", "Kijów uznał propozycję rozejmu za próbę zyskania na czasie.", {"ceasefire": [("UA", "reject")]}),
])
def test_judged_an_attempt_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: ru, uk, pl: the content of a position ('требует, чтобы ...', 'zażądała, by ...') ends at a comma and a clause
# opener of another subject ('тогда как', 'на что', 'тоді як', 'podczas gdy', 'na co'): that clause's holder was lost

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Кремль требует, чтобы ВСУ ушли из Херсонской области, тогда как Киев отказывается покидать эти земли.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("ru", "Киев предложил, чтобы обмен прошел по формуле всех на всех, на что Мединский ответил отказом.",
     {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("uk", "Київ запропонував, щоб обмін відбувся за формулою всіх на всіх, на що Мединський відповів відмовою.",
     {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("pl", "Rosyjska delegacja zażądała, by w memorandum zapisano uznanie Krymu za część Rosji, na co Ukraińcy odpowiedzieli stanowczym „nie”.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
])
def test_content_ends_at_a_clause_of_another_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: ru, uk: a place right after a closing reporting verb (', уточнили в Кремле') speaks for its party, as 'В Кремле
# заявили' does; not where the clause names its own parties (', повідомили в ООН' only reports)

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Перемирие в Черном море начнет действовать только после отмены санкций, уточнили в Кремле.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Перемир'я в Чорному морі набуде чинності лише після зняття санкцій, уточнили в Кремлі.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Пасхальне перемир'я було підтримано обома сторонами, повідомили в ООН.", {"ceasefire": [("RU", "agree"), ("UA", "agree")]}),
])
def test_place_after_closing_reporting_verb_speaks(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: ru, uk, pl: a place opening its clause stays the subject of its verb past an adverb ('В Киеве категорически
# отвергают', 'W Kijowie stanowczo odrzucają'): the place was lost

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "В Киеве категорически отвергают требование Кремля о передаче Запорожья.", {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("ru", "В Кремле решительно отвергли идею размещения европейских миротворцев.", {"neutrality": [("RU", "reject")]}),
    ("uk", "У Кремлі знову відкинули ідею енергетичного перемир'я.", {"ceasefire": [("RU", "reject")]}),
    ("pl", "W Moskwie ponownie odrzucono pomysł rozejmu energetycznego.", {"ceasefire": [("RU", "reject")]}),
])
def test_place_stays_subject_past_an_adverb(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: ru, uk, pl: a relative clause with its own named subject inside a content ('призвал Путина, чтобы тот принял
# перемирие, которое Украина одобрила') ends the content: its subject holds its own stance, it was taken for content

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Макрон призвал Путина, чтобы тот принял перемирие, которое Украина одобрила еще в марте.",
     {"ceasefire": [("EU", "demand"), ("UA", "agree")]}),
    ("uk", "Макрон закликав Кремль, щоб той погодився на перемир'я, яке Україна схвалила ще в березні.",
     {"ceasefire": [("EU", "demand"), ("UA", "agree")]}),
    ("pl", "Tusk zaapelował do Kremla, by przyjął rozejm, który Ukraina zaakceptowała już w marcu.",
     {"ceasefire": [("EU", "demand"), ("UA", "agree")]}),
    # a relative without a stance cue of its own gives its subject nothing
    ("ru", "Киев требует, чтобы Москва освободила гражданских, которых Россия удерживает с 2022 года.", {"prisoners": [("UA", "demand")]}),
])
def test_relative_with_its_own_subject_ends_a_content(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: ru, pl: a plural demonym right after its verb ('поддержали европейцы', 'domagali się Ukraińcy') is its subject,
# though '-цы', '-cy' end like a genitive ('Украины', 'Ukrainy'): it was dropped as a genitive

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Предложение о перемирии поддержали европейцы.", {"ceasefire": [("EU", "agree")]}),
    ("pl", "Rozejmu domagali się Ukraińcy.", {"ceasefire": [("UA", "demand")]}),
    ("pl", "Gwarancji bezpieczeństwa dla Kijowa domagają się Europejczycy i Ukraińcy.", {"neutrality": [("EU", "demand"), ("UA", "demand")]}),
    ("pl", "Apel o rozejm poparła Ukraina.", {"ceasefire": [("UA", "agree")]}),
])
def test_plural_demonym_after_its_verb(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: ru, uk, pl: the return leg of an exchange promised in the future ('..., а Киев вернет 20 тел', 'натомість Київ
# поверне', 'w zamian Kijów odda') agrees to it, as the past 'вернула' does; a handover announced alone stays an offer

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Москва согласилась освободить 120 украинских гражданских, а Киев в ответ вернет 20 тел российских военных.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("uk", "Москва погодилася звільнити 84 цивільних, а Київ у відповідь звільнить 84 російських військовополонених.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("pl", "Rosja zgodziła się przekazać Ukrainie ciała 6000 poległych, w zamian Kijów odda 20 ciał rosyjskich żołnierzy.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("uk", "Мединський заявив, що Росія передасть Україні тіла 6000 загиблих військових.", {"prisoners": [("RU", "demand")]}),
])
def test_return_leg_of_an_exchange_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: ru, uk, pl: providing in the future ('предоставит гарантии', 'надасть гарантії', 'zapewni gwarancje') offers,
# a demand, as a promise is: the sentence had no position

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Франция предоставит Украине гарантии безопасности после прекращения огня.", {"neutrality": [("EU", "demand")]}),
    ("uk", "Франція надасть Україні гарантії безпеки після припинення вогню.", {"neutrality": [("EU", "demand")]}),
    ("pl", "Francja zapewni Ukrainie gwarancje bezpieczeństwa po zawieszeniu broni.", {"neutrality": [("EU", "demand")]}),
])
def test_future_provision_offers(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: ru, uk, pl: in a condition, 'от США', 'со стороны США', 'з боку Британії', 'od USA' say where what is asked comes
# from (owner_markers), no party acting in it: the holder's demand in return was dropped

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Украина согласится на нейтральный статус в обмен на гарантии безопасности от США.",
     {"neutrality": [("UA", "agree"), ("UA", "demand")]}),
    ("uk", "Київ готовий обговорювати нейтралітет за наявності гарантій безпеки з боку Британії.",
     {"neutrality": [("UA", "agree"), ("UA", "demand")]}),
    ("pl", "Ukraina zgodzi się na neutralność w zamian za gwarancje bezpieczeństwa od USA.",
     {"neutrality": [("UA", "agree"), ("UA", "demand")]}),
    ("ru", "Москва отвергла предложение от Киева о перемирии.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
])
def test_source_of_what_is_asked_in_a_condition(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: ru, uk: 'пока', 'поки' opening a clause is a privative condition only with a negation ('пока не выведет');
# 'Бельгия, ..., пока выступает против' (for now) was turned into a demand

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Германия, в отличие от Франции, пока отвергает идею миротворцев.", {"neutrality": [("EU", "reject")]}),
    ("uk", "Бельгія, де зберігаються російські активи, поки виступає проти їх конфіскації.", {"reparations": [("EU", "reject")]}),
    ("uk", "Сибіга закликав партнерів не знімати санкцій з Росії, доки вона не погодиться на повне припинення вогню.",
     {"ceasefire": [("UA", "demand")]}),
])
def test_for_now_is_no_privative(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17C: ru, uk: a name in the instrumental after a present passive participle with no stance ('гражданских, удерживаемых
# Россией', 'цивільних, утримуваних Росією') is its agent, no holder: it took the demand of the speaker after the clause

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Возвращение украинских детей, удерживаемых Россией, остается главной целью, заявил Ермак.", {"prisoners": [("UA", "demand")]}),
    ("uk", "Звільнення цивільних, утримуваних Росією, залишається пріоритетом, наголосив Лубінець.", {"prisoners": [("UA", "demand")]}),
    # a participle that tables keeps its agent the owner
    ("ru", "Перемирие, предложенное Вашингтоном, Москва отвергла.", {"ceasefire": [("RU", "reject"), ("US", "demand")]}),
])
def test_agent_of_a_held_participle_holds_nothing(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- an exchange carried out ('carried out a prisoner exchange', 'провели обмен пленными', 'ont procédé à un
# échange') is one both sides agreed to, as 'exchanged prisoners' already was; wanting to carry one out is a demand

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Moscow and Kyiv carried out another prisoner exchange on Friday, each side freeing 150 soldiers.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("en", "Ukraine and Russia have completed the swap of 84 prisoners, officials confirmed.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("en", "Kyiv wants to carry out an all-for-all exchange before the winter.", {"prisoners": [("UA", "demand")]}),
    ("fr", "Moscou et Kiev ont procédé jeudi à un nouvel échange de prisonniers.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("es", "Rusia y Ucrania realizaron el sábado un canje de 300 prisioneros.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("de", "Russland und die Ukraine führten am Freitag einen weiteren Gefangenenaustausch durch.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("de", "Moskau und Kiew haben einen Austausch von Gefangenen vollzogen.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("ru", "Россия и Украина провели очередной обмен военнопленными.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("ru", "Киев предложил провести обмен всех на всех.", {"prisoners": [("UA", "demand")]}),
    ("uk", "Україна та Росія провели новий обмін полоненими.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("pl", "Rosja i Ukraina przeprowadziły kolejną wymianę jeńców.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
])
def test_an_exchange_carried_out_is_agreed_by_both(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected

# --- p17A: it, fr, de: ', ma non a / il ...', ', mais pas un / de ...', ', nicht aber zu / über ...' (and 'nicht
# jedoch') after a measure accepted turns the next measure down: the verb before, negated, for what follows

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Mosca ha detto di essere pronta a uno scambio di prigionieri, ma non a un cessate il fuoco.",
     {"ceasefire": [("RU", "reject")], "prisoners": [("RU", "demand")]}),  # r28A: ready for a measure offers it, a demand
    ("it", "Ankara è favorevole a un nuovo scambio di prigionieri, ma non alla presenza di truppe straniere in Ucraina.",
     {"neutrality": [("TR", "reject")], "prisoners": [("TR", "agree")]}),
    ("it", "Washington appoggia le garanzie di sicurezza per Kiev, ma non l'adesione alla NATO.",
     {"neutrality": [("US", "agree"), ("US", "reject")]}),
    ("fr", "Moscou accepterait un échange de prisonniers, mais pas un cessez-le-feu complet.",
     {"ceasefire": [("RU", "reject")], "prisoners": [("RU", "agree")]}),
    ("de", "Die Türkei befürwortet eine Waffenruhe im Schwarzen Meer, nicht jedoch eine Stationierung ausländischer Truppen.",
     {"ceasefire": [("TR", "agree")], "neutrality": [("TR", "reject")]}),
    ("de", "Moskau sei zu einem Gefangenenaustausch bereit, nicht aber zu einer Waffenruhe, sagte Peskow.",
     {"ceasefire": [("RU", "reject")], "prisoners": [("RU", "demand")]}),
    ("it", "Kiev ha proposto una tregua, ma non l'ha mai firmata.", {"ceasefire": [("UA", "demand")]}),
])
def test_but_not_before_the_second_measure(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17A: de, a participle used as an attribute after its agent ('einen von Kiew [und den Europäern]
# geforderten Waffenstillstand'): the agents (all of a list) demand; the participle is no verb of the clause's
# subject, whose own verb closes the middle field ('hat ... abgelehnt'), and the agents stand between no subject
# and its verb

@pytest.mark.parametrize("text,expected", [
    ("Der Kreml hat einen von Kiew geforderten Gefangenenaustausch abgelehnt.",
     {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("Der Kreml hat einen von Kiew und den Europäern geforderten Waffenstillstand erneut abgelehnt.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject"), ("UA", "demand")]}),
    ("Peskow wies einen von Paris und London vorgeschlagenen Waffenstillstand in der Luft zurück.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("Die Ukraine hat eine von Moskau geforderte Anerkennung der Krim als russisches Gebiet am Freitag zurückgewiesen.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("Russland und die Ukraine haben einen Gefangenenaustausch vereinbart.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
])
def test_german_attributive_participle_agents(classifier, text, expected):
    assert positions(classifier, text, "de") == expected


# --- p17A: a dateline's spaced hyphen ('Berlin (Reuters) - Die Ukraine hat ...') opens the clause as an en dash
# does: the subject after it opens its clause and may reach a verb at the end of a long middle field; the
# dateline's place holds nothing

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Berlin (Reuters) - Die Ukraine hat eine Anerkennung der Krim als russisches Gebiet am Freitag erneut zurückgewiesen.",
     {"territory": [("UA", "reject")]}),
    ("de", "Kiew (dpa) - Die ukrainische Regierung hat dem von den USA vorgelegten Plan für eine Waffenruhe im Grundsatz zugestimmt.",
     {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("it", "Bruxelles (ANSA) - L'Unione europea durante il vertice di giovedì a Bruxelles ha respinto la richiesta russa di neutralità dell'Ucraina.",
     {"neutrality": [("EU", "reject"), ("RU", "demand")]}),
])
def test_dateline_dash_opens_the_clause(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17A, r28F: fr, it: a denial of reports 'selon lesquelles' / 'secondo cui' a party agreed is a denial as 'a démenti
# que' is (`denied_clauses`, p16A): the party said to have agreed rejects

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Le Kremlin a démenti les informations selon lesquelles Moscou aurait accepté une trêve de trente jours.", {"ceasefire": [("RU", "reject")]}),
    ("fr", "Kiev dément les rumeurs selon lesquelles l'Ukraine aurait accepté de céder le Donbass.", {"territory": [("UA", "reject")]}),
    ("it", "Il Cremlino ha smentito le indiscrezioni secondo cui Mosca avrebbe accettato una tregua di trenta giorni.", {"ceasefire": [("RU", "reject")]}),
    ("it", "Kiev smentisce le notizie secondo le quali l'Ucraina avrebbe accettato la cessione del Donbass.", {"territory": [("UA", "reject")]}),
])
def test_a_denial_of_reports_according_to_which(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17A: it, fr, de: pressing a party to accept a measure ('ha fatto pressione su Kiev affinché accettasse', 'fait
# pression sur Moscou pour qu'elle accepte', 'setzten Moskau unter Druck, ... zuzustimmen') is a demand cue: the
# presser demands, the party pressed holds nothing

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Secondo il Financial Times, Washington sta facendo pressioni su Kiev perché accetti la cessione del Donbass.",
     {"territory": [("US", "demand")]}),
    ("it", "Ankara fa pressione sulle due parti affinché accettino un nuovo scambio di prigionieri.", {"prisoners": [("TR", "demand")]}),
    ("fr", "Washington fait pression sur Kiev pour qu'il accepte la cession du Donbass.", {"territory": [("US", "demand")]}),
    ("fr", "Selon le Wall Street Journal, la Maison Blanche aurait fait pression sur Zelensky pour accepter la neutralité de l'Ukraine.",
     {"neutrality": [("US", "demand")]}),
    ("de", "Die Europäer setzten Moskau unter Druck, einer Waffenruhe von dreißig Tagen zuzustimmen.", {"ceasefire": [("EU", "demand")]}),
])
def test_pressing_a_party_to_accept_demands(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17A: it, fr, de: a force called a legitimate target ('bersagli legittimi', 'cibles légitimes', 'legitimes
# Ziel') is turned down by who warns so: a `reject` cue (not a strict one: it opens no category)

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Truppe britanniche in Ucraina sarebbero «bersagli legittimi», ha avvertito il Cremlino.", {"neutrality": [("RU", "reject")]}),
    ("fr", "Des soldats européens déployés en Ukraine seraient des « cibles légitimes », a prévenu Moscou.", {"neutrality": [("RU", "reject")]}),
    ("de", "Eine europäische Friedenstruppe in der Ukraine wäre «legitimes Angriffsziel», erklärte der Kreml.", {"neutrality": [("RU", "reject")]}),
])
def test_a_legitimate_target_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17A: it, fr, de: a slogan of refusal opening the sentence or the quote ('«Nessuna cessione di territori»',
# '« Aucune cession de territoire »', '«Keine Abtretung ukrainischer Gebiete»') rejects the measure; not an absence
# of troops (the neutrality asked) nor a 'no X without Y' (a condition: a demand)

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Sybiha: «Nessuna cessione di territori ucraini alla Russia, né ora né mai».", {"territory": [("UA", "reject")]}),
    ("it", "Nessun ritiro dal Donbass, ha ribadito il presidente ucraino.", {"territory": [("UA", "reject")]}),
    ("fr", "Zelensky : « Aucune cession de territoire ukrainien à la Russie ».", {"territory": [("UA", "reject")]}),
    ("fr", "Pas de soldats de l'Otan en Ukraine, a martelé Sergueï Lavrov.", {"neutrality": [("RU", "demand")]}),
    ("de", "Keine Nato-Soldaten in der Ukraine, betonte Lawrow.", {"neutrality": [("RU", "demand")]}),
    ("it", "Nessuna tregua senza garanzie di sicurezza, ha detto Zelensky.",
     {"ceasefire": [("UA", "demand")], "neutrality": [("UA", "demand")]}),
])
def test_a_slogan_of_refusal_opening_the_sentence(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17A: de, the bracket 'wies ... zurück' is a reject cue also when a coordinated verb follows it ('wies dies
# zurück und bestand auf ...'): it needed a punctuation mark after 'zurück'

@pytest.mark.parametrize("text,expected", [
    ("Eine Feuerpause über Ostern ordnete Putin einseitig an; Kiew wies dies zurück und bestand auf einer längeren Frist.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("Der Kreml wies die Idee einer europäischen Friedenstruppe zurück und forderte die Neutralität der Ukraine.",
     {"neutrality": [("RU", "demand"), ("RU", "reject")]}),
    ("Berlin wies Forderungen nach einer Konfiszierung russischer Vermögen zurück und sprach sich für einen Reparationskredit aus.",
     {"reparations": [("EU", "demand"), ("EU", "reject")]}),
])
def test_german_wies_zurueck_before_a_coordinated_verb(classifier, text, expected):
    assert positions(classifier, text, "de") == expected


# --- p17A: de, the content of an owned position noun set off by commas and closed by a zu-infinitive ('den
# Vorschlag Moskaus, eine Waffenruhe einzuhalten, abgelehnt') is what the noun proposes: its cues ('einzuhalten',
# 'Reparationsforderungen') are no verb of the clause's subject, whose participle after the comma gives the stance;
# 'Appell' is a position noun as 'Aufruf'

@pytest.mark.parametrize("text,expected", [
    ("Kiew hat den Vorschlag Moskaus, eine Waffenruhe einzuhalten, abgelehnt.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("Der Kreml hat den Appell der Europäer, eine Waffenruhe von 30 Tagen einzuhalten, zurückgewiesen.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("Die EU hat den Vorschlag Moskaus, auf alle Reparationsforderungen zu verzichten, abgelehnt.",
     {"reparations": [("EU", "reject"), ("RU", "demand")]}),
    ("Russland ist bereit, eine Waffenruhe einzuhalten, sagte Peskow.", {"ceasefire": [("RU", "demand")]}),
])
def test_german_noun_content_between_commas_is_no_verb(classifier, text, expected):
    assert positions(classifier, text, "de") == expected


# --- p17A: the owner of a position noun right after a privative ('ohne Zustimmung der Ukraine', 'senza
# l'approvazione dell'Ucraina', 'sans l'accord de l'Ukraine', 'without Ukraine's consent') holds nothing: what is
# missing is the condition of the clause's holder

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Die EU fordert, dass ohne Einverständnis der Ukraine kein Waffenstillstand vereinbart wird.", {"ceasefire": [("EU", "demand")]}),
    ("it", "I leader europei chiedono che nessuna tregua venga decisa senza l'approvazione dell'Ucraina.", {"ceasefire": [("EU", "demand")]}),
    ("fr", "Les Européens exigent qu'aucune trêve ne soit décidée sans l'accord de l'Ukraine.", {"ceasefire": [("EU", "demand")]}),
    ("en", "European leaders insisted that no ceasefire be agreed without Ukraine's consent.", {"ceasefire": [("EU", "demand")]}),
    ("it", "Kiev ha respinto la proposta di Mosca di una tregua.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
])
def test_the_owner_of_a_missing_consent_holds_nothing(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17A: a question after a colon that closes a stated position ('accetterebbe uno scambio ..., ma resta una
# domanda: quando avverrà?') asks only what follows the colon: the position before it stands; a sentence that is
# a question of its own still gives none

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Kiev accetterebbe uno scambio di prigionieri, ha detto Zelensky, ma resta una domanda: quando avverrà?",
     {"prisoners": [("UA", "agree")]}),
    ("fr", "Moscou accepterait une trêve, selon Peskov, mais une question demeure : qui la contrôlera ?", {"ceasefire": [("RU", "agree")]}),
    ("de", "Der Kreml akzeptiere eine Waffenruhe, sagte Peskow, doch es bleibe die Frage: Wer überwacht sie?", {"ceasefire": [("RU", "agree")]}),
    ("en", "The question is simple: will Moscow accept a ceasefire?", {"ceasefire": []}),
    ("en", "Will Putin accept the truce?", {"ceasefire": []}),
])
def test_a_question_after_a_colon_asks_only_what_follows(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17A: a cue right after an owned position noun and its owner, the noun phrase opening its clause ('Le plan
# américain prévoit ...', 'Il piano americano prevede ...') is the noun's own verb: the owner keeps what the plan
# lists though another party takes a position further on (', une option que Kiev juge inacceptable'); after a
# preposition the verb is another subject's ('Nach dem Vorschlag Russlands verlangte die Ukraine ...')

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il piano americano prevede il congelamento della linea del fronte, un'opzione che Kiev giudica inaccettabile.",
     {"territory": [("UA", "reject"), ("US", "demand")]}),
    ("fr", "Le projet européen prévoit que les avoirs russes gelés financent la reconstruction, une idée que Moscou rejette.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("en", "The US plan envisages a freeze of the front line, an option Kyiv calls unacceptable.",
     {"territory": [("UA", "reject"), ("US", "demand")]}),
    ("de", "Nach dem Vorschlag Russlands verlangte die Ukraine einen Austausch aller Gefangenen.", {"prisoners": [("UA", "demand")]}),
])
def test_a_plans_own_verb_keeps_its_owner(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p17A: the verb of a subject relative right after a position noun, no comma and no party between ('un plan qui
# accepte un cessez-le-feu', 'una proposta che sostiene uno scambio'), and its coordinated verbs, are what the noun
# says: no agree of the clause's subject, who tables the noun (a demand); an object relative with its own subject
# ('la proposta che Kiev aveva accettato') keeps its verb

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Kiev a présenté un plan qui accepte un échange de tous les prisonniers de guerre.", {"prisoners": [("UA", "demand")]}),
    ("it", "Gli europei hanno trasmesso a Mosca una proposta che sostiene uno scambio di tutti i prigionieri.",
     {"prisoners": [("EU", "demand")]}),
    ("it", "Kiev ha presentato un piano che accetta un cessate il fuoco di trenta giorni.", {"ceasefire": [("UA", "demand")]}),
    ("it", "La proposta di uno scambio di prigionieri, che Kiev aveva accettato, è stata bloccata da Mosca.",
     {"prisoners": [("RU", "reject"), ("UA", "agree")]}),
])
def test_a_relative_of_a_position_noun_is_its_content(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: Turkish, no need for a measure ('gerek yok', 'gerek olmadığını', 'gerek görmüyor') turns it down, as a
# measure judged a casus belli ('savaş sebebi olacağını'); the obligation cue 'gerek' stays a demand elsewhere

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Beyaz Saray Sözcüsü, yeni bir esir takasına gerek olmadığını söyledi.", {"prisoners": [("US", "reject")]}),
    ("tr", "Lavrov, \"Bu aşamada ateşkese gerek yok\" dedi.", {"ceasefire": [("RU", "reject")]}),
    ("tr", "Kiev yönetimi, yabancı barış gücüne gerek görmediğini açıkladı.", {"neutrality": [("UA", "reject")]}),
    ("tr", "Şoygu, Batılı barış gücünün konuşlandırılmasını savaş nedeni sayacaklarını söyledi.", {"neutrality": [("RU", "reject")]}),
    ("tr", "Kremlin Sözcüsü, Kiev'in tarafsızlığı kabul etmek zorunda olduğunu belirtti.", {"neutrality": [("RU", "demand")]}),
])
def test_p18b_no_need_and_casus_belli_reject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: Turkish, a reported clause that closes on an obligation ('kabul etmesi gerekiyor', 'lazım') or a sine qua
# non ('anlaşmanın olmazsa olmazıdır') right before the reporting verb: what another must accept is demanded, the
# agree word before it no stance of the speaker; 'olmazsa olmaz' is no "if" that makes the speaker a condition's subject

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Peskov, \"Ukrayna'nın tarafsızlığı kabul etmesi gerekiyor\" dedi.", {"neutrality": [("RU", "demand")]}),
    ("tr", "Zelenskiy, \"Rusya'nın tazminat ödemeyi kabul etmesi gerekir\" diye konuştu.", {"reparations": [("UA", "demand")]}),
    ("tr", "Erdoğan, \"Tarafların esir takasını kabul etmesi lazım\" dedi.", {"prisoners": [("TR", "demand")]}),
    ("tr", "Zelenskiy, \"Tüm esirlerin iadesi her anlaşmanın olmazsa olmazıdır\" dedi.", {"prisoners": [("UA", "demand")]}),
    ("tr", "Lavrov, \"Kırım'ın Rus toprağı olarak tanınması barış anlaşmasının olmazsa olmazı\" diye konuştu.",
     {"territory": [("RU", "demand")]}),
    ("tr", "Zelenskiy, \"Esir takasını kabul ettik\" dedi.", {"prisoners": [("UA", "agree")]}),
])
def test_p18b_tr_obligation_closing_the_reported_clause(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: Turkish, a bare name right before a lower-case noun with a possessive and a case ending ('Ukrayna
# topraklarına', 'Ukrayna ordusunu') modifies that noun (an izafet compound): no subject of the verb after it

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Lavrov, Fransız askerlerinin Ukrayna topraklarında bulunmasının savaş sebebi olacağını söyledi.",
     {"neutrality": [("RU", "reject")]}),
    ("tr", "Kremlin, Ukrayna ordusunu sınırlama talebinde ısrar etti.", {"neutrality": [("RU", "demand")]}),
    ("tr", "Ukrayna bunu kabul etmeyeceğini ve Donbas'tan çekilmeyeceğini açıkladı.", {"territory": [("UA", "reject")]}),
])
def test_p18b_tr_bare_name_before_a_possessed_noun_modifies_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: a proviso ('provided that', 'as long as', 'siempre que', 'a condición de que') after an agreement is the
# holder's demand though another party is to do it; its verb negated ('siempre que no incluya', 'as long as it does
# not involve') it excludes what it names, a rejection; not the French 'tant que ... ne' (until), a demand

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Kiev está dispuesta a negociar un canje de prisioneros siempre que Moscú libere primero a los civiles, dijo Zelenski.",
     {"prisoners": [("UA", "agree"), ("UA", "demand")]}),
    ("es", "Ucrania firmará el acuerdo de tregua a condición de que Rusia retire sus tropas de Járkov.",
     {"ceasefire": [("UA", "agree"), ("UA", "demand")]}),
    ("es", "Turquía aceptará acoger la misión de paz siempre que no haya soldados estadounidenses, según Erdogan.",
     {"neutrality": [("TR", "agree"), ("TR", "reject")]}),
    ("en", "Moscow would accept a swap of all prisoners as long as Kyiv also returns the detained civilians, Medinsky said.",
     {"prisoners": [("RU", "agree"), ("RU", "demand")]}),
    ("en", "Ankara would welcome a naval ceasefire provided that it does not include Western warships, Fidan said.",
     {"ceasefire": [("TR", "agree"), ("TR", "reject")]}),
    ("fr", "Kiev ne signera aucun accord de paix tant que la Russie n'aura pas quitté les territoires occupés, a prévenu Zelensky.",
     {"territory": [("UA", "demand")]}),
])
def test_p18b_a_proviso_is_a_demand_and_a_negated_one_an_exclusion(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: not backing down from a plan or demand ('will not back down', 'no dará marcha atrás', 'geri adım
# atmayacak') insists on it, a demand: no refusal of the holder; a plain negated commitment stays a refusal

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The EU will not back down from its plan to use frozen Russian assets, von der Leyen said.", {"reparations": [("EU", "demand")]}),
    ("en", "Kyiv has no intention of backing down on its call for an all-for-all prisoner swap.", {"prisoners": [("UA", "demand")]}),
    ("en", "Ukraine will never recognise Crimea as Russian territory, Zelensky said.", {"territory": [("UA", "reject")]}),
    ("es", "Bruselas no dará marcha atrás en su plan de usar los activos rusos congelados, dijo Von der Leyen.",
     {"reparations": [("EU", "demand")]}),
    ("es", "Kiev no dará su consentimiento a la cesión del Donbás.", {"territory": [("UA", "reject")]}),
    ("tr", "Avrupa Komisyonu, dondurulmuş Rus varlıklarını kullanma planından geri adım atmayacağını söyledi.",
     {"reparations": [("EU", "demand")]}),
])
def test_p18b_not_backing_down_insists(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: a measure that would amount to theft, be a provocation, mean war or reward aggression, or one branded so
# ('calling talk of peacekeepers "a provocation"'), is turned down; a closing speaker's reporting verb coordinated with
# such a participle ('..., Lavrov told reporters, describing ...') gives the reported words' stance, no demand of its own

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Russia warned that any seizure of its assets would amount to theft.", {"reparations": [("RU", "reject")]}),
    ("en", "The Kremlin warned that deploying NATO troops in Ukraine would mean war with Russia.", {"neutrality": [("RU", "reject")]}),
    ("en", "Kyiv said that recognising Crimea as Russian would amount to capitulation.", {"territory": [("UA", "reject")]}),
    ("en", "Moscow said any European peacekeeping force would be a provocation, Zakharova said.", {"neutrality": [("RU", "reject")]}),
    ("en", "Western peacekeepers in Ukraine are out of the question, Lavrov told reporters, describing the plan as a provocation.",
     {"neutrality": [("RU", "reject")]}),
    ("en", "A freeze of the front line is unacceptable, Zelensky said, calling the US proposal a capitulation.",
     {"territory": [("UA", "reject"), ("US", "demand")]}),
])
def test_p18b_a_measure_branded_theft_or_war_is_rejected(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: en hedged acceptance and deferral: 'could live with' agrees, 'in no hurry to accept' turns down, and
# 'in favour of' agrees across 'in principle' (quoted or not)

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kyiv could live with a demilitarised zone along the front, an aide to Zelensky said.", {"territory": [("UA", "agree")]}),
    ("en", "The Kremlin is in no hurry to accept the Ukrainian proposal for a prisoner swap.",
     {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("en", "Lavrov said Moscow was in principle in favour of a prisoner exchange but that there were conditions.",
     {"prisoners": [("RU", "agree")]}),
    ("en", "Erdogan said Turkey was \"in principle\" in favour of a peacekeeping mission.", {"neutrality": [("TR", "agree")]}),
])
def test_p18b_en_hedged_acceptance_and_deferral(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: Turkish, what can be discussed ('tartışılabileceğini', 'görüşülebileceğini', 'değerlendirilebileceğini') is
# accepted as an option, an agreement; what cannot ('tartışılamayacağını') is refused

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Peskov, esir takasının görüşülebileceğini söyledi.", {"prisoners": [("RU", "agree")]}),
    ("tr", "Avrupa Komisyonu, Rus varlıklarının kullanımının yeniden değerlendirilebileceğini bildirdi.",
     {"reparations": [("EU", "agree")]}),
    ("tr", "Lavrov, Batılı barış gücü konusunun hiçbir şekilde tartışılamayacağını söyledi.", {"neutrality": [("RU", "reject")]}),
])
def test_p18b_tr_what_can_be_discussed_is_accepted(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: Spanish, a reject verb in the imperfect or in the subjunctive of a subordinate clause ('después de que
# Bélgica bloqueara', 'antes de que Moscú la desechara') is still its subject's rejection

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Bruselas aprobó el préstamo después de que Hungría bloqueara el uso de los activos rusos congelados.",
     {"reparations": [("EU", "agree"), ("EU", "reject")]}),
    ("es", "Kiev propuso una tregua aérea antes de que Moscú la desechara.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("es", "Hungría bloqueaba desde hace meses el uso de los activos rusos inmovilizados.", {"reparations": [("EU", "reject")]}),
])
def test_p18b_es_reject_verbs_in_the_subjunctive(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: a time phrase between a reporting verb and its complementizer ('announced on Monday that', 'informó el
# lunes que') still opens a reported clause: its parties hold their agreement, the announcer (a mediator) nothing

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Qatar announced on Monday that Russia and Ukraine had agreed on the return of another group of children.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("en", "The UAE announced this week that both sides had agreed on a new exchange of bodies.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("es", "Turquía anunció este jueves que Rusia y Ucrania habían acordado un nuevo canje de prisioneros.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
])
def test_p18b_a_time_phrase_before_the_reported_clause(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: a name with a possessive 's before a plain noun ('Kyiv's army', 'Ukraine's reconstruction') determines the
# noun: no subject of the verb after it ('... to fund Kyiv's army was unacceptable'), nor the view of an evaluation

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Hungary's Viktor Orban said using Russian assets to fund Kyiv's army was unacceptable for Budapest.",
     {"reparations": [("EU", "reject")]}),
    ("en", "Orban told reporters that using frozen Russian assets for Ukraine's reconstruction was out of the question.",
     {"reparations": [("EU", "reject")]}),
    ("en", "Kyiv's proposal for a truce was rejected by Moscow.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("en", "A freeze of the front line is unacceptable for Kyiv, Zelensky said.", {"territory": [("UA", "reject")]}),
])
def test_p18b_a_possessive_name_before_a_plain_noun_is_no_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: Spanish, a measure that would amount to theft or mean war ('equivaldría a un robo', 'significaría la
# guerra'), or one branded a show or a capitulation ('tildó de «teatro»'), is turned down

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Zelenski afirmó que ceder el Donbás supondría una capitulación.", {"territory": [("UA", "reject")]}),
    ("es", "Lavrov advirtió que el despliegue de tropas de la OTAN en Ucrania significaría la guerra.", {"neutrality": [("RU", "reject")]}),
    ("es", "Kiev calificó de «pantomima» la tregua unilateral anunciada por el Kremlin.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("es", "Moscú exige que Kiev se retire de Donetsk.", {"territory": [("RU", "demand")]}),
])
def test_p18b_es_a_measure_branded_theft_or_war_is_rejected(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18B: a framing document whose authors are its participle's agents ('Under the plan drafted by Washington and
# Moscow, ...') frames the sentence as an owned one does: the agents hold, the party of its provisions does not

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Under a draft agreed by US and Russian envoys, Kyiv would give up its NATO bid.",
     {"neutrality": [("RU", "demand"), ("US", "demand")]}),
    ("en", "Under the plan drafted by U.S. envoy Steve Witkoff and Kremlin envoy Kirill Dmitriev, Ukraine would cede Donbas.",
     {"territory": [("RU", "demand"), ("US", "demand")]}),
    ("en", "Under the proposal tabled by Kyiv, both sides would release all prisoners of war.", {"prisoners": [("UA", "demand")]}),
    ("en", "Under Moscow's draft memorandum, Ukraine would give up its NATO bid.", {"neutrality": [("RU", "demand")]}),
])
def test_p18b_a_frame_drafted_by_its_agents(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected

# --- p18A: two parties that each demand something in a clause of their own, joined by a comma, a coordinator or a
# contrastive ('Kiev ha proposto uno scambio, mentre Mosca ha chiesto una tregua'): each demands only the issue
# of its own clause; a reject or agree of the other issue ('ma Mosca lo ha respinto') keeps its position

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Kiev ha proposto uno scambio di prigionieri, mentre Mosca ha chiesto una tregua.",
     {"ceasefire": [("RU", "demand")], "prisoners": [("UA", "demand")]}),
    ("it", "Washington chiede una tregua immediata, ma il Cremlino insiste sul ritiro ucraino dal Donbass.",
     {"ceasefire": [("US", "demand")], "territory": [("RU", "demand")]}),
    ("fr", "Kiev a proposé un échange de prisonniers, tandis que Moscou a réclamé une trêve.",
     {"ceasefire": [("RU", "demand")], "prisoners": [("UA", "demand")]}),
    ("fr", "Paris plaide pour un cessez-le-feu, alors que Moscou exige la neutralité de l'Ukraine.",
     {"ceasefire": [("EU", "demand")], "neutrality": [("RU", "demand")]}),
    ("de", "Kiew schlug einen Gefangenenaustausch vor, während Moskau eine Waffenruhe forderte.",
     {"ceasefire": [("RU", "demand")], "prisoners": [("UA", "demand")]}),
    ("de", "Die EU verlangt Reparationen, Moskau dagegen fordert die Anerkennung der Krim.",
     {"reparations": [("EU", "demand")], "territory": [("RU", "demand")]}),
    ("it", "Kiev ha proposto uno scambio di prigionieri, ma Mosca lo ha respinto.", {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("en", "Kyiv proposed a truce, and Moscow accepted it.", {"ceasefire": [("RU", "agree"), ("UA", "demand")]}),
])
def test_each_party_demands_the_issue_of_its_own_clause(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: a negative quantifier before the subject ('Nessun Paese europeo accetterà', 'Kein europäisches Land wird
# ... akzeptieren', 'Aucun pays européen n'acceptera') negates its verb: a refusal of the party it names; 'nessun
# accordo' reached is no agreement of anyone

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Nessun Paese europeo accetterà la neutralità dell'Ucraina.", {"neutrality": [("EU", "reject")]}),
    ("it", "Nessun governo europeo accetterà la cessione della Crimea.", {"territory": [("EU", "reject")]}),
    ("it", "Nessun accordo sulla tregua è stato raggiunto tra Mosca e Kiev.", {"ceasefire": []}),
    ("it", "Mosca non accetterà nessuna tregua.", {"ceasefire": [("RU", "reject")]}),
    ("de", "Kein europäisches Land wird die Neutralität der Ukraine akzeptieren.", {"neutrality": [("EU", "reject")]}),
    ("de", "Keine europäische Regierung wird eine Anerkennung der Krim hinnehmen.", {"territory": [("EU", "reject")]}),
    ("fr", "Aucun pays européen n'acceptera la neutralité de l'Ukraine.", {"neutrality": [("EU", "reject")]}),
])
def test_a_negative_quantifier_subject_refuses(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: calling a measure theft, robbery or an escalation ('ha bollato come «furto»', 'a qualifié d'« escalade »',
# 'nannte ... einen „Diebstahl“', quoted or not) rejects it, as calling it a trap or a farce does

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Mosca ha definito un «furto» l'uso dei beni russi congelati.", {"reparations": [("RU", "reject")]}),
    ("it", "Il Cremlino ha bollato come «escalation» l'invio di truppe europee in Ucraina.", {"neutrality": [("RU", "reject")]}),
    ("it", "Lavrov ha definito «esproprio» la confisca delle riserve russe.", {"reparations": [("RU", "reject")]}),
    ("fr", "Le Kremlin a qualifié la force de réassurance d'« escalade ».", {"neutrality": [("RU", "reject")]}),
    ("de", "Der Kreml nannte die Beschlagnahme russischer Vermögen einen „Diebstahl“.", {"reparations": [("RU", "reject")]}),
    ("de", "Moskau bezeichnete die Friedenstruppe als Eskalation.", {"neutrality": [("RU", "reject")]}),
    ("de", "Lawrow bezeichnete die Nutzung der eingefrorenen Gelder als Raub.", {"reparations": [("RU", "reject")]}),
])
def test_calling_a_measure_theft_or_escalation_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: German: a consent ruled out or refused ('schloss eine Zustimmung Russlands ... aus', 'verweigerte seine
# Zustimmung') is no position noun: its owner does not agree; the consent given ('gab seine Zustimmung') still agrees

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Der Kreml schloss eine Zustimmung Russlands zu einer Waffenruhe über Weihnachten aus.", {"ceasefire": [("RU", "reject")]}),
    ("de", "Ankara verweigerte seine Zustimmung zu einer Pufferzone in der Ostukraine.", {"territory": [("TR", "reject")]}),
    ("de", "Kiew schließt jede Zustimmung zur Abtretung des Donbass aus.", {"territory": [("UA", "reject")]}),
    ("de", "Moskau gab seine Zustimmung zu einem Gefangenenaustausch.", {"prisoners": [("RU", "agree")]}),
])
def test_a_consent_ruled_out_is_no_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: an exception after a comma or after 'all' ('pronti a discutere di tutto, tranne che della cessione',
# 'prêt à discuter de tout, sauf de la cession', 'zu allem bereit, außer zur Abtretung') is what the party turns down

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Kiev è pronta a negoziare su tutto, tranne che sul riconoscimento dell'annessione.", {"territory": [("UA", "reject")]}),
    ("it", "Mosca ha accettato tutti i punti del piano, eccetto il dispiegamento di truppe europee.", {"neutrality": [("RU", "reject")]}),
    ("fr", "Kiev est prêt à discuter de tout, sauf de la cession de la Crimée.", {"territory": [("UA", "reject")]}),
    ("de", "Kiew ist zu allem bereit, außer zur Abtretung des Donbass.", {"territory": [("UA", "reject")]}),
    ("de", "Moskau akzeptiert alle Punkte des Plans, außer einer Stationierung europäischer Truppen.", {"neutrality": [("RU", "reject")]}),
])
def test_an_exception_is_turned_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: an agreeing participle with its agent in an apposition after another party's demand (', una posizione
# condivisa da Parigi e Berlino', ', une exigence appuyée par la Chine') is the agent's own agreement, not part of
# the demand's content as in 'chiede garanzie sostenute dagli Stati Uniti'

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Zelensky ha chiesto un cessate il fuoco, una posizione condivisa da Parigi e Berlino.",
     {"ceasefire": [("EU", "agree"), ("UA", "demand")]}),
    ("it", "Ankara propone una tregua nel Mar Nero, un'idea condivisa anche da Kiev.", {"ceasefire": [("TR", "demand"), ("UA", "agree")]}),
    ("fr", "Kiev réclame un cessez-le-feu complet, une position partagée par Paris et Berlin.",
     {"ceasefire": [("EU", "agree"), ("UA", "demand")]}),
    ("fr", "Moscou exige la neutralité de l'Ukraine, une exigence appuyée par la Chine.",
     {"neutrality": [("OTHER", "agree"), ("RU", "demand")]}),
])
def test_an_apposition_shared_by_a_party_is_its_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: fr: a proposal received favourably ('une idée que Moscou a accueillie favorablement', 'a reçu positivement')
# is accepted by who receives it

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Ankara a proposé une trêve en mer Noire, une idée que Moscou a accueillie favorablement.",
     {"ceasefire": [("RU", "agree"), ("TR", "demand")]}),
    ("fr", "Le Kremlin a reçu positivement la proposition turque d'un échange de prisonniers.",
     {"prisoners": [("RU", "agree"), ("TR", "demand")]}),
    ("fr", "Les Européens ont accueilli favorablement l'offre de trêve de Kiev.", {"ceasefire": [("EU", "agree"), ("UA", "demand")]}),
])
def test_a_proposal_received_favourably_is_accepted(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: German: a modal's refusal reaches across a long middle field ('will sich an einer Friedenstruppe in der
# Ukraine vorerst nicht beteiligen', 'möchte ... keinesfalls'): the subject refuses, it does not demand

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Paris will sich an einer Friedenstruppe in der Ukraine vorerst nicht beteiligen.", {"neutrality": [("EU", "reject")]}),
    ("de", "Die Bundesregierung will der Nutzung der eingefrorenen russischen Vermögen vorerst nicht zustimmen.",
     {"reparations": [("EU", "reject")]}),
    ("de", "Warschau möchte sich an der geplanten Schutztruppe in der Ukraine keinesfalls beteiligen.", {"neutrality": [("EU", "reject")]}),
    ("de", "Moskau will eine Waffenruhe nicht nur für Energieanlagen, sondern an der gesamten Front.", {"ceasefire": [("RU", "demand")]}),
])
def test_a_german_modal_refusal_across_the_middle_field(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: German: urging a measure ('hatte eine Feuerpause angemahnt', 'mahnte eine Waffenruhe an') demands it

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Trump hatte eine Feuerpause angemahnt.", {"ceasefire": [("US", "demand")]}),
    ("de", "Der Papst mahnte eine sofortige Waffenruhe an.", {"ceasefire": [("OTHER", "demand")]}),
    ("de", "Obwohl Macron eine Waffenruhe angemahnt hatte, griff Russland weiter an.", {"ceasefire": [("EU", "demand")]}),
])
def test_urging_a_measure_demands_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: dropping a proposal ('ha lasciato cadere la proposta', 'a laissé tomber la proposition', 'ließ den Vorschlag
# fallen') turns it down; its owner keeps the demand

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Mosca ha lasciato cadere la proposta americana di un cessate il fuoco completo.",
     {"ceasefire": [("RU", "reject"), ("US", "demand")]}),
    ("fr", "Moscou a laissé tomber la proposition américaine d'un cessez-le-feu.", {"ceasefire": [("RU", "reject"), ("US", "demand")]}),
    ("de", "Moskau ließ den Vorschlag einer Waffenruhe über Ostern fallen.", {"ceasefire": [("RU", "reject")]}),
    ("de", "Kiew hat den Plan eines Gefangenenaustauschs fallengelassen.", {"prisoners": [("UA", "reject")]}),
])
def test_dropping_a_proposal_turns_it_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: having nothing against a measure, no objection to it ('non avere nulla in contrario a', 'n'a rien contre',
# 'hat nichts gegen', 'keine Einwände gegen') accepts it: an agree cue, not a negated 'contrario' or a demand

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Kiev non ha niente in contrario a uno scambio di prigionieri.", {"prisoners": [("UA", "agree")]}),
    ("it", "Il Cremlino ha fatto sapere di non avere nulla in contrario a una tregua sugli impianti energetici.",
     {"ceasefire": [("RU", "agree")]}),
    ("it", "Roma è contraria all'uso dei beni russi congelati.", {"reparations": [("EU", "reject")]}),
    ("fr", "Moscou n'a rien contre une trêve énergétique.", {"ceasefire": [("RU", "agree")]}),
    ("fr", "Kiev n'a pas d'objection à un échange de prisonniers.", {"prisoners": [("UA", "agree")]}),
    ("de", "Moskau hat nichts gegen eine Waffenruhe über Ostern.", {"ceasefire": [("RU", "agree")]}),
    ("de", "Kiew hat keine Einwände gegen einen Gefangenenaustausch.", {"prisoners": [("UA", "agree")]}),
])
def test_nothing_against_a_measure_accepts_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: fr: an interview granted ('dans un entretien accordé au Figaro') and a document handed over ('a remis son
# mémorandum, qui prévoit ...') are no agreement: 'accordé' after an interview noun and 'remis' before a document noun
# are no agree cues (prisoners handed over still are)

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Kiev n'acceptera jamais un gel du front, a répété Zelensky dans un entretien accordé au Figaro.",
     {"ceasefire": [("UA", "reject")], "territory": [("UA", "reject")]}),
    ("fr", "Kiev refuse toute trêve, a déclaré Zelensky dans une interview accordée à la BBC.", {"ceasefire": [("UA", "reject")]}),
    ("fr", "La Russie a remis son mémorandum, qui prévoit la reconnaissance de la Crimée comme russe.", {"territory": [("RU", "demand")]}),
    ("fr", "La Russie a remis à l'Ukraine 500 prisonniers de guerre.", {"prisoners": [("RU", "agree")]}),
])
def test_an_interview_granted_or_a_document_handed_over_is_no_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: fr: a negated future with 'aucun', 'aucune' or 'rien' ('ne cédera aucun territoire', 'ne signera rien') is
# a refusal, as with 'pas' or 'jamais'

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Kiev ne cédera aucun territoire, a martelé Zelensky dans un entretien accordé au Monde.", {"territory": [("UA", "reject")]}),
    ("fr", "Moscou ne signera rien qui ressemble à une trêve, a dit Lavrov.", {"ceasefire": [("RU", "reject")]}),
])
def test_a_french_negated_future_with_aucun_or_rien_refuses(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: it: the infinitive and gerund of opposing after an aspectual or modal verb ('continua a opporsi al prestito',
# 'opponendosi a qualsiasi cessione') reject, as 'si oppone' does

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "L'Austria continua a opporsi all'uso dei beni russi congelati.", {"reparations": [("EU", "reject")]}),
    ("it", "Il Belgio continua a opporsi al cosiddetto prestito di riparazione, temendo ritorsioni legali da parte di Mosca.",
     {"reparations": [("EU", "reject")]}),
    ("it", "Kiev ha respinto la proposta, opponendosi a qualsiasi cessione del Donbass.", {"territory": [("UA", "reject")]}),
])
def test_italian_opposing_in_the_infinitive_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: fr: the document handed over may stand after a time and its recipient ('a remis lundi à la partie
# ukrainienne son mémorandum'): still no agreement

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "La Russie a remis mardi à la délégation ukrainienne son mémorandum, qui prévoit la reconnaissance de la Crimée.",
     {"territory": [("RU", "demand")]}),
])
def test_a_document_handed_over_after_its_recipient_is_no_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18A: a bare negation after a comma and a contrastive (', mais pas l'Otan', ', ma non nella Nato') goes on with the
# holder's own clause past the content clause before it: what the holder accepts for one, it turns down for the other

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Moscou pourrait accepter que Kiev rejoigne l'UE, mais pas l'Otan.", {"neutrality": [("RU", "reject")]}),
    ("fr", "La Russie pourrait accepter que l'Ukraine devienne membre de l'Union européenne, mais pas de l'Alliance atlantique.",
     {"neutrality": [("RU", "reject")]}),
    ("it", "Mosca potrebbe accettare che Kiev entri nell'Ue, ma non nella Nato.", {"neutrality": [("RU", "reject")]}),
])
def test_an_elliptic_negation_after_a_content_clause_is_the_holders(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected

# --- p18C: 'under no conditions' (ru 'ни при каких условиях', uk 'за жодних умов', pl 'pod żadnym warunkiem') is an
# emphatic negation, no condition set: the noun is no demand cue and no position noun that keeps the negated
# commitment after it from refusing

@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Київ ні за яких умов не визнаватиме анексію Криму.", {"territory": [("UA", "reject")]}),
    ("uk", "Уряд Фінляндії за жодних умов не відправить війська в Україну, заявив прем'єр.", {"neutrality": [("EU", "reject")]}),
    ("ru", "Москва ни при каких условиях не согласится на присутствие войск НАТО.", {"neutrality": [("RU", "reject")]}),
    ("pl", "Kijów pod żadnym warunkiem nie uzna aneksji Krymu.", {"territory": [("UA", "reject")]}),
    ("pl", "Rosja na żadnych warunkach nie zapłaci reparacji, oświadczył Pieskow.", {"reparations": [("RU", "reject")]}),
    # a real condition is still a demand ('only on condition' no agreement since r25C, as in en, de, es, fr, it)
    ("uk", "Київ погодиться на перемир'я лише за умови гарантій.", {"ceasefire": [("UA", "demand")]}),
])
def test_under_no_conditions_is_a_negation_not_a_condition(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: telling a party not to count on a measure (ru 'не стоит рассчитывать на', uk 'не варто розраховувати на',
# pl 'nie należy liczyć na') dismisses it: a reject of the speaker; the party told (dative, or a nominative subject
# of 'не может рассчитывать', an `obligation_cues` form) holds nothing; counting on a measure stays a demand

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Госсекретарь США дал понять, что Киеву не следует рассчитывать на вступление в НАТО.", {"neutrality": [("US", "reject")]}),
    ("ru", "Киев не может рассчитывать на членство в НАТО, заявил Рубио.", {"neutrality": [("US", "reject")]}),
    ("ru", "Киев рассчитывает на членство в НАТО.", {"neutrality": [("UA", "demand")]}),
    ("uk", "Канцлер Німеччини заявив, що Києву не слід сподіватися на вступ до НАТО.", {"neutrality": [("EU", "reject")]}),
    ("uk", "Київ не може розраховувати на членство в НАТО, сказав Рубіо.", {"neutrality": [("US", "reject")]}),
    ("pl", "Waszyngton dał do zrozumienia, że Ukrainie nie należy liczyć na członkostwo w NATO.", {"neutrality": [("US", "reject")]}),
    ("pl", "Kijów nie może liczyć na członkostwo w NATO, powiedział Rubio.", {"neutrality": [("US", "reject")]}),
])
def test_told_not_to_count_on_a_measure_is_a_dismissal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: declaring foreign troops a legitimate target (ru 'законной целью', uk 'законною ціллю', pl 'uzasadnionym
# celem'), judging a deployment an intervention ('как прямое вмешательство', 'як пряме втручання', 'jako interwencję')
# or a measure a red line with a verb of judging ('считает «красной линией»', 'uważa za czerwoną linię') rejects it;
# the judging verb before starts the cue, so it governs the issue named before the target

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Москва будет считать любые иностранные войска законной целью, заявил Лавров.", {"neutrality": [("RU", "reject")]}),
    ("ru", "Захарова заявила, что размещение европейских контингентов Россия расценит как прямое вмешательство НАТО.",
     {"neutrality": [("RU", "reject")]}),
    ("ru", "Москва считает вступление Украины в НАТО «красной линией».", {"neutrality": [("RU", "reject")]}),
    ("uk", "Пєсков заявив, що британські миротворці стануть законною ціллю.", {"neutrality": [("RU", "reject")]}),
    ("uk", "Членство України в НАТО Москва вважає «червоною лінією».", {"neutrality": [("RU", "reject")]}),
    ("pl", "Moskwa uzna wszelkie zagraniczne wojska na Ukrainie za uzasadniony cel, ostrzegł Ławrow.", {"neutrality": [("RU", "reject")]}),
    ("pl", "Moskwa uważa członkostwo Ukrainy w NATO za czerwoną linię.", {"neutrality": [("RU", "reject")]}),
    ("pl", "Ławrow oświadczył, że Rosja potraktuje rozmieszczenie europejskich wojsk jako bezpośrednią interwencję NATO.",
     {"neutrality": [("RU", "reject")]}),
])
def test_troops_declared_a_legitimate_target_are_rejected(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: not (even) considering a measure (ru 'не рассматривает', uk 'не розглядає', pl 'nie zamierza nawet
# rozważać') turns it down: a reject cue, its future too ('не будет рассматривать', 'не розглядатиме'); not 'не
# рассматривает ... как' (not regarding it as something)

@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Речник Кремля заявив, що Росія не розглядає питання репарацій.", {"reparations": [("RU", "reject")]}),
    ("uk", "Москва не розглядатиме жодних пропозицій про припинення вогню до кінця наступу.", {"ceasefire": [("RU", "reject")]}),
    ("ru", "Россия не рассматривает вопрос о репарациях, заявил Песков.", {"reparations": [("RU", "reject")]}),
    ("ru", "Киев даже не рассматривает вариант отказа от Донбасса.", {"territory": [("UA", "reject")]}),
    ("pl", "Rosja nie rozważa kwestii reparacji, oświadczył Pieskow.", {"reparations": [("RU", "reject")]}),
    ("pl", "Kijów nie zamierza nawet rozważać wycofania wojsk z Donbasu.", {"territory": [("UA", "reject")]}),
])
def test_not_even_considering_a_measure_turns_it_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: the one exception to what a party accepts or will discuss (ru 'кроме', uk 'крім, за винятком', pl 'z
# wyjątkiem, oprócz, poza', after 'все, любые, будь-що, wszystko, każdy') is turned down: the exception is a reject cue
# nearer the issue than the agreement; 'Все страны ЕС, кроме Венгрии, поддержали ...' keeps its agreement

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Kijów jest gotów rozmawiać o wszystkim z wyjątkiem uznania okupacji.", {"territory": [("UA", "reject")]}),
    ("pl", "Ukraina jest otwarta na rozmowy o każdej kwestii poza uznaniem aneksji Krymu.", {"territory": [("UA", "reject")]}),
    ("ru", "Москва согласна обсуждать любые вопросы, кроме отказа от Крыма.", {"territory": [("RU", "reject")]}),
    ("ru", "Все страны ЕС, кроме Венгрии, поддержали использование замороженных активов.", {"reparations": [("EU", "agree")]}),
    ("uk", "Київ готовий обговорювати все, за винятком визнання окупації.", {"territory": [("UA", "reject")]}),
    ("uk", "Україна відкрита до розмов про будь-що, крім передачі Донбасу Росії.", {"territory": [("UA", "reject")]}),
])
def test_the_exception_to_what_a_party_accepts_is_turned_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: ru, uk, pl: an infinitive coordinated with the one a demand verb puts to a party ('требует от Киева
# закрепить статус и отказаться от ...') is a second item of the demand, no coordinated verb of the holder; a finite
# verb after 'и' ('и отвергает') stays the holder's own; uk 'сторонам', pl 'stronom' (the dative of both parties)
# are `collectives`, whom a demand is put to

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Москва требует от Киева закрепить внеблоковый статус и отказаться от размещения иностранных войск.",
     {"neutrality": [("RU", "demand")]}),
    ("ru", "Кремль призвал Киев признать новые границы и отказаться от претензий на Крым.", {"territory": [("RU", "demand")]}),
    ("ru", "Москва требует нейтралитета Украины и отвергает размещение миротворцев.", {"neutrality": [("RU", "demand"), ("RU", "reject")]}),
    ("uk", "Вашингтон закликав Київ погодитися на перемир'я і відмовитися від ударів по нафтопереробних заводах.",
     {"ceasefire": [("US", "demand")]}),
    ("uk", "Росія пропонує сторонам взаємно відмовитися від претензій щодо репарацій.", {"reparations": [("RU", "demand")]}),
    ("pl", "Rosja proponuje stronom wzajemnie zrzec się roszczeń o reparacje.", {"reparations": [("RU", "demand")]}),
])
def test_a_coordinated_infinitive_after_a_demand_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: a hyphenated compound of two party adjectives (pl 'amerykańsko-ukraińska', uk 'американсько-українська',
# ru 'американо-украинское', de 'amerikanisch-ukrainisch', en 'American-Ukrainian') modifies the noun after it with
# both parts, as coordinated adjectives do: both parties own the proposal (ru combining forms 'американо-, украино-'
# are adjectives)

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Kreml odrzucił amerykańsko-ukraińską propozycję rozejmu.", {"ceasefire": [("RU", "reject"), ("UA", "demand"), ("US", "demand")]}),
    ("ru", "Москва отвергла украино-американский план прекращения огня.", {"ceasefire": [("RU", "reject"), ("UA", "demand"), ("US", "demand")]}),
    ("uk", "Москва відкинула українсько-європейський план розміщення миротворців.",
     {"neutrality": [("EU", "demand"), ("RU", "reject"), ("UA", "demand")]}),
    ("pl", "Kreml przyjął z zadowoleniem rosyjsko-amerykańskie porozumienie o rozejmie energetycznym.",
     {"ceasefire": [("RU", "agree"), ("US", "agree")]}),
    ("en", "The Kremlin rejected the American-Ukrainian truce proposal.", {"ceasefire": [("RU", "reject"), ("UA", "demand"), ("US", "demand")]}),
])
def test_a_hyphenated_compound_of_party_adjectives_owns_with_both(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: the condition of an agreement (ru 'условием любого соглашения', uk 'умовою будь-якої угоди', pl 'warunkiem
# jakiegokolwiek porozumienia') is one demand cue: the agreement noun is what is conditioned, no agreement of its own;
# the terms of an agreement agreed on ('согласовали условия соглашения') keep the agreement

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "По мнению Кремля, условием любого соглашения является признание Крыма российским.", {"territory": [("RU", "demand")]}),
    ("ru", "Стороны согласовали условия соглашения об обмене пленными.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("uk", "За словами Пєскова, умовою будь-якої угоди є визнання Криму російським.", {"territory": [("RU", "demand")]}),
    ("uk", "Передумовою мирної угоди Київ називає повне припинення вогню.", {"ceasefire": [("UA", "demand")]}),
    ("pl", "Według Moskwy warunkiem jakiegokolwiek porozumienia jest uznanie Krymu za część Rosji.", {"territory": [("RU", "demand")]}),
    ("pl", "Rosja i Ukraina zgodziły się na warunki porozumienia o wymianie jeńców.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
])
def test_the_condition_of_an_agreement_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: a joint, investment, infrastructure or energy project (ru 'инвестиционные проекты', uk 'інвестиційні
# проєкти', pl 'projekty inwestycyjne') is no draft tabled: no position noun, so the party adjectives before it own
# nothing; a draft agreement ('российский проект мирного соглашения') stays one

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Kijów chce, by zamrożone aktywa poszły na odbudowę, a nie na wspólne amerykańsko-rosyjskie projekty inwestycyjne.",
     {"reparations": [("UA", "demand")]}),
    ("ru", "Москва предлагает направить замороженные активы на совместные российско-американские инвестиционные проекты, а не на восстановление Украины.",
     {"reparations": [("RU", "demand")]}),
    ("uk", "Україна наполягає, щоб заморожені активи пішли на відбудову, а не на спільні російські інвестиційні проєкти.",
     {"reparations": [("UA", "demand")]}),
])
def test_an_investment_project_is_no_position_noun(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: coming to terms with a measure (ru 'смириться с', uk 'змиритися з', pl 'pogodzić się z') accepts it: an agree
# cue, negated a reject ('никогда не смирится с', 'nie pogodzi się z')

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Europa pogodziła się z neutralnym statusem Ukrainy.", {"neutrality": [("EU", "agree")]}),
    ("pl", "Rosja nigdy nie pogodzi się z obecnością wojsk NATO na Ukrainie.", {"neutrality": [("RU", "reject")]}),
    ("ru", "Вашингтон смирился с нейтральным статусом Украины.", {"neutrality": [("US", "agree")]}),
    ("ru", "Москва никогда не смирится с присутствием войск НАТО на Украине.", {"neutrality": [("RU", "reject")]}),
    ("uk", "Європа змирилася з нейтральним статусом України.", {"neutrality": [("EU", "agree")]}),
    ("uk", "Київ не змириться з втратою Донбасу.", {"territory": [("UA", "reject")]}),
])
def test_coming_to_terms_with_a_measure_accepts_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: another party's consent asked in exchange for what the holder gives (ru 'в обмен на ее согласие', uk 'в
# обмін на її згоду', pl 'w zamian za zgodę Moskwy') is the holder's demand, no agreement of the holder nor of the
# party asked; pl 'zgoda' is an agree noun as ru 'согласие' and uk 'згода' are

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Белый дом может снять часть санкций с России в обмен на ее согласие на прекращение огня.", {"ceasefire": [("US", "demand")]}),
    ("ru", "Вашингтон готов смягчить санкции в обмен на согласие Москвы на перемирие.", {"ceasefire": [("US", "demand")]}),
    ("uk", "Білий дім розглядає можливість зняти частину санкцій із Росії в обмін на її згоду на перемир'я.",
     {"ceasefire": [("US", "demand")]}),
    ("pl", "Biały Dom rozważa zniesienie części sankcji w zamian za zgodę Rosji na zawieszenie broni.", {"ceasefire": [("US", "demand")]}),
    ("pl", "Zgoda Kijowa na rozejm zaskoczyła Moskwę.", {"ceasefire": [("UA", "agree")]}),
])
def test_consent_asked_in_exchange_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: ru, uk, pl: sanctions or tariffs threatened if another party refuses a measure (ru 'пригрозил ... пошлинами,
# если', uk 'пригрозив ... митами, якщо', pl 'zagroziła ... sankcjami, jeśli') or announced after a condition that
# opens the sentence ('Якщо Росія не погодиться ..., Європа посилить санкції') demand the measure; the party of the
# condition holds nothing

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Jeśli Kreml odrzuci wymianę jeńców, Waszyngton nałoży nowe cła.", {"prisoners": [("US", "demand")]}),
    ("pl", "Unia zagroziła Moskwie nowymi sankcjami, jeśli odrzuci zawieszenie broni.", {"ceasefire": [("EU", "demand")]}),
    ("ru", "Трамп пригрозил Москве новыми пошлинами, если она отвергнет прекращение огня.", {"ceasefire": [("US", "demand")]}),
    ("ru", "Если Россия не согласится на перемирие до конца месяца, Европа ужесточит санкции, предупредили лидеры Франции и Германии.",
     {"ceasefire": [("EU", "demand")]}),
    ("uk", "Трамп пригрозив Москві новими митами, якщо вона відкине припинення вогню.", {"ceasefire": [("US", "demand")]}),
    ("uk", "Якщо Росія не погодиться на перемир'я до кінця місяця, Європа посилить санкції, попередили лідери Франції та Німеччини.",
     {"ceasefire": [("EU", "demand")]}),
])
def test_sanctions_threatened_if_a_party_refuses_demand_the_measure(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: a state that will not send troops but will support a mission holds both stances: ru 'не направит', uk 'не
# направить, не надішле' are `refusals` as 'не отправит' is; pl 'poprą, wesprą, wspierać' (support, its future too)
# are agree cues as 'popiera' is

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Польша не направит своих военных на Украину, но поддержит миротворческую миссию логистически.",
     {"neutrality": [("EU", "agree"), ("EU", "reject")]}),
    ("ru", "Германия не направит свои войска на Украину в составе миротворческой миссии.", {"neutrality": [("EU", "reject")]}),
    ("uk", "Франція не направить війська в Україну до укладення мирної угоди.", {"neutrality": [("EU", "reject")]}),
    ("uk", "Німеччина не надішле своїх солдатів до України у складі миротворчої місії.", {"neutrality": [("EU", "reject")]}),
    ("pl", "Niemcy nie wyślą wojsk na Ukrainę, ale poprą misję pokojową finansowo.",
     {"neutrality": [("EU", "agree"), ("EU", "reject")]}),
    ("pl", "Niemcy wesprą misję stabilizacyjną na Ukrainie, ale nie wyślą tam żołnierzy.", {"neutrality": [("EU", "agree"), ("EU", "reject")]}),
])
def test_no_troops_sent_but_a_mission_supported(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: not a metre of land given (ru 'ни метра, ни пяди', uk 'жодного метра, ані метра', pl 'ani metra, żadnego
# metra') is a refusal to cede, also where the negated verb is another's ('Конституция не позволяет ему отдать ни метра')

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Зеленский заявил, что Конституция не позволяет ему отдать ни метра украинской земли.", {"territory": [("UA", "reject")]}),
    ("uk", "Зеленський відповів, що Конституція не дозволяє йому віддати жодного метра української землі.", {"territory": [("UA", "reject")]}),
    ("uk", "Україна не віддасть ані метра Донбасу.", {"territory": [("UA", "reject")]}),
    ("pl", "Zełenski odpowiedział, że konstytucja nie pozwala mu oddać ani metra ukraińskiej ziemi.", {"territory": [("UA", "reject")]}),
    ("pl", "Ukraina nie odda żadnego metra Donbasu, zapowiedział Sybiha.", {"territory": [("UA", "reject")]}),
])
def test_not_a_metre_of_land_is_a_refusal_to_cede(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: ru 'повторил, что', pl 'powtórzył, że' report as uk 'повторив' does (`speech_verbs`): the reported clause's
# refusal is the position, no second demand of the speaker's own party; 'повторил требование' (a noun after it) stays a
# demand

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Zełenski powtórzył, że Ukraina nie zgodzi się na żadne ustępstwa terytorialne.", {"territory": [("UA", "reject")]}),
    ("pl", "Kreml powtórzył swoje żądanie neutralności Ukrainy.", {"neutrality": [("RU", "demand")]}),
    ("ru", "Зеленский повторил, что Украина не согласится ни на какие территориальные уступки.", {"territory": [("UA", "reject")]}),
    ("ru", "Макрон повторил призыв к перемирию.", {"ceasefire": [("EU", "demand")]}),
])
def test_repeated_that_reports_the_clause(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: ru 'готов на', uk 'готовий на' a measure (a truce, an exchange) offer it (r28A: a demand, docs/GUIDELINES.md);
# with a condition after it ('если', 'якщо') it stays an offer, a demand

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Киев готов на перемирие в небе и на море.", {"ceasefire": [("UA", "demand")]}),
    ("ru", "Москва готова на обмен пленными по принципу «всех на всех», но лишь после подписания меморандума.",
     {"prisoners": [("RU", "demand")]}),
    ("ru", "Кремль готов на перемирие, если Запад прекратит поставки оружия.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Москва готова на обмін полоненими «всіх на всіх».", {"prisoners": [("RU", "demand")]}),
])
def test_ready_for_a_measure_accepts_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: ru, uk: a document handed over, told in a relative after it ('в меморандуме, который делегация передала ...',
# 'у меморандумі, який делегація передала ...'), is tabled by the sender, a demand; no handover agreed (bodies or
# prisoners handed over still agree)

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "В меморандуме, который российская делегация передала украинской стороне, Москва требует вывести украинские войска с территории Донецкой области.",
     {"territory": [("RU", "demand")]}),
    ("ru", "В плане, который американцы передали Киеву, предусмотрено признание Крыма российским.", {"territory": [("US", "demand")]}),
    ("ru", "Россия передала Украине тела тысячи погибших военных.", {"prisoners": [("RU", "agree")]}),
    ("uk", "У меморандумі, який російська делегація передала українській стороні, Москва вимагає виведення українських військ з Донбасу.",
     {"territory": [("RU", "demand")]}),
    ("uk", "Росія передала Україні тіла полеглих військових.", {"prisoners": [("RU", "agree")]}),
])
def test_a_document_handed_over_in_a_relative_is_tabled(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: calling a measure unacceptable is one cue from the verb (ru 'назвали неприемлемой', uk 'назвали
# неприйнятною'): a reporting verb that judges, so the place or subject before it holds the rejection even where a
# relative after the noun names the parties promoting it (ru 'продвигают', pl 'forsują' are demand cues)

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "В Кремле назвали неприемлемой идею размещения на Украине европейских миротворцев, которую продвигают Лондон и Париж.",
     {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("ru", "В Москве назвали абсурдной идею передачи замороженных активов Украине.", {"reparations": [("RU", "reject")]}),
    ("uk", "У Кремлі назвали неприйнятною ідею миротворчої місії, яку просувають Лондон і Париж.",
     {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("pl", "Kreml odrzucił pomysł misji pokojowej, który forsują Londyn i Paryż.", {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("ru", "Москва отвергла план миротворческой миссии, который продвигает Франция.", {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
])
def test_a_judging_place_keeps_its_stance_beside_a_relative(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: a measure received with reserve or scepticism (pl 'przyjęto ... z rezerwą', ru 'сдержанно восприняли',
# 'настороженно встретил', uk 'стримано сприйняли') is turned down, as de 'stieß auf Skepsis'; the reject cue starts at
# the verb, so 'przyjęto' gives no agreement

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "W Kijowie przyjęto propozycję rozejmu z rezerwą.", {"ceasefire": [("UA", "reject")]}),
    ("pl", "Kijów przyjął plan rozejmu.", {"ceasefire": [("UA", "agree")]}),
    ("ru", "В Киеве сдержанно восприняли предложение о перемирии.", {"ceasefire": [("UA", "reject")]}),
    ("ru", "Киев настороженно встретил американский план прекращения огня.", {"ceasefire": [("UA", "reject"), ("US", "demand")]}),
    ("uk", "У Києві стримано сприйняли пропозицію про перемир'я.", {"ceasefire": [("UA", "reject")]}),
])
def test_received_with_reserve_is_turned_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p18C: pl a reporting gerund after the holder's verb ('odrzucił ..., podkreślając, że ...', 'zaznaczając, dodając,
# argumentując') is a reporting verb (`speech_verbs`), no demand cue of its own beside the holder's rejection

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Kijów odrzucił żądanie oddania Zaporoża, podkreślając, że to nagroda dla agresora.", {"territory": [("UA", "reject")]}),
    ("pl", "Rosja odrzuciła rozejm, argumentując, że Kijów wykorzysta przerwę do przegrupowania.", {"ceasefire": [("RU", "reject")]}),
    ("pl", "Sybiha poparł amerykański plan rozejmu, dodając, że Kijów liczy na szybkie wdrożenie.",
     {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
])
def test_a_reporting_gerund_adds_no_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- en an absolute clause after "with" ('talks opened, with Moscow insisting on ...'): the name and the gerund after
# it are a clause of their own, the name its subject (`absolutes`); a comma after the name ('spoke with Erdogan,
# urging ...') leaves the gerund to the sentence's subject (the demo's 'Delegations from Ukraine and Russia have
# convened ..., with Zelenskyy urging Putin to engage' gave Russia the demand)

@pytest.mark.parametrize("text,expected", [
    ("Delegations met in Istanbul for ceasefire talks, with Zelensky urging Putin to attend in person.",
     {"ceasefire": [("UA", "demand")]}),
    ("The round ended without a breakthrough, with Moscow still insisting that Kyiv renounce NATO membership.",
     {"neutrality": [("RU", "demand")]}),
    ("Negotiators met for six hours, with the Kremlin rejecting any ceasefire before a settlement.",
     {"ceasefire": [("RU", "reject")]}),
    ("Prisoner swaps have gone on, with both sides agreeing to exchange 1,000 captives each.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("Zelensky spoke with Erdogan, urging Ankara to host a ceasefire summit.", {"ceasefire": [("UA", "demand")]}),
])
def test_a_name_and_a_gerund_after_with_are_a_clause_of_their_own(classifier, text, expected):
    assert positions(classifier, text, "en") == expected

# --- p19B: a measure regarded, treated or described as theft or a provocation, however long its name between the
# verb and the judgement ('would treat the confiscation of Russian central bank assets as plain robbery', 'calificaría
# la confiscación de sus reservas congeladas de robo'); a reporting verb whose cue goes on to judge the measure
# ('una propuesta que Moscú considera una provocación') is the subject's own stance, no bare reporting verb

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The Kremlin would treat the confiscation of Russian central bank assets as plain robbery, Peskov told reporters.",
     {"reparations": [("RU", "reject")]}),
    ("en", "Kyiv regards any freeze of the front line along current positions as a capitulation, the foreign ministry said.",
     {"territory": [("UA", "reject")]}),
    ("es", "Londres defendió el despliegue de una fuerza europea en Ucrania, una propuesta que Moscú considera una provocación.",
     {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("es", "Kiev consideraría cualquier congelación de la línea del frente como una capitulación, afirmó Sibiga.",
     {"territory": [("UA", "reject")]}),
    ("es", "Moscú calificaría la confiscación de sus reservas congeladas de robo, advirtió Zajárova.", {"reparations": [("RU", "reject")]}),
])
def test_a_measure_regarded_as_theft_is_turned_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19B: a measure said to be off the table ('is not on the table', 'no está sobre la mesa'), an opposing push
# ('pushed back on the idea', 'a plan Belgium has pushed back on'), a bare negative answer ('Putin, for now, says no',
# 'Zelenski respondió que no'): the speaker turns the measure down

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ukraine's accession to NATO is not on the table, Witkoff told reporters.", {"neutrality": [("US", "reject")]}),
    ("en", "The Kremlin said a ceasefire was off the table until Kyiv halted mobilisation.", {"ceasefire": [("RU", "reject")]}),
    ("es", "Peskov dijo que el alto el fuego de 30 días ya no está sobre la mesa.", {"ceasefire": [("RU", "reject")]}),
    ("en", "Berlin and Paris have pushed back against the plan to use the frozen assets.", {"reparations": [("EU", "reject")]}),
    ("en", "The use of the frozen assets, a plan Belgium has pushed back on, dominated the summit.", {"reparations": [("EU", "reject")]}),
    ("es", "Preguntado por la cesión de Donbás, Zelenski respondió que no.", {"territory": [("UA", "reject")]}),
    ("es", "Zelenski dijo que no cederá el Donbás.", {"territory": [("UA", "reject")]}),
])
def test_off_the_table_pushed_back_or_a_bare_no_turns_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19B: tr reported verdicts and negations: a measure judged impossible or unrealistic in the reported clause
# ('ateşkesin mümkün olmadığını', 'gerçekçi olmadığını': the adjective is the cue, as 'kabul edilemez', so the
# genitive before it is no subject), a measure not recognised ('ilhakı tanımadığını'), a plan branded an attempt to
# encircle ('çevreleme girişimi olarak'); a deal as a time ('anlaşmasının ardından') agrees to nothing; a nationality
# adjective, 'bir' and 'diplomat' name a party ('Rus bir diplomat'); Umerov spelt 'Ümerov'

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Peskov, 30 günlük bir ateşkesin şu aşamada mümkün olmadığını belirtti.", {"ceasefire": [("RU", "reject")]}),
    ("tr", "Washington, Kiev'in Kırım'ı geri almasının gerçekçi olmadığını açıkladı.", {"territory": [("US", "reject")]}),
    ("tr", "Kiev, Kırım'ın ilhakını tanımadığını açıkladı.", {"territory": [("UA", "reject")]}),
    ("tr", "Kremlin, NATO'nun Ukrayna'ya asker gönderme planını 'Rusya'yı çevreleme girişimi' olarak nitelendirdi.",
     {"neutrality": [("RU", "reject")]}),
    ("tr", "Almanya, olası bir ateşkes anlaşmasının ardından Ukrayna'da konuşlanacak bir güç için 15 ülkenin desteğini aldı.",
     {"ceasefire": [("EU", "demand")]}),
    ("tr", "Rus bir diplomat, Kiev'in ateşkes önerisini reddettiklerini söyledi.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("tr", "Ümerov, tüm esirlerin takas edilmesini talep etti.", {"prisoners": [("UA", "demand")]}),
])
def test_tr_reported_verdicts_and_negations(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19B: a capital stands for its government ('Madrid respaldaría', 'Stockholm and Copenhagen called for', 'Prag
# ... reddetti'; not Vienna, a venue); winning others' backing for a plan ('won the backing of 20 countries', 'obtuvo
# el apoyo de', 'desteğini aldı') proposes it; a party that has yet to commit, sign or respond takes no stance yet

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Madrid respaldaría el uso de los activos rusos congelados para la reconstrucción de Ucrania.", {"reparations": [("EU", "agree")]}),
    ("en", "Stockholm and Copenhagen called for a full ceasefire before any talks.", {"ceasefire": [("EU", "demand")]}),
    ("tr", "Prag, Ukrayna'ya asker gönderilmesini reddetti.", {"neutrality": [("EU", "reject")]}),
    ("en", "France won the backing of 20 countries for its plan for a reassurance force.", {"neutrality": [("EU", "demand")]}),
    ("es", "Francia obtuvo el apoyo de 20 países para su plan de una fuerza de paz en Ucrania.", {"neutrality": [("EU", "demand")]}),
    ("tr", "Fransa, Ukrayna'ya barış gücü gönderme planı için 20 ülkenin desteğini aldı.", {"neutrality": [("EU", "demand")]}),
    ("en", "Moscow backed the truce, but Kyiv has yet to respond.", {"ceasefire": [("RU", "agree")]}),
    ("en", "Paris and London back a reassurance force, although Washington has yet to commit troops.", {"neutrality": [("EU", "agree")]}),
])
def test_capitals_won_backing_and_yet_to(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19B: defending a proposal advocates it ('defendieron el envío de una fuerza', 'defended the deployment'; not
# defending a country); threatening to retaliate against a plan turns it down ('ha amenazado con responder',
# 'threatened to retaliate against'); an offer on reciprocity ('if Kyiv did the same', 'si Moscú hace lo mismo') sets a
# condition, a demand; 'won't rule out' and 'would not rule out' are openness, no refusal

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Berlín defendió el uso de los activos rusos congelados para un préstamo a Ucrania.", {"reparations": [("EU", "demand")]}),
    ("es", "Kiev defenderá su territorio y no cederá el Donbás.", {"territory": [("UA", "reject")]}),
    ("es", "Bruselas propone usar los activos congelados, un plan al que Moscú ha amenazado con responder con represalias.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("en", "Brussels wants to use the frozen assets, a plan Moscow has threatened to retaliate against.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("en", "Trump threatened sanctions on Moscow if it rejected the ceasefire.", {"ceasefire": [("US", "demand")]}),
    ("en", "Moscow would agree to a swap of all prisoners if Kyiv did the same, Peskov said.", {"prisoners": [("RU", "demand")]}),
    ("es", "Kiev no descarta una tregua aérea si Moscú hace lo mismo, dijo Sibiga.", {"ceasefire": [("UA", "demand")]}),
    ("es", "Moscú aceptó el canje de prisioneros.", {"prisoners": [("RU", "agree")]}),
    ("en", "Kyiv won't rule out a referendum on any territorial deal, Zelensky said.", {"territory": [("UA", "agree")]}),
    ("en", "Moscow would not rule out a partial truce at sea, Peskov said.", {"ceasefire": [("RU", "agree")]}),
    ("en", "Moscow will not accept a ceasefire, Peskov said.", {"ceasefire": [("RU", "reject")]}),
])
def test_defending_threatening_reciprocity_and_not_ruling_out(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19B: a host who adds a condition is no mere mediator: 'Ankara is ready to host talks, Erdogan said, adding that a
# ceasefire must come first' (its own speaker goes on, after a gerund, to a stance outside the mediation); the
# obligation of reported speech, backshifted ('that a ceasefire had to come first', 'that Russia needed to withdraw'),
# is an obligation cue, no verb of its subject

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ankara is ready to host a new round of talks, Erdogan said, adding that a full ceasefire must come first.",
     {"ceasefire": [("TR", "demand")]}),
    ("en", "Qatar is ready to host new talks on the return of children, its foreign minister said, adding that all deported children must be returned.",
     {"prisoners": [("OTHER", "demand")]}),
    ("en", "Ankara is ready to host a new round of talks on a truce, Fidan said, while Moscow rejected the ceasefire.",
     {"ceasefire": [("RU", "reject")]}),
    ("en", "Kyiv said that any exchange had to include all civilians held in Russia.", {"prisoners": [("UA", "demand")]}),
    ("en", "Zelensky said that Russia needed to withdraw from the occupied regions first.", {"territory": [("UA", "demand")]}),
])
def test_a_host_adding_a_condition_and_backshifted_obligation(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19B: a document handed over ('Kyiv's draft, handed over to the Turkish hosts, calls for ...') is no handover of
# prisoners, no agreement; a party a decision is 'now up to' ('was now up to Moscow to accept') is addressed, no holder

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kyiv's draft, handed over to the Turkish hosts, calls for a full ceasefire.", {"ceasefire": [("UA", "demand")]}),
    ("en", "Russia's memorandum, handed over in Istanbul, sets out two options for a truce, RIA Novosti reported.",
     {"ceasefire": [("RU", "demand")]}),
    ("en", "Russia handed over 500 prisoners of war to Ukraine on Friday.", {"prisoners": [("RU", "agree")]}),
    ("en", "Washington and Kyiv backed a 30-day truce, which the White House said was now up to Moscow to accept.",
     {"ceasefire": [("UA", "agree"), ("US", "agree")]}),
    ("en", "The EU endorsed the prisoner swap plan, saying it was up to Russia to respond.", {"prisoners": [("EU", "agree")]}),
])
def test_a_document_handed_over_and_a_decision_up_to_a_party(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19B: 'back' of a phrasal verb ('sent back', 'gave back', 'won back', 'got back') is no backing, no agreement

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Russia has sent back only 300 of the deported children, and Kyiv wants all of them returned, Lubinets said.",
     {"prisoners": [("UA", "demand")]}),
    ("en", "Moscow gave back the bodies of 900 soldiers, and Kyiv demanded the release of all civilians.", {"prisoners": [("UA", "demand")]}),
    ("en", "Paris will back a reassurance force.", {"neutrality": [("EU", "agree")]}),
    ("en", "Germany backed the use of the frozen assets.", {"reparations": [("EU", "agree")]}),
])
def test_back_of_a_phrasal_verb_is_no_backing(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19C: ru, uk confirming *that* another party agreed (ru 'подтвердил, что', uk 'підтвердив, що') reports the
# agreement: a speech verb there, so the parties of the reported clause hold and the confirmer holds nothing; a measure
# confirmed with no clause ('подтвердил готовность к обмену') stays the confirmer's agreement

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Посол Германии подтвердил, что Москва согласилась на обмен пленными.", {"prisoners": [("RU", "agree")]}),
    ("ru", "В Госдепе подтвердили, что Киев принял предложение о перемирии.", {"ceasefire": [("UA", "agree")]}),
    ("uk", "Міністр оборони Литви підтвердив, що Анкара погодилася стати гарантом безпеки України.", {"neutrality": [("TR", "agree")]}),
    ("uk", "Київ підтвердив участь в обміні полоненими.", {"prisoners": [("UA", "agree")]}),
    ("ru", "Кремль подтвердил, что готов к обмену пленными.", {"prisoners": [("RU", "demand")]}),
])
def test_confirming_that_another_agreed_reports_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19C: ru, uk a negated future of signing, supporting or approving (ru 'не подпишет, не поддержит, не одобрит',
# uk 'не підпише, не підтримає, не схвалить') is a `refusals` match, as pl 'nie podpisze': a reject, not the demand of the
# document named after it

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Кремль не подпишет никакого документа о репарациях.", {"reparations": [("RU", "reject")]}),
    ("ru", "Венгрия не поддержит конфискацию российских активов.", {"reparations": [("EU", "reject")]}),
    ("uk", "Угорщина не підтримає використання заморожених російських активів.", {"reparations": [("EU", "reject")]}),
    ("uk", "Зеленський заявив, що Київ не підпише угоду про нейтральний статус.", {"neutrality": [("UA", "reject")]}),
])
def test_a_negated_future_of_signing_or_supporting_refuses(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19C: ru, uk, pl readiness to discuss or to take a measure that waits for another's act ('только после того, как',
# 'лише після того, як', 'dopiero wtedy, gdy'; not a bare 'лишь после подписания') stays an offer, a demand (readiness to
# discuss only there; with 'если, за умови' it still agrees and asks);
# pl 'o ile' and ru 'при условии' after an agree cue open a condition (`exchanges`): what the holder asks in return

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Кремль готов рассмотреть перемирие на Пасху лишь после того, как Киев прекратит удары по НПЗ.",
     {"ceasefire": [("RU", "demand")]}),
    ("uk", "Київ готовий обговорювати енергетичне перемир'я лише після того, як Росія припинить удари по ТЕС.",
     {"ceasefire": [("UA", "demand")]}),
    ("pl", "Moskwa jest gotowa rozmawiać o wymianie jeńców dopiero wtedy, gdy Kijów zwolni wszystkich cywilów.",
     {"prisoners": [("RU", "demand")]}),
    ("ru", "Москва готова обсуждать нейтральный статус.", {"neutrality": [("RU", "agree")]}),
    ("pl", "Węgry mogą poprzeć wykorzystanie rosyjskich aktywów, o ile pieniądze trafią na odbudowę.",
     {"reparations": [("EU", "agree"), ("EU", "demand")]}),
    ("ru", "Киев согласится на обмен пленными при условии возвращения всех депортированных детей.",
     {"prisoners": [("UA", "agree"), ("UA", "demand")]}),
    # a reciprocal condition, the other side doing likewise ('o ile Moskwa również ...'), asks nothing
    ("pl", "Kijów nie wyklucza rozejmu energetycznego, o ile Moskwa również wstrzyma ataki.", {"ceasefire": [("UA", "agree")]}),
])
def test_readiness_waiting_for_a_condition_is_an_offer(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19C: ru, uk, pl an option weighed or discussed in a capital with no subject named (pl 'w Waszyngtonie rozważane
# są', 'rozważa się', 'omawiają'; uk 'у Брюсселі обговорюють, розглядають'; ru 'в Брюсселе обсуждают, рассматривают')
# is floated by the place, a demand, as 'Waszyngton rozważa ...' is; not considering it ('nie rozważa się') rejects

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "W Brukseli rozważana jest konfiskata zamrożonych rosyjskich aktywów.", {"reparations": [("EU", "demand")]}),
    ("pl", "W Berlinie rozważa się wysłanie żołnierzy do misji stabilizacyjnej.", {"neutrality": [("EU", "demand")]}),
    ("pl", "W Warszawie nie rozważa się wysłania żołnierzy na Ukrainę.", {"neutrality": [("EU", "reject")]}),
    ("uk", "У Вашингтоні розглядають варіант гарантій безпеки для України.", {"neutrality": [("US", "demand")]}),
    ("uk", "У Києві не розглядають виведення військ з Донбасу.", {"territory": [("UA", "reject")]}),
    ("ru", "В Брюсселе обсуждают конфискацию замороженных российских активов.", {"reparations": [("EU", "demand")]}),
    ("ru", "В Кремле не рассматривают вариант с перемирием.", {"ceasefire": [("RU", "reject")]}),
])
def test_an_option_weighed_in_a_capital_is_floated(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19C: ru, uk, pl the European group named by its short name ('E3', 'E4', in Latin or Cyrillic letters) is EU,
# as in en, it, fr, de, es: 'Przywódcy E3 wezwali ...' has a holder, and the party addressed stays none

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Przywódcy E3 wezwali Moskwę do przyjęcia rozejmu.", {"ceasefire": [("EU", "demand")]}),
    ("pl", "Kraje E3 poparły plan rozejmu.", {"ceasefire": [("EU", "agree")]}),
    ("uk", "Лідери E3 закликали Путіна погодитися на перемир'я.", {"ceasefire": [("EU", "demand")]}),
    ("ru", "Страны Е3 предложили направить миротворцев на Украину.", {"neutrality": [("EU", "demand")]}),
])
def test_the_e3_group_is_a_european_holder(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19C: pl a plan that a speaker comments on, refers to or answers ('komentując europejskie plany', 'odnosząc się do
# amerykańskiego planu', 'w odpowiedzi na ...') is the comment's topic: no demand cue of the speaker, whose own words
# (a refusal before the dash) give the stance; the plan's adjective owner keeps its demand

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "– Nie ma mowy o żadnym rozejmie – powiedział Pieskow, komentując amerykański plan zawieszenia broni.",
     {"ceasefire": [("RU", "reject"), ("US", "demand")]}),
    ("pl", "Moskwa odrzuca wszelkie odszkodowania – oświadczyła Zacharowa w odpowiedzi na europejskie plany konfiskaty aktywów.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("pl", "Sikorski poparł europejski plan rozejmu.", {"ceasefire": [("EU", "agree"), ("EU", "demand")]}),
])
def test_a_plan_commented_on_is_no_demand_of_the_speaker(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19C: ru, uk, pl an idea is a position noun (ru 'идея', uk 'ідея', pl 'pomysł, idea'): its owner, an adjective
# ('американские идеи', 'amerykański pomysł') or a genitive after it ('идею Киева', 'ідею Парижа'), floats it, a demand;
# a name right before it is no owner ('поддержит ли Вашингтон идею ...'), and before a verbal noun ('идею размещения
# европейских миротворцев') the adjective of the content owns nothing

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Песков назвал «абсурдными» американские идеи о перемирии.", {"ceasefire": [("RU", "reject"), ("US", "demand")]}),
    ("ru", "Кремль отверг идею Киева об энергетическом перемирии.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("uk", "Кремль відкинув ідею Парижа про розміщення миротворців.", {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("pl", "Kijów poparł amerykański pomysł rozejmu energetycznego.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("ru", "Вашингтон поддержал идею энергетического перемирия.", {"ceasefire": [("US", "agree")]}),
    ("uk", "У Кремлі відкинули ідею розміщення європейських миротворців.", {"neutrality": [("RU", "reject")]}),
])
def test_an_idea_is_its_owners_proposal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19C: uk an open question opening the sentence ('Чи погодиться Київ ...') takes no position up to a relative
# clause set off by a comma ('..., який пропонує Анкара, ...'): the relative's own subject keeps its stance, as in ru
# ('Согласится ли Кремль ..., которых предлагают Париж и Лондон') and pl ('Czy ..., którą proponują ...')

@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Чи погодиться Київ на обмін полоненими, який пропонує Анкара, поки невідомо.", {"prisoners": [("TR", "demand")]}),
    ("uk", "Чи підтримає Вашингтон план перемир'я, який пропонує Париж, залишається неясним.", {"ceasefire": [("EU", "demand")]}),
    ("uk", "Чи погодиться Москва на перемир'я, поки невідомо.", {"ceasefire": []}),
    ("ru", "Согласится ли Кремль на размещение миротворцев, которых предлагают Париж и Лондон, пока неясно.",
     {"neutrality": [("EU", "demand")]}),
])
def test_an_open_question_leaves_its_relative_clause_its_stance(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19C: a Ukrainian official the lists lacked, named by title and name ('Віцепрем'єрка Ірина Верещук', 'Вице-премьер
# Ирина Верещук', 'Wicepremier Iryna Wereszczuk'): an `officials` entry of UA, so her call holds for Kyiv and the
# party addressed holds nothing

@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Віцепрем'єрка Ірина Верещук закликала Москву погодитися на обмін полоненими за формулою «всіх на всіх».",
     {"prisoners": [("UA", "demand")]}),
    ("ru", "Вице-премьер Ирина Верещук призвала Москву согласиться на обмен пленными.", {"prisoners": [("UA", "demand")]}),
    ("pl", "Wicepremier Iryna Wereszczuk wezwała Rosję do uwolnienia ukraińskich cywilów.", {"prisoners": [("UA", "demand")]}),
])
def test_vereshchuk_speaks_for_kyiv(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19C: pl the reassurance force as pl reports render it ('siły zapewnienia bezpieczeństwa', 'siły zapewniające
# bezpieczeństwo') is a neutrality issue, as ru 'силы заверения' and uk 'сили запевнення' are

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Paryż chce wysłać na Ukrainę „siły zapewnienia bezpieczeństwa” po zawieszeniu broni.", {"neutrality": [("EU", "demand")]}),
    ("pl", "Kreml odrzucił europejskie plany rozmieszczenia sił zapewniających bezpieczeństwo.",
     {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
])
def test_the_pl_reassurance_force_is_a_neutrality_issue(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19C: ru, uk, pl what a proposed meeting could settle ('саммит, на котором можно было бы договориться о перемирии',
# 'можна було б узгодити', 'można by uzgodnić') is a possibility, a `no_agreement` span: the proposer demands, nobody
# agrees; an agreement the parties managed ('смогли договориться') still agrees

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Макрон предложил созвать саммит, на котором можно было бы договориться о перемирии.", {"ceasefire": [("EU", "demand")]}),
    ("uk", "Макрон запропонував скликати саміт, на якому можна було б узгодити умови перемир'я.", {"ceasefire": [("EU", "demand")]}),
    ("pl", "Macron zaproponował zwołanie szczytu, na którym można by uzgodnić warunki rozejmu.", {"ceasefire": [("EU", "demand")]}),
    ("ru", "Стороны смогли договориться об обмене пленными.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
])
def test_what_a_meeting_could_settle_is_no_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: a proposal being examined or studied (de 'prüfen', 'will ... prüfen'; it 'sta valutando', 'esaminerà',
# 'studierà'; fr 'examinera', 'va étudier') is no stance of the one studying it, nor of who reports that it is studied
# (', sagte Peskow', ', ha detto Peskov', ', a déclaré Peskov'); the proposal's owner still demands

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Der Kreml werde den amerikanischen Plan für eine Waffenruhe sorgfältig prüfen, sagte Peskow.", {"ceasefire": [("US", "demand")]}),
    ("de", "Die Türkei schlug eine Feuerpause im Schwarzen Meer vor, die Moskau nun prüfen will.", {"ceasefire": [("TR", "demand")]}),
    ("de", "Moskau will den Plan Washingtons für eine Waffenruhe prüfen, erklärte Peskow.", {"ceasefire": [("US", "demand")]}),
    ("it", "Il Cremlino sta valutando la proposta americana di una tregua, ha detto Peskov.", {"ceasefire": [("US", "demand")]}),
    ("it", "Mosca ha detto che studierà la proposta turca di una tregua nel Mar Nero.", {"ceasefire": [("TR", "demand")]}),
    ("it", "Kiev valuta positivamente la proposta turca di una tregua.", {"ceasefire": [("TR", "demand"), ("UA", "agree")]}),
    ("fr", "Le Kremlin va étudier la proposition américaine de trêve, a déclaré Peskov.", {"ceasefire": [("US", "demand")]}),
    ("fr", "Kiev examinera l'offre russe d'échange de prisonniers, a indiqué Zelensky.", {"prisoners": [("RU", "demand")]}),
])
def test_a_proposal_being_studied_is_no_stance_of_who_studies_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: a negated verb inside a 'not until' condition (it 'finché ... non', fr 'tant que ... ne ... pas') is the
# condition, no refusal of the holder: what the condition names is demanded ('finché' is an it demand cue, as fr 'tant
# que' and de 'solange'), the refusal pattern does not start inside it

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Kiev respinge la tregua finché le truppe russe non lasceranno il Donbass.",
     {"ceasefire": [("UA", "reject")], "territory": [("UA", "demand")]}),
    ("it", "Non ci sarà pace finché la Russia non pagherà le riparazioni, ha detto Zelensky.", {"reparations": [("UA", "demand")]}),
    ("fr", "Kiev refuse toute trêve tant que les troupes russes ne se retireront pas du Donbass.",
     {"ceasefire": [("UA", "reject")], "territory": [("UA", "demand")]}),
    ("fr", "Moscou ne signera aucune trêve tant que l'Ukraine ne renoncera pas à l'OTAN.",
     {"ceasefire": [("RU", "reject")], "neutrality": [("RU", "demand")]}),
    ("de", "Eine Waffenruhe lehnt der Kreml ab, solange Kiew nicht auf die NATO verzichtet.",
     {"ceasefire": [("RU", "reject")], "neutrality": [("RU", "demand")]}),
])
def test_a_negation_inside_a_not_until_condition_is_the_condition(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: threatening sanctions or tariffs if another party does not accept a measure demands the measure (it
# 'minaccia nuove sanzioni se', 'imporrà sanzioni se'; fr 'menace ... de sanctions si', 'brandi la menace de sanctions
# si'; de 'droht mit Sanktionen/Zöllen, wenn/falls'), as en 'threatened ... with sanctions if'; a threat of
# retaliation if a measure is taken still rejects it

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Washington ha minacciato dazi pesanti contro Mosca se il Cremlino respingerà la tregua.", {"ceasefire": [("US", "demand")]}),
    ("it", "Bruxelles ha avvertito che imporrà nuove sanzioni se Mosca non firmerà il cessate il fuoco.", {"ceasefire": [("EU", "demand")]}),
    ("it", "Mosca minaccia ritorsioni se l'Ue userà i beni russi congelati.", {"reparations": [("RU", "reject")]}),
    ("fr", "L'UE a brandi la menace de sanctions si la Russie refusait le cessez-le-feu.", {"ceasefire": [("EU", "demand")]}),
    ("fr", "Washington menace Moscou de nouvelles sanctions si le Kremlin n'accepte pas la trêve.", {"ceasefire": [("US", "demand")]}),
    ("de", "Trump drohte Moskau mit neuen Zöllen, falls der Kreml die Waffenruhe nicht akzeptiert.", {"ceasefire": [("US", "demand")]}),
    ("de", "Moskau droht mit Vergeltung, falls die EU die eingefrorenen Gelder an Kiew weiterleitet.", {"reparations": [("RU", "reject")]}),
])
def test_sanctions_threatened_on_a_condition_demand_the_measure_it_fr_de(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: a restrictive negation (fr 'ne ... que', it 'non ... che' before an indefinite) is no negation: the party
# agrees to what follows, only to it ('n''a accepté qu''un échange', 'non ha accettato che uno scambio'); 'n''accepte
# pas', 'non accetta che Kiev entri' (a complementizer) still reject

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Le Kremlin n'a accepté qu'un échange de 300 prisonniers contre 300.", {"prisoners": [("RU", "agree")]}),
    ("fr", "Kiev n'accepte qu'une trêve limitée aux frappes sur les infrastructures énergétiques.", {"ceasefire": [("UA", "agree")]}),
    ("fr", "Moscou n'a consenti à discuter que d'un cessez-le-feu en mer Noire, selon Reuters.", {"ceasefire": [("RU", "agree")]}),
    ("fr", "Kiev n'accepte pas la trêve.", {"ceasefire": [("UA", "reject")]}),
    ("it", "Mosca non ha accettato che uno scambio limitato di prigionieri.", {"prisoners": [("RU", "agree")]}),
    ("it", "Mosca non accetta che Kiev entri nella Nato.", {"neutrality": [("RU", "reject")]}),
])
def test_a_restrictive_negation_is_an_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: fr 'il n''est pas question de', 'pas question de' (no question of it) is a reject cue, as en 'no question
# of'; an impersonal 'il' ('il n''est', 'il n''y a', 'il ne faut', also after a short opening: 'Pour Kiev, il est hors
# de question ...') is no subject pronoun that would take the holder of a sentence before

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Il n'est pas question de reconnaître la Crimée comme russe, a déclaré Sybiha.", {"territory": [("UA", "reject")]}),
    ("fr", "Il n'est pas question d'accepter une trêve, a dit Peskov.", {"ceasefire": [("RU", "reject")]}),
    ("fr", "Selon Peskov, il n'est pas question d'une trêve.", {"ceasefire": [("RU", "reject")]}),
    ("fr", "Pour Kiev, il est hors de question de céder la Crimée.", {"territory": [("UA", "reject")]}),
    ("fr", "Pour Kiev, il n'est pas question de céder la Crimée.", {"territory": [("UA", "reject")]}),
])
def test_no_question_of_it_is_a_rejection_and_its_il_is_impersonal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: ready for a measure named by a noun (it 'pronta a una tregua', 'disponibile allo scambio'; de 'bereit für
# einen Austausch') offers it (r28A: a demand), as fr 'prête à une trêve' and de 'zu einer Waffenruhe bereit'; ready to do something
# (an infinitive: 'pronta a inviare soldati') stays an offer, and so does readiness on a condition

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Kiev si è detta pronta a un cessate il fuoco immediato di trenta giorni.", {"ceasefire": [("UA", "demand")]}),
    ("it", "Mosca è disponibile a uno scambio di tutti i prigionieri, ha detto Peskov.", {"prisoners": [("RU", "demand")]}),
    ("it", "L'Italia è pronta a inviare soldati per una missione di pace.", {"neutrality": [("EU", "demand")]}),
    ("it", "Kiev è pronta a una tregua se Mosca ritira le truppe.", {"ceasefire": [("UA", "demand")]}),
    ("de", "Moskau sei bereit für einen Austausch aller Gefangenen.", {"prisoners": [("RU", "demand")]}),
    ("de", "Kiew sei bereit zu einer Waffenruhe, wenn Russland seine Truppen abzieht.", {"ceasefire": [("UA", "demand")]}),
])
def test_ready_for_a_measure_named_by_a_noun_accepts_it_it_de(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_ready_for_a_measure_with_a_proviso_stays_an_offer(classifier):
    text = "Kiev è pronta a una tregua di trenta giorni, a patto che la rispetti anche la Russia."
    assert positions(classifier, text, "it") == {"ceasefire": [("UA", "demand")]}


# --- p19A: it 'al termine di' (at the end of a meeting), 'a lungo termine', 'porre termine' are times, not the terms
# of a deal: no demand cue for the speaker named before it

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "La Spagna sostiene la proposta di uno scambio di prigionieri, ha detto il ministro Albares al termine dell'incontro con Rubio.",
     {"prisoners": [("EU", "agree")]}),
    ("it", "Kiev ha accettato la tregua proposta da Washington, ha detto Zelensky al termine della riunione.",
     {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("it", "Kiev ha accettato i termini della tregua proposta da Washington.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
])
def test_at_the_end_of_a_meeting_is_no_term(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: reporters' speech verbs after a quote (it 'ha scandito, ha tuonato, ha rimarcato, ha puntualizzato'; de
# 'unterstrich, versicherte, beteuerte, stellte ... klar, fügte ... hinzu'; fr 'a tonné, a répliqué, a tranché') are
# `speech_verbs`: the quoted refusal is the speaker's own, no fallback demand

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "«Non cederemo mai il Donbass», ha scandito Zelensky davanti al Parlamento.", {"territory": [("UA", "reject")]}),
    ("it", "«Non firmeremo nessuna tregua», ha rimarcato Peskov.", {"ceasefire": [("RU", "reject")]}),
    ("de", "„Wir werden die Krim niemals als russisch anerkennen“, unterstrich Sybiha.", {"territory": [("UA", "reject")]}),
    ("de", "„Wir werden keine Reparationen zahlen“, versicherte Peskow.", {"reparations": [("RU", "reject")]}),
    ("de", "Moskau stellte klar, dass es keine Waffenruhe akzeptiere.", {"ceasefire": [("RU", "reject")]}),
    ("fr", "« Nous ne céderons jamais le Donbass », a tonné Zelensky.", {"territory": [("UA", "reject")]}),
])
def test_a_reporters_speech_verb_after_a_quote(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: de a modal before an agree verb closing the clause ('will ... zustimmen', 'möchte ... akzeptieren') wants
# to agree: one agree cue from the modal, no demand; 'will nicht zustimmen' still rejects

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Paris will einem Einsatz der eingefrorenen russischen Gelder für die Ukraine nun doch zustimmen.", {"reparations": [("EU", "agree")]}),
    ("de", "Kiew will der Waffenruhe zustimmen, sagte Selenskyj.", {"ceasefire": [("UA", "agree")]}),
    ("de", "Kiew will nicht zustimmen, dass die Krim russisch wird.", {"territory": [("UA", "reject")]}),
])
def test_a_modal_before_an_agree_verb_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: a measure that is (would be) theft, robbery or a provocation, said as a predicate (de 'sei „Raub“', it
# 'sarebbe un furto', fr 'serait du vol'), is turned down by the speaker, as 'bezeichnete ... als Diebstahl'

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Die Beschlagnahme russischer Vermögenswerte sei „Raub“, erklärte Peskow.", {"reparations": [("RU", "reject")]}),
    ("it", "La confisca dei beni russi sarebbe un furto, ha detto Peskov.", {"reparations": [("RU", "reject")]}),
    ("fr", "La confiscation des avoirs russes serait du vol, a déclaré Peskov.", {"reparations": [("RU", "reject")]}),
])
def test_a_measure_said_to_be_theft_is_rejected(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: de 'für X' inside a verb bracket that an auxiliary opened after a named subject ('Moskau hat eine
# Waffenruhe für die Ukraine abgelehnt', 'Berlin hat Garantien für die Ukraine zugesagt') is whom the measure is for:
# the closing participle is the subject's verb, X no perspective holder; 'ist für Kiew inakzeptabel' still is

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Moskau hat eine Waffenruhe für die Ukraine abgelehnt.", {"ceasefire": [("RU", "reject")]}),
    ("de", "Berlin hat Sicherheitsgarantien für die Ukraine zugesagt.", {"neutrality": [("EU", "agree")]}),
    ("de", "Rom hat einer Nutzung der russischen Gelder für die Ukraine zugestimmt.", {"reparations": [("EU", "agree")]}),
    ("de", "Eine Abtretung des Donbass ist für Kiew inakzeptabel.", {"territory": [("UA", "reject")]}),
])
def test_for_a_party_inside_a_subjects_verb_bracket_is_no_perspective(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: de the reflexive bracket 'sich ... verständigt / geeinigt' reaches across a long middle field (a place, a
# time and the measure: 'haben sich in Genf auf den Austausch von jeweils 500 Gefangenen verständigt'), not across a
# negation; failing to agree ('konnten sich nicht ... einigen') is a no_agreement span, its reporter included

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Russland und die Ukraine haben sich in Genf auf den Austausch von jeweils 500 Gefangenen verständigt.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("de", "Moskau und Kiew hatten sich nach langen Gesprächen in Istanbul auf die Rückgabe von weiteren 300 Kindern geeinigt.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("de", "Moskau und Kiew konnten sich bislang nicht auf eine Waffenruhe einigen.", {"ceasefire": []}),
    ("de", "Die Delegationen konnten sich in Istanbul nicht auf einen Austausch aller Gefangenen verständigen, teilte Umerow mit.",
     {"prisoners": []}),
])
def test_a_long_reflexive_bracket_of_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: fr setting something as the condition (or prerequisite) of a measure ('pose comme condition', 'tout en
# posant comme condition', 'a posé comme préalable') is a demand cue from the verb, as it 'ha posto come condizione';
# after a comma, the gerund goes on with the holder's own clause beside its agreement

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Zelensky s'est dit favorable à un échange de prisonniers, tout en posant comme condition le retour de tous les civils détenus.",
     {"prisoners": [("UA", "agree"), ("UA", "demand")]}),
    ("fr", "Moscou pose comme condition d'une trêve l'arrêt des livraisons d'armes.", {"ceasefire": [("RU", "demand")]}),
    ("fr", "Kiev a posé comme préalable à toute trêve le retrait des troupes russes.",
     {"ceasefire": [("UA", "demand")], "territory": [("UA", "demand")]}),
])
def test_setting_a_condition_is_a_demand_beside_an_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: putting a measure on the table or into play proposes it (it 'ha messo sul tavolo', 'ha rilanciato l''idea';
# fr 'a mis / a remis sur la table', no handover agreement of 'a remis'; de 'ins Gespräch gebracht', the bracket
# 'brachte ... ins Spiel / ins Gespräch' counting from its verb)

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il Cremlino ha messo sul tavolo una tregua di tre giorni.", {"ceasefire": [("RU", "demand")]}),
    ("it", "Ankara ha rilanciato l'idea di una zona cuscinetto.", {"territory": [("TR", "demand")]}),
    ("fr", "Ankara a remis sur la table l'idée d'une zone tampon.", {"territory": [("TR", "demand")]}),
    ("fr", "La Russie a remis 500 prisonniers à l'Ukraine.", {"prisoners": [("RU", "agree")]}),
    ("de", "Kiew hat eine Pufferzone ins Gespräch gebracht.", {"territory": [("UA", "demand")]}),
    ("de", "Ankara lehnte den Plan ab und brachte stattdessen eine Pufferzone ins Gespräch.", {"territory": [("TR", "demand")]}),
])
def test_a_measure_put_on_the_table_is_proposed(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: it 'di rispettare' after a demand verb and its addressee, past a first infinitive ('ha chiesto alle parti
# di tornare al tavolo e di rispettare ...'), is what the addressee is asked to do: the demand governs, no agreement;
# 'ha promesso di rispettare' still agrees

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il Papa ha chiesto alle due parti di tornare al tavolo e di rispettare la tregua di Pasqua.", {"ceasefire": [("OTHER", "demand")]}),
    ("it", "Mosca ha promesso di rispettare la tregua di Pasqua.", {"ceasefire": [("RU", "agree")]}),
    ("it", "Kiev rispetterà la tregua, ha detto Zelensky.", {"ceasefire": [("UA", "agree")]}),
])
def test_respecting_asked_of_an_addressee_is_the_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p19A: positions that remain far apart (it 'le posizioni restano distanti', fr 'les positions restent éloignées',
# de 'liegen ... weit auseinander') are a no_agreement span, as en 'far apart': 'posizioni' there is no position noun
# that would give the speaker a demand

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Le parti hanno concordato uno scambio di 300 prigionieri, ha detto Peskov, mentre sul resto le posizioni restano distanti.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("fr", "Moscou et Kiev se sont entendus sur un échange de prisonniers, mais sur le reste les positions restent éloignées.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("de", "Moskau und Kiew einigten sich auf einen Gefangenenaustausch, in anderen Fragen liegen die Positionen aber weit auseinander.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
])
def test_positions_far_apart_are_no_position_noun(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20A: no intention of doing a measure (fr 'n'a aucune intention de', 'n'a pas l'intention de', also with the
# words in quotes; de 'keine / keinerlei / nicht die Absicht') refuses it, as it 'non ha alcuna intenzione'

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Le Kremlin n'a aucune intention de retirer ses troupes de Zaporijjia.", {"territory": [("RU", "reject")]}),
    ("fr", "Kiev n'a pas l'intention de renoncer à l'adhésion à l'Otan, a déclaré Sybiha.", {"neutrality": [("UA", "reject")]}),
    ("fr", "Lavrov a assuré que Moscou n'avait « aucune intention » de payer des réparations.", {"reparations": [("RU", "reject")]}),
    ("de", "Moskau habe keinerlei Absicht, Reparationen zu zahlen, sagte Peskow.", {"reparations": [("RU", "reject")]}),
    ("de", "Der Kreml hat nicht die Absicht, Truppen aus Saporischschja abzuziehen.", {"territory": [("RU", "reject")]}),
    ("de", "Kiew hat keine Absicht, auf einen Nato-Beitritt zu verzichten.", {"neutrality": [("UA", "reject")]}),
])
def test_no_intention_of_a_measure_refuses_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20A: no longer opposing a measure (fr 'ne s'oppose plus à': the reject cue starts at the reflexive, so the
# negation stands right before it; de 'sperrt / wehrt / stellt sich nicht mehr gegen') is a rejection denied, an
# agreement, as it 'non si oppone più'; the plain opposition still rejects

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Berlin ne s'oppose plus à l'utilisation des avoirs russes gelés.", {"reparations": [("EU", "agree")]}),
    ("fr", "Selon Ukrinform, Kiev ne s'opposerait plus à la création d'une zone démilitarisée dans le Donbass.", {"territory": [("UA", "agree")]}),
    ("fr", "Moscou s'opposerait à tout déploiement de troupes européennes, a prévenu Lavrov.", {"neutrality": [("RU", "reject")]}),
    ("de", "Berlin sperrt sich nicht mehr gegen die Nutzung der eingefrorenen russischen Gelder.", {"reparations": [("EU", "agree")]}),
    ("de", "Die Slowakei wehrt sich nicht länger gegen eine Friedenstruppe unter europäischer Führung.", {"neutrality": [("EU", "agree")]}),
    ("de", "Ungarn wehrt sich gegen eine Friedenstruppe.", {"neutrality": [("EU", "reject")]}),
])
def test_no_longer_opposing_a_measure_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20A: de a denial of a report (`denials`: 'wies Berichte / Meldungen zurück', 'dementierte', 'bestritt') before a
# readiness or agreement the report tells ('wonach Moskau zu einem Austausch bereit sei') denies it, as a negation
# does: the denier rejects; a denial's bracket before a coordinated verb keeps its own issue

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Kiew wies Berichte zurück, wonach Selenskyj zu einem Verzicht auf die Nato-Mitgliedschaft bereit sei.", {"neutrality": [("UA", "reject")]}),
    ("de", "Moskau bestritt Meldungen, wonach Russland zu einem Austausch aller Gefangenen bereit sei.", {"prisoners": [("RU", "reject")]}),
    ("de", "Das Präsidialamt in Kiew dementierte Berichte, wonach die Ukraine zu einer Anerkennung der Krim bereit sei.", {"territory": [("UA", "reject")]}),
    ("de", "Der Kreml wies Berichte über eine Waffenruhe zurück und forderte einen Verzicht auf die Nato.",
     {"ceasefire": [("RU", "reject")], "neutrality": [("RU", "demand")]}),
    ("de", "Moskau sei zu einem Austausch aller Gefangenen bereit, sagte Peskow.", {"prisoners": [("RU", "demand")]}),
])
def test_a_denied_report_of_readiness_is_a_rejection(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20A: a stance adverb (`stance_adverbs`, fr 'désormais, fermement, toujours', it 'ormai, ora, fermamente')
# between a relative clause's verb and its inverted subject ('une exigence que rejette fermement Kiev', 'il
# congelamento che chiede ormai Mosca') does not hide the subject: the verb's stance is the subject's

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Moscou exige la neutralité de l'Ukraine, une exigence que rejette fermement Kiev.",
     {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("fr", "Kiev propose un échange de tous les prisonniers, une offre qu'accepte désormais Moscou.",
     {"prisoners": [("RU", "agree"), ("UA", "demand")]}),
    ("fr", "Washington a proposé une trêve de trente jours, une idée que rejette toujours le Kremlin.",
     {"ceasefire": [("RU", "reject"), ("US", "demand")]}),
    ("fr", "Moscou exige la neutralité de l'Ukraine, une exigence que Kiev rejette fermement.",
     {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("it", "Kiev respinge il congelamento del fronte che chiede ormai Mosca.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
])
def test_stance_adverb_before_an_inverted_relative_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20A: peoples named by a bare plural in a coordination (de 'Russen und Ukrainer', 'Amerikaner und Europäer';
# it 'Russi e ucraini') name their parties, as 'die Ukrainer, gli ucraini' do; a bare plural alone ('Millionen
# Ukrainer', 'migliaia di ucraini') names no party

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "In Istanbul haben sich Russen und Ukrainer auf einen weiteren Gefangenenaustausch verständigt.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("de", "Amerikaner und Europäer einigten sich in London auf Sicherheitsgarantien für die Ukraine.",
     {"neutrality": [("EU", "agree"), ("US", "agree")]}),
    ("de", "Millionen Ukrainer fordern eine Waffenruhe.", {"ceasefire": []}),
    ("it", "Russi e ucraini hanno concordato una tregua di Pasqua.", {"ceasefire": [("RU", "agree"), ("UA", "agree")]}),
    ("it", "Americani e ucraini hanno concordato a Ginevra uno scambio di prigionieri.",
     {"prisoners": [("UA", "agree"), ("US", "agree")]}),
])
def test_bare_plural_peoples_in_a_coordination(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20A: an agreement named as the time or case of a measure (fr 'après la signature / conclusion d'un accord',
# de 'nach Abschluss eines Abkommens, nach der Unterzeichnung eines Abkommens', it 'dopo (la firma di) un accordo') is
# no agree cue: the offer of the troops is a demand; an agreement signed still agrees

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Londres prépare l'envoi de casques bleus britanniques en Ukraine après la conclusion d'un accord.", {"neutrality": [("EU", "demand")]}),
    ("fr", "Paris et Londres préparent une force de réassurance qui serait déployée après la signature d'un accord de paix.", {"neutrality": [("EU", "demand")]}),
    ("fr", "Kiev et Moscou ont signé un accord sur l'échange de prisonniers.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("de", "Nach der Unterzeichnung eines Abkommens will Frankreich Soldaten in die Ukraine schicken.", {"neutrality": [("EU", "demand")]}),
    ("de", "Moskau und Kiew haben ein Abkommen über einen Gefangenenaustausch unterzeichnet.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("it", "Londra invierà soldati in Ucraina dopo un eventuale accordo di pace.", {"neutrality": [("EU", "demand")]}),
    ("it", "Mosca e Kiev hanno firmato un accordo sullo scambio di prigionieri.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
])
def test_an_agreement_as_the_time_of_a_deployment_is_no_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20B: tr a relative participle of tabling ('hazırladığı, sunduğu, önerdiği') bears the possessive for the bare
# position noun after it: the genitive before it drafted the noun and owns it; 'Rus tarafının' (a nationality and
# 'taraf' in the genitive) is a party as 'Rus tarafı' is; a participle of rejecting ('reddettiği') owns nothing

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Washington'un hazırladığı 20 maddelik taslak, Ukrayna'nın NATO üyeliğinden vazgeçmesini öngörüyor.", {"neutrality": [("US", "demand")]}),
    ("tr", "Londra ve Paris'in hazırladığı taslak, Ukrayna'ya Avrupa barış gücü konuşlandırılmasını öngörüyor.", {"neutrality": [("EU", "demand")]}),
    ("tr", "Amerikan tarafının hazırladığı plan, Zaporijya'nın Rusya'ya bırakılmasını öngörüyor.", {"territory": [("US", "demand")]}),
    ("tr", "Moskova, Ukrayna tarafının esir takası önerisini kabul etti.", {"prisoners": [("RU", "agree"), ("UA", "demand")]}),
    ("tr", "Ukrayna'nın reddettiği plan, Donbas'ın Rusya'ya bırakılmasını öngörüyor.", {"territory": [("UA", "reject")]}),
])
def test_tr_tabling_participle_owns_the_bare_noun(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20B: refusing any deal that does not include X demands X: a negated relative right after a refused measure
# ('privative_relatives': 'that does not include', 'that fails to bar', 'que no incluya') is a privative, as 'without'

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kyiv will not sign any deal that does not include Western security guarantees.", {"neutrality": [("UA", "demand")]}),
    ("en", "The Kremlin rejected any deal that would not recognise the annexed regions as Russian.", {"territory": [("RU", "demand")]}),
    ("en", "Warsaw opposes any package that does not ensure Russia pays for the damage.", {"reparations": [("EU", "demand")]}),
    ("en", "Kyiv will not accept any deal that includes ceding the Donbas.", {"territory": [("UA", "reject")]}),
    ("es", "Kiev no firmará ningún acuerdo que no incluya garantías de seguridad occidentales.", {"neutrality": [("UA", "demand")]}),
    ("es", "Varsovia rechaza un plan que no contemple la devolución de los niños deportados.", {"prisoners": [("EU", "demand")]}),
    ("es", "Ucrania no aceptará ningún acuerdo que incluya la cesión del Donbás.", {"territory": [("UA", "reject")]}),
])
def test_refused_deal_lacking_a_measure_demands_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20B: a closing speaker who goes on with a gerund and a complementizer (', Yermak said, adding that ...',
# ', dijo Zelenski, añadiendo que ...') opens a clause of his own: the refusal before the speaker does not reach the
# issue named in it; the added clause's own cue does

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kyiv will not cede the Donbas, Yermak said, adding that any ceasefire must be monitored by international observers.",
     {"territory": [("UA", "reject")], "ceasefire": [("UA", "demand")]}),
    ("en", "Moscow will never pay reparations, Peskov told journalists, adding that any truce would have to include a halt to Western arms deliveries.",
     {"reparations": [("RU", "reject")], "ceasefire": [("RU", "demand")]}),
    ("en", "Poland will not send troops to Ukraine, Tusk said on Friday, adding that frozen Russian assets should be used to rebuild the country.",
     {"neutrality": [("EU", "reject")], "reparations": [("EU", "demand")]}),
    ("en", "Kyiv will not cede the Donbas, Yermak said, adding that Ukraine would never recognise Crimea as Russian.", {"territory": [("UA", "reject")]}),
    ("es", "Ucrania no cederá el Donbás, dijo Zelenski, añadiendo que cualquier tregua debe estar supervisada por observadores internacionales.",
     {"territory": [("UA", "reject")], "ceasefire": [("UA", "demand")]}),
    ("es", "Rusia no pagará reparaciones, declaró Peskov a la prensa, agregando que cualquier alto el fuego exige el fin de los envíos de armas.",
     {"reparations": [("RU", "reject")], "ceasefire": [("RU", "demand")]}),
])
def test_speakers_added_clause_has_its_own_stance(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20B: condemning or denouncing attacks, strikes or violations ('condemned fresh drone strikes', 'denunció nuevos
# ataques') is no rejection of the truce they break; denouncing the truce itself still rejects it

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Both sides agreed to a Black Sea ceasefire, though Moscow condemned fresh Ukrainian drone strikes on Crimea.",
     {"ceasefire": [("RU", "agree"), ("UA", "agree")]}),
    ("en", "Kyiv denounced the truce as a sham.", {"ceasefire": [("UA", "reject")]}),
    ("es", "Rusia y Ucrania acordaron un alto el fuego en el mar Negro, aunque Moscú criticó los bombardeos ucranianos en Crimea.",
     {"ceasefire": [("RU", "agree"), ("UA", "agree")]}),
    ("es", "Washington propuso una moratoria de ataques contra centrales eléctricas que Moscú aceptó, aunque Kiev denunció horas después nuevos bombardeos.",
     {"ceasefire": [("RU", "agree"), ("US", "demand")]}),
])
def test_condemning_attacks_is_no_rejection_of_the_truce(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20B: tr 'fikir' (idea: 'fikrini, fikrine') is a position noun: its genitive owner floats the idea and is no
# subject of the clause's verb

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Kremlin, Fransa'nın barış gücü fikrini reddetti.", {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("tr", "Moskova, Londra'nın tampon bölge fikrine karşı çıktı.", {"territory": [("EU", "demand"), ("RU", "reject")]}),
    ("tr", "Kiev, Macron'un Avrupa barış gücü fikrini destekledi.", {"neutrality": [("EU", "demand"), ("UA", "agree")]}),
])
def test_tr_idea_is_a_position_noun(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20B: floating a measure proposes it ('floated a mutual waiver of all claims', 'floated a cap of 600,000 troops')

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kyiv demands reparations, while Moscow has floated a mutual waiver of all claims.", {"reparations": [("RU", "demand"), ("UA", "demand")]}),
    ("en", "Washington has floated a cap of 600,000 troops on Ukraine's army, according to Axios.", {"neutrality": [("US", "demand")]}),
    ("en", "Ankara floated a moratorium on strikes against ports in the Black Sea.", {"ceasefire": [("TR", "demand")]}),
    ("en", "The ruble floated freely after the central bank ended its currency controls.", {}),
])
def test_floating_a_measure_proposes_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20B: a nationality adjective after a position noun and its bare issue ('el plan de paz estadounidense',
# 'la propuesta de tregua rusa') owns the noun, as 'el plan estadounidense' does

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "El plan de paz estadounidense contempla que Ucrania renuncie a la OTAN.", {"neutrality": [("US", "demand")]}),
    ("es", "Kiev rechazó la propuesta de tregua rusa por considerarla una trampa.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("es", "La oferta de canje ucraniana incluye a todos los civiles detenidos.", {"prisoners": [("UA", "demand")]}),
])
def test_adjective_owner_past_a_bare_issue(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20B: es not (even) considering a measure ('no contempla', 'ni siquiera contempla') turns it down; the plain
# 'contempla' of a document stays its provision

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Moscú no contempla la retirada de sus tropas de Zaporiyia.", {"territory": [("RU", "reject")]}),
    ("es", "El Kremlin ni siquiera contempla un alto el fuego antes de la primavera.", {"ceasefire": [("RU", "reject")]}),
    ("es", "Varsovia reclama el uso de los activos rusos congelados, una idea que Moscú ni siquiera contempla.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
])
def test_es_not_even_considering_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20B: tr threatening to retaliate against a measure ('misilleme yapacağı', 'karşılık vereceğini') turns it down,
# as en 'threatened to retaliate'

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Kremlin, Avrupa'nın Ukrayna'ya asker göndermesi halinde misilleme yapacağını açıkladı.", {"neutrality": [("RU", "reject")]}),
    ("tr", "Rusya, dondurulmuş varlıkların Ukrayna'ya aktarılmasına misillemeyle karşılık vereceği uyarısında bulundu.", {"reparations": [("RU", "reject")]}),
    ("tr", "Peskov, Rus varlıklarına el konulursa Moskova'nın buna karşılık vereceğini söyledi.", {"reparations": [("RU", "reject")]}),
])
def test_tr_threatened_retaliation_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20B: an agreement is restricted to a condition by the next demand cue only in its own clause: after ', but' or
# ', while' and another subject named, the demand is that subject's and the agreement stands

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Both sides agreed to a Black Sea truce, but the Kremlin insisted that sanctions be lifted first.",
     {"ceasefire": [("RU", "agree"), ("RU", "demand"), ("UA", "agree")]}),
    ("en", "Russia and Ukraine agreed to swap 500 prisoners each, but Kyiv insisted that all civilians be included.",
     {"prisoners": [("RU", "agree"), ("UA", "agree"), ("UA", "demand")]}),
    ("en", "Kyiv accepted the ceasefire, while Washington demanded that Moscow follow suit.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("en", "Moscow would agree to a truce only if Kyiv withdraws from Kursk.", {"ceasefire": [("RU", "demand")], "territory": [("RU", "demand")]}),
])
def test_agreement_not_restricted_by_another_subjects_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20B: tr 'hiçbir koşulda, hiçbir şart altında' (under no condition) is an emphatic negation: its noun is no
# demand cue and no position noun, as ru 'ни при каких условиях'

@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Polonya Başbakanı Tusk, Varşova'nın hiçbir şart altında Ukrayna'ya asker göndermeyeceğini açıkladı.", {"neutrality": [("EU", "reject")]}),
    ("tr", "Peskov, Moskova'nın hiçbir koşulda tazminat ödemeyeceğini söyledi.", {"reparations": [("RU", "reject")]}),
    ("tr", "Zelenskiy, Rusya'nın işgal ettiği toprakları hiçbir koşulda tanımayacaklarını söyledi.", {"territory": [("UA", "reject")]}),
    ("tr", "Rusya, ateşkes için Ukrayna'nın NATO'dan vazgeçmesini şart koştu.", {"ceasefire": [("RU", "demand")], "neutrality": [("RU", "demand")]}),
])
def test_tr_under_no_condition_is_a_negation(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20C: a negated future of giving or providing (pl 'nie dadzą, nie udzieli', ru 'не даст, не предоставит', uk 'не дасть,
# не надасть') and 'not interested' (pl 'nie jest zainteresowany', ru 'не заинтересован', uk 'не зацікавлений') refuse the
# measure: `refusals` words (and a `reject` cue where no other cue is), no offer of it

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Niemcy nie dadzą Kijowowi gwarancji bezpieczeństwa podobnych do tych z traktatu NATO, oświadczył kanclerz Merz.", {"neutrality": [("EU", "reject")]}),
    ("pl", "Moskwa nie jest zainteresowana krótkim rozejmem, twierdzi ukraiński wywiad.", {"ceasefire": [("RU", "reject")]}),
    ("ru", "Вашингтон не даст Киеву гарантий безопасности по образцу пятой статьи, заявил источник в администрации.", {"neutrality": [("US", "reject")]}),
    ("ru", "Кремль не заинтересован в коротком перемирии, сообщил источник.", {"ceasefire": [("RU", "reject")]}),
    ("uk", "Франція не надасть Україні гарантій безпеки без участі США, заявив Макрон.", {"neutrality": [("EU", "reject")]}),
    ("uk", "Москва не зацікавлена в короткому перемир'ї, заявили в українській розвідці.", {"ceasefire": [("RU", "reject")]}),
])
def test_not_giving_or_not_interested_refuses(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20C: a place opening its clause (ru 'в Киеве', uk 'у Кремлі', pl 'w Moskwie') stays the subject of its stanced verb
# past a cited source set off by commas (', как сообщает Reuters,', ', według agencji TASS,'), past an object fronted by
# an `object_determiners` word ('эту идею', 'такий сценарій', 'taki scenariusz'), and after a contrastive ('однако в Киеве')

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "В Вашингтоне, как сообщает Reuters, предложили объявить тридцатидневное перемирие.", {"ceasefire": [("US", "demand")]}),
    ("ru", "В Кремле, по данным ТАСС, отвергли идею размещения европейских миротворцев.", {"neutrality": [("RU", "reject")]}),
    ("uk", "У Москві, за даними джерел, відхилили обмін усіх на всіх.", {"prisoners": [("RU", "reject")]}),
    ("pl", "W Moskwie, według agencji TASS, odrzucono pomysł rozmieszczenia sił pokojowych.", {"neutrality": [("RU", "reject")]}),
    ("uk", "У Кремлі цю ідею конфіскації активів вважають неприйнятною.", {"reparations": [("RU", "reject")]}),
    ("pl", "W Kijowie taki scenariusz oddania Donbasu odrzucają.", {"territory": [("UA", "reject")]}),
])
def test_a_place_opening_its_clause_past_a_source_or_a_fronted_object(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20C: the closing quote of a cited outlet's name ('Według „Gazety Wyborczej” europejski plan ...') right before a
# cue is no end of a quotation: no ', said X' speaker is sought after the cue, so a party in the content holds nothing

@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Według „Gazety Wyborczej” europejski plan przewiduje neutralność Ukrainy i limit jej armii.", {"neutrality": [("EU", "demand")]}),
    ("pl", "Jak ustalił „Dziennik Gazeta Prawna” rosyjski projekt przewiduje wycofanie wojsk Ukrainy z Donbasu.", {"territory": [("RU", "demand")]}),
])
def test_an_outlets_closing_quote_ends_no_quotation(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20C: 'there will be no such measure' told after a reporting or insisting verb (ru 'никакого перемирия не будет', uk
# 'жодних поступок не буде', pl 'żadnego rozejmu nie będzie') is a `reject` cue of the speaker; not 'no obstacles'

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "В Кремле заявили, что никакого перемирия на время переговоров не будет.", {"ceasefire": [("RU", "reject")]}),
    ("ru", "Зеленский подчеркнул, что никаких уступок территорий России не будет.", {"territory": [("UA", "reject")]}),
    ("uk", "Сибіга запевнив, що жодного визнання окупації Криму не буде.", {"territory": [("UA", "reject")]}),
    ("pl", "Jermak zapewnił, że żadnego zawieszenia broni na Boże Narodzenie nie będzie.", {"ceasefire": [("UA", "reject")]}),
])
def test_there_will_be_no_measure_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20C: a quote closed by a terse reporting verb (ru 'отрезал, парировал, констатировал', uk 'відрізав, парирувала',
# pl 'uciął, odparł, skwitował') is reported speech: the speaker after it holds the quote's own stance

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "«Украина не отдаст Донбасс России», — отрезал министр иностранных дел Андрей Сибига.", {"territory": [("UA", "reject")]}),
    ("ru", "«Нейтральный статус для нас неприемлем», — констатировал Умеров.", {"neutrality": [("UA", "reject")]}),
    ("uk", "«Ми не визнаємо Крим російським», — відрізав Зеленський.", {"territory": [("UA", "reject")]}),
    ("uk", "«Жодних репарацій Москва не платитиме», — парирувала Захарова.", {"reparations": [("RU", "reject")]}),
    ("pl", "„Nie oddamy ani metra ziemi” – uciął Zełenski.", {"territory": [("UA", "reject")]}),
    ("pl", "„Taki rozejm jest dla nas nie do przyjęcia” – odparł Pieskow.", {"ceasefire": [("RU", "reject")]}),
])
def test_a_terse_reporting_verb_closes_a_quote(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20C: ru, uk 'делегации/делегації' after an opening place ('В Абу-Даби делегации договорились ...', 'У Стамбулі
# делегації погодили ...') are the two parties (`collectives`), and the host or envoy who announces it holds nothing

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "В Абу-Даби делегации договорились об обмене телами погибших, сообщил представитель ОАЭ.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("ru", "В Эр-Рияде делегации согласовали мораторий на удары по энергообъектам, объявил Белый дом.", {"ceasefire": [("RU", "agree"), ("UA", "agree")]}),
    ("uk", "У Стамбулі делегації погодили обмін полоненими, повідомив Ердоган.", {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("uk", "У Джидді делегації домовилися про перемир'я на Чорному морі, заявив Рубіо.", {"ceasefire": [("RU", "agree"), ("UA", "agree")]}),
])
def test_delegations_after_an_opening_place_are_both_parties(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20C: a reporting clause set off by commas or dashes inside another party's clause (ru ', как утверждают в Киеве,',
# uk ', як стверджують у Києві,', pl '– jak twierdzą Ukraińcy –') only reports: its names hold nothing (`parenthetical_reports`)
# and its verb is no stance, so the subject before it keeps its own verb; pl: a threat with a condition demands it

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Москва, как утверждают в Киеве, отвергает любое перемирие на фронте.", {"ceasefire": [("RU", "reject")]}),
    ("ru", "Кремль, как заявил источник агентства, по-прежнему требует нейтрального статуса Украины.", {"neutrality": [("RU", "demand")]}),
    ("uk", "Москва, як стверджують у Києві, відкидає будь-яке перемир'я на фронті.", {"ceasefire": [("RU", "reject")]}),
    ("pl", "Kijów chce wymiany rannych, ale Moskwa – jak twierdzą Ukraińcy – nie jest tym zainteresowana.", {"prisoners": [("RU", "reject"), ("UA", "demand")]}),
    ("pl", "Niemcy – jak powiedział rzecznik rządu – nie wyślą żołnierzy na Ukrainę.", {"neutrality": [("EU", "reject")]}),
    ("pl", "Trump zagroził odejściem od rozmów, jeśli Rosja nie przyjmie rozejmu.", {"ceasefire": [("US", "demand")]}),
])
def test_a_parenthetical_reporter_holds_nothing(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20C: an agreement on a condition (ru 'согласится на ..., если', uk 'погодиться на ..., якщо', pl 'zgodzi się na ...,
# jeśli') with another party acting in the condition sets it: the 'if' is a `demand` cue, as 'only if' is

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Кремль может согласиться на пасхальное перемирие, если Украина прекратит атаки на Белгород.", {"ceasefire": [("RU", "demand")]}),
    ("ru", "Киев согласится на обмен гражданских, если Москва вернет депортированных детей.", {"prisoners": [("UA", "demand")]}),
    ("uk", "Москва може погодитися на морське перемир'я, якщо Захід зніме санкції з банків.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Росія погодиться на обмін усіх на всіх, якщо Київ поверне тіла загиблих.", {"prisoners": [("RU", "demand")]}),
    ("pl", "Moskwa może zgodzić się na rozejm energetyczny, jeśli Kijów wstrzyma ataki na rafinerie.", {"ceasefire": [("RU", "demand")]}),
])
def test_an_agreement_on_a_condition_demands_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20C: seeing no grounds, reason or need for a measure (ru 'не видит оснований', uk 'не бачить підстав/потреби',
# pl 'nie widzi podstaw') turns it down, as 'не видит смысла' did

@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Київ не бачить підстав для нейтрального статусу, заявив Сибіга.", {"neutrality": [("UA", "reject")]}),
    ("uk", "Москва не бачить потреби в перемир'ї на Чорному морі, заявив Лавров.", {"ceasefire": [("RU", "reject")]}),
    ("ru", "Кремль не видит оснований для рождественского перемирия, сказал Ушаков.", {"ceasefire": [("RU", "reject")]}),
    ("pl", "Belgia nie widzi podstaw do konfiskaty zamrożonych rosyjskich aktywów.", {"reparations": [("EU", "reject")]}),
])
def test_seeing_no_grounds_for_a_measure_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20C: calling another party's plan theft past a long name of the plan (ru 'назвала план Евросоюза по российским
# активам «грабежом»', uk 'назвав ініціативу Брюсселя щодо заморожених активів «крадіжкою»', pl 'nazwał plan Brukseli
# dotyczący zamrożonych aktywów „kradzieżą”'): the speaker rejects, the plan's owner demands

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Захарова назвала план Евросоюза по конфискации российских активов «грабежом».", {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("uk", "Пєсков назвав ініціативу Брюсселя щодо заморожених активів «крадіжкою».", {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("pl", "Ławrow nazwał plan Brukseli dotyczący zamrożonych aktywów „kradzieżą”.", {"reparations": [("EU", "demand"), ("RU", "reject")]}),
])
def test_calling_a_long_named_plan_theft_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- p20C: ru, uk judging a measure unacceptable or unrealistic past a measure named in up to five words ('называет передачу
# России всей Донецкой области неприемлемой', 'вважає обмеження чисельності української армії неприйнятним') is one reject cue

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Киев называет передачу России всей Донецкой области неприемлемой.", {"territory": [("UA", "reject")]}),
    ("ru", "Берлин считает размещение немецких солдат на Украине нереалистичным, заявил Мерц.", {"neutrality": [("EU", "reject")]}),
    ("uk", "Київ вважає обмеження чисельності української армії неприйнятним, заявив Умєров.", {"neutrality": [("UA", "reject")]}),
])
def test_judging_a_long_named_measure_unacceptable_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21A: a proviso after an agreement ("provided that", "sofern", "à condition que", "purché") is the holder's demand ---

PROVISO = [
    ("de", "Die Ukraine akzeptiert die Waffenruhe, vorausgesetzt, dass Russland sie ebenfalls einhält, sagte Selenskyj.",
     {"ceasefire": [("UA", "agree"), ("UA", "demand")]}),
    ("de", "Moskau stimmte einem Gefangenenaustausch grundsätzlich zu, knüpfte ihn aber an die Bedingung, dass Kiew "
           "zuerst die Listen übermittelt.", {"prisoners": [("RU", "agree"), ("RU", "demand")]}),
    ("de", "Kiew ist offen für eine Feuerpause im Schwarzen Meer, sofern Moskau die Angriffe auf die Häfen einstellt, "
           "erklärte Sybiha.", {"ceasefire": [("UA", "agree"), ("UA", "demand")]}),
    ("fr", "L'Ukraine est favorable à un échange de prisonniers, pourvu que la Russie libère aussi les civils, a affirmé "
           "Zelensky.", {"prisoners": [("UA", "agree"), ("UA", "demand")]}),
    ("fr", "Moscou ne s'opposera pas à des garanties de sécurité occidentales pour l'Ukraine, à la condition que la Chine "
           "figure parmi les garants, a fait savoir le Kremlin.", {"neutrality": [("RU", "agree"), ("RU", "demand")]}),
    ("it", "Kiev è favorevole a uno scambio di prigionieri, purché Mosca liberi anche i civili, ha dichiarato Zelensky.",
     {"prisoners": [("UA", "agree"), ("UA", "demand")]}),
    ("it", "L'Ucraina sostiene il cessate il fuoco a patto che la Russia lo rispetti davvero, ha affermato Sybiha.",
     {"ceasefire": [("UA", "agree"), ("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", PROVISO, ids=ids(PROVISO))
def test_a_proviso_after_an_agreement_is_a_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a negated proviso excludes what it names: a rejection, no demand
    ("it", "La Russia accetterebbe una tregua purché non includa truppe straniere, ha detto Peskov.",
     {"ceasefire": [("RU", "agree"), ("RU", "reject")], "neutrality": [("RU", "reject")]}),
    ("fr", "La Russie soutiendra l'accord à condition qu'il n'inclue pas de troupes de l'OTAN, a déclaré Lavrov.",
     {"neutrality": [("RU", "reject")]}),
])
def test_a_negated_proviso_is_no_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21A: German verb-second after an opening "Wie ..." clause, and a refusal bracket over a long middle field ---
# --- ('Wie X erfuhr, lehnt Moskau ... ab'; 'lehnte ... <many words> ... ab', 'wies ... zurück') -----------------------

V2_REFUSAL = [
    ("de", "Wie die Nachrichtenagentur Reuters aus Diplomatenkreisen erfuhr, lehnt Moskau eine europäische "
           "Friedenstruppe in der Ukraine weiterhin ab.", {"neutrality": [("RU", "reject")]}),
    ("de", "Wie aus Regierungskreisen verlautete, weist der Kreml den Vorschlag eines Gefangenenaustauschs aller "
           "gegen alle zurück.", {"prisoners": [("RU", "reject")]}),
    ("de", "Selenskyj lehnte bei seinem Besuch in Berlin vor Journalisten eine Abtretung der bislang von der "
           "ukrainischen Armee gehaltenen Gebiete im Osten erneut entschieden ab.", {"territory": [("UA", "reject")]}),
    ("de", "Der Kreml wies am Montag in einer ausführlichen schriftlichen Stellungnahme des Präsidialamts die "
           "europäische Forderung nach einer bedingungslosen Waffenruhe entschieden zurück.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", V2_REFUSAL, ids=ids(V2_REFUSAL))
def test_german_refusal_after_an_opening_clause_or_over_a_long_bracket(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the outlet of the opening clause is no holder; the subject after the verb is
    ("de", "Wie der Spiegel berichtet, fordert die Ukraine eine Waffenruhe von mindestens dreißig Tagen.",
     {"ceasefire": [("UA", "demand")]}),
    # a bracket that closes early ('lehnte es ab,') refuses nothing of what follows
    ("de", "Selenskyj lehnte es ab, sich zu den Berichten zu äußern, und forderte eine Waffenruhe.",
     {"ceasefire": [("UA", "demand")]}),
])
def test_german_refusal_near_misses(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21A: common forms of stance words and holder names the lexicons lacked: 'nicht infrage' in one word, a ---
# --- verb-final '(nicht) ausschließe' in a subordinate clause, fr 'les Vingt-Sept' (capitalised: the EU's states) ---

FORMS = [
    ("de", "Ein Rückzug aus dem Donbass komme für Kiew nicht infrage, sagte der ukrainische Außenminister.",
     {"territory": [("UA", "reject")]}),
    ("de", "Eine europäische Friedenstruppe kommt für Moskau nicht infrage, erklärte Peskow.",
     {"neutrality": [("RU", "reject")]}),
    ("de", "Russland habe signalisiert, dass es eine Feuerpause über Ostern nicht ausschließe.",
     {"ceasefire": [("RU", "agree")]}),
    ("de", "Peskow sagte, dass Moskau eine Waffenruhe ausschließt.", {"ceasefire": [("RU", "reject")]}),
    ("fr", "Les Vingt-Sept ont approuvé l'utilisation des avoirs russes gelés au profit de l'Ukraine.",
     {"reparations": [("EU", "agree")]}),
    ("fr", "Selon l'AFP, les Vingt-Sept réclament un cessez-le-feu immédiat.", {"ceasefire": [("EU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", FORMS, ids=ids(FORMS))
def test_common_forms_of_stance_words_and_holders(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # the number in lower case is no holder
    ("fr", "Kiev réclame la libération de vingt-sept prisonniers civils, a déclaré Zelensky."),
    # 'in Frage kommen' without its negation rejects nothing
    ("de", "Eine Anerkennung der Krim komme in Frage, sofern Kiew Garantien erhält, sagte Lawrow."),
])
def test_common_forms_near_misses(classifier, lang, text):
    got = positions(classifier, text, lang)
    stances = {st for ps in got.values() for _, st in ps}
    if lang == "fr":
        assert "EU" not in {h for ps in got.values() for h, _ in ps}
    else:
        assert "reject" not in stances


# --- r21A: German reflexive verb before its inverted subject ('einigten sich beide Seiten', 'sprach sich Berlin ---
# --- für ... aus'): the subject after 'sich' holds; the reporter after the clause ('teilte Fidan mit') does not ---

REFLEXIVE_V2 = [
    ("de", "In Istanbul einigten sich beide Seiten auf einen Gefangenenaustausch, teilte Fidan mit.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("de", "Am Montag sprach sich Berlin für eine Waffenruhe aus, sagte ein Regierungssprecher.",
     {"ceasefire": [("EU", "demand")]}),
    ("de", "In Genf sprach sich Lawrow gegen eine europäische Friedenstruppe aus.", {"neutrality": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", REFLEXIVE_V2, ids=ids(REFLEXIVE_V2))
def test_german_reflexive_verb_before_its_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_german_reflexive_verb_near_miss(classifier):
    # the party of another clause ('während Moskau schwieg') takes no stance from the reflexive verb
    assert positions(classifier, "Dort sprach sich Ankara für einen Gefangenenaustausch aus, während Moskau schwieg.",
                     "de") == {"prisoners": [("TR", "demand")]}


# --- r21A: who speaks after the quote with a verb of insistence ('..., ha insistito Lavrov', '..., a insisté X'), ---
# --- and the Italian ministry named with its nationality after it ('il ministero degli Esteri russo') ---

SPEAKERS = [
    ("it", "Kiev non cederà nemmeno un metro del Donbass, ha insistito Zelensky.", {"territory": [("UA", "reject")]}),
    ("it", "L'Ucraina deve tornare alla neutralità, ha insistito Lavrov.", {"neutrality": [("RU", "demand")]}),
    ("fr", "L'Ukraine doit renoncer à l'OTAN, a insisté Lavrov.", {"neutrality": [("RU", "demand")]}),
    ("it", "Il ministero degli Esteri russo ha respinto la tregua proposta dagli europei.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("it", "Il ministero della Difesa russo ha annunciato una tregua di tre giorni.", {"ceasefire": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", SPEAKERS, ids=ids(SPEAKERS))
def test_insisting_speaker_and_ministry_with_its_nationality(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_a_ministry_without_a_nationality_is_no_holder(classifier):
    assert positions(classifier, "Il ministero della Difesa ha chiesto una tregua.", "it") == {"ceasefire": []}


# --- r21B: a verb of doubt opens an open question: the party whose acceptance is doubted holds nothing (es) ---

DOUBTED = [
    ("es", "Los analistas dudan de que Moscú acepte la tregua.", {"ceasefire": []}),
    ("es", "Los expertos dudaban de que el Kremlin aceptara la propuesta de tregua de Washington.",
     {"ceasefire": [("US", "demand")]}),
    ("es", "Los diplomáticos dudan de que Rusia acepte un alto el fuego de 30 días.", {"ceasefire": []}),
    ("en", "Analysts doubt that the Kremlin will accept the US truce proposal.", {"ceasefire": [("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", DOUBTED)
def test_a_doubted_acceptance_is_no_position(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # no doubt: the acceptance stands ('sin duda' is the noun, no verb of doubt)
    ("es", "Moscú aceptará sin duda la tregua propuesta por Washington.",
     {"ceasefire": [("RU", "agree"), ("US", "demand")]}),
    ("es", "Moscú acepta la tregua propuesta por Washington.", {"ceasefire": [("RU", "agree"), ("US", "demand")]}),
])
def test_an_acceptance_not_doubted_stands(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: a release carried out (past, with a count) is an exchange done: each side that frees men agrees ---

RELEASED = [
    ("en", "Russia and Ukraine each released 120 prisoners of war on Friday, the Ukrainian ombudsman said.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("en", "Moscow and Kyiv freed 95 soldiers each in a swap brokered by Abu Dhabi.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("es", "Rusia y Ucrania liberaron cada una a 84 prisioneros de guerra el jueves.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
    ("tr", "Rusya ve Ukrayna perşembe günü 84'er savaş esirini serbest bıraktı.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
]


@pytest.mark.parametrize("lang,text,expected", RELEASED)
def test_a_release_carried_out_is_agreed(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a release wanted is a demand, not one carried out
    ("en", "Ukraine wants all 800 civilians released before any talks.", {"prisoners": [("UA", "demand")]}),
    ("en", "Kyiv demanded that Moscow release 300 detained journalists.", {"prisoners": [("UA", "demand")]}),
    ("es", "Kiev exige que Rusia libere a los 400 civiles detenidos.", {"prisoners": [("UA", "demand")]}),
    ("tr", "Kiev, sivillerin serbest bırakılmasını talep etti.", {"prisoners": [("UA", "demand")]}),
])
def test_a_release_wanted_is_a_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: asking to strike a measure from a draft turns the measure down; the draft's owner keeps the demand ---

STRUCK = [
    ("en", "Kyiv wants the cap on its army removed from the US draft.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
    ("en", "Ukraine asked for the clause on its neutral status to be struck from the American plan.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
    ("en", "Ukraine demanded that the limit on its armed forces be deleted from the Witkoff plan.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
    ("es", "Kiev pide eliminar del plan estadounidense el tope de efectivos del ejército.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
    ("es", "Kiev exige que se retire del borrador estadounidense la cláusula sobre su estatus neutral.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
    ("tr", "Ukrayna, tarafsızlık maddesinin Amerikan planından çıkarılmasını talep etti.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
    ("tr", "Zelenskiy, ordu sınırlamasının Amerikan taslağından çıkarılmasında ısrar etti.",
     {"neutrality": [("UA", "reject"), ("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", STRUCK)
def test_striking_a_measure_from_a_draft_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # troops removed from a region, not a clause from a draft: the withdrawal is demanded
    ("en", "Moscow wants Ukrainian troops removed from Donbas.", {"territory": [("RU", "demand")]}),
    ("es", "Moscú pide retirar las tropas ucranianas del Donbás.", {"territory": [("RU", "demand")]}),
    ("tr", "Moskova, Ukrayna birliklerinin Donbas'tan çıkarılmasını istedi.", {"territory": [("RU", "demand")]}),
    # a clause added to a draft is demanded
    ("tr", "Ukrayna, ABD planına tarafsızlık maddesinin eklenmesini talep etti.",
     {"neutrality": [("UA", "demand"), ("US", "demand")]}),
])
def test_a_removal_from_a_place_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: idioms of refusal reject: no right or mandate to do it, a line drawn at it, out of the question, ---
# --- detached from reality ---

REFUSAL_IDIOMS = [
    ("en", "Zelensky said he had no mandate to cede any territory to Russia.", {"territory": [("UA", "reject")]}),
    ("en", "The Kremlin drew a red line at the deployment of European peacekeepers in Ukraine.",
     {"neutrality": [("RU", "reject")]}),
    ("es", "Zelenski afirmó que no tiene derecho constitucional a ceder territorio ucraniano.",
     {"territory": [("UA", "reject")]}),
    ("es", "Zelenski afirmó que no tiene mandato para ceder el Donbás.", {"territory": [("UA", "reject")]}),
    ("tr", "Zelenskiy, Donbas'ı Rusya'ya bırakma yetkisi olmadığını söyledi.", {"territory": [("UA", "reject")]}),
    ("tr", "Kremlin, Kiev'in NATO'ya katılma talebinin söz konusu olamayacağını açıkladı.",
     {"neutrality": [("RU", "reject"), ("UA", "demand")]}),
    ("tr", "Rusya, Kırım'ın iadesi önerisini \"gerçeklikten kopuk\" olarak nitelendirdi.",
     {"territory": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", REFUSAL_IDIOMS)
def test_an_idiom_of_refusal_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # a right that is had is no refusal
    ("en", "Ukraine has the right to join NATO, Rutte said."),
    ("es", "Ucrania tiene derecho a ingresar en la OTAN, dijo Rutte."),
    ("tr", "Rutte, Ukrayna'nın NATO'ya katılma hakkı olduğunu söyledi."),
])
def test_a_right_had_is_no_refusal(classifier, lang, text):
    assert all(stance != "reject" for found in positions(classifier, text, lang).values() for _, stance in found)


# --- r21B: what another party must accept, reported by a speaker after it, is the speaker's demand (en; es as is) ---

OBLIGED_OTHER = [
    ("en", "Russia must accept the ceasefire now, Rubio said.", {"ceasefire": [("US", "demand")]}),
    ("en", "Moscow has to accept the 30-day truce, the US secretary of state said.", {"ceasefire": [("US", "demand")]}),
    ("en", "The Kremlin needs to accept the US truce proposal, Zelensky said.",
     {"ceasefire": [("UA", "demand"), ("US", "demand")]}),
    ("es", "Moscú debe aceptar el alto el fuego sin condiciones, declaró Zelenski.", {"ceasefire": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", OBLIGED_OTHER)
def test_what_another_must_accept_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # an obligation on the speaker's own side is its own acceptance
    ("en", "We must accept the ceasefire, Zelensky said.", {"ceasefire": [("UA", "agree")]}),
    ("en", "Ukraine must accept the ceasefire, Zelensky said.", {"ceasefire": [("UA", "agree")]}),
    ("es", "Debemos aceptar la tregua, dijo Zelenski.", {"ceasefire": [("UA", "agree")]}),
])
def test_an_obligation_of_ones_own_side_is_agreement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: Turkish, a party in the dative before a participle ("Ukrayna tarafına sunduğu", "Rus heyetine") is ---
# --- the recipient of what is handed over, no subject ---

RECIPIENTS = [
    ("tr", "Rus heyeti, Ukrayna tarafına sunduğu memorandumda Kırım'ın Rusya toprağı olarak tanınmasını talep etti.",
     {"territory": [("RU", "demand")]}),
    ("tr", "Rus heyeti, Ukrayna heyetine sunduğu memorandumda Kırım'ın Rusya toprağı olarak tanınmasını talep etti.",
     {"territory": [("RU", "demand")]}),
    ("tr", "Moskova, Kiev tarafına esir takası teklif etti.", {"prisoners": [("RU", "demand")]}),
    ("tr", "Ukrayna tarafı, Rus heyetine 30 günlük ateşkes önerdi.", {"ceasefire": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", RECIPIENTS)
def test_a_recipient_in_the_dative_holds_nothing(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the side itself as subject, and the agent, still hold
    ("tr", "Ukrayna tarafı ateşkes önerdi.", {"ceasefire": [("UA", "demand")]}),
    ("tr", "Rusya tarafından sunulan memorandum, Kırım'ın tanınmasını talep ediyor.", {"territory": [("RU", "demand")]}),
])
def test_a_side_as_subject_or_agent_holds(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: Turkish, a converb of privation ("ateşkes sağlanmadan", "imzalanmadan") before a refusal is the ---
# --- condition the refusal asks for: what is 'not yet done' is demanded ---

PRIVATIVE_CONVERBS = [
    ("tr", "Zelenskiy, ateşkes sağlanmadan toprak meselesinin görüşülmesine karşı çıktı.",
     {"ceasefire": [("UA", "demand")], "territory": [("UA", "reject")]}),
    ("tr", "Zelenskiy, ateşkes ilan edilmeden toprak meselesinin görüşülmesine karşı çıktı.",
     {"ceasefire": [("UA", "demand")], "territory": [("UA", "reject")]}),
    ("tr", "Kiev'in ateşkes sağlanmadan herhangi bir toprak meselesinin görüşülmesine karşı çıktığı bildirildi.",
     {"ceasefire": [("UA", "demand")], "territory": [("UA", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", PRIVATIVE_CONVERBS)
def test_a_privative_converb_before_a_refusal_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a plain refusal, no privation: the measure is turned down
    ("tr", "Zelenskiy, ateşkes önerisini reddetti.", {"ceasefire": [("UA", "reject")]}),
])
def test_a_refusal_without_a_privative_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: every item of a list a privative opens is demanded ("no peace without X and Y": Y too) (en, es) ---

PRIVATIVE_LISTS = [
    ("en", "There can be no peace without Ukraine's renunciation of NATO membership and recognition of the new "
           "territorial realities, Lavrov said.",
     {"neutrality": [("RU", "demand")], "territory": [("RU", "demand")]}),
    ("en", "Kyiv rejects any truce without security guarantees and a return of all prisoners.",
     {"ceasefire": [("UA", "reject")], "neutrality": [("UA", "demand")], "prisoners": [("UA", "demand")]}),
    ("es", "Rusia no aceptará la paz sin la neutralidad de Ucrania y el reconocimiento de Crimea como rusa.",
     {"neutrality": [("RU", "demand")], "territory": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", PRIVATIVE_LISTS)
def test_every_item_after_a_privative_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a second verb of refusal after the coordinator closes the list: its object is rejected
    ("en", "Kyiv rejects any truce without security guarantees and refuses a freeze of the front line.",
     {"ceasefire": [("UA", "reject")], "neutrality": [("UA", "demand")], "territory": [("UA", "reject")]}),
])
def test_a_verb_after_the_list_keeps_its_stance(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: settling for a measure names the least a party would take: a demand, not an agreement (en) ---

SETTLED_FOR = [
    ("en", "The Kremlin could settle for a freeze of the front line in the south.", {"territory": [("RU", "demand")]}),
    ("en", "Kyiv might settle for security guarantees from Washington, officials said.",
     {"neutrality": [("UA", "demand")]}),
    ("en", "Ukraine would settle for a 30-day truce as a first step, Yermak said.", {"ceasefire": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", SETTLED_FOR)
def test_settling_for_a_measure_demands_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # settling on an exchange together is agreeing to it
    ("en", "Kyiv and Moscow settled on a 1,000-for-1,000 prisoner exchange.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")]}),
])
def test_settling_on_a_measure_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21B: Turkish, a yes-or-no question ("kabul edip etmeyeceğini": whether or not it will accept) is no ---
# --- refusal by its subject ---

WHETHER_OR_NOT = [
    ("tr", "Rubio, Rusya'nın ateşkesi kabul edip etmeyeceğini göreceklerini söyledi.", {"ceasefire": [("US", "demand")]}),
    ("tr", "Rubio, Moskova'nın 30 günlük ateşkese evet deyip demeyeceğini bekleyeceklerini söyledi.",
     {"ceasefire": [("US", "demand")]}),
    ("tr", "Analistler, Kremlin'in ABD'nin ateşkes önerisini kabul edip etmeyeceğinin belirsiz olduğunu belirtti.",
     {"ceasefire": [("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", WHETHER_OR_NOT)
def test_a_whether_or_not_question_is_no_refusal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the plain negative future is the refusal
    ("tr", "Rubio, Rusya'nın ateşkesi kabul etmeyeceğini söyledi.", {"ceasefire": [("RU", "reject")]}),
    ("tr", "Zelenskiy, Ukrayna'nın Donbas'tan çekilip toprak vermeyeceğini söyledi.", {"territory": [("UA", "reject")]}),
])
def test_a_plain_negative_future_is_a_refusal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: declining to comment refuses nothing; a move reported after 'что'/'że' keeps its own holder ---

NO_COMMENT = [
    ("ru", "Песков отказался комментировать сообщения о том, что Вашингтон предложил признать Крым российским.",
     {"territory": [("US", "demand")]}),
    ("ru", "Лавров не стал комментировать сообщения, что Киев согласился на перемирие.",
     {"ceasefire": [("UA", "agree")]}),
    ("pl", "Pieskow odmówił komentarza w sprawie doniesień, że Waszyngton zaproponował uznanie Krymu za rosyjski.",
     {"territory": [("US", "demand")]}),
    ("uk", "Пєсков відмовився коментувати повідомлення про те, що Вашингтон запропонував визнати Крим російським.",
     {"territory": [("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", NO_COMMENT, ids=ids(NO_COMMENT))
def test_declining_to_comment_refuses_nothing(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # refusing the measure itself still rejects it
    ("ru", "Кремль отказался от обмена пленными.", {"prisoners": [("RU", "reject")]}),
    ("pl", "Kreml odmówił wymiany jeńców.", {"prisoners": [("RU", "reject")]}),
])
def test_refusing_the_measure_still_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: a measure said to be "not on the table" / "not on the agenda" is turned down by the speaker; a party
# named in the genitive inside the reported clause ("членство Украины") is no subject that takes the clause away ---

OFF_THE_TABLE = [
    ("ru", "Лавров сказал, что прекращение огня сейчас не на столе.", {"ceasefire": [("RU", "reject")]}),
    ("ru", "Лавров сказал, что членство Украины в НАТО сейчас не на столе.", {"neutrality": [("RU", "reject")]}),
    ("ru", "Вопрос о репарациях снят с переговорного стола, заявил Песков.", {"reparations": [("RU", "reject")]}),
    ("uk", "Рютте заявив, що членство України в НАТО зараз не на столі.", {"neutrality": [("OTHER", "reject")]}),
    ("uk", "Обмін територіями не стоїть на порядку денному, наголосив Зеленський.", {"territory": [("UA", "reject")]}),
    ("pl", "Rutte powiedział, że członkostwo Ukrainy w NATO nie leży obecnie na stole.", {"neutrality": [("OTHER", "reject")]}),
    ("pl", "Ławrow oświadczył, że zawieszenie broni nie jest na porządku dziennym.", {"ceasefire": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", OFF_THE_TABLE, ids=ids(OFF_THE_TABLE))
def test_not_on_the_table_is_turned_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # still on the table: no refusal
    ("ru", "Песков заявил, что перемирие по-прежнему на столе.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Зеленський заявив, що припинення вогню залишається на столі.", {"ceasefire": [("UA", "demand")]}),
    ("pl", "Zełenski powiedział, że propozycja rozejmu nadal leży na stole.", {"ceasefire": [("UA", "demand")]}),
])
def test_still_on_the_table_is_no_refusal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: threatening consequences unless another party accepts a measure demands the measure; threatening
# retaliation if a party takes a measure still rejects it ---

THREAT_UNLESS = [
    ("ru", "Трамп пригрозил России жесткими мерами, если Кремль не согласится на перемирие.", "ceasefire", "US"),
    ("uk", "Трамп пригрозив Москві серйозними наслідками, якщо Путін не погодиться на припинення вогню.", "ceasefire", "US"),
    ("pl", "Trump zagroził Moskwie poważnymi konsekwencjami, jeśli Putin nie zgodzi się na rozejm.", "ceasefire", "US"),
]


@pytest.mark.parametrize("lang,text,category,holder", THREAT_UNLESS, ids=ids(THREAT_UNLESS))
def test_a_threat_unless_a_party_accepts_demands(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "demand")]}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Захарова пригрозила ответными мерами, если Евросоюз конфискует российские активы."),
    ("uk", "Лавров пригрозив дзеркальними заходами, якщо ЄС конфіскує російські активи."),
    ("pl", "Ławrow zagroził odwetem, jeśli UE skonfiskuje rosyjskie aktywa."),
])
def test_a_threat_against_a_measure_still_rejects(classifier, lang, text):
    assert positions(classifier, text, lang) == {"reparations": [("RU", "reject")]}


# --- r21C: renouncing strikes or attacks is the moratorium itself, offered, no refusal; renouncing a truce or a
# moratorium still rejects it ---

RENOUNCED_STRIKES = [
    ("ru", "Москва готова отказаться от ударов по энергетике, если Киев сделает то же самое.", {"ceasefire": [("RU", "demand")]}),
    ("ru", "Украина готова отказаться от атак на российские НПЗ в обмен на прекращение ударов по энергосистеме.",
     {"ceasefire": [("UA", "demand")]}),
    ("uk", "Київ готовий відмовитися від ракетних ударів по НПЗ, якщо Росія припинить атаки на енергетику.",
     {"ceasefire": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", RENOUNCED_STRIKES, ids=ids(RENOUNCED_STRIKES))
def test_renouncing_strikes_is_no_refusal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("ru", "Кремль отказался от моратория на удары по энергетике."),
    ("uk", "Кремль відмовився від мораторію на удари по енергетиці."),
])
def test_renouncing_a_moratorium_still_rejects(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject")]}


# --- r21C: a call on a common-noun addressee ("партнеров", "союзників") to accept or support a measure: the bare
# infinitive after it is what the caller demands, no agreement of the caller's own ---

CALLED_TO = [
    ("ru", "Зеленский призвал союзников согласиться на конфискацию российских активов.", "reparations", "UA"),
    ("ru", "Зеленский призвал союзников поддержать конфискацию российских активов.", "reparations", "UA"),
    ("ru", "Сибига попросил партнеров быстрее принять решение о передаче Украине замороженных российских активов.",
     "reparations", "UA"),
    ("uk", "Зеленський закликав союзників підтримати конфіскацію російських активів.", "reparations", "UA"),
    ("uk", "Сибіга закликав партнерів якнайшвидше ухвалити рішення про конфіскацію заморожених російських активів.",
     "reparations", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", CALLED_TO, ids=ids(CALLED_TO))
def test_a_call_to_accept_is_a_demand(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "demand")]}


@pytest.mark.parametrize("lang,text,expected", [
    # the holder's own agreement after a call made elsewhere, or its own adoption of a decision
    ("ru", "Евросоюз принял решение о конфискации российских активов.", {"reparations": [("EU", "agree")]}),
    ("uk", "ЄС ухвалив рішення про конфіскацію російських активів.", {"reparations": [("EU", "agree")]}),
])
def test_adopting_a_decision_still_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: brushing another party's move off ('zbył jako', 'zlekceważył', 'отмахнулся от', 'відмахнувся від')
# turns it down; the move stays its author's demand ---

BRUSHED_OFF = [
    ("pl", "Kijów zbył rosyjską propozycję rozejmu jako propagandowy trik.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("pl", "Kreml zlekceważył europejski plan zawieszenia broni.", {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("pl", "Zełenski zbagatelizował ofertę wymiany jeńców złożoną przez Moskwę.",
     {"prisoners": [("RU", "demand"), ("UA", "reject")]}),
    ("ru", "Песков отмахнулся от европейского плана о миротворцах.", {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("uk", "Київ відмахнувся від російської пропозиції про перемир'я.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", BRUSHED_OFF, ids=ids(BRUSHED_OFF))
def test_brushing_a_move_off_turns_it_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # 'zbyt' (too) is no brushing off
    ("pl", "Rosja zbyt długo zwleka z odpowiedzią na propozycję rozejmu."),
])
def test_zbyt_is_no_brushing_off(classifier, lang, text):
    assert all(stance != "reject" for found in positions(classifier, text, lang).values() for _, stance in found)


# --- r21C: a party quoted as the source in a phrase set off by commas after the subject ("Москва, по словам
# Умерова, предложила") is no subject of the verb; the name before it holds ---

INSERTED_SOURCE = [
    ("ru", "Москва, по словам Умерова, предложила перемирие на три дня.", {"ceasefire": [("RU", "demand")]}),
    ("ru", "Российская делегация, по словам Умерова, предложила перемирие на три дня.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Москва, за словами Умєрова, запропонувала перемир'я на три дні.", {"ceasefire": [("RU", "demand")]}),
    ("pl", "Moskwa, według Umierowa, zaproponowała trzydniowy rozejm.", {"ceasefire": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", INSERTED_SOURCE, ids=ids(INSERTED_SOURCE))
def test_an_inserted_source_is_no_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the source opening the sentence, or no name before it: the name after it holds, or the source does
    ("ru", "По словам Умерова, Москва предложила перемирие на три дня.", {"ceasefire": [("RU", "demand")]}),
    ("pl", "Według Umierowa Moskwa zaproponowała trzydniowy rozejm.", {"ceasefire": [("RU", "demand")]}),
])
def test_a_leading_source_still_leaves_the_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: uk, the imperfective future negated ('не надаватиме', 'не направлятиме') is a refusal of its subject,
# as the perfective 'не надасть' ---

IMPERFECTIVE_REFUSAL = [
    ("uk", "Вашингтон не надаватиме Україні гарантій безпеки, заявив Венс.", {"neutrality": [("US", "reject")]}),
    ("uk", "Венс заявив, що США не надаватимуть Україні гарантій безпеки.", {"neutrality": [("US", "reject")]}),
    ("uk", "Макрон заявив, що Франція не направлятиме своїх миротворців в Україну.", {"neutrality": [("EU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", IMPERFECTIVE_REFUSAL, ids=ids(IMPERFECTIVE_REFUSAL))
def test_a_negated_imperfective_future_refuses(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # not negated: an offer
    ("uk", "Венс заявив, що США надаватимуть Україні гарантії безпеки.", {"neutrality": [("US", "demand")]}),
])
def test_an_imperfective_future_offers(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: a measure that "remains a «red line»", the words in quotes or not, is turned down (ru, uk, pl) ---

RED_LINE = [
    ("ru", "Для Кремля размещение западных войск на Украине остается «красной линией», заявил Песков.",
     {"neutrality": [("RU", "reject")]}),
    ("uk", "Для Кремля розміщення західних військ в Україні залишається «червоною лінією», заявив Пєсков.",
     {"neutrality": [("RU", "reject")]}),
    ("uk", "Зеленський заявив, що визнання Криму російським є червоною лінією для Києва.", {"territory": [("UA", "reject")]}),
    ("pl", "Dla Kremla rozmieszczenie zachodnich wojsk na Ukrainie pozostaje „czerwoną linią” – oświadczył Pieskow.",
     {"neutrality": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", RED_LINE, ids=ids(RED_LINE))
def test_a_red_line_in_quotes_is_turned_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # drawing a red line of one's own sets a condition, no refusal of the measure named
    ("ru", "Песков заявил, что Кремль провел «красную линию» по вопросу о миротворцах."),
])
def test_drawing_a_red_line_is_no_refusal(classifier, lang, text):
    assert all(stance != "reject" for found in positions(classifier, text, lang).values() for _, stance in found)


# --- r21C: refusing any deal "which does not provide for X" (the relative after its comma) demands X, as
# "without X"; a deal that provides for X stays refused ---

LACKED_BY_REFUSED = [
    ("ru", "Киев не примет никакого соглашения, которое не предусматривает возвращения всех депортированных детей.",
     {"prisoners": [("UA", "demand")]}),
    ("ru", "Украина не подпишет соглашение, которое не содержит гарантий безопасности.", {"neutrality": [("UA", "demand")]}),
    ("uk", "Київ не погодиться на жодну угоду, яка не передбачає повернення всіх депортованих дітей.",
     {"prisoners": [("UA", "demand")]}),
    ("uk", "Україна не підпише угоди, яка не містить гарантій безпеки.", {"neutrality": [("UA", "demand")]}),
    ("pl", "Ukraina nie podpisze żadnej umowy, która nie zawiera gwarancji bezpieczeństwa.", {"neutrality": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", LACKED_BY_REFUSED, ids=ids(LACKED_BY_REFUSED))
def test_what_a_refused_deal_lacks_is_demanded(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Украина не подпишет соглашение, которое предусматривает отказ от Донбасса.", {"territory": [("UA", "reject")]}),
    ("uk", "Україна не підпише угоди, яка передбачає відмову від Донбасу.", {"territory": [("UA", "reject")]}),
    ("pl", "Ukraina nie podpisze umowy, która przewiduje oddanie Donbasu.", {"territory": [("UA", "reject")]}),
])
def test_what_a_refused_deal_provides_stays_refused(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: the State Duma and its deputies are Russian officials: a holder RU (lexicon, ru, uk, pl) ---

DUMA = [
    ("ru", "Депутаты Госдумы отвергли идею миротворцев.", {"neutrality": [("RU", "reject")]}),
    ("ru", "Госдума призвала Кремль не соглашаться на перемирие.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Держдума закликала Кремль не погоджуватися на перемир'я.", {"ceasefire": [("RU", "demand")]}),
    ("pl", "Deputowani rosyjskiej Dumy odrzucili ideę misji pokojowej.", {"neutrality": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", DUMA, ids=ids(DUMA))
def test_the_duma_holds_for_russia(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Zełenski z dumą odrzucił propozycję rozejmu.", {"ceasefire": [("UA", "reject")]}),  # 'z dumą' (with pride): no Duma
])
def test_pride_is_no_duma(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: a measure proposed in one clause and taken up in the next by a noun before its verb ("и Киев ... это
# предложение поддержал"): the noun is the verb's object, the verb gives the holder's stance ---

TAKEN_UP = [
    ("ru", "США предложили Москве и Киеву объявить месячное прекращение огня, и Киев на переговорах в Эр-Рияде это "
           "предложение поддержал.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("ru", "Турция предложила сторонам провести обмен всех на всех, но Кремль на следующий день это предложение отклонил.",
     {"prisoners": [("RU", "reject"), ("TR", "demand")]}),
    ("uk", "США запропонували Москві та Києву оголосити місячне припинення вогню, і Київ на переговорах в Ер-Ріяді цю "
           "пропозицію підтримав.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("pl", "USA zaproponowały Moskwie i Kijowowi ogłoszenie miesięcznego zawieszenia broni, a Kijów podczas rozmów w "
           "Rijadzie tę propozycję poparł.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", TAKEN_UP, ids=ids(TAKEN_UP))
def test_a_proposal_taken_up_before_its_verb(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a proposal of the holder's own, put forward: still a demand
    ("ru", "Вашингтон предложил перемирие, и Москва свое предложение выдвинула.",
     {"ceasefire": [("RU", "demand"), ("US", "demand")]}),
])
def test_a_proposal_of_ones_own_stays_a_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: a measure said to be possible "only" within or after something ('возможно лишь', 'можливе лише',
# 'możliwe tylko') is a condition set, a demand, not an agreement to the deal named after it ---

POSSIBLE_ONLY = [
    ("ru", "В Кремле дают понять, что прекращение огня возможно только в рамках общего мирного соглашения.",
     {"ceasefire": [("RU", "demand")]}),
    ("uk", "У Кремлі дають зрозуміти, що припинення вогню можливе лише в рамках загальної мирної угоди.",
     {"ceasefire": [("RU", "demand")]}),
    ("pl", "W Moskwie dają do zrozumienia, że zawieszenie broni jest możliwe tylko w ramach ogólnego porozumienia pokojowego.",
     {"ceasefire": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", POSSIBLE_ONLY, ids=ids(POSSIBLE_ONLY))
def test_possible_only_within_is_a_condition(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # an agreement reached, with no 'only': still agreed
    ("ru", "Москва и Киев договорились о прекращении огня в рамках общего мирного соглашения.",
     {"ceasefire": [("RU", "agree"), ("UA", "agree")]}),
])
def test_an_agreement_without_only_still_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r21C: uk, the present of supporting ('підтримує', 'підтримують') agrees, as the past 'підтримав' ---

SUPPORTS = [
    ("uk", "Франція підтримує ідею європейських миротворців в Україні.", {"neutrality": [("EU", "agree")]}),
    ("uk", "Туреччина підтримує обмін усіх на всіх.", {"prisoners": [("TR", "agree")]}),
    ("uk", "Анкара підтримує територіальну цілісність України, нагадав Фідан.", {"territory": [("TR", "agree")]}),
]


@pytest.mark.parametrize("lang,text,expected", SUPPORTS, ids=ids(SUPPORTS))
def test_the_present_of_supporting_agrees(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # negated, it turns the measure down
    ("uk", "Київ не підтримує ідею заморожування лінії фронту."),
])
def test_not_supporting_is_no_agreement(classifier, lang, text):
    assert all(stance != "agree" for found in positions(classifier, text, lang).values() for _, stance in found)


# --- r21C: calling another party's move a trap, a bluff or a ruse, quoted or not, turns it down; the move stays
# its author's demand ---

CALLED_A_TRAP = [
    ("ru", "Песков назвал европейский план размещения миротворцев «ловушкой».",
     {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("ru", "Зеленский назвал российское предложение о перемирии блефом.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("uk", "Зеленський назвав російську пропозицію про перемир'я блефом.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("pl", "Zełenski nazwał rosyjską propozycję rozejmu blefem.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("pl", "Pieskow nazwał europejski plan rozmieszczenia sił pokojowych „pułapką”.",
     {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", CALLED_A_TRAP, ids=ids(CALLED_A_TRAP))
def test_calling_a_move_a_trap_turns_it_down(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # calling one's own move an important step is no refusal
    ("ru", "Зеленский назвал обмен пленными важным шагом."),
])
def test_calling_a_move_a_step_is_no_refusal(classifier, lang, text):
    assert all(stance != "reject" for found in positions(classifier, text, lang).values() for _, stance in found)


# --- a judgement after a dismissed demand ("as a ploy") is the dismisser's; the demand's owner keeps demand ------

JUDGED_DEMAND_KEPT = [
    ("en", "Moscow dismissed Kyiv's call for a 30-day truce as a ploy.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("en", "Russia brushed aside Ukraine's calls for an exchange of prisoners as a stunt.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
    ("en", "Kyiv dismissed Moscow's call for a withdrawal from Zaporizhzhia as blackmail.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("en", "The Kremlin rejected Ukraine's proposal for a ceasefire as a trick.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("en", "Russia dismissed Kyiv's demand for reparations as unacceptable.", "reparations", [("RU", "reject"), ("UA", "demand")]),
    ("fr", "Moscou a rejeté l'appel de Kiev à un cessez-le-feu comme une manœuvre.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("de", "Moskau wies Kiews Aufruf zu einer Waffenruhe als Trick zurück.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("ru", "Москва отвергла призыв Киева к перемирию как уловку.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", JUDGED_DEMAND_KEPT)
def test_a_judgement_after_a_dismissed_demand_is_the_dismissers(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang) == {category: expected}


@pytest.mark.parametrize("lang,text,category,expected", [
    # the verb 'call' naming a measure a ploy still rejects it, with or without an owner of the measure
    ("en", "The Kremlin called the truce a publicity stunt.", "ceasefire", [("RU", "reject")]),
    ("en", "Moscow called Kyiv's truce proposal a ploy.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("en", "Moscow described Kyiv's call for a truce as a ploy.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
])
def test_calling_a_measure_a_ploy_still_rejects_it(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang) == {category: expected}


# --- a label whose evidence lies in one of two coordinated clauses takes the cues of that clause only ----------

OWN_CLAUSE = [
    ("en", "Both sides agreed to a prisoner swap, but Russia insisted Ukraine withdraw from Zaporizhzhia.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("en", "Kyiv accepted a 30-day ceasefire, but Moscow demanded reparations.",
     {"ceasefire": [("UA", "agree")], "reparations": [("RU", "demand")]}),
    ("en", "Moscow agreed to return deported children, while Kyiv called for a full ceasefire.",
     {"ceasefire": [("UA", "demand")], "prisoners": [("RU", "agree")]}),
    ("it", "Entrambe le parti hanno concordato uno scambio di prigionieri, ma Mosca ha chiesto il ritiro delle truppe "
     "ucraine dal Donbass.", {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("fr", "Les deux parties ont accepté un échange de prisonniers, mais Moscou a exigé le retrait des troupes "
     "ukrainiennes du Donbass.", {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("de", "Beide Seiten einigten sich auf einen Gefangenenaustausch, aber Moskau forderte den Abzug der ukrainischen "
     "Truppen aus dem Donbass.", {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("es", "Ambas partes acordaron un intercambio de prisioneros, pero Moscú exigió la retirada de las tropas ucranianas "
     "del Donbás.", {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("ru", "Стороны договорились об обмене пленными, но Москва потребовала вывода украинских войск из Донбасса.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("uk", "Сторони домовилися про обмін полоненими, але Москва вимагала виведення українських військ з Донбасу.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("pl", "Obie strony zgodziły się na wymianę jeńców, ale Moskwa zażądała wycofania ukraińskich wojsk z Donbasu.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    # every `contrastives` word of the language opens a clause after a comma, but its `phrase_contrastives`
    ("pl", "Obie strony zgodziły się na wymianę jeńców, jednak Moskwa zażądała wycofania ukraińskich wojsk z Donbasu.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
    ("de", "Beide Seiten einigten sich auf einen Gefangenenaustausch, doch Moskau forderte den Abzug der ukrainischen "
     "Truppen aus dem Donbass.", {"prisoners": [("RU", "agree"), ("UA", "agree")], "territory": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", OWN_CLAUSE)
def test_a_label_takes_the_cues_of_its_own_clause(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a clause with no issue of its own takes the other's back with a pronoun: both positions stay
    ("en", "Kyiv proposed a truce, but Moscow rejected it.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    # no clause break: one verb over both issues gives both their positions
    ("en", "Russia and Ukraine agreed on a ceasefire and an exchange of prisoners.",
     {"ceasefire": [("RU", "agree"), ("UA", "agree")], "prisoners": [("RU", "agree"), ("UA", "agree")]}),
    # a bare semicolon joins two clauses each with its own issue
    ("en", "Ukraine proposed an exchange of prisoners; Russia demanded the withdrawal of Ukrainian troops from Donetsk.",
     {"prisoners": [("UA", "demand")], "territory": [("RU", "demand")]}),
])
def test_clauses_without_an_issue_of_their_own_keep_their_positions(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,opens,does_not", [
    ("de", {"aber", "doch", "während"}, {"sondern"}),
    ("es", {"pero", "mientras"}, {"aunque", "sino"}),
    ("pl", {"ale", "jednak", "a"}, {"choć"}),
    ("it", {"ma", "mentre"}, {"pur", "a"}),  # Italian 'a' is a preposition, not the Slavic 'but'
    ("tr", {"ama", "ancak"}, {"ise"}),
])
def test_clause_contrastives_are_the_languages_own_less_its_phrase_contrastives(lang, opens, does_not):
    from datasette_demands.labelling.actor_tables import LangTables
    tables = LangTables(load_rulebook().actors, lang)
    assert opens <= tables.clause_contrastives
    assert not does_not & tables.clause_contrastives


# --- r22A: French, a negated commitment whose 'jamais' is fronted ('Jamais X ne cédera') or set in quotes ---
# --- ('ne reconnaîtra « jamais »') is still a refusal of its subject ---

FRONTED_NEVER = [
    ("fr", "Jamais l'Ukraine ne cédera le Donbass, a martelé Zelensky.", "territory", "UA"),
    ("fr", "Jamais la Russie ne paiera de réparations, a prévenu Lavrov.", "reparations", "RU"),
    ("fr", "Londres ne reconnaîtra « jamais » l'annexion de la Crimée, a dit le ministre.", "territory", "EU"),
    ("fr", "Kyiv ne signera « pas » un cessez-le-feu imposé par Moscou, a averti le négociateur.", "ceasefire", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", FRONTED_NEVER, ids=ids(FRONTED_NEVER))
def test_a_fronted_or_quoted_never_still_refuses(classifier, lang, text, category, holder):
    assert (holder, "reject") in positions(classifier, text, lang)[category]


@pytest.mark.parametrize("lang,text,category,holder", [
    # joining the alliance, fronted 'jamais' or not, is the neutrality content, no refusal of it
    ("fr", "Jamais l'Ukraine n'adhérera à l'Otan sans garanties, a dit Zelensky.", "neutrality", "UA"),
])
def test_a_fronted_never_does_not_refuse_joining(classifier, lang, text, category, holder):
    assert (holder, "reject") not in positions(classifier, text, lang).get(category, [])


# --- r22A: an acceptance negated in an 'if' clause ('se le parti non accetteranno una tregua', 's'ils n'acceptent ---
# --- pas', 'falls Moskau nicht zustimmt') is the condition the holder sets: what it names is demanded, no refusal ---

REFUSED_CONDITION = [
    ("it", "Trump ha avvertito che gli Stati Uniti potrebbero ritirarsi dai negoziati se le parti non accetteranno una tregua.", "ceasefire", "US"),
    ("it", "Bruxelles inasprirà le sanzioni qualora Mosca non accetti il cessate il fuoco, ha detto Kallas.", "ceasefire", "EU"),
    ("fr", "Washington menace de se retirer de la médiation si les parties n'acceptent pas un cessez-le-feu.", "ceasefire", "US"),
    ("fr", "Washington quittera la médiation s'ils n'acceptent pas la trêve, a prévenu Rubio.", "ceasefire", "US"),
    ("de", "Trump drohte, sich aus den Gesprächen zurückzuziehen, falls die Parteien einer Waffenruhe nicht zustimmen.", "ceasefire", "US"),
    ("de", "Die USA werden sich zurückziehen, wenn Moskau die Waffenruhe nicht akzeptiert, sagte Rubio.", "ceasefire", "US"),
]


@pytest.mark.parametrize("lang,text,category,holder", REFUSED_CONDITION, ids=ids(REFUSED_CONDITION))
def test_an_acceptance_refused_in_a_condition_is_demanded(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "demand")]}


@pytest.mark.parametrize("lang,text,holder", [
    # the refusal stands in the main clause, the condition names something else: still a refusal
    ("fr", "Kyiv n'acceptera pas de cessez-le-feu si la Russie garde ses troupes, a dit Zelensky.", "UA"),
    ("de", "Kiew werde keine Waffenruhe akzeptieren, wenn Russland seine Truppen nicht abzieht, sagte Selenskyj.", "UA"),
])
def test_a_refusal_before_a_condition_still_refuses(classifier, lang, text, holder):
    assert positions(classifier, text, lang)["ceasefire"] == [(holder, "reject")]


# --- r22A: the closing speaker that a relative clause calls the mediator ('ha annunciato la Turchia, che ha mediato ---
# --- l'accordo', 'qui a négocié l'accord', 'das die Einigung vermittelt hatte') reports the parties' agreement: no holder ---

MEDIATING_SPEAKER = [
    ("it", "Mosca e Kiev hanno concordato uno scambio di prigionieri, ha annunciato la Turchia, che ha mediato l'accordo."),
    ("it", "Russia e Ucraina si sono accordate sul rimpatrio di altri bambini, ha reso noto il Qatar, che ha facilitato i colloqui."),
    ("fr", "Moscou et Kyiv ont conclu un échange de prisonniers, a annoncé la Turquie, qui a négocié l'accord."),
    ("fr", "Moscou et Kyiv se sont entendus sur un échange de prisonniers, a indiqué le Qatar, qui a servi de médiateur."),
    ("de", "Moskau und Kiew haben einen Gefangenenaustausch vereinbart, sagte Katar, das die Gespräche vermittelt hatte."),
]


@pytest.mark.parametrize("lang,text", MEDIATING_SPEAKER, ids=ids(MEDIATING_SPEAKER))
def test_a_mediating_speaker_is_no_holder(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}


@pytest.mark.parametrize("lang,text", [
    # the mediator as the subject of a verb of its own still holds its position
    ("it", "La Turchia, che ha mediato l'accordo sul grano, chiede ora una tregua immediata."),
    ("fr", "La Turquie, qui a facilité les pourparlers, réclame désormais un cessez-le-feu immédiat."),
])
def test_a_mediator_with_its_own_verb_holds(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("TR", "demand")]}


# --- r22A: ruling out that a party could accept a measure ('ha escluso che l'Europa possa accettare', 'a exclu que ---
# --- la France puisse accepter') turns the measure down, as after a negation; not ruling it out is openness ---

RULED_OUT_ACCEPTANCE = [
    ("it", "Il ministro ha escluso che l'Italia possa accettare il riconoscimento della Crimea come russa.", "territory", "EU"),
    ("it", "Il Cremlino esclude che la Russia possa accettare una tregua di trenta giorni.", "ceasefire", "RU"),
    ("fr", "Le ministre a exclu que la France puisse accepter la reconnaissance de la Crimée comme russe.", "territory", "EU"),
    ("fr", "Le Kremlin exclut que la Russie accepte une trêve de trente jours.", "ceasefire", "RU"),
    ("de", "Merz schloss aus, dass Europa eine Anerkennung der Krim als russisch akzeptieren könne.", "territory", "EU"),
]


@pytest.mark.parametrize("lang,text,category,holder", RULED_OUT_ACCEPTANCE, ids=ids(RULED_OUT_ACCEPTANCE))
def test_a_ruled_out_acceptance_rejects(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "reject")]}


@pytest.mark.parametrize("lang,text", [
    ("it", "Il Cremlino non ha escluso che la Russia possa accettare una tregua di trenta giorni."),
    ("fr", "Le Kremlin n'a pas exclu que la Russie puisse accepter une trêve de trente jours."),
])
def test_an_acceptance_not_ruled_out_agrees(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "agree")]}


# --- r22A: German, a measure that 'comes into question' under no circumstances ('kommt unter keinen Umständen / auf ---
# --- keinen Fall / keinesfalls in Frage') is turned down, as 'kommt nicht in Frage' ---

NOT_IN_QUESTION = [
    ("de", "Ein Nato-Beitritt der Ukraine kommt für den Kreml unter keinen Umständen in Frage, betonte Peskow.", "neutrality", "RU"),
    ("de", "Die Stationierung europäischer Truppen komme für Russland in keinem Fall infrage, sagte Lawrow.", "neutrality", "RU"),
    ("de", "Eine Waffenruhe komme für Kiew auf keinen Fall infrage, sagte Selenskyj.", "ceasefire", "UA"),
    ("de", "Gebietsabtretungen kommen für die Ukraine keinesfalls in Frage, betonte Sybiha.", "territory", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", NOT_IN_QUESTION, ids=ids(NOT_IN_QUESTION))
def test_a_measure_out_of_question_is_rejected(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "reject")]}


@pytest.mark.parametrize("lang,text,category,holder", [
    # in question on a condition, or at any time: no refusal
    ("de", "Eine Waffenruhe kommt für Kiew nur dann in Frage, wenn Russland seine Truppen abzieht, sagte Selenskyj.", "ceasefire", "UA"),
    ("de", "Ein Gefangenenaustausch komme für Moskau jederzeit in Frage, sagte Peskow.", "prisoners", "RU"),
])
def test_a_measure_in_question_is_not_rejected(classifier, lang, text, category, holder):
    assert (holder, "reject") not in positions(classifier, text, lang)[category]


# --- r22A: Italian, a demand not given up ('non rinuncerà alla richiesta di ...', 'non recede dalla pretesa di') is ---
# --- insisted on: the negation belongs to the verb of giving up, not to the demand noun ---

DEMAND_NOT_GIVEN_UP = [
    ("it", "La Russia non rinuncerà alla richiesta di riconoscimento della Crimea, ha detto Peskov.", "territory", "RU"),
    ("it", "La Russia, ha sottolineato Peskov, non rinuncerà alla richiesta di riconoscimento della Crimea.", "territory", "RU"),
    ("it", "Mosca non recede dalla pretesa di una neutralità dell'Ucraina.", "neutrality", "RU"),
    ("it", "L'Ucraina non rinuncia alle sue richieste di riparazioni, ha ribadito Zelensky.", "reparations", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", DEMAND_NOT_GIVEN_UP, ids=ids(DEMAND_NOT_GIVEN_UP))
def test_a_demand_not_given_up_is_insisted_on(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "demand")]}


@pytest.mark.parametrize("lang,text,want", [
    # not giving up land is a refusal to cede it; a demand not made is no position
    ("it", "L'Ucraina non rinuncerà mai alla Crimea, ha detto Zelensky.", {"territory": [("UA", "reject")]}),
    ("it", "Mosca non ha chiesto una tregua, ha precisato Peskov.", {"ceasefire": []}),
])
def test_a_negation_without_a_demand_given_up(classifier, lang, text, want):
    assert positions(classifier, text, lang) == want


# --- r22A: a quantifier before an agreement noun ('tout accord', 'ogni accordo', 'jedes Abkommen') makes it a noun, ---
# --- the object of the demand before it: wanting that any deal provide X demands X, no agreement ---

ANY_DEAL_MUST_PROVIDE = [
    ("fr", "Les Européens veulent que tout accord prévoie des garanties de sécurité pour l'Ukraine.", "neutrality", "EU"),
    ("it", "Gli europei vogliono che ogni accordo preveda garanzie di sicurezza per l'Ucraina.", "neutrality", "EU"),
    ("it", "Kiev chiede che qualsiasi intesa preveda il ritorno dei bambini deportati.", "prisoners", "UA"),
    ("de", "Die Europäer fordern, dass jedes Abkommen Sicherheitsgarantien für die Ukraine vorsieht.", "neutrality", "EU"),
    ("de", "Kiew verlangt, dass jede Vereinbarung die Rückkehr der verschleppten Kinder vorsieht.", "prisoners", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", ANY_DEAL_MUST_PROVIDE, ids=ids(ANY_DEAL_MUST_PROVIDE))
def test_wanting_any_deal_to_provide_demands(classifier, lang, text, category, holder):
    assert positions(classifier, text, lang) == {category: [(holder, "demand")]}


@pytest.mark.parametrize("lang,text", [
    # supporting any such deal still agrees
    ("fr", "Paris soutient tout accord prévoyant un cessez-le-feu durable."),
    ("it", "Roma sostiene ogni accordo che preveda un cessate il fuoco duraturo."),
])
def test_supporting_any_deal_agrees(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("EU", "agree")]}


# --- r22B: troops called a "legitimate target" in quotation marks are still turned down by the speaker ---

QUOTED_TARGET = [
    ("es", "Rusia advirtió que cualquier tropa europea en Ucrania se convertiría en un «objetivo legítimo».", "RU"),
    ("es", "El Kremlin avisó de que los soldados franceses desplegados en Ucrania serían un «objetivo legítimo».", "RU"),
    ("en", 'Lavrov said Western peacekeepers in Ukraine would become "legitimate military targets".', "RU"),
    ("en", "The Kremlin warned that foreign peacekeepers would be a “legitimate target”.", "RU"),
    ("tr", "Kremlin, Ukrayna'ya gönderilecek Avrupa askerlerinin 'meşru hedef' olacağını açıkladı.", "RU"),
]


@pytest.mark.parametrize("lang,text,holder", QUOTED_TARGET)
def test_a_quoted_legitimate_target_rejects_the_deployment(classifier, lang, text, holder):
    assert (holder, "reject") in given(classifier, text, lang, "neutrality")


@pytest.mark.parametrize("lang,text", [
    # a strike on a target the speaker calls legitimate is no position on troops
    ("es", "El Ministerio de Defensa ruso dijo que el puerto de Odesa era un objetivo militar «prioritario»."),
])
def test_a_target_that_is_not_legitimate_rejects_nothing(classifier, lang, text):
    assert ("RU", "reject") not in given(classifier, text, lang, "neutrality")


# --- r22B: tr, a genitive noun owning the accusative object ('varlıklarının bir kısmını') is no subject ---

PARTITIVE_OBJECT = [
    ("tr", "Bir yetkili, Trump yönetiminin dondurulmuş Rus varlıklarının bir kısmını bir fona aktarmayı önerdiğini söyledi.",
     "reparations", [("US", "demand")]),
    ("tr", "Bakan, Fransa'nın dondurulmuş Rus varlıklarının tamamını Ukrayna'ya devretmeyi önerdiğini açıkladı.",
     "reparations", [("EU", "demand")]),
    ("tr", "Bakan, Rusya'nın Ukrayna topraklarının bir kısmını iade etmeyi reddettiğini söyledi.",
     "territory", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PARTITIVE_OBJECT)
def test_a_genitive_owning_the_object_leaves_the_subject_alone(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_a_genitive_owning_the_clause_subject_still_owns_it(classifier):
    # near-miss: 'üyeliğinin masada olmadığını' — the genitive noun is the subject of the clause, owned by Ukraine
    assert given(classifier, "Zelenskiy, Ukrayna'nın NATO üyeliğinin masada olmadığını söyledi.", "tr",
                 "neutrality") == [("UA", "reject")]


# --- r22B: tr, a participle reported in the passive by an agent ('kabul ettiği X tarafından duyuruldu') ---

PASSIVE_AGENT = [
    ("tr", "Ukrayna'nın 300 Rus askerini serbest bırakmayı kabul ettiği TASS tarafından bildirildi.",
     "prisoners", [("UA", "agree")]),
    ("tr", "Rusya'nın esir takasını reddettiği Ukrayna İnsan Hakları Ombudsmanı tarafından açıklandı.",
     "prisoners", [("RU", "reject")]),
    ("tr", "Görüşmelerin ardından Rusya'nın 20 Ukraynalı çocuğu ailelerine iade etmeyi kabul ettiği Reuters tarafından duyuruldu.",
     "prisoners", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PASSIVE_AGENT)
def test_the_agent_of_a_passive_report_leaves_the_participle_its_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_a_passive_report_without_a_participle_gives_the_agent_nothing(classifier):
    # near-miss: the outlet that reports is no holder
    assert given(classifier, "Esir takasının cuma günü yapılacağı Reuters tarafından duyuruldu.", "tr", "prisoners") == []


# --- r22B: es, a refusal 'hasta que' another party accepts a measure demands the measure ('not until') ---

NOT_UNTIL = [
    ("es", "Washington no levantará las sanciones hasta que Rusia acepte una tregua, dijo el secretario de Estado.",
     "ceasefire", [("US", "demand")]),
    ("es", "Kiev no firmará la paz hasta que Rusia se retire de los territorios ocupados, dijo Zelenski.",
     "territory", [("UA", "demand")]),
    ("es", "Kiev no aceptará ningún acuerdo hasta que Rusia libere a todos los prisioneros de guerra, dijo Zelenski.",
     "prisoners", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_UNTIL)
def test_a_refusal_until_another_accepts_demands_the_measure(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # 'hasta' as a preposition opens no condition: the refusal stands
    ("es", "Rusia rechaza retirarse hasta las fronteras de 1991, dijo Lavrov.", "territory", [("RU", "reject")]),
    ("es", "Ucrania no se retirará hasta el río Dniéper, dijo Zelenski.", "territory", [("UA", "reject")]),
])
def test_hasta_as_a_preposition_opens_no_condition(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r22B: es, a deputy minister or vice-chancellor is an office of the party, and 'zanjó', 'sentenció' close a quote ---

DEPUTY_SPEAKER = [
    ("es", "«No aceptaremos ninguna tregua», sentenció el vicecanciller ruso.", "ceasefire", [("RU", "reject")]),
    ("es", "«Rusia no pagará reparaciones», zanjó el viceministro de Exteriores ruso.", "reparations", [("RU", "reject")]),
    ("es", "«No habrá alto el fuego sin garantías», remachó el viceministro ucraniano de Defensa.", "ceasefire", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DEPUTY_SPEAKER)
def test_a_deputy_minister_closing_a_quote_holds_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_a_deputy_of_no_party_holds_nothing(classifier):
    # near-miss: a deputy minister with no party named gives no holder
    assert given(classifier, "«No habrá tregua», zanjó el viceministro.", "es", "ceasefire") == []


# --- r22B: tr, the genitive subject of a relative clause with no stance ('Rusya'nın yol açtığı yıkım') holds nothing ---

PLAIN_RELATIVE = [
    ("tr", "Macron, Rusya'nın yol açtığı hasarın bedelini Moskova'nın ödemesi gerektiğini söyledi.", "EU", "RU"),
    ("tr", "Polonya Başbakanı Tusk, Rusya'nın yol açtığı yıkımın bedelinin tazminatla karşılanması gerektiğini söyledi.", "EU", "RU"),
    ("tr", "Zelenskiy, Rusya'nın yaşattığı acıların tazmin edilmesi gerektiğini söyledi.", "UA", "RU"),
]


@pytest.mark.parametrize("lang,text,speaker,described", PLAIN_RELATIVE)
def test_the_subject_of_a_plain_relative_leaves_the_speaker_the_holder(classifier, lang, text, speaker, described):
    found = given(classifier, text, lang, "reparations")
    assert (speaker, "demand") in found
    assert (described, "reject") not in found


def test_a_stanced_relative_participle_still_gives_its_subject_the_position(classifier):
    # near-miss: 'talep ettiği' is a cue; its genitive still owns the demand
    assert ("UA", "demand") in given(classifier, "Peskov, Ukrayna'nın talep ettiği tazminatları asla ödemeyeceklerini söyledi.",
                                     "tr", "reparations")


# --- r22B: tr, a subject's finite verb before 've'/'ancak' closes a clause of its own: each clause its stance ---

TR_COORDINATED = [
    ("tr", "Moskova, savaş tazminatını kesinlikle kabul etmiyor ve karşılıklı feragat öneriyor.", "reparations",
     [("RU", "demand"), ("RU", "reject")]),
    ("tr", "Rusya, tazminat talebini reddetti ve karşılıklı feragat önerdi.", "reparations",
     [("RU", "demand"), ("RU", "reject")]),
    ("tr", "Kiev, Donbas'tan çekilmeyi reddetti ve mevcut cephe hattında dondurmayı önerdi.", "territory",
     [("UA", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TR_COORDINATED)
def test_each_coordinated_verb_of_a_turkish_subject_gives_its_stance(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_a_coordinated_verb_with_no_evidence_adds_no_stance(classifier):
    # near-miss: the second clause says nothing of the truce
    assert given(classifier, "Rusya, ateşkesi reddetti ve saldırılarını sürdürdü.", "tr", "ceasefire") == [("RU", "reject")]


# --- r22C: a party's place that opens its clause (at the start, or after 'тоді як', 'podczas gdy') speaks for the party ---

PLACES = [
    # after a clause opener, the place is the subject of the verb that follows it
    ("uk", "Київ підтримав американську пропозицію про перемир'я, тоді як у Кремлі наполягли на виведенні українських військ.",
     "ceasefire", [("RU", "demand"), ("UA", "agree"), ("US", "demand")]),
    ("ru", "Украина поддержала идею перемирия, тогда как в Кремле настояли на его отсрочке.",
     "ceasefire", [("RU", "demand"), ("UA", "agree")]),
    ("pl", "Kijów poparł amerykańską propozycję rozejmu, podczas gdy w Moskwie odrzucono ją jako przedwczesną.",
     "ceasefire", [("RU", "reject"), ("UA", "agree"), ("US", "demand")]),
    # at the start, before another party's proposal: the place speaks, no document frames the sentence
    ("ru", "В Кремле одобрили предложение американской стороны об обмене пленными.",
     "prisoners", [("RU", "agree"), ("US", "demand")]),
    ("uk", "У Кремлі схвально оцінили пропозицію американської сторони щодо обміну полоненими.",
     "prisoners", [("RU", "agree"), ("US", "demand")]),
    # a threat of retaliation in quotes still threatens
    ("ru", "В Кремле пригрозили «симметричным ответом» на любую попытку изъять российские активы.",
     "reparations", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PLACES, ids=ids(PLACES))
def test_a_place_opening_its_clause_speaks_for_its_party(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # a document at the start still frames the sentence: its owner holds, the addressee does not
    ("ru", "В меморандуме Кремля, переданном Киеву, содержится требование признать Крым российским.",
     "territory", [("RU", "demand")]),
    ("pl", "W planie Kremla, przekazanym Kijowowi, zawarto żądanie uznania Krymu za rosyjski.",
     "territory", [("RU", "demand")]),
    # a place inside another subject's clause ('переговори в Москві') speaks for no one
    ("uk", "Київ погодився на обмін полоненими, тоді як переговори в Москві затягнулися.",
     "prisoners", [("UA", "agree")]),
])
def test_a_place_that_does_not_speak_holds_nothing(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


# --- r22C: a reporting gerund after the subject's own stance ('отверг X, добавив, что ...') reports; the subject keeps its verb's stance ---

GERUND_REPORTS = [
    # the subject's rejection stays its own; the added clause's party holds what it says there
    ("ru", "Лавров отверг перемирие, подчеркнув, что Россия требует сначала отвода украинских войск.",
     {"ceasefire": [("RU", "demand"), ("RU", "reject")]}),
    ("uk", "Зеленський відкинув ідею заморожування фронту, наголосивши, що Україна вимагає повного виведення російських військ.",
     {"ceasefire": [("UA", "reject")], "territory": [("UA", "demand"), ("UA", "reject")]}),
    # an added clause with an issue of its own does not lend its stance to the issue before the gerund
    ("ru", "Песков отверг идею перемирия, добавив, что Москва настаивает на полном выводе украинских войск из Донбасса.",
     {"ceasefire": [("RU", "reject")], "territory": [("RU", "demand")]}),
    # the Russian perfective gerund reports as 'добавил' does: the party it names holds its own offer
    ("ru", "Представитель ООН сообщил, что стороны обменялись пленными, добавив, что Ватикан готов и дальше помогать возвращению детей.",
     {"prisoners": [("OTHER", "demand"), ("RU", "agree"), ("UA", "agree")]}),
]


@pytest.mark.parametrize("lang,text,expected", GERUND_REPORTS, ids=ids(GERUND_REPORTS))
def test_a_reporting_gerund_after_the_subjects_stance(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # rejecting another party's demand and saying why: the owner keeps its demand, the rejecter's side its refusal
    ("ru", "Зеленский отверг требование Кремля, заявив, что Украина никогда не признает Крым российским.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    # an added clause with no issue of its own goes on about the same one
    ("ru", "Россия передала Украине тела 500 погибших военных, сообщил Мединский, добавив, что Москва готова вернуть еще 2000.",
     {"prisoners": [("RU", "agree"), ("RU", "demand")]}),
])
def test_a_reporting_gerund_leaves_the_owner_and_the_same_issue(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r22C: calling a measure an absurdity or nonsense, 'out of the question' in any word order, scepticism in the present: a refusal (ru, uk, pl) ---

JUDGED = [
    ("ru", "Кремль назвал идею выплаты репараций Украине абсурдом.", {"reparations": [("RU", "reject")]}),
    ("uk", "Лавров назвав вимогу репарацій маячнею.", {"reparations": [("RU", "reject")]}),
    ("pl", "Rzecznik Kremla nazwał propozycję rozejmu absurdem.", {"ceasefire": [("RU", "reject")]}),
    ("ru", "«О выводе войск из Донбасса речи не идет», — заявил Песков.", {"territory": [("RU", "reject")]}),
    ("uk", "«Про вступ України до НАТО мови бути не може», — заявив Лавров.", {"neutrality": [("RU", "reject")]}),
    ("uk", "Угорщина та Словаччина скептично ставляться до ідеї використання заморожених російських активів.",
     {"reparations": [("EU", "reject")]}),
    # a refusal and a demand coordinated: both; a waiver of claims is reparations
    ("pl", "Kreml nazywa pomysł reparacji „absurdem” i domaga się, by obie strony zrzekły się roszczeń.",
     {"reparations": [("RU", "demand"), ("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", JUDGED, ids=ids(JUDGED))
def test_a_dismissive_judgement_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # 'речь идет о' only names the subject; a favourable attitude is no scepticism
    ("ru", "Речь идет о 30-дневном перемирии, которое предложил Вашингтон, заявил Песков.", {"ceasefire": [("US", "demand")]}),
    ("uk", "Франція та Британія прихильно ставляться до ідеї розміщення миротворців в Україні.", {"neutrality": [("EU", "demand")]}),
])
def test_no_dismissive_judgement(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r22C: readiness to consider a measure accepts it; an 'if' with another party acting in it makes it a demand only;
# committing to grant guarantees offers them (pl, ru, uk) ---

READY = [
    ("pl", "Kijów jest gotów rozważyć neutralny status, jeśli otrzyma od Zachodu wiążące gwarancje bezpieczeństwa.",
     {"neutrality": [("UA", "agree"), ("UA", "demand")]}),
    ("uk", "Київ готовий розглянути нейтральний статус, якщо отримає юридично зобов'язуючі гарантії безпеки.",
     {"neutrality": [("UA", "agree"), ("UA", "demand")]}),
    ("pl", "Moskwa jest gotowa rozważyć rozejm, jeśli Zachód wstrzyma dostawy broni.", {"ceasefire": [("RU", "demand")]}),
    ("ru", "Москва готова рассмотреть перемирие, если Запад прекратит поставки оружия.", {"ceasefire": [("RU", "demand")]}),
    ("uk", "Москва готова розглянути перемир'я, якщо Захід припинить постачання зброї.", {"ceasefire": [("RU", "demand")]}),
    ("pl", "Polska i Francja zobowiązały się do zapewnienia Ukrainie gwarancji bezpieczeństwa.", {"neutrality": [("EU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", READY, ids=ids(READY))
def test_readiness_and_commitment(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_committing_to_observe_a_truce_still_agrees(classifier):
    text = "Rosja i Ukraina zobowiązały się do przestrzegania zawieszenia broni."
    assert positions(classifier, text, "pl") == {"ceasefire": [("RU", "agree"), ("UA", "agree")]}


# --- r22C: a name in the genitive of the noun that opens a quote is no subject: the speaker after the quote holds (ru, uk, pl) ---

OPENING_NOUN = [
    ("ru", "«Вступление Украины в НАТО неприемлемо», — заявил Лавров.", {"neutrality": [("RU", "reject")]}),
    ("uk", "«Вступ України до НАТО неприйнятний», — заявив Лавров.", {"neutrality": [("RU", "reject")]}),
    ("pl", "„Członkostwo Ukrainy w NATO jest nie do przyjęcia” – oświadczył Ławrow.", {"neutrality": [("RU", "reject")]}),
    ("ru", "«О вступлении Украины в НАТО речи быть не может», — заявил Лавров.", {"neutrality": [("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", OPENING_NOUN, ids=ids(OPENING_NOUN))
def test_a_genitive_of_an_opening_noun_is_no_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_an_office_before_the_name_still_speaks(classifier):
    # 'Президент Украины' is the office, the party itself: its refusal stands
    text = "«Президент Украины никогда не признает Крым российским», — заявил Ермак."
    assert positions(classifier, text, "ru") == {"territory": [("UA", "reject")]}


def test_the_people_of_a_party_opening_the_sentence_hold(classifier):
    # no quote: 'Депутаты Госдумы' are the party's own people, the subject
    assert positions(classifier, "Депутаты Госдумы отвергли идею перемирия.", "ru") == {"ceasefire": [("RU", "reject")]}


# --- r22C: persuading or coaxing a party to accept a measure asks it of it: the persuader demands, the persuaded holds nothing (ru, uk, pl) ---

PERSUADED = [
    ("uk", "Американські посланці переконують Київ погодитися на виведення військ з Донбасу.", {"territory": [("US", "demand")]}),
    ("ru", "Американские переговорщики убеждают Киев согласиться на вывод войск из Донбасса.", {"territory": [("US", "demand")]}),
    ("pl", "Amerykańscy wysłannicy przekonują Kijów, by zgodził się na wycofanie wojsk z Donbasu.", {"territory": [("US", "demand")]}),
    ("uk", "Вашингтон схиляє Київ погодитися на обмін полоненими всіх на всіх.", {"prisoners": [("US", "demand")]}),
    ("pl", "Waszyngton namawia Kijów do zgody na zawieszenie broni.", {"ceasefire": [("US", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", PERSUADED, ids=ids(PERSUADED))
def test_the_persuader_demands(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # arguing that something is so ('убеждает, что', 'przekonuje, że') persuades no party: the clause's own stance
    ("ru", "Лавров убеждает, что Киев никогда не согласится на вывод войск.", {"territory": [("UA", "reject")]}),
    ("pl", "Ławrow przekonuje, że Kijów nigdy nie zgodzi się na wycofanie wojsk.", {"territory": [("UA", "reject")]}),
])
def test_arguing_that_is_no_persuasion(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r22C: a subject that turns down the issue named before it ('эту идею') and goes on to propose an alternative holds both stances (ru, uk, pl) ---

ALTERNATIVE = [
    ("uk", "Київ наполягає на обміні всіх на всіх, тоді як Москва відкидає цю ідею й пропонує обміни невеликими групами.",
     {"prisoners": [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]}),
    ("ru", "Киев настаивает на обмене всех на всех, тогда как Москва отвергает эту идею и предлагает обмены небольшими группами.",
     {"prisoners": [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]}),
    ("pl", "Kijów nalega na wymianę wszystkich na wszystkich, podczas gdy Moskwa odrzuca ten pomysł i proponuje wymiany małymi grupami.",
     {"prisoners": [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", ALTERNATIVE, ids=ids(ALTERNATIVE))
def test_an_alternative_offered_after_a_rejection(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_a_demand_on_another_issue_is_no_alternative(classifier):
    # the second verb's object names an issue of its own: it says nothing on the first
    text = "Київ наполягає на обміні всіх на всіх, тоді як Москва відкидає цю ідею й вимагає виведення військ з Донбасу."
    assert positions(classifier, text, "uk")["prisoners"] == [("RU", "reject"), ("UA", "demand")]


# --- r22C: a comma and a contrastive 'a' ('..., a Kijów przystał', '..., а Київ погодився') open a clause of their own: no list with the name before (pl, ru, uk) ---

CLAUSE_AFTER_A = [
    ("pl", "Watykan zaoferował pomoc w powrocie ukraińskich dzieci wywiezionych do Rosji, a Kijów przystał na tę propozycję.",
     {"prisoners": [("OTHER", "demand"), ("UA", "agree")]}),
    ("ru", "Ватикан предложил помочь вернуть детей, вывезенных в Россию, а Киев сразу согласился на это предложение.",
     {"prisoners": [("OTHER", "demand"), ("UA", "agree")]}),
    ("uk", "Ватикан запропонував допомогу в поверненні дітей, вивезених до Росії, а Київ одразу погодився на цю пропозицію.",
     {"prisoners": [("OTHER", "demand"), ("UA", "agree")]}),
]


@pytest.mark.parametrize("lang,text,expected", CLAUSE_AFTER_A, ids=ids(CLAUSE_AFTER_A))
def test_a_contrastive_after_a_comma_opens_a_clause(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_a_plain_list_still_coordinates(classifier):
    # no comma and 'a' between the names: one group, both subjects
    assert positions(classifier, "Rosja i Białoruś odrzuciły propozycję rozejmu.", "pl") == {
        "ceasefire": [("OTHER", "reject"), ("RU", "reject")]}

# --- r23A: a measure called theft rejects it, the quote opening before the article or the verb at the clause's end ---

CALLED_THEFT = [
    ("it", "Confiscare le riserve russe sarebbe «un furto bello e buono», ha detto Zakharova.", "reparations",
     [("RU", "reject")]),
    ("fr", "Utiliser les avoirs gelés serait « une expropriation pure et simple », a déclaré Lavrov.", "reparations",
     [("RU", "reject")]),
    ("fr", "Le Kremlin a qualifié « un vol » la saisie des avoirs de sa banque centrale.", "reparations",
     [("RU", "reject")]),
    ("de", "Die Enteignung der russischen Guthaben, die Moskau als „Raub“ gebrandmarkt hat, spaltet die EU.",
     "reparations", [("RU", "reject")]),
    ("de", "Berlin will die eingefrorenen Gelder nutzen, was der Kreml als „Diebstahl“ bezeichnet.", "reparations",
     [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Toute confiscation des réserves russes serait « du vol », a prévenu Dmitri Medvedev.", "reparations",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CALLED_THEFT, ids=ids(CALLED_THEFT))
def test_a_measure_called_theft_is_rejected(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


CALLED_THEFT_NOT = [
    # the label names a crime of the war, not the measure: no rejection of compensation
    ("it", "Kiev chiede risarcimenti per il «furto» dei suoi bambini, ha detto Zelensky.", "reparations", "reject"),
    ("de", "Kiew fordert Entschädigung für den als „Raub“ bezeichneten Getreideexport der Besatzer, sagte Selenskyj.",
     "reparations", "reject"),
]


@pytest.mark.parametrize("lang,text,category,stance", CALLED_THEFT_NOT, ids=ids(CALLED_THEFT_NOT))
def test_a_crime_called_theft_is_not_a_rejection(classifier, lang, text, category, stance):
    assert ("UA", stance) not in given(classifier, text, lang, category)


# --- r23A: German verb-second: the name before a finite auxiliary or the reportive 'soll' is the subject, the one after it the object ---

BRACKET_SUBJECT = [
    ("de", "Paris hat Moskau gedrängt, einer Feuerpause über Ostern zuzustimmen.", "ceasefire", [("EU", "demand")]),
    ("de", "Die Europäer haben Moskau aufgefordert, die Angriffe auf Häfen einzustellen und einer Waffenruhe "
           "zuzustimmen.", "ceasefire", [("EU", "demand")]),
    ("de", "Washington soll Kiew gebeten haben, auf die Rückgabe der Krim zu verzichten.", "territory",
     [("US", "demand")]),
    # an opening subordinate clause stands where a phrase would: the name after 'soll' is still the subject
    ("de", "Wie die „Welt“ erfahren hat, soll Berlin Kiew gedrängt haben, einer Waffenruhe zuzustimmen.",
     "ceasefire", [("EU", "demand")]),
    # the US government as one compound, the subject after an inverted verb
    ("de", "Nach Angaben aus Diplomatenkreisen drängt die US-Regierung Kiew, die Krim endgültig aufzugeben.",
     "territory", [("US", "demand")]),
    ("de", "Die US-Administration lehnt eine Feuerpause nach Ostern ab.", "ceasefire", [("US", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", BRACKET_SUBJECT, ids=ids(BRACKET_SUBJECT))
def test_the_name_before_the_bracket_is_the_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


BRACKET_SUBJECT_NOT = [
    # a phrase, not a name, opens the clause: the name after the auxiliary is the subject, as before
    ("de", "Am Montag hat Kiew die russische Waffenruhe abgelehnt.", "ceasefire", ("RU", "reject")),
    # the obligation 'soll' (no perfect after it) puts the demand to the name before it
    ("de", "Kiew soll der Waffenruhe zustimmen, fordert Washington.", "ceasefire", ("UA", "demand")),
]


@pytest.mark.parametrize("lang,text,category,wrong", BRACKET_SUBJECT_NOT, ids=ids(BRACKET_SUBJECT_NOT))
def test_no_bracket_subject_where_none_is(classifier, lang, text, category, wrong):
    assert wrong not in given(classifier, text, lang, category)


# --- r23A: inviting or pressing a party to do something asks it of it (it 'invitare a', fr 'presser de', 'inviter à') ---

INVITED_TO = [
    ("it", "Il governo italiano ha invitato Mosca ad accettare una tregua di trenta giorni.", "ceasefire",
     [("EU", "demand")]),
    ("it", "Tajani invita il Cremlino a rispettare la moratoria sugli attacchi alle centrali.", "ceasefire",
     [("EU", "demand")]),
    ("fr", "Le président français a pressé le Kremlin d'accepter la trêve proposée par Washington.", "ceasefire",
     [("EU", "demand"), ("US", "demand")]),
    ("fr", "Berlin invite Moscou à accepter un cessez-le-feu sans conditions.", "ceasefire", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", INVITED_TO, ids=ids(INVITED_TO))
def test_inviting_a_party_to_accept_is_a_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


INVITED_TO_NOT = [
    # an invitation to a meeting asks nothing of the guest
    ("it", "Meloni ha invitato Zelensky al vertice di Roma sulla ricostruzione.", "UA"),
    ("fr", "Macron a invité Zelensky au sommet de Paris sur les garanties de sécurité.", "UA"),
]


@pytest.mark.parametrize("lang,text,addressee", INVITED_TO_NOT, ids=ids(INVITED_TO_NOT))
def test_an_invitation_to_a_meeting_is_no_demand(classifier, lang, text, addressee):
    assert not any(lb.positions for lb in classifier.classify(text, lang))


# --- r23A: a member state's adjective before a party noun names the EU holder ('il premier slovacco', 'le gouvernement néerlandais') ---

MEMBER_ADJECTIVE = [
    ("it", "Il ministro degli Esteri ungherese ha respinto l'uso degli asset russi congelati.", "reparations",
     [("EU", "reject")]),
    ("it", "Il governo olandese ha chiesto una commissione per i risarcimenti.", "reparations", [("EU", "demand")]),
    ("fr", "Le gouvernement slovaque a rejeté l'envoi de soldats en Ukraine.", "neutrality", [("EU", "reject")]),
    ("de", "Die ungarische Regierung lehnt die Nutzung der russischen Vermögen ab.", "reparations",
     [("EU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", MEMBER_ADJECTIVE, ids=ids(MEMBER_ADJECTIVE))
def test_a_member_states_adjective_names_the_eu(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


MEMBER_ADJECTIVE_NOT = [
    # the adjective alone, on no party noun, names no holder
    ("it", "Soldati spagnoli e danesi parteciperebbero alla forza di rassicurazione, scrive il Times.", "neutrality"),
    ("de", "Schwedische Unternehmen fordern Entschädigung für ihre Verluste in Russland.", "reparations"),
]


@pytest.mark.parametrize("lang,text,category", MEMBER_ADJECTIVE_NOT, ids=ids(MEMBER_ADJECTIVE_NOT))
def test_a_member_states_adjective_alone_names_no_holder(classifier, lang, text, category):
    assert ("EU", "demand") not in given(classifier, text, lang, category)


# --- r23A: a coordinated verb that offers something 'instead' carries the holder's second stance on the same issue ---

OFFERED_INSTEAD = [
    ("de", "Der Kreml lehnte die Feuerpause ab und verlangte stattdessen direkte Gespräche mit Washington.",
     "ceasefire", [("RU", "demand"), ("RU", "reject")]),
    ("fr", "Kiev a repoussé le plan de gel du front et exige plutôt des garanties écrites.", "territory",
     [("UA", "demand"), ("UA", "reject")]),
    ("it", "Il Cremlino ha respinto la moratoria sugli attacchi, chiedendo invece la fine delle forniture di armi.",
     "ceasefire", [("RU", "demand"), ("RU", "reject")]),
    # dismissing a measure as something turns it down
    ("it", "Kiev ha liquidato come una trappola la tregua proposta dal Cremlino, chiedendo invece un cessate il fuoco "
           "completo.", "ceasefire", [("RU", "demand"), ("UA", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OFFERED_INSTEAD, ids=ids(OFFERED_INSTEAD))
def test_an_offer_instead_is_a_second_stance(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


OFFERED_INSTEAD_NOT = [
    # what is offered instead is another issue: the first issue keeps its one stance
    ("it", "Mosca ha respinto la tregua, proponendo invece uno scambio di prigionieri.", "ceasefire",
     [("RU", "reject")]),
    ("de", "Moskau lehnte die Waffenruhe ab und bot stattdessen einen Gefangenenaustausch an.", "ceasefire",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OFFERED_INSTEAD_NOT, ids=ids(OFFERED_INSTEAD_NOT))
def test_an_offer_instead_on_another_issue_is_not(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


# --- r23A: 'irricevibile', 'irrecevable' (inadmissible) turn a measure down as 'inaccettabile', 'inacceptable' do ---

INADMISSIBLE = [
    ("it", "La proposta russa di tregua è stata definita «irricevibile» dal governo tedesco.", "ceasefire",
     [("EU", "reject"), ("RU", "demand")]),
    ("it", "Il governo polacco ha definito irricevibile il piano russo per la tregua.", "ceasefire",
     [("EU", "reject"), ("RU", "demand")]),
    ("fr", "Le gouvernement allemand a jugé irrecevable la proposition russe de trêve.", "ceasefire",
     [("EU", "reject"), ("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", INADMISSIBLE, ids=ids(INADMISSIBLE))
def test_an_inadmissible_measure_is_rejected(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


INADMISSIBLE_NOT = [
    # a court's ruling on a case is no party's position on an issue
    ("it", "Il ricorso della società è stato dichiarato irricevibile dal tribunale di Milano."),
    ("fr", "La plainte de l'entreprise a été jugée irrecevable par le tribunal de Paris."),
]


@pytest.mark.parametrize("lang,text", INADMISSIBLE_NOT, ids=ids(INADMISSIBLE_NOT))
def test_an_inadmissible_case_is_no_position(classifier, lang, text):
    assert not any(lb.positions for lb in classifier.classify(text, lang))

# --- r23B: a reporting converb in -(y)ken gives its subject the stance of the clause it reports (tr) ---------

REPORTING_CONVERB = [
    ("tr", "Kiev, tutuklu sivillerin serbest bırakılması önerisini kabul ettiğini açıklarken Moskova sessiz kaldı.",
     "prisoners", ("UA", "agree"), ("UA", "demand")),
    ("tr", "Zelenskiy, tampon bölge fikrini reddettiğini belirtirken Washington görüşmelerin süreceğini açıkladı.",
     "territory", ("UA", "reject"), ("US", "reject")),
    ("tr", "Kiev yönetimi esir takasını kabul ettiğini duyururken Moskova yeni şartlar öne sürdü.",
     "prisoners", ("UA", "agree"), ("UA", "demand")),
    ("tr", "Ukrayna yönetimi enerji tesislerine yönelik saldırılara ara verilmesini desteklediğini söylerken Rusya "
     "konuyu yorumlamadı.", "ceasefire", ("UA", "agree"), ("UA", "demand")),
]


@pytest.mark.parametrize("lang,text,category,right,wrong", REPORTING_CONVERB, ids=ids(REPORTING_CONVERB))
def test_a_reporting_converb_reports_the_clause_before_it(classifier, lang, text, category, right, wrong):
    got = positions(classifier, text, lang)[category]
    assert right in got and wrong not in got


# near-misses: a converb that is itself the stanced verb keeps its own stance, the next subject its own verb
NOT_REPORTING_CONVERB = [
    ("tr", "Kiev, esir takasını kabul ederken Moskova takası reddetti.", "prisoners", [("RU", "reject"), ("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_REPORTING_CONVERB, ids=ids(NOT_REPORTING_CONVERB))
def test_a_stanced_converb_keeps_its_own_stance(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


# --- r23B: branding a measure theatre, a show, a bluff or propaganda rejects it (en, es, tr) ------------------

DISMISSED = [
    ("es", "Kiev calificó de maniobra la tregua de tres días anunciada por Moscú.", "ceasefire", ("UA", "reject")),
    ("es", "El Kremlin tildó de «show» el plan europeo de enviar tropas de paz a Ucrania.", "neutrality", ("RU", "reject")),
    ("es", "Zelenski calificó de «propaganda» la oferta rusa de canjear prisioneros.", "prisoners", ("UA", "reject")),
    ("tr", "Kiev, Moskova'nın esir takası teklifini bir şov olarak değerlendirdi.", "prisoners", ("UA", "reject")),
    ("tr", "Ukrayna Dışişleri Bakanlığı, Kremlin'in enerji ateşkesi önerisini 'tiyatro' olarak nitelendirdi.", "ceasefire",
     ("UA", "reject")),
    ("tr", "Kremlin, Avrupa'nın barış gücü planını 'blöf' olarak nitelendirdi.", "neutrality", ("RU", "reject")),
    ("en", "Kyiv described Moscow's three-day truce as theatre.", "ceasefire", ("UA", "reject")),
    ("en", "Zelensky called Putin's Easter truce offer a cynical charade.", "ceasefire", ("UA", "reject")),
    ("en", "The Kremlin branded the European peacekeeping plan a dangerous bluff.", "neutrality", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", DISMISSED, ids=ids(DISMISSED))
def test_branding_a_measure_a_show_rejects_it(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]


# near-misses: a praising label is no rejection
NOT_DISMISSED = [
    ("es", "Kiev calificó de histórica la propuesta de canje de prisioneros.", "prisoners", "UA"),
    ("tr", "Kiev, esir takasını tarihi bir adım olarak nitelendirdi.", "prisoners", "UA"),
    ("en", "Kyiv described the prisoner exchange as a breakthrough.", "prisoners", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", NOT_DISMISSED, ids=ids(NOT_DISMISSED))
def test_a_praising_label_rejects_nothing(classifier, lang, text, category, holder):
    assert (holder, "reject") not in positions(classifier, text, lang)[category]


# --- r23B: an apposition's subject that reports its reaction ("an idea Moscow said it rejects") holds it (en, es)

REPORTED_REACTION = [
    ("en", "Macron proposed a European peacekeeping force, an idea the Kremlin has said it rejects.", "neutrality",
     [("EU", "demand"), ("RU", "reject")]),
    ("en", "Zelensky proposed an exchange of all prisoners, a plan Moscow said it would accept.", "prisoners",
     [("RU", "agree"), ("UA", "demand")]),
    ("en", "Britain offered to host a claims commission, a proposal Kyiv said it fully supports.", "reparations",
     [("EU", "demand"), ("UA", "agree")]),
    ("es", "Francia propuso desplegar una fuerza de paz europea, una idea que Moscú ha dicho que nunca aceptará.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Kiev pidió un canje de todos los prisioneros, una propuesta que Moscú dijo apoyar.", "prisoners",
     [("RU", "agree"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", REPORTED_REACTION, ids=ids(REPORTED_REACTION))
def test_an_appositions_reporting_subject_holds_its_reaction(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


# near-misses: a reporting verb with no apposition before it gives no agreement to a demand's speaker; a plain
# speaker keeps the stance of what it says
NOT_REPORTED_REACTION = [
    ("en", "Kyiv called for a claims commission and said it would support any register of damage.", "reparations",
     ("UA", "demand")),
    ("en", "Moscow said it would never accept foreign peacekeepers in Ukraine.", "neutrality", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_REPORTED_REACTION, ids=ids(NOT_REPORTED_REACTION))
def test_a_plain_speaker_keeps_its_stance(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]


# --- r23B: a Turkish verbal noun of approval ('onay vermesi', 'yeşil ışık yakması') is no refusal (tr) ---------

APPROVAL_NOUN = [
    ("tr", "Kremlin, Kiev'in esir takasına onay vermesi gerektiğini söyledi.", "prisoners", ("RU", "demand")),
    ("tr", "Washington, Moskova'nın 30 günlük ateşkese derhal yeşil ışık yakması gerektiğini vurguladı.", "ceasefire",
     ("US", "demand")),
]


@pytest.mark.parametrize("lang,text,category,expected", APPROVAL_NOUN, ids=ids(APPROVAL_NOUN))
def test_an_approval_asked_of_another_is_a_demand(classifier, lang, text, category, expected):
    got = positions(classifier, text, lang)[category]
    assert expected in got and (expected[0], "reject") not in got


# near-misses: the negated finite forms still refuse
APPROVAL_REFUSED = [
    ("tr", "Rusya ateşkese onay vermedi.", "ceasefire", ("RU", "reject")),
    ("tr", "Kremlin, esir takasına yeşil ışık yakmadı.", "prisoners", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", APPROVAL_REFUSED, ids=ids(APPROVAL_REFUSED))
def test_a_negated_approval_still_refuses(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]


# --- r23B: a Turkish genitive owns a position noun past the quoted name of the measure (tr) --------------------

QUOTED_NAME = [
    ("tr", "Zelenskiy, Putin'in üç günlük \"Paskalya ateşkesi\" önerisini reddetti.", "ceasefire",
     [("RU", "demand"), ("UA", "reject")]),
    ("tr", "Kiev, Moskova'nın iki haftalık \"enerji ateşkesi\" teklifini kabul etti.", "ceasefire",
     [("RU", "demand"), ("UA", "agree")]),
    ("tr", "Zelenskiy, Putin'in üç günlük \"Zafer Günü ateşkesi\" önerisini \"tiyatro\" olarak nitelendirdi.", "ceasefire",
     [("RU", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", QUOTED_NAME, ids=ids(QUOTED_NAME))
def test_a_genitive_owns_past_a_quoted_name(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


# near-miss: a genitive with no position noun after the quote owns nothing
NOT_QUOTED_OWNER = [
    ("tr", "Kiev, Putin'in \"özel askeri operasyon\" dediği savaşta ateşkesi reddetti.", "ceasefire", ("RU", "demand")),
]


@pytest.mark.parametrize("lang,text,category,wrong", NOT_QUOTED_OWNER, ids=ids(NOT_QUOTED_OWNER))
def test_a_genitive_with_no_position_noun_owns_nothing(classifier, lang, text, category, wrong):
    assert wrong not in positions(classifier, text, lang).get(category, [])


# --- r23B: a state's parliament (the Verkhovna Rada, the Duma) and ministry hold its state's position (en, es, tr) -

PARLIAMENT = [
    ("en", "The Verkhovna Rada voted to reject any deal that recognises Crimea as Russian.", "territory", ("UA", "reject")),
    ("en", "The Rada voted to support a full exchange of prisoners.", "prisoners", ("UA", "agree")),
    ("en", "The State Duma rejected the European plan for peacekeepers.", "neutrality", ("RU", "reject")),
    ("es", "La Rada rechazó cualquier acuerdo que reconozca Crimea como rusa.", "territory", ("UA", "reject")),
    ("es", "La Cancillería ucraniana rechazó el plan de zonas desmilitarizadas.", "territory", ("UA", "reject")),
    ("es", "El Ministerio de Exteriores ucraniano rechazó la propuesta de zona tampón.", "territory", ("UA", "reject")),
    ("tr", "Verhovna Rada, Kırım'ın Rus toprağı olarak tanınmasını reddetti.", "territory", ("UA", "reject")),
    ("tr", "Duma, ateşkes önerisini reddetti.", "ceasefire", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", PARLIAMENT, ids=ids(PARLIAMENT))
def test_a_parliament_holds_its_states_position(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]


# near-misses: a lower-case word that contains the name is no parliament
NOT_PARLIAMENT = [
    ("en", "The radar station near the border was hit before the ceasefire talks; Moscow rejected a truce.", "ceasefire",
     "UA"),
    ("es", "El radar fue destruido; Moscú rechazó la tregua.", "ceasefire", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", NOT_PARLIAMENT, ids=ids(NOT_PARLIAMENT))
def test_no_parliament_in_a_common_word(classifier, lang, text, category, holder):
    assert all(h != holder for h, _ in positions(classifier, text, lang)[category])


# --- r23B: "no one has the right to" cede it refuses it, said of anyone (en) -------------------------------------

NO_ONE_HAS_THE_RIGHT = [
    ("en", "Zelensky said no Ukrainian president has the right to give away land.", "territory", ("UA", "reject")),
    ("en", "The Rada declared that no government has the authority to cede Crimea.", "territory", ("UA", "reject")),
    ("en", "Kyiv insists no leader would have the mandate to recognise the occupied regions as Russian.", "territory",
     ("UA", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", NO_ONE_HAS_THE_RIGHT, ids=ids(NO_ONE_HAS_THE_RIGHT))
def test_no_one_has_the_right_refuses(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]


# near-miss: a right that is had is no refusal
HAS_THE_RIGHT = [
    ("en", "Zelensky said Ukraine has the right to demand the return of all its territory.", "territory", ("UA", "reject")),
]


@pytest.mark.parametrize("lang,text,category,wrong", HAS_THE_RIGHT, ids=ids(HAS_THE_RIGHT))
def test_a_right_had_refuses_nothing(classifier, lang, text, category, wrong):
    assert wrong not in positions(classifier, text, lang).get(category, [])


# --- r23B: a Turkish genitive inside a quoted modifier is no subject of the verb after the quote (tr) ------------

QUOTED_GENITIVE = [
    ("tr", "Hindistan Dışişleri Bakanı, Yeni Delhi'nin \"Rusya'nın ve Ukrayna'nın çıkarlarını gözeten\" bir ateşkesi "
     "desteklediğini söyledi.", "ceasefire", [("OTHER", "agree")]),
    ("tr", "Vatikan Sözcüsü, Vatikan'ın \"tarafların insani kaygılarını gözeten\" her türlü esir takasını desteklediğini "
     "açıkladı.", "prisoners", [("OTHER", "agree")]),
    ("tr", "Çin Dışişleri Sözcüsü, Pekin'in \"tarafların güvenlik kaygılarını dikkate alan\" bir ateşkesi desteklediğini "
     "belirtti.", "ceasefire", [("OTHER", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", QUOTED_GENITIVE, ids=ids(QUOTED_GENITIVE))
def test_a_quoted_genitive_is_no_subject_outside_the_quote(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected


# near-miss: a genitive outside any quote is still the subject of the nominalised verb
UNQUOTED_GENITIVE = [
    ("tr", "Erdoğan, Ukrayna'nın ateşkesi kabul ettiğini söyledi.", "ceasefire", ("UA", "agree")),
]


@pytest.mark.parametrize("lang,text,category,expected", UNQUOTED_GENITIVE, ids=ids(UNQUOTED_GENITIVE))
def test_an_unquoted_genitive_stays_the_subject(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]


# --- r23B: a measure called a "red line" in quotation marks is refused, as one called so without them (en, es, tr)

QUOTED_RED_LINE = [
    ("en", "Merz said that capping Ukraine's army is a 'red line' for Europe.", "neutrality", ("EU", "reject")),
    ("en", "Merz said that capping Ukraine's army is a \"red line\" for Europe.", "neutrality", ("EU", "reject")),
    ("es", "Sánchez dijo que limitar el ejército ucraniano es una «línea roja» para Europa.", "neutrality", ("EU", "reject")),
    ("tr", "Kremlin, NATO üyeliğinin Rusya için \"kırmızı çizgi\" olduğunu söyledi.", "neutrality", ("RU", "reject")),
    ("tr", "Merz, Ukrayna ordusuna sınır getirilmesinin Avrupa için \"kırmızı çizgi\" olduğunu söyledi.", "neutrality",
     ("EU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", QUOTED_RED_LINE, ids=ids(QUOTED_RED_LINE))
def test_a_quoted_red_line_is_refused(classifier, lang, text, category, expected):
    got = positions(classifier, text, lang)[category]
    assert expected in got and (expected[0], "demand") not in got


# near-miss: a party's own red line that names what it wants stays its demand
OWN_RED_LINE = [
    ("en", "Kyiv's red line is the return of all deported children.", "prisoners", ("UA", "demand")),
]


@pytest.mark.parametrize("lang,text,category,expected", OWN_RED_LINE, ids=ids(OWN_RED_LINE))
def test_a_partys_own_red_line_is_its_demand(classifier, lang, text, category, expected):
    assert expected in positions(classifier, text, lang)[category]

# --- r23C: calling a demand an ultimatum, a report of consent a fake, a proposal premature rejects it ---

JUDGED_DISMISSAL = [
    ("ru", "Министр иностранных дел Украины Андрей Сибига назвал требования Кремля о внеблоковом статусе страны «ультиматумом».",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Сибига назвал сообщения о согласии Киева уступить Запорожскую область фейком.", "territory", [("UA", "reject")]),
    ("ru", "Песков назвал предложение Парижа о перемирии преждевременным.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Міністр закордонних справ Андрій Сибіга назвав вимоги Кремля щодо позаблокового статусу країни «ультиматумом».",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("uk", "Сибіга назвав повідомлення про згоду Києва поступитися Запорізькою областю фейком.", "territory", [("UA", "reject")]),
    ("uk", "У Кремлі вважають передчасною пропозицію Парижа про великоднє перемир'я.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Szef ukraińskiego MSZ nazwał żądania Kremla dotyczące neutralności kraju „ultimatum”.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Sybiha nazwał doniesienia o zgodzie Kijowa na oddanie Zaporoża fejkiem.", "territory", [("UA", "reject")]),
    ("pl", "Pieskow uważa propozycję Paryża w sprawie rozejmu za przedwczesną.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", JUDGED_DISMISSAL, ids=ids(JUDGED_DISMISSAL))
def test_r23c_a_dismissive_name_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# near-misses: an ultimatum set, not named; conditions named ('назвал условия'), no judgement
NOT_JUDGED = [
    ("ru", "Кремль выдвинул Киеву ультиматум о выводе войск из Донбасса.", "territory", [("RU", "demand")]),
    ("uk", "Кремль висунув Києву ультиматум про виведення військ з Донбасу.", "territory", [("RU", "demand")]),
    ("pl", "Kreml postawił Kijowowi ultimatum w sprawie wycofania wojsk z Donbasu.", "territory", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_JUDGED, ids=ids(NOT_JUDGED))
def test_r23c_an_ultimatum_set_is_no_dismissal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# --- r23C: promising a response to any step of a measure, or answering any, rejects it ---

RETALIATION = [
    ("ru", "Лавров пообещал зеркальный ответ на любую попытку Евросоюза конфисковать российские активы.", "reparations",
     [("RU", "reject")]),
    ("ru", "Россия ответит на любое изъятие своих замороженных активов, заявил Песков.", "reparations", [("RU", "reject")]),
    ("uk", "Лавров пообіцяв дзеркальну відповідь на будь-яку спробу Євросоюзу конфіскувати російські активи.", "reparations",
     [("RU", "reject")]),
    ("uk", "Росія відповість на будь-яке вилучення своїх заморожених активів, заявив Пєсков.", "reparations", [("RU", "reject")]),
    ("pl", "Ławrow zapowiedział lustrzaną odpowiedź na każdą próbę konfiskaty rosyjskich aktywów przez Unię.", "reparations",
     [("RU", "reject")]),
    ("pl", "Pieskow oświadczył, że Moskwa odpowie „adekwatnie” na każde użycie jej zamrożonych aktywów.", "reparations",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", RETALIATION, ids=ids(RETALIATION))
def test_r23c_a_promised_response_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# near-misses: an answer promised to one proposal refuses nothing
ANSWER = [
    ("ru", "Песков пообещал, что Кремль ответит на предложение Вашингтона о перемирии на следующей неделе.", "ceasefire"),
    ("uk", "Пєсков пообіцяв, що Кремль відповість на пропозицію Вашингтона про перемир'я наступного тижня.", "ceasefire"),
    ("pl", "Pieskow zapowiedział, że Kreml odpowie na propozycję Waszyngtonu w sprawie rozejmu w przyszłym tygodniu.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", ANSWER, ids=ids(ANSWER))
def test_r23c_an_answer_promised_is_no_rejection(classifier, lang, text, category):
    got = given(classifier, text, lang, category)
    assert ("RU", "reject") not in got and ("US", "demand") in got


# --- r23C: a name after a gerund is its object, no speaker (ru, pl) ---

GERUND_OBJECT = [
    ("ru", "Захарова пообещала жесткий ответ на любую конфискацию российских активов, назвав планы Еврокомиссии «грабежом».",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Лавров отверг идею репараций, назвав предложение Киева абсурдом.", "reparations", [("RU", "reject"), ("UA", "demand")]),
    ("pl", "Ławrow odrzucił pomysł reparacji, nazywając propozycję Kijowa absurdem.", "reparations", [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", GERUND_OBJECT, ids=ids(GERUND_OBJECT))
def test_r23c_a_name_after_a_gerund_is_its_object(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# near-miss: a finite reporting verb after the comma still has its speaker
SPEAKER_AFTER = [
    ("ru", "Россия не будет платить репарации, заявил глава МИД России Лавров.", "reparations", [("RU", "reject")]),
    ("pl", "Rosja nie zapłaci żadnych reparacji, oświadczył szef rosyjskiego MSZ Siergiej Ławrow.", "reparations", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SPEAKER_AFTER, ids=ids(SPEAKER_AFTER))
def test_r23c_a_finite_verb_keeps_its_speaker(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# --- r23C: an idiom of refusal with no subject ('не может быть речи', 'ні про яке ... не йдеться', 'mowy nie ma') is the
# refusal of the speaker after the clause, beside the owner of the terms it names ---

OUT_OF_QUESTION = [
    ("uk", "Ні про які територіальні поступки на вимогу Кремля не може бути й мови, заявив Сибіга.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("uk", "Ні про яке припинення вогню на умовах Кремля не йдеться, наголосив Єрмак.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Ни о каком перемирии на условиях Кремля речь не идет, подчеркнул Ермак.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "О выводе войск из Донбасса по требованию Москвы не может быть речи, заявила Свириденко.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("pl", "O rozejmie na warunkach Kremla nie może być mowy, podkreślił Jermak.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "O wycofaniu wojsk z Donbasu na żądanie Moskwy mowy nie ma, oświadczyła Swyrydenko.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OUT_OF_QUESTION, ids=ids(OUT_OF_QUESTION))
def test_r23c_out_of_the_question_is_the_speakers_refusal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# near-misses: 'not X but Y' names what is asked for, no refusal; a party that only reports holds nothing
NOT_OUT_OF_QUESTION = [
    ("uk", "Йдеться не про перемир'я, а про повне припинення вогню, пояснив Сибіга.", "ceasefire", "UA", "reject"),
    ("ru", "Речь идет не о перемирии на время праздников, а о полном прекращении огня, пояснил Сибига.", "ceasefire", "UA", "reject"),
    ("pl", "Kreml uzależnia zgodę na rozejm od zniesienia sankcji, poinformował Biały Dom.", "ceasefire", "US", None),
]


@pytest.mark.parametrize("lang,text,category,holder,stance", NOT_OUT_OF_QUESTION, ids=ids(NOT_OUT_OF_QUESTION))
def test_r23c_no_refusal_idiom(classifier, lang, text, category, holder, stance):
    got = given(classifier, text, lang, category)
    assert all(not (h == holder and (stance is None or s == stance)) for h, s in got)


# --- r23C: who tables a proposal in its relative clause ('propozycję rozejmu, którą Kijów przedstawił') demands it (pl, as ru
# 'предложение, которое Киев выдвинул') ---

TABLED = [
    ("pl", "Kreml odrzucił propozycję rozejmu, którą przedstawił Kijów.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("pl", "Kreml odrzucił plan, który Waszyngton przedłożył w Genewie, w sprawie linii demarkacyjnej.", "territory",
     [("RU", "reject"), ("US", "demand")]),
    ("pl", "Moskwa odrzuciła ofertę wymiany jeńców, którą Kijów złożył za pośrednictwem Turcji.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
    ("pl", "Kijów przedstawił propozycję trzydziestodniowego rozejmu na spotkaniu w Genewie.", "ceasefire", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TABLED, ids=ids(TABLED))
def test_r23c_who_tables_a_proposal_demands_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == sorted(expected)


# near-misses: presenting something that is no proposal tables nothing
NOT_TABLED = [
    ("pl", "Kreml odrzucił trzydziestodniowy rozejm, a Kijów przedstawił dowody kolejnych rosyjskich ataków.", "ceasefire"),
    ("pl", "Rosja odrzuciła rozejm, o którym Kijów przedstawił jedynie ogólne informacje.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", NOT_TABLED, ids=ids(NOT_TABLED))
def test_r23c_presenting_no_proposal_is_no_demand(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "reject")]

# --- r24A: a party set up as the clause's topic ('Pour Kiev, ...', 'Für Moskau ist ...') judges what the clause names, whoever owns it ---

TOPIC_JUDGES = [
    ("fr", "Pour Moscou, le retrait des troupes réclamé par l'Ukraine reste inacceptable.", "territory",
     [("RU", "reject"), ("UA", "demand")]),
    ("fr", "Pour Kiev, le statut neutre que souhaite le Kremlin est tout simplement irréaliste.", "neutrality",
     [("RU", "demand"), ("UA", "reject")]),
    ("it", "Per Mosca, la richiesta ucraina di risarcimenti resta inaccettabile.", "reparations",
     [("RU", "reject"), ("UA", "demand")]),
    ("de", "Für Kiew ist die russische Forderung nach einem Verzicht auf die Nato-Mitgliedschaft unannehmbar.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("de", "Für den Kreml bleibt der von Brüssel vorgeschlagene Einsatz europäischer Soldaten inakzeptabel.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TOPIC_JUDGES, ids=ids(TOPIC_JUDGES))
def test_a_topic_party_judges_another_partys_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


TOPIC_JUDGES_NOT = [
    # what the topic asks another party to do is its demand, though an agree verb closes the clause
    ("fr", "Pour Kiev, la Russie doit accepter un cessez-le-feu complet.", "ceasefire", [("UA", "demand")]),
    ("it", "Per Kiev, Mosca deve accettare subito una tregua.", "ceasefire", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TOPIC_JUDGES_NOT, ids=ids(TOPIC_JUDGES_NOT))
def test_what_a_topic_party_asks_of_another_is_no_judgement(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r24A: a measure judged out of touch with reality ('realitätsfern', 'illusoire', 'illusorio') is turned down ---

JUDGED_ILLUSORY = [
    ("de", "Der ukrainische Plan eines Rückzugs aller russischen Truppen sei „weltfremd“, sagte Peskow.", "territory",
     [("RU", "reject"), ("UA", "demand")]),
    ("de", "Die Idee europäischer Friedenstruppen sei realitätsfern, erklärte Lawrow.", "neutrality",
     [("RU", "reject")]),
    ("fr", "Une trêve de trente jours est « illusoire », a estimé Dmitri Peskov.", "ceasefire", [("RU", "reject")]),
    ("it", "Il piano europeo per i risarcimenti è «utopistico», ha detto la portavoce Zakharova.", "reparations",
     [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", JUDGED_ILLUSORY, ids=ids(JUDGED_ILLUSORY))
def test_a_measure_judged_illusory_is_rejected(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


JUDGED_ILLUSORY_NOT = [
    # the illusion is another thing than the measure the party asks for
    ("fr", "Kiev réclame un cessez-le-feu immédiat, jugeant illusoire toute victoire rapide de Moscou.", "ceasefire",
     ("UA", "demand")),
]


@pytest.mark.parametrize("lang,text,category,position", JUDGED_ILLUSORY_NOT, ids=ids(JUDGED_ILLUSORY_NOT))
def test_another_thing_judged_illusory_leaves_the_demand(classifier, lang, text, category, position):
    assert position in given(classifier, text, lang, category)


# --- r24A: a proposal written in a post ('a écrit que') and the appositive that turns it down ('une suggestion que X a rejetée', 'ein Vorschlag, den X zurückwies') each keep their holder ---

WRITTEN_AND_TURNED_DOWN = [
    ("fr", "Le président américain a écrit que l'Ukraine devrait renoncer à la Crimée, une idée que Kiev a rejetée.",
     "territory", [("UA", "reject"), ("US", "demand")]),
    ("fr", "Sur Telegram, Medvedev a écrit que Kiev devait payer des réparations, une exigence que Zelensky a rejetée.",
     "reparations", [("RU", "demand"), ("UA", "reject")]),
    ("de", "Trump verlangte, die Ukraine solle auf die Krim verzichten – eine Idee, die Kiew sofort zurückwies.",
     "territory", [("UA", "reject"), ("US", "demand")]),
    ("de", "Der Kreml bot eine Feuerpause über Ostern an, was die Ukraine als unzureichend zurückwies.", "ceasefire",
     [("RU", "demand"), ("UA", "reject")]),
    ("it", "Trump ha scritto che Kiev dovrebbe cedere la Crimea, un'ipotesi che Zelensky ha respinto.", "territory",
     [("UA", "reject"), ("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", WRITTEN_AND_TURNED_DOWN, ids=ids(WRITTEN_AND_TURNED_DOWN))
def test_a_written_proposal_and_its_appositive_refusal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


WRITTEN_NOT = [
    # 'écrit' as an adjective ('un engagement écrit') reports nothing: the demand stays the subject's own
    ("fr", "Moscou réclame un engagement écrit sur la neutralité de l'Ukraine.", "neutrality", [("RU", "demand")]),
    ("fr", "Kiev exige une garantie écrite des Occidentaux, a déclaré Zelensky.", "neutrality", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", WRITTEN_NOT, ids=ids(WRITTEN_NOT))
def test_a_written_engagement_is_no_report(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r24A: a correlative pair with its opener repeated ('sia Putin sia Zelensky') coordinates both names, as 'sia ... che', 'sowohl ... als auch' do ---

BOTH_NAMED = [
    ("it", "Sia Putin sia Zelensky hanno accettato lo scambio di prigionieri proposto dalla Turchia.", "prisoners",
     [("RU", "agree"), ("TR", "demand"), ("UA", "agree")]),
    ("it", "Secondo la Tass, sia Mosca sia Kiev hanno approvato una tregua sugli impianti energetici.", "ceasefire",
     [("RU", "agree"), ("UA", "agree")]),
    ("it", "Sia l'Ue sia Washington respingono l'annessione della Crimea.", "territory",
     [("EU", "reject"), ("US", "reject")]),
    ("de", "Sowohl Putin als auch Selenskyj lehnten den chinesischen Plan für eine Waffenruhe ab.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("UA", "reject")]),
    ("fr", "Tant Poutine que Zelensky ont accepté l'échange de prisonniers.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", BOTH_NAMED, ids=ids(BOTH_NAMED))
def test_a_repeated_correlative_coordinates_both_names(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


BOTH_NAMED_NOT = [
    # 'sia pure' (if only) concedes, it coordinates no names: each subject keeps its own verb
    ("it", "Putin ha respinto la tregua, sia pure con qualche cautela, e Zelensky l'ha accettata.", "ceasefire",
     [("RU", "reject"), ("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", BOTH_NAMED_NOT, ids=ids(BOTH_NAMED_NOT))
def test_a_concessive_sia_coordinates_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r24A: an apposition set off by commas after the subject ('Medinski, der Leiter der russischen Delegation, schlug ... vor'), a first name before it, leave the subject its verbs ---

SUBJECT_IN_APPOSITION = [
    ("de", "Wladimir Medinski, der Chef der russischen Delegation, bot einen Austausch von tausend Gefangenen an, "
     "lehnte einen Austausch aller gegen alle aber ab.", "prisoners", [("RU", "demand"), ("RU", "reject")]),
    ("de", "Umerow, der Leiter der ukrainischen Delegation, schlug eine Waffenruhe zu Lande vor, lehnte eine bloße "
     "Feuerpause über Ostern aber ab.", "ceasefire", [("UA", "demand"), ("UA", "reject")]),
    ("de", "Jens Plötner, ein enger Berater des Kanzlers, lehnte die Entsendung deutscher Soldaten ab.", "neutrality",
     [("EU", "reject")]),
    ("fr", "Roustem Oumerov, le chef de la délégation ukrainienne, a proposé une trêve aérienne, mais a rejeté une "
     "trêve de trois jours.", "ceasefire", [("UA", "demand"), ("UA", "reject")]),
    ("it", "Rustem Umerov, capo della delegazione ucraina, ha proposto una tregua aerea, ma ha respinto una tregua di "
     "tre giorni.", "ceasefire", [("UA", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SUBJECT_IN_APPOSITION, ids=ids(SUBJECT_IN_APPOSITION))
def test_an_apposition_leaves_the_subject_its_verbs(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


SUBJECT_IN_APPOSITION_NOT = [
    # a preposition before the name: the source of the clause, not its subject
    ("de", "Laut Medinski, dem Leiter der russischen Delegation, lehnt Kiew eine Waffenruhe ab.", "ceasefire",
     [("UA", "reject")]),
    # the party named inside the apposition only says who the subject is: no holder of its own
    ("de", "Steve Witkoff, der Sondergesandte für Russland, schlug eine Waffenruhe über Ostern vor.", "ceasefire",
     [("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SUBJECT_IN_APPOSITION_NOT, ids=ids(SUBJECT_IN_APPOSITION_NOT))
def test_a_source_or_a_clause_between_commas_is_no_apposition(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r24A: a measure there will be none of ('werde es nicht geben') or that means war ('bedeute Krieg', 'signifierait la guerre') is turned down ---

NONE_OF_IT = [
    ("de", "Einen Verzicht auf die Nato-Mitgliedschaft werde es mit dieser Regierung niemals geben, sagte Sybiha.",
     "neutrality", [("UA", "reject")]),
    ("de", "Reparationen an Kiew wird es nicht geben, erklärte Kremlsprecher Peskow.", "reparations",
     [("RU", "reject")]),
    ("de", "Die Stationierung westlicher Truppen in der Ukraine bedeute Krieg, warnte Lawrow.", "neutrality",
     [("RU", "reject")]),
    ("fr", "Le déploiement de soldats européens en Ukraine signifierait la guerre, a averti Dmitri Medvedev.",
     "neutrality", [("RU", "reject")]),
    ("it", "L'invio di truppe occidentali in Ucraina significherebbe la guerra con la Nato, ha detto Lavrov.",
     "neutrality", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NONE_OF_IT, ids=ids(NONE_OF_IT))
def test_a_measure_there_will_be_none_of_is_rejected(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


NONE_OF_IT_NOT = [
    # there will be none of the truce 'ohne' guarantees: the guarantees are asked for
    ("de", "Einen Frieden ohne Sicherheitsgarantien werde es nicht geben, sagte Selenskyj.", "neutrality",
     ("UA", "demand")),
    # so too a fronted measure with its privative before the refusing verb
    ("de", "Einen Waffenstillstand ohne Sicherheitsgarantien lehnt Kiew kategorisch ab.", "neutrality",
     ("UA", "demand")),
    # a war that goes on is no measure refused: the demand stays
    ("fr", "Kiev réclame un cessez-le-feu immédiat, car chaque jour de plus signifie la guerre pour des millions de civils.",
     "ceasefire", ("UA", "demand")),
]


@pytest.mark.parametrize("lang,text,category,position", NONE_OF_IT_NOT, ids=ids(NONE_OF_IT_NOT))
def test_none_without_a_condition_asks_for_it(classifier, lang, text, category, position):
    assert position in given(classifier, text, lang, category)


# --- r24A: a measure agreed 'between' the parties holds both as agreeing, when one noun names both ('entre les délégations russe et ukrainienne') or the German participle follows them ('die zwischen Moskau und Kiew vereinbarte Waffenruhe') ---

AGREED_BETWEEN = [
    ("fr", "La Turquie a indiqué qu'un échange de blessés avait été convenu entre les délégations russe et ukrainienne.",
     "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("fr", "Selon Riyad, une trêve en mer Noire a été conclue entre les négociateurs russes et ukrainiens.", "ceasefire",
     [("RU", "agree"), ("UA", "agree")]),
    ("it", "Secondo il Qatar, una tregua sugli impianti energetici è stata concordata tra le delegazioni russa e ucraina.",
     "ceasefire", [("RU", "agree"), ("UA", "agree")]),
    ("de", "Die zwischen Moskau und Kiew vereinbarte Waffenruhe im Schwarzen Meer hielt nur zwei Tage.", "ceasefire",
     [("RU", "agree"), ("UA", "agree")]),
    ("de", "Der zwischen Russland und der Ukraine vereinbarte Austausch von Gefangenen begann am Montag, teilte Ankara mit.",
     "prisoners", [("RU", "agree"), ("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", AGREED_BETWEEN, ids=ids(AGREED_BETWEEN))
def test_a_measure_agreed_between_parties(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


AGREED_BETWEEN_NOT = [
    # talks between the parties agree to nothing
    ("fr", "Les discussions entre les délégations russe et ukrainienne sur une trêve ont été reportées.", "ceasefire"),
    ("de", "Die Gespräche zwischen Moskau und Kiew über eine Waffenruhe wurden vertagt.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", AGREED_BETWEEN_NOT, ids=ids(AGREED_BETWEEN_NOT))
def test_talks_between_parties_agree_to_nothing(classifier, lang, text, category):
    found = given(classifier, text, lang, category)
    assert ("RU", "agree") not in found and ("UA", "agree") not in found


# --- r24A: German 'erklärte sich ... bereit', the finite verb before its bracket, accepts as 'hat sich bereit erklärt' does ---

DECLARED_READY = [
    ("de", "Washington und Moskau einigten sich auf eine Waffenruhe im Schwarzen Meer; Kiew erklärte sich kurz darauf "
     "ebenfalls dazu bereit.", "ceasefire", [("RU", "agree"), ("UA", "agree"), ("US", "agree")]),
    ("de", "Der Kreml erklärte sich bereit, alle Kriegsgefangenen nach dem Prinzip alle gegen alle auszutauschen.",
     "prisoners", [("RU", "agree")]),
    ("de", "Die Bundesregierung erklärt sich grundsätzlich bereit, die Erträge aus russischem Vermögen für Kiew zu "
     "nutzen.", "reparations", [("EU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DECLARED_READY, ids=ids(DECLARED_READY))
def test_declared_itself_ready_accepts(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


DECLARED_READY_NOT = [
    # declared itself not ready: a refusal, no acceptance
    ("de", "Moskau erklärte sich nicht bereit, einer Waffenruhe zuzustimmen.", "ceasefire", ("RU", "agree")),
]


@pytest.mark.parametrize("lang,text,category,position", DECLARED_READY_NOT, ids=ids(DECLARED_READY_NOT))
def test_declared_itself_not_ready_is_no_acceptance(classifier, lang, text, category, position):
    assert position not in given(classifier, text, lang, category)


# --- r24A: refusing to give up or to limit one's own demand ('non rinuncerà mai alla richiesta', 'aucune limitation de ses exigences') insists on it ---

DEMAND_KEPT = [
    ("it", "Il Cremlino non rinuncerà alla pretesa che Kiev ritiri le truppe dal Donbass, ha detto Ushakov.", "territory",
     [("RU", "demand")]),
    ("fr", "Kiev ne renoncera jamais à sa demande de réparations, a martelé le président ukrainien.", "reparations",
     [("UA", "demand")]),
    ("fr", "Moscou n'acceptera aucune limitation de ses revendications sur le Donbass, a averti Lavrov.", "territory",
     [("RU", "demand")]),
    ("de", "Kiew werde keinesfalls auf seine Forderung nach Reparationen verzichten, sagte Selenskyj.", "reparations",
     [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DEMAND_KEPT, ids=ids(DEMAND_KEPT))
def test_refusing_to_give_up_a_demand_insists_on_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


DEMAND_KEPT_NOT = [
    # another party's demand refused: turned down
    ("it", "Mosca non accetterà mai la richiesta ucraina di risarcimenti, ha detto Peskov.", "reparations",
     ("RU", "reject")),
    # not giving up an aim (NATO membership) turns neutrality down, as the gold has it
    ("fr", "Kiev refuse de renoncer à son ambition d'adhérer à l'Otan, a rappelé Oumerov.", "neutrality",
     ("UA", "reject")),
]


@pytest.mark.parametrize("lang,text,category,position", DEMAND_KEPT_NOT, ids=ids(DEMAND_KEPT_NOT))
def test_refusing_anothers_demand_or_giving_up_an_aim(classifier, lang, text, category, position):
    assert position in given(classifier, text, lang, category)

# --- r24B: tr, a group of countries named by a region and 'ülkeleri' ('Avrupa ülkelerinin planı') is a party: its
# genitive owns the plan it proposes, as 'Avrupa'nın' does ---

COUNTRIES_OWN = [
    ("tr", "Peskov, Avrupa ülkelerinin Ukrayna'ya barış gücü konuşlandırma planını \"tuzak\" olarak nitelendirdi.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Zaharova, AB ülkelerinin dondurulmuş Rus varlıklarına el koyma önerisini reddetti.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Kremlin, Avrupa ülkelerinin Karadeniz'de ateşkes teklifini 'kabul edilemez' diye niteledi.",
     "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Avrupa ülkeleri, Ukrayna'ya Batılı güvenlik garantileri verilmesini talep etti.",
     "neutrality", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COUNTRIES_OWN)
def test_a_group_of_countries_owns_its_plan(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # the country one returns to ('ülkeye', singular) is no party: the ministry alone holds the position
    ("tr", "Rusya Dışişleri Bakanlığı, esir takası kapsamında 90 askerin ülkeye döndüğünü ve takasın süreceğini açıkladı.",
     "prisoners", [("RU", "demand")]),
    # the countries only host the assets: the Commission proposes, no group of countries holds anything
    ("tr", "Avrupa Komisyonu, üye ülkelerde tutulan Rus varlıklarının Ukrayna'ya aktarılmasını önerdi.",
     "reparations", [("EU", "demand")]),
])
def test_countries_that_only_host_or_receive_hold_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r24B: es, a refused acceptance that lasts 'mientras' something goes on ('no aceptará una tregua mientras Occidente
# siga armando a Kiev') sets a condition on the measure: a demand; not an existential ('no habrá tregua mientras ...')
# nor 'mientras' with the indicative after a comma (a contrast) ---

REFUSED_WHILE_IT_LASTS = [
    ("es", "Rusia no firmará ningún alto el fuego mientras la OTAN siga enviando armas a Kiev, afirmó Lavrov.",
     "ceasefire", [("RU", "demand")]),
    ("es", "Moscú no aceptará una tregua mientras continúe la movilización en Ucrania, dijo Peskov.",
     "ceasefire", [("RU", "demand")]),
    ("es", "Kiev no firmará ningún acuerdo de paz mientras las tropas rusas sigan ocupando el Donbás, dijo Zelenski.",
     "territory", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", REFUSED_WHILE_IT_LASTS)
def test_a_refusal_while_something_lasts_is_a_condition(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    ("es", "Peskov dijo que no habrá alto el fuego mientras Kiev siga movilizando soldados.", "ceasefire", [("RU", "reject")]),
    ("es", "El Kremlin no aceptará la tregua, mientras Kiev sigue reclamando un alto el fuego inmediato.",
     "ceasefire", [("RU", "reject"), ("UA", "demand")]),
])
def test_no_acceptance_refused_while_it_lasts_stays_a_rejection(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r24B: tr, the lands a party occupied named by a relative participle ('işgal ettiği / ilhak ettiği toprakları
# iade etmedikçe') are the occupied territory whose return is asked, as 'işgal altındaki topraklar' are ---

OCCUPIED_LANDS_RETURNED = [
    ("tr", "Almanya Başbakanı Merz, Moskova ilhak ettiği toprakları Ukrayna'ya iade etmedikçe AB'nin yaptırımları "
           "sürdüreceğini açıkladı.", {"territory": [("EU", "demand")]}),
    ("tr", "Kallas, Rusya işgal ettiği toprakları iade etmedikçe Avrupa'nın yaptırımları kaldırmayacağını vurguladı.",
     {"territory": [("EU", "demand")]}),
    ("tr", "Zelenskiy, Rusya'nın işgal ettiği toprakları iade etmesini talep etti.", {"territory": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", OCCUPIED_LANDS_RETURNED)
def test_the_lands_a_party_occupied_are_asked_back(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # a place the army occupied, no land asked back: no position
    ("tr", "Rus ordusu geçen yıl işgal ettiği köyde yeni mevziler kurdu."),
    ("tr", "Rusya'nın işgal ettiği topraklarda yaşayan siviller kışa hazırlanıyor."),
])
def test_occupied_lands_without_a_return_are_no_position(classifier, lang, text):
    assert positions(classifier, text, lang) == {}


# --- r24B: praise denied ('poco constructiva', 'unconstructive', 'not constructive', 'yapıcı olmayan') judging a rival's
# proposal rejects it, where the praise word alone ('constructiva', 'yapıcı bir adım') would accept it ---

PRAISE_DENIED = [
    ("es", "Peskov calificó de «poco constructiva» la propuesta francesa de una tregua aérea.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("es", "Zelenski calificó de «nada constructivo» el plan ruso de una tregua de tres días.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("en", "Peskov described the French proposal for an air truce as \"unconstructive\".",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("en", "Peskov called the French proposal for an air truce \"not constructive\".",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("tr", "Peskov, Fransa'nın hava ateşkesi önerisini \"yapıcı olmayan\" bir adım olarak nitelendirdi.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", PRAISE_DENIED)
def test_praise_denied_rejects_the_proposal(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the praise itself still accepts
    ("es", "Zelenski calificó de «muy constructiva» la propuesta turca de una tregua en el mar Negro.",
     {"ceasefire": [("TR", "demand"), ("UA", "agree")]}),
    ("tr", "Kremlin, Fransa'nın hava ateşkesi önerisini yapıcı bir adım olarak nitelendirdi.",
     {"ceasefire": [("EU", "demand"), ("RU", "agree")]}),
])
def test_praise_still_accepts(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r24B: tr, a converb with a stance ('talebini reddederek', 'reddedip') closes a clause of the subject's own before
# its final verb: a rejection there and a demand after it give the subject both stances ---

CONVERB_CLAUSES = [
    ("tr", "Zelenskiy, Rusya'nın tarafsızlık talebini reddederek Batı'dan bağlayıcı güvenlik garantileri talep etti.",
     {"neutrality": [("RU", "demand"), ("UA", "demand"), ("UA", "reject")]}),
    ("tr", "Kremlin, Kiev'in otuz günlük ateşkes önerisini reddederek yalnızca Paskalya için kısa bir ateşkes önerdi.",
     {"ceasefire": [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]}),
    ("tr", "Moskova, Kiev'in tüm esirlerin takası önerisini reddedip yalnızca yaralı askerlerin takasını teklif etti.",
     {"prisoners": [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", CONVERB_CLAUSES)
def test_a_converb_clause_gives_the_subject_its_own_stance(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the clause after the converb names no issue, or the converb has no stance of its own: one stance
    ("tr", "Moskova, Kiev'in ateşkes önerisini reddederek yeni saldırılar başlattı.",
     {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("tr", "Kremlin, Kiev'in ateşkes önerisini inceleyerek reddetti.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
])
def test_one_stance_where_the_converb_adds_none(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r24B: a first name between a demand's preposition and the name ('instó a Vladímir Putin a aceptar') leaves the
# name the addressee of the demand, as 'instó a Putin' does: no position of its own ---

ADDRESSED_BY_FULL_NAME = [
    ("es", "Merz pidió a Vladímir Putin que acepte una tregua de treinta días.", {"ceasefire": [("EU", "demand")]}),
    ("es", "Macron instó a Volodímir Zelenski a aceptar un alto el fuego en el mar Negro.", {"ceasefire": [("EU", "demand")]}),
    ("es", "Erdogan exhortó a Vladímir Putin a liberar a todos los prisioneros de guerra ucranianos.",
     {"prisoners": [("TR", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", ADDRESSED_BY_FULL_NAME)
def test_a_full_name_after_a_demands_preposition_is_its_addressee(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # no demand before the preposition: the full name still holds its own clause's position
    ("es", "Merz se reunió con Volodímir Zelenski, que reclamó un alto el fuego inmediato.", {"ceasefire": [("UA", "demand")]}),
    ("es", "Kiev rechazó la tregua propuesta por Vladímir Putin.", {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
])
def test_a_full_name_after_another_preposition_keeps_its_position(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r24B: the Red Cross (the International Committee of the Red Cross, ICRC; Cruz Roja, CICR; Kızılhaç) is a party
# outside the five (OTHER): what it calls for is its demand; when another party calls on it, it is only addressed ---

RED_CROSS = [
    ("en", "The Red Cross urged both sides to let its staff visit every prisoner of war.", {"prisoners": [("OTHER", "demand")]}),
    ("en", "The ICRC demanded the return of the bodies of fallen soldiers to their families.", {"prisoners": [("OTHER", "demand")]}),
    ("es", "La Cruz Roja pidió a Moscú y Kiev acceso a todos los prisioneros de guerra.", {"prisoners": [("OTHER", "demand")]}),
    ("tr", "Uluslararası Kızılhaç Komitesi, tüm savaş esirlerine erişim sağlanmasını talep etti.", {"prisoners": [("OTHER", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", RED_CROSS)
def test_the_red_cross_holds_its_demand(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # called on by another party, or only present, it holds nothing
    ("es", "Zelenski pidió a la Cruz Roja que visite a los prisioneros de guerra ucranianos.", {"prisoners": [("UA", "demand")]}),
    ("en", "Red Cross staff delivered blankets to a shelter in Kharkiv.", {}),
])
def test_the_red_cross_addressed_or_present_holds_nothing(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r24B: es, an agreement restricted by 'solo' to a time ('solo firmará un alto el fuego cuando Kiev retire sus
# tropas', 'una vez que', 'después de que') is a condition: a demand, as 'only if'; without 'solo' an agreement ---

ONLY_WHEN = [
    ("es", "Kiev solo aceptará una tregua cuando Rusia libere a todos los prisioneros de guerra.",
     {"ceasefire": [("UA", "demand")], "prisoners": [("UA", "demand")]}),
    ("es", "Moscú solo firmará la paz una vez que Kiev renuncie a ingresar en la OTAN.", {"neutrality": [("RU", "demand")]}),
    ("es", "Rusia solo firmará un alto el fuego cuando Ucrania abandone el Donbás, dijo Lavrov.",
     {"ceasefire": [("RU", "demand")], "territory": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", ONLY_WHEN)
def test_an_agreement_only_when_is_a_condition(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_an_agreement_when_without_only_still_agrees(classifier):
    got = positions(classifier, "Moscú firmará un alto el fuego cuando Kiev lo acepte, dijo Peskov.", "es")
    assert ("RU", "agree") in got["ceasefire"]


# --- r24B: a first name after a coordinator ('Zelensky and Keir Starmer urged ...') is part of the coordinated
# subject, as the surname alone ('Zelensky and Starmer') is: every name of the group holds the stance ---

COORDINATED_FULL_NAMES = [
    ("en", "Zelensky and Friedrich Merz called for binding security guarantees for Ukraine.",
     {"neutrality": [("EU", "demand"), ("UA", "demand")]}),
    ("en", "Zelensky and Emmanuel Macron urged Russia to accept an immediate ceasefire.",
     {"ceasefire": [("EU", "demand"), ("UA", "demand")]}),
    ("es", "Zelenski y Emmanuel Macron pidieron a Rusia un alto el fuego inmediato.",
     {"ceasefire": [("EU", "demand"), ("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", COORDINATED_FULL_NAMES)
def test_a_coordinated_full_name_joins_the_subject(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_a_comma_and_a_full_name_coordinate_nothing(classifier):
    # no coordinator: the phrase before the comma is no part of the subject
    got = positions(classifier, "After talks with Zelensky, Donald Trump urged Russia to accept a ceasefire.", "en")
    assert got == {"ceasefire": [("US", "demand")]}


# --- r24B: tr, keeping one's distance from a proposal ('önerisine mesafeli durdu', 'mesafeli yaklaştı') is a
# reservation, a rejection by the subject; the proposal's owner keeps its demand ---

KEPT_AT_A_DISTANCE = [
    ("tr", "Rusya, Fransa'nın barış gücü planına mesafeli durdu.", {"neutrality": [("EU", "demand"), ("RU", "reject")]}),
    ("tr", "Kremlin, Kiev'in 30 günlük ateşkes önerisine mesafeli yaklaştı.", {"ceasefire": [("RU", "reject"), ("UA", "demand")]}),
    ("tr", "Belçika, dondurulmuş Rus varlıklarının Ukrayna'ya aktarılması planına mesafeli duruyor.",
     {"reparations": [("EU", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", KEPT_AT_A_DISTANCE)
def test_keeping_ones_distance_rejects(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_a_distance_in_kilometres_rejects_nothing(classifier):
    got = positions(classifier, "Kiev, Rusya'nın ateşkes önerisini memnuniyetle karşıladı; Rus birlikleri ise cepheye "
                                "birkaç kilometre mesafede duruyor.", "tr")
    assert got == {"ceasefire": [("RU", "demand"), ("UA", "agree")]}

# --- r24C: the party a proviso asks to act ('o ile Kijów wstrzyma', 'tylko wówczas, gdy USA zapewnią', 'лишь когда
# Россия заплатит') holds nothing: the proviso is the main clause's holder's demand ---

PROVISO_SUBJECT = [
    ("pl", "Moskwa mogłaby zgodzić się na rozejm, o ile Kijów wstrzyma ataki na rafinerie.", "ceasefire",
     [("RU", "agree"), ("RU", "demand")]),
    ("pl", "Polska jest gotowa wysłać żołnierzy do Ukrainy, lecz tylko wówczas, gdy Stany Zjednoczone zapewnią wsparcie "
           "lotnicze.", "neutrality", [("EU", "demand")]),
    ("pl", "Dopiero gdy Rosja zapłaci za zniszczenia, będzie można rozmawiać o zniesieniu sankcji – podkreśliła Kaja Kallas.",
     "reparations", [("EU", "demand")]),
    ("ru", "Лишь когда Россия заплатит за разрушения, можно будет говорить о снятии санкций, подчеркнула Каллас.",
     "reparations", [("EU", "demand")]),
    ("ru", "Франция готова направить войска на Украину, но только тогда, когда США обеспечат прикрытие с воздуха, заявил "
           "Макрон.", "neutrality", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PROVISO_SUBJECT, ids=ids(PROVISO_SUBJECT))
def test_the_party_a_proviso_asks_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


PROVISO_SUBJECT_NEAR = [
    # 'podczas gdy' is 'whereas': the party after it holds a position of its own
    ("pl", "Kijów chce rozejmu, podczas gdy Moskwa żąda wycofania wojsk.", "ceasefire", ("RU", "demand")),
    # a proviso ends with its sentence: the speaker of the next one still holds
    ("es", "¿Está Ucrania dispuesta a ceder territorio a cambio de la paz? Zelenski, por ahora, dice que no.",
     "territory", ("UA", "reject")),
]


@pytest.mark.parametrize("lang,text,category,kept", PROVISO_SUBJECT_NEAR, ids=ids(PROVISO_SUBJECT_NEAR))
def test_a_party_outside_a_proviso_still_holds(classifier, lang, text, category, kept):
    assert kept in given(classifier, text, lang, category)


# --- r24C: a refusal held until another's step ('не будет обсуждать перемирие, пока Киев не примет условия',
# 'доки Київ не підпише', 'dopóki Kijów nie przyjmie') demands the step beside the refusal; not where the step is
# another issue's, which that issue's label holds as a demand ---

HELD_UNTIL = [
    ("ru", "Кремль не будет обсуждать перемирие, пока Киев не примет его условия, заявил Песков.",
     {"ceasefire": [("RU", "demand"), ("RU", "reject")]}),
    ("ru", "Мы не откажемся от курса в НАТО, пока не получим гарантий безопасности, заявил Сибига.",
     {"neutrality": [("UA", "demand"), ("UA", "reject")]}),
    ("uk", "Вашингтон не надаватиме Україні гарантій безпеки, доки Київ не підпише угоду про корисні копалини.",
     {"neutrality": [("US", "demand"), ("US", "reject")]}),
    # r31C: a withheld acceptance ('nie zgodzi się') is conditioned, no refusal beside the demand
    ("pl", "Rosja nie zgodzi się na rozejm, dopóki Kijów nie przyjmie jej warunków, oświadczył Pieskow.",
     {"ceasefire": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", HELD_UNTIL, ids=ids(HELD_UNTIL))
def test_a_refusal_held_until_a_step_demands_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


HELD_UNTIL_NEAR = [
    # the step is another issue's (NATO): the truce stays refused, the neutrality label holds the demand
    ("pl", "Kreml nie zgodzi się na rozejm, dopóki Ukraina nie zrezygnuje z członkostwa w NATO.",
     {"ceasefire": [("RU", "reject")], "neutrality": [("RU", "demand")]}),
    # a time the refusal lasts ('поки триває війна', 'dopóki trwa wojna'), no step asked of anyone
    ("uk", "Україна не визнає анексію Криму, поки триває війна, заявив Сибіга.", {"territory": [("UA", "reject")]}),
    ("pl", "Ukraina nie uzna aneksji Krymu, dopóki trwa wojna, oświadczył Sybiha.", {"territory": [("UA", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", HELD_UNTIL_NEAR, ids=ids(HELD_UNTIL_NEAR))
def test_a_refusal_for_a_time_or_of_another_issue_asks_nothing_more(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r24C: pl, vetoing a measure ('zawetuje każdą decyzję', 'zgłosiły weto', 'zablokuje') turns it down, as uk
# 'ветувати' ---

VETO = [
    ("pl", "Węgierski premier Viktor Orbán zapowiedział, że zawetuje każdą decyzję o konfiskacie rosyjskich aktywów.",
     "reparations", [("EU", "reject")]),
    ("pl", "Słowacja zawetowała pakiet, który przewidywał wykorzystanie zamrożonych rosyjskich aktywów dla Ukrainy.",
     "reparations", [("EU", "reject")]),
    ("pl", "Węgry zgłosiły weto wobec zaproszenia Ukrainy do NATO, poinformował Orbán.", "neutrality", [("EU", "reject")]),
    ("pl", "Premier Belgii zapowiedział, że zablokuje konfiskatę rosyjskich aktywów.", "reparations", [("EU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", VETO, ids=ids(VETO))
def test_vetoing_a_measure_rejects_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_a_threat_of_anothers_veto_is_no_refusal_of_the_subject(classifier):
    # the veto is a noun in another's phrase ('mimo groźby weta ze strony Węgier'): the subject still demands
    got = given(classifier, "Komisja Europejska chce przekazać Ukrainie rosyjskie aktywa, mimo groźby weta ze strony Węgier.",
                "pl", "reparations")
    assert ("EU", "demand") in got


# --- r24C: pl, making one's consent or a measure depend on a step ('uzależniła swoją zgodę od zniesienia sankcji')
# demands the step; the consent so made is no agreement ---

MADE_TO_DEPEND = [
    ("pl", "Moskwa uzależniła swoją zgodę na rozejm od zniesienia sankcji.", "ceasefire", [("RU", "demand")]),
    ("pl", "Niemcy uzależniają udział w misji od wsparcia ze strony Stanów Zjednoczonych, powiedział Merz.", "neutrality",
     [("EU", "demand")]),
    ("pl", "Kreml uzależnia swoją zgodę na wymianę jeńców od powrotu rosyjskich żołnierzy z Kurska.", "prisoners",
     [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", MADE_TO_DEPEND, ids=ids(MADE_TO_DEPEND))
def test_consent_made_to_depend_on_a_step_demands_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_consent_given_still_agrees(classifier):
    # consent given outright ('wyraził zgodę na rozejm') is an agreement
    assert given(classifier, "Kijów wyraził zgodę na rozejm na Morzu Czarnym.", "pl", "ceasefire") == [("UA", "agree")]


# --- r24C: judging a measure theft, a theatre or insufficient ('назвал конфискацию кражей', 'будет расценена как
# воровство', 'визнала пропозицію недостатньою', 'nazwał roszczenia Kijowa „teatrem”') rejects it; the owner of the
# judged claim ('roszczenia Kijowa') demands it ---

JUDGED_WORTHLESS = [
    ("ru", "Лавров назвал конфискацию российских активов кражей.", {"reparations": [("RU", "reject")]}),
    ("ru", "Любая попытка изъять российские активы будет расценена как воровство, заявила Захарова.",
     {"reparations": [("RU", "reject")]}),
    ("uk", "Українська делегація визнала пропозицію Кремля про перемир'я недостатньою.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("uk", "Київ назвав запропоноване Москвою триденне перемир'я недостатнім.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
    ("pl", "Miedwiediew nazwał roszczenia Kijowa dotyczące reparacji „politycznym teatrem”.",
     {"reparations": [("RU", "reject"), ("UA", "demand")]}),
    ("pl", "Kijów uznał zaproponowany przez Moskwę trzydniowy rozejm za niewystarczający.",
     {"ceasefire": [("RU", "demand"), ("UA", "reject")]}),
]


@pytest.mark.parametrize("lang,text,expected", JUDGED_WORTHLESS, ids=ids(JUDGED_WORTHLESS))
def test_judging_a_measure_worthless_rejects_it(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


def test_saying_means_are_insufficient_rejects_nothing(classifier):
    # 'недостатньо' of the means to do a thing judges no measure: no refusal
    got = positions(classifier, "Зеленський визнав, що сил для повернення Криму зараз недостатньо.", "uk")
    assert all(stance != "reject" for found in got.values() for _, stance in found)


# --- r24C: a mediator that reports its own mediation ('poinformowały, że dzięki ich mediacji Rosja i Ukraina wymieniły
# ...', 'сообщил, что при его посредничестве ...') holds nothing; the parties after the mediation phrase agree ---

OWN_MEDIATION = [
    ("pl", "Zjednoczone Emiraty Arabskie poinformowały, że dzięki ich mediacji Rosja i Ukraina wymieniły po 84 jeńców."),
    ("pl", "Turcja ogłosiła, że dzięki jej mediacji Rosja i Ukraina uzgodniły wymianę jeńców."),
    ("ru", "Катар сообщил, что при его посредничестве Россия и Украина обменялись 84 пленными."),
    ("ru", "ОАЭ заявили, что благодаря их посредничеству Россия и Украина обменялись пленными."),
]


@pytest.mark.parametrize("lang,text", OWN_MEDIATION, ids=ids(OWN_MEDIATION))
def test_a_mediator_reporting_its_mediation_holds_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}


@pytest.mark.parametrize("lang,text", [
    # a mediation noun with no possessive still governs the name after it: the mediator holds nothing
    ("ru", "Россия и Украина обменялись пленными при посредничестве ОАЭ."),
    ("pl", "Rosja i Ukraina wymieniły jeńców dzięki mediacji Zjednoczonych Emiratów Arabskich."),
])
def test_the_mediator_after_a_mediation_noun_holds_nothing(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}

# --- r25A: the Red Cross, the African Union, a human-rights court and Brazil's president (Lula, 'brasiliano') are
# parties of their own (OTHER) in de, fr and it, as in en and es; German names China's genitive 'Chinas' ---

OTHER_PARTIES = [
    ("it", "La Croce Rossa internazionale ha chiesto di poter visitare tutti i prigionieri di guerra.", "prisoners",
     [("OTHER", "demand")]),
    ("fr", "Le Comité international de la Croix-Rouge réclame l'accès à tous les prisonniers de guerre.", "prisoners",
     [("OTHER", "demand")]),
    ("de", "Das Rote Kreuz forderte Zugang zu allen Kriegsgefangenen in russischen Lagern.", "prisoners",
     [("OTHER", "demand")]),
    ("fr", "L'Union africaine plaide pour une trêve immédiate le long de la ligne de front.", "ceasefire",
     [("OTHER", "demand")]),
    ("it", "L'Unione africana ha proposto una tregua di trenta giorni.", "ceasefire", [("OTHER", "demand")]),
    ("de", "Die Afrikanische Union verlangte eine sofortige Waffenruhe.", "ceasefire", [("OTHER", "demand")]),
    ("it", "Il presidente brasiliano ha auspicato un cessate il fuoco immediato.", "ceasefire", [("OTHER", "demand")]),
    ("fr", "Lula a plaidé pour un cessez-le-feu sans conditions.", "ceasefire", [("OTHER", "demand")]),
    ("de", "Chinas Außenminister forderte eine Waffenruhe ohne Vorbedingungen.", "ceasefire", [("OTHER", "demand")]),
    ("fr", "La Cour européenne des droits de l'homme a exigé le retour des enfants déportés.", "prisoners",
     [("OTHER", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OTHER_PARTIES, ids=ids(OTHER_PARTIES))
def test_other_parties_named_in_de_fr_it_hold_their_positions(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # a cross that is no Red Cross, and the Brazilian adjective with no party noun, name no party
    ("de", "Die Ukraine verlangte ein Kreuz auf der Karte für jeden Austauschort der Gefangenen.", "prisoners",
     [("UA", "demand")]),
    ("it", "Kiev ha chiesto una tregua, ha scritto un giornale brasiliano.", "ceasefire", [("UA", "demand")]),
])
def test_no_other_party_without_its_name(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25A: the parties a demand verb asks to act ('sollecita entrambe le parti a liberare', 'a exhorté Moscou et Kiev
# à libérer', 'invité les belligérants à « respecter »') are whom it is put to, no holders, after a complementizer
# or a quote too ---

ASKED_TO_ACT = [
    ("it", "Un diplomatico ha riferito che il governo sollecita entrambe le parti a firmare una tregua.", "ceasefire", []),
    ("it", "Secondo l'agenzia, il comitato invita Mosca e Kiev a «rispettare» la tregua.", "ceasefire", []),
    ("fr", "Le patriarche a exhorté Moscou et Kiev à libérer tous les prisonniers.", "prisoners", []),
    ("it", "Il cardinale ha esortato Mosca e Kiev a liberare tutti i prigionieri.", "prisoners", []),
    ("fr", "La France a invité les belligérants à « respecter » la trêve de Pâques.", "ceasefire", [("EU", "demand")]),
    ("it", "La Cina ha invitato le parti a «sospendere le ostilità» e a negoziare una tregua.", "ceasefire",
     [("OTHER", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", ASKED_TO_ACT, ids=ids(ASKED_TO_ACT))
def test_parties_asked_to_act_hold_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # the subject after the verb of a relative clause, before a place, still holds ('a Ginevra', 'à Moscou')
    ("it", "La tregua che hanno chiesto Stati Uniti e Ucraina a Ginevra resta lontana.", "ceasefire",
     [("UA", "demand"), ("US", "demand")]),
    ("fr", "Le cessez-le-feu que proposent Washington et Kiev à Moscou reste sans réponse.", "ceasefire",
     [("UA", "demand"), ("US", "demand")]),
    ("it", "Kiev ha sollecitato Mosca a liberare i prigionieri.", "prisoners", [("UA", "demand")]),
])
def test_a_subject_after_its_verb_is_no_addressee(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25A: turning an offer down ('ausschlagen'), challenging a measure in court ('impugnare', 'contester en justice',
# 'anfechten') and calling it theft across a long object ('ha definito ogni confisca dei beni ... «un furto»') reject
# it; the Eurogroup is the EU ---

REFUSED_IN_OTHER_WORDS = [
    ("it", "Mosca ha definito ogni confisca dei beni della banca centrale «un furto».", "reparations", [("RU", "reject")]),
    ("de", "Moskau habe einen Austausch aller Gefangenen angeboten, den Kiew ausgeschlagen habe.", "prisoners",
     [("RU", "demand"), ("UA", "reject")]),
    ("de", "Die Ukraine schlug das Angebot eines Gefangenenaustauschs aus.", "prisoners", [("UA", "reject")]),
    ("it", "La Russia impugnerà davanti ai tribunali qualsiasi confisca dei suoi attivi congelati.", "reparations",
     [("RU", "reject")]),
    ("fr", "Moscou contestera en justice toute confiscation de ses avoirs gelés.", "reparations", [("RU", "reject")]),
    ("de", "Moskau kündigte an, den Beschluss über die eingefrorenen Gelder vor Gericht anzufechten.", "reparations",
     [("RU", "reject")]),
    ("it", "L'Eurogruppo ha dato il via libera all'uso degli attivi russi congelati per l'Ucraina.", "reparations",
     [("EU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", REFUSED_IN_OTHER_WORDS, ids=ids(REFUSED_IN_OTHER_WORDS))
def test_a_measure_refused_in_other_words(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category", [
    # a judgement that is no theft, and disputing figures (not in court), turn nothing down
    ("it", "Mosca ha definito la tregua proposta dagli Stati Uniti un passo avanti.", "ceasefire"),
    ("fr", "Moscou conteste les chiffres ukrainiens sur l'échange de prisonniers.", "prisoners"),
])
def test_no_refusal_without_its_words(classifier, lang, text, category):
    assert ("RU", "reject") not in given(classifier, text, lang, category)


# --- r25A: a collective ('les délégations', 'le delegazioni') followed by each party's own clause ('la partie russe
# exigeant ..., tandis que Kiev réclamait ...'): each party holds what its own clause names, not the other's issue ---

EACH_ITS_CLAUSE = [
    ("fr", "Les délégations ont présenté leurs projets, la partie russe exigeant le retrait ukrainien du Donbass, "
           "tandis que Kiev réclamait une trêve immédiate."),
    ("it", "Le delegazioni hanno presentato le loro proposte: la parte russa ha chiesto il ritiro ucraino dal Donbass, "
           "mentre Kiev ha chiesto una tregua immediata."),
    ("de", "Die Delegationen legten ihre Entwürfe vor, wobei Russland den Abzug der Ukraine aus dem Donbass verlangte, "
           "während Kiew eine sofortige Waffenruhe forderte."),
]


@pytest.mark.parametrize("lang,text", EACH_ITS_CLAUSE, ids=ids(EACH_ITS_CLAUSE))
def test_each_party_of_a_collective_holds_its_own_clause(classifier, lang, text):
    assert given_all(classifier, text, lang, ["territory", "ceasefire"]) == {
        "territory": [("RU", "demand")], "ceasefire": [("UA", "demand")]}


@pytest.mark.parametrize("lang,text,expected", [
    # a collective with no party of its own after it, or whose clause is the issue's, still holds for both
    ("fr", "Les deux parties ont accepté un échange de prisonniers, tandis que Kiev réclamait une trêve immédiate.",
     {"prisoners": [("RU", "agree"), ("UA", "agree")], "ceasefire": [("UA", "demand")]}),
    ("it", "Entrambe le parti hanno proposto una tregua e uno scambio di prigionieri.",
     {"ceasefire": [("RU", "demand"), ("UA", "demand")], "prisoners": [("RU", "demand"), ("UA", "demand")]}),
])
def test_a_collective_alone_holds_for_both(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, list(expected)) == expected


# --- r25A: the party a threat is made to ('drohten Moskau im Fall einer Ablehnung mit Sanktionen') holds nothing, not
# even the refusal the threat foresees; sanctions threatened 'in case of' a refusal ('für den Fall', 'in caso di', 'en cas
# de') demand the measure, as after 'if' ---

THREATENED = [
    ("de", "Paris und Berlin verlangten eine Waffenruhe und drohten Moskau im Fall einer Ablehnung mit Sanktionen.",
     [("EU", "demand")]),
    ("de", "Die Europäer unterstützten den Waffenstillstand und drohten dem Kreml bei einer Weigerung mit Strafzöllen.",
     [("EU", "agree")]),
    ("de", "Die EU-Staaten drohten Russland mit neuen Sanktionen für den Fall, dass es die Waffenruhe ablehne.",
     [("EU", "demand")]),
    ("it", "I leader europei hanno minacciato la Russia di sanzioni in caso di rifiuto della tregua.", [("EU", "demand")]),
    ("fr", "Les Européens menacent la Russie de nouvelles sanctions en cas de refus du cessez-le-feu.", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", THREATENED, ids=ids(THREATENED))
def test_the_party_threatened_holds_nothing(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


@pytest.mark.parametrize("lang,text,expected", [
    # who threatens to refuse a measure itself still rejects it
    ("de", "Moskau drohte mit einer Ablehnung der Waffenruhe.", [("RU", "reject")]),
    ("fr", "Moscou a menacé de rejeter la trêve.", [("RU", "reject")]),
])
def test_a_threat_to_refuse_is_a_refusal(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


# --- r25A: the parliaments (the Rada, the State Duma) and the Ukrainian presidency ('la presidenza ucraina', 'das
# ukrainische Parlament') are their states' parties in de, fr and it, as the Rada and the Duma are in en, es and tr ---

PARLIAMENTS = [
    ("it", "La Duma ha chiesto il ritiro delle truppe ucraine dal Donbass.", [("RU", "demand")]),
    ("fr", "La Douma a exigé le retrait des troupes ukrainiennes du Donbass.", [("RU", "demand")]),
    ("de", "Die Staatsduma lehnte jede Rückgabe der annektierten Gebiete ab.", [("RU", "reject")]),
    ("it", "La Rada ha respinto qualsiasi cessione di territorio alla Russia.", [("UA", "reject")]),
    ("fr", "La Rada a rejeté toute cession de territoire à la Russie.", [("UA", "reject")]),
    ("de", "Das ukrainische Parlament lehnte jede Abtretung von Gebieten an Russland ab.", [("UA", "reject")]),
    ("it", "La presidenza ucraina ha respinto qualsiasi cessione di territorio.", [("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,expected", PARLIAMENTS, ids=ids(PARLIAMENTS))
def test_parliaments_hold_their_states_positions(classifier, lang, text, expected):
    assert given(classifier, text, lang, "territory") == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # the Italian roadstead ('la rada') is no Rada, and a speech before the European Parliament gives it no position
    ("it", "Le navi restano nella rada di Odessa mentre Kiev chiede una tregua.", "ceasefire", [("UA", "demand")]),
    ("fr", "Zelensky a réclamé des réparations devant le Parlement européen.", "reparations", [("UA", "demand")]),
])
def test_no_parliament_without_its_name(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25A: it, sending troops to Ukraine in a finite verb ('non invierà soldati in Ucraina', 'manderà truppe in
# Ucraina') is neutrality, as the infinitive ('inviare') was: a refusal when negated ---

SENT_TROOPS = [
    ("it", "L'Italia non invierà soldati in Ucraina, ha detto Meloni.", [("EU", "reject")]),
    ("it", "La Germania non manderà truppe in Ucraina, ha ribadito il cancelliere.", [("EU", "reject")]),
    ("it", "Londra schiererà soldati in Ucraina dopo un accordo di pace, ha annunciato Starmer.", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", SENT_TROOPS, ids=ids(SENT_TROOPS))
def test_sending_troops_in_a_finite_verb_is_neutrality(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == {"neutrality": expected}


@pytest.mark.parametrize("lang,text", [
    # Russia's own troops sent to Ukraine are the war, no position on neutrality
    ("it", "La Russia invia truppe in Ucraina dal febbraio 2022."),
])
def test_russian_troops_sent_are_no_neutrality(classifier, lang, text):
    assert "neutrality" not in positions(classifier, text, lang)

# --- r25B: a Turkish title with a personal name no table knows, then the subject's comma, after an opening phrase ---

TITLED_NAME = [
    ("tr", "Reuters'ın haberine göre Rusya Devlet Duması Başkanı Vyaçeslav Volodin, Avrupa'nın ateşkes önerisini "
           "reddetti.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Sputnik'in aktardığına göre Rusya Dışişleri Bakan Yardımcısı Aleksandr Gruşko, dondurulmuş varlıklara el "
           "konulmasını “soygun” olarak nitelendirdi.", "reparations", [("RU", "reject")]),
    ("tr", "TASS'ın bildirdiğine göre Duma Başkanı Volodin, AB'nin Rus varlıklarını Ukrayna'ya aktarma planını "
           "“hırsızlık” olarak nitelendirdi.", "reparations", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TITLED_NAME, ids=ids(TITLED_NAME))
def test_a_titled_name_before_the_comma_is_the_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,absent", [
    # the name with a case ending is no apposition of a subject: those close to him only report
    ("tr", "Reuters'ın haberine göre Rusya Devlet Duması Başkanı Volodin'e yakın kaynaklar, Avrupa'nın ateşkes "
           "önerisinin reddedileceğini söyledi.", "ceasefire", ("RU", "reject")),
    # a title that opens the sentence keeps its own reading: the veto is its country's, not Ukraine's
    ("tr", "Slovakya Başbakanı Robert Fico, yeni yardım paketine karşı çıkarken ülkesinin Ukrayna'nın NATO'ya "
           "katılımını veto edeceğini söyledi.", "neutrality", ("UA", "agree")),
])
def test_a_titled_name_near_miss(classifier, lang, text, category, absent):
    assert absent not in given(classifier, text, lang, category)


# --- r25B: a reporter whose reported clause has no subject of its own holds that clause's stance ---------------------

SUBJECTLESS_REPORT = [
    ("es", "La Comisión Europea propuso financiar la reconstrucción con los activos rusos congelados, mientras que Moscú "
           "advirtió de que consideraría cualquier uso de ese dinero un «robo».", "reparations",
     [("EU", "demand"), ("RU", "reject")]),
    ("es", "Bruselas quiere destinar los fondos rusos inmovilizados a Ucrania, pero el Kremlin avisó de que lo "
           "calificaría de «saqueo».", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("en", "The European Commission proposed lending Ukraine money backed by immobilised Russian assets, while Moscow "
           "warned that it would treat any such step as theft.", "reparations", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SUBJECTLESS_REPORT, ids=ids(SUBJECTLESS_REPORT))
def test_a_subjectless_reported_clause_is_the_reporters(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,absent", [
    # the reported clause names its own subject: the reporter only reports
    ("es", "La Comisión Europea propuso usar los activos rusos congelados, mientras que Moscú advirtió de que Hungría "
           "vetaría cualquier uso de esos fondos.", "reparations", ("RU", "reject")),
    ("en", "Kyiv proposed a thirty-day truce, while Moscow said that Washington had rejected it.", "ceasefire",
     ("RU", "reject")),
])
def test_a_subjectless_reported_clause_near_miss(classifier, lang, text, category, absent):
    assert absent not in given(classifier, text, lang, category)


# --- r25B: insisting that a measure is theft or unacceptable is a rejection, no demand -------------------------------

INSISTED_JUDGEMENT = [
    ("en", "Moscow has repeatedly insisted that confiscating its central bank reserves would amount to theft.",
     "reparations", [("RU", "reject")]),
    ("en", "Kyiv insisted that any handover of the Donbas would be unacceptable.", "territory", [("UA", "reject")]),
    ("es", "El Kremlin insistió en que la confiscación de sus reservas sería un robo.", "reparations", [("RU", "reject")]),
    ("es", "Kiev insiste en que cualquier cesión del Donbás sería inaceptable.", "territory", [("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", INSISTED_JUDGEMENT, ids=ids(INSISTED_JUDGEMENT))
def test_insisting_on_a_judgement_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # insisting that another party do something is still a demand
    ("en", "Moscow insisted that Kyiv pull its troops out of the Donbas.", "territory", ("RU", "demand")),
    ("es", "Kiev insistió en que Rusia pague reparaciones por los daños de la guerra.", "reparations", ("UA", "demand")),
])
def test_insisting_on_a_judgement_near_miss(classifier, lang, text, category, expected):
    assert expected in given(classifier, text, lang, category)


# --- r25B: no objection to a measure ('did not object to', 'no tiene objeciones', 'karşı olmadığını') accepts it ---

NO_OBJECTION = [
    ("en", "The Kremlin does not object to an unarmed OSCE monitoring mission along the line of contact, Peskov said.",
     "neutrality", [("RU", "agree")]),
    ("en", "Washington did not object to European peacekeepers in Ukraine after a ceasefire, the envoy said.",
     "neutrality", [("US", "agree")]),
    ("tr", "Kremlin Sözcüsü, Rusya'nın silahsız bir AGİT gözlem heyetine karşı olmadığını söyledi.", "neutrality",
     [("RU", "agree")]),
    ("tr", "Ankara, tarafsız bir gözlem misyonuna karşı değil.", "neutrality", [("TR", "agree")]),
    ("es", "El Kremlin no tiene objeciones a una misión de observadores de la OSCE desarmada, dijo Peskov.", "neutrality",
     [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NO_OBJECTION, ids=ids(NO_OBJECTION))
def test_no_objection_is_an_agreement(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # the objection itself still turns the measure down
    ("en", "Moscow objects to any European peacekeepers in Ukraine, Lavrov said.", "neutrality", [("RU", "reject")]),
    ("tr", "Peskov, Moskova'nın Avrupalı barış gücüne karşı olduğunu söyledi.", "neutrality", [("RU", "reject")]),
])
def test_no_objection_near_miss(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25B: the object of a gerund ('Ukraine joining the European Union') is no subject of the verb after it -----------

GERUNDS_OBJECT = [
    ("en", "Peskov said Moscow accepted Ukraine joining the European Union but firmly rejected its membership of NATO.",
     "neutrality", [("RU", "reject")]),
    ("en", "The Kremlin said Russia welcomed Kyiv leaving the Council of Europe but still opposed Ukrainian membership "
           "of NATO.", "neutrality", [("RU", "reject")]),
    ("en", "Moscow supports Ukraine joining the EU, but insists on its neutrality, Lavrov said.", "neutrality",
     [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", GERUNDS_OBJECT, ids=ids(GERUNDS_OBJECT))
def test_a_gerunds_object_is_no_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # a name after a gerund that is a cue of its own, or after a comma, still heads its clause
    ("en", "Washington backed the truce plan, and the European Union, citing the talks, endorsed it too.", "ceasefire",
     ("EU", "agree")),
    ("en", "Ukraine rejected the proposal, saying the EU must first agree on guarantees.", "neutrality", ("UA", "reject")),
])
def test_a_gerunds_object_near_miss(classifier, lang, text, category, expected):
    assert expected in given(classifier, text, lang, category)


# --- r25B: branding a measure with any epithet ('tachar de', 'tildar de', active or passive) rejects it ------------

BRANDED = [
    ("es", "El plan de China para un alto el fuego fue tachado por Kiev de «favorable a Moscú».", "ceasefire",
     [("OTHER", "demand"), ("UA", "reject")]),
    ("es", "Kiev tachó de «prematura» la tregua propuesta por Moscú.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("es", "La tregua que propuso Rusia fue tildada de «maniobra» por el Gobierno ucraniano.", "ceasefire",
     [("RU", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", BRANDED, ids=ids(BRANDED))
def test_branding_a_measure_rejects_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,absent", [
    # 'tachar' without 'de' and an epithet crosses out, no judgement
    ("es", "Kiev tachó la propuesta de alto el fuego rusa de la lista de prioridades.", "ceasefire", ("UA", "reject")),
])
def test_branding_a_measure_near_miss(classifier, lang, text, category, absent):
    assert absent not in given(classifier, text, lang, category)


# --- r25B: the party whose consent a proviso waits for ('subject to Russia's agreement') holds no position -----------

CONSENT_TO_COME = [
    ("en", "Kyiv endorsed the American plan for a thirty-day truce, subject to Moscow's approval.", "ceasefire",
     [("UA", "agree"), ("US", "demand")]),
    ("en", "Ukraine signed up to the energy truce, subject to acceptance by Russia, the joint statement said.",
     "ceasefire", [("UA", "agree")]),
    ("es", "Kiev aceptó la propuesta estadounidense de una tregua de treinta días, sujeta a la aprobación del Kremlin.",
     "ceasefire", [("UA", "agree"), ("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CONSENT_TO_COME, ids=ids(CONSENT_TO_COME))
def test_a_consent_still_to_come_is_no_position(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # the party takes a stance of its own after the proviso's break
    ("en", "Ukraine backed the truce, pending Moscow's consent, and Russia rejected it a day later.", "ceasefire",
     ("RU", "reject")),
    ("es", "Ucrania aceptó la tregua sujeta a garantías, y Rusia la rechazó al día siguiente.", "ceasefire",
     ("RU", "reject")),
])
def test_a_consent_still_to_come_near_miss(classifier, lang, text, category, expected):
    assert expected in given(classifier, text, lang, category)


# --- r25B: the Turkish causative of accepting or signing ('kabul ettirmek', 'imzalatmak') presses a measure: demand ---

CAUSATIVE = [
    ("tr", "ABD, toprak tavizi içeren planı Kiev'e kabul ettirmeye çalışıyor.", "territory", [("US", "demand")]),
    ("tr", "Washington, Donbas'tan çekilmeyi öngören belgeyi Zelenskiy'e imzalatmak istiyor.", "territory",
     [("US", "demand")]),
    ("tr", "Beyaz Saray, ateşkes planını Kremlin'e imzalatmaya çalışıyor.", "ceasefire", [("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CAUSATIVE, ids=ids(CAUSATIVE))
def test_a_causative_of_accepting_is_a_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # the plain verbs still accept
    ("tr", "Kremlin, ateşkes planını onayladı.", "ceasefire", [("RU", "agree")]),
    ("tr", "Kiev, Donbas'tan çekilmeyi öngören planı kabul etti.", "territory", [("UA", "agree")]),
])
def test_a_causative_of_accepting_near_miss(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25B: a reaction drawn from a party ('drew a sharp rebuke from Kyiv') is that party's stance --------------------

DRAWN_REACTION = [
    ("en", "Moscow's truce proposal drew a sharp rebuke from Kyiv.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("en", "The Kremlin's offer of a short truce drew criticism from Kyiv and Brussels.", "ceasefire",
     [("EU", "reject"), ("RU", "demand"), ("UA", "reject")]),
    ("en", "The US truce plan drew praise from Kyiv.", "ceasefire", [("UA", "agree"), ("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DRAWN_REACTION, ids=ids(DRAWN_REACTION))
def test_a_drawn_reaction_is_its_sources_stance(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,absent", [
    # fire drawn from artillery is no reaction to the measure
    ("en", "Kyiv's truce call drew fire from Russian artillery.", "ceasefire", ("RU", "reject")),
    # backing won for a plan stays its author's: no stance of the backer is read from 'from'
    ("en", "Washington's plan for a thirty-day truce received strong backing from Brussels.", "ceasefire",
     ("EU", "reject")),
])
def test_a_drawn_reaction_near_miss(classifier, lang, text, category, absent):
    assert absent not in given(classifier, text, lang, category)

# --- r25C: an agreement "only on condition" ('только при условии', 'лише за умови', 'tylko pod warunkiem') is the condition demanded, no agreement ---

ONLY_ON_CONDITION = [
    ("ru", "Москва готова рассмотреть двухнедельное перемирие только при условии, что Запад прекратит поставки ракет.",
     "ceasefire", [("RU", "demand")]),
    ("ru", "Киев мог бы согласиться на демилитаризованную зону лишь при условии симметричного отвода российских войск, "
           "сообщил источник.", "territory", [("UA", "demand")]),
    ("uk", "Кремль готовий обговорювати обмін полоненими лише за умови, що Київ поверне всіх російських військових.",
     "prisoners", [("RU", "demand")]),
    ("uk", "Україна могла б погодитися на позаблоковий статус тільки за умови юридичних гарантій від США, заявив "
           "депутат.", "neutrality", [("UA", "demand")]),
    ("pl", "Moskwa mogłaby zgodzić się na rozejm wyłącznie pod warunkiem, że Zachód wstrzyma dostawy broni.",
     "ceasefire", [("RU", "demand")]),
    # was pos12b's agree + demand; the gold of check5, check9, check10, check11 and check12 has the demand alone
    ("uk", "Київ прийме нейтральний статус лише за умови твердих гарантій безпеки.", "neutrality", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", ONLY_ON_CONDITION, ids=ids(ONLY_ON_CONDITION))
def test_an_agreement_only_on_condition_is_a_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


ON_CONDITION_AGREED = [
    # no 'only': the agreement stands beside the condition
    ("ru", "Украина согласится на нейтральный статус, если получит гарантии безопасности, заявил Зеленский.", "neutrality"),
    ("uk", "Україна погодиться на нейтральний статус, якщо отримає гарантії безпеки, заявив Зеленський.", "neutrality"),
    ("pl", "Ukraina zgodzi się na status neutralny, jeśli otrzyma gwarancje bezpieczeństwa, powiedział Zełenski.",
     "neutrality"),
]


@pytest.mark.parametrize("lang,text,category", ON_CONDITION_AGREED, ids=ids(ON_CONDITION_AGREED))
def test_an_agreement_on_a_plain_condition_keeps_the_agreement(classifier, lang, text, category):
    assert any(st == "agree" for _, st in given(classifier, text, lang, category))


# --- r25C: particles and adverbs that share a stem with a stance verb are no cue ('хоть завтра', 'хотя', 'хоча', 'згодом') ---

NOT_CUES = [
    # 'хоть' (even), 'хотя'/'хоча' (although) are not 'хотеть' (want); 'згодом' (later) is not 'згода' (consent)
    ("ru", "Украина готова к обмену пленными «хоть завтра», заявил Зеленский.", "prisoners", [("UA", "demand")]),
    ("uk", "Україна готова до обміну полоненими хоч завтра, заявив Зеленський.", "prisoners", [("UA", "demand")]),
    ("uk", "Україна згодом відкинула пропозицію Росії про перемир'я.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_CUES, ids=ids(NOT_CUES))
def test_particles_sharing_a_stem_are_no_cue(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25C: tying a measure or one's consent to a step ('увязал ... со снятием санкций', 'пов'язала ... з', 'powiązał ... z') demands the step ---

TIED_TO = [
    ("ru", "Стороны договорились о перемирии на Черном море, однако Кремль увязал его вступление в силу со снятием "
           "санкций.", "ceasefire", ("RU", "demand")),
    ("ru", "Россия обусловила прекращение огня отказом Киева от мобилизации.", "ceasefire", ("RU", "demand")),
    ("uk", "Сторони погодилися на мораторій на удари по енергетиці, хоча Москва згодом пов'язала його виконання зі "
           "зняттям санкцій.", "ceasefire", ("RU", "demand")),
    ("pl", "Strony zgodziły się na rozejm na Morzu Czarnym, ale Kreml powiązał jego wejście w życie ze zniesieniem "
           "sankcji.", "ceasefire", ("RU", "demand")),
]


@pytest.mark.parametrize("lang,text,category,position", TIED_TO, ids=ids(TIED_TO))
def test_tying_a_measure_to_a_step_demands_it(classifier, lang, text, category, position):
    assert position in given(classifier, text, lang, category)


def test_a_place_tied_to_a_region_is_no_condition(classifier):
    # 'пов'язана з' as a participle (related to), no verb of the party: no demand
    assert ("UA", "demand") not in given(
        classifier, "Україна відкинула перемир'я, пов'язане з відведенням військ, заявив Зеленський.", "uk", "ceasefire")


# --- r25C: parties outside the five in ru, uk, pl (the Red Cross, the IAEA, the African Union, South Africa, the Gulf states) hold OTHER ---

OTHER_PARTIES_R25C = [
    ("ru", "Международный комитет Красного Креста призвал Россию обеспечить доступ ко всем украинским военнопленным.",
     "prisoners"),
    ("ru", "Президент ЮАР призвал стороны обменять всех пленных на всех.", "prisoners"),
    ("uk", "МАГАТЕ закликало сторони погодитися на локальне перемир'я навколо Запорізької АЕС.", "ceasefire"),
    ("uk", "Країни Перської затоки готові профінансувати обмін полоненими.", "prisoners"),
    ("pl", "Unia Afrykańska zaproponowała wymianę wszystkich jeńców na wszystkich.", "prisoners"),
    ("pl", "Czerwony Krzyż wezwał Rosję do wpuszczenia obserwatorów do obozów jenieckich.", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", OTHER_PARTIES_R25C, ids=ids(OTHER_PARTIES_R25C))
def test_parties_outside_the_five_hold_other(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("OTHER", "demand")]


def test_a_red_cross_as_a_sign_is_no_party(classifier):
    assert given(classifier, "Бійці з червоними хрестами на рукавах евакуювали полонених.", "uk", "prisoners") == []


# --- r25C: the second of a call's coordinated infinitives is what the caller asks ('закликало ... утримуватися від ... і погодитися на ...') ---

SECOND_INFINITIVE = [
    ("ru", "Генсек ООН призвал Россию и Украину воздержаться от ударов по энергетической инфраструктуре и согласиться на "
           "полное прекращение огня.", "ceasefire"),
    ("uk", "Папа Лев закликав сторони утримуватися від ударів по цивільних об'єктах і погодитися на великоднє "
           "перемир'я.", "ceasefire"),
    ("uk", "ООН закликала Росію та Україну негайно припинити обстріли поблизу атомних станцій і погодитися на "
           "локальне припинення вогню.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", SECOND_INFINITIVE, ids=ids(SECOND_INFINITIVE))
def test_the_second_called_infinitive_is_the_callers_demand(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("OTHER", "demand")]


def test_a_finite_verb_after_the_call_keeps_its_own_subject(classifier):
    # a new clause with its own subject and a finite verb: Russia agrees, no call
    assert given(classifier, "ООН призвала стороны воздержаться от ударов, и Россия согласилась на перемирие.", "ru",
                 "ceasefire") == [("OTHER", "demand"), ("RU", "agree")]


# --- r25C: names inside a relative clause between a subject and its verb (', której delegacja odwiedziła Moskwę i Kijów,') hold nothing ---

PLAIN_RELATIVE_R25C = [
    ("ru", "Катар, представители которого побывали в Москве и Киеве, предложил новый обмен пленными.", "prisoners"),
    ("uk", "Ватикан, посланець якого відвідав Київ і Москву, запропонував обмін полоненими.", "prisoners"),
    ("pl", "Watykan, którego wysłannik odwiedził Kijów i Moskwę, zaproponował wymianę jeńców.", "prisoners"),
    ("pl", "Unia Afrykańska, której delegacja odwiedziła Moskwę i Kijów, zaproponowała wymianę jeńców.", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", PLAIN_RELATIVE_R25C, ids=ids(PLAIN_RELATIVE_R25C))
def test_names_in_a_plain_relative_clause_hold_nothing(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("OTHER", "demand")]


STANCED_RELATIVE = [
    # the relative clause's own stance verb: its subjects hold
    ("ru", "Перемирие, которое предложили Киев и Вашингтон, отвергла Москва.", "ceasefire"),
    ("pl", "Rozejm, którego domagały się Kijów i Waszyngton, odrzuciła Moskwa.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", STANCED_RELATIVE, ids=ids(STANCED_RELATIVE))
def test_names_in_a_stanced_relative_clause_still_hold(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "reject"), ("UA", "demand"), ("US", "demand")]


# --- r25C: a judgement quoted after the verb of judging ('назвал «неприемлемой» идею', 'uznał za „prowokację” plan') rejects as unquoted; 'так называемых' judges nothing ---

QUOTED_JUDGEMENT = [
    ("ru", "Лавров назвал «неприемлемой» идею размещения европейских миротворцев на Украине.", "neutrality",
     [("RU", "reject")]),
    ("ru", "Захарова назвала «юридически ничтожными» любые решения о конфискации российских активов.", "reparations",
     [("RU", "reject")]),
    ("uk", "Будь-які вимоги репарацій Кремль вважає «юридично нікчемними», заявив Пєсков.", "reparations",
     [("RU", "reject")]),
    ("pl", "Kreml uznał za „prowokację” plan wysłania europejskich żołnierzy na Ukrainę.", "neutrality",
     [("EU", "demand"), ("RU", "reject")]),
    # 'так называемых' (so-called) calls nothing: the judgement is the one after it
    ("ru", "Лавров заявил, что размещение так называемых «сил сдерживания» на Украине для России неприемлемо.",
     "neutrality", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", QUOTED_JUDGEMENT, ids=ids(QUOTED_JUDGEMENT))
def test_a_quoted_judgement_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


QUOTED_NOT_A_REFUSAL = [
    # 'так называемых' before a welcome is no judgement of refusal
    ("ru", "Лавров приветствовал участие так называемых «стран-гарантов» в переговорах о гарантиях безопасности.",
     "neutrality", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", QUOTED_NOT_A_REFUSAL, ids=ids(QUOTED_NOT_A_REFUSAL))
def test_so_called_is_no_refusal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r25C: a rejection and, after it, a demand 'instead' ('натомість вимагаючи', 'потребовав вместо этого', 'domagając się zamiast tego'): both stances of the subject ---

INSTEAD = [
    ("ru", "Кремль отверг предложение Вашингтона о перемирии, потребовав вместо этого прекратить поставки оружия Киеву.",
     "ceasefire", [("RU", "demand"), ("RU", "reject"), ("US", "demand")]),
    ("uk", "Москва відхилила пропозицію Києва про перемир'я, натомість вимагаючи припинити мобілізацію в Україні.",
     "ceasefire", [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]),
    ("pl", "Moskwa odrzuciła propozycję Kijowa dotyczącą rozejmu, domagając się zamiast tego wstrzymania dostaw broni.",
     "ceasefire", [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", INSTEAD, ids=ids(INSTEAD))
def test_a_demand_instead_of_what_is_rejected(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_a_gerund_without_instead_keeps_the_rejection_alone(classifier):
    # no 'instead': the gerund's object is no alternative told as such
    assert given(classifier, "Кремль отверг предложение Вашингтона о перемирии, потребовав прекратить поставки оружия "
                             "Киеву.", "ru", "ceasefire") == [("RU", "reject"), ("US", "demand")]


# --- a fresh user's trial: the owner of a rejecting noun rejects; the proposal in its object is another's ---
OWNED_REJECTION = [
    ("en", "Moscow's rejection of the ceasefire proposal angered Kyiv.", [("RU", "reject")]),
    ("en", "Russia's rejection of Ukraine's ceasefire proposal was expected.", [("RU", "reject"), ("UA", "demand")]),
    ("en", "Washington's rejection of the European truce plan surprised the allies.", [("EU", "demand"), ("US", "reject")]),
    ("en", "The Kremlin's rejection of Kyiv's call for a ceasefire came within hours.", [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", OWNED_REJECTION, ids=ids(OWNED_REJECTION))
def test_the_owner_of_a_rejecting_noun_rejects_the_proposal_in_its_object(classifier, lang, text, expected):
    assert positions(classifier, text, lang)["ceasefire"] == expected


OWNED_REJECTION_NEAR = [
    # the issue comes later, in the owner's own call: the rejection is of something else
    ("en", "Moscow's rejection of the plan was followed by its own call for a ceasefire.", [("RU", "demand")]),
    ("en", "Kyiv's rejection of the talks format did not stop it from calling for a ceasefire.", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", OWNED_REJECTION_NEAR, ids=ids(OWNED_REJECTION_NEAR))
def test_a_rejecting_noun_far_from_the_issue_keeps_the_owners_other_stance(classifier, lang, text, expected):
    assert positions(classifier, text, lang)["ceasefire"] == expected


# --- r26A: a passive reaction whose agent is a place ("was rejected in Moscow", "è stata respinta a Kiev") ---

PASSIVE_PLACE = [
    ("en", "Ukraine's offer of a mutual halt to strikes on power plants was curtly dismissed in Moscow.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("en", "The Kremlin's plan for a buffer zone along the border was rejected in Kyiv as a land grab.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("it", "La richiesta russa di ridurre l'esercito ucraino è stata respinta a Kiev senza esitazioni.", "neutrality",
     [("RU", "demand"), ("UA", "reject")]),
    ("it", "Il piano ucraino per uno scambio di tutti i prigionieri, che a Mosca è stato bocciato, resta sul tavolo.",
     "prisoners", [("RU", "reject"), ("UA", "demand")]),
    ("fr", "La proposition ukrainienne d'une trêve aérienne a été aussitôt rejetée à Moscou.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("de", "Der russische Vorschlag einer Pufferzone wurde in Kiew umgehend zurückgewiesen.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("es", "La propuesta rusa de congelar el frente fue rechazada en Kiev por considerarla una trampa.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Требование Кремля о выводе войск из Донбасса было отклонено в Киеве.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("uk", "Пропозицію Києва про обмін усіх полонених було відхилено в Москві.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
    ("pl", "Rosyjska propozycja strefy buforowej została odrzucona w Kijowie jako nie do przyjęcia.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
]

PASSIVE_PLACE_NOT = [
    # a signing or a presentation in a place is no reaction of the place's party
    ("en", "Kyiv's plan for a prisoner swap was presented in Ankara on Monday.", "prisoners", "TR"),
    ("ru", "Соглашение об обмене пленными было подписано в Анкаре.", "prisoners", "TR"),
    ("de", "Das Abkommen über einen Gefangenenaustausch wurde in Ankara unterzeichnet.", "prisoners", "TR"),
]


@pytest.mark.parametrize("lang,text,category,expected", PASSIVE_PLACE, ids=ids(PASSIVE_PLACE))
def test_passive_reaction_of_a_place(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", PASSIVE_PLACE_NOT, ids=ids(PASSIVE_PLACE_NOT))
def test_place_of_a_plain_passive_holds_nothing(classifier, lang, text, category, code):
    assert code not in {h for h, _ in given(classifier, text, lang, category)}


# --- r26A: a relative clause after the proposal whose subject is a place ("пропозицію, яку в Києві відкинули") ---

RELATIVE_PLACE = [
    ("ru", "Кремль потребовал вывода украинских войск из Запорожской области — требование, которое в Киеве сразу "
     "отвергли.", "territory", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Киев предложил обмен всех пленных на всех, предложение, которое в Москве отклонили.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
    ("uk", "Москва вимагала скоротити українську армію — вимогу, яку в Києві негайно відкинули.", "neutrality",
     [("RU", "demand"), ("UA", "reject")]),
    ("uk", "Речник Кремля заявив, що Росія готова до перемир'я лише після припинення мобілізації в Україні, — "
     "умову, яку в Києві відкинули.", "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Kreml zażądał neutralności Ukrainy – żądanie, które w Kijowie natychmiast odrzucono.", "neutrality",
     [("RU", "demand"), ("UA", "reject")]),
]

RELATIVE_PLACE_NOT = [
    # a relative clause that only says where the proposal was made gives the place nothing
    ("ru", "Киев предложил обмен всех пленных — предложение, которое в Москве обсуждали весь день.", "prisoners", "RU"),
    ("pl", "Kijów zaproponował wymianę jeńców – propozycję, którą w Ankarze omawiano przez cały dzień.", "prisoners",
     "TR"),
]


@pytest.mark.parametrize("lang,text,category,expected", RELATIVE_PLACE, ids=ids(RELATIVE_PLACE))
def test_relative_clause_of_a_reacting_place(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", RELATIVE_PLACE_NOT, ids=ids(RELATIVE_PLACE_NOT))
def test_place_in_a_plain_relative_holds_nothing(classifier, lang, text, category, code):
    assert code not in {h for h, _ in given(classifier, text, lang, category)}


# --- r26A: a reaction noun after the proposal, with the reacting place ("met with outrage in Kyiv", "вызвало неприятие в Киеве") ---

REACTION_NOUN = [
    ("en", "Moscow's call for a cap on Ukraine's army met with outrage in Kyiv.", "neutrality",
     [("RU", "demand"), ("UA", "reject")]),
    ("it", "La proposta americana di congelare il fronte ha suscitato una levata di scudi a Kiev.", "territory",
     [("UA", "reject"), ("US", "demand")]),
    ("fr", "La proposition russe d'un plafond pour l'armée ukrainienne a provoqué un tollé à Kyiv.", "neutrality",
     [("RU", "demand"), ("UA", "reject")]),
    ("de", "Der russische Vorschlag, die Ukraine solle auf die Krim verzichten, stieß in Kiew auf Empörung.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("es", "La propuesta rusa de una zona desmilitarizada generó un rechazo unánime en Kiev.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Вашингтон предложил заморозить конфликт по линии фронта, что вызвало возмущение в Киеве.", "territory",
     [("UA", "reject"), ("US", "demand")]),
    ("uk", "Кремль запропонував обмін полоненими лише на своїх умовах, що викликало обурення в Києві.", "prisoners",
     [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Rosyjska propozycja strefy buforowej spotkała się z krytyką w Kijowie.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
]

REACTION_NOUN_NOT = [
    # a reaction that is no refusal ('debate', a plain 'reception') gives the place nothing
    ("ru", "Вашингтон предложил заморозить конфликт по линии фронта, что вызвало споры в Киеве.", "territory", "UA"),
    ("pl", "Rosyjska propozycja strefy buforowej spotkała się z przyjęciem w Kijowie.", "territory", "UA"),
]


@pytest.mark.parametrize("lang,text,category,expected", REACTION_NOUN, ids=ids(REACTION_NOUN))
def test_reaction_noun_of_a_place(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", REACTION_NOUN_NOT, ids=ids(REACTION_NOUN_NOT))
def test_plain_reception_holds_no_refusal(classifier, lang, text, category, code):
    assert (code, "reject") not in given(classifier, text, lang, category)


# --- r26A: tr, a place in the locative before a rejecting passive ("Moskova'da reddedildi") ---

TR_LOCATIVE_PASSIVE = [
    ("tr", "Rusya'nın tampon bölge önerisi Kiev'de açıkça reddedildi.", "territory", [("RU", "demand"), ("UA", "reject")]),
    ("tr", "Ukrayna'nın tüm esirlerin takası önerisi Moskova'da bir kez daha reddedildi.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
    ("tr", "Kremlin'in ateşkes şartları Kiev'de \"teslimiyet\" olarak değerlendirildi.", "ceasefire",
     [("RU", "demand"), ("UA", "reject")]),
]

TR_LOCATIVE_PASSIVE_NOT = [
    # a signing or a discussion in a place is no refusal of the place's party
    ("tr", "Esir takası anlaşması Ankara'da imzalandı.", "prisoners", "TR"),
    ("tr", "Ukrayna'nın esir takası önerisi Ankara'da görüşüldü.", "prisoners", "TR"),
]


@pytest.mark.parametrize("lang,text,category,expected", TR_LOCATIVE_PASSIVE, ids=ids(TR_LOCATIVE_PASSIVE))
def test_tr_locative_place_of_a_rejecting_passive(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", TR_LOCATIVE_PASSIVE_NOT, ids=ids(TR_LOCATIVE_PASSIVE_NOT))
def test_tr_locative_place_of_a_plain_passive_holds_nothing(classifier, lang, text, category, code):
    assert code not in {h for h, _ in given(classifier, text, lang, category)}


# --- r26B: a third party that only reports what the parties agreed ("X said ... under a deal agreed by both sides")
# is no holder; the parties named as agreeing hold agree -------------------------------------------------------------

ANNOUNCED = [
    ("en", "Turkey said 150 prisoners would be exchanged on Friday under a deal agreed by both sides.", "prisoners"),
    ("en", "Qatar said the children would return home under an arrangement accepted by Moscow and Kyiv.", "prisoners"),
    ("it", "La Turchia ha detto che 150 prigionieri saranno scambiati venerdì in base a un accordo accettato da Mosca "
           "e Kiev.", "prisoners"),
    ("es", "Turquía dijo que 150 prisioneros serán canjeados el viernes en virtud de un acuerdo aceptado por Moscú y "
           "Kiev.", "prisoners"),
    ("de", "Die Türkei erklärte, am Freitag würden 150 Gefangene im Rahmen einer von Moskau und Kiew gebilligten "
           "Vereinbarung ausgetauscht.", "prisoners"),
    ("ru", "Турция заявила, что в пятницу 150 пленных будут обменены в рамках договоренности, одобренной Москвой и "
           "Киевом.", "prisoners"),
    ("uk", "Туреччина заявила, що в п'ятницю 150 полонених обміняють у межах домовленості, схваленої Москвою і "
           "Києвом.", "prisoners"),
    ("pl", "Turcja oświadczyła, że w piątek 150 jeńców zostanie wymienionych w ramach porozumienia zaakceptowanego "
           "przez Moskwę i Kijów.", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", ANNOUNCED, ids=[f"{c[0]}-{i}" for i, c in enumerate(ANNOUNCED)])
def test_announcer_of_an_agreement_is_no_holder(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "agree"), ("UA", "agree")]


@pytest.mark.parametrize("lang,text,category,expected", [
    # the reporter takes a stance of its own: it stays
    ("en", "Turkey said it rejected the exchange agreed by both sides.", "prisoners",
     [("RU", "agree"), ("TR", "reject"), ("UA", "agree")]),
    # a judging verb is a rejection of its own, not a report
    ("es", "El Consejo Europeo acordó mantener inmovilizados los activos rusos, una decisión que Moscú calificó de "
           "«robo».", "reparations", [("EU", "agree"), ("RU", "reject")]),
])
def test_announcer_near_misses(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r26B: a party agrees to another's proposal named after a cited source with no comma ("According to Reuters Kyiv
# accepted the American proposal ..."): the trigger opens a source, no document frame; the subject agrees ------------

SOURCE_THEN_AGREEMENT = [
    ("en", "According to Reuters Kyiv accepted the American proposal for a truce, while Moscow stayed silent.",
     [("UA", "agree"), ("US", "demand")]),
    ("it", "Secondo fonti diplomatiche Mosca ha accettato la proposta americana di tregua, ma chiede garanzie.",
     [("RU", "agree"), ("US", "demand")]),
    ("fr", "Selon Reuters Kiev a accepté la proposition américaine de trêve, a rapporté l'agence.",
     [("UA", "agree"), ("US", "demand")]),
    ("de", "Laut Reuters hat Kiew den amerikanischen Vorschlag einer Waffenruhe angenommen, berichtete die Agentur.",
     [("UA", "agree"), ("US", "demand")]),
    ("es", "Según Reuters Moscú aceptó la propuesta estadounidense de tregua, aunque con condiciones.",
     [("RU", "agree"), ("US", "demand")]),
    ("pl", "Według Reutersa Kijów poparł amerykański plan rozejmu, ale zażądał gwarancji.",
     [("UA", "agree"), ("US", "demand")]),
    ("ru", "По данным Reuters Киев принял американское предложение о перемирии, а Москва его отвергла.",
     [("RU", "reject"), ("UA", "agree"), ("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", SOURCE_THEN_AGREEMENT,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(SOURCE_THEN_AGREEMENT)])
def test_agreement_after_a_cited_source_is_no_document_frame(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


@pytest.mark.parametrize("lang,text", [
    # a document that frames the sentence: its owner only
    ("pl", "Według amerykańskiego planu, Ukraina wycofa wojska z Donbasu."),
    ("it", "Secondo il piano americano, l'Ucraina ritirerà le truppe dal Donbass."),
    ("es", "Según el plan estadounidense, Ucrania retiraría sus tropas del Donbás."),
])
def test_a_document_frame_still_frames(classifier, lang, text):
    assert given(classifier, text, lang, "territory") == [("US", "demand")]


# --- r26B: the agent of a participle that puts forward or signs the measure ("выдвинутую Киевом идею", "la tregua
# sottoscritta da Kiev") holds it: demand where it put it forward, agree where it signed it ------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Москва отвергла выдвинутую Киевом идею перемирия.", [("RU", "reject"), ("UA", "demand")]),
    ("ru", "Вашингтон поддержал выдвинутую Киевом идею перемирия.", [("UA", "demand"), ("US", "agree")]),
    ("it", "Rubio ha chiesto a Mosca di accettare il cessate il fuoco sottoscritto da Kiev.",
     [("UA", "agree"), ("US", "demand")]),
    ("it", "Rubio ha chiesto a Mosca di accettare la tregua già firmata da Kiev.", [("UA", "agree"), ("US", "demand")]),
    ("fr", "Rubio a exhorté Moscou à accepter la trêve déjà signée par Kiev.", [("UA", "agree"), ("US", "demand")]),
    ("es", "Rubio instó a Moscú a aceptar la tregua ya firmada por Kiev.", [("UA", "agree"), ("US", "demand")]),
    ("de", "Rubio forderte Moskau auf, die bereits von Kiew unterzeichnete Waffenruhe anzunehmen.",
     [("UA", "agree"), ("US", "demand")]),
    ("pl", "Rubio wezwał Moskwę do przyjęcia rozejmu podpisanego już przez Kijów.", [("UA", "agree"), ("US", "demand")]),
    ("en", "Washington backed the idea of a truce floated by Kyiv.", [("UA", "demand"), ("US", "agree")]),
])
def test_agent_of_a_participle_holds_the_measure(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


@pytest.mark.parametrize("lang,text,expected", [
    # signed somewhere, by no one named: no second holder
    ("it", "Washington chiede a Mosca di rispettare la tregua firmata a Gedda.", [("US", "demand")]),
    ("ru", "Москва поддержала выдвинутую идею перемирия.", [("RU", "agree")]),
])
def test_participle_without_agent_near_misses(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


# --- r26B: a party whose decision or readiness to act another welcomes ("Kyiv welcomed Washington's decision to back a
# truce"): both hold a position, the decider the stance of the verb its decision governs ----------------------------

DECIDED = [
    ("en", "Kyiv welcomed Washington's decision to back an energy truce.", [("UA", "agree"), ("US", "agree")]),
    ("en", "Kyiv welcomed the decision of Washington to back an energy truce.", [("UA", "agree"), ("US", "agree")]),
    ("en", "Kyiv welcomed Moscow's readiness to accept an energy truce.", [("RU", "agree"), ("UA", "agree")]),
    ("it", "Kiev ha accolto con favore la decisione di Washington di sostenere una tregua energetica.",
     [("UA", "agree"), ("US", "agree")]),
    ("it", "Kiev ha accolto con favore la disponibilità di Mosca ad accettare una tregua energetica.",
     [("RU", "agree"), ("UA", "agree")]),
    ("de", "Kiew begrüßte die Entscheidung Washingtons, eine Energie-Waffenruhe zu unterstützen.",
     [("UA", "agree"), ("US", "agree")]),
    ("es", "Kiev celebró la decisión de Washington de apoyar una tregua energética.", [("UA", "agree"), ("US", "agree")]),
    ("ru", "Киев приветствовал решение Вашингтона поддержать энергетическое перемирие.",
     [("UA", "agree"), ("US", "agree")]),
    ("uk", "Київ привітав рішення Вашингтона підтримати енергетичне перемир'я.", [("UA", "agree"), ("US", "agree")]),
]


@pytest.mark.parametrize("lang,text,expected", DECIDED, ids=[f"{c[0]}-{i}" for i, c in enumerate(DECIDED)])
def test_a_decider_holds_the_stance_of_its_decided_verb(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a decision with no verb after it: its owner takes no stance through it
    ("en", "Moscow's decision came after Kyiv backed an energy truce.", [("UA", "agree")]),
    # the verb after the decision is too far, in another clause
    ("en", "Kyiv welcomed Washington's decision. Moscow rejected the energy truce.", [("RU", "reject"), ("UA", "agree")]),
    # the decided verb is not the one over the issue: another verb stands between them
    ("ru", "Эрдоган заявил о готовности Турции снова принять делегации и предложил создать в Анкаре центр контроля за "
           "соблюдением перемирия.", [("TR", "demand")]),
])
def test_decider_near_misses(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


# --- r26C: one holder rejects one option and offers another in a contrasted clause of its own ---

TWO_STANCES = [
    # German: an article after the comma of reported speech ("betonte, die Türkei werde") opens no relative clause
    ("de", "Merz betonte, die Türkei werde keine Truppen in die Ukraine schicken, sei aber bereit, eine Friedenstruppe "
           "logistisch zu unterstützen.", "neutrality", [("TR", "demand"), ("TR", "reject")]),
    ("de", "Der Minister sagte, die Ukraine werde den Donbass niemals aufgeben, sei aber bereit, die Frontlinie "
           "einzufrieren.", "territory", [("UA", "demand"), ("UA", "reject")]),
    # a contrasted gerund of saying before the readiness ("tout en se disant prête à", "pur dicendosi pronta a")
    ("fr", "Kiev refuse toute cession du Donbass, tout en se disant prête à geler la ligne de front.", "territory",
     [("UA", "demand"), ("UA", "reject")]),
    ("it", "Kiev non cederà mai il Donbass, pur dicendosi pronta a congelare la linea del fronte.", "territory",
     [("UA", "demand"), ("UA", "reject")]),
    # a reporting verb after ", but" reports the holder's next position
    ("es", "Moscú pidió un alto el fuego parcial, pero subrayó que no aceptará una tregua total.", "ceasefire",
     [("RU", "demand"), ("RU", "reject")]),
    ("es", "Zelenski propuso congelar la línea del frente, pero aseguró que Ucrania no cederá el Donbás.", "territory",
     [("UA", "demand"), ("UA", "reject")]),
    # the clause a closing speaker adds ("aggiungendo che ...", "añadiendo que ...") holds the speaker's second stance
    ("it", "«La neutralità di Kiev è una condizione per ogni accordo», ha detto il ministro russo Lavrov, aggiungendo "
           "che l'adesione dell'Ucraina alla NATO è esclusa.", "neutrality", [("RU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TWO_STANCES, ids=ids(TWO_STANCES))
def test_one_holder_two_stances(classifier, lang, text, category, expected):
    assert given_all(classifier, text, lang, [category])[category] == expected


TWO_STANCES_NOT = [
    # another party's readiness after ", mentre" is its own, no second stance of the first subject
    ("it", "Kiev ha respinto la tregua, mentre Mosca si è detta pronta a congelare il fronte.", "ceasefire",
     ("UA", "demand")),
    # a true German relative clause still ends at its comma: no stance of the relative's subject on the main clause
    ("de", "Der Plan, den Moskau im Frühjahr vorgelegt hatte, sieht die Abtretung des Donbass vor.", "territory",
     ("RU", "reject")),
    # an added clause without a stance of its own adds none
    ("it", "«Serve una tregua», ha detto Peskov, aggiungendo che il Cremlino discuterà i dettagli con Washington.",
     "ceasefire", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,wrong", TWO_STANCES_NOT, ids=ids(TWO_STANCES_NOT))
def test_one_holder_two_stances_near_misses(classifier, lang, text, category, wrong):
    assert wrong not in given_all(classifier, text, lang, [category])[category]


# --- r26C: conditional acceptance ("may agree to X if Y") is agree on X, the condition a demand on Y's issue ---

CONDITIONAL_ACCEPTANCE = [
    ("ru", "Зеленский допустил, что Украина может согласиться на заморозку линии фронта, если партнеры дадут "
           "гарантии безопасности.", {"territory": [("UA", "agree")], "neutrality": [("UA", "demand")]}),
    ("pl", "Zełenski przyznał, że Ukraina może zgodzić się na zamrożenie linii frontu, jeśli sojusznicy dadzą "
           "gwarancje bezpieczeństwa.", {"territory": [("UA", "agree")], "neutrality": [("UA", "demand")]}),
    ("en", "Zelensky said Ukraine could agree to freeze the front line if its allies provided security guarantees.",
     {"territory": [("UA", "agree")], "neutrality": [("UA", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", CONDITIONAL_ACCEPTANCE, ids=ids(CONDITIONAL_ACCEPTANCE))
def test_conditional_acceptance(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, list(expected)) == expected


CONDITIONAL_ACCEPTANCE_NOT = [
    # a condition on the label's own issue stays its demand ("would accept a truce only if ...")
    ("en", "Moscow would accept a ceasefire only if Western arms deliveries to Kyiv stopped.", "ceasefire",
     ("RU", "demand")),
]


@pytest.mark.parametrize("lang,text,category,kept", CONDITIONAL_ACCEPTANCE_NOT, ids=ids(CONDITIONAL_ACCEPTANCE_NOT))
def test_conditional_acceptance_near_misses(classifier, lang, text, category, kept):
    assert kept in given_all(classifier, text, lang, [category])[category]


# --- r27A: the second party of a contrast reports its own position through its reporting verb ---

CONTRASTED_REPORTER = [
    ("en", "Moscow wants all of Donetsk, but Kyiv says it will never hand over the region.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("en", "While Moscow insists that Ukraine must cede the four regions, Kyiv says it will never accept their annexation.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("de", "Moskau fordert den gesamten Donbass, aber Kiew erklärt, dass es die Region niemals abtreten werde.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("fr", "Moscou réclame tout le Donbass, tandis que Kiev affirme qu'il ne cédera jamais la région.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("ru", "В то время как Москва требует весь Донбасс, Киев заявляет, что никогда не уступит этот регион.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("uk", "У той час як Москва вимагає весь Донбас, Київ заявляє, що ніколи не поступиться цим регіоном.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
]

# near-misses: no contrast, the reporter after the clause only reports; a doubt is no position
NOT_CONTRASTED_REPORTER = [
    ("en", "Moscow demands the four regions, Kyiv says.", "territory", [("RU", "demand")]),
    ("en", "While Moscow insists that Ukraine must cede the four regions, analysts doubt Kyiv will ever agree.",
     "territory", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CONTRASTED_REPORTER + NOT_CONTRASTED_REPORTER,
                         ids=ids(CONTRASTED_REPORTER + NOT_CONTRASTED_REPORTER))
def test_contrasted_reporter(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r27A: beside an opening "While X insists ...", the other party's "argues that ..." is its own view ---

OPENING_CONTRAST_CONTENT = [
    ("pl", "Podczas gdy Moskwa domaga się neutralności Ukrainy, Kijów przekonuje, że tylko członkostwo w NATO da mu "
     "bezpieczeństwo.", "neutrality", [("RU", "demand"), ("UA", "demand")]),
    ("en", "While Moscow insists on a neutral Ukraine, Kyiv says that membership of NATO is its only real safeguard.",
     "neutrality", [("RU", "demand"), ("UA", "demand")]),
    ("pl", "Moskwa żąda całego Donbasu, ale Kijów przekonuje, że nigdy nie odda tego regionu.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
]

# near-misses: a reply after ", but" may turn the first party down without a cue; persuading a party asks it of it
NOT_OPENING_CONTRAST_CONTENT = [
    ("en", "Kyiv proposed a full ceasefire in the air and at sea, but the Kremlin replied that a partial truce "
     "would only let the Ukrainian army rearm.", "ceasefire", [("UA", "demand")]),
    ("pl", "Waszyngton przekonuje Kijów, by zgodził się na rozejm.", "ceasefire", [("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OPENING_CONTRAST_CONTENT + NOT_OPENING_CONTRAST_CONTENT,
                         ids=ids(OPENING_CONTRAST_CONTENT + NOT_OPENING_CONTRAST_CONTENT))
def test_opening_contrast_content(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r27B: "reagierte mit Kritik auf X": the reacting subject rejects, X's owner keeps its demand ---

REACTED_WITH = [
    ("de", "Moskau reagierte mit Empörung auf den Vorschlag der EU, eingefrorene russische Vermögenswerte für die Ukraine zu nutzen.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Kiew reagierte mit Ablehnung auf die russische Forderung nach einem Rückzug aus dem Donbass.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("de", "Mit scharfer Kritik reagierte der Kreml auf das Angebot der EU, Friedenstruppen in die Ukraine zu schicken.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", REACTED_WITH, ids=ids(REACTED_WITH))
def test_reacted_with_criticism_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_reacted_with_relief_is_no_rejection(classifier):
    got = given(classifier, "Kiew reagierte mit Erleichterung auf den Vorschlag einer Waffenruhe.", "de", "ceasefire")
    assert ("UA", "reject") not in got


# --- r27B: the presidency is its state's party ("la présidence ukrainienne a écarté l'exigence russe") ---

PRESIDENCY = [
    ("fr", "La présidence ukrainienne a sèchement écarté l'exigence russe d'un retrait du Donbass.", "territory"),
    ("en", "The Ukrainian presidency rejected the Russian demand for a withdrawal from the Donbas.", "territory"),
    ("it", "La presidenza ucraina ha respinto la richiesta russa di un ritiro dal Donbass.", "territory"),
    ("es", "La presidencia ucraniana rechazó la exigencia rusa de una retirada del Donbás.", "territory"),
]


@pytest.mark.parametrize("lang,text,category", PRESIDENCY, ids=ids(PRESIDENCY))
def test_presidency_rejects(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "demand"), ("UA", "reject")]


def test_presidency_of_a_meeting_is_no_ukrainian_reject(classifier):
    got = given(classifier, "La présidence ukrainienne a présenté l'exigence d'un retrait russe du Donbass.", "fr", "territory")
    assert ("UA", "reject") not in got


# --- r27B: calling another party's condition an "ultimatum", even impersonally ("nazwano „ultimatum”") ---

ULTIMATUM = [
    ("pl", "Kreml zgodzi się na rozejm, pod warunkiem że Ukraina odda Zaporoże – warunek, który w Kijowie nazwano „ultimatum”.",
     "territory"),
    ("pl", "Rosyjski warunek oddania Chersonia nazwano w Kijowie „ultimatum”.", "territory"),
    ("ru", "Россия потребовала отдать Херсон — условие, которое в Киеве назвали «ультиматумом».", "territory"),
    ("en", "Russia demanded that Ukraine cede Kherson, a condition Kyiv called an ultimatum.", "territory"),
]


@pytest.mark.parametrize("lang,text,category", ULTIMATUM, ids=ids(ULTIMATUM))
def test_ultimatum_called_rejects(classifier, lang, text, category):
    got = given(classifier, text, lang, category)
    assert ("UA", "reject") in got and ("RU", "demand") in got


# --- r27B: tr, the agent of a rejecting passive with words between ("X tarafından ... reddedildi") ---

AGENT_REJECTS = [
    ("tr", "Kiev'in ateşkes önerisi Moskova tarafından bir oyun olarak değerlendirilerek geri çevrildi.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("tr", "Avrupa'nın barış gücü önerisi Kremlin tarafından sert bir dille reddedildi.", "neutrality",
     [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Ukrayna'nın esir takası teklifi Moskova tarafından kesin bir şekilde reddedildi.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", AGENT_REJECTS, ids=ids(AGENT_REJECTS))
def test_agent_of_rejecting_passive(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def test_agent_of_proposing_passive_demands(classifier):
    got = given(classifier, "Ateşkes önerisi Moskova tarafından kısa süre önce resmen sunuldu.", "tr", "ceasefire")
    assert ("RU", "demand") in got and ("RU", "reject") not in got


# --- r27B: a relative after the demand whose subject is a commissioner or counterpart ("una richiesta che la
# commissaria russa ha respinto"): the office is its state's party ---

COUNTERPART = [
    ("it", "Kiev ha chiesto il ritorno dei bambini deportati, una richiesta che la commissaria russa per i diritti dell'infanzia ha respinto."),
    ("es", "Kiev exigió el regreso de los niños deportados, una petición que su homólogo ruso rechazó."),
    ("fr", "Kiev a réclamé le retour des enfants déportés, une demande que son homologue russe a rejetée."),
]


@pytest.mark.parametrize("lang,text", COUNTERPART, ids=ids(COUNTERPART))
def test_counterpart_in_relative_rejects(classifier, lang, text):
    assert given(classifier, text, lang, "prisoners") == [("RU", "reject"), ("UA", "demand")]


def test_commissioner_who_demands_is_no_rejecter(classifier):
    got = given(classifier, "La commissaire ukrainienne a réclamé la libération des civils détenus.", "fr", "prisoners")
    assert got == [("UA", "demand")]


# --- r27C: a party that speaks for, backs or prepares the creation of a new body or fund proposes it (demand) ---

CREATION = [
    ("ru", "Министры ЕС выступают за создание компенсационного фонда для Украины.", [("EU", "demand")]),
    ("uk", "Міністри ЄС виступають за створення компенсаційного фонду для України.", [("EU", "demand")]),
    ("uk", "Брюссель готує створення комісії з претензій, яка ухвалюватиме рішення щодо виплат.", [("EU", "demand")]),
    ("it", "L'Ue prepara la creazione di un fondo di risarcimento per l'Ucraina.", [("EU", "demand")]),
    ("fr", "L'UE prépare la création d'une commission des réclamations pour l'Ukraine.", [("EU", "demand")]),
    ("pl", "Ministrowie UE opowiadają się za utworzeniem funduszu odszkodowawczego dla Ukrainy.", [("EU", "demand")]),
    ("en", "The EU is working to set up a claims commission for Ukraine.", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", CREATION)
def test_backing_a_new_body_demands_it(classifier, lang, text, expected):
    assert given(classifier, text, lang, "reparations") == expected


# near-misses: being for another party's proposal supports it (agree), the proposal stays its author's demand
BACKING_A_PROPOSAL = [
    ("ru", "Франция выступает за предложение Киева о компенсационном фонде.", [("EU", "agree"), ("UA", "demand")]),
    ("uk", "Франція виступає за пропозицію Києва щодо компенсаційного фонду.", [("EU", "agree"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", BACKING_A_PROPOSAL)
def test_backing_a_proposal_agrees(classifier, lang, text, expected):
    assert given(classifier, text, lang, "reparations") == expected


# --- r27C: a party's plan that leaves a measure out (does not provide for it) rules it out, beside what it offers ---

LEFT_OUT = [
    ("en", "The British plan does not provide for Ukraine's NATO membership, but offers long-term security guarantees."),
    ("ru", "Британский план не предусматривает вступления Украины в НАТО, но предлагает ей долгосрочные гарантии безопасности."),
    ("uk", "Британський план, як пише Reuters, не передбачає вступу України до НАТО, проте пропонує довгострокові гарантії безпеки."),
    ("it", "Il piano britannico non prevede l'ingresso dell'Ucraina nella NATO, ma offre garanzie di sicurezza a lungo termine."),
    ("fr", "Le plan britannique ne prévoit pas l'entrée de l'Ukraine dans l'OTAN, mais propose des garanties de sécurité durables."),
    ("de", "Der britische Plan sieht keinen NATO-Beitritt der Ukraine vor, bietet aber langfristige Sicherheitsgarantien an."),
    ("es", "El plan británico no contempla el ingreso de Ucrania en la OTAN, pero ofrece garantías de seguridad duraderas."),
    ("pl", "Brytyjski plan nie przewiduje wejścia Ukrainy do NATO, ale oferuje długoterminowe gwarancje bezpieczeństwa."),
    ("tr", "İngiliz planı Ukrayna'nın NATO üyeliğini öngörmüyor, ancak uzun vadeli güvenlik garantileri sunuyor."),
]


@pytest.mark.parametrize("lang,text", LEFT_OUT)
def test_plan_leaving_a_measure_out_rejects_it(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("EU", "demand"), ("EU", "reject")]


# near-misses: a plan that provides for the measure only demands it; a plan rejected by another party stays its owner's demand
PROVIDED_FOR = [
    ("en", "The British plan provides for security guarantees for Ukraine.", [("EU", "demand")]),
    ("ru", "Британский план предусматривает гарантии безопасности для Украины.", [("EU", "demand")]),
    ("it", "Mosca ha respinto il piano britannico sulle garanzie di sicurezza.", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,expected", PROVIDED_FOR)
def test_plan_providing_for_a_measure_demands_it(classifier, lang, text, expected):
    assert given(classifier, text, lang, "neutrality") == expected


# --- r27C: a measure taken on the proposal, initiative or urging of a third party, the phrase opening the sentence:
# the third party demands, the parties that agree agree ---

FRONTED_PROPOSAL = [
    ("ru", "По инициативе Турции Россия и Украина договорились о перемирии на Черном море."),
    ("ru", "По предложению Турции Москва и Киев согласились на локальное перемирие."),
    ("de", "Auf Initiative der Türkei einigten sich Russland und die Ukraine auf eine Waffenruhe im Schwarzen Meer."),
    ("de", "Auf Vorschlag der Türkei stimmten Moskau und Kiew einer lokalen Waffenruhe zu."),
    ("pl", "Z inicjatywy Turcji Rosja i Ukraina uzgodniły rozejm na Morzu Czarnym."),
]


@pytest.mark.parametrize("lang,text", FRONTED_PROPOSAL)
def test_fronted_proposal_keeps_proposer_and_agreeing_parties(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "agree"), ("TR", "demand"), ("UA", "agree")]


# near-miss: a proposal named as the object of a rejection is no fronted proposal: its owner demands, the subject rejects
def test_rejected_proposal_is_no_fronted_one(classifier):
    assert given(classifier, "Россия отвергла предложение Турции о перемирии.", "ru", "ceasefire") == [("RU", "reject"), ("TR", "demand")]

# --- r28A: readiness for a measure named by a noun offers it, a demand; readiness for another's proposal agrees ---

READY_FOR = [
    ("fr", "Paris se dit prêt à une trêve olympique de deux semaines, a indiqué l'Élysée.", {"ceasefire": [("EU", "demand")]}),
    ("it", "Kiev è pronta a uno scambio di tutti i detenuti civili già da domani, ha detto il ministro.",
     {"prisoners": [("UA", "demand")]}),
    ("de", "Die Ukraine sei zu einer Feuerpause über die Feiertage bereit, erklärte das Präsidialamt.",
     {"ceasefire": [("UA", "demand")]}),
    ("es", "El Kremlin se mostró dispuesto a una tregua de Pascua de tres días, según la agencia TASS.",
     {"ceasefire": [("RU", "demand")]}),
    ("ru", "Киев готов к перемирию на время зимних праздников, сообщил министр иностранных дел.",
     {"ceasefire": [("UA", "demand")]}),
    ("uk", "Київ готовий до обміну всіх цивільних заручників уже наступного тижня, заявив омбудсмен.",
     {"prisoners": [("UA", "demand")]}),
    ("pl", "Kijów jest gotowy na wymianę wszystkich zatrzymanych cywilów, oświadczył rzecznik MSZ.",
     {"prisoners": [("UA", "demand")]}),
]

# near-misses: a negated readiness refuses; readiness for another party's proposal, or for talks, agrees
NOT_READY_FOR = [
    ("ru", "Кремль пока не готов к перемирию на время праздников.", {"ceasefire": [("RU", "reject")]}),
    ("de", "Die Ukraine ist zu einer Feuerpause über die Feiertage nicht bereit.", {"ceasefire": [("UA", "reject")]}),
    ("fr", "Kiev s'est dit prêt à la proposition américaine de trêve aérienne.", {"ceasefire": [("UA", "agree"), ("US", "demand")]}),
    ("uk", "Київ готовий до переговорів про перемир'я.", {"ceasefire": [("UA", "agree")]}),
]


@pytest.mark.parametrize("lang,text,expected", READY_FOR + NOT_READY_FOR, ids=ids(READY_FOR + NOT_READY_FOR))
def test_readiness_for_a_measure_offers_it(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, list(expected)) == expected


# --- r28A: a refusal whose holder goes on in its own words (a gerund, a reporting verb) to set a condition: reject on
# the measure refused and demand on the condition ---

REFUSED_ON_CONDITION = [
    ("en", "Moscow turned down the Christmas truce, saying that a pause was out of the question unless Kyiv halted its "
           "mobilisation."),
    ("en", "The Kremlin dismissed the offer of an Easter truce, saying Western arms shipments would have to end first."),
    ("it", "Il Cremlino ha respinto la proposta di una tregua pasquale, affermando che prima dovrebbero cessare le "
           "forniture di armi occidentali."),
    ("fr", "Le Kremlin a rejeté l'offre d'une trêve de Pâques, affirmant que les livraisons d'armes occidentales "
           "devraient d'abord cesser."),
    ("es", "El Kremlin rechazó la oferta de una tregua de Pascua, afirmando que antes deberían cesar los envíos de "
           "armas occidentales."),
    ("uk", "Кремль відхилив ідею великоднього перемир'я, висунувши низку власних умов."),
    ("pl", "Kreml odrzucił propozycję rozejmu wielkanocnego, zaznaczając, że najpierw Zachód musi wstrzymać dostawy broni."),
    ("ru", "Кремль отклонил идею пасхального перемирия, заявив, что сначала Запад должен прекратить поставки оружия."),
]


@pytest.mark.parametrize("lang,text", REFUSED_ON_CONDITION, ids=ids(REFUSED_ON_CONDITION))
def test_a_refusal_with_a_condition_said_after_it(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire"])["ceasefire"] == [("RU", "demand"), ("RU", "reject")]


# near-misses: a gerund that only accuses or argues, with no condition in its clause, adds nothing
NOT_REFUSED_ON_CONDITION = [
    ("en", "The Kremlin rejected the Easter truce, accusing Kyiv of planning to use it to rearm.", [("RU", "reject")]),
    ("it", "Mosca ha respinto la tregua pasquale, sostenendo che servirebbe solo a riarmare Kiev.", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,expected", NOT_REFUSED_ON_CONDITION, ids=ids(NOT_REFUSED_ON_CONDITION))
def test_a_refusal_with_a_gerund_but_no_condition(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["ceasefire"])["ceasefire"] == expected


# --- r28A: conditioning verbs ('supeditó X a Y', 'subordonne X à Y', 'macht X von Y abhängig', 'made X conditional on
# Y') demand the condition; beside an agreement of the same party in another clause, it keeps both ---

CONDITIONED_AGREEMENT = [
    ("es", "Rusia aceptó una tregua aérea, aunque el Kremlin supeditó su entrada en vigor a la retirada de las sanciones."),
    ("fr", "La Russie a accepté une trêve aérienne, mais le Kremlin subordonne son entrée en vigueur à la levée des "
           "sanctions."),
    ("de", "Russland stimmte einer Feuerpause in der Luft zu, machte ihr Inkrafttreten aber von der Aufhebung der "
           "Sanktionen abhängig."),
    ("en", "Russia accepted an air truce, but the Kremlin made its entry into force conditional on the lifting of sanctions."),
    ("pl", "Rosja zgodziła się na rozejm w powietrzu, ale Kreml uwarunkował jego wejście w życie zniesieniem sankcji."),
]


@pytest.mark.parametrize("lang,text", CONDITIONED_AGREEMENT, ids=ids(CONDITIONED_AGREEMENT))
def test_an_agreement_and_its_condition_set_by_a_conditioning_verb(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire"])["ceasefire"] == [("RU", "agree"), ("RU", "demand")]


# near-misses: 'made' with no 'conditional on' after it, and an agreement with no conditioning verb, condition nothing
NOT_CONDITIONED = [
    ("en", "Russia made a new offer of an air truce on Monday.", [("RU", "demand")]),
    ("es", "Rusia aceptó una tregua aérea en Riad.", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,expected", NOT_CONDITIONED, ids=ids(NOT_CONDITIONED))
def test_no_conditioning_verb(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["ceasefire"])["ceasefire"] == expected

# --- r28B: coordinated places after a reaction each hold it, or the verb of their own ("rejected in Kyiv but hailed in Moscow") ---

COORDINATED_PLACES = [
    ("en", "The American draft on a demilitarised strip was turned down in Kyiv but applauded in Moscow.", "territory",
     [("RU", "agree"), ("UA", "reject"), ("US", "demand")]),
    ("en", "Turkey's offer to monitor the truce was rejected both in Moscow and in Kyiv.", "ceasefire",
     [("RU", "reject"), ("TR", "demand"), ("UA", "reject")]),
    ("es", "La propuesta rusa de una zona tampón fue rechazada tanto en Kiev como en Washington.", "territory",
     [("RU", "demand"), ("UA", "reject"), ("US", "reject")]),
    ("it", "La proposta americana di congelare il fronte è stata respinta a Kiev ma applaudita a Mosca.", "territory",
     [("RU", "agree"), ("UA", "reject"), ("US", "demand")]),
    ("fr", "L'offre turque d'un échange de prisonniers, saluée par Kiev mais rejetée par Moscou, reste sur la table.",
     "prisoners", [("RU", "reject"), ("TR", "demand"), ("UA", "agree")]),
    ("fr", "Le plan américain de gel du front a été rejeté à Kiev mais applaudi à Moscou.", "territory",
     [("RU", "agree"), ("UA", "reject"), ("US", "demand")]),
    ("de", "Der amerikanische Vorschlag einer entmilitarisierten Zone wurde in Kiew und in Moskau abgelehnt.", "territory",
     [("RU", "reject"), ("UA", "reject"), ("US", "demand")]),
    ("es", "El plan estadounidense de congelar el frente fue rechazado en Kiev y aplaudido en Moscú.", "territory",
     [("RU", "agree"), ("UA", "reject"), ("US", "demand")]),
    ("ru", "Американский план заморозки фронта был отвергнут в Киеве и одобрен в Москве.", "territory",
     [("RU", "agree"), ("UA", "reject"), ("US", "demand")]),
    ("pl", "Amerykański plan zamrożenia frontu spotkał się z krytyką zarówno w Kijowie, jak i w Moskwie.", "territory",
     [("RU", "reject"), ("UA", "reject"), ("US", "demand")]),
    ("pl", "Rosyjska propozycja wymiany jeńców została odrzucona w Kijowie i w Waszyngtonie.", "prisoners",
     [("RU", "demand"), ("UA", "reject"), ("US", "reject")]),
]

COORDINATED_PLACES_NOT = [
    # a second place where the plan was only presented or discussed holds nothing
    ("en", "The American draft on a demilitarised strip was turned down in Kyiv and presented in Ankara.", "territory", "TR"),
    ("pl", "Amerykański plan zamrożenia frontu spotkał się z krytyką w Kijowie, a omawiano go w Ankarze.", "territory", "TR"),
    ("de", "Der amerikanische Vorschlag wurde in Kiew abgelehnt und in Ankara vorgestellt.", "territory", "TR"),
    # a delegation greeted in a capital is no welcome of a measure
    ("it", "La proposta russa è stata respinta a Kiev, mentre la delegazione ucraina è stata salutata a Roma.", "territory", "EU"),
    ("fr", "Le plan russe a été rejeté à Kiev, et la délégation ukrainienne a été saluée à Paris.", "territory", "EU"),
]


@pytest.mark.parametrize("lang,text,category,expected", COORDINATED_PLACES, ids=ids(COORDINATED_PLACES))
def test_coordinated_places_of_a_reaction(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", COORDINATED_PLACES_NOT, ids=ids(COORDINATED_PLACES_NOT))
def test_a_coordinated_place_with_no_reaction_holds_nothing(classifier, lang, text, category, code):
    assert code not in {h for h, _ in given(classifier, text, lang, category)}


# --- r28B: a party's "no" or a harsh reaction as a noun ('un rotundo «no» de Zelenski', 'une fin de non-recevoir à Kiev', 'sert tepkiyle karşılandı') ---

REACTION_IDIOMS = [
    ("en", "Kyiv's proposal for a truce in the air drew a curt \"no\" from the Kremlin.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("it", "La proposta ucraina di una tregua aerea ha incassato un secco «no» da Mosca.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("fr", "La demande russe d'un retrait du Donbass s'est heurtée à une fin de non-recevoir à Kiev.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("fr", "L'offre ukrainienne d'un échange de tous les prisonniers a reçu un « non » ferme de Moscou.", "prisoners",
     [("RU", "reject"), ("UA", "demand")]),
    ("es", "La petición ucraniana de un alto el fuego aéreo obtuvo un tajante «no» del Kremlin.", "ceasefire",
     [("RU", "reject"), ("UA", "demand")]),
    ("es", "Con un rotundo «no» contestó Kiev a la idea rusa de una zona tampón en el Donbás.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("tr", "Rusya'nın tampon bölge önerisi Kiev'de sert tepkiyle karşılandı.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
]

REACTION_IDIOMS_NOT = [
    # a positive reaction, or a 'no' that is not a party's, rejects nothing
    ("tr", "Rusya'nın tampon bölge önerisi Kiev'de olumlu tepkiyle karşılandı.", "territory", "UA"),
    ("es", "La propuesta rusa de una zona tampón no recibió respuesta de Kiev.", "territory", "UA"),
    ("fr", "La proposition russe d'une zone tampon n'a pas reçu de réponse de Kiev.", "territory", "UA"),
]


@pytest.mark.parametrize("lang,text,category,expected", REACTION_IDIOMS, ids=ids(REACTION_IDIOMS))
def test_a_partys_no_or_harsh_reaction_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", REACTION_IDIOMS_NOT, ids=ids(REACTION_IDIOMS_NOT))
def test_no_reaction_idiom_no_rejection(classifier, lang, text, category, code):
    assert (code, "reject") not in given(classifier, text, lang, category)


# --- r28B: the agent of a participle that promotes or champions the proposal reacted to holds its demand ("promovida por varios gobiernos europeos") ---

PROMOTED_BY = [
    ("en", "The Kremlin dismissed the idea of a no-fly zone over western Ukraine, championed by several European capitals.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Mosca ha bocciato l'idea di una zona di interdizione al volo, promossa da diversi governi europei.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Moscou a rejeté l'idée d'une zone d'exclusion aérienne, promue par plusieurs gouvernements européens.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Moscú rechazó la idea de una fuerza de paz en Ucrania, impulsada por varios gobiernos europeos.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
]

PROMOTED_BY_NOT = [
    # an idea of a European force is no idea of Europe's: the adjective is in its content
    ("es", "El Kremlin rechazó la idea de una fuerza europea de paz y exigió la neutralidad de Ucrania.", "neutrality", "EU"),
    ("en", "The Kremlin rejected the idea of a European peacekeeping force and demanded Ukraine's neutrality.", "neutrality",
     "EU"),
]


@pytest.mark.parametrize("lang,text,category,expected", PROMOTED_BY, ids=ids(PROMOTED_BY))
def test_the_agent_promoting_a_proposal_demands_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", PROMOTED_BY_NOT, ids=ids(PROMOTED_BY_NOT))
def test_an_adjective_in_the_ideas_content_owns_nothing(classifier, lang, text, category, code):
    assert code not in {h for h, _ in given(classifier, text, lang, category)}


# --- r28B: the agent of a participle that plans, wants or accepts the measure reacted to ("die von Paris und London geplante Stationierung", "dem von Kiew bereits akzeptierten Waffenstillstand") ---

AGENT_OF_PARTICIPLE = [
    ("en", "The buffer zone envisaged by Washington was dismissed in Kyiv as a reward for aggression.", "territory",
     [("UA", "reject"), ("US", "demand")]),
    ("it", "La forza di rassicurazione voluta da Parigi e Londra è stata bocciata a Mosca.", "neutrality",
     [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Le contingent européen envisagé par Paris et Londres a été rejeté à Moscou.", "neutrality",
     [("EU", "demand"), ("RU", "reject")]),
    ("de", "Die von Washington angestrebte Pufferzone wurde in Kiew abgelehnt.", "territory",
     [("UA", "reject"), ("US", "demand")]),
    ("de", "Washington forderte Moskau auf, der von Kiew bereits akzeptierten Waffenruhe zuzustimmen.", "ceasefire",
     [("UA", "agree"), ("US", "demand")]),
    ("de", "Lawrow lehnte den von Kiew bereits unterstützten Waffenstillstand ab.", "ceasefire",
     [("RU", "reject"), ("UA", "agree")]),
    ("es", "La zona desmilitarizada prevista por Washington fue rechazada en Kiev.", "territory",
     [("UA", "reject"), ("US", "demand")]),
]

AGENT_OF_PARTICIPLE_NOT = [
    # a planned measure with no agent is nobody's demand; a plan made in a place is no demand of the place
    ("de", "Die geplante Stationierung europäischer Truppen wurde in Moskau zurückgewiesen.", "neutrality", "EU"),
    ("en", "The deployment planned for next spring was rejected in Moscow.", "neutrality", "EU"),
]


@pytest.mark.parametrize("lang,text,category,expected", AGENT_OF_PARTICIPLE, ids=ids(AGENT_OF_PARTICIPLE))
def test_the_agent_of_a_planning_or_accepting_participle(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,code", AGENT_OF_PARTICIPLE_NOT, ids=ids(AGENT_OF_PARTICIPLE_NOT))
def test_a_planned_measure_with_no_agent_is_nobodys_demand(classifier, lang, text, category, code):
    assert code not in {h for h, _ in given(classifier, text, lang, category)}


# --- r28B: the owner of the decision or project reacted to demands it ("commentando il progetto franco-britannico", "комментируя решение «коалиции желающих»", "celebró la decisión del Consejo Europeo de") ---

OWNED_DECISION = [
    ("en", "Kyiv welcomed the decision of the European Council to keep the Russian central bank's assets frozen.",
     "reparations", [("EU", "demand"), ("UA", "agree")]),
    ("it", "Mosca non accetterà truppe straniere, ha detto Lavrov, commentando il progetto anglo-francese di una forza di pace.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Moscou a rejeté la décision de l'Union européenne d'utiliser les avoirs russes gelés pour l'Ukraine.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Moskau kritisierte den Beschluss der EU, die Erträge aus russischen Vermögen für die Ukraine zu verwenden.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Kiev celebró la decisión de la Unión Europea de mantener congelados los activos rusos.", "reparations",
     [("EU", "demand"), ("UA", "agree")]),
    ("ru", "Кремль отверг решение «Большой семерки» использовать замороженные российские активы для Украины.",
     "reparations", [("OTHER", "demand"), ("RU", "reject")]),
    ("pl", "Kreml odrzucił decyzję Unii Europejskiej o wykorzystaniu zamrożonych rosyjskich aktywów na rzecz Ukrainy.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
]

OWNED_DECISION_NOT = [
    # a decision that governs a stanced verb keeps that verb's stance; a settlement of a question is no party's decision
    ("en", "Kyiv welcomed Washington's decision to back a moratorium on strikes against power plants.", "ceasefire",
     [("UA", "agree"), ("US", "agree")]),
    ("ru", "Песков заявил, что Москва добивается решения конфликта, но не согласится на перемирие.", "ceasefire",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OWNED_DECISION, ids=ids(OWNED_DECISION))
def test_the_owner_of_a_decision_reacted_to_demands_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", OWNED_DECISION_NOT, ids=ids(OWNED_DECISION_NOT))
def test_a_decision_to_act_or_a_solution_keeps_its_own_reading(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected

# --- r28C: institutions and offices outside the tables hold positions (the IAEA and its chief, a UN mission, African
# leaders and South Africa, a Qatari official, the Weimar Triangle, the coalition's countries, Russia's occupation heads)

INSTITUTIONS = [
    ("en", "The International Atomic Energy Agency called for a local truce around the plant.", "ceasefire", [("OTHER", "demand")]),
    ("it", "L'AIEA ha chiesto una tregua locale attorno alla centrale nucleare.", "ceasefire", [("OTHER", "demand")]),
    ("fr", "L'Agence internationale de l'énergie atomique a réclamé une trêve locale autour de la centrale.", "ceasefire",
     [("OTHER", "demand")]),
    ("de", "Die IAEA verlangte eine örtliche Feuerpause um das Kraftwerk.", "ceasefire", [("OTHER", "demand")]),
    ("es", "El OIEA pidió una tregua local alrededor de la central.", "ceasefire", [("OTHER", "demand")]),
    ("tr", "Uluslararası Atom Enerjisi Ajansı, santral çevresinde yerel bir ateşkes çağrısı yaptı.", "ceasefire",
     [("OTHER", "demand")]),
    ("uk", "Генеральний директор МАГАТЕ Рафаель Гроссі закликав до локального перемир'я навколо станції.", "ceasefire",
     [("OTHER", "demand")]),
    ("it", "Il direttore generale dell'AIEA Rafael Grossi ha chiesto una tregua locale intorno alla centrale.", "ceasefire",
     [("OTHER", "demand")]),
    ("es", "La misión de vigilancia de derechos humanos de la ONU exigió a Rusia liberar a los civiles detenidos.",
     "prisoners", [("OTHER", "demand")]),
    ("fr", "La mission d'observation des droits de l'homme de l'ONU a demandé à Moscou de libérer les civils détenus.",
     "prisoners", [("OTHER", "demand")]),
    ("ru", "Мониторинговая миссия ООН призвала Москву освободить удерживаемых гражданских.", "prisoners",
     [("OTHER", "demand")]),
    ("en", "A delegation of African leaders urged Moscow to free all prisoners of war.", "prisoners", [("OTHER", "demand")]),
    ("de", "Eine Delegation afrikanischer Staatschefs forderte in Moskau die Freilassung aller Kriegsgefangenen.",
     "prisoners", [("OTHER", "demand")]),
    ("pl", "Delegacja afrykańskich przywódców zaapelowała o uwolnienie wszystkich jeńców.", "prisoners",
     [("OTHER", "demand")]),
    ("tr", "Katarlı bir yetkili, Doha'nın savaş esirlerinin serbest bırakılmasını önerdiğini söyledi.", "prisoners",
     [("OTHER", "demand")]),
    ("pl", "Szefowie dyplomacji Trójkąta Weimarskiego wezwali Rosję do zwrotu wywiezionych dzieci.", "prisoners",
     [("EU", "demand")]),
    ("de", "Die Außenminister des Weimarer Dreiecks forderten die Rückkehr der verschleppten Kinder.", "prisoners",
     [("EU", "demand")]),
    ("fr", "Les pays de la coalition des volontaires envisagent de déployer une force de réassurance.", "neutrality",
     [("EU", "demand")]),
    ("ru", "Глава ДНР потребовал от Киева вывести войска из Краматорска.", "territory", [("RU", "demand")]),
    ("uk", "Окупаційна влада Херсонщини вимагає визнати регіон російським.", "territory", [("RU", "demand")]),
    ("en", "Denis Pushilin demanded that Kyiv withdraw its troops from Kramatorsk.", "territory", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", INSTITUTIONS, ids=ids(INSTITUTIONS))
def test_an_institution_outside_the_tables_holds(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # an African country's troops or a place named after the agency hold nothing
    ("en", "African swine fever spread near the IAEA-monitored plant while Russia rejected the truce.", "ceasefire",
     [("RU", "reject")]),
    # "Saldo" as a balance is no occupation head
    ("de", "Das Saldo der Gefangenen blieb offen, Kiew forderte einen Austausch.", "prisoners", [("UA", "demand")]),
])
def test_institution_near_misses(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28C: plans and drafts as their owners' positions (a counter-draft, a plan drafted by a party, a draft communiqué)

DOCUMENTS = [
    ("de", "Der europäische Gegenentwurf sieht vor, dass über Gebietsfragen erst nach einer Waffenruhe verhandelt wird.",
     "ceasefire", [("EU", "demand")]),
    ("es", "El plan de paz redactado por Washington prevé que Ucrania se retire de Donetsk.", "territory",
     [("US", "demand")]),
    ("es", "El plan elaborado por Washington, según el portal Axios, prevé que Ucrania se retire de Donetsk.", "territory",
     [("US", "demand")]),
    ("fr", "Moscou a accepté la liste de prisonniers transmise par Kiev.", "prisoners", [("RU", "agree"), ("UA", "demand")]),
    ("pl", "W projekcie komunikatu Trójkąta Weimarskiego znalazł się zapis o funduszu odszkodowań dla Ukrainy.",
     "reparations", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DOCUMENTS, ids=ids(DOCUMENTS))
def test_a_document_is_its_owners_position(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # a demonstrative taking up the rejected document: its verb is the document's, not the rejecter's
    ("de", "Der Kreml lehnt den europäischen Plan ab, weil dieser eine Friedenstruppe in der Ukraine vorsieht.",
     "neutrality", [("RU", "reject")]),
    ("fr", "Moscou rejette le plan européen, car celui-ci prévoit une force de paix en Ukraine.", "neutrality",
     [("RU", "reject")]),
    ("it", "Mosca respinge il piano europeo, perché questo prevede una forza di pace in Ucraina.", "neutrality",
     [("RU", "reject")]),
])
def test_document_near_misses(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28C: Turkish genitive subjects before a reported verb, past a verbal noun with its own genitive subject or a
# light verb of condition ("şart koştuğunu", "ön koşulu saydığını") -------------------------------------------------

TURKISH_GENITIVE = [
    ("tr", "Gazete, Moskova'nın ateşkes için seferberliğin durdurulmasını şart koştuğunu yazdı.", "ceasefire",
     [("RU", "demand")]),
    ("tr", "Kaynak, Kiev'in ateşkes için silah sevkiyatının sürdürülmesini istediğini söyledi.", "ceasefire",
     [("UA", "demand")]),
    ("tr", "Bir diplomat, Moskova'nın ateşkes için yaptırımların kaldırılmasını şart koştuğunu belirtti.", "ceasefire",
     [("RU", "demand")]),
    ("tr", "Kaynak, Rusya'nın ateşkese razı olduğunu söyledi.", "ceasefire", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TURKISH_GENITIVE, ids=ids(TURKISH_GENITIVE))
def test_turkish_genitive_subject_of_a_reported_verb(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # an evaluation before "olduğunu" is the speaker's, not the genitive's
    ("tr", "Lavrov, Avrupa ülkelerinin Ukrayna'ya asker göndermesinin kabul edilemez olduğunu söyledi.", "neutrality",
     [("RU", "reject")]),
    # the genitive before a verbal noun with no subject of its own is its subject
    ("tr", "Rubio, Ukrayna'nın eski sınırlarına dönmesinin gerçekçi olmadığını söyledi.", "territory", [("US", "reject")]),
])
def test_turkish_genitive_near_misses(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28C: both parties agreeing, said by a mediator or host: the parties agree, the mediator holds nothing; offering a
# venue for the next round is no position on the issue ----------------------------------------------------------------

BOTH_AGREED = [
    ("en", "Qatar said the children would return home under an arrangement accepted by both Moscow and Kyiv.",
     "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("es", "Catar dijo que los niños volverán gracias a un acuerdo aceptado tanto por Moscú como por Kiev.",
     "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("it", "Il Qatar ha detto che i bambini torneranno grazie a un'intesa accettata sia da Mosca sia da Kiev.",
     "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("es", "Ambas partes acordaron canjear a los prisioneros heridos, dijo el ministro turco, que ofreció Estambul "
           "como sede de la próxima ronda.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("es", "Las dos partes pactaron un nuevo canje, anunció el canciller turco, que ofreció su país para una nueva "
           "ronda de conversaciones.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("tr", "Katar, Rusya ve Ukrayna'nın yeni bir esir takası üzerinde anlaştığını duyurdu.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    # the two sides giving their consent after a mediator's call: they agree, the mediator demands
    ("uk", "Гроссі закликав до перемир'я біля станції, і обидві сторони дали на це згоду.", "ceasefire",
     [("OTHER", "demand"), ("RU", "agree"), ("UA", "agree")]),
    ("pl", "Grossi wezwał do rozejmu wokół elektrowni i obie strony wyraziły na to zgodę.", "ceasefire",
     [("OTHER", "demand"), ("RU", "agree"), ("UA", "agree")]),
    # an agreement reached, a Slavic participle after a comma: its parties agree
    ("uk", "У межах домовленостей, досягнутих в Абу-Дабі, Україна повернула 150 військових.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("ru", "В рамках договоренностей, достигнутых в Абу-Даби, Украина вернула 150 военных.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    # the reporter's own mediation opening the reported clause between commas
    ("es", "Catar anunció que, gracias a su mediación, Rusia y Ucrania canjearon a 100 prisioneros.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("it", "Il Qatar ha annunciato che, grazie alla sua mediazione, Mosca ha accettato di restituire i bambini.",
     "prisoners", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", BOTH_AGREED, ids=ids(BOTH_AGREED))
def test_both_parties_agree_a_mediator_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # "both" after "of" stays the owner's consent, no agent
    ("en", "The official said he had secured the consent of both Moscow and Kyiv for a local truce.", "ceasefire",
     [("RU", "agree"), ("UA", "agree")]),
    # a host that offers to mediate the exchange itself proposes it
    ("en", "Turkey offered to mediate a prisoner exchange between Moscow and Kyiv.", "prisoners", [("TR", "demand")]),
])
def test_both_agreed_near_misses(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text", [
    # an agreement reached between others than the two sides: no agreement of Russia's
    ("uk", "Домовленостей, досягнутих між Парижем і Берліном, дотримуються, а Київ вимагає обміну полоненими."),
    ("ru", "Договоренностей, достигнутых между Парижем и Берлином, придерживаются, а Киев требует обмена пленными."),
])
def test_agreement_reached_between_others_near_misses(classifier, lang, text):
    assert ("RU", "agree") not in given(classifier, text, lang, "prisoners")

# --- r28D: an acceptance with a negated object or subject ('will accept no cap', 'no leader should recognise') is a refusal ---

NEGATED_OBJECT = [
    ('en', 'Kyiv will accept no cap on the size of its army, Umerov told reporters.',
     'neutrality', [('UA', 'reject')]),
    ('en', 'Ukraine says it will sign no treaty that bars it from joining NATO.',
     'neutrality', [('UA', 'reject')]),
    ('en', 'Tusk argued that no European leader should ever recognise the annexation of Crimea.',
     'territory', [('EU', 'reject')]),
    ('de', 'Die Ukraine akzeptiert keine Obergrenze für ihre Streitkräfte, sagte Selenskyj.',
     'neutrality', [('UA', 'reject')]),
]

NEGATED_OBJECT_MISSES = [
    ('en', 'There is no doubt Kyiv will accept the truce, Zelensky said.',
     'ceasefire', [('UA', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", NEGATED_OBJECT + NEGATED_OBJECT_MISSES, ids=ids(NEGATED_OBJECT + NEGATED_OBJECT_MISSES))
def test_r28d_negated_object(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: an agreement after a free-choice word ('any peace agreement must enshrine ...') is a demand's frame, no agreement ---

FREE_CHOICE = [
    ('en', "Moscow wants any peace agreement to enshrine Ukraine's neutrality, Lavrov said.",
     'neutrality', [('RU', 'demand')]),
    ('es', 'Moscú insistirá en que cualquier acuerdo de paz consagre la neutralidad de Ucrania, dijo Lavrov.',
     'neutrality', [('RU', 'demand')]),
    ('uk', 'Москва наполягатиме, щоб будь-яка мирна угода закріпила нейтральний статус України, заявив Лавров.',
     'neutrality', [('RU', 'demand')]),
    ('ru', 'Москва будет настаивать, чтобы любое мирное соглашение закрепило нейтральный статус Украины, заявил Лавров.',
     'neutrality', [('RU', 'demand')]),
    ('pl', 'Moskwa będzie nalegać, by każde porozumienie pokojowe gwarantowało neutralność Ukrainy, powiedział Ławrow.',
     'neutrality', [('RU', 'demand')]),
]

FREE_CHOICE_MISSES = [
    ('en', 'Kyiv accepted the agreement on a 30-day truce, Zelensky said.',
     'ceasefire', [('UA', 'agree')]),
    ('en', 'Kyiv rejected any agreement that would cede land, Zelensky said.',
     'territory', [('UA', 'reject')]),
]


@pytest.mark.parametrize("lang,text,category,expected", FREE_CHOICE + FREE_CHOICE_MISSES, ids=ids(FREE_CHOICE + FREE_CHOICE_MISSES))
def test_r28d_free_choice(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: a refusal verb governing an acceptance ('відмовилася підтримати', 'weigerte sich, zuzustimmen') refuses it ---

REFUSAL_VERBS = [
    ('uk', 'Угорщина знову відмовилася підтримати репараційний кредит для України, заявив Орбан.',
     'reparations', [('EU', 'reject')]),
    ('ru', 'Венгрия отказалась одобрить репарационный кредит для Украины, заявил Орбан.',
     'reparations', [('EU', 'reject')]),
    ('pl', 'Węgry odmówiły poparcia dla pożyczki reparacyjnej dla Ukrainy, oświadczył Orbán.',
     'reparations', [('EU', 'reject')]),
    ('de', 'Ungarn weigerte sich, dem Reparationskredit für die Ukraine zuzustimmen, sagte Orbán.',
     'reparations', [('EU', 'reject')]),
]

REFUSAL_VERBS_MISSES = [
    ('uk', 'Угорщина підтримала репараційний кредит для України, заявив Орбан.',
     'reparations', [('EU', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", REFUSAL_VERBS + REFUSAL_VERBS_MISSES, ids=ids(REFUSAL_VERBS + REFUSAL_VERBS_MISSES))
def test_r28d_refusal_verbs(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: a measure that 'cannot be recognised', no party its subject, is refused by the speaker ---

CANNOT_BE_RECOGNISED = [
    ('en', 'Macron stressed that the front line cannot be recognised as a border.',
     'territory', [('EU', 'reject')]),
    ('it', 'Meloni ha sottolineato che la linea del fronte non può essere riconosciuta come confine.',
     'territory', [('EU', 'reject')]),
    ('fr', 'Macron a souligné que la ligne de front ne peut pas être reconnue comme frontière.',
     'territory', [('EU', 'reject')]),
    ('de', 'Merz betonte, die Frontlinie dürfe niemals als Grenze anerkannt werden.',
     'territory', [('EU', 'reject')]),
    ('ru', 'Лавров подчеркнул, что линия фронта не может быть признана границей.',
     'territory', [('RU', 'reject')]),
    ('uk', 'Сибіга наголосив, що лінія фронту не може бути визнана кордоном.',
     'territory', [('UA', 'reject')]),
    ('pl', 'Sikorski podkreślił, że linia frontu nie może zostać uznana za granicę.',
     'territory', [('EU', 'reject')]),
]

CANNOT_BE_RECOGNISED_MISSES = [
    ('en', "Macron stressed that Ukraine's borders must be respected.",
     'territory', [('EU', 'demand')]),
]


@pytest.mark.parametrize("lang,text,category,expected", CANNOT_BE_RECOGNISED + CANNOT_BE_RECOGNISED_MISSES, ids=ids(CANNOT_BE_RECOGNISED + CANNOT_BE_RECOGNISED_MISSES))
def test_r28d_cannot_be_recognised(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: judging a measure an invitation to aggression turns it down ---

INVITATION = [
    ('en', "Kallas said a cap on Ukraine's army would be an open invitation to further Russian aggression.",
     'neutrality', [('EU', 'reject')]),
    ('it', "Kallas ha detto che un tetto all'esercito ucraino sarebbe un invito a una nuova aggressione.",
     'neutrality', [('EU', 'reject')]),
    ('fr', "Kallas a estimé qu'un plafond pour l'armée ukrainienne serait une invitation à une nouvelle agression.",
     'neutrality', [('EU', 'reject')]),
    ('de', 'Kallas sagte, eine Obergrenze für die ukrainische Armee wäre eine Einladung zu neuer Aggression.',
     'neutrality', [('EU', 'reject')]),
    ('es', 'Kallas dijo que un límite al ejército ucraniano sería una invitación a una nueva agresión.',
     'neutrality', [('EU', 'reject')]),
    ('ru', 'Каллас заявила, что ограничение численности украинской армии станет приглашением к новой агрессии.',
     'neutrality', [('EU', 'reject')]),
    ('uk', 'Каллас заявила, що обмеження чисельності української армії стане запрошенням до нової агресії.',
     'neutrality', [('EU', 'reject')]),
    ('pl', 'Kallas powiedziała, że limit liczebności ukraińskiej armii byłby zaproszeniem do kolejnej agresji.',
     'neutrality', [('EU', 'reject')]),
    ('tr', 'Kallas, Ukrayna ordusuna getirilecek bir sınırlamanın yeni bir işgal için davetiye olacağını söyledi.',
     'neutrality', [('EU', 'reject')]),
]

INVITATION_MISSES = [
    ('en', "Kallas said the EU welcomed Ankara's invitation to talks on security guarantees for Ukraine.",
     'neutrality', [('EU', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", INVITATION + INVITATION_MISSES, ids=ids(INVITATION + INVITATION_MISSES))
def test_r28d_invitation(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: a refusal 'without' a party's consent stands: the consent is no measure demanded ---

CONSENT = [
    ('en', 'Rubio said Washington would never recognise Crimea as Russian without the consent of Kyiv.',
     'territory', [('US', 'reject')]),
    ('fr', "Washington ne reconnaîtra pas la Crimée comme russe sans l'accord de Kiev, a dit Rubio.",
     'territory', [('US', 'reject')]),
    ('ru', 'Вашингтон не признает Крым российским без согласия Киева, заявил Рубио.',
     'territory', [('US', 'reject')]),
]

CONSENT_MISSES = [
    ('en', 'Ukraine will not sign any deal without security guarantees, Zelensky said.',
     'neutrality', [('UA', 'demand')]),
]


@pytest.mark.parametrize("lang,text,category,expected", CONSENT + CONSENT_MISSES, ids=ids(CONSENT + CONSENT_MISSES))
def test_r28d_consent(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: backing a measure while refusing one's own part in it ('will not send troops itself') is no rejection ---

OWN_PART = [
    ('en', 'Germany backs the European reassurance force, though it will not send troops itself, Merz said.',
     'neutrality', [('EU', 'agree')]),
    ('de', 'Deutschland unterstützt die europäische Schutztruppe, wird aber selbst keine Soldaten entsenden, sagte Merz.',
     'neutrality', [('EU', 'agree')]),
    ('it', "L'Italia sostiene la forza di rassicurazione europea, ma non invierà essa stessa soldati, ha detto Meloni.",
     'neutrality', [('EU', 'agree')]),
    ('ru', 'Италия поддерживает европейские силы сдерживания, но сама не будет отправлять войска, заявила Мелони.',
     'neutrality', [('EU', 'agree')]),
    ('pl', 'Rząd w Rzymie popiera europejską misję stabilizacyjną, choć sam nie wyśle do niej żołnierzy.',
     'neutrality', [('EU', 'agree')]),
]

OWN_PART_MISSES = [
    ('en', 'Germany will not send troops to Ukraine itself, Merz said.',
     'neutrality', [('EU', 'reject')]),
    ('en', 'Washington supports the force, but Poland itself will not send troops, Tusk said.',
     'neutrality', [('EU', 'reject'), ('US', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", OWN_PART + OWN_PART_MISSES, ids=ids(OWN_PART + OWN_PART_MISSES))
def test_r28d_own_part(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: a clause turned the other way after a contrastive, naming no issue of its own, is a second stance on the issue ---

CONTRAST = [
    ('pl', 'Kijów mógłby zaakceptować limit liczebności armii, ale wyklucza jakiekolwiek ograniczenia jej uzbrojenia, powiedział Sybiha.',
     'neutrality', [('UA', 'agree'), ('UA', 'reject')]),
    ('ru', 'Рубио заявил, что Вашингтон не станет отправлять свои войска на Украину, однако может поддержать европейский контингент разведданными.',
     'neutrality', [('US', 'agree'), ('US', 'reject')]),
    ('en', "Kyiv could accept a cap on the army's size, but rules out any limits on its long-range weapons, Sybiha said.",
     'neutrality', [('UA', 'agree'), ('UA', 'reject')]),
]

CONTRAST_MISSES = [
    ('en', "Kyiv accepted a cap on the army's size and rejected nothing else, Sybiha said.",
     'neutrality', [('UA', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", CONTRAST + CONTRAST_MISSES, ids=ids(CONTRAST + CONTRAST_MISSES))
def test_r28d_contrast(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r28D: stance lexicon: reported 'lehne ... ab', 'contrario a', warning against a measure, 'rules out', bare 'defendió garantías' ---

LEXICON = [
    ('es', 'Albares descartó la neutralidad de Ucrania y defendió garantías de seguridad sólidas.',
     'neutrality', [('EU', 'demand'), ('EU', 'reject')]),
    ('de', 'Moskau lehne jede Stationierung westlicher Truppen in der Ukraine ab, sagte Peskow.',
     'neutrality', [('RU', 'reject')]),
    ('es', 'Hungría se declaró contraria a que los activos rusos congelados financien a Ucrania, dijo Orbán.',
     'reparations', [('EU', 'reject')]),
    ('it', "Meloni ha messo in guardia contro qualsiasi accordo che imponga la neutralità all'Ucraina.",
     'neutrality', [('EU', 'reject')]),
    ('de', 'Merz warnte vor einem Abkommen, das die Ukraine zur Neutralität zwingen würde.',
     'neutrality', [('EU', 'reject')]),
]


@pytest.mark.parametrize("lang,text,category,expected", LEXICON, ids=ids(LEXICON))
def test_r28d_lexicon(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected

# --- r28E: a demand negated by a bare negation cue ("never", "nie", "nunca", "mai", "-me-") is no position ---

NEVER_DEMANDED = [
    ("en", "Moscow has never asked Kyiv for reparations.", "reparations"),
    ("en", "Kyiv never offered a truce over Easter.", "ceasefire"),
    ("de", "Moskau hat nie eine Pufferzone verlangt.", "territory"),
    ("de", "Kiew hat niemals eine Feuerpause angeboten.", "ceasefire"),
    ("es", "Kiev nunca pidió una tregua de Pascua.", "ceasefire"),
    ("es", "Moscú nunca ha exigido una compensación por los daños.", "reparations"),
    ("tr", "Kiev Paskalya için asla ateşkes önermedi.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", NEVER_DEMANDED, ids=ids(NEVER_DEMANDED))
def test_never_demanded_is_no_position(classifier, lang, text, category):
    assert positions(classifier, text, lang).get(category, []) == []


NEVER_KEPT = [
    # a refusal verb before a demand noun keeps refusing it; a negated agreement stays a rejection
    ("en", "Moscow refused demands for an Easter truce.", "ceasefire", [("RU", "reject")]),
    ("en", "Moscow has never agreed to pay any compensation.", "reparations", [("RU", "reject")]),
    ("de", "Kiew wird niemals einer Pufferzone zustimmen.", "territory", [("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NEVER_KEPT, ids=ids(NEVER_KEPT))
def test_never_keeps_refusals(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang).get(category) == expected


# --- r28E: a verb of denial opening a clause ("denied that", "bestritt, dass", "negó que") leaves what it denies
# no position: a demand or rejection there is no one's, the denial itself rejects nothing ---

DENIED = [
    ("en", "Lavrov denied that Russia had asked for a buffer zone along the border.", "territory"),
    ("en", "The Kremlin denied that it had turned down an Easter truce.", "ceasefire"),
    ("de", "Lawrow bestritt, dass Russland eine Pufferzone an der Grenze verlangt habe.", "territory"),
    ("de", "Moskau bestreitet, eine Feuerpause über Ostern zurückgewiesen zu haben.", "ceasefire"),
    ("es", "Lavrov negó que Rusia hubiera pedido una zona de amortiguación en la frontera.", "territory"),
    ("es", "El Kremlin negó haber rechazado una tregua de Pascua.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", DENIED, ids=ids(DENIED))
def test_denied_clause_is_no_position(classifier, lang, text, category):
    assert positions(classifier, text, lang).get(category, []) == []


DENIED_KEPT = [
    # what the denier asserts beside the denial stays its position
    ("en", "The Kremlin denied that it had agreed to an Easter truce and insisted on a pullback of Ukrainian "
           "troops from Donbas.", "territory", [("RU", "demand")]),
    # an agreement denied is denied, as "had not agreed" is: a rejection
    ("es", "El Kremlin negó que Moscú hubiera aceptado una tregua de Pascua.", "ceasefire", [("RU", "reject")]),
    # no clause: 'denied access' is a refusal of its own
    ("en", "Russia denied Red Cross inspectors access to prisoners of war.", "prisoners", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DENIED_KEPT, ids=ids(DENIED_KEPT))
def test_denial_keeps_what_is_asserted(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang).get(category) == expected


# --- r28E: a negated rejection of another's proposal ("did not reject the proposal") is no demand; only a negated
# giving-up ("will not give up its demand", "не откажется от требования") keeps the demand ---

NOT_REJECTED = [
    ("en", "Kyiv did not reject the Turkish truce proposal.", "ceasefire"),
    ("fr", "Kiev n'a pas rejeté la proposition turque de trêve.", "ceasefire"),
    ("es", "Kiev no rechazó la propuesta turca de tregua.", "ceasefire"),
    ("ru", "Киев не отверг турецкое предложение о перемирии.", "ceasefire"),
    ("pl", "Kijów nie odrzucił tureckiej propozycji rozejmu.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", NOT_REJECTED, ids=ids(NOT_REJECTED))
def test_not_rejected_is_no_demand(classifier, lang, text, category):
    assert ("UA", "demand") not in positions(classifier, text, lang).get(category, [])


GIVING_UP_DENIED = [
    ("ru", "Москва не откажется от требования о нейтральном статусе Украины.", "neutrality", [("RU", "demand")]),
    ("uk", "Київ не відмовиться від вимоги про репарації.", "reparations", [("UA", "demand")]),
    ("fr", "Kiev ne renoncera pas à sa demande de garanties de sécurité.", "neutrality", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", GIVING_UP_DENIED, ids=ids(GIVING_UP_DENIED))
def test_giving_up_denied_keeps_demand(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang).get(category) == expected


# --- r28E: a reporting or demand verb under negation opening its clause ("never said that", "n'a jamais dit que")
# leaves what the clause says no one's position ---

UNSAID = [
    ("en", "Lavrov never said that Moscow would accept European peacekeepers.", "neutrality"),
    ("en", "Sybiha did not say that Kyiv wanted an Easter truce.", "ceasefire"),
    ("es", "Lavrov nunca dijo que Moscú aceptaría cascos azules europeos.", "neutrality"),
    ("fr", "Lavrov n'a jamais dit que Moscou accepterait des Casques bleus européens.", "neutrality"),
    ("ru", "Лавров никогда не говорил, что Москва согласится на европейских миротворцев.", "neutrality"),
    ("pl", "Ławrow nigdy nie powiedział, że Moskwa zaakceptuje europejskich żołnierzy pokojowych.", "neutrality"),
]


@pytest.mark.parametrize("lang,text,category", UNSAID, ids=ids(UNSAID))
def test_unsaid_clause_is_no_position(classifier, lang, text, category):
    assert positions(classifier, text, lang).get(category, []) == []


SAID_KEPT = [
    # said, not unsaid; and a reporting verb negated with no clause after it reports nothing denied
    ("en", "Lavrov said that Moscow would never accept European peacekeepers.", "neutrality", [("RU", "reject")]),
    ("fr", "Lavrov a dit que Moscou accepterait un échange de prisonniers.", "prisoners", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SAID_KEPT, ids=ids(SAID_KEPT))
def test_said_clause_keeps_positions(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang).get(category) == expected

# --- r28F: a denial that a party agreed to or is ready for a measure (it 'ha smentito che / secondo cui', fr 'a démenti
# que / selon lesquelles', ru 'опроверг, что / будто', uk 'спростував, що / нібито', pl 'zaprzeczył, jakoby', tr '...
# kabul ettiği yönündeki haberleri yalanladı'): the party said to have agreed rejects, as en/es/de; a denier of another
# party holds nothing (`denied_clauses`)

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Palazzo Chigi ha negato che l'Italia abbia accettato di inviare soldati in Ucraina.", {"neutrality": [("EU", "reject")]}),
    ("it", "Il ministero degli Esteri ha smentito le voci secondo cui Kiev sarebbe pronta a cedere il Donbass.",
     {"territory": [("UA", "reject")]}),
    ("it", "Washington ha smentito che Kiev abbia accettato la cessione della Crimea.", {"territory": [("UA", "reject")]}),
    ("fr", "L'Élysée a démenti que la France ait accepté d'envoyer des soldats en Ukraine.", {"neutrality": [("EU", "reject")]}),
    ("fr", "Kiev a nié que l'Ukraine soit prête à céder la Crimée.", {"territory": [("UA", "reject")]}),
    ("fr", "Washington a démenti les rumeurs selon lesquelles Kiev aurait accepté un cessez-le-feu.", {"ceasefire": [("UA", "reject")]}),
    ("ru", "Кремль опроверг сообщения, будто Москва согласилась на обмен пленными.", {"prisoners": [("RU", "reject")]}),
    ("ru", "Захарова отрицала, что Россия готова вывести войска из Запорожской области.", {"territory": [("RU", "reject")]}),
    ("ru", "Вашингтон опроверг, что Киев согласился на передачу Крыма.", {"territory": [("UA", "reject")]}),
    ("uk", "Офіс президента спростував, що Україна погодилася на перемир'я.", {"ceasefire": [("UA", "reject")]}),
    ("uk", "МЗС заперечило інформацію про те, що Київ нібито готовий відмовитися від НАТО.", {"neutrality": [("UA", "reject")]}),
    ("pl", "Kreml zaprzeczył, że Rosja zgodziła się na wymianę jeńców.", {"prisoners": [("RU", "reject")]}),
    ("pl", "Kancelaria prezydenta zdementowała pogłoski, jakoby Ukraina była gotowa zrezygnować z NATO.",
     {"neutrality": [("UA", "reject")]}),
    ("tr", "Kremlin, Moskova'nın esir takasını kabul ettiği yönündeki haberleri yalanladı.", {"prisoners": [("RU", "reject")]}),
    ("tr", "Kiev, Ukrayna'nın ateşkese hazır olduğu yönündeki iddiaları kesinlikle yalanladı.", {"ceasefire": [("UA", "reject")]}),
    # a denier of another party holds nothing, the denial verb a reject cue too ('ha negato', 'denied', 'desmintió')
    ("it", "Il Cremlino ha negato che Kiev abbia accettato la neutralità.", {"neutrality": [("UA", "reject")]}),
    ("en", "Washington denied that Kyiv had agreed to cede the Zaporizhzhia region.", {"territory": [("UA", "reject")]}),
    ("es", "Washington desmintió que Ucrania hubiera aceptado limitar su ejército.", {"neutrality": [("UA", "reject")]}),
])
def test_a_denied_agreement_is_a_rejection_of_the_party_said_to_agree(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a denied demand stays no position (round 28 E)
    ("it", "Il Cremlino ha smentito che Mosca abbia chiesto la neutralità dell'Ucraina.", {"neutrality": []}),
    ("fr", "Le Kremlin a démenti que Moscou ait exigé la neutralité de l'Ukraine.", {"neutrality": []}),
    ("ru", "Песков опроверг, что Москва требовала нейтралитета Украины.", {"neutrality": []}),
    ("uk", "Єрмак заперечив, що Київ вимагав обміну всіх на всіх.", {"prisoners": []}),
    ("pl", "Pieskow zaprzeczył, jakoby Moskwa żądała neutralności Ukrainy.", {"neutrality": []}),
    ("tr", "Peskov, Rusya'nın Ukrayna'nın tarafsızlığını talep ettiği yönündeki haberleri yalanladı.", {"neutrality": []}),
    # a question is no denial: no position
    ("it", "Non è chiaro se Washington sosterrà lo scambio di prigionieri.", {"prisoners": []}),
    # a report confirmed, not denied: the agreement stands
    ("tr", "Rusya'nın ateşkesi kabul ettiği yönündeki haberler doğrulandı.", {"ceasefire": [("RU", "agree")]}),
])
def test_a_denied_demand_or_a_question_is_no_rejection(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


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


# --- r29C: a reporting verb's addressee before its complementizer does not hide the clause it reports ---

TOLD_ABOUT = [
    ("en", "A Turkish diplomat said the Ukrainian envoy had told his hosts in Ankara that Kyiv would accept a truce at sea.",
     "ceasefire", [("UA", "agree")]),
    ("en", "Romanian officials said the Kremlin's negotiator had assured Paris that Moscow would not accept a truce at sea.",
     "ceasefire", [("RU", "reject")]),
    ("it", "Fonti diplomatiche francesi hanno riferito che il negoziatore ucraino aveva assicurato ai mediatori sauditi "
     "che Kiev accetterebbe una tregua nel mar Nero.", "ceasefire", [("UA", "agree")]),
    ("fr", "Le ministère turc a indiqué que le négociateur ukrainien avait assuré aux médiateurs saoudiens que Kiev "
     "accepterait une trêve en mer Noire.", "ceasefire", [("UA", "agree")]),
    ("es", "Fuentes diplomáticas francesas informaron de que el negociador ucraniano había asegurado a los mediadores "
     "saudíes que Kiev aceptaría una tregua en el mar Negro.", "ceasefire", [("UA", "agree")]),
    ("de", "Französische Diplomaten berichteten, der ukrainische Unterhändler habe den saudischen Vermittlern versichert, "
     "dass Kiew eine Waffenruhe im Schwarzen Meer akzeptieren würde.", "ceasefire", [("UA", "agree")]),
    ("ru", "Французские дипломаты сообщили, что украинский переговорщик заверил саудовских посредников, что Киев "
     "согласится на перемирие в Черном море.", "ceasefire", [("UA", "agree")]),
    ("uk", "Французькі дипломати повідомили, що український переговорник запевнив саудівських посередників, що Київ "
     "погодиться на перемир'я в Чорному морі.", "ceasefire", [("UA", "agree")]),
    ("pl", "Francuscy dyplomaci poinformowali, że ukraiński negocjator zapewnił saudyjskich mediatorów, że Kijów zgodzi "
     "się na rozejm na Morzu Czarnym.", "ceasefire", [("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TOLD_ABOUT, ids=ids(TOLD_ABOUT))
def test_r29c_the_party_told_about_holds_not_the_reporters(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: with no party named in the clause, whom the reporting verb tells is not its subject; the teller holds
TOLD_TO = [
    ("en", "The Kremlin told Washington that it would not accept a truce at sea.", "ceasefire", [("RU", "reject")]),
    ("it", "Il Cremlino ha detto a Washington che non accetterà una tregua nel mar Nero.", "ceasefire", [("RU", "reject")]),
    ("fr", "Le Kremlin a dit à Washington qu'il refusait une trêve en mer Noire.", "ceasefire", [("RU", "reject")]),
    ("es", "El Kremlin dijo a Washington que rechaza una tregua en el mar Negro.", "ceasefire", [("RU", "reject")]),
    ("de", "Der Kreml sagte den Amerikanern, dass er eine Waffenruhe im Schwarzen Meer ablehne.", "ceasefire",
     [("RU", "reject")]),
    ("ru", "Кремль заверил Вашингтон, что отвергает перемирие в Черном море.", "ceasefire", [("RU", "reject")]),
    ("uk", "Кремль запевнив Вашингтон, що відкидає перемир'я в Чорному морі.", "ceasefire", [("RU", "reject")]),
    ("pl", "Kreml zapewnił Waszyngton, że odrzuca rozejm na Morzu Czarnym.", "ceasefire", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TOLD_TO, ids=ids(TOLD_TO))
def test_r29c_whom_a_clause_is_told_is_not_its_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r29C: a reporter who argues that the parties accepted reports their agreement, no demand of its own ---

ARGUED = [
    ("en", "Secretary of State Marco Rubio argued in a radio interview that both sides had already accepted the plan "
     "for a prisoner swap.", "prisoners"),
    ("it", "Il segretario di Stato Marco Rubio ha sostenuto in un'intervista radiofonica che entrambe le parti hanno già "
     "accettato il piano per uno scambio di prigionieri.", "prisoners"),
    ("ru", "Госсекретарь США Марко Рубио утверждал в радиоинтервью, что обе стороны уже приняли план обмена пленными.",
     "prisoners"),
    ("uk", "Держсекретар США Марко Рубіо переконував в інтерв'ю радіо, що обидві сторони вже прийняли план обміну "
     "полоненими.", "prisoners"),
    ("pl", "Sekretarz stanu Marco Rubio przekonywał podczas konferencji w Genewie, że obie strony przyjęły już plan "
     "wymiany jeńców.", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", ARGUED, ids=ids(ARGUED))
def test_r29c_who_argues_the_parties_agreed_only_reports(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "agree"), ("UA", "agree")]


# near miss: 'ha sostenuto' with an object and no 'che' is support, no report
def test_r29c_supporting_a_proposal_is_no_report(classifier):
    text = "Il ministro degli Esteri italiano ha sostenuto la proposta di una tregua nel mar Nero."
    assert given(classifier, text, "it", "ceasefire") == [("EU", "agree")]


# --- r29C: a party that would consider a measure offers it, one that would consider it theft turns it down (en) ---

CONSIDERED = [
    ("en", "A Polish diplomat said Moscow would consider a pause in strikes on ports.", "ceasefire", [("RU", "demand")]),
    ("en", "Moscow would consider the confiscation of its reserves as theft, the Kremlin said.", "reparations",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", CONSIDERED, ids=ids(CONSIDERED))
def test_r29c_would_consider_a_measure_offers_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r29C: whom a speaker's gerund after a comma asks is its object, no closing speaker ---

GERUND_ASKS = [
    ("en", '"We want an all-for-all swap," Ukraine\'s foreign minister said on X, urging the UN to oversee the exchange.'),
    ("fr", "« Nous voulons un échange de tous contre tous », a déclaré le ministre ukrainien Andriï Sybiha, appelant l'ONU "
     "à superviser l'échange."),
    ("it", "«Vogliamo uno scambio tutti per tutti», ha scritto il ministro ucraino Sybiha, chiedendo all'ONU di "
     "supervisionare lo scambio."),
    ("es", "«Queremos un canje de todos por todos», escribió el ministro ucraniano Sybiha, pidiendo a la ONU que supervise "
     "el intercambio."),
]


@pytest.mark.parametrize("lang,text", GERUND_ASKS, ids=ids(GERUND_ASKS))
def test_r29c_whom_a_gerund_asks_is_no_speaker(classifier, lang, text):
    assert given(classifier, text, lang, "prisoners") == [("UA", "demand")]


# near miss: a closing speaker after a plain reporting verb still speaks for its party
CLOSING_SPEAKER = [
    ("en", '"We want an all-for-all swap," said the UN envoy in Geneva.'),
    ("fr", "« Nous voulons un échange de tous contre tous », a déclaré l'envoyé de l'ONU à Genève."),
]


@pytest.mark.parametrize("lang,text", CLOSING_SPEAKER, ids=ids(CLOSING_SPEAKER))
def test_r29c_a_closing_speaker_still_holds(classifier, lang, text):
    assert given(classifier, text, lang, "prisoners") == [("OTHER", "demand")]


# --- r29C: a mediator who offered to host talks holds nothing; one who offered to supervise a measure asks for it (de) ---

MEDIATOR_OFFERS = [
    ("de", "Der katarische Premier verkündete in Doha, beide Seiten hätten vereinbart, je 500 Gefangene freizulassen; "
     "zudem habe Katar angeboten, ein Treffen der Außenminister auszurichten.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("de", "Zudem habe Katar angeboten, eine Waffenruhe im Schwarzen Meer zu überwachen.", "ceasefire", [("OTHER", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", MEDIATOR_OFFERS, ids=ids(MEDIATOR_OFFERS))
def test_r29c_a_host_offer_is_no_position(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r29C: a host that also offers to supervise a measure asks for it; the host offer alone holds nothing ---

HOST_AND_SUPERVISE = [
    ("en", "Qatar offered to host a new round of talks and to monitor a possible truce at sea."),
    ("it", "Il Qatar si è offerto di ospitare un nuovo round di colloqui e di monitorare un'eventuale tregua in mare."),
    ("es", "Catar se ofreció a acoger una nueva ronda de conversaciones y a vigilar una posible tregua en el mar."),
    ("fr", "Le Qatar a proposé d'accueillir un nouveau cycle de pourparlers et de surveiller une éventuelle trêve en mer."),
]


@pytest.mark.parametrize("lang,text", HOST_AND_SUPERVISE, ids=ids(HOST_AND_SUPERVISE))
def test_r29c_offering_to_supervise_a_measure_asks_for_it(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("OTHER", "demand")]


def test_r29c_offering_only_to_host_talks_is_no_position(classifier):
    assert given(classifier, "Qatar offered to host a new round of talks on a truce at sea.", "en", "ceasefire") == []


# --- r29C: a body that asks for a measure the parties then accept demands it (it: 'l'Aiea', written in title case) ---

def test_r29c_the_agency_asks_and_the_parties_accept(classifier):
    text = ("L'Aiea ha chiesto una pausa nei combattimenti intorno alla centrale di Kursk, e Mosca e Kiev hanno accettato, "
            "ha detto un portavoce.")
    assert given(classifier, text, "it", "ceasefire") == [("OTHER", "demand"), ("RU", "agree"), ("UA", "agree")]


# --- r29D: a step on another issue asked of another party in an 'if' clause ('does not rule out a truce if Kyiv drops
# its NATO bid') is the holder's demand on that issue, beside its agreement; a step on the issue agreed to adds
# nothing ---

R29D_IF_STEP = [
    ('en', 'The Kremlin does not rule out a temporary truce if Kyiv renounces its bid to join NATO.',
     {'ceasefire': [('RU', 'agree')], 'neutrality': [('RU', 'demand')]}),
    ('it', "Il Cremlino non esclude una tregua temporanea se Kiev rinuncerà all'adesione alla NATO.",
     {'ceasefire': [('RU', 'agree')], 'neutrality': [('RU', 'demand')]}),
    ('fr', "Le Kremlin n'exclut pas une trêve temporaire si Kiev renonce à son adhésion à l'OTAN.",
     {'ceasefire': [('RU', 'agree')], 'neutrality': [('RU', 'demand')]}),
    ('de', 'Der Kreml schließt eine vorübergehende Waffenruhe nicht aus, wenn Kiew auf den NATO-Beitritt verzichtet.',
     {'ceasefire': [('RU', 'agree')], 'neutrality': [('RU', 'demand')]}),
    ('es', 'El Kremlin no descarta una tregua temporal si Kiev renuncia a su ingreso en la OTAN.',
     {'ceasefire': [('RU', 'agree')], 'neutrality': [('RU', 'demand')]}),
    ('ru', 'Кремль не исключает перемирия, если Украина откажется от членства в НАТО.',
     {'ceasefire': [('RU', 'agree')], 'neutrality': [('RU', 'demand')]}),
    ('uk', "Кремль не виключає перемир'я, якщо Україна відмовиться від членства в НАТО.",
     {'ceasefire': [('RU', 'agree')], 'neutrality': [('RU', 'demand')]}),
    ('pl', 'Kreml nie wyklucza rozejmu, jeśli Ukraina zrezygnuje z członkostwa w NATO.',
     {'ceasefire': [('RU', 'agree')], 'neutrality': [('RU', 'demand')]}),
]


@pytest.mark.parametrize("lang,text,expected", R29D_IF_STEP, ids=ids(R29D_IF_STEP))
def test_r29d_a_step_on_another_issue_in_an_if_clause_is_demanded(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["ceasefire", "neutrality"]) == expected


R29D_IF_STEP_NEAR = [
    ('en', 'Zelensky said Ukraine would accept a truce on energy sites if Moscow halts its drone strikes.',
     {'ceasefire': [('UA', 'agree')]}),
    ('it', "Zelensky ha detto che l'Ucraina accetterà una tregua energetica se Mosca fermerà gli attacchi.",
     {'ceasefire': [('UA', 'agree')]}),
    ('es', 'Zelenski dijo que Ucrania aceptará una tregua energética si Moscú detiene sus ataques.',
     {'ceasefire': [('UA', 'agree')]}),
]


@pytest.mark.parametrize("lang,text,expected", R29D_IF_STEP_NEAR, ids=ids(R29D_IF_STEP_NEAR))
def test_r29d_a_step_on_the_issue_agreed_asks_nothing_more(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["ceasefire"]) == expected


# --- r29D: an acceptance negated only to restrict it to a condition ('n'accepterait une trêve qu'après ...', 'non
# accetterà ... se non dopo ...', 'no aceptará ... sino después de ...') is a demand, no rejection ---

R29D_EXCEPTIVE = [
    ('fr', "Le ministre russe a affirmé que Moscou n'accepterait une trêve qu'après le départ des soldats ukrainiens de la région de Koursk.",
     {'ceasefire': [('RU', 'demand')], 'territory': [('RU', 'demand')]}),
    ('it', 'Il Cremlino non accetterà una tregua se non dopo il ritiro dei soldati ucraini dalla regione di Kursk.',
     {'ceasefire': [('RU', 'demand')], 'territory': [('RU', 'demand')]}),
    ('es', 'El Kremlin no aceptará una tregua sino después de la retirada de los soldados ucranianos de la región de Kursk.',
     {'ceasefire': [('RU', 'demand')], 'territory': [('RU', 'demand')]}),
]


@pytest.mark.parametrize("lang,text,expected", R29D_EXCEPTIVE, ids=ids(R29D_EXCEPTIVE))
def test_r29d_an_acceptance_negated_only_to_restrict_it_is_a_demand(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["ceasefire", "territory"]) == expected


R29D_EXCEPTIVE_NEAR = [
    ('fr', "Moscou n'acceptera pas que Kiev impose une trêve.",
     {'ceasefire': [('RU', 'reject')]}),
    ('fr', "La Russie n'accepte aucune trêve que Kiev propose.",
     {'ceasefire': [('RU', 'reject')]}),
    ('es', 'El Kremlin no acepta una tregua sino una paz completa.',
     {'ceasefire': [('RU', 'reject')]}),
    ('it', 'Il Cremlino non accetterà mai una tregua, se non lo vorrà Putin.',
     {'ceasefire': [('RU', 'reject')]}),
]


@pytest.mark.parametrize("lang,text,expected", R29D_EXCEPTIVE_NEAR, ids=ids(R29D_EXCEPTIVE_NEAR))
def test_r29d_a_plain_negation_or_a_contrast_still_refuses(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["ceasefire"]) == expected


# --- r29D: a refused acceptance held until another party's step ('will not agree to a swap until Kyiv hands over the
# list', 'finché ... non', 'tant que ... ne', 'solange ... nicht', 'mientras ... no', as 'пока не', 'доки не', 'dopóki
# nie') demands the step, and no refusal is kept (r31C: the acceptance is only conditioned); not a measure only said to be off the table, a rejecting verb, a
# time the refusal lasts, nor 'mientras que' (a contrast) ---

R29D_HELD_UNTIL = [
    ('en', 'Moscow will not agree to a prisoner exchange until Kyiv hands over the full list of the missing.',
     {'prisoners': [('RU', 'demand')]}),
    ('it', 'Mosca non accetterà uno scambio di prigionieri finché Kiev non consegnerà la lista completa dei dispersi.',
     {'prisoners': [('RU', 'demand')]}),
    ('fr', "Moscou n'acceptera pas d'échange de prisonniers tant que Kiev n'aura pas remis la liste complète des disparus.",
     {'prisoners': [('RU', 'demand')]}),
    ('de', 'Moskau werde einem Gefangenenaustausch nicht zustimmen, solange Kiew nicht die vollständige Liste der Vermissten übergibt.',
     {'prisoners': [('RU', 'demand')]}),
    ('es', 'Moscú no aceptará un intercambio de prisioneros mientras Kiev no entregue la lista completa de desaparecidos.',
     {'prisoners': [('RU', 'demand')]}),
    ('ru', 'Москва не согласится на обмен пленными, пока Киев не передаст полный список пропавших.',
     {'prisoners': [('RU', 'demand')]}),
    ('uk', 'Москва не погодиться на обмін полоненими, доки Київ не передасть повний список зниклих.',
     {'prisoners': [('RU', 'demand')]}),
    ('pl', 'Moskwa nie zgodzi się na wymianę jeńców, dopóki Kijów nie przekaże pełnej listy zaginionych.',
     {'prisoners': [('RU', 'demand')]}),
]


@pytest.mark.parametrize("lang,text,expected", R29D_HELD_UNTIL, ids=ids(R29D_HELD_UNTIL))
def test_r29d_a_refused_acceptance_held_until_a_step_demands_it(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["prisoners"]) == expected


R29D_HELD_UNTIL_NEAR = [
    ('en', 'Lavrov said a prisoner exchange was off the table until Kyiv published the list.',
     {'prisoners': [('RU', 'reject')]}),
    ('it', "Il governo di Roma ha respinto l'uso degli asset russi congelati finché i rischi non saranno ripartiti.",
     {'reparations': [('EU', 'reject')]}),
    ('de', 'Mehrere EU-Staaten lehnen die Nutzung der russischen Guthaben ab, solange kein Friedensvertrag vorliegt.',
     {'reparations': [('EU', 'reject')]}),
    ('es', 'Moscú rechaza el canje de prisioneros, mientras que Kiev no ha publicado la lista.',
     {'prisoners': [('RU', 'reject')]}),
]


@pytest.mark.parametrize("lang,text,expected", R29D_HELD_UNTIL_NEAR, ids=ids(R29D_HELD_UNTIL_NEAR))
def test_r29d_no_step_demanded_past_a_bare_rejection_or_a_contrast(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, list(expected)) == expected


# --- r29D: a proviso put to another party ('provided Russia releases ...', 'purché', 'vorausgesetzt, Russland ...'
# with the comma after the opener, 'при условии, что', 'şartıyla'): the setter demands both the measure and the
# step, the party the proviso is put to holds nothing ---

R29D_PROVISO = [
    ('en', 'Ukraine is ready for a truce on energy sites provided Russia releases all detained civilians.',
     {'ceasefire': [('UA', 'demand')], 'prisoners': [('UA', 'demand')]}),
    ('it', "L'Ucraina è pronta a una tregua sugli impianti energetici, purché la Russia liberi tutti i civili detenuti.",
     {'ceasefire': [('UA', 'demand')], 'prisoners': [('UA', 'demand')]}),
    ('fr', "L'Ukraine est prête à une trêve sur les sites énergétiques, à condition que la Russie libère tous les civils détenus.",
     {'ceasefire': [('UA', 'demand')], 'prisoners': [('UA', 'demand')]}),
    ('de', 'Die Ukraine ist zu einer Waffenruhe für Energieanlagen bereit, vorausgesetzt, Russland lässt alle festgehaltenen Zivilisten frei.',
     {'ceasefire': [('UA', 'demand')], 'prisoners': [('UA', 'demand')]}),
    ('de', 'Kiew wäre zu einem Moratorium für Angriffe auf Häfen bereit, vorausgesetzt, Moskau verpflichtet sich zur Rückgabe aller verschleppten Kinder.',
     {'ceasefire': [('UA', 'demand')], 'prisoners': [('UA', 'demand')]}),
    ('es', 'Ucrania está dispuesta a una tregua en las instalaciones energéticas, siempre que Rusia libere a todos los civiles detenidos.',
     {'ceasefire': [('UA', 'demand')], 'prisoners': [('UA', 'demand')]}),
    ('ru', 'Украина готова к перемирию на энергообъектах при условии, что Россия освободит всех удерживаемых гражданских.',
     {'ceasefire': [('UA', 'demand')], 'prisoners': [('UA', 'demand')]}),
    ('uk', "Україна готова до перемир'я на енергооб'єктах за умови, що Росія звільнить усіх утримуваних цивільних.",
     {'ceasefire': [('UA', 'demand')], 'prisoners': [('UA', 'demand')]}),
    ('pl', 'Ukraina jest gotowa na rozejm energetyczny pod warunkiem, że Rosja uwolni wszystkich przetrzymywanych cywilów.',
     {'ceasefire': [('UA', 'demand')], 'prisoners': [('UA', 'demand')]}),
    ('tr', 'Ukrayna, Rusya tutulan tüm sivilleri serbest bırakması şartıyla enerji tesislerinde ateşkese hazır.',
     {'ceasefire': [('UA', 'demand')], 'prisoners': [('UA', 'demand')]}),
]


@pytest.mark.parametrize("lang,text,expected", R29D_PROVISO, ids=ids(R29D_PROVISO))
def test_r29d_the_party_a_proviso_is_put_to_holds_nothing(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["ceasefire", "prisoners"]) == expected


R29D_PROVISO_NEAR = [
    ('de', 'Kiew ist zu einem Moratorium für Angriffe auf Häfen bereit, Moskau lehnt ein solches Moratorium jedoch ab.',
     {'ceasefire': [('RU', 'reject'), ('UA', 'demand')]}),
]


@pytest.mark.parametrize("lang,text,expected", R29D_PROVISO_NEAR, ids=ids(R29D_PROVISO_NEAR))
def test_r29d_a_party_in_a_clause_of_its_own_keeps_its_stance(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["ceasefire"]) == expected


# --- r29D: an agreement on the condition that another party does the same ('would accept a truce if Russia does the
# same', 'si la Russie faisait de même', 'wenn Moskau ebenfalls zustimmt', 'если Москва тоже согласится') offers a
# mutual measure, a demand; not 'even if' nor 'aunque' (no condition) ---

R29D_MUTUAL = [
    ('en', 'Zelensky said Ukraine would accept a truce at sea if Russia does the same.'),
    ('it', "Zelensky ha detto che l'Ucraina accetterebbe una tregua in mare se la Russia facesse lo stesso."),
    ('fr', "Zelensky a dit que l'Ukraine accepterait une trêve en mer si la Russie faisait de même."),
    ('de', 'Selenskyj sagte, die Ukraine werde einer Waffenruhe auf See zustimmen, wenn Moskau ebenfalls zustimmt.'),
    ('es', 'Zelenski dijo que Ucrania aceptaría una tregua en el mar si Rusia hace lo mismo.'),
    ('ru', 'Зеленский заявил, что Украина согласится на перемирие на море, если Москва тоже согласится.'),
    ('uk', "Зеленський заявив, що Україна погодиться на перемир'я на морі, якщо Москва теж погодиться."),
    ('pl', 'Zełenski oświadczył, że Ukraina zgodzi się na rozejm na morzu, jeśli Moskwa również się zgodzi.'),
]


@pytest.mark.parametrize("lang,text", R29D_MUTUAL, ids=ids(R29D_MUTUAL))
def test_r29d_an_agreement_if_the_other_does_the_same_is_a_demand(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire"]) == {"ceasefire": [("UA", "demand")]}


R29D_MUTUAL_NEAR = [
    ('en', 'Zelensky said Ukraine would accept a truce at sea even if Russia refuses.'),
    ('fr', "Zelensky a dit que l'Ukraine accepterait une trêve en mer même si la Russie refuse."),
    ('de', 'Selenskyj sagte, die Ukraine werde einer Waffenruhe auf See zustimmen, auch wenn Moskau schweigt.'),
    ('es', 'Zelenski dijo que Ucrania aceptaría una tregua en el mar aunque Rusia también la rechace.'),
]


@pytest.mark.parametrize("lang,text", R29D_MUTUAL_NEAR, ids=ids(R29D_MUTUAL_NEAR))
def test_r29d_an_agreement_on_no_mutual_step_stays_an_agreement(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire"]) == {"ceasefire": [("UA", "agree")]}


# --- r29E: a call, a plea or an urging not to take a measure turns the measure down (cues.yml reject) ---

CALLED_NOT_TO = [
    ("en", "Lithuania's president urged NATO members not to accept any ceiling on Ukrainian troop numbers.", "neutrality", "EU"),
    ("en", "The Latvian president urged the allies not to impose a troop ceiling on Kyiv.", "neutrality", "EU"),
    ("it", "Il cancelliere austriaco ha invitato i partner a non accettare alcun tetto per le truppe di Kiev.", "neutrality", "EU"),
    ("fr", "Le président lituanien a exhorté les Alliés à ne jamais accepter un plafond pour les troupes de Kiev.", "neutrality", "EU"),
    ("de", "Der litauische Präsident rief die Partner auf, den ukrainischen Streitkräften niemals eine Obergrenze aufzuerlegen.", "neutrality", "EU"),
    ("es", "El presidente lituano pidió a los socios no aceptar ningún tope a las tropas de Kiev.", "neutrality", "EU"),
    ("ru", "Президент Литвы призвал партнёров не принимать никакого потолка для войск Киева.", "neutrality", "EU"),
    ("uk", "Президент Литви закликав партнерів не встановлювати жодної стелі для війська Києва.", "neutrality", "EU"),
    # 'не допустити' an imposed measure (the participle with no agent names no party that imposes it)
    ("uk", "Прем'єр Данії закликала партнерів не допустити нав'язаної Україні нейтральності.", "neutrality", "EU"),
    ("pl", "Prezydent Litwy zaapelował do partnerów, aby nie akceptowali żadnego limitu wojsk Kijowa.", "neutrality", "EU"),
    ("tr", "Litvanya Cumhurbaşkanı, ortakları Kiev ordusuna tavan dayatmamaya çağırdı.", "neutrality", "EU"),
]


@pytest.mark.parametrize("lang,text,category,holder", CALLED_NOT_TO, ids=ids(CALLED_NOT_TO))
def test_r29e_a_call_not_to_take_a_measure_rejects_it(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "reject")]


CALLED_TO = [
    # the same call without the negation asks for the measure
    ("en", "Hungary's prime minister urged NATO members to accept a ceiling on Ukrainian troop numbers.", "neutrality", "EU"),
    ("it", "Il premier ungherese ha invitato i partner ad accettare un tetto per le truppe di Kiev.", "neutrality", "EU"),
    ("es", "El primer ministro húngaro pidió a los socios aceptar un tope a las tropas de Kiev.", "neutrality", "EU"),
    ("ru", "Премьер Венгрии призвал партнёров установить потолок для войск Киева.", "neutrality", "EU"),
    # a call not to attack, or not to allow an escalation, asks for a halt: a demand of the truce, no rejection
    ("en", "The Swedish foreign minister urged Moscow not to shell power plants during the frost.", "ceasefire", "EU"),
    ("en", "Sweden urged both sides not to allow an escalation of the fighting.", "ceasefire", "EU"),
    ("fr", "La ministre suédoise a appelé Moscou à ne pas bombarder les centrales pendant le gel.", "ceasefire", "EU"),
    ("de", "Die schwedische Außenministerin forderte Moskau auf, während des Frosts keine Kraftwerke zu beschießen.", "ceasefire", "EU"),
    ("ru", "Швеция призвала стороны не допустить эскалации боевых действий.", "ceasefire", "EU"),
    ("uk", "Глава МЗС Швеції закликала Москву не обстрілювати електростанції під час морозів.", "ceasefire", "EU"),
    ("uk", "Швеція закликала сторони не допустити ескалації бойових дій.", "ceasefire", "EU"),
    ("pl", "Szwecja wezwała Moskwę, by nie ostrzeliwała elektrowni podczas mrozów.", "ceasefire", "EU"),
    ("pl", "Szwecja wezwała obie strony, by nie dopuściły do eskalacji.", "ceasefire", "EU"),
    ("tr", "İsveç Dışişleri Bakanı, Moskova'yı dondurucu soğukta santralleri bombalamamaya çağırdı.", "ceasefire", "EU"),
    # a call on others not to recognise an annexation asks for non-recognition: the caller's demand
    ("en", "Ukraine's foreign minister called on Washington not to recognise the annexed regions as Russian.", "territory", "UA"),
    ("fr", "La Rada a lancé un appel exhortant les États à ne jamais reconnaître l'annexion des régions occupées.", "territory", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", CALLED_TO, ids=ids(CALLED_TO))
def test_r29e_a_call_to_act_or_not_to_attack_stays_a_demand(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "demand")]


# --- r29E: no agreement that may impose a measure, no question of it: the speaker turns it down (cues.yml reject) ---

NO_AGREEMENT_MAY = [
    ("en", "The Danish prime minister warned that no peace deal may impose limits on Ukraine's army.", "neutrality", "EU"),
    ("it", "La premier danese ha detto che nessuna intesa potrà mai imporre un tetto all'esercito ucraino.", "neutrality", "EU"),
    ("fr", "La Première ministre danoise a averti qu'aucun traité ne pourra imposer de plafond à l'armée ukrainienne.", "neutrality", "EU"),
    ("it", "«Non può esserci alcun riconoscimento dell'annessione», ha detto il ministro belga degli Esteri.", "territory", "EU"),
    ("fr", "« Il ne saurait être question de reconnaître l'annexion », a déclaré le ministre belge des Affaires étrangères.", "territory", "EU"),
    ("de", "Die dänische Regierungschefin sagte, kein Friedensvertrag dürfe den ukrainischen Streitkräften eine Obergrenze auferlegen.", "neutrality", "EU"),
    ("es", "La primera ministra danesa advirtió que ningún tratado podrá imponer un tope al ejército ucraniano.", "neutrality", "EU"),
    ("es", "\"No puede haber ningún reconocimiento de la anexión\", dijo el ministro belga de Exteriores.", "territory", "EU"),
    ("ru", "Премьер Дании заявила, что никакой договор не может навязать потолок украинской армии.", "neutrality", "EU"),
    ("uk", "Прем'єр Данії заявила, що жоден договір не може нав'язати стелю українській армії.", "neutrality", "EU"),
    ("pl", "Premier Danii oświadczyła, że żaden traktat nie może narzucić limitu armii ukraińskiej.", "neutrality", "EU"),
    ("tr", "Danimarka Başbakanı, hiçbir antlaşmanın Ukrayna ordusuna tavan dayatamayacağını söyledi.", "neutrality", "EU"),
]


@pytest.mark.parametrize("lang,text,category,holder", NO_AGREEMENT_MAY, ids=ids(NO_AGREEMENT_MAY))
def test_r29e_no_agreement_may_impose_it_rejects_it(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "reject")]


EVERY_AGREEMENT_MUST = [
    # a free-choice subject ('any deal must impose') frames the demand itself
    ("en", "Moscow insists that any peace deal must impose limits on Ukraine's army."),
    ("it", "Mosca insiste che ogni intesa dovrà imporre un tetto all'esercito ucraino."),
    ("fr", "Moscou insiste pour que tout traité impose un plafond à l'armée ukrainienne."),
    ("de", "Moskau besteht darauf, dass jeder Friedensvertrag den ukrainischen Streitkräften eine Obergrenze auferlegen müsse."),
    ("es", "Moscú insiste en que todo tratado deberá imponer un tope al ejército ucraniano."),
    ("ru", "Москва настаивает, что любой договор должен ограничить численность украинской армии."),
    ("uk", "Москва наполягає, що будь-який договір має обмежити чисельність української армії."),
    ("pl", "Moskwa nalega, by każdy traktat ograniczył liczebność armii ukraińskiej."),
    ("tr", "Moskova, her antlaşmanın Ukrayna ordusuna tavan getirmesinde ısrar ediyor."),
]


@pytest.mark.parametrize("lang,text", EVERY_AGREEMENT_MUST, ids=ids(EVERY_AGREEMENT_MUST))
def test_r29e_any_agreement_must_impose_it_demands_it(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("RU", "demand")]


# --- r29E: tr 'asla' agrees with the verb's own negation ('asla kabul etmeyeceğiz'): one refusal, no rejection denied ---

@pytest.mark.parametrize("lang,text,category,expected", [
    ("tr", "Zelenskiy, \"Tarafsız statüyü asla kabul etmeyeceğiz\" dedi.", "neutrality", [("UA", "reject")]),
    ("tr", "Sıbiha, Kiev'in Kırım'ın ilhakını asla onaylamayacağını söyledi.", "territory", [("UA", "reject")]),
    # a rejection the suffix negates is still denied ('asla reddetmeyeceğini': will never turn it down)
    ("tr", "Peskov, Moskova'nın ateşkesi asla reddetmeyeceğini söyledi.", "ceasefire", [("RU", "agree")]),
])
def test_r29e_tr_never_with_a_negated_acceptance_refuses(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r29E: uk нав'язаний with no instrumental agent names no party that imposes: no demand beside the refusal ---

@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Прем'єр Данії відкинула \"нав'язаний\" Україні нейтральний статус.", [("EU", "reject")]),
    # with its instrumental agent the participle still gives the agent's demand
    ("uk", "Прем'єр Данії відкинула нейтральний статус, нав'язаний Кремлем.", [("EU", "reject"), ("RU", "demand")]),
])
def test_r29e_an_imposed_measure_without_agent_is_no_demand(classifier, lang, text, expected):
    assert given(classifier, text, lang, "neutrality") == expected


# --- r30A: a comma and a relative or bare noun pointing back (`reaction_phrases`: ', ce que', ', algo que', ', co',
# --- ', terms', ', which') end the content of the demand before it; the reaction's subject holds its own stance ---

POINTED_BACK = [
    ("en", "Moscow insisted that Ukraine withdraw from Zaporizhzhia, terms Kyiv called a capitulation.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("en", "The Kremlin demanded that Kyiv give up its NATO bid, which Zelensky rejected outright.",
     {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("it", "Mosca pretende che Kiev ceda l'intero Donbass, ciò che la Casa Bianca ha respinto.",
     {"territory": [("RU", "demand"), ("US", "reject")]}),
    ("it", "Mosca pretende che Kiev ceda l'intero Donbass, condizioni che Zelensky ha respinto.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("fr", "Berlin demande que les avoirs russes gelés financent la reconstruction, ce que le Kremlin juge illégal.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("fr", "Le Kremlin exige que Kiev renonce à l'OTAN, des exigences que Zelensky a balayées.",
     {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("es", "Berlín pidió que los activos rusos congelados paguen la reconstrucción, algo que el Kremlin califica de robo.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("es", "Moscú exige que Kiev abandone el Donbás, algo que Zelenski considera ilegítimo.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("es", "El Kremlin exige que Kiev renuncie a la OTAN, lo que Zelenski rechazó de plano.",
     {"neutrality": [("RU", "demand"), ("UA", "reject")]}),
    ("de", "Berlin fordert, dass die eingefrorenen russischen Vermögen den Wiederaufbau bezahlen, was Moskau als Diebstahl bezeichnet.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("de", "Moskau verlangt, dass Kiew auf den Donbass verzichtet, was Selenskyj kategorisch ablehnt.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    ("pl", "Berlin zaproponował, by zamrożone rosyjskie aktywa sfinansowały odbudowę, co Moskwa uznała za kradzież.",
     {"reparations": [("EU", "demand"), ("RU", "reject")]}),
    ("pl", "Kreml zażądał, by Kijów wycofał wojska z Donbasu, co Zełenski odrzucił.",
     {"territory": [("RU", "demand"), ("UA", "reject")]}),
    # near misses: the phrase after the comma has no party of its own, so the demand alone stands
    ("en", "The Kremlin demanded that Kyiv give up its NATO bid, which would take years.", {"neutrality": [("RU", "demand")]}),
    ("en", "Moscow insisted that Ukraine withdraw from Zaporizhzhia, terms that would end the war.",
     {"territory": [("RU", "demand")]}),
    ("it", "Mosca pretende che Kiev ceda l'intero Donbass, il che renderebbe la pace impossibile.", {"territory": [("RU", "demand")]}),
    ("fr", "Le Kremlin exige que Kiev renonce à l'OTAN, ce qui rendrait la paix impossible.", {"neutrality": [("RU", "demand")]}),
    ("es", "El Kremlin exige que Kiev renuncie a la OTAN, lo que alargaría la guerra.", {"neutrality": [("RU", "demand")]}),
    ("de", "Moskau verlangt, dass Kiew auf den Donbass verzichtet, was die Lage weiter verschärft.", {"territory": [("RU", "demand")]}),
    ("pl", "Kreml zażądał, by Kijów wycofał wojska z Donbasu, co oznacza dalszą wojnę.", {"territory": [("RU", "demand")]}),
]


@pytest.mark.parametrize("lang,text,expected", POINTED_BACK, ids=ids(POINTED_BACK))
def test_r30a_reaction_pointing_back_after_a_comma(classifier, lang, text, expected):
    assert positions(classifier, text, lang) == expected


# --- r30A: a demonstrative and a position noun (`anaphors`: 'this idea', 'cette idée', 'diese Idee', 'эту идею',
# --- 'цю ідею', 'ten pomysł') after a comma take up the demand: its content ends at that comma ---

TAKEN_UP = [
    ("en", "London demanded that Moscow accept a month-long truce, and the Kremlin called this idea a trap."),
    ("it", "Londra ha chiesto che Mosca accetti una tregua di un mese, e il Cremlino ha respinto questa idea."),
    ("fr", "Londres a demandé que Moscou accepte une trêve d'un mois, et le Kremlin a rejeté cette idée."),
    ("es", "Londres pidió que Moscú acepte una tregua de un mes, y el Kremlin rechazó esta idea."),
    ("de", "London forderte, dass Moskau einer Waffenruhe von einem Monat zustimmt, und der Kreml lehnte diese Idee ab."),
    ("pl", "Londyn zażądał, by Moskwa zgodziła się na miesięczny rozejm, i w Moskwie ten pomysł odrzucono."),
    ("ru", "Лондон потребовал, чтобы Москва согласилась на месячное перемирие, и в Кремле эту идею отвергли."),
    ("uk", "Лондон вимагав, щоб Москва погодилася на місячне перемир'я, і в Кремлі цю ідею відкинули."),
]


@pytest.mark.parametrize("lang,text", TAKEN_UP, ids=ids(TAKEN_UP))
def test_r30a_demonstrative_takes_up_the_demand(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("EU", "demand"), ("RU", "reject")]}


TAKEN_UP_MISSES = [
    # no comma before the demonstrative: it is the object inside the content, the demand alone stands
    ("en", "London demanded that Moscow accept this proposal for a month-long truce."),
    ("ru", "Лондон потребовал, чтобы Москва приняла это предложение о месячном перемирии."),
    ("uk", "Лондон вимагав, щоб Москва прийняла цю пропозицію про місячне перемир'я."),
]


@pytest.mark.parametrize("lang,text", TAKEN_UP_MISSES, ids=ids(TAKEN_UP_MISSES))
def test_r30a_demonstrative_inside_the_content(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("EU", "demand")]}


@pytest.mark.parametrize("lang,text", [
    ("uk", "Лондон заявив, що Британія готова направити миротворців, і в Москві цю ідею відкинули."),
    ("ru", "Лондон заявил, что Британия готова направить миротворцев, однако в Кремле эту идею отвергли."),
])
def test_r30a_offer_taken_up_by_a_place(classifier, lang, text):
    assert positions(classifier, text, lang) == {"neutrality": [("EU", "demand"), ("RU", "reject")]}


# --- r30A: de: a relative clause inside an opening 'Während/Nachdem ...' clause adds no clause boundary: the subject
# --- after the main verb ('lehnte Moskau beide Punkte ab') holds ---

@pytest.mark.parametrize("text,expected", [
    ("Nachdem London einen Plan vorlegte, der eine Waffenruhe von vierzig Tagen vorsieht, lehnte Moskau beide Punkte ab.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    ("Nachdem Paris einen Vorschlag machte, der eine Waffenruhe vorsieht, lehnte Moskau ihn ab.",
     {"ceasefire": [("EU", "demand"), ("RU", "reject")]}),
    # near misses: no stance after the opening clause; one comma only, as before
    ("Während Washington einen Plan vorlegte, der eine Waffenruhe vorsieht, schwieg Kiew.", {"ceasefire": [("US", "demand")]}),
    ("Nachdem Moskau die Waffenruhe abgelehnt hatte, forderte Kiew neue Sanktionen.", {"ceasefire": [("RU", "reject")]}),
])
def test_r30a_german_opening_clause_with_a_relative(classifier, text, expected):
    assert positions(classifier, text, "de") == expected


# --- r30A: the reacting party in the apposition holds each of its coordinated stances: it accepts the proposal and
# --- adds a demand after a contrastive ('tout en demandant', 'while demanding'); 'but only if' stays a condition ---

@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Paris a proposé une trêve de quarante jours, une idée que Moscou a acceptée tout en exigeant la levée des sanctions.",
     [("EU", "demand"), ("RU", "agree"), ("RU", "demand")]),
    ("en", "Paris proposed a forty-day truce, an idea Moscow accepted while demanding that sanctions be lifted.",
     [("EU", "demand"), ("RU", "agree"), ("RU", "demand")]),
    ("es", "París propuso una tregua de cuarenta días, algo que Moscú aceptó pero pidiendo garantías.",
     [("EU", "demand"), ("RU", "agree"), ("RU", "demand")]),
    # near misses: an acceptance alone; an acceptance restricted by 'but only if' is a condition, a demand
    ("fr", "Paris a proposé une trêve de quarante jours, une idée que Moscou a acceptée.", [("EU", "demand"), ("RU", "agree")]),
    ("en", "Moscow would accept a truce, but only if Kyiv withdraws from Kherson.", [("RU", "demand")]),
    ("fr", "Moscou accepterait une trêve, mais seulement si Kiev se retire de Kherson.", [("RU", "demand")]),
])
def test_r30a_acceptance_with_an_added_demand(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


# --- r30A: tr: a reporter who adds another party's reaction ('... sıcak bakmadığını ekledi') holds nothing; branding
# --- a demand an ultimatum ('ültimatom olarak gördüğünü') rejects it ---

@pytest.mark.parametrize("text,category,expected", [
    ("Dışişleri Bakanı Fidan, Kremlin'in ateşkese hazır olduğunu belirtti, ancak Ukrayna'nın bu fikre sıcak bakmadığını ekledi.",
     "ceasefire", [("RU", "demand"), ("UA", "reject")]),
    ("Bakan Fidan, Kremlin'in ateşkese hazır olduğunu ekledi.", "ceasefire", [("RU", "demand")]),
    ("Zelenski, Rusya'nın çekilme şartını ültimatom olarak gördüğünü söyledi.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    # near miss: what the reporter adds with a verb of its own party is that party's
    ("Bakan Fidan, Türkiye'nin ateşkesi desteklediğini ekledi.", "ceasefire", [("TR", "agree")]),
])
def test_r30a_turkish_reaction_added_by_a_reporter(classifier, text, category, expected):
    assert given(classifier, text, "tr", category) == expected


# --- r30A: es, fr, pl: judging a move void, illegitimate, illegal or contrary to the rules rejects it ---

@pytest.mark.parametrize("lang,text,category,expected", [
    ("es", "Varsovia apoyó la propuesta ucraniana de un fondo de compensación, algo que el Kremlin considera nulo.",
     "reparations", [("EU", "agree"), ("RU", "reject"), ("UA", "demand")]),
    ("pl", "Berlin zaproponował fundusz odszkodowań wojennych, co Moskwa uznała za niezgodne z prawem.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Berlin propose un fonds d'indemnisation des victimes, ce que Moscou juge illégitime.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    # near miss: no party judges anything
    ("es", "El tribunal declaró nulo el contrato de reparaciones.", "reparations", []),
])
def test_r30a_judged_void_or_illegal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


def _check(classifier, lang, text, category, must, must_not):
    got = given(classifier, text, lang, category)
    for position in must:
        assert position in got, (text, got)
    for position in must_not:
        assert position not in got, (text, got)


# --- r30B: a naming verb's judgement after another party's position noun is the namer's rejection ---

R30B_NAMED = [
    ("en", "The Latvian foreign minister described Moscow's demand that Kyiv hand over Zaporizhzhia as unrealistic.",
     "territory", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("it", "Il ministro degli Esteri lettone ha definito la richiesta russa che Kiev ceda Zaporizhzhia, città che controlla ancora, irrealistica.",
     "territory", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("fr", "Le ministre letton a qualifié l'exigence russe que Kiev cède Zaporijjia, une ville qu'elle tient encore, d'irréaliste.",
     "territory", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("de", "Die lettische Außenministerin nannte die Forderung Moskaus, die Ukraine müsse Cherson räumen, „weltfremd“.",
     "territory", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("es", "El ministro letón calificó la exigencia rusa de que Kiev ceda Zaporiyia, una ciudad que aún controla, de irrealista.",
     "territory", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("ru", "Пресс-секретарь Кремля Дмитрий Песков заявил, что предложение Лондона о перемирии на море «выгодно только Киеву», и назвал его неприемлемым.",
     "ceasefire", [("RU", "reject"), ("EU", "demand")], [("RU", "demand")]),
    ("uk", "Речник Кремля Дмитро Пєсков заявив, що пропозиція Лондона про перемир'я на морі «вигідна лише Києву», і назвав її неприйнятною.",
     "ceasefire", [("RU", "reject"), ("EU", "demand")], [("RU", "demand")]),
    ("pl", "Rzecznik Kremla Dmitrij Pieskow powiedział, że propozycja Londynu w sprawie rozejmu na morzu „służy tylko Kijowowi”, i nazwał ją nie do przyjęcia.",
     "ceasefire", [("RU", "reject"), ("EU", "demand")], [("RU", "demand")]),
    ("tr", "Kremlin Sözcüsü Dmitriy Peskov, İngiltere'nin deniz ateşkesi önerisini \"gerçekçi olmayan bir girişim\" olarak nitelendirdi.",
     "ceasefire", [("RU", "reject"), ("EU", "demand")], [("RU", "demand")]),
    # near misses: an approving name agrees, no rejection
    ("ru", "Песков назвал британское предложение о перемирии на море шагом в правильном направлении.",
     "ceasefire", [("RU", "agree")], [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,must,must_not", R30B_NAMED, ids=ids(R30B_NAMED))
def test_r30b_named_judgement(classifier, lang, text, category, must, must_not):
    _check(classifier, lang, text, category, must, must_not)


# --- r30B: another party's demand called no object of bargaining is turned down by who says so ---

R30B_BARGAIN = [
    ("en", "Kallas said Moscow's demand that Kyiv drop its NATO bid was not up for bargaining.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("it", "Kallas ha detto che la richiesta russa di una rinuncia di Kiev alla Nato non è merce di scambio.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("fr", "Kallas a déclaré que l'exigence russe d'un renoncement de Kiev à l'OTAN n'est pas une monnaie d'échange.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("de", "Kallas sagte, die Forderung Moskaus nach einem Verzicht Kiews auf die Nato-Mitgliedschaft sei keine Verhandlungsmasse.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("es", "Kallas dijo que la exigencia rusa de que Kiev renuncie a la OTAN no es moneda de cambio.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("ru", "Каллас заявила, что требование Москвы об отказе Киева от вступления в альянс не является предметом торга.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("uk", "Каллас заявила, що вимога Москви про відмову Києва від вступу до Альянсу не може бути предметом торгу.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("pl", "Kallas powiedziała, że żądanie Moskwy, by Kijów zrezygnował z członkostwa w Sojuszu, nie jest przedmiotem targów.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    ("tr", "Kallas, Moskova'nın Ukrayna'nın NATO üyeliğinden vazgeçmesi talebinin pazarlık kozu olamayacağını söyledi.",
     "neutrality", [("EU", "reject"), ("RU", "demand")], [("EU", "demand")]),
    # near misses: one's own position declared not negotiable insists on it
    ("it", "Mosca ribadisce che la Crimea e le regioni annesse non sono oggetto di trattativa.",
     "territory", [("RU", "demand")], [("RU", "reject")]),
    ("de", "Der Kreml sagte, die Krim sei nicht verhandelbar.", "territory", [("RU", "demand")], [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,must,must_not", R30B_BARGAIN, ids=ids(R30B_BARGAIN))
def test_r30b_not_for_bargaining(classifier, lang, text, category, must, must_not):
    _check(classifier, lang, text, category, must, must_not)


# --- r30B: a truce called a pause to rearm is turned down by who calls it so ---

R30B_REARM = [
    ("en", "Peskov described the British proposal for a sea truce as a breathing space to rearm Ukraine."),
    ("it", "Peskov ha definito la proposta britannica di una tregua in mare una pausa per riarmare l'Ucraina."),
    ("fr", "Peskov a qualifié la proposition britannique de trêve en mer de pause pour réarmer l'Ukraine."),
    ("de", "Peskow bezeichnete den britischen Vorschlag einer Waffenruhe auf See als Atempause zur Aufrüstung der Ukraine."),
    ("es", "Peskov calificó la propuesta británica de una tregua en el mar de pausa para rearmar a Ucrania."),
    ("ru", "Песков назвал британское предложение о перемирии на море передышкой для украинской армии."),
    ("uk", "Пєсков назвав британську пропозицію про перемир'я на морі перепочинком для української армії."),
    ("pl", "Pieskow nazwał brytyjską propozycję rozejmu na morzu przerwą na dozbrojenie Ukrainy."),
    ("tr", "Peskov, İngiltere'nin deniz ateşkesi önerisini \"yeniden silahlanma molası\" olarak nitelendirdi."),
]


@pytest.mark.parametrize("lang,text", R30B_REARM, ids=ids(R30B_REARM))
def test_r30b_pause_to_rearm(classifier, lang, text):
    got = given(classifier, text, lang, "ceasefire")
    assert ("RU", "reject") in got and ("EU", "demand") in got, got
    assert ("RU", "demand") not in got, got  # the namer asks for nothing


# --- r30B: a reproach (not a plain accusation) for asking for a measure: the reproacher rejects it, the one reproached asks ---

R30B_REPROACH = [
    ("en", "Zakharova reproached Brussels for seeking a sea truce only to buy Kyiv time.", True),
    ("it", "Zakharova ha rimproverato a Bruxelles di chiedere una tregua in mare solo per far guadagnare tempo a Kiev.", True),
    ("fr", "Zakharova a reproché à Bruxelles de réclamer une trêve en mer pour faire gagner du temps à Kiev.", True),
    ("de", "Sacharowa warf Brüssel vor, eine Waffenruhe auf See nur zu fordern, um Kiew Zeit zu verschaffen.", False),
    ("es", "Zajárova reprochó a Bruselas de pedir una tregua en el mar solo para que Kiev gane tiempo.", True),
    ("ru", "Захарова упрекнула Брюссель в том, что он добивается перемирия на море лишь ради выигрыша времени.", True),
    ("uk", "Захарова дорікнула Брюсселю тим, що він вимагає перемир'я на морі лише заради виграшу часу.", False),
    ("pl", "Zacharowa zarzuciła Brukseli, że domaga się rozejmu na morzu tylko po to, by Kijów zyskał na czasie.", True),
    ("tr", "Zaharova, Brüksel'i deniz ateşkesi talep ederek Kiev'e zaman kazandırmaya çalışmakla suçladı.", True),
]


@pytest.mark.parametrize("lang,text,accused", R30B_REPROACH, ids=ids(R30B_REPROACH))
def test_r30b_reproach(classifier, lang, text, accused):
    got = given(classifier, text, lang, "ceasefire")
    assert ("RU", "reject") in got and ("RU", "demand") not in got, got
    if accused:  # German, Ukrainian: the one reproached is not read as a holder yet
        assert ("EU", "demand") in got, got


R30B_NOT_REPROACHED = [
    ("en", "Peskov accused Kyiv of violating the Easter truce."),
    ("ru", "Песков обвинил Киев в нарушении пасхального перемирия."),
    ("pl", "Pieskow oskarżył Kijów o złamanie rozejmu wielkanocnego."),
]


@pytest.mark.parametrize("lang,text", R30B_NOT_REPROACHED, ids=ids(R30B_NOT_REPROACHED))
def test_r30b_accused_of_no_demand(classifier, lang, text):
    # an accusation of breaking a truce charges no demand: nobody rejects the truce through it
    assert ("RU", "reject") not in given(classifier, text, lang, "ceasefire")


# --- r30B: a passive rejection's agent rejects, the owner demands (German verb-final, Turkish owners) ---

R30B_PASSIVE = [
    ("de", "Nachdem der Vorschlag Kiews für eine Waffenruhe vom Kreml abermals zurückgewiesen worden war, reiste Selenskyj ab.",
     "ceasefire", [("RU", "reject"), ("UA", "demand")], [("RU", "demand")]),
    ("de", "Die Unterhändler sprachen über Gefangene, während die polnische Forderung nach einer Feuerpause von Moskau abermals abgelehnt wurde.",
     "ceasefire", [("RU", "reject"), ("EU", "demand")], [("RU", "demand")]),
    ("tr", "Kremlin, Avrupalı bakanların deniz ateşkesi çağrısını reddetti.",
     "ceasefire", [("RU", "reject"), ("EU", "demand")], [("EU", "reject")]),
    ("tr", "Almanya'nın Ukrayna'ya \"barış gücü\" gönderme önerisi Moskova tarafından reddedildi.",
     "neutrality", [("RU", "reject"), ("EU", "demand")], [("RU", "demand")]),
    ("tr", "Zelenskiy'in danışmanı enerji ateşkesi talebini yinelerken, Rus heyetinin başındaki Peskov bu öneriyi \"gerçekçi olmayan bir adım\" olarak nitelendirdi.",
     "ceasefire", [("RU", "reject"), ("UA", "demand")], [("RU", "demand"), ("UA", "reject")]),
    # near misses: no agent, no rejecter; a plan tabled and presented is only its author's
    ("de", "Nachdem der Vorschlag Kiews für eine Waffenruhe abgelehnt worden war, reiste Selenskyj ab.",
     "ceasefire", [("UA", "demand")], [("RU", "reject")]),
    ("de", "Der von Kiew vorgelegte Plan für eine Waffenruhe wurde am Montag in Brüssel vorgestellt.",
     "ceasefire", [("UA", "demand")], [("EU", "reject"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,must,must_not", R30B_PASSIVE, ids=ids(R30B_PASSIVE))
def test_r30b_passive_agent(classifier, lang, text, category, must, must_not):
    _check(classifier, lang, text, category, must, must_not)


# --- r30C: a reporter quoting a messenger (chained reporting verbs): only the relayed party holds ---

RELAYED = [
    ("en", "Rutte told journalists that the Americans had informed him that Moscow would not accept a ceasefire at sea.",
     "ceasefire", [("RU", "reject")]),
    ("en", "Erdogan informed Scholz that Russia rejects any ceasefire.", "ceasefire", [("RU", "reject")]),
    ("it", "Scholz ha detto che Erdogan gli ha trasmesso che la Russia è pronta a un cessate il fuoco di trenta giorni.",
     "ceasefire", [("RU", "demand")]),
    ("it", "Erdogan ha trasmesso a Scholz che la Russia respinge qualsiasi cessate il fuoco.", "ceasefire", [("RU", "reject")]),
    ("fr", "Scholz a déclaré qu'Erdogan lui avait transmis que la Russie refuse tout cessez-le-feu.", "ceasefire",
     [("RU", "reject")]),
    ("fr", "Erdogan a transmis à Scholz que la Russie refuse tout cessez-le-feu.", "ceasefire", [("RU", "reject")]),
    ("de", "Scholz sagte, Erdogan habe ihm mitgeteilt, Russland lehne jede Waffenruhe ab.", "ceasefire", [("RU", "reject")]),
    ("de", "Stubb sagte den Journalisten, Erdogan habe ihm versichert, Moskau sei zu einem Gefangenenaustausch im Mai bereit.",
     "prisoners", [("RU", "demand")]),
    ("es", "Scholz dijo que Erdogan le trasladó que Rusia rechaza cualquier alto el fuego.", "ceasefire", [("RU", "reject")]),
    ("es", "Erdogan comunicó a Scholz que Rusia rechaza cualquier alto el fuego.", "ceasefire", [("RU", "reject")]),
    ("ru", "Шольц сказал, что Эрдоган передал ему, что Россия отвергает любое перемирие.", "ceasefire", [("RU", "reject")]),
    ("ru", "Эрдоган передал Шольцу, что Россия отвергает любое перемирие.", "ceasefire", [("RU", "reject")]),
    ("uk", "Шольц сказав, що Ердоган передав йому, що Росія відкидає будь-яке перемир'я.", "ceasefire", [("RU", "reject")]),
    ("uk", "Ердоган переказав Шольцу, що Росія відкидає будь-яке перемир'я.", "ceasefire", [("RU", "reject")]),
    ("pl", "Scholz powiedział, że Erdogan przekazał mu, iż Rosja odrzuca każde zawieszenie broni.", "ceasefire",
     [("RU", "reject")]),
    ("pl", "Sikorski powiedział reporterom, że Erdogan przekazał mu, iż Moskwa jest gotowa na wymianę jeńców w maju.",
     "prisoners", [("RU", "demand")]),
    ("tr", "Scholz, Erdoğan'ın kendisine Rusya'nın ateşkesi reddettiğini ilettiğini söyledi.", "ceasefire", [("RU", "reject")]),
    ("tr", "Erdoğan, Alman mevkidaşlarına Rusya'nın ateşkesi reddettiğini iletti.", "ceasefire", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", RELAYED, ids=ids(RELAYED))
def test_r30c_only_the_relayed_party_holds(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r30C: a messenger's own clause, contrasted after 'ale'/'but', is no relay: both parties keep their stances ---

REPLY_AFTER_CONTRAST = [
    ("pl", "Ukraińska delegacja przekazała Rosjanom listę 300 jeńców, domagając się ich uwolnienia, ale Miedinski odparł, "
           "że lista jest niepełna.", "prisoners", [("RU", "demand"), ("UA", "demand")]),
    ("de", "Die ukrainische Delegation übergab der russischen Seite eine Liste von 300 Gefangenen, deren Freilassung sie "
           "fordert, doch Medinski erwiderte, die Liste sei unvollständig.", "prisoners", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", REPLY_AFTER_CONTRAST, ids=ids(REPLY_AFTER_CONTRAST))
def test_r30c_a_reply_after_a_contrast_relays_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r30C: ru/uk/pl 'передал/передав/przekazał ..., что/що/iż' relays a message; handing over bodies still agrees ---

HANDED_OVER = [
    ("pl", "Rosja przekazała Ukrainie ciała 900 poległych żołnierzy.", "prisoners", [("RU", "agree")]),
    ("ru", "Россия передала Украине тела 900 погибших военных.", "prisoners", [("RU", "agree")]),
    ("uk", "Росія передала Україні тіла 900 загиблих військових.", "prisoners", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", HANDED_OVER, ids=ids(HANDED_OVER))
def test_r30c_handing_over_bodies_still_agrees(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r30C: a list handed over in a relative after it ('список яких Україна передала') is no agreement of the sender ---

LIST_IN_RELATIVE = [
    ("uk", "Сибіга закликав ООН допомогти повернути полонених, список яких Україна вже передала Росії.", "prisoners",
     [("UA", "demand")]),
    ("ru", "Сибига призвал ООН помочь вернуть пленных, список которых Украина уже передала России.", "prisoners",
     [("UA", "demand")]),
    ("pl", "Sybiha zaapelował do ONZ o pomoc w uwolnieniu jeńców, których listę Ukraina przekazała już Rosji.", "prisoners",
     [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", LIST_IN_RELATIVE, ids=ids(LIST_IN_RELATIVE))
def test_r30c_a_list_handed_over_in_a_relative_agrees_to_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r30C: the addressee a document or list is handed to holds nothing (en double object, Slavic dative plural) ---

ADDRESSEE_OF_HANDING = [
    ("en", "Moscow handed Kyiv a draft demanding that Ukraine withdraw from Kherson, a text the Ukrainian side rejected "
           "as an ultimatum.", "territory", [("RU", "demand"), ("UA", "reject")]),
    ("en", "The Russian delegation gave Ukraine a memorandum calling for a 60-day ceasefire.", "ceasefire", [("RU", "demand")]),
    ("en", "Kyiv had sent the Russian side a list of 300 prisoners whose release it wants, Umerov said.", "prisoners",
     [("UA", "demand")]),
    ("ru", "Украинская делегация передала россиянам список 300 пленных, потребовав их освобождения.", "prisoners",
     [("UA", "demand")]),
    ("uk", "Українська делегація передала росіянам список 300 полонених, вимагаючи їх звільнення.", "prisoners",
     [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", ADDRESSEE_OF_HANDING, ids=ids(ADDRESSEE_OF_HANDING))
def test_r30c_the_addressee_of_a_handed_document_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", [
    # handing over the bodies themselves, the addressee after 'to': the sender agrees to the handover
    ("en", "Russia handed over the bodies of 900 soldiers to Ukraine.", "prisoners", [("RU", "agree")]),
    # a name after a giving verb with its own subject clause before: the sender still holds
    ("pl", "Rosjanie przekazali Amerykanom swoje warunki zawieszenia broni, odrzucając plan Kijowa.", "ceasefire", None),
])
def test_r30c_the_sender_keeps_its_own_stance(classifier, lang, text, category, expected):
    got = given(classifier, text, lang, category)
    if expected is None:
        assert all(h != "US" for h, _ in got)
    else:
        assert got == expected


# --- r30C: amendments handed over that strike out a point: the sender turns the point down ---

STRUCK_OUT = [
    ("en", "Ukraine's negotiators gave the Americans amendments to the peace plan that struck out the clause on a buffer "
           "zone in Kharkiv.", "territory", [("UA", "reject")]),
    ("it", "La delegazione ucraina ha consegnato agli americani emendamenti al piano di pace, nei quali è stato stralciato "
           "il punto sulla zona cuscinetto.", "territory", [("UA", "reject")]),
    ("fr", "La délégation ukrainienne a remis aux Américains des amendements au plan de paix, dans lesquels a été "
           "supprimé le point sur la zone tampon.", "territory", [("UA", "reject")]),
    ("de", "Die ukrainische Delegation übergab den Amerikanern Änderungen am Friedensplan, in denen der Punkt zur "
           "Pufferzone gestrichen wurde.", "territory", [("UA", "reject")]),
    ("es", "La delegación ucraniana entregó a los estadounidenses enmiendas al plan de paz en las que fue suprimido el "
           "punto sobre la zona de amortiguación.", "territory", [("UA", "reject")]),
    ("ru", "Украинская делегация передала американцам поправки к мирному плану, в которых вычеркнут пункт о буферной "
           "зоне.", "territory", [("UA", "reject")]),
    ("uk", "Українська делегація передала американцям поправки до мирного плану, в яких викреслено пункт про буферну "
           "зону.", "territory", [("UA", "reject")]),
    ("pl", "Według PAP ukraińska delegacja przekazała Amerykanom w Rzymie uwagi do planu pokojowego, w których skreślono "
           "punkt o strefie buforowej.", "territory", [("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", STRUCK_OUT, ids=ids(STRUCK_OUT))
def test_r30c_a_struck_out_point_is_turned_down_by_its_sender(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category", [
    # no point struck out: a plain plan handed over is the sender's proposal, no rejection
    ("en", "Ukraine's negotiators gave the Americans a peace plan with a buffer zone in Kharkiv.", "territory"),
    ("ru", "Украинская делегация передала американцам мирный план с буферной зоной.", "territory"),
    ("pl", "Ukraińska delegacja przekazała Amerykanom plan pokojowy ze strefą buforową.", "territory"),
])
def test_r30c_a_plan_handed_over_without_a_struck_point_rejects_nothing(classifier, lang, text, category):
    assert ("UA", "reject") not in given(classifier, text, lang, category)


# --- r30C: an addressee between a reporting verb and its clause opens no ', said X' speaker ---

ADDRESSEE_BEFORE_CLAUSE = [
    ("pl", "Sybiha, szef MSZ, powiedział dziennikarzom, że Amerykanie przekazali mu, iż Moskwa odrzuca misję pokojową.",
     "neutrality", [("RU", "reject")]),
    ("ru", "Сибига, глава МИД, сказал журналистам, что американцы передали ему, что Москва отвергает миротворческую миссию.",
     "neutrality", [("RU", "reject")]),
    ("uk", "Сибіга, глава МЗС, сказав журналістам, що американці передали йому, що Москва відкидає миротворчу місію.",
     "neutrality", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", ADDRESSEE_BEFORE_CLAUSE, ids=ids(ADDRESSEE_BEFORE_CLAUSE))
def test_r30c_an_addressee_before_the_clause_opens_no_speaker(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r30C: a name before ', said X' (an inverted reporting verb, its subject after it) is no relayed speaker ---

INVERTED = [
    ("en", "Ukraine's aims are a full ceasefire and the return of the children Kyiv accuses Moscow of having taken, "
           "said the Ukrainian foreign minister on Monday."),
]


@pytest.mark.parametrize("lang,text", INVERTED, ids=ids(INVERTED))
def test_r30c_a_name_before_an_inverted_reporting_verb_relays_nothing(classifier, lang, text):
    found = positions(classifier, text, lang)
    assert found, "the categories are found"
    assert all("RU" not in [h for h, _ in pairs] for pairs in found.values()), found


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


# --- r30E: a demand or a deadline put to another party to accept a measure is the demander's, also where the
# fallback finds the holder ('X together with Y demanded of Moscow to agree'); tr 'kabul etmesi için süre verdi' ---

R30E_ASKED = [
    ('en', 'The Finnish president together with the leaders of Italy and Spain urged Moscow to accept an unconditional truce by Friday.'),
    ('it', 'Il presidente finlandese insieme ai leader di Italia e Spagna ha chiesto a Mosca di accettare entro venerdì una tregua senza condizioni.'),
    ('fr', "Le président finlandais, avec les dirigeants de l'Italie et de l'Espagne, a exigé de Moscou qu'elle accepte d'ici vendredi une trêve sans condition."),
    ('es', 'El presidente finlandés, junto con los líderes de Italia y España, exigió a Moscú aceptar antes del viernes una tregua sin condiciones.'),
    ('ru', 'Президент Финляндии вместе с лидерами Италии и Испании потребовал от Москвы до пятницы согласиться на безоговорочное перемирие.'),
    ('uk', "Президент Фінляндії разом із лідерами Італії та Іспанії вимагав від Москви до п'ятниці погодитися на беззастережне перемир'я."),
    ('pl', 'Prezydent Finlandii wraz z przywódcami Włoch i Hiszpanii zażądał od Moskwy, by do piątku zgodziła się na bezwarunkowy rozejm.'),
    ('tr', "Finlandiya Cumhurbaşkanı, İtalya ve İspanya liderleriyle birlikte Moskova'ya koşulsuz ateşkesi kabul etmesi için cumaya kadar süre verdi."),
    ('tr', "Finlandiya Cumhurbaşkanı, Moskova'ya koşulsuz ateşkesi kabul etmesi için cumaya kadar süre verdi."),
]


@pytest.mark.parametrize("lang,text", R30E_ASKED, ids=ids(R30E_ASKED))
def test_r30e_accepting_asked_of_another_is_a_demand(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire"]) == {"ceasefire": [("EU", "demand")]}


R30E_ASKED_NEAR = [
    # a clause opened before the party named (a complementizer, a question): the party's own verb
    ('it', 'Alcuni diplomatici sostengono che Roma e Madrid potrebbero accettare un congelamento del fronte.', 'territory', []),
    ('pl', 'Rozmówca gazety twierdzi, że Kijów nie zgodzi się na wzajemne zrzeczenie się odszkodowań.', 'reparations',
     [('UA', 'reject')]),
    # the party's own acceptance, no one else's asked for
    ('tr', 'Finlandiya Cumhurbaşkanı koşulsuz ateşkesi kabul ettiklerini söyledi.', 'ceasefire', [('EU', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", R30E_ASKED_NEAR, ids=ids(R30E_ASKED_NEAR))
def test_r30e_an_acceptance_in_a_clause_of_its_own_is_no_demand(classifier, lang, text, category, expected):
    assert given_all(classifier, text, lang, [category]) == {category: expected}


# --- r30E: 'if neither side accepts a truce' ('si ninguna de las partes acepta', 'если ни одна из сторон не согласится'):
# a subject that names no party negates the acceptance, and the 'if' clause is the condition the speaker sets ---

R30E_NO_PARTY = [
    ('en', 'Rubio said Washington could walk away from the talks if neither side accepts a full truce.'),
    ('en', 'Rubio said Washington could walk away from the talks if the parties do not accept a full truce.'),
    ('es', 'Rubio dijo que Washington podría abandonar las negociaciones si ninguna de las partes acepta una tregua completa.'),
    ('es', 'Rubio dijo que Washington podría abandonar las negociaciones si las partes no aceptan una tregua completa.'),
    ('ru', 'Рубио заявил, что Вашингтон может выйти из переговоров, если ни одна из сторон не согласится на полное перемирие.'),
    ('uk', "Рубіо заявив, що Вашингтон може вийти з переговорів, якщо жодна зі сторін не погодиться на повне перемир'я."),
    ('pl', 'Rubio powiedział, że Waszyngton może wycofać się z rozmów, jeśli żadna ze stron nie zgodzi się na pełny rozejm.'),
]


@pytest.mark.parametrize("lang,text", R30E_NO_PARTY, ids=ids(R30E_NO_PARTY))
def test_r30e_no_party_accepting_in_an_if_clause_is_demanded(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire"]) == {"ceasefire": [("US", "demand")]}


R30E_NO_PARTY_NEAR = [
    # no condition: the report that no party accepts, or a concession ('even if'), sets nothing
    ('en', 'Neither side accepts a full truce, Rubio said on Tuesday.'),
    ('en', 'Rubio said Washington would stay in the talks even if neither side accepts a full truce.'),
    ('ru', 'Рубио заявил, что ни одна из сторон пока не согласилась на полное перемирие.'),
]


@pytest.mark.parametrize("lang,text", R30E_NO_PARTY_NEAR, ids=ids(R30E_NO_PARTY_NEAR))
def test_r30e_no_party_accepting_outside_a_condition_demands_nothing(classifier, lang, text):
    assert ("US", "demand") not in given_all(classifier, text, lang, ["ceasefire"])["ceasefire"]


# --- r30E: a proviso that another party first agree to the issue ('open to a summit, provided the Kremlin first
# agreed to a truce'): what the other is to agree to is the holder's demand, not its agreement ---

R30E_PROVIDED = [
    ('en', "Sybiha wrote on X that Kyiv was open to a leaders' summit in any format, provided the Kremlin first agreed to a complete truce."),
    ('it', "Sybiha ha scritto su X che Kiev era aperta a un vertice dei leader in qualsiasi formato, purché il Cremlino accettasse prima una tregua completa."),
    ('fr', "Sybiha a écrit sur X que Kiev était ouverte à un sommet des dirigeants sous n'importe quel format, à condition que le Kremlin accepte d'abord une trêve complète."),
    ('de', 'Sybiha schrieb auf X, Kiew sei offen für ein Gipfeltreffen in jedem Format, vorausgesetzt, der Kreml stimme zuerst einer vollständigen Waffenruhe zu.'),
    ('es', 'Sybiha escribió en X que Kiev estaba abierta a una cumbre de líderes en cualquier formato, siempre que el Kremlin aceptara primero una tregua completa.'),
    ('ru', 'Сибига написал в X, что Киев открыт для встречи лидеров в любом формате при условии, что Кремль сначала согласится на полное перемирие.'),
    ('uk', "Сибіга написав у X, що Київ відкритий до зустрічі лідерів у будь-якому форматі за умови, що Кремль спершу погодиться на повне перемир'я."),
    ('pl', 'Sybiha napisał na X, że Kijów jest otwarty na szczyt przywódców w dowolnym formacie pod warunkiem, że Kreml najpierw zgodzi się na pełny rozejm.'),
]


@pytest.mark.parametrize("lang,text", R30E_PROVIDED, ids=ids(R30E_PROVIDED))
def test_r30e_another_partys_consent_in_a_proviso_is_demanded(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire"]) == {"ceasefire": [("UA", "demand")]}


R30E_PROVIDED_NEAR = [
    # the issue agreed outside the proviso: the other's consent only says when the agreement holds
    ('en', 'Sybiha wrote that Kyiv accepted the complete truce, provided the Kremlin agreed to it too.'),
]


@pytest.mark.parametrize("lang,text", R30E_PROVIDED_NEAR, ids=ids(R30E_PROVIDED_NEAR))
def test_r30e_a_proviso_outside_the_issue_keeps_the_agreement(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire"]) == {"ceasefire": [("UA", "agree")]}


# --- r30E: a party that would block a measure turns it down ('would block', 'bloquerait', 'bloqueará'); tr 'asla onay
# vermeyeceğini' refuses its approval, 'asla' agreeing with the verb's own negation ---

R30E_BLOCKED = [
    ('en', "Slovakia's prime minister said Bratislava would block any plan to use frozen Russian reserves for Kyiv.", 'reparations', 'reject'),
    ('en', "Slovakia's prime minister said Bratislava would not block a plan to use frozen Russian reserves for Kyiv.", 'reparations', 'agree'),
    ('fr', "Le Premier ministre slovaque a dit que Bratislava bloquerait tout plan d'utilisation des réserves russes gelées au profit de Kiev.", 'reparations', 'reject'),
    ('fr', "Le Premier ministre slovaque a dit que Bratislava ne bloquerait pas un plan d'utilisation des réserves russes gelées.", 'reparations', 'agree'),
    ('es', 'El primer ministro eslovaco dijo que Bratislava bloqueará cualquier plan para usar las reservas rusas congeladas en favor de Kiev.', 'reparations', 'reject'),
    ('es', 'El primer ministro eslovaco dijo que Bratislava no bloqueará un plan para usar las reservas rusas congeladas.', 'reparations', 'agree'),
    ('tr', "Szijjarto, Macaristan'ın NATO genişlemesine asla onay vermeyeceğini söyledi.", 'neutrality', 'reject'),
    ('tr', "Szijjarto, Macaristan'ın NATO genişlemesine onay vereceğini söyledi.", 'neutrality', 'agree'),
]


@pytest.mark.parametrize("lang,text,category,stance", R30E_BLOCKED, ids=ids(R30E_BLOCKED))
def test_r30e_blocking_or_refusing_approval_rejects(classifier, lang, text, category, stance):
    assert given_all(classifier, text, lang, [category]) == {category: [("EU", stance)]}


# --- r30E: accepting another party's proposal ('bereit, den amerikanischen Vorschlag ... anzunehmen'; tr '... kabul
# ettiklerini ve ... söyledi', the first of the clauses reported): the accepter agrees, the proposer demands ---

R30E_ACCEPTED = [
    ('de', 'Nach langen Gesprächen in Riad erklärte sich die ukrainische Delegation bereit, den amerikanischen Vorschlag einer sofortigen Feuerpause anzunehmen.', [('UA', 'agree'), ('US', 'demand')]),
    ('de', 'Nach langen Gesprächen in Riad war die ukrainische Delegation bereit, den Vorschlag Washingtons für eine sofortige Feuerpause zu akzeptieren.', [('UA', 'agree'), ('US', 'demand')]),
    ('tr', "Umerov, Riyad'da ABD'nin önerdiği acil ateşkesi kabul ettiklerini ve kararın artık Moskova'da olduğunu söyledi.", [('UA', 'agree'), ('US', 'demand')]),
    # near misses: readiness for a measure offers it; a proposal rejected; the first clause a refusal
    ('de', 'Sybiha schrieb, Kiew sei zu einer vollständigen Waffenruhe bereit.', [('UA', 'demand')]),
    ('de', 'Nach den Gesprächen in Riad lehnte die russische Delegation den amerikanischen Vorschlag einer Feuerpause ab.', [('RU', 'reject'), ('US', 'demand')]),
    ('tr', "Umerov, Riyad'da ABD'nin önerdiği acil ateşkesi reddettiklerini ve kararın Moskova'da olduğunu söyledi.", [('UA', 'reject'), ('US', 'demand')]),
]


@pytest.mark.parametrize("lang,text,expected", R30E_ACCEPTED, ids=ids(R30E_ACCEPTED))
def test_r30e_accepting_anothers_proposal_agrees(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["ceasefire"]) == {"ceasefire": expected}


# --- r30E: counting on or hoping for another party's step ('liczy na to, że Waszyngton zmusi Kijów', 'setzt darauf,
# dass', 'zorlamasını umuyor'): what the party expects is what it asks for, as ru 'рассчитывает на' ---

R30E_COUNTED_ON = [
    ('en', 'According to the portal, the Kremlin is counting on Washington to force Kyiv to abandon its NATO membership bid before any deal.', [('RU', 'demand')]),
    ('ru', 'По данным портала, Кремль рассчитывает на то, что Вашингтон заставит Киев отказаться от вступления в НАТО до подписания соглашения.', [('RU', 'demand')]),
    ('de', 'Laut dem Portal setzt der Kreml darauf, dass Washington Kiew zum Verzicht auf den NATO-Beitritt zwingt.', [('RU', 'demand')]),
    ('pl', 'Według portalu Kreml liczy na to, że Waszyngton zmusi Kijów do rezygnacji z wejścia do NATO przed zawarciem umowy.', [('RU', 'demand')]),
    ('pl', 'Kreml liczy na to, że Waszyngton zmusi Kijów do rezygnacji z członkostwa w NATO.', [('RU', 'demand')]),
    ('tr', "Portala göre Kremlin, Washington'ın anlaşmadan önce Kiev'i NATO üyeliğinden vazgeçmeye zorlamasını umuyor.", [('RU', 'demand')]),
    # near misses: counting as a number, hope as a noun lost; the party's own rejection stands
    ('pl', 'Rosyjska delegacja liczy dwunastu negocjatorów, a Kreml odrzuca neutralność Ukrainy.', [('RU', 'reject')]),
    ('tr', "Kremlin'in umudunu yitirdiği bildirilirken Moskova Ukrayna'nın tarafsızlığını reddetti.", [('RU', 'reject')]),
]


@pytest.mark.parametrize("lang,text,expected", R30E_COUNTED_ON, ids=ids(R30E_COUNTED_ON))
def test_r30e_counting_on_anothers_step_demands_it(classifier, lang, text, expected):
    assert given_all(classifier, text, lang, ["neutrality"]) == {"neutrality": expected}


# --- r30E: a step that must in no way be taken as recognition of a measure ('dürfe keinesfalls als Anerkennung ...
# verstanden werden', 'must in no way be read as recognition'): the speaker refuses the measure ---

R30E_NOT_RECOGNITION = [
    ('en', "Macron warned that a ceasefire line must in no way be read as recognition of Russia's annexations."),
    ('it', "Macron ha avvertito che una linea di cessate il fuoco non deve in alcun modo essere intesa come riconoscimento delle annessioni russe."),
    ('fr', "Macron a averti qu'une ligne de cessez-le-feu ne devait en aucun cas être comprise comme une reconnaissance des annexions russes."),
    ('de', 'Macron warnte, eine Waffenstillstandslinie dürfe auf keinen Fall als Anerkennung der russischen Annexionen gelten.'),
    ('es', 'Macron advirtió de que una línea de alto el fuego no debe entenderse en ningún caso como un reconocimiento de las anexiones rusas.'),
    ('ru', 'Макрон предупредил, что линия прекращения огня ни в коем случае не должна рассматриваться как признание российских аннексий.'),
    ('uk', "Макрон попередив, що лінія припинення вогню в жодному разі не має розглядатися як визнання російських анексій."),
    ('pl', 'Macron ostrzegł, że linia zawieszenia broni w żadnym wypadku nie może być traktowana jako uznanie rosyjskich aneksji.'),
]


@pytest.mark.parametrize("lang,text", R30E_NOT_RECOGNITION, ids=ids(R30E_NOT_RECOGNITION))
def test_r30e_no_step_may_be_taken_as_recognition(classifier, lang, text):
    assert given_all(classifier, text, lang, ["territory"]) == {"territory": [("EU", "reject")]}


R30E_NOT_RECOGNITION_NEAR = [
    # no negation: what another party could read into a step is no refusal of the speaker's
    ('en', 'Macron warned that Moscow could read a ceasefire line as recognition of its annexations.'),
    ('de', 'Macron sagte, Moskau könne eine Waffenstillstandslinie als Anerkennung seiner Annexionen auffassen.'),
    ('ru', 'Макрон предупредил, что Москва может рассматривать линию прекращения огня как признание своих аннексий.'),
    ('pl', 'Macron ostrzegł, że Moskwa może traktować linię zawieszenia broni jako uznanie swoich aneksji.'),
]


@pytest.mark.parametrize("lang,text", R30E_NOT_RECOGNITION_NEAR, ids=ids(R30E_NOT_RECOGNITION_NEAR))
def test_r30e_a_step_read_as_recognition_is_no_refusal(classifier, lang, text):
    assert ("EU", "reject") not in given_all(classifier, text, lang, ["territory"])["territory"]


# --- r30F: a coordinated clause that closes on a stanced predicate after its own subject gives its stance ---

PREDICATE_CLAUSE = [
    ("en", "Ryabkov said Moscow insists on the withdrawal of Ukrainian forces from Donbas, and any return to the 1991 "
           "borders is out of the question.", "territory", [("RU", "demand"), ("RU", "reject")]),
    ("it", "Zakharova ha affermato che Mosca pretende la neutralità dell'Ucraina, e l'invio di soldati occidentali è "
           "escluso.", "neutrality", [("RU", "demand"), ("RU", "reject")]),
    ("fr", "Peskov a affirmé que Moscou exige un statut neutre pour l'Ukraine, et toute présence de soldats de l'OTAN "
           "est exclue.", "neutrality", [("RU", "demand"), ("RU", "reject")]),
    ("de", "Peskow sagte, Moskau verlange den Rückzug der ukrainischen Armee aus dem Donbass, und eine Rückkehr zu den "
           "Grenzen von 1991 sei ausgeschlossen.", "territory", [("RU", "demand"), ("RU", "reject")]),
    ("es", "Zajárova afirmó que Moscú exige la neutralidad de Ucrania, y cualquier presencia de soldados de la OTAN "
           "queda descartada.", "neutrality", [("RU", "demand"), ("RU", "reject")]),
    ("ru", "Песков заявил, что Кремль добивается нейтрального статуса Украины, а присутствие солдат НАТО на её земле "
           "недопустимо.", "neutrality", [("RU", "demand"), ("RU", "reject")]),
    ("uk", "Сибіга заявив, що Київ вимагає виведення російських військ, а визнання окупованих земель російськими "
           "неприйнятне.", "territory", [("UA", "demand"), ("UA", "reject")]),
    ("pl", "Pieskow oświadczył, że Kreml domaga się neutralności Ukrainy, a obecność żołnierzy NATO na jej ziemi jest "
           "niedopuszczalna.", "neutrality", [("RU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,want", PREDICATE_CLAUSE, ids=ids(PREDICATE_CLAUSE))
def test_r30f_a_clause_closing_on_its_predicate_gives_the_holder_a_second_stance(classifier, lang, text, category, want):
    assert given(classifier, text, lang, category) == want


# near misses: the clause after the joiner is another party's ("while for Kyiv ..."), or says nothing on the issue
PREDICATE_CLAUSE_NOT_THE_HOLDERS = [
    ("en", "Ryabkov said the Kremlin insists on a neutral Ukraine, while for Kyiv such a status is unacceptable.",
     "neutrality", ("RU", "reject")),
    ("en", "Ryabkov said the Kremlin insists on a neutral Ukraine, and the venue of the next round is still open.",
     "neutrality", ("RU", "reject")),
    ("it", "Zakharova ha affermato che Mosca pretende la neutralità dell'Ucraina, ma per Kiev un tale status è "
           "inaccettabile.", "neutrality", ("RU", "reject")),
    ("fr", "Peskov a affirmé que Moscou exige un statut neutre pour l'Ukraine, mais pour Kiev un tel statut est "
           "inacceptable.", "neutrality", ("RU", "reject")),
    ("de", "Peskow sagte, Moskau fordere eine neutrale Ukraine, während für Kiew ein solcher Status inakzeptabel sei.",
     "neutrality", ("RU", "reject")),
    ("es", "Zajárova afirmó que Moscú exige la neutralidad de Ucrania, pero para Kiev tal estatus es inaceptable.",
     "neutrality", ("RU", "reject")),
    ("ru", "Песков заявил, что Кремль добивается нейтрального статуса Украины, а для Киева такой статус неприемлем.",
     "neutrality", ("RU", "reject")),
    ("ru", "Песков заявил, что Кремль добивается нейтрального статуса Украины, а место следующего раунда пока не "
           "определено.", "neutrality", ("RU", "reject")),
    ("uk", "Сибіга заявив, що Москва вимагає нейтрального статусу України, а для Києва такий статус неприйнятний.",
     "neutrality", ("RU", "reject")),
    ("pl", "Pieskow oświadczył, że Kreml domaga się neutralności Ukrainy, a dla Kijowa taki status jest "
           "niedopuszczalny.", "neutrality", ("RU", "reject")),
]


@pytest.mark.parametrize("lang,text,category,wrong", PREDICATE_CLAUSE_NOT_THE_HOLDERS,
                         ids=ids(PREDICATE_CLAUSE_NOT_THE_HOLDERS))
def test_r30f_another_partys_predicate_clause_gives_the_holder_no_second_stance(classifier, lang, text, category,
                                                                                wrong):
    got = given(classifier, text, lang, category)
    assert wrong not in got and (wrong[0], "demand") in got


# --- r30F: what "remains the only basis" is insisted on, and as such a closing predicate gives the second stance ---

ONLY_BASIS = [
    ("en", "Lubinets said Kyiv rejects prisoner swaps in small batches, and the all-for-all formula remains the only "
           "basis for any exchange."),
    ("it", "Lubinets ha detto che Kiev respinge gli scambi di prigionieri a piccoli gruppi, e la formula «tutti per "
           "tutti» resta l'unica base per ogni scambio."),
    ("fr", "Loubinets a dit que Kiev rejette les échanges de prisonniers au compte-gouttes, et la formule « tous "
           "contre tous » reste la seule base de tout échange."),
    ("de", "Lubinez sagte, Kiew lehne einen Gefangenenaustausch in kleinen Gruppen ab, und die Formel „alle gegen "
           "alle“ bleibe die einzige Grundlage für jeden Austausch."),
    ("es", "Lubinets dijo que Kiev rechaza los canjes de prisioneros por goteo, y la fórmula «todos por todos» sigue "
           "siendo la única base de cualquier intercambio."),
    ("ru", "Лубинец заявил, что Киев отвергает обмены пленными малыми группами, а формула «всех на всех» остаётся "
           "единственной основой для любого обмена."),
    ("uk", "Лубінець заявив, що Київ відкидає обміни полоненими малими групами, а формула «всіх на всіх» залишається "
           "єдиною основою для будь-якого обміну."),
    ("pl", "Łubiniec oświadczył, że Kijów odrzuca wymiany jeńców małymi grupami, a formuła „wszyscy za wszystkich” "
           "pozostaje jedyną podstawą każdej wymiany."),
    ("tr", "Lubinets, Kiev'in küçük gruplar halinde esir takasını reddettiğini, \"herkese karşı herkes\" formülünün ise "
           "her takas için tek temel olduğunu söyledi."),
]


@pytest.mark.parametrize("lang,text", ONLY_BASIS, ids=ids(ONLY_BASIS))
def test_r30f_the_only_basis_is_insisted_on_beside_the_refusal(classifier, lang, text):
    assert given(classifier, text, lang, "prisoners") == [("UA", "demand"), ("UA", "reject")]


# near misses: the only basis is another party's, in its own clause: the refusing holder asks for nothing
ONLY_BASIS_OF_ANOTHER = [
    ("en", "Lubinets said Kyiv rejects prisoner swaps in small batches, while for Moscow the one-for-one formula "
           "remains the only basis for any exchange."),
    ("it", "Lubinets ha detto che Kiev respinge gli scambi di prigionieri a piccoli gruppi, mentre per Mosca la "
           "formula «uno per uno» resta l'unica base."),
    ("fr", "Loubinets a dit que Kiev rejette les échanges de prisonniers au compte-gouttes, tandis que pour Moscou la "
           "formule « un contre un » reste la seule base."),
    ("de", "Lubinez sagte, Kiew lehne einen Gefangenenaustausch in kleinen Gruppen ab, während für Moskau die Formel "
           "„einer gegen einen“ die einzige Grundlage bleibe."),
    ("es", "Lubinets dijo que Kiev rechaza los canjes de prisioneros por goteo, mientras que para Moscú la fórmula "
           "«uno por uno» sigue siendo la única base."),
    ("ru", "Лубинец заявил, что Киев отвергает обмены пленными малыми группами, а для Москвы формула «один на один» "
           "остаётся единственной основой обмена."),
    ("uk", "Лубінець заявив, що Київ відкидає обміни полоненими малими групами, а для Москви формула «один на одного» "
           "залишається єдиною основою."),
    ("pl", "Łubiniec oświadczył, że Kijów odrzuca wymiany jeńców małymi grupami, a dla Moskwy formuła „jeden za "
           "jednego” pozostaje jedyną podstawą."),
    ("tr", "Lubinets, Kiev'in küçük gruplar halinde esir takasını reddettiğini, Moskova'nın ise \"bire bir\" formülünü "
           "tek temel olarak gördüğünü söyledi."),
]


@pytest.mark.parametrize("lang,text", ONLY_BASIS_OF_ANOTHER, ids=ids(ONLY_BASIS_OF_ANOTHER))
def test_r30f_another_partys_only_basis_is_no_demand_of_the_refusing_holder(classifier, lang, text):
    got = given(classifier, text, lang, "prisoners")
    assert ("UA", "reject") in got and ("UA", "demand") not in got


# --- r31: being ready to give up one's claims (ru 'готов отказаться от претензий', uk 'готовий відмовитися від
# претензій') offers a concession, in exchange for what follows: a demand, as in the other languages; refusing
# another's demand, or a readiness to give up talks, is not such an offer ---

READY_TO_GIVE_UP_CLAIMS = [
    ("ru", "Кремль готов отказаться от притязаний на Николаевскую область в обмен на признание Крыма.", ("RU", "demand")),
    ("uk", "Москва готова відмовитися від претензій на Сумщину в обмін на визнання окупації Криму.", ("RU", "demand")),
    ("en", "Moscow is ready to give up its claims to the Sumy region in exchange for recognition of Crimea.",
     ("RU", "demand")),
]


@pytest.mark.parametrize("lang,text,held", READY_TO_GIVE_UP_CLAIMS, ids=ids(READY_TO_GIVE_UP_CLAIMS))
def test_r31_ready_to_give_up_claims_offers_a_concession(classifier, lang, text, held):
    got = given(classifier, text, lang, "territory")
    assert held in got and ("RU", "reject") not in got


REFUSALS_NOT_OFFERS = [
    ("ru", "Кремль отказался от требования Киева вывести войска из Запорожской области."),
    ("uk", "Кремль відмовився від вимоги Києва вивести війська із Запорізької області."),
]


@pytest.mark.parametrize("lang,text", REFUSALS_NOT_OFFERS, ids=ids(REFUSALS_NOT_OFFERS))
def test_r31_refusing_a_demand_is_still_a_refusal(classifier, lang, text):
    assert ("RU", "reject") in given(classifier, text, lang, "territory")


# --- r31A: a verdict phrase is the rejection of the party that passes it; the measure's owner keeps its stance ---

VERDICTS = [
    ("en", "Peskov said any Western brigades stationed in Ukraine would pose a direct threat to Russia.", "neutrality",
     [("RU", "reject")]),
    ("en", "Rubio said Ukraine's accession to NATO was not realistic.", "neutrality", [("US", "reject")]),
    ("it", "Il Cremlino ha avvertito che l'invio di soldati francesi a Leopoli sarebbe una minaccia diretta per la Russia.",
     "neutrality", [("RU", "reject")]),
    ("it", "Rubio ha detto che l'ingresso dell'Ucraina nella Nato non è realistico per ora.", "neutrality", [("US", "reject")]),
    ("fr", "Moscou a prévenu que la saisie de ses réserves de change serait considérée comme du pillage.", "reparations",
     [("RU", "reject")]),
    ("fr", "Le chef de la diplomatie américaine a jugé qu'une entrée de Kiev dans l'Alliance n'était pas réaliste à court terme.",
     "neutrality", [("US", "reject")]),
    ("fr", "Moscou a averti que tout contingent allemand déployé à Kharkiv serait une menace directe.", "neutrality",
     [("RU", "reject")]),
    ("de", "Der Kreml erklärte, ein Abzug aus der Region Cherson stehe nicht zur Debatte.", "territory", [("RU", "reject")]),
    ("de", "Lawrow warnte, britische Soldaten in Lwiw wären eine direkte Bedrohung für Russland.", "neutrality",
     [("RU", "reject")]),
    ("es", "Lavrov advirtió de que Rusia considerará objetivos legítimos a los soldados británicos desplegados en Odesa.",
     "neutrality", [("RU", "reject")]),
    ("es", "Vance dijo que la entrada de Ucrania en la OTAN no es realista a corto plazo.", "neutrality", [("US", "reject")]),
    # 'dejó claro que' reports as 'dijo que' does: the speaker passes the verdict
    ("es", "Vance dejó claro que el ingreso de Ucrania en la Alianza no es realista.", "neutrality", [("US", "reject")]),
    ("ru", "Захарова заявила, что размещение немецких бригад в Одессе станет прямой угрозой для России.", "neutrality",
     [("RU", "reject")]),
    ("ru", "Песков заявил, что вопрос о возвращении Херсонской области Украине не обсуждается.", "territory",
     [("RU", "reject")]),
    ("uk", "Захарова заявила, що розміщення німецьких бригад в Одесі стане прямою загрозою для Росії.", "neutrality",
     [("RU", "reject")]),
    ("uk", "Пєсков заявив, що питання повернення Херсонщини Україні не обговорюється.", "territory", [("RU", "reject")]),
    ("pl", "Zacharowa oświadczyła, że rozmieszczenie niemieckich brygad w Odessie będzie bezpośrednim zagrożeniem dla Rosji.",
     "neutrality", [("RU", "reject")]),
    ("pl", "Pieskow oświadczył, że zwrot obwodu chersońskiego Ukrainie nie jest przedmiotem dyskusji.", "territory",
     [("RU", "reject")]),
    ("tr", "Zaharova, İngiliz askerlerinin Odessa'ya konuşlandırılmasının Rusya için doğrudan bir tehdit oluşturacağını söyledi.",
     "neutrality", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", VERDICTS, ids=ids(VERDICTS))
def test_r31a_a_verdict_phrase_rejects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


NOT_VERDICTS = [
    # the same frames with praise or openness: no rejection
    ("en", "Rubio said Ukraine's accession to NATO was realistic in the long run.", "neutrality", "US"),
    ("it", "Rubio ha detto che l'ingresso dell'Ucraina nella Nato è realistico.", "neutrality", "US"),
    ("fr", "Moscou a prévenu que la saisie de ses réserves de change serait considérée comme une étape importante.",
     "reparations", "RU"),
    ("de", "Der Kreml erklärte, ein Abzug aus der Region Cherson stehe bald zur Debatte.", "territory", "RU"),
    ("es", "Vance dijo que la entrada de Ucrania en la OTAN es realista a largo plazo.", "neutrality", "US"),
    ("es", "Vance dejó claro que el ingreso de Ucrania en la Alianza es realista.", "neutrality", "US"),
]


@pytest.mark.parametrize("lang,text,category,holder", NOT_VERDICTS, ids=ids(NOT_VERDICTS))
def test_r31a_no_verdict_no_rejection(classifier, lang, text, category, holder):
    assert (holder, "reject") not in given(classifier, text, lang, category)


# --- r31A: a place that speaks ('в МИД России заявили', 'у Москві заявили') holds the verdict it reports ---

PLACE_VERDICTS = [
    ("ru", "В МИД России заявили, что отправка британских солдат в Одессу станет прямой угрозой.", "neutrality",
     [("RU", "reject")]),
    ("ru", "Берлин предложил открыть Украине путь в альянс, на что в МИД России ответили, что такой шаг станет прямой угрозой.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "У МЗС Росії заявили, що відправлення британських солдатів до Одеси стане прямою загрозою.", "neutrality",
     [("RU", "reject")]),
    ("pl", "W MSZ Rosji oświadczyli, że wysłanie brytyjskich żołnierzy do Odessy będzie bezpośrednim zagrożeniem.",
     "neutrality", [("RU", "reject")]),
    # a possessive opens the object the place judges, fronted before its verb
    ("ru", "Лондон предлагает отправить миротворцев на Украину, тогда как в Москве их отправку называют недопустимой.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Лондон пропонує відправити миротворців в Україну, тоді як у Москві їх відправлення називають неприпустимим.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PLACE_VERDICTS, ids=ids(PLACE_VERDICTS))
def test_r31a_a_place_holds_the_verdict_it_reports(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category", [
    # what the place reports is an openness, no verdict
    ("ru", "В МИД России заявили, что готовы обсудить гарантии безопасности для Украины.", "neutrality"),
    ("uk", "У МЗС Росії заявили, що готові обговорити гарантії безпеки для України.", "neutrality"),
])
def test_r31a_a_place_reporting_no_verdict_rejects_nothing(classifier, lang, text, category):
    assert ("RU", "reject") not in given(classifier, text, lang, category)


# --- r31A: a vow of a step against a measure (a court challenge, mirror measures) rejects it ---

VOWED = [
    ("en", "The Kremlin vowed to challenge the transfer of its central bank reserves in court.", "reparations"),
    ("it", "Mosca ha promesso di impugnare in tribunale ogni confisca dei suoi beni congelati.", "reparations"),
    ("fr", "Le Kremlin a promis de contester en justice toute saisie de ses avoirs.", "reparations"),
    ("de", "Der Kreml versprach, die Beschlagnahme vor Gericht anzufechten.", "reparations"),
    ("es", "El Kremlin prometió recurrir en los tribunales la confiscación de sus reservas y adoptar medidas espejo.",
     "reparations"),
    ("ru", "В Кремле пообещали оспорить в суде любое изъятие российских резервов.", "reparations"),
    ("uk", "У Кремлі пообіцяли оскаржити в суді будь-яке вилучення російських резервів.", "reparations"),
    ("pl", "Kreml obiecał zaskarżyć w sądzie każde przejęcie rosyjskich rezerw.", "reparations"),
]


@pytest.mark.parametrize("lang,text,category", VOWED, ids=ids(VOWED))
def test_r31a_a_vowed_challenge_rejects(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "reject")]


NOT_VOWED = [
    # a vow to pay is an offer, no rejection
    ("en", "Lavrov promised to pay compensation for the destroyed dam.", "reparations"),
    ("it", "Mosca ha promesso di pagare un risarcimento alle famiglie.", "reparations"),
    ("fr", "Le Kremlin a promis de verser une indemnisation aux habitants de Koursk.", "reparations"),
    ("de", "Der Kreml versprach, den Opfern eine Entschädigung zu zahlen.", "reparations"),
    ("es", "El Kremlin prometió pagar compensaciones a las familias.", "reparations"),
    ("ru", "В Кремле пообещали выплатить компенсации жителям Курской области.", "reparations"),
    ("uk", "У Кремлі пообіцяли виплатити компенсації мешканцям Курщини.", "reparations"),
    ("pl", "Kreml obiecał wypłacić odszkodowania mieszkańcom obwodu kurskiego.", "reparations"),
]


@pytest.mark.parametrize("lang,text,category", NOT_VOWED, ids=ids(NOT_VOWED))
def test_r31a_a_vow_to_pay_is_no_rejection(classifier, lang, text, category):
    assert ("RU", "reject") not in given(classifier, text, lang, category)


# --- r31B: a cited source that opens a reported clause leaves its subject the holder ---

SOURCED_CLAUSES = [
    ("en", "Zelensky said that, according to a Turkish diplomat, Moscow had agreed to return 300 children.",
     "prisoners", [("RU", "agree")]),
    ("en", "Trump said that according to Erdogan Russia wants a maritime truce.", "ceasefire", [("RU", "demand")]),
    ("it", "Zelensky ha detto che, secondo un diplomatico turco, Mosca ha accettato di restituire 300 bambini.",
     "prisoners", [("RU", "agree")]),
    ("fr", "Zelensky a expliqué que, selon un diplomate turc, le Kremlin a rejeté une trêve maritime.",
     "ceasefire", [("RU", "reject")]),
    ("de", "Selenskyj erklärte, dass laut einem türkischen Diplomaten Moskau zugestimmt habe, 300 Kinder zurückzugeben.",
     "prisoners", [("RU", "agree")]),
    ("es", "Zelenski explicó que, según un diplomático turco, el Kremlin rechazó una tregua marítima.",
     "ceasefire", [("RU", "reject")]),
    ("ru", "Зеленский рассказал, что, по данным турецкого дипломата, Москва согласилась вернуть 300 детей.",
     "prisoners", [("RU", "agree")]),
    ("ru", "Трамп заявил, что, по словам Эрдогана, Россия хочет морского перемирия.", "ceasefire", [("RU", "demand")]),
    ("uk", "Зеленський розповів, що, за словами турецького дипломата, Кремль відкинув морське перемир'я.",
     "ceasefire", [("RU", "reject")]),
    ("pl", "Zełenski przekazał, że według tureckiego dyplomaty Moskwa zgodziła się oddać 300 dzieci.",
     "prisoners", [("RU", "agree")]),
    ("tr", "Zelenski, Türk bir diplomata göre Kremlin'in deniz ateşkesini reddettiğini söyledi.",
     "ceasefire", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SOURCED_CLAUSES, ids=ids(SOURCED_CLAUSES))
def test_r31b_a_sourced_clause_is_its_subjects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


SOURCED_NEAR_MISSES = [
    # no party opens the clause after the source: the reporter's own demand stays
    ("en", "Zelensky said that, according to a Turkish diplomat, the exchange must include 300 children.",
     "prisoners", [("UA", "demand")]),
    # a source at the front of a sentence with no subject of its own after it judges for itself
    ("en", "According to Erdogan, a maritime truce is unacceptable.", "ceasefire", [("TR", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SOURCED_NEAR_MISSES, ids=ids(SOURCED_NEAR_MISSES))
def test_r31b_no_party_after_the_source_relays_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31B: a message relayed inside a reported clause with no complementizer (en, de) ---

BARE_RELAYED = [
    ("en", "Kellogg said that Lavrov had told him Moscow would reject any maritime truce.", "ceasefire",
     [("RU", "reject")]),
    ("en", "Rubio said on Monday that Erdogan had assured him Moscow wants a maritime truce.", "ceasefire",
     [("RU", "demand")]),
    ("en", "Starmer said that Zelensky told Macron Kyiv would accept an energy truce.", "ceasefire", [("UA", "agree")]),
    ("de", "Scholz sagte, dass Erdogan ihm versichert habe, Moskau lehne jede Feuerpause auf See ab.", "ceasefire",
     [("RU", "reject")]),
    ("de", "Rubio berichtete, dass Lawrow ihm gesagt habe, Russland werde eine Feuerpause auf See akzeptieren.",
     "ceasefire", [("RU", "agree")]),
    # pl needs its complementizer; the perfective future 'zaakceptuje' is an acceptance of the relayed party
    ("pl", "Rubio powiedział, że Ławrow zapewnił go, iż Rosja zaakceptuje rozejm na morzu.", "ceasefire", [("RU", "agree")]),
    ("pl", "Rosja nie zaakceptuje rozejmu na morzu.", "ceasefire", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", BARE_RELAYED, ids=ids(BARE_RELAYED))
def test_r31b_a_bare_relayed_clause_is_its_subjects(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


BARE_NEAR_MISSES = [
    # the reporting verb is no relay inside another's clause: the names after it are its addressee and content
    ("en", "Kellogg told Lavrov that Washington wants a maritime truce.", "ceasefire", [("US", "demand")]),
    # the name right after the relaying verb is its listener, who holds nothing; the clause after it is the reporter's own
    ("en", "Kellogg said that he had told Lavrov Washington wants a maritime truce.", "ceasefire", [("US", "demand")]),
    # a relayed message with its complementizer still speaks for the relayed party (no `bare_reported_clauses` needed)
    ("it", "Rubio ha detto che Lavrov gli aveva assicurato che Mosca respinge la tregua marittima.", "ceasefire",
     [("RU", "reject")]),
    ("de", "Scholz sagte, Erdogan habe ihm versichert, Moskau lehne jede Feuerpause auf See ab.", "ceasefire",
     [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", BARE_NEAR_MISSES, ids=ids(BARE_NEAR_MISSES))
def test_r31b_no_bare_relay_outside_a_reported_clause(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31B: the listener in a call or meeting with a first-named party holds nothing ---

LISTENERS = [
    ("en", "Lavrov in a meeting with Marco Rubio stressed that a maritime truce remains a condition for Moscow."),
    ("it", "Lavrov in un incontro con Marco Rubio ha ribadito che una tregua marittima resta una condizione di Mosca."),
    ("fr", "Lavrov, lors d'une rencontre avec Marco Rubio, a souligné qu'une trêve maritime reste une condition de Moscou."),
    ("de", "Lawrow betonte bei einem Treffen mit Marco Rubio, eine Waffenruhe auf See bleibe eine Bedingung Moskaus."),
    ("es", "Lavrov, en una reunión con Marco Rubio, subrayó que una tregua marítima sigue siendo una condición de Moscú."),
    ("ru", "Лавров на встрече с Марко Рубио подчеркнул, что морское перемирие остается условием Москвы."),
    ("uk", "Лавров на зустрічі з Марко Рубіо наголосив, що морське перемир'я залишається умовою Москви."),
    ("pl", "Ławrow w rozmowie z Markiem Rubio podkreślił, że rozejm na morzu pozostaje warunkiem Moskwy."),
]


@pytest.mark.parametrize("lang,text", LISTENERS, ids=ids(LISTENERS))
def test_r31b_the_listener_of_a_call_holds_nothing(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "demand")]


SPEAKERS_WITH_FIRST_NAMES = [
    # a first-named subject after no preposition of company still speaks
    ("en", "On Tuesday Marco Rubio demanded a maritime truce.", [("US", "demand")]),
    ("ru", "Во вторник Марко Рубио потребовал морского перемирия.", [("US", "demand")]),
    # the subject after an opening phrase of company holds, the one it spoke with does not
    ("en", "In a call with Keir Starmer, Zelensky called for a maritime truce.", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", SPEAKERS_WITH_FIRST_NAMES, ids=ids(SPEAKERS_WITH_FIRST_NAMES))
def test_r31b_a_first_named_subject_still_speaks(classifier, lang, text, expected):
    assert given(classifier, text, lang, "ceasefire") == expected


# --- r31C: an acceptance withheld until another party's step ('will not consent ... until', 'non accetterà ...
# finché ... non', 'не даст согласия ..., пока ... не', 'nie przystanie na ..., dopóki ... nie') is a condition set:
# the step is demanded and no refusal is kept beside it ---

R31C_WITHHELD_UNTIL = [
    ("en", "Ankara will not consent to the use of the frozen Russian funds until every other lender shares the legal exposure.",
     "reparations", "TR"),
    ("it", "Kiev non accetterà alcuna tregua finché Mosca non libererà i civili deportati da Kherson.", "ceasefire", "UA"),
    ("fr", "Le Kremlin n'acceptera aucune trêve tant que l'Occident n'aura pas cessé de livrer des missiles à Kiev.",
     "ceasefire", "RU"),
    ("de", "Moskau werde einem Waffenstillstand nicht zustimmen, solange Kiew nicht die Mobilmachung beendet.",
     "ceasefire", "RU"),
    ("es", "El Kremlin no aceptará ninguna tregua mientras Occidente no suspenda el envío de misiles a Kiev.", "ceasefire", "RU"),
    ("ru", "Кремль не даст согласия на перемирие, пока Запад не прекратит поставки ракет Киеву.", "ceasefire", "RU"),
    ("uk", "Кремль не погодиться на перемир'я, доки Захід не припинить постачання ракет Києву.", "ceasefire", "RU"),
    ("pl", "Kreml nie przystanie na rozejm, dopóki Zachód nie wstrzyma dostaw rakiet dla Kijowa.", "ceasefire", "RU"),
]


@pytest.mark.parametrize("lang,text,category,holder", R31C_WITHHELD_UNTIL, ids=ids(R31C_WITHHELD_UNTIL))
def test_r31c_an_acceptance_withheld_until_a_step_demands_it(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "demand")]


R31C_WITHHELD_UNTIL_NEAR = [
    # a rejecting verb held until a step keeps its refusal
    ("de", "Der Kreml lehnt jede Waffenruhe ab, solange der Westen die Raketenlieferungen an Kiew nicht einstellt.",
     "ceasefire", "RU"),
    ("en", "Moscow rejects any truce until the West halts its missile deliveries to Kyiv.", "ceasefire", "RU"),
    ("it", "Mosca ha respinto la tregua finché l'Occidente non fermerà le forniture di missili.", "ceasefire", "RU"),
    # a time the refusal lasts, no step asked of anyone
    ("pl", "Ukraina nie zgodzi się na wymianę jeńców, dopóki trwa ofensywa.", "prisoners", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", R31C_WITHHELD_UNTIL_NEAR, ids=ids(R31C_WITHHELD_UNTIL_NEAR))
def test_r31c_a_rejection_or_a_refusal_for_a_time_stays_a_rejection(classifier, lang, text, category, holder):
    assert (holder, "reject") in given(classifier, text, lang, category)


# --- r31C: a privative phrase fronted before a negated commitment and set off by commas ('without X, including Y,
# Kyiv will not sign', 'що без ..., зокрема ..., Київ не підпише') is its condition: what it is without is demanded;
# not an adverbial idiom after the privative (`privative_idioms`: 'without delay', 'sin embargo', 'без сомнения') ---

R31C_FRONTED_PRIVATIVE = [
    ("en", "Without a verified pullback of Russian troops, including from the Kinburn spit, Kyiv will not sign any truce."),
    ("it", "Il ministro ha detto che senza un ritiro completo delle truppe, compresa la centrale di Enerhodar, Kiev non "
           "firmerà alcuna tregua."),
    ("fr", "Sans retrait vérifié des troupes russes, y compris de la centrale d'Enerhodar, Kiev ne signera aucune trêve."),
    ("es", "Sin una retirada verificada de las tropas rusas, incluida la central de Enerhodar, Kiev no firmará ninguna tregua."),
    ("ru", "Сибига подчеркнул, что без вывода российских войск, в том числе с Кинбурнской косы, Киев не подпишет никакого "
           "перемирия."),
    ("uk", "Сибіга підкреслив, що без виведення російських військ, зокрема з Кінбурнської коси, Київ не підпише жодного "
           "перемир'я."),
    ("pl", "Sybiha podkreślił, że bez wycofania wojsk rosyjskich, w tym z Mierzei Kinburnskiej, Kijów nie podpisze żadnego "
           "rozejmu."),
]


@pytest.mark.parametrize("lang,text", R31C_FRONTED_PRIVATIVE, ids=ids(R31C_FRONTED_PRIVATIVE))
def test_r31c_a_fronted_privative_phrase_is_demanded(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("UA", "demand")]


R31C_PRIVATIVE_IDIOMS = [
    ("en", "Without delay, Moscow rejected the truce offered by Kyiv."),
    ("it", "Senza dubbio, Mosca non accetterà la tregua proposta da Kiev."),
    ("fr", "Sans surprise, Moscou n'acceptera pas la trêve proposée par Kiev."),
    ("de", "Ohne Zweifel, so Peskow, werde Moskau der von Kiew vorgeschlagenen Waffenruhe nicht zustimmen."),
    ("es", "Sin embargo, Moscú no aceptará la tregua propuesta por Kiev."),
    ("ru", "Без сомнения, Москва не примет перемирие, предложенное Киевом."),
    ("uk", "Без сумніву, Москва не прийме перемир'я, запропоноване Києвом."),
    ("pl", "Bez wątpienia, Moskwa nie przyjmie rozejmu zaproponowanego przez Kijów."),
]


@pytest.mark.parametrize("lang,text", R31C_PRIVATIVE_IDIOMS, ids=ids(R31C_PRIVATIVE_IDIOMS))
def test_r31c_a_privative_idiom_is_no_condition(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "reject"), ("UA", "demand")]


# --- r31C: es, conditioning one's approval on a step ('condicionó su apoyo a') is a demand: 'condicionó' is a verb,
# no position noun ('condiciones'), so it keeps its own clause after a contrast ('mientras que') ---

R31C_CONDITIONED_APPROVAL = [
    ("es", "Eslovaquia condicionó su apoyo al préstamo de reparaciones a una garantía jurídica plena de la Comisión."),
    ("es", "Moscú calificó de «confiscación» el préstamo de reparaciones, mientras que Eslovaquia condicionó su apoyo a una "
           "garantía jurídica de la Comisión."),
]


@pytest.mark.parametrize("lang,text", R31C_CONDITIONED_APPROVAL, ids=ids(R31C_CONDITIONED_APPROVAL))
def test_r31c_a_conditioned_approval_is_a_demand(classifier, lang, text):
    found = given(classifier, text, lang, "reparations")
    assert ("EU", "demand") in found and ("EU", "agree") not in found and ("EU", "reject") not in found


R31C_GIVEN_APPROVAL = [
    ("en", "Slovakia gave its consent to the reparations loan after the Commission offered a legal guarantee."),
    ("es", "Eslovaquia dio su apoyo al préstamo de reparaciones con condiciones."),
]


@pytest.mark.parametrize("lang,text", R31C_GIVEN_APPROVAL, ids=ids(R31C_GIVEN_APPROVAL))
def test_r31c_an_approval_given_stays_an_agreement(classifier, lang, text):
    assert given(classifier, text, lang, "reparations") == [("EU", "agree")]


# --- r31D: a place governed by a preposition right before a coordinated subject ("Al vertice di Berlino Italia e
# Polonia ...") ends there: the pair after it is the subject, not the place's apposition. (Turkish puts the place in a
# compound with a case ending, "Berlin zirvesinde", so two bare names never stand side by side there.) ---

PLACE_BEFORE_GROUP = [
    ("en", "At a meeting in Paris France and Germany called for peacekeepers in Ukraine, but Moscow rejected any foreign troops.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Al vertice di Berlino Italia e Polonia hanno chiesto l'invio di una forza di pace in Ucraina, ma Mosca ha respinto l'idea.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Au sommet de Berlin France et Italie ont proposé l'envoi d'une force de paix en Ukraine, mais Moscou a rejeté l'idée.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Beim Gipfel in Berlin Frankreich und Polen forderten eine Friedenstruppe in der Ukraine, doch Moskau lehnte das ab.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("es", "En la cumbre de Roma Francia y Alemania propusieron el envío de una fuerza de paz a Ucrania, pero Moscú rechazó la idea.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "На саммите в Берлине Франция и Италия предложили направить на Украину миротворцев, но Москва отвергла эту идею.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "На саміті в Берліні Франція та Італія запропонували направити в Україну миротворців, але Москва відкинула цю ідею.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Na szczycie w Berlinie Francja i Włochy zaproponowały wysłanie na Ukrainę sił pokojowych, ale Moskwa odrzuciła ten pomysł.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PLACE_BEFORE_GROUP, ids=ids(PLACE_BEFORE_GROUP))
def test_r31d_a_group_after_a_place_is_the_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# the place itself holds nothing: only the party after it does
PLACE_ONLY = [
    ("en", "At the talks in London Kyiv called for a truce, but Moscow rejected the proposal.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("it", "Al vertice di Londra Kiev ha chiesto una tregua, ma Mosca ha respinto la proposta.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("fr", "Au sommet de Londres Kiev a demandé une trêve, mais Moscou a rejeté la proposition.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("de", "Beim Treffen in London Kiew forderte eine Waffenruhe, doch Moskau lehnte den Vorschlag ab.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("es", "En la cumbre de Londres Kiev pidió una tregua, pero Moscú rechazó la propuesta.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("ru", "На встрече в Лондоне Киев призвал к перемирию, но Москва отвергла это предложение.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("uk", "На зустрічі в Лондоні Київ закликав до перемир'я, але Москва відкинула цю пропозицію.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
    ("pl", "Na spotkaniu w Londynie Kijów wezwał do rozejmu, ale Moskwa odrzuciła tę propozycję.", "ceasefire", [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PLACE_ONLY, ids=ids(PLACE_ONLY))
def test_r31d_a_place_before_a_subject_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31D: the leaders of a list of states hold for the states, with the genitive marker repeated on each name
# ("les dirigeants de l'Espagne et de la Pologne") or the German "von", an agent marker too, after a party noun
# ("Die Regierungschefs von Spanien ... forderten": the leaders' own verb, no participle's agent) ---

LEADERS_OF_STATES = [
    ("en", "The leaders of Italy and of Spain demanded a full truce, but the Kremlin rejected the demand.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("it", "I leader di Spagna, Italia e Polonia hanno chiesto una tregua completa, ma il Cremlino ha respinto la richiesta.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Les dirigeants de l'Espagne et de la Pologne ont exigé une trêve complète, mais le Kremlin a rejeté cette exigence.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Les dirigeants de l'Espagne, de l'Italie et de la Pologne ont exigé une trêve complète, mais le Kremlin a rejeté cette exigence.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Die Regierungschefs von Spanien und Polen forderten eine vollständige Waffenruhe, doch der Kreml lehnte die Forderung ab.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Die Staats- und Regierungschefs von Spanien, Italien und Polen forderten eine vollständige Waffenruhe, doch der Kreml lehnte die Forderung ab.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Los líderes de Italia y de Polonia exigieron una tregua completa, pero el Kremlin rechazó la exigencia.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Лидеры Италии, Испании и Польши потребовали полного перемирия, однако Кремль отверг это требование.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Лідери Італії, Іспанії та Польщі вимагали повного перемир'я, однак Кремль відкинув цю вимогу.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Przywódcy Włoch, Hiszpanii i Polski zażądali pełnego rozejmu, ale Kreml odrzucił to żądanie.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", LEADERS_OF_STATES, ids=ids(LEADERS_OF_STATES))
def test_r31d_the_leaders_of_a_list_of_states_hold(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: the leaders only addressed hold nothing; the agent of a participle stays the agent
LEADERS_NOT_HOLDING = [
    ("fr", "Kiev a exhorté les dirigeants de l'Espagne et de l'Italie à soutenir une trêve.", "ceasefire", [("UA", "demand")]),
    ("es", "Kiev instó a los líderes de Italia y de Polonia a apoyar una tregua.", "ceasefire", [("UA", "demand")]),
    ("de", "Moskau lehnte die vom Präsidenten von Frankreich geforderte Waffenruhe ab.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Eine von Frankreich geforderte Waffenruhe lehnte Moskau ab.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", LEADERS_NOT_HOLDING, ids=ids(LEADERS_NOT_HOLDING))
def test_r31d_leaders_addressed_or_agents_keep_their_role(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31D: a deadline given to another party to take a step ("gave Moscow until Friday to agree to a truce") is an
# ultimatum: its givers demand the step; the one given the deadline holds nothing by it ---

DEADLINES = [
    ("en", "The leaders of Italy and Spain gave Moscow until Friday to agree to a full truce, a deadline the Kremlin brushed aside.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("en", "Britain and France gave the Kremlin until Sunday to accept a truce, but Moscow rejected the demand.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("it", "I leader di Spagna e Polonia hanno dato a Mosca tempo fino a venerdì per accettare una tregua completa, ma il Cremlino ha respinto la richiesta.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "L'Espagne et la Pologne ont donné à Moscou jusqu'à vendredi pour accepter une trêve complète, mais le Kremlin a rejeté cette exigence.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Les dirigeants de l'Espagne et de la Pologne ont donné à Moscou jusqu'à vendredi pour accepter une trêve complète, mais le Kremlin a rejeté cette exigence.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Spanien und Polen gaben Moskau bis Freitag Zeit, einer vollständigen Waffenruhe zuzustimmen, doch der Kreml lehnte die Forderung ab.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Italia y Polonia dieron a Moscú hasta el viernes para aceptar una tregua completa, pero el Kremlin rechazó la exigencia.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Италия и Польша дали Москве время до пятницы, чтобы согласиться на полное перемирие, однако Кремль отверг это требование.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Італія та Польща дали Москві час до п'ятниці, щоб погодитися на повне перемир'я, однак Кремль відкинув цю вимогу.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Włochy i Hiszpania dały Moskwie czas do piątku na zgodę na pełny rozejm, ale Kreml odrzucił to żądanie.", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "İtalya ve İspanya, Moskova'ya tam ateşkesi kabul etmesi için cumaya kadar süre verdi.", "ceasefire", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DEADLINES, ids=ids(DEADLINES))
def test_r31d_a_deadline_given_is_a_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: a time limit on the measure itself, or no step asked for, is no ultimatum
NO_DEADLINE = [
    ("en", "Moscow gave no sign until Friday that it would accept a truce.", "ceasefire", [("RU", "agree")]),
    ("it", "Mosca ha accettato una tregua fino a venerdì per permettere gli scambi.", "ceasefire", [("RU", "agree")]),
    ("de", "Russland stimmte einer Waffenruhe bis Freitag zu.", "ceasefire", [("RU", "agree")]),
    ("ru", "Москва согласилась на перемирие до пятницы.", "ceasefire", [("RU", "agree")]),
    ("pl", "Moskwa zgodziła się na rozejm do piątku.", "ceasefire", [("RU", "agree")]),
    ("tr", "Rusya, cumaya kadar sürecek bir ateşkesi kabul etti.", "ceasefire", [("RU", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NO_DEADLINE, ids=ids(NO_DEADLINE))
def test_r31d_a_time_limit_is_no_deadline(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31D: defending a proposal advocates it, also before an audience ("defendieron ante la OTAN el envío de ...");
# holding on to a proposal or a coalition insists on it ("halten an ihrem Plan fest"): both demand it. (Turkish has
# 'savunmak' and 'vazgeçmemek' among its cues already.) ---

DEFENDED_OR_HELD = [
    ("es", "Roma y Varsovia defendieron ante la OTAN el envío de una misión de paz a Ucrania, una idea que el Kremlin rechazó.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Spagna e Polonia hanno difeso davanti agli alleati l'invio di una missione di pace in Ucraina, un'idea che il Cremlino ha respinto.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "L'Espagne et la Pologne ont défendu devant les alliés l'envoi d'une mission de paix en Ukraine, une idée que le Kremlin a rejetée.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Spanien und Polen verteidigten vor den Verbündeten die Entsendung einer Friedensmission in die Ukraine, doch der Kreml lehnte das ab.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Испания и Польша отстаивали перед союзниками идею миротворческой миссии на Украине, однако Кремль отверг ее.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Іспанія та Польща обстоювали перед союзниками ідею миротворчої місії в Україні, однак Кремль її відкинув.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Hiszpania i Włochy broniły przed sojusznikami pomysłu misji pokojowej na Ukrainie, ale Kreml go odrzucił.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("en", "Spain and Italy held on to their plan for a peacekeeping mission, although Moscow rejected any Western troops.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Spanien und Italien halten an ihrem Plan einer Friedensmission fest, obwohl Moskau jede westliche Truppe ablehnt.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Spagna e Polonia restano fedeli al loro piano di una missione di pace, ma Mosca ha respinto qualsiasi truppa occidentale.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "L'Espagne et l'Italie s'accrochent à leur plan de mission de paix, bien que Moscou ait rejeté toute présence de troupes occidentales.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Italia y Polonia se aferran a su plan de una misión de paz, aunque Moscú rechazó cualquier presencia de tropas occidentales.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Испания и Италия держатся за свой план миротворческой миссии, хотя Москва отвергла любое присутствие западных войск.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Іспанія та Італія тримаються за свій план миротворчої місії, хоча Москва відкинула будь-яку присутність західних військ.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Hiszpania i Włochy trzymają się swojego planu misji pokojowej, choć Moskwa odrzuciła obecność zachodnich wojsk.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", DEFENDED_OR_HELD, ids=ids(DEFENDED_OR_HELD))
def test_r31d_a_proposal_defended_or_held_on_to_is_demanded(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: defending a country or a border, holding on to a town or to allies, advocates no measure
NOT_DEFENDED = [
    ("it", "La Spagna ha difeso i propri confini, e il Cremlino ha respinto l'invio di una missione di pace.", "neutrality", [("RU", "reject")]),
    ("fr", "L'Espagne et la Pologne défendent l'Ukraine, mais le Kremlin a rejeté l'envoi d'une mission de paix.", "neutrality", [("RU", "reject")]),
    ("de", "Spanien und Polen verteidigen die Ukraine, doch der Kreml lehnte die Entsendung einer Friedensmission ab.", "neutrality", [("RU", "reject")]),
    ("ru", "Испания и Польша защищают Украину, однако Кремль отверг идею миротворческой миссии.", "neutrality", [("RU", "reject")]),
    ("pl", "Polska broni swojej granicy, a Kreml odrzucił pomysł misji pokojowej.", "neutrality", [("RU", "reject")]),
    ("en", "Spain held on to the border town, while Moscow rejected any Western troops.", "neutrality", [("RU", "reject")]),
    ("de", "Spanien hält an der Grenze Wache, während Moskau jede westliche Truppe ablehnt.", "neutrality", [("RU", "reject")]),
    ("ru", "Испания держится за союзников, а Москва отвергла присутствие западных войск.", "neutrality", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_DEFENDED, ids=ids(NOT_DEFENDED))
def test_r31d_defending_a_country_advocates_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31D: German 'mittragen' (to carry a measure along with the others) supports it, and 'nicht mittragen' refuses
# it, as 'would not support' does in the other languages, whose cues have it already ---

CARRIED_ALONG = [
    ("de", "Die slowakische Regierung hat signalisiert, dass sie eine europäische Friedenstruppe in der Ukraine nicht mittragen werde.", "neutrality", [("EU", "reject")]),
    ("de", "Österreich will eine europäische Friedenstruppe in der Ukraine mittragen, sagte der Kanzler.", "neutrality", [("EU", "agree")]),
    ("en", "The Slovak government signalled that it would not support a European peacekeeping force in Ukraine.", "neutrality", [("EU", "reject")]),
    ("it", "Il governo slovacco ha fatto sapere che non sosterrà una forza di pace europea in Ucraina.", "neutrality", [("EU", "reject")]),
    ("fr", "Le gouvernement slovaque a fait savoir qu'il ne soutiendrait pas une force de paix européenne en Ukraine.", "neutrality", [("EU", "reject")]),
    ("ru", "Правительство Словакии дало понять, что не поддержит европейские миротворческие силы на Украине.", "neutrality", [("EU", "reject")]),
    ("pl", "Rząd Słowacji dał do zrozumienia, że nie poprze europejskich sił pokojowych na Ukrainie.", "neutrality", [("EU", "reject")]),
    # near miss: carrying equipment is no position of anyone
    ("de", "Die Soldaten mussten ihre Ausrüstung in die Ukraine mittragen.", "neutrality", []),
]


@pytest.mark.parametrize("lang,text,category,expected", CARRIED_ALONG, ids=ids(CARRIED_ALONG))
def test_r31d_a_measure_not_carried_along_is_refused(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31E: an office named by its title with a nationality adjective (`office_nouns`: ombudsman, rights commissioner,
# --- deputy minister, vice-premier, special envoy) names its party, the holder of its verb ---

OFFICES = [
    ("en", "The Ukrainian ombudsman called for the release of every detained journalist.", "prisoners", [("UA", "demand")]),
    ("en", "Russia's human rights ombudswoman rejected a swap of detained clergymen.", "prisoners", [("RU", "reject")]),
    ("en", "The Russian children's rights commissioner demanded that Kyiv take back twelve orphans.", "prisoners", [("RU", "demand")]),
    ("it", "Il viceministro della Difesa russo ha chiesto uno scambio di piloti catturati.", "prisoners", [("RU", "demand")]),
    ("it", "Il difensore civico ucraino ha chiesto il rilascio dei giornalisti detenuti.", "prisoners", [("UA", "demand")]),
    ("it", "Il vicepremier ucraino ha respinto lo scambio parziale di marinai.", "prisoners", [("UA", "reject")]),
    ("fr", "La médiatrice ukrainienne aux droits de l'homme a exigé le retour de tous les marins capturés.", "prisoners", [("UA", "demand")]),
    ("de", "Der ukrainische Ombudsmann verlangte die Freilassung der inhaftierten Journalisten.", "prisoners", [("UA", "demand")]),
    ("de", "Der russische Vize-Außenminister lehnte einen Austausch der Piloten ab.", "prisoners", [("RU", "reject")]),
    ("es", "El defensor del pueblo ucraniano exigió la liberación de los periodistas detenidos.", "prisoners", [("UA", "demand")]),
    ("ru", "Украинский омбудсмен потребовал вернуть всех задержанных журналистов.", "prisoners", [("UA", "demand")]),
    ("ru", "Российский вице-премьер отверг обмен пленными моряками.", "prisoners", [("RU", "reject")]),
    ("uk", "Український омбудсман вимагає повернути всіх затриманих журналістів.", "prisoners", [("UA", "demand")]),
    ("uk", "Американський спецпосланець запропонував обмін полоненими пілотами.", "prisoners", [("US", "demand")]),
    ("pl", "Ukraiński wiceminister zażądał uwolnienia zatrzymanych dziennikarzy.", "prisoners", [("UA", "demand")]),
    ("tr", "Rus İnsan Hakları Komiseri esir pilotların takasını talep etti.", "prisoners", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", OFFICES, ids=ids(OFFICES))
def test_r31e_an_office_with_a_nationality_names_its_party(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: an office with no nationality names no party; a 'médiateur' who is no rights ombudsman is a mediator,
# no party noun; an intelligence service is no office here: it reports ('twierdzi ukraiński wywiad', classes test)
OFFICES_NOT = [
    ("en", "The ombudsman called for the release of every detained journalist.", "prisoners", []),
    ("it", "Il viceministro ha chiesto uno scambio di piloti catturati.", "prisoners", []),
    ("fr", "Le médiateur turc a annoncé un échange de pilotes.", "prisoners", []),
    ("de", "Der Ombudsmann verlangte die Freilassung der inhaftierten Journalisten.", "prisoners", []),
    ("es", "El defensor del pueblo exigió la liberación de los periodistas detenidos.", "prisoners", []),
    ("ru", "Омбудсмен потребовал вернуть всех задержанных журналистов.", "prisoners", []),
    ("pl", "Kijów nie jest zainteresowany długim rozejmem, twierdzi rosyjski wywiad.", "ceasefire", [("UA", "reject")]),
    ("de", "Kiew lehnt eine lange Waffenruhe ab, sagt der russische Geheimdienst.", "ceasefire", [("UA", "reject")]),
    ("uk", "Омбудсман вимагає повернути всіх затриманих журналістів.", "prisoners", []),
    ("pl", "Wiceminister zażądał uwolnienia zatrzymanych dziennikarzy.", "prisoners", []),
    ("tr", "Komiser esir pilotların takasını talep etti.", "prisoners", []),
]


@pytest.mark.parametrize("lang,text,category,expected", OFFICES_NOT, ids=ids(OFFICES_NOT))
def test_r31e_an_office_without_a_party_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31E: 'mientras que', 'alors que', 'tandis que' (`clause_openers`) open a clause of another subject: their que
# --- is no complement of the cue before it, so the party after it holds its own stance ---

WHILE_THAT = [
    ("es", "Kiev pide una indemnización completa, mientras que Moscú plantea un fondo común de compensación.", "reparations",
     [("RU", "demand"), ("UA", "demand")]),
    ("es", "Bruselas reclama usar los activos congelados, mientras que el Kremlin rechaza cualquier confiscación.", "reparations",
     [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Kiev exige des indemnités complètes, alors que Moscou propose un fonds commun de compensation.", "reparations",
     [("RU", "demand"), ("UA", "demand")]),
    ("fr", "Bruxelles réclame l'usage des avoirs gelés, tandis que le Kremlin refuse toute confiscation.", "reparations",
     [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", WHILE_THAT, ids=ids(WHILE_THAT))
def test_r31e_while_that_opens_another_partys_clause(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: a plain que after the cue still opens its content, whose party holds nothing
WHILE_THAT_NOT = [
    ("es", "Kiev exige que Moscú pague una indemnización completa por los daños.", "reparations", [("UA", "demand")]),
    ("fr", "Kiev exige que Moscou verse des indemnités complètes pour les dégâts.", "reparations", [("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", WHILE_THAT_NOT, ids=ids(WHILE_THAT_NOT))
def test_r31e_a_plain_que_still_opens_the_content(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r31E: a verb coordinated after a comma (', und forderte Kiew auf', ', и призвала Киев', ', i wezwała Kijów')
# --- shares the subject of the clause before it: the name right after it is its object, no inverted subject ---

COORDINATED = [
    ("de", "Die Beauftragte sagte, sie habe die Namen weitergeleitet, und forderte Kiew auf, die Piloten zuerst auszutauschen.",
     "prisoners", []),
    ("de", "Moskau erklärte, es habe die Namen weitergeleitet, und forderte Kiew auf, die Piloten zuerst auszutauschen.",
     "prisoners", [("RU", "demand")]),
    ("ru", "Москва сообщила, что ждёт ответа, и призвала Киев сначала обменять пилотов.", "prisoners", [("RU", "demand")]),
    ("uk", "Москва повідомила, що чекає відповіді, і закликала Київ спершу обміняти пілотів.", "prisoners", [("RU", "demand")]),
    ("pl", "Moskwa oświadczyła, że przekazała nazwiska, i wezwała Kijów do wymiany pilotów.", "prisoners", [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COORDINATED, ids=ids(COORDINATED))
def test_r31e_a_coordinated_verbs_object_is_no_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: with no comma and coordinator before it, a name after the verb is still its inverted subject
COORDINATED_NOT = [
    ("de", "Den Austausch der Piloten lehnte Kiew ab.", "prisoners", [("UA", "reject")]),
    ("ru", "Обмен пилотами поддержала Украина.", "prisoners", [("UA", "agree")]),
    ("pl", "Wymianę pilotów poparła Ukraina.", "prisoners", [("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COORDINATED_NOT, ids=ids(COORDINATED_NOT))
def test_r31e_an_inverted_subject_still_holds(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r32A: "rules out X, but offers Y": the contrasted clause of the same holder keeps its own offer ---

REFUSED_THEN_OFFERED = [
    ("en", "Spain ruled out sending troops to Ukraine, but offered to host a training mission for Ukrainian soldiers.",
     "neutrality", "EU"),
    ("it", "La Spagna ha escluso l'invio di truppe in Ucraina, ma ha offerto di ospitare una missione di addestramento.",
     "neutrality", "EU"),
    ("fr", "L'Espagne a exclu l'envoi de troupes en Ukraine, mais a proposé d'accueillir une mission d'entraînement.",
     "neutrality", "EU"),
    # verb second: the contrastive after the verb ('bot aber ... an')
    ("de", "Spanien schloss die Entsendung von Truppen in die Ukraine aus, bot aber eine Ausbildungsmission an.",
     "neutrality", "EU"),
    # the bracket 'sagten ... zu' (a pledge), however long its middle field, is an offer, no reporting verb
    ("de", "Die Niederlande schlossen eine Entsendung eigener Truppen in die Ukraine aus, sagten aber Ausbilder für "
     "ukrainische Piloten in Rumänien zu.", "neutrality", "EU"),
    ("es", "Noruega descartó enviar tropas a Ucrania, pero ofreció acoger una misión de entrenamiento.", "neutrality", "EU"),
    # past the content of the first verb ('descartó que Lisboa ...'): the contrasted verb is the holder's own
    ("es", "Portugal descartó que Lisboa aporte soldados a una fuerza de paz en Ucrania, aunque ofreció formar a pilotos "
     "ucranianos.", "neutrality", "EU"),
    ("ru", "Испания исключила отправку войск на Украину, но предложила принять у себя учебную миссию.", "neutrality", "EU"),
    ("uk", "Іспанія виключила відправлення військ в Україну, але запропонувала прийняти навчальну місію.",
     "neutrality", "EU"),
    ("pl", "Hiszpania wykluczyła wysłanie wojsk na Ukrainę, ale zaproponowała zorganizowanie misji szkoleniowej.",
     "neutrality", "EU"),
    # Turkish, verb-final: ', ancak' / ', ama' after the holder's verb opens its next clause
    ("tr", "İspanya, Ukrayna'ya asker göndermeyi reddetti, ancak bir eğitim misyonuna ev sahipliği yapmayı önerdi.",
     "neutrality", "EU"),
    ("tr", "Hollanda, Ukrayna'ya asker göndermeyi reddetti, ama Ukraynalı pilotları eğitmeyi önerdi.", "neutrality", "EU"),
    ("en", "Moscow rejected the exchange of all detainees, but offered to hand over 150 wounded soldiers.",
     "prisoners", "RU"),
    ("it", "Mosca ha respinto lo scambio di tutti i prigionieri, ma ha proposto di consegnare 150 soldati feriti.",
     "prisoners", "RU"),
    ("fr", "Moscou a rejeté l'échange de tous les prisonniers, mais a proposé de remettre 150 soldats blessés.",
     "prisoners", "RU"),
    ("de", "Moskau lehnte den Austausch aller Gefangenen ab, bot aber die Übergabe von 150 verwundeten Soldaten an.",
     "prisoners", "RU"),
    ("es", "Moscú rechazó el canje de todos los prisioneros, pero propuso entregar a 150 soldados heridos.",
     "prisoners", "RU"),
    ("ru", "Москва отвергла обмен всех пленных, но предложила передать 150 раненых военнослужащих.", "prisoners", "RU"),
    ("pl", "Moskwa odrzuciła wymianę wszystkich jeńców, ale zaproponowała przekazanie 150 rannych żołnierzy.",
     "prisoners", "RU"),
    ("tr", "Moskova tüm esirlerin takasını reddetti, ancak 150 yaralı askerin teslim edilmesini önerdi.",
     "prisoners", "RU"),
]


@pytest.mark.parametrize("lang,text,category,holder", REFUSED_THEN_OFFERED, ids=ids(REFUSED_THEN_OFFERED))
def test_r32a_refusal_then_offer_gives_both_stances(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "demand"), (holder, "reject")]


# --- r32A: near misses: the offer names another label's issue, or another party makes it ---

OFFER_OF_ANOTHER_ISSUE = [
    ("en", "Moscow rejected the exchange of all detainees, but proposed a three-day ceasefire for Easter."),
    ("it", "Mosca ha respinto lo scambio di tutti i prigionieri, ma ha proposto una tregua di tre giorni per la Pasqua."),
    ("fr", "Moscou a rejeté l'échange de tous les prisonniers, mais a proposé une trêve de trois jours pour Pâques."),
    ("de", "Moskau lehnte den Austausch aller Gefangenen ab, bot aber eine dreitägige Waffenruhe zu Ostern an."),
    ("es", "Moscú rechazó el canje de todos los prisioneros, pero propuso una tregua de tres días por Pascua."),
    ("ru", "Москва отвергла обмен всех пленных, но предложила трехдневное перемирие на Пасху."),
    ("uk", "Москва відкинула обмін усіх полонених, але запропонувала триденне перемир'я на Великдень."),
    ("pl", "Moskwa odrzuciła wymianę wszystkich jeńców, ale zaproponowała trzydniowy rozejm na Wielkanoc."),
    ("tr", "Moskova tüm esirlerin takasını reddetti, ancak Paskalya için üç günlük bir ateşkes önerdi."),
]


@pytest.mark.parametrize("lang,text", OFFER_OF_ANOTHER_ISSUE, ids=ids(OFFER_OF_ANOTHER_ISSUE))
def test_r32a_offer_of_another_issue_stays_there(classifier, lang, text):
    assert given_all(classifier, text, lang, ["prisoners", "ceasefire"]) == {
        "prisoners": [("RU", "reject")], "ceasefire": [("RU", "demand")]}


OFFER_OF_ANOTHER_PARTY = [
    ("en", "Spain ruled out sending troops to Ukraine, but Washington offered to host a training mission."),
    ("it", "La Spagna ha escluso l'invio di truppe in Ucraina, ma Washington ha offerto di ospitare una missione di "
     "addestramento."),
    ("fr", "L'Espagne a exclu l'envoi de troupes en Ukraine, mais Washington a proposé d'accueillir une mission "
     "d'entraînement."),
    ("de", "Spanien schloss die Entsendung von Truppen in die Ukraine aus, Washington bot aber eine Ausbildungsmission an."),
    ("es", "Noruega descartó enviar tropas a Ucrania, pero Washington ofreció acoger una misión de entrenamiento."),
    ("ru", "Испания исключила отправку войск на Украину, но Вашингтон предложил принять у себя учебную миссию."),
    ("uk", "Іспанія виключила відправлення військ в Україну, але Вашингтон запропонував прийняти навчальну місію."),
    ("pl", "Hiszpania wykluczyła wysłanie wojsk na Ukrainę, ale Waszyngton zaproponował zorganizowanie misji "
     "szkoleniowej."),
    ("tr", "İspanya, Ukrayna'ya asker göndermeyi reddetti, ancak Washington bir eğitim misyonuna ev sahipliği yapmayı "
     "önerdi."),
]


@pytest.mark.parametrize("lang,text", OFFER_OF_ANOTHER_PARTY, ids=ids(OFFER_OF_ANOTHER_PARTY))
def test_r32a_offer_of_another_party_is_its_own(classifier, lang, text):
    assert given(classifier, text, lang, "neutrality") == [("EU", "reject"), ("US", "demand")]


SAID_AFTER_REFUSAL = [
    # a reporting verb after the contrastive reports, it offers nothing
    ("en", "Sweden ruled out sending troops to Ukraine, but said talks with Kyiv would go on."),
    ("de", "Schweden schloss eigene Truppen in der Ukraine aus, sagte aber, man werde über die Lage beraten."),
    ("tr", "Hollanda, Ukrayna'ya asker göndermeyi reddetti, ancak durumu değerlendireceğini söyledi."),
    # the contrasted verb past the content is another party's when it names its own subject
    ("es", "Portugal descartó que Lisboa aporte soldados a una fuerza de paz en Ucrania, aunque Kiev ofreció formar a "
     "pilotos portugueses."),
]


@pytest.mark.parametrize("lang,text", SAID_AFTER_REFUSAL, ids=ids(SAID_AFTER_REFUSAL))
def test_r32a_no_offer_of_the_refuser(classifier, lang, text):
    assert ("EU", "demand") not in given(classifier, text, lang, "neutrality")


# --- r32A: "agreed to X but not to Y": the bare contrasted negation rejects the other form ---

AGREED_BUT_NOT = [
    # no comma before the contrastive: the negation opens the holder's next clause all the same
    ("en", "Kyiv agreed to a pause in strikes on ports but not to a full truce."),
    ("fr", "Kiev a accepté une pause des frappes sur les ports mais pas une trêve complète."),
    ("es", "Kiev aceptó una pausa de los ataques contra los puertos, pero no una tregua completa."),
    ("uk", "Київ погодився на паузу в ударах по портах, але не на повне перемир'я."),
    ("it", "Kiev ha accettato una pausa degli attacchi sui porti, ma non una tregua completa."),
    ("de", "Kiew stimmte einer Pause der Angriffe auf Häfen zu, aber nicht einer vollständigen Waffenruhe."),
    ("ru", "Киев согласился на паузу в ударах по портам, но не на полное перемирие."),
    ("pl", "Kijów zgodził się na przerwę w atakach na porty, ale nie na pełny rozejm."),
]


@pytest.mark.parametrize("lang,text", AGREED_BUT_NOT, ids=ids(AGREED_BUT_NOT))
def test_r32a_agreed_but_not_the_other_form(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("UA", "agree"), ("UA", "reject")]


NOT_ANOTHER_PARTY = [
    # the negation names another party: no refusal of the one who agreed
    ("en", "Kyiv agreed to a pause in strikes on ports, but Moscow did not."),
    ("es", "Kiev aceptó una pausa de los ataques contra los puertos, pero no Moscú."),
    ("uk", "Київ погодився на паузу в ударах по портах, але не Москва."),
]


@pytest.mark.parametrize("lang,text", NOT_ANOTHER_PARTY, ids=ids(NOT_ANOTHER_PARTY))
def test_r32a_a_negated_other_party_is_no_refusal(classifier, lang, text):
    assert ("UA", "reject") not in given(classifier, text, lang, "ceasefire")


# --- r32A: German: the holder's verb bracket around another party's proposal is its own first clause ---

BRACKET_AROUND_PROPOSAL = [
    ("de", "Der Kreml lehnte den ukrainischen Plan eines Austauschs aller Gefangenen ab und bot stattdessen die Rückgabe "
     "von 80 Verwundeten an.", [("RU", "demand"), ("RU", "reject"), ("UA", "demand")]),
    # near miss: no second clause, no offer of its own
    ("de", "Der Kreml lehnte den ukrainischen Plan eines Austauschs aller Gefangenen ab.", [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,expected", BRACKET_AROUND_PROPOSAL, ids=ids(BRACKET_AROUND_PROPOSAL))
def test_r32a_bracket_around_a_proposal_keeps_its_refusal(classifier, lang, text, expected):
    assert given(classifier, text, lang, "prisoners") == expected


# --- r32B: the agent of a passive reporting verb ("were told by Paris that ...") is a messenger ---

R32B_PASSIVE_MESSENGER = [
    ('en', 'The Baltic states were told by Paris that the Kremlin insists on a cap on the Ukrainian army.', 'neutrality', [('RU', 'demand')]),
    ('it', "I Paesi baltici sono stati informati da Parigi che il Cremlino insiste su un tetto all'esercito ucraino.", 'neutrality', [('RU', 'demand')]),
    ('fr', "Les pays baltes ont été informés par Paris que le Kremlin exige un plafond pour l'armée ukrainienne.", 'neutrality', [('RU', 'demand')]),
    ('es', 'Los países bálticos fueron informados por París de que el Kremlin exige un límite al ejército ucraniano.', 'neutrality', [('RU', 'demand')]),
    ('pl', 'Państwa bałtyckie zostały poinformowane przez Paryż, że Kreml domaga się limitu dla armii ukraińskiej.', 'neutrality', [('RU', 'demand')]),
]


@pytest.mark.parametrize("lang,text,category,expected", R32B_PASSIVE_MESSENGER, ids=ids(R32B_PASSIVE_MESSENGER))
def test_r32b_passive_messenger_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: the agent of a passive that is no reporting verb ("proposed by Ankara") still holds its position
R32B_PASSIVE_AGENT_KEPT = [
    ('en', 'A truce over Easter was proposed by Ankara, the senator said.', 'ceasefire', [('TR', 'demand')]),
    ('it', 'Una tregua di Pasqua è stata proposta da Ankara.', 'ceasefire', [('TR', 'demand')]),
    ('pl', 'Rozejm na Wielkanoc został zaproponowany przez Ankarę.', 'ceasefire', [('TR', 'demand')]),
]


@pytest.mark.parametrize("lang,text,category,expected", R32B_PASSIVE_AGENT_KEPT, ids=ids(R32B_PASSIVE_AGENT_KEPT))
def test_r32b_passive_agent_of_a_stance_keeps_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r32B: messenger verbs (told him, le había contado, hat ihm zugesichert) relay the innermost party's position ---

R32B_RELAYED = [
    ('en', 'The senator said the Turkish hosts had assured him that Moscow would accept a truce over Easter.', 'ceasefire', [('RU', 'agree')]),
    ('en', 'Stubb said Erdogan had made it clear to him that the Kremlin rejects any truce before the talks.', 'ceasefire', [('RU', 'reject')]),
    ('en', 'The bishop said the Hungarian envoy had passed on to him that Kyiv wants an exchange of all prisoners.', 'prisoners', [('UA', 'demand')]),
    ('en', 'European capitals were informed by London that the Kremlin had agreed to a short truce.', 'ceasefire', [('RU', 'agree')]),
    ('it', 'Il senatore ha detto che i mediatori turchi gli avevano raccontato che Mosca accetterebbe una tregua a Pasqua.', 'ceasefire', [('RU', 'agree')]),
    ('it', 'Il senatore ha detto che Erdogan gli aveva assicurato che Mosca accetterebbe una tregua a Pasqua.', 'ceasefire', [('RU', 'agree')]),
    ('fr', 'Le sénateur a dit que les médiateurs turcs lui avaient raconté que Moscou accepterait une trêve à Pâques.', 'ceasefire', [('RU', 'agree')]),
    ('fr', "Le sénateur a dit qu'Erdogan lui avait fait savoir que Moscou accepterait une trêve à Pâques.", 'ceasefire', [('RU', 'agree')]),
    ('de', 'Der Senator sagte, Erdogan habe ihm zugesichert, dass Moskau einer Waffenruhe zu Ostern zustimmen werde.', 'ceasefire', [('RU', 'agree')]),
    ('de', 'Der Senator sagte, die türkischen Vermittler hätten ihm erzählt, dass Moskau einer Waffenruhe zu Ostern zustimmen werde.', 'ceasefire', [('RU', 'agree')]),
    ('es', 'El senador dijo que Erdogan le había contado que Moscú aceptaría una tregua en Pascua.', 'ceasefire', [('RU', 'agree')]),
    ('es', 'El senador dijo que Erdogan le dio a entender que Moscú aceptaría una tregua en Pascua.', 'ceasefire', [('RU', 'agree')]),
    ('ru', 'Сенатор сказал, что Эрдоган сообщил ему, что Москва согласится на перемирие на Пасху.', 'ceasefire', [('RU', 'agree')]),
    ('ru', 'Сенатор сказал, что Эрдоган дал ему понять, что Москва согласится на перемирие на Пасху.', 'ceasefire', [('RU', 'agree')]),
    ('ru', 'Сенатор сказал, что Эрдоган заверил его, что Москва согласится на перемирие на Пасху.', 'ceasefire', [('RU', 'agree')]),
    ('uk', "Сенатор сказав, що Ердоган запевнив його, що Москва погодиться на перемир'я на Великдень.", 'ceasefire', [('RU', 'agree')]),
    ('uk', "Сенатор сказав, що Ердоган дав йому зрозуміти, що Москва погодиться на перемир'я на Великдень.", 'ceasefire', [('RU', 'agree')]),
    ('pl', 'Senator powiedział, że Erdogan zapewnił go, że Moskwa zgodzi się na rozejm na Wielkanoc.', 'ceasefire', [('RU', 'agree')]),
    ('pl', 'Senator powiedział, że Erdogan dał mu do zrozumienia, że Moskwa zgodzi się na rozejm na Wielkanoc.', 'ceasefire', [('RU', 'agree')]),
    ('tr', "Senatör, Erdoğan'ın kendisine Moskova'nın Paskalya'da ateşkesi kabul edeceğini söylediğini aktardı.", 'ceasefire', [('RU', 'agree')]),
    ('en', 'The senator said Erdogan had let it be known to him that Moscow would accept a truce over Easter.', 'ceasefire', [('RU', 'agree')]),
    ('en', 'The senator said Erdogan had confided to him that Moscow would accept a truce over Easter.', 'ceasefire', [('RU', 'agree')]),
    ('it', 'Il senatore ha detto che Erdogan gli aveva fatto sapere che Mosca accetterebbe una tregua a Pasqua.', 'ceasefire', [('RU', 'agree')]),
    ('it', 'Il senatore ha detto che Erdogan gli aveva confidato che Mosca accetterebbe una tregua a Pasqua.', 'ceasefire', [('RU', 'agree')]),
    ('fr', "Le sénateur a dit qu'Erdogan lui avait confié que Moscou accepterait une trêve à Pâques.", 'ceasefire', [('RU', 'agree')]),
    ('fr', "Le sénateur a dit qu'Erdogan lui avait laissé entendre que Moscou accepterait une trêve à Pâques.", 'ceasefire', [('RU', 'agree')]),
    ('de', 'Der Senator sagte, Erdogan habe ihm zu verstehen gegeben, Moskau werde einer Waffenruhe zu Ostern zustimmen.', 'ceasefire', [('RU', 'agree')]),
    ('es', 'El senador dijo que Erdogan le había confiado que Moscú aceptaría una tregua en Pascua.', 'ceasefire', [('RU', 'agree')]),
    ('ru', 'Сенатор сказал, что Эрдоган рассказал ему, что Москва согласится на перемирие на Пасху.', 'ceasefire', [('RU', 'agree')]),
    ('ru', 'Сенатор сказал, что Эрдоган передал ему, что Москва согласится на перемирие на Пасху.', 'ceasefire', [('RU', 'agree')]),
    ('uk', "Сенатор сказав, що Ердоган розповів йому, що Москва погодиться на перемир'я на Великдень.", 'ceasefire', [('RU', 'agree')]),
    ('uk', "Сенатор сказав, що Ердоган переказав йому, що Москва погодиться на перемир'я на Великдень.", 'ceasefire', [('RU', 'agree')]),
    ('pl', 'Senator powiedział, że Erdogan przekazał mu, że Moskwa zgodzi się na rozejm na Wielkanoc.', 'ceasefire', [('RU', 'agree')]),
    ('pl', 'Senator powiedział, że Erdogan zdradził mu, że Moskwa zgodzi się na rozejm na Wielkanoc.', 'ceasefire', [('RU', 'agree')]),
    ('tr', "Senatör, Erdoğan'ın kendisine Moskova'nın Paskalya'da ateşkesi kabul edeceğini ilettiğini söyledi.", 'ceasefire', [('RU', 'agree')]),
    ('tr', "Senatör, Erdoğan'ın kendisine Moskova'nın Paskalya'da ateşkesi kabul edeceği güvencesini verdiğini söyledi.", 'ceasefire', [('RU', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", R32B_RELAYED, ids=ids(R32B_RELAYED))
def test_r32b_innermost_party_holds_what_a_messenger_relays(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: the same verbs with no relayed clause keep their subject's own position
R32B_OWN_VERB_KEPT = [
    ('de', 'Erdogan hat Moskau seine Unterstützung für eine Waffenruhe zu Ostern zugesichert.', 'ceasefire', [('TR', 'agree')]),
    ('es', 'Erdogan le había propuesto a Putin una tregua en Pascua.', 'ceasefire', [('TR', 'demand')]),
]


@pytest.mark.parametrize("lang,text,category,expected", R32B_OWN_VERB_KEPT, ids=ids(R32B_OWN_VERB_KEPT))
def test_r32b_messenger_verb_without_clause_keeps_its_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r32B: the other side named by its role ("his Russian interlocutors") is a party ---

R32B_INTERLOCUTORS = [
    ('en', 'The bishop said that his Russian interlocutors had agreed to return twenty detained civilians.', 'prisoners', [('RU', 'agree')]),
    ('it', 'Il vescovo ha detto che i suoi interlocutori russi hanno accettato di restituire venti civili detenuti.', 'prisoners', [('RU', 'agree')]),
    ('fr', "L'évêque a déclaré que ses interlocuteurs russes avaient accepté de rendre vingt civils détenus.", 'prisoners', [('RU', 'agree')]),
    ('de', 'Der Bischof sagte, seine russischen Gesprächspartner hätten der Rückgabe von zwanzig inhaftierten Zivilisten zugestimmt.', 'prisoners', [('RU', 'agree')]),
    ('es', 'El obispo dijo que sus interlocutores rusos aceptaron devolver a veinte civiles detenidos.', 'prisoners', [('RU', 'agree')]),
    ('ru', 'Епископ сказал, что российские собеседники согласились вернуть двадцать задержанных гражданских.', 'prisoners', [('RU', 'agree')]),
    ('uk', 'Єпископ сказав, що російські співрозмовники погодилися повернути двадцять затриманих цивільних.', 'prisoners', [('RU', 'agree')]),
    ('pl', 'Biskup powiedział, że rosyjscy rozmówcy zgodzili się zwrócić dwudziestu zatrzymanych cywilów.', 'prisoners', [('RU', 'agree')]),
    ('tr', 'Piskopos, Rus muhataplarının yirmi sivil tutukluyu iade etmeyi kabul ettiğini söyledi.', 'prisoners', [('RU', 'agree')]),
]


@pytest.mark.parametrize("lang,text,category,expected", R32B_INTERLOCUTORS, ids=ids(R32B_INTERLOCUTORS))
def test_r32b_national_interlocutors_hold(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: interlocutors with no nationality name no party
R32B_BARE_INTERLOCUTORS = [
    ('en', 'The bishop said that his interlocutors had agreed to return twenty detained civilians.', 'prisoners', []),
    ('es', 'El obispo dijo que sus interlocutores aceptaron devolver a veinte civiles detenidos.', 'prisoners', []),
    ('fr', "L'évêque a déclaré que ses interlocuteurs avaient accepté de rendre vingt civils détenus.", 'prisoners', []),
    ('ru', 'Епископ сказал, что его собеседники согласились вернуть двадцать задержанных гражданских.', 'prisoners', []),
    ('uk', 'Єпископ сказав, що його співрозмовники погодилися повернути двадцять затриманих цивільних.', 'prisoners', []),
    ('pl', 'Biskup powiedział, że jego rozmówcy zgodzili się zwrócić dwudziestu zatrzymanych cywilów.', 'prisoners', []),
    ('tr', 'Piskopos, muhataplarının yirmi sivil tutukluyu iade etmeyi kabul ettiğini söyledi.', 'prisoners', []),
    ('it', 'Il vescovo ha detto che i suoi interlocutori hanno accettato di restituire venti civili detenuti.', 'prisoners', []),
    ('de', 'Der Bischof sagte, seine Gesprächspartner hätten der Rückgabe von zwanzig inhaftierten Zivilisten zugestimmt.', 'prisoners', []),
]


@pytest.mark.parametrize("lang,text,category,expected", R32B_BARE_INTERLOCUTORS, ids=ids(R32B_BARE_INTERLOCUTORS))
def test_r32b_bare_interlocutors_hold_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r32C: a verdict that reaches over a clause on the proposal: the judge rejects, the owner keeps its demand ---

VERDICT_OVER_A_CLAUSE = [
    ("en", "Kremlin aide Dmitry Peskov called the British plan, drawn up in London to hand the frozen assets to Kyiv, "
           "\"robbery\" on Tuesday.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("en", "Lavrov described the truce, which Paris and Berlin have been pressing for since May, as \"a breather for "
           "Kyiv's army\".", "ceasefire", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Peskov ha definito il piano britannico, preparato a Londra per dare a Kiev i beni congelati, un «furto» "
           "senza precedenti.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Peskov a qualifié le plan britannique, préparé à Londres pour remettre les avoirs gelés à Kiev, de « vol » "
           "pur et simple.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Peskow bezeichnete den britischen Plan, die eingefrorenen Gelder über einen Fonds an Kiew weiterzuleiten, "
           "als „Raub“.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Peskov calificó el plan británico, preparado en Londres para entregar a Kiev los activos congelados, de "
           "«robo».", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Песков назвал британский план, подготовленный в Лондоне для передачи Киеву замороженных средств, "
           "«грабежом».", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Пєсков назвав британський план, підготовлений у Лондоні для передачі Києву заморожених коштів, "
           "«грабіжем».", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Pieskow nazwał brytyjski plan, przygotowany w Londynie, by przekazać Kijowowi zamrożone środki, "
           "„grabieżą”.", "reparations", [("EU", "demand"), ("RU", "reject")]),
]

PRAISE_OVER_A_CLAUSE = [
    ("en", "Peskov called the British plan, drawn up in London to hand the frozen assets to Kyiv, a sensible idea.",
     "reparations"),
    ("fr", "Peskov a qualifié le plan britannique, préparé à Londres pour remettre les avoirs gelés à Kiev, de piste "
           "intéressante.", "reparations"),
    ("de", "Peskow bezeichnete den britischen Plan, die eingefrorenen Gelder über einen Fonds an Kiew weiterzuleiten, "
           "als interessant.", "reparations"),
    ("es", "Peskov calificó el plan británico, preparado en Londres para entregar a Kiev los activos congelados, de "
           "interesante.", "reparations"),
    ("ru", "Песков назвал британский план, подготовленный в Лондоне для передачи Киеву замороженных средств, "
           "«интересным».", "reparations"),
    ("uk", "Пєсков назвав британський план, підготовлений у Лондоні для передачі Києву заморожених коштів, "
           "«цікавим».", "reparations"),
    ("pl", "Pieskow nazwał brytyjski plan, przygotowany w Londynie, by przekazać Kijowowi zamrożone środki, "
           "„ciekawym”.", "reparations"),
    ("it", "Peskov ha definito il piano britannico, preparato a Londra per dare a Kiev i beni congelati, una proposta "
           "da studiare.", "reparations"),
]


@pytest.mark.parametrize("lang,text,category,want", VERDICT_OVER_A_CLAUSE, ids=ids(VERDICT_OVER_A_CLAUSE))
def test_r32c_a_verdict_over_a_clause_rejects_and_the_owner_keeps_its_demand(classifier, lang, text, category, want):
    assert given(classifier, text, lang, category) == want


@pytest.mark.parametrize("lang,text,category", PRAISE_OVER_A_CLAUSE, ids=ids(PRAISE_OVER_A_CLAUSE))
def test_r32c_a_label_that_is_no_verdict_rejects_nothing(classifier, lang, text, category):
    got = given(classifier, text, lang, category)
    assert ("RU", "reject") not in got and ("EU", "demand") in got


# --- r32C: a refusal told as the answer to a proposal: the one who answers rejects, the proposer keeps its demand ---

ANSWERED_WITH_A_REFUSAL = [
    ("en", "Zelensky proposed a two-week truce on the Black Sea, and the Kremlin responded to it with a flat refusal."),
    ("it", "Zelensky ha proposto una tregua di due settimane nel Mar Nero, e il Cremlino ha risposto con un netto "
           "rifiuto."),
    ("fr", "Zelensky a proposé une trêve de deux semaines en mer Noire, et le Kremlin a répondu par un refus "
           "catégorique."),
    ("de", "Selenskyj schlug eine zweiwöchige Waffenruhe im Schwarzen Meer vor, der Kreml antwortete darauf mit einer "
           "klaren Absage."),
    ("es", "Zelenski propuso una tregua de dos semanas en el mar Negro, y el Kremlin respondió con una negativa "
           "rotunda."),
    ("ru", "Зеленский предложил двухнедельное перемирие на Черном море, однако в Кремле ответили на это решительным "
           "отказом."),
    ("uk", "Зеленський запропонував двотижневе перемир'я на Чорному морі, проте в Кремлі відповіли на це рішучою "
           "відмовою."),
    ("pl", "Zełenski zaproponował dwutygodniowy rozejm na Morzu Czarnym, ale Kreml odpowiedział na to stanowczą "
           "odmową."),
    ("tr", "Zelenskiy Karadeniz'de iki haftalık bir ateşkes önerdi, Kremlin ise buna ret yanıtı verdi."),
]

ANSWERED_WITH_A_COUNTEROFFER = [
    ("en", "Zelensky proposed a two-week truce on the Black Sea, and the Kremlin responded with a counterproposal."),
    ("it", "Zelensky ha proposto una tregua di due settimane nel Mar Nero, e il Cremlino ha risposto con una "
           "controproposta."),
    ("fr", "Zelensky a proposé une trêve de deux semaines en mer Noire, et le Kremlin a répondu par une "
           "contre-proposition."),
    ("de", "Selenskyj schlug eine zweiwöchige Waffenruhe im Schwarzen Meer vor, der Kreml antwortete darauf mit einem "
           "Gegenvorschlag."),
    ("es", "Zelenski propuso una tregua de dos semanas en el mar Negro, y el Kremlin respondió con una "
           "contrapropuesta."),
    ("ru", "Зеленский предложил двухнедельное перемирие на Черном море, однако в Кремле ответили на это встречным "
           "предложением."),
    ("uk", "Зеленський запропонував двотижневе перемир'я на Чорному морі, проте в Кремлі відповіли на це зустрічною "
           "пропозицією."),
    ("pl", "Zełenski zaproponował dwutygodniowy rozejm na Morzu Czarnym, ale Kreml odpowiedział na to własną "
           "propozycją."),
    ("tr", "Zelenskiy Karadeniz'de iki haftalık bir ateşkes önerdi, Kremlin ise buna bir karşı öneriyle yanıt verdi."),
]


@pytest.mark.parametrize("lang,text", ANSWERED_WITH_A_REFUSAL, ids=ids(ANSWERED_WITH_A_REFUSAL))
def test_r32c_a_refusal_as_the_answer_rejects(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "reject"), ("UA", "demand")]


@pytest.mark.parametrize("lang,text", ANSWERED_WITH_A_COUNTEROFFER, ids=ids(ANSWERED_WITH_A_COUNTEROFFER))
def test_r32c_a_counteroffer_as_the_answer_rejects_nothing(classifier, lang, text):
    got = given(classifier, text, lang, "ceasefire")
    assert ("RU", "reject") not in got and ("UA", "demand") in got


# --- r32C: a measure judged not necessary or premature is turned down by the judge ---

NOT_NECESSARY = [
    ("en", "Vance said a truce over the summer was \"not necessary\" before a broader deal."),
    ("it", "Vance ha detto che una tregua estiva non è necessaria prima di un accordo complessivo."),
    ("fr", "Vance a jugé qu'une trêve estivale n'était pas nécessaire avant un accord global."),
    ("de", "Vance sagte, eine Waffenruhe im Sommer sei vor einem umfassenden Abkommen nicht nötig."),
    ("es", "Vance dijo que una tregua veraniega no es necesaria antes de un acuerdo global."),
    ("ru", "Вэнс заявил, что летнее перемирие не нужно до заключения всеобъемлющего соглашения."),
    ("uk", "Венс заявив, що літнє перемир'я не потрібне до укладення всеосяжної угоди."),
    ("pl", "Vance powiedział, że letni rozejm nie jest potrzebny przed zawarciem kompleksowego porozumienia."),
    ("tr", "Vance, Karadeniz'de bir ateşkesin şu an gerekli olmadığını söyledi."),
]

NECESSARY = [
    ("en", "Vance said a truce over the summer was necessary before a broader deal."),
    ("it", "Vance ha detto che una tregua estiva è necessaria prima di un accordo complessivo."),
    ("fr", "Vance a jugé qu'une trêve estivale était nécessaire avant un accord global."),
    ("de", "Vance sagte, eine Waffenruhe im Sommer sei vor einem umfassenden Abkommen nötig."),
    ("es", "Vance dijo que una tregua veraniega es necesaria antes de un acuerdo global."),
    ("ru", "Вэнс заявил, что летнее перемирие нужно до заключения всеобъемлющего соглашения."),
    ("uk", "Венс заявив, що літнє перемир'я потрібне до укладення всеосяжної угоди."),
    ("pl", "Vance powiedział, że letni rozejm jest potrzebny przed zawarciem kompleksowego porozumienia."),
    ("tr", "Vance, Karadeniz'de bir ateşkesin şu an gerekli olduğunu söyledi."),
]

PREMATURE = [
    ("it", "Mosca ha giudicato «prematura» la tregua estiva proposta da Parigi.", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Kremlin, Paris'in yaz ateşkesi önerisi için henüz erken olduğunu söyledi.",
     [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text", NOT_NECESSARY, ids=ids(NOT_NECESSARY))
def test_r32c_a_measure_judged_not_necessary_is_rejected(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("US", "reject")]


@pytest.mark.parametrize("lang,text", NECESSARY, ids=ids(NECESSARY))
def test_r32c_a_measure_judged_necessary_is_no_rejection(classifier, lang, text):
    assert ("US", "reject") not in given(classifier, text, lang, "ceasefire")


@pytest.mark.parametrize("lang,text,want", PREMATURE, ids=ids(PREMATURE))
def test_r32c_a_measure_judged_premature_is_rejected_and_its_owner_keeps_it(classifier, lang, text, want):
    assert given(classifier, text, lang, "ceasefire") == want


# --- r32C: a reaction after a spaced dash ends the content of the demand before it: its subject rejects ---

REACTION_AFTER_A_DASH = [
    ("en", "Moscow insisted that the sanctions on Russian fertiliser be lifted before any truce – Kyiv rejected that "
           "as extortion.", [("RU", "demand"), ("UA", "reject")]),
    ("it", "Mosca ha preteso che le sanzioni sui fertilizzanti russi siano revocate prima di qualsiasi tregua – Kiev "
           "ha respinto la richiesta come un ricatto.", [("RU", "demand"), ("UA", "reject")]),
    ("fr", "Moscou a exigé que les sanctions sur les engrais russes soient levées avant toute trêve – Kiev a rejeté "
           "cela comme du chantage.", [("RU", "demand"), ("UA", "reject")]),
    ("de", "Moskau verlangte, dass die Sanktionen gegen russische Düngemittel vor jeder Waffenruhe fallen – Kiew "
           "lehnte das als Nötigung ab.", [("RU", "demand"), ("UA", "reject")]),
    ("es", "Moscú exigió que se levanten las sanciones a los fertilizantes rusos antes de cualquier tregua – Kiev lo "
           "rechazó como un chantaje.", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Moskwa zażądała, by sankcje na rosyjskie nawozy zniesiono przed jakimkolwiek rozejmem – Kijów odrzucił to "
           "jako szantaż.", [("RU", "demand"), ("UA", "reject")]),
]

REACTION_AFTER_A_DASH_SLAVIC = [  # the UA reaction only: 'сняты'/'зняли' give Moscow's own stance (not this class)
    ("ru", "Москва потребовала, чтобы санкции против российских удобрений были сняты до начала перемирия – Киев "
           "отверг это как шантаж."),
    ("uk", "Москва вимагала, щоб санкції проти російських добрив зняли до початку перемир'я – Київ відкинув це як "
           "шантаж."),
]

NO_SUBJECT_AFTER_A_DASH = [
    ("en", "Moscow insisted that the sanctions on Russian fertiliser be lifted before any truce – all of them, and at "
           "once."),
    ("it", "Mosca ha preteso che le sanzioni sui fertilizzanti russi siano revocate prima di qualsiasi tregua – tutte, "
           "e subito."),
    ("fr", "Moscou a exigé que les sanctions sur les engrais russes soient levées avant toute trêve – toutes, et tout "
           "de suite."),
    ("de", "Moskau verlangte, dass die Sanktionen gegen russische Düngemittel vor jeder Waffenruhe fallen – alle, und "
           "zwar sofort."),
    ("es", "Moscú exigió que se levanten las sanciones a los fertilizantes rusos antes de cualquier tregua – todas, y "
           "de inmediato."),
    ("ru", "Москва потребовала, чтобы санкции против российских удобрений были сняты до начала перемирия – все и "
           "сразу."),
    ("uk", "Москва вимагала, щоб санкції проти російських добрив зняли до початку перемир'я – усі й одразу."),
    ("pl", "Moskwa zażądała, by sankcje na rosyjskie nawozy zniesiono przed jakimkolwiek rozejmem – wszystkie i od "
           "razu."),
]


@pytest.mark.parametrize("lang,text,want", REACTION_AFTER_A_DASH, ids=ids(REACTION_AFTER_A_DASH))
def test_r32c_a_reaction_after_a_dash_is_its_subjects_rejection(classifier, lang, text, want):
    assert given(classifier, text, lang, "ceasefire") == want


@pytest.mark.parametrize("lang,text", REACTION_AFTER_A_DASH_SLAVIC, ids=ids(REACTION_AFTER_A_DASH_SLAVIC))
def test_r32c_a_reaction_after_a_dash_rejects_in_slavic(classifier, lang, text):
    assert ("UA", "reject") in given(classifier, text, lang, "ceasefire")


@pytest.mark.parametrize("lang,text", NO_SUBJECT_AFTER_A_DASH, ids=ids(NO_SUBJECT_AFTER_A_DASH))
def test_r32c_a_dash_without_a_subject_ends_no_content(classifier, lang, text):
    assert not any(holder == "UA" for holder, _ in given(classifier, text, lang, "ceasefire"))


# --- r32D: every agent coordinated after a tabling participle tables the position ---

COORDINATED_AGENTS = [
    ("en", "The Kremlin dismissed the truce plan championed by Ankara and the Red Cross.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("fr", "Le Kremlin a écarté la trêve défendue par la Turquie et le Vatican.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("fr", "Le Kremlin a écarté l'idée, défendue par Ankara et le Vatican, d'une trêve aérienne.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("it", "Il Cremlino ha respinto lo scambio di prigionieri presentato dalla Turchia e dal Vaticano.", "prisoners",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    # a word or two between the participle and its agent marker
    ("it", "Il Cremlino ha respinto la liberazione dei civili, chiesta ripetutamente dalla Turchia e dalla Croce Rossa.",
     "prisoners", [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("es", "El Kremlin descartó el canje de prisioneros presentado por Turquía y el Vaticano.", "prisoners",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("pl", "Kreml odrzucił plan rozejmu przedstawiony przez Turcję i Watykan.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("de", "Der Kreml wies die von der Ukraine und dem Roten Kreuz übergebene Liste ziviler Gefangener zurück.",
     "prisoners", [("OTHER", "demand"), ("RU", "reject"), ("UA", "demand")]),
    ("ru", "Кремль отклонил проект перемирия, внесенный Турцией и Ватиканом.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("uk", "Кремль відхилив проєкт перемир'я, внесений Туреччиною і Ватиканом.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
    ("tr", "Kremlin, Türkiye ve Vatikan tarafından önerilen ateşkes planını reddetti.", "ceasefire",
     [("OTHER", "demand"), ("RU", "reject"), ("TR", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COORDINATED_AGENTS, ids=ids(COORDINATED_AGENTS))
def test_r32d_each_coordinated_agent_tables_it(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r32D: the agent of a list or a plan handed over tables it; the main verb's subject keeps its own stance ---

HANDED_OVER = [
    ("fr", "Le Kremlin a écarté la liste de civils détenus remise par l'Ukraine.", "prisoners"),
    ("it", "Il Cremlino ha respinto l'elenco di civili detenuti consegnato da Kiev.", "prisoners"),
    ("es", "El Kremlin rechazó la lista de civiles detenidos entregada por Ucrania.", "prisoners"),
    ("pl", "Kreml odrzucił listę cywilów przekazaną przez Ukrainę.", "prisoners"),
    ("de", "Der Kreml wies die von der Ukraine übergebene Liste ziviler Gefangener zurück.", "prisoners"),
    ("ru", "Кремль отклонил список гражданских заложников, переданный Украиной.", "prisoners"),
    ("uk", "Кремль відхилив список цивільних заручників, переданий Україною.", "prisoners"),
    ("tr", "Kremlin, Ukrayna tarafından sunulan sivil tutuklu listesini reddetti.", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", HANDED_OVER, ids=ids(HANDED_OVER))
def test_r32d_the_agent_of_a_handed_over_list_demands_it(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("RU", "reject"), ("UA", "demand")]


# --- r32D: near misses: a name outside the agent list, a recipient, bodies handed over, no agent at all ---

NOT_TABLED = [
    # the name after the comma opens the main clause, no third agent
    ("fr", "Le projet de trêve présenté par l'Ukraine, le Kremlin l'a écarté.", "ceasefire", ("RU", "demand")),
    ("es", "El plan de tregua entregado por Ucrania, el Kremlin lo rechazó.", "ceasefire", ("RU", "demand")),
    # the recipient of a list handed over tables nothing
    ("fr", "La liste de civils remise à l'Ukraine a été rejetée par le Kremlin.", "prisoners", ("UA", "demand")),
    ("it", "La lista di civili consegnata all'Ucraina è stata respinta dal Cremlino.", "prisoners", ("UA", "demand")),
    ("es", "La lista de civiles entregada a Ucrania fue rechazada por el Kremlin.", "prisoners", ("UA", "demand")),
    ("pl", "Lista cywilów przekazana Ukrainie została odrzucona przez Kreml.", "prisoners", ("UA", "demand")),
    # bodies handed over are no proposal of the sender
    ("ru", "Украина приняла тела военных, переданные Россией.", "prisoners", ("RU", "demand")),
    ("uk", "Україна прийняла тіла військових, передані Росією.", "prisoners", ("RU", "demand")),
    # a participle with no agent: the subject's own rejection only
    ("de", "Die Ukraine lehnte die übergebene Liste der Zivilgefangenen ab.", "prisoners", ("UA", "demand")),
    # the agent of a rejecting passive rejects
    ("tr", "Sivil tutuklu listesi Kremlin tarafından reddedildi.", "prisoners", ("RU", "demand")),
]


@pytest.mark.parametrize("lang,text,category,wrong", NOT_TABLED, ids=ids(NOT_TABLED))
def test_r32d_no_tabling_outside_the_agent_list(classifier, lang, text, category, wrong):
    assert wrong not in given(classifier, text, lang, category)


# --- r32E: not ruling a measure out, after an auxiliary or 'no longer', is openness to it (agree) ---

NOT_RULED_OUT = [
    ("en", "The Kremlin no longer rules out a short Easter truce in principle.", "ceasefire", "RU"),
    ("it", "Il governo di Varsavia non ha escluso una breve tregua pasquale.", "ceasefire", "EU"),
    ("it", "Il Cremlino non ha ancora escluso una breve tregua pasquale.", "ceasefire", "RU"),
    ("de", "Der Kreml schließt eine kurze Osterwaffenruhe nicht mehr grundsätzlich aus.", "ceasefire", "RU"),
    ("de", "Der Kreml schloss eine kurze Osterwaffenruhe nicht kategorisch aus.", "ceasefire", "RU"),
    ("es", "El Kremlin no ha descartado una breve tregua de Pascua.", "ceasefire", "RU"),
    ("tr", "Kremlin kısa bir bayram ateşkesini dışlamadı.", "ceasefire", "RU"),
    ("tr", "Kremlin kısa bir bayram ateşkesini artık dışlamıyor.", "ceasefire", "RU"),
    ("tr", "Kremlin kısa bir bayram ateşkesi ihtimalini göz ardı etmedi.", "ceasefire", "RU"),
]


@pytest.mark.parametrize("lang,text,category,holder", NOT_RULED_OUT, ids=ids(NOT_RULED_OUT))
def test_r32e_not_ruled_out_is_agreement(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "agree")]


RULED_OUT = [
    ("en", "The Kremlin rules out a short Easter truce.", "ceasefire", "RU"),
    ("it", "Il Cremlino ha escluso una breve tregua pasquale.", "ceasefire", "RU"),
    ("de", "Der Kreml schloss eine kurze Osterwaffenruhe kategorisch aus.", "ceasefire", "RU"),
    ("es", "El Kremlin ha descartado una breve tregua de Pascua.", "ceasefire", "RU"),
    ("tr", "Kremlin kısa bir bayram ateşkesini dışladı.", "ceasefire", "RU"),
]


@pytest.mark.parametrize("lang,text,category,holder", RULED_OUT, ids=ids(RULED_OUT))
def test_r32e_ruled_out_stays_a_rejection(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "reject")]


# --- r32E: a denial that a party had ever agreed turns the agreement down, 'ever' no second negation ---

DENIED_EVER = [
    ("it", "Zakharova ha smentito che Mosca abbia mai accettato di cedere la regione di Kherson.", "territory", "RU"),
    ("fr", "Zakharova a nié que Moscou ait jamais accepté de céder la région de Kherson.", "territory", "RU"),
    ("en", "Zakharova denied that Moscow had ever agreed to hand over the Kherson region.", "territory", "RU"),
]


@pytest.mark.parametrize("lang,text,category,holder", DENIED_EVER, ids=ids(DENIED_EVER))
def test_r32e_denied_agreement_with_ever_is_rejection(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "reject")]


CONFIRMED_EVER = [
    ("it", "Zakharova ha confermato che Mosca ha accettato di cedere la regione di Kherson.", "territory", "RU"),
    ("fr", "Zakharova a confirmé que Moscou avait accepté de céder la région de Kherson.", "territory", "RU"),
]


@pytest.mark.parametrize("lang,text,category,holder", CONFIRMED_EVER, ids=ids(CONFIRMED_EVER))
def test_r32e_confirmed_agreement_stays_agreement(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "agree")]


# --- r32E: a deal refused because it does not oblige another party to pay demands the payment ---

NOT_OBLIGING = [
    ("en", "Kyiv will not sign any settlement that does not oblige Moscow to compensate the victims, Yermak said."),
    ("it", "Kiev non firmerà alcun accordo che non obblighi Mosca a risarcire i danni di guerra, ha detto Yermak."),
    ("fr", "Kiev ne signera aucun accord qui n'oblige pas Moscou à verser des réparations, a déclaré Iermak."),
    ("es", "Kiev no firmará ningún acuerdo que no obligue a Moscú a pagar reparaciones, dijo Yermak."),
    ("ru", "Киев не подпишет соглашение, которое не обязывает Москву выплатить репарации, заявил Ермак."),
    ("uk", "Київ не підпише угоду, яка не зобов'язує Москву виплатити репарації, заявив Єрмак."),
]


@pytest.mark.parametrize("lang,text", NOT_OBLIGING, ids=ids(NOT_OBLIGING))
def test_r32e_refused_deal_not_obliging_payment_is_demand(classifier, lang, text):
    assert given(classifier, text, lang, "reparations") == [("UA", "demand")]


@pytest.mark.parametrize("lang,text", [
    # the obliged party named in the relative is still read as a subject there (see the answer of round 32 E): only
    # the refusing party's own stance is checked
    ("de", "Kiew wird kein Abkommen unterzeichnen, das Moskau nicht zu Reparationen verpflichtet, sagte Jermak."),
    ("pl", "Kijów nie podpisze porozumienia, które nie zobowiązuje Moskwy do wypłaty reparacji, powiedział Jermak."),
])
def test_r32e_refused_deal_not_obliging_gives_its_refuser_a_demand(classifier, lang, text):
    got = given(classifier, text, lang, "reparations")
    assert ("UA", "demand") in got and ("UA", "reject") not in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Kyiv will not sign any settlement that obliges it to pay reparations, Yermak said."),
    ("es", "Kiev no firmará ningún acuerdo que la obligue a pagar reparaciones, dijo Yermak."),
])
def test_r32e_refused_deal_that_obliges_stays_a_rejection(classifier, lang, text):
    assert given(classifier, text, lang, "reparations") == [("UA", "reject")]


# --- r32E: not considering a measure without a step sets the step as a condition (demand) ---

NOT_WITHOUT = [
    ("es", "El Kremlin no contempla una tregua sin garantías de que cesen los envíos de armas."),
    ("ru", "Кремль не рассматривает перемирие без гарантий прекращения поставок оружия."),
    ("uk", "Кремль не розглядає перемир'я без гарантій припинення постачання зброї."),
    ("pl", "Kreml nie rozważa rozejmu bez gwarancji wstrzymania dostaw broni."),
]


@pytest.mark.parametrize("lang,text", NOT_WITHOUT, ids=ids(NOT_WITHOUT))
def test_r32e_not_considered_without_a_step_is_demand(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "demand")]


@pytest.mark.parametrize("lang,text", [
    ("es", "El Kremlin no contempla una tregua en esta fase."),
    ("ru", "Кремль не рассматривает перемирие на этом этапе."),
    ("uk", "Кремль не розглядає перемир'я на цьому етапі."),
    ("pl", "Kreml nie rozważa rozejmu na tym etapie."),
])
def test_r32e_not_considered_alone_stays_a_rejection(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("RU", "reject")]


# --- r32E: another party's consent to the issue in an 'if' clause is what the holder asks (demand) ---

CONSENT_IF = [
    ("en", "The State Department does not rule out easing some sanctions if the Kremlin agrees to a truce."),
    ("it", "Il Dipartimento di Stato non esclude di allentare alcune sanzioni se il Cremlino accetterà una tregua."),
    ("fr", "Le département d'État n'exclut pas d'alléger certaines sanctions si le Kremlin accepte une trêve."),
    ("de", "Das US-Außenministerium schließt eine Lockerung einiger Sanktionen nicht aus, falls der Kreml einer "
           "Waffenruhe zustimmt."),
    ("es", "El Departamento de Estado no descarta aliviar algunas sanciones si el Kremlin acepta una tregua."),
    ("ru", "Госдеп не исключает смягчения части санкций, если Кремль согласится на перемирие."),
    ("uk", "Держдеп не виключає пом'якшення частини санкцій, якщо Кремль погодиться на перемир'я."),
    ("pl", "Departament Stanu nie wyklucza złagodzenia części sankcji, jeśli Kreml zgodzi się na rozejm."),
]


@pytest.mark.parametrize("lang,text", CONSENT_IF, ids=ids(CONSENT_IF))
def test_r32e_consent_asked_in_if_clause_is_demand(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("US", "demand")]


@pytest.mark.parametrize("lang,text", [
    # the truce outside the condition: the holder's own openness to it, no demand made of the other party
    ("en", "The State Department does not rule out a truce if the Kremlin asks for one."),
    ("ru", "Госдеп не исключает перемирия, если об этом попросит Кремль."),
])
def test_r32e_issue_outside_the_condition_stays_agreement(classifier, lang, text):
    assert ("US", "agree") in given(classifier, text, lang, "ceasefire")


# --- r32E: tr 'hiçbir anlaşma' frames a condition, no party's agreement ---

@pytest.mark.parametrize("lang,text", [
    ("tr", "Ukrayna Adalet Bakanı, Moskova zararları ödemedikçe hiçbir barış anlaşmasının uzun ömürlü olmayacağını "
           "vurguladı."),
])
def test_r32e_no_deal_lasts_unless_is_demand(classifier, lang, text):
    assert given(classifier, text, lang, "reparations") == [("UA", "demand")]


@pytest.mark.parametrize("lang,text", [
    ("tr", "Kiev hiçbir anlaşmayı imzalamayacak, dedi Zelenskiy."),
])
def test_r32e_no_deal_signed_stays_a_rejection(classifier, lang, text):
    assert given(classifier, text, lang, "reparations") == [("UA", "reject")]


# --- r32E: 'as long as the other side does too' (de 'solange ... seinerseits', it 'finché anche') is a proviso ---

@pytest.mark.parametrize("lang,text", [
    ("de", "Kiew werde auf Angriffe gegen russische Raffinerien verzichten, solange Russland seinerseits die "
           "ukrainischen Kraftwerke verschone, sagte Umerow."),
    ("it", "Kiev si asterrà dagli attacchi alle raffinerie russe finché anche la Russia risparmierà le centrali "
           "ucraine, ha detto Umerov."),
])
def test_r32e_mutual_restraint_proviso_names_no_holder(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("UA", "demand")]


@pytest.mark.parametrize("lang,text", [
    # 'solange ... nicht', 'finché ... non': until, a refusal held until a step (unchanged)
    ("de", "Kiew werde keiner Waffenruhe zustimmen, solange Russland die Gebiete nicht räumt, sagte Umerow."),
])
def test_r32e_until_not_stays_a_refusal(classifier, lang, text):
    assert given(classifier, text, lang, "ceasefire") == [("UA", "reject")]


# --- r33A: a promise to answer a plan painfully, harshly or in kind is the promiser's reject ---

PAINFUL_ANSWER = [
    ("en", "Brussels proposed seizing the frozen Russian reserves, and Moscow promised to answer that very painfully.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("it", "Bruxelles ha proposto di confiscare le riserve russe congelate, e Mosca ha promesso di rispondere molto "
     "duramente.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Bruxelles a proposé de saisir les réserves russes gelées, et Moscou a promis d'y répondre très durement.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Brüssel schlug vor, die eingefrorenen russischen Reserven zu beschlagnahmen, und Moskau drohte, darauf sehr "
     "hart zu reagieren.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Bruselas propuso confiscar las reservas rusas congeladas, y Moscú prometió responder con dureza.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Брюссель предложил конфисковать замороженные российские резервы, Москва пообещала ответить на это жёстко.",
     "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Брюссель запропонував конфіскувати заморожені російські резерви, Москва пообіцяла відповісти на це "
     "дзеркально.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("pl", "Bruksela zaproponowała konfiskatę zamrożonych rosyjskich rezerw, a Moskwa zagroziła, że zareaguje na to "
     "bardzo ostro.", "reparations", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Moskova, AB'nin dondurulmuş Rus rezervlerine el koyma planına çok ağır bir şekilde karşılık vereceğini "
     "açıkladı.", "reparations", [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PAINFUL_ANSWER, ids=ids(PAINFUL_ANSWER))
def test_r33a_a_painful_answer_promised_rejects_the_plan(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: an answer promised with no harm in it ('within a week') is no rejection
PLAIN_ANSWER = [
    ("en", "Brussels proposed seizing the frozen Russian reserves, and Moscow promised to answer within a week.",
     "reparations"),
    ("it", "Bruxelles ha proposto di confiscare le riserve russe congelate, e Mosca ha promesso di rispondere entro una "
     "settimana.", "reparations"),
    ("fr", "Bruxelles a proposé de saisir les réserves russes gelées, et Moscou a promis d'y répondre d'ici une "
     "semaine.", "reparations"),
    ("de", "Brüssel schlug vor, die eingefrorenen russischen Reserven zu beschlagnahmen, und Moskau versprach, darauf "
     "binnen einer Woche zu antworten.", "reparations"),
    ("es", "Bruselas propuso confiscar las reservas rusas congeladas, y Moscú prometió responder en una semana.",
     "reparations"),
    ("ru", "Брюссель предложил конфисковать замороженные российские резервы, Москва пообещала ответить на это в "
     "течение недели.", "reparations"),
    ("uk", "Брюссель запропонував конфіскувати заморожені російські резерви, Москва пообіцяла відповісти на це "
     "протягом тижня.", "reparations"),
    ("pl", "Bruksela zaproponowała konfiskatę zamrożonych rosyjskich rezerw, a Moskwa zapowiedziała, że odpowie na to "
     "w ciągu tygodnia.", "reparations"),
    ("tr", "Moskova, AB'nin dondurulmuş Rus rezervlerine el koyma planına bir hafta içinde yanıt vereceğini açıkladı.",
     "reparations"),
]


@pytest.mark.parametrize("lang,text,category", PLAIN_ANSWER, ids=ids(PLAIN_ANSWER))
def test_r33a_a_plain_answer_promised_is_no_rejection(classifier, lang, text, category):
    assert ("RU", "reject") not in given(classifier, text, lang, category)


# --- r33A: a plan judged a declaration or an act of war, or an occupation, is the judge's reject ---

JUDGED_HOSTILE = [
    ("en", "Sybiha called Moscow's demand for a demilitarised strip in the Kharkiv region a disguised occupation.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("it", "Lavrov ha avvertito che il piano di Parigi di schierare soldati in Ucraina sarebbe ritenuto un atto di "
     "guerra.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("fr", "Lavrov a prévenu que le projet de Berlin de stationner des soldats en Ukraine serait perçu comme un acte "
     "de guerre.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("de", "Lawrow sagte, Moskau werde den Plan von Paris, Soldaten in die Ukraine zu schicken, als Kriegserklärung "
     "betrachten.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("es", "Sybiha tachó de «ocupación encubierta» la exigencia rusa de una franja desmilitarizada en Járkov.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Лавров заявил, что план Парижа разместить солдат на Украине будет воспринят как акт войны.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Сибіга назвав вимогу Москви про демілітаризовану смугу на Харківщині прихованою окупацією.",
     "territory", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Ławrow oświadczył, że plan Berlina rozmieszczenia żołnierzy na Ukrainie zostanie potraktowany jako akt "
     "wojny.", "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("tr", "Sybiha, Moskova'nın Harkiv'de silahsızlandırılmış bir şerit talebini örtülü bir işgal olarak "
     "değerlendirdi.", "territory", [("RU", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", JUDGED_HOSTILE, ids=ids(JUDGED_HOSTILE))
def test_r33a_a_plan_judged_war_or_occupation_is_rejected(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# near misses: the occupation or the war named with no verdict on anyone's plan
NOT_JUDGED = [
    ("en", "Sybiha called for an end to the occupation of the Kharkiv region.", "territory"),
    ("it", "Sybiha ha chiesto la fine dell'occupazione della regione di Kharkiv.", "territory"),
    ("fr", "Sybiha a réclamé la fin de l'occupation de la région de Kharkiv.", "territory"),
    ("de", "Sybiha forderte ein Ende der Besatzung des Gebiets Charkiw.", "territory"),
    ("es", "Sybiha exigió el fin de la ocupación de la región de Járkov.", "territory"),
    ("ru", "Сибига потребовал прекратить оккупацию Харьковской области.", "territory"),
    ("uk", "Сибіга вимагав припинити окупацію Харківщини.", "territory"),
    ("pl", "Sybiha zażądał zakończenia okupacji obwodu charkowskiego.", "territory"),
    ("tr", "Sybiha, Harkiv bölgesindeki işgalin sona ermesini talep etti.", "territory"),
]


@pytest.mark.parametrize("lang,text,category", NOT_JUDGED, ids=ids(NOT_JUDGED))
def test_r33a_an_occupation_named_without_verdict_is_no_rejection(classifier, lang, text, category):
    assert ("UA", "reject") not in given(classifier, text, lang, category)


# --- r33A: a promise to challenge a plan in court is the challenger's reject, not a demand of its promise verb ---

CHALLENGED_IN_COURT = [
    ("en", "Paris backed using the frozen Russian reserves, a step Moscow vowed to contest in court.",
     [("EU", "agree"), ("RU", "reject")]),
    ("it", "Parigi ha sostenuto l'uso delle riserve russe congelate, una misura che Mosca ha promesso di contestare "
     "nei tribunali.", [("EU", "agree"), ("RU", "reject")]),
    ("fr", "Berlin a approuvé l'usage des réserves russes gelées, une mesure que Moscou a promis de contester devant "
     "la justice.", [("EU", "agree"), ("RU", "reject")]),
    ("de", "Paris unterstützte die Nutzung der eingefrorenen russischen Reserven; Moskau drohte, den Beschluss vor "
     "Gericht anzufechten.", [("EU", "agree"), ("RU", "reject")]),
    ("es", "París apoyó el uso de las reservas rusas congeladas, una medida que Moscú prometió impugnar ante los "
     "tribunales.", [("EU", "agree"), ("RU", "reject")]),
    ("ru", "Париж поддержал использование замороженных российских резервов, Москва пообещала оспорить это решение в "
     "суде.", [("EU", "agree"), ("RU", "reject")]),
    ("uk", "Париж підтримав використання заморожених російських резервів, Москва пообіцяла оскаржити це рішення в "
     "суді.", [("EU", "agree"), ("RU", "reject")]),
    ("pl", "Paryż poparł wykorzystanie zamrożonych rosyjskich rezerw, a Moskwa zapowiedziała, że zaskarży tę decyzję.",
     [("EU", "agree"), ("RU", "reject")]),
    ("tr", "Moskova, AB'nin dondurulmuş Rus rezervlerini kullanma planını mahkemeye götüreceğini açıkladı.",
     [("EU", "demand"), ("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,expected", CHALLENGED_IN_COURT, ids=ids(CHALLENGED_IN_COURT))
def test_r33a_a_plan_challenged_in_court_is_rejected(classifier, lang, text, expected):
    assert given(classifier, text, lang, "reparations") == expected


# near misses: the plan's owner promising to defend it in court keeps its own stance, no rejection
DEFENDED_IN_COURT = [
    ("en", "Brussels backed using the frozen Russian reserves and promised to defend the decision in court."),
    ("it", "Bruxelles ha sostenuto l'uso delle riserve russe congelate e ha promesso di difendere la decisione nei "
     "tribunali."),
    ("fr", "Bruxelles a soutenu l'utilisation des réserves russes gelées et a promis de défendre la décision devant "
     "les tribunaux."),
    ("de", "Brüssel unterstützte die Nutzung der eingefrorenen russischen Reserven und versprach, den Beschluss vor "
     "Gericht zu verteidigen."),
    ("es", "Bruselas apoyó el uso de las reservas rusas congeladas y prometió defender la decisión ante los "
     "tribunales."),
    ("ru", "Брюссель поддержал использование замороженных российских резервов и пообещал защищать это решение в суде."),
    ("uk", "Брюссель підтримав використання заморожених російських резервів і пообіцяв захищати це рішення в суді."),
    ("pl", "Bruksela poparła wykorzystanie zamrożonych rosyjskich rezerw i zapowiedziała, że obroni tę decyzję przed "
     "sądem."),
    ("tr", "AB, dondurulmuş Rus rezervlerinin kullanılmasını destekledi ve kararı mahkemede savunacağını açıkladı."),
]


@pytest.mark.parametrize("lang,text", DEFENDED_IN_COURT, ids=ids(DEFENDED_IN_COURT))
def test_r33a_a_plan_defended_in_court_is_not_rejected(classifier, lang, text):
    assert ("EU", "reject") not in given(classifier, text, lang, "reparations")


# --- r33A: a verdict after a pointer to the last item named ('this last clause') is on that item's issue only ---

LAST_ITEM_JUDGED = [
    ("en", "The US draft calls for a truce within a week and for recognising Crimea as Russian; it is this last clause "
     "that Kyiv calls unacceptable."),
    ("it", "La bozza americana prevede una tregua entro una settimana e il riconoscimento della Crimea come russa; è "
     "quest'ultima clausola che Kiev respinge."),
    ("fr", "Le projet américain prévoit une trêve sous une semaine et la reconnaissance de la Crimée comme russe ; "
     "c'est ce dernier point que Kiev rejette."),
    ("de", "Der US-Entwurf sieht eine Waffenruhe binnen einer Woche und die Anerkennung der Krim als russisch vor; "
     "diesen letzten Punkt lehnt Kiew ab."),
    ("es", "El borrador estadounidense prevé una tregua en una semana y el reconocimiento de Crimea como rusa; es esta "
     "última cláusula la que Kiev rechaza."),
    ("ru", "Американский проект предусматривает перемирие в течение недели и признание Крыма российским; именно этот "
     "последний пункт Киев отвергает."),
    ("uk", "Американський проєкт передбачає перемир'я протягом тижня і визнання Криму російським; саме цей останній "
     "пункт Київ відкидає."),
    ("pl", "Amerykański projekt przewiduje rozejm w ciągu tygodnia i uznanie Krymu za rosyjski; właśnie ten ostatni "
     "punkt Kijów odrzuca."),
    ("tr", "ABD taslağı bir hafta içinde ateşkes ve Kırım'ın Rus toprağı olarak tanınmasını öngörüyor; Kiev bu son "
     "maddeyi reddediyor."),
]


@pytest.mark.parametrize("lang,text", LAST_ITEM_JUDGED, ids=ids(LAST_ITEM_JUDGED))
def test_r33a_a_verdict_on_the_last_item_is_on_its_issue_only(classifier, lang, text):
    assert given_all(classifier, text, lang, ["ceasefire", "territory"]) == {
        "ceasefire": [("US", "demand")], "territory": [("UA", "reject"), ("US", "demand")]}


# near misses: a verdict on the whole text, with no pointer to its last item, is on every issue of it
WHOLE_TEXT_JUDGED = [
    ("en", "The US draft calls for a truce within a week and for recognising Crimea as Russian; Kyiv calls the whole "
     "text unacceptable."),
    ("it", "La bozza americana prevede una tregua entro una settimana e il riconoscimento della Crimea come russa; Kiev "
     "respinge l'intero testo."),
    ("fr", "Le projet américain prévoit une trêve sous une semaine et la reconnaissance de la Crimée comme russe ; Kiev "
     "rejette le texte entier."),
    ("de", "Der US-Entwurf sieht eine Waffenruhe binnen einer Woche und die Anerkennung der Krim als russisch vor; den "
     "ganzen Text lehnt Kiew ab."),
    ("es", "El borrador estadounidense prevé una tregua en una semana y el reconocimiento de Crimea como rusa; Kiev "
     "rechaza todo el texto."),
    ("ru", "Американский проект предусматривает перемирие в течение недели и признание Крыма российским; Киев "
     "отвергает весь текст."),
    ("uk", "Американський проєкт передбачає перемир'я протягом тижня і визнання Криму російським; Київ відкидає весь "
     "текст."),
    ("pl", "Amerykański projekt przewiduje rozejm w ciągu tygodnia i uznanie Krymu za rosyjski; Kijów odrzuca cały "
     "tekst."),
    ("tr", "ABD taslağı bir hafta içinde ateşkes ve Kırım'ın Rus toprağı olarak tanınmasını öngörüyor; Kiev metnin "
     "tamamını reddediyor."),
]


@pytest.mark.parametrize("lang,text", WHOLE_TEXT_JUDGED, ids=ids(WHOLE_TEXT_JUDGED))
def test_r33a_a_verdict_on_the_whole_text_is_on_every_issue(classifier, lang, text):
    found = given_all(classifier, text, lang, ["ceasefire", "territory"])
    assert ("UA", "reject") in found["ceasefire"] and ("UA", "reject") in found["territory"]


# --- r33A: a quoted verdict before another party's position noun: the owner after it keeps its demand ---

QUOTED_VERDICT = [
    ("ru", "В Кремле назвали «неприемлемым» предложение Еврокомиссии о конфискации российских активов."),
    ("ru", "Лавров назвал «неприемлемым» предложение Еврокомиссии о конфискации российских активов."),
    ("uk", "У Кремлі назвали «неприйнятною» пропозицію Єврокомісії щодо конфіскації російських активів."),
    ("pl", "Ławrow nazwał „absurdalną” propozycję Komisji Europejskiej w sprawie konfiskaty rosyjskich aktywów."),
]


@pytest.mark.parametrize("lang,text", QUOTED_VERDICT, ids=ids(QUOTED_VERDICT))
def test_r33a_the_owner_after_a_quoted_verdict_keeps_its_demand(classifier, lang, text):
    assert given(classifier, text, lang, "reparations") == [("EU", "demand"), ("RU", "reject")]


# near misses: a quotation followed by its speaker still has that speaker as holder
QUOTATION_THEN_SPEAKER = [
    ("ru", "«Требования о репарациях абсурдны», — заявил Лавров."),
    ("uk", "«Вимоги щодо репарацій абсурдні», — заявив Лавров."),
    ("pl", "„Żądania reparacji są absurdalne” – oświadczył Ławrow."),
]


@pytest.mark.parametrize("lang,text", QUOTATION_THEN_SPEAKER, ids=ids(QUOTATION_THEN_SPEAKER))
def test_r33a_a_quotation_keeps_its_speaker(classifier, lang, text):
    assert "RU" in {holder for holder, _ in given(classifier, text, lang, "reparations")}


# --- r33B: both parts of a hyphenated owner adjective hold the proposal, the main verb's subject its own stance ---

COMPOUND_OWNERS = [
    ("en", "The Kremlin turned down a US-Ukrainian offer to swap all prisoners of war.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("en", "The Kremlin dismissed a US-European plan for a truce.", "ceasefire",
     [("EU", "demand"), ("RU", "reject"), ("US", "demand")]),
    ("en", "Kyiv rejected the Russo-American plan for a truce.", "ceasefire",
     [("RU", "demand"), ("UA", "reject"), ("US", "demand")]),
    ("it", "Il Cremlino ha respinto l'offerta ucraino-americana di uno scambio di tutti i prigionieri.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("fr", "Le Kremlin a écarté l'offre américano-ukrainienne d'un échange de tous les prisonniers.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("fr", "Moscou a rejeté le plan ukraino-européen de trêve.", "ceasefire",
     [("EU", "demand"), ("RU", "reject"), ("UA", "demand")]),
    ("de", "Der Kreml wies das US-ukrainische Angebot eines Austauschs aller Gefangenen zurück.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("es", "El Kremlin descartó la oferta ucraniano-estadounidense de un canje de todos los prisioneros.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("ru", "Кремль отклонил украинско-американское предложение об обмене всех пленных.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("uk", "Кремль відкинув українсько-американську пропозицію обміну всіх полонених.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("pl", "Kreml odrzucił ukraińsko-amerykańską ofertę wymiany wszystkich jeńców.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
    ("tr", "Kremlin, ABD-Ukrayna esir takası teklifini reddetti.", "prisoners",
     [("RU", "reject"), ("UA", "demand"), ("US", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COMPOUND_OWNERS, ids=ids(COMPOUND_OWNERS))
def test_r33b_compound_owners_hold_the_proposal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33B: a hyphenated adjective on a noun that is no proposal (a border, routes) owns nothing ---

COMPOUND_NO_OWNER = [
    ("en", "Turkey called for a truce along the US-Ukrainian supply routes.", "ceasefire"),
    ("en", "Turkey called for a truce along the Russo-Ukrainian border.", "ceasefire"),
    ("it", "La Turchia ha chiesto una tregua lungo il confine russo-ucraino.", "ceasefire"),
    ("fr", "La Turquie a appelé à une trêve le long de la frontière russo-ukrainienne.", "ceasefire"),
    ("de", "Die Türkei forderte eine Waffenruhe an der russisch-ukrainischen Grenze.", "ceasefire"),
    ("es", "Turquía pidió una tregua en la frontera ruso-ucraniana.", "ceasefire"),
    ("ru", "Турция призвала к перемирию на российско-украинской границе.", "ceasefire"),
    ("uk", "Туреччина закликала до перемир'я на російсько-українському кордоні.", "ceasefire"),
    ("pl", "Turcja wezwała do rozejmu na granicy rosyjsko-ukraińskiej.", "ceasefire"),
    ("tr", "Türkiye, Rusya-Ukrayna sınırında ateşkes çağrısında bulundu.", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,category", COMPOUND_NO_OWNER, ids=ids(COMPOUND_NO_OWNER))
def test_r33b_compound_on_a_plain_noun_owns_nothing(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("TR", "demand")]


# --- r33B: the name after a title that an agent marker governs tabled the proposal ("by the Orbán government") ---

TITLED_AGENTS = [
    ("en", "Kyiv rejected the prisoner swap put forward by the Orbán government.", "prisoners",
     [("EU", "demand"), ("UA", "reject")]),
    ("it", "Kiev ha respinto lo scambio di prigionieri, proposto dal governo Orbán, di cinquanta soldati.", "prisoners",
     [("EU", "demand"), ("UA", "reject")]),
    ("it", "Kiev ha respinto lo scambio di prigionieri, presentato dal presidente Erdoğan, di cinquanta soldati.",
     "prisoners", [("TR", "demand"), ("UA", "reject")]),
    ("fr", "Kiev a rejeté l'échange de prisonniers, présenté par le gouvernement Orbán, de cinquante soldats.", "prisoners",
     [("EU", "demand"), ("UA", "reject")]),
    ("es", "Kiev rechazó el canje de prisioneros, presentado por el Gobierno de Orbán, de cincuenta soldados.", "prisoners",
     [("EU", "demand"), ("UA", "reject")]),
    ("de", "Kiew lehnte den von Ankara vorgelegten Austausch von Gefangenen ab.", "prisoners",
     [("TR", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", TITLED_AGENTS, ids=ids(TITLED_AGENTS))
def test_r33b_titled_agent_tabled_the_proposal(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33B: a title and name that no agent marker governs (met with, talks with) hold nothing ---

TITLED_NOT_AGENTS = [
    ("en", "Kyiv rejected the prisoner swap after a meeting with the Orbán government.", "prisoners"),
    ("it", "Kiev ha respinto lo scambio di prigionieri dopo un colloquio con il governo Orbán.", "prisoners"),
    ("fr", "Kiev a rejeté l'échange de prisonniers après un entretien avec le gouvernement Orbán.", "prisoners"),
    ("es", "Kiev rechazó el canje de prisioneros tras una reunión con el Gobierno de Orbán.", "prisoners"),
    ("de", "Kiew lehnte den Austausch von Gefangenen nach einem Treffen mit der Regierung in Ankara ab.", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", TITLED_NOT_AGENTS, ids=ids(TITLED_NOT_AGENTS))
def test_r33b_title_without_agent_marker_holds_nothing(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == [("UA", "reject")]


# --- r33C: a question gives the asked party no position, but the party of a clause it states keeps its own ---

STATED_IN_QUESTIONS = [
    ("en", "Will Kyiv accept the prisoner swap that Ankara proposed last week?", "prisoners", [("TR", "demand")]),
    ("en", "Will Kyiv accept the prisoner swap proposed by Ankara?", "prisoners", [("TR", "demand")]),
    ("en", "Will Kyiv and Moscow agree on the truce that Washington proposed?", "ceasefire", [("US", "demand")]),
    ("it", "Accetterà Kiev lo scambio di prigionieri proposto da Ankara?", "prisoners", [("TR", "demand")]),
    ("it", "Accetterà Kiev lo scambio di prigionieri che Ankara ha proposto?", "prisoners", [("TR", "demand")]),
    ("fr", "Kiev acceptera-t-elle l'échange de prisonniers que propose Ankara ?", "prisoners", [("TR", "demand")]),
    ("fr", "Kiev acceptera-t-elle l'échange de prisonniers proposé par Ankara ?", "prisoners", [("TR", "demand")]),
    ("de", "Wird Moskau dem Gefangenenaustausch zustimmen, den Ankara vorgeschlagen hat?", "prisoners", [("TR", "demand")]),
    ("es", "¿Aceptará Kiev el canje de prisioneros que propuso Ankara?", "prisoners", [("TR", "demand")]),
    ("es", "¿Rechazará Kiev la tregua que exige Moscú?", "ceasefire", [("RU", "demand")]),
    ("ru", "Согласится ли Киев на обмен пленными, который предложила Анкара?", "prisoners", [("TR", "demand")]),
    ("ru", "Согласится ли Киев на обмен пленными, предложенный Анкарой?", "prisoners", [("TR", "demand")]),
    ("uk", "Чи погодиться Київ на обмін полоненими, який запропонувала Анкара?", "prisoners", [("TR", "demand")]),
    ("uk", "Чи погодиться Київ на обмін полоненими, запропонований Анкарою?", "prisoners", [("TR", "demand")]),
    ("pl", "Czy Kijów zgodzi się na wymianę jeńców, którą zaproponowała Ankara?", "prisoners", [("TR", "demand")]),
    ("pl", "Czy Kijów zgodzi się na wymianę jeńców zaproponowaną przez Ankarę?", "prisoners", [("TR", "demand")]),
    # Turkish asks with a particle after the verb: the asked verb is the last, the stated clause stands before it
    ("tr", "Kiev, Ankara'nın önerdiği esir takasını kabul edecek mi?", "prisoners", [("TR", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", STATED_IN_QUESTIONS, ids=ids(STATED_IN_QUESTIONS))
def test_r33c_a_question_states_the_position_of_its_clause(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


ASKED_ONLY = [
    # the asked party alone, or a second question coordinated with the first: no position of anyone
    ("en", "Will Kyiv accept the prisoner swap?", "prisoners"),
    ("en", "Will Moscow accept the truce, or will Russia reject it once more?", "ceasefire"),
    ("it", "Accetterà Kiev lo scambio di prigionieri?", "prisoners"),
    ("fr", "Kiev acceptera-t-elle l'échange de prisonniers ?", "prisoners"),
    ("de", "Wird Moskau dem Gefangenenaustausch zustimmen?", "prisoners"),
    ("es", "¿Aceptará Kiev el canje de prisioneros?", "prisoners"),
    ("ru", "Согласится ли Киев на обмен пленными?", "prisoners"),
    ("uk", "Чи погодиться Київ на обмін полоненими?", "prisoners"),
    ("pl", "Czy Kijów zgodzi się na wymianę jeńców?", "prisoners"),
    ("tr", "Kiev esir takasını kabul edecek mi?", "prisoners"),
]


@pytest.mark.parametrize("lang,text,category", ASKED_ONLY, ids=ids(ASKED_ONLY))
def test_r33c_the_asked_party_takes_no_position(classifier, lang, text, category):
    assert given(classifier, text, lang, category) == []


@pytest.mark.parametrize("lang,text,category,expected", [
    # the asked party stays out beside the stated clause's party
    ("en", "Moscow said it would accept the truce that Washington proposed, but will Kyiv agree?", "ceasefire",
     [("US", "demand")]),
    ("de", "Wird Kiew der Waffenruhe zustimmen, die Paris vorschlägt, oder wird Moskau sie ablehnen?", "ceasefire",
     [("EU", "demand")]),
    ("it", "Mosca accetterà la tregua che Parigi ha proposto, o la respingerà di nuovo?", "ceasefire", [("EU", "demand")]),
])
def test_r33c_no_asked_party_beside_a_stated_clause(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33C: refusing to give up one's own demand keeps it (pl 'nie zrezygnuje z', es 'no renunciará a su exigencia') ---

KEPT_DEMANDS = [
    ("pl", "Kreml nie zrezygnuje z żądania neutralności Ukrainy, powiedział Ławrow.", "neutrality", "RU"),
    ("pl", "Kijów nie zrezygnuje z roszczeń o odszkodowania wojenne, oświadczył Szmyhal.", "reparations", "UA"),
    ("pl", "Rosja nie odstąpi od żądania, by Ukraina przerwała mobilizację przed rozejmem, powiedział Pieskow.",
     "ceasefire", "RU"),
    ("es", "Kiev no renunciará a su exigencia de reparaciones, dijo Shmyhal.", "reparations", "UA"),
    ("es", "Moscú no renunciará a sus condiciones para una tregua, afirmó Lavrov.", "ceasefire", "RU"),
    ("en", "Kyiv will not give up its demand for reparations, Shmyhal said.", "reparations", "UA"),
    ("it", "Kiev non rinuncerà alla richiesta di riparazioni, ha detto Shmyhal.", "reparations", "UA"),
    ("fr", "Kiev ne renoncera pas à sa demande de réparations, a déclaré Chmyhal.", "reparations", "UA"),
    ("de", "Kiew werde auf seine Forderung nach Reparationen nicht verzichten, sagte Schmyhal.", "reparations", "UA"),
    ("ru", "Киев не откажется от требования репараций, заявил Шмыгаль.", "reparations", "UA"),
    ("uk", "Київ не відмовиться від вимоги репарацій, заявив Шмигаль.", "reparations", "UA"),
    ("tr", "Şmıhal, Kiev'in tazminat talebinden vazgeçmeyeceğini söyledi.", "reparations", "UA"),
]


@pytest.mark.parametrize("lang,text,category,holder", KEPT_DEMANDS, ids=ids(KEPT_DEMANDS))
def test_r33c_refusing_to_give_up_a_demand_keeps_it(classifier, lang, text, category, holder):
    assert given(classifier, text, lang, category) == [(holder, "demand")]


GIVEN_UP = [
    # giving up a step the other side asks for (no negation, no demand noun) is that step, no refusal of it
    ("pl", "Kijów mógłby zrezygnować z ambicji wejścia do NATO w zamian za gwarancje, zasugerował Sybiha.", "neutrality",
     [("UA", "demand")]),
    ("pl", "Ławrow powiedział, że rezygnacja Kijowa z członkostwa w NATO pozostaje warunkiem rozmów.", "neutrality",
     [("RU", "demand")]),
    # another party's demand, turned down, beside assets not given up: no demand of the one who refuses
    ("es", "Moscú rechaza la exigencia ucraniana de reparaciones y no renunciará a los activos congelados.", "reparations",
     [("RU", "reject"), ("UA", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", GIVEN_UP, ids=ids(GIVEN_UP))
def test_r33c_a_demand_given_up_is_no_demand(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33C: a negation inside the object of a demand ('guarantees that Kyiv never hosts troops') rejects nothing ---

@pytest.mark.parametrize("lang,text,category,expected", [
    ("en", "Moscow will insist on written guarantees that Kyiv never hosts foreign troops, Lavrov said.", "neutrality",
     [("RU", "demand")]),
    ("en", "Lavrov said Moscow would demand firm assurances that Ukraine never joins NATO.", "neutrality",
     [("RU", "demand")]),
    # near misses: 'never' before another verb, or before an acceptance, still refuses
    ("en", "Zelensky said Kyiv never cedes land under pressure and would not do so now.", "territory", [("UA", "reject")]),
    ("en", "Zelensky said Ukraine would never accept neutrality.", "neutrality", [("UA", "reject")]),
])
def test_r33c_a_negation_inside_a_demands_object(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33D: a party relayed by a messenger holds its clause, also named with its first name ---

RELAYED_FIRST_NAME = [
    ("en", "Sánchez said that Trump had told him that Vladimir Putin would accept a truce at sea.", "ceasefire",
     [("RU", "agree")]),
    ("it", "Sánchez ha detto che Trump gli aveva assicurato che Vladimir Putin accetterebbe una tregua in mare.",
     "ceasefire", [("RU", "agree")]),
    ("fr", "La Première ministre danoise Mette Frederiksen a affirmé que Donald Trump lui avait assuré que Vladimir "
     "Poutine accepterait une trêve en mer.", "ceasefire", [("RU", "agree")]),
    ("de", "Macron sagte, Trump habe ihm versichert, Wladimir Putin werde eine Waffenruhe auf See akzeptieren.",
     "ceasefire", [("RU", "agree")]),
    ("es", "Macron dijo que Trump le había asegurado que Vladímir Putin aceptaría una tregua en el mar.", "ceasefire",
     [("RU", "agree")]),
    ("ru", "Макрон заявил, что Трамп заверил его, что Владимир Путин согласится на перемирие на море.", "ceasefire",
     [("RU", "agree")]),
    ("uk", "Макрон заявив, що Трамп запевнив його, що Володимир Путін погодиться на перемир'я на морі.", "ceasefire",
     [("RU", "agree")]),
    ("pl", "Macron powiedział, że Trump zapewnił go, że Władimir Putin zgodzi się na rozejm na morzu.", "ceasefire",
     [("RU", "agree")]),
    ("tr", "Macron, Trump'ın kendisine Vladimir Putin'in denizde ateşkesi kabul edeceğini söylediğini aktardı.",
     "ceasefire", [("RU", "agree")]),
]

# near misses: a first name after the complementizer that opens no relayed clause of the party's own (the party is
# only urged), so the one who urges holds the demand
URGED_BY_FIRST_NAME = [
    ("en", "Macron said that Donald Trump had urged Vladimir Putin to accept a truce at sea.", "ceasefire", "RU"),
    ("fr", "Macron a déclaré que Donald Trump avait exhorté Vladimir Poutine à accepter une trêve en mer.", "ceasefire",
     "RU"),
    ("es", "Macron dijo que Donald Trump había instado a Vladímir Putin a aceptar una tregua en el mar.", "ceasefire",
     "RU"),
    ("ru", "Макрон заявил, что Дональд Трамп призвал Владимира Путина согласиться на перемирие на море.", "ceasefire",
     "RU"),
    ("uk", "Макрон заявив, що Дональд Трамп закликав Володимира Путіна погодитися на перемир'я на морі.", "ceasefire",
     "RU"),
    ("pl", "Macron powiedział, że Donald Trump wezwał Władimira Putina do zgody na rozejm na morzu.", "ceasefire", "RU"),
]


@pytest.mark.parametrize("lang,text,category,expected", RELAYED_FIRST_NAME, ids=ids(RELAYED_FIRST_NAME))
def test_r33d_relayed_party_with_first_name_holds(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,urged", URGED_BY_FIRST_NAME, ids=ids(URGED_BY_FIRST_NAME))
def test_r33d_urged_party_with_first_name_holds_nothing(classifier, lang, text, category, urged):
    assert not any(h == urged for h, _ in given(classifier, text, lang, category))


# --- r33D: a messenger's verb of letting know or confiding relays the clause of the party it names ---

MESSENGER_VERBS = [
    ("fr", "Selon Le Monde, un diplomate allemand affirme que Iouri Ouchakov a fait savoir aux Européens que Moscou "
     "accepterait un gel du front à Kherson.", "territory", [("RU", "agree")]),
    ("fr", "Un diplomate allemand affirme que Iouri Ouchakov a confié aux Européens que Moscou accepterait un gel du "
     "front à Kherson.", "territory", [("RU", "agree")]),
    ("fr", "Le Kremlin a fait savoir qu'il accepterait un gel du front, mais Kiev a rejeté cette idée.", "territory",
     [("RU", "agree"), ("UA", "reject")]),
    ("it", "Un diplomatico tedesco afferma che Jurij Ushakov ha fatto sapere agli europei che Mosca accetterebbe un "
     "congelamento del fronte a Kherson.", "territory", [("RU", "agree")]),
    ("it", "Un diplomatico tedesco afferma che Jurij Ushakov ha confidato agli europei che Mosca accetterebbe un "
     "congelamento del fronte a Kherson.", "territory", [("RU", "agree")]),
    ("pl", "Niemiecki dyplomata twierdzi, że Jurij Uszakow zapewnił Europejczyków, że Moskwa zgodzi się na zamrożenie "
     "frontu w Chersoniu.", "territory", [("RU", "agree")]),
    ("en", "A German diplomat says Yuri Ushakov let the Europeans know that Moscow would accept a freeze of the front.",
     "territory", [("RU", "agree")]),
    ("es", "Un diplomático alemán afirma que Yuri Ushakov hizo saber a los europeos que Moscú aceptaría congelar el "
     "frente en Jersón.", "territory", [("RU", "agree")]),
    ("de", "Ein deutscher Diplomat sagt, Juri Uschakow habe die Europäer wissen lassen, Moskau werde ein Einfrieren der "
     "Front in Cherson akzeptieren.", "territory", [("RU", "agree")]),
    ("ru", "Немецкий дипломат утверждает, что Юрий Ушаков дал понять европейцам, что Москва согласится на заморозку "
     "фронта в Херсоне.", "territory", [("RU", "agree")]),
    ("uk", "Німецький дипломат стверджує, що Юрій Ушаков дав зрозуміти європейцям, що Москва погодиться на "
     "заморожування фронту в Херсоні.", "territory", [("RU", "agree")]),
    ("tr", "Alman bir diplomat, Yuri Uşakov'un Avrupalılara Moskova'nın Herson'da cephenin dondurulmasını kabul "
     "edeceğini ilettiğini söyledi.", "territory", [("RU", "agree")]),
]

# near misses: the messenger's own stance, with no party of its own in the clause it reports, stays its own
MESSENGER_OWN = [
    ("fr", "Le Kremlin a fait savoir qu'il rejetait tout gel du front à Kherson.", "territory", [("RU", "reject")]),
    ("it", "Il Cremlino afferma che respinge ogni congelamento del fronte a Kherson.", "territory", [("RU", "reject")]),
    ("pl", "Kreml twierdzi, że odrzuca zamrożenie frontu w Chersoniu.", "territory", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", MESSENGER_VERBS, ids=ids(MESSENGER_VERBS))
def test_r33d_messenger_verb_relays_the_named_party(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", MESSENGER_OWN, ids=ids(MESSENGER_OWN))
def test_r33d_messenger_without_relayed_party_holds_its_own(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33D: an outlet told between two reporting verbs is an addressee, the relayed party still holds ---

OUTLET_TOLD = [
    ("es", "El enviado de Trump, Steve Witkoff, dijo a la CNN que Putin le había asegurado en Moscú que no quiere toda "
     "Ucrania.", "territory", [("RU", "reject")]),
    ("en", "Witkoff told CNN that Putin had assured him that Russia would accept a truce.", "ceasefire",
     [("RU", "agree")]),
    ("it", "Witkoff ha detto alla CNN che Putin gli aveva assicurato che la Russia accetterebbe una tregua.",
     "ceasefire", [("RU", "agree")]),
    ("fr", "Witkoff a déclaré à CNN que Poutine lui avait assuré que la Russie accepterait une trêve.", "ceasefire",
     [("RU", "agree")]),
    ("de", "Witkoff sagte der CNN, Putin habe ihm versichert, Russland werde eine Waffenruhe akzeptieren.", "ceasefire",
     [("RU", "agree")]),
    ("ru", "Уиткофф заявил CNN, что Путин заверил его, что Россия согласится на перемирие.", "ceasefire",
     [("RU", "agree")]),
    ("uk", "Віткофф заявив CNN, що Путін запевнив його, що Росія погодиться на перемир'я.", "ceasefire",
     [("RU", "agree")]),
    ("pl", "Witkoff powiedział CNN, że Putin zapewnił go, że Rosja zgodzi się na rozejm.", "ceasefire",
     [("RU", "agree")]),
]

# near misses: the reporter's own refusal before the outlet stays its own
OUTLET_OWN = [
    ("es", "Witkoff dijo a la CNN que Washington no quiere toda Ucrania para Rusia.", "territory", "US"),
    ("en", "Witkoff told CNN that Washington would never accept a truce on those terms.", "ceasefire", "US"),
]


@pytest.mark.parametrize("lang,text,category,expected", OUTLET_TOLD, ids=ids(OUTLET_TOLD))
def test_r33d_outlet_told_is_no_holder(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,holder", OUTLET_OWN, ids=ids(OUTLET_OWN))
def test_r33d_reporter_to_outlet_keeps_own_clause(classifier, lang, text, category, holder):
    assert any(h == holder for h, _ in given(classifier, text, lang, category))


# --- r33D: "the sides" after a mediator's genitive, and Russians and Ukrainians named bare, both agree ---

SIDES_AGREED = [
    ("uk", "За посередництва Катару сторони домовилися про обмін полоненими.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("uk", "За посередництва Саудівської Аравії сторони погодили повернення тіл загиблих.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("ru", "При посредничестве Объединенных Арабских Эмиратов стороны договорились об обмене пленными.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("ru", "При посредничестве Катара стороны согласовали возвращение депортированных детей.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("pl", "Za pośrednictwem Zjednoczonych Emiratów Arabskich strony uzgodniły wymianę jeńców.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("en", "In Doha, Russians and Ukrainians agreed on a prisoner swap.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("es", "En Doha, rusos y ucranianos acordaron un intercambio de prisioneros.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("es", "Tras la reunión en Riad, ucranianos y rusos pactaron una tregua en el mar Negro.", "ceasefire",
     [("RU", "agree"), ("UA", "agree")]),
    ("fr", "À Doha, Russes et Ukrainiens se sont entendus sur un échange de prisonniers.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("it", "A Doha, russi e ucraini si sono accordati su uno scambio di prigionieri.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("de", "In Doha einigten sich Russen und Ukrainer auf einen Gefangenenaustausch.", "prisoners",
     [("RU", "agree"), ("UA", "agree")]),
    ("tr", "Katar Dışişleri Bakanı, tarafların Karadeniz'de bir ateşkes üzerinde mutabık kaldığını açıkladı.",
     "ceasefire", [("RU", "agree"), ("UA", "agree")]),
    ("tr", "Suudi Arabistan Dışişleri Bakanı, tarafların esir takası konusunda mutabakata vardığını duyurdu.",
     "prisoners", [("RU", "agree"), ("UA", "agree")]),
]

# near misses: a party phrase of a name and a single side stays that party's; a bare demonym alone is no party
SIDES_NEAR = [
    ("uk", "Катарська сторона запропонувала обмін полоненими за формулою всіх на всіх.", "prisoners",
     [("OTHER", "demand")]),
    ("ru", "Катарская сторона предложила обмен пленными по формуле всех на всех.", "prisoners", [("OTHER", "demand")]),
    ("es", "Los negociadores rusos rechazaron un intercambio de prisioneros.", "prisoners", [("RU", "reject")]),
    ("en", "The Russian negotiators rejected a prisoner swap.", "prisoners", [("RU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", SIDES_AGREED, ids=ids(SIDES_AGREED))
def test_r33d_sides_under_a_mediator_agree(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", SIDES_NEAR, ids=ids(SIDES_NEAR))
def test_r33d_single_side_phrases_stay(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33D: a host who received the delegations only announces what the sides agreed ---

HOST_ANNOUNCES = [
    ("uk", "Прем'єр Катару, який у вівторок приймав делегації обох країн у Досі, заявив, що сторони погодилися на обмін "
     "полоненими.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("uk", "Глава МЗС Саудівської Аравії, який приймав переговорників у Джидді, повідомив, що сторони домовилися про "
     "обмін тілами.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("ru", "Премьер Катара, который во вторник принимал делегации обеих стран в Дохе, заявил, что стороны согласились "
     "на обмен пленными.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("ru", "Глава МИД Саудовской Аравии, принимавший переговорщиков в Джидде, сообщил, что стороны договорились об "
     "обмене телами.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
    ("pl", "Premier Kataru, który we wtorek przyjmował delegacje obu krajów w Dosze, oświadczył, że strony zgodziły się "
     "na wymianę jeńców.", "prisoners", [("RU", "agree"), ("UA", "agree")]),
]

# near misses: accepting a proposal is still an agreement
ACCEPTED_NOT_HOSTED = [
    ("uk", "Росія прийняла пропозицію Києва про обмін полоненими.", "prisoners", ("RU", "agree")),
    ("ru", "Украина приняла предложение Москвы об обмене пленными.", "prisoners", ("UA", "agree")),
]


@pytest.mark.parametrize("lang,text,category,expected", HOST_ANNOUNCES, ids=ids(HOST_ANNOUNCES))
def test_r33d_host_of_delegations_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", ACCEPTED_NOT_HOSTED, ids=ids(ACCEPTED_NOT_HOSTED))
def test_r33d_accepting_a_proposal_still_agrees(classifier, lang, text, category, expected):
    assert expected in given(classifier, text, lang, category)


# --- r33D: a staff named by its whole office speaks where its place opens the clause ---

OFFICE_PLACE = [
    ("uk", "У Координаційному штабі з питань поводження з військовополоненими вимагають обміну всіх на всіх.",
     "prisoners", [("UA", "demand")]),
    ("ru", "В Координационном штабе по вопросам обращения с военнопленными требуют обмена всех на всех.", "prisoners",
     [("UA", "demand")]),
]

# near misses: the office only named as where a list was handed over holds nothing
OFFICE_NEAR = [
    ("uk", "Список передали до Координаційного штабу з питань поводження з військовополоненими.", "prisoners", []),
    ("ru", "Список передали в Координационный штаб по вопросам обращения с военнопленными.", "prisoners", []),
]


@pytest.mark.parametrize("lang,text,category,expected", OFFICE_PLACE, ids=ids(OFFICE_PLACE))
def test_r33d_office_place_speaks_for_its_party(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", OFFICE_NEAR, ids=ids(OFFICE_NEAR))
def test_r33d_office_as_destination_holds_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r33D: Turkish: 'asla' before the refusal's participle leaves the genitive its subject ---

NEVER_RELAYED = [
    ("tr", "Orban, Rusya'nın Zaporijya'yı asla müzakere masasına getirmeyeceğini söyledi.", "territory",
     [("RU", "reject")]),
    ("tr", "Macron, Trump'ın kendisine Rusya'nın Herson'un statüsünü asla tartışmayacağını söylediğini aktardı.",
     "territory", [("RU", "reject")]),
]

# near misses: 'asla' of the speaker's own refusal, with no genitive subject, stays the speaker's
NEVER_OWN = [
    ("tr", "Zelenskiy, Zaporijya'yı asla Rusya'ya bırakmayacaklarını söyledi.", "territory", ("UA", "reject")),
]


@pytest.mark.parametrize("lang,text,category,expected", NEVER_RELAYED, ids=ids(NEVER_RELAYED))
def test_r33d_never_leaves_the_genitive_subject(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


@pytest.mark.parametrize("lang,text,category,expected", NEVER_OWN, ids=ids(NEVER_OWN))
def test_r33d_never_of_the_speaker_stays_its_own(classifier, lang, text, category, expected):
    assert expected in given(classifier, text, lang, category)


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
