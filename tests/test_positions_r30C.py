"""Round 30 C: relayed positions: the party whose position a messenger relays holds it, the messenger, its addressee and the reporter hold nothing."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


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
