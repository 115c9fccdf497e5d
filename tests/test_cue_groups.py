"""Named cue groups of cues.yml (`strict`): a rule with `cue: strict` fires on a strict stance word of its
language, not on a plain reporting verb; the group is searched once a sentence; an unknown group is a clear
problem; a pack's rule may require the group and a pack may add to it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from datasette_demands.labelling.classify import Classifier, rule_matches
from datasette_demands.labelling.normalise import normalise
from datasette_demands.rulebook.load import load_packs, load_rulebook
from datasette_demands.rulebook.model import CORE_PACK, RulebookError, RulePack, default_rules_dir

WATER = r"""category: water
title: Water
description: Irrigation water as a party's position.
rules:
  - id: water.en.canal
    lang: en
    description: the canal, with a strict stance word
    patterns: ['\bcanal\b']
    cue: strict
    examples:
      match: ["Kyiv demands the canal back.", "Moscow rejected any talks on the canal."]
      no_match: ["Kyiv said the canal was dry.", "The canal was dry, officials stated."]
  - id: water.de.kanal
    lang: de
    description: der Kanal, mit einem strikten Haltungswort
    patterns: ['\bkanal\w*']
    cue: strict
    examples:
      match: ["Kiew fordert den Kanal zurück.", "Moskau lehnt Gespräche über den Kanal ab."]
      no_match: ["Kiew erklärte, der Kanal sei trocken.", "Der Kanal war trocken, sagte ein Sprecher."]
  - id: water.ru.kanal
    lang: ru
    description: канал со строгим словом позиции
    patterns: ['\bканал\w*']
    cue: strict
    examples:
      match: ["Киев требует вернуть канал.", "Москва отвергла переговоры о канале."]
      no_match: ["Киев заявил, что канал пересох.", "Канал пересох, заявили чиновники."]
