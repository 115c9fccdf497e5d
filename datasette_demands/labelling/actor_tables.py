"""The parties of actors.yml compiled for one language: name matchers, grammar word lists, the scans
attribution makes, and the Screen that tells which of those scans can find anything in a sentence.

Built once per language (see compiled.py) and then only read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..rulebook.actors import ActorBook
from ..rulebook.cache import compile_pattern
from ..rulebook.model import LANGUAGES
from ..rulebook.patterns import MATCH_TIMEOUT, PATTERN_FLAGS, compile_alternation
from .prefilter import PatternSet

# words listed under `relatives` that also mean "as"/"how" (ru, uk, pl), so also open a parenthetical report
# ("как сообщает Reuters") or a comparison: no relative clause about a noun
AS_HOW_RELATIVES = frozenset({"как", "як", "jak"})

log = logging.getLogger(__name__)


def search(compiled, text, pos=0):
    try:
        return compiled.search(text, pos, timeout=MATCH_TIMEOUT)
    except TimeoutError:
        log.warning("actor pattern timed out on a sentence of %d characters", len(text))
        return None


def starts_at(compiled, text, at: int) -> bool:
    """Whether `compiled` (None: no pattern) matches `text` from exactly `at` on ("ce que", "terms" right after a
    comma)."""
    found = search(compiled, text, at) if compiled is not None else None
    return found is not None and found.start() == at


def finditer(compiled, text):
    try:
        return list(compiled.finditer(text, timeout=MATCH_TIMEOUT))
    except TimeoutError:
        log.warning("actor pattern timed out on a sentence of %d characters", len(text))
        return []


def _open_ended(p):
    """A topic marker without its closing `$` (not an escaped one)."""
    return p[:-1] if p.endswith("$") and not p.endswith("\\$") else p


def _words(g, key):
    return frozenset(w.lower() for w in (g.get(key) or []))


def office_code(offices, default, date):
    """The actor an official speaks for on `date` (ISO string); the latest office when no date."""
    chosen = None
    for o in sorted(offices, key=lambda o: o["from"]):
        if date is None or o["from"] <= date:
            if date is None or not o.get("to") or date < o["to"]:
                chosen = o
            elif chosen is None or chosen.get("to") and chosen["to"] <= date:
                chosen = o
    if chosen is None:
        chosen = min(offices, key=lambda o: o["from"])
    return chosen.get("code", default)


@dataclass
class Scan:
    """One regex `Attributor.analyse` runs over a sentence, as its Screen needs it."""
    compiled: object
    patterns: list  # the alternatives `compiled` is built of, in order
    build: object = None  # list of patterns -> their alternation, built as `compiled` is (None: one pattern)
    screened: list | None = None  # what the screen checks for each pattern, when not the pattern itself


class LangTables:
    """actors.yml compiled for one language (unknown languages use English's tables)."""

    def __init__(self, book: ActorBook, lang: str | None, direct: int = 0):
        """`direct`: how many sentences have every name entry searched before the names' FilteredRE2 is built."""
        lang = lang if lang in LANGUAGES else "en"
        self.lang = lang
        g = (book.get("grammar") or {}).get(lang, {})
        self.names = []  # (compiled, codes tuple or None, kind, offices, default code, subject_only)
        raw = []  # the patterns behind each entry of self.names, for the RE2 prefilter

        def add(pats, *rest):
            self.names.append((compile_alternation(pats), *rest))
            raw.append(list(pats))

        for code, actor in book["actors"].items():
            names = list((actor.get("names") or {}).get(lang, [])) + list((actor.get("names") or {}).get("any", []))
            if names:
                add(names, (code,), "name", None, code, False)
            adjs = list((actor.get("adjectives") or {}).get(lang, [])) + list((actor.get("adjectives") or {}).get("any", []))
            if adjs:
                add(adjs, (code,), "adjective", None, code, False)
            for off in actor.get("officials") or []:
                add(off["patterns"], None, "name", off["offices"], code, False)
        for col in book.get("collectives") or []:
            pats = list(col["names"].get(lang, [])) + list(col["names"].get("any", []))
            if pats:
                add(pats, tuple(col["codes"]), "collective", None, None, bool(col.get("subject_only")))
        # names are tried as one alternation would try them: collectives first, then names, then
        # adjectives, so that at one position the most specific reading wins ("Russian Federation"
        # before "Russian")
        order = {"collective": 0, "name": 1, "adjective": 2}
        ranked = sorted(zip(self.names, raw), key=lambda nr: order[nr[0][2]])
        self.names = [n for n, _ in ranked]
        self._names_prefilter = PatternSet([r for _, r in ranked], direct=direct)
        party, position, speech, frame, topic = (list(g.get(kind) or []) for kind in (
            "party_nouns", "position_nouns", "speech_verbs", "frame_triggers", "topic_markers"))
        party += list(g.get("office_nouns") or [])  # r31E: offices named by title ("ombudsman", "viceministro") are party nouns
        party += list(g.get("interlocutor_nouns") or [])  # r32B: "his Russian interlocutors" are a party
        speech += list(g.get("messenger_verbs") or [])  # r32B: a messenger's verbs ("had told him", "le había contado") report
        self.party = self._bounded(party)
        self.position = self._bounded(position)
        self.speech = compile_alternation(speech)
        self.frame = compile_alternation(frame)
        topic_ends = [f"(?:{p})" + r"\Z" if not p.endswith("$") else p for p in topic]
        self.topic = compile_alternation(topic_ends)
        # the scans Attributor.analyse makes, for its Screen; `_bounded` only adds lookarounds, which the
        # screen drops anyway
        self.scans = {"party": Scan(self.party, party, self._bounded),
                      "position": Scan(self.position, position, self._bounded),
                      "speech": Scan(self.speech, speech, compile_alternation)}
        # frame and topic are searched on the text before a comma or a name: a match there is one in the
        # sentence once the topic markers' closing $ is dropped; a $ left means no screening
        if not any("$" in p for p in frame):
            self.scans["frame"] = Scan(self.frame, frame, compile_alternation)
        open_topic = [_open_ended(p) for p in topic]
        if not any("$" in p for p in open_topic):
            self.scans["topic"] = Scan(self.topic, topic_ends, compile_alternation, open_topic)
        self._grammar_words(g)
        self._position_words(g)
        self._question_and_kept_words(g)
        self._condition_words(g)
        self._reaction_words(g)
        self._source_patterns(book, lang)

    def _grammar_words(self, g: dict) -> None:
        """The language's grammar words that tell where a name stands in the sentence (holders.py, reading.py)."""
        self.mediation_nouns = _words(g, "mediation_nouns")  # governing as prepositions do: "при посредничестве Турции"
        # "At the request of the Vatican, the sides agreed ...": a request, proposal or initiative fronted after one of
        # these prepositions is its owner's demand of what the sentence reports (not "despite Kyiv's call")
        self.request_openers = _words(g, "request_openers")
        self.request_nouns = compile_alternation(list(g.get("request_nouns") or []))
        self.threatening = compile_alternation(list(g.get("threatening") or []))  # the party threatened holds nothing
        self.prepositions = _words(g, "prepositions") | self.mediation_nouns
        self.agent = _words(g, "agent_markers")
        self.agent_post = _words(g, "agent_postpositions")
        self.perspective = _words(g, "perspective_markers")
        self.concurrent_adverbs = compile_alternation(list(g.get("concurrent_adverbs") or []))  # r34E: ", пообещав при этом"
        self.door_nouns = _words(g, "door_nouns")  # r34E: "the door remains open to Ukraine": no view of Ukraine's
        self.genitive = _words(g, "genitive_markers")
        self.owner_markers = _words(g, "owner_markers")  # besides the genitive, before a position noun's owner ("from")
        self.locatives = _words(g, "locatives")
        self.seats = _words(g, "seats")  # "die Regierung in Kiew": after a party noun only, the place is its party
        # "spotkało się z odmową w Kijowie", "przyjęto w Kijowie": a cue whose `locatives` place inside or right after it holds it
        self.place_cues = compile_alternation(list(g.get("place_cues") or []))
        self.correlatives = _words(g, "correlatives")  # "both in Kyiv and in Moscow": words that pair coordinated places
        self.locative_suffixes = tuple(g.get("locative_suffixes") or ())  # Turkish: the place is a case, no preposition
        self.first_person = _words(g, "first_person")  # a quote in the speaker's own voice: '"We were ready ...," X said'
        self.complementizers = _words(g, "complementizers")
        self.giving_verbs = _words(g, "giving_verbs")  # "handed Ukraine a memorandum": the name right after one is its addressee
        self.addressees = _words(g, "addressees")  # "told reporters that ...": an addressee between a reporting verb and its clause
        self.coordinators = _words(g, "coordinators")
        self.determiners = _words(g, "determiners")
        self.negations = _words(g, "negations")
        # "según la cual", "wonach": what opens a report's content, which a denial before it denies
        self.report_openers = compile_alternation(list(g.get("report_openers") or []))
        self.self_emphatics = _words(g, "self_emphatics")  # "though it will not send troops itself": its own part
        self.free_choice = _words(g, "free_choice")  # "any peace agreement must ...": no party's agreement
        self.kept_after_negation = _words(g, "kept_after_negation")  # "not only demanded": the demand stands
        # "denied that Moscow demanded ...", "bestritt, dass ...": a verb of denial opening the clause it denies; what
        # the clause says a party demanded or rejected is no one's position, an agreement or readiness denied rejects
        self.denied_clauses = compile_alternation(list(g.get("denied_clauses") or []))
        self.readiness = _words(g, "readiness")  # "ready", "bereit", "dispuesto": readiness a denial turns down
        self.renouncing = compile_alternation(list(g.get("renouncing") or []))  # giving up: negated, a demand kept
        # r35E: "the status of Crimea is not on the table": a verdict closing a status question keeps it, a demand
        self.settled_status = compile_alternation(list(g.get("settled_status") or []))
        self.verb_second = bool(g.get("verb_second"))
        self.bare_reports = bool(g.get("bare_reported_clauses"))  # "had told him Russia would ...": no complementizer
        self.comitatives = _words(g, "comitatives")  # "in a call with Donald Trump": a first name after one is governed
        self.absolutes = _words(g, "absolutes")  # "with Moscow insisting": a name and its gerund after one
        self.subordinators = _words(g, "subordinators")  # German: the subject of the verb that ends the clause
        self.genitive_endings = tuple(sorted(_words(g, "genitive_endings")))
        self.obligation = compile_alternation(list(g.get("obligation_cues") or []))
        # a verb in the first person plural opening a quote ("Żądamy ...", "Требуем ...", "Exigimos ..."): "we"
        self.first_person_verbs = compile_alternation([f"^(?:{p})$" for p in g.get("first_person_verbs") or []])
        # "the decision of Washington to back", "Washington's decision to back": the party takes its decided verb's stance
        self.deciders = compile_alternation([p if p.endswith("$") else f"(?:{p})$" for p in g.get("deciders") or []])
        self.deciders_after = compile_alternation([f"^(?:{p})" for p in g.get("deciders_after") or []])
        # "prête à une trêve", "готова к обмену": readiness for a measure offers it (a demand), not readiness for talks
        self.offered_readiness = compile_alternation(list(g.get("offered_readiness") or []))
        # "sans pour autant soutenir", "without backing": an agreement verb after a privative is withheld (r33E)
        self.privative_verbs = compile_alternation(list(g.get("privative_verbs") or []))
        # Turkish "kabul etmesi için süre tanıdı": what follows an agree cue that makes another's acceptance the aim of
        # the clause's verb (time given, pressure put); the acceptance is asked for, a demand
        self.sought_acceptance = compile_alternation(list(g.get("sought_acceptance") or []))
        # r34D: "proposed a meeting to agree on a truce", "чтобы договориться", "anlaşmak için": a purpose marker right
        # before an agree cue (`aims`) or right after it (`aims_after`, verb-final Turkish): the agreement is what a
        # proposal is for, nobody's stance
        self.aims = compile_alternation([p if p.endswith("$") else f"(?:{p})$" for p in g.get("aims") or []])
        self.aims_after = compile_alternation(list(g.get("aims_after") or []))
        self.naming_verbs = compile_alternation([f"^(?:{p})" for p in g.get("naming_verbs") or []])  # "nannte ... realitätsfern"
        # "weil dieser ... vorsieht": a clause whose subject takes up a document, its verb the document's
        self.document_pronouns = compile_alternation([f"^(?:{p})" for p in g.get("document_pronouns") or []])
        # "adopted a resolution", "ухвалила звернення", "bildiri kabul etti": a body adopting a document it then holds
        self.document_adoptions = compile_alternation(list(g.get("document_adoptions") or []))

    def _condition_words(self, g: dict) -> None:
        """The words that set a condition on a stance, hold it until a step, or restrict an acceptance (reading.py,
        stances.py)."""
        self.until_words = _words(g, "until_words")  # 'пока не', 'dopóki nie': a refusal held until a step
        self.reciprocals = _words(g, "reciprocals")  # 'if Russia does the same': an agreement offered on a mutual step
        self.plain_until_words = _words(g, "plain_until_words")  # 'until': the same with no negation after it
        # r34A: 'would agree to a truce if ...', 'может согласиться, если': an acceptance on a condition keeps the agreement
        self.acceptance_conditionals = _words(g, "acceptance_conditionals")
        self.late_restrictives = _words(g, "late_restrictives")  # r34A: 'stimmt erst zu, wenn': only once the step is done
        # r35A: "only on condition that ...": a proviso that conditions an acceptance as an "if" does
        self.acceptance_provisos = compile_alternation(list(g.get("acceptance_provisos") or []))
        # r34A: 'agreed only to 1,000 for 1,000', 'n'a accepté qu'un échange': an acceptance of part of a proposal
        self.restricted_acceptance_words = _words(g, "restricted_acceptance_words")
        self.modal_auxiliaries = _words(g, "modal_auxiliaries")  # r37E: "but would offer": the subject's next clause
        self.asked_openers = compile_alternation(list(g.get("asked_openers") or []))  # r37E: "Asked whether ..., X said"
        self.hypothetical_modals = _words(g, "hypothetical_modals")  # r34A: 'would only agree to': no partial acceptance made
        # "n'acceptera une trêve qu'après le retrait": a negation that only restricts an acceptance to a condition
        self.exceptive_negations = compile_alternation(list(g.get("exceptive_negations") or []))
        self.conditionals = _words(g, "conditionals")
        self.refused_conditions = _words(g, "refused_conditions")  # "if Moscow does not accept a truce": a demand
        self.concessive_particles = _words(g, "concessive_particles")  # "even if ...": a concession, no condition set
        # "if neither side accepts a truce": a subject that names no party negates the acceptance after it
        self.no_party_subjects = compile_alternation(list(g.get("no_party_subjects") or []))

    def _reaction_words(self, g: dict) -> None:
        """The phrases that take up, after a comma, a position stated before them: another party's reaction to it."""
        # ", ce que Moscou qualifie de vol", ", co Bruksela uznała za ...": a relative or a bare noun pointing back (an
        # apposition with no article)
        # r35B: ", remarks that Sybiha called a recipe for war", ", co ukraińskie MSZ nazwało ...": a noun of speech or a
        # relative before a lower-case title points back to the position before it, as reaction_phrases do
        self.reaction_phrases = compile_alternation(list(g.get("reaction_phrases") or [])
                                                    + list(g.get("pointing_relatives") or [])  # r34C
                                                    + list(g.get("verdict_relatives") or []))
        # ", тогда как Киев ...", ", na co Ukraińcy ...": after a comma, a clause of another subject ends a content;
        # r35B: "warned that a seizure would be theft, after the Commission proposed ...": a clause of time with a
        # subject of its own, the proposer, opens after the comma as clause_openers do (after_openers)
        self.clause_openers = compile_alternation(list(g.get("clause_openers") or [])
                                                  + list(g.get("after_openers") or []))
        # "..., і в Києві цю пропозицію назвали ...": a demonstrative and a position noun
        self.anaphors = compile_alternation(list(g.get("anaphors") or [])
                                            + list(g.get("pronoun_anaphors") or []))  # r34C
        # r34C: "comme l'exige Moscou", "come chiede Mosca": a comparative clause whose subject may follow its verb
        self.comparatives_as = _words(g, "comparatives_as")
        # r31A: "vowed to challenge it in court", "пообіцяли оскаржувати ...": a vow whose step is a verdict on the measure
        self.vow_verbs = compile_alternation(list(g.get("vow_verbs") or []))
        self.privative_idioms = _words(g, "privative_idioms")  # "without hesitation", "sin embargo": an adverb, no condition
        # "cette dernière clause", "this last point": a pointer to the last issue named before it (r33A)
        self.last_item_pointers = compile_alternation(list(g.get("last_item_pointers") or []))

    def _source_patterns(self, book: ActorBook, lang: str) -> None:
        """The cited-source patterns of the language and of any language, each also a scan for the screen."""
        self.sources = []
        for key in (lang, "any"):
            src = (book.get("cited_sources") or {}).get(key)
            if not src:
                continue
            strip = [compile_pattern(p, PATTERN_FLAGS) for p in src.get("strip") or []]
            not_src = compile_alternation(list(src.get("not_sources") or []))
            for p in src["patterns"]:
                compiled = compile_pattern(p, PATTERN_FLAGS)
                self.scans[f"source.{len(self.sources)}"] = Scan(compiled, [p])
                self.sources.append((compiled, strip, not_src))

    def _position_words(self, g: dict) -> None:
        """The grammar words that tell one holder's stance from another's (attribution/, positions)."""
        refusals = list(g.get("refusals") or [])
        self.refusals = compile_alternation(refusals)
        if refusals:  # searched over the whole sentence, so screened like the scans above
            self.scans["refusals"] = Scan(self.refusals, refusals, compile_alternation)
        self.left_out = compile_alternation(list(g.get("left_out") or []))  # "the plan does not provide for ...": its owner rules it out
        self.privatives = _words(g, "privatives")
        self.alternatives = _words(g, "alternatives")
        # a name in the dative or accusative ("Украине", "Києву", "Ukrainie"): a recipient or an object, no fallback holder
        self.oblique_endings = tuple(sorted(_words(g, "oblique_endings")))
        # ru, uk: a passive participle and its agent in the instrumental ("предложено Вашингтоном", "відхилено Москвою")
        self.agent_participles = compile_alternation([f"(?:{p})\\Z" for p in g.get("agent_participles") or []])
        self.instrumental_endings = tuple(sorted(_words(g, "instrumental_endings")))
        self.contrastives = _words(g, "contrastives")
        self.clause_joiners = self.coordinators | self.contrastives  # "and", "but", "mentre": a clause may follow
        # the contrastives after which a comma opens a coordinated clause of its own subject (", but Russia insisted"),
        # not those that correct or concede within a clause (", sondern", ", aunque", ", choć")
        self.clause_contrastives = self.contrastives - _words(g, "phrase_contrastives")
        self.restrictives = _words(g, "restrictives")  # "only": an agreement only on a condition is a demand of it
        self.near_restrictives = _words(g, "near_restrictives")  # Turkish 'ancak': "only" right before a condition
        self.relatives = _words(g, "relatives")
        self.subject_relatives = _words(g, "subject_relatives")
        # the words that open a relative clause after a comma; in verb-second languages also the article-like
        # relative pronouns ("den Moskau begrüßte")
        self.relative_words = self.relatives | self.subject_relatives
        self.relative_openers = self.relative_words | (self.determiners if self.verb_second else set())
        self.auxiliaries = _words(g, "auxiliaries")  # German: a finite verb with no stance before an inverted subject
        self.mediation_participles = _words(g, "mediation_participles")  # "a deal brokered by Qatar": a mediator
        self.tabling_participles = _words(g, "tabling_participles")  # "la demande formulée par Kiev": who tabled it demands
        self.post_nominal = bool(g.get("post_nominal_adjectives"))  # "un plan sophistiqué de la Commission"
        # "tanto Rusia como Ucrania", "sia Mosca che Kiev": a correlative pair coordinates the names it joins
        self.correlative_openers, self.correlative_joins = _words(g, "correlative_openers"), _words(g, "correlative_joins")
        self.openers = _words(g, "openers")  # "Además exigió ...": an adverb before a verb whose subject is dropped
        self.latter = compile_alternation(list(g.get("latter") or []))  # "the latter": the party named last before it
        self.latter_places = _words(g, "latter_places")  # "at the White House": a place, no party "the latter" names
        self.subject_pronouns = _words(g, "subject_pronouns")  # "they insist": the holder is in the sentence before
        # "previously rejected ..., but now ...": a turn after which a holder's stance replaces the one before it
        self.supersessions = compile_alternation(list(g.get("supersessions") or []))
        # "czego domagali się Ukraińcy", "поддержали европейцы": a plural demonym, no genitive though its ending is one
        self.plural_nominatives = tuple(g.get("plural_nominative_endings") or ())
        self.negated_privatives = _words(g, "negated_privatives")  # "пока не ...": a condition only with its negation
        self.clause_privatives = _words(g, "clause_privatives")  # "hasta que ...": a condition only before a clause
        # "удерживаемых Россией": a present passive participle whose instrumental agent holds nothing
        self.held_participles = compile_alternation([f"(?:{p})\\Z" for p in g.get("held_participles") or []])
        self.stance_adverbs, self.passive_auxiliaries = _words(g, "stance_adverbs"), _words(g, "passive_auxiliaries")  # "abgelehnt wurde"
        # "В Киеве такой вариант отвергают": a determiner opening an object fronted between a place and its verb
        self.object_determiners, self.object_pronouns = _words(g, "object_determiners"), _words(g, "object_pronouns")
        self.taken_up_objects = _words(g, "taken_up_objects")  # r37E: "rejects that and insists ...": the issue named before
        # "Rosja – jak twierdzi Kijów – nie jest ...": a reporting clause set off inside another's clause, whose names hold nothing
        self.parenthetical_reports = compile_alternation(list(g.get("parenthetical_reports") or []))
        self.bare_contents = _words(g, "bare_contents")  # "la propuesta de tregua de Kiev": Kyiv still owns it
        self.indefinites = _words(g, "indefinite_articles")  # "the call for a neutral Ukraine": no owner
        self.first_person = _words(g, "first_person_pronouns")  # "We want ...": a quote's speaker, named before
        self.possessive_pronouns = _words(g, "possessive_pronouns")  # "he restated his demand": the same holder
        self.impersonal = compile_alternation(list(g.get("impersonal") or []))  # "Il a été convenu": no one
        # "ready to host talks": an offer to mediate, no position on the issues talked about
        self.mediation = compile_alternation(list(g.get("mediation") or []))
        # "in exchange for guarantees": what a party asks in return for what it accepts
        self.exchanges = compile_alternation(list(g.get("exchanges") or []) + list(g.get("restricted_provisos") or []))
        self.excluding_provisos = compile_alternation(list(g.get("excluding_provisos") or []))
        # "any deal that does not include guarantees": what a refused deal lacks is asked, as after "without"
        self.privative_relatives = compile_alternation(list(g.get("privative_relatives") or []))
        # "no aceptará una tregua mientras Occidente siga armando a Kiev": a refusal that lasts while something goes on
        self.lasting_conditions = compile_alternation(list(g.get("lasting_conditions") or []))
        # "met with rejection in Moscow": a rejection received, ending right before the place that rejects
        self.receptions = compile_alternation(list(g.get("receptions") or []))
        # "wies Berichte zurück, wonach ...": a denial of a report, whose agreement is denied as after a negation
        self.denials = compile_alternation(list(g.get("denials") or []))
        # "far from an agreement": no agreement, and no position of the parties it names
        self.no_agreement = compile_alternation(list(g.get("no_agreement") or []))
        # "guarantors such as Britain, China, ...": the role a list of parties is named for, no position of theirs
        self.roles = compile_alternation(list(g.get("roles") or []))
        self.between = _words(g, "between")
        # "an agreement with": a pattern that ends where the name begins (a closing $ is added when missing)
        self.partners = compile_alternation([p if p.endswith("$") else f"(?:{p})$" for p in g.get("partners") or []])
        # a proviso right before a partner's agreement: "subject to an agreement with the Kremlin" is a condition
        self.provisos = compile_alternation([f"(?:{p})\\s*$" for p in g.get("provisos") or []])
        # "acusó a Kiev de exigir": the accused (after the verb and its personal "a") is the subject of the verb after it
        self.accusations = compile_alternation([p if p.endswith("$") else f"(?:{p})$" for p in g.get("accusations") or []])

    def _question_and_kept_words(self, g: dict) -> None:
        """r33C: the grammar words of questions (what a question asks, what it states) and of demands kept."""
        # r33C: "kabul edecek mi?": a particle closing a question right after the verb it asks about
        self.question_particles = _words(g, "question_particles")
        # r33C: "the truce that Washington proposed", "wie sie Putin ins Spiel brachte": words that open a clause a question
        # states as a fact, beside the relatives and conditionals; r35D: the `comparatives_as` words too ("come ha
        # auspicato la Casa Bianca?")
        self.question_fact_openers = _words(g, "question_fact_openers") | _words(g, "comparatives_as")
        # r33C: "no renunciará a su exigencia": the nouns of a demand made, whose refusal to give up insists on it
        self.demand_made_nouns = _words(g, "demand_made_nouns")
        # r35D: "Whether Moscow will accept ... will become clear", "Согласится ли Москва ...": an indirect question opening
        # the sentence, its subject asked, no holder; `indirect_question_predicates`, where the opener is also "if"
        # ("se", "si"): what must follow for the clause to be a question ("si saprà", "on le saura")
        self.indirect_question_openers = _words(g, "indirect_question_openers")
        self.indirect_question_predicates = compile_alternation(list(g.get("indirect_question_predicates") or []))

    def privative_opens_condition(self, word: str, following: str | None) -> bool:
        """Whether privative `word` opens a condition: a `clause_privatives` word only before a complementizer
        ("hasta que Rusia acepte"); before anything else it is a preposition ("hasta ahora", "hasta las fronteras")."""
        return word not in self.clause_privatives or following in self.complementizers

    def noun_relative(self, word: str) -> bool:
        """Whether `word` (lower case) is a relative that opens a clause about a noun: not one that also means "as"."""
        return word in self.relatives and word not in AS_HOW_RELATIVES

    def owned_mediation(self, word: str, before: str) -> bool:
        """Whether `word` is a mediation noun whose owner a possessive pronoun right `before` it has already said
        ("dzięki ich mediacji Rosja i Ukraina wymieniły ..."): it governs no name after it; the name opens a clause."""
        return word in self.mediation_nouns and before.lower() in self.possessive_pronouns

    def expect(self, sentences: int) -> None:
        """`sentences` sentences are about to be screened: build the names' FilteredRE2 now if they are enough."""
        self._names_prefilter.expect(sentences)

    def name_candidates(self, norm: str) -> tuple:
        """The name entries that may occur in `norm` (the prefilter's answer, for name_matches)."""
        return self._names_prefilter.candidates(norm)

    def name_matches(self, norm: str, keys: tuple | None = None) -> list[tuple[int, int, int]]:
        """(start, end, entry) of the names in `norm`, exactly as one alternation of all entries finds them.

        One alternation of ~300 branches cost ~0.4 ms a sentence, and compiling a reduced one
        per set of candidates cost more than scanning. Instead the prefilter (prefilter.py)
        tells which entries may occur, and their own patterns are searched in step: the
        leftmost match wins, the earlier entry on a tie, and the scan goes on after it, which
        is what an alternation's finditer does.
        """
        if keys is None:
            keys = self.name_candidates(norm)
        if not keys:
            return []
        nxt = {k: search(self.names[k][0], norm, 0) for k in keys}
        found, pos = [], 0
        while True:
            best = best_k = None
            for k in keys:
                m = nxt[k]
                if m is not None and m.start() < pos:
                    m = nxt[k] = search(self.names[k][0], norm, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best, best_k = m, k
            if best is None:
                return found
            if best.end() > best.start():
                found.append((best.start(), best.end(), best_k))
            pos = max(best.end(), best.start() + 1)

    @staticmethod
    def _bounded(patterns):
        if not patterns:
            return None
        return compile_pattern(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)", PATTERN_FLAGS)


# --- screening -------------------------------------------------------------------


class Screen:
    """What the scans of `Attributor.analyse` may find in a sentence: one PatternSet over all their patterns.

    A labelled sentence costs ~10 `regex` scans (the cues of each stance, speech verbs, party and
    position nouns, each cited-source pattern...), ~300 us, and most of their patterns find nothing.
    One FilteredRE2 pass over the superset rewrites of the patterns (prefilter.py) costs a few us
    and tells which may match: a scan none of whose patterns may is skipped, and an alternation runs
    with only the patterns that may. A branch that matches nowhere in the sentence changes nothing
    an alternation finds there, so neither changes a result.
    """

    MAX_NARROWED = 4096  # alternations kept, one per set of patterns seen

    def __init__(self, scans: dict, direct: int = 0):
        """`direct`: how many sentences get every scan whole before the FilteredRE2 is built."""
        self._scans = {}
        entries, self._entry = [], []  # PatternSet entry -> (scan key, pattern position)
        for key, scan in scans.items():
            screened = scan.screened or scan.patterns
            if not screened:
                continue
            self._scans[key] = scan
            for k, p in enumerate(screened):
                entries.append([p])
                self._entry.append((key, k))
        self._set = PatternSet(entries, [f"{key}[{k}]" for key, k in self._entry], direct)
        self._narrowed: dict = {}

    def expect(self, sentences: int) -> None:
        """`sentences` sentences are about to be screened: build the FilteredRE2 now if they are enough."""
        self._set.expect(sentences)

    def regexes(self, norm: str) -> dict:
        """Scan key -> the regex to run on `norm`: None when none of its patterns may match, else the
        alternation of those that may."""
        entries = self._set.candidates(norm)
        if not self._set.built:  # every entry: every scan whole, as without a screen
            return {}
        may: dict = {}
        for e in entries:
            key, k = self._entry[e]
            may.setdefault(key, []).append(k)
        out = dict.fromkeys(self._scans)
        for key, ks in may.items():
            scan = self._scans[key]
            if len(ks) == len(scan.patterns):
                out[key] = scan.compiled
                continue
            narrowed = self._narrowed.get((key, tuple(ks)))
            if narrowed is None:
                if len(self._narrowed) >= self.MAX_NARROWED:
                    self._narrowed.clear()
                narrowed = self._narrowed[key, tuple(ks)] = scan.build([scan.patterns[k] for k in ks])
            out[key] = narrowed
        return out


# --- analysis --------------------------------------------------------------------


_tables: dict[int, tuple[ActorBook, dict]] = {}  # id(book) -> (book, lang -> tables)


def tables_for(book: ActorBook, lang: str | None) -> LangTables:
    """The tables of one language of an actor book, compiled once per book (for rule examples and
    tests; classification gets its tables from compile_language)."""
    per_lang = _tables.setdefault(id(book), (book, {}))[1]
    if lang not in per_lang:
        per_lang[lang] = LangTables(book, lang)
    return per_lang[lang]
