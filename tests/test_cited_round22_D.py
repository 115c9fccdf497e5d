"""Cited sources, round 22 (group D, the nine languages): the classes of misses and wrong values that the
check9 development set showed, each with sentences of our own that must give the sources and near-misses that
must not.
"""

import pytest

from test_cited import analysis as analyse, classifier  # noqa: F401 (fixture)

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


# --- r22D: people quoted by an outlet, the words that cite ending in a preposition the language lists ("fonti citate
# da | Ukrinform", "dall'|agenzia"), or a participle the adjectives took ("źródła | cytowane przez"), are a source ---

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Fonti diplomatiche citate dall'agenzia Ansa sostengono che Mosca chiede la neutralità.",
     ["Fonti diplomatiche", "Ansa"]),
    ("it", "Due funzionari europei citati da Reuters affermano che Budapest blocca la decisione.",
     ["Due funzionari europei", "Reuters"]),
    ("it", "Fonti militari citate dal quotidiano Corriere della Sera riferiscono che Kiev respinge il piano.",
     ["Fonti militari", "Corriere della Sera"]),
    ("pl", "Źródła dyplomatyczne cytowane przez agencję Reuters twierdzą, że Moskwa żąda neutralności.",
     ["Źródła dyplomatyczne", "Reuters"]),
    # must not: a minister or a named speaker quoted by the outlet speaks for the party
    ("it", "Il ministro citato da Ukrinform afferma che lo scambio è avvenuto.", ["Ukrinform"]),
    ("it", "Zelensky, citato da Ukrinform, afferma che lo scambio è avvenuto.", ["Ukrinform"]),
])
def test_r22D_people_quoted_by_an_outlet(classifier, lang, text, expected):
    assert analyse(classifier, text, lang).cited_sources == expected
