"""Everything that differs between Datasette 0.65.x and Datasette 1.0 (alpha 41+), in one place.

- Permissions: 0.65 has ``datasette.permission_allowed(actor, action, resource)`` whose checks are
  combined in a *chain* by ``ensure_permissions`` (the first definite answer wins:
  view-table -> view-database -> view-instance). 1.0 has ``datasette.allowed(action=, resource=,
  actor=)`` with resource classes (``DatabaseResource``, ``TableResource``) and resolves the
  hierarchy itself.
- Database lookup from a URL (both have ``get_database(route=)``; the route is tilde-encoded).
- ``render_cell`` receives more arguments on 1.0 (pluggy passes only those a hook asks for,
  so the hook signature is the common subset and needs nothing here).
- Views (as opposed to tables) get ``view_actions`` on 1.0 and ``table_actions`` on 0.65.
- Canned queries and facets live in the metadata file on 0.65 and in the configuration file
  (``-c``) on 1.0; see metadata.yml.
- ``render_template`` adds ``datasette_version`` (which the footer shows) to a page's context on 1.0
  only: ``page_context`` adds it on 0.65 too.
- The "Label demands" enrichment: datasette-enrichments 0.5.x works on 0.65 only (it calls
  ``permission_allowed``), 0.6a0+ on 1.0 only; writing needs 1.0's write actions, which 0.65 lacks;
  1.0 runs ``execute_write_fn`` in a transaction unless told not to.
"""

from __future__ import annotations

from typing import Iterable

from datasette.utils import tilde_decode
from datasette.utils.asgi import Forbidden, NotFound

try:  # Datasette 1.0a20+
    from datasette.resources import DatabaseResource, TableResource

    IS_1X = True
except ImportError:  # Datasette 0.65
    DatabaseResource = TableResource = None
    IS_1X = False

from datasette.version import __version__ as DATASETTE_VERSION  # noqa: E402


async def _allowed_1x(ds, actor, database: str | None, tables: Iterable[str]) -> bool:
    if not await ds.allowed(action="view-instance", actor=actor):
        return False
    if database is None:
        return True
    if not await ds.allowed(action="view-database", resource=DatabaseResource(database), actor=actor):
        return False
    for table in tables:
        if not await ds.allowed(action="view-table", resource=TableResource(database, table), actor=actor):
            return False
    return True


async def _chain_ok_065(ds, actor, permissions) -> bool:
    try:
        await ds.ensure_permissions(actor, permissions)
    except Forbidden:
        return False
    return True


async def _allowed_065(ds, actor, database: str | None, tables: Iterable[str]) -> bool:
    if not await _chain_ok_065(ds, actor, ["view-instance"]):
        return False
    if database is None:
        return True
    if not await _chain_ok_065(ds, actor, [("view-database", database), "view-instance"]):
        return False
    for table in tables:
        chain = [("view-table", (database, table)), ("view-database", database), "view-instance"]
        if not await _chain_ok_065(ds, actor, chain):
            return False
    return True


async def can_view(ds, actor, database: str | None = None, tables: Iterable[str] = ()) -> bool:
    """May ``actor`` see the instance, ``database`` and every table in ``tables``?"""
    if IS_1X:
        return await _allowed_1x(ds, actor, database, tables)
    return await _allowed_065(ds, actor, database, tables)


async def ensure_can_view(ds, actor, database: str | None = None, tables: Iterable[str] = ()) -> None:
    """Raise Forbidden (403) unless ``can_view``."""
    if not await can_view(ds, actor, database, tables):
        if database is None:
            raise Forbidden("You do not have permission to view this instance")
        raise Forbidden("You do not have permission to view this database")


def resolve_database(ds, request):
    """The Database named by the ``database`` URL part, or NotFound (404)."""
    route = tilde_decode(request.url_vars["database"])
    try:
        return ds.get_database(route=route)
    except KeyError:
        raise NotFound(f"Database not found: {route}")


def page_context(context: dict) -> dict:
    """A plugin page's template context with ``datasette_version``, which Datasette's footer reads ("Datasette
    v0.65.2"): 1.0's ``render_template`` adds it, 0.65's leaves it to the views, so the footer said "Datasette v"."""
    return {"datasette_version": DATASETTE_VERSION, **context}


# --- the "Label demands" enrichment (web/enrichment.py) ------------------------------------------

# What writing the enrichment's results takes: on 1.0 the write actions of Datasette's own API; on
# 0.65, which has none, the same action names, answered by permission plugins, and the root actor
# may (as datasette-enrichments lets root enrich there).
WRITE_ACTIONS_ON_TABLE = ("update-row", "alter-table")
WRITE_ACTIONS_ON_DATABASE = ("create-table",)


def enrichments_offered() -> bool:
    """Whether datasette-enrichments is installed in a version that works on this Datasette.

    0.5.x calls ``permission_allowed``, which 1.0 removed (its pages fail with a 500 there); 0.6a0
    moved to 1.0's actions (``register_actions``) and requires Datasette 1.0a21+."""
    try:
        import datasette_enrichments
    except ImportError:
        return False
    return not IS_1X or hasattr(datasette_enrichments, "register_actions")


async def can_write(ds, actor, database: str, table: str) -> bool:
    """May ``actor`` change ``table`` (update its rows, add a column) and create tables in ``database``?"""
    if IS_1X:
        checks = [(a, TableResource(database, table)) for a in WRITE_ACTIONS_ON_TABLE]
        checks += [(a, DatabaseResource(database)) for a in WRITE_ACTIONS_ON_DATABASE]
        for action, resource in checks:
            if not await ds.allowed(action=action, resource=resource, actor=actor):
                return False
        return True
    is_root = bool(actor and actor.get("id") == "root")
    checks = [(a, (database, table)) for a in WRITE_ACTIONS_ON_TABLE]
    checks += [(a, database) for a in WRITE_ACTIONS_ON_DATABASE]
    for action, resource in checks:
        if not await ds.permission_allowed(actor, action, resource=resource, default=is_root):
            return False
    return True


async def write_outside_transaction(db, fn):
    """Run ``fn(conn)`` on the database's write connection and return its result; ``fn`` opens its own
    transactions (1.0 wraps ``execute_write_fn`` in one unless told not to; 0.65 never does)."""
    if IS_1X:
        return await db.execute_write_fn(fn, transaction=False)
    return await db.execute_write_fn(fn)
