"""The web wing: the Datasette pages.

It owns the views (`views`), the demand matrix's queries (`matrix`), its chart "Demands over
time" (`timeline`: the bars and the sentences each links to), the highlighted evidence
(`highlight`), the "Label demands" enrichment for datasette-enrichments (`enrichment`) and the one
module that knows the differences between Datasette 0.65 and 1.0 (`compat`). Templates and static
files stay in the package's `templates/` and `static/`, where
Datasette finds a plugin's. It may import the corpus, labelling and rulebook wings; no wing
imports it.
"""
