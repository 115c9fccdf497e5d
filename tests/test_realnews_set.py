"""The real-news development set (tests/realnews/): what is committed is whole and consistent.

The article text stays outside the repository; these checks need only the labels and the pages'
records (see tests/realnews/realnews.py for how the set is rebuilt from saved excerpts).
"""

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent / "realnews"
LANGS = ("en", "it", "fr", "de", "es", "ru", "uk", "pl", "tr")
CATEGORIES = {"ceasefire", "neutrality", "prisoners", "reparations", "territory"}
CODES = {"RU", "UA", "US", "EU", "TR", "OTHER"}
STANCES = {"demand", "reject", "agree"}


def rows(name):
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines()]


def test_pages_are_many_and_say_how_to_find_them_again():
    pages = rows("pages.jsonl")
    assert len(pages) >= 100
    assert len({p["url"] for p in pages}) == len(pages)
    for p in pages:
        assert p["lang"] in LANGS and p["query"].strip() and len(p["sha1"]) == 40 and p["length"] > 0
        assert "text" not in p  # third-party text stays out of the repository
    splits = Counter(p["split"] for p in pages)
    assert 0.25 <= splits["aside"] / len(pages) <= 0.4  # about a third kept aside


def test_labels_cover_every_language_and_are_well_formed():
    pages = {p["url"]: p for p in rows("pages.jsonl")}
    labels = rows("labels.jsonl")
    assert len(labels) >= 1000
    per_lang = Counter(r["lang"] for r in labels)
    assert all(per_lang[lang] >= 80 for lang in LANGS), per_lang
    for r in labels:
        assert r["url"] in pages and pages[r["url"]]["lang"] == r["lang"]
        assert len(r["sha1"]) == 40 and r["length"] > 0 and "text" not in r
        assert set(r["categories"]) <= CATEGORIES and set(r["actors"]) <= CODES
        assert set(r["positions"]) <= set(r["categories"])
        for positions in r["positions"].values():
            assert all(p["holder"] in CODES and p["stance"] in STANCES for p in positions)
        assert isinstance(r["cited_sources"], list) and isinstance(r["ambiguous"], bool)
    assert len({(r["url"], r["sha1"]) for r in labels}) == len(labels)
    assert sum(bool(r["categories"]) for r in labels) >= 300


def test_a_second_annotator_labelled_200_of_them():
    first = {(r["url"], r["sha1"]): r for r in rows("labels.jsonl")}
    second = rows("second.jsonl")
    both = [r for r in second if (r["url"], r["sha1"]) in first]
    assert len(both) >= 200
    assert {r["annotator"] for r in both}.isdisjoint({first[(r["url"], r["sha1"])]["annotator"] for r in both})
