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
