"""A language's RE2 screens are built only once it has met enough sentences (compiled.DIRECT_*): before,
every rule and attribution scan runs directly with `regex`. A build writes the same tables on either path
(the labels of every gold sentence on either path: test_direct_path_labels.py, run on one Datasette line)."""

import json
import math
from pathlib import Path

import pytest

from conftest import every_table
from datasette_demands.corpus import pipeline
from datasette_demands.labelling import compiled
from datasette_demands.rulebook.load import load_rulebook

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="module")
def rulebook():
    return load_rulebook()


def test_a_build_writes_the_same_tables_on_either_path(tmp_path, monkeypatch, rulebook):
    """seeds/ plus 30 documents of gold sentences (languages detected), built with every language direct
    throughout, screened from its first sentence, and with the default thresholds: every table the same."""
    rows = [json.loads(line) for path in sorted(GOLD.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [row["text"] for row in rows if row.get("text")][:300]
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": f"n{i}", "text": " ".join(texts[i * 10:i * 10 + 10])}) + "\n"
                            for i in range(30)), encoding="utf-8")

    def build(name, counts):
        for attr, n in zip(("DIRECT_SENTENCES", "DIRECT_LABELLED", "DIRECT_SEARCHES"), counts):
            monkeypatch.setattr(compiled, attr, n)
        db = tmp_path / f"{name}.db"
        summary = pipeline.build(db, [ROOT / "seeds", news], rulebook, workers=1)
        assert not summary.problems
        return every_table(db, with_fts=False)

    screened = build("screened", (0, 0, 0))
    direct = build("direct", (math.inf,) * 3)
    default = build("default", (compiled.DIRECT_SENTENCES, compiled.DIRECT_LABELLED, compiled.DIRECT_SEARCHES))
    assert screened["labels"] and screened["positions"]
    for table in screened:
        assert direct[table] == screened[table], table
        assert default[table] == screened[table], table


def test_bench_screens_prints_each_path_for_each_size():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, ROOT / "benchmarks" / "bench_screens.py", "--runs", "1", "--langs", "fr",
                          "--sizes", "1,30"], check=True, capture_output=True, text=True, timeout=600).stdout
    rows = {line[:22].strip(): line[22:].split() for line in out.splitlines() if line.startswith("  ")}
    assert list(rows) == ["screened", "direct", "rules direct", "attribution direct", "searches direct", "default"], out
    assert all(len(v) == 2 and all(float(x) > 0 for x in v) for v in rows.values()), out
