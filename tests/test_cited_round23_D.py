"""Cited sources, round 23 (group D, the nine languages): the classes of check10's cited-source errors that the
rules missed, each with sentences of our own that must give the sources and near-misses that must not.
"""

import pytest

from test_cited import analysis as analyse, classifier  # noqa: F401 (fixture)

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


# --- r23D: a Ukrainian neuter source noun ('джерело') keeps the participle set off by commas after it ('джерело,
# близьке до Кремля, | обізнане з ...,'), as the masculine and plural nouns did ---

@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Джерело, близьке до Офісу президента, розповіло Reuters, що Київ не погодиться на такий обмін.",
     ["Джерело, близьке до Офісу президента", "Reuters"]),
    ("uk", "Джерело, обізнане з ходом консультацій, повідомило, що Москва вимагає нейтралітету.",
     ["Джерело, обізнане з ходом консультацій"]),
    ("uk", "Джерело, поінформоване про зміст документа, сказало агентству AFP, що Київ відкидає план.",
     ["Джерело, поінформоване про зміст документа", "AFP"]),
    ("uk", "Джерела, близькі до переговорів, повідомили, що Москва вимагає нейтралітету.",
     ["Джерела, близькі до переговорів"]),
    # must not: a neuter adjective opening what the source said is no part of it; a body's noun is no source's
    ("uk", "За словами джерела, нове перемир'я не влаштовує Москву.", ["джерела"]),
    ("uk", "Посольство, розташоване в Києві, повідомило, що Москва вимагає нейтралітету.", []),
])
def test_r23D_ukrainian_neuter_source_keeps_its_participle(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected
