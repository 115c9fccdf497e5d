"""The rulebook wing: rules as data.

It owns everything a rule contributor touches: loading and validating the YAML of `rules/`
(`load`, with `yamlfile` for line numbers and `model` for the rule, category and rulebook
objects), the stance cues (`cues`), the parties (`actors`), the outlet lexicons (`outlets`) and the
anaphors of the sentence before (`discourse`),
the pattern checks and how a
rule's patterns are compiled (`patterns`), lint (`lint`) and the rule-by-rule diff that relabel
works from (`diff`). It imports nothing from the other wings: labelling, corpus and web build
on it.
"""
