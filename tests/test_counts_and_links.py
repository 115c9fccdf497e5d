"""Every number on the demands pages links to a view that shows exactly that many rows (issue 18).

The matrix's "Any demand" once said 13 and its link opened 16 rows (a sentence with two
demands is one sentence but two rows of labeled_sentences); the footer's 41 opened 51; with
?category=territory the row-total link dropped the category. Here every linked number of the
demo matrix, in every `by=` and under filters, and of /-/demands, is followed and its rows counted.
"""

import csv
import io
import json
import re
from html import unescape
from urllib.parse import urlsplit

import pytest

from conftest import make_ds, sql

pytestmark = pytest.mark.asyncio

LINKED_NUMBER = re.compile(r'<a\b[^>]*\bhref="([^"]+)"[^>]*>\s*(\d+)\s*</a>')
CHIP = re.compile(r'<a class="demand-chip" href="([^"]+)">[^<]*?(\d+)</a>')
DIMENSIONS = ["source", "document", "lang", "month", "actor", "actor_stance"]
FILTERS = ["", "category=territory", "category=ceasefire&category=prisoners", "lang=en", "from=2025-05-17"]


async def rows_behind(ds, href: str) -> int:
    """How many rows the linked page shows: a table's JSON with every row, or the sentences page's."""
    parts = urlsplit(unescape(href))
    query = parts.query
    if "/-/demands/sentences" in parts.path:
        url, seen, count = parts.path + ".json" + ("?" + query if query else ""), [], None
        while url:  # every page (a "Sentences" count of the demo may be more than a page)
            response = await ds.client.get(url)
            assert response.status_code == 200, (href, response.text[:300])
            data = response.json()
            count = data["count"] if count is None else count
            seen += [s["sentence_id"] for s in data["sentences"]]
            url = data["next"]
        assert len(set(seen)) == len(seen) == count, href
        return len(seen)
    url = parts.path + ".json?" + (query + "&" if query else "") + "_size=max&_shape=objects"
    response = await ds.client.get(url)
    assert response.status_code == 200, (href, response.text[:300])
    data = response.json()
    assert not data.get("next"), href
    return len(data["rows"])


CHART_SECTION = re.compile(r'<section class="demands-timeline".*?</section>', re.S)


async def linked_numbers(ds, path, chart=False):
    """The linked numbers of a page; of the matrix page, those outside the chart "Demands over time"
    (``chart``: only those of the chart's table)."""
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text[:300]
    text = response.text
    if chart:
        text = "".join(CHART_SECTION.findall(text))
    else:
        text = CHART_SECTION.sub("", text)
    return [(href, int(n)) for href, n in LINKED_NUMBER.findall(text)
            if "/-/demands/document/" not in href]


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("by", DIMENSIONS)
async def test_every_number_of_the_matrix_opens_that_many_rows(demo_db, by, filters):
    ds = make_ds(demo_db)
    data = (await ds.client.get(f"/demo/-/demands.json?by={by}&{filters}")).json()
    assert data["rows"], data
    numbers = await linked_numbers(ds, f"/demo/-/demands?by={by}&{filters}")
    # every non-zero cell, every row's "Any demand", every column total and the grand total is a link,
    # and so is every non-zero "Sentences" (all sentences of the row, labelled or not) and their total
    cells = sum(1 for r in data["rows"] for n in r["counts"].values() if n)
    sentences = sum(1 for r in data["rows"] if r.get("sentences")) + (1 if data.get("sentences_total") else 0)
    assert (by in ("actor", "actor_stance")) == (sentences == 0)
    assert len(numbers) == cells + len(data["rows"]) \
        + len(data["categories"]) + 1 + sentences
    for href, n in numbers:
        assert await rows_behind(ds, href) == n, (by, filters, href)
    # the grand totals are what the JSON says too
    assert [n for _, n in numbers[-2 if sentences else -1:]] == [data["total"]] + (
        [data["sentences_total"]] if sentences else [])
    # the numbers of the chart over time, in its table: each a bar
    chart = await linked_numbers(ds, f"/demo/-/demands?by={by}&{filters}", chart=True)
    assert chart
    for href, n in chart:
        assert await rows_behind(ds, href) == n, (by, filters, href)


