"""The demand matrix: rows by source / document / language / month (/ actor / actor + stance),
columns = the rulebook's categories, cells = distinct labeled sentences.

``parse_request`` validates query parameters (raising ``ParamError`` with a message for a 400);
``compute`` runs parameterised SQL through a Datasette ``Database``. (The ``demand_matrix`` SQL view
for SQL users is part of the store's schema: corpus/store.py.)
"""

from __future__ import annotations

import datetime
import heapq
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from ..corpus.store import json_strings, positions_of_json

TABLES = ("labeled_sentences", "document_langs", "labels", "sentences", "documents", "categories", "positions")
DIMENSIONS = {
    "source": "Source",
    "document": "Document",
    "lang": "Language",
    "month": "Published month",
    "actor": "Holder",
    "actor_stance": "Holder and stance",
    "outlet": "Cited outlet",
}
ACTOR_DIMENSIONS = ("actor", "actor_stance")
# rows that only labelled sentences have: no "all sentences" column
LABEL_ONLY_DIMENSIONS = ACTOR_DIMENSIONS + ("outlet",)
SORTS = ("total", "name")
PARAMS = ("by", "from", "to", "lang", "category", "sort", "limit", "chart")
# what the bars of the matrix page's chart "Demands over time" stand for (web/timeline.py)
CHART_SERIES = {"category": "Category", "actor": "Holder", "actor_stance": "Holder and stance"}
HTML_ROW_LIMIT = 500
MAX_LIMIT = 100_000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ParamError(ValueError):
    """A query parameter is invalid; the message is meant for the user (HTTP 400)."""


@dataclass
class MatrixRequest:
    by: str = "source"
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    categories: list[str] = field(default_factory=list)  # chosen columns; empty = all
    sort: str = "total"
    limit: int | None = None
    chart: str = "category"  # the series of the chart: a key of CHART_SERIES

    def query_args(self, **override) -> list[tuple[str, object]]:
        """The request as URL query arguments, defaults left out; ``override`` replaces values
        (``category=[...]`` replaces the chosen categories)."""
        values = {"by": None if self.by == "source" else self.by, "from": self.date_from, "to": self.date_to,
                  "lang": self.lang, "sort": None if self.sort == "total" else self.sort,
                  "limit": None if self.limit == HTML_ROW_LIMIT else self.limit, "category": self.categories,
                  "chart": None if self.chart == "category" else self.chart}
        values.update(override)
        out = []
        for k, v in values.items():
            if k == "category":
                out += [("category", c) for c in (v or [])]
            elif v not in (None, ""):
                out.append((k, v))
        return out

    def query_string(self, **override) -> str:
        qs = urlencode(self.query_args(**override))
        return ("?" + qs) if qs else ""


# The row of the sentences with no key (no holder, no cited outlet, no source): so named on the page,
# in the JSON's `label` (its `key` stays null) and in the CSV's first column.
NONE_LABEL = "(none)"


@dataclass
class MatrixRow:
    key: object
    label: str
    counts: dict
    total: int
    sentences: int | None = None


@dataclass
class Matrix:
    request: MatrixRequest
    categories: list[dict]  # name, title, description
    rows: list[MatrixRow]
    column_totals: dict
    total: int
    row_count: int
    max_cell: int
    dimensions: list[str]
    # every sentence (labelled or not) of every row under the date and language filters: the total of
    # the "Sentences" column, whatever rows `limit` leaves out; None for rows of labelled sentences only
    sentences_total: int | None = None

    @property
    def truncated(self) -> bool:
        return len(self.rows) < self.row_count


def _single(args, name):
    values = args.getlist(name) if hasattr(args, "getlist") else ([args[name]] if name in args else [])
    if len(values) > 1:
        raise ParamError(f"Parameter '{name}' was given {len(values)} times; give it once")
    value = values[0] if values else None
    if value is not None:
        value = value.strip()
    return value or None


def _date(value, name):
    if value is None:
        return None
    if not _DATE.match(value):
        raise ParamError(f"Parameter '{name}' must be a date like 2025-05-16, not {value!r}")
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise ParamError(f"Parameter '{name}' is not a valid date: {value!r}")
    return value


def check_unknown(args, allowed) -> None:
    unknown = sorted(set(args.keys()) - set(allowed))
    if unknown:
        raise ParamError("Unknown parameter(s): " + ", ".join(repr(u) for u in unknown)
                         + "; allowed: " + ", ".join(allowed))


