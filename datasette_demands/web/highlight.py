"""Evidence highlighting: wrap matched spans of a sentence in <mark title="rule id">, escape the rest.

``highlight(text, spans)`` is pure and used by every page that shows sentence text;
``render_cell`` is the Datasette hook body: it highlights the ``text`` column of the ``sentences`` and
``labeled_sentences`` tables, links titles to the document page, and spells out the JSON columns of
``labeled_sentences`` (positions, actors, holder_stances, cited_sources, cited_outlets) for the table page, and
says there when a label's stance is one of several.
"""

from __future__ import annotations

import json
import re
import time
import weakref
from typing import Iterable, NamedTuple

from markupsafe import Markup, escape

HIGHLIGHT_TABLES = {"sentences": "id", "labeled_sentences": "sentence_id"}
TITLE_LINK_TABLES = {"documents": "id", "labeled_sentences": "document_id"}
# labeled_sentences columns that hold a JSON list for Datasette's array facets and filters: the table page shows
# them as a list ("RU reject; UA demand"), the JSON stays in the exports and the filters.
LIST_COLUMNS = ("actors", "holder_stances", "cited_sources", "cited_outlets")
DEMANDS_TABLES = ("documents", "sentences", "labels", "matches", "rules", "categories")
_DEMANDS_TABLES_SQL = ("select count(*) from sqlite_master where type = 'table' and name in ({})"
                       .format(", ".join("?" * len(DEMANDS_TABLES))))
_SLUG = re.compile(r"[^a-z0-9_-]+")


class Span(NamedTuple):
    start: int
    end: int
    rule_id: str  # for a holder or a cue: what the tooltip says of it ("holder RU: reject")
    category: str | None = None
    kind: str = "evidence"  # evidence (a rule's match) | holder (who holds a position) | cue (its stance word)


KIND_CLASSES = {"evidence": "demand-evidence", "holder": "demand-holder", "cue": "demand-cue"}


def css_slug(value) -> str:
    """A string safe to use inside a class attribute (letters, digits, - and _ only)."""
    return _SLUG.sub("-", str(value or "").lower()).strip("-")[:40] or "x"


def _valid_spans(text: str, spans: Iterable) -> list[Span]:
    out = []
    n = len(text)
    for sp in spans:
        sp = Span(*sp) if not isinstance(sp, Span) else sp
        try:
            start, end = int(sp.start), int(sp.end)
        except (TypeError, ValueError):
            continue
        start, end = max(0, start), min(n, end)
        if start < end:
            kind = sp.kind if sp.kind in KIND_CLASSES else "evidence"
            out.append(Span(start, end, str(sp.rule_id), sp.category, kind))
    return out


def highlight(text: str, spans: Iterable) -> Markup:
    """Escaped ``text`` with each matched span in <mark>; overlapping spans are split into
    segments, each segment's tooltip naming every rule that covers it. Spans out of range are
    clipped, empty or malformed ones ignored."""
    if text is None:
        return Markup("")
    text = str(text)
    spans = _valid_spans(text, spans)
    if not spans:
        return escape(text)
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces = []
    prev_key = None
    for a, b in zip(bounds, bounds[1:]):
        covering = [s for s in spans if s.start <= a and s.end >= b]
        if not covering:
            key = None
        else:
            rules = tuple(dict.fromkeys(s.rule_id for s in covering))
            cats = tuple(dict.fromkeys(s.category for s in covering if s.category))
            kinds = tuple(k for k in KIND_CLASSES if any(s.kind == k for s in covering))
            key = (rules, cats, kinds)
        if pieces and key == prev_key:
            pieces[-1][1] += text[a:b]
        else:
            pieces.append([key, text[a:b]])
        prev_key = key
    out = []
    for key, chunk in pieces:
        if key is None:
            out.append(escape(chunk))
        else:
            rules, cats, kinds = key
            classes = " ".join([*(KIND_CLASSES[k] for k in kinds if k == "evidence"), *(f"cat-{css_slug(c)}" for c in cats),
                                *(KIND_CLASSES[k] for k in kinds if k != "evidence")])
            out.append(Markup('<mark class="{}" title="{}" data-rules="{}">{}</mark>').format(
                classes, ", ".join(rules), " ".join(r for r in rules if " " not in r), chunk))
    return Markup("").join(out)


def _row_value(row, key):
    try:
        return row[key]
    except (KeyError, IndexError, TypeError):
        return None


def render_cell(row, value, column, table, database, datasette):
    """Highlighted HTML for sentence text cells (an awaitable), a link to the document page for
    title cells, or None to leave the cell to Datasette."""
    if column == "title" and table in TITLE_LINK_TABLES and isinstance(value, str) and database is not None:
        return _title_link(row, value, table, database, datasette)
    if column == "positions" and table == "labeled_sentences" and isinstance(value, str) and database is not None:
        return _positions_cell(value, database, datasette)
    if column in LIST_COLUMNS and table == "labeled_sentences" and isinstance(value, str) and database is not None:
        return _list_cell(value, database, datasette)
    if column == "stance" and table == "labeled_sentences" and isinstance(value, str) and database is not None:
        return _stance_cell(value, _row_value(row, "positions"), database, datasette)
    if column != "text" or table not in HIGHLIGHT_TABLES or not isinstance(value, str) or database is None:
        return None
    sentence_id = _row_value(row, HIGHLIGHT_TABLES[table])
    if sentence_id is None:
        return None
    category = _row_value(row, "category") if table == "labeled_sentences" else None
    return _render(datasette, database, sentence_id, category, value)


