"""Round 29 D: a condition set on a stance is a demand of the one who sets it; the party it is put to holds nothing."""

import pytest

from test_positions_classes import classifier, given, given_all, ids, positions  # noqa: F401

pytestmark = pytest.mark.labelling


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
# nie') keeps the refusal and demands the step; not a measure only said to be off the table, a rejecting verb, a
# time the refusal lasts, nor 'mientras que' (a contrast) ---

R29D_HELD_UNTIL = [
    ('en', 'Moscow will not agree to a prisoner exchange until Kyiv hands over the full list of the missing.',
     {'prisoners': [('RU', 'demand'), ('RU', 'reject')]}),
    ('it', 'Mosca non accetterà uno scambio di prigionieri finché Kiev non consegnerà la lista completa dei dispersi.',
     {'prisoners': [('RU', 'demand'), ('RU', 'reject')]}),
    ('fr', "Moscou n'acceptera pas d'échange de prisonniers tant que Kiev n'aura pas remis la liste complète des disparus.",
     {'prisoners': [('RU', 'demand'), ('RU', 'reject')]}),
    ('de', 'Moskau werde einem Gefangenenaustausch nicht zustimmen, solange Kiew nicht die vollständige Liste der Vermissten übergibt.',
     {'prisoners': [('RU', 'demand'), ('RU', 'reject')]}),
    ('es', 'Moscú no aceptará un intercambio de prisioneros mientras Kiev no entregue la lista completa de desaparecidos.',
     {'prisoners': [('RU', 'demand'), ('RU', 'reject')]}),
    ('ru', 'Москва не согласится на обмен пленными, пока Киев не передаст полный список пропавших.',
     {'prisoners': [('RU', 'demand'), ('RU', 'reject')]}),
    ('uk', 'Москва не погодиться на обмін полоненими, доки Київ не передасть повний список зниклих.',
     {'prisoners': [('RU', 'demand'), ('RU', 'reject')]}),
    ('pl', 'Moskwa nie zgodzi się na wymianę jeńców, dopóki Kijów nie przekaże pełnej listy zaginionych.',
     {'prisoners': [('RU', 'demand'), ('RU', 'reject')]}),
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
