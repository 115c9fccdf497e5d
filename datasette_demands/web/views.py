"""The plugin's pages: /-/demands, /<db>/-/demands(.json|.csv), the document page and the rules page.

Every handler checks permissions first (compat.ensure_can_view: instance, database and every
table it reads), then validates its query parameters (400 with a message), then runs
parameterised SQL. Templates autoescape; sentence text goes through highlight.highlight.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
from urllib.parse import urlencode

from datasette import Response
from datasette.utils import tilde_decode, tilde_encode
from datasette.database import QueryInterrupted
from datasette.utils.asgi import Base400, BadRequest, NotFound

from ..rulebook.model import STANCES
from . import compat
from .highlight import DEMANDS_TABLES as REQUIRED_TABLES, Span, css_slug, highlight, position_spans
from . import timeline
from .matrix import (CHART_SERIES, DIMENSIONS, HTML_ROW_LIMIT, LABEL_ONLY_DIMENSIONS, SENTENCE_MATRIX_PARAMS,
                     SENTENCE_COLUMNS, SENTENCE_PARAMS, SENTENCES_PAGE_SIZE, TABLES as MATRIX_TABLES,
                     ParamError, add_positions, all_sentences_of, available_dimensions, check_unknown, compute, csv_safe, load_categories,
                     load_langs, outlet_column,
                     parse_request, positions_text, request_filter_args, row_filter_args, sentences_of, shade, to_csv_rows,
                     to_json)

DOCUMENT_TABLES = ("documents", "sentences", "labels", "matches", "categories")
RULES_TABLES = ("rules", "categories")
RULE_SENTENCES_TABLES = ("matches", "sentences", "documents")
RULE_SENTENCE_LIMIT = 200
RULES_PAGE_SIZE = 50  # rules (with their examples) on one page of /<db>/-/demands/rules
NONE_LABEL = "(none)"
# the chart's scripts, in loading order: Observable Plot's UMD build needs d3 as a global (static/vendor/README.md)
TIMELINE_SCRIPTS = ("vendor/d3-7.9.2/d3.min.js", "vendor/observablehq-plot-0.6.17/plot.umd.min.js",
                    "demands-timeline.js")


# ---------------------------------------------------------------- helpers

class TooSlow(Base400):
    """A query hit Datasette's time limit: 503 with a message, not a 500 with SQL in it."""
    status = 503


def guarded(handler):
    @functools.wraps(handler)
    async def wrapper(request, datasette):
        try:
            return await handler(request, datasette)
        except QueryInterrupted:
            limit = datasette.setting("sql_time_limit_ms")
            raise TooSlow(f"This page needs more time than the SQL time limit ({limit} ms) allows. "
                          "Narrow it with the date or language filters, or raise the limit with "
                          "--setting sql_time_limit_ms.")
    return wrapper


async def render_page(ds, request, template: str, context: dict) -> Response:
    """A plugin page rendered in Datasette's frame, with what its footer needs on either line (compat.page_context)."""
    return Response.html(await ds.render_template(template, compat.page_context(context), request=request))


def _qs(pairs) -> str:
    pairs = [(k, v) for k, v in pairs if v is not None]
    return ("?" + urlencode(pairs)) if pairs else ""


def document_url(ds, database: str, doc_id, anchor: str | None = None) -> str:
    url = ds.urls.database(database) + "/-/demands/document/" + tilde_encode(str(doc_id))
    return url + (f"#{anchor}" if anchor else "")


def matrix_url(ds, database: str, fmt: str | None = None) -> str:
    return ds.urls.database(database) + "/-/demands" + (f".{fmt}" if fmt else "")


def sentences_url(ds, database: str, req=None, key=None, has_key: bool = False, fmt: str | None = None,
                  every: bool = False) -> str:
    """The page listing the distinct sentences a matrix count counts: a row's "Any demand"
    (``has_key``; ``key`` None is the row "(none)") or the total, under the request's filters;
    ``every``: a row's "Sentences" (every sentence, labelled or not: the categories do not apply)."""
    args = [(k, v) for k, v in (req.query_args() if req else []) if k not in ("sort", "limit", "chart")
            and not (every and k == "category")]
    if every and req is not None and not has_key:
        args = [(k, v) for k, v in args if k != "by"]
    if has_key:
        args += [("row_none", "1")] if key is None else [("row", key)]
    if every:
        args.append(("all", "1"))
    return ds.urls.database(database) + "/-/demands/sentences" + (f".{fmt}" if fmt else "") + _qs(args)


def rules_url(ds, database: str) -> str:
    return ds.urls.database(database) + "/-/demands/rules"


