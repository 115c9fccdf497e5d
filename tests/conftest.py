"""Shared fixtures: a real demo database built by the pipeline from seeds/, a private copy of it,
and a tiny hostile database whose every text field carries an XSS payload."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Payloads: each sets window.__pwned (the browser test checks it stays undefined) and carries a
# marker string the HTML tests look for unescaped.
XSS = '<script>window.__pwned="script"</script>'
XSS_IMG = '<img src=x onerror="window.__pwned=\'img\'">'
XSS_ATTR = '"><svg onload="window.__pwned=\'svg\'">'
XSS_URL = "javascript:window.__pwned='url'"
HOSTILE_CATEGORY = 'cease"fire<b>'
HOSTILE_DOC_ID = 'doc"><script>x</script>'
HOSTILE_MARKERS = ("<script>window.__pwned", "<img src=x", "<svg onload", "<b>")


def build_seed_db(path: Path) -> Path:
    from datasette_demands.corpus.store import ensure_matrix_view
    from datasette_demands.corpus.pipeline import build
    from datasette_demands.rulebook.load import load_rulebook
    from datasette_demands.corpus.store import open_db

    summary = build(path, [SEEDS], load_rulebook(None))
    assert not summary.problems, summary.problems
    db = open_db(path)
    ensure_matrix_view(db)
    db.conn.execute("pragma wal_checkpoint(truncate)")
    db.conn.close()
    return path


def copy_db(src: Path, dst: Path) -> Path:
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()
    return dst


def build_hostile_db(path: Path) -> Path:
    """A small database written straight through the store's schema, with payloads everywhere."""
    from datasette_demands.corpus.store import ensure_matrix_view
    from datasette_demands.corpus.store import (DOCUMENT_LANGS_SQL, LABELED_SENTENCES_SQL, index_labeled_text, open_db,
                                                 set_meta)

    db = open_db(path)
    text1 = f"Russia demands a ceasefire {XSS} now."
    text2 = f"Kyiv insists on territory {XSS_IMG} and {XSS_ATTR}."
    with db.conn:
        db["documents"].insert_all([
            {"id": HOSTILE_DOC_ID, "source": f"Evil {XSS_IMG} Press", "title": f"Title {XSS}",
             "url": XSS_URL, "published": "2025-05-16", "lang": "en", "path": "evil.txt", "sha256": "x",
             "chars": 100, "sentence_count": 2},
            {"id": "plain", "source": XSS_ATTR, "title": "Plain", "url": "https://example.org/a?b=1&c=<2>",
             "published": "2025-06-01", "lang": "en", "path": "plain.txt", "sha256": "y", "chars": 10,
             "sentence_count": 1},
        ])
        db["sentences"].insert_all([
            {"id": 1, "document_id": HOSTILE_DOC_ID, "seq": 1, "text": text1, "lang": "en", "start": 0,
             "end": len(text1)},
            {"id": 2, "document_id": HOSTILE_DOC_ID, "seq": 2, "text": text2, "lang": "en",
             "start": len(text1) + 1, "end": len(text1) + 1 + len(text2)},
            {"id": 3, "document_id": "plain", "seq": 1, "text": "Nothing here.", "lang": "en", "start": 0, "end": 13},
        ])
        db["categories"].insert_all([
            {"name": "ceasefire", "title": f"Ceasefire {XSS}", "description": XSS_IMG, "file": "ceasefire.yml"},
            {"name": HOSTILE_CATEGORY, "title": HOSTILE_CATEGORY, "description": XSS_ATTR, "file": "x.yml"},
        ])
        rule_common = {"lang": "en", "file": "ceasefire.yml", "line": 1, "status": "test", "author": XSS,
                       "references": "[]", "patterns": json.dumps([XSS]), "requires": "[]", "exclude": "[]",
                       "cue": 0, "examples_match": json.dumps([f"ceasefire {XSS}"]),
                       "examples_no_match": json.dumps([XSS_IMG]), "only_rule_sentences": 0}
        db["rules"].insert_all([
            {"id": "ceasefire.en.evil", "category": "ceasefire", "description": f"Evil rule {XSS}",
             "hits": 1, "sentences": 1, **rule_common},
            {"id": f"x.en.{XSS_ATTR}", "category": HOSTILE_CATEGORY, "description": XSS_IMG,
             "hits": 1, "sentences": 1, **rule_common},
            {"id": "ceasefire.en.unused", "category": "ceasefire", "description": "never fires",
             "hits": 0, "sentences": 0, **rule_common},
        ])
        db["labels"].insert_all([
            {"sentence_id": 1, "document_id": HOSTILE_DOC_ID, "category": "ceasefire", "actors": json.dumps([XSS]),
             "stance": XSS_IMG, "cited_source": XSS},
            {"sentence_id": 2, "document_id": HOSTILE_DOC_ID, "category": HOSTILE_CATEGORY, "actors": "[]",
             "stance": None, "cited_source": None},
        ])
        s1 = text1.index("ceasefire")
        s2 = text2.index(XSS_IMG)
        db["matches"].insert_all([
            {"id": 1, "sentence_id": 1, "document_id": HOSTILE_DOC_ID, "category": "ceasefire",
             "rule_id": "ceasefire.en.evil", "start": s1, "end": s1 + len("ceasefire"), "text": "ceasefire"},
            {"id": 2, "sentence_id": 2, "document_id": HOSTILE_DOC_ID, "category": HOSTILE_CATEGORY,
             "rule_id": f"x.en.{XSS_ATTR}", "start": s2, "end": s2 + len(XSS_IMG), "text": XSS_IMG},
        ])
        set_meta(db, "rulebook_fingerprint", XSS)
        # the tables the store derives from the rows above, as store._write_one fills them
        db.execute(f"insert into labeled_sentences {LABELED_SENTENCES_SQL}")
        index_labeled_text(db)
        db.execute(f"insert into document_langs (document_id, lang, sentences) {DOCUMENT_LANGS_SQL}"
                   " group by document_id, lang")
    ensure_matrix_view(db)
    db.conn.execute("pragma wal_checkpoint(truncate)")
    db.conn.close()
    return path


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The seed corpus built by the real pipeline, as database `demo`."""
    return build_seed_db(tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.fixture(scope="session")
def private_db(tmp_path_factory, demo_db) -> Path:
    """A copy of the demo database, served as `private` (tests restrict it to actor admin)."""
    return copy_db(demo_db, tmp_path_factory.mktemp("private") / "private.db")


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory) -> Path:
    return build_hostile_db(tmp_path_factory.mktemp("hostile") / "hostile.db")


def sql(db_path, query, params=()):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def every_table(db_path, with_fts: bool = True) -> dict:
    """Every row of every table, sorted, by table name; without `with_fts`, the full-text index's tables
    (which follow from the others) left out."""
    conn = sqlite3.connect(db_path)
    try:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' order by name")
                 if with_fts or "_fts" not in r[0]]
        return {n: sorted(map(repr, conn.execute(f'select * from "{n}"').fetchall())) for n in names}
    finally:
        conn.close()


def make_ds(*paths, **kwargs):
    """A Datasette over `paths` whose schema refresh (the first step of every request) tries again when
    Datasette 0.65's internal database answers "locked" (see `refresh_schemas_until_unlocked`)."""
    from datasette.app import Datasette

    ds = Datasette([str(p) for p in paths], **kwargs)
    ds._refresh_schemas = refresh_schemas_until_unlocked(ds._refresh_schemas)
    return ds


