"""The SQLite store (the contract users write SQL against): schema, per-document writes, relabel.

One writer; every document is written in one transaction (its old rows deleted first),
so a reader or a crash only ever sees whole documents. WAL mode lets Datasette read
while a build writes.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, NamedTuple

import sqlite_utils

SCHEMA_VERSION = 14  # 3: sentences.lead_seq, documents.published_raw (ISO published); 4: positions;
# 5: labels.cited_outlet; 6: labeled_sentences in reading order, with its full-text index labeled_sentences_fts;
# 7: rules.pack and categories.pack (the rule pack each comes from); 8: sentences.paragraph and
# matches.antecedent_id (a label inherited from the sentence before: labelling/discourse.py); 9:
# documents.content_sha256 (the hash of the text alone: a document with the text of another is a duplicate);
# 10: labels.cited_sources (every source a sentence cites, in order; cited_source is the first); 11:
# labels.cited_outlets (the canonical names of every outlet it cites; cited_outlet is the first); 12:
# labeled_sentences.holder_stances (each position as "RU reject": a facet and filter of the table page); 13:
# rules.exclude_in_match (patterns that stop one match, looked for inside its words); 14: labeled_sentences in
# reading order again (the columns added since 6 had gone after the ids: positions now follows stance)

# labeled_sentences is a table, not a view: at a million sentences a view's joins made every
# facet miss Datasette's 200 ms limit. It holds exactly what this query gives, kept current in
# the same transactions that write labels.
# Its columns are in reading order (schemas 6 and 14), which Datasette's table page keeps: what people read first
# (the sentence, its category, holders, stance, positions, source and date), then the columns for facets and
# filters (holder_stances, the lists of sources and outlets), then the ids.
LABELED_SENTENCES_COLUMNS = {
    "text": str, "category": str, "actors": str, "stance": str, "positions": str, "source": str, "published": str,
    "title": str, "cited_source": str, "cited_outlet": str, "lang": str, "month": str,
    "holder_stances": str, "cited_sources": str, "cited_outlets": str,
    "document_id": str, "seq": int, "sentence_id": int,
}
LABELED_SENTENCES_SQL = """
select
  sentences.text as text,
  labels.category as category,
  labels.actors as actors,
  labels.stance as stance,
  labels.positions as positions,
  documents.source as source,
  documents.published as published,
  documents.title as title,
  labels.cited_source as cited_source,
  labels.cited_outlet as cited_outlet,
  sentences.lang as lang,
  substr(documents.published, 1, 7) as month,
  -- the positions as "RU reject", "UA demand": a JSON array of strings, which Datasette facets and filters
  -- (_facet_array, __arraycontains); the positions' own order, one each (a label holds a holder and stance once)
  (select json_group_array(json_extract(p.value, '$.holder') || ' ' || json_extract(p.value, '$.stance'))
   from json_each(coalesce(labels.positions, '[]')) as p) as holder_stances,
  labels.cited_sources as cited_sources,
  labels.cited_outlets as cited_outlets,
  labels.document_id as document_id,
  sentences.seq as seq,
  labels.sentence_id as sentence_id
from labels
join sentences on sentences.id = labels.sentence_id
join documents on documents.id = labels.document_id
"""
# by column name, so that a database whose columns were added by migrations in another order is filled right
FILL_LABELED_SENTENCES = f"insert into labeled_sentences ({', '.join(LABELED_SENTENCES_COLUMNS)}) {LABELED_SENTENCES_SQL}"

# Covering indexes for the demand matrix (web/matrix.py): every matrix query reads
# only these columns, so it scans one index (a fraction of the table) instead of the rows with
# their text. One per row dimension, led by it (GROUP BY walks it in order), one led by the
# language for the language filter, and two for the actor dimensions.
LABELED_SENTENCES_MATRIX_INDEXES = (
    ["source", "published", "lang", "category", "sentence_id"],
    ["month", "published", "lang", "category", "sentence_id"],
    ["document_id", "published", "lang", "category", "sentence_id"],
    ["lang", "published", "source", "month", "document_id", "category", "sentence_id"],
    # by actor: labels per (actors, stance, category), and the labels of each sentence in turn
    ["actors", "stance", "category", "published", "lang"],
    ["sentence_id", "category", "actors", "stance", "published", "lang"],
    # by outlet (every outlet a sentence cites: web/matrix.py reads the list with json_each)
    ["cited_outlets", "published", "lang", "category", "sentence_id"],
)

# The columns of `labels`, in the one order every write and read of a whole stored label uses (create,
# insert, relabel's comparison of old and new rows, labels_and_matches_of).
LABELS_COLUMNS = {
    "sentence_id": int, "document_id": str, "category": str, "actors": str, "stance": str, "cited_source": str,
    "positions": str, "cited_outlet": str, "cited_sources": str, "cited_outlets": str,
}
_LABEL_COLUMN_LIST = ", ".join(LABELS_COLUMNS)

# document_langs: sentences per document and language, the "all sentences" of a matrix row under
# a language filter or by language without reading a million sentences. Kept current with the
# sentences (written and deleted with them, per document); relabel does not change it.
DOCUMENT_LANGS_COLUMNS = {"document_id": str, "lang": str, "sentences": int}
DOCUMENT_LANGS_SQL = "select document_id, lang, count(*) from sentences"


class DatabaseProblem(Exception):
    """A file a command cannot work on as its database; the message says why. Nothing was written."""


def check_database(path, built: bool) -> None:
    """Raise DatabaseProblem when the file at `path` is no SQLite database (a file that does not exist
    yet is fine), or, with `built`, when it holds no demands tables (`build` never made it). Read-only:
    a command that refuses a file leaves it exactly as it was."""
    path = Path(path)
    if not path.is_file():
        if built:
            raise DatabaseProblem(f"{path}: no such database file")
        return
    try:
        # immutable: a read-only look must not leave a -wal and -shm beside a database in WAL mode (SQLite
        # makes them for any reader); where a -wal exists, another connection may hold tables not yet
        # checkpointed into the file, so read through it
        wal = path.with_name(path.name + "-wal").exists()
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{'' if wal else '&immutable=1'}", uri=True)
        try:
            tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise DatabaseProblem(f"{path} is not a SQLite database ({e}); nothing was written") from None
    if built and "demands_meta" not in tables:
        raise DatabaseProblem(f"{path} holds no demands tables (`datasette demands build` did not make it); "
                              f"build it first: datasette demands build {path} INPUT ...; nothing was written")


def open_db(path, create: bool = True) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    db.execute("pragma busy_timeout = 30000")
    # WAL + NORMAL: a commit survives a killed process (it is in the WAL), only a power cut may lose
    # the last transactions, and each commit no longer waits for fsync.
    db.execute("pragma synchronous = normal")
    if create:
        ensure_schema(db)
    return db


def close_db(db) -> None:
    """Close a database a command has finished writing: its write-ahead log is copied into the file
    first, so that the file alone is whole (for whoever copies it or opens it without the -wal file)."""
    db.execute("pragma wal_checkpoint(truncate)")
    db.close()


# the matrix as a SQL view, for SQL users
MATRIX_VIEW = "demand_matrix"
MATRIX_VIEW_SQL = """select
  source,
  category,
  count(distinct sentence_id) as sentences
