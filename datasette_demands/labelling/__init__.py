"""The labelling wing: text to labels, pure functions with no SQLite.

It owns text normalisation (`normalise`), sentence segmentation and language detection
(`segment`), the RE2 prefilter (`prefilter`), compiling a rulebook for one language
(`compiled`), classification (`classify`), holder and stance attribution (the `attribution`
package: `grammar`, `model`, then the steps `reading`, `holders`, `stances` and `pronouns`, composed
by `attributor`; with the per-language actor tables in `actor_tables`), the cited sources and their outlets (`cited`),
the discourse step that lets a sentence inherit the label of the sentence its anaphor points to
(`discourse`),
and running each rule's
own examples (`examples`). It may import the rulebook wing, and nothing else of this package.
"""
