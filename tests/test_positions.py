"""Positions: each holder of a sentence with its own stance, in the labels, the database and eval."""

import json
import sqlite3

import pytest
from click.testing import CliRunner

from datasette_demands.cli import demands
from datasette_demands.corpus.store import SCHEMA_VERSION, ensure_schema, open_db
from datasette_demands.labelling.classify import Classifier
from datasette_demands.rulebook.load import load_rulebook


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_rulebook())


def positions(classifier, text, lang):
    return {lb.category: sorted((p.holder, p.stance) for p in lb.positions) for lb in classifier.classify(text, lang)}


REJECTED_DEMAND = [  # a party rejects another party's (nominal) demand: both positions
    ("en", "Russia rejected Ukraine's call for a ceasefire."),
    ("it", "La Russia ha respinto la proposta di Kiev di un cessate il fuoco."),
    ("fr", "La Russie a rejeté la proposition de Kiev d'un cessez-le-feu."),
    ("es", "Rusia rechazó la propuesta de Kiev de un alto el fuego."),
    ("ru", "Россия отвергла предложение Киева о перемирии."),
    ("uk", "Росія відкинула пропозицію Києва про перемир'я."),
    ("pl", "Rosja odrzuciła propozycję Kijowa dotyczącą zawieszenia broni."),
    ("tr", "Rusya, Ukrayna'nın ateşkes teklifini reddetti."),
]
BOTH_AGREED = [
    ("en", "Both sides agreed to exchange 1,000 prisoners each."),
    ("it", "Le due parti hanno concordato uno scambio di prigionieri."),
    ("fr", "Les deux parties ont convenu d'un échange de prisonniers."),
    ("de", "Beide Seiten einigten sich auf einen Gefangenenaustausch."),
    ("es", "Ambas partes acordaron un intercambio de prisioneros."),
    ("ru", "Стороны договорились об обмене пленными."),
    ("uk", "Сторони домовилися про обмін полоненими."),
    ("pl", "Obie strony uzgodniły wymianę jeńców."),
]
MEDIATOR = [  # who announces the others' agreement holds nothing
    ("en", "Turkish Foreign Minister Hakan Fidan announced that both sides agreed to a prisoner exchange."),
    ("it", "Il ministro degli Esteri turco ha annunciato che le due parti hanno concordato uno scambio di prigionieri."),
]


@pytest.mark.parametrize("lang,text", REJECTED_DEMAND, ids=[lang for lang, _ in REJECTED_DEMAND])
def test_a_rejection_of_another_partys_demand_gives_both_positions(classifier, lang, text):
    assert positions(classifier, text, lang) == {"ceasefire": [("RU", "reject"), ("UA", "demand")]}


@pytest.mark.parametrize("lang,text", BOTH_AGREED, ids=[lang for lang, _ in BOTH_AGREED])
def test_both_sides_agreeing_gives_both_parties_agree(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}


@pytest.mark.parametrize("lang,text", MEDIATOR, ids=[lang for lang, _ in MEDIATOR])
def test_a_mediator_announcing_an_agreement_is_not_its_holder(classifier, lang, text):
    assert positions(classifier, text, lang) == {"prisoners": [("RU", "agree"), ("UA", "agree")]}


def test_a_demand_after_a_rejection_takes_the_stance_of_its_own_verb(classifier):
    text = "Moscow rejected the proposal and insisted that Ukraine withdraw its troops from the Donetsk region."
    assert positions(classifier, text, "en") == {"territory": [("RU", "demand")]}
    text = "Russland lehnt eine Feuerpause ab und verlangt, dass die Ukraine auf einen NATO-Beitritt verzichtet."
    assert positions(classifier, text, "de") == {"ceasefire": [("RU", "reject")], "neutrality": [("RU", "demand")]}


def test_labels_actors_and_stance_follow_from_the_positions(classifier):
    [label] = classifier.classify("Russia rejected Ukraine's call for a ceasefire.", "en")
    assert label.actors == ["RU", "UA"]
    assert label.stance == "reject"  # the cue last before the evidence is Russia's rejection
    for p in label.positions:
        assert p.holder_start is not None and p.holder_end > p.holder_start


def run(*args):
    return CliRunner().invoke(demands, [str(a) for a in args], catch_exceptions=False)


def stored_positions(db):
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute("select s.text, p.category, p.holder, p.stance, p.cue_start is not null"
                                   " from positions p join sentences s on s.id = p.sentence_id").fetchall())
    finally:
        conn.close()


