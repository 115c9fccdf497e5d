"""Round 24, group A (de, fr, it): classes of position errors, each with sentences that must give the right
positions and near-misses that must not give the wrong ones."""

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


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


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
