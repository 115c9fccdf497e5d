"""Round 32 B: the holder two steps removed: a messenger who passes on what a third party told it holds nothing."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


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