async def test_row_total_keeps_the_chosen_category(demo_db):
    ds = make_ds(demo_db)
    numbers = await linked_numbers(ds, "/demo/-/demands?category=territory")
    # "Any demand" (not "Sentences", every sentence of the row, all=1, which no category narrows)
    totals = [href for href, _ in numbers if "/-/demands/sentences" in href and "all=1" not in unescape(href)]
    assert totals and all("category=territory" in unescape(h) for h in totals)


async def test_every_number_of_the_index_opens_that_many_rows(demo_db):
    ds = make_ds(demo_db)
    response = await ds.client.get("/-/demands")
    numbers = [(h, int(n)) for h, n in LINKED_NUMBER.findall(response.text)]
    numbers += [(h, int(n)) for h, n in CHIP.findall(response.text)]
    data = (await ds.client.get("/-/demands.json")).json()["databases"][0]
    assert len(numbers) == 3 + len(data["categories"])
    for href, n in numbers:
        assert await rows_behind(ds, href) == n, href
    labeled = [n for h, n in numbers if "/-/demands/sentences" in h]
    assert labeled == [data["labeled_sentences"]]


async def test_sentences_page_validates_and_escapes(demo_db):
    ds = make_ds(demo_db)
    for query in ("page=0", "row=x&row_none=1", "row_none=2", "nope=1", "category=nope", "by=nope",
                  "by=actor_stance&row=RU", "by=actor_stance&row=RU+%C2%B7+maybe", "by=actor_stance&row=+%C2%B7+demand"):
        response = await ds.client.get("/demo/-/demands/sentences?" + query)
        assert response.status_code == 400, query
    response = await ds.client.get("/demo/-/demands/sentences?row=%3Cscript%3Ewindow.x%3C%2Fscript%3E")
    assert response.status_code == 200
    assert "<script>window.x" not in response.text and "&lt;script&gt;window.x" in response.text
    assert "0 labeled sentences" in response.text
    response = await ds.client.get("/demo/-/demands/sentences.json?by=actor_stance&row=RU")
    assert response.status_code == 400 and "HOLDER" in response.text and "e.g. 'RU" in response.text
    response = await ds.client.get("/demo/-/demands/sentences.json?by=actor_stance&row=RU+%C2%B7+demand")
    assert response.status_code == 200 and response.json()["count"] > 0


async def test_a_page_past_the_last_says_so(demo_db):
    """A link kept from a bigger database, or a page number typed by hand: not an empty list that
    looks like "no sentences match", but 404 naming the last page."""
    ds = make_ds(demo_db)
    data = (await ds.client.get("/demo/-/demands/sentences.json")).json()
    last = await ds.client.get(f"/demo/-/demands/sentences.json?page={data['pages']}")
    assert last.status_code == 200 and last.json()["sentences"]
    for fmt in ("", ".json"):
        past = await ds.client.get(f"/demo/-/demands/sentences{fmt}?page={data['pages'] + 1}")
        assert past.status_code == 404
        assert f"past the last page ({data['pages']}) of these {data['count']} sentences" in past.text


@pytest.mark.parametrize("by", ["source", "document", "lang", "month"])
async def test_the_sentences_column_opens_every_sentence_of_its_row(demo_db, by):
    """"Sentences" (every sentence of a row, labelled or not) was plain text; it opens the sentences page
    with all=1, whose rows are exactly those sentences: the row's own, unlabelled ones too."""
    ds = make_ds(demo_db)
    text = CHART_SECTION.sub("", (await ds.client.get(f"/demo/-/demands?by={by}&category=territory")).text)
    links = re.findall(r'<a class="demands-all-sentences" href="([^"]+)">(\d+)</a>', text)
    data = (await ds.client.get(f"/demo/-/demands.json?by={by}&category=territory")).json()
    assert [int(n) for _, n in links] == [r["sentences"] for r in data["rows"] if r["sentences"]] \
        + [data["sentences_total"]]
    assert data["sentences_total"] == sql(demo_db, "select count(*) from sentences")[0][0]
    for href, n in links:
        assert "all=1" in unescape(href) and "category=" not in unescape(href)
        assert await rows_behind(ds, href) == int(n), href
    # a row's sentences are its own, labelled or not
    first = data["rows"][0]
    page = (await ds.client.get(unescape(links[0][0]).replace("/sentences?", "/sentences.json?"))).json()
    column = {"source": "source", "document": "document_id", "lang": "lang", "month": "published"}[by]
    assert all(str(s[column]).startswith(str(first["key"])) for s in page["sentences"])
    assert any(not s["categories"] for s in page["sentences"])


