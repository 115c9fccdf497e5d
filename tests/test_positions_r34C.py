"""Round 34 C: a second clause that points back to a position stated before it gives its own party a stance."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling

# --- r34C: a singular position noun or a relative with its preposition, after a comma, opens another party's reaction ---

POINTING_RELATIVES = [
    ("en", "Kyiv wants the immobilised Russian reserves handed over for rebuilding, request Belgium keeps turning down.",
     "reparations", [("EU", "reject"), ("UA", "demand")]),
    ("it", "Il governo ucraino vuole che le riserve russe immobilizzate finanzino la ricostruzione, proposta che "
           "l'Olanda respinge.", "reparations", [("EU", "reject"), ("UA", "demand")]),
    ("fr", "Washington a présenté un plan prévoyant une trêve de soixante jours, plan que Moscou a rejeté.",
     "ceasefire", [("RU", "reject"), ("US", "demand")]),
    ("es", "Bruselas propone un crédito con los fondos rusos inmovilizados para pagar las reparaciones, plan que "
           "Hungría sigue bloqueando.", "reparations", [("EU", "demand"), ("EU", "reject")]),
    ("ru", "В Анкаре предлагают обмен всех пленных на всех, против чего решительно выступает Москва.",
     "prisoners", [("RU", "reject"), ("TR", "demand")]),
    ("uk", "В Анкарі пропонують обмін усіх полонених на всіх, проти чого рішуче виступає Москва.",
     "prisoners", [("RU", "reject"), ("TR", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", POINTING_RELATIVES, ids=ids(POINTING_RELATIVES))
def test_r34c_a_pointing_clause_gives_its_party_a_stance(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


POINTING_WITHOUT_STANCE = [
    # the pointing clause's verb takes no position, or the relative is no pointer: its party holds nothing
    ("it", "Il governo ucraino vuole che le riserve russe immobilizzate finanzino la ricostruzione, proposta che "
           "l'Olanda ha discusso ieri.", "reparations", [("UA", "demand")]),
    ("fr", "Washington a présenté un plan prévoyant une trêve de soixante jours, plan que Moscou a examiné mardi.",
     "ceasefire", [("US", "demand")]),
    ("ru", "В Анкаре предлагают обмен всех пленных на всех, о чем сообщила Москва.", "prisoners", [("TR", "demand")]),
    ("uk", "В Анкарі пропонують обмін усіх полонених на всіх, про що повідомила Москва.", "prisoners",
     [("TR", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", POINTING_WITHOUT_STANCE, ids=ids(POINTING_WITHOUT_STANCE))
def test_r34c_a_pointing_clause_without_stance_gives_nothing(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r34C: a bare demonstrative pronoun or object clitic after a comma or semicolon takes up the position before it ---

PRONOUN_REACTIONS = [
    ("en", "Moscow insisted that Ukraine shrink its armed forces to 500,000 soldiers; Kyiv dismissed this.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("it", "Mosca ha preteso che l'Ucraina rinunci per sempre all'adesione alla NATO; Kiev l'ha respinto.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("fr", "Moscou a exigé que l'Ukraine renonce pour toujours à l'adhésion à l'OTAN ; Kiev l'a refusé.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("de", "Moskau forderte, dass die Ukraine für immer auf einen NATO-Beitritt verzichtet; Kiew wies dies zurück.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("es", "Moscú exigió que Ucrania renuncie para siempre a entrar en la OTAN; Kiev lo rechazó.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("ru", "Москва потребовала, чтобы Украина навсегда отказалась от вступления в НАТО; Киев это отверг.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("uk", "Москва вимагала, щоб Україна назавжди відмовилася від вступу до НАТО; Київ це відкинув.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
    ("pl", "Moskwa zażądała, aby Ukraina na zawsze zrezygnowała z członkostwa w NATO; Kijów to odrzucił.",
     "neutrality", [("RU", "demand"), ("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PRONOUN_REACTIONS, ids=ids(PRONOUN_REACTIONS))
def test_r34c_a_pronoun_after_the_clause_break_points_back(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


PRONOUN_INSIDE_CONTENT = [
    # the pronoun inside the demand's own clause, with no clause break before it: the party named is the demand's
    # addressee, no holder
    ("en", "Moscow insisted that Kyiv accept this before any talks on NATO membership.", "neutrality",
     [("RU", "demand")]),
    ("de", "Moskau forderte, dass Kiew dies vor jedem Gespräch über einen NATO-Beitritt akzeptiert.", "neutrality",
     [("RU", "demand")]),
    ("ru", "Москва потребовала, чтобы Киев принял это до переговоров о вступлении в НАТО.", "neutrality",
     [("RU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PRONOUN_INSIDE_CONTENT, ids=ids(PRONOUN_INSIDE_CONTENT))
def test_r34c_a_pronoun_inside_the_content_is_no_reaction(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r34C: a comparative clause with its subject after the verb ('comme le réclame Moscou') is that party's stance ---

COMPARATIVE_STANCES = [
    ("fr", "Sybiha a écarté tout retrait des troupes de Zaporijjia, comme le réclame Moscou.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("it", "Sybiha ha escluso qualsiasi ritiro delle truppe da Zaporizhzhia, come pretende Mosca.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    ("es", "Sybiha descartó cualquier retirada de las tropas de Zaporiyia, como reclama Moscú.", "territory",
     [("RU", "demand"), ("UA", "reject")]),
    # a comparative with a reporting verb reports only: its party holds nothing
    ("fr", "Sybiha a écarté tout retrait des troupes de Zaporijjia, comme l'a rapporté Moscou.", "territory",
     [("UA", "reject")]),
    ("it", "Sybiha ha escluso qualsiasi ritiro delle truppe da Zaporizhzhia, come ha riferito Mosca.", "territory",
     [("UA", "reject")]),
    ("es", "Sybiha descartó cualquier retirada de las tropas de Zaporiyia, como informó Moscú.", "territory",
     [("UA", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", COMPARATIVE_STANCES, ids=ids(COMPARATIVE_STANCES))
def test_r34c_a_comparative_clause_gives_its_inverted_subject_a_stance(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r34C: under a plan's frame, what the plan has another party give up is the plan owner's demand ---

PLAN_FRAMES = [
    ("uk", "Згідно з британським планом, Україна мала б відмовитися від вступу до НАТО на двадцять років.",
     "neutrality", [("EU", "demand")]),
    ("ru", "Согласно британскому плану, Украина отказалась бы от вступления в НАТО на двадцать лет.",
     "neutrality", [("EU", "demand")]),
    ("en", "Under the British plan, Ukraine would give up joining NATO for twenty years.", "neutrality",
     [("EU", "demand")]),
    ("it", "Secondo il piano britannico, l'Ucraina rinuncerebbe per vent'anni all'ingresso nella NATO.", "neutrality",
     [("EU", "demand")]),
    # no other party's step under the frame: the document's own verdict stays the owner's rejection
    ("uk", "Згідно з британським планом, вступ України до НАТО виключений.", "neutrality", [("EU", "reject")]),
]


@pytest.mark.parametrize("lang,text,category,expected", PLAN_FRAMES, ids=ids(PLAN_FRAMES))
def test_r34c_a_plan_frame_demands_what_it_has_another_give_up(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected


# --- r34C: ru, uk, pl: a subject after the pointing clause's verb may have its first name before it ---

FIRST_NAMED_AFTER_VERB = [
    ("pl", "Londyn zaproponował wysłanie na Ukrainę sił pokojowych, czemu sprzeciwił się Siergiej Ławrow.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("ru", "Лондон предложил направить на Украину миротворцев, против чего выступил Сергей Лавров.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    ("uk", "Лондон запропонував направити в Україну миротворців, проти чого виступив Сергій Лавров.",
     "neutrality", [("EU", "demand"), ("RU", "reject")]),
    # a reporting verb after the relative: the party named reports, it holds nothing
    ("pl", "Londyn zaproponował wysłanie na Ukrainę sił pokojowych, o czym poinformował Siergiej Ławrow.",
     "neutrality", [("EU", "demand")]),
]


@pytest.mark.parametrize("lang,text,category,expected", FIRST_NAMED_AFTER_VERB, ids=ids(FIRST_NAMED_AFTER_VERB))
def test_r34c_an_inverted_subject_keeps_its_first_name(classifier, lang, text, category, expected):
    assert given(classifier, text, lang, category) == expected
