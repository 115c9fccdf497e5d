"""Evidence highlighting: the pure function, and render_cell on Datasette's table and row pages."""

import json
import re
import shutil
import sqlite3
from html import unescape

import pytest
from markupsafe import Markup, escape

from conftest import HOSTILE_MARKERS, actor_cookies, make_ds, sql
from datasette_demands.web.highlight import css_slug, highlight


def test_marks_spans_and_escapes_everything_else():
    out = highlight("a <b> ceasefire & truce", [(6, 15, "r.cease"), (18, 23, "r.truce")])
    assert isinstance(out, Markup)
    assert str(out) == ('a &lt;b&gt; <mark class="demand-evidence" title="r.cease" data-rules="r.cease">ceasefire'
                        '</mark> &amp; <mark class="demand-evidence" title="r.truce" data-rules="r.truce">truce</mark>')


def test_overlapping_spans_are_split_with_every_rule_named():
    out = str(highlight("abcdef", [(0, 4, "r1"), (2, 6, "r2")]))
    assert out == ('<mark class="demand-evidence" title="r1" data-rules="r1">ab</mark>'
                   '<mark class="demand-evidence" title="r1, r2" data-rules="r1 r2">cd</mark>'
                   '<mark class="demand-evidence" title="r2" data-rules="r2">ef</mark>')
    assert unescape(re.sub("<[^>]+>", "", out)) == "abcdef"


def test_bad_spans_are_clipped_or_ignored():
    assert str(highlight("abc", [(2, 99, "r")])) == 'ab<mark class="demand-evidence" title="r" data-rules="r">c</mark>'
    assert str(highlight("abc", [(2, 2, "r"), (3, 1, "r"), ("x", 2, "r"), (None, None, "r")])) == "abc"
    assert str(highlight(None, [])) == ""


def test_rule_ids_and_categories_cannot_break_out_of_attributes():
    out = str(highlight("xy", [(0, 2, '"><script>alert(1)</script>', 'a"b<c>')]))
    assert "<script>" not in out and 'title="&#34;&gt;&lt;script&gt;' in out
    assert 'class="demand-evidence cat-a-b-c"' in out
    assert css_slug('"><svg onload=x>') == "svg-onload-x"


def test_text_round_trips_for_unicode():
    text = "Россия требует перемирия — İstanbul’da ateşkes"
    spans = [(text.index("перемирия"), text.index("перемирия") + 9, "ru"), (text.index("ateşkes"), len(text), "tr")]
    out = str(highlight(text, spans))
    assert re.sub("<[^>]+>", "", out) == text
    assert '">перемирия</mark>' in out and '">ateşkes</mark>' in out


@pytest.mark.asyncio
async def test_table_pages_highlight_sentence_text(demo_db):
    sid, text = sql(demo_db, "select s.id, s.text from sentences s join matches m on m.sentence_id = s.id "
                             "group by s.id order by count(*) desc limit 1")[0]
    matches = sql(demo_db, 'select rule_id, start, "end", category from matches where sentence_id = ?', [sid])
    ds = make_ds(demo_db)
    for path in (f"/demo/sentences?id={sid}", f"/demo/sentences/{sid}"):
        html = (await ds.client.get(path)).text
        marks = re.findall(r'<mark [^>]*data-rules="([^"]*)"[^>]*>(.*?)</mark>', html)
        for rule_id in {m[0] for m in matches}:
            # overlapping spans are split into pieces, each naming every rule covering it
            marked = "".join(unescape(t) for rules, t in marks if rule_id in rules.split())
            expected = "".join(text[s:e] for r, s, e, _ in sorted(matches, key=lambda m: m[1]) if r == rule_id)
            assert marked == expected, (path, rule_id)
    # labeled_sentences rows highlight only the evidence of their own category
    cat = matches[0][3]
    html = (await ds.client.get(f"/demo/labeled_sentences?sentence_id={sid}&category={cat}")).text
    marks = re.findall(r'<mark class="demand-evidence cat-([\w-]+)"', html)
    assert marks and set(marks) == {cat}


@pytest.mark.asyncio
async def test_unlabeled_sentences_and_other_columns_are_left_alone(demo_db):
    ds = make_ds(demo_db)
    sid = sql(demo_db, "select id from sentences where id not in (select sentence_id from matches) limit 1")[0][0]
    html = (await ds.client.get(f"/demo/sentences/{sid}")).text
    assert "<mark" not in html
    html = (await ds.client.get("/demo/matches")).text  # matches.text is evidence, shown plain
    assert "<mark" not in html