async def _render(datasette, database, sentence_id, category, value):
    sql = 'select start, "end", rule_id, category from matches where sentence_id = ?'
    params = [sentence_id]
    if category is not None:
        sql += " and category = ?"
        params.append(category)
    try:
        db = datasette.get_database(database)
        result = await db.execute(sql + ' order by start, "end"', params)
    except Exception:  # no matches table (not a demands database), or an unreadable one
        return None
    spans = list(result.rows)
    if category is not None:
        spans += await _position_spans(db, sentence_id, category)
    return Markup('<span class="demand-text">{}</span>').format(highlight(value, spans))


async def _position_spans(db, sentence_id, category) -> list[Span]:
    """The holders and stance cues of a label's positions, as spans in their own colours."""
    try:
        rows = (await db.execute(
            "select holder, stance, holder_start, holder_end, cue_start, cue_end from positions"
            " where sentence_id = ? and category = ?", [sentence_id, category])).rows
    except Exception:  # a database made before positions were stored
        return []
    return position_spans(rows)


def position_spans(rows) -> list[Span]:
    """Spans of (holder, stance, holder_start, holder_end, cue_start, cue_end) rows of `positions`:
    the holder's words and the stance cue's, each in its own colour."""
    spans = []
    for holder, stance, hs, he, cs, ce in rows:
        if hs is not None and he is not None:
            spans.append(Span(hs, he, f"holder {holder}: {stance}", None, "holder"))
        if cs is not None and ce is not None:
            spans.append(Span(cs, ce, f"stance cue: {stance}", None, "cue"))
    return spans


POSITION_STANCES = ("demand", "reject", "agree")


async def _json_list_of_demands_db(value, item_type, database, datasette) -> list | None:
    """A cell's JSON list whose items are all `item_type`, or None: not such a list, or not a demands database
    (a table of the same name elsewhere is left to Datasette)."""
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if not isinstance(items, list) or not all(isinstance(i, item_type) for i in items):
        return None
    try:
        if not await _is_demands_db(datasette.get_database(database)):
            return None
    except Exception:
        return None
    return items


async def _positions_cell(value, database, datasette):
    """The `positions` JSON of a labeled_sentences row as a reader says it ("UA demand; RU reject"), each
    position titled with the words of its holder and cue; the JSON itself stays in the exports."""
    positions = await _json_list_of_demands_db(value, dict, database, datasette)
    if positions is None:
        return None
    if not positions:
        return Markup('<span class="demand-positions demand-positions-none">no holder found</span>')
    parts = []
    for p in positions:
        holder, stance = str(p.get("holder", "?")), str(p.get("stance", "?"))
        kind = stance if stance in POSITION_STANCES else "other"
        parts.append(Markup('<span class="demand-position stance-{}">{} {}</span>').format(kind, holder, stance))
    return Markup('<span class="demand-positions">{}</span>').format(Markup("; ").join(parts))


async def _list_cell(value, database, datasette):
    """A JSON list of strings as a reader says it, items apart by "; " and escaped; "none" for an empty list."""
    items = await _json_list_of_demands_db(value, str, database, datasette)
    if items is None:
        return None
    if not items:
        return Markup('<span class="demand-list demand-list-none">none</span>')
    return Markup('<span class="demand-list">{}</span>').format(Markup("; ").join(escape(i) for i in items))


async def _stance_cell(value, positions_value, database, datasette):
    """A label's one stance, said to be one of several where its positions differ: next to "RU; UA; EU; US" a
    bare "reject" read as all four rejecting. Left to Datasette where the positions agree."""
    if not isinstance(positions_value, str):
        return None
    positions = await _json_list_of_demands_db(positions_value, dict, database, datasette)
    if positions is None or len({str(p.get("stance")) for p in positions}) < 2:
        return None
    return Markup('{} <span class="demand-list-none">(its positions differ: see positions)</span>').format(value)


def _title_link(row, value, table, database, datasette):
    from datasette.utils import tilde_encode

    doc_id = _row_value(row, TITLE_LINK_TABLES[table])
    if doc_id is None:
        return None
    try:
        url = datasette.urls.database(database) + "/-/demands/document/" + tilde_encode(str(doc_id))
    except KeyError:
        return None
    seq = _row_value(row, "seq") if table == "labeled_sentences" else None
    if isinstance(seq, int):
        url += f"#s-{seq}"
    return _title_link_if_demands_db(datasette, database, url, value)


# Whether a database holds the demands tables, per Database object, for a few seconds: a table
# page asks for every title cell, and one query per cell cost more than the rest of the page.
_DEMANDS_DB_TTL = 5.0
_demands_db_cache: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


async def _is_demands_db(db) -> bool:
    now = time.monotonic()
    cached = _demands_db_cache.get(db)
    if cached is not None and cached[0] > now:
        return cached[1]
    n = (await db.execute(_DEMANDS_TABLES_SQL, list(DEMANDS_TABLES))).first()[0]
    result = n == len(DEMANDS_TABLES)
    _demands_db_cache[db] = (now + _DEMANDS_DB_TTL, result)
    return result


async def _title_link_if_demands_db(datasette, database, url, value):
    try:
        is_demands = await _is_demands_db(datasette.get_database(database))
    except Exception:
        return None
    if not is_demands:  # some other database's documents table: leave it alone
        return None
    return Markup('<a class="demand-doc-link" href="{}" title="Document with its demands highlighted">{}</a>').format(
        url, value)