async def test_the_sentences_page_refuses_what_it_does_not_use(demo_db):
    """limit, sort and chart shape the matrix page; the sentences page ignored them without a word."""
    ds = make_ds(demo_db)
    for query in ("limit=3", "sort=name", "chart=actor", "all=1&category=territory", "all=2",
                  "all=1&by=actor&row=RU"):
        for fmt in ("", ".json"):
            response = await ds.client.get(f"/demo/-/demands/sentences{fmt}?{query}")
            assert response.status_code == 400, (query, fmt)
    response = await ds.client.get("/demo/-/demands/sentences?limit=3")
    assert "Unknown parameter(s): &#39;limit&#39;" in response.text


async def test_the_sentences_behind_a_count_export_as_csv(demo_db, monkeypatch):
    """sentences.csv: a row per sentence the count counts (as the JSON lists them), its categories and a link to
    it in its document; past a page, a last row with how many more and the next page's link."""
    import csv
    import io

    from datasette_demands.web import views

    ds = make_ds(demo_db)
    data = (await ds.client.get("/demo/-/demands/sentences.json?by=actor&row=RU")).json()
    response = await ds.client.get("/demo/-/demands/sentences.csv?by=actor&row=RU")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == list(views.SENTENCES_CSV_HEADER)
    assert [int(r[0]) for r in rows[1:]] == [s["sentence_id"] for s in data["sentences"]]
    assert len(rows) - 1 == data["count"] > 0
    first = data["sentences"][0]
    assert rows[1][7] == ";".join(first["categories"]) and rows[1][8].lstrip("'") == first["text"]
    assert rows[1][9].endswith(f"/demo/-/demands/document/{first['document_id']}#s-{first['seq']}")
    assert [r[9] for r in rows[1:]] == [s["url"] for s in data["sentences"]]  # the JSON links each sentence too
    html = (await ds.client.get("/demo/-/demands/sentences?by=actor&row=RU&page=1")).text
    assert 'href="/demo/-/demands/sentences.csv?by=actor&amp;row=RU"' in html
    monkeypatch.setattr(views, "SENTENCES_CSV_PAGE_SIZE", 3)
    rows = list(csv.reader(io.StringIO((await ds.client.get("/demo/-/demands/sentences.csv?by=actor&row=RU")).text)))
    assert len(rows) == 1 + 3 + 1
    assert rows[-1][0].startswith(f"{data['count'] - 3} more sentences: http") and "page=2" in rows[-1][0]
    rows2 = list(csv.reader(io.StringIO((await ds.client.get("/demo/-/demands/sentences.csv?by=actor&row=RU&page=2")).text)))
    assert [int(r[0]) for r in rows2[1:4]] == [s["sentence_id"] for s in data["sentences"][3:6]]


ROW_HEADING = re.compile(r'<th scope="row"><a href="([^"]+)">([^<]*)</a></th>')