@pytest.mark.asyncio
async def test_other_databases_are_not_touched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table sentences (id integer primary key, text text)")
    conn.execute("create table documents (id text primary key, title text)")
    conn.execute("insert into sentences values (1, 'a <i>ceasefire</i>')")
    conn.execute("insert into documents values ('d', 'A title')")
    conn.commit()
    conn.close()
    ds = make_ds(path)
    html = (await ds.client.get("/other/sentences")).text
    assert "&lt;i&gt;ceasefire" in html and "<mark" not in html
    html = (await ds.client.get("/other/documents")).text
    assert "/-/demands/document/" not in html


@pytest.mark.asyncio
async def test_hostile_text_on_table_and_row_pages_is_inert(hostile_db):
    ds = make_ds(hostile_db)
    for path in ("/hostile/sentences", "/hostile/sentences/1", "/hostile/sentences/2", "/hostile/labeled_sentences",
                 "/hostile/documents"):
        html = (await ds.client.get(path)).text
        for marker in HOSTILE_MARKERS:
            assert marker not in html, (marker, path)
    html = (await ds.client.get("/hostile/sentences/2")).text
    # the span that covers the payload is marked, the payload itself escaped inside the mark
    assert re.search(r'<mark [^>]*>&lt;img src=x onerror=&#34;', html)


@pytest.mark.asyncio
async def test_positions_read_as_holder_and_stance_on_table_pages(demo_db, hostile_db, tmp_path):
    """labeled_sentences.positions showed raw JSON with character offsets; the HTML table says
    "RU demand; RU reject", in stance colours, while the JSON export keeps the JSON."""
    sid, cat, value = sql(demo_db, "select sentence_id, category, positions from labeled_sentences "
                                   "where json_array_length(positions) > 1 limit 1")[0]
    ds = make_ds(demo_db)
    html = (await ds.client.get(f"/demo/labeled_sentences?sentence_id={sid}&category={cat}")).text
    shown = re.findall(r'<span class="demand-position stance-(\w+)">([^<]*)</span>', html)
    assert shown == [(p["stance"], f'{p["holder"]} {p["stance"]}') for p in json.loads(value)]
    data = (await ds.client.get(f"/demo/labeled_sentences.json?sentence_id={sid}&category={cat}&_shape=array")).json()
    assert data[0]["positions"] == value
    none = sql(demo_db, "select sentence_id from labeled_sentences where positions = '[]' limit 1")
    if none:
        html = (await ds.client.get(f"/demo/labeled_sentences?sentence_id={none[0][0]}")).text
        assert "no holder found" in html
    # a hostile holder or stance is text, not markup
    hostile = tmp_path / "hostile.db"
    shutil.copy(hostile_db, hostile)
    conn = sqlite3.connect(hostile)
    conn.execute("""update labeled_sentences set positions = '[{"holder": "<script>alert(1)</script>", "stance": "x\\" onmouseover=\\"a"}]'""")
    conn.commit()
    conn.close()
    html = (await make_ds(hostile).client.get("/hostile/labeled_sentences")).text
    assert "<script>alert(1)" not in html and 'onmouseover="a' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; x" in html and "stance-other" in html


@pytest.mark.asyncio
async def test_list_columns_read_as_lists_on_the_table_page(demo_db, hostile_db, tmp_path):
    """holder_stances, cited_sources and cited_outlets are JSON lists (for array facets and filters): the table
    page showed '["RU reject", "UA demand"]'; it says "RU reject; UA demand", and the exports keep the JSON."""
    ds = make_ds(demo_db)
    for column in ("actors", "holder_stances", "cited_sources"):
        sid, cat, value = sql(demo_db, f"select sentence_id, category, {column} from labeled_sentences "
                                       f"where json_array_length({column}) > 1 limit 1")[0]
        html = (await ds.client.get(f"/demo/labeled_sentences?sentence_id={sid}&category={cat}")).text
        shown = re.findall(r'<span class="demand-list">([^<]*)</span>', html)
        assert "; ".join(str(escape(item)) for item in json.loads(value)) in shown
        assert value not in html and str(escape(value)) not in html  # no raw JSON left
        data = (await ds.client.get(f"/demo/labeled_sentences.json?sentence_id={sid}&category={cat}&_shape=array"))
        assert data.json()[0][column] == value
    empty = sql(demo_db, "select sentence_id, category from labeled_sentences where cited_sources = '[]' limit 1")[0]
    html = (await ds.client.get(f"/demo/labeled_sentences?sentence_id={empty[0]}&category={empty[1]}")).text
    assert '<span class="demand-list demand-list-none">none</span>' in html
    # a hostile source is text, not markup; a table of that name in another database is left alone
    hostile = tmp_path / "hostile.db"
    shutil.copy(hostile_db, hostile)
    conn = sqlite3.connect(hostile)
    conn.execute("""update labeled_sentences set cited_sources = '["<script>alert(1)</script>"]'""")
    conn.execute("create table plain (id integer primary key, holder_stances text)")
    conn.commit()
    conn.close()
    html = (await make_ds(hostile).client.get("/hostile/labeled_sentences")).text
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("create table labeled_sentences (id integer primary key, holder_stances text)")
    conn.execute("""insert into labeled_sentences values (1, '["RU reject", "UA demand"]')""")
    conn.commit()
    conn.close()
    html = (await make_ds(other).client.get("/other/labeled_sentences")).text
    assert "demand-list" not in html


