"""Round 30 E: stances that turn on acceptance: urging another to accept, conditions, refusing to accept."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


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
