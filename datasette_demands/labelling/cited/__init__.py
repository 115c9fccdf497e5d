"""Cited sources: the outlets and channels a sentence attributes a claim to, whole, and their canonical names.

A cited source is an outlet, agency, newspaper, broadcaster, institute or channel ("according to
Reuters", "RIA Novosti reported", "citing a Ukrainian diplomatic source"), written as in the
sentence: the whole name, never a date, a verb phrase, a pronoun, a common noun or a holder.
The work happens in this order:

1. the phrases that cite, found by the `cited_sources` patterns of rules/actors.yml ("according to
   ...", "laut ...", "по словам ..."); a phrase naming a party ("according to Peskov") is the party
   speaking, a holder, and not a source;
2. in each phrase, the outlets the lexicon knows (rules/outlets.yml): the outlet's own words
   ("the news agency Reuters" cites "Reuters");
3. else the phrase is a source only when its head is a generic source noun of the language ("a
   source close to the talks", "fonti diplomatiche"), cut where a time, a date or an audience begins
   ("vor Journalisten"); a person's name, a date or a common noun after "according to" is no source;
4. the outlets named anywhere else in the sentence ("Sky News has reported", "(AFP)", "told Fox
   News"); a name that is also a common word (`context: true`) only beside a reporting word that is its
   own; a dateline's agency ("KYIV (Frontline Wire) -") and the source after a headline's closing dash
   ("..., — WP").

`cited_sources` are all of them in the order of the sentence; `cited_source` the first;
`cited_outlets` the canonical names of those the lexicon knows, in the same order and each once, and
`cited_outlet` the first of them.

The package follows the work (find_cited_sources in finder.py runs the steps): tables.py (the outlet
lexicon and word lists compiled per language), context.py (what lies around a span, shared by the
steps), phrases.py (1: the citing phrases), names.py (2: proper names), generic.py (3: generic
sources), elsewhere.py (4: known outlets elsewhere in the sentence), lines.py (4: credit lines,
headlines, datelines and dashes) and reporting.py (4: reporting words and their sources).
"""

from .finder import find_cited_sources
from .tables import Outlet, OutletTables, compile_outlets

__all__ = ["Outlet", "OutletTables", "compile_outlets", "find_cited_sources"]