from labeled_sentences
group by source, category
order by source, category"""


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


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create what is missing; idempotent."""
    if db.journal_mode != "wal":
        db.enable_wal()
    db.execute("pragma foreign_keys = on")
    # Python's sqlite3 runs DDL outside any transaction unless one is begun: begin it, so that the
    # whole schema (tables, indexes, views, the full-text index, the version) is made or not at all.
    db.execute("begin")
    with db.conn:
        if "documents" not in db.table_names():
            db["documents"].create({
                "id": str, "source": str, "title": str, "url": str, "published": str, "lang": str,
                "path": str, "sha256": str, "chars": int, "sentence_count": int, "published_raw": str,
                "content_sha256": str,
            }, pk="id")
        elif "content_sha256" not in db["documents"].columns_dict:
            # schema 8 -> 9: null for the documents stored before, until they are written again (a duplicate
            # of one of them is found by `sha256`, which hashes the text with the metadata)
            db["documents"].add_column("content_sha256", str)
        if "sentences" not in db.table_names():
            db["sentences"].create({
                "id": int, "document_id": str, "seq": int, "text": str, "lang": str, "start": int, "end": int,
                "lead_seq": int, "paragraph": int,
            }, pk="id", foreign_keys=[("document_id", "documents", "id")])
        else:
            if "lead_seq" not in db["sentences"].columns_dict:
                # schema 2 -> 3: the sentence that introduces each one; unknown (null) for sentences stored before
                db["sentences"].add_column("lead_seq", int)
            if "paragraph" not in db["sentences"].columns_dict:
                # schema 7 -> 8: each sentence's paragraph; unknown (null) for sentences stored before
                db["sentences"].add_column("paragraph", int)
        if "categories" not in db.table_names():
            db["categories"].create({"name": str, "title": str, "description": str, "file": str, "pack": str},
                                    pk="name")
        if "rules" not in db.table_names():
            db["rules"].create({
                "id": str, "category": str, "lang": str, "description": str, "file": str, "line": int,
                "status": str, "author": str, "references": str, "patterns": str, "requires": str,
                "exclude": str, "cue": int, "examples_match": str, "examples_no_match": str,
                "hits": int, "sentences": int, "only_rule_sentences": int, "pack": str, "exclude_in_match": str,
            }, pk="id")
        elif "exclude_in_match" not in db["rules"].columns_dict:
            # schema 12 -> 13: written with the rulebook at the next build or relabel; none until then
            db["rules"].add_column("exclude_in_match", str)
        _ensure_pack_columns(db)
        if "labels" not in db.table_names():
            db["labels"].create(LABELS_COLUMNS, pk=("sentence_id", "category"),
                foreign_keys=[("sentence_id", "sentences", "id"), ("document_id", "documents", "id")])
        else:
            if "positions" not in db["labels"].columns_dict:
                _migrate_labels_to_positions(db)
            if "cited_outlet" not in db["labels"].columns_dict:
                _migrate_labels_to_cited_outlet(db)
            if "cited_sources" not in db["labels"].columns_dict:
                _migrate_labels_to_cited_sources(db)
            if "cited_outlets" not in db["labels"].columns_dict:
                _migrate_labels_to_cited_outlets(db)
        if "positions" not in db.table_names():
            db["positions"].create(POSITIONS_COLUMNS, pk=("sentence_id", "category", "holder", "stance"),
                                   foreign_keys=[("sentence_id", "sentences", "id"), ("document_id", "documents", "id")])
            db.execute(f"insert into positions {POSITIONS_SQL}")
        if "matches" not in db.table_names():
            db["matches"].create({
                "id": int, "sentence_id": int, "document_id": str, "category": str, "rule_id": str,
                "start": int, "end": int, "text": str, "antecedent_id": int,
            }, pk="id", foreign_keys=[("sentence_id", "sentences", "id"), ("document_id", "documents", "id")])
        elif "antecedent_id" not in db["matches"].columns_dict:
            # schema 7 -> 8: the sentence a discourse match's anaphor points to; null for a rule's match
            db["matches"].add_column("antecedent_id", int)
        if "demands_meta" not in db.table_names():
            db["demands_meta"].create({"key": str, "value": str}, pk="key")
        for table, cols in [
            ("sentences", ["document_id", "seq"]), ("labels", ["category"]), ("labels", ["document_id"]),
            ("matches", ["sentence_id"]), ("matches", ["rule_id"]), ("matches", ["document_id"]),
            ("documents", ["source"]), ("documents", ["published"]), ("documents", ["lang"]),
            ("documents", ["content_sha256"]), ("documents", ["sha256"]),
            ("sentences", ["lang"]), ("rules", ["category"]),
            ("positions", ["category", "holder", "stance"]), ("positions", ["document_id"]),
            ("positions", ["holder", "stance"]),
            # covering indexes for the matrix's "all sentences" per source, month and document
            ("documents", ["source", "published", "sentence_count"]),
            ("documents", ["published", "sentence_count", "id"]),
        ]:
            db[table].create_index(cols, if_not_exists=True)
        _ensure_labeled_sentences(db)
        _create_labeled_sentences_indexes(db)
        _ensure_published_raw(db)
        _ensure_document_langs(db)
        _ensure_sentences_fts(db)
        _ensure_labeled_sentences_fts(db)
        set_meta(db, "schema_version", str(SCHEMA_VERSION))
    ensure_matrix_view(db)
    with db.conn:
        for suffix in ("ai", "ad", "au"):  # databases made before the FTS index was kept by hand
            db.execute(f"drop trigger if exists [sentences_{suffix}]")


