"""The real-news development set (tests/realnews/): what is committed is whole and consistent.

The article text stays outside the repository; these checks need only the labels and the pages'
records (see tests/realnews/realnews.py for how the set is rebuilt from saved excerpts).
"""

import json
from collections import Counter
from pathlib import Path

import pytest

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py

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


def _realnews_module():
    import importlib.util
    spec = importlib.util.spec_from_file_location("realnews_script", HERE / "realnews.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_status_tells_which_pages_the_cache_holds(tmp_path, monkeypatch, capsys):
    # an own-words set of three pages: one saved as recorded, one saved with a changed sentence, one not saved
    rn = _realnews_module()
    texts = {
        "https://example.org/a": "Kyiv again demanded a full ceasefire before any talks. The envoy said the exchange of "
                                 "prisoners would go on next week. Nothing else was agreed at the meeting in Geneva.",
        "https://example.org/b": "Moscow repeated that Crimea was not up for discussion in any form. The delegation "
                                 "left the hotel late in the evening after six hours of talks.",
        "https://example.org/c": "The register of damage has received thousands of claims from Ukrainian families.",
    }
    record = tmp_path / "record"
    record.mkdir()
    pages, labels = [], []
    for n, (url, text) in enumerate(texts.items()):
        pages.append({"url": url, "lang": "en", "query": f"query {n}", "topic": "t", "sha1": rn.sha1(text),
                      "length": len(text), "split": "dev" if n < 2 else "aside"})
        for seq, sentence in enumerate(rn.page_sentences({"url": url, "lang": "en", "text": text})):
            labels.append({"url": url, "sha1": rn.sha1(sentence), "length": len(sentence), "lang": "en", "seq": seq})
    (record / "pages.jsonl").write_text("".join(json.dumps(p) + "\n" for p in pages), encoding="utf-8")
    (record / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in labels), encoding="utf-8")
    cache = tmp_path / "cache"
    (cache / "pages" / "en").mkdir(parents=True)
    saved = {"https://example.org/a": texts["https://example.org/a"],
             "https://example.org/b": texts["https://example.org/b"].replace("six hours", "seven hours")}
    for n, (url, text) in enumerate(saved.items()):
        (cache / "pages" / "en" / f"{n}.json").write_text(json.dumps({"url": url, "lang": "en", "text": text}),
                                                          encoding="utf-8")
    monkeypatch.setattr(rn, "HERE", record)
    totals = rn.status(cache)
    per_page = {p["url"]: sum(1 for r in labels if r["url"] == p["url"]) for p in pages}
    assert totals["pages"] == 3 and totals["exact"] == 1 and totals["changed"] == 1
    # every sentence of the exact page, all but the changed one of the other, none of the missing page
    assert totals["found"] == per_page["https://example.org/a"] + per_page["https://example.org/b"] - 1
    out = capsys.readouterr().out
    assert "1 page(s) missing" in out and "https://example.org/c" in out and "query: query 2" in out
