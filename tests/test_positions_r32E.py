"""Round 32 E: conditions, negated exclusions and denials decide the stance, not the surface verb (accept, rule out, deny)."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


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