def _ensure_pack_columns(db) -> None:
    """Schema 6 -> 7: the rules and categories of a database made before rule packs all came from the
    core rules (the pack `core`)."""
    for table in ("categories", "rules"):
        if "pack" not in db[table].columns_dict:
            db[table].add_column("pack", str)
            db.execute(f"update [{table}] set pack = 'core'")


def _ensure_sentences_fts(db) -> None:
    """The full-text index of sentences, created in the schema's own transaction, so that a build killed
    while creating a database never leaves tables without their index (sqlite-utils' enable_fts runs a
    script, which would commit first). The same table enable_fts makes; Datasette finds it by its
    content table. No triggers: a per-row trigger costs ~5x a batched insert; _write_one keeps the
    index current. An index added to a database that has sentences is filled from them."""
    if "sentences_fts" in db.table_names():
        return
    db.execute('create virtual table "sentences_fts" using FTS5 ("text", '
               "tokenize='unicode61 remove_diacritics 2', content=\"sentences\")")
    db.execute("insert into sentences_fts (rowid, text) select id, text from sentences")


POSITIONS_COLUMNS = {
    "sentence_id": int, "document_id": str, "category": str, "holder": str, "stance": str,
    "cue_start": int, "cue_end": int, "holder_start": int, "holder_end": int,
}
# The positions table holds exactly what labels.positions (JSON) says, one row a position, kept in the
# same transactions that write labels.
POSITIONS_SQL = """
select labels.sentence_id, labels.document_id, labels.category,
  json_extract(p.value, '$.holder'), json_extract(p.value, '$.stance'),
  json_extract(p.value, '$.cue_start'), json_extract(p.value, '$.cue_end'),
  json_extract(p.value, '$.holder_start'), json_extract(p.value, '$.holder_end')
from labels, json_each(case when json_valid(labels.positions) then labels.positions else '[]' end) as p
"""


def _migrate_labels_to_positions(db) -> None:
    """Schema 3 -> 4: labels gain their positions, each stored holder with the label's one stance (what a
    label of schema 3 said); labeled_sentences gains the column. The next relabel works them out anew."""
    db["labels"].add_column("positions", str)
    db.execute("update labels set positions = (select json_group_array(json_object('holder', a.value, 'stance',"
               " coalesce(labels.stance, 'demand'))) from json_each(case when json_valid(labels.actors)"
               " then labels.actors else '[]' end) as a)")
    if "labeled_sentences" in db.table_names() and "positions" not in db["labeled_sentences"].columns_dict:
        db["labeled_sentences"].add_column("positions", str)
        db.execute("update labeled_sentences set positions = (select labels.positions from labels where"
                   " labels.sentence_id = labeled_sentences.sentence_id and labels.category = labeled_sentences.category)")

def _migrate_labels_to_cited_outlet(db) -> None:
    """Schema 4 -> 5: labels and labeled_sentences gain `cited_outlet`, empty until the next relabel, which
    classifies every sentence again and fills it (the stored signature of what shaped the labels goes)."""
    db["labels"].add_column("cited_outlet", str)
    db.execute("delete from demands_meta where key = 'labelled_context'")
    if "labeled_sentences" in db.table_names() and "cited_outlet" not in db["labeled_sentences"].columns_dict:
        db["labeled_sentences"].add_column("cited_outlet", str)


def _migrate_labels_to_cited_sources(db) -> None:
    """Schema 9 -> 10: labels and labeled_sentences gain `cited_sources`, the stored `cited_source` as a list of
    one until the next relabel, which classifies every sentence again and finds every source (the stored
    signature of what shaped the labels goes)."""
    db["labels"].add_column("cited_sources", str)
    db.execute("update labels set cited_sources = case when cited_source is null then '[]'"
               " else json_array(cited_source) end")
    db.execute("delete from demands_meta where key = 'labelled_context'")
    if "labeled_sentences" in db.table_names() and "cited_sources" not in db["labeled_sentences"].columns_dict:
        db["labeled_sentences"].add_column("cited_sources", str)
        db.execute("update labeled_sentences set cited_sources = (select labels.cited_sources from labels where"
                   " labels.sentence_id = labeled_sentences.sentence_id and labels.category = labeled_sentences.category)")


