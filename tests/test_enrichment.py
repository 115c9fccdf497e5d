"""The "Label demands" enrichment, driven through Datasette's test client as a user would run it.

A table of articles made with sqlite-utils; the actor opens the table's actions, picks the enrichment,
fills in the form (text, id, source, date and language columns), submits it, and waits for
datasette-enrichments' job to finish. Then the table has a `demands` column, the database has the
demands tables with the same labels `datasette demands build` gives the same articles, and the
matrix, document and rules pages show them. Running it again adds nothing; only actors allowed to
enrich and to write may run it.
"""

from __future__ import annotations

import asyncio
import html
import json
import sqlite3
import re
from importlib.metadata import version
from pathlib import Path

import pytest
import sqlite_utils
import yaml

from conftest import SEEDS, actor_cookies, make_ds, sql, start_datasette, write_pack

# Datasette loads its plugins first: datasette_enrichments imported before that would register itself
# half-imported, without its hooks
from datasette import hookimpl  # noqa: E402
from datasette.plugins import pm  # noqa: E402

datasette_enrichments = pytest.importorskip("datasette_enrichments")

from datasette_demands.web.compat import IS_1X, enrichments_offered  # noqa: E402

pytestmark = pytest.mark.asyncio

ROOT_ACTOR = {"id": "root"}
ENRICHER = {"id": "enricher"}  # may enrich, may not write
FORM = {"text_column": "body", "id_column": "slug", "source_column": "outlet", "published_column": "day",
        "lang_column": "language"}


def seed_rows() -> list[dict]:
    """The seed articles as rows of a table someone scraped: own ids, their own column names."""
    meta = yaml.safe_load((SEEDS / "documents.yml").read_text(encoding="utf-8"))
    rows = []
    for i, name in enumerate(sorted(meta), start=1):
        m = meta[name]
        rows.append({"id": i, "slug": Path(name).stem, "headline": m["title"], "outlet": m["source"],
                     "day": m["published"], "language": m["lang"].upper(),
                     "body": (SEEDS / name).read_text(encoding="utf-8")})
    return rows


def make_articles_db(path: Path, rows=None) -> Path:
    db = sqlite_utils.Database(path)
    db["articles"].insert_all(rows if rows is not None else seed_rows(), pk="id")
    db.conn.close()
    return path


def expected_datasette_enrichments_works() -> bool:
    """Measured: 0.5.x calls permission_allowed, which Datasette 1.0 removed; 0.6a0 uses 1.0's actions."""
    major, minor = (int(re.match(r"\d+", x).group()) for x in version("datasette-enrichments").split(".")[:2])
    return not IS_1X or (major, minor) >= (0, 6)


class Enrich0_65:
    """On Datasette 0.65 a plugin grants permissions: this one lets `enricher` enrich, nothing more."""

    __name__ = "test_enricher_permission"  # Datasette lists plugins by name

    @hookimpl
    def permission_allowed(self, actor, action):
        if action == "enrichments" and actor and actor.get("id") == ENRICHER["id"]:
            return True


@pytest.fixture
def datasette_for(tmp_path):
    """Datasette on a database, as `datasette serve` starts it (await it)."""
    made = []

    async def make(path):
        if IS_1X:
            ds = make_ds(path, config={"permissions": {"enrichments": {"id": [ENRICHER["id"], "root"]}}})
            ds.root_enabled = True  # what `datasette --root` does: root may do everything on 1.0
        else:
            if not pm.is_registered(ENRICH_PLUGIN):
                pm.register(ENRICH_PLUGIN, name="test-enricher-permission")
            made.append(ENRICH_PLUGIN)
            ds = make_ds(path)
        return await start_datasette(ds)

    yield make
    for plugin in made:
        if pm.is_registered(plugin):
            pm.unregister(plugin)


ENRICH_PLUGIN = Enrich0_65()


def database_of(ds) -> str:
    """The one database a test serves."""
    return next(iter(ds.databases.keys() - {"_internal", "_memory"}))


