"""Rows of a user's table as documents: what the "Label demands" enrichment (web/enrichment.py) stores.

A row becomes an ingest.Document: its text from the chosen column; its id from the id column as
given, or else the table and the row's primary key (`articles:3`, like a record's `feed:3`); its
source, publication date (parsed as build parses one) and language from the columns chosen for
them. The documents are labelled and written through the store exactly as build writes its own: a
changed document replaces its rows, an unchanged one is left alone, so labelling a table twice
adds nothing. A document id the database already holds from elsewhere (another table, a file) is
refused for that row, as build refuses it; a language none of the nine is detected from the text, as
build detects it, and the document's `notes` say so. `summaries` reads back, per document, what the demands
tables say: the JSON the enrichment writes into the row's `demands` column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from ..labelling.segment import detect_language
from ..rulebook.model import LANGUAGES
from . import store
from .dates import parse_date
from .ingest import Document, InputProblem, duplicate_message
from .labelling_state import mark_labelled_with

# what a user's table must not be: the enrichment writes these
DEMANDS_TABLES = frozenset({
    "documents", "sentences", "labels", "positions", "matches", "rules", "categories", "demands_meta",
    "labeled_sentences", "document_langs", "demand_matrix",
})


def quoted(name: str) -> str:
    """An SQL identifier, quoted whatever it holds."""
    return '"' + name.replace('"', '""') + '"'


def schema_conflict(conn) -> str | None:
    """Why the database cannot take the demands tables (a table of another kind holds one of their
    names), or None."""
    for table, needed in (("documents", {"id", "sha256", "path", "sentence_count"}),
                          ("sentences", {"id", "document_id", "seq", "text"}),
                          ("labels", {"sentence_id", "category", "positions"})):
        columns = {row[1] for row in conn.execute(f"pragma table_info({quoted(table)})")}
        if columns and not needed <= columns:
            return (f"this database has a table {table} that is not the demands tables' "
                    f"(it lacks {', '.join(sorted(needed - columns))}); label the rows in another database")
    return None


@dataclass
class RowColumns:
    """Which column of the table holds what; only `text` is required."""
    text: str
    id: str | None = None
    source: str | None = None
    published: str | None = None
    lang: str | None = None
    title: str | None = None
    url: str | None = None

    @classmethod
    def from_config(cls, config: dict) -> "RowColumns":
        return cls(**{f: (config.get(f"{f}_column") or None)
                      for f in ("text", "id", "source", "published", "lang", "title", "url")})


class RowProblem(ValueError):
    """A row that cannot become a document; the message says why."""


def row_key(row: dict, pks: list[str]) -> str:
    """The row's primary key as text: `3`, or `a,b` for a compound key."""
    return ",".join(str(row[pk]) for pk in pks)


def row_path(table: str, key: str) -> str:
    """documents.path of a row's document: where it came from."""
    return f"{table}:{key}"


def row_language(value) -> tuple[str | None, str | None]:
    """A language column's value as one of the nine codes ("EN", "en-GB" and "en_US" are en), and a note.
    Empty: None, the text's language is detected. Any other value (`xx`, a language the rules do not
    cover): None as well, detected as build detects it for a document whose language is none of the
    nine, with the note that says so."""
    if value is None or not str(value).strip():
        return None, None
    code = str(value).strip().lower().replace("_", "-").split("-")[0]
    if code not in LANGUAGES:
        return None, (f"language {str(value).strip()!r} is none of the languages the rules cover "
                      f"({', '.join(LANGUAGES)}): detected from the text instead")
    return code, None


def _text_or_none(value) -> str | None:
    return None if value is None else str(value)


def document_of_row(row: dict, pks: list[str], table: str, columns: RowColumns) -> Document:
    """The document a row stands for; RowProblem when it has no text. A language none of the nine is
    detected from the text, with a note (kind "lang") in the document's `notes`, as build does."""
    text = row.get(columns.text)
    if not isinstance(text, str) or not text.strip():
        raise RowProblem(f"column {columns.text!r} holds no text")
    key = row_key(row, pks)
    given_id = row.get(columns.id) if columns.id else None
    doc_id = str(given_id) if given_id not in (None, "") else row_path(table, key)
    raw_date = row.get(columns.published) if columns.published else None
    raw_date = None if raw_date in (None, "") else str(raw_date)
    lang, lang_note = row_language(row.get(columns.lang)) if columns.lang else (None, None)
    source, title, url = (_text_or_none(row.get(c)) if c else None for c in (columns.source, columns.title, columns.url))
    doc = Document(id=doc_id, text=text, path=row_path(table, key), source=source, title=title, url=url,
                   published=parse_date(raw_date, lang or detect_language(text)) if raw_date else None,
                   lang=lang, published_raw=raw_date)
    if lang_note:
        doc.notes.append(InputProblem(doc.path, None, lang_note, kind="lang"))
    return doc


