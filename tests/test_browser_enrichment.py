"""The "Label demands" enrichment once through the real UI: Playwright drives Debian's chromium (see
test_browser.py) against `datasette serve --root` on a table of articles made with sqlite-utils.

Logs in as root, opens the table's actions menu, picks "Enrich selected data", then "Label demands",
chooses the columns, submits, waits for datasette-enrichments' job, then sees the `demands` column
on the table page and the articles' outlets in the demand matrix.
"""

from __future__ import annotations

import json
import re
import time

import pytest

from conftest import datasette_serve, sql
from test_browser import _shot, browser, page, playwright_api  # noqa: F401 (fixtures)
from test_enrichment import expected_datasette_enrichments_works, make_articles_db

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def root_server(tmp_path_factory, playwright_api):  # noqa: F811
    """(base URL, root's login URL, database path) of `datasette serve --root` on a table of articles."""
    if not expected_datasette_enrichments_works():
        pytest.skip("datasette-enrichments does not work on this Datasette (test_enrichment.py says so)")
    folder = tmp_path_factory.mktemp("enrich-serve")
    db = make_articles_db(folder / "articles.db")
    with datasette_serve(folder, str(db), "--root") as (base, log_path):
        login = re.search(r"http://127\.0\.0\.1:\d+/-/auth-token\?token=\w+", log_path.read_text()).group(0)
        yield base, login, db


def test_label_demands_through_the_ui(root_server, page):  # noqa: F811
    base, login, db = root_server
    page.goto(login)
    page.goto(base + "/articles/articles")
    page.locator("details.actions-menu-links summary").first.click()
    page.locator("details.actions-menu-links a", has_text="Enrich selected data").click()
    page.wait_for_url("**/-/enrich/articles/articles")
    page.locator("a", has_text="Label demands").first.click()
    page.wait_for_url("**/-/enrich/articles/articles/label-demands")
    assert page.locator("select[name=text_column]").input_value() == "body"  # guessed from the name
    page.select_option("select[name=id_column]", "slug")
    page.select_option("select[name=source_column]", "outlet")
    page.select_option("select[name=published_column]", "day")
    page.select_option("select[name=lang_column]", "language")
    _shot(page, "enrichment-form")
    page.locator("input[type=submit][value='Enrich data']").click()
    page.wait_for_url("**/articles/articles?_enrichment_job=*")
    assert "Enrichment started: Label demands for 5 rows" in page.content()
    deadline = time.monotonic() + 120
    while sql(db, "select status from _enrichment_jobs")[0][0] != "finished":
        assert time.monotonic() < deadline, sql(db, "select * from _enrichment_jobs")
        time.sleep(0.5)

    page.goto(base + "/articles/articles")
    cells = page.locator("td.col-demands")
    assert cells.count() == 5
    stored = {json.dumps(json.loads(v), ensure_ascii=False) for (v,) in sql(db, "select demands from articles")}
    shown = {json.dumps(json.loads(cells.nth(i).inner_text()), ensure_ascii=False) for i in range(5)}
    assert shown == stored
    _shot(page, "enrichment-table")

    page.goto(base + "/articles/-/demands")
    assert page.locator("table.demands-matrix").is_visible()
    outlets = {o for (o,) in sql(db, "select distinct source from labeled_sentences")}
    assert outlets
    for outlet in outlets:
        assert page.locator("table.demands-matrix").get_by_text(outlet, exact=True).count() >= 1
    assert page.locator("a.demand-cell").count() >= len(outlets)
    _shot(page, "enrichment-matrix")
    assert not page.errors, page.errors