async def run_enrichment(ds, actor, form: dict, table="articles", database=None) -> tuple[int, object]:
    """Open the enrichment's form as `actor`, submit it, return (status of the post, the post response)."""
    database = database or database_of(ds)
    cookies = actor_cookies(ds, actor)
    page = await ds.client.get(f"/-/enrich/{database}/{table}/label-demands", cookies=cookies)
    if page.status_code != 200:
        return page.status_code, page
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)
    cookies = {**cookies, "ds_csrftoken": page.cookies.get("ds_csrftoken") or token}
    response = await ds.client.post(f"/-/enrich/{database}/{table}/label-demands",
                                    data={**form, "csrftoken": token}, cookies=cookies)
    return response.status_code, response


async def enrich_and_wait(ds, actor=ROOT_ACTOR, form=FORM) -> int:
    status, response = await run_enrichment(ds, actor, form)
    assert status == 302, response.text
    job_id = int(re.search(r"_enrichment_job=(\d+)", response.headers["location"]).group(1))
    await wait_until_done(ds, job_id)
    return job_id


async def wait_until_done(ds, job_id, timeout=120):
    """Until the job is cancelled or paused, or finished with its finalize step run (datasette-enrichments'
    wait_for_job returns as soon as the status says finished, and never for a cancelled job)."""
    database = database_of(ds)
    path = ds.get_database(database).path
    for _ in range(int(timeout / 0.05)):
        if (database, job_id) in getattr(ds, "_enrichment_completed_jobs", set()):
            return
        if job(path, job_id)["status"] in ("cancelled", "paused"):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"job {job_id} still running after {timeout}s: {job(path, job_id)}")


def job(path, job_id) -> dict:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("select * from _enrichment_jobs where id = ?", [job_id]).fetchone())
    finally:
        conn.close()


def stored_labels(path, doc_ids) -> dict:
    """document -> sorted (seq, category, actors, stance, positions) of its labels."""
    out = {}
    for doc_id in doc_ids:
        out[doc_id] = sql(path, "select sentences.seq, labels.category, labels.actors, labels.stance, labels.positions"
                                " from labels join sentences on sentences.id = labels.sentence_id"
                                " where labels.document_id = ? order by 1, 2", [doc_id])
    return out


async def test_offered_where_datasette_enrichments_works(tmp_path, datasette_for):
    """On 0.65 with datasette-enrichments 0.5.x, and on 1.0 with 0.6a0+; on 1.0 with 0.5.x (whose pages
    fail with a 500 there) it is not offered: this test fails the day that combination works."""
    works = expected_datasette_enrichments_works()
    assert enrichments_offered() == works
    from datasette_demands.web.enrichment import enrichments

    assert [e.slug for e in enrichments()] == (["label-demands"] if works else [])
    if not works:
        return
    ds = await datasette_for(make_articles_db(tmp_path / "articles.db"))
    cookies = actor_cookies(ds, ROOT_ACTOR)
    table = await ds.client.get("/articles/articles", cookies=cookies)
    assert table.status_code == 200
    assert "/-/enrich/articles/articles" in table.text  # the table's actions menu
    picker = await ds.client.get("/-/enrich/articles/articles", cookies=cookies)
    assert picker.status_code == 200
    assert "Label demands" in picker.text and "/-/enrich/articles/articles/label-demands" in picker.text
    form = await ds.client.get("/-/enrich/articles/articles/label-demands", cookies=cookies)
    for field in FORM:
        assert f'name="{field}"' in form.text
    # the text column is guessed from the names, and the others default to none
    assert re.search(r'<option selected value="body">|<option value="body" selected>', form.text)


@pytest.fixture
def offered():
    if not expected_datasette_enrichments_works():
        pytest.skip("datasette-enrichments does not work on this Datasette (see the test above)")


