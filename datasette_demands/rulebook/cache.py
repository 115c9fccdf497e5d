"""What start-up keeps across runs in the user's cache folder: compiled patterns and checked rulebooks.

`regex` parses every pattern in Python: a few milliseconds each, and a rulebook compiles about
1,500 alternations, which made most of a small job's time. A compiled `regex` pattern pickles as
the program its parser made (plain data the C engine takes as it is), so a pickled one comes
back in microseconds. Likewise a rulebook that loaded without a problem is kept, pickled, under a
key made of every rule pack it was loaded from (each pack's name, version and every byte its folder
holds) and the rulebook code, so the next run skips reading the YAML, the schema validation and the
pattern checks; a pack installed, removed or edited makes another key. Other pure results a language's start-up
computes (the prefilter's RE2 rewrites, labelling/prefilter.py) go in a `Store` keyed by the
source of the code that computes them.

Like __pycache__, the cache is never required: a file that is missing, unreadable, corrupt (each
is checked against a digest of its content) or made by another version is ignored and rebuilt;
a write goes to a temporary file renamed into place, so concurrent writers (build workers) never
leave a half-written file, at worst one of them loses its entries for the next run.
`DATASETTE_DEMANDS_NO_CACHE=1` turns it off; the folder is `$XDG_CACHE_HOME/datasette-demands`
(default `~/.cache/datasette-demands`).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import threading
import time
from pathlib import Path

import regex

FORMAT = 1  # bump when what is pickled changes shape
MAX_ENTRIES = 20_000  # a store grown past this (many rule edits) starts over
SAVE_EVERY = 1.0  # seconds: a store is written at most this often while working, and at exit
KEEP_RULEBOOKS = 8  # rulebook files kept, the most recently used
KEEP_STORE_FILES = 3  # files kept per store name (one per version of the code or library behind it)


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "datasette-demands"


def enabled() -> bool:
    return os.environ.get("DATASETTE_DEMANDS_NO_CACHE", "") in ("", "0")


def _digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def read_pickled(path: Path):
    """The object pickled in `path` by write_pickled(), or None (missing, corrupt, unreadable)."""
    try:
        data = path.read_bytes()
        if len(data) < 32 or _digest(data[32:]) != data[:32]:
            return None
        return pickle.loads(data[32:])
    except Exception:  # a cache must never stop the work: anything wrong reads as a miss
        return None


def write_pickled(path: Path, obj) -> None:
    """Pickle `obj` into `path` atomically (temporary file, then rename); errors are ignored."""
    tmp = None
    try:
        body = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(_digest(body) + body)
        os.replace(tmp, path)
        tmp = None
    except Exception:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


# --- results kept per key --------------------------------------------------------------------


class Store:
    """A dict kept across runs in one file: read on first use, new entries written by save()
    (merged with what other processes wrote meanwhile). `path` None: kept in this process only."""

    def __init__(self, path: Path | None):
        self.path = path
        self._entries: dict | None = None
        self._new = 0
        self._saved_at = 0.0
        self._lock = threading.Lock()
        _stores.append(self)

    def entries(self) -> dict:
        if self._entries is None:
            stored = read_pickled(self.path) if self.path is not None else None
            self._entries = stored if isinstance(stored, dict) and len(stored) <= MAX_ENTRIES else {}
            if stored is not None:
                _touch(self.path)  # most recently used, for the pruning
        return self._entries

    def get(self, key):
        with self._lock:
            return self.entries().get(key)

    def put(self, key, value) -> None:
        with self._lock:
            self.entries()[key] = value
            self._new += 1

    def save(self, force: bool = True) -> None:
        """Write the entries added since the last save; unless `force`, not within SAVE_EVERY
        seconds of the last write."""
        if self.path is None or not self._new or (not force and time.monotonic() - self._saved_at < SAVE_EVERY):
            return
        with self._lock:
            ours = dict(self.entries())
            self._new = 0
            self._saved_at = time.monotonic()
        theirs = read_pickled(self.path)
        if isinstance(theirs, dict) and len(theirs) + len(ours) <= MAX_ENTRIES:
            ours = {**theirs, **ours}
        write_pickled(self.path, ours)
        name, key = self.path.name[:-len(".pickle")].rsplit("-", 1)
        _prune(self.path.parent, f"{name}-{'?' * len(key)}.pickle", KEEP_STORE_FILES)


_stores: list[Store] = []


def store(name: str, *versions) -> Store:
    """The Store `name`, in a file keyed by `versions` (whatever changes what its entries mean:
    library versions, the source of the code that computes them)."""
    path = None
    if enabled():
        key = hashlib.sha256(repr((FORMAT, sys.version, *versions)).encode()).hexdigest()[:12]
        path = cache_dir() / f"{name}-{key}.pickle"
    if not _stores:
        import atexit

        atexit.register(save_caches)
    return Store(path)


def save_caches(force: bool = True) -> None:
    """Write what the stores learnt, now (`force`) or when SAVE_EVERY seconds have passed since
    the last write. Classifying calls it as it goes: pool workers are terminated, not let exit."""
    for s in _stores:
        s.save(force)


# --- compiled patterns ----------------------------------------------------------------------

_compiled: dict = {}  # (pattern, flags) -> compiled, in this process
_patterns: Store | None = None


def compile_pattern(pattern: str, flags: int):
    """regex.compile(pattern, flags), from the cache when it holds it. On disk each pattern is kept
    pickled on its own, so reading the file costs no more than its bytes and only the patterns a
    run needs are rebuilt."""
    global _patterns
    key = (pattern, int(flags))
    compiled = _compiled.get(key)
    if compiled is not None:
        return compiled
    if _patterns is None:
        _patterns = store("compiled-patterns", regex.__version__)
    data = _patterns.get(key)
    if data is not None:
        try:
            compiled = pickle.loads(data)
        except Exception:
            compiled = None
        if getattr(compiled, "pattern", None) != pattern:
            compiled = None
    if compiled is None:
        compiled = regex.compile(pattern, flags)
        _patterns.put(key, pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
    _compiled[key] = compiled
    return compiled


def code_version(*modules) -> str:
    """A digest of these modules' files (Python source: its bytes; a compiled extension: its path,
    size and time): a cache of what they compute is keyed by it."""
    h = hashlib.sha256()
    for m in modules:
        try:
            path = Path(m.__file__)
            if path.suffix == ".py":
                h.update(path.read_bytes())
            else:
                st = path.stat()
                h.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}".encode())
        except (OSError, AttributeError, TypeError):
            h.update(repr(m).encode())
    return h.hexdigest()[:16]


# --- checked rulebooks ----------------------------------------------------------------------


def rulebook_key(directory: Path, shipped: Path) -> str | None:
    """A digest of every file in the rulebook folder, of its path, of the JSON Schemas of the shipped
    rulebook in `shipped` (which a folder without its own uses) and of the rulebook code."""
    try:
        h = hashlib.sha256(repr((FORMAT, sys.version, regex.__version__, str(directory.resolve()))).encode())
        code = Path(__file__).resolve().parent
        for path in sorted(directory.iterdir()) + sorted(shipped.glob("*.json")) + sorted(code.glob("*.py")):
            if path.is_file():
                h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        return h.hexdigest()[:24]
    except OSError:
        return None


def packs_key(packs, shipped: Path) -> str | None:
    """A digest over all the rule packs a rulebook is loaded from, in their order: each pack's name,
    version, how it joins (local, context only) and rulebook_key of its folder."""
    h = hashlib.sha256(b"packs")
    for pack in packs:
        key = rulebook_key(Path(pack.directory), shipped)
        if key is None:
            return None
        h.update(repr((pack.name, pack.version, pack.local, pack.context_only, key)).encode() + b"\0")
    return h.hexdigest()[:24]


def _pack_folders(packs) -> list:
    return [(p.name, Path(p.directory)) for p in packs]


def _rulebook_path(key: str) -> Path:
    return cache_dir() / f"rulebook-{key}.pickle"


def cached_rulebook(packs, shipped: Path):
    """The rulebook loaded from these rule packs before, when nothing it depends on changed since; else None."""
    if not enabled():
        return None
    key = packs_key(packs, shipped)
    if key is None:
        return None
    rulebook = read_pickled(_rulebook_path(key))
    if rulebook is None or _pack_folders(getattr(rulebook, "packs", None) or []) != _pack_folders(packs):
        return None
    _touch(_rulebook_path(key))  # most recently used, for the pruning
    return rulebook


def remember_rulebook(rulebook, shipped: Path, key_before_loading: str | None) -> None:
    """Keep a rulebook that loaded without problems from its packs (`rulebook.packs`) for the next run
    (its compiled alternations not), under the key its files had before they were read: when they changed
    while it loaded (an editor saving, a checkout), it is not kept, since it may hold the old content and
    the new key would hand that to the next run; the next run reads them again."""
    if not enabled():
        return
    key = packs_key(rulebook.packs, shipped)
    if key is None or key != key_before_loading:
        return
    saved = [(rule, rule._compiled) for rule in rulebook.rules]
    try:
        for rule, _ in saved:
            rule._compiled = {}
        write_pickled(_rulebook_path(key), rulebook)
    finally:
        for rule, compiled in saved:
            rule._compiled = compiled
    _prune_rulebooks()


def _prune_rulebooks() -> None:
    _prune(cache_dir(), "rulebook-*.pickle", KEEP_RULEBOOKS)


def _touch(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass


def _prune(folder: Path, glob: str, keep: int) -> None:
    """Delete all but the `keep` most recently used files matching `glob`: each upgrade of the plugin
    or a library, and each rule edit, makes a new file, and the old ones would be kept forever."""
    try:
        files = sorted(folder.glob(glob), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[keep:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