def _migrate_labels_to_cited_outlets(db) -> None:
    """Schema 10 -> 11: labels and labeled_sentences gain `cited_outlets`, the stored `cited_outlet` as a list of
    one until the next relabel, which classifies every sentence again and finds every outlet (the stored
    signature of what shaped the labels goes). The matrix index of the one outlet gives way to the list's."""
    db["labels"].add_column("cited_outlets", str)
    db.execute("update labels set cited_outlets = case when cited_outlet is null then '[]'"
               " else json_array(cited_outlet) end")
    db.execute("delete from demands_meta where key = 'labelled_context'")
    if "labeled_sentences" in db.table_names() and "cited_outlets" not in db["labeled_sentences"].columns_dict:
        db.execute("drop index if exists idx_labeled_sentences_cited_outlet_published_lang_category_sentence_id")
        db["labeled_sentences"].add_column("cited_outlets", str)
        db.execute("update labeled_sentences set cited_outlets = (select labels.cited_outlets from labels where"
                   " labels.sentence_id = labeled_sentences.sentence_id and labels.category = labeled_sentences.category)")


def _ensure_published_raw(db) -> None:
    """Schema 3: `published` holds an ISO date and `published_raw` what the input said. A database
    made before keeps its values as given in `published_raw`; those that name a day become ISO
    dates in `published` (and in labeled_sentences), the others no date."""
    if "published_raw" in db["documents"].columns_dict:
        return
    from .dates import parse_date

    db.execute("alter table documents add column published_raw text")
    rows = db.execute("select id, published, lang from documents where published is not null").fetchall()
    for doc_id, raw, lang in rows:
        iso = parse_date(raw, lang)
        db.execute("update documents set published_raw = ?, published = ? where id = ?", [raw, iso, doc_id])
        if iso != raw:
            db.execute("update labeled_sentences set published = ?, month = substr(?, 1, 7) where document_id = ?",
                       [iso, iso, doc_id])


def _ensure_labeled_sentences(db) -> None:
    """Create the labeled_sentences table (migrating the view of schema 1) and fill it if new."""
    if "labeled_sentences" in db.view_names():
        db.execute("drop view labeled_sentences")
    _reorder_labeled_sentences(db)
    if "labeled_sentences" in db.table_names():
        return
    db["labeled_sentences"].create(LABELED_SENTENCES_COLUMNS, pk=("sentence_id", "category"))
    _create_labeled_sentences_indexes(db)
    db.execute(FILL_LABELED_SENTENCES)


def _reorder_labeled_sentences(db) -> None:
    """Schema 5 -> 6: a labeled_sentences table whose columns are not those of LABELED_SENTENCES_COLUMNS,
    in that order, is dropped with its full-text index; _ensure_labeled_sentences makes it again from
    the labels (it holds nothing else) and ensure_schema its index."""
    if "labeled_sentences" not in db.table_names():
        return
    if [c.name for c in db["labeled_sentences"].columns] == list(LABELED_SENTENCES_COLUMNS):
        return
    for name in (LABELED_SENTENCES_FTS, *(f"{LABELED_SENTENCES_FTS}_{s}" for s in FTS5_SHADOW_SUFFIXES)):
        db.execute(f"drop table if exists [{name}]")
    db.execute("drop table labeled_sentences")


# The full-text index of labeled_sentences (schema 6): an FTS5 table over its text whose content is
# the table itself, so Datasette finds it and the table page gets a search box (`?_search=`).
# unicode61 folds case and, with remove_diacritics 2, accents in every script (ş = s, é = e, й = и).
# No triggers (a trigger per row costs several times a batched statement): whoever writes or deletes
# rows of labeled_sentences calls index_labeled_text / forget_labeled_text with the same WHERE.
LABELED_SENTENCES_FTS = "labeled_sentences_fts"
FTS5_SHADOW_SUFFIXES = ("data", "idx", "docsize", "config", "content")


def _ensure_labeled_sentences_fts(db) -> None:
    """Create the index (the table sqlite-utils' enable_fts would make, by plain statements, so that it
    is made in the schema's transaction) and fill it from the table."""
    if LABELED_SENTENCES_FTS in db.table_names():
        return
    db.execute(f'create virtual table "{LABELED_SENTENCES_FTS}" using FTS5 ("text", '
               "tokenize='unicode61 remove_diacritics 2', content=\"labeled_sentences\")")
    index_labeled_text(db)


def index_labeled_text(db, where: str = "", params=()) -> None:
    """Add the rows of labeled_sentences that ``where`` selects (all when empty) to its full-text index."""
    db.execute(f"insert into {LABELED_SENTENCES_FTS} (rowid, text) select rowid, text from labeled_sentences"
               f"{' where ' + where if where else ''}", params)


def forget_labeled_text(db, where: str = "", params=()) -> None:
    """Take the rows that ``where`` selects (all when empty) out of the index, before they are deleted."""
    if not where:
        db.execute(f"insert into {LABELED_SENTENCES_FTS} ({LABELED_SENTENCES_FTS}) values ('delete-all')")
        return
    db.execute(f"insert into {LABELED_SENTENCES_FTS} ({LABELED_SENTENCES_FTS}, rowid, text)"
               f" select 'delete', rowid, text from labeled_sentences where {where}", params)


# source, lang, month and document_id are served by the covering matrix indexes they lead
LABELED_SENTENCES_FACET_INDEXES = (["category"], ["published"], ["stance"], ["category", "source"],
                                   ["category", "published"])


def _create_labeled_sentences_indexes(db) -> None:
    for cols in LABELED_SENTENCES_FACET_INDEXES + LABELED_SENTENCES_MATRIX_INDEXES:
        db["labeled_sentences"].create_index(cols, if_not_exists=True)


