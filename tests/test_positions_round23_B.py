"""Round 23, group B (en, es, tr): classes of position errors fixed in the attribution, each with sentences that must
give the right positions and near-misses that must not give the wrong ones, in the languages concerned."""

import pytest

from datasette_demands.labelling.classify import Classifier
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def positions(classifier, text, lang):
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in classifier.classify(text, lang)}


def ids(cases):
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


# --- r23B: a reporting converb in -(y)ken gives its subject the stance of the clause it reports (tr) ---------

REPORTING_CONVERB = [
    ("tr", "Kiev, tutuklu sivillerin serbest bırakılması önerisini kabul ettiğini açıklarken Moskova sessiz kaldı.",
     "prisoners", ("UA", "agree"), ("UA", "demand")),
    ("tr", "Zelenskiy, tampon bölge fikrini reddettiğini belirtirken Washington görüşmelerin süreceğini açıkladı.",
     "territory", ("UA", "reject"), ("US", "reject")),
    ("tr", "Kiev yönetimi esir takasını kabul ettiğini duyururken Moskova yeni şartlar öne sürdü.",
     "prisoners", ("UA", "agree"), ("UA", "demand")),
    ("tr", "Ukrayna yönetimi enerji tesislerine yönelik saldırılara ara verilmesini desteklediğini söylerken Rusya "
     "konuyu yorumlamadı.", "ceasefire", ("UA", "agree"), ("UA", "demand")),
]


@pytest.mark.parametrize("lang,text,category,right,wrong", REPORTING_CONVERB, ids=ids(REPORTING_CONVERB))
def test_a_reporting_converb_reports_the_clause_before_it(classifier, lang, text, category, right, wrong):
    got = positions(classifier, text, lang)[category]
    assert right in got and wrong not in got


# near-misses: a converb that is itself the stanced verb keeps its own stance, the next subject its own verb
NOT_REPORTING_CONVERB = [
    ("tr", "Kiev, esir takasını kabul ederken Moskova takası reddetti.", "prisoners", [("RU", "reject"), ("UA", "agree")]),
]


@pytest.mark.parametrize("lang,text,category,expected", NOT_REPORTING_CONVERB, ids=ids(NOT_REPORTING_CONVERB))
def test_a_stanced_converb_keeps_its_own_stance(classifier, lang, text, category, expected):
    assert positions(classifier, text, lang)[category] == expected