def parse_request(args, *, categories: list[str], langs: list[str], dimensions: list[str],
                  html: bool = True, extra: tuple = (), params: tuple = PARAMS) -> MatrixRequest:
    """Validate the query parameters of a matrix page. ``args`` is a Datasette MultiParams;
    ``params`` names the matrix parameters the page takes, ``extra`` further parameters the caller
    checks itself."""
    check_unknown(args, tuple(params) + tuple(extra))
    req = MatrixRequest()
    by = _single(args, "by") or "source"
    if by not in DIMENSIONS:
        raise ParamError(f"Unknown dimension {by!r}; choose one of: " + ", ".join(DIMENSIONS))
    if by not in dimensions:
        raise ParamError(f"Dimension {by!r} has no data in this database yet (the labels carry no actors); "
                         "choose one of: " + ", ".join(dimensions))
    req.by = by
    req.date_from = _date(_single(args, "from"), "from")
    req.date_to = _date(_single(args, "to"), "to")
    if req.date_from and req.date_to and req.date_from > req.date_to:
        raise ParamError(f"'from' ({req.date_from}) is after 'to' ({req.date_to})")
    lang = _single(args, "lang")
    if lang is not None and lang not in langs:
        raise ParamError(f"Unknown language {lang!r}; this database has: " + (", ".join(langs) or "none"))
    req.lang = lang
    chosen = [c.strip() for c in args.getlist("category") if c.strip()] if hasattr(args, "getlist") else []
    for c in chosen:
        if c not in categories:
            raise ParamError(f"Unknown category {c!r}; the rulebook has: " + (", ".join(categories) or "none"))
    req.categories = list(dict.fromkeys(chosen))
    sort = _single(args, "sort") or "total"
    if sort not in SORTS and sort not in categories:
        raise ParamError(f"Unknown sort {sort!r}; choose total, name or a category")
    req.sort = sort
    chart = _single(args, "chart") or "category"
    if chart not in CHART_SERIES:
        raise ParamError(f"Unknown chart {chart!r}; choose one of: " + ", ".join(CHART_SERIES))
    if chart != "category" and chart not in dimensions:
        raise ParamError(f"Chart {chart!r} has no data in this database yet (the labels carry no actors); "
                         "choose category")
    req.chart = chart
    limit = _single(args, "limit")
    if limit is not None:
        if not limit.isdigit() or not (1 <= int(limit) <= MAX_LIMIT):
            raise ParamError(f"Parameter 'limit' must be a whole number from 1 to {MAX_LIMIT}, not {limit!r}")
        req.limit = int(limit)
    elif html:
        req.limit = HTML_ROW_LIMIT
    return req


async def has_actor_data(db) -> bool:
    cols = {r[1] for r in (await db.execute("pragma table_info(labels)")).rows}
    if not {"actors", "stance"} <= cols:
        return False
    row = (await db.execute(
        "select 1 from labels where actors is not null and trim(actors) not in ('', '[]', 'null') limit 1")).first()
    return row is not None


async def outlet_column(db) -> str | None:
    """The column of labeled_sentences the matrix by outlet reads: `cited_outlets` (schema 11: every outlet a
    sentence cites, so "Reuters and Sky News reported" counts under both), `cited_outlet` (schemas 5 to 10, opened
    as they are: the first outlet only), or None (older)."""
    columns = {r[1] for r in (await db.execute("pragma table_info(labeled_sentences)")).rows}
    return next((c for c in ("cited_outlets", "cited_outlet") if c in columns), None)


async def available_dimensions(db) -> list[str]:
    dims = [d for d in DIMENSIONS if d not in LABEL_ONLY_DIMENSIONS]
    if await has_actor_data(db):
        dims += list(ACTOR_DIMENSIONS)
    if await outlet_column(db):
        dims.append("outlet")
    return dims


async def load_categories(db) -> list[dict]:
    """Categories of the rulebook, plus any label category missing from the categories table."""
    rows = (await db.execute("select name, title, description from categories order by name")).rows
    cats = [{"name": r[0], "title": r[1] or r[0], "description": r[2] or ""} for r in rows]
    known = {c["name"] for c in cats}
    cats += [{"name": v, "title": v, "description": ""} for v in await _distinct(db, "labels", "category")
             if v not in known]
    return cats


async def load_langs(db) -> list[str]:
    return await _distinct(db, "sentences", "lang")


_DISTINCT_SQL = """with recursive v(x) as (
  select min({col}) from {table}
  union all
  select (select min({col}) from {table} where {col} > v.x) from v where v.x is not null
) select x from v where x is not null"""


async def _distinct(db, table: str, column: str) -> list:
    """Distinct non-null values of an indexed column, in order, by skipping through its index
    (one lookup per value instead of a scan of every row). ``table`` and ``column`` are constants."""
    return [r[0] for r in (await db.execute(_DISTINCT_SQL.format(table=table, col=column))).rows]