def refresh_schemas_until_unlocked(refresh, attempts=8):
    """Datasette 0.65 keeps its internal database in memory with SQLite's shared cache, whose table locks
    fail at once instead of waiting (simonw/datasette#2683): on a busy machine the `CREATE TABLE` of the
    internal tables, run by the first request's schema refresh, can meet a read still open and answer
    500 ("database table is locked: sqlite_master"). The tables are created with IF NOT EXISTS and the
    refresh only rewrites Datasette's own catalogue, so trying again is safe; a test then meets the page,
    not the race. Any other error, or a lock that outlasts the attempts, is raised."""
    import asyncio
    import functools
    import sqlite3

    @functools.wraps(refresh)
    async def refreshed():
        for attempt in range(attempts):
            try:
                return await refresh()
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == attempts - 1:
                    raise
                await asyncio.sleep(0.05 * (attempt + 1))

    return refreshed


async def every_page(ds, path, **kwargs) -> list[str]:
    """The HTML of a paged page (the rules page) and of each page its `rel="next"` links lead to."""
    import re
    from html import unescape

    pages = []
    while path:
        r = await ds.client.get(path, **kwargs)
        assert r.status_code == 200, (path, r.status_code)
        pages.append(r.text)
        m = re.search(r'<a href="([^"]+)" rel="next">', r.text)
        path = unescape(m.group(1)) if m else None
    return pages


async def start_datasette(ds):
    """What `datasette serve` does before the first request: run the startup hooks, then create
    Datasette's internal database (the refresh of a `make_ds` Datasette, which outlasts 0.65's lock race)."""
    await ds.invoke_startup()
    await ds.refresh_schemas()
    return ds


def actor_cookies(ds, actor):
    return {"ds_actor": ds.sign({"a": actor}, "actor")} if actor else {}


@contextlib.contextmanager
def datasette_serve(folder: Path, *args: str):
    """`datasette serve ARGS` on a free local port, as a user starts it: yields (base URL, path of
    its log) once /-/versions.json answers, and stops the server afterwards. Fails the test with the
    end of the log when it does not start within a minute."""
    import socket
    import subprocess
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [str(Path(sys.executable).parent / "datasette"), "serve", *args, "--host", "127.0.0.1", "--port", str(port)]
    log_path = folder / "serve.log"
    log = open(log_path, "w")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("datasette serve did not start: " + log_path.read_text()[-2000:])
            time.sleep(0.2)
        log.flush()
        yield base, log_path
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


# A rule pack of one category, as a third party would ship it (tests of packs and of the enrichment)
DROUGHT = """\
category: drought
title: Drought
description: Water for farms, as a party's demand.
rules:
  - id: drought.en.water
    lang: en
    description: Irrigation water as a party's position
    patterns:
      - '\\birrigation water\\b'
    cue: true
    examples:
      match:
        - "Kherson farmers demand irrigation water."
        - "Kyiv insists on irrigation water for the south."
      no_match:
        - "Irrigation water was scarce last summer."
        - "The canal carried irrigation water in 1990."
"""


def write_pack(folder: Path, text: str = DROUGHT, name: str = "drought.yml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder
