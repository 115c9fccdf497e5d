"""The plugin's own hook: rule packs are Datasette plugins that implement it (the plugin registers this
spec with Datasette's plugin manager), and `installed_packs`, which asks every plugin for its packs."""

from pluggy import HookspecMarker

hookspec = HookspecMarker("datasette")


@hookspec
def demands_rule_packs(datasette):
    """Return a list of rule packs: `datasette_demands.rulebook.model.RulePack(name, version, directory)`
    objects, or dicts with those keys; `directory` is a folder in the rulebook's format.
    `datasette` is None when the command line asks."""


def installed_packs(datasette=None):
    """Every rule pack the installed plugins declare, the core first. Each plugin's hook is called on its
    own, so that one that raises or returns something else is named: RulebookError lists them all."""
    from .rulebook.model import RulebookError, RuleProblem
    from .rulebook.packs import pack_from_hook

    from datasette.plugins import pm

    packs, problems = [], []
    for impl in reversed(pm.hook.demands_rule_packs.get_hookimpls()):  # pluggy keeps them last-registered first
        try:
            returned = impl.function(datasette=datasette)
        except Exception as e:
            problems.append(RuleProblem("demands_rule_packs", None, None,
                                        f"raised {type(e).__name__}: {e} (plugin {impl.plugin_name})",
                                        impl.plugin_name))
            continue
        for value in returned or []:
            pack, problem = pack_from_hook(value, impl.plugin_name)
            if problem:
                problems.append(problem)
            else:
                packs.append(pack)
    if problems:
        raise RulebookError(problems)
    return packs