@pytest.mark.parametrize("filters", ["", "category=ceasefire", "lang=en"])
async def test_a_holder_and_stance_row_heading_opens_its_positions(demo_db, filters):
    """The heading of a row such as "UA · reject" opened labeled_sentences filtered on labels.stance, one
    stance a label: Russia rejecting Ukraine's call for a truce came up under UA · reject. It opens the
    sentences where that holder takes that stance, as the row counts them."""
    ds = make_ds(demo_db)
    data = (await ds.client.get(f"/demo/-/demands.json?by=actor_stance&{filters}")).json()
    totals = {r["label"]: r["total"] for r in data["rows"]}
    html = (await ds.client.get(f"/demo/-/demands?by=actor_stance&{filters}")).text
    headings = [(unescape(label), href) for href, label in ROW_HEADING.findall(CHART_SECTION.sub("", html))]
    assert len(headings) == len(data["rows"])
    assert 'class="demands-note demands-legend"' in html and "<abbr title=\"Ukraine\">UA</abbr> Ukraine" in html
    # a user trial read RU · reject under neutrality as Russia against neutrality: the legend says what a stance is toward
    assert "A stance is taken toward the measure the sentence names" in html
    for label, href in headings:
        assert "/-/demands/sentences" in href, (label, href)
        assert await rows_behind(ds, href) == totals[label], (label, href)
        if label == "(none)":
            continue
        holder, stance = label.split(" · ")
        parts = urlsplit(unescape(href))
        listed = (await ds.client.get(parts.path + ".json?" + parts.query)).json()["sentences"]
        for s in listed:
            assert sql(demo_db, "select count(*) from positions where sentence_id = ? and holder = ? and stance = ?",
                       [s["sentence_id"], holder, stance])[0][0], (label, s["text"])


async def test_the_sentences_and_document_pages_explain_their_highlights(demo_db):
    ds = make_ds(demo_db)
    listed = await ds.client.get("/demo/-/demands/sentences?category=ceasefire")
    document = await ds.client.get(_first_document_href(listed.text))
    for response in (listed, document):
        assert response.status_code == 200
        legend, after = response.text.split('class="demands-note demands-legend demands-highlights">', 1)[1].split("</p>", 1)
        if response is listed:
            # each mark of the key is one the sentences below carry, the category's colour included
            for mark in ('<mark class="demand-evidence cat-ceasefire">', '<mark class="demand-holder">',
                         '<mark class="demand-cue">'):
                assert mark in legend, mark
                assert mark.rstrip(">") in after, mark
        else:
            # the document page's chips carry the colours; the key points at them
            assert "in the colour of its chip" in legend and '<mark class="demand-evidence' not in legend
            assert '<mark class="demand-evidence cat-' in after


async def test_the_sentences_key_and_chips_colour_every_category_as_its_words_are(demo_db):
    """A reader of several categories at once sees which colour is which: the key lists each category whose words
    are highlighted, in that colour, and each sentence's category chip is painted the same."""
    ds = make_ds(demo_db)
    page = (await ds.client.get("/demo/-/demands/sentences")).text
    legend, after = page.split('class="demands-note demands-legend demands-highlights">', 1)[1].split("</p>", 1)
    keyed = set(re.findall(r'<mark class="demand-evidence cat-([\w-]+)">([\w -]+)</mark>', legend))
    assert len(keyed) >= 3 and all(slug == name for slug, name in keyed)
    painted = set(re.findall(r'<mark class="demand-evidence[^"]*? cat-([\w-]+)', after))
    assert painted == {slug for slug, _ in keyed}
    chips = re.findall(r'<span class="demand-chip cat-([\w-]+)">([^<]+)</span>', after)
    assert chips and all(slug == name for slug, name in chips)
    assert '<span class="demand-chip">' not in after
    # a reader who may not see the rules' matches gets no key for words that are not highlighted
    assert "hover for the rule" in legend


def _first_document_href(html: str) -> str:
    hrefs = [part.split('"', 1)[0] for part in html.split('href="')[1:]]
    return next(unescape(h).split("#")[0] for h in hrefs if "/-/demands/document/" in h)


