"""The memoranda rule pack: datasette-demands finds it through its demands_rule_packs hook."""

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from datasette import hookimpl

RULES = Path(__file__).resolve().parent / "rules"


def _version() -> str:
    try:
        return version("datasette-demands-memoranda")
    except PackageNotFoundError:  # used from a checkout without being installed
        return "0"


@hookimpl
def demands_rule_packs(datasette):
    return [{"name": "memoranda", "version": _version(), "directory": RULES}]
