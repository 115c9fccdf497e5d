"""Make a deterministic, multilingual, news-like corpus of about N MB for the benchmarks.

    python benchmarks/make_corpus.py OUT_DIR --mb 100 [--seed 1]

Writes OUT_DIR/txt/*.txt (one article a file) and OUT_DIR/corpus.jsonl (the same articles as
records with id, source, title, published, lang, text). Sentences come from the repository's
own seed articles and development sentences in nine languages, recombined with numbers varied.
About one sentence in five is drawn from the labelled ones (the rest report no demand), as in
coverage of negotiations, where most sentences tell of events, places and people.
The same seed and size always give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["Reuters", "AP", "AFP", "TASS", "Ukrinform", "Bloomberg", "Kyiv Independent", "Meduza", "Le Monde",
           "Der Spiegel", "El País", "Corriere della Sera", "Gazeta Wyborcza", "Hürriyet", "RBC", "PISM"]
NUMBER = re.compile(r"\b\d{1,4}\b")


LABELLED_SHARE = 0.2


def sentence_pool() -> dict[str, tuple[list[str], list[str]]]:
    """lang -> (sentences with a demand, sentences without), from the repository's gold files."""
    pool: dict[str, tuple[list[str], list[str]]] = {}
    for path in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                labelled, plain = pool.setdefault(row["lang"], ([], []))
                (labelled if row["categories"] else plain).append(row["text"].replace("\n", " "))
    return pool


def pick(pool_lang, rng: random.Random) -> str:
    labelled, plain = pool_lang
    return rng.choice(labelled if rng.random() < LABELLED_SHARE else plain)


def vary(sentence: str, rng: random.Random) -> str:
    return NUMBER.sub(lambda m: str(rng.randint(1, 2000)), sentence) if rng.random() < 0.5 else sentence


def articles(mb: float, seed: int):
    rng = random.Random(seed)
    pool = sentence_pool()
    langs = sorted(pool)
    weights = [4 if lang == "en" else 1 for lang in langs]
    target = int(mb * 1_000_000)
    written, n = 0, 0
    while written < target:
        lang = rng.choices(langs, weights)[0]
        sents = [vary(pick(pool[lang], rng), rng) for _ in range(rng.randint(12, 40))]
        paragraphs, i = [], 0
        while i < len(sents):
            k = rng.randint(2, 5)
            paragraphs.append(" ".join(sents[i:i + k]))
            i += k
        text = "\n\n".join(paragraphs)
        n += 1
        day = rng.randint(1, 28)
        month = rng.randint(1, 12)
        year = rng.choice([2025, 2026])
        yield {
            "id": f"bench-{seed}-{n:07d}", "source": rng.choice(SOURCES), "title": sents[0][:120],
            "published": f"{year}-{month:02d}-{day:02d}", "lang": lang, "text": text,
        }
        written += len(text.encode("utf-8"))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-txt", action="store_true", help="write only corpus.jsonl")
    args = ap.parse_args(argv)
    txt = args.out / "txt"
    txt.mkdir(parents=True, exist_ok=True)
    total = docs = 0
    # written under another name and renamed when complete: a run stopped midway leaves no corpus that the
    # benchmarks, which reuse an existing corpus.jsonl, would take for a whole one
    part = args.out / "corpus.jsonl.part"
    with open(part, "w", encoding="utf-8") as jsonl:
        for art in articles(args.mb, args.seed):
            jsonl.write(json.dumps(art, ensure_ascii=False) + "\n")
            if not args.no_txt:
                (txt / f"{art['id']}.txt").write_text(art["text"], encoding="utf-8")
            total += len(art["text"].encode("utf-8"))
            docs += 1
    part.replace(args.out / "corpus.jsonl")
    print(f"{docs} articles, {total / 1e6:.1f} MB of text in {args.out}")


if __name__ == "__main__":
    main()
