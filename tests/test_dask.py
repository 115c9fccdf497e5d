"""--dask: build and relabel on a real Dask cluster (scheduler and workers on 127.0.0.1, started
here and stopped after) give exactly the rows of a local build, survive a killed worker, and stop
clearly when the scheduler is lost or a worker runs another version."""

import contextlib
import json
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import distributed  # the test extra brings it (extra "dask"): these tests must run, not skip
from datasette_demands.cli import demands  # noqa: E402
from datasette_demands.corpus import dask_cluster, pipeline  # noqa: E402
from datasette_demands.corpus.dask_cluster import ClusterProblem  # noqa: E402
from datasette_demands.rulebook.load import load_rulebook  # noqa: E402
from datasette_demands.rulebook.model import default_rules_dir  # noqa: E402
from conftest import copy_db, every_table  # noqa: E402
from test_crash_safety import assert_whole_documents, make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
N_DOCS = 64
DOCS_PER_TASK = 8  # smaller tasks and write batches than a real build's, so that a short corpus
WRITE_BATCH_SENTENCES = 400  # still makes ten tasks and several transactions


def run(*args):
    return CliRunner().invoke(demands, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes of one thread each, and their scheduler, on 127.0.0.1."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=":0") as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The corpus and its database built here, without Dask: what every Dask run must give."""
    base = tmp_path_factory.mktemp("dask")
    make_corpus(base / "corpus", N_DOCS)
    local = base / "local.db"
    assert run("build", local, base / "corpus").exit_code == 0
    return base / "corpus", local


@pytest.fixture
def small_tasks(monkeypatch):
    monkeypatch.setattr(pipeline, "DOCS_PER_TASK", DOCS_PER_TASK)
    monkeypatch.setattr(pipeline, "WRITE_BATCH_SENTENCES", WRITE_BATCH_SENTENCES)


def test_build_on_a_cluster_writes_every_row_a_local_build_writes(tmp_path, cluster, corpus, small_tasks):
    folder, local = corpus
    db = tmp_path / "dask.db"
    result = run("build", db, folder, "--dask", cluster.scheduler_address)
    assert result.exit_code == 0, result.output
    assert f"{N_DOCS} documents written" in result.output
    assert every_table(db) == every_table(local)


def test_relabel_on_a_local_cluster_writes_every_row_a_local_relabel_writes(tmp_path):
    """`--dask local:1` starts its own cluster; the rulebook (edited, in a folder of its own) travels to it."""
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    path = rules / "ceasefire.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("truce", "armistice-truce", 1), encoding="utf-8")
    assert run("build", tmp_path / "a.db", SEEDS).exit_code == 0
    copy_db(tmp_path / "a.db", tmp_path / "b.db")
    local = run("relabel", tmp_path / "a.db", "--rules", rules, "--all")
    assert local.exit_code == 0, local.output
    on_dask = run("relabel", tmp_path / "b.db", "--rules", rules, "--all", "--dask", "local:1")
    assert on_dask.exit_code == 0, on_dask.output
    assert every_table(tmp_path / "b.db") == every_table(tmp_path / "a.db")


def worker_pids(client) -> dict:
    return client.run(os.getpid)


def test_a_worker_killed_mid_build_loses_nothing(tmp_path, cluster, corpus, small_tasks, monkeypatch):
    folder, local = corpus
    rulebook = load_rulebook(None)
    # one task per worker core in flight, so that when the writer takes a document the next task has
    # just been sent; the worker is killed at the first document after the second task's where one is
    # busy (on an idle machine two workers may have finished everything sent so far at any given moment)
    monkeypatch.setattr(pipeline, "WINDOW_PER_WORKER", 1)
    killed = {}
    with distributed.Client(cluster) as client:
        before = worker_pids(client)

        def progress(doc):
            if len(killed) == 0 and progress.seen >= 2 * DOCS_PER_TASK:
                busy = [w for w, tasks in client.processing().items() if tasks and w in before]
                if busy:
                    killed[busy[0]] = before[busy[0]]
                    os.kill(before[busy[0]], signal.SIGKILL)
            progress.seen += 1

        progress.seen = 0
        db = tmp_path / "killed-worker.db"
        summary = pipeline.build(db, [folder], rulebook, progress=progress, dask=cluster.scheduler_address)
        assert killed, "the build ended before a worker could be killed"
        assert not set(killed.values()) & set(worker_pids(client).values())  # it died (its nanny starts another)
    assert summary.documents == N_DOCS
    assert every_table(db) == every_table(local)


def test_a_worker_with_another_version_is_refused_naming_both(tmp_path, cluster, monkeypatch):
    monkeypatch.setattr(dask_cluster, "package_version", lambda: "9.9.9")  # this command; the workers run ours
    result = CliRunner().invoke(demands, ["build", str(tmp_path / "v.db"), str(SEEDS), "--dask", cluster.scheduler_address])
    assert result.exit_code == 2
    assert f"runs datasette-demands {_real_version()} and this command 9.9.9: refused" in result.output
    assert not (tmp_path / "v.db").exists()  # refused before the database is touched


def _real_version():
    from importlib import metadata

    return metadata.version("datasette-demands")


def test_a_task_carrying_another_version_is_refused_on_the_worker(cluster):
    """A worker that joins after the start is checked by every task: the rulebook names its version."""
    with distributed.Client(cluster) as client:
        shipped = {**dask_cluster.shipped_rulebook(load_rulebook(None), True), "version": "0.0.1"}
        future = client.submit(dask_cluster.run_task, pipeline.label_sentences, shipped, [], pure=False)
        with pytest.raises(dask_cluster.VersionMismatch, match=rf"runs datasette-demands {_real_version()} .* this command 0\.0\.1"):
            future.result()


def test_without_distributed_dask_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    result = CliRunner().invoke(demands, ["build", str(tmp_path / "n.db"), str(SEEDS), "--dask", "local:1"])
    assert result.exit_code == 2
    assert "pip install 'datasette-demands[dask]'" in result.output
    assert not (tmp_path / "n.db").exists()


def _dask_log_levels() -> dict:
    return {n: logging.getLogger(n).level for n in ["distributed"] + sorted(logging.root.manager.loggerDict)
            if n == "distributed" or n.startswith("distributed.")}


@pytest.mark.parametrize("address", ["sched", "tcp://127.0.0.1", "local4"])
def test_an_address_that_is_none_says_so_and_touches_nothing(tmp_path, address):
    """A mistyped --dask (no port, no scheme) is a message with exit code 2, not a traceback; Dask's loggers,
    quiet for a run, get their levels back."""
    levels = _dask_log_levels()
    result = CliRunner().invoke(demands, ["build", str(tmp_path / "n.db"), str(SEEDS), "--dask", address])
    assert _dask_log_levels() == levels
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"error: cannot use the Dask scheduler at {address}: "), result.output
    assert "tcp://HOST:PORT or local:N" in result.output
    assert not (tmp_path / "n.db").exists()