def defer_labeled_sentences_indexes(db) -> bool:
    """Drop the indexes of an empty labeled_sentences table for a bulk build; True when dropped.

    Keeping eleven indexes current row by row cost ~3x inserting the rows and indexing them at the
    end. The index led by document_id stays: per-document replacement deletes by it. Whoever
    defers calls restore_labeled_sentences_indexes() at the end; after a crash, the next
    open_db() recreates them.
    """
    if db.execute("select exists (select 1 from labeled_sentences)").fetchone()[0]:
        return False
    keep = next(cols for cols in LABELED_SENTENCES_MATRIX_INDEXES if cols[0] == "document_id")
    with db.conn:
        for index in db["labeled_sentences"].indexes:
            if index.origin == "c" and index.columns != keep:
                db.execute(f"drop index [{index.name}]")
    return True


def restore_labeled_sentences_indexes(db) -> None:
    with db.conn:
        _create_labeled_sentences_indexes(db)


def _ensure_document_langs(db) -> None:
    """Create and fill the document_langs summary table if it is missing."""
    if "document_langs" in db.table_names():
        return
    db["document_langs"].create(DOCUMENT_LANGS_COLUMNS, pk=("document_id", "lang"),
                                foreign_keys=[("document_id", "documents", "id")])
    db.execute(f"insert into document_langs (document_id, lang, sentences) {DOCUMENT_LANGS_SQL}"
               " group by document_id, lang")


def get_meta(db, key, default=None):
    row = db.execute("select value from demands_meta where key = ?", [key]).fetchone()
    return row[0] if row else default


@contextmanager
def transaction(db):
    """One write transaction: committed when the block ends, rolled back when it raises (or never
    committed when the process is killed). Inside another one it joins it, so that steps which are
    each atomic can be made atomic together (relabel: the rule labels and the discourse step)."""
    if db.conn.in_transaction:
        yield
        return
    with db.conn:
        db.execute("begin immediate")
        yield


def set_meta(db, key, value, only_if_missing=False):
    verb = "insert or ignore" if only_if_missing else "insert or replace"
    db.execute(f"{verb} into demands_meta (key, value) values (?, ?)", [key, value])


def stored_hash(db, doc_id: str) -> str | None:
    row = db.execute("select sha256 from documents where id = ?", [doc_id]).fetchone()
    return row[0] if row else None


def stored_document(db, doc_id: str) -> tuple[str, str] | None:
    """(sha256, path) of a stored document, or None."""
    row = db.execute("select sha256, path from documents where id = ?", [doc_id]).fetchone()
    return tuple(row) if row else None


def stored_source_and_text_hash(db, doc_id: str) -> tuple[str | None, str | None]:
    """(source, content_sha256) of a stored document (content_sha256 is None before schema 9)."""
    conn = getattr(db, "conn", db)
    text_hash = "content_sha256" if "content_sha256" in db["documents"].columns_dict else "null"
    return tuple(conn.execute(f"select source, {text_hash} from documents where id = ?", [doc_id]).fetchone())


def document_with_text(db, doc, schema_9: bool = True, being_rewritten=()) -> tuple[str, str] | None:
    """(id, path) of a stored document other than `doc` whose text is `doc`'s, or None. A document stored
    before schema 9 (no content_sha256) is found when its sha256 (text and metadata) is `doc`'s.
    `schema_9`: documents has the column content_sha256 (ensure_schema adds it). `being_rewritten`: ids
    whose stored rows are about to be replaced (their stored text does not count)."""
    conn = getattr(db, "conn", db)
    others = "id != ? and id not in (select value from json_each(?))"
    params = [doc.id, json.dumps(list(being_rewritten))]
    if schema_9:
        row = conn.execute(f"select id, path from documents where {others} and content_sha256 = ? limit 1",
                           [*params, doc.content_sha256]).fetchone()
        if row:
            return tuple(row)
    row = conn.execute(f"select id, path from documents where {others} and sha256 = ? limit 1",
                       [*params, doc.sha256]).fetchone()
    return tuple(row) if row else None


def document_and_sentence_counts(db) -> tuple[int, int]:
    """Documents and sentences in the database, for the build summary (sentence_count is kept per document)."""
    return tuple(db.execute("select count(*), coalesce(sum(sentence_count), 0) from documents").fetchone())


def _delete_document_rows(db, doc_id: str) -> None:
    forget_labeled_text(db, "document_id = ?", [doc_id])
    db.execute("delete from labeled_sentences where document_id = ?", [doc_id])
    db.execute("delete from document_langs where document_id = ?", [doc_id])
    db.execute("insert into sentences_fts (sentences_fts, rowid, text) "
               "select 'delete', id, text from sentences where document_id = ?", [doc_id])
    db.execute("delete from matches where document_id = ?", [doc_id])
    db.execute("delete from positions where document_id = ?", [doc_id])
    db.execute("delete from labels where document_id = ?", [doc_id])
    db.execute("delete from sentences where document_id = ?", [doc_id])
    db.execute("delete from documents where id = ?", [doc_id])


def _label_rows(sentence_id, doc_id, labels):
    """The rows of `labels` (in the order of LABELS_COLUMNS) and of `matches` for one sentence."""
    label_rows, match_rows = [], []
    for label in labels:
        label_rows.append((sentence_id, doc_id, label.category, json.dumps(label.actors),
                           label.stance, label.cited_source, positions_json(label.positions), label.cited_outlet,
                           json.dumps(label.cited_sources, ensure_ascii=False),
                           json.dumps(label.cited_outlets, ensure_ascii=False)))
        for m in label.matches:
            antecedent = sentence_id - m.antecedent if getattr(m, "antecedent", None) else None  # ids run in order
            match_rows.append((sentence_id, doc_id, m.category, m.rule_id, m.start, m.end, m.text, antecedent))
    return label_rows, match_rows


POSITION_FIELDS = ("holder", "stance", "cue_start", "cue_end", "holder_start", "holder_end")


def positions_json(positions) -> str:
    return json.dumps([{f: getattr(p, f) for f in POSITION_FIELDS} for p in positions], ensure_ascii=False)


