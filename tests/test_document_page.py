"""The document page /<db>/-/demands/document/<id>: whole article, highlighted evidence, category chips."""

import re
from html import unescape

import pytest
from datasette.utils import tilde_encode

from conftest import HOSTILE_DOC_ID, HOSTILE_MARKERS, XSS_URL, make_ds, sql

pytestmark = pytest.mark.asyncio


def doc_with_most_labels(db_path):
    return sql(db_path, "select document_id from labels group by document_id order by count(*) desc limit 1")[0][0]


async def test_document_page_shows_every_sentence_in_order_with_marks_and_chips(demo_db):
    doc_id = doc_with_most_labels(demo_db)
    ds = make_ds(demo_db)
    r = await ds.client.get(f"/demo/-/demands/document/{tilde_encode(doc_id)}")
    assert r.status_code == 200
    html = r.text
    title, source = sql(demo_db, "select title, source from documents where id = ?", [doc_id])[0]
    assert f"<h1>{title}</h1>" in unescape(html) or title in unescape(html)
    assert source in unescape(html)
    seqs = [int(s) for s in re.findall(r'<span id="s-(\d+)" class="sentence', html)]
    expected = [s for (s,) in sql(demo_db, "select seq from sentences where document_id = ? order by seq", [doc_id])]
    assert seqs == expected
    # every labeled sentence is marked as such and carries one chip per category
    labeled = sql(demo_db, "select s.seq, group_concat(l.category) from labels l join sentences s "
                           "on s.id = l.sentence_id where l.document_id = ? group by s.seq", [doc_id])
    for seq, cats in labeled:
        m = re.search(rf'<span id="s-{seq}" class="sentence labeled".*?</span> (?=<span id=|</p>)', html, re.S)
        assert m, seq
        chunk = m.group(0)
        for cat in cats.split(","):
            assert f'class="demand-chip cat-{cat}"' in chunk
        assert "<mark " in chunk
    # each match is highlighted with its rule id as the tooltip
    for rule_id, text in sql(demo_db, "select rule_id, text from matches where document_id = ?", [doc_id]):
        assert re.search(rf'<mark class="demand-evidence[^"]*" title="[^"]*{re.escape(rule_id)}[^"]*"', html)
    n_marks = html.count("<mark ")
    assert n_marks >= len(labeled)


async def test_category_parameter_limits_highlighting(demo_db):
    doc_id = doc_with_most_labels(demo_db)
    cats = [c for (c,) in sql(demo_db, "select distinct category from labels where document_id = ?", [doc_id])]
    ds = make_ds(demo_db)
    r = await ds.client.get(f"/demo/-/demands/document/{doc_id}?category={cats[0]}")
    assert r.status_code == 200
    chips = set(re.findall(r'<a class="demand-chip cat-([\w-]+)" href="/demo/labeled_sentences', r.text))
    assert chips == {cats[0]}
    marks = set(re.findall(r'<mark class="demand-evidence cat-([\w-]+)', r.text))
    assert marks == {cats[0]}


@pytest.mark.parametrize("query, status, fragment", [
    ("category=bogus", 400, "Unknown category 'bogus'"),
    ("category=ceasefire&category=territory", 400, "given 2 times"),
    ("x=1", 400, "Unknown parameter"),
])
async def test_document_page_validates_parameters(demo_db, query, status, fragment):
    doc_id = doc_with_most_labels(demo_db)
    ds = make_ds(demo_db)
    r = await ds.client.get(f"/demo/-/demands/document/{doc_id}?{query}")
    assert r.status_code == status
    assert fragment in unescape(r.text)


async def test_unknown_document_is_404(demo_db):
    ds = make_ds(demo_db)
    r = await ds.client.get("/demo/-/demands/document/no-such-doc")
    assert r.status_code == 404
    r = await ds.client.get("/nodb/-/demands/document/x")
    assert r.status_code == 404
    # no id at all: a bare "404" said nothing; it says how a document's page is addressed
    for path in ("/demo/-/demands/document", "/demo/-/demands/document/"):  # Datasette drops the final /
        r = await ds.client.get(path, follow_redirects=True)
        assert r.status_code == 404 and "needs its id" in r.text and "/demo/documents" in r.text, path
    assert (await ds.client.get("/nodb/-/demands/document")).status_code == 404


async def test_a_document_in_a_format_says_where_its_data_is(demo_db):
    """document/<id>.json: the page is HTML only; the 404 names the tables that hold its sentences and labels."""
    ds = make_ds(demo_db)
    doc_id = doc_with_most_labels(demo_db)
    for fmt in ("json", "csv"):
        r = await ds.client.get(f"/demo/-/demands/document/{tilde_encode(doc_id)}.{fmt}")
        assert r.status_code == 404
        assert f"/demo/sentences.{fmt}?document_id={doc_id}" in unescape(r.text), r.text
        assert f"/demo/labeled_sentences.{fmt}?document_id={doc_id}" in unescape(r.text)
    r = await ds.client.get("/demo/-/demands/document/no-such-doc.json")
    assert r.status_code == 404 and "No document with id" in r.text


async def test_document_page_reachable_from_matrix_and_rows(demo_db):
    ds = make_ds(demo_db)
    doc_id = doc_with_most_labels(demo_db)
    matrix = (await ds.client.get("/demo/-/demands?by=document")).text
    assert f"/demo/-/demands/document/{doc_id}" in matrix
    rows = (await ds.client.get(f"/demo/labeled_sentences?document_id={doc_id}")).text
    assert f"/demo/-/demands/document/{doc_id}#s-" in rows
    doc_row = (await ds.client.get(f"/demo/documents/{doc_id}")).text
    assert f"/demo/-/demands/document/{doc_id}" in doc_row


async def test_hostile_document_is_inert(hostile_db):
    ds = make_ds(hostile_db)
    r = await ds.client.get(f"/hostile/-/demands/document/{tilde_encode(HOSTILE_DOC_ID)}")
    assert r.status_code == 200
    for marker in HOSTILE_MARKERS + ("<script>x",):
        assert marker not in r.text, marker
    assert "&lt;script&gt;window.__pwned" in r.text  # shown, escaped
    assert 'href="javascript:' not in r.text.lower()
    assert unescape(XSS_URL) in unescape(r.text)  # the URL is shown as text, not as a link
    # the hostile category name is escaped in chips and reduced to a safe class name
    assert 'class="demand-chip cat-cease-fire-b"' in r.text
    # a harmless http URL does become a link, escaped
    r2 = await ds.client.get("/hostile/-/demands/document/plain")
    assert 'href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in r2.text