# The matrix reads the labeled_sentences table (one row per sentence and category, with the
# document's source, date and month and the sentence's language; kept by the store): no joins,
# and covering indexes (store.LABELED_SENTENCES_MATRIX_INDEXES) answer each query from an index.
# "All sentences" of a row come from documents.sentence_count, or, per language, from the
# document_langs summary table.
_LS = "labeled_sentences"
# column of labeled_sentences holding the row key (one value per sentence, so every labeled
# sentence belongs to exactly one row)
_LS_KEY = {"source": "source", "document": "document_id", "month": "month", "lang": "lang", "outlet": "cited_outlet"}
# the same key over documents, for the "all sentences" column
_DOC_KEY = {"source": "documents.source", "document": "documents.id", "month": "substr(documents.published, 1, 7)"}


def _where(clauses) -> str:
    return (" where " + " and ".join(clauses)) if clauses else ""


def _label_filters(req: MatrixRequest, cat_params: dict, prefix: str = ""):
    """WHERE clauses and parameters selecting the labeled_sentences rows of a request."""
    where, params = [], {}
    if req.date_from:
        where.append(f"{prefix}published >= :date_from")
        params["date_from"] = req.date_from
    if req.date_to:
        where.append(f"substr({prefix}published, 1, 10) <= :date_to")
        params["date_to"] = req.date_to
    if req.lang:
        where.append(f"{prefix}lang = :lang")
        params["lang"] = req.lang
    if req.categories:
        where.append(f"{prefix}category in ({', '.join(':' + k for k in cat_params) or 'null'})")
        params.update(cat_params)
    return where, params


def _document_filters(req: MatrixRequest):
    where, params = [], {}
    if req.date_from:
        where.append("documents.published >= :date_from")
        params["date_from"] = req.date_from
    if req.date_to:
        where.append("substr(documents.published, 1, 10) <= :date_to")
        params["date_to"] = req.date_to
    return where, params


async def _has_table(db, name: str) -> bool:
    return (await db.execute("select 1 from sqlite_master where type = 'table' and name = ?", [name])).first() \
        is not None


async def _labeled_counts(db, req, names, cat_params):
    """(key, distinct labeled sentences, count per category...) per row key, from labeled_sentences."""
    key = _LS_KEY[req.by]
    where, params = _label_filters(req, cat_params)
    params.update(cat_params)
    sums = "".join(f", sum(category = :cat{i})" for i in range(len(names)))
    return (await db.execute(
        f"select {key} as k, count(distinct sentence_id){sums} from {_LS}{_where(where)} group by {key}",
        params)).rows


async def _all_sentences(db, req):
    """(key, label, number of sentences) per row key: every sentence, labeled or not. The label of a
    document is left out (None): a page shows a few hundred of tens of thousands."""
    if req.by not in _DOC_KEY and req.by != "lang":
        return []  # an outlet is cited by labelled sentences only
    date_where, params = _document_filters(req)
    by_lang = req.by == "lang"
    if not by_lang and not req.lang:  # whole documents: their sentence_count
        if req.by == "document":  # titles: only for the rows shown (_document_titles)
            sql = f"select documents.id, null, documents.sentence_count from documents{_where(date_where)}"
        else:
            key = _DOC_KEY[req.by]
            sql = (f"select {key} as k, {key}, sum(documents.sentence_count) from documents{_where(date_where)}"
                   f" group by k")
        return (await db.execute(sql, params)).rows
    where = list(date_where)
    if req.lang:
        params["lang"] = req.lang
    if await _has_table(db, "document_langs"):
        if req.lang:
            where.insert(0, "document_langs.lang = :lang")
        join = " join documents on documents.id = document_langs.document_id" if (date_where or not by_lang) else ""
        src = f"from document_langs{join}{_where(where)}"
        if by_lang:
            sql = f"select document_langs.lang as k, document_langs.lang, sum(document_langs.sentences) {src} group by k"
        elif req.by == "document":
            sql = f"select documents.id, null, document_langs.sentences {src}"
        else:
            key = _DOC_KEY[req.by]
            sql = f"select {key} as k, {key}, sum(document_langs.sentences) {src} group by k"
    else:  # a database built before document_langs existed: count the sentences themselves
        if req.lang:
            where.insert(0, "sentences.lang = :lang")
        join = " join documents on documents.id = sentences.document_id" if (date_where or not by_lang) else ""
        src = f"from sentences{join}{_where(where)}"
        if by_lang:
            sql = f"select sentences.lang as k, sentences.lang, count(*) {src} group by k"
        else:
            key = _DOC_KEY[req.by]
            label = "null" if req.by == "document" else key
            sql = f"select {key} as k, {label}, count(*) {src} group by k"
    return (await db.execute(sql, params)).rows


