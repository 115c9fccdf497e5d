"""Rule packs (issue 16): found through the plugin's own pluggy hook, loaded into one rulebook, named in
every problem, stored with the labels, relabelled incrementally, shown on the pages."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasette import hookimpl
from datasette.plugins import pm

from conftest import DROUGHT, make_ds, write_pack
from datasette_demands.cli import demands
from datasette_demands.rulebook.model import RulePack

ROOT = Path(__file__).resolve().parent.parent
MEMORANDA = ROOT / "packs" / "datasette-demands-memoranda"
MEMORANDA_RULES = MEMORANDA / "datasette_demands_memoranda" / "rules"


NEWS = ("Kherson farmers demand irrigation water from the reservoir. "
        "Kyiv insists on a 30-day truce. The weather was fine.")


def run(*args):
    return CliRunner().invoke(demands, [str(a) for a in args], catch_exceptions=False)


class _Plugin:
    """A plugin object as an installed entry point would register it: a hook returning packs."""

    def __init__(self, packs=None, error=None):
        self.packs, self.error = packs, error

    @hookimpl
    def demands_rule_packs(self, datasette):
        if self.error:
            raise self.error
        return self.packs


@pytest.fixture
def plugin():
    """Register plugin objects with Datasette's plugin manager for one test; unregister them after."""
    registered = []

    def register(name, **kwargs):
        obj = _Plugin(**kwargs)
        pm.register(obj, name=name)
        registered.append(obj)
        return obj

    yield register
    for obj in registered:
        pm.unregister(obj)


def db_rows(db, sql, params=()):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_a_registered_pack_is_listed_and_its_category_labelled_in_a_build(tmp_path, plugin):
    folder = write_pack(tmp_path / "drought-pack")
    plugin("throwaway", packs=[RulePack("drought", "1.2", folder)])
    listed = run("packs", "--json")
    assert listed.exit_code == 0, listed.output
    packs = {p["name"]: p for p in json.loads(listed.output)}
    assert packs["drought"]["version"] == "1.2" and packs["drought"]["categories"] == ["drought"]
    assert packs["core"]["categories"] == ["ceasefire", "neutrality", "prisoners", "reparations", "territory"]

    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    db = tmp_path / "news.db"
    result = run("build", db, tmp_path / "news.txt")
    assert result.exit_code == 0, result.output
    assert db_rows(db, "select name, pack from categories where name = 'drought'") == [("drought", "drought")]
    assert db_rows(db, "select pack from rules where id = 'drought.en.water'") == [("drought",)]
    assert db_rows(db, "select distinct pack from rules where id like 'ceasefire.%'") == [("core",)]
    labelled = db_rows(db, "select s.text, l.category from labels l join sentences s on s.id = l.sentence_id")
    assert ("Kherson farmers demand irrigation water from the reservoir.", "drought") in labelled
    assert {c for _, c in labelled} == {"drought", "ceasefire"}
    meta = json.loads(db_rows(db, "select value from demands_meta where key = 'rule_packs'")[0][0])
    assert [(p["name"], p["version"]) for p in meta] == [("core", "0.1.0"), ("drought", "1.2")]
    assert all(len(p["fingerprint"]) == 16 for p in meta)

    only = tmp_path / "only.db"
    assert run("build", only, tmp_path / "news.txt", "--only", "core").exit_code == 0
    assert {c for (c,) in db_rows(only, "select distinct category from labels")} == {"ceasefire"}
    unknown = run("build", tmp_path / "x.db", tmp_path / "news.txt", "--only", "nosuch")
    assert unknown.exit_code == 2
    assert unknown.output == "--only: no rule pack named 'nosuch' (there are: core, drought)\n"
    assert not (tmp_path / "x.db").exists()


def test_a_rule_id_in_two_packs_is_an_error_naming_both_and_touches_nothing(tmp_path, plugin):
    clash = DROUGHT.replace("drought.en.water", "ceasefire.en.truce").replace("category: drought", "category: ceasefire")
    folder = write_pack(tmp_path / "clash", clash, "ceasefire.yml")  # rules added to a core category: allowed
    plugin("clashing", packs=[{"name": "clash", "version": "0.1", "directory": str(folder)}])
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    result = run("build", tmp_path / "news.db", tmp_path / "news.txt")
    assert result.exit_code == 2
    line = [ln for ln in result.stderr.splitlines() if "[ceasefire.en.truce]" in ln]
    assert line and line[0].startswith(f"pack clash: {folder / 'ceasefire.yml'}:5 [ceasefire.en.truce]")
    assert re.search(r"pack core \((\S*/)?ceasefire\.yml:\d+\) and again in pack clash", line[0]), line[0]
    assert not (tmp_path / "news.db").exists()
    lint = run("rules", "lint")
    assert lint.exit_code == 1 and "pack clash: " in lint.output


