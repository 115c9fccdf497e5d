"""Demands over time: the matrix page's chart of labelled sentences per published month.

The bars of a month stand for the categories (the default), the holders, or each holder with its
stance (``MatrixRequest.chart``), under the matrix's filters (dates, language, categories). Each
bar counts exactly what the sentences page lists for the request ``bar_request`` gives it, so a
click on a bar opens those sentences: a category's bar is the matrix cell of that month (``by=month``),
a holder's bar the row of that holder (``by=actor`` / ``by=actor_stance``) between the month's
first and last day. Sentences without a publication date have no month: they are counted apart.
"""

from __future__ import annotations

import calendar
import dataclasses
from dataclasses import dataclass

from .matrix import (_ACTOR_ARRAY, _LS, _POSITION_OF_ROW, CHART_SERIES, MatrixRequest, _has_table, _label_filters,
                     _where)

NONE_LABEL = "(none)"
MAX_GAP_FILL = 240  # months between the first and the last: up to this many, empty months are drawn too

# Each series keeps its colour whatever the filters leave out. Categories take Observable's ten colours
# in the order of the database's categories; a holder has a hue and each of its stances a shade of it
# (demand dark, reject middle, agree light); "(none)" is grey.
CATEGORY_COLOURS = ("#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5",
                    "#9c6b4e", "#9498a0")
HOLDER_SHADES = {  # demand, reject, agree
    "RU": ("#99000d", "#ef3b2c", "#fcae91"),
    "UA": ("#08306b", "#2171b5", "#9ecae1"),
    "US": ("#00441b", "#238b45", "#a1d99b"),
    "EU": ("#3f007d", "#6a51a3", "#bcbddc"),
    "TR": ("#7f2704", "#d94801", "#fdae6b"),
    "OTHER": ("#543005", "#8c510a", "#dfc27d"),
}
STANCE_SHADE = {"demand": 0, "reject": 1, "agree": 2}
NONE_COLOUR = "#bdbdbd"
OTHER_COLOUR = "#525252"  # a holder or stance no list above knows


@dataclass
class Bar:
    month: str
    key: str | None  # a category, a holder, or "holder · stance"; None: labels naming no holder
    count: int


@dataclass
class Timeline:
    series: str  # a key of CHART_SERIES
    bars: list[Bar]
    months: list[str]  # the x axis, oldest first
    keys: list  # the series in legend order
    undated: int  # labelled sentences (under the filters) without a publication date


def _request_where(req: MatrixRequest, prefix: str = "") -> tuple[list[str], dict]:
    """The matrix's filters on labeled_sentences, and dated rows only."""
    cat_params = {f"cat{i}": c for i, c in enumerate(req.categories)}
    where, params = _label_filters(req, cat_params, prefix=prefix)
    params.update(cat_params)
    return where, params


async def _category_counts(db, req):
    where, params = _request_where(req)
    rows = (await db.execute(
        f"select month, category, count(*) from {_LS}{_where(where + ['month is not null'])} group by 1, 2",
        params)).rows
    return [Bar(m, k, n) for m, k, n in rows]


async def _actor_counts(db, req):
    """A sentence counts once in a month for each holder any of its labels names (as the sentences
    page's row of that holder does); labels naming none make the series "(none)"."""
    where, params = _request_where(req, prefix=f"{_LS}.")
    dated = where + [f"{_LS}.month is not null"]
    rows = (await db.execute(
        f"select {_LS}.month, value, count(distinct {_LS}.sentence_id) from {_LS}, {_ACTOR_ARRAY}"
        f"{_where(dated)} group by 1, 2", params)).rows
    none = (await db.execute(
        f"select month, count(distinct sentence_id) from {_LS}"
        f"{_where(dated + [f'not exists (select 1 from {_ACTOR_ARRAY})'])} group by 1", params)).rows
    return [Bar(m, k, n) for m, k, n in rows] + [Bar(m, None, n) for m, n in none]