def _json_list(value: str) -> str:
    """json_each over the SQL expression `value` when it holds a JSON array, over nothing otherwise (null, '',
    a bare string or broken JSON left by hand or by an older schema): a list column read safely."""
    return f"json_each(case when json_valid({value}) and json_type({value}) = 'array' then {value} else '[]' end)"


_ACTOR_ARRAY = _json_list("actors")
_OUTLET_ARRAY = _json_list("cited_outlets")

_EXPAND_SQL = ("select json_extract(pair.value, '$[0]'), json_extract(pair.value, '$[1]'), {key} "
               "from json_each(:pairs) as pair left join " + _json_list("json_extract(pair.value, '$[0]')")
               + " as actor")
_EXPAND_KEY = {"actor": "actor.value",
               "actor_stance": "actor.value || ' · ' || coalesce(nullif(json_extract(pair.value, '$[1]'), ''), '?')"}


async def _actor_matrix(db, req, names, cat_params):
    """actor / actor_stance: a sentence may name several actors, so every total is a distinct count.

    The row key of a label depends only on its (actors, stance) pair, and a corpus has few distinct
    pairs. So: (1) count labels per (actors, stance, category) (one pass over a covering index);
    (2) expand each distinct pair into its row keys with SQLite's own json_each; (3) cells and column
    totals are sums of (1), since (sentence_id, category) is the primary key; (4) row totals count a
    sentence once however many of its labels name the key: the sentences with several labels are
    counted again, grouped by the pairs of their labels, and the difference taken off."""
    where, params = _label_filters(req, cat_params)
    groups = (await db.execute(
        f"select actors, stance, category, count(*) from {_LS}{_where(where)} group by actors, stance, category",
        params)).rows
    multi = (await db.execute(
        f"select sig, count(*) from (select json_group_array(json_array(actors, stance)) as sig from {_LS}"
        f"{_where(where)} group by sentence_id having count(*) > 1) group by sig", params)).rows
    pairs = sorted({(a, st) for a, st, _, _ in groups}, key=repr)
    keys: dict = {}
    if pairs:
        for a, st, k in (await db.execute(_EXPAND_SQL.format(key=_EXPAND_KEY[req.by]),
                                          {"pairs": json.dumps(pairs)})).rows:
            keys.setdefault((a, st), set()).add(k)
    counts: dict = {}
    col_totals: dict = {}
    row_totals: dict = {}
    total = 0
    for a, st, cat, n in groups:
        col_totals[cat] = col_totals.get(cat, 0) + n
        total += n
        for k in keys.get((a, st), {None}):
            cell = counts.setdefault(k, {})
            cell[cat] = cell.get(cat, 0) + n
            row_totals[k] = row_totals.get(k, 0) + n
    for sig, n in multi:  # sentences with several labels were counted once per label above
        labels = [tuple(p) for p in json.loads(sig)]
        total -= n * (len(labels) - 1)
        per_key: dict = {}
        for pair in labels:
            for k in keys.get(pair, {None}):
                per_key[k] = per_key.get(k, 0) + 1
        for k, times in per_key.items():
            row_totals[k] -= n * (times - 1)
    # labels that name no actor have the key None: the row "(none)"
    rows = [MatrixRow(key=k, label=k if k is not None else "", counts=counts.get(k, {}), total=n)
            for k, n in row_totals.items()]
    return rows, col_totals, total


# a position of the labeled_sentences row at hand (correlated on its sentence and category)
_POSITION_OF_ROW = ("select 1 from positions p where p.sentence_id = labeled_sentences.sentence_id"
                    " and p.category = labeled_sentences.category")


async def _position_matrix(db, req, names, cat_params):
    """actor_stance from the positions: each holder with its own stance ("Russia rejected Ukraine's call
    for a ceasefire" counts in "RU · reject" and in "UA · demand"). A cell counts the sentences where the
    holder takes that stance on the category; labels with no position make the row "(none)"."""
    where, params = _label_filters(req, cat_params, prefix=f"{_LS}.")
    joined = f"positions p join {_LS} on {_LS}.sentence_id = p.sentence_id and {_LS}.category = p.category"
    return await _several_keys_matrix(db, where, params, joined, "p.holder || ' · ' || p.stance",
                                      f"not exists ({_POSITION_OF_ROW})")


async def _outlet_matrix(db, req, names, cat_params):
    """outlet, from `cited_outlets`: a sentence citing two outlets counts under each ("Reuters and Sky News
    reported"); labels citing no outlet the lexicon knows make the row "(none)"."""
    where, params = _label_filters(req, cat_params, prefix=f"{_LS}.")
    return await _several_keys_matrix(db, where, params, f"{_LS} join {_OUTLET_ARRAY} as outlet", "outlet.value",
                                      f"not exists (select 1 from {_OUTLET_ARRAY})")


