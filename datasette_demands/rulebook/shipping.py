"""A rulebook as plain data, to travel to machines that do not share our file system.

`rulebook_as_data` is the one place that decides what travels: the bytes of the files of every rule
pack the rulebook was loaded from (with each pack's name, version and how it joined), and its
fingerprint. `rulebook_from_data` loads them again elsewhere, each pack in a scratch folder of its
own, and refuses them unless they give the same fingerprint, so a worker labels with exactly the
rulebook the writer records.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .load import load_packs
from .model import CORE_PACK, Rulebook, RulebookError, RulePack, RuleProblem, core_version

SHIPPED_FILES = ("*.yml", "*.json")  # the rules and cues, and the schemas they are checked against


def rulebook_as_data(rulebook: Rulebook) -> dict:
    """{"fingerprint": ..., "packs": [{"name", "version", "local", "context_only", "files": {name: bytes}}]}:
    everything loading the rulebook reads."""
    packs = rulebook.packs or [RulePack(CORE_PACK, core_version(), rulebook.directory)]
    return {"fingerprint": rulebook.fingerprint, "packs": [{
        "name": pack.name, "version": pack.version, "local": pack.local, "context_only": pack.context_only,
        "files": {p.name: p.read_bytes() for pattern in SHIPPED_FILES for p in sorted(Path(pack.directory).glob(pattern))},
    } for pack in packs]}


def rulebook_from_data(data: dict) -> Rulebook:
    """The rulebook rulebook_as_data() shipped, loaded from scratch folders and checked by its fingerprint."""
    with tempfile.TemporaryDirectory(prefix="demands-rulebook-") as folder:
        packs = []
        for i, shipped in enumerate(data["packs"]):
            directory = Path(folder) / str(i)
            directory.mkdir()
            for name, content in shipped["files"].items():
                (directory / Path(name).name).write_bytes(content)
            packs.append(RulePack(shipped["name"], shipped["version"], directory, local=shipped["local"],
                                  context_only=shipped["context_only"]))
        rulebook = load_packs(packs)
    if rulebook.fingerprint != data["fingerprint"]:
        raise RulebookError([RuleProblem("(shipped rulebook)", None, None,
                                         f"its files give fingerprint {rulebook.fingerprint}, "
                                         f"not the {data['fingerprint']} it was sent as")])
    return rulebook