def test_build_writes_positions_and_relabel_keeps_them(tmp_path):
    (tmp_path / "in").mkdir()
    text = "Russia rejected Ukraine's call for a ceasefire.\nBoth sides agreed to exchange 1,000 prisoners each.\n"
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "news.db"
    assert run("build", db, tmp_path / "in").exit_code == 0
    stored = stored_positions(db)
    assert ("Russia rejected Ukraine's call for a ceasefire.", "ceasefire", "RU", "reject", 1) in stored
    assert ("Russia rejected Ukraine's call for a ceasefire.", "ceasefire", "UA", "demand", 0) in stored
    assert ("Both sides agreed to exchange 1,000 prisoners each.", "prisoners", "UA", "agree", 1) in stored
    conn = sqlite3.connect(db)
    [(ls_positions,)] = conn.execute("select positions from labeled_sentences where category = 'ceasefire'").fetchall()
    conn.close()
    assert {(p["holder"], p["stance"]) for p in json.loads(ls_positions)} == {("RU", "reject"), ("UA", "demand")}
    assert run("relabel", db, "--all").exit_code == 0
    assert stored_positions(db) == stored


def test_a_database_of_schema_3_is_migrated_to_positions(tmp_path):
    """A database built before positions: the positions table and columns are made from the stored
    holders and stance, and the next relabel works the positions out."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Russia rejected Ukraine's call for a ceasefire.\n", encoding="utf-8")
    path = tmp_path / "old.db"
    assert run("build", path, tmp_path / "in").exit_code == 0
    conn = sqlite3.connect(path)
    conn.execute("drop table positions")
    conn.execute("alter table labels drop column positions")
    conn.execute("alter table labeled_sentences drop column positions")
    conn.execute("update demands_meta set value = '3' where key = 'schema_version'")
    conn.commit()
    conn.close()
    db = open_db(path)
    ensure_schema(db)
    rows = db.execute("select category, holder, stance from positions order by holder").fetchall()
    assert rows == [("ceasefire", "RU", "reject"), ("ceasefire", "UA", "reject")]  # the label's one stance
    assert db.execute("select positions from labeled_sentences").fetchone()[0] is not None
    assert int(db.execute("select value from demands_meta where key = 'schema_version'").fetchone()[0]) == SCHEMA_VERSION
    db.close()
    assert run("relabel", path, "--all").exit_code == 0
    assert [r[2:4] for r in stored_positions(path)] == [("RU", "reject"), ("UA", "demand")]


def test_eval_scores_positions(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({
        "id": "x", "lang": "en", "text": "Russia rejected Ukraine's call for a ceasefire.", "categories": ["ceasefire"],
        "actors": ["RU", "UA"], "positions": {"ceasefire": [{"holder": "UA", "stance": "demand"},
                                                            {"holder": "RU", "stance": "agree"}]},
    }) + "\n", encoding="utf-8")
    out = run("eval", gold, "--json")
    scores = json.loads(out.output)
    assert scores["positions"]["tp"] == 1 and scores["positions"]["fp"] == 1 and scores["positions"]["fn"] == 1
    assert scores["position_holders"]["f1"] == 1.0 and scores["stance_accuracy"] == 0.5
    assert "positions (category, holder, stance" in run("eval", gold).output


def test_holder_and_cue_are_highlighted_in_their_own_colours():
    from datasette_demands.web.highlight import Span, highlight

    text = "Russia rejected <Ukraine>'s call for a ceasefire."
    html = str(highlight(text, [(39, 48, "ceasefire.en.x", "ceasefire"),
                                Span(0, 6, "holder RU: reject", None, "holder"),
                                Span(7, 15, "stance cue: reject", None, "cue")]))
    assert '<mark class="demand-holder" title="holder RU: reject" data-rules="">Russia</mark>' in html
    assert '<mark class="demand-cue" title="stance cue: reject" data-rules="">rejected</mark>' in html
    assert 'class="demand-evidence cat-ceasefire"' in html and "&lt;Ukraine&gt;" in html


@pytest.mark.asyncio
async def test_the_labeled_sentences_page_marks_holders_and_cues(tmp_path):
    from datasette.app import Datasette

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Russia rejected Ukraine's call for a ceasefire.\n", encoding="utf-8")
    db = tmp_path / "news.db"
    assert run("build", db, tmp_path / "in").exit_code == 0
    html = (await Datasette([str(db)]).client.get("/news/labeled_sentences?category=ceasefire")).text
    assert '<mark class="demand-holder" title="holder RU: reject" data-rules="">Russia</mark>' in html
    assert '<mark class="demand-holder" title="holder UA: demand" data-rules="">Ukraine</mark>' in html
    assert '<mark class="demand-cue" title="stance cue: reject" data-rules="">rejected</mark>' in html