@pytest.mark.parametrize("case", ["raises", "missing", "broken", "returns"])
def test_a_bad_pack_is_named_and_the_build_refuses(tmp_path, plugin, case):
    folder = tmp_path / "pack"
    if case == "raises":
        plugin("datasette_boom", error=RuntimeError("no rules here"))
        expected = "pack datasette_boom: demands_rule_packs raised RuntimeError: no rules here (plugin datasette_boom)"
    elif case == "missing":
        plugin("gone", packs=[RulePack("gone", "1", folder)])
        expected = f"pack gone: {folder}: rules directory not found"
    elif case == "broken":
        write_pack(folder, DROUGHT.replace("    cue: true", "    cue: true: false"))
        plugin("broken", packs=[RulePack("broken", "1", folder)])
        expected = f"pack broken: {folder / 'drought.yml'}:10 invalid YAML"
    else:
        plugin("odd", packs=["not a pack"])
        expected = "pack odd: demands_rule_packs returned 'not a pack' (plugin odd)"
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    result = run("build", tmp_path / "news.db", tmp_path / "news.txt")
    assert result.exit_code == 2
    assert any(line.startswith(expected) for line in result.stderr.splitlines()), result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "news.db").exists()


def test_packs_prints_each_problem_of_a_broken_pack_once(tmp_path):
    """`packs --rules DIR` with a copy of the rules whose one pattern does not compile, and a pack of its own
    with one: each problem is one line on stderr, nothing else is printed (a report said every error of a
    broken pack came twice)."""
    copy = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", copy)
    text = (copy / "ceasefire.yml").read_text(encoding="utf-8")
    good = "      - '\\bcease-?fires?\\b'\n"
    assert good in text
    (copy / "ceasefire.yml").write_text(text.replace(good, "      - '\\bcease-?fires?(\\b'\n", 1), encoding="utf-8")
    line = text[:text.index(good)].count("\n") + 1
    broken = DROUGHT.replace("'\\birrigation water\\b'", "'\\birrigation (water\\b'")
    assert broken != DROUGHT
    pack = write_pack(tmp_path / "drought-pack", broken)
    (pack / "pack.yml").write_text("name: drought\n", encoding="utf-8")
    pack_line = DROUGHT[:DROUGHT.index("irrigation water\\b")].count("\n") + 1

    for args in ([], ["--json"]):
        result = run("packs", "--rules", copy, "--rules", pack, *args)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert result.stderr.splitlines() == [
            f"{copy / 'ceasefire.yml'}:{line} [ceasefire.en.truce] patterns: pattern '\\bcease-?fires?(\\b' does not "
            "compile: missing ) at position 18 (the '(' at position 15 is never closed)",
            f"pack drought: {pack / 'drought.yml'}:{pack_line} [drought.en.water] patterns: pattern "
            "'\\birrigation (water\\b' does not compile: missing ) at position 21 (the '(' at position 13 is never closed)",
        ], result.stderr


def test_lint_and_test_name_the_pack(tmp_path, plugin):
    bad = DROUGHT.replace("Kherson farmers demand irrigation water.", "Kherson farmers want rain.")
    folder = write_pack(tmp_path / "drought-pack", bad)
    plugin("throwaway", packs=[RulePack("drought", "1", folder)])
    tested = run("rules", "test")
    assert tested.exit_code == 1
    assert f"FAIL pack drought: {folder / 'drought.yml'}:13 [drought.en.water] expected match" in tested.output
    linted = run("rules", "lint")
    # with several packs every summary names its pack, and a last line gives the verdict of them all
    assert linted.output.startswith("core: ok: 0 problem(s)") and "\npack drought: ok: 0 problem(s)" in linted.output
    assert linted.output.splitlines()[-1] == "ok: all 2 packs"


