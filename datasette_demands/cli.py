"""`datasette demands ...`: build, relabel, classify, eval, rules lint/test/diff, packs."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from .rulebook.model import CORE_PACK, LANGUAGES, RulebookError


def _rules_options(help_rules):
    """--rules DIR (repeatable) and --only PACK (repeatable), as `rules_dirs` and `only`."""
    def decorate(f):
        f = click.option("--only", "only", multiple=True, metavar="PACK",
                         help="Use only these rule packs (repeatable; the core pack's cues and actors stay)")(f)
        return click.option("--rules", "rules_dirs", multiple=True,
                            type=click.Path(file_okay=False, path_type=Path), help=help_rules)(f)
    return decorate


rules_option = _rules_options(
    "A local rule pack folder, added to the installed packs (repeatable); it replaces an installed pack of "
    "the name in its pack.yml, and a folder without pack.yml replaces the core rules")
db_rules_option = _rules_options(
    "A local rule pack folder, added to the installed packs (repeatable; default: the folders DB was "
    "labelled with); without pack.yml it replaces the core rules. Naming one relabels what DB holds with it")


def _print_problems(packs, problems):
    from .rulebook.lint import pack_problem_lines

    for line in pack_problem_lines(packs, problems):
        click.echo(line, err=True)
    raise click.exceptions.Exit(2)


def _rulebook(rules_dirs=(), only=()):
    """The rulebook of the installed packs, with the local pack folders and --only; or exit 2 after
    printing every problem as `rules lint` does: `[pack NAME: ]path:line [rule] message`."""
    from .hookspecs import installed_packs
    from .rulebook.load import load_packs  # here: `datasette --help` need not read YAML schemas
    from .rulebook.packs import local_pack, select_packs

    packs = None
    try:
        packs = select_packs(installed_packs(), [local_pack(d) for d in rules_dirs], only)
        return load_packs(packs)
    except RulebookError as e:
        _print_problems(packs, e.problems)


def _check_database(db, built: bool) -> None:
    """Exit 2 with a clear message when DB is no SQLite database, or (built) was never built."""
    from .corpus.store import DatabaseProblem, check_database

    try:
        check_database(db, built)
    except DatabaseProblem as e:
        click.echo(f"error: {e}", err=True)
        raise click.exceptions.Exit(2)


def _db_rulebook(db, rules_dirs, only=()):
    """The packs named with --rules, else the local ones the database remembers (the installed packs
    either way)."""
    from .corpus.labelling_state import remembered_pack_dirs

    if not rules_dirs:
        rules_dirs = remembered_pack_dirs(db)
        for rules_dir in rules_dirs:
            if not rules_dir.is_dir():
                click.echo(f"error: {db} was labelled with the rulebook in {rules_dir}, which is not there; "
                           "name the rulebook to use with --rules", err=True)
                raise click.exceptions.Exit(2)
    return _rulebook(rules_dirs, only)


dask_option = click.option(
    "--dask", "dask", metavar="ADDRESS", default=None,
    help="Label on a Dask cluster: tcp://host:8786 (a running scheduler), or local / local:N "
         "(N worker processes started for the run); needs pip install 'datasette-demands[dask]'")


def _on_cluster(run, bar=None):
    """run(), with a Dask cluster's problem (cannot connect, lost, other version) as a clear error, exit 2."""
    from .corpus.dask_cluster import ClusterProblem

    try:
        return run()
    except ClusterProblem as e:
        if bar is not None:
            click.echo("", err=True)  # the error on its own line, under the progress bar
        click.echo(f"error: {e}", err=True)
        raise click.exceptions.Exit(2)


def _gold_rows(paths):
    """The rows of the gold files, or exit 1 after printing every row that cannot be read."""
    from .evaluate import GoldError, read_gold

    try:
        return read_gold(paths)
    except GoldError as e:
        for p in e.problems:
            click.echo(f"cannot read gold file: {p}", err=True)
        raise click.exceptions.Exit(1)


# back to the start of the line and erase it: a message printed while the progress bar is drawn
CLEAR_LINE = "\r\x1b[K"