@pytest.mark.asyncio
async def test_a_label_whose_positions_differ_says_its_stance_is_one_of_several(demo_db):
    """A user trial read a row with actors "RU; UA; EU; US" and stance "reject" as all four rejecting: the
    stance cell says it is one of the positions' stances where they differ, and nothing where they agree."""
    ds = make_ds(demo_db)
    mixed = sql(demo_db, "select sentence_id, category, stance from labeled_sentences where (select count(distinct "
                         "json_extract(p.value, '$.stance')) from json_each(positions) p) > 1 limit 1")
    same = sql(demo_db, "select sentence_id, category, stance from labeled_sentences where json_array_length(positions) "
                        "> 1 and (select count(distinct json_extract(p.value, '$.stance')) from json_each(positions) p) = 1 "
                        "limit 1")
    assert mixed and same
    note = "(its positions differ: see positions)"
    sid, cat, stance = mixed[0]
    html = (await ds.client.get(f"/demo/labeled_sentences?sentence_id={sid}&category={cat}")).text
    assert f'{stance} <span class="demand-list-none">{note}</span>' in html
    data = (await ds.client.get(f"/demo/labeled_sentences.json?sentence_id={sid}&category={cat}&_shape=array")).json()
    assert data[0]["stance"] == stance
    sid, cat, _ = same[0]
    html = (await ds.client.get(f"/demo/labeled_sentences?sentence_id={sid}&category={cat}")).text
    assert note not in html


@pytest.mark.asyncio
async def test_the_sentences_behind_a_holder_and_stance_cell_show_holder_and_cue(demo_db):
    """A cell of `by=actor_stance` opens /-/demands/sentences, which showed the sentences as plain text: the
    reader could not see who took the stance, nor where. Each sentence now shows the rules' words and, of
    the row's holder and stance only, the holder's and the cue's words in their own colours."""
    holder, stance, category = sql(demo_db, """select holder, stance, category from positions
        where holder_start is not null and cue_start is not null group by 1, 2, 3 order by count(*) desc limit 1""")[0]
    ds = make_ds(demo_db)
    html = (await ds.client.get(f"/demo/-/demands/sentences?by=actor_stance&row={holder}+%C2%B7+{stance}"
                                f"&category={category}")).text
    listed = (await ds.client.get(f"/demo/-/demands/sentences.json?by=actor_stance&row={holder}+%C2%B7+{stance}"
                                  f"&category={category}")).json()["sentences"]
    assert listed
    holders = re.findall(r'<mark class="demand-holder[^"]*" title="holder ([^"]*)"', html)
    assert holders and set(holders) == {f"{holder}: {stance}"}  # no other holder's words marked
    assert f'title="stance cue: {stance}"' in html
    assert re.search(rf'<mark class="demand-evidence cat-{category}', html)
    for s in listed:
        for hs, he in sql(demo_db, "select holder_start, holder_end from positions where sentence_id = ? "
                                   "and holder = ? and stance = ? and category = ? and holder_start is not null",
                          [s["sentence_id"], holder, stance, category]):
            words = escape(s["text"][hs:he])
            assert re.search(rf'title="holder {holder}: {stance}"[^>]*>{re.escape(str(words))}</mark>', html), words


@pytest.mark.asyncio
async def test_the_sentences_page_marks_rule_words_only_for_who_may_see_matches(demo_db, hostile_db):
    metadata = {"databases": {"demo": {"tables": {"matches": {"allow": {"id": "admin"}}}}}}
    ds = make_ds(demo_db, metadata=metadata)
    anon = (await ds.client.get("/demo/-/demands/sentences")).text
    admin = (await ds.client.get("/demo/-/demands/sentences", cookies=actor_cookies(ds, {"id": "admin"}))).text
    assert "demand-evidence" not in anon and "demand-holder" in anon
    assert "demand-evidence" in admin
    html = (await make_ds(hostile_db).client.get("/hostile/-/demands/sentences")).text
    for marker in HOSTILE_MARKERS:
        assert marker not in html, marker
