"""Who holds a position: holders, stance and cited source of a labelled sentence.

rules/actors.yml names the parties (RU, UA, US, EU, TR, OTHER) in nine languages and lists the
small words that tell a holder from a mere mention. A name in a sentence is a *mention*; it is
a *holder* when the sentence gives it the position:

- the subject of a cue verb: "Moscow demands", "la delegazione russa ha chiesto", "Rusya, ... talep ediyor";
- the possessor or adjective of a position noun: "Ukraine's proposal", "la proposta ucraina", "планы Евросоюза";
- the agent of a cue participle: "requested by Kyiv", "propuesta por Kiev", "Kiev tarafından önerilen";
- the speaker of a reporting clause: ", said Ukrainian president Zelensky", ", заявил глава МИД Украины";
- the one something is (un)acceptable for: "unacceptable for Kyiv", "для Москвы неприемлемо";
- the owner of a framing document: "Under Moscow's draft memorandum, ...", "Secondo il piano americano, ...".

A name governed by a preposition ("to Ukraine", "all'Ucraina"), the object of a cue verb ("urged the
Kremlin"), or inside the content of another party's position ("demands that Ukraine ...") is not a
holder. Reported-speech sources ("according to Bloomberg") are kept apart as `cited_source` (labelling/cited/).
Everything here is a pure function of the sentence and the rulebook.

The package follows the work (Attributor in attributor.py composes the steps): grammar.py (how far each
step looks, per-language patterns), model.py (what the steps find), reading.py (what is in the sentence),
holders.py (who holds it), stances.py (which stance), pronouns.py (a holder named in the sentence before).
"""

from .attributor import Attributor, mentions_of
from .model import Analysis, Cue, Mention, Position
from .stances import label_stance

__all__ = ["Analysis", "Attributor", "Cue", "Mention", "Position", "label_stance", "mentions_of"]
