"""The "Label demands" enrichment for datasette-enrichments.

From a table's actions menu ("Enrich selected data"), the user picks the column that holds the text
and, optionally, the columns with each row's id, source, publication date and language. The job
then, batch by batch:

1. checks that the actor who started it may write (compat.can_write; datasette-enrichments has
   already checked that it may enrich), or cancels the job saying why, before anything is written;
2. turns the rows into documents (corpus/table_rows.py); a row without text, or whose id the
   database holds from elsewhere, is an error of the job for that row, and the others go on; a row
   whose language is none of the nine is labelled in the language detected from its text, as build
   labels such a document, and says so (its `demands` JSON's `notes`, and a message of the job);
3. labels the new and changed documents with the installed rule packs (the core rules and every
   pack a plugin declares, as the command line finds them) and the local pack folders the database
   remembers (`--rules` of build), in a thread so that Datasette keeps serving;
4. writes them into the database's demands tables through the store, as build does, then each
   row's summary into the table's `demands` column (JSON).

The rules' statistics (hits on the rules page) change with each batch, in the batch's transaction, so
a job paused or cancelled midway leaves them right. Progress, errors, pause and cancel are
datasette-enrichments' own.
"""

from __future__ import annotations

import asyncio

from datasette_enrichments import Enrichment
from wtforms import Form, SelectField
from wtforms.validators import DataRequired

try:  # WTForms 3.3+ (tuples still work there, deprecated)
    from wtforms import SelectChoice
except ImportError:  # older WTForms: a choice is a (value, label) tuple
    def SelectChoice(value, label=None):
        return (value, value if label is None else label)

from ..corpus.labelling_state import remembered_pack_dirs
from ..corpus.pipeline import label_documents, relabel
from ..corpus.table_rows import (DEMANDS_TABLES, RowColumns, RowProblem, document_of_row, documents_to_write,
                                 needs_relabel, row_key, schema_conflict, summaries, write_labelled,
                                 write_summaries)
from ..labelling.classify import Classifier
from ..rulebook.load import load_packs
from ..rulebook.model import CORE_PACK, RulebookError, RulePack, core_version, default_rules_dir
from ..rulebook.packs import local_pack, select_packs
from . import compat

# columns whose name suggests the text, the first found is preselected
TEXT_COLUMN_GUESSES = ("text", "body", "content", "article", "description", "title")
NONE_LABEL = "(none)"