def documents_to_write(db, docs: list[Document]) -> tuple[list[Document], dict[str, str]]:
    """The documents that are new or changed, and {document id: problem} for those held from elsewhere
    (another row, table or file: a row's document is its own, `documents.path` says which) and for the
    duplicates: a row whose text is that of an earlier row of `docs` or of another stored document is
    skipped, as build skips such a document (its sentences would be counted twice).

    `db` is a sqlite3 connection or sqlite-utils Database on a database with the demands tables (or none yet)."""
    conn = getattr(db, "conn", db)
    if not conn.execute("select 1 from sqlite_master where type = 'table' and name = 'documents'").fetchone():
        return _first_of_each_text(docs)
    stored = dict(((doc_id, (sha, path)) for doc_id, sha, path in conn.execute(
        "select id, sha256, path from documents where id in (select value from json_each(?))",
        [json.dumps([d.id for d in docs])])))
    fresh, problems = [], {}
    kept: dict[str, tuple[str, str]] = {}  # text hash -> (id, path) of the rows' documents kept so far
    schema_9 = any(row[1] == "content_sha256" for row in conn.execute("pragma table_info(documents)"))
    rewritten = {d.id for d in docs if d.id in stored and stored[d.id][1] == d.path and stored[d.id][0] != d.sha256}
    for doc in docs:
        held = stored.get(doc.id)
        if held is not None and held[1] != doc.path:
            problems[doc.id] = (f"document id {doc.id!r} is already in the database, from {held[1]}; "
                                "choose another id column, or none")
            continue
        if held is None or held[0] != doc.sha256:
            first = kept.get(doc.content_sha256) or store.document_with_text(conn, doc, schema_9, rewritten)
            if first is not None:
                problems[doc.id] = duplicate_message(*first)
                continue
            fresh.append(doc)
        kept.setdefault(doc.content_sha256, (doc.id, doc.path))
    return fresh, problems


def _first_of_each_text(docs: list[Document]) -> tuple[list[Document], dict[str, str]]:
    """documents_to_write() for a database without documents: a row with an earlier row's text is a duplicate."""
    fresh, problems, kept = [], {}, {}
    for doc in docs:
        if doc.content_sha256 in kept:
            problems[doc.id] = duplicate_message(*kept[doc.content_sha256])
        else:
            kept[doc.content_sha256] = (doc.id, doc.path)
            fresh.append(doc)
    return fresh, problems


def write_labelled(conn, rulebook, labelled: list[tuple]) -> None:
    """Write labelled documents, (doc, lang, sentences, labels per sentence), through the store, creating
    the demands tables when missing and recording the rulebook. The caller made sure that the labels
    stored before come from this rulebook (`needs_relabel`)."""
    db = sqlite_utils.Database(conn)
    foreign_keys = conn.execute("pragma foreign_keys").fetchone()[0]
    try:
        store.ensure_schema(db)
        if store.get_meta(db, "rulebook_fingerprint") != rulebook.fingerprint:
            store.write_rulebook(db, rulebook)
            with conn:
                mark_labelled_with(db, rulebook)
        if labelled:
            store.write_documents(db, labelled, count_rules=True)
    finally:
        conn.execute(f"pragma foreign_keys = {int(foreign_keys)}")


def needs_relabel(conn, rulebook) -> bool:
    """Whether the database holds sentences labelled with another rulebook than this one."""
    if not conn.execute("select 1 from sqlite_master where type = 'table' and name = 'demands_meta'").fetchone():
        return False
    row = conn.execute("select value from demands_meta where key = 'rulebook_fingerprint'").fetchone()
    has_sentences = conn.execute("select exists (select 1 from sentences)").fetchone()[0]
    return bool(has_sentences) and (row is None or row[0] != rulebook.fingerprint)


def summaries(conn, doc_ids: list[str]) -> dict[str, dict]:
    """Per document, what the demands tables hold about it: its language, sentences, the categories
    reported, their holders, the stances per category and every (category, holder, stance) position
    with the sentences (seq) that report it."""
    ids = json.dumps(sorted(set(doc_ids)))
    out = {doc_id: {"document_id": doc_id, "lang": lang, "sentences": n, "labelled_sentences": 0, "categories": [],
                    "holders": [], "stance": {}, "positions": []}
           for doc_id, lang, n in conn.execute(
               "select id, lang, sentence_count from documents where id in (select value from json_each(?))", [ids])}
    labelled: dict[str, set] = {}
    positions: dict[str, dict] = {}
    for doc_id, category, stance, positions_json, seq in conn.execute(
            "select labels.document_id, labels.category, labels.stance, labels.positions, sentences.seq from labels"
            " join sentences on sentences.id = labels.sentence_id"
            " where labels.document_id in (select value from json_each(?)) order by sentences.seq", [ids]):
        summary = out[doc_id]
        labelled.setdefault(doc_id, set()).add(seq)
        if category not in summary["categories"]:
            summary["categories"].append(category)
        if stance and stance not in summary["stance"].setdefault(category, []):
            summary["stance"][category].append(stance)
        for p in store.positions_of_json(positions_json):
            key = (category, p.get("holder"), p.get("stance"))
            seqs = positions.setdefault(doc_id, {}).setdefault(key, [])
            if seq not in seqs:
                seqs.append(seq)
    for doc_id, summary in out.items():
        summary["labelled_sentences"] = len(labelled.get(doc_id, ()))
        summary["categories"].sort()
        summary["stance"] = {c: sorted(s) for c, s in sorted(summary["stance"].items())}
        found = positions.get(doc_id, {})
        summary["holders"] = sorted({h for _, h, _ in found if h})
        summary["positions"] = [{"category": c, "holder": h, "stance": s, "sentences": seqs}
                                for (c, h, s), seqs in sorted(found.items(), key=lambda kv: tuple(map(str, kv[0])))]
    return out


def write_summaries(conn, table: str, pks: list[str], rows_to_docs: list[tuple[dict, str]], docs: dict[str, dict]) -> None:
    """Write each row's summary (JSON) into the table's `demands` column, added when missing."""
    table_db = sqlite_utils.Database(conn)[table]
    if "demands" not in table_db.columns_dict:
        table_db.add_column("demands", str)
    where = " and ".join(f"{quoted(pk)} = ?" for pk in pks)
    with conn:
        conn.executemany(f"update {quoted(table)} set demands = ? where {where}",
                         [(json.dumps(docs[doc_id], ensure_ascii=False), *(row[pk] for pk in pks))
                          for row, doc_id in rows_to_docs if doc_id in docs])
