"""The demand matrix page /<db>/-/demands(.json|.csv), its filters, links, validation and SQL view."""

import csv
import io
import json
import re
from html import unescape
from urllib.parse import parse_qsl, urlsplit

import pytest

from conftest import HOSTILE_MARKERS, copy_db, make_ds, sql

pytestmark = pytest.mark.asyncio


def expected_cells(db_path, where="", params=()):
    rows = sql(db_path, f"""
        select documents.source, labels.category, count(distinct labels.sentence_id)
        from labels join sentences on sentences.id = labels.sentence_id
        join documents on documents.id = labels.document_id {where}
        group by 1, 2""", params)
    return {(s, c): n for s, c, n in rows}


async def test_matrix_json_counts_match_the_database(demo_db):
    ds = make_ds(demo_db)
    r = await ds.client.get("/demo/-/demands.json")
    assert r.status_code == 200
    data = r.json()
    categories = [c for (c,) in sql(demo_db, "select name from categories order by name")]
    assert data["categories"] == categories and len(categories) >= 5
    expected = expected_cells(demo_db)
    assert expected, "the seed build labeled nothing"
    got = {(row["key"], c): n for row in data["rows"] for c, n in row["counts"].items() if n}
    assert got == expected
    # totals are distinct sentences, per row, per column and overall
    for row in data["rows"]:
        (n,) = sql(demo_db, "select count(distinct l.sentence_id) from labels l join documents d "
                            "on d.id = l.document_id where d.source = ?", [row["key"]])[0]
        assert row["total"] == n
        (all_n,) = sql(demo_db, "select count(*) from sentences s join documents d on d.id = s.document_id "
                                "where d.source = ?", [row["key"]])[0]
        assert row["sentences"] == all_n
    for c in categories:
        assert data["column_totals"][c] == sql(
            demo_db, "select count(distinct sentence_id) from labels where category = ?", [c])[0][0]
    assert data["total"] == sql(demo_db, "select count(distinct sentence_id) from labels")[0][0]
    # sorted by total, largest first
    totals = [row["total"] for row in data["rows"]]
    assert totals == sorted(totals, reverse=True)


@pytest.mark.parametrize("by, key_sql", [
    ("document", "documents.id"),
    ("lang", "sentences.lang"),
    ("month", "substr(documents.published, 1, 7)"),
])
async def test_other_dimensions(demo_db, by, key_sql):
    ds = make_ds(demo_db)
    data = (await ds.client.get(f"/demo/-/demands.json?by={by}")).json()
    assert data["dimension"] == by
    rows = sql(demo_db, f"""select {key_sql}, labels.category, count(distinct labels.sentence_id)
        from labels join sentences on sentences.id = labels.sentence_id
        join documents on documents.id = labels.document_id group by 1, 2""")
    assert {(k, c): n for k, c, n in rows} == {
        (row["key"], c): n for row in data["rows"] for c, n in row["counts"].items() if n}


async def test_date_and_language_filters(demo_db):
    ds = make_ds(demo_db)
    data = (await ds.client.get("/demo/-/demands.json?from=2025-05-17&to=2025-06-30")).json()
    expected = expected_cells(demo_db, "where documents.published >= '2025-05-17' and documents.published <= '2025-06-30'")
    assert expected and expected != expected_cells(demo_db)
    assert {(r["key"], c): n for r in data["rows"] for c, n in r["counts"].items() if n} == expected
    data = (await ds.client.get("/demo/-/demands.json?to=2025-05-16")).json()
    assert {(r["key"], c): n for r in data["rows"] for c, n in r["counts"].items() if n} == \
        expected_cells(demo_db, "where documents.published <= '2025-05-16'")
    data = (await ds.client.get("/demo/-/demands.json?lang=it&by=lang")).json()
    assert [r["key"] for r in data["rows"]] == ["it"]
    assert data["total"] == sql(demo_db, "select count(distinct l.sentence_id) from labels l join sentences s "
                                         "on s.id = l.sentence_id where s.lang = 'it'")[0][0]
    data = (await ds.client.get("/demo/-/demands.json?category=territory&category=ceasefire")).json()
    assert data["categories"] == ["ceasefire", "territory"]


