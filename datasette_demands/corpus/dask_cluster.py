"""Labelling on a Dask cluster: the process pool's tasks, run by `distributed` workers.

`--dask tcp://host:8786` connects to a running scheduler; `--dask local` (or `local:N`) starts a
LocalCluster of N worker processes on this machine for the run (forked from this one where the
system can, with the classifier ready, as the pool's are). The writer stays here: it sends
the same chunks the process pool gets, keeps a bounded number in flight, and takes the results
back in order. The rulebook travels as data (rulebook/shipping.py) with the package's version;
a worker with another version of datasette-demands refuses the work. A worker lost mid-run
costs nothing (the scheduler runs its tasks again); a lost scheduler stops the run with
ClusterProblem, and what was written stays, for the next build to resume from.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from concurrent.futures import CancelledError
from importlib import metadata

from ..labelling.classify import Classifier
from ..rulebook.model import Rulebook
from ..rulebook.shipping import rulebook_as_data, rulebook_from_data

INSTALL = "pip install 'datasette-demands[dask]'"
CONNECT_SECONDS = 10
WORKERS_WAIT_SECONDS = 60  # for a first worker at the start, and for one to come back when all are gone
POLL_SECONDS = 5  # how often a writer waiting for a result asks the scheduler whether any worker is left
STOP_SECONDS = 1  # for a LocalCluster's workers to leave when the run is over (Dask's default: 5)
# Dask settings for the LocalCluster of `--dask local`, whose scheduler shares the writer's process
# and whose workers share its cores and run nothing but our tasks: Dask's sampling profiler is off
# (a hundred times a second, from each worker's event loop, it reads the running task's stack,
# taking Python's lock from the task), and its servers check their event loops once a second, not
# fifty times (each check takes Python's lock, in the writer's process too). Measured on an idle
# cluster of two workers: 11% of a core between them, 4% with these.
LOCAL_CLUSTER_CONFIG = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s"}


class ClusterProblem(Exception):
    """The Dask cluster cannot do the work, or can no longer; the message says why and what to do."""


class VersionMismatch(ClusterProblem):
    """A worker runs another version of datasette-demands than the writer."""


def package_version() -> str:
    try:
        return metadata.version("datasette-demands")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def local_workers(address: str) -> int | None:
    """N for `local:N` (`local`: one per core), None for a scheduler's address."""
    if address == "local":
        return os.cpu_count() or 1
    if address.startswith("local:"):
        n = address.partition(":")[2]
        if not n.isdigit() or int(n) < 1:
            raise ClusterProblem(f"--dask {address}: write local:N with N a number of worker processes, e.g. local:4")
        return int(n)
    return None


# --- on the workers ------------------------------------------------------------

_classifiers: dict[str, Classifier] = {}  # by rulebook fingerprint, in each worker process


def _check_version(shipped: dict) -> None:
    mine = package_version()
    if shipped["version"] != mine:
        raise VersionMismatch(f"a Dask worker runs datasette-demands {mine} and this command {shipped['version']}: "
                              f"refused; install datasette-demands {shipped['version']} on every worker")


def arrive(shipped: dict | None) -> dict | None:
    """The rulebook's first stop on a worker: checked there, kept by the cluster for the tasks."""
    if shipped is not None:
        _check_version(shipped)
    return shipped


def run_task(func, shipped: dict | None, chunk):
    """One pool task on a worker: func(classifier, chunk), the classifier built once per rulebook."""
    if shipped is None:
        return func(None, chunk)
    _check_version(shipped)
    classifier = _classifiers.get(shipped["fingerprint"])
    if classifier is None:
        _classifiers.clear()
        classifier = _classifiers[shipped["fingerprint"]] = Classifier(rulebook_from_data(shipped))
    return func(classifier, chunk)


def _local_config(rulebook: Rulebook, classify: bool) -> dict:
    """LOCAL_CLUSTER_CONFIG, and where processes can fork, workers forked from this one with the
    classifier of this rulebook ready under its fingerprint: they start as the pool's processes do,
    without importing the package and loading the shipped rulebook again (2 s a worker, measured)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return LOCAL_CLUSTER_CONFIG
    _classifiers.clear()
    if classify:
        _classifiers[rulebook.fingerprint] = Classifier(rulebook)
    return {**LOCAL_CLUSTER_CONFIG, "distributed.worker.multiprocessing-method": "fork"}


def _give_way() -> None:
    """Workers on the writer's machine let the writer, which everything waits for, go first."""
    try:
        os.nice(5)
    except OSError:
        pass


# --- on the writer's machine ----------------------------------------------------


def shipped_rulebook(rulebook: Rulebook, classify: bool) -> dict | None:
    """What travels to the workers with every task (None: segment only, no labels)."""
    if not classify:
        return None
    return {**rulebook_as_data(rulebook), "version": package_version()}


