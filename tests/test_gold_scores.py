"""The shipped rules on the development gold (tests/gold/seeds.jsonl, dev.jsonl, check.jsonl) stay above floors.

The floors ONLY GO UP: when the rules improve, raise them to a little below the new figures
(`.venv/bin/datasette demands eval tests/gold/seeds.jsonl tests/gold/dev.jsonl`); never lower
one to let a change through. The issue's targets are macro-F1 >= 0.90 and every language >= 0.85.
"""

from pathlib import Path

import pytest

from datasette_demands.labelling.classify import Classifier
from datasette_demands.evaluate import evaluate, read_gold
from datasette_demands.rulebook.load import load_rulebook

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py

ROOT = Path(__file__).resolve().parent.parent
GOLD = [ROOT / "tests" / "gold" / name for name in ("seeds.jsonl", "dev.jsonl", "check.jsonl")]

# Set a little below the figures measured when the floors were last raised: 1.000 on all three
# files in every category and language (check.jsonl scored 0.943 before rules were fixed for its
# error classes); holder actors F1 0.927.
MACRO_F1_FLOOR = 0.98
# F1 per category
CATEGORY_F1_FLOOR = {
    "ceasefire": 0.97, "neutrality": 0.97, "prisoners": 0.97, "reparations": 0.97, "territory": 0.97,
}
# F1 per language (all category decisions of the language's sentences, the F1 column of the eval table)
LANGUAGE_F1_FLOOR = {
    "en": 0.96, "it": 0.96, "fr": 0.96, "de": 0.96, "es": 0.96, "ru": 0.96, "uk": 0.96, "pl": 0.96, "tr": 0.96,
}
# Holders of the positions, on sentences with a gold category (0.932 before the position error classes
# of branch holders were fixed, 0.945 after; 0.967 after branch pos7w (en de fr es it) and pos7e (ru uk pl tr);
# 0.975 on main before branch pos8, 0.979 after; 0.983 after branch pos9w (en de fr es it)
ACTOR_F1_FLOOR = 0.98  # 0.985 after round 10
# Positions (category, holder, stance, gold categories given), issue 19: 0.797 when first scored,
# 0.809 once mediators, reporters, conditions, obligations and German word order were handled, 0.845 with
# refusals, reported rejections, beneficiaries, coordinated verbs and subjects, relative-clause subjects,
# the parties of an agreement between them and no holder from an obligation's subject; 0.850 once a
# position noun is the object of its verb and a party's reporting verb gives no second stance (branch holde);
# 0.921 after reluctance, acceptance on a condition, urging to accept, unnamed subjects, backers inside a
# demand, reported agreements, refusals without guarantees and draft agreements (branch pos7w); renouncing nouns, readiness, hopes, objections, places as subjects,
# Turkish owners across modifiers and compound names (branch pos7e); 0.950 on main before branch pos8, 0.958
# after compound owners, agents before participles, gerunds after the content, Turkish nominalised clauses,
# roles (guarantors) and the owner of consent (branch pos8); 0.962 after conditions before the holder and
# restricted by 'only', agreements asked for, quotes closed before their speaker, German verb-final clauses, far
# subjects, post-nominal coordinated adjectives, commitments to provide and readiness for talks (branch pos9w)
POSITION_F1_FLOOR = 0.965  # 0.969 after round 12; 0.966 after round 10 (pos13w, pos13e)


@pytest.fixture(scope="module")
def ev():
    return evaluate(Classifier(load_rulebook(ROOT / "rules")), read_gold(GOLD))