async def test_labels_the_rows_into_a_column_and_the_demands_tables(tmp_path, datasette_for, demo_db, offered):
    path = make_articles_db(tmp_path / "articles.db")
    ds = await datasette_for(path)
    job_id = await enrich_and_wait(ds)
    finished = job(path, job_id)
    assert finished["status"] == "finished" and finished["error_count"] == 0 and finished["done_count"] == 5

    rows = sql(path, "select slug, outlet, day, language, demands from articles order by id")
    slugs = [r[0] for r in rows]
    # the documents are those of the table, with its metadata
    docs = sql(path, "select id, source, published, lang, path from documents order by id")
    assert [d[0] for d in docs] == sorted(slugs)
    assert {d[0]: (d[1], d[2], d[3]) for d in docs} == {r[0]: (r[1], r[2], r[3].lower()) for r in rows}
    # the same labels `datasette demands build` gives the same articles from files
    built = {doc_id.split("_")[0]: labels for doc_id, labels in stored_labels(
        demo_db, [r[0] for r in sql(demo_db, "select id from documents")]).items()}
    enriched = stored_labels(path, slugs)
    assert {doc_id.split("_")[0]: labels for doc_id, labels in enriched.items()} == built
    assert sum(map(len, built.values())) > 10

    # each row's demands column says what the demands tables hold about its document
    for slug, _, _, _, demands in rows:
        value = json.loads(demands)
        labels = enriched[slug]
        assert value["document_id"] == slug
        assert value["categories"] == sorted({category for _, category, *_ in labels})
        assert value["labelled_sentences"] == len({seq for seq, *_ in labels})
        positions = {(category, p["holder"], p["stance"]) for _, category, _, _, ps in labels for p in json.loads(ps)}
        assert {(p["category"], p["holder"], p["stance"]) for p in value["positions"]} == positions
        assert value["holders"] == sorted({h for _, h, _ in positions})
        assert value["stance"] == {c: sorted({s for _, cat, _, s, _ in labels if cat == c}) for c in value["categories"]}
        assert value["sentences"] == sql(path, "select count(*) from sentences where document_id = ?", [slug])[0][0]

    # the plugin's pages work on them
    cookies = actor_cookies(ds, ROOT_ACTOR)
    matrix = await ds.client.get("/articles/-/demands.json", cookies=cookies)
    assert matrix.status_code == 200, matrix.text
    cells = {(row["key"], c): n for row in matrix.json()["rows"] for c, n in row["counts"].items() if n}
    outlet_of = {r[0]: r[1] for r in rows}
    counted = {}
    for slug, labels in enriched.items():
        for _, category, *_ in labels:
            counted[(outlet_of[slug], category)] = counted.get((outlet_of[slug], category), 0) + 1
    assert cells == counted
    page = await ds.client.get("/articles/-/demands", cookies=cookies)
    assert page.status_code == 200
    for outlet in {r[1] for r in rows if json.loads(r[4])["categories"]}:
        assert html.escape(outlet) in page.text
    doc_page = await ds.client.get(f"/articles/-/demands/document/{slugs[0]}", cookies=cookies)
    assert doc_page.status_code == 200 and "<mark" in doc_page.text
    rules = await ds.client.get("/articles/-/demands/rules", cookies=cookies)
    assert rules.status_code == 200
    hits = sql(path, "select sum(hits) from rules")[0][0]
    assert hits == sql(path, "select count(*) from matches")[0][0] > 0
    assert rule_stats(path) == recounted_rule_stats(path)


def rule_stats(path) -> dict:
    """rule -> (hits, sentences, only_rule_sentences) as the rules table holds them (the rules page's)."""
    return {r[0]: tuple(r[1:]) for r in sql(path, "select id, hits, sentences, only_rule_sentences from rules"
                                                  " where hits > 0 or sentences > 0 or only_rule_sentences > 0")}


def recounted_rule_stats(path) -> dict:
    """The same, counted again from every match in the database."""
    from datasette_demands.corpus.store import rule_counts

    db = sqlite_utils.Database(path)
    try:
        return {rid: tuple(c) for rid, c in rule_counts(db).items()}
    finally:
        db.conn.close()