class DaskExecutor:
    """The process pool's part in the pipeline (label, terminate), on a Dask cluster."""

    def __init__(self, address: str, rulebook: Rulebook, classify: bool = True):
        try:
            import distributed
        except ImportError:
            raise ClusterProblem(f"--dask needs Dask's distributed scheduler, which is not installed: {INSTALL}") from None
        self.distributed = distributed
        self.address, self.cluster, self.client = address, None, None
        n = local_workers(address)
        self.quieted = _quiet_dask_logs()
        self.workerless_since = None
        try:
            if n is not None:
                import dask

                with dask.config.set(_local_config(rulebook, classify)):  # the nannies pass it on to the workers
                    self.cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                                            host="127.0.0.1", dashboard_address=":0")
                # results straight from the workers, not relayed by the scheduler (here in the writer's process)
                self.client = distributed.Client(self.cluster, direct_to_workers=True)
                self.client.run(_give_way)
            else:
                try:
                    self.client = distributed.Client(address, timeout=CONNECT_SECONDS)
                except ValueError as e:  # Dask's parsing of the address: no port, an unknown scheme
                    self.terminate()  # nothing to close: Dask's loggers get their levels back
                    raise ClusterProblem(f"cannot use the Dask scheduler at {address}: {e} "
                                         "(write tcp://HOST:PORT or local:N)") from None
            self.client.wait_for_workers(1, timeout=WORKERS_WAIT_SECONDS)
        except (OSError, TimeoutError) as e:
            self.terminate()
            raise ClusterProblem(f"cannot use the Dask scheduler at {address}: {e}") from None
        try:
            self._check_versions()
            self.cores = max(1, sum(self.client.nthreads().values()))
            # computed by the cluster, not scattered: if the workers holding it die, it is made again
            self.rulebook = self.client.submit(arrive, shipped_rulebook(rulebook, classify), pure=False)
            self.rulebook.result()
            self.client.replicate([self.rulebook])
        except (CancelledError, distributed.comm.CommClosedError, OSError) as e:
            # the scheduler went while the rulebook was on its way: nothing was sent to label, nothing written
            self.terminate()
            raise ClusterProblem(f"lost the connection to the Dask scheduler at {address} while starting the run "
                                 f"({type(e).__name__}); nothing was written: start the scheduler and its workers "
                                 "again and run the same command again") from None
        except BaseException:
            self.terminate()
            raise

    def _check_versions(self) -> None:
        mine = package_version()
        for worker, version in sorted(self.client.run(package_version).items()):
            if version != mine:
                raise VersionMismatch(f"the Dask worker {worker} runs datasette-demands {version} and this "
                                      f"command {mine}: refused; install datasette-demands {mine} on every worker")

    def label(self, func, chunk) -> "_Pending":
        return _Pending(self, self.client.submit(run_task, func, self.rulebook, chunk, pure=False))

    def lost(self, error) -> ClusterProblem:
        if isinstance(error, CancelledError) or self._scheduler_comm_closed(error):
            # Dask cancels every pending task when the scheduler is gone; a result being fetched as it goes
            # fails on the closed connection instead (which of the two depends on the moment)
            what = f"lost the connection to the Dask scheduler at {self.address}"
        elif isinstance(error, self.distributed.KilledWorker):
            what = f"Dask workers at {self.address} died again and again running the same task"
        else:
            what = f"lost the Dask cluster at {self.address} ({type(error).__name__}: {str(error).splitlines()[0]})"
        return ClusterProblem(f"{what}; the documents written so far are kept: run the same command again to resume")

    def check_workers(self) -> None:
        """While a result is awaited: a cluster left without any worker for WORKERS_WAIT_SECONDS stops the run
        (Dask would wait for one for ever); one that comes back in time takes the work up again."""
        if self.client.nthreads():
            self.workerless_since = None
            return
        now = time.monotonic()
        if self.workerless_since is None:
            self.workerless_since = now
        elif now - self.workerless_since >= WORKERS_WAIT_SECONDS:
            raise ClusterProblem(f"no Dask worker left at {self.address} for {WORKERS_WAIT_SECONDS} s; the documents "
                                 "written so far are kept: start workers and run the same command again to resume")

    def _scheduler_comm_closed(self, error) -> bool:
        """The connection closed or reset under a call: the client talks to the scheduler only."""
        return isinstance(error, (self.distributed.comm.CommClosedError, ConnectionError))

    def terminate(self) -> None:
        steps = [lambda: self.client.close(timeout=5)] if self.client is not None else []
        if self.cluster is not None:  # our own cluster: its workers hold nothing we still need
            steps += [lambda: self.cluster.sync(_stop_at_once, list(self.cluster.workers.values())), self.cluster.close]
        for step in steps:
            try:
                step()
            except Exception:  # closing what is already gone: nothing more to do
                pass
        _restore_levels(self.quieted)
        self.quieted = {}


def _quiet_dask_logs() -> dict:
    """Dask's own loggers print tracebacks on this machine when the scheduler goes (some 35 lines before the
    command's one-line error, which says what happened and what to do): silenced for the run. Returns the
    levels to restore."""
    names = ["distributed"] + [n for n in logging.root.manager.loggerDict if n.startswith("distributed.")]
    levels = {n: logging.getLogger(n).level for n in names}
    for n in names:
        logging.getLogger(n).setLevel(logging.CRITICAL + 1)
    return levels


def _restore_levels(levels: dict) -> None:
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


async def _stop_at_once(nannies) -> None:
    """Stop a LocalCluster's worker processes, given a moment to leave before they are killed."""
    import asyncio

    await asyncio.gather(*(nanny.close(timeout=STOP_SECONDS) for nanny in nannies), return_exceptions=True)


class _Pending:
    def __init__(self, executor: DaskExecutor, future):
        self.executor, self.future = executor, future

    def get(self):
        d = self.executor.distributed
        while True:
            waiting = not self.future.done()
            try:
                return self.future.result(timeout=POLL_SECONDS if waiting else None)
            except ClusterProblem:
                raise
            except TimeoutError as e:  # a subclass of OSError: first
                if not waiting:  # the task's own error
                    raise self.executor.lost(e) from None
                # still running, or done since the wait timed out: the next turn takes its result
            except (CancelledError, d.KilledWorker, d.comm.CommClosedError, OSError) as e:
                raise self.executor.lost(e) from None
            if self.future.done():
                continue
            try:
                self.executor.check_workers()
            except (CancelledError, d.comm.CommClosedError, OSError) as e:
                raise self.executor.lost(e) from None