async def test_csv_matches_json(demo_db):
    ds = make_ds(demo_db)
    data = (await ds.client.get("/demo/-/demands.json")).json()
    r = await ds.client.get("/demo/-/demands.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(r.text)))
    assert lines[0] == ["source", *data["categories"], "total", "sentences"]
    assert [x[0] for x in lines[1:-1]] == [row["key"] for row in data["rows"]]
    # the "Sentences" column (every sentence of the row, labelled or not) is in the CSV as in the JSON
    assert [int(x[-1]) for x in lines[1:-1]] == [row["sentences"] for row in data["rows"]]
    assert lines[-1] == ["total", *(str(data["column_totals"][c]) for c in data["categories"]), str(data["total"]),
                         str(data["sentences_total"])]


@pytest.mark.parametrize("by", ["source", "document", "lang", "month", "actor", "outlet"])
async def test_csv_has_the_sentences_column_where_the_json_has_it(demo_db, by):
    ds = make_ds(demo_db)
    data = (await ds.client.get(f"/demo/-/demands.json?by={by}")).json()
    lines = list(csv.reader(io.StringIO((await ds.client.get(f"/demo/-/demands.csv?by={by}")).text)))
    has = all("sentences" in row for row in data["rows"])
    assert ("sentences" in lines[0]) == has == ("sentences_total" in data)
    if has:
        col = lines[0].index("sentences")
        assert [int(x[col]) for x in lines[1:-1]] == [row["sentences"] for row in data["rows"]]
        assert int(lines[-1][col]) == data["sentences_total"]


async def test_a_csv_cut_by_limit_says_so_in_its_last_row(demo_db):
    """?limit=2 gave two rows and the total row, nothing telling a spreadsheet user rows were left out
    (the JSON says "truncated": true): a last row says how many and where all of them are."""
    ds = make_ds(demo_db)
    data = (await ds.client.get("/demo/-/demands.json?limit=2")).json()
    assert data["truncated"] and data["row_count"] > 2
    lines = list(csv.reader(io.StringIO((await ds.client.get("/demo/-/demands.csv?limit=2&lang=en")).text)))
    full = list(csv.reader(io.StringIO((await ds.client.get("/demo/-/demands.csv?lang=en")).text)))
    assert len({len(line) for line in lines}) == 1  # still a rectangle: every row as wide as the header
    assert lines[:3] == full[:3] and lines[3] == full[-1]  # two rows, then the total of every row
    note = lines[-1][0]
    assert len(lines) == 5 and not any(lines[-1][1:])
    left_out = len(full) - 2 - 2
    assert f"rows left out: {left_out} of {left_out + 2} rows" in note
    all_rows = note.rsplit("All rows: ", 1)[1].rstrip(")")
    assert "limit" not in all_rows and "lang=en" in all_rows
    assert list(csv.reader(io.StringIO((await ds.client.get(all_rows.replace("http://localhost", ""))).text))) == full
    # nothing cut, no note
    assert not any("rows left out" in line[0] for line in full)


async def test_html_matrix_cells_link_to_the_sentences_they_count(demo_db):
    ds = make_ds(demo_db)
    r = await ds.client.get("/demo/-/demands?from=2025-05-01&lang=en")
    assert r.status_code == 200
    links = re.findall(r'<a class="demand-cell" href="([^"]+)"[^>]*>(\d+)</a>', r.text)
    assert len(links) >= 5
    assert 'class="num shade-5"' in r.text  # the largest cell is darkest
    for href, n in sorted(links, key=lambda x: -int(x[1]))[:4]:
        url = unescape(href)
        path, query = urlsplit(url).path, urlsplit(url).query
        assert path == "/demo/labeled_sentences"
        args = dict(parse_qsl(query))
        assert args["lang"] == "en" and args["published__gte"] == "2025-05-01" and "category" in args
        rows = (await ds.client.get(path + ".json?_shape=array&_size=max&" + query)).json()
        assert len({row["sentence_id"] for row in rows}) == int(n)
        assert {row["category"] for row in rows} == {args["category"]}


async def test_document_rows_link_to_document_pages(demo_db):
    ds = make_ds(demo_db)
    r = await ds.client.get("/demo/-/demands?by=document")
    doc_ids = [d for (d,) in sql(demo_db, "select id from documents")]
    for doc_id in doc_ids:
        assert f'href="/demo/-/demands/document/{doc_id}"' in r.text
    r2 = await ds.client.get(f"/demo/-/demands/document/{doc_ids[0]}")
    assert r2.status_code == 200


@pytest.mark.parametrize("query, fragment", [
    ("by=bogus", "Unknown dimension 'bogus'"),
    ("category=bogus", "Unknown category 'bogus'"),
    ("lang=xx", "Unknown language 'xx'"),
    ("lang=%27%20or%201%3D1--", "Unknown language"),
    ("from=yesterday", "must be a date"),
    ("from=2025-02-30", "not a valid date"),
    ("from=2025-06-01&to=2025-05-01", "is after"),
    ("limit=0", "limit"),
    ("limit=abc", "limit"),
    ("sort=bogus", "Unknown sort"),
    ("by=source&by=lang", "given 2 times"),
    ("foo=1", "Unknown parameter"),
])
async def test_bad_parameters_give_400_with_a_message(demo_db, query, fragment):
    ds = make_ds(demo_db)
    for suffix in ("", ".json", ".csv"):
        r = await ds.client.get(f"/demo/-/demands{suffix}?{query}")
        assert r.status_code == 400, suffix
        body = r.json()["error"] if suffix == ".json" else unescape(r.text)
        assert fragment in body, suffix
        assert "Traceback" not in r.text and "sqlite3" not in r.text


async def test_limit_truncates_rows(demo_db):
    ds = make_ds(demo_db)
    data = (await ds.client.get("/demo/-/demands.json?by=document&limit=2")).json()
    assert len(data["rows"]) == 2 and data["truncated"] and data["row_count"] == len(sql(demo_db, "select id from documents"))
    html = (await ds.client.get("/demo/-/demands?by=document&limit=2")).text
    assert "Showing 2 of" in html


async def test_actor_dimensions_appear_when_labels_carry_actors(demo_db, tmp_path):
    db_path = copy_db(demo_db, tmp_path / "demo.db")
    sids = [s for (s,) in sql(db_path, "select sentence_id from labels order by sentence_id limit 4")]
    import sqlite3
    with sqlite3.connect(db_path) as conn:  # labels and their copy in labeled_sentences, as the store keeps them
        for table in ("labels", "labeled_sentences"):
            conn.execute(f"update {table} set actors = '[]', stance = null")
    conn.close()
    ds = make_ds(db_path)
    assert "actor" not in (await ds.client.get("/demo/-/demands.json")).json()["dimensions"]
    r = await ds.client.get("/demo/-/demands.json?by=actor")
    assert r.status_code == 400 and "no data" in r.json()["error"]
    with sqlite3.connect(db_path) as conn:
        for table in ("labels", "labeled_sentences"):
            conn.execute(f"update {table} set actors = '[\"RU\", \"UA\"]', stance = 'demand' where sentence_id = ?",
                         [sids[0]])
            conn.execute(f"update {table} set actors = '[\"RU\"]', stance = 'reject' where sentence_id = ?", [sids[1]])
    conn.close()
    ds = make_ds(db_path)
    data = (await ds.client.get("/demo/-/demands.json?by=actor")).json()
    assert "actor" in data["dimensions"] and "actor_stance" in data["dimensions"]
    rows = {r["key"]: r for r in data["rows"]}
    ru_expected = sql(db_path, "select count(distinct sentence_id) from labels, json_each(labels.actors) j "
                               "where j.value = 'RU'")[0][0]
    assert rows["RU"]["total"] == ru_expected == 2
    assert rows["UA"]["total"] == 1
    assert None in rows  # sentences with no actor
    data = (await ds.client.get("/demo/-/demands.json?by=actor_stance")).json()
    keys = {r["key"] for r in data["rows"]}
    assert {"RU · demand", "RU · reject", "UA · demand"} <= keys
    html = (await ds.client.get("/demo/-/demands?by=actor")).text
    assert "actors__arraycontains=RU" in html


@pytest.mark.parametrize("by, total, intro", [
    ("source", "Any demand", None),
    ("outlet", "Any demand", None),
    ("actor", "Any demand", "where the row's holder takes a position on it"),
    ("actor_stance", "Any category", "where the row's holder takes the row's stance"),
])
async def test_the_header_and_intro_speak_of_the_rows_shown(demo_db, by, total, intro):
    # a fresh user read "Any demand" over rows of rejections, and a holder-and-stance aside on the outlet view
    html = (await make_ds(demo_db).client.get(f"/demo/-/demands?by={by}")).text
    header = re.search(r'<th scope="col"><a href="[^"]*" title="[^"]*">([^<]+)</a></th>\s*(?:<th scope="col" title|</tr>)', html)
    assert header and header.group(1) == total
    assert f"counts once in “{total}”" in html
    paragraph = re.search(r'<p class="demands-intro">(.*?)<a ', html, re.S).group(1)
    paragraph = " ".join(paragraph.split())
    if intro:
        assert intro in paragraph
    else:
        assert "holder" not in paragraph


async def test_matrix_sql_view(demo_db):
    rows = sql(demo_db, "select source, category, sentences from demand_matrix")
    assert {(s, c): n for s, c, n in rows} == expected_cells(demo_db)
    from datasette_demands.corpus.store import ensure_matrix_view
    import sqlite3
    conn = sqlite3.connect(demo_db)
    ensure_matrix_view(conn)  # idempotent
    conn.close()
    ds = make_ds(demo_db)
    r = await ds.client.get("/demo/demand_matrix.json?_shape=array")
    assert r.status_code == 200 and len(r.json()) == len(rows)


async def test_instance_page_lists_demands_databases(demo_db, hostile_db):
    ds = make_ds(demo_db, hostile_db)
    data = (await ds.client.get("/-/demands.json")).json()
    names = [d["name"] for d in data["databases"]]
    assert names == ["demo", "hostile"]
    demo = data["databases"][0]
    assert demo["documents"] == sql(demo_db, "select count(*) from documents")[0][0]
    assert demo["labeled_sentences"] == sql(demo_db, "select count(distinct sentence_id) from labels")[0][0]
    html = (await ds.client.get("/-/demands")).text
    assert 'href="/demo/-/demands"' in html and 'href="/hostile/-/demands/rules"' in html


async def test_navigation_links_on_home_database_and_table_pages(demo_db):
    ds = make_ds(demo_db)
    home = (await ds.client.get("/")).text
    assert 'href="/-/demands"' in home
    db_page = (await ds.client.get("/demo")).text
    assert 'href="/demo/-/demands"' in db_page and 'href="/demo/-/demands/rules"' in db_page
    table_page = (await ds.client.get("/demo/documents")).text
    assert 'href="/demo/-/demands"' in table_page


@pytest.mark.parametrize("path", [
    "/-/demands", "/demo/-/demands", "/demo/-/demands?by=actor_stance", "/demo/-/demands/sentences?category=ceasefire",
    "/demo/-/demands/rules", "DOCUMENT",
])
async def test_every_plugin_page_footer_names_the_running_datasette(demo_db, path):
    # 0.65's render_template leaves datasette_version out of a plugin page's context: its footer read "Datasette v"
    from datasette.utils import tilde_encode
    from datasette.version import __version__

    if path == "DOCUMENT":
        path = "/demo/-/demands/document/" + tilde_encode(sql(demo_db, "select id from documents limit 1")[0][0])
    r = await make_ds(demo_db).client.get(path)
    assert r.status_code == 200
    assert f'title="Datasette v{__version__}"' in r.text


@pytest.mark.parametrize("path", [
    "/hostile/-/demands", "/hostile/-/demands?by=document", "/hostile/-/demands?by=actor",
    "/hostile/-/demands?by=actor_stance", "/-/demands",
])
async def test_hostile_values_are_escaped(hostile_db, path):
    ds = make_ds(hostile_db)
    r = await ds.client.get(path)
    assert r.status_code == 200
    for marker in HOSTILE_MARKERS + ("<script>x",):
        assert marker not in r.text, (marker, path)
    assert "&lt;script&gt;" in r.text or path == "/-/demands"


async def test_hostile_csv_cells_cannot_start_formulas(hostile_db, tmp_path):
    db_path = copy_db(hostile_db, tmp_path / "hostile.db")
    import sqlite3
    with sqlite3.connect(db_path) as conn:
        for table in ("documents", "labeled_sentences"):  # the source and its copy kept by the store
            conn.execute(f"update {table} set source = '=HYPERLINK(\"http://evil\")'")
    conn.close()
    ds = make_ds(db_path)
    lines = list(csv.reader(io.StringIO((await ds.client.get("/hostile/-/demands.csv")).text)))
    assert lines[1][0] == "'=HYPERLINK(\"http://evil\")"
    data = (await ds.client.get("/hostile/-/demands.json")).json()
    assert data["rows"][0]["key"] == '=HYPERLINK("http://evil")'  # JSON keeps the value as stored
    assert json.dumps(data)


async def test_a_query_over_the_time_limit_gives_503_with_a_message(demo_db, monkeypatch):
    from datasette.database import QueryInterrupted

    from datasette_demands.web import views

    async def too_slow(*args, **kwargs):
        raise QueryInterrupted(Exception("interrupted"), "select secret_sql", {})

    monkeypatch.setattr(views, "compute", too_slow)
    ds = make_ds(demo_db)
    for suffix in ("", ".json", ".csv"):
        r = await ds.client.get(f"/demo/-/demands{suffix}")
        assert r.status_code == 503
        assert "time limit" in r.text and "secret_sql" not in r.text


def _demo_without_document_langs(demo_db, tmp_path):
    """A copy of the demo database as built before the document_langs summary table existed."""
    import sqlite3

    db_path = copy_db(demo_db, tmp_path / "demo.db")
    with sqlite3.connect(db_path) as conn:
        conn.execute("drop table document_langs")
    conn.close()
    return db_path


@pytest.mark.parametrize("summary", [True, False], ids=["document_langs", "no-summary-table"])
@pytest.mark.parametrize("query", ["", "lang=en", "from=2025-05-17", "from=2025-05-17&to=2025-06-30&lang=en"])
@pytest.mark.parametrize("by, key_sql", [
    ("source", "documents.source"),
    ("document", "documents.id"),
    ("month", "substr(documents.published, 1, 7)"),
    ("lang", "sentences.lang"),
])
async def test_rows_count_labeled_and_all_sentences_under_filters(demo_db, tmp_path, summary, query, by, key_sql):
    db_path = demo_db if summary else _demo_without_document_langs(demo_db, tmp_path)
    args = dict(parse_qsl(query))
    where, params = [], []
    if "from" in args:
        where.append("documents.published >= ?")
        params.append(args["from"])
    if "to" in args:
        where.append("substr(documents.published, 1, 10) <= ?")
        params.append(args["to"])
    if "lang" in args:
        where.append("sentences.lang = ?")
        params.append(args["lang"])
    cond = (" where " + " and ".join(where)) if where else ""
    base = "from sentences join documents on documents.id = sentences.document_id"
    all_sentences = dict(sql(db_path, f"select {key_sql}, count(*) {base}{cond} group by 1", params))
    labeled = sql(db_path, f"select {key_sql}, labels.category, count(distinct labels.sentence_id) from labels "
                           f"join {base.removeprefix('from ')} and sentences.id = labels.sentence_id{cond} group by 1, 2",
                  params)
    row_totals = dict(sql(db_path, f"select {key_sql}, count(distinct labels.sentence_id) from labels join "
                                   f"{base.removeprefix('from ')} and sentences.id = labels.sentence_id{cond} group by 1",
                          params))
    assert all_sentences and labeled
    ds = make_ds(db_path)
    data = (await ds.client.get(f"/demo/-/demands.json?by={by}&{query}")).json()
    assert {r["key"]: r["sentences"] for r in data["rows"]} == all_sentences
    assert {(r["key"], c): n for r in data["rows"] for c, n in r["counts"].items() if n} == \
        {(k, c): n for k, c, n in labeled}
    assert {r["key"]: r["total"] for r in data["rows"] if r["total"]} == row_totals
    assert data["total"] == sum(row_totals.values())


def _reference_actor_matrix(db_path, by, where="", params=()):
    """The actor matrix straight from labels, json_each and distinct counts; by actor and stance, from
    the positions (each holder with its own stance), labels without a position in the row None."""
    if by == "actor_stance":
        base = ("from labels join sentences on sentences.id = labels.sentence_id "
                "join documents on documents.id = labels.document_id "
                "left join positions p on p.sentence_id = labels.sentence_id and p.category = labels.category "
                f"{where}")
        key = "p.holder || ' · ' || p.stance"
        cells = {(k, c): n for k, c, n in sql(
            db_path, f"select {key}, labels.category, count(distinct labels.sentence_id) {base} group by 1, 2", params)}
        totals = dict(sql(db_path, f"select {key}, count(distinct labels.sentence_id) {base} group by 1", params))
        return cells, totals
    key = {"actor": "actor.value",
           "actor_stance": "actor.value || ' · ' || coalesce(nullif(labels.stance, ''), '?')"}[by]
    base = ("from labels join sentences on sentences.id = labels.sentence_id "
            "join documents on documents.id = labels.document_id "
            "left join json_each(case when json_valid(labels.actors) and json_type(labels.actors) = 'array' "
            f"then labels.actors else '[]' end) as actor {where}")
    cells = {(k, c): n for k, c, n in sql(
        db_path, f"select {key}, labels.category, count(distinct labels.sentence_id) {base} group by 1, 2", params)}
    totals = dict(sql(db_path, f"select {key}, count(distinct labels.sentence_id) {base} group by 1", params))
    return cells, totals


@pytest.mark.parametrize("by", ["actor", "actor_stance"])
async def test_actor_matrix_counts_each_sentence_once(demo_db, tmp_path, by):
    import sqlite3

    db_path = copy_db(demo_db, tmp_path / "demo.db")
    multi = [s for (s,) in sql(db_path, "select sentence_id from labels group by sentence_id having count(*) > 1")]
    assert len(multi) >= 3, "the seed build has too few sentences with several labels"
    odd = ['["RU", "RU", "UA"]', "not json", '{"RU": 1}', "[null, \"EU\"]"]
    with sqlite3.connect(db_path) as conn:  # odd actors, on one label of a multi-label sentence each
        for sid, actors in zip(multi, odd):
            for table in ("labels", "labeled_sentences"):
                conn.execute(f"update {table} set actors = ?, stance = '' where sentence_id = ? and category = "
                             f"(select min(category) from labels where sentence_id = ?)", [actors, sid, sid])
    conn.close()
    ds = make_ds(db_path)
    for query, where, params in [
        ("", "", ()),
        ("lang=en&from=2025-05-17", "where sentences.lang = 'en' and documents.published >= '2025-05-17'", ()),
        ("category=ceasefire&category=territory", "where labels.category in ('ceasefire', 'territory')", ()),
    ]:
        data = (await ds.client.get(f"/demo/-/demands.json?by={by}&{query}")).json()
        cells, totals = _reference_actor_matrix(db_path, by, where, params)
        assert cells and {(r["key"], c): n for r in data["rows"] for c, n in r["counts"].items() if n} == cells
        assert {r["key"]: r["total"] for r in data["rows"]} == totals
        distinct = sql(db_path, "select count(distinct labels.sentence_id) from labels join sentences on "
                                "sentences.id = labels.sentence_id join documents on documents.id = labels.document_id "
                                + where, params)[0][0]
        assert data["total"] == distinct < sum(totals.values())
        per_category = dict(sql(db_path, "select labels.category, count(distinct labels.sentence_id) from labels join "
                                         "sentences on sentences.id = labels.sentence_id join documents on "
                                         f"documents.id = labels.document_id {where} group by 1", params))
        assert {c: n for c, n in data["column_totals"].items() if n} == per_category


@pytest.mark.parametrize("by", ["document", "source", "lang", "actor"])
@pytest.mark.parametrize("sort", ["total", "name", "ceasefire", "territory"])
async def test_a_limited_matrix_is_the_start_of_the_whole_one(demo_db, by, sort):
    ds = make_ds(demo_db)
    whole = (await ds.client.get(f"/demo/-/demands.json?by={by}&sort={sort}")).json()
    assert whole["row_count"] == len(whole["rows"]) >= 2
    for limit in (1, 2, 3):
        part = (await ds.client.get(f"/demo/-/demands.json?by={by}&sort={sort}&limit={limit}")).json()
        assert part["rows"] == whole["rows"][:limit]
        assert part["row_count"] == whole["row_count"]
        assert (part["column_totals"], part["total"]) == (whole["column_totals"], whole["total"])


async def test_document_langs_follows_rewritten_and_relabelled_documents(tmp_path):
    """The store keeps document_langs (sentences per document and language) with the sentences."""
    from datasette_demands.corpus.ingest import Document
    from datasette_demands.labelling.segment import Sentence
    from datasette_demands.corpus.store import open_db, replace_all_labels, write_document

    db = open_db(tmp_path / "s.db")

    def doc_with(langs):
        sentences = [Sentence(seq=i + 1, start=i * 10, end=i * 10 + 9, text=f"sentence {i}", lang=lang)
                     for i, lang in enumerate(langs)]
        doc = Document(id="d1", text="x" * 10 * len(langs), path="d1.txt", source="S", published="2025-05-16")
        return doc, sentences

    def stored():
        return dict(((d, lang), n) for d, lang, n in db.execute(
            "select document_id, lang, sentences from document_langs").fetchall())

    def counted():
        return dict(((d, lang), n) for d, lang, n in db.execute(
            "select document_id, lang, count(*) from sentences group by 1, 2").fetchall())

    doc, sentences = doc_with(["en", "en", "de"])
    write_document(db, doc, "en", sentences, [[] for _ in sentences])
    assert stored() == counted() == {("d1", "en"): 2, ("d1", "de"): 1}
    doc, sentences = doc_with(["it", "en"])  # the document changed: its old rows go
    write_document(db, doc, "it", sentences, [[] for _ in sentences])
    assert stored() == counted() == {("d1", "it"): 1, ("d1", "en"): 1}
    replace_all_labels(db, [])  # relabel leaves the sentences, and so the summary, alone
    assert stored() == counted()
    db.conn.close()


@pytest.mark.parametrize("by", ["actor", "actor_stance", "outlet"])
async def test_the_row_none_is_named_in_json_and_csv_as_on_the_page(demo_db, by):
    """The page calls the sentences without a holder (or cited outlet) "(none)"; the JSON's label and the
    CSV's first column said "", a row without a name in a spreadsheet."""
    ds = make_ds(demo_db)
    rows = (await ds.client.get(f"/demo/-/demands.json?by={by}")).json()["rows"]
    [none] = [r for r in rows if r["key"] is None]
    assert none["label"] == "(none)"
    assert all(r["label"] not in ("", "(none)") for r in rows if r["key"] is not None)
    lines = list(csv.reader(io.StringIO((await ds.client.get(f"/demo/-/demands.csv?by={by}")).text)))
    by_name = {line[0]: line for line in lines[1:]}
    assert "" not in by_name
    assert by_name["(none)"][-1] == str(none["total"])
    assert "(none)" in unescape((await ds.client.get(f"/demo/-/demands?by={by}")).text)


async def test_the_form_chooses_categories_with_checkboxes_that_keep_the_choice(demo_db):
    ds = make_ds(demo_db)
    names = [r[0] for r in sql(demo_db, "select name from categories order by name")]
    page = (await ds.client.get("/demo/-/demands")).text
    boxes = re.findall(r'<input type="checkbox" name="category" value="([^"]+)"( checked)?>', page)
    assert [b[0] for b in boxes] == names and all(b[1] for b in boxes)  # no choice: every category
    chosen = names[:2]
    query = "&".join(f"category={c}" for c in chosen)
    page = (await ds.client.get(f"/demo/-/demands?{query}")).text
    boxes = dict(re.findall(r'<input type="checkbox" name="category" value="([^"]+)"( checked)?>', page))
    assert {c for c, on in boxes.items() if on} == set(chosen)
    data = (await ds.client.get(f"/demo/-/demands.json?{query}")).json()
    assert set(data["categories"]) == set(chosen)


async def test_the_filter_form_keeps_the_row_limit(demo_db):
    # Apply kept sort and chart but dropped limit: the page came back with every row
    ds = make_ds(demo_db)
    html = (await ds.client.get("/demo/-/demands?limit=2&sort=name")).text
    form = re.search(r'<form class="demands-filters".*?</form>', html, re.S).group(0)
    assert '<input type="hidden" name="limit" value="2">' in form and 'name="sort" value="name"' in form
    form = re.search(r'<form class="demands-filters".*?</form>', (await ds.client.get("/demo/-/demands")).text, re.S).group(0)
    assert 'name="limit"' not in form


@pytest.mark.parametrize("by", ["actor", "actor_stance", "outlet"])
@pytest.mark.parametrize("sort", ["total", "name", "ceasefire"])
async def test_the_row_none_comes_last_and_does_not_set_the_shading(demo_db, by, sort):
    """By outlet, "(none)" held 39 of the demo's 41 labelled sentences: sorted first, it pushed the
    outlets down and paled every one of their cells. It is what is left over: last, and unshaded."""
    ds = make_ds(demo_db)
    rows = (await ds.client.get(f"/demo/-/demands.json?by={by}&sort={sort}")).json()["rows"]
    assert [r["key"] for r in rows].index(None) == len(rows) - 1
    named = [n for r in rows[:-1] for n in r["counts"].values()]
    html = (await ds.client.get(f"/demo/-/demands?by={by}&sort={sort}")).text
    table = html[html.index('<table class="demands-matrix">'):]
    body = table[table.index("<tbody"):table.index("</tbody>")]
    trs = body.split("<tr")[1:]
    none_row = trs[-1]
    assert "(none)" in unescape(none_row) and 'shade-' in none_row
    assert set(re.findall(r"shade-(\d)", none_row)) == {"0"}
    darkest = re.findall(r'shade-5"><a class="demand-cell" href="[^"]*" data-category="[^"]*">(\d+)<', body)
    assert max(named) in {int(n) for n in darkest}  # the largest named cell sets the scale


async def test_a_limit_keeps_the_named_rows_the_row_none_would_have_displaced(demo_db):
    """With limit=1 by outlet, the one row shown is the outlet cited most, not "(none)" sorted last."""
    ds = make_ds(demo_db)
    every = (await ds.client.get("/demo/-/demands.json?by=outlet")).json()["rows"]
    named = [r for r in every if r["key"] is not None]
    assert len(named) >= 2
    data = (await ds.client.get("/demo/-/demands.json?by=outlet&limit=1")).json()
    assert data["truncated"] and [r["key"] for r in data["rows"]] == [named[0]["key"]]
    assert named[0]["total"] == max(r["total"] for r in named)
