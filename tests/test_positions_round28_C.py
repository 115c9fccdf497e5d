"""Round 28, helper C: holders nobody found (institutions and offices outside the actor tables, documents as their
owners' positions, Turkish genitive subjects) and mediators announcing what both parties agreed. Each class has
sentences that must give the right positions and sentences that must not give the wrong ones."""

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
    """The positions of `category` when the category is given (as the gold scoring does)."""
    by_cat = {lb.category: lb for lb in classifier.classify(text, lang)}
    label = Label(category, list(by_cat[category].matches)) if category in by_cat else Label(category)
    classifier.language(lang).attributor.attribute(text, normalise(text), [label])
    return sorted((p.holder, p.stance) for p in label.positions)


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


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
