"""The demand matrix: rows by source / document / language / month (/ actor / actor + stance),
columns = the rulebook's categories, cells = distinct labeled sentences.

``parse_request`` validates query parameters (raising ``ParamError`` with a message for a 400);
``compute`` runs parameterised SQL through a Datasette ``Database``; ``ensure_matrix_view``
creates the ``demand_matrix`` SQL view for SQL users (called by the store's schema setup).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

TABLES = ("labels", "sentences", "documents", "categories")
DIMENSIONS = {
    "source": "Source",
    "document": "Document",
    "lang": "Language",
    "month": "Published month",
    "actor": "Actor",
    "actor_stance": "Actor and stance",
}
ACTOR_DIMENSIONS = ("actor", "actor_stance")
SORTS = ("total", "name")
PARAMS = ("by", "from", "to", "lang", "category", "sort", "limit")
HTML_ROW_LIMIT = 500
MAX_LIMIT = 100_000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

MATRIX_VIEW = "demand_matrix"
MATRIX_VIEW_SQL = """select
  documents.source as source,
  labels.category as category,
  count(distinct labels.sentence_id) as sentences
from labels
join documents on documents.id = labels.document_id
group by documents.source, labels.category
order by documents.source, labels.category"""


class ParamError(ValueError):
    """A query parameter is invalid; the message is meant for the user (HTTP 400)."""


def ensure_matrix_view(db) -> None:
    """Create (or update) the ``demand_matrix`` view: (source, category, sentences).

    ``db`` is a sqlite-utils Database or a sqlite3 connection. Idempotent."""
    conn = getattr(db, "conn", db)
    row = conn.execute("select sql from sqlite_master where type = 'view' and name = ?", [MATRIX_VIEW]).fetchone()
    wanted = f"create view {MATRIX_VIEW} as {MATRIX_VIEW_SQL}"
    if row and row[0] == wanted:
        return
    with conn:
        if row:
            conn.execute(f"drop view {MATRIX_VIEW}")
        conn.execute(wanted)


@dataclass
class MatrixRequest:
    by: str = "source"
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    categories: list[str] = field(default_factory=list)  # chosen columns; empty = all
    sort: str = "total"
    limit: int | None = None

    def query_args(self, **override) -> list[tuple[str, object]]:
        """The request as URL query arguments, defaults left out; ``override`` replaces values
        (``category=[...]`` replaces the chosen categories)."""
        values = {"by": None if self.by == "source" else self.by, "from": self.date_from, "to": self.date_to,
                  "lang": self.lang, "sort": None if self.sort == "total" else self.sort,
                  "limit": None if self.limit == HTML_ROW_LIMIT else self.limit, "category": self.categories}
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
                  html: bool = True) -> MatrixRequest:
    """Validate the query parameters of a matrix page. ``args`` is a Datasette MultiParams."""
    check_unknown(args, PARAMS)
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


async def available_dimensions(db) -> list[str]:
    dims = [d for d in DIMENSIONS if d not in ACTOR_DIMENSIONS]
    if await has_actor_data(db):
        dims += list(ACTOR_DIMENSIONS)
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


_ACTOR_JOIN = ("left join json_each(case when json_valid(labels.actors) and json_type(labels.actors) = 'array'"
               " then labels.actors else '[]' end) as actor")
_ACTOR_KEY = {"actor": "actor.value",
              "actor_stance": "actor.value || ' · ' || coalesce(nullif(labels.stance, ''), '?')"}
# key of a row over the documents table (the dimensions other than lang and the actor ones)
_DOC_KEY = {"source": "documents.source", "document": "documents.id", "month": "substr(documents.published, 1, 7)"}


def _date_filters(req: MatrixRequest):
    where, params = [], {}
    if req.date_from:
        where.append("documents.published >= :date_from")
        params["date_from"] = req.date_from
    if req.date_to:
        where.append("substr(documents.published, 1, 10) <= :date_to")
        params["date_to"] = req.date_to
    return where, params


def _where(clauses) -> str:
    return (" where " + " and ".join(clauses)) if clauses else ""


async def _rows_by_document_key(db, req, names, cat_params, cat_filter):
    """source / document / month: aggregate labels per document in one pass over labels (in the
    order of its document_id index), then per row key over documents."""
    key = _DOC_KEY[req.by]
    date_where, params = _date_filters(req)
    params = {**params, **cat_params}
    label_where = list(cat_filter)
    label_join = ""
    if req.lang:
        label_join = " join sentences on sentences.id = labels.sentence_id"
        label_where.append("sentences.lang = :lang")
        params["lang"] = req.lang
    sums = "".join(f", sum(labels.category = :cat{i}) as c{i}" for i in range(len(names)))
    outer = "".join(f", sum(a.c{i})" for i in range(len(names)))
    inner = (f"select labels.document_id as doc, count(distinct labels.sentence_id) as n{sums} from labels"
             f"{label_join}{_where(label_where)} group by labels.document_id")
    if req.by == "document":  # one row per document: no second aggregation
        label_expr = "coalesce(documents.title, documents.id)"
        cols = "".join(f", a.c{i}" for i in range(len(names)))
        labeled = (await db.execute(
            f"select documents.id as k, {label_expr} as label, a.n{cols} from ({inner}) as a"
            f" join documents on documents.id = a.doc{_where(date_where)}", params)).rows
    else:
        label_expr = key
        labeled = (await db.execute(
            f"select {key} as k, {label_expr} as label, sum(a.n){outer} from ({inner}) as a"
            f" join documents on documents.id = a.doc{_where(date_where)} group by k", params)).rows
    if req.lang:
        everything = (await db.execute(
            f"select {key} as k, {label_expr} as label, count(*) from sentences join documents"
            f" on documents.id = sentences.document_id{_where(date_where + ['sentences.lang = :lang'])} group by k",
            params)).rows
    elif req.by == "document":
        everything = (await db.execute(
            f"select documents.id as k, {label_expr} as label, documents.sentence_count from documents"
            f"{_where(date_where)}", params)).rows
    else:
        everything = (await db.execute(
            f"select {key} as k, {label_expr} as label, sum(documents.sentence_count) from documents"
            f"{_where(date_where)} group by k", params)).rows
    return labeled, everything


async def _rows_by_lang(db, req, names, cat_params, cat_filter):
    date_where, params = _date_filters(req)
    params = {**params, **cat_params}
    where = date_where + list(cat_filter)
    doc_join = " join documents on documents.id = labels.document_id" if date_where else ""
    if req.lang:
        where.append("sentences.lang = :lang")
        params["lang"] = req.lang
    sums = "".join(f", sum(labels.category = :cat{i})" for i in range(len(names)))
    labeled = (await db.execute(
        f"select sentences.lang as k, sentences.lang, count(distinct labels.sentence_id){sums} from labels"
        f" join sentences on sentences.id = labels.sentence_id{doc_join}{_where(where)} group by k", params)).rows
    s_where = date_where + (["sentences.lang = :lang"] if req.lang else [])
    s_join = " join documents on documents.id = sentences.document_id" if date_where else ""
    everything = (await db.execute(
        f"select sentences.lang as k, sentences.lang, count(*) from sentences{s_join}{_where(s_where)} group by k",
        params)).rows
    return labeled, everything


async def _actor_matrix(db, req, names, cat_params, cat_filter):
    """actor / actor_stance: a sentence may name several actors, so every total is a distinct count."""
    key = _ACTOR_KEY[req.by]
    date_where, params = _date_filters(req)
    params = {**params, **cat_params}
    where = date_where + list(cat_filter)
    joins = " join documents on documents.id = labels.document_id" if date_where else ""
    if req.lang:
        joins += " join sentences on sentences.id = labels.sentence_id"
        where.append("sentences.lang = :lang")
        params["lang"] = req.lang
    base = f"from labels{joins} {_ACTOR_JOIN}{_where(where)}"
    cells = (await db.execute(
        f"select {key} as k, labels.category, count(distinct labels.sentence_id) {base} group by k, labels.category",
        params)).rows
    row_totals = (await db.execute(
        f"select {key} as k, count(distinct labels.sentence_id) {base} group by k", params)).rows
    all_base = f"from labels{joins}{_where(where)}"
    col_totals = dict((await db.execute(
        f"select labels.category, count(distinct labels.sentence_id) {all_base} group by labels.category",
        params)).rows)
    total = (await db.execute(f"select count(distinct labels.sentence_id) {all_base}", params)).first()[0]
    counts: dict = {}
    for k, c, n in cells:
        counts.setdefault(k, {})[c] = n
    # labels that name no actor have the key None: the row "(none)"
    rows = [MatrixRow(key=k, label=k if k is not None else "", counts=counts.get(k, {}), total=n)
            for k, n in row_totals]
    return rows, col_totals, total


async def compute(db, req: MatrixRequest, categories: list[dict] | None = None,
                  dimensions: list[str] | None = None) -> Matrix:
    categories = categories if categories is not None else await load_categories(db)
    dimensions = dimensions if dimensions is not None else await available_dimensions(db)
    if req.categories:
        categories = [c for c in categories if c["name"] in req.categories]
    names = [c["name"] for c in categories]
    cat_params = {f"cat{i}": n for i, n in enumerate(names)}
    cat_filter = (["labels.category in ({})".format(", ".join(":" + k for k in cat_params) or "null")]
                  if req.categories else [])

    if req.by in ACTOR_DIMENSIONS:
        rows, col_totals, total = await _actor_matrix(db, req, names, cat_params, cat_filter)
    else:
        fetch = _rows_by_lang if req.by == "lang" else _rows_by_document_key
        labeled, everything = await fetch(db, req, names, cat_params, cat_filter)
        sentences = {k: (label, n) for k, label, n in everything}
        rows = []
        for k, label, n, *cells in labeled:
            rows.append(MatrixRow(key=k, label=label if label is not None else "",
                                  counts={c: v for c, v in zip(names, cells) if v},
                                  total=n or 0, sentences=sentences.get(k, (None, 0))[1] or 0))
        seen = {r.key for r in rows}
        # rows with sentences but no demand: zeros, so that "reports nothing" is visible too
        rows += [MatrixRow(key=k, label=label if label is not None else "", counts={}, total=0, sentences=n or 0)
                 for k, (label, n) in sentences.items() if k not in seen]
        # here every labeled sentence belongs to exactly one row: totals are sums
        col_totals = {c: sum(r.counts.get(c, 0) for r in rows) for c in names}
        total = sum(r.total for r in rows)

    if req.sort == "name":
        rows.sort(key=lambda r: (r.key is None, str(r.label).casefold(), str(r.key)))
    elif req.sort == "total":
        rows.sort(key=lambda r: (-r.total, r.key is None, str(r.label).casefold(), str(r.key)))
    else:
        rows.sort(key=lambda r: (-r.counts.get(req.sort, 0), -r.total, str(r.label).casefold(), str(r.key)))
    row_count = len(rows)
    if req.limit is not None:
        rows = rows[:req.limit]
    max_cell = max((n for r in rows for n in r.counts.values()), default=0)
    return Matrix(request=req, categories=categories, rows=rows, column_totals=col_totals, total=total,
                  row_count=row_count, max_cell=max_cell, dimensions=dimensions)


def shade(n: int, max_cell: int) -> int:
    """0 for an empty cell, else 1..5 by share of the largest cell."""
    if not n or not max_cell:
        return 0
    return max(1, min(5, -(-5 * n // max_cell)))


def row_filter_args(by: str, key) -> list[tuple[str, str]]:
    """Datasette table filters selecting one matrix row in the ``labeled_sentences`` view."""
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


def to_json(m: Matrix) -> dict:
    return {
        "dimension": m.request.by,
        "filters": {"from": m.request.date_from, "to": m.request.date_to, "lang": m.request.lang,
                    "category": m.request.categories},
        "dimensions": m.dimensions,
        "categories": [c["name"] for c in m.categories],
        "rows": [{"key": r.key, "label": r.label, "counts": {c["name"]: r.counts.get(c["name"], 0)
                                                               for c in m.categories},
                  "total": r.total, **({"sentences": r.sentences} if r.sentences is not None else {})}
                 for r in m.rows],
        "column_totals": {c["name"]: m.column_totals.get(c["name"], 0) for c in m.categories},
        "total": m.total,
        "row_count": m.row_count,
        "truncated": m.truncated,
    }


def _csv_safe(value) -> str:
    """Stop spreadsheet formula injection: text cells starting with = + - @ get a leading quote."""
    s = "" if value is None else str(value)
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def to_csv_rows(m: Matrix) -> list[list]:
    header = [m.request.by, *(c["name"] for c in m.categories), "total"]
    if m.request.by == "document":
        header.insert(1, "title")
    out = [header]
    for r in m.rows:
        line = [_csv_safe(r.key)]
        if m.request.by == "document":
            line.append(_csv_safe(r.label))
        line += [r.counts.get(c["name"], 0) for c in m.categories] + [r.total]
        out.append(line)
    total_line = ["total"] + ([""] if m.request.by == "document" else [])
    total_line += [m.column_totals.get(c["name"], 0) for c in m.categories] + [m.total]
    out.append(total_line)
    return out