async def test_running_it_again_adds_nothing_and_a_changed_row_is_replaced(tmp_path, datasette_for, offered):
    path = make_articles_db(tmp_path / "articles.db")
    ds = await datasette_for(path)
    await enrich_and_wait(ds)
    tables = ("documents", "sentences", "labels", "positions", "matches", "labeled_sentences")
    before = {t: sql(path, f"select * from {t} order by 1, 2") for t in tables}
    demands_before = sql(path, "select id, demands from articles order by id")
    second = await enrich_and_wait(ds)
    assert job(path, second)["status"] == "finished"
    assert {t: sql(path, f"select * from {t} order by 1, 2") for t in tables} == before
    assert sql(path, "select id, demands from articles order by id") == demands_before

    # a row edited in the table replaces its document, and only its document
    sqlite_utils.Database(path).execute(
        "update articles set body = body || ' Moscow demands a ceasefire.' where id = 2").connection.commit()
    await enrich_and_wait(ds)
    slug = sql(path, "select slug from articles where id = 2")[0][0]
    assert sql(path, "select count(*) from documents")[0][0] == 5
    last = sql(path, "select text from sentences where document_id = ? order by seq desc limit 1", [slug])[0][0]
    assert last == "Moscow demands a ceasefire."
    assert "ceasefire" in json.loads(sql(path, "select demands from articles where id = 2")[0][0])["categories"]
    others = [t for t in before["documents"] if t[0] != slug]
    assert [d for d in sql(path, "select * from documents order by 1, 2") if d[0] != slug] == others
    assert rule_stats(path) == recounted_rule_stats(path)  # the replaced document's old matches left the counts


async def test_a_job_stopped_midway_leaves_the_rule_counts_right(tmp_path, datasette_for, offered, monkeypatch):
    """A job may be cancelled or paused between any two batches: the rules page's counts then still
    say what the database holds."""
    from datasette_demands.web.enrichment import LabelDemands

    monkeypatch.setattr(LabelDemands, "batch_size", 2)
    batches = []
    enrich_batch = LabelDemands.enrich_batch

    # datasette-enrichments passes the arguments a method names
    async def first_batch_only(self, datasette, db, table, rows, pks, config, job_id):
        batches.append(len(rows))
        if len(batches) > 1:
            raise self.Cancel("stopped after one batch")
        return await enrich_batch(self, datasette, db, table, rows, pks, config, job_id)

    monkeypatch.setattr(LabelDemands, "enrich_batch", first_batch_only)
    path = make_articles_db(tmp_path / "articles.db")
    ds = await datasette_for(path)
    job_id = await enrich_and_wait(ds)
    assert job(path, job_id)["status"] == "cancelled"
    assert sql(path, "select count(*) from documents")[0][0] == 2  # one batch of the five seed articles
    stats = rule_stats(path)
    assert stats and stats == recounted_rule_stats(path)


async def test_bad_rows_are_errors_of_the_job_and_the_others_go_on(tmp_path, datasette_for, offered):
    rows = seed_rows()[:3]
    rows[1]["body"] = "   "
    rows.append({**seed_rows()[3], "slug": rows[0]["slug"]})  # an id already taken by another row
    path = make_articles_db(tmp_path / "articles.db", rows)
    ds = await datasette_for(path)
    job_id = await enrich_and_wait(ds)
    finished = job(path, job_id)
    assert finished["status"] == "finished" and finished["error_count"] == 2
    errors = dict(sql(path, "select row_pks, error from _enrichment_errors where job_id = ?", [job_id]))
    assert "holds no text" in errors["[2]"]
    assert f"document id '{rows[0]['slug']}'" in errors["[4]"]
    assert sql(path, "select id from articles where demands is not null order by id") == [(1,), (3,)]
    assert sql(path, "select id from documents order by id") == sorted([(rows[0]["slug"],), (rows[2]["slug"],)])