def positions_of_json(value) -> list[dict]:
    """The positions a stored JSON array holds (its objects); [] for a null or malformed value."""
    return _json_items(value, dict)


def json_strings(value) -> list[str]:
    """The strings a stored JSON array holds (cited_sources, cited_outlets); [] for a null or malformed value."""
    return _json_items(value, str)


def _json_items(value, kind: type) -> list:
    """The items of type `kind` of a stored JSON array; [] for a null or malformed value."""
    try:
        found = json.loads(value or "[]")
    except ValueError:
        return []
    return [item for item in found if isinstance(item, kind)] if isinstance(found, list) else []


def _insert_labels(db, label_rows, match_rows):
    db.conn.executemany(
        f"insert into labels ({_LABEL_COLUMN_LIST}) values ({', '.join('?' * len(LABELS_COLUMNS))})",
        label_rows)
    db.conn.executemany(
        'insert into matches (sentence_id, document_id, category, rule_id, start, "end", text, antecedent_id)'
        " values (?, ?, ?, ?, ?, ?, ?, ?)",
        match_rows)


def write_document(db, doc, doc_lang, sentences, labels_per_sentence) -> None:
    """Replace one document and everything derived from it, in one transaction."""
    write_documents(db, [(doc, doc_lang, sentences, labels_per_sentence)])


def write_documents(db, batch, count_rules: bool = False) -> None:
    """Replace several documents in one transaction: whole documents only, fewer commits.

    `batch` holds (doc, doc_lang, sentences, labels_per_sentence) tuples. With `count_rules`, the
    rules' stats change by what these documents change, in the same transaction: the enrichment's
    jobs may stop between any two batches. Build recounts them once at the end instead.
    """
    with db.conn:
        db.execute("begin immediate")
        documents = json.dumps([item[0].id for item in batch])
        before = _documents_rule_counts(db, documents) if count_rules else {}
        for item in batch:
            _write_one(db, *item)
        if count_rules:
            _add_to_rule_stats(db, before, _documents_rule_counts(db, documents))


def _documents_rule_counts(db, documents_json: str) -> dict[str, list[int]]:
    sentences = json.dumps([r[0] for r in db.execute(
        "select id from sentences where document_id in (select value from json_each(?))", [documents_json])])
    return rule_counts(db, sentences)


def _add_to_rule_stats(db, before: dict, after: dict) -> None:
    delta = {rid: [a - b for a, b in zip(after.get(rid, [0, 0, 0]), before.get(rid, [0, 0, 0]))]
             for rid in before.keys() | after.keys()}
    db.conn.executemany(
        "update rules set hits = hits + ?, sentences = sentences + ?, only_rule_sentences = only_rule_sentences + ?"
        " where id = ?", [(*counts, rid) for rid, counts in delta.items() if any(counts)])


