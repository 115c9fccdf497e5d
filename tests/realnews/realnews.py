"""The real-news development set: published articles, labelled blind, kept out of the repository.

The articles' text is third-party text: it stays in a cache folder (default
~/.cache/datasette-demands/realnews, or $DEMANDS_REALNEWS). What the repository keeps is what we
wrote: `pages.jsonl` (each page's URL, the search query that finds it again, its topic, language,
the SHA-1 and length of the excerpt used, and whether it is kept aside) and `labels.jsonl` (each
sentence's labels keyed by page URL and the SHA-1 and length of the sentence text).

    python tests/realnews/realnews.py select   # pick pages from CACHE/pages/<lang>/*.json, write pages.jsonl and CACHE/sheets/
    python tests/realnews/realnews.py select --more   # a further batch of pages: CACHE/sheets-2/, ...
    python tests/realnews/realnews.py merge    # annotators' CACHE/labels*/*.jsonl -> labels.jsonl (and second.jsonl)
    python tests/realnews/realnews.py rebuild  # CACHE/pages + labels.jsonl -> CACHE/gold/dev.jsonl and aside.jsonl
    python tests/realnews/realnews.py status   # which pages the cache holds (exact, changed, missing) and the query of each missing one
    python tests/realnews/realnews.py kappa    # agreement of the two annotators, per category
    datasette demands eval ~/.cache/datasette-demands/realnews/gold/dev.jsonl

A page file in CACHE/pages/<lang>/ is JSON with "url", "lang", "query", "topic" and "text" (the
excerpt as found by the query). `rebuild` splits each excerpt with the product's own segmenter and
keeps the sentences whose SHA-1 and length match a label: a changed excerpt loses only what changed.
A third of the pages (by URL hash) is kept aside: no rule change ever looks at those sentences.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from datasette_demands.labelling.segment import segment  # noqa: E402

LANGS = ("en", "it", "fr", "de", "es", "ru", "uk", "pl", "tr")
CATEGORIES = ("ceasefire", "neutrality", "prisoners", "reparations", "territory")
PAGES_PER_LANG = 13
MIN_SENTENCE_CHARS = 25


def cache_dir() -> Path:
    return Path(os.environ.get("DEMANDS_REALNEWS") or Path.home() / ".cache" / "datasette-demands" / "realnews")


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def split_of(url: str) -> str:
    """A third of the pages, by URL, is kept aside."""
    return "aside" if int(sha1(url)[:8], 16) % 3 == 0 else "dev"


def page_sentences(page: dict) -> list[str]:
    """The sentences of a page's excerpt worth labelling: the product's segmentation, without scraps."""
    return [text for text, _ in page_sentences_with_leads(page)]


def page_sentences_with_leads(page: dict) -> list[tuple[str, str | None]]:
    """(sentence, the text of the sentence that introduces it or None), as a build would see them."""
    _, sentences = segment(page["text"], page["lang"])
    return [(s.text, sentences[s.lead - 1].text if s.lead else None) for s in sentences
            if len(s.text) >= MIN_SENTENCE_CHARS and sum(c.isalpha() for c in s.text) >= 15]


def read_pages(cache: Path) -> dict[str, list[dict]]:
    by_lang = defaultdict(list)
    for path in sorted((cache / "pages").glob("*/*.json")):
        page = json.loads(path.read_text(encoding="utf-8"))
        by_lang[page["lang"]].append(page)
    return by_lang


def select(cache: Path, more: bool = False) -> None:
    """Pick PAGES_PER_LANG pages per language, one topic after another so that every topic is met,
    and write pages.jsonl and the annotation sheets. `more`: pick PAGES_PER_LANG more pages per
    language among those not yet in pages.jsonl, add them to it, and write sheets for them alone
    (CACHE/sheets-N/)."""
    known = set()
    if more:
        known = {json.loads(line)["url"] for line in (HERE / "pages.jsonl").read_text(encoding="utf-8").splitlines()}
    chosen = []
    pages_by_lang = read_pages(cache)
    for lang in LANGS:
        by_topic = defaultdict(list)
        for page in sorted(pages_by_lang[lang], key=lambda p: sha1(p["url"])):
            if page["url"] not in known and len(page_sentences(page)) >= 4:
                by_topic[page["topic"].split()[0].lower()].append(page)
        picked = []
        while len(picked) < PAGES_PER_LANG and any(by_topic.values()):
            for topic in sorted(by_topic):
                if by_topic[topic] and len(picked) < PAGES_PER_LANG:
                    picked.append(by_topic[topic].pop(0))
        chosen.extend(picked)
    round_no = 1
    while more and (cache / f"sheets-{round_no + 1}").exists():
        round_no += 1
    sheets = cache / (f"sheets-{round_no + 1}" if more else "sheets")
    sheets.mkdir(parents=True, exist_ok=True)
    rows = defaultdict(list)
    with open(HERE / "pages.jsonl", "a" if more else "w", encoding="utf-8") as out:
        for page in chosen:
            out.write(json.dumps({"url": page["url"], "lang": page["lang"], "query": page["query"], "topic": page["topic"],
                                  "sha1": sha1(page["text"]), "length": len(page["text"]), "split": split_of(page["url"])},
                                 ensure_ascii=False) + "\n")
            prev = ""
            for seq, text in enumerate(page_sentences(page)):
                rows[page["lang"]].append({"id": sha1(page["url"] + "\0" + text)[:12], "url": page["url"], "seq": seq,
                                           "before": prev, "text": text})
                prev = text
    for lang, items in rows.items():
        with open(sheets / f"{lang}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in items)
        print(sheets.name, lang, len({r["url"] for r in items}), "pages", len(items), "sentences")


def _sheet_rows(cache: Path) -> dict[str, dict]:
    rows = {}
    for path in sorted(cache.glob("sheets*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            row["lang"] = path.stem
            rows[row["id"]] = row
    return rows


LABEL_FIELDS = ("categories", "actors", "positions", "cited_sources", "ambiguous")


def _merged(cache: Path, folder: str) -> list[dict]:
    sheet = _sheet_rows(cache)
    out = []
    for path in sorted(cache.glob(f"{folder}/*.jsonl")) + sorted(cache.glob(f"{folder}-*/*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            label = json.loads(line)
            row = sheet.get(label.get("id"))
            if row is None:
                sys.exit(f"{path}:{n}: unknown sentence id {label.get('id')!r}")
            bad = [c for c in label.get("categories", []) if c not in CATEGORIES]
            if bad:
                sys.exit(f"{path}:{n}: unknown categories {bad}")
            out.append({"url": row["url"], "sha1": sha1(row["text"]), "length": len(row["text"]), "lang": row["lang"],
                        "seq": row["seq"], **{k: label.get(k, [] if k != "ambiguous" else False) for k in LABEL_FIELDS},
                        "annotator": label.get("annotator", path.stem)})
    unique = {(r["url"], r["sha1"]): r for r in out}  # a sentence repeated in a page is labelled once
    return sorted(unique.values(), key=lambda r: (LANGS.index(r["lang"]), r["url"], r["seq"]))


def merge(cache: Path) -> None:
    for folder, name in (("labels", "labels.jsonl"), ("second", "second.jsonl")):
        rows = _merged(cache, folder)
        if rows:
            with open(HERE / name, "w", encoding="utf-8") as f:
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            print(name, len(rows), "sentences")


def rebuild(cache: Path) -> None:
    """CACHE/gold/dev.jsonl and aside.jsonl in the gold format, from the saved excerpts and labels.jsonl."""
    pages = {json.loads(line)["url"]: json.loads(line) for line in (HERE / "pages.jsonl").read_text(encoding="utf-8").splitlines()}
    texts = {}
    for by_lang in read_pages(cache).values():
        for page in by_lang:
            if page["url"] in pages:
                for text, lead in page_sentences_with_leads(page):
                    texts[page["url"], sha1(text), len(text)] = (text, lead)
    gold = cache / "gold"
    gold.mkdir(parents=True, exist_ok=True)
    out = {"dev": [], "aside": []}
    missing = 0
    for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        found = texts.get((label["url"], label["sha1"], label["length"]))
        if found is None:
            missing += 1
            continue
        text, lead = found
        out[pages[label["url"]]["split"]].append({
            "id": f"real-{label['lang']}-{label['sha1'][:10]}", "lang": label["lang"], "text": text,
            **({"context": lead} if lead else {}), **{k: label[k] for k in LABEL_FIELDS}, "url": label["url"]})
    for split, rows in out.items():
        with open(gold / f"{split}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        print(f"{gold / split}.jsonl: {len(rows)} sentences, {len({r['url'] for r in rows})} pages")
    if missing:
        print(f"{missing} labelled sentence(s) not found in the saved excerpts (excerpt changed or missing)")


def status(cache: Path) -> dict:
    """Which pages of pages.jsonl the cache holds, and how many of their labelled sentences it gives back:
    a page saved exactly (SHA-1 and length of the excerpt as pages.jsonl has them), saved but changed
    (only its unchanged sentences count), or missing. Prints the totals per split and language, then
    the missing pages with the query that finds each again; returns the totals."""
    pages = [json.loads(line) for line in (HERE / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    wanted = defaultdict(set)
    for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        wanted[label["url"]].add((label["sha1"], label["length"]))
    saved = {page["url"]: page for by_lang in read_pages(cache).values() for page in by_lang}
    totals = defaultdict(Counter)
    missing = []
    for page in pages:
        row = totals[page["split"], page["lang"]]
        row["pages"] += 1
        row["sentences"] += len(wanted[page["url"]])
        found = saved.get(page["url"])
        if found is None:
            missing.append(page)
            continue
        exact = sha1(found["text"]) == page["sha1"] and len(found["text"]) == page["length"]
        row["exact" if exact else "changed"] += 1
        row["found"] += len(wanted[page["url"]] & {(sha1(t), len(t)) for t, _ in page_sentences_with_leads(found)})
    print(f"{'split':<6} {'lang':<4} {'pages':>5} {'exact':>5} {'changed':>7} {'labelled sentences found':>26}")
    for (split, lang), row in sorted(totals.items()):
        print(f"{split:<6} {lang:<4} {row['pages']:>5} {row['exact']:>5} {row['changed']:>7} "
              f"{row['found']:>15} of {row['sentences']:<8}")
    all_ = sum(totals.values(), Counter())
    print(f"all         {all_['pages']:>5} {all_['exact']:>5} {all_['changed']:>7} {all_['found']:>15} of {all_['sentences']}")
    if missing:
        print(f"\n{len(missing)} page(s) missing from {cache / 'pages'}; the query that finds each:")
        for page in missing:
            print(f"  [{page['lang']}] {page['url']}\n        query: {page['query']}")
    return dict(all_)


def kappa(cache: Path) -> None:
    """Cohen's kappa per category between the first annotator (labels.jsonl) and the second (second.jsonl)."""
    first = {(r["url"], r["sha1"]): r for r in map(json.loads, (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines())}
    second = [json.loads(line) for line in (HERE / "second.jsonl").read_text(encoding="utf-8").splitlines()]
    pairs = [(first[(r["url"], r["sha1"])], r) for r in second if (r["url"], r["sha1"]) in first]
    print(f"{len(pairs)} sentences labelled by both annotators")
    for cat in CATEGORIES:
        a = [cat in x["categories"] for x, _ in pairs]
        b = [cat in y["categories"] for _, y in pairs]
        n = len(a)
        observed = sum(x == y for x, y in zip(a, b)) / n
        pa, pb = sum(a) / n, sum(b) / n
        expected = pa * pb + (1 - pa) * (1 - pb)
        k = (observed - expected) / (1 - expected) if expected < 1 else 1.0
        print(f"  {cat:<12} kappa {k:.3f}  agreement {observed:.3f}  first {sum(a)} second {sum(b)}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("step", choices=("select", "merge", "rebuild", "status", "kappa"))
    ap.add_argument("--cache", type=Path, default=None, help="the cache folder (default: $DEMANDS_REALNEWS or ~/.cache/...)")
    ap.add_argument("--more", action="store_true", help="select: add a further batch of pages")
    args = ap.parse_args(argv)
    cache = args.cache or cache_dir()
    if args.step == "select":
        select(cache, more=args.more)
    else:
        {"merge": merge, "rebuild": rebuild, "status": status, "kappa": kappa}[args.step](cache)


if __name__ == "__main__":
    main()