async def test_a_language_the_rules_do_not_cover_is_detected_as_build_detects_it(tmp_path, datasette_for, demo_db,
                                                                                 offered):
    """A language column holding none of the nine (a code such as `xx`, a language the rules do not cover
    such as `ja`) or nothing: the row is labelled in the language detected from its text, as build labels
    a document whose language it does not know, not refused. The row's `demands` JSON and a message of
    the job say which rows; they are not errors of the job."""
    rows = seed_rows()[:4]
    rows[0]["language"], rows[1]["language"], rows[2]["language"] = "xx", "Klingon", ""
    rows[3]["language"] = "ja"
    path = make_articles_db(tmp_path / "articles.db", rows)
    ds = await datasette_for(path)
    job_id = await enrich_and_wait(ds)
    finished = job(path, job_id)
    assert finished["status"] == "finished" and finished["error_count"] == 0, finished
    # the languages build stores for the same articles (given there), and the labels it gives them
    def seed(doc_id):  # a seed article's number, in build's document id and in the row's slug
        return doc_id.split("_")[0]

    built_langs = {seed(doc_id): lang for doc_id, lang in sql(demo_db, "select id, lang from documents")}
    assert {seed(d): lang for d, lang in sql(path, "select id, lang from documents")} == {
        seed(r["slug"]): built_langs[seed(r["slug"])] for r in rows}
    built = {seed(doc_id): labels for doc_id, labels in stored_labels(
        demo_db, [r[0] for r in sql(demo_db, "select id from documents")]).items()}
    enriched = {seed(doc_id): labels for doc_id, labels in stored_labels(path, [r["slug"] for r in rows]).items()}
    assert enriched == {seed(r["slug"]): built[seed(r["slug"])] for r in rows} and sum(map(len, enriched.values())) > 5

    demands = {pk: json.loads(value) for pk, value in sql(path, "select id, demands from articles")}
    for pk, given in ((1, "'xx'"), (2, "'Klingon'"), (4, "'ja'")):
        assert demands[pk]["notes"] == [f"language {given} is none of the languages the rules cover "
                                        "(en, it, fr, de, es, ru, uk, pl, tr): detected from the text instead"]
    assert "notes" not in demands[3]  # an empty column: detected, nothing to say
    [message] = [m for (m,) in sql(path, "select message from _enrichment_progress where job_id = ? and message is not null",
                                   [job_id])]
    assert message.startswith("row 1: language 'xx' is none of the languages the rules cover") and "row 3" not in message
    assert all(f"row {pk}: language {given}" in message and f"instead: {built_langs[seed(rows[pk - 1]['slug'])]}" in message
               for pk, given in ((1, "'xx'"), (2, "'Klingon'"), (4, "'ja'")))


async def test_a_row_with_the_text_of_another_is_an_error_naming_both(tmp_path, datasette_for, offered):
    """As build skips a document whose text another holds (its sentences would be counted twice), the
    enrichment refuses such a row: one of the same batch, and, run again, one whose text is stored."""
    rows = seed_rows()[:2]
    # another slug and headline, the first row's text from the first row's outlet
    rows.append({**seed_rows()[2], "body": rows[0]["body"], "outlet": rows[0]["outlet"]})
    path = make_articles_db(tmp_path / "articles.db", rows)
    ds = await datasette_for(path)
    job_id = await enrich_and_wait(ds)
    finished = job(path, job_id)
    assert finished["status"] == "finished" and finished["error_count"] == 1, finished
    errors = dict(sql(path, "select row_pks, error from _enrichment_errors where job_id = ?", [job_id]))
    assert errors == {"[3]": f"duplicate document: the same text from the same source as document '{rows[0]['slug']}' (articles:1), "
                             "skipped (its sentences would be counted twice)"}
    assert sql(path, "select id from documents order by id") == sorted((r["slug"],) for r in rows[:2])
    assert sql(path, "select id from articles where demands is not null order by id") == [(1,), (2,)]
    labels = sql(path, "select count(*) from labels")

    sqlite_utils.Database(path)["articles"].insert({**seed_rows()[3], "id": 4, "body": rows[1]["body"],
                                                    "outlet": rows[1]["outlet"]})
    job_id = await enrich_and_wait(ds)
    errors = dict(sql(path, "select row_pks, error from _enrichment_errors where job_id = ?", [job_id]))
    assert errors["[4]"].startswith(f"duplicate document: the same text from the same source as document '{rows[1]['slug']}' (articles:2)")
    assert sql(path, "select count(*) from documents")[0][0] == 2 and sql(path, "select count(*) from labels") == labels