def _write_one(db, doc, doc_lang, sentences, labels_per_sentence) -> None:
    _delete_document_rows(db, doc.id)
    db.execute(
        "insert into documents (id, source, title, url, published, lang, path, sha256, chars, sentence_count,"
        " published_raw, content_sha256) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [doc.id, doc.source, doc.title, doc.url, doc.published, doc_lang, doc.path, doc.sha256,
         len(doc.text), len(sentences), doc.published if doc.published_raw is None else doc.published_raw,
         doc.content_sha256])
    next_id = (db.execute("select max(id) from sentences").fetchone()[0] or 0) + 1
    sent_rows, all_labels, all_matches = [], [], []
    for i, (s, labels) in enumerate(zip(sentences, labels_per_sentence)):
        sid = next_id + i
        sent_rows.append((sid, doc.id, s.seq, s.text, s.lang, s.start, s.end, s.lead, getattr(s, "paragraph", None)))
        lr, mr = _label_rows(sid, doc.id, labels)
        all_labels.extend(lr)
        all_matches.extend(mr)
    db.conn.executemany(
        'insert into sentences (id, document_id, seq, text, lang, start, "end", lead_seq, paragraph)'
        " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        sent_rows)
    db.execute("insert into sentences_fts (rowid, text) select id, text from sentences where document_id = ?", [doc.id])
    db.execute(f"insert into document_langs (document_id, lang, sentences) {DOCUMENT_LANGS_SQL}"
               " where document_id = ? group by lang", [doc.id])
    _insert_labels(db, all_labels, all_matches)
    db.execute(f"{FILL_LABELED_SENTENCES} where labels.document_id = ?", [doc.id])
    index_labeled_text(db, "document_id = ?", [doc.id])
    db.execute(f"insert into positions {POSITIONS_SQL} where labels.document_id = ?", [doc.id])


def write_rulebook(db, rulebook) -> None:
    """Mirror the rulebook's categories and rules into the database.

    A rule keeps its stats (hits, sentences, only_rule_sentences) across the rewrite: relabel
    adjusts them for the sentences it classifies again, build recounts them (update_rule_stats).
    """
    stats = {row[0]: row[1:] for row in db.execute(
        "select id, hits, sentences, only_rule_sentences from rules")} if db["rules"].exists() else {}
    with db.conn:
        db.execute("delete from categories")
        db["categories"].insert_all(
            ({"name": c.name, "title": c.title, "description": c.description, "file": c.file, "pack": c.pack}
             for c in rulebook.categories.values()), pk="name")
        db.execute("delete from rules")
        db["rules"].insert_all(({
            "id": r.id, "category": r.category, "lang": r.lang, "description": r.description, "file": r.file,
            "line": r.line, "status": r.status, "author": r.author, "references": json.dumps(r.references),
            "patterns": json.dumps(r.patterns, ensure_ascii=False), "requires": json.dumps(r.requires, ensure_ascii=False),
            "exclude": json.dumps(r.exclude, ensure_ascii=False), "cue": int(bool(r.cue)),
            "exclude_in_match": json.dumps(r.exclude_in_match, ensure_ascii=False),
            "examples_match": json.dumps(r.examples_match, ensure_ascii=False),
            "examples_no_match": json.dumps(r.examples_no_match, ensure_ascii=False), "pack": r.pack,
            **dict(zip(("hits", "sentences", "only_rule_sentences"), stats.get(r.id, (0, 0, 0)))),
        } for r in rulebook.rules), pk="id")
        set_meta(db, "rulebook_dir", str(rulebook.directory.resolve()))


def stored_definitions(db) -> dict[str, dict]:
    """The rules as the database's `rules` table has them: read before write_rulebook replaces them.

    The table keeps `cue` as 1 or 0: a rule requiring a cue group (`cue: strict`) reads back without its
    group, so its signature differs from the stored one and relabel treats its definition as unknown
    (it looks wherever the rule fired or fires now)."""
    if not db["rules"].exists():
        return {}
    out = {}
    in_match = "exclude_in_match" if "exclude_in_match" in db["rules"].columns_dict else "null"
    for rid, category, lang, patterns, requires, exclude, cue, inside in db.execute(
            f"select id, category, lang, patterns, requires, exclude, cue, {in_match} from rules"):
        try:
            out[rid] = {"category": category, "lang": lang, "patterns": json.loads(patterns),
                        "requires": json.loads(requires), "exclude": json.loads(exclude), "cue": bool(cue),
                        "exclude_in_match": json.loads(inside or "[]")}
        except (TypeError, ValueError):
            continue
    return out


def update_rule_stats(db) -> None:
    """hits: matches; sentences: sentences it fired on; only_rule_sentences: where no other rule fired.

    Two grouped scans of `matches`, whatever the number of rules.
    """
    counts = rule_counts(db)
    ids = [r[0] for r in db.execute("select id from rules").fetchall()]
    with db.conn:
        db.conn.executemany(
            "update rules set hits = ?, sentences = ?, only_rule_sentences = ? where id = ?",
            [(*counts.get(i, (0, 0, 0)), i) for i in ids])


def rule_counts(db, ids_json: str | None = None) -> dict[str, list[int]]:
    """rule -> [hits, sentences, only_rule_sentences], over all matches or those of the sentences
    whose ids `ids_json` lists (a JSON array)."""
    where, args = ("where sentence_id in (select value from json_each(?))", [ids_json]) if ids_json else ("", [])
    out: dict[str, list[int]] = {}
    for rid, hits, sentences in db.execute(
            f"select rule_id, count(*), count(distinct sentence_id) from matches {where} group by rule_id", args):
        out[rid] = [hits, sentences, 0]
    for rid, only in db.execute(f"""
            select rule_id, count(*) from (
              select min(rule_id) as rule_id from matches {where}
              group by sentence_id having count(distinct rule_id) = 1
            ) group by rule_id""", args):
        out[rid][2] = only
    return out


# what classifying a stored sentence needs: (id, document_id, text, lang, published)
_SENTENCES_TO_CLASSIFY = ("select sentences.id, sentences.document_id, sentences.text, sentences.lang, documents.published,"
                          " lead.text from sentences join documents on documents.id = sentences.document_id"
                          " left join sentences lead on lead.document_id = sentences.document_id"
                          " and lead.seq = sentences.lead_seq")


def document_sentences(db, doc_ids=None) -> Iterable[tuple[str, list[tuple]]]:
    """(document id, its sentences in order as (id, text, lang, published, lead text, paragraph)) of the
    documents with any label (of `doc_ids` only, when given): what the discourse step reads."""
    where, args = "", []
    if doc_ids is not None:
        where, args = " where document_id in (select value from json_each(?))", [json.dumps(sorted(doc_ids))]
    for (doc_id,) in db.execute(f"select distinct document_id from labels{where} order by document_id", args).fetchall():
        rows = db.execute("select sentences.id, sentences.text, sentences.lang, documents.published, lead.text,"
                          " sentences.paragraph from sentences join documents on documents.id = sentences.document_id"
                          " left join sentences lead on lead.document_id = sentences.document_id"
                          " and lead.seq = sentences.lead_seq where sentences.document_id = ? order by sentences.seq",
                          [doc_id]).fetchall()
        yield doc_id, rows


def iter_sentences(db, batch: int = 5000) -> Iterable[list[tuple]]:
    """(id, document_id, text, lang, published, lead text) of all sentences, in id order, in batches."""
    last = 0
    while True:
        rows = db.execute(f"{_SENTENCES_TO_CLASSIFY} where sentences.id > ? order by sentences.id limit ?",
                          [last, batch]).fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def replace_all_labels(db, labeled: Iterable[tuple[int, str, list]]) -> int:
    """Swap every label and match for new ones in one transaction: readers see old or new, never a mix.

    Returns the sentences labelled.
    """
    n = 0
    with transaction(db):
        db.execute("delete from matches")
        db.execute("delete from positions")
        db.execute("delete from labels")
        forget_labeled_text(db)
        db.execute("delete from labeled_sentences")
        label_rows, match_rows = [], []
        for sid, doc_id, labels in labeled:
            n += 1
            lr, mr = _label_rows(sid, doc_id, labels)
            label_rows.extend(lr)
            match_rows.extend(mr)
            if len(label_rows) > 20000 or len(match_rows) > 20000:
                _insert_labels(db, label_rows, match_rows)
                label_rows, match_rows = [], []
        _insert_labels(db, label_rows, match_rows)
        db.execute(FILL_LABELED_SENTENCES)
        index_labeled_text(db)
        db.execute(f"insert into positions {POSITIONS_SQL}")
    return n


def evidence_of_rules(db, rule_ids, lo: int | None = None, hi: int | None = None) -> dict[int, list[tuple]]:
    """sentence id -> sorted (rule_id, category, start, end) of the stored matches of these rules
    (on the sentences with ids from lo to hi, when given)."""
    out: dict[int, list[tuple]] = {}
    where = "" if lo is None else " and sentence_id between ? and ?"
    for sid, *match in db.execute(
            'select sentence_id, rule_id, category, start, "end" from matches'
            f" where rule_id in (select value from json_each(?)){where}",
            [json.dumps(sorted(rule_ids))] + ([] if lo is None else [lo, hi])):
        out.setdefault(sid, []).append(tuple(match))
    for matches in out.values():
        matches.sort()
    return out


class StoredLabel(NamedTuple):
    """What `labels` holds of one label besides its evidence, read back (labels_and_matches_of)."""
    actors: list
    stance: str | None
    cited_source: str | None
    positions: list  # of dicts (POSITION_FIELDS)
    cited_outlet: str | None
    cited_sources: list
    cited_outlets: list


def labels_and_matches_of(db, ids) -> tuple[dict, dict]:
    """Stored evidence and labels of some sentences: sentence -> [(rule_id, category, start, end, text)],
    and sentence -> {category: StoredLabel}."""
    ids_json = json.dumps(list(ids))
    matches: dict[int, list] = {}
    for sid, *m in db.execute('select sentence_id, rule_id, category, start, "end", text from matches'
                              " where sentence_id in (select value from json_each(?)) order by id", [ids_json]):
        matches.setdefault(sid, []).append(tuple(m))
    labels: dict[int, dict] = {}
    for sid, _document, category, actors, stance, cited, positions, outlet, sources, outlets in db.execute(
            f"select {_LABEL_COLUMN_LIST} from labels where sentence_id in (select value from json_each(?))", [ids_json]):
        labels.setdefault(sid, {})[category] = StoredLabel(
            json.loads(actors) if actors else [], stance, cited, positions_of_json(positions), outlet,
            json_strings(sources), json_strings(outlets))
    return matches, labels


def path_of(db) -> str:
    """The file of a database connection (for another process to open)."""
    return next(row[2] for row in db.execute("pragma database_list") if row[1] == "main")


def sentence_langs(db) -> list:
    """The languages of the stored sentences (one walk of their index)."""
    return [row[0] for row in db.execute("select distinct lang from sentences order by lang")]


def sentences_by_id(db, ids, batch: int = 4000) -> Iterable[list[tuple]]:
    """(id, document_id, text, lang, published, lead text) of the given sentences, in id order, in batches."""
    ids = sorted(ids)
    for i in range(0, len(ids), batch):
        yield db.execute(
            f"{_SENTENCES_TO_CLASSIFY} where sentences.id in (select value from json_each(?)) order by sentences.id",
            [json.dumps(ids[i:i + batch])]).fetchall()


def replace_sentence_labels(db, labeled: Iterable[tuple[int, str, list]], meta: dict) -> int:
    """Swap the labels of some sentences for new ones and record `meta`, in one transaction.

    Readers see the old labels and state or the new ones, never a mix. The rules' stats change by
    what the swap changes on these sentences. Returns the sentences swapped.
    """
    n = 0
    delta: dict[str, list[int]] = {}
    with transaction(db):
        batch = []

        def flush():
            ids = json.dumps([sid for sid, _, _ in batch])
            for rid, counts in rule_counts(db, ids).items():
                delta[rid] = [d - c for d, c in zip(delta.get(rid, [0, 0, 0]), counts)]
            stored: dict[int, list] = {}
            for row in db.execute(f"select {_LABEL_COLUMN_LIST} from labels"
                                  " where sentence_id in (select value from json_each(?))", [ids]):
                stored.setdefault(row[0], []).append(tuple(row))
            label_rows, match_rows, relabelled = [], [], []
            for sid, doc_id, labels in batch:
                lr, mr = _label_rows(sid, doc_id, labels)
                match_rows.extend(mr)
                # where only the evidence moved, the labels (and labeled_sentences, with its eleven
                # indexes: most of the cost of a swap) stay as they are
                if sorted(lr) != sorted(stored.get(sid, [])):
                    label_rows.extend(lr)
                    relabelled.append(sid)
            changed = json.dumps(relabelled)
            db.execute("delete from matches where sentence_id in (select value from json_each(?))", [ids])
            forget_labeled_text(db, "sentence_id in (select value from json_each(?))", [changed])
            for table in ("labeled_sentences", "positions", "labels"):
                db.execute(f"delete from {table} where sentence_id in (select value from json_each(?))", [changed])
            _insert_labels(db, label_rows, match_rows)
            db.execute(f"{FILL_LABELED_SENTENCES}"
                       " where labels.sentence_id in (select value from json_each(?))", [changed])
            index_labeled_text(db, "sentence_id in (select value from json_each(?))", [changed])
            db.execute(f"insert into positions {POSITIONS_SQL}"
                       " where labels.sentence_id in (select value from json_each(?))", [changed])
            for rid, counts in rule_counts(db, ids).items():
                delta[rid] = [d + c for d, c in zip(delta.get(rid, [0, 0, 0]), counts)]

        for item in labeled:
            batch.append(item)
            n += 1
            if len(batch) >= 5000:
                flush()
                batch = []
        if batch:
            flush()
        db.conn.executemany(
            "update rules set hits = hits + ?, sentences = sentences + ?, only_rule_sentences = only_rule_sentences + ?"
            " where id = ?", [(*counts, rid) for rid, counts in delta.items() if any(counts)])
        for key, value in meta.items():
            set_meta(db, key, value)
    return n


def labels_per_category(db) -> dict:
    """Label counts per category in the database, for the build summary (one indexed scan of labels)."""
    return dict(db.execute("select category, count(*) from labels group by category order by category").fetchall())
