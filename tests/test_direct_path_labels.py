"""A language's RE2 screens are built only once it has met enough sentences (compiled.DIRECT_*): before,
every rule and attribution scan runs directly with `regex`. Both paths must give the same labels,
evidence, holders, stances, positions and cited sources on every gold sentence. Pure labelling, so it runs on
one Datasette line (the builds on either path: test_direct_path.py)."""

from pathlib import Path

import pytest

from datasette_demands.evaluate import read_gold
from datasette_demands.labelling.classify import Classifier
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="module")
def rulebook():
    return load_rulebook()


def _screens_built(language) -> list[bool]:
    """Whether each FilteredRE2 of a compiled language is built: the rules', the names', the attribution screen's."""
    attributor = language.attributor
    return [language.rule_set._set.built, attributor.tables._names_prefilter.built, attributor.screen._set.built]


LANGS = ("en", "it", "fr", "de", "es", "ru", "uk", "pl", "tr")


@pytest.fixture(scope="module")
def gold_rows():
    return read_gold(sorted(GOLD.glob("*.jsonl")))


@pytest.mark.parametrize("lang", LANGS)  # one test a language, so that the two workers of `make test` share them
def test_direct_and_screened_paths_give_the_same_labels_on_every_gold_sentence(rulebook, gold_rows, lang):
    """Every gold sentence of a language, as written and in capitals, labelled with no screen ever built, with
    every screen built before the first sentence, and with the default (screens built part way through)."""
    direct, screened, default = (Classifier(rulebook, direct=d) for d in (True, False, None))
    rows = [row for row in gold_rows if row["lang"] == lang]
    labelled = 0
    for row in rows:
        for text in (row["text"], row["text"].upper()):
            expected = screened.classify(text, lang)
            assert direct.classify(text, lang) == expected, text
            assert default.classify(text, lang) == expected, text
            labelled += bool(expected)
    assert len(rows) > 700 and labelled > 1000  # each text twice
    assert _screens_built(direct.language(lang)) == [False, False, False]
    assert _screens_built(screened.language(lang)) == [True, True, True]
    # the language met enough sentences (twice its gold rows) for the default to build its screens
    assert all(_screens_built(default.language(lang)))