def safe_href(url) -> str | None:
    """The URL if it is an http(s) link, else None (no javascript:, data: ... in href)."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    return u if u.lower().startswith(("http://", "https://")) else None


async def has_demands_tables(db) -> bool:
    names = set(await db.table_names())
    return all(t in names for t in REQUIRED_TABLES)


async def _database_for(request, ds, tables):
    """Resolve the database of the URL, check permissions, check it holds the demands tables."""
    db = compat.resolve_database(ds, request)
    await compat.ensure_can_view(ds, request.actor, db.name, tables)
    if not await has_demands_tables(db):
        raise NotFound(f"Database {db.name} holds no demands tables (build it with `datasette demands build`)")
    return db


def _bad(e: ParamError):
    raise BadRequest(str(e))


def _single(args, name):
    values = args.getlist(name)
    if len(values) > 1:
        raise ParamError(f"Parameter '{name}' was given {len(values)} times; give it once")
    return (values[0].strip() or None) if values else None


def _page_number(args) -> int:
    """The 'page' parameter of a paged page: a whole number from 1 (1 when absent)."""
    page = _single(args, "page") or "1"
    if not page.isdigit() or int(page) < 1:
        raise ParamError(f"Parameter 'page' must be a whole number from 1, not {page!r}")
    return int(page)


def _paging(request, page: int, total: int, size: int, noun: str, base: str) -> dict:
    """Where page `page` of `total` items, `size` a page, sits: its first and last item, and links from
    `base` to the pages beside it with the request's other parameters kept (`query(n)` gives the query
    string of page n, for another format's link). A page past the last is a 404 that says how many there are."""
    pages = max(1, -(-total // size))
    if page > pages:
        raise NotFound(f"Page {page} is past the last page ({pages}) of these {total} {noun}")
    here = [(k, v) for k in request.args.keys() for v in request.args.getlist(k) if k != "page"]

    def query(n):
        return _qs(here + ([("page", n)] if n > 1 else []))

    shown = max(0, min(size, total - (page - 1) * size))
    return {"page": page, "pages": pages, "first": (page - 1) * size + 1 if shown else 0,
            "last": (page - 1) * size + shown, "query": query,
            "prev_url": base + query(page - 1) if page > 1 else None,
            "next_url": base + query(page + 1) if page < pages else None}


# ---------------------------------------------------------------- /-/demands

@guarded
async def instance_page(request, datasette):
    ds = datasette
    await compat.ensure_can_view(ds, request.actor)
    fmt = request.url_vars.get("format")
    try:
        check_unknown(request.args, ())
    except ParamError as e:
        _bad(e)
    databases = []
    for name, db in ds.databases.items():
        if not await has_demands_tables(db):
            continue
        if not await compat.can_view(ds, request.actor, name, MATRIX_TABLES):
            continue
        # (sentence_id, category) is the primary key of labels: per category, rows are distinct sentences
        per_cat = (await db.execute(
            "select category, count(*) from labels group by category order by category")).rows
        documents, sentences = (await db.execute(
            "select count(*), coalesce(sum(sentence_count), 0) from documents")).first()
        databases.append({
            "name": name,
            "documents_url": ds.urls.table(name, "documents"),
            "sentences_url": ds.urls.table(name, "sentences"),
            "labeled_sentences_url": sentences_url(ds, name),
            "category_urls": {r[0]: ds.urls.table(name, "labeled_sentences") + _qs([("category", r[0])])
                              for r in per_cat},
            "documents": documents,
            "sentences": sentences,
            "labeled_sentences": (await db.execute("select count(distinct sentence_id) from labels")).first()[0],
            "categories": {r[0]: r[1] for r in per_cat},
            "matrix_url": matrix_url(ds, name),
            "rules_url": rules_url(ds, name),
        })
    if fmt == "json":
        return Response.json({"ok": True, "databases": databases})
    return await render_page(ds, request, "demands_index.html",
                             {"databases": databases, "json_url": ds.urls.path("/-/demands.json")})


# ---------------------------------------------------------------- /<db>/-/demands

async def _matrix_request(request, ds, html: bool, extra=(), params=None):
    """What a matrix or sentences request asks for: (database, format, categories, languages,
    dimensions, parsed filters), after the permission check; a bad parameter answers 400."""
    db = await _database_for(request, ds, MATRIX_TABLES)
    fmt = request.url_vars.get("format") or "html"
    categories = await load_categories(db)
    langs = await load_langs(db)
    dimensions = await available_dimensions(db)
    try:
        req = parse_request(request.args, categories=[c["name"] for c in categories], langs=langs,
                            dimensions=dimensions, html=html and fmt == "html", extra=extra,
                            **({"params": params} if params is not None else {}))
    except ParamError as e:
        _bad(e)
    return db, fmt, categories, langs, dimensions, req


@guarded
async def matrix_page(request, datasette):
    ds = datasette
    db, fmt, categories, langs, dimensions, req = await _matrix_request(request, ds, html=True)
    m = await compute(db, req, categories=categories, dimensions=dimensions)
    if fmt == "json":
        return Response.json({"ok": True, "database": db.name, **to_json(m)})
    if fmt == "csv":
        buf = io.StringIO()
        all_rows = ds.absolute_url(request, matrix_url(ds, db.name, "csv") + req.query_string(limit=None))
        csv.writer(buf).writerows(to_csv_rows(m, all_rows))
        return Response(buf.getvalue(), content_type="text/csv; charset=utf-8")

    table_url = ds.urls.table(db.name, "labeled_sentences")
    filters = request_filter_args(req)
    chart = await _timeline_context(ds, db, req, m, [c["name"] for c in categories])
    rows = []
    outlets = await outlet_column(db) if req.by == "outlet" else None
    for r in m.rows:
        row_args = row_filter_args(req.by, r.key, outlets)
        label = r.label if r.key is not None else NONE_LABEL
        if req.by == "document":
            href = document_url(ds, db.name, r.key)
        elif req.by == "actor_stance":  # positions, which no filter of labeled_sentences selects
            href = sentences_url(ds, db.name, req, r.key, has_key=True)
        else:
            href = table_url + _qs(row_args + filters)
        cells = []
        for c in m.categories:
            n = r.counts.get(c["name"], 0)
            if req.by == "actor_stance":  # positions: the sentences page selects by holder and stance
                cell_href = sentences_url(ds, db.name, dataclasses.replace(req, categories=[c["name"]]), r.key, True)
            else:
                cell_href = table_url + _qs(row_args + [("category", c["name"])] + filters)
            cells.append({"n": n, "shade": shade(n, m.max_cell) if r.key is not None else 0,
                          "category": c["name"], "href": cell_href if n else None})
        # "Any demand" counts distinct sentences: it opens the page listing exactly those
        rows.append({"label": label, "key": r.key, "href": href, "cells": cells, "total": r.total,
                     "sentences": r.sentences,
                     "total_href": sentences_url(ds, db.name, req, r.key, has_key=True),
                     # "Sentences": every sentence of the row, labelled or not
                     "sentences_href": sentences_url(ds, db.name, req, r.key, has_key=True, every=True)})
    columns = [{
        "name": c["name"], "title": c["title"], "description": c["description"], "slug": css_slug(c["name"]),
        "total": m.column_totals.get(c["name"], 0),
        "href": table_url + _qs([("category", c["name"])] + filters),
        "sort_href": matrix_url(ds, db.name) + req.query_string(sort=c["name"]),
    } for c in m.categories]
    context = {
        "database": db.name,
        "req": req,
        "matrix": m,
        "rows": rows,
        "columns": columns,
        "dimensions": [(d, DIMENSIONS[d]) for d in m.dimensions],
        "dimension_title": DIMENSIONS[req.by],
        "langs": langs,
        "all_categories": categories,
        "show_sentences": req.by not in LABEL_ONLY_DIMENSIONS,
        "sentences_total": m.sentences_total,
        "sentences_total_href": sentences_url(ds, db.name, req, every=True),
        "total_href": sentences_url(ds, db.name, req),
        "json_url": matrix_url(ds, db.name, "json") + req.query_string(),
        "csv_url": matrix_url(ds, db.name, "csv") + req.query_string(),
        "matrix_url": matrix_url(ds, db.name),
        "sort_total_href": matrix_url(ds, db.name) + req.query_string(sort=None),
        "sort_name_href": matrix_url(ds, db.name) + req.query_string(sort="name"),
        "all_rows_href": matrix_url(ds, db.name) + req.query_string(limit=m.row_count) if m.truncated else None,
        "rules_url": rules_url(ds, db.name),
        "html_row_limit": HTML_ROW_LIMIT,
        "chart": chart,
    }
    return await render_page(ds, request, "demands_matrix.html", context)


async def _timeline_context(ds, db, req, m, every_category: list[str]) -> dict:
    """The chart "Demands over time": its data (handed to the page as JSON, drawn by
    static/demands-timeline.js), the same numbers as a table, and the links that switch its series;
    ``every_category``: the database's categories, whatever the filters keep (they fix the colours)."""
    tl = await timeline.compute(db, req, m.categories)

    def href(bar):
        target = timeline.bar_request(req, bar)
        return sentences_url(ds, db.name, *target) if target else None

    bars = [{"month": b.month, "key": timeline.label(b.key), "count": b.count, "href": href(b)} for b in tl.bars]
    keys = [timeline.label(k) for k in tl.keys]
    by_cell = {(b["month"], b["key"]): b for b in bars}
    table = [{"month": month, "cells": [by_cell.get((month, k)) for k in keys]} for month in tl.months]
    switch = [{"key": key, "title": title, "href": matrix_url(ds, db.name) + req.query_string(
                   chart=None if key == "category" else key), "current": key == req.chart}
              for key, title in CHART_SERIES.items() if key == "category" or key in m.dimensions]
    return {
        "data": {"series": tl.series, "series_title": CHART_SERIES[tl.series], "months": tl.months, "keys": keys,
                 "colours": timeline.colours(tl.series, tl.keys, every_category), "bars": bars},
        "series_names": keys, "table": table, "switch": switch, "series_title": CHART_SERIES[tl.series],
        "undated": tl.undated,
        "undated_href": sentences_url(ds, db.name, dataclasses.replace(req, by="month"), None, True),
        "scripts": [ds.urls.static_plugins("datasette-demands", path) for path in TIMELINE_SCRIPTS],
    }


# ---------------------------------------------------------------- /<db>/-/demands/sentences

@guarded
async def sentences_page(request, datasette):
    """The distinct labeled sentences behind a matrix count: as many rows as the count says. With
    ``all=1``, every sentence (labelled or not) behind a "Sentences" count."""
    ds = datasette
    db, fmt, categories, _langs, dimensions, req = await _matrix_request(
        request, ds, html=False, extra=SENTENCE_PARAMS, params=SENTENCE_MATRIX_PARAMS)
    try:
        row = _single(request.args, "row")
        row_none = _single(request.args, "row_none")
        if row_none not in (None, "1"):
            raise ParamError(f"Parameter 'row_none' must be 1, not {row_none!r}")
        if row is not None and row_none:
            raise ParamError("Give 'row' or 'row_none', not both")
        if row is not None and req.by == "actor_stance":
            holder, sep, stance = row.partition(" · ")
            if not sep or not holder or stance not in STANCES + ("?",):
                raise ParamError(f"A row of the actor and stance matrix is 'HOLDER · STANCE' (e.g. 'RU · demand'; "
                                 f"stances: {', '.join(STANCES)}), not {row!r}")
        every = _single(request.args, "all")
        if every not in (None, "1"):
            raise ParamError(f"Parameter 'all' must be 1, not {every!r}")
        every = every == "1"
        has_key = row is not None or bool(row_none)
        if every and req.categories:
            raise ParamError("'all=1' lists every sentence, labeled or not: 'category' does not apply; "
                             "leave it out (or leave out 'all' for the labeled sentences of those categories)")
        if every and has_key and req.by in LABEL_ONLY_DIMENSIONS:
            raise ParamError(f"'all=1' with a row needs rows that every sentence has (by source, document, "
                             f"lang or month), not by {req.by!r}")
        page = _page_number(request.args)
    except ParamError as e:
        _bad(e)
    size = SENTENCES_CSV_PAGE_SIZE if fmt == "csv" else SENTENCES_PAGE_SIZE
    if every:
        count, sentences = await all_sentences_of(db, req, row, has_key, page, size)
    else:
        count, sentences = await sentences_of(db, req, row, has_key, page, size)
    await add_positions(db, sentences, req.categories)
    for s_ in sentences:  # the link to the sentence in its document, in the JSON and the CSV alike
        s_["url"] = ds.absolute_url(request, document_url(ds, db.name, s_["document_id"], f"s-{s_['seq']}"))
    base = ds.urls.database(db.name) + "/-/demands/sentences"
    paging = _paging(request, page, count, size, "sentences", base)
    if fmt == "csv":
        next_csv = ds.absolute_url(request, base + ".csv" + paging["query"](page + 1)) if paging["next_url"] else None
        return Response(_sentences_csv(sentences, next_csv, count - paging["last"]),
                        content_type="text/csv; charset=utf-8")
    if fmt == "json":
        next_json = base + ".json" + paging["query"](page + 1) if paging["next_url"] else None
        return Response.json({"ok": True, "database": db.name, "count": count, "page": page,
                              "pages": paging["pages"], "sentences": sentences, "next": next_json})
    show_rules = await compat.can_view(ds, request.actor, db.name, ("matches",))
    spans = await _evidence_of(db, sentences, req, row, show_rules)
    for s_ in sentences:
        s_["href"] = document_url(ds, db.name, s_["document_id"], f"s-{s_['seq']}")
        s_["html"] = highlight(s_["text"], spans.get(s_["sentence_id"], ()))
        s_["chips"] = [{"name": c, "slug": css_slug(c)} for c in s_["categories"]]
    # the legend shows each highlighted category in its own colour, as the sentences and their chips show it
    legend = [{"name": c, "slug": css_slug(c)} for c in sorted(
        {sp.category for sps in spans.values() for sp in sps if sp.kind == "evidence" and sp.category})]
    if has_key:
        what = DIMENSIONS[req.by].lower() + " " + (NONE_LABEL if row is None else row)
        if req.by == "document" and row is not None:
            title = (await db.execute("select coalesce(title, id) from documents where id = ?", [row])).first()
            what = "document " + (title[0] if title else row)
    else:
        what = None
    context = {
        "database": db.name, "count": count, "sentences": sentences, "every": every,
        **{k: paging[k] for k in ("page", "pages", "first", "last", "prev_url", "next_url")},
        "what": what, "req": req, "show_rules": show_rules, "legend": legend, "json_url": base + ".json" + paging["query"](page),
        "csv_url": base + ".csv" + paging["query"](1),  # from the first sentence: a CSV page holds 10,000
        "matrix_url": matrix_url(ds, db.name) + req.query_string(),
    }
    return await render_page(ds, request, "demands_sentences.html", context)


async def _evidence_of(db, sentences: list[dict], req, row, show_rules: bool) -> dict:
    """sentence id -> the spans to highlight on the sentences page: each rule's words (when `show_rules`: the
    actor may see `matches`) and the holder and cue of each position, of the categories asked for; for a row
    of the holder matrices, only that holder's positions (with that stance)."""
    ids = [s_["sentence_id"] for s_ in sentences]
    if not ids:
        return {}
    spans: dict = {i: [] for i in ids}
    in_ids = f"sentence_id in ({', '.join('?' * len(ids))})"
    cats = list(req.categories)
    in_cats = f" and category in ({', '.join('?' * len(cats))})" if cats else ""
    if show_rules:
        rows = (await db.execute(f'select sentence_id, start, "end", rule_id, category from matches '
                                 f'where {in_ids}{in_cats}', [*ids, *cats])).rows
        for sid, start, end, rule_id, category in rows:
            spans[sid].append(Span(start, end, rule_id, category))
    holder_sql, holder_params = "", []
    if row is not None and req.by in ("actor", "actor_stance"):
        holder, _, stance = row.partition(" · ")
        holder_sql, holder_params = " and holder = ?", [holder]
        if stance in STANCES:
            holder_sql, holder_params = holder_sql + " and stance = ?", [holder, stance]
    try:
        rows = (await db.execute(f"select sentence_id, holder, stance, holder_start, holder_end, cue_start, cue_end "
                                 f"from positions where {in_ids}{in_cats}{holder_sql}",
                                 [*ids, *cats, *holder_params])).rows
    except Exception:  # a database made before positions were stored
        rows = []
    for sid, *position in rows:
        spans[sid].extend(position_spans([position]))
    return spans


SENTENCES_CSV_PAGE_SIZE = 10_000  # rows of a sentences CSV; a last row links the next page
# the four last came later, each after the others: a spreadsheet reading columns by place keeps working
SENTENCES_CSV_HEADER = SENTENCE_COLUMNS + ("url", "positions", "cited_source", "cited_sources")


def _sentences_csv(sentences: list[dict], next_url: str | None, more: int) -> str:
    """The sentences behind a count as CSV, a row each (categories joined by ';', the link to the sentence in its
    document, the positions as "ceasefire: UA demand; ceasefire: RU reject", the first cited source and every
    one, joined by "; ");
    when more sentences follow, a last row says how many and where the next page is."""
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(SENTENCES_CSV_HEADER)
    for s_ in sentences:
        cells = [";".join(s_[c]) if c == "categories" else s_[c] for c in SENTENCE_COLUMNS]
        out.writerow([csv_safe(v) for v in cells + [s_["url"], positions_text(s_["positions"]), s_["cited_source"] or "",
                                                    "; ".join(s_["cited_sources"])]])
    if next_url:
        out.writerow([f"{more} more sentences: {next_url}"] + [""] * (len(SENTENCES_CSV_HEADER) - 1))
    return buf.getvalue()


# ---------------------------------------------------------------- document page

def _paragraphs(sentences):
    """Group sentences into paragraphs: a gap of two or more characters between two sentences
    (a blank line in the source) starts a new paragraph."""
    paras, prev_end = [], None
    for s in sentences:
        if prev_end is None or (s["start"] is not None and s["start"] - prev_end >= 2):
            paras.append([])
        paras[-1].append(s)
        prev_end = s["end"] if s["end"] is not None else prev_end
    return paras


async def _document_in_a_format(ds, db, doc_id: str) -> None:
    """/<db>/-/demands/document/<id>.json (or .csv) of a stored document: the page is HTML only; a 404 that says
    where its data is (its rows of `sentences` and `labeled_sentences`), not a bare "No document"."""
    stem, dot, fmt = doc_id.rpartition(".")
    if not dot or fmt not in ("json", "csv"):
        return
    if (await db.execute("select 1 from documents where id = ?", [stem])).first() is None:
        return
    args = "?" + urlencode({"document_id": stem})
    sentences, labeled = ds.urls.table(db.name, "sentences"), ds.urls.table(db.name, "labeled_sentences")
    raise NotFound(f"The document page has no .{fmt} form: it is HTML only ({document_url(ds, db.name, stem)}). "
                   f"Its sentences as data: {sentences}.{fmt}{args}; its labels: {labeled}.{fmt}{args}")


@guarded
async def document_page(request, datasette):
    ds = datasette
    db = await _database_for(request, ds, DOCUMENT_TABLES)
    doc_id = tilde_decode(request.url_vars["doc_id"])
    categories = await load_categories(db)
    cat_names = [c["name"] for c in categories]
    try:
        check_unknown(request.args, ("category",))
        only = _single(request.args, "category")
        if only is not None and only not in cat_names:
            raise ParamError(f"Unknown category {only!r}; the rulebook has: " + (", ".join(cat_names) or "none"))
    except ParamError as e:
        _bad(e)
    doc = (await db.execute(
        "select id, source, title, url, published, lang from documents where id = ?", [doc_id])).first()
    if doc is None:
        await _document_in_a_format(ds, db, doc_id)
        raise NotFound(f"No document with id {doc_id!r} in {db.name}")
    doc = dict(zip(("id", "source", "title", "url", "published", "lang"), doc))
    sent_rows = (await db.execute(
        'select id, seq, text, lang, start, "end" from sentences where document_id = ? order by seq', [doc_id])).rows
    label_rows = (await db.execute(
        "select sentence_id, category, actors, stance from labels where document_id = ? order by category",
        [doc_id])).rows
    match_rows = (await db.execute(
        'select sentence_id, start, "end", rule_id, category from matches where document_id = ? order by start',
        [doc_id])).rows
    labels, matches = {}, {}
    for sid, cat, actors, stance in label_rows:
        if only and cat != only:
            continue
        try:
            actor_list = [a for a in json.loads(actors or "[]") if isinstance(a, str)]
        except (ValueError, TypeError):
            actor_list = []
        labels.setdefault(sid, []).append({"category": cat, "slug": css_slug(cat), "actors": actor_list,
                                           "stance": stance})
    for sid, start, end, rule_id, cat in match_rows:
        if only and cat != only:
            continue
        matches.setdefault(sid, []).append((start, end, rule_id, cat))
    table_url = ds.urls.table(db.name, "labeled_sentences")
    sentences = []
    per_category = {}
    for sid, seq, text, lang, start, end in sent_rows:
        lbs = labels.get(sid, [])
        for lb in lbs:
            per_category[lb["category"]] = per_category.get(lb["category"], 0) + 1
            lb["href"] = table_url + _qs([("sentence_id", sid), ("category", lb["category"])])
        sentences.append({"id": sid, "seq": seq, "lang": lang, "start": start, "end": end,
                          "html": highlight(text, matches.get(sid, [])), "labels": lbs})
    summary = [{"name": c["name"], "title": c["title"], "slug": css_slug(c["name"]),
                "count": per_category.get(c["name"], 0),
                "href": request.path + _qs([("category", c["name"])])}
               for c in categories if per_category.get(c["name"])]
    context = {
        "database": db.name,
        "doc": doc,
        "doc_href": safe_href(doc["url"]),
        "row_url": ds.urls.row(db.name, "documents", tilde_encode(str(doc_id))),
        "paragraphs": _paragraphs(sentences),
        "sentence_count": len(sentences),
        "labeled_count": len(labels),
        "summary": summary,
        "only": only,
        "all_href": request.path,
        "matrix_url": matrix_url(ds, db.name),
        "rules_url": rules_url(ds, db.name),
    }
    return await render_page(ds, request, "demands_document.html", context)


# ---------------------------------------------------------------- rules page

def _json_list(value):
    try:
        out = json.loads(value) if value else []
    except (ValueError, TypeError):
        return []
    return [str(x) for x in out] if isinstance(out, list) else []


def _grouped_by_pack(categories: list[dict], rules: list[dict]) -> list[dict]:
    """The rules by pack (the core first, then by name), and within a pack by category; a category that
    two packs add rules to appears under each. `pack_first` marks where a pack's heading goes."""
    packs = sorted({r["pack"] for r in rules}, key=lambda p: (p != "core", p))
    cat_names = [c["name"] for c in categories]
    groups = []
    for pack in packs:
        own = [r for r in rules if r["pack"] == pack]
        pack_groups = [{"name": c["name"], "title": c["title"], "description": c["description"],
                        "slug": css_slug(c["name"]), "rules": [r for r in own if r["category"] == c["name"]]}
                       for c in categories]
        pack_groups = [g for g in pack_groups if g["rules"]]
        orphans = [r for r in own if r["category"] not in cat_names]
        if orphans:
            pack_groups.append({"name": "(no category)", "title": "(no category)", "description": "",
                                "slug": "none", "rules": orphans})
        seen = {g["slug"] for g in groups}
        for i, g in enumerate(pack_groups):
            g.update(pack=pack, pack_slug=css_slug(pack), pack_first=i == 0,
                     anchor="cat-" + g["slug"] + ("" if g["slug"] not in seen else "-" + css_slug(pack)))
        groups.extend(pack_groups)
    return groups


@guarded
async def rules_page(request, datasette):
    ds = datasette
    db = await _database_for(request, ds, RULES_TABLES)
    categories = await load_categories(db)
    cat_names = [c["name"] for c in categories]
    rule_langs = [r[0] for r in (await db.execute(
        "select distinct lang from rules where lang is not null order by lang")).rows]
    try:
        check_unknown(request.args, ("category", "lang", "rule", "unused", "page"))
        category = _single(request.args, "category")
        if category is not None and category not in cat_names:
            raise ParamError(f"Unknown category {category!r}; the rulebook has: " + (", ".join(cat_names) or "none"))
        lang = _single(request.args, "lang")
        if lang is not None and lang not in rule_langs:
            raise ParamError(f"Unknown rule language {lang!r}; the rules have: " + ", ".join(rule_langs))
        unused = _single(request.args, "unused")
        if unused not in (None, "0", "1"):
            raise ParamError(f"Parameter 'unused' must be 1 or 0, not {unused!r}")
        rule = _single(request.args, "rule")
        if rule is not None and (await db.execute("select 1 from rules where id = ?", [rule])).first() is None:
            raise ParamError(f"Unknown rule {rule!r}")
        page = _page_number(request.args)
    except ParamError as e:
        _bad(e)
    where, params = [], []
    if category:
        where.append("category = ?")
        params.append(category)
    if lang:
        where.append("lang = ?")
        params.append(lang)
    if unused == "1":
        where.append("coalesce(hits, 0) = 0")
    if rule:
        where.append("id = ?")
        params.append(rule)
    # a database made before rule packs (schema 6) and not built since has no rules.pack: all its rules are core's
    has_pack = any(row[1] == "pack" for row in (await db.execute("pragma table_info(rules)")).rows)
    sql = ("select id, category, lang, description, file, line, status, examples_match, examples_no_match, "
           f"hits, sentences, cue, {'coalesce(pack, ' if has_pack else '('}'core') from rules"
           + ((" where " + " and ".join(where)) if where else "") + " order by category, coalesce(hits, 0) = 0, lang, id")  # in a category, the rules that fired first
    rules = []
    for (rid, cat, rlang, desc, file, line, status, ex_match, ex_no, hits, nsent, cue, pack) in (
            await db.execute(sql, params)).rows:
        rules.append({
            "pack": pack,
            "id": rid, "anchor": "rule-" + css_slug(rid), "category": cat, "slug": css_slug(cat), "lang": rlang,
            "description": desc, "file": file, "line": line, "status": status, "cue": bool(cue),
            "examples_match": _json_list(ex_match), "examples_no_match": _json_list(ex_no),
            "hits": hits or 0, "sentences": nsent or 0,
            "href": rules_url(ds, db.name) + _qs([("rule", rid)]),
            "matches_href": ds.urls.table(db.name, "matches") + _qs([("rule_id", rid)]),
        })
    # paged in the order the page shows them (by pack, then category), the groups formed again on each page
    in_order = [r for group in _grouped_by_pack(categories, rules) for r in group["rules"]]
    paging = _paging(request, page, len(in_order), RULES_PAGE_SIZE, "rules", rules_url(ds, db.name))
    on_page = in_order[(page - 1) * RULES_PAGE_SIZE:page * RULES_PAGE_SIZE]
    by_category = _grouped_by_pack(categories, on_page)
    evidence = None
    if rule:
        await compat.ensure_can_view(ds, request.actor, db.name, RULE_SENTENCES_TABLES)
        sids = [r[0] for r in (await db.execute(
            "select distinct sentence_id from matches where rule_id = ? order by sentence_id limit ?",
            [rule, RULE_SENTENCE_LIMIT + 1])).rows]
        more = len(sids) > RULE_SENTENCE_LIMIT
        sids = sids[:RULE_SENTENCE_LIMIT]
        evidence = {"rule": rule, "more": more, "sentences": []}
        if sids:
            marks = "(" + ", ".join("?" * len(sids)) + ")"
            spans = {}
            for sid, start, end, rid in (await db.execute(
                    f'select sentence_id, start, "end", rule_id from matches where rule_id = ? '
                    f'and sentence_id in {marks}', [rule, *sids])).rows:
                spans.setdefault(sid, []).append((start, end, rid))
            for sid, seq, text, doc_id, title, source, published in (await db.execute(
                    f"select sentences.id, sentences.seq, sentences.text, sentences.document_id, documents.title, "
                    f"documents.source, documents.published from sentences join documents "
                    f"on documents.id = sentences.document_id where sentences.id in {marks} "
                    f"order by documents.published desc, sentences.document_id, sentences.seq", sids)).rows:
                evidence["sentences"].append({
                    "html": highlight(text, spans.get(sid, [])), "title": title or doc_id, "source": source,
                    "published": published, "href": document_url(ds, db.name, doc_id, f"s-{seq}"),
                })
    context = {
        "database": db.name,
        "by_category": by_category,
        "rule_count": len(rules),
        **{k: paging[k] for k in ("page", "pages", "first", "last", "prev_url", "next_url")},
        "unused_count": sum(1 for r in rules if not r["hits"]),
        "filters": {"category": category, "lang": lang, "unused": unused, "rule": rule},
        "categories": categories,
        "rule_langs": rule_langs,
        "evidence": evidence,
        "rules_url": rules_url(ds, db.name),
        "matrix_url": matrix_url(ds, db.name),
    }
    return await render_page(ds, request, "demands_rules.html", context)


@guarded
async def document_without_id(request, datasette):
    """/<db>/-/demands/document (no id): a 404 that says how a document's page is addressed, not a bare "404"."""
    ds = datasette
    db = await _database_for(request, ds, DOCUMENT_TABLES)
    raise NotFound(f"A document's page needs its id: {ds.urls.database(db.name)}/-/demands/document/<id>. "
                   f"The ids are the `id` column of {ds.urls.table(db.name, 'documents')}, where each title links "
                   "to its document's page.")


@guarded
async def rules_in_a_format(request, datasette):
    """/<db>/-/demands/rules.json (or .csv ...): the rules page is HTML only; a 404 that says where
    the rules are as data (the `rules` table), not Datasette's bare "404"."""
    ds = datasette
    db = await _database_for(request, ds, RULES_TABLES)
    fmt = request.url_vars.get("format") or ""
    table = ds.urls.table(db.name, "rules")
    message = (f"The rules page has no .{fmt} form: it is HTML only ({rules_url(ds, db.name)}). "
               f"The rules as data are the `rules` table: {table}.json (or {table}.csv), "
               f"e.g. {table}.json?category=ceasefire&_shape=objects")
    if fmt == "json":
        return Response.json({"ok": False, "error": message, "status": 404, "title": "Not found",
                              "rules_json": table + ".json"}, status=404)
    raise NotFound(message)


# ---------------------------------------------------------------- navigation

async def database_links(datasette, actor, database: str) -> list[dict]:
    db = datasette.databases.get(database)
    if db is None or not await has_demands_tables(db):
        return []
    if not await compat.can_view(datasette, actor, database, MATRIX_TABLES):
        return []
    return [
        {"href": matrix_url(datasette, database), "label": "Demand matrix",
         "description": "Sentences per source and demand category"},
        {"href": rules_url(datasette, database), "label": "Demand rules",
         "description": "Every rule with its examples and hit count"},
    ]


async def table_links(datasette, actor, database: str, table: str) -> list[dict]:
    if table not in REQUIRED_TABLES + ("labeled_sentences", "demand_matrix"):
        return []
    return await database_links(datasette, actor, database)


async def instance_links(datasette, actor) -> list[dict]:
    if not await compat.can_view(datasette, actor):
        return []
    return [{"href": datasette.urls.path("/-/demands"), "label": "Demands",
             "description": "Demand matrices of every database"}]