def test_a_pack_adds_rules_to_a_core_category_without_repeating_its_title(tmp_path, plugin):
    extra = (DROUGHT.replace("category: drought\ntitle: Drought\ndescription: Water for farms, as a party's demand.\n",
                             "category: prisoners\n")
             .replace("drought.en.water", "prisoners.en.jailed-farmers")
             .replace("irrigation water", "jailed farmers").replace("Irrigation water", "Jailed farmers"))
    folder = write_pack(tmp_path / "farmers-pack", extra, name="prisoners.yml")
    plugin("throwaway", packs=[RulePack("farmers", "1", folder)])
    linted = run("rules", "lint")
    assert linted.exit_code == 0, linted.output
    assert "pack farmers: ok: 0 problem(s)" in linted.output
    classified = run("classify", "--lang", "en", "Kyiv insists on the release of the jailed farmers.")
    assert "prisoners.en.jailed-farmers" in classified.output


def test_a_new_category_in_a_pack_still_needs_its_title_and_description(tmp_path, plugin):
    folder = write_pack(tmp_path / "drought-pack", DROUGHT.replace("title: Drought\n", ""))
    plugin("throwaway", packs=[RulePack("drought", "1", folder)])
    linted = run("rules", "lint")
    assert linted.exit_code == 1
    assert "category 'drought' is new to the rulebook, so it needs 'title'" in linted.output
    assert "name it: ceasefire, neutrality, prisoners, reparations, territory" in linted.output
    assert linted.output.splitlines()[-1] == "FAILED: drought"


def test_the_cached_rulebook_follows_the_packs_installed_changed_and_removed(tmp_path, plugin, monkeypatch):
    """The start-up cache (rulebook/cache.py) keys a rulebook by all its packs: a pack installed, upgraded,
    edited or removed is never served from a rulebook kept before."""
    from datasette_demands.hookspecs import installed_packs
    from datasette_demands.rulebook.cache import cached_rulebook
    from datasette_demands.rulebook.load import load_packs
    from datasette_demands.rulebook.model import default_rules_dir
    from datasette_demands.rulebook.packs import select_packs

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DATASETTE_DEMANDS_NO_CACHE", raising=False)
    kept = tmp_path / "cache" / "datasette-demands"

    def packs():  # as every command finds them
        return select_packs(installed_packs(), [])

    def load():
        return load_packs(packs())

    assert "drought" not in load().categories
    assert cached_rulebook(packs(), default_rules_dir()) is not None  # kept, and served next time
    assert "drought" not in load().categories
    folder = write_pack(tmp_path / "drought-pack")
    installed = plugin("throwaway", packs=[RulePack("drought", "1", folder)])
    assert cached_rulebook(packs(), default_rules_dir()) is None
    book = load()
    assert book.categories["drought"].title == "Drought" and book.packs[-1].version == "1"
    assert len(list(kept.glob("rulebook-*.pickle"))) == 2
    write_pack(folder, DROUGHT.replace("title: Drought", "title: Dry spells"))  # edited
    assert load().categories["drought"].title == "Dry spells"
    installed.packs = [RulePack("drought", "2", folder)]  # upgraded: the same files, another version
    assert load().packs[-1].version == "2"
    installed.packs = []  # removed
    assert "drought" not in load().categories and [p.name for p in load().packs] == ["core"]


def test_the_rulebook_travels_as_data_with_every_pack(tmp_path, plugin):
    """What a Dask worker gets (rulebook/shipping.py): every pack's files, loaded there into the same rulebook."""
    from datasette_demands.hookspecs import installed_packs
    from datasette_demands.rulebook.load import load_packs
    from datasette_demands.rulebook.packs import local_pack, select_packs
    from datasette_demands.rulebook.shipping import rulebook_as_data, rulebook_from_data

    folder = write_pack(tmp_path / "drought-pack")
    plugin("throwaway", packs=[RulePack("drought", "1", folder)])
    for only in ((), ("memoranda",)):  # --only leaves the core pack its cues and actors
        book = load_packs(select_packs(installed_packs(), [local_pack(MEMORANDA_RULES)], only))
        again = rulebook_from_data(rulebook_as_data(book))
        assert again.fingerprint == book.fingerprint
        assert [(p.name, p.version, p.local, p.context_only, p.fingerprint) for p in again.packs] == \
            [(p.name, p.version, p.local, p.context_only, p.fingerprint) for p in book.packs]
        assert sorted(again.categories) == sorted(book.categories) and len(again.rules) == len(book.rules)
        assert again.cue_patterns == book.cue_patterns and again.outlets == book.outlets
    assert sorted(book.categories) == ["elections", "language_religion", "sanctions"]