"""


def core_with(tmp_path: Path, water: str = WATER, edit_cues=None) -> Path:
    """The shipped rulebook (its cues.yml with the strict groups) plus a water category."""
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    (rules / "water.yml").write_text(water, encoding="utf-8")
    if edit_cues:
        path = rules / "cues.yml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        edit_cues(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return rules


def fires(classifier: Classifier, rule_id: str, text: str) -> bool:
    rule = next(r for r in classifier.rulebook.rules if r.id == rule_id)
    return bool(rule_matches(classifier.language(rule.lang), rule, normalise(text), text))


@pytest.fixture(scope="module")
def water_book(tmp_path_factory):
    return load_rulebook(core_with(tmp_path_factory.mktemp("groups")))


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("rule_id, strict, reported", [
    ("water.en.canal", "Kyiv demands the canal back.", "Kyiv said the canal was dry."),
    ("water.en.canal", "Moscow rejected any talks on the canal.", "The canal was dry, officials stated."),
    ("water.de.kanal", "Kiew fordert den Kanal zurück.", "Kiew erklärte, der Kanal sei trocken."),
    ("water.de.kanal", "Moskau lehnt Gespräche über den Kanal ab.", "Der Kanal war trocken, sagte ein Sprecher."),
    ("water.ru.kanal", "Киев требует вернуть канал.", "Киев заявил, что канал пересох."),
    ("water.ru.kanal", "Москва отвергла переговоры о канале.", "Канал пересох, заявили чиновники."),
])
def test_a_strict_word_fires_a_reporting_verb_does_not(water_book, fast, rule_id, strict, reported):
    classifier = Classifier(water_book, fast=fast, direct=False if fast else None)
    assert fires(classifier, rule_id, strict)
    assert not fires(classifier, rule_id, reported)
    # the reporting verb is a cue (a `cue: true` rule would fire): only the group keeps it out
    lang = rule_id.split(".")[1]
    assert any(c.search(normalise(reported)) for c in water_book.cues[lang].values())


# Strict words the sixth batch of real news showed missing, each beside a plain report of the same thing.
WORDS_ADDED = [
    ("ru", "Киев стремится к прекращению огня.", "Киев обсуждал прекращение огня."),
    ("ru", "Путин отдал приказ о прекращении огня.", "Путин говорил о прекращении огня."),
    ("pl", "Trzy kraje zadeklarowały wysłanie wojsk.", "Trzy kraje rozmawiały o wysłaniu wojsk."),
    ("pl", "Warszawa nie dopuści obcych wojsk na swój teren.", "Warszawa rozmawiała o obcych wojskach na swoim terenie."),
    ("tr", "Avrupa, barış planının arkasında duruyor.", "Avrupa, barış planını tartıştı."),
    # the tenth round: achieving, putting forward, approving, signing, blocking, drafting a plan
    ("ru", "Москва добилась пункта о нейтралитете.", "Москва обсуждала пункт о нейтралитете."),
    ("ru", "Будапешт блокирует решение по активам.", "Будапешт обсуждает решение по активам."),
    ("ru", "Стороны подписали меморандум о перемирии.", "Стороны обсудили меморандум о перемирии."),
    ("ru", "Париж и Лондон выработали план гарантий.", "Париж и Лондон обсудили гарантии."),
    ("uk", "Київ домагається обміну полоненими.", "Київ обговорює обмін полоненими."),
    ("uk", "Рада ЄС схвалила кредит.", "Рада ЄС обговорила кредит."),
    ("uk", "Угорщина блокує рішення щодо активів.", "Угорщина обговорює рішення щодо активів."),
    ("pl", "Rada UE zatwierdziła pożyczkę.", "Rada UE omówiła pożyczkę."),
    ("pl", "Węgry blokują decyzję w sprawie aktywów.", "Węgry omawiają decyzję w sprawie aktywów."),
    ("tr", "Taraflar metni imzaladı.", "Taraflar metni görüştü."),
    ("tr", "Moskova bu plana itiraz etti.", "Moskova bu planı görüştü."),
]


@pytest.mark.parametrize("lang, strict, reported", WORDS_ADDED)
def test_the_words_found_missing_on_real_news_are_strict(water_book, lang, strict, reported):
    group = Classifier(water_book).language(lang).cue_groups["strict"]
    assert group.search(normalise(strict))
    assert not group.search(normalise(reported))


def test_the_group_is_no_stance(water_book):
    """The group decides whether rules fire, never a stance: the stances stay demand, reject, agree."""
    assert all(set(stances) == {"demand", "reject", "agree"} for stances in water_book.cue_patterns.values())
    assert set(water_book.cue_groups["en"]) == {"strict"}
    rule = next(r for r in water_book.rules if r.id == "water.en.canal")
    assert rule.cue == "strict" and rule.cue_words == {"en": water_book.cue_groups["en"]["strict"]}


def test_the_group_is_searched_once_a_sentence(water_book):
    """Two rules requiring the group share one search of it on a sentence (the memo of rule_matches)."""
    classifier = Classifier(water_book)
    language = classifier.language("en")
    rule = next(r for r in water_book.rules if r.id == "water.en.canal")
    calls = []
    searcher = language.cue_groups["strict"]

    class Counting:
        def search(self, text, **kwargs):
            calls.append(text)
            return searcher.search(text, **kwargs)

    language.cue_groups["strict"] = Counting()
    text = "Kyiv demands the canal back, and the canal again."
    memo: dict = {}
    for _ in range(3):
        assert rule_matches(language, rule, normalise(text), text, memo)
    assert len(calls) == 1


def test_a_group_word_added_makes_the_rules_fire(tmp_path):
    book = load_rulebook(core_with(tmp_path, edit_cues=lambda d: d["en"]["strict"].append(r"\bstated\b")))
    assert fires(Classifier(book), "water.en.canal", "The canal was dry, officials stated.")


def test_an_unknown_group_names_the_rule_and_its_file(tmp_path):
    rules = core_with(tmp_path, WATER.replace("cue: strict", "cue: strikt", 1))
    with pytest.raises(RulebookError) as info:
        load_rulebook(rules)
    [problem] = info.value.problems
    assert (problem.file, problem.rule_id) == ("water.yml", "water.en.canal")
    assert problem.line == WATER.splitlines().index("    cue: strict") + 1  # the misspelt line itself
    assert "'strikt'" in problem.message


def test_a_language_without_the_group_is_a_problem(tmp_path):
    rules = core_with(tmp_path, edit_cues=lambda d: d["ru"].pop("strict"))
    with pytest.raises(RulebookError) as info:
        load_rulebook(rules)
    problems = info.value.problems
    assert all("'strict' is no cue group of language 'ru'" in p.message for p in problems)
    # every Russian rule requiring the group, the shipped broad rules and the water rule, each named
    assert {p.rule_id for p in problems} == {"water.ru.kanal", "ceasefire.ru.broad", "neutrality.ru.broad",
                                             "prisoners.ru.broad", "reparations.ru.broad", "territory.ru.broad"}


def test_a_pack_rule_requires_the_group_and_a_pack_adds_to_it(tmp_path):
    pack = tmp_path / "water-pack"
    pack.mkdir()
    (pack / "pack.yml").write_text("name: water-pack\nversion: 0.1.0\n", encoding="utf-8")
    (pack / "water.yml").write_text(WATER, encoding="utf-8")
    (pack / "cues.yml").write_text("en:\n  strict: ['\\bpleaded for\\b']\n", encoding="utf-8")
    book = load_packs([RulePack(CORE_PACK, "0", default_rules_dir()), RulePack("water-pack", "0.1.0", pack, local=True)])
    classifier = Classifier(book)
    assert fires(classifier, "water.en.canal", "Kyiv demands the canal back.")  # the core's words
    assert fires(classifier, "water.en.canal", "Kherson pleaded for the canal.")  # the pack's word
    assert not fires(classifier, "water.en.canal", "Kyiv said the canal was dry.")
    assert book.cue_groups["en"]["strict"][-1] == r"\bpleaded for\b"
    assert "strict" not in book.cue_patterns["en"]


def test_a_pack_with_cue_strict_passes_lint_and_its_examples(tmp_path):
    from click.testing import CliRunner

    from datasette_demands.cli import demands

    pack = tmp_path / "water-pack"
    pack.mkdir()
    (pack / "pack.yml").write_text("name: water-pack\nversion: 0.1.0\n", encoding="utf-8")
    (pack / "water.yml").write_text(WATER, encoding="utf-8")
    for command in ("lint", "test"):
        result = CliRunner().invoke(demands, ["rules", command, "--rules", str(pack)])
        assert result.exit_code == 0, result.output
    broken = tmp_path / "broken-pack"
    shutil.copytree(pack, broken)
    (broken / "pack.yml").write_text("name: broken-pack\nversion: 0.1.0\n", encoding="utf-8")
    (broken / "water.yml").write_text(WATER.replace("cue: strict", "cue: strikt", 1), encoding="utf-8")
    result = CliRunner().invoke(demands, ["rules", "lint", "--rules", str(broken)])
    assert result.exit_code == 1
    assert "pack broken-pack: " in result.output and "water.yml:" in result.output
    assert "[water.en.canal]" in result.output and "'strikt'" in result.output
