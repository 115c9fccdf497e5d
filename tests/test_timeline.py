"""The matrix page's chart "Demands over time": its data (handed to the page as JSON), the filters it
honours, and that every bar links to a sentences page listing exactly the sentences it counts."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest

from conftest import HOSTILE_CATEGORY, XSS, XSS_IMG, copy_db, make_ds, sql
from datasette_demands.web import timeline

pytestmark = pytest.mark.asyncio

DATA_BLOCK = re.compile(r'<script type="application/json" id="demands-timeline-data">(.*?)</script>', re.S)


async def chart_data(ds, path):
    r = await ds.client.get(path)
    assert r.status_code == 200, r.text
    block = DATA_BLOCK.search(r.text)
    assert block, "no chart data on " + path
    return json.loads(block.group(1)), r.text


def expected_category_bars(db_path, where="", params=()):
    rows = sql(db_path, f"""
        select substr(documents.published, 1, 7), labels.category, count(*)
        from labels join sentences on sentences.id = labels.sentence_id
        join documents on documents.id = labels.document_id
        where documents.published is not null {where} group by 1, 2""", params)
    return {(m, c): n for m, c, n in rows}


async def test_bars_per_month_and_category(demo_db):
    ds = make_ds(demo_db)
    data, html = await chart_data(ds, "/demo/-/demands")
    assert data["series"] == "category"
    got = {(b["month"], b["key"]): b["count"] for b in data["bars"]}
    assert got == expected_category_bars(demo_db) and len(got) >= 5
    months = sorted({m for m, _ in got})
    assert data["months"][0] == months[0] and data["months"][-1] == months[-1]
    # the legend follows the matrix's columns
    assert data["keys"] == [c for (c,) in sql(demo_db, "select name from categories order by name")
                            if any(k == c for _, k in got)]
    # the scripts come from the plugin's own static files, nothing from another host
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert any("vendor/observablehq-plot-" in s for s in scripts) and any("vendor/d3-" in s for s in scripts)
    assert not [s for s in scripts if s.startswith(("http:", "https:", "//"))]
    ours = [s for s in scripts if "datasette-demands" in s]
    assert all(s.startswith("/-/static-plugins/datasette-demands/") for s in ours)
    # the chart's three (d3, Plot, ours) and the filter form's pickers
    assert len([s for s in ours if not s.endswith("/demands-filters.js")]) == 3 and len(ours) == 4
    for s in ours:
        assert (await ds.client.get(s)).status_code == 200


async def test_the_filters_of_the_matrix_apply(demo_db):
    ds = make_ds(demo_db)
    lang = sql(demo_db, "select lang from labeled_sentences group by lang order by count(*) desc")[0][0]
    data, _ = await chart_data(ds, f"/demo/-/demands?lang={lang}&category=ceasefire&category=territory")
    got = {(b["month"], b["key"]): b["count"] for b in data["bars"]}
    assert got == expected_category_bars(demo_db, "and sentences.lang = ? and labels.category in"
                                                  " ('ceasefire', 'territory')", [lang])
    first = sql(demo_db, "select min(published) from documents where published is not null")[0][0]
    data, _ = await chart_data(ds, f"/demo/-/demands?from={first}&to={first}")
    got = {(b["month"], b["key"]): b["count"] for b in data["bars"]}
    assert got == expected_category_bars(demo_db, "and documents.published = ?", [first]) and got


def json_url(href: str) -> str:
    path, _, query = href.partition("?")
    return path + ".json?" + query


@pytest.mark.parametrize("query", ["", "?chart=actor", "?chart=actor_stance", "?chart=actor&lang=en",
                                   "?chart=actor_stance&category=ceasefire&by=month",
                                   "?chart=actor&from=2025-05-10&to=2025-06-03"])
async def test_every_bar_opens_exactly_the_sentences_it_counts(demo_db, query):
    ds = make_ds(demo_db)
    data, _ = await chart_data(ds, "/demo/-/demands" + query)
    assert data["bars"]
    for bar in data["bars"]:
        assert bar["href"].startswith("/demo/-/demands/sentences?")
        r = await ds.client.get(json_url(bar["href"]))
        assert r.status_code == 200, (bar, r.text)
        listed = r.json()
        assert listed["count"] == bar["count"], bar
        for s in listed["sentences"]:
            assert (s["published"] or "")[:7] == bar["month"]


async def test_holders_and_stances_come_from_the_positions(demo_db):
    ds = make_ds(demo_db)
    data, _ = await chart_data(ds, "/demo/-/demands?chart=actor_stance")
    got = {(b["month"], b["key"]): b["count"] for b in data["bars"] if b["key"] != "(none)"}
    rows = sql(demo_db, """select substr(d.published, 1, 7), p.holder || ' · ' || p.stance, count(distinct p.sentence_id)
                           from positions p join documents d on d.id = p.document_id group by 1, 2""")
    assert got == {(m, k): n for m, k, n in rows}


async def test_switching_the_series_keeps_the_filters(demo_db):
    ds = make_ds(demo_db)
    r = await ds.client.get("/demo/-/demands?lang=en&by=month")
    links = {unescape(h) for h in re.findall(r'class="demands-chart-switch" href="([^"]+)"', r.text)}
    assert links == {"/demo/-/demands?by=month&lang=en&chart=actor",
                     "/demo/-/demands?by=month&lang=en&chart=actor_stance"}
    r = await ds.client.get("/demo/-/demands?chart=actor")
    assert '<input type="hidden" name="chart" value="actor">' in r.text


async def test_bad_chart_parameters_are_refused(demo_db, hostile_db, tmp_path):
    ds = make_ds(demo_db)
    r = await ds.client.get("/demo/-/demands?chart=source")
    assert r.status_code == 400 and "Unknown chart" in r.text
    r = await ds.client.get("/demo/-/demands?chart=actor&chart=actor")
    assert r.status_code == 400
    # a database whose labels name no holder has no holder chart
    db = copy_db(demo_db, tmp_path / "noactors.db")
    import sqlite3
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update labels set actors = '[]'")
        conn.execute("update labeled_sentences set actors = '[]'")
    conn.close()
    ds = make_ds(db)
    r = await ds.client.get("/noactors/-/demands?chart=actor")
    assert r.status_code == 400 and "no data" in r.text
    r = await ds.client.get("/noactors/-/demands")
    assert "demands-chart-switch" not in r.text


async def test_sentences_without_a_date_are_counted_apart(demo_db, tmp_path):
    db = copy_db(demo_db, tmp_path / "undated.db")
    import sqlite3
    conn = sqlite3.connect(db)
    doc = conn.execute("select document_id from labeled_sentences group by 1 order by count(*) limit 1").fetchone()[0]
    with conn:
        conn.execute("update documents set published = null where id = ?", [doc])
        conn.execute("update labeled_sentences set published = null, month = null where document_id = ?", [doc])
    (undated,) = conn.execute("select count(distinct sentence_id) from labels where document_id = ?", [doc]).fetchone()
    conn.close()
    ds = make_ds(db)
    data, html = await chart_data(ds, "/undated/-/demands")
    assert all(b["month"] for b in data["bars"])
    assert sum(b["count"] for b in data["bars"]) == sql(
        db, "select count(*) from labeled_sentences where month is not null")[0][0]
    link = re.search(r'<a href="([^"]+)">(\d+) labeled sentences?</a> without a publication date', html)
    assert link and int(link.group(2)) == undated
    assert (await ds.client.get(json_url(unescape(link.group(1))))).json()["count"] == undated


def hostile_with_positions(hostile_db, tmp_path):
    """The hostile database, its first label given a position whose holder and stance are payloads."""
    import sqlite3
    db = copy_db(hostile_db, tmp_path / "hostile.db")
    conn = sqlite3.connect(db)
    with conn:
        sid, doc, cat = conn.execute("select sentence_id, document_id, category from labels order by 1 limit 1").fetchone()
        conn.execute("insert into positions (sentence_id, document_id, category, holder, stance) values (?, ?, ?, ?, ?)",
                     [sid, doc, cat, XSS, XSS_IMG])
    conn.close()
    return db


@pytest.mark.parametrize("query", ["", "?chart=actor", "?chart=actor_stance"])
async def test_hostile_names_reach_the_chart_as_inert_json(hostile_db, tmp_path, query):
    ds = make_ds(hostile_with_positions(hostile_db, tmp_path))
    data, html = await chart_data(ds, "/hostile/-/demands" + query)
    block = DATA_BLOCK.search(html).group(1)
    assert "<" not in block and ">" not in block  # tojson escapes them: no name can end the block
    keys = set(data["keys"])
    if query == "":
        assert HOSTILE_CATEGORY in keys
    elif query.endswith("actor"):
        assert XSS in keys  # the holder named by a script tag, as text
    else:
        assert f"{XSS} · {XSS_IMG}" in keys
    # and in the table of the same numbers, escaped
    assert "<script>window.__pwned" not in html and "<img src=x" not in html


async def test_no_chart_when_no_document_has_a_date_says_why(tmp_path):
    """Plain-text articles without a date: no chart, and the page said nothing about it (a note
    explained only a part of the sentences without a date). Now the note says why, with the link."""
    from datasette_demands.corpus.pipeline import build
    from datasette_demands.rulebook.load import load_rulebook

    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "talks.txt").write_text(
        "Kyiv demanded an unconditional ceasefire along the whole front line.\n\n"
        "The delegations spent the afternoon on the agenda.\n", encoding="utf-8")
    (texts / "swap.txt").write_text(
        "Moscow called for an exchange of all prisoners of war before any meeting.\n", encoding="utf-8")
    db = tmp_path / "nodates.db"
    summary = build(db, [texts], load_rulebook(None))
    assert not summary.problems, summary.problems
    assert sql(db, "select count(*) from documents where published is not null")[0][0] == 0
    labelled = sql(db, "select count(distinct sentence_id) from labels")[0][0]
    assert labelled >= 2
    ds = make_ds(db)
    r = await ds.client.get("/nodates/-/demands")
    assert r.status_code == 200
    assert not DATA_BLOCK.search(r.text)  # nothing to draw
    assert "Demands over time" in r.text and "none of the labeled sentences" in r.text
    link = re.search(r'<a href="([^"]+)">(\d+) labeled sentences?</a> without a publication date', r.text)
    assert link and int(link.group(2)) == labelled
    assert (await ds.client.get(json_url(unescape(link.group(1))))).json()["count"] == labelled
    # filters that leave no labelled sentence: no note either
    r = await ds.client.get("/nodates/-/demands?category=territory")
    assert "Demands over time" not in r.text


async def test_a_series_keeps_its_colour_whatever_the_filters_leave(demo_db):
    """Unticking a category, or choosing a language, must not repaint the others: each key's colour is
    fixed by the database's categories (or the holder's code), and a holder's stances are shades of one hue."""
    ds = make_ds(demo_db)

    async def colour_of(path):
        data, _ = await chart_data(ds, path)
        assert len(data["colours"]) == len(data["keys"])
        return dict(zip(data["keys"], data["colours"]))

    every = await colour_of("/demo/-/demands")
    assert len(every) >= 4 and len(set(every.values())) == len(every)
    for category in list(every)[:2]:
        rest = "&".join(f"category={c}" for c in every if c != category)
        fewer = await colour_of(f"/demo/-/demands?{rest}")
        assert category not in fewer and fewer == {c: every[c] for c in fewer}
    holders = await colour_of("/demo/-/demands?chart=actor")
    stances = await colour_of("/demo/-/demands?chart=actor_stance")
    assert len(set(stances.values())) == len(stances) and "(none)" in stances
    for key, colour in stances.items():
        if key != "(none)":
            holder, stance = key.split(" · ")
            assert colour == timeline.HOLDER_SHADES[holder][timeline.STANCE_SHADE[stance]]
            assert holders[holder] == timeline.HOLDER_SHADES[holder][1]
    assert stances["(none)"] == holders.get("(none)", timeline.NONE_COLOUR) == timeline.NONE_COLOUR