@contextlib.contextmanager
def standing_cluster(tmp_path, *worker_args):
    """A scheduler and one worker as `dask scheduler` and `dask worker` start them, in processes of their own:
    (address, scheduler process, worker process). Both are killed at the end."""
    scheduler_file = tmp_path / "scheduler.json"
    scheduler = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                  "--port", "0", "--no-dashboard", "--scheduler-file", str(scheduler_file)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = None
    try:
        for _ in range(300):
            if scheduler_file.exists() and scheduler_file.stat().st_size:
                break
            time.sleep(0.1)
        address = json.loads(scheduler_file.read_text())["address"]
        worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                                   "--no-dashboard", "--host", "127.0.0.1", *worker_args],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        yield address, scheduler, worker
    finally:
        for p in (worker, scheduler):
            if p is not None:
                p.kill()
                p.wait()


@pytest.fixture
def dask_errors_logged():
    """The records of ERROR or worse that Dask's loggers in this process let through (to the terminal: pytest's
    capture of stderr does not see them, as Dask's handlers kept the stream of the moment it was imported)."""
    seen = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = seen.append
    names = ["distributed"] + [n for n in logging.root.manager.loggerDict if n.startswith("distributed.")]
    for n in names:
        logging.getLogger(n).addHandler(handler)
    yield seen
    for n in names:
        logging.getLogger(n).removeHandler(handler)


def test_losing_the_scheduler_stops_clearly_and_the_next_build_resumes(tmp_path, corpus, small_tasks,
                                                                         dask_errors_logged):
    """The one-line error, without Dask's own tracebacks before it (24 lines of them, measured with the command
    and a standing cluster)."""
    folder, local = corpus
    db = tmp_path / "lost.db"
    with standing_cluster(tmp_path) as (address, scheduler, _):

        def progress(doc):
            progress.seen += 1
            if progress.seen == 4 * DOCS_PER_TASK:  # two write batches are stored
                scheduler.kill()

        progress.seen = 0
        with pytest.raises(ClusterProblem, match=f"^lost the connection to the Dask scheduler at {address}; the documents written so far are kept: run the same command again to resume$"):
            pipeline.build(db, [folder], load_rulebook(None), progress=progress, dask=address)
    assert not dask_errors_logged, [r.getMessage() for r in dask_errors_logged]
    assert 0 < assert_whole_documents(db) < N_DOCS
    resumed = pipeline.build(db, [folder], load_rulebook(None))
    assert resumed.unchanged > 0
    assert every_table(db) == every_table(local)