def test_every_row_scored(ev):
    assert ev.rows + ev.skipped_ambiguous == sum(
        1 for path in GOLD for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert set(ev.per_lang) == {"en", "it", "fr", "de", "es", "ru", "uk", "pl", "tr"}


def test_macro_f1_floor(ev):
    assert ev.macro_f1 >= MACRO_F1_FLOOR


@pytest.mark.parametrize("category", sorted(CATEGORY_F1_FLOOR))
def test_category_f1_floor(ev, category):
    assert ev.per_category[category].f1 >= CATEGORY_F1_FLOOR[category]


@pytest.mark.parametrize("lang", sorted(LANGUAGE_F1_FLOOR))
def test_language_f1_floor(ev, lang):
    assert ev.per_lang[lang].f1 >= LANGUAGE_F1_FLOOR[lang]


def test_actor_f1_floor(ev):
    assert ev.actors.f1 >= ACTOR_F1_FLOOR


def test_position_f1_floor(ev):
    assert ev.positions.f1 >= POSITION_F1_FLOOR


# tests/gold/check2.jsonl, written blind (issue 19's bar: position F1 >= 0.85, holder F1 >= 0.90 there):
# position F1 0.663 and holder F1 0.878 when first scored, 0.702 and 0.894 after the attribution fixes,
# 0.771 and 0.909 after the error classes of branch holders, 0.779 and 0.909 after those of branch holde,
# 0.791 and 0.909 after those of branch pos7w (en, de, fr, es, it)
CHECK2 = ROOT / "tests" / "gold" / "check2.jsonl"
CHECK2_POSITION_F1_FLOOR = 0.955  # 0.962 after round 32; 0.956 after round 28; 0.947 after round 26; 0.944 after round 18 (p18A, p18B, p18C, on check4 and check5); 0.936 after round 17 (p17A, p17B, p17C, which used check2 and check3 as their development set); 0.868 after round 16 (p16A; p16B and p16C moved nothing here); 0.862 after round 15 (posA, posB, posC, citeD, and the lead's collectives fix); 0.853 after round 14 (posT: Turkish, from own probes; posW, posR, posP, citeC changed no check2 figure); 0.847 after round 12 (pos12a: de, it, en); 0.841 after round 11 (rules11a, pos15); 0.838 after pos13w (round 10); 0.834 after pos12w (round 9); 0.828 after pos11, cues and the merges of this stop; 0.805 (holders 0.918) after rounds 7-8 (pos7w, pos7e, pos8, pron); 0.819 (0.927) after pos9w
CHECK2_ACTOR_F1_FLOOR = 0.975  # 0.978 after round 18; 0.975 after round 17; 0.947 after round 15; 0.943 after round 12 (pos12a); 0.934 after round 9 (pos12w)


def test_blind_gold_position_and_holder_floors():
    blind = evaluate(Classifier(load_rulebook(ROOT / "rules")), read_gold([CHECK2]))
    assert blind.positions.f1 >= CHECK2_POSITION_F1_FLOOR
    assert blind.actors.f1 >= CHECK2_ACTOR_F1_FLOOR


# Cited sources (issue 20), exact after trimming, on rows that carry `cited_sources`. Measured after the
# second round of extraction (bodies quoted for figures, phrases cut before an article, clause words,
# numbers, people of a party named nowhere else): seeds+dev+check P 1.000 R 0.944 (51 of 54 found, none
# wrong; 0.872/0.630 before); check2, written blind, P 1.000 R 0.938 (0.706/0.375 before). The issue's
# bar: precision >= 0.90, recall >= 0.80, every language >= 0.80 precision. After the third round (the
# error classes of the real-news development set: anonymous officials, people of an outlet, leading
# words, venues, headlines and credit lines): seeds+dev+check P 1.000 R 0.981 (53 of 54), check2 unchanged.
CITED_PRECISION_FLOOR = 0.97
CITED_RECALL_FLOOR = 0.97  # 0.981 (P 0.981) after round 14 (citeC)
CITED_LANGUAGE_PRECISION_FLOOR = 0.90
CHECK2_CITED_PRECISION_FLOOR = 0.95
CHECK2_CITED_RECALL_FLOOR = 0.90


@pytest.fixture(scope="module")
def blind():
    return evaluate(Classifier(load_rulebook(ROOT / "rules")), read_gold([CHECK2]))


def test_cited_source_floors(ev):
    assert ev.cited.precision >= CITED_PRECISION_FLOOR
    assert ev.cited.recall >= CITED_RECALL_FLOOR
    for lang, counts in ev.cited_per_lang.items():
        assert counts.precision >= CITED_LANGUAGE_PRECISION_FLOOR, lang


def test_blind_gold_cited_source_floors(blind):
    assert blind.cited.precision >= CHECK2_CITED_PRECISION_FLOOR
    assert blind.cited.recall >= CHECK2_CITED_RECALL_FLOOR
    for lang, counts in blind.cited_per_lang.items():
        assert counts.precision >= CITED_LANGUAGE_PRECISION_FLOOR, lang


# tests/gold/check3.jsonl: 30 sentences per language in the style of wire reports (long sentences, attribution
# at the end, surnames and metonyms, hedged and compressed stances, credit lines, a fifth with no demand),
# written and labelled by two annotators who read only docs/GUIDELINES.md, never the rules or the code,
# and kept out of rule work like check2. First run (main d95585a, before round 15 was merged): macro-F1
# 0.975, holders 0.911, positions 0.743 (P 0.794 R 0.698), cited sources P 0.930 R 0.930.
CHECK3 = ROOT / "tests" / "gold" / "check3.jsonl"
CHECK3_MACRO_F1_FLOOR = 0.97
CHECK3_ACTOR_F1_FLOOR = 0.97  # 0.974 after round 28; 0.970 after round 24; 0.968 after round 23; 0.966 after round 20; 0.964 after round 18; 0.962 after round 17; 0.930 after round 16; 0.917 after round 15
CHECK3_POSITION_F1_FLOOR = 0.895  # 0.900 after round 34 (p34A); 0.894 after round 28; 0.888 after round 25 (P 0.909 R 0.868; p25C uk); 0.884 after round 24 (P 0.905 R 0.865; p24A de, p24B); 0.877 after round 23 (P 0.901 R 0.854; p23B en); 0.873 after round 21 (P 0.900 R 0.847; p21C's uk classes); 0.869 after round 20 (P 0.897 R 0.844; p20C's ru and uk classes); 0.862 after round 18 (P 0.892 R 0.833); 0.856 after round 17 (P 0.888 R 0.826; a development set from then on); 0.776 after round 16 (P 0.824 R 0.733); 0.758 after round 15 (P 0.810 R 0.712)
CHECK3_CITED_PRECISION_FLOOR = 0.94  # 0.941 after round 23 (p23D); 0.940 after round 22 (p22D); 0.931 after round 15
CHECK3_CITED_RECALL_FLOOR = 0.97  # 0.974 after round 23 (p23D); 0.965 after round 19 (p19D's Turkish classes); 0.947 after round 15
CHECK3_CITED_LANGUAGE_PRECISION_FLOOR = 0.85  # en and pl 0.857 after round 15; the issue asks 0.80


# tests/gold/check4.jsonl: a third blind set in the same manner as check3, written and labelled by two new
# annotators who read only docs/GUIDELINES.md, before round 16 was merged, and kept out of rule work. First
# run (main e3fc1dd): macro-F1 0.969, holders 0.932, positions 0.791 (P 0.818 R 0.766), cited sources
# P 0.961 R 0.907. After round 16: the same figures, every one (its fixes moved nothing here). Round 18 used it
# and check5 as its development set: from then on it measures no unseen text (check6 does).
CHECK4 = ROOT / "tests" / "gold" / "check4.jsonl"
CHECK4_MACRO_F1_FLOOR = 0.965
CHECK4_ACTOR_F1_FLOOR = 0.955  # 0.960 after round 28; 0.952 after round 21; 0.950 after round 20; 0.946 after round 18; 0.934 after round 17
CHECK4_POSITION_F1_FLOOR = 0.92  # 0.922 after round 33 (p33E); 0.915 after round 30; 0.911 after round 28; 0.905 after round 25 (P 0.929 R 0.883; p25A it, p25D es); 0.896 after round 24 (P 0.921 R 0.872; p24B); 0.894 after round 23 (P 0.921 R 0.869; p23B fr); 0.892 after round 22 (P 0.921 R 0.865; p22C ru); 0.890 after round 21 (P 0.917 R 0.865; p21A fr, p21C uk); 0.883 after round 20 (P 0.913 R 0.855; p20B's tr classes); 0.879 after round 18 (P 0.909 R 0.851; round 18's development set with check5); 0.797 after round 17 (P 0.823 R 0.773)
CHECK4_CITED_PRECISION_FLOOR = 0.965  # 0.971 after round 20 (p20D's German classes, which read check4's errors too)
CHECK4_CITED_RECALL_FLOOR = 0.96  # 0.963 after round 23 (p23D); 0.954 after round 22 (p22D); 0.935 after round 20 (p20D); 0.917 after round 19 (p19D)
CHECK4_CITED_LANGUAGE_PRECISION_FLOOR = 0.85  # de 0.875 at the first run; the issue asks 0.80

# tests/gold/check5.jsonl: a fourth blind set in the same manner, written and labelled by two new annotators
# who read only docs/GUIDELINES.md, before round 17 was merged, and kept out of rule work. First run (main
# 63a2468): macro-F1 0.972, holders 0.947, positions 0.793 (P 0.814 R 0.774), cited sources P 0.959 R 0.931.
CHECK5 = ROOT / "tests" / "gold" / "check5.jsonl"
CHECK5_MACRO_F1_FLOOR = 0.965
CHECK5_ACTOR_F1_FLOOR = 0.975  # 0.976 after round 23; 0.972 after round 20; 0.968 after round 18; 0.952 after round 17
CHECK5_POSITION_F1_FLOOR = 0.93  # 0.932 after round 31; 0.930 after round 28; 0.922 after round 24 (P 0.928 R 0.915; p24B); 0.918 after round 23 (P 0.925 R 0.912; p23B en); 0.916 after round 22 (P 0.924 R 0.908; p22C uk); 0.912 after round 20 (P 0.924 R 0.901; p20B es, p20C ru); 0.908 after round 19; 0.906 after round 18 (P 0.923 R 0.890; round 18's development set with check4); 0.816 after round 17 (P 0.834 R 0.799)
CHECK5_CITED_PRECISION_FLOOR = 0.965  # 0.970 after round 21 (p21D)
CHECK5_CITED_RECALL_FLOOR = 0.955  # 0.960 after round 21 (p21D); 0.951 after round 20 (p20D); 0.941 after round 19 (p19D)
CHECK5_CITED_LANGUAGE_PRECISION_FLOOR = 0.80  # de 0.800 at the first run, the bar

# tests/gold/check6.jsonl: a fifth blind set in the same manner, written and labelled by two new annotators
# who read only docs/GUIDELINES.md, before round 18 was merged, and kept out of rule work (round 18 worked on
# check4 and check5; round 19 used it as its development set, so from then on it measures no unseen text, check7
# does). First run (main 5dc3fb5): macro-F1 0.961, holders 0.926, positions 0.772 (P 0.809
# R 0.739), cited sources P 0.947 R 0.899 (en P 0.786, under the 0.80).
CHECK6 = ROOT / "tests" / "gold" / "check6.jsonl"
CHECK6_MACRO_F1_FLOOR = 0.96  # 0.963 after round 19
CHECK6_ACTOR_F1_FLOOR = 0.97  # 0.973 after round 19 (its development set); 0.932 after round 18
CHECK6_POSITION_F1_FLOOR = 0.92  # 0.920 after round 29 (p29D: es conditions); 0.918 after round 24 (P 0.938 R 0.899); 0.914 after round 22 (P 0.938 R 0.892; p22A it); 0.911 after round 21 (P 0.934 R 0.888; p21C uk); 0.907 after round 19 (P 0.930 R 0.885; round 19's development set); 0.786 after round 18 (P 0.819 R 0.756): p18B's en and es classes; p18A and p18C moved nothing here
CHECK6_CITED_PRECISION_FLOOR = 0.96  # 0.966 after round 19 (p19D)
CHECK6_CITED_RECALL_FLOOR = 0.96  # 0.966 after round 19 (p19D)
CHECK6_CITED_LANGUAGE_PRECISION_FLOOR = 0.78  # en 0.786 at the first run, under the 0.80

# tests/gold/check7.jsonl: a sixth blind set in the same manner, written and labelled by two new annotators
# who read only docs/GUIDELINES.md, before round 19 was merged, and kept out of rule work (round 19 works on
# check6; round 20 uses it as its development set, so from then on it measures no unseen text, check8 does). First run (main 64588c6): macro-F1 0.975, holders 0.938, positions 0.816 (P 0.840 R 0.792), cited
# sources P 0.839 R 0.839 (fr P 0.700 and de 0.750, under the 0.80; 0.964 / 0.964 on token overlap).
CHECK7 = ROOT / "tests" / "gold" / "check7.jsonl"
CHECK7_MACRO_F1_FLOOR = 0.975  # 0.979 after round 20 (its development set)
CHECK7_ACTOR_F1_FLOOR = 0.975  # 0.980 after round 23; 0.972 after round 20 (its development set); 0.940 after round 19
CHECK7_POSITION_F1_FLOOR = 0.935  # 0.939 after round 30; 0.935 after round 28; 0.926 after round 24 (P 0.931 R 0.921; p24A de); 0.917 after round 23 (P 0.924 R 0.910; p23A de, p23C pl and uk); 0.906 after round 22 (P 0.916 R 0.896; p22C ru); 0.904 after round 21 (P 0.912 R 0.896; p21A fr, p21B en; it 0.954 -> 0.939); 0.900 after round 20 (P 0.912 R 0.889; round 20's development set); 0.821 after round 19 (P 0.845 R 0.799): p19B's tr and p19C's ru classes; p19A and p19D moved nothing here
# Cited precision went down after round 19, 0.839 -> 0.833 (recall 0.839 -> 0.848, F1 0.839 -> 0.841): p19D's
# Turkish classes add one Turkish span that overlaps a gold source without matching it (Turkish lenient precision
# stays 1.000), while French gained a source. The floor, set at the first run in the same stop, went down with it.
CHECK7_CITED_PRECISION_FLOOR = 0.855  # 0.858 after round 20 (p20D)
CHECK7_CITED_RECALL_FLOOR = 0.865  # 0.866 after round 20 (p20D)
CHECK7_CITED_LANGUAGE_PRECISION_FLOOR = 0.75  # fr 0.750 after round 20, under the 0.80; fr 0.700 at the first run, under the 0.80


# tests/gold/check8.jsonl: a seventh blind set in the same manner, 40 sentences a language (360), written and
# labelled by three new annotators who read only docs/GUIDELINES.md, committed before round 20 was merged, and
# kept out of rule work (round 20 works on check7; round 21 uses it as its development set, so from then on it
# measures no unseen text, check9 does). First run (main 0ef94a3; the labelling of 0ef94a3):
# macro-F1 0.959, holders 0.924, positions 0.770 (P 0.793 R 0.749), cited sources P 0.955 R 0.914 (fr P 0.875,
# en 0.882; tr R 0.688). A fourth helper labelled its sentences blind: categories F1 1.000, holders 0.996,
# positions 0.972, cited sources 0.993 against the first labels.
CHECK8 = ROOT / "tests" / "gold" / "check8.jsonl"
CHECK8_MACRO_F1_FLOOR = 0.96  # 0.962 after round 20
CHECK8_ACTOR_F1_FLOOR = 0.955  # 0.959 after round 28; 0.951 after round 23; 0.945 after round 21 (its development set)
CHECK8_POSITION_F1_FLOOR = 0.885  # 0.887 after round 30; 0.879 after round 25 (P 0.895 R 0.864; p25A de, p25B en); 0.875 after round 24 (P 0.889 R 0.861); 0.871 after round 23 (P 0.886 R 0.856; p23A de and it, p23C ru); 0.861 after round 22 (P 0.878 R 0.845; p22C ru); 0.860 after round 21 (P 0.875 R 0.845; its development set); 0.776 after round 20 (P 0.797 R 0.757): p20A fr, p20C pl and uk (and ru 0.610 -> 0.602); p20B and p20D moved nothing here
CHECK8_CITED_PRECISION_FLOOR = 0.995  # 1.000 after round 21 (p21D; its development set)
CHECK8_CITED_RECALL_FLOOR = 0.995  # 1.000 after round 21 (p21D; its development set)
CHECK8_CITED_LANGUAGE_PRECISION_FLOOR = 0.99  # 1.000 in every language after round 21 (p21D); fr 0.875 at the first run; the issue asks 0.80

# tests/gold/check9.jsonl: an eighth blind set in the same manner, 357 sentences (40 a language; three left out as
# near-copies of sentences in other gold files), written and labelled by three new annotators who read only
# docs/GUIDELINES.md, committed before round 21 was merged, and kept out of rule work (round 21 works on check8).
# Turkish names keep no case suffix after an apostrophe ("Reuters'ın" is "Reuters"), as in check8. First run
# (main b69bd48; the labelling of 3abacd0): macro-F1 0.960, holders 0.937, positions 0.793 (P 0.835 R 0.755),
# cited sources P 0.953 R 0.899 (pl and tr P 0.900).
CHECK9 = ROOT / "tests" / "gold" / "check9.jsonl"
CHECK9_MACRO_F1_FLOOR = 0.955
CHECK9_ACTOR_F1_FLOOR = 0.96  # 0.962 after round 23; 0.960 after round 22 (its development set)
CHECK9_POSITION_F1_FLOOR = 0.865  # 0.871 after round 28; 0.862 after round 24 (P 0.883 R 0.841; p24A de and fr); 0.857 after round 23 (p23A de); 0.856 after round 22 (P 0.882 R 0.831; its development set: p22A de/fr/it, p22B es/tr, p22C ru/uk/pl); 0.796 after round 21 (P 0.836 R 0.760): p21A de and fr (it 0.779 -> 0.769); p21B, p21C moved nothing here; 0.793 at the first run
CHECK9_CITED_PRECISION_FLOOR = 0.99  # 0.994 after round 22 (p22D; its development set); 0.959 after round 21 (p21D); 0.953 at the first run
CHECK9_CITED_RECALL_FLOOR = 0.995  # 1.000 after round 22 (p22D; its development set); 0.905 after round 21 (p21D); 0.899 at the first run
CHECK9_CITED_LANGUAGE_PRECISION_FLOOR = 0.95  # pl 0.952 after round 22

# tests/gold/check10.jsonl: a ninth blind set in the same manner, 356 sentences (40 a language; four left out as
# near-copies of sentences in other gold files: es-19, ru-05, ru-15, pl-06), written and labelled by three new
# annotators who read only docs/GUIDELINES.md (asked also for polls, leaked drafts, votes, experts and other states),
# committed before round 22 was merged, and kept out of rule work (round 22 works on check9). Indefinite articles
# restored before four anonymous sources ("a source close to ...") as the guidelines write them. First run (main
# 84d618c): macro-F1 0.969, holders 0.903, positions 0.787 (P 0.843 R 0.738), cited sources P 0.987 R 0.943
# (de P 0.938, tr P 0.941). A fourth helper labelled its sentences blind: categories F1 1.000, holders 0.987,
# positions 0.972, cited sources 0.975 against the first labels.
CHECK10 = ROOT / "tests" / "gold" / "check10.jsonl"
CHECK10_MACRO_F1_FLOOR = 0.965
CHECK10_ACTOR_F1_FLOOR = 0.935  # 0.937 after round 25; 0.930 after round 24; 0.920 after round 23 (its development set); 0.905 after round 22
CHECK10_POSITION_F1_FLOOR = 0.865  # 0.871 after round 30; 0.864 after round 28; 0.857 after round 26; 0.855 after round 25 (P 0.889 R 0.823; p25A de and fr, p25B en, p25C ru); 0.849 after round 24 (P 0.888 R 0.812); 0.836 after round 23 (P 0.881 R 0.795; its development set: p23A de/fr/it, p23B en/es/tr, p23C ru/uk/pl); 0.788 after round 22 (P 0.843 R 0.740; es +1 position), which did not look at it; 0.787 at the first run
CHECK10_CITED_PRECISION_FLOOR = 0.995  # 1.000 after round 23 (p23D; its development set); 0.993 after round 22 (p22D); 0.987 at the first run
CHECK10_CITED_RECALL_FLOOR = 0.995  # 1.000 after round 23 (p23D; its development set); 0.956 after round 22 (p22D); 0.943 at the first run
CHECK10_CITED_LANGUAGE_PRECISION_FLOOR = 0.99  # 1.000 in every language after round 23

# tests/gold/check11.jsonl: a tenth blind set in the same manner, 357 sentences (40 a language; three left out as
# near-copies of sentences in other gold files: es-12, it-16, ru-06), written and labelled by three new annotators
# who read only docs/GUIDELINES.md (languages grouped anew: en/de/ru, it/es/uk, fr/pl/tr; asked also for
# interviews, social-media posts, communiqués, governors and commanders, UN agencies, corrections, several parties
# in one sentence and nested reported speech), committed before round 23 was merged, and kept out of rule work
# (round 23 works on check10). First run (main 56708ee): macro-F1 0.972, holders 0.869, positions 0.727
# (P 0.769 R 0.689), cited sources P 0.965 R 0.916 (it and uk P 0.900). A fourth helper labelled its sentences
# blind: categories F1 0.998, holders 0.994, positions 0.972, cited sources 0.978 against the first labels.
CHECK11 = ROOT / "tests" / "gold" / "check11.jsonl"
CHECK11_MACRO_F1_FLOOR = 0.97
CHECK11_ACTOR_F1_FLOOR = 0.925  # 0.927 after round 33 (p33D); 0.918 after round 28; 0.906 after round 25; 0.903 after round 24 (its development set); 0.879 after round 23; 0.869 at the first run
CHECK11_POSITION_F1_FLOOR = 0.82  # 0.825 after round 33 (p33A, p33D); 0.818 after round 30; 0.811 after round 28; 0.798 after round 25 (P 0.836 R 0.764); 0.794 after round 24 (P 0.833 R 0.759; its development set: p24A de/fr/it, p24B en/es/tr, p24C ru/uk/pl); 0.736 after round 23 (P 0.779 R 0.698), which did not look at it; 0.727 at the first run
CHECK11_CITED_PRECISION_FLOOR = 0.97  # 0.971 after round 23 (p23D); 0.965 at the first run
CHECK11_CITED_RECALL_FLOOR = 0.925  # 0.927 after round 23 (p23D); 0.916 at the first run
CHECK11_CITED_LANGUAGE_PRECISION_FLOOR = 0.895

# tests/gold/check12.jsonl: an eleventh blind set in the same manner, 359 sentences (40 a language; en-29 left out as a
# near-copy of check4-en-29), written and labelled by three new annotators who read only docs/GUIDELINES.md (languages
# grouped anew: en/fr/uk, de/es/tr, it/ru/pl; asked also for positions reported as history, parties changing their
# position, parliaments, courts, churches and third countries, analysts, headline-style leads and positions in clauses
# far from their holder), committed before round 24 was merged, and kept out of rule work (round 24 works on check11).
# First run (main 6325b0f, eval of f4e4052): macro-F1 0.948, holders 0.837, positions 0.715 (P 0.777 R 0.661), cited
# sources P 0.949 R 0.977 (tr 0.941; fr P 0.895 the lowest). Round 25's development set.
CHECK12 = ROOT / "tests" / "gold" / "check12.jsonl"
CHECK12_MACRO_F1_FLOOR = 0.98  # 0.983 after round 25 (p25D; its development set); 0.948 at the first run
CHECK12_ACTOR_F1_FLOOR = 0.9  # 0.902 after round 25 (its development set); 0.845 after round 24, which did not look at it; 0.837 at the first run
CHECK12_POSITION_F1_FLOOR = 0.815  # 0.820 after round 34; 0.811 after round 29; 0.797 after round 25 (P 0.842 R 0.756; its development set: p25A de/fr/it, p25B en/es/tr, p25C ru/uk/pl); 0.723 after round 24 (P 0.782 R 0.673), which did not look at it; 0.715 at the first run (P 0.777 R 0.661)
CHECK12_CITED_PRECISION_FLOOR = 0.945
CHECK12_CITED_RECALL_FLOOR = 0.975
CHECK12_CITED_LANGUAGE_PRECISION_FLOOR = 0.89

# tests/gold/check13.jsonl: a twelfth blind set in the same manner, 354 sentences (40 a language; six left out as
# near-copies of sentences in other gold files: es-08, ru-08, fr-01, pl-01, tr-01, tr-02), written and labelled by three
# new annotators who read only docs/GUIDELINES.md (languages grouped anew: en/de/ru, fr/pl/tr, it/es/uk; asked also for
# the wordings of published reports: territory as a status or a line to freeze, reparations as institutions and money,
# neutrality as guarantees and limits, prisoners as releases, plans summarised, reactions as nouns, passives, two
# parties in contrast, holders named by office), committed before round 25 was merged, and kept out of rule work
# (round 25 works on check12). First run (main 6aadb5f): macro-F1 0.945, holders 0.890, positions 0.771 (P 0.848
# R 0.707), cited sources P 0.973 R 0.967 (fr P 0.882 the lowest). Round 26's development set.
CHECK13 = ROOT / "tests" / "gold" / "check13.jsonl"
CHECK13_MACRO_F1_FLOOR = 0.945  # 0.9453 at the first run
CHECK13_ACTOR_F1_FLOOR = 0.93  # 0.936 after round 28; 0.924 after round 27 and 0.918 after round 26, its development set; 0.900 after round 25; 0.8902 at the first run
CHECK13_POSITION_F1_FLOOR = 0.86  # 0.861 after round 32 (p32D: coordinated agents of a tabling participle); 0.856 after round 31; 0.850 after round 29; 0.846 after round 28; 0.825 after round 27 and 0.8075 after round 26, its development set; 0.780 after round 25, which did not look at it; 0.7708 at the first run
CHECK13_CITED_PRECISION_FLOOR = 0.97
CHECK13_CITED_RECALL_FLOOR = 0.965
CHECK13_CITED_LANGUAGE_PRECISION_FLOOR = 0.88

# tests/gold/check14.jsonl: a thirteenth blind set in the same manner, 355 sentences (40 a language; five left out as
# near-copies of sentences in other gold files: en-01, en-03, it-02, ru-03, tr-01), written and labelled by three new
# annotators who read only docs/GUIDELINES.md (languages grouped anew: en/fr/uk, de/es/pl, it/ru/tr; the same brief as
# check13's), committed before round 26 was merged, and kept out of rule work (round 26 works on check13 and check12).
# First run (main d3a4c3d): macro-F1 0.957, holders 0.885, positions 0.774 (P 0.851 R 0.710), cited sources P 0.961
# R 0.961 (ru P 0.833 the lowest). Round 28's development set.
CHECK14 = ROOT / "tests" / "gold" / "check14.jsonl"
CHECK14_MACRO_F1_FLOOR = 0.955  # 0.9567 at the first run
CHECK14_ACTOR_F1_FLOOR = 0.935  # 0.940 after round 28 (its development set); 0.895 after round 27 and 0.892 after round 26, which did not look at it; 0.8846 at the first run
CHECK14_POSITION_F1_FLOOR = 0.87  # 0.874 after round 28 (its development set); 0.790 after rounds 26 and 27 (P 0.863 R 0.729), which did not look at it; 0.7742 at the first run
CHECK14_CITED_PRECISION_FLOOR = 0.96
CHECK14_CITED_RECALL_FLOOR = 0.96
CHECK14_CITED_LANGUAGE_PRECISION_FLOOR = 0.83

# tests/gold/check15.jsonl: a fourteenth blind set in the same manner, 354 sentences (40 a language; six left out as
# near-copies of sentences in other gold files: en-07, en-24, es-07, de-24, uk-06, tr-02), written and labelled by
# three new annotators who read only docs/GUIDELINES.md (languages grouped anew: en/es/ru, fr/pl/tr, de/it/uk; check14's
# brief, widened to statements reported two steps removed, denials of media reports, interviews, parliaments, courts
# and opposition parties, and conditional offers), committed before round 28 was merged, and kept out of rule work
# (round 28 works on check14 and check13). First run (main e911a70): macro-F1 0.961, holders 0.844, positions 0.693
# (P 0.770 R 0.630), cited sources P 0.980 R 0.949 (en P 0.938 the lowest).
CHECK15 = ROOT / "tests" / "gold" / "check15.jsonl"
CHECK15_MACRO_F1_FLOOR = 0.96  # 0.9613 at the first run
CHECK15_ACTOR_F1_FLOOR = 0.91  # 0.913 after round 29 (its development set); 0.856 after round 28, which did not look at it; 0.8435 at the first run
CHECK15_POSITION_F1_FLOOR = 0.80  # 0.803 after round 29 (its development set: p29A bodies and documents, p29B reactions by place, p29C speech two steps removed, p29D conditions, p29E negation); 0.710 after round 28, which did not look at it; 0.6931 at the first run
CHECK15_CITED_PRECISION_FLOOR = 0.98
CHECK15_CITED_RECALL_FLOOR = 0.945
CHECK15_CITED_LANGUAGE_PRECISION_FLOOR = 0.93

# tests/gold/check16.jsonl: a fifteenth blind set in the same manner, 355 sentences (40 a language; five left out as
# near-copies of sentences in other gold files: it-03, fr-12, de-03, es-01, es-02), written and labelled by three new
# annotators who read only docs/GUIDELINES.md (languages grouped anew: en/it/pl, fr/de/ru, es/uk/tr; a new brief asking
# for about ten sentences with no category a language, parties with different stances on one issue, holders named by
# office or two steps removed, cited outlets, long sentences, mediators, hedges, denials and conditions), committed
# before round 29 was merged, and kept out of rule work (round 29 works on check15). First run (main b9a4a1a):
# macro-F1 0.963, holders 0.921, positions 0.796 (P 0.828 R 0.765), cited sources P 0.974 R 0.962 (de P 0.875 the
# lowest).
CHECK16 = ROOT / "tests" / "gold" / "check16.jsonl"
CHECK16_MACRO_F1_FLOOR = 0.96  # 0.9627 at the first run
CHECK16_ACTOR_F1_FLOOR = 0.97  # 0.976 after round 30 (its development set); 0.9207 at the first run
CHECK16_POSITION_F1_FLOOR = 0.915  # 0.917 after round 34 (p34A: an acceptance restricted against a proposal); 0.912 after round 31 (ru-19: readiness to give up claims); 0.908 after round 30 (its development set: p30A reactions pointing back, p30B rejection by naming, p30C relayed positions, p30D holders by office, p30E acceptance, p30F two stances); 0.798 after round 29, which did not look at it; 0.7955 at the first run
CHECK16_CITED_PRECISION_FLOOR = 0.97
CHECK16_CITED_RECALL_FLOOR = 0.96
CHECK16_CITED_LANGUAGE_PRECISION_FLOOR = 0.87

# tests/gold/check17.jsonl: a sixteenth blind set in the same manner, 352 sentences (40 a language; eight left out as
# near-copies of sentences in other gold files: fr-06, fr-11, de-01, de-18, uk-02, uk-13, pl-07, tr-21), written and
# labelled by three new annotators who read only the guidelines (languages grouped anew: en/fr/uk, it/de/tr, es/ru/pl;
# check16's brief), committed before round 30 was merged, and kept out of rule work (round 30 works on check16). First
# run (main a8e0f6c): macro-F1 0.966, holders 0.894, positions 0.736 (P 0.756 R 0.717), cited sources P 0.897 R 0.843
# (tr P 0.667 the lowest).
CHECK17 = ROOT / "tests" / "gold" / "check17.jsonl"
CHECK17_MACRO_F1_FLOOR = 0.96  # 0.9658 at the first run
CHECK17_ACTOR_F1_FLOOR = 0.935  # 0.938 after round 31 (its development set); 0.906 after round 30, which did not look at it; 0.894 at the first run
CHECK17_POSITION_F1_FLOOR = 0.825  # 0.826 after round 32 (p32E); 0.821 after round 31 (its development set: p31A verdicts that reject, p31B relayed positions, p31C withheld acceptances, p31D coalitions, p31E offices); 0.758 after round 30, which did not look at it; 0.736 at the first run
CHECK17_CITED_PRECISION_FLOOR = 0.96  # 0.963 after round 31 (p31F); 0.897 at the first run
CHECK17_CITED_RECALL_FLOOR = 0.92  # 0.928 after round 31; 0.843 at the first run
CHECK17_CITED_LANGUAGE_PRECISION_FLOOR = 0.75  # tr 0.75 after round 31; 0.667 at the first run

# tests/gold/check18.jsonl: a seventeenth blind set in the same manner, 353 sentences (40 a language; seven left out as
# near-copies of sentences in other gold files: en-03, de-03, de-11, pl-32, it-01, ru-04, ru-10), written and labelled
# by three new annotators who read only the guidelines (languages grouped anew: en/de/pl, it/ru/tr, es/fr/uk; check17's
# brief, eight cited outlets a language), committed before round 31 was merged, and kept out of rule work (round 31
# works on check17). First run (main 9453c64): macro-F1 0.958, holders 0.902, positions 0.793 (P 0.841 R 0.751), cited
# sources P 0.946 R 0.955 (fr P 0.818 the lowest).
CHECK18 = ROOT / "tests" / "gold" / "check18.jsonl"
CHECK18_MACRO_F1_FLOOR = 0.955  # 0.958 at the first run
CHECK18_ACTOR_F1_FLOOR = 0.93  # 0.933 after round 33 (p33D); 0.929 after round 32 (its development set); 0.910 after round 31, which did not look at it; 0.902 at the first run
CHECK18_POSITION_F1_FLOOR = 0.85  # 0.851 after round 33 (p33C, p33D); 0.849 after round 32 (its development set: p32A one holder, two stances; p32B messengers two steps removed; p32C verdicts that reject; p32D agents of a tabling participle; p32E conditions, negated exclusions and denials); 0.801 after round 31, which did not look at it; 0.793 at the first run
CHECK18_CITED_PRECISION_FLOOR = 0.95  # 0.956 after round 32 (p32F outlets)
CHECK18_CITED_RECALL_FLOOR = 0.97  # 0.973 after round 32
CHECK18_CITED_LANGUAGE_PRECISION_FLOOR = 0.81

# tests/gold/check19.jsonl: an eighteenth blind set in the same manner, 349 sentences (40 a language; eleven left out as
# near-copies of sentences in other gold files: en-02, it-03, tr-01, tr-11, fr-04, fr-12, ru-04, ru-06, ru-22, pl-07,
# pl-25), written and labelled by three new annotators who read only the guidelines (languages grouped anew: en/it/uk,
# de/es/tr, fr/ru/pl; check18's brief), committed before round 32 was merged, and kept out of rule work (round 32 works
# on check18). First run (main 5da2b0d, the rules of 568c103): macro-F1 0.952, holders 0.866, positions 0.771 (P 0.822
# R 0.726), cited sources P 0.950 R 0.897 (tr P 0.857 the lowest).
CHECK19 = ROOT / "tests" / "gold" / "check19.jsonl"
CHECK19_MACRO_F1_FLOOR = 0.95  # 0.952 at the first run
CHECK19_ACTOR_F1_FLOOR = 0.915  # 0.916 after round 33 (its development set: p33A verdicts, p33B owners in a compound or after a title, p33C questions, p33D the sides and messengers, p33E readiness and privatives); 0.872 after round 32, which did not look at it; 0.866 at the first run
CHECK19_POSITION_F1_FLOOR = 0.835  # 0.837 after round 33 (its development set); 0.783 after round 32, which did not look at it; 0.771 at the first run
CHECK19_CITED_PRECISION_FLOOR = 0.945
CHECK19_CITED_RECALL_FLOOR = 0.89
CHECK19_CITED_LANGUAGE_PRECISION_FLOOR = 0.85

# tests/gold/check20.jsonl: a nineteenth blind set in the same manner, 347 sentences (40 a language; thirteen left out as
# near-copies of sentences in other gold files: de-06, ru-02, it-08, it-11, it-39, es-01, es-21, pl-01, pl-04, fr-06,
# fr-15, uk-08, tr-27), written and labelled by three new annotators who read only the guidelines (languages grouped
# anew: en/de/ru, it/es/pl, fr/uk/tr; check19's brief), committed before round 33 was merged, and kept out of rule work
# (round 33 works on check19). First run (the rules of fe1991b): macro-F1 0.966, holders 0.924, positions 0.780 (P 0.816
# R 0.747), cited sources P 0.941 R 0.882 (tr P 0.77 the lowest).
CHECK20 = ROOT / "tests" / "gold" / "check20.jsonl"
CHECK20_MACRO_F1_FLOOR = 0.96  # 0.966 at the first run
CHECK20_ACTOR_F1_FLOOR = 0.935  # 0.938 after round 34 (its development set); 0.924 at the first run
CHECK20_POSITION_F1_FLOOR = 0.825  # 0.829 after round 34 (its development set); 0.782 after round 33, which did not look at it; 0.780 at the first run
CHECK20_CITED_PRECISION_FLOOR = 0.94
CHECK20_CITED_RECALL_FLOOR = 0.88
CHECK20_CITED_LANGUAGE_PRECISION_FLOOR = 0.76

# tests/gold/check21.jsonl: a twentieth blind set in the same manner, 339 sentences (40 a language; twenty-one left out as
# near-copies of sentences in other gold files: en-02, en-05, en-13, fr-04, fr-18, pl-01, pl-22, pl-37, de-22, es-11, es-15, uk-22, it-03, it-18, it-26, ru-17, ru-18, ru-19, tr-03, tr-08, tr-23), written and labelled by three new annotators who read only the
# guidelines (languages grouped anew: en/fr/pl, de/es/uk, it/ru/tr; check20's brief), committed before round 34 was
# merged, and kept out of rule work (round 34 works on check20). First run (the rules of 55bf414): macro-F1 0.968,
# holders 0.924, positions 0.819 (P 0.857 R 0.784), cited sources P 0.945 R 0.945 (tr P 0.833 the lowest).
CHECK21 = ROOT / "tests" / "gold" / "check21.jsonl"
CHECK21_MACRO_F1_FLOOR = 0.96  # 0.968 at the first run
CHECK21_ACTOR_F1_FLOOR = 0.94  # 0.945 after round 35 (its development set); 0.925 after round 34, which did not look at it; 0.924 at the first run
CHECK21_POSITION_F1_FLOOR = 0.87  # 0.872 after round 35 (its development set: r35A acceptances restricted to a step or a frame, r35B verdicts in a trailing clause, r35C acceptances that point back, r35D addressees and questions, r35E settled status and no comment); 0.822 after round 34, which did not look at it; 0.819 at the first run
CHECK21_CITED_PRECISION_FLOOR = 0.94
CHECK21_CITED_RECALL_FLOOR = 0.94
CHECK21_CITED_LANGUAGE_PRECISION_FLOOR = 0.83

# tests/gold/check22.jsonl: a twenty-first blind set in the same manner, 352 sentences (40 a language; eight left out as
# near-copies of sentences in other gold files: en-01, es-01, es-04, es-06, ru-06, tr-04, tr-12, tr-34), written and labelled
# by three new annotators who read only the guidelines (languages grouped anew: en/es/ru, fr/de/tr, it/pl/uk; check21's
# brief, asked to spread over less-worn subjects: the grain corridor, the Zaporizhzhia plant, energy-strike moratoria, the
# damage register, army caps, elections and sanctions as bargaining chips), committed before round 35 was merged, and kept
# out of rule work (round 35 works on check21). First run (the rules of f494a52): macro-F1 0.898, holders 0.905,
# positions 0.780 (P 0.811 R 0.752), cited sources P 0.895 R 0.867 (pl P 0.571 the lowest).
CHECK22 = ROOT / "tests" / "gold" / "check22.jsonl"
CHECK22_MACRO_F1_FLOOR = 0.98  # 0.898 at the first run; 0.985 after round 36, which worked on its errors
CHECK22_ACTOR_F1_FLOOR = 0.90  # 0.905 at the first run
CHECK22_POSITION_F1_FLOOR = 0.80  # 0.780 at the first run; 0.804 after round 36
CHECK22_CITED_PRECISION_FLOOR = 0.89
CHECK22_CITED_RECALL_FLOOR = 0.86
CHECK22_CITED_LANGUAGE_PRECISION_FLOOR = 0.57

# tests/gold/check23.jsonl: a twenty-second blind set in the same manner, 357 sentences (40 a language; three left out as
# near-copies of sentences in other gold files: de-24, fr-13, ru-17), written and labelled by three new annotators who read
# only the guidelines (languages grouped anew: en/de/uk, fr/ru/pl, it/es/tr; check22's brief, asked to write mostly on
# less-worn subjects: the Kursk incursion, Red Cross access, the Kakhovka dam, demining, a claims commission, non-bloc
# status, foreign bases, Belarus and Moldova), committed before round 36 was merged, and kept out of rule work (round 36
# works on check22). First run (the rules of 97ca87a): macro-F1 0.937, holders 0.867, positions 0.733 (P 0.782 R 0.689),
# cited sources P 0.869 R 0.939 (tr P 0.636 the lowest).
CHECK23 = ROOT / "tests" / "gold" / "check23.jsonl"
CHECK23_MACRO_F1_FLOOR = 0.93  # 0.937 at the first run
CHECK23_ACTOR_F1_FLOOR = 0.90  # 0.867 at the first run; 0.904 after round 37, which worked on its errors
CHECK23_POSITION_F1_FLOOR = 0.78  # 0.733 at the first run; 0.784 after round 37
CHECK23_CITED_PRECISION_FLOOR = 0.86
CHECK23_CITED_RECALL_FLOOR = 0.93
CHECK23_CITED_LANGUAGE_PRECISION_FLOOR = 0.63

# tests/gold/check24.jsonl: a twenty-third blind set in the same manner, 355 sentences (40 a language; five left out as
# near-copies of sentences in other gold files: en-19, it-18, ru-15, uk-18, tr-24), written and labelled by three new
# annotators who read only the guidelines (languages grouped anew: en/ru/tr, fr/de/es, it/uk/pl; asked to stay away from
# the worn subjects: energy-strike moratoria, a sea truce, the Kinburn spit and Dnipro islands, troop ceilings, a damages
# registry, clergy and journalists held, the dead and their remains), committed before round 37 was merged, and kept out
# of rule work (round 37 works on check23). First run (the rules of 00f3993): macro-F1 0.966, holders 0.957, positions
# 0.900 (P 0.908 R 0.892), cited sources P 0.883 R 0.943 (en P 0.75 the lowest).
CHECK24 = ROOT / "tests" / "gold" / "check24.jsonl"
CHECK24_MACRO_F1_FLOOR = 0.96  # 0.966 at the first run
CHECK24_ACTOR_F1_FLOOR = 0.95  # 0.957 at the first run
CHECK24_POSITION_F1_FLOOR = 0.89  # 0.900 at the first run
CHECK24_CITED_PRECISION_FLOOR = 0.88
CHECK24_CITED_RECALL_FLOOR = 0.94
CHECK24_CITED_LANGUAGE_PRECISION_FLOOR = 0.75

# tests/gold/check25.jsonl: a twenty-fourth blind set, written alongside check24 and kept unseen with it, 337 sentences
# (40 a language; twenty-three left out as near-copies of sentences in other gold files: en-37, en-38, it-07, fr-03,
# fr-08, fr-11, fr-22, fr-27, de-02, de-07, de-10, de-36, es-01, es-19, es-31, uk-08, uk-16, pl-02, pl-13, pl-22, tr-04,
# tr-10, tr-11), written and labelled by three new annotators who read only the guidelines (languages grouped en/fr/pl,
# it/de/ru, es/uk/tr; asked for what makes published reports hard, on any subject: reported speech two steps removed,
# denials of reports, interviews, parliaments and courts, verdicts and position nouns, passives, pronouns), committed
# before round 37's other merges (round 37 works on check23). First run (the rules of 10f50f8, which hold only r37D's
# change, fitted on check23): macro-F1 0.952, holders 0.939, positions 0.825 (P 0.838 R 0.812), cited sources P 0.881
# R 0.860 (en P 0.714 the lowest).
CHECK25 = ROOT / "tests" / "gold" / "check25.jsonl"
CHECK25_MACRO_F1_FLOOR = 0.95  # 0.952 at the first run
CHECK25_ACTOR_F1_FLOOR = 0.93  # 0.939 at the first run
CHECK25_POSITION_F1_FLOOR = 0.82  # 0.825 at the first run
CHECK25_CITED_PRECISION_FLOOR = 0.88
CHECK25_CITED_RECALL_FLOOR = 0.86
CHECK25_CITED_LANGUAGE_PRECISION_FLOOR = 0.71

@pytest.mark.parametrize("gold, floors", [
    (CHECK3, dict(macro=CHECK3_MACRO_F1_FLOOR, holders=CHECK3_ACTOR_F1_FLOOR, positions=CHECK3_POSITION_F1_FLOOR,
                  cited_p=CHECK3_CITED_PRECISION_FLOOR, cited_r=CHECK3_CITED_RECALL_FLOOR,
                  cited_lang_p=CHECK3_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK4, dict(macro=CHECK4_MACRO_F1_FLOOR, holders=CHECK4_ACTOR_F1_FLOOR, positions=CHECK4_POSITION_F1_FLOOR,
                  cited_p=CHECK4_CITED_PRECISION_FLOOR, cited_r=CHECK4_CITED_RECALL_FLOOR,
                  cited_lang_p=CHECK4_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK5, dict(macro=CHECK5_MACRO_F1_FLOOR, holders=CHECK5_ACTOR_F1_FLOOR, positions=CHECK5_POSITION_F1_FLOOR,
                  cited_p=CHECK5_CITED_PRECISION_FLOOR, cited_r=CHECK5_CITED_RECALL_FLOOR,
                  cited_lang_p=CHECK5_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK6, dict(macro=CHECK6_MACRO_F1_FLOOR, holders=CHECK6_ACTOR_F1_FLOOR, positions=CHECK6_POSITION_F1_FLOOR,
                  cited_p=CHECK6_CITED_PRECISION_FLOOR, cited_r=CHECK6_CITED_RECALL_FLOOR,
                  cited_lang_p=CHECK6_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK7, dict(macro=CHECK7_MACRO_F1_FLOOR, holders=CHECK7_ACTOR_F1_FLOOR, positions=CHECK7_POSITION_F1_FLOOR,
                  cited_p=CHECK7_CITED_PRECISION_FLOOR, cited_r=CHECK7_CITED_RECALL_FLOOR,
                  cited_lang_p=CHECK7_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK8, dict(macro=CHECK8_MACRO_F1_FLOOR, holders=CHECK8_ACTOR_F1_FLOOR, positions=CHECK8_POSITION_F1_FLOOR,
                  cited_p=CHECK8_CITED_PRECISION_FLOOR, cited_r=CHECK8_CITED_RECALL_FLOOR,
                  cited_lang_p=CHECK8_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK9, dict(macro=CHECK9_MACRO_F1_FLOOR, holders=CHECK9_ACTOR_F1_FLOOR, positions=CHECK9_POSITION_F1_FLOOR,
                  cited_p=CHECK9_CITED_PRECISION_FLOOR, cited_r=CHECK9_CITED_RECALL_FLOOR,
                  cited_lang_p=CHECK9_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK10, dict(macro=CHECK10_MACRO_F1_FLOOR, holders=CHECK10_ACTOR_F1_FLOOR, positions=CHECK10_POSITION_F1_FLOOR,
                   cited_p=CHECK10_CITED_PRECISION_FLOOR, cited_r=CHECK10_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK10_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK11, dict(macro=CHECK11_MACRO_F1_FLOOR, holders=CHECK11_ACTOR_F1_FLOOR, positions=CHECK11_POSITION_F1_FLOOR,
                   cited_p=CHECK11_CITED_PRECISION_FLOOR, cited_r=CHECK11_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK11_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK12, dict(macro=CHECK12_MACRO_F1_FLOOR, holders=CHECK12_ACTOR_F1_FLOOR, positions=CHECK12_POSITION_F1_FLOOR,
                   cited_p=CHECK12_CITED_PRECISION_FLOOR, cited_r=CHECK12_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK12_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK13, dict(macro=CHECK13_MACRO_F1_FLOOR, holders=CHECK13_ACTOR_F1_FLOOR, positions=CHECK13_POSITION_F1_FLOOR,
                   cited_p=CHECK13_CITED_PRECISION_FLOOR, cited_r=CHECK13_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK13_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK14, dict(macro=CHECK14_MACRO_F1_FLOOR, holders=CHECK14_ACTOR_F1_FLOOR, positions=CHECK14_POSITION_F1_FLOOR,
                   cited_p=CHECK14_CITED_PRECISION_FLOOR, cited_r=CHECK14_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK14_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK15, dict(macro=CHECK15_MACRO_F1_FLOOR, holders=CHECK15_ACTOR_F1_FLOOR, positions=CHECK15_POSITION_F1_FLOOR,
                   cited_p=CHECK15_CITED_PRECISION_FLOOR, cited_r=CHECK15_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK15_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK16, dict(macro=CHECK16_MACRO_F1_FLOOR, holders=CHECK16_ACTOR_F1_FLOOR, positions=CHECK16_POSITION_F1_FLOOR,
                   cited_p=CHECK16_CITED_PRECISION_FLOOR, cited_r=CHECK16_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK16_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK17, dict(macro=CHECK17_MACRO_F1_FLOOR, holders=CHECK17_ACTOR_F1_FLOOR, positions=CHECK17_POSITION_F1_FLOOR,
                   cited_p=CHECK17_CITED_PRECISION_FLOOR, cited_r=CHECK17_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK17_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK18, dict(macro=CHECK18_MACRO_F1_FLOOR, holders=CHECK18_ACTOR_F1_FLOOR, positions=CHECK18_POSITION_F1_FLOOR,
                   cited_p=CHECK18_CITED_PRECISION_FLOOR, cited_r=CHECK18_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK18_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK19, dict(macro=CHECK19_MACRO_F1_FLOOR, holders=CHECK19_ACTOR_F1_FLOOR, positions=CHECK19_POSITION_F1_FLOOR,
                   cited_p=CHECK19_CITED_PRECISION_FLOOR, cited_r=CHECK19_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK19_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK20, dict(macro=CHECK20_MACRO_F1_FLOOR, holders=CHECK20_ACTOR_F1_FLOOR, positions=CHECK20_POSITION_F1_FLOOR,
                   cited_p=CHECK20_CITED_PRECISION_FLOOR, cited_r=CHECK20_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK20_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK21, dict(macro=CHECK21_MACRO_F1_FLOOR, holders=CHECK21_ACTOR_F1_FLOOR, positions=CHECK21_POSITION_F1_FLOOR,
                   cited_p=CHECK21_CITED_PRECISION_FLOOR, cited_r=CHECK21_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK21_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK22, dict(macro=CHECK22_MACRO_F1_FLOOR, holders=CHECK22_ACTOR_F1_FLOOR, positions=CHECK22_POSITION_F1_FLOOR,
                   cited_p=CHECK22_CITED_PRECISION_FLOOR, cited_r=CHECK22_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK22_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK23, dict(macro=CHECK23_MACRO_F1_FLOOR, holders=CHECK23_ACTOR_F1_FLOOR, positions=CHECK23_POSITION_F1_FLOOR,
                   cited_p=CHECK23_CITED_PRECISION_FLOOR, cited_r=CHECK23_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK23_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK24, dict(macro=CHECK24_MACRO_F1_FLOOR, holders=CHECK24_ACTOR_F1_FLOOR, positions=CHECK24_POSITION_F1_FLOOR,
                   cited_p=CHECK24_CITED_PRECISION_FLOOR, cited_r=CHECK24_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK24_CITED_LANGUAGE_PRECISION_FLOOR)),
    (CHECK25, dict(macro=CHECK25_MACRO_F1_FLOOR, holders=CHECK25_ACTOR_F1_FLOOR, positions=CHECK25_POSITION_F1_FLOOR,
                   cited_p=CHECK25_CITED_PRECISION_FLOOR, cited_r=CHECK25_CITED_RECALL_FLOOR,
                   cited_lang_p=CHECK25_CITED_LANGUAGE_PRECISION_FLOOR)),
], ids=["check3", "check4", "check5", "check6", "check7", "check8", "check9", "check10", "check11", "check12", "check13", "check14", "check15",
        "check16", "check17", "check18", "check19", "check20", "check21", "check22", "check23",
        "check24", "check25"])
def test_wire_style_blind_gold_floors(gold, floors):
    scores = evaluate(Classifier(load_rulebook(ROOT / "rules")), read_gold([gold]))
    assert set(scores.per_lang) == {"en", "it", "fr", "de", "es", "ru", "uk", "pl", "tr"}
    assert scores.macro_f1 >= floors["macro"]
    assert scores.actors.f1 >= floors["holders"]
    assert scores.positions.f1 >= floors["positions"]
    assert scores.cited.precision >= floors["cited_p"]
    assert scores.cited.recall >= floors["cited_r"]
    for lang, counts in scores.cited_per_lang.items():
        assert counts.precision >= floors["cited_lang_p"], lang


def test_floors_cover_everything():
    assert set(CATEGORY_F1_FLOOR) == {"neutrality", "territory", "reparations", "ceasefire", "prisoners"}
    assert set(LANGUAGE_F1_FLOOR) == {"en", "it", "fr", "de", "es", "ru", "uk", "pl", "tr"}


# --- tests/gold/realstyle.jsonl: own-words counterparts of what real reporting writes (issue 14) -----
# Territory as a status to settle, reparations as institutions and money, guarantees and limits,
# releases, institutional holders; written in the style of the articles, never copied, with hard
# negatives. Measured when added: 1.000 in every category and language; holder actors F1 0.908;
# 276 sentences after the second round, still 1.000.
REALSTYLE = ROOT / "tests" / "gold" / "realstyle.jsonl"
REALSTYLE_MACRO_F1_FLOOR = 0.997  # 1.000 after rules round 6 (branches rules6w, rules6e); 0.999 after round 9 (rules9e), with its 41 new rows, which the rules before it scored 0.987 on the whole file
REALSTYLE_LANGUAGE_F1_FLOOR = 0.99
REALSTYLE_ACTOR_F1_FLOOR = 0.99  # 0.992 after round 18 on its 2,263 rows; 0.991 after round 16 on its 2,048 rows; 0.990 after round 15 on its 1,936 rows; 0.988 after round 14; 0.986 after round 12 (pos12a, pos12b); 0.924 before issue 19's attribution fixes, 0.933 after, 0.955 after branch holders, 0.974 after rounds 7-8 (pos7w, pos7e, pos8, pron); 0.980 after pos12b (round 12: uk, tr)


@pytest.fixture(scope="module")
def realstyle():
    return evaluate(Classifier(load_rulebook(ROOT / "rules")), read_gold([REALSTYLE]))


def test_realstyle_covers_every_language_with_hard_negatives(realstyle):
    rows = read_gold([REALSTYLE])
    assert set(realstyle.per_lang) == set(LANGUAGE_F1_FLOOR)
    for lang in LANGUAGE_F1_FLOOR:
        mine = [r for r in rows if r["lang"] == lang]
        assert len(mine) >= 15 and sum(not r["categories"] for r in mine) >= 4, lang


def test_realstyle_macro_f1_floor(realstyle):
    assert realstyle.macro_f1 >= REALSTYLE_MACRO_F1_FLOOR


@pytest.mark.parametrize("lang", sorted(LANGUAGE_F1_FLOOR))
def test_realstyle_language_f1_floor(realstyle, lang):
    assert realstyle.per_lang[lang].f1 >= REALSTYLE_LANGUAGE_F1_FLOOR


def test_realstyle_actor_f1_floor(realstyle):
    assert realstyle.actors.f1 >= REALSTYLE_ACTOR_F1_FLOOR


# Cited sources on the own-words real-style rows: 1.000 / 1.000 once seven rows that name a generic source
# ("sources close to the negotiations", "the local paper") were given it, as the guidelines say (round 10)
REALSTYLE_POSITION_F1_FLOOR = 0.997  # 0.998 after round 18 on its 2,263 rows (110 new, written by the round); 0.998 after round 17 on its 2,153 rows; 0.997 after round 16 on its 2,048 rows (its 112 new rows written by the round); 0.998 after round 15 on its 1,936 rows; 0.997 after round 14 on its 1,762 rows; 0.993 after round 12 (pos12a, pos12b): 0.929 before it, on its 1,592 rows
REALSTYLE_CITED_PRECISION_FLOOR = 0.99
REALSTYLE_CITED_RECALL_FLOOR = 0.99  # 1.000 after round 14 (citeC)


def test_realstyle_position_floor(realstyle):
    assert realstyle.positions.f1 >= REALSTYLE_POSITION_F1_FLOOR


def test_realstyle_cited_floors(realstyle):
    assert realstyle.cited.precision >= REALSTYLE_CITED_PRECISION_FLOOR
    assert realstyle.cited.recall >= REALSTYLE_CITED_RECALL_FLOOR