def test_a_pack_extends_the_outlet_lexicon_and_a_clash_names_the_pack(tmp_path, plugin):
    folder = write_pack(tmp_path / "drought-pack")
    (folder / "outlets.yml").write_text(
        "outlets:\n"
        "  - {name: Kherson Herald, forms: [Kherson Herald]}\n"
        "  - {name: Reuters, forms: [Reuterz]}\n", encoding="utf-8")
    plugin("throwaway", packs=[RulePack("drought", "1", folder)])

    def cited_outlets(text):
        result = run("classify", "--lang", "en", text)
        assert result.exit_code == 0, result.output
        return {lb["cited_outlet"] for s in json.loads(result.output)["sentences"] for lb in s["labels"]}

    assert cited_outlets("According to Kherson Herald, Moscow demands a buffer zone.") == {"Kherson Herald"}
    assert cited_outlets("According to Reuterz, Moscow demands a buffer zone.") == {"Reuters"}  # a form added
    assert cited_outlets("According to Bloomberg, Moscow demands a buffer zone.") == {"Bloomberg"}  # the core's
    assert run("rules", "lint").exit_code == 0

    (folder / "outlets.yml").write_text("outlets:\n  - {name: Not Reuters, forms: [Reuters]}\n", encoding="utf-8")
    result = run("classify", "--lang", "en", "Moscow demands a buffer zone.")
    assert result.exit_code == 2
    clash = f"pack drought: {folder / 'outlets.yml'}:2 [outlets.Not Reuters] form 'Reuters' is already a form of Reuters"
    assert any(line.startswith(clash) for line in result.stderr.splitlines()), result.stderr
    linted = run("rules", "lint")
    assert linted.exit_code == 1 and clash in linted.output, linted.output


def test_installing_a_pack_relabels_only_what_it_can_change_and_equals_a_full_build(tmp_path, plugin):
    from conftest import SEEDS

    db, full = tmp_path / "before.db", tmp_path / "full.db"
    assert run("build", db, SEEDS).exit_code == 0
    folder = write_pack(tmp_path / "drought-pack")
    plugin("throwaway", packs=[RulePack("drought", "1", folder)])
    out = run("relabel", db).output
    assert "1 rule(s) added, removed or changed" in out and "categories added: drought" in out, out
    assert int(re.search(r"(\d+) sentence\(s\) classified again", out).group(1)) <= 1
    assert run("build", full, SEEDS).exit_code == 0
    for sql in ("select sentence_id, category, actors, stance, positions from labels order by 1, 2",
                "select sentence_id, rule_id, start, \"end\" from matches order by 1, 2, 3"):
        assert db_rows(db, sql) == db_rows(full, sql)


