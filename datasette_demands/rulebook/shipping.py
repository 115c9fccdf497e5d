"""A rulebook as plain data, to travel to machines that do not share our file system.

`rulebook_as_data` is the one place that decides what travels: the bytes of the files the
rulebook was loaded from, and its fingerprint. `rulebook_from_data` loads them again elsewhere
and refuses them unless they give the same fingerprint, so a worker labels with exactly the
rulebook the writer records.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .load import load_rulebook
from .model import Rulebook, RulebookError, RuleProblem

SHIPPED_FILES = ("*.yml", "*.json")  # the rules and cues, and the schemas they are checked against


def rulebook_as_data(rulebook: Rulebook) -> dict:
    """{"fingerprint": ..., "files": {name: bytes}}: everything loading the rulebook reads."""
    directory = Path(rulebook.directory)
    files = {p.name: p.read_bytes() for pattern in SHIPPED_FILES for p in sorted(directory.glob(pattern))}
    return {"fingerprint": rulebook.fingerprint, "files": files}


def rulebook_from_data(data: dict) -> Rulebook:
    """The rulebook rulebook_as_data() shipped, loaded from a scratch folder and checked by its fingerprint."""
    with tempfile.TemporaryDirectory(prefix="demands-rulebook-") as folder:
        for name, content in data["files"].items():
            (Path(folder) / Path(name).name).write_bytes(content)
        rulebook = load_rulebook(folder)
    if rulebook.fingerprint != data["fingerprint"]:
        raise RulebookError([RuleProblem("(shipped rulebook)", None, None,
                                         f"its files give fingerprint {rulebook.fingerprint}, "
                                         f"not the {data['fingerprint']} it was sent as")])
    return rulebook
