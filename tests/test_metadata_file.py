"""metadata.yml, which the README says "holds the titles and descriptions of every table and column":
every table and column of a database `build` makes has one, and Datasette shows them on both lines."""

import re
import sqlite3

import pytest
import yaml

from conftest import ROOT, copy_db, make_ds, start_datasette

METADATA = ROOT / "metadata.yml"


def demo_tables():
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["demo"]["tables"]


def built_tables(db_path):
    """The tables and views of a built database that a user sees (full-text shadow tables left out)."""
    conn = sqlite3.connect(db_path)
    try:
        names = [n for (n,) in conn.execute("select name from sqlite_master where type in ('table', 'view') "
                                            "and name not like '%fts%' order by name")]
        return {n: [c for (c,) in conn.execute("select name from pragma_table_info(?)", [n])] for n in names}
    finally:
        conn.close()


def test_every_table_and_column_of_a_built_database_is_described(demo_db):
    described = demo_tables()
    missing = []
    for table, columns in built_tables(demo_db).items():
        meta = described.get(table) or {}
        if not (meta.get("title") and meta.get("description")):
            missing.append(table)
        missing += [f"{table}.{c}" for c in columns if not (meta.get("columns") or {}).get(c)]
    assert missing == []


def test_described_columns_exist(demo_db):
    """No description of a column that the database does not have (a renamed or dropped one)."""
    built = built_tables(demo_db)
    stale = [f"{t}.{c}" for t, meta in demo_tables().items() for c in (meta.get("columns") or {})
             if c not in built.get(t, [])]
    assert stale == []


@pytest.mark.asyncio
async def test_datasette_shows_the_positions_table_description(demo_db):
    ds = make_ds(demo_db, metadata=yaml.safe_load(METADATA.read_text(encoding="utf-8")))
    html = (await ds.client.get("/demo/positions")).text
    assert "One row per sentence, category, holder and stance" in html


@pytest.mark.asyncio
async def test_the_home_page_links_to_the_demand_matrices(demo_db):
    """A user trial found the home page naming /-/demands as plain text, with no way in but the menu."""
    ds = make_ds(demo_db, metadata=yaml.safe_load(METADATA.read_text(encoding="utf-8")))
    home = (await ds.client.get("/")).text
    links = re.findall(r'<a href="([^"]*)">demand matrix</a>', home)
    assert links == ["-/demands"]
    matrices = await ds.client.get("/" + links[0])  # the link read from the home page at /
    assert matrices.status_code == 200
    assert 'href="/demo/-/demands"' in matrices.text


def canned_queries():
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["demo"]["queries"]


# What a reader types in a search box: nothing yet, a hyphenated word, an apostrophe, a stray quote.
# Also what holds no word at all (spaces, a lone quote): no rows, not an SQL error.
SEARCH_BOXES = ["", "cease-fire", "Kyiv's", '"ceasefire', "ceasefire", "ceasefire OR", 'a "quote', "Black-Sea",
                " ", '"', '""', "\u00a0"]


@pytest.mark.asyncio
@pytest.mark.parametrize("query", sorted(canned_queries()))
async def test_every_canned_query_answers_whatever_is_typed_in_its_boxes(demo_db, query):
    """Each canned query of metadata.yml opens without an error, empty or with awkward input in its
    boxes (on 1.0 the queries come from the configuration file: the demo passes metadata.yml as both)."""
    from datasette_demands.web.compat import IS_1X

    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    ds = await start_datasette(make_ds(demo_db, metadata=meta, **({"config": meta} if IS_1X else {})))
    sql = canned_queries()[query]["sql"]
    params = sorted(set(re.findall(r":(\w+)", sql)))
    for typed in SEARCH_BOXES:
        response = await ds.client.get(f"/demo/{query}.json", params={p: typed for p in params} | {"_shape": "array"})
        assert response.status_code == 200, (query, typed, response.text[:300])
        assert isinstance(response.json(), list)


