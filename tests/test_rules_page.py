"""The rules page /<db>/-/demands/rules: every rule, examples, hit counts, unused rules flagged."""

import json
import re
from html import unescape

import pytest

from conftest import HOSTILE_MARKERS, every_page, make_ds, sql

pytestmark = pytest.mark.asyncio


def rule_rows(html):
    """{rule id: row html} for the rules table rows of the page."""
    out = {}
    for m in re.finditer(r'<tr id="rule-[^"]*" class="([^"]*)">(.*?)</tr>', html, re.S):
        rid = unescape(re.search(r"<code>(.*?)</code>", m.group(2), re.S).group(1))
        out[rid] = (m.group(1), m.group(2))
    return out


async def test_rules_page_lists_every_rule_with_hits_and_examples(demo_db):
    ds = make_ds(demo_db)
    pages = await every_page(ds, "/demo/-/demands/rules")
    rows = {}
    for html in pages:
        assert len(rule_rows(html)) <= 50
        assert not set(rule_rows(html)) & set(rows)  # no rule on two pages
        rows.update(rule_rows(html))
    db_rules = sql(demo_db, "select id, category, lang, description, hits, examples_match, examples_no_match from rules")
    assert set(rows) == {x[0] for x in db_rules} and db_rules
    assert len(pages) == -(-len(db_rules) // 50)
    for rid, category, lang, desc, hits, ex_match, ex_no in db_rules:
        cls, body = rows[rid]
        text = unescape(body)
        assert f"<td>{lang}</td>" in body
        assert desc in text
        for example in json.loads(ex_match) + json.loads(ex_no):
            assert example in text
        if hits:
            assert "no-hits" not in cls and f">{hits}</a>" in body
        else:
            assert cls == "no-hits" and "no hits" in body
    # grouped under category headings
    for (cat,) in sql(demo_db, "select distinct category from rules"):
        assert any(f'id="cat-{cat}"' in html for html in pages)


async def test_in_each_category_the_rules_that_fired_come_first(demo_db):
    # the page opened on fifty German ceasefire rules without a hit, on a demo of English and Italian news
    ds = make_ds(demo_db)
    order = [rid for html in await every_page(ds, "/demo/-/demands/rules") for rid in rule_rows(html)]
    hits = {rid: (cat, n or 0) for rid, cat, n in sql(demo_db, "select id, category, hits from rules")}
    assert hits[order[0]][1] > 0
    for category in {cat for cat, _ in hits.values()}:
        fired = [hits[rid][1] > 0 for rid in order if hits[rid][0] == category]
        assert fired == sorted(fired, reverse=True), category


async def test_unused_rules_are_flagged_and_filterable(hostile_db):
    ds = make_ds(hostile_db)
    rows = rule_rows((await ds.client.get("/hostile/-/demands/rules")).text)
    assert rows["ceasefire.en.unused"][0] == "no-hits"
    assert rows["ceasefire.en.evil"][0] == ""
    only = rule_rows((await ds.client.get("/hostile/-/demands/rules?unused=1")).text)
    assert set(only) == {"ceasefire.en.unused"}


async def test_filters_by_category_and_language(demo_db):
    ds = make_ds(demo_db)
    rows = {}
    for html in await every_page(ds, "/demo/-/demands/rules?category=ceasefire&lang=en"):
        rows.update(rule_rows(html))
    expected = {rid for (rid,) in sql(demo_db, "select id from rules where category = 'ceasefire' and lang = 'en'")}
    assert set(rows) == expected and expected


async def test_rule_links_to_the_sentences_it_labeled(demo_db):
    rid, n = sql(demo_db, "select id, sentences from rules where sentences > 0 order by sentences desc limit 1")[0]
    ds = make_ds(demo_db)
    html = "".join(await every_page(ds, "/demo/-/demands/rules"))
    assert f'href="/demo/-/demands/rules?rule={rid}"' in html
    assert f'href="/demo/matches?rule_id={rid}"' in html
    r = await ds.client.get(f"/demo/-/demands/rules?rule={rid}")
    assert r.status_code == 200
    section = r.text.split('<section class="demands-evidence">')[1].split("</section>")[0]
    assert section.count("<li>") == n
    assert section.count(f'title="{rid}"') >= n  # evidence highlighted with the rule id as tooltip
    assert "/demo/-/demands/document/" in section


@pytest.mark.parametrize("query, fragment", [
    ("category=bogus", "Unknown category 'bogus'"),
    ("lang=xx", "Unknown rule language 'xx'"),
    ("unused=yes", "must be 1 or 0"),
    ("rule=no.such.rule", "Unknown rule 'no.such.rule'"),
    ("rule=%27%3B%20drop%20table%20rules%3B--", "Unknown rule"),
    ("sort=id", "Unknown parameter"),
    ("page=0", "whole number from 1"),
    ("page=two", "whole number from 1"),
])
async def test_rules_page_validates_parameters(demo_db, query, fragment):
    ds = make_ds(demo_db)
    r = await ds.client.get(f"/demo/-/demands/rules?{query}")
    assert r.status_code == 400
    assert fragment in unescape(r.text)
    assert sql(demo_db, "select count(*) from rules")[0][0] > 0


async def test_hostile_rules_are_inert(hostile_db):
    ds = make_ds(hostile_db)
    for path in ("/hostile/-/demands/rules", "/hostile/-/demands/rules?rule=ceasefire.en.evil",
                 "/hostile/-/demands/rules?rule=x.en.%22%3E%3Csvg%20onload%3D%22window.__pwned%3D%27svg%27%22%3E"):
        r = await ds.client.get(path)
        assert r.status_code == 200, path
        for marker in HOSTILE_MARKERS:
            assert marker not in r.text, (marker, path)
        assert "&lt;script&gt;" in r.text or "&lt;svg" in r.text


async def test_rules_are_paged_fifty_at_a_time_keeping_the_filters(demo_db):
    """830 rules with their examples on one page made a page some 400,000 px tall: 50 a page, with
    previous/next links that keep the filters, "N-M of K", and a page past the last answers 404."""
    ds = make_ds(demo_db)
    ids = [rid for (rid,) in sql(demo_db, "select id from rules where category = 'ceasefire'")]
    assert len(ids) > 100  # enough for three pages
    pages = -(-len(ids) // 50)
    first = await ds.client.get("/demo/-/demands/rules?category=ceasefire")
    assert len(rule_rows(first.text)) == 50
    assert f"Rules 1–50 of {len(ids)} (page 1 of {pages})" in first.text
    assert 'rel="prev"' not in first.text
    assert '<a href="/demo/-/demands/rules?category=ceasefire&amp;page=2" rel="next">' in first.text
    second = await ds.client.get("/demo/-/demands/rules?category=ceasefire&page=2")
    assert f"Rules 51–100 of {len(ids)} (page 2 of {pages})" in second.text
    assert '<a href="/demo/-/demands/rules?category=ceasefire" rel="prev">' in second.text
    assert not set(rule_rows(first.text)) & set(rule_rows(second.text))
    last = await ds.client.get(f"/demo/-/demands/rules?category=ceasefire&page={pages}")
    assert len(rule_rows(last.text)) == len(ids) - 50 * (pages - 1) and 'rel="next"' not in last.text
    # the count and the unused link speak of every rule the filters select, not of the page
    unused = sql(demo_db, "select count(*) from rules where category = 'ceasefire' and coalesce(hits, 0) = 0")[0][0]
    assert f"{len(ids)} rules" in last.text and (unused == 0 or f"{unused} without hits" in last.text)
    past = await ds.client.get(f"/demo/-/demands/rules?category=ceasefire&page={pages + 1}")
    assert past.status_code == 404
    assert f"Page {pages + 1} is past the last page ({pages}) of these {len(ids)} rules" in unescape(past.text)


async def test_a_short_list_has_no_page_links(hostile_db):
    ds = make_ds(hostile_db)
    n = sql(hostile_db, "select count(*) from rules")[0][0]
    assert 0 < n <= 50
    html = (await ds.client.get("/hostile/-/demands/rules")).text
    assert len(rule_rows(html)) == n and 'rel="next"' not in html and "Rules 1–" not in html
    assert (await ds.client.get("/hostile/-/demands/rules?page=2")).status_code == 404


async def test_the_rules_page_as_json_says_where_the_rules_are_as_data(demo_db):
    """/<db>/-/demands/rules.json answered 404 with "error": "404": now a message that names the rules
    table's JSON, which does list every rule."""
    ds = make_ds(demo_db)
    r = await ds.client.get("/demo/-/demands/rules.json")
    assert r.status_code == 404
    data = r.json()
    assert "HTML only" in data["error"] and "/demo/rules.json" in data["error"]
    assert data["rules_json"] == "/demo/rules.json"
    rules = (await ds.client.get(data["rules_json"] + "?_shape=array&_size=max")).json()
    assert len(rules) == sql(demo_db, "select count(*) from rules")[0][0]
    r = await ds.client.get("/demo/-/demands/rules.csv")
    assert r.status_code == 404 and "/demo/rules.json" in r.text
    # a database the plugin does not serve still gets Datasette's plain 404
    assert (await ds.client.get("/nope/-/demands/rules.json")).status_code == 404