async def test_a_table_without_an_id_column_gets_ids_from_its_primary_key(tmp_path, datasette_for, offered):
    """Here a rowid table (no primary key of its own); no language column: detected."""
    path = tmp_path / "articles.db"
    sqlite_utils.Database(path)["articles"].insert_all({k: v for k, v in row.items() if k != "id"}
                                                       for row in seed_rows()[:2])
    ds = await datasette_for(path)
    await enrich_and_wait(ds, form={"text_column": "body", "id_column": "", "source_column": "",
                                    "published_column": "", "lang_column": ""})
    assert sql(path, "select id, path, lang, published from documents order by id") == [
        ("articles:1", "articles:1", "it", None), ("articles:2", "articles:2", "en", None)]
    assert json.loads(sql(path, "select demands from articles where rowid = 1")[0][0])["lang"] == "it"


async def test_title_and_url_columns_are_kept_as_a_build_keeps_them(tmp_path, datasette_for, offered):
    """A scraped table has its headlines and links: the documents keep them, as `build` keeps an input's
    `title` and `url`, so that the sentences and document pages can show them."""
    rows = [{**row, "link": f"https://example.org/{row['slug']}"} for row in seed_rows()[:2]]
    path = make_articles_db(tmp_path / "articles.db", rows)
    ds = await datasette_for(path)
    await enrich_and_wait(ds, form={**FORM, "title_column": "headline", "url_column": "link"})
    assert sql(path, "select id, title, url from documents order by id") == [
        (row["slug"], row["headline"], row["link"]) for row in sorted(rows, key=lambda r: r["slug"])]
    page = await ds.client.get(f"/{database_of(ds)}/-/demands/sentences.json", cookies=actor_cookies(ds, ROOT_ACTOR))
    assert {s["title"] for s in page.json()["sentences"]} <= {row["headline"] for row in rows}
    document = await ds.client.get(f"/{database_of(ds)}/-/demands/document/{rows[0]['slug']}",
                                   cookies=actor_cookies(ds, ROOT_ACTOR))
    assert html.escape(rows[0]["headline"]) in document.text and f'href="{rows[0]["link"]}"' in document.text


async def test_a_database_with_a_documents_table_of_its_own_is_left_alone(tmp_path, datasette_for, offered):
    path = make_articles_db(tmp_path / "articles.db", seed_rows()[:1])
    sqlite_utils.Database(path)["documents"].insert({"id": 1, "name": "a contract"}, pk="id")
    ds = await datasette_for(path)
    job_id = await enrich_and_wait(ds)
    cancelled = job(path, job_id)
    assert cancelled["status"] == "cancelled"
    assert "a table documents that is not the demands tables'" in cancelled["cancel_reason"]
    assert sql(path, "select * from documents") == [(1, "a contract")]
    assert "sentences" not in sqlite_utils.Database(path).table_names()
    assert "demands" not in sqlite_utils.Database(path)["articles"].columns_dict


async def test_only_actors_allowed_to_enrich_and_to_write_may_run_it(tmp_path, datasette_for, offered):
    path = make_articles_db(tmp_path / "articles.db")
    ds = await datasette_for(path)
    for actor in (None, {"id": "other"}):
        status, _ = await run_enrichment(ds, actor, FORM)
        assert status == 403
        picker = await ds.client.get("/-/enrich/articles/articles", cookies=actor_cookies(ds, actor))
        assert picker.status_code == 403
    # may enrich, may not write: the job is cancelled, saying why, before anything is written
    status, response = await run_enrichment(ds, ENRICHER, FORM)
    assert status == 302, response.text
    job_id = int(re.search(r"_enrichment_job=(\d+)", response.headers["location"]).group(1))
    await wait_until_done(ds, job_id)
    cancelled = job(path, job_id)
    assert cancelled["status"] == "cancelled"
    assert "'enricher' may not write" in cancelled["cancel_reason"]
    assert "demands" not in sqlite_utils.Database(path)["articles"].columns_dict
    assert "documents" not in sqlite_utils.Database(path).table_names()