async def test_the_sentences_behind_a_holder_row_carry_every_position_in_page_json_and_csv(demo_db):
    """A journalist opening "RU · reject" and exporting it can tell Russia's rejection from Ukraine's demand: every
    sentence lists its positions (of the categories asked for) and its cited source, in the JSON, the CSV and the page."""
    ds = make_ds(demo_db)
    query = "by=actor_stance&category=ceasefire&row=RU+%C2%B7+reject"
    listed = (await ds.client.get("/demo/-/demands/sentences.json?" + query)).json()
    assert listed["count"] == len(listed["sentences"]) > 0
    stored = {(sid, holder, stance) for sid, holder, stance in sql(
        demo_db, "select sentence_id, holder, stance from positions where category = 'ceasefire'")}
    for s in listed["sentences"]:
        assert {"category": "ceasefire", "holder": "RU", "stance": "reject"} in s["positions"]
        assert {(s["sentence_id"], p["holder"], p["stance"]) for p in s["positions"]} == {
            k for k in stored if k[0] == s["sentence_id"]}
        assert all(p["category"] == "ceasefire" for p in s["positions"])
    # the sentence "Russia rejected Ukraine's proposal for a ceasefire" holds both
    assert any({("UA", "demand"), ("RU", "reject")} <= {(p["holder"], p["stance"]) for p in s["positions"]}
               for s in listed["sentences"])
    rows = list(csv.reader(io.StringIO((await ds.client.get("/demo/-/demands/sentences.csv?" + query)).text)))
    header = rows[0]
    assert header[-4:] == ["url", "positions", "cited_source", "cited_sources"]
    by_id = {int(r[header.index("sentence_id")]): r for r in rows[1:]}
    for s in listed["sentences"]:
        assert "ceasefire: RU reject" in by_id[s["sentence_id"]][header.index("positions")]
        assert by_id[s["sentence_id"]][header.index("cited_source")] == (s["cited_source"] or "")
        assert by_id[s["sentence_id"]][header.index("cited_sources")] == "; ".join(s["cited_sources"])
    page = (await ds.client.get("/demo/-/demands/sentences?" + query)).text
    assert page.count('<span class="demand-position stance-reject">RU reject') == len(listed["sentences"])


async def test_the_sentences_list_of_a_database_made_before_positions_lists_none(demo_db, tmp_path):
    """A database of schema 3 (no positions), opened as it is: the list still answers, each sentence with no
    positions and its cited source, rather than an error."""
    import shutil
    import sqlite3

    old = tmp_path / "old.db"
    shutil.copy(demo_db, old)
    conn = sqlite3.connect(old)
    conn.execute("drop table positions")
    conn.execute("alter table labels drop column positions")
    conn.execute("alter table labeled_sentences drop column positions")
    conn.commit()
    conn.close()
    response = await make_ds(old).client.get("/old/-/demands/sentences.json?category=ceasefire")
    assert response.status_code == 200
    listed = response.json()["sentences"]
    assert listed and all(s["positions"] == [] and "cited_source" in s for s in listed)
    cited = dict(sql(old, "select sentence_id, cited_source from labels where category = 'ceasefire'"))
    assert [s["cited_source"] for s in listed] == [cited[s["sentence_id"]] for s in listed]


async def test_the_sentences_behind_an_outlet_row_list_every_source_they_cite(demo_db, tmp_path):
    """A reader opening the demo's "Sky News" row by outlet sees the sentence that cites it with every source it
    cites, Reuters first, in the JSON and the CSV; a database of schema 9 (the first source only) lists that one."""
    import shutil
    import sqlite3

    ds = make_ds(demo_db)
    query = "by=outlet&row=Sky+News"
    listed = (await ds.client.get("/demo/-/demands/sentences.json?" + query)).json()["sentences"]
    assert len(listed) == 1 and listed[0]["cited_sources"][:2] == ["Reuters", "Sky News"]
    stored = sql(demo_db, "select distinct cited_sources from labels where sentence_id = ?", [listed[0]["sentence_id"]])
    assert [json.loads(v) for (v,) in stored] == [listed[0]["cited_sources"]]
    assert listed[0]["cited_source"] == "Reuters"
    rows = list(csv.reader(io.StringIO((await ds.client.get("/demo/-/demands/sentences.csv?" + query)).text)))
    assert [r[rows[0].index("cited_sources")] for r in rows[1:]] == ["; ".join(listed[0]["cited_sources"])]
    old = tmp_path / "old.db"
    shutil.copy(demo_db, old)
    conn = sqlite3.connect(old)
    for table in ("labels", "labeled_sentences"):
        conn.execute(f"alter table {table} drop column cited_sources")
    conn.commit()
    conn.close()
    listed = (await make_ds(old).client.get("/old/-/demands/sentences.json?by=source")).json()["sentences"]
    firsts = {s["sentence_id"]: s["cited_source"] for s in listed}
    assert listed and all(s["cited_sources"] == ([firsts[s["sentence_id"]]] if firsts[s["sentence_id"]] else [])
                          for s in listed)
    assert any(s["cited_sources"] for s in listed)