def _show_progress() -> bool:
    return sys.stderr.isatty()


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, as a container or `taskset` limits it)."""
    import os

    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # no affinity on macOS and Windows
        return max(1, os.cpu_count() or 1)


def _workers(workers: int | None) -> int:
    return usable_cores() if workers is None else workers


workers_help = "Processes that {} (one writer); default: the number of usable cores"


class ByteProgress:
    """Build's progress bar, by bytes of input read (documents differ in size, and records are not
    counted ahead), with the sentences labelled per second. The time left is the bytes left at the
    rate since the first document was done, and the sentences per second are counted from then too,
    so the start-up (rulebook, language models, a relabel) does not count as reading time."""

    FIRST_BATCH_SECONDS = 0.1

    def __init__(self, total: int, clock=time.monotonic):
        self.total, self.clock = max(1, total), clock
        self.first = None  # (time, bytes, sentences) when the first document was done
        self.sentences = 0
        self.bar = click.progressbar(length=self.total, label="reading inputs (MB)", file=sys.stderr,
                                     show_pos=True, show_eta=True, item_show_func=lambda _: self.format_rate())
        self.bar.format_pos = lambda: f"{self.bar.pos / 1e6:.1f}/{self.total / 1e6:.1f}"
        self.bar.format_eta = self.format_eta

    def done(self, read_bytes: int, sentences: int = 0) -> None:
        """All input up to `read_bytes` is read (and its documents labelled), `sentences` more of them."""
        read_bytes = min(read_bytes, self.total)
        self.sentences += sentences
        now = self.clock()
        if self.first is None or now - self.first[0] < self.FIRST_BATCH_SECONDS:
            # documents come done in batches: the rate counts from the end of the first one
            self.first = (now if self.first is None else self.first[0], read_bytes, self.sentences)
        if read_bytes > self.bar.pos:
            self.bar.update(read_bytes - self.bar.pos)

    def eta(self) -> float | None:
        """Seconds left, or None while the rate is unknown."""
        if self.first is None:
            return None
        t0, b0, _ = self.first
        elapsed, read = self.clock() - t0, self.bar.pos - b0
        if elapsed <= 0 or read <= 0:
            return None
        return (self.total - self.bar.pos) * elapsed / read

    def rate(self) -> float | None:
        """Sentences labelled per second since the first document was done, or None while unknown."""
        if self.first is None:
            return None
        t0, _, s0 = self.first
        elapsed = self.clock() - t0
        return (self.sentences - s0) / elapsed if elapsed > 0 and self.sentences > s0 else None

    def format_rate(self) -> str | None:
        rate = self.rate()
        return None if rate is None else f"{rate:,.0f} sentences/s"

    def format_eta(self) -> str:
        eta = self.eta()
        if eta is None:
            return ""
        minutes, seconds = divmod(int(eta + 0.5), 60)
        return f"{minutes // 60:02}:{minutes % 60:02}:{seconds:02}"


@click.group(name="demands")
def demands():
    """Label negotiation news with the demands it reports, for Datasette."""


@demands.command()
@click.argument("db", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@db_rules_option
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help=workers_help.format("segment and classify"))
@click.option("--replace", is_flag=True,
              help="Let a document replace a stored one of the same id that came from another file")
@dask_option
def build(db, inputs, rules_dirs, only, workers, replace, dask):
    """Create or update DB from INPUTS (files or folders; default: seeds/).

    Exit code 0: all inputs written; 1: some inputs were skipped (each named on stderr); 2: nothing
    was written (a broken rulebook, a file that is no demands database, a lost Dask cluster).
    A document whose id is stored from another file is refused unless --replace.
    """
    from .corpus.pipeline import DEFAULT_INPUT, build as run_build

    _check_database(db, built=False)
    rulebook = _db_rulebook(db, rules_dirs, only)
    inputs = list(inputs) or [DEFAULT_INPUT]
    bar = None
    if _show_progress():
        from .corpus.ingest import database_files, input_bytes

        bar = ByteProgress(input_bytes(inputs, database_files(db)))
        bar.bar.__enter__()

    def progress(doc):
        if bar is not None:
            bar.done(doc.read_bytes, doc.sentences)

    def problem(p):
        if bar is not None:  # on a terminal: wipe the bar's line first, or the message runs on after it
            click.echo(CLEAR_LINE, nl=False, err=True, color=True)
        click.echo({"date": "skipped date", "lang": "skipped language", "encoding": "encoding"}.get(p.kind, "skipped")
                   + f": {p}", err=True)

    summary = _on_cluster(lambda: run_build(db, inputs, rulebook, on_problem=problem, progress=progress,
                                            workers=_workers(workers), replace=replace, dask=dask), bar)
    if bar is not None:
        bar.done(bar.total)
        bar.bar.__exit__(None, None, None)
    click.echo(summary.line())
    if summary.problems:
        raise click.exceptions.Exit(1)


@demands.command()
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_rules_option
@click.option("--workers", type=click.IntRange(1, 64), default=None, help=workers_help.format("classify"))
@click.option("--all", "everything", is_flag=True,
              help="Classify every sentence again, not only those the changed rules may touch")
@dask_option
def relabel(db, rules_dirs, only, workers, everything, dask):
    """Bring the labels stored in DB up to the current rulebook.

    After rule edits only the sentences where a changed rule fired or may fire now are
    classified again; a change to cues.yml, actors.yml or the classifier relabels everything.
    Without --rules, the rulebook DB was labelled with; the summary says what another one changes.
    """
    from .corpus.pipeline import relabel as run_relabel

    _check_database(db, built=True)
    rulebook = _db_rulebook(db, rules_dirs, only)
    summary = _on_cluster(lambda: run_relabel(db, rulebook, workers=_workers(workers), everything=everything,
                                              dask=dask))
    click.echo(summary.line(rulebook.fingerprint))


@demands.command()
@click.argument("text", required=False)
@click.option("--lang", type=click.Choice(LANGUAGES, case_sensitive=False), default=None,
              help="The text's language (default: detected); a sentence in another script, or confidently "
                   "in another language, still gets its own")
@rules_option
def classify(text, lang, rules_dirs, only):
    """Print the labels of TEXT (or standard input with '-') as JSON."""
    from .labelling.classify import Classifier
    from .labelling.segment import segment

    if text is None or text == "-":
        text = sys.stdin.read()
    if not text.strip():
        raise click.UsageError("no text to classify: give it as an argument, or '-' and pipe it to standard input")
    rulebook = _rulebook(rules_dirs, only)
    classifier = Classifier(rulebook)
    doc_lang, sentences = segment(text, lang)
    out = {"lang": doc_lang, "rulebook": rulebook.fingerprint, "sentences": []}
    # the sentences in order: a sentence may inherit a label from the one before (the discourse step)
    all_labels = classifier.classify_document(
        [(s.text, s.lang, None, sentences[s.lead - 1].text if s.lead else None) for s in sentences],
        [s.paragraph for s in sentences])
    for s, labels in zip(sentences, all_labels):
        out["sentences"].append({
            "seq": s.seq, "start": s.start, "end": s.end, "lang": s.lang, "text": s.text, "lead": s.lead,
            "categories": [lb.category for lb in labels],
            "labels": [{
                "category": lb.category, "actors": lb.actors, "stance": lb.stance, "cited_source": lb.cited_source,
                "cited_sources": lb.cited_sources, "cited_outlet": lb.cited_outlet, "cited_outlets": lb.cited_outlets,
                "evidence": [{"rule_id": m.rule_id, "start": m.start, "end": m.end, "text": m.text,
                              **({"antecedent_seq": s.seq - m.antecedent} if m.antecedent else {})} for m in lb.matches],
                "positions": [_position_json(s.text, p) for p in lb.positions],
            } for lb in labels],
        })
    click.echo(json.dumps(out, ensure_ascii=False, indent=2))


def _position_json(text: str, p) -> dict:
    """One holder's stance as classify prints it: where the holder is named and the cue that gives the
    stance, with their words (null where the sentence has none: a holder named in the sentence before)."""
    def span(start, end):
        return {"start": start, "end": end, "text": text[start:end]} if start is not None else None
    return {"holder": p.holder, "stance": p.stance, "holder_span": span(p.holder_start, p.holder_end),
            "cue": span(p.cue_start, p.cue_end)}


@demands.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--errors", is_flag=True,
              help="List misclassified sentences with the rules that fired, then the sentences whose holders differ, "
                   "then those whose positions differ, then those whose cited sources differ")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON")
@click.option("--documents", is_flag=True,
              help="Consecutive rows with the same `document` (or `url`, or `file`) are one document's sentences in order: "
                   "each is classified after the one before it (the discourse step)")
@rules_option
def eval_(gold, errors, as_json, documents, rules_dirs, only):
    """Score the rules on GOLD.jsonl files: precision, recall, F1 per category and language."""
    from .labelling.classify import Classifier
    from .evaluate import evaluate, format_table

    rulebook = _rulebook(rules_dirs, only)
    rows = _gold_rows(gold)
    ev = evaluate(Classifier(rulebook), rows, documents=documents)
    if as_json:
        click.echo(json.dumps(ev.as_dict(), indent=2))
    else:
        click.echo(format_table(ev))
    if errors:
        click.echo("")
        for e in ev.errors:
            click.echo(f"{e['where']} [{e['lang']}] gold={','.join(e['gold']) or '-'} "
                       f"predicted={','.join(e['predicted']) or '-'} rules={','.join(e['rules']) or '-'}")
            click.echo(f"    {e['text']}")
        for e in ev.actor_errors:
            click.echo(f"{e['where']} [{e['lang']}] holders gold={','.join(e['gold']) or '-'} "
                       f"predicted={','.join(e['predicted']) or '-'}")
            click.echo(f"    {e['text']}")
        for e in ev.position_errors:
            fmt = lambda ps: "; ".join(f"{c} {h} {st}" for c, h, st in ps) or "-"
            click.echo(f"{e['where']} [{e['lang']}] positions gold={fmt(e['gold'])} predicted={fmt(e['predicted'])}")
            click.echo(f"    {e['text']}")
        for e in ev.cited_errors:
            click.echo(f"{e['where']} [{e['lang']}] cited sources gold={' | '.join(e['gold']) or '-'} "
                       f"predicted={' | '.join(e['predicted']) or '-'}")
            click.echo(f"    {e['text']}")


@demands.group()
def rules():
    """Check a rulebook: `lint` its files, `test` its examples, `diff` it against another."""


@rules.command(name="lint")
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@rules_option
def rules_lint(directory, rules_dirs, only):
    """Check the rule packs' files (default: every installed pack; DIRECTORY: that folder alone, as a
    local pack): schema, regexes, ids, categories, examples.

    One line per problem, `[pack NAME: ]file:line [rule] message`; warnings do not fail. Exit code 1 on any problem.
    """
    from .hookspecs import installed_packs
    from .rulebook.lint import lint_packs
    from .rulebook.packs import local_pack, select_packs

    try:
        local = [local_pack(d) for d in (directory, *rules_dirs) if d is not None]
        packs = select_packs(installed_packs(), local, only)
    except RulebookError as e:
        _print_problems(None, e.problems)
    if directory is not None:  # that folder alone, checked against the packs it joins
        packs_to_check = [p for p in packs if p.directory == local[0].directory]
    else:
        packs_to_check = [p for p in packs if not p.context_only]
    reports = lint_packs(packs, packs_to_check)
    for report in reports:
        for line in report.lines():
            click.echo(line)
        # with several packs each summary names its pack, the core's too ("core: ok ...")
        click.echo(("core: " if len(reports) > 1 and report.pack == CORE_PACK else "") + report.summary())
    if len(reports) > 1:
        failed = [r.pack for r in reports if not r.ok]
        click.echo(f"FAILED: {', '.join(failed)}" if failed else f"ok: all {len(reports)} packs")
    if not all(r.ok for r in reports):
        raise click.exceptions.Exit(1)


@rules.command(name="test")
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@rules_option
@click.option("--rule", "prefix", metavar="ID", default=None,
              help="Only the rules whose id is ID or starts with ID. (e.g. reparations.pl or reparations.pl.costs;"
                   " actors, actors.UA, collectives, cited_sources.es or attribution_examples for the examples of actors.yml)")
def rules_test(directory, rules_dirs, only, prefix):
    """Run every rule's examples (of every pack, DIRECTORY added as a local pack) and the examples of
    actors.yml (parties, collectives, cited sources, attribution); print each failure with its pack,
    file:line and rule id or block, and why (which part of the rule decided, or what attribution found
    instead); exit 1 on any."""
    from .labelling.examples import run_actor_examples, run_examples, selected_actor_blocks, selected_rules

    rulebook = _rulebook(tuple(d for d in (directory, *rules_dirs) if d is not None), only)
    rules = selected_rules(rulebook, prefix)
    blocks = selected_actor_blocks(rulebook, prefix)
    if not rules and not blocks:
        near = [r.id for r in rulebook.rules if r.id.startswith(prefix)]
        hint = (f"; a whole part of an id is needed (between dots): {', '.join(near[:5])}"
                f"{', ...' if len(near) > 5 else ''} start{'s' if len(near) == 1 else ''} with it") if near else ""
        raise click.UsageError(f"no rule id is {prefix!r} or starts with '{prefix}.'{hint}")
    n, failures = run_examples(rulebook, rules)
    n_actors, actor_failures = run_actor_examples(rulebook, blocks)
    n, failures = n + n_actors, [*failures, *actor_failures]
    for f in failures:
        click.echo(f"FAIL {f}")
    which = (f"{len(rules)} rule{'' if len(rules) == 1 else 's'}" + (f" of {prefix}: {', '.join(r.id for r in rules[:5])}"
                                     f"{', ...' if len(rules) > 5 else ''}" if prefix and rules else ""))
    if blocks:
        which = (f"{which} and " if rules else "") + f"the examples of actors.yml: {_actor_blocks_summary(blocks)}"
    click.echo(f"{n - len(failures)} passed, {len(failures)} failed ({which})")
    if failures:
        raise click.exceptions.Exit(1)


def _actor_blocks_summary(blocks: list[str]) -> str:
    """'RU, UA, US, EU, TR, OTHER, 5 collectives, cited sources of 10 languages, attribution' and the like."""
    parties = [b.partition(".")[2] for b in blocks if b.startswith("actors.")]
    collectives = [b for b in blocks if b.startswith("collectives.")]
    sources = [b for b in blocks if b.startswith("cited_sources.")]
    parts = [", ".join(parties)] if parties else []
    parts += [_count(len(collectives), "collective", "collectives")] if collectives else []
    parts += [f"cited sources of {_count(len(sources), 'language', 'languages')}"] if sources else []
    parts += ["attribution"] if "attribution_examples" in blocks else []
    return ", ".join(parts)


@rules.command(name="diff")
@click.argument("base", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@rules_option
@click.option("--limit", type=click.IntRange(1, None), default=200, show_default=True,
              help="List at most this many changed sentences")
def rules_diff(base, gold, rules_dirs, only, limit):
    """What the rules in --rules (default: the shipped ones) change against the rules in BASE, on
    GOLD files (default: tests/gold/*.jsonl but those tests/gold/unseen.txt names): each sentence that gains or loses a category, the rule
    that made it, whether the gold agrees; each sentence whose holders or stances change; and F1 per
    category, of holders and positions, and per language, before and after, as Markdown.
    BASE is a local rule pack folder as --rules takes: without pack.yml it stands for the core rules,
    with one for the installed pack of that name; the installed packs are on both sides.
    Exit 0 whatever changed; 2 when a rulebook is broken, 1 when the gold cannot be read."""
    from .review import format_markdown, rules_diff as diff_rulebooks

    base_book, head_book = _rulebook((base,), only), _rulebook(rules_dirs, only)
    gold = gold or _development_gold(Path("tests/gold"))
    if not gold:
        click.echo("error: no gold files: name them, or run from a checkout with tests/gold/*.jsonl", err=True)
        raise click.exceptions.Exit(1)
    rows = _gold_rows(gold)
    click.echo(format_markdown(diff_rulebooks(base_book, head_book, rows), limit=limit), nl=False)


def _development_gold(folder: Path) -> tuple[Path, ...]:
    """The gold files of FOLDER less those its `unseen.txt` names (one file name a line, `#` comments): a
    set kept unseen measures the next round of rule work only while no rule change has been fitted to it,
    so `rules diff` reads it only when it is named. Says on stderr what it left out."""
    unseen_list = folder / "unseen.txt"
    unseen = set()
    if unseen_list.is_file():
        lines = (line.split("#", 1)[0].strip() for line in unseen_list.read_text(encoding="utf-8").splitlines())
        unseen = {line for line in lines if line}
    files = sorted(folder.glob("*.jsonl"))
    left_out = [f.name for f in files if f.name in unseen]
    if left_out:
        click.echo(f"left out {', '.join(left_out)}: kept unseen ({unseen_list}); name a file to read it", err=True)
    return tuple(f for f in files if f.name not in unseen)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@demands.command()
@rules_option
@click.option("--json", "as_json", is_flag=True, help="Print the packs as JSON")
def packs(rules_dirs, only, as_json):
    """List the rule packs: name, version, categories, languages, rules, fingerprint and folder."""
    rulebook = _rulebook(rules_dirs, only)
    rows = []
    for pack in rulebook.packs:
        rules = [r for r in rulebook.rules if r.pack == pack.name]
        rows.append({
            "name": pack.name, "version": pack.version,
            "categories": sorted({r.category for r in rules}),
            "languages": sorted({r.lang for r in rules}), "rules": len(rules),
            "fingerprint": pack.fingerprint, "directory": str(pack.directory),
            "local": pack.local, "context_only": pack.context_only,
        })
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        note = " (local)" if row["local"] else ""
        note += " (cues and actors only)" if row["context_only"] else ""
        click.echo(f"{row['name']} {row['version']}{note}: {_count(len(row['categories']), 'category', 'categories')} "
                   f"({', '.join(row['categories']) or '-'}), {_count(row['rules'], 'rule', 'rules')}, languages "
                   f"{', '.join(row['languages']) or '-'}, fingerprint {row['fingerprint']}, {row['directory']}")
