"""The rules page /<db>/-/demands/rules: every rule, examples, hit counts, unused rules flagged."""

import json
import re
from html import unescape

import pytest

from conftest import HOSTILE_MARKERS, make_ds, sql

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
    r = await ds.client.get("/demo/-/demands/rules")
    assert r.status_code == 200
    rows = rule_rows(r.text)
    db_rules = sql(demo_db, "select id, category, lang, description, hits, examples_match, examples_no_match from rules")
    assert set(rows) == {x[0] for x in db_rules} and db_rules
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
        assert f'id="cat-{cat}"' in r.text


async def test_unused_rules_are_flagged_and_filterable(hostile_db):
    ds = make_ds(hostile_db)
    rows = rule_rows((await ds.client.get("/hostile/-/demands/rules")).text)
    assert rows["ceasefire.en.unused"][0] == "no-hits"
    assert rows["ceasefire.en.evil"][0] == ""
    only = rule_rows((await ds.client.get("/hostile/-/demands/rules?unused=1")).text)
    assert set(only) == {"ceasefire.en.unused"}


async def test_filters_by_category_and_language(demo_db):
    ds = make_ds(demo_db)
    rows = rule_rows((await ds.client.get("/demo/-/demands/rules?category=ceasefire&lang=en")).text)
    expected = {rid for (rid,) in sql(demo_db, "select id from rules where category = 'ceasefire' and lang = 'en'")}
    assert set(rows) == expected and expected


async def test_rule_links_to_the_sentences_it_labeled(demo_db):
    rid, n = sql(demo_db, "select id, sentences from rules where sentences > 0 order by sentences desc limit 1")[0]
    ds = make_ds(demo_db)
    html = (await ds.client.get("/demo/-/demands/rules")).text
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
