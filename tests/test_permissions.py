"""Every page of the plugin checks that the actor may see the instance, the database and each
table it reads; a private database is neither shown nor counted for an actor who may not see it."""

import pytest

from conftest import actor_cookies, make_ds, sql

pytestmark = pytest.mark.asyncio

ADMIN = {"id": "admin"}
OTHER = {"id": "other"}
ANON = None

# metadata (Datasette 1.0 moves "allow" blocks from metadata into its configuration itself)
CONFIGS = {
    "private_db": {"databases": {"private": {"allow": {"id": "admin"}}}},
    "private_matches": {"databases": {"demo": {"tables": {"matches": {"allow": {"id": "admin"}}}}}},
    "private_labels": {"databases": {"demo": {"tables": {"labels": {"allow": {"id": "admin"}}}}}},
    "private_instance": {"allow": {"id": "admin"}},
}

PAGES = {
    "matrix": "/{db}/-/demands",
    "matrix_json": "/{db}/-/demands.json",
    "matrix_csv": "/{db}/-/demands.csv?by=document",
    "document": "/{db}/-/demands/document/{doc}",
    "rules": "/{db}/-/demands/rules",
    "rule_sentences": "/{db}/-/demands/rules?rule={rule}",
    "sentences": "/{db}/-/demands/sentences?row=TASS",
    "sentences_json": "/{db}/-/demands/sentences.json",
}

CASES = []
# a private database: only admin sees any page of it; everyone sees the public one
for page in PAGES:
    for actor, status in ((ADMIN, 200), (OTHER, 403), (ANON, 403)):
        CASES.append(("private_db", PAGES[page].replace("{db}", "private"), actor, status))
    CASES.append(("private_db", PAGES[page].replace("{db}", "demo"), ANON, 200))
# a private table: pages that read it are denied, the others still work
for page, reads_matches in (("matrix", False), ("matrix_json", False), ("document", True), ("rules", False),
                            ("rule_sentences", True)):
    CASES.append(("private_matches", PAGES[page].replace("{db}", "demo"), ANON, 403 if reads_matches else 200))
    CASES.append(("private_matches", PAGES[page].replace("{db}", "demo"), ADMIN, 200))
for page, status in (("matrix", 403), ("matrix_csv", 403), ("document", 403), ("rules", 200)):
    CASES.append(("private_labels", PAGES[page].replace("{db}", "demo"), OTHER, status))
# a private instance: nothing for anybody but admin
for path in ("/-/demands", "/-/demands.json", *(p.replace("{db}", "demo") for p in PAGES.values())):
    CASES.append(("private_instance", path, ANON, 403))
    CASES.append(("private_instance", path, ADMIN, 200))


@pytest.fixture(scope="module")
def paths(demo_db, private_db):
    return demo_db, private_db


@pytest.fixture(scope="module")
def names(demo_db):
    """A labeled document and the rule with most hits, to fill the page paths."""
    doc = sql(demo_db, "select document_id from labels group by document_id order by count(*) desc limit 1")[0][0]
    rule = sql(demo_db, "select id from rules where hits > 0 order by hits desc, id limit 1")[0][0]
    return {"doc": doc, "rule": rule}


@pytest.mark.parametrize("config, path, actor, status", CASES,
                         ids=[f"{c}-{p}-{(a or {}).get('id', 'anon')}" for c, p, a, _ in CASES])
async def test_page_permissions(paths, names, config, path, actor, status):
    ds = make_ds(*paths, metadata=CONFIGS[config])
    path = path.replace("{doc}", names["doc"]).replace("{rule}", names["rule"])
    r = await ds.client.get(path, cookies=actor_cookies(ds, actor))
    assert r.status_code == status, r.text[:300]
    if status == 403:
        assert "ceasefire" not in r.text.lower()  # no data leaks into the error page


@pytest.mark.parametrize("actor, visible", [(ADMIN, ["demo", "private"]), (OTHER, ["demo"]), (ANON, ["demo"])])
async def test_private_database_is_neither_shown_nor_counted(paths, actor, visible):
    ds = make_ds(*paths, metadata=CONFIGS["private_db"])
    cookies = actor_cookies(ds, actor)
    data = (await ds.client.get("/-/demands.json", cookies=cookies)).json()
    assert [d["name"] for d in data["databases"]] == visible
    demo_docs = sql(paths[0], "select count(*) from documents")[0][0]
    assert all(d["documents"] == demo_docs for d in data["databases"])
    html = (await ds.client.get("/-/demands", cookies=cookies)).text
    assert ("/private/-/demands" in html) == ("private" in visible)
    # navigation links follow the same rule
    home = (await ds.client.get("/", cookies=cookies)).text
    assert 'href="/-/demands"' in home
    db_page = await ds.client.get("/private", cookies=cookies)
    if "private" in visible:
        assert 'href="/private/-/demands"' in db_page.text
    else:
        assert db_page.status_code == 403 and "/private/-/demands" not in db_page.text


async def test_navigation_hidden_from_actors_who_cannot_see_the_tables(demo_db):
    ds = make_ds(demo_db, metadata=CONFIGS["private_labels"])
    for actor, shown in ((OTHER, False), (ADMIN, True)):
        html = (await ds.client.get("/demo", cookies=actor_cookies(ds, actor))).text
        assert ('href="/demo/-/demands"' in html) == shown


async def test_private_instance_hides_menu_link(demo_db):
    ds = make_ds(demo_db, metadata=CONFIGS["private_instance"])
    from datasette_demands.web.views import instance_links
    await ds.invoke_startup()
    assert await instance_links(ds, ANON) == []
    assert [link["href"] for link in await instance_links(ds, ADMIN)] == ["/-/demands"]
