"""The GitHub Actions workflows run what the README promises: the suite on three Pythons and both
Datasette lines through the Makefile's own targets, and, on pull requests that touch rules/, lint,
test and diff against the base branch, written to the job summary."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"


def load(name):
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True
    data["on"] = data.pop(True, data.get("on"))
    return data


def make_targets():
    return set(re.findall(r"^([\w.-]+):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))


def test_the_suite_runs_on_three_pythons_and_both_datasette_lines_through_make():
    wf = load("test.yml")
    assert {"push", "pull_request"} <= set(wf["on"])
    job = wf["jobs"]["test"]
    assert job["strategy"]["matrix"]["python"] == ["3.11", "3.12", "3.13"]
    lines = job["strategy"]["matrix"]["datasette"]
    assert set(lines) == {"test-065", "test-10"} and set(lines) <= make_targets()
    runs = " ".join(step.get("run", "") for step in job["steps"])
    assert "chromium" in runs and "make rules-check" in runs and "make ${{ matrix.datasette }}" in runs
    assert job["env"]["DEMANDS_REQUIRE_BROWSER"] == "1"


def test_rule_pull_requests_are_linted_tested_and_diffed_into_the_summary():
    wf = load("rules.yml")
    assert wf["on"]["pull_request"]["paths"] == ["rules/**"]
    steps = wf["jobs"]["review"]["steps"]
    runs = [step.get("run", "") for step in steps]
    for command in ("rules lint rules", "rules test rules", "rules diff /tmp/base/rules --rules rules"):
        step = next(r for r in runs if command in r)
        assert "GITHUB_STEP_SUMMARY" in step
    assert any("origin/${{ github.base_ref }}" in r for r in runs)
    assert steps[0]["with"]["fetch-depth"] == 0


def test_ci_run_still_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def recipe(target):
    """The recipe lines of a Makefile target, as written."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    block = re.search(rf"^{re.escape(target)}:[^\n]*\n((?:\t[^\n]*\n)*)", text, re.M)
    assert block, target
    return [line.strip() for line in block.group(1).splitlines()]


def test_make_test_runs_every_test_in_one_of_its_parts_two_at_a_time():
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test: rules-check test-labelling$", text, re.M)
    (line,) = [line for line in recipe("test") if "$(MAKE)" in line]
    assert "-j2" in line.split() and {"test-web-065", "test-10"} <= set(line.split())
    # the labelling tests (on two workers) and all the others on the 0.65 line, all the others again on 1.0
    assert recipe("test-labelling") == ['$(VENV)/bin/pytest -q -p no:cacheprovider -n 2 -m "labelling"']
    assert recipe("test-web-065") == ['$(VENV)/bin/pytest -q -p no:cacheprovider -m "not labelling"']
    assert recipe("test-10") == ['$(VENV10)/bin/pytest -q -p no:cacheprovider -m "not labelling"']
