"""Round 32 A: one holder refuses one form of an issue and offers another in a contrasted clause: reject and demand."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


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
