"""A build killed with SIGKILL at any moment leaves a database of whole documents; rerunning completes it."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATASETTE = str(Path(sys.executable).parent / "datasette")


def make_corpus(folder: Path, n_docs: int = 240) -> None:
    """Documents made of shuffled seed sentences: deterministic, news-like, all categories present."""
    rng = random.Random(7)
    sentences = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        sentences += [s.strip() + "." for s in seed.read_text(encoding="utf-8").split(". ") if len(s) > 20]
    folder.mkdir()
    for i in range(n_docs):
        picked = rng.sample(sentences, 25)
        (folder / f"doc{i:04d}.txt").write_text(" ".join(picked), encoding="utf-8")


def content(db: Path):
    conn = sqlite3.connect(db)
    try:
        return {
            "documents": conn.execute("select id, sha256, sentence_count from documents order by id").fetchall(),
            "sentences": conn.execute('select document_id, seq, text, start, "end" from sentences order by 1, 2').fetchall(),
            "labels": conn.execute("select s.document_id, s.seq, l.category from labels l join sentences s on s.id = l.sentence_id order by 1, 2, 3").fetchall(),
            "matches": conn.execute('select s.document_id, s.seq, m.rule_id, m.start, m."end" from matches m join sentences s on s.id = m.sentence_id order by 1, 2, 3, 4').fetchall(),
        }
    finally:
        conn.close()


def assert_whole_documents(db: Path):
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        # every stored document has exactly the sentences it says it has, and nothing dangles
        bad = conn.execute("""select d.id from documents d
            where d.sentence_count != (select count(*) from sentences s where s.document_id = d.id)""").fetchall()
        assert bad == []
        assert conn.execute("select count(*) from sentences where document_id not in (select id from documents)").fetchone()[0] == 0
        assert conn.execute("select count(*) from labels where sentence_id not in (select id from sentences)").fetchone()[0] == 0
        assert conn.execute("select count(*) from matches where sentence_id not in (select id from sentences)").fetchone()[0] == 0
        # the full-text index holds exactly the stored sentences
        assert conn.execute("select count(*) from sentences_fts").fetchone()[0] == \
            conn.execute("select count(*) from sentences").fetchone()[0]
        return conn.execute("select count(*) from documents").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def corpus_and_clean(tmp_path_factory):
    base = tmp_path_factory.mktemp("crash")
    corpus = base / "corpus"
    make_corpus(corpus)
    clean = base / "clean.db"
    t0 = time.perf_counter()
    subprocess.run([DATASETTE, "demands", "build", str(clean), str(corpus)], check=True, capture_output=True)
    return corpus, clean, time.perf_counter() - t0


def kill_at(cmd, seconds):
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(seconds)
    finished_first = proc.poll() is not None
    if not finished_first:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return finished_first


@pytest.mark.parametrize("fraction", [0.2, 0.45, 0.7, 0.9])
def test_sigkill_leaves_whole_documents_and_rerun_completes(tmp_path, corpus_and_clean, fraction):
    corpus, clean, build_seconds = corpus_and_clean
    db = tmp_path / "killed.db"
    kill_at([DATASETTE, "demands", "build", str(db), str(corpus)], build_seconds * fraction)
    if db.exists():
        assert_whole_documents(db)
    subprocess.run([DATASETTE, "demands", "build", str(db), str(corpus)], check=True, capture_output=True)
    assert assert_whole_documents(db) == 240
    assert content(db) == content(clean)


def test_sigkill_during_relabel_keeps_old_or_new_labels(tmp_path, corpus_and_clean):
    import shutil

    corpus, clean, _ = corpus_and_clean
    timing = tmp_path / "timing.db"
    shutil.copy(clean, timing)
    runs = []
    for _ in range(2):  # the first run may also fill the pattern-check cache: time a warm one
        t0 = time.perf_counter()
        subprocess.run([DATASETTE, "demands", "relabel", "--all", str(timing)], check=True, capture_output=True)
        runs.append(time.perf_counter() - t0)
    relabel_seconds = min(runs)
    db = tmp_path / "relabel.db"
    shutil.copy(clean, db)
    before = content(db)
    # well into the run: the old labels are deleted and the new ones being written, uncommitted
    assert not kill_at([DATASETTE, "demands", "relabel", "--all", str(db)], relabel_seconds * 0.6)
    assert_whole_documents(db)
    assert content(db) == before  # same rulebook: old and new labels are the same, and nothing half-deleted


def test_a_schema_cut_short_leaves_no_tables_and_the_next_open_makes_them_all(tmp_path, monkeypatch):
    """The schema, full-text index included, is made in one transaction: a build killed while it
    creates a new database leaves either nothing or everything (a kill right after the tables but
    before the index once left a database that failed `select ... from sentences_fts`)."""
    from datasette_demands.corpus import store

    db_path = tmp_path / "cut.db"

    def cut(*args, **kwargs):
        raise KeyboardInterrupt("killed while creating the schema")

    monkeypatch.setattr(store, "set_meta", cut)
    with pytest.raises(KeyboardInterrupt):
        store.open_db(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from sqlite_master where type = 'table'").fetchone()[0] == 0
    conn.close()
    monkeypatch.undo()
    db = store.open_db(db_path)
    assert {"documents", "sentences", "labels", "sentences_fts"} <= set(db.table_names())
    assert db["sentences"].detect_fts() == "sentences_fts"
