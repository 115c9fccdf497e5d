"""Round 28, helper F: classes of position errors fixed in the attribution (see test_positions_classes.py): each class
has sentences that must give the right positions and near-misses that must not give the wrong ones."""

import pytest

from datasette_demands.labelling.classify import Classifier
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def positions(classifier, text, lang):
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in classifier.classify(text, lang)}


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
