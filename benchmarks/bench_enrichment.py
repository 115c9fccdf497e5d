"""How fast the "Label demands" enrichment labels a table, against `build` on the same articles.

    python benchmarks/bench_enrichment.py [--mb 2] [--seed 1]

Puts make_corpus.py's articles into a table with sqlite-utils, runs the enrichment as root through
Datasette's test client (form, job, until its finalize step ran), and prints rows/s, sentences/s
and MB/s of the job; then builds a fresh database from the same articles as JSONL with one process
(`build`, no workers) and prints the same figures. Run it once: the machine's speed varies.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
import time
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_corpus import articles  # noqa: E402


async def run_job(path: Path) -> float:
    from datasette.app import Datasette

    ds = Datasette([str(path)])
    await ds.invoke_startup()
    cookies = {"ds_actor": ds.sign({"a": {"id": "root"}}, "actor")}
    if hasattr(ds, "root_enabled"):
        ds.root_enabled = True
    url = "/-/enrich/articles/articles/label-demands"
    page = await ds.client.get(url, cookies=cookies)
    if page.status_code != 200:
        raise SystemExit(f"the enrichment is not offered here ({page.status_code}): see the README")
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)
    form = {"text_column": "text", "id_column": "id", "source_column": "source", "published_column": "published",
            "lang_column": "lang", "csrftoken": token}
    t0 = time.perf_counter()
    response = await ds.client.post(url, data=form, cookies={**cookies, "ds_csrftoken": token})
    job_id = int(re.search(r"_enrichment_job=(\d+)", response.headers["location"]).group(1))
    while ("articles", job_id) not in getattr(ds, "_enrichment_completed_jobs", set()):
        status = sqlite_utils.Database(path).execute("select status from _enrichment_jobs where id = ?",
                                                     [job_id]).fetchone()[0]
        if status in ("cancelled", "paused"):
            raise SystemExit(f"job {status}")
        await asyncio.sleep(0.1)
    return time.perf_counter() - t0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    from datasette.version import __version__ as datasette_version
    from importlib.metadata import version

    from datasette_demands.corpus.pipeline import build
    from datasette_demands.rulebook.load import load_rulebook

    rows = list(articles(args.mb, args.seed))
    mb = sum(len(r["text"].encode("utf-8")) for r in rows) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        table_db = Path(tmp) / "articles.db"
        sqlite_utils.Database(table_db)["articles"].insert_all(rows, pk="id")
        seconds = asyncio.run(run_job(table_db))
        sentences = sqlite_utils.Database(table_db).execute("select count(*) from sentences").fetchone()[0]
        print(f"Datasette {datasette_version}, datasette-enrichments {version('datasette-enrichments')}: "
              f"{len(rows)} rows, {sentences} sentences, {mb:.2f} MB")
        print(f"enrichment: {seconds:.1f} s, {len(rows) / seconds:.1f} rows/s, {sentences / seconds:,.0f} sentences/s, "
              f"{mb / seconds:.3f} MB/s")
        feed = Path(tmp) / "corpus.jsonl"
        feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        t0 = time.perf_counter()
        build(Path(tmp) / "built.db", [feed], load_rulebook(None))
        seconds_build = time.perf_counter() - t0
        print(f"build (1 process): {seconds_build:.1f} s, {len(rows) / seconds_build:.1f} rows/s, "
              f"{sentences / seconds_build:,.0f} sentences/s, {mb / seconds_build:.3f} MB/s; "
              f"enrichment/build: {seconds / seconds_build:.2f}")


if __name__ == "__main__":
    main()
