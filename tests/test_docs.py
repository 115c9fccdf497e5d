"""The documentation stands on its own in a user's clone: the guidelines the rules and gold
follow are in docs/, every relative link in the project's Markdown resolves to a file of the
repository, and nothing points to a folder outside it."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MARKDOWN = sorted(
    p for p in ROOT.rglob("*.md")
    if not any(part.startswith(".") or part in {"node_modules", "test-artifacts"} for part in p.relative_to(ROOT).parts)
)
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def tracked_text_files():
    for path in ROOT.rglob("*"):
        rel = path.relative_to(ROOT)
        if any(part.startswith(".") or part in {"__pycache__", "test-artifacts"} for part in rel.parts):
            continue
        if path.is_file() and path.suffix in {".md", ".yml", ".yaml", ".py", ".toml", ".json", ".html", ".js", ".css"}:
            yield path


def test_the_guidelines_are_in_the_repository_and_cover_every_core_category():
    text = (ROOT / "docs" / "GUIDELINES.md").read_text(encoding="utf-8")
    for category in ["neutrality", "territory", "reparations", "ceasefire", "prisoners"]:
        assert f"`{category}`" in text
    for section in ["## Holders", "## Positions", "## Cited source", "## The gold format"]:
        assert section in text


@pytest.mark.parametrize("path", MARKDOWN, ids=[str(p.relative_to(ROOT)) for p in MARKDOWN])
def test_every_relative_link_resolves_inside_the_repository(path):
    for target in LINK.findall(path.read_text(encoding="utf-8")):
        if re.match(r"^[a-z]+:", target):
            continue
        resolved = (path.parent / target).resolve()
        assert resolved.exists(), f"{path.relative_to(ROOT)} links to missing {target}"
        assert ROOT in resolved.parents or resolved == ROOT, f"{path.relative_to(ROOT)} links outside: {target}"


def test_nothing_points_to_the_shared_folder_a_clone_does_not_have():
    offenders = []
    for path in tracked_text_files():
        if path == Path(__file__).resolve():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if "/work/shared" in text or "../shared" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_rules_readme_and_readme_send_readers_to_the_guidelines():
    assert "docs/GUIDELINES.md" in (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    assert "docs/GUIDELINES.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def make_commands(target: str) -> list[str]:
    """The commands `make <target>` runs in a clone with nothing made yet (-B: every target out of date)."""
    done = subprocess.run(["make", "-B", "-n", target], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("target", ["demo", "demo-10"])
def test_make_demo_installs_what_serving_needs_and_no_test_extras(target):
    """The demo needs the plugin and Datasette: none of the test extras (dask, Playwright, hypothesis, the
    enrichments), which `make test` installs."""
    installs = [c for c in make_commands(target) if "pip install" in c and "--upgrade pip" not in c]
    assert installs and all(re.search(r"pip install -q -e \. '?datasette", c) for c in installs), installs
    assert not any("[test]" in c or "enrichments" in c for c in installs), installs
    assert any(c.split()[1:3] == ["serve", "demo.db"] for c in make_commands(target) if "datasette" in c)


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_test_installs_the_test_extras_on_both_lines():
    installs = [c for c in make_commands("test") if "pip install" in c and "[test]" in c]
    assert any("'datasette>=0.65,<0.66'" in c for c in installs), installs
    assert any("datasette==1.0a" in c and "datasette-enrichments" in c for c in installs), installs