async def test_a_database_labelled_with_another_rulebook_is_relabelled_first(tmp_path, datasette_for, offered):
    """As build does: the stored labels are brought up to the rulebook before new ones join them."""
    path = make_articles_db(tmp_path / "articles.db", seed_rows()[:3])
    ds = await datasette_for(path)
    await enrich_and_wait(ds)
    tables = ("labels", "positions", "matches", "labeled_sentences")
    # matches.id is a surrogate key: a sentence whose holders the discourse step works out again (a
    # pronoun's holder from the sentence before) is written again with new ids; the rows must be the same
    rows = {t: f"select * from {t} order by 1, 2" for t in tables}
    rows["matches"] = ("select sentence_id, document_id, category, rule_id, start, end, text, antecedent_id"
                       " from matches order by 1, 3, 4, 5")
    before = {t: sql(path, q) for t, q in rows.items()}
    fingerprint = sql(path, "select value from demands_meta where key = 'rulebook_fingerprint'")[0][0]
    conn = sqlite_utils.Database(path).conn
    with conn:  # labels of some other rulebook: none at all, and an unknown labelling state
        for t in tables:
            conn.execute(f"delete from {t}")
        conn.execute("update demands_meta set value = 'another' where key in ('rulebook_fingerprint', 'labelled_context')")
    conn.close()
    await enrich_and_wait(ds)
    assert {t: sql(path, q) for t, q in rows.items()} == before
    assert sql(path, "select value from demands_meta where key = 'rulebook_fingerprint'")[0][0] == fingerprint


async def test_the_readme_example_is_what_the_enrichment_writes(tmp_path, datasette_for, offered):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index('the "Label demands" enrichment'):]
    shown = json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1))
    body = " ".join(re.search(r'whose `body` is "(.*?)"', section, re.S).group(1).split())
    path = tmp_path / "news.db"
    sqlite_utils.Database(path)["articles"].insert({"id": 1, "url": shown["document_id"], "body": body}, pk="id")
    ds = await datasette_for(path)
    await enrich_and_wait(ds, form={"text_column": "body", "id_column": "url", "source_column": "",
                                    "published_column": "", "lang_column": ""})
    assert json.loads(sql(path, "select demands from articles")[0][0]) == shown


class _DroughtPack:
    """An installed rule pack, as its plugin's entry point registers it: one category, `drought`."""

    __name__ = "test_drought_pack"  # Datasette lists plugins by name

    def __init__(self, folder):
        self.folder = folder

    @hookimpl
    def demands_rule_packs(self, datasette):
        from datasette_demands.rulebook.model import RulePack

        return [RulePack("drought", "1.0", self.folder)]




async def test_the_installed_rule_packs_label_too(tmp_path, datasette_for, offered):
    """The enrichment finds the rule packs through the plugin manager, as the command line does: an installed
    pack's category is labelled, stored with its pack, and recorded among the database's packs."""
    pack = _DroughtPack(write_pack(tmp_path / "drought-pack"))
    pm.register(pack, name="test-drought-pack")
    try:
        path = make_articles_db(tmp_path / "articles.db", [
            {"id": 1, "slug": "farms", "headline": "Farms", "outlet": "Herald", "day": "2025-07-10", "language": "EN",
             "body": "Kherson farmers demand irrigation water from the reservoir. Kyiv insists on a 30-day truce."}])
        ds = await datasette_for(path)
        job_id = await enrich_and_wait(ds)
        assert job(path, job_id)["error_count"] == 0
        assert sql(path, "select category from labels order by category") == [("ceasefire",), ("drought",)]
        assert sql(path, "select pack from categories where name = 'drought'") == [("drought",)]
        assert json.loads(sql(path, "select demands from articles")[0][0])["categories"] == ["ceasefire", "drought"]
        packs = json.loads(sql(path, "select value from demands_meta where key = 'rule_packs'")[0][0])
        assert [p["name"] for p in packs] == ["core", "drought"]
    finally:
        pm.unregister(pack)