def test_losing_the_scheduler_while_the_rulebook_travels_is_one_line_not_a_traceback(tmp_path, monkeypatch,
                                                                                      dask_errors_logged):
    """A scheduler stopped while the run starts (the rulebook on its way to the workers) ended the command with
    Dask's traceback and exit code 1, which a script reads as "some inputs skipped"."""
    shipped = dask_cluster.shipped_rulebook
    with standing_cluster(tmp_path) as (address, scheduler, _):

        def ship_after_the_scheduler_is_gone(rulebook, classify):
            scheduler.kill()
            scheduler.wait()
            return shipped(rulebook, classify)

        monkeypatch.setattr(dask_cluster, "shipped_rulebook", ship_after_the_scheduler_is_gone)
        result = CliRunner().invoke(demands, ["build", str(tmp_path / "s.db"), str(SEEDS), "--dask", address])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"error: lost the connection to the Dask scheduler at {address} while starting "
                                    "the run ("), result.output
    assert result.output.rstrip().endswith("nothing was written: start the scheduler and its workers again and run "
                                           "the same command again"), result.output
    assert "Traceback" not in result.output
    assert not dask_errors_logged, [r.getMessage() for r in dask_errors_logged]
    assert not (tmp_path / "s.db").exists() or not sqlite3.connect(tmp_path / "s.db").execute(
        "select count(*) from sqlite_master where name = 'documents'").fetchone()[0]


def test_a_cluster_left_without_workers_stops_after_waiting_and_the_next_build_resumes(
        tmp_path, corpus, small_tasks, monkeypatch):
    """Every worker killed (no nanny to start another): the build waited for ever, silently. It now waits
    WORKERS_WAIT_SECONDS for a worker to come back, then stops as after a lost scheduler."""
    folder, local = corpus
    monkeypatch.setattr(dask_cluster, "WORKERS_WAIT_SECONDS", 2)
    monkeypatch.setattr(dask_cluster, "POLL_SECONDS", 0.25)
    db = tmp_path / "workerless.db"
    with standing_cluster(tmp_path, "--no-nanny") as (address, _, worker):

        def progress(doc):
            progress.seen += 1
            if progress.seen == 2 * DOCS_PER_TASK:
                worker.kill()

        progress.seen = 0
        started = time.monotonic()
        with pytest.raises(ClusterProblem, match=f"^no Dask worker left at {address} for 2 s; the documents written so "
                                                 "far are kept: start workers and run the same command again to resume$"):
            pipeline.build(db, [folder], load_rulebook(None), progress=progress, dask=address)
        assert time.monotonic() - started < 120
    assert assert_whole_documents(db) < N_DOCS
    resumed = pipeline.build(db, [folder], load_rulebook(None))
    assert resumed.documents + resumed.unchanged == N_DOCS
    assert every_table(db) == every_table(local)


def test_a_rule_pack_travels_to_the_workers_with_the_core_rules(tmp_path, cluster):
    """Every pack's files go with the tasks (rulebook/shipping.py): a build with the memoranda pack labels its
    categories on the cluster, and writes exactly the rows of the same build here."""
    pack = ROOT / "packs" / "datasette-demands-memoranda" / "datasette_demands_memoranda" / "rules"
    news = tmp_path / "news"
    news.mkdir()
    (news / "sanctions.txt").write_text("The Kremlin insists that sanctions on Russian banks be lifted before any "
                                        "deal. Kyiv demands a 30-day ceasefire.", encoding="utf-8")
    local, on_dask = tmp_path / "local.db", tmp_path / "dask.db"
    assert run("build", local, news, "--rules", pack, "--workers", "1").exit_code == 0
    result = run("build", on_dask, news, "--rules", pack, "--dask", cluster.scheduler_address)
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(on_dask)
    try:
        assert {c for (c,) in conn.execute("select category from labels")} == {"ceasefire", "sanctions"}
    finally:
        conn.close()
    assert every_table(on_dask) == every_table(local)