async def _actor_stance_counts(db, req):
    """From the positions: a sentence counts in a month for each holder and the stance it takes
    there; labels without a position make "(none)". A database without the positions table: each
    holder a label names with the label's stance."""
    where, params = _request_where(req, prefix=f"{_LS}.")
    dated = where + [f"{_LS}.month is not null"]
    if await _has_table(db, "positions"):
        rows = (await db.execute(
            f"select {_LS}.month, p.holder || ' · ' || p.stance, count(distinct p.sentence_id) from positions p"
            f" join {_LS} on {_LS}.sentence_id = p.sentence_id and {_LS}.category = p.category"
            f"{_where(dated)} group by 1, 2", params)).rows
        none_clause = f"not exists ({_POSITION_OF_ROW})"
    else:
        rows = (await db.execute(
            f"select {_LS}.month, value || ' · ' || coalesce(nullif({_LS}.stance, ''), '?'),"
            f" count(distinct {_LS}.sentence_id) from {_LS}, {_ACTOR_ARRAY}{_where(dated)} group by 1, 2",
            params)).rows
        none_clause = f"not exists (select 1 from {_ACTOR_ARRAY})"
    none = (await db.execute(
        f"select month, count(distinct sentence_id) from {_LS}{_where(dated + [none_clause])} group by 1",
        params)).rows
    return [Bar(m, k, n) for m, k, n in rows] + [Bar(m, None, n) for m, n in none]


async def _undated(db, req) -> int:
    where, params = _request_where(req)
    return (await db.execute(
        f"select count(distinct sentence_id) from {_LS}{_where(where + ['month is null'])}", params)).first()[0]


def _month_axis(months: set[str]) -> list[str]:
    """The months with bars, and the empty months between them (unless the span is very long)."""
    known = sorted(m for m in months if _is_month(m))
    if not known:
        return sorted(months)
    (y0, m0), (y1, m1) = (map(int, known[0].split("-")), map(int, known[-1].split("-")))
    span = (y1 - y0) * 12 + (m1 - m0) + 1
    if span > MAX_GAP_FILL:
        return sorted(months)
    axis = [f"{y0 + (m0 - 1 + i) // 12:04d}-{(m0 - 1 + i) % 12 + 1:02d}" for i in range(span)]
    return axis + sorted(months - set(axis))


def _is_month(value) -> bool:
    return (isinstance(value, str) and len(value) == 7 and value[4] == "-" and value[:4].isdigit()
            and value[5:].isdigit() and 1 <= int(value[5:]) <= 12)


async def compute(db, req: MatrixRequest, categories: list[dict]) -> Timeline:
    """The bars of the chart for this request; ``categories`` in the matrix's column order."""
    if req.chart == "category":
        bars = await _category_counts(db, req)
        order = {c["name"]: i for i, c in enumerate(categories)}
        totals = {}
    else:
        bars = await (_actor_counts if req.chart == "actor" else _actor_stance_counts)(db, req)
        order = {}
        totals = {}
        for b in bars:
            totals[b.key] = totals.get(b.key, 0) + b.count
    keys = sorted({b.key for b in bars},
                  key=lambda k: (k is None, order.get(k, len(order)), -totals.get(k, 0), str(k)))
    rank = {k: i for i, k in enumerate(keys)}
    bars.sort(key=lambda b: (str(b.month), rank[b.key]))
    return Timeline(series=req.chart, bars=bars, months=_month_axis({b.month for b in bars}), keys=keys,
                    undated=await _undated(db, req))


def bar_request(req: MatrixRequest, bar: Bar) -> tuple[MatrixRequest, object, bool] | None:
    """(request, row key, has_key) of the sentences page that lists the sentences a bar counts;
    None for a "month" that is no month (a date stored before dates were parsed)."""
    base = dataclasses.replace(req, sort="total", limit=None, chart="category")
    if req.chart == "category":
        return dataclasses.replace(base, by="month", categories=[bar.key]), bar.month, True
    if not _is_month(bar.month):
        return None
    year, month = map(int, bar.month.split("-"))
    first = f"{bar.month}-01"
    last = f"{bar.month}-{calendar.monthrange(year, month)[1]:02d}"
    date_from = max(first, req.date_from) if req.date_from else first
    date_to = min(last, req.date_to) if req.date_to else last
    return dataclasses.replace(base, by=req.chart, date_from=date_from, date_to=date_to), bar.key, True


def label(key) -> str:
    return NONE_LABEL if key is None else str(key)


def colours(series: str, keys: list, every_category: list[str]) -> list[str]:
    """The colour of each key of the chart, the same on every page of the database: a category's by its
    place among all the database's categories (not those the filters keep), a holder's by its code."""
    def colour(key) -> str:
        if key is None:
            return NONE_COLOUR
        if series == "category":
            return CATEGORY_COLOURS[every_category.index(key) % len(CATEGORY_COLOURS)] if key in every_category \
                else OTHER_COLOUR
        holder, _, stance = str(key).partition(" · ")
        shades = HOLDER_SHADES.get(holder)
        if shades is None:
            return OTHER_COLOUR
        return shades[STANCE_SHADE.get(stance, 1)] if series == "actor_stance" else shades[1]
    return [colour(k) for k in keys]


def series_title(series: str) -> str:
    return CHART_SERIES[series]