async def _several_keys_matrix(db, where: list, params: dict, joined: str, key: str, no_key: str):
    """The rows of a matrix whose key a label may have several of (`key` over `joined`, the labeled_sentences
    rows with one row per key): a cell and a row total count distinct sentences; the labels `no_key` selects
    make the row "(none)"; column totals and the total count labelled sentences."""
    src = f"from {joined}{_where(where)}"
    counts: dict = {}
    for k, cat, n in (await db.execute(f"select {key}, {_LS}.category, count(distinct {_LS}.sentence_id) {src}"
                                       f" group by 1, 2", params)).rows:
        counts.setdefault(k, {})[cat] = n
    row_totals = dict((await db.execute(
        f"select {key}, count(distinct {_LS}.sentence_id) {src} group by 1", params)).rows)
    none_where = where + [no_key]
    none_counts = dict((await db.execute(
        f"select category, count(*) from {_LS}{_where(none_where)} group by category", params)).rows)
    if none_counts:
        counts[None] = none_counts
        row_totals[None] = (await db.execute(
            f"select count(distinct sentence_id) from {_LS}{_where(none_where)}", params)).first()[0]
    col_totals = dict((await db.execute(
        f"select category, count(*) from {_LS}{_where(where)} group by category", params)).rows)
    total = (await db.execute(f"select count(distinct sentence_id) from {_LS}{_where(where)}", params)).first()[0]
    rows = [MatrixRow(key=k, label=k if k is not None else "", counts=counts.get(k, {}), total=n)
            for k, n in row_totals.items()]
    return rows, col_totals, total


async def _document_titles(db, ids: list) -> dict:
    """id -> title (or the id when there is none) of these documents, in one query."""
    if not ids:
        return {}
    return dict((await db.execute(
        "select id, coalesce(title, id) from documents where id in (select value from json_each(:ids))",
        {"ids": json.dumps(ids)})).rows)


def _candidates(labeled: list, req: MatrixRequest, names: list[str]) -> list:
    """The labeled rows (key, total, count per category...) that can be among the first
    ``req.limit`` rows: sorted by a count, a row whose count is below the limit-th largest cannot,
    so the (many) others are never turned into MatrixRows nor sorted by their labels."""
    if req.limit is None or req.sort == "name" or len(labeled) <= req.limit:
        return labeled
    if req.sort == "total":
        col = 1
    elif req.sort in names:
        col = 2 + names.index(req.sort)
    else:
        return labeled
    named = [r[col] or 0 for r in labeled if r[0] is not None]  # the row "(none)" comes last anyway
    if len(named) < req.limit:
        return labeled
    threshold = heapq.nlargest(req.limit, named)[-1]
    if not threshold:  # ties with the rows without demands: keep everything
        return labeled
    return [r for r in labeled if r[0] is None or (r[col] or 0) >= threshold]


async def compute(db, req: MatrixRequest, categories: list[dict] | None = None,
                  dimensions: list[str] | None = None) -> Matrix:
    categories = categories if categories is not None else await load_categories(db)
    dimensions = dimensions if dimensions is not None else await available_dimensions(db)
    if req.categories:
        categories = [c for c in categories if c["name"] in req.categories]
    names = [c["name"] for c in categories]
    cat_params = {f"cat{i}": n for i, n in enumerate(names)}

    unlabeled: dict = {}  # key -> (label, sentences) of the rows with sentences but no demand
    hidden = 0
    sentences_total = None
    if req.by == "actor_stance" and await _has_table(db, "positions"):
        rows, col_totals, total = await _position_matrix(db, req, names, cat_params)
    elif req.by in ACTOR_DIMENSIONS:
        rows, col_totals, total = await _actor_matrix(db, req, names, cat_params)
    elif req.by == "outlet" and await outlet_column(db) == "cited_outlets":
        rows, col_totals, total = await _outlet_matrix(db, req, names, cat_params)
    else:
        labeled = await _labeled_counts(db, req, names, cat_params)
        everything = {k: (label, n) for k, label, n in await _all_sentences(db, req)}
        if req.by not in LABEL_ONLY_DIMENSIONS:
            sentences_total = sum(n or 0 for _, n in everything.values())
        # here every labeled sentence belongs to exactly one row: totals are sums
        total = sum(r[1] or 0 for r in labeled)
        col_totals = {c: sum(r[2 + i] or 0 for r in labeled) for i, c in enumerate(names)}
        unlabeled = dict(everything)
        for r in labeled:
            unlabeled.pop(r[0], None)
        shown = _candidates(labeled, req, names)
        hidden = len(labeled) - len(shown)  # rows that cannot make the page: counted, not built
        rows = []
        for k, n, *cells in shown:
            label, all_n = everything.get(k, (k, None if req.by in LABEL_ONLY_DIMENSIONS else 0))
            rows.append(MatrixRow(k, label if label is not None else "", {c: v for c, v in zip(names, cells) if v},
                                  n or 0, all_n if all_n is None else all_n or 0))

    if req.sort == "name":
        def sort_key(r):
            return (r.key is None, str(r.label).casefold(), str(r.key))
    elif req.sort == "total":  # the row "(none)" is what is left over: it comes last, whatever its count
        def sort_key(r):
            return (r.key is None, -r.total, str(r.label).casefold(), str(r.key))
    else:
        def sort_key(r):
            return (r.key is None, -r.counts.get(req.sort, 0), -r.total, str(r.label).casefold(), str(r.key))
    row_count = len(rows) + hidden + len(unlabeled)
    # Sorted by a count, the rows without any demand (all zeros) come after every row whose count
    # is positive: when there are enough of those to fill the page, the others are not needed.
    positive = (sum(1 for r in rows if r.total) if req.sort == "total"
                else sum(1 for r in rows if r.counts.get(req.sort)) if req.sort != "name" else 0)
    if not (req.limit is not None and req.sort != "name" and positive >= req.limit):
        # rows with sentences but no demand: zeros, so that "reports nothing" is visible too
        rows += [MatrixRow(k, label if label is not None else "", {}, 0, n or 0)
                 for k, (label, n) in unlabeled.items()]
    if req.by == "document":
        titles = await _document_titles(db, [r.key for r in rows])
        for r in rows:
            r.label = titles.get(r.key, r.key) if r.key is not None else ""
    rows.sort(key=sort_key)
    if req.limit is not None:
        rows = rows[:req.limit]
    max_cell = _largest_named_cell(rows)
    return Matrix(request=req, categories=categories, rows=rows, column_totals=col_totals, total=total,
                  row_count=row_count, max_cell=max_cell, dimensions=dimensions, sentences_total=sentences_total)