def test_a_database_of_schema_6_is_migrated_to_rule_packs(tmp_path):
    from conftest import SEEDS

    from datasette_demands.corpus.store import SCHEMA_VERSION, open_db

    db = tmp_path / "old.db"
    assert run("build", db, SEEDS).exit_code == 0
    conn = sqlite3.connect(db)
    with conn:  # what schema 6 had: no pack columns
        conn.execute("alter table rules drop column pack")
        conn.execute("alter table categories drop column pack")
        conn.execute("update demands_meta set value = '6' where key = 'schema_version'")
    conn.close()
    rules = db_rows(db, "select count(*) from rules")[0][0]
    open_db(db).conn.close()
    assert db_rows(db, "select value from demands_meta where key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    assert db_rows(db, "select pack, count(*) from rules group by pack") == [("core", rules)]
    assert db_rows(db, "select distinct pack from categories") == [("core",)]


def test_the_memoranda_pack_passes_its_checks_and_its_dev_gold():
    lint = run("rules", "lint", "--rules", MEMORANDA_RULES)
    assert lint.exit_code == 0, lint.output
    assert "pack memoranda: ok: 0 problem(s), 0 warning(s) in 4 file(s), 27 rule(s)" in lint.output
    tested = run("rules", "test", "--rules", MEMORANDA_RULES)
    assert tested.exit_code == 0, tested.output
    scores = json.loads(run("eval", MEMORANDA / "gold" / "dev.jsonl", "--json", "--rules", MEMORANDA_RULES).output)
    assert set(scores["categories"]) == {"sanctions", "elections", "language_religion"}
    assert scores["macro_f1"] >= 0.95
    langs = {r.lang for r in _memoranda_rules()}
    assert langs == {"en", "it", "fr", "de", "es", "ru", "uk", "pl", "tr"}


def _memoranda_rules():
    from datasette_demands.rulebook.load import load_packs

    return [r for r in load_packs([RulePack("core", "0", ROOT / "rules"),
                                   RulePack("memoranda", "0", MEMORANDA_RULES)]).rules if r.pack == "memoranda"]


@pytest.mark.asyncio
async def test_the_pages_show_every_category_and_the_rules_by_pack(tmp_path):
    from conftest import SEEDS

    db = tmp_path / "memo.db"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "en1.txt").write_text("Moscow demands that Western sanctions be lifted before any deal. "
                                  "The Kremlin insists on elections in Ukraine.", encoding="utf-8")
    result = run("build", db, SEEDS, docs, "--rules", MEMORANDA_RULES)
    assert result.exit_code == 0, result.output
    ds = make_ds(db)
    matrix = (await ds.client.get("/memo/-/demands.json")).json()
    assert set(matrix["categories"]) == {"ceasefire", "neutrality", "prisoners", "reparations", "territory",
                          "sanctions", "elections", "language_religion"}
    from conftest import every_page

    html = "".join(await every_page(ds, "/memo/-/demands/rules"))
    core, memoranda = html.index('id="pack-core"'), html.index('id="pack-memoranda"')
    assert core < html.index('id="cat-ceasefire"') < memoranda < html.index('id="cat-sanctions"')
    # its three categories (a category that a page ends in the middle of goes on over the next page)
    assert len(set(re.findall(r'data-pack="memoranda">\s*<h2 id="([^"]+)"', html))) == 3


def _readme_pack_files() -> dict[str, str]:
    """The three files of the minimal pack in README.md's "Writing a rule pack"."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### Writing a rule pack"):]
    files = {}
    for m in re.finditer(r"\*\*`([^`]+)`\*\*[^\n]*\n\n```\w*\n(.*?)```", section, re.S):
        files[m.group(1)] = m.group(2)
    return files


def test_the_readme_pack_installs_with_pip_and_its_category_is_labelled(tmp_path):
    """The README's minimal pack, installed with pip (into a folder of its own, then on the path of a
    fresh process): Datasette loads it through its entry point, and a build labels its category."""
    files = _readme_pack_files()
    assert set(files) == {"pyproject.toml", "demands_shipping/__init__.py", "demands_shipping/rules/shipping.yml"}
    source = tmp_path / "datasette-demands-shipping"
    for name, body in files.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(body, encoding="utf-8")
    site = tmp_path / "site"
    pip = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                          "--no-index", "--target", str(site), str(source)], capture_output=True, text=True)
    assert pip.returncode == 0, pip.stderr
    assert (site / "demands_shipping" / "rules" / "shipping.yml").is_file()
    env_path = f"{site}:{ROOT}"
    (tmp_path / "news.txt").write_text("Kyiv demands safe navigation for grain ships. The storm passed.",
                                       encoding="utf-8")
    exe = str(Path(sys.executable).parent / "datasette")
    env = {"PATH": str(Path(sys.executable).parent), "PYTHONPATH": env_path, "HOME": str(tmp_path)}
    plugins = subprocess.run([exe, "plugins"], capture_output=True, text=True, env=env)
    assert "datasette-demands-shipping" in plugins.stdout, plugins.stdout + plugins.stderr
    listed = subprocess.run([exe, "demands", "packs"], capture_output=True, text=True, env=env)
    assert listed.stdout.startswith("core ") and "\nshipping 0.1.0: 1 category (shipping), 1 rule, languages" in listed.stdout
    db = tmp_path / "news.db"
    built = subprocess.run([exe, "demands", "build", str(db), str(tmp_path / "news.txt")],
                           capture_output=True, text=True, env=env)
    assert built.returncode == 0, built.stderr
    assert db_rows(db, "select l.category, c.pack from labels l join categories c on c.name = l.category") == [
        ("shipping", "shipping")]
