"""What README.md promises about the demo database holds: its example SQL queries return rows,
and its advice on Datasette's suggested-facet probes is true of both Datasette lines."""

import re
import sqlite3
from pathlib import Path

import pytest

from conftest import make_ds

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_queries() -> list[tuple[str, str]]:
    """(comment, SQL) of every statement in the README's ```sql blocks."""
    out = []
    for block in re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), re.S):
        for statement in block.split(";"):
            lines = [line for line in statement.strip().splitlines()]
            comment = " ".join(line[2:].strip() for line in lines if line.startswith("--"))
            query = "\n".join(line for line in lines if not line.startswith("--")).strip()
            if query:
                out.append((comment, query))
    return out


def test_the_readme_has_its_example_queries():
    assert len(readme_queries()) >= 5


@pytest.mark.parametrize("comment, query", readme_queries(), ids=[c for c, _ in readme_queries()])
def test_every_readme_query_returns_rows_on_the_demo(demo_db, comment, query):
    conn = sqlite3.connect(demo_db)
    try:
        rows = conn.execute(query).fetchall()
    finally:
        conn.close()
    assert rows, f"no rows on the demo: {comment}"


@pytest.mark.asyncio
@pytest.mark.parametrize("suggest", ["on", "off"])
async def test_suggested_facet_probes_run_unless_turned_off(demo_db, suggest):
    """The README: 'Serve large databases with --setting suggest_facets off'; Datasette 1.0a41 runs
    the probes too (it once said 1.0 did not)."""
    ds = make_ds(demo_db, settings={"suggest_facets": suggest == "on"})
    response = await ds.client.get("/demo/labeled_sentences")
    assert response.status_code == 200
    assert ('class="suggested-facets"' in response.text) == (suggest == "on")