def _largest_named_cell(rows: list[MatrixRow]) -> int:
    """The largest count of a row that has a key: the scale of the shading. The row "(none)" (on the
    demo, by outlet, nearly every sentence) would otherwise pale every other cell; it is not shaded."""
    named = [n for r in rows if r.key is not None for n in r.counts.values()]
    return max(named, default=0)


def shade(n: int, max_cell: int) -> int:
    """0 for an empty cell, else 1..5 by share of the largest cell."""
    if not n or not max_cell:
        return 0
    return max(1, min(5, -(-5 * n // max_cell)))


def row_filter_args(by: str, key, outlets: str = "cited_outlets") -> list[tuple[str, str]]:
    """Datasette table filters selecting one matrix row in the ``labeled_sentences`` view (`outlets`: the
    column outlet_column found)."""
    if by == "source":
        return [("source__isnull", "1")] if key is None else [("source", key)]
    if by == "document":
        return [("document_id", key)]
    if by == "lang":
        return [("lang__isnull", "1")] if key is None else [("lang", key)]
    if by == "month":
        return [("published__isnull", "1")] if key is None else [("published__startswith", key)]
    if by == "actor":
        return [("actors", "[]")] if key is None else [("actors__arraycontains", key)]
    if by == "outlet" and outlets == "cited_outlets":
        return [("cited_outlets", "[]")] if key is None else [("cited_outlets__arraycontains", key)]
    if by == "outlet":
        return [("cited_outlet__isnull", "1")] if key is None else [("cited_outlet", key)]
    if by == "actor_stance":
        if key is None:
            return [("actors", "[]")]
        actor, _, stance = str(key).partition(" · ")
        out = [("actors__arraycontains", actor)]
        out += [("stance__isblank", "1")] if stance == "?" else [("stance", stance)]
        return out
    raise ValueError(by)


def request_filter_args(req: MatrixRequest) -> list[tuple[str, str]]:
    """The date and language filters as Datasette table filters on ``labeled_sentences``."""
    out = []
    if req.date_from:
        out.append(("published__gte", req.date_from))
    if req.date_to:
        day = datetime.date.fromisoformat(req.date_to) + datetime.timedelta(days=1)
        out.append(("published__lt", day.isoformat()))
    if req.lang:
        out.append(("lang", req.lang))
    return out


# --- the sentences behind a count: /<db>/-/demands/sentences -----------------------------------

SENTENCE_PARAMS = ("row", "row_none", "page", "all")
# the matrix parameters the sentences page takes (sort, limit and chart shape the matrix page only:
# a 400 names them, as any unknown parameter)
SENTENCE_MATRIX_PARAMS = ("by", "from", "to", "lang", "category")
SENTENCES_PAGE_SIZE = 100


def _row_clause(by: str, key, has_key: bool, params: dict, positions: bool = False,
                outlets_listed: bool = False) -> list[str]:
    """WHERE clauses selecting the labeled_sentences rows of one matrix row (none: every row),
    exactly as the matrix counts them (see _labeled_counts, _actor_matrix and, with `positions`,
    _position_matrix, with `outlets_listed`, _outlet_matrix)."""
    if not has_key:
        return []
    if by == "outlet" and outlets_listed:
        return _listed_clause(_OUTLET_ARRAY, key, params)
    if by == "actor_stance" and positions:
        if key is None:
            return [f"not exists ({_POSITION_OF_ROW})"]
        holder, _, stance = str(key).partition(" · ")
        params.update({"row": holder, "row_stance": stance})
        return [f"exists ({_POSITION_OF_ROW} and p.holder = :row and p.stance = :row_stance)"]
    if by in _LS_KEY:
        col = _LS_KEY[by]
        if key is None:
            return [f"{col} is null"]
        params["row"] = key
        return [f"{col} = :row"]
    if by == "actor" or key is None:  # labels that name no actor: the row "(none)"
        return _listed_clause(_ACTOR_ARRAY, key, params)
    actor, _, stance = str(key).partition(" · ")
    params["row_stance"] = stance
    return _listed_clause(_ACTOR_ARRAY, actor, params) + ["coalesce(nullif(stance, ''), '?') = :row_stance"]


def _listed_clause(array: str, key, params: dict) -> list[str]:
    """The labels whose list (`array`, a _json_list) holds `key`; with no key, those whose list is empty."""
    if key is None:
        return [f"not exists (select 1 from {array})"]
    params["row"] = key
    return [f"exists (select 1 from {array} where value = :row)"]


SENTENCE_COLUMNS = ("sentence_id", "document_id", "seq", "title", "source", "published", "lang", "categories",
                     "text")


def _sentence_rows(rows) -> list[dict]:
    """The rows of sentences_of and all_sentences_of (selected in the order of SENTENCE_COLUMNS, the
    categories as a JSON array) as dicts, the categories a sorted list."""
    out = []
    for r in rows:
        d = dict(zip(SENTENCE_COLUMNS, r))
        d["categories"] = sorted(json.loads(d["categories"] or "[]"))
        out.append(d)
    return out


async def sentences_of(db, req: MatrixRequest, key=None, has_key: bool = False,
                       page: int = 1, page_size: int = SENTENCES_PAGE_SIZE) -> tuple[int, list[dict]]:
    """The distinct labeled sentences a matrix count counts ("Any demand" of a row, or the total):
    (how many, one page of them with their categories, newest first)."""
    cats = req.categories
    cat_params = {f"cat{i}": c for i, c in enumerate(cats)}
    where, params = _label_filters(req, cat_params)
    where += _row_clause(req.by, key, has_key, params, positions=await _has_table(db, "positions"),
                         outlets_listed=req.by == "outlet" and await outlet_column(db) == "cited_outlets")
    src = f"from {_LS}{_where(where)}"
    (count,) = (await db.execute(f"select count(distinct sentence_id) {src}", params)).first()
    params.update({"limit": page_size, "offset": (page - 1) * page_size})
    rows = (await db.execute(
        f"select sentence_id, document_id, seq, min(title), min(source), min(published), min(lang), "
        f"json_group_array(category), min(text) {src} group by sentence_id "
        f"order by min(published) desc, document_id, seq limit :limit offset :offset", params)).rows
    return count, _sentence_rows(rows)


async def add_positions(db, sentences: list[dict], categories=()) -> None:
    """Give each sentence (of sentences_of or all_sentences_of) its `positions`, each {category, holder, stance},
    of the categories asked for (all when none), its `cited_source` (null when it cites none) and `cited_sources`
    (every source it cites, in order), from `labels`: what a reader of the list or its export needs to tell
    "RU reject" from "UA demand", and who reported it."""
    if not sentences:
        return
    columns = {r[1] for r in (await db.execute("pragma table_info(labels)")).rows}  # older schemas lack some
    wanted = ", ".join(c if c in columns else f"null as {c}" for c in ("positions", "cited_source", "cited_sources"))
    params = [json.dumps([s["sentence_id"] for s in sentences]), *categories]
    in_cats = f" and category in ({', '.join('?' * len(categories))})" if categories else ""
    rows = (await db.execute(
        f"select sentence_id, category, {wanted} from labels "
        f"where sentence_id in (select value from json_each(?)){in_cats} order by sentence_id, category",
        params)).rows
    found: dict = {}
    for sid, category, positions, cited, every in rows:
        entry = found.setdefault(sid, {"positions": [], "cited_source": None, "cited_sources": []})
        entry["positions"] += [{"category": category, "holder": p.get("holder"), "stance": p.get("stance")}
                               for p in positions_of_json(positions)]
        entry["cited_source"] = entry["cited_source"] or cited
        # a schema before 10 stored the first source only
        entry["cited_sources"] = entry["cited_sources"] or (json_strings(every) if every else [cited] if cited else [])
    for s in sentences:
        s.update(found.get(s["sentence_id"], {"positions": [], "cited_source": None, "cited_sources": []}))


def positions_text(positions: list[dict]) -> str:
    """A sentence's positions as one cell of text: "ceasefire: UA demand; ceasefire: RU reject"."""
    return "; ".join(f"{p['category']}: {p['holder']} {p['stance']}" for p in positions)


# the key of a matrix row over every sentence (labelled or not), as _all_sentences counts it
_ALL_KEY = {"source": "documents.source", "document": "sentences.document_id",
            "month": "substr(documents.published, 1, 7)", "lang": "sentences.lang"}


async def all_sentences_of(db, req: MatrixRequest, key=None, has_key: bool = False,
                           page: int = 1, page_size: int = SENTENCES_PAGE_SIZE) -> tuple[int, list[dict]]:
    """Every sentence, labelled or not, a matrix's "Sentences" count counts (of one row, or of all rows):
    under the date and language filters, whatever the categories. (how many, one page of them with the
    categories of their labels, newest first)."""
    where, params = _document_filters(req)
    if req.lang:
        where.append("sentences.lang = :lang")
        params["lang"] = req.lang
    if has_key:
        col = _ALL_KEY[req.by]
        if key is None:
            where.append(f"{col} is null")
        else:
            where.append(f"{col} = :row")
            params["row"] = key
    src = f"from sentences join documents on documents.id = sentences.document_id{_where(where)}"
    (count,) = (await db.execute(f"select count(*) {src}", params)).first()
    params.update({"limit": page_size, "offset": (page - 1) * page_size})
    rows = (await db.execute(
        f"select sentences.id, sentences.document_id, sentences.seq, documents.title, documents.source, "
        f"documents.published, sentences.lang, "
        f"(select json_group_array(category) from labels where labels.sentence_id = sentences.id), "
        f"sentences.text {src} order by documents.published desc, sentences.document_id, sentences.seq "
        f"limit :limit offset :offset", params)).rows
    return count, _sentence_rows(rows)


def to_json(m: Matrix) -> dict:
    return {
        "dimension": m.request.by,
        "filters": {"from": m.request.date_from, "to": m.request.date_to, "lang": m.request.lang,
                    "category": m.request.categories},
        "dimensions": m.dimensions,
        "categories": [c["name"] for c in m.categories],
        "rows": [{"key": r.key, "label": NONE_LABEL if r.key is None else r.label, "counts": {c["name"]: r.counts.get(c["name"], 0)
                                                               for c in m.categories},
                  "total": r.total, **({"sentences": r.sentences} if r.sentences is not None else {})}
                 for r in m.rows],
        "column_totals": {c["name"]: m.column_totals.get(c["name"], 0) for c in m.categories},
        "total": m.total,
        **({"sentences_total": m.sentences_total} if m.sentences_total is not None else {}),
        "row_count": m.row_count,
        "truncated": m.truncated,
    }


def csv_safe(value) -> str:
    """Stop spreadsheet formula injection: text cells starting with = + - @ get a leading quote."""
    s = "" if value is None else str(value)
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def to_csv_rows(m: Matrix, all_rows_url: str | None = None) -> list[list]:
    """The matrix as CSV rows: a header, a row per matrix row, the total row; when ``limit`` left
    rows out, a last row that says so (its first cell; the others empty), with ``all_rows_url``."""
    sentences = m.request.by not in LABEL_ONLY_DIMENSIONS
    header = [m.request.by, *(c["name"] for c in m.categories), "total"] + (["sentences"] if sentences else [])
    if m.request.by == "document":
        header.insert(1, "title")
    out = [header]
    for r in m.rows:
        line = [csv_safe(NONE_LABEL if r.key is None else r.key)]
        if m.request.by == "document":
            line.append(csv_safe(r.label))
        line += [r.counts.get(c["name"], 0) for c in m.categories] + [r.total]
        if sentences:
            line.append("" if r.sentences is None else r.sentences)
        out.append(line)
    total_line = ["total"] + ([""] if m.request.by == "document" else [])
    total_line += [m.column_totals.get(c["name"], 0) for c in m.categories] + [m.total]
    if sentences:
        total_line.append("" if m.sentences_total is None else m.sentences_total)
    out.append(total_line)
    if m.truncated:
        note = (f"(rows left out: {m.row_count - len(m.rows)} of {m.row_count} rows are not above, "
                f"as limit={m.request.limit} asks; the totals count every row. All rows: "
                + (all_rows_url or "the same URL without limit") + ")")
        out.append([note] + [""] * (len(header) - 1))
    return out
