"""Issue 15: what start-up keeps across runs (rulebook/cache.py) gives exactly what is computed
afresh, survives corruption and concurrent writers, and is never required; --workers defaults
to the usable cores; the progress bar counts sentences per second."""

from __future__ import annotations

import multiprocessing
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from datasette_demands.rulebook import cache
from datasette_demands.rulebook.model import default_rules_dir


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache folder, and the module's in-process state as in a new process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DATASETTE_DEMANDS_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "_compiled", {})
    monkeypatch.setattr(cache, "_patterns", None)
    monkeypatch.setattr(cache, "_stores", [])
    return tmp_path / "cache" / "datasette-demands"


def new_process(monkeypatch):
    monkeypatch.setattr(cache, "_compiled", {})
    monkeypatch.setattr(cache, "_patterns", None)
    monkeypatch.setattr(cache, "_stores", [])


def test_a_compiled_pattern_comes_back_from_the_cache_matching_as_compiled(fresh_cache, monkeypatch):
    import regex

    from datasette_demands.rulebook.patterns import PATTERN_FLAGS

    pattern = r"(?|(?:\b(?:cease|halt)[- ]?fire\b)|(?:(\d+) for \1))"
    first = cache.compile_pattern(pattern, PATTERN_FLAGS)
    cache.save_caches()
    assert list(fresh_cache.glob("compiled-patterns-*.pickle"))
    new_process(monkeypatch)
    calls = []
    real = regex.compile
    monkeypatch.setattr(regex, "compile", lambda *a, **k: calls.append(a) or real(*a, **k))
    again = cache.compile_pattern(pattern, PATTERN_FLAGS)
    assert calls == []  # not parsed again
    assert again is not first
    for text in ("a CEASE-FIRE now", "ceasefires", "7 for 7", "7 for 8", "Halt fire"):
        a, b = first.search(text), again.search(text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_a_corrupt_or_truncated_cache_file_is_a_miss(fresh_cache, monkeypatch):
    from datasette_demands.rulebook.patterns import PATTERN_FLAGS

    cache.compile_pattern(r"\btruce\b", PATTERN_FLAGS)
    cache.save_caches()
    (path,) = fresh_cache.glob("compiled-patterns-*.pickle")
    data = path.read_bytes()
    for broken in (data[:len(data) // 2], data[:40] + bytes([data[40] ^ 1]) + data[41:], b"", b"not a pickle" * 10):
        path.write_bytes(broken)
        new_process(monkeypatch)
        assert cache.compile_pattern(r"\btruce\b", PATTERN_FLAGS).search("a Truce.").span() == (2, 7)
        cache.save_caches()  # and the file is whole again
        assert isinstance(cache.read_pickled(path), dict)


def _writer(args):
    folder, n = args
    import os

    os.environ["XDG_CACHE_HOME"] = folder
    s = cache.store("race", 1)
    for i in range(30):
        s.put((n, i), "x" * 1000)
        s.save()
    return True


def test_concurrent_writers_leave_a_whole_file(fresh_cache):
    folder = str(fresh_cache.parent)
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        assert all(pool.map(_writer, [(folder, n) for n in range(4)]))
    (path,) = fresh_cache.glob("race-*.pickle")
    entries = cache.read_pickled(path)
    assert isinstance(entries, dict) and len(entries) >= 30  # at worst a writer's late entries are lost
    assert not list(fresh_cache.glob("*.tmp"))


def test_old_versions_of_a_store_are_pruned_and_the_ones_in_use_kept(fresh_cache, monkeypatch):
    import os

    def saved(name, version):
        s = cache.store(name, version)
        s.put("k", version)
        s.save()
        return s.path

    paths = []
    for version in range(5):  # five upgrades, each a new file; made one second apart, oldest first
        paths.append(saved("rewrites", version))
        os.utime(paths[-1], (1_000_000 + version, 1_000_000 + version))
    other = saved("rewrites-more", 0)  # a store whose name starts like it is another store
    os.utime(other, (1, 1))
    new_process(monkeypatch)
    assert cache.store("rewrites", 2).get("k") == 2  # an old version read again: in use
    saved("rewrites", 5)
    kept = sorted(p.name for p in fresh_cache.glob("rewrites-*.pickle"))
    assert len(kept) == cache.KEEP_STORE_FILES + 1  # and the other store's file
    assert other.exists() and paths[2].exists() and paths[4].exists()
    assert not paths[0].exists() and not paths[1].exists() and not paths[3].exists()


def test_the_cached_rulebook_is_the_loaded_one_and_an_edit_is_seen(fresh_cache, tmp_path, monkeypatch):
    from datasette_demands.rulebook.load import load_rulebook

    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    loaded = load_rulebook(rules)
    assert len(list(fresh_cache.glob("rulebook-*.pickle"))) == 1
    new_process(monkeypatch)
    cached = load_rulebook(rules)
    assert cached is not loaded
    assert cached.fingerprint == loaded.fingerprint
    assert [(r.id, r.patterns, r.requires, r.exclude, r.cue, r.line) for r in cached.rules] == \
        [(r.id, r.patterns, r.requires, r.exclude, r.cue, r.line) for r in loaded.rules]
    assert cached.actors == loaded.actors and cached.cue_patterns == loaded.cue_patterns
    assert cached.cues["en"]["demand"].search("Kyiv demands a truce").span() == \
        loaded.cues["en"]["demand"].search("Kyiv demands a truce").span()
    # an edited rule file is read again: its new pattern counts, its broken one is reported
    path = rules / "ceasefire.yml"
    text = path.read_text(encoding="utf-8")

    def with_rule(pattern):
        return text.replace("rules:\n", "rules:\n  - id: ceasefire.en.zzz_test\n    lang: en\n    description: test\n"
                            f"    patterns: ['{pattern}']\n    examples: {{match: ['a zzzfire'], no_match: ['a fire']}}\n", 1)

    path.write_text(with_rule("\\bzzzfire\\b"), encoding="utf-8")
    edited = load_rulebook(rules)
    assert "ceasefire.en.zzz_test" in {r.id for r in edited.rules}
    assert edited.fingerprint != loaded.fingerprint
    path.write_text(with_rule("(a+)+$"), encoding="utf-8")
    from datasette_demands.rulebook.model import RulebookError

    for _ in range(2):  # a broken rulebook is never kept: reported every time
        with pytest.raises(RulebookError, match="backtracks catastrophically"):
            load_rulebook(rules)


def test_a_rulebook_whose_files_change_while_it_loads_is_not_kept(fresh_cache, tmp_path, monkeypatch):
    """An editor saving a rule file while another process loads the folder: what that process read may be the
    old content, so it must not be kept under the new files' key (the next run would use stale rules)."""
    from datasette_demands.rulebook import load

    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    read_pack = load._load_pack

    def read_then_edit(pack, merged, problems):
        read_pack(pack, merged, problems)
        path = rules / "ceasefire.yml"
        path.write_text(path.read_text(encoding="utf-8") + "\n# saved while another process loaded the folder\n",
                        encoding="utf-8")

    monkeypatch.setattr(load, "_load_pack", read_then_edit)
    load.load_rulebook(rules)
    assert not list(fresh_cache.glob("rulebook-*.pickle"))
    monkeypatch.setattr(load, "_load_pack", read_pack)
    load.load_rulebook(rules)  # nothing changes while this one loads: kept
    assert len(list(fresh_cache.glob("rulebook-*.pickle"))) == 1


def test_no_cache_when_turned_off(fresh_cache, monkeypatch):
    from datasette_demands.labelling.classify import Classifier
    from datasette_demands.rulebook.load import load_rulebook

    monkeypatch.setenv("DATASETTE_DEMANDS_NO_CACHE", "1")
    labels = Classifier(load_rulebook()).classify("Russia demands a ceasefire.", "en")
    cache.save_caches()
    assert [lb.category for lb in labels] == ["ceasefire"]
    assert not fresh_cache.exists() or not list(fresh_cache.glob("*.pickle"))


def test_workers_default_to_the_usable_cores(monkeypatch):
    import os

    from datasette_demands import cli

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert cli.usable_cores() == 1
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 2, 5}, raising=False)
    assert cli.usable_cores() == 3
    assert cli._workers(None) == 3 and cli._workers(1) == 1


def test_build_with_default_workers_writes_what_one_process_writes(tmp_path):
    exe = str(Path(sys.executable).parent / "datasette")
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    out = {}
    for name, extra in (("default", []), ("one", ["--workers", "1"])):
        db = tmp_path / f"{name}.db"
        r = subprocess.run([exe, "demands", "build", str(db), str(seeds), *extra], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        import sqlite3

        with sqlite3.connect(db) as conn:
            out[name] = conn.execute("select sentence_id, category, actors, stance from labels order by 1, 2").fetchall()
    assert out["default"] == out["one"] and out["one"]


def test_progress_bar_shows_sentences_per_second():
    from datasette_demands.cli import ByteProgress

    now = [0.0]
    bar = ByteProgress(1000, clock=lambda: now[0])
    assert bar.format_rate() is None
    now[0] = 5.0  # start-up
    bar.done(100, 40)
    now[0] = 7.0
    bar.done(300, 500)  # 500 sentences in 2 s
    assert bar.rate() == pytest.approx(250)
    assert bar.format_rate() == "250 sentences/s"
    assert "250 sentences/s" in bar.bar.format_progress_line()
