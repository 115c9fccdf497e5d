"""A real browser on a real server: Playwright drives Debian's chromium against `datasette serve`.

Opens the demand matrix, clicks a cell, sees highlighted evidence, opens the document page,
and walks the hostile database's pages checking that no injected script ran. Screenshots go to
test-artifacts/. Skips when chromium or Playwright is missing, unless DEMANDS_REQUIRE_BROWSER=1
(as in CI), where that is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from conftest import HOSTILE_CATEGORY, ROOT, XSS, copy_db, datasette_serve, sql

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--no-first-run",
                 "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"


def _missing(reason):
    if os.environ.get("DEMANDS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser test required (DEMANDS_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def playwright_api():
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        _missing(f"{CHROMIUM} is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed")
    return sync_playwright


@pytest.fixture(scope="module")
def server(tmp_path_factory, demo_db, hostile_db, playwright_api):
    from datasette_demands.web.compat import IS_1X

    folder = tmp_path_factory.mktemp("serve")
    dbs = [copy_db(demo_db, folder / "demo.db"), copy_db(hostile_db, folder / "hostile.db")]
    metadata = str(ROOT / "metadata.yml")
    args = [*map(str, dbs), "-m", metadata] + (["-c", metadata] if IS_1X else [])
    with datasette_serve(folder, *args) as (base, _log):
        yield base


@pytest.fixture(scope="module")
def browser(playwright_api):
    with playwright_api() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        except Exception as e:  # the binary exists but cannot start
            _missing(f"chromium did not start: {e}")
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []
    pg.errors = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def _shot(page, name):
    from datasette_demands.web.compat import DATASETTE_VERSION

    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}-datasette-{DATASETTE_VERSION}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 5000
    return path


def test_matrix_cell_to_highlighted_evidence_to_document(server, page, demo_db):
    page.goto(server + "/demo/-/demands")
    assert page.locator("table.demands-matrix").is_visible()
    _shot(page, "matrix")
    cells = page.locator("a.demand-cell")
    assert cells.count() >= 5
    # click the cell with the largest count
    counts = [int(t) for t in cells.all_inner_texts()]
    best = counts.index(max(counts))
    category = cells.nth(best).get_attribute("data-category")
    cells.nth(best).click()
    page.wait_for_url("**/demo/labeled_sentences?**")
    assert f"category={category}" in page.url
    marks = page.locator("td.col-text mark.demand-evidence")
    marks.first.wait_for()
    assert marks.count() >= max(counts)
    rule_ids = {r for (r,) in sql(demo_db, "select id from rules where category = ?", [category])}
    titles = {t for i in range(marks.count()) for t in marks.nth(i).get_attribute("title").split(", ")}
    assert titles and titles <= rule_ids
    assert page.locator(f"td.col-text mark.cat-{category}").count() == marks.count()
    # from a row to its document page
    page.locator("a.demand-doc-link").first.click()
    page.wait_for_url("**/demo/-/demands/document/**")
    assert page.locator("article.demands-article mark.demand-evidence").count() >= 1
    assert page.locator(f"article.demands-article a.demand-chip.cat-{category}").count() >= 1
    _shot(page, "document")
    assert not page.errors, page.errors


HOSTILE_PAGES = [
    "/hostile/-/demands", "/hostile/-/demands?by=document", "/hostile/-/demands?by=actor",
    "/hostile/-/demands?chart=actor", "/hostile/-/demands?chart=actor_stance",
    "/hostile/-/demands?by=actor_stance", "/hostile/-/demands/rules",
    "/hostile/-/demands/rules?rule=ceasefire.en.evil",
    "/hostile/-/demands/document/doc~22~3E~3Cscript~3Ex~3C~2Fscript~3E", "/hostile/labeled_sentences",
    "/hostile/sentences", "/hostile/sentences/2", "/hostile/documents", "/-/demands",
]


def test_no_injected_script_runs(server, page):
    for path in HOSTILE_PAGES:
        response = page.goto(server + path)
        assert response.status == 200, path
        page.wait_for_load_state("load")
        assert page.evaluate("() => window.__pwned") is None, path
        assert page.locator("img[src=x], svg[onload]").count() == 0, path
    # the payloads are on the page, as text
    page.goto(server + "/hostile/-/demands/document/doc~22~3E~3Cscript~3Ex~3C~2Fscript~3E")
    assert '<script>window.__pwned="script"</script>' in page.locator("article").inner_text()
    _shot(page, "hostile-document")
    assert not page.dialogs, page.dialogs


BARS = "#demands-timeline-chart svg g[aria-label='bar'] rect"


def test_chart_draws_a_bar_per_month_and_category_and_a_bar_opens_its_sentences(server, page, demo_db):
    (expected,) = sql(demo_db, "select count(*) from (select 1 from labels join documents d on d.id = labels.document_id"
                               " where d.published is not null group by substr(d.published, 1, 7), labels.category)")[0]
    page.goto(server + "/demo/-/demands")
    bars = page.locator(BARS)
    bars.first.wait_for()
    assert bars.count() == expected and expected >= 5
    assert page.locator("#demands-timeline-chart svg a rect").count() == expected  # each bar a link
    _shot(page, "chart")
    # Plot labels each bar "category, month: n sentences"; click the tallest
    described = [re.fullmatch(r"(.+), (\d{4}-\d{2}): (\d+) sentences?", bars.nth(i).get_attribute("aria-label"))
                 for i in range(bars.count())]
    assert all(described)
    best = max(range(len(described)), key=lambda i: int(described[i].group(3)))
    category, month, count = described[best].group(1), described[best].group(2), int(described[best].group(3))
    bars.nth(best).click()
    page.wait_for_url("**/demo/-/demands/sentences?**")
    query = dict(parse_qsl(urlsplit(page.url).query))
    assert query == {"by": "month", "row": month, "category": category}
    assert page.locator("h1").inner_text().startswith(f"{count} labeled sentence")
    rows = page.locator("tr.demand-sentence")
    assert rows.count() == min(count, 100)
    for i in range(rows.count()):
        assert rows.nth(i).locator("td").first.inner_text().startswith(month)
        assert category in rows.nth(i).locator(".demand-chip").all_inner_texts()
    assert not page.errors, page.errors


def test_chart_by_holder_and_stance_links_to_the_holders_sentences(server, page):
    page.goto(server + "/demo/-/demands?chart=actor_stance")
    bars = page.locator(BARS)
    bars.first.wait_for()
    # each bar is painted in the colour the server gave its key (a shade of its holder's hue)
    data = json.loads(page.locator("#demands-timeline-data").text_content())
    colour = dict(zip(data["keys"], data["colours"]))
    for i in range(bars.count()):
        key = bars.nth(i).get_attribute("aria-label").rsplit(", ", 1)[0]
        assert bars.nth(i).get_attribute("fill") == colour[key], key
    label = bars.first.get_attribute("aria-label")
    key, month, count = re.fullmatch(r"(.+), (\d{4}-\d{2}): (\d+) sentences?", label).groups()
    bars.first.click()
    page.wait_for_url("**/demo/-/demands/sentences?**")
    query = dict(parse_qsl(urlsplit(page.url).query))
    assert query["by"] == "actor_stance" and query.get("row", "(none)") == key
    assert query["from"] == f"{month}-01" and query["to"][:7] == month
    assert page.locator("h1").inner_text().startswith(f"{count} labeled sentence")
    assert not page.errors, page.errors


def test_picking_rows_or_a_language_applies_at_once_keeping_the_other_filters(server, page):
    page.goto(server + "/demo/-/demands?from=2000-01-01&category=ceasefire&category=territory")
    page.select_option("select[name=by]", "actor_stance")
    page.wait_for_url("**by=actor_stance**")
    query = parse_qsl(urlsplit(page.url).query)
    assert ("from", "2000-01-01") in query
    assert {v for k, v in query if k == "category"} == {"ceasefire", "territory"}
    assert page.locator("select[name=by]").input_value() == "actor_stance"
    lang = page.locator("select[name=lang] option").nth(1).get_attribute("value")
    page.select_option("select[name=lang]", lang)
    page.wait_for_url(f"**lang={lang}**")
    assert dict(parse_qsl(urlsplit(page.url).query))["by"] == "actor_stance"
    assert not page.errors, page.errors


def test_hostile_names_stay_text_inside_the_chart(server, page):
    for path, name in (("/hostile/-/demands", HOSTILE_CATEGORY), ("/hostile/-/demands?chart=actor", XSS)):
        page.goto(server + path)
        page.locator(BARS).first.wait_for()
        chart = page.locator("#demands-timeline-chart")
        assert name in chart.inner_text()  # in the legend, as text
        assert chart.locator("script, img, b, iframe, [onload], [onerror]").count() == 0
        assert page.evaluate("() => window.__pwned") is None, path
        titles = chart.locator("svg title").all_text_contents()
        assert any(name in t for t in titles)  # the bars' tooltips, as text
    _shot(page, "hostile-chart")
    assert not page.dialogs, page.dialogs
    assert not page.errors, page.errors


def test_labeled_sentences_text_gets_a_reading_width_and_search_works(server, page):
    page.goto(server + "/demo/labeled_sentences?_search=ceasefire")
    cells = page.locator("td.col-text")
    cells.first.wait_for()
    assert cells.first.bounding_box()["width"] >= 350
    assert cells.count() >= 1
    heights = sorted(cells.nth(i).bounding_box()["height"] for i in range(cells.count()))
    assert heights[len(heights) // 2] < 200  # a row is a few lines, not a screen
    for text in cells.all_inner_texts():
        assert "ceasefire" in text.lower()
    headers = page.locator("table.rows-and-columns th").all_inner_texts()
    assert [h.strip().split()[0] for h in headers if h.strip()][1:3] == ["text", "category"]
    # the column descriptions: each column beside its description, one line each
    names, words = page.locator("dl.column-descriptions dt"), page.locator("dl.column-descriptions dd")
    assert names.count() >= 10 and names.count() == words.count()
    for i in range(names.count()):
        assert abs(names.nth(i).bounding_box()["y"] - words.nth(i).bounding_box()["y"]) < 3
    _shot(page, "labeled-sentences")


def test_chart_legend_keeps_each_swatch_beside_its_own_label(server, page):
    """Each colour stands nearer its own category than the one before it in the legend."""
    page.goto(server + "/demo/-/demands")
    page.locator(BARS).first.wait_for()
    gaps = page.evaluate("""() => [...document.querySelectorAll('#demands-timeline-chart span[class$="-swatch"]')]
        .map(span => {
            const swatch = span.querySelector('svg').getBoundingClientRect();
            const label = document.createRange();
            label.selectNodeContents(span.lastChild);
            const text = label.getBoundingClientRect();
            return {swatch_left: swatch.left, swatch_right: swatch.right, text_left: text.left, text_right: text.right,
                    top: swatch.top};
        })""")
    assert len(gaps) >= 5  # one per category of the demo
    for before, item in zip(gaps, gaps[1:]):
        if item["top"] != before["top"]:
            continue  # the legend wrapped
        to_own_label = item["text_left"] - item["swatch_right"]
        to_label_before = item["swatch_left"] - before["text_right"]
        assert to_label_before > to_own_label > 0, (before, item)
    _shot(page, "chart-legend")


def test_matrix_numbers_share_a_baseline_and_checkboxes_sit_beside_their_names(server, page):
    """The "Sentences" numbers (smaller, top-aligned) sat higher than the rest of their row; the
    checkbox of "Neutrality and military status" sat above its name, which wrapped over three lines."""
    page.goto(server + "/demo/-/demands")
    _shot(page, "matrix-alignment")
    rows = page.evaluate("""() => [...document.querySelectorAll(
        'table.demands-matrix tbody tr, table.demands-matrix tfoot tr')].map(tr => {
          const tds = tr.querySelectorAll('td');
          // a text's baseline: the bottom of a zero-height inline-block put at the end of it
          const base = td => { const m = document.createElement('span'); m.style.display = 'inline-block';
            (td.querySelector('a') || td).appendChild(m); const y = m.getBoundingClientRect().bottom; m.remove(); return y; };
          return [base(tds[tds.length - 2]), base(tds[tds.length - 1])];
        })""")
    assert rows and all(abs(total - sentences) < 1 for total, sentences in rows), rows
    boxes = page.evaluate("""() => [...document.querySelectorAll('fieldset.demands-categories label')].map(l => {
          const box = l.querySelector('input').getBoundingClientRect();
          const range = document.createRange(); range.selectNodeContents(l);
          const text = [...range.getClientRects()].filter(r => r.width > 0 && r.left >= box.right - 1);
          return [l.textContent.trim(), (box.top + box.bottom) / 2, text.length ? (text[0].top + text[0].bottom) / 2 : null,
                  new Set(text.map(r => Math.round(r.top))).size, l.getBoundingClientRect().right,
                  l.nextElementSibling ? l.nextElementSibling.getBoundingClientRect().left : null];
        })""")
    assert boxes
    for name, box_y, text_y, lines, right, next_left in boxes:
        assert lines == 1, (name, boxes)  # the name on one line
        assert abs(box_y - text_y) < 4, (name, boxes)  # the box beside it, not above
        assert next_left is None or right <= next_left + 1, (name, boxes)  # and no overlap with the next
    assert not page.errors, page.errors


@pytest.mark.parametrize("path", ["/-/demands", "/demo/-/demands", "/demo/-/demands/sentences?by=lang&row=en",
                                  "/demo/-/demands/rules", "/demo/-/demands?by=actor_stance"])
def test_a_phone_scrolls_a_wide_table_not_the_page(browser, server, path):
    """At a phone's width (390 px) the page itself is no wider than the screen: a wide table scrolls
    inside its own box, and a sentence keeps a readable width."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(server + path)
        page.wait_for_load_state("load")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, f"{path} is {overflow} px wider than the screen"
        if "/sentences" in path:
            width = page.evaluate("document.querySelector('table.demands-sentences td:nth-child(3)').offsetWidth")
            assert width >= 200, width
        _shot(page, "phone" + path.replace("/", "-").split("?")[0])
    finally:
        context.close()