@pytest.mark.asyncio
async def test_the_search_query_finds_what_the_table_search_finds(demo_db):
    from datasette_demands.web.compat import IS_1X

    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    ds = await start_datasette(make_ds(demo_db, metadata=meta, **({"config": meta} if IS_1X else {})))
    found = (await ds.client.get("/demo/search_labeled_sentences.json",
                                 params={"q": "ceasefire", "category": "", "_shape": "array"})).json()
    conn = sqlite3.connect(demo_db)
    expected = conn.execute("select count(*) from labeled_sentences where sentence_id in "
                            "(select rowid from sentences_fts where sentences_fts match 'ceasefire')").fetchone()[0]
    conn.close()
    assert expected > 0 and len(found) == expected


# Own sentences, one a paragraph; each reports a ceasefire, so each is a row of labeled_sentences.
SEARCH_ARTICLE = """Moscow demanded a ceasefire along the Black Sea coast before any talks on grain shipments.

Kyiv said a ceasefire or a truce must come first, and called the offer a "quote" from old drafts.

The Black-Sea fleet question was left for later, the negotiators said, without any ceasefire.

Ankara proposed a ceasefire at sea only.
"""


@pytest.mark.asyncio
@pytest.mark.parametrize("typed, expected", [
    # OR, NOT and quotes are words like any other (in FTS5 syntax "ceasefire OR" is an error)
    ("ceasefire OR", ["Kyiv said"]),
    ('a "quote', ["Kyiv said"]),
    # a hyphen joins words (in FTS5 syntax it would be a column filter or an error); "sea" alone is not enough
    ("Black-Sea", ["Moscow demanded", "The Black-Sea"]),
    ("ceasefire", ["Ankara proposed", "Kyiv said", "Moscow demanded", "The Black-Sea"]),
    ("ceasefire NOT truce", []),
    (" ", []),
    ('"', []),
])
async def test_the_search_query_searches_what_is_typed_as_plain_words(tmp_path, typed, expected):
    """The search box's words are searched as words: every one must occur (a hyphenated pair as a
    phrase); none of them is FTS5 syntax, and input with no word at all finds nothing."""
    from datasette_demands.corpus.pipeline import build
    from datasette_demands.rulebook.load import load_rulebook
    from datasette_demands.web.compat import IS_1X

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "talks.txt").write_text(SEARCH_ARTICLE, encoding="utf-8")
    db_path = tmp_path / "demo.db"
    assert not build(db_path, [tmp_path / "in"], load_rulebook(None)).problems
    assert sqlite3.connect(db_path).execute("select count(*) from labeled_sentences").fetchone()[0] == 4
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    ds = await start_datasette(make_ds(db_path, metadata=meta, **({"config": meta} if IS_1X else {})))
    response = await ds.client.get("/demo/search_labeled_sentences.json",
                                   params={"q": typed, "category": "", "_shape": "array"})
    assert response.status_code == 200, response.text[:300]
    assert sorted(" ".join(row["text"].split()[:2]) for row in response.json()) == expected


@pytest.mark.asyncio
async def test_a_database_of_another_name_gets_no_link_or_path_of_the_demo(demo_db, tmp_path):
    """A user's own database (news.db) served with metadata.yml whose `demo` key is renamed, as the README
    says: its database, table and query pages describe it without naming the demo database, and the
    actions menus lead to its own pages."""
    from datasette_demands.web.compat import IS_1X

    news = copy_db(demo_db, tmp_path / "news.db")
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    meta["databases"] = {"news": meta["databases"]["demo"]}
    ds = await start_datasette(make_ds(news, metadata=meta, **({"config": meta} if IS_1X else {})))
    paths = ["/news", *(f"/news/{t}" for t in meta["databases"]["news"]["tables"]),
             *(f"/news/{q}" for q in meta["databases"]["news"]["queries"])]
    named = {}
    for path in paths:
        page = (await ds.client.get(path)).text
        if re.search(r"/demo\b", page):
            named[path] = re.findall(r".{0,60}/demo\b.{0,20}", page)
    assert named == {}
    rules_page = (await ds.client.get("/news/rules")).text
    assert "See also the rules page" in rules_page and 'href="/news/-/demands/rules"' in rules_page
    assert 'href="/news/-/demands"' in (await ds.client.get("/news")).text
    # nor does any description, title or query of the file, shown or not
    assert re.findall(r"/demo\b", yaml.safe_dump(meta["databases"])) == []