class LabelDemands(Enrichment):
    name = "Label demands"
    slug = "label-demands"
    description = ("Label each row's text with the demands it reports (categories, holders, stances) into a "
                   "\"demands\" column, and add the rows to the database's demand matrix")
    batch_size = 50

    def __init__(self, installed_packs=None):
        self._classifiers: dict[tuple[str, int], tuple] = {}  # (database, job id) -> (rulebook, classifier)
        # the rule packs the plugins declare: the plugin's hook hands over hookspecs.installed_packs (this
        # wing knows nothing of the plugin manager); without it, the shipped rules alone
        self._installed_packs = installed_packs or shipped_pack

    async def get_config_form(self, db, table):
        columns = [c for c in await db.table_columns(table) if c != "demands"]
        choices = [SelectChoice(c) for c in columns]
        guess = next((c for g in TEXT_COLUMN_GUESSES for c in columns if c.lower() == g), columns[0] if columns else None)

        def optional(label, description):
            return SelectField(label, choices=[SelectChoice("", NONE_LABEL)] + choices, default="", description=description)

        class ConfigForm(Form):
            text_column = SelectField("Text column", choices=choices, default=guess, validators=[DataRequired()],
                                      description="The column holding each row's text")
            id_column = optional("Id column", "Each row's document id (none: the table name and primary key)")
            source_column = optional("Source column", "The outlet or publisher")
            published_column = optional("Date column", "When it was published (any common way of writing a day)")
            lang_column = optional("Language column", "en, it, fr, de, es, ru, uk, pl or tr (none, or another "
                                                      "language: detected from the text)")
            title_column = optional("Title column", "The headline, shown with its sentences and on its document page")
            url_column = optional("URL column", "Where the article is online, linked from its document page")

        return ConfigForm

    async def enrich_batch(self, datasette, db, table, rows, pks, config, job_id):
        await self._check_allowed(datasette, db, table, job_id)
        rulebook, classifier = await self._classifier(db, job_id)
        pks = list(pks)
        docs, problems = self._documents(rows, pks, table, RowColumns.from_config(config))
        fresh, clashes = await db.execute_fn(lambda conn: documents_to_write(conn, list(docs.values())))
        problems.update({row_key(row, pks): clashes[doc_id] for row, doc_id in self._rows_to_docs(rows, pks, docs)
                         if doc_id in clashes})
        labelled = await asyncio.to_thread(label_documents, classifier, fresh)
        if await db.execute_fn(lambda conn: needs_relabel(conn, rulebook)):
            if not db.path:
                raise self.Cancel(f"{db.name} holds labels of another rulebook and no file to relabel them in")
            await compat.write_outside_transaction(db, lambda conn: relabel(db.path, rulebook))
        written = [(doc, *result) for doc, result in zip(fresh, labelled)]
        await compat.write_outside_transaction(db, lambda conn: write_labelled(conn, rulebook, written))
        good = [(row, doc_id) for row, doc_id in self._rows_to_docs(rows, pks, docs)
                if row_key(row, pks) not in problems]
        found = await db.execute_fn(lambda conn: summaries(conn, [doc_id for _, doc_id in good]))
        noted = self._notes(docs, found)
        await compat.write_outside_transaction(db, lambda conn: write_summaries(conn, table, pks, good, found))
        pk_values = {row_key(row, pks): row[pks[0]] if len(pks) == 1 else [row[pk] for pk in pks] for row in rows}
        await self._log_notes(db, job_id, [(pk_values[key], found[doc_id]["lang"], notes) for key, doc_id, notes in noted])
        for key, message in problems.items():
            await self.log_error(db, job_id, [pk_values[key]], message)
        return len(rows) - len(problems)

    async def finalize(self, datasette, db, table, config):
        # the rules' stats are kept up to date batch by batch (write_labelled), as a job may stop anywhere
        for key in [k for k in self._classifiers if k[0] == db.name]:
            del self._classifiers[key]

    # --- the steps ---------------------------------------------------------------------------

    async def _check_allowed(self, datasette, db, table, job_id):
        if table in DEMANDS_TABLES:
            raise self.Cancel(f"{table} is one of the demands tables; label a table of your own")
        row = (await db.execute("select actor_id from _enrichment_jobs where id = ?", [job_id])).first()
        actor = {"id": row[0]} if row and row[0] else None
        if not await compat.can_write(datasette, actor, db.name, table):
            who = f"actor {actor['id']!r}" if actor else "an anonymous actor"
            raise self.Cancel(f"{who} may not write to {db.name}: labelling demands needs "
                              f"{', '.join(compat.WRITE_ACTIONS_ON_TABLE)} on {table} and "
                              f"{', '.join(compat.WRITE_ACTIONS_ON_DATABASE)} on the database")
        if not db.is_mutable:
            raise self.Cancel(f"{db.name} is immutable")
        conflict = await db.execute_fn(schema_conflict)
        if conflict:
            raise self.Cancel(conflict)

    async def _classifier(self, db, job_id):
        """The rulebook of the installed packs, with the local pack folders the database remembers, and its
        classifier, loaded once a job."""
        key = (db.name, job_id)
        if key not in self._classifiers:
            directories = remembered_pack_dirs(db.path) if db.path else []
            missing = next((d for d in directories if not d.is_dir()), None)
            if missing is not None:
                raise self.Cancel(f"{db.name} was labelled with the rulebook in {missing}, which is not there")
            try:
                rulebook = await asyncio.to_thread(self._rulebook, directories)
            except RulebookError as error:
                raise self.Cancel(f"the rulebook is broken: {error}")
            self._classifiers[key] = (rulebook, Classifier(rulebook))
        return self._classifiers[key]

    def _rulebook(self, directories):
        return load_packs(select_packs(self._installed_packs(), [local_pack(d) for d in directories]))

    @staticmethod
    def _documents(rows, pks, table, columns):
        """{row key: document} of the rows that make one, and {row key: problem} of the others."""
        docs, problems, ids = {}, {}, {}
        for row in rows:
            key = row_key(row, pks)
            try:
                doc = document_of_row(row, pks, table, columns)
            except RowProblem as problem:
                problems[key] = str(problem)
                continue
            if doc.id in ids:
                problems[key] = f"document id {doc.id!r} is also the id of the row {ids[doc.id]}"
                continue
            ids[doc.id] = key
            docs[key] = doc
        return docs, problems

    @staticmethod
    def _notes(docs, found) -> list[tuple[str, str, list[str]]]:
        """(row key, document id, notes) of the labelled rows whose documents have notes (a language none
        of the nine, detected instead); their summaries get the notes under `notes`."""
        noted = []
        for key, doc in docs.items():
            if doc.notes and doc.id in found:
                notes = [note.message for note in doc.notes]
                found[doc.id] = {**found[doc.id], "notes": notes}
                noted.append((key, doc.id, notes))
        return noted

    async def _log_notes(self, db, job_id, noted, shown=10):
        """One message on the job's page for the rows of a batch labelled with a note: not errors (the rows
        are labelled), so not in the job's error count."""
        if not noted:
            return
        try:
            from datasette_enrichments import record_progress
        except ImportError:  # a datasette-enrichments without it: the rows' `notes` still say it
            return
        parts = [f"row {pk}: {'; '.join(notes)}: {lang or 'none found'}" for pk, lang, notes in noted[:shown]]
        more = f"; and {len(noted) - shown} more rows" if len(noted) > shown else ""
        await record_progress(db, job_id, 0, 0, message="; ".join(parts) + more)

    @staticmethod
    def _rows_to_docs(rows, pks, docs):
        return [(row, docs[row_key(row, pks)].id) for row in rows if row_key(row, pks) in docs]


def shipped_pack() -> list[RulePack]:
    """The rules shipped with the plugin, as the only pack."""
    return [RulePack(CORE_PACK, core_version(), default_rules_dir())]


def enrichments(installed_packs=None):
    """What the register_enrichments hook returns: the enrichment, where datasette-enrichments works.
    `installed_packs()` gives the rule packs to label with (hookspecs.installed_packs)."""
    return [LabelDemands(installed_packs)] if compat.enrichments_offered() else []
